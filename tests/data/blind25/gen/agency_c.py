"""Agency C: Dinas Ketahanan Pangan (DKP), Kota Tanjung Rembulan, 2019-2022.

2019  .xlsx  plain PK table (Sasaran | Indikator | Satuan | Target | Realisasi | Capaian), numbers
2020  .ods   plain PK table, every figure typed as TEXT in Indonesian style ("2.398", "7,14 %")
2021  .xls   plain PK table, percentages stored as fractions with a % format, capaian formulas
2022  .xlsx  LKjIP chapter III table: Realisasi 2019/2020/2021 | Target, Realisasi, Capaian 2022 |
             Target Akhir Renstra (2026) | Capaian thd Renstra; a budget table below (no indicators)
"""
import openpyxl

from common import (KOTA, KOTA_UP, FMT_INT, FMT_2, FMT_PCT2, Keys, C, put, text, merge, widths,
                    signature, ship, id_num, rupiah)

Y = [2019, 2020, 2021, 2022]
AGENCY = "Dinas Ketahanan Pangan"

# id: (unit, negative, renstra end target 2026, names, targets, realisasi)
IND = {
 "c01": ("skor", False, 92.5,
         {2019: "Skor Pola Pangan Harapan (PPH) Konsumsi", 2020: "Skor konsumsi pangan (PPH)",
          2021: "Skor Pola Pangan Harapan (PPH) tingkat konsumsi", 2022: "Skor PPH Konsumsi"},
         [86.0, 87.0, 88.0, 89.0], [85.70, 86.40, 88.30, 89.60]),
 "c02": ("skor", False, 88.0,
         {2019: "Skor PPH Ketersediaan", 2020: "Skor Pola Pangan Harapan (PPH) ketersediaan",
          2021: "Skor PPH Ketersediaan Pangan", 2022: "Skor PPH ketersediaan"},
         [82.0, 83.0, 84.0, 85.0], [81.90, 83.60, 84.20, 85.45]),
 "c03": ("indeks", False, 78.0,
         {2020: "Indeks Ketahanan Pangan", 2021: "Indeks Ketahanan Pangan (IKP) Kota Tanjung Rembulan", 2022: "IKP"},
         [None, 72.50, 73.50, 74.50], [None, 73.12, 73.40, 75.06]),
 "c04": ("kkal/kap/hari", False, 2400,
         {2019: "Ketersediaan energi per kapita per hari", 2020: "Ketersediaan Energi per Kapita",
          2021: "Angka ketersediaan energi (kkal/kapita/hari)", 2022: "Ketersediaan energi perkapita"},
         [2400, 2400, 2400, 2400], [2452, 2398.4, 2430, 2476]),
 "c05": ("gram/kap/hari", False, 63,
         {2019: "Ketersediaan protein per kapita per hari", 2020: "Ketersediaan Protein per Kapita",
          2021: "Angka ketersediaan protein (gram/kapita/hari)", 2022: "Ketersediaan protein perkapita"},
         [63, 63, 63, 63], [66.20, 62.80, 65.10, 67.30]),
 "c06": ("kkal/kap/hari", False, 2150,
         {2019: "Konsumsi energi per kapita per hari", 2020: "Konsumsi Energi per Kapita",
          2021: "Angka konsumsi energi (kkal/kapita/hari)", 2022: "Konsumsi energi perkapita"},
         [2100, 2100, 2100, 2100], [2054, 2038.6, 2087, 2112]),
 "c07": ("gram/kap/hari", False, 57,
         {2019: "Konsumsi protein per kapita per hari", 2020: "Konsumsi Protein per Kapita",
          2021: "Angka konsumsi protein (gram/kapita/hari)", 2022: "Konsumsi protein perkapita"},
         [57, 57, 57, 57], [58.40, 57.90, 59.20, 60.10]),
 "c08": ("%", True, 3.0,
         {2019: "Persentase kelurahan rawan pangan", 2020: "Prosentase kelurahan rentan rawan pangan",
          2021: "Persentase Kelurahan Rentan Rawan Pangan",
          2022: "Persentase kelurahan rentan rawan pangan (prioritas 1-3)"},
         [8.50, 7.50, 6.50, 5.50], [8.57, 7.14, 5.71, 5.71]),
 "c09": ("kelurahan", False, 2,
         {2019: "Jumlah kelurahan rawan pangan yang ditangani", 2020: "Jumlah penanganan kelurahan rawan pangan",
          2021: "Jumlah kelurahan rentan rawan pangan yang diintervensi",
          2022: "Jumlah Kelurahan Rawan Pangan yang Ditangani"},
         [3, 3, 2, 2], [3, 3, 2, 2]),
 "c10": ("ton", False, 40,
         {2019: "Jumlah Cadangan Beras Pemerintah Daerah (CBPD)", 2020: "Jumlah CBPD",
          2021: "Jumlah cadangan pangan pemerintah kota (beras)", 2022: "Cadangan Pangan Pemerintah Daerah (CPPD) beras"},
         [20, 25, 30, 30], [20.0, 25.0, 30.0, 32.5]),
 "c11": ("%", False, 100,
         {2021: "Persentase pemenuhan cadangan pangan pemerintah daerah",
          2022: "Persentase ketersediaan cadangan pangan pemerintah daerah"},
         [None, None, 100, 100], [None, None, 100.0, 108.33]),
 "c12": ("%", False, 95,
         {2019: "Persentase pangan segar yang aman dikonsumsi",
          2020: "Persentase Pangan Segar Asal Tumbuhan (PSAT) yang Aman",
          2021: "Persentase PSAT yang memenuhi syarat keamanan pangan",
          2022: "Persentase pangan segar asal tumbuhan yang aman dikonsumsi"},
         [90, 90, 92, 93], [91.30, 89.60, 93.75, 94.20]),
 "c13": ("sampel", False, 200,
         {2019: "Jumlah sampel pangan segar yang diuji", 2020: "Jumlah pengujian sampel PSAT",
          2021: "Jumlah Sampel Pangan Segar Asal Tumbuhan yang Diuji", 2022: "Jumlah sampel PSAT yang diuji laboratorium"},
         [120, 80, 150, 160], [126, 80, 160, 164]),
 "c14": ("kawasan", False, None,
         {2019: "Jumlah Kawasan Rumah Pangan Lestari (KRPL) yang dikembangkan"},
         [10, None, None, None], [10, None, None, None]),
 "c15": ("kelompok", False, 20,
         {2020: "Jumlah kelompok Pekarangan Pangan Lestari (P2L)", 2021: "Jumlah Kelompok P2L yang Dibina",
          2022: "Jumlah kelompok Pekarangan Pangan Lestari yang dibina"},
         [None, 8, 12, 15], [None, 8, 12, 15]),
 "c16": ("unit", False, 8,
         {2019: "Jumlah Lumbung Pangan Masyarakat yang dibina", 2020: "Jumlah LPM yang dibina",
          2022: "Jumlah lumbung pangan masyarakat yang dikembangkan"},
         [5, 5, None, 6], [5, 4, None, 6]),
 "c17": ("toko", False, None,
         {2019: "Jumlah Toko Tani Indonesia (TTI) yang aktif", 2020: "Jumlah TTI aktif",
          2021: "Jumlah Toko Tani Indonesia yang Aktif"},
         [6, 8, 10, None], [6, 7, 10, None]),
 "c18": ("%", True, 4.0,
         {2019: "Koefisien Variasi (CV) harga pangan pokok", 2020: "Koefisien variasi harga pangan strategis",
          2021: "CV harga pangan pokok tingkat konsumen", 2022: "Koefisien variasi harga pangan pokok"},
         [5.00, 5.00, 4.50, 4.50], [4.62, 5.31, 4.18, 3.97]),
 "c19": ("kegiatan", False, 10,
         {2019: "Jumlah kegiatan promosi penganekaragaman konsumsi pangan",
          2020: "Jumlah promosi Beragam, Bergizi Seimbang dan Aman (B2SA)",
          2021: "Jumlah kegiatan promosi B2SA", 2022: "Jumlah Kegiatan Gerakan Diversifikasi Pangan (B2SA)"},
         [6, 4, 6, 8], [6, 4, 7, 8]),
 "c20": ("dokumen", False, 1,
         {2019: "Tersusunnya Peta Ketahanan dan Kerentanan Pangan (FSVA)", 2020: "Jumlah dokumen FSVA",
          2021: "Jumlah Dokumen Peta Ketahanan dan Kerentanan Pangan", 2022: "Dokumen FSVA Kota yang tersusun"},
         [1, 1, 1, 1], [1, 1, 1, 1]),
 "c21": ("dokumen", False, 1,
         {2019: "Tersusunnya Neraca Bahan Makanan (NBM)", 2020: "Jumlah dokumen NBM",
          2021: "Jumlah Dokumen Neraca Bahan Makanan", 2022: "Dokumen NBM yang tersusun"},
         [1, 1, 1, 1], [1, 1, 1, 1]),
 "c22": ("UMKM", False, 40,
         {2021: "Jumlah UMKM pangan lokal yang dibina", 2022: "Jumlah pelaku UMKM pangan lokal yang dibina"},
         [None, None, 20, 25], [None, None, 22, 25]),
 "c23": ("nilai", False, 75,
         {2019: "Nilai SAKIP", 2020: "Nilai Evaluasi SAKIP Dinas Ketahanan Pangan", 2021: "Nilai AKIP",
          2022: "Nilai SAKIP DKP"},
         [62, 65, 68, 70], [61.85, 65.20, 68.40, 70.55]),
 "c24": ("%", False, 97,
         {2019: "Persentase serapan anggaran", 2020: "Persentase Realisasi Anggaran",
          2021: "Persentase penyerapan anggaran", 2022: "Prosentase serapan anggaran"},
         [95, 95, 95, 96], [91.24, 85.73, 94.88, 96.41]),
 "c25": ("%", False, 100,
         {2019: "Persentase laporan kinerja dan keuangan yang tepat waktu",
          2020: "Persentase Laporan Kinerja dan Keuangan Tepat Waktu",
          2021: "Persentase ketepatan waktu laporan kinerja dan keuangan",
          2022: "Persentase laporan kinerja dan keuangan yang disampaikan tepat waktu"},
         [100, 100, 100, 100], [100, 100, 100, 100]),
}

