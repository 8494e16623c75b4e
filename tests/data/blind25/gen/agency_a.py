"""Agency A: Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans), Kota Tanjung Rembulan, 2020-2023.

2020  .xls   target and realisasi each as a value cell + a satuan cell (Banjar 2015 style)
2021  .xlsx  last year's target/realisasi in hidden columns E:F, % stored as fractions, Keterangan
2022  .ods   one sheet, two tables: A. IKU (above), B. Indikator Kinerja Lainnya (below, other column order)
2023  .xlsx  realisasi = formulas into sheet 'Data Dukung' (cached values written by LibreOffice)
"""
import openpyxl

from common import (KOTA, KOTA_UP, FMT_INT, FMT_2, FMT_PCT2, FMT_PCT0, Keys, C, put, text,
                    merge, widths, rupiah, signature, ship, ref)

Y = [2020, 2021, 2022, 2023]
AGENCY = "Dinas Tenaga Kerja dan Transmigrasi"

# id: unit, negative?, {year: name}, {year: target}, {year: realisasi}
IND = {
 "a01": ("%", True,
         {2020: "Tingkat Pengangguran Terbuka (TPT)", 2021: "Tingkat Pengangguran Terbuka",
          2022: "Tingkat Pengangguran Terbuka (TPT) Kota Tanjung Rembulan", 2023: "TPT"},
         [6.80, 7.90, 7.20, 6.60], [7.95, 7.61, 6.98, 6.42]),
 "a02": ("%", False,
         {2020: "Tingkat Partisipasi Angkatan Kerja", 2021: "TPAK",
          2022: "Tingkat Partisipasi Angkatan Kerja (TPAK)", 2023: "Tingkat partisipasi angkatan kerja"},
         [66.50, 66.00, 66.80, 67.20], [65.87, 66.34, 67.05, 67.51]),
 "a03": ("%", False,
         {2020: "Prosentase pencari kerja yang ditempatkan",
          2021: "Persentase Pencari Kerja Terdaftar yang Ditempatkan",
          2022: "Persentase penempatan pencari kerja",
          2023: "Persentase pencari kerja (AK/I) yang ditempatkan"},
         [40, 35, 40, 45], [31.20, 36.71, 41.07, 46.29]),
 "a04": ("orang", False,
         {2020: "Jumlah tenaga kerja yang ditempatkan", 2021: "Jumlah Tenaga Kerja yang Ditempatkan",
          2022: "Jumlah penempatan tenaga kerja",
          2023: "Tenaga kerja yang ditempatkan melalui mekanisme AKL, AKAD dan AKAN"},
         [1500, 1200, 1450, 1700], [1128, 1315, 1502, 1764]),
 "a05": ("orang", False,
         {2020: "Jumlah tenaga kerja yang dilatih", 2021: "Jumlah tenaga kerja yang dilatih di BLK",
          2022: "Jumlah tenaga kerja yang mengikuti pelatihan kerja", 2023: "Jumlah peserta pelatihan kerja"},
         [480, 320, 400, 480], [352, 320, 416, 480]),
 "a06": ("%", False,
         {2020: "Persentase peserta pelatihan yang lulus uji kompetensi",
          2021: "Persentase lulusan pelatihan berbasis kompetensi yang bersertifikat",
          2022: "Persentase lulusan pelatihan kerja yang tersertifikasi",
          2023: "Prosentase lulusan pelatihan yang bersertifikat kompetensi"},
         [70, 75, 80, 85], [68.75, 78.13, 81.25, 86.04]),
 "a07": ("orang", False,
         {2020: "Jumlah pencari kerja yang terdaftar", 2021: "Jumlah Pencari Kerja Terdaftar (AK/I)",
          2022: "Jumlah pencaker terdaftar (kartu AK/I)", 2023: "Jumlah pencari kerja yang mendaftar (AK/I)"},
         [3600, 4000, 3800, 3800], [3615, 3582, 3657, 3811]),
 "a08": ("lowongan", False,
         {2020: "Jumlah lowongan kerja yang terdaftar", 2021: "Jumlah Lowongan Kerja yang Dilaporkan Perusahaan",
          2022: "Jumlah lowongan kerja terdaftar", 2023: "Jumlah lowongan pekerjaan yang terdaftar"},
         [1200, 900, 1100, 1300], [1046, 1122, 1187, 1356]),
 "a09": ("orang", False,
         {2020: "Jumlah tenaga kerja mandiri / wirausaha baru yang terbentuk",
          2021: "Jumlah Wirausaha Baru (WUB) yang terbentuk", 2022: "Jumlah WUB",
          2023: "Jumlah wirausaha baru yang dibentuk"},
         [60, 40, 50, 60], [52, 45, 50, 63]),
 "a10": ("%", False,
         {2020: "Persentase perselisihan hubungan industrial yang diselesaikan",
          2021: "Persentase Penyelesaian Kasus Perselisihan Hubungan Industrial",
          2022: "Persentase kasus PHI yang terselesaikan",
          2023: "Persentase penyelesaian perselisihan hubungan industrial"},
         [85, 85, 87, 90], [88.24, 83.33, 90.00, 92.86]),
 "a11": ("kasus", False,
         {2020: "Jumlah kasus perselisihan yang ditangani",
          2021: "Jumlah Kasus Perselisihan Hubungan Industrial yang Ditangani",
          2022: "Jumlah penanganan kasus perselisihan hubungan industrial"},
         [15, 15, 20, None], [17, 18, 20, None]),
 "a12": ("%", False,
         {2020: "Persentase perusahaan yang mematuhi norma ketenagakerjaan",
          2021: "Persentase perusahaan yang menerapkan norma ketenagakerjaan",
          2022: "Persentase Perusahaan yang Menerapkan Peraturan Perundang-undangan Ketenagakerjaan",
          2023: "Persentase perusahaan yang taat norma ketenagakerjaan"},
         [70, 72, 75, 78], [71.43, 72.50, 76.00, 78.26]),
 "a13": ("%", False,
         {2020: "Persentase perusahaan yang menerapkan K3",
          2021: "Persentase perusahaan yang menerapkan Keselamatan dan Kesehatan Kerja (K3)",
          2022: "Persentase perusahaan yang menerapkan norma K3",
          2023: "Persentase perusahaan yang menerapkan norma keselamatan dan kesehatan kerja"},
         [60, 62, 65, 68], [58.33, 63.75, 66.00, 69.57]),
 "a14": ("LKS", False,
         {2020: "Jumlah LKS Bipartit yang terbentuk", 2021: "Jumlah Lembaga Kerja Sama (LKS) Bipartit yang terbentuk",
          2022: "Jumlah Lembaga Kerja Sama Bipartit yang dibentuk", 2023: "Jumlah LKS Bipartit terbentuk"},
         [10, 8, 10, 12], [11, 8, 12, 12]),
 "a15": ("dokumen", False,
         {2020: "Jumlah Peraturan Perusahaan (PP) dan PKB yang disahkan", 2021: "Jumlah PP/PKB yang disahkan",
          2022: "Jumlah Peraturan Perusahaan dan Perjanjian Kerja Bersama yang disahkan",
          2023: "Jumlah pengesahan PP dan pendaftaran PKB"},
         [40, 35, 40, 45], [42, 33, 41, 47]),
 "a16": ("%", False,
         {2021: "Persentase pekerja formal peserta BPJS Ketenagakerjaan",
          2023: "Persentase pekerja formal yang menjadi peserta BPJS Ketenagakerjaan"},
         [None, 65, None, 70], [None, 66.80, None, 71.35]),
 "a17": ("%", False,
         {2022: "Persentase pekerja yang terlindungi jaminan sosial ketenagakerjaan"},
         [None, None, 68, None], [None, None, 69.12, None]),
 "a18": ("KK", False,
         {2020: "Jumlah KK calon transmigran yang diberangkatkan dan ditempatkan",
          2021: "Jumlah penempatan transmigran (KK)",
          2022: "Jumlah transmigran asal Kota Tanjung Rembulan yang ditempatkan",
          2023: "Jumlah KK transmigran yang ditempatkan"},
         [10, 5, 8, 8], [10, 4, 8, 6]),
 "a19": ("orang", False,
         {2020: "Jumlah calon transmigran yang dilatih", 2022: "Jumlah calon transmigran yang mengikuti pelatihan",
          2023: "Jumlah calon transmigran yang dilatih"},
         [20, None, 16, 16], [20, None, 16, 12]),
 "a20": ("kali", False,
         {2020: "Jumlah penyelenggaraan bursa kerja (job fair)", 2022: "Jumlah Job Fair yang diselenggarakan",
          2023: "Jumlah bursa kerja / job fair yang dilaksanakan"},
         [2, None, 2, 2], [1, None, 2, 3]),
 "a21": ("perusahaan", False,
         {2021: "Jumlah perusahaan yang menerapkan Struktur dan Skala Upah (SUSU)",
          2022: "Jumlah perusahaan yang menerapkan SUSU",
          2023: "Jumlah perusahaan yang telah menerapkan struktur dan skala upah"},
         [None, 25, 30, 35], [None, 27, 31, 35]),
 "a22": ("nilai", False,
         {2020: "Nilai Evaluasi SAKIP", 2021: "Nilai SAKIP Disnakertrans", 2022: "Nilai AKIP Perangkat Daerah",
          2023: "Nilai SAKIP"},
         [65, 67, 69, 71], [64.10, 66.85, 69.72, 71.04]),
 "a23": ("%", False,
         {2020: "Persentase serapan anggaran", 2021: "Persentase Realisasi Anggaran",
          2022: "Prosentase penyerapan anggaran", 2023: "Persentase serapan anggaran Disnakertrans"},
         [95, 95, 95, 97], [88.42, 93.17, 96.05, 97.38]),
 "a24": ("%", False,
         {2020: "Persentase dokumen perencanaan dan pelaporan kinerja yang tepat waktu",
          2021: "Persentase dokumen perencanaan dan pelaporan yang disusun tepat waktu",
          2022: "Persentase ketepatan waktu penyusunan dokumen perencanaan dan pelaporan",
          2023: "Persentase dokumen perencanaan dan pelaporan kinerja tepat waktu"},
         [100, 100, 100, 100], [100, 100, 100, 100]),
 "a25": ("laporan", False,
         {2020: "Jumlah laporan keuangan yang tersusun", 2021: "Jumlah Laporan Keuangan yang disusun",
          2022: "Jumlah laporan keuangan bulanan dan tahunan", 2023: "Jumlah dokumen laporan keuangan"},
         [13, 13, 13, 13], [13, 13, 13, 13]),
 "a26": ("lembaga", False,
         {2022: "Jumlah Lembaga Pelatihan Kerja Swasta (LPKS) yang dibina", 2023: "Jumlah LPK swasta yang dibina"},
         [None, None, 8, 10], [None, None, 8, 10]),
 "a27": ("nilai", False,
         {2022: "Indeks Kepuasan Masyarakat (IKM) layanan AK/I",
          2023: "Nilai IKM pelayanan kartu pencari kerja (AK/I)"},
         [None, None, 80, 82], [None, None, 81.45, 83.02]),
}

