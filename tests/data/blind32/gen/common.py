"""Shared helpers for the blind32 generators."""
import json, os
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(ROOT, "gen", "raw")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
PCT = "0.00%"


class P:
    """A percentage stored as a fraction in a 0.00% cell; key value in percent points."""
    def __init__(self, frac, key):
        self.frac, self.key = frac, key


class T:
    """A typed text value and what a careful reader understands (None for grades/-/N/A)."""
    def __init__(self, text, key):
        self.text, self.key = text, key


def cell_and_key(x):
    """-> (value to write, number format or None, key value)"""
    if isinstance(x, P):
        return x.frac, PCT, x.key
    if isinstance(x, T):
        return x.text, None, x.key
    if isinstance(x, str):      # '-', 'N/A', grades
        return x, None, None
    if x is None:
        return None, None, None
    return x, None, x


def put(ws, coord, value, fmt=None, bold=False, wrap=False, border=True, align=None):
    c = ws[coord]
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = Font(bold=True)
    if wrap or align:
        c.alignment = Alignment(wrap_text=wrap, horizontal=align, vertical="center")
    if border:
        c.border = BOX
    return c


def putv(ws, coord, x, default_fmt=None):
    v, fmt, key = cell_and_key(x)
    put(ws, coord, v, fmt or (default_fmt if isinstance(v, (int, float)) else None))
    return key


def merge(ws, rng, value=None, bold=True, wrap=True):
    first = rng.split(":")[0]
    if value is not None:
        put(ws, first, value, bold=bold, wrap=wrap, align="center")
    ws.merge_cells(rng)


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v


class Key:
    def __init__(self, agency, folder, years):
        self.agency, self.folder, self.years = agency, folder, years
        self.files, self.rows, self.spec, self.ambiguous = [], [], [], []

    def add(self, file, sheet, name_cell, year, written, sid, target, realisasi, tspec, rspec):
        row = int("".join(ch for ch in name_cell if ch.isdigit()))
        self.rows.append(dict(file=file, sheet=sheet, row=row, year=year, written=written,
                              same_as=sid, target=target, realisasi=realisasi))
        self.spec.append(dict(file=file, sheet=sheet, row=row, name_cell=name_cell, year=year,
                              same_as=sid, t=tspec, r=rspec))

    def save(self, convert_plan):
        out = os.path.join(ROOT, self.folder)
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "key.json"), "w") as f:
            json.dump(dict(agency=self.agency, years=self.years, files=self.files,
                           ambiguous=self.ambiguous, rows=self.rows), f, ensure_ascii=False, indent=1)
        with open(os.path.join(RAW, self.folder + "_spec.json"), "w") as f:
            json.dump(dict(folder=self.folder, convert=convert_plan, spec=self.spec), f,
                      ensure_ascii=False, indent=1)


def signature(ws, row, col, place_date, title, name, rank, nip):
    for i, t in enumerate([place_date, title, "", "", name, rank, "NIP. " + nip]):
        if t:
            put(ws, f"{col}{row + i}", t, border=False, bold=(i == 4))
