#!/usr/bin/env python3
"""Re-read delivered workbooks (cached values) and check every key row against its locator."""
import json, os, re, subprocess, sys, glob
from collections import Counter, defaultdict
from openpyxl import load_workbook

BASE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(BASE, 'gen', 'tmp', 'verify')
AGENCIES = ['uptd_smk_pp_negeri_prov_lembah_sentosa', 'uptd_pasar_hewan_kab_padang_raya', 'uptd_command_center_kota_bandar_arunika']

def parse(v, fmt='General'):
    if v is None or isinstance(v, bool): return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (fmt or '') else v
    s = str(v).strip()
    s = s.replace('*)', '').replace(',-', '').replace('Rp.', '').replace('Rp', '')
    s = re.sub(r'[≥≤<>=]', '', s).strip()
    s = re.split(r'\s+[-–]\s+', s)[0]
    m = re.search(r'\d[\d.,]*', s)
    if not m: return None
    return float(m.group(0).rstrip('.,').replace('.', '').replace(',', '.'))

def close(a, b):
    if a is None or b is None: return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))

def xlsx_of(agency, f):
    p = os.path.join(BASE, agency, f)
    if f.endswith('.xlsx'): return p
    out = os.path.join(TMP, agency); os.makedirs(out, exist_ok=True)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind85', '--convert-to', 'xlsx:Calc MS Excel 2007 XML',
                    '--outdir', out, p], check=True, capture_output=True)
    return os.path.join(out, os.path.splitext(f)[0] + '.xlsx')

def combine(ws, loc):
    vals = []
    for c in loc['cells']:
        cell = ws[c]
        if isinstance(cell.value, str) and cell.value.startswith('='): return 'FORMULA-NO-CACHE'
        vals.append(parse(cell.value, cell.number_format))
    if loc['rule'] == 'cell': return vals[0]
    rep = [v for v in vals if v is not None]
    if not rep: return None
    return sum(rep) if loc['rule'] == 'sum' else rep[-1]

fails = []; total = 0; exts = set()
for ag in AGENCIES:
    kp = os.path.join(BASE, ag, 'key.json')
    if not os.path.exists(kp): fails.append('%s: no key.json' % ag); continue
    key = json.load(open(kp)); locs = json.load(open(os.path.join(BASE, 'gen', 'locators', ag + '.json')))
    rows = key['rows']
    if len(rows) != len(locs): fails.append('%s: %d rows vs %d locators' % (ag, len(rows), len(locs))); continue
    delivered = sorted(f for f in os.listdir(os.path.join(BASE, ag)) if f.endswith(('.xlsx', '.xls', '.ods')))
    if sorted(key['files']) != delivered: fails.append('%s: files listed %s vs delivered %s' % (ag, key['files'], delivered))
    for f in delivered: exts.add(os.path.splitext(f)[1])
    if len({os.path.splitext(f)[1] for f in delivered}) < 3: fails.append('%s: not all three formats' % ag)
    wbs = {f: load_workbook(xlsx_of(ag, f), data_only=True) for f in key['files']}
    for kr, lc in zip(rows, locs):
        total += 1
        tag = '%s %s %s!%s' % (ag, kr['year'], kr['sheet'], lc['name_cell'])
        if (kr['file'], kr['sheet'], kr['year'], kr['same_as']) != (lc['file'], lc['sheet'], lc['year'], lc['id']):
            fails.append(tag + ': key/locator mismatch'); continue
        wb = wbs[kr['file']]
        if kr['sheet'] not in wb.sheetnames: fails.append(tag + ': sheet missing'); continue
        ws = wb[kr['sheet']]
        if ws.sheet_state != 'visible': fails.append(tag + ': sheet not visible')
        m = re.match(r'([A-Z]+)(\d+)$', lc['name_cell'])
        if int(m.group(2)) != kr['row']: fails.append(tag + ': row differs')
        if 'col' in kr and kr['col'] != m.group(1): fails.append(tag + ': col differs')
        if ws[lc['name_cell']].value != kr['written']: fails.append(tag + ': written %r vs cell %r' % (kr['written'], ws[lc['name_cell']].value))
        if ws.row_dimensions[kr['row']].hidden: fails.append(tag + ': row hidden')
        for mr in ws.merged_cells.ranges:
            if lc['name_cell'] in mr and mr.coord.split(':')[0] != lc['name_cell']:
                fails.append(tag + ': name cell not top-left of merge ' + mr.coord)
        for what in ('target', 'realisasi'):
            got = combine(ws, lc[what])
            if got == 'FORMULA-NO-CACHE' or not close(got, kr[what]):
                fails.append('%s: %s %s key=%r file=%r (%s %s)' % (tag, kr['same_as'], what, kr[what], got, lc[what]['rule'], lc[what]['cells']))
    # per-key checks
    c = Counter((r['same_as'], r['year']) for r in rows)
    for k, n in c.items():
        if n > 1: fails.append('%s: id %s year %s appears %d times' % (ag, k[0], k[1], n))
    years = sorted({r['year'] for r in rows})
    if years != key['years'] or len(years) != 4 or years != list(range(years[0], years[0] + 4)):
        fails.append('%s: years %s' % (ag, years))
    for y, n in Counter(r['year'] for r in rows).items():
        if not 16 <= n <= 22: fails.append('%s: %d rows in %d' % (ag, n, y))
    pos = Counter((r['file'], r['sheet'], r['row']) for r in rows)
    for r in rows:
        if pos[(r['file'], r['sheet'], r['row'])] > 1 and 'col' not in r:
            fails.append('%s: shared row %s!%d without col' % (ag, r['sheet'], r['row']))
    ids = {r['same_as'] for r in rows}
    if not key.get('ambiguous'): fails.append(ag + ': no ambiguous pair')
    for pair in key.get('ambiguous', []):
        for i in pair:
            if i not in ids: fails.append('%s: ambiguous id %s absent' % (ag, i))
if exts != {'.xlsx', '.xls', '.ods'}: fails.append('formats present: %s' % exts)
if fails:
    print('FAIL (%d problems, %d key rows)' % (len(fails), total))
    for f in fails: print('  ' + f)
    sys.exit(1)
print('PASS %d key rows' % total)
