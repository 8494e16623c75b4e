"""UPTD Balai Benih Ikan Lubuk Sirih, Dinas Perikanan Kabupaten Tanjung Seruni (invented), 2020-2023.

2020  LKjIP Tabel 3.1 (.xls): realisasi 2018/2019 columns, merged Sasaran, 3 header rows, text values,
      one indicator typed into the Sasaran column, hidden draft sheet, footnote, signature.
2021  Rencana Aksi with T/R row pairs and quarters across (.ods, sheet 1), a hidden draft row.
2022  Monthly recap Jan..Des without an annual column (.ods, sheet 2); benih split into nila / lele
      with a total row; notes sheet.
2023  "Papan Kinerja": a wall dashboard of cards, three cards side by side (.xlsx); a hidden helper
      sheet feeding one card by a formula; notes sheet.
"""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from lib import (Agency, BAND_FILL, FMT_DEC1, FMT_DEC2, FMT_INT, FMT_PCT0, FMT_PCT1, FMT_RP,
                 HEAD_FILL, merge, put, signature, split_int, text, widths)

A = Agency("uptd_bbi_tanjung_seruni",
           "UPTD Balai Benih Ikan (BBI) Lubuk Sirih, Dinas Perikanan Kabupaten Tanjung Seruni",
           [2020, 2021, 2022, 2023])
A.ambiguous = [["B04", "B04b"]]
A.flow = ["B01", "B01n", "B01l", "B03", "B04", "B04b", "B05", "B08", "B09", "B13", "B14", "B15",
          "B17", "B18", "B21"]
A.level = ["B02", "B06", "B07", "B10", "B11", "B12", "B16", "B19", "B20"]

S1 = "Meningkatnya produksi benih ikan bermutu"
S2 = "Meningkatnya ketersediaan benih dan pakan bagi pembudidaya ikan"
S3 = "Meningkatnya kualitas sarana dan pelayanan UPTD"

KEPALA_OLD = ("DARMAWAN SAPUTRA LUBIS, S.Pi", "Penata Tk. I (III/d)", "NIP. 19780614 200501 1 009")
KEPALA_NEW = ("YULIANI SIREGAR, S.Pi., M.Si", "Pembina (IV/a)", "NIP. 19830322 200902 2 004")


