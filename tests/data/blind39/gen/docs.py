"""Write /work/blind39/README.md and NAMES.md from the agencies' ledgers (row numbers are the real ones)."""
import os
from collections import OrderedDict
from common import ROOT

LAYOUTS = {
 "a_labkesda_watu_lerang": [
  ("2019", "PK UPTD Labkesda 2019.xls", "annual PK, two header rows (Target / Realisasi each with Nilai + Satuan), numbered column row, merged Sasaran, capaian formulas, budget lines, signature; hidden draft sheet; notes sheet"),
  ("2020", "Rencana Aksi TW Labkesda 2020.xlsx", "quarterly Rencana Aksi, horizontal TW I-IV target/realisasi pairs, NO annual realisasi column, sasaran group rows"),
  ("2021", "LKjIP 2021 Tabel Bab III.ods", "LKjIP chapter III table with Realisasi 2019/2020/2021 BEFORE Target 2021, capaian per year, Target Akhir Renstra; custom number format 0.00\" %\" (literal %); budget sheet; hidden chart sheet"),
  ("2022", "Pengukuran Kinerja Labkesda 2022.xlsx", "Banjar-style single header row, value and unit typed together in text cells, numbered names, blank Sasaran = same as above, duplicated row; definitions sheet; hidden copy sheet"),
 ],
 "b_perekonomian_rantau_selaka": [
  ("2021", "E81 Evaluasi Renja Bag Perekonomian 2021.ods", "Permendagri 86 form E.81 (K/Rp pairs, programme / kegiatan / sub kegiatan rows, numbered row with rules, Rata-rata / Predikat / faktor / two signatures); hidden TW III sheet"),
  ("2022", "RENAKSI PK 2022 Perekonomian SDA.xlsx", "UNUSUAL: Bone-style vertical blocks, 5 rows per indicator (Target Tahunan + TW 1..4 lines), name merged over the block, % capped at 100, no annual realisasi"),
  ("2023", "Kinerja Bag Ekon SDA 2023-2024.xls / PK 2023", "annual table with Polaritas column and IF formula, percent indicators stored as fractions in % cells, duplicated row"),
  ("2024", "Kinerja Bag Ekon SDA 2023-2024.xls / Evaluasi 2024", "two years side by side (2023 | 2024, T/R/C each) on a sheet titled 2024; only 2024 keyed"),
 ],
 "c_bpad_kepulauan_selindang": [
  ("2022", "Monitoring Bulanan Kinerja BPAD 2022.xlsx", "monthly sheet Jan..Des, no annual realisasi column, levels reported quarterly / per semester / once; hidden recap; notes"),
  ("2023", "Capaian IKU BPAD 2023.ods", "UNUSUAL: card layout, one 4-line block per indicator ('Indikator Kinerja : ...', 'Target :', 'Realisasi :', 'Capaian :')"),
  ("2024", "LKjIP 2024 dan Realisasi 2025 BPAD.xls / Tabel 3.2 LKjIP 2024", "LKjIP table with Realisasi 2022, 2023 columns, Target Akhir Renstra 2026, capaian vs Renstra, status; duplicated row"),
  ("2025", "LKjIP 2024 dan Realisasi 2025 BPAD.xls / Real 2025", "UNUSUAL: realisasi sheet whose names, units and targets are formulas into a targets-only 'PK 2025' sheet; header row repeated mid-table; annual column = formula"),
 ],
}

