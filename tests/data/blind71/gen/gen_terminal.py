"""Agency 2: UPTD Pengelolaan Terminal Penumpang Tipe B, Dinas Perhubungan Kota Palawira (2021-2024).

Files
  Terminal Tipe B Palawira 2021-2022.xlsx   'Rekap Bulanan 2021' (monthly recap, no annual
                                            realisasi), 'E81 TW IV 2022' (Permendagri 86 form E.81,
                                            K/Rp pairs, formulas), hidden sheet 'referensi'
  Laporan Capaian Terminal 2023.ods         'Capaian 2023' (table printed in two halves side by
                                            side: novel layout) and 'Data Dukung' (monthly passengers)
  RA Terminal Palawira 2024.xls             'RA 2024' (T/R row pairs, cumulative 's.d. TW' columns),
                                            hidden rows, hidden sheet 'rekap_harian'
"""
import openpyxl

from common import (ACC, DEC1, DEC2, GREY, PALE, PCT0, PCT1, THOU, KeyBook, Sh, deliver, idn,
                    r2, split_int)

SLUG = "uptd_terminal_kota_palawira"
AGENCY = "UPTD Pengelolaan Terminal Penumpang Tipe B, Dinas Perhubungan Kota Palawira"
YEARS = [2021, 2022, 2023, 2024]
FLOW = ["T01", "T02", "T03", "T04", "T05", "T06", "T08", "T09", "T09b", "T14", "T17", "T19", "T22"]
AMBIG = [["T09", "T09b"]]

SAS = {
    1: "Meningkatnya kinerja pelayanan angkutan penumpang di terminal",
    2: "Meningkatnya keselamatan dan ketertiban angkutan umum",
    3: "Meningkatnya kualitas layanan dan pendapatan terminal",
}

