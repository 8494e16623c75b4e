#!/usr/bin/env python3
"""Independent check: re-reads every key row from the delivered workbooks (xls/ods converted back to
xlsx with LibreOffice into gen/tmp/verify) and compares target/realisasi with key.json.
Uses only its own layout table below (where the figures sit), not the generators."""
import json, os, re, subprocess, sys, shutil
import openpyxl
from openpyxl.utils import column_index_from_string as CI
G = os.path.dirname(os.path.abspath(__file__)); B = os.path.dirname(G)
TMP = os.path.join(G, 'tmp', 'verify')
# (file, sheet) -> layout
LAY = {
 ('Pengukuran_Kinerja_Dishut_2018.xls', 'PK 2018'): dict(kind='tworow', name='C', val='F'),
 ('RENAKSI DISHUT 2019.ods', 'Renaksi 2019'): dict(kind='tw', name='C', t='E', tq='FHJL', rq='GIKM'),
 ('LKjIP_Dishut_2020-2021.xlsx', '2020'): dict(kind='cols', name='A', t='C', r='D'),
 ('LKjIP_Dishut_2020-2021.xlsx', '2021'): dict(kind='cols', name='B', t='F', r='G'),
 ('E81_Evaluasi_Renja_DSDABM_TW4_2021.xlsx', 'E81 TW IV 2021'): dict(kind='cols', name='D', t='J', r='T'),
 ('Realisasi_Bulanan_DSDABM_2022.xls', 'Real. Bulanan 2022'): dict(kind='month', name='B', t='D', m='FGHIJKLMNOPQ', sifat='R'),
 ('Kinerja DSDABM 2023-2024.ods', 'TA 2023'): dict(kind='cols', name='C', t='F', r='G'),
 ('Kinerja DSDABM 2023-2024.ods', '2023'): dict(kind='cols', name='C', t='F', r='G'),
 ('PK_Bagian_Hukum_2016.xlsx', 'PK 2016'): dict(kind='cols', name='C', t='D', r='E'),
 ('Renaksi Bag Hukum 2017.ods', 'Renaksi 2017'): dict(kind='block5', name='C', t='E', r='F'),
 ('LKjIP_BagHukum_2018_2019.xls', 'LKjIP 2018'): dict(kind='cols', name='B', t='D', r='E'),
 ('LKjIP_BagHukum_2018_2019.xls', 'LKjIP 2019'): dict(kind='cols', name='B', t='F', r='G'),
}

def num(cell):
    v = cell.value
    if v is None: return None
    if isinstance(v, bool): return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (cell.number_format or '') else v
    s = str(v).strip()
    mt = re.search(r'\d[\d.,]*', s)
    if not mt: return None                      # '-', 'N/A', grades
    tok = mt.group(0).rstrip('.,')
    if ',' in tok: tok = tok.replace('.', '').replace(',', '.')
    elif re.fullmatch(r'\d{1,3}(\.\d{3})+', tok): tok = tok.replace('.', '')
    return float(tok)                            # range '80-85' -> first number

def close(a, b):
    if a is None or b is None: return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))

def to_xlsx(path):
    if path.endswith('.xlsx'): return path
    os.makedirs(TMP, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind34', '--headless', '--convert-to', 'xlsx',
                    '--outdir', TMP, path], check=True, capture_output=True)
    return os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + '.xlsx')

def read(ws, lay, r):
    c = lambda col, row: ws.cell(row=row, column=CI(col))
    k = lay['kind']
    if k == 'cols': return num(c(lay['t'], r)), num(c(lay['r'], r))
    if k == 'tworow':
        assert str(c('D', r).value).strip() == 'Target' and str(c('D', r + 1).value).strip() == 'Realisasi'
        return num(c(lay['val'], r)), num(c(lay['val'], r + 1))
    if k in ('tw', 'block5'):
        t = num(c(lay['t'], r))
        if k == 'tw':
            tq = [num(c(x, r)) for x in lay['tq']]; rq = [num(c(x, r)) for x in lay['rq']]
        else:
            tq = [num(c(lay['t'], r + 1 + q)) for q in range(4)]; rq = [num(c(lay['r'], r + 1 + q)) for q in range(4)]
        if t is None:
            nn = [x for x in rq if x is not None]; return None, (nn[-1] if nn else None)
        if tq[3] is not None and close(tq[3], t): return t, rq[3]                      # cumulative / level
        if close(sum(x or 0 for x in tq), t): return t, round(sum(x or 0 for x in rq), 6)  # per quarter
        raise ValueError('quarter style not inferable')
    if k == 'month':
        t = num(c(lay['t'], r)); mv = [num(c(x, r)) for x in lay['m']]
        sif = str(c(lay['sifat'], r).value).strip().lower()
        if sif.startswith('kumulatif'):
            nn = [x for x in mv if x is not None]; return t, (nn[-1] if nn else None)
        if sif.startswith('per bulan'): return t, round(sum(x or 0 for x in mv), 6)
        raise ValueError('sifat ' + sif)

fails = 0; checked = 0; fcells = 0
for ag in ('kehutanan', 'sdabm', 'hukum'):
    key = json.load(open(os.path.join(B, ag, 'key.json')))
    exts = {os.path.splitext(f)[1] for f in key['files']}
    if len(exts) < 2: print(f'FAIL {ag}: fewer than two formats'); fails += 1
    books = {}
    for f in key['files']:
        p = os.path.join(B, ag, f)
        if not os.path.exists(p): print('FAIL missing', p); fails += 1; continue
        x = to_xlsx(p)
        wbv = openpyxl.load_workbook(x, data_only=True); wbf = openpyxl.load_workbook(x, data_only=False)
        books[f] = wbv
        for ws in wbf.worksheets:                       # every formula must carry a cached value
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.startswith('='):
                        fcells += 1
                        if wbv[ws.title][cell.coordinate].value is None:
                            print(f'FAIL {f}!{ws.title}!{cell.coordinate} formula without cached value'); fails += 1
    for kr in key['rows']:
        checked += 1
        ws = books[kr['file']][kr['sheet']]; lay = LAY[(kr['file'], kr['sheet'])]
        nm = ws.cell(row=kr['row'], column=CI(lay['name'])).value
        if nm is None or ' '.join(str(nm).split()) != ' '.join(kr['written'].split()):
            print(f"FAIL {ag} {kr['file']}!{kr['sheet']} r{kr['row']}: name {nm!r} != {kr['written']!r}"); fails += 1; continue
        try: t, r = read(ws, lay, kr['row'])
        except Exception as e:
            print(f"FAIL {ag} r{kr['row']} {kr['same_as']}: {e}"); fails += 1; continue
        if not close(t, kr['target']) or not close(r, kr['realisasi']):
            print(f"FAIL {ag} {kr['file']}!{kr['sheet']} r{kr['row']} {kr['same_as']}: read T={t} R={r}, key T={kr['target']} R={kr['realisasi']}"); fails += 1
    print(f"{ag}: {len(key['rows'])} key rows, files {key['files']}")
print(f'checked {checked} key rows, {fcells} formula cells; failures: {fails}')
sys.exit(1 if fails else 0)
