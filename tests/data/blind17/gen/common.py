"""Shared helpers for the blind17 generator (builder, exact decimals, formats)."""
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN
import re

import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter, column_index_from_string

KAB = "Kabupaten Sumbawa Barat"
YEAR = 2024

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)


def d(x):
    return x if isinstance(x, D) else D(str(x))


def q(x, n=2):
    return d(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def trunc(x, n=2):
    return d(x).quantize(D(1).scaleb(-n), rounding=ROUND_DOWN)


def sd(x):
    """plain decimal string, no trailing zeros"""
    if x is None:
        return None
    s = format(d(x), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def s2(x):
    return format(q(x), "f")


def pos(t, r):
    return d(r) / d(t) * 100


def neg2(t, r):
    return (2 * d(t) - d(r)) / d(t) * 100


def negtr(t, r):
    return d(t) / d(r) * 100


def cat(x):
    x = q(x)
    if x >= 91:
        return "Sangat Tinggi"
    if x >= 76:
        return "Tinggi"
    if x >= 66:
        return "Sedang"
    if x >= 51:
        return "Rendah"
    return "Sangat Rendah"


def idn(x, dec=0):
    """Indonesian number text: 1.234,5"""
    x = q(x, dec)
    s = format(x, "f")
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = ".".join(groups)
    if fp:
        out += "," + fp
    return ("-" if neg else "") + out


# expression builders (evaluated by check.py against cell values on the same sheet)
def E_pos(rc, tc):
    return f"V('{rc}')/V('{tc}')*100"


def E_neg2(tc, rc):
    return f"(2*V('{tc}')-V('{rc}'))/V('{tc}')*100"


def E_negtr(tc, rc):
    return f"V('{tc}')/V('{rc}')*100"


def E_sum(cells):
    return "+".join(f"V('{c}')" for c in cells)


def rownum(cell):
    return int(re.sub(r"[^0-9]", "", cell))


class FB:
    """One output file: workbook + key + machine-checkable manifest."""

    def __init__(self, name, ext, agency, form, verdict, formulas=False):
        self.name, self.ext, self.agency, self.form = name, ext, agency, form
        self.verdict = verdict
        self.formulas = formulas
        self.wb = openpyxl.Workbook()
        self.wb.remove(self.wb.active)
        self.mistakes, self.traps, self.clean_rows, self.indicators = [], [], [], []
        self.checks, self.indcells, self.hidden = [], [], []
        self.layout = ""
        self.short = ""

    @property
    def fname(self):
        return f"{self.name}.{self.ext}"

    def ws(self, title):
        return self.wb.create_sheet(title)

    # --- writing helpers
    def w(self, ws, cell, value, fmt=None, bold=False, box=False, align=None):
        c = ws[cell]
        c.value = value
        if fmt:
            c.number_format = fmt
        if bold:
            c.font = BOLD
        if box:
            c.border = BOX
        if align is not None:
            c.alignment = align
        return c

    def hdr(self, ws, cell, value, merge_to=None):
        if merge_to:
            ws.merge_cells(f"{cell}:{merge_to}")
        self.w(ws, cell, value, bold=True, box=True, align=CENTER)

    def widths(self, ws, spec):
        for col, wdt in spec.items():
            ws.column_dimensions[col].width = wdt

    # --- key helpers
    def ind(self, ws, row, name, tcell, rcell, t, r, note=""):
        self.indicators.append(dict(sheet=ws.title, row=row, name=name,
                                    target=sd(t) if t is not None else None,
                                    realisasi=sd(r) if r is not None else None, note=note))
        self.indcells.append(dict(sheet=ws.title, row=row, tcell=tcell, rcell=rcell,
                                  t=sd(t) if t is not None else None,
                                  r=sd(r) if r is not None else None))

    def chk(self, ws, cell, expr, role="ok", correct=None, mode="num"):
        self.checks.append(dict(sheet=ws.title, cell=cell, expr=expr, role=role,
                                correct=correct, mode=mode))

    def mistake(self, ws, cell, kind, correct, note, expr, mode="num"):
        self.mistakes.append(dict(sheet=ws.title, row=rownum(cell), cell=cell, kind=kind,
                                  correct=correct, note=note))
        self.chk(ws, cell, expr, "mistake", correct, mode)

    def trap(self, ws, cell, kind, note, expr=None, mode="num"):
        self.traps.append(dict(sheet=ws.title, row=rownum(cell), cell=cell, kind=kind, note=note))
        if expr is not None:
            self.chk(ws, cell, expr, "ok", None, mode)

    def clean(self, ws, row):
        self.clean_rows.append(dict(sheet=ws.title, row=row))

    def hide_col(self, ws, col):
        ws.column_dimensions[col].hidden = True
        self.hidden.append(dict(sheet=ws.title, col=col))

    def hide_row(self, ws, row):
        ws.row_dimensions[row].hidden = True
        self.hidden.append(dict(sheet=ws.title, row=row))

    def key(self):
        return {"file": self.fname, "verdict_any_of": self.verdict, "layout": self.layout,
                "mistakes": self.mistakes, "traps": self.traps, "clean_rows": self.clean_rows,
                "indicators": self.indicators}

    def manifest(self):
        return {"file": self.fname, "checks": self.checks, "indcells": self.indcells,
                "hidden": self.hidden}
