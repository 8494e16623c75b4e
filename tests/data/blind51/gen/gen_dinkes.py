"""Dinas Kesehatan Kabupaten Wanasari (invented), 2019-2022."""
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from common import (L, BOLD, BORDER, CENTER, RAW, Recorder, blank, cell, cm, cum_path, dash, formula,
                    ge, grade, hdr, hint_of, merge, num, pct, persen, put, raw, rng, rnd, signature,
                    split_flow, title, txt, widths)

SLUG = "dinkes_wanasari"
AGENCY = "Dinas Kesehatan Kabupaten Wanasari"
YEARS = [2019, 2020, 2021, 2022]
OUT = os.path.join(RAW, SLUG)

SAS = {
    "S1": "Meningkatnya derajat kesehatan masyarakat",
    "S2": "Meningkatnya akses dan mutu pelayanan kesehatan dasar sesuai Standar Pelayanan Minimal",
    "S3": "Meningkatnya mutu fasilitas pelayanan kesehatan",
    "S4": "Meningkatnya akuntabilitas kinerja Dinas Kesehatan",
}

# id: unit, polarity, kind, sasaran
META = {
    "A01": ("%", "+", "level", "S2"), "A02": ("%", "+", "level", "S2"), "A03": ("%", "+", "level", "S2"),
    "A04": ("%", "+", "level", "S2"), "A05": ("%", "+", "level", "S2"), "A06": ("%", "+", "level", "S2"),
    "A07": ("%", "+", "level", "S2"), "A08": ("%", "+", "level", "S2"), "A09": ("%", "+", "level", "S2"),
    "A10": ("%", "+", "level", "S2"), "A11": ("%", "+", "level", "S2"), "A12": ("%", "+", "level", "S2"),
    "A13": ("per 100.000 KH", "-", "level", "S1"), "A14": ("kasus", "-", "flow", "S1"),
    "A15": ("per 1.000 KH", "-", "level", "S1"), "A16": ("%", "-", "level", "S1"),
    "A17": ("%", "+", "level", "S3"), "A17b": ("%", "+", "level", "S3"),
    "A18": ("unit", "+", "level", "S3"), "A19": ("nilai", "+", "level", "S3"),
    "A20": ("predikat/nilai", "+", "grade", "S4"), "A21": ("%", "+", "level", "S2"),
    "A22": ("%", "+", "level", "S2"), "A23": ("%", "+", "level", "S2"),
}

NAMES = {
    "A01": {2019: "Persentase ibu hamil mendapatkan pelayanan kesehatan ibu hamil sesuai standar",
            2020: "Prosentase Ibu Hamil mendapatkan Pelayanan Kesehatan Ibu Hamil",
            2021: "Pelayanan Kesehatan Ibu Hamil",
            2022: "Persentase ibu hamil yg mendapatkan pelayanan kesehatan sesuai standar (%)"},
    "A02": {2019: "Persentase ibu bersalin mendapatkan pelayanan persalinan sesuai standar",
            2020: "Prosentase Ibu Bersalin mendapatkan Pelayanan Persalinan",
            2021: "Pelayanan Kesehatan Ibu Bersalin",
            2022: "Persentase ibu bersalin yg mendapatkan pelayanan persalinan di fasyankes (%)"},
    "A03": {2019: "Persentase bayi baru lahir mendapatkan pelayanan kesehatan bayi baru lahir",
            2020: "Prosentase Bayi Baru Lahir mendapatkan Pelayanan Kesehatan Bayi Baru Lahir",
            2021: "Pelayanan Kesehatan Bayi Baru Lahir",
            2022: "Persentase BBL yg mendapatkan pelayanan kesehatan neonatal esensial (%)"},
    "A04": {2019: "Persentase balita mendapatkan pelayanan kesehatan balita",
            2020: "Prosentase Balita mendapatkan Pelayanan Kesehatan Balita",
            2021: "Pelayanan Kesehatan Balita",
            2022: "Persentase anak balita yg mendapatkan pelayanan kesehatan sesuai standar (%)"},
    "A05": {2019: "Persentase anak usia pendidikan dasar mendapatkan skrining kesehatan",
            2020: "Prosentase Anak Usia Pendidikan Dasar mendapatkan Skrining Kesehatan",
            2021: "Pelayanan Kesehatan pada Usia Pendidikan Dasar",
            2022: "Persentase anak usia pendidikan dasar yg mendapatkan pelayanan kesehatan sesuai standar (%)"},
    "A06": {2020: "Prosentase Warga Negara Usia 15-59 Tahun mendapatkan Skrining Kesehatan",
            2021: "Pelayanan Kesehatan pada Usia Produktif",
            2022: "Persentase penduduk usia produktif (15-59 th) yg mendapatkan skrining kesehatan (%)"},
    "A07": {2019: "Persentase warga negara usia 60 tahun ke atas mendapatkan skrining kesehatan",
            2020: "Prosentase Warga Negara Usia 60 Tahun keatas mendapatkan Skrining Kesehatan",
            2021: "Pelayanan Kesehatan pada Usia Lanjut",
            2022: "Persentase lansia (60 th ke atas) yg mendapatkan skrining kesehatan (%)"},
    "A08": {2019: "Persentase penderita hipertensi mendapatkan pelayanan kesehatan",
            2020: "Prosentase Penderita Hipertensi mendapatkan Pelayanan Kesehatan",
            2021: "Pelayanan Kesehatan Penderita Hipertensi",
            2022: "Persentase penderita hipertensi yg mendapatkan pelayanan kesehatan sesuai standar (%)"},
    "A09": {2019: "Persentase penderita Diabetes Melitus mendapatkan pelayanan kesehatan",
            2020: "Prosentase Penderita DM mendapatkan Pelayanan Kesehatan",
            2021: "Pelayanan Kesehatan Penderita Diabetes Melitus",
            2022: "Persentase penderita DM yg mendapatkan pelayanan kesehatan sesuai standar (%)"},
    "A10": {2019: "Persentase ODGJ berat  mendapatkan pelayanan kesehatan jiwa",
            2020: "Prosentase Orang Dengan Gangguan Jiwa (ODGJ) Berat mendapatkan Pelayanan Kesehatan Jiwa",
            2021: "Pelayanan Kesehatan Orang Dengan Gangguan Jiwa Berat",
            2022: "Persentase ODGJ berat yg mendapatkan pelayanan kesehatan jiwa sesuai standar (%)"},
    "A11": {2019: "Persentase orang terduga TBC mendapatkan pelayanan TBC sesuai standar",
            2020: "Prosentase Orang Terduga Tuberkulosis mendapatkan Pelayanan TBC",
            2021: "Pelayanan Kesehatan Orang Terduga Tuberkulosis",
            2022: "Persentase orang terduga TBC yg mendapatkan pelayanan sesuai standar (%)"},
    "A12": {2019: "Persentase orang dengan risiko terinfeksi HIV mendapatkan pemeriksaan HIV",
            2020: "Prosentase Orang dengan Risiko Terinfeksi HIV mendapatkan Pemeriksaan HIV",
            2021: "Pelayanan Kesehatan Orang Dengan Risiko Terinfeksi Virus yang Melemahkan Daya Tahan Tubuh Manusia (HIV)",
            2022: "Persentase orang berisiko terinfeksi HIV yg mendapatkan pemeriksaan HIV (%)"},
    "A13": {2019: "Angka Kematian Ibu (AKI)", 2020: "AKI per 100.000 KH",
            2021: "Angka Kematian Ibu per 100.000 Kelahiran Hidup",
            2022: "Angka kematian ibu (per 100.000 KH)"},
    "A14": {2019: "Jumlah kasus kematian ibu", 2020: "Jumlah Kematian Ibu (kasus)",
            2021: "Jumlah Kasus Kematian Ibu Melahirkan"},
    "A15": {2019: "Angka Kematian Bayi (AKB) per 1.000 KH", 2020: "AKB", 2021: "Angka Kematian Bayi",
            2022: "Angka kematian bayi (per 1000 kelahiran hidup)"},
    "A16": {2019: "Prevalensi stunting pada balita", 2020: "Prevalensi Balita Stunting (pendek & sangat pendek)",
            2021: "Prevalensi Stunting", 2022: "Persentase balita stunting (%)"},
    "A17": {2019: "Persentase Puskesmas terakreditasi", 2020: "Prosentase Puskesmas yang terakreditasi",
            2021: "% Puskesmas Terakreditasi"},
    "A17b": {2022: "Persentase puskesmas terakreditasi minimal Utama (%)"},
    "A18": {2019: "Jumlah Puskesmas terakreditasi", 2020: "Jumlah Puskesmas yang terakreditasi",
            2021: "Jml Puskesmas Terakreditasi", 2022: "Jumlah puskesmas terakreditasi (unit)"},
    "A19": {2019: "Indeks Kepuasan Masyarakat (IKM)", 2020: "IKM Pelayanan Kesehatan",
            2021: "Indeks Kepuasan Masyarakat terhadap Pelayanan Puskesmas",
            2022: "Nilai IKM Dinas Kesehatan"},
    "A20": {2019: "Nilai SAKIP Dinas Kesehatan", 2020: "Predikat SAKIP Dinkes",
            2022: "Nilai evaluasi SAKIP perangkat daerah"},
    "A21": {2019: "Cakupan Desa/Kelurahan UCI",
            2020: "Cakupan Desa / Kelurahan Universal Child Immunization (UCI)"},
    "A22": {2019: "Cakupan imunisasi dasar lengkap pada bayi", 2020: "Cakupan Imunisasi Dasar Lengkap (IDL)",
            2021: "Cakupan IDL pada Bayi 0-11 bulan",
            2022: "Persentase bayi usia 0-11 bulan yg mendapat imunisasi dasar lengkap (%)"},
    "A23": {2021: "Cakupan Imunisasi Lanjutan Baduta",
            2022: "Persentase anak usia 18-24 bulan (baduta) yg mendapat imunisasi lanjutan (%)"},
}

