"""Shared helpers for the blind68 generators.

Every generator writes raw .xlsx workbooks with openpyxl into gen/raw/<slug>/,
records the key rows (with the figures the generator INTENDS, never read back
from a file) and a cell map that verify.py uses to re-read the delivered files.
The raw workbooks are then saved through LibreOffice (its own profile) into the
agency folder as .xlsx / .xls / .ods so that formulas carry cached values.
"""
import json
import os
import re
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, column_index_from_string

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
RAW = os.path.join(GEN, "raw")
CELLMAP = os.path.join(GEN, "cellmap")
LO_PROFILE = "file:///tmp/lo-blind68"

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
ITAL = Font(italic=True, size=9)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEADFILL = PatternFill("solid", fgColor="D9E1F2")
GREYFILL = PatternFill("solid", fgColor="EDEDED")
CARDFILL = PatternFill("solid", fgColor="FCE4D6")


# ----------------------------------------------------------------- numbers
def fmt_id(x, dec=None):
    """Indonesian text for a number: '.' groups thousands, ',' decimals."""
    neg = x < 0
    x = abs(x)
    if dec is None:
        if float(x) == int(x):
            dec = 0
        else:
            s = repr(float(x))
            dec = len(s.split(".")[1]) if "." in s else 0
            dec = min(dec, 4)
    s = f"{x:,.{dec}f}"  # 1,234.5
    s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    return ("-" if neg else "") + s


# ----------------------------------------------------------------- cell specs
class V:
    """A cell as the clerk typed it, and its value under the key conventions."""

    def __init__(self, kind, value, key, fmt=None):
        self.kind = kind      # 'n' number, 't' text, 'f' formula, 'e' empty
        self.value = value    # what goes into the cell
        self.key = key        # value under the key conventions (None = null)
        self.fmt = fmt


def N(v, fmt=None):
    return V("n", v, v, fmt)


def P(v, fmt="0.00%"):
    """percent points v stored as a fraction in a %-formatted cell"""
    return V("n", round(v / 100.0, 10), v, fmt)


def T(s, key):
    return V("t", s, key)


def DASH():
    return V("t", "-", None)


def GR(s):
    return V("t", s, None)


def F(formula, cached, fmt=None):
    """formula whose cached value (as the spreadsheet computes it) is `cached`"""
    if cached is None:
        key = None
    elif isinstance(cached, str):
        key = parse_id(cached)
    else:
        key = cached * 100 if (fmt and "%" in fmt) else cached
    return V("f", formula, key, fmt)


def E():
    return V("e", None, None)


# same parser as verify.py; used here only as a self-check of the text specs
_GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}


def parse_id(s):
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return s
    t = str(s).strip()
    if t in ("", "-", "--", "—", "–", "N/A", "n/a", "NA", "#N/A"):
        return None
    if t.upper() in _GRADES:
        return None
    t = t.replace("*)", "").replace("**", "").replace("*", "")
    t = re.sub(r"Rp\.?", "", t)
    t = t.replace(",-", "")
    t = t.replace("≥", "").replace("≤", "").replace(">=", "").replace("<=", "")
    t = t.replace(">", "").replace("<", "")
    m = re.search(r"\d[\d.]*(,\d+)?", t)
    if not m:
        return None
    num = m.group(0)
    num = num.replace(".", "").replace(",", ".")
    v = float(num)
    return int(v) if v == int(v) and "." not in num else v


def rule_value(specs, rule):
    keys = [s.key for s in specs]
    if rule == "single":
        return keys[0]
    nums = [k for k in keys if k is not None]
    if not nums:
        return None
    if rule == "sum":
        tot = 0
        for k in nums:
            tot += k
        return tot
    if rule == "last":
        return nums[-1]
    raise ValueError(rule)


def clean(v):
    if v is None:
        return None
    if isinstance(v, float):
        v = round(v, 6)
        if v == int(v):
            return int(v)
    return v


# ----------------------------------------------------------------- writing
def put(ws, coord, spec, border=True, align=None, font=None, fill=None):
    c = ws[coord]
    if isinstance(spec, V):
        if spec.kind in ("n", "t", "f"):
            c.value = spec.value
        if spec.fmt:
            c.number_format = spec.fmt
        if spec.kind == "t" and spec.key is not None:
            got = parse_id(spec.value)
            assert abs(got - spec.key) < 1e-9, (coord, spec.value, got, spec.key)
    else:
        c.value = spec
    if border:
        c.border = BORDER
    if align is not None:
        c.alignment = align
    if font is not None:
        c.font = font
    if fill is not None:
        c.fill = fill
    return c


