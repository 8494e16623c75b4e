"""Writes /work/blind20/README.md: hand-written description + per-agency id tables built from key.json."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HARD = {
    # id: note (why a careful reader still calls it the same indicator)
    'dh01': 'Prosentase (2022) and "%" (2023) for Persentase; "uji berkala" -> "pengujian berkala"',
    'dh03': '2022 "laka lantas" = kecelakaan lalu lintas',
    'dh04': '2023 "korban MD" = meninggal dunia; look-alike of dh05 (luka berat)',
    'dh07': '2023 "perlengkapan jalan (rambu lalu lintas)"; look-alike of dh08 differing only inside the parentheses',
    'dh09': '2020 "traffic light" = 2021-22 "APILL" (Alat Pemberi Isyarat Lalu Lintas); 2023 reordered ("persimpangan yang dilengkapi APILL")',
    'dh10': '2021 "Pedesaan" (spelling of perdesaan); 2023 "angdes" = angkutan desa; look-alike of dh11 (perkotaan / angkot)',
    'dh11': '2023 "angkot" = angkutan perkotaan',
    'dh13': '2022 "tingkat keterisian penumpang" = load factor',
    'dh17': 'moved from sasaran 1 (2020) to sasaran 3 (PAD); 2023 name has a trailing space',
    'dh18': '2022 "jukir" = juru parkir',
    'dh20': '2021 "IKM" only; 2022 "uji KIR" = pengujian kendaraan bermotor; look-alike of dh21 (terminal)',
    'dh22': '"SAKIP" / "AKIP" / "Nilai Evaluasi SAKIP"',
    'dh23': '2023 reordered: "ketepatan waktu penyusunan dokumen ..."',
    'dh24': '2021 "Realisasi Anggaran" = serapan anggaran (synonym); 2023 has a double space',
    'dt03': '2022 "Kedele" (Javanese spelling of kedelai)',
    'dt04': '2022 "Produktifitas"; unit in the name in 2023; look-alike of dt01 (produksi)',
    'dt06': '2022 "IP Padi" only',
    'dt07': '2022 "Cabe"; 2023 "cabai merah besar"; look-alike of dt08 (rawit)',
    'dt09': 'moved: first of its sasaran in 2021-22, last in 2023-24',
    'dt10': '"Poktan" = kelompok tani; look-alikes dt11 (lanjut) and dt12 (madya, new in 2023)',
    'dt13': '2024 "penerap teknologi" for "yang menerapkan teknologi"; 2023 "budi daya"',
    'dt16': '2023 reordered "ketepatan waktu penyaluran"; 2024 "pupuk subsidi"; look-alike dt25 (tepat jumlah)',
    'dt18': '2023 "PPL" = penyuluh pertanian lapangan',
    'dt19': '2022 "NTP" only',
    'dt20': '2022 "Organisme Pengganggu Tumbuhan (OPT)" expanded; 2023 "%"',
    'dt21': '2024 "alsintan ... poktan" abbreviates both nouns',
    'dt22': '"Nilai AKIP" (2022)',
    'dt23': '2022 "Serapan" for realisasi anggaran',
    'ds03': '2024 "lansia" = lanjut usia',
    'ds04': '2023 "gepeng" = gelandangan dan pengemis',
    'ds05': '2023 name has a line break inside the cell and adds "daerah kota"',
    'ds12': '2024 "dimutakhirkan" for "diverifikasi dan divalidasi"',
    'ds14': '2024 "yang telah mengikuti pelatihan" = terlatih',
    'ds15': '2025 "karangtaruna" (one word); 2024 adds "kelurahan"; look-alike ds23 (yang dibina)',
    'ds16': '2024 "LKS yang mendapatkan pembinaan" = "LKS yang dibina"; compare ds23 2025 "Karang Taruna yang mendapatkan pembinaan"',
    'ds17': 'moved from sasaran 1 to sasaran 2 in 2024; 2024 adds a list in parentheses; 2025 drops "penyandang"',
    'ds18': '2023 "bansos" = bantuan sosial',
    'ds07': '2023 "0 - 5" spacing, 2024 "th" for tahun, 2025 age band in parentheses; look-alike ds08 (6-18)',
    'ds10': '2023 expands KPM, 2024 expands PKH; look-alike ds11 (Persentase)',
    'ds19': '2023 "Nilai IKM" only',
    'ds24': '2024 "serapan anggaran" for realisasi anggaran',
    'dh15': '2021 unit "(Rp)" in the name; 2022 "PAD retribusi"; 2023 "(TJU)"; look-alike dh16 (tempat khusus parkir)',
    'ds21': 'HARDEST: 2025 "PPKS" (Pemerlu Pelayanan Kesejahteraan Sosial, the newer name of PMKS); one letter from PSKS (ds22), which is a different indicator',
    'ds20': '"Nilai AKIP Dinas Sosial" (2025)',
}

LOOKALIKES = {
    'dishub-lombok-timur': [
        ('dh01', 'dh02', 'Persentase vs Jumlah kendaraan wajib uji yang lulus uji berkala'),
        ('dh04', 'dh05', 'korban meninggal dunia (MD) vs korban luka berat'),
        ('dh07', 'dh08', 'rambu vs marka (2023: only the word in parentheses differs)'),
        ('dh10', 'dh11', 'trayek angkutan perdesaan (angdes) vs perkotaan (angkot)'),
        ('dh14', 'dh06', 'terminal tipe C vs halte "dalam kondisi baik"'),
        ('dh15', 'dh16', 'retribusi parkir di tepi jalan umum vs tempat khusus parkir (and dh17 pengujian kendaraan)'),
        ('dh20', 'dh21', 'IKM pelayanan pengujian kendaraan vs IKM pelayanan terminal'),
        ('dh24', 'dh25', '2021: "Persentase Realisasi Anggaran" vs "Persentase Realisasi Pendapatan Retribusi Daerah"'),
    ],
    'distan-grobogan': [
        ('dt01', 'dt04', 'Produksi padi vs Produktivitas padi (also dt02/dt05 for jagung)'),
        ('dt01', 'dt02', 'padi vs jagung vs kedelai (dt03) with identical wording'),
        ('dt07', 'dt08', 'cabai besar vs cabai rawit'),
        ('dt10', 'dt11', 'kelompok tani kelas pemula vs lanjut vs madya (dt12, new in 2023)'),
        ('dt14', 'dt15', 'luas tanam vs luas panen padi'),
        ('dt16', 'dt25', 'pupuk bersubsidi tepat waktu vs tepat jumlah'),
    ],
    'dinsos-kota-kupang': [
        ('ds01', 'ds02', 'SPM: penyandang disabilitas / anak / lanjut usia (ds03) / gelandangan dan pengemis (ds04) terlantar, same wording'),
        ('ds07', 'ds08', 'anak terlantar usia 0-5 vs 6-18 tahun'),
        ('ds10', 'ds11', 'Jumlah vs Persentase KPM PKH graduasi mandiri (2024-25)'),
        ('ds21', 'ds22', 'PMKS/PPKS tertangani vs PSKS aktif'),
        ('ds15', 'ds23', 'Karang Taruna yang aktif vs yang dibina (2024-25)'),
        ('ds16', 'ds23', 'LKS yang dibina vs Karang Taruna yang dibina'),
        ('ds13', 'ds14', 'PSM aktif vs Tagana terlatih (both "Jumlah ... orang")'),
    ],
}

LAYOUT = {
    'dishub-lombok-timur': """