PUSK = ["Wanasari", "Cikadu", "Sumberjaya", "Tegalsari", "Karangmulya", "Pasirlaya", "Ciwaru",
        "Lebakjati", "Mekarsari", "Talangsari", "Sindangkerta", "Babakanraya"]

KADIS = ("dr. Hj. RATNA SUMIRAT, M.Kes", "Pembina Utama Muda", "NIP. 19680412 199503 2 004")


def K(rec, ws, file, sheet, coord, year, text, sid, tspec, rspec, tcell, rcell, write_t=True,
      write_r=True):
    """Write an indicator's name cell and (optionally) its single target/realisasi cells; record key."""
    ws[coord].value = text
    ws[coord].alignment = Alignment(wrap_text=True, vertical="top")
    ws[coord].border = BORDER
    t = put(ws, tcell, tspec) if (tspec is not None and write_t) else (tspec[2] if tspec else None)
    r = put(ws, rcell, rspec) if (rspec is not None and write_r) else (rspec[2] if rspec else None)
    rec.key(file, sheet, coord, year, text, sid, t, r,
            cm("cell", tcell, hint_of(tspec)) if tspec else None,
            cm("cell", rcell, hint_of(rspec)) if rspec else None)
    return t, r


# =====================================================================================  2019
def y2019(rec):
    fname = rec.add_file("PK Dinkes Wanasari 2019.xlsx", "xlsx",
                         "Annual Pengukuran Kinerja (PK) table, two header rows plus a numbered-column row, "
                         "merged Sasaran cells, Target and Realisasi each with its own Satuan column.")
    wb = Workbook()
    ws = wb.active
    ws.title = "PK 2019"
    sh = ws.title
    title(ws, 1, "PENGUKURAN KINERJA", "A", "I")
    title(ws, 2, "DINAS KESEHATAN KABUPATEN WANASARI", "A", "I")
    title(ws, 3, "TAHUN ANGGARAN 2019", "A", "I")
    hdr(ws, "A5", "No", merge_to="A6")
    hdr(ws, "B5", "Sasaran Strategis", merge_to="B6")
    hdr(ws, "C5", "Indikator Kinerja", merge_to="C6")
    hdr(ws, "D5", "Target", merge_to="E5")
    hdr(ws, "D6", "Angka")
    hdr(ws, "E6", "Satuan")
    hdr(ws, "F5", "Realisasi", merge_to="G5")
    hdr(ws, "F6", "Angka")
    hdr(ws, "G6", "Satuan")
    hdr(ws, "H5", "Capaian (%)", merge_to="H6")
    hdr(ws, "I5", "Keterangan", merge_to="I6")
    for i, c in enumerate("ABCDEFGHI"):
        hdr(ws, f"{c}7", str(i + 1))
    widths(ws, {"A": 5, "B": 32, "C": 55, "D": 10, "E": 14, "F": 10, "G": 14, "H": 11, "I": 22})
    rec.sheet_doc(fname, sh, "visible",
                  "Title rows 1-3; header rows 5-6 (Target and Realisasi each split into Angka | Satuan); "
                  "row 7 numbers the columns 1-9. Columns: A No, B Sasaran Strategis (merged down its "
                  "indicators), C Indikator Kinerja, D target, E satuan, F realisasi, G satuan, H capaian %, "
                  "I keterangan. Key: name C, target D, realisasi F.")

    # (id, target spec, realisasi spec, capaian: 'pos'|'neg'|'next'|('typed', v)|'dash', satuan)
    plan = {
        "S1": [("A13", num(102), num(118.6), "pos_on_neg"),
               ("A14", num(9), txt(11, "kasus"), ("typed", 77.78)),
               ("A15", num(8.5), num(9.1), "neg"),
               ("A16", dash(), num(29.4), "dash")],
        "S2": [("A01", pct(100, "0%"), pct(87.42), "pos"),
               ("A02", num(100), num(91.2), "pos"),
               ("A03", num(100), num(95.1), "pos"),
               ("A04", raw(1000, 1000), num(78.6), "pos"),
               ("A05", num(100), num(96.3), "pos"),
               ("A07", num(100), num(61.2), "pos"),
               ("A08", num(100), num(24.6), "pos"),
               ("A09", num(100), num(48.5), "next"),
               ("A10", num(100), num(82.4), "pos"),
               ("A11", num(100), num(67.3), "pos"),
               ("A12", num(100), raw(0.441, 0.441), "pos"),
               ("A21", ge(95, "%"), num(91.3), ("typed", 96.11)),
               ("A22", num(93), num(94.8), "pos")],
        "S3": [("A17", num(66.67), num(66.67), "pos"),
               ("A18", txt(8, "Puskesmas"), num(8), ("typed", 100)),
               ("A19", num(80), num(81.36), ("typed", 107.5))],
        "S4": [("A20", grade("B"), grade("B"), ("typed", 100))],
    }
    r = 8
    no = 1
    for s in ["S1", "S2", "S3", "S4"]:
        start = r
        rows = plan[s]
        for (sid, ts, rs, cap) in rows:
            unit = META[sid][0]
            A = ws[f"A{r}"]
            A.value = no
            A.border = BORDER
            no += 1
            text = NAMES[sid][2019]
            K(rec, ws, fname, sh, f"C{r}", 2019, text, sid, ts, rs, f"D{r}", f"F{r}")
            cell(ws, f"E{r}", unit if sid != "A18" else "Puskesmas")
            cell(ws, f"G{r}", unit if sid != "A18" else "Puskesmas")
            if cap == "pos":
                ws[f"H{r}"] = f"=ROUND(F{r}/D{r}*100,2)"
            elif cap == "neg":
                ws[f"H{r}"] = f"=ROUND((2*D{r}-F{r})/D{r}*100,2)"
            elif cap == "pos_on_neg":
                ws[f"H{r}"] = f"=ROUND(F{r}/D{r}*100,2)"
                rec.note(fname, sh, r, f"{sid} (negative indicator, AKI): capaian H{r} uses the positive formula F/D*100 (116,27) instead of (2D-F)/D*100 (83,73).")
            elif cap == "next":
                ws[f"H{r}"] = f"=ROUND(F{r + 1}/D{r + 1}*100,2)"
                rec.note(fname, sh, r, f"{sid}: capaian H{r} points at the next row (=F{r + 1}/D{r + 1}) and shows 82,4 instead of 48,5.")
            elif cap == "dash":
                ws[f"H{r}"] = "-"
            else:
                ws[f"H{r}"] = cap[1]
            ws[f"H{r}"].border = BORDER
            ws[f"I{r}"].border = BORDER
            if sid == "A01":
                rec.note(fname, sh, r, "A01: target D and realisasi F are %-formatted cells holding fractions (1 and 0,8742): key 100 and 87,42.")
            if sid == "A04":
                rec.note(fname, sh, r, "A04: target typed 10x (1000 for 100 %); keyed as typed (1000); capaian formula shows 7,86.")
            if sid == "A12":
                rec.note(fname, sh, r, "A12: realisasi typed as a fraction 0,441 in a General cell with Satuan % (true 44,1 %); keyed as typed (0.441); capaian 0,44.")
            if sid == "A14":
                rec.note(fname, sh, r, "A14: realisasi typed as text '11 kasus' (key 11); capaian typed 77,78 (negative formula, right).")
            if sid == "A16":
                rec.note(fname, sh, r, "A16: target '-' (no target set that year): key target null.")
            if sid == "A18":
                rec.note(fname, sh, r, "A18: target typed as text '8 Puskesmas' (key 8); look-alike of A17 (Jumlah vs Persentase), not merged.")
            if sid == "A19":
                rec.note(fname, sh, r, "A19: capaian typed 107,5 while 81,36/80 = 101,70 (typed capaian disagrees).")
            if sid == "A20":
                rec.note(fname, sh, r, "A20: grades B / B: key target and realisasi null; capaian typed 100.")
            if sid == "A21":
                rec.note(fname, sh, r, "A21: target '>= 95 %' (key 95); capaian typed 96,11 (right for 95).")
            if sid == "A10":
                # duplicated row
                r += 1
                ws[f"A{r}"] = None
                for col, v in zip("CDEFG", [text, 100, "%", 82.4, "%"]):
                    cell(ws, f"{col}{r}", v)
                ws[f"H{r}"] = f"=ROUND(F{r}/D{r}*100,2)"
                rec.note(fname, sh, r, "A10 duplicated: this row repeats row %d exactly (no number in A); second copy, not a key row." % (r - 1))
            r += 1
        ws[f"B{start}"] = SAS[s]
        ws[f"B{start}"].alignment = Alignment(wrap_text=True, vertical="top")
        if r - 1 > start:
            merge(ws, f"B{start}:B{r - 1}")
    last = r - 1
    rec.sheet_doc(fname, sh, "", f"Data rows 8-{last} (21 indicators + 1 duplicated row).")
    r += 1
    ws[f"B{r}"] = "Jumlah Anggaran Program/Kegiatan Tahun 2019"
    ws[f"D{r}"] = "Rp. 38.415.220.000,-"
    ws[f"B{r + 1}"] = "Jumlah Realisasi Anggaran Tahun 2019"
    ws[f"D{r + 1}"] = "Rp. 35.102.877.450,-"
    rec.note(fname, sh, r, "Budget lines (not key rows).")
    signature(ws, r + 4, "G", "Wanasari, 6 Januari 2020", ["KEPALA DINAS KESEHATAN", "KABUPATEN WANASARI"], *KADIS)

    # hidden draft
    wd = wb.create_sheet("PK 2019 (draft)")
    wd["A1"] = "DRAFT - jangan dipakai (data s.d. TW III)"
    for i, c in enumerate(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]):
        wd.cell(3, i + 1, c)
    rr = 4
    for sid in ["A01", "A02", "A03", "A04", "A13", "A15", "A17", "A19"]:
        wd.cell(rr, 1, rr - 3)
        wd.cell(rr, 2, NAMES[sid][2019])
        wd.cell(rr, 3, 100 if META[sid][0] == "%" else 90)
        wd.cell(rr, 4, 61.5 + rr)
        wd.cell(rr, 5, f"=D{rr}/C{rr}*100")
        rr += 1
    wd.sheet_state = "hidden"
    rec.sheet_doc(fname, wd.title, "hidden", "Draft with TW III figures (8 indicators). Hidden: no key rows.")

    wn = wb.create_sheet("Keterangan")
    notes = ["Catatan:",
             "1. Data capaian SPM bersumber dari laporan bulanan puskesmas s.d. Desember 2019.",
             "2. AKI dihitung per 100.000 kelahiran hidup (KH 2019 = 9.274); AKB per 1.000 KH.",
             "3. Prevalensi stunting hasil bulan timbang Agustus 2019.",
             "4. Nilai SAKIP 2019 berdasarkan LHE Inspektorat: B (62,15)."]
    for i, t in enumerate(notes):
        wn.cell(i + 1, 1, t)
    rec.sheet_doc(fname, "Keterangan", "visible", "Notes only (5 lines of text). No key rows.")
    wb.save(os.path.join(OUT, "PK Dinkes Wanasari 2019.xlsx"))


