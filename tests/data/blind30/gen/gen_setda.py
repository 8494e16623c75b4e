"""Sekretariat Daerah Kabupaten Batu Lintang, 2021-2024: one workbook, one sheet per year."""
import os
from openpyxl import Workbook
from common import *

FN = "Kinerja_Setda_2021-2024.xlsx"
K = Key("Sekretariat Daerah Kabupaten Batu Lintang", "setda", [2021, 2022, 2023, 2024])
K.ambiguous = [["s17", "s18"]]
SEKDA = ("Sekretaris Daerah", "Drs. MUHAMMAD YUSRAN HARAHAP, M.AP", "Pembina Utama Madya", "19670305 198903 1 011")


def num(x):
    if isinstance(x, tuple):
        return round(x[0] * 100, 6)
    if isinstance(x, (int, float)):
        return x
    if x in ("-", "N/A") or x.strip() in ("B", "BB", "A", "Tinggi", "Sangat Tinggi"):
        return None
    s = x.replace("%", "").split()[0]
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    return float(s) if "." in s else int(s)


def setv(ws, ref, x):
    if isinstance(x, tuple):
        put(ws, ref, x[0], fmt=PCT2)
    else:
        put(ws, ref, x)


def cover(wb):
    ws = wb.active; ws.title = "Cover"
    ws["B4"] = "LAPORAN PENGUKURAN KINERJA"; ws["B5"] = "SEKRETARIAT DAERAH KABUPATEN BATU LINTANG"
    ws["B6"] = "TAHUN 2021 - 2024"; ws["B8"] = "Disusun oleh: Bagian Organisasi Setda"
    for c in ("B4", "B5", "B6"):
        ws[c].font = BOLD