| year | file | sheet | layout and quirks |
| --- | --- | --- | --- |
| 2020 | `PK DISHUB 2020.xls` | `PK 2020` | Title in three rows (year in row 3), "Kabupaten :" / "Nama SKPD :" lines, one header row + a column-number row `(1)`..`(7)`; No / Sasaran (merged down, ALL CAPS) / Indikator / Satuan / Target / Realisasi / % Capaian. Kendaraan counts typed as text with English grouping (`8,200`, `8,450`); rupiah as text `Rp. 450.000.000,-`; two realisasi as text (`66,5`). % capaian typed; miscomputed on purpose for dh02 (103,5 for 103,05) and dh15 (69,34 for 69,43). Retribusi pengujian (dh17) sits under sasaran 1 this year. Budget lines + signature (Selong, 31 Desember 2020). |
| 2021 | `Pengukuran Kinerja Dinas Perhubungan Tahun 2021.xlsx` | `Sheet1` (+ empty `Sheet2`, `Sheet3`) | One-row title with the year; two header rows: No / Sasaran / Indikator / Satuan merged over two rows, "Tahun 2021" merged over Target / Realisasi / Capaian (%). Title Case names, numbering `1.`..`24.`. All figures numeric; capaian as formulas (`=ROUND(F/E*100,2)`, negative indicators dh03-dh05 `=ROUND((2*E-F)/E*100,2)`) with cached values. |
| 2022 | `PK_Dishub_Lotim_2022.ods` | `PK` | **Year only in the file name** (title, sheet, budget line and the blank date "Selong, ......" have none). No Satuan column: value and unit in one text cell (`88 %`, `8.800 kendaraan`, `Rp. 550.000.000`, `80,67`). Sasaran as section rows (`I` / `Sasaran 1 : ...` merged across). Capaian typed; dh04 given as 110 (R/T: the positive formula on a negative indicator; 2T-R gives 90). |
| 2023 | `Pengukuran Kinerja Dishub Lotim.xlsx` | `Pengukuran Kinerja` | **Year only in the title** ("TAHUN ANGGARAN 2023"); file and sheet have none, date blank. Target and Realisasi each a merged header over two columns (value, satuan), column-number row `(1)`..`(6)` with merged cells; Sasaran written only on the first row of its group (blank below, not merged). Rupiah numeric with `"Rp "#,##0`; three realisasi as text with two decimals (`89,25`). Capaian typed; dh10 wrong (78,5 for 87,5). |
""",
    'distan-grobogan': """