SASARAN = {
 2020: [("Meningkatnya kesempatan kerja dan penempatan tenaga kerja", ["a01", "a02", "a03", "a04", "a07", "a08", "a20"]),
        ("Meningkatnya kompetensi dan kemandirian tenaga kerja", ["a05", "a06", "a09"]),
        ("Terciptanya hubungan industrial yang harmonis dan perlindungan tenaga kerja", ["a10", "a11", "a12", "a13", "a14", "a15"]),
        ("Meningkatnya penyelenggaraan transmigrasi", ["a18", "a19"]),
        ("Meningkatnya akuntabilitas kinerja perangkat daerah", ["a22", "a23", "a24", "a25"])],
 2021: [("Meningkatnya kesempatan kerja dan penempatan tenaga kerja", ["a02", "a01", "a03", "a07", "a04", "a08"]),
        ("Meningkatnya kompetensi dan kemandirian tenaga kerja", ["a05", "a06", "a09"]),
        ("Terwujudnya hubungan industrial yang harmonis dan perlindungan tenaga kerja", ["a10", "a11", "a12", "a13", "a14", "a15", "a21", "a16"]),
        ("Meningkatnya penyelenggaraan transmigrasi", ["a18"]),
        ("Meningkatnya akuntabilitas kinerja perangkat daerah", ["a22", "a23", "a24", "a25"])],
 2023: [("Meningkatnya kesempatan kerja dan penempatan tenaga kerja", ["a01", "a02", "a03", "a04", "a07", "a08", "a20"]),
        ("Meningkatnya kompetensi, produktivitas dan kemandirian tenaga kerja", ["a05", "a06", "a09", "a26"]),
        ("Terwujudnya hubungan industrial yang harmonis dan perlindungan pekerja", ["a10", "a12", "a13", "a14", "a15", "a16", "a21"]),
        ("Meningkatnya penyelenggaraan transmigrasi", ["a18", "a19"]),
        ("Meningkatnya akuntabilitas kinerja dan kualitas pelayanan publik", ["a22", "a23", "a24", "a25", "a27"])],
}

