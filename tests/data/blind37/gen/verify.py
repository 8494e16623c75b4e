"""Independent check: re-read every key row from the DELIVERED files and compare with key.json.

Every delivered file (xls/ods/xlsx) is converted to xlsx in gen/tmp/verify with LibreOffice, then
read with openpyxl (data_only: values cached by LibreOffice). The layout of each sheet is described
below by hand (not imported from the generators)."""
import os, re, json, glob, subprocess, sys, shutil
import openpyxl

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
VT = os.path.join(GEN, 'tmp', 'verify')
PROFILE = 'file:///tmp/lo-b37'

# (file, sheet) -> layout
LAYOUT = {
 # agency A
 ('Pengukuran Kinerja DSI 2019.xls', 'PK 2019'): dict(mode='cols', name='C', t='D', r='F'),
 ('DSI_RA2020_PK2021.xlsx', 'RA 2020'): dict(mode='quarters', name='C', t='E', q=['G', 'I', 'K', 'M'],
                                             flows={'A03', 'A06', 'A11', 'A13', 'A14', 'A20'}),
 ('DSI_RA2020_PK2021.xlsx', 'PK 2021'): dict(mode='tworow', name='B', col='E', labels=('C', 'Target', 'Realisasi')),
 ('LKjIP DSI 2022 - Tabel 3.1.ods', 'Tabel 3.1'): dict(mode='cols', name='C', t='G', r='H'),
 # agency B
 ('Evaluasi Renja Distamkam TW IV 2020.ods', 'TW IV'): dict(mode='cols', name='E', t='K', r='U'),
 ('Distamkam Realisasi 2021 dan PK 2022.xlsx', 'Realisasi Bulanan 2021'): dict(
     mode='quarters', name='B', t='D', q=['E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P'],
     flows={'B22', 'B05', 'B06', 'B12', 'B17', 'B18', 'B14'}),
 ('Distamkam Realisasi 2021 dan PK 2022.xlsx', 'PK 2022'): dict(mode='cols', name='B', t='G', r='H'),
 ('PK DISTAMKAM 2023.xls', 'PK'): dict(mode='cols', name='B', t='E', r='F'),
 # agency C
 ('Biro Pem Otda PK2018 RA2019.xlsx', 'PK2018'): dict(mode='cols', name='B', t='E', r='F'),
 ('Biro Pem Otda PK2018 RA2019.xlsx', 'RA2019'): dict(mode='quarters', name='B', t='D', q=['F', 'I', 'L', 'O'],
     flows={'C04', 'C05', 'C08', 'C10', 'C11', 'C13', 'C14', 'C17', 'C20'}),
 ('LKjIP Biro Pemerintahan 2020 (Bab III).ods', 'Capaian IKU 2020'): dict(mode='block', name='B', col='E'),
 ('E81 Renja Biro PemOtda TW IV 2021.xls', 'TW IV 2021'): dict(mode='cols', name='D', t='J', r='X'),
}

GRADE = re.compile(r'^(AA|A|BB|B|CC|C|D)(\s*\(.*\))?$')


def parse(cell):
    v, fmt = cell.value, cell.number_format or ''
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if '%' in fmt else v
    s = str(v).strip().replace('\u2265', '').replace('>=', '').strip()
    if s in ('', '-', '–', 'N/A', 'n/a') or GRADE.match(s):
        return None
    m = re.match(r'^([\d.,]+)\s*(-\s*[\d.,]+)?', s)
    if not m:
        return None
    tok = m.group(1)
    if ',' in tok:
        tok = tok.replace('.', '').replace(',', '.')
    elif re.fullmatch(r'\d{1,3}(\.\d{3})+', tok):
        tok = tok.replace('.', '')
    return float(tok)


def num_or_dash(cell):
    v = cell.value
    if isinstance(v, str) and v.strip() == '-':
        return 'dash'
    return parse(cell)