SAS = {
 2019: [("Meningkatnya kualitas konsumsi pangan masyarakat", ["c01", "c06", "c07", "c19"]),
        ("Meningkatnya ketersediaan pangan", ["c02", "c04", "c05", "c10", "c14", "c16", "c17", "c21"]),
        ("Menurunnya kerawanan pangan", ["c08", "c09", "c20"]),
        ("Meningkatnya keamanan pangan segar", ["c12", "c13"]),
        ("Terkendalinya stabilitas harga pangan pokok", ["c18"]),
        ("Meningkatnya akuntabilitas kinerja perangkat daerah", ["c23", "c24", "c25"])],
 2020: [("Meningkatnya ketersediaan dan cadangan pangan", ["c02", "c04", "c05", "c10", "c15", "c16", "c17", "c21"]),
        ("Meningkatnya kualitas konsumsi dan keragaman pangan", ["c01", "c06", "c07", "c19"]),
        ("Menurunnya kerawanan pangan", ["c03", "c08", "c09", "c20"]),
        ("Meningkatnya keamanan pangan segar", ["c12", "c13"]),
        ("Terkendalinya stabilitas harga pangan", ["c18"]),
        ("Meningkatnya akuntabilitas kinerja perangkat daerah", ["c23", "c24", "c25"])],
 2021: [("Meningkatnya kualitas konsumsi pangan masyarakat", ["c01", "c06", "c07", "c19", "c22"]),
        ("Meningkatnya ketersediaan pangan", ["c02", "c04", "c05", "c10", "c11", "c15", "c17", "c21"]),
        ("Menurunnya kerawanan pangan", ["c03", "c08", "c09", "c20"]),
        ("Meningkatnya keamanan pangan segar", ["c12", "c13"]),
        ("Terkendalinya stabilitas harga pangan pokok", ["c18"]),
        ("Meningkatnya akuntabilitas kinerja perangkat daerah", ["c23", "c24", "c25"])],
 2022: [("Meningkatnya kualitas konsumsi pangan masyarakat", ["c01", "c06", "c07", "c19", "c22"]),
        ("Meningkatnya ketersediaan pangan", ["c02", "c04", "c05", "c10", "c11", "c15", "c16", "c21"]),
        ("Menurunnya kerawanan pangan", ["c03", "c08", "c09", "c20"]),
        ("Meningkatnya keamanan pangan segar", ["c12", "c13"]),
        ("Terkendalinya stabilitas harga pangan pokok", ["c18"]),
        ("Meningkatnya akuntabilitas kinerja perangkat daerah", ["c23", "c24", "c25"])],
}

