#!/usr/bin/env python3
"""verify.py - re-read every key row of blind74 from the delivered workbooks.

For each agency directory (one holding key.json):
  * .xls / .ods files are converted back to .xlsx in gen/tmp/<slug>/ with LibreOffice
    (own profile), .xlsx files are read as delivered; formulas are read by their cached values;
  * every key row is checked: the sheet exists and is visible, the name cell (row, and the
    column from "col" or from gen/locs/<slug>.json) holds exactly `written`, it is the top-left
    cell of any merge it belongs to, its row and column are not hidden; target and realisasi
    are recomputed from the cells listed in gen/locs (one cell, or the sum / last reported value
    of period cells) under the key conventions and compared with the key;
  * one row per id per year, 16-22 rows per agency-year, "b" ids belong to an ambiguous pair,
    "col" present exactly where several key rows share a sheet row, one file of each format.
Exit status 0 when everything passes.
"""
import glob
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

import openpyxl
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, 'gen', 'tmp')
PROFILE = 'file:///tmp/lo-blind74'
NULL_TEXT = {'', '-', '–', '—', 'n/a', 'na', 'n.a.', 'n.a'}


def to_xlsx(path, slug):
    if path.endswith('.xlsx'):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    target = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + '.xlsx')
    if os.path.exists(target):
        os.remove(target)
    subprocess.run(['soffice', f'-env:UserInstallation={PROFILE}', '--headless', '--convert-to', 'xlsx',
                    '--outdir', out, path], capture_output=True, timeout=600, check=True)
    return target


def is_pct_format(fmt):
    f = re.sub(r'"[^"]*"', '', fmt or '')
    f = re.sub(r'\\.', '', f)
    return '%' in f


def id_number(tok):
    tok = tok.strip().rstrip('.,')
    if ',' in tok:                                   # Indonesian decimal comma
        return float(tok.replace('.', '').replace(',', '.'))
    if '.' in tok:
        parts = tok.split('.')
        if all(len(p) == 3 for p in parts[1:]):      # dots group thousands
            return float(tok.replace('.', ''))
        return float(tok)
    return float(tok)


def parse_text(s):
    s = s.replace('\u00a0', ' ').strip()
    if s.lower() in NULL_TEXT:
        return None
    s = re.sub(r'\*+\)?|[¹²³⁾]', '', s)            # footnote marks
    s = re.sub(r'(?i)\brp\.?', '', s)
    s = s.replace(',-', '')
    s = s.strip()
    s = re.sub(r'^(>=|<=|≥|≤|>|<)\s*', '', s)
    m = re.match(r'([0-9][0-9.,]*)', s)
    if not m:
        return None                                  # a grade or other text
    return id_number(m.group(1))                     # a range keeps its lower bound


def cell_value(ws, coord):
    c = ws[coord]
    v = c.value
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if is_pct_format(c.number_format) else float(v)
    return parse_text(str(v))


def spec_value(ws, spec):
    vals = [cell_value(ws, c) for c in spec['cells']]
    if spec['agg'] == 'one':
        return vals[0]
    rep = [v for v in vals if v is not None]
    if not rep:
        return None
    return sum(rep) if spec['agg'] == 'sum' else rep[-1]      # 'last' / 'cumlast': last reported


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def merged_owner(ws, row, colidx):
    for rng in ws.merged_cells.ranges:
        if rng.min_row <= row <= rng.max_row and rng.min_col <= colidx <= rng.max_col:
            return rng
    return None


