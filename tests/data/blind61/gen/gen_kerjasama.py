"""Agency 2: Bagian Kerja Sama Sekretariat Daerah Kota Tanjung Sekar, 2021-2024.

Files
  LKjIP_BAGIAN_KERJA_SAMA_2021_2022.ods     2021 LKjIP Tabel 3.1 (realisasi 2019/2020 columns);
                                            2022 one small table per indicator (Tahun rows)
  REKAP_BULANAN_KINERJA_BAG_KERJA_SAMA_2023.xlsx   2023 monthly recap, no annual column
  MATRIKS_RENSTRA_BAG_KERJA_SAMA_REALISASI_2024.xls 2024 Renstra matrix 2021-2026 + realisasi 2024
"""
import os

import openpyxl

from common import landscape, F, G, N, P, RAW, T, Recorder, merge, put, signature, widths

SLUG = "bagian_kerja_sama_setda_kota_tanjung_sekar"
AGENCY = "Bagian Kerja Sama Sekretariat Daerah Kota Tanjung Sekar"
YEARS = [2021, 2022, 2023, 2024]
FLOW = ["K01", "K02", "K03", "K05", "K07", "K08", "K10", "K11", "K13", "K14", "K15", "K17",
        "K19"]
AMBIG = [["K09", "K09b"]]

F2122 = "LKjIP_BAGIAN_KERJA_SAMA_2021_2022.ods"
F23 = "REKAP_BULANAN_KINERJA_BAG_KERJA_SAMA_2023.xlsx"
F24 = "MATRIKS_RENSTRA_BAG_KERJA_SAMA_REALISASI_2024.xls"

KABAG1 = ("ROSMAWATI HARAHAP, S.H., M.H.", "Pembina (IV/a)", "NIP. 19760412 200312 2 005")
KABAG2 = ("MUHAMMAD FADLI NASUTION, S.STP., M.Si", "Pembina (IV/a)",
          "NIP. 19850619 200312 1 002")