KADIS = {2019: ("Ir. SITI NURHALIZAH RAHMAWATI, M.P.", "Pembina Tingkat I", "NIP. 19720815 199703 2 005"),
         2020: ("Ir. SITI NURHALIZAH RAHMAWATI, M.P.", "Pembina Tingkat I", "NIP. 19720815 199703 2 005"),
         2021: ("Dr. Ir. AGUS PRANOTO WIBISONO, M.Si.", "Pembina Utama Muda", "NIP. 19660402 199203 1 011"),
         2022: ("Dr. Ir. AGUS PRANOTO WIBISONO, M.Si.", "Pembina Utama Muda", "NIP. 19660402 199203 1 011")}
BUDGET = {2019: 4_318_560_000, 2020: 3_126_745_000, 2021: 4_052_300_000, 2022: 4_877_910_000}

FILE = {2019: "PK DKP 2019.xlsx", 2020: "Pengukuran Kinerja DKP 2020.ods",
        2021: "PK DKP TAHUN 2021.xls", 2022: "LKjIP DKP 2022 - Tabel Bab III.xlsx"}


def get(i, y):
    u, neg, ren, names, t, r = IND[i]
    k = Y.index(y)
    return names[y], u, neg, t[k], r[k]


def capaian(t, r, neg):
    return round(((2 * t - r) / t if neg else r / t) * 100, 2)


