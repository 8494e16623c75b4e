"""Shared helpers for the blind38 generators (styling, Indonesian number text, key rows)."""
import json, os
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

GEN = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(GEN, 'raw')
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)
WRAP = Alignment(vertical='top', wrap_text=True)
GREY = PatternFill('solid', fgColor='D9D9D9')


def idn(x, dec=None):
    """Indonesian typing of a number: '.' thousands, ',' decimals."""
    if dec is None:
        dec = 0 if float(x) == int(x) else len(repr(float(x)).split('.')[1])
    s = f"{x:,.{dec}f}"
    return s.replace(',', '#').replace('.', ',').replace('#', '.')


def put(ws, ref, value, bold=False, align=None, border=True, fmt=None, fill=None):
    c = ws[ref]
    c.value = value
    if bold:
        c.font = BOLD
    if align is not None:
        c.alignment = align
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = fill
    return c


def merge(ws, rng, value=None, bold=False, align=CENTER, border=True, fill=None):
    first = rng.split(':')[0]
    ws.merge_cells(rng)
    if border:
        from openpyxl.utils.cell import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(r, c).border = BOX
    if value is not None:
        put(ws, first, value, bold=bold, align=align, border=border, fill=fill)


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v


def signature(ws, row, col, lines):
    for i, t in enumerate(lines):
        c = ws.cell(row + i, col)
        c.value = t
        c.alignment = Alignment(horizontal='center')


class Key:
    def __init__(self, agency, years, files, ambiguous):
        self.d = {"agency": agency, "years": years, "files": files,
                  "ambiguous": ambiguous, "rows": []}

    def add(self, file, sheet, row, year, written, same_as, target, realisasi):
        def r(v):
            return None if v is None else (int(v) if float(v) == int(v) else round(float(v), 6))
        self.d["rows"].append({"file": file, "sheet": sheet, "row": row, "year": year,
                               "written": written, "same_as": same_as,
                               "target": r(target), "realisasi": r(realisasi)})

    def save(self, path):
        with open(path, 'w') as f:
            json.dump(self.d, f, ensure_ascii=False, indent=1)