# ---------------------------------------------------------------------------------------- 2020
def y2020():
    fname = "LKjIP_UPTD_BBI_2020.xls"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabel 3.1"
    widths(ws, {"A": 5, "B": 26, "C": 40, "D": 10, "E": 13, "F": 13, "G": 15, "H": 16, "I": 11,
                "J": 15, "K": 13})
    text(ws, "A1", "BAB III  AKUNTABILITAS KINERJA", bold=True)
    text(ws, "A2", "Tabel 3.1", bold=True)
    text(ws, "A3", "Capaian Kinerja UPTD Balai Benih Ikan Lubuk Sirih Tahun 2020", bold=True)
    text(ws, "A4", "Dinas Perikanan Kabupaten Tanjung Seruni")
    h = dict(bold=True, h="center", fill=HEAD_FILL)
    merge(ws, "A6:A7", "No", **h)
    merge(ws, "B6:B7", "Sasaran Strategis", **h)
    merge(ws, "C6:C7", "Indikator Kinerja", **h)
    merge(ws, "D6:D7", "Satuan", **h)
    merge(ws, "E6:F6", "Realisasi Tahun Sebelumnya", **h)
    merge(ws, "G6:I6", "Tahun 2020", **h)
    merge(ws, "J6:K6", "Renstra 2017 - 2021", **h)
    for c, v in zip("EFGHIJK", ["2018", "2019", "Target", "Realisasi", "Capaian (%)",
                                "Target Akhir (2021)", "Capaian s.d. 2020 thd Target Akhir (%)"]):
        put(ws, c + "7", v, **h)
    for i, c in enumerate("ABCDEFGHIJK"):
        put(ws, c + "8", "(%d)" % (i + 1), h="center", italic=True)

    # id, name, unit, r2018, r2019, target(cell, key), real(cell, key), renstra, capaian typed?
    S = [
        (S1, [
            ("B01", "Jumlah benih ikan yang diproduksi", "ekor", 5420000, 5980300,
             (65000000, 65000000), (6312450, 6312450), 7000000),       # 10x target as typed
            ("B02", "Jumlah induk unggul yang dipelihara", "ekor", 980, 1105,
             (1200, 1200), ("1.185*)", 1185), 1400),
            ("B03", "Jumlah induk unggul baru yang diadakan", "ekor", 150, 180,
             (200, 200), (200, 200), 250),
            ("B06", "Tingkat kelangsungan hidup (SR) benih", "%", "76,4 %", "78,9 %",
             ("80 %", 80), ("82,5 %", 82.5), "85 %"),
            ("B09", "Jumlah calon induk yang dihasilkan", "ekor", 300, 410,
             (500, 500), (430, 430), 600),
            ("B10", "Persentase benih yang memenuhi standar SNI", "%", 85, 88.5,
             (90, 90), (91.2, 91.2), 92),
        ]),
        (S2, [
            ("B04", "Jumlah benih yang disalurkan kepada pembudidaya ikan", "ekor", 3100000,
             3500000, (4000000, 4000000), (3875000, 3875000), 4500000),
            ("B05", "Jumlah pokdakan penerima benih ", "kelompok", 35, 41, (45, 45), (48, 48), 60),
            ("B07", "Persentase penggunaan pakan mandiri", "%", 18, 22.5, (30, 30), (27.5, 27.5),
             40),
            ("B08", "Jumlah pakan mandiri yang diproduksi", "kg", "8.200 kg", "9.850 kg",
             ("12.000 kg", 12000), ("11.450 kg", 11450), "16.000 kg"),
            ("B13", "Jumlah pembudidaya yang dibina", "orang", 95, 110, (120, 120), (135, 135), 160),
            ("B14", "Jumlah paket teknologi pembenihan yang diterapkan", "paket", 2, 2, (3, 3),
             (3, 3), 4),
        ]),
        (S3, [
            ("B11", "Persentase kolam produksi yang berfungsi baik", "%", 70, 75, (85, 85), (80, 80),
             90),
            ("B12", "Luas kolam yang dimanfaatkan untuk produksi", "m²", 7600, 7900, (8400, 8400),
             (8150, 8150), 8400),
            ("B15", "Pendapatan retribusi penjualan benih", "Rupiah", "Rp 142.300.000",
             "Rp 160.750.000", ("Rp 185.000.000", 185000000), ("Rp 171.450.000", 171450000),
             "Rp 200.000.000"),
            ("B16", "Indeks kepuasan masyarakat (IKM)", "nilai", "76,20", "79,40", (80, 80),
             (82.35, 82.35), 82),
            ("B18", "Jumlah laporan kinerja yang tersusun tepat waktu", "dokumen", 4, 4, (4, 4),
             (4, 4), 4),
            ("B19", "Persentase realisasi anggaran UPTD", "%", 91.2, 94.5, (95, 95),
             (93.42, 93.42), 95),
            ("B20", "Nilai evaluasi SAKIP UPTD", "predikat", "C", "CC", ("B", None), ("B", None),
             "BB"),
        ]),
    ]
    r = 9
    no = 1
    for sas, inds in S:
        first = r
        for (iid, name, unit, r18, r19, (tc, tk), (rc, rk), ren) in inds:
            put(ws, "A%d" % r, no, h="center")
            in_sasaran_col = (iid == "B14")
            if in_sasaran_col:
                # the clerk typed this indicator into the Sasaran column; Indikator left blank
                put(ws, "B%d" % r, name)
                put(ws, "C%d" % r, None)
                name_ref = "B%d" % r
            else:
                put(ws, "C%d" % r, name)
                name_ref = "C%d" % r
            put(ws, "D%d" % r, unit, h="center")
            for c, v in (("E", r18), ("F", r19), ("G", tc), ("H", rc), ("J", ren)):
                fmt = None
                if isinstance(v, float):
                    fmt = FMT_DEC2 if round(v, 1) != v else FMT_DEC1
                elif isinstance(v, int):
                    fmt = FMT_INT
                put(ws, "%s%d" % (c, r), v, fmt=fmt, h="right")
            if isinstance(tc, (int, float)) and isinstance(rc, (int, float)):
                put(ws, "I%d" % r, "=H%d/G%d*100" % (r, r), fmt=FMT_DEC2, h="right")
            elif tk is not None and rk is not None:
                put(ws, "I%d" % r, round(rk / tk * 100, 2), fmt=FMT_DEC2, h="right")
            else:
                put(ws, "I%d" % r, "100", h="right")
            if isinstance(rc, (int, float)) and isinstance(ren, (int, float)):
                put(ws, "K%d" % r, "=H%d/J%d*100" % (r, r), fmt=FMT_DEC2, h="right")
            else:
                put(ws, "K%d" % r, "-", h="center")
            A.key(fname, ws, name_ref, 2020, iid, tk, rk, ("cell", ["G%d" % r]),
                  ("cell", ["H%d" % r]))
            r += 1
            no += 1
        last = r - 1
        if S.index((sas, inds)) == 1:
            last = r - 2          # B14 sits in the Sasaran column: the merge stops above it
        merge(ws, "B%d:B%d" % (first, last), sas, v="top")
    text(ws, "A%d" % (r + 1), "Keterangan : *) angka sementara, menunggu stock opname induk "
                              "bulan Desember 2020", italic=True)
    text(ws, "A%d" % (r + 2), "Jumlah Anggaran UPTD Tahun 2020 : Rp. 1.245.600.000,-")
    text(ws, "A%d" % (r + 3), "Jumlah Realisasi Anggaran Tahun 2020 : Rp. 1.163.639.520,- "
                              "(93,42 %)")
    signature(ws, r + 5, "I", "Lubuk Sirih, 15 Januari 2021",
              "Kepala UPTD Balai Benih Ikan Lubuk Sirih", *KEPALA_OLD)

    # hidden sheet with a stale draft (not keyed)
    d = wb.create_sheet("Draft 2020")
    d.sheet_state = "hidden"
    text(d, "A1", "DRAFT - jangan dipakai (angka TW III)")
    put(d, "A3", "Indikator")
    put(d, "B3", "Target")
    put(d, "C3", "Realisasi")
    for i, (n, t, rr) in enumerate([("Jumlah benih ikan yang diproduksi", 6500000, 4120300),
                                    ("Jumlah induk unggul yang dipelihara", 1200, 1150),
                                    ("Jumlah pokdakan penerima benih", 45, 30),
                                    ("Tingkat kelangsungan hidup (SR) benih", 80, 79.1)]):
        put(d, "A%d" % (4 + i), n)
        put(d, "B%d" % (4 + i), t)
        put(d, "C%d" % (4 + i), rr)
    return wb, fname