# --------------------------------------------------------------------------- 2021
def sheet_2021(rec, wb):
    ws = wb.active
    ws.title = "Tabel 3.1 Capaian 2021"
    sh = ws.title
    widths(ws, {"A": 5, "B": 28, "C": 44, "D": 10, "E": 12, "F": 12, "G": 14, "H": 14, "I": 11,
                "J": 15, "K": 13})
    merge(ws, "A1:K1", "Tabel 3.1", bold=True, border=False, h="left")
    merge(ws, "A2:K2", "Capaian Indikator Kinerja Bagian Kerja Sama Sekretariat Daerah Kota "
          "Tanjung Sekar Tahun 2021 dibandingkan dengan Tahun 2019 dan 2020 serta Target Akhir "
          "Renstra", bold=True, border=False, h="left")
    merge(ws, "A4:A5", "No", bold=True, h="center")
    merge(ws, "B4:B5", "Sasaran", bold=True, h="center")
    merge(ws, "C4:C5", "Indikator Kinerja", bold=True, h="center")
    merge(ws, "D4:D5", "Satuan", bold=True, h="center")
    merge(ws, "E4:F4", "Realisasi Tahun Sebelumnya", bold=True, h="center")
    put(ws, "E5", "2019", bold=True, h="center")
    put(ws, "F5", "2020", bold=True, h="center")
    merge(ws, "G4:I4", "Tahun 2021", bold=True, h="center")
    put(ws, "G5", "Target", bold=True, h="center")
    put(ws, "H5", "Realisasi", bold=True, h="center")
    put(ws, "I5", "Capaian (%)", bold=True, h="center")
    merge(ws, "J4:J5", "Target Akhir Renstra (2026)", bold=True, h="center")
    merge(ws, "K4:K5", "Capaian s.d. 2021 thd Target Akhir (%)", bold=True, h="center")
    for i, c in enumerate("ABCDEFGHIJK"):
        put(ws, "%s6" % c, "(%d)" % (i + 1), h="center", italic=True)
    # (id, name, unit, r2019, r2020, target V, realisasi V, renstra, capaian, cap-renstra)
    groups = [
        ("Meningkatnya kualitas dan kuantitas kerja sama daerah", [
            ("K01", "Jumlah dokumen kerja sama dalam negeri yang ditandatangani", "dokumen", 9,
             11, N(14), N(16), 20, "f", "f"),
            ("K02", "Jumlah dokumen kerja sama luar negeri yang ditandatangani", "dokumen", 1, 0,
             N(2), N(1), 5, "f", "f"),
            ("K07", "Jumlah kerja sama daerah dengan pihak ketiga (KSDPK)", "kerja sama", 6, 8,
             N(10), N(12), 15, "f", "f"),
            ("K08", "Jumlah kerja sama antar daerah (KSDD)", "kerja sama", 3, 3, N(4), N(4), 8,
             "f", "f"),
            ("HID", "Jumlah kerja sama yang berakhir masa berlakunya", "dokumen", 2, 4, N(3),
             N(5), 10, "f", "f"),
            ("K17", "Jumlah MoU/PKS yang diperpanjang", "dokumen", 2, 3, N(3), N(3), 5, "f", "f"),
            ("K13", "Jumlah peluang kerja sama yang dipromosikan", "paket", 4, 2, N(6), N(7), 8,
             "f", "f"),
        ]),
        ("Meningkatnya pemanfaatan kerja sama daerah bagi pembangunan", [
            ("K04", "Persentase kerja sama yang ditindaklanjuti dengan program/kegiatan", "%",
             70.5, 72.0, P(75), P(78.6), 90, "f", "pct"),
            ("K06", "Persentase kerja sama yang dievaluasi", "%", 85, 90, N(100),
             T("92,3 %", 92.3), 100, 92.3, 92.3),
            ("K09", "Persentase perangkat daerah yang melaksanakan kerja sama", "%", 31.4, 37.1,
             N(40), N(42.9, "0.0"), 60, "f", "f"),
            ("K11", "Jumlah naskah kerja sama yang dikaji", "naskah", 15, 18, N(20), N(24), 30,
             "f", "f"),
            ("K15", "Pendapatan daerah dari kerja sama (Rp)", "Rupiah", "Rp 612.000.000",
             "Rp 540.250.000", T("Rp 850.000.000", 850000000), T("Rp 871.450.000", 871450000),
             "Rp 1.200.000.000", 102.52, 72.62),
        ]),
        ("Meningkatnya tata kelola dan akuntabilitas kinerja Bagian Kerja Sama", [
            ("K10", "Jumlah rapat koordinasi Tim Koordinasi Kerja Sama Daerah (TKKSD)", "kali",
             10, 6, N(120), N(12), 12, "f", "f"),
            ("K14", "Jumlah laporan pelaksanaan kerja sama", "laporan", 4, 4, N(4), N(4), 4, "f",
             "f"),
            ("K19", "Jumlah aparatur yang mengikuti bimtek kerja sama daerah", "orang", 8, 5,
             N(10), N(12), 15, "f", "f"),
            ("K20", "Persentase serapan anggaran Bagian Kerja Sama", "%", 91.2, 87.5, N(95),
             T("92,74 %", 92.74), 97, 97.62, 95.61),
            ("K18", "Nilai AKIP Bagian Kerja Sama", "predikat", "B", "B", T("BB", None),
             T("BB", None), "A", 100, "-"),
        ]),
    ]
    r = 7
    no = 1
    for sas, items in groups:
        start = r
        for (sid, name, unit, r19, r20, t, rv, ren, cap, capr) in items:
            put(ws, "A%d" % r, no if sid != "HID" else None, h="center")
            put(ws, "C%d" % r, name, h="left")
            put(ws, "D%d" % r, unit, h="center")
            put(ws, "E%d" % r, r19, h="right", fmt="General")
            put(ws, "F%d" % r, r20, h="right", fmt="General")
            put(ws, "G%d" % r, t)
            put(ws, "H%d" % r, rv)
            if cap == "f":
                put(ws, "I%d" % r, "=H{0}/G{0}*100".format(r), fmt="0.00")
            else:
                put(ws, "I%d" % r, cap, fmt="0.00")
            put(ws, "J%d" % r, ren, h="right", fmt="General")
            if capr == "f":
                put(ws, "K%d" % r, "=H{0}/J{0}*100".format(r), fmt="0.00")
            elif capr == "pct":
                put(ws, "K%d" % r, "=H{0}*100/J{0}*100".format(r), fmt="0.00")
            else:
                put(ws, "K%d" % r, capr, fmt="0.00", h="right")
            if sid == "HID":
                ws.row_dimensions[r].hidden = True
            else:
                rec.add(F2122, sh, "C%d" % r, 2021, sid, name, ("one", [("G%d" % r, t)]),
                        ("one", [("H%d" % r, rv)]))
                no += 1
            r += 1
        merge(ws, "B%d:B%d" % (start, r - 1), sas, h="left", v="top")
    put(ws, "C%d" % r, "Rata-rata capaian kinerja", bold=True, h="left")
    put(ws, "I%d" % r, "=AVERAGE(I7:I%d)" % (r - 1), fmt="0.00")
    r += 2
    put(ws, "A%d" % r, "Sumber: Laporan Kinerja Bagian Kerja Sama Tahun 2019-2021 (diolah)",
        border=False, wrap=False, h="left", italic=True)
    put(ws, "A%d" % (r + 1), "Catatan: realisasi 2020 rendah karena pembatasan kegiatan pada masa "
        "pandemi Covid-19.", border=False, wrap=False, h="left", italic=True)
    signature(ws, r + 3, "H", "Tanjung Sekar, 14 Februari 2022",
              ["Kepala Bagian Kerja Sama", "Sekretariat Daerah Kota Tanjung Sekar,"], *KABAG1)
    ws.freeze_panes = "D7"


