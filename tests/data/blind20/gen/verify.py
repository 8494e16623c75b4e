"""Re-open every output file (each converted back to .xlsx by LibreOffice into /tmp, plus the .xlsx
files directly) and check key.json against the cells: the written name at sheet/row, the first two
figures right of it equal target and realisasi, every indicator-looking row is in the key, ids are
unique per year, ambiguous ids exist."""
import json, os, re, sys, glob, shutil
import openpyxl
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import convert, ROOT

TMP = '/tmp/blind20-verify'
NUM = re.compile(r'[0-9][0-9.,]*')


def parse_text(s):
    s = s.strip()
    if not s or s in ('-', '+') or s.startswith('('):
        return None
    m = NUM.search(s)
    if not m or m.start() > 4:          # "Rp. 1.000" allowed, a sentence with a number is not
        return None
    tok = m.group(0).rstrip('.,')
    rest = (s[:m.start()] + s[m.end():]).strip()
    if rest and not re.fullmatch(r'[Rp.,\-% ]*|[A-Za-z/ ]{1,12}', rest):
        return None
    if '.' in tok and ',' in tok:
        dec = '.' if tok.rfind('.') > tok.rfind(',') else ','
        grp = ',' if dec == '.' else '.'
        return float(tok.replace(grp, '').replace(dec, '.'))
    for sep in '.,':
        if sep in tok:
            parts = tok.split(sep)
            if all(len(p) == 3 for p in parts[1:]) and len(parts) >= 2 and len(parts[0]) <= 3 and parts[0] != '0':
                return float(''.join(parts))
            if len(parts) == 2:
                return float(parts[0] + '.' + parts[1])
            return None
    return float(tok)


def cell_num(c):
    v = c.value
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in (c.number_format or '') else v
    if isinstance(v, str):
        return parse_text(v)
    return None


def row_figures(ws, r, c0):
    out = []
    for c in range(c0 + 1, ws.max_column + 1):
        x = cell_num(ws.cell(row=r, column=c))
        if x is not None:
            out.append(x)
    return out


def check_book(path, label, rows_by_sheet, errors):
    wb = openpyxl.load_workbook(path, data_only=True)
    n = 0
    for sheet, rows in rows_by_sheet.items():
        if sheet not in wb.sheetnames:
            errors.append(f'{label}: sheet {sheet!r} missing ({wb.sheetnames})'); continue
        ws = wb[sheet]
        keyed = {k['row']: k for k in rows}
        for k in rows:
            hit = [c for c in range(1, ws.max_column + 1) if ws.cell(row=k['row'], column=c).value == k['written']]
            if not hit:
                vals = [ws.cell(row=k['row'], column=c).value for c in range(1, ws.max_column + 1)]
                errors.append(f'{label}/{sheet}!{k["row"]}: written {k["written"]!r} not found in {vals}'); continue
            figs = row_figures(ws, k['row'], hit[0])
            if len(figs) < 2 or abs(figs[0] - k['target']) > 1e-6 * max(1, abs(k['target'])) \
                    or abs(figs[1] - k['realisasi']) > 1e-6 * max(1, abs(k['realisasi'])):
                errors.append(f'{label}/{sheet}!{k["row"]}: figures {figs[:3]} vs key {k["target"]}, {k["realisasi"]}')
            n += 1
        # completeness: any row with a longer text cell followed by two figures must be keyed
        for r in range(1, ws.max_row + 1):
            for c in range(1, ws.max_column + 1):
                v = ws.cell(row=r, column=c).value
                if isinstance(v, str) and len(v) > 8 and parse_text(v) is None:
                    if len(row_figures(ws, r, c)) >= 2 and r not in keyed:
                        errors.append(f'{label}/{sheet}!{r}: unkeyed indicator-like row {v!r}')
                    break
        # every formula cell has a cached value (data_only)
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith('#'):
                    errors.append(f'{label}/{sheet}!{c.coordinate}: error value {c.value}')
    return n


def main():
    errors = []
    total = 0
    shutil.rmtree(TMP, ignore_errors=True)
    for keyf in sorted(glob.glob(os.path.join(ROOT, '*', 'key.json'))):
        slug = os.path.basename(os.path.dirname(keyf))
        key = json.load(open(keyf, encoding='utf-8'))
        assert set(key) == {'agency', 'years', 'files', 'rows', 'ambiguous'}, key.keys()
        ids = {k['same_as'] for k in key['rows']}
        seen = set()
        for k in key['rows']:
            assert set(k) == {'file', 'sheet', 'row', 'year', 'written', 'same_as', 'target', 'realisasi'}, k
            assert k['year'] in key['years'] and k['file'] in key['files']
            if (k['year'], k['same_as']) in seen:
                errors.append(f'{slug}: id {k["same_as"]} twice in {k["year"]}')
            seen.add((k['year'], k['same_as']))
        for a, b in key['ambiguous']:
            if a not in ids or b not in ids:
                errors.append(f'{slug}: ambiguous pair {a},{b} has an unknown id')
        per_year = {y: sum(1 for k in key['rows'] if k['year'] == y) for y in key['years']}
        for y, n in per_year.items():
            if not 15 <= n <= 25:
                errors.append(f'{slug}: {n} indicators in {y}')
        ondisk = sorted(f for f in os.listdir(os.path.dirname(keyf)) if f != 'key.json')
        if ondisk != sorted(key['files']):
            errors.append(f'{slug}: files on disk {ondisk} vs key {key["files"]}')
        for f in key['files']:
            src = os.path.join(os.path.dirname(keyf), f)
            rows_by_sheet = {}
            for k in key['rows']:
                if k['file'] == f:
                    rows_by_sheet.setdefault(k['sheet'], []).append(k)
            # 1) through LibreOffice, back to xlsx
            conv = convert(src, 'xlsx', os.path.join(TMP, slug))
            n = check_book(conv, f'{slug}/{f} (via LO)', rows_by_sheet, errors)
            # 2) the .xlsx files as they are
            if f.endswith('.xlsx'):
                check_book(src, f'{slug}/{f}', rows_by_sheet, errors)
            total += n
        print(f'{slug}: {len(key["rows"])} rows, per year {per_year}, {len(ids)} ids, ambiguous {key["ambiguous"]}')
    print(f'checked {total} key rows')
    if errors:
        print('\n'.join(errors)); print(f'{len(errors)} ERRORS'); sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
