"""Shared helpers for the blind67 generators.

The generators write raw workbooks with openpyxl into gen/raw/, then save them through
LibreOffice (headless, own profile) into the agency folders as .xlsx / .xls / .ods, so that
every formula carries a cached value.  While writing, each generator records the key rows
(with the INTENDED figures, never read back from a file) and, for verify.py, the cells that
hold the target and the realisasi (cellmap).
"""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
RAW = os.path.join(HERE, "raw")
CELLMAP = os.path.join(HERE, "cellmap")
LO_PROFILE = "file:///tmp/lo-blind67"

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
GREEN = PatternFill("solid", fgColor="E2EFDA")

NUM0 = '#,##0'
NUM2 = '#,##0.00'
ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
PCT0 = '0%'
PCT1 = '0.0%'
PCT2 = '0.00%'


def col(c):
    return column_index_from_string(c) if isinstance(c, str) else c


def L(c):
    return get_column_letter(c) if isinstance(c, int) else c


def idn(x, dec=None):
    """Format a number the Indonesian way: '.' groups thousands, ',' is the decimal mark."""
    if dec is None:
        if float(x) == int(x):
            dec = 0
        else:
            s = repr(float(x))
            dec = min(len(s.split(".")[1]), 2)
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    return ("-" if x < 0 else "") + s


class Cell:
    """A value to write and the figure it stands for under the key conventions.

    kind: 'num'  number in a plain (or accounting) cell       -> intended = value
          'pct'  fraction in a %-formatted cell                -> intended = value*100
          'txt'  text ("1.250 orang", "85,5 %", "B", "-")     -> intended given explicitly
          'f'    formula; intended = what its cached value will be (computed here)
    """

    def __init__(self, kind, value, intended, fmt=None):
        self.kind, self.value, self.intended, self.fmt = kind, value, intended, fmt


def N(v, fmt=None):
    return Cell("num", v, v, fmt)


def P(frac, fmt=PCT1):
    return Cell("pct", frac, round(frac * 100, 10), fmt)


def T(text, intended):
    return Cell("txt", text, intended)


def F(formula, intended, fmt=None):
    return Cell("f", formula, intended, fmt)


DASH = Cell("txt", "-", None)
BLANK = Cell("blank", None, None)


def TU(v, unit, dec=None):
    """Indonesian text with a unit: TU(1250,'orang') -> '1.250 orang'."""
    t = idn(v, dec)
    return T(f"{t} {unit}" if unit else t, v)


def TP(v, dec=None, space=True):
    """Percent as text: TP(85.5) -> '85,5 %'."""
    return T(idn(v, dec) + (" %" if space else "%"), v)


def RP(v):
    return T("Rp " + idn(v), v)


def put(ws, coord, c, style=None):
    """Write Cell c at coord; returns c.intended."""
    if not isinstance(c, Cell):
        c = N(c) if isinstance(c, (int, float)) else T(str(c), None)
    cell = ws[coord]
    if c.kind != "blank":
        cell.value = c.value
    if c.fmt:
        cell.number_format = c.fmt
    elif c.kind == "pct":
        cell.number_format = PCT1
    if style:
        style(cell)
    return c.intended


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def merge(ws, rng, value=None, bold=False, align=CENTER, fill=None):
    ws.merge_cells(rng)
    tl = ws[rng.split(":")[0]]
    if value is not None:
        tl.value = value
    if bold:
        tl.font = BOLD
    if align is not None:
        tl.alignment = align
    if fill is not None:
        tl.fill = fill
    return tl


def agg(op, vals):
    vals = [v for v in vals if v is not None]
    if not vals:
        return None
    if op == "sum":
        s = sum(vals)
        return round(s, 10)
    if op == "last":
        return vals[-1]
    raise ValueError(op)


class Key:
    def __init__(self, slug, agency, years):
        self.slug, self.agency, self.years = slug, agency, years
        self.rows, self.files, self.ambiguous, self.cellmap = [], [], [], []
        self.flow_ids, self.level_ids = set(), set()

    def add(self, file, sheet, row, year, written, id_, target, realisasi,
            tcells, rcells, col=None, name_col=None):
        """tcells / rcells: (op, [coords]) with op in one|sum|last|null."""
        r = {"file": file, "sheet": sheet, "row": row}
        if col:
            r["col"] = col
        r.update({"year": year, "written": written, "same_as": id_,
                  "target": target, "realisasi": realisasi})
        self.rows.append(r)
        self.cellmap.append({"file": file, "sheet": sheet, "row": row, "year": year,
                             "id": id_, "name_cell": f"{name_col}{row}",
                             "target": {"op": tcells[0], "cells": tcells[1]},
                             "realisasi": {"op": rcells[0], "cells": rcells[1]}})

    def save(self):
        d = os.path.join(BASE, self.slug)
        os.makedirs(d, exist_ok=True)
        key = {"agency": self.agency, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": self.rows}
        with open(os.path.join(d, "key.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        os.makedirs(CELLMAP, exist_ok=True)
        with open(os.path.join(CELLMAP, self.slug + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"flow_ids": sorted(self.flow_ids), "level_ids": sorted(self.level_ids),
                       "rows": self.cellmap}, fh, ensure_ascii=False, indent=1)


FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}


def deliver(wb, slug, filename):
    """Save wb raw into gen/raw/<slug>/, then convert through LibreOffice to the agency folder."""
    ext = filename.rsplit(".", 1)[1]
    stem = filename.rsplit(".", 1)[0]
    rawdir = os.path.join(RAW, slug)
    os.makedirs(rawdir, exist_ok=True)
    raw = os.path.join(rawdir, stem + ".xlsx")
    wb.save(raw)
    out = os.path.join(BASE, slug)
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="b67conv") as td:
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", FILTERS[ext], "--outdir", td, raw],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(td, stem + "." + ext)
        if not os.path.exists(produced):
            raise RuntimeError("LibreOffice produced nothing for " + raw)
        shutil.move(produced, os.path.join(out, filename))
    return filename


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v
