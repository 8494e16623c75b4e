import json, os, random, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter as L

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = ROOT + '/gen'
LO = ['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind81', '--convert-to']

def idn(v, dec=None):
    if isinstance(v, float) and v.is_integer() and dec is None: v = int(v)
    if isinstance(v, int):
        return f'{v:,}'.replace(',', '.')
    s = f'{v:,.{dec or 2}f}'.rstrip('0').rstrip('.') if dec is None else f'{v:,.{dec}f}'
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')

def V(v, style='num', unit=''):
    """returns (typed value, number_format, keyed value)"""
    if v is None: return ('-', None, None)
    if style == 'num': return (v, None, v)
    if style == 'pct': return (round(v / 100, 6), '0.0%', v)
    if style == 'pct0': return (round(v / 100, 6), '0%', v)
    if style == 'txt': return (idn(v), None, v)
    if style == 'txtpct': return (idn(v) + ' %', None, v)
    if style == 'rp': return ('Rp ' + idn(v) + ',-', None, v)
    if style == 'rp2': return ('Rp. ' + idn(v), None, v)
    if style == 'ge': return ('≥ ' + idn(v), None, v)
    if style == 'range': return (f'{idn(v)} - {idn(v + 5)}', None, v)
    if style == 'star': return (idn(v) + '*)', None, v)
    if style == 'unit': return (idn(v) + ' ' + unit, None, v)
    if style == 'grade': return ('BB', None, None)
    if style == 'dash': return ('-', None, None)
    if style == 'frac': return (round(v / 100, 4), None, round(v / 100, 4))  # mistake: fraction in plain cell
    raise ValueError(style)

def put(ws, r, c, spec):
    cell = ws.cell(r, c, spec[0])
    if spec[1]: cell.number_format = spec[1]
    return cell

def title(ws, lines, ncol, r=1):
    for i, t in enumerate(lines):
        ws.cell(r + i, 1, t).font = Font(bold=True)
        ws.merge_cells(start_row=r + i, start_column=1, end_row=r + i, end_column=ncol)
        ws.cell(r + i, 1).alignment = Alignment(horizontal='center')
    return r + len(lines)

def sign(ws, r, c, place, date, jab, nama, nip):
    for i, t in enumerate([f'{place}, {date}', jab, '', '', '', nama, f'NIP. {nip}']):
        ws.cell(r + i, c, t)
    return r + 8

def quarters(it):
    """keyed quarterly realisasi values (None = not reported)"""
    r = it['r']; k = it['kind']
    if k == 'FLOW':
        w = [0.2, 0.25, 0.25, 0.3]
        if isinstance(r, int):
            q = [int(r * x) for x in w[:3]]; q.append(r - sum(q))
        else:
            q = [round(r * x, 2) for x in w[:3]]; q.append(round(r - sum(q), 2))
    else:
        f = [0.7, 0.8, 0.9, 1.0]
        q = [round(r * x, 2) if not isinstance(r, int) else int(r * x) for x in f]
        q[3] = r
    for i in it.get('qblank', []): q[i] = None
    if 'q10' in it: q[it['q10']] = q[it['q10']] * 10
    return q