LOOKALIKES = {
 "a_labkesda_watu_lerang": [
  "A02 / A03 / A04: all samples vs clinical samples vs environmental-health samples (total and two sub-types) - three ids, never merge",
  "A09 / A10: Persentase alat terkalibrasi vs Jumlah alat yang dikalibrasi",
  "A15 / A16: Jumlah fasyankes yang bekerja sama vs Jumlah fasyankes BARU yang bekerja sama",
  "A22 / A23: Jumlah parameter terakreditasi vs Persentase parameter terakreditasi (both 2022)",
  "A05 / A21: hasil pemeriksaan disampaikan tepat waktu vs laporan bulanan disampaikan tepat waktu",
  "A13 / A02: COVID-19 spesimen (PCR) vs all samples",
  "same id despite drift: A06 (IKM = Indeks Kepuasan Masyarakat), A07 (PME), A18 (tenaga laboratorium / ATLM), A12 (pra-analitik / pra analitik / Pra-Analitik), A11 (reordered 'Waktu tunggu rata-rata'), A17 (unit changes to full rupiah in 2021); A02 2019 name ends with a trailing space",
 ],
 "b_perekonomian_rantau_selaka": [
  "B01 / B02: Persentase rekomendasi ditindaklanjuti vs Jumlah rekomendasi disusun",
  "B05 / B06: operasi pasar murah vs Gerakan Pangan Murah (GPM) - two different sub-types of market intervention",
  "B16 / B17: pelaku usaha difasilitasi kemitraan vs pelaku usaha BARU difasilitasi kemitraan",
  "B13 / B21: Jumlah perusahaan yang menyampaikan laporan TJSL vs Persentase perusahaan (2024)",
  "B10 / B11: ketersediaan data harga bahan pokok (%) vs jumlah komoditas yang dipantau",
  "B12 / B15: 'Prosentase realisasi DBH SDA terhadap pagu' vs 'Prosentase realisasi anggaran Bagian' (2023 wording) - different",
  "same id despite drift: B03 (Laju / Tingkat inflasi), B04 (TPID spelled out / 'Rakor TPID'), B09 ('Setoran Dividen/Laba BUMD ke Kas Daerah'), B10/B11 ('Bapok' = bahan pokok), B14 (Nilai SAKIP / Predikat SAKIP / Nilai AKIP), B18 (RAD acronym); B10 2022 name contains a line break (Alt+Enter)",
 ],
 "c_bpad_kepulauan_selindang": [
  "C01 / C02: Persentase aset tanah bersertifikat vs Jumlah bidang tanah yang disertifikatkan",
  "C01 / C20: aset tanah bersertifikat vs aset tanah terpetakan (SIG/GIS)",
  "C08 / C09: perjanjian pemanfaatan aset vs perjanjian pemanfaatan aset BARU",
  "C11 / C12: kendaraan dinas dihapuskan vs BMD SELAIN kendaraan dihapuskan (two sub-types)",
  "C05 / C06: Jumlah temuan BPK vs Persentase tindak lanjut rekomendasi BPK",
  "C14 / C15: Jumlah aset sengketa vs Persentase penyelesaian aset sengketa",
  "C16 / C16b: NILAI aset tetap direkonsiliasi (Rp miliar, 2022-2024) vs PERSENTASE nilai aset tetap direkonsiliasi (2025) - must NOT be merged although one disappears when the other appears",
  "same id despite drift: C01 (bersertifikat / bersertipikat, aset tanah / bidang tanah), C04 (SIMDA BMD -> SIPD BMD), C13 (PD / OPD / Perangkat Daerah, 'laporan barang'), C07 (unit juta -> full rupiah in 2023), C19 (numeric score 2022, grade 2023); C09 2024 name has a double space",
 ],
}


def esc(s):
    return s.replace("|", "\\|").replace("\n", "\\n")


