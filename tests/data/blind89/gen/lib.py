"""Shared helpers for the blind89 generators.

Value specs (what a generator asks to be typed, and what is keyed):
  12345            -> number typed, keyed 12345
  ('p', 0.846)     -> 0.846 typed into a %-formatted cell, keyed 84.6
  ('t', 'Rp 5.000.000,-', 5000000) -> text typed, keyed as given
  ('f', '=E9+F9', 12, fmt) -> formula typed, keyed by its (intended) cached value
  '-' / 'BB' / None -> typed as is (None = blank), keyed null
"""
import json, os, subprocess, shutil
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter as L, column_index_from_string as CI

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(BASE, 'gen', 'raw')
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical='top')
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)


def put(ws, ref, spec, box=True):
    """Type spec into ref; return keyed value."""
    c = ws[ref]
    if box:
        c.border = BOX
    if spec is None:
        return None
    if isinstance(spec, (int, float)):
        c.value = spec
        return spec
    if isinstance(spec, str):
        c.value = spec
        return None
    k = spec[0]
    if k == 'p':
        c.value = spec[1]
        c.number_format = '0.00%'
        return round(spec[1] * 100, 9)
    if k == 't':
        c.value = spec[1]
        return spec[2]
    if k == 'f':
        c.value = spec[1]
        if len(spec) > 3 and spec[3]:
            c.number_format = spec[3]
            if '%' in spec[3]:
                return round(spec[2] * 100, 9)
        return spec[2]
    raise ValueError(spec)


def combine(vals, rule):
    if rule == 'cell':
        return vals[0]
    rep = [v for v in vals if v is not None]
    if not rep:
        return None
    if rule == 'sum':
        return round(sum(rep), 9)
    if rule == 'last':
        return rep[-1]
    raise ValueError(rule)


def text(ws, ref, v, font=None, align=None, box=False):
    c = ws[ref]
    c.value = v
    if font:
        c.font = font
    if align:
        c.alignment = align
    if box:
        c.border = BOX
    return c


def title(ws, lines, ncols, row=1):
    for i, s in enumerate(lines):
        r = row + i
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        text(ws, 'A%d' % r, s, B, Alignment(horizontal='center'))
    return row + len(lines)


def sign(ws, row, col, place, role, name, nip):
    c = L(col)
    text(ws, '%s%d' % (c, row), place)
    text(ws, '%s%d' % (c, row + 1), role)
    text(ws, '%s%d' % (c, row + 5), name, B)
    text(ws, '%s%d' % (c, row + 6), 'NIP. ' + nip)