class Agency:
    def __init__(self, slug, prefix, years, seed):
        self.slug = slug; self.prefix = prefix; self.years = years
        self.rows = []; self.locs = []; self.files = []; self.ambiguous = []
        self.meta = {'layouts': [], 'mistakes': [], 'notes': []}
        self.rnd = random.Random(seed)
    def key(self, fn, ws, r, c, year, written, sid, t, rv, tloc, rloc, col=False):
        row = {'file': fn, 'sheet': ws.title, 'row': r}
        if col: row['col'] = L(c)
        row.update(year=year, written=written, same_as=sid, target=t, realisasi=rv)
        self.rows.append(row)
        self.locs.append({'file': fn, 'sheet': ws.title, 'year': year, 'id': sid,
                          'name': f'{L(c)}{r}', 'target': tloc, 'realisasi': rloc})
    def mistake(self, year, cell, ind, what, keyed):
        self.meta['mistakes'].append([year, cell, ind, what, keyed])
    def save(self, wb, fname):
        raw = f'{GEN}/raw/{self.slug}'; tmp = f'{GEN}/tmp/{self.slug}'; out = f'{ROOT}/{self.slug}'
        for d in (raw, tmp, out): os.makedirs(d, exist_ok=True)
        base, ext = fname.rsplit('.', 1)
        rp = f'{raw}/{base}.xlsx'; wb.save(rp)
        subprocess.run(LO + [ext, '--outdir', tmp, rp], check=True, capture_output=True)
        shutil.move(f'{tmp}/{base}.{ext}', f'{out}/{fname}')
        self.files.append(fname)
    def finish(self):
        out = f'{ROOT}/{self.slug}'
        key = {'agency': self.slug, 'years': self.years, 'files': self.files,
               'ambiguous': self.ambiguous, 'rows': self.rows}
        json.dump(key, open(f'{out}/key.json', 'w'), ensure_ascii=False, indent=1)
        json.dump(self.locs, open(f'{GEN}/locators/{self.slug}.json', 'w'), ensure_ascii=False, indent=1)
        json.dump(self.meta, open(f'{GEN}/meta_{self.slug}.json', 'w'), ensure_ascii=False, indent=1)

def cell1(ws, r, c): return {'rule': 'cell', 'cells': [f'{L(c)}{r}']}

