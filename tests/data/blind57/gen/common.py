"""Shared helpers for the blind57 generators.

Every figure is written through a V object that carries both what goes into the
cell (number, text, formula) and the value the key must hold for it (the
generator's intended figure, following the key conventions of README.md).
The key is built from these intended values, never by reading files back.
"""
import json
import os
from decimal import Decimal, ROUND_HALF_UP

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter, column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RAW = os.path.join(HERE, "raw")
CELLS = os.path.join(HERE, "cells")


def rhu(x, nd=2):
    """Round half away from zero (LibreOffice ROUND for positives)."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def idn(v, dec=None):
    """Format a number the Indonesian way: 17.233 / 85,5 / 1.046.210.500."""
    if dec is None:
        if float(v) == int(v):
            dec = 0
        else:
            s = repr(float(v))
            dec = min(2, len(s.split(".")[1]))
    s = f"{float(v):,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


class V:
    """A cell content and its key value.

    value: what is written (number, str, '=formula' or None)
    key:   the number the key holds for it (None for '-', grades, blanks)
    fmt:   number format
    """

    def __init__(self, value, key, fmt=None, note=""):
        self.value = value
        self.key = key
        self.fmt = fmt
        self.note = note

    @property
    def reported(self):
        if self.value is None:
            return False
        if isinstance(self.value, str) and self.value.strip() in ("", "-", "\u2013"):
            return False
        return True


def N(v, fmt=None):
    return V(v, float(v), fmt)


def P(v, fmt="0.00%"):
    """A percent value stored as a fraction in a %-formatted cell."""
    return V(round(v / 100.0, 10), float(v), fmt)


def T(s, key):
    """Text as typed; key = its Indonesian reading (None for grades, '-')."""
    return V(s, None if key is None else float(key))


def F(formula, key, fmt=None):
    return V(formula, None if key is None else float(key), fmt)


def DASH():
    return V("-", None)


def G(grade):
    return V(grade, None)


def BLANK():
    return V(None, None)


def agg_sum(vs):
    rep = [v for v in vs if v.reported]
    vals = [v.key for v in rep if v.key is not None]
    if not rep or not vals:
        return None
    return float(sum(Decimal(repr(x)) for x in vals))


def agg_last(vs):
    rep = [v for v in vs if v.reported]
    if not rep:
        return None
    return rep[-1].key


# ---------------------------------------------------------------- styles
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="top")


def put(ws, coord, v, align=None, bold=False, border=True):
    """Write a V (or a plain python value) into a cell."""
    c = ws[coord]
    if isinstance(v, V):
        c.value = v.value
        if v.fmt:
            c.number_format = v.fmt
    else:
        c.value = v
    if align is not None:
        c.alignment = align
    if bold:
        c.font = BOLD
    if border:
        c.border = BORDER
    return c


def text(ws, coord, s, bold=False, align=None, border=False, size=None):
    c = ws[coord]
    c.value = s
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    if align is not None:
        c.alignment = align
    if border:
        c.border = BORDER
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def merge(ws, rng, value=None, bold=False, align=CENTER, border=True):
    first = rng.split(":")[0]
    if value is not None:
        ws[first].value = value
    if bold:
        ws[first].font = BOLD
    if align is not None:
        ws[first].alignment = align
    if border:
        box(ws, rng)
    ws.merge_cells(rng)


def widths(ws, d):
    for k, w in d.items():
        ws.column_dimensions[k].width = w


def col(n):
    return get_column_letter(n)


def cidx(letter):
    return column_index_from_string(letter)


# ---------------------------------------------------------------- key
class Key:
    def __init__(self, slug, agency, years):
        self.slug = slug
        self.agency = agency
        self.years = years
        self.files = []
        self.rows = []
        self.cells = []
        self.ambiguous = []
        self.manifest = []
        self.notes = {}

    def add_file(self, raw_name, final_name):
        self.files.append(final_name)
        self.manifest.append({"raw": raw_name, "final": final_name})

    def add(self, file, sheet, row, year, iid, written, t, t_rule, t_cells,
            r, r_rule, r_cells, col=None, ncell=None):
        assert ncell is not None, "name cell needed"
        e = {"file": file, "sheet": sheet, "row": row}
        if col is not None:
            e["col"] = col
        e.update({"year": year, "written": written, "same_as": iid,
                  "target": t, "realisasi": r})
        self.rows.append(e)
        self.cells.append({"file": file, "sheet": sheet, "row": row, "col": col,
                           "year": year, "same_as": iid, "name_cell": ncell,
                           "t": {"how": t_rule, "cells": t_cells},
                           "r": {"how": r_rule, "cells": r_cells}})

    def write(self):
        out = os.path.join(ROOT, self.slug)
        os.makedirs(out, exist_ok=True)
        os.makedirs(CELLS, exist_ok=True)
        for e in self.rows:
            for k in ("target", "realisasi"):
                if e[k] is not None:
                    x = float(e[k])
                    e[k] = int(x) if x == int(x) and abs(x) < 1e15 else rhu(x, 6)
        key = {"agency": self.agency, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": self.rows}
        with open(os.path.join(out, "key.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(CELLS, self.slug + ".json"), "w", encoding="utf-8") as fh:
            json.dump(self.cells, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(RAW, self.slug, "manifest.json"), "w") as fh:
            json.dump(self.manifest, fh, indent=1)


def raw_path(slug, name):
    d = os.path.join(RAW, slug)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, name)


def sig_block(ws, row, colletter, place_date, jabatan, nama, pangkat, nip):
    text(ws, f"{colletter}{row}", place_date)
    for i, s in enumerate(jabatan):
        text(ws, f"{colletter}{row + 1 + i}", s, bold=(i == 0))
    r = row + 1 + len(jabatan) + 3
    text(ws, f"{colletter}{r}", nama, bold=True)
    text(ws, f"{colletter}{r + 1}", pangkat)
    text(ws, f"{colletter}{r + 2}", nip)
    return r + 2
