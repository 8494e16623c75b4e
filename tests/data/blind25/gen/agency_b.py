"""Agency B: Dinas Perumahan dan Kawasan Permukiman (Perkim), Kota Tanjung Rembulan, 2021-2024.

2021  .xlsx  Rencana Aksi: target TW I-IV side by side, realisasi TW I-IV side by side, then
             "Realisasi s.d. TW IV" and Capaian
2022  .xls   Permendagri 86 Evaluasi Hasil Renja (E.81), 15-column scheme (+ unnumbered Satuan),
             K/Rp pairs; all quarter K cells are increments, column 12 = SUM formula
2023  .xlsx  E.81, older 17-column scheme (13 = capaian Renja, 16 Unit PD, 17 Keterangan);
             progressive indicators carry cumulative quarter values and column 12 is typed = TW IV
2024  .ods   Rencana Aksi with T/R per quarter across; no annual realisasi column
"""
import openpyxl

from common import (KOTA, KOTA_UP, FMT_INT, FMT_2, FMT_ACC, Keys, C, S, put, text, merge, widths,
                    signature, ship, ref, split_int, split_dec, cum_series, rng, col)

Y = [2021, 2022, 2023, 2024]
AGENCY = "Dinas Perumahan dan Kawasan Permukiman"

# id: (unit, negative, style, renstra(kind, end-target), names, targets, realisasi)
#   style: per = counts per quarter (annual = sum), cum = cumulative within the year
#          (annual = TW IV), annual = measured once (only TW IV)
#   renstra kind: add = yearly amounts add up over the Renstra; level = a level
IND = {
 "b01": ("%", False, "annual", ("level", 93.0),
         {2021: "Persentase Rumah Layak Huni", 2022: "Persentase rumah layak huni",
          2023: "Persentase Rumah Layak Huni (RLH)", 2024: "Persentase rumah layak huni di Kota Tanjung Rembulan"},
         [88.50, 89.40, 90.20, 91.00], [88.71, 89.32, 90.45, 91.12]),
 "b02": ("%", False, "cum", ("level", 9.5),
         {2021: "Persentase RTLH yang ditangani", 2022: "Persentase Rumah Tidak Layak Huni (RTLH) yang ditangani",
          2023: "Persentase penanganan RTLH", 2024: "Persentase Rumah Tidak Layak Huni yang Tertangani"},
         [7.50, 8.00, 8.50, 9.00], [7.62, 7.95, 8.71, 9.04]),
 "b03": ("unit", False, "per", ("add", 1000),
         {2021: "Jumlah RTLH yang ditangani", 2022: "Jumlah unit Rumah Tidak Layak Huni yang diperbaiki",
          2023: "Jumlah rumah tidak layak huni yang ditangani", 2024: "Jumlah RTLH yang Ditangani"},
         [150, 160, 175, 180], [152, 158, 181, 180]),
 "b04": ("Ha", False, "cum", ("add", 50.0),
         {2021: "Luas kawasan permukiman kumuh yang ditangani", 2022: "Luas Kawasan Kumuh yang Ditangani",
          2023: "Luasan kawasan permukiman kumuh yang tertangani", 2024: "Luas kawasan kumuh yang ditangani (Ha)"},
         [12.50, 10.00, 8.40, 6.00], [12.80, 9.60, 8.40, 6.25]),
 "b05": ("kawasan", False, "per", ("add", 14),
         {2021: "Jumlah kawasan kumuh yang ditangani", 2022: "Jumlah Kawasan Permukiman Kumuh yang Ditangani",
          2023: "Jumlah lokasi kawasan kumuh yang ditangani", 2024: "Jumlah Kawasan Kumuh Tertangani"},
         [3, 3, 2, 2], [3, 2, 2, 2]),
 "b06": ("%", True, "annual", ("level", 0.85),
         {2021: "Persentase Luas Kawasan Kumuh", 2022: "Persentase luas permukiman kumuh",
          2023: "Prosentase luas kawasan permukiman kumuh",
          2024: "Persentase luasan kawasan kumuh terhadap luas wilayah"},
         [2.10, 1.85, 1.60, 1.35], [2.04, 1.88, 1.57, 1.31]),
 "b07": ("%", False, "cum", ("level", 65.0),
         {2021: "Persentase PSU perumahan yang telah diserahterimakan",
          2022: "Persentase Prasarana, Sarana dan Utilitas (PSU) Perumahan yang Diserahterimakan",
          2023: "Persentase penyerahan PSU perumahan",
          2024: "Persentase PSU Perumahan yang diserahkan ke Pemerintah Kota"},
         [40, 45, 50, 55], [41.20, 44.00, 52.60, 55.30]),
 "b08": ("lokasi", False, "per", ("add", 45),
         {2021: "Jumlah perumahan yang PSU-nya diserahterimakan",
          2022: "Jumlah lokasi perumahan yang telah menyerahkan PSU",
          2023: "Jumlah perumahan yang menyerahkan Prasarana, Sarana dan Utilitas",
          2024: "Jumlah lokasi PSU perumahan yang diserahterimakan"},
         [6, 6, 8, 8], [7, 5, 8, 9]),
 "b09": ("%", False, "annual", ("level", 85.0),
         {2021: "Persentase Jalan Lingkungan Kondisi Baik",
          2022: "Persentase jalan lingkungan permukiman dalam kondisi baik",
          2023: "Persentase jalan lingkungan dalam kondisi baik", 2024: "Prosentase jalan lingkungan kondisi mantap"},
         [72, 75, 78, 81], [71.40, 75.90, 78.30, 80.60]),
 "b10": ("meter", False, "per", ("add", 30000),
         {2021: "Panjang jalan lingkungan yang ditingkatkan", 2022: "Panjang Jalan Lingkungan yang Dibangun/Ditingkatkan",
          2023: "Panjang jalan lingkungan yang ditingkatkan kualitasnya", 2024: "Panjang peningkatan jalan lingkungan"},
         [4500, 5200, 5000, 5500], [4620, 5035, 5140, 5500]),
 "b11": ("meter", False, "per", ("add", 20000),
         {2021: "Panjang saluran drainase lingkungan yang dibangun", 2022: "Panjang Drainase Lingkungan yang Dibangun",
          2023: "Panjang drainase lingkungan yang dibangun/direhabilitasi",
          2024: "Panjang pembangunan saluran drainase lingkungan"},
         [3200, 3500, 3000, 3600], [3150, 3710, 2985, 3600]),
 "b12": ("titik", False, "per", ("add", 2500),
         {2021: "Jumlah titik Penerangan Jalan Umum (PJU) yang terpasang", 2022: "Jumlah titik PJU terpasang ",
          2023: "Jumlah lampu PJU yang dipasang", 2024: "Jumlah titik PJU baru yang terpasang"},
         [350, 400, 420, 450], [362, 395, 428, 450]),
 "b13": ("unit", False, "per", ("add", 130),
         {2021: "Jumlah rumah korban bencana yang direhabilitasi",
          2022: "Jumlah Rumah Korban Bencana yang Direhabilitasi",
          2023: "Jumlah unit rehabilitasi rumah korban bencana"},
         [25, 30, 20, None], [25, 27, 22, None]),
 "b14": ("unit", False, "per", ("add", 250),
         {2023: "Jumlah MBR yang difasilitasi rumah layak huni",
          2024: "Jumlah Masyarakat Berpenghasilan Rendah (MBR) yang difasilitasi penyediaan rumah"},
         [None, None, 40, 50], [None, None, 38, 52]),
 "b15": ("Ha", False, "cum", ("add", 18.0),
         {2021: "Luas Ruang Terbuka Hijau (RTH) publik yang ditata", 2022: "Luas RTH publik yang ditata",
          2023: "Luas RTH Publik yang tertata", 2024: "Luas Ruang Terbuka Hijau Publik yang Ditata"},
         [2.50, 3.00, 3.20, 3.50], [2.50, 2.85, 3.20, 3.62]),
 "b16": ("lokasi", False, "annual", ("level", 25),
         {2021: "Jumlah taman kota yang dipelihara", 2022: "Jumlah Taman Kota yang Dipelihara",
          2023: "Jumlah taman/RTH publik yang dipelihara", 2024: "Jumlah pemeliharaan taman kota"},
         [18, 20, 22, 22], [18, 20, 21, 22]),
 "b17": ("%", False, "cum", ("level", 85.0),
         {2021: "Persentase TPU yang tertata", 2022: "Persentase Tempat Pemakaman Umum (TPU) yang dikelola",
          2023: "Persentase TPU yang dikelola dengan baik", 2024: "Persentase tempat pemakaman umum yang tertata"},
         [60, 65, 70, 75], [60, 66, 70, 74]),
 "b18": ("dokumen", False, "per", ("add", 1),
         {2021: "Tersusunnya dokumen RP3KP",
          2022: "Jumlah Dokumen Rencana Pembangunan dan Pengembangan Perumahan dan Kawasan Permukiman (RP3KP)"},
         [1, 1, None, None], [1, 1, None, None]),
 "b19": ("unit", True, "annual", ("level", 7500),
         {2022: "Angka backlog kepemilikan rumah", 2023: "Jumlah backlog kepemilikan rumah",
          2024: "Backlog Kepemilikan Rumah"},
         [None, 8900, 8600, 8300], [None, 8950, 8540, 8310]),
 "b20": ("nilai", False, "annual", ("level", 78.0),
         {2021: "Nilai SAKIP Perangkat Daerah", 2022: "Nilai Evaluasi AKIP Dinas Perumahan dan Kawasan Permukiman",
          2023: "Nilai SAKIP Dinas Perkim", 2024: "Nilai LHE AKIP Perangkat Daerah"},
         [68, 70, 72, 74], [67.45, 70.12, 71.80, 74.35]),
 "b21": ("%", False, "annual", ("level", 100),
         {2021: "Persentase dokumen perencanaan dan pelaporan yang tepat waktu",
          2022: "Persentase Dokumen Perencanaan dan Pelaporan Kinerja yang Disusun Tepat Waktu",
          2023: "Persentase ketepatan waktu dokumen\nperencanaan dan pelaporan",
          2024: "Persentase dokumen perencanaan, penganggaran dan pelaporan yang tepat waktu"},
         [100, 100, 100, 100], [100, 100, 95, 100]),
 "b22": ("dokumen", False, "per", ("add", 30),
         {2021: "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
          2022: "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja Perangkat Daerah",
          2023: "Jumlah laporan capaian kinerja", 2024: "Jumlah Dokumen Laporan Capaian Kinerja Perangkat Daerah"},
         [5, 5, 5, 5], [5, 5, 5, 5]),
 "b23": ("dokumen", False, "per", ("add", 24),
         {2021: "Jumlah Dokumen Perencanaan Perangkat Daerah",
          2022: "Jumlah dokumen perencanaan perangkat daerah yang tersusun",
          2023: "Jumlah Dokumen Perencanaan PD", 2024: "Jumlah dokumen perencanaan Dinas Perkim"},
         [4, 4, 4, 4], [4, 4, 3, 4]),
 "b24": ("paket", False, "per", ("add", 13),
         {2021: "Jumlah paket peralatan dan perlengkapan kantor yang disediakan",
          2022: "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan",
          2023: "Jumlah paket peralatan dan perlengkapan kantor",
          2024: "Jumlah penyediaan paket peralatan dan perlengkapan kantor"},
         [2, 2, 3, 2], [2, 2, 3, 2]),
 "b25": ("bulan", False, "per", ("add", 72),
         {2021: "Jumlah bulan penyediaan gaji dan tunjangan ASN", 2022: "Jumlah bulan pembayaran gaji dan tunjangan ASN",
          2023: "Jumlah bulan pemenuhan gaji dan tunjangan ASN",
          2024: "Jumlah bulan penyediaan gaji dan tunjangan Aparatur Sipil Negara"},
         [12, 12, 12, 12], [12, 12, 12, 12]),
 "b26": ("dokumen", False, "per", ("add", 1),
         {2024: "Jumlah dokumen reviu RP3KP"},
         [None, None, None, 1], [None, None, None, 1]),
}

