# -*- coding: utf-8 -*-
"""Write gen/id_tables.md (id x year table of written names) and the file-layout table of README.md
from the key.json files. README prose lives in gen/readme_head.md / readme_tail.md."""
import json, os
ROOT = "/work/blind22"
SLUGS = ["dlh-tanah-laut", "dpupr-palopo", "disbudpar-toraja-utara"]
NOTES = {
 ("PK_DLH_2019.xlsx", "PK 2019"): "4 title rows + 'Kabupaten :' / 'Nama SKPD :' lines; one header row + numbering row (1)-(5); Sasaran merged; value and unit in two cells each for Target and Realisasi (Banjar 2015 style); numbers; % = ROUND formula; budget lines as text; signature",
 ("Pengukuran Kinerja DLH 2020-2021.ods", "2020"): "two-sheet workbook; No column; Sasaran typed once (blank below); one header row; figures as Indonesian text with unit in the cell ('63,42 poin', '6.815 batang', '66,82 %'); % typed as text ('100,59'); budget lines as text; signature",
 ("Pengukuran Kinerja DLH 2020-2021.ods", "2021"): "two title rows; 'Realisasi 2020' column before Target ('-' where the indicator is new); numbering row; Indonesian text with units; % typed as numbers; budget as label + Rp-formatted number + Serapan formula; signature",
 ("RA_PK_DLH_2022.xls", "RA 2022"): "quarterly Rencana Aksi in Bone-like five-line blocks (Target Tahunan, TW I (B03) .. TW IV (B12)); indicator/No/Satuan merged over 5 rows, key row = first line; Sasaran merged over its blocks; annual realisasi on the Target Tahunan line (typed, or a SUM formula of the quarters for counts); % units stored as fractions with 0.00% format; IKLH has no realisasi (Keterangan 'belum dirilis') -> null",
 ("LAPORAN PENGUKURAN KINERJA 2020.xls", "Sheet1"): "two header rows ('Tahun 2020' over Target/Realisasi/%); Sasaran repeated on every row; separate Satuan column; numbers in percent points; % = ROUND formula ((2T-R)/T for Luas genangan, a negative indicator with no polarity column); budget as label + number; signature",
 ("RENAKSI PUPR 2021.xlsx", "Renaksi TW IV"): "quarterly Rencana Aksi, one row per indicator: Target Tahunan, TW I-IV Target/Realisasi, Realisasi Tahun 2021 (formula: SUM of quarters for counts, =TW IV for levels), Capaian formula; two header rows + numbering row 1..15; Sasaran merged; % units as fractions with 0.00% format",
 ("PK_PUPR_2022.xlsx", "PK 2022"): "no No column: numbering typed into the names ('1. Persentase ...'); one header row; Sasaran merged; row 14 has the indicator ('8. Luas DI ...') typed in the Sasaran column with the Indikator cell blank; % units as fractions (0.00%); % formula; budget lines as text",
 ("pengukuran_kinerja_2023.ods", "PK2023"): "one header row + numbering row; Sasaran merged; Indonesian text with units in the cell; % typed numbers; budget lines as text",
 ("PK Disbudpar 2018 2019.xlsx", "TH 2018"): "two-sheet workbook; numbering row; Sasaran typed once; a blank row between sasaran groups; separate Satuan; numbers (#,##0 for large counts); % typed numbers",
 ("PK Disbudpar 2018 2019.xlsx", "TH 2019"): "no No column; one header row; Sasaran typed once; Indonesian text with units ('312.870 orang', 'Rp. 3.950,25 (juta)', 'Rp. 1.325.000'); % typed as text",
 ("PK 2020.ods", "Pengukuran Kinerja"): "two header rows ('Tahun 2020'); Sasaran merged; row of pw11 has the indicator typed in the Sasaran column; separate Satuan; numbers; % formula",
 ("PK_2021.xls", "2021"): "two header rows; 'Realisasi 2020' column before the year's Target; Sasaran merged; % units as fractions (0.00%); % formula; budget label + number",
}

def main():
    tbl = ["| agency | file | sheet | year | rows | layout notes |", "|---|---|---|---|---|---|"]
    idt = ["# id x year: names as written", ""]
    total = 0
    for slug in SLUGS:
        key = json.load(open(os.path.join(ROOT, slug, "key.json"), encoding="utf-8"))
        seen = []
        for r in key["rows"]:
            k = (r["file"], r["sheet"], r["year"])
            if k not in seen:
                seen.append(k)
        for f, s, y in seen:
            n = sum(1 for r in key["rows"] if (r["file"], r["sheet"], r["year"]) == (f, s, y))
            total += n
            tbl.append(f"| {slug} | {f} | {s} | {y} | {n} | {NOTES[(f, s)]} |")
        ys = key["years"]
        ids = sorted({r["same_as"] for r in key["rows"]})
        idt += [f"## {key['agency']} ({slug})", "", "| id | " + " | ".join(map(str, ys)) + " |",
                "|---|" + "---|" * len(ys)]
        for i in ids:
            cells = []
            for y in ys:
                w = [r["written"] for r in key["rows"] if r["same_as"] == i and r["year"] == y]
                cells.append(("`" + w[0] + "`") if w else "—")
            idt.append(f"| {i} | " + " | ".join(cells) + " |")
        idt += ["", "Ambiguous pairs: " + (", ".join("/".join(p) for p in key["ambiguous"]) or "none"), ""]
    tbl.append(f"| **total** | | | | **{total}** | |")
    open(os.path.join(ROOT, "gen", "id_tables.md"), "w", encoding="utf-8").write("\n".join(idt) + "\n")
    head = open(os.path.join(ROOT, "gen", "readme_head.md"), encoding="utf-8").read()
    tail = open(os.path.join(ROOT, "gen", "readme_tail.md"), encoding="utf-8").read()
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(head + "\n".join(tbl) + "\n" + tail)
    print("docs written; total key rows", total)

if __name__ == "__main__":
    main()