def box(ws, rng):
    """border every cell of a range (merged cells need it for printing)"""
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def merge(ws, rng, value=None, align=CENTER, font=None, fill=None, border=True):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    if value is not None:
        ws[first].value = value
    if align is not None:
        ws[first].alignment = align
    if font is not None:
        ws[first].font = font
    if fill is not None:
        ws[first].fill = fill
    if border:
        box(ws, rng)
    return ws[first]


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v


def col(n):
    return get_column_letter(n)


def colnum(s):
    return column_index_from_string(s)


# ----------------------------------------------------------------- key book
class KeyBook:
    def __init__(self, slug, agency, years, ambiguous, flow_ids):
        self.slug = slug
        self.agency = agency
        self.years = years
        self.ambiguous = ambiguous
        self.flow_ids = flow_ids
        self.rows = []
        self.cells = []
        self.files = []
        self.jobs = []  # (raw path, format, final file name)
        self.seen = set()

    def add(self, file, ws, name_coord, year, iid, tcells, rcells, rrule,
            usecol=False, note=None):
        """tcells: [(coord, spec)] (single); rcells: [(coord, spec)] + rule"""
        key = (iid, year)
        assert key not in self.seen, key
        self.seen.add(key)
        m = re.match(r"([A-Z]+)(\d+)", name_coord)
        row = int(m.group(2))
        written = ws[name_coord].value
        assert isinstance(written, str) and written, (name_coord, written)
        target = clean(rule_value([s for _, s in tcells], "single"))
        real = clean(rule_value([s for _, s in rcells], rrule))
        kr = {"file": file, "sheet": ws.title, "row": row}
        if usecol:
            kr["col"] = m.group(1)
        kr.update({"year": year, "written": written, "same_as": iid,
                   "target": target, "realisasi": real})
        self.rows.append(kr)
        self.cells.append({"file": file, "sheet": ws.title, "name": name_coord,
                           "id": iid, "year": year,
                           "target": {"rule": "single", "cells": [c for c, _ in tcells]},
                           "realisasi": {"rule": rrule, "cells": [c for c, _ in rcells]},
                           "note": note})

    def save_raw(self, wb, final_name):
        base, ext = os.path.splitext(final_name)
        d = os.path.join(RAW, self.slug)
        os.makedirs(d, exist_ok=True)
        p = os.path.join(d, base + ".xlsx")
        wb.save(p)
        self.files.append(final_name)
        self.jobs.append((p, ext.lstrip("."), final_name))

    def finish(self):
        out = os.path.join(ROOT, self.slug)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(out)
        for p, fmt, final in self.jobs:
            convert(p, fmt, out)
            assert os.path.exists(os.path.join(out, final)), final
        key = {"agency": self.agency, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": self.rows}
        with open(os.path.join(out, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        os.makedirs(CELLMAP, exist_ok=True)
        with open(os.path.join(CELLMAP, self.slug + ".json"), "w", encoding="utf-8") as f:
            json.dump({"flow_ids": self.flow_ids, "cells": self.cells}, f,
                      ensure_ascii=False, indent=1)
        print(self.slug, len(self.rows), "key rows,", len(self.files), "files")


FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}


def convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
           "--convert-to", FILTERS[fmt], "--outdir", outdir, src]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(r.stderr)


# ----------------------------------------------------------------- splitting
def split(total, weights, dec=0):
    """split total into parts proportional to weights, rounded to dec decimals,
    the last part absorbing the remainder (so the parts add up exactly)"""
    sw = sum(weights)
    parts = []
    acc = 0
    for w in weights[:-1]:
        p = round(total * w / sw, dec)
        if dec == 0:
            p = int(p)
        parts.append(p)
        acc += p
    last = round(total - acc, dec)
    if dec == 0:
        last = int(last)
    parts.append(last)
    return parts


def signature(ws, row, colL, place_date, jabatan_lines, name, pangkat, nip, width=3):
    """signature block starting at row in column colL; returns next free row"""
    ws[f"{colL}{row}"] = place_date
    r = row + 1
    for j in jabatan_lines:
        ws[f"{colL}{r}"] = j
        r += 1
    r += 3
    ws[f"{colL}{r}"] = name
    ws[f"{colL}{r}"].font = Font(bold=True, underline="single")
    r += 1
    if pangkat:
        ws[f"{colL}{r}"] = pangkat
        r += 1
    ws[f"{colL}{r}"] = nip
    return r + 1


def jitter(n, seed, spread=0.18, base=None):
    """n deterministic pseudo-random weights around 1 (or around base[i])"""
    import random
    rnd = random.Random(seed)
    base = base or [1] * n
    return [b * (1 + rnd.uniform(-spread, spread)) for b in base]
