"""Shared helpers for the blind65 generators.

A V object holds what a clerk typed in a cell (raw: number, text or formula), its number format and the
value the key keeps for it (key).  The key value is always the generator's intended figure: for a
formula it is computed here in Python from the intended inputs, never read back from a file.
"""
import json
import os
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_from_string, range_boundaries

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RAW = os.path.join(HERE, 'raw')
CELLS = os.path.join(HERE, 'cells')
LO_PROFILE = 'file:///tmp/lo-blind65'

RP = '#,##0'
RP_ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'


def knum(x):
    if x is None:
        return None
    x = float(x)
    r = round(x, 6)
    if abs(r - round(r)) < 1e-9:
        return int(round(r))
    return r


class V:
    def __init__(self, raw, key, fmt=None):
        self.raw = raw
        self.key = knum(key) if key is not None else None
        self.fmt = fmt

    def __repr__(self):
        return 'V(%r, key=%r, fmt=%r)' % (self.raw, self.key, self.fmt)


def N(x, fmt=None):
    """a number typed as a number"""
    return V(x, x, fmt)


def P(pct, fmt='0.00%'):
    """a percentage typed in a %-formatted cell: stored as a fraction, keyed in percent points"""
    return V(round(pct / 100.0, 10), pct, fmt)


def T(text, key):
    """text the key reads the Indonesian way (key given explicitly)"""
    return V(text, key)


def DASH():
    return V('-', None)


def G(grade):
    return V(grade, None)


def F(formula, key, fmt=None):
    """a formula; key = the cached value LibreOffice must compute (percent points if fmt has %)"""
    return V(formula, key, fmt)


def BL():
    return V(None, None)


def as_v(x):
    if isinstance(x, V):
        return x
    if x is None:
        return BL()
    if x == '-':
        return DASH()
    if isinstance(x, str):
        raise ValueError('bare string value %r: wrap it in T()/G()' % x)
    return N(x)


# ---------------------------------------------------------------- styling
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HFILL = PatternFill('solid', fgColor='D9D9D9')
GFILL = PatternFill('solid', fgColor='F2F2F2')


def put(ws, coord, v, bold=False, wrap=False, align=None, fill=None, italic=False, size=None):
    c = ws[coord]
    if isinstance(v, V):
        c.value = v.raw
        if v.fmt:
            c.number_format = v.fmt
    else:
        c.value = v
    if bold or italic or size:
        c.font = Font(bold=bold, italic=italic, size=size or 11)
    if wrap or align:
        c.alignment = Alignment(wrap_text=wrap, horizontal=align, vertical='center' if align else 'top')
    if fill:
        c.fill = fill
    return c


def grid(ws, rng):
    for row in ws[rng]:
        for c in row:
            try:
                c.border = BOX
            except AttributeError:
                pass


def header(ws, rng, fill=HFILL):
    for row in ws[rng]:
        for c in row:
            try:
                c.font = BOLD
                c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
                c.fill = fill
                c.border = BOX
            except AttributeError:
                pass


def wrapcol(ws, rng):
    for row in ws[rng]:
        for c in row:
            try:
                c.alignment = Alignment(wrap_text=True, vertical='top')
            except AttributeError:
                pass


def merge(ws, rng, value=None, **kw):
    ws.merge_cells(rng)
    if value is not None:
        tl = rng.split(':')[0]
        put(ws, tl, value, **kw)


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def title(ws, row, text, last_col, size=12):
    merge(ws, 'A%d:%s%d' % (row, last_col, row), text)
    c = ws['A%d' % row]
    c.font = Font(bold=True, size=size)
    c.alignment = Alignment(horizontal='center')


def signature(ws, row, col, lines, name_idx):
    """lines written downward from (row, col); lines[name_idx] is the name (bold, underlined)"""
    for i, t in enumerate(lines):
        if t is None:
            continue
        c = ws['%s%d' % (col, row + i)]
        c.value = t
        if i == name_idx:
            c.font = Font(bold=True, underline='single')
    return row + len(lines)


