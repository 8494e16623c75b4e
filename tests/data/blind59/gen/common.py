"""Shared helpers for the blind59 generators.

Every generator builds raw workbooks with openpyxl (no cached values) in gen/raw/<slug>/,
and a manifest gen/raw/<slug>/manifest.json holding, per key row, the intended key values
(computed here from the figures the generator types, never read back from a file) and a
locator (which cells hold the name, the target and the realisasi, and how periods combine).
convert.py then saves every raw workbook through LibreOffice into its final format.
"""
import json
import os
import random
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter, column_index_from_string
from openpyxl.utils.cell import coordinate_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, 'raw')

THIN = Side(style='thin')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical='top')
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)

FMT_RP = '#,##0'
FMT_RP2 = '_("Rp"* #,##0_);_("Rp"* \\(#,##0\\);_("Rp"* "-"_);_(@_)'
FMT_ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'


def r6(x):
    if x is None:
        return None
    y = round(float(x), 6)
    if y == int(y) and abs(y) < 1e15:
        return int(y)
    return y


class Val:
    """A cell as typed: `cell` is what goes into the workbook, `key` what the key says."""

    def __init__(self, cell, key, fmt=None):
        self.cell = cell
        self.key = r6(key) if isinstance(key, (int, float)) else key
        self.fmt = fmt

    def __repr__(self):
        return 'Val(%r,%r,%r)' % (self.cell, self.key, self.fmt)


def N(x, fmt=None):
    """A plain number."""
    return Val(x, x, fmt)


def P(p, fmt='0.00%'):
    """A percent written as a fraction in a %-formatted cell; key in percent points."""
    return Val(float(Decimal(str(p)) / 100), p, fmt)


def T(s, key):
    """Text typed in the cell; key = the intended figure."""
    return Val(s, key)


def F(formula, key, fmt=None):
    """A formula; key = the value it computes (checked against LibreOffice's cached value)."""
    return Val(formula, key, fmt)


def G(s):
    """A grade, dash or N/A: key null."""
    return Val(s, None)


BLANK = Val(None, None)


def idn(x, dec=None):
    """Format a number the Indonesian way: 1.250 / 85,5 / 871.450.000."""
    if dec is None:
        d = Decimal(str(x)).normalize()
        dec = max(0, -d.as_tuple().exponent)
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    s = '{:,.{}f}'.format(q, dec)
    return s.replace(',', '#').replace('.', ',').replace('#', '.')


def TX(x, unit='', dec=None, pre='', post=''):
    """Indonesian text for a number, e.g. TX(1250,'orang') -> '1.250 orang' keyed 1250."""
    s = pre + idn(x, dec) + ((' ' + unit) if unit else '') + post
    return Val(s, x)


def split_total(total, n, rng, dec=0, spread=0.35, weights=None):
    """n parts that add up exactly to total (dec decimals)."""
    if weights is None:
        weights = [1 + rng.uniform(-spread, spread) for _ in range(n)]
    sw = sum(weights)
    unit = Decimal(1).scaleb(-dec)
    tot = Decimal(str(total))
    parts = []
    for w in weights[:-1]:
        parts.append((tot * Decimal(w) / Decimal(sw)).quantize(unit, rounding=ROUND_HALF_UP))
    parts.append(tot - sum(parts))
    out = []
    for p in parts:
        out.append(int(p) if dec == 0 else float(p))
    return out


class Book:
    """One raw workbook with the key rows that point into it."""

    def __init__(self, man, final_name):
        self.man = man
        self.final_name = final_name
        base = os.path.splitext(final_name)[0]
        self.raw_name = base + '.xlsx'
        self.wb = openpyxl.Workbook()
        self.wb.remove(self.wb.active)
        man.books.append(self)

    def sheet(self, title, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = 'hidden'
        return ws

    def save(self):
        os.makedirs(self.man.rawdir, exist_ok=True)
        self.wb.save(os.path.join(self.man.rawdir, self.raw_name))


def put(ws, coord, v, fmt=None, bold=False, wrap=None, align=None, border=False):
    """Write raw content or a Val into a cell."""
    c = ws[coord]
    if isinstance(v, Val):
        c.value = v.cell
        if v.fmt:
            c.number_format = v.fmt
    else:
        c.value = v
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if align is not None:
        c.alignment = align
    elif wrap:
        c.alignment = WRAP
    if border:
        c.border = BORDER
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def merge(ws, rng, value=None, **kw):
    first = rng.split(':')[0]
    if value is not None:
        put(ws, first, value, **kw)
    ws.merge_cells(rng)


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def col(c):
    return column_index_from_string(c) if isinstance(c, str) else c


def L(i):
    return get_column_letter(i) if isinstance(i, int) else i


class Manifest:
    def __init__(self, slug, agency, years, ambiguous, flow_ids):
        self.slug = slug
        self.agency = agency
        self.years = years
        self.ambiguous = ambiguous
        self.flow_ids = flow_ids
        self.books = []
        self.rows = []
        self.rawdir = os.path.join(RAW, slug)

    def key(self, book, ws, name_cell, year, id_, written, t, r, tcells, rcells,
            tmode='one', rmode='one'):
        """t, r: intended key values. tcells/rcells: cells to re-read; mode one|sum|last."""
        assert ws[name_cell].value == written, (name_cell, ws[name_cell].value, written)
        letter, row = coordinate_from_string(name_cell)
        self.rows.append({
            'file': book.final_name, 'sheet': ws.title, 'row': row, 'name_col': letter,
            'year': year, 'written': written, 'same_as': id_,
            'target': r6(t) if isinstance(t, (int, float)) else t,
            'realisasi': r6(r) if isinstance(r, (int, float)) else r,
            'loc': {'t': {'cells': list(tcells), 'mode': tmode},
                    'r': {'cells': list(rcells), 'mode': rmode}},
        })

    def save(self):
        for b in self.books:
            b.save()
        os.makedirs(self.rawdir, exist_ok=True)
        with open(os.path.join(self.rawdir, 'manifest.json'), 'w') as f:
            json.dump({'slug': self.slug, 'agency': self.agency, 'years': self.years,
                       'ambiguous': self.ambiguous, 'flow_ids': self.flow_ids,
                       'books': [{'raw': b.raw_name, 'final': b.final_name} for b in self.books],
                       'rows': self.rows}, f, ensure_ascii=False, indent=1)


def combine(vals, mode):
    """Key value of several period cells: sum for flows, last reported for levels."""
    ks = [v.key for v in vals if v is not None and v.key is not None]
    if mode == 'one':
        return vals[0].key
    if not ks:
        return None
    if mode == 'sum':
        return r6(sum(Decimal(str(k)) for k in ks))
    if mode in ('last', 'last_cum'):      # last_cum: cumulative "s.d. TW" columns, any id
        return ks[-1]
    raise ValueError(mode)


def signature(ws, row, colL, place_date, jabatan_lines, name, rank, nip, bold_name=True):
    put(ws, '%s%d' % (colL, row), place_date)
    r = row + 1
    for j in jabatan_lines:
        put(ws, '%s%d' % (colL, r), j)
        r += 1
    r += 3
    c = put(ws, '%s%d' % (colL, r), name)
    if bold_name:
        c.font = Font(bold=True, underline='single')
    put(ws, '%s%d' % (colL, r + 1), rank)
    put(ws, '%s%d' % (colL, r + 2), nip)
    return r + 2
