"""Shared helpers for the blind47 generators."""
import json, os, re
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter, column_index_from_string

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
RAW = os.path.join(GEN, 'raw')
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical='center')
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)
BOLD = Font(bold=True)


def parse(v, fmt=''):
    """Key convention: % formatted numbers -> percent points; Indonesian text."""
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        x = float(v) * 100 if '%' in (fmt or '') else float(v)
        return round(x, 6)
    s = str(v).strip()
    if s in ('', '-', '–', 'N/A', 'n/a', '#N/A'):
        return None
    m = re.search(r'\d[\d.,]*', s)
    if not m:
        return None
    tok = m.group(0).rstrip('.,')
    if ',' in tok:
        tok = tok.replace('.', '').replace(',', '.')
    elif re.fullmatch(r'\d{1,3}(\.\d{3})+', tok):
        tok = tok.replace('.', '')
    return round(float(tok), 6)


def col(c):
    return get_column_letter(c) if isinstance(c, int) else c


class Book:
    """One delivered workbook: built as xlsx by openpyxl, converted by soffice."""
    def __init__(self, agency, out_name):
        self.agency = agency          # slug
        self.out_name = out_name      # delivered file name (.xlsx/.xls/.ods)
        self.wb = openpyxl.Workbook()
        self.wb.remove(self.wb.active)
        self.keys = []

    @property
    def raw_name(self):
        base, ext = os.path.splitext(self.out_name)
        return base + '__' + ext[1:] + '.xlsx'

    def sheet(self, title, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = 'hidden'
        return ws

    def key(self, ws, cell, year, sid, written, target, real, tspec, rspec, share_col=False):
        """cell: name cell coordinate like 'C8'. tspec/rspec: (agg, [cells]) agg in one/sum/last."""
        m = re.fullmatch(r'([A-Z]+)(\d+)', cell)
        assert ws[cell].value == written, (cell, ws[cell].value, written)
        self.keys.append(dict(file=self.out_name, sheet=ws.title, row=int(m.group(2)),
                              col=m.group(1), share=share_col, year=year, same_as=sid,
                              written=written, target=target, realisasi=real,
                              tspec=tspec, rspec=rspec))

    def save(self):
        os.makedirs(RAW, exist_ok=True)
        self.wb.save(os.path.join(RAW, self.raw_name))


def put(ws, ref, v, fmt=None, bold=False, align=None, border=True):
    c = ws[ref]
    c.value = v
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if align:
        c.alignment = align
    if border:
        c.border = BOX
    return c


def merge(ws, rng, v=None, **kw):
    first = rng.split(':')[0]
    if v is not None:
        put(ws, first, v, **kw)
    ws.merge_cells(rng)


def split_flow(total, n=4, w=(0.22, 0.25, 0.26, 0.27), integer=True):
    parts = [total * x for x in w[:n]]
    if integer:
        parts = [int(round(p)) for p in parts]
        parts[-1] = int(round(total - sum(parts[:-1])))
    else:
        parts = [round(p, 2) for p in parts]
        parts[-1] = round(total - sum(parts[:-1]), 2)
    return parts


def ramp(final, n=4, start=0.85):
    """Level indicator over n periods ending at final."""
    out = []
    for i in range(n):
        f = start + (1 - start) * i / (n - 1)
        out.append(round(final * f, 2))
    out[-1] = final
    return out


def signature(ws, row, c, place_date, jabatan, nama, pangkat, nip):
    for i, t in enumerate([place_date, jabatan, '', '', '', nama, pangkat, nip]):
        if t:
            ws[f'{c}{row + i}'] = t
    return row + 8


def e81(b, ws, year, I, order, sas, progs, over, scheme17=False, unit_pd='UPTD', kode=None):
    """Permendagri 86 form E.81. progs: list of (prog_name, prog_rp, [(keg_name, keg_rp, [ids])]).
    over: {id: dict(q=[...] quarter K cells override, ann=override annual cell, kr=key realisasi, kt=key target, tcell=...)}
    Returns next free row.  Quarter K for flows per-quarter; for levels cumulative, annual = last quarter."""
    hdr_groups = [('A', 'No'), ('B', 'Sasaran'), ('C', 'Kode'), ('D', 'Program / Kegiatan'), ('E', 'Indikator Kinerja Program (outcome) / Kegiatan (output)'), ('F', 'Satuan')]
    pairs = ['Target Renstra PD pada Tahun 2026 (akhir periode Renstra)', 'Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (%d)' % (year - 1),
             'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (%d) yang Dievaluasi' % year,
             'Realisasi Kinerja Pada Triwulan I', 'Realisasi Kinerja Pada Triwulan II', 'Realisasi Kinerja Pada Triwulan III', 'Realisasi Kinerja Pada Triwulan IV',
             'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi']
    if scheme17:
        pairs += ['Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang Dievaluasi (%)']
    pairs += ['Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun %d' % year, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun %d (%%)' % year]
    H1, H2, H3 = 6, 7, 8
    for c, t in hdr_groups:
        merge(ws, f'{c}{H1}:{c}{H2}', t, bold=True, align=CENTER)
    c0 = 7
    pc = {}
    for k, t in enumerate(pairs):
        a, bb = col(c0 + 2 * k), col(c0 + 2 * k + 1)
        merge(ws, f'{a}{H1}:{bb}{H1}', t, bold=True, align=CENTER)
        put(ws, f'{a}{H2}', 'K', bold=True, align=CENTER); put(ws, f'{bb}{H2}', 'Rp', bold=True, align=CENTER)
        pc[k] = (a, bb)
    last = col(c0 + 2 * len(pairs))
    merge(ws, f'{last}{H1}:{last}{H2}', 'Unit PD Penanggung Jawab', bold=True, align=CENTER)
    # numbering row
    n = 1
    for c in ['A', 'B', 'C', 'D', 'E', 'F']:
        put(ws, f'{c}{H3}', n, align=CENTER); n += 1
    for k in range(len(pairs)):
        a, bb = pc[k]
        merge(ws, f'{a}{H3}:{bb}{H3}', n, align=CENTER); n += 1
    put(ws, f'{last}{H3}', n, align=CENTER)
    # formula text row under the numbers (some forms write it)
    r = H3 + 1
    TR, RL, TJ, Q1, Q2, Q3, Q4, RJ = [pc[k] for k in range(8)]
    if scheme17:
        CJ, RS, CS = pc[8], pc[9], pc[10]
    else:
        CJ, RS, CS = None, pc[8], pc[9]
    no = 1
    for pname, prp, kegs in progs:
        put(ws, f'A{r}', no, bold=True); put(ws, f'C{r}', kode[pname] if kode else '', bold=True)
        put(ws, f'D{r}', pname, bold=True, align=WRAP)
        put(ws, f'{TJ[1]}{r}', prp[0], fmt='#,##0'); 
        for q, (qa, qb) in enumerate([Q1, Q2, Q3, Q4]):
            put(ws, f'{qb}{r}', prp[1][q], fmt='#,##0')
        put(ws, f'{RJ[1]}{r}', f'=SUM({Q1[1]}{r},{Q2[1]}{r},{Q3[1]}{r},{Q4[1]}{r})', fmt='#,##0')
        if CJ:
            put(ws, f'{CJ[1]}{r}', f'={RJ[1]}{r}/{TJ[1]}{r}*100', fmt='0.00')
        r += 1
        for kname, krp, ids in kegs:
            put(ws, f'C{r}', kode[kname] if kode else ''); put(ws, f'D{r}', kname, align=WRAP)
            put(ws, f'{TJ[1]}{r}', krp[0], fmt='#,##0')
            for q, (qa, qb) in enumerate([Q1, Q2, Q3, Q4]):
                put(ws, f'{qb}{r}', krp[1][q], fmt='#,##0')
            put(ws, f'{RJ[1]}{r}', f'=SUM({Q1[1]}{r},{Q2[1]}{r},{Q3[1]}{r},{Q4[1]}{r})', fmt='#,##0')
            if CJ:
                put(ws, f'{CJ[1]}{r}', f'={RJ[1]}{r}/{TJ[1]}{r}*100', fmt='0.00')
            r += 1
            for i in ids:
                d = I[i]; o = over.get(i, {})
                name, T, R = d['names'][year], d['T'][year], d['R'][year]
                put(ws, f'B{r}', sas.get(i, ''), align=WRAP)
                put(ws, f'E{r}', name, align=WRAP); put(ws, f'F{r}', d['unit'])
                if d['kind'] == 'flow':
                    qs = split_flow(R, integer=float(R).is_integer())
                    ann = f'=SUM({Q1[0]}{r},{Q2[0]}{r},{Q3[0]}{r},{Q4[0]}{r})'
                else:
                    qs = ramp(R, start=0.88) if isinstance(R, (int, float)) else ['-', '-', '-', R]
                    ann = f'={Q4[0]}{r}'
                qs = o.get('q', qs)
                ann = o.get('ann', ann)
                put(ws, f'{TR[0]}{r}', o.get('renstra', T if not isinstance(T, (int, float)) else round(T * 1.1, 2)))
                put(ws, f'{RL[0]}{r}', o.get('prev', d['R'].get(year - 1, '-') if d['R'].get(year - 1) is not None else '-'))
                put(ws, f'{TJ[0]}{r}', o.get('tcell', T))
                for q, (qa, qb) in enumerate([Q1, Q2, Q3, Q4]):
                    put(ws, f'{qa}{r}', qs[q])
                put(ws, f'{RJ[0]}{r}', ann)
                if CJ:
                    dflt = f'=IFERROR({RJ[0]}{r}/{TJ[0]}{r}*100,"-")' if d['pol'] == '+' else f'=IFERROR((2*{TJ[0]}{r}-{RJ[0]}{r})/{TJ[0]}{r}*100,"-")'
                    cp = o.get('cap', dflt)
                    if cp == 'POS':
                        cp = f'=IFERROR({RJ[0]}{r}/{TJ[0]}{r}*100,"-")'
                    put(ws, f'{CJ[0]}{r}', cp, fmt='0.00')
                put(ws, f'{RS[0]}{r}', f'={RJ[0]}{r}' if d['kind'] == 'level' else f'=IFERROR({RL[0]}{r}+{RJ[0]}{r},{RJ[0]}{r})')
                put(ws, f'{CS[0]}{r}', f'=IFERROR({RS[0]}{r}/{TR[0]}{r}*100,"-")', fmt='0.00')
                put(ws, f'{last}{r}', unit_pd)
                b.key(ws, f'E{r}', year, i, name, o.get('kt', T if isinstance(T, (int, float)) else None),
                      o.get('kr', R if isinstance(R, (int, float)) else None), ('one', [f'{TJ[0]}{r}']), ('one', [f'{RJ[0]}{r}']))
                r += 1
        no += 1
    return r, dict(TJ=TJ, RJ=RJ, CJ=CJ, last=last)
