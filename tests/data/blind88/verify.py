"""Re-read the delivered workbooks and check every key row against its locator. Prints PASS or failures."""
import json, os, re, subprocess, sys, glob, shutil
from collections import Counter
import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, 'gen', 'tmp', 'verify')
AGENCIES = ['uptd_balai_benih_ikan_kab_watu_kembar', 'uptd_perpustakaan_keliling_kota_bumi_asri',
            'uptd_pengelolaan_air_limbah_prov_sungai_rata']
fails = []


def parse(v, fmt):
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (fmt or '') else v
    s = str(v).strip().replace('*)', '').replace('Rp.', '').replace('Rp', '').strip()
    if s.endswith(',-'):
        s = s[:-2]
    s = s.replace('≥', '').replace('≤', '').replace('>', '').replace('<', '').strip()
    m = re.match(r'^([\d.,]+)\s*[-–]\s*[\d.,]+', s)
    if m:
        s = m.group(1)
    s = re.sub(r'[^0-9.,-]', '', s).strip()
    if not re.search(r'[0-9]', s):
        return None
    s = s.replace('.', '').replace(',', '.')
    return float(s)


def load(agency, fname):
    src = os.path.join(ROOT, agency, fname)
    if fname.endswith('.xlsx'):
        return openpyxl.load_workbook(src, data_only=True)
    out = os.path.join(TMP, agency)
    os.makedirs(out, exist_ok=True)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind88-verify',
                    '--convert-to', 'xlsx', '--outdir', out, src], check=True, capture_output=True)
    return openpyxl.load_workbook(os.path.join(out, os.path.splitext(fname)[0] + '.xlsx'), data_only=True)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))


def combine(ws, spec):
    vals = [parse(ws[c].value, ws[c].number_format) for c in spec['cells']]
    if spec['rule'] == 'cell':
        return vals[0]
    rep = [v for v in vals if v is not None]
    if not rep:
        return None
    return sum(rep) if spec['rule'] == 'sum' else rep[-1]


total = 0
formats = set()
for ag in AGENCIES:
    kp = os.path.join(ROOT, ag, 'key.json')
    key = json.load(open(kp))
    locs = json.load(open(os.path.join(ROOT, 'gen', 'locators', ag + '.json')))
    if len(locs) != len(key['rows']):
        fails.append(f'{ag}: {len(locs)} locators for {len(key["rows"])} rows')
    delivered = sorted(f for f in os.listdir(os.path.join(ROOT, ag)) if f != 'key.json')
    if sorted(key['files']) != delivered:
        fails.append(f'{ag}: files listed {key["files"]} vs delivered {delivered}')
    for f in delivered:
        formats.add(os.path.splitext(f)[1])
    books = {f: load(ag, f) for f in key['files']}
    seen = Counter(); per_year = Counter(); shared = Counter()
    for k in key['rows']:
        shared[(k['file'], k['sheet'], k['row'])] += 1
    for k, loc in zip(key['rows'], locs):
        tag = f"{ag} {k['year']} {k['same_as']}"
        total += 1
        seen[(k['same_as'], k['year'])] += 1
        per_year[k['year']] += 1
        if (loc['file'], loc['sheet'], loc['id'], loc['year']) != (k['file'], k['sheet'], k['same_as'], k['year']):
            fails.append(f'{tag}: locator does not match key row'); continue
        col = re.match(r'[A-Z]+', loc['name_cell']).group(0)
        row = int(loc['name_cell'][len(col):])
        if row != k['row']:
            fails.append(f'{tag}: row {k["row"]} vs locator {loc["name_cell"]}')
        if shared[(k['file'], k['sheet'], k['row'])] > 1 and k.get('col') != col:
            fails.append(f'{tag}: key rows share a sheet row but col missing/wrong')
        wb = books[k['file']]
        if k['sheet'] not in wb.sheetnames:
            fails.append(f'{tag}: no sheet {k["sheet"]}'); continue
        ws = wb[k['sheet']]
        if ws.sheet_state != 'visible':
            fails.append(f'{tag}: sheet hidden')
        if ws.row_dimensions[row].hidden:
            fails.append(f'{tag}: row hidden')
        for mr in ws.merged_cells.ranges:
            if mr.min_row <= row <= mr.max_row and mr.min_col <= ws[loc['name_cell']].column <= mr.max_col:
                if (mr.min_row, mr.min_col) != (row, ws[loc['name_cell']].column):
                    fails.append(f'{tag}: name cell not top-left of merge {mr}')
        got = ws[loc['name_cell']].value
        if got != k['written']:
            fails.append(f'{tag}: written {k["written"]!r} vs cell {got!r}')
        for fld in ('target', 'realisasi'):
            v = combine(ws, loc[fld])
            if not same(v, k[fld]):
                fails.append(f'{tag}: {fld} key {k[fld]} vs file {v} ({loc[fld]})')
    for (i, y), n in seen.items():
        if n > 1:
            fails.append(f'{ag}: id {i} appears {n}x in {y}')
    ys = sorted(per_year)
    if ys != key['years'] or ys != list(range(ys[0], ys[0] + 4)):
        fails.append(f'{ag}: years {ys} vs {key["years"]}')
    for y, n in per_year.items():
        if not 16 <= n <= 22:
            fails.append(f'{ag}: {n} rows in {y}')
    ids = {i for i, _ in seen}
    for pair in key['ambiguous']:
        for i in pair:
            if i not in ids:
                fails.append(f'{ag}: ambiguous id {i} absent')
    print(f'{ag}: {len(key["rows"])} key rows, per year {dict(sorted(per_year.items()))}')
for f in ('.xlsx', '.xls', '.ods'):
    if f not in formats:
        fails.append(f'format {f} missing')
if fails:
    print('\n'.join('FAIL ' + f for f in fails))
    print(f'{len(fails)} failures')
    sys.exit(1)
print(f'PASS {total} key rows')