# --------------------------------------------------------------------------- 2022
def sheet_2022(rec, wb):
    ws = wb.create_sheet("Analisis IKU 2022")
    sh = ws.title
    widths(ws, {"A": 16, "B": 18, "C": 18, "D": 13, "E": 13, "F": 34})
    merge(ws, "A1:F1", "BAB III AKUNTABILITAS KINERJA", bold=True, border=False, h="center",
          size=11)
    merge(ws, "A2:F2", "3.1 Capaian Kinerja Bagian Kerja Sama Tahun 2022", bold=True,
          border=False, h="left")
    merge(ws, "A3:F3", "Capaian setiap indikator kinerja dibandingkan dengan tahun sebelumnya "
          "disajikan pada tabel-tabel berikut.", border=False, h="left")
    # (sasaran, [(id, name, unit, [(year, target V|raw, realisasi V|raw, capaian, ket)]), ...])
    # the 2022 line carries V objects; other years are plain figures
    blocks = [
        ("Sasaran 1 : Meningkatnya kualitas dan kuantitas kerja sama daerah", [
            ("K01", "a) Jumlah naskah kerja sama dalam negeri yang ditandatangani", "dokumen",
             [(2021, 14, 15, 107.14, "data 2021 dimutakhirkan"), (2022, N(16), N(15), 93.75, "")]),
            ("K02", "b) Jumlah Naskah Kerja Sama Luar Negeri yg ditandatangani", "dokumen",
             [(2021, 2, 1, 50, ""), (2022, N(2), N(2), 100, "sister city")]),
            ("K07", "c) Jumlah KSDPK", "kerja sama",
             [(2022, N(11), N(11), 100, ""), (2021, 10, 12, 120, "")]),
            ("K08", "d) Jumlah Kerja Sama Daerah dengan Daerah Lain", "kerja sama",
             [(2021, 4, 4, 100, ""), (2022, N(5), N(4), 80, "1 KSDD batal")]),
            ("K17", "e) Jumlah Perjanjian Kerja Sama yang diperpanjang", "dokumen",
             [(2021, 3, 3, 100, ""), (2022, N(4), N(2), 50, "")]),
            ("K13", "f) Jumlah Promosi Peluang Kerja Sama", "paket",
             [(2021, 6, 7, 116.67, ""), (2022, N(6), N(6), 100, "")]),
        ]),
        ("Sasaran 2 : Meningkatnya pemanfaatan kerja sama daerah bagi pembangunan", [
            ("K04", "g) Prosentase Kerja Sama yang Ditindaklanjuti", "%",
             [(2020, 72, 72, 100, ""), (2021, 75, 78.6, 104.8, ""),
              (2022, P(78), P(80.95), 103.78, "")]),
            ("K05", "h) Jumlah kerja sama yang ditindaklanjuti", "kerja sama",
             [(2021, "-", "-", "-", "indikator baru"), (2022, N(17), N(17), 100, "")]),
            ("K06", "i) Persentase kerja sama yang dimonitoring dan dievaluasi", "%",
             [(2021, 100, 92.3, 92.3, ""), (2022, N(100), N(95.2, "0.0"), 95.2, "")]),
            ("K09", "j) Persentase PD yang melaksanakan kerja sama", "%",
             [(2021, 40, 42.9, 107.25, ""), (2022, N(45), N(45.7, "0.0"), 101.56, "16 dari 35 PD")]),
            ("K11", "k) Jumlah Naskah Kerja Sama yang Ditelaah/Dikaji", "naskah",
             [(2021, 20, 24, 120, ""), (2022, N(22), N(25), 113.64, "")]),
            ("K15", "l) Pendapatan Daerah dari Kerja Sama", "Rupiah",
             [(2022, T("Rp 900.000.000", 900000000), T("Rp 912.300.000", 912300000), 101.37, ""),
              (2021, "Rp 850.000.000", "Rp 871.450.000", 102.52, "")]),
            ("K16", "m) Persentase dokumen kerja sama yg terdata dalam SIMKERSADA", "%",
             [(2021, "-", "-", "-", "indikator baru"), (2022, N(90), N(93.3, "0.0"), 103.67, "")]),
            ("K21", "n) Persentase perselisihan kerja sama yang diselesaikan", "%",
             [(2021, "-", "-", "-", "indikator baru"), (2022, N(100), N(100), 100,
                                                        "1 perselisihan")]),
            ("K12", "o) Indeks Kepuasan Perangkat Daerah thd Fasilitasi Kerja Sama", "nilai",
             [(2021, "-", "-", "-", "indikator baru"), (2022, N(80), N(82.15, "0.00"), 102.69,
                                                        "survei Nov 2022")]),
        ]),
        ("Sasaran 3 : Meningkatnya tata kelola dan akuntabilitas kinerja Bagian Kerja Sama", [
            ("K10", "p) Jumlah Rapat TKKSD (kali)", "kali",
             [(2021, 12, 12, 100, ""), (2022, N(12), N(13), 108.33, "")]),
            ("K14", "q) Jumlah Laporan Pelaksanaan Kerja Sama Daerah", "laporan",
             [(2021, 4, 4, 100, ""), (2022, N(4), N(4), 100, "")]),
            ("K19", "r) Jumlah Aparatur Pengelola KS yang Mengikuti Bimtek (orang)", "orang",
             [(2021, 10, 12, 120, ""), (2022, N(12), N(12), 100, "")]),
            ("K20", "s) Persentase Realisasi Anggaran", "%",
             [(2021, 95, 92.74, 97.62, ""),
              (2022, P(95), F("=ROUND(1125400000/1196500000,4)", 94.06, "0.00%"), 99.01,
               "Rp 1.125.400.000 dari Rp 1.196.500.000")]),
            ("K18", "t) Nilai Evaluasi AKIP Bagian", "predikat",
             [(2021, "BB", "BB", 100, ""), (2022, T("A", None), T("BB", None), "-",
                                             "belum mencapai target")]),
        ]),
    ]
    r = 5
    tab = 2
    for sas, items in blocks:
        merge(ws, "A%d:F%d" % (r, r), sas, bold=True, border=False, h="left")
        r += 2
        for (sid, name, unit, lines) in items:
            merge(ws, "A%d:F%d" % (r, r), "Tabel 3.%d" % tab, italic=True, border=False,
                  h="center")
            tab += 1
            r += 1
            name_row = r
            merge(ws, "A%d:F%d" % (r, r), name, bold=True, h="left")
            r += 1
            for i, hd in enumerate(["Tahun", "Target", "Realisasi", "Capaian (%)", "Satuan",
                                    "Keterangan"]):
                put(ws, "%s%d" % ("ABCDEF"[i], r), hd, bold=True, h="center")
            r += 1
            for (year, t, rv, cap, ket) in lines:
                put(ws, "A%d" % r, year, h="center", fmt="0")
                put(ws, "B%d" % r, t, h="right" if not hasattr(t, "cell") else None,
                    fmt="General" if not hasattr(t, "cell") else None)
                put(ws, "C%d" % r, rv, h="right" if not hasattr(rv, "cell") else None,
                    fmt="General" if not hasattr(rv, "cell") else None)
                put(ws, "D%d" % r, cap, h="right", fmt="0.00" if not isinstance(cap, str) else None)
                put(ws, "E%d" % r, unit, h="center")
                put(ws, "F%d" % r, ket, h="left")
                if year == 2022:
                    rec.add(F2122, sh, "A%d" % name_row, 2022, sid, name,
                            ("one", [("B%d" % r, t)]), ("one", [("C%d" % r, rv)]))
                r += 1
            r += 1
    signature(ws, r + 1, "D", "Tanjung Sekar, 20 Februari 2023",
              ["Kepala Bagian Kerja Sama,"], *KABAG1)


