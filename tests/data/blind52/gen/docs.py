"""Write README.md and NAMES.md from what the generators recorded."""
from collections import defaultdict

INTRO = """# blind52: held-out test set (three invented agencies, four years each)

Everything here is invented: provinces (Nusa Kencana, Tanjung Mandala), the regency (Tanah Lirang), the
agencies, the people, NIPs and figures. The workbooks were written with Python (openpyxl / xlwt / odfpy),
then re-saved through LibreOffice headless (recalculating on load) so every formula carries a cached value.

| folder | agency | years | files |
| --- | --- | --- | --- |
{folders}

Rebuild: `gen/run_all.sh` (generators `gen/sma.py`, `gen/tahura.py`, `gen/irigasi.py`, shared `gen/common.py`,
`gen/wbmodel.py`, driver `gen/build.py`, docs `gen/docs.py`; raw files in `gen/raw/`). Check: `python3 verify.py`
(converts .xls/.ods back to .xlsx in `gen/tmp/`, re-reads every key row's name cell, target and realisasi from the
cells listed in `gen/cellmap.json`, and applies the key conventions below).

## Delivery notes
- Every delivered file is the LibreOffice re-save of the raw file in `gen/raw/` (formulas recalculated on load,
  cached values stored). One post-edit: LibreOffice headless does not export frozen panes, so `gen/build.py` puts the
  `<pane state="frozen">` element back into the saved `Rekap Kinerja 2021-2022.xlsx` (view XML only).
- "Leading apostrophe" numbers are text cells holding digits ("213", "36,1"); the raw .xlsx had quotePrefix set,
  LibreOffice keeps the text type but drops the quotePrefix flag on re-save.
- Hidden sheets: `PK 2019 (draft)`, `olah data` (SMA); `E81 TW III 2021`, `TW III 2022 (draft)` (Tahura);
  `Sheet3`, `TW III 2023` (Irigasi). Notes sheets: `Catatan` (SMA x2, Irigasi), `Keterangan` (Tahura, Irigasi),
  `Petunjuk` (Irigasi). None is keyed.

## Key conventions used (as briefed)
- One key row per indicator per year; `row` is the 1-based row of the indicator's name cell (top-left of a merge);
  `written` is that cell's text exactly (including a line break in one Tahura 2021 name, a trailing/odd spacing in a
  few codes, and the numbering prefix where it is glued to the name).
- `col` is given where several key rows share one sheet row: the turned-over Irigasi 2020 table (all its rows) and
  the Irigasi 2021-2022 side-by-side table (both years' rows of an indicator share the name cell).
- Numbers in %-formatted cells are fractions and are keyed in percent points. Text is parsed the Indonesian way
  ("1.250 orang" = 1250, "85,5 %" = 85.5, "Rp. 400.000.000,-" = 400000000). Ranges key their lower bound
  ("80-85" -> 80), ">= 90" -> 90. Grades (A, B, BB), "-" and empty -> null.
- Typed mistakes are keyed AS TYPED (a target typed 10x keeps the 10x figure; a realisasi typed as a fraction in a
  General-format % row keeps the fraction; an annual-realisasi cell typed over keeps the typed figure).
- Quarterly sheets without an annual realisasi (SMA 2020 only): realisasi = sum of quarters for flows, last reported
  quarter for levels/cumulative indicators. Sheets that state an annual realisasi (E.81 col 12/13, Tahura 2022
  "Realisasi Tahun 2022 = 5 + 6", Tahura 2024 "Realisasi s/d Desember") are keyed from that column.
- Multi-year tables: only the sheet's own year is keyed (SMA 2021 LKjIP: the 2018-2020 realisasi columns are not).
  The Irigasi 2021-2022 sheet holds two whole tables side by side: both years are keyed, each with its own year.
- Not keyed: sasaran / group rows, programme / kegiatan names, urusan rows, budget lines, averages, predikat,
  faktor and signature rows, hidden sheets, notes sheets, and the second copy of a duplicated row/column/block.

## Layouts chosen (one per year, different every year within an agency)
| agency | year | file / sheet | layout |
| --- | --- | --- | --- |
| SMA | 2018 | .xls `PK 2018` | classic annual PK, one header row + numbered column row, merged Sasaran/No, Target/Satuan/Realisasi/Satuan/Capaian |
| SMA | 2019 | .xls `PK 2019` | two header rows (Target: Nilai/Satuan, Realisasi: Nilai/Satuan), codes "1.1", "1.3.1" in their OWN column, parent row without figures, "Tingkat Capaian (%)"; hidden draft sheet; notes sheet |
| SMA | 2020 | .ods `RENAKSI 2020` | quarterly Rencana Aksi, table starting at COLUMN F after an empty wide margin, TWO ROWS PER INDICATOR (Target row / Realisasi row) with no annual realisasi |
| SMA | 2021 | .xlsx `Tabel 3.1` | LKjIP chapter III table: Realisasi 2018-2020 columns + Target/Realisasi/Capaian 2021 + Renstra target; hidden scratch sheet; notes |
| Tahura | 2021 | .xlsx `E81 TW IV 2021` | Permendagri 86 E.81 (17 columns, Satuan numbered), K/Rp pairs, programme + kegiatan rows, hidden TW III version |
| Tahura | 2022 | .xls `TW IV 2022` | "Realisasi s/d TW III" + "Proyeksi TW IV" with the sheet's own "Realisasi Tahun 2022 (7 = 5 + 6)", numbering "I.a." GLUED to the name, hidden draft |
| Tahura | 2023 | .ods `PK 2023` | one SMALL TABLE PER SASARAN each with its own repeated header; REALISASI BEFORE TARGET; header "Kinerja (%)" |
| Tahura | 2024 | .ods `Realisasi Bulanan 2024` | monthly Jan-Des sheet with a "Realisasi s/d Desember" column; name column split into INDIKATOR / SUB INDIKATOR |
| Irigasi | 2020 | .xlsx `IKU 2020` | TABLE TURNED OVER: indicators across columns in two bands, rows Sasaran/Indikator/Satuan/Target/Realisasi/Capaian (own invention) |
| Irigasi | 2021+2022 | .xlsx `Rekap 2021-2022` | two years side by side; AUTOFILTER, FROZEN PANES (E6), HIDDEN capaian columns G and J; Indikator / Sub Indikator split; leading-apostrophe numbers |
| Irigasi | 2023 | .xls `TW IV 2023` | E.81 15-column scheme (no this-year capaian column; Renstra target in col 5 before the year's target in col 7), programme / kegiatan / sub kegiatan, hidden TW III version, instructions sheet |

Briefed unexpected layouts used: Realisasi before Target (Tahura 2023); "Kinerja (%)" / "Tingkat Capaian" headers
(Tahura 2023, SMA 2019, Tahura 2022); "Realisasi s/d TW III" + "Proyeksi TW IV" (Tahura 2022); numbering in its own
column (SMA 2019) and glued to the name (Tahura 2022); autofilter + frozen panes + hidden columns (Irigasi 2021-22);
one small table per sasaran with repeated headers (Tahura 2023); leading-apostrophe numbers (SMA 2019, SMA 2021,
Tahura 2022, Tahura 2024, Irigasi 2020, Irigasi 2021-22); Indikator / Sub Indikator split (Irigasi 2021-22, Tahura 2024);
an .ods table starting at column F (SMA 2020). Own inventions: the turned-over two-band table (Irigasi 2020), the
two-rows-per-indicator quarterly block with no annual realisasi (SMA 2020), a monthly sheet whose Sub Indikator row
is a sub-type of the Indikator row above it that has its own figures (Tahura 2024: T12 foreign visitors under T11 all
visitors), and a group-name-dependent Sub Indikator ("MT I (Rendeng)" under "Luas tanam padi (Ha)", Irigasi 2021-22).
"""


