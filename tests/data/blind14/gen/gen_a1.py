"""Agency 1: Dinas Pendidikan Kabupaten Sleman, one file per year, four layouts."""
from openpyxl import Workbook
from openpyxl.utils import get_column_letter as L
from common import *

FOLDER = "a1-disdik-sleman"
S = {1: "Meningkatnya akses dan pemerataan pendidikan",
     2: "Meningkatnya mutu pendidikan",
     3: "Meningkatnya kualitas sarana dan prasarana pendidikan",
     4: "Meningkatnya akuntabilitas kinerja Perangkat Daerah"}

def I(id, sas, unit, base, names, neg=False):
    return {"id": id, "sas": sas, "unit": unit, "base": base, "names": dict(zip(YEARS, names)) if len(names) == 4 else names, "neg": neg}

INDS = [
    I("apm_sd", 1, "%", (98.2, 0.3, "pct"), ["Angka Partisipasi Murni (APM) SD", "Angka Partisipasi Murin SD", "APM SD (%)", "Angka Partisipasi Murni (APM) SD/MI"]),
    I("apm_smp", 1, "%", (82.5, 1.0, "pct"), ["Angka Partisipasi Murni (APM) SMP", "Angka Partisipasi Murni SMP", "APM SMP (%)", "Angka Partisipasi Murni (APM) SMP/MTs"]),
    I("paud", 1, "%", (71.4, 1.5, "pct"), ["Angka Partisipasi Kasar (APK) PAUD", "APK PAUD", "Angka Partisipasi Kasar PAUD (%)", "Angka Partisipasi Kasar Pendidikan Anak Usia Dini (PAUD)"]),
    I("aps_l", 1, "%", (0.42, -0.04, "pct"), ["Angka Putus Sekolah SD laki-laki", "Angka putus sekolah SD Laki-Laki", "Angka Putus Sekolah SD (laki-laki)", "Angka Putus Sekolah jenjang SD laki-laki"], neg=True),
    I("aps_p", 1, "%", (0.36, -0.03, "pct"), ["Angka Putus Sekolah SD perempuan", "Angka putus sekolah SD Perempuan", "Angka Putus Sekolah SD (perempuan)", "Angka Putus Sekolah jenjang SD perempuan"], neg=True),
    I("rls", 1, "tahun", (10.64, 0.08, "dec"), ["Rata-rata Lama Sekolah", "Rata - rata Lama Sekolah", "Rerata lama sekolah (tahun)", "Rata-rata Lama Sekolah di Kabupaten Sleman"]),
    I("hls", 1, "tahun", (16.55, 0.05, "dec"), ["Harapan Lama Sekolah", "Harapan Lama Sekolah", "Harapan lama sekolah (tahun)", "Harapan Lama Sekolah Kab. Sleman"]),
    I("jml_akr", 2, "sekolah", (148, 12, "int"), ["Jumlah sekolah terakreditasi A", "Jml. sekolah terakreditasi A", "Jumlah sekolah terakreditasi A (sekolah)", "Jumlah sekolah yang terakreditasi A"]),
    I("pers_akr", 2, "%", (38.5, 3, "pct"), ["Persentase sekolah terakreditasi A", "Prosentase sekolah terakreditasi A", "Pers. sekolah terakreditasi A", "Persentase sekolah yang terakreditasi A (%)"]),
    I("kelas1", 2, "%", (72, 3, "pct"), ["Persentase siswa Kelas 1 SD yang lancar membaca", "Persentase siswa kelas 1 SD yang lancar membaca", "Persentase siswa Kelas I SD yang lancar membaca", "Siswa Kelas 1 SD lancar membaca (%)"]),
    I("kelas2", 2, "%", (84, 2.5, "pct"), ["Persentase siswa Kelas 2 SD yang lancar membaca", "Persentase siswa kelas 2 SD yang lancar membaca", "Persentase siswa Kelas II SD yang lancar membaca", "Siswa Kelas 2 SD lancar membaca (%)"]),
    I("guru_sd", 2, "%", (93.5, 1.2, "pct"), ["Persentase guru SD berkualifikasi S1/D4", "Persentasi guru SD berkualifikasi S1/D4", "Persentase guru SD berkualifikasi\nS1/D-IV", "Persentase guru SD yang berkualifikasi S1/D4"]),
    I("guru_smp", 2, "%", (96.2, 0.8, "pct"), ["Persentase guru SMP berkualifikasi S1/D4", "Persentase guru SMP berkualifikasi S1/D4", "Persentase guru SMP berkualifikasi S1/D-IV", "Persentase guru SMP yang berkualifikasi S1/D4"]),
    I("serdik", 2, "%", (64.3, 3, "pct"), {2021: "Persentase guru bersertifikat pendidik", 2022: "Persentase guru yang bersertifikat pendidik"}),
    I("ppg", 2, "%", (55, 4, "pct"), {2023: "Persentase guru yang lulus Pendidikan Profesi Guru (PPG)", 2024: "Persentase guru lulus PPG"}),
    I("ptk", 2, "orang", (850, 100, "int"), ["Jumlah pendidik dan tenaga kependidikan yang mengikuti pelatihan", "Jumlah PTK yang mengikuti pelatihan", "Jumlah Pendidik dan Tenaga Kependidikan (PTK) yang mengikuti pelatihan", "Jml. PTK yang mengikuti pelatihan (orang)"]),
    I("inklusi", 2, "sekolah", (42, 6, "int"), {2021: "Jumlah sekolah penyelenggara pendidikan inklusif", 2022: "Jumlah sekolah penyelenggara pendidikan inklusi"}),
    I("kurmer", 2, "%", (10, 30, "pct"), {2023: "Persentase satuan pendidikan yang menerapkan Kurikulum Merdeka", 2024: "Prosentase satuan pendidikan yang menerapkan Kurikulum Merdeka"}),
    I("rk_baik", 3, "%", (68.5, 2, "pct"), ["Persentase ruang kelas SD kondisi baik", "Presentase ruang kelas SD kondisi baik", "Persentase ruang kelas SD dalam kondisi baik", "Ruang kelas SD kondisi baik (%)"]),
    I("rk_rusak", 3, "%", (9.8, -1.2, "pct"), ["Persentase ruang kelas SD kondisi rusak berat", "Presentase ruang kelas SD kondisi rusak berat", "Persentase ruang kelas SD dalam kondisi rusak berat", "Ruang kelas SD kondisi rusak berat (%)"], neg=True),
    I("sakip", 4, "nilai", (68.2, 1.5, "dec"), ["Nilai SAKIP Perangkat Daerah", "Nilai SAKIP OPD", "Nilai Evaluasi SAKIP Perangkat Daerah", "NILAI SAKIP OPD"]),
    I("lapkeu", 4, "%", (100, 0, "pct"), ["Persentase laporan keuangan yang disusun tepat waktu", "Persentase laporan keuangan yang disusun", "Prosentase laporan keuangan tepat waktu", "PERSENTASE LAPORAN KEUANGAN YANG DISUSUN TEPAT WAKTU"]),
]
make_values(INDS, 1401)
KEY = Key("Dinas Pendidikan Kabupaten Sleman", FOLDER)
KEY.ambiguous = [["serdik", "ppg"]]

