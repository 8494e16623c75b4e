"""Shared helpers for the blind29 generators.

A table is described by a list of columns (field names) and a list of row dicts.
Cells may hold: a number, a text, a tuple (written_text, key_value), or a formula
template such as '=SUM({q1}{n}:{q4}{n})' where {field} becomes the column letter
and {n} the row number.
"""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

GEN = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(GEN, 'raw')
ROOT = os.path.dirname(GEN)
KAB = 'KABUPATEN LEMBAH SABARU'
KOTA_TTD = 'Sabaru Raya'

thin = Side(style='thin')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')
CENTER = Alignment(wrap_text=True, vertical='center', horizontal='center')
BOLD = Font(bold=True)


def header(ws, top, left, rows):
    """rows: list of lists. None = merged with the cell above; equal adjacent texts merge
    horizontally. Returns the row after the header."""
    h = len(rows)
    used = set()
    for i, row in enumerate(rows):
        j = 0
        while j < len(row):
            v = row[j]
            if v is None or (i, j) in used:
                j += 1
                continue
            j1 = j
            while j1 + 1 < len(row) and row[j1 + 1] == v and v != '' and (i, j1 + 1) not in used:
                j1 += 1
            i1 = i
            while i1 + 1 < h and all(rows[i1 + 1][k] is None for k in range(j, j1 + 1)):
                i1 += 1
            for a in range(i, i1 + 1):
                for b in range(j, j1 + 1):
                    used.add((a, b))
            c = ws.cell(top + i, left + j, v)
            c.font = BOLD
            c.alignment = CENTER
            for a in range(i, i1 + 1):
                for b in range(j, j1 + 1):
                    ws.cell(top + a, left + b).border = BORDER
            if i1 > i or j1 > j:
                ws.merge_cells(start_row=top + i, start_column=left + j,
                               end_row=top + i1, end_column=left + j1)
            j = j1 + 1
    return top + h


def written(v):
    return v[0] if isinstance(v, tuple) else v