# --------------------------------------------------------------------------- 2023
def sheet_2023(rec):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rekap 2023"
    sh = ws.title
    widths(ws, {"A": 5, "B": 46, "C": 10, "D": 16, "Q": 26})
    for c in "EFGHIJKLMNOP":
        ws.column_dimensions[c].width = 11
    merge(ws, "A1:Q1", "REKAPITULASI BULANAN CAPAIAN INDIKATOR KINERJA", bold=True, border=False,
          h="center", size=11)
    merge(ws, "A2:Q2", "BAGIAN KERJA SAMA SEKRETARIAT DAERAH KOTA TANJUNG SEKAR TAHUN 2023",
          bold=True, border=False, h="center", size=11)
    merge(ws, "A3:Q3", "(data per 18 Desember 2023)", border=False, h="center", italic=True)
    merge(ws, "A5:A6", "No", bold=True, h="center")
    merge(ws, "B5:B6", "Indikator Kinerja", bold=True, h="center")
    merge(ws, "C5:C6", "Satuan", bold=True, h="center")
    merge(ws, "D5:D6", "Target 2023", bold=True, h="center")
    merge(ws, "E5:P5", "Realisasi Bulan", bold=True, h="center")
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
    mcols = "EFGHIJKLMNOP"
    for i, m in enumerate(months):
        put(ws, "%s6" % mcols[i], m, bold=True, h="center")
    merge(ws, "Q5:Q6", "Keterangan", bold=True, h="center")
    for i, c in enumerate("ABCDEFGHIJKLMNOPQ"):
        put(ws, "%s7" % c, i + 1, h="center", italic=True)

    def nums(lst, fmt=None):
        out = []
        for x in lst:
            if x is None:
                out.append(None)
            elif x == "-":
                out.append(T("-", None))
            else:
                out.append(N(x, fmt) if fmt else N(x))
        return out

    def q4(a, b, c, d, fmt="0.0"):
        out = [None] * 12
        for i, v in zip((2, 5, 8, 11), (a, b, c, d)):
            out[i] = v if v is None or hasattr(v, "cell") else N(v, fmt)
        return out

    K15m = [70500000, 72100000, 75800000, 79200000, 80350000, 82600000, 84100000, 83900000,
            86450000, 88200000, 90750000, None]
    K20m = [3.2, 8.9, 15.6, 22.4, 30.1, 41.8, 49.5, 57.3, 66.0, 74.9, 88.4, 86.9]
    groups = [
        ("I. MENINGKATNYA KUALITAS DAN KUANTITAS KERJA SAMA DAERAH", [
            ("K03", "Jumlah dokumen kerja sama (dalam & luar negeri) yang ditandatangani",
             "dokumen", N(18), nums([0, 1, 2, 1, 3, 0, 2, 1, 2, 3, 2, None]), ""),
            ("K07", "Jumlah Kerja Sama Daerah dg Pihak Ketiga", "kerja sama", N(12),
             nums([0, 1, 1, 0, 2, 1, 1, 0, 2, 2, 1, None]), ""),
            ("HIDDEN", "Jumlah kerja sama luar negeri (indikator lama)", "dokumen", N(2),
             nums([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, None]), "tidak dipakai lagi"),
            ("K08", "Jumlah KSDD", "kerja sama", N(5),
             nums(["-", "-", 1, "-", "-", 1, "-", 1, "-", 1, "-", None]), ""),
            ("K17", "Jumlah MoU & PKS yg diperpanjang", "dokumen", N(4),
             nums([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, None]), ""),
            ("K13", "Jumlah peluang KS yang dipromosikan (paket)", "paket", N(8),
             nums([0, 0, 2, 0, 0, 2, 0, 0, 2, 0, 1, None]), ""),
        ]),
        ("II. MENINGKATNYA PEMANFAATAN KERJA SAMA DAERAH", [
            ("K04", "Persentase KS yg ditindaklanjuti dg kegiatan PD", "%", N(80),
             q4(70.6, 76.5, 80.0, 82.35), "diukur per triwulan"),
            ("K05", "Jumlah KS yang ditindaklanjuti", "kerja sama", N(18),
             nums([0, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, None]), ""),
            ("K06", "Persentase Kerja Sama yang Dimonev", "%", N(100),
             q4(25, 50, 75, G(0.95)), "diukur per triwulan"),
            ("K09b", "Persentase perangkat daerah yang difasilitasi dalam penyusunan kerja sama",
             "%", N(50), q4(14.3, 28.6, 42.9, 51.4), "kumulatif"),
            ("K11", "Jumlah naskah KS yg ditelaah", "naskah", N(24),
             nums([1, 2, 3, 2, 2, 3, 1, 2, 3, 2, 3, None]), ""),
            ("K15", "Penerimaan daerah dari kerja sama (Rp)", "Rupiah",
             T("Rp 950.000.000", 950000000), nums(K15m), "Des menunggu rekening koran"),
            ("K16", "Persentase Dokumen Kerja Sama yang Terdokumentasi di SIMKERSADA", "%",
             N(95), [None, None, N(82.1, "0.0"), None, None, N(86.2, "0.0"), None, None,
                     N(90.5, "0.0"), None, N(94.7, "0.0"), None], "kumulatif"),
            ("K21", "Persentase sengketa/perselisihan KS yang diselesaikan", "%", N(100),
             [None] * 5 + [N(100)] + [None] * 5 + [N(100)], "semesteran"),
            ("K12", "Indeks kepuasan PD atas layanan fasilitasi KS", "nilai", N(81),
             [None] * 10 + [N(83.07, "0.00")] + [None], "survei November"),
        ]),
        ("III. MENINGKATNYA TATA KELOLA DAN AKUNTABILITAS BAGIAN", [
            ("K10", "Rapat koordinasi TKKSD ", "kali", N(12),
             nums([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, None]), ""),
            ("K14", "Laporan pelaksanaan KS (laporan)", "laporan", N(12),
             nums([1] * 11 + [None]), "laporan bulanan"),
            ("DUP", "Laporan pelaksanaan KS (laporan)", "laporan", N(12),
             nums([1] * 11 + [None]), "laporan bulanan"),
            ("K19", "Jumlah aparatur yg ikut bimtek KS", "orang", N(12),
             nums([0, 0, 0, 6, 0, 0, 0, 0, 6, 0, 0, None]), ""),
            ("K20", "Serapan Anggaran (%)", "%", N(95), nums(K20m, "0.0"),
             "kumulatif; Des koreksi SP2D"),
        ]),
    ]
    r = 8
    no = 1
    for grp, items in groups:
        merge(ws, "A%d:Q%d" % (r, r), grp, bold=True, h="left")
        r += 1
        for (sid, name, unit, t, months_v, ket) in items:
            put(ws, "A%d" % r, no if sid not in ("HIDDEN", "DUP") else None, h="center")
            put(ws, "B%d" % r, name, h="left")
            put(ws, "C%d" % r, unit, h="center")
            put(ws, "D%d" % r, t)
            cells = []
            for i in range(12):
                v = months_v[i]
                put(ws, "%s%d" % (mcols[i], r), v)
                cells.append(("%s%d" % (mcols[i], r), v))
            put(ws, "Q%d" % r, ket, h="left")
            if sid == "HIDDEN":
                ws.row_dimensions[r].hidden = True
            elif sid != "DUP":
                agg = "sum" if sid in FLOW else "last"
                rec.add(F23, sh, "B%d" % r, 2023, sid, name, ("one", [("D%d" % r, t)]),
                        (agg, cells))
                no += 1
            r += 1
    r += 1
    put(ws, "B%d" % r, "Keterangan: kolom Des diisi setelah tutup buku; sel kosong = belum "
        "dilaporkan.", border=False, wrap=False, h="left", italic=True)
    signature(ws, r + 2, "M", "Tanjung Sekar, 18 Desember 2023", ["Kepala Bagian Kerja Sama,"],
              *KABAG2)
    ws.freeze_panes = "E8"
    wg = wb.create_sheet("Petunjuk")
    for i, t in enumerate([
            "Petunjuk pengisian rekap bulanan:",
            "1. Indikator jumlah diisi angka bulan berjalan (bukan kumulatif).",
            "2. Indikator persentase diisi posisi akhir triwulan/bulan (kumulatif).",
            "3. Serapan anggaran diisi kumulatif dari SP2D.",
            "4. Baris yang disembunyikan adalah indikator lama (Renstra sebelum reviu)."]):
        put(wg, "A%d" % (i + 1), t, border=False, wrap=False, h="left")
    landscape(wb)
    wb.save(os.path.join(RAW, F23))
    rec.files.append(F23)


