#!/usr/bin/env python3
"""Re-read every key row of blind70 from the delivered workbooks and check it.

For every agency folder holding a key.json:
  * .xls / .ods files are converted back to .xlsx in gen/tmp/<slug>/ with LibreOffice
    (own profile, file:///tmp/lo-blind70); .xlsx files are read as delivered;
  * openpyxl (data_only=True) reads formulas by their cached values;
  * for each key row: the sheet exists and is visible, the row is not hidden, the name cell
    (gen/cellmap/<slug>.json gives its column) holds exactly `written`, the name cell is the
    top-left cell of any merge that contains it, and target / realisasi read from the cells listed
    in the cellmap (one cell; or the periods of a quarterly / monthly sheet: 'sum' for flow ids,
    'last' reported for level ids; 'cumlast' = the last reported cumulative 's.d. TW' column, any id)
    equal the key's figures;
  * one key row per id per year, years as declared, 'col' given exactly where key rows share a
    sheet row, ids ending in 'b' declared in an ambiguous pair, 16-22 indicators per year,
    3-4 files per agency with at least one .xlsx, .xls and .ods.
Values are parsed the way the key conventions say (independently of the generators):
  %-formatted numbers -> percent points; text the Indonesian way ('1.250 orang' = 1250,
  '85,5 %' = 85.5) after dropping Rp, units and footnote marks; ranges -> lower bound;
  '>= 95' -> 95; grades, '-', N/A -> null.
Exit status 0 when everything passes.
"""
import json
import os
import re
import subprocess
import sys

import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(ROOT, 'gen')
TMP = os.path.join(GEN, 'tmp')
LO_PROFILE = 'file:///tmp/lo-blind70'

EMPTY = object()
GRADES = {'AA', 'A', 'BB', 'B', 'CC', 'C', 'D'}
NULLS = {'-', '–', '—', 'N/A', 'n/a', 'NA', 'na', '#N/A'}


def is_pct(fmt):
    if not fmt:
        return False
    f = re.sub(r'"[^"]*"', '', fmt)      # quoted literals
    f = re.sub(r'\\.', '', f)            # escaped characters
    f = re.sub(r'\[[^\]]*\]', '', f)     # colours / locales
    return '%' in f


def parse_text(s):
    s = s.strip()
    if s == '':
        return EMPTY
    if s in NULLS or s in GRADES:
        return None
    if s.startswith('#'):
        raise ValueError('error value ' + s)
    t = re.sub(r'\*+\)?', ' ', s)                 # footnote marks *), **, *
    t = re.sub(r'Rp\.?', ' ', t, flags=re.I)
    t = t.replace('≥', '').replace('≤', '').replace('>=', '').replace('<=', '')
    t = t.replace('>', '').replace('<', '').strip()
    m = re.match(r'^(\d[\d.,]*)\s*(?:-|–|s\.?\s*d\.?)\s*(\d[\d.,]*)', t)
    if m:
        tok = m.group(1)
    else:
        m = re.search(r'\d[\d.,]*', t)
        if not m:
            return None
        tok = m.group(0)
    tok = tok.rstrip('.,')
    tok = tok.replace('.', '').replace(',', '.')
    return float(tok)


def parse_cell(cell):
    v = cell.value
    if v is None:
        return EMPTY
    if isinstance(v, bool):
        raise ValueError('boolean cell')
    if isinstance(v, (int, float)):
        return round(v * 100, 10) if is_pct(cell.number_format) else v
    if isinstance(v, str):
        return parse_text(v)
    raise ValueError('unexpected cell type %r' % type(v))


def read_spec(wb, default_sheet, spec):
    ws = wb[spec.get('sheet', default_sheet)]
    vals = [parse_cell(ws[ref]) for ref in spec['cells']]
    agg = spec['agg']
    if agg == 'one':
        v = vals[0]
        return None if v is EMPTY else v
    rep = [v for v in vals if v is not EMPTY]
    if agg == 'sum':
        nums = [v for v in rep if v is not None]
        return sum(nums) if nums else None
    if agg in ('last', 'cumlast'):      # cumlast: cumulative 's.d. TW' columns, any id
        return rep[-1] if rep else None
    raise ValueError('agg ' + agg)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def as_xlsx(slug, fname):
    path = os.path.join(ROOT, slug, fname)
    if fname.lower().endswith('.xlsx'):
        return path
    outdir = os.path.join(TMP, slug)
    os.makedirs(outdir, exist_ok=True)
    out = os.path.join(outdir, os.path.splitext(fname)[0] + '.xlsx')
    if os.path.exists(out):
        os.remove(out)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=' + LO_PROFILE,
                    '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


def top_left_ok(ws, ref):
    for rng in ws.merged_cells.ranges:
        if ref in rng:
            return ref == rng.start_cell.coordinate
    return True


