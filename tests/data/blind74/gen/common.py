"""Shared helpers for the blind74 generators.

Every generator writes raw workbooks with openpyxl into gen/raw/<slug>/, records
the key rows with the INTENDED figures (computed in Python from the generator's
own data, never read back from a file) and, for verify.py, where each figure
sits (gen/locs/<slug>.json).  convert.py then saves every raw workbook through
LibreOffice into the delivered format so that formulas carry cached values.
"""
import json
import os
import random
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, column_index_from_string

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
RAW = os.path.join(GEN, 'raw')
LOCS = os.path.join(GEN, 'locs')

THIN = Side(style='thin')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill('solid', fgColor='D9D9D9')
BAND_FILL = PatternFill('solid', fgColor='DDEBF7')

PCT0 = '0%'
PCT1 = '0.0%'
PCT2 = '0.00%'
THOU = '#,##0'
ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
DEC1 = '0.0'
DEC2 = '0.00'


# ---------------------------------------------------------------- text numbers
def id_int(n):
    """1250 -> '1.250' (Indonesian grouping)."""
    s = f'{int(round(n)):,}'
    return s.replace(',', '.')


def id_dec(x, nd=1):
    """85.5 -> '85,5' ; 1234.5 -> '1.234,5'."""
    s = f'{x:,.{nd}f}'
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')


def id_num(x, nd=None):
    if nd is None:
        if float(x).is_integer():
            return id_int(x)
        nd = len(repr(float(x)).split('.')[1])
    return id_dec(x, nd)


def rp(n, style=1):
    if style == 1:
        return 'Rp ' + id_int(n)
    if style == 2:
        return 'Rp. ' + id_int(n) + ',-'
    return 'Rp.' + id_int(n)


# ---------------------------------------------------------------- cells
def put(ws, coord, value, fmt=None, bold=False, wrap=False, h=None, v='center',
        border=False, fill=None, italic=False, size=None):
    c = ws[coord]
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold or italic or size:
        c.font = Font(bold=bold, italic=italic, size=size or 11)
    if wrap or h or v:
        c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v)
    if border:
        c.border = BORDER
    if fill:
        c.fill = fill
    return c


def box(ws, rng):
    """Borders on every cell of a range."""
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def merge(ws, rng, value=None, **kw):
    first = rng.split(':')[0]
    if value is not None:
        put(ws, first, value, **kw)
    ws.merge_cells(rng)
    box(ws, rng) if kw.get('border') else None
    return first


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def col(i):
    return get_column_letter(i)


def cidx(letter):
    return column_index_from_string(letter)


# ---------------------------------------------------------------- splitting
def split_int(total, n, rng, weights=None, zero_ok=False):
    """Split an integer total into n non-negative integers adding up to total."""
    if weights is None:
        weights = [rng.uniform(0.8, 1.2) for _ in range(n)]
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    rest = total - sum(parts)
    i = 0
    while rest > 0:
        parts[i % n] += 1
        rest -= 1
        i += 1
    return parts


# ---------------------------------------------------------------- the key
class Agency:
    def __init__(self, slug, name, years, ambiguous, flow_ids, level_ids):
        self.slug = slug
        self.name = name
        self.years = years
        self.ambiguous = ambiguous
        self.flow_ids = flow_ids
        self.level_ids = level_ids
        self.rows = []
        self.locs = []
        self.files = []          # (final name, format)
        self.raw_dir = os.path.join(RAW, slug)
        os.makedirs(self.raw_dir, exist_ok=True)

    def save(self, wb, final_name):
        base, ext = os.path.splitext(final_name)
        fmt = ext[1:]
        raw = os.path.join(self.raw_dir, base + '.xlsx')
        wb.save(raw)
        self.files.append((final_name, fmt))

    def key(self, file, sheet, name_cell, year, written, same_as, target, realisasi,
            tspec, rspec, ws=None):
        """Record one key row.  name_cell like 'C12'; tspec/rspec:
        {'cells': [...], 'agg': 'one'|'sum'|'last'} (sheet-relative coordinates)."""
        letters = ''.join(ch for ch in name_cell if ch.isalpha())
        row = int(''.join(ch for ch in name_cell if ch.isdigit()))
        if ws is not None:
            assert ws[name_cell].value == written, (name_cell, ws[name_cell].value, written)
        self.rows.append({'file': file, 'sheet': sheet, 'row': row, 'year': year,
                          'written': written, 'same_as': same_as,
                          'target': target, 'realisasi': realisasi, '_col': letters})
        self.locs.append({'file': file, 'sheet': sheet, 'name': name_cell,
                          'year': year, 'id': same_as,
                          'target': tspec, 'realisasi': rspec})

    def write(self):
        # a col field where several key rows share one sheet row
        from collections import Counter
        cnt = Counter((r['file'], r['sheet'], r['row']) for r in self.rows)
        rows = []
        for r in self.rows:
            o = {k: v for k, v in r.items() if k != '_col'}
            if cnt[(r['file'], r['sheet'], r['row'])] > 1:
                o = dict(list(o.items())[:3] + [('col', r['_col'])] + list(o.items())[3:])
            rows.append(o)
        key = {'agency': self.name, 'years': self.years,
               'files': [f for f, _ in self.files],
               'ambiguous': self.ambiguous, 'rows': rows}
        out = os.path.join(ROOT, self.slug)
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, 'key.json'), 'w', encoding='utf-8') as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        os.makedirs(LOCS, exist_ok=True)
        with open(os.path.join(LOCS, self.slug + '.json'), 'w', encoding='utf-8') as fh:
            json.dump({'slug': self.slug, 'flow_ids': self.flow_ids,
                       'level_ids': self.level_ids,
                       'files': self.files, 'locs': self.locs}, fh,
                      ensure_ascii=False, indent=1)
        print(self.slug, len(rows), 'key rows')


def one(cell):
    return {'cells': [cell], 'agg': 'one'}


def agg(cells, flow):
    return {'cells': list(cells), 'agg': 'sum' if flow else 'last'}


def realise(values, flow):
    """Intended realisasi of a period series (None = not reported)."""
    rep = [v for v in values if v is not None]
    if not rep:
        return None
    if flow:
        s = sum(rep)
        return round(s, 6) if isinstance(s, float) else s
    return rep[-1]