# =====================================================================================  2020
def y2020(rec):
    fname = rec.add_file("Renaksi Dinkes 2020.xlsx", "ods",
                         "Quarterly Rencana Aksi with target/realisasi pairs per triwulan and NO annual "
                         "realisasi column; a cover page is the first sheet.")
    wb = Workbook()
    wc = wb.active
    wc.title = "Cover"
    for rr, t in [(8, "LAPORAN PENGUKURAN KINERJA"), (9, "BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA"),
                  (11, "TAHUN 2020"), (20, "DINAS KESEHATAN"), (21, "KABUPATEN WANASARI"),
                  (23, "Jl. Veteran No. 17 Wanasari, Telp. (0265) 771204")]:
        title(wc, rr, t, "B", "H", 14)
    wc["D15"] = "[ LOGO KABUPATEN ]"
    rec.sheet_doc(fname, "Cover", "visible", "Cover page (title, year, agency, address). No table.")

    ws = wb.create_sheet("Renaksi 2020")
    sh = ws.title
    title(ws, 1, "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2020", "A", "M")
    title(ws, 2, "DINAS KESEHATAN KABUPATEN WANASARI", "A", "M")
    hdr(ws, "A4", "No", merge_to="A5")
    hdr(ws, "B4", "Indikator Kinerja", merge_to="B5")
    hdr(ws, "C4", "Satuan", merge_to="C5")
    hdr(ws, "D4", "Target 2020", merge_to="D5")
    for i, tw in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
        c1 = 5 + 2 * i
        hdr(ws, f"{L(c1)}4", tw, merge_to=f"{L(c1 + 1)}4")
        hdr(ws, f"{L(c1)}5", "Target")
        hdr(ws, f"{L(c1 + 1)}5", "Realisasi")
    hdr(ws, "M4", "Penanggung Jawab", merge_to="M5")
    widths(ws, {"A": 5, "B": 58, "C": 14, "D": 11, "M": 18})
    rec.sheet_doc(fname, sh, "visible",
                  "Title rows 1-2; header rows 4-5: A No, B Indikator Kinerja (numbered '1. ...' inside the "
                  "text), C Satuan, D Target 2020, E/F TW I target/realisasi, G/H TW II, I/J TW III, K/L TW IV, "
                  "M Penanggung Jawab. Full-width SASARAN rows separate the groups (not key rows). No annual "
                  "realisasi: key realisasi = sum of F,H,J,L for flows (A14), last reported quarter for the rest.")

    order = [("S2", ["A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10", "A11", "A12",
                     "A21", "A22"]),
             ("S1", ["A13", "A14", "A15", "A16"]), ("S3", ["A17", "A18", "A19"]), ("S4", ["A20"])]
    SP = {"S2": "SASARAN 1 : " + SAS["S2"], "S1": "SASARAN 2 : " + SAS["S1"],
          "S3": "SASARAN 3 : " + SAS["S3"], "S4": "SASARAN 4 : " + SAS["S4"]}
    R20 = {"A01": 84.1, "A02": 89.65, "A03": 93.4, "A04": 70.23, "A06": 38.4, "A07": 45.9,
           "A08": 31.08, "A09": 56.2, "A10": 88.1, "A11": 58.9, "A12": 39.75, "A21": 84.6, "A22": 86.2}
    pj = {"S2": "Bidang Kesmas / P2P", "S1": "Bidang Kesmas", "S3": "Bidang Yankes / Sekretariat",
          "S4": "Sekretariat"}
    r = 6
    n = 1
    QT = ["E", "G", "I", "K"]
    QR = ["F", "H", "J", "L"]
    for s, ids in order:
        cell(ws, f"A{r}", SP[s], bold=True)
        merge(ws, f"A{r}:M{r}")
        r += 1
        for sid in ids:
            unit = META[sid][0]
            text = f"{n}. {NAMES[sid][2020]}"
            n += 1
            ws[f"B{r}"] = text
            ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
            ws[f"B{r}"].border = BORDER
            cell(ws, f"C{r}", unit)
            cell(ws, f"M{r}", pj[s])
            qt = [None] * 4
            qr = [None] * 4
            if unit == "%" and sid in R20:
                T = num(100)
                qt = [num(25), num(50), num(75), num(100)]
                path = cum_path(R20[sid], [0.23, 0.48, 0.73, 1.0])
                qr = [num(v) for v in path]
            if sid == "A01":
                qr[3] = pct(84.1)
                rec.note(fname, sh, r, "A01: TW IV realisasi L is a %-formatted fraction (0,841): key 84,1.")
            if sid == "A04":
                qt = [num(25), num(50), num(45), num(100)]
                rec.note(fname, sh, r, "A04: quarter targets 25 / 50 / 45 / 100 decrease at TW III (typo for 75); not keyed.")
            if sid == "A05":
                T = num(100)
                qt = [num(25), num(50), num(75), num(100)]
                qr = [num(18.4), num(35.1), num(52.8), dash()]
                rec.note(fname, sh, r, "A05: TW IV realisasi '-' (schools closed, no screening reported): last reported quarter TW III = 52,8 is the key realisasi.")
            if sid == "A08":
                qr[2] = raw(txt(qr[2][2], "%", 2, sep="")[0], qr[2][2])
                rec.note(fname, sh, r, f"A08: TW III realisasi typed as text '{qr[2][0]}'.")
            if sid == "A11":
                qr[3] = raw(0.589, 0.589)
                rec.note(fname, sh, r, "A11: TW IV realisasi typed as a fraction 0,589 in a General cell (true 58,9 %); keyed as typed: realisasi 0.589.")
            if sid == "A12":
                qr[1] = txt(qr[1][2], "%", 2)
                rec.note(fname, sh, r, f"A12: TW II realisasi typed as text '{qr[1][0]}'.")
            if sid == "A21":
                T = rng(90, 95, "%")
                qt = [num(23.75), num(47.5), num(71.25), num(95)]
                rec.note(fname, sh, r, "A21: annual target typed as a range '90-95 %': key 90.")
            if sid == "A22":
                T = raw(950, 950)
                qt = [num(23.75), num(47.5), num(71.25), num(95)]
                rec.note(fname, sh, r, "A22: annual target typed 950 (10x of 95, the quarter targets end at 95); keyed as typed (950).")
            if sid == "A13":
                T = num(98)
                qt = [num(98)] * 4
                qr = [num(145.2), num(138.9), num(129.7), num(132.4)]
            if sid == "A14":
                T = num(8)
                qt = [num(2)] * 4
                qr = [num(3), num(2), num(4), num(3)]
                rec.note(fname, sh, r, "A14 is a flow (cases per quarter): key realisasi = 3+2+4+3 = 12.")
            if sid == "A15":
                T = num(8.2)
                qt = [num(8.2)] * 4
                qr = [num(9.6), num(8.9), num(8.7), num(8.4)]
            if sid == "A16":
                T = num(24)
                qt = [dash(), num(24), dash(), num(24)]
                qr = [num(27.3), dash(), num(25.8), dash()]
                rec.note(fname, sh, r, "A16: measured in the February and August weighing months; TW IV '-': last reported quarter TW III = 25,8.")
            if sid == "A17":
                T = num(83.33)
                qt = [dash(), dash(), dash(), num(83.33)]
                qr = [num(66.67), num(66.67), num(75), num(75)]
            if sid == "A18":
                T = num(10)
                qt = [dash(), dash(), dash(), num(10)]
                qr = [num(8), num(8), num(9), num(9)]
            if sid == "A19":
                T = num(81)
                qt = [dash(), num(81), dash(), num(81)]
                qr = [dash(), num(78.4), dash(), num(79.92)]
            if sid == "A20":
                T = grade("BB")
                qt = [dash(), dash(), dash(), grade("BB")]
                qr = [dash(), dash(), dash(), grade("B")]
                rec.note(fname, sh, r, "A20: grades (target BB, TW IV B): key null / null.")
            t = put(ws, f"D{r}", T)
            vals = []
            for i in range(4):
                put(ws, f"{QT[i]}{r}", qt[i] if qt[i] else blank())
                v = put(ws, f"{QR[i]}{r}", qr[i] if qr[i] else blank())
                vals.append(v)
            if META[sid][2] == "flow":
                rv = sum(v for v in vals if v is not None)
                op = "sum"
            else:
                nn = [v for v in vals if v is not None]
                rv = nn[-1] if nn else None
                op = "last"
            rec.key(fname, sh, f"B{r}", 2020, text, sid, t, rv, cm("cell", f"D{r}", hint_of(T)),
                    cm(op, [f"{c}{r}" for c in QR]))
            r += 1
    rec.sheet_doc(fname, sh, "", f"Rows 6-{r - 1}: 4 SASARAN rows and 22 indicator rows.")
    signature(ws, r + 2, "J", "Wanasari, 11 Januari 2021", ["Kepala Dinas Kesehatan", "Kabupaten Wanasari,"],
              *KADIS)

    # per-puskesmas matrix
    wp = wb.create_sheet("Rekap PKM TW IV")
    wp["A1"] = "REKAP CAPAIAN SPM PER PUSKESMAS S.D. TRIWULAN IV 2020 (%)"
    heads = ["No", "Puskesmas", "Bumil", "Bulin", "BBL", "Balita", "Usia Dikdas", "Usia Produktif",
             "Lansia", "Hipertensi", "DM", "ODGJ", "TBC", "HIV"]
    for i, h in enumerate(heads):
        hdr(wp, f"{chr(65 + i)}3", h)
    rnd_ = random.Random(2020)
    for i, p in enumerate(PUSK):
        wp.cell(4 + i, 1, i + 1)
        wp.cell(4 + i, 2, "PKM " + p)
        for j in range(12):
            wp.cell(4 + i, 3 + j, rnd(rnd_.uniform(30, 99), 2))
    rec.sheet_doc(fname, "Rekap PKM TW IV", "visible",
                  "Matrix: 12 puskesmas rows x 12 SPM columns (short names 'Bumil', 'Bulin', ...), rows 4-15. "
                  "A breakdown, not indicators: no key rows.")
    wh = wb.create_sheet("Sheet3")
    wh["A1"] = "Prosentase Ibu Hamil mendapatkan Pelayanan Kesehatan Ibu Hamil"
    wh["B1"] = 100
    wh["C1"] = 61.2
    wh.sheet_state = "hidden"
    rec.sheet_doc(fname, "Sheet3", "hidden", "Scratch sheet with one stray indicator row. Hidden: no key rows.")
    wb.save(os.path.join(OUT, "Renaksi Dinkes 2020.xlsx"))


