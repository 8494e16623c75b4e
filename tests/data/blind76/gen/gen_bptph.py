"""UPTD Balai Proteksi Tanaman Pangan dan Hortikultura (BPTPH) Provinsi Teluk Anggrek (invented),
Dinas Tanaman Pangan dan Hortikultura, 2019-2022.

2019  Renstra matrix 2019-2024 with six years of targets, kondisi awal / akhir, realisasi and capaian
      2019 (.xls); an Arah (+/-) column; a wrapped name continued on the next row; a range target.
2020  Recap per kabupaten/kota (wilayah kerja LPHP) with a provincial Jumlah column, split over two
      sheets "Rekap 2020 (1)" and "(2)", names in capitals (.xlsx).
2021  Rencana Aksi with cumulative "s.d. TW" target and realisasi columns (.ods), notes sheet.
2022  PK with Target PK Awal and PK Perubahan, Polaritas column, three header rows, "a)" numbering,
      hidden draft rows, hidden archive sheet, footnotes (.xlsx).
"""
from openpyxl import Workbook

from lib import (Agency, BAND_FILL, FMT_DEC1, FMT_DEC2, FMT_INT, FMT_PCT0, FMT_PCT1, HEAD_FILL,
                 merge, put, signature, text, widths)

A = Agency("uptd_bptph_teluk_anggrek",
           "UPTD Balai Proteksi Tanaman Pangan dan Hortikultura (BPTPH), Dinas Tanaman Pangan dan "
           "Hortikultura Provinsi Teluk Anggrek",
           [2019, 2020, 2021, 2022])
A.ambiguous = [["P01", "P01b"]]
A.flow = ["P01", "P01b", "P02", "P04", "P05", "P06", "P08", "P09", "P10", "P11", "P13", "P16",
          "P17", "P18", "P19"]
A.level = ["P03", "P07", "P12", "P14", "P15", "P20", "P21"]
NEGATIVE = {"P01", "P01b", "P02", "P03", "P18"}

S1 = "Terkendalinya serangan OPT dan dampak perubahan iklim (DPI)"
S2 = "Meningkatnya kualitas pengamatan dan peramalan OPT"
S3 = "Meningkatnya penerapan Pengendalian Hama Terpadu (PHT) oleh petani"
S4 = "Meningkatnya kualitas layanan dan akuntabilitas UPTD"

KEPALA_OLD = ("Ir. SUPARMAN HASIBUAN, M.P.", "Pembina Tk. I (IV/b)", "NIP. 19681120 199403 1 004")
KEPALA_NEW = ("ERNA WIDYASTUTI, S.P., M.Sc.", "Pembina (IV/a)", "NIP. 19790507 200312 2 002")
PLACE = "Bandar Anggrek"
KABS = ["Kab. Sungai Meranti", "Kab. Padang Lalang", "Kab. Bukit Kemuning", "Kab. Muara Selasih",
        "Kota Bandar Anggrek"]


def numfmt(v):
    if isinstance(v, float):
        return FMT_DEC2 if round(v, 1) != v else FMT_DEC1
    if isinstance(v, int) and abs(v) >= 1000:
        return FMT_INT
    return None


