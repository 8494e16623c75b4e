"""Agency 3: UPTD Pengelolaan Jalan dan Jembatan Wilayah II, Dinas PUPR Provinsi Teluk Bahari
(invented), 2020-2023.  Network: 486,35 km of provincial road, 142 bridges.

Files
  UPTD_PJJ_WilayahII_TelukBahari_Renstra_Evaluasi_2020.xls   sheet 'Matriks Renstra' (Renstra 2019-2024,
                                                              six years of targets, realisasi 2019 & 2020)
  UPTD_PJJ_WilayahII_TelukBahari_Kinerja_2021_2023.xlsx       sheets 'RA 2021 Kumulatif' (s.d. TW columns),
                                                              'Capaian 2023' (turned over: indicators
                                                              across, two bands)
  UPTD_PJJ_WilayahII_TelukBahari_LKjIP_2022_Bab3.ods          sheets 'Tabel 3.2', 'Tabel 3.2 (lanjutan)'
                                                              (one table split over two sheets),
                                                              'Data Survei' (hidden)
"""
from common import *  # noqa

SLUG = "uptd_pjj2_teluk_bahari"
AG = Agency(SLUG, "UPTD Pengelolaan Jalan dan Jembatan Wilayah II, Dinas PUPR Provinsi Teluk Bahari",
            [2020, 2021, 2022, 2023], [["J09", "J09b"]],
            flow_ids=["J06", "J07", "J08", "J09", "J09b", "J10", "J11", "J12", "J19"],
            lookalike=[["J01", "J02"], ["J04", "J05"], ["J15", "J16"]])

S1 = "Meningkatnya kemantapan jalan dan jembatan provinsi di Wilayah II"
S2 = "Meningkatnya kualitas pemeliharaan jalan, jembatan dan drainase"
S3 = "Meningkatnya kualitas pelayanan publik dan akuntabilitas UPTD"

