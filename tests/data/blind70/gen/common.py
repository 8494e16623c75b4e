"""Shared helpers for the blind70 generators.

Each generator writes raw workbooks with openpyxl into gen/raw/<slug>/, then saves them through
LibreOffice (headless, own profile) into the agency folder in their final format (.xlsx/.xls/.ods),
so every formula carries a cached value.  Key values are the generators' intended figures; they are
never read back from the files here (verify.py does the reading).
"""
import json
import os
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.utils import get_column_letter, column_index_from_string

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
LO_PROFILE = 'file:///tmp/lo-blind70'

PCT0 = '0%'
PCT1 = '0.0%'
PCT2 = '0.00%'
NUM0 = '#,##0'
NUM1 = '#,##0.0'
NUM2 = '#,##0.00'
ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
ACC2 = '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)'

_thin = Side(style='thin')
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
HEAD_FILL = PatternFill('solid', fgColor='D9E1F2')
SUB_FILL = PatternFill('solid', fgColor='F2F2F2')


def idn(x, dec=0):
    """Indonesian number text: 42650 -> '42.650', 85.5 (dec=1) -> '85,5'."""
    s = f"{x:,.{dec}f}"
    return s.replace(',', '#').replace('.', ',').replace('#', '.')


def col(c):
    return column_index_from_string(c) if isinstance(c, str) else c


def L(c):
    return get_column_letter(c) if isinstance(c, int) else c


def put(ws, ref, value, fmt=None, bold=False, wrap=False, h=None, v='center', border=False,
        fill=None, italic=False, size=None):
    cell = ws[ref]
    cell.value = value
    if fmt:
        cell.number_format = fmt
    if bold or italic or size:
        cell.font = Font(bold=bold, italic=italic, size=size or 11)
    cell.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v)
    if border:
        cell.border = BORDER
    if fill:
        cell.fill = fill
    return cell


def box(ws, rng):
    """Thin border on every cell of a range."""
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def widths(ws, spec):
    for k, w in spec.items():
        ws.column_dimensions[k].width = w


def merge(ws, rng, value=None, **kw):
    first = rng.split(':')[0]
    if value is not None:
        put(ws, first, value, **kw)
    ws.merge_cells(rng)
    return first


class Agency:
    def __init__(self, slug, agency, years, flow_ids, ambiguous):
        self.slug = slug
        self.agency = agency
        self.years = years
        self.flow_ids = flow_ids
        self.ambiguous = ambiguous
        self.rows = []
        self.files = []
        self.dir = os.path.join(ROOT, slug)
        os.makedirs(self.dir, exist_ok=True)
        os.makedirs(os.path.join(GEN, 'raw', slug), exist_ok=True)

    def add(self, file, sheet, row, namecol, year, id_, written, target, realisasi, tspec, rspec):
        """tspec / rspec: {'cells': [...], 'agg': 'one'|'sum'|'last', 'sheet': optional}."""
        self.rows.append(dict(file=file, sheet=sheet, row=row, namecol=namecol, year=year,
                              id=id_, written=written, target=target, realisasi=realisasi,
                              tspec=tspec, rspec=rspec))

    def write(self):
        # 'col' only where several key rows share a sheet row
        cnt = {}
        for r in self.rows:
            k = (r['file'], r['sheet'], r['row'])
            cnt[k] = cnt.get(k, 0) + 1
        keyrows, cellmap = [], []
        for r in self.rows:
            kr = dict(file=r['file'], sheet=r['sheet'], row=r['row'])
            if cnt[(r['file'], r['sheet'], r['row'])] > 1:
                kr['col'] = r['namecol']
            kr.update(year=r['year'], written=r['written'], same_as=r['id'],
                      target=r['target'], realisasi=r['realisasi'])
            keyrows.append(kr)
            cellmap.append(dict(file=r['file'], sheet=r['sheet'], row=r['row'], year=r['year'],
                                id=r['id'], namecol=r['namecol'], tspec=r['tspec'],
                                rspec=r['rspec']))
        key = dict(agency=self.agency, years=self.years, files=self.files,
                   ambiguous=self.ambiguous, rows=keyrows)
        with open(os.path.join(self.dir, 'key.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        with open(os.path.join(GEN, 'cellmap', self.slug + '.json'), 'w', encoding='utf-8') as f:
            json.dump(dict(slug=self.slug, flow_ids=self.flow_ids, rows=cellmap), f,
                      ensure_ascii=False, indent=1)


class Book:
    """One delivered workbook: built with openpyxl, saved through LibreOffice."""

    FILTERS = {'xlsx': 'xlsx:Calc MS Excel 2007 XML', 'xls': 'xls:MS Excel 97', 'ods': 'ods'}

    def __init__(self, agency, final_name):
        self.agency = agency
        self.final_name = final_name
        self.base, ext = os.path.splitext(final_name)
        self.ext = ext[1:]
        self.wb = Workbook()
        self._first = True
        agency.files.append(final_name)

    def sheet(self, title):
        if self._first:
            ws = self.wb.active
            ws.title = title
            self._first = False
        else:
            ws = self.wb.create_sheet(title)
        return ws

    def save(self):
        for ws in self.wb.worksheets:      # print set-up as clerks leave it: landscape, fit to width
            ws.page_setup.orientation = 'landscape'
            ws.page_setup.paperSize = ws.PAPERSIZE_A4 if hasattr(ws, 'PAPERSIZE_A4') else 9
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
            autoheight(ws)
        raw = os.path.join(GEN, 'raw', self.agency.slug, self.base + '.xlsx')
        self.wb.save(raw)
        out = os.path.join(self.agency.dir, self.final_name)
        if os.path.exists(out):
            os.remove(out)
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=' + LO_PROFILE,
                        '--convert-to', self.FILTERS[self.ext], '--outdir', self.agency.dir, raw],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not os.path.exists(out):
            raise SystemExit('conversion failed: ' + out)


def autoheight(ws):
    """Approximate row heights for wrapped text (openpyxl does not auto-fit)."""
    import math
    spans = {}
    for rng in ws.merged_cells.ranges:
        spans[rng.start_cell.coordinate] = rng
    need = {}
    for row in ws.iter_rows():
        for c in row:
            if not isinstance(c.value, str) or c.value.startswith('=') or not c.alignment.wrap_text:
                continue
            rng = spans.get(c.coordinate)
            if rng is not None and rng.max_row > rng.min_row:
                continue
            cols = range(rng.min_col, rng.max_col + 1) if rng is not None else [c.column]
            w = sum((ws.column_dimensions[get_column_letter(k)].width or 8.43) for k in cols)
            lines = sum(max(1, math.ceil(len(part) / max(1.0, w * 1.05))) for part in c.value.split('\n'))
            need[c.row] = max(need.get(c.row, 1), lines)
    for r, n in need.items():
        if n > 1 and ws.row_dimensions[r].height is None:
            ws.row_dimensions[r].height = 15 * n


def one(ref, sheet=None):
    d = {'cells': [ref], 'agg': 'one'}
    if sheet:
        d['sheet'] = sheet
    return d


def many(refs, agg, sheet=None):
    d = {'cells': list(refs), 'agg': agg}
    if sheet:
        d['sheet'] = sheet
    return d


def rnd(x, n=10):
    return None if x is None else round(x, n)
