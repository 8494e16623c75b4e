"""Shared helpers for the blind62 generators.

Each generator builds raw workbooks with openpyxl (gen/raw/<slug>/<stem>.xlsx), registers
every key row with the figures the generator INTENDS (never read back from a file), and
saves the workbooks through LibreOffice (own profile) so that formulas carry cached values.

Side files written per agency:
  <slug>/key.json          the key (format of the brief)
  gen/cells/<slug>.json    where verify.py finds the name, target and realisasi of each key row
                           (rule cell / sum / last / cumlast / none over a list of cells)
"""
import json
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
LO_PROFILE = "file:///tmp/lo-blind62"

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
BAND = PatternFill("solid", fgColor="FFF2CC")
BLUE = PatternFill("solid", fgColor="DDEBF7")
GREEN = PatternFill("solid", fgColor="E2EFDA")

FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods:calc8"}

# number formats
F_INT = "#,##0"
F_DEC2 = "#,##0.00"
F_ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
F_PCT0 = "0%"
F_PCT1 = "0.0%"
F_PCT2 = "0.00%"


def L(col):
    """column index -> letter"""
    return get_column_letter(col)


def C(letter):
    return column_index_from_string(letter)


def idn(x, dec=None):
    """Indonesian number text: 1250 -> '1.250', 85.5 -> '85,5' (dec fixes the decimals)."""
    if dec is None:
        if float(x) == int(x):
            dec = 0
        else:
            s = repr(float(x))
            dec = len(s.split(".")[1])
    s = f"{x:,.{dec}f}"  # 1,250.50
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def rp(x, style=0):
    if style == 0:
        return f"Rp {idn(x)}"
    if style == 1:
        return f"Rp. {idn(x)},-"
    if style == 2:
        return f"Rp.{idn(x)}"
    raise ValueError


