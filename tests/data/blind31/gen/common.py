"""Shared helpers for the blind31 generators.

A cell spec V carries what is written into the cell and what the answer key says.
Each Book records key rows and, privately (gen/raw/cells_<agency>.json), where the key's
target/realisasi live and how to read them, so verify.py can re-read the converted files.
"""
import json, os
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter as CL

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(ROOT, 'gen', 'raw')
PLACE = 'Kabupaten Tanjung Lembayung'
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)
WRAP = Alignment(vertical='top', wrap_text=True)


class V:
    def __init__(self, write, key, kind='num', fmt=None, parse='id'):
        self.write, self.key, self.kind, self.fmt, self.parse = write, key, kind, fmt, parse


def N(x, fmt=None):
    return V(x, x, 'num', fmt)


def P(pct):  # percent stored as fraction with 0.00% format
    return V(round(pct / 100.0, 12), pct, 'pct', '0.00%')


def T(text, key, parse='id'):  # number typed as text
    return V(text, key, 'txt', parse=parse)


def X(text='-'):  # grade, dash, N/A: key null
    return V(text, None, 'null')


def F(formula, key, fmt=None):  # formula, key = its value
    return V(formula, key, 'f', fmt)


def conv(v):
    return v if isinstance(v, V) else (X(v) if isinstance(v, str) else N(v))


class Book:
    def __init__(self, agency, fname, year):
        self.agency, self.fname, self.year = agency, fname, year
        self.wb = openpyxl.Workbook()
        self.wb.remove(self.wb.active)
        self.rows = []   # key rows
        self.cells = []  # private reading instructions

    def sheet(self, title):
        return self.wb.create_sheet(title)

    def put(self, ws, addr, v, fmt=None, bold=False, box=True, align=None):
        v = conv(v) if isinstance(v, V) or v is not None else None
        if v is None:
            c = ws[addr]
        else:
            c = ws[addr]
            c.value = v.write
            f = fmt or v.fmt
            if f:
                c.number_format = f
        if box:
            c.border = BOX
        if bold:
            c.font = BOLD
        if align is not None:
            c.alignment = align
        return c

    def text(self, ws, addr, s, bold=False, box=False, align=None):
        c = ws[addr]
        c.value = s
        if bold:
            c.font = BOLD
        if box:
            c.border = BOX
        if align is not None:
            c.alignment = align
        return c

    def key(self, ws, row, name_col, sid, tspec, rspec, year=None):
        """tspec: (cell, V).  rspec: ('cell', cell, V) | ('tw4', cell, V) | ('sumq', [(cell, V)...])"""
        name = ws[f'{name_col}{row}'].value
        tc, tv = tspec
        t = {'kind': 'cell', 'cells': [[tc, tv.kind, tv.parse]], 'key': tv.key}
        if rspec[0] in ('cell', 'tw4'):
            _, rc, rv = rspec
            r = {'kind': rspec[0], 'cells': [[rc, rv.kind, rv.parse]], 'key': rv.key}
        else:
            parts = rspec[1]
            tot = 0
            for _, pv in parts:
                tot += pv.key if pv.key is not None else 0
            r = {'kind': 'sumq', 'cells': [[c, pv.kind, pv.parse] for c, pv in parts], 'key': round(tot, 10)}
        self.rows.append({'file': self.fname, 'sheet': ws.title, 'row': row, 'year': year or self.year,
                          'written': name, 'same_as': sid, 'target': t['key'], 'realisasi': r['key']})
        self.cells.append({'file': self.fname, 'sheet': ws.title, 'row': row, 'name_cell': f'{name_col}{row}',
                           'target': t, 'realisasi': r})

    def save(self):
        d = os.path.join(RAW, self.agency)
        os.makedirs(d, exist_ok=True)
        base = os.path.splitext(self.fname)[0]
        p = os.path.join(d, base + '.xlsx')
        self.wb.save(p)
        return p


def signature(b, ws, row, col, place_date, jabatan, nama, pangkat, nip):
    for i, s in enumerate([place_date, jabatan, '', '', '', nama, pangkat, 'NIP. ' + nip]):
        if s:
            b.text(ws, f'{col}{row + i}', s, bold=(i == 5))


def widths(ws, d):
    for k, w in d.items():
        ws.column_dimensions[k].width = w


def write_agency(agency, agency_name, books, ambiguous):
    d = os.path.join(ROOT, agency)
    os.makedirs(d, exist_ok=True)
    rows, cells = [], []
    for b in books:
        rows += b.rows
        cells += b.cells
    key = {'agency': agency_name, 'years': [b.year for b in books], 'files': [b.fname for b in books],
           'ambiguous': ambiguous, 'rows': rows}
    with open(os.path.join(d, 'key.json'), 'w') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    with open(os.path.join(RAW, f'cells_{agency}.json'), 'w') as f:
        json.dump(cells, f, ensure_ascii=False, indent=1)
