"""Shared helpers for the blind51 generators.

Every value written into a workbook goes through a *spec* (a small tuple) that says how the clerk
typed it and what the key must say about it.  put() writes the spec into a cell and returns the key
value, so the key is built from the same decisions that built the workbook, while verify.py parses
the delivered files with its own code.
"""
import json
import os
from decimal import Decimal, ROUND_HALF_UP

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter, column_index_from_string

BASE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BASE)
RAW = os.path.join(BASE, "raw")

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def rnd(x, d=2):
    """Round half away from zero (as LibreOffice ROUND does)."""
    q = Decimal(1).scaleb(-d)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- number text
def fmt_id(v, dec=None):
    """Indonesian: '.' groups thousands, ',' is the decimal mark."""
    if dec is None:
        dec = 0 if float(v).is_integer() else len(repr(float(v)).split(".")[1])
    s = f"{v:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def fmt_en(v, dec=None):
    if dec is None:
        dec = 0 if float(v).is_integer() else len(repr(float(v)).split(".")[1])
    return f"{v:,.{dec}f}"


# ---------------------------------------------------------------- specs
# A spec is (value_for_cell, number_format, key_value, hint)
def num(v, fmt="General"):
    return (v, fmt, v, None)


def pct(v, fmt="0.00%"):
    """A percentage stored as a fraction in a %-formatted cell; key in percent points."""
    return (rnd(v / 100.0, 8), fmt, v, None)


def txt(v, unit="", dec=None, sep=" "):
    """A number typed as text in Indonesian convention, with its unit."""
    s = fmt_id(v, dec)
    if unit:
        s = s + sep + unit
    return (s, "@", v, None)


def txt_en(v, unit="", dec=None):
    """English grouping typed as text ('1,250 unit'); the key reads it as the count it is."""
    s = fmt_en(v, dec)
    if unit:
        s = s + " " + unit
    return (s, "@", v, "en")


def persen(v, dec=None):
    return (fmt_id(v, dec) + " persen", "@", v, None)


def rng(lo, hi, unit="", dec=None, dash="-"):
    s = fmt_id(lo, dec) + dash + fmt_id(hi, dec)
    if unit:
        s += " " + unit
    return (s, "@", lo, None)


def ge(v, unit="", op=">="):
    s = op + " " + fmt_id(v)
    if unit:
        s += " " + unit
    return (s, "@", v, None)


def grade(g):
    return (g, "@", None, None)


def dash(s="-"):
    return (s, "@", None, None)


def raw(value, key, fmt="General", hint=None):
    """Anything typed as is, with the key value given explicitly (typed mistakes)."""
    return (value, fmt, key, hint)


def formula(f, key, fmt="General"):
    return (f, fmt, key, None)


def blank():
    return (None, "General", None, None)


def put(ws, coord, spec, style=True):
    value, fmt, key, hint = spec
    c = ws[coord]
    c.value = value
    if fmt and fmt != "@":
        c.number_format = fmt
    if style:
        c.border = BORDER
    return key


def keyval(spec):
    return spec[2]


# ---------------------------------------------------------------- recorder
class Recorder:
    def __init__(self, agency, slug, years):
        self.agency = agency
        self.slug = slug
        self.years = years
        self.keys = []
        self.cellmap = []
        self.files = []  # (delivered name, raw name, format)
        self.docs = {}  # delivered name -> dict

    def add_file(self, raw_name, fmt, summary):
        stem = os.path.splitext(raw_name)[0]
        name = stem + "." + fmt
        self.files.append((name, raw_name, fmt))
        self.docs[name] = {"summary": summary, "sheets": [], "notes": []}
        return name

    def sheet_doc(self, file, sheet, state, text):
        self.docs[file]["sheets"].append((sheet, state, text))

    def note(self, file, sheet, row, text):
        self.docs[file]["notes"].append((sheet, row, text))

    def key(self, file, sheet, coord, year, written, sid, t, r, tmap, rmap):
        col = "".join(ch for ch in coord if ch.isalpha())
        row = int("".join(ch for ch in coord if ch.isdigit()))
        self.keys.append({"file": file, "sheet": sheet, "row": row, "col": col, "year": year,
                          "written": written, "same_as": sid,
                          "target": None if t is None else rnd(t, 6),
                          "realisasi": None if r is None else rnd(r, 6)})
        self.cellmap.append({"file": file, "sheet": sheet, "row": row, "col": col, "year": year,
                             "same_as": sid, "target": tmap, "realisasi": rmap})

    def finish(self, ambiguous):
        # one key row per id per year
        seen = set()
        for k in self.keys:
            kk = (k["same_as"], k["year"])
            assert kk not in seen, ("duplicate key", kk)
            seen.add(kk)
        # "col" only where several key rows share one sheet row
        cnt = {}
        for k in self.keys:
            cnt[(k["file"], k["sheet"], k["row"])] = cnt.get((k["file"], k["sheet"], k["row"]), 0) + 1
        rows = []
        for k in self.keys:
            d = dict(k)
            if cnt[(k["file"], k["sheet"], k["row"])] < 2:
                d.pop("col")
            rows.append(d)
        return {"agency": self.agency, "years": self.years,
                "files": [f[0] for f in self.files], "ambiguous": ambiguous, "rows": rows}


