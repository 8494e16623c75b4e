#!/usr/bin/env python3
"""Re-read delivered workbooks (via soffice -> xlsx, cached values) and check every key row."""
import json, os, re, glob, subprocess, shutil
from collections import Counter, defaultdict
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

B = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(B, 'gen', 'tmp', 'verify')
fails = []

def parse(c):
    v = c.value
    if v is None: return None
    if isinstance(v, bool): return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (c.number_format or '') else v
    s = str(v).strip()
    if s in ('-', '') or re.fullmatch(r'[A-E][A-E+\-]?', s): return None
    s = s.replace('Rp.', '').replace('Rp', '').replace(',-', '').replace('*)', '')
    s = s.replace('≥', '').replace('≤', '').replace('>', '').replace('<', '').replace('%', '')
    s = re.sub(r'[A-Za-z]+', '', s).strip()
    m = re.match(r'^([\d.,]+)\s*-\s*[\d.,]+$', s)
    if m: s = m.group(1)
    s = s.replace('.', '').replace(',', '.').strip()
    try: return float(s)
    except ValueError: return 'UNPARSEABLE:' + str(v)

def combine(ws, loc):
    vals = [parse(ws[c]) for c in loc['cells']]
    if any(isinstance(x, str) for x in vals): return [x for x in vals if isinstance(x, str)][0]
    rep = [x for x in vals if x is not None]
    if loc['rule'] == 'cell': return vals[0]
    if not rep: return None
    return sum(rep) if loc['rule'] == 'sum' else rep[-1]

def eq(a, b):
    if a is None or b is None: return a is None and b is None
    if isinstance(a, str) or isinstance(b, str): return False
    return abs(a - b) <= 1e-6 * max(1, abs(b))

def open_book(agency, f):
    p = os.path.join(B, agency, f)
    if f.endswith('.xlsx'): return load_workbook(p, data_only=True)
    out = os.path.join(TMP, agency); os.makedirs(out, exist_ok=True)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind90', '--convert-to', 'xlsx',
                    '--outdir', out, p], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return load_workbook(os.path.join(out, os.path.splitext(f)[0] + '.xlsx'), data_only=True)

total, formats = 0, set()
for kf in sorted(glob.glob(os.path.join(B, '*', 'key.json'))):
    ag = os.path.basename(os.path.dirname(kf)); k = json.load(open(kf))
    locs = json.load(open(os.path.join(B, 'gen', 'locators', ag + '.json')))
    delivered = sorted(os.path.basename(p) for p in glob.glob(os.path.join(B, ag, '*')) if not p.endswith('key.json'))
    if sorted(k['files']) != delivered: fails.append(f"{ag}: files listed {k['files']} != delivered {delivered}")
    exts = {os.path.splitext(f)[1] for f in k['files']}; formats |= exts
    if not {'.xlsx', '.xls', '.ods'} <= exts: fails.append(f"{ag}: formats {exts}")
    if not 3 <= len(k['files']) <= 4: fails.append(f"{ag}: {len(k['files'])} workbooks")
    ys = k['years']
    if ys != list(range(ys[0], ys[0] + 4)): fails.append(f"{ag}: years {ys}")
    if len(locs) != len(k['rows']): fails.append(f"{ag}: locators {len(locs)} != rows {len(k['rows'])}")
    books = {f: open_book(ag, f) for f in k['files']}
    cnt = Counter((r['same_as'], r['year']) for r in k['rows'])
    for (i, y), n in cnt.items():
        if n > 1: fails.append(f"{ag}: id {i} year {y} appears {n} times")
    py = Counter(r['year'] for r in k['rows'])
    for y in ys:
        if not 16 <= py[y] <= 22: fails.append(f"{ag}: year {y} has {py[y]} rows")
    if set(py) - set(ys): fails.append(f"{ag}: stray years {set(py) - set(ys)}")
    ids = {r['same_as'] for r in k['rows']}
    for pair in k['ambiguous']:
        for i in pair:
            if i not in ids: fails.append(f"{ag}: ambiguous id {i} missing")
    share = Counter((r['file'], r['sheet'], r['row']) for r in k['rows'])
    for r, loc in zip(k['rows'], locs):
        total += 1
        tag = f"{ag} {r['year']} {r['same_as']} {r['sheet']}!{r['row']}"
        if (loc['same_as'], loc['year'], loc['sheet']) != (r['same_as'], r['year'], r['sheet']): fails.append(tag + ': locator mismatch'); continue
        if share[(r['file'], r['sheet'], r['row'])] > 1 and 'col' not in r: fails.append(tag + ': shared row without col')
        wb = books[r['file']]
        if r['sheet'] not in wb.sheetnames: fails.append(tag + ': sheet missing'); continue
        ws = wb[r['sheet']]
        if ws.sheet_state != 'visible': fails.append(tag + ': sheet hidden')
        if ws.row_dimensions[r['row']].hidden: fails.append(tag + ': row hidden')
        nc = ws[loc['name']]
        if nc.row != r['row']: fails.append(tag + f": name cell {loc['name']} not on row")
        if 'col' in r and nc.column_letter != r['col']: fails.append(tag + ': col mismatch')
        for m in ws.merged_cells.ranges:
            if nc.coordinate in m and (m.min_row, m.min_col) != (nc.row, nc.column):
                fails.append(tag + ': name cell not top-left of merge')
        if nc.value != r['written']: fails.append(tag + f": written {r['written']!r} != cell {nc.value!r}")
        for f in ('target', 'realisasi'):
            got = combine(ws, loc[f])
            if not eq(got, r[f]): fails.append(tag + f": {f} key {r[f]!r} != file {got!r} ({loc[f]['rule']} {loc[f]['cells']})")
if not {'.xlsx', '.xls', '.ods'} <= formats: fails.append('formats missing')
if fails:
    print('\n'.join(fails)); print(f'FAIL: {len(fails)} failures over {total} key rows')
else:
    print(f'PASS: {total} key rows')
