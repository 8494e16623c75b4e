#!/usr/bin/env python3
"""Re-read the delivered workbooks and check every key row against its locator."""
import json, os, re, subprocess, sys
from openpyxl import load_workbook

ROOT = os.path.dirname(os.path.abspath(__file__))
VT = os.path.join(ROOT, 'gen', 'tmp', 'verify')
AGENCIES = ['uptd_rsk_paru_prov_bukit_kenanga', 'uptd_balai_k3_prov_selat_mawar', 'uptd_balai_bahasa_kab_rantau_pandan']
fails = []


def fail(msg):
    fails.append(msg)


def to_xlsx(ag, fname):
    src = os.path.join(ROOT, ag, fname)
    if fname.endswith('.xlsx'):
        return src
    out = os.path.join(VT, ag)
    os.makedirs(out, exist_ok=True)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind79-verify',
                    '--convert-to', 'xlsx', '--outdir', out, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(out, os.path.splitext(fname)[0] + '.xlsx')


GRADE = re.compile(r'^(A|AA|B|BB|C|CC|D|E)[+-]?$')


def parse(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (cell.number_format or '') else v
    s = str(v).strip()
    if s in ('', '-', '–') or GRADE.match(s):
        return None
    s = s.replace('Rp', '').replace(',-', '').replace('*)', '').replace('%', '')
    s = re.sub(r'[≥≤<>=]', '', s).strip()
    s = re.split(r'\s+[-–]\s+', s)[0]
    m = re.match(r'^\s*(\d[\d.]*(?:,\d+)?)', s)
    if not m:
        return None
    num = m.group(1).replace('.', '').replace(',', '.')
    x = float(num)
    return int(x) if x == int(x) and ',' not in m.group(1) else x


def combine(vals, rule):
    ks = [x for x in vals if x is not None]
    if not ks:
        return None
    if rule == 'cell':
        return vals[0]
    if rule == 'sum':
        return sum(ks)
    return ks[-1]


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))


total = 0
for ag in AGENCIES:
    kp = os.path.join(ROOT, ag, 'key.json')
    if not os.path.exists(kp):
        fail(f"{ag}: key.json missing"); continue
    key = json.load(open(kp))
    locs = json.load(open(os.path.join(ROOT, 'gen', 'locators', ag + '.json')))
    rows = key['rows']
    if len(rows) != len(locs):
        fail(f"{ag}: {len(rows)} key rows but {len(locs)} locators")
    delivered = sorted(f for f in os.listdir(os.path.join(ROOT, ag)) if f != 'key.json')
    if sorted(key['files']) != delivered:
        fail(f"{ag}: files listed {sorted(key['files'])} != delivered {delivered}")
    exts = {os.path.splitext(f)[1] for f in delivered}
    if exts != {'.xlsx', '.xls', '.ods'}:
        fail(f"{ag}: formats {exts}")
    years = key['years']
    if len(years) != 4 or years != list(range(years[0], years[0] + 4)):
        fail(f"{ag}: years {years}")
    books = {f: load_workbook(to_xlsx(ag, f), data_only=True) for f in key['files']}
    seen, per_year, shared = set(), {}, {}
    for kr in rows:
        shared.setdefault((kr['file'], kr['sheet'], kr['row']), []).append(kr)
    for (f, sh, rr), lst in shared.items():
        if len(lst) > 1 and any('col' not in x for x in lst):
            fail(f"{ag}: {f}/{sh} row {rr} shared by {len(lst)} key rows without col")
    for kr, lc in zip(rows, locs):
        tag = f"{ag} {kr['year']} {kr['same_as']} {kr['file']}/{kr['sheet']}!{lc['name']}"
        total += 1
        if (kr['same_as'], kr['year']) in seen:
            fail(f"{tag}: duplicate id in year")
        seen.add((kr['same_as'], kr['year']))
        per_year[kr['year']] = per_year.get(kr['year'], 0) + 1
        if kr['year'] not in years:
            fail(f"{tag}: year outside key years")
        wb = books[kr['file']]
        if kr['sheet'] not in wb.sheetnames:
            fail(f"{tag}: sheet missing"); continue
        ws = wb[kr['sheet']]
        if ws.sheet_state != 'visible':
            fail(f"{tag}: sheet not visible")
        m = re.match(r'([A-Z]+)(\d+)', lc['name'])
        col, row = m.group(1), int(m.group(2))
        if row != kr['row'] or ('col' in kr and kr['col'] != col) or (lc['id'], lc['year']) != (kr['same_as'], kr['year']):
            fail(f"{tag}: key row/col differs from locator")
        if ws.row_dimensions[row].hidden:
            fail(f"{tag}: row hidden")
        for mr in ws.merged_cells.ranges:
            if mr.min_row <= row <= mr.max_row and mr.min_col <= ws[lc['name']].column <= mr.max_col:
                if (mr.min_row, mr.min_col) != (row, ws[lc['name']].column):
                    fail(f"{tag}: name cell not top-left of merge {mr}")
        got = ws[lc['name']].value
        if got != kr['written']:
            fail(f"{tag}: written {kr['written']!r} but cell holds {got!r}")
        for fld, kf in (('target', 'target'), ('realisasi', 'realisasi')):
            loc = lc[fld]
            vals = [parse(ws[c]) for c in loc['cells']]
            v = combine(vals, loc['rule'])
            if not same(v, kr[kf]):
                fail(f"{tag}: {fld} key {kr[kf]!r} but cells {loc['cells']} ({loc['rule']}) give {v!r}")
    for y in years:
        c = per_year.get(y, 0)
        if not 16 <= c <= 22:
            fail(f"{ag}: {c} key rows in {y}")
    ids = {kr['same_as'] for kr in rows}
    for pair in key['ambiguous']:
        for i in pair:
            if i not in ids:
                fail(f"{ag}: ambiguous id {i} absent")
        if not pair[1].endswith('b'):
            fail(f"{ag}: ambiguous second id {pair[1]} should end in b")

if fails:
    print(f"FAIL ({len(fails)} failures over {total} key rows)")
    for f in fails:
        print(' -', f)
    sys.exit(1)
print(f"PASS {total} key rows")
