#!/usr/bin/env python3
"""Re-read every key row of blind59 from the delivered workbooks and check it.

.xls and .ods files are first converted back to .xlsx in gen/tmp with LibreOffice; formulas are
read by their cached values (openpyxl data_only=True). For each key row it checks:
  - the sheet exists and is visible, the row is not hidden;
  - the name cell (gen/locators/<slug>.json) is on the key's row (and in the key's "col" when
    given) and holds exactly the "written" text; it is the top-left cell of any merge;
  - target and realisasi, re-read from the cells the locator names and parsed by the key
    conventions (%-formatted numbers x 100, Indonesian text, ranges -> lower bound, ">=" dropped,
    grades / "-" / N/A -> null; periods summed for flow ids, last reported for level ids,
    last reported for cumulative "s.d. TW" columns whatever the id),
    equal the key's values (which the generators wrote from their intended figures);
  - one key row per id per year; "col" present exactly where key rows share a sheet row;
    ambiguous ids exist and ids ending in "b" are second members of an ambiguous pair.
Exit status 0 when everything passes.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

import openpyxl
from openpyxl.utils.cell import coordinate_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, 'gen', 'tmp', 'verify')
PROFILE = '-env:UserInstallation=file:///tmp/lo-blind59'


def to_xlsx(path, slug):
    if path.lower().endswith('.xlsx'):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    subprocess.run(['soffice', PROFILE, '--headless', '--convert-to', 'xlsx', '--outdir', out, path],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True, timeout=300)
    return os.path.join(out, os.path.splitext(os.path.basename(path))[0] + '.xlsx')


def is_percent_format(fmt):
    if not fmt:
        return False
    f = re.sub(r'"[^"]*"', '', fmt)      # quoted literals
    f = re.sub(r'\\.', '', f)             # escaped characters (LibreOffice writes 0.00\%)
    f = re.sub(r'\[[^\]]*\]', '', f)      # colours, locales
    return '%' in f


GRADES = {'AA', 'A', 'BB', 'B', 'CC', 'C', 'D'}
NULLS = {'', '-', '–', '—', 'N/A', 'n/a', 'NA', '#N/A'}


def parse_id_number(tok):
    tok = tok.rstrip('.,')
    if ',' in tok:
        return float(tok.replace('.', '').replace(',', '.'))
    if '.' in tok:
        parts = tok.split('.')
        if all(len(p) == 3 for p in parts[1:]):
            return float(''.join(parts))
        return float(tok)
    return float(tok)


def parse_text(s):
    t = s.strip()
    if t in NULLS or t.upper() in GRADES:
        return None
    t = re.sub(r'\(?\*+\)?', ' ', t)          # footnote marks *) (*) **
    t = re.sub(r'Rp\.?', ' ', t)
    t = t.replace(',-', ' ')
    t = t.strip()
    if t in NULLS or t.upper() in GRADES:
        return None
    m = re.search(r'\d[\d.,]*', t)
    if not m:
        return None
    return parse_id_number(m.group())


def cell_value(c):
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        raise ValueError('boolean in %s' % c.coordinate)
    if isinstance(v, (int, float)):
        return v * 100 if is_percent_format(c.number_format) else v
    if isinstance(v, str):
        return parse_text(v)
    raise ValueError('unexpected %r in %s' % (v, c.coordinate))


def combine(vals, mode):
    if mode == 'one':
        return vals[0]
    ks = [v for v in vals if v is not None]
    if not ks:
        return None
    if mode == 'sum':
        return sum(ks)
    if mode in ('last', 'last_cum'):      # last_cum: cumulative "s.d. TW" columns, any id
        return ks[-1]
    raise ValueError(mode)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def merged_top_left_ok(ws, coord):
    for rng in ws.merged_cells.ranges:
        if coord in rng:
            return coord == rng.start_cell.coordinate
    return True


def main():
    errors = []
    total = 0
    slugs = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, 'key.json')))
    if not slugs:
        sys.exit('no key.json found')
    for slug in slugs:
        kpath = os.path.join(ROOT, slug, 'key.json')
        key = json.load(open(kpath, encoding='utf-8'))
        loc = json.load(open(os.path.join(ROOT, 'gen', 'locators', slug + '.json'), encoding='utf-8'))
        flow = set(loc['flow_ids'])
        assert len(loc['rows']) == len(key['rows']), slug
        books = {}
        for f in key['files']:
            p = os.path.join(ROOT, slug, f)
            if not os.path.exists(p):
                errors.append('%s: missing file %s' % (slug, f))
                continue
            books[f] = openpyxl.load_workbook(to_xlsx(p, slug), data_only=True)
        exts = Counter(os.path.splitext(f)[1].lower() for f in key['files'])
        for e in ('.xlsx', '.xls', '.ods'):
            if not exts[e]:
                errors.append('%s: no %s file' % (slug, e))
        per_id_year = Counter((r['same_as'], r['year']) for r in key['rows'])
        for (i, y), n in per_id_year.items():
            if n != 1:
                errors.append('%s: id %s has %d rows in %d' % (slug, i, n, y))
        shared = Counter((r['file'], r['sheet'], r['row']) for r in key['rows'])
        ids = {r['same_as'] for r in key['rows']}
        amb_second = set()
        for a, b in key['ambiguous']:
            for x in (a, b):
                if x not in ids:
                    errors.append('%s: ambiguous id %s not in rows' % (slug, x))
            amb_second.add(b)
        for i in ids:
            if i.endswith('b') and i not in amb_second:
                errors.append('%s: id %s ends in b but is not an ambiguous second member' % (slug, i))
        for y in key['years']:
            n = sum(1 for r in key['rows'] if r['year'] == y)
            if not 16 <= n <= 22:
                errors.append('%s: %d indicators in %d' % (slug, n, y))
        for r, l in zip(key['rows'], loc['rows']):
            total += 1
            tag = '%s %s/%s r%s %s %s' % (slug, r['file'], r['sheet'], r['row'], r['year'], r['same_as'])
            if (l['file'], l['sheet'], l['row'], l['year'], l['id']) != (r['file'], r['sheet'], r['row'], r['year'], r['same_as']):
                errors.append(tag + ': locator out of step')
                continue
            wb = books.get(r['file'])
            if wb is None:
                continue
            if r['sheet'] not in wb.sheetnames:
                errors.append(tag + ': no such sheet')
                continue
            ws = wb[r['sheet']]
            if ws.sheet_state != 'visible':
                errors.append(tag + ': sheet not visible')
            letter, row = coordinate_from_string(l['name_cell'])
            if row != r['row']:
                errors.append(tag + ': name cell on row %d' % row)
            if shared[(r['file'], r['sheet'], r['row'])] > 1:
                if r.get('col') != letter:
                    errors.append(tag + ': col %r, name cell in %s' % (r.get('col'), letter))
            elif 'col' in r and r['col'] != letter:
                errors.append(tag + ': col %r, name cell in %s' % (r['col'], letter))
            if ws.row_dimensions[row].hidden:
                errors.append(tag + ': row hidden')
            cell = ws[l['name_cell']]
            if cell.value != r['written']:
                errors.append(tag + ': written %r, cell has %r' % (r['written'], cell.value))
            if not merged_top_left_ok(ws, l['name_cell']):
                errors.append(tag + ': name cell is not the top-left of its merge')
            exp_mode = 'sum' if r['same_as'] in flow else 'last'
            for fld, part in (('target', 't'), ('realisasi', 'r')):
                spec = l[part]
                if spec['mode'] not in ('one', 'last_cum', exp_mode):
                    errors.append(tag + ': %s combined by %s, id wants %s' % (fld, spec['mode'], exp_mode))
                try:
                    vals = [cell_value(ws[c]) for c in spec['cells']]
                    got = combine(vals, spec['mode'])
                except Exception as e:  # noqa
                    errors.append(tag + ': %s unreadable: %s' % (fld, e))
                    continue
                if not same(got, r[fld]):
                    errors.append(tag + ': %s key %r, file gives %r (cells %s)' % (fld, r[fld], got, spec['cells']))
        print('%-30s %3d key rows, files: %s' % (slug, len(key['rows']), ', '.join(key['files'])))
    print('checked %d key rows' % total)
    if errors:
        print('FAILED: %d problem(s)' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
