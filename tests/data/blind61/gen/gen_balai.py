"""Agency 3: UPTD Balai Benih Tanaman Pangan dan Hortikultura Provinsi Nusa Kencana, 2019-2022.

Files
  CAPAIAN_IKU_UPTD_BALAI_BENIH_TPH_2019.xlsx          2019 table turned over (indicators across),
                                                       printed in two bands, PK Awal / Perubahan
  RENCANA_AKSI_PK_BALAI_BENIH_TPH_2020.ods            2020 Rencana Aksi in blocks of five lines
                                                       (Target Tahunan + TW 1..4), no annual column
  LAPORAN_SEMESTER_BALAI_BENIH_TPH_2021.xls           2021 semester report, T/R row pairs, commodity
                                                       sub-items ("- Padi") under group rows
  MONEV_TRIWULAN_BALAI_BENIH_TPH_2022.xlsx            2022 cumulative "s.d. TW" columns fed by
                                                       hidden per-quarter columns
"""
import os

import openpyxl

from common import landscape, F, G, N, P, RAW, T, Recorder, merge, put, signature, widths

SLUG = "uptd_balai_benih_tph_prov_nusa_kencana"
AGENCY = "UPTD Balai Benih Tanaman Pangan dan Hortikultura Provinsi Nusa Kencana"
YEARS = [2019, 2020, 2021, 2022]
FLOW = ["B01", "B02", "B03", "B04", "B05", "B07", "B11", "B12", "B15", "B16", "B18", "B20"]
AMBIG = [["B10", "B10b"]]

F19 = "CAPAIAN_IKU_UPTD_BALAI_BENIH_TPH_2019.xlsx"
F20 = "RENCANA_AKSI_PK_BALAI_BENIH_TPH_2020.ods"
F21 = "LAPORAN_SEMESTER_BALAI_BENIH_TPH_2021.xls"
F22 = "MONEV_TRIWULAN_BALAI_BENIH_TPH_2022.xlsx"

KEPALA = ("Ir. I GUSTI NGURAH ARYA WIBAWA, M.P.", "Pembina (IV/a)",
          "NIP. 19690822 199703 1 004")
KEPALA22 = ("Dr. NI KADEK SRI LESTARI, S.P., M.Si", "Pembina (IV/a)",
            "NIP. 19790503 200501 2 011")
RP = '"Rp "#,##0'


