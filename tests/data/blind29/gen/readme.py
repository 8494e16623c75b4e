"""Write /work/blind29/README.md: hand-written notes per workbook + key-row tables from key.json."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

INTRO = """# blind29 — held-out test set: three agencies of Kabupaten Lembah Sabaru (invented)

Everything (place, people, NIPs, figures) is invented. Workbooks were written with openpyxl
(`gen/build_*.py`, raw copies in `gen/raw/`) and passed through LibreOffice headless
(`gen/convert.sh`, profile `/tmp/lo-blind29`, recalculation on load forced) so every formula has a
cached value. `gen/run_all.sh` rebuilds everything, runs `gen/verify.py` and writes `NAMES.md`.

Key conventions (see the brief): `row` is the 1-based row of the indicator's NAME cell (for a merged
name cell: its top row). Percentages are in percent points (a fraction 0.8862 in a `0.00%` cell is keyed
88.62; a fraction typed into a General cell is keyed as typed). Indonesian text is parsed ("1.402" = 1402,
"63,2 %" = 63.2, "Rp. 185,5 M" = 185 500 000 000, "12 ekor" = 12). Grades ("WTP", "BB", "Level 3"), "-" and
"N/A" are null. Typed mistakes are keyed AS TYPED. For E.81 forms the target is the Renja-target K
column and realisasi the year's "Realisasi Capaian Kinerja ... Renja yang dievaluasi" K column (its cached
value, even where its formula is wrong).

"""

NOTES = {
('bpkad', 2017): """Sheet `PK 2017` — annual Pengukuran Kinerja (Banjar style), saved as .xls.
- Title rows 1-4 (merged A:F); **row 4 says "TAHUN 2016"** (copied from last year) while the header (D9 "Tahun 2017"),
  the budget lines (A29-A30 "Jumlah Anggaran Tahun 2017") and the date line (E32 "Sabaru Raya, 29 Desember 2017") say 2017. Key year 2017.
- Header rows 9-10: A No, B Sasaran Strategis, C Indikator Kinerja, D Target, E Realisasi, F % Realisasi (D9:F9 merged "Tahun 2017").
- Key rows 11-27; name in C, **target D, realisasi E**. Sasaran written only on the first row of its group (B11, B17, B22, B24); No only on group starts.
- Values are text with units: "100 %", "94,27 %", "Rp. 185,5 M", "9.800 lembar", "10 temuan", "1 dokumen"; D24 is a number (60).
- Planted: F23 capaian typed "120,5" (true 102,5) for BMD terinventarisasi; row 26 "Jumlah temuan BPK" is a negative indicator
  whose % was computed R/T = "140" ((2T-R)/T would be 60); row 27 realisasi "N/A" (null); row 11 opini WTP/WDP (grades, null).
- Under the table: budget lines rows 29-30, signature block E32-E40.""",
('bpkad', 2018): """File has two sheets: `Cover` (title page, no table) and `RA 2018` — Rencana Aksi with quarters, saved as .ods.
- Title rows 1-2. Header rows 4-6 (row 6 = column numbers 1-13): A No, B Sasaran / Indikator Kinerja, C Satuan, D Target Tahunan,
  E/F TW I target/realisasi, G/H TW II, I/J TW III, K/L TW IV, M Penanggung Jawab.
- Sasaran are **group header rows** (B7, B13, B19, B23, merged B:M) — not key rows.
- **No annual realisasi column.** Key target = D. Key realisasi by rule:
  - TW IV (more exactly the last quarter that holds a value, quarters being cumulative or the indicator measured once) for
    percentages, indices, the ratio and the counts measured once: b02, b03, b04, b16, b05, b06 (measured in TW I only: 100),
    b12, b07, b15, b20, b08 (TW II only: 61,05), b10, b11 (TW II only: 11), b19; b01 and b09 are grades (null).
  - Sum of TW I-IV realisasi for flows counted per quarter: b22 (dokumen, 1+2 = 3) and b13 (SP2D, 1873+2612+2540+3391 = 10416).
