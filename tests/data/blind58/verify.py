#!/usr/bin/env python3
"""Re-read every key row of blind58 from the delivered workbooks and check it.

For each agency directory holding a key.json:
- .xls and .ods files are converted back to .xlsx in gen/tmp/<slug>/ with LibreOffice;
  formulas are read by their cached values (openpyxl data_only=True);
- gen/cells/<slug>.json tells where each key row's name, target and realisasi cells are and
  which rule applies: 'cell', 'sum' (flow ids over the reported periods), 'last' (level ids:
  the last reported period) or 'lastcum' (cumulative "s.d. TW" columns: the last reported);
- the rule agrees with the agency's flow id list ('sum' for flow ids, 'last' for the others);
- checks: written == the name cell's text exactly; row (and col) == the name cell; the name
  cell is the top-left of any merge it is in; sheet visible; row and column not hidden;
  target and realisasi as parsed from the cells == the key; one key row per id per year;
  col present wherever several key rows share a sheet row.
Exit status 0 when everything passes.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

import openpyxl
from openpyxl.utils import column_index_from_string
from openpyxl.utils.cell import coordinate_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(ROOT, 'gen')
TMP = os.path.join(GEN, 'tmp')
PROFILE = 'file:///tmp/lo-blind58'


def to_xlsx(slug, fname):
    src = os.path.join(ROOT, slug, fname)
    if fname.endswith('.xlsx'):
        return src
    outdir = os.path.join(TMP, slug)
    os.makedirs(outdir, exist_ok=True)
    dst = os.path.join(outdir, os.path.splitext(fname)[0] + '.xlsx')
    if not os.path.exists(dst) or os.path.getmtime(dst) < os.path.getmtime(src):
        subprocess.run(['soffice', f'-env:UserInstallation={PROFILE}', '--headless',
                        '--convert-to', 'xlsx', '--outdir', outdir, src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return dst


def is_pct(fmt):
    if not fmt:
        return False
    f = re.sub(r'"[^"]*"', '', fmt)
    f = re.sub(r'\\.', '', f)
    f = re.sub(r'\[[^\]]*\]', '', f)
    return '%' in f


def idn_number(tok):
    tok = tok.rstrip('.,')
    if ',' in tok:
        whole, frac = tok.rsplit(',', 1)
        return float(whole.replace('.', '') + '.' + frac)
    if '.' in tok:
        if re.fullmatch(r'\d{1,3}(\.\d{3})+', tok):
            return int(tok.replace('.', ''))
        return float(tok)
    return int(tok)


def parse_text(s):
    t = s.strip()
    if not re.search(r'\d', t):          # "-", grades (B, BB, Madya ...), N/A
        return None
    t = re.sub(r'Rp\.?', '', t)
    t = re.sub(r',-\s*$', '', t)
    t = t.replace('*)', '').replace('*', '').strip()
    t = re.sub(r'^(>=|<=|≥|≤|>|<|maks\.?|min\.?)\s*', '', t, flags=re.I)
    m = re.match(r'(\d[\d.,]*)', t)
    if not m:
        return None
    return idn_number(m.group(1))        # a range "a - b" gives its lower bound a


def cell_value(c):
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if is_pct(c.number_format) else v
    if isinstance(v, str):
        return parse_text(v)
    return None


def apply(ws, spec):
    vals = [cell_value(ws[ref]) for ref in spec['cells']]
    if spec['rule'] == 'cell':
        return vals[0]
    got = [v for v in vals if v is not None]
    if not got:
        return None
    if spec['rule'] == 'sum':
        return sum(got)
    if spec['rule'] in ('last', 'lastcum'):
        return got[-1]
    raise ValueError(spec['rule'])


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def col_hidden(ws, idx):
    for dim in ws.column_dimensions.values():
        if dim.hidden and dim.min and dim.max and dim.min <= idx <= dim.max:
            return True
    return False


def check_agency(slug):
    errors = []
    key = json.load(open(os.path.join(ROOT, slug, 'key.json')))
    spec = json.load(open(os.path.join(GEN, 'cells', slug + '.json')))
    rows, cells = key['rows'], spec['cells']
    if len(rows) != len(cells):
        errors.append(f'{slug}: {len(rows)} key rows but {len(cells)} cell specs')
        return errors, len(rows)
    for f in key['files']:
        if not os.path.exists(os.path.join(ROOT, slug, f)):
            errors.append(f'{slug}: missing file {f}')
    exts = {os.path.splitext(f)[1] for f in key['files']}
    for e in ('.xlsx', '.xls', '.ods'):
        if e not in exts:
            errors.append(f'{slug}: no {e} file')
    cnt = Counter((r['same_as'], r['year']) for r in rows)
    for k, v in cnt.items():
        if v > 1:
            errors.append(f'{slug}: id {k[0]} has {v} rows in {k[1]}')
    ids = {r['same_as'] for r in rows}
    for pair in key['ambiguous']:
        for i in pair:
            if i not in ids:
                errors.append(f'{slug}: ambiguous id {i} has no row')
        if not pair[1].endswith('b'):
            errors.append(f'{slug}: second member of {pair} does not end in b')
    for y in key['years']:
        ny = sum(1 for r in rows if r['year'] == y)
        if not 16 <= ny <= 22:
            errors.append(f'{slug}: {ny} indicators in {y} (16-22 wanted)')
    shared = defaultdict(list)
    for r in rows:
        shared[(r['file'], r['sheet'], r['row'])].append(r)
    for k, lst in shared.items():
        if len(lst) > 1 and not all('col' in r for r in lst):
            errors.append(f'{slug}: several key rows on {k} without col')
    flow = set(spec['flow_ids'])
    books = {}
    for r, c in zip(rows, cells):
        where = f'{slug}/{r["file"]}/{r["sheet"]}!{c["name"]} ({r["same_as"]} {r["year"]})'
        for fld in ('file', 'sheet', 'year', 'same_as'):
            if r[fld] != c[fld]:
                errors.append(f'{where}: key and cell spec disagree on {fld}')
        rule = c['realisasi']['rule']
        if (rule == 'sum') != (r['same_as'] in flow) and rule != 'cell' and rule != 'lastcum':
            errors.append(f'{where}: rule {rule} but flow id = {r["same_as"] in flow}')
        if r['file'] not in books:
            path = to_xlsx(slug, r['file'])
            books[r['file']] = openpyxl.load_workbook(path, data_only=True)
        wb = books[r['file']]
        if r['sheet'] not in wb.sheetnames:
            errors.append(f'{where}: no such sheet')
            continue
        ws = wb[r['sheet']]
        if ws.sheet_state != 'visible':
            errors.append(f'{where}: sheet is {ws.sheet_state}')
        col, row = coordinate_from_string(c['name'])
        if row != r['row']:
            errors.append(f'{where}: key row {r["row"]} != name cell row {row}')
        if 'col' in r and r['col'] != col:
            errors.append(f'{where}: key col {r["col"]} != name cell col {col}')
        if ws.row_dimensions[row].hidden:
            errors.append(f'{where}: row hidden')
        if col_hidden(ws, column_index_from_string(col)):
            errors.append(f'{where}: column hidden')
        for mr in ws.merged_cells.ranges:
            if mr.min_row <= row <= mr.max_row and \
                    mr.min_col <= column_index_from_string(col) <= mr.max_col:
                if (mr.min_row, mr.min_col) != (row, column_index_from_string(col)):
                    errors.append(f'{where}: inside merge {mr} but not its top-left')
        txt = ws[c['name']].value
        if txt != r['written']:
            errors.append(f'{where}: written {r["written"]!r} != cell {txt!r}')
        for fld in ('target', 'realisasi'):
            got = apply(ws, c[fld])
            if not same(got, r[fld]):
                errors.append(f'{where}: {fld} key {r[fld]!r} != file {got!r} '
                              f'({c[fld]["rule"]} {c[fld]["cells"]})')
    return errors, len(rows)


def main():
    slugs = sorted(d for d in os.listdir(ROOT)
                   if os.path.exists(os.path.join(ROOT, d, 'key.json')))
    total = 0
    allerr = []
    for slug in slugs:
        errs, nrows = check_agency(slug)
        total += nrows
        allerr += errs
        print(f'{slug}: {nrows} key rows, {len(errs)} errors')
    for e in allerr:
        print('  ERROR', e)
    print(f'TOTAL: {total} key rows, {len(allerr)} errors: {"PASS" if not allerr else "FAIL"}')
    return 0 if not allerr else 1


if __name__ == '__main__':
    sys.exit(main())
