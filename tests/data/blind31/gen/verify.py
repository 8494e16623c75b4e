"""Re-read every key row from the FINAL workbooks and check it against key.json.

.xls/.ods are converted back to .xlsx (LibreOffice, own profile) under gen/tmp/back/.
Checks: name cell text == written; target/realisasi re-derived from the cells (as recorded in
gen/raw/cells_<agency>.json) == key; ids unique per year (and per file); every formula has a cached value;
years/files in key match.
"""
import json, os, re, subprocess, sys, shutil
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BACK = os.path.join(HERE, 'tmp', 'back')
AGENCIES = ['dinas_pupr', 'dinas_pertanahan', 'dinas_perkebunan']
fails = []


def fail(msg):
    fails.append(msg)
    print('FAIL', msg)


def to_xlsx(path):
    if path.endswith('.xlsx'):
        return path
    os.makedirs(BACK, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind31', '--headless', '--convert-to',
                    'xlsx:Calc MS Excel 2007 XML', '--outdir', BACK, path], check=True, capture_output=True)
    return os.path.join(BACK, os.path.splitext(os.path.basename(path))[0] + '.xlsx')


NUM = re.compile(r'-?\d[\d.,]*')


def parse_text(s, mode):
    m = NUM.search(s)
    if not m:
        return None
    t = m.group(0).rstrip('.,')
    if mode == 'en':
        t = t.replace(',', '')
    else:
        t = t.replace('.', '').replace(',', '.')
    return float(t)


def read(cell, kind, mode):
    v = cell.value
    if kind == 'null':
        if v is None or isinstance(v, str):
            return ('null', v)
        return ('bad', v)
    if kind == 'txt':
        if not isinstance(v, str):
            return ('bad', v)
        return ('val', parse_text(v, mode))
    if kind == 'pct':
        if not isinstance(v, (int, float)) or '%' not in (cell.number_format or ''):
            return ('bad', (v, cell.number_format))
        return ('val', v * 100)
    # num / f
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return ('bad', v)
    return ('val', v)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))


def check_side(ws, spec, keyval, where):
    kind = spec['kind']
    vals = []
    for addr, ck, mode in spec['cells']:
        st, v = read(ws[addr], ck, mode)
        if st == 'bad':
            fail(f'{where}: cell {addr} unexpected content {v!r} for kind {ck}')
            return
        vals.append((st, v))
    if kind == 'sumq':
        got = round(sum((v if st == 'val' else 0) for st, v in vals), 10)
    else:
        st, v = vals[0]
        got = None if st == 'null' else v
    if not close(got, keyval):
        fail(f'{where}: derived {got!r} != key {keyval!r}')


total = 0
for ag in AGENCIES:
    kp = os.path.join(ROOT, ag, 'key.json')
    if not os.path.exists(kp):
        fail(f'{ag}: key.json missing')
        continue
    key = json.load(open(kp))
    cells = json.load(open(os.path.join(HERE, 'raw', f'cells_{ag}.json')))
    if len(cells) != len(key['rows']):
        fail(f'{ag}: cells/rows length differ')
    if len(key['years']) != 4 or sorted(key['years']) != list(range(min(key['years']), min(key['years']) + 4)):
        fail(f'{ag}: years not 4 consecutive: {key["years"]}')
    books = {}
    for f in key['files']:
        p = os.path.join(ROOT, ag, f)
        if not os.path.exists(p):
            fail(f'{ag}/{f} missing')
            continue
        x = to_xlsx(p)
        books[f] = (openpyxl.load_workbook(x, data_only=True), openpyxl.load_workbook(x, data_only=False))
        # formulas must carry cached values
        wv, wf = books[f]
        for ws in wf.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.value.startswith('='):
                        cv = wv[ws.title][c.coordinate].value
                        if cv is None or (isinstance(cv, str) and cv.startswith('#')):
                            fail(f'{ag}/{f}!{ws.title}!{c.coordinate}: formula {c.value} cached {cv!r}')
    seen = {}
    for kr, cr in zip(key['rows'], cells):
        total += 1
        where = f"{ag}/{kr['file']}!{kr['sheet']}!row{kr['row']} ({kr['same_as']})"
        if (kr['file'], kr['sheet'], kr['row']) != (cr['file'], cr['sheet'], cr['row']):
            fail(f'{where}: cells map out of step')
            continue
        if kr['file'] not in books:
            continue
        wv, _ = books[kr['file']]
        if kr['sheet'] not in wv.sheetnames:
            fail(f'{where}: sheet missing')
            continue
        ws = wv[kr['sheet']]
        nc = cr['name_cell']
        if int(re.sub(r'[A-Z]', '', nc)) != kr['row']:
            fail(f'{where}: name cell row differs')
        if ws[nc].value != kr['written']:
            fail(f'{where}: name {ws[nc].value!r} != written {kr["written"]!r}')
        check_side(ws, cr['target'], kr['target'], where + ' target')
        check_side(ws, cr['realisasi'], kr['realisasi'], where + ' realisasi')
        k = (kr['year'], kr['same_as'])
        if k in seen:
            fail(f'{where}: id {kr["same_as"]} repeated in year {kr["year"]} (also {seen[k]})')
        seen[k] = where
        if kr['year'] not in key['years']:
            fail(f'{where}: year not in years')
    for a, b in key['ambiguous']:
        ids = {r['same_as'] for r in key['rows']}
        if a not in ids or b not in ids:
            fail(f'{ag}: ambiguous pair {a},{b} refers to unknown id')
print(f'{total} key rows checked, {len(fails)} failures')
sys.exit(1 if fails else 0)
