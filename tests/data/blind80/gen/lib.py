"""Small helpers shared by the three generators (blind80)."""
import json, os, random, re
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter, column_index_from_string
from openpyxl.utils.cell import coordinate_from_string

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, 'gen')


class V:
    """A cell as typed (raw), with the figure the key gives it (key)."""
    def __init__(self, raw, key, fmt=None):
        self.raw, self.key, self.fmt = raw, key, fmt


def N(x, fmt=None):
    return V(x, x, fmt)


def P(frac, fmt='0.0%'):          # %-formatted fraction -> keyed in percent points
    return V(frac, round(frac * 100, 9), fmt)


def T(s, key):                     # text as typed, keyed figure
    return V(s, key)


def F(formula, key, fmt=None):     # formula; key = its intended cached value
    return V(formula, key, fmt)


DASH = V('-', None)


def G(g):                          # grade
    return V(g, None)


def idn(x, dec=None):
    """Indonesian number text: 1234567.5 -> '1.234.567,5'"""
    if dec is None:
        dec = 0 if float(x).is_integer() else 2
    s = f"{x:,.{dec}f}"
    s = s.replace(',', '#').replace('.', ',').replace('#', '.')
    if ',' in s:
        s = s.rstrip('0').rstrip(',')
    return s


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical='top')


class Sheet:
    def __init__(self, book, ws):
        self.book, self.ws, self.store = book, ws, {}

    @property
    def title(self):
        return self.ws.title

    def w(self, addr, v, bold=False, wrap=False, fmt=None):
        c = self.ws[addr]
        if isinstance(v, V):
            raw = v.raw
            if isinstance(raw, str) and raw.startswith('='):
                raw = raw.replace('{r}', str(c.row))
            c.value = raw
            if v.fmt:
                c.number_format = v.fmt
            self.store[addr] = v
        else:
            c.value = v
        if fmt:
            c.number_format = fmt
        if bold:
            c.font = BOLD
        if wrap or (isinstance(c.value, str) and '\n' in c.value):
            c.alignment = WRAP
        return c

    def merge(self, rng):
        self.ws.merge_cells(rng)

    def hide_row(self, r):
        self.ws.row_dimensions[r].hidden = True

    def width(self, col, w):
        self.ws.column_dimensions[col].width = w

    def _val(self, rule, addrs):
        ks = [self.store[a].key if a in self.store else None for a in addrs]
        rep = [k for k in ks if k is not None]
        if rule == 'cell':
            return ks[0]
        if not rep:
            return None
        if rule == 'sum':
            return round(sum(rep), 9)
        if rule == 'last':
            return rep[-1]
        raise ValueError(rule)

    def key(self, year, iid, name_addr, t, r, col=False):
        """t, r: (rule, [addresses]) rule in cell|sum|last"""
        name = self.ws[name_addr].value
        col_l, row = coordinate_from_string(name_addr)
        row_d = {'file': self.book.fname, 'sheet': self.title, 'row': row}
        if col:
            row_d['col'] = col_l
        row_d.update({'year': year, 'written': name, 'same_as': iid,
                      'target': self._val(*t), 'realisasi': self._val(*r)})
        self.book.agency.rows.append(row_d)
        self.book.agency.locs.append({'file': self.book.fname, 'sheet': self.title, 'year': year,
                                      'id': iid, 'name_cell': name_addr,
                                      'target': {'rule': t[0], 'cells': t[1]},
                                      'realisasi': {'rule': r[0], 'cells': r[1]}})


