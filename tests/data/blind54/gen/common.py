"""Shared helpers for the blind54 generators.

Workbooks are written with openpyxl into gen/raw/<slug>/<name>.xlsx and then saved through
LibreOffice headless (build.py) into the delivered format (.xlsx / .xls / .ods) so that every
formula carries a cached value.  While writing, a generator registers each key row with a
cellmap entry (which cells hold the target / realisasi and how they combine); verify.py re-reads
the delivered files and parses those cells on its own.
"""
import os
from decimal import Decimal, ROUND_HALF_UP
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter, column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# ----------------------------------------------------------------- values
class V:
    """raw: what goes into the cell; key: what the key says; fmt: number format."""

    def __init__(self, raw, key, fmt=None):
        self.raw, self.key, self.fmt = raw, key, fmt


def _auto_fmt(x):
    if isinstance(x, int) or float(x).is_integer():
        return "#,##0" if abs(x) >= 1000 else "0"
    s = repr(float(x))
    dec = len(s.split(".")[1]) if "." in s else 0
    return "#,##0." + "0" * min(dec, 2) if abs(x) >= 1000 else "0." + "0" * min(max(dec, 1), 2)


def N(x, fmt=None):
    """A plain number (General / #,##0 ...)."""
    if isinstance(x, float) and x.is_integer() and (fmt is None):
        x = int(x)
    return V(x, x, fmt or _auto_fmt(x))


def P(x, fmt="0.00%"):
    """A percentage kept as a fraction in a %-formatted cell; the key is in percent points."""
    return V(float(Decimal(str(x)) / 100), x, fmt)


def T(text, key):
    """Typed text; key = what a careful reader takes from it (None for grades / '-')."""
    return V(text, key, "@")


def DASH():
    return V("-", None, None)


def G(grade):
    return V(grade, None, None)


def FM(formula, key, fmt=None):
    """A formula whose (cached) value the generator knows."""
    return V(formula, key, fmt)


def BLANK():
    return V(None, None, None)


# ---------------------------------------------------------- number text
def _q(x, dec):
    d = Decimal(str(x)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    return d


def fmt_num(x, dec=None, th=".", dp=","):
    """Format a number: th = thousands separator, dp = decimal mark."""
    if dec is None:
        s = repr(float(x))
        dec = 0 if float(x).is_integer() else len(s.split(".")[1])
    d = _q(x, dec)
    neg = d < 0
    d = abs(d)
    ip, _, fp = f"{d:.{dec}f}".partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    s = th.join(groups)
    if dec:
        s += dp + fp
    return ("-" if neg else "") + s


def idn(x, dec=None):
    return fmt_num(x, dec, ".", ",")


def spc(x, dec=None):
    return fmt_num(x, dec, " ", ",")


def apo(x, dec=None):
    return fmt_num(x, dec, "'", ",")


def rnd(x, dec):
    v = float(_q(x, dec))
    return int(v) if dec == 0 else v


# ------------------------------------------------------------ series
def split_flow(total, dec, weights):
    """Split total into len(weights) parts rounded to dec decimals that add up exactly."""
    u = 10 ** dec
    tot = int(_q(total * u, 0))
    sw = float(sum(weights))
    parts = [int(_q(tot * w / sw, 0)) for w in weights[:-1]]
    parts.append(tot - sum(parts))
    return [p if dec == 0 else p / u for p in parts]


def level_series(final, dec, n, start=0.9):
    out = []
    for i in range(n):
        f = start + (1 - start) * i / (n - 1)
        out.append(rnd(final * f, dec))
    out[-1] = rnd(final, dec)
    return out


# ------------------------------------------------------------ writing
def put(ws, coord, v, bold=False, wrap=False, align=None, border=True, italic=False, size=None,
        valign="center"):
    """Write a V (or a plain python value) into coord with a light style; return the V."""
    if not isinstance(v, V):
        v = V(v, None, None)
    c = ws[coord]
    c.value = v.raw
    if v.fmt and v.fmt != "@":
        c.number_format = v.fmt
    elif v.fmt == "@":
        c.number_format = "@"
    if bold or italic or size:
        c.font = Font(bold=bold, italic=italic, size=size or 11)
    h = align
    if h is None:
        h = "left" if isinstance(v.raw, str) and not str(v.raw).startswith("=") and len(str(v.raw)) > 6 else "center"
    c.alignment = Alignment(horizontal=h, vertical=valign, wrap_text=wrap)
    if border:
        c.border = BORDER
    return v


def merge(ws, rng, value, bold=False, wrap=True, align="center", border=True, size=None, italic=False):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, value, bold=bold, wrap=wrap, align=align, border=border, size=size, italic=italic)
    if border:
        for row in ws[rng]:
            for c in row:
                c.border = BORDER
    return first


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def title(ws, row, text, ncols, bold=True, size=12, first_col="A"):
    c0 = column_index_from_string(first_col)
    rng = f"{get_column_letter(c0)}{row}:{get_column_letter(c0 + ncols - 1)}{row}"
    merge(ws, rng, text, bold=bold, border=False, size=size, wrap=False)