def check_agency(d, errors):
    slug = os.path.basename(d)
    key = json.load(open(os.path.join(d, 'key.json'), encoding='utf-8'))
    locs = json.load(open(os.path.join(HERE, 'gen', 'locs', slug + '.json'), encoding='utf-8'))
    err = lambda m: errors.append(f'{slug}: {m}')
    rows = key['rows']
    if len(rows) != len(locs['locs']):
        err('key rows and locs differ in number')
    years = key['years']
    if len(years) != 4 or years != list(range(years[0], years[0] + 4)):
        err(f'years not four consecutive: {years}')
    exts = Counter(os.path.splitext(f)[1] for f in key['files'])
    for e in ('.xlsx', '.xls', '.ods'):
        if not exts[e]:
            err(f'no {e} file')
    if not 3 <= len(key['files']) <= 4:
        err('not 3-4 workbooks')
    books = {}
    for f in key['files']:
        p = os.path.join(d, f)
        if not os.path.exists(p):
            err(f'missing file {f}')
            continue
        books[f] = openpyxl.load_workbook(to_xlsx(p, slug), data_only=True)
    amb = {x for pair in key['ambiguous'] for x in pair}
    for a, b in key['ambiguous']:
        if not b.endswith('b') or a != b[:-1]:
            err(f'ambiguous pair {a},{b} not named X / Xb')
    flow, level = set(locs['flow_ids']), set(locs['level_ids'])
    share = Counter((r['file'], r['sheet'], r['row']) for r in rows)
    per_year = Counter()
    seen = set()
    ok = 0
    for r, L in zip(rows, locs['locs']):
        tag = f"{r['file']}!{r['sheet']} row {r['row']} {r['same_as']} {r['year']}"
        bad = len(errors)
        if (r['file'], r['sheet'], r['year'], r['same_as']) != (L['file'], L['sheet'], L['year'], L['id']):
            err(f'{tag}: locs out of step')
            continue
        if (r['same_as'], r['year']) in seen:
            err(f'{tag}: second row for this id and year')
        seen.add((r['same_as'], r['year']))
        per_year[r['year']] += 1
        if r['year'] not in years:
            err(f'{tag}: year not in years')
        if r['same_as'].endswith('b') and r['same_as'] not in amb:
            err(f'{tag}: b-id outside the ambiguous pairs')
        if r['same_as'] not in flow | level:
            err(f'{tag}: id neither flow nor level')
        shared = share[(r['file'], r['sheet'], r['row'])] > 1
        if shared != ('col' in r):
            err(f'{tag}: col field {"missing" if shared else "not needed"}')
        lcol = re.match(r'[A-Z]+', L['name']).group(0)
        lrow = int(L['name'][len(lcol):])
        colL = r.get('col', lcol)
        if lrow != r['row'] or colL != lcol:
            err(f'{tag}: name cell {L["name"]} disagrees with key')
        wb = books.get(r['file'])
        if wb is None:
            continue
        if r['sheet'] not in wb.sheetnames:
            err(f'{tag}: no such sheet')
            continue
        ws = wb[r['sheet']]
        if ws.sheet_state != 'visible':
            err(f'{tag}: sheet not visible')
        coord = f'{colL}{r["row"]}'
        v = ws[coord].value
        if v != r['written']:
            err(f'{tag}: written {r["written"]!r} but cell {coord} holds {v!r}')
        rng = merged_owner(ws, r['row'], column_index_from_string(colL))
        if rng is not None and (rng.min_row, rng.min_col) != (r['row'], column_index_from_string(colL)):
            err(f'{tag}: {coord} inside merge {rng} but not its top-left')
        if ws.row_dimensions[r['row']].hidden:
            err(f'{tag}: row hidden')
        if ws.column_dimensions[colL].hidden:
            err(f'{tag}: column hidden')
        for what in ('target', 'realisasi'):
            spec = L[what]
            if spec['agg'] == 'sum' and r['same_as'] not in flow:
                err(f'{tag}: {what} summed for a level id')
            if spec['agg'] == 'last' and r['same_as'] in flow:
                err(f'{tag}: {what} last-of-periods for a flow id')
            for c in spec['cells']:
                cl = re.match(r'[A-Z]+', c).group(0)
                if ws.row_dimensions[int(c[len(cl):])].hidden or ws.column_dimensions[cl].hidden:
                    err(f'{tag}: {what} cell {c} hidden')
            got = spec_value(ws, spec)
            if not same(got, r[what]):
                err(f'{tag}: {what} key {r[what]!r} but file gives {got!r} from {spec}')
        if len(errors) == bad:
            ok += 1
    for y in years:
        if not 16 <= per_year[y] <= 22:
            err(f'{y}: {per_year[y]} key rows (want 16-22)')
    ids = {r['same_as'] for r in rows}
    for a, b in key['ambiguous']:
        if a not in ids or b not in ids:
            err(f'ambiguous pair {a},{b} not both used')
    print(f'{slug}: {ok}/{len(rows)} key rows verified; per year {dict(sorted(per_year.items()))}')
    return len(rows)


def main():
    errors = []
    total = 0
    for d in sorted(glob.glob(os.path.join(HERE, '*', 'key.json'))):
        total += check_agency(os.path.dirname(d), errors)
    for e in errors:
        print('FAIL', e)
    print(f'{total} key rows, {len(errors)} problems')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
