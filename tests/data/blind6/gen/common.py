"""Shared builder for the blind6 Permendagri 86/2017 (E.81) evaluation workbooks.

Deterministic: every figure comes from the spec files (gen/w*.py) and random.Random(seed).
Pipeline: openpyxl writes raw.xlsx -> soffice recalculates (xlsx -> xlsx, cached values)
-> optional soffice conversion to xls / ods -> key JSON built from the model ("meant" values)
and from the recalculated cached values ("shows").
"""
import json, os, re, shutil, subprocess, random
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-blind6', '--headless']

ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
ACC2 = '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)'


def r2(x):
    return None if x is None else D(x).quantize(D('0.01'), ROUND_HALF_UP)


def t2(x):
    return D(x).quantize(D('0.01'), ROUND_DOWN)


def dstr(x):
    if x is None:
        return None
    x = D(x)
    s = format(x.normalize(), 'f') if x == x.to_integral() else format(x, 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def band(v):
    v = D(v)
    if v > 90: return 'Sangat Tinggi'
    if v > 75: return 'Tinggi'
    if v > 65: return 'Sedang'
    if v > 50: return 'Rendah'
    return 'Sangat Rendah'


class Row:
    """kind: label (urusan/bidang), full (K and Rp), rp (Rp only, indicators on following rows),
    k (indicator row, K only)."""
    def __init__(self, level, kind, kode=None, name=None, ind=None, sat=None, k=None, rp=None,
                 children=None, sasaran=None, unit=None, no=None):
        self.level, self.kind, self.kode, self.name, self.ind, self.sat = level, kind, kode, name, ind, sat
        self.k = k  # dict ren, lal, tgt, q=[4]
        self.rp = rp
        self.children = children or []  # indices (into spec rows) of Rp children
        self.sasaran, self.unit, self.no = sasaran, unit, no
        self.typed = set()      # logical cols written as typed values equal to the formula
        self.over = {}          # logical col -> ('f', template) | ('v', value) | ('blank',) | ('sum_omit', i) | ('sum_double', i)
        self.indicator_of = None
        self.r = None


class Spec:
    pass


# ---------------------------------------------------------------- header trees
def N(label, children=None, num=None, col=None):
    return {'label': label, 'children': children or [], 'num': num, 'col': col}


def height(n):
    return 0 if not n['children'] else 1 + max(height(c) for c in n['children'])


def leaves(n):
    if not n['children']:
        return [n]
    out = []
    for c in n['children']:
        out += leaves(c)
    return out


def pair(label, base, num, pct=False):
    ch = [N('K', col=base + '_k')]
    if pct:
        ch.append(N('%', col=base + '_p'))
    ch.append(N('Rp', col=base + '_rp'))
    return N(label, ch, num=num)


def scheme_tree(s):
    """columns per scheme; returns list of top nodes."""
    y = s.year
    pct = s.qpct
    lab = s.labels
    nodes = []
    n = 0
    def nx():
        nonlocal n
        n += 1
        return n
    if s.scheme == 'shifted':
        nodes.append(N('No', num=nx(), col='no'))
        if s.kode_col:
            nodes.append(N('Kode', num='', col='kode'))
        nodes.append(N('Sasaran', num=nx(), col='sasaran'))
        nodes.append(N(lab.get('uraian', 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan'), num=nx(), col='uraian'))
        nodes.append(N('Indikator Kinerja Program (Outcome)/ Kegiatan (Output)', num=nx(), col='indikator'))
        nodes.append(N('Satuan', num=nx(), col='satuan'))
    else:
        if s.kode_col == 'first':
            nodes.append(N('Kode', num=nx(), col='kode'))
        else:
            nodes.append(N('No', num=nx(), col='no'))
            if s.kode_col:
                nodes.append(N('Kode Rekening', num='', col='kode'))
        nodes.append(N('Sasaran', num=nx(), col='sasaran'))
        nodes.append(N(lab.get('uraian', 'Program/Kegiatan/Sub Kegiatan'), num=nx(), col='uraian'))
        nodes.append(N('Indikator Kinerja Program (outcome)/ Kegiatan (output)', num=nx(), col='indikator'))
        if s.satuan_unnumbered:
            nodes.append(N('Satuan', num='', col='satuan'))
    c_ren = nx(); nodes.append(pair('Target Renstra Perangkat Daerah pada Tahun %d (Akhir Periode Renstra PD)' % s.renstra_end, 'ren', c_ren))
    c_lal = nx(); nodes.append(pair('Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (%d)' % (y - 1), 'lal', c_lal))
    c_tgt = nx(); nodes.append(pair('Target Kinerja dan Anggaran Renja PD Tahun Berjalan (Tahun %d) yang Dievaluasi' % y, 'tgt', c_tgt))
    qn = []
    for i, rom in enumerate(['I', 'II', 'III', 'IV']):
        qn.append(pair(s.qlabel % rom, 'q%d' % (i + 1), nx(), pct))
    qnums = [q['num'] for q in qn]
    if s.qgroup:
        nodes.append(N('Realisasi Kinerja Pada Triwulan', qn))
    else:
        nodes.extend(qn)
    c_real = nx()
    nodes.append(pair('Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi', 'real', '%d = %s' % (c_real, '+'.join(map(str, qnums)))))
    if s.scheme == '17':
        c_cap = nx()
        nodes.append(pair('Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (%)', 'cap', '%d = %d/%d x 100' % (c_cap, c_real, c_tgt)))
    c_rs = nx()
    nodes.append(pair('Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun %d' % y, 'rs', '%d = %d + %d' % (c_rs, c_lal, c_real)))
    c_crs = nx()
    nodes.append(pair('Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun %d (%%)' % y, 'crs', '%d = %d/%d x 100' % (c_crs, c_rs, c_ren)))
    nodes.append(N('Unit PD Penanggung Jawab', num=nx(), col='unit'))
    if s.scheme == '17' or s.ket:
        nodes.append(N('Keterangan', num=nx(), col='ket'))
    # optional extra top grouping to reach 4 header rows
    if s.hdr_rows == 4:
        grouped = []
        tg = [x for x in nodes if x.get('children') and x['children'][0].get('col', '') in ('ren_k', 'lal_k', 'tgt_k')]
        for x in nodes:
            if x is tg[0]:
                grouped.append(N('Target dan Realisasi Renstra / Renja', tg))
            elif x in tg:
                continue
            else:
                grouped.append(x)
        nodes = grouped
    return nodes


# ---------------------------------------------------------------- build
def tmpl(t, cols, r):
    def rep(m):
        name, off = m.group(1), m.group(2)
        rr = r + int(off) if off else r
        return '%s%d' % (cols[name], rr)
    return re.sub(r'\{([a-z0-9_]+)([+-]\d+)?\}', rep, t)


def compute(s):
    """meant values per row: dict logical col -> Decimal or None."""
    P = s.period
    for row in reversed(s.rows):
        m = {}
        if row.kind in ('full', 'k'):
            k = row.k
            m['ren_k'], m['lal_k'], m['tgt_k'] = k['ren'], k['lal'], k['tgt']
            qs = [k['q'][i] if i < P else None for i in range(4)]
            for i in range(4):
                m['q%d_k' % (i + 1)] = qs[i]
                if s.qpct:
                    m['q%d_p' % (i + 1)] = None if (qs[i] is None or not m['tgt_k']) else qs[i] / m['tgt_k'] * 100
            m['real_k'] = sum(q for q in qs if q is not None)
            if s.scheme == '17':
                m['cap_k'] = None if not m['tgt_k'] else m['real_k'] / m['tgt_k'] * 100
            m['rs_k'] = (m['lal_k'] or 0) + m['real_k']
            m['crs_k'] = None if not m['ren_k'] else m['rs_k'] / m['ren_k'] * 100
        if row.kind in ('full', 'rp'):
            if row.children:
                for key in ('ren', 'lal', 'tgt'):
                    m[key + '_rp'] = sum(s.rows[c].m[key + '_rp'] for c in row.children)
                qs = []
                for i in range(4):
                    qs.append(None if i >= P else sum(s.rows[c].m['q%d_rp' % (i + 1)] for c in row.children))
            else:
                rp = row.rp
                m['ren_rp'], m['lal_rp'], m['tgt_rp'] = rp['ren'], rp['lal'], rp['tgt']
                qs = [rp['q'][i] if i < P else None for i in range(4)]
            for i in range(4):
                m['q%d_rp' % (i + 1)] = qs[i]
            m['real_rp'] = sum(q for q in qs if q is not None)
            if s.scheme == '17':
                m['cap_rp'] = None if not m['tgt_rp'] else m['real_rp'] / m['tgt_rp'] * 100
            m['rs_rp'] = m['lal_rp'] + m['real_rp']
            m['crs_rp'] = None if not m['ren_rp'] else m['rs_rp'] / m['ren_rp'] * 100
        row.m = m


PCTCOLS = ('cap_k', 'cap_rp', 'crs_k', 'crs_rp', 'q1_p', 'q2_p', 'q3_p', 'q4_p')


def std_formula(s, row, col):
    """standard formula template for a computed logical col (None if typed input)."""
    qk = ['{q%d_k}' % i for i in range(1, 5)]
    qr = ['{q%d_rp}' % i for i in range(1, 5)]
    if col == 'real_k':
        return s.real_style('k')
    if col == 'real_rp':
        return s.real_style('rp')
    if col == 'cap_k': return '={real_k}/{tgt_k}*100'
    if col == 'cap_rp': return '={real_rp}/{tgt_rp}*100'
    if col == 'rs_k': return '={lal_k}+{real_k}'
    if col == 'rs_rp': return '={lal_rp}+{real_rp}'
    if col == 'crs_k': return s.crs_style % ('{rs_k}', '{ren_k}')
    if col == 'crs_rp': return s.crs_style % ('{rs_rp}', '{ren_rp}')
    if col.endswith('_p'):
        return '=%s/{tgt_k}*100' % ('{%s_k}' % col[:2])
    return None


def child_sum(s, row, col, omit=None, double=None):
    rs = [s.rows[c].r for c in row.children if c != omit]
    if double is not None:
        rs.append(s.rows[double].r)
        rs.sort()
    L = s.cols[col]
    contiguous = (omit is None and double is None and rs == list(range(rs[0], rs[-1] + 1)))
    if contiguous and len(rs) > 1:
        return '=SUM(%s%d:%s%d)' % (L, rs[0], L, rs[-1])
    if double is not None and s.double_style == 'sum':
        return '=SUM(%s)' % ','.join('%s%d' % (L, x) for x in rs)
    return '=' + '+'.join('%s%d' % (L, x) for x in rs)


def build(s):
    compute(s)
    nodes = scheme_tree(s)
    H = s.hdr_rows
    # assign columns
    cols = {}
    leafs = []
    for n in nodes:
        leafs += leaves(n)
    for i, lf in enumerate(leafs):
        lf['letter'] = get_column_letter(i + 1)
        cols[lf['col']] = lf['letter']
    s.cols = cols
    s.ncols = len(leafs)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = s.sheet
    thin = Side(style='thin')
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    center = Alignment(horizontal='center', vertical='center', wrap_text=True)
    last = get_column_letter(s.ncols)
    # title lines
    for i, t in enumerate(s.titles):
        rr = s.title_row0 + i
        ws.cell(rr, 1, t).font = Font(bold=True, size=12)
        ws.cell(rr, 1).alignment = Alignment(horizontal='center')
        ws.merge_cells('A%d:%s%d' % (rr, last, rr))
    for i, t in enumerate(s.subtitles):
        ws.cell(s.sub_row0 + i, 1, t)
    h0 = s.hdr0
    # header tree placement
    def place(n, r, c0):
        h = height(n)
        lv = leaves(n)
        c1 = c0 + len(lv) - 1
        rend = (h0 + H - 1) - h if n['children'] else h0 + H - 1
        ws.cell(r, c0, n['label'])
        for rr in range(r, rend + 1):
            for cc in range(c0, c1 + 1):
                ws.cell(rr, cc).border = box
                ws.cell(rr, cc).alignment = center
                ws.cell(rr, cc).font = bold
        if rend > r or c1 > c0:
            ws.merge_cells(start_row=r, start_column=c0, end_row=rend, end_column=c1)
        cc = c0
        for ch in n['children']:
            place(ch, rend + 1, cc)
            cc += len(leaves(ch))
    c = 1
    for n in nodes:
        place(n, h0, c)
        c += len(leaves(n))
    # numbering row
    nr = h0 + H
    s.numbering_row = nr
    def numb(n, c0):
        lv = leaves(n)
        if n['num'] is not None:
            ws.cell(nr, c0, n['num'])
            if len(lv) > 1:
                ws.merge_cells(start_row=nr, start_column=c0, end_row=nr, end_column=c0 + len(lv) - 1)
        else:
            cc = c0
            for ch in n['children']:
                numb(ch, cc)
                cc += len(leaves(ch))
    c = 1
    for n in nodes:
        numb(n, c)
        c += len(leaves(n))
    for cc in range(1, s.ncols + 1):
        ws.cell(nr, cc).alignment = center
        ws.cell(nr, cc).border = box
        ws.cell(nr, cc).font = Font(italic=True, size=9)
    # data rows
    r = nr + 1
    if s.opd_line:
        ws.cell(r, openpyxl.utils.column_index_from_string(cols['uraian']), s.opd_line).font = bold
        r += 1
    s.first = r
    for row in s.rows:
        row.r = r
        r += 1
    s.last = r - 1
    for idx, row in enumerate(s.rows):
        rr = row.r
        def put(col, v, fmt=None):
            if col not in cols:
                return
            cell = ws.cell(rr, openpyxl.utils.column_index_from_string(cols[col]), v)
            if fmt:
                cell.number_format = fmt
            cell.border = box
        if 'no' in cols and row.no is not None:
            put('no', row.no)
        if 'kode' in cols:
            put('kode', row.kode)
        name = row.name
        if s.code_in_name and row.kode and row.name:
            name = '%s %s' % (row.kode, row.name)
        if row.kind != 'k':
            put('uraian', name)
            if row.level in ('urusan', 'bidang', 'program'):
                ws.cell(rr, openpyxl.utils.column_index_from_string(cols['uraian'])).font = bold
        put('indikator', row.ind)
        if 'satuan' in cols:
            put('satuan', row.sat)
        if row.sasaran:
            put('sasaran', row.sasaran)
        if row.unit and 'unit' in cols:
            put('unit', row.unit)
        if row.kind == 'label':
            continue
        m = row.m
        parts = []
        if row.kind in ('full', 'k'):
            parts.append('k')
        if row.kind in ('full', 'rp'):
            parts.append('rp')
        for part in parts:
            for base in ('ren', 'lal', 'tgt', 'q1', 'q2', 'q3', 'q4', 'real', 'cap', 'rs', 'crs'):
                col = '%s_%s' % (base, part)
                for c2 in ([col] + (['%s_p' % base] if (part == 'k' and base.startswith('q') and s.qpct) else [])):
                    if c2 not in cols:
                        continue
                    fmt = s.fmt(c2)
                    ov = row.over.get(c2)
                    if ov is not None:
                        if ov[0] == 'f':
                            put(c2, tmpl(ov[1], cols, rr), fmt)
                        elif ov[0] == 'v':
                            put(c2, float(ov[1]) if not isinstance(ov[1], str) else ov[1], fmt)
                        elif ov[0] == 'sum_omit':
                            put(c2, child_sum(s, row, c2, omit=ov[1]), fmt)
                        elif ov[0] == 'sum_double':
                            put(c2, child_sum(s, row, c2, double=ov[1]), fmt)
                        elif ov[0] == 'blank':
                            put(c2, None)
                        continue
                    v = m.get(c2)
                    f = std_formula(s, row, c2)
                    if part == 'rp' and row.children and base in ('ren', 'lal', 'tgt', 'q1', 'q2', 'q3', 'q4'):
                        f = None if v is None else child_sum(s, row, c2)
                    if v is None:
                        put(c2, None)
                        continue
                    if f is None or c2 in row.typed:
                        if c2 in PCTCOLS and c2 in row.typed:
                            v = r2(v)
                        put(c2, int(v) if v == v.to_integral() else float(v), fmt)
                    else:
                        put(c2, tmpl(f, cols, rr), fmt)
    # summary rows (rata-rata / predikat)
    r = s.last + 1
    s.summary_cells = []
    for sm in s.summary:
        rr = r
        ws.cell(rr, openpyxl.utils.column_index_from_string(cols['uraian']), sm['label']).font = bold
        for it in sm['items']:
            L = cols[it['col']]
            cell = ws['%s%d' % (L, rr)]
            if callable(it['write']):
                it['write'] = it['write'](s)
            cell.value = tmpl(it['write'], cols, rr) if isinstance(it['write'], str) and it['write'].startswith('=') else it['write']
            if isinstance(it['write'], str) and it['write'].startswith('='):
                cell.number_format = '0.00'
            cell.border = box
            it['cell'] = '%s%d' % (L, rr)
            it['row'] = rr
            s.summary_cells.append(it)
        r += 1
    # notes and signature
    r += 1
    CI = lambda c: openpyxl.utils.column_index_from_string(cols[c])
    for t in s.notes:
        ws.cell(r, CI('uraian'), t)
        r += 1
    r += 1
    sc = s.sig_col
    rs = r
    for i, t in enumerate(s.sig_left):
        ws.cell(rs + i, CI('uraian'), t)
    for i, t in enumerate(s.sig_right):
        ws.cell(rs + i, openpyxl.utils.column_index_from_string(cols[sc]), t)
    # widths
    for lf in leafs:
        w = 8
        if lf['col'] in ('uraian', 'indikator'): w = 42
        elif lf['col'] == 'sasaran': w = 24
        elif lf['col'] == 'kode': w = 15
        elif lf['col'].endswith('_rp'): w = 16
        elif lf['col'] == 'unit': w = 18
        ws.column_dimensions[lf['letter']].width = w
    ws.freeze_panes = ws.cell(s.first, openpyxl.utils.column_index_from_string(cols['indikator']) + 1)
    return wb


def lo_convert(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(LO + ['--convert-to', fmt, '--outdir', outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def num(v):
    if v is None or isinstance(v, str):
        return v
    return D(repr(v)) if isinstance(v, float) else D(v)


def make(s):
    wb = build(s)
    tmp = '/tmp/blind6-build/%s' % s.name
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp + '/raw')
    raw = '%s/raw/%s.xlsx' % (tmp, s.name)
    wb.save(raw)
    lo_convert(raw, 'xlsx', tmp + '/calc')
    calc = '%s/calc/%s.xlsx' % (tmp, s.name)
    cv = openpyxl.load_workbook(calc, data_only=True)[s.sheet]
    fw = openpyxl.load_workbook(calc)[s.sheet]
    cols = s.cols
    # check every formula has a cached value
    for rowc in fw.iter_rows():
        for c in rowc:
            if isinstance(c.value, str) and c.value.startswith('='):
                assert cv[c.coordinate].value is not None, ('no cached value', s.name, c.coordinate)
    # mistakes: locate cells
    mist = {}
    for mk in s.mistakes:
        if 'summary' in mk:
            it = s.summary[mk['summary'][0]]['items'][mk['summary'][1]]
            mk['cell'], mk['row'] = it['cell'], it['row']
        else:
            row = s.rows[mk['idx']]
            mk['row'] = row.r
            mk['cell'] = '%s%d' % (cols[mk['col']], row.r)
        mist[mk['cell']] = mk
        mk['affects'] = []
    row_m = {}
    for mk in s.mistakes:
        assert mk['row'] not in row_m, ('two mistakes in row', mk['row'])
        row_m[mk['row']] = mk
    # compare every meant value with the cached one
    keyrows = []
    for row in s.rows:
        cells = {}
        for col, L in cols.items():
            if col in ('no', 'kode', 'sasaran', 'uraian', 'indikator', 'satuan', 'unit', 'ket'):
                continue
            coord = '%s%d' % (L, row.r)
            meant = row.m.get(col) if row.kind != 'label' else None
            if coord in mist and mist[coord]['kind'] in ('later-quarter-filled',):
                meant = None
            shown = num(cv[coord].value)
            mv = r2(meant) if (meant is not None and col in PCTCOLS) else meant
            if coord in mist and mist[coord]['kind'] == 'realisasi-above-anggaran':
                mv = shown
            cells[L] = dstr(mv)
            same = (mv is None and shown is None) or (
                mv is not None and isinstance(shown, D) and (
                    (col in PCTCOLS and r2(shown) == mv) or (col not in PCTCOLS and abs(shown - mv) < D('0.000001'))))
            if not same:
                if coord in mist:
                    continue
                mk = row_m.get(row.r)
                if mk is None:
                    mk = [x for x in s.mistakes if s.rows.index(row) in x.get('cascade', [])]
                    mk = mk[0] if mk else None
                assert mk is not None, ('unexpected difference', s.name, coord, mv, shown)
                mk['affects'].append({'cell': coord, 'shows': dstr(shown) if isinstance(shown, D) else shown,
                                      'meant': dstr(mv)})
        m = row.m
        def g(c):
            v = m.get(c) if row.kind != 'label' else None
            if c in PCTCOLS:
                v = r2(v)
            cl = cols.get(c)
            if cl and '%s%d' % (cl, row.r) in mist and mist['%s%d' % (cl, row.r)]['kind'] == 'later-quarter-filled':
                v = None
            if cl and '%s%d' % (cl, row.r) in mist and mist['%s%d' % (cl, row.r)]['kind'] == 'realisasi-above-anggaran':
                v = num(cv['%s%d' % (cl, row.r)].value)
            return dstr(v)
        kr = {'row': row.r, 'level': row.level, 'kind': {'label': 'label', 'full': 'K+Rp', 'rp': 'Rp only (indicators on following rows)', 'k': 'indicator row (K only)'}[row.kind],
              'kode': row.kode, 'name': row.name if row.kind != 'k' else None, 'indikator': row.ind, 'satuan': row.sat,
              'target_renstra_k': g('ren_k'), 'target_renstra_rp': g('ren_rp'),
              'realisasi_renstra_lalu_k': g('lal_k'), 'realisasi_renstra_lalu_rp': g('lal_rp'),
              'target_k': g('tgt_k'), 'target_rp': g('tgt_rp'),
              'tw_k': [g('q%d_k' % i) for i in range(1, 5)], 'tw_rp': [g('q%d_rp' % i) for i in range(1, 5)],
              'realisasi_k': g('real_k'), 'realisasi_rp': g('real_rp'),
              'capaian_k': g('cap_k'), 'capaian_rp': g('cap_rp'),
              'realisasi_renstra_k': g('rs_k'), 'realisasi_renstra_rp': g('rs_rp'),
              'capaian_renstra_k': g('crs_k'), 'capaian_renstra_rp': g('crs_rp'),
              'cells': {k: v for k, v in cells.items() if v is not None}}
        if s.qpct:
            kr['tw_pct'] = [g('q%d_p' % i) for i in range(1, 5)]
        if row.indicator_of is not None:
            kr['indicator_of_row'] = s.rows[row.indicator_of].r
        keyrows.append(kr)
    # summary rows
    summ = []
    for it in s.summary_cells:
        shown = cv[it['cell']].value
        if it['kind'] == 'rata-rata':
            vals = []
            for idx in it['over']:
                coord = '%s%d' % (cols[it['of']], s.rows[idx].r)
                vals.append(num(cv[coord].value))
                assert coord not in mist
            meant = r2(sum(vals) / len(vals))
            it['meant'] = meant
            ent = {'row': it['row'], 'cell': it['cell'], 'kind': 'rata-rata', 'of_cells': ['%s%d' % (cols[it['of']], s.rows[i].r) for i in it['over']],
                   'meant': dstr(meant), 'shows': dstr(r2(num(shown)))}
            if it['cell'] not in mist:
                assert r2(num(shown)) == meant or (it.get('onedec') and D(str(shown)) == meant.quantize(D('0.1'), ROUND_HALF_UP)), (s.name, it['cell'], shown, meant)
            summ.append(ent)
        else:
            src = [x for x in s.summary_cells if x['kind'] == 'rata-rata' and x['col'] == it['col']][0]
            meant = band(src['meant'])
            ent = {'row': it['row'], 'cell': it['cell'], 'kind': 'predikat', 'from_cell': src['cell'], 'meant': meant, 'shows': shown}
            if it['cell'] not in mist:
                assert shown == meant, (s.name, it['cell'], shown, meant)
            summ.append(ent)
    # mistakes: shows / correct
    outm = []
    for mk in s.mistakes:
        shown = cv[mk['cell']].value
        sh = shown if isinstance(shown, str) else dstr(num(shown))
        if 'summary' in mk:
            ent = [e for e in summ if e['cell'] == mk['cell']][0]
            correct = ent['meant']
        else:
            row = s.rows[mk['idx']]
            correct = row.m.get(mk['col'])
            if mk['col'] in PCTCOLS:
                correct = r2(correct)
            if mk['kind'] in ('later-quarter-filled', 'realisasi-above-anggaran'):
                correct = None
            correct = dstr(correct)
        if mk['kind'] == 'realisasi-above-anggaran':
            row = s.rows[mk['idx']]
            assert num(shown) > row.m['tgt_rp'], mk
        else:
            assert sh != correct, ('mistake not visible', s.name, mk['cell'], sh, correct)
        outm.append({'row': mk['row'], 'cell': mk['cell'], 'kind': mk['kind'], 'correct': correct, 'shows': sh,
                     'formula': fw[mk['cell']].value if isinstance(fw[mk['cell']].value, str) and str(fw[mk['cell']].value).startswith('=') else None,
                     'note': mk['note'], 'affects': mk['affects']})
    traps = []
    for tp in s.traps:
        row = s.rows[tp['idx']]
        cell = '%s%d' % (cols[tp['col']], row.r)
        assert row.r not in row_m, ('trap on mistake row', cell)
        traps.append({'row': row.r, 'cell': cell, 'kind': tp['kind'], 'note': tp['note'],
                      'shows': (lambda v: v if isinstance(v, str) or v is None else dstr(num(v)))(cv[cell].value)})
    for tp in s.summary_traps:
        it = s.summary[tp['summary'][0]]['items'][tp['summary'][1]]
        traps.append({'row': it['row'], 'cell': it['cell'], 'kind': tp['kind'], 'note': tp['note'],
                      'shows': (lambda v: v if isinstance(v, str) else dstr(r2(num(v))))(cv[it['cell']].value)})
    # final format
    final = '%s/%s.%s' % (OUT, s.name, s.fmt_out)
    if s.fmt_out == 'xlsx':
        shutil.copy(calc, final)
    else:
        lo_convert(calc, s.fmt_out, tmp + '/out')
        shutil.copy('%s/out/%s.%s' % (tmp, s.name, s.fmt_out), final)
    hdr = [s.hdr0, s.hdr0 + s.hdr_rows - 1]
    key = {'file': os.path.basename(final), 'sheet': s.sheet, 'scheme': s.scheme, 'year': s.year, 'period': s.period,
           'agency': s.agency, 'kabupaten_kota': s.kab,
           'title_rows': [s.title_row0, s.title_row0 + len(s.titles) - 1],
           'header_rows': hdr, 'numbering_row': s.numbering_row, 'data_rows': [s.first, s.last],
           'quarter_columns': 'K | % | Rp' if s.qpct else 'K | Rp',
           'code_in_name': bool(s.code_in_name), 'indicators_on_following_rows': bool(s.ind_following),
           'capaian_policy': 'uncapped; capaian = realisasi / target x 100 (all indicators positive); K of the year = sum of the quarters',
           'columns': {c: L for c, L in cols.items()},
           'rows': keyrows, 'summary_rows': summ,
           'mistakes': outm, 'traps': traps,
           'clean_rows': [kr['row'] for kr in keyrows if kr['row'] not in row_m]}
    with open('%s/%s.key.json' % (OUT, s.name), 'w') as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
    return key


# ---------------------------------------------------------------- data helpers
def spec_defaults(s):
    s.qpct = False
    s.qgroup = True
    s.kode_col = True
    s.code_in_name = False
    s.satuan_unnumbered = False
    s.ket = False
    s.labels = {}
    s.qlabel = 'Triwulan %s'
    s.hdr_rows = 3
    s.titles = []
    s.subtitles = []
    s.title_row0 = 1
    s.opd_line = None
    s.summary = []
    s.summary_traps = []
    s.notes = []
    s.sig_left = []
    s.sig_right = []
    s.sig_col = 'crs_rp'
    s.crs_style = '=%s/%s*100'
    s.double_style = 'plus'
    s.ind_following = False
    s.real_style = lambda part: '={q1_%s}+{q2_%s}+{q3_%s}+{q4_%s}' % ((part,) * 4)
    s.fmt = lambda c: ('0.00' if c in PCTCOLS else (ACC if c.endswith('_rp') else '#,##0.##'))
    return s


class Gen:
    """random but deterministic figures."""
    def __init__(self, seed, period):
        self.rng = random.Random(seed)
        self.P = period

    def rp(self, lo=40, hi=900, absorb=(0.78, 0.97)):
        R = self.rng
        tgt = D(R.randint(lo, hi)) * 1000000 + D(R.randint(0, 99)) * 10000
        share = [D('0.15'), D('0.25'), D('0.27'), D('0.33')]
        tot = tgt * D(str(round(R.uniform(*absorb), 3)))
        q = [(tot * sh).quantize(D('1000')) for sh in share]
        ren = (tgt * D(str(R.choice([4.6, 4.8, 5.1, 5.3]))).quantize(D('1000')))
        lal = (tgt * D(str(R.choice([2.7, 2.9, 3.1, 3.3]))).quantize(D('1000')))
        return {'ren': ren, 'lal': lal, 'tgt': tgt, 'q': q}

    def k(self, tgt, q, ren=None, lal=None):
        tgt = D(str(tgt))
        q = [D(str(x)) for x in q]
        ren = D(str(ren)) if ren is not None else tgt * 5
        lal = D(str(lal)) if lal is not None else tgt * 3
        return {'ren': ren, 'lal': lal, 'tgt': tgt, 'q': q}


# ---------------------------------------------------------------- automatic trees
def kgen(g, tgt=None, frac=(0.8, 1.02)):
    R = g.rng
    tgt = tgt if tgt is not None else R.choice([4, 6, 12, 24, 40, 60, 120, 150, 250, 480, 1200])
    f = R.uniform(*frac)
    sh = [0.2, 0.25, 0.27, 0.28]
    q = [int(round(tgt * f * x)) for x in sh]
    ren = tgt * R.choice([4, 5])
    lal = int(tgt * R.choice([2.6, 2.8, 3, 3.2, 2.9]))
    return g.k(tgt, q, ren=ren, lal=lal)


def auto_rows(g, progs, ind_following=False, urusan=None, sasaran=None, unit=None):
    """progs: [(kode, name, [(ind, sat)], [(kode, name, [(ind,sat)], [(kode, name, [(ind,sat)])...])...])]"""
    R = []
    lv = {'program': [], 'kegiatan': [], 'sub_kegiatan': [], 'k': []}
    def add(*a, **k):
        R.append(Row(*a, **k)); return len(R) - 1
    if urusan:
        for lvl, kode, name in urusan:
            add(lvl, 'label', kode, name)
    def node(level, kode, name, inds, sub=None, sas=None, un=None):
        leaf = sub is None
        if not ind_following:
            ind, sat = inds[0]
            i = add(level, 'full', kode, name, ind, sat, k=kgen(g), rp=g.rp(40, 400) if leaf else None, sasaran=sas, unit=un)
            lv[level].append(i)
            ks = [i]
        else:
            i = add(level, 'rp', kode, name, None, None, rp=g.rp(40, 400) if leaf else None, sasaran=sas, unit=un)
            lv[level].append(i)
            ks = []
            for ind, sat in inds:
                j = add(level, 'k', None, None, ind, sat, k=kgen(g))
                R[j].indicator_of = i
                lv['k'].append(j); ks.append(j)
        if sub:
            ch = []
            for sb in sub:
                ch.append(node(*sb))
            R[i].children = ch
        return i
    for p in progs:
        kode, name, inds, kegs = p
        node('program', kode, name, inds, [('kegiatan', kk, kn, ki, [('sub_kegiatan',) + tuple(ss) for ss in ksub]) if ksub else ('kegiatan', kk, kn, ki) for kk, kn, ki, ksub in kegs], sasaran, unit)
    return R, lv


def avg_cells(s, col, idxs):
    return ['%s%d' % (s.cols[col], s.rows[i].r) for i in idxs]


def mean_meant(s, col, idxs):
    return sum(s.rows[i].m[col] for i in idxs) / len(idxs)