def table(ag, ws, fn, year, items, r0, cols, opt=None):
    """generic one-row-per-indicator table. cols: list of (header or (top,sub), field)."""
    opt = opt or {}
    c = {f: i + 1 for i, (h, f) in enumerate(cols)}
    two = any(isinstance(h, tuple) for h, f in cols)
    for i, (h, f) in enumerate(cols):
        if isinstance(h, tuple):
            ws.cell(r0, i + 1, h[0]); ws.cell(r0 + 1, i + 1, h[1])
        else:
            ws.cell(r0, i + 1, h)
            if two: ws.merge_cells(start_row=r0, start_column=i + 1, end_row=r0 + 1, end_column=i + 1)
    if two:  # merge equal top headers
        i = 0
        while i < len(cols):
            h = cols[i][0]; j = i
            if isinstance(h, tuple):
                while j + 1 < len(cols) and isinstance(cols[j + 1][0], tuple) and cols[j + 1][0][0] == h[0]:
                    j += 1
                if j > i:
                    for k in range(i + 2, j + 2): ws.cell(r0, k).value = None
                    ws.merge_cells(start_row=r0, start_column=i + 1, end_row=r0, end_column=j + 1)
            i = j + 1
    r = r0 + (2 if two else 1)
    if opt.get('numrow'):
        for i in range(len(cols)): ws.cell(r, i + 1, f'({i + 1})')
        r += 1
    cur = None; n = 0
    for it in items:
        if opt.get('band') and it.get('sas') != cur:
            cur = it.get('sas'); ws.cell(r, 1, opt['band'](cur) if callable(opt['band']) else cur).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols)); r += 1
        n += 1
        first_of_group = it.get('sas') != cur or not opt.get('band')
        if not opt.get('band') and 'sas' in c and it.get('sas') != cur:
            cur = it.get('sas'); ws.cell(r, c['sas'], cur)
        if 'no' in c: ws.cell(r, c['no'], it.get('no', n))
        namecol = c['sas'] if it.get('in_sas') else c['name']
        name = it['name']
        if 'wrap' in it:
            name = it['wrap'][0]; ws.cell(r + 1, namecol, it['wrap'][1])
        ws.cell(r, namecol, name).alignment = Alignment(wrap_text=True, vertical='top')
        if it.get('vmerge'):
            ws.merge_cells(start_row=r, start_column=namecol, end_row=r + 1, end_column=namecol)
        if 'unit' in c: ws.cell(r, c['unit'], it.get('unit_typed', it['unit']))
        T = V(it['t'], it.get('ts', 'num'), it['unit']); put(ws, r, c['t'], T)
        tloc = cell1(ws, r, c['t'])
        for f in c:
            if f.startswith('o_') and it.get(f) is not None: put(ws, r, c[f], it[f])
            if f.startswith('tq'):
                ws.cell(r, c[f], it.get('tqv', [None] * 4)[int(f[2]) - 1])
        qcols = [f for f in ('q1', 'q2', 'q3', 'q4') if f in c]
        if qcols:
            qs = quarters(it); qst = it.get('qs', it.get('rs', 'num'))
            if qst not in ('num', 'pct', 'pct0', 'txt', 'unit'): qst = 'num'
            qcells = []
            for i, f in enumerate(qcols):
                put(ws, r, c[f], V(qs[i], qst, it['unit']) if qs[i] is not None else ('-', None, None))
                qcells.append(f'{L(c[f])}{r}')
            rep = [q for q in qs if q is not None]
            if opt.get('cum') or it['kind'] == 'LEVEL':
                qkey = rep[-1] if rep else None; qrule = 'last'
            else:
                qkey = round(sum(rep), 6) if rep else None; qrule = 'sum'
                if isinstance(it['r'], int): qkey = int(qkey)
        if 'r' in c:
            if qcols and opt.get('rformula'):
                rf = it.get('rform')
                if rf == 'sum3':
                    ws.cell(r, c['r'], f'=SUM({qcells[0]}:{qcells[2]})')
                    rv = sum(q for q in qs[:3] if q is not None)
                elif it['kind'] == 'FLOW':
                    ws.cell(r, c['r'], f'=SUM({qcells[0]}:{qcells[-1]})'); rv = qkey
                else:
                    li = max(i for i, q in enumerate(qs) if q is not None)
                    ws.cell(r, c['r'], f'={qcells[li]}'); rv = qkey
                if isinstance(rv, float): rv = round(rv, 6)
                fmt = V(1, qst)[1]
                if fmt: ws.cell(r, c['r']).number_format = fmt
            else:
                R = V(it['r'], it.get('rs', 'num'), it['unit']); put(ws, r, c['r'], R); rv = R[2]
            rloc = cell1(ws, r, c['r'])
        elif qcols:
            rv = qkey; rloc = {'rule': qrule, 'cells': qcells}
        else:
            rv = None; rloc = {'rule': 'none'}
        if 'cap' in c and 'r' in c:
            rc, tc = f'{L(c["r"])}{r}', f'{L(c["t"])}{r}'
            ws.cell(r, c['cap'], f'=IFERROR({rc}/{tc},0)').number_format = '0.00%'
        ag.key(fn, ws, r, namecol, year, name, it['id'], V(it['t'], it.get('ts', 'num'))[2], rv, tloc, rloc)
        r += 2 if ('wrap' in it or it.get('vmerge')) else 1
        if it.get('draft_after'):
            ws.cell(r, c['name'], it['draft_after']); put(ws, r, c['t'], V(it['t'] * 0.9 if isinstance(it['t'], (int, float)) else 0, 'num'))
            ws.row_dimensions[r].hidden = True; r += 1
    return r

def cards(ag, ws, fn, year, items, r0, per_row=2):
    """block per indicator, cards side by side (key rows share sheet rows -> col)."""
    r = r0
    for k in range(0, len(items), per_row):
        for j, it in enumerate(items[k:k + per_row]):
            c0 = 1 + j * 5
            ws.cell(r, c0, 'Indikator Kinerja').font = Font(bold=True)
            ws.cell(r, c0 + 1, it['name']).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=c0 + 1, end_row=r, end_column=c0 + 3)
            ws.cell(r + 1, c0, 'Satuan'); ws.cell(r + 1, c0 + 1, it['unit'])
            ws.cell(r + 2, c0, f'Target {year}'); T = V(it['t'], it.get('ts', 'num'), it['unit']); put(ws, r + 2, c0 + 1, T)
            ws.cell(r + 3, c0, f'Realisasi {year}'); R = V(it['r'], it.get('rs', 'num'), it['unit']); put(ws, r + 3, c0 + 1, R)
            ws.cell(r + 4, c0, 'Capaian'); ws.cell(r + 4, c0 + 1, f'=IFERROR({L(c0+1)}{r+3}/{L(c0+1)}{r+2},0)').number_format = '0.0%'
            ag.key(fn, ws, r, c0 + 1, year, it['name'], it['id'], T[2], R[2], cell1(ws, r + 2, c0 + 1), cell1(ws, r + 3, c0 + 1), col=per_row > 1)
        r += 6
    return r

