"""Shared helpers for the blind8 generators: budget-table renderer that also writes the key.

A table is a tree of N nodes (program -> kegiatan -> sub kegiatan) plus an optional total row.
Leaf amounts are given; parent amounts are the sum of their children *as written*; every
planted mistake is an override of one cell.  Consequences of a mistake (a formula or a typed
value that uses the wrong number as written) are computed from the written values, so they
stay right, as the README's consequence rule says.
"""
from decimal import Decimal as D, ROUND_HALF_UP
import json, os
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import column_index_from_string

RP = '#,##0'
ACC = '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)'
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def q(x, dec):
    return D(x).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def pct(num, den, dec):
    return q(D(num) * 100 / D(den), dec)


def ds(x):
    """plain decimal string, '.' decimal mark, no grouping, no exponent"""
    if x is None:
        return None
    x = D(x)
    s = format(x, 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s if s not in ('-0', '') else '0'


def fmt_id(x, dec=0):
    s = format(abs(D(x)), ',.%df' % dec)
    s = s.replace(',', '_').replace('.', ',').replace('_', '.')
    return ('-' if D(x) < 0 else '') + s


def amount_text(x, style, dec=0):
    t = fmt_id(x, dec)
    return {'rp_dot': 'Rp. %s,-' % t, 'rp_dot_nodash': 'Rp. %s' % t, 'rp': 'Rp %s' % t,
            'plain': t}[style]


def pyval(x):
    x = D(x)
    return int(x) if x == x.to_integral_value() else float(x)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


class N:
    def __init__(self, level, name, ang=None, real=None, kids=(), id=None, no=None, code=None, **kw):
        self.level, self.name, self.ang0, self.real0 = level, name, ang, real
        if ang is not None:
            self.ang0 = D(ang)
        if real is not None:
            self.real0 = D(real)
        self.kids = list(kids)
        self.id = id or name[:20]
        self.no, self.code, self.kw = no, code, kw
        self.row = None
        self.parent = None


class Table:
    """cfg keys: sheet (ws), title (sheet name), header_row, start_row, cols (dict: no, kode, name, ang,
    real, ser, sisa), name_style ('indent'|'dash'|'plain'|'codeprefix'), amount ('num'|text style),
    amount_fmt, amount_dec, parent ('plus'|'sum'|'const'), total ('plus'|'sum'|'const'|None),
    total_label, total_gap, ser ('formula'|'const'|'pct_formula'|'pct_const'|None), ser_dec,
    sisa ('formula'|'const'|None), unit"""

    def __init__(self, cfg, programs, total=True):
        self.c = cfg
        self.programs = programs
        self.total = N('total', cfg.get('total_label', 'JUMLAH'), kids=programs, id='TOTAL') if total else None
        self.ov = {}
        self.mistakes = []
        self.traps = []
        self.nodes = []
        self.layout()

    # ---------------- layout
    def layout(self):
        r = self.c['start_row']

        def walk(n, parent):
            nonlocal r
            n.parent = parent
            n.row = r
            self.nodes.append(n)
            r += n.kw.get('span', 1)
            for k in n.kids:
                walk(k, n)
        for p in self.programs:
            walk(p, None)
        if self.total:
            self.total.row = r + self.c.get('total_gap', 0)
            self.end_row = self.total.row
        else:
            self.end_row = r - 1

    def by(self, id):
        for n in self.nodes + ([self.total] if self.total else []):
            if n.id == id:
                return n
        raise KeyError(id)

    def cell(self, n, f):
        return '%s%d' % (self.c['cols'][f], n.row)

    # ---------------- values as written
    def w(self, n, f):
        """value the cell holds (for a malformed text, the meant value)"""
        o = self.ov.get((n.id, f))
        if o is not None and 'written' in o:
            v = o['written']
            return v(self) if callable(v) else D(v)
        if f in ('ang', 'real'):
            if n.level == 'total':
                return sum((self.w(k, f) for k in self.programs), D(0))
            if n.kids:
                return sum((self.w(k, f) for k in n.kids), D(0))
            return n.ang0 if f == 'ang' else n.real0
        if f == 'ser':
            a = self.w(n, 'ang')
            if a == 0:
                return None
            return pct(self.w(n, 'real'), a, self.ser_dec(n))
        if f == 'sisa':
            return self.w(n, 'ang') - self.w(n, 'real')
        raise KeyError(f)

    def ser_dec(self, n):
        return n.kw.get('ser_dec', self.c.get('ser_dec', 2))

    def correct(self, n, f, kind):
        if kind == 'budget-sum':
            return sum((self.w(k, f) for k in n.kids), D(0))
        if kind == 'total-sum':
            return sum((self.w(k, f) for k in self.programs), D(0))
        if kind == 'serapan-wrong':
            return pct(self.w(n, 'real'), self.w(n, 'ang'), self.ser_dec(n))
        if kind == 'sisa-wrong':
            return self.w(n, 'ang') - self.w(n, 'real')
        if kind == 'malformed-number':
            return self.w(n, f)
        if kind == 'realisasi-over-anggaran':
            return None
        raise KeyError(kind)

    # ---------------- planting
    def mistake(self, id, f, kind, note, content=None, written=None, fmt=None):
        """content: what the cell holds (python value or formula); written: the value it evaluates to
        (None for malformed: the meant value is kept)."""
        o = {'kind': kind, 'note': note, 'content': content, 'fmt': fmt}
        if written is not None:
            o['written'] = written
        self.ov[(id, f)] = o
        self.mistakes.append((id, f, kind, note))

    def trap(self, id, f, kind, note):
        self.traps.append((id, f, kind, note))

    def override(self, id, f, content, written=None, fmt=None):
        """a non-mistake special content (e.g. a right total formula)"""
        o = {'kind': None, 'content': content, 'fmt': fmt}
        if written is not None:
            o['written'] = written
        self.ov[(id, f)] = o

    # ---------------- rendering
    def amount_content(self, n, f):
        c = self.c
        col_a, col_r = c['cols']['ang'], c['cols']['real']
        style = n.kw.get(f + '_style', c.get('amount', 'num'))
        if f == 'real' and n.kw.get('real_raw') is not None:
            return n.kw['real_raw'], None
        if f == 'ang' and n.kw.get('ang_raw') is not None:
            return n.kw['ang_raw'], None
        col = c['cols'][f]
        mode = c.get('total' if n.level == 'total' else 'parent', 'const')
        if (n.kids or n.level == 'total') and mode in ('plus', 'sum') and style == 'num':
            kids = self.programs if n.level == 'total' else n.kids
            rows = [k.row for k in kids]
            contiguous = all(not k.kids for k in kids) and all(
                kids[i + 1].row == kids[i].row + kids[i].kw.get('span', 1) for i in range(len(kids) - 1))
            if mode == 'sum' and contiguous:
                return '=SUM(%s%d:%s%d)' % (col, rows[0], col, rows[-1] + kids[-1].kw.get('span', 1) - 1), c.get('amount_fmt', RP)
            if len(rows) == 1:
                return '=%s%d' % (col, rows[0]), c.get('amount_fmt', RP)
            return '=' + '+'.join('%s%d' % (col, r) for r in rows), c.get('amount_fmt', RP)
        v = self.w(n, f)
        if style == 'num':
            return pyval(v), n.kw.get('amount_fmt', c.get('amount_fmt', RP))
        return amount_text(v, style, c.get('amount_dec', 0)), None

    def ser_content(self, n):
        c = self.c
        mode = n.kw.get('ser_mode', c.get('ser'))
        a, r_ = c['cols']['ang'], c['cols']['real']
        dec = self.ser_dec(n)
        if self.w(n, 'ang') == 0:
            return '-', None
        fmt0 = '0' if dec == 0 else '0.' + '0' * dec
        if mode == 'formula':
            return '=%s%d/%s%d*100' % (r_, n.row, a, n.row), fmt0
        if mode == 'round_formula':
            return '=ROUND(%s%d/%s%d*100,%d)' % (r_, n.row, a, n.row, dec), fmt0
        if mode == 'pct_formula':
            return '=%s%d/%s%d' % (r_, n.row, a, n.row), fmt0 + '%'
        if mode == 'const':
            return pyval(self.w(n, 'ser')), fmt0
        if mode == 'pct_const':
            return float(self.w(n, 'ser') / 100), fmt0 + '%'
        if mode == 'text':
            return fmt_id(self.w(n, 'ser'), dec), None
        raise KeyError(mode)

    def sisa_content(self, n):
        c = self.c
        mode = c.get('sisa')
        a, r_ = c['cols']['ang'], c['cols']['real']
        if mode == 'formula':
            return '=%s%d-%s%d' % (a, n.row, r_, n.row), c.get('amount_fmt', RP)
        v = self.w(n, 'sisa')
        style = c.get('amount', 'num')
        if style == 'num':
            return pyval(v), c.get('amount_fmt', RP)
        return amount_text(v, style, c.get('amount_dec', 0)), None

    def display_name(self, n):
        st = self.c.get('name_style', 'plain')
        depth = {'program': 0, 'kegiatan': 1, 'subkegiatan': 2, 'total': 0}[n.level]
        if st == 'indent':
            return '    ' * depth + n.name
        if st == 'dash':
            return ('- ' if depth else '') + n.name
        if st == 'codeprefix':
            return (n.code + ' ' if n.code else '') + n.name
        return n.name

    def render(self):
        ws, cols = self.c['sheet'], self.c['cols']
        allnodes = self.nodes + ([self.total] if self.total else [])
        for n in allnodes:
            r = n.row
            if cols.get('no') and n.no is not None:
                ws['%s%d' % (cols['no'], r)] = n.no
            if cols.get('kode') and n.code is not None:
                ws['%s%d' % (cols['kode'], r)] = n.code
            nm = ws['%s%d' % (cols['name'], r)]
            nm.value = self.display_name(n)
            nm.alignment = Alignment(wrap_text=True, vertical='top')
            if n.level in ('program', 'total'):
                nm.font = Font(bold=True)
            for f in ('ang', 'real', 'ser', 'sisa'):
                if not cols.get(f):
                    continue
                o = self.ov.get((n.id, f))
                if o is not None and o.get('content') is not None:
                    val, fmt = o['content'], o.get('fmt')
                    if fmt is None and isinstance(val, str) and val.startswith('='):
                        fmt = RP if f in ('ang', 'real', 'sisa') else '0.00'
                else:
                    val, fmt = {'ang': lambda: self.amount_content(n, 'ang'),
                                'real': lambda: self.amount_content(n, 'real'),
                                'ser': lambda: self.ser_content(n),
                                'sisa': lambda: self.sisa_content(n)}[f]()
                cell = ws['%s%d' % (cols[f], r)]
                cell.value = val
                if fmt:
                    cell.number_format = fmt
                if isinstance(val, str) and not val.startswith('='):
                    cell.alignment = Alignment(horizontal='right')
                if n.level in ('program', 'total'):
                    cell.font = Font(bold=True)
            for col, v in n.kw.get('extra', {}).items():
                ws['%s%d' % (col, r)] = v
            span = n.kw.get('span', 1)
            if span > 1:
                for f in n.kw.get('merge_fields', ()):
                    ws.merge_cells('%s%d:%s%d' % (cols[f], r, cols[f], r + span - 1))

    # ---------------- key
    def key(self):
        c = self.c
        cols = c['cols']
        lines = []
        allnodes = self.nodes + ([self.total] if self.total else [])
        for n in allnodes:
            L = {'row': n.row, 'level': n.level, 'name': n.name,
                 'name_cell': '%s%d' % (cols['name'], n.row)}
            if n.code:
                L['code'] = n.code
            if n.no is not None:
                L['no'] = str(n.no)
            for f, k in (('ang', 'anggaran'), ('real', 'realisasi')):
                L[k] = ds(self.w(n, f))
                L[k + '_cell'] = self.cell(n, f)
                o = self.ov.get((n.id, f))
                raw = None
                if o is not None and isinstance(o.get('content'), str) and not o['content'].startswith('='):
                    raw = o['content']
                else:
                    v, _ = self.amount_content(n, f)
                    if isinstance(v, str) and not v.startswith('='):
                        raw = v
                if raw is not None:
                    L[k + '_raw'] = raw
            if cols.get('ser'):
                sw = self.w(n, 'ser')
                L['serapan_written'] = ds(sw) if sw is not None else None
                L['serapan_cell'] = self.cell(n, 'ser')
                o = self.ov.get((n.id, 'ser'))
                mode = n.kw.get('ser_mode', c.get('ser'))
                fmt = (o or {}).get('fmt') or ''
                L['serapan_format'] = 'percent' if (mode or '').startswith('pct') or fmt.endswith('%') else 'number'
                if sw is None:
                    L['serapan_format'] = 'dash'
                L['serapan_decimals'] = self.ser_dec(n)
            else:
                L['serapan_written'] = None
                L['serapan_cell'] = None
            if cols.get('sisa'):
                L['sisa_cell'] = self.cell(n, 'sisa')
                L['sisa_written'] = ds(self.w(n, 'sisa'))
            else:
                L['sisa_cell'] = None
            L['parent_row'] = n.parent.row if n.parent is not None else None
            lines.append(L)
        fld = {'ang': 'anggaran', 'real': 'realisasi', 'ser': 'serapan', 'sisa': 'sisa'}
        mist = []
        for id, f, kind, note in self.mistakes:
            n = self.by(id)
            cor = self.correct(n, f, kind)
            m = {'sheet': c['title'], 'row': n.row, 'cell': self.cell(n, f), 'kind': kind,
                 'field': fld[f], 'correct': ds(cor), 'note': note}
            if kind == 'realisasi-over-anggaran':
                m['anggaran'] = ds(self.w(n, 'ang'))
                m['written'] = ds(self.w(n, 'real'))
            elif kind == 'malformed-number':
                m['written'] = self.ov[(id, f)]['content']
            else:
                m['written'] = ds(self.w(n, f))
            mist.append(m)
        traps = []
        for id, f, kind, note in self.traps:
            n = self.by(id)
            cell = self.cell(n, f) if f in cols and cols[f] else f
            traps.append({'sheet': c['title'], 'row': n.row, 'cell': cell, 'kind': kind, 'note': note})
        mrows = {m['row'] for m in mist}
        clean = [{'sheet': c['title'], 'row': L['row']} for L in lines if L['row'] not in mrows]
        budget = {'sheet': c['title'], 'header_row': c['header_row'], 'header_rows': c.get('header_rows', [c['header_row']]), 'unit': c.get('unit', 'rupiah'),
                  'first_row': c['start_row'], 'last_row': self.end_row,
                  'columns': {k: v for k, v in cols.items() if v}, 'has_total': self.total is not None,
                  'lines': lines}
        return budget, mist, traps, clean


def write_pk(ws, rows, start_row, cols, sheet, dec=2, fmt_cap='0.00', merge_sasaran=True):
    """rows: list of (sasaran or None, indikator, satuan, target, realisasi). Writes a clean PK table.
    cols: dict no, sasaran, indikator, satuan, target, realisasi, capaian. Returns key indicators."""
    out = []
    r = start_row
    no = 0
    first_of = None
    for sas, ind, sat, tg, re_ in rows:
        if sas:
            no += 1
            if cols.get('no'):
                ws['%s%d' % (cols['no'], r)] = no
            ws['%s%d' % (cols['sasaran'], r)] = sas
        ws['%s%d' % (cols['indikator'], r)] = ind
        ws['%s%d' % (cols['satuan'], r)] = sat
        for k, v in (('target', tg), ('realisasi', re_)):
            c = ws['%s%d' % (cols[k], r)]
            c.value = pyval(v)
            c.number_format = '#,##0.00' if D(v) != D(v).to_integral_value() else '#,##0'
        cap = pct(re_, tg, dec)
        c = ws['%s%d' % (cols['capaian'], r)]
        c.value = pyval(cap)
        c.number_format = fmt_cap
        for col in cols.values():
            ws['%s%d' % (col, r)].alignment = Alignment(wrap_text=True, vertical='top')
        out.append({'sheet': sheet, 'row': r, 'name': ind, 'satuan': sat, 'target': ds(tg),
                    'realisasi': ds(re_), 'capaian_written': ds(cap),
                    'target_cell': '%s%d' % (cols['target'], r),
                    'realisasi_cell': '%s%d' % (cols['realisasi'], r),
                    'capaian_cell': '%s%d' % (cols['capaian'], r)})
        r += 1
    return out, r - 1


def signature(ws, col, r, place_date, jabatan, nama, pangkat, nip):
    ws['%s%d' % (col, r)] = place_date
    ws['%s%d' % (col, r + 1)] = jabatan
    ws['%s%d' % (col, r + 5)] = nama
    ws['%s%d' % (col, r + 5)].font = Font(bold=True, underline='single')
    ws['%s%d' % (col, r + 6)] = pangkat
    ws['%s%d' % (col, r + 7)] = nip


def save_key(path, fname, budgets, indicators, mistakes, traps, clean, extra=None):
    k = {'file': fname, 'budgets': budgets, 'indicators': indicators, 'mistakes': mistakes,
         'traps': traps, 'clean_rows': clean}
    if extra:
        k.update(extra)
    with open(path, 'w') as fh:
        json.dump(k, fh, indent=1, ensure_ascii=False)
