"""Write gen/id_tables.md (id x year table of written names) and the per-file table of README.md."""
import json
import os
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUGS = ["diskominfo", "disperindag", "bapenda"]
NOTES = {
 "Evaluasi Renja Diskominfo 2020.xls": "E.81, older 17-column scheme (12 = 8+9+10+11, 13 = 12/7x100), Kode column, old Permendagri 13 nomenclature: program + kegiatan only; one programme with two indicator rows (merged name)",
 "Evaluasi Renja Diskominfo 2021.xlsx": "E.81, 15-column scheme, Kode column, Permendagri 90 nomenclature: program / kegiatan / sub kegiatan; urusan heading rows",
 "EVALUASI RENJA DISKOMINFO TAHUN 2022.ods": "E.81, 15+1 columns with Satuan numbered (13 = 9+10+11+12, 14 = 7+13, 15 = 14/6x100), codes inline in the name cell, numbering '1.'; programmes and one sub kegiatan with two indicator rows",
 "Evaluasi Renja Diskominfo 2023.xlsx": "E.81 as 2022 but Kode column; every % indicator stored as a fraction with 0.00% format (key in percent points)",
 "Pengukuran Kinerja Disperindag 2019-2020.xlsx": "two sheets; 'PK 2019': Banjar-style Sasaran | Indikator | Target+satuan | Realisasi+satuan | % (sasaran merged); 'PK 2020 ' (trailing space in sheet name): numbered table, % values as fractions, capaian as fraction formula, negative indicator (2T-R)/T",
 "PK_DISPERINDAG_2021.xls": "annual table with Nilai/Satuan pairs, programme, anggaran and realisasi anggaran merged per sasaran, JUMLAH row",
 "Rencana Aksi Disperindag TA 2022.ods": "quarterly Rencana Aksi, Bone style: 5-line block per indicator (Target Tahunan, TW I (B03) .. TW IV (B12)); key row = block's first line; target = Target Tahunan; realisasi = TW IV realisasi (cumulative); rate indicators have '-' in TW I-III",
 "LKjIP Bapenda 2020 - Tabel Bab III.xlsx": "LKjIP chapter III table: Realisasi 2017 | 2018 | 2019 side by side, then Target / Realisasi / Capaian 2020 and 'Peningkatan dari tahun lalu'; key = 2020 figures only",
 "Capaian Kinerja Bapenda 2021.ods": "Realisasi 2020 | Target, Realisasi, % 2021 | Target Akhir Renstra (2026) | Capaian s.d. 2021 terhadap Renstra (%); sasaran heading rows; % indicators stored as fractions",
 "PENGUKURAN KINERJA BAPENDA 2022.xlsx": "stacked: indicator name row (merged B:F), then Target / Realisasi / Capaian rows under it (capaian as fraction); sasaran heading rows A.-D.",
 "Capaian IKU dan Indikator Lainnya Bapenda 2023.xls": "one sheet, two tables: A. IKU (6 rows, % as fractions, capaian fraction) above, B. Indikator Kinerja Lainnya (15 rows, with Realisasi 2022 and Peningkatan) below",
}

lines = ["# id x year: the names as written\n",
         "Blank = the indicator has no row that year. Ambiguous pairs are listed under each table.\n"]
ft = ["| agency | file | sheet | year | key rows | layout notes |", "| --- | --- | --- | --- | --- | --- |"]
tot = Counter()
for slug in SLUGS:
    key = json.load(open(os.path.join(ROOT, slug, "key.json"), encoding="utf-8"))
    ys = key["years"]
    tab = defaultdict(dict)
    for r in key["rows"]:
        tab[r["same_as"]][r["year"]] = r["written"]
    lines.append("\n## %s (`%s/`)\n" % (key["agency"], slug))
    lines.append("| id | " + " | ".join(str(y) for y in ys) + " |")
    lines.append("| --- |" + " --- |" * len(ys))
    for iid in sorted(tab):
        lines.append("| %s | " % iid + " | ".join(tab[iid].get(y, "").replace("|", "/") for y in ys) + " |")
    lines.append("\nAmbiguous: " + (", ".join("%s ~ %s" % tuple(p) for p in key["ambiguous"]) or "none") + "\n")
    cnt = Counter((r["file"], r["sheet"], r["year"]) for r in key["rows"])
    for (f, s, y), n in cnt.items():
        ft.append("| %s | %s | `%s` | %d | %d | %s |" % (slug, f, s, y, n, NOTES.get(f, "").replace("|", "/")))
        tot[slug] += n
open(os.path.join(ROOT, "gen", "id_tables.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
ft.append("")
ft.append("Totals: " + ", ".join("%s %d" % (s, tot[s]) for s in SLUGS) + "; all %d key rows." % sum(tot.values()))
open(os.path.join(ROOT, "gen", "file_table.md"), "w", encoding="utf-8").write("\n".join(ft) + "\n")
head = open(os.path.join(ROOT, "gen", "README.head.md"), encoding="utf-8").read()
tail = open(os.path.join(ROOT, "gen", "README.tail.md"), encoding="utf-8").read()
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(head + "\n".join(ft) + "\n" + tail)
print("docs written")
