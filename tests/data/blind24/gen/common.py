"""Shared helpers for the blind24 generators (invented data, Kabupaten Muara Selasih)."""
import json, os, shutil, subprocess, tempfile
from decimal import Decimal, ROUND_HALF_UP
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "gen")
CELLMAP_DIR = os.path.join(GEN, "cellmap")
KAB = "Muara Selasih"
KAB_UP = "MUARA SELASIH"
IBUKOTA = "Selasih"
LO_PROFILE = "file:///tmp/lo-blind24"

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)

FMT_INT = '#,##0'
FMT_2 = '#,##0.00'
FMT_PCT = '0.00%'
FMT_ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'


def r2(x, nd=2):
    """Round half away from zero."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def fmt_id(x, dec=0):
    """Indonesian number text: '.' groups thousands, ',' is the decimal mark."""
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if x < 0 else "") + s


def rupiah(x, style="keg"):
    if style == "prog":
        return f"Rp.{fmt_id(x)} ,-"
    return f"Rp. {fmt_id(x)},-"


def capaian(t, r, neg=False):
    if t in (None, 0) or r is None:
        return None
    if neg:
        return r2((2 * t - r) / t * 100)
    return r2(r / t * 100)


def cl(col, row):
    return f"{get_column_letter(col)}{row}"


def put(ws, row, col, value, fmt=None, bold=False, align=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    c.alignment = align or WRAP
    if border:
        c.border = BORDER
    return c


def merge(ws, r1, c1, r2_, c2, value=None, bold=False, align=None, border=True, fmt=None):
    if value is not None:
        put(ws, r1, c1, value, fmt=fmt, bold=bold, align=align, border=border)
    if border:
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(row=rr, column=cc).border = BORDER
    if (r1, c1) != (r2_, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)


def title(ws, row, text, c1, c2, size=12):
    c = ws.cell(row=row, column=c1, value=text)
    c.font = Font(bold=True, size=size)
    c.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def text(ws, row, col, value, bold=False):
    c = ws.cell(row=row, column=col, value=value)
    if bold:
        c.font = BOLD
    return c


class Recorder:
    """Collects key rows (for key.json) and their cell map (for verify.py)."""

    def __init__(self, agency, years):
        self.agency = agency
        self.years = years
        self.files = []
        self.rows = []
        self.cells = []
        self.ambiguous = []

    def add(self, file, sheet, row, year, written, same_as, target, realisasi,
            name_cell, tspec, rspec):
        self.rows.append({"file": file, "sheet": sheet, "row": row, "year": year,
                          "written": written, "same_as": same_as,
                          "target": target, "realisasi": realisasi})
        self.cells.append({"file": file, "sheet": sheet, "row": row, "same_as": same_as,
                           "year": year, "name_cell": name_cell,
                           "target": tspec, "realisasi": rspec})

    def write(self, folder, tag):
        os.makedirs(folder, exist_ok=True)
        key = {"agency": self.agency, "years": self.years, "files": self.files,
               "rows": self.rows, "ambiguous": self.ambiguous}
        with open(os.path.join(folder, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        os.makedirs(CELLMAP_DIR, exist_ok=True)
        with open(os.path.join(CELLMAP_DIR, f"{tag}.json"), "w", encoding="utf-8") as f:
            json.dump({"folder": os.path.basename(folder), "cells": self.cells}, f,
                      ensure_ascii=False, indent=1)


def spec(cells, op="one", parse="auto"):
    """A target/realisasi cell spec: op one|sum|last|null."""
    if isinstance(cells, str):
        cells = [cells]
    return {"cells": cells, "op": op}


def lo_convert(src, outdir, fmt):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(outdir, base + "." + fmt)
    if not os.path.exists(out):
        raise RuntimeError(f"LibreOffice did not produce {out}")
    return out


def ship(wb, raw_name, folder, final_name):
    """Save an openpyxl workbook as raw xlsx, then have LibreOffice write the shipped
    file (xlsx re-saved so formulas carry cached values, or xls / ods)."""
    os.makedirs(folder, exist_ok=True)
    fmt = final_name.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp(prefix="b24conv")
    try:
        raw = os.path.join(tmp, "raw", raw_name)      # openpyxl output, no cached values
        os.makedirs(os.path.dirname(raw))
        wb.save(raw)
        out = lo_convert(raw, os.path.join(tmp, "out"), fmt)
        shutil.move(out, os.path.join(folder, final_name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
