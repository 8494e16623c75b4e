"""Shared helpers for the blind69 generators.

Each generator builds raw workbooks with openpyxl (gen/raw/<slug>/), then saves them through
LibreOffice (so formulas carry cached values) into the agency folder, and writes
<agency>/key.json plus gen/cellmap/<slug>.json (where verify.py finds each figure).
The key values are the generator's intended figures (as typed, mistakes included),
never read back from the files.
"""
import json
import os
import random
import shutil
import subprocess
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, column_index_from_string

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # /work/exam/blind69
GEN = os.path.join(ROOT, "gen")
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-blind69"

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")
YELLOW = PatternFill("solid", fgColor="FFF2CC")

FMT_INT = "#,##0"
FMT_DEC1 = "#,##0.0"
FMT_DEC2 = "#,##0.00"
FMT_PCT1 = "0.0%"
FMT_PCT2 = "0.00%"
FMT_PCT0 = "0%"
FMT_ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
FMT_RP = '"Rp "#,##0'


# ---------------------------------------------------------------- numbers as Indonesians type them
def idn(x, dec=None):
    """Indonesian text for a number: '.' groups thousands, ',' is the decimal mark."""
    if dec is None:
        if float(x) == int(float(x)):
            dec = 0
        else:
            s = repr(float(x))
            dec = len(s.split(".")[1]) if "." in s else 0
    q = Decimal(str(x)).quantize(Decimal(1) / (Decimal(10) ** dec), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    q = abs(q)
    ip, _, fp = f"{q:.{dec}f}".partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    s = ".".join(groups)
    if dec:
        s += "," + fp
    return sign + s


def rp(x, style=1):
    if style == 1:
        return "Rp " + idn(x)
    if style == 2:
        return "Rp. " + idn(x) + ",-"
    if style == 3:
        return "Rp." + idn(x)
    raise ValueError(style)


def r2(x, nd=2):
    return float(Decimal(str(x)).quantize(Decimal(1) / (Decimal(10) ** nd), rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- period splits
def split_flow(total, n, rng, step=1, weights=None):
    """n parts (multiples of step) adding up to total."""
    if weights is None:
        weights = [rng.uniform(0.7, 1.3) for _ in range(n)]
    s = sum(weights)
    units = round(total / step)
    parts = [int(units * w / s) for w in weights[:-1]]
    parts.append(units - sum(parts))
    out = [p * step for p in parts]
    if step == 1 or (isinstance(step, int)):
        out = [int(p) for p in out]
    else:
        out = [r2(p, 2) for p in out]
    return out


def path_level(final, n, rng, start, nd=0):
    """A level series from about start to final (last == final)."""
    out = []
    for i in range(1, n):
        v = start + (final - start) * i / n + rng.uniform(-0.04, 0.04) * abs(final - start)
        out.append(r2(v, nd) if nd else int(round(v)))
    out.append(final)
    return out


# ---------------------------------------------------------------- sheet writing
class Sheet:
    def __init__(self, book, ws):
        self.book = book
        self.ws = ws
        self.title = ws.title

    def put(self, coord, value, fmt=None, bold=False, italic=False, wrap=False, h=None, v="center",
            border=False, fill=None, size=None):
        c = self.ws[coord]
        c.value = value
        if fmt:
            c.number_format = fmt
        if bold or italic or size:
            c.font = Font(bold=bold, italic=italic, size=size or 11)
        if wrap or h or v:
            c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v)
        if border:
            c.border = BOX
        if fill:
            c.fill = fill
        return c

    def merge(self, rng, value=None, **kw):
        tl = rng.split(":")[0]
        if value is not None:
            self.put(tl, value, **kw)
        self.ws.merge_cells(rng)
        if kw.get("border"):
            for row in self.ws[rng]:
                for c in row:
                    c.border = BOX

    def box(self, rng):
        for row in self.ws[rng]:
            for c in row:
                c.border = BOX

    def width(self, col, w):
        self.ws.column_dimensions[col].width = w

    def hide_row(self, r):
        self.ws.row_dimensions[r].hidden = True

    def hide_col(self, col):
        self.ws.column_dimensions[col].hidden = True


class Book:
    def __init__(self, agency, name, fmt):
        assert fmt in ("xlsx", "xls", "ods")
        self.agency = agency
        self.name = name  # final file name without extension
        self.fmt = fmt
        self.wb = openpyxl.Workbook()
        self.wb.remove(self.wb.active)
        agency.books.append(self)

    @property
    def final(self):
        return f"{self.name}.{self.fmt}"

    def sheet(self, title, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = "hidden"
        return Sheet(self, ws)

    def save(self):
        rawdir = os.path.join(GEN, "raw", self.agency.slug)
        os.makedirs(rawdir, exist_ok=True)
        raw = os.path.join(rawdir, self.name + ".xlsx")
        # first visible sheet active
        for i, ws in enumerate(self.wb.worksheets):
            if ws.sheet_state == "visible":
                self.wb.active = i
                break
        self.wb.save(raw)
        outdir = self.agency.dir
        os.makedirs(outdir, exist_ok=True)
        target = os.path.join(outdir, self.final)
        if os.path.exists(target):
            os.remove(target)
        subprocess.run(["soffice", "--headless", LO_PROFILE, "--convert-to", self.fmt,
                        "--outdir", outdir, raw], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert os.path.exists(target), target


class Agency:
    def __init__(self, slug, name, years, flow, level):
        self.slug = slug
        self.name = name
        self.years = years
        self.flow = sorted(flow)
        self.level = sorted(level)
        self.books = []
        self.rows = []
        self.cells = []
        self.ambiguous = []
        self.dir = os.path.join(ROOT, slug)

    def add(self, sheet, name_coord, year, id_, written, target, realisasi, t, r, col=False):
        """t / r: (cells, agg) with agg in value|sum|last; cells are coordinates on the sheet."""
        ws = sheet.ws
        assert ws[name_coord].value == written, (name_coord, ws[name_coord].value, written)
        assert id_ in self.flow or id_ in self.level, id_
        col_letter = "".join(ch for ch in name_coord if ch.isalpha())
        row = int("".join(ch for ch in name_coord if ch.isdigit()))
        entry = {"file": sheet.book.final, "sheet": sheet.title, "row": row}
        if col:
            entry["col"] = col_letter
        entry.update({"year": year, "written": written, "same_as": id_,
                      "target": target, "realisasi": realisasi})
        self.rows.append(entry)
        self.cells.append({"file": sheet.book.final, "sheet": sheet.title, "name": name_coord,
                           "id": id_, "year": year,
                           "target": {"cells": list(t[0]), "agg": t[1]},
                           "realisasi": {"cells": list(r[0]), "agg": r[1]}})

    def finish(self):
        for b in self.books:
            b.save()
        for e in self.rows:
            for k in ("target", "realisasi"):
                v = e[k]
                if isinstance(v, float) and v == int(v):
                    e[k] = int(v)
        key = {"agency": self.name, "years": self.years, "files": [b.final for b in self.books],
               "ambiguous": self.ambiguous, "rows": self.rows}
        with open(os.path.join(self.dir, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        with open(os.path.join(GEN, "cellmap", self.slug + ".json"), "w", encoding="utf-8") as f:
            json.dump({"flow": self.flow, "level": self.level, "cells": self.cells}, f,
                      ensure_ascii=False, indent=1)


def col(i):
    return get_column_letter(i)


def ci(letter):
    return column_index_from_string(letter)


# ---------------------------------------------------------------- a value as typed, with its key reading
class V:
    """write: what goes into the cell; key: the number the key holds for it (None = no number)."""

    def __init__(self, key, write, fmt=None):
        self.key = key
        self.write = write
        self.fmt = fmt

    def __repr__(self):
        return f"V({self.key!r}, {self.write!r})"


def num(x, fmt=None):
    return V(x, x, fmt)


def pct(x, fmt=FMT_PCT1):
    """x in percent points, written as a fraction in a %-formatted cell."""
    return V(x, r2(x / 100, 6), fmt)


def txt(x, unit="", dec=None, sep=" "):
    s = idn(x, dec)
    return V(x, s + (sep + unit if unit else ""))


def rpv(x, style=1):
    return V(x, rp(x, style))


def grade(g):
    return V(None, g)


def dash():
    return V(None, "-")


def blank():
    return V(None, None)


def agg(vals, how):
    ks = [v.key for v in vals if v.key is not None]
    if how == "sum":
        return r2(sum(ks), 6) if ks else None
    if how == "last":
        # last reported period: the last cell that holds something other than '-' / blank
        for v in reversed(vals):
            if v.write is None or (isinstance(v.write, str) and v.write.strip() in ("", "-")):
                continue
            return v.key
        return None
    raise ValueError(how)


def write_v(sh, coord, v, **kw):
    fmt = v.fmt
    if fmt is None and isinstance(v.write, (int, float)) and not isinstance(v.write, bool):
        fmt = kw.pop("numfmt", None)
    else:
        kw.pop("numfmt", None)
    sh.put(coord, v.write, fmt=fmt, **kw)
