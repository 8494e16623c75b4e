"""Shared helpers for the blind23 generators (openpyxl workbooks, LibreOffice re-save, key output)."""
import json
import os
import random
import shutil
import subprocess
from decimal import Decimal, ROUND_HALF_UP

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = "/tmp/blind23-build"
LO_ENV = "-env:UserInstallation=file:///tmp/lo-blind23"
KAB = "Kabupaten Tanah Lintang"          # invented kabupaten
KAB_UP = "KABUPATEN TANAH LINTANG"
IBUKOTA = "Sungai Lintang"                # invented capital (place in date lines)

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

FMT_INT = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
FMT_DEC = '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)'
FMT_PCT0 = "0%"
FMT_PCT2 = "0.00%"


def r2(x, nd=2):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def col(n):
    return get_column_letter(n)


def put(ws, row, c, value, fmt=None, bold=False, border=True, align=None):
    cell = ws.cell(row=row, column=c, value=value)
    if fmt:
        cell.number_format = fmt
    if bold:
        cell.font = BOLD
    if border:
        cell.border = BORDER
    cell.alignment = align or WRAP
    return cell


def merge(ws, r1, c1, r2_, c2, value=None, bold=False, align=None, border=True):
    if value is not None:
        put(ws, r1, c1, value, bold=bold, align=align or CENTER, border=border)
    if (r1, c1) != (r2_, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)
    if border:
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(rr, cc).border = BORDER


def widths(ws, spec):
    for letter, w in spec.items():
        ws.column_dimensions[letter].width = w


class Key:
    """Collects key rows and, for verify.py, the cells each figure was written to."""

    def __init__(self, agency, slug, years):
        self.agency = agency
        self.slug = slug
        self.years = years
        self.files = []
        self.rows = []
        self.cells = []
        self.ambiguous = []

    def add(self, file, sheet, row, year, written, same_as, target, realisasi,
            name_cell, target_cell, real_cell):
        self.rows.append({"file": file, "sheet": sheet, "row": row, "year": year,
                          "written": written, "same_as": same_as,
                          "target": target, "realisasi": realisasi})
        self.cells.append({"file": file, "sheet": sheet, "row": row,
                           "name_cell": name_cell, "target_cell": target_cell,
                           "real_cell": real_cell})

    def write(self):
        d = os.path.join(ROOT, self.slug)
        os.makedirs(d, exist_ok=True)
        key = {"agency": self.agency, "years": self.years, "files": self.files,
               "rows": self.rows, "ambiguous": self.ambiguous}
        with open(os.path.join(d, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        cm_path = os.path.join(ROOT, "gen", "cellmap.json")
        cm = {}
        if os.path.exists(cm_path):
            with open(cm_path, encoding="utf-8") as f:
                cm = json.load(f)
        cm[self.slug] = self.cells
        with open(cm_path, "w", encoding="utf-8") as f:
            json.dump(cm, f, ensure_ascii=False, indent=1)


def ship(wb, slug, filename):
    """Save wb as xlsx in BUILD, then let LibreOffice write the shipped file (xlsx/xls/ods)."""
    os.makedirs(BUILD, exist_ok=True)
    stem, ext = os.path.splitext(filename)
    tmp = os.path.join(BUILD, stem + ".xlsx")
    wb.save(tmp)
    outdir = os.path.join(ROOT, slug)
    os.makedirs(outdir, exist_ok=True)
    fmt = {".xlsx": "xlsx", ".xls": "xls", ".ods": "ods"}[ext]
    lodir = os.path.join(BUILD, "lo-" + slug)
    os.makedirs(lodir, exist_ok=True)
    subprocess.run(["soffice", "--headless", LO_ENV, "--convert-to", fmt, "--outdir", lodir, tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.move(os.path.join(lodir, stem + "." + fmt), os.path.join(outdir, filename))


def rng(seed):
    return random.Random(seed)
