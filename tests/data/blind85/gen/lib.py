import json, os, re, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter as L

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PCT = '0.0%'

def parse(v, fmt='General'):
    if v is None: return None
    if isinstance(v, bool): return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (fmt or '') else v
    s = str(v).strip()
    if s.startswith('='): raise ValueError('formula')
    s = s.replace('*)', '').replace(',-', '').replace('Rp.', '').replace('Rp', '')
    s = re.sub(r'[≥≤<>=]', '', s).strip()
    s = re.split(r'\s+[-–]\s+', s)[0]
    m = re.search(r'\d[\d.,]*', s)
    if not m: return None
    t = m.group(0).rstrip('.,').replace('.', '').replace(',', '.')
    x = float(t)
    return int(x) if x == int(x) and ',' not in m.group(0) else x

def qsplit(item):
    """default written quarter realisasi (list of 4)"""
    r = item['r']
    if item.get('q') is not None: return item['q']
    if item['kind'] == 'L':
        if isinstance(r, int) and r > 20:
            return [round(r*f) for f in (0.55, 0.7, 0.85)] + [r]
        return [round(r*f, 1) for f in (0.8, 0.88, 0.95)] + [r]
    if isinstance(r, int):
        a = [int(r*f) for f in (0.2, 0.25, 0.25)]
        return a + [r - sum(a)]
    a = [round(r*f, 2) for f in (0.2, 0.25, 0.25)]
    return a + [round(r - sum(a), 2)]

def agg(vals, kind):
    p = [parse(v) for v in vals]
    p = [x for x in p if x is not None]
    if not p: return None
    if kind == 'F':
        s = sum(p); return round(s, 6)
    return p[-1]

class Agency:
    def __init__(self, name, years):
        self.name, self.years = name, years
        self.rows, self.locs, self.wbs, self.order, self.mistakes, self.layouts = [], [], {}, [], [], []
        self.ambiguous = []
    def wb(self, fname):
        w = Workbook(); w.remove(w.active); self.wbs[fname] = w; self.order.append(fname); return w
    def key(self, fname, ws, cell, year, item, t, r, tloc, rloc, col=False):
        m = re.match(r'([A-Z]+)(\d+)', cell)
        row = {'file': fname, 'sheet': ws.title, 'row': int(m.group(2))}
        if col: row['col'] = m.group(1)
        row.update({'year': year, 'written': ws[cell].value, 'same_as': item['id'], 'target': t, 'realisasi': r})
        self.rows.append(row)
        self.locs.append({'file': fname, 'sheet': ws.title, 'name_cell': cell, 'year': year, 'id': item['id'],
                          'target': tloc, 'realisasi': rloc})
        if item.get('mis'):
            what, which = item['mis']
            c = {'t': tloc, 'r': rloc}[which]['cells']
            self.mistakes.append((year, '%s!%s' % (ws.title, ','.join(c)), item['id'], what, t if which == 't' else r))
    def save(self):
        d = os.path.join(BASE, self.name); os.makedirs(d, exist_ok=True)
        raw = os.path.join(BASE, 'gen', 'raw', self.name); os.makedirs(raw, exist_ok=True)
        for f in self.order:
            stem, ext = os.path.splitext(f)
            p = os.path.join(raw, stem + '.xlsx'); self.wbs[f].save(p)
            filt = {'.xlsx': 'xlsx:Calc MS Excel 2007 XML', '.xls': 'xls:MS Excel 97', '.ods': 'ods'}[ext]
            tmp = os.path.join(BASE, 'gen', 'tmp', self.name); os.makedirs(tmp, exist_ok=True)
            subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind85',
                            '--convert-to', filt, '--outdir', tmp, p], check=True, capture_output=True)
            shutil.move(os.path.join(tmp, stem + ext), os.path.join(d, f))
        key = {'agency': self.name, 'years': self.years, 'files': self.order, 'ambiguous': self.ambiguous, 'rows': self.rows}
        json.dump(key, open(os.path.join(d, 'key.json'), 'w'), ensure_ascii=False, indent=1)
        json.dump(self.locs, open(os.path.join(BASE, 'gen', 'locators', self.name + '.json'), 'w'), ensure_ascii=False, indent=1)
        json.dump({'mistakes': self.mistakes, 'layouts': self.layouts}, open(os.path.join(raw, 'meta.json'), 'w'), ensure_ascii=False, indent=1)

