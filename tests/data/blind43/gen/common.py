"""Shared helpers for the blind43 generators.

Every generator builds raw .xlsx workbooks with openpyxl into gen/raw/<slug>/,
registers key rows (with the cells that hold target / realisasi, for verify.py)
and notes (planted mistakes / traps, by row) into gen/out/<slug>.json.
deliver.py then saves every raw workbook through LibreOffice into the
delivered format.
"""
import json
import os
import random

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, column_index_from_string

GEN = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(GEN, "raw")
OUT = os.path.join(GEN, "out")


# --------------------------------------------------------------------------
# cell value specs
# --------------------------------------------------------------------------
class V:
    """A value to put in a cell, with the key value it stands for."""

    def __init__(self, value, key, fmt=None, kind="num"):
        self.value = value
        self.key = key
        self.fmt = fmt
        self.kind = kind

    def __repr__(self):
        return "V(%r,key=%r)" % (self.value, self.key)


def _default_fmt(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, int) or (isinstance(v, float) and float(v).is_integer()):
        return "#,##0" if abs(v) >= 1000 else None
    return None


def N(v, fmt=None):
    """A plain number (key = the number)."""
    if isinstance(v, float) and v.is_integer() and fmt is None and abs(v) < 1e12:
        v = int(v) if abs(v) >= 1000 else v
    return V(v, v, fmt if fmt is not None else _default_fmt(v))


def P(v, fmt="0.00%"):
    """A percent-formatted cell holding a fraction; key in percent points."""
    return V(round(v / 100.0, 10), v, fmt)


def TX(s, key):
    """Text typed in a cell (with units, ranges, ...), key = its reading."""
    return V(s, key, None, "text")


def G(s):
    """A grade (B, BB, A, ...) -> key null."""
    return V(s, None, None, "grade")


def DASH():
    return V("-", None, None, "dash")


def F(formula, key=None, fmt=None):
    """A formula; key = the value it evaluates to (only needed when keyed)."""
    return V(formula, key, fmt, "formula")


BLANK = V(None, None, None, "blank")


def fmt_id(v, dec=None):
    """Format a number the Indonesian way: 1.254.300 / 85,5 / 3,0415."""
    if dec is None:
        if isinstance(v, int) or float(v).is_integer():
            dec = 0
        else:
            s = repr(float(v))
            dec = len(s.split(".")[1]) if "." in s else 0
            dec = min(dec, 4)
    s = "{:,.{d}f}".format(v, d=dec)
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def U(v, unit, dec=None, sep=" "):
    """Text 'value unit' in Indonesian notation, e.g. '1.250 orang'."""
    return TX(fmt_id(v, dec) + sep + unit, v)


def PT(v, dec=None, sep=" "):
    """Text percent, e.g. '85,5 %'."""
    return TX(fmt_id(v, dec) + sep + "%", v)


# --------------------------------------------------------------------------
# workbook / sheet wrappers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
YELLOW = PatternFill("solid", fgColor="FFF2CC")
BLUE = PatternFill("solid", fgColor="DDEBF7")


def col(c):
    return c if isinstance(c, int) else column_index_from_string(c)


def A(r, c):
    return "%s%d" % (get_column_letter(col(c)), r)


class Book:
    def __init__(self, agency, stem, ext, font="Arial", size=10):
        self.agency = agency
        self.stem = stem
        self.ext = ext
        self.wb = openpyxl.Workbook()
        self.wb.remove(self.wb.active)
        self.placed = {}
        self.font = font
        self.size = size
        self.sheets_info = []
        agency.books.append(self)

    @property
    def fname(self):
        return "%s.%s" % (self.stem, self.ext)

    def sheet(self, name, hidden=False, desc=""):
        ws = self.wb.create_sheet(name)
        if hidden:
            ws.sheet_state = "hidden"
        sh = Sh(self, ws)
        self.sheets_info.append({"sheet": name, "hidden": hidden, "desc": desc})
        return sh

    def describe(self, name, desc):
        for s in self.sheets_info:
            if s["sheet"] == name:
                s["desc"] = desc

    def save(self):
        d = os.path.join(RAW, self.agency.slug)
        os.makedirs(d, exist_ok=True)
        self.wb.save(os.path.join(d, self.stem + ".xlsx"))