WEIGHTS = {"b05": ([0, 1, 1, 1], [0, 1, 1, 1]), "b18": ([0, 0, 0, 1], [0, 0, 0, 1]),
           "b26": ([0, 0, 1, 0], [0, 0, 1, 0]), "b22": ([2, 1, 1, 1], [2, 1, 1, 1]),
           "b23": ([1, 1, 1, 1], [1, 1, 1, 1]), "b24": ([0, 1, 1, 1], [0, 1, 1, 1]),
           "b25": ([1, 1, 1, 1], [1, 1, 1, 1])}
GENERIC_W = ([0.15, 0.30, 0.35, 0.20], [0.12, 0.28, 0.38, 0.22])

KEG = {"b03": "Peningkatan Kualitas Rumah Tidak Layak Huni",
       "b13": "Pembangunan dan Rehabilitasi Rumah Korban Bencana atau Relokasi Program Kabupaten/Kota",
       "b14": "Penyediaan Rumah Layak Huni bagi Masyarakat Berpenghasilan Rendah",
       "b18": "Penyusunan dan Penetapan Rencana Pembangunan dan Pengembangan Perumahan dan Kawasan Permukiman",
       "b26": "Reviu Rencana Pembangunan dan Pengembangan Perumahan dan Kawasan Permukiman",
       "b05": "Penataan dan Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di Bawah 10 (Sepuluh) Ha",
       "b10": "Peningkatan Kualitas Jalan Lingkungan Permukiman",
       "b11": "Pembangunan dan Rehabilitasi Drainase Lingkungan",
       "b08": "Urusan Penyelenggaraan PSU Perumahan",
       "b12": "Penyediaan Penerangan Jalan Umum Kawasan Permukiman",
       "b15": "Penataan Ruang Terbuka Hijau Publik",
       "b16": "Pemeliharaan Taman Kota",
       "b22": "Evaluasi Kinerja Perangkat Daerah",
       "b23": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
       "b24": "Administrasi Umum Perangkat Daerah",
       "b25": "Administrasi Keuangan Perangkat Daerah"}

