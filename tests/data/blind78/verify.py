"""Re-read the delivered workbooks and check every key row against its locator."""
import json, os, re, glob, subprocess, sys, shutil
from collections import Counter, defaultdict
import openpyxl
from openpyxl.utils import column_index_from_string, get_column_letter, coordinate_to_tuple

ROOT = os.path.dirname(os.path.abspath(__file__))
VT = os.path.join(ROOT, 'gen', 'tmp', 'verify')
AGENCIES = ['uptd_psda_ws_batang_lirik', 'uptd_bpp_tani_kab_gading_mas', 'uptd_btp_prov_lembah_sari_raya']
LO = ['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind78', '--convert-to', 'xlsx', '--outdir']

def parse(cell):
    v = cell.value
    if v is None: return None
    if isinstance(v, bool): return None
    if isinstance(v, (int, float)):
        return round(v * 100, 6) if '%' in (cell.number_format or '') else v
    s = str(v).strip()
    s = re.sub(r'Rp\.?', '', s).replace(',-', '').replace('*)', '').replace('*', '')
    s = re.sub(r'[≥≤<>=±~]', '', s).strip()
    if s in ('', '-', '–'): return None
    m = re.match(r'(\d[\d.,]*)', s)
    if not m: return None
    tok = m.group(1).rstrip('.,').replace('.', '').replace(',', '.')
    x = float(tok)
    return int(x) if x == int(x) and '.' not in tok else x

def combine(ws, loc):
    vals = [parse(ws[c]) for c in loc['cells']]
    rep = [v for v in vals if v is not None]
    if loc['rule'] == 'cell': return vals[0]
    if not rep: return None
    if loc['rule'] == 'sum': return round(sum(rep), 6)
    if loc['rule'] == 'last': return rep[-1]
    raise ValueError(loc['rule'])

def eq(a, b):
    if a is None or b is None: return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))

def main():
    fails = []; total = 0; exts = set()
    if os.path.isdir(VT): shutil.rmtree(VT)
    os.makedirs(VT)
    for ag in AGENCIES:
        d = os.path.join(ROOT, ag)
        key = json.load(open(os.path.join(d, 'key.json')))
        locs = json.load(open(os.path.join(ROOT, 'gen', 'locators', ag + '.json')))
        delivered = sorted(f for f in os.listdir(d) if f != 'key.json')
        if sorted(key['files']) != delivered: fails.append(f"{ag}: files listed {key['files']} != delivered {delivered}")
        conv = [os.path.join(d, f) for f in delivered if not f.endswith('.xlsx')]
        if conv: subprocess.run(LO + [VT] + conv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        books = {}
        for f in delivered:
            exts.add(os.path.splitext(f)[1])
            p = os.path.join(d, f) if f.endswith('.xlsx') else os.path.join(VT, os.path.splitext(f)[0] + '.xlsx')
            books[f] = openpyxl.load_workbook(p, data_only=True)
        if len(key['rows']) != len(locs): fails.append(f"{ag}: {len(key['rows'])} rows but {len(locs)} locators")
        for k, l in zip(key['rows'], locs):
            total += 1
            tag = f"{ag} {k['year']} {k['same_as']}"
            if (k['file'], k['sheet'], k['year'], k['same_as']) != (l['file'], l['sheet'], l['year'], l['id']):
                fails.append(f"{tag}: locator mismatch"); continue
            wb = books[k['file']]; ws = wb[k['sheet']]
            if ws.sheet_state != 'visible': fails.append(f"{tag}: sheet {k['sheet']} not visible")
            r, c = coordinate_to_tuple(l['name'])
            if r != k['row']: fails.append(f"{tag}: row {k['row']} != locator {l['name']}")
            if 'col' in k and get_column_letter(c) != k['col']: fails.append(f"{tag}: col {k['col']} != {l['name']}")
            if ws.row_dimensions[r].hidden: fails.append(f"{tag}: row {r} hidden")
            got = ws.cell(r, c).value
            if got != k['written']: fails.append(f"{tag}: written {k['written']!r} != cell {got!r}")
            for m in ws.merged_cells.ranges:
                if m.min_row <= r <= m.max_row and m.min_col <= c <= m.max_col and (m.min_row, m.min_col) != (r, c):
                    fails.append(f"{tag}: name cell {l['name']} inside merge {m} not top-left")
            for what in ('target', 'realisasi'):
                v = combine(ws, l[what])
                if not eq(v, k[what]): fails.append(f"{tag}: {what} key {k[what]} != file {v} ({l[what]})")
        # key-level checks
        ids = Counter((k['same_as'], k['year']) for k in key['rows'])
        fails += [f"{ag}: id {i} year {y} appears {n}x" for (i, y), n in ids.items() if n > 1]
        per = Counter(k['year'] for k in key['rows'])
        ys = sorted(per)
        if ys != key['years'] or len(ys) != 4 or ys != list(range(ys[0], ys[0] + 4)): fails.append(f"{ag}: years {ys} / {key['years']}")
        fails += [f"{ag}: year {y} has {n} rows" for y, n in per.items() if not 16 <= n <= 22]
        shared = defaultdict(list)
        for k in key['rows']: shared[(k['file'], k['sheet'], k['row'])].append(k)
        for ks in shared.values():
            if len(ks) > 1 and any('col' not in k for k in ks): fails.append(f"{ag}: shared row {ks[0]['sheet']}!{ks[0]['row']} without col")
        allids = {k['same_as'] for k in key['rows']}
        for pair in key['ambiguous']:
            for i in pair:
                if i not in allids: fails.append(f"{ag}: ambiguous id {i} absent")
        fexts = {os.path.splitext(f)[1] for f in delivered}
        if not {'.xlsx', '.xls', '.ods'} <= fexts: fails.append(f"{ag}: formats {fexts}")
    if not {'.xlsx', '.xls', '.ods'} <= exts: fails.append(f"formats present: {exts}")
    if fails:
        print('\n'.join(fails)); print(f"FAIL ({len(fails)} failures, {total} key rows)"); sys.exit(1)
    print(f"PASS {total} key rows")

if __name__ == '__main__':
    main()
