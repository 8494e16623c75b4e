#!/usr/bin/env python3
"""verify.py -- re-read every key row of set blind66 from the delivered workbooks.

For each agency directory (one holding key.json):
  * .xls / .ods files are converted back to .xlsx in gen/tmp/<agency>/ with LibreOffice
    (own profile -env:UserInstallation=file:///tmp/lo-blind66); .xlsx files are read as delivered;
  * every key row is checked: the sheet exists and is visible, the name cell (row, and "col"
    where given, else the name column recorded by the generator in gen/cellmap/) holds exactly
    the text "written", is the top-left cell of any merge it belongs to, and its row is not hidden;
  * target and realisasi are recomputed from the cells the generator recorded in
    gen/cellmap/<agency>.json, reading formulas by their cached values and applying the key
    conventions of README.md (%-formatted numbers -> percent points, Indonesian text parsed,
    ranges -> lower bound, grades / "-" -> null, "sum" of periods for flow ids, "last"
    reported period for level ids and "s.d." columns) -- they must equal the key's values,
    which the generators wrote from their intended figures;
  * one key row per id per year, ambiguous ids exist, every listed file exists, each agency
    has 4 years, 16-22 key rows a year, and at least one .xlsx, .xls and .ods.
Exit status 0 when everything passes.
"""
import json, math, os, re, shutil, subprocess, sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, 'gen', 'tmp')
CELLMAP = os.path.join(ROOT, 'gen', 'cellmap')
LO_PROFILE = '-env:UserInstallation=file:///tmp/lo-blind66'

NULL_WORDS = {'', '-', '\u2013', '\u2014', '--', 'n/a', 'na'}


def parse_text(s):
    """Indonesian text -> number (or None) under the key conventions."""
    t = str(s).strip()
    if t.lower() in NULL_WORDS:
        return None
    t = re.sub(r'\*+\)?', ' ', t)            # footnote marks *), **)
    t = re.sub(r'Rp\.?', ' ', t)              # currency
    t = re.sub(r',-', ' ', t)                 # Rp ...,-
    t = t.replace('\u2265', ' ').replace('\u2264', ' ')
    t = t.replace('>=', ' ').replace('<=', ' ').replace('>', ' ').replace('<', ' ')
    m = re.search(r'\d[\d.,]*', t)            # first number = lower bound of a range
    if not m:
        return None                           # grades (A, BB, B), words
    tok = m.group(0).rstrip('.,')
    if ',' in tok:                            # ',' is the decimal mark, '.' groups thousands
        ip, dp = tok.rsplit(',', 1)
        ip = ip.replace('.', '')
        return float(ip + '.' + dp)
    if '.' in tok:
        parts = tok.split('.')
        if all(len(p) == 3 for p in parts[1:]):
            return float(''.join(parts))      # thousands groups
        return float(tok)
    return float(tok)


def parse_cell(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        fmt = cell.number_format or ''
        if '%' in fmt:
            return v * 100.0
        return float(v)
    return parse_text(v)


def aggregate(vals, agg):
    if agg == 'one':
        assert len(vals) == 1
        return vals[0]
    got = [v for v in vals if v is not None]
    if not got:
        return None
    if agg == 'sum':
        return sum(got)
    if agg == 'last':
        return got[-1]
    raise ValueError(agg)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-6)