# ---------------------------------------------------------------------------------------- 2019
def y2019():
    fname = "Matriks_Renstra_BPTPH_Capaian_2019.xls"
    wb = Workbook()
    ws = wb.active
    ws.title = "Matriks Renstra"
    widths(ws, {"A": 5, "B": 24, "C": 42, "D": 10, "E": 7, "F": 11, "M": 12, "N": 12, "O": 11,
                "P": 18})
    for c in "GHIJKL":
        ws.column_dimensions[c].width = 10
    text(ws, "A1", "MATRIKS RENCANA STRATEGIS (RENSTRA) 2019 - 2024 DAN CAPAIAN KINERJA TAHUN 2019",
         bold=True)
    text(ws, "A2", "UPTD BALAI PROTEKSI TANAMAN PANGAN DAN HORTIKULTURA", bold=True)
    text(ws, "A3", "DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI TELUK ANGGREK")
    h = dict(bold=True, h="center", fill=HEAD_FILL)
    merge(ws, "A5:A6", "No", **h)
    merge(ws, "B5:B6", "Sasaran", **h)
    merge(ws, "C5:C6", "Indikator Kinerja", **h)
    merge(ws, "D5:D6", "Satuan", **h)
    merge(ws, "E5:E6", "Arah (+/-)", **h)
    merge(ws, "F5:F6", "Kondisi Awal (2018)", **h)
    merge(ws, "G5:L5", "Target Kinerja Tahun", **h)
    for c, y in zip("GHIJKL", range(2019, 2025)):
        put(ws, "%s6" % c, str(y), **h)
    merge(ws, "M5:M6", "Kondisi Akhir Renstra (2024)", **h)
    merge(ws, "N5:O5", "Tahun 2019", **h)
    put(ws, "N6", "Realisasi", **h)
    put(ws, "O6", "Capaian (%)", **h)
    merge(ws, "P5:P6", "Ket.", **h)
    for i, c in enumerate("ABCDEFGHIJKLMNOP"):
        put(ws, "%s7" % c, "(%d)" % (i + 1), h="center", italic=True)

    # id, name, unit, arah, kondisi awal, [targets 2019..2024] (2019 may be (cell,key)),
    # realisasi (cell,key), continuation text
    G = [
        (S1, [
            ("P01", "Luas serangan OPT utama padi", "ha", "(-)", 4820,
             [("≤ 4.500", 4500), 4300, 4100, 3900, 3700, 3500], (3870, 3870), None),
            ("P02", "Luas serangan OPT hortikultura", "ha", "(-)", 905,
             [850, 820, 800, 780, 760, 740], (910, 910), None),
            ("P03", "Persentase luas serangan OPT terhadap luas tanam", "%", "(-)", 2.7,
             [2.5, 2.4, 2.3, 2.2, 2.1, 2.0], (2.14, 2.14), None),
            ("P18", "Luas areal terkena dampak perubahan iklim", "ha", "(-)", 1620,
             [1500, 1400, 1400, 1300, 1250, 1200], (1320, 1320), "(banjir & kekeringan)"),
            ("P04", "Luas areal yang dikendalikan melalui gerakan pengendalian", "ha", "(+)",
             2850, [3000, 3200, 3300, 3400, 3500, 3600], (3245, 3245), None),
            ("P05", "Jumlah gerakan pengendalian OPT", "kali", "(+)", 55,
             [60, 65, 70, 72, 75, 78], (72, 72), None),
            # range target -> lower bound; realisasi typed as a fraction in a plain cell
            ("P15", "Persentase produksi yang diselamatkan dari serangan OPT", "%", "(+)", 94.5,
             [("95 - 97", 95), 95, 95, 96, 96, 97], (0.964, 0.964), None),
        ]),
        (S2, [
            ("P06", "Jumlah laporan pengamatan OPT", "laporan", "(+)", 1150,
             [1200, 1250, 1300, 1300, 1350, 1400], (1248, 1248), None),
            ("P07", "Jumlah kecamatan yang diamati POPT", "kecamatan", "(+)", 82,
             [85, 85, 85, 85, 85, 85], (85, 85), None),
            ("P19", "Jumlah rekomendasi pengendalian OPT yang diterbitkan", "dokumen", "(+)", 10,
             [12, 12, 16, 16, 16, 16], (12, 12), None),
        ]),
        (S3, [
            ("P08", "Jumlah agens hayati yang diproduksi", "liter", "(+)", "4.200 liter",
             [("5.000 liter", 5000), 6000, 6500, 7000, 7500, 8000], ("5.420 liter", 5420), None),
            ("P09", "Jumlah agens hayati yang disalurkan ke petani", "liter", "(+)", 3900,
             [4500, 5500, 6000, 6500, 7000, 7500], (4910, 4910), None),
            ("P10", "Jumlah petani peserta SL-PHT", "orang", "(+)", 725,
             [750, 600, 700, 800, 800, 800], (750, 750), None),
            ("P11", "Jumlah unit SL-PHT yang dilaksanakan", "unit", "(+)", 29,
             [30, 24, 28, 32, 32, 32], (30, 30), None),
            ("P12", "Jumlah klinik PHT yang aktif", "unit", "(+)", 16,
             [18, 20, 22, 24, 26, 28], (17, 17), None),
            ("P13", "Jumlah klinik PHT baru yang dibentuk", "unit", "(+)", 2,
             [2, 2, 2, 2, 2, 2], (2, 2), None),
            ("P14", "Jumlah Pos Pelayanan Agens Hayati (PPAH) yang dibina", "unit", "(+)", 38,
             [40, 42, 45, 48, 50, 52], (40, 40), None),
            ("P17", "Jumlah petugas POPT yang dilatih", "orang", "(+)", 45,
             [60, 60, 60, 70, 70, 70], (58, 58), None),
        ]),
        (S4, [
            ("P20", "Indeks Kepuasan Masyarakat", "nilai", "(+)", 72.8,
             [75, 76, 78, 80, 82, 84], (78.4, 78.4), None),
            ("P21", "Persentase realisasi anggaran", "%", "(+)", 90.2,
             [95, 95, 95, 95, 95, 95], (91.7, 91.7), None),
        ]),
    ]
    r = 8
    no = 1
    for sas, inds in G:
        first = r
        for (iid, name, unit, arah, ka, tg, (rc, rk), cont) in inds:
            put(ws, "A%d" % r, no, h="center")
            put(ws, "C%d" % r, name)
            put(ws, "D%d" % r, unit, h="center")
            put(ws, "E%d" % r, arah, h="center")
            put(ws, "F%d" % r, ka, fmt=numfmt(ka), h="right")
            for c, t in zip("GHIJKL", tg):
                v = t[0] if isinstance(t, tuple) else t
                put(ws, "%s%d" % (c, r), v, fmt=numfmt(v), h="right")
            put(ws, "M%d" % r, "=L%d" % r, fmt=numfmt(tg[-1]), h="right")
            put(ws, "N%d" % r, rc, fmt=numfmt(rc) if rc != 0.964 else "0.000", h="right")
            tk = tg[0][1] if isinstance(tg[0], tuple) else tg[0]
            if isinstance(tg[0], tuple) or isinstance(rc, str):
                cap = round((2 * tk - rk) / tk * 100 if arah == "(-)" else rk / tk * 100, 2)
            elif arah == "(-)":
                cap = "=(2*G%d-N%d)/G%d*100" % (r, r, r)
            else:
                cap = "=N%d/G%d*100" % (r, r)
            put(ws, "O%d" % r, cap, fmt=FMT_DEC2, h="right")
            put(ws, "P%d" % r, {"P01": "padi sawah & ladang", "P15": "hasil ubinan"}.get(iid))
            A.key(fname, ws, "C%d" % r, 2019, iid, tk, rk, ("cell", ["G%d" % r]),
                  ("cell", ["N%d" % r]))
            r += 1
            no += 1
            if cont:
                # the clerk wrapped the name by typing its end into the next row
                put(ws, "A%d" % r, None)
                put(ws, "C%d" % r, cont)
                for c in "DEFGHIJKLMNOP":
                    put(ws, "%s%d" % (c, r), None)
                r += 1
        merge(ws, "B%d:B%d" % (first, r - 1), sas, v="top")
    text(ws, "A%d" % (r + 1), "Arah (-) : indikator negatif, capaian = (2 x target - realisasi) / "
                              "target x 100", italic=True)
    text(ws, "A%d" % (r + 2), "Pagu Anggaran UPTD Tahun 2019 : Rp. 3.482.150.000,-  Realisasi : "
                              "Rp. 3.193.131.550,-", italic=False)
    signature(ws, r + 4, "M", PLACE + ", 17 Januari 2020", "Kepala UPTD BPTPH", *KEPALA_OLD)
    return wb, fname


