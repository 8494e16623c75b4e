"""Shared helpers for the blind53 generators.

Every workbook is first written with openpyxl into gen/raw/<slug>/<name>.xlsx and then
saved through LibreOffice (build.py) into the delivered format, so formulas carry cached
values.  Generators register key rows together with a *cellmap* entry that tells verify.py
which cells hold the target and the realisasi and how to read them; verify.py parses the
delivered cells independently of the numbers the generators put into the key.
"""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter, column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class V:
    """A cell value: what is written into the cell (raw) and what the key says (key)."""

    def __init__(self, raw, key, fmt=None, mode="id"):
        self.raw, self.key, self.fmt, self.mode = raw, key, fmt, mode


def K(x, fmt=None):
    """A plain number."""
    if fmt is None:
        if isinstance(x, int) or float(x).is_integer():
            fmt = "#,##0" if abs(x) >= 1000 else "0"
            x = int(x)
        else:
            fmt = "0.00"
    return V(x, x, fmt)


def P(x, fmt="0.00%"):
    """A percentage stored as a fraction in a %-formatted cell; keyed in percent points."""
    return V(round(x / 100.0, 10), x, fmt)


def S(text, key, mode="id"):
    """Typed text; key is what a careful reader takes from it (None for grades, '-')."""
    return V(text, key, "@", mode)


def DASH():
    return V("-", None, None)


def G(grade):
    return V(grade, None, None)


def F(formula, key, fmt=None):
    """A formula whose value the key knows (computed by the generator)."""
    return V(formula, key, fmt)


class Ref:
    def __init__(self, sheet, coord, v):
        self.sheet, self.coord, self.v = sheet, coord, v


class Agg:
    """Realisasi derived from several cells: 'sum' (flows) or 'last' (levels)."""

    def __init__(self, how, refs):
        self.how, self.refs = how, [r for r in refs if r is not None]

    @property
    def key(self):
        vals = [r.v.key for r in self.refs if r.v is not None and r.v.key is not None]
        if not vals:
            return None
        if self.how == "sum":
            return round(sum(vals), 6)
        return vals[-1]


class Sheet:
    def __init__(self, book, ws):
        self.book, self.ws, self.name = book, ws, ws.title

    def put(self, r, c, value, bold=False, fmt=None, merge=None, wrap=True, border=True,
            align=None, italic=False, size=None):
        if isinstance(c, str):
            c = column_index_from_string(c)
        cell = self.ws.cell(row=r, column=c)
        v = value
        if isinstance(value, V):
            cell.value = value.raw
            if value.fmt:
                cell.number_format = value.fmt
        else:
            cell.value = value
        if fmt:
            cell.number_format = fmt
        cell.font = Font(name="Arial", size=size or 9, bold=bold, italic=italic)
        h = align or ("left" if isinstance(cell.value, str) and not (isinstance(value, V)) else "center")
        cell.alignment = Alignment(wrap_text=wrap, vertical="center", horizontal=h)
        if border:
            cell.border = BORDER
        if merge:
            r2, c2 = merge
            if isinstance(c2, str):
                c2 = column_index_from_string(c2)
        if merge and (r2, c2) != (r, c):
            self.ws.merge_cells(start_row=r, start_column=c, end_row=r2, end_column=c2)
            if border:
                for rr in range(r, r2 + 1):
                    for cc in range(c, c2 + 1):
                        self.ws.cell(row=rr, column=cc).border = BORDER
        coord = "%s%d" % (get_column_letter(c), r)
        return Ref(self.name, coord, v if isinstance(v, V) else V(value, None))

    def title(self, r, c, text, c2, size=11, bold=True):
        return self.put(r, c, text, bold=bold, merge=(r, c2), border=False, align="center", size=size)

    def text(self, r, c, text, c2=None, bold=False, italic=False, align="left", r2=None):
        merge = None
        if c2 is not None or r2 is not None:
            merge = (r2 or r, c2 or c)
        return self.put(r, c, text, bold=bold, italic=italic, merge=merge, border=False, align=align)

    def widths(self, d):
        for col, w in d.items():
            self.ws.column_dimensions[col].width = w


class Book:
    def __init__(self, agency, fname, fmt):
        """fname: delivered file name without extension; fmt: 'xlsx' | 'xls' | 'ods'."""
        self.agency, self.fname, self.fmt = agency, fname, fmt
        self.wb = Workbook()
        self._first = True
        self.keys = []
        self.notes = []      # (sheet, row, text)
        self.desc = []       # (sheet, text)

    @property
    def file(self):
        return "%s.%s" % (self.fname, self.fmt)

    def sheet(self, name, hidden=False):
        if self._first:
            ws = self.wb.active
            ws.title = name
            self._first = False
        else:
            ws = self.wb.create_sheet(name)
        if hidden:
            ws.sheet_state = "hidden"
        ws.sheet_view.zoomScale = 90
        return Sheet(self, ws)

    def note(self, sheet, row, text):
        self.notes.append((sheet.name if isinstance(sheet, Sheet) else sheet, row, text))

    def describe(self, sheet, text):
        self.desc.append((sheet.name if isinstance(sheet, Sheet) else sheet, text))

    def key(self, name_ref, year, same_as, t, r, col=False):
        """t, r: Ref, Agg or None."""
        sheet, coord = name_ref.sheet, name_ref.coord
        col_letter = coord.rstrip("0123456789")
        row = int(coord[len(col_letter):])
        rec = {"file": self.file, "sheet": sheet, "row": row, "year": year,
               "written": name_ref.v.raw, "same_as": same_as,
               "target": _kv(t), "realisasi": _kv(r)}
        if col:
            rec["col"] = col_letter
        cm = {"file": self.file, "sheet": sheet, "name_cell": coord, "year": year,
              "same_as": same_as, "target": _spec(t), "realisasi": _spec(r)}
        self.keys.append((rec, cm))
        return rec

    def save(self, rawdir):
        os.makedirs(rawdir, exist_ok=True)
        path = os.path.join(rawdir, self.fname + ".xlsx")
        self.wb.save(path)
        return path


def _kv(x):
    if x is None:
        return None
    k = x.key if isinstance(x, Agg) else x.v.key
    if k is None:
        return None
    if isinstance(k, float):
        k = round(k, 6)
        if k.is_integer():
            k = int(k)
    return k


def _spec(x):
    if x is None:
        return None
    if isinstance(x, Agg):
        return {"sheet": x.refs[0].sheet, "cells": [r.coord for r in x.refs], "agg": x.how,
                "mode": x.refs[0].v.mode if x.refs else "id",
                "modes": [r.v.mode for r in x.refs]}
    return {"sheet": x.sheet, "cells": [x.coord], "agg": "one", "mode": x.v.mode,
            "modes": [x.v.mode]}


def split_int(total, weights):
    """Split an integer total into parts proportional to weights, preserving the sum."""
    s = float(sum(weights))
    parts = [int(round(total * w / s)) for w in weights]
    parts[-1] += total - sum(parts)
    return parts


def signature(sh, r, c, place_date, jabatan, nama, pangkat, nip):
    sh.text(r, c, place_date, c + 3, align="center")
    sh.text(r + 1, c, jabatan, c + 3, align="center", bold=True)
    sh.text(r + 5, c, nama, c + 3, align="center", bold=True)
    sh.text(r + 6, c, pangkat, c + 3, align="center")
    sh.text(r + 7, c, nip, c + 3, align="center")
    return r + 7
