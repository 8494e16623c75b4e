"""Writes README.md and NAMES.md from the keys and the generator notes."""
import json, glob, os
ROOT = '/work/blind48'
AG = ['uptd_pald_watu_pelangi', 'diskopukm_prov_nusa_kencana', 'bpbd_prov_kalimaya_barat']
LOOK = {
 'uptd_pald_watu_pelangi': [
  "A02 (Persentase rumah tangga terlayani SPALD) vs A03 (Jumlah pelanggan LLTT): Persentase vs Jumlah, NOT the same",
  "A03 (Jumlah pelanggan LLTT, level) vs A08 (Jumlah pelanggan LLTT baru, flow): X vs X baru, NOT the same",
  "A05 (Kadar BOD efluen) vs A06 (Kadar TSS efluen): two parameters, NOT the same",
  "A10 (Jumlah truk tinja beroperasi) vs A11 (Persentase truk tinja laik jalan): NOT the same",
  "A02 vs A20 (Persentase rumah tangga dengan akses sanitasi aman, new in 2021): AMBIGUOUS (listed in key.ambiguous)",
  "A13 appears as 'Indeks Kepuasan Masyarakat (IKM) layanan IPLT' / 'IKM Layanan IPLT' / 'Nilai IKM layanan UPTD PALD': same indicator (acronym vs words)",
  "A04 2020 'Ritase truk tinja ke IPLT (rit/tahun)' and 2021 '... kendaraan penyedot tinja yang membuang ke IPLT': same",
 ],
 'diskopukm_prov_nusa_kencana': [
  "B01 (Persentase koperasi aktif) vs B02 (Jumlah koperasi aktif): NOT the same; B01 2024 is written '% koperasi aktif'",
  "B14 (Jumlah koperasi yang melaksanakan RAT) vs B15 (Persentase koperasi ... RAT): NOT the same",
  "B10 (SDM koperasi dilatih) vs B11 (SDM UKM dilatih): two sub-types, NOT the same",
  "B12 (Volume usaha koperasi) vs B13 (Modal sendiri koperasi): NOT the same",
  "B03 (Persentase koperasi sehat) vs B04 (Jumlah koperasi yang dinilai kesehatannya): NOT the same",
  "B05 (UKM binaan naik kelas, 2021-2023) vs B05b (usaha mikro naik kelas menjadi usaha kecil, 2024): AMBIGUOUS",
  "B07 'Jumlah wirausaha baru' = 'Jumlah WUB' (2024 acronym); B18 'Nilai SAKIP' = 'Nilai AKIP' = 'Predikat SAKIP ...'",
 ],
 'bpbd_prov_kalimaya_barat': [
  "C03 (Desa Tangguh Bencana dibentuk / baru, flow) vs C04 (Jumlah Desa Tangguh Bencana, cumulative level): X baru vs X, NOT the same",
  "C08 (rumah rusak BERAT direhabilitasi) vs C09 (rumah rusak SEDANG direhabilitasi): two sub-types, NOT the same",
  "C07 (Persentase rumah rusak direhabilitasi) vs C08/C09 (Jumlah ...): NOT the same",
  "C10 (personil TRC dilatih) vs C11 (relawan dilatih): NOT the same",
  "C13 (Jumlah EWS dipasang) vs C14 (Persentase EWS berfungsi): NOT the same",
  "C17 (Jumlah kejadian karhutla) vs C18 (Luas karhutla, ha): NOT the same",
  "C16 (korban menerima bantuan logistik, 2022-2023) vs C16b (pemenuhan kebutuhan dasar korban, 2024-2025): AMBIGUOUS",
  "C01 2024 is written just 'IRB', C02 2024 'IKD Provinsi' (acronyms only); C06 2024 'Respon time penanganan kejadian bencana' = waktu tanggap darurat",
 ]}
NEG = {'uptd_pald_watu_pelangi': 'A05, A06, A14', 'diskopukm_prov_nusa_kencana': 'none',
       'bpbd_prov_kalimaya_barat': 'C01, C06, C17, C18'}
