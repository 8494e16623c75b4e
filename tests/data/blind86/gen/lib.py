"""Shared helpers for the blind86 generators: typed values, layouts, key registry, build."""
import json, os, random, shutil, subprocess, glob
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter as CL

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(BASE, 'gen')
LO = ['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind86']

# ---------------- typed values ----------------
class V:
    def __init__(self, key, cell, fmt=None):
        self.key, self.cell, self.fmt = key, cell, fmt

def idn(x, dec=None):
    """Indonesian number text: 1.185 / 82,5"""
    if dec is None:
        dec = 0 if float(x) == int(x) else len(repr(float(x)).split('.')[1])
    s = f"{x:,.{dec}f}"
    return s.replace(',', '#').replace('.', ',').replace('#', '.')

def N(x, fmt=None): return V(x, x, fmt)
def P(x): return V(x, round(x / 100.0, 6), '0.0%')          # %-formatted fraction, keyed in points
def FR(x): return V(round(x / 100.0, 6), round(x / 100.0, 6))  # MISTAKE: fraction in a plain cell
def T(x, suf=''): return V(x, idn(x) + suf)                    # text number
def RP(x): return V(x, 'Rp ' + idn(x) + ',-')
def GE(x, suf=''): return V(x, '\u2265 ' + idn(x) + suf)
def RG(lo, hi, suf=''): return V(lo, f'{idn(lo)} - {idn(hi)}{suf}')
def ST(x): return V(x, idn(x) + '*)')
def F(formula, cached): return V(cached, formula)
DASH = V(None, '-')
BLANK = V(None, None)
def GR(g): return V(None, g)

def combine(vals, rule):
    ks = [v.key for v in vals if v.key is not None]
    if rule == 'cell':
        return vals[0].key
    if not ks:
        return None
    if rule == 'sum':
        s = sum(ks)
        return round(s, 6) if isinstance(s, float) else s
    if rule == 'last':
        return ks[-1]
    raise ValueError(rule)

# ---------------- agency registry ----------------
class Agency:
    def __init__(self, slug, years, ambiguous):
        self.slug, self.years, self.ambiguous = slug, years, ambiguous
        self.rows, self.loc, self.books = [], [], []

    def book(self, fname):
        b = Book(self, fname)
        self.books.append(b)
        return b

    def finish(self):
        out = os.path.join(BASE, self.slug)
        os.makedirs(out, exist_ok=True)
        raw = os.path.join(GEN, 'raw'); os.makedirs(raw, exist_ok=True)
        tmp = os.path.join(GEN, 'tmp', self.slug); shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
        for b in self.books:
            stem, ext = os.path.splitext(b.fname)
            rp = os.path.join(raw, stem + '.xlsx')
            b.wb.save(rp)
            subprocess.run(LO + ['--convert-to', ext[1:], '--outdir', tmp, rp], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(tmp, stem + ext), os.path.join(out, b.fname))
        # shared rows -> col
        cnt = {}
        for r in self.rows:
            cnt[(r['file'], r['sheet'], r['row'])] = cnt.get((r['file'], r['sheet'], r['row']), 0) + 1
        rows = []
        for r, l in zip(self.rows, self.loc):
            d = {'file': r['file'], 'sheet': r['sheet'], 'row': r['row']}
            if cnt[(r['file'], r['sheet'], r['row'])] > 1:
                d['col'] = r['col']
            d.update(year=r['year'], written=r['written'], same_as=r['same_as'],
                     target=r['target'], realisasi=r['realisasi'])
            rows.append(d)
        key = {'agency': self.slug, 'years': self.years, 'files': [b.fname for b in self.books],
               'ambiguous': self.ambiguous, 'rows': rows}
        json.dump(key, open(os.path.join(out, 'key.json'), 'w'), ensure_ascii=False, indent=1)
        os.makedirs(os.path.join(GEN, 'locators'), exist_ok=True)
        json.dump(self.loc, open(os.path.join(GEN, 'locators', self.slug + '.json'), 'w'),
                  ensure_ascii=False, indent=1)
        print(self.slug, len(rows), 'key rows')