class Book:
    def __init__(self, agency, fname):
        self.agency, self.fname = agency, fname
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        agency.books.append(self)

    def sheet(self, title, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = 'hidden'
        return Sheet(self, ws)

    def save(self):
        stem = os.path.splitext(self.fname)[0]
        p = os.path.join(GEN, 'raw', self.agency.name + '__' + stem + '.xlsx')
        self.wb.save(p)
        return p


class Agency:
    def __init__(self, name, years, seed, ambiguous):
        self.name, self.years, self.ambiguous = name, years, ambiguous
        self.rows, self.locs, self.books = [], [], []
        self.rng = random.Random(seed)

    def finish(self):
        os.makedirs(os.path.join(ROOT, self.name), exist_ok=True)
        plan = []
        for b in self.books:
            b.save()
            plan.append(b.fname)
        key = {'agency': self.name, 'years': self.years, 'files': plan,
               'ambiguous': self.ambiguous, 'rows': self.rows}
        with open(os.path.join(ROOT, self.name, 'key.json'), 'w') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        with open(os.path.join(GEN, 'locators', self.name + '.json'), 'w') as f:
            json.dump(self.locs, f, ensure_ascii=False, indent=1)
        # conversion plan read by run_all.sh
        with open(os.path.join(GEN, 'raw', self.name + '.plan'), 'w') as f:
            for b in self.books:
                stem = os.path.splitext(b.fname)[0]
                f.write(f"{self.name}__{stem}.xlsx\t{b.fname}\n")


def title_block(s, lines, col='A', start=1, merge_to=None):
    r = start
    for ln in lines:
        s.w(f'{col}{r}', ln, bold=True)
        if merge_to:
            s.merge(f'{col}{r}:{merge_to}{r}')
        r += 1
    return r


def signature(s, r, col, place_date, jab, name, nip):
    s.w(f'{col}{r}', place_date)
    s.w(f'{col}{r+1}', jab)
    s.w(f'{col}{r+5}', name, bold=True)
    s.w(f'{col}{r+6}', nip)
    return r + 7


def split4(total, rng, integer=True):
    """split a FLOW total over four quarters"""
    w = [rng.uniform(0.15, 0.35) for _ in range(4)]
    sw = sum(w)
    if integer:
        parts = [int(total * x / sw) for x in w[:3]]
        parts.append(int(round(total - sum(parts))))
    else:
        parts = [round(total * x / sw, 2) for x in w[:3]]
        parts.append(round(total - sum(parts), 2))
    return parts


def level4(final, rng, integer=True):
    """LEVEL series over four quarters ending at final"""
    out = []
    for k in (0.9, 0.94, 0.97):
        v = final * (k + rng.uniform(-0.02, 0.02))
        out.append(int(round(v)) if integer else round(v, 2))
    out.append(final)
    return out


def vals(rng, spec, i):
    """intended target/realisasi for year index i. spec: dict(base, step, dec, pct)"""
    t = spec['base'] + spec['step'] * i
    r = t * rng.uniform(0.88, 1.07)
    if spec.get('pct'):
        t, r = min(t, 100), min(r, 100)
    d = spec.get('dec', 0)
    if d == 0:
        t, r = int(round(t)), int(round(r))
    else:
        t, r = round(t, d), round(r, d)
    if spec.get('rp'):
        t = int(round(t, -6)); r = int(round(r, -3))
    return t, r


E81_HEAD = ['No', 'Kode', 'Urusan/ Bidang Urusan Pemerintahan Daerah dan Program/ Kegiatan/ Sub Kegiatan',
            'Indikator Kinerja Program (outcome)/ Kegiatan (output)/ Sub Kegiatan', 'Satuan',
            'Target Kinerja dan Anggaran Renstra Perangkat Daerah Tahun 2021-2026 (Akhir Periode Renstra)',
            None, 'Realisasi Capaian Kinerja dan Anggaran Renstra Perangkat Daerah s/d Renja Tahun Lalu', None,
            'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan', None,
            'Realisasi Kinerja Pada Triwulan', None, None, None, None, None, None, None,
            'Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi', None,
            'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)', None,
            'Unit Perangkat Daerah Penanggung Jawab']


def e81(s, year, r0, groups, rng, unit_pj='UPTD'):
    """Permendagri 86 form E.81. groups: list of (level, kode, name, items).
    item: dict(id, name, unit, t=V, q=[V,V,V,V], kind, renstra, lalu, real=V or None)"""
    cols = [get_column_letter(i) for i in range(1, 25)]
    for i, h in enumerate(E81_HEAD):
        if h:
            s.w(f'{cols[i]}{r0}', h, bold=True, wrap=True)
    for a, b in [('A', 'A'), ('B', 'B'), ('C', 'C'), ('D', 'D'), ('E', 'E'), ('X', 'X')]:
        s.merge(f'{a}{r0}:{b}{r0+2}')
    for a, b in [('F', 'G'), ('H', 'I'), ('J', 'K'), ('L', 'S'), ('T', 'U'), ('V', 'W')]:
        s.merge(f'{a}{r0}:{b}{r0+1}' if a != 'L' else f'{a}{r0}:{b}{r0}')
    for k, c in enumerate('LNPR'):
        s.w(f'{c}{r0+1}', ['I', 'II', 'III', 'IV'][k], bold=True)
        s.merge(f'{c}{r0+1}:{chr(ord(c)+1)}{r0+1}')
    for c in 'FHJLNPRTV':
        s.w(f'{c}{r0+2}', 'K', bold=True)
        s.w(f'{chr(ord(c)+1)}{r0+2}', 'Rp', bold=True)
    num = [1, 2, 3, 4, 5, 6, None, 7, None, 8, None, 9, None, 10, None, 11, None, 12, None, 13, None, 14, None, 15]
    for i, n in enumerate(num):
        s.w(f'{cols[i]}{r0+3}', f'({n})' if n else None)
    s.merge(f'F{r0+3}:G{r0+3}')
    r = r0 + 4
    no = 0
    for level, kode, gname, items in groups:
        no += 1
        s.w(f'A{r}', no if level != 'prog' else None)
        s.w(f'B{r}', kode)
        s.w(f'C{r}', gname, bold=(level == 'prog'), wrap=True)
        if level != 'urusan':
            budget = int(rng.uniform(80, 900)) * 1_000_000
            s.w(f'K{r}', budget, fmt='#,##0')
            qs = [int(budget * x) for x in (0.18, 0.24, 0.27, 0.22)]
            for c, q in zip('MOQS', qs):
                s.w(f'{c}{r}', q, fmt='#,##0')
            s.w(f'U{r}', f'=SUM(M{r},O{r},Q{r},S{r})', fmt='#,##0')
            s.w(f'W{r}', f'=IF(K{r}=0,0,U{r}/K{r}*100)', fmt='0.00')
            s.w(f'G{r}', budget * 5, fmt='#,##0')
        if not items:
            r += 1
            continue
        for it in items:
            s.w(f'D{r}', it['name'], wrap=True)
            s.w(f'E{r}', it['unit'])
            s.w(f'F{r}', it.get('renstra', N(None)))
            s.w(f'H{r}', it.get('lalu', N(None)))
            s.w(f'J{r}', it['t'])
            for c, q in zip('LNPR', it['q']):
                s.w(f'{c}{r}', q)
            if it.get('real') is not None:
                s.w(f'T{r}', it['real'])
            elif it['kind'] == 'FLOW':
                ks = [q.key for q in it['q'] if q.key is not None]
                s.w(f'T{r}', F('=SUM(L{r},N{r},P{r},R{r})', round(sum(ks), 9)))
            else:
                ks = [q.key for q in it['q'] if q.key is not None]
                s.w(f'T{r}', F('=R{r}', ks[-1]))
            s.w(f'V{r}', f'=IF(N(J{r})=0,0,N(T{r})/J{r}*100)', fmt='0.00')
            s.w(f'X{r}', unit_pj)
            s.key(year, it['id'], f'D{r}', ('cell', [f'J{r}']), ('cell', [f'T{r}']))
            r += 1
    return r
