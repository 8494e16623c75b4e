"""Write README.md and NAMES.md from the generators' own descriptions and trap notes."""
import os

INTRO = """# blind53 - held-out test set: three invented agencies, four years each

Everything here is invented (places, people, figures). Built by `gen/run_all.sh` (openpyxl -> LibreOffice
headless, so every formula carries a cached value), checked by `verify.py`.

| folder | agency | years | files |
| --- | --- | --- | --- |
{table}

## Key conventions (as in the brief)
- `rows[]`: one row per indicator per year. `row` is the 1-based row of the indicator's name cell (top-left of a
  merge); `col` is added where two key rows share a sheet row (the side-by-side sheet of the BPSMB). `written` is
  the name cell's text exactly.
- Numbers in %-formatted cells are fractions -> keyed in percent points. Text is read in Indonesian convention
  ("1.250 orang" = 1250, "85,5 %" = 85.5). Ranges -> lower bound ("87-90" -> 87, ">= 90" / "≥ 92" -> the number).
  Grades (B, BB, A), "-" and N/A -> null. Typed mistakes are keyed AS TYPED (a target typed 10x stays 10x; a
  fraction typed into a General cell of a % indicator stays a fraction; a column-13 realisasi typed over as 0 stays 0).
- Quarterly / monthly sheets without an annual realisasi: realisasi = sum of the periods for FLOW indicators, the
  last reported period for level / cumulative ones (flow ids are listed per agency below). "-" in a period = none.
- Multi-year tables: only the sheet's own year is keyed (earlier-year columns of the LKjIP table and the
  "Tahun 2021" T/R column of Kesbangpol 2022 are not). A sheet holding two whole tables of different years (BPSMB
  2019 | 2020 side by side) is keyed for both years.
- Not keyed: sasaran / misi / tujuan / group rows, programme and kegiatan names, budget lines, averages, predikat
  rows, signatures, hidden sheets, notes sheets, continuation lines, the data sheet behind the VLOOKUPs, and the
  second copy of a duplicated row.
- Table in thousands: the BPSMB 2022 summary states "(nilai rupiah dalam ribuan rupiah)" once in its title; its two
  Rupiah rows are keyed in FULL rupiah (cell value x 1000), consistent with the other years of that agency.
- T/R in one cell (Kesbangpol 2022): target = the part before "/" (or after "T:"), realisasi = the part after "/"
  (or after "R:"), each read as above.
- Dot-decimal year (Kesbangpol 2023): percentages and indices typed as text with a DOT decimal ("87.5", "77.35")
  are keyed 87.5 / 77.35; the same sheet's count "1.480" (orang) is keyed 1480.
- `ambiguous`: pairs that a careful reader could merge or keep apart (neither is counted wrong).

## Unexpected layouts used
1. Misi / Tujuan / Sasaran: THREE levels of merged group rows above the indicator rows (DKPP 2018).
2. Own: every indicator as a PAIR of rows, a "Target" row and a "Realisasi" row, quarters across and a "Tahun"
   column (DKPP 2020).
3. "Realisasi s/d 2021" cumulative column right beside the year's realisasi, plus earlier years' columns and a
   Renstra target (DKPP 2021, LKjIP).
4. Target and Realisasi in ONE cell ("100 / 92,3", "T: 12 R: 10", "1.200 / 1.315 orang", "B / BB", "- / 42")
   beside last year's pair (Kesbangpol 2022).
5. Percentages with a dot as decimal mark in one year of an otherwise Indonesian-convention workbook, with target and
   realisasi each followed by their own Satuan column and one header row (Kesbangpol 2023).
6. Own: an indicator name that wraps into a second, unmerged row holding only the rest of the name (Kesbangpol 2023).
7. A year written as a bulleted report in merged text cells (some bullets carry narrative and figures) with the
   figures in a small numbered table below, matched by bullet number (Kesbangpol 2024).
8. Two whole years side by side on one sheet with different row counts (BPSMB 2019 | 2020).
9. Targets in one sheet and MONTHLY realisasi in another sheet matched by indicator number only, with two pairs of
   rows in a different order (BPSMB 2021).
10. A formula-driven summary sheet pulling every figure by VLOOKUP from a code-only data sheet, with the Rupiah
   rows in thousands stated once in the title, and one VLOOKUP typed over (BPSMB 2022).
Also: E.81 (Permendagri 86) with K/Rp pairs and programme/kegiatan rows (Kesbangpol 2021), quarterly Rencana Aksi
without an annual realisasi column (DKPP 2019), hidden draft sheets, notes sheets, titles and signatures.
"""

