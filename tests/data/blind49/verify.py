#!/usr/bin/env python3
"""Re-read every key row of /work/blind49/*/key.json from the delivered workbooks and check
written / target / realisasi.  xls and ods are converted back to xlsx in gen/tmp with LibreOffice.
Cell addresses of target and realisasi (and the rule: one value, sum of quarters, last reported)
come from gen/cellmap_<agency>.json; values are parsed independently here, in Indonesian convention."""
import os, re, sys, json, glob, subprocess
from collections import Counter
import openpyxl
from openpyxl.utils import column_index_from_string as CI

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, 'gen', 'tmp')
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-blind49', '--headless']
GRADES = {'AA', 'A', 'BB', 'B', 'CC', 'C', 'D'}


def to_xlsx(slug, path):
    if path.endswith('.xlsx'):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    dest = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + '.xlsx')
    if not os.path.exists(dest) or os.path.getmtime(dest) < os.path.getmtime(path):
        subprocess.run(LO + ['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, path],
                       check=True, capture_output=True, timeout=600)
    return dest


def num_id(s):
    """an Indonesian number token -> float"""
    s = s.strip()
    if ',' in s and '.' in s:                 # 1.250,5
        return float(s.replace('.', '').replace(',', '.'))
    if ',' in s:                              # 85,5
        return float(s.replace(',', '.'))
    if '.' in s:
        parts = s.split('.')
        if all(len(p) == 3 for p in parts[1:]):   # 1.250 / 1.250.000
            return float(s.replace('.', ''))
        return float(s)                       # 137.09 (decimal point)
    return float(s)


def parse(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if '%' in (cell.number_format or ''):
            return round(v * 100, 6)
        return v
    s = str(v).strip()
    if s in ('', '-', '–', '—') or s.upper() in ('N/A', 'NA', 'N.A.'):
        return None
    if s.upper() in GRADES:
        return None
    s = s.replace('≥', '>=').replace('≤', '<=')
    s = re.sub(r'^(>=|<=|>|<)\s*', '', s)
    s = re.sub(r'^Rp\.?\s*', '', s, flags=re.I)
    s = re.sub(r',-$', '', s.strip())
    m = re.match(r'^(\d[\d.,]*)', s)
    if not m:
        raise ValueError('unparsable %r' % v)
    tok = m.group(1).rstrip('.,')
    return num_id(tok)


def read(ws, spec):
    vals = [parse(ws[c]) for c in spec['cells']]
    got = [x for x in vals if x is not None]
    if spec['rule'] == 'value':
        return vals[0]
    if not got:
        return None
    if spec['rule'] == 'sum':
        return sum(got)
    if spec['rule'] == 'last':
        return got[-1]
    raise ValueError(spec['rule'])


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))


def main():
    errors, total = [], 0
    for kf in sorted(glob.glob(os.path.join(ROOT, '*', 'key.json'))):
        slug = os.path.basename(os.path.dirname(kf))
        key = json.load(open(kf))
        cm = json.load(open(os.path.join(ROOT, 'gen', 'cellmap_%s.json' % slug)))
        books = {}
        for f in key['files']:
            p = os.path.join(ROOT, slug, f)
            if not os.path.exists(p):
                errors.append('%s: missing file %s' % (slug, f))
                continue
            books[f] = openpyxl.load_workbook(to_xlsx(slug, p), data_only=True)
        assert len(cm) == len(key['rows'])
        ids = {r['same_as'] for r in key['rows']}
        for a, b in key['ambiguous']:
            if a not in ids or b not in ids:
                errors.append('%s: ambiguous pair %s/%s not in rows' % (slug, a, b))
        dup = Counter((r['year'], r['same_as']) for r in key['rows'])
        for k, n in dup.items():
            if n > 1:
                errors.append('%s: %s keyed %d times' % (slug, k, n))
        per_year = Counter(r['year'] for r in key['rows'])
        for y, n in per_year.items():
            if not 15 <= n <= 25:
                errors.append('%s: %d rows in %d' % (slug, n, y))
        shared = Counter((r['file'], r['sheet'], r['row']) for r in key['rows'])
        for r, c in zip(key['rows'], cm):
            total += 1
            tag = '%s | %s | %s!%s%d' % (slug, r['file'], r['sheet'], c['col'], r['row'])
            assert (r['file'], r['sheet'], r['row'], r['year'], r['same_as']) == (c['file'], c['sheet'], c['row'], c['year'], c['same_as'])
            if shared[(r['file'], r['sheet'], r['row'])] > 1 and 'col' not in r:
                errors.append(tag + ': shares a row but has no col')
            if 'col' in r and r['col'] != c['col']:
                errors.append(tag + ': col mismatch')
            wb = books.get(r['file'])
            if wb is None:
                continue
            if r['sheet'] not in wb.sheetnames:
                errors.append(tag + ': no such sheet')
                continue
            ws = wb[r['sheet']]
            if ws.sheet_state != 'visible':
                errors.append(tag + ': keyed sheet is hidden')
            cell = ws['%s%d' % (c['col'], r['row'])]
            for mr in ws.merged_cells.ranges:
                if cell.coordinate in mr and (mr.min_row, mr.min_col) != (cell.row, cell.column):
                    errors.append(tag + ': name cell not top-left of merge %s' % mr)
            if cell.value != r['written']:
                errors.append(tag + ': written %r != cell %r' % (r['written'], cell.value))
            for fld, sp in (('target', 'tspec'), ('realisasi', 'rspec')):
                try:
                    got = read(ws, c[sp])
                except Exception as e:
                    errors.append('%s: %s unreadable (%s)' % (tag, fld, e))
                    continue
                if not same(got, r[fld]):
                    errors.append('%s [%s %s]: %s key %r, workbook %r (cells %s)' % (
                        tag, r['year'], r['same_as'], fld, r[fld], got, ','.join(c[sp]['cells'])))
    for e in errors:
        print('FAIL', e)
    print('%d key rows checked, %d problems' % (total, len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