class Agency:
    def __init__(self, slug, years):
        self.slug = slug
        self.years = years
        self.rows = []
        self.locs = []
        self.files = []
        self.dir = os.path.join(BASE, slug)
        os.makedirs(self.dir, exist_ok=True)
        os.makedirs(RAW, exist_ok=True)

    def key(self, file, ws, row, year, written, sid, tcells, trule, tvals,
            rcells, rrule, rvals, col='B', need_col=False):
        """Register a key row. tvals/rvals are the keyed values of the cells."""
        assert ws[f'{col}{row}'].value == written, (ws.title, row, written)
        r = {'file': file, 'sheet': ws.title, 'row': row}
        if need_col:
            r['col'] = col
        r.update({'year': year, 'written': written, 'same_as': sid,
                  'target': combine(tvals, trule), 'realisasi': combine(rvals, rrule)})
        self.rows.append(r)
        self.locs.append({'file': file, 'sheet': ws.title, 'year': year, 'same_as': sid,
                          'name_cell': f'{col}{row}',
                          'target': {'rule': trule, 'cells': tcells},
                          'realisasi': {'rule': rrule, 'cells': rcells}})

    def save(self, wb, fname):
        base, ext = os.path.splitext(fname)
        raw = os.path.join(RAW, base + '.xlsx')
        wb.save(raw)
        fmt = {'.xlsx': 'xlsx', '.xls': 'xls', '.ods': 'ods'}[ext]
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind89',
                        '--convert-to', fmt, '--outdir', self.dir, raw],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert os.path.exists(os.path.join(self.dir, fname)), fname
        self.files.append(fname)

    def write(self, ambiguous):
        k = {'agency': self.slug, 'years': self.years, 'files': self.files,
             'ambiguous': ambiguous, 'rows': self.rows}
        with open(os.path.join(self.dir, 'key.json'), 'w') as f:
            json.dump(k, f, ensure_ascii=False, indent=1)
        with open(os.path.join(BASE, 'gen', 'locators', self.slug + '.json'), 'w') as f:
            json.dump(self.locs, f, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- layouts
# item: dict(id, name, sat, t, r, kind='F'|'L', sas=..., wrap=None, insas=False)

def hdr(ws, row, labels, col=1):
    for i, h in enumerate(labels):
        text(ws, f'{L(col + i)}{row}', h, B, CEN, True)


def lay_pk(ag, fname, ws, year, items, start, order=('No', 'Sasaran', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian'),
           labels=None, numbered_hdr=False, copy_below=False, draft=None):
    """Annual PK table. Sasaran merged vertically per group."""
    labels = labels or list(order)
    hdr(ws, start, labels)
    r = start + 1
    if numbered_hdr:
        for i in range(len(order)):
            text(ws, f'{L(i + 1)}{r}', '(%d)' % (i + 1), None, CEN, True)
        r += 1
    pos = {k: L(i + 1) for i, k in enumerate(order)}
    groups = []
    for it in items:
        if groups and groups[-1][0] == it.get('sas') and not it.get('insas'):
            groups[-1][1].append(it)
        else:
            groups.append((None if it.get('insas') else it.get('sas'), [it]))
    no = 0
    first = r
    for sas, its in groups:
        g0 = r
        for it in its:
            no += 1
            put(ws, f"{pos['No']}{r}", no)
            ncol = pos['Sasaran'] if it.get('insas') else pos['Indikator']
            if it.get('insas'):
                a, b = sorted([pos['Sasaran'], pos['Indikator']], key=CI)
                ws.merge_cells(f'{a}{r}:{b}{r}')
                ncol = a
            text(ws, f'{ncol}{r}', it['name'], None, WRAP, True)
            put(ws, f"{pos['Satuan']}{r}", it['sat'])
            tv = put(ws, f"{pos['Target']}{r}", it['t'])
            rv = put(ws, f"{pos['Realisasi']}{r}", it['r'])
            c = ws[f"{pos['Capaian']}{r}"]
            c.value = f"=IFERROR({pos['Realisasi']}{r}/{pos['Target']}{r},\"\")"
            c.number_format = '0.00%'
            c.border = BOX
            ag.key(fname, ws, r, year, it['name'], it['id'], [f"{pos['Target']}{r}"], 'cell', [tv],
                   [f"{pos['Realisasi']}{r}"], 'cell', [rv], col=ncol)
            r += 1
            if it.get('wrap'):
                text(ws, f'{ncol}{r}', it['wrap'], None, WRAP, True)
                r += 1
            if draft and draft[0] == it['id']:
                text(ws, f"{pos['Indikator']}{r}", draft[1])
                ws[f"{pos['Target']}{r}"] = draft[2]
                ws[f"{pos['Realisasi']}{r}"] = draft[3]
                ws.row_dimensions[r].hidden = True
                r += 1
        if sas and not its[0].get('insas'):
            if r - 1 > g0:
                ws.merge_cells(f"{pos['Sasaran']}{g0}:{pos['Sasaran']}{r - 1}")
            text(ws, f"{pos['Sasaran']}{g0}", sas, None, WRAP, True)
    last = r - 1
    if copy_below:
        r += 3
        text(ws, f'A{r}', '(salinan tabel untuk lampiran)')
        r += 1
        for rr in range(start, last + 1):
            for cc in range(1, len(order) + 1):
                v = ws.cell(rr, cc).value
                if v is not None and not (isinstance(v, str) and v.startswith('=')):
                    ws.cell(r, cc, v)
            r += 1
    for i, k in enumerate(order):
        ws.column_dimensions[L(i + 1)].width = {'Indikator': 48, 'Sasaran': 30, 'No': 5}.get(k, 14)
    return r


def lay_tw(ag, fname, ws, year, items, start, mode='plain'):
    """Quarterly Rencana Aksi. mode: plain (realisasi TW I-IV, no annual),
    sd (cumulative s.d. TW columns), pairs (target row + realisasi row per indicator)."""
    if mode == 'pairs':
        hdr(ws, start, ['No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'Uraian',
                        'TW I', 'TW II', 'TW III', 'TW IV', 'Keterangan'])
        r = start + 1
        for n, it in enumerate(items, 1):
            ws.merge_cells(f'A{r}:A{r + 1}')
            ws.merge_cells(f'B{r}:B{r + 1}')
            ws.merge_cells(f'C{r}:C{r + 1}')
            ws.merge_cells(f'D{r}:D{r + 1}')
            put(ws, f'A{r}', n)
            text(ws, f'B{r}', it['name'], None, WRAP, True)
            put(ws, f'C{r}', it['sat'])
            tv = put(ws, f'D{r}', it['t'])
            text(ws, f'E{r}', 'Target', None, None, True)
            text(ws, f'E{r + 1}', 'Realisasi', None, None, True)
            for q in range(4):
                put(ws, f'{L(6 + q)}{r}', it['tq'][q])
            rv = [put(ws, f'{L(6 + q)}{r + 1}', it['r'][q]) for q in range(4)]
            if it.get('note'):
                text(ws, f'J{r}', it['note'])
            rule = 'sum' if it['kind'] == 'F' else 'last'
            ag.key(fname, ws, r, year, it['name'], it['id'], [f'D{r}'], 'cell', [tv],
                   [f'{L(6 + q)}{r + 1}' for q in range(4)], rule, rv)
            r += 2
        ws.column_dimensions['B'].width = 50
        return r
    sub = ['TW I', 'TW II', 'TW III', 'TW IV'] if mode == 'plain' else ['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV']
    hdr(ws, start, ['No', 'Indikator Kinerja', 'Satuan', 'Target ' + str(year)])
    for c in 'ABCD':
        ws.merge_cells(f'{c}{start}:{c}{start + 1}')
    ws.merge_cells(f'E{start}:H{start}')
    text(ws, f'E{start}', 'Realisasi Triwulan' if mode == 'plain' else 'Realisasi Kumulatif', B, CEN, True)
    hdr(ws, start + 1, sub, 5)
    text(ws, f'I{start}', 'Ket.', B, CEN, True)
    r = start + 2
    sas = None
    n = 0
    for it in items:
        if it.get('sas') and it['sas'] != sas:
            sas = it['sas']
            ws.merge_cells(f'A{r}:I{r}')
            text(ws, f'A{r}', sas, B)
            r += 1
        n += 1
        put(ws, f'A{r}', n)
        text(ws, f'B{r}', it['name'], None, WRAP, True)
        put(ws, f'C{r}', it['sat'])
        tv = put(ws, f'D{r}', it['t'])
        rv = [put(ws, f'{L(5 + q)}{r}', it['r'][q]) for q in range(4)]
        if it.get('note'):
            text(ws, f'I{r}', it['note'])
        rule = 'last' if (mode == 'sd' or it['kind'] == 'L') else 'sum'
        ag.key(fname, ws, r, year, it['name'], it['id'], [f'D{r}'], 'cell', [tv],
               [f'{L(5 + q)}{r}' for q in range(4)], rule, rv)
        r += 1
    ws.column_dimensions['B'].width = 50
    return r


def lay_lkjip(ag, fname, ws, year, items, start, renstra_end):
    """LKjIP ch. III: realisasi of y-2, y-1, target/realisasi y, Renstra end target."""
    top = ['No', 'Indikator Kinerja', 'Satuan', f'Target Akhir Renstra ({renstra_end})',
           f'Realisasi {year - 2}', f'Realisasi {year - 1}', f'Tahun {year}', None, None,
           'Capaian thd Target Akhir Renstra']
    hdr(ws, start, [t or '' for t in top])
    for c in 'ABCDEFJ':
        ws.merge_cells(f'{c}{start}:{c}{start + 1}')
    ws.merge_cells(f'G{start}:I{start}')
    hdr(ws, start + 1, ['Target', 'Realisasi', '% Capaian'], 7)
    r = start + 2
    for n, it in enumerate(items, 1):
        put(ws, f'A{r}', f'{n}.')
        text(ws, f'B{r}', it['name'], None, WRAP, True)
        put(ws, f'C{r}', it['sat'])
        put(ws, f'D{r}', it.get('end', '-'))
        put(ws, f'E{r}', it.get('p2', '-'))
        put(ws, f'F{r}', it.get('p1', '-'))
        tv = put(ws, f'G{r}', it['t'])
        rv = put(ws, f'H{r}', it['r'])
        ws[f'I{r}'] = f'=IFERROR(H{r}/G{r}*100,"-")'
        ws[f'I{r}'].number_format = '0.00'
        ws[f'J{r}'] = f'=IFERROR(H{r}/D{r}*100,"-")'
        ws[f'J{r}'].number_format = '0.00'
        ag.key(fname, ws, r, year, it['name'], it['id'], [f'G{r}'], 'cell', [tv],
               [f'H{r}'], 'cell', [rv])
        r += 1
    ws.column_dimensions['B'].width = 50
    return r


def lay_cards(ag, fname, ws, year, items, start, lab=('Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian')):
    """Block-per-indicator cards, two per band (cols B:C and E:F)."""
    r = start
    for i in range(0, len(items), 2):
        for j, it in enumerate(items[i:i + 2]):
            lc, vc = ('B', 'C') if j == 0 else ('E', 'F')
            text(ws, f'{lc}{r}', f'IKU {i + j + 1}', B, None, True)
            text(ws, f'{lc}{r + 1}', lab[0], None, None, True)
            text(ws, f'{vc}{r + 1}', it['name'], None, WRAP, True)
            text(ws, f'{lc}{r + 2}', lab[1], None, None, True)
            put(ws, f'{vc}{r + 2}', it['sat'])
            text(ws, f'{lc}{r + 3}', lab[2], None, None, True)
            tv = put(ws, f'{vc}{r + 3}', it['t'])
            text(ws, f'{lc}{r + 4}', lab[3], None, None, True)
            rv = put(ws, f'{vc}{r + 4}', it['r'])
            text(ws, f'{lc}{r + 5}', lab[4], None, None, True)
            ws[f'{vc}{r + 5}'] = f'=IFERROR({vc}{r + 4}/{vc}{r + 3},"-")'
            ws[f'{vc}{r + 5}'].number_format = '0.0%'
            ag.key(fname, ws, r + 1, year, it['name'], it['id'], [f'{vc}{r + 3}'], 'cell', [tv],
                   [f'{vc}{r + 4}'], 'cell', [rv], col=vc, need_col=True)
        r += 7
    for c, w in zip('ABCDEF', (3, 14, 44, 3, 14, 44)):
        ws.column_dimensions[c].width = w
    return r


def lay_turned(ag, fname, ws, year, items, start):
    """Turned-over table: indicators across columns, rows Satuan/Target/Realisasi."""
    text(ws, f'A{start}', 'Uraian', B, CEN, True)
    for lab, k in zip(('Satuan', f'Target {year}', f'Realisasi {year}', 'Capaian (%)'), range(1, 5)):
        text(ws, f'A{start + k}', lab, B, None, True)
    for i, it in enumerate(items):
        c = L(2 + i)
        text(ws, f'{c}{start}', it['name'], None, WRAP, True)
        put(ws, f'{c}{start + 1}', it['sat'])
        tv = put(ws, f'{c}{start + 2}', it['t'])
        rv = put(ws, f'{c}{start + 3}', it['r'])
        ws[f'{c}{start + 4}'] = f'=IFERROR(ROUND({c}{start + 3}/{c}{start + 2}*100,2),"-")'
        ws.column_dimensions[c].width = 18
        ag.key(fname, ws, start, year, it['name'], it['id'], [f'{c}{start + 2}'], 'cell', [tv],
               [f'{c}{start + 3}'], 'cell', [rv], col=c, need_col=True)
    ws.row_dimensions[start].height = 120
    return start + 5


def lay_renstra(ag, fname, ws, year, items, start, y0):
    """Renstra matrix: kondisi awal, targets y0..y0+4, realisasi of `year`."""
    hdr(ws, start, ['No', 'Tujuan / Sasaran', 'Indikator Kinerja', 'Satuan', f'Kondisi Awal ({y0 - 1})']
        + [f'Target {y}' for y in range(y0, y0 + 5)] + [f'Realisasi {year}', 'Kondisi Akhir'])
    r = start + 1
    for i in range(12):
        text(ws, f'{L(i + 1)}{r}', '(%d)' % (i + 1), None, CEN, True)
    r += 1
    sas = None
    for n, it in enumerate(items, 1):
        put(ws, f'A{r}', n)
        if it.get('sas') != sas:
            sas = it.get('sas')
            text(ws, f'B{r}', sas, None, WRAP, True)
        text(ws, f'C{r}', it['name'], None, WRAP, True)
        put(ws, f'D{r}', it['sat'])
        put(ws, f'E{r}', it.get('awal', '-'))
        tv = None
        for k in range(5):
            v = put(ws, f'{L(6 + k)}{r}', it['ts'][k])
            if y0 + k == year:
                tv, tc = v, f'{L(6 + k)}{r}'
        rv = put(ws, f'K{r}', it['r'])
        put(ws, f'L{r}', it['ts'][4])
        ag.key(fname, ws, r, year, it['name'], it['id'], [tc], 'cell', [tv], [f'K{r}'], 'cell', [rv], col='C')
        r += 1
        if it.get('draft'):
            text(ws, f'C{r}', it['draft'])
            ws[f'K{r}'] = 0
            ws.row_dimensions[r].hidden = True
            r += 1
    ws.column_dimensions['B'].width = 28
    ws.column_dimensions['C'].width = 48
    return r


def lay_e81(ag, fname, ws, year, blocks, start, prog):
    """Permendagri 86 form E.81 (reduced). blocks: list of (kegiatan_name, code, [items]).
    Realisasi column R (K) = formula over TW K cols unless item has 'rtyped' / 'rformula'."""
    heads = ['No', 'Kode', 'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)',
             'Satuan', 'Target Renstra (2021-2026)', None, f'Target Renja {year}', None,
             'Realisasi Kinerja Pada Triwulan', None, None, None, None, None, None, None,
             f'Realisasi Capaian Kinerja dan Anggaran Renja {year}', None, 'Tingkat Capaian (%)', None]
    hdr(ws, start, [h or '' for h in heads])
    for c in 'ABCDE':
        ws.merge_cells(f'{c}{start}:{c}{start + 2}')
    for a, b in (('F', 'G'), ('H', 'I'), ('R', 'S'), ('T', 'U')):
        ws.merge_cells(f'{a}{start}:{b}{start + 1}')
    ws.merge_cells(f'J{start}:Q{start}')
    for q, c in enumerate('JLNP'):
        ws.merge_cells(f'{c}{start + 1}:{L(CI(c) + 1)}{start + 1}')
        text(ws, f'{c}{start + 1}', ['I', 'II', 'III', 'IV'][q], B, CEN, True)
    for i in range(8):
        text(ws, f'{L(6 + 2 * i)}{start + 2}', 'K', B, CEN, True)
        text(ws, f'{L(7 + 2 * i)}{start + 2}', 'Rp', B, CEN, True)
    r = start + 3
    for i in range(21):
        text(ws, f'{L(i + 1)}{r}', str(i + 1), None, CEN, True)
    r += 1
    first = r
    # programme row with its own outcome indicators
    pname, pcode, pitems = prog
    items_all = [(pname, pcode, pitems, True)] + [(a, b, c, False) for a, b, c in blocks]
    no = 0
    for name, code, its, isprog in items_all:
        no += 1
        put(ws, f'A{r}', no)
        put(ws, f'B{r}', code)
        text(ws, f'C{r}', name, B if isprog else None, WRAP, True)
        if not its:
            r += 1
            continue
        for k, it in enumerate(its):
            rr = r
            text(ws, f'D{rr}', it['name'], None, WRAP, True)
            put(ws, f'E{rr}', it['sat'])
            put(ws, f'F{rr}', it.get('end', '-'))
            tv = put(ws, f'H{rr}', it['t'])
            if k == 0:
                put(ws, f'G{rr}', it.get('rp_end'))
                put(ws, f'I{rr}', it.get('rp'))
            qs = [put(ws, f'{c}{rr}', it['q'][i]) for i, c in enumerate('JLNP')]
            if k == 0 and it.get('rpq'):
                for i, c in enumerate('KMOQ'):
                    put(ws, f'{c}{rr}', it['rpq'][i])
                ws[f'S{rr}'] = f'=K{rr}+M{rr}+O{rr}+Q{rr}'
            if 'rspec' in it:
                rv = put(ws, f'R{rr}', it['rspec'])
            elif it['kind'] == 'F':
                rv = put(ws, f'R{rr}', ('f', f'=J{rr}+L{rr}+N{rr}+P{rr}', combine(qs, 'sum')))
            else:
                rv = put(ws, f'R{rr}', combine(qs, 'last'))
            ws[f'T{rr}'] = f'=IFERROR(R{rr}/H{rr}*100,0)'
            ws[f'T{rr}'].number_format = '0.00'
            if k == 0 and it.get('rpq'):
                ws[f'U{rr}'] = f'=IFERROR(S{rr}/I{rr}*100,0)'
                ws[f'U{rr}'].number_format = '0.00'
            ag.key(fname, ws, rr, year, it['name'], it['id'], [f'H{rr}'], 'cell', [tv],
                   [f'R{rr}'], 'cell', [rv], col='D')
            r += 1
    ws.column_dimensions['C'].width = 34
    ws.column_dimensions['D'].width = 44
    return r


def I(id, name, sat, t, r, kind='F', **kw):
    d = dict(id=id, name=name, sat=sat, t=t, r=r, kind=kind)
    d.update(kw)
    return d