# --------------------------------------------------------------------------- 2019
def sheet_2019(rec):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKU 2019"
    sh = ws.title
    widths(ws, {"A": 24})
    for c in "BCDEFGHIJ":
        ws.column_dimensions[c].width = 17
    merge(ws, "A1:J1", "CAPAIAN INDIKATOR KINERJA UTAMA (IKU) TAHUN 2019", bold=True,
          border=False, h="center", size=11)
    merge(ws, "A2:J2", "UPTD BALAI BENIH TANAMAN PANGAN DAN HORTIKULTURA PROVINSI NUSA KENCANA",
          bold=True, border=False, h="center", size=11)
    labels = ["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target PK Awal",
              "Target PK Perubahan", "Realisasi", "Capaian (%)"]
    bands = [
        (5, [
            ("Meningkatnya produksi benih/bibit unggul bermutu", [
                ("B01", "Produksi Benih Padi", "ton", 120, N(120), T("114,6 ton", 114.6), None),
                ("B02", "Produksi Benih Jagung", "ton", 40, N(40), N(37.2, "0.0"), None),
                ("B03", "Produksi Benih Kedelai", "ton", 20, N(15), N(9.8, "0.0"), None),
                ("B04", "Produksi Bibit Buah-buahan (batang)", "batang", 15000, N(15000),
                 T("14.250 btg", 14250), 95.0),
                ("B05", "Jumlah benih yang lulus sertifikasi", "ton", 150, N(150),
                 N(141.3, "0.0"), None),
                ("B06", "Persentase benih yang lulus sertifikasi", "%", P(90), P(90), P(92.4),
                 None),
            ]),
            ("Meningkatnya ketersediaan dan distribusi benih bagi petani", [
                ("B07", "Jumlah benih yang didistribusikan ke petani", "ton", 140, N(140),
                 N(133.5, "0.0"), None),
                ("B10", "Persentase ketersediaan benih unggul bermutu", "%", P(70), P(70),
                 P(68.5), None),
                ("B11", "Jumlah kelompok tani penerima benih", "kelompok", 110, N(1200), N(118),
                 None),
            ]),
        ]),
        (14, [
            ("Meningkatnya produktivitas dan pemanfaatan aset balai", [
                ("B08", "Produktivitas Lahan Balai Benih Padi (ton/ha)", "ton/ha", 5.8,
                 N(5.8, "0.00"), N(5.62, "0.00"), None),
                ("B09", "Luas lahan balai yang dimanfaatkan", "ha", 48, N(48), N(45.5, "0.0"),
                 None),
                ("B13", "Jumlah Pohon Induk\nTunggal (PIT) yang dipelihara", "pohon", 250,
                 N(250), N(246), None),
                ("B17", "Persentase sarana dan prasarana balai dalam kondisi baik", "%", 80,
                 N(80), N(78), None),
            ]),
            ("Meningkatnya kinerja pelayanan dan akuntabilitas UPTD", [
                ("B16", "Pendapatan Asli Daerah dari penjualan benih", "Rupiah",
                 "Rp 1.250.000.000", T("Rp 1.100.000.000", 1100000000),
                 T("Rp 1.187.640.000", 1187640000), 107.97),
                ("B18", "Jumlah petugas dan penangkar benih yang dilatih", "orang", 40, N(40),
                 N(45), None),
                ("B19", "Nilai SAKIP UPTD", "predikat", "B", T("B", None), T("B", None), 100),
            ]),
        ]),
    ]
    for (top, groups) in bands:
        for i, lab in enumerate(labels):
            put(ws, "A%d" % (top + i), lab, bold=True, h="left")
        colno = 2
        for sas, items in groups:
            c0 = colno
            for (sid, name, unit, awal, perub, real, cap) in items:
                cl = openpyxl.utils.get_column_letter(colno)
                put(ws, "%s%d" % (cl, top + 1), name, bold=True, h="center")
                put(ws, "%s%d" % (cl, top + 2), unit, h="center")
                if hasattr(awal, "cell"):
                    put(ws, "%s%d" % (cl, top + 3), awal)
                else:
                    put(ws, "%s%d" % (cl, top + 3), awal, h="right", fmt="General")
                put(ws, "%s%d" % (cl, top + 4), perub)
                put(ws, "%s%d" % (cl, top + 5), real)
                if cap is None:
                    put(ws, "%s%d" % (cl, top + 6), "=IFERROR({0}{1}/{0}{2}*100,\"-\")".format(
                        cl, top + 5, top + 4), fmt="0.00")
                else:
                    put(ws, "%s%d" % (cl, top + 6), cap, fmt="0.00", h="right")
                rec.add(F19, sh, "%s%d" % (cl, top + 1), 2019, sid, name,
                        ("one", [("%s%d" % (cl, top + 4), perub)]),
                        ("one", [("%s%d" % (cl, top + 5), real)]), with_col=True)
                colno += 1
            c1 = colno - 1
            rng = "%s%d:%s%d" % (openpyxl.utils.get_column_letter(c0), top,
                                 openpyxl.utils.get_column_letter(c1), top)
            if c1 > c0:
                merge(ws, rng, sas, bold=True, h="center")
            else:
                put(ws, rng.split(":")[0], sas, bold=True, h="center")
        ws.row_dimensions[top + 1].height = 48
    put(ws, "A22", "Catatan: Target PK Perubahan sesuai DPPA tanggal 14 Oktober 2019.",
        border=False, wrap=False, h="left", italic=True)
    put(ws, "A23", "Realisasi PAD belum termasuk penjualan bibit bulan Desember yang disetor "
        "Januari 2020.", border=False, wrap=False, h="left", italic=True)
    signature(ws, 25, "G", "Mataraya, 31 Desember 2019",
              ["Kepala UPTD Balai Benih Tanaman Pangan", "dan Hortikultura,"], *KEPALA)
    landscape(wb)
    wb.save(os.path.join(RAW, F19))
    rec.files.append(F19)


