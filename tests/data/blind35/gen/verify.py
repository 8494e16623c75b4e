"""Independent check: re-read every key row from the DELIVERED workbooks with a hand-written layout
table (not the generators' code) and compare with key.json."""
import json, os, re, subprocess, sys, glob
import openpyxl
from openpyxl.utils import column_index_from_string as CI

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TMP = os.path.join(ROOT, 'gen', 'tmp')
PROFILE = 'file:///tmp/lo-blind35'
LEVEL_UNITS = {'%', 'Indeks', 'Nilai', 'Peringkat', 'Ha', 'Km', 'Kg/Kapita/Tahun'}

# layout table: (folder, file, sheet) -> spec
# name: column of the indicator name; first: first data row; t / r: (column, row offset);
# r may be ('periods', [cols], row offset, unit column) -> last value for level units, sum otherwise
# cand: how to recognise an indicator row (for the completeness check)
LAY = {
 ('perikanan_tanjung_wuluh', 'PK_DISKAN_2019.xls', 'PENGUKURAN KINERJA'): dict(name='C', first=11, t=('E', 0), r=('F', 0)),
 ('perikanan_tanjung_wuluh', 'RENAKSI_LKJIP_DISKAN_2020_2021.ods', 'RENAKSI 2020'): dict(name='B', first=8, t=('I', 0),
      r=('periods', ['E', 'F', 'G', 'H'], 1, 'C'), cand=lambda ws, r: ws[f'D{r}'].value == 'Target'),
 ('perikanan_tanjung_wuluh', 'RENAKSI_LKJIP_DISKAN_2020_2021.ods', 'LKjIP 2021'): dict(name='B', first=7, t=('F', 0), r=('G', 0),
      cand=lambda ws, r: ws[f'A{r}'].value in (None, '') and ws[f'C{r}'].value not in (None, '')),
 ('perikanan_tanjung_wuluh', 'Evaluasi Renja Dinas Perikanan 2022.xlsx', 'E.81 TW IV'): dict(name='D', first=11, t=('J', 0), r=('T', 0)),
 ('biro_kesra_nusa_kencana', 'Monev Bulanan Biro Kesra 2020.xlsx', 'Realisasi Bulanan'): dict(name='B', first=7, t=('D', 0),
      r=('periods', list('EFGHIJKLMNOP'), 0, 'C')),
 ('biro_kesra_nusa_kencana', 'PK Biro Kesra 2021.ods', 'Pengukuran Kinerja 2021'): dict(name='C', first=8, t=('E', 0), r=('F', 0)),
 ('biro_kesra_nusa_kencana', 'Capaian Kinerja Biro Kesra 2022-2023.xls', 'RA 2022'): dict(name='C', first=7, t=('E', 0), r=('R', 0)),
 ('biro_kesra_nusa_kencana', 'Capaian Kinerja Biro Kesra 2022-2023.xls', 'LKjIP 2023'): dict(name='B', first=7, t=('G', 0), r=('H', 0),
      cand=lambda ws, r: ws[f'C{r}'].value not in (None, '')),
 ('dcktr_kota_pranaya', 'Pengukuran Kinerja DCKTR 2021.ods', 'PK 2021'): dict(name='B', first=10, t=('C', 0), r=('E', 0),
      cand=lambda ws, r: re.fullmatch(r'\d+\.\d+', str(ws[f'A{r}'].value or '')) is not None),
 ('dcktr_kota_pranaya', 'Laporan Kinerja DCKTR 2022-2023.xlsx', 'Form Capaian 2022'): dict(name='C', first=4, t=('C', 2), r=('C', 3),
      cand=lambda ws, r: ws[f'A{r}'].value == 'Indikator Kinerja'),
 # 2023: annual realisasi column I, except the row whose I sums two semester percentages: take Semester II (H)
 ('dcktr_kota_pranaya', 'Laporan Kinerja DCKTR 2022-2023.xlsx', 'PK 2023'): dict(name='C', first=7, t=('F', 0), r=('I', 0),
      r_override={'% drainase kondisi baik': ('H', 0)}),
 ('dcktr_kota_pranaya', 'Renaksi DCKTR 2024.xls', 'Renaksi TW IV'): dict(name='B', first=9, t=('E', 0), r=('M', 0),
      cand=lambda ws, r: isinstance(ws[f'A{r}'].value, (int, float))),
}
GRADE = re.compile(r'^(AA|A|BB|B|CC|C|D)$')


