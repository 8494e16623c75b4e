"""Write README.md from the layout notes below and the mistake log written by the builders."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)

CONV = """# blind36: held-out test set of Indonesian OPD performance workbooks

Three invented agencies of invented places, four consecutive years each, three workbooks each
(one .xls, one .ods, one .xlsx per agency). Every workbook was written with openpyxl into `gen/raw/`
and then saved through LibreOffice headless into its delivered format (also the .xlsx files, so that
every formula carries a cached value). Everything is rebuilt by `gen/run_all.sh`.

| folder | agency | years | files |
|---|---|---|---|
| `ukpbj_tanjung_rawa/` | Bagian Pengadaan Barang dan Jasa (UKPBJ) Setda Kabupaten Tanjung Rawa | 2019-2022 | PK Bagian PBJ 2019-2020.xls, Renaksi UKPBJ 2021.ods, LKjIP Bagian PBJ 2022.xlsx |
| `rsj_sei_lumut/` | Rumah Sakit Jiwa Daerah Sei Lumut, Provinsi Kepulauan Lintang | 2020-2023 | Evaluasi Renja RSJD 2020 TW IV.xls, Laporan Kinerja RSJD 2021-2022.ods, PK dan Capaian RSJD 2023.xlsx |
| `dppkb_kota_pinang_baru/` | Dinas Pengendalian Penduduk dan Keluarga Berencana Kota Pinang Baru | 2021-2024 | Capaian IKU DPPKB 2021.ods, Renaksi dan Evaluasi DPPKB 2022-2023.xlsx, LKjIP DPPKB 2024.xls |

## key.json conventions

`{"agency", "years", "files", "ambiguous", "rows", "duplicate_rows_not_keyed"}`. One row per indicator
per year: `file`, `sheet` (exact name, note the trailing space of `PK 2020 `), `row` (1-based row of the
cell holding the indicator's name; for merged name cells the top row), `year`, `written` (the name cell
exactly as typed, numbering prefixes such as "1.1 " included), `same_as` (stable id, e.g. A01),
`target`, `realisasi`.

- Figures are what the cell means, in the indicator's unit: a fraction in a %-formatted cell is keyed in
  percent points (0,987 -> 98.7); a number with the literal format `0.00"%"` is already percent points
  (58 -> 58); Indonesian text is parsed ("9.120 akseptor" -> 9120, "79,88" -> 79.88, "1.250" -> 1250,
  "95%" -> 95, "Level 3" -> 3); a range "85-90" -> 85 (lower bound); a bound "≥ 87" -> 87;
  grades/status words (B, BB, A, Paripurna, Utama, Madya) and "-" -> null.
- Typed mistakes are keyed AS TYPED / AS STATED (a target typed 10x too big; an annual SUM that stops
  at November is keyed at its stated value). Target 0 is keyed 0.
- Quarterly / monthly sheets: where the sheet has an annual realisasi column (E.81 column 14, "Capaian
  Tahun 2022", "Realisasi Akhir Tahun") that column is keyed. Where it has none (A `RENAKSI 2021`,
  C `RA 2022`), the year value is the LAST quarter for level/cumulative indicators (percentages, rates,
  indexes, stocks such as peserta KB aktif, produk tayang, pengelola bersertifikat) and the SUM of the
  quarters for per-period counts (A: Jumlah paket tender diselesaikan, Jumlah paket tender gagal,
  Nilai efisiensi, Jumlah sanggahan; C: Peserta KB Baru). Targets are the annual target cell.
- Multi-year tables (LKjIP comparison columns, the 2022|2023 side-by-side sheet): only the sheet's own
  year is keyed (A `Tabel 3.1` -> 2022, B `Capaian 2022-2023` -> 2023, C `Tabel 3.2 IKU` -> 2024).
