"""Shared helpers for the blind60 generators.

A generator writes a raw workbook with openpyxl (gen/raw/<slug>/<stem>.xlsx), and registers every
key row with the figures it INTENDED to type (not read back from any file).  build.py then saves
the raw workbook through LibreOffice into the delivered format, so formulas carry cached values.

Cell specs carry (value written to the cell, number format, key value):
  N(v)            a number (key v)
  P(pp)           a percentage typed as a fraction in a %-formatted cell (key pp, in percent points)
  T(text, key)    text; key is the Indonesian reading of it (given by the generator)
  F(formula, key) a formula; key is the value the formula is meant to produce (as written, even if wrong)
  G(text)         a grade (B, BB, ...) -> key None
  DASH            "-" -> key None
  E               an empty cell -> key None
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)


class Spec:
    def __init__(self, value, fmt=None, key=None, kind="num"):
        self.value = value
        self.fmt = fmt
        self.key = key
        self.kind = kind

    def __repr__(self):
        return f"Spec({self.kind},{self.value!r},{self.key!r})"


def N(v, fmt=None):
    if fmt is None:
        if isinstance(v, float) and not float(v).is_integer():
            fmt = "#,##0.00"
        elif abs(v) >= 1000:
            fmt = "#,##0"
        else:
            fmt = "General"
    return Spec(v, fmt, v, "num")


def P(pp, fmt="0.00%"):
    return Spec(round(pp / 100.0, 10), fmt, pp, "pct")


def T(text, key):
    return Spec(text, "@", key, "text")


def F(formula, key, fmt=None):
    return Spec(formula, fmt or "General", key, "formula")


def G(text):
    return Spec(text, None, None, "grade")


DASH = Spec("-", None, None, "dash")
E = Spec(None, None, None, "empty")


def idn(v, dec=None):
    """Indonesian number text: 1250 -> '1.250', 85.5 -> '85,5' (dec decimals if given)."""
    if dec is None:
        if isinstance(v, float) and not float(v).is_integer():
            s = repr(v)
            dec = len(s.split(".")[1]) if "." in s else 0
        else:
            dec = 0
    s = f"{v:,.{dec}f}"  # 1,250.50
    s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    return s


def TU(v, unit, dec=None, sep=" "):
    return T(f"{idn(v, dec)}{sep}{unit}" if unit else idn(v, dec), v)


def RP(v, style=1):
    if style == 1:
        return T(f"Rp {idn(v)}", v)
    if style == 2:
        return T(f"Rp. {idn(v)},-", v)
    return T(f"Rp{idn(v)}", v)


# ---------------------------------------------------------------- styles
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
GREY = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def col(c):
    return column_index_from_string(c) if isinstance(c, str) else c


def L(c):
    return get_column_letter(c) if isinstance(c, int) else c


def put(ws, coord, spec, bold=False, wrap=False, center=False, fill=None, border=False):
    """Write a spec (or a plain value) into a cell; return the spec."""
    if not isinstance(spec, Spec):
        spec = Spec(spec, None, spec, "plain")
    c = ws[coord]
    if spec.value is not None:
        c.value = spec.value
    if spec.fmt and spec.fmt != "@":
        c.number_format = spec.fmt
    if bold:
        c.font = BOLD
    if wrap:
        c.alignment = WRAP
    if center:
        c.alignment = CENTER
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    return spec


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def merge(ws, rng, value=None, bold=False, center=False, wrap=True, font=None):
    first = rng.split(":")[0]
    if value is not None:
        ws[first].value = value
    if bold:
        ws[first].font = BOLD
    if font:
        ws[first].font = font
    if center:
        ws[first].alignment = CENTER
    elif wrap:
        ws[first].alignment = WRAP
    if ":" in rng and rng.split(":")[0] != rng.split(":")[1]:
        ws.merge_cells(rng)


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v


# ---------------------------------------------------------------- key registry
def combine(specs, rule):
    keys = [s.key for s in specs]
    if rule == "single":
        return keys[0]
    vals = [k for k in keys if k is not None]
    if not vals:
        return None
    if rule == "sum":
        tot = sum(vals)
        return round(tot, 6) if isinstance(tot, float) else tot
    if rule == "last":
        return vals[-1]
    raise ValueError(rule)


class Agency:
    def __init__(self, slug, agency, years, ambiguous, flow_ids):
        self.slug = slug
        self.agency = agency
        self.years = years
        self.ambiguous = ambiguous
        self.flow_ids = flow_ids
        self.rows = []
        self.cells = []
        self.books = []  # (raw stem, delivered file name)
        self.notes = {}

    def book(self, stem, ext):
        wb = Workbook()
        wb.remove(wb.active)
        delivered = f"{stem}.{ext}"
        self.books.append({"stem": stem, "ext": ext, "file": delivered, "wb": wb})
        return wb, delivered

    def add(self, file, sheet, name_coord, year, written, id_, target, realisasi, with_col=False):
        """target / realisasi: (list_of_(coord, spec), rule)."""
        r = int("".join(ch for ch in name_coord if ch.isdigit()))
        c = "".join(ch for ch in name_coord if ch.isalpha())
        tcells, trule = target
        rcells, rrule = realisasi
        row = {"file": file, "sheet": sheet, "row": r}
        if with_col:
            row["col"] = c
        row.update({
            "year": year,
            "written": written,
            "same_as": id_,
            "target": combine([s for _, s in tcells], trule),
            "realisasi": combine([s for _, s in rcells], rrule),
        })
        self.rows.append(row)
        self.cells.append({
            "file": file, "sheet": sheet, "year": year, "id": id_, "name": name_coord,
            "target": {"cells": [co for co, _ in tcells], "rule": trule},
            "realisasi": {"cells": [co for co, _ in rcells], "rule": rrule},
        })

    def save(self):
        raw = os.path.join(GEN, "raw", self.slug)
        os.makedirs(raw, exist_ok=True)
        os.makedirs(os.path.join(ROOT, self.slug), exist_ok=True)
        os.makedirs(os.path.join(GEN, "cells"), exist_ok=True)
        manifest = []
        for b in self.books:
            p = os.path.join(raw, b["stem"] + ".xlsx")
            b["wb"].save(p)
            manifest.append({"raw": p, "ext": b["ext"], "file": b["file"]})
        with open(os.path.join(raw, "manifest.json"), "w") as f:
            json.dump(manifest, f, indent=1)
        # sanity: one row per id per year
        seen = set()
        for r in self.rows:
            k = (r["same_as"], r["year"])
            assert k not in seen, k
            seen.add(k)
        key = {
            "agency": self.agency,
            "years": self.years,
            "files": [b["file"] for b in self.books],
            "ambiguous": self.ambiguous,
            "rows": self.rows,
        }
        with open(os.path.join(ROOT, self.slug, "key.json"), "w") as f:
            json.dump(key, f, indent=1, ensure_ascii=False)
        with open(os.path.join(GEN, "cells", self.slug + ".json"), "w") as f:
            json.dump({"flow_ids": sorted(self.flow_ids), "cells": self.cells}, f, indent=1, ensure_ascii=False)
        print(self.slug, len(self.rows), "key rows")
