"""Re-read the delivered workbooks and check every key row against its locator."""
import json, os, re, subprocess, sys, glob
from collections import Counter
import openpyxl

BASE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(BASE, 'gen', 'tmp', 'verify')
AGENCIES = ['uptd_rumah_singgah_prov_karang_sari', 'uptd_pengelolaan_taman_hutan_raya_kab_bukit_gading',
            'uptd_terminal_tipe_b_kota_pelita_timur']
fails = []


def fail(m):
    fails.append(m)


def parse(v, fmt):
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if fmt and '%' in fmt else v
    s = str(v).strip().replace('*)', '').replace('Rp', '').replace(',-', '')
    m = re.search(r'\d[\d.,]*', s)
    if not m:
        return None
    tok = m.group(0).rstrip('.,').replace('.', '').replace(',', '.')
    return float(tok)


def combine(vals, rule):
    if rule == 'cell':
        return vals[0]
    rep = [v for v in vals if v is not None]
    if not rep:
        return None
    return sum(rep) if rule == 'sum' else rep[-1]


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))


books = {}


def load(agency, fname):
    k = (agency, fname)
    if k in books:
        return books[k]
    p = os.path.join(BASE, agency, fname)
    if fname.endswith('.xlsx'):
        x = p
    else:
        out = os.path.join(TMP, agency)
        os.makedirs(out, exist_ok=True)
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind89',
                        '--convert-to', 'xlsx', '--outdir', out, p], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        x = os.path.join(out, os.path.splitext(fname)[0] + '.xlsx')
    books[k] = openpyxl.load_workbook(x, data_only=True)
    return books[k]


total = 0
formats = set()
for ag in AGENCIES:
    key = json.load(open(os.path.join(BASE, ag, 'key.json')))
    locs = json.load(open(os.path.join(BASE, 'gen', 'locators', ag + '.json')))
    rows = key['rows']
    if len(rows) != len(locs):
        fail(f'{ag}: {len(rows)} rows vs {len(locs)} locators')
        continue
    delivered = sorted(f for f in os.listdir(os.path.join(BASE, ag)) if f != 'key.json')
    if sorted(key['files']) != delivered:
        fail(f'{ag}: files listed {key["files"]} vs delivered {delivered}')
    for f in delivered:
        formats.add(os.path.splitext(f)[1])
    ys = key['years']
    if ys != list(range(ys[0], ys[0] + 4)):
        fail(f'{ag}: years {ys}')
    cnt = Counter(r['year'] for r in rows)
    for y in ys:
        if not 16 <= cnt[y] <= 22:
            fail(f'{ag}: {cnt[y]} rows in {y}')
    if set(cnt) != set(ys):
        fail(f'{ag}: rows for years {sorted(cnt)}')
    dup = [k for k, c in Counter((r['same_as'], r['year']) for r in rows).items() if c > 1]
    if dup:
        fail(f'{ag}: duplicate id/year {dup}')
    ids = {r['same_as'] for r in rows}
    for pair in key['ambiguous']:
        for i in pair:
            if i not in ids:
                fail(f'{ag}: ambiguous id {i} absent')
    shared = Counter((r['file'], r['sheet'], r['row']) for r in rows)
    for r, lc in zip(rows, locs):
        total += 1
        tag = f"{ag} {r['year']} {r['same_as']} {r['sheet']}!{lc['name_cell']}"
        if (r['file'], r['sheet'], r['same_as'], r['year']) != (lc['file'], lc['sheet'], lc['same_as'], lc['year']):
            fail(f'{tag}: locator mismatch')
        if shared[(r['file'], r['sheet'], r['row'])] > 1 and 'col' not in r:
            fail(f'{tag}: shared row without col')
        m = re.match(r'([A-Z]+)(\d+)$', lc['name_cell'])
        if int(m.group(2)) != r['row'] or ('col' in r and r['col'] != m.group(1)):
            fail(f'{tag}: row/col differ from locator')
        wb = load(ag, r['file'])
        if r['sheet'] not in wb.sheetnames:
            fail(f'{tag}: no sheet')
            continue
        ws = wb[r['sheet']]
        if ws.sheet_state != 'visible':
            fail(f'{tag}: sheet hidden')
        if ws.row_dimensions[r['row']].hidden:
            fail(f'{tag}: row hidden')
        if ws[lc['name_cell']].value != r['written']:
            fail(f'{tag}: written {r["written"]!r} vs cell {ws[lc["name_cell"]].value!r}')
        for mr in ws.merged_cells.ranges:
            if ws[lc['name_cell']].coordinate in mr and mr.start_cell.coordinate != lc['name_cell']:
                fail(f'{tag}: name cell inside merge {mr}')
        for fld in ('target', 'realisasi'):
            spec = lc[fld]
            vals = [parse(ws[c].value, ws[c].number_format) for c in spec['cells']]
            got = combine(vals, spec['rule'])
            if not same(got, r[fld]):
                fail(f'{tag}: {fld} key {r[fld]} vs file {got} ({spec})')
for f in ('.xlsx', '.xls', '.ods'):
    if f not in formats:
        fail(f'no {f} delivered')
if fails:
    print('FAIL')
    for f in fails:
        print(' ', f)
    sys.exit(1)
print(f'PASS {total} key rows')
