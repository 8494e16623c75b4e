"""Independent check of key.json against the delivered workbooks.
Reads the delivered files only (.xls/.ods converted back to .xlsx into gen/tmp/verify with LibreOffice).
Cell positions come from the hand-written SPEC below (the layouts described in README.md), not from the generators."""
import json, os, re, subprocess, sys
import openpyxl
from openpyxl.utils import column_index_from_string as CI

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'gen', 'tmp', 'verify')
PROFILE = 'file:///tmp/lo-blind33'

# per file -> sheet -> list of regions (first_row, last_row, spec)
# plain: name/t/r columns.  ra: annual target column, TW target cols, TW realisasi cols
SPEC = {
 'arsip': {
  'PK_Arsip_2019.xls': {'PK 2019': [(1, 999, dict(name='C', t='D', r='F'))]},
  'RENAKSI DISARSIP 2020.xlsx': {'Renaksi 2019': [(1, 999, dict(name='D', t='F', tw_t='GHIJ', tw_r='KLMN'))]},
  'Lampiran LKjIP 2021.ods': {'Tabel 3.1': [(1, 999, dict(name='B', t='F', r='G'))]},
  'E81_Evaluasi_Renja_2022.xlsx': {'E.81 TW IV 2022': [(1, 999, dict(name='E', t='K', r='U'))]},
 },
 'esdm': {
  'IKU_ESDM_2021.xlsx': {'IKU 2021': [(1, 999, dict(name='C', t='H', r='I'))]},
  'pengukuran kinerja esdm 2022.xls': {'Pengukuran 2022': [(1, 30, dict(name='C', t='F', r='E')), (31, 999, dict(name='C', t='E', r='F'))]},
  'Evaluasi Renja ESDM TW IV 2023.ods': {'TW IV': [(1, 999, dict(name='D', t='J', r='T'))]},
  'Renaksi_PK_2024.xlsx': {s: [(1, 999, dict(name='B', t='D', tw_t='EGIK', tw_r='FHJL'))] for s in ('Sasaran 1', 'Sasaran 2', 'Sasaran 3', 'Sasaran 4')},
 },
 'organisasi': {
  'Pengkin Bag Organisasi 2017.xlsx': {'Pengkin 2017': [(1, 999, dict(name='D', t='F', r='G'))]},
  'LKjIP ORG 2018.xls': {'Capaian IKU': [(1, 999, dict(name='B', t='F', r='G'))]},
  'renaksi_organisasi_2019-2020.ods': {'RA 2019': [(1, 999, dict(name='C', t='E', tw_t='FGHI', tw_r='JKLM'))],
                                       'PK 2020': [(1, 999, dict(name='B', t='F', r='E'))]},
 },
}

NUM = re.compile(r'-?\d[\d.,]*')
def parse(cell, quarter=False):
    v = cell.value
    if v is None:
        return 0 if quarter else None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if '%' in (cell.number_format or ''):
            return round(v * 100, 8)
        return v
    s = str(v).strip()
    if s in ('-', '', 'N/A', 'n/a', '–'):
        return 0 if quarter else None
    s2 = re.sub(r'(?i)^rp\.?\s*', '', s)
    m = NUM.search(s2)
    if not m:
        return None  # grades, words
    tok = m.group(0).rstrip('.,')
    if ',' in tok and '.' in tok:
        tok = tok.replace('.', '').replace(',', '.')
    elif ',' in tok:
        tok = tok.replace(',', '.')
    elif '.' in tok:
        parts = tok.split('.')
        if all(len(p) == 3 for p in parts[1:]):
            tok = tok.replace('.', '')
    return float(tok)

def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1, abs(float(b)))

def xlsx_of(agency, fn):
    p = os.path.join(ROOT, agency, fn)
    if fn.endswith('.xlsx'):
        return p
    od = os.path.join(OUT, agency)
    os.makedirs(od, exist_ok=True)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=' + PROFILE, '--convert-to', 'xlsx',
                    '--outdir', od, p], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(od, os.path.splitext(fn)[0] + '.xlsx')

def main():
    fails, checked, formulas = [], 0, 0
    fmts = set()
    for ag, files in SPEC.items():
        key = json.load(open(os.path.join(ROOT, ag, 'key.json')))
        assert sorted(key['files']) == sorted(files), (ag, key['files'])
        assert sorted(os.listdir(os.path.join(ROOT, ag))) == sorted(key['files'] + ['key.json']), ag
        ids = {r['same_as'] for r in key['rows']}
        for a, b in key['ambiguous']:
            if a not in ids or b not in ids:
                fails.append(f'{ag}: ambiguous pair {a},{b} not in rows')
        books = {}
        for fn in files:
            fmts.add(os.path.splitext(fn)[1])
            x = xlsx_of(ag, fn)
            wbv = openpyxl.load_workbook(x, data_only=True)
            wbf = openpyxl.load_workbook(x, data_only=False)
            books[fn] = wbv
            for ws in wbf.worksheets:
                for row in ws.iter_rows():
                    for c in row:
                        if isinstance(c.value, str) and c.value.startswith('='):
                            formulas += 1
                            if wbv[ws.title][c.coordinate].value is None:
                                fails.append(f'{ag}/{fn}/{ws.title}!{c.coordinate}: formula without cached value')
        seen = set()
        for k in key['rows']:
            fn, sh, r = k['file'], k['sheet'], k['row']
            if (fn, sh, r) in seen:
                fails.append(f'duplicate key row {fn} {sh} {r}')
            seen.add((fn, sh, r))
            if k['year'] not in key['years']:
                fails.append(f'{fn} {sh} {r}: year {k["year"]} not in years')
            regs = [sp for a, b, sp in SPEC[ag][fn][sh] if a <= r <= b]
            sp = regs[0]
            ws = books[fn][sh]
            nm = ws[f"{sp['name']}{r}"].value
            if ' '.join(str(nm).split()) != ' '.join(k['written'].split()):
                fails.append(f'{ag}/{fn}/{sh} row {r}: name {nm!r} != {k["written"]!r}')
            t = parse(ws[f"{sp['t']}{r}"])
            if 'tw_r' in sp:
                tt = [parse(ws[f'{c}{r}'], True) for c in sp['tw_t']]
                rr = [parse(ws[f'{c}{r}'], True) for c in sp['tw_r']]
                if same(tt[3], t):
                    real = rr[3]
                elif same(sum(tt), t):
                    real = round(sum(rr), 8)
                else:
                    fails.append(f'{ag}/{fn}/{sh} row {r}: quarter style not inferable'); real = None
            else:
                real = parse(ws[f"{sp['r']}{r}"])
            checked += 1
            if not same(t, k['target']):
                fails.append(f'{ag}/{fn}/{sh} row {r} ({k["same_as"]}): target cell {t} != key {k["target"]}')
            if not same(real, k['realisasi']):
                fails.append(f'{ag}/{fn}/{sh} row {r} ({k["same_as"]}): realisasi cell {real} != key {k["realisasi"]}')
        print(f'{ag}: {len(key["rows"])} key rows in {len(files)} files')
    for f in fails:
        print('FAIL', f)
    print(f'checked {checked} key rows, {formulas} formulas, formats {sorted(fmts)}; failures: {len(fails)}')
    return 1 if fails else 0

if __name__ == '__main__':
    sys.exit(main())
