"""Re-read every key row from the delivered workbooks and check written / target / realisasi.
xls and ods files are converted back to xlsx (LibreOffice) into gen/tmp/verify first."""
import json, glob, os, re, subprocess, sys
import openpyxl
ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = ROOT + '/gen/tmp/verify'
os.makedirs(TMP, exist_ok=True)

def to_xlsx(path):
    if path.endswith('.xlsx'):
        return path
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind48', '--headless', '--calc',
                    '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', TMP, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + '.xlsx')

def num_id(tok):
    """Indonesian convention: '.' groups thousands, ',' is the decimal mark"""
    if ',' in tok:
        return float(tok.replace('.', '').replace(',', '.'))
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', tok):
        return float(tok.replace('.', ''))
    return float(tok)

def parse(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (cell.number_format or '') else v
    s = str(v).strip()
    if s in ('-', '', 'N/A') or re.fullmatch(r'[A-D]{1,2}[+-]?', s):
        return None
    s = re.sub(r'^(>=|≥|<=|≤)\s*', '', s)
    s = re.sub(r'^Rp\.?\s*', '', s)
    m = re.match(r'(\d[\d.,]*)\s*[-–]\s*\d', s)
    if m:
        return num_id(m.group(1))
    m = re.match(r'(\d[\d.,]*)', s)
    if not m:
        raise ValueError(f"cannot parse {v!r}")
    return num_id(m.group(1))

def agg(vals, how):
    if how == 'one':
        return vals[0]
    vs = [v for v in vals if v is not None]
    if not vs:
        return None
    return sum(vs) if how == 'sum' else vs[-1]

def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))

fails = 0; total = 0
for cmf in sorted(glob.glob(ROOT + '/gen/cellmap_*.json')):
    slug = os.path.basename(cmf)[8:-5]
    cm = json.load(open(cmf))
    key = json.load(open(f"{ROOT}/{slug}/key.json"))
    assert len(cm['cells']) == len(key['rows'])
    assert set(key['files']) == {os.path.basename(p) for p in glob.glob(f"{ROOT}/{slug}/*") if not p.endswith('.json')}, 'file list'
    books = {f: openpyxl.load_workbook(to_xlsx(f"{ROOT}/{slug}/{f}"), data_only=True) for f in key['files']}
    seen = set()
    for r, c in zip(key['rows'], cm['cells']):
        total += 1
        ws = books[r['file']][r['sheet']]
        ref = c['name_cell']
        errs = []
        col = re.match(r'[A-Z]+', ref).group(0)
        if int(ref[len(col):]) != r['row'] or ('col' in r and r['col'] != col):
            errs.append('row/col mismatch with cell map')
        if ws[ref].value != r['written']:
            errs.append(f"written {ws[ref].value!r} != {r['written']!r}")
        if ws.sheet_state != 'visible':
            errs.append('hidden sheet')
        t = parse(ws[c['tcells'][0]])
        rv = agg([parse(ws[x]) for x in c['rcells']], c['ragg'])
        if not close(t, r['target']):
            errs.append(f"target {t!r} != {r['target']!r}")
        if not close(rv, r['realisasi']):
            errs.append(f"realisasi {rv!r} != {r['realisasi']!r}")
        k = (r['file'], r['sheet'], r['row'], r.get('col'))
        if k in seen:
            errs.append('duplicate key position')
        seen.add(k)
        yk = (r['same_as'], r['year'])
        if yk in seen:
            errs.append('id twice in one year')
        seen.add(yk)
        if errs:
            fails += 1
            print(slug, r['file'], r['sheet'], ref, r['same_as'], r['year'], '; '.join(errs))
    # merged cell check: name cell must be top-left of a merge if inside one
    for r, c in zip(key['rows'], cm['cells']):
        ws = books[r['file']][r['sheet']]
        for mr in ws.merged_cells.ranges:
            if c['name_cell'] in mr and c['name_cell'] != mr.start_cell.coordinate:
                fails += 1; print('not top-left of merge', c['name_cell'])
print(f"{total} key rows checked, {fails} failures")
sys.exit(1 if fails else 0)