def transposed(ag, ws, fn, year, items, r0, per_band=8):
    """indicators across columns, labels down column A."""
    r = r0
    for k in range(0, len(items), per_band):
        band = items[k:k + per_band]
        labels = ['Indikator', 'Satuan', f'Target {year}', f'Realisasi {year}', 'Capaian (%)']
        for i, lab in enumerate(labels): ws.cell(r + i, 1, lab).font = Font(bold=True)
        for j, it in enumerate(band):
            c = 2 + j
            ws.cell(r, c, it['name']).alignment = Alignment(wrap_text=True)
            ws.cell(r + 1, c, it['unit'])
            T = V(it['t'], it.get('ts', 'num'), it['unit']); put(ws, r + 2, c, T)
            R = V(it['r'], it.get('rs', 'num'), it['unit']); put(ws, r + 3, c, R)
            ws.cell(r + 4, c, f'=IFERROR({L(c)}{r+3}/{L(c)}{r+2}*100,0)').number_format = '0.00'
            ag.key(fn, ws, r, c, year, it['name'], it['id'], T[2], R[2], cell1(ws, r + 2, c), cell1(ws, r + 3, c), col=True)
        r += 7
    return r

def rowpair(ag, ws, fn, year, items, r0, annual=True):
    """Rencana Aksi with Target/Realisasi row pairs; name merged over the pair."""
    hdr = ['No', 'Indikator Kinerja', 'Satuan', 'Uraian', 'TW I', 'TW II', 'TW III', 'TW IV'] + (['Tahunan'] if annual else [])
    for i, h in enumerate(hdr): ws.cell(r0, i + 1, h).font = Font(bold=True)
    r = r0 + 1
    for n, it in enumerate(items, 1):
        ws.cell(r, 1, n); ws.cell(r, 2, it['name']).alignment = Alignment(wrap_text=True, vertical='top')
        ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        ws.cell(r, 3, it['unit']); ws.cell(r, 4, 'Target'); ws.cell(r + 1, 4, 'Realisasi')
        qst = it.get('qs', 'num')
        tq = it.get('tqv') or [None, None, None, None]
        for i in range(4): ws.cell(r, 5 + i, tq[i])
        qs = quarters(it)
        for i in range(4): put(ws, r + 1, 5 + i, V(qs[i], qst, it['unit']) if qs[i] is not None else ('-', None, None))
        qcells = [f'{L(5+i)}{r+1}' for i in range(4)]
        if annual:
            T = V(it['t'], it.get('ts', 'num'), it['unit']); put(ws, r, 9, T)
            R = V(it['r'], it.get('rs', 'num'), it['unit']); put(ws, r + 1, 9, R)
            ag.key(fn, ws, r, 2, year, it['name'], it['id'], T[2], R[2], cell1(ws, r, 9), cell1(ws, r + 1, 9))
        else:
            T = V(it['t'], it.get('ts', 'num'), it['unit'])
            put(ws, r, 8, T)  # annual target typed in TW IV target cell
            rep = [q for q in qs if q is not None]
            if it['kind'] == 'FLOW':
                rv = round(sum(rep), 6); rule = 'sum'
                if isinstance(it['r'], int): rv = int(rv)
            else:
                rv = rep[-1]; rule = 'last'
            ag.key(fn, ws, r, 2, year, it['name'], it['id'], T[2], rv, cell1(ws, r, 8), {'rule': rule, 'cells': qcells})
        r += 2
    return r