# --------------------------------------------------------------------------- 2020
def sheet_2020(rec):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RA PK 2020"
    sh = ws.title
    widths(ws, {"A": 5, "B": 26, "C": 34, "D": 16, "E": 16, "F": 17, "G": 9, "H": 22})
    merge(ws, "A1:H1", "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", bold=True,
          border=False, h="center", size=11)
    merge(ws, "A2:H2", "UPTD BALAI BENIH TANAMAN PANGAN DAN HORTIKULTURA PROVINSI NUSA KENCANA",
          bold=True, border=False, h="center", size=11)
    merge(ws, "A3:H3", "TAHUN ANGGARAN 2020", bold=True, border=False, h="center", size=11)
    merge(ws, "A5:A6", "No", bold=True, h="center")
    merge(ws, "B5:B6", "SASARAN STRATEGIS", bold=True, h="center")
    merge(ws, "C5:C6", "INDIKATOR SASARAN", bold=True, h="center")
    merge(ws, "D5:G5", "KRITERIA KEBERHASILAN SASARAN (TARGET TAHUNAN & TRIWULAN)", bold=True,
          h="center")
    put(ws, "D6", "Periode", bold=True, h="center")
    put(ws, "E6", "TARGET", bold=True, h="center")
    put(ws, "F6", "REALISASI KINERJA", bold=True, h="center")
    put(ws, "G6", "%", bold=True, h="center")
    merge(ws, "H5:H6", "PENANGGUNG JAWAB", bold=True, h="center")
    for i, c in enumerate("ABCDEFGH"):
        put(ws, "%s7" % c, i + 1, h="center", italic=True)

    def q(lst, fmt="0.0"):
        out = []
        for x in lst:
            if x is None or hasattr(x, "cell"):
                out.append(x)
            elif x == "-":
                out.append(T("-", None))
            elif isinstance(x, int):
                out.append(N(x))
            else:
                out.append(N(x, fmt))
        return out

    ksp = "Kasi Produksi dan Sertifikasi"
    ksd = "Kasi Distribusi dan Pelayanan"
    ktu = "Kasubag Tata Usaha"
    groups = [
        ("Meningkatnya produksi benih/bibit unggul bermutu", [
            ("B01", "Jumlah produksi benih padi (ton)", N(125), ["-", 60, "-", 65],
             q(["-", T("58,4 ton", 58.4), "-", T("63,9 ton", 63.9)]), ksp),
            ("B02", "Jumlah produksi benih jagung (ton)", N(42), [10, 12, 10, 10],
             q([9.5, 11.8, 10.2, 9.9]), ksp),
            ("B03", "Jumlah produksi benih kedelai (ton)", N(15), ["-", 7, 8, "-"],
             q(["-", 5.1, 6.2, "-"]), ksp),
            ("B04", "Jumlah bibit buah-buahan yang diproduksi", T("16.000 batang", 16000),
             [4000] * 4, q([3850, 4120, 4010, 3900]), ksp),
            ("B05", "Jumlah Benih Lulus Uji Sertifikasi (ton)", N(160), [20, 60, 20, 60],
             q([18.5, 57.9, 21.0, 56.2]), ksp),
            ("B06", "Prosentase Benih Lulus Uji Sertifikasi", N(92), [92] * 4,
             q([91.2, 92.4, 93.5, G(0.93)]), ksp),
            ("B12", "Jumlah varietas yang dikembangkan", N(6), ["-", 3, "-", 3],
             q(["-", 3, "-", 3]), ksp),
        ]),
        ("Meningkatnya ketersediaan dan distribusi benih bagi petani", [
            ("B07", "Benih yg didistribusikan kpd kelompok tani (ton)", N(150), [25, 50, 25, 50],
             q([22.4, 51.3, 27.8, None]), ksd),
            ("B10", "Persentase Ketersediaan Benih Unggul Bermutu", N(72), [72] * 4,
             q([66.0, 69.2, 71.5, 72.8]), ksd),
            ("B11", "Jumlah Poktan Penerima Benih (kelompok)", N(125), [25, 40, 25, 35],
             q([21, 44, 27, 31]), ksd),
        ]),
        ("Meningkatnya produktivitas dan pemanfaatan aset balai", [
            ("B08", "Produktivitas padi di lahan BBI", N(6.0, "0.0"), ["-", 6.0, "-", 6.0],
             q(["-", 5.7, "-", 6.05], "0.00"), ksp),
            ("B09", "Luas Lahan Produksi yang Dimanfaatkan (Ha)", N(48), [48] * 4,
             q([40, 44, 42.5, 41]), ktu),
            ("B13", "Jumlah pohon induk yang dipelihara (pohon)", N(260), [260] * 4,
             q([252, 255, 258, 258]), ksp),
            ("B17", "Persentase Sarpras Balai Kondisi Baik", N(82), [80, 80, 82, 82],
             q([79, 80, 81, 81.5]), ktu),
        ]),
        ("Meningkatnya kinerja pelayanan dan akuntabilitas UPTD", [
            ("B14", "Indeks Kepuasan Masyarakat ", N(76), ["-", "-", "-", 76],
             q(["-", "-", "-", 77.35], "0.00"), ksd),
            ("B16", "PAD penjualan benih & bibit (Rp)", T("Rp 1.300.000.000", 1300000000),
             ["Rp 250.000.000", "Rp 400.000.000", "Rp 300.000.000", "Rp 350.000.000"],
             [N(215400000, RP), N(412800000, RP), N(298650000, RP), N(355100000, RP)], ktu),
            ("B18", "Jumlah penangkar benih yang dilatih (orang)", N(40), ["-", 20, 20, "-"],
             q(["-", 22, 19, "-"]), ksd),
        ]),
    ]
    labs = ["Target Tahunan :", "TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :"]
    r = 8
    no = 1
    for sas, items in groups:
        start = r
        for (sid, name, t, qts, qrs, pj) in items:
            for k in range(5):
                put(ws, "D%d" % (r + k), labs[k], h="left")
            put(ws, "E%d" % r, t)
            put(ws, "F%d" % r, None)
            put(ws, "G%d" % r, None)
            cells = []
            for k in range(4):
                rr = r + 1 + k
                qt = qts[k]
                put(ws, "E%d" % rr, qt, h="right", fmt="General" if not isinstance(qt, str)
                    else None)
                v = qrs[k]
                put(ws, "F%d" % rr, v)
                cells.append(("F%d" % rr, v))
                if v is not None and not isinstance(v.cell, str) and not isinstance(qt, str) \
                        and sid not in ("B06",):
                    put(ws, "G%d" % rr, "=IF(F{0}/E{0}>1,100,F{0}/E{0}*100)".format(rr),
                        fmt="0")
                elif v is not None and isinstance(v.cell, str) and v.cell != "-":
                    put(ws, "G%d" % rr, "97%", h="right")
                elif sid == "B06" and v is not None:
                    put(ws, "G%d" % rr, "=IF(F{0}/E{0}>1,100,F{0}/E{0}*100)".format(rr), fmt="0")
                else:
                    put(ws, "G%d" % rr, "-" if v is not None else None, h="center")
            merge(ws, "A%d:A%d" % (r, r + 4), "%d." % no, h="center", v="top")
            merge(ws, "C%d:C%d" % (r, r + 4), name, h="left", v="top")
            merge(ws, "H%d:H%d" % (r, r + 4), pj, h="left", v="top")
            agg = "sum" if sid in FLOW else "last"
            rec.add(F20, sh, "C%d" % r, 2020, sid, name, ("one", [("E%d" % r, t)]), (agg, cells))
            no += 1
            r += 5
        merge(ws, "B%d:B%d" % (start, r - 1), sas, h="left", v="top")
    r += 1
    put(ws, "C%d" % r, "Keterangan: % kinerja dibatasi maksimal 100; distribusi TW 4 belum "
        "direkap.", border=False, wrap=False, h="left", italic=True)
    signature(ws, r + 2, "F", "Mataraya, 31 Desember 2020",
              ["Kepala UPTD Balai Benih TPH", "Provinsi Nusa Kencana,"], *KEPALA)
    wd = wb.create_sheet("Sheet1")
    put(wd, "A1", "konsep RA 2020 (lama)", border=False)
    put(wd, "A2", "Jumlah produksi benih padi")
    put(wd, "B2", 120)
    put(wd, "A3", "Jumlah produksi benih jagung")
    put(wd, "B3", 40)
    wd.sheet_state = "hidden"
    landscape(wb)
    wb.save(os.path.join(RAW, F20.replace(".ods", ".xlsx")))
    rec.files.append(F20)


