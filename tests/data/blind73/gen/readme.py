"""Write README.md from the key files, the cell maps (layouts, mistakes, flow ids) and the notes below."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CELLMAP = os.path.join(ROOT, "gen", "cellmap")

PAIRS = {
    "uptd_bkpm_prov_nusa_semanggi": [
        "**Look-alikes to keep apart:** P01 *Jumlah kasus TBC (yang) ditemukan* vs P02 *Persentase / Prosentase / % "
        "kasus TBC (yang) ditemukan (thd perkiraan / CDR / Treatment Coverage)* - same subject, a count and a rate, "
        "side by side every year; P08 *Jumlah kunjungan BARU rawat jalan / pasien baru* vs P07 (total kunjungan "
        "rawat jalan) and its 2022-23 parts P19 / P20; P11 *kegiatan* penyuluhan (kali) vs P12 *peserta* "
        "penyuluhan (orang).",
        "**Ambiguous pair:** P06 *Jumlah pemeriksaan spirometri* (2020-21) / P06b *Jumlah pemeriksaan faal paru "
        "(spirometri dan peak flow)*, *Jml pemeriksaan fungsi/faal paru* (2022-23). Spirometry is one lung-function "
        "test; from 2022 the count widens to all faal paru tests (the LKjIP footnote says so). Grouping them or not "
        "are both defensible; the key keeps two ids and lists the pair under `ambiguous`.",
        "**Split:** P07 *Jumlah kunjungan rawat jalan* / *(UMUM & BPJS)* (2020-21) is split in 2022 into P19 "
        "(pasien umum) and P20 (pasien JKN/BPJS); neither part is P07.",
        "**Appearing / disappearing:** P04 (TBC RO) from 2021; P22 (berhenti merokok) from 2022; P05 (status / tes "
        "HIV) last in 2022; P23 (rekam medis) last in 2021.",
    ],
    "uptd_psaa_kota_tanjung_kemuning": [
        "**Look-alikes to keep apart:** A01 *Jumlah anak asuh (yang) dibina / binaan* (a stock, level) vs A02 "
        "*Jumlah anak asuh BARU (yang diterima) / baru binaan* (a flow) - in 2024 the names differ by the word "
        "'baru' only; A03 *Jumlah anak ... direunifikasi* vs A04 *Persentase / % anak ... direunifikasi* (2024: "
        "'Jumlah anak yg berhasil direunifikasi dg keluarga' vs '% anak yg berhasil direunifikasi dg keluarga').",
        "**Ambiguous pair:** A09 *Jumlah anak yang mendapatkan pengasuhan alternatif berbasis keluarga* (2021-22) / "
        "A09b *Jumlah anak yang ditempatkan pada keluarga asuh / orang tua asuh (foster care)* (2023-24). Foster care "
        "is one form of family-based alternative care: a renamed indicator or a narrower one - either reading is "
        "defensible.",
        "**Merge:** A05 *anak asuh (usia sekolah yang) bersekolah* and A19 *anak asuh (yang) naik kelas* (2021-22) "
        "are merged in 2023 into A20 *Persentase Anak Asuh yang Bersekolah dan Naik Kelas*; A20 is neither of them "
        "(the 2024 matrix note says the indicators were merged).",
        "**Appearing / disappearing:** A18 (akreditasi, grade) and A22 (lama tinggal, negative) from 2022; A08 "
        "(sertifikat keterampilan) from 2023; A17 (pengasuh dilatih) last in 2023.",
        "**Wrapped name:** in 2024 A12's name was broken by hand over two rows: row of the figures holds "
        "'% anak asuh berdokumen kependudukan', the next row only 'lengkap (akta, KIA, KK)' (the continuation row "
        "is not a key row; `written` is the first cell's text).",
    ],
    "uptd_persemaian_kab_gunung_seriang": [
        "**Look-alikes to keep apart:** S01 *bibit ... diproduksi* vs S02 *bibit ... didistribusikan* (neighbouring "
        "subjects, same unit, similar size); S05 *sumber benih bersertifikat (unit)* vs S06 *(luas) sumber benih "
        "bersertifikat (Ha)* - in 2021 the two names differ only by the unit in brackets; S01 *Jumlah bibit ... "
        "diproduksi* vs S11 *Jumlah JENIS bibit (yang) diproduksi*.",
        "**Ambiguous pair:** S04 *Persentase daya kecambah benih (uji lab)* (2019-20) / S04b *Viabilitas benih hasil "
        "uji (%)*, *Persentase Viabilitas Benih yang Diuji* (2021-22). Germination and viability are both read from "
        "the seed test; viability can also be measured without germinating (tetrazolium). Same indicator renamed "
        "or a different test - either is defensible.",
        "**Indicator moved into the Sasaran column:** 2022 S11 *Jumlah Jenis Tanaman yang Dibibitkan* is typed in "
        "column B (Sasaran Strategis) with column C empty; its name cell is B16.",
        "**Appearing / disappearing:** S18 (tepat waktu) and S21 (bibit afkir, negative) from 2020; S15 (gerakan "
        "tanam) from 2021; S20 (petugas dilatih) last in 2020.",
    ],
}

NOTKEY = {
    "uptd_bkpm_prov_nusa_semanggi": "hidden draft row 'Jumlah kunjungan rawat inap (draft, dihapus)' in PK 2020; "
    "hidden sheet 'Draft PK 2021'; notes sheet 'Sumber Data'; sasaran header bands of the cards; Capaian / "
    "Kategori cells; budget lines, footnotes and signatures.",
    "uptd_psaa_kota_tanjung_kemuning": "second copy of the A07 row (Rekap 2022); hidden draft row 'Jumlah anak asuh "
    "penyandang disabilitas' (Rekap 2022); programme / kegiatan rows and budgets, 'Rata-rata capaian', 'Predikat', "
    "faktor rows of the E.81; the continuation row of A12 (2024); Tujuan / Sasaran group rows; hidden sheet "
    "'Renstra Awal (draft)'; signatures and notes.",
    "uptd_persemaian_kab_gunung_seriang": "the second pasted copy of the whole 2019 table (rows 44-72 of 'RA 2019'); "
    "two hidden draft rows (bibit bantuan BPDAS) in 'T-R 2020'; hidden sheet 'Draft 2021 (lama)'; group rows "
    "A.-D. of the 2021 halves; budget sheet 'Anggaran' and budget lines; signatures and notes.",
}


def main():
    out = []
    out += ["# blind73 - held-out test set: three invented UPTDs, four years each", "",
            "Everything here is invented (places, agencies, people, NIPs, figures). The workbooks were written by the "
            "generators in `gen/` with openpyxl and saved through LibreOffice (`soffice --headless --convert-to`, "
            "profile `/tmp/lo-blind73`), so every formula carries a cached value. The key was written from the "
            "generators' intended figures, never by reading the files back; `verify.py` re-reads every key row "
            "from the delivered files and checks it.", ""]
    slugs = sorted(d for d in os.listdir(ROOT) if os.path.exists(os.path.join(ROOT, d, "key.json")))
    keys = {s: json.load(open(os.path.join(ROOT, s, "key.json"), encoding="utf-8")) for s in slugs}
    cms = {s: json.load(open(os.path.join(CELLMAP, s + ".json"), encoding="utf-8")) for s in slugs}
    total = sum(len(k["rows"]) for k in keys.values())
    out += ["## Agencies and files", "",
            "| agency dir | agency | years | files | key rows |", "|---|---|---|---|---|"]
    for s in slugs:
        k = keys[s]
        out.append(f"| `{s}` | {k['agency']} | {k['years'][0]}-{k['years'][-1]} | "
                   + "<br>".join(f"`{f}`" for f in k["files"]) + f" | {len(k['rows'])} |")
    out += ["", f"Total: {total} key rows.", ""]
    out += ["## Key conventions", "",
            "`<agency dir>/key.json`: `{agency, years, files, ambiguous, rows}`; each row "
            "`{file, sheet, row, [col], year, written, same_as, target, realisasi}`.", "",
            "- One key row per indicator per year. `row` = 1-based row of the name cell (top-left of its merge); "
            "`col` is given where several key rows share a sheet row (turned-over table, cards, two-column page) - "
            "all key rows of those sheets carry it. `written` = the name cell's text exactly (line breaks, trailing "
            "spaces, numbering such as '1.' or 'a)' included).",
            "- `same_as`: the id; the same id = the same indicator across years (the grouping a careful human "
            "makes). Ids ending in `b` are the second member of an ambiguous pair, listed in `ambiguous`.",
            "- Numbers in %-formatted cells are fractions and are keyed in percent points (0,933 -> 93.3). A fraction "
            "typed in a plain cell is a typed mistake and is keyed AS TYPED (0.93).",
            "- Text is parsed the Indonesian way after dropping Rp, units and footnote marks: '1.250 orang' = 1250, "
            "'85,5 %' = 85.5, 'Rp. 925.000.000,-' = 925000000, '2.810*)' = 2810. Ranges -> lower bound ('88 - 90' = "
            "88, '83 - 85' = 83); '≥ 95', '>= 97', '≤ 60 menit' -> the number; grades (B, BB, A), '-' and N/A -> "
            "null. Typed mistakes -> AS TYPED. A formula -> its cached value.",
            "- Sheets with no annual realisasi (quarter blocks, T/R rows, quarters as rows, monthly recap): "
            "realisasi = the sum of the reported periods for FLOW ids, the last reported period for LEVEL ids "
            "(a period counts as reported when its cell is not empty; '-' is reported but adds nothing). "
            "Cumulative 's.d. TW' columns: the last reported. Sheets WITH an annual realisasi column (or cell): "
            "that column as it stands, even where its formula is wrong or it was typed over.",
            "- E.81: target = column 8 K (Target Renja 2023), realisasi = column 13 K. Renstra matrix: the target "
            "of the realisasi's year (2024). PK Awal / PK Perubahan: PK Perubahan.",
            "- Multi-year tables: only the sheet's own year is keyed (LKjIP 'Realisasi 2020/2021', the Renstra "
            "'Realisasi 2023' and the targets of other years are not).",
            "- Not key rows: sasaran / group rows, programme and kegiatan names, budget lines, averages, totals, "
            "signatures, footnotes, notes sheets, hidden sheets and hidden draft rows, the continuation row of a "
            "wrapped name, the second copy of a duplicated row or table.", ""]
    for s in slugs:
        k, cm = keys[s], cms[s]
        out += [f"## {k['agency']}", "", f"Directory `{s}`, years {', '.join(map(str, k['years']))}.", "",
                "### Layout per year", ""]
        for y in k["years"]:
            n = sum(1 for r in k["rows"] if r["year"] == y)
            out.append(f"- **{y}** ({n} indicators) - {cm['layouts'][str(y)]}")
        out += ["", "### Flow and level ids", "",
                "- FLOW (periods add up): " + ", ".join(cm["flow_ids"]),
                "- LEVEL (last reported period): " + ", ".join(cm["level_ids"]), "",
                "### Planted mistakes (keyed AS TYPED)", ""]
        for y, i, t in sorted(cm["mistakes"]):
            out.append(f"- {y} {i}: {t}")
        out += ["", "### Look-alike and ambiguous pairs, other drift", ""]
        out += [f"- {p}" for p in PAIRS[s]]
        out += ["", f"Not keyed on purpose: {NOTKEY[s]}", ""]
    out += ["## Rebuild and verify", "",
            "```", "bash gen/run_all.sh      # regenerates gen/raw, the three agency dirs, NAMES.md, README.md, runs verify",
            "python3 verify.py        # re-reads every key row (xls/ods converted back to xlsx in gen/tmp)", "```", "",
            "`gen/common.py` holds the value helpers (each figure is written together with the value the key holds "
            "for it), `gen/gen_bkpm.py`, `gen/gen_psaa.py`, `gen/gen_persemaian.py` the three agencies, "
            "`gen/cellmap/*.json` the cells behind every key row (name cell, target / realisasi cells and rule) that "
            "verify.py reads, `gen/dump.py` prints a delivered workbook cell by cell.", ""]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
