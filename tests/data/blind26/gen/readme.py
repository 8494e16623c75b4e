# -*- coding: utf-8 -*-
"""Writes README.md from the hand-written notes below plus the key/cellmap facts."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalog import AGENCIES

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)

NOTES = {
"PENGUKURAN KINERJA DISPUSIP 2018.xls": """Plain annual *Pengukuran Kinerja* in the Banjar style. Title rows 1-4 ("TAHUN 2018"), "Kabupaten : / Nama SKPD :" lines,
header row 9 (Target and Realisasi each merged over two columns), column-number row 10 "(1) (2) (3) (4) (5)".
Columns: A Sasaran Strategis (written only on the first row of its group; blank = same as above), B Indikator Kinerja,
C Target value, D its unit, E Realisasi value, F its unit, G % (typed number).
**Target = column C, realisasi = column E.** Counts of 1.000 or more are typed as Indonesian text ("38.500"), the rest are numbers.
Under the table: budget lines (Jumlah Anggaran / Jumlah Realisasi Anggaran Kegiatan Tahun 2018) and the signature block.
Extra empty sheets Sheet2, Sheet3.
Mistakes: a04 "Jumlah anggota perpustakaan": % stated 118,83, true 4.680 / 4.200 = 111,43 (wrong %).
a20 "Persentase arsip yang rusak" is a negative indicator but its % is realisasi / target x 100 (no polarity handling anywhere in this file).""",

"RENAKSI_2019_final(1).xlsx": """*Rencana Aksi* with the four quarters as T/R pairs and **no annual realisasi column**. First sheet "Cover" (title page only),
the table is on sheet "RA TW IV", an empty "Sheet1" follows. Header rows 5-7 (merged: "Target dan Realisasi per Triwulan" / "TW I".."TW IV" / "T","R").
Columns: A No ("1.1", "1.2", ...), B Sasaran (merged vertically over its indicators), C Indikator, D Satuan, E Target Tahunan,
F/G TW I T/R, H/I TW II, J/K TW III, L/M TW IV, N Capaian (%) formula, O Ket. ("kumulatif" where the quarters are cumulative).
**Target = column E.** **Realisasi** depends on the indicator (the Capaian formula in N uses the same rule):
quarter-sum indicators: realisasi = G+I+K+M; all others: realisasi = M (TW IV value; cumulative quarters, or a value measured only at year end with "-" in TW I-III).
Per indicator: {rules}.
Quarter target styles: per-quarter (adds up to the annual target), cumulative (TW IV = annual), or "-" until TW IV.
a20 (negative) uses M/E x 100 like every other row.""",

"Evaluasi Renja Dispusip TW4 2020.ods": """Permendagri 86/2017 *Formulir E.81* (Evaluasi terhadap hasil Renja Perangkat Daerah), Triwulan IV 2020, sheet "E.81 TW IV";
a second sheet "data" holds a small pagu list (not a key table). Header rows 6-9: names (row 6), TW I-IV (row 7), K / Rp (row 8),
column numbers (row 9) "1 .. 6, 7, 8, 9..12, 13 = 9+10+11+12, 14 = 7 + 13, 15 = 14/6 x 100, 16" (the numbered Satuan column shifts the
numbers, as in Deli Serdang). Columns: A No, B Sasaran (sasaran rows merged B:E), C Program / Kegiatan (program name merged over its
indicator rows), D Indikator, E Satuan, F/G (6) Target Renstra 2021 K/Rp, H/I (7) Realisasi Renstra s/d 2019, J/K (8) Target Renja 2020 K/Rp,
L..S (9-12) TW I-IV K/Rp, T/U (13) Realisasi Renja 2020 K/Rp, V/W (14), X/Y (15), Z (16) unit.
Programme rows and kegiatan rows both carry indicators; each indicator row is a key row (kegiatan-level: a10, a12, a17, a23).
**Target = column J (8, K). Realisasi = column T (13, K)**, a formula with a cached value: for quarter-sum indicators `=L+N+P+R`,
for all others `=R` (nilai akhir = TW IV); per indicator: {rules}.
Under the table: Rata-rata capaian kinerja (AVERAGE of column X), Predikat, Faktor pendorong/penghambat, Tindak lanjut, and the two signatures
(Disusun: Kepala Dinas; Dievaluasi: Kepala Bappeda).
Mistake: in the a13 row ("Persentase arsip yang tertata sesuai standar") column X (15) points at the next row (`=V{{r+1}}/F{{r+1}}*100`).
Renstra capaian for cumulative "per" indicators uses 7 + 13 (sum over years).""",

"LKjIP 2021 - Tabel Bab III.xlsx": """LKjIP chapter III comparison table, sheet "Tabel 3.1". **Year: 2021** — but the title rows 2-3 say "Tahun 2020"
("... Capaian Kinerja Tahun 2020 ..." and "LKjIP ... TAHUN 2020"): the title was copied from last year's LKjIP; the file name and the header
("Tahun 2021" / "Target Akhir Renstra (2021)" / "Capaian s/d 2021") show 2021.
Header rows 5-6 with merges, column-number row 7 "(1) .. (11)". Sasaran are group header rows (A = roman numeral I/II/III, B:L merged "Sasaran : ...").
Indicator rows: A No, B:C merged Indikator (name in B), D Satuan, E/F/G Realisasi 2018/2019/2020 (earlier years; "-" where the indicator did not exist),
H Target 2021, I Realisasi 2021, J Capaian (%) formula, K Target Akhir Renstra (2021), L Capaian s/d 2021 terhadap Renstra (formula).
**Target = column H, realisasi = column I.** Percent indicators are stored as fractions with a 0.00% format (0.6 = 60 %); key values are in percent points.
Capaian for a20 (negative) is (2H - I) / H. A second sheet "PK 2020 (lama)" holds the 2020 PK table, titled "PERJANJIAN KINERJA TAHUN 2020
(LAMA - JANGAN DIPAKAI)": it is not a key table. "Sheet3" is empty.""",