D = {
    "J01": ("level", "km", False, {
        2020: ("Panjang jalan provinsi dalam kondisi mantap", 350.20, 348.76),
        2021: ("a) Panjang Jalan Kondisi Mantap (km)", 358.00, 355.42),
        2022: ("Panjang jalan kondisi mantap", 365.00, 367.18),
        2023: ("Panjang jalan provinsi\nmantap (km)", 372.50, 371.05)}),
    "J02": ("level", "%", False, {
        2020: ("Persentase jalan provinsi dalam kondisi mantap", 72.0, 71.71),
        2021: ("b) Persentase Jalan Kondisi Mantap", 73.6, 73.08),
        2022: ("Prosentase jalan kondisi mantap", 75.05, 75.5),
        2023: ("Tingkat kemantapan jalan provinsi (%)", 76.6, 76.29)}),
    "J03": ("level", "km", True, {
        2020: ("Panjang jalan provinsi kondisi rusak berat", 45, 47.30),
        2021: ("c) Panjang Jalan Rusak Berat (km)", 40, 41.85),
        2022: ("Panjang jalan rusak berat", 35, 33.12)}),
    "J04": ("level", "buah", False, {
        2020: ("Jumlah jembatan dalam kondisi baik", 118, 117),
        2021: ("d) Jumlah Jembatan Kondisi Baik (buah)", 121, 122),
        2022: ("Jumlah jembatan kondisi baik", 124, 124),
        2023: ("Jembatan kondisi baik (buah)", 127, 128)}),
    "J05": ("level", "%", False, {
        2020: ("Persentase jembatan dalam kondisi baik", 83.1, 82.39),
        2021: ("e) Persentase Jembatan Kondisi Baik", 85.2, 85.92),
        2022: ("Prosentase jembatan kondisi baik", 87.3, 87.32),
        2023: ("Persentase jembatan provinsi kondisi baik", 89.4, 90.14)}),
    "J06": ("flow", "m2", False, {
        2020: ("Luas lubang jalan yang ditambal", 12500, 13184),
        2021: ("f) Luas Penambalan Lubang (m2)", 14000, 9870),
        2022: ("Luas lubang ditambal (m²)", 15000, 15406),
        2023: ("Luasan tambalan lubang jalan (m2)", 16000, 16235)}),
    "J07": ("flow", "km", False, {
        2020: ("Panjang jalan yang mendapat pemeliharaan rutin", 486.35, 486.35),
        2021: ("g) Panjang Pemeliharaan Rutin Jalan (km)", 486.35, 472.10),
        2022: ("Panjang jalan dipelihara rutin", 486.35, 486.35),
        2023: ("Panjang pemeliharaan\nrutin jalan provinsi (km)", 486.35, 486.35)}),
    "J08": ("flow", "buah", False, {
        2020: ("Jumlah jembatan yang dipelihara", 60, 58),
        2021: ("h) Jumlah Jembatan Dipelihara (buah)", 70, 71),
        2022: ("Jumlah jembatan yg dipelihara rutin", 75, 76),
        2023: ("Jembatan dipelihara rutin", 80, 84)}),
    "J09": ("flow", "m", False, {
        2020: ("Panjang saluran drainase jalan yang dinormalisasi", 8000, 8420),
        2021: ("i) Panjang Normalisasi Drainase Jalan (m)", 9000, 8870)}),
    "J09b": ("flow", "m", False, {
        2022: ("Panjang drainase jalan yang ditangani", 12000, 12650),
        2023: ("Panjang penanganan drainase jalan (m)", 13500, 13940)}),
    "J10": ("flow", "m", False, {
        2020: ("Panjang pembangunan saluran drainase baru", 1500, 1460),
        2021: ("j) Panjang Pembangunan Drainase (m)", 1800, 1920)}),
    "J11": ("flow", "km", False, {
        2020: ("Panjang bahu jalan yang dipelihara", 240, 236.5),
        2021: ("k) Panjang Pemeliharaan Bahu Jalan (km)", 260, 262.0),
        2022: ("Panjang bahu jalan dipelihara", 280, 281.4),
        2023: ("Pemeliharaan bahu jalan (km)", 300, 305.8)}),
    "J12": ("flow", "titik", False, {
        2020: ("Jumlah titik longsoran yang ditangani", 12, 14),
        2021: ("l) Jumlah Titik Longsor Ditangani", 15, 13),
        2022: ("Jumlah titik longsor & genangan yang ditangani", 20, 21),
        2023: ("Titik longsor/genangan ditangani (titik)", 22, 25)}),
    "J19": ("flow", "km", False, {
        2022: ("Panjang jalan pemeliharaan berkala", 18, 17.6),
        2023: ("Pemeliharaan berkala jalan (km)", 22, 22.4)}),
    "J13": ("level", "%", False, {
        2020: ("Persentase pengaduan masyarakat yang ditindaklanjuti", 90, 93.5),
        2021: ("m) Persentase Pengaduan Ditindaklanjuti ", 92, 94.1),
        2022: ("Prosentase pengaduan masyarakat ditindaklanjuti", 95, 96.3),
        2023: ("Persentase tindak lanjut pengaduan (%)", 95, 97.8)}),
    "J14": ("level", "hari", True, {
        2021: ("n) Rata-rata Waktu Penanganan Lubang (hari)", 7, 6.4),
        2022: ("Rata - rata waktu penanganan lubang sejak laporan", 5, 5.2),
        2023: ("Waktu rata-rata tambal lubang setelah laporan (hari)", 4, 3.8)}),
    "J15": ("level", "unit", False, {
        2020: ("Jumlah alat berat dalam kondisi siap operasi", 14, 12),
        2021: ("o) Jumlah Alat Berat Siap Operasi (unit)", 14, 14),
        2022: ("Jumlah alat berat siap pakai", 16, 15),
        2023: ("Alat berat siap operasi (unit)", 16, 16)}),
    "J16": ("level", "%", False, {
        2020: ("Persentase alat berat siap operasi", 80, 75),
        2021: ("p) Persentase Kesiapan Alat Berat", 85, 87.5),
        2023: ("Persentase alat berat siap operasi (%)", 90, None)}),
    "J17": ("level", "nilai", False, {
        2020: ("Indeks Kepuasan Masyarakat", 78, 79.15),
        2021: ("q) Indeks Kepuasan Masyarakat (IKM)", 80, 80.42),
        2022: ("Nilai IKM", 81, 82.06),
        2023: ("IKM UPTD", 82, 81.73)}),
    "J18": ("level", "predikat", False, {
        2020: ("Nilai SAKIP", "B", "B"),
        2021: ("r) Nilai Evaluasi AKIP", "BB", "BB"),
        2022: ("Predikat SAKIP", "BB", "BB")}),
}


def nm(i, y):
    return D[i][3][y][0]


def tg(i, y):
    return D[i][3][y][1]


def rl(i, y):
    return D[i][3][y][2]


def kind(i):
    return D[i][0]


def unit(i):
    return D[i][1]


def neg(i):
    return D[i][2]


def nf(x):
    if isinstance(x, int):
        return NUM0
    return NUM2


KOTA = "Tanjung Seruni"
KEPALA = ("Ir. BONIFASIUS RANTE ALLO, M.T.", "Pembina Tk. I", "NIP. 19720418 199803 1 006")