- Planted: D11 target of "Persentase penyerapan anggaran" typed as 0.95 in a General cell while its quarters run 15/40/70/95 (keyed 0.95 as typed);
  quarter cells with "-" where nothing is scheduled.
- Signature block J31-J39, no budget line.""",
('bpkad', 2019): """Sheet `E81 TW IV` — Permendagri 86 Evaluasi Hasil Renja (Formulir E.81), 15-column scheme, saved as .xlsx with formulas.
- Title rows 1-4 ("PERIODE PELAKSANAAN : TRIWULAN IV TAHUN ANGGARAN 2019"). Header rows 6-9 (row 8 K/Rp, row 9 column numbers
  "1".."15", "12 = 8+9+10+11", "13 = 6+12", "14 = 13/5 x 100"; the Satuan column E is not numbered).
- Columns: A No, B Sasaran (merged per sasaran group: B10:B17, B18:B21, B22:B25), C Program / Kegiatan, D Indikator, E Satuan,
  F/G (5) Target Renstra 2021 K/Rp, H/I (6) Realisasi s/d 2018 K/Rp, **J (7) Target Renja 2019 K = key target**, K Rp,
  L-S TW I-IV K/Rp, **T (12) K = key realisasi** (formula), U Rp, V/W (13), X/Y (14), Z Unit PD.
- Column T formulas: `=SUM(L,N,P,R)` for counts/amounts, `=R` (TW IV) for percentages and indices. Program Rp cells are formulas adding their kegiatan rows.
- Key rows 10-25 (programme AND kegiatan indicator rows; programme rows have No 1, 6, 10, 11).
- Planted: **T17 (Jumlah SP2D) typed over as 0** while the quarters hold 2104/2655/2711/3402 (keyed 0); b14 is now in Rp milyar
  (205,4) while 2017 had full rupiah — same indicator, unit moved into the name; renstra columns 13/14 add percentages to percentages (as real forms do).
- Under the table: Rata-rata capaian (row 26, formula), Predikat (27), faktor pendorong/penghambat/tindak lanjut (28-30), two signatures from row 32 (Disusun / Dievaluasi).""",
('bpkad', 2020): """Sheet **`Bab III 2019`** (sheet name copied from last year; the title A3 and header H5 say 2020) — LKjIP chapter III, saved as .xlsx.
- Rows 1-3 chapter/table titles. Table 3.1 header rows 5-6: A No, B Sasaran (merged per group), C Indikator, D Satuan,
  E/F/G Realisasi 2017/2018/2019, **H Target 2020, I Realisasi 2020**, J Capaian (formula I/H, 0.00%), K Target Akhir Renstra (2021), L Capaian thd Renstra (formula).
- Key rows 7-24 (table 3.1) and 30-32 (second table "Tabel 3.2 ... IKK", header row 29: A No, B Indikator, C Satuan, **D Target, E Realisasi**, F Capaian formula).
- Percentages are stored as **fractions with a 0.00% format** (keyed ×100); counts/indices plain numbers.
- Planted: **H11 target of "Rasio kemandirian keuangan daerah" typed 13,5 into a % cell (shows 1350.00%, keyed 1350)**;
  row 22 negative indicator with capaian (2T-R)/T; grades in rows 7 (WTP) and 20 (BB/B) null; "-"/"N/A" in earlier-year cells.
