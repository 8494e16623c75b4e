"""Agency B: RSGM Kota Sukamenanti, 2020-2023 (3 files)."""
import os, sys, random
import openpyxl
from openpyxl.styles import Alignment, Font
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

AG = "Rumah Sakit Gigi dan Mulut (RSGM) Kota Sukamenanti"
F1, F2, F3 = "RSGM_Sukamenanti_Realisasi_Bulanan_2020.xlsx", "Evaluasi_Renja_RSGM_2021.ods", "LKjIP_RSGM_2022_2023.xls"
R1, R2, R3 = "B_bulanan_2020.xlsx", "B_e81_2021.xlsx", "B_pk_lkjip_2022_2023.xlsx"
key = Key(AG, [2020, 2021, 2022, 2023], [F1, F2, F3], [["B01", "B01b"]])
rnd = random.Random(38)

N = lambda a, b, c, d: dict(zip([2020, 2021, 2022, 2023], [a, b, c, d]))
def nm(*a):
    return {y: v for y, v in zip([2020, 2021, 2022, 2023], a) if v is not None}

# id: (unit, polarity, names, T, R, group)   R[2020] None -> derived from the monthly sheet
IND = {
 "B01": ("kunjungan", "+", nm("Jumlah kunjungan pasien rawat jalan", "Jumlah Kunjungan Rawat Jalan", "Jumlah kunjungan pasien rawat jalan RSGM", None), N(24000, 26000, 28000, None), N(None, 23150, 28466, None), 1),
 "B01b": ("kunjungan", "+", nm(None, None, None, "Jumlah kunjungan pasien (rawat jalan dan tindakan)"), N(None, None, None, 36000), N(None, None, None, 37412), 1),
 "B02": ("kunjungan", "+", nm("Jumlah kunjungan pasien baru", "Jumlah Pasien Baru", "Jumlah kunjungan pasien baru rawat jalan", "Kunjungan Pasien Baru"), N(6000, 6500, 7000, 7500), N(None, 6120, 7233, 7611), 1),
 "B09": ("kunjungan", "+", nm("Jumlah kunjungan poli gigi anak", "Jumlah Kunjungan Pasien Anak (Pedodonsia)", "Jumlah kunjungan poli pedodonsia", "Kunjungan Poli Gigi Anak"), N(3000, 3200, 3500, 3800), N(None, 3010, 3622, 3911), 1),
 "B07": ("tindakan", "+", nm("Jumlah tindakan konservasi gigi", "Jumlah Tindakan Konservasi Gigi", "Jumlah tindakan konservasi / tambal gigi", "Tindakan Konservasi Gigi"), N(9000, 10000, 11000, 12000), N(None, 9870, 11240, 12388), 1),
 "B08": ("tindakan", "+", nm("Jumlah tindakan bedah mulut", "Jumlah Tindakan Bedah Mulut", "Jumlah tindakan bedah mulut dan maksilofasial", "Tindakan Bedah Mulut"), N(1800, 2000, 2200, 2400), N(None, 1985, 2316, 2290), 1),
 "B03": ("indeks", "+", nm("Indeks Kepuasan Pasien", "Indeks Kepuasan Masyarakat (IKM)", "Nilai IKM RSGM", "Indeks Kepuasan Masyarakat terhadap pelayanan RSGM"), N(80, 81, 82, 83), N(81.4, 82.9, 84.1, 83.6), 2),
 "B03p": ("%", "+", nm(None, None, "Persentase pasien yang menyatakan puas", "% Pasien Puas terhadap pelayanan"), N(None, None, 85, 88), N(None, None, 87.5, 90.2), 2),
 "B04": ("menit", "-", nm("Waktu tunggu rawat jalan", "Rata-rata Waktu Tunggu Pelayanan Rawat Jalan", "Waktu tunggu pelayanan rawat jalan (menit)", "Rata - rata waktu tunggu rawat jalan"), N(60, 60, 45, 40), N(None, 48, 41, 43), 2),
 "B19": ("menit", "-", nm(None, None, "Waktu tanggap pelayanan gawat darurat gigi", "Emergency Response Time Gawat Darurat Gigi"), N(None, None, 5, 5), N(None, None, 4.2, 5.6), 2),
 "B05": ("%", "-", nm("Angka kejadian infeksi pasca pencabutan gigi", "Angka Infeksi Paska Tindakan Ekstraksi", "Angka kejadian infeksi pasca tindakan pencabutan", "Kejadian Infeksi Pasca Ekstraksi Gigi"), N(1.5, 1.5, 1.0, 1.0), N(None, 1.1, 0.6, 0.9), 3),
 "B06": ("%", "+", nm("Kelengkapan pengisian rekam medis 1x24 jam", "Persentase Rekam Medis lengkap dalam 24 jam", "Prosentase kelengkapan RM 24 jam", "Kelengkapan Rekam Medis 24 Jam setelah pelayanan"), N(100, 100, 100, 100), N(None, 95.6, 97.15, 98.4), 3),
 "B10": ("%", "+", nm("Kepatuhan kebersihan tangan", "Persentase Kepatuhan Hand Hygiene", "Kepatuhan cuci tangan petugas (hand hygiene)", "Kepatuhan Kebersihan Tangan"), N(85, 85, 90, 90), N(None, 88.7, 91.3, 92.05), 3),
 "B16": ("%", "+", nm("Kepatuhan penggunaan APD", None, None, "Persentase Kepatuhan Penggunaan Alat Pelindung Diri (APD)"), N(100, None, None, 100), N(None, None, None, None), 3),
 "B17": ("kejadian", "-", nm("Angka kejadian pasien jatuh", "Kejadian Pasien Jatuh", "Angka kejadian pasien jatuh", "Insiden Pasien Jatuh"), N(0, 0, 0, 0), N(None, 0, 0, 2), 3),
 "B11": ("%", "+", nm("Penulisan resep sesuai formularium", "Persentase Penulisan Resep Sesuai Formularium", "Prosentase resep sesuai formularium", "Kepatuhan Penggunaan Formularium Nasional"), N(80, 85, 90, 90), N(None, 88.4, 92.6, 94.0), 3),
 "B18": ("%", "+", nm("Persentase alat kesehatan terkalibrasi", "Persentase Alkes Terkalibrasi", "Prosentase alat kesehatan yang terkalibrasi", None), N(80, 85, 90, None), N(None, 86.3, 91.8, None), 3),
 "B14": ("predikat", "+", nm("Status akreditasi rumah sakit", "Predikat Akreditasi RSGM", "Status Akreditasi RS", "Akreditasi Rumah Sakit (KARS)"), N(None, None, None, None), N(None, None, None, None), 3),
 "B12": ("%", "+", nm("Cost Recovery Rate (CRR)", "Rasio Pendapatan BLUD thd Biaya Operasional (CRR)", "Persentase Cost Recovery Rate", "CRR (Cost Recovery Rate) BLUD RSGM"), N(60, 65, 70, 72), N(None, 61.3, 70.9, 74.2), 4),
 "B13": ("Rp juta", "+", nm("Pendapatan BLUD", "Jumlah Pendapatan BLUD RSGM", "Pendapatan Badan Layanan Umum Daerah", "Realisasi Pendapatan BLUD"), N(4500, 5000, 55000, 6000), N(None, 4980, 5725, 6240), 4),
 "B15": ("orang", "+", nm("Jumlah dokter gigi spesialis", "Jumlah Dokter Gigi Spesialis", "Jumlah drg. spesialis", "Jumlah Dokter Gigi Spesialis yang tersedia"), N(12, 14, 15, 16), N(11, 13, 15, 15), 4),
 "B20": ("nilai", "+", nm("Nilai SAKIP RSGM", "Nilai Evaluasi SAKIP", "Nilai AKIP", "Nilai SAKIP"), N(60, 62, 65, 68), N(61.2, 63.75, None, 68.9), 4),
}
GRP = {1: "A. PELAYANAN", 2: "B. KEPUASAN DAN KETEPATAN WAKTU", 3: "C. MUTU DAN KESELAMATAN PASIEN", 4: "D. KEUANGAN DAN MANAJEMEN"}
ORDER = ["B01", "B01b", "B02", "B09", "B07", "B08", "B03", "B03p", "B04", "B19", "B05", "B06", "B10", "B16", "B17", "B11", "B18", "B14", "B12", "B13", "B15", "B20"]
def rows_for(y):
    return [i for i in ORDER if y in IND[i][2]]

