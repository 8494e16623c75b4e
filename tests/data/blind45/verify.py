#!/usr/bin/env python3
"""Re-read every key row of /work/blind45/*/key.json from the delivered workbooks and check
written / target / realisasi.  xls and ods files are converted to xlsx in gen/tmp with LibreOffice.
Cell addresses per key row come from gen/meta/<slug>.json (the generator's record of where it
wrote each value); the values themselves are parsed here, independently, from the files."""
import json, os, re, subprocess, sys, glob
import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, 'gen', 'tmp')
SOFFICE = ['soffice', '-env:UserInstallation=file:///tmp/lo-blind45', '--headless']
GRADES = {'AA', 'A', 'BB', 'B', 'CC', 'C', 'D'}
ERRORS = {'#DIV/0!', '#VALUE!', '#REF!', '#N/A', '#NAME?', '#NUM!', 'Err:502', 'Err:511'}


def as_xlsx(path, slug):
    if path.endswith('.xlsx'):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    target = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + '.xlsx')
    if not os.path.exists(target) or os.path.getmtime(target) < os.path.getmtime(path):
        subprocess.run(SOFFICE + ['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return target


def parse_text(s):
    s = s.strip()
    if s in ('', '-', '–', '—') or s.upper() in ('N/A', 'NA') or s in ERRORS:
        return None
    if s.upper() in GRADES:
        return None
    s2 = re.sub(r'^(Rp\.?|>=|<=|≥|≤|>|<)\s*', '', s, flags=re.I)
    s2 = re.sub(r'^(Rp\.?)\s*', '', s2, flags=re.I)
    m = re.match(r'^(\d[\d.,]*)', s2)
    if not m:
        return None
    tok = m.group(1).rstrip('.,')
    tok = tok.replace('.', '').replace(',', '.')
    return float(tok)


def value(ws, ref):
    c = ws[ref]
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (c.number_format or '') else v
    return parse_text(str(v))


def resolve(ws, spec):
    kind = spec[0]
    if kind == 'cell':
        return value(ws, spec[1])
    vals = [value(ws, r) for r in spec[1]]
    vals = [v for v in vals if v is not None]
    if not vals:
        return None
    if kind == 'sum':
        return sum(vals)
    if kind == 'last':
        return vals[-1]
    raise ValueError(kind)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def merged_top_left(ws, ref):
    for rng in ws.merged_cells.ranges:
        if ref in rng:
            return rng.start_cell.coordinate if hasattr(rng, 'start_cell') else ref
    return ref


def main():
    errors, total = [], 0
    for keyf in sorted(glob.glob(os.path.join(ROOT, '*', 'key.json'))):
        folder = os.path.dirname(keyf)
        slug = os.path.basename(folder)
        key = json.load(open(keyf))
        meta = json.load(open(os.path.join(ROOT, 'gen', 'meta', slug + '.json')))
        for f in ('agency', 'years', 'files', 'ambiguous', 'rows'):
            if f not in key:
                errors.append(f'{slug}: key.json lacks {f}')
        for fn in key['files']:
            if not os.path.exists(os.path.join(folder, fn)):
                errors.append(f'{slug}: missing file {fn}')
        exts = {os.path.splitext(x)[1] for x in key['files']}
        seen = set()
        specs = {(s['file'], s['sheet'], s['row'], s['same_as'], s['year']): s for s in meta['specs']}
        books = {}
        per_year = {}
        for k in key['rows']:
            total += 1
            tag = f"{slug}/{k['file']}/{k['sheet']}!row{k['row']} {k['same_as']} {k['year']}"
            t = (k['same_as'], k['year'])
            if t in seen:
                errors.append(f'{tag}: duplicate id/year')
            seen.add(t)
            per_year[k['year']] = per_year.get(k['year'], 0) + 1
            if k['year'] not in key['years']:
                errors.append(f'{tag}: year not in years')
            if k['file'] not in key['files']:
                errors.append(f'{tag}: file not listed')
            s = specs.get((k['file'], k['sheet'], k['row'], k['same_as'], k['year']))
            if s is None:
                errors.append(f'{tag}: no cell spec')
                continue
            if k['file'] not in books:
                books[k['file']] = openpyxl.load_workbook(as_xlsx(os.path.join(folder, k['file']), slug), data_only=True)
            wb = books[k['file']]
            if k['sheet'] not in wb.sheetnames:
                errors.append(f'{tag}: sheet missing')
                continue
            ws = wb[k['sheet']]
            if ws.sheet_state != 'visible':
                errors.append(f'{tag}: key row on a hidden sheet')
            nc = s['name_cell']
            if merged_top_left(ws, nc) != nc:
                errors.append(f'{tag}: name cell {nc} is not the top-left of its merge')
            if ws[nc].row != k['row']:
                errors.append(f'{tag}: name cell {nc} not on row {k["row"]}')
            got = ws[nc].value
            if got != k['written']:
                errors.append(f'{tag}: written {k["written"]!r} but cell {nc} holds {got!r}')
            for fld in ('target', 'realisasi'):
                v = resolve(ws, s[fld])
                if not same(v, k[fld]):
                    errors.append(f'{tag}: {fld} key {k[fld]!r} but file gives {v!r} via {s[fld]}')
        for y, n in sorted(per_year.items()):
            if not 15 <= n <= 25:
                errors.append(f'{slug}: {n} indicators in {y} (want 15-25)')
        for a, b in key['ambiguous']:
            ids = {r['same_as'] for r in key['rows']}
            if a not in ids or b not in ids:
                errors.append(f'{slug}: ambiguous pair {a},{b} not both in rows')
        print(f'{slug}: {len(key["rows"])} rows, per year {dict(sorted(per_year.items()))}, formats {sorted(exts)}')
    for e in errors:
        print('FAIL', e)
    print(f'{total} key rows checked, {len(errors)} problems')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
