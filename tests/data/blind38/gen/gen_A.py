"""Agency A: Dinas Perindustrian Kota Tanjung Sarira, 2019-2022 (3 files)."""
import os, sys
import openpyxl
from openpyxl.styles import Alignment, Font
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

AG = "Dinas Perindustrian Kota Tanjung Sarira"
F1, F2, F3 = "Disperin_TjSarira_PK_2019-2020.xls", "Rencana Aksi Disperin 2021.ods", "LKjIP_Disperin_2022.xlsx"
R1, R2, R3 = "A_pk_2019_2020.xlsx", "A_renaksi_2021.xlsx", "A_lkjip_2022.xlsx"
key = Key(AG, [2019, 2020, 2021, 2022], [F1, F2, F3],
          [["A0405", "A04"], ["A0405", "A05"], ["A06", "A06b"]])

SAS = {
 1: {2019: "Meningkatnya pertumbuhan Industri Kecil dan Menengah", 2020: "Meningkatnya Pertumbuhan IKM",
     2021: "Meningkatnya pertumbuhan industri kecil dan menengah", 2022: "Meningkatnya Pertumbuhan Industri Kecil dan Menengah (IKM)"},
 2: {2019: "Meningkatnya kontribusi sektor industri terhadap perekonomian daerah", 2020: "Meningkatnya Kontribusi Sektor Industri thd Perekonomian",
     2021: "Meningkatnya kontribusi sektor industri terhadap perekonomian daerah", 2022: "Meningkatnya Kontribusi Industri terhadap Perekonomian Kota"},
 3: {2019: "Meningkatnya daya saing dan kewirausahaan industri", 2020: "Meningkatnya Daya Saing dan Kewirausahaan Industri",
     2021: "Meningkatnya daya saing produk dan kewirausahaan industri", 2022: "Meningkatnya Daya Saing Produk dan Kewirausahaan Industri"},
 4: {2019: "Terkendalinya perizinan dan dampak lingkungan kegiatan industri", 2020: "Terkendalinya Perizinan dan Dampak Lingkungan Industri",
     2021: "Terkendalinya perizinan dan dampak lingkungan industri", 2022: "Terkendalinya Dampak Lingkungan Kegiatan Industri"},
 5: {2019: "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan publik", 2020: "Meningkatnya Akuntabilitas Kinerja dan Pelayanan Publik",
     2021: "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan publik", 2022: "Meningkatnya Akuntabilitas Kinerja dan Kualitas Pelayanan Publik"},
}