# ---------------------------------------------------------------------------------------- 2020
def y2020():
    fname = "Rekap_Kinerja_BPTPH_per_Kabupaten_2020.xlsx"
    wb = Workbook()
    # id, name, unit, target, kab values, jumlah mode, jumlah key
    #   mode: "sum" | "sum4" (Kota left out) | "avg" | typed number
    P1 = [
        ("P01", "LUAS SERANGAN OPT UTAMA PADI (HA)", "ha", 4300, [1240, 985, 1104, 712, 71],
         "sum"),
        ("P02", "LUAS SERANGAN OPT HORTIKULTURA (HA)", "ha", 820, [210, 185, 248, 97, 55], "sum"),
        ("P03", "PROSENTASE LUAS SERANGAN OPT THD LUAS TANAM", "%", 2.4,
         [2.35, 1.98, 2.41, 1.62, 1.89], "avg"),
        ("P18", "LUAS AREAL TERKENA DPI (HA)", "ha", 1400, [520, 410, 395, 288, 42], "sum"),
        ("P04", "LUAS GERAKAN PENGENDALIAN OPT (HA)", "ha", 3200, [980, 815, 842, 611, 70],
         "sum"),
        ("P05", "JUMLAH GERAKAN PENGENDALIAN (KALI)", "kali", 65, [19, 16, 17, 12, 4], "sum4"),
        ("P15", "PERSENTASE PRODUKSI YANG DISELAMATKAN", "%", 95,
         [96.2, 97.4, 96.9, 97.1, 96.4], "avg"),
        ("P06", "JUMLAH LAPORAN PENGAMATAN OPT DAN DPI", "laporan", 1250,
         [288, 276, 264, 240, 194], "sum"),
        ("P07", "JUMLAH KECAMATAN WILAYAH PENGAMATAN", "kecamatan", 85, [22, 19, 20, 16, 8],
         "sum"),
        ("P19", "JUMLAH REKOMENDASI PENGENDALIAN", "dokumen", 12, ["-"] * 5, 12),
    ]
    P2 = [
        ("P16", "JUMLAH SAMPEL RESIDU PESTISIDA YANG DIUJI", "sampel", 120, [30, 28, 26, 24, 20],
         "sum"),
        ("P08", "PRODUKSI AGENS HAYATI (LITER)", "liter", 6000, [1850, 1420, 1380, 1100, 400],
         "sum"),
        # Jumlah typed over: 5.370 although the kabupaten cells add up to 5.730
        ("P09", "PENYALURAN AGENS HAYATI KE PETANI (LITER)", "liter", 5500,
         [1720, 1350, 1290, 1010, 360], 5370),
        ("P10", "JUMLAH PETANI PESERTA SLPHT", "orang", 600, [150, 125, 125, 125, 50], "sum"),
        ("P11", "JUMLAH UNIT SLPHT", "unit", 24, [6, 5, 5, 5, 2], "sum"),
        ("P12", "JUMLAH KLINIK PHT AKTIF", "unit", 20, [5, 4, 5, 4, 2], "sum"),
        ("P13", "JUMLAH KLINIK PHT BARU", "unit", 2, [1, "-", 1, 1, "-"], "sum"),
        ("P14", "JUMLAH PPAH YANG DIBINA", "unit", 42, [11, 9, 10, 9, 3], "sum"),
        ("P17", "JUMLAH POPT YANG DILATIH", "orang", 60, [14, 13, 13, 12, 8], "sum"),
        ("P20", "NILAI IKM", "nilai", 76, [79.6, 80.9, 80.2, 79.4, 80.1], 80.05),
    ]

    def sheet(ws, part, inds, no0):
        widths(ws, {"A": 5, "B": 46, "C": 10, "D": 11, "E": 12, "F": 12, "G": 12, "H": 12,
                    "I": 12, "J": 13, "K": 11})
        text(ws, "A1", "REKAPITULASI CAPAIAN KINERJA UPTD BPTPH TAHUN 2020 (%s)" % part,
             bold=True)
        text(ws, "A2", "MENURUT KABUPATEN/KOTA WILAYAH KERJA LABORATORIUM PENGAMATAN HAMA DAN "
                       "PENYAKIT (LPHP)")
        text(ws, "A3", "DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI TELUK ANGGREK")
        h = dict(bold=True, h="center", fill=HEAD_FILL)
        merge(ws, "A5:A6", "NO", **h)
        merge(ws, "B5:B6", "INDIKATOR KINERJA", **h)
        merge(ws, "C5:C6", "SATUAN", **h)
        merge(ws, "D5:D6", "TARGET 2020", **h)
        merge(ws, "E5:J5", "REALISASI 2020", **h)
        for c, k in zip("EFGHI", KABS):
            put(ws, "%s6" % c, k.upper(), **h)
        put(ws, "J6", "JUMLAH / PROVINSI", **h)
        merge(ws, "K5:K6", "CAPAIAN (%)", **h)
        for i, c in enumerate("ABCDEFGHIJK"):
            put(ws, "%s7" % c, "(%d)" % (i + 1), h="center", italic=True)
        r = 8
        for k, (iid, name, unit, t, kv, mode) in enumerate(inds):
            put(ws, "A%d" % r, no0 + k, h="center")
            put(ws, "B%d" % r, name)
            put(ws, "C%d" % r, unit, h="center")
            put(ws, "D%d" % r, t, fmt=numfmt(t), h="right")
            for c, v in zip("EFGHI", kv):
                put(ws, "%s%d" % (c, r), v, fmt=numfmt(v), h="right" if v != "-" else "center")
            nums = [v for v in kv if isinstance(v, (int, float))]
            if mode == "sum":
                f, val = "=SUM(E%d:I%d)" % (r, r), sum(nums)
            elif mode == "sum4":            # wrong range: the Kota column is left out
                f, val = "=SUM(E%d:H%d)" % (r, r), sum(kv[:4])
            elif mode == "avg":
                f, val = "=AVERAGE(E%d:I%d)" % (r, r), sum(nums) / len(nums)
            else:
                f, val = mode, mode
            put(ws, "J%d" % r, f, fmt=FMT_DEC2 if mode == "avg" else numfmt(val), h="right",
                bold=True)
            if iid in NEGATIVE:
                cap = "=(2*D%d-J%d)/D%d*100" % (r, r, r)
            else:
                cap = "=J%d/D%d*100" % (r, r)
            put(ws, "K%d" % r, cap, fmt=FMT_DEC2, h="right")
            A.key(fname, ws, "B%d" % r, 2020, iid, t, val, ("cell", ["D%d" % r]),
                  ("cell", ["J%d" % r]))
            r += 1
        return r

    ws1 = wb.active
    ws1.title = "Rekap 2020 (1)"
    r = sheet(ws1, "LEMBAR 1", P1, 1)
    text(ws1, "B%d" % (r + 1), "bersambung ke lembar (2) ...", italic=True)
    ws2 = wb.create_sheet("Rekap 2020 (2)")
    r = sheet(ws2, "LEMBAR 2", P2, 11)
    text(ws2, "B%d" % (r + 1), "Catatan: indikator negatif (luas serangan, luas DPI): capaian = "
                               "(2 x target - realisasi) / target x 100", italic=True)
    text(ws2, "B%d" % (r + 2), "Nilai IKM provinsi dari survei gabungan, bukan rata-rata "
                               "kabupaten/kota.", italic=True)
    signature(ws2, r + 4, "H", PLACE + ", 15 Januari 2021", "Kepala UPTD BPTPH", *KEPALA_OLD)
    return wb, fname