def y2021(wb):
    ws = wb.create_sheet("PK 2021")
    merge(ws, "A1:H1", "PENGUKURAN KINERJA TAHUN 2021", True, box=False)
    merge(ws, "A2:H2", "SEKRETARIAT DAERAH KABUPATEN BATU LINTANG", True, box=False)
    row_put(ws, 4, 1, ["No", "Indikator Kinerja", "Sasaran Strategis", "Satuan", "Realisasi", "Target", "Capaian (%)", "Bagian"])
    row_put(ws, 5, 1, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"])
    S1 = "Meningkatnya kualitas tata kelola pemerintahan dan reformasi birokrasi"
    S2 = "Meningkatnya kepastian hukum penyelenggaraan pemerintahan daerah"
    S3 = "Meningkatnya kualitas penyelenggaraan pemerintahan umum dan perekonomian"
    S4 = "Meningkatnya kualitas pelayanan keprotokolan"
    D = [  # sasaran, id, name, unit, real, target, cap, bagian, name_in_sasaran_col
        (S1, "s01", "Nilai Reformasi Birokrasi", "nilai", 63.41, 62, 102.27, "Organisasi"),
        (None, "s03", "Indeks Kelembagaan Perangkat Daerah", "indeks", 61.2, 60, 102, "Organisasi"),
        (None, "s20", "Persentase perangkat daerah yang memiliki Anjab dan ABK", "%", 85, 80, 106.25, "Organisasi"),
        (None, "s10", "Nilai SAKIP Pemerintah Daerah", "predikat", "B", "B", 100, "Organisasi"),
        (None, "s11", "Indeks Pelayanan Publik (IPP)", "indeks", 3.62, 3.5, 103.43, "Organisasi"),
        (S2, "s04", "Persentase produk hukum daerah yang ditetapkan tepat waktu", "%", "88,5 %", 85, 104.12, "Hukum"),
        (None, "s05", "Persentase produk hukum daerah yang dipublikasikan melalui JDIH", "%", 100, 90, 111.11, "Hukum"),
        (None, "s19", "Jumlah Peraturan Daerah yang ditetapkan", "perda", 10, 12, 83.33, "Hukum"),
        (S3, "s13", "Skor EKPPD", "skor", 3.05, 3.1, 98.39, "Pemerintahan"),
        ("IND", "s14", "Persentase penegasan batas desa", "%", 45, 40, 112.5, "Pemerintahan"),
        (None, "s15", "Persentase BUMD yang sehat", "%", 50, 50, 100, "Perekonomian"),
        (None, "s07", "Persentase paket tender yang selesai tepat waktu", "%", (0.9375,), (0.90,), 104.17, "Pengadaan Barang/Jasa"),
        (S4, "s17", "Persentase kegiatan pimpinan yang terdokumentasi dan terpublikasi", "%", 100, 100, 100, "Protokol dan Komunikasi Pimpinan"),
    ]
    r = 6
    for i, (s, sid, name, unit, re_, t, cap, bag) in enumerate(D, 1):
        if s == "IND":  # the indicator typed into the Sasaran column
            row_put(ws, r, 1, [i, None, name, unit])
        else:
            row_put(ws, r, 1, [i, name, s, unit])
        setv(ws, "E%d" % r, re_); setv(ws, "F%d" % r, t)
        put(ws, "G%d" % r, cap); put(ws, "H%d" % r, "Bagian " + bag)
        K.add(FN, ws.title, r, 2021, name, sid, num(t), num(re_), {"cell": "F%d" % r}, {"cell": "E%d" % r})
        r += 1
    r += 1
    ws["B%d" % r] = "Jumlah Anggaran Tahun 2021 : Rp. 48.215.600.000,-"; r += 1
    ws["B%d" % r] = "Jumlah Realisasi Anggaran Tahun 2021 : Rp. 44.902.117.350,-"; r += 2
    signature(ws, r, "F", "Sendang Arum, 31 Desember 2021", *SEKDA)
    widths(ws, {"A": 5, "B": 48, "C": 36, "D": 9, "E": 11, "F": 11, "G": 11, "H": 24})


def y2022(wb):
    ws = wb.create_sheet("IKU 2022")
    for i, t in enumerate(["INDIKATOR KINERJA UTAMA (IKU)", "SEKRETARIAT DAERAH KABUPATEN BATU LINTANG", "CAPAIAN TAHUN 2022"], 1):
        merge(ws, "A%d:H%d" % (i, i), t, True, box=False)
    for c, t in zip("ABCDH", ["No", "Indikator Kinerja Utama", "Formulasi / Cara Pengukuran", "Satuan", "Keterangan"]):
        merge(ws, "%s5:%s6" % (c, c), t, True)
    merge(ws, "E5:G5", "Tahun 2022", True)
    for c, t in zip("EFG", ["Target", "Realisasi", "%"]):
        put(ws, c + "6", t, bold=True, align=CENTER)
    row_put(ws, 7, 1, ["(%d)" % i for i in range(1, 9)])
    ws.column_dimensions["C"].hidden = True
    D = [
        ("Sasaran 1 : Meningkatnya kualitas tata kelola dan reformasi birokrasi",),
        ("s01", "Nilai RB Pemerintah Daerah", "Hasil evaluasi RB oleh KemenPAN-RB", "nilai", 64, "65,02", 101.59, ""),
        ("s03", "Indeks Evaluasi Kelembagaan", "Hasil evaluasi kelembagaan", "indeks", 62, "63,5", 102.42, ""),
        ("s20", "Persentase PD yang telah menyusun analisis jabatan dan ABK", "PD ber-Anjab ABK / jumlah PD x 100", "%", 90, 92, 102.22, ""),
        ("s10", "Nilai SAKIP Pemda", "Hasil evaluasi SAKIP oleh KemenPAN-RB", "predikat", "BB", "B", 0, "belum tercapai"),
        ("s12", "Persentase Perangkat Daerah dengan nilai SAKIP minimal B", "PD dengan nilai >= B / jumlah PD x 100", "%", 70, 73.3, 104.71, ""),
        ("s11", "Indeks Pelayanan Publik", "Hasil evaluasi PEKPPP", "indeks", 3.6, "3,71", 103.06, ""),
        ("Sasaran 2 : Meningkatnya kepastian hukum",),
        ("s04", "Prosentase Produk Hukum Daerah yang ditetapkan tepat waktu", "", "%", 87, 90, 103.45, ""),
        ("s05", "Persentase produk hukum yang dipublikasikan di JDIH", "", "%", 100, 100, 100, ""),
        ("s19", "Jumlah Perda yang ditetapkan", "", "perda", 10, "11 perda", 110, ""),
        ("Sasaran 3 : Meningkatnya kualitas penyelenggaraan pemerintahan umum",),
        ("s13", "Nilai EKPPD", "", "skor", 3.2, 3.21, 100.31, ""),
        ("s14", "Persentase desa yang batas wilayahnya telah ditegaskan", "", "%", 50, 52, 104, ""),
        ("Sasaran 4 : Meningkatnya kinerja perekonomian dan pengadaan barang/jasa",),
        ("s15", "Persentase BUMD sehat", "", "%", 60, 66.67, 111.12, ""),
        ("s16", "Laju inflasi", "", "%", 3.5, 5.2, 148.57, "Negatif"),
        ("s07", "Prosentase paket tender selesai tepat waktu", "", "%", 92, 95.1, 103.37, ""),
        ("s08", "Persentase nilai belanja melalui e-katalog", "", "%", "30 %", "34,5 %", 115, ""),
        ("Sasaran 5 : Meningkatnya kualitas pelayanan protokol",),
        ("s17", "Persentase kegiatan pimpinan yang terdokumentasi dan terpublikasi", "", "%", 100, 100, 100, ""),
    ]
    r = 8; n = 0; first = None
    for d in D:
        if len(d) == 1:
            merge(ws, "A%d:H%d" % (r, r), d[0], True, align=WRAP); r += 1; continue
        n += 1
        sid, name, form, unit, t, re_, cap, ket = d
        first = first or r
        row_put(ws, r, 1, [n, name, form, unit, t, re_, cap, ket])
        K.add(FN, ws.title, r, 2022, name, sid, num(t), num(re_), {"cell": "E%d" % r}, {"cell": "F%d" % r})
        r += 1
    merge(ws, "A%d:F%d" % (r, r), "Rata-rata Capaian", True)
    put(ws, "G%d" % r, "=ROUND(AVERAGE(G%d:G%d),2)" % (first, r - 1)); r += 3
    signature(ws, r, "F", "Sendang Arum, 31 Desember 2022", *SEKDA)
    widths(ws, {"A": 5, "B": 50, "C": 30, "D": 9, "E": 10, "F": 10, "G": 10, "H": 16})


def y2023(wb):
    ws = wb.create_sheet("E81 2023")
    for i, t in enumerate(["Formulir E.81", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN BATU LINTANG",
                           "RENJA SEKRETARIAT DAERAH KABUPATEN BATU LINTANG TAHUN 2023",
                           "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD"], 1):
        ws["A%d" % i] = t
    ws["A2"].font = BOLD
    for c, t in zip("ABCD", ["No", "Sasaran", "Program / Kegiatan", "Indikator Kinerja Program (outcome) / Kegiatan (output)"]):
        merge(ws, "%s6:%s8" % (c, c), t, True)
    P = [("E", "F", "Target Kinerja dan Anggaran Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"),
         ("G", "H", "Realisasi Target Kinerja dan Anggaran Renstra PD s/d Renja PD Tahun Lalu (2022)"),
         ("I", "J", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2023) yang dievaluasi"),
         ("S", "T", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi"),
         ("U", "V", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang dievaluasi (%)"),
         ("W", "X", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2023"),
         ("Y", "Z", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2023 (%)")]
    for a, b, t in P:
        merge(ws, "%s6:%s7" % (a, b), t, True)
        put(ws, a + "8", "K", align=CENTER); put(ws, b + "8", "Rp", align=CENTER)
    merge(ws, "K6:R6", "Realisasi Kinerja Pada Triwulan", True)
    for (a, b), t in zip([("K", "L"), ("M", "N"), ("O", "P"), ("Q", "R")], ["I", "II", "III", "IV"]):
        merge(ws, "%s7:%s7" % (a, b), t, True)
        put(ws, a + "8", "K", align=CENTER); put(ws, b + "8", "Rp", align=CENTER)
    merge(ws, "AA6:AA8", "Unit PD Penanggung Jawab", True); merge(ws, "AB6:AB8", "Ket.", True)
    nums = ["1", "2", "3", "4", "5", None, "6", None, "7", None, "8", None, "9", None, "10", None, "11", None,
            "12 = 8+9+10+11", None, "13 = 12/7 x 100", None, "14 = 6 + 12", None, "15 = 14/5 x 100", None, "16", "17"]
    for i, t in enumerate(nums):
        put(ws, "%s9" % get_column_letter(i + 1), t, align=CENTER)
    S1 = "Meningkatnya kualitas tata kelola pemerintahan dan reformasi birokrasi"
    S2 = "Meningkatnya kepastian hukum"
    S3 = "Meningkatnya kualitas penyelenggaraan pemerintahan umum dan perekonomian"
    # (no, sasaran, progkeg, id, name, renstra, real_sd2022, target, QK, anggaran, QRp, mode, unit)
    D = [
        ("1", S1, None, "s01", "Nilai Indeks Reformasi Birokrasi (RB)", 75, 65.02, 66, ["-", "-", "-", 64.7], None, None, "last", "Bagian Organisasi"),
        ("", None, None, "s10", "Predikat SAKIP Kabupaten", 70, 61.5, 62, [0, 0, 0, 61.78], None, None, "last", "Bagian Organisasi"),
        ("", None, None, "s11", "IPP Kabupaten", 4.2, 3.71, 3.75, ["-", "-", "-", 3.9], None, None, "last", "Bagian Organisasi"),
        ("", None, None, "s12", "Persentase PD dengan nilai AKIP minimal B", 90, 73.3, 75, ["-", "-", "-", 76.7], None, None, "last", "Bagian Organisasi"),
        ("2", S2, None, "s04", "Persentase produk hukum yang ditetapkan tepat waktu", 95, 90, 90, [0, 0, 0, 92.31], None, None, "sum", "Bagian Hukum"),
        ("", None, None, "s05", "Persentase Produk Hukum Daerah terpublikasi pada JDIH", 100, 100, 100, [100, 100, 100, 98.2], None, None, 98.2, "Bagian Hukum"),
        ("3", S3, None, "s13", "Status kinerja EKPPD", "Sangat Tinggi", "Tinggi", "Tinggi", ["-", "-", "-", "Sangat Tinggi"], None, None, "Sangat Tinggi", "Bagian Tata Pemerintahan"),
        ("", None, None, "s14", "Persentase desa yang batas wilayahnya telah ditegaskan", 90, 52, 60, ["-", "-", "-", 61.5], None, None, "next", "Bagian Tata Pemerintahan"),
        ("", None, None, "s15", "Persentase BUMD dalam kondisi sehat", 100, 66.67, 66.67, ["-", "-", "-", 66.67], None, None, "last", "Bagian Perekonomian dan SDA"),
        ("", None, None, "s16", "Tingkat Inflasi", 3, 5.2, 3.5, [4.1, 3.6, 3.2, 2.9], None, None, "last", "Bagian Perekonomian dan SDA"),
        ("1.1", None, "Program Penataan Organisasi", "s03", "Indeks Kelembagaan", 75, 63.5, 65, ["-", "-", "-", 66.1], 420000000, [62000000, 110500000, 98000000, 131250000], "last", "Bagian Organisasi"),
        ("1.1.1", None, "Penataan Kelembagaan dan Ketatalaksanaan", "s20", "Persentase Perangkat Daerah yang memiliki Anjab & ABK", 100, 92, 100, ["-", "-", "-", 100], 185000000, [20000000, 45000000, 60000000, 55800000], "last", "Bagian Organisasi"),
        ("2.1.1", None, "Pengelolaan Jaringan Dokumentasi dan Informasi Hukum", "s06", "Peringkat JDIH tingkat Provinsi", 1, "-", 3, ["-", "-", "-", 2], 150000000, [15000000, 35000000, 40000000, 52500000], "last", "Bagian Hukum"),
        ("3.1", None, "Program Pengadaan Barang dan Jasa", "s07", "Persentase paket pengadaan (tender) yang selesai tepat waktu", 98, 95.1, 95, ["-", "-", "-", 96.3], 610000000, [98000000, 160000000, 170500000, 170200000], "last", "Bagian Pengadaan Barang/Jasa"),
        ("3.1.1", None, "Pengelolaan Layanan Pengadaan Secara Elektronik", "s08", "Persentase nilai transaksi melalui e-katalog", 50, 34.5, 35, ["-", "-", "-", 41.2], 240000000, [40000000, 60000000, 65000000, 70300000], "last", "Bagian Pengadaan Barang/Jasa"),
        ("3.1.2", None, "Pembinaan Katalog Elektronik Lokal", "s09", "Jumlah produk tayang di katalog elektronik lokal", 1000, 0, 150, [20, 45, 60, 87], 120000000, [10000000, 35000000, 30000000, 41000000], "sum", "Bagian Pengadaan Barang/Jasa"),
        ("4.1.1", None, "Fasilitasi Keprotokolan", "s18", "Persentase agenda pimpinan yang terfasilitasi", 100, 100, 100, [100, 100, 100, 100], 1250000000, [280000000, 310000000, 320000000, 305600000], "last", "Bagian Protokol dan Komunikasi Pimpinan"),
    ]
    r = 10; first = r
    rows = []
    for d in D:
        rows.append(r); r += 1
    for r, d in zip(rows, D):
        no, s, pk, sid, name, rn, rsd, t, QK, ang, QR, mode, unit = d
        row_put(ws, r, 1, [no, s, pk, name, rn, None, rsd, None, t, ang])
        for q, (ck, cr) in enumerate([("K", "L"), ("M", "N"), ("O", "P"), ("Q", "R")]):
            put(ws, "%s%d" % (ck, r), QK[q]); put(ws, "%s%d" % (cr, r), QR[q] if QR else None, fmt="#,##0")
        if mode == "sum":
            put(ws, "S%d" % r, "=SUM(K%d,M%d,O%d,Q%d)" % (r, r, r, r)); kr = sum(x for x in QK if isinstance(x, (int, float)))
        elif mode == "last":
            put(ws, "S%d" % r, "=Q%d" % r); kr = QK[3]
        elif mode == "next":  # formula pointing at the next row (planted)
            put(ws, "S%d" % r, "=Q%d" % (r + 1)); kr = D[D.index(d) + 1][8][3]
        else:
            put(ws, "S%d" % r, mode); kr = mode if isinstance(mode, (int, float)) else None
        put(ws, "T%d" % r, "=SUM(L%d,N%d,P%d,R%d)" % (r, r, r, r) if QR else None, fmt="#,##0")
        numeric = not isinstance(t, str)
        put(ws, "U%d" % r, "=IFERROR(ROUND(S%d/I%d*100,2),\"-\")" % (r, r) if numeric else "-")
        put(ws, "V%d" % r, "=ROUND(T%d/J%d*100,2)" % (r, r) if QR else None)
        put(ws, "W%d" % r, "=IFERROR(G%d+S%d,S%d)" % (r, r, r) if numeric else "Sangat Tinggi")
        put(ws, "X%d" % r, None)
        put(ws, "Y%d" % r, "=IFERROR(ROUND(W%d/E%d*100,2),\"-\")" % (r, r) if numeric else "-")
        put(ws, "Z%d" % r, None)
        put(ws, "AA%d" % r, unit); put(ws, "AB%d" % r, "Negatif" if sid == "s16" else None)
        for c in "FHJ":
            ws["%s%d" % (c, r)].number_format = "#,##0"
        K.add(FN, ws.title, r, 2023, name, sid, num(t) if numeric else None,
              round(kr, 6) if kr is not None else None, {"cell": "I%d" % r}, {"cell": "S%d" % r})
    last = rows[-1]
    for a, b in [(10, 13), (14, 15), (16, 19)]:
        ws.merge_cells("B%d:B%d" % (a, b))
    r = last + 2
    ws["C%d" % r] = "Rata-rata capaian kinerja (%)"
    ws["U%d" % r] = "=ROUND(AVERAGE(U%d:U%d),1)" % (first, last); ws["V%d" % r] = "=ROUND(AVERAGE(V%d:V%d),1)" % (first, last); r += 1
    ws["C%d" % r] = "Predikat kinerja"; ws["U%d" % r] = "Sangat Tinggi"; r += 1
    ws["C%d" % r] = "Faktor pendorong : komitmen pimpinan"; r += 1
    ws["C%d" % r] = "Faktor penghambat : keterbatasan SDM pengelola JDIH"; r += 1
    ws["C%d" % r] = "Tindak lanjut : penguatan koordinasi antar bagian"; r += 2
    signature(ws, r, "C", "Sendang Arum, 12 Januari 2024", "Disusun oleh: " + SEKDA[0], SEKDA[1], SEKDA[2], SEKDA[3])
    signature(ws, r, "S", "Dievaluasi oleh:", "Kepala Bappeda Kabupaten Batu Lintang", "Dr. SITI NURHALIZA PANE, S.E., M.Si", "Pembina Utama Muda", "19740618 199903 2 002")
    widths(ws, {"A": 6, "B": 24, "C": 30, "D": 40, "J": 14, "T": 14, "AA": 22})


def y2024(wb):
    ws = wb.create_sheet("RA 2024")
    for i, t in enumerate(["RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA", "SEKRETARIAT DAERAH KABUPATEN BATU LINTANG",
                           "TAHUN 2023"], 1):  # title copied from last year
        merge(ws, "A%d:N%d" % (i, i), t, True, box=False)
    for c, t in zip("ABCDEN", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2024", "Penanggung Jawab"]):
        merge(ws, "%s5:%s6" % (c, c), t, True)
    for (a, b), t in zip([("F", "G"), ("H", "I"), ("J", "K"), ("L", "M")], ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
        merge(ws, "%s5:%s5" % (a, b), t, True)
        put(ws, a + "6", "Target", align=CENTER); put(ws, b + "6", "Realisasi", align=CENTER)
    S1 = "Meningkatnya kualitas tata kelola pemerintahan dan reformasi birokrasi"
    S2 = "Meningkatnya kepastian hukum"
    S3 = "Meningkatnya kualitas penyelenggaraan pemerintahan umum dan perekonomian"
    S4 = "Meningkatnya kualitas pengadaan barang/jasa"
    S5 = "Meningkatnya kualitas pelayanan keprotokolan"
    d = "-"
    D = [
        (S1, "s01", "Nilai RB General", "nilai", 68, [d, d, d, 68], [d, d, d, 70.15], "last", "Bagian Organisasi"),
        (S1, "s02", "Nilai RB Tematik", "nilai", 60, [d, d, d, 60], [d, d, d, 58.3], "last", "Bagian Organisasi"),
        (S1, "s03", "Indeks Kelembagaan PD", "indeks", 70, [d, 70, d, 70], [d, 68.9, d, 69.4], "last", "Bagian Organisasi"),
        (S1, "s10", "Nilai SAKIP Pemda", "nilai", 65, [d, d, d, 65], [d, d, d, 66.12], "last", "Bagian Organisasi"),
        (S1, "s12", "Persentase PD dengan nilai SAKIP minimal B", "%", 80, [d, d, d, 80], [d, d, d, 83.3], "last", "Bagian Organisasi"),
        (S1, "s11", "Nilai Indeks Pelayanan Publik", "indeks", 4.0, [d, d, d, 4.0], [d, d, d, "4,05"], "last", "Bagian Organisasi"),
        (S2, "s04", "% produk hukum daerah ditetapkan tepat waktu", "%", 92, [92] * 4, [90, 93, 94, 95], "last", "Bagian Hukum"),
        (S2, "s05", "Persentase produk hukum daerah yang dipublikasikan melalui JDIH", "%", 100, [100] * 4, [100] * 4, "last", "Bagian Hukum"),
        (S2, "s19", "Jumlah Perda ditetapkan", "perda", 9, [2, 2, 3, 2], [1, 3, 3, 2], "sum", "Bagian Hukum"),
        (S2, "s06", "Peringkat pengelolaan JDIH", "peringkat", 3, [d, d, d, 3], [d, d, d, 1], "last", "Bagian Hukum"),
        (S3, "s14", "Persentase desa yang batas wilayahnya telah ditegaskan", "%", 70, [20, 40, 55, 70], [22, 41, 60, 71], "last", "Bagian Tata Pemerintahan"),
        (S3, "s15", "Persentase BUMD sehat", "%", 75, [d, d, d, 75], [d, d, d, "N/A"], "last", "Bagian Perekonomian dan SDA"),
        (S3, "s16", "Tingkat inflasi (yoy)", "%", 3, [3] * 4, [2.75, 2.5, 2.12, 2.31], "last", "Bagian Perekonomian dan SDA"),
        (S4, "s07", "% Paket Tender Tepat Waktu", "%", (0.95,), [(0.95,)] * 4, [(0.96,), (0.955,), (0.972,), (0.97,)], "last", "Bagian Pengadaan Barang/Jasa"),
        (S4, "s08", "Persentase nilai transaksi e-katalog", "%", 40, [10, 20, 30, 40], [12.1, 25.3, 38.9, 52.8], "last", "Bagian Pengadaan Barang/Jasa"),
        (S4, "s09", "Jumlah produk tayang pada e-katalog lokal", "produk", 300, [75, 150, 225, 300], [90, 160, 270, 345], "last", "Bagian Pengadaan Barang/Jasa"),
        (S5, "s17", "Persentase kegiatan pimpinan terdokumentasi", "%", 100, [100] * 4, [100] * 4, "last", "Bagian Protokol dan Komunikasi Pimpinan"),
        (S5, "s18", "Persentase agenda pimpinan yang terfasilitasi", "%", 100, [100] * 4, [100] * 4, "last", "Bagian Protokol dan Komunikasi Pimpinan"),
    ]
    r = 7; start = {}; n = 0
    for s, sid, name, unit, t, T, R, rule, pj in D:
        n += 1
        row_put(ws, r, 1, [n, s if s not in start else None, name, unit])
        start.setdefault(s, [r, r]); start[s][1] = r
        setv(ws, "E%d" % r, t)
        for q, (ct, cr) in enumerate([("F", "G"), ("H", "I"), ("J", "K"), ("L", "M")]):
            setv(ws, "%s%d" % (ct, r), T[q]); setv(ws, "%s%d" % (cr, r), R[q])
        put(ws, "N%d" % r, pj)
        if rule == "sum":
            kr = sum(R); rs = {"sum": ["G%d" % r, "I%d" % r, "K%d" % r, "M%d" % r]}
        else:
            kr = num(R[3]); rs = {"last": "M%d" % r}
        K.add(FN, ws.title, r, 2024, name, sid, num(t), kr, {"cell": "E%d" % r}, rs)
        r += 1
    for s, (a, b) in start.items():
        ws.merge_cells("B%d:B%d" % (a, b))
    r += 2
    signature(ws, r, "K", "Sendang Arum, 31 Desember 2024", *SEKDA)
    widths(ws, {"A": 4, "B": 32, "C": 46, "D": 9, "E": 9, "N": 26})


def leftover(wb):
    ws = wb.create_sheet("Sheet1")
    row_put(ws, 1, 1, ["Bagian", "Pagu 2023", "Realisasi 2023"])
    for i, (b, p, q) in enumerate([("Organisasi", 605000000, 588120000), ("Hukum", 410000000, 396500000),
                                   ("Pengadaan Barang/Jasa", 970000000, 902000000), ("Protokol", 1250000000, 1215600000)], 2):
        row_put(ws, i, 1, [b, p, q], fmt="#,##0")
    ws["A7"] = "Jumlah"; ws["B7"] = "=SUM(B2:B5)"; ws["C7"] = "=SUM(C2:C5)"


if __name__ == "__main__":
    os.makedirs(RAW, exist_ok=True)
    wb = Workbook()
    cover(wb); y2021(wb); y2022(wb); y2023(wb); y2024(wb); leftover(wb)
    wb.save(os.path.join(RAW, FN))
    K.file(FN)
    K.save()