# id, sasaran, unit, polarity, names per year, target per year (as keyed), realisasi per year (as keyed)
IND = [
 ("A01", 1, "unit", "+", {2019: "Jumlah Industri Kecil dan Menengah (IKM) yang terdaftar", 2020: "1.1 Jumlah IKM terdaftar",
   2021: "Jumlah IKM yang terdaftar di Kota Tanjung Sarira", 2022: "Jumlah Industri Kecil Menengah terdaftar"},
   {2019: 1450, 2020: 1500, 2021: 1560, 2022: 1620}, {2019: 1480, 2020: 1512, 2021: 1549, 2022: 1655}),
 ("A02", 1, "%", "+", {2019: "Persentase pertumbuhan jumlah IKM", 2020: "1.2 Prosentase pertumbuhan IKM",
   2021: "% Pertumbuhan Jumlah IKM", 2022: "Persentase Pertumbuhan Industri Kecil Menengah"},
   {2019: 3.5, 2020: 3, 2021: 4, 2022: 4}, {2019: 3.79, 2020: 2.16, 2021: 2.45, 2022: 6.81}),
 ("A03", 1, "orang", "+", {2019: "Jumlah tenaga kerja sektor industri", 2020: "1.3 Jumlah Tenaga Kerja Industri",
   2021: "Jumlah tenaga kerja yang terserap sektor industri", 2022: "Jumlah Tenaga Kerja Sektor Industri Pengolahan"},
   {2019: 12500, 2020: 12800, 2021: 13000, 2022: 13400}, {2019: 12611, 2020: 12470, 2021: 12905, 2022: 13577}),
 ("A0405", 1, "IKM", "+", {2019: "Jumlah IKM yang memperoleh sertifikasi produk (Halal/SNI)"}, {2019: 60}, {2019: 71}),
 ("A04", 1, "IKM", "+", {2020: "1.4 Jumlah IKM yang memperoleh sertifikat halal", 2021: "Jumlah IKM bersertifikat Halal",
   2022: "Jumlah IKM yang mendapatkan Sertifikat Halal"}, {2020: 40, 2021: 50, 2022: 60}, {2020: 44, 2021: 38, 2022: 72}),
 ("A05", 1, "IKM", "+", {2020: "1.5 Jumlah IKM yang memperoleh sertifikat SNI", 2021: "Jumlah IKM bersertifikat SNI",
   2022: "Jumlah IKM yang mendapatkan Sertifikat SNI (Standar Nasional Indonesia)"}, {2020: 10, 2021: 12, 2022: 15}, {2020: 9, 2021: 12, 2022: 11}),
 ("A06", 2, "Rp miliar", "+", {2019: "Nilai investasi sektor industri", 2020: "2.1 Nilai Investasi Industri (Rp. Milyar)",
   2021: "Nilai investasi di sektor industri"}, {2019: 1250, 2020: 130, 2021: 140}, {2019: 131.4, 2020: 98.2, 2021: 121.7}),
 ("A06b", 2, "Rp miliar", "+", {2022: "Nilai Investasi IKM"}, {2022: 45}, {2022: 47.9}),
 ("A07", 2, "%", "+", {2019: "Kontribusi sektor industri pengolahan terhadap PDRB", 2020: "2.2 Kontribusi Industri Pengolahan thd PDRB",
   2021: "Kontribusi Sektor Industri terhadap PDRB Kota", 2022: "Persentase kontribusi sektor industri pengolahan terhadap PDRB"},
   {2019: 18.5, 2020: 18.8, 2021: 19.0, 2022: 19.2}, {2019: 18.42, 2020: 17.95, 2021: 18.61, 2022: 19.34}),
 ("A08", 2, "%", "+", {2019: "Laju pertumbuhan PDRB sektor industri pengolahan", 2020: "2.3 Pertumbuhan Sektor Industri Pengolahan",
   2021: "Laju Pertumbuhan Industri Pengolahan", 2022: "Laju pertumbuhan sektor industri pengolahan"},
   {2019: 5.2, 2020: 5.4, 2021: 3.0, 2022: 4.5}, {2019: 5.31, 2020: -2.14, 2021: 3.56, 2022: 4.87}),
 ("A09", 3, "IKM", "+", {2019: "Jumlah IKM yang mengikuti pameran", 2020: "3.1 Jumlah IKM ikut pameran/promosi",
   2021: "Jumlah IKM yang difasilitasi promosi dan pameran", 2022: "Jumlah IKM yang mengikuti pameran / promosi produk"},
   {2019: 30, 2020: 35, 2021: 20, 2022: 40}, {2019: 34, 2020: 12, 2021: 25, 2022: 41}),
 ("A10", 3, "orang", "+", {2019: "Jumlah wirausaha baru (WUB) industri yang dilatih", 2020: "3.2 Jumlah WUB Industri yang dilatih",
   2021: "Jumlah peserta pelatihan wirausaha baru industri", 2022: "Jumlah Wirausaha Baru Industri yang dilatih"},
   {2019: 120, 2020: 150, 2021: 100, 2022: 150}, {2019: 125, 2020: 80, 2021: 110, 2022: 152}),
 ("A11", 3, "%", "+", {2019: "Persentase WUB industri yang berusaha setelah pelatihan", 2020: "3.3 Prosentase WUB yang menjalankan usaha pasca pelatihan",
   2021: "% WUB industri yang aktif berusaha", 2022: "Persentase Wirausaha Baru Industri yang aktif berusaha"},
   {2019: 40, 2020: 40, 2021: 45, 2022: 50}, {2019: 42.4, 2020: 31.25, 2021: 46.36, 2022: 51.97}),
 ("A12", 3, "sentra", "+", {2019: "Jumlah sentra IKM yang dibina", 2020: "3.4 Jumlah Sentra IKM binaan",
   2021: "Jumlah sentra IKM yang dibina", 2022: "Jumlah Sentra Industri Kecil Menengah yang dibina"},
   {2019: 8, 2020: 9, 2021: 10, 2022: 11}, {2019: 8, 2020: 9, 2021: 10, 2022: 12}),
 ("A14", 3, "%", "+", {2020: "3.5 Persentase IKM yang menerapkan teknologi tepat guna", 2021: "Persentase IKM pengguna TTG",
   2022: "Persentase IKM yang menerapkan Teknologi Tepat Guna (TTG)"}, {2020: 15, 2021: 17, 2022: 20}, {2020: 15.6, 2021: 17.2, 2022: 19.4}),
 ("A18", 3, "produk", "+", {2021: "Jumlah produk IKM yang didaftarkan HKI (merek)", 2022: "Jumlah Produk IKM yang terdaftar Hak Merek"},
   {2021: 25, 2022: 30}, {2021: 31, 2022: 28}),
 ("A13", 4, "izin", "+", {2019: "Jumlah Izin Usaha Industri (IUI) yang diterbitkan", 2020: "4.1 Jumlah IUI yang diterbitkan",
   2021: "Jumlah izin usaha industri yang terbit"}, {2019: 85, 2020: 90, 2021: 60}, {2019: 92, 2020: 71, 2021: 64}),
 ("A19", 4, "kasus", "-", {2019: "Jumlah pengaduan pencemaran oleh industri", 2020: "4.2 Jumlah kasus pencemaran lingkungan oleh industri (-)",
   2021: "Jumlah pengaduan pencemaran industri", 2022: "Jumlah Kasus Pengaduan Pencemaran oleh Kegiatan Industri"},
   {2019: 5, 2020: 5, 2021: 4, 2022: 4}, {2019: 3, 2020: 6, 2021: 4, 2022: 2}),
 ("A15", 5, "nilai", "+", {2019: "Nilai SAKIP Dinas Perindustrian", 2020: "5.1 Nilai Evaluasi SAKIP",
   2021: "Nilai AKIP Disperin", 2022: "Nilai Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP)"},
   {2019: None, 2020: 65, 2021: 67, 2022: 70}, {2019: None, 2020: 66.12, 2021: 68.4, 2022: 70.55}),
 ("A16", 5, "nilai", "+", {2019: "Indeks Kepuasan Masyarakat (IKM) atas pelayanan perizinan industri", 2020: "5.2 Nilai IKM (Indeks Kepuasan Masyarakat)",
   2021: "Indeks Kepuasan Masyarakat", 2022: "Nilai Indeks Kepuasan Masyarakat (IKM)"},
   {2019: 80, 2020: 80, 2021: 81, 2022: 82}, {2019: 81.25, 2020: 82.1, 2021: 80.6, 2022: 83.47}),
 ("A17", 5, "%", "+", {2019: "Persentase dokumen perencanaan dan pelaporan yang disusun tepat waktu", 2020: "5.3 Prosentase Dokumen Perencanaan & Pelaporan tepat waktu",
   2021: "% dokumen perencanaan/pelaporan tepat waktu", 2022: "Persentase Dokumen Perencanaan dan Pelaporan Kinerja Tepat Waktu"},
   {2019: 100, 2020: 100, 2021: 100, 2022: 100}, {2019: 100, 2020: 100, 2021: 91.67, 2022: 100}),
]
BY = {i[0]: i for i in IND}


