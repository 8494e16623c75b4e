#!/usr/bin/env python3
"""Re-read every key row of blind65 from the delivered workbooks and check it.

For each agency folder: .xls and .ods files are converted back to .xlsx with LibreOffice (into gen/tmp/<agency>/),
then every key row is checked against the cells its generator recorded in gen/cells/<agency>.json:
  - the file is listed in the key and exists; the sheet exists and is visible; the name cell's row is not hidden;
  - the name cell holds exactly the key's "written" text, sits in the key's row (and column, where "col" is given)
    and is the top-left cell of any merge it belongs to;
  - the target cell, read the key's way, equals the key's target;
  - the realisasi, read by the row's rule (cell / sum of reported periods / last reported period), equals the key;
  - there is one key row per id per year, and the ambiguous ids exist.
Cells are read by their cached values (formulas included). Numbers in %-formatted cells count in percent points;
text is read the Indonesian way (dots group thousands, comma is the decimal mark), after dropping Rp, units and
footnote marks; a range counts as its lower bound, ">= x" as x; "-", empty cells and grades count as null.
"""
import json
import os
import re
import subprocess
import sys

import openpyxl
from openpyxl.utils.cell import coordinate_from_string, range_boundaries, column_index_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, 'gen', 'tmp')
CELLS = os.path.join(ROOT, 'gen', 'cells')
LO = 'file:///tmp/lo-blind65'
GRADES = {'AAA', 'AA', 'A', 'BB', 'B', 'CC', 'C', 'D', 'E'}
NULLS = {'', '-', '--', '–', '—', 'N/A', 'n/a', 'NA', 'na', '#N/A'}