def col(c):
    return get_column_letter(c) if isinstance(c, int) else c


def cidx(c):
    return column_index_from_string(c) if isinstance(c, str) else c


# ------------------------------------------------------------ key recorder
def one(cell):
    return {"rule": "one", "cells": [cell]}


def ssum(cells):
    return {"rule": "sum", "cells": list(cells)}


def last(cells):
    return {"rule": "last", "cells": list(cells)}


def none():
    return {"rule": "none", "cells": []}


def agg_key(vs, how):
    vals = [v.key for v in vs if v is not None and v.key is not None]
    if not vals:
        return None
    if how == "sum":
        s = sum(Decimal(str(x)) for x in vals)
        return int(s) if s == s.to_integral_value() else float(s)
    return vals[-1]


class Agency:
    def __init__(self, slug, agency, years):
        self.slug, self.agency, self.years = slug, agency, years
        self.files = []       # delivered file names in order
        self.raw = {}         # delivered name -> raw xlsx path
        self.rows = []
        self.cellmap = []
        self.notes = {}       # file -> list of (sheet, row, text)
        self.docs = {}        # file -> list of (sheet, text)
        self.ambiguous = []
        self.flows = []
        self.lookalikes = []

    def file(self, name):
        self.files.append(name)
        base = os.path.splitext(name)[0]
        d = os.path.join(HERE, "raw", self.slug)
        os.makedirs(d, exist_ok=True)
        self.raw[name] = os.path.join(d, base + ".xlsx")
        self.notes.setdefault(name, [])
        self.docs.setdefault(name, [])
        return self.raw[name]

    def note(self, file, sheet, row, text):
        self.notes[file].append((sheet, row, text))

    def doc(self, file, sheet, text):
        self.docs[file].append((sheet, text))

    def key(self, file, sheet, name_coord, year, sid, written, tkey, rkey, tspec, rspec, with_col=False):
        from openpyxl.utils.cell import coordinate_from_string
        letter, row = coordinate_from_string(name_coord)
        r = {"file": file, "sheet": sheet, "row": row}
        if with_col:
            r["col"] = letter
        r.update({"year": year, "written": written, "same_as": sid, "target": tkey, "realisasi": rkey})
        self.rows.append(r)
        self.cellmap.append({"file": file, "sheet": sheet, "row": row, "col": letter if with_col else None,
                             "name": name_coord, "target": tspec, "realisasi": rspec})
        return r


def split_rp(total, weights, unit=10_000):
    """Split a rupiah total into parts rounded to `unit` rupiah that add up exactly."""
    return [int(p) * unit for p in split_flow(int(round(total / unit)), 0, weights)]
