#!/usr/bin/env python3
"""Re-read every key row of blind56 from the DELIVERED workbooks and check written / target / realisasi.

.xls and .ods files are converted back to .xlsx with LibreOffice into gen/tmp; formulas are read by their
cached values. Where to look for each value is in gen/cellmap.json (cells + how they combine: one | sum | last).
Values are parsed with the key conventions: numbers in %-formatted cells are fractions -> percent points; text is
read the Indonesian way ("1.850" = 1850, "85,1" = 85.1) after dropping Rp / units / footnote marks; a range gives
its lower bound, ">= 80" gives 80; grades, "-" and N/A give null.
Also checks: the name cell is the top-left of its merge (or unmerged), the sheet is visible, one key row per
id per year, each key file exists."""
import os, re, sys, json, subprocess, shutil
import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, 'gen', 'tmp')
PROFILE = 'file:///tmp/lo-blind56'
GRADES = {'AA', 'A', 'BB', 'B', 'CC', 'C', 'D'}
NULLS = {'-', '–', '—', '--', 'N/A', 'n/a', 'NA', ''}


def to_xlsx(path):
    if path.lower().endswith('.xlsx'):
        return path
    os.makedirs(TMP, exist_ok=True)
    out = os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + '.xlsx')
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(path):
        subprocess.run(['soffice', '-env:UserInstallation=' + PROFILE, '--headless', '--convert-to', 'xlsx',
                        '--outdir', TMP, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


EMPTY = object()


def parse(cell):
    v = cell.value
    if v is None:
        return EMPTY
    if isinstance(v, bool):
        raise ValueError('boolean cell %s' % cell.coordinate)
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (cell.number_format or '') else v
    s = str(v).replace('\u00a0', ' ').strip()
    if s in NULLS:
        return None
    if s.upper() in GRADES:
        return None
    if s.startswith('#'):
        raise ValueError('error value %r in %s' % (s, cell.coordinate))
    s = re.sub(r'^(>=|=>|≥|>|<=|≤|<)\s*', '', s)
    s = re.sub(r'^(Rp\.?|IDR)\s*', '', s, flags=re.I)
    m = re.match(r'[0-9][0-9.,]*', s)
    if not m:
        raise ValueError('no number in %r (%s)' % (v, cell.coordinate))
    tok = m.group(0).rstrip('.,')
    tok = tok.replace('.', '').replace(',', '.')
    return float(tok)


def combine(vals, how):
    if how == 'one':
        v = vals[0]
        return None if v is EMPTY else v
    pres = [v for v in vals if v is not EMPTY and v is not None]
    if not pres:
        return None
    if how == 'sum':
        return sum(pres)
    if how == 'last':
        return pres[-1]
    raise ValueError(how)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def main():
    cellmap = json.load(open(os.path.join(ROOT, 'gen', 'cellmap.json'), encoding='utf-8'))
    total = bad = 0
    slugs = sorted(d for d in os.listdir(ROOT) if os.path.exists(os.path.join(ROOT, d, 'key.json')))
    for slug in slugs:
        key = json.load(open(os.path.join(ROOT, slug, 'key.json'), encoding='utf-8'))
        cm = cellmap[slug]
        assert len(cm) == len(key['rows']), slug
        books = {}
        seen = set()
        for f in key['files']:
            assert os.path.exists(os.path.join(ROOT, slug, f)), f
        n_agency = 0
        for kr, c in zip(key['rows'], cm):
            total += 1
            n_agency += 1
            errs = []
            f = kr['file']
            if f not in books:
                books[f] = openpyxl.load_workbook(to_xlsx(os.path.join(ROOT, slug, f)), data_only=True)
            wb = books[f]
            ws = wb[kr['sheet']]
            if ws.sheet_state != 'visible':
                errs.append('sheet hidden')
            ref = c['name']
            col = re.match(r'[A-Z]+', ref).group(0)
            row = int(ref[len(col):])
            if row != kr['row']:
                errs.append('row %d != cellmap %s' % (kr['row'], ref))
            if 'col' in kr and kr['col'] != col:
                errs.append('col %s != cellmap %s' % (kr['col'], ref))
            for mr in ws.merged_cells.ranges:
                if ref in mr and ref != mr.coord.split(':')[0]:
                    errs.append('name cell %s inside merge %s, not its top-left' % (ref, mr.coord))
            if ws[ref].value != kr['written']:
                errs.append('written %r != cell %r' % (kr['written'], ws[ref].value))
            k = (kr['same_as'], kr['year'])
            if k in seen:
                errs.append('second key row for %s %s' % k)
            seen.add(k)
            for fld in ('target', 'realisasi'):
                spec = c[fld]
                try:
                    vals = [parse(ws[x]) for x in spec['cells']]
                    got = combine(vals, spec['agg'])
                except Exception as e:  # noqa
                    errs.append('%s: %s' % (fld, e))
                    continue
                if not same(got, kr[fld]):
                    errs.append('%s: key %r, file gives %r from %s %s' % (fld, kr[fld], got, spec['agg'], spec['cells']))
            if errs:
                bad += 1
                print('FAIL %s | %s | %s row %d %s %s: %s' % (slug, f, kr['sheet'], kr['row'], kr['same_as'], kr['year'], '; '.join(errs)))
        print('%s: %d key rows checked' % (slug, n_agency))
    print('TOTAL %d key rows, %d failing' % (total, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