"DKP_PK2019.xlsx": """Annual PK with an unusual column order: A No, B Indikator Kinerja, **C Realisasi, D Target**, E Capaian (%), **F Satuan last**.
Title rows 1-3 ("PENGUKURAN KINERJA TAHUN 2019"), header row 5, column-number row 6 "(1)..(6)". Sasaran are group header rows
(A "I.", "II.", ...; B:F merged "Sasaran Strategis : ..."); indicators numbered "1.1", "1.2", ... **Target = column D, realisasi = column C.**
Negative indicators (b19 kerusakan terumbu karang, b20 destructive fishing) are marked by "(-)" after the unit in F and their % is (2T - R) / T x 100.
Mistake: b06 "Jumlah nelayan": % typed 91,37, true 14.360 / 12.400 = 115,81. Signature block under the table; empty "Sheet2".""",

"rencana aksi dkp 2020 (revisi).ods": """*Rencana Aksi* with quarters side by side: A No, B Sasaran (first row of each group only; blank = same as above), C Indikator, D Satuan,
E Target 2020, F-I Target TW I-IV, J-M Realisasi TW I-IV, **N Realisasi 2020** (formula: `=SUM(J:M)` for quarter-sum indicators, `=M` for cumulative /
year-end ones), O Capaian (%) formula ((2E - N)/E x 100 for the two negative indicators, marked "indikator negatif" in P), P Keterangan.
**Target = column E, realisasi = column N** (annual realisasi present). Per indicator the N formula is: {rules}.
Extra empty sheet "Grafik". Signature block.""",