def rows_for(year):
    return [i for i in IND if year in i[4]]


def title(ws, lines, span):
    for k, t in enumerate(lines):
        ws.merge_cells(f"A{k+1}:{span}{k+1}")
        c = ws[f"A{k+1}"]; c.value = t; c.font = Font(bold=True, size=12); c.alignment = Alignment(horizontal='center')


# ---------------------------------------------------------------- file 1: PK 2019 + PK 2020
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "PK 2019"
title(ws, ["PENGUKURAN KINERJA", "DINAS PERINDUSTRIAN KOTA TANJUNG SARIRA", "TAHUN ANGGARAN 2019"], "I")
merge(ws, "A5:A6", "No", True); merge(ws, "B5:B6", "Sasaran Strategis", True); merge(ws, "C5:C6", "Indikator Kinerja", True)
merge(ws, "D5:E5", "Target", True); merge(ws, "F5:G5", "Realisasi", True)
merge(ws, "H5:H6", "% Capaian", True); merge(ws, "I5:I6", "Keterangan", True)
for col, t in zip("DEFG", ["Jumlah", "Satuan", "Jumlah", "Satuan"]):
    put(ws, f"{col}6", t, True, CENTER)
for k, col in enumerate("ABCDEFGHI"):
    put(ws, f"{col}7", f"({k+1})", False, CENTER, fill=GREY)