AGENCY_TEXT = {
 "dkpp_batu_merapin": """Flows (realisasi summed over periods): A06, A07, A09, A12, A18. Negative indicators: A03, A04.
Levels: all others (A01 A01b A02 A03 A04 A05 A08 A10 A11 A13 A14 A15 A16 A17 A19 A20 A21 A22).

Look-alikes that must NOT be merged:
- A03 "Persentase desa rawan pangan" vs A04 "Jumlah desa rawan pangan" (Persentase vs Jumlah) vs A22
  "Persentase desa rawan pangan yang ditangani" / "Persentase penanganan desa rawan pangan" (words added change
  the meaning: share of villages vs share of vulnerable villages handled).
- A06 produksi perikanan TANGKAP vs A07 produksi perikanan BUDIDAYA (two sub-types).
- A08 Jumlah kelompok pembudidaya ikan (Pokdakan) vs A09 Jumlah Pokdakan BARU (X vs X baru).
- A13 Nilai Tukar Nelayan (NTN) vs A14 Nilai Tukar Pembudidaya Ikan (NTPi).
- A11 Persentase pangan segar memenuhi syarat keamanan vs A12 Jumlah sampel pangan segar yang diuji.
- A01 Skor PPH Konsumsi vs A01b Skor PPH Ketersediaan within 2020/2021 (both present those years).
Ambiguous: [A01, A01b] - 2018/2019 write only "Skor Pola Pangan Harapan (PPH)" / "Skor PPH"; keyed as A01
(consumption), but a reader could equally leave them unmatched or match them to A01b.
Drift: Prosentase/Persentase, yg, &, Kab., numbering prefixes "1.1." (2020), acronyms AKI / NTN / NTPi / LDPM /
KUSUKA / FSVA / Pokdakan used for their words in some years, units in names, "Pembudi Daya", "%" for Persentase.
Appear/disappear: A04 absent 2019; A09 from 2019; A17 from 2019; A01b and A22 from 2020; A15 gone in 2021; A21
absent 2020.""",
 "kesbangpol_sanggar_wulan": """Flows: B02, B04, B08, B09, B10, B11, B12, B16, B19 (only the 2021 E.81 has quarters; its column 13 is keyed).
Negative: B02 (conflicts). Levels: all others.

Look-alikes that must NOT be merged:
- B01/B01b Persentase konflik sosial ... vs B02 Jumlah (kejadian) konflik sosial (Persentase vs Jumlah).
- B03 Jumlah ormas terdaftar vs B04 Jumlah ormas BARU terdaftar (X vs X baru); B05 Persentase ormas melapor.
- B08 pertemuan FKDM vs B09 pertemuan FKUB vs B10 rapat koordinasi Tim PORA (three different forums' meetings).
- B09 Jumlah pertemuan FKUB vs B14 Indeks Kerukunan Umat Beragama (KUB).
- B12 Jumlah SKP (surat keterangan penelitian) diterbitkan vs B13 Persentase rekomendasi penelitian / SKP tepat waktu.
- B17 Jumlah partai politik penerima bantuan keuangan vs B18 Persentase parpol yang menyampaikan LPJ tepat waktu.
- B06 Tingkat partisipasi pemilih (Pemilu 2024) vs B07 Persentase pemilih pemula yang mendapat pendidikan politik.
Ambiguous: [B01, B01b] - "Persentase penanganan konflik sosial" (2021-2022) was replaced by "Persentase konflik
sosial yang diselesaikan secara tuntas" (2023-2024, Renstra Perubahan; see the Catatan sheet). Keyed as two ids.
Drift: Prosentase/Persentase, yg, Jml., &, Walikota/Wali Kota, acronyms (FKDM, FKUB, Tim PORA/Pora, SKP, KUB, IDI,
Parpol, Banpol, LPJ, wasbang) for their words, capitalisation, "• (n)" bullet prefixes in 2024, narrative tails.
Appear/disappear: B01 2021-22 only, B01b 2023-24; B04 from 2022; B21 from 2022; B07 from 2023; B06 only 2024;
B10 gone in 2024; B20 absent 2023.""",
 "uptd_bpsmb_nusa_kelana": """Flows: C01, C19, C02, C03, C06, C07, C11, C13, C16, C17. Negative: C04, C05 (turnaround days), C16 (complaints).
Levels: all others.

Look-alikes that must NOT be merged:
- C01 Jumlah sampel yang diuji vs C19 Jumlah sampel KOMODITAS EKSPOR yang diuji (a sub-type).
- C02 Sertifikat Hasil Uji (SHU) vs C03 Sertifikat mutu (SPPT SNI) (two kinds of certificate).
- C04 rata-rata waktu penyelesaian PENGUJIAN vs C05 rata-rata waktu penerbitan SERTIFIKAT.
- C06 retribusi jasa PENGUJIAN vs C07 retribusi SERTIFIKASI.
- C10 Jumlah parameter / ruang lingkup terakreditasi (cumulative) vs C11 parameter BARU terakreditasi.
- C15/C15b Persentase keluhan/pengaduan ditindaklanjuti/diselesaikan vs C16 Jumlah keluhan pelanggan.
- C17 Jumlah uji profisiensi diikuti vs C18 Persentase hasil uji profisiensi memuaskan.
Ambiguous: [C15, C15b] - "Persentase keluhan pelanggan yang ditindaklanjuti" (2019, 2021) vs "Persentase Pengaduan
yang Diselesaikan" / "Persentase Pengaduan Pelanggan yang Selesai Ditangani" (2020, 2022): followed up vs resolved.
Drift: Prosentase/Persentase, "Rata - rata"/"Rata2"/"Waktu rata-rata", Komoditi/komoditas, yg, acronyms SHU, IKM,
KAN, SPPT SNI, "%" for Persentase, "lab.", units in names, reordered phrases.
Appear/disappear: C05, C11, C18 from 2020; C20 only 2019 and 2021; C21 absent 2020.""",
}