B = Font(bold=True)
WR = Alignment(wrap_text=True, vertical='top')

def title(ws, lines, ncol):
    for i, t in enumerate(lines, 1):
        ws.cell(i, 1, t).font = B
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=ncol)
    return len(lines) + 2

def put(ws, cell, item, which, pctfmt=False):
    """write target/realisasi; returns key value"""
    w = item.get(which + 'w')
    k = item[which]
    if w is not None:
        ws[cell] = w
        if isinstance(w, str) and w.startswith('='): return k
        if item.get(which + 'fmt'): ws[cell].number_format = item[which + 'fmt']
        return k
    if k is None:
        ws[cell] = '-'; return None
    if pctfmt and item['unit'] == '%':
        ws[cell] = round(k / 100, 6); ws[cell].number_format = PCT
    else:
        ws[cell] = k
    return k

def cellloc(c): return {'rule': 'cell', 'cells': [c]}

def sign(ws, row, col, place, year, jab, nama, nip):
    ws.cell(row, col, '%s, %s' % (place, year))
    ws.cell(row + 1, col, jab)
    ws.cell(row + 5, col, nama).font = B
    ws.cell(row + 6, col, 'NIP. ' + nip)
    return row + 8

def name_cell(ws, r, c, item):
    ws.cell(r, c, item['name']).alignment = WR

def wrapcont(ws, r, c, item):
    if item.get('cont'):
        ws.cell(r, c, item['cont']); return 1
    return 0

# ---------------- layouts ----------------
def pk(ag, fname, ws, year, items, r0, awal=False, pctfmt=True, draft=None):
    """PK table: No | Sasaran | Indikator | Satuan | Target (Awal|Perubahan) | Realisasi | % Capaian"""
    hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan'] + (['Target Awal', 'Target Perubahan'] if awal else ['Target']) + ['Realisasi', '% Capaian']
    for j, h in enumerate(hdr, 1): ws.cell(r0, j, h).font = B
    for j in range(1, len(hdr) + 1): ws.cell(r0 + 1, j, '(%d)' % j)
    tc = 'F' if awal else 'E'; rc = 'G' if awal else 'F'; cc = 'H' if awal else 'G'
    r = r0 + 2; sas = None; n = 0; roman = 'I II III IV V VI VII'.split(); si = 0
    for it in items:
        if it.get('sas') and it['sas'] != sas:
            sas = it['sas']; ws.cell(r, 1, roman[si]); si += 1
            ws.cell(r, 2, sas).font = B
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=len(hdr)); r += 1
        n += 1
        ws.cell(r, 1, n)
        nc = 2 if it.get('in_sas') else 3
        name_cell(ws, r, nc, it)
        ws.cell(r, 4, it['unit'])
        if awal: ws['E%d' % r] = it.get('ta', it['t'])
        t = put(ws, '%s%d' % (tc, r), it, 't', pctfmt)
        rv = put(ws, '%s%d' % (rc, r), it, 'r', pctfmt)
        ws['%s%d' % (cc, r)] = '=IFERROR(%s%d/%s%d,0)' % (rc, r, tc, r); ws['%s%d' % (cc, r)].number_format = PCT
        ag.key(fname, ws, '%s%d' % (L(nc), r), year, it, t, rv, cellloc('%s%d' % (tc, r)), cellloc('%s%d' % (rc, r)))
        r += 1
        if it.get('cont'):
            ws.cell(r, nc, it['cont']); r += 1
        if draft and draft[0] == it['id']:
            ws.cell(r, 3, draft[1]); ws.cell(r, 4, it['unit']); ws['%s%d' % (tc, r)] = draft[2]; ws['%s%d' % (rc, r)] = draft[3]
            ws.row_dimensions[r].hidden = True; r += 1
    return r