class Sh:
    def __init__(self, book, ws):
        self.book = book
        self.ws = ws
        self.name = ws.title

    def put(self, r, c, v, bold=False, italic=False, wrap=False, h=None,
            v_al="center", border=False, fill=None, size=None, fmt=None,
            font=None):
        cell = self.ws.cell(row=r, column=col(c))
        if isinstance(v, V):
            cell.value = v.value
            if v.fmt:
                cell.number_format = v.fmt
            self.book.placed[(self.name, cell.coordinate)] = v
        else:
            cell.value = v
        if fmt:
            cell.number_format = fmt
        cell.font = Font(name=font or self.book.font, size=size or self.book.size,
                         bold=bold, italic=italic)
        cell.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v_al)
        if border:
            cell.border = BORDER
        if fill:
            cell.fill = fill
        return cell

    def merge(self, r1, c1, r2, c2):
        if (r1, col(c1)) != (r2, col(c2)):
            self.ws.merge_cells(start_row=r1, start_column=col(c1),
                                end_row=r2, end_column=col(c2))

    def box(self, r1, c1, r2, c2):
        for r in range(r1, r2 + 1):
            for c in range(col(c1), col(c2) + 1):
                self.ws.cell(row=r, column=c).border = BORDER

    def widths(self, **kw):
        for k, w in kw.items():
            self.ws.column_dimensions[k].width = w

    def val(self, r, c):
        return self.ws.cell(row=r, column=col(c)).value


# --------------------------------------------------------------------------
# key registry
# --------------------------------------------------------------------------
def _agg(keys, how):
    if how == "one":
        assert len(keys) == 1
        return keys[0]
    vals = [k for k in keys if k is not None]
    if how == "sum":
        if not vals:
            return None
        s = sum(vals)
        return round(s, 6) if isinstance(s, float) else s
    if how == "last":
        return vals[-1] if vals else None
    raise ValueError(how)


class Agency:
    def __init__(self, slug, name, years):
        self.slug = slug
        self.name = name
        self.years = years
        self.books = []
        self.rows = []
        self.spec = []
        self.notes = []
        self.info = {}
        self.ambiguous = []

    def key(self, sh, row, namecol, year, sid, tcells, rcells, tagg="one", ragg="one"):
        written = sh.val(row, namecol)
        assert isinstance(written, str), (sh.name, row, written)
        book = sh.book

        def keys(cells):
            out = []
            for c in cells:
                v = book.placed.get((sh.name, c))
                assert v is not None, ("no placed value", sh.name, c, sid, year)
                out.append(v.key)
            return out

        t = _agg(keys(tcells), tagg)
        r = _agg(keys(rcells), ragg)
        for x in (t, r):
            assert x is None or isinstance(x, (int, float)), (sid, year, x)
        self.rows.append({"file": book.fname, "sheet": sh.name, "row": row, "year": year,
                          "written": written, "same_as": sid, "target": t, "realisasi": r})
        self.spec.append({"file": book.fname, "sheet": sh.name, "row": row, "year": year,
                          "same_as": sid, "name_cell": A(row, namecol),
                          "target": {"cells": list(tcells), "agg": tagg},
                          "realisasi": {"cells": list(rcells), "agg": ragg}})

    def note(self, sh, row, text):
        self.notes.append({"file": sh.book.fname, "sheet": sh.name, "row": row, "text": text})

    def dump(self, extra=None):
        os.makedirs(OUT, exist_ok=True)
        for b in self.books:
            b.save()
        d = {"slug": self.slug, "agency": self.name, "years": self.years,
             "files": [b.fname for b in self.books],
             "raw": {b.fname: b.stem + ".xlsx" for b in self.books},
             "sheets": {b.fname: b.sheets_info for b in self.books},
             "ambiguous": self.ambiguous, "rows": self.rows, "spec": self.spec,
             "notes": self.notes, "info": self.info}
        if extra:
            d.update(extra)
        with open(os.path.join(OUT, self.slug + ".json"), "w") as f:
            json.dump(d, f, indent=1, ensure_ascii=False)


# --------------------------------------------------------------------------
# splitting annual figures into quarters / months
# --------------------------------------------------------------------------
def split_flow(total, n, seed, weights=None):
    """Split an integer total into n non-negative integer parts."""
    rnd = random.Random(seed)
    if weights is None:
        weights = [rnd.uniform(0.7, 1.3) for _ in range(n)]
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    # fix the remainder on the largest weight
    i = max(range(n), key=lambda k: weights[k])
    parts[i] += total - sum(parts)
    return parts


def round_like(x, ref):
    s = repr(float(ref))
    dec = len(s.split(".")[1]) if "." in s and not float(ref).is_integer() else 0
    return round(x, max(dec, 0)) if dec else int(round(x))


def path_level(final, n, fracs=None):
    """Increasing path of n values ending exactly at final."""
    if fracs is None:
        fracs = [0.9, 0.95, 0.98, 1.0][-n:] if n <= 4 else [0.7 + 0.3 * (k + 1) / n for k in range(n)]
    out = [round_like(final * f, final) for f in fracs[:-1]] + [final]
    return out