def isdec(u):
    return u in ("%", "skor", "indeks", "nilai", "gram/kap/hari", "ton")


def header_block(ws, lines, last):
    for k, s in enumerate(lines):
        merge(ws, 1 + k, 1, 1 + k, last, s, bold=True, border=False, size=11)


def budget_and_sign(ws, r, y, c_text, c_sign, date):
    pagu = BUDGET[y]
    pct = IND["c24"][5][Y.index(y)]
    real = round(pagu * pct / 100) + 1234
    assert round(real / pagu * 100, 2) == pct
    text(ws, r, c_text, f"Jumlah Anggaran Tahun {y}")
    text(ws, r, c_text + 1, f": {rupiah(pagu)},-")
    text(ws, r + 1, c_text, f"Realisasi Anggaran Tahun {y}")
    text(ws, r + 1, c_text + 1, f": {rupiah(real)},-")
    n, rank, nip = KADIS[y]
    signature(ws, r + 3, c_sign, f"Tanjung Rembulan, {date}", ["Kepala Dinas Ketahanan Pangan", KOTA],
              n, rank, nip)


# ---------------------------------------------------------------- 2019 plain numbers
def y2019(K):
    y = 2019
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2019"
    widths(ws, {"A": 5, "B": 32, "C": 46, "D": 14, "E": 11, "F": 11, "G": 11})
    header_block(ws, ["PENGUKURAN KINERJA", f"DINAS KETAHANAN PANGAN {KOTA_UP}", "TAHUN 2019"], 7)
    for c, lab in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
                             "Capaian (%)"], 1):
        put(ws, 5, c, lab, bold=True, h="center")
        put(ws, 6, c, f"({c})", h="center", italic=True)
    r, n = 7, 1
    for sas, ids in SAS[y]:
        r0 = r
        for i in ids:
            name, u, neg, t, re = get(i, y)
            fmt = FMT_2 if isdec(u) else FMT_INT
            put(ws, r, 1, n, h="center")
            put(ws, r, 3, name)
            put(ws, r, 4, u, h="center")
            put(ws, r, 5, t, fmt=fmt, h="right")
            put(ws, r, 6, re, fmt=fmt, h="right")
            put(ws, r, 7, capaian(t, re, neg), fmt=FMT_2, h="right")
            K.add(FILE[y], ws.title, r, y, name, i, t, re, C(r, 5), C(r, 6))
            K.name_col(3)
            r += 1
            n += 1
        merge(ws, r0, 2, r - 1, 2, sas, h="left")
    budget_and_sign(ws, r + 1, y, 2, 5, "31 Desember 2019")
    ship(wb, K, FILE[y])


# ---------------------------------------------------------------- 2020 text, Indonesian style
def txt(v, u, style):
    s = id_num(v, 2 if (u in ("%", "skor", "indeks", "nilai") and v != int(v)) else None)
    if u == "%":
        return s + (" %" if style % 2 == 0 else "%")
    return s