# =====================================================================================  2021
def y2021(rec):
    fname = rec.add_file("Capaian SPM dan IKU Dinkes 2021.xlsx", "xls",
                         "SPM indicators whose name cell is merged over 12 per-puskesmas sub-rows plus a "
                         "'JUMLAH KABUPATEN' total row at the BOTTOM of the block; then single-row IKU. "
                         "Target/Realisasi headers are single merged cells with line breaks.")
    wb = Workbook()
    ws = wb.active
    ws.title = "Capaian 2021"
    sh = ws.title
    title(ws, 1, "CAPAIAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG KESEHATAN DAN INDIKATOR KINERJA UTAMA", "A", "I")
    title(ws, 2, "DINAS KESEHATAN KABUPATEN WANASARI TAHUN 2021", "A", "I")
    hdr(ws, "A4", "No", merge_to="A5")
    hdr(ws, "B4", "Indikator", merge_to="B5")
    hdr(ws, "C4", "Puskesmas / Wilayah", merge_to="C5")
    hdr(ws, "D4", "Capaian Pelayanan", merge_to="E4")
    hdr(ws, "D5", "Jumlah Sasaran")
    hdr(ws, "E5", "Jumlah Dilayani")
    hdr(ws, "F4", "Target\nTahun 2021", merge_to="F5")
    hdr(ws, "G4", "Realisasi\nTahun 2021", merge_to="G5")
    hdr(ws, "H4", "Capaian\n(%)", merge_to="H5")
    hdr(ws, "I4", "Ket.", merge_to="I5")
    for i, c in enumerate("ABCDEFGHI"):
        hdr(ws, f"{c}6", f"({i + 1})")
    widths(ws, {"A": 5, "B": 46, "C": 22, "D": 12, "E": 12, "F": 12, "G": 12, "H": 10, "I": 20})
    rec.sheet_doc(fname, sh, "visible",
                  "Title rows 1-2; header rows 4-5 where F4:F5 'Target\\nTahun 2021', G4:G5 'Realisasi\\nTahun "
                  "2021' and H4:H5 'Capaian\\n(%)' are single merged cells with a line break; row 6 numbers "
                  "(1)-(9). Columns: A No, B Indikator, C Puskesmas / Wilayah, D Jumlah Sasaran, E Jumlah "
                  "Dilayani, F target, G realisasi, H capaian, I Ket.")
    cell(ws, "A7", "I. STANDAR PELAYANAN MINIMAL BIDANG KESEHATAN", bold=True)
    merge(ws, "A7:I7")
    base = {"A01": 1150, "A02": 1100, "A03": 1090, "A04": 4300, "A05": 6100, "A06": 31000, "A07": 6400,
            "A08": 5200, "A09": 640, "A10": 55, "A11": 310, "A12": 880}
    R21 = {"A01": 90.37, "A02": 94.02, "A03": 97.25, "A04": 81.4, "A05": 71.5, "A06": 55.71, "A07": 63.35,
           "A08": 42.7, "A09": 71.9, "A10": 91.6, "A11": 74.4, "A12": 61.8}
    rg = random.Random(2021)
    r = 8
    no = 1
    for sid in ["A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10", "A11", "A12"]:
        top = r
        text = NAMES[sid][2021]
        sas = []
        dil = []
        for i, p in enumerate(PUSK):
            s_ = max(3, int(base[sid] * rg.uniform(0.6, 1.4) / 1.0))
            rr_ = min(1.0, max(0.05, R21[sid] / 100 * rg.uniform(0.85, 1.12)))
            d_ = int(round(s_ * rr_))
            sas.append(s_)
            dil.append(d_)
            row = top + i
            cell(ws, f"C{row}", "PKM " + p)
            cell(ws, f"D{row}", s_)
            cell(ws, f"E{row}", d_)
            cell(ws, f"F{row}", 100)
            ws[f"G{row}"] = f"=IF(D{row}=0,0,ROUND(E{row}/D{row}*100,2))"
            ws[f"H{row}"] = f"=ROUND(G{row}/F{row}*100,2)"
            ws[f"G{row}"].border = BORDER
            ws[f"H{row}"].border = BORDER
        if sid == "A04":
            row = top + 3
            ws[f"G{row}"] = "85 persen"
            rec.note(fname, sh, row, "A04 block, PKM Tegalsari row: realisasi typed '85 persen' over the formula (a puskesmas row, not a key row; the total row still computes from D/E).")
        tot = top + 12
        cell(ws, f"C{tot}", "JUMLAH KABUPATEN", bold=True)
        ws[f"D{tot}"] = f"=SUM(D{top}:D{tot - 1})"
        ws[f"E{tot}"] = f"=SUM(E{top}:E{tot - 1})"
        tv = 100
        real = rnd(sum(dil) / sum(sas) * 100, 2)
        tspec = num(100)
        if sid == "A07":
            tspec = txt(100, "%")
            rec.note(fname, sh, tot, "A07 total row: target typed as text '100 %' (key 100); the capaian formula H reads the text as 1 and shows 6.406 (a capaian 100x too large).")
        put(ws, f"F{tot}", tspec)
        ws[f"G{tot}"] = f"=ROUND(E{tot}/D{tot}*100,2)"
        ws[f"H{tot}"] = f"=ROUND(G{tot}/F{tot}*100,2)"
        if sid == "A09":
            ws[f"H{tot}"] = f"=ROUND(G{tot - 1}/F{tot - 1}*100,2)"
            rec.note(fname, sh, tot, "A09 total row: capaian H points at the row above (PKM Babakanraya) instead of the total.")
        for c in "DEGH":
            ws[f"{c}{tot}"].border = BORDER
            ws[f"{c}{tot}"].font = BOLD
        ws[f"A{top}"] = no
        no += 1
        merge(ws, f"A{top}:A{tot}")
        ws[f"B{top}"] = text
        ws[f"B{top}"].alignment = Alignment(wrap_text=True, vertical="center")
        merge(ws, f"B{top}:B{tot}")
        rec.key(fname, sh, f"B{top}", 2021, text, sid, tspec[2], real, cm("cell", f"F{tot}"),
                cm("cell", f"G{tot}"))
        r = tot + 1
    blk = ", ".join(f"{k['same_as']} {k['row']}/{k['row'] + 12}" for k in rec.keys if k["year"] == 2021)
    rec.note(fname, sh, 8, "Key row / total row of each SPM block: " + blk + ".")
    rec.note(fname, sh, 8, "SPM blocks rows 8-163: each name cell B is merged over 13 rows (12 puskesmas + total); the key row is the top of the merge, the figures are those of the 'JUMLAH KABUPATEN' row at the bottom of the block (row top+12). Realisasi is =ROUND(E/D*100,2) on that row.")
    cell(ws, f"A{r}", "II. INDIKATOR KINERJA UTAMA DAN INDIKATOR LAINNYA", bold=True)
    merge(ws, f"A{r}:I{r}")
    r += 1
    plan = [("A13", num(95), num(157.9), "pos_on_neg"), ("A14", num(8), num(14), "neg"),
            ("A15", raw(80, 80), num(7.6), "neg"), ("A16", num(21), persen(22.3), ("typed", 93.81)),
            ("A17", num(100), pct(91.67), "pos"), ("A18", num(12), num(11), ("typed", 100)),
            ("A19", num(82), num(83.47), "prev"), ("A22", num(95), persen(89.7), "pos_txt"),
            ("A23", num(80), num(71.2), "pos")]
    for sid, ts, rs, cap in plan:
        text = NAMES[sid][2021]
        ws[f"A{r}"] = no
        ws[f"A{r}"].border = BORDER
        no += 1
        K(rec, ws, fname, sh, f"B{r}", 2021, text, sid, ts, rs, f"F{r}", f"G{r}")
        merge(ws, f"B{r}:C{r}")
        cell(ws, f"I{r}", META[sid][0])
        if cap == "pos":
            ws[f"H{r}"] = f"=ROUND(G{r}/F{r}*100,2)"
        elif cap == "neg":
            ws[f"H{r}"] = f"=ROUND((2*F{r}-G{r})/F{r}*100,2)"
        elif cap == "pos_on_neg":
            ws[f"H{r}"] = f"=ROUND(G{r}/F{r}*100,2)"
            rec.note(fname, sh, r, "A13 (negative, AKI): capaian uses the positive formula G/F*100 (166,21 instead of 33,79).")
        elif cap == "prev":
            ws[f"H{r}"] = f"=ROUND(G{r - 1}/F{r - 1}*100,2)"
            rec.note(fname, sh, r, f"A19: capaian H{r} points at the row above (=G{r - 1}/F{r - 1}).")
        elif cap == "pos_txt":
            ws[f"H{r}"] = 94.42
        else:
            ws[f"H{r}"] = cap[1]
        ws[f"H{r}"].border = BORDER
        if sid == "A15":
            rec.note(fname, sh, r, "A15: target typed 80 (10x of 8,0); keyed as typed (80); capaian formula gives 190,5.")
        if sid == "A16":
            rec.note(fname, sh, r, "A16: realisasi typed '22,3 persen' (key 22.3); capaian typed 93,81 (negative formula (2*21-22,3)/21 = 93,81, right).")
        if sid == "A17":
            rec.note(fname, sh, r, "A17: realisasi a %-formatted fraction 0,9167 (key 91.67); capaian formula =G/F*100 then shows 0,92 (the fraction error in the capaian).")
        if sid == "A18":
            rec.note(fname, sh, r, "A18: capaian typed 100 while 11/12 = 91,67 (typed capaian disagrees).")
        if sid == "A22":
            rec.note(fname, sh, r, "A22: realisasi typed '89,7 persen' (key 89.7); capaian typed 94,42 (right).")
        r += 1
    rec.sheet_doc(fname, sh, "", f"SPM section rows 7-163 (12 blocks of 13 rows), IKU section rows 164-{r - 1} (9 single rows, name merged B:C).")
    ws[f"B{r + 1}"] = "Sumber data: Laporan SPM Puskesmas Januari - Desember 2021 (SIMPUS), LB3 KIA, SITB, SIHA."
    signature(ws, r + 3, "F", "Wanasari, 14 Januari 2022", ["KEPALA DINAS KESEHATAN", "KABUPATEN WANASARI"],
              *KADIS)
    wn = wb.create_sheet("Catatan Verifikasi")
    for i, t in enumerate(["Hasil verifikasi data oleh Subbag Program, 12 Januari 2022:",
                           "- Data PKM Tegalsari (balita) belum masuk SIMPUS, diinput manual.",
                           "- AKI naik karena 14 kasus kematian ibu (9 terkait COVID-19).",
                           "- Akreditasi PKM Babakanraya dijadwalkan ulang ke 2022."]):
        wn.cell(i + 1, 1, t)
    rec.sheet_doc(fname, "Catatan Verifikasi", "visible", "Notes only. No key rows.")
    wb.save(os.path.join(OUT, "Capaian SPM dan IKU Dinkes 2021.xlsx"))
    return {k["same_as"]: k["realisasi"] for k in rec.keys if k["year"] == 2021}