def to_xlsx(path, outdir):
    os.makedirs(outdir, exist_ok=True)
    base = os.path.splitext(os.path.basename(path))[0] + '.xlsx'
    out = os.path.join(outdir, base)
    if os.path.exists(out):
        os.remove(out)
    subprocess.run(['soffice', LO_PROFILE, '--headless', '--convert-to', 'xlsx',
                    '--outdir', outdir, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    if not os.path.exists(out):
        raise RuntimeError('conversion failed: ' + path)
    return out


def col_letter(n):
    s = ''
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def main():
    import openpyxl
    from openpyxl.utils import column_index_from_string as CI
    errors = []
    total = 0
    agencies = sorted(d for d in os.listdir(ROOT)
                      if os.path.isfile(os.path.join(ROOT, d, 'key.json')))
    if len(agencies) != 3:
        errors.append('expected 3 agencies, found %d' % len(agencies))
    for ag in agencies:
        adir = os.path.join(ROOT, ag)
        key = json.load(open(os.path.join(adir, 'key.json'), encoding='utf-8'))
        cmap = json.load(open(os.path.join(CELLMAP, ag + '.json'), encoding='utf-8'))
        rows = key['rows']
        if len(cmap) != len(rows):
            errors.append('%s: cellmap has %d entries, key %d rows' % (ag, len(cmap), len(rows)))
            continue
        exts = Counter(os.path.splitext(f)[1].lower() for f in key['files'])
        for e in ('.xlsx', '.xls', '.ods'):
            if not exts.get(e):
                errors.append('%s: no %s file' % (ag, e))
        if len(key['years']) != 4:
            errors.append('%s: %d years' % (ag, len(key['years'])))
        # load workbooks (cached values) once
        books = {}
        for f in key['files']:
            p = os.path.join(adir, f)
            if not os.path.exists(p):
                errors.append('%s: missing file %s' % (ag, f))
                continue
            if p.lower().endswith('.xlsx'):
                xp = p
            else:
                xp = to_xlsx(p, os.path.join(TMP, ag))
            books[f] = openpyxl.load_workbook(xp, data_only=True)
        seen = Counter((r['same_as'], r['year']) for r in rows)
        for (sid, y), c in seen.items():
            if c != 1:
                errors.append('%s: id %s has %d rows in %s' % (ag, sid, c, y))
        per_year = Counter(r['year'] for r in rows)
        for y in key['years']:
            if not 16 <= per_year.get(y, 0) <= 22:
                errors.append('%s: %s has %d key rows' % (ag, y, per_year.get(y, 0)))
        ids = {r['same_as'] for r in rows}
        for pair in key.get('ambiguous', []):
            for i in pair:
                if i not in ids:
                    errors.append('%s: ambiguous id %s unused' % (ag, i))
        shared = Counter((r['file'], r['sheet'], r['row']) for r in rows)
        for r, cm in zip(rows, cmap):
            total += 1
            tag = '%s %s %s %s!%s' % (ag, r['same_as'], r['year'], r['sheet'], r['row'])
            wb = books.get(r['file'])
            if wb is None:
                errors.append(tag + ': file not loaded'); continue
            if r['sheet'] not in wb.sheetnames:
                errors.append(tag + ': no such sheet'); continue
            ws = wb[r['sheet']]
            if ws.sheet_state != 'visible':
                errors.append(tag + ': sheet not visible')
            if shared[(r['file'], r['sheet'], r['row'])] > 1 and 'col' not in r:
                errors.append(tag + ': shared row without "col"')
            col = r.get('col') or cm['name_col']
            if col != cm['name_col']:
                errors.append(tag + ': col %s vs cellmap %s' % (col, cm['name_col']))
            cell = ws['%s%d' % (col, r['row'])]
            if cell.value != r['written']:
                errors.append(tag + ': written %r != cell %r' % (r['written'], cell.value))
            for mr in ws.merged_cells.ranges:
                if (mr.min_row <= r['row'] <= mr.max_row and
                        mr.min_col <= CI(col) <= mr.max_col):
                    if (mr.min_row, mr.min_col) != (r['row'], CI(col)):
                        errors.append(tag + ': not top-left of merge %s' % mr.coord)
            rd = ws.row_dimensions.get(r['row']) if hasattr(ws.row_dimensions, 'get') else None
            if rd is not None and rd.hidden:
                errors.append(tag + ': row hidden')
            cd = ws.column_dimensions.get(col) if hasattr(ws.column_dimensions, 'get') else None
            if cd is not None and cd.hidden:
                errors.append(tag + ': column hidden')
            for fld, spec in (('target', cm['t']), ('realisasi', cm['r'])):
                vals = []
                for sh, ref in spec['cells']:
                    if sh not in wb.sheetnames:
                        errors.append(tag + ': %s sheet %s missing' % (fld, sh)); break
                    vals.append(parse_cell(wb[sh][ref]))
                else:
                    got = aggregate(vals, spec['agg'])
                    if not same(got, r[fld]):
                        errors.append(tag + ': %s key %r, file gives %r (%s of %s)' % (
                            fld, r[fld], got, spec['agg'], spec['cells']))
        print('%-40s %3d key rows, years %s, files %d' % (ag, len(rows), key['years'], len(key['files'])))
    if errors:
        print('\nFAILED: %d problem(s)' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: %d key rows verified (written, target, realisasi, merges, visibility, unique ids).' % total)


if __name__ == '__main__':
    main()