PROG = {"P4": ("1.04.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
               "Meningkatnya akuntabilitas kinerja perangkat daerah", "Sekretariat"),
        "P1": ("1.04.02", "PROGRAM PENGEMBANGAN PERUMAHAN",
               "Meningkatnya kualitas rumah layak huni", "Bidang Perumahan"),
        "P2": ("1.04.03", "PROGRAM KAWASAN PERMUKIMAN",
               "Berkurangnya luas kawasan permukiman kumuh", "Bidang Kawasan Permukiman"),
        "P3": ("1.04.05", "PROGRAM PENINGKATAN PRASARANA, SARANA DAN UTILITAS UMUM (PSU)",
               "Meningkatnya kualitas prasarana, sarana dan utilitas kawasan permukiman", "Bidang PSU")}

E81 = {2022: [("P4", ["b20", "b21"], ["b23", "b22", "b24", "b25"]),
              ("P1", ["b01", "b02", "b19"], ["b03", "b13", "b18"]),
              ("P2", ["b06", "b04"], ["b05", "b10", "b11"]),
              ("P3", ["b09", "b07", "b17"], ["b08", "b12", "b15", "b16"])],
       2023: [("P4", ["b20", "b21"], ["b23", "b22", "b24", "b25"]),
              ("P1", ["b01", "b02", "b19"], ["b03", "b14", "b13"]),
              ("P2", ["b06", "b04"], ["b05", "b10", "b11"]),
              ("P3", ["b09", "b07", "b17"], ["b08", "b12", "b15", "b16"])]}