# =====================================================================================  2022
def y2022(rec, prev):
    fname = rec.add_file("LKjIP Dinkes Wanasari 2022 - Bab III.xlsx", "xlsx",
                         "LKjIP chapter III table: target 2022, realisasi 2019-2022 and capaian 2019-2022 "
                         "(year headers rotated 90 degrees), Renstra 2026 target and progress.")
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabel 3.3"
    sh = ws.title
    title(ws, 1, "Tabel 3.3", "A", "N")
    title(ws, 2, "Perbandingan Target dan Realisasi Kinerja Tahun 2022 serta Realisasi Tahun 2019 s.d. 2021", "A", "N")
    title(ws, 3, "Dinas Kesehatan Kabupaten Wanasari", "A", "N")
    hdr(ws, "A5", "No", merge_to="A6")
    hdr(ws, "B5", "Indikator Kinerja", merge_to="B6")
    hdr(ws, "C5", "Satuan", merge_to="C6")
    hdr(ws, "D5", "Target 2022", merge_to="D6")
    hdr(ws, "E5", "Realisasi", merge_to="H5")
    hdr(ws, "I5", "Capaian (%)", merge_to="L5")
    for i, y in enumerate([2019, 2020, 2021, 2022]):
        hdr(ws, f"{'EFGH'[i]}6", str(y), rot=90)
        hdr(ws, f"{'IJKL'[i]}6", str(y), rot=90)
    hdr(ws, "M5", "Target Akhir Renstra (2026)", merge_to="M6")
    hdr(ws, "N5", "Capaian s.d. 2022 terhadap Target Renstra (%)", merge_to="N6")
    for i, c in enumerate("ABCDEFGHIJKLMN"):
        hdr(ws, f"{c}7", f"({i + 1})")
    ws.row_dimensions[6].height = 36
    widths(ws, {"A": 5, "B": 60, "C": 14, "D": 10, "M": 12, "N": 14})
    rec.sheet_doc(fname, sh, "visible",
                  "Title rows 1-3; header rows 5-6: A No, B Indikator Kinerja, C Satuan, D Target 2022, "
                  "E-H Realisasi with the years 2019, 2020, 2021, 2022 in row 6 written vertically (text "
                  "rotated 90 degrees), I-L Capaian (%) likewise, M Target Akhir Renstra (2026), N capaian "
                  "against Renstra; row 7 numbers (1)-(14). Full-width 'Sasaran n' rows (not key rows). Key: "
                  "name B, target D, realisasi H (only 2022 is keyed; E-G are earlier years).")
    past = {  # realisasi written for 2019, 2020 (from the earlier files, as the LKjIP team copied them)
        "A01": (87.42, 84.1), "A02": (91.2, 89.65), "A03": (95.1, 93.4), "A04": (78.6, 70.23),
        "A05": (96.3, 52.8), "A06": (None, 38.4), "A07": (61.2, 45.9), "A08": (24.6, 31.08),
        "A09": (48.5, 56.2), "A10": (82.4, 88.1), "A11": (67.3, 58.9), "A12": (44.1, 39.75),
        "A13": (118.6, 132.4), "A15": (9.1, 8.4), "A16": (29.4, 25.8), "A17b": (None, None),
        "A18": (8, 9), "A19": (81.36, 79.92), "A20": ("B", "B"), "A22": (94.8, 86.2), "A23": (None, None)}
    restated = {"A13": 151.2}
    past_t = {**{a: (100, 100, 100) for a in ["A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08",
                                               "A09", "A10", "A11", "A12"]},
              "A13": (102, 98, 95), "A15": (8.5, 8.2, 8.0), "A16": (None, 24, 21), "A18": (8, 10, 12),
              "A19": (80, 81, 82), "A22": (93, 95, 95), "A23": (None, None, 80)}
    renstra = {"A01": 100, "A02": 100, "A03": 100, "A04": 100, "A05": 100, "A06": 100, "A07": 100,
               "A08": 100, "A09": 100, "A10": 100, "A11": 100, "A12": 100, "A13": 80, "A15": 7.0,
               "A16": 14, "A17b": 100, "A18": 12, "A19": 85, "A20": 75, "A22": 95, "A23": 90}
    groups = [("S1", ["A13", "A15", "A16"]),
              ("S2", ["A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10", "A11", "A12",
                      "A22", "A23"]),
              ("S3", ["A17b", "A18", "A19"]), ("S4", ["A20"])]
    vals = {"A01": (num(100), num(93.08)), "A02": (num(100), txt(95.5, "%")), "A03": (num(100), num(98.1)),
            "A04": (num(100), num(86.75)), "A05": (num(100), num(94.2)), "A06": (num(100), pct(68.9)),
            "A07": (num(100), num(77.4)), "A08": (num(100), num(58.3)), "A09": (num(100), num(80.15)),
            "A10": (num(100), num(100)), "A11": (num(100), num(88.2)), "A12": (num(100), num(79.05)),
            "A13": (num(90), num(96.3)), "A15": (num(7.8), num(7.2)), "A16": (num(18), num(17.6)),
            "A17b": (num(50), num(41.67)), "A18": (num(12), num(12)), "A19": (num(83), num(84.1)),
            "A20": (num(70), num(68.42)), "A22": (num(95), num(96.4)), "A23": (rng(85, 90), num(83.9))}
    r = 8
    no = 1
    for gi, (s, ids) in enumerate(groups):
        cell(ws, f"A{r}", f"Sasaran {gi + 1} : {SAS[s]}", bold=True)
        merge(ws, f"A{r}:N{r}")
        r += 1
        for sid in ids:
            text = NAMES[sid][2022]
            unit = META[sid][0]
            neg = META[sid][1] == "-"
            ts, rs = vals[sid]
            cell(ws, f"A{r}", no)
            no += 1
            K(rec, ws, fname, sh, f"B{r}", 2022, text, sid, ts, rs, f"D{r}", f"H{r}")
            cell(ws, f"C{r}", unit)
            p19, p20 = past[sid]
            p21 = restated.get(sid, prev.get(sid if sid != "A17b" else "none"))
            for c, v in zip("EFG", [p19, p20, p21]):
                cell(ws, f"{c}{r}", "-" if v is None else v)
            for c, v, tt in zip("IJK", [p19, p20, p21], past_t.get(sid, (None, None, None))):
                if isinstance(v, (int, float)) and tt:
                    cv = (2 * tt - v) / tt * 100 if neg else v / tt * 100
                    cell(ws, f"{c}{r}", rnd(cv, 2))
                else:
                    cell(ws, f"{c}{r}", "-")
            if sid == "A16" or not neg:
                ws[f"L{r}"] = f"=ROUND(H{r}/D{r}*100,2)"
            else:
                ws[f"L{r}"] = f"=ROUND((2*D{r}-H{r})/D{r}*100,2)"
            if sid == "A19":
                ws[f"L{r}"] = 110.2
                rec.note(fname, sh, r, "A19: capaian 2022 typed 110,2 while 84,1/83 = 101,33 (typed capaian disagrees).")
            if sid == "A16":
                rec.note(fname, sh, r, "A16 (negative, stunting): capaian L uses the positive formula H/D*100 (97,78) instead of (2D-H)/D (102,22).")
            if sid == "A02":
                rec.note(fname, sh, r, "A02: realisasi typed as text '95,5 %' (key 95.5); its capaian formula L gives #VALUE!.")
                ws[f"L{r}"] = f"=ROUND(H{r}/D{r}*100,2)"
            if sid == "A06":
                rec.note(fname, sh, r, "A06: realisasi H is a %-formatted fraction (0,689): key 68.9.")
            if sid == "A13":
                rec.note(fname, sh, r, "A13: realisasi 2021 (column G) written 151,2 ('data revisi') while the 2021 file says 157,9; not keyed (earlier year).")
            if sid == "A17b":
                rec.note(fname, sh, r, "A17b 'minimal Utama' replaces A17 ('Persentase Puskesmas terakreditasi', any level): listed as ambiguous [A17, A17b].")
            if sid == "A20":
                rec.note(fname, sh, r, "A20: numeric score this year (target 70, realisasi 68,42); earlier years show grades B / B in E/F.")
            if sid == "A23":
                rec.note(fname, sh, r, "A23: target typed as a range '85-90' (key 85).")
            ws[f"L{r}"].border = BORDER
            cell(ws, f"M{r}", renstra[sid])
            ws[f"N{r}"] = f"=ROUND(H{r}/M{r}*100,2)"
            ws[f"N{r}"].border = BORDER
            if sid == "A08":
                r += 1
                cell(ws, f"A{r}", None)
                cell(ws, f"B{r}", text)
                cell(ws, f"C{r}", unit)
                cell(ws, f"D{r}", 100)
                cell(ws, f"H{r}", 58.3)
                ws[f"L{r}"] = f"=ROUND(H{r}/D{r}*100,2)"
                rec.note(fname, sh, r, "A08 duplicated: same name, target and realisasi as the row above (second copy, not a key row).")
            r += 1
    rec.sheet_doc(fname, sh, "", f"Data rows 8-{r - 1}: 21 indicators, 4 Sasaran rows, 1 duplicated row.")
    ws[f"B{r + 1}"] = "Sumber: Laporan SPM, SIMPUS, e-PPGBM, LHE SAKIP 2022 (diolah)."
    wa = wb.create_sheet("Tabel 3.4 Anggaran")
    wa["A1"] = "Tabel 3.4 Realisasi Anggaran per Program Tahun 2022"
    for i, h in enumerate(["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"]):
        hdr(wa, f"{'ABCDE'[i]}3", h)
    progs = [("Program Penunjang Urusan Pemerintahan Daerah", 61250400000, 58114520310),
             ("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 48932150000, 44120887600),
             ("Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1250000000, 1102450000),
             ("Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", 420000000, 401850000),
             ("Program Pemberdayaan Masyarakat Bidang Kesehatan", 870500000, 790120000)]
    for i, (p, a, b) in enumerate(progs):
        wa.cell(4 + i, 1, i + 1)
        wa.cell(4 + i, 2, p)
        wa.cell(4 + i, 3, a).number_format = "#,##0"
        wa.cell(4 + i, 4, b).number_format = "#,##0"
        wa.cell(4 + i, 5, f"=ROUND(D{4 + i}/C{4 + i}*100,2)")
    wa.cell(9, 2, "JUMLAH")
    wa.cell(9, 3, "=SUM(C4:C8)")
    wa.cell(9, 4, "=SUM(D4:D8)")
    rec.sheet_doc(fname, wa.title, "visible", "Budget per programme (rows 4-9). No key rows.")
    wh = wb.create_sheet("olah data")
    wh["A1"] = "KH 2022"
    wh["B1"] = 9012
    wh["A2"] = "kematian ibu"
    wh["B2"] = 9
    wh["A3"] = "AKI"
    wh["B3"] = "=ROUND(B2/B1*100000,1)"
    wh.sheet_state = "hidden"
    rec.sheet_doc(fname, "olah data", "hidden", "Working sheet (KH, deaths, AKI). Hidden: no key rows.")
    wb.save(os.path.join(OUT, "LKjIP Dinkes Wanasari 2022 - Bab III.xlsx"))


def build():
    os.makedirs(OUT, exist_ok=True)
    rec = Recorder(AGENCY, SLUG, YEARS)
    y2019(rec)
    y2020(rec)
    prev = y2021(rec)
    y2022(rec, prev)
    return rec, [["A17", "A17b"]]


if __name__ == "__main__":
    build()


AGENCY_NOTES = (
    "Flows (per-period quantities; a sum of quarters is the year): A14 (kasus kematian ibu) only. Levels / "
    "cumulative (the last reported quarter is the year): all the others (SPM coverages are cumulative "
    "through the year; AKI, AKB and stunting are rates; A18 is a cumulative count). A20 is a grade in "
    "2019-2020 and a numeric score in 2022. Negative indicators: A13, A14, A15, A16. 12 puskesmas.")

LOOKALIKES = (
    "Look-alikes that must NOT be merged: A13 'Angka Kematian Ibu' (rate) vs A14 'Jumlah kasus kematian ibu' "
    "(count); A17 'Persentase Puskesmas terakreditasi' vs A18 'Jumlah Puskesmas terakreditasi'; A08 hipertensi "
    "vs A09 Diabetes Melitus / DM (identical wording but the disease); A01 ibu hamil vs A02 ibu bersalin; A03 "
    "bayi baru lahir vs A04 balita vs A15 Angka Kematian Bayi; A05 usia pendidikan dasar vs A06 usia "
    "produktif (15-59) vs A07 usia lanjut (60+); A22 imunisasi dasar lengkap vs A23 imunisasi lanjutan baduta "
    "vs A21 desa UCI. The 2021 SPM names ('Pelayanan Kesehatan Ibu Hamil', ...) are the same ids as the "
    "'Persentase ... mendapatkan ...' names of the other years. Ambiguous: A17 (any accreditation) vs A17b "
    "'terakreditasi minimal Utama' (2022).")