def tw(ag, fname, ws, year, items, r0, pairs=False, cum=False, annual_real=False):
    """Rencana aksi. pairs: two rows per indicator (Target / Realisasi). cum: s.d. TW columns (rule last)."""
    lab = ['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV'] if cum else ['TW I', 'TW II', 'TW III', 'TW IV']
    if pairs:
        for j, h in enumerate(['No', 'Indikator Kinerja', 'Satuan', 'Target Tahun %d' % year, 'Uraian'] + lab + ['Keterangan'], 1):
            ws.cell(r0, j, h).font = B
        r = r0 + 1; n = 0
        for it in items:
            n += 1
            ws.cell(r, 1, n); name_cell(ws, r, 2, it); ws.cell(r, 3, it['unit'])
            for c in 'ABCD': ws.merge_cells('%s%d:%s%d' % (c, r, c, r + 1))
            t = put(ws, 'D%d' % r, it, 't')
            ws['E%d' % r] = 'Target'; ws['E%d' % (r + 1)] = 'Realisasi'
            q = qsplit(it)
            if cum and it['kind'] == 'F' and it.get('q') is None:
                q = [round(sum(q[:j + 1]), 2) for j in range(4)]
            tq = it.get('tq') or ([it['t']] * 4 if (it['kind'] == 'L' or it['t'] is None) else [round(it['t'] * f, 2) for f in (0.25, 0.5, 0.75, 1.0)] if cum else [round(it['t'] / 4, 2)] * 4)
            for j in range(4):
                ws.cell(r, 6 + j, tq[j]); ws.cell(r + 1, 6 + j, q[j])
            cells = ['%s%d' % (L(6 + j), r + 1) for j in range(4)]
            kind = 'L' if cum else it['kind']
            rv = agg(q, kind)
            ag.key(fname, ws, 'B%d' % r, year, it, t, rv, cellloc('D%d' % r), {'rule': 'sum' if kind == 'F' else 'last', 'cells': cells})
            r += 2
        return r
    ws.cell(r0, 1, 'No'); ws.cell(r0, 2, 'Indikator Kinerja'); ws.cell(r0, 3, 'Satuan'); ws.cell(r0, 4, 'Target Tahunan')
    for c in 'ABCD': ws.merge_cells('%s%d:%s%d' % (c, r0, c, r0 + 1))
    for j in range(4):
        ws.cell(r0, 5 + 2 * j, lab[j]); ws.merge_cells(start_row=r0, start_column=5 + 2 * j, end_row=r0, end_column=6 + 2 * j)
        ws.cell(r0 + 1, 5 + 2 * j, 'T'); ws.cell(r0 + 1, 6 + 2 * j, 'R')
    last = 13
    if annual_real: ws.cell(r0, 13, 'Realisasi Tahunan'); last = 14
    ws.cell(r0, last, 'Ket.')
    r = r0 + 2; n = 0
    for it in items:
        if it.get('sas_row'):
            ws.cell(r, 2, it['sas_row']).font = B; r += 1
        n += 1
        ws.cell(r, 1, '%d.' % n); name_cell(ws, r, 2, it); ws.cell(r, 3, it['unit'])
        t = put(ws, 'D%d' % r, it, 't')
        q = qsplit(it)
        if cum and it['kind'] == 'F' and it.get('q') is None:
            q = [round(sum(q[:j + 1]), 2) for j in range(4)]
        for j in range(4):
            tv = it['t'] if (it['kind'] == 'L' or it['t'] is None) else round(it['t'] / 4, 2)
            ws.cell(r, 5 + 2 * j, tv); ws.cell(r, 6 + 2 * j, q[j])
        cells = ['%s%d' % (L(6 + 2 * j), r) for j in range(4)]
        if annual_real:
            rv = put(ws, 'M%d' % r, it, 'r'); rl = cellloc('M%d' % r)
        else:
            kind = 'L' if cum else it['kind']
            rv = agg(q, kind); rl = {'rule': 'sum' if kind == 'F' else 'last', 'cells': cells}
        if it.get('ket'): ws.cell(r, last, it['ket'])
        ag.key(fname, ws, 'B%d' % r, year, it, t, rv, cellloc('D%d' % r), rl)
        r += 1
        if it.get('cont'):
            ws.cell(r, 2, it['cont']); r += 1
    return r