class Book:
    def __init__(self, ag, fname):
        self.ag, self.fname = ag, fname
        self.wb = Workbook(); self.wb.remove(self.wb.active)

    def sheet(self, title, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = 'hidden'
        return ws

    def key(self, ws, addr, year, iid, written, tv, tcells, trule, rv, rcells, rrule):
        col = ''.join(c for c in addr if c.isalpha()); row = int(addr[len(col):])
        self.ag.rows.append(dict(file=self.fname, sheet=ws.title, row=row, col=col, year=year,
                                 written=written, same_as=iid,
                                 target=combine(tv, trule), realisasi=combine(rv, rrule)))
        self.ag.loc.append(dict(file=self.fname, sheet=ws.title, name=addr, id=iid, year=year,
                                target={'rule': trule, 'cells': tcells},
                                realisasi={'rule': rrule, 'cells': rcells}))

WRAP = Alignment(wrap_text=True, vertical='top')
def put(ws, addr, v, bold=False):
    if isinstance(v, V):
        ws[addr] = v.cell
        if v.fmt: ws[addr].number_format = v.fmt
    else:
        ws[addr] = v
    if bold: ws[addr].font = Font(bold=True)
    if isinstance(ws[addr].value, str) and '\n' in ws[addr].value: ws[addr].alignment = WRAP

def title(ws, lines, ncol, start=1):
    for i, t in enumerate(lines):
        r = start + i
        put(ws, f'A{r}', t, bold=True)
        if ncol > 1: ws.merge_cells(f'A{r}:{CL(ncol)}{r}')
    return start + len(lines)

def sign(ws, r, col, place, date, jab, nama, nip):
    for i, t in enumerate([f'{place}, {date}', jab, '', '', '', nama, f'NIP. {nip}']):
        put(ws, f'{col}{r+i}', t)
    return r + 7

# quarterly / monthly splits of an annual realisasi
def split(kind, r, n, rng, is_int=True):
    if r is None: return [DASH] * n
    if kind == 'FLOW':
        w = [rng.uniform(0.7, 1.3) for _ in range(n)]; s = sum(w)
        if is_int:
            parts = [int(r * x / s) for x in w]; parts[-1] = r - sum(parts[:-1])
        else:
            parts = [round(r * x / s, 2) for x in w]; parts[-1] = round(r - sum(parts[:-1]), 2)
        return [N(p) for p in parts]
    # LEVEL: progression ending at r
    out = []
    for i in range(n):
        f = 0.6 + 0.4 * (i + 1) / n
        x = r if i == n - 1 else (round(r * f) if is_int else round(r * f, 2))
        out.append(N(x))
    return out

# ---------------- layouts ----------------
# row dict: id, name, sat, kind, t (V), r (V), q (list of V), sas, wrap (continuation text),
#           at_sas (name typed in the Sasaran column), draft (hidden draft row after it)

def lay_pk(bk, ws, year, rows, head, awal=False, start=1, capaian=True):
    """PK / Pengukuran Kinerja: No | Sasaran | Indikator | Satuan | Target (Awal|Perubahan) | Realisasi | %"""
    ncol = 8 if awal else 7
    r = title(ws, head, ncol, start) + 1
    cols = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan']
    if awal:
        put(ws, f'E{r}', 'Target', True); ws.merge_cells(f'E{r}:F{r}')
        put(ws, f'E{r+1}', 'PK Awal', True); put(ws, f'F{r+1}', 'PK Perubahan', True)
        put(ws, f'G{r}', 'Realisasi', True); ws.merge_cells(f'G{r}:G{r+1}')
        put(ws, f'H{r}', '% Capaian', True); ws.merge_cells(f'H{r}:H{r+1}')
        for i, c in enumerate(cols):
            put(ws, f'{CL(i+1)}{r}', c, True); ws.merge_cells(f'{CL(i+1)}{r}:{CL(i+1)}{r+1}')
        r += 2; tc, rc, pc = 'F', 'G', 'H'
    else:
        for i, c in enumerate(cols + ['Target', 'Realisasi', '% Capaian']):
            put(ws, f'{CL(i+1)}{r}', c, True)
        r += 1; tc, rc, pc = 'E', 'F', 'G'
    for i in range(ncol):
        put(ws, f'{CL(i+1)}{r}', f'({i+1})')
    r += 1
    sas_prev, sas_row, no = None, None, 0
    for x in rows:
        if x.get('sas') and x['sas'] != sas_prev:
            if sas_row and r - 1 > sas_row: ws.merge_cells(f'B{sas_row}:B{r-1}')
            sas_prev, sas_row = x['sas'], r
            put(ws, f'B{r}', x['sas'])
        no += 1
        put(ws, f'A{r}', no)
        nc = 'B' if x.get('at_sas') else 'C'
        if x.get('at_sas'):
            if sas_row and r - 1 > sas_row: ws.merge_cells(f'B{sas_row}:B{r-1}')
            sas_prev, sas_row = None, None
        put(ws, f'{nc}{r}', x['name']); put(ws, f'D{r}', x['sat'])
        if awal: put(ws, f'E{r}', x.get('t0', x['t']))
        put(ws, f'{tc}{r}', x['t']); put(ws, f'{rc}{r}', x['r'])
        if capaian:
            put(ws, f'{pc}{r}', f'=IFERROR({rc}{r}/{tc}{r},"")'); ws[f'{pc}{r}'].number_format = '0.00%'
        bk.key(ws, f'{nc}{r}', year, x['id'], x['name'], [x['t']], [f'{tc}{r}'], 'cell', [x['r']], [f'{rc}{r}'], 'cell')
        r += 1
        if x.get('wrap'):
            put(ws, f'C{r}', x['wrap']); r += 1
        if x.get('draft'):
            put(ws, f'C{r}', x['draft'][0]); put(ws, f'{tc}{r}', x['draft'][1]); put(ws, f'{rc}{r}', x['draft'][2])
            ws.row_dimensions[r].hidden = True; r += 1
    if sas_row and r - 1 > sas_row: ws.merge_cells(f'B{sas_row}:B{r-1}')
    ws.column_dimensions['B'].width = 30; ws.column_dimensions['C'].width = 50
    return r

def lay_lkjip(bk, ws, year, rows, head, renstra_year):
    """LKjIP bab III: No | Indikator | Satuan | Realisasi Y-2 | Y-1 | Target Y | Realisasi Y | Capaian | Target akhir Renstra | Capaian thd Renstra"""
    r = title(ws, head, 10) + 1
    for c, t in [('A', 'No'), ('B', 'Indikator Kinerja'), ('C', 'Satuan')]:
        put(ws, f'{c}{r}', t, True); ws.merge_cells(f'{c}{r}:{c}{r+1}')
    put(ws, f'D{r}', 'Realisasi', True); ws.merge_cells(f'D{r}:E{r}')
    put(ws, f'D{r+1}', year - 2, True); put(ws, f'E{r+1}', year - 1, True)
    put(ws, f'F{r}', f'Tahun {year}', True); ws.merge_cells(f'F{r}:H{r}')
    put(ws, f'F{r+1}', 'Target', True); put(ws, f'G{r+1}', 'Realisasi', True); put(ws, f'H{r+1}', 'Capaian (%)', True)
    put(ws, f'I{r}', f'Target Akhir Renstra ({renstra_year})', True); ws.merge_cells(f'I{r}:I{r+1}')
    put(ws, f'J{r}', 'Capaian thd Renstra (%)', True); ws.merge_cells(f'J{r}:J{r+1}')
    r += 2
    for i, x in enumerate(rows):
        put(ws, f'A{r}', f'{i+1}.'); put(ws, f'B{r}', x['name']); put(ws, f'C{r}', x['sat'])
        for c, k in [('D', 'p2'), ('E', 'p1'), ('I', 'ren')]:
            if k in x: put(ws, f'{c}{r}', x[k])
        put(ws, f'F{r}', x['t']); put(ws, f'G{r}', x['r'])
        put(ws, f'H{r}', f'=IFERROR(G{r}/F{r}*100,"-")'); ws[f'H{r}'].number_format = '0.00'
        put(ws, f'J{r}', f'=IFERROR(G{r}/I{r}*100,"-")'); ws[f'J{r}'].number_format = '0.00'
        bk.key(ws, f'B{r}', year, x['id'], x['name'], [x['t']], [f'F{r}'], 'cell', [x['r']], [f'G{r}'], 'cell')
        r += 1
        if x.get('wrap'):
            put(ws, f'B{r}', x['wrap']); r += 1
    ws.column_dimensions['B'].width = 55
    return r

def lay_ra(bk, ws, year, rows, head, pairs=False, sd=False):
    """Rencana Aksi: No | Indikator | Satuan | Target Tahunan | TW I..IV (realisasi, or s.d. TW cumulative).
    pairs=True: two rows per indicator (Target / Realisasi), name merged over both."""
    r = title(ws, head, 9) + 1
    tw = ['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV'] if sd else ['TW I', 'TW II', 'TW III', 'TW IV']
    hdr = ['No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan']
    if pairs: hdr = ['No', 'Indikator Kinerja', 'Satuan', 'Uraian', 'Target Tahunan']
    for i, t in enumerate(hdr):
        put(ws, f'{CL(i+1)}{r}', t, True); ws.merge_cells(f'{CL(i+1)}{r}:{CL(i+1)}{r+1}')
    q0 = len(hdr) + 1
    put(ws, f'{CL(q0)}{r}', 'Realisasi Kumulatif' if sd else ('Target / Realisasi per Triwulan' if pairs else 'Realisasi per Triwulan'), True)
    ws.merge_cells(f'{CL(q0)}{r}:{CL(q0+3)}{r}')
    for j, t in enumerate(tw): put(ws, f'{CL(q0+j)}{r+1}', t, True)
    put(ws, f'{CL(q0+4)}{r}', 'Ket.', True); ws.merge_cells(f'{CL(q0+4)}{r}:{CL(q0+4)}{r+1}')
    r += 2
    for i, x in enumerate(rows):
        put(ws, f'A{r}', i + 1); put(ws, f'B{r}', x['name']); put(ws, f'C{r}', x['sat'])
        qc = [f'{CL(q0+j)}{r + (1 if pairs else 0)}' for j in range(4)]
        rule = 'last' if (sd or x['kind'] == 'LEVEL') else 'sum'
        if pairs:
            ws.merge_cells(f'A{r}:A{r+1}'); ws.merge_cells(f'B{r}:B{r+1}'); ws.merge_cells(f'C{r}:C{r+1}')
            put(ws, f'D{r}', 'Target'); put(ws, f'D{r+1}', 'Realisasi')
            put(ws, f'E{r}', x['t'])
            for j, v in enumerate(x.get('qt', [BLANK] * 4)): put(ws, f'{CL(q0+j)}{r}', v)
            tcell = f'E{r}'
        else:
            put(ws, f'D{r}', x['t']); tcell = f'D{r}'
        for j, v in enumerate(x['q']): put(ws, qc[j], v)
        if x.get('ket'): put(ws, f'{CL(q0+4)}{r}', x['ket'])
        bk.key(ws, f'B{r}', year, x['id'], x['name'], [x['t']], [tcell], 'cell', x['q'], qc, rule)
        r += 2 if pairs else 1
    ws.column_dimensions['B'].width = 55
    return r

E81_HDR = ['No', 'Sasaran', 'Kode', 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan',
           'Indikator Kinerja Program (outcome)/ Kegiatan (output)',
           'Target Renstra Perangkat Daerah pada Tahun {e} (Akhir Periode Renstra)',
           'Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu ({p})',
           'Target Kinerja dan Anggaran Renja Tahun Berjalan ({y}) yang Dievaluasi',
           'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV',
           'Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi ({y})',
           'Realisasi Kinerja dan Anggaran Renstra s.d. Tahun {y}']

def lay_e81(bk, ws, year, items, head, renstra_end, wrong=None, typed=None):
    """Permendagri 86 form E.81. items: ('prog'|'keg'|'sub', kode, uraian, rp_target, [rows]).
    Indicator rows: K pairs; realisasi K (col T) = formula over TW K (sum for FLOW, last TW for LEVEL).
    wrong: {id: formula_text_template} ; typed: {id: V} typed over the computed column."""
    r = title(ws, head, 23) + 1
    put(ws, f'A{r}', E81_HDR[0], True)
    for i in range(5):
        put(ws, f'{CL(i+1)}{r}', E81_HDR[i], True); ws.merge_cells(f'{CL(i+1)}{r}:{CL(i+1)}{r+1}')
    grp = E81_HDR[5:]
    for g in range(9):
        c = 6 + 2 * g
        put(ws, f'{CL(c)}{r}', grp[g].format(e=renstra_end, p=year - 1, y=year), True)
        ws.merge_cells(f'{CL(c)}{r}:{CL(c+1)}{r}')
        put(ws, f'{CL(c)}{r+1}', 'K', True); put(ws, f'{CL(c+1)}{r+1}', 'Rp', True)
    put(ws, f'X{r}', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)', True)
    ws.merge_cells(f'X{r}:Y{r}'); put(ws, f'X{r+1}', 'K', True); put(ws, f'Y{r+1}', 'Rp', True)
    r += 2
    for i in range(25):
        put(ws, f'{CL(i+1)}{r}', i + 1)
    r += 1
    no = 0
    for lvl, kode, ur, rp, inds in items:
        first = True
        if lvl == 'prog': no += 1
        for x in (inds or [None]):
            if first:
                if lvl == 'prog': put(ws, f'A{r}', no)
                put(ws, f'C{r}', kode); put(ws, f'D{r}', ur)
                if rp is not None:
                    put(ws, f'K{r}', rp); ws[f'K{r}'].number_format = '#,##0'
                    put(ws, f'U{r}', f'=SUM(M{r},O{r},Q{r},S{r})'); ws[f'U{r}'].number_format = '#,##0'
                    put(ws, f'Y{r}', f'=IFERROR(U{r}/K{r}*100,"")'); ws[f'Y{r}'].number_format = '0.00'
                    for j, c in enumerate('MOQS'):
                        put(ws, f'{c}{r}', round(rp * (0.18 + 0.05 * j))); ws[f'{c}{r}'].number_format = '#,##0'
                first = False
            if x is None:
                r += 1; continue
            put(ws, f'E{r}', x['name'])
            if 'ren' in x: put(ws, f'F{r}', x['ren'])
            if 'p1' in x: put(ws, f'H{r}', x['p1'])
            put(ws, f'J{r}', x['t'])
            for j, c in enumerate('LNPR'): put(ws, f'{c}{r}', x['q'][j])
            # computed K
            ks = [v.key for v in x['q']]
            if x['id'] in (typed or {}):
                rv = typed[x['id']]; put(ws, f'T{r}', rv)
            elif x['id'] in (wrong or {}):
                f, cached = wrong[x['id']]
                rv = F(f.format(r=r), cached); put(ws, f'T{r}', rv)
            elif x['kind'] == 'FLOW':
                rv = F(f'=SUM(L{r},N{r},P{r},R{r})', round(sum(k for k in ks if k is not None), 6)); put(ws, f'T{r}', rv)
            else:
                rv = F(f'=R{r}', ks[3] if ks[3] is not None else 0); put(ws, f'T{r}', rv)
            put(ws, f'X{r}', f'=IFERROR(T{r}/J{r}*100,"")'); ws[f'X{r}'].number_format = '0.00'
            bk.key(ws, f'E{r}', year, x['id'], x['name'], [x['t']], [f'J{r}'], 'cell', [rv], [f'T{r}'], 'cell')
            r += 1
    ws.column_dimensions['D'].width = 40; ws.column_dimensions['E'].width = 45
    return r

def lay_renstra(bk, ws, year, rows, head, y0, y1):
    """Renstra matrix: No | Tujuan/Sasaran | Indikator | Satuan | Kondisi Awal | Target y0..y1 | Realisasi <year> | Ket"""
    ny = y1 - y0 + 1
    r = title(ws, head, 6 + ny + 1) + 1
    for c, t in [('A', 'No'), ('B', 'Tujuan / Sasaran'), ('C', 'Indikator Tujuan / Sasaran'), ('D', 'Satuan'),
                 ('E', f'Kondisi Awal ({y0-1})')]:
        put(ws, f'{c}{r}', t, True); ws.merge_cells(f'{c}{r}:{c}{r+1}')
    put(ws, f'F{r}', 'Target Kinerja pada Tahun', True); ws.merge_cells(f'F{r}:{CL(5+ny)}{r}')
    for j in range(ny): put(ws, f'{CL(6+j)}{r+1}', y0 + j, True)
    rc = CL(6 + ny)
    put(ws, f'{rc}{r}', f'Realisasi {year}', True); ws.merge_cells(f'{rc}{r}:{rc}{r+1}')
    put(ws, f'{CL(7+ny)}{r}', 'Keterangan', True); ws.merge_cells(f'{CL(7+ny)}{r}:{CL(7+ny)}{r+1}')
    r += 2
    tcol = CL(6 + year - y0)
    sas_prev = None
    for i, x in enumerate(rows):
        if x.get('sas') and x['sas'] != sas_prev:
            put(ws, f'B{r}', x['sas']); sas_prev = x['sas']; ws.merge_cells(f'B{r}:{CL(7+ny)}{r}'); r += 1
        put(ws, f'A{r}', i + 1); put(ws, f'C{r}', x['name']); put(ws, f'D{r}', x['sat'])
        if 'ka' in x: put(ws, f'E{r}', x['ka'])
        for j in range(ny):
            yy = y0 + j
            put(ws, f'{CL(6+j)}{r}', x['t'] if yy == year else x.get('ty', {}).get(yy, BLANK))
        put(ws, f'{rc}{r}', x['r'])
        if x.get('ket'): put(ws, f'{CL(7+ny)}{r}', x['ket'])
        bk.key(ws, f'C{r}', year, x['id'], x['name'], [x['t']], [f'{tcol}{r}'], 'cell', [x['r']], [f'{rc}{r}'], 'cell')
        r += 1
        if x.get('draft'):
            put(ws, f'C{r}', x['draft'][0]); put(ws, f'{tcol}{r}', x['draft'][1]); put(ws, f'{rc}{r}', x['draft'][2])
            ws.row_dimensions[r].hidden = True; r += 1
    ws.column_dimensions['C'].width = 50
    return r

def lay_cards(bk, ws, year, rows, head, per_row=2):
    """Block per indicator ('kartu'), two cards side by side: label col / value col."""
    r = title(ws, head, 4 * per_row) + 1
    for k in range(0, len(rows), per_row):
        for j, x in enumerate(rows[k:k + per_row]):
            lc, vc, ec = CL(1 + 4 * j), CL(2 + 4 * j), CL(3 + 4 * j)
            put(ws, f'{lc}{r}', f'KARTU INDIKATOR {k+j+1}', True); ws.merge_cells(f'{lc}{r}:{ec}{r}')
            put(ws, f'{lc}{r+1}', 'Indikator'); put(ws, f'{vc}{r+1}', x['name']); ws.merge_cells(f'{vc}{r+1}:{ec}{r+1}')
            put(ws, f'{lc}{r+2}', 'Satuan'); put(ws, f'{vc}{r+2}', x['sat'])
            put(ws, f'{lc}{r+3}', f'Target {year}'); put(ws, f'{vc}{r+3}', x['t'])
            put(ws, f'{lc}{r+4}', f'Realisasi {year}'); put(ws, f'{vc}{r+4}', x['r'])
            put(ws, f'{lc}{r+5}', 'Capaian'); put(ws, f'{vc}{r+5}', f'=IFERROR({vc}{r+4}/{vc}{r+3},"-")')
            ws[f'{vc}{r+5}'].number_format = '0.0%'
            put(ws, f'{lc}{r+6}', 'Sumber data'); put(ws, f'{vc}{r+6}', x.get('src', 'Buku register UPTD'))
            bk.key(ws, f'{vc}{r+1}', year, x['id'], x['name'], [x['t']], [f'{vc}{r+3}'], 'cell',
                   [x['r']], [f'{vc}{r+4}'], 'cell')
        r += 8
    for j in range(per_row):
        ws.column_dimensions[CL(1 + 4 * j)].width = 16; ws.column_dimensions[CL(2 + 4 * j)].width = 40
    return r

def lay_across(bk, ws, year, rows, head):
    """Turned-over table: indicators across columns; rows Indikator / Satuan / Target / Realisasi / Capaian."""
    n = len(rows)
    r = title(ws, head, n + 1) + 1
    put(ws, f'A{r}', 'No', True); put(ws, f'A{r+1}', 'Indikator Kinerja', True); put(ws, f'A{r+2}', 'Satuan', True)
    put(ws, f'A{r+3}', f'Target {year}', True); put(ws, f'A{r+4}', f'Realisasi {year}', True)
    put(ws, f'A{r+5}', 'Capaian (%)', True)
    for j, x in enumerate(rows):
        c = CL(2 + j)
        put(ws, f'{c}{r}', j + 1); put(ws, f'{c}{r+1}', x['name']); put(ws, f'{c}{r+2}', x['sat'])
        ws[f'{c}{r+1}'].alignment = WRAP
        put(ws, f'{c}{r+3}', x['t']); put(ws, f'{c}{r+4}', x['r'])
        put(ws, f'{c}{r+5}', f'=IFERROR({c}{r+4}/{c}{r+3}*100,"-")'); ws[f'{c}{r+5}'].number_format = '0.0'
        bk.key(ws, f'{c}{r+1}', year, x['id'], x['name'], [x['t']], [f'{c}{r+3}'], 'cell', [x['r']], [f'{c}{r+4}'], 'cell')
        ws.column_dimensions[c].width = 22
    ws.column_dimensions['A'].width = 20
    return r + 6

BULAN = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
def lay_monthly(bk, ws, year, rows, head):
    """Monthly recap: No | Indikator | Satuan | Target | Jan..Des (no annual column)."""
    r = title(ws, head, 16) + 1
    for i, t in enumerate(['No', 'Indikator', 'Satuan', f'Target {year}']):
        put(ws, f'{CL(i+1)}{r}', t, True); ws.merge_cells(f'{CL(i+1)}{r}:{CL(i+1)}{r+1}')
    put(ws, f'E{r}', f'Realisasi Bulan ({year})', True); ws.merge_cells(f'E{r}:P{r}')
    for j, b in enumerate(BULAN): put(ws, f'{CL(5+j)}{r+1}', b, True)
    r += 2
    for i, x in enumerate(rows):
        put(ws, f'A{r}', i + 1); put(ws, f'B{r}', x['name']); put(ws, f'C{r}', x['sat']); put(ws, f'D{r}', x['t'])
        mc = [f'{CL(5+j)}{r}' for j in range(12)]
        for j, v in enumerate(x['q']): put(ws, mc[j], v)
        bk.key(ws, f'B{r}', year, x['id'], x['name'], [x['t']], [f'D{r}'], 'cell', x['q'], mc,
               'sum' if x['kind'] == 'FLOW' else 'last')
        r += 1
    ws.column_dimensions['B'].width = 50
    return r

def build(spec, years, seed, pct_style='num'):
    """spec: (id, kind, sat, base, step, dec, names[len(years)]) -> {year: [row dicts]} with default typed values."""
    rng = random.Random(seed)
    out = {y: [] for y in years}
    for iid, kind, sat, base, step, dec, names in spec:
        for i, y in enumerate(years):
            nm = names[i]
            if nm is None: continue
            t = round(base + step * i, dec)
            rr = round(t * rng.uniform(0.86, 1.07), dec)
            if sat.startswith('%'): rr = min(rr, 100.0)
            if dec == 0: t, rr = int(t), int(rr)
            wrap = None
            if isinstance(nm, tuple): nm, wrap = nm
            d = dict(id=iid, kind=kind, sat=sat, name=nm, tn=t, rn=rr, wrap=wrap)
            if sat.startswith('%') and pct_style == 'pct':
                d['t'], d['r'] = P(t), P(rr)
            else:
                d['t'], d['r'] = N(t), N(rr)
            d['q'] = split(kind, rr, 4, rng, dec == 0)
            out[y].append(d)
    return out

def find(rows, iid):
    for x in rows:
        if x['id'] == iid: return x
    raise KeyError(iid)

class NoKey:
    """stand-in book for a pasted second copy of a table (not key rows)"""
    def key(self, *a, **k): pass
