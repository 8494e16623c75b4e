"""Shared helpers for the blind49 generators (openpyxl -> raw xlsx; convert.py makes the deliveries)."""
import os, json
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter as L, column_index_from_string as CI

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)
WRAP = Alignment(vertical='top', wrap_text=True)

RP = '#,##0'
ACC = '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)'


class V:
    """A cell as it is typed: val (what goes in the cell), fmt (number format), key (what the key says)."""
    def __init__(self, val, fmt=None, key=None):
        self.val, self.fmt, self.key = val, fmt, key

    def __repr__(self):
        return 'V(%r,%r,%r)' % (self.val, self.fmt, self.key)


def N(x, fmt=None):
    """a number as a number"""
    return V(x, fmt, x)


def P(x, fmt='0.00%'):
    """a percentage stored as a fraction in a %-formatted cell; key in percent points"""
    return V(round(x / 100.0, 10), fmt, x)


def T(s, key=None):
    """text as typed, with the value the key gives it"""
    return V(s, None, key)


def F(formula, key=None, fmt=None):
    """a formula; key = the value it must evaluate to (checked by verify)"""
    return V(formula, fmt, key)


DASH = V('-', None, None)


def as_spec(x):
    if isinstance(x, V):
        return x
    if x is None:
        return V(None, None, None)
    if isinstance(x, (int, float)):
        return N(x)
    return T(x, None)


def put(ws, r, c, x, style=None, align=None, border=True, bold=False):
    """write a spec, return its key value"""
    s = as_spec(x)
    cell = ws.cell(row=r, column=c)
    cell.value = s.val
    if s.fmt:
        cell.number_format = s.fmt
    if border:
        cell.border = BOX
    if align is not None:
        cell.alignment = align
    if bold:
        cell.font = BOLD
    return s.key


def text(ws, r, c, s, bold=False, merge_to=None, align=None, border=False, size=None):
    cell = ws.cell(row=r, column=c)
    cell.value = s
    if bold or size:
        cell.font = Font(bold=bold, size=size or 11)
    if align is not None:
        cell.alignment = align
    if merge_to:
        ws.merge_cells(start_row=r, start_column=c, end_row=merge_to[0], end_column=merge_to[1])
    if border:
        for rr in range(r, (merge_to or (r, c))[0] + 1):
            for cc in range(c, (merge_to or (r, c))[1] + 1):
                ws.cell(rr, cc).border = BOX
    return cell


def hdr(ws, r, c, s, r2=None, c2=None):
    """header cell, optionally merged to (r2, c2)"""
    r2 = r2 or r
    c2 = c2 or c
    text(ws, r, c, s, bold=True, align=CENTER, border=True,
         merge_to=(r2, c2) if (r2, c2) != (r, c) else None)


def merge(ws, r1, c1, r2, c2):
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    for rr in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            ws.cell(rr, cc).border = BOX


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v


def coord(r, c):
    return '%s%d' % (L(c), r)


def one(ws, r, c, x, **kw):
    """write one value cell; return a key part (rule, cells, value)"""
    k = put(ws, r, c, x, **kw)
    return ('value', [coord(r, c)], k)


def agg(rule, cells, keys):
    vals = [k for k in keys if k is not None]
    if not vals:
        v = None
    elif rule == 'sum':
        v = round(sum(vals), 6)
        if abs(v - round(v)) < 1e-9:
            v = int(round(v))
    elif rule == 'last':
        v = vals[-1]
    else:
        raise ValueError(rule)
    return (rule, cells, v)


def split_flow(total, w=(0.21, 0.25, 0.26), dec=0):
    parts = [round(total * x, dec) for x in w]
    last = round(total - sum(parts), dec)
    out = parts + [last]
    if dec == 0:
        out = [int(x) for x in out]
    return out


def level_path(final, f=(0.90, 0.95, 0.98), dec=2):
    out = [round(final * x, dec) for x in f] + [final]
    return out


def signature(ws, r, c, place_date, jabatan, nama, pangkat, nip, width=3):
    text(ws, r, c, place_date)
    for i, s in enumerate(jabatan if isinstance(jabatan, list) else [jabatan]):
        text(ws, r + 1 + i, c, s)
    rr = r + 1 + (len(jabatan) if isinstance(jabatan, list) else 1) + 3
    text(ws, rr, c, nama, bold=True)
    text(ws, rr + 1, c, pangkat)
    text(ws, rr + 2, c, nip)
    return rr + 2


class Book:
    def __init__(self, slug, fname):
        self.slug, self.fname = slug, fname
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.keys = []
        self.doc = []          # markdown lines for README
        self.sheets = []

    def ws(self, title, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = 'hidden'
        self.sheets.append(title)
        return ws

    def key(self, ws, row, col, year, sid, t, r, use_col=False):
        name = ws.cell(row=row, column=col).value
        assert isinstance(name, str) and name.strip(), (ws.title, row, col, name)
        self.keys.append(dict(file=self.fname, sheet=ws.title, row=row, col=L(col), use_col=use_col,
                              year=year, written=name, same_as=sid,
                              target=t[2], realisasi=r[2],
                              tspec=dict(rule=t[0], cells=t[1]), rspec=dict(rule=r[0], cells=r[1])))

    def d(self, line=''):
        self.doc.append(line)

    def save(self):
        stem = os.path.splitext(self.fname)[0]
        rawdir = os.path.join(GEN, 'raw', self.slug)
        outdir = os.path.join(GEN, 'out', self.slug)
        os.makedirs(rawdir, exist_ok=True)
        os.makedirs(outdir, exist_ok=True)
        vis = [k for k, w in enumerate(self.wb.worksheets) if w.sheet_state == 'visible']
        self.wb.active = vis[0]
        for w in self.wb.worksheets:
            w.sheet_view.tabSelected = False
        self.wb.worksheets[vis[0]].sheet_view.tabSelected = True
        self.wb.save(os.path.join(rawdir, stem + '.xlsx'))
        with open(os.path.join(outdir, stem + '.json'), 'w') as f:
            json.dump(dict(file=self.fname, keys=self.keys, doc=self.doc), f, ensure_ascii=False, indent=1)