"Capaian IKU DKP 2021.xls": """IKU table with an abbreviated header: "No." | "Sasaran" | "Indikator" | "Tgt" | "Real." | "Capaian (%)". Sasaran written once per group (blank = same as above).
**All figures are text with the unit inside the cell**, Indonesian style: "23.250 ton", "45,50 %", "Rp 454,78 M" (M = miliar; key in Rp miliar, as the other years'
"Rp. Miliar" unit), "40,90 kg/kap/thn", "160 unit"; the Capaian is text too ("107,96"). **Target = column D, realisasi = column E.**
Mistake: b17 "Jumlah benih ikan yang dihasilkan Balai Benih Ikan (BBI)": target typed "1.250 ekor" (meant 1.250 ribu ekor = 1.250.000)
while the realisasi is "1.384.400 ekor"; the Capaian 110,75 is computed on 1.250.000. The key keeps the target as written: 1250.
Negative indicators b19, b20: Capaian (2T - R)/T x 100 (a note under the table says they are negative). Sheet "Data" holds raw production per kecamatan (not key).""",

"PK DKP 2022 fix.xlsx": """Annual PK with a polarity column: A No, B Sasaran Strategis (merged vertically per group), C Indikator Kinerja, D Sifat "(+)"/"(-)",
E Satuan, F Target, G Realisasi, H Capaian = `IF(D="(-)",(2F-G)/F,G/F)` shown as 0.00%. **Target = column F, realisasi = column G.**
Percent indicators are stored as fractions with a 0.00% format (key in percent points). Beneath the table: an ANGGARAN table
(No | Program | Anggaran (Rp) | Realisasi (Rp) | Serapan (%), with a JUMLAH row) — not key rows — and the signature block.""",

"RENAKSI DISPORA 2020.xlsx": """Bone-style *Pengukuran Kinerja berdasarkan Rencana Aksi Perjanjian Kinerja*: each indicator is a block of five rows
("Target Tahunan :", "TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :" in column D). A No ("1.1", merged over the block),
B Sasaran (merged over the sasaran's blocks), C Indikator Sasaran (merged over the block; **key row = the first row of the block**),
D Uraian, E Target, F Realisasi kinerja, G % (`=MIN(100, F/E*100)`: capped at 100 like Bone; (2E - F)/E for the negative c11), H Program & anggaran
("Program ...\\nRp. 845.300.000,-", merged), I Penanggung jawab. Column-number row 7 "1..9". No annual realisasi line.
**Target = E on the "Target Tahunan" row. Realisasi** = sum of F over the four TW rows for quarter-sum indicators, the TW 4 value for the others:
{rules}.""",

"PK_Dispora_2021.ods": """Plain annual PK: A No ("A."/"B."/... on sasaran group rows, 1, 2, ... on indicator rows), B "Sasaran / Indikator Kinerja"
(sasaran rows in capitals; **indicator names carry the unit in brackets**: "... (%)", "... (orang)", "... (nilai)"), C Target, D Realisasi, E % Capaian (text).
Percent and index figures are Indonesian decimal text ("45,00", "50,29"); counts are numbers. **Target = column C, realisasi = column D.**
c11 (Peringkat, negative): % = target / realisasi x 100 (the note under the table says so).
Mistake: c08 "Jumlah atlet berprestasi tingkat provinsi": % written 81,79, true 66 / 70 = 94,29. Signature block; empty "Sheet2".""",

"Evaluasi Renja Disporapar 2022 TW IV.xlsx": """E.81 evaluation form, 17-column variant with a Kode and a Satuan column (both unnumbered), sheet "TW IV 2022".
The agency is now *Dinas Kepemudaan, Olahraga dan Pariwisata* (tourism indicators c22-c26 appear). **Year: 2022** — but title row 3 says
"PERIODE PELAKSANAAN TRIWULAN IV TAHUN 2021" (copied from last year's form); the sheet name, file name and header columns say 2022.
Header rows 5-8; row 8 numbers: "1, 2, 3, 4, 5, 6, 7, 8..11, 12 = 8+9+10+11, 13 = 12/7 x 100, 14 = 6 + 12, 15 = 14/5 x 100, 16".
Columns: A No, B Kode, C Sasaran, D Program (A-D merged over the programme's indicator rows), E Indikator, F Satuan, G/H (5) Target Renstra 2026 K/Rp,
I/J (6) Realisasi s/d 2021, K/L (7) Target Renja 2022 K/Rp, M..T (8-11) TW I-IV K/Rp, U/V (12) Realisasi 2022 K/Rp, W/X (13) capaian, Y/Z (14), AA/AB (15), AC (16).
**Target = column K (7, K). Realisasi = column U (12, K)**: `=M+O+Q+S` for quarter-sum indicators, `=S` (TW IV) for the others: {rules}.
Rata-rata capaian, Predikat and the two signatures under the table.""",