def title(ws, lines, span):
    for k, t in enumerate(lines):
        ws.merge_cells(f"A{k+1}:{span}{k+1}")
        c = ws[f"A{k+1}"]; c.value = t; c.font = Font(bold=True, size=12); c.alignment = Alignment(horizontal='center')

# ---------------------------------------------------------------- file 1: monthly 2020
W = [1.1, 1.05, 0.9, 0.3, 0.35, 0.6, 0.85, 0.95, 1.0, 1.05, 1.1, 1.0]
def split(total, w=W):
    raw = [total * x / sum(w) for x in w]
    out = [int(round(v)) for v in raw]
    out[-1] += total - sum(out)
    return out
MON = {}   # id -> (months list, mode)
MON["B01"] = (split(17822), "SUM")
MON["B02"] = (split(4380), "SUM")
m = split(1950, [1.1, 1.05, 0.9, 0, 0.35, 0.6, 0.85, 0.95, 1.0, 1.05, 1.1, 1.0]); m[3] = "-"
MON["B09"] = (m, "SUM")
MON["B07"] = (split(6412), "SUM")
MON["B08"] = (split(1210), "SUM")
MON["B17"] = ([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0], "SUM")
MON["B13"] = ([round(x, 1) for x in [301.5, 288.2, 240.6, 95.4, 110.8, 190.3, 262.7, 281.9, 300.4, 322.1, 348.6, 377.5]], "SUM")
for iid, (lo, hi, d) in {"B04": (45, 62, 0), "B05": (0.4, 1.3, 1), "B06": (88, 96, 1), "B10": (79, 88, 1), "B11": (82, 90, 1), "B16": (94, 99, 1)}.items():
    MON[iid] = ([round(rnd.uniform(lo, hi), d) if d else rnd.randint(lo, hi) for _ in range(12)], "AVG")
