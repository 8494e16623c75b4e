"""Shared helpers for the blind63 generators.

Every generator builds raw workbooks with openpyxl (gen/raw/*.xlsx), records the key rows from the
figures it INTENDS to write (never by reading files back), and converts each raw workbook through
LibreOffice into its delivered format so that formulas carry cached values.

A value written to a cell is described by a Val: what goes into the cell (number, text or formula),
its number format, and the value the key holds for it (percent points for %-formatted fractions,
Indonesian parsing for text, the expected cached value for formulas, None for grades and dashes).
"""
import json
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
RAW = os.path.join(GEN, "raw")
CELLS = os.path.join(GEN, "cells")
LO_PROFILE = "file:///tmp/lo-blind63"

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")


# --------------------------------------------------------------------------- values
class Val:
    """cell content + number format + key value (None = null in the key)."""

    def __init__(self, cell, key, fmt=None):
        self.cell = cell
        self.key = key
        self.fmt = fmt

    def __repr__(self):
        return "Val(%r -> %r)" % (self.cell, self.key)


def num(x, fmt=None):
    return Val(x, x, fmt)


def pct(frac, fmt="0.00%"):
    """a fraction in a %-formatted cell: the key holds percent points."""
    return Val(frac, round(frac * 100, 10), fmt)


def txt(s, key):
    """text as a clerk types it, with the value the Indonesian reading gives."""
    return Val(s, key)


def fml(formula, cached, fmt=None):
    """a formula; key = its cached value (x100 when the cell is %-formatted)."""
    key = cached
    if fmt and "%" in fmt and cached is not None:
        key = round(cached * 100, 10)
    return Val(formula, key, fmt)


def dash():
    return Val("-", None)


def grade(g):
    return Val(g, None)


def blank():
    return Val(None, None)


def as_val(v):
    if isinstance(v, Val):
        return v
    if v is None:
        return blank()
    if isinstance(v, (int, float)):
        return num(v)
    raise TypeError("give a Val for %r" % (v,))


def sum_key(vals):
    ks = [as_val(v).key for v in vals if as_val(v).key is not None]
    return round(sum(ks), 10) if ks else None


def last_key(vals):
    ks = [as_val(v).key for v in vals if as_val(v).key is not None]
    return ks[-1] if ks else None


# --------------------------------------------------------------------------- cell writing
def put(ws, coord, v, bold=False, wrap=False, h=None, v_align="center", border=False, fill=None,
        italic=False, size=None):
    if not isinstance(v, Val):
        v = Val(v, None)
    c = ws[coord]
    c.value = v.cell
    if v.fmt:
        c.number_format = v.fmt
    if bold or italic or size:
        c.font = Font(bold=bold, italic=italic, size=size)
    c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v_align)
    if border:
        c.border = BOX
    if fill is not None:
        c.fill = fill
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def col(n):
    return get_column_letter(n)


def cidx(letter):
    return column_index_from_string(letter)


# --------------------------------------------------------------------------- agency / book
class Agency:
    def __init__(self, slug, name, years):
        self.slug = slug
        self.name = name
        self.years = years
        self.files = []
        self.rows = []  # key rows (public)
        self.locs = []  # locators for verify.py (parallel to rows)
        self.ambiguous = []
        self.dir = os.path.join(ROOT, slug)

    def book(self, basename, fmt):
        b = Book(self, basename, fmt)
        self.files.append(b.filename)
        return b

    def key(self, book, ws, name_coord, year, sid, target, realisasi, tloc, rloc, rule="cell"):
        """record one key row.

        name_coord: coordinate of the name cell (top-left of its merge);
        target / realisasi: Val or key values; tloc: coordinate of the target cell (or None);
        rloc: coordinate (rule 'cell') or list of coordinates (rule 'sum' / 'last').
        """
        cell = ws[name_coord]
        written = cell.value
        assert isinstance(written, str), (name_coord, written)
        tkey = target.key if isinstance(target, Val) else target
        rkey = realisasi.key if isinstance(realisasi, Val) else realisasi
        row = cell.row
        self.rows.append({
            "file": book.filename, "sheet": ws.title, "row": row, "year": year,
            "written": written, "same_as": sid, "target": tkey, "realisasi": rkey,
        })
        self.locs.append({"name": name_coord, "target": tloc, "realisasi": rloc, "rule": rule})

    def finish(self):
        # add "col" where several key rows share a sheet row
        seen = {}
        for r in self.rows:
            seen.setdefault((r["file"], r["sheet"], r["row"]), []).append(r)
        out = []
        for r, loc in zip(self.rows, self.locs):
            rr = dict(r)
            if len(seen[(r["file"], r["sheet"], r["row"])]) > 1:
                letters = "".join(ch for ch in loc["name"] if ch.isalpha())
                rr = {k: rr[k] for k in ("file", "sheet", "row")}
                rr["col"] = letters
                rr.update({k: r[k] for k in ("year", "written", "same_as", "target", "realisasi")})
            out.append(rr)
        key = {"agency": self.name, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": out}
        os.makedirs(self.dir, exist_ok=True)
        with open(os.path.join(self.dir, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        os.makedirs(CELLS, exist_ok=True)
        with open(os.path.join(CELLS, self.slug + ".json"), "w", encoding="utf-8") as f:
            json.dump({"rows": out, "locs": self.locs}, f, ensure_ascii=False, indent=1)
        return key


class Book:
    def __init__(self, agency, basename, fmt):
        assert fmt in ("xlsx", "xls", "ods")
        self.agency = agency
        self.basename = basename
        self.fmt = fmt
        self.filename = basename + "." + fmt
        self.wb = openpyxl.Workbook()
        self.wb.remove(self.wb.active)

    def sheet(self, title, state="visible"):
        ws = self.wb.create_sheet(title)
        ws.sheet_state = state
        return ws

    def save(self):
        os.makedirs(RAW, exist_ok=True)
        raw = os.path.join(RAW, self.basename + ".xlsx")
        self.wb.save(raw)
        os.makedirs(self.agency.dir, exist_ok=True)
        convert(raw, self.fmt, self.agency.dir)
        out = os.path.join(self.agency.dir, self.filename)
        assert os.path.exists(out), out


FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}


def convert(path, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to",
           FILTERS[fmt], "--outdir", outdir, path]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    if res.returncode != 0:
        raise RuntimeError(res.stderr)
    return os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + "." + fmt)


def signature(ws, row, coln, place_date, jabatan_lines, name, pangkat, nip, merge_to=None):
    """a signature block starting at (row, coln); returns the next free row."""
    c = col(coln)
    lines = [place_date] + jabatan_lines + ["", "", "", name, pangkat, nip]
    for i, s in enumerate(lines):
        if s == "":
            continue
        cell = put(ws, "%s%d" % (c, row + i), s, bold=(s == name), h="center")
        if s == name:
            cell.font = Font(bold=True, underline="single")
        if merge_to:
            ws.merge_cells("%s%d:%s%d" % (c, row + i, merge_to, row + i))
    return row + len(lines) + 1