"LKjIP_Disporapar_2023_BAB III.xls": """LKjIP chapter III comparison, sheet "Tabel 3.2 Perbandingan" (first sheet is "Cover LKjIP", last an empty "Sheet1").
Columns in an unusual order: A No, B Indikator Kinerja, **C/D/E/F Realisasi 2020/2021/2022/2023, then G Target 2023**, H % Capaian 2023,
I Target Akhir Renstra (2026), J Capaian thd Renstra (%), **K Satuan last**. Header rows 5-6, column-number row 7, sasaran group rows "A."..."D.".
**Target = column G, realisasi = column F** (the 2023 realisasi column). Percent indicators stored as fractions with 0.00% format;
c25 "PAD sektor pariwisata" is text "Rp 1.120.000.000". c11 (Peringkat, negative): H = (G - (F - G)) / G x 100; J uses F / I x 100 (not polarity-aware).
Realisasi 2020-2021 of the old Dinas Pemuda dan Olahraga are carried in C/D; "-" where the indicator did not exist.""",
}


def main():
    out = ["# Held-out test set: Kabupaten Teluk Wangsa (invented), three OPD, four years each\n",
           "Everything here is invented: the kabupaten (Teluk Wangsa, ibukota Sungai Baru), the agencies, people, NIPs and figures.",
           "Rebuild with `gen/run_all.sh` (python3 + openpyxl + LibreOffice headless; the builder writes .xlsx, LibreOffice converts to",
           ".xls/.ods and recalculates so that every formula has a cached value). `gen/verify.py` re-reads every delivered workbook",
           "(.xls/.ods through a LibreOffice round trip to .xlsx) and checks each key row's name cell, target and realisasi.\n",
           "## Conventions of key.json\n",
           "- `row` is the 1-based row of the indicator's name cell (for merged names: the top row of the merge).",
           "- `target` / `realisasi` are numbers as a reader understands the cell: Indonesian text is decoded (\"38.500\" = 38500, \"45,50 %\" = 45.5),",
           "  percentages are in percent points (a cell 0.6 with a % format is 60), Rp miliar figures stay in miliar (the unit the agency uses),",
           "  a typed magnitude mistake is kept as typed (see dkp 2021, b17).",
           "- `year` is the year the table reports, even where a title says another year (perpus 2021, dispora 2022).",
           "- Only the year's own table rows are key rows: not earlier-year columns, not Renstra-only figures, not budget lines, not leftover sheets.",
           "- Quarter-sum vs last-quarter: `per` indicators have quarter figures that add up (realisasi = sum); `cum` ones are cumulative",
           "  (realisasi = TW IV) and `end` ones are measured at year end only (\"-\" in TW I-III, realisasi = TW IV).",
           "- Negative indicators (lower is better): a20 (arsip rusak), b19 (kerusakan terumbu karang), b20 (kasus destructive fishing), c11 (peringkat Porprov).\n"]
    for ag in AGENCIES:
        key = json.load(open(os.path.join(ROOT, ag["folder"], "key.json")))
        cmap = json.load(open(os.path.join(GEN, f"cellmap_{ag['folder']}.json")))
        qmap = {i["id"]: i["q"] for i in ag["inds"]}
        out.append(f"## `{ag['folder']}/` — {key['agency']}, {key['years'][0]}-{key['years'][-1]}\n")
        out.append(f"{len(key['rows'])} key rows; ambiguous pairs: {key['ambiguous']}.\n")
        for fn in key["files"]:
            rows = [r for r in key["rows"] if r["file"] == fn]
            cms = [c for c in cmap if c["file"] == fn]
            sums = [c["id"] for c in cms if c["r"]["agg"] == "sum"]
            lasts = [c["id"] for c in cms if c["r"]["agg"] == "one" and qmap[c["id"]] != "per"]
            peronly = [c["id"] for c in cms if qmap[c["id"]] == "per"]
            rules = (f"sum of quarters: {', '.join(peronly)}; TW IV value: "
                     f"{', '.join(c['id'] for c in cms if qmap[c['id']] != 'per')}")
            out.append(f"### `{fn}` — year {rows[0]['year']}, sheet \"{rows[0]['sheet']}\", {len(rows)} key rows "
                       f"(rows {min(r['row'] for r in rows)}-{max(r['row'] for r in rows)})\n")
            out.append(NOTES[fn].replace("{rules}", rules).replace("{{", "{").replace("}}", "}") + "\n")
    out.append("## Name drift and look-alikes (see NAMES.md for every written name)\n")
    out.append("""- perpus: Prosentase/Persentase; "Rata - rata"/"Rata-rata", "per hari"/"perhari"; TGM and IPLM written in full, abbreviated, or with "Nilai";
  "OPD" -> "Perangkat Daerah"; "pusling" for perpustakaan keliling; "pembudayaan kegemaran membaca" / "promosi gemar membaca" (a12, renamed);
  look-alikes kept apart: a03 pengunjung vs a04 anggota vs a24 pengunjung perpustakaan *digital*; a05 eksemplar vs a06 judul koleksi; a13 Persentase
  vs a14 Jumlah arsip yang tertata. a03 disappears in 2021 and a25 "Jumlah pemustaka yang memanfaatkan layanan perpustakaan (fisik dan digital)" appears
  (ambiguous). a19 is absent in 2020 and back in 2021; a12 absent in 2021; a02, a11, a18 start in 2019; a06, a08, a24 in 2020.
- dkp: "kapal perikanan" -> "armada penangkapan ikan" -> "armada kapal perikanan" (b08, synonyms); "Angka Konsumsi Ikan" / "Tingkat konsumsi ikan
  masyarakat" / "AKI (kg/kap/thn)"; "pembudi daya"; UPI / unit pengolahan ikan; SKP expanded and abbreviated; "Produksi perikanan tangkap di laut" (2022, words added).
  Look-alikes: b01 tangkap vs b02 budidaya; b12 UPI vs b13 UPI ber-SKP; b14 Pokdakan vs b15 KUB; b23 NTN vs b24 NTPi; b06 nelayan vs b07 pembudidaya.
  b09 (nelayan with KUSUKA) ends in 2021 and b27 (pelaku usaha perikanan with KUSUKA) starts in 2022 (ambiguous: scope widened).
- dispora: IPP / "Indeks Pembangunan Pemuda" / "Nilai IPP"; OKP; Prosentase; "Kab." / "Kabupaten"; cabor, sarpras, wisnus, wisman, ekraf; "bersertifikat" /
  "bersertifikasi"; 2021 names carry the unit in brackets. Look-alikes: c08 atlet tingkat provinsi vs c09 tingkat nasional; c12 pelatih vs c13 wasit/juri;
  c22 wisatawan nusantara vs c23 mancanegara; c16 sarpras berstandar vs c17 sarana dibangun/direhabilitasi. c15 "Persentase masyarakat yang berolahraga"
  (2020-2022) vs c21 "Angka Partisipasi Olahraga (APO)" (2023) are listed as ambiguous. The agency becomes Disporapar in 2022.
""")
    open(os.path.join(ROOT, "README.md"), "w").write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
