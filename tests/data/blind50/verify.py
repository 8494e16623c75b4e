#!/usr/bin/env python3
"""Re-read every key row of the blind50 set from the DELIVERED workbooks and check written / target / realisasi.

.xls and .ods files are converted back to .xlsx with LibreOffice into gen/tmp; formulas are read through their
cached values. Cell locations come from gen/locs/<slug>.json (written by gen/build.py); the values are parsed
here independently of the generator, with the key conventions of the brief:
  percent-formatted numbers -> x100; text in Indonesian convention; ranges -> lower bound; '>=' / '≥' -> the number;
  grades, '-', N/A -> null; quarterly sheets without an annual column: sum (flows) or last reported (levels).
"""
import json, os, re, subprocess, sys
from collections import Counter
import openpyxl
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import coordinate_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(ROOT, 'gen')
TMP = os.path.join(GEN, 'tmp')
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-blind50', '--headless']


def is_percent_format(fmt):
    if not fmt:
        return False
    f = re.sub(r'"[^"]*"', '', fmt)      # quoted literals
    f = re.sub(r'\\.', '', f)            # escaped characters
    f = re.sub(r'\[[^\]]*\]', '', f)     # colours / locales
    return '%' in f


GRADE = re.compile(r'^(AA|A|BB|B|CC|C|D)[+-]?$')
NUM = re.compile(r'\d[\d.,]*')


def parse_id(tok):
    tok = tok.rstrip('.,')
    if ',' in tok:
        tok = tok.replace('.', '').replace(',', '.')
    elif tok.count('.') >= 1 and all(len(g) == 3 for g in tok.split('.')[1:]):
        tok = tok.replace('.', '')
    return float(tok)


def parse_cell(c):
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if is_percent_format(c.number_format) else v
    s = str(v).strip()
    if s in ('', '-', '–', 'N/A', 'n/a', 'NA') or s.startswith('#'):
        return None
    if GRADE.match(s):
        return None
    s2 = s.replace('Rp.', '').replace('Rp', '')
    m = NUM.search(s2)
    if not m:
        return None
    neg = s2[:m.start()].strip().endswith('-') and not re.search(r'\d', s2[:m.start()])
    x = parse_id(m.group(0))
    return -x if neg and s2.strip().startswith('-') else x


def as_xlsx(path, slug):
    if path.endswith('.xlsx'):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    target = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + '.xlsx')
    if not os.path.exists(target) or os.path.getmtime(target) < os.path.getmtime(path):
        subprocess.run(LO + ['--convert-to', 'xlsx', '--outdir', out, path], check=True, capture_output=True)
    return target


def text_of(ws, ref):
    v = ws[ref].value
    return None if v is None else str(v)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def main():
    errors = 0
    total = 0
    slugs = sorted(d for d in os.listdir(ROOT) if os.path.exists(os.path.join(ROOT, d, 'key.json')))
    for slug in slugs:
        key = json.load(open(os.path.join(ROOT, slug, 'key.json')))
        locs = json.load(open(os.path.join(GEN, 'locs', slug + '.json')))
        books = {}
        delivered = sorted(f for f in os.listdir(os.path.join(ROOT, slug)) if f != 'key.json')
        if sorted(key['files']) != delivered:
            print(f'[{slug}] files in key {key["files"]} != delivered {delivered}'); errors += 1
        exts = Counter(os.path.splitext(f)[1] for f in key['files'])
        for f in key['files']:
            p = as_xlsx(os.path.join(ROOT, slug, f), slug)
            books[f] = openpyxl.load_workbook(p, data_only=True)
        for f, sheet in locs['hidden']:
            st = books[f][sheet].sheet_state
            if st != 'hidden':
                print(f'[{slug}] {f}/{sheet} should be hidden, is {st}'); errors += 1
        assert len(key['rows']) == len(locs['rows'])
        seen = Counter((r['same_as'], r['year']) for r in key['rows'])
        for k, n in seen.items():
            if n > 1:
                print(f'[{slug}] {k} keyed {n} times'); errors += 1
        per_year = Counter(r['year'] for r in key['rows'])
        for y in key['years']:
            if not 15 <= per_year[y] <= 25:
                print(f'[{slug}] {y}: {per_year[y]} rows (want 15-25)'); errors += 1
        for k, loc in zip(key['rows'], locs['rows']):
            total += 1
            where = f"[{slug}] {k['file']} / {k['sheet']} row {k['row']}{(' col ' + k['col']) if k.get('col') else ''} ({k['same_as']} {k['year']})"
            assert (k['file'], k['sheet'], k['row']) == (loc['file'], loc['sheet'], loc['row'])
            ws = books[k['file']][k['sheet']]
            if ws.sheet_state != 'visible':
                print(where, 'sheet not visible'); errors += 1
            names = [text_of(ws, ref) for ref in loc['name']]
            written = ' '.join(n for n in names if n is not None)
            if written != k['written']:
                print(where, f'written {written!r} != key {k["written"]!r}'); errors += 1
            cl, rw = coordinate_from_string(loc['name'][-1])
            if rw != k['row']:
                print(where, f'name cell row {rw} != key row'); errors += 1
            if k.get('col') and k['col'] != cl:
                print(where, f'name cell col {cl} != key col {k["col"]}'); errors += 1
            # target
            tv = [parse_cell(ws[ref]) for ref in loc['target']]
            t = tv[0]
            if not close(t, k['target']):
                print(where, f'target {t!r} != key {k["target"]!r} (cell {ws[loc["target"][0]].value!r})'); errors += 1
            # realisasi
            cells = [ws[ref] for ref in loc['real']]
            for c in cells:
                if isinstance(c.value, str) and c.value.startswith('#'):
                    print(where, f'realisasi cell {c.coordinate} holds an error {c.value}'); errors += 1
            vals = [parse_cell(c) for c in cells]
            if loc['r_agg'] == 'one':
                r = vals[0]
            elif loc['r_agg'] == 'sum':
                nn = [v for v in vals if v is not None]
                r = round(sum(nn), 6) if nn else None
            else:
                nn = [v for v in vals if v is not None]
                r = nn[-1] if nn else None
            if not close(r, k['realisasi']):
                print(where, f'realisasi {r!r} != key {k["realisasi"]!r} (cells {[c.value for c in cells]})'); errors += 1
        print(f'{slug}: {len(key["rows"])} key rows checked, years {dict(sorted(per_year.items()))}, files {dict(exts)}')
    allext = Counter()
    for slug in slugs:
        for f in json.load(open(os.path.join(ROOT, slug, 'key.json')))['files']:
            allext[os.path.splitext(f)[1]] += 1
    for e in ('.xlsx', '.xls', '.ods'):
        if not allext[e]:
            print('no delivered file with extension', e); errors += 1
    print(f'{total} key rows, {errors} error(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