# ---------------------------------------------------------------------------------------- 2021
def y2021():
    fname = "Renaksi_Kumulatif_BPTPH_2021.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "Renaksi 2021 (kumulatif)"
    widths(ws, {"A": 5, "B": 22, "C": 42, "D": 9, "E": 11, "N": 12, "O": 24})
    for c in "FGHIJKLM":
        ws.column_dimensions[c].width = 10
    text(ws, "A1", "RENCANA AKSI DAN REALISASI KINERJA KUMULATIF TAHUN 2021", bold=True)
    text(ws, "A2", "UPTD BALAI PROTEKSI TANAMAN PANGAN DAN HORTIKULTURA PROVINSI TELUK ANGGREK",
         bold=True)
    text(ws, "A3", "Posisi : Triwulan IV (31 Desember 2021)")
    h = dict(bold=True, h="center", fill=HEAD_FILL)
    merge(ws, "A5:A6", "No", **h)
    merge(ws, "B5:B6", "Sasaran Strategis", **h)
    merge(ws, "C5:C6", "Indikator Kinerja", **h)
    merge(ws, "D5:D6", "Satuan", **h)
    merge(ws, "E5:E6", "Target Tahun 2021", **h)
    merge(ws, "F5:I5", "Target Kumulatif", **h)
    merge(ws, "J5:M5", "Realisasi Kumulatif", **h)
    for cs in ("FGHI", "JKLM"):
        for c, v in zip(cs, ["s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"]):
            put(ws, "%s6" % c, v, **h)
    merge(ws, "N5:N6", "Capaian s.d. TW Terakhir (%)", **h)
    merge(ws, "O5:O6", "Keterangan", **h)
    # id, name, unit, target (cell,key,fmt), target cum, realisasi cum, fmt for cum, note
    G = [
        (S1, [
            ("P01b", "Luas serangan OPT tanaman pangan (padi, jagung, kedelai)", "ha",
             (5200, 5200, FMT_INT), [1500, 2800, 4100, 5200], [1320, 2690, 3905, 4980], None, ""),
            ("P02", "Luas serangan OPT tanaman hortikultura", "ha", (800, 800, None),
             [200, 400, 600, 800], [185, 372, 571, 760], None, ""),
            ("P03", "Persentase luas serangan OPT terhadap luas pertanaman (%)", "%",
             (2.3, 2.3, FMT_DEC1), [2.3] * 4, [2.05, 2.18, 2.24, 2.21], None, ""),
            ("P18", "Luas lahan terdampak banjir dan kekeringan (ha)", "ha",
             (1400, 1400, FMT_INT), [400, 700, 1100, 1400], [310, 520, 905, 1190], None, ""),
            # cumulative figure that falls at TW IV (3.480 -> 3.412), kept as typed
            ("P04", "Luas areal gerakan pengendalian OPT", "ha", (3300, 3300, FMT_INT),
             [800, 1650, 2500, 3300], [910, 1805, 3480, 3412], None,
             "TW IV hasil verifikasi ulang"),
            ("P05", "Frekuensi gerakan pengendalian OPT (kali)", "kali", (70, 70, None),
             [15, 35, 55, 70], [18, 37, 58, 74], None, ""),
            ("P15", "Persentase produksi tanaman pangan & hortikultura yang diselamatkan dari "
                    "OPT/DPI", "%", (95, 95, None), [95] * 4, [96.5, 96.8, 97.1, None], None,
             "TW IV menunggu data ubinan"),
        ]),
        (S2, [
            ("P06", "Jumlah pengamatan OPT/DPI (laporan)", "laporan", (1300, 1300, FMT_INT),
             [325, 650, 975, 1300], [330, 652, 980, 1310], None, ""),
            ("P19", "Jumlah dokumen peramalan dan rekomendasi pengendalian OPT", "dokumen",
             (16, 16, None), [4, 8, 12, 16], [4, 8, 12, 16], None, ""),
            ("P16", "Jumlah sampel uji residu pestisida", "sampel", (150, 150, None),
             [30, 70, 110, 150], [28, 72, 115, 150], None, ""),
        ]),
        (S3, [
            ("P08", "Jumlah produksi agens hayati (liter)", "liter", (6500, 6500, FMT_INT),
             [1500, 3200, 4900, 6500], [1620, 3380, 5110, 6720], None, ""),
            ("P09", "Jumlah agens hayati yg disalurkan kepada kelompok tani", "liter",
             (6000, 6000, FMT_INT), [1400, 3000, 4600, 6000], [1480, 3120, 4790, 6145], None, ""),
            ("P10", "Petani yang mengikuti SL-PHT (orang)", "orang", (700, 700, None),
             ["-", 250, 500, 700], ["-", 225, 500, 700], None, ""),
            ("P11", "Jumlah unit SL-PHT", "unit", (28, 28, None), ["-", 10, 20, 28],
             ["-", 9, 20, 28], None, ""),
            ("P12", "Jumlah klinik PHT yang aktif (unit)", "unit", (22, 22, None), [22] * 4,
             [20, 21, 21, 21], None, "posisi akhir triwulan"),
            ("P13", "Jumlah klinik PHT baru dibentuk", "unit", (2, 2, None), ["-", 1, 1, 2],
             ["-", "-", 1, 1], None, ""),
            ("P14", "Jumlah PPAH binaan (unit)", "unit", (45, 45, None), [45] * 4,
             [43, 44, 45, 45], None, ""),
        ]),
        (S4, [
            ("P20", "Indeks kepuasan petani terhadap layanan perlindungan tanaman", "indeks",
             (78, 78, None), ["-", 78, "-", 78], [None, 80.6, 81.2, None], None,
             "survei TW IV belum diolah"),
            ("P21", "Persentase serapan anggaran (%)", "%", (0.95, 95, FMT_PCT0),
             [0.15, 0.40, 0.70, 0.95], [0.128, 0.372, 0.655, 0.942], "pct", ""),
        ]),
    ]
    r = 7
    no = 1
    for sas, inds in G:
        first = r
        for (iid, name, unit, (tc, tk, tf), tcum, rcum, kind, note) in inds:
            put(ws, "A%d" % r, no, h="center")
            put(ws, "C%d" % r, name)
            put(ws, "D%d" % r, unit, h="center")
            put(ws, "E%d" % r, tc, fmt=tf, h="right")
            for cs, vals in (("FGHI", tcum), ("JKLM", rcum)):
                for c, v in zip(cs, vals):
                    if kind == "pct":
                        fmt = FMT_PCT0 if cs == "FGHI" else FMT_PCT1
                    else:
                        fmt = numfmt(v)
                    put(ws, "%s%d" % (c, r), v, fmt=fmt, h="right" if v != "-" else "center")
            if iid in NEGATIVE:
                cap = ("=IF(M{r}=\"\",(2*E{r}-L{r})/E{r}*100,(2*E{r}-M{r})/E{r}*100)"
                       .format(r=r))
            else:
                cap = ("=IF(M{r}=\"\",IFERROR(L{r}/E{r}*100,\"-\"),IFERROR(M{r}/E{r}*100,\"-\"))"
                       .format(r=r))
            put(ws, "N%d" % r, cap, fmt=FMT_DEC2, h="right")
            put(ws, "O%d" % r, note or None)
            if kind == "pct":
                keys = [round(v * 100, 10) for v in rcum if isinstance(v, float)]
            else:
                keys = [v for v in rcum if isinstance(v, (int, float))]
            A.key(fname, ws, "C%d" % r, 2021, iid, tk, keys[-1], ("cell", ["E%d" % r]),
                  ("last", ["%s%d" % (c, r) for c in "JKLM"]))
            r += 1
            no += 1
        merge(ws, "B%d:B%d" % (first, r - 1), sas, v="top")
    text(ws, "A%d" % (r + 1), "Realisasi dan target ditulis kumulatif (s.d. triwulan berjalan).",
         italic=True)
    signature(ws, r + 3, "K", PLACE + ", 14 Januari 2022", "Kepala UPTD BPTPH", *KEPALA_NEW)

    n = wb.create_sheet("Catatan")
    n.column_dimensions["A"].width = 110
    for i, line in enumerate([
        "Catatan Rencana Aksi 2021",
        "1. Sejak 2021 indikator luas serangan OPT mencakup seluruh tanaman pangan (padi, jagung, "
        "kedelai), tidak lagi padi saja.",
        "2. Indikator jumlah kecamatan wilayah pengamatan dan pelatihan POPT tidak dimasukkan dalam "
        "PK 2021 (refocusing).",
        "3. Luas gerakan pengendalian TW IV dikoreksi setelah verifikasi lapangan.",
    ]):
        text(n, "A%d" % (i + 1), line, bold=(i == 0))
    return wb, fname


