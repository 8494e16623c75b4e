"""Shared helpers for the blind46 generators.

Every workbook is first written with openpyxl to gen/raw/<stem>.xlsx and then
saved by LibreOffice headless into the delivered format (xlsx / xls / ods), so
formula cells carry cached values.

A cell's content is described by a `C` object: the value written, its number
format, and the value the key expects (`key`).  The key value is given
explicitly by the generator author (never derived by the same parser that
verify.py uses), so verify.py is an independent check.
"""
import random
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

MISSING = object()

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEADFILL = PatternFill("solid", fgColor="D9E1F2")
GROUPFILL = PatternFill("solid", fgColor="FFF2CC")


class C:
    """A cell content: value written, number format, expected key value."""

    def __init__(self, v, fmt=None, key=MISSING, why=None):
        self.v = v
        self.fmt = fmt
        self.key = key
        self.why = why  # a note for README when this cell is a planted trap

    def __repr__(self):
        return f"C({self.v!r},{self.fmt!r},key={self.key!r})"


def _clean(x):
    if isinstance(x, float) and abs(x - round(x)) < 1e-9:
        return int(round(x))
    return x


def n(x, fmt=None, why=None):
    """A number typed as a number (General or given format)."""
    x = _clean(x)
    return C(x, fmt, key=x, why=why)


def pc(x, fmt="0.00%", why=None):
    """A percent-formatted cell holding a fraction; keyed in percent points."""
    return C(round(x / 100.0, 10), fmt, key=_clean(x), why=why)


def t(s, key, why=None):
    """A text cell with an explicit key value."""
    return C(s, "@", key=key, why=why)


def dash(why=None):
    return C("-", None, key=None, why=why)


def grade(g, why=None):
    return C(g, None, key=None, why=why)


def blank():
    return C(None, None, key=None)


def fx(formula, key, fmt=None, why=None):
    return C(formula, fmt, key=key, why=why)


def fid(x, dec=None):
    """Format a number in Indonesian convention: 12500 -> 12.500, 93.2 -> 93,2."""
    x = _clean(x)
    if isinstance(x, int):
        s = f"{x:,}".replace(",", ".")
        return s
    if dec is None:
        s = repr(float(x))
        dec = len(s.split(".")[1]) if "." in s else 0
        dec = min(dec, 2)
    s = f"{x:,.{dec}f}"
    s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    return s


def as_c(v, default):
    """v is either a C (explicit) or a plain number/None rendered by `default`."""
    if isinstance(v, C):
        return v
    if v is None:
        return blank()
    return default(v)


def unit_text(x, unit, space=True):
    u = unit
    if u == "%":
        return f"{fid(x)}{' ' if space else ''}%"
    return f"{fid(x)} {u}"


# ---------------------------------------------------------------- workbook
class Book:
    def __init__(self, agency, fname, fmt):
        self.agency = agency        # agency slug
        self.fname = fname          # delivered file name
        self.fmt = fmt              # 'xlsx' | 'xls' | 'ods'
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.sheets = []            # (sheet title, description)
        self.notes = []             # (sheet, row, text)
        self.keyrows = []           # dicts
        self.specs = []             # dicts for verify

    @property
    def stem(self):
        return self.fname.rsplit(".", 1)[0]

    def sheet(self, title, desc, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = "hidden"
        self.sheets.append((title, desc))
        return ws

    def note(self, ws, row, text):
        self.notes.append((ws.title if hasattr(ws, "title") else ws, row, text))

    def key(self, ws, row, year, name_cell, same_as, tcell, rspec, tkey, rkey):
        """Record a key row. rspec: {'cell': 'G7'} or {'sum': [...]} or {'last': [...]}."""
        written = ws[name_cell].value
        self.keyrows.append({
            "file": self.fname, "sheet": ws.title, "row": row, "year": year,
            "written": written, "same_as": same_as,
            "target": tkey, "realisasi": rkey,
        })
        self.specs.append({
            "file": self.fname, "sheet": ws.title, "row": row,
            "name_cell": name_cell, "target_cell": tcell, "realisasi": rspec,
        })


def put(ws, ref, c, border=True, align=None, bold=False):
    """Write a C (or plain value) into ws[ref]; return its key value."""
    cell = ws[ref]
    if not isinstance(c, C):
        c = C(c, None, key=c)
    cell.value = c.v
    if c.fmt and c.fmt != "@":
        cell.number_format = c.fmt
    elif c.fmt == "@":
        cell.number_format = "@"
    if border:
        cell.border = BORDER
    if align is not None:
        cell.alignment = align
    if bold:
        cell.font = BOLD
    return c.key


def txt(ws, ref, s, bold=False, border=False, align=None, font=None):
    cell = ws[ref]
    cell.value = s
    if bold:
        cell.font = BOLD
    if font is not None:
        cell.font = font
    if border:
        cell.border = BORDER
    if align is not None:
        cell.alignment = align
    return cell


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER


def merge(ws, r1, c1, r2, c2, value=None, bold=False, align=CENTER, fill=None):
    if value is not None:
        ws.cell(r1, c1).value = value
    if bold:
        ws.cell(r1, c1).font = BOLD
    if align is not None:
        ws.cell(r1, c1).alignment = align
    if fill is not None:
        ws.cell(r1, c1).fill = fill
    if r1 != r2 or c1 != c2:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


L = get_column_letter


# ------------------------------------------------------------- quarters
def split_int(total, parts, rnd, weights=None):
    """Split an integer total into `parts` non-negative integers."""
    total = int(round(total))
    if weights is None:
        weights = [rnd.uniform(0.7, 1.3) for _ in range(parts)]
    s = sum(weights)
    vals = [int(total * w / s) for w in weights]
    i = 0
    while sum(vals) < total:
        vals[i % parts] += 1
        i += 1
    return vals


def split_dec(total, parts, rnd, dec=2):
    weights = [rnd.uniform(0.7, 1.3) for _ in range(parts)]
    s = sum(weights)
    vals = [round(total * w / s, dec) for w in weights]
    vals[-1] = round(total - sum(vals[:-1]), dec)
    return vals


def seeded(*parts):
    return random.Random("|".join(str(p) for p in parts))