def esc(s):
    return str(s).replace('|', '\\|').replace('\n', '⏎')


def write(ctxs, root):
    folders = '\n'.join(f'| `{c.slug}/` | {c.agency} | {c.years[0]}-{c.years[-1]} | ' + ', '.join(f'`{f}`' for f in c.files) + ' |'
                        for c in ctxs)
    out = [INTRO.format(folders=folders)]
    for c in ctxs:
        out.append(f'\n## {c.agency} (`{c.slug}/`)\n')
        per_year = defaultdict(int)
        for k in c.keys:
            per_year[k['year']] += 1
        out.append('Key rows per year: ' + ', '.join(f'{y}: {per_year[y]}' for y in c.years) + f' (total {len(c.keys)}).\n')
        out.append(f'- Flow (per-period, summed) indicators: {", ".join(c.flows)}. All other ids are levels / cumulative '
                   f'(last reported value).\n')
        out.append(f'- Negative indicators (lower is better): {", ".join(c.negative)}.\n')
        out.append('- Look-alikes that must NOT be merged:\n')
        for a, b, why in c.lookalikes:
            out.append(f'  - {a} / {b}: {why}\n')
        out.append('- Ambiguous pairs (listed in key.json; merging or splitting both accepted):\n')
        for (a, b), why in c.ambiguous_why.items():
            out.append(f'  - {a} / {b}: {why}\n')
        out.append('- Indicators appearing / disappearing: see NAMES.md (empty cells).\n')
        for f in c.files:
            out.append(f'\n### `{f}`\n')
            sheets = []
            for (ff, sn, text) in c.desc:
                if ff == f and sn not in sheets:
                    sheets.append(sn)
            for sn in sheets:
                out.append(f'\n**Sheet `{sn}`.** ' + ' '.join(t for (ff, s2, t) in c.desc if ff == f and s2 == sn) + '\n')
                notes = sorted([(r, t) for (ff, s2, r, t) in c.notes if ff == f and s2 == sn], key=lambda x: x[0])
                if notes:
                    out.append('\n| row | planted mistake / trap |\n| --- | --- |\n')
                    for r, t in notes:
                        out.append(f'| {r} | {esc(t)} |\n')
    open(f'{root}/README.md', 'w').write(''.join(out))

    nm = ['# Indicator names per id per year\n\nCells are the `written` text of the key row ("⏎" marks a line break inside the '
          'cell). An empty cell: the indicator has no key row that year. Ids ending in "b" are the second member of an '
          '"ambiguous" pair.\n']
    for c in ctxs:
        nm.append(f'\n## {c.agency}\n\n| id | ' + ' | '.join(str(y) for y in c.years) + ' |\n|' + ' --- |' * (len(c.years) + 1) + '\n')
        for i in sorted(c.names, key=lambda s: (s[:3], s)):
            nm.append(f'| {i} | ' + ' | '.join(esc(c.names[i].get(y, '')) for y in c.years) + ' |\n')
    open(f'{root}/NAMES.md', 'w').write(''.join(nm))