# ---------------------------------------------------------------------------------------- 2021
def sheet2021(wb, fname):
    ws = wb.active
    ws.title = "Renaksi 2021"
    widths(ws, {"A": 5, "B": 44, "C": 10, "D": 14, "E": 6, "F": 13, "G": 13, "H": 13, "I": 13,
                "J": 26})
    text(ws, "A1", "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2021", bold=True)
    text(ws, "A2", "UPTD BALAI BENIH IKAN LUBUK SIRIH", bold=True)
    text(ws, "A3", "DINAS PERIKANAN KABUPATEN TANJUNG SERUNI")
    h = dict(bold=True, h="center", fill=HEAD_FILL)
    merge(ws, "A5:A6", "No", **h)
    merge(ws, "B5:B6", "Indikator Kinerja", **h)
    merge(ws, "C5:C6", "Satuan", **h)
    merge(ws, "D5:D6", "Target Tahunan 2021", **h)
    merge(ws, "E5:E6", "T/R", **h)
    merge(ws, "F5:I5", "Triwulan", **h)
    for c, v in zip("FGHI", ["I", "II", "III", "IV"]):
        put(ws, c + "6", v, **h)
    merge(ws, "J5:J6", "Keterangan", **h)

    # id, name, unit, target, q-targets, q-realisasi, flow?, note
    D = [
        ("Sasaran 1 : " + S1, [
            ("B01", "Jumlah Produksi Benih Ikan (ekor)", "ekor", 6800000,
             [1500000, 1800000, 1900000, 1600000], [1420500, 1865200, 1774300, 1580000], True, ""),
            ("B02", "Jumlah Induk Unggul yg dipelihara", "ekor", 1250, [1250] * 4,
             [1190, 1215, 1228, 1240], False, "posisi akhir triwulan"),
            ("B03", "Jumlah Induk Unggul Baru", "ekor", 150, [75, "-", 75, "-"],
             [80, "-", 80, "-"], True, ""),
            ("B06", "Tingkat Kelangsungan Hidup Benih / Survival Rate (%)", "%", ("80 - 85", 80), [80] * 4,
             [81.4, 82.0, 83.5, 83.1], False, ""),
            ("B09", "Jumlah Calon Induk yang Dihasilkan", "ekor", 500, [100, 150, 150, 100],
             [95, 160, 150, 110], True, ""),
            ("B10", "Persentase Benih Sesuai SNI", "%", 90, [90] * 4, [89.5, 90.8, 91.6, 92.0],
             False, ""),
        ]),
        ("Sasaran 2 : " + S2, [
            ("B04", "Jumlah benih disalurkan ke pembudidaya", "ekor", 4200000,
             [900000, 1200000, 1200000, 900000], [850300, 1250000, 1105300, 900000], True, ""),
            ("B05", "Jumlah Pokdakan yang menerima bantuan benih", "kelompok", 50,
             [10, 15, 15, 10], [12, 14, 16, 10], True, ""),
            ("B07", "Prosentase Penggunaan Pakan Mandiri", "%", 35, [30, 32, 34, 35],
             [31.0, 33.4, 35.8, 36.2], False, ""),
            # TW III typed 38.500 for 3.850: a 10x quarter, kept as typed
            ("B08", "Jumlah Produksi Pakan Mandiri (kg)", "kg", 14000, [3500] * 4,
             [3420, 3650, 38500, 3400], True, ""),
            ("B13", "Jumlah Pembudidaya Ikan yang Dibina & Dilatih", "orang", 150,
             [30, 45, 45, 30], [28, 47, 43, 30], True, ""),
            ("B14", "Jumlah Paket Teknologi Pembenihan Diterapkan", "paket", 3, ["-", 1, 1, 1],
             ["-", 1, 1, 1], True, ""),
        ]),
        ("Sasaran 3 : " + S3, [
            ("B11", "Persentase Kolam Produksi Berfungsi Baik", "%", 85, [85] * 4,
             [82, 84, 86, 86], False, ""),
            ("B12", "Luas Kolam Produksi yang Dimanfaatkan (m2)", "m2", 8400, [8400] * 4,
             [8150, 8400, 8400, 8400], False, ""),
            ("B15", "Realisasi Pendapatan Retribusi Penjualan Benih (Rp)", "Rp", 190000000,
             [40000000, 55000000, 55000000, 40000000],
             [38250000, 61400000, 57125000, 39500000], True, "disetor ke Kas Daerah"),
            ("B16", "Nilai IKM Pelayanan BBI", "indeks", 80, ["-", 80, "-", 80],
             [None, 81.2, None, 83.05], False, "survei per semester"),
            ("B17", "Jumlah sampel kualitas air yang diuji", "sampel", 48, [12] * 4,
             [12, 12, 12, 12], True, ""),
            ("B18", "Jumlah Laporan Kinerja Tepat Waktu", "dokumen", 4, [1] * 4, [1, 1, 1, 1],
             True, ""),
            ("B19", "Persentase Serapan Anggaran", "%", 95, [20, 45, 70, 95],
             [18.6, 41.3, 68.9, 96.15], False, "kumulatif"),
        ]),
    ]
    r = 7
    no = 1
    for band, inds in D:
        merge(ws, "A%d:J%d" % (r, r), band, bold=True, fill=BAND_FILL)
        r += 1
        for (iid, name, unit, t, qt, qr, flow, note) in inds:
            merge(ws, "A%d:A%d" % (r, r + 1), no, h="center")
            merge(ws, "B%d:B%d" % (r, r + 1), name)
            merge(ws, "C%d:C%d" % (r, r + 1), unit, h="center")
            tc, t = t if isinstance(t, tuple) else (t, t)      # (cell, key) for a range
            merge(ws, "D%d:D%d" % (r, r + 1), tc, fmt=FMT_INT if t >= 1000 else None, h="right")
            put(ws, "E%d" % r, "T", h="center")
            put(ws, "E%d" % (r + 1), "R", h="center")
            for i, c in enumerate("FGHI"):
                for rr, vals in ((r, qt), (r + 1, qr)):
                    v = vals[i]
                    fmt = None
                    if isinstance(v, int) and v >= 1000:
                        fmt = FMT_INT
                    elif isinstance(v, float):
                        fmt = FMT_DEC2 if round(v, 1) != v else FMT_DEC1
                    put(ws, "%s%d" % (c, rr), v, fmt=fmt, h="right" if v != "-" else "center")
            merge(ws, "J%d:J%d" % (r, r + 1), note or None)
            cells = ["%s%d" % (c, r + 1) for c in "FGHI"]
            nums = [v for v in qr if isinstance(v, (int, float))]
            rk = sum(nums) if flow else nums[-1]
            A.key(fname, ws, "B%d" % r, 2021, iid, t, rk, ("cell", ["D%d" % r]),
                  ("sum" if flow else "last", cells))
            r += 2
            no += 1
            if iid == "B12":
                # hidden draft row left inside the table (not keyed)
                put(ws, "B%d" % r, "Luas kolam pendederan (usulan, dibatalkan)")
                put(ws, "C%d" % r, "m2")
                put(ws, "D%d" % r, 2400)
                ws.row_dimensions[r].hidden = True
                r += 1
    signature(ws, r + 2, "H", "Lubuk Sirih, 10 Januari 2022",
              "Kepala UPTD Balai Benih Ikan Lubuk Sirih", *KEPALA_OLD)