- Row 26 source note; row 34 budget sentence under the IKK table.""",
('setwan', 2021): """Sheet `Evaluasi Renja` — E.81, older **17-column scheme**, saved as .ods.
- Title rows 1-3 (year 2021 in A2). Header rows 5-8: row 6 K/Rp (and quarter numbers I-IV), row 7 K/Rp under quarters, row 8 numbers 1-17.
- Columns: A No, B Sasaran (merged B9:B13, B14:B19, B20:B23), C Program/Kegiatan, D Indikator, E/F (5) Renstra 2026, G/H (6) s/d tahun lalu,
  **I (7) Target Renja 2021 K = key target**, J Rp, K-R TW I-IV K/Rp, **S (12) K = key realisasi** (formula), T Rp,
  U/V (13) capaian Renja %, W/X (14) = 6+12, Y/Z (15) capaian Renstra, AA Unit PD, AB Ket.
- Column S: sum of quarters for counts, `=Q` (TW IV) for percentages/indices.
- Key rows 9-23. Planted: **S19 (Ketepatan waktu penyusunan risalah rapat) = `=O19` takes TW III (95) instead of TW IV (97)** — keyed 95.
- Rows 24-28 rata-rata / predikat / faktor; signatures from row 30.""",
('setwan', 2022): """Sheet **`IKU 2021`** (sheet name left from last year; title row 3 "TAHUN ANGGARAN 2022" and header E5/F5 "Realisasi 2022"/"Target 2022") — IKU table + a second table, .xlsx.
- Header rows 5-6 (row 6 numbers "(1)".."(8)"). **Unusual order: E Realisasi, F Target**, G Capaian (formula), A No, B Indikator, C Formulasi, D Satuan, H Sumber.
- Sasaran as group header rows B7, B12, B16 (merged B:H). IKU key rows 8-11, 13-15, 17-22; **key target F, realisasi E**.
- Second table "Tabel 2" (title A23, header row 24: A No, B Program (written on first row only), C Indikator, **D Target, E Realisasi**, F %): key rows 25-30.
- Fractions with 0.00% in the percentage IKU rows (keyed ×100). E25 realisasi "25 kali" (text, 25). Grades "B"/"BB" and "Level 2"/"Level 3" are null.
- Planted: **G15 capaian typed 107,14 (T/R) instead of 93,33** for aspirasi masyarakat.""",
('setwan', 2023): """Sheet `PK 2023` — annual Pengukuran Kinerja, saved as .xls.
- Title rows 1-4. Header rows 6-8 (row 8 numbers 1-8): A No, B Sasaran Strategis (merged B9:B13, B14:B21, B22:B27), C Indikator, D Satuan,
  **E Target, F Realisasi**, G Capaian (formula or typed text), H Keterangan.
- Key rows 9-27. A second small table (budget per program, rows 29-33, with formulas) is NOT an indicator table — no key rows.
- Planted: row 13 negative indicator (H13 "Indikator negatif") with capaian formula R/T = 150; **F15 realisasi 0.8132 with 0.00% (81,32) beside a target 85 typed as a number**;
  **F26 realisasi of penyerapan anggaran typed 0.937 in a General cell (keyed 0.937 as typed)**; E9/F9 "80 %"/"87,5 %", F14 "28 kali", E22/F22 "82"/"83,14" as text;
  **C21 a sasaran-style name used as indicator: "Meningkatnya ketepatan waktu penyusunan risalah rapat" (same indicator d09)**; grades row 25 and "Level 3" row 27 null.
- Signature from row 35.""",
('setwan', 2024): """Sheet `Renaksi TW IV` — Rencana Aksi with quarters AND an annual column, .xlsx.
- Title rows 1-3. Header rows 5-6: A No, B Sasaran (repeated on every row), C Indikator, D Satuan, **E Target 2024**, F-M TW I-IV T/R,
  **N Realisasi s/d TW IV = key realisasi**, O Capaian (formula), P Penanggung Jawab.
