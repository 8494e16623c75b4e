"""Shared helpers for the blind64 generators.

Generators write raw workbooks with openpyxl into gen/raw/, keep the key from the figures they INTEND
to put in the cells (never by reading files back), and pass every raw workbook through LibreOffice
(own profile /tmp/lo-blind64) into its delivered format so that every formula carries a cached value.

A cell value is a V: what goes into the cell (number, text, formula), its number format, and the value
the key holds for it (percent points for %-formatted fractions, the Indonesian reading for text, the
expected cached value for a formula, None for grades, dashes and blanks).
"""
import json
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
RAW = os.path.join(GEN, "raw")
CELLS = os.path.join(GEN, "cells")
LO_PROFILE = "file:///tmp/lo-blind64"

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="DDEBF7")
GREY = PatternFill("solid", fgColor="EDEDED")
YEL = PatternFill("solid", fgColor="FFF2CC")

ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
ACC2 = '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)'
RP = '"Rp "#,##0'


class V:
    def __init__(self, cell, key, fmt=None, note=None):
        self.cell = cell
        self.key = key
        self.fmt = fmt
        self.note = note  # planted mistake, for the README

    def __repr__(self):
        return "V(%r->%r)" % (self.cell, self.key)


def n(x, fmt=None):
    """a number as a number."""
    return V(x, x, fmt)


def p(points, fmt="0.00%"):
    """a percentage typed into a %-formatted cell: the cell holds the fraction, the key the points."""
    return V(round(points / 100.0, 12), points, fmt)


def t(text, key):
    """text as the clerk typed it, with its Indonesian reading."""
    return V(text, key)


def f(formula, cached, fmt=None):
    """a formula; key = its cached value, in points when the cell is %-formatted."""
    key = cached
    if fmt and "%" in fmt and cached is not None:
        key = round(cached * 100, 10)
    return V(formula, key, fmt)


def dash(s="-"):
    return V(s, None)


def grade(g):
    return V(g, None)


def blank():
    return V(None, None)


def mistake(v, note):
    v.note = note
    return v


def kv(v):
    return v.key if isinstance(v, V) else v


def fnum(x):
    """Indonesian text of a number: 1250 -> '1.250', 85.5 -> '85,5'."""
    neg = x < 0
    x = abs(x)
    if abs(x - round(x)) < 1e-9:
        s = "{:,}".format(int(round(x))).replace(",", ".")
    else:
        s = ("%.2f" % x).rstrip("0")
        ip, dp = s.split(".")
        s = "{:,}".format(int(ip)).replace(",", ".") + "," + dp
    return ("-" if neg else "") + s


# ----------------------------------------------------------------------------- cells
def put(ws, coord, v, bold=False, wrap=True, h=None, va="center", border=True, fill=None,
        italic=False, size=None, fmt=None):
    if not isinstance(v, V):
        v = V(v, None)
    c = ws[coord]
    c.value = v.cell
    if v.fmt:
        c.number_format = v.fmt
    if fmt:
        c.number_format = fmt
    if bold or italic or size:
        c.font = Font(bold=bold, italic=italic, size=size or 11)
    c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=va)
    if border:
        c.border = BOX
    if fill is not None:
        c.fill = fill
    return c


def text(ws, coord, s, bold=False, size=None, italic=False, h=None):
    c = ws[coord]
    c.value = s
    c.font = Font(bold=bold, size=size or 11, italic=italic)
    c.alignment = Alignment(horizontal=h, vertical="center")
    return c


def merge(ws, rng, value=None, **kw):
    first = rng.split(":")[0]
    if value is not None:
        put(ws, first, value, **kw)
    for row in ws[rng]:
        for c in row:
            c.border = BOX
    ws.merge_cells(rng)


