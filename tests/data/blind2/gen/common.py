"""Shared helpers for the blind2 generators."""
import json, os, random, subprocess
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)


def id_fmt(x, dec):
    """Indonesian display of a number: '.' thousands, ',' decimals."""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def numfmt(dec):
    return "#,##0" if dec == 0 else "#,##0." + "0" * dec


def put(ws, r, c, v, fmt=None, bold=False, align=None, border=True):
    cell = ws.cell(row=r, column=c, value=v)
    if fmt:
        cell.number_format = fmt
    if bold:
        cell.font = BOLD
    cell.alignment = align or WRAP
    if border:
        cell.border = BOX
    return cell


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def capaian(t, r, lower=False):
    if t in (None, 0) or r is None:
        return None
    if lower:
        return round((2 * t - r) / t * 100, 2)
    return round(r / t * 100, 2)


def rnd(x, dec):
    return round(x, dec) if dec else int(round(x))


def signature(ws, r, col, place_date, jabatan, nama, pangkat, nip):
    for i, t in enumerate([place_date, jabatan, "", "", "", nama, pangkat, "NIP. " + nip]):
        c = ws.cell(row=r + i, column=col, value=t or None)
        if i == 5:
            c.font = Font(bold=True, underline="single")
    return r + 8


def write_key(folder, agency, years, files, rows, ambiguous):
    with open(os.path.join(folder, "key.json"), "w") as f:
        json.dump({"agency": agency, "years": years, "files": files, "rows": rows,
                   "ambiguous": ambiguous}, f, ensure_ascii=False, indent=1)