- Column N: `=SUM(G,I,K,M)` formulas for counts, typed values for percentages/indices (= TW IV), "69,45" as text (row 18), "N/A" (row 21, null).
- Key rows 7-21. Row 19 stores fractions with 0.00% (95 / 96,12). Sasaran order is not grouped (row 15 is S1 again after S2 rows).
- Planted: **O11 capaian typed 170 (true 107)** for rapat alat kelengkapan.
- Row 23 budget line; signature from row 25.""",
('disnakkeswan', 2019): """Sheet `Tabel 3.2` — LKjIP chapter III comparison table, saved as .xls.
- Title rows 1-3. Header rows 5-7 (row 7 "(1)".."(12)"): A No, B Sasaran (first row of group only: B8, B16, B20, B23), C Indikator, D Satuan,
  E/F/G Realisasi 2016/2017/2018, **H Target 2019, I Realisasi 2019**, J Capaian (formula), K Target akhir Renstra 2021, L capaian thd Renstra.
- Key rows 8-25. Negative indicators (rows 18 GHPR, 22 S/C) use (2T-R)/T in J.
- Planted: **H14 target of Produksi telur typed 1.280.000 (kg) while the unit and the other years are ton (keyed 1280000)**;
  **J17 capaian typed 97,42 (true 102,00)** for vaksinasi rabies; G15 "-" (2018 susu not measured).
- Row 26 source, row 28 budget sentence; no signature.""",
('disnakkeswan', 2020): """File has sheets `Sampul` (cover, no table) and `RA TW IV` — Pengukuran Kinerja berdasarkan Rencana Aksi, **Bone-style vertical blocks**, .xlsx.
- Title rows 1-3. Header rows 5-7: A No, B Sasaran (merged over its blocks), C Indikator (merged over 5 rows), D Satuan (merged),
  E Periode, F Target, G Realisasi, H % (text).
- Each indicator is a 5-row block: "Target Tahunan :" row (the key row, 8, 13, ..., 78) holding the annual target in **F**; then
  "TW 1 (B03)".."TW 4 (B12)" rows with quarter target F, realisasi G, % H. **No annual realisasi.** Rule per indicator:
  - Last quarter (TW IV; stocks, cumulative percentages, ratios, indices): n01, n02, n03, n04 (populations), n09, n10, n23, n13 (S/C), n15 (only TW IV filled), n16 (NTP).
  - Sum of TW 1-4 (flows per quarter): n06 produksi daging (2783.0), n07 produksi telur (1307.45), n19 kasus GHPR (135), n11 akseptor IB (4685), n12 kelahiran pedet (2887).
- Text numbers: F8 "47.500 ekor", G9-G12 "46.010".."47.215". % column capped at 100 for the TW-IV-rule rows (Bone policy) except NTP;
  S/C % computed R/T (negative indicator, 95,00% in H72).
- Budget lines B84-B85, signature from F87.""",
('disnakkeswan', 2021): """Sheet `Pengukuran Kinerja` — annual PK, saved as .ods.
- Title rows 1-3. Header rows 5-7 (merged "TAHUN 2021" over D:F; row 7 "(1)".."(7)"). **Satuan is the LAST column G.**
  A No, B Sasaran (merged B8:B15, B16:B20, B21:B24, B25:B28), C Indikator, **D Target, E Realisasi**, F % Capaian (text).
- Key rows 8-28. Many values as Indonesian text: "48.500", "2.934,6 ton", "94,10 %", "15 ekor"/"12 ekor", "1,75".
- Planted: **F18 GHPR (negative) capaian "108,57" = R/T** ((2T-R)/T = 91,43); row 28 Predikat SAKIP grades null.
- Budget lines B30-B31; signature from D33.""",
('disnakkeswan', 2022): """Sheet `Realisasi TW IV` — E.81 in the Deli Serdang layout (K, %, Rp under each quarter; Satuan numbered), .xlsx.
- Rows 1-4 title (A3 "Tahun 2022"). Header rows 6-9 (row 9: "1".."16", "13 = 9 + 10 + 11 + 12", "14 = 7 + 13", "15 = 14 / 6 x 100").
- Columns: A No, B Sasaran (merged), C Program/Kegiatan/Sub kegiatan, D Indikator, E Satuan, F/G (6) Renstra 2026, H/I (7) s/d 2021,
  **J (8) Target Renja 2022 K = key target**, K Rp, L/M/N TW I K/%/Rp, O/P/Q TW II, R/S/T TW III, U/V/W TW IV,
  **X (13) K = key realisasi** (formula), Y Rp, Z/AA (14), AB/AC (15), AD Unit PD.