# =========================================================================== 2020: Renstra matrix
def renstra2020(wb, fname):
    ws = wb.active
    ws.title = "Matriks Renstra"
    sw = SW(ws)
    y = 2020
    sw.widths({"A": 5, "B": 26, "C": 40, "D": 8, "E": 10, "L": 10, "M": 10, "N": 10, "O": 11, "P": 16, "Q": 8})
    for c in "FGHIJK":
        ws.column_dimensions[c].width = 9
    sw.merge("A1", "P1", "MATRIKS RENCANA STRATEGIS (RENSTRA) TAHUN 2019 - 2024", bold=True, h="center")
    sw.merge("A2", "P2", "UPTD PENGELOLAAN JALAN DAN JEMBATAN WILAYAH II", bold=True, h="center")
    sw.merge("A3", "P3", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI TELUK BAHARI", bold=True, h="center")
    sw.merge("A4", "P4", "EVALUASI CAPAIAN S.D. TAHUN 2020", bold=True, h="center")
    for c, t in (("A", "No"), ("B", "Tujuan / Sasaran"), ("C", "Indikator Kinerja"), ("D", "Satuan"),
                 ("E", "Kondisi Awal (2018)"), ("N", "Capaian 2020 (%)"),
                 ("O", "Kondisi Akhir Renstra (2024)"), ("P", "Keterangan")):
        sw.merge(f"{c}6", f"{c}7", t, bold=True, h="center", va="center", wrap=True)
    sw.merge("F6", "K6", "Target Kinerja Tahun", bold=True, h="center")
    for k, yy in enumerate(range(2019, 2025)):
        sw.put(f"{get_column_letter(6 + k)}7", str(yy), bold=True, h="center")
    sw.merge("L6", "M6", "Realisasi", bold=True, h="center")
    sw.put("L7", "2019", bold=True, h="center")
    sw.put("M7", "2020", bold=True, h="center")
    for k in range(16):
        sw.put(f"{get_column_letter(1 + k)}8", f"({k + 1})", h="center", italic=True)
    sw.box(6, 1, 8, 16)
    ws.row_dimensions[6].height = 20
    ws.row_dimensions[7].height = 30

    # six-year targets (2019..2024), kondisi awal 2018, realisasi 2019
    R = {
        "J01": ([345.00, 350.20, 358.00, 365.00, 372.50, 380.00], 338.45, 346.12),
        "J02": ([70.9, 72.0, 73.6, 75.05, 76.6, 78.1], 69.59, 71.17),
        "J03": ([50, 45, 40, 35, 30, 25], 58.7, 52.4),
        "J04": ([115, 118, 121, 124, 127, 130], 111, 114),
        "J05": ([81.0, 83.1, 85.2, 87.3, 89.4, 91.5], 78.17, 80.28),
        "J06": ([11000, 12500, 14000, 15000, 16000, 17000], 10450, 11240),
        "J07": ([486.35] * 6, 486.35, 486.35),
        "J08": ([55, 60, 70, 75, 80, 85], 50, 57),
        "J09": ([7500, 8000, 9000, 10000, 11000, 12000], 7100, 7730),
        "J10": ([1200, 1500, 1800, 2000, 2200, 2500], 900, 1310),
        "J11": ([220, 240, 260, 280, 300, 320], 210, 224.6),
        "J12": ([10, 12, 15, 18, 20, 22], 9, 11),
        "J13": ([88, 90, 92, 94, 95, 95], 85.4, 89.7),
        "J15": ([13, 14, 14, 15, 16, 16], 11, 12),
        "J16": ([75, 80, 85, 88, 90, 90], 68.75, 70.6),
        "J17": ([77, 78, 80, 81, 82, 83], 76.2, 77.84),
        "J18": (["B", "B", "BB", "BB", "A", "A"], "CC", "B"),
    }
    groups = [("1.1", S1, ["J01", "J02", "J03", "J04", "J05"]),
              ("1.2", S2, ["J06", "J07", "J08", "J09", "J10", "J11", "J12"]),
              ("2.1", S3, ["J13", "J15", "J16", "J17", "J18"])]
    tujuan = {"1.1": "Tujuan 1 : Terwujudnya jaringan jalan provinsi yang mantap dan berkeselamatan",
              "2.1": "Tujuan 2 : Terwujudnya tata kelola UPTD yang akuntabel dan melayani"}
    r = 9
    for no, sas, ids in groups:
        if no in tujuan:
            sw.merge(f"A{r}", f"P{r}", tujuan[no], bold=True, fill=GREY)
            r += 1
        g0 = r
        for i in ids:
            tgt, awal, r19 = R[i]
            sw.put(f"C{r}", nm(i, y), wrap=True)
            sw.put(f"D{r}", unit(i), h="center")
            sw.put(f"E{r}", awal, nf(awal) if not isinstance(awal, str) else None)
            for k, v in enumerate(tgt):
                c = get_column_letter(6 + k)
                if isinstance(v, str):
                    sw.put(f"{c}{r}", v, h="center")
                else:
                    sw.put(f"{c}{r}", v, nf(v))
            t20 = tgt[1]
            tkey = None if isinstance(t20, str) else t20
            if isinstance(r19, str):
                sw.put(f"L{r}", r19, h="center")
            else:
                sw.put(f"L{r}", r19, nf(r19))
            re_ = rl(i, y)
            if i == "J02":
                rkey = wnum(sw, f"M{r}", 0.7171, "0.0000")        # PLANTED: fraction in a plain cell
            elif i == "J06":
                rkey = wtext(sw, f"M{r}", "13.184", 13184, h="right")
            elif i == "J17":
                rkey = wtext(sw, f"M{r}", "79,15", 79.15, h="right")
            elif i == "J18":
                rkey = wtext(sw, f"M{r}", "B", None, h="center")
            else:
                rkey = wnum(sw, f"M{r}", re_, nf(re_))
            if i in ("J06", "J17", "J18"):
                sw.put(f"N{r}", {"J06": 105.47, "J17": 101.47, "J18": "100"}[i], NUM2)
            elif neg(i):
                sw.put(f"N{r}", f"=ROUND((2*G{r}-M{r})/G{r}*100,2)", NUM2)
            else:
                sw.put(f"N{r}", f"=ROUND(M{r}/G{r}*100,2)", NUM2)
            sw.put(f"O{r}", f"=K{r}", nf(tgt[5]) if not isinstance(tgt[5], str) else None)
            if not isinstance(t20, str):
                sw.put(f"Q{r}", f"=IF(M{r}>=G{r},\"ok\",\"\")")      # hidden check column
            if i == "J10":
                sw.put(f"P{r}", "kegiatan DAK", wrap=True)
            AG.add(fname, ws.title, f"C{r}", nm(i, y), i, y, tkey, rkey, ("cell", f"G{r}"), ("cell", f"M{r}"))
            r += 1
        sw.merge(f"A{g0}", f"A{r - 1}", no, h="center", va="top")
        sw.merge(f"B{g0}", f"B{r - 1}", sas, wrap=True, va="top")
    sw.box(9, 1, r - 1, 16)
    ws.column_dimensions["Q"].hidden = True
    sw.put(f"B{r + 1}", "Catatan : kondisi mantap = kondisi baik + sedang (hasil survei RMS semester II).", italic=True)
    sw.put(f"B{r + 2}", "Realisasi 2020 merupakan angka sementara sebelum verifikasi Bidang Bina Marga.", italic=True)
    signature(sw, r + 4, 12, f"{KOTA}, 15 Januari 2021",
              ["Kepala UPTD Pengelolaan Jalan dan", "Jembatan Wilayah II,"], *KEPALA)
    print_setup(ws)


# =========================================================================== 2021: cumulative s.d. TW
def ra2021(wb, fname):
    ws = wb.active
    ws.title = "RA 2021 Kumulatif"
    sw = SW(ws)
    y = 2021
    sw.widths({"A": 5, "B": 42, "C": 9, "D": 11, "M": 11, "N": 22})
    for c in "EFGHIJKL":
        ws.column_dimensions[c].width = 10
    sw.merge("A1", "N1", "RENCANA AKSI DAN REALISASI KUMULATIF PERJANJIAN KINERJA TAHUN 2021", bold=True, h="center")
    sw.merge("A2", "N2", "UPTD PENGELOLAAN JALAN DAN JEMBATAN WILAYAH II PROVINSI TELUK BAHARI", bold=True, h="center")
    sw.put("A4", "Kondisi s.d. : Triwulan IV (Desember 2021)", italic=True)
    for c, t in (("A", "No"), ("B", "Indikator Kinerja"), ("C", "Satuan"), ("D", "Target 2021"),
                 ("M", "Capaian s.d. TW IV (%)"), ("N", "Penanggung Jawab")):
        sw.merge(f"{c}6", f"{c}7", t, bold=True, h="center", va="center", wrap=True)
    sw.merge("E6", "H6", "Target s.d. Triwulan", bold=True, h="center")
    sw.merge("I6", "L6", "Realisasi s.d. Triwulan", bold=True, h="center")
    for k, t in enumerate(("s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV")):
        sw.put(f"{get_column_letter(5 + k)}7", t, bold=True, h="center")
        sw.put(f"{get_column_letter(9 + k)}7", t, bold=True, h="center")
    sw.box(6, 1, 7, 14)

    # (targets s.d. TW, realisasi s.d. TW, format)
    Q = {
        "J01": ([352.0, 354.0, 356.0, 358.0], [349.10, 351.84, 353.90, 355.42], NUM2),
        "J02": ([0.7238, 0.7279, 0.732, 0.736], [0.7178, 0.7234, 0.7277, 0.7308], PCT2),
        "J03": ([44, 43, 42, 40], [46.9, 45.2, 43.7, 41.85], NUM2),
        "J04": ([119, 120, 120, 121], [117, 119, 120, 122], NUM0),
        "J05": ([0.838, 0.845, 0.845, 0.852], [0.8239, 0.838, 0.8451, 0.8592], PCT2),
        "J06": ([3500, 7000, 10500, 14000], [2840, 6115, 10250, 9870], NUM0),   # PLANTED: s.d. TW IV falls
        "J07": ([121.59, 243.18, 364.76, 486.35], [118.40, 241.75, 359.20, 472.10], NUM2),
        "J08": ([17, 35, 52, 70], [16, 34, 52, 71], NUM0),
        "J09": ([2250, 4500, 6750, 9000], [2050, 4380, 6910, 8870], NUM0),
        "J10": ([0, 600, 1200, 1800], ["-", 640, 1280, 1920], NUM0),
        "J11": ([65, 130, 195, 260], [61.5, 128.0, 193.4, 262.0], NUM1),
        "J12": ([3, 7, 11, 15], [2, 6, 9, 13], NUM0),
        "J13": ([92, 92, 92, 92], [92.8, 93.5, 93.9, 94.1], NUM1),
        "J14": (["≤ 7"] * 4, [7.2, 6.9, 6.6, 6.4], NUM1),
        "J15": ([14, 14, 14, 14], [13, 14, 14, 14], NUM0),
        "J16": ([0.85] * 4, [0.8125, 0.875, 0.875, None], PCT1),                 # TW IV left empty
        "J17": (["-", 80, "-", 80], ["-", 79.86, "-", 80.42], NUM2),
        "J18": (["-", "-", "-", "BB"], ["-", "-", "-", "BB"], None),
    }
    groups = [("SASARAN 1 : " + S1, ["J01", "J02", "J03", "J04", "J05"], "Seksi Preservasi Jalan"),
              ("SASARAN 2 : " + S2, ["J06", "J07", "J08", "J09", "J10", "J11", "J12"], "Seksi Pemeliharaan"),
              ("SASARAN 3 : " + S3, ["J13", "J14", "J15", "J16", "J17", "J18"], "Subbag Tata Usaha")]
    r = 8
    no = 0
    first = r
    for gt, ids, pj in groups:
        sw.merge(f"A{r}", f"N{r}", gt, bold=True, fill=GREY)
        r += 1
        for i in ids:
            no += 1
            T, R, fmt = Q[i]
            sw.put(f"A{r}", no, h="center")
            sw.put(f"B{r}", nm(i, y), wrap=True)
            sw.put(f"C{r}", unit(i), h="center")
            t = tg(i, y)
            if i == "J14":
                tkey = wtext(sw, f"D{r}", "≤ 7 hari", 7, h="right")
            elif i == "J18":
                tkey = wtext(sw, f"D{r}", "BB", None, h="center")
            elif fmt and "%" in fmt:
                tkey = wnum(sw, f"D{r}", round(t / 100, 4), fmt)
            else:
                tkey = wnum(sw, f"D{r}", t, fmt if fmt != NUM0 or isinstance(t, int) else NUM2)
            vals = []
            for k in range(4):
                tc, rc = get_column_letter(5 + k), get_column_letter(9 + k)
                if isinstance(T[k], str):
                    sw.put(f"{tc}{r}", T[k], h="right")
                else:
                    sw.put(f"{tc}{r}", T[k], fmt)
                v = R[k]
                if v is None:
                    vals.append(None)
                elif isinstance(v, str):
                    sw.put(f"{rc}{r}", v, h="right")
                    vals.append(None)
                else:
                    vals.append(wnum(sw, f"{rc}{r}", v, fmt))
            rep = [v for v in vals if v is not None]
            rkey = rep[-1] if rep else None
            if i in ("J14", "J18", "J16", "J17"):
                sw.put(f"M{r}", {"J14": 108.57, "J18": "100", "J16": 102.94, "J17": 100.53}[i], NUM2)
            elif neg(i):
                sw.put(f"M{r}", f"=ROUND((2*D{r}-L{r})/D{r}*100,2)", NUM2)
            else:
                sw.put(f"M{r}", f"=ROUND(L{r}/D{r}*100,2)", NUM2)
            sw.put(f"N{r}", pj)
            AG.add(fname, ws.title, f"B{r}", nm(i, y), i, y, tkey, rkey, ("cell", f"D{r}"),
                   ("last", [f"{get_column_letter(9 + k)}{r}" for k in range(4)]))
            r += 1
    sw.box(first, 1, r - 1, 14)
    sw.put(f"B{r + 1}", "Keterangan : s.d. = sampai dengan; angka realisasi merupakan akumulasi sejak Januari 2021.",
           italic=True)
    sw.put(f"B{r + 2}", "Kolom kosong = data belum diterima dari pengamat jalan.", italic=True)
    signature(sw, r + 4, 10, f"{KOTA}, 7 Januari 2022", ["Kepala UPTD PJJ Wilayah II,"], *KEPALA)
    ws.freeze_panes = "C8"
    print_setup(ws)


# =========================================================================== 2023: turned over
def turned2023(wb, fname):
    ws = wb.create_sheet("Capaian 2023")
    sw = SW(ws)
    y = 2023
    sw.widths({"A": 18})
    for k in range(8):
        ws.column_dimensions[get_column_letter(2 + k)].width = 15
    sw.merge("A1", "I1", "CAPAIAN INDIKATOR KINERJA TAHUN 2023", bold=True, h="center")
    sw.merge("A2", "I2", "UPTD PENGELOLAAN JALAN DAN JEMBATAN WILAYAH II - PROVINSI TELUK BAHARI", bold=True, h="center")
    sw.merge("A3", "I3", "(disusun per indikator; satu kolom satu indikator)", italic=True, h="center")

    Q = {   # quarter values, annual kind, target writer, format
        "J01": [367.9, 368.7, 370.2, 371.05], "J02": [0.7565, 0.7581, 0.7612, 0.7629],
        "J04": [124, 125, 126, 128], "J05": [87.32, 88.03, 88.73, 90.14],
        "J06": [3620, 4105, 4380, 4130], "J07": [121.60, 121.55, 121.60, 121.60],
        "J08": [18, 22, 21, 23], "J09b": [3120, 3540, 3610, 3670],
        "J11": [72.4, 78.1, 76.9, 78.4], "J12": [4, 8, 9, 4], "J19": ["-", "-", 10.2, 12.2],
        "J13": [96.4, 97.1, 97.5, 97.8], "J14": [4.3, 4.1, 3.9, 3.8], "J15": [15, 16, 16, 16],
        "J16": ["-", "-", "-", "-"], "J17": ["-", 81.2, "-", 81.73],
    }
    fmts = {"J02": PCT2}
    bands = [(5, [(S1, ["J01", "J02", "J04", "J05"]), (S2, ["J06", "J07", "J08", "J09b"])]),
             (18, [(S2 + " (lanjutan)", ["J11", "J12", "J19"]), (S3, ["J13", "J14", "J15", "J16", "J17"])])]
    labels = ["Indikator Kinerja", "Satuan", "Target 2023", "Realisasi TW I", "Realisasi TW II",
              "Realisasi TW III", "Realisasi TW IV", "Realisasi 2023", "Capaian (%)"]
    for top, sgroups in bands:
        # sasaran header over the indicator columns (group cells, not key)
        col = 2
        for sas, ids in sgroups:
            c1, c2 = get_column_letter(col), get_column_letter(col + len(ids) - 1)
            sw.merge(f"{c1}{top}", f"{c2}{top}", sas, bold=True, wrap=True, h="center", fill=GREY)
            col += len(ids)
        ws.row_dimensions[top].height = 30
        sw.put(f"A{top}", "Sasaran", bold=True, fill=GREY)
        nrow = top + 1
        for k, lab in enumerate(labels):
            sw.put(f"A{nrow + k}", lab, bold=True, fill=YELLOW if lab == "Realisasi 2023" else None)
        ws.row_dimensions[nrow].height = 62
        col = 2
        for sas, ids in sgroups:
            for i in ids:
                c = get_column_letter(col)
                col += 1
                sw.put(f"{c}{nrow}", nm(i, y), wrap=True, h="center", va="center")
                sw.put(f"{c}{nrow + 1}", unit(i), h="center")
                tref = f"{c}{nrow + 2}"
                t = tg(i, y)
                fmt = fmts.get(i, NUM0 if all(isinstance(v, int) for v in Q[i] if not isinstance(v, str)) else NUM2)
                if i == "J14":
                    tkey = wtext(sw, tref, "≤ 4", 4, h="right")
                elif i == "J06":
                    tkey = wtext(sw, tref, "16.000 m²", 16000, h="right")
                elif i == "J02":
                    tkey = wnum(sw, tref, 0.766, PCT1)
                else:
                    tkey = wnum(sw, tref, t, NUM0 if isinstance(t, int) else NUM2)
                q = Q[i]
                for k, v in enumerate(q):
                    ref = f"{c}{nrow + 3 + k}"
                    if isinstance(v, str):
                        sw.put(ref, v, h="right")
                    else:
                        sw.put(ref, v, fmt)
                aref = f"{c}{nrow + 7}"
                rng = f"{c}{nrow + 3}:{c}{nrow + 6}"
                if i == "J06":
                    rkey = wform(sw, aref, f"=SUM({c}{nrow + 3}:{c}{nrow + 5})", sum(q[:3]), NUM0,
                                 fill=YELLOW)                   # PLANTED: SUM stops at TW III
                elif i == "J13":
                    rkey = wnum(sw, aref, 97.8, NUM1, fill=YELLOW)      # typed, equals TW IV
                elif i == "J16":
                    rkey = wtext(sw, aref, "-", None, h="right", fill=YELLOW)
                elif i == "J17":
                    rkey = wtext(sw, aref, "81,73", 81.73, h="right", fill=YELLOW)
                elif kind(i) == "flow":
                    rkey = wform(sw, aref, f"=SUM({rng})", sum(v for v in q if not isinstance(v, str)),
                                 fmt, fill=YELLOW)
                else:
                    rkey = wform(sw, aref, f"={c}{nrow + 6}", q[3], fmt, fill=YELLOW)
                cap = f"{c}{nrow + 8}"
                if i in ("J06", "J14", "J16", "J17"):
                    sw.put(cap, {"J06": 75.66, "J14": 105.0, "J16": "-", "J17": 99.67}[i], NUM2, h="right")
                else:
                    sw.put(cap, f"=ROUND({aref}/{tref}*100,2)", NUM2)
                AG.add(fname, ws.title, f"{c}{nrow}", nm(i, y), i, y, tkey, rkey, ("cell", tref), ("cell", aref))
        sw.box(top, 1, nrow + 8, col - 1)
    sw.put("A29", "Catatan:", bold=True)
    sw.put("A30", "1) Persentase alat berat siap operasi tidak diukur tahun 2023 (alat dalam proses penghapusan).")
    sw.put("A31", "2) Realisasi indikator persentase/rata-rata = posisi triwulan IV.")
    signature(sw, 33, 7, f"{KOTA}, 10 Januari 2024", ["Kepala UPTD PJJ Wilayah II,"], *KEPALA)
    print_setup(ws)


# =========================================================================== 2022: LKjIP table over two sheets
def lkjip_header(sw, top, cont=False):
    ws = sw.ws
    sw.widths({"A": 5, "B": 44, "C": 9, "D": 11, "E": 11, "F": 11, "G": 11, "H": 11, "I": 13, "J": 14})
    for c, t in (("A", "No"), ("B", "Indikator Kinerja"), ("C", "Satuan"),
                 ("I", "Target Akhir Renstra (2024)"), ("J", "Capaian s.d. 2022 thd Target Akhir Renstra (%)")):
        sw.merge(f"{c}{top}", f"{c}{top + 1}", t, bold=True, h="center", va="center", wrap=True)
    sw.merge(f"D{top}", f"E{top}", "Realisasi", bold=True, h="center")
    sw.put(f"D{top + 1}", "2020", bold=True, h="center")
    sw.put(f"E{top + 1}", "2021", bold=True, h="center")
    sw.merge(f"F{top}", f"H{top}", "Tahun 2022", bold=True, h="center")
    for c, t in (("F", "Target"), ("G", "Realisasi"), ("H", "Capaian (%)")):
        sw.put(f"{c}{top + 1}", t, bold=True, h="center")
    for k in range(10):
        sw.put(f"{get_column_letter(1 + k)}{top + 2}", f"({k + 1})", h="center", italic=True)
    sw.box(top, 1, top + 2, 10)
    ws.row_dimensions[top + 1].height = 30


def lkjip2022(wb, fname):
    y = 2022
    V = {   # (real 2020, real 2021, target 2022, realisasi 2022, renstra 2024)
        "J01": (348.76, 355.42, 365.00, 367.18, 380.00),
        "J02": (71.71, 73.08, 75.05, 0.755, 78.1),          # PLANTED: fraction in a plain cell
        "J03": (47.30, 41.85, 35, 33.12, 25),
        "J04": (117, 122, 124, 124, 130),
        "J05": (82.39, 85.92, 87.3, "F:J04", 91.5),           # formula from the bridge count
        "J06": (13184, 9870, 15000, 15406, 17000),
        "J07": (486.35, 472.10, 486.35, 486.35, 486.35),
        "J08": (58, 71, 75, 76, 85),
        "J09b": (9880, 10790, 12000, 12650, 15000),
        "J11": (236.5, 262.0, 280, 281.4, 320),
        "J12": (14, 13, 20, 21, 22),
        "J19": ("-", "-", 18, 17.6, 26),
        "J13": (93.5, 94.1, 95, "F:J12", 95),                 # PLANTED: formula on the wrong row
        "J14": ("-", 6.4, "5 - 7", 5.2, 3),
        "J15": (12, 14, 16, 15, 16),
        "J17": (79.15, 80.42, 81, "82,06", 83),
        "J18": ("B", "BB", "BB", "BB", "A"),
    }
    sheets = [("Tabel 3.2", [(S1, ["J01", "J02", "J03", "J04", "J05"]), (S2, ["J06", "J07", "J08", "J09b"])]),
              ("Tabel 3.2 (lanjutan)", [(S2 + " (lanjutan)", ["J11", "J12", "J19"]),
                                        (S3, ["J13", "J14", "J15", "J17", "J18"])])]
    no = 0
    for si, (title, groups) in enumerate(sheets):
        ws = wb.active if si == 0 else wb.create_sheet(title)
        ws.title = title
        sw = SW(ws)
        if si == 0:
            sw.put("A1", "BAB III  AKUNTABILITAS KINERJA", bold=True, size=12)
            sw.put("A2", "Tabel 3.2  Perbandingan Realisasi dan Capaian Kinerja Tahun 2022 dengan Tahun "
                         "Sebelumnya dan Target Akhir Renstra", bold=True)
            sw.put("A3", "UPTD Pengelolaan Jalan dan Jembatan Wilayah II Provinsi Teluk Bahari", italic=True)
        else:
            sw.put("A1", "Tabel 3.2 (lanjutan)", bold=True)
        top = 5 if si == 0 else 3
        lkjip_header(sw, top)
        r = top + 3
        rows = {}
        first = r
        for sas, ids in groups:
            sw.merge(f"A{r}", f"J{r}", "Sasaran : " + sas, bold=True, fill=GREY)
            r += 1
            for i in ids:
                rows[i] = r
                r += 1
        for sas, ids in groups:
            for i in ids:
                rr = rows[i]
                no += 1
                d, e, f, g, ren = V[i]
                sw.put(f"A{rr}", no, h="center")
                sw.put(f"B{rr}", nm(i, y), wrap=True)
                sw.put(f"C{rr}", unit(i), h="center")
                for c, v in (("D", d), ("E", e)):
                    if isinstance(v, str):
                        sw.put(f"{c}{rr}", v, h="right")
                    else:
                        sw.put(f"{c}{rr}", v, nf(v))
                if i == "J14":
                    tkey = wtext(sw, f"F{rr}", f, 5, h="right")
                elif i == "J18":
                    tkey = wtext(sw, f"F{rr}", f, None, h="center")
                else:
                    tkey = wnum(sw, f"F{rr}", f, nf(f))
                if i == "J05":
                    rkey = wform(sw, f"G{rr}", f"=ROUND(G{rows['J04']}/142*100,2)", 87.32, NUM2)
                elif i == "J13":
                    rkey = wform(sw, f"G{rr}", f"=ROUND(G{rows['J12']}/F{rows['J12']}*100,2)", 105, NUM2)
                elif i == "J17":
                    rkey = wtext(sw, f"G{rr}", g, 82.06, h="right")
                elif i == "J18":
                    rkey = wtext(sw, f"G{rr}", g, None, h="center")
                elif i == "J02":
                    rkey = wnum(sw, f"G{rr}", g, "0.000")
                else:
                    rkey = wnum(sw, f"G{rr}", g, nf(g))
                if i in ("J14", "J17", "J18"):
                    sw.put(f"H{rr}", {"J14": 96.0, "J17": 101.31, "J18": "100"}[i], NUM2, h="right")
                elif neg(i):
                    sw.put(f"H{rr}", f"=ROUND((2*F{rr}-G{rr})/F{rr}*100,2)", NUM2)
                else:
                    sw.put(f"H{rr}", f"=ROUND(G{rr}/F{rr}*100,2)", NUM2)
                if isinstance(ren, str):
                    sw.put(f"I{rr}", ren, h="center")
                    sw.put(f"J{rr}", "-", h="right")
                else:
                    sw.put(f"I{rr}", ren, nf(ren))
                    if i == "J17":
                        sw.put(f"J{rr}", 98.87, NUM2)
                    elif neg(i):
                        sw.put(f"J{rr}", "-", h="right")
                    else:
                        sw.put(f"J{rr}", f"=ROUND(G{rr}/I{rr}*100,2)", NUM2)
                AG.add(fname, ws.title, f"B{rr}", nm(i, y), i, y, tkey, rkey, ("cell", f"F{rr}"), ("cell", f"G{rr}"))
        sw.box(first, 1, r - 1, 10)
        if si == 1:
            sw.put(f"B{r + 1}", "Sumber : hasil survei kondisi jalan (RMS) dan inspeksi jembatan UPTD PJJ Wil. II, "
                                "Desember 2022; diolah.", italic=True)
            sw.put(f"B{r + 2}", "Catatan : capaian indikator negatif dihitung (2 x target - realisasi) / target x 100.",
                   italic=True)
        else:
            sw.put(f"B{r + 1}", "bersambung ke lembar berikutnya ...", italic=True)
        print_setup(ws)
    # hidden sheet with survey data (not key)
    wd = wb.create_sheet("Data Survei")
    sd = SW(wd)
    sd.put("A1", "Ruas")
    sd.put("B1", "Panjang (km)")
    sd.put("C1", "Mantap (km)")
    ruas = [("Tanjung Seruni - Batu Ampar", 62.4, 51.2), ("Batu Ampar - Sungai Lebar", 48.15, 33.9),
            ("Simpang Kelapa - Teluk Dalam", 71.3, 55.64), ("Teluk Dalam - Padang Rimba", 55.8, 41.22)]
    for k, (a, b, c) in enumerate(ruas, 2):
        sd.put(f"A{k}", a)
        sd.put(f"B{k}", b)
        sd.put(f"C{k}", c)
    wd.sheet_state = "hidden"


def main():
    f1 = "UPTD_PJJ_WilayahII_TelukBahari_Renstra_Evaluasi_2020.xls"
    wb = new_book()
    renstra2020(wb, f1)
    save_raw(wb, "jalan_2020.xlsx")
    AG.add_file(f1, "jalan_2020.xlsx", "xls")

    f2 = "UPTD_PJJ_WilayahII_TelukBahari_Kinerja_2021_2023.xlsx"
    wb = new_book()
    ra2021(wb, f2)
    turned2023(wb, f2)
    save_raw(wb, "jalan_2021_2023.xlsx")
    AG.add_file(f2, "jalan_2021_2023.xlsx", "xlsx")

    f3 = "UPTD_PJJ_WilayahII_TelukBahari_LKjIP_2022_Bab3.ods"
    wb = new_book()
    lkjip2022(wb, f3)
    save_raw(wb, "jalan_2022.xlsx")
    AG.add_file(f3, "jalan_2022.xlsx", "ods")
    AG.write()


if __name__ == "__main__":
    main()