def lkjip(ag, fname, ws, year, items, r0, pctfmt=False, renstra_year=2026):
    h = ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi', None, 'Tahun %d' % year, None, 'Capaian %d' % year, 'Target Akhir Renstra (%d)' % renstra_year]
    for j, x in enumerate(h, 1):
        if x: ws.cell(r0, j, x).font = B
    ws.merge_cells(start_row=r0, start_column=4, end_row=r0, end_column=5)
    ws.merge_cells(start_row=r0, start_column=6, end_row=r0, end_column=7)
    for j, x in enumerate([None, None, None, str(year - 2), str(year - 1), 'Target', 'Realisasi', None, None], 1):
        if x: ws.cell(r0 + 1, j, x)
    for c in 'ABCHI': ws.merge_cells('%s%d:%s%d' % (c, r0, c, r0 + 1))
    r = r0 + 2; n = 0
    for it in items:
        if it.get('sas_row'):
            ws.cell(r, 1, it['sas_row']).font = B; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        n += 1
        ws.cell(r, 1, n); name_cell(ws, r, 2, it); ws.cell(r, 3, it['unit'])
        prev = it.get('prev', (None, None))
        ws.cell(r, 4, prev[0] if prev[0] is not None else '-'); ws.cell(r, 5, prev[1] if prev[1] is not None else '-')
        t = put(ws, 'F%d' % r, it, 't', pctfmt); rv = put(ws, 'G%d' % r, it, 'r', pctfmt)
        ws['H%d' % r] = '=IFERROR(G%d/F%d,"-")' % (r, r); ws['H%d' % r].number_format = PCT
        ws.cell(r, 9, it.get('akhir', '-'))
        ag.key(fname, ws, 'B%d' % r, year, it, t, rv, cellloc('F%d' % r), cellloc('G%d' % r))
        r += 1
        if it.get('cont'):
            ws.cell(r, 2, it['cont']); r += 1
    return r