# ---------------------------------------------------------------------------------------- 2022
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
W_PROD = [5, 6, 8, 9, 10, 9, 8, 9, 10, 9, 9, 8]


def sheet2022(wb, fname):
    ws = wb.create_sheet("Rekap Bulanan 2022")
    widths(ws, {"A": 46, "B": 10, "C": 13})
    for c in "DEFGHIJKLMNO":
        ws.column_dimensions[c].width = 11
    ws.column_dimensions["P"].width = 22
    text(ws, "A1", "REKAPITULASI REALISASI KINERJA BULANAN TAHUN 2022", bold=True)
    text(ws, "A2", "UPTD BALAI BENIH IKAN LUBUK SIRIH - DINAS PERIKANAN KAB. TANJUNG SERUNI")
    h = dict(bold=True, h="center", fill=HEAD_FILL)
    merge(ws, "A4:A5", "Indikator Kinerja", **h)
    merge(ws, "B4:B5", "Satuan", **h)
    merge(ws, "C4:C5", "Target 2022", **h)
    merge(ws, "D4:O4", "Realisasi per Bulan", **h)
    for i, m in enumerate(MONTHS):
        put(ws, "%s5" % "DEFGHIJKLMNO"[i], m, **h)
    merge(ws, "P4:P5", "Ket.", **h)

    def months(total, w=W_PROD):
        return split_int(total, w)

    def sparse(pairs):
        v = [None] * 12
        for m, x in pairs:
            v[m - 1] = x
        return v

    sr = [83.2, 84.0, 82.6, 85.1, 84.4, 86.0, 85.5, 84.9, 86.3, 85.7, 86.1, 0.87]  # Des typed 0,87
    D = [
        ("I. " + S1.upper(), [
            ("B01n", "1. Jumlah benih ikan nila yang diproduksi", "ekor", 4500000,
             months(4612800), True),
            ("B01l", "2. Jumlah benih ikan lele yang diproduksi", "ekor", 2500000,
             months(2388000, [8, 8, 9, 8, 8, 7, 8, 8, 9, 9, 9, 9]), True),
            ("TOTAL", "Total benih (nila + lele)", "ekor", None, None, None),
            ("B02", "3. Jumlah stok induk unggul (ekor)", "ekor", 1300,
             [1245, 1248, 1251, 1262, 1270, 1275, 1281, 1290, 1298, 1303, 1308, 1312], False),
            ("B03", "4. Pengadaan induk unggul baru (ekor)", "ekor", 150,
             sparse([(3, 50), (7, 60), (10, 40)]), True),
            ("B06", "5. SR benih ikan (%)", "%", 82, sr, False),
            ("B10", "6. Persentase benih yang sesuai SNI (%)", "%", 92,
             [91.0, 91.4, 92.2, 92.0, 92.6, 92.9, 93.1, 92.8, 93.0, 93.4, 93.5, None], False),
        ]),
        ("II. " + S2.upper(), [
            ("B04b", "7. Jumlah benih bantuan yang didistribusikan ke pokdakan", "ekor", 2500000,
             sparse([(2, 300000), (3, 250000), (5, 420000), (6, 380000), (8, 450000),
                     (9, 310000), (11, 530000)]), True),
            ("B05", "8. Jumlah kelompok pembudidaya ikan (pokdakan) penerima benih", "kelompok", 55,
             sparse([(2, 6), (3, 5), (5, 9), (6, 8), (8, 10), (9, 7), (11, 12)]), True),
            ("B07", "9. Persentase pakan mandiri thd total pakan", "%", 40,
             [36.5, 37.0, 37.2, 38.1, 38.4, 38.9, 39.5, 39.8, 40.2, 40.6, 40.8, 41.0], False),
            ("B08", "10. Produksi pakan mandiri (kg)", "kg", 16000,
             months(15870, [9, 9, 10, 10, 11, 11, 10, 10, 9, 9, 9, 9]), True),
            ("B13", "11. Pembudidaya yang dibina dan dilatih (orang)", "orang", 150,
             sparse([(2, 25), (4, 30), (6, 22), (8, 35), (10, 28), (11, 22)]), True),
            ("B14", "12. Penerapan paket teknologi pembenihan (paket)", "paket", 4,
             sparse([(4, 1), (6, 1), (8, 1), (11, 1)]), True),
        ]),
        ("III. " + S3.upper(), [
            ("B11", "13. Persentase kolam yg berfungsi dg baik", "%", 90,
             [86, 86, 86, 87, 87, 87, 88, 88, 88, 88, 88, 88], False),
            ("B15", "14. Retribusi penjualan benih (Rp)", "Rp", 200000000,
             months(188640000, [7, 8, 9, 8, 9, 8, 8, 9, 9, 8, 8, 9]), True),
            ("B16", "15. Indeks Kepuasan Masyarakat", "indeks", 82,
             sparse([(6, 82.9), (12, 84.1)]), False),
            ("B17", "16. Jumlah uji kualitas air kolam (sampel)", "sampel", 48,
             [4, 4, 6, 4, 4, 4, 4, 4, 6, 4, 4, 4], True),
            ("B18", "17. Laporan kinerja disusun tepat waktu (dok)", "dok", 4,
             sparse([(3, 1), (6, 1), (9, 1), (12, 1)]), True),
            ("B19", "18. Persentase serapan anggaran UPTD (%)", "%", 95,
             [3.1, 8.9, 17.5, 25.2, 33.0, 44.6, 52.3, 60.1, 68.8, 76.4, 85.0, 94.8], False),
        ]),
    ]
    r = 6
    nila = lele = None
    for band, inds in D:
        merge(ws, "A%d:P%d" % (r, r), band, bold=True, fill=BAND_FILL)
        r += 1
        for (iid, name, unit, t, vals, flow) in inds:
            if iid == "TOTAL":
                put(ws, "A%d" % r, name, italic=True)
                put(ws, "B%d" % r, unit, h="center")
                put(ws, "C%d" % r, "=C%d+C%d" % (r - 2, r - 1), fmt=FMT_INT, italic=True)
                for c in "DEFGHIJKLMNO":
                    put(ws, "%s%d" % (c, r), "=%s%d+%s%d" % (c, r - 2, c, r - 1), fmt=FMT_INT,
                        italic=True)
                r += 1
                continue
            put(ws, "A%d" % r, name)
            put(ws, "B%d" % r, unit, h="center")
            put(ws, "C%d" % r, t, fmt=FMT_INT if t >= 1000 else None)
            for i, c in enumerate("DEFGHIJKLMNO"):
                v = vals[i]
                fmt = None
                if isinstance(v, int) and v >= 1000:
                    fmt = FMT_INT
                elif isinstance(v, float):
                    fmt = FMT_DEC1 if round(v, 1) == v else FMT_DEC2
                put(ws, "%s%d" % (c, r), v, fmt=fmt, h="right")
            note = {"B06": "Des: hasil sampling", "B10": "Des belum diuji",
                    "B16": "survei semester"}.get(iid)
            put(ws, "P%d" % r, note)
            nums = [v for v in vals if isinstance(v, (int, float))]
            rk = sum(nums) if flow else nums[-1]
            cells = ["%s%d" % (c, r) for c in "DEFGHIJKLMNO"]
            A.key(fname, ws, "A%d" % r, 2022, iid, t, rk, ("cell", ["C%d" % r]),
                  ("sum" if flow else "last", cells))
            r += 1
    text(ws, "A%d" % (r + 1), "Sumber: buku produksi harian dan laporan bulanan UPTD", italic=True)
    signature(ws, r + 3, "L", "Lubuk Sirih, 9 Januari 2023",
              "Kepala UPTD Balai Benih Ikan Lubuk Sirih", *KEPALA_NEW)

    n = wb.create_sheet("Catatan")
    ws_n = n
    widths(ws_n, {"A": 110})
    for i, line in enumerate([
        "Catatan penyusunan:",
        "1. Lembar 'Renaksi 2021' memuat target (T) dan realisasi (R) per triwulan tahun 2021.",
        "2. Mulai 2022 produksi benih dicatat per komoditas (nila dan lele) sesuai arahan Dinas.",
        "3. Benih yang didistribusikan tahun 2022 hanya benih bantuan pemerintah kepada pokdakan;",
        "   penjualan benih ke pembudidaya perorangan dicatat pada retribusi.",
        "4. Indikator calon induk dan luas kolam tidak lagi diukur pada tahun 2022.",
    ]):
        text(ws_n, "A%d" % (i + 1), line, bold=(i == 0))


