"""Shared helpers for the blind40 generators: styling, value writing, key registry."""
import json
import os
import re

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RAW = os.path.join(HERE, "raw")

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def L(c):
    return get_column_letter(c) if isinstance(c, int) else c


def C(c):
    return column_index_from_string(c) if isinstance(c, str) else c


class Sheet:
    """Thin wrapper around an openpyxl worksheet with the styles an OPD clerk uses."""

    def __init__(self, ws):
        self.ws = ws

    def put(self, r, c, v, bold=False, italic=False, fmt=None, wrap=True, h=None,
            border=True, size=None, underline=None):
        cell = self.ws.cell(row=r, column=C(c))
        cell.value = v
        cell.font = Font(name="Arial", size=size or 9, bold=bold, italic=italic,
                         underline=underline)
        cell.alignment = Alignment(wrap_text=wrap, vertical="center", horizontal=h)
        if border:
            cell.border = BORDER
        if fmt:
            cell.number_format = fmt
        return cell

    def merge(self, r1, c1, r2, c2, v=None, border=True, **kw):
        c1, c2 = C(c1), C(c2)
        if border:
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    self.ws.cell(row=rr, column=cc).border = BORDER
        cell = self.put(r1, c1, v, border=border, **kw)
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        return cell

    def title(self, r, c1, c2, text, size=11, bold=True):
        return self.merge(r, c1, r, c2, text, border=False, bold=bold, size=size, h="center")

    def text(self, r, c, text, bold=False, italic=False, size=9, underline=None):
        return self.put(r, c, text, bold=bold, italic=italic, border=False, wrap=False,
                        size=size, underline=underline)

    def widths(self, spec):
        for col, w in spec.items():
            self.ws.column_dimensions[L(col)].width = w

    def border_row(self, r, c1, c2):
        for cc in range(C(c1), C(c2) + 1):
            cell = self.ws.cell(row=r, column=cc)
            cell.border = BORDER
            if cell.font is None or not cell.font.name:
                cell.font = Font(name="Arial", size=9)


def num_fmt(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, int) or (isinstance(v, float) and float(v).is_integer()):
        return "#,##0" if abs(v) >= 1000 else "0"
    s = repr(float(v))
    dec = len(s.split(".")[1]) if "." in s else 0
    dec = min(max(dec, 1), 4)
    return "#,##0." + "0" * dec if abs(v) >= 1000 else "0." + "0" * dec


def put_val(S, r, c, spec, **kw):
    """Write one value cell.

    spec: None -> blank; number -> number with a plain format; str -> text as typed;
    ('pct', v[, fmt]) -> v/100 stored in a % formatted cell; ('f', formula[, fmt]) -> formula;
    ('n', v, fmt) -> number with an explicit format (e.g. General for a typed fraction).
    """
    h = kw.pop("h", "center")
    if spec is None:
        return S.put(r, c, None, h=h, **kw)
    if isinstance(spec, tuple):
        kind = spec[0]
        if kind == "pct":
            fmt = spec[2] if len(spec) > 2 else "0.0%"
            return S.put(r, c, round(spec[1] / 100.0, 10), fmt=fmt, h=h, **kw)
        if kind == "f":
            fmt = spec[2] if len(spec) > 2 else "0.00"
            return S.put(r, c, spec[1], fmt=fmt, h=h, **kw)
        if kind == "n":
            return S.put(r, c, spec[1], fmt=spec[2], h=h, **kw)
        raise ValueError(spec)
    if isinstance(spec, str):
        return S.put(r, c, spec, h=h, **kw)
    return S.put(r, c, spec, fmt=num_fmt(spec), h=h, **kw)


def idn(v, dec=None):
    """Format a number the Indonesian way: 18.500 / 85,5."""
    if v is None:
        return "-"
    if dec is None:
        if float(v).is_integer():
            dec = 0
        else:
            dec = len(repr(float(v)).split(".")[1])
    s = f"{abs(v):,.{dec}f}"
    s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if v < 0 else "") + s


def split_flow(total, weights=(0.2, 0.25, 0.25, 0.3), dec=0):
    parts = [round(total * w, dec) for w in weights[:-1]]
    last = round(total - sum(parts), dec)
    parts.append(last)
    if dec == 0:
        parts = [int(round(p)) for p in parts]
    return parts


def prog_level(final, fracs=(0.9, 0.95, 0.98, 1.0), dec=1):
    vals = [round(final * f, dec) for f in fracs[:-1]] + [final]
    if dec == 0:
        vals = [int(round(v)) for v in vals]
    return vals


class Registry:
    def __init__(self):
        self.keys = {}      # agency -> list of key rows
        self.specs = {}     # agency -> list of cell specs (same order)
        self.files = {}     # agency -> list of (raw name, delivered name, fmt)
        self.layouts = {}   # (agency, delivered) -> list of (sheet, text)
        self.notes = {}     # (agency, delivered) -> list of (sheet, row, text)
        self.meta = {}      # agency -> dict

    def add_file(self, agency, raw_name, delivered, fmt):
        self.files.setdefault(agency, []).append((raw_name, delivered, fmt))

    def layout(self, agency, file, sheet, text):
        self.layouts.setdefault((agency, file), []).append((sheet, text))

    def note(self, agency, file, sheet, row, text):
        self.notes.setdefault((agency, file), []).append((sheet, row, text))

    def key(self, agency, file, sheet, row, col, year, written, sid, target, real,
            tcells, tagg, rcells, ragg):
        def clean(x):
            if x is None:
                return None
            x = round(float(x), 6)
            return int(x) if x.is_integer() else x
        self.keys.setdefault(agency, []).append({
            "file": file, "sheet": sheet, "row": row, "col": L(col), "year": year,
            "written": written, "same_as": sid, "target": clean(target),
            "realisasi": clean(real)})
        self.specs.setdefault(agency, []).append({
            "file": file, "sheet": sheet, "row": row, "col": L(col),
            "target_cells": tcells, "target_agg": tagg,
            "real_cells": rcells, "real_agg": ragg})


REG = Registry()


def new_wb():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    return wb


def sig_block(S, r, c, place_date, jabatan_lines, name, rank, nip):
    S.text(r, c, place_date)
    rr = r + 1
    for line in jabatan_lines:
        S.text(rr, c, line, bold=True)
        rr += 1
    rr += 3
    S.text(rr, c, name, bold=True, underline="single")
    S.text(rr + 1, c, rank)
    S.text(rr + 2, c, nip)
    return rr + 2


GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}


def parse_spec(spec):
    """Generation-time reading of a value spec, same conventions as verify.py (for self-checks)."""
    import re as _re
    if spec is None:
        return None
    if isinstance(spec, tuple):
        if spec[0] == "pct":
            return spec[1]
        if spec[0] == "n":
            return spec[1]
        return "FORMULA"
    if isinstance(spec, (int, float)):
        return spec
    s = spec.strip()
    if s in ("", "-", "\u2013", "\u2014") or s.upper() in ("N/A", "NA") or s in GRADES:
        return None
    m = _re.search(r"\d[\d.,]*", s)
    if not m:
        return None
    tok = m.group(0).rstrip(".,").replace(".", "").replace(",", ".")
    return float(tok)


def agg(vals, how):
    vals = [parse_spec(v) for v in vals]
    if how == "sum":
        nums = [v for v in vals if v is not None]
        return sum(nums) if nums else None
    if how == "last":
        nums = [v for v in vals if v is not None]
        return nums[-1] if nums else None
    raise ValueError(how)
