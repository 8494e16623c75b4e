"""Shared helpers for the blind28 generators (Kabupaten Muara Rinjang, invented)."""
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter as L

KAB = "KABUPATEN MUARA RINJANG"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)


def idn(x, dec=None):
    """Indonesian rendering: '.' groups thousands, ',' decimal mark."""
    if dec is None:
        dec = 0 if float(x) == int(x) else len(repr(float(x)).split(".")[1])
    s = f"{x:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def put(ws, row, col, v, style="n", unit=""):
    """Write a figure. Returns the value a reader understands (None for grade / '-' / N/A).
    style: n = number, p = fraction with % format, t = Indonesian text + unit,
           s = literal string (grade, '-', 'N/A', text the caller built)."""
    c = ws.cell(row=row, column=col)
    if isinstance(v, str):
        c.value = v
        c.alignment = CENTER
        return None
    if style == "n":
        c.value = v
        c.number_format = "#,##0" if float(v) == int(v) else "#,##0.00"
    elif style == "p":
        c.value = round(v / 100.0, 6)
        c.number_format = "0.00%"
    elif style == "t":
        c.value = idn(v) + (" " + unit if unit else "")
    c.alignment = CENTER
    return float(v)


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BOX


def hdr(ws, row, col, text, r2=None, c2=None):
    ws.cell(row=row, column=col, value=text).font = BOLD
    ws.cell(row=row, column=col).alignment = CENTER
    if (r2 and r2 != row) or (c2 and c2 != col):
        ws.merge_cells(start_row=row, start_column=col, end_row=r2 or row, end_column=c2 or col)


def title(ws, lines, ncol, start=1):
    for i, t in enumerate(lines):
        ws.cell(row=start + i, column=1, value=t).font = BOLD
        ws.cell(row=start + i, column=1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=start + i, start_column=1, end_row=start + i, end_column=ncol)


def widths(ws, ws_list):
    for i, w in enumerate(ws_list, 1):
        ws.column_dimensions[L(i)].width = w


def sign(ws, row, col, place_date, jab, nama, pangkat, nip):
    for i, t in enumerate([place_date, jab, "", "", "", nama, pangkat, "NIP. " + nip]):
        ws.cell(row=row + i, column=col, value=t or None)
    ws.cell(row=row + 5, column=col).font = Font(bold=True, underline="single")


def ref(row, col):
    return f"{L(col)}{row}"
