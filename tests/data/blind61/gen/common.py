"""Shared helpers for the blind61 generators.

Every cell that feeds the key is written from a V object: the raw cell content
(number, text or formula), its number format, and the value the key holds for
it (the generator's intended figure, AS TYPED, never read back from a file).
"""
import json
import os

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter, column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RAW = os.path.join(HERE, "raw")
CELLS = os.path.join(HERE, "cells")

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class V:
    """A value cell: content written to the sheet + the key's reading of it."""

    def __init__(self, cell, key, fmt=None):
        self.cell = cell
        self.key = key
        self.fmt = fmt

    def __repr__(self):
        return "V(%r -> %r)" % (self.cell, self.key)


def N(x, fmt=None):
    """A number typed as a number (plain or with a non-% format)."""
    if fmt is None:
        if isinstance(x, float) and not float(x).is_integer():
            fmt = "#,##0.00"
        else:
            fmt = "#,##0"
    return V(x, x, fmt)


def G(x):
    """A number in a General (plain) cell."""
    return V(x, x, "General")


def P(points, fmt="0.00%"):
    """A percentage stored as a fraction in a %-formatted cell."""
    return V(round(points / 100.0, 10), points, fmt)


def T(text, key):
    """Text as a clerk types it; key is its reading (None for grades, '-')."""
    return V(text, key, None)


def F(formula, key, fmt="General"):
    """A formula; key is the value it evaluates to (computed here)."""
    return V(formula, key, fmt)


def style(c, bold=False, wrap=True, h=None, v="center", border=True, size=None, italic=False):
    c.font = Font(name="Arial", size=size or 9, bold=bold, italic=italic)
    c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v)
    if border:
        c.border = BOX


def put(ws, ref, value, bold=False, wrap=True, h=None, v="center", border=True, fmt=None,
        size=None, italic=False):
    c = ws[ref]
    if isinstance(value, V):
        c.value = value.cell
        if value.fmt:
            c.number_format = value.fmt
        if h is None:
            h = "right" if not isinstance(value.cell, str) or value.cell.startswith("=") else "center"
    else:
        c.value = value
    if isinstance(c.value, str) and "\n" in c.value and not c.value.startswith("="):
        h_ = ws.row_dimensions[c.row].height or 12
        ws.row_dimensions[c.row].height = max(h_, 13 * (c.value.count("\n") + 1))
    if fmt:
        c.number_format = fmt
    style(c, bold=bold, wrap=wrap, h=h, v=v, border=border, size=size, italic=italic)
    return c


def merge(ws, rng, value=None, **kw):
    first = rng.split(":")[0]
    if value is not None:
        put(ws, first, value, **kw)
    # border the whole range so it prints like a real table
    if kw.get("border", True):
        for row in ws[rng]:
            for c in row:
                c.border = BOX
    ws.merge_cells(rng)


def col(n):
    return get_column_letter(n)


def cidx(letter):
    return column_index_from_string(letter)


def widths(ws, spec):
    for letter, w in spec.items():
        ws.column_dimensions[letter].width = w


def signature(ws, row, colletter, place_date, title_lines, name, rank, nip):
    put(ws, "%s%d" % (colletter, row), place_date, border=False, wrap=False, h="left")
    r = row + 1
    for t in title_lines:
        put(ws, "%s%d" % (colletter, r), t, border=False, wrap=False, h="left")
        r += 1
    r += 3
    put(ws, "%s%d" % (colletter, r), name, bold=True, border=False, wrap=False, h="left")
    put(ws, "%s%d" % (colletter, r + 1), rank, border=False, wrap=False, h="left")
    put(ws, "%s%d" % (colletter, r + 2), nip, border=False, wrap=False, h="left")
    return r + 3


class Recorder:
    """Collects key rows and the cell map verify.py uses to re-read them."""

    def __init__(self, slug, agency, years, ambiguous, flow_ids):
        self.slug = slug
        self.agency = agency
        self.years = years
        self.ambiguous = ambiguous
        self.flow_ids = flow_ids
        self.rows = []
        self.cells = []
        self.files = []

    def add(self, file, sheet, name_ref, year, sid, written, t, r, with_col=False):
        """t, r: (agg, [(ref, V-or-None), ...]). agg in one/sum/last."""
        col_letter = "".join(ch for ch in name_ref if ch.isalpha())
        rownum = int("".join(ch for ch in name_ref if ch.isdigit()))

        def keyval(spec):
            agg, items = spec
            vals = [v.key for (_ref, v) in items if v is not None]
            present = [v for (_ref, v) in items if v is not None]
            if agg == "one":
                assert len(items) == 1
                return items[0][1].key if items[0][1] is not None else None
            if agg == "sum":
                nums = [x for x in vals if x is not None]
                return round(sum(nums), 6) if nums else None
            if agg == "last":
                return present[-1].key if present else None
            raise ValueError(agg)

        tk = keyval(t)
        rk = keyval(r)
        row = {"file": file, "sheet": sheet, "row": rownum}
        if with_col:
            row["col"] = col_letter
        row.update({"year": year, "written": written, "same_as": sid,
                    "target": tk, "realisasi": rk})
        self.rows.append(row)
        self.cells.append({"file": file, "sheet": sheet, "name_cell": name_ref, "year": year,
                           "same_as": sid,
                           "t": {"agg": t[0], "cells": [ref for (ref, v) in t[1]]},
                           "r": {"agg": r[0], "cells": [ref for (ref, v) in r[1]]}})

    def write(self):
        outdir = os.path.join(ROOT, self.slug)
        os.makedirs(outdir, exist_ok=True)
        # one row per id per year
        seen = set()
        for r in self.rows:
            k = (r["same_as"], r["year"])
            assert k not in seen, k
            seen.add(k)
        key = {"agency": self.agency, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": self.rows}
        with open(os.path.join(outdir, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        with open(os.path.join(CELLS, self.slug + ".json"), "w", encoding="utf-8") as f:
            json.dump({"flow_ids": self.flow_ids, "cells": self.cells}, f, ensure_ascii=False,
                      indent=1)


def landscape(wb):
    """Page setup a clerk would use: landscape, folio/A4, fit all columns on one page."""
    for ws in wb.worksheets:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