def e81(ag, fname, ws, year, groups, r0):
    """groups: list of (kode, program/kegiatan name, pagu or None, [items])"""
    h = ['No', 'Sasaran', 'Kode', 'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)',
         'Satuan', 'Target Renstra SKPD pada Tahun 2026 (Akhir Periode Renstra)', None, 'Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (%d)' % (year - 1), None,
         'Target Kinerja dan Anggaran Renja Tahun Berjalan (%d)' % year, None, 'Realisasi Kinerja Pada Triwulan', None, None, None, None, None, None, None,
         'Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi', None, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)', None]
    for j, x in enumerate(h, 1):
        if x: ws.cell(r0, j, x).font = B
    for c in 'ABCDEF': ws.merge_cells('%s%d:%s%d' % (c, r0, c, r0 + 2))
    for a in (7, 9, 11, 21, 23):
        ws.merge_cells(start_row=r0, start_column=a, end_row=r0 + 1, end_column=a + 1)
    ws.merge_cells(start_row=r0, start_column=13, end_row=r0, end_column=20)
    for j, x in enumerate(['I', 'II', 'III', 'IV']):
        ws.cell(r0 + 1, 13 + 2 * j, x); ws.merge_cells(start_row=r0 + 1, start_column=13 + 2 * j, end_row=r0 + 1, end_column=14 + 2 * j)
    for c in range(7, 25): ws.cell(r0 + 2, c, 'K' if c % 2 else 'Rp')
    nums = ['1', '2', '3', '4', '5', '6', '7', None, '8', None, '9', None, '10', None, '11', None, '12', None, '13', None, '14 = 10+11+12+13', None, '15 = 14/9 x 100%', None]
    for j, x in enumerate(nums, 1):
        if x: ws.cell(r0 + 3, j, x)
    r = r0 + 4; n = 0
    for kode, pname, pagu, items in groups:
        ws.cell(r, 3, kode); ws.cell(r, 4, pname).font = B
        if pagu:
            ws.cell(r, 12, pagu); ws.cell(r, 12).number_format = '#,##0'
            ws.cell(r, 20, round(pagu * 0.93)); ws.cell(r, 22, '=N%d+P%d+R%d+T%d' % (r, r, r, r))
            ws.cell(r, 24, '=IFERROR(V%d/L%d,0)' % (r, r)); ws.cell(r, 24).number_format = PCT
            for c, f in ((14, .18), (16, .24), (18, .27)): ws.cell(r, c, round(pagu * f))
            ws.cell(r, 20, round(pagu * 0.24))
        first = True
        for it in items:
            if not first: r += 1
            first = False
            n += 1; ws.cell(r, 1, n)
            name_cell(ws, r, 5, it); ws.cell(r, 6, it['unit'])
            ws.cell(r, 7, it.get('akhir', it['t']))
            ws.cell(r, 9, it.get('prevr', '-'))
            t = put(ws, 'K%d' % r, it, 't')
            q = qsplit(it)
            for j in range(4): ws.cell(r, 13 + 2 * j, q[j])
            if it.get('rw') is not None:
                ws['U%d' % r] = it['rw']; rv = it['r']
            elif it.get('rformula'):
                ws['U%d' % r] = it['rformula'] % {'r': r}; rv = it['r']
            elif it['kind'] == 'F':
                ws['U%d' % r] = '=M%d+O%d+Q%d+S%d' % (r, r, r, r); rv = agg(q, 'F')
            else:
                ws['U%d' % r] = '=S%d' % r; rv = parse(q[3])
            ws['W%d' % r] = '=IFERROR(U%d/K%d,0)' % (r, r); ws['W%d' % r].number_format = PCT
            ag.key(fname, ws, 'E%d' % r, year, it, t, rv, cellloc('K%d' % r), cellloc('U%d' % r))
        r += 1
    ws.cell(r, 4, 'Rata-rata capaian kinerja (%)').font = B
    ws.cell(r, 23, '=AVERAGE(W%d:W%d)' % (r0 + 4, r - 1)); ws.cell(r, 23).number_format = PCT
    ws.cell(r + 1, 4, 'Predikat kinerja').font = B; ws.cell(r + 1, 23, 'Tinggi')
    return r + 3

def renstra(ag, fname, ws, year, items, r0, y0, pctfmt=False):
    yrs = list(range(y0, y0 + 5))
    h = ['No', 'Tujuan / Sasaran', 'Indikator Kinerja', 'Satuan', 'Kondisi Awal (%d)' % (y0 - 1)] + ['Target %d' % y for y in yrs] + ['Realisasi %d' % year, 'Ket']
    for j, x in enumerate(h, 1): ws.cell(r0, j, x).font = B
    r = r0 + 1; sas = None; n = 0; tcol = 6 + yrs.index(year)
    for it in items:
        if it.get('sas') and it['sas'] != sas:
            sas = it['sas']; ws.cell(r, 2, sas).font = B; r += 1
        n += 1; ws.cell(r, 1, n)
        nc = 2 if it.get('in_sas') else 3
        name_cell(ws, r, nc, it); ws.cell(r, 4, it['unit']); ws.cell(r, 5, it.get('awal', '-'))
        tt = it.get('trow') or [None] * 5
        for j, y in enumerate(yrs):
            if 6 + j == tcol: continue
            v = tt[j] if tt[j] is not None else it['t']
            ws.cell(r, 6 + j, v)
        t = put(ws, '%s%d' % (L(tcol), r), it, 't', pctfmt)
        rv = put(ws, '%s%d' % (L(11), r), it, 'r', pctfmt)
        if it.get('ket'): ws.cell(r, 12, it['ket'])
        ag.key(fname, ws, '%s%d' % (L(nc), r), year, it, t, rv, cellloc('%s%d' % (L(tcol), r)), cellloc('K%d' % r))
        r += 1
        if it.get('cont'):
            ws.cell(r, nc, it['cont']); r += 1
    return r