MON["B03"] = (["-"] * 5 + [79.6] + ["-"] * 5 + [81.4], "LAST")
MON["B12"] = ([round(48.6 * (k + 1) / 12 + rnd.uniform(-2, 2), 1) for k in range(11)] + [48.6], "LAST")
MON["B15"] = ([11] * 12, "LAST")
MON["B18"] = ([None] * 5 + [52.3] + [None] * 5 + [74.6], "LAST")
MON["B14"] = ([None] * 12, "TYPED")
MON["B20"] = ([None] * 12, "TYPED")
MON["B01"][0][2] = MON["B01"][0][2]  # keep
R20 = {}
for iid, (ms, mode) in MON.items():
    nums = [x for x in ms if isinstance(x, (int, float))]
    if mode == "SUM": R20[iid] = sum(nums)
    elif mode == "AVG": R20[iid] = sum(nums) / len(nums)
    elif mode == "LAST": R20[iid] = nums[-1]
    else: R20[iid] = IND[iid][4][2020]

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bulanan 2020"
title(ws, ["REKAPITULASI REALISASI INDIKATOR KINERJA BULANAN", "RUMAH SAKIT GIGI DAN MULUT KOTA SUKAMENANTI", "TAHUN 2020"], "T")
HDR = ["No", "Indikator", "Satuan", "Sifat", "Target 2020", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des", "Realisasi 2020", "Capaian (%)", "Ket"]
for k, t in enumerate(HDR):
    put(ws, f"{get_column_letter(k+1)}5", t, True, CENTER, fill=GREY)
r = 6; no = 0
for g in range(1, 5):
    put(ws, f"B{r}", GRP[g], True, fill=GREY); r += 1
    for iid in [i for i in rows_for(2020) if IND[i][5] == g]:
        unit, pol, names, T, R, _ = IND[iid]
        ms, mode = MON[iid]; no += 1
        put(ws, f"A{r}", no, align=CENTER); put(ws, f"B{r}", names[2020], align=WRAP); put(ws, f"C{r}", unit, align=CENTER)
        put(ws, f"D{r}", "(-)" if pol == "-" else "(+)", align=CENTER)
        put(ws, f"E{r}", "Paripurna" if iid == "B14" else T[2020], align=CENTER)
        for k, v in enumerate(ms):
            col = get_column_letter(6 + k)
            if iid == "B01" and k in (4, 5, 9):
                v = idn(v)                                   # MISTAKE B-1: months typed as text "1.204"
            put(ws, f"{col}{r}", v, align=CENTER)
        if iid == "B01":
            put(ws, f"R{r}", R20[iid])                       # MISTAKE B-2: constant typed over SUM (right value)
        elif mode == "SUM": put(ws, f"R{r}", f"=SUM(F{r}:Q{r})")
        elif mode == "AVG": put(ws, f"R{r}", f"=AVERAGE(F{r}:Q{r})", fmt="0.00")
        elif mode == "LAST": put(ws, f"R{r}", f"=Q{r}")
        else: put(ws, f"R{r}", "Utama" if iid == "B14" else R20[iid])
        if iid == "B14": put(ws, f"S{r}", "-")
        elif iid == "B17": put(ws, f"S{r}", 100)             # MISTAKE B-3: target 0, capaian typed 100
        elif iid == "B04": put(ws, f"S{r}", f"=ROUND(R{r}/E{r}*100,2)")   # MISTAKE B-4: negative with positive formula
        elif pol == "-": put(ws, f"S{r}", f"=ROUND((2*E{r}-R{r})/E{r}*100,2)")
        else: put(ws, f"S{r}", f"=ROUND(R{r}/E{r}*100,2)")
        put(ws, f"T{r}", {"B09": "April poli anak tutup (Covid-19)", "B03": "survei per semester", "B18": "kalibrasi semester",
                          "B14": "akreditasi KARS 2019", "B20": "hasil evaluasi Inspektorat"}.get(iid))
        key.add(F1, "Bulanan 2020", r, 2020, names[2020], iid, T[2020], R20[iid] if iid != "B14" else None)
        r += 1
r += 1
signature(ws, r, 15, ["Sukamenanti, 5 Januari 2021", "Direktur RSGM Kota Sukamenanti", "", "", "drg. ANITA KUSUMAWARDHANI, Sp.Pros", "NIP. 19750611 200212 2 003"])
widths(ws, {"A": 4, "B": 44, "C": 10, "D": 6, "E": 10, "R": 12, "S": 10, "T": 26})
gs = wb.create_sheet("Grafik")
gs["A1"] = "Data grafik kunjungan rawat jalan 2020"
for k, mname in enumerate(HDR[5:17]):
    gs.cell(k + 2, 1, mname); gs.cell(k + 2, 2, MON["B01"][0][k])
ks = wb.create_sheet("Keterangan")
ks["A1"] = "Sifat (+): semakin tinggi semakin baik; (-): semakin rendah semakin baik."
ks["A2"] = "Realisasi tahunan: jumlah (kunjungan, tindakan, pendapatan), rata-rata (waktu tunggu, persentase mutu), posisi Desember (IKM, CRR, SDM, kalibrasi)."
wb.save(os.path.join(RAW, R1))

# ---------------------------------------------------------------- file 2: E.81 2021 (quarters K/Rp)
Q21 = {  # quarters K, mode
 "B01": ([4980, 5610, 6020, 6540], "SUM"), "B02": ([1320, 1480, 1610, 1710], "SUM"), "B09": (["-", 960, 1010, 1040], "SUM"),
 "B07": ([2210, 2390, 2560, 2710], "SUM"), "B08": ([450, 490, 510, 535], "SUM"), "B17": ([0, 0, 0, 0], "SUM"),
 "B13": ([1102.5, 1215.75, 1290.25, 1371.5], "SUM"),
 "B03": (["-", 81.7, "-", 82.9], "LAST"), "B04": ([55, 52, 50, 48], "LAST"), "B05": ([1.4, 1.2, 1.2, 1.1], "LAST"),
 "B06": ([93.2, 94.5, 95.1, 95.6], "LAST"), "B10": ([86.1, 87.4, 88.2, 88.7], "LAST"), "B11": ([85.2, 86.9, 87.7, 88.4], "LAST"),
 "B18": ([70.4, 76.2, 81.5, 86.3], "LAST"), "B12": ([52.1, 55.8, 58.6, 61.3], "LAST"), "B15": ([11, 12, 13, 13], "LAST"),
 "B14": (["-", "-", "-", "Paripurna"], "LAST"), "B20": (["-", "-", "-", "63,75"], "LAST"),
}
for iid, (qs, mode) in Q21.items():
    nums = [x for x in qs if isinstance(x, (int, float))]
    v = sum(nums) if mode == "SUM" else (nums[-1] if nums else None)
    if iid not in ("B14", "B20"):
        assert abs(v - IND[iid][4][2021]) < 1e-6, (iid, v)
PROG = [
 ("Meningkatnya akses dan cakupan pelayanan kesehatan gigi dan mulut",
  [("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 1850000000, ["B01", "B02", "B09"]),
   ("Penyediaan Layanan Kesehatan untuk UKP Rujukan Tingkat Daerah Kab/Kota", 1210000000, ["B07", "B08"])]),
 ("Meningkatnya mutu dan keselamatan pelayanan",
  [("Program Peningkatan Mutu Pelayanan Kesehatan", 640000000, ["B03", "B04", "B05", "B06", "B10", "B17"]),
   ("Pengelolaan Pelayanan Kesehatan / Peningkatan Mutu dan Akreditasi", 385000000, ["B14", "B18"]),
   ("Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", 290000000, ["B11"])]),
 ("Meningkatnya tata kelola BLUD yang akuntabel",
  [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 3120000000, ["B12", "B13", "B20"]),
   ("Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 275000000, ["B15"])]),
]
RENSTRA21 = {"B01": (150000, 17822), "B02": (38000, 4380), "B09": (19000, 1950), "B07": (60000, 6412), "B08": (12000, 1210),
             "B03": (85, 81.4), "B04": (30, 52.17), "B05": (0.5, 0.9), "B06": (100, 92.3), "B10": (95, 83.2), "B17": (0, 1),
             "B14": ("Paripurna", "Utama"), "B18": (100, 74.6), "B11": (95, 86.1), "B12": (80, 48.6), "B13": (33000, 3120.3),
             "B20": (70, 61.2), "B15": (18, 11)}
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "E.81 TW IV"
for k, t in enumerate(["FORMULIR E.81", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
                       "RUMAH SAKIT GIGI DAN MULUT KOTA SUKAMENANTI", "Periode Pelaksanaan : Triwulan IV Tahun 2021",
                       "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD : Meningkatnya derajat kesehatan masyarakat"]):
    ws.cell(k + 1, 1, t).font = Font(bold=(k < 3))
merge(ws, "A7:A9", "No", True, fill=GREY); merge(ws, "B7:B9", "Sasaran", True, fill=GREY)
merge(ws, "C7:C9", "Program / Kegiatan", True, fill=GREY); merge(ws, "D7:D9", "Indikator Kinerja Program (outcome) / Kegiatan (output)", True, fill=GREY)
merge(ws, "E7:E9", "Satuan", True, fill=GREY)
for a, b, t in [("F", "G", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"),
                ("H", "I", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)"),
                ("J", "K", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi"),
                ("T", "U", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"),
                ("V", "W", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021"),
                ("X", "Y", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)")]:
    merge(ws, f"{a}7:{b}8", t, True, fill=GREY); put(ws, f"{a}9", "K", True, CENTER, fill=GREY); put(ws, f"{b}9", "Rp", True, CENTER, fill=GREY)
merge(ws, "L7:S7", "Realisasi Kinerja Pada Triwulan", True, fill=GREY)
for k, (a, b) in enumerate([("L", "M"), ("N", "O"), ("P", "Q"), ("R", "S")]):
    merge(ws, f"{a}8:{b}8", ["I", "II", "III", "IV"][k], True, fill=GREY)
    put(ws, f"{a}9", "K", True, CENTER, fill=GREY); put(ws, f"{b}9", "Rp", True, CENTER, fill=GREY)
merge(ws, "Z7:Z9", "Unit PD Penanggung Jawab", True, fill=GREY); merge(ws, "AA7:AA9", "Keterangan", True, fill=GREY)
nums = [("A", "1"), ("B", "2"), ("C", "3"), ("D", "4"), ("E", ""), ("F:G", "5"), ("H:I", "6"), ("J:K", "7"), ("L:M", "8"), ("N:O", "9"),
        ("P:Q", "10"), ("R:S", "11"), ("T:U", "12 = 8+9+10+11"), ("V:W", "13 = 6 + 12"), ("X:Y", "14 = 13/5 x 100"), ("Z", "15"), ("AA", "16")]
for c, t in nums:
    if ":" in c: merge(ws, f"{c.split(':')[0]}10:{c.split(':')[1]}10", t, fill=GREY)
    else: put(ws, f"{c}10", t, align=CENTER, fill=GREY)
r = 11; no = 0
for sas, progs in PROG:
    n_rows = sum(len(p[2]) for p in progs)
    merge(ws, f"B{r}:B{r+n_rows-1}", sas, align=WRAP)
    for pname, budget, ids in progs:
        merge(ws, f"C{r}:C{r+len(ids)-1}", pname, align=WRAP)
        qrp = [round(budget * f) for f in (0.18, 0.24, 0.26, 0.27)]
        for j, iid in enumerate(ids):
            unit, pol, names, T, R, _ = IND[iid]
            qs, mode = Q21[iid]; no += 1
            put(ws, f"A{r}", no, align=CENTER); put(ws, f"D{r}", names[2021], align=WRAP); put(ws, f"E{r}", unit, align=CENTER)
            rk, rr = RENSTRA21[iid]
            put(ws, f"F{r}", rk, align=CENTER); put(ws, f"H{r}", rr, align=CENTER)
            tv = {"B14": "Paripurna", "B11": "85-90"}.get(iid, T[2021])          # MISTAKE B-5: range "85-90"
            put(ws, f"J{r}", tv, align=CENTER)
            for k, (a, b) in enumerate([("L", "M"), ("N", "O"), ("P", "Q"), ("R", "S")]):
                put(ws, f"{a}{r}", qs[k], align=CENTER)
                put(ws, f"{b}{r}", qrp[k] if j == 0 else None, fmt="#,##0")
            if j == 0:
                put(ws, f"G{r}", budget * 5, fmt="#,##0"); put(ws, f"I{r}", round(budget * 0.93), fmt="#,##0"); put(ws, f"K{r}", budget, fmt="#,##0")
                put(ws, f"U{r}", f"=M{r}+O{r}+Q{r}+S{r}", fmt="#,##0"); put(ws, f"W{r}", f"=I{r}+U{r}", fmt="#,##0")
                put(ws, f"Y{r}", f"=ROUND(W{r}/G{r}*100,2)", fmt="0.00")
            else:
                for c in "GIKUWY": put(ws, f"{c}{r}", None)
            if iid == "B07": put(ws, f"T{r}", 9870)                       # MISTAKE B-6: constant over formula (right)
            elif iid == "B09": put(ws, f"T{r}", f"=SUM(L{r},N{r},P{r},R{r})")   # TW I is "-": SUM() skips it
            elif mode == "SUM": put(ws, f"T{r}", f"=L{r}+N{r}+P{r}+R{r}")
            else: put(ws, f"T{r}", f"=R{r}")
            if mode == "SUM": put(ws, f"V{r}", f"=H{r}+T{r}")
            else: put(ws, f"V{r}", f"=T{r}")
            if iid in ("B14", "B20"): put(ws, f"X{r}", "-")
            elif iid == "B17": put(ws, f"X{r}", "=IFERROR(V{r}/F{r}*100,0)")
            elif iid == "B05": put(ws, f"X{r}", f"=ROUND(V{r+1}/F{r+1}*100,2)", fmt="0.00")   # MISTAKE B-7: wrong row
            else: put(ws, f"X{r}", f"=ROUND(V{r}/F{r}*100,2)", fmt="0.00")                       # B04 negative: positive formula (MISTAKE B-8)
            put(ws, f"Z{r}", "Bidang Pelayanan" if IND[iid][5] in (1, 2) else ("Komite Mutu" if IND[iid][5] == 3 else "Bagian Tata Usaha"))
            put(ws, f"AA{r}", {"B09": "TW I belum dilaporkan", "B20": "LHE Inspektorat Des 2021", "B11": "target Renja 85-90%"}.get(iid))
            key.add(F2, "E.81 TW IV", r, 2021, names[2021], iid, 85 if iid == "B11" else T[2021], R[2021])
            r += 1
first, last = 11, r - 1
put(ws, f"D{r}", "Rata-rata capaian kinerja (%)", True); put(ws, f"X{r}", f"=ROUND(AVERAGE(X{first}:X{last}),1)"); put(ws, f"Y{r}", f"=ROUND(AVERAGE(Y{first}:Y{last}),1)")
put(ws, f"D{r+1}", "Predikat kinerja", True); put(ws, f"X{r+1}", "Tinggi")
ws[f"B{r+3}"] = "Faktor pendorong keberhasilan pencapaian: dukungan tenaga medis dan BLUD"
ws[f"B{r+4}"] = "Faktor penghambat pencapaian kinerja: pembatasan layanan aerosol pada masa pandemi"
ws[f"B{r+5}"] = "Tindak lanjut yang diperlukan dalam triwulan berikutnya: -"
ws[f"B{r+6}"] = "Tindak lanjut yang diperlukan dalam Renja PD berikutnya: penambahan dental unit"
signature(ws, r + 8, 4, ["Disusun", "Sukamenanti, 14 Januari 2022", "Direktur RSGM", "", "", "drg. ANITA KUSUMAWARDHANI, Sp.Pros", "NIP. 19750611 200212 2 003"])
signature(ws, r + 8, 22, ["Dievaluasi", "Sukamenanti, 20 Januari 2022", "Kepala Bappeda", "", "", "Ir. JOKO PRAMONO, M.Sc", "NIP. 19680202 199403 1 009"])
widths(ws, {"A": 4, "B": 22, "C": 28, "D": 36, "E": 9})
wb.save(os.path.join(RAW, R2))

# ---------------------------------------------------------------- file 3: PK 2022 (two-row) + LKjIP 2023 (sub-tables)
SAS22 = {1: "Meningkatnya cakupan pelayanan kesehatan gigi dan mulut", 2: "Meningkatnya kepuasan dan ketepatan waktu pelayanan",
         3: "Meningkatnya mutu dan keselamatan pasien", 4: "Meningkatnya kemandirian keuangan dan tata kelola BLUD"}
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "PK 2022"
title(ws, ["LAPORAN CAPAIAN KINERJA", "RSGM KOTA SUKAMENANTI TAHUN 2022"], "L")
for k, t in enumerate(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Uraian", "Tahunan", "TW I", "TW II", "TW III", "TW IV", "Capaian (%)", "Ket"]):
    put(ws, f"{get_column_letter(k+1)}4", t, True, CENTER, fill=GREY)
r = 5; no = 0
for g in range(1, 5):
    ids = [i for i in rows_for(2022) if IND[i][5] == g]
    merge(ws, f"B{r}:B{r+2*len(ids)-1}", SAS22[g], align=WRAP)
    for iid in ids:
        unit, pol, names, T, R, _ = IND[iid]; no += 1
        merge(ws, f"A{r}:A{r+1}", no); merge(ws, f"C{r}:C{r+1}", names[2022], align=WRAP); merge(ws, f"D{r}:D{r+1}", unit)
        put(ws, f"E{r}", "Target"); put(ws, f"E{r+1}", "Realisasi")
        frac = iid in ("B05", "B06")          # stored as fractions in %-formatted cells
        t = T[2022]; rv = R[2022]
        if iid == "B14": t, rv = "Paripurna", "Paripurna"
        if iid == "B10": t = "≥ 90"                                            # bound
        if iid == "B20": rv = "-"                                              # not yet evaluated
        fmt = "0.0%" if frac else None
        put(ws, f"F{r}", t / 100 if frac else t, fmt=fmt, align=CENTER)
        put(ws, f"F{r+1}", rv / 100 if frac else rv, fmt=fmt, align=CENTER)
        if isinstance(T[2022], (int, float)) and isinstance(rv, (int, float)) and iid not in ("B14",):
            # quarter lines: simple split
            if unit in ("kunjungan", "tindakan", "Rp juta"):
                qt = [round(T[2022] / 4)] * 4; qr = [round(rv * x) for x in (0.22, 0.25, 0.26)]; qr.append(rv - sum(qr))
            else:
                qt = [T[2022]] * 4; qr = [rv] * 4
            for k, c in enumerate("GHIJ"):
                put(ws, f"{c}{r}", qt[k] / 100 if frac else qt[k], fmt=fmt); put(ws, f"{c}{r+1}", qr[k] / 100 if frac else qr[k], fmt=fmt)
        else:
            for c in "GHIJ": put(ws, f"{c}{r}", "-"); put(ws, f"{c}{r+1}", "-")
        put(ws, f"K{r}", None)
        if iid in ("B14",): put(ws, f"K{r+1}", 100)
        elif iid in ("B20", "B10"): put(ws, f"K{r+1}", "-" if iid == "B20" else 101.44)
        elif iid == "B17": put(ws, f"K{r+1}", "100")
        elif iid == "B04": put(ws, f"K{r+1}", f"=ROUND(F{r+1}/F{r}*100,2)")          # MISTAKE B-10 negative w/ positive formula
        elif pol == "-": put(ws, f"K{r+1}", f"=ROUND((2*F{r}-F{r+1})/F{r}*100,2)")
        else: put(ws, f"K{r+1}", f"=ROUND(F{r+1}/F{r}*100,2)")
        put(ws, f"L{r}", {"B13": "target pendapatan sesuai RBA", "B20": "LHE belum terbit"}.get(iid)); put(ws, f"L{r+1}", None)
        key.add(F3, "PK 2022", r, 2022, names[2022], iid, 90 if iid == "B10" else T[2022], None if iid == "B20" else R[2022])
        r += 2
signature(ws, r + 1, 9, ["Sukamenanti, 31 Desember 2022", "Direktur,", "", "", "drg. BAMBANG TRI ATMAJA, MARS", "NIP. 19780101 200501 1 011"])
widths(ws, {"A": 4, "B": 26, "C": 42, "D": 10, "E": 10, "F": 10, "K": 11, "L": 24})

ws = wb.create_sheet("LKjIP 2023")
ws["A1"] = "BAB III AKUNTABILITAS KINERJA"; ws["A1"].font = BOLD
ws["A2"] = "A. Capaian Kinerja RSGM Kota Sukamenanti Tahun 2023"
RENS26 = {"B01b": 45000, "B02": 8500, "B09": 4500, "B07": 14000, "B08": 2800, "B03": 85, "B03p": 92, "B04": 30, "B19": 5, "B05": 0.5,
          "B06": 100, "B10": 95, "B16": 100, "B17": 0, "B11": 95, "B14": "Paripurna", "B12": 80, "B13": 7500, "B15": 18, "B20": 75}
r = 4
HD = ["No", "Indikator Kinerja", "Satuan", "Target 2023", "Realisasi 2023", "Capaian 2023 (%)", "Realisasi 2022", "Capaian 2022 (%)", "Target Akhir Renstra (2026)", "Capaian thd Renstra (%)"]
for g in range(1, 5):
    ids = [i for i in rows_for(2023) if IND[i][5] == g]
    merge(ws, f"A{r}:J{r}", f"Tabel 3.{g} Capaian Sasaran {g}: {SAS22[g]}", True, Alignment(horizontal='left'), border=False)
    r += 1
    for k, t in enumerate(HD):
        if g == 3 and k in (3, 4):
            t = t.replace("2023", "2022")                                  # MISTAKE B-11: header says 2022 in Tabel 3.3
        put(ws, f"{get_column_letter(k+1)}{r}", t, True, CENTER, fill=GREY)
    r += 1
    for n, iid in enumerate(ids):
        unit, pol, names, T, R, _ = IND[iid]
        put(ws, f"A{r}", n + 1, align=CENTER); put(ws, f"B{r}", names[2023], align=WRAP); put(ws, f"C{r}", unit, align=CENTER)
        t, rv = T[2023], R[2023]
        if iid == "B14": t, rv = "Paripurna", "Paripurna"
        if iid == "B16": rv = "N/A"
        put(ws, f"D{r}", t, align=CENTER); put(ws, f"E{r}", rv, align=CENTER)
        if iid in ("B14",): put(ws, f"F{r}", 100)
        elif iid == "B16": put(ws, f"F{r}", "N/A")
        elif iid == "B17": put(ws, f"F{r}", f"=E{r}/D{r}*100")                       # target 0 -> #DIV/0!
        elif iid == "B06": put(ws, f"F{r}", f"=ROUND(E{r-1}/D{r-1}*100,2)")         # MISTAKE B-12: row above
        elif pol == "-": put(ws, f"F{r}", f"=ROUND((2*D{r}-E{r})/D{r}*100,2)")
        else: put(ws, f"F{r}", f"=ROUND(E{r}/D{r}*100,2)")
        prev = {"B01b": 35120, "B14": "Paripurna", "B16": "-"}.get(iid, R.get(2022))
        if iid == "B20": prev = "-"
        put(ws, f"G{r}", prev, align=CENTER)
        put(ws, f"H{r}", {"B01b": "-", "B14": 100, "B16": "-", "B20": "-", "B17": "-"}.get(iid, "=IFERROR(ROUND(G%d/%s*100,2),\"-\")" % (r, T.get(2022) or 1)))
        put(ws, f"I{r}", RENS26[iid], align=CENTER)
        put(ws, f"J{r}", "-" if iid in ("B14", "B16", "B17") else f"=ROUND(E{r}/I{r}*100,2)")
        key.add(F3, "LKjIP 2023", r, 2023, names[2023], iid, T[2023], R[2023])
        r += 1
    merge(ws, f"A{r}:J{r+1}", f"Analisis: capaian sasaran {g} tahun 2023 dipengaruhi penambahan jam layanan sore dan kerja sama BPJS.", align=WRAP, border=False)
    r += 3
wb.create_sheet("Rekap")
rk = wb["Rekap"]; rk["A1"] = "Rekap Indikator 2022"
for k in range(6):
    rk.cell(k + 2, 1, f"='PK 2022'!C{5+2*k}"); rk.cell(k + 2, 2, f"='PK 2022'!K{6+2*k}")
rk["A10"] = "Rata-rata"; rk["B10"] = "=AVERAGE(B2:B7)"
tmp = wb.create_sheet("tmp")
tmp["A1"] = "salinan data 2021 (jangan dihapus)"
for k, iid in enumerate(["B01", "B02", "B07", "B08"]):
    tmp.cell(k + 2, 1, IND[iid][2][2021]); tmp.cell(k + 2, 2, IND[iid][3][2021]); tmp.cell(k + 2, 3, IND[iid][4][2021])
tmp.sheet_state = "hidden"
wb.save(os.path.join(RAW, R3))
key.save(os.path.join(RAW, "key_B.json"))
print("B rows:", len(key.d["rows"]))