class Agency:
    def __init__(self, slug, name, years, flow_ids, level_ids, ambiguous):
        self.slug = slug
        self.name = name
        self.years = years
        self.flow_ids = sorted(flow_ids)
        self.level_ids = sorted(level_ids)
        self.ambiguous = ambiguous
        self.books = []
        self.rows = []  # key rows
        self.cells = []  # verification sources

    def book(self, stem, ext):
        b = Book(self, stem, ext)
        self.books.append(b)
        return b

    # ------------------------------------------------------------------
    def finish(self):
        rawdir = os.path.join(GEN, "raw", self.slug)
        outdir = os.path.join(ROOT, self.slug)
        os.makedirs(rawdir, exist_ok=True)
        if os.path.isdir(outdir):
            shutil.rmtree(outdir)
        os.makedirs(outdir)
        for b in self.books:
            raw = os.path.join(rawdir, b.stem + ".xlsx")
            b.wb.save(raw)
            cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                   "--convert-to", FILTERS[b.ext], "--outdir", outdir, raw]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if not os.path.exists(os.path.join(outdir, b.fname)):
                raise SystemExit("conversion failed: " + b.fname)
        # consistency of ids
        seen = set()
        for r in self.rows:
            k = (r["same_as"], r["year"])
            if k in seen:
                raise SystemExit(f"duplicate id/year {k}")
            seen.add(k)
            if r["same_as"] not in self.flow_ids and r["same_as"] not in self.level_ids:
                raise SystemExit(f"id {r['same_as']} neither flow nor level")
        order = {b.fname: i for i, b in enumerate(self.books)}
        rows = sorted(self.rows, key=lambda r: (order[r["file"]], r["_sheet_idx"], r["row"],
                                                C(r.get("col", "A"))))
        key_rows = []
        for r in rows:
            d = {k: v for k, v in r.items() if not k.startswith("_")}
            key_rows.append(d)
        key = {"agency": self.name, "years": self.years, "files": [b.fname for b in self.books],
               "ambiguous": self.ambiguous, "rows": key_rows}
        with open(os.path.join(outdir, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        os.makedirs(os.path.join(GEN, "cells"), exist_ok=True)
        spec = {"slug": self.slug, "flow_ids": self.flow_ids, "level_ids": self.level_ids,
                "cells": self.cells}
        with open(os.path.join(GEN, "cells", self.slug + ".json"), "w", encoding="utf-8") as f:
            json.dump(spec, f, ensure_ascii=False, indent=1)
        print(f"{self.slug}: {len(key_rows)} key rows, files: {', '.join(key['files'])}")


class Book:
    def __init__(self, ag, stem, ext):
        self.ag = ag
        self.stem = stem
        self.ext = ext
        self.fname = f"{stem}.{ext}"
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.sheets = []

    def sheet(self, title, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = "hidden"
        s = Sh(self, ws, len(self.sheets))
        self.sheets.append(s)
        return s


class Sh:
    def __init__(self, book, ws, idx):
        self.book = book
        self.ws = ws
        self.idx = idx

    # writing -----------------------------------------------------------
    def w(self, ref, value, fmt=None, b=False, i=False, size=None, wrap=False, h=None, v="center",
          border=False, fill=None):
        c = self.ws[ref]
        c.value = value
        if fmt:
            c.number_format = fmt
        if b or i or size:
            c.font = Font(bold=b, italic=i, size=size or 11)
        if wrap or h or v:
            c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v)
        if border:
            c.border = BORDER
        if fill:
            c.fill = fill
        return c

    def m(self, rng, value=None, **kw):
        first, last = rng.split(":")
        if first != last:
            self.ws.merge_cells(rng)
        if value is not None or kw:
            self.w(first, value, **kw)
        return first

    def box(self, rng):
        """thin border around every cell of a range"""
        for row in self.ws[rng]:
            for c in row:
                c.border = BORDER

    def width(self, **cols):
        for k, val in cols.items():
            self.ws.column_dimensions[k].width = val

    def widths(self, letters, val):
        for k in letters:
            self.ws.column_dimensions[k].width = val

    def hide_row(self, r):
        self.ws.row_dimensions[r].hidden = True

    def hide_col(self, letter):
        self.ws.column_dimensions[letter].hidden = True

    def height(self, r, hgt):
        self.ws.row_dimensions[r].height = hgt

    # key ---------------------------------------------------------------
    def key(self, id_, year, name_ref, target, realisasi, t, r, col=False):
        """t / r: ('cell', ref) | ('sum', [refs]) | ('last', [refs]) | ('cumlast', [refs]) | ('none',)"""
        written = self.ws[name_ref].value
        assert isinstance(written, str) and written.strip(), (id_, year, name_ref, written)
        letters = "".join(ch for ch in name_ref if ch.isalpha())
        row = int("".join(ch for ch in name_ref if ch.isdigit()))
        ag = self.book.ag
        entry = {"file": self.book.fname, "sheet": self.ws.title, "row": row}
        if col:
            entry["col"] = letters
        entry.update({"year": year, "written": written, "same_as": id_,
                      "target": target, "realisasi": realisasi,
                      "_sheet_idx": self.idx})
        ag.rows.append(entry)

        def norm(src):
            if src[0] == "none":
                return {"rule": "none", "cells": []}
            if src[0] == "cell":
                return {"rule": "cell", "cells": [src[1]]}
            return {"rule": src[0], "cells": list(src[1])}

        ag.cells.append({"id": id_, "year": year, "file": self.book.fname, "sheet": self.ws.title,
                         "name_cell": name_ref, "t": norm(t), "r": norm(r)})


def signature(sh, row, col, place_date, jabatan, nama, pangkat, nip, width=1):
    """signature block: place/date, jabatan, blank lines, name, rank, NIP"""
    lines = [place_date, jabatan, None, None, None, nama, pangkat, f"NIP. {nip}"]
    for k, txt in enumerate(lines):
        if txt is None:
            continue
        ref = f"{L(col)}{row + k}"
        if width > 1:
            sh.m(f"{ref}:{L(col + width - 1)}{row + k}", txt, b=(k == 5), h="center")
        else:
            sh.w(ref, txt, b=(k == 5), h="center")
    return row + len(lines)