| year | file | sheet | layout and quirks |
| --- | --- | --- | --- |
| 2021 | `PK Distan 2021.xlsx` | `PK2021` | Title "PENGUKURAN KINERJA TAHUN 2021" + agency; Kabupaten / Nama SKPD lines; one header row, columns No / Sasaran (merged) / Indikator / Satuan / Target / Realisasi / Capaian (%) / Keterangan. Some realisasi as text (`58,92`, `0,72`), Kartu Tani counts as text with dots (`150.000`). Capaian typed; dt03 83,68 (true 83,86, digits swapped), dt15 104,46 (true 104,4667: truncated, not rounded). |
| 2022 | `Pengukuran Kinerja Dinas Pertanian Tahun 2022.xls` | `Lampiran` | Title with year; two header rows ("Kinerja Tahun 2022" over Target / Realisasi), **Satuan after Realisasi**, Capaian last. Sasaran as section rows `A. Sasaran Strategis : ...` merged across the table. Title Case names; mixed text figures: `689.455` (Indonesian grouping), `155,000` (English grouping), `63.8` / `96.2` (decimal point). Capaian formulas where both figures are numbers, typed elsewhere. |
| 2023 | `PENGUKURAN_KINERJA_DISTAN_GROBOGAN.xlsx` | `PK 2023` (+ empty `Sheet2`) | **Year only in the sheet name** (title, file name and date line have none). Two header rows ("Kinerja" over Target / Realisasi / Capaian). **Every indicator with Satuan "%" stores target and realisasi as fractions with a `0.00%` format** (0.9425 shown 94,25%); the key gives percent points (94.25). Capaian is a formula giving a fraction in `0.00%` (=F/E; dt20 negative =(2E-F)/E). Two realisasi as text (`58,31`, `2,55`). |
| 2024 | `PK Dinas Pertanian Grobogan 2024.ods` | `Tabel PK` | Title in three rows, "TAHUN ANGGARAN 2024"; header + number row `1`..`6`; **no numbering column: numbers typed in the name cell** (`1.1 Jumlah produksi padi`). Sasaran merged. Unit `ku/ha` instead of `kw/ha`. Capaian typed; dt07 104,72 (true 104,27) and dt21 98,86 (true 98,68), digits swapped. |
""",
    'dinsos-kota-kupang': """