def cm(op, cells, hint=None):
    """Cell map entry for verify.py: op in cell/sum/last."""
    if isinstance(cells, str):
        cells = [cells]
    return {"op": op, "cells": cells, "hint": hint}


def hint_of(spec):
    return spec[3]


# ---------------------------------------------------------------- layout helpers
def L(i):
    return get_column_letter(i)


def ci(letter):
    return column_index_from_string(letter)


def title(ws, row, text, c1="A", c2="H", size=12):
    ws[f"{c1}{row}"] = text
    ws[f"{c1}{row}"].font = Font(bold=True, size=size)
    ws[f"{c1}{row}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if c1 != c2:
        ws.merge_cells(f"{c1}{row}:{c2}{row}")


def hdr(ws, coord, text, rot=0, merge_to=None):
    c = ws[coord]
    c.value = text
    c.font = BOLD
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True, text_rotation=rot)
    c.border = BORDER
    if merge_to:
        ws.merge_cells(f"{coord}:{merge_to}")
        # border on merged area
        from openpyxl.utils.cell import range_boundaries
        c1, r1, c2, r2 = range_boundaries(f"{coord}:{merge_to}")
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(rr, cc).border = BORDER


def cell(ws, coord, value, bold=False, wrap=True, border=True, fmt=None, align=None):
    c = ws[coord]
    c.value = value
    if bold:
        c.font = BOLD
    if wrap:
        c.alignment = align or WRAP
    if border:
        c.border = BORDER
    if fmt:
        c.number_format = fmt
    return c


def merge(ws, rng_):
    ws.merge_cells(rng_)


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v


def signature(ws, row, col, place_date, jabatan_lines, name, rank, nip):
    r = row
    ws[f"{col}{r}"] = place_date
    r += 1
    for j in jabatan_lines:
        ws[f"{col}{r}"] = j
        ws[f"{col}{r}"].font = BOLD
        r += 1
    r += 3
    ws[f"{col}{r}"] = name
    ws[f"{col}{r}"].font = Font(bold=True, underline="single")
    ws[f"{col}{r + 1}"] = rank
    ws[f"{col}{r + 2}"] = nip
    return r + 2


# ---------------------------------------------------------------- splitting helpers
def split_flow(total, weights, dec=0):
    """Split a flow total into parts (per quarter / month) that add up exactly."""
    s = sum(weights)
    parts = [rnd(total * w / s, dec) for w in weights]
    diff = rnd(total - sum(parts), dec)
    # put the difference on the largest part
    i = max(range(len(parts)), key=lambda j: parts[j])
    parts[i] = rnd(parts[i] + diff, dec)
    if dec == 0:
        parts = [int(p) for p in parts]
    assert abs(sum(parts) - total) < 1e-9, (parts, total)
    return parts


def cum_path(final, fracs, dec=2, start=None):
    """Cumulative / level path ending exactly at final."""
    out = []
    for f in fracs[:-1]:
        v = final * f if start is None else start + (final - start) * f
        out.append(rnd(v, dec))
    out.append(final)
    return out


def save_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