def y2020(K):
    y = 2020
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lampiran PK"
    widths(ws, {"A": 5, "B": 32, "C": 46, "D": 12, "E": 12, "F": 11, "G": 14})
    header_block(ws, ["PENGUKURAN KINERJA TAHUN 2020", f"DINAS KETAHANAN PANGAN {KOTA_UP}"], 7)
    text(ws, 4, 1, "Kota : Tanjung Rembulan")
    text(ws, 5, 1, "Perangkat Daerah : Dinas Ketahanan Pangan")
    for c, lab in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Capaian",
                             "Satuan"], 1):
        put(ws, 7, c, lab, bold=True, h="center")
    r, n = 8, 1
    for sas, ids in SAS[y]:
        r0 = r
        for i in ids:
            name, u, neg, t, re = get(i, y)
            put(ws, r, 1, f"{n}.", h="center")
            put(ws, r, 3, name)
            put(ws, r, 4, txt(t, u, n), h="right")
            put(ws, r, 5, txt(re, u, n + 1), h="right")
            put(ws, r, 6, id_num(capaian(t, re, neg), 2), h="right")
            put(ws, r, 7, u, h="center")
            K.add(FILE[y], ws.title, r, y, name, i, t, re, C(r, 4), C(r, 5))
            K.name_col(3)
            r += 1
            n += 1
        merge(ws, r0, 2, r - 1, 2, sas, h="left")
    budget_and_sign(ws, r + 1, y, 2, 5, "31 Desember 2020")
    ship(wb, K, FILE[y])


# ---------------------------------------------------------------- 2021 fractions with % format
def y2021(K):
    y = 2021
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2021"
    widths(ws, {"A": 5, "B": 32, "C": 46, "D": 14, "E": 11, "F": 11, "G": 11})
    header_block(ws, ["PENGUKURAN KINERJA", "DINAS KETAHANAN PANGAN", KOTA_UP, "TAHUN ANGGARAN 2021"], 7)
    for c, lab in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan")]:
        merge(ws, 6, c, 7, c, lab, bold=True)
    merge(ws, 6, 5, 6, 7, "Tahun 2021", bold=True)
    for c, lab in [(5, "Target"), (6, "Realisasi"), (7, "Capaian")]:
        put(ws, 7, c, lab, bold=True, h="center")
    r, n = 8, 1
    for sas, ids in SAS[y]:
        r0 = r
        for i in ids:
            name, u, neg, t, re = get(i, y)
            put(ws, r, 1, n, h="center")
            put(ws, r, 3, name)
            put(ws, r, 4, u, h="center")
            if u == "%":
                put(ws, r, 5, round(t / 100, 6), fmt=FMT_PCT2, h="right")
                put(ws, r, 6, round(re / 100, 6), fmt=FMT_PCT2, h="right")
            else:
                fmt = FMT_2 if isdec(u) else FMT_INT
                put(ws, r, 5, t, fmt=fmt, h="right")
                put(ws, r, 6, re, fmt=fmt, h="right")
            if neg:
                put(ws, r, 7, f"=IFERROR((2*E{r}-F{r})/E{r},0)", fmt=FMT_PCT2, h="right")
            else:
                put(ws, r, 7, f"=IFERROR(F{r}/E{r},0)", fmt=FMT_PCT2, h="right")
            K.add(FILE[y], ws.title, r, y, name, i, t, re, C(r, 5), C(r, 6))
            K.name_col(3)
            r += 1
            n += 1
        merge(ws, r0, 2, r - 1, 2, sas, h="left")
    budget_and_sign(ws, r + 1, y, 2, 5, "31 Desember 2021")
    wb.create_sheet("Sheet2")
    ship(wb, K, FILE[y])