def boxes(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def widths(ws, spec):
    for k, w in spec.items():
        ws.column_dimensions[k].width = w


def L(i):
    return get_column_letter(i)


def I(letter):
    return column_index_from_string(letter)


# ----------------------------------------------------------------------------- agency / key
class Agency:
    def __init__(self, slug, name, years, flow):
        self.slug = slug
        self.name = name
        self.years = years
        self.flow = set(flow)
        self.files = []
        self.rows = []
        self.locs = []
        self.ambiguous = []
        self.mistakes = []
        self.dir = os.path.join(ROOT, slug)

    def book(self, base, fmt):
        b = Book(self, base, fmt)
        self.files.append(b.filename)
        return b

    def key(self, book, ws, name_coord, year, sid, target, tloc, real, rloc, rule="cell"):
        """record one key row.

        target: V (or None when there is no target cell); tloc its coordinate.
        real: V for rule 'cell'; a list of V for 'period' (sum for FLOW ids, last for LEVEL ids)
        or 'cum' (cumulative s.d. columns: the last reported).
        rloc: coordinate or list of coordinates parallel to real.
        """
        written = ws[name_coord].value
        assert isinstance(written, str) and written.strip(), (ws.title, name_coord, written)
        tk = kv(target)
        if rule in ("period", "cum"):
            # period values: sum for FLOW ids, last reported for LEVEL ids;
            # cumulative "s.d." values: the last reported, whatever the id
            rule = "cum" if rule == "cum" else ("sum" if sid in self.flow else "last")
            keys = [kv(x) for x in real]
            keys = [k for k in keys if k is not None]
            if not keys:
                rk = None
            elif rule == "sum":
                rk = round(sum(keys), 10)
            else:
                rk = keys[-1]
            for x in real:
                if isinstance(x, V) and x.note:
                    self.mistakes.append((year, sid, x.note))
        else:
            rk = kv(real)
            if isinstance(real, V) and real.note:
                self.mistakes.append((year, sid, real.note))
        if isinstance(target, V) and target.note:
            self.mistakes.append((year, sid, target.note))
        self.rows.append({"file": book.filename, "sheet": ws.title, "row": ws[name_coord].row,
                          "year": year, "written": written, "same_as": sid,
                          "target": tk, "realisasi": rk})
        self.locs.append({"name": name_coord, "target": tloc, "realisasi": rloc, "rule": rule})

    def finish(self):
        seen = {}
        for r in self.rows:
            seen.setdefault((r["file"], r["sheet"], r["row"]), []).append(r)
        out = []
        for r, loc in zip(self.rows, self.locs):
            if len(seen[(r["file"], r["sheet"], r["row"])]) > 1:
                rr = {"file": r["file"], "sheet": r["sheet"], "row": r["row"],
                      "col": "".join(ch for ch in loc["name"] if ch.isalpha())}
                rr.update({k: r[k] for k in ("year", "written", "same_as", "target", "realisasi")})
            else:
                rr = dict(r)
            out.append(rr)
        key = {"agency": self.name, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": out}
        os.makedirs(self.dir, exist_ok=True)
        with open(os.path.join(self.dir, "key.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        os.makedirs(CELLS, exist_ok=True)
        with open(os.path.join(CELLS, self.slug + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"locs": self.locs, "flow": sorted(self.flow),
                       "mistakes": self.mistakes}, fh, ensure_ascii=False, indent=1)
        return key


class Book:
    def __init__(self, agency, base, fmt):
        self.agency = agency
        self.base = base
        self.fmt = fmt
        self.filename = base + "." + fmt
        self.wb = openpyxl.Workbook()
        self.wb.remove(self.wb.active)

    def sheet(self, title):
        return self.wb.create_sheet(title)

    def save(self):
        os.makedirs(RAW, exist_ok=True)
        raw = os.path.join(RAW, self.base + ".xlsx")
        self.wb.save(raw)
        os.makedirs(self.agency.dir, exist_ok=True)
        convert(raw, self.fmt, self.agency.dir)


def convert(src, fmt, outdir):
    """save src through LibreOffice as fmt into outdir (own profile, so formulas get cached values)."""
    filt = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}[fmt]
    tmpdir = os.path.join(GEN, "tmp", "conv")
    os.makedirs(tmpdir, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", filt, "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(tmpdir, base + "." + fmt)
    assert os.path.exists(out), out
    shutil.move(out, os.path.join(outdir, base + "." + fmt))


# ----------------------------------------------------------------------------- series helpers
def split_flow(total, weights, integer=True):
    """split a total into parts in proportion to weights (the last part takes the remainder)."""
    s = float(sum(weights))
    parts = []
    acc = 0
    for w in weights[:-1]:
        x = total * w / s
        x = int(round(x)) if integer else round(x, 2)
        parts.append(x)
        acc += x
    last = total - acc
    parts.append(int(round(last)) if integer else round(last, 2))
    return parts