# --------------------------------------------------------------------------- 2021
def sheet_2021(rec):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Capaian Smt 2021"
    sh = ws.title
    widths(ws, {"A": 6, "B": 44, "C": 6, "D": 10, "E": 18, "F": 17, "G": 17, "H": 26})
    merge(ws, "A1:H1", "LAPORAN CAPAIAN KINERJA SEMESTER I DAN II TAHUN 2021", bold=True,
          border=False, h="center", size=11)
    merge(ws, "A2:H2", "UPTD BALAI BENIH TANAMAN PANGAN DAN HORTIKULTURA", bold=True,
          border=False, h="center", size=11)
    merge(ws, "A3:H3", "DINAS PERTANIAN PROVINSI NUSA KENCANA", bold=True, border=False,
          h="center", size=11)
    merge(ws, "A5:A6", "No", bold=True, h="center")
    merge(ws, "B5:B6", "Indikator Kinerja", bold=True, h="center")
    merge(ws, "C5:C6", "T/R", bold=True, h="center")
    merge(ws, "D5:D6", "Satuan", bold=True, h="center")
    merge(ws, "E5:E6", "Target Tahun 2021", bold=True, h="center")
    merge(ws, "F5:G5", "Semester", bold=True, h="center")
    put(ws, "F6", "I", bold=True, h="center")
    put(ws, "G6", "II", bold=True, h="center")
    merge(ws, "H5:H6", "Keterangan", bold=True, h="center")
    for i, c in enumerate("ABCDEFGH"):
        put(ws, "%s7" % c, "(%d)" % (i + 1), h="center", italic=True)

    def v(x, fmt="0.0"):
        if x is None or hasattr(x, "cell"):
            return x
        if x == "-":
            return T("-", None)
        return N(x) if isinstance(x, int) else N(x, fmt)

    entries = [
        ("grp", "1.", "Produksi benih sumber tanaman pangan :"),
        ("B01", "a.", "- Padi", "ton", N(130), [60, 70], [T("61,2", 61.2), T("66,5", 66.5)], ""),
        ("B02", "b.", "- Jagung", "ton", N(45), [20, 25], [19.4, 24.1], ""),
        ("B03", "c.", "- Kedelai", "ton", N(12), [6, 6], [4.8, 5.5], "gagal panen MT II"),
        ("hid", "d.", "- Kacang tanah", "ton", N(3), [1, 2], [0.8, 1.1], "draft"),
        ("grp", "2.", "Produksi benih/bibit hortikultura :"),
        ("B04", "a.", "- Bibit buah-buahan (batang)", "batang", N(17000), [8000, 9000],
         [8150, 8420], ""),
        ("B15", "b.", "- Benih sayuran (kg)", "kg", N(350), [150, 200], [142.5, 188], ""),
        ("B05", "3.", "Benih bersertifikat yang dihasilkan (ton)", "ton", N(170), [80, 90],
         [78.3, 86.1], ""),
        ("B06", "4.", "Persentase benih bersertifikat", "%", T("90-95 %", 90), [90, 95],
         [91.5, 93.2], ""),
        ("B07", "5.", "Jumlah Distribusi Benih (ton)", "ton", N(160), [70, 90], [68.9, 87.6], ""),
        ("B10b", "6.", "Persentase pemenuhan kebutuhan benih bersertifikat petani", "%", N(60),
         [55, 60], [55.2, 61.0], ""),
        ("B11", "7.", "Kelompok tani yang menerima benih", "kelompok", N(130), [60, 70], [58, 69],
         ""),
        ("B12", "8.", "Jumlah Varietas/Kultivar yang Dikembangkan", "varietas", N(7), [3, 4],
         [3, 3], ""),
        ("B08", "9.", "Produktivitas lahan BBI (ton/Ha)", "ton/ha", N(6.0, "0.0"), [5.8, 6.0],
         [5.9, 6.1], ""),
        ("B09", "10.", "Luas lahan yg dimanfaatkan (ha)", "ha", N(50), [48, 50], [46, 48.5], ""),
        ("B13", "11.", "Pohon Induk Tunggal & Pohon Induk Terpilih yang dipelihara", "pohon",
         N(280), [280, 280], [271, 276], ""),
        ("B17", "12.", "Persentase sarana & prasarana dalam kondisi baik", "%", N(85), [85, 85],
         [82, 83.5], ""),
        ("B14", "13.", "IKM layanan penjualan benih", "nilai", N(78), ["-", 78], [None, 78.9],
         "survei semester II"),
        ("B16", "14.", "Penerimaan retribusi penjualan produksi usaha daerah (Rp)", "Rp",
         T("Rp 1.350.000.000", 1350000000), ["Rp 600.000.000", "Rp 750.000.000"],
         [T("Rp 612.400.000", 612400000), T("Rp 745.900.000", 745900000)], ""),
        ("B18", "15.", "Penangkar/petugas yg mengikuti pelatihan (orang)", "orang", N(45),
         [25, 20], [25, 23], ""),
    ]
    r = 8
    for e in entries:
        if e[0] == "grp":
            put(ws, "A%d" % r, e[1], h="center", bold=True)
            put(ws, "B%d" % r, e[2], h="left", bold=True)
            for c in "CDEFGH":
                put(ws, "%s%d" % (c, r), None)
            r += 1
            continue
        sid, no, name, unit, t, st, sr, ket = e
        put(ws, "C%d" % r, "T", h="center")
        put(ws, "C%d" % (r + 1), "R", h="center")
        put(ws, "E%d" % r, t)
        put(ws, "E%d" % (r + 1), None)
        cells = []
        for k in range(2):
            col_ = "FG"[k]
            x = st[k]
            put(ws, "%s%d" % (col_, r), x, h="right", fmt="General" if not isinstance(x, str)
                else None)
            rv = v(sr[k])
            put(ws, "%s%d" % (col_, r + 1), rv)
            cells.append(("%s%d" % (col_, r + 1), rv))
        merge(ws, "A%d:A%d" % (r, r + 1), no, h="center", v="top")
        merge(ws, "B%d:B%d" % (r, r + 1), name, h="left", v="top")
        merge(ws, "D%d:D%d" % (r, r + 1), unit, h="center", v="top")
        merge(ws, "H%d:H%d" % (r, r + 1), ket, h="left", v="top")
        if sid == "hid":
            ws.row_dimensions[r].hidden = True
            ws.row_dimensions[r + 1].hidden = True
        else:
            agg = "sum" if sid in FLOW else "last"
            rec.add(F21, sh, "B%d" % r, 2021, sid, name, ("one", [("E%d" % r, t)]), (agg, cells))
        r += 2
    r += 1
    put(ws, "B%d" % r, "T = Target, R = Realisasi. Realisasi semester tidak kumulatif untuk "
        "indikator jumlah.", border=False, wrap=False, h="left", italic=True)
    signature(ws, r + 2, "E", "Mataraya, 7 Januari 2022",
              ["Kepala UPTD Balai Benih TPH,"], *KEPALA)
    landscape(wb)
    wb.save(os.path.join(RAW, F21.replace(".xls", ".xlsx")))
    rec.files.append(F21)