- Column X: SUM of quarters for flows, `=U` (TW IV) for stocks/percentages/indices.
- Key rows 10-27. Planted: **X18 (Persentase kasus PHMS tertangani) uses SUM of the four quarterly percentages = 373,8 (keyed as the cell says)**;
  programme Rp cells are formulas over their kegiatan rows; n21 TW I typed 0.
- Rows 28-32 rata-rata / predikat / faktor; signatures from row 34.""",
}

LOOK = """## Look-alikes that must stay apart

| agency | id | vs | id | why different |
|---|---|---|---|---|
| BPKAD | b02 Persentase realisasi PAD | | b03 Persentase realisasi pendapatan transfer | PAD vs transfer revenue |
| BPKAD | b02 Persentase realisasi PAD (%) | | b14 Realisasi PAD (Rp / Rp milyar) | percentage vs amount |
| BPKAD | b16 Rasio kemandirian keuangan daerah | | b29 Rasio PAD terhadap total pendapatan | PAD/transfer vs PAD/total (both 2020) |
| BPKAD | b12 Persentase SP2D terbit tepat waktu | | b13 Jumlah SP2D yang diterbitkan | Persentase vs Jumlah |
| BPKAD | b05 Ketepatan waktu penyampaian Ranperda APBD | | b06 Ketepatan waktu penyampaian LKPD | different document |
| BPKAD | b07 Persentase aset tanah bersertifikat | | b23 Jumlah bidang tanah yang disertifikatkan | Persentase vs Jumlah |
| BPKAD | b08 Nilai SAKIP | | b09 Predikat SAKIP | score vs grade |
| BPKAD | b10 Persentase tindak lanjut temuan BPK | | b11 Jumlah temuan BPK | Persentase vs Jumlah |
| BPKAD | b30 Persentase belanja modal | | b31 Rasio belanja pegawai | different spending |
| Setwan | d02 Raperda inisiatif DPRD | | d03 Raperda usulan eksekutif / Pemerintah Daerah | initiator |
| Setwan | d01 Persentase Raperda ditetapkan | | d23 Jumlah Raperda yang belum selesai dibahas | different measure |
| Setwan | d04 Jumlah rapat paripurna | | d05 Jumlah rapat alat kelengkapan DPRD | different meetings |
| Setwan | d04 Jumlah rapat paripurna | | d18 Persentase kehadiran anggota DPRD dalam rapat paripurna | count vs attendance % |
| Setwan | d10 Kunjungan kerja dalam daerah | | d11 Kunjungan kerja luar daerah | dalam vs luar |
| Setwan | d08 Indeks kepuasan anggota DPRD | | d20 Indeks Kepuasan Masyarakat (IKM) | respondents differ |
| Setwan | d12 Nilai SAKIP | | d13 Predikat SAKIP | score vs grade |
| Setwan | d16 Persentase aspirasi masyarakat ditindaklanjuti | | d07 Persentase pokir DPRD terakomodir | different inputs |
| Disnakkeswan | n01 Populasi sapi (potong) | | n02 Populasi kerbau | species |
| Disnakkeswan | n03 Populasi kambing | | n26 Populasi domba | species |
| Disnakkeswan | n04 Populasi ayam buras / kampung | | n05 Populasi ayam ras pedaging | breed |
| Disnakkeswan | n06 Produksi daging | | n07 Produksi telur | product (n08 susu too) |
| Disnakkeswan | n10 Cakupan vaksinasi rabies | | n23 Cakupan vaksinasi SE | disease |
| Disnakkeswan | n10 Cakupan vaksinasi rabies (%) | | n30 Jumlah HPR yang divaksin (ekor) | coverage vs count |
| Disnakkeswan | n10 Cakupan vaksinasi rabies | | n19 Jumlah kasus GHPR | vaccination vs cases |
| Disnakkeswan | n11 Jumlah akseptor IB | | n12 Jumlah kelahiran pedet hasil IB | inseminated vs born (n13 S/C, n29 semen beku also IB) |
| Disnakkeswan | n14 Konsumsi protein hewani (gram/kapita/hari) | | n15 Konsumsi daging (kg/kapita/tahun) | protein vs meat |
| Disnakkeswan | n17 Jumlah RPH bersertifikat NKV | | n18 Persentase unit usaha produk hewan ber-NKV | count of RPH vs % of businesses |
| Disnakkeswan | n21 Nilai SAKIP | | n28 Predikat SAKIP | score vs grade |

