"""Shared helpers for the blind73 generators.

Every figure written into a workbook goes through a `V` (value) object that carries
  - the raw cell content (number, text or formula),
  - its number format,
  - `parsed`: the figure the key holds for it (percent points for %-formatted fractions,
    Indonesian text parsed, ranges -> lower bound, grades / "-" -> None, typed mistakes AS TYPED,
    formulas -> the value the formula computes).
The key is built from these intended figures, never from reading the files back.
"""
import json
import os
import re
import shutil
import subprocess
from decimal import Decimal, ROUND_HALF_UP

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, column_index_from_string

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # .../blind73
GEN = os.path.join(ROOT, "gen")
RAW = os.path.join(GEN, "raw")
CELLMAP = os.path.join(GEN, "cellmap")
LO_PROFILE = "file:///tmp/lo-blind73"

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
CARD_FILL = PatternFill("solid", fgColor="FFF2CC")


# ----------------------------------------------------------------------------- numbers
def r6(x):
    if x is None:
        return None
    d = Decimal(str(x)).quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def id_num(v, dec=None):
    """Indonesian spelling of a number: 1250 -> '1.250', 85.5 -> '85,5'."""
    d = Decimal(str(v))
    if dec is None:
        s = format(d.normalize(), "f")
        dec = len(s.split(".")[1]) if "." in s else 0
    q = d.quantize(Decimal(1) / (Decimal(10) ** dec), rounding=ROUND_HALF_UP) if dec else d.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    q = abs(q)
    s = format(q, "f")
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = ".".join(groups)
    if fp:
        out += "," + fp
    return sign + out


class V:
    """A cell value with its number format and the figure the key holds for it."""

    def __init__(self, raw, fmt="General", parsed=None, note=None):
        self.raw = raw
        self.fmt = fmt
        self.parsed = parsed
        self.note = note  # planted mistake description (for README)

    def __repr__(self):
        return f"V({self.raw!r}, {self.fmt!r}, parsed={self.parsed!r})"


def N(v, fmt="General", note=None):
    """A plain number."""
    return V(v, fmt, r6(v), note)


def NI(v, note=None):
    """A number with a thousands format."""
    return V(v, "#,##0", r6(v), note)


def ND(v, fmt="#,##0.00", note=None):
    return V(v, fmt, r6(v), note)


def P(pp, fmt="0.0%", note=None):
    """A percentage stored as a fraction in a %-formatted cell; key in percent points."""
    return V(float(Decimal(str(pp)) / 100), fmt, r6(pp), note)


def T(v, unit=None, dec=None, pre="", post="", note=None):
    """A number typed as Indonesian text, e.g. '1.250 orang'."""
    s = pre + id_num(v, dec)
    if unit:
        s += " " + unit
    s += post
    return V(s, "@", r6(v), note)


def TP(v, dec=None, space=True, note=None):
    """'85,5 %' as text."""
    return V(id_num(v, dec) + (" %" if space else "%"), "@", r6(v), note)


def RP(v, style=1, note=None):
    """Money as text."""
    if style == 1:
        s = "Rp " + id_num(v, 0)
    elif style == 2:
        s = "Rp. " + id_num(v, 0) + ",-"
    else:
        s = "Rp" + id_num(v, 0)
    return V(s, "@", r6(v), note)


def RNG(lo, hi, unit=None, sep=" - ", note=None):
    s = id_num(lo) + sep + id_num(hi)
    if unit:
        s += " " + unit
    return V(s, "@", r6(lo), note)


def CMP(sym, v, unit=None, note=None):
    s = sym + " " + id_num(v)
    if unit:
        s += " " + unit
    return V(s, "@", r6(v), note)


def G(grade):
    return V(grade, "@", None)


DASH = V("-", "@", None)


def TXT(s, parsed=None, note=None):
    """Free text with an explicitly given parsed figure."""
    return V(s, "@", parsed, note)


def F(formula, value, fmt="General", note=None):
    """A formula; `value` is what the key holds (percent points if fmt is %)."""
    return V(formula, fmt, r6(value) if value is not None else None, note)


def spec_cell(coord, v):
    return {"rule": "cell", "cells": [coord]}, (v.parsed if isinstance(v, V) else v)


def filled(v):
    if v is None:
        return False
    raw = v.raw if isinstance(v, V) else v
    return not (raw is None or (isinstance(raw, str) and raw.strip() == ""))


def spec_sum(pairs):
    """pairs: [(coord, V|None)] in period order. Sum of the reported periods (None ignored)."""
    vals = [v.parsed for _, v in pairs if filled(v) and v.parsed is not None]
    val = r6(sum(Decimal(str(x)) for x in vals)) if vals else None
    return {"rule": "sum", "cells": [c for c, _ in pairs]}, val


def spec_last(pairs):
    """The last reported period (the last non-empty cell)."""
    last = None
    for _, v in pairs:
        if filled(v):
            last = v
    return {"rule": "last", "cells": [c for c, _ in pairs]}, (last.parsed if last is not None else None)


