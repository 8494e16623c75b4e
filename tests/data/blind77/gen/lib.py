"""Shared helpers for the blind77 generators.

Every generator builds raw workbooks with openpyxl (gen/raw/<agency>/<ext>/<base>.xlsx),
records one key row per indicator per year together with a locator (which cells and
which rule verify.py must read), and writes <agency>/key.json + gen/locators/<agency>.json.
The key figures are the generators' intended figures (typed mistakes included); nothing
is ever read back from a file.
"""
import json
import os
import re
from collections import defaultdict

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import coordinate_from_string, range_boundaries

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(ROOT, "gen", "raw")

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
YELLOW = PatternFill("solid", fgColor="FFF2CC")
GREEN = PatternFill("solid", fgColor="E2EFDA")
BLUE = PatternFill("solid", fgColor="DDEBF7")


# ---------------------------------------------------------------- values
def idn(x, dec=None):
    """Indonesian number text: 1.234.567,89"""
    if dec is None:
        if isinstance(x, int) or float(x).is_integer():
            s = f"{int(round(x)):,}"
        else:
            s = f"{x:,}"
    else:
        s = f"{x:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


class V:
    """A cell as typed (`cell`) and its keyed figure (`key`)."""

    def __init__(self, cell, key, fmt=None):
        self.cell = cell
        self.key = key
        self.fmt = fmt

    def __repr__(self):
        return f"V({self.cell!r}->{self.key!r})"


def N(x, fmt=None):
    """plain number"""
    if fmt is None and isinstance(x, float) and not x.is_integer():
        fmt = "#,##0.00"
    elif fmt is None and abs(x) >= 1000:
        fmt = "#,##0"
    return V(x, x, fmt)


def P(x, fmt="0.00%"):
    """percent points x typed into a %-formatted cell (stored as a fraction)"""
    return V(round(x / 100.0, 10), x, fmt)


def T(s, key):
    """explicit text with its keyed figure"""
    return V(s, key)


def TN(x, pre="", suf="", dec=None):
    """number typed as Indonesian text"""
    return V(pre + idn(x, dec) + suf, x)


def RP(x, style=0, dec=None):
    s = idn(x, dec)
    txt = ["Rp " + s + ",-", "Rp. " + s, "Rp" + s + ",00", "Rp " + s][style]
    return V(txt, x)


def RNG(lo, hi, suf="", dec=None):
    return V(f"{idn(lo, dec)} - {idn(hi, dec)}{suf}", lo)


def GE(x, sign="≥ ", suf="", dec=None):
    return V(sign + idn(x, dec) + suf, x)


DASH = V("-", None)
BL = V(None, None)


def GR(g):
    return V(g, None)


def F(expr, cached, fmt=None):
    """formula; keyed by its cached value (percent points if %-formatted)"""
    key = None
    if cached is not None:
        key = round(cached * 100, 8) if (fmt and "%" in fmt) else cached
    return V("=" + expr, key, fmt)


def lo_sum(vals):
    """what LibreOffice's SUM gives over these V cells (text is ignored)"""
    s = 0
    for v in vals:
        if isinstance(v.cell, (int, float)) and not isinstance(v.cell, bool):
            s += v.cell
    return round(s, 8)


def as_v(v):
    if isinstance(v, V):
        return v
    if v is None:
        return BL
    if isinstance(v, (int, float)):
        return N(v)
    raise TypeError(v)


def combine(rule, vals):
    keys = [v.key for v in vals]
    if rule == "cell":
        assert len(vals) == 1
        return keys[0]
    rep = [k for k in keys if k is not None]
    if not rep:
        return None
    if rule == "sum":
        return round(sum(rep), 8)
    if rule == "last":
        return rep[-1]
    raise ValueError(rule)