IKU_2022 = [("Meningkatnya kesempatan kerja dan penempatan tenaga kerja", ["a01", "a02", "a03"]),
            ("Meningkatnya kompetensi tenaga kerja", ["a06"]),
            ("Terwujudnya hubungan industrial yang harmonis dan kepatuhan norma ketenagakerjaan", ["a10", "a12"]),
            ("Meningkatnya akuntabilitas kinerja perangkat daerah", ["a22"])]
LAIN_2022 = [("Program Penempatan Tenaga Kerja", ["a04", "a07", "a08", "a20", "a27"]),
             ("Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", ["a05", "a09", "a26"]),
             ("Program Hubungan Industrial", ["a11", "a13", "a14", "a15", "a17", "a21"]),
             ("Program Pembangunan Kawasan Transmigrasi", ["a18", "a19"]),
             ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", ["a23", "a24", "a25"])]

BUDGET = {2020: (6842315000, 0.88421), 2021: (5967400000, 0.93171), 2022: (7254880000, 0.96052),
          2023: (8000000000, 0.9738)}

KADIS = {2020: ("Drs. HENDRA WIRAYUDHA, M.Si", "Pembina Utama Muda", "NIP. 19680914 199303 1 007"),
         2021: ("Drs. HENDRA WIRAYUDHA, M.Si", "Pembina Utama Muda", "NIP. 19680914 199303 1 007"),
         2022: ("RATNA KUSUMAWARDANI, S.E., M.M.", "Pembina Tingkat I", "NIP. 19740322 199803 2 004"),
         2023: ("RATNA KUSUMAWARDANI, S.E., M.M.", "Pembina Tingkat I", "NIP. 19740322 199803 2 004")}


def ty(i, y):
    u, neg, names, t, r = IND[i]
    k = Y.index(y)
    return names[y], u, neg, t[k], r[k]


def capaian(t, r, neg):
    return round(((2 * t - r) / t if neg else r / t) * 100, 2)


def budget_lines(ws, row, year, c=1, style=0):
    pagu, f = BUDGET[year]
    real = round(pagu * f)
    if style == 0:
        text(ws, row, c, f"Jumlah Anggaran Kegiatan Tahun {year} : {rupiah(pagu)}")
        text(ws, row + 1, c, f"Jumlah Realisasi Anggaran Kegiatan Tahun {year} : {rupiah(real)}")
    else:
        text(ws, row, c, "Jumlah Anggaran")
        text(ws, row, c + 2, f": {rupiah(pagu)},-")
        text(ws, row + 1, c, "Realisasi Anggaran")
        text(ws, row + 1, c + 2, f": {rupiah(real)},-")
    return real


def sign(ws, row, col, year, date):
    n, rank, nip = KADIS[year]
    signature(ws, row, col, f"Tanjung Rembulan, {date}",
              ["Kepala Dinas Tenaga Kerja dan Transmigrasi", KOTA],
              n, rank, nip)


# ---------------------------------------------------------------- 2020
def y2020(K):
    y = 2020
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2020"
    widths(ws, {"A": 34, "B": 46, "C": 10, "D": 11, "E": 10, "F": 11, "G": 10})
    for i, t in enumerate(["PENGUKURAN KINERJA", "DINAS TENAGA KERJA DAN TRANSMIGRASI", KOTA_UP, "TAHUN 2020"]):
        merge(ws, 1 + i, 1, 1 + i, 7, t, bold=True, border=False, size=11)
    text(ws, 6, 1, "Kota : Tanjung Rembulan")
    text(ws, 7, 1, "Nama OPD : Dinas Tenaga Kerja dan Transmigrasi")
    merge(ws, 9, 1, 9, 1, "Sasaran Strategis", bold=True)
    merge(ws, 9, 2, 9, 2, "Indikator Kinerja", bold=True)
    merge(ws, 9, 3, 9, 4, "Target", bold=True)
    merge(ws, 9, 5, 9, 6, "Realisasi", bold=True)
    merge(ws, 9, 7, 9, 7, "%", bold=True)
    for c, lab in [(1, "(1)"), (2, "(2)"), (3, "(3)"), (5, "(4)"), (7, "(5)")]:
        merge(ws, 10, c, 10, c + (1 if c in (3, 5) else 0), lab, h="center")
    r = 11
    for sas, ids in SASARAN[y]:
        r0 = r
        for i in ids:
            name, u, neg, t, re = ty(i, y)
            put(ws, r, 2, name)
            fmt = FMT_2 if u in ("%", "nilai") else FMT_INT
            put(ws, r, 3, t, fmt=fmt, h="right")
            put(ws, r, 4, u, h="left")
            put(ws, r, 5, re, fmt=fmt, h="right")
            put(ws, r, 6, u, h="left")
            put(ws, r, 7, capaian(t, re, neg), fmt=FMT_2, h="right")
            K.add(FILE[y], ws.title, r, y, name, i, t, re, C(r, 3), C(r, 5))
            K.name_col(2)
            r += 1
        merge(ws, r0, 1, r - 1, 1, sas, h="left")
    r += 1
    budget_lines(ws, r, y)
    sign(ws, r + 3, 5, y, "31 Desember 2020")
    ws.page_setup.orientation = "landscape"
    ship(wb, K, FILE[y])


# ---------------------------------------------------------------- 2021
KET_2021 = {"a01": "Indikator negatif; sumber BPS (Sakernas Agustus 2021)",
            "a02": "Sumber BPS (Sakernas Agustus 2021)",
            "a05": "Pelatihan tatap muka dibatasi (PPKM), kuota 320 orang",
            "a07": "Pendaftaran kartu kuning (AK/I) secara daring",
            "a11": "Termasuk 3 kasus limpahan tahun 2020",
            "a15": "2 perusahaan belum melengkapi berkas",
            "a18": "1 KK mengundurkan diri sebelum pemberangkatan",
            "a22": "LHE SAKIP Inspektorat, predikat B",
            "a23": "Refocusing anggaran Covid-19"}


def y2021(K):
    y = 2021
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2021"
    widths(ws, {"A": 5, "B": 30, "C": 44, "D": 10, "E": 10, "F": 10, "G": 11, "H": 11, "I": 11, "J": 34})
    merge(ws, 1, 1, 1, 10, "PENGUKURAN KINERJA TAHUN 2021", bold=True, border=False, size=11)
    merge(ws, 2, 1, 2, 10, f"DINAS TENAGA KERJA DAN TRANSMIGRASI {KOTA_UP}", bold=True, border=False, size=11)
    for c, lab in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"), (10, "Keterangan")]:
        merge(ws, 4, c, 5, c, lab, bold=True)
    merge(ws, 4, 5, 4, 6, "Tahun 2020", bold=True)
    merge(ws, 4, 7, 4, 9, "Tahun 2021", bold=True)
    for c, lab in [(5, "Target"), (6, "Realisasi"), (7, "Target"), (8, "Realisasi"), (9, "Capaian (%)")]:
        put(ws, 5, c, lab, bold=True, h="center")
    for c in range(1, 11):
        put(ws, 6, c, c, h="center", italic=True)
    ws.column_dimensions["E"].hidden = True
    ws.column_dimensions["F"].hidden = True
    r = 7
    n = 1
    for sas, ids in SASARAN[y]:
        r0 = r
        for i in ids:
            name, u, neg, t, re = ty(i, y)
            _, _, _, t0, r0v = ty(i, 2020) if 2020 in IND[i][2] else (None, None, None, None, None)
            put(ws, r, 1, n, h="center")
            put(ws, r, 3, name)
            put(ws, r, 4, u, h="center")
            pct = u == "%"
            fmt = FMT_PCT2 if pct else (FMT_2 if u == "nilai" else FMT_INT)
            f = (lambda v: None if v is None else round(v / 100, 6)) if pct else (lambda v: v)
            put(ws, r, 5, f(t0) if t0 is not None else "-", fmt=fmt, h="right")
            put(ws, r, 6, f(r0v) if r0v is not None else "-", fmt=fmt, h="right")
            put(ws, r, 7, f(t), fmt=fmt, h="right")
            put(ws, r, 8, f(re), fmt=fmt, h="right")
            if neg:
                put(ws, r, 9, f"=IFERROR((2*G{r}-H{r})/G{r}*100,0)", fmt=FMT_2, h="right")
            else:
                put(ws, r, 9, f"=IFERROR(H{r}/G{r}*100,0)", fmt=FMT_2, h="right")
            put(ws, r, 10, KET_2021.get(i, ""), h="left")
            K.add(FILE[y], ws.title, r, y, name, i, t, re, C(r, 7), C(r, 8))
            K.name_col(3)
            r += 1
            n += 1
        merge(ws, r0, 2, r - 1, 2, sas, h="left")
    r += 1
    budget_lines(ws, r, y, c=2, style=1)
    sign(ws, r + 3, 8, y, "31 Desember 2021")
    ws2 = wb.create_sheet("Sheet1")
    ship(wb, K, FILE[y])


# ---------------------------------------------------------------- 2022
def y2022(K):
    y = 2022
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2022"
    widths(ws, {"A": 5, "B": 34, "C": 46, "D": 11, "E": 11, "F": 11, "G": 11})
    for i, t in enumerate(["PENGUKURAN KINERJA", f"DINAS TENAGA KERJA DAN TRANSMIGRASI {KOTA_UP}",
                           "TAHUN ANGGARAN 2022"]):
        merge(ws, 1 + i, 1, 1 + i, 7, t, bold=True, border=False, size=11)
    text(ws, 5, 1, "A. INDIKATOR KINERJA UTAMA (IKU)", bold=True)
    for c, lab in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Target",
                             "Realisasi", "Capaian (%)"], 1):
        put(ws, 6, c, lab, bold=True, h="center")
        put(ws, 7, c, f"({c})", h="center", italic=True)
    r = 8
    n = 1
    for sas, ids in IKU_2022:
        r0 = r
        for i in ids:
            name, u, neg, t, re = ty(i, y)
            fmt = FMT_2 if u in ("%", "nilai") else FMT_INT
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
    r += 2
    text(ws, r, 1, "B. INDIKATOR KINERJA LAINNYA", bold=True)
    r += 1
    for c, lab in enumerate(["No", "Program", "Indikator Kinerja", "Target", "Realisasi", "Satuan",
                             "Capaian (%)"], 1):
        put(ws, r, c, lab, bold=True, h="center")
    r += 1
    n = 1
    for prog, ids in LAIN_2022:
        r0 = r
        for i in ids:
            name, u, neg, t, re = ty(i, y)
            fmt = FMT_2 if u in ("%", "nilai") else FMT_INT
            put(ws, r, 1, n, h="center")
            put(ws, r, 3, name)
            put(ws, r, 4, t, fmt=fmt, h="right")
            put(ws, r, 5, re, fmt=fmt, h="right")
            put(ws, r, 6, u, h="center")
            put(ws, r, 7, capaian(t, re, neg), fmt=FMT_2, h="right")
            K.add(FILE[y], ws.title, r, y, name, i, t, re, C(r, 4), C(r, 5))
            K.name_col(3)
            r += 1
            n += 1
        merge(ws, r0, 2, r - 1, 2, prog, h="left")
    r += 1
    budget_lines(ws, r, y, c=2)
    sign(ws, r + 3, 5, y, "30 Desember 2022")
    ship(wb, K, FILE[y])


