#!/usr/bin/env python3
"""Re-read the delivered workbooks and check every key row (blind80)."""
import json, os, re, subprocess, sys, glob
from collections import Counter
from openpyxl import load_workbook

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, 'gen', 'tmp', 'verify')
AGENCIES = sys.argv[1:] or ['uptd_asrama_mhs_prov_teluk_jingga', 'uptd_pip_pariwisata_kota_pantai_lestari', 'uptd_mangrove_kab_muara_sembilan']
fails = []


def parse(cell):
    v = cell.value
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (cell.number_format or '') else v
    s = str(v).strip()
    s = s.replace('Rp', '').replace(',-', '')
    s = re.sub(r'\*+\)?', '', s)
    s = re.sub(r'[≥≤<>=]', '', s).strip()
    if s in ('', '-'):
        return None
    s = re.split(r'\s+[-–]\s+', s)[0]
    m = re.search(r'\d[\d.,]*', s)
    if not m:
        return None
    tok = m.group(0).rstrip('.,')
    if ',' in tok:
        tok = tok.replace('.', '').replace(',', '.')
    elif re.fullmatch(r'\d{1,3}(\.\d{3})+', tok):
        tok = tok.replace('.', '')
    return float(tok)


def combine(ws, spec):
    vs = [parse(ws[a]) for a in spec['cells']]
    rep = [v for v in vs if v is not None]
    if spec['rule'] == 'cell':
        return vs[0]
    if not rep:
        return None
    return sum(rep) if spec['rule'] == 'sum' else rep[-1]


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(b))


def to_xlsx(path):
    if path.endswith('.xlsx'):
        return path
    os.makedirs(TMP, exist_ok=True)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind80', '--convert-to', 'xlsx',
                    '--outdir', TMP, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + '.xlsx')


total = 0
exts = set()
for ag in AGENCIES:
    key = json.load(open(os.path.join(ROOT, ag, 'key.json')))
    locs = json.load(open(os.path.join(ROOT, 'gen', 'locators', ag + '.json')))
    rows = key['rows']
    total += len(rows)
    if len(rows) != len(locs):
        fails.append(f'{ag}: {len(rows)} key rows but {len(locs)} locators')
    delivered = sorted(f for f in os.listdir(os.path.join(ROOT, ag)) if f != 'key.json')
    if sorted(key['files']) != delivered:
        fails.append(f'{ag}: files listed {key["files"]} != delivered {delivered}')
    for f in delivered:
        exts.add(os.path.splitext(f)[1])
    yrs = key['years']
    if yrs != list(range(yrs[0], yrs[0] + 4)):
        fails.append(f'{ag}: years not four consecutive: {yrs}')
    cnt = Counter((r['same_as'], r['year']) for r in rows)
    for k, c in cnt.items():
        if c > 1:
            fails.append(f'{ag}: id {k} appears {c} times')
    per_year = Counter(r['year'] for r in rows)
    for y in yrs:
        if not 16 <= per_year[y] <= 22:
            fails.append(f'{ag}: {per_year[y]} rows in {y}')
    if set(per_year) != set(yrs):
        fails.append(f'{ag}: key years {sorted(per_year)} != {yrs}')
    ids = {r['same_as'] for r in rows}
    for pair in key['ambiguous']:
        for i in pair:
            if i not in ids:
                fails.append(f'{ag}: ambiguous id {i} missing')
    shared = Counter((r['file'], r['sheet'], r['row']) for r in rows)
    for r in rows:
        if shared[(r['file'], r['sheet'], r['row'])] > 1 and 'col' not in r:
            fails.append(f'{ag}: {r["file"]}/{r["sheet"]} row {r["row"]} shared but no col')
    books = {}
    for r, lc in zip(rows, locs):
        tag = f'{ag} {r["year"]} {r["same_as"]}'
        if (lc['id'], lc['year'], lc['file'], lc['sheet']) != (r['same_as'], r['year'], r['file'], r['sheet']):
            fails.append(f'{tag}: locator does not match key row'); continue
        if r['file'] not in books:
            books[r['file']] = load_workbook(to_xlsx(os.path.join(ROOT, ag, r['file'])), data_only=True)
        wb = books[r['file']]
        if r['sheet'] not in wb.sheetnames:
            fails.append(f'{tag}: sheet {r["sheet"]} missing'); continue
        ws = wb[r['sheet']]
        if ws.sheet_state != 'visible':
            fails.append(f'{tag}: sheet hidden')
        nc = ws[lc['name_cell']]
        if nc.row != r['row'] or ('col' in r and nc.column_letter != r['col']):
            fails.append(f'{tag}: name cell {lc["name_cell"]} vs row/col in key')
        if nc.value != r['written']:
            fails.append(f'{tag}: written {r["written"]!r} != cell {nc.value!r}')
        for mr in ws.merged_cells.ranges:
            if nc.coordinate in mr and (mr.min_row, mr.min_col) != (nc.row, nc.column):
                fails.append(f'{tag}: name cell not top-left of merge {mr}')
        if ws.row_dimensions[nc.row].hidden:
            fails.append(f'{tag}: row {nc.row} hidden')
        for fld in ('target', 'realisasi'):
            got = combine(ws, lc[fld])
            if not same(got, r[fld]):
                fails.append(f'{tag}: {fld} key {r[fld]} != file {got} ({lc[fld]})')
for e in ('.xlsx', '.xls', '.ods'):
    if e not in exts:
        fails.append(f'format {e} not delivered')
if fails:
    print('FAIL')
    for f in fails:
        print(' ', f)
    sys.exit(1)
print(f'PASS {total} key rows')