# id: unit, sasaran, kind ('n' count, 'p' percent, 'v' value, 'rp' money), {year: (name, t, r)}
IND = {
    "T01": ("rit", 1, "n", {
        2021: ("Jumlah Keberangkatan Bus", 18000, 15342),
        2022: ("Jumlah bus berangkat (rit)", 19000, 18655),
        2023: ("Jumlah Bus yang Berangkat dari Terminal", 20000, 20418),
        2024: ("JUMLAH BUS BERANGKAT", 21000, 21377)}),
    "T02": ("rit", 1, "n", {
        2021: ("Jumlah Kedatangan Bus", 17500, 15120),
        2022: ("Jumlah bus datang (rit)", 18500, 18402),
        2023: ("Jumlah Bus yang Datang ke Terminal", 19500, 20011),
        2024: ("JUMLAH BUS DATANG", 20500, 20966)}),
    "T03": ("orang", 1, "n", {
        2021: ("Jumlah Penumpang Berangkat", 210000, 168450),
        2022: ("Jumlah penumpang berangkat (orang)", 230000, 221847),
        2024: ("JUMLAH PENUMPANG NAIK (BERANGKAT)", 260000, 268905)}),
    "T04": ("orang", 1, "n", {
        2021: ("Jumlah Penumpang Datang", 205000, 171230),
        2022: ("Jumlah penumpang datang (orang)", 225000, 219400),
        2024: ("JUMLAH PENUMPANG TURUN (DATANG)", 255000, 262114)}),
    "T05": ("orang", 1, "n", {
        2023: ("Jumlah Penumpang Berangkat dan Datang", 480000, 497320)}),
    "T06": ("unit", 2, "n", {
        2021: ("Jumlah Kendaraan yang Dilakukan Ramp Check", 1200, 1084),
        2022: ("Jumlah kendaraan yg di uji petik (ramp check)", 1400, 1436),
        2023: ("Jumlah Bus yang Diuji Petik (Ramp Check)", 1500, 1522),
        2024: ("JUMLAH KENDARAAN UJI PETIK / RAMP CHECK", 1600, 1610)}),
    "T07": ("%", 2, "p", {
        2021: ("Persentase Kendaraan Laik Jalan Hasil Ramp Check", 85, 82.3),
        2022: ("Prosentase kendaraan laik jalan hasil uji petik", 87, 88.1),
        2023: ("Persentase Bus Laik Jalan (hasil ramp check)", 88, 89.4),
        2024: ("PERSENTASE KENDARAAN LAIK JALAN", 90, 91.2)}),
    "T08": ("unit", 2, "n", {
        2022: ("Jumlah kendaraan tidak laik jalan yang ditindaklanjuti", 150, 171),
        2023: ("Jumlah Bus Tidak Laik Jalan yang Ditindaklanjuti", 160, 161),
        2024: ("JUMLAH KENDARAAN TIDAK LAIK JALAN DITINDAK", 150, 142)}),
    "T09": ("Rp", 3, "rp", {
        2021: ("Pendapatan Retribusi Terminal", 850000000, 712350000),
        2022: ("Realisasi pendapatan retribusi terminal (Rp)", 900000000, 871450000)}),
    "T09b": ("Rp", 3, "rp", {
        2023: ("Pendapatan Retribusi Pelayanan Terminal dan Tempat Khusus Parkir", 1250000000, 1318775000),
        2024: ("PENDAPATAN RETRIBUSI TERMINAL & PARKIR", 1350000000, 1402660000)}),
    "T10": ("unit", 3, "n", {
        2021: ("Jumlah Fasilitas Ramah Disabilitas", 6, 6),
        2022: ("Jumlah fasilitas ramah disabilitas yang tersedia", 8, 7),
        2023: ("Jumlah Fasilitas Terminal Ramah Disabilitas (unit)", 10, 10),
        2024: ("JUMLAH FASILITAS RAMAH DISABILITAS", 12, 12)}),
    "T11": ("%", 3, "p", {
        2022: ("Persentase fasilitas ramah disabilitas sesuai standar", 60, 58.3),
        2023: ("Persentase Fasilitas Ramah Disabilitas yang Sesuai Standar", 70, 71.4),
        2024: ("PERSENTASE FASILITAS RAMAH DISABILITAS SESUAI STANDAR", 80, 80)}),
    "T12": ("%", 1, "p", {
        2021: ("Persentase Ketepatan Waktu Keberangkatan Bus", 80, 76.5),
        2022: ("Persentase ketepatan jadwal keberangkatan", 82, 83.9),
        2023: ("Tingkat Ketepatan Jadwal Keberangkatan Bus (%)", 85, 86.2),
        2024: ("PERSENTASE KETEPATAN JADWAL BERANGKAT", 87, 88.4)}),
    "T13": ("nilai", 3, "v", {
        2021: ("Indeks Kepuasan Masyarakat Pengguna Terminal", 78, 79.12),
        2022: ("IKM pengguna jasa terminal", 80, 81.5),
        2023: ("Nilai Indeks Kepuasan Masyarakat (IKM)", 81, 82.06),
        2024: ("INDEKS KEPUASAN PENGGUNA TERMINAL", 82, 83.4)}),
    "T14": ("kejadian", 2, "n", {
        2021: ("Jumlah Kejadian Kecelakaan di Area Terminal", 4, 3),
        2022: ("Jumlah kecelakaan di area terminal", 3, 2),
        2023: ("Jumlah Kejadian Kecelakaan dalam Terminal", 2, 2),
        2024: ("JUMLAH KECELAKAAN DI TERMINAL", 2, 1)}),
    "T15": ("trayek", 1, "n", {
        2021: ("Jumlah Trayek AKDP yang Dilayani", 24, 22),
        2022: ("Jumlah trayek AKDP yang dilayani (trayek)", 24, 24),
        2023: ("Jumlah Trayek yang Dilayani", 26, 25)}),
    "T16": ("menit", 1, "v", {
        2021: ("Rata-rata Waktu Tunggu Penumpang", 30, 34),
        2022: ("Rata - rata waktu tunggu penumpang (menit)", 28, 27),
        2023: ("Rata-Rata Waktu Tunggu Penumpang di Terminal", 25, 24),
        2024: ("RATA-RATA WAKTU TUNGGU PENUMPANG (MENIT)", 22, 21.5)}),
    "T17": ("orang", 3, "n", {
        2021: ("Jumlah Petugas yang Mengikuti Pelatihan Pelayanan Prima", 20, 20),
        2022: ("Jumlah petugas terminal yg dilatih pelayanan prima", 25, 24),
        2023: ("Jumlah Petugas Terminal yang Mengikuti Pelatihan", 25, 25),
        2024: ("JUMLAH PETUGAS DILATIH", 30, 32)}),
    "T18": ("%", 3, "p", {
        2022: ("Persentase CCTV yang berfungsi baik", 90, 87.5),
        2023: ("Persentase CCTV Terminal yang Berfungsi", 95, 93.75),
        2024: ("PERSENTASE CCTV BERFUNGSI", 95, 100)}),
    "T19": ("pengaduan", 3, "n", {
        2021: ("Jumlah Pengaduan Masyarakat yang Ditindaklanjuti", 40, 37),
        2022: ("Jumlah pengaduan yang ditindaklanjuti", 40, 45),
        2023: ("Jumlah Pengaduan Pengguna Terminal yang Ditindaklanjuti", 45, 41),
        2024: ("JUMLAH PENGADUAN DITINDAKLANJUTI", 40, 44)}),
    "T20": ("%", 3, "p", {
        2022: ("Persentase pengaduan yang ditindaklanjuti", 90, 93.75),
        2023: ("Persentase Pengaduan yang Ditindaklanjuti", 95, 91.1),
        2024: ("PERSENTASE PENGADUAN DITINDAKLANJUTI", 95, 97.8)}),
    "T21": ("%", 2, "p", {
        2021: ("Persentase Armada dengan Dokumen Perizinan Lengkap", 88, 84.6),
        2022: ("Persentase armada dg dokumen perizinan lengkap", 90, 91.7),
        2023: ("Persentase Armada Berdokumen Lengkap (Kartu Pengawasan)", 92, 93)}),
    "T22": ("kali", 2, "n", {
        2021: ("Jumlah Penertiban Angkutan Liar di Sekitar Terminal", 24, 26),
        2024: ("JUMLAH OPERASI PENERTIBAN ANGKUTAN LIAR", 24, 24)}),
}


def nm(i, y):
    return IND[i][3][y][0]


def tr(i, y):
    return IND[i][3][y][1], IND[i][3][y][2]


def unit(i):
    return IND[i][0]


def kind(i):
    return IND[i][2]


HEAD_A = ("ADITYA PRAMUDYA HARAHAP, S.SiT., M.T.", "Penata Tk. I (III/d)", "NIP. 19830617 200604 1 002")
HEAD_B = ("Ir. NURAINI SIREGAR, M.Si", "Pembina (IV/a)", "NIP. 19750203 200212 2 004")
BAPPEDA = ("Dr. YOHANES BATUBARA, S.E., M.Si", "Pembina Utama Muda (IV/c)", "NIP. 19680911 199403 1 007")