RA = {2021: {"sas": [("Meningkatnya kualitas rumah layak huni", ["b01"]),
                     ("Berkurangnya luas kawasan permukiman kumuh", ["b06"]),
                     ("Meningkatnya kualitas prasarana, sarana dan utilitas kawasan permukiman", ["b09"]),
                     ("Meningkatnya akuntabilitas kinerja perangkat daerah", ["b20"])],
             "prog": [("Program Pengembangan Perumahan", ["b02"]),
                      ("Program Kawasan Permukiman", ["b04"]),
                      ("Program Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)", ["b07", "b17"]),
                      ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", ["b21"])],
             "keg": ["b03", "b13", "b18", "b05", "b10", "b11", "b08", "b12", "b15", "b16",
                     "b23", "b22", "b24", "b25"]},
      2024: {"sas": [("Meningkatnya kualitas rumah layak huni", ["b01", "b02"]),
                     ("Menurunnya luasan kawasan permukiman kumuh", ["b06"]),
                     ("Meningkatnya kualitas prasarana, sarana dan utilitas kawasan permukiman", ["b09"]),
                     ("Meningkatnya akuntabilitas kinerja perangkat daerah", ["b20"])],
             "prog": [("Program Pengembangan Perumahan", ["b19"]),
                      ("Program Kawasan Permukiman", ["b04"]),
                      ("Program Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)", ["b07", "b17"]),
                      ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", ["b21"])],
             "keg": ["b03", "b14", "b26", "b05", "b10", "b11", "b08", "b12", "b15", "b16",
                     "b23", "b22", "b24", "b25"]}}

PJ = {"b03": "Bidang Perumahan", "b13": "Bidang Perumahan", "b14": "Bidang Perumahan", "b18": "Bidang Perumahan",
      "b26": "Bidang Perumahan", "b05": "Bidang Kawasan Permukiman", "b10": "Bidang Kawasan Permukiman",
      "b11": "Bidang Kawasan Permukiman", "b08": "Bidang PSU", "b12": "Bidang PSU", "b15": "Bidang PSU",
      "b16": "Bidang PSU", "b22": "Sub Bagian Perencanaan", "b23": "Sub Bagian Perencanaan",
      "b24": "Sub Bagian Umum dan Kepegawaian", "b25": "Sub Bagian Keuangan"}

KADIS = {y: ("Ir. BAMBANG SETIAJI NUGROHO, M.T.", "Pembina Utama Muda", "NIP. 19700618 199603 1 002")
         for y in (2021, 2022, 2023)}
KADIS[2024] = ("DEWI ANGGRAINI PUSPITASARI, S.T., M.Sc.", "Pembina Tingkat I", "NIP. 19781104 200312 2 006")
BAPPEDA = ("Dr. MUHAMMAD FADLI HARAHAP, S.E., M.Si.", "Pembina Utama Muda", "NIP. 19690227 199503 1 003")

FILE = {2021: "Rencana Aksi PK Perkim TW IV 2021.xlsx",
        2022: "EVALUASI RENJA DISPERKIM TW IV 2022.xls",
        2023: "Evaluasi Hasil Renja Perkim 2023 TW IV.xlsx",
        2024: "RENAKSI PERKIM 2024.ods"}


def get(i, y):
    u, neg, style, ren, names, t, r = IND[i]
    k = Y.index(y)
    return names[y], u, neg, style, t[k], r[k]


def dec(u):
    return u in ("%", "Ha", "nilai")


def quarters(i, y, mode):
    """Quarter target / realisasi lists.
    mode 'ra'   : per -> per-quarter amounts; cum -> cumulative; annual -> None x3 + value
    mode 'inc'  : increments for everything progressive (E.81 2022), annual -> 0 x3 + value
    """
    name, u, neg, style, t, r = get(i, y)
    if style == "per":
        wt, wr = WEIGHTS.get(i, GENERIC_W)
        return split_int(t, wt), split_int(r, wr)
    if style == "annual":
        fill = 0 if mode == "inc" else None
        return [fill, fill, fill, t], [fill, fill, fill, r]
    tq = cum_series(t, [0.25, 0.50, 0.75, 1.0])
    rq = cum_series(r, [0.22, 0.47, 0.76, 1.0])
    if mode == "inc":
        rinc = [round(rq[0], 2)] + [round(rq[k] - rq[k - 1], 2) for k in range(1, 4)]
        return tq, rinc
    return tq, rq


def capaian_formula(target_ref, real_ref, neg):
    if neg:
        return f"=IFERROR((2*{target_ref}-{real_ref})/{target_ref}*100,0)"
    return f"=IFERROR({real_ref}/{target_ref}*100,0)"


# ---------------------------------------------------------------- Rencana Aksi 2021
def ra2021(K):
    y = 2021
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Renaksi TW IV"
    widths(ws, {"A": 5, "B": 34, "C": 42, "D": 9, "E": 10})
    for c in range(6, 15):
        ws.column_dimensions[col(c)].width = 9
    ws.column_dimensions["N"].width = 12
    ws.column_dimensions["O"].width = 10
    ws.column_dimensions["P"].width = 22
    merge(ws, 1, 1, 1, 16, "RENCANA AKSI DAN PENGUKURAN KINERJA TAHUN 2021", bold=True, border=False, size=11)
    merge(ws, 2, 1, 2, 16, f"DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN {KOTA_UP}", bold=True, border=False, size=11)
    text(ws, 3, 1, "Posisi: Triwulan IV (31 Desember 2021)", italic=True)
    for c, lab in [(1, "No"), (2, "Sasaran Strategis / Program / Kegiatan"), (3, "Indikator Kinerja"), (4, "Satuan"),
                   (5, "Target Tahunan"), (14, "Realisasi s.d. TW IV"), (15, "Capaian (%)"),
                   (16, "Penanggung Jawab")]:
        merge(ws, 5, c, 6, c, lab, bold=True)
    merge(ws, 5, 6, 5, 9, "Target Triwulan", bold=True)
    merge(ws, 5, 10, 5, 13, "Realisasi Triwulan", bold=True)
    for k, lab in enumerate(["TW I", "TW II", "TW III", "TW IV"] * 2):
        put(ws, 6, 6 + k, lab, bold=True, h="center")
    for c in range(1, 17):
        put(ws, 7, c, c, h="center", italic=True)
    r = 8
    n = 1

    def row(i, r, n, label_col_value=None):
        name, u, neg, style, t, re = get(i, y)
        tq, rq = quarters(i, y, "ra")
        fmt = FMT_2 if dec(u) else FMT_INT
        put(ws, r, 1, n, h="center")
        put(ws, r, 3, name)
        put(ws, r, 4, u, h="center")
        put(ws, r, 5, t, fmt=fmt, h="right")
        for k in range(4):
            put(ws, r, 6 + k, "-" if tq[k] is None else tq[k], fmt=fmt, h="right")
            put(ws, r, 10 + k, "-" if rq[k] is None else rq[k], fmt=fmt, h="right")
        if style == "per":
            put(ws, r, 14, f"=SUM(J{r}:M{r})", fmt=fmt, h="right")
        else:
            put(ws, r, 14, re, fmt=fmt, h="right")
        put(ws, r, 15, capaian_formula(f"E{r}", f"N{r}", neg), fmt=FMT_2, h="right")
        K.add(FILE[y], ws.title, r, y, name, i, t, re, C(r, 5), C(r, 14))
        K.name_col(3)

    for title, groups in (("I. SASARAN STRATEGIS", RA[y]["sas"]), ("II. PROGRAM", RA[y]["prog"])):
        merge(ws, r, 1, r, 16, title, bold=True, h="left")
        r += 1
        for label, ids in groups:
            r0 = r
            for i in ids:
                row(i, r, n)
                put(ws, r, 16, "Kepala Dinas" if title.startswith("I.") else "Kepala Bidang / Sekretaris")
                r += 1
                n += 1
            merge(ws, r0, 2, r - 1, 2, label, h="left")
    merge(ws, r, 1, r, 16, "III. KEGIATAN", bold=True, h="left")
    r += 1
    for i in RA[y]["keg"]:
        row(i, r, n)
        put(ws, r, 2, KEG[i], h="left")
        put(ws, r, 16, PJ[i])
        r += 1
        n += 1
    r += 1
    text(ws, r, 2, "Jumlah Anggaran Tahun 2021")
    text(ws, r, 3, ": Rp. 38.412.650.000,-")
    text(ws, r + 1, 2, "Realisasi Anggaran Tahun 2021")
    text(ws, r + 1, 3, ": Rp. 35.127.394.218,-")
    n_, rank, nip = KADIS[y]
    signature(ws, r + 3, 13, "Tanjung Rembulan, 31 Desember 2021",
              ["Kepala Dinas Perumahan dan Kawasan Permukiman", KOTA], n_, rank, nip)
    ship(wb, K, FILE[y])


# ---------------------------------------------------------------- E.81 (2022: 15 cols, 2023: 17 cols)
def e81(K, y):
    old = (y == 2023)
    R = rng(8100 + y)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "E.81 TW IV" if not old else "Evaluasi Renja TW IV"
    last = 29 if old else 26
    widths(ws, {"A": 13, "B": 24, "C": 34, "D": 40, "E": 9})
    for c in range(6, last + 1):
        ws.column_dimensions[col(c)].width = 13
    ws.column_dimensions[col(last)].width = 20
    merge(ws, 1, 1, 1, last, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA TANJUNG REMBULAN",
          bold=True, border=False, size=11)
    merge(ws, 2, 1, 2, last, f"RENJA DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN {KOTA_UP}", bold=True,
          border=False, size=11)
    merge(ws, 3, 1, 3, last, f"PERIODE PELAKSANAAN TAHUN {y} (TRIWULAN IV)", bold=True, border=False, size=11)
    text(ws, 4, 1, "Indikator dan target kinerja Perangkat Daerah Kota yang mengacu pada sasaran RKPD: "
                   "Meningkatnya kualitas lingkungan permukiman dan hunian layak")
    h1, h2, h3, h4 = 6, 7, 8, 9
    for c, lab, num in [(1, "No / Kode", "1"), (2, "Sasaran", "2"), (3, "Program / Kegiatan", "3"),
                        (4, "Indikator Kinerja Program (outcome) / Kegiatan (output)", "4"), (5, "Satuan", "")]:
        merge(ws, h1, c, h3, c, lab, bold=True)
        put(ws, h4, c, num, h="center", italic=True)
    groups = [(6, "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)", "5"),
              (8, f"Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu ({y - 1})", "6"),
              (10, f"Target Kinerja dan Anggaran Renja PD Tahun Berjalan ({y}) yang Dievaluasi", "7")]
    for c, lab, num in groups:
        merge(ws, h1, c, h2, c + 1, lab, bold=True)
    merge(ws, h1, 12, h1, 19, "Realisasi Kinerja pada Triwulan", bold=True)
    for k, lab in enumerate(["I", "II", "III", "IV"]):
        merge(ws, h2, 12 + 2 * k, h2, 13 + 2 * k, lab, bold=True)
        groups.append((12 + 2 * k, None, str(8 + k)))
    if not old:
        tail = [(20, "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", "12 = 8+9+10+11"),
                (22, f"Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun {y}", "13 = 6 + 12"),
                (24, f"Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun {y} (%)",
                 "14 = 13/5 x 100")]
    else:
        tail = [(20, "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", "12 = 8+9+10+11"),
                (22, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)",
                 "13 = 12/7 x 100"),
                (24, f"Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun {y}", "14 = 6 + 12"),
                (26, f"Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun {y} (%)",
                 "15 = 14/5 x 100")]
    for c, lab, num in tail:
        merge(ws, h1, c, h2, c + 1, lab, bold=True)
    groups += tail
    for c, lab, num in groups:
        put(ws, h3, c, "K", bold=True, h="center")
        put(ws, h3, c + 1, "Rp", bold=True, h="center")
        merge(ws, h4, c, h4, c + 1, num, h="center")
    unit_c = 26 if not old else 28
    merge(ws, h1, unit_c, h3, unit_c, "Unit Perangkat Daerah Penanggung Jawab", bold=True)
    put(ws, h4, unit_c, "15" if not old else "16", h="center", italic=True)
    if old:
        merge(ws, h1, 29, h3, 29, "Keterangan", bold=True)
        put(ws, h4, 29, "17", h="center", italic=True)

    r = 10
    cap_rows = []
    KCOL = {"ren": 6, "prev": 8, "tgt": 10, "tw": 12, "real": 20}
    for pk, outs, kegs in E81[y]:
        code, pname, sas, unit = PROG[pk]
        prow = r
        keg_rows = list(range(r + len(outs), r + len(outs) + len(kegs)))
        # program outcome rows
        for j, i in enumerate(outs):
            fill_row(ws, K, y, old, r, i, R, level="prog")
            if j == 0:
                put(ws, r, 1, code, h="left")
                for c in (7, 9, 11, 13, 15, 17, 19, 21):
                    put(ws, r, c, "=" + "+".join(f"{col(c)}{kr}" for kr in keg_rows), fmt=FMT_ACC)
                rp_tail(ws, r, old)
            put(ws, r, unit_c, unit)
            cap_rows.append(r)
            r += 1
        merge(ws, prow, 3, r - 1, 3, pname, h="left", bold=True)
        if len(outs) > 1:
            merge(ws, prow, 1, r - 1, 1)
        for k, i in enumerate(kegs):
            put(ws, r, 1, f"{code}.2.{k + 1:02d}", h="left")
            put(ws, r, 3, KEG[i], h="left")
            fill_row(ws, K, y, old, r, i, R, level="keg")
            put(ws, r, unit_c, PJ[i])
            cap_rows.append(r)
            r += 1
        merge(ws, prow, 2, r - 1, 2, sas, h="left")
    # totals and evaluation block
    put(ws, r, 3, "JUMLAH", bold=True)
    first_prog_rows = []
    rr = 10
    for pk, outs, kegs in E81[y]:
        first_prog_rows.append(rr)
        rr += len(outs) + len(kegs)
    for c in (7, 9, 11, 13, 15, 17, 19, 21):
        put(ws, r, c, "=" + "+".join(f"{col(c)}{x}" for x in first_prog_rows), fmt=FMT_ACC, bold=True)
    kcap = 24 if not old else 22
    r += 1
    put(ws, r, 3, "Rata-rata capaian kinerja (%)", bold=True)
    put(ws, r, kcap, f"=ROUND(AVERAGE({col(kcap)}10:{col(kcap)}{r - 2}),1)", fmt="0.0")
    put(ws, r, kcap + 1, f"=ROUND(AVERAGE({col(kcap + 1)}10:{col(kcap + 1)}{r - 2}),1)", fmt="0.0")
    r += 1
    put(ws, r, 3, "Predikat kinerja", bold=True)
    put(ws, r, kcap, "Sangat Tinggi")
    r += 2
    notes = [("Faktor pendorong keberhasilan pencapaian:",
              "Dukungan DAK Perumahan dan partisipasi masyarakat dalam program bedah rumah."),
             ("Faktor penghambat pencapaian kinerja:",
              "Keterlambatan penyerahan PSU oleh pengembang; cuaca pada triwulan IV."),
             ("Tindak lanjut yang diperlukan dalam triwulan berikutnya:", "-"),
             ("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya:",
              "Penajaman lokasi sasaran RTLH berbasis data kemiskinan.")]
    for a, b in notes:
        text(ws, r, 1, a)
        text(ws, r, 4, b)
        r += 1
    r += 1
    text(ws, r, 3, "Disusun", h="center")
    text(ws, r, 20, "Dievaluasi", h="center")
    n_, rank, nip = KADIS[y]
    signature(ws, r + 1, 3, f"Tanjung Rembulan, {'16 Januari 2023' if y == 2022 else '15 Januari 2024'}",
              ["Kepala Dinas Perumahan dan Kawasan Permukiman", KOTA], n_, rank, nip)
    b_, brank, bnip = BAPPEDA
    signature(ws, r + 1, 20, f"Tanjung Rembulan, {'20 Januari 2023' if y == 2022 else '19 Januari 2024'}",
              ["Kepala Badan Perencanaan Pembangunan Daerah", KOTA], b_, brank, bnip)
    ws.freeze_panes = "E10"
    ship(wb, K, FILE[y])


def rp_tail(ws, r, old):
    """Rp formulas of the computed columns on a program's first row."""
    if not old:
        put(ws, r, 23, f"=I{r}+U{r}", fmt=FMT_ACC)
        put(ws, r, 25, f"=IFERROR(W{r}/G{r}*100,0)", fmt=FMT_2)
    else:
        put(ws, r, 23, f"=IFERROR(U{r}/K{r}*100,0)", fmt=FMT_2)
        put(ws, r, 25, f"=I{r}+U{r}", fmt=FMT_ACC)
        put(ws, r, 27, f"=IFERROR(Y{r}/G{r}*100,0)", fmt=FMT_2)


def prev_real(i, y):
    """Realisasi Renstra s.d. last year (add: sum since 2021; level: last year's value)."""
    kind = IND[i][3][0]
    vals = [IND[i][6][k] for k in range(Y.index(y))]
    vals = [v for v in vals if v is not None]
    if not vals:
        return None
    return round(sum(vals), 2) if kind == "add" else vals[-1]


def fill_row(ws, K, y, old, r, i, R, level):
    name, u, neg, style, t, re = get(i, y)
    kind, end = IND[i][3]
    fmt = FMT_2 if dec(u) else FMT_INT
    kf = FMT_ACC if not dec(u) else FMT_2
    put(ws, r, 4, name)
    put(ws, r, 5, u, h="center")
    put(ws, r, 6, end, fmt=fmt)
    pv = prev_real(i, y)
    put(ws, r, 8, pv if pv is not None else "-", fmt=fmt, h="right")
    put(ws, r, 10, t, fmt=fmt)
    if not old:
        tq, rq = quarters(i, y, "inc")
        for k in range(4):
            put(ws, r, 12 + 2 * k, rq[k], fmt=kf)
        put(ws, r, 20, f"=L{r}+N{r}+P{r}+R{r}", fmt=fmt)
        real_spec = C(r, 20)
        if kind == "add":
            put(ws, r, 22, f"=H{r}+T{r}" if pv is not None else f"=T{r}", fmt=fmt)
        else:
            put(ws, r, 22, f"=T{r}", fmt=fmt)
        put(ws, r, 24, f"=IFERROR(V{r}/F{r}*100,0)", fmt=FMT_2)
    else:
        tq, rq = quarters(i, y, "ra")
        for k in range(4):
            put(ws, r, 12 + 2 * k, rq[k], fmt=fmt)
        if style == "cum":
            put(ws, r, 20, re, fmt=fmt)
        else:
            put(ws, r, 20, f"=SUM(L{r},N{r},P{r},R{r})", fmt=fmt)
        real_spec = C(r, 20)
        put(ws, r, 22, capaian_formula(f"J{r}", f"T{r}", neg), fmt=FMT_2)
        if kind == "add":
            put(ws, r, 24, f"=H{r}+T{r}" if pv is not None else f"=T{r}", fmt=fmt)
        else:
            put(ws, r, 24, f"=T{r}", fmt=fmt)
        put(ws, r, 26, f"=IFERROR(X{r}/F{r}*100,0)", fmt=FMT_2)
        if i == "b21":
            put(ws, r, 29, "LKjIP 2022 terlambat disampaikan")
        elif i == "b19":
            put(ws, r, 29, "Indikator negatif")
        else:
            put(ws, r, 29, "")
    if level == "keg":
        pagu = R.randrange(180, 4200) * 1_000_000 + R.randrange(0, 1000) * 1000
        if i == "b25":
            pagu = 11_842_500_000 if y == 2022 else 12_310_900_000
        put(ws, r, 7, pagu * 5 + R.randrange(0, 99) * 1_000_000, fmt=FMT_ACC)
        put(ws, r, 9, 0 if pv is None else round(pagu * 0.9 * (y - 2021)), fmt=FMT_ACC)
        put(ws, r, 11, pagu, fmt=FMT_ACC)
        fr = [0.11, 0.23, 0.27, 0.33]
        for k in range(4):
            put(ws, r, 13 + 2 * k, round(pagu * (fr[k] + R.uniform(-0.03, 0.02)), -3), fmt=FMT_ACC)
        put(ws, r, 21, f"=M{r}+O{r}+Q{r}+S{r}", fmt=FMT_ACC)
        if not old:
            put(ws, r, 23, f"=I{r}+U{r}" if pv is not None else f"=U{r}", fmt=FMT_ACC)
            put(ws, r, 25, f"=IFERROR(W{r}/G{r}*100,0)", fmt=FMT_2)
        else:
            put(ws, r, 23, f"=IFERROR(U{r}/K{r}*100,0)", fmt=FMT_2)
            put(ws, r, 25, f"=I{r}+U{r}" if pv is not None else f"=U{r}", fmt=FMT_ACC)
            put(ws, r, 27, f"=IFERROR(Y{r}/G{r}*100,0)", fmt=FMT_2)
    K.add(FILE[y], ws.title, r, y, name, i, t, re, C(r, 10), real_spec)
    K.name_col(4)


# ---------------------------------------------------------------- Rencana Aksi 2024 (T/R per quarter)
def ra2024(K):
    y = 2024
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RENAKSI 2024"
    widths(ws, {"A": 5, "B": 34, "C": 42, "D": 9, "E": 10, "N": 24, "O": 26})
    for c in range(6, 14):
        ws.column_dimensions[col(c)].width = 9
    merge(ws, 1, 1, 1, 15, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", bold=True,
          border=False, size=11)
    merge(ws, 2, 1, 2, 15, f"DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN {KOTA_UP}", bold=True, border=False, size=11)
    merge(ws, 3, 1, 3, 15, "TAHUN ANGGARAN 2024", bold=True, border=False, size=11)
    for c, lab in [(1, "No"), (2, "Sasaran / Program / Kegiatan"), (3, "Indikator Kinerja"), (4, "Satuan"),
                   (5, "Target Tahunan"), (14, "Penanggung Jawab"), (15, "Keterangan")]:
        merge(ws, 5, c, 6, c, lab, bold=True)
    for k, lab in enumerate(["Triwulan I (B03)", "Triwulan II (B06)", "Triwulan III (B09)", "Triwulan IV (B12)"]):
        merge(ws, 5, 6 + 2 * k, 5, 7 + 2 * k, lab, bold=True)
        put(ws, 6, 6 + 2 * k, "T", bold=True, h="center")
        put(ws, 6, 7 + 2 * k, "R", bold=True, h="center")
    r = 7
    n = 1
    remarks = {"b02": "kumulatif", "b04": "kumulatif s.d. triwulan", "b19": "indikator negatif",
               "b06": "indikator negatif; data akhir tahun", "b03": "termasuk 40 unit dari DAK",
               "b12": "PJU tenaga surya"}

    def row(i, r, n):
        name, u, neg, style, t, re = get(i, y)
        tq, rq = quarters(i, y, "ra")
        fmt = FMT_2 if dec(u) else FMT_INT
        put(ws, r, 1, n, h="center")
        put(ws, r, 3, name)
        put(ws, r, 4, u, h="center")
        put(ws, r, 5, t, fmt=fmt, h="right")
        for k in range(4):
            put(ws, r, 6 + 2 * k, "-" if tq[k] is None else tq[k], fmt=fmt, h="right")
            put(ws, r, 7 + 2 * k, "-" if rq[k] is None else rq[k], fmt=fmt, h="right")
        put(ws, r, 15, remarks.get(i, ""))
        if style == "per":
            rspec = S(r, [7, 9, 11, 13])
            assert sum(rq) == re
        else:
            rspec = C(r, 13)
            assert rq[3] == re
        K.add(FILE[y], ws.title, r, y, name, i, t, re, C(r, 5), rspec)
        K.name_col(3)

    for title, groups in (("SASARAN", RA[y]["sas"]), ("PROGRAM", RA[y]["prog"])):
        merge(ws, r, 1, r, 15, title, bold=True, h="left")
        r += 1
        for label, ids in groups:
            r0 = r
            for i in ids:
                row(i, r, n)
                put(ws, r, 14, "Kepala Dinas" if title == "SASARAN" else "Sekretaris / Kepala Bidang")
                r += 1
                n += 1
            merge(ws, r0, 2, r - 1, 2, label, h="left")
    merge(ws, r, 1, r, 15, "KEGIATAN", bold=True, h="left")
    r += 1
    for i in RA[y]["keg"]:
        row(i, r, n)
        put(ws, r, 2, KEG[i], h="left")
        put(ws, r, 14, PJ[i])
        r += 1
        n += 1
    r += 1
    text(ws, r, 2, "Jumlah Anggaran : Rp. 41.276.300.000,-")
    text(ws, r + 1, 2, "Realisasi Anggaran : Rp. 39.884.117.560,- (96,63 %)")
    n_, rank, nip = KADIS[y]
    signature(ws, r + 3, 11, "Tanjung Rembulan, 31 Desember 2024",
              ["Plt. Kepala Dinas Perumahan dan Kawasan Permukiman", KOTA], n_, rank, nip)
    ship(wb, K, FILE[y])


def build():
    K = Keys(AGENCY, "b", Y, "perkim")
    ra2021(K)
    e81(K, 2022)
    e81(K, 2023)
    ra2024(K)
    K.ambiguous = [["b18", "b26"]]
    K.lookalikes = [["b02", "b03"], ["b04", "b05"], ["b04", "b06"], ["b07", "b08"], ["b10", "b11"],
                    ["b15", "b16"], ["b09", "b10"], ["b22", "b23"], ["b01", "b02"]]
    K.write()
    return K


if __name__ == "__main__":
    build()