def e81(ag, ws, fn, year, groups, r0):
    """Permendagri 86 E.81. groups: list of (level, kode, uraian, [items]) ; items may be []"""
    cols = ['No', 'Sasaran', 'Kode', 'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)',
            'Satuan']
    pairs = [f'Target Renja Tahun {year}', 'Realisasi Kinerja Triwulan I', 'Realisasi Kinerja Triwulan II',
             'Realisasi Kinerja Triwulan III', 'Realisasi Kinerja Triwulan IV', f'Realisasi Capaian Kinerja dan Anggaran Renja yang dievaluasi ({year})',
             'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)']
    for i, h in enumerate(cols):
        ws.cell(r0, i + 1, h); ws.merge_cells(start_row=r0, start_column=i + 1, end_row=r0 + 1, end_column=i + 1)
    for j, h in enumerate(pairs):
        c = 7 + 2 * j; ws.cell(r0, c, h); ws.merge_cells(start_row=r0, start_column=c, end_row=r0, end_column=c + 1)
        ws.cell(r0 + 1, c, 'K'); ws.cell(r0 + 1, c + 1, 'Rp')
    ncol = 6 + 2 * len(pairs)
    for i in range(ncol): ws.cell(r0 + 2, i + 1, i + 1)
    r = r0 + 3; no = 0
    for lvl, kode, ur, items, budget in groups:
        no += 1
        ws.cell(r, 1, no); ws.cell(r, 3, kode); ws.cell(r, 4, ur)
        if budget:
            ws.cell(r, 8, budget[0]); b = budget[1]
            for i in range(4): ws.cell(r, 10 + 2 * i, b[i])
            ws.cell(r, 18, f'=J{r}+L{r}+N{r}+P{r}'); ws.cell(r, 20, f'=IFERROR(R{r}/H{r},0)').number_format = '0.00%'
        if not items: r += 1; continue
        for k, it in enumerate(items):
            ws.cell(r, 5, it['name']).alignment = Alignment(wrap_text=True)
            ws.cell(r, 6, it['unit'])
            T = V(it['t'], it.get('ts', 'num')); put(ws, r, 7, T)
            qs = quarters(it)
            for i in range(4): ws.cell(r, 9 + 2 * i, qs[i] if qs[i] is not None else '-')
            rep = [(i, q) for i, q in enumerate(qs) if q is not None]
            if 'typed_over' in it:
                ws.cell(r, 17, it['typed_over']); rv = it['typed_over']
            elif it['kind'] == 'FLOW':
                ws.cell(r, 17, f'=SUM(I{r},K{r},M{r},O{r})'); rv = round(sum(q for i, q in rep), 6)
                if isinstance(it['r'], int): rv = int(rv)
            else:
                li = rep[-1][0]; ws.cell(r, 17, f'={L(9 + 2 * li)}{r}'); rv = rep[-1][1]
            ws.cell(r, 19, f'=IFERROR(Q{r}/G{r}*100,0)').number_format = '0.00'
            ag.key(fn, ws, r, 5, year, it['name'], it['id'], T[2], rv, cell1(ws, r, 7), cell1(ws, r, 17))
            r += 1
    return r

def mkitems(defs, years, year, rnd):
    i = years.index(year); out = []
    for d in defs:
        nm = d['names'][i]
        if nm is None: continue
        t = d['t0'] + d.get('inc', 0) * i
        if d['unit'] in ('%', 'indeks', 'nilai', 'ha', 'km2'):
            t = round(min(float(t), 100.0) if d['unit'] == '%' else float(t), 2)
            r = round(t * rnd.uniform(0.9, 1.06), 2)
            if d['unit'] == '%': r = min(r, 100.0)
            if float(t).is_integer(): t = int(t)
        elif d['unit'].startswith('Rp'):
            t = int(t); r = int(round(t * rnd.uniform(0.82, 0.99), -3))
        else:
            t = int(t); r = int(round(t * rnd.uniform(0.85, 1.15)))
        out.append(dict(id=d['id'], name=nm, unit=d['unit'], kind=d['kind'], t=t, r=r, sas=d.get('sas', '')))
    return out

def by(items, iid): return next(x for x in items if x['id'] == iid)