r = 8; no = 0
for s in range(1, 6):
    grp = [i for i in rows_for(2019) if i[1] == s]
    merge(ws, f"B{r}:B{r+len(grp)-1}", SAS[s][2019], align=WRAP)
    for ind in grp:
        iid, _, unit, pol, nm, T, R = ind
        no += 1
        put(ws, f"A{r}", no, align=CENTER); put(ws, f"C{r}", nm[2019], align=WRAP)
        put(ws, f"E{r}", unit); put(ws, f"G{r}", unit)
        if iid == "A15":      # grades
            put(ws, f"D{r}", "B"); put(ws, f"F{r}", "BB"); put(ws, f"H{r}", 100)
            put(ws, f"I{r}", "Predikat hasil evaluasi APIP")
        else:
            put(ws, f"D{r}", T[2019]); put(ws, f"F{r}", R[2019])
            if pol == "-":
                put(ws, f"H{r}", f"=ROUND((2*D{r}-F{r})/D{r}*100,2)"); put(ws, f"I{r}", "indikator negatif")
            elif iid == "A03":   # MISTAKE A-1: capaian points at the next row
                put(ws, f"H{r}", f"=ROUND(F{r+1}/D{r+1}*100,2)")
            else:
                put(ws, f"H{r}", f"=ROUND(F{r}/D{r}*100,2)")
            if iid == "A06":
                put(ws, f"I{r}", "Rp. Milyar")
            if iid != "A06" and pol != "-":
                put(ws, f"I{r}", None)
        key.add(F1, "PK 2019", r, 2019, nm[2019], iid, T[2019], R[2019])
        r += 1
r += 1
ws[f"B{r}"] = "Jumlah Anggaran Kegiatan Tahun 2019 : Rp. 4.318.226.500"
ws[f"B{r+1}"] = "Jumlah Realisasi Anggaran Kegiatan Tahun 2019 : Rp. 3.992.104.870"
signature(ws, r + 3, 7, ["Tanjung Sarira, 31 Desember 2019", "Kepala Dinas Perindustrian", "", "", "Ir. HENDRAWAN SAPUTRA, M.T.", "Pembina Tingkat I", "NIP. 19700314 199603 1 004"])
widths(ws, {"A": 5, "B": 30, "C": 45, "D": 10, "E": 10, "F": 10, "G": 10, "H": 10, "I": 22})

# ---- PK 2020: sasaran as group rows, values typed as text with units, capaian typed, polaritas column
ws = wb.create_sheet("PK 2020")
title(ws, ["PENGUKURAN KINERJA TAHUN 2020", "DINAS PERINDUSTRIAN", "PEMERINTAH KOTA TANJUNG SARIRA"], "G")
for col, t in zip("ABCDEFG", ["No", "Indikator Kinerja", "Target 2020", "Realisasi 2020", "Capaian (%)", "Polaritas", "Keterangan"]):
    put(ws, f"{col}5", t, True, CENTER, fill=GREY)
