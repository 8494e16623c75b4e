#!/usr/bin/env python3
"""Re-read every key row of blind52 from the delivered workbooks and check written / target / realisasi.

.xls and .ods files are converted back to .xlsx with LibreOffice into gen/tmp/ and read with openpyxl
(data_only: cached formula values). Where the target/realisasi cells are comes from gen/cellmap.json
(written by the generator); the VALUES are re-derived here from the cells with the key conventions.
"""
import json, os, re, subprocess, sys
import openpyxl
from openpyxl.utils import column_index_from_string as CI

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, 'gen', 'tmp')
PROFILE = '/tmp/lo-blind52'
AGENCIES = ['sma_negeri2_lembah_sari', 'tahura_bukit_lamasi', 'uptd_irigasi_tanah_lirang']


def to_xlsx(path, slug):
    if path.endswith('.xlsx'):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    target = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + '.xlsx')
    if not os.path.exists(target) or os.path.getmtime(target) < os.path.getmtime(path):
        subprocess.run(['soffice', f'-env:UserInstallation=file://{PROFILE}', '--headless', '--convert-to', 'xlsx',
                        '--outdir', out, path], capture_output=True, timeout=300)
    return target


def parse(cell):
    v = cell.value
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (cell.number_format or '') else v
    s = str(v).strip()
    if not s or s.startswith('#') or s in ('-', '–', 'N/A', 'n/a'):
        return None
    if re.fullmatch(r'[A-E]{1,2}[+-]?', s):
        return None
    s = s.replace('Rp.', '').replace('Rp', '').replace(',-', '').strip()
    m = re.match(r'^(?:>=|≥|>|<=|≤|<)?\s*(\d[\d.,]*)', s)
    if not m:
        return None
    num = m.group(1).rstrip('.,')
    num = num.replace('.', '').replace(',', '.')   # Indonesian: '.' groups thousands, ',' is the decimal mark
    return float(num)


def value(ws, spec):
    if spec is None:
        return None
    if isinstance(spec, str):
        return parse(ws[spec])
    if 'sum' in spec:
        vals = [parse(ws[c]) for c in spec['sum']]
        return sum(v for v in vals if v is not None)
    if 'last' in spec:
        vals = [parse(ws[c]) for c in spec['last']]
        vals = [v for v in vals if v is not None]
        return vals[-1] if vals else None
    raise ValueError(spec)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))


def main():
    cellmap = json.load(open(os.path.join(ROOT, 'gen', 'cellmap.json')))
    errors, total = [], 0
    for slug in AGENCIES:
        key = json.load(open(os.path.join(ROOT, slug, 'key.json')))
        cm = {(c['file'], c['sheet'], c['row'], c['year'], c['same_as']): c for c in cellmap[slug]}
        books = {}
        for f in key['files']:
            p = os.path.join(ROOT, slug, f)
            if not os.path.exists(p):
                errors.append(f'{slug}: missing file {f}')
                continue
            books[f] = openpyxl.load_workbook(to_xlsx(p, slug), data_only=True)
        seen = set()
        per_year = {}
        for k in key['rows']:
            total += 1
            tag = f"{slug} {k['file']} [{k['sheet']}] row {k['row']} {k.get('col', '')} {k['year']} {k['same_as']}"
            ident = (k['same_as'], k['year'])
            if ident in seen:
                errors.append(f'{tag}: second key row for the same id and year')
            seen.add(ident)
            per_year[k['year']] = per_year.get(k['year'], 0) + 1
            c = cm.get((k['file'], k['sheet'], k['row'], k['year'], k['same_as']))
            if c is None:
                errors.append(f'{tag}: no cellmap entry'); continue
            if 'col' in k and k['col'] != c['col']:
                errors.append(f'{tag}: col {k["col"]} != cellmap {c["col"]}')
            wb = books[k['file']]
            if k['sheet'] not in wb.sheetnames:
                errors.append(f'{tag}: no such sheet'); continue
            ws = wb[k['sheet']]
            if ws.sheet_state != 'visible':
                errors.append(f'{tag}: keyed row on a hidden sheet')
            namecell = ws[f"{c['col']}{k['row']}"]
            if namecell.value != k['written']:
                errors.append(f'{tag}: written {k["written"]!r} != cell {namecell.value!r}')
            for rng in ws.merged_cells.ranges:
                if namecell.coordinate in rng and namecell.coordinate != rng.start_cell.coordinate:
                    errors.append(f'{tag}: name cell inside merge {rng} but not its top-left')
            # several key rows on one sheet row must carry "col"
            for fld in ('target', 'realisasi'):
                got = value(ws, c[fld])
                if not same(got, k[fld]):
                    errors.append(f'{tag}: {fld} key {k[fld]!r} but cells {c[fld]} give {got!r}')
        rows_on = {}
        for k in key['rows']:
            rows_on.setdefault((k['file'], k['sheet'], k['row']), []).append(k)
        for kk, lst in rows_on.items():
            if len(lst) > 1 and any('col' not in k for k in lst):
                errors.append(f'{slug} {kk}: several key rows share a sheet row without "col"')
        for y, n in per_year.items():
            if not 15 <= n <= 25:
                errors.append(f'{slug}: {n} key rows in {y} (want 15-25)')
        if sorted(per_year) != sorted(key['years']) or len(key['years']) != 4:
            errors.append(f'{slug}: years {sorted(per_year)} vs {key["years"]}')
        ids = {k['same_as'] for k in key['rows']}
        for a, b in key['ambiguous']:
            if a not in ids or b not in ids:
                errors.append(f'{slug}: ambiguous pair {a},{b} not both keyed')
        exts = {os.path.splitext(f)[1] for f in key['files']}
        print(f'{slug}: {len(key["rows"])} key rows, per year {dict(sorted(per_year.items()))}, formats {sorted(exts)}')
    for e in errors:
        print('FAIL', e)
    print(f'{total} key rows checked, {len(errors)} problems')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