def to_xlsx(slug, fn):
    src = os.path.join(ROOT, slug, fn)
    if fn.lower().endswith('.xlsx'):
        return src
    outdir = os.path.join(TMP, slug)
    os.makedirs(outdir, exist_ok=True)
    out = os.path.join(outdir, os.path.splitext(fn)[0] + '.xlsx')
    if os.path.exists(out):
        os.remove(out)
    subprocess.run(['soffice', '-env:UserInstallation=' + LO, '--headless', '--convert-to', 'xlsx',
                    '--outdir', outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


class ReadError(Exception):
    pass


def parse(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        raise ReadError('boolean in %s' % cell.coordinate)
    if isinstance(v, (int, float)):
        if '%' in (cell.number_format or ''):
            return v * 100.0
        return float(v)
    s = str(v).strip()
    if s in NULLS or s.upper() in GRADES:
        return None
    if s.startswith('#'):
        raise ReadError('error value %r in %s' % (s, cell.coordinate))
    s = s.replace('*)', '').replace('*', '')
    s = re.sub(r'(?i)rp\.?', '', s).replace(',-', '')
    s = s.replace('>=', '').replace('≥', '').strip()
    m = re.match(r'^([\d.,]+)\s*(?:-|–|s\.?d\.?)\s*[\d.,]+', s)
    if m:
        s = m.group(1)
    m = re.search(r'\d[\d.,]*', s)
    if not m:
        raise ReadError('no number in %r (%s)' % (v, cell.coordinate))
    tok = m.group(0).rstrip('.,')
    return float(tok.replace('.', '').replace(',', '.'))


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b)) + 1e-6


def check_agency(slug):
    errs = []
    key = json.load(open(os.path.join(ROOT, slug, 'key.json')))
    meta = json.load(open(os.path.join(CELLS, slug + '.json')))
    rows, cells = key['rows'], meta['cells']
    if len(rows) != len(cells):
        return ['%s: %d key rows but %d cell records' % (slug, len(rows), len(cells))], 0
    books = {}
    for fn in key['files']:
        p = os.path.join(ROOT, slug, fn)
        if not os.path.exists(p):
            errs.append('%s: missing file %s' % (slug, fn))
            continue
        books[fn] = openpyxl.load_workbook(to_xlsx(slug, fn), data_only=True)
    exts = {os.path.splitext(f)[1].lower() for f in key['files']}
    if exts != {'.xlsx', '.xls', '.ods'}:
        errs.append('%s: formats %s (need xlsx, xls and ods)' % (slug, sorted(exts)))
    seen = set()
    for k, c in zip(rows, cells):
        tag = '%s %s %s' % (slug, k['same_as'], k['year'])
        if (k['same_as'], k['year']) != (c['id'], c['year']):
            errs.append('%s: key row and cell record out of step (%s %s)' % (tag, c['id'], c['year']))
            continue
        if (k['same_as'], k['year']) in seen:
            errs.append('%s: second key row for this id and year' % tag)
        seen.add((k['same_as'], k['year']))
        if k['year'] not in key['years']:
            errs.append('%s: year not in the key years' % tag)
        if k['file'] not in books or k['file'] != c['file']:
            errs.append('%s: file %s not readable / not listed' % (tag, k['file']))
            continue
        wb = books[k['file']]
        if k['sheet'] not in wb.sheetnames:
            errs.append('%s: no sheet %r' % (tag, k['sheet']))
            continue
        ws = wb[k['sheet']]
        if ws.sheet_state != 'visible':
            errs.append('%s: sheet %r is %s' % (tag, k['sheet'], ws.sheet_state))
        col, row = coordinate_from_string(c['name_cell'])
        if row != k['row']:
            errs.append('%s: key row %s but name cell %s' % (tag, k['row'], c['name_cell']))
        if 'col' in k and k['col'] != col:
            errs.append('%s: key col %s but name cell %s' % (tag, k['col'], c['name_cell']))
        if ws.row_dimensions[row].hidden:
            errs.append('%s: row %d is hidden' % (tag, row))
        if ws.column_dimensions[col].hidden:
            errs.append('%s: column %s is hidden' % (tag, col))
        got = ws[c['name_cell']].value
        if got != k['written']:
            errs.append('%s: written %r but cell %s holds %r' % (tag, k['written'], c['name_cell'], got))
        ci = column_index_from_string(col)
        for mr in ws.merged_cells.ranges:
            c1, r1, c2, r2 = range_boundaries(str(mr))
            if c1 <= ci <= c2 and r1 <= row <= r2 and (c1, r1) != (ci, row):
                errs.append('%s: name cell %s is inside merge %s but not its top-left' % (tag, c['name_cell'], mr))
        try:
            t = parse(ws[c['target_cell']]) if c['target_cell'] else None
            if not same(t, k['target']):
                errs.append('%s: target key %r, cell %s reads %r' % (tag, k['target'], c['target_cell'], t))
            vals = [parse(ws[x]) for x in c['real_cells']]
            rep = [v for v in vals if v is not None]
            if c['real_rule'] == 'cell':
                r_ = vals[0]
            elif c['real_rule'] == 'sum':
                r_ = sum(rep) if rep else None
            elif c['real_rule'] == 'last':
                r_ = rep[-1] if rep else None
            else:
                raise ReadError('unknown rule %s' % c['real_rule'])
            if not same(r_, k['realisasi']):
                errs.append('%s: realisasi key %r, cells %s (%s) read %r' % (tag, k['realisasi'], c['real_cells'],
                                                                            c['real_rule'], r_))
        except ReadError as e:
            errs.append('%s: %s' % (tag, e))
    ids = {k['same_as'] for k in rows}
    for pair in key['ambiguous']:
        for i in pair:
            if i not in ids:
                errs.append('%s: ambiguous id %s has no rows' % (slug, i))
        if not pair[1].endswith('b'):
            errs.append('%s: ambiguous second member %s does not end in b' % (slug, pair[1]))
    for y in key['years']:
        n = sum(1 for k in rows if k['year'] == y)
        if not 16 <= n <= 22:
            errs.append('%s: %d indicators in %d' % (slug, n, y))
    return errs, len(rows)


def main():
    slugs = sorted(d for d in os.listdir(ROOT) if os.path.exists(os.path.join(ROOT, d, 'key.json')))
    total = 0
    allerrs = []
    for s in slugs:
        errs, n = check_agency(s)
        total += n
        allerrs += errs
        print('%-40s %3d key rows  %s' % (s, n, 'ok' if not errs else '%d problem(s)' % len(errs)))
    for e in allerrs:
        print('  -', e)
    print('%s: %d key rows in %d agencies' % ('PASS' if not allerrs else 'FAIL', total, len(slugs)))
    return 0 if not allerrs else 1


if __name__ == '__main__':
    sys.exit(main())
