"""Compose README.md from the generators' meta, keys and locators."""
import json, os
from collections import Counter
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AG = [('uptd_psda_ws_batang_lirik', 'UPTD Pengelolaan Sumber Daya Air (PSDA) Wilayah Sungai Batang Lirik, Dinas PUPR Provinsi Sumber Lestari'),
      ('uptd_bpp_tani_kab_gading_mas', 'UPTD Balai Pelatihan Pertanian, Dinas Pertanian Kabupaten Gading Mas'),
      ('uptd_btp_prov_lembah_sari_raya', 'UPTD Balai Teknologi Pendidikan (BTP), Dinas Pendidikan Provinsi Lembah Sari Raya')]
o = ['# blind78 - held-out test set (three invented agencies)', '',
     'Invented agencies, places, people, NIPs and figures. Each agency: four consecutive years, three workbooks (.xlsx, .xls, .ods),',
     'every year in its own layout. Keys: `<agency>/key.json`; every name per id and year: `NAMES.md`; checks: `verify.py`',
     '(`bash gen/run_all.sh` rebuilds everything and runs it). Generators: `gen/lib.py` (typed values, layouts, conversion),',
     '`gen/gen_psda.py`, `gen/gen_bpp.py`, `gen/gen_btp.py`, `gen/make_names.py`, `gen/make_readme.py` (writes this file);',
     '`gen/locators/<agency>.json` says for each key row which cells verify reads and by which rule (cell / sum / last);',
     '`gen/raw/` holds raw openpyxl output, `gen/tmp/` the soffice conversions (every delivered file went through',
     '`soffice --headless --convert-to xlsx|xls|ods`, so every formula carries a cached value).', '']
tot = 0
for ag, full in AG:
    k = json.load(open(os.path.join(ROOT, ag, 'key.json'))); m = json.load(open(os.path.join(ROOT, 'gen', 'meta', ag + '.json')))
    locs = json.load(open(os.path.join(ROOT, 'gen', 'locators', ag + '.json')))
    L = {(l['id'], l['year']): l for l in locs}
    cnt = Counter(r['year'] for r in k['rows']); tot += len(k['rows'])
    o += [f'## {ag}', '', f'{full}, {k["years"][0]}-{k["years"][-1]}. Id prefix `{m["prefix"]}`. Generator `gen/gen_{m["short"]}.py`.', '',
          'Files: ' + ', '.join(f'`{f}`' for f in k['files']) + f'. Key rows: {len(k["rows"])} (' + ', '.join(f'{y}: {cnt[y]}' for y in k['years']) + ').', '',
          '| year | workbook / sheet, layout, unusual features |', '|---|---|']
    for y in k['years']: o.append(f'| {y} | ' + m['years'][str(y)].replace('|', '\\|') + ' |')
    o += ['', 'Planted mistakes (keyed as typed):', '', '| year | cell | indicator | what | keyed |', '|---|---|---|---|---|']
    for y, where, i, what, keyed in m['mistakes']:
        l = L[(i, y)]; part = 'target' if keyed.startswith('target') else 'realisasi'
        cells = ', '.join(l[part]['cells'])
        o.append(f'| {y} | {l["sheet"]}!{cells} ({part}; name at {l["name"]}) | {i} | {what} | {keyed} |')
    o += ['', 'Pairs and drift:', ''] + [f'- {p}' for p in m['pairs']]
    o += ['', f'- FLOW ids (periods summed where no annual realisasi): {", ".join(m["flow"])}',
          f'- LEVEL ids (last reported period): {", ".join(m["level"])}', '']
o += ['## Key conventions as applied', '',
      '- One row per indicator per year. `row` is the 1-based row of the name cell (top-left of its merge where the name is merged, e.g. row pairs). `written` is the cell text exactly, line breaks and trailing spaces included. `col` is given only where key rows share a sheet row (turned-over table PSDA 2023, cards BPP 2022).',
      '- A name wrapped over two rows: `written` is the first row\'s text only; the continuation row is not a key row (PSDA A16 2020, BPP T11 2019, BTP P19b 2023).',
      '- A name typed into the Sasaran column is keyed at that cell (PSDA A20 2021, BTP P16 2024).',
      '- Percent cells: a number in a %-formatted cell is a fraction and is keyed in percent points (0,846 -> 84.6). A fraction typed in a plain cell is a mistake and is keyed as typed (0.912, 0.741, 0.987).',
      '- Text values are parsed the Indonesian way after dropping Rp, ",-", units and footnote marks ("1.185*)" -> 1185, "82,5 %" -> 82.5, "Rp 52.500.000,-" -> 52500000); ranges take the lower bound ("47 - 50" -> 47); comparison signs (≥, >=) are dropped; grades (B, BB) and "-" -> null.',
      '- Formulas are keyed by their cached value, even where wrong (PSDA A06 2022, BTP P06 2023).',
      '- Sheets without an annual realisasi: BPP 2020 row pairs (FLOW: sum of reported quarters; LEVEL: last reported quarter); BTP 2022 cumulative "s.d. TW" columns (last reported column, for all ids). Blank and "-" periods are not reported.',
      '- Sheets with an annual realisasi column (PK, LKjIP, E.81, monthly "s.d. Desember", Renstra, turned-over, cards) take it as it stands.',
      '- E.81 (PSDA 2022): target = Target Renja K of 2022 (col J), realisasi = realisasi K col T (formula cached or typed). Renstra matrix (BTP 2021): target of 2021. PK Awal / Perubahan (PSDA 2021): Perubahan.',
      '- Multi-year tables (LKjIP with two previous years\' realisasi, Renstra matrix): only the sheet\'s own year is keyed.',
      '- Not key rows: sasaran bands, programme/kegiatan rows without own indicator, budget lines, totals, averages, predikat, notes, footnotes, signatures, hidden sheets ("draft 2020 (lama)", "lama", "RA 2022 (v1)") and hidden draft rows (PSDA 2021 under A10, BPP 2019 under T05), continuation rows of wrapped names, the second copy of the pasted table (BPP 2019, below the signature).',
      '- Key figures are the generators\' intended figures, typed mistakes included; never read back from a file.',
      f'', f'Total key rows: {tot}.', '']
open(os.path.join(ROOT, 'README.md'), 'w').write('\n'.join(o))
print('README.md written')