- Not key rows: sasaran group rows, program/kegiatan budget (Rp) figures, averages, Rekap/Grafik/Catatan
  sheets, hidden sheets (`Sheet1`, `Ref`, `Rumus`, `Sheet2`), signatures.
- `duplicate_rows_not_keyed`: a row that repeats another row of the same sheet (same indicator, same
  figures) is keyed once (first occurrence); the repeat is listed there.
- `ambiguous`: only id pairs a reasonable reader could merge or not: A19/A20 and A19/A21 (2019-2021
  "Rata-rata waktu proses tender" split in 2022 into konstruksi / barang-jasa lainnya), B20/B21
  ("ketepatan waktu visite dokter" vs "kepatuhan jam visite dokter spesialis"), C17/C18 ("cakupan
  pendataan keluarga" PK21/PK24 vs "persentase data keluarga yang dimutakhirkan").
- Look-alikes that must NOT be merged (distinct ids): A03/A04 (% vs number of failed tenders),
  A05/A06 (% vs Rp efisiensi), A08/A09 (sanggahan dijawab % vs jumlah sanggahan), A13/A14 (jumlah vs %
  bersertifikat), B09/B10 (kunjungan rawat jalan vs rawat jalan NAPZA), B13/B14 (CRR vs realisasi
  pendapatan BLUD), B16/B17 (STR % vs jumlah dilatih), C06/C07 (KB baru vs KB aktif), C08/C09/C10
  (BKB / BKR / BKL), C13/C14 (% vs jumlah keluarga risiko stunting didampingi), C15/C16 (% Kampung KB
  berkembang vs jumlah Kampung KB).
- Negative (lower is better) indicators: A03, A04, A09, A19, A20, A21; B02, B04, B05, B08, B18;
  C01, C02, C03, C12. The default negative formula in these workbooks is (2T-R)/T x 100.

Name tables: `NAMES.md`. Verification: `python3 gen/verify.py` (converts .xls/.ods back to .xlsx in
`gen/tmp/verify`, re-reads each indicator row with its own layout table, compares with key.json).
"""

LAYOUT = {
"PK Bagian PBJ 2019-2020.xls": """Sheets: `PK 2019`, `PK 2020 ` (trailing space), `Sheet1` (hidden draft).

`PK 2019` (year 2019): title rows 1-4 (merged A:I). Header row 6: A No, B Sasaran Strategis, C Indikator
Kinerja, D:E Target (merged; D value, E satuan), F:G Realisasi (F value, G satuan), H % Capaian
(formula), I Keterangan ("indikator negatif"). Row 7 numbered (1)..(7). Indicators rows 8-24; A (sasaran
no.) and B (sasaran) merged vertically over their indicators. Budget lines, date and signature below.
Key: name C, target D, realisasi F.

`PK 2020 ` (year 2020): two-row indicators. Title rows 1-2. Header row 4: A No, B Sasaran / Indikator
Kinerja, C Satuan, D Uraian, E Nilai, F Capaian (%), G Keterangan; row 5 numbered 1..7. Sasaran group
rows (A roman, B:G merged "SASARAN : ..."). Each indicator takes two rows: A no. ("1.1"), B name, C
satuan, F capaian and G merged over both; D = "Target" on the first row, "Realisasi" on the second; E
holds the value. Key: name row = the "Target" row; target E(row), realisasi E(row+1).""",
"Renaksi UKPBJ 2021.ods": """Sheets: `RENAKSI 2021`, `Catatan` (notes).

`RENAKSI 2021` (year 2021): title rows 1-3. Header rows 5-6: A No, B Sasaran Strategis (merged
vertically per sasaran), C Indikator Kinerja, D Satuan, E Target Tahunan 2021, F:G Triwulan I (Target,
Realisasi), H:I Triwulan II, J:K Triwulan III, L:M Triwulan IV, N Penanggung Jawab; row 7 numbered
1..14. Indicators rows 8-26 (row 22 repeats row 21). Percentages are fractions with a 0.0% format. NO annual realisasi column:
year value = TW IV realisasi (M) for level indicators, G+I+K+M for per-period ones (unit paket, kasus,
Rp juta). Key: name C, target E.""",
"LKjIP Bagian PBJ 2022.xlsx": """Sheets: `Tabel 3.1`, `Rekap` (formulas over Tabel 3.1, not keyed).

`Tabel 3.1` (year 2022): title rows 1-2. Header rows 4-5: A No, B Indikator Kinerja (names carry
numbering prefixes "1.1 ..."), C Satuan, D:F Realisasi 2019 / 2020 / "2020" (sic, = 2021), G:I Tahun
2022 (Target, Realisasi, % Capaian), J Target Akhir Renstra (2023), K Capaian s/d 2022 thd Renstra,
L Keterangan. Sasaran group rows (A roman "I.", B:L merged). Indicator rows have a running number in A.
Key: name B, target G, realisasi H. D:F not keyed.""",
"Evaluasi Renja RSJD 2020 TW IV.xls": """Sheets: `E.81 TW IV`.

Permendagri 86 form E.81, 18-column numbering with a Kode and a Satuan column. Title rows 1-4. Header
rows 6-8 (row 7: triwulan I-IV, row 8: K / Rp), row 9 numbered: 1 No (A), 2 Sasaran (B), 3 Kode (C),
4 Program/Kegiatan (D), 5 Indikator (E), 6 Satuan (F), 7 Target Renstra 2023 (G K, H Rp), 8 Realisasi
Renstra s/d 2019 (I, J), 9 Target Renja 2020 (K, L), 10-13 TW I-IV (M/N, O/P, Q/R, S/T),
"14 = 10+11+12+13" (U, V), "15 = 14/9 x 100" (W, X), "16 = 8 + 14" (Y, Z), "17 = 16/7 x 100" (AA, AB),
18 Unit PD (AC). Row 10 Perangkat Daerah, row 11 Urusan. Rows 12-30: one indicator per row; program and
kegiatan names (D), codes (C) and budgets (Rp, first row of the program/kegiatan) merged over their
indicator rows; sasaran merged in B. Column 14 (U) is =M+O+Q+S for counts and =S (TW IV) for rates.
Rows 32-: Rata-rata, Predikat, faktor pendorong/penghambat, tindak lanjut, two signatures.
Key: name E, target K, realisasi U.""",
"Laporan Kinerja RSJD 2021-2022.ods": """Sheets: `PK 2021`, `Monitoring Bulanan 2022`, `Ref` (hidden).

`PK 2021` (year 2021): title rows 1-3; header row 5: A NO, B INDIKATOR KINERJA, C TARGET, D REALISASI,
E % CAPAIAN, F KETERANGAN. Sasaran group rows (A "A."..."D.", B:F merged). Target and realisasi are
TEXT with the unit inside ("72 %", "22.000 kunjungan", "2 ‰"); capaian typed as numbers.
Key: name B, target C, realisasi D.

`Monitoring Bulanan 2022` (year 2022): title rows 1-2; header row 4: A No, B Indikator, C Satuan, D
Target 2022, E..P Jan..Des, Q Capaian Tahun 2022 (=ROUND(AVERAGE(E:P),2) for rates, =SUM(E:P) for
counts, typed for IKM/akreditasi), R Ket. Rows 5-24, no group rows. Key: name B, target D, realisasi Q.""",
"PK dan Capaian RSJD 2023.xlsx": """Sheets: `Capaian 2022-2023`, `Rekap` (formulas, not keyed).

`Capaian 2022-2023` (year 2023; two years side by side): title rows 1-2. Header rows 4-5: A No,
B Sasaran Strategis (merged vertically), C Indikator Kinerja Utama, D Satuan, E:G Tahun 2022 (Target,
Realisasi, Capaian), H:J Tahun 2023 (Target, Realisasi, Capaian), K Tren (formula), L Keterangan; row 6
numbered (1)..(12). Rows 7-26. Key: name C, target H, realisasi I (2022 columns not keyed).""",
"Capaian IKU DPPKB 2021.ods": """Sheets: `IKU 2021`, `Rumus` (hidden), `Grafik` (formulas).

`IKU 2021` (year 2021): title rows 1-3. Header row 5: A No, B Sasaran (merged vertically), C Indikator
Kinerja, D Definisi Operasional / Formulasi (notes), E Satuan, F Polaritas (Positif/Negatif), G Target
2021, H Realisasi 2021, I Capaian (%) =IF(F="Positif",H/G*100,(2G-H)/G*100), J Kategori (formula);
row 6 numbered (1)..(10). Rows 7-22. Key: name C, target G, realisasi H.""",
"Renaksi dan Evaluasi DPPKB 2022-2023.xlsx": """Sheets: `RA 2022`, `Evaluasi 2023`, `Sheet2` (hidden).

`RA 2022` (year 2022): Bone-style blocks. Title rows 1-3; header row 5: A No, B Sasaran Strategis
(merged over its blocks), C Indikator Sasaran, D Kriteria Keberhasilan, E Target, F Realisasi,
G Capaian (%), H Penanggung Jawab; row 6 numbered 1..8. Each indicator = 5 rows from row 7: A, C, H merged
over the 5 rows; D = "Target Tahunan :" (E annual target), then "TW 1 (B03)" .. "TW 4 (B12)" (E quarter
target, F quarter realisasi, G formula). % values are percent points with the literal format
0.00"%". No annual realisasi: year = TW 4 realisasi for level/cumulative, sum of TW 1-4 for Peserta KB
Baru. Key: name C (block's first row), target E of that row.

`Evaluasi 2023` (year 2023): title rows 1-2. Header rows 4-5: A No, B Indikator Kinerja, C Satuan,
D Target 2023, E:F TW I (K, %), G:H TW II, I:J TW III, K:L TW IV, M Realisasi Akhir Tahun (=K for
level, =E+G+I+K for KB Baru, typed for some), N Capaian (%), O Faktor Penghambat / Keterangan. Sasaran
group rows (A:O merged, text in A). Key: name B, target D, realisasi M.""",
"LKjIP DPPKB 2024.xls": """Sheets: `Tabel 3.2 IKU`, `Rekap` (formulas, not keyed).

`Tabel 3.2 IKU` (year 2024): title rows 1-3. Header rows 5-6: A No, B Sasaran (merged vertically),
C Indikator Kinerja, D Satuan, E Target 2024, F:I Realisasi 2021/2022/2023/2024, J:M % Capaian
2021..2024 (M formula, J:L typed), N Target Akhir RPJMD (2026), O Capaian s.d. 2024 thd 2026 (%),
P Status (Tercapai / Akan tercapai / Perlu usaha keras). Rows 7-24. Key: name C, target E,
realisasi I (2021-2023 columns not keyed).""",
}

out = [CONV, "## Files, layouts and planted mistakes", ""]
for code, folder in [("A", "ukpbj_tanjung_rawa"), ("B", "rsj_sei_lumut"), ("C", "dppkb_kota_pinang_baru")]:
    k = json.load(open(os.path.join(ROOT, folder, "key.json"), encoding="utf-8"))
    docs = json.load(open(os.path.join(HERE, "tmp", f"docs_{code}.json"), encoding="utf-8"))
    out += [f"### {k['agency']}", ""]
    for f in k["files"]:
        n = sum(1 for r in k["rows"] if r["file"] == f)
        out += [f"#### `{folder}/{f}` ({n} key rows)", "", LAYOUT[f], "", "Planted mistakes and traps:", ""]
        for d in docs:
            if d["file"] == f:
                out.append(f"- `{d['sheet']}` {d['where']}: {d['text']}")
        out.append("")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