def year_inds(y):
    return [i for i in INDS if y in i["names"]]

def cap_formula(ind, tcell, rcell):
    if ind["neg"]:
        return f"=ROUND((2*{tcell}-{rcell})/{tcell}*100,2)"
    return f"=ROUND({rcell}/{tcell}*100,2)"

def footer(ws, row, col, budget, real, place="Sleman, ..................."):
    ws.cell(row, col, "Jumlah Anggaran"); ws.cell(row, col + 2, budget).number_format = '#,##0'
    ws.cell(row + 1, col, "Jumlah Realisasi Anggaran"); ws.cell(row + 1, col + 2, real).number_format = '#,##0'
    ws.cell(row + 3, col + 4, place)
    ws.cell(row + 4, col + 4, "KEPALA DINAS PENDIDIKAN")
    ws.cell(row + 4, col + 4).font = BOLD
    ws.cell(row + 8, col + 4, "Drs. Bambang Sutopo Wibowo, M.Pd.")
    ws.cell(row + 9, col + 4, "Pembina Utama Muda (IV/c)")
    ws.cell(row + 10, col + 4, "NIP. 19680412 199303 1 007")

# ---------------- 2021: .xlsx, year only in file name, Sasaran as section rows
def y2021():
    y = 2021; fname = "PK_Disdik_Sleman_2021.xlsx"; sheet = "PK"
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws["A1"] = "PENGUKURAN KINERJA"; ws["A2"] = "DINAS PENDIDIKAN KABUPATEN SLEMAN"
    for c in ("A1", "A2"): ws[c].font = BOLD
    hdr = ["No", "Sasaran Strategis / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    for j, h in enumerate(hdr, 1):
        ws.cell(4, j, h).font = BOLD; ws.cell(5, j, f"({j})").alignment = CENTER
    r = 6
    roman = ["I", "II", "III", "IV"]
    for s in (1, 2, 3, 4):
        ws.cell(r, 1, roman[s - 1]).font = BOLD
        ws.cell(r, 2, "Sasaran: " + S[s]).font = BOLD
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
        n = 1
        for ind in year_inds(y):
            if ind["sas"] != s: continue
            t, re = ind["v"][y]
            ws.cell(r, 1, f"{roman[s-1]}.{n}"); ws.cell(r, 2, ind["names"][y]); ws.cell(r, 3, ind["unit"])
            ws.cell(r, 4, t); ws.cell(r, 5, re); ws.cell(r, 6, cap_formula(ind, f"D{r}", f"E{r}"))
            for c in (4, 5, 6): ws.cell(r, c).number_format = '#,##0.00' if ind["base"][2] != "int" else '#,##0'
            KEY.add(fname, sheet, r, y, ind["names"][y], ind["id"], t, re)
            r += 1; n += 1
    box(ws, f"A4:F{r-1}")
    footer(ws, r + 1, 1, 148250000000, 141902345120)
    ws.column_dimensions["B"].width = 60
    KEY.layout[(fname, sheet)] = {"name": 2, "target": 4, "realisasi": 5, "mode": "num"}
    KEY.files.append(fname); ship(wb, FOLDER, fname)

# ---------------- 2022: .xls, year only in sheet name, IKU headers, sasaran column with blanks
def y2022():
    y = 2022; fname = "Pengukuran Kinerja Dinas Pendidikan (final).xls"; sheet = "PK 2022"
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws["A1"] = "PENGUKURAN KINERJA PERANGKAT DAERAH"; ws["A2"] = "DINAS PENDIDIKAN KABUPATEN SLEMAN"
    hdr = ["No", "Sasaran Strategis", "Indikator Kinerja Utama (IKU)", "Satuan", "Target", "Realisasi", "% Capaian", "Ket."]
    for j, h in enumerate(hdr, 1):
        ws.cell(4, j, h).font = BOLD
    r = 5
    n = 1
    for s in (1, 2, 3, 4):
        first = True
        start = r
        for ind in year_inds(y):
            if ind["sas"] != s: continue
            t, re = ind["v"][y]
            ws.cell(r, 1, f"IKU {n}")
            if first: ws.cell(r, 2, S[s])
            first = False
            ws.cell(r, 3, ind["names"][y]); ws.cell(r, 4, ind["unit"]); ws.cell(r, 5, t); ws.cell(r, 6, re)
            ws.cell(r, 7, cap_formula(ind, f"E{r}", f"F{r}"))
            ws.cell(r, 8, "Negatif" if ind["neg"] else "")
            KEY.add(fname, sheet, r, y, ind["names"][y], ind["id"], t, re)
            r += 1; n += 1
    box(ws, f"A4:H{r-1}")
    footer(ws, r + 1, 2, 151700000000, 146233118400, "Sleman, 31 Desember")
    KEY.layout[(fname, sheet)] = {"name": 3, "target": 5, "realisasi": 6, "mode": "num"}
    KEY.files.append(fname); ship(wb, FOLDER, fname)

# ---------------- 2023: .ods, year in title, Target/Realisasi as "Nilai | Satuan" pairs
def y2023():
    y = 2023; fname = "LKjIP Disdik Sleman - Lampiran Pengukuran Kinerja.ods"; sheet = "Pengukuran Kinerja"
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws["A1"] = "PENGUKURAN KINERJA DINAS PENDIDIKAN KABUPATEN SLEMAN TAHUN 2023"
    ws.merge_cells("A1:I1")
    heads = [("No", 1), ("Sasaran", 2), ("Indikator Kinerja", 3)]
    for h, c in heads:
        ws.cell(3, c, h); ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.cell(3, 4, "Target"); ws.merge_cells("D3:E3")
    ws.cell(3, 6, "Realisasi"); ws.merge_cells("F3:G3")
    ws.cell(3, 8, "Capaian (%)"); ws.merge_cells("H3:H4")
    ws.cell(3, 9, "Sifat"); ws.merge_cells("I3:I4")
    for c, h in zip((4, 5, 6, 7), ("Nilai", "Satuan", "Nilai", "Satuan")): ws.cell(4, c, h)
    r = 5; n = 1
    for s in (1, 2, 3, 4):
        start = r
        for ind in year_inds(y):
            if ind["sas"] != s: continue
            t, re = ind["v"][y]
            ws.cell(r, 1, n); ws.cell(r, 3, ind["names"][y]).alignment = WRAP
            ws.cell(r, 4, t); ws.cell(r, 5, ind["unit"]); ws.cell(r, 6, re); ws.cell(r, 7, ind["unit"])
            ws.cell(r, 8, cap_formula(ind, f"D{r}", f"F{r}"))
            ws.cell(r, 9, "(-)" if ind["neg"] else "(+)")
            KEY.add(fname, sheet, r, y, ind["names"][y], ind["id"], t, re)
            r += 1; n += 1
        ws.cell(start, 2, S[s]).alignment = WRAP
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    box(ws, f"A3:I{r-1}")
    footer(ws, r + 1, 2, 155020000000, 149871500000, "Sleman, 15 Januari 2024")
    KEY.layout[(fname, sheet)] = {"name": 3, "target": 4, "realisasi": 6, "mode": "num"}
    KEY.files.append(fname); ship(wb, FOLDER, fname)

# ---------------- 2024: .xlsx, long title, table from C9, one indicator written in the Sasaran column
def y2024():
    y = 2024; fname = "Disdik Sleman LKjIP 2024.xlsx"; sheet = "Lamp. II"
    wb = Workbook(); ws = wb.active; ws.title = sheet
    title = ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)",
             "DINAS PENDIDIKAN KABUPATEN SLEMAN",
             "TAHUN ANGGARAN 2024",
             "Lampiran II : Pengukuran Kinerja berdasarkan Perjanjian Kinerja Tahun 2024",
             "Perjanjian Kinerja Nomor 800/0123/PK/2024 tanggal 31 Januari 2024 antara Kepala Dinas Pendidikan",
             "dan Bupati Sleman, sebagaimana telah diubah dengan Perjanjian Kinerja Perubahan Nomor 800/2231/PK-P/2024",
             "(angka realisasi merupakan angka sementara per 31 Desember 2024, sumber: Dapodik dan BPS Kab. Sleman)"]
    for i, t in enumerate(title, 1):
        ws.cell(i, 3, t).font = BOLD if i <= 3 else Font(italic=(i == 7))
    hdr = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)", "Polaritas"]
    for j, h in enumerate(hdr):
        ws.cell(9, 3 + j, h).font = BOLD
        ws.cell(10, 3 + j, j + 1).alignment = CENTER
    r = 11; n = 1
    for s in (1, 2, 3, 4):
        first = True
        for ind in year_inds(y):
            if ind["sas"] != s: continue
            t, re = ind["v"][y]
            ws.cell(r, 3, n)
            if ind["id"] == "rls":
                # indicator typed into the Sasaran column, Indikator column left empty
                ws.cell(r, 4, ind["names"][y]); ncol = 4
            else:
                if first: ws.cell(r, 4, S[s].replace("Perangkat Daerah", "OPD"))
                ws.cell(r, 5, ind["names"][y]); ncol = 5
            first = False
            ws.cell(r, 6, ind["unit"]); ws.cell(r, 7, t); ws.cell(r, 8, re)
            ws.cell(r, 9, cap_formula(ind, f"G{r}", f"H{r}"))
            ws.cell(r, 10, "Negatif" if ind["neg"] else "Positif")
            KEY.add(fname, sheet, r, y, ind["names"][y], ind["id"], t, re)
            KEY.layout.setdefault((fname, sheet), {"name": 5, "target": 7, "realisasi": 8, "mode": "num", "name_col_override": {}})
            if ncol == 4: KEY.layout[(fname, sheet)]["name_col_override"][str(r)] = 4
            r += 1; n += 1
    box(ws, f"C9:J{r-1}")
    footer(ws, r + 1, 3, 159880000000, 152004760300, "Sleman, 20 Januari 2025")
    KEY.files.append(fname); ship(wb, FOLDER, fname)

if __name__ == "__main__":
    y2021(); y2022(); y2023(); y2024()
    KEY.write()
    print(FOLDER, len(KEY.rows), "rows")