| year | file | sheet | layout and quirks |
| --- | --- | --- | --- |
| 2022 | `PK Dinas Sosial 2022-2024.xlsx` | `2022` | One workbook holds 2022, 2023 and 2024 as sheets. 2022: one-row title with year; one header row No / Sasaran (merged) / Indikator / Satuan / Target / Realisasi / % Capaian; figures numeric; capaian formulas with cached values. |
| 2023 | same workbook | `2023` | **Year only in the sheet name** (title "PENGUKURAN KINERJA / DINAS SOSIAL KOTA KUPANG", blank date). "Kota : Kupang" / "OPD : Dinas Sosial" lines; two header rows ("Kinerja" over Target / Realisasi / Capaian (%)); Sasaran as section rows numbered `1`..`4`, indicators numbered `1.1`, `1.2` ...; column header "Sasaran / Indikator Kinerja". Some realisasi as text (`95,65`), PBI counts as text (`12.500`). ds05's name has a line break inside the cell. Capaian typed; ds08 90,76 (true 90,769: truncated), ds06 105,36 (true 105,63: digits swapped). |
| 2024 | same workbook | `2024` | Title in three rows with year; two header rows ("Kinerja Tahun 2024"); extra **Sifat** column (`+`) between Indikator and Satuan; numbering `a.`, `b.` restarting in each sasaran; Sasaran text only on the first row of its group. Bansos counts as text (`3.000`, `2.964`). Capaian typed; ds17 106,35 (true 106,25). |
| 2025 | `Pengukuran Kinerja Dinsos Kota Kupang TA 2025.xls` | `PK` | Title in three rows "TAHUN ANGGARAN 2025"; ALL-CAPS header + `(1)`..`(6)` row; no numbering column; columns Sasaran (merged) / Indikator / Target / Realisasi / **Satuan** / Capaian. Every "%" realisasi typed as text with two decimals (`96,30`, `100,00`); capaian typed as text (`96,30`). One name ALL CAPS (`JUMLAH PSM YANG AKTIF`). |
""",
}


def main():
    out = ["""# blind20: held-out test set for `rakit compare`

Three invented agencies, each with four consecutive years of the annual *Pengukuran Kinerja* table
(Sasaran, Indikator Kinerja, Satuan, Target, Realisasi, % Capaian), typed as if by different staff in
different years. Built without reading rakit's source, tests, docs or test data; only
`/work/shared/domain.md` and `/work/shared/seeds/` were read for realism.

| folder | agency | years | files | rows in key |
| --- | --- | --- | --- | --- |
"""]
    keys = {}
    for slug in ['dishub-lombok-timur', 'distan-grobogan', 'dinsos-kota-kupang']:
        k = json.load(open(os.path.join(ROOT, slug, 'key.json'), encoding='utf-8'))
        keys[slug] = k
        out.append(f"| `{slug}/` | {k['agency']} | {k['years'][0]}-{k['years'][-1]} | "
                   f"{', '.join('`' + f + '`' for f in k['files'])} | {len(k['rows'])} |\n")
    out.append("""
## Conventions of the key (`<slug>/key.json`)

- `row` is the 1-based Excel row of the cell holding the indicator's name; `sheet` the sheet name; `written`
  the cell text exactly (trailing spaces, double spaces, a line break and numbering prefixes such as
  `1.1 ` are kept).
- `target` / `realisasi`: the number the cell holds *as read by a person*: text cells are read in their own
  convention (`8,450` with English grouping in a count = 8450; `8.450` = 8450; `85,5` = 85.5; `63.8` = 63.8;
  `Rp. 450.000.000,-` = 450000000; `88,7 %` = 88.7; `9.012 kendaraan` = 9012).
  **Percentage cells formatted as % (only `distan-grobogan`, 2023) are given in percent points as shown**:
  a cell holding 0.9425 formatted `0.00%` is 94.25 in the key. Everywhere else percentages are plain numbers
  with Satuan `%`.