out = ["# blind48: held-out test set (three invented agencies)", "",
"All places, people, NIPs and figures are invented. Every delivered workbook was written with openpyxl into `gen/raw/`",
"and saved through LibreOffice headless (`gen/convert.py`), so formulas carry cached values. `gen/run_all.sh` rebuilds",
"everything (generators `gen/gen_*.py`, shared helpers `gen/common.py`, docs `gen/make_docs.py`) and runs `verify.py`.",
"`gen/cellmap_<slug>.json` records, per key row, the cells the key values were taken from (used by verify.py only).", "",
"## Key conventions used",
"- one row per indicator per year; `row` is the 1-based row of the name cell (top-left of a merge); `col` only where key rows share (file, sheet, row).",
"- % formatted cells hold fractions -> keyed in percent points; text is parsed Indonesian style ('1.250 orang' = 1250, '85,5 %' = 85.5);",
"  ranges '80-85' -> lower bound; '>= 90' -> 90; grades (B, BB, A) / '-' / blank -> null; typed mistakes keyed AS TYPED",
"  (a target typed 10x is keyed 10x; a fraction typed into a percent-point column without % format, e.g. 0.92, is keyed 0.92).",
"- sheets with quarters/months and NO annual realisasi column: realisasi = sum of the periods for flow indicators, last reported",
"  (non-empty) period for level/cumulative ones. Where an annual realisasi column exists (E.81 col 12/14) that column is keyed.",
"- multi-year tables: only the sheet's own year is keyed (LKjIP 2019/2020 columns, 'Realisasi 2023' row of IKU 2024).",
"  Exception by design: 'Capaian 2022 & 2023' holds two full PK tables side by side, both keyed (with col).",
"- not keyed: sasaran/group rows, programme/kegiatan names, budget lines, averages, predikat, signatures, hidden sheets, notes sheets,",
"  the second copy of a duplicated row/block.", "",
"## Layouts chosen",
"| agency | year | file | layout |", "|---|---|---|---|",
"| UPTD PALD | 2018 | PK UPTD IPLT 2018.xls | annual PK, ONE header row, merged Sasaran/No, no Satuan column, budget + signature |",
"| UPTD PALD | 2019 | Rencana Aksi dan Realisasi TW 2019.ods | quarterly Rencana Aksi, two header rows TW I-IV Target/Realisasi pairs, numbered row, NO annual realisasi; notes sheet first, hidden draft |",
"| UPTD PALD | 2020 | Monitoring Kinerja UPTD PALD 2020-2021.xlsx / 'Realisasi Bulanan 2020' | MONTHLY sheet Jan..Des, no total column, sasaran bands |",
"| UPTD PALD | 2021 | same file / 'Tabel 3.1 LKjIP 2021' | LKjIP ch. III table with Realisasi 2019/2020 columns, Target Akhir Renstra, average row |",
"| Diskop UKM | 2021 | Evaluasi Renja Diskop UKM 2021 (E.81).xlsx | Permendagri 86 E.81, 15-column scheme, K/Rp pairs, sasaran/programme rows |",
"| Diskop UKM | 2022+2023 | PK dan Capaian 2022-2023.ods | UNEXPECTED: two years' tables SIDE BY SIDE on one sheet, blocks not row-aligned |",
"| Diskop UKM | 2024 | Pengukuran Kinerja RA PK 2024.xls | Bone-style: quarters in ROWS (Target Tahunan + TW 1..TW 4 lines per indicator, merged names), capped %, hidden first sheet |",
"| BPBD | 2022 | Kinerja BPBD 2022-2023.xlsx / 'PK 2022' | annual PK, TWO header rows, Target/Realisasi each with own Satuan column, numbered row, Polaritas |",
"| BPBD | 2023 | same file / 'Form Capaian IKU 2023' | UNEXPECTED: per-indicator CARD form (label : value lines), no table header |",
"| BPBD | 2024 | Capaian IKU BPBD 2024.ods | UNEXPECTED: TRANSPOSED table, indicators across columns (all names in row 6) |",
"| BPBD | 2025 | E81 BPBD TW IV 2025.xls | E.81 with Kode + Satuan numbered (18 columns, 14 = 10+11+12+13, 15 = 14/9x100 ...) |", ""]
for slug in AG:
    key = json.load(open(f"{ROOT}/{slug}/key.json"))
    cm = json.load(open(f"{ROOT}/gen/cellmap_{slug}.json"))
    out += [f"## {key['agency']} (`{slug}/`)", "",
            f"Years {key['years']}; {len(key['rows'])} key rows; files: " + ", ".join(f"`{f}`" for f in key['files']), "",
            f"Flow (per-period, summed) ids: {', '.join(cm['flows'])}. All other numeric ids are level/cumulative (last reported period).",
            f"Negative (lower is better) ids: {NEG[slug]}. Grade ids keyed null: " + ", ".join(sorted({r['same_as'] for r in key['rows'] if r['target'] is None and r['realisasi'] is None})), "",
            "Look-alikes and ambiguous pairs:", ""] + [f"- {x}" for x in LOOK[slug]] + [""]
    for f in key['files']:
        out += [f"### {f}", ""]
        n = sum(1 for r in key['rows'] if r['file'] == f)
        out += [f"- key rows: {n}"] + [f"- {x}" for x in cm['notes'][f]] + [""]
open(f"{ROOT}/README.md", 'w').write("\n".join(out) + "\n")
# NAMES.md
o = ["# Indicator names per id per year", ""]
for slug in AG:
    key = json.load(open(f"{ROOT}/{slug}/key.json"))
    ys = key['years']
    o += [f"## {key['agency']}", "", "| id | " + " | ".join(map(str, ys)) + " |", "|---|" + "---|" * len(ys)]
    ids = sorted({r['same_as'] for r in key['rows']})
    for i in ids:
        cells = []
        for y in ys:
            w = [r['written'] for r in key['rows'] if r['same_as'] == i and r['year'] == y]
            cells.append(w[0].replace('|', '/') if w else '(absent)')
        o.append(f"| {i} | " + " | ".join(cells) + " |")
    o += ["", "Ambiguous pairs: " + ", ".join("/".join(p) for p in key['ambiguous']), ""]
open(f"{ROOT}/NAMES.md", 'w').write("\n".join(o) + "\n")
print('docs written')