TXT20 = {  # how the target / realisasi were typed in 2020
 "A01": ("1.500 unit", "1.512 unit"), "A02": ("3-4 %", "2,16 %"), "A03": ("12.800 orang", "12.470 orang"),
 "A04": ("40 IKM", "44 IKM"), "A05": ("10 IKM", "9 IKM"), "A06": (130, "98,2"), "A07": ("18,8 %", "17,95 %"),
 "A08": ("5,4 %", "-2,14 %"), "A09": ("35 IKM", "12 IKM"), "A10": ("150 orang", "80 orang"), "A11": ("40 %", "31,25 %"),
 "A12": (9, 9), "A14": ("15 %", "15,6 %"), "A13": ("90 izin", "71 izin"), "A19": ("5 kasus", "6 kasus"),
 "A15": (65, "66,12"), "A16": ("≥ 80", "82,1"), "A17": ("100 %", "100 %"),
}
CAP20 = {"A01": "100,8", "A02": "72", "A03": "97,42", "A04": "110", "A05": "90", "A06": "75,54", "A07": "95,48",
         "A08": "-39,63", "A09": "34,29", "A10": "53,33", "A11": "78,13", "A12": "100", "A14": "104", "A13": "78,89",
         "A19": "120", "A15": "101,72", "A16": "102,63", "A17": "100"}
r = 6
ROM = ["I", "II", "III", "IV", "V"]
for s in range(1, 6):
    merge(ws, f"A{r}:G{r}", f"SASARAN {ROM[s-1]} : {SAS[s][2020]}", True, Alignment(horizontal='left'), fill=GREY)
    r += 1
    for ind in [i for i in rows_for(2020) if i[1] == s]:
        iid, _, unit, pol, nm, T, R = ind
        t, rr = TXT20[iid]
        put(ws, f"A{r}", None); put(ws, f"B{r}", nm[2020], align=WRAP)
        put(ws, f"C{r}", t, align=CENTER); put(ws, f"D{r}", rr, align=CENTER)
        put(ws, f"E{r}", CAP20[iid], align=CENTER)
        put(ws, f"F{r}", "Negatif" if pol == "-" else "Positif", align=CENTER)
        put(ws, f"G{r}", {"A08": "kontraksi akibat pandemi Covid-19", "A09": "pameran dibatalkan (Covid-19)",
                          "A06": "Rp. Milyar", "A16": "survei semester II"}.get(iid))
        key.add(F1, "PK 2020", r, 2020, nm[2020], iid, T[2020], R[2020])
        r += 1
r += 1
ws[f"B{r}"] = "Jumlah Anggaran Tahun 2020 (setelah refocusing) : Rp. 2.904.550.000"
signature(ws, r + 2, 5, ["Tanjung Sarira, 31 Desember 2020", "Kepala Dinas,", "", "", "Ir. HENDRAWAN SAPUTRA, M.T.", "NIP. 19700314 199603 1 004"])
widths(ws, {"A": 5, "B": 55, "C": 14, "D": 14, "E": 12, "F": 10, "G": 30})

# hidden helper sheet with an old draft of the 2020 targets (not key rows)
hs = wb.create_sheet("data")
hs["A1"] = "USULAN TARGET 2020 (draft, sebelum refocusing)"
for k, iid in enumerate(["A01", "A03", "A09", "A10", "A13"]):
    hs.cell(k + 2, 1, BY[iid][4][2020]); hs.cell(k + 2, 2, {"A01": 1540, "A03": 13100, "A09": 45, "A10": 200, "A13": 95}[iid])
hs["D1"] = "satuan"; 
for k, u in enumerate(["unit", "orang", "IKM", "%", "izin", "kasus", "nilai", "sentra"]):
    hs.cell(k + 2, 4, u)
hs.sheet_state = "hidden"
wb.save(os.path.join(RAW, R1))