def check_agency(slug):
    errs = []
    key = json.load(open(os.path.join(ROOT, slug, 'key.json'), encoding='utf-8'))
    cmap = json.load(open(os.path.join(GEN, 'cellmap', slug + '.json'), encoding='utf-8'))
    rows, cm = key['rows'], cmap['rows']
    flow = set(cmap['flow_ids'])
    if len(rows) != len(cm):
        return ['%s: key has %d rows, cellmap %d' % (slug, len(rows), len(cm))]
    files = key['files']
    exts = {os.path.splitext(f)[1].lower() for f in files}
    if not {'.xlsx', '.xls', '.ods'} <= exts:
        errs.append('%s: formats %s' % (slug, sorted(exts)))
    if not 3 <= len(files) <= 4:
        errs.append('%s: %d files' % (slug, len(files)))
    if len(key['years']) != 4 or key['years'] != list(range(key['years'][0], key['years'][0] + 4)):
        errs.append('%s: years %s' % (slug, key['years']))
    amb_b = {p[1] for p in key['ambiguous']}
    amb_all = {x for p in key['ambiguous'] for x in p}
    books = {}
    for f in files:
        if not os.path.exists(os.path.join(ROOT, slug, f)):
            errs.append('%s: missing file %s' % (slug, f))
            continue
        books[f] = openpyxl.load_workbook(as_xlsx(slug, f), data_only=True)
    seen = set()
    per_year = {}
    shared = {}
    for r in rows:
        k = (r['file'], r['sheet'], r['row'])
        shared[k] = shared.get(k, 0) + 1
    n_ok = 0
    for r, c in zip(rows, cm):
        tag = '%s %s %s!%s row %s' % (r['same_as'], r['year'], r['file'], r['sheet'], r['row'])
        bad = []
        if (c['id'], c['year'], c['file'], c['sheet'], c['row']) != \
                (r['same_as'], r['year'], r['file'], r['sheet'], r['row']):
            errs.append(tag + ': cellmap out of step')
            continue
        if (r['same_as'], r['year']) in seen:
            bad.append('second row for this id and year')
        seen.add((r['same_as'], r['year']))
        per_year[r['year']] = per_year.get(r['year'], 0) + 1
        if r['year'] not in key['years']:
            bad.append('year not declared')
        if r['same_as'].endswith('b') and r['same_as'] not in amb_b:
            bad.append('id ending in b not in an ambiguous pair')
        if r['file'] not in books:
            errs.append(tag + ': file not loaded')
            continue
        wb = books[r['file']]
        if r['sheet'] not in wb.sheetnames:
            errs.append(tag + ': no such sheet')
            continue
        ws = wb[r['sheet']]
        if ws.sheet_state != 'visible':
            bad.append('sheet not visible')
        if ws.row_dimensions[r['row']].hidden:
            bad.append('row hidden')
        if shared[(r['file'], r['sheet'], r['row'])] > 1:
            if r.get('col') != c['namecol']:
                bad.append('col missing or wrong (%s vs %s)' % (r.get('col'), c['namecol']))
        elif 'col' in r:
            bad.append('col given but row not shared')
        ref = '%s%d' % (c['namecol'], r['row'])
        got = ws[ref].value
        if got != r['written']:
            bad.append('written %r != cell %s %r' % (r['written'], ref, got))
        if not top_left_ok(ws, ref):
            bad.append('name cell %s inside a merge, not its top-left' % ref)
        for what, spec in (('target', c['tspec']), ('realisasi', c['rspec'])):
            if spec['agg'] == 'sum' and r['same_as'] not in flow:
                bad.append(what + ': summed but not a flow id')
            if spec['agg'] == 'last' and r['same_as'] in flow:
                bad.append(what + ': last period taken for a flow id')
            try:
                v = read_spec(wb, r['sheet'], spec)
            except Exception as e:  # noqa
                bad.append('%s: %s' % (what, e))
                continue
            if not same(v, r[what]):
                bad.append('%s key %r, file %r (%s)' % (what, r[what], v, spec['cells']))
        if bad:
            errs.append(tag + ': ' + '; '.join(bad))
        else:
            n_ok += 1
    for y, n in sorted(per_year.items()):
        if not 16 <= n <= 22:
            errs.append('%s: %d indicators in %d' % (slug, n, y))
    ids = {r['same_as'] for r in rows}
    for x in amb_all:
        if x not in ids:
            errs.append('%s: ambiguous id %s has no row' % (slug, x))
    print('%-40s %3d key rows, %3d pass, years %s' % (slug, len(rows), n_ok,
                                                        ' '.join('%d:%d' % kv for kv in sorted(per_year.items()))))
    return errs


def main():
    slugs = sorted(d for d in os.listdir(ROOT)
                   if os.path.isfile(os.path.join(ROOT, d, 'key.json')))
    allerr = []
    total = 0
    for s in slugs:
        allerr += check_agency(s)
        total += len(json.load(open(os.path.join(ROOT, s, 'key.json'), encoding='utf-8'))['rows'])
    for e in allerr:
        print('FAIL', e)
    print('%d agencies, %d key rows: %s' % (len(slugs), total, 'PASS' if not allerr else
                                              '%d FAILURES' % len(allerr)))
    return 1 if allerr else 0


if __name__ == '__main__':
    sys.exit(main())
