"""Shared helpers for the blind71 generators.

Every generator writes raw workbooks with openpyxl into gen/raw/<slug>/, records one key row per
indicator per year (with the figures the generator *intends*, computed in Python from what it
writes) and a cell map (which cells hold the name, the target and the realisasi, and how the
realisasi is derived) that verify.py uses to re-read the delivered files.  The raw workbooks are
then saved through LibreOffice so formulas carry cached values.
"""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import coordinate_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RAW = os.path.join(HERE, "raw")
CELLMAP = os.path.join(HERE, "cellmap")
LO_PROFILE = "file:///tmp/lo-blind71"

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
PALE = PatternFill("solid", fgColor="F2F2F2")

PCT1 = "0.0%"
PCT2 = "0.00%"
PCT0 = "0%"
THOU = "#,##0"
ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
DEC1 = "0.0"
DEC2 = "0.00"


# ---------------------------------------------------------------- numbers as clerks type them
def idn(x, dec=0):
    """Indonesian number text: '.' groups thousands, ',' is the decimal mark."""
    neg = x < 0
    x = abs(x)
    s = f"{x:,.{dec}f}"  # 1,234.5
    s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    return ("-" if neg else "") + s


def r2(x, d=6):
    v = round(x + 0.0, d)
    return int(v) if v.is_integer() else v


# ---------------------------------------------------------------- sheet writing
class Sh:
    """Thin wrapper round an openpyxl worksheet."""

    def __init__(self, ws):
        self.ws = ws

    def put(self, ref, v, fmt=None, bold=False, italic=False, wrap=False, h=None, va=None,
            border=False, size=None, fill=None):
        c = self.ws[ref]
        c.value = v
        if fmt:
            c.number_format = fmt
        if bold or italic or size:
            c.font = Font(bold=bold, italic=italic, size=size or 11)
        if wrap or h or va:
            c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=va or ("top" if wrap else None))
        if border:
            c.border = BORDER
        if fill:
            c.fill = fill
        return c

    def merge(self, rng, v=None, **kw):
        first = rng.split(":")[0]
        if v is not None:
            self.put(first, v, **kw)
        self.ws.merge_cells(rng)
        if kw.get("border"):
            self.box(rng)

    def box(self, rng):
        for row in self.ws[rng]:
            for c in row:
                c.border = BORDER

    def width(self, col, w):
        self.ws.column_dimensions[col].width = w

    def widths(self, d):
        for k, v in d.items():
            self.width(k, v)

    def height(self, row, h):
        self.ws.row_dimensions[row].height = h

    def hide_row(self, row):
        self.ws.row_dimensions[row].hidden = True


def col(n):
    return get_column_letter(n)


def cidx(letter):
    return column_index_from_string(letter)


def split_ref(ref):
    letters, row = coordinate_from_string(ref)
    return letters, row


# ---------------------------------------------------------------- the key
class KeyBook:
    def __init__(self, slug, agency, years, ambiguous, flow_ids):
        self.slug = slug
        self.agency = agency
        self.years = years
        self.ambiguous = ambiguous
        self.flow_ids = flow_ids
        self.rows = []
        self.cells = []
        self.files = []
        self.layouts = {}

    def add(self, file, sheet, name_ref, year, written, iid, target, realisasi,
            t_cells, r_cells, r_op="one", t_op="one", shared=False):
        """name_ref: the name cell; t_cells / r_cells: cells the figures are read from (sheet
        given per cell as 'Sheet!A1' when not the name's sheet); r_op: one / sum / last."""
        letter, row = split_ref(name_ref)
        rec = {"file": file, "sheet": sheet, "row": row}
        if shared:
            rec["col"] = letter
        rec.update({"year": year, "written": written, "same_as": iid,
                    "target": target, "realisasi": realisasi})
        self.rows.append(rec)
        self.cells.append({"file": file, "sheet": sheet, "name": name_ref, "year": year, "id": iid,
                           "t": {"op": t_op, "cells": list(t_cells)},
                           "r": {"op": r_op, "cells": list(r_cells)}})

    def write(self):
        out = os.path.join(ROOT, self.slug)
        os.makedirs(out, exist_ok=True)
        key = {"agency": self.agency, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": self.rows}
        with open(os.path.join(out, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        os.makedirs(CELLMAP, exist_ok=True)
        with open(os.path.join(CELLMAP, self.slug + ".json"), "w", encoding="utf-8") as f:
            json.dump({"slug": self.slug, "flow_ids": self.flow_ids, "cells": self.cells},
                      f, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- LibreOffice
FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}


def soffice(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to",
           FILTERS[fmt], "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + "." + fmt
    path = os.path.join(outdir, base)
    if not os.path.exists(path):
        raise RuntimeError(f"LibreOffice did not produce {path}")
    return path


def deliver(wb, slug, delivered_name):
    """Save the openpyxl workbook raw, convert it through LibreOffice to the delivered format."""
    rawdir = os.path.join(RAW, slug)
    os.makedirs(rawdir, exist_ok=True)
    stem, ext = os.path.splitext(delivered_name)
    fmt = ext[1:]
    rawpath = os.path.join(rawdir, stem + ".xlsx")
    wb.save(rawpath)
    with tempfile.TemporaryDirectory(dir=os.path.join(HERE, "tmp")) as td:
        produced = soffice(rawpath, fmt, td)
        dest = os.path.join(ROOT, slug, delivered_name)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.move(produced, dest)
    return dest


# ---------------------------------------------------------------- quarter / month splits
def split_int(total, weights):
    """Integers in proportion to weights, summing exactly to total."""
    s = float(sum(weights))
    parts = [int(total * w / s) for w in weights]
    rest = total - sum(parts)
    i = 0
    order = sorted(range(len(weights)), key=lambda k: -weights[k])
    while rest > 0:
        parts[order[i % len(order)]] += 1
        rest -= 1
        i += 1
    return parts
