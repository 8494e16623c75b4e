"""Shared helpers for the blind25 generators (invented Kota Tanjung Rembulan).

Every generator writes a raw .xlsx with openpyxl into gen/_build/, then LibreOffice
re-saves it (xlsx, xls or ods) into the agency folder so that formulas carry cached
values.  Each key row is recorded together with a *cell spec* telling verify.py where
the target and the realisasi of that row live (gen/cellmap_<agency>.json).
"""
import json
import os
import shutil
import subprocess
import random

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "gen")
BUILD = os.path.join(GEN, "_build")
LO_PROFILE = "file:///tmp/lo-blind25"

KOTA = "Kota Tanjung Rembulan"
KOTA_UP = "KOTA TANJUNG REMBULAN"

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

FMT_INT = '#,##0'
FMT_ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
FMT_2 = '#,##0.00'
FMT_PCT2 = '0.00%'
FMT_PCT0 = '0%'


def col(c):
    return get_column_letter(c) if isinstance(c, int) else c


def ref(r, c):
    return f"{col(c)}{r}"


def put(ws, r, c, v, bold=False, fmt=None, wrap=True, h=None, v_al="center",
        border=True, size=None, italic=False):
    cell = ws.cell(row=r, column=c)
    cell.value = v
    cell.font = Font(name="Arial", size=size or 9, bold=bold, italic=italic)
    cell.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v_al)
    if fmt:
        cell.number_format = fmt
    if border:
        cell.border = BORDER
    return cell


def text(ws, r, c, v, bold=False, size=None, h=None, italic=False):
    """Free text outside the table (no border, no wrap)."""
    return put(ws, r, c, v, bold=bold, wrap=False, h=h, border=False, size=size, italic=italic)


def merge(ws, r1, c1, r2, c2, v=None, bold=False, h="center", wrap=True, border=True,
          size=None, fmt=None):
    if v is not None:
        put(ws, r1, c1, v, bold=bold, h=h, wrap=wrap, border=border, size=size, fmt=fmt)
    if border:
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(row=rr, column=cc).border = BORDER
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def widths(ws, spec):
    for k, w in spec.items():
        ws.column_dimensions[k].width = w


def rupiah(n):
    s = f"{int(round(n)):,}".replace(",", ".")
    return f"Rp. {s}"


def id_num(x, dec=None):
    """Indonesian style number text: 1.234,5"""
    if dec is None:
        dec = 0 if float(x) == int(x) else (1 if round(x, 1) == x else 2)
    s = f"{x:,.{dec}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def signature(ws, r, c, place_date, jabatan, name, rank, nip, span=3):
    """Signature block: place/date, jabatan lines, blank lines, name, rank, NIP."""
    lines = [place_date] + list(jabatan)
    for i, line in enumerate(lines):
        text(ws, r + i, c, line, h="center", bold=(i > 0 and i == len(lines) - 1 and False))
    rr = r + len(lines) + 3
    text(ws, rr, c, name, bold=True, h="center")
    text(ws, rr + 1, c, rank, h="center")
    text(ws, rr + 2, c, nip, h="center")
    return rr + 2


def split_int(total, weights):
    """Split an integer total over weights (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rem = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i] - base[i]))
    for i in order[:rem]:
        base[i] += 1
    return base


def split_dec(total, weights, nd=2):
    """Split a decimal total into parts rounded to nd decimals that add up exactly."""
    s = sum(weights)
    cum = 0.0
    parts = []
    acc = 0.0
    for w in weights[:-1]:
        acc += w
        c = round(total * acc / s, nd)
        parts.append(round(c - cum, nd))
        cum = c
    parts.append(round(total - cum, nd))
    return parts


def cum_series(total, fracs, nd=2):
    return [round(total * f, nd) for f in fracs[:-1]] + [total]


def clean(x):
    if x is None:
        return None
    if isinstance(x, float) and abs(x - round(x)) < 1e-9:
        return int(round(x))
    return x


class Keys:
    """Collects key rows and the cell specs verify.py needs."""

    def __init__(self, agency, short, years, folder):
        self.agency = agency
        self.short = short
        self.years = years
        self.folder = folder
        self.files = []
        self.rows = []
        self.cells = []
        self.ambiguous = []
        self.lookalikes = []

    def add(self, file, sheet, row, year, written, sid, target, real, tspec, rspec):
        self.rows.append({"file": file, "sheet": sheet, "row": row, "year": year,
                          "written": written, "same_as": sid,
                          "target": clean(target), "realisasi": clean(real)})
        self.cells.append({"file": file, "sheet": sheet, "row": row, "same_as": sid,
                           "name_cell": None, "target": tspec, "realisasi": rspec})

    def name_col(self, c):
        self.cells[-1]["name_cell"] = ref(self.rows[-1]["row"], c)

    def write(self):
        key = {"agency": self.agency, "years": self.years, "files": self.files,
               "rows": self.rows, "ambiguous": self.ambiguous}
        with open(os.path.join(ROOT, self.folder, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(GEN, f"cellmap_{self.short}.json"), "w", encoding="utf-8") as f:
            json.dump({"folder": self.folder, "cells": self.cells,
                       "lookalikes": self.lookalikes}, f, ensure_ascii=False, indent=1)
            f.write("\n")


def C(r, c):
    return {"op": "cell", "ref": ref(r, c)}


def S(r, cols):
    return {"op": "sum", "refs": [ref(r, c) for c in cols]}


def soffice_convert(src, outdir, fmt):
    os.makedirs(outdir, exist_ok=True)
    filt = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}[fmt]
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", filt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
    if not os.path.exists(out):
        raise RuntimeError(f"LibreOffice did not produce {out}")
    return out


def ship(wb, keys, final_name):
    """Save the raw workbook, re-save it through LibreOffice into the agency folder."""
    stem, ext = os.path.splitext(final_name)
    fmt = ext[1:]
    os.makedirs(BUILD, exist_ok=True)
    raw = os.path.join(BUILD, stem + ".xlsx")
    wb.save(raw)
    tmpdir = os.path.join(BUILD, "lo_" + keys.short)
    out = soffice_convert(raw, tmpdir, fmt)
    dest = os.path.join(ROOT, keys.folder, final_name)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    shutil.move(out, dest)
    keys.files.append(final_name)
    return dest


def rng(seed):
    return random.Random(seed)