# ---------------------------------------------------------------------------------------- 2023
def y2023():
    fname = "Papan_Kinerja_UPTD_BBI_2023.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Papan Kinerja 2023"
    for c in "ABCDEFGHIJKLM":
        ws.column_dimensions[c].width = 13
    for c in "AEIM":
        ws.column_dimensions[c].width = 3
    text(ws, "B1", "PAPAN KINERJA UPTD BALAI BENIH IKAN LUBUK SIRIH", bold=True, size=14)
    text(ws, "B2", "Capaian Perjanjian Kinerja Tahun 2023 (kondisi 31 Desember 2023)")
    text(ws, "B3", "Dinas Perikanan Kabupaten Tanjung Seruni")

    # hidden helper sheet: production per commodity
    o = wb.create_sheet("olah")
    o.sheet_state = "hidden"
    put(o, "A4", "Komoditas")
    put(o, "C4", "Produksi 2023 (ekor)")
    for i, (k, v) in enumerate([("Nila", 4820500), ("Lele", 2393800), ("Mas", 312400)]):
        put(o, "A%d" % (5 + i), k)
        put(o, "C%d" % (5 + i), v, fmt=FMT_INT)
    put(o, "A8", "Jumlah")
    put(o, "C8", "=SUM(C5:C7)", fmt=FMT_INT)

    # id, name, unit, target (cell, key, fmt), realisasi (cell, key, fmt)
    D = [
        ("SASARAN 1 : " + S1.upper(), [
            # wrong formula: adds nila + lele only, the Mas row is left out
            ("B01", "Produksi benih ikan seluruh komoditas", "ekor", (7500000, 7500000, FMT_INT),
             ("=olah!C5+olah!C6", 4820500 + 2393800, FMT_INT)),
            ("B02", "Induk unggul yang dipelihara (total)", "ekor", (1350, 1350, FMT_INT),
             (1338, 1338, FMT_INT)),
            ("B03", "Induk unggul baru yang diadakan", "ekor", (100, 100, None), (120, 120, None)),
            ("B06", "Tingkat kelangsungan hidup (Survival Rate) benih ikan", "%",
             (0.82, 82, FMT_PCT0), (0.846, 84.6, FMT_PCT1)),
            ("B09", "Calon induk dihasilkan (ekor)", "ekor", (600, 600, None), (560, 560, None)),
            ("B10", "Persentase benih memenuhi SNI", "%", (92, 92, None), (94.1, 94.1, FMT_DEC1)),
            ("B21", "Jumlah strain ikan unggul yang dikembangkan", "strain", (1, 1, None),
             (1, 1, None)),
        ]),
        ("SASARAN 2 : " + S2.upper(), [
            ("B04b", "Benih bantuan didistribusikan kepada Pokdakan", "ekor",
             (2800000, 2800000, FMT_INT), (2915000, 2915000, FMT_INT)),
            ("B05", "Pokdakan penerima benih (kelompok)", "kelompok", (60, 60, None),
             (61, 61, None)),
            ("B07", "Persentase Penggunaan Pakan Mandiri (%)", "%", (45, 45, None),
             (43.8, 43.8, FMT_DEC1)),
            ("B08", "Jumlah pakan mandiri yg diproduksi", "kg", (18000, 18000, FMT_INT),
             (18240, 18240, FMT_INT)),
            ("B13", "Jumlah pembudidaya ikan dibina/dilatih", "orang", (160, 160, None),
             (171, 171, None)),
            ("B14", "Jumlah paket teknologi yang diterapkan", "paket", (4, 4, None), (4, 4, None)),
        ]),
        ("SASARAN 3 : " + S3.upper(), [
            ("B11", "Kolam produksi dalam kondisi berfungsi baik (%)", "%", (90, 90, None),
             (92.5, 92.5, FMT_DEC1)),
            ("B15", "Pendapatan retribusi daerah dari penjualan benih", "Rupiah",
             (210000000, 210000000, FMT_RP), (214380500, 214380500, FMT_RP)),
            ("B16", "Nilai Indeks Kepuasan Masyarakat (IKM)", "indeks", ("≥ 82", 82, None),
             (85.27, 85.27, FMT_DEC2)),
            ("B17", "Pengujian kualitas air (sampel)", "sampel", (60, 60, None), (60, 60, None)),
            ("B18", "Jumlah dokumen laporan kinerja tepat waktu", "dokumen", (4, 4, None),
             (4, 4, None)),
            ("B19", "Persentase realisasi/serapan anggaran", "%", (95, 95, None),
             (97.06, 97.06, FMT_DEC2)),
            ("B20", "Predikat SAKIP", "predikat", ("BB", None, None), ("B", None, None)),
        ]),
    ]
    starts = ["B", "F", "J"]
    r = 5
    for band, cards in D:
        merge(ws, "B%d:L%d" % (r, r), band, bold=True, fill=BAND_FILL, h="center")
        r += 2
        for k in range(0, len(cards), 3):
            ws.row_dimensions[r].height = 32
            for j, card in enumerate(cards[k:k + 3]):
                iid, name, unit, (tc, tk, tf), (rc, rk, rf) = card
                c0 = starts[j]
                c1 = chr(ord(c0) + 1)
                c2 = chr(ord(c0) + 2)
                merge(ws, "%s%d:%s%d" % (c0, r, c2, r), name, bold=True, h="center",
                      fill=HEAD_FILL)
                put(ws, "%s%d" % (c0, r + 1), "Satuan")
                merge(ws, "%s%d:%s%d" % (c1, r + 1, c2, r + 1), unit, h="center")
                put(ws, "%s%d" % (c0, r + 2), "Target")
                merge(ws, "%s%d:%s%d" % (c1, r + 2, c2, r + 2), tc, fmt=tf, h="right")
                put(ws, "%s%d" % (c0, r + 3), "Realisasi")
                merge(ws, "%s%d:%s%d" % (c1, r + 3, c2, r + 3), rc, fmt=rf, h="right")
                put(ws, "%s%d" % (c0, r + 4), "Capaian")
                if tk is not None and isinstance(tc, (int, float)):
                    cap = "=IFERROR(%s%d/%s%d*100,\"-\")" % (c1, r + 3, c1, r + 2)
                elif tk is not None:
                    cap = round(rk / tk * 100, 2)
                else:
                    cap = "sesuai"
                merge(ws, "%s%d:%s%d" % (c1, r + 4, c2, r + 4), cap, fmt=FMT_DEC2, h="right")
                A.key(fname, ws, "%s%d" % (c0, r), 2023, iid, tk, rk,
                      ("cell", ["%s%d" % (c1, r + 2)]), ("cell", ["%s%d" % (c1, r + 3)]),
                      with_col=True)
            r += 6
    text(ws, "B%d" % r, "Capaian = Realisasi / Target x 100. Data: laporan bulanan UPTD "
                        "Januari - Desember 2023.", italic=True)
    signature(ws, r + 2, "J", "Lubuk Sirih, 12 Januari 2024",
              "Kepala UPTD Balai Benih Ikan Lubuk Sirih", *KEPALA_NEW)

    n = wb.create_sheet("Catatan")
    n.column_dimensions["A"].width = 100
    for i, line in enumerate([
        "Catatan papan kinerja 2023",
        "- Produksi benih mencakup nila, lele dan mas (komoditas baru 2023).",
        "- Distribusi benih yang dilaporkan adalah benih bantuan kepada Pokdakan.",
        "- Strain unggul: nila merah 'Seruni-1' mulai dikembangkan 2023.",
        "- Luas kolam tidak lagi menjadi indikator sejak 2022.",
    ]):
        text(n, "A%d" % (i + 1), line, bold=(i == 0))
    return wb, fname


def main():
    wb, f = y2020()
    A.save_book(wb, f)
    wb = Workbook()
    f = "Renaksi_Rekap_UPTD_BBI_2021_2022.ods"
    sheet2021(wb, f)
    sheet2022(wb, f)
    A.save_book(wb, f)
    wb, f = y2023()
    A.save_book(wb, f)
    A.finish()


if __name__ == "__main__":
    main()
