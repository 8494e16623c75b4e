"""Shared helpers for the blind50 generators (invented data only)."""
import json, os, re
from decimal import Decimal, ROUND_HALF_UP
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter, column_index_from_string

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
RAW = os.path.join(GEN, 'raw')

THIN = Side(style='thin')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def col(c):
    """letter -> index or index -> letter"""
    return column_index_from_string(c) if isinstance(c, str) else get_column_letter(c)


def shift(c, n):
    return col(col(c) + n)


def fmt_id(x, dec=None):
    """Indonesian number text: '.' groups thousands, ',' decimal mark."""
    d = Decimal(str(x))
    if dec is None:
        s = format(d.normalize(), 'f')
        dec = len(s.split('.')[1]) if '.' in s else 0
    q = d.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    neg = q < 0
    q = abs(q)
    s = format(q, 'f')
    ip, _, fp = s.partition('.')
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = '.'.join(groups)
    if fp:
        out += ',' + fp
    return ('-' if neg else '') + out


def rnd(x, d=6):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


def split_flow(total, n=4, dec=0, weights=(0.21, 0.24, 0.26, 0.29)):
    """Split total into n parts with dec decimals whose sum is exactly total."""
    w = list(weights[:n])
    s = sum(w)
    w = [x / s for x in w]
    q = Decimal(1).scaleb(-dec)
    tot = Decimal(str(total))
    parts = [(tot * Decimal(str(x))).quantize(q, rounding=ROUND_HALF_UP) for x in w[:-1]]
    parts.append(tot - sum(parts))
    return [float(p) if dec else int(p) for p in parts]


class V:
    """A cell to write and the value the key expects from it."""
    def __init__(self, written, key, fmt=None, note=None):
        self.written, self.key, self.fmt, self.note = written, key, fmt, note

    def __repr__(self):
        return f'V({self.written!r}->{self.key!r})'


def N(x, fmt=None):
    return V(x, x, fmt)


def P(points, fmt='0.00%'):
    """number stored as a fraction in a percent-formatted cell; key in points"""
    return V(rnd(points / 100.0, 8), points, fmt)


def T(text, key):
    return V(text, key)


def F(formula, key, fmt=None):
    return V(formula, key, fmt)


DASH = V('-', None)
BLANK = V(None, None)


def G(grade):
    return V(grade, None)


class Sheet:
    def __init__(self, ws):
        self.ws = ws

    def put(self, ref, value, bold=False, wrap=False, border=False, fmt=None,
            align=None, valign='center', size=None, italic=False):
        c = self.ws[ref]
        if isinstance(value, V):
            if value.fmt:
                fmt = value.fmt
            value = value.written
        c.value = value
        if bold or size or italic:
            c.font = Font(bold=bold, size=size or 10, italic=italic)
        if wrap or align or valign:
            c.alignment = Alignment(wrap_text=wrap, horizontal=align, vertical=valign)
        if border:
            c.border = BORDER
        if fmt:
            c.number_format = fmt
        return c

    def merge(self, rng, value=None, **kw):
        first = rng.split(':')[0]
        if value is not None:
            self.put(first, value, **kw)
        self.ws.merge_cells(rng)

    def box(self, c1, r1, c2, r2):
        for r in range(r1, r2 + 1):
            for ci in range(col(c1), col(c2) + 1):
                self.ws.cell(r, ci).border = BORDER

    def widths(self, **w):
        for k, v in w.items():
            self.ws.column_dimensions[k].width = v


class Agency:
    def __init__(self, slug, name, years):
        self.slug, self.name, self.years = slug, name, years
        self.rows = []
        self.files = []          # (delivered name, raw name, format)
        self.hidden = []         # (file, sheet)
        self.notes = {}          # file -> list of str
        self.ambiguous = []
        self.flows = []
        self.negatives = []
        self.readme_intro = ''

    def add_file(self, name, fmt):
        raw = os.path.splitext(name)[0] + '.xlsx'
        self.files.append((name, raw, fmt))
        self.notes.setdefault(name, [])
        return raw

    def note(self, file, text):
        self.notes.setdefault(file, []).append(text)

    def key(self, file, sheet, row, year, written, same_as, target, realisasi,
            name_cells, t_cells, r_cells, r_agg='one', col_=None, t_agg='one'):
        assert isinstance(written, str)
        k = {'file': file, 'sheet': sheet, 'row': row}
        if col_:
            k['col'] = col_
        k.update({'year': year, 'written': written, 'same_as': same_as,
                  'target': target, 'realisasi': realisasi})
        k['_loc'] = {'name': name_cells, 'target': t_cells, 't_agg': t_agg,
                     'real': r_cells, 'r_agg': r_agg}
        self.rows.append(k)

    def write(self, outdir):
        os.makedirs(outdir, exist_ok=True)
        rows = [{k: v for k, v in r.items() if k != '_loc'} for r in self.rows]
        key = {'agency': self.name, 'years': self.years,
               'files': [f[0] for f in self.files], 'ambiguous': self.ambiguous,
               'rows': rows}
        with open(os.path.join(outdir, 'key.json'), 'w') as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        locs = {'files': self.files, 'hidden': self.hidden,
                'rows': [dict(file=r['file'], sheet=r['sheet'], row=r['row'],
                              col=r.get('col'), **r['_loc']) for r in self.rows]}
        return locs


def new_book():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    return wb


def signature(sh, c, r, place_date, jabatan, name, rank, nip):
    sh.put(f'{c}{r}', place_date)
    sh.put(f'{c}{r+1}', jabatan)
    sh.put(f'{c}{r+5}', name, bold=True)
    sh.put(f'{c}{r+6}', rank)
    sh.put(f'{c}{r+7}', nip)
    return r + 8