# ----------------------------------------------------------------------------- writing
def put(ws, coord, v, fmt=None, bold=False, wrap=False, align=None, border=True, fill=None, size=None):
    c = ws[coord]
    if isinstance(v, V):
        c.value = v.raw
        if v.fmt and v.fmt != "@":
            c.number_format = v.fmt
        elif v.fmt == "@":
            c.number_format = "@"
    else:
        c.value = v
    if fmt:
        c.number_format = fmt
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    if wrap or align:
        c.alignment = Alignment(wrap_text=wrap, vertical="center" if wrap else None, horizontal=align)
    if border:
        c.border = BORDER
    if fill:
        c.fill = fill
    return c


def merge(ws, rng, value=None, bold=False, wrap=True, align="center", border=True, fill=None):
    first = rng.split(":")[0]
    if value is not None:
        put(ws, first, value, bold=bold, wrap=wrap, align=align, border=border, fill=fill)
    ws.merge_cells(rng)
    if border:
        for row in ws[rng]:
            for c in row:
                c.border = BORDER


def title(ws, row, text, last_col, bold=True, size=12):
    rng = f"A{row}:{last_col}{row}"
    ws[f"A{row}"] = text
    ws[f"A{row}"].font = Font(bold=bold, size=size)
    ws[f"A{row}"].alignment = Alignment(horizontal="center")
    ws.merge_cells(rng)


def widths(ws, d):
    for k, w in d.items():
        ws.column_dimensions[k].width = w


def col(c):
    return get_column_letter(c) if isinstance(c, int) else c


def cidx(c):
    return column_index_from_string(c) if isinstance(c, str) else c


# ----------------------------------------------------------------------------- agency / key
class Agency:
    def __init__(self, slug, name, years, prefix):
        self.slug = slug
        self.name = name
        self.years = years
        self.prefix = prefix
        self.rows = []     # key rows
        self.cells = []    # cellmap entries (same order)
        self.files = []
        self.ambiguous = []
        self.layouts = {}  # year -> description (for README)
        self.mistakes = []  # (year, id, text)
        self.flow_ids = []
        self.level_ids = []

    def add(self, file, sheet, year, iid, name_coord, written, tspec, rspec, with_col=False):
        m = re.match(r"([A-Z]+)(\d+)$", name_coord)
        colL, row = m.group(1), int(m.group(2))
        r = {"file": file, "sheet": sheet, "row": row}
        if with_col:
            r["col"] = colL
        r.update({"year": year, "written": written, "same_as": iid,
                  "target": tspec[1], "realisasi": rspec[1]})
        self.rows.append(r)
        self.cells.append({"file": file, "sheet": sheet, "row": row, "year": year, "id": iid,
                           "name_cell": name_coord, "target": tspec[0], "realisasi": rspec[0]})

    def mistake(self, year, iid, text):
        self.mistakes.append((year, iid, text))

    def save(self):
        d = os.path.join(ROOT, self.slug)
        os.makedirs(d, exist_ok=True)
        # sanity: one row per id per year
        seen = set()
        for r in self.rows:
            k = (r["same_as"], r["year"])
            assert k not in seen, k
            seen.add(k)
        key = {"agency": self.name, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": self.rows}
        with open(os.path.join(d, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        os.makedirs(CELLMAP, exist_ok=True)
        meta = {"slug": self.slug, "flow_ids": self.flow_ids, "level_ids": self.level_ids,
                "entries": self.cells, "mistakes": self.mistakes, "layouts": self.layouts}
        with open(os.path.join(CELLMAP, self.slug + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)


def lo_convert(src, outdir, ext):
    filt = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}[ext]
    os.makedirs(outdir, exist_ok=True)
    res = subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                          "--convert-to", filt, "--outdir", outdir, src],
                         capture_output=True, text=True, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0] + "." + ext
    out = os.path.join(outdir, base)
    if res.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"conversion failed: {src} -> {ext}\n{res.stdout}\n{res.stderr}")
    return out


def deliver(agency, wb, basename, ext):
    """Save the raw workbook in gen/raw/<slug>/ and convert it through LibreOffice into the agency dir."""
    rawdir = os.path.join(RAW, agency.slug)
    os.makedirs(rawdir, exist_ok=True)
    raw = os.path.join(rawdir, basename + ".xlsx")
    for ws in wb.worksheets:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4 if hasattr(ws, "PAPERSIZE_A4") else 9
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    wb.save(raw)
    outdir = os.path.join(ROOT, agency.slug)
    lo_convert(raw, outdir, ext)
    fname = basename + "." + ext
    if fname not in agency.files:
        agency.files.append(fname)
    return fname


def split_int(total, weights):
    """Split an integer total into parts proportional to weights, summing exactly."""
    s = sum(weights)
    parts = [int(total * w // s) for w in weights]
    rem = total - sum(parts)
    i = 0
    while rem > 0:
        parts[i % len(parts)] += 1
        rem -= 1
        i += 1
    return parts


def split_dec(total, weights, dec=2):
    q = Decimal(1) / (Decimal(10) ** dec)
    s = sum(weights)
    parts = [(Decimal(str(total)) * w / s).quantize(q, rounding=ROUND_HALF_UP) for w in weights[:-1]]
    parts.append(Decimal(str(total)) - sum(parts))
    return [float(p) for p in parts]