# ---------------------------------------------------------------- key collection
class Agency:
    def __init__(self, slug, name, years, flow_ids, ambiguous, lookalikes):
        self.slug = slug
        self.name = name
        self.years = years
        self.flow_ids = set(flow_ids)
        self.ambiguous = ambiguous
        self.lookalikes = lookalikes
        self.files = []
        self.rows = []
        self.cells = []
        self.mistakes = []
        self.outdir = os.path.join(ROOT, slug)
        os.makedirs(self.outdir, exist_ok=True)

    def mistake(self, year, id_, text):
        self.mistakes.append({'year': year, 'id': id_, 'what': text})

    def add(self, book, ws, name_cell, year, id_, written, target=None, target_cell=None,
            real=None, col=False):
        """real: ('cell', coord, V) | ('periods', [(coord, V), ...]) | ('cum', [(coord, V), ...])
        'periods' = a sheet with no annual realisasi: sum for FLOW ids, last reported for LEVEL ids;
        'cum' = cumulative s.d. TW figures: last reported."""
        assert ws[name_cell].value == written, (name_cell, ws[name_cell].value, written)
        if target_cell is not None:
            assert ws[target_cell].value == target.raw, (target_cell, ws[target_cell].value, target)
        kind = real[0]
        if kind == 'cell':
            coord, v = real[1], real[2]
            assert ws[coord].value == v.raw, (coord, ws[coord].value, v)
            rkey = v.key
            rule = 'cell'
            rcells = [coord]
        else:
            pairs = real[1]
            for coord, v in pairs:
                assert ws[coord].value == v.raw, (coord, ws[coord].value, v)
            rep = [v.key for _, v in pairs if v.key is not None]
            if kind == 'periods' and id_ in self.flow_ids:
                rule = 'sum'
                rkey = knum(sum(rep)) if rep else None
            else:
                rule = 'last'
                rkey = rep[-1] if rep else None
            rcells = [c for c, _ in pairs]
        colL, rown = coordinate_from_string(name_cell)
        row = {'file': book.filename, 'sheet': ws.title, 'row': rown}
        if col:
            row['col'] = colL
        row.update({'year': year, 'written': written, 'same_as': id_,
                    'target': target.key if target is not None else None,
                    'realisasi': rkey})
        self.rows.append(row)
        self.cells.append({'id': id_, 'year': year, 'file': book.filename, 'sheet': ws.title,
                           'name_cell': name_cell, 'target_cell': target_cell,
                           'real_rule': rule, 'real_cells': rcells})

    def write(self):
        key = {'agency': self.name, 'years': self.years, 'files': self.files,
               'ambiguous': self.ambiguous, 'rows': self.rows}
        with open(os.path.join(self.outdir, 'key.json'), 'w') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        meta = {'slug': self.slug, 'flow_ids': sorted(self.flow_ids), 'lookalikes': self.lookalikes,
                'ambiguous': self.ambiguous, 'mistakes': self.mistakes, 'cells': self.cells}
        os.makedirs(CELLS, exist_ok=True)
        with open(os.path.join(CELLS, self.slug + '.json'), 'w') as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
        ids = {}
        for r in self.rows:
            k = (r['same_as'], r['year'])
            assert k not in ids, ('duplicate id/year', k)
            ids[k] = 1
        per_year = {y: sum(1 for r in self.rows if r['year'] == y) for y in self.years}
        print(self.slug, 'rows', len(self.rows), per_year)
        for y, n in per_year.items():
            assert 16 <= n <= 22, (y, n)


class Book:
    def __init__(self, agency, filename):
        self.agency = agency
        self.filename = filename
        self.base, ext = os.path.splitext(filename)
        self.ext = ext.lstrip('.')
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        agency.files.append(filename)

    def sheet(self, name):
        return self.wb.create_sheet(name)

    def save(self):
        os.makedirs(RAW, exist_ok=True)
        raw = os.path.join(RAW, self.base + '.xlsx')
        self.wb.save(raw)
        convert(raw, self.ext, self.agency.outdir)


def convert(src, ext, outdir):
    target = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + ext)
    if os.path.exists(target):
        os.remove(target)
    subprocess.run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless',
                    '--convert-to', ext, '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(target), target
    return target


def L(i):
    return get_column_letter(i)