# ---------------------------------------------------------------- 2023
# Data Dukung rows: (label, satuan, value, source, used_by)
DD = [
    ("Tingkat Pengangguran Terbuka (Sakernas Agustus 2023)", "%", 6.42, "BPS Kota Tanjung Rembulan"),
    ("Tingkat Partisipasi Angkatan Kerja (Sakernas Agustus 2023)", "%", 67.51, "BPS Kota Tanjung Rembulan"),
    ("Pencari kerja terdaftar s.d. Desember (kartu AK/I)", "orang", 3811, "Bidang Penempatan"),
    ("Pencari kerja yang ditempatkan s.d. Desember (AKL+AKAD+AKAN)", "orang", 1764, "Bidang Penempatan"),
    ("Lowongan kerja yang dilaporkan perusahaan", "lowongan", 1356, "Bidang Penempatan"),
    ("Pelaksanaan bursa kerja", "kali", 3, "Bidang Penempatan"),
    ("Peserta pelatihan (BLK dan MTU)", "orang", 480, "UPT BLK"),
    ("Lulusan pelatihan yang memperoleh sertifikat kompetensi", "orang", 413, "UPT BLK"),
    ("Wirausaha baru yang terbentuk", "orang", 63, "Bidang Pelatihan"),
    ("LPK swasta yang dibina", "lembaga", 10, "Bidang Pelatihan"),
    ("Kasus perselisihan yang dicatatkan", "kasus", 14, "Bidang HI"),
    ("Kasus perselisihan yang selesai", "kasus", 13, "Bidang HI"),
    ("Perusahaan yang dibina (norma kerja)", "perusahaan", 92, "Bidang HI"),
    ("Perusahaan yang taat norma", "perusahaan", 72, "Bidang HI"),
    ("Perusahaan yang dibina (K3)", "perusahaan", 46, "Bidang HI"),
    ("Perusahaan yang menerapkan norma K3", "perusahaan", 32, "Bidang HI"),
    ("LKS Bipartit yang terbentuk", "LKS", 12, "Bidang HI"),
    ("PP disahkan + PKB didaftarkan", "dokumen", 47, "Bidang HI"),
    ("Pekerja formal (Sakernas)", "orang", 58420, "BPS"),
    ("Pekerja formal peserta BPJS Ketenagakerjaan", "orang", 41683, "BPJS Ketenagakerjaan Cabang"),
    ("Struktur dan skala upah diterapkan", "perusahaan", 35, "Bidang HI"),
    ("KK transmigran diberangkatkan/ditempatkan", "KK", 6, "Bidang Transmigrasi"),
    ("Calon transmigran dilatih", "orang", 12, "Bidang Transmigrasi"),
    ("Nilai LHE SAKIP (Inspektorat)", "nilai", 71.04, "Inspektorat"),
    ("Pagu anggaran (DPPA)", "Rp", 8000000000, "Sub Bagian Keuangan"),
    ("Realisasi anggaran (SP2D s.d. 31 Desember)", "Rp", 7790400000, "Sub Bagian Keuangan"),
    ("Dokumen perencanaan dan pelaporan wajib", "dokumen", 6, "Sub Bagian Program"),
    ("Dokumen perencanaan dan pelaporan disampaikan tepat waktu", "dokumen", 6, "Sub Bagian Program"),
    ("Laporan keuangan bulanan dan tahunan", "laporan", 13, "Sub Bagian Keuangan"),
    ("Nilai IKM layanan AK/I (survei semester II)", "nilai", 83.02, "Bidang Penempatan"),
]