def write(root, allbooks):
    table = []
    for mod, meta, books, rows in allbooks:
        table.append("| `%s/` | %s | %s | %s |" % (mod.SLUG, mod.AGENCY, ", ".join(map(str, meta["years"])),
                                                  "; ".join("`%s`" % b.file for b in books)))
    out = [INTRO.replace("{table}", "\n".join(table))]
    out.append("## Key-row counts\n")
    out.append("| agency | " + " | ".join("year %d" % (k + 1) for k in range(4)) + " | total |")
    out.append("| --- | --- | --- | --- | --- | --- |")
    for mod, meta, books, rows in allbooks:
        cnt = ["%d: %d" % (y, sum(1 for r in rows if r["year"] == y)) for y in meta["years"]]
        out.append("| %s | %s | %d |" % (mod.SLUG, " | ".join(cnt), len(rows)))
    out.append("")
    for mod, meta, books, rows in allbooks:
        out.append("## %s - %s (%s)\n" % (mod.SLUG, mod.AGENCY, ", ".join(map(str, meta["years"]))))
        out.append(AGENCY_TEXT[mod.SLUG] + "\n")
        for b in books:
            years = sorted({r["year"] for r in rows if r["file"] == b.file})
            out.append("### `%s` (keyed years: %s)\n" % (b.file, ", ".join(map(str, years))))
            out.append("Sheets: " + ", ".join("`%s`%s" % (ws.title, " (hidden)" if ws.sheet_state == "hidden" else "")
                                             for ws in b.wb.worksheets) + "\n")
            for ws in b.wb.worksheets:
                descs = [t for s, t in b.desc if s == ws.title]
                notes = sorted([(r, t) for s, r, t in b.notes if s == ws.title])
                nkeys = sum(1 for rec, _ in b.keys if rec["sheet"] == ws.title)
                out.append("#### sheet `%s` - %d key rows\n" % (ws.title, nkeys))
                for d in descs:
                    out.append(d + "\n")
                if notes:
                    out.append("Planted mistakes and traps, by row:\n")
                    for r, t in notes:
                        out.append("- row %d: %s" % (r, t))
                    out.append("")
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

    # NAMES.md
    n = ["# Indicator names per id per year (exact `written` text; '—' = not reported that year)\n"]
    for mod, meta, books, rows in allbooks:
        n.append("## %s\n" % mod.SLUG)
        n.append("| id | " + " | ".join(str(y) for y in meta["years"]) + " |")
        n.append("| --- |" + " --- |" * len(meta["years"]))
        ids = []
        for r in rows:
            if r["same_as"] not in ids:
                ids.append(r["same_as"])
        ids.sort(key=lambda x: (x[:3], len(x), x))
        for i in ids:
            cells = []
            for y in meta["years"]:
                w = [r["written"] for r in rows if r["same_as"] == i and r["year"] == y]
                cells.append(" / ".join(x.replace("|", "\\|").replace("\n", " ") for x in w) if w else "—")
            n.append("| %s | %s |" % (i, " | ".join(cells)))
        amb = ", ".join("[%s, %s]" % tuple(p) for p in meta["ambiguous"])
        n.append("\nAmbiguous pairs: %s\n" % amb)
    with open(os.path.join(root, "NAMES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(n) + "\n")