# ---------------------------------------------------------------------------------------- 2022
def y2022():
    fname = "PK_Perubahan_BPTPH_2022.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "PK 2022"
    widths(ws, {"A": 5, "B": 26, "C": 46, "D": 9, "E": 11, "F": 12, "G": 13, "H": 12, "I": 11,
                "J": 22})
    text(ws, "A1", "PENGUKURAN KINERJA TAHUN 2022", bold=True)
    text(ws, "A2", "(BERDASARKAN PERJANJIAN KINERJA PERUBAHAN)", bold=True)
    text(ws, "A3", "UPTD BALAI PROTEKSI TANAMAN PANGAN DAN HORTIKULTURA PROVINSI TELUK ANGGREK")
    h = dict(bold=True, h="center", fill=HEAD_FILL)
    merge(ws, "A5:A7", "No", **h)
    merge(ws, "B5:B7", "Sasaran Strategis", **h)
    merge(ws, "C5:C7", "Indikator Kinerja", **h)
    merge(ws, "D5:D7", "Satuan", **h)
    merge(ws, "E5:E7", "Polaritas", **h)
    merge(ws, "F5:H5", "Tahun 2022", **h)
    merge(ws, "F6:G6", "Target", **h)
    merge(ws, "H6:H7", "Realisasi", **h)
    put(ws, "F7", "PK Awal", **h)
    put(ws, "G7", "PK Perubahan *)", **h)
    merge(ws, "I5:I7", "Capaian (%)", **h)
    merge(ws, "J5:J7", "Keterangan", **h)
    for i, c in enumerate("ABCDEFGHIJ"):
        put(ws, "%s8" % c, "(%d)" % (i + 1), h="center", italic=True)
    # id, name, unit, awal (cell), perubahan (cell,key), realisasi (cell,key), fmt, note,
    # hidden draft row after it (name, values) or None
    G = [
        (S1 + " terhadap tanaman pangan dan hortikultura", [
            ("P01b", "a) Luas serangan OPT pada tanaman pangan", "ha", 5000, (5000, 5000),
             (4655, 4655), None, "", None),
            ("P02", "b) Luas serangan OPT hortikultura (cabai, bawang merah)", "ha", 780,
             (780, 780), (802, 802), None, "serangan antraknosa", None),
            ("P03", "c) Persentase Luas Serangan OPT", "%", 2.2, (2.2, 2.2), (1.98, 1.98), None,
             "", None),
            ("P18", "d) Luas areal terkena DPI (banjir, kekeringan)", "ha", 1300, (1300, 1300),
             (1240, 1240), None, "", None),
            ("P04", "e) Luas gerakan pengendalian OPT (ha)", "ha", 3400, (3200, 3200),
             (3526, 3526), None, "target diturunkan *)", None),
            ("P05", "f) Jumlah gerakan pengendalian OPT", "kali", 72, (72, 72), (70, 70), None,
             "", None),
            ("P15", "g) Persentase produksi diselamatkan dari gangguan OPT dan DPI (%)", "%",
             0.96, (0.96, 96), (0.975, 97.5), "pct", "", None),
        ]),
        ("Meningkatnya kualitas pengamatan, peramalan dan pengujian", [
            ("P06", "a) Laporan hasil pengamatan OPT & DPI", "laporan", 1300, (1300, 1300),
             (1296, 1296), None, "",
             ("a) Laporan pengamatan OPT (draft Jan)", [1250, 1250, 1102])),
            ("P19", "b) Rekomendasi pengendalian OPT (dokumen)", "dokumen", 16, (16, 16),
             (16, 16), None, "", None),
            ("P16", "c) Sampel residu pestisida diuji (sampel)", "sampel", 150, (150, 150),
             (162, 162), None, "**)", None),
        ]),
        (S3, [
            ("P08", "a) Agens hayati yang diproduksi (liter)", "liter", 7500, (7000, 7000),
             (6880, 6880), None, "target diturunkan *)", None),
            ("P09", "b) Agens hayati disalurkan (liter)", "liter", 7000, (6500, 6500),
             (6390, 6390), None, "target diturunkan *)", None),
            # PK Perubahan typed 8.000 for 800: a 10x target, kept as typed
            ("P10", "c) Jumlah petani peserta Sekolah Lapang PHT (SL-PHT)", "orang", 800,
             (8000, 8000), (825, 825), None, "", None),
            ("P11", "d) Unit SL-PHT dilaksanakan", "unit", 32, (32, 32), (33, 33), None, "", None),
            ("P12", "e) Klinik PHT aktif (unit)", "unit", 24, (24, 24), (24, 24), None, "", None),
            ("P13", "f) Klinik PHT baru yang dibentuk (unit)", "unit", 2, (2, 2), (2, 2), None,
             "", None),
            ("P14", "g) Pos Pelayanan Agens Hayati (PPAH) dibina", "unit", 48, (48, 48),
             (47, 47), None, "", None),
            ("P17", "h) Jumlah petugas POPT yang mengikuti pelatihan", "orang", 70, (70, 70),
             (72, 72), None, "",
             ("h) Jumlah POPT dilatih (usulan awal)", [80, 80, 0])),
        ]),
        (S4, [
            ("P20", "a) Indeks Kepuasan Masyarakat (IKM)", "nilai", 80, (80, 80), (82.7, 82.7),
             None, "", None),
            ("P21", "b) Persentase realisasi anggaran UPTD", "%", 0.95, (0.95, 95),
             (0.961, 96.1), "pct", "", None),
        ]),
    ]
    r = 9
    no = 1
    for sas, inds in G:
        first = r
        for (iid, name, unit, awal, (pc, pk), (rc, rk), kind, note, draft) in inds:
            pol = "Negatif" if iid in NEGATIVE else "Positif"
            put(ws, "A%d" % r, no, h="center")
            put(ws, "C%d" % r, name)
            put(ws, "D%d" % r, unit, h="center")
            put(ws, "E%d" % r, pol, h="center")
            fa = FMT_PCT0 if kind == "pct" else numfmt(awal)
            put(ws, "F%d" % r, awal, fmt=fa, h="right")
            put(ws, "G%d" % r, pc, fmt=fa, h="right")
            put(ws, "H%d" % r, rc, fmt=FMT_PCT1 if kind == "pct" else numfmt(rc), h="right")
            if pol == "Negatif":
                cap = "=(2*G%d-H%d)/G%d*100" % (r, r, r)
            else:
                cap = "=H%d/G%d*100" % (r, r)
            put(ws, "I%d" % r, cap, fmt=FMT_DEC2, h="right")
            put(ws, "J%d" % r, note or None)
            A.key(fname, ws, "C%d" % r, 2022, iid, pk, rk, ("cell", ["G%d" % r]),
                  ("cell", ["H%d" % r]))
            r += 1
            no += 1
            if draft:
                dn, dv = draft
                put(ws, "C%d" % r, dn)
                put(ws, "D%d" % r, unit, h="center")
                for c, v in zip("FGH", dv):
                    put(ws, "%s%d" % (c, r), v, fmt=numfmt(v), h="right")
                ws.row_dimensions[r].hidden = True
                r += 1
        merge(ws, "B%d:B%d" % (first, r - 1), sas, v="top")
    text(ws, "A%d" % (r + 1), "*) Target PK Perubahan menyesuaikan refocusing anggaran pada "
                              "Perubahan APBD Tahun 2022.", italic=True)
    text(ws, "A%d" % (r + 2), "**) Termasuk sampel titipan dari Balai Karantina.", italic=True)
    text(ws, "A%d" % (r + 3), "Polaritas Negatif: capaian = (2 x target - realisasi) / target x 100",
         italic=True)
    signature(ws, r + 5, "G", PLACE + ", 16 Januari 2023", "Kepala UPTD BPTPH", *KEPALA_NEW)

    arch = wb.create_sheet("PK Awal (arsip)")
    arch.sheet_state = "hidden"
    text(arch, "A1", "Arsip PK Awal 2022 (sebelum perubahan)")
    for i, (n, t) in enumerate([("Luas serangan OPT pada tanaman pangan", 5000),
                                ("Luas gerakan pengendalian OPT", 3400),
                                ("Agens hayati yang diproduksi", 7500),
                                ("Jumlah petani peserta SL-PHT", 800)]):
        put(arch, "A%d" % (3 + i), n)
        put(arch, "B%d" % (3 + i), t)
    return wb, fname


def main():
    for fn in (y2019, y2020, y2021, y2022):
        wb, f = fn()
        A.save_book(wb, f)
    A.finish()


if __name__ == "__main__":
    main()