# --------------------------------------------------------------------------- 2022
def sheet_2022(rec):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Monev s.d. TW IV 2022"
    sh = ws.title
    widths(ws, {"A": 5, "B": 26, "C": 40, "D": 10, "E": 17, "F": 14, "G": 14, "H": 14, "I": 15,
                "J": 11, "K": 22})
    merge(ws, "A1:K1", "MONITORING DAN EVALUASI CAPAIAN KINERJA TRIWULANAN TAHUN 2022", bold=True,
          border=False, h="center", size=11)
    merge(ws, "A2:K2", "UPTD BALAI BENIH TANAMAN PANGAN DAN HORTIKULTURA PROVINSI NUSA KENCANA",
          bold=True, border=False, h="center", size=11)
    merge(ws, "A3:K3", "Posisi s.d. Triwulan IV", border=False, h="center", italic=True)
    merge(ws, "A5:A6", "No", bold=True, h="center")
    merge(ws, "B5:B6", "Sasaran", bold=True, h="center")
    merge(ws, "C5:C6", "Indikator Kinerja", bold=True, h="center")
    merge(ws, "D5:D6", "Satuan", bold=True, h="center")
    merge(ws, "E5:E6", "Target 2022", bold=True, h="center")
    merge(ws, "F5:I5", "Realisasi Kumulatif", bold=True, h="center")
    for c, t in zip("FGHI", ["TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"]):
        put(ws, "%s6" % c, t, bold=True, h="center")
    merge(ws, "J5:J6", "Capaian s.d. TW IV (%)", bold=True, h="center")
    merge(ws, "K5:K6", "Keterangan", bold=True, h="center")
    merge(ws, "M5:P5", "Realisasi per triwulan (bantu)", bold=True, h="center")
    for c, t in zip("MNOP", ["TW I", "TW II", "TW III", "TW IV"]):
        put(ws, "%s6" % c, t, bold=True, h="center")
    for i, c in enumerate("ABCDEFGHIJK"):
        put(ws, "%s7" % c, i + 1, h="center", italic=True)

    # (id, name, unit, target V, quarter helper values, kind, fmt)
    # kind: flow | level | flowwrong | typed (cumulative typed over) ; fmt for the figures
    groups = [
        ("Meningkatnya produksi benih/bibit unggul bermutu", [
            ("B01", "Produksi benih sumber padi (ton)", "ton", N(135), [0, 68.2, 0, 64.7],
             "flow", "0.0"),
            ("B02", "Produksi benih sumber jagung (ton)", "ton", N(45), [10.5, 12.2, 11.0, 10.8],
             "flowwrong", "0.0"),
            ("B04", "Produksi Bibit Buah (btg)", "batang", N(18000), [4200, 4650, 4400, 4380],
             "flow", "#,##0"),
            ("B15", "Produksi benih sayuran (kg)", "kg", N(400), [85, 110, 98, 102], "flow",
             "#,##0"),
            ("B05", "Jumlah benih bersertifikat (ton)", "ton", N(175), [22, 64.5, 25.3, 58.8],
             "flow", "0.0"),
            ("B06", "Persentase Benih Lulus Sertifikasi (%)", "%", P(93),
             [92.1, 93.0, 93.8, 94.1], "levelpct", "0.00%"),
            ("B12", "Varietas yg dikembangkan (varietas)", "varietas", N(8), [2, 2, 2, 1],
             "flow", "0"),
            ("B20", "Jumlah demplot varietas unggul (unit)", "unit", N(6), [0, 3, 3, None],
             "flow", "0"),
        ]),
        ("Meningkatnya ketersediaan dan distribusi benih", [
            ("B07", "Jumlah benih terdistribusi ke kelompok tani", "ton", N(165),
             [31.2, 70.5, 128.4, 121.0], "typed", "0.0"),
            ("B10b", "Persentase Pemenuhan Kebutuhan Benih Bersertifikat", "%", N(62),
             [58.0, 60.2, 62.4, 63.5], "level", "0.0"),
            ("B11", "Jumlah kelompok tani penerima benih bersertifikat", "kelompok", N(135),
             [30, 38, 32, 37], "flow", "0"),
        ]),
        ("Meningkatnya produktivitas dan pemanfaatan aset balai", [
            ("B08", "Produktivitas Lahan Produksi Benih", "ton/ha", N(6.2, "0.0"),
             [None, 6.1, None, 6.3], "levelcarry", "0.0"),
            ("B09", "Luas pemanfaatan lahan balai benih", "ha", N(50), [47, 49, 49, 49], "level",
             "0.0"),
            ("B13", "Jumlah PIT/PIMT dipelihara (pohon)", "pohon", N(290), [285, 288, 290, 289],
             "level", "0"),
        ]),
        ("Meningkatnya kualitas pelayanan dan tata kelola UPTD", [
            ("B14", "Nilai Indeks Kepuasan Masyarakat (IKM)", "nilai", N(80),
             [None, None, None, 81.4], "level", "0.00"),
            ("B16", "Pendapatan dari Penjualan Benih (Rp)", "Rupiah",
             T("Rp 1.400.000.000", 1400000000), [298500000, 402700000, 331250000, 389900000],
             "flow", RP),
            ("B18", "Jumlah penangkar benih yang dibina dan dilatih", "orang", N(50),
             [0, 25, 28, 0], "flow", "0"),
        ]),
    ]
    r = 8
    no = 1
    for sas, items in groups:
        start = r
        for (sid, name, unit, t, qv, kind, fmt) in items:
            put(ws, "A%d" % r, no, h="center")
            put(ws, "C%d" % r, name, h="left")
            put(ws, "D%d" % r, unit, h="center")
            put(ws, "E%d" % r, t)
            cum = []
            if kind == "typed":
                for k in range(4):
                    cum.append(N(qv[k], fmt))
            else:
                hv = []
                for k in range(4):
                    x = qv[k]
                    if x is None:
                        hv.append(None)
                        put(ws, "%s%d" % ("MNOP"[k], r), None)
                        continue
                    if kind == "levelpct":
                        hvv = P(x, fmt)
                    else:
                        hvv = N(x, fmt)
                    hv.append(hvv)
                    put(ws, "%s%d" % ("MNOP"[k], r), hvv)
                for k in range(4):
                    qc = "MNOP"[k]
                    if kind in ("flow", "flowwrong"):
                        if hv[k] is None:
                            cum.append(None)
                            continue
                        last_col = qc
                        if kind == "flowwrong" and k == 3:
                            last_col = "O"
                            val = sum(h.key for h in hv[:3])
                        else:
                            val = sum(h.key for h in hv[:k + 1] if h is not None)
                        if k == 0:
                            cum.append(F("=M%d" % r, hv[0].key, fmt))
                        else:
                            cum.append(F("=SUM($M{0}:{1}{0})".format(r, last_col),
                                         round(val, 6), fmt))
                    elif kind in ("level", "levelpct"):
                        if hv[k] is None:
                            cum.append(None)
                        else:
                            cum.append(F("=%s%d" % (qc, r), hv[k].key, fmt))
                    elif kind == "levelcarry":
                        if hv[k] is not None:
                            cum.append(F("=%s%d" % (qc, r), hv[k].key, fmt))
                        elif k > 0 and cum[k - 1] is not None:
                            prev = "FGHI"[k - 1]
                            cum.append(F("=%s%d" % (prev, r), cum[k - 1].key, fmt))
                        else:
                            cum.append(None)
            cells = []
            for k in range(4):
                put(ws, "%s%d" % ("FGHI"[k], r), cum[k])
                cells.append(("%s%d" % ("FGHI"[k], r), cum[k]))
            lastc = [c for c, vv in zip("FGHI", cum) if vv is not None][-1]
            if isinstance(t.cell, str):
                put(ws, "J%d" % r, 101.6, fmt="0.00", h="right")
            else:
                put(ws, "J%d" % r, "=%s%d/E%d*100" % (lastc, r, r), fmt="0.00")
            ket = {"B20": "TW IV belum dilaporkan", "B07": "koreksi data distribusi TW IV",
                   "B14": "survei TW IV"}.get(sid, "")
            put(ws, "K%d" % r, ket, h="left")
            rec.add(F22, sh, "C%d" % r, 2022, sid, name, ("one", [("E%d" % r, t)]),
                    ("last", cells))
            no += 1
            r += 1
        merge(ws, "B%d:B%d" % (start, r - 1), sas, h="left", v="top")
    # the SAKIP grade typed into the Sasaran column
    name = "Predikat SAKIP UPTD Balai Benih"
    put(ws, "A%d" % r, no, h="center")
    put(ws, "B%d" % r, name, h="left")
    put(ws, "C%d" % r, None)
    put(ws, "D%d" % r, "predikat", h="center")
    t = T("BB", None)
    put(ws, "E%d" % r, t)
    cum = [T("-", None), T("-", None), T("-", None), T("BB", None)]
    cells = []
    for k in range(4):
        put(ws, "%s%d" % ("FGHI"[k], r), cum[k])
        cells.append(("%s%d" % ("FGHI"[k], r), cum[k]))
    put(ws, "J%d" % r, 100, fmt="0.00", h="right")
    put(ws, "K%d" % r, "hasil evaluasi Inspektorat", h="left")
    rec.add(F22, sh, "B%d" % r, 2022, "B19", name, ("one", [("E%d" % r, t)]), ("last", cells))
    for c in "MNOP":
        ws.column_dimensions[c].hidden = True
    r += 2
    put(ws, "C%d" % r, "Catatan: kolom kumulatif dihitung dari kolom bantu per triwulan "
        "(disembunyikan).", border=False, wrap=False, h="left", italic=True)
    signature(ws, r + 2, "H", "Mataraya, 13 Januari 2023",
              ["Kepala UPTD Balai Benih Tanaman Pangan", "dan Hortikultura,"], *KEPALA22)
    ws.freeze_panes = "D8"
    wn = wb.create_sheet("Catatan")
    for i, t_ in enumerate([
            "Catatan monev 2022:",
            "- Produksi padi hanya pada musim tanam I (TW II) dan II (TW IV).",
            "- Distribusi TW IV dikoreksi karena retur benih kedaluwarsa 7,4 ton.",
            "- Demplot TW IV belum dilaporkan kebun percontohan Ampenan Utara.",
            "- Benih kedelai tidak diproduksi tahun 2022 (lahan dialihkan ke jagung)."]):
        put(wn, "A%d" % (i + 1), t_, border=False, wrap=False, h="left")
    landscape(wb)
    wb.save(os.path.join(RAW, F22))
    rec.files.append(F22)


def build():
    rec = Recorder(SLUG, AGENCY, YEARS, AMBIG, FLOW)
    sheet_2019(rec)
    sheet_2020(rec)
    sheet_2021(rec)
    sheet_2022(rec)
    return rec


if __name__ == "__main__":
    build().write()
