#!/usr/bin/env python3
"""Re-read the delivered workbooks (cached values) and check every key row against its locator."""
import json, os, re, glob, shutil, subprocess, sys
from collections import Counter, defaultdict
import openpyxl

BASE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(BASE, 'gen', 'tmp', 'verify')
LO = ['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind86']
fails = []

def parse(c):
    v = c.value
    if v is None or isinstance(v, bool): return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (c.number_format or '') else v
    s = str(v).strip()
    if s in ('', '-', '\u2013'): return None
    s = s.replace('Rp', '').replace(',-', '').replace('*)', '').replace('*', '')
    s = re.split(r'\s[-\u2013]\s', s)[0]                    # ranges: lower bound
    s = re.sub(r'[\u2265\u2264<>=]', '', s)
    m = re.search(r'\d[\d.]*(,\d+)?', s)
    if not m: return None                                    # grades, words
    t = m.group(0).replace('.', '').replace(',', '.')
    return float(t)

def combine(vals, rule):
    if rule == 'cell': return vals[0]
    ks = [v for v in vals if v is not None]
    if not ks: return None
    return sum(ks) if rule == 'sum' else ks[-1]

def eq(a, b):
    if a is None or b is None: return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))

def load(path):
    if path.endswith('.xlsx'):
        return openpyxl.load_workbook(path, data_only=True)
    os.makedirs(TMP, exist_ok=True)
    subprocess.run(LO + ['--convert-to', 'xlsx', '--outdir', TMP, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return openpyxl.load_workbook(os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + '.xlsx'), data_only=True)

def colrow(a):
    m = re.match(r'([A-Z]+)(\d+)$', a); return m.group(1), int(m.group(2))

shutil.rmtree(TMP, ignore_errors=True)
total, exts = 0, set()
for kp in sorted(glob.glob(os.path.join(BASE, '*', 'key.json'))):
    agdir = os.path.dirname(kp); ag = os.path.basename(agdir)
    key = json.load(open(kp)); loc = json.load(open(os.path.join(BASE, 'gen', 'locators', ag + '.json')))
    E = lambda m: fails.append(f'{ag}: {m}')
    rows = key['rows']
    if len(rows) != len(loc): E('key/locator length differ')
    delivered = sorted(f for f in os.listdir(agdir) if f != 'key.json')
    if sorted(key['files']) != delivered: E(f'files listed {key["files"]} vs delivered {delivered}')
    for f in delivered: exts.add(os.path.splitext(f)[1])
    books = {f: load(os.path.join(agdir, f)) for f in key['files']}
    per = Counter((r['same_as'], r['year']) for r in rows)
    for k, n in per.items():
        if n > 1: E(f'id {k} appears {n} times')
    yc = Counter(r['year'] for r in rows)
    ys = sorted(yc)
    if ys != key['years'] or len(ys) != 4 or ys != list(range(ys[0], ys[0] + 4)): E(f'years {ys}')
    for y, n in yc.items():
        if not 16 <= n <= 22: E(f'{y}: {n} rows')
    ids = {r['same_as'] for r in rows}
    for pair in key['ambiguous']:
        for i in pair:
            if i not in ids: E(f'ambiguous id {i} missing')
    shared = Counter((r['file'], r['sheet'], r['row']) for r in rows)
    for r, l in zip(rows, loc):
        tag = f"{r['year']} {r['same_as']} {r['sheet']}!{l['name']}"
        if (r['file'], r['sheet'], r['same_as'], r['year']) != (l['file'], l['sheet'], l['id'], l['year']): E(f'{tag}: locator mismatch')
        c, rr = colrow(l['name'])
        if rr != r['row']: E(f'{tag}: row mismatch')
        if shared[(r['file'], r['sheet'], r['row'])] > 1 and r.get('col') != c: E(f'{tag}: col missing/wrong')
        if 'col' in r and r['col'] != c: E(f'{tag}: col wrong')
        wb = books[r['file']]
        if r['sheet'] not in wb.sheetnames: E(f'{tag}: no sheet'); continue
        ws = wb[r['sheet']]
        if ws.sheet_state != 'visible': E(f'{tag}: sheet hidden')
        if ws.row_dimensions[rr].hidden: E(f'{tag}: row hidden')
        for mr in ws.merged_cells.ranges:
            if l['name'] in mr and l['name'] != mr.coord.split(':')[0]: E(f'{tag}: name not top-left of merge {mr.coord}')
        if ws[l['name']].value != r['written']: E(f'{tag}: written {r["written"]!r} vs cell {ws[l["name"]].value!r}')
        for fld in ('target', 'realisasi'):
            got = combine([parse(ws[a]) for a in l[fld]['cells']], l[fld]['rule'])
            if not eq(got, r[fld]): E(f'{tag}: {fld} key {r[fld]!r} vs cells {got!r} ({l[fld]["rule"]} {l[fld]["cells"]})')
        total += 1
    print(f'{ag}: {len(rows)} key rows, years {dict(sorted(yc.items()))}')
for e in ('.xlsx', '.xls', '.ods'):
    if e not in exts: fails.append(f'format {e} missing')
if fails:
    print('\n'.join('FAIL ' + f for f in fails)); print(f'FAIL: {len(fails)} failures'); sys.exit(1)
print(f'PASS {total} key rows')
