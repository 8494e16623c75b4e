"""README.md and NAMES.md for blind40, written from the registry the generators filled."""
import os

from common import ROOT

INTRO = """# blind40 — held-out test set (three invented agencies, four years each)

Everything here is invented: places, agencies, people, NIPs and figures. Built from scratch by
`gen/run_all.sh` (Python/openpyxl writes `gen/raw/*.xlsx`; every delivered workbook is then saved by
LibreOffice headless into its final format, so formulas carry cached values). `verify.py` re-reads every
key row from the delivered files (xls/ods converted back to xlsx in `gen/tmp/`) and checks
written / target / realisasi.

| folder | agency | years | files | key rows |
| --- | --- | --- | --- | --- |
{FOLDERS}

## Key conventions (key.json)
* One row per indicator per year. `row` = 1-based row of the indicator's name cell (top-left of a merge);
  `written` = that cell's text exactly (numbering prefixes such as `1.1 ` or `a. ` are part of it).
* EXTRA field `col` (name cell's column letter) on every row. It matters in two layouts: the transposed
  sheet `PK 2020` of `PK_DPMK_2020_2021.xls` (all names are in row 4, one column per indicator) and the
  side-by-side double print `PK TW II & TW IV 2022` (key = the right-hand TW IV copy, column I).
* Numbers in %-formatted cells are fractions -> keyed in percent points. Text is parsed the Indonesian
  way (`"1.850"` = 1850, `"85,1"` = 85.1, `"3.415 orang"` = 3415, `"Rp 750 juta"` = 750). Ranges -> lower
  bound (`"70-75"` -> 70, `"85 - 90"` -> 85, `"125-130"` -> 125); `">= 3.300"` -> 3300, `"≤ 2,0"` -> 2.
  Grades (B, BB, CC, C), `-`, `N/A` -> null.
* Typed mistakes are keyed AS TYPED (target 200 typed for 20, 0,934 typed for 93,4 %, 0,75 typed for 75 %,
  a column-13 cell typed 0 over its formula). Formula cells are keyed by their cached value.
* Sheets with quarters / months / semesters AND an annual realisasi column: the annual column is keyed.
  Without one (`RA 2018` of agency B, `PK 2021` of agency C): flows = sum of the periods (`-` counts 0),
  levels = the last reported period (blank and `-` periods skipped). Flow ids are listed per agency.
* Multi-year tables: only the sheet's own year is keyed (earlier-year columns are NOT keys and are
  sometimes revised on purpose). Hidden sheets, notes sheets, sasaran/group rows, programme budget lines,
  averages, signatures and the second copy of a duplicated row are not key rows.
* `ambiguous` lists pairs a careful reader may merge or keep apart (neither is counted wrong).

## Layouts a tool might not expect (planted on purpose)
1. **Transposed table** (indicators across, years down): `dpmk_wandoma_jaya/PK_DPMK_2020_2021.xls`, sheet `PK 2020`.
2. **Table starting in column F and split over two sheets**: `dinas_pendidikan_dayah_tanoh_alue/LKjIP_2022_Bab_III_Dinas_Pendidikan_Dayah.xlsx`.
3. **Sasaran as a numbered line inside the name column + realisasi per semester, no annual column**:
   `badan_penghubung_teluk_saranggi/PK_Badan_Penghubung_2021.xlsx`.
4. **The same form printed twice side by side** (TW II left, TW IV right): `badan_penghubung_teluk_saranggi/Pengukuran_Kinerja_TW_2022_Badan_Penghubung.ods`.
5. **English headers** (names still Indonesian): `badan_penghubung_teluk_saranggi/LKjIP_2023_Performance_Table_Badan_Penghubung.xlsx`.
6. **Bone-style vertical quarter blocks without an annual realisasi**: `dpmk_wandoma_jaya/RA_DPMK_Wandoma_Jaya_2018.xlsx`.
7. **Monthly sheet with Jan-Jun columns hidden**: `dpmk_wandoma_jaya/Monev_Bulanan_DPMK_2019.ods`.
8. **E.81 without a Satuan column, units inside the names** (17-column scheme): `badan_penghubung_teluk_saranggi/E81_Badan_Penghubung_2024.xls`.
"""

