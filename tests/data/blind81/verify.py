import json, os, re, subprocess, sys, glob
from collections import Counter, defaultdict
import openpyxl
ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = f'{ROOT}/gen/tmp/verify'; os.makedirs(TMP, exist_ok=True)
LO = ['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind81', '--convert-to', 'xlsx', '--outdir']
fails = []
def parse(cell):
    v = cell.value
    if v is None: return None
    if isinstance(v, bool): return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (cell.number_format or '') else v
    s = str(v).strip()
    s = re.sub(r'Rp\.?', '', s).replace(',-', '').replace('*)', '')
    m = re.search(r'\d[\d.]*(?:,\d+)?', s)
    if not m: return None
    return float(m.group(0).replace('.', '').replace(',', '.'))
def eq(a, b):
    if a is None or b is None: return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(b))
def combine(ws, loc):
    if loc['rule'] == 'none': return None
    vals = [parse(ws[c]) for c in loc['cells']]
    rep = [v for v in vals if v is not None]
    if loc['rule'] == 'cell': return vals[0]
    if not rep: return None
    return sum(rep) if loc['rule'] == 'sum' else rep[-1]
total = 0; exts = set()
for kp in sorted(glob.glob(f'{ROOT}/*/key.json')):
    key = json.load(open(kp)); ag = key['agency']; d = os.path.dirname(kp)
    locs = json.load(open(f'{ROOT}/gen/locators/{ag}.json'))
    if len(locs) != len(key['rows']): fails.append(f'{ag}: locator count'); continue
    delivered = sorted(f for f in os.listdir(d) if f != 'key.json')
    if sorted(key['files']) != delivered: fails.append(f'{ag}: files {key["files"]} vs {delivered}')
    books = {}
    for f in key['files']:
        ext = f.rsplit('.', 1)[1]; exts.add(ext); p = f'{d}/{f}'
        if ext != 'xlsx':
            od = f'{TMP}/{ag}'; os.makedirs(od, exist_ok=True)
            subprocess.run(LO + [od, p], check=True, capture_output=True)
            p = f'{od}/{f.rsplit(".", 1)[0]}.xlsx'
        books[f] = openpyxl.load_workbook(p, data_only=True)
    shared = Counter((r['file'], r['sheet'], r['row']) for r in key['rows'])
    for row, loc in zip(key['rows'], locs):
        tag = f"{ag} {row['year']} {row['same_as']}"
        ws = books[row['file']][row['sheet']]
        if ws.sheet_state != 'visible': fails.append(f'{tag}: sheet hidden')
        c = ws[loc['name']]
        if c.row != row['row']: fails.append(f'{tag}: row mismatch')
        if shared[(row['file'], row['sheet'], row['row'])] > 1 and 'col' not in row: fails.append(f'{tag}: col missing')
        if 'col' in row and row['col'] != c.column_letter: fails.append(f'{tag}: col mismatch')
        if c.value != row['written']: fails.append(f'{tag}: written {row["written"]!r} vs cell {c.value!r}')
        for mr in ws.merged_cells.ranges:
            if c.coordinate in mr and (mr.min_row, mr.min_col) != (c.row, c.column): fails.append(f'{tag}: not top-left of merge')
        if ws.row_dimensions[c.row].hidden: fails.append(f'{tag}: row hidden')
        for fld in ('target', 'realisasi'):
            got = combine(ws, loc[fld])
            if not eq(got, row[fld]): fails.append(f'{tag}: {fld} key {row[fld]} vs file {got}')
    ids = Counter((r['same_as'], r['year']) for r in key['rows'])
    for k, n in ids.items():
        if n > 1: fails.append(f'{ag}: {k} appears {n} times')
    per = Counter(r['year'] for r in key['rows'])
    ys = key['years']
    if len(ys) != 4 or ys != list(range(ys[0], ys[0] + 4)) or sorted(per) != ys: fails.append(f'{ag}: years {ys} {sorted(per)}')
    for y, n in per.items():
        if not 16 <= n <= 22: fails.append(f'{ag}: {y} has {n} rows')
    allids = {r['same_as'] for r in key['rows']}
    for pair in key['ambiguous']:
        for i in pair:
            if i not in allids: fails.append(f'{ag}: ambiguous id {i} missing')
    fx = {f.rsplit('.', 1)[1] for f in key['files']}
    if not {'xlsx', 'xls', 'ods'} <= fx: fails.append(f'{ag}: formats {fx}')
    total += len(key['rows'])
if fails:
    print('\n'.join(fails)); print(f'FAIL ({len(fails)} failures)'); sys.exit(1)
print(f'PASS {total} key rows')