def sig(S, row, colL, date, head, title="Kepala UPTD Pengelolaan Terminal Penumpang Tipe B,"):
    S.put(f"{colL}{row}", date)
    S.put(f"{colL}{row+1}", title)
    S.put(f"{colL}{row+5}", head[0], bold=True)
    S.put(f"{colL}{row+6}", head[1])
    S.put(f"{colL}{row+7}", head[2])


MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
W21 = [8.5, 7.8, 8.4, 8.2, 9.6, 8.6, 5.2, 5.6, 7.9, 9.1, 9.4, 11.7]


# ====================================================================== 2021: monthly recap
def monthly_2021(iid):
    t, r = tr(iid, 2021)
    if iid in ("T01", "T02", "T03", "T04", "T19", "T22"):
        return split_int(r, W21)
    if iid == "T09":
        return [v * 1000 for v in split_int(r // 1000, W21)]
    if iid == "T06":
        return split_int(r, [6, 6, 8, 14, 14, 7, 5, 5, 7, 8, 8, 12])
    if iid == "T14":
        return [0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0]
    if iid == "T17":
        return [None, None, 10, None, None, None, None, None, 10, None, None, None]
    if iid == "T07":  # PLANT: December typed as a fraction in a plain cell
        return [80.4, 80.9, 81.2, 79.8, 81.5, 82.0, 81.1, 81.7, 82.6, 82.1, 82.9, 0.823]
    if iid == "T12":  # %-formatted fractions
        return [0.712, 0.724, 0.731, 0.705, 0.688, 0.742, 0.768, 0.771, 0.759, 0.748, 0.757, 0.765]
    if iid == "T15":
        return [21, 21, 21, 22, 22, 22, 20, 20, 21, 22, 22, 22]
    if iid == "T16":  # December not reported
        return [31, 32, 30, 33, 38, 35, 29, 28, 31, 32, 34, None]
    if iid == "T21":
        return [None, None, 81.2, None, None, 82.7, None, None, 83.9, None, None, 84.6]
    if iid == "T10":
        return [None, None, None, None, None, 4, None, None, None, None, None, 6]
    if iid == "T13":
        return [None, None, None, None, None, 78.46, None, None, None, None, None, 79.12]
    raise ValueError(iid)


def sheet_2021(wb, K, fname):
    y = 2021
    ws = wb.active
    ws.title = "Rekap Bulanan 2021"
    S = Sh(ws)
    S.widths({"A": 5, "B": 44, "C": 9, "D": 13, "Q": 24})
    for i in range(12):
        S.width(chr(ord("E") + i), 10)
    S.merge("A1:Q1", "REKAPITULASI BULANAN CAPAIAN INDIKATOR KINERJA", bold=True, h="center", size=13)
    S.merge("A2:Q2", "UPTD PENGELOLAAN TERMINAL PENUMPANG TIPE B GERBANG PALAWIRA", bold=True, h="center")
    S.merge("A3:Q3", "TAHUN 2021", bold=True, h="center")
    hd = dict(bold=True, h="center", va="center", wrap=True, border=True, fill=GREY)
    S.merge("A5:A6", "No", **hd)
    S.merge("B5:B6", "Indikator Kinerja", **hd)
    S.merge("C5:C6", "Satuan", **hd)
    S.merge("D5:D6", "Target 2021", **hd)
    S.merge("E5:P5", "Realisasi Bulan", **hd)
    for i, m in enumerate(MONTHS):
        S.put(f"{chr(ord('E') + i)}6", m, **hd)
    S.merge("Q5:Q6", "Keterangan", **hd)
    groups = [(1, ["T01", "T02", "T03", "T04", "T12", "T15", "T16"]),
              (2, ["T06", "T07", "T14", "T21", "T22"]),
              (3, ["T09", "T10", "T13", "T17", "T19"])]
    notes = {"T16": "Des: survei belum dilaksanakan", "T13": "Survei IKM per semester",
             "T10": "Dilaporkan per semester", "T21": "Pemeriksaan per triwulan",
             "T01": "PPKM Darurat Juli - Agustus", "T17": "2 angkatan (Mar, Sep)"}
    row = 7
    no = 1
    for sas, ids in groups:
        S.put(f"A{row}", "ABC"[sas - 1], bold=True, h="center", border=True)
        S.merge(f"B{row}:Q{row}", f"SASARAN {sas} : {SAS[sas]}", bold=True, fill=PALE, border=True)
        row += 1
        for iid in ids:
            name = nm(iid, y)
            t, r = tr(iid, y)
            S.put(f"A{row}", no, h="center", border=True)
            no += 1
            cont = None
            if iid == "T22":   # name typed over two rows: the second row is a continuation, not a key row
                name, cont = "Jumlah Penertiban Angkutan Liar di", "Sekitar Terminal"
            S.put(f"B{row}", name, wrap=True, border=True)
            S.put(f"C{row}", unit(iid), h="center", border=True)
            if iid == "T12":
                S.put(f"D{row}", t / 100, fmt=PCT0, border=True)
            else:
                S.put(f"D{row}", t, fmt=THOU if t >= 1000 else None, border=True)
            ms = monthly_2021(iid)
            cells = []
            for i, v in enumerate(ms):
                c = f"{chr(ord('E') + i)}{row}"
                cells.append(c)
                fmt = None
                if iid == "T12":
                    fmt = PCT1
                elif isinstance(v, (int, float)) and v >= 1000:
                    fmt = THOU
                elif iid == "T13":
                    fmt = DEC2
                S.put(c, v, fmt=fmt, border=True)
            if iid in notes:
                S.put(f"Q{row}", notes[iid], wrap=True, border=True)
            vals = [v for v in ms if v is not None]
            if iid == "T12":
                vals = [v * 100 for v in vals]
            if iid in FLOW:
                kr, op = sum(vals), "sum"
            else:
                kr, op = vals[-1], "last"
            if iid != "T07":
                assert abs(kr - r) < 1e-9, (iid, kr, r)
            K.add(fname, "Rekap Bulanan 2021", f"B{row}", y, name, iid, t, r2(kr), [f"D{row}"], cells, r_op=op)
            row += 1
            if cont:
                for c in "ABCDEFGHIJKLMNOPQ":
                    S.put(f"{c}{row}", None, border=True)
                S.put(f"B{row}", cont, border=True)
                row += 1
    row += 1
    S.put(f"B{row}", "Ket: data bulan Desember 2021 merupakan angka sementara.", italic=True)
    S.put(f"B{row+1}", "Sumber: buku register keberangkatan / kedatangan dan laporan petugas pos.", italic=True)
    sig(S, row + 3, "L", "Palawira, 5 Januari 2022", HEAD_A)


# ====================================================================== 2022: E.81
def quarters(total, w, integer=True):
    return split_int(total, w)


def sheet_2022(wb, K, fname):
    y = 2022
    sh = "E81 TW IV 2022"
    ws = wb.create_sheet(sh)
    S = Sh(ws)
    S.widths({"A": 6, "B": 22, "C": 28, "D": 40, "E": 9, "Z": 18})
    for c in "FGHIJKLMNOPQRSTUVWXY":
        S.width(c, 11)
    S.merge("A1:Z1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA PALAWIRA", bold=True, h="center", size=12)
    S.merge("A2:Z2", "RENJA UPTD PENGELOLAAN TERMINAL PENUMPANG TIPE B - DINAS PERHUBUNGAN KOTA PALAWIRA", bold=True, h="center")
    S.merge("A3:Z3", "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2022", bold=True, h="center")
    S.put("A4", "Indikator dan target kinerja Perangkat Daerah Kota yang mengacu pada sasaran RPJMD : Meningkatnya konektivitas dan pelayanan transportasi kota")
    hd = dict(bold=True, h="center", va="center", wrap=True, border=True, fill=GREY)
    S.merge("A6:A7", "No", **hd)
    S.merge("B6:B7", "Sasaran", **hd)
    S.merge("C6:C7", "Program / Kegiatan", **hd)
    S.merge("D6:D7", "Indikator Kinerja Program (Outcome) / Kegiatan (Output)", **hd)
    S.merge("E6:E7", "Satuan", **hd)
    S.merge("F6:G7", "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)", **hd)
    S.merge("H6:I7", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2021)", **hd)
    S.merge("J6:K7", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2022) yang Dievaluasi", **hd)
    S.merge("L6:S6", "Realisasi Kinerja Pada Triwulan", **hd)
    for a, b, lab in [("L", "M", "I"), ("N", "O", "II"), ("P", "Q", "III"), ("R", "S", "IV")]:
        S.merge(f"{a}7:{b}7", lab, **hd)
    S.merge("T6:U7", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", **hd)
    S.merge("V6:W7", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2022", **hd)
    S.merge("X6:Y7", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2022 (%)", **hd)
    S.merge("Z6:Z7", "Unit PD Penanggung Jawab", **hd)
    nums = [("A", None, "1"), ("B", None, "2"), ("C", None, "3"), ("D", None, "4"), ("E", None, "5"),
            ("F", "G", "6"), ("H", "I", "7"), ("J", "K", "8"), ("L", "M", "9"), ("N", "O", "10"),
            ("P", "Q", "11"), ("R", "S", "12"), ("T", "U", "13 = 9+10+11+12"), ("V", "W", "14 = 7 + 13"),
            ("X", "Y", "15 = 14 / 6 x 100"), ("Z", None, "16")]
    for a, b, lab in nums:
        if b:
            S.merge(f"{a}8:{b}8", lab, h="center", border=True, bold=True)
            S.put(f"{a}9", "K", h="center", border=True, bold=True)
            S.put(f"{b}9", "Rp", h="center", border=True, bold=True)
        else:
            S.put(f"{a}8", lab, h="center", border=True, bold=True)
            S.put(f"{a}9", None, border=True)
    S.merge("A10:Z10", "Perangkat Daerah : UPTD Pengelolaan Terminal Penumpang Tipe B", bold=True, fill=PALE)

    renstra_end = {"T01": 22000, "T02": 21500, "T03": 280000, "T04": 275000, "T06": 1800, "T07": 92,
                   "T08": 150, "T09": 1500000000, "T10": 14, "T11": 90, "T12": 90, "T13": 85, "T14": 1,
                   "T15": 28, "T16": 20, "T17": 30, "T18": 100, "T19": 40, "T20": 100, "T21": 95}
    units_pd = {1: "Seksi Operasional Terminal", 2: "Seksi Keselamatan", 3: "Subbag Tata Usaha"}
    structure = [
        ("prog", "1", "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
         (14650000000, 2175400000, 2398600000, [412300000, 598750000, 602480000, 690910000])),
        ("keg", "1.1", "Pengelolaan Terminal Penumpang Tipe B", (9850000000, 1480100000, 1615800000,
                                                               [281500000, 402700000, 405230000, 471120000])),
        ("ind", 1, ["T01", "T02", "T03", "T04", "T12", "T15", "T16"]),
        ("keg", "1.2", "Pengawasan dan Pengendalian Keselamatan Angkutan Umum di Terminal",
         (4800000000, 695300000, 782800000, [130800000, 196050000, 197250000, 219790000])),
        ("ind", 2, ["T06", "T07", "T08", "T14", "T21"]),
        ("prog", "2", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
         (5120000000, 812500000, 905400000, [188600000, 221350000, 230900000, 246120000])),
        ("keg", "2.1", "Peningkatan Pelayanan dan Fasilitas Terminal", (5120000000, 812500000, 905400000,
                                                                        [188600000, 221350000, 230900000, 246120000])),
        ("ind", 3, ["T09", "T10", "T11", "T13", "T17", "T18", "T19", "T20"]),
    ]
    row = 11
    first_ind_rows = []
    for item in structure:
        if item[0] in ("prog", "keg"):
            _, no, name, (g, i_, k, qs) = item
            for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
                S.put(f"{c}{row}", None, border=True)
            S.put(f"A{row}", no, bold=item[0] == "prog", border=True)
            S.put(f"C{row}", name, bold=item[0] == "prog", wrap=True, border=True)
            S.put(f"G{row}", g, fmt=ACC, border=True)
            S.put(f"I{row}", i_, fmt=ACC, border=True)
            S.put(f"K{row}", k, fmt=ACC, border=True)
            for c, v in zip("MOQS", qs):
                S.put(f"{c}{row}", v, fmt=ACC, border=True)
            S.put(f"U{row}", f"=M{row}+O{row}+Q{row}+S{row}", fmt=ACC, border=True)
            S.put(f"W{row}", f"=I{row}+U{row}", fmt=ACC, border=True)
            S.put(f"Y{row}", f"=IFERROR(ROUND(W{row}/G{row}*100,2),0)", fmt=DEC2, border=True)
            row += 1
            continue
        _, sas, ids = item
        start = row
        first_ind_rows.append(row)
        for iid in ids:
            for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
                S.put(f"{c}{row}", None, border=True)
            name = nm(iid, y)
            t, r = tr(iid, y)
            S.put(f"D{row}", name, wrap=True, border=True)
            S.put(f"E{row}", unit(iid), h="center", border=True)
            k = kind(iid)
            fmt = THOU if k in ("n", "rp") else None
            S.put(f"F{row}", renstra_end[iid], fmt=fmt, border=True)
            prev = IND[iid][3].get(2021)
            S.put(f"H{row}", prev[2] if prev else 0, fmt=fmt, border=True)
            kt = t
            if iid == "T09":
                kt = 9000000000   # PLANT: 10x target
            S.put(f"J{row}", kt, fmt=fmt, border=True)
            # quarters
            if iid in FLOW:
                w = {"T01": [23, 26, 24, 27], "T02": [23, 26, 24, 27], "T03": [22, 28, 23, 27],
                     "T04": [22, 27, 24, 27], "T06": [20, 32, 22, 26], "T09": [22, 27, 24, 27],
                     "T14": [1, 0, 1, 0], "T17": [0, 12, 0, 12], "T19": [11, 12, 10, 12],
                     "T08": [20, 30, 22, 28]}[iid]
                if iid == "T09":
                    qs = [v * 1000 for v in split_int(r // 1000, w)]
                elif iid == "T17":
                    qs = [0, 12, 0, 12]
                else:
                    qs = split_int(r, w)
            else:
                qs = {"T07": [86.2, 87.0, 87.6, 88.1], "T10": [6, 6, 7, 7], "T11": [50.0, 50.0, 58.3, 58.3],
                      "T12": [81.4, 82.8, 83.1, 83.9], "T13": ["-", 80.9, "-", 81.5],
                      "T15": [22, 23, 24, 24], "T16": [29, 28, 27, 27], "T18": [87.5, 87.5, 81.25, 87.5],
                      "T20": [91.7, 92.3, 93.1, 93.75], "T21": [89.2, 90.4, 91.0, 91.7]}[iid]
            for c, v in zip("LNPR", qs):
                S.put(f"{c}{row}", v, fmt=fmt, border=True)
            # column 13
            if iid == "T06":
                S.put(f"T{row}", 0, fmt=fmt, border=True)            # PLANT: computed column typed over
                kr = 0
            elif iid == "T17":
                S.put(f"T{row}", f"=L{row}+N{row}+P{row}", fmt=fmt, border=True)  # PLANT: wrong formula
                kr = qs[0] + qs[1] + qs[2]
            elif iid in FLOW:
                S.put(f"T{row}", f"=L{row}+N{row}+P{row}+R{row}", fmt=fmt, border=True)
                kr = sum(qs)
                assert kr == r, (iid, kr, r)
            else:
                S.put(f"T{row}", f"=R{row}", fmt=fmt, border=True)
                kr = qs[-1]
                assert abs(kr - r) < 1e-9
            if iid in FLOW:
                S.put(f"V{row}", f"=H{row}+T{row}", fmt=fmt, border=True)
            else:
                S.put(f"V{row}", f"=T{row}", fmt=fmt, border=True)
            S.put(f"X{row}", f"=IFERROR(ROUND(V{row}/F{row}*100,2),0)", fmt=DEC2, border=True)
            S.put(f"Z{row}", units_pd[sas], wrap=True, border=True)
            K.add(fname, sh, f"D{row}", y, name, iid, kt, kr, [f"J{row}"], [f"T{row}"])
            row += 1
        S.merge(f"B{start - 1}:B{row - 1}", SAS[sas], wrap=True, va="top", border=True)
    row += 1
    S.merge(f"A{row}:W{row}", "Rata-rata capaian kinerja (%)", bold=True, h="right", border=True)
    S.put(f"X{row}", f"=ROUND(AVERAGE(X{first_ind_rows[0]}:X{row - 2}),1)", fmt=DEC1, border=True, bold=True)
    S.put(f"Y{row}", f"=ROUND(AVERAGE(Y11:Y{row - 2}),1)", fmt=DEC1, border=True, bold=True)
    S.merge(f"A{row+1}:W{row+1}", "Predikat kinerja", bold=True, h="right", border=True)
    S.put(f"X{row+1}", "Tinggi", border=True)
    S.put(f"B{row+3}", "Faktor pendorong keberhasilan pencapaian :", bold=True)
    S.put(f"B{row+4}", "Meningkatnya mobilitas masyarakat pasca pelonggaran PPKM; dukungan Satlantas dalam ramp check.")
    S.put(f"B{row+5}", "Faktor penghambat pencapaian kinerja :", bold=True)
    S.put(f"B{row+6}", "Keterbatasan anggaran pemeliharaan CCTV; kekurangan petugas pada jam malam.")
    S.put(f"B{row+7}", "Tindak lanjut yang diperlukan dalam triwulan berikutnya :", bold=True)
    S.put(f"B{row+8}", "Penambahan fasilitas ramah disabilitas (guiding block, toilet difabel) pada Renja 2023.")
    sr = row + 10
    S.put(f"C{sr}", "Disusun", bold=True)
    sig(S, sr + 1, "C", "Palawira, 13 Januari 2023", HEAD_A)
    S.put(f"T{sr}", "Dievaluasi", bold=True)
    sig(S, sr + 1, "T", "Palawira, 20 Januari 2023", BAPPEDA,
        title="Kepala Badan Perencanaan Pembangunan Daerah Kota Palawira,")

    ref = wb.create_sheet("referensi")
    R = Sh(ref)
    R.put("A1", "Daftar satuan")
    for i, u in enumerate(["rit", "orang", "unit", "%", "Rp", "nilai", "kejadian", "trayek", "menit", "pengaduan"], 2):
        R.put(f"A{i}", u)
    ref.sheet_state = "hidden"


# ====================================================================== 2023: two halves side by side
def sheet_2023(K, fname):
    y = 2023
    sh = "Capaian 2023"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    S = Sh(ws)
    S.widths({"A": 5, "B": 40, "C": 9, "D": 14, "E": 14, "F": 10, "G": 3, "H": 5, "I": 40, "J": 9,
              "K": 16, "L": 16, "M": 10})
    S.merge("A1:M1", "LAPORAN CAPAIAN KINERJA TAHUN 2023", bold=True, h="center", size=13)
    S.merge("A2:M2", "UPTD PENGELOLAAN TERMINAL PENUMPANG TIPE B GERBANG PALAWIRA", bold=True, h="center")
    S.merge("A3:M3", "DINAS PERHUBUNGAN KOTA PALAWIRA", bold=True, h="center")
    hd = dict(bold=True, h="center", va="center", wrap=True, border=True, fill=GREY)
    for cols in ("ABCDEF", "HIJKLM"):
        for c, lab in zip(cols, ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]):
            S.put(f"{c}5", lab, **hd)
        for c, lab in zip(cols, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]):
            S.put(f"{c}6", lab, h="center", border=True)
    left = ["T01", "T02", "T05", "T12", "T15", "T16", "T06", "T07", "T08", "T14"]
    right = ["T21", "T09b", "T10", "T11", "T13", "T17", "T18", "T19", "T20"]
    no = 1
    for i, iid in enumerate(left):
        row = 7 + i
        name = nm(iid, y)
        t, r = tr(iid, y)
        S.put(f"A{row}", no, h="center", border=True)
        no += 1
        S.put(f"B{row}", name, wrap=True, border=True)
        S.put(f"C{row}", unit(iid), h="center", border=True)
        kt, kr = t, r
        if kind(iid) == "p":
            S.put(f"D{row}", t / 100, fmt=PCT0, border=True)
            S.put(f"E{row}", r / 100, fmt=PCT1, border=True)
        elif iid == "T05":
            S.put(f"D{row}", t, fmt=THOU, border=True)
            S.put(f"E{row}", "=250112+247208", fmt=THOU, border=True)
        elif iid == "T16":
            S.put(f"D{row}", 250, border=True)   # PLANT: 10x target (25 intended)
            S.put(f"E{row}", r, border=True)
            kt = 250
        else:
            S.put(f"D{row}", t, fmt=THOU if t >= 1000 else None, border=True)
            S.put(f"E{row}", r, fmt=THOU if r >= 1000 else None, border=True)
        S.put(f"F{row}", f"=IFERROR(ROUND(E{row}/D{row}*100,2),\"-\")", fmt=DEC2, border=True)
        K.add(fname, sh, f"B{row}", y, name, iid, kt, kr, [f"D{row}"], [f"E{row}"], shared=True)
    texts = {
        "T21": ("92 %", "93 %", "101,09"),
        "T09b": ("Rp 1.250.000.000", "Rp 1.318.775.000", "105,50"),
        "T10": ("10 unit", "10 unit", "100,00"),
        "T11": ("70 %", "71,4 %", "102,00"),
        "T13": ("81", "82,06*)", "101,31"),
        "T17": ("25 orang", "25 orang", "100,00"),
        "T18": ("95 %", "93,75 %", "98,68"),
        "T19": ("45 pengaduan", "41 pengaduan", "91,11"),
        "T20": ("95 %", "91,1 %", "95,89"),
    }
    for i, iid in enumerate(right):
        row = 7 + i
        name = nm(iid, y)
        t, r = tr(iid, y)
        S.put(f"H{row}", no, h="center", border=True)
        no += 1
        S.put(f"I{row}", name, wrap=True, border=True)
        S.put(f"J{row}", unit(iid), h="center", border=True)
        a, b, c = texts[iid]
        S.put(f"K{row}", a, h="right", border=True)
        S.put(f"L{row}", b, h="right", border=True)
        S.put(f"M{row}", c, h="right", border=True)
        K.add(fname, sh, f"I{row}", y, name, iid, t, r, [f"K{row}"], [f"L{row}"], shared=True)
    for c in "HIJKLM":
        S.put(f"{c}16", None, border=True)
    S.put("A18", "*) Hasil survei IKM semester II Tahun 2023 (angka sementara)", italic=True)
    S.put("A19", "Sasaran strategis : (1) " + SAS[1] + "; (2) " + SAS[2] + "; (3) " + SAS[3] + ".", italic=True)
    sig(S, 21, "I", "Palawira, 10 Januari 2024", HEAD_B)

    dd = wb.create_sheet("Data Dukung")
    D = Sh(dd)
    D.put("A1", "DATA PENUMPANG BULANAN TAHUN 2023", bold=True)
    for c, lab in zip("ABCD", ["Bulan", "Penumpang Berangkat", "Penumpang Datang", "Jumlah"]):
        D.put(f"{c}3", lab, bold=True, border=True, fill=GREY)
    b = split_int(250112, [8, 7, 8, 11, 10, 8, 8, 7, 7, 8, 8, 10])
    d = split_int(247208, [8, 7, 8, 10, 11, 8, 8, 7, 7, 8, 8, 10])
    for i, m in enumerate(["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                           "September", "Oktober", "November", "Desember"]):
        rr = 4 + i
        D.put(f"A{rr}", m, border=True)
        D.put(f"B{rr}", b[i], fmt=THOU, border=True)
        D.put(f"C{rr}", d[i], fmt=THOU, border=True)
        D.put(f"D{rr}", f"=B{rr}+C{rr}", fmt=THOU, border=True)
    D.put("A16", "Jumlah", bold=True, border=True)
    for c in "BCD":
        D.put(f"{c}16", f"=SUM({c}4:{c}15)", fmt=THOU, bold=True, border=True)
    wb.active = 0
    deliver(wb, SLUG, fname)


# ====================================================================== 2024: T/R rows, cumulative s.d. TW
def cum(xs):
    out, s = [], 0
    for x in xs:
        s += x
        out.append(s)
    return out


def sheet_2024(K, fname):
    y = 2024
    sh = "RA 2024"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    S = Sh(ws)
    S.widths({"A": 5, "B": 26, "C": 44, "D": 10, "E": 15, "F": 5, "G": 14, "H": 14, "I": 14, "J": 14,
              "K": 11, "L": 24})
    S.merge("A1:L1", "RENCANA AKSI DAN REALISASI KINERJA TAHUN 2024", bold=True, h="center", size=13)
    S.merge("A2:L2", "UPTD PENGELOLAAN TERMINAL PENUMPANG TIPE B - KOTA PALAWIRA", bold=True, h="center")
    S.merge("A3:L3", "Posisi s.d. Triwulan IV", italic=True, h="center")
    hd = dict(bold=True, h="center", va="center", wrap=True, border=True, fill=GREY)
    for c, lab in zip("ABCDEF", ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2024", "T/R"]):
        S.merge(f"{c}5:{c}6", lab, **hd)
    S.merge("G5:J5", "Target (T) dan Realisasi (R) Kumulatif", **hd)
    for c, lab in zip("GHIJ", ["TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"]):
        S.put(f"{c}6", lab, **hd)
    S.merge("K5:K6", "Capaian s.d. TW IV (%)", **hd)
    S.merge("L5:L6", "Keterangan", **hd)
    groups = [(1, ["T01", "T02", "T03", "T04", "HID", "T12", "T16"]),
              (2, ["T06", "T07", "T08", "T14", "T22"]),
              (3, ["T09b", "T10", "T11", "T13", "T17", "T18", "T19", "T20"])]
    W = [23, 25, 24, 28]
    notes = {"T10": "TW IV menunggu BA serah terima", "T13": "Survei semester I dan II",
             "T08": "Rekap TW IV dari Seksi Keselamatan", "T18": "Penggantian 4 kamera TW III"}
    row = 7
    no = 1
    for sas, ids in groups:
        start = row
        for iid in ids:
            for rr in (row, row + 1):
                for c in "ABCDEFGHIJKL":
                    S.put(f"{c}{rr}", None, border=True)
            if iid == "HID":
                S.put(f"C{row}", "JUMLAH BUS AKAP YANG SINGGAH", border=True)
                S.put(f"F{row}", "T", border=True)
                S.put(f"F{row+1}", "R", border=True)
                S.put(f"E{row}", 3600, border=True)
                S.hide_row(row)
                S.hide_row(row + 1)
                row += 2
                continue
            name = nm(iid, y)
            t, r = tr(iid, y)
            k = kind(iid)
            S.put(f"A{row}", no, h="center", va="top", border=True)
            no += 1
            S.put(f"C{row}", name, wrap=True, va="top", border=True)
            S.put(f"D{row}", unit(iid), h="center", va="top", border=True)
            pctfmt = iid in ("T07", "T18")
            fmt = THOU if k in ("n", "rp") and t >= 1000 else None
            if pctfmt:
                S.put(f"E{row}", t / 100, fmt=PCT0, va="top", border=True)
            else:
                S.put(f"E{row}", t, fmt=fmt, va="top", border=True)
            S.put(f"F{row}", "T", h="center", border=True)
            S.put(f"F{row+1}", "R", h="center", border=True)
            # targets and realisasi, cumulative
            if iid in FLOW:
                if iid == "T09b":
                    tq = cum([v * 1000 for v in split_int(t // 1000, [24, 25, 25, 26])])
                    rq = cum([v * 1000 for v in split_int(r // 1000, W)])
                elif iid == "T14":
                    tq, rq = [1, 1, 2, 2], [0, 1, 1, 1]
                elif iid == "T17":
                    tq, rq = [0, 15, 15, 30], [0, 16, 16, 32]
                elif iid == "T08":
                    tq = cum(split_int(t, [25, 25, 25, 25]))
                    rq = [40, 85, 120, 112]   # PLANT: cumulative figure that falls (142 intended)
                else:
                    tq = cum(split_int(t, [25, 25, 25, 25]))
                    rq = cum(split_int(r, W))
            else:
                tq, rq = {
                    "T07": ([0.88, 0.89, 0.9, 0.9], [0.884, 0.897, 0.905, 0.912]),
                    "T10": ([10, 11, 12, 12], [10, 11, 12, None]),
                    "T11": ([70, 75, 78, 80], [71.4, 75.0, 78.6, 80]),
                    "T12": ([85, 86, 87, 87], [86.1, 87.3, 87.9, 88.4]),
                    "T13": (["-", 82, "-", 82], ["-", 82.9, "-", 83.4]),
                    "T16": ([24, 23, 22, 22], [23.5, 22.8, 22.0, 21.5]),
                    "T18": ([0.95, 0.95, 0.95, 0.95], [0.9375, 0.875, 1.0, 1.0]),
                    "T20": ([95, 95, 95, 95], [96.3, 97.1, 96.9, 97.8]),
                }[iid]
            qfmt = PCT1 if pctfmt else (THOU if k in ("n", "rp") and t >= 1000 else None)
            for c, vt, vr in zip("GHIJ", tq, rq):
                S.put(f"{c}{row}", vt, fmt=(PCT0 if pctfmt else qfmt), border=True)
                if vr is not None:
                    S.put(f"{c}{row+1}", vr, fmt=qfmt, border=True)
            S.put(f"K{row+1}", f"=IFERROR(ROUND(J{row+1}/E{row}*100,2),\"-\")", fmt=DEC2, border=True)
            if iid in notes:
                S.put(f"L{row}", notes[iid], wrap=True, va="top", border=True)
            for c in "ACDEL":
                S.merge(f"{c}{row}:{c}{row+1}", None)
            vals = [v for v in rq if isinstance(v, (int, float))]
            if pctfmt:
                vals = [v * 100 for v in vals]
            kr = vals[-1]          # cumulative columns: the last reported
            if iid != "T08":
                assert abs(kr - r) < 1e-9, (iid, kr, r)
            kt = t
            K.add(fname, sh, f"C{row}", y, name, iid, kt, r2(kr),
                  [f"E{row}"], [f"G{row+1}", f"H{row+1}", f"I{row+1}", f"J{row+1}"], r_op="cumlast")
            row += 2
        S.merge(f"B{start}:B{row - 1}", SAS[sas], wrap=True, va="top", border=True)
    row += 1
    S.put(f"C{row}", "Catatan: realisasi ditulis kumulatif s.d. triwulan berkenaan.", italic=True)
    sig(S, row + 2, "H", "Palawira, 8 Januari 2025", HEAD_B)

    rh = wb.create_sheet("rekap_harian")
    R = Sh(rh)
    R.put("A1", "Tanggal")
    R.put("B1", "Bus Berangkat")
    R.put("C1", "Bus Datang")
    for i in range(2, 33):
        R.put(f"A{i}", f"{i - 1:02d}-12-2024")
        R.put(f"B{i}", 55 + (i * 7) % 13)
        R.put(f"C{i}", 54 + (i * 5) % 11)
    rh.sheet_state = "hidden"
    wb.active = 0
    deliver(wb, SLUG, fname)


def main():
    K = KeyBook(SLUG, AGENCY, YEARS, AMBIG, FLOW)
    f1 = "Terminal Tipe B Palawira 2021-2022.xlsx"
    wb = openpyxl.Workbook()
    sheet_2021(wb, K, f1)
    sheet_2022(wb, K, f1)
    wb.active = 0
    deliver(wb, SLUG, f1)
    f2 = "Laporan Capaian Terminal 2023.ods"
    sheet_2023(K, f2)
    f3 = "RA Terminal Palawira 2024.xls"
    sheet_2024(K, f3)
    K.files = [f1, f2, f3]
    K.write()
    print(SLUG, len(K.rows), "key rows")


if __name__ == "__main__":
    main()
