"""Shared helpers for the blind66 generators.

A generator writes raw workbooks with openpyxl into gen/raw/<slug>/ (always .xlsx), records
every key row with the intended figures, and writes <slug>/key.json plus gen/cellmap/<slug>.json
(the cells verify.py re-reads).  run_all.sh then saves the raw files through LibreOffice into
their delivered format so that every formula carries a cached value.
"""
import json, os, re, sys
from collections import Counter
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter as CL, column_index_from_string as CI
from openpyxl.utils.cell import coordinate_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
from verify import parse_text, same  # noqa: E402  (one convention for both)

THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill('solid', fgColor='D9D9D9')
YELLOW = PatternFill('solid', fgColor='FFF2CC')
ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'          # accounting, zero shown as "-"
ACC2 = '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)'


class V:
    """A cell as the clerk typed it, with the figure the key holds for it."""
    def __init__(self, content, fmt=None, key=None):
        self.content, self.fmt, self.key = content, fmt, key

    def __repr__(self):
        return 'V(%r,%r,%r)' % (self.content, self.fmt, self.key)


def n(v, fmt=None):
    """a number typed as a number"""
    if fmt is None:
        fmt = '#,##0' if float(v).is_integer() else '#,##0.00'
    return V(v, fmt, v)


def g(v):
    """a number in a General-formatted cell (e.g. a fraction typed for a percent)"""
    return V(v, 'General', v)


def pc(v, fmt='0.00%'):
    """a percent stored as a fraction in a %-formatted cell; key in percent points"""
    return V(round(v / 100.0, 10), fmt, v)


def tx(s, v):
    """Indonesian text; v is the figure the key holds (checked against the convention)"""
    got = parse_text(s)
    assert same(got, v), (s, got, v)
    return V(s, None, v)


def nul(s='-'):
    got = parse_text(s)
    assert got is None, s
    return V(s, None, None)


def fx(formula, v, fmt=None):
    """a formula; v is the value it computes (the cached value LibreOffice stores)"""
    return V(formula, fmt or ('#,##0' if v is not None and float(v).is_integer() else '#,##0.00'), v)


BLANK = V(None, None, None)


def put(ws, ref, val, bold=False, italic=False, wrap=None, h=None, v='center', fmt=None,
        size=None, fill=None, border=False):
    c = ws[ref]
    if isinstance(val, V):
        c.value = val.content
        if val.fmt:
            c.number_format = val.fmt
    else:
        c.value = val
    if fmt:
        c.number_format = fmt
    if bold or italic or size:
        c.font = Font(bold=bold, italic=italic, size=size or 11)
    if wrap is None:
        wrap = isinstance(c.value, str) and (len(c.value) > 18 or '\n' in c.value)
    c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def merge(ws, rng, val=None, **kw):
    first = rng.split(':')[0]
    if val is not None:
        put(ws, first, val, **kw)
    ws.merge_cells(rng)


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def fmt_id(x, dec=0):
    """Indonesian number text: 1250 -> '1.250', 85.5 (dec=1) -> '85,5'"""
    s = ('{:,.%df}' % dec).format(x)
    return s.replace(',', '#').replace('.', ',').replace('#', '.')


def alloc(total, weights):
    """split an integer total over periods in proportion to weights (largest remainder)"""
    sw = float(sum(weights))
    raw = [total * w / sw for w in weights]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i] - base[i]))
    for i in order[:rest]:
        base[i] += 1
    return base


class Key:
    def __init__(self, slug, agency, years, ambiguous, flows):
        self.slug, self.agency, self.years = slug, agency, years
        self.ambiguous, self.flows = ambiguous, set(flows)
        self.rows, self.cells, self.files = [], [], []

    def file(self, name):
        if name not in self.files:
            self.files.append(name)

    def add(self, file, sheet, name_ref, year, sid, written, target, realisasi,
            tcells, rcells, tagg='one', ragg='one'):
        """name_ref: 'C12'; tcells / rcells: lists of (sheet, ref)."""
        colL, row = coordinate_from_string(name_ref)
        for v in (target, realisasi):
            assert v is None or isinstance(v, (int, float)), v
        self.rows.append({'file': file, 'sheet': sheet, 'row': row, 'year': year,
                          'written': written, 'same_as': sid,
                          'target': target, 'realisasi': realisasi})
        self.cells.append({'name_col': colL,
                           't': {'cells': [list(x) for x in tcells], 'agg': tagg},
                           'r': {'cells': [list(x) for x in rcells], 'agg': ragg}})

    def period_agg(self, sid):
        return 'sum' if sid in self.flows else 'last'

    def save(self):
        shared = Counter((r['file'], r['sheet'], r['row']) for r in self.rows)
        out_rows = []
        for r, c in zip(self.rows, self.cells):
            d = {k: r[k] for k in ('file', 'sheet', 'row')}
            if shared[(r['file'], r['sheet'], r['row'])] > 1:
                d['col'] = c['name_col']
            for k in ('year', 'written', 'same_as', 'target', 'realisasi'):
                d[k] = r[k]
            for k in ('target', 'realisasi'):
                if isinstance(d[k], float) and d[k].is_integer():
                    d[k] = int(d[k])
                elif isinstance(d[k], float):
                    d[k] = round(d[k], 6)
            out_rows.append(d)
        key = {'agency': self.agency, 'years': self.years, 'files': self.files,
               'ambiguous': self.ambiguous, 'rows': out_rows}
        adir = os.path.join(ROOT, self.slug)
        os.makedirs(adir, exist_ok=True)
        with open(os.path.join(adir, 'key.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        os.makedirs(os.path.join(HERE, 'cellmap'), exist_ok=True)
        with open(os.path.join(HERE, 'cellmap', self.slug + '.json'), 'w', encoding='utf-8') as f:
            json.dump(self.cells, f, ensure_ascii=False, indent=1)
        print('%s: %d key rows' % (self.slug, len(out_rows)))


def raw_path(slug, final_name):
    d = os.path.join(HERE, 'raw', slug)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, os.path.splitext(final_name)[0] + '.xlsx')


def signature(ws, col, row, place_date, title_lines, name, rank, nip, merge_to=None):
    lines = [place_date] + title_lines + ['', '', '', name, rank, nip]
    for i, t in enumerate(lines):
        ref = '%s%d' % (col, row + i)
        if merge_to:
            ws.merge_cells('%s:%s%d' % (ref, merge_to, row + i))
        put(ws, ref, t, bold=(t == name), h='center', wrap=False)
    return row + len(lines)
