"""Shared helpers for the blind held-out set: table writer, Indonesian number text, key rows."""
import random, zlib
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.utils import get_column_letter

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TOPLEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)


def rng_for(*parts):
    return random.Random(zlib.crc32("|".join(str(p) for p in parts).encode()))


def rnd(x, dec):
    """round half away from zero"""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-dec)
    v = float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))
    return int(v) if dec == 0 else v


def id_num(x, dec):
    """Indonesian style: 1.250 ; 85,50"""
    v = rnd(x, dec)
    s = f"{abs(v):,.{dec}f}"  # 1,250.50
    s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if v < 0 else "") + s


def capaian(t, r, pol):
    if t in (None, 0) or r is None:
        return None
    if pol == "-":
        return (2 * t - r) / t * 100
    return r / t * 100


class Ind:
    def __init__(self, id, unit, pol, dec, names, tgt, real=None, units=None, spread=(0.94, 1.06)):
        self.id, self.unit, self.pol, self.dec = id, unit, pol, dec
        self.names = names            # {year: name}
        self.tgt = {y: rnd(v, dec) for y, v in tgt.items()}
        self.units = units or {}
        self.real = {}
        real = real or {}
        for y, t in self.tgt.items():
            if y in real:
                self.real[y] = rnd(real[y], dec)
            else:
                g = rng_for(id, y)
                f = g.uniform(*spread)
                if pol == "-":
                    f = 2 - f  # lower is better: realisasi mostly a bit below target
                v = t * f
                if unit == "%" and pol == "+" and 99.5 <= t <= 100:
                    v = min(v, 100.0)
                self.real[y] = rnd(v, dec)

    def unit_for(self, y):
        return self.units.get(y, self.unit)


def set_widths(ws, widths, start_col=1):
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(start_col + i)].width = w


def write_header(ws, cols, top_row, start_col):
    """cols: list of dicts with 'path' (list of labels top->bottom). Returns number of header rows."""
    n = max(len(c["path"]) for c in cols)
    for lvl in range(n):
        i = 0
        while i < len(cols):
            p = cols[i]["path"]
            if len(p) <= lvl:
                i += 1
                continue
            j = i
            while (j + 1 < len(cols) and len(cols[j + 1]["path"]) > lvl
                   and cols[j + 1]["path"][: lvl + 1] == p[: lvl + 1]):
                j += 1
            r = top_row + lvl
            c0, c1 = start_col + i, start_col + j
            last = len(p) == lvl + 1
            r1 = top_row + n - 1 if (last and all(len(cols[k]["path"]) == lvl + 1 for k in range(i, j + 1))) else r
            ws.cell(r, c0, p[lvl])
            for rr in range(r, r1 + 1):
                for cc in range(c0, c1 + 1):
                    cell = ws.cell(rr, cc)
                    cell.border = BOX
                    cell.alignment = CENTER
                    cell.font = BOLD
            if c1 > c0 or r1 > r:
                ws.merge_cells(start_row=r, start_column=c0, end_row=r1, end_column=c1)
            i = j + 1
    return n


def merge_title(ws, row, text, c0, c1, bold=True, align=CENTER):
    ws.cell(row, c0, text)
    ws.cell(row, c0).font = Font(bold=bold)
    ws.cell(row, c0).alignment = align
    if c1 > c0:
        ws.merge_cells(start_row=row, start_column=c0, end_row=row, end_column=c1)


def signature(ws, row, col, lines, width=3):
    """lines: list of strings (None = blank line). returns next row"""
    for ln in lines:
        if ln is not None:
            merge_title(ws, row, ln, col, col + width - 1, bold=False, align=Alignment(horizontal="center"))
        row += 1
    return row