def cards(ag, fname, ws, year, items, r0, per_row=2):
    r = r0
    for i in range(0, len(items), per_row):
        for k, it in enumerate(items[i:i + per_row]):
            c = 1 + k * 5
            ws.cell(r, c, 'Indikator').font = B
            ws.cell(r, c + 1, it['name']).alignment = WR
            ws.merge_cells(start_row=r, start_column=c + 1, end_row=r, end_column=c + 3)
            ws.cell(r + 1, c, 'Satuan'); ws.cell(r + 1, c + 1, it['unit'])
            ws.cell(r + 2, c, 'Target'); ws.cell(r + 3, c, 'Realisasi'); ws.cell(r + 4, c, 'Capaian')
            tcell = '%s%d' % (L(c + 1), r + 2); rcell = '%s%d' % (L(c + 1), r + 3)
            t = put(ws, tcell, it, 't'); rv = put(ws, rcell, it, 'r')
            ws.cell(r + 4, c + 1, '=IFERROR(%s/%s,"-")' % (rcell, tcell)).number_format = PCT
            ag.key(fname, ws, '%s%d' % (L(c + 1), r), year, it, t, rv, cellloc(tcell), cellloc(rcell), col=True)
        r += 6
    return r

def across(ag, fname, ws, year, items, r0, per_block=9):
    r = r0
    for i in range(0, len(items), per_block):
        for j, lab in enumerate(['Indikator', 'Satuan', 'Target %d' % year, 'Realisasi %d' % year, 'Capaian']):
            ws.cell(r + j, 1, lab).font = B
        for k, it in enumerate(items[i:i + per_block]):
            c = 2 + k
            ws.cell(r, c, it['name']).alignment = WR; ws.cell(r + 1, c, it['unit'])
            tcell = '%s%d' % (L(c), r + 2); rcell = '%s%d' % (L(c), r + 3)
            t = put(ws, tcell, it, 't', True); rv = put(ws, rcell, it, 'r', True)
            ws.cell(r + 4, c, '=IFERROR(%s/%s,"-")' % (rcell, tcell)).number_format = PCT
            ag.key(fname, ws, '%s%d' % (L(c), r), year, it, t, rv, cellloc(tcell), cellloc(rcell), col=True)
        r += 7
    return r

MONTHS = 'Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des'.split()
def monthly(ag, fname, ws, year, items, r0, key=True):
    for j, x in enumerate(['No', 'Indikator', 'Satuan', 'Target %d' % year] + MONTHS + ['Ket'], 1): ws.cell(r0, j, x).font = B
    r = r0 + 1
    for n, it in enumerate(items, 1):
        ws.cell(r, 1, n); name_cell(ws, r, 2, it); ws.cell(r, 3, it['unit'])
        t = put(ws, 'D%d' % r, it, 't')
        m = it['m']
        for j in range(12): ws.cell(r, 5 + j, m[j])
        cells = ['%s%d' % (L(5 + j), r) for j in range(12)]
        if key:
            ag.key(fname, ws, 'B%d' % r, year, it, t, agg(m, it['kind']), cellloc('D%d' % r), {'rule': 'sum' if it['kind'] == 'F' else 'last', 'cells': cells})
        r += 1
    return r

def months_of(it):
    """default monthly written values from r"""
    r = it['r']
    if it.get('m') is not None: return it['m']
    if it['kind'] == 'F':
        if isinstance(r, int):
            a = [r // 12] * 11; return a + [r - sum(a)]
        a = [round(r / 12, 2)] * 11; return a + [round(r - sum(a), 2)]
    if isinstance(r, int) and r > 30:
        return [round(r * (0.7 + 0.025 * j)) for j in range(11)] + [r]
    return [round(r * (0.9 + 0.008 * j), 1) for j in range(11)] + [r]

def build(ag, IND, years, over):
    """IND rows: (id, kind, unit, sas, names[4], vals[4]) -> dict year -> list of items"""
    out = {y: [] for y in years}
    for id_, kind, unit, sas, names, vals in IND:
        for i, y in enumerate(years):
            if names[i] is None: continue
            t, r = vals[i]
            it = {'id': id_, 'kind': kind, 'unit': unit, 'sas': sas, 'name': names[i], 't': t, 'r': r}
            it.update(over.get((id_, y), {}))
            out[y].append(it)
    return out
