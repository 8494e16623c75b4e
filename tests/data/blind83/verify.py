"""Re-read delivered workbooks (xls/ods converted back to xlsx via soffice) and check every key row."""
import json, os, re, subprocess, sys
from openpyxl import load_workbook
ROOT = os.path.dirname(os.path.abspath(__file__))
AGS = ['uptd_brt_kota_sungai_kemilau', 'uptd_rehsos_napza_prov_tanah_seroja', 'uptd_embung_air_baku_kab_bukit_randu']
fails = []; nrows = 0

def parse(c):
    v = c.value
    if v is None: return None
    if isinstance(v, bool): return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (c.number_format or '') else v
    s = str(v).replace('*)', '').replace('Rp.', '').replace('Rp', '').strip()
    s = re.sub(r',-\s*$', '', s)
    m = re.search(r'\d[\d.,]*', s)
    if not m: return None
    return float(m.group(0).rstrip('.,').replace('.', '').replace(',', '.'))

def combine(ws, loc):
    vals = [parse(ws[c]) for c in loc['cells']]
    rep = [v for v in vals if v is not None]
    if loc['rule'] == 'cell': return vals[0]
    if not rep: return None
    return sum(rep) if loc['rule'] == 'sum' else rep[-1]

def eq(a, b):
    if a is None or b is None: return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))

books = {}
def book(ag, fn):
    if (ag, fn) in books: return books[(ag, fn)]
    p = os.path.join(ROOT, ag, fn)
    if not fn.endswith('.xlsx'):
        out = os.path.join(ROOT, 'gen', 'tmp', 'verify', ag); os.makedirs(out, exist_ok=True)
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind83', '--convert-to', 'xlsx',
                        '--outdir', out, p], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        p = os.path.join(out, os.path.splitext(fn)[0] + '.xlsx')
    books[(ag, fn)] = load_workbook(p, data_only=True)
    return books[(ag, fn)]

exts = set()
for ag in AGS:
    kp = os.path.join(ROOT, ag, 'key.json')
    if not os.path.exists(kp): fails.append(f'{ag}: key.json missing'); continue
    key = json.load(open(kp)); locs = json.load(open(os.path.join(ROOT, 'gen', 'locators', ag + '.json')))
    delivered = sorted(f for f in os.listdir(os.path.join(ROOT, ag)) if f.rsplit('.', 1)[-1] in ('xlsx', 'xls', 'ods'))
    if sorted(key['files']) != delivered: fails.append(f'{ag}: files {key["files"]} != delivered {delivered}')
    fexts = {f.rsplit('.', 1)[-1] for f in delivered}; exts |= fexts
    if fexts != {'xlsx', 'xls', 'ods'}: fails.append(f'{ag}: formats {fexts}')
    if not 3 <= len(delivered) <= 4: fails.append(f'{ag}: {len(delivered)} workbooks')
    ys = key['years']
    if ys != list(range(ys[0], ys[0] + 4)): fails.append(f'{ag}: years {ys}')
    if len(locs) != len(key['rows']): fails.append(f'{ag}: locator count'); continue
    seen = {}; per_year = {}; pos = {}
    for k, lc in zip(key['rows'], locs):
        nrows += 1
        tag = f"{ag}/{k['file']}/{k['sheet']}/r{k['row']} {k['same_as']} {k['year']}"
        if (k['same_as'], k['year']) in seen: fails.append(f'{tag}: duplicate id/year')
        seen[(k['same_as'], k['year'])] = 1; per_year[k['year']] = per_year.get(k['year'], 0) + 1
        pos.setdefault((k['file'], k['sheet'], k['row']), []).append(k)
        if k['year'] not in ys: fails.append(f'{tag}: year not in years')
        if not re.fullmatch(r'[A-Z]\d\d[a-z]?', k['same_as']): fails.append(f'{tag}: bad id')
        wb = book(ag, k['file'])
        if k['sheet'] not in wb.sheetnames: fails.append(f'{tag}: sheet missing'); continue
        ws = wb[k['sheet']]
        if ws.sheet_state != 'visible': fails.append(f'{tag}: sheet hidden')
        nref = lc['name']; col = re.match(r'[A-Z]+', nref).group(0); row = int(nref[len(col):])
        if row != k['row'] or ('col' in k and k['col'] != col): fails.append(f'{tag}: locator/key position mismatch')
        if ws.row_dimensions[row].hidden: fails.append(f'{tag}: row hidden')
        for mr in ws.merged_cells.ranges:
            if nref in mr and nref != mr.coord.split(':')[0]: fails.append(f'{tag}: name not top-left of merge {mr.coord}')
        if ws[nref].value != k['written']: fails.append(f'{tag}: written {k["written"]!r} != cell {ws[nref].value!r}')
        for fld, lk in (('target', 'target'), ('realisasi', 'realisasi')):
            got = combine(ws, lc[lk])
            if not eq(got, k[fld]): fails.append(f'{tag}: {fld} key {k[fld]} != file {got} ({lc[lk]})')
    for (f, s, r), ks in pos.items():
        if len(ks) > 1 and any('col' not in x for x in ks): fails.append(f'{ag}/{f}/{s}/r{r}: shared row without col')
    for y in ys:
        if not 16 <= per_year.get(y, 0) <= 22: fails.append(f'{ag}: {per_year.get(y, 0)} rows in {y}')
    for pair in key['ambiguous']:
        for i in pair:
            if not any(x['same_as'] == i for x in key['rows']): fails.append(f'{ag}: ambiguous id {i} absent')
if exts != {'xlsx', 'xls', 'ods'}: fails.append('formats missing')
if fails:
    print('\n'.join(fails)); print(f'FAIL ({len(fails)} failures, {nrows} key rows)'); sys.exit(1)
print(f'PASS {nrows} key rows')
