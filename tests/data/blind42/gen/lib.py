"""Shared helpers for the blind42 generators (invented agencies, invented figures)."""
import os
import json
import subprocess
from collections import OrderedDict

import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter as CL

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)

THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

PCT2 = '0.00%'
PCT1 = '0.0%'
PCT0 = '0%'
INT = '#,##0'
DEC2 = '#,##0.00'
DEC1 = '#,##0.0'
ACC = '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)'


def idn(x, dec=None, unit=None):
    """Number as an Indonesian clerk types it: '.' groups thousands, ',' decimals."""
    if dec is None:
        if float(x).is_integer():
            dec = 0
        else:
            s = ('%.6f' % abs(x)).rstrip('0')
            dec = len(s.split('.')[1])
    s = f"{abs(x):,.{dec}f}".replace(',', 'X').replace('.', ',').replace('X', '.')
    if x < 0:
        s = '-' + s
    return s + (' ' + unit if unit else '')


def split(total, weights, dec=0):
    """Split total over weights, rounded at dec, summing exactly to total."""
    s = float(sum(weights))
    vals = [round(total * w / s, dec) for w in weights[:-1]]
    last = round(total - sum(vals), dec)
    vals.append(last)
    if dec == 0:
        vals = [int(v) for v in vals]
    return vals


def ramp(final, fracs, dec=0):
    vals = [round(final * f, dec) for f in fracs[:-1]] + [final]
    if dec == 0:
        vals = [int(round(v)) for v in vals]
    return vals


def agg(vals, mode):
    """Key aggregation of period values (None = blank or '-')."""
    if mode == 'sum':
        nums = [v for v in vals if v is not None]
        return round(sum(nums), 6) if nums else None
    if mode == 'last':
        nums = [v for v in vals if v is not None]
        return nums[-1] if nums else None
    raise ValueError(mode)


def kv(x):
    if x is None:
        return None
    x = round(float(x), 6)
    if x.is_integer():
        return int(x)
    return x


class Sheet:
    def __init__(self, book, ws):
        self.book = book
        self.ws = ws
        self.title = ws.title

    def put(self, r, c, v, fmt=None, b=False, wrap=True, h=None, va='center',
            border=True, it=False, size=10):
        cell = self.ws.cell(row=r, column=c, value=v)
        if fmt:
            cell.number_format = fmt
        cell.font = Font(name='Arial', bold=b, italic=it, size=size)
        cell.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=va)
        if border:
            cell.border = BOX
        return cell

    def text(self, r, c, v, b=False, size=10, h=None, it=False):
        return self.put(r, c, v, b=b, wrap=False, h=h, border=False, size=size, it=it)

    def merge(self, r1, c1, r2, c2, v=None, **kw):
        self.put(r1, c1, v, **kw)
        if kw.get('border', True):
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    self.ws.cell(rr, cc).border = BOX
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    def title_merge(self, r, c1, c2, v, size=12, b=True):
        self.merge(r, c1, r, c2, v, b=b, size=size, h='center', border=False, wrap=False)

    def widths(self, d):
        for k, v in d.items():
            self.ws.column_dimensions[k].width = v

    def box(self, r1, c1, r2, c2):
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                self.ws.cell(rr, cc).border = BOX


class Book:
    def __init__(self, ag, fname):
        self.ag = ag
        self.fname = fname
        self.wb = openpyxl.Workbook()
        self.wb.remove(self.wb.active)

    def sheet(self, title, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = 'hidden'
        return Sheet(self, ws)

    def save(self):
        stem, ext = os.path.splitext(self.fname)
        rawdir = os.path.join(GEN, 'raw', self.ag.slug)
        os.makedirs(rawdir, exist_ok=True)
        raw = os.path.join(rawdir, stem + '.xlsx')
        self.wb.save(raw)
        outdir = os.path.join(ROOT, self.ag.slug)
        os.makedirs(outdir, exist_ok=True)
        filt = {'.xlsx': 'xlsx:Calc MS Excel 2007 XML', '.xls': 'xls:MS Excel 97',
                '.ods': 'ods'}[ext]
        subprocess.run(['soffice', '--headless', '--calc', '--convert-to', filt,
                        '--outdir', outdir, raw], check=True, capture_output=True)
        assert os.path.exists(os.path.join(outdir, self.fname)), self.fname


def cref(r, c):
    return f'{CL(c)}{r}'


class Agency:
    def __init__(self, slug, name, years):
        self.slug = slug
        self.name = name
        self.years = years
        self.rows = []
        self.ledger = []
        self.files = []
        self.ambiguous = []
        self.docs = OrderedDict()   # fname -> dict
        self.layouts = OrderedDict()  # year -> text
        self.flows = []
        self.lookalikes = []
        self.extra = []

    def book(self, fname, summary):
        b = Book(self, fname)
        self.files.append(fname)
        self.docs[fname] = {'summary': summary, 'sheets': OrderedDict(), 'traps': []}
        return b

    def sheet_doc(self, sh, text):
        self.docs[sh.book.fname]['sheets'][sh.title] = text

    def trap(self, sh, row, text):
        self.docs[sh.book.fname]['traps'].append((sh.title, row, text))

    def key(self, sh, row, col, year, sid, target, realisasi, tspec, rspec):
        written = sh.ws.cell(row=row, column=col).value
        assert isinstance(written, str) and written.strip(), (sh.title, row, col, written)
        for r in self.rows:
            assert not (r['year'] == year and r['same_as'] == sid), ('dup id', year, sid)
        self.rows.append(OrderedDict(file=sh.book.fname, sheet=sh.title, row=row, year=year,
                                     written=written, same_as=sid, target=kv(target),
                                     realisasi=kv(realisasi)))
        self.ledger.append(OrderedDict(file=sh.book.fname, sheet=sh.title, row=row, col=col,
                                       year=year, same_as=sid, t=tspec, r=rspec))

    def write(self):
        out = os.path.join(ROOT, self.slug)
        os.makedirs(out, exist_ok=True)
        key = OrderedDict(agency=self.name, years=self.years, files=self.files,
                          ambiguous=self.ambiguous, rows=self.rows)
        with open(os.path.join(out, 'key.json'), 'w') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        with open(os.path.join(GEN, f'ledger_{self.slug}.json'), 'w') as f:
            json.dump(self.ledger, f, ensure_ascii=False, indent=1)


def one(r, c):
    return ['one', [cref(r, c)]]


def many(mode, r, cols):
    return [mode, [cref(r, c) for c in cols]]
