#!/usr/bin/env python3
"""Re-read every key row of /work/blind55 from the delivered workbooks and check written / target / realisasi.

.xls and .ods files are converted back to .xlsx (LibreOffice headless) into gen/tmp first; values are read from
the cached results (openpyxl data_only). Where each value sits (cell, or cells to sum / to take the last reported
one, and the locale of typed text) is in gen/cellmap.json; the parse follows the key conventions of README.md."""
import json, os, re, subprocess, sys
import openpyxl
from openpyxl.utils import column_index_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(ROOT, 'gen')
TMP = os.path.join(GEN, 'tmp')
LO = 'file:///tmp/lo-blind55'
GRADES = {'AA', 'A', 'BB', 'B', 'CC', 'C', 'D'}
NULLS = {'', '-', '–', '—', 'N/A', 'n/a', 'NA', '#N/A'}


def to_xlsx(path, slug):
    if path.endswith('.xlsx'):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=' + LO, '--headless', '--convert-to', 'xlsx', '--outdir', out, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    res = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + '.xlsx')
    assert os.path.exists(res), res
    return res


def parse(cell, loc):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        raise ValueError('boolean in a value cell')
    if isinstance(v, (int, float)):
        if '%' in (cell.number_format or ''):
            return v * 100
        return float(v)
    s = str(v).strip()
    if s in NULLS or s.upper() in GRADES:
        return None
    if s.startswith('#'):
        raise ValueError(f'error value {s!r}')
    s = s.replace('≥', '>=').replace('≤', '<=')
    m = re.match(r'^(?:>=|<=|>|<)?\s*(?:Rp\.?\s*)?([0-9][0-9.,]*)', s)
    if not m:
        raise ValueError(f'cannot parse {s!r}')
    num = m.group(1).rstrip('.,')
    if loc == 'en':
        num = num.replace(',', '')
    else:
        num = num.replace('.', '').replace(',', '.')
    return float(num)


def value(ws, sp):
    if sp is None:
        return None
    vals = [parse(ws[c], sp['loc']) for c in sp['cells']]
    if sp['agg'] == 'one':
        return vals[0]
    present = [x for x in vals if x is not None]
    if not present:
        return None
    if sp['agg'] == 'sum':
        return sum(present)
    if sp['agg'] == 'last':
        return present[-1]
    raise ValueError(sp['agg'])


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))


def main():
    cellmap = json.load(open(os.path.join(GEN, 'cellmap.json'), encoding='utf-8'))
    errors, total = [], 0
    for slug, cells in cellmap.items():
        key = json.load(open(os.path.join(ROOT, slug, 'key.json'), encoding='utf-8'))
        rows = key['rows']
        if len(rows) != len(cells):
            errors.append(f'{slug}: {len(rows)} key rows but {len(cells)} cellmap rows')
            continue
        for f in key['files']:
            if not os.path.exists(os.path.join(ROOT, slug, f)):
                errors.append(f'{slug}: missing file {f}')
        # one row per indicator per year, 15-25 per year, four consecutive years
        seen = set()
        per_year = {}
        for r in rows:
            k = (r['same_as'], r['year'])
            if k in seen:
                errors.append(f'{slug}: {k} keyed twice')
            seen.add(k)
            per_year[r['year']] = per_year.get(r['year'], 0) + 1
        ys = key['years']
        if ys != list(range(ys[0], ys[0] + 4)) or sorted(per_year) != ys:
            errors.append(f'{slug}: years {ys} / {sorted(per_year)}')
        for y, n in per_year.items():
            if not 15 <= n <= 25:
                errors.append(f'{slug}: {n} indicators in {y}')
        books = {}
        for r, c in zip(rows, cells):
            total += 1
            where = f"{slug}/{r['file']}!{r['sheet']} row {r['row']} {c['namecol']} ({r['same_as']} {r['year']})"
            if (r['file'], r['sheet'], r['row'], r['year'], r['same_as']) != (c['file'], c['sheet'], c['row'], c['year'], c['same_as']):
                errors.append(where + ': key and cellmap out of step')
                continue
            if r['file'] not in books:
                p = to_xlsx(os.path.join(ROOT, slug, r['file']), slug)
                books[r['file']] = openpyxl.load_workbook(p, data_only=True)
            wb = books[r['file']]
            if r['sheet'] not in wb.sheetnames:
                errors.append(where + ': no such sheet')
                continue
            ws = wb[r['sheet']]
            if ws.sheet_state != 'visible':
                errors.append(where + ': sheet is hidden')
            if 'col' in r and r['col'] != c['namecol']:
                errors.append(where + ': col differs from cellmap')
            ref = f"{c['namecol']}{r['row']}"
            for mr in ws.merged_cells.ranges:
                if ref in mr and ref != mr.coord.split(':')[0]:
                    errors.append(where + f': {ref} is not the top-left of {mr.coord}')
            got = ws[ref].value
            if got != r['written']:
                errors.append(where + f': written {got!r} != key {r["written"]!r}')
            try:
                t = value(ws, c['target'])
                v = value(ws, c['realisasi'])
            except Exception as e:
                errors.append(where + f': {e}')
                continue
            if not same(t, r['target']):
                errors.append(where + f': target {t!r} != key {r["target"]!r}')
            if not same(v, r['realisasi']):
                errors.append(where + f': realisasi {v!r} != key {r["realisasi"]!r}')
        # rows sharing one sheet row must carry "col"
        by = {}
        for r in rows:
            by.setdefault((r['file'], r['sheet'], r['row']), []).append(r)
        for k, lst in by.items():
            if len(lst) > 1 and not all('col' in r for r in lst):
                errors.append(f'{slug}: {k} shared by {len(lst)} key rows without "col"')
    for e in errors:
        print('FAIL', e)
    print(f'{total} key rows checked, {len(errors)} problems')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