def y2023(K):
    y = 2023
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2023"
    dd = wb.create_sheet("Data Dukung")
    widths(dd, {"A": 5, "B": 56, "C": 12, "D": 16, "E": 28})
    text(dd, 1, 1, "DATA DUKUNG CAPAIAN KINERJA TAHUN 2023", bold=True)
    text(dd, 2, 1, "Dinas Tenaga Kerja dan Transmigrasi")
    for c, lab in enumerate(["No", "Uraian Data", "Satuan", "Nilai", "Sumber Data"], 1):
        put(dd, 4, c, lab, bold=True, h="center")
    for k, (lab, u, v, src) in enumerate(DD):
        rr = 5 + k
        put(dd, rr, 1, k + 1, h="center")
        put(dd, rr, 2, lab)
        put(dd, rr, 3, u, h="center")
        put(dd, rr, 4, v, fmt=(FMT_2 if isinstance(v, float) else FMT_INT), h="right")
        put(dd, rr, 5, src)

    def D(k):
        return f"'Data Dukung'!D{5 + k}"

    # realisasi formulas per indicator
    F = {
        "a01": (f"={D(0)}", None), "a02": (f"={D(1)}", None),
        "a03": (f"=ROUND({D(3)}/{D(2)}*100,2)", None), "a04": (f"={D(3)}", None),
        "a07": (f"={D(2)}", None), "a08": (f"={D(4)}", None), "a20": (f"={D(5)}", None),
        "a05": (f"={D(6)}", None), "a06": (f"=ROUND({D(7)}/{D(6)}*100,2)", None),
        "a09": (f"={D(8)}", None), "a26": (f"={D(9)}", None),
        "a10": (f"=ROUND({D(11)}/{D(10)}*100,2)", None),
        "a12": (f"=ROUND({D(13)}/{D(12)}*100,2)", None),
        "a13": (f"=ROUND({D(15)}/{D(14)}*100,2)", None),
        "a14": (f"={D(16)}", None), "a15": (f"={D(17)}", None),
        "a16": (f"=ROUND({D(19)}/{D(18)}*100,2)", None), "a21": (f"={D(20)}", None),
        "a18": (f"={D(21)}", None), "a19": (f"={D(22)}", None),
        "a22": (f"={D(23)}", None),
        "a23": (f"={D(25)}/{D(24)}", "frac"),
        "a24": (f"={D(27)}/{D(26)}*100", None), "a25": (f"={D(28)}", None),
        "a27": (f"={D(29)}", None),
    }
    widths(ws, {"A": 5, "B": 32, "C": 46, "D": 11, "E": 11, "F": 12, "G": 11, "H": 26})
    merge(ws, 1, 1, 1, 8, "PENGUKURAN KINERJA DINAS TENAGA KERJA DAN TRANSMIGRASI", bold=True, border=False, size=11)
    merge(ws, 2, 1, 2, 8, f"{KOTA_UP} TAHUN 2023", bold=True, border=False, size=11)
    for c, lab in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Satuan", "Realisasi",
                             "Capaian (%)", "Sumber Data"], 1):
        merge(ws, 4, c, 5, c, lab, bold=True)
        put(ws, 6, c, f"({c})", h="center", italic=True)
    r = 7
    n = 1
    for sas, ids in SASARAN[y]:
        r0 = r
        for i in ids:
            name, u, neg, t, re = ty(i, y)
            form, kind = F[i]
            put(ws, r, 1, n, h="center")
            put(ws, r, 3, name)
            if kind == "frac":
                put(ws, r, 4, t / 100, fmt=FMT_PCT0, h="right")
                put(ws, r, 6, form, fmt=FMT_PCT2, h="right")
                put(ws, r, 7, f"=IFERROR(F{r}/D{r}*100,0)", fmt=FMT_2, h="right")
            else:
                fmt = FMT_2 if u in ("%", "nilai") else FMT_INT
                put(ws, r, 4, t, fmt=fmt, h="right")
                put(ws, r, 6, form, fmt=fmt, h="right")
                if neg:
                    put(ws, r, 7, f"=IFERROR((2*D{r}-F{r})/D{r}*100,0)", fmt=FMT_2, h="right")
                else:
                    put(ws, r, 7, f"=IFERROR(F{r}/D{r}*100,0)", fmt=FMT_2, h="right")
            put(ws, r, 5, u, h="center")
            put(ws, r, 8, "Data Dukung", h="left")
            K.add(FILE[y], ws.title, r, y, name, i, t, re, C(r, 4), C(r, 6))
            K.name_col(3)
            r += 1
            n += 1
        merge(ws, r0, 2, r - 1, 2, sas, h="left")
    r += 1
    text(ws, r, 2, "Jumlah Anggaran")
    put(ws, r, 3, f"={D(24)}", fmt='"Rp. "#,##0', border=False, h="left")
    text(ws, r + 1, 2, "Realisasi Anggaran")
    put(ws, r + 1, 3, f"={D(25)}", fmt='"Rp. "#,##0', border=False, h="left")
    sign(ws, r + 4, 6, y, "12 Januari 2024")
    ship(wb, K, FILE[y])


