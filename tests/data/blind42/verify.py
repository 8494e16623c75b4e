#!/usr/bin/env python3
"""Re-read every key row of blind42 from the delivered workbooks and check written / target / realisasi.

.xls and .ods files are converted back to .xlsx (LibreOffice headless) into gen/tmp/<agency>/ and read with
openpyxl (cached formula values). The cell addresses of each key row come from gen/ledger_<agency>.json
(written by the generators); the parsing rules below are independent of the generators:
  - number in a %-formatted cell -> x 100 (percent points)
  - text: Indonesian convention ('1.850' = 1850, '85,1' = 85.1), units and 'Rp.' ignored, '>= 80' -> 80,
    ranges ('80-85') -> lower bound, grades (AA..D) / '-' / N/A / blank -> None
  - 'sum' over period cells (None skipped), 'last' = last non-None period cell
"""
import json
import os
import re
import subprocess
import sys

import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, 'gen', 'tmp')
GRADES = {'AA', 'A', 'BB', 'B', 'CC', 'C', 'D', 'N/A', 'NA', 'n/a', '-', '--', '–', '—'}


def to_xlsx(slug, fname):
    path = os.path.join(ROOT, slug, fname)
    if fname.lower().endswith('.xlsx'):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    target = os.path.join(out, os.path.splitext(fname)[0] + '.xlsx')
    if not os.path.exists(target) or os.path.getmtime(target) < os.path.getmtime(path):
        subprocess.run(['soffice', '--headless', '--calc', '--convert-to', 'xlsx:Calc MS Excel 2007 XML',
                        '--outdir', out, path], check=True, capture_output=True)
    return target


def is_pct(fmt):
    if not fmt:
        return False
    f = re.sub(r'"[^"]*"', '', fmt)
    f = re.sub(r'\\.', '', f)
    return '%' in f


def parse_text(s):
    t = s.strip()
    if t == '' or t in GRADES:
        return None
    t = re.sub(r'^(>=|<=|≥|≤|>|<)\s*', '', t)
    t = re.sub(r'^Rp\.?\s*', '', t, flags=re.I)
    m = re.match(r'^(-?\d[\d.]*(?:,\d+)?)', t)
    if not m:
        raise ValueError(f'unparseable text {s!r}')
    return float(m.group(1).replace('.', '').replace(',', '.'))


def cell_value(ws, ref):
    c = ws[ref]
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        raise ValueError(f'boolean in {ref}')
    if isinstance(v, (int, float)):
        return float(v) * 100 if is_pct(c.number_format) else float(v)
    if isinstance(v, str):
        if v.startswith('#'):
            raise ValueError(f'error value {v} in {ref}')
        return parse_text(v)
    raise ValueError(f'unexpected {type(v)} in {ref}')


def evaluate(ws, spec):
    mode, refs = spec
    vals = [cell_value(ws, r) for r in refs]
    if mode == 'one':
        return vals[0]
    nums = [v for v in vals if v is not None]
    if not nums:
        return None
    if mode == 'sum':
        return sum(nums)
    if mode == 'last':
        return nums[-1]
    raise ValueError(mode)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def main():
    agencies = [d for d in sorted(os.listdir(ROOT))
                if os.path.isfile(os.path.join(ROOT, d, 'key.json'))]
    errors = 0
    total = 0
    for slug in agencies:
        key = json.load(open(os.path.join(ROOT, slug, 'key.json')))
        ledger = json.load(open(os.path.join(ROOT, 'gen', f'ledger_{slug}.json')))
        delivered = sorted(f for f in os.listdir(os.path.join(ROOT, slug)) if f != 'key.json')
        if sorted(key['files']) != delivered:
            print(f'[{slug}] files listed {sorted(key["files"])} != delivered {delivered}')
            errors += 1
        exts = {os.path.splitext(f)[1] for f in key['files']}
        assert len(ledger) == len(key['rows'])
        seen = set()
        books = {}
        per_year = {}
        for row, led in zip(key['rows'], ledger):
            total += 1
            assert (row['file'], row['sheet'], row['row'], row['same_as'], row['year']) == \
                   (led['file'], led['sheet'], led['row'], led['same_as'], led['year']), (row, led)
            k = (row['same_as'], row['year'])
            if k in seen:
                print(f'[{slug}] duplicate key row {k}')
                errors += 1
            seen.add(k)
            if row['year'] not in key['years']:
                print(f'[{slug}] year {row["year"]} not in years')
                errors += 1
            per_year[row['year']] = per_year.get(row['year'], 0) + 1
            if row['file'] not in books:
                books[row['file']] = openpyxl.load_workbook(to_xlsx(slug, row['file']), data_only=True)
            wb = books[row['file']]
            if row['sheet'] not in wb.sheetnames:
                print(f'[{slug}] missing sheet {row["sheet"]} in {row["file"]}')
                errors += 1
                continue
            ws = wb[row['sheet']]
            if ws.sheet_state != 'visible':
                print(f'[{slug}] key row on hidden sheet {row["sheet"]}')
                errors += 1
            name = ws.cell(row=row['row'], column=led['col']).value
            where = f'[{slug}] {row["file"]} / {row["sheet"]} row {row["row"]} ({row["same_as"]} {row["year"]})'
            if name != row['written']:
                print(f'{where}: written {row["written"]!r} != cell {name!r}')
                errors += 1
            # the name cell must be the top-left of its merge (if merged)
            for mr in ws.merged_cells.ranges:
                if mr.min_row <= row['row'] <= mr.max_row and mr.min_col <= led['col'] <= mr.max_col:
                    if (mr.min_row, mr.min_col) != (row['row'], led['col']):
                        print(f'{where}: name cell not top-left of merge {mr}')
                        errors += 1
            for fld, spec in (('target', led['t']), ('realisasi', led['r'])):
                try:
                    got = evaluate(ws, spec)
                except ValueError as e:
                    print(f'{where}: {fld}: {e}')
                    errors += 1
                    continue
                if not same(got, row[fld]):
                    print(f'{where}: {fld} key {row[fld]!r} != sheet {got!r} ({spec})')
                    errors += 1
        for y in key['years']:
            n = per_year.get(y, 0)
            if not 15 <= n <= 25:
                print(f'[{slug}] year {y}: {n} key rows (want 15-25)')
                errors += 1
        for a, b in key['ambiguous']:
            ids = {r['same_as'] for r in key['rows']}
            if a not in ids or b not in ids:
                print(f'[{slug}] ambiguous pair {a},{b} not both in rows')
                errors += 1
        print(f'[{slug}] {len(key["rows"])} key rows, per year {dict(sorted(per_year.items()))}, formats {sorted(exts)}')
    print(f'checked {total} key rows: {"OK" if errors == 0 else str(errors) + " ERRORS"}')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