# ---------------------------------------------------------------- file 2: Rencana Aksi 2021 (quarterly)
# quarterly plans: (q targets, q realisasi, mode, fraction-format?)
Q = {
 "A01": ([1500, 1520, 1540, 1560], [1505, 1518, 1533, 1549], "LAST", False),
 "A02": (["-", "-", "-", 4], ["-", "-", "-", 2.45], "LAST", False),
 "A03": ([12800, 12870, 12940, 13000], [12790, 12838, 12880, 12905], "LAST", False),
 "A04": ([10, 15, 15, 10], [5, 9, 14, 10], "SUM", False),
 "A05": ([3, 3, 3, 3], [2, 4, 3, 3], "SUM", False),
 "A06": ([35, 70, 105, 140], [28.4, 60.15, 90.3, 121.7], "LAST", False),
 "A07": (["-", "-", "-", 0.19], ["-", "-", "-", 0.1861], "LAST", True),
 "A08": (["-", "-", "-", 0.03], ["-", "-", "-", 0.0356], "LAST", True),
 "A09": ([5, 5, 5, 5], [3, 6, 7, 9], "SUM", False),
 "A10": ([0, 40, 40, 20], [0, 45, 40, 25], "SUM", False),
 "A11": ([0.10, 0.20, 0.35, 0.45], [0.0, 0.205, 0.382, 0.4636], "LAST", True),
 "A12": ([10, 10, 10, 10], [10, 10, 10, 10], "LAST", False),
 "A14": ([0.05, 0.10, 0.15, 0.17], [0.05, 0.098, 0.141, 0.172], "LAST", True),
 "A18": ([5, 5, 10, 5], [4, 8, 12, 7], "SUM", False),
 "A13": ([15, 15, 15, 15], [12, 17, 20, 15], "SUM", False),
 "A19": ([1, 1, 1, 1], [1, 0, 2, 1], "SUM", False),
 "A15": (["-", "-", "-", 67], ["-", "-", "-", 68.4], "LAST", False),
 "A16": (["-", 81, "-", 81], ["-", 79.8, "-", 80.6], "LAST", False),
 "A17": ([100, 100, 100, 100], [100, 100, 83.33, 91.67], "LAST", False),
}
for iid, (qt, qr, mode, frac) in Q.items():
    R = BY[iid][6][2021]; T = BY[iid][5][2021]
    nums = [x for x in qr if x != "-"]
    val = nums[-1] if mode == "LAST" else sum(nums)
    if frac: val = val * 100
    assert abs(val - R) < 1e-6, (iid, val, R)

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Renaksi TW"
title(ws, ["RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2021", "Dinas Perindustrian Kota Tanjung Sarira"], "R")
for col, t in zip("ABCDE", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target Tahun 2021"]):
    merge(ws, f"{col}4:{col}5", t, True, fill=GREY)
merge(ws, "R4:R5", "Penanggung Jawab", True, fill=GREY)
for k, tw in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
    c0 = 6 + 3 * k
    L = [get_column_letter(c0 + j) for j in range(3)]
    merge(ws, f"{L[0]}4:{L[2]}4", tw, True, fill=GREY)
    for j, t in enumerate(["Target", "Realisasi", "%"]):
        put(ws, f"{L[j]}5", t, True, CENTER, fill=GREY)
PJ = {1: "Bidang Industri Agro & Kimia", 2: "Sekretariat / Sub Bag Program", 3: "Bidang Pengembangan IKM", 4: "Bidang Tata Kelola Industri", 5: "Sekretariat"}
r = 6; no = 0
order21 = [i for i in rows_for(2021)]
for s in range(1, 6):
    grp = [i for i in order21 if i[1] == s]
    extra = 1 if s == 3 else 0           # duplicated A12 row inside sasaran 3
    merge(ws, f"B{r}:B{r+len(grp)-1+extra}", SAS[s][2021], align=WRAP)
    items = grp + ([BY["A12"]] if s == 3 else [])
    for n, ind in enumerate(items):
        iid, _, unit, pol, nm, T, R = ind
        qt, qr, mode, frac = Q[iid]
        dup = (s == 3 and n == len(items) - 1)
        if not dup: no += 1
        put(ws, f"A{r}", no, align=CENTER); put(ws, f"C{r}", nm[2021], align=WRAP); put(ws, f"D{r}", unit, align=CENTER)
        fmt = "0.00%" if frac else None
        if iid == "A18":
            put(ws, f"E{r}", "25 produk")          # MISTAKE: annual target typed as text with unit
        else:
            put(ws, f"E{r}", T[2021] / 100 if frac else T[2021], fmt=fmt)
        for k in range(4):
            L = [get_column_letter(6 + 3 * k + j) for j in range(3)]
            put(ws, f"{L[0]}{r}", qt[k], fmt=fmt if qt[k] != "-" else None, align=CENTER)
            put(ws, f"{L[1]}{r}", qr[k], fmt=fmt if qr[k] != "-" else None, align=CENTER)
            if qt[k] == "-" or qt[k] == 0:
                put(ws, f"{L[2]}{r}", "-", align=CENTER)
            elif iid == "A09" and k == 1:       # MISTAKE A-6: TW II % divides by the TW I columns
                put(ws, f"{L[2]}{r}", f"=ROUND(G{r}/F{r}*100,2)", fmt="0.00")
            elif pol == "-":                      # negative indicator, computed with the positive formula (MISTAKE A-7)
                put(ws, f"{L[2]}{r}", f"=ROUND({L[1]}{r}/{L[0]}{r}*100,2)", fmt="0.00")
            else:
                put(ws, f"{L[2]}{r}", f"=ROUND({L[1]}{r}/{L[0]}{r}*100,2)", fmt="0.00")
        put(ws, f"R{r}", PJ[s])
        if not dup:
            key.add(F2, "Renaksi TW", r, 2021, nm[2021], iid, T[2021], R[2021])
        r += 1
r += 1
signature(ws, r, 14, ["Tanjung Sarira, 10 Januari 2022", "Kepala Dinas Perindustrian", "", "", "Dra. SITI MARLINA RAHAYU, M.Si", "NIP. 19720809 199803 2 006"])
widths(ws, {"A": 5, "B": 28, "C": 42, "D": 9, "E": 11, "R": 24})

ns = wb.create_sheet("Petunjuk")
ns["A1"] = "Petunjuk pengisian: isi realisasi tiap triwulan paling lambat tanggal 10 bulan berikutnya."
ns["A2"] = "Indikator kumulatif (jumlah IKM, tenaga kerja, sentra): isi posisi akhir triwulan."
ns["A3"] = "Indikator per periode (sertifikat, pameran, pelatihan, izin, pengaduan): isi capaian triwulan berjalan saja."
wb.save(os.path.join(RAW, R2))

# ---------------------------------------------------------------- file 3: LKjIP 2022 with comparison years
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Tabel 3.1"
title(ws, ["Tabel 3.1", "Capaian Kinerja Dinas Perindustrian Tahun 2021 dan Perbandingan dengan Tahun Sebelumnya",
           "Dinas Perindustrian Kota Tanjung Sarira"], "L")
merge(ws, "A5:A6", "No", True, fill=GREY); merge(ws, "B5:B6", "Indikator Kinerja", True, fill=GREY); merge(ws, "C5:C6", "Satuan", True, fill=GREY)
merge(ws, "D5:E5", "Realisasi", True, fill=GREY); put(ws, "D6", 2020, True, CENTER, fill=GREY); put(ws, "E6", 2021, True, CENTER, fill=GREY)
merge(ws, "F5:H5", "Tahun 2022", True, fill=GREY)
for col, t in zip("FGH", ["Target", "Realisasi", "Capaian (%)"]):
    put(ws, f"{col}6", t, True, CENTER, fill=GREY)
merge(ws, "I5:I6", "Target Akhir Renstra (2026)", True, fill=GREY); merge(ws, "J5:J6", "Capaian thd Target Renstra (%)", True, fill=GREY)
merge(ws, "K5:K6", "Peningkatan dari 2021", True, fill=GREY); merge(ws, "L5:L6", "Kategori", True, fill=GREY)
RENSTRA = {"A01": 1800, "A02": 4.5, "A03": 14500, "A04": 300, "A05": 70, "A06b": 60, "A07": 20, "A08": 5, "A09": 220,
           "A10": 750, "A11": 55, "A12": 14, "A14": 25, "A18": 150, "A19": 3, "A15": 75, "A16": 85, "A17": 100}
r = 7; no = 0; first = r
for s in range(1, 6):
    merge(ws, f"A{r}:L{r}", f"Sasaran {s}: {SAS[s][2022]}", True, Alignment(horizontal='left'))
    r += 1
    for ind in [i for i in rows_for(2022) if i[1] == s]:
        iid, _, unit, pol, nm, T, R = ind
        no += 1
        put(ws, f"A{r}", no, align=CENTER); put(ws, f"B{r}", nm[2022], align=WRAP); put(ws, f"C{r}", unit, align=CENTER)
        p20 = R.get(2020, "-"); p21 = R.get(2021, "-")
        if iid == "A15": p20 = 66.12
        if iid == "A03": p20 = 12488            # revised figure (BPS), differs from the 2020 PK
        if iid == "A06b": p20, p21 = "n/a", 39.6
        put(ws, f"D{r}", p20, align=CENTER); put(ws, f"E{r}", p21, align=CENTER)
        put(ws, f"F{r}", T[2022], align=CENTER)
        put(ws, f"G{r}", "70,55" if iid == "A15" else R[2022], align=CENTER)   # MISTAKE A-9: text "70,55"
        if iid == "A09":
            put(ws, f"H{r}", 110, fmt="0.00")                      # MISTAKE A-8: constant over formula (true 102,50)
        elif iid == "A08":
            put(ws, f"H{r}", f"=G{r-1}/F{r-1}*100", fmt="0.00")    # MISTAKE A-10: points at the row above
        elif pol == "-":
            put(ws, f"H{r}", f"=(2*F{r}-G{r})/F{r}*100", fmt="0.00")
        elif iid == "A15":
            put(ws, f"H{r}", 100.79, fmt="0.00")
        else:
            put(ws, f"H{r}", f"=G{r}/F{r}*100", fmt="0.00")
        put(ws, f"I{r}", RENSTRA[iid], align=CENTER)
        put(ws, f"J{r}", f"=IFERROR(G{r}/I{r}*100,\"-\")" if iid != "A15" else 94.07, fmt="0.00")
        put(ws, f"K{r}", f"=IFERROR(G{r}-E{r},\"-\")" if iid != "A15" else 2.15, fmt="0.00")
        put(ws, f"L{r}", f'=IF(H{r}>=91,"Sangat Tinggi",IF(H{r}>=76,"Tinggi",IF(H{r}>=66,"Sedang",IF(H{r}>=51,"Rendah","Sangat Rendah"))))')
        key.add(F3, "Tabel 3.1", r, 2022, nm[2022], iid, T[2022], R[2022])
        r += 1
last = r - 1
r += 1
ws[f"B{r}"] = "Sumber: Pengukuran Kinerja Dinas Perindustrian Tahun 2022 (diolah)"
signature(ws, r + 2, 9, ["Tanjung Sarira, 31 Desember 2022", "Kepala Dinas Perindustrian", "", "", "Dra. SITI MARLINA RAHAYU, M.Si", "NIP. 19720809 199803 2 006"])
widths(ws, {"A": 5, "B": 52, "C": 10, "D": 10, "E": 10, "F": 10, "G": 10, "H": 11, "I": 12, "J": 12, "K": 11, "L": 14})

rk = wb.create_sheet("Rekap")
rk["A1"] = "REKAP KATEGORI CAPAIAN 2022"
for k, cat in enumerate(["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"]):
    rk.cell(k + 3, 1, cat); rk.cell(k + 3, 2, f"=COUNTIF('Tabel 3.1'!L{first}:L{last},A{k+3})")
rk["A9"] = "Jumlah indikator"; rk["B9"] = "=SUM(B3:B7)"
rk["A10"] = "Rata-rata capaian (%)"; rk["B10"] = f"=ROUND(AVERAGE('Tabel 3.1'!H{first}:H{last}),2)"
rk["A12"] = "Indikator tertinggi"; rk["B12"] = f"=INDEX('Tabel 3.1'!B{first}:B{last},MATCH(MAX('Tabel 3.1'!H{first}:H{last}),'Tabel 3.1'!H{first}:H{last},0))"
s3 = wb.create_sheet("Sheet3"); s3["A1"] = "catatan: angka 2020 tenaga kerja direvisi sesuai rilis BPS"
wb.save(os.path.join(RAW, R3))

key.save(os.path.join(RAW, "key_A.json"))
print("A rows:", len(key.d["rows"]))
