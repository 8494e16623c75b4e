"""Shared helpers for the blind75 generators.

Every value written into a workbook goes through a small value spec (V) that carries both the
cell content (number, text, formula) and the figure the key expects for it (the generator's
intended figure).  Key rows are recorded with the cells they were built from (locators), so that
verify.py can re-read the delivered files and compare.  The key itself never comes from reading a
file back.
"""
import json
import os
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import column_index_from_string, get_column_letter

EXAM = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(EXAM, "gen")
RAW = os.path.join(GEN, "raw")
LOC = os.path.join(GEN, "locators")

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
WRAPC = Alignment(vertical="center", wrap_text=True)


def rhu(x, nd=2):
    """round half up (like spreadsheet ROUND)"""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def clean(x):
    if x is None:
        return None
    if isinstance(x, float):
        r = round(x, 9)
        if r == int(r) and abs(r) < 1e15:
            return int(r)
        return r
    return x


class V:
    """A value spec: what is written in the cell and what the key expects from it."""

    def __init__(self, content, fmt=None, key=None):
        self.content = content
        self.fmt = fmt
        self.key = clean(key)

    def __repr__(self):
        return "V(%r,%r,%r)" % (self.content, self.fmt, self.key)


def N(v, fmt="#,##0"):
    """plain number"""
    if fmt == "#,##0" and isinstance(v, float) and v != int(v):
        fmt = "#,##0.00"
    return V(v, fmt, v)


def G(v):
    """plain number in a General cell"""
    return V(v, "General", v)


def P(frac, fmt="0.00%"):
    """a fraction in a %-formatted cell: key in percent points"""
    return V(frac, fmt, frac * 100)


def T(text, key):
    """text; key = the figure the Indonesian reading gives (stated by the generator)"""
    return V(text, None, key)


def F(formula, key, fmt="#,##0.00"):
    """a formula; key = its intended cached value, computed here"""
    return V(formula, fmt, key)


def DASH():
    return V("-", None, None)


def GR(g):
    """a grade (B, BB, A ...): key null"""
    return V(g, None, None)


def put(ws, coord, v, align=None, border=True, bold=False):
    c = ws[coord]
    if v is not None:
        if isinstance(v, V):
            c.value = v.content
            if v.fmt:
                c.number_format = v.fmt
        else:
            c.value = v
    if border:
        c.border = BORDER
    if align is not None:
        c.alignment = align
    if bold:
        c.font = BOLD
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def agg(specs, mode):
    """the key figure of a set of period cells"""
    if mode == "one":
        v = specs[0]
        return None if v is None else v.key
    present = [s for s in specs if s is not None and s.content not in (None, "")]
    if mode == "last":
        return present[-1].key if present else None
    if mode == "sum":
        ks = [s.key for s in present if s.key is not None]
        if not ks:
            return None
        tot = sum(Decimal(repr(k)) for k in ks)
        return clean(float(tot))
    raise ValueError(mode)


class Book:
    def __init__(self, agency, final_name):
        self.agency = agency
        self.final_name = final_name
        base, ext = os.path.splitext(final_name)
        self.base = base
        self.ext = ext.lstrip(".")
        self.wb = openpyxl.Workbook()
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
        return ws

    def save(self):
        d = os.path.join(RAW, self.agency.slug)
        os.makedirs(d, exist_ok=True)
        # the first visible sheet is the active one
        for i, ws in enumerate(self.wb.worksheets):
            if ws.sheet_state == "visible":
                self.wb.active = i
                break
        for ws in self.wb.worksheets:
            ws.sheet_view.tabSelected = ws is self.wb.active
            ws.page_setup.orientation = "landscape"
            ws.page_setup.paperSize = 9
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
        self.wb.save(os.path.join(d, self.base + ".xlsx"))


class Agency:
    def __init__(self, slug, name, years, flow_ids, ambiguous):
        self.slug = slug
        self.name = name
        self.years = years
        self.flow_ids = set(flow_ids)
        self.ambiguous = ambiguous
        self.books = []
        self.rows = []
        self.locs = []

    def book(self, final_name):
        b = Book(self, final_name)
        self.books.append(b)
        return b

    def mode(self, id_):
        return "sum" if id_ in self.flow_ids else "last"

    def key(self, book, ws, coord, year, id_, written, tspecs, tcells, tmode,
            rspecs, rcells, rmode, with_col=False, note=None):
        """record one key row. tspecs/rspecs: the value specs written in tcells/rcells."""
        assert ws[coord].value == written, (coord, ws[coord].value, written)
        col = "".join(ch for ch in coord if ch.isalpha())
        row = int("".join(ch for ch in coord if ch.isdigit()))
        target = agg(tspecs, tmode)
        real = agg(rspecs, rmode)
        rec = {"file": book.final_name, "sheet": ws.title, "row": row}
        if with_col:
            rec["col"] = col
        rec.update({"year": year, "written": written, "same_as": id_,
                    "target": target, "realisasi": real})
        self.rows.append(rec)
        self.locs.append({"file": book.final_name, "sheet": ws.title, "name_cell": coord,
                          "year": year, "same_as": id_,
                          "target": {"cells": tcells, "agg": tmode},
                          "realisasi": {"cells": rcells, "agg": rmode},
                          "note": note})

    def save(self):
        for b in self.books:
            b.save()
        outdir = os.path.join(EXAM, self.slug)
        os.makedirs(outdir, exist_ok=True)
        key = {"agency": self.name, "years": self.years,
               "files": [b.final_name for b in self.books],
               "ambiguous": self.ambiguous, "rows": self.rows}
        with open(os.path.join(outdir, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        os.makedirs(LOC, exist_ok=True)
        with open(os.path.join(LOC, self.slug + ".json"), "w", encoding="utf-8") as f:
            json.dump({"slug": self.slug, "flow_ids": sorted(self.flow_ids),
                       "books": [{"file": b.final_name, "raw": b.base + ".xlsx", "ext": b.ext}
                                 for b in self.books],
                       "rows": self.locs}, f, ensure_ascii=False, indent=1)
        # the one-row-per-id-per-year rule, checked at build time too
        seen = set()
        for r in self.rows:
            k = (r["same_as"], r["year"])
            assert k not in seen, k
            seen.add(k)
        print(self.slug, len(self.rows), "key rows")


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v


def title(ws, row, text, c1, c2, size=12, bold=True):
    ws.merge_cells("%s%d:%s%d" % (c1, row, c2, row))
    c = ws["%s%d" % (c1, row)]
    c.value = text
    c.font = Font(bold=bold, size=size)
    c.alignment = Alignment(horizontal="center", vertical="center")


def col(c, off):
    return get_column_letter(column_index_from_string(c) + off)