FILE = {2020: "PENGUKURAN KINERJA DISNAKERTRANS 2020.xls",
        2021: "PK Disnakertrans 2021 (final).xlsx",
        2022: "Pengukuran Kinerja 2022 Disnakertrans.ods",
        2023: "PK_2023_DISNAKERTRANS_rev.xlsx"}


def check_data():
    # the realisasi of 2023 must be what the formulas compute
    v = {k: DD[k][2] for k in range(len(DD))}
    exp = {"a03": round(v[3] / v[2] * 100, 2), "a06": round(v[7] / v[6] * 100, 2),
           "a10": round(v[11] / v[10] * 100, 2), "a12": round(v[13] / v[12] * 100, 2),
           "a13": round(v[15] / v[14] * 100, 2), "a16": round(v[19] / v[18] * 100, 2),
           "a23": round(v[25] / v[24] * 100, 2)}
    for i, e in exp.items():
        assert abs(IND[i][4][3] - e) < 1e-9, (i, IND[i][4][3], e)
    for yy, k in ((2020, 0), (2021, 1), (2022, 2)):
        exp3 = round(IND["a04"][4][k] / IND["a07"][4][k] * 100, 2)
        assert abs(IND["a03"][4][k] - exp3) < 1e-9, (yy, exp3)
    for yy, k in ((2020, 0), (2021, 1), (2022, 2)):
        pagu, f = BUDGET[yy]
        assert round(round(pagu * f) / pagu * 100, 2) == IND["a23"][4][k], yy


def build():
    check_data()
    K = Keys(AGENCY, "a", Y, "disnakertrans")
    y2020(K)
    y2021(K)
    y2022(K)
    y2023(K)
    # a23 2023: key is percent points of the fraction formula
    for row in K.rows:
        if row["same_as"] == "a23" and row["year"] == 2023:
            row["realisasi"] = 97.38
    K.ambiguous = [["a16", "a17"]]
    K.lookalikes = [["a04", "a05"], ["a04", "a18"], ["a05", "a19"], ["a03", "a04"], ["a03", "a07"],
                    ["a10", "a11"], ["a12", "a13"], ["a01", "a02"], ["a24", "a25"], ["a22", "a27"]]
    K.write()
    return K


if __name__ == "__main__":
    build()
