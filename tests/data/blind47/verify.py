"""Re-read every key row from the delivered workbooks and check written / target / realisasi.
xls and ods are converted back to xlsx (gen/tmp/verify) with LibreOffice; values are the cached ones."""
import json, os, re, shutil, subprocess, sys
from collections import Counter
import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, 'gen'))
from lib import parse

LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-blind47', '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML']
TMP = os.path.join(ROOT, 'gen', 'tmp', 'verify')


def load(folder, fname):
    path = os.path.join(ROOT, folder, fname)
    if fname.endswith('.xlsx'):
        return openpyxl.load_workbook(path, data_only=True)
    os.makedirs(TMP, exist_ok=True)
    subprocess.run(LO + ['--outdir', TMP, path], check=True, capture_output=True, timeout=180)
    return openpyxl.load_workbook(os.path.join(TMP, os.path.splitext(fname)[0] + '.xlsx'), data_only=True)


def value(ws, spec):
    if spec is None:
        return None
    agg, cells = spec
    vals = [parse(ws[c].value, ws[c].number_format) for c in cells]
    if agg == 'one':
        return vals[0]
    nums = [v for v in vals if v is not None]
    if not nums:
        return None
    return round(sum(nums), 6) if agg == 'sum' else nums[-1]


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    cellmap = json.load(open(os.path.join(ROOT, 'gen', 'cellmap.json')))
    cm = {(c['agency'], c['file'], c['sheet'], c['name_cell']): c for c in cellmap}
    bad = 0; total = 0
    for folder in sorted(os.listdir(ROOT)):
        kp = os.path.join(ROOT, folder, 'key.json')
        if not os.path.isfile(kp):
            continue
        key = json.load(open(kp))
        books = {f: load(folder, f) for f in key['files']}
        exts = Counter(os.path.splitext(f)[1] for f in key['files'])
        seen = Counter((r['same_as'], r['year']) for r in key['rows'])
        for k, n in seen.items():
            if n > 1:
                print('DUPLICATE key', folder, k); bad += 1
        per_year = Counter(r['year'] for r in key['rows'])
        for y in key['years']:
            if not 15 <= per_year[y] <= 25:
                print('COUNT', folder, y, per_year[y]); bad += 1
        loc = Counter((r['file'], r['sheet'], r['row']) for r in key['rows'])
        for r in key['rows']:
            total += 1
            if loc[(r['file'], r['sheet'], r['row'])] > 1 and 'col' not in r:
                print('MISSING col', r); bad += 1
            wb = books[r['file']]
            ws = wb[r['sheet']]
            if ws.sheet_state != 'visible':
                print('HIDDEN sheet keyed', r); bad += 1
            col = r.get('col')
            if col is None:
                c = cm_lookup = [v for kk, v in cm.items() if kk[0] == folder and kk[1] == r['file'] and kk[2] == r['sheet']
                                 and re.fullmatch(r'[A-Z]+' + str(r['row']), kk[3])]
                assert len(c) == 1, (r, c)
                c = c[0]
            else:
                c = cm[(folder, r['file'], r['sheet'], f"{col}{r['row']}")]
            name_cell = c['name_cell']
            got_w = ws[name_cell].value
            got_t = value(ws, c['tspec']); got_r = value(ws, c['rspec'])
            errs = []
            if got_w != r['written']:
                errs.append(f'written {got_w!r} != {r["written"]!r}')
            if not same(got_t, r['target']):
                errs.append(f'target {got_t} != {r["target"]}')
            if not same(got_r, r['realisasi']):
                errs.append(f'realisasi {got_r} != {r["realisasi"]}')
            if errs:
                bad += 1
                print('FAIL', folder, r['file'], r['sheet'], name_cell, r['same_as'], r['year'], '; '.join(errs))
        print(f'{folder}: {len(key["rows"])} rows, files {dict(exts)}, per year {dict(sorted(per_year.items()))}')
    print(f'{total} key rows checked, {bad} problems')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