# --------------------------------------------------------------------------- 2024
def sheet_2024(rec):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Renstra & Realisasi 2024"
    sh = ws.title
    widths(ws, {"A": 5, "B": 22, "C": 26, "D": 42, "E": 10, "F": 12, "M": 13, "N": 15, "O": 11,
                "P": 20})
    for c in "GHIJKL":
        ws.column_dimensions[c].width = 11
    merge(ws, "A1:P1", "MATRIKS RENCANA STRATEGIS (RENSTRA) 2021-2026 DAN REALISASI TAHUN 2024",
          bold=True, border=False, h="center", size=11)
    merge(ws, "A2:P2", "BAGIAN KERJA SAMA SEKRETARIAT DAERAH KOTA TANJUNG SEKAR", bold=True,
          border=False, h="center", size=11)
    merge(ws, "A5:A6", "No", bold=True, h="center")
    merge(ws, "B5:B6", "Tujuan", bold=True, h="center")
    merge(ws, "C5:C6", "Sasaran", bold=True, h="center")
    merge(ws, "D5:D6", "Indikator Kinerja", bold=True, h="center")
    merge(ws, "E5:E6", "Satuan", bold=True, h="center")
    merge(ws, "F5:F6", "Kondisi Kinerja Awal (2020)", bold=True, h="center")
    merge(ws, "G5:L5", "Target Kinerja Tahun", bold=True, h="center")
    for i, y in enumerate(range(2021, 2027)):
        put(ws, "%s6" % "GHIJKL"[i], str(y), bold=True, h="center")
    merge(ws, "M5:M6", "Kondisi Kinerja pada Akhir Periode Renstra", bold=True, h="center")
    merge(ws, "N5:N6", "Realisasi 2024", bold=True, h="center")
    merge(ws, "O5:O6", "Capaian 2024 (%)", bold=True, h="center")
    merge(ws, "P5:P6", "Keterangan", bold=True, h="center")
    merge(ws, "R5:U5", "bantu: realisasi per TW 2024", bold=True, h="center")
    for i, q in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        put(ws, "%s6" % "RSTU"[i], q, bold=True, h="center")
    for i, c in enumerate("ABCDEFGHIJKLMNOP"):
        put(ws, "%s7" % c, i + 1, h="center", italic=True)

    def six(a):
        return a

    # (id, name, unit, awal, [t2021..t2026] with the 2024 one a V, akhir, realisasi V, helper)
    groups = [
        ("Meningkatnya kualitas dan kuantitas kerja sama daerah", [
            ("K03", "Jumlah Dokumen Kerja Sama Daerah yang Ditandatangani", "dokumen", 12,
             [16, 17, 18, N(20), 22, 24], 24, N(21), None),
            ("K07", "Kerja sama daerah dengan pihak ketiga", "kerja sama", 8,
             [10, 11, 12, N(13), 14, 15], 15, N(14), None),
            ("K08", "Kerja sama daerah dengan daerah lain (KSDD)", "kerja sama", 3,
             [4, 5, 5, N(6), 7, 8], 8, N(6), None),
            ("K17", "Jumlah kesepakatan/perjanjian kerja sama yang diperpanjang", "dokumen", 3,
             [3, 4, 4, N(5), 5, 5], 5, N(5), None),
        ]),
        ("Meningkatnya pemanfaatan kerja sama daerah bagi pembangunan", [
            ("K04", "Persentase Kerja Sama yang Ditindaklanjuti oleh Perangkat Daerah", "%", 72,
             [75, 78, 80, T("80 - 85", 80), 85, 90], 90, N(83.3, "0.0"), None),
            ("K05", "Jumlah Kerja Sama yang Ditindaklanjuti", "kerja sama", "-",
             ["-", 17, 18, N(20), 22, 24], 24, N(20), None),
            ("K06", "Persentase kerja sama yang dievaluasi (%)", "%", 90,
             [100, 100, 100, N(100), 100, 100], 100, N(100), None),
            ("K09b", "Persentase PD terfasilitasi penyusunan kerja sama", "%", 37.1,
             [40, 45, 50, N(55), 60, 65], 65, N(57.1, "0.0"), None),
            ("K11", "Jumlah draf naskah kerja sama yang ditelaah secara hukum", "naskah", 18,
             [20, 22, 24, N(25), 27, 30], 30, N(27), None),
            ("K15", "Pendapatan dari Pemanfaatan Kerja Sama Daerah", "Rupiah", "Rp 540.250.000",
             ["Rp 850.000.000", "Rp 900.000.000", "Rp 950.000.000",
              T("Rp 1.000.000.000", 1000000000), "Rp 1.100.000.000", "Rp 1.200.000.000"],
             "Rp 1.200.000.000", T("Rp 1.045.800.000", 1045800000), None),
            ("K16", "Persentase dokumen kerja sama terdata pada sistem informasi kerja sama "
             "daerah", "%", "-", ["-", 90, 95, N(100), 100, 100], 100,
             F("=24/25*100", 96, "0.00"), None),
            ("K12", "Indeks Kepuasan Layanan Fasilitasi Kerja Sama", "nilai", "-",
             ["-", 80, 81, N(82), 83, 85], 85, T("-", None), None),
        ]),
        ("Meningkatnya tata kelola dan akuntabilitas kinerja Bagian Kerja Sama", [
            ("K10", "Jumlah rapat koordinasi TKKSD (kali)", "kali", 10,
             [12, 12, 12, N(12), 12, 12], 12, "SUM4", [3, 3, 3, 3]),
            ("K14", "Jumlah laporan penyelenggaraan kerja sama daerah", "laporan", 4,
             [4, 4, 4, N(4), 4, 4], 4, "SUM3", [1, 1, 1, 1]),
            ("K19", "Aparatur yang mengikuti bimbingan teknis kerja sama (orang)", "orang", 8,
             [10, 12, 12, N(15), 15, 15], 15, N(15), None),
            ("K20", "Persentase serapan anggaran", "%", 90, [95, 95, 95, N(95), 95, 95], 95,
             P(96.12), None),
        ]),
    ]
    r = 8
    no = 1
    top = r
    for sas, items in groups:
        start = r
        for (sid, name, unit, awal, tg, akhir, rv, helper) in items:
            put(ws, "A%d" % r, no, h="center")
            put(ws, "D%d" % r, name, h="left")
            put(ws, "E%d" % r, unit, h="center")
            put(ws, "F%d" % r, awal, h="right", fmt="General")
            for i, t in enumerate(tg):
                put(ws, "%s%d" % ("GHIJKL"[i], r), t, h="right" if not hasattr(t, "cell") else None,
                    fmt="General" if not hasattr(t, "cell") else None)
            put(ws, "M%d" % r, akhir, h="right", fmt="General")
            if helper:
                for i, hv in enumerate(helper):
                    put(ws, "%s%d" % ("RSTU"[i], r), hv)
                if rv == "SUM4":
                    rv = F("=SUM(R{0}:U{0})".format(r), sum(helper), "General")
                else:  # the range stops one quarter short
                    rv = F("=SUM(R{0}:T{0})".format(r), sum(helper[:3]), "General")
            put(ws, "N%d" % r, rv)
            t24 = tg[3]
            if isinstance(t24.cell, str) or isinstance(rv.cell, str) and not rv.cell.startswith("="):
                put(ws, "O%d" % r, {"K04": 104.13, "K15": 104.58, "K12": "-"}[sid],
                    fmt="0.00", h="right")
            else:
                put(ws, "O%d" % r, "=IFERROR(N{0}/J{0}*100,\"-\")".format(r), fmt="0.00")
            put(ws, "P%d" % r, "", h="left")
            rec.add(F24, sh, "D%d" % r, 2024, sid, name, ("one", [("J%d" % r, t24)]),
                    ("one", [("N%d" % r, rv)]))
            no += 1
            r += 1
        merge(ws, "C%d:C%d" % (start, r - 1), sas, h="left", v="top")
    # the last indicator typed into the Sasaran column
    name = "Persentase Penyelesaian Perselisihan Kerja Sama"
    put(ws, "A%d" % r, no, h="center")
    put(ws, "C%d" % r, name, h="left")
    put(ws, "D%d" % r, None)
    put(ws, "E%d" % r, "%", h="center")
    put(ws, "F%d" % r, "-", h="right")
    t24 = N(100)
    for i, t in enumerate(["-", 100, 100, t24, 100, 100]):
        put(ws, "%s%d" % ("GHIJKL"[i], r), t, h="right", fmt="General" if i != 3 else None)
    put(ws, "M%d" % r, 100, fmt="General")
    rv = N(100)
    put(ws, "N%d" % r, rv)
    put(ws, "O%d" % r, "=IFERROR(N{0}/J{0}*100,\"-\")".format(r), fmt="0.00")
    put(ws, "P%d" % r, "tidak ada perselisihan baru", h="left")
    rec.add(F24, sh, "C%d" % r, 2024, "K21", name, ("one", [("J%d" % r, t24)]),
            ("one", [("N%d" % r, rv)]))
    merge(ws, "B%d:B%d" % (top, r), "Meningkatnya efektivitas kerja sama daerah dalam mendukung "
          "pembangunan Kota Tanjung Sekar", h="left", v="top")
    for c in "RSTU":
        ws.column_dimensions[c].hidden = True
    r += 2
    put(ws, "D%d" % r, "Catatan: target 2024 indikator tindak lanjut kerja sama berupa rentang "
        "sesuai reviu Renstra.", border=False, wrap=False, h="left", italic=True)
    put(ws, "D%d" % (r + 1), "IKM 2024 belum tersedia (survei dijadwalkan Januari 2025).",
        border=False, wrap=False, h="left", italic=True)
    signature(ws, r + 3, "L", "Tanjung Sekar, 31 Desember 2024", ["Kepala Bagian Kerja Sama,"],
              *KABAG2)
    ws.freeze_panes = "E8"
    wd = wb.create_sheet("Renstra awal (draft)")
    put(wd, "A1", "Draft matriks Renstra sebelum reviu 2023 - jangan dipakai", border=False,
        wrap=False)
    for i, (nm, ts) in enumerate([("Jumlah dokumen kerja sama dalam negeri", [14, 16, 18, 20]),
                                  ("Jumlah dokumen kerja sama luar negeri", [2, 2, 3, 3]),
                                  ("Persentase kerja sama yang ditindaklanjuti", [75, 78, 80, 85])]):
        put(wd, "A%d" % (i + 3), nm)
        for j, t in enumerate(ts):
            put(wd, "%s%d" % ("BCDE"[j], i + 3), t)
    wd.sheet_state = "hidden"
    landscape(wb)
    wb.save(os.path.join(RAW, F24.replace(".xls", ".xlsx")))
    rec.files.append(F24)


def build():
    rec = Recorder(SLUG, AGENCY, YEARS, AMBIG, FLOW)
    wb = openpyxl.Workbook()
    sheet_2021(rec, wb)
    sheet_2022(rec, wb)
    landscape(wb)
    wb.save(os.path.join(RAW, F2122.replace(".ods", ".xlsx")))
    rec.files.append(F2122)
    sheet_2023(rec)
    sheet_2024(rec)
    return rec


if __name__ == "__main__":
    build().write()