# ---------------------------------------------------------------- 2022 LKjIP chapter III table
def y2022(K):
    y = 2022
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tabel 3.2"
    widths(ws, {"A": 5, "B": 46, "C": 13, "D": 10, "E": 10, "F": 10, "G": 10, "H": 10, "I": 10, "J": 12, "K": 14})
    text(ws, 1, 1, "BAB III", bold=True, size=11)
    text(ws, 2, 1, "AKUNTABILITAS KINERJA", bold=True, size=11)
    text(ws, 3, 1, "A. Capaian Kinerja Organisasi", bold=True)
    text(ws, 4, 1, "Tabel 3.2", bold=True)
    text(ws, 5, 1, "Perbandingan Realisasi dan Capaian Kinerja Tahun 2022 dengan Tahun-Tahun Sebelumnya "
                   "serta Target Akhir Renstra Dinas Ketahanan Pangan Kota Tanjung Rembulan")
    for c, lab in [(1, "No"), (2, "Indikator Kinerja"), (3, "Satuan"), (10, "Target Akhir Renstra (2026)"),
                   (11, "Capaian s.d. 2022 terhadap Target Akhir Renstra (%)")]:
        merge(ws, 7, c, 8, c, lab, bold=True)
    merge(ws, 7, 4, 7, 6, "Realisasi", bold=True)
    merge(ws, 7, 7, 7, 9, "Tahun 2022", bold=True)
    for c, lab in [(4, "2019"), (5, "2020"), (6, "2021"), (7, "Target"), (8, "Realisasi"), (9, "Capaian (%)")]:
        put(ws, 8, c, lab, bold=True, h="center")
    for c in range(1, 12):
        put(ws, 9, c, f"({c})", h="center", italic=True)
    r, n = 10, 1
    for k, (sas, ids) in enumerate(SAS[y], 1):
        merge(ws, r, 1, r, 11, f"Sasaran {k}: {sas}", bold=True, h="left")
        r += 1
        for i in ids:
            name, u, neg, t, re = get(i, y)
            ren = IND[i][2]
            fmt = FMT_2 if isdec(u) else FMT_INT
            put(ws, r, 1, n, h="center")
            put(ws, r, 2, name)
            put(ws, r, 3, u, h="center")
            for j, py in enumerate((2019, 2020, 2021)):
                v = IND[i][5][Y.index(py)]
                put(ws, r, 4 + j, "-" if v is None else v, fmt=fmt, h="right")
            put(ws, r, 7, t, fmt=fmt, h="right")
            put(ws, r, 8, re, fmt=fmt, h="right")
            if neg:
                put(ws, r, 9, f"=ROUND((2*G{r}-H{r})/G{r}*100,2)", fmt=FMT_2, h="right")
                put(ws, r, 11, f"=ROUND((2*J{r}-H{r})/J{r}*100,2)", fmt=FMT_2, h="right")
            else:
                put(ws, r, 9, f"=ROUND(H{r}/G{r}*100,2)", fmt=FMT_2, h="right")
                put(ws, r, 11, f"=ROUND(H{r}/J{r}*100,2)", fmt=FMT_2, h="right")
            put(ws, r, 10, ren, fmt=fmt, h="right")
            K.add(FILE[y], ws.title, r, y, name, i, t, re, C(r, 7), C(r, 8))
            K.name_col(2)
            r += 1
            n += 1
    text(ws, r, 1, "Sumber: Dinas Ketahanan Pangan Kota Tanjung Rembulan, 2023 (diolah)", italic=True)
    r += 2
    text(ws, r, 1, "Tabel 3.3", bold=True)
    text(ws, r + 1, 1, "Realisasi Anggaran per Program Tahun 2022")
    r += 3
    for c, lab in [(1, "No"), (2, "Program"), (3, "Anggaran (Rp)"), (5, "Realisasi (Rp)"), (7, "Serapan (%)")]:
        put(ws, r, c, lab, bold=True, h="center")
    progs = [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2_611_430_000, 2_540_118_250),
             ("Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat", 1_054_200_000, 1_011_482_600),
             ("Program Penanganan Kerawanan Pangan", 412_080_000, 398_655_150),
             ("Program Pengawasan Keamanan Pangan", 800_200_000, 752_446_634)]
    r0 = r + 1
    for k, (p, a, b) in enumerate(progs, 1):
        r += 1
        put(ws, r, 1, k, h="center")
        put(ws, r, 2, p)
        put(ws, r, 3, a, fmt=FMT_INT)
        put(ws, r, 5, b, fmt=FMT_INT)
        put(ws, r, 7, f"=ROUND(E{r}/C{r}*100,2)", fmt=FMT_2)
    r += 1
    put(ws, r, 2, "Jumlah", bold=True)
    put(ws, r, 3, f"=SUM(C{r0}:C{r - 1})", fmt=FMT_INT, bold=True)
    put(ws, r, 5, f"=SUM(E{r0}:E{r - 1})", fmt=FMT_INT, bold=True)
    put(ws, r, 7, f"=ROUND(E{r}/C{r}*100,2)", fmt=FMT_2, bold=True)
    assert sum(p[1] for p in progs) == BUDGET[2022]
    assert round(sum(p[2] for p in progs) / BUDGET[2022] * 100, 2) == IND["c24"][5][3]
    ship(wb, K, FILE[y])


def build():
    K = Keys(AGENCY, "c", Y, "ketahanan_pangan")
    y2019(K)
    y2020(K)
    y2021(K)
    y2022(K)
    K.ambiguous = [["c14", "c15"]]
    K.lookalikes = [["c01", "c02"], ["c04", "c06"], ["c04", "c05"], ["c05", "c07"], ["c06", "c07"],
                    ["c08", "c09"], ["c10", "c11"], ["c12", "c13"], ["c20", "c21"]]
    K.write()
    return K


if __name__ == "__main__":
    build()