- `same_as`: the id of what a careful reader would call the same indicator across years. Ids are stable per
  agency (`dh..`, `dt..`, `ds..`); an id with a `b` suffix is a successor that is *not* merged with its
  predecessor.
- `ambiguous`: pairs of ids that a person might fairly merge or keep apart. Look-alikes that must stay apart
  are NOT listed there (see below).
- % Capaian is not in the key. It is a formula in some years and typed in others, and a few are wrong on
  purpose (listed per year below). Negative indicators (dh03-dh05, dt20) use (2T-R)/T x 100 throughout.

## Regenerate and check

`sh gen/run_all.sh` from `/work/blind20`: `gen/a1_dishub.py`, `gen/a2_distan.py`, `gen/a3_dinsos.py` write
.xlsx with openpyxl into `/tmp/blind20-build/` and convert them with LibreOffice (own profile,
`-env:UserInstallation=file:///tmp/lo-blind20`) into the final .xlsx / .xls / .ods (so formulas carry
cached values, as in files saved by Excel), and write `key.json`; `gen/verify.py` converts every output
back to .xlsx in `/tmp/blind20-verify/`, reads it (and the .xlsx directly) and checks each key row: the
written name at sheet/row, the first two figures right of it equal target and realisasi, every
indicator-like row of every sheet is in the key, ids unique per year, 15-25 indicators per year;
`gen/make_readme.py` writes this file.
""")
    for slug, k in keys.items():
        out.append(f"\n## {k['agency']} (`{slug}/`)\n")
        out.append(LAYOUT[slug])
        years = k['years']
        byid = {}
        order = []
        for r in k['rows']:
            if r['same_as'] not in byid:
                byid[r['same_as']] = {}
                order.append(r['same_as'])
            byid[r['same_as']][r['year']] = r['written']
        order = sorted(order, key=lambda i: (i.rstrip('b'), i))
        out.append(f"\n### Indicators ({len(order)} ids; **H** = a case I consider hard)\n\n")
        out.append('| id | ' + ' | '.join(str(y) for y in years) + ' | hard? |\n')
        out.append('| --- ' * (len(years) + 2) + '|\n')
        for i in order:
            cells = []
            for y in years:
                w = byid[i].get(y)
                cells.append('—' if w is None else w.replace('\n', '⏎').replace('|', '/').replace('  ', '␣␣').rstrip() + ('␣' if w.endswith(' ') else ''))
            h = ('**H** ' + HARD[i]) if i in HARD else ''
            out.append(f'| {i} | ' + ' | '.join(cells) + f' | {h} |\n')
        out.append('\n(— = not reported that year; ⏎ = line break in the cell; ␣ = an extra space.)\n')
        out.append(f"\nAmbiguous (may fairly be merged or kept apart): " +
                   ('; '.join(f'`{a}` / `{b}`' for a, b in k['ambiguous']) or 'none') + '\n')
        out.append('\nLook-alikes that must NOT be merged:\n\n')
        for a, b, why in LOOKALIKES[slug]:
            out.append(f'- `{a}` vs `{b}`: {why}\n')
    out.append("""
## Notes on the ambiguous pairs

- `dh12` / `dh12b`: "armada angkutan umum yang laik jalan" (2020-21) and "angkutan umum yang memenuhi
  standar pelayanan minimal / SPM" (2022-23): same fleet, a stricter yardstick; targets drop from 78 to 60.
- `dt14` / `dt14b`: "Luas tanam padi" (2021-22) and "Luas tambah tanam (LTT) padi" (2023-24): LTT is the
  ministry's name for the area planted in the period; many offices treat it as the same series.
- `dt19` / `dt19b`: "Nilai Tukar Petani (NTP)" (2021-23) and "Nilai Tukar Petani Tanaman Pangan (NTPP)" (2024):
  the sub-sector index replaces the general one.
- `ds12` / `ds12b`: DTKS verified and validated / updated (2022-24) and DTSEN updated (2025): the national
  social register was replaced by DTSEN in 2025.
""")
    open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write(''.join(out))
    print('README.md written')


if __name__ == '__main__':
    main()