def extract(ws, lay, row, sid):
    if lay['mode'] == 'cols':
        return parse(ws[f"{lay['t']}{row}"]), parse(ws[f"{lay['r']}{row}"])
    if lay['mode'] == 'tworow':
        lc, lt, lr = lay['labels']
        assert ws[f'{lc}{row}'].value == lt and ws[f'{lc}{row+1}'].value == lr, ('labels', row)
        return parse(ws[f"{lay['col']}{row}"]), parse(ws[f"{lay['col']}{row+1}"])
    if lay['mode'] == 'block':
        assert str(ws[f'B{row+2}'].value).startswith('Target') and str(ws[f'B{row+3}'].value).startswith('Realisasi')
        return parse(ws[f"{lay['col']}{row+2}"]), parse(ws[f"{lay['col']}{row+3}"])
    if lay['mode'] == 'quarters':
        vals = [num_or_dash(ws[f'{c}{row}']) for c in lay['q']]
        if sid in lay['flows']:
            nums = [0 if v == 'dash' else v for v in vals if v is not None]
            real = sum(nums) if nums else None
        else:
            nums = [v for v in vals if v not in (None, 'dash')]
            real = nums[-1] if nums else None
        return parse(ws[f"{lay['t']}{row}"]), real
    raise ValueError(lay)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.006 + 1e-9 * abs(b)


def main():
    if os.path.exists(VT):
        shutil.rmtree(VT)
    os.makedirs(VT)
    errors = 0; total = 0
    for kf in sorted(glob.glob(os.path.join(ROOT, '*', 'key.json'))):
        folder = os.path.dirname(kf)
        key = json.load(open(kf))
        delivered = sorted(f for f in os.listdir(folder) if f != 'key.json')
        if sorted(key['files']) != delivered:
            print('FILES MISMATCH', folder, key['files'], delivered); errors += 1
        exts = {os.path.splitext(f)[1] for f in delivered}
        if not {'.xls', '.ods', '.xlsx'} <= exts:
            print('FORMAT MISSING', folder, exts); errors += 1
        books = {}
        for f in delivered:
            out = os.path.join(VT, os.path.basename(folder))
            os.makedirs(out, exist_ok=True)
            subprocess.run(['soffice', f'-env:UserInstallation={PROFILE}', '--headless', '--convert-to', 'xlsx',
                            '--outdir', out, os.path.join(folder, f)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            books[f] = openpyxl.load_workbook(os.path.join(out, os.path.splitext(f)[0] + '.xlsx'), data_only=True)
        per = {}
        for row in key['rows']:
            total += 1
            lay = LAYOUT[(row['file'], row['sheet'])]
            ws = books[row['file']][row['sheet']]
            name = ws[f"{lay['name']}{row['row']}"].value
            if name != row['written']:
                print('NAME', row['file'], row['sheet'], row['row'], repr(name), '!=', repr(row['written'])); errors += 1
            t, r = extract(ws, lay, row['row'], row['same_as'])
            if not close(t, row['target']) or not close(r, row['realisasi']):
                print('VALUE', row['file'], row['sheet'], row['row'], row['same_as'], (t, r), '!=',
                      (row['target'], row['realisasi'])); errors += 1
            per.setdefault(row['year'], {}).setdefault(row['same_as'], 0)
            per[row['year']][row['same_as']] += 1
        # 14-20 distinct indicators per year, 4 years, ids used in ambiguous exist
        if sorted(per) != key['years']:
            print('YEARS', folder, sorted(per)); errors += 1
        for y, d in per.items():
            if not 14 <= len(d) <= 20:
                print('COUNT', folder, y, len(d)); errors += 1
        allids = {r['same_as'] for r in key['rows']}
        for a, b in key['ambiguous']:
            if a not in allids or b not in allids:
                print('AMBIG', a, b); errors += 1
        # unkeyed candidate rows: a text name cell with a value in the target position, not in the key
        keyed = {(r['file'], r['sheet'], r['row']) for r in key['rows']}
        for (fn, sh), lay in LAYOUT.items():
            if fn not in books:
                continue
            ws = books[fn][sh]
            rows = [r['row'] for r in key['rows'] if r['file'] == fn and r['sheet'] == sh]
            lo, hi = min(rows), max(rows)
            for rr in range(lo, hi + 1):
                nm = ws[f"{lay['name']}{rr}"].value
                if lay['mode'] == 'block':
                    tc = ws[f"E{rr+2}"].value if str(ws[f'B{rr+2}'].value).startswith('Target') else None
                elif lay['mode'] == 'tworow':
                    tc = ws[f"{lay['col']}{rr}"].value if ws[f'C{rr}'].value == 'Target' else None
                else:
                    tc = ws[f"{lay['t']}{rr}"].value
                if isinstance(nm, str) and tc is not None and (fn, sh, rr) not in keyed:
                    print('UNKEYED?', fn, sh, rr, nm[:50]); errors += 1
        print(os.path.basename(folder), 'rows', len(key['rows']), {y: len(d) for y, d in sorted(per.items())})
    print('TOTAL rows', total, 'errors', errors)
    print('VERIFY', 'PASS' if errors == 0 else 'FAIL')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