class Table:
    def __init__(self, ws, cols, left=1, key_t='t', key_r='r', name_field='ind',
                 sas_mode='first', num_fields=None, sas_field='sas', defaults=None):
        self.ws = ws
        self.cols = cols
        self.left = left
        self.L = {f: get_column_letter(left + i) for i, f in enumerate(cols) if f}
        self.key_t, self.key_r = key_t, key_r
        self.name_field = name_field
        self.sas_mode = sas_mode
        self.sas_field = sas_field
        self.num_fields = set(num_fields or [])
        self.defaults = defaults or {}
        self.keys = []
        self.locs = []

    def col(self, f):
        return self.left + self.cols.index(f)

    def put(self, n, f, v, fmt=None):
        if f not in self.cols or v is None:
            return
        v = written(v)
        if isinstance(v, str) and v.startswith('=') and '{' in v:
            v = v.format(n=n, **self.L)
        c = self.ws.cell(n, self.col(f), v)
        if fmt and isinstance(v, (int, float)) or (fmt and isinstance(v, str) and v.startswith('=')):
            c.number_format = fmt
        return c

    def write(self, top, rows, file, sheet, year):
        n = top
        prev_sas = object()
        sas_start = None
        ncols = len(self.cols)
        for r in rows:
            if 'group' in r:
                f = r.get('field', self.sas_field if self.sas_field in self.cols else self.name_field)
                c = self.ws.cell(n, self.col(f), r['group'])
                c.font = BOLD
                c.alignment = WRAP
                for k in range(ncols):
                    self.ws.cell(n, self.left + k).border = BORDER
                if r.get('span'):
                    self.ws.merge_cells(start_row=n, start_column=self.col(f), end_row=n,
                                        end_column=self.left + ncols - 1)
                for f2, v2 in r.get('also', {}).items():
                    self.put(n, f2, v2, r.get('fmt'))
                n += 1
                continue
            if 'raw' in r:
                for f, v in r['raw'].items():
                    c = self.put(n, f, v, r.get('fmt'))
                    if c is not None and r.get('bold'):
                        c.font = BOLD
                for k in range(ncols):
                    self.ws.cell(n, self.left + k).border = BORDER
                if r.get('merge'):
                    a, b = r['merge']
                    self.ws.merge_cells(start_row=n, start_column=self.col(a), end_row=n, end_column=self.col(b))
                n += 1
                continue
            vals = dict(self.defaults)
            vals.update(r)
            sas = r.get('sas')
            if self.sas_field in self.cols and sas is not None:
                if sas != prev_sas:
                    self._close_sas(sas_start, n - 1)
                    sas_start = n
                    self.put(n, self.sas_field, sas)
                    prev_sas = sas
                elif self.sas_mode == 'every':
                    self.put(n, self.sas_field, sas)
            for f in self.cols:
                if f is None or f == self.sas_field or f not in vals:
                    continue
                fmt = r.get('fmts', {}).get(f, r.get('fmt') if f in self.num_fields else None)
                self.put(n, f, vals[f], fmt)
            for k in range(ncols):
                c = self.ws.cell(n, self.left + k)
                c.border = BORDER
                c.alignment = WRAP
            self._key(n, r, vals, file, sheet, year)
            n += 1
        self._close_sas(sas_start, n - 1)
        return n

    def _close_sas(self, a, b):
        if a is None or b <= a or self.sas_mode != 'merge':
            return
        c = self.col(self.sas_field)
        self.ws.merge_cells(start_row=a, start_column=c, end_row=b, end_column=c)

    def _val(self, r, vals, f):
        v = vals.get(f)
        if isinstance(v, tuple):
            return v[1]
        if isinstance(v, bool) or v is None:
            return None
        if isinstance(v, str) and v.strip() in ('', '-', 'N/A', 'n/a'):
            return None
        if isinstance(v, (int, float)):
            fmt = r.get('fmts', {}).get(f, r.get('fmt') if f in self.num_fields else None)
            if fmt and '%' in fmt:
                return round(v * 100, 9)
            return v
        raise ValueError('need explicit key for %r %r in %r' % (f, v, r.get(self.name_field)))

    def _key(self, n, r, vals, file, sheet, year):
        kt = r.get('key_t', self.key_t)
        kr = r.get('key_r', self.key_r)
        tk = r['tk'] if 'tk' in r else self._val(r, vals, kt)
        if 'rk' in r:
            rk = r['rk']
        elif isinstance(kr, tuple):
            xs = [self._val(r, vals, f) for f in kr[1]]
            if kr[0] == 'sum':
                rk = None if all(x is None for x in xs) else round(sum(x for x in xs if x is not None), 9)
            else:
                nn = [x for x in xs if x is not None]
                rk = nn[-1] if nn else None
        else:
            rk = self._val(r, vals, kr)
        name = written(vals[self.name_field])
        self.keys.append({'file': file, 'sheet': sheet, 'row': n, 'year': year, 'written': name,
                          'same_as': r['id'], 'target': tk, 'realisasi': rk})
        L = self.L
        if isinstance(kr, tuple):
            rloc = [kr[0], ['%s%d' % (L[f], n) for f in kr[1]]]
        else:
            rloc = '%s%d' % (L[kr], n)
        self.locs.append({'file': file, 'sheet': sheet, 'row': n,
                          'name': '%s%d' % (L[self.name_field], n),
                          'target': '%s%d' % (L[kt], n), 'realisasi': rloc})


def title(ws, lines, ncols, top=1, left=1):
    for i, t in enumerate(lines):
        c = ws.cell(top + i, left, t)
        c.font = Font(bold=True, size=12)
        c.alignment = Alignment(horizontal='center')
        ws.merge_cells(start_row=top + i, start_column=left, end_row=top + i, end_column=left + ncols - 1)
    return top + len(lines)


def sign(ws, row, col, lines):
    for i, t in enumerate(lines):
        ws.cell(row + i, col, t).alignment = Alignment(horizontal='center')
    return row + len(lines)


def widths(ws, ws_map):
    for k, v in ws_map.items():
        ws.column_dimensions[k].width = v


class Agency:
    def __init__(self, folder, name):
        self.folder = folder
        self.name = name
        self.years, self.files, self.rows, self.locs = [], [], [], []
        self.ambiguous = []

    def add(self, year, final_name, wb, tables):
        os.makedirs(os.path.join(RAW, self.folder), exist_ok=True)
        stem = os.path.splitext(final_name)[0]
        wb.save(os.path.join(RAW, self.folder, stem + '.xlsx'))
        self.years.append(year)
        self.files.append(final_name)
        for t in tables:
            self.rows += t.keys
            self.locs += t.locs

    def save(self):
        d = os.path.join(ROOT, self.folder)
        os.makedirs(d, exist_ok=True)
        key = {'agency': self.name, 'years': self.years, 'files': self.files,
               'ambiguous': self.ambiguous, 'rows': self.rows}
        with open(os.path.join(d, 'key.json'), 'w') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        with open(os.path.join(GEN, 'locs_%s.json' % self.folder), 'w') as f:
            json.dump(self.locs, f, ensure_ascii=False, indent=1)