# ---------------------------------------------------------------- workbook
class Agency:
    def __init__(self, slug, prefix, years, flow, level):
        self.slug = slug
        self.prefix = prefix
        self.years = years
        self.flow = set(flow)
        self.level = set(level)
        self.books = []
        self.rows = []
        self.locs = []
        self.mistakes = []
        self.ambiguous = []

    def book(self, base, ext):
        b = Book(self, base, ext)
        self.books.append(b)
        return b

    def finish(self):
        for b in self.books:
            b.save()
        shared = defaultdict(int)
        for r in self.rows:
            shared[(r["file"], r["sheet"], r["row"])] += 1
        rows_out = []
        for r, loc in zip(self.rows, self.locs):
            out = {"file": r["file"], "sheet": r["sheet"], "row": r["row"]}
            if shared[(r["file"], r["sheet"], r["row"])] > 1:
                out["col"] = r["col"]
                loc["col"] = r["col"]
            out.update(year=r["year"], written=r["written"], same_as=r["same_as"],
                       target=r["target"], realisasi=r["realisasi"])
            rows_out.append(out)
        key = {"agency": self.slug, "years": self.years,
               "files": [b.fname for b in self.books],
               "ambiguous": self.ambiguous, "rows": rows_out}
        d = os.path.join(ROOT, self.slug)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        meta = {"agency": self.slug, "flow": sorted(self.flow), "level": sorted(self.level),
                "mistakes": self.mistakes, "locators": self.locs}
        with open(os.path.join(ROOT, "gen", "locators", self.slug + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
        # sanity
        per = defaultdict(list)
        for r in self.rows:
            per[r["year"]].append(r["same_as"])
        for y in self.years:
            ids = per[y]
            assert len(ids) == len(set(ids)), (y, ids)
            assert 16 <= len(ids) <= 22, (self.slug, y, len(ids))
        print(self.slug, {y: len(per[y]) for y in self.years})


class Book:
    def __init__(self, ag, base, ext):
        self.ag = ag
        self.base = base
        self.ext = ext
        self.fname = base + "." + ext
        self.wb = Workbook()
        self._first = True

    def sheet(self, title, hidden=False):
        if self._first:
            ws = self.wb.active
            ws.title = title
            self._first = False
        else:
            ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = "hidden"
        return Sheet(self, ws)

    def save(self):
        d = os.path.join(RAW, self.ag.slug, self.ext)
        os.makedirs(d, exist_ok=True)
        self.wb.save(os.path.join(d, self.base + ".xlsx"))


class Sheet:
    def __init__(self, book, ws):
        self.book = book
        self.ws = ws
        self.ag = book.ag

    # writing ---------------------------------------------------------
    def w(self, ref, v, bold=False, wrap=None, h=None, v_al=None, fill=None, border=True, fmt=None,
          italic=False, size=None):
        v = as_v(v) if not isinstance(v, str) else V(v, None)
        c = self.ws[ref]
        c.value = v.cell
        f = fmt or v.fmt
        if f:
            c.number_format = f
        if bold or italic or size:
            c.font = Font(bold=bold, italic=italic, size=size)
        if wrap is None:
            wrap = isinstance(v.cell, str) and (len(v.cell) > 18 or "\n" in v.cell)
        c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v_al or "center")
        if fill:
            c.fill = fill
        if border:
            c.border = BORDER
        return c

    def m(self, rng, v, **kw):
        """merge rng and write v into its top-left"""
        min_col, min_row, max_col, max_row = range_boundaries(rng)
        tl = get_column_letter(min_col) + str(min_row)
        self.w(tl, v, **kw)
        if kw.get("border", True):
            for r in range(min_row, max_row + 1):
                for cc in range(min_col, max_col + 1):
                    self.ws.cell(r, cc).border = BORDER
        if (min_col, min_row) != (max_col, max_row):
            self.ws.merge_cells(rng)
        return tl

    def t(self, ref, text, **kw):
        """plain text without border (titles, notes)"""
        kw.setdefault("border", False)
        kw.setdefault("wrap", False)
        return self.w(ref, text, **kw)

    def widths(self, **cols):
        for k, v in cols.items():
            self.ws.column_dimensions[k].width = v

    def hide_row(self, r):
        self.ws.row_dimensions[r].hidden = True

    def height(self, r, h):
        self.ws.row_dimensions[r].height = h

    # keying ------------------------------------------------------------
    def key(self, id_, year, name_ref, written, t, r, trule="cell", rrule="cell", name_merge=None,
            name_style=None, write=True):
        """record one key row.  t / r: list of (ref, V) in reading order."""
        ag = self.ag
        if isinstance(t, tuple):
            t = [t]
        if isinstance(r, tuple):
            r = [r]
        t = [(ref, as_v(v)) for ref, v in t]
        r = [(ref, as_v(v)) for ref, v in r]
        if write:
            kw = dict(wrap=True, h="left")
            kw.update(name_style or {})
            if name_merge:
                self.m(name_merge, written, **kw)
            else:
                self.w(name_ref, written, **kw)
            for ref, v in t + r:
                self.w(ref, v, h="center")
        col, row = coordinate_from_string(name_ref)
        tk = combine(trule, [v for _, v in t])
        rk = combine(rrule, [v for _, v in r])
        ag.rows.append({"file": self.book.fname, "sheet": self.ws.title, "row": row, "col": col,
                        "year": year, "written": written, "same_as": id_, "target": tk,
                        "realisasi": rk})
        ag.locs.append({"id": id_, "year": year, "file": self.book.fname, "sheet": self.ws.title,
                        "row": row, "name_cell": name_ref,
                        "target": {"rule": trule, "cells": [ref for ref, _ in t]},
                        "realisasi": {"rule": rrule, "cells": [ref for ref, _ in r]}})
        return tk, rk

    def mistake(self, year, ref, id_, what, keyed):
        self.ag.mistakes.append({"year": year, "file": self.book.fname, "sheet": self.ws.title,
                                 "cell": ref, "id": id_, "what": what, "keyed": keyed})


def flow_rule(ag, id_):
    if id_ in ag.flow:
        return "sum"
    if id_ in ag.level:
        return "last"
    raise KeyError(id_)