def write(ags):
    out = []
    w = out.append
    w("# blind39 - held-out test set: three invented agencies, four years each\n")
    w("Everything here is invented (places, people, figures). Generators: `gen/` (`gen/run_all.sh` rebuilds all "
      "workbooks, key.json files, this README and NAMES.md, then runs `verify.py`). Workbooks are written with "
      "openpyxl into `gen/raw/*.xlsx` and saved through LibreOffice headless into the delivered format, so every "
      "formula carries a cached value. `verify.py` converts .xls/.ods back to .xlsx in `gen/tmp/`, re-reads every "
      "key row at the cell recorded in `gen/ledger_<slug>.json` and checks written / target / realisasi with its "
      "own parser.\n")
    w("## Key conventions applied\n")
    w("- one key row per indicator per year; `row` = 1-based row of the indicator-name cell (top-left of a merge).\n"
      "- numbers in percent-formatted cells (format `0%`, `0.0%`, `0.00%`) are fractions -> keyed in percent points. "
      "A custom format with a quoted literal (`0.00\" %\"`, agency A 2021) is NOT a percent format: the stored number is already percent points.\n"
      "- text is parsed Indonesian style (`1.850` = 1850, `85,1` = 85.1, `Rp. 1.523.750.000` = 1523750000, "
      "`Rp. 1.688,2 (juta)` = 1688.2, units ignored); ranges -> lower bound (`2-3 %` -> 2, `95-97` -> 95); `>= 40 %` -> 40; "
      "grades (B, BB, WTP) / `-` / blank -> null.\n"
      "- typed mistakes are keyed AS TYPED (target 10x, a fraction typed where percent points are meant, a computed column typed over with 0).\n"
      "- quarterly / monthly sheets without an annual realisasi column: realisasi = sum of periods for flow indicators "
      "('-' counts as 0), last reported (non-blank, non-'-') period for level / cumulative ones. Where the sheet has an "
      "annual column (E.81 column 14, 'Realisasi s.d. TW IV') that column is keyed as it stands.\n"
      "- multi-year tables: only the sheet's own year is keyed (earlier-year columns are context and sometimes differ "
      "from the earlier files on purpose).\n"
      "- never key rows: sasaran / group rows, programme or kegiatan rows without indicator, budget lines, Rata-rata / "
      "Predikat rows, signatures, hidden sheets, notes / definitions sheets, repeated header rows, the second copy of a duplicated row, "
      "and the targets-only sheet 'PK 2025' (agency C; its 2025 rows are keyed on 'Real 2025').\n")
    for ag in ags:
        w(f"\n---\n\n## {ag.name}  (`{ag.slug}/`)\n")
        w(f"Years {ag.years}; files: " + ", ".join(f"`{b.filename}`" for b in ag.books) + f"; key rows: {len(ag.keys)} ("
          + ", ".join(f"{y}: {sum(1 for k in ag.keys if k['year'] == y)}" for y in ag.years) + ").\n")
        w("### Layout per year\n")
        for y, f, t in LAYOUTS[ag.slug]:
            w(f"- **{y}** - `{f}`: {t}")
        w("")
        w(f"**Flow indicators** (sum of periods): {', '.join(ag.flows)}. All other ids are levels "
          f"(last reported period) or grades (null).\n")
        w(f"**Ambiguous pairs** (merge or split both accepted): {ag.ambiguous}\n")
        w("**Look-alikes that must NOT be merged, and drifts that ARE the same id:**\n")
        for t in LOOKALIKES[ag.slug]:
            w(f"- {t}")
        w("")
        for b in ag.books:
            w(f"### File `{b.filename}`\n")
            nkeys = sum(1 for k in ag.keys if k["file"] == b.filename)
            w(f"Delivered as .{b.ext} ({nkeys} key rows). Sheets, in order:\n")
            for ws in b.wb.worksheets:
                st = " (HIDDEN)" if ws.sheet_state == "hidden" else ""
                doc = dict((t, d) for t, d in b.sheets_doc).get(ws.title, "")
                kr = sorted(k["row"] for k in ag.keys if k["file"] == b.filename and k["sheet"] == ws.title)
                extra = f" Key rows: {len(kr)} (rows {kr[0]}-{kr[-1]})." if kr else " No key rows."
                w(f"- **{ws.title}**{st}: {doc}{extra}")
            notes = [n for n in ag.notes if n[0] == b.filename]
            if notes:
                w("\nPlanted mistakes and traps:\n")
                bys = OrderedDict()
                for _, sh, row, t in notes:
                    bys.setdefault(sh, []).append((row if row is not None else 0, t))
                for sh, lst in bys.items():
                    for row, t in sorted(lst, key=lambda x: x[0]):
                        where = f"row {row}" if row else "sheet"
                        w(f"- `{sh}` {where}: {t}")
            w("")
    open(os.path.join(ROOT, "README.md"), "w").write("\n".join(out) + "\n")

    # NAMES.md
    n = ["# Indicator names per id per year (exact written text of the key rows)\n",
         "Ids ending in `b` are separate ids (see the ambiguous pairs in README / key.json). `-` = not present that year.\n"]
    for ag in ags:
        n.append(f"\n## {ag.name}\n")
        n.append("| id | kind | " + " | ".join(str(y) for y in ag.years) + " |")
        n.append("|---|---|" + "---|" * len(ag.years))
        ids = sorted({k["same_as"] for k in ag.keys}, key=lambda s: (s[:3], s))
        for i in ids:
            kind = "flow" if i in ag.flows else "level/grade"
            cells = []
            for y in ag.years:
                ks = [k for k in ag.keys if k["same_as"] == i and k["year"] == y]
                cells.append(esc(ks[0]["written"]) if ks else "-")
            n.append(f"| {i} | {kind} | " + " | ".join(cells) + " |")
    open(os.path.join(ROOT, "NAMES.md"), "w").write("\n".join(n) + "\n")
