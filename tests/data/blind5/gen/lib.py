"""Helpers for the blind5 generator: exact capaian arithmetic, Indonesian number text, cell writing."""
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.utils import get_column_letter as L

Q2 = D("0.01")


def r2(x):
    return x.quantize(Q2, ROUND_HALF_UP)


def r0(x):
    return x.quantize(D("1"), ROUND_HALF_UP)


def tr2(x):
    return x.quantize(Q2, ROUND_DOWN)


GRADES = ["D", "C", "CC", "B", "BB", "A", "AA"]


def capaian(t, r, pol="positive", neg=None, cap=False):
    """exact capaian (Decimal) or None when undefined"""
    if t in GRADES:
        return D(100) if GRADES.index(r) >= GRADES.index(t) else None
    if r == "-":
        r = "0"
    t, r = D(t), D(r)
    if t == 0:
        return None
    if pol == "negative":
        if neg == "2t-r":
            v = (2 * t - r) / t * 100
        elif neg == "t/r":
            v = t / r * 100
        elif neg == "t-r":
            v = (t - r) / t * 100
        else:
            raise ValueError(neg)
    else:
        v = r / t * 100
    if cap and v > 100:
        v = D(100)
    return v


def plain(x):
    """plain decimal string: no grouping, '.' decimal mark, trailing zeros kept as given"""
    if isinstance(x, D):
        s = format(x, "f")
        return s
    return str(x)


def id_num(x, dec=None):
    """Indonesian text: '.' groups thousands, ',' decimal mark"""
    x = D(x)
    if dec is None:
        dec = 0 if x == x.to_integral_value() else 2
    q = x.quantize(D(1).scaleb(-dec), ROUND_HALF_UP) if dec else x.quantize(D(1), ROUND_HALF_UP)
    s = f"{q:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def en2(x):
    return f"{D(x):.2f}"


def num(x):
    """Decimal -> int or float for a cell"""
    x = D(x)
    return int(x) if x == x.to_integral_value() else float(x)


def numfmt(x):
    x = D(x)
    if x == x.to_integral_value():
        return "#,##0" if abs(x) >= 1000 else "0"
    return "0.00"


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, r1, c1, r2_, c2):
    for r in range(r1, r2_ + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


def put(ws, row, col, value, fmt=None, bold=False, align=None):
    c = ws.cell(row, col)
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = Font(bold=True)
    if align is not None:
        c.alignment = align
    return c


def title(ws, row, text, ncols, bold=True):
    put(ws, row, 1, text, bold=bold, align=Alignment(horizontal="center"))
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