def parse(v, fmt):
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return round(v * 100, 6) if '%' in (fmt or '') else round(float(v), 6)
    s = str(v).strip()
    if s in ('', '-', 'N/A', 'n/a') or GRADE.match(s):
        return None
    s = re.sub(r'^(≥|>=|≤|<=)\s*', '', s)
    m = re.match(r'^([\d.,]+)', s)
    if not m:
        return None
    tok = m.group(1)
    if ',' in tok:
        tok = tok.replace('.', '').replace(',', '.')
    elif '.' in tok and all(len(p) == 3 for p in tok.split('.')[1:]):
        tok = tok.replace('.', '')
    return round(float(tok), 6)


def cellnum(ws, col, row):
    c = ws[f'{col}{row}']
    return parse(c.value, c.number_format)


def read_real(ws, spec, row, written):
    ov = spec.get('r_override', {}).get(written)
    r = ov or spec['r']
    if r[0] != 'periods':
        return cellnum(ws, r[0], row + r[1])
    _, cols, off, ucol = r
    vals = [cellnum(ws, c, row + off) for c in cols]
    vals = [v for v in vals if v is not None]
    if not vals:
        return None
    unit = ws[f'{ucol}{row}'].value
    return vals[-1] if unit in LEVEL_UNITS else round(sum(vals), 6)


def to_xlsx(path):
    os.makedirs(TMP, exist_ok=True)
    if path.endswith('.xlsx'):
        return path
    subprocess.run(['soffice', f'-env:UserInstallation={PROFILE}', '--headless', '--convert-to', 'xlsx', '--outdir', TMP, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + '.xlsx')
    assert os.path.exists(out), out
    return out


def main():
    errors, n, infos = [], 0, []
    for folder in sorted(set(k[0] for k in LAY)):
        key = json.load(open(os.path.join(ROOT, folder, 'key.json')))
        delivered = sorted(f for f in os.listdir(os.path.join(ROOT, folder)) if f != 'key.json')
        if sorted(key['files']) != delivered:
            errors.append(f'{folder}: files {delivered} vs key {key["files"]}')
        books = {f: openpyxl.load_workbook(to_xlsx(os.path.join(ROOT, folder, f)), data_only=True) for f in delivered}
        keyed = {}
        for row in key['rows']:
            spec = LAY.get((folder, row['file'], row['sheet']))
            if spec is None:
                errors.append(f'no layout for {row["file"]}/{row["sheet"]}'); continue
            ws = books[row['file']][row['sheet']]
            n += 1
            got_name = ws[f'{spec["name"]}{row["row"]}'].value
            if got_name != row['written']:
                errors.append(f'{row["file"]}!{row["sheet"]} r{row["row"]}: name {got_name!r} != {row["written"]!r}')
            t = cellnum(ws, spec['t'][0], row['row'] + spec['t'][1])
            r = read_real(ws, spec, row['row'], row['written'])
            for lab, got, exp in (('target', t, row['target']), ('realisasi', r, row['realisasi'])):
                if (got is None) != (exp is None) or (got is not None and abs(got - exp) > 1e-6):
                    errors.append(f'{row["file"]}!{row["sheet"]} r{row["row"]} {row["same_as"]} {lab}: read {got} key {exp}')
            keyed.setdefault((row['file'], row['sheet']), {})[row['row']] = row['written']
        # completeness: every indicator-looking row is keyed, or duplicates a keyed name
        for (fo, f, sh), spec in LAY.items():
            if fo != folder:
                continue
            ws = books[f][sh]
            kk = keyed.get((f, sh), {})
            cand = spec.get('cand', lambda ws, r: True)
            for rr in range(spec['first'], ws.max_row + 1):
                v = ws[f'{spec["name"]}{rr}'].value
                if not isinstance(v, str) or not v.strip() or not cand(ws, rr):
                    continue
                if rr in kk:
                    continue
                if v in kk.values():
                    infos.append(f'{f}!{sh} r{rr}: duplicate of a keyed row ({v})')
                else:
                    errors.append(f'{f}!{sh} r{rr}: unkeyed indicator-like row {v!r}')
        # same_as ids unique per year
        seen = set()
        for row in key['rows']:
            k2 = (row['same_as'], row['year'])
            if k2 in seen:
                errors.append(f'{folder}: {k2} keyed twice')
            seen.add(k2)
    for i in infos:
        print('info:', i)
    for e in errors:
        print('ERROR:', e)
    print(f'checked {n} key rows: {"PASS" if not errors else "FAIL (%d errors)" % len(errors)}')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