AGENCY_TEXT = {
    "A": """Dinas Pendidikan Dayah of the invented Aceh kabupaten **Tanoh Alue** (ibukota Keude Alue Raya), 2019-2022.

* Flows (periods add up): A04, A06, A12, A18, A20, A21. All others are levels. (Both quarterly A layouts
  carry their own annual realisasi column, so the rule is not needed for the keys of agency A.)
* Negative indicators (lower is better): A07 (rasio santri per teungku), A13 (angka putus sekolah).
* Must NOT be merged: A01 vs A02 (Persentase vs Jumlah dayah terakreditasi); A03 vs A04 (santri vs santri
  baru); A10 vs A11 (dayah salafiyah vs dayah terpadu, two sub-types); A09 vs A21 (dayah penerima bantuan
  operasional vs bantuan rehabilitasi sarana); A05 vs A06 (teungku bersertifikat % vs teungku dilatih).
* Ambiguous: A14 / A14b ("lulus uji kompetensi kitab kuning" 2019, 2020, 2022 vs "lulus uji kompetensi
  baca kitab" 2021).
* Intended merges across strong drift: A15 2020 writes the words "Nilai Akuntabilitas Kinerja Instansi
  Pemerintah (AKIP)" for "Nilai SAKIP"; A09 2021 uses the acronym "BOD (Bantuan Operasional Dayah)";
  A16 "Indeks Kepuasan Masyarakat" -> "IKM terhadap layanan Dinas" -> "Nilai IKM"; A17 "serapan" /
  "realisasi" / "penyerapan" anggaran; A19 "aplikasi SIM-Dayah" -> "Sistem Informasi Manajemen Dayah";
  A03 2021 "Jumlah santri pada dayah binaan"; A12 hafiz / penghafal / hafizh / hafal.
* Appear / disappear: A14b only 2021; A19 from 2021; A20 only 2019-2020; A21 from 2020.
""",
    "B": """Dinas Pemberdayaan Masyarakat Kampung (DPMK) of the invented Papua kabupaten **Wandoma Jaya** (ibukota
Sorendi), 2018-2021.

* Flows: B11 (BUMKam baru), B12 (aparat dilatih), B22 (temuan), B23 (pasar direvitalisasi). All others
  are levels (status counts, percentages, index, counts of active bodies). The rule is used for the keys of
  `RA 2018` (no annual realisasi).
* Negative indicators: B04, B05 (kampung tertinggal / sangat tertinggal), B22 (temuan).
* Must NOT be merged: B01-B05 are five IDM status sub-types (mandiri / maju / berkembang / tertinggal /
  sangat tertinggal), in particular B04 vs B05; B07 vs B08 (RPJM Kampung vs APB Kampung); B10 vs B11
  (BUMKam aktif vs BUMKam baru); B16 vs B17 (Jumlah vs Persentase kampung menerapkan Siskeudes); B19 vs
  B20 (Persentase vs Jumlah posyandu aktif).
* Ambiguous: B17 / B17b ("menerapkan Siskeudes" 2020 vs "menerapkan Siskeudes online" 2021).
* Intended merges across strong drift: B01-B05 2020 "Kampung Maju (jumlah)" word order; B06 "Rata - rata
  nilai IDM" / "Indeks Desa Membangun" / "Indeks Kampung Membangun"; B07 RPJM Kampung / RPJMK / RPJMKam;
  B08 APBK / APB Kampung / APBKam; B10 BUMKam / Badan Usaha Milik Kampung / BUM Kampung; B13 Kader
  Pemberdayaan Masyarakat (KPM) / KPMK; B14 "laporan pertanggungjawaban" vs "LPJ"; B15 "LKK"; B18 TP-PKK.
* Appear / disappear: B15 absent 2020 (returns 2021); B16 2018-2020; B17 2020; B17b 2021; B20 2020-2021;
  B23 2018-2019.
""",
    "C": """Badan Penghubung Daerah of the invented province **Teluk Saranggi** (its liaison office in Jakarta),
2021-2024.

* Flows: C02, C05, C06, C06b, C07, C08, C10, C11, C12, C14, C19, C20. Levels: C01, C03, C04, C09, C13,
  C15, C16, C17, C18. The rule is used for the keys of `PK 2021` (semesters, no annual realisasi).
* Negative indicators: C18 (rata-rata waktu penyelesaian, hari), C19 (jumlah keluhan).
* Must NOT be merged: C01 vs C02 (Persentase fasilitasi kunker vs Jumlah pejabat/tamu difasilitasi);
  C09 vs C10 (mahasiswa penghuni asrama vs mahasiswa baru); C12 vs C13 (Jumlah vs Persentase UMKM
  difasilitasi promosi); C07 vs C08 (kerja sama dengan K/L vs koordinasi dengan K/L); C03 vs C19 (IKM mess
  vs keluhan pengguna mess).
* Ambiguous: C06 / C06b ("pengunjung anjungan" 2021, 2022, 2024 vs "kunjungan ke Anjungan Provinsi" 2023).
* Intended merges across strong drift: "Mess Daerah" renamed "Wisma Daerah" in 2024 (C03, C04, C19);
  every 2024 name carries its unit in parentheses (no Satuan column); C01 "kunker" / "Pemprov"; C07/C08
  "K/L" for "Kementerian/Lembaga"; C14 berita / informasi / publikasi; C11 unit "(Rp juta)" / "(juta rupiah)".
* Appear / disappear: C06b 2023 only; C10 from 2022; C13 from 2023; C19 absent 2023.
""",
}


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def write(REG, AGENCIES):
    lines = []
    rows_tbl = []
    for ag, data, _ in AGENCIES:
        rows_tbl.append(f"| `{data.SLUG}/` | {data.AGENCY} | {data.YEARS[0]}-{data.YEARS[-1]} | "
                        f"{len(REG.files[ag])} | {len(REG.keys[ag])} |")
    lines.append(INTRO.replace("{FOLDERS}", "\n".join(rows_tbl)))
    for ag, data, _ in AGENCIES:
        lines.append(f"\n## Agency {ag}: `{data.SLUG}/`\n")
        lines.append(AGENCY_TEXT[ag])
        per_year = {}
        for k in REG.keys[ag]:
            per_year[k["year"]] = per_year.get(k["year"], 0) + 1
        lines.append("Key rows per year: " + ", ".join(f"{y}: {n}" for y, n in sorted(per_year.items())) + "\n")
        for raw, delivered, fmt in REG.files[ag]:
            lines.append(f"\n### `{delivered}` ({fmt}; generated as `gen/raw/{raw}`)\n")
            years = sorted({k["year"] for k in REG.keys[ag] if k["file"] == delivered})
            lines.append(f"Years keyed: {', '.join(map(str, years))}.\n")
            sheets = []
            for sh, txt in REG.layouts.get((ag, delivered), []):
                if sh not in sheets:
                    sheets.append(sh)
            for n in REG.notes.get((ag, delivered), []):
                if n[0] not in sheets:
                    sheets.append(n[0])
            hidden = {n[0] for n in REG.notes.get((ag, delivered), []) if n[2].startswith("HIDDEN")}
            for sh in sheets:
                lines.append(f"\n**Sheet `{sh}`**" + (" (HIDDEN)" if sh in hidden else "") + "\n")
                for s2, txt in REG.layouts.get((ag, delivered), []):
                    if s2 == sh:
                        lines.append(f"* Layout: {txt}")
                ks = [k for k in REG.keys[ag] if k["file"] == delivered and k["sheet"] == sh]
                if ks:
                    if len({k['row'] for k in ks}) == 1 and len(ks) > 1:
                        lines.append("* Key rows (row %d, by column): " % ks[0]["row"] +
                                     ", ".join(f"{k['col']} {k['same_as']}" for k in ks))
                    else:
                        lines.append("* Key rows: " + ", ".join(f"{k['row']} {k['same_as']}" for k in ks))
                ns = [n for n in REG.notes.get((ag, delivered), []) if n[0] == sh]
                if ns:
                    lines.append("* Planted mistakes and traps:")
                    for _, row, txt in sorted(ns, key=lambda n: n[1]):
                        where = f"row {row}" if row else "sheet"
                        lines.append(f"  * {where}: {txt}")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")

    # NAMES.md
    out = ["# Indicator names per id per year (the `written` text of each key row)\n",
           "`—` = not present that year. Ids ending in `b` are the ambiguous partners listed in key.json.\n"]
    for ag, data, _ in AGENCIES:
        out.append(f"\n## Agency {ag}: {data.AGENCY}\n")
        out.append("| id | unit | flow/level | " + " | ".join(str(y) for y in data.YEARS) + " |")
        out.append("| --- | --- | --- | " + " | ".join("---" for _ in data.YEARS) + " |")
        names = {}
        for k in REG.keys[ag]:
            names.setdefault(k["same_as"], {})[k["year"]] = k["written"]
        for i in sorted(names, key=lambda x: (x[:3], x)):
            d = data.D[i]
            kind = d["kind"] + (" (neg)" if d["neg"] else "")
            out.append(f"| {i} | {esc(d['unit'])} | {kind} | " +
                       " | ".join(esc(names[i].get(y, "—")) for y in data.YEARS) + " |")
        out.append("\nMust not be merged: " + "; ".join(f"{a} vs {b} ({why})" for a, b, why in data.MUST_NOT_MERGE) + ".")
        out.append("Ambiguous: " + "; ".join(" / ".join(p) for p in data.AMBIGUOUS) + ".\n")
    with open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