## Ambiguous pairs (listed in key.json)

- BPKAD `b17` "Jumlah dokumen LKPD (yang disusun)" (2017, 2019) vs `b22` "Jumlah dokumen laporan keuangan (LKPD, laporan semesteran, prognosis)" (2018): the scope widened
  (1 document vs 3); keyed as different ids, listed as ambiguous.

Same-id decisions worth knowing (not ambiguous in the key): b14 "Realisasi Pendapatan Asli Daerah" (Rp) = "Jumlah realisasi PAD (Rp milyar)";
d09 "Ketepatan waktu penyusunan risalah rapat" = "Persentase risalah rapat yang tersusun tepat waktu" = the sasaran-style
"Meningkatnya ketepatan waktu penyusunan risalah rapat" = "... risalah rapat paripurna"; d10 "kunjungan kerja komisi dalam daerah" = "kunker dalam daerah";
n01 "Populasi ternak sapi" (2022, no other sapi in the region) = "Populasi sapi potong"; n07 "Produksi telur ayam" = "Produksi telur"; n09 PHMS names.
"""


def main():
    out = [INTRO, '## Folders', '', '| folder | agency | years | files (format) | key rows per file | total |', '|---|---|---|---|---|---|']
    keys = {}
    for ag in ['bpkad', 'setwan', 'disnakkeswan']:
        k = json.load(open(os.path.join(ROOT, ag, 'key.json')))
        keys[ag] = k
        cnt = [sum(1 for r in k['rows'] if r['file'] == f) for f in k['files']]
        out.append('| %s/ | %s | %s | %s | %s | %d |' % (ag, k['agency'], '-'.join(map(str, [k['years'][0], k['years'][-1]])),
                   '; '.join('%d: `%s`' % (y, f) for y, f in zip(k['years'], k['files'])),
                   ', '.join(map(str, cnt)), sum(cnt)))
    out.append('')
    for ag, k in keys.items():
        out.append('## %s — %s' % (ag, k['agency']))
        out.append('')
        for y, f in zip(k['years'], k['files']):
            rows = [r for r in k['rows'] if r['file'] == f]
            out.append('### %s/%s — year %d (%d key rows)' % (ag, f, y, len(rows)))
            out.append('')
            out.append(NOTES[(ag, y)])
            out.append('')
            out.append('| sheet | row | id | written | target | realisasi |')
            out.append('|---|---|---|---|---|---|')
            for r in rows:
                out.append('| %s | %d | %s | %s | %s | %s |' % (r['sheet'], r['row'], r['same_as'], r['written'].replace('|', '\\|'),
                                                         r['target'], r['realisasi']))
            out.append('')
    out.append(LOOK)
    open(os.path.join(ROOT, 'README.md'), 'w').write('\n'.join(out))
    print('README.md written')


if __name__ == '__main__':
    main()
