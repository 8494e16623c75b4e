"""Agency 2: Bagian Administrasi Pembangunan, Sekretariat Daerah Kabupaten Lembah Sarai (invented).
Years 2021-2024.  Files:
  EVALUASI RENJA ADPEM 2021.xlsx       (Permendagri 86 form E.81, TW IV; hidden TW III sheet)
  Renaksi Bag Adpem 2022.ods           (Bone-style 5-row blocks: Target Tahunan + TW 1..4)
  LKjIP 2023 Tabel Bab III.xls         (LKjIP chapter III table with 2020-2022 realisasi + Renstra target)
  Capaian Kinerja Adpem 2023-2024.xlsx (2023 and 2024 side by side; sheet's own year 2024 keyed)
"""
from common import *

SLUG = "bag_adpem_lembah_sarai"
AGENCY = "Bagian Administrasi Pembangunan Sekretariat Daerah Kabupaten Lembah Sarai"
YEARS = [2021, 2022, 2023, 2024]

IND = {
    # ---- S1 tata kelola pengadaan
    "P01": ("%", "+", "level", 1, {
        2021: ("Persentase paket pengadaan barang/jasa yang selesai tepat waktu", 85, 86.4),
        2022: ("Persentase paket PBJ yang selesai ditender tepat waktu", 88, 89.1),
        2023: ("Persentase Paket Pengadaan Barang dan Jasa yang Selesai Tepat Waktu", 90, 84.7),
        2024: ("Prosentase paket pengadaan barang & jasa yang tepat waktu", 92, 93.5)}),
    "P02": ("paket", "+", "flow", 1, {
        2021: ("Jumlah paket tender yang dilaksanakan melalui SPSE", 120, 114),
        2022: ("Jumlah paket tender/seleksi melalui Sistem Pengadaan Secara Elektronik (SPSE)", 130, 137),
        2023: ("Jumlah paket tender yang diproses melalui SPSE", 140, 128),
        2024: ("Jumlah paket tender/seleksi via SPSE (paket)", 150, 149)}),
    "P03": ("%", "-", "level", 1, {
        2021: ("Persentase paket gagal tender", 5, 6.1),
        2022: ("Persentase tender gagal/ulang", 5, 3.6),
        2023: ("Persentase Paket Gagal Tender", 4, 4.7),
        2024: ("Persentase paket tender yang gagal", 4, 2.0)}),
    "P04": ("paket", "-", "flow", 1, {
        2021: ("Jumlah paket gagal tender", 6, 7),
        2022: ("Jumlah paket tender gagal/ulang", 6, 5),
        2023: ("Jumlah Paket Gagal Tender", 5, 6),
        2024: ("Jumlah paket tender yang gagal", 5, 3)}),
    "P10": ("%", "+", "level", 1, {
        2021: ("Persentase efisiensi pengadaan barang/jasa", 5, 7.8),
        2022: ("Persentase efisiensi hasil tender", 5, 6.2),
        2023: ("Efisiensi hasil pemilihan penyedia (%)", 5, 4.1),
        2024: ("Persentase efisiensi anggaran hasil tender", 5, 5.9)}),
    "P22": ("%", "+", "level", 1, {
        2021: ("Persentase paket yang diumumkan pada SIRUP", 100, 97.2),
        2022: ("Persentase RUP yang diumumkan di SiRUP", 100, 98.5),
        2023: ("Persentase paket pengadaan yang tercatat di Sistem Informasi Rencana Umum Pengadaan (SiRUP)", 100, 100),
        2024: ("Persentase paket PBJ diumumkan di SIRUP", 100, 99.1)}),
    "P23": ("paket", "+", "flow", 1, {
        2021: ("Jumlah paket yang diumumkan pada SIRUP", 1500, 1458),
        2022: ("Jumlah paket RUP yang diumumkan di SiRUP", 1600, 1576),
        2024: ("Jumlah paket PBJ diumumkan di SIRUP (paket)", 1800, 1784)}),
    "P15": ("nilai", "+", "level", 1, {
        2022: ("Indeks Tata Kelola Pengadaan", 70, 72.45),
        2023: ("Nilai ITKP", 75, 78.10),
        2024: ("Nilai Indeks Tata Kelola Pengadaan Barang/Jasa (ITKP)", 80, 79.30)}),
    "P16": ("level", "+", "level", 1, {
        2021: ("Tingkat kematangan UKPBJ", 2, 2),
        2022: ("Level kematangan Unit Kerja Pengadaan Barang/Jasa (UKPBJ)", 3, 2),
        2023: ("Tingkat Kematangan UKPBJ (level)", 3, 3),
        2024: ("Level kematangan UKPBJ", 3, 3)}),
    "P17": ("orang", "+", "level", 1, {
        2021: ("Jumlah pengelola PBJ bersertifikat", 15, 14),
        2022: ("Jumlah pengelola pengadaan barang/jasa yang bersertifikat kompetensi", 18, 18),
        2023: ("Jumlah SDM pengadaan bersertifikat", 20, 21),
        2024: ("Jumlah Pengelola Pengadaan Barang/Jasa (PPBJ) bersertifikat", 22, 22)}),
    "P18": ("%", "+", "level", 1, {
        2021: ("Persentase sanggah yang ditindaklanjuti", 100, 100),
        2022: ("Persentase sanggah dan pengaduan yang ditindaklanjuti", 100, 100),
        2024: ("Persentase sanggah/pengaduan yg ditindaklanjuti", 100, 100)}),
    "P18b": ("%", "+", "level", 1, {
        2023: ("Persentase pengaduan PBJ yang ditindaklanjuti", 100, 95.0)}),
    # ---- S2 katalog elektronik & PDN
    "P05": ("%", "+", "level", 2, {
        2021: ("Persentase transaksi melalui e-Katalog", 30, 34.2),
        2022: ("Persentase belanja pengadaan melalui E-Katalog", 40, 41.8),
        2023: ("Persentase nilai belanja melalui katalog elektronik", 50, 55.3),
        2024: ("Persentase belanja PBJ melalui e-katalog/e-purchasing", 60, 63.0)}),
    "P24": ("paket", "+", "flow", 2, {
        2023: ("Jumlah paket e-purchasing melalui e-katalog", 900, 1046),
        2024: ("Jumlah paket e-purchasing (e-katalog)", 1000, 1213)}),
    "P06": ("produk", "+", "level", 2, {
        2021: ("Jumlah produk tayang pada e-Katalog Lokal", 200, 236),
        2022: ("Jumlah produk yang tayang di Katalog Elektronik Lokal", 500, 612),
        2023: ("Jumlah produk e-katalog lokal", 1000, 1184),
        2024: ("Jumlah produk lokal yang tayang di e-Katalog Daerah", 1500, 1731)}),
    "P07": ("penyedia", "+", "level", 2, {
        2022: ("Jumlah penyedia lokal yang tayang di Katalog Elektronik Lokal", 40, 52),
        2023: ("Jumlah penyedia e-katalog lokal", 80, 97),
        2024: ("Jumlah pelaku usaha lokal yang tayang di e-Katalog Daerah", 120, 133)}),
    "P08": ("%", "+", "level", 2, {
        2021: ("Persentase penggunaan produk dalam negeri", 25, 31.2),
        2022: ("Persentase belanja Produk Dalam Negeri (PDN)", 40, 46.8),
        2023: ("Persentase realisasi belanja PDN", 40, 52.3),
        2024: ("Persentase belanja PDN (Produk Dalam Negeri)", 60, 65.7)}),
    "P09": ("%", "+", "level", 2, {
        2022: ("Persentase belanja untuk UMK dan Koperasi", 40, 38.5),
        2023: ("Persentase pengadaan untuk Usaha Mikro, Usaha Kecil dan Koperasi", 40, 44.2),
        2024: ("Persentase belanja PBJ untuk UMKK", 40, 47.9)}),
    # ---- S3 pengendalian pembangunan
    "P11": ("%", "+", "level", 3, {
        2021: ("Persentase OPD yang menyampaikan laporan realisasi fisik & keuangan tepat waktu ", 80, 75.56),
        2022: ("Persentase Perangkat Daerah yang tepat waktu menyampaikan laporan realisasi fisik dan keuangan", 85, 88.89),
        2023: ("Persentase PD yang menyampaikan laporan realisasi fisik dan keuangan tepat waktu", 90, 91.11),
        2024: ("Persentase OPD tepat waktu menyampaikan Laporan Realisasi Fisik dan Keuangan", 90, 95.56)}),
    "P12": ("laporan", "+", "flow", 3, {
        2021: ("Jumlah laporan monev pelaksanaan pembangunan", 12, 12),
        2022: ("Jumlah Laporan Monitoring dan Evaluasi Pelaksanaan Pembangunan", 12, 12),
        2023: ("Jumlah dokumen laporan monitoring dan evaluasi pembangunan", 12, 11),
        2024: ("Jumlah laporan monev (laporan)", 4, 4)}),
    "P13": ("%", "+", "level", 3, {
        2021: ("Persentase realisasi fisik pembangunan", 95, 93.8),
        2022: ("Persentase Realisasi Fisik Kegiatan Pembangunan Daerah", 95, 96.1),
        2023: ("Realisasi fisik APBD (%)", 97, 95.4),
        2024: ("Persentase capaian realisasi fisik APBD", 97, 97.6)}),
    "P14": ("%", "+", "level", 3, {
        2021: ("Persentase realisasi keuangan pembangunan", 90, 86.3),
        2022: ("Persentase Realisasi Keuangan APBD", 90, 88.7),
        2023: ("Realisasi keuangan APBD (%)", 92, 91.0),
        2024: ("Persentase capaian realisasi keuangan APBD", 92, 93.4)}),
    "P20": ("%", "+", "level", 3, {
        2021: ("Persentase kegiatan strategis yang dimonitor", 100, 100),
        2022: ("Persentase kegiatan strategis daerah yang dimonitoring dan dievaluasi", 100, 100),
        2023: ("Persentase Proyek Strategis Daerah yang dimonev", 100, 100),
        2024: ("Persentase kegiatan strategis daerah yang dimonitor dan dievaluasi", 100, 100)}),
    "P21": ("laporan", "+", "flow", 3, {
        2021: ("Jumlah laporan TEPRA", 12, 0),
        2022: ("Jumlah laporan Tim Evaluasi dan Pengawasan Realisasi Anggaran (TEPRA)", 12, 12),
        2023: ("Jumlah Laporan Tim Evaluasi dan Pengawasan Realisasi Anggaran", 4, 4)}),
    # ---- S4 akuntabilitas
    "P19": ("predikat", "+", "grade", 4, {
        2021: ("Nilai SAKIP Bagian Administrasi Pembangunan", "B", "BB"),
        2022: ("Nilai AKIP", "BB", "BB"),
        2024: ("Predikat SAKIP Bagian", "BB", "A")}),
    "P25": ("dokumen", "+", "flow", 4, {
        2021: ("Jumlah dokumen perencanaan dan pelaporan kinerja Bagian", 5, 5)}),
}

SASARAN = {1: "Meningkatnya kualitas tata kelola pengadaan barang/jasa",
           2: "Meningkatnya penggunaan katalog elektronik dan produk dalam negeri",
           3: "Meningkatnya kualitas pengendalian pelaksanaan pembangunan daerah",
           4: "Meningkatnya akuntabilitas kinerja Bagian"}

ORDER = ["P01", "P02", "P03", "P04", "P10", "P22", "P23", "P15", "P16", "P17", "P18", "P18b",
         "P05", "P24", "P06", "P07", "P08", "P09", "P11", "P12", "P13", "P14", "P20", "P21", "P19", "P25"]


def ids_of(year):
    return [i for i in ORDER if year in IND[i][4]]


def NTR(i, y):
    return IND[i][4][y]


# =========================================================== 2021 E.81 (xlsx)
E81_TREE = [
    # (level, name, [indicator ids], sasaran no., unit PJ)
    ("program", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", ["P19"], 4, "Kabag Adm. Pembangunan"),
    ("sub", "Penyusunan Dokumen Perencanaan Perangkat Daerah", ["P25"], 4, "Kasubag Program"),
    ("program", "Program Perekonomian dan Pembangunan", ["P13", "P14"], 3, "Kabag Adm. Pembangunan"),
    ("kegiatan", "Pelaksanaan Administrasi Pembangunan", ["P11"], 3, "Kasubag Pengendalian"),
    ("sub", "Pengendalian Program Pembangunan", ["P12", "P21"], 3, "Kasubag Pengendalian"),
    ("sub", "Evaluasi Pelaksanaan Program Pembangunan", ["P20"], 3, "Kasubag Evaluasi"),
    ("kegiatan", "Pengelolaan Pengadaan Barang dan Jasa", ["P01"], 1, "Kasubag Pengelolaan PBJ"),
    ("sub", "Pengelolaan Pengadaan Barang dan Jasa", ["P02", "P03", "P04", "P10"], 1, "Kasubag Pengelolaan PBJ"),
    ("sub", "Pengelolaan Layanan Pengadaan Secara Elektronik", ["P22", "P23", "P05", "P06"], 2, "Kasubag LPSE"),
    ("sub", "Pembinaan dan Advokasi Pengadaan Barang dan Jasa", ["P17", "P18", "P16", "P08"], 1, "Kasubag Pembinaan & Advokasi"),
]

Q2021 = {  # quarter K realisasi (per quarter for flows, as-of for levels)
    "P19": ["-", "-", "-", "BB"],
    "P25": [1, 2, 1, 1],
    "P13": [18.5, 42.3, 71.6, 93.8],
    "P14": [12.1, 35.4, 60.2, 86.3],
    "P11": [71.11, 77.78, 73.33, 75.56],
    "P12": [3, 3, 3, 3],
    "P21": [3, 3, 3, 3],
    "P20": [100, 100, 100, 100],
    "P01": [80.0, 85.2, 87.0, 86.4],
    "P02": [31, 38, 29, 16],
    "P03": [0, 4.2, 5.5, 6.1],
    "P04": [1, 3, 2, 1],
    "P10": [6.9, 7.5, 8.1, 7.8],
    "P22": [97.2, 97.2, 97.2, 97.2],
    "P23": [1210, 154, 62, 32],
    "P05": [12.3, 20.5, 28.9, 34.2],
    "P06": [45, 102, 170, 236],
    "P17": [12, 12, 14, 14],
    "P18": [100, 100, 100, 100],
    "P16": [2, 2, 2, 2],
    "P08": [15.6, 22.4, 27.9, 31.2],
}
RENSTRA = {  # (target akhir 2026, realisasi renstra s.d. 2020)
    "P19": ("A", "B"), "P25": (25, 5), "P13": (98, 92.1), "P14": (95, 84.9), "P11": (100, 71.11),
    "P12": (60, 12), "P21": (60, 12), "P20": (100, 100), "P01": (95, 82.5), "P02": (700, 118),
    "P03": (3, 6.8), "P04": (25, 8), "P10": (5, 8.4), "P22": (100, 95.6), "P23": (8000, 1412),
    "P05": (75, 21.7), "P06": (2500, 0), "P17": (30, 12), "P18": (100, 100), "P16": (4, 2), "P08": (70, 18.3),
}
RP = {  # (renstra Rp, renstra realisasi s.d. 2020 Rp, renja 2021 Rp, TW I-IV Rp)
    "Penyusunan Dokumen Perencanaan Perangkat Daerah": (420000000, 78500000, 86500000, [12000000, 27500000, 18750000, 26120000]),
    "Pengendalian Program Pembangunan": (1650000000, 301200000, 325000000, [48200000, 91350000, 77800000, 98110000]),
    "Evaluasi Pelaksanaan Program Pembangunan": (900000000, 160450000, 178400000, [21300000, 46900000, 52150000, 50075000]),
    "Pengelolaan Pengadaan Barang dan Jasa": (2300000000, 412000000, 455750000, [85600000, 118400000, 121300000, 119870000]),
    "Pengelolaan Layanan Pengadaan Secara Elektronik": (1450000000, 250300000, 286900000, [51000000, 74250000, 70100000, 82330000]),
    "Pembinaan dan Advokasi Pengadaan Barang dan Jasa": (780000000, 132600000, 149250000, [18400000, 36900000, 44100000, 42600000]),
}


def book_2021():
    Y = 2021
    bk = Book(SLUG, "EVALUASI RENJA ADPEM 2021.xlsx", "xlsx")
    ws = bk.sheet("TW IV", "Permendagri 86/2017 form E.81 'Evaluasi terhadap hasil Renja', Triwulan IV 2021. Header rows 6-8 "
                  "(three levels: titles / TW I-IV / K-Rp), numbered column row 9 (1..16, with '13 = 9+10+11+12', "
                  "'14 = 7+13', '15 = 14/6 x 100'). Columns: A No | B Sasaran | C Program/Kegiatan/Sub Kegiatan | "
                  "D Indikator | E Satuan | F:G (6) Target Renstra 2026 K,Rp | H:I (7) Realisasi Renstra s.d. 2020 | "
                  "J:K (8) Target Renja 2021 | L:S (9-12) TW I-IV K,Rp | T:U (13) Realisasi Renja 2021 | V:W (14) | "
                  "X:Y (15) | Z (16) Unit penanggung jawab. Key: target = J (8 K), realisasi = T (13 K).")
    widths(ws, {"A": 5, "B": 24, "C": 32, "D": 44, "E": 9, "Z": 22})
    for c in range(6, 26):
        ws.column_dimensions[L(c)].width = 11 if c % 2 == 0 else 8
    merge(ws, 1, 1, 1, 26, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", bold=True)
    merge(ws, 2, 1, 2, 26, "LINGKUP KABUPATEN LEMBAH SARAI", bold=True)
    txt(ws, "A3", "Periode Pelaksanaan : Triwulan IV Tahun 2021")
    txt(ws, "A4", "Perangkat Daerah : Sekretariat Daerah - Bagian Administrasi Pembangunan")
    txt(ws, "A5", "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RPJMD : "
                  "Meningkatnya tata kelola pemerintahan yang akuntabel")
    # header
    for col, h in [(1, "No"), (2, "Sasaran"), (3, "Program/Kegiatan/Sub Kegiatan"),
                   (4, "Indikator Kinerja Program (outcome)/ Kegiatan (output)"), (5, "Satuan"),
                   (26, "Unit Perangkat Daerah Penanggung Jawab")]:
        merge(ws, 6, col, 8, col, h, bold=True, fill=HEADFILL)
    pairs = [(6, "Target Kinerja dan Anggaran Renstra Perangkat Daerah Tahun 2026 (Akhir Periode Renstra)"),
             (8, "Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Tahun 2020"),
             (10, "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun 2021 yang dievaluasi"),
             (20, "Realisasi Capaian Kinerja dan Anggaran Renja yang dievaluasi"),
             (22, "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2021"),
             (24, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2021 (%)")]
    for c0, h in pairs:
        merge(ws, 6, c0, 7, c0 + 1, h, bold=True, fill=HEADFILL)
    merge(ws, 6, 12, 6, 19, "Realisasi Kinerja Pada Triwulan", bold=True, fill=HEADFILL)
    for k, tw in enumerate(["I", "II", "III", "IV"]):
        merge(ws, 7, 12 + 2 * k, 7, 13 + 2 * k, tw, bold=True, fill=HEADFILL)
    for c in range(6, 26):
        cell = ws.cell(8, c, "K" if c % 2 == 0 else "Rp.")
        cell.font = BOLD; cell.alignment = CENTER; cell.fill = HEADFILL
    box(ws, 6, 1, 8, 26)
    nums = [(1, "1"), (2, "2"), (3, "3"), (4, "4"), (5, "5"), (6, "6"), (8, "7"), (10, "8"), (12, "9"), (14, "10"),
            (16, "11"), (18, "12"), (20, "13 = 9+10+11+12"), (22, "14 = 7 + 13"), (24, "15 = 14/6 x 100"), (26, "16")]
    for c, s in nums:
        if 6 <= c <= 24:
            merge(ws, 9, c, 9, c + 1, s)
        else:
            ws.cell(9, c, s).alignment = CENTER
    box(ws, 9, 1, 9, 26)
    r = 10
    merge(ws, r, 3, r, 26, "URUSAN PEMERINTAHAN FUNGSI PENUNJANG - SEKRETARIAT DAERAH", bold=True,
          align=Alignment(horizontal="left"), fill=GROUPFILL)
    bk.note(ws, r, "Urusan group row (not a key row).")
    r += 1
    no = 0
    prog_rows = []      # (row, [child sub rows]) for Rp sums
    cur_prog = None
    cur_keg = None
    sub_first_rows = {}
    for level, lname, ids, s, pj in E81_TREE:
        start = r
        for k, i in enumerate(ids):
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            no += 1
            put(ws, f"A{r}", no, align=CENTER)
            put(ws, f"D{r}", name, align=WRAP)
            put(ws, f"E{r}", unit if unit != "predikat" else "Predikat")
            ren_t, ren_r = RENSTRA[i]
            put(ws, f"F{r}", grade(ren_t) if isinstance(ren_t, str) else n(ren_t))
            put(ws, f"H{r}", grade(ren_r) if isinstance(ren_r, str) else n(ren_r))
            tk = put(ws, f"J{r}", grade(T) if kind == "grade" else n(T))
            q = Q2021[i]
            for kq in range(4):
                v = q[kq]
                put(ws, f"{L(12+2*kq)}{r}", grade(v) if isinstance(v, str) else n(v))
            if kind == "grade":
                rk = put(ws, f"T{r}", grade("BB"))
            elif i == "P21":
                rk = put(ws, f"T{r}", n(0))
                bk.note(ws, r, "P21 column 13 (T) typed 0 while TW I-IV hold 3+3+3+3: the computed column typed over. "
                               "Keyed as typed: realisasi 0.")
            elif kind == "flow":
                rk = put(ws, f"T{r}", fx(f"=L{r}+N{r}+P{r}+R{r}", sum(q)))
                assert sum(q) == R, (i, q, R)
            else:
                rk = put(ws, f"T{r}", fx(f"=R{r}", q[3]))
                assert q[3] == R, (i, q, R)
            # col 14 and 15
            if kind == "flow":
                ws[f"V{r}"] = f"=H{r}+T{r}"
            elif kind == "grade":
                ws[f"V{r}"] = "BB"
            else:
                ws[f"V{r}"] = f"=T{r}"
            if kind != "grade":
                if i == "P02":
                    ws[f"X{r}"] = f"=V{r}/F{r+1}*100"
                    bk.note(ws, r, "P02 column 15 (X) formula =V/F{next row}*100 points at the next row's Renstra target.")
                else:
                    ws[f"X{r}"] = f"=V{r}/F{r}*100"
                ws[f"X{r}"].number_format = "0.00"
            for c in "VX":
                ws[f"{c}{r}"].border = BORDER
            put(ws, f"Z{r}", pj if k == 0 else "")
            bk.key(ws, r, Y, f"D{r}", i, f"J{r}", {"cell": f"T{r}"}, tk, rk)
            if i == "P19":
                bk.note(ws, r, "P19 grade row (target 'B', realisasi 'BB') on the programme row -> key null/null.")
            if i == "P06":
                bk.note(ws, r, "P06 cumulative count (45/102/170/236 by quarter): column 13 = TW IV (=R), not a sum.")
            if i in ("P13", "P14"):
                bk.note(ws, r, f"{i} on the programme row; column 13 takes TW IV (=R{r}), the quarters are cumulative.")
            r += 1
        # C cell: name of program / kegiatan / sub kegiatan, merged over its indicator rows
        label = lname if level != "program" else lname.upper()
        merge(ws, start, 3, r - 1, 3, label, bold=(level != "sub"), align=WRAP)
        box(ws, start, 3, r - 1, 3)
        # Rp columns on the first row of the block
        if level == "sub":
            rs, rr, rj, tw = RP[lname]
            ws[f"G{start}"] = rs; ws[f"I{start}"] = rr; ws[f"K{start}"] = rj
            for kq in range(4):
                ws[f"{L(13+2*kq)}{start}"] = tw[kq]
            if lname == "Evaluasi Pelaksanaan Program Pembangunan":
                ws[f"O{start}"] = f"=98950000-M{start}"
                bk.note(ws, start, "TW II Rp (O) is '=98950000-M' (a constant inside a formula: cumulative minus TW I).")
            ws[f"U{start}"] = f"=M{start}+O{start}+Q{start}+S{start}"
            ws[f"W{start}"] = f"=I{start}+U{start}"
            ws[f"Y{start}"] = f"=W{start}/G{start}*100"
            sub_first_rows.setdefault(cur_keg if cur_keg else cur_prog, []).append(start)
            sub_first_rows.setdefault(cur_prog, []).append(start)
        elif level == "kegiatan":
            cur_keg = start
            sub_first_rows[cur_keg] = []
        else:
            cur_prog = start
            cur_keg = None
            sub_first_rows[cur_prog] = []
        for c in "GIKMOQSUWY":
            ws[f"{c}{start}"].number_format = "#,##0"
            ws[f"{c}{start}"].border = BORDER
        ws[f"Y{start}"].number_format = "0.00"
        # sasaran cell
        put(ws, f"B{start}", SASARAN[s] if level in ("program", "kegiatan") else "", align=WRAP)
    # parent Rp sums
    for parent, kids in sub_first_rows.items():
        kids = sorted(set(kids))
        for c in "GIKMOQSU":
            refs = [f"{c}{k}" for k in kids]
            ws[f"{c}{parent}"] = "=" + "+".join(refs)
        ws[f"W{parent}"] = f"=I{parent}+U{parent}"
        ws[f"Y{parent}"] = f"=W{parent}/G{parent}*100"
    # plant: kegiatan 'Pengelolaan Pengadaan' Rp target counts its first sub kegiatan twice
    keg_pbj = [p for p in sub_first_rows if ws[f"C{p}"].value == "Pengelolaan Pengadaan Barang dan Jasa"
               and ws[f"D{p}"].value == NTR("P01", Y)[0]][0]
    kids = sorted(set(sub_first_rows[keg_pbj]))
    ws[f"K{keg_pbj}"] = "=" + "+".join(f"K{k}" for k in kids + [kids[0]])
    bk.note(ws, keg_pbj, f"Kegiatan Rp target (K{keg_pbj}) sums its sub kegiatan and counts the first one (K{kids[0]}) twice.")
    last = r - 1
    # footer
    r += 1
    txt(ws, f"C{r}", "Rata-rata capaian kinerja (%)", bold=True)
    ws[f"X{r}"] = f"=AVERAGE(X11:X{last})"
    ws[f"X{r}"].number_format = "0.0"
    txt(ws, f"C{r+1}", "Predikat kinerja", bold=True)
    txt(ws, f"D{r+1}", "Tinggi")
    txt(ws, f"C{r+2}", "Faktor pendorong keberhasilan pencapaian :")
    txt(ws, f"D{r+2}", "Komitmen pimpinan dan dukungan aplikasi SPSE/SiRUP")
    txt(ws, f"C{r+3}", "Faktor penghambat pencapaian kinerja :")
    txt(ws, f"D{r+3}", "Keterlambatan laporan dari OPD; tender ulang akibat penawaran tidak responsif")
    txt(ws, f"C{r+4}", "Tindak lanjut yang diperlukan dalam triwulan berikutnya :")
    txt(ws, f"D{r+4}", "Bimtek pelaporan realisasi fisik dan keuangan bagi operator OPD")
    bk.note(ws, r, "Average row, Predikat, Faktor pendorong/penghambat, Tindak lanjut (not key rows).")
    r += 6
    txt(ws, f"C{r}", "Disusun")
    txt(ws, f"C{r+1}", "Kepala Bagian Administrasi Pembangunan")
    txt(ws, f"C{r+5}", "RIZAL EFFENDI HARAHAP, S.T., M.M.", bold=True)
    txt(ws, f"C{r+6}", "NIP. 19800722 200604 1 011")
    txt(ws, f"T{r}", "Dievaluasi")
    txt(ws, f"T{r+1}", "Kepala BAPPEDA Kabupaten Lembah Sarai")
    txt(ws, f"T{r+5}", "Dr. SRI WAHYUNINGSIH, S.E., M.Si", bold=True)
    txt(ws, f"T{r+6}", "NIP. 19741105 199903 2 004")
    bk.note(ws, r, "Two signature blocks (Disusun / Dievaluasi) (not key rows).")

    # hidden TW III sheet
    w3 = bk.sheet("TW III", "HIDDEN earlier quarter (Triwulan III) copy: indicator names with realisasi s.d. TW III; not keyed.",
                  hidden=True)
    txt(w3, "A1", "EVALUASI RENJA TRIWULAN III TAHUN 2021", bold=True)
    txt(w3, "A3", "Indikator"); txt(w3, "B3", "Target 2021"); txt(w3, "C3", "Realisasi s.d. TW III")
    rr = 4
    for level, lname, ids, s, pj in E81_TREE:
        for i in ids:
            name, T, R = NTR(i, Y)
            q = Q2021[i]
            w3[f"A{rr}"] = name
            w3[f"B{rr}"] = T
            if IND[i][2] == "flow":
                w3[f"C{rr}"] = sum(q[:3])
            else:
                w3[f"C{rr}"] = q[2]
            rr += 1
    bk.note(w3, 1, "Hidden sheet, no key rows.")
    return bk


# =========================================================== 2022 Bone-style blocks (ods)
def q2022(i):
    """Quarter targets and realisasi as C lists, following the indicator's style."""
    unit, pol, kind, _, ys = IND[i]
    name, T, R = ys[2022]
    sched = lambda: [pc(v, "0%") for v in (30, 50, 80, 100)]
    table = {
        "P01": ([n(88)] * 4, [n(84.6), n(87.3), n(88.0), t("89,1 %", 89.1)]),
        "P02": ([n(30), n(35), n(35), n(30)], [n(29), n(41), n(38), n(29)]),
        "P03": ([n(5)] * 4, [n(2.9), n(4.1), n(3.8), n(3.6)]),
        "P04": ([n(1), n(2), n(2), n(1)], [n(1), n(2), n(1), n(1)]),
        "P10": ([n(5)] * 4, [n(5.6), n(6.6), n(6.0), n(6.2)]),
        "P22": ([n(100), n(100), n(90), n(100)], [n(96.0), n(97.9), n(98.5), n(98.5)]),
        "P23": ([n(1300), n(200), n(60), n(40)], [n(1290), n(201), n(55), n(30)]),
        "P15": ([dash(), dash(), dash(), n(70)], [dash(), dash(), dash(), n(72.45)]),
        "P16": ([dash(), n(3), dash(), n(3)], [dash(), n(2), dash(), n(2)]),
        "P17": ([n(15), n(16), n(17), n(18)], [n(16), n(16), n(18), blank()]),
        "P18": ([n(100)] * 4, [n(100)] * 4),
        "P05": ([pc(25), pc(30), pc(35), pc(40)], [pc(22.4), pc(31.0), pc(36.7), pc(41.8)]),
        "P06": ([n(125), n(250), n(375), n(500)], [n(160), n(301), n(455), n(612)]),
        "P07": ([n(10), n(20), n(30), n(40)], [n(14), n(25), n(39), t("52 penyedia", 52)]),
        "P08": ([n(10), n(20), n(30), n(38)], [n(12.5), n(24.0), n(35.1), n(46.8)]),
        "P09": ([n(40)] * 4, [n(31.2), n(35.8), n(37.9), n(38.5)]),
        "P11": ([n(85)] * 4, [n(80.0), n(84.44), n(86.67), n(88.89)]),
        "P12": (sched(), [n(3), n(3), n(3), n(3)]),
        "P13": ([n(20), n(45), n(70), n(95)], [n(21.4), n(47.0), n(72.9), n(96.1)]),
        "P14": ([n(15), n(40), n(65), n(90)], [n(13.8), n(38.1), n(63.0), n(88.7)]),
        "P20": ([n(100), n(100), n(100), dash()], [n(100), n(100), n(100), n(100)]),
        "P21": ([n(3)] * 4, [n(3)] * 4),
        "P19": ([dash(), dash(), dash(), grade("BB")], [dash(), dash(), dash(), grade("BB")]),
    }
    return table[i]


def book_2022():
    Y = 2022
    bk = Book(SLUG, "Renaksi Bag Adpem 2022.ods", "ods")
    ws = bk.sheet("RENAKSI 2022", "Rencana Aksi PK 2022 in Bone style: every indicator is a block of 5 rows ('Target Tahunan :', "
                  "'TW 1 (B03) :' .. 'TW 4 (B12) :'); the indicator name (C) and No (A) are merged over the 5 rows, "
                  "Sasaran (B) over all its blocks. Header rows 7-8, numbered row 9. Columns: A No | B Sasaran Strategis | "
                  "C Indikator Sasaran | D Uraian | E Target | F Realisasi Kinerja | G % (capped at 100) | "
                  "H Program & Anggaran | I Penanggung Jawab. Annual targets are mostly TEXT with units ('88 %', '130 paket', "
                  "'1.600 paket'). The Target Tahunan line has no realisasi: key realisasi = sum of TW realisasi for "
                  "flows, last reported TW for levels.")
    widths(ws, {"A": 5, "B": 28, "C": 42, "D": 14, "E": 11, "F": 12, "G": 8, "H": 30, "I": 24})
    merge(ws, 1, 1, 1, 9, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", bold=True)
    merge(ws, 2, 1, 2, 9, "BAGIAN ADMINISTRASI PEMBANGUNAN SETDA KABUPATEN LEMBAH SARAI", bold=True)
    merge(ws, 3, 1, 3, 9, "TAHUN ANGGARAN 2022", bold=True)
    txt(ws, "A5", "TUJUAN : Meningkatnya kualitas pengadaan barang/jasa dan pengendalian pembangunan daerah")
    for col, h in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Sasaran"), (8, "Program & Anggaran"),
                   (9, "Penanggung Jawab")]:
        merge(ws, 7, col, 8, col, h, bold=True, fill=HEADFILL)
    merge(ws, 7, 4, 7, 7, "Kriteria Keberhasilan Sasaran", bold=True, fill=HEADFILL)
    for c, h in [(4, "Uraian"), (5, "Target"), (6, "Realisasi Kinerja"), (7, "%")]:
        x = ws.cell(8, c, h); x.font = BOLD; x.alignment = CENTER; x.fill = HEADFILL
    box(ws, 7, 1, 8, 9)
    for c in range(1, 10):
        x = ws.cell(9, c, f"({c})"); x.alignment = CENTER; x.border = BORDER
    programs = {1: ("Program Perekonomian dan Pembangunan\nSub Kegiatan Pengelolaan Pengadaan Barang dan Jasa\n"
                    "Rp. 468.250.000,-", "Kasubag Pengelolaan Pengadaan Barang/Jasa"),
                2: ("Program Perekonomian dan Pembangunan\nSub Kegiatan Pengelolaan Layanan Pengadaan Secara Elektronik\n"
                    "Rp. 301.400.000,-", "Kasubag LPSE"),
                3: ("Program Perekonomian dan Pembangunan\nSub Kegiatan Pengendalian Program Pembangunan\n"
                    "Rp. 342.000.000,-", "Kasubag Pengendalian Adm. Pembangunan"),
                4: ("Program Penunjang Urusan Pemerintahan Daerah\nRp. 92.100.000,-", "Kasubag Program")}
    labels = ["Target Tahunan :", "TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :"]
    r = 10
    no = 0
    groups = {}
    for i in ids_of(Y):
        groups.setdefault(IND[i][3], []).append(i)
    for s, members in groups.items():
        start = r
        for i in members:
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            no += 1
            for k in range(5):
                put(ws, f"D{r+k}", labels[k])
            merge(ws, r, 1, r + 4, 1, f"{no}.")
            merge(ws, r, 3, r + 4, 3, name, align=WRAP)
            box(ws, r, 1, r + 4, 3)
            if i == "P06":
                tk = put(ws, f"E{r}", n(5000, "#,##0"))
                bk.note(ws, r, "P06 annual target typed 5.000 while its quarters build up to 500 (125/250/375/500): "
                               "a 10x typo. Keyed as typed 5000.")
            elif i == "P05":
                tk = put(ws, f"E{r}", pc(T))
            elif kind == "grade":
                tk = put(ws, f"E{r}", grade(T))
            elif unit in ("nilai", "level"):
                tk = put(ws, f"E{r}", n(T))
            else:
                tk = put(ws, f"E{r}", t(unit_text(T, unit), T))
            put(ws, f"F{r}", None); put(ws, f"G{r}", None)
            tq, rq = q2022(i)
            rcells = []
            for k in range(4):
                rr = r + 1 + k
                put(ws, f"E{rr}", tq[k])
                put(ws, f"F{rr}", rq[k])
                rcells.append(f"F{rr}")
                if pol == "-":
                    ws[f"G{rr}"] = f'=IFERROR(MIN(100,(2*E{rr}-F{rr})/E{rr}*100),"-")'
                else:
                    ws[f"G{rr}"] = f'=IFERROR(MIN(100,F{rr}/E{rr}*100),"-")'
                ws[f"G{rr}"].number_format = "0"
                ws[f"G{rr}"].border = BORDER
            if i == "P09":
                ws[f"G{r+3}"] = 100
                bk.note(ws, r + 3, "P09 TW 3 % typed 100 while 37,9 / 40 = 94,75 (typed capaian disagrees).")
            vals = [c.key for c in rq]
            nums = [v for v in vals if v is not None]
            if kind == "flow":
                rk = sum(nums); spec = {"sum": rcells}
            elif kind == "grade":
                rk = None; spec = {"last": rcells}
            else:
                rk = nums[-1]; spec = {"last": rcells}
            assert kind == "grade" or abs(rk - R) < 1e-9, (i, rk, R)
            bk.key(ws, r, Y, f"C{r}", i, f"E{r}", spec, tk, rk)
            notes = {
                "P01": "P01 TW 4 realisasi typed as text '89,1 %' -> key 89.1 (last quarter).",
                "P05": "P05 target and quarter cells are %-formatted fractions -> key in percent points.",
                "P08": "P08 quarter targets 10/20/30/38 against an annual 40 (no style explains them, as Bone's 15/30/45/61 vs 64).",
                "P12": "P12 quarter targets are a schedule in percent of the year (30/50/80/100 %) while the annual target "
                       "is '12 laporan'; realisasi 3 per quarter -> flow, key 12.",
                "P15": "P15 (ITKP) measured only at TW 4; TW 1-3 '-'.",
                "P16": "P16 reported only in TW 2 and TW 4 -> key = TW 4 value 2.",
                "P17": "P17 TW 4 realisasi blank -> key = TW 3 value 18 (last reported).",
                "P20": "P20 TW 4 target falls back to '-' although the annual target is 100 %.",
                "P22": "P22 quarter targets decrease (100/100/90/100).",
                "P07": "P07 TW 4 realisasi typed '52 penyedia' (text).",
                "P19": "P19 grade ('BB' / 'BB') -> key null/null.",
                "P06": None,
                "P13": "P13 quarters cumulative (20/45/70/95) -> key = TW 4 96,1.",
            }
            if notes.get(i):
                bk.note(ws, r, notes[i])
            r += 5
        merge(ws, start, 2, r - 1, 2, SASARAN[s], align=WRAP)
        merge(ws, start, 8, r - 1, 8, programs[s][0], align=WRAP)
        merge(ws, start, 9, r - 1, 9, programs[s][1], align=WRAP)
        box(ws, start, 2, r - 1, 2); box(ws, start, 8, r - 1, 9)
    r += 1
    txt(ws, f"F{r}", "Sungai Sarai, 13 Januari 2023")
    txt(ws, f"F{r+1}", "KEPALA BAGIAN ADMINISTRASI PEMBANGUNAN,")
    txt(ws, f"F{r+5}", "RIZAL EFFENDI HARAHAP, S.T., M.M.", bold=True)
    txt(ws, f"F{r+6}", "Pembina (IV/a)")
    txt(ws, f"F{r+7}", "NIP. 19800722 200604 1 011")
    bk.note(ws, r, "Signature block (not key rows).")

    w2 = bk.sheet("Rekap TW III", "HIDDEN recap as of TW III (name, target, realisasi s.d. TW III); not keyed.", hidden=True)
    txt(w2, "A1", "REKAP CAPAIAN S.D. TW III 2022", bold=True)
    rr = 3
    for i in ids_of(Y)[:15]:
        name, T, R = NTR(i, Y)
        tq, rq = q2022(i)
        w2[f"A{rr}"] = name
        w2[f"B{rr}"] = T
        w2[f"C{rr}"] = rq[2].v
        rr += 1
    bk.note(w2, 1, "Hidden sheet, no key rows.")
    w3 = bk.sheet("Catatan", "Notes sheet; no key rows.")
    for k, s in enumerate([
            "Catatan:",
            "- Nilai ITKP 2022 berdasarkan hasil penilaian LKPP (dirilis Desember).",
            "- Level kematangan UKPBJ dinilai mandiri pada TW II dan diverifikasi LKPP pada TW IV.",
            "- Data produk Katalog Elektronik Lokal per 31 Desember 2022."]):
        txt(w3, f"A{k+1}", s)
    return bk


# =========================================================== 2023 LKjIP table (xls)
PREV = {  # realisasi 2020 as printed in LKjIP 2023 (indicators that existed)
    "P01": 82.5, "P02": 118, "P03": 6.8, "P04": 8, "P10": 8.4, "P22": 95.6, "P15": "-", "P16": 2, "P17": 12,
    "P18b": "-", "P05": 21.7, "P24": "-", "P06": "-", "P07": "-", "P08": 18.3, "P09": "-", "P11": 71.11, "P12": 12,
    "P13": 92.1, "P14": 84.9, "P20": 100, "P21": 12,
}
RENSTRA26 = {"P01": 95, "P02": 700, "P03": 3, "P04": 25, "P10": 5, "P22": 100, "P15": 85, "P16": 4, "P17": 30,
             "P18b": 100, "P05": 75, "P24": 5000, "P06": 2500, "P07": 200, "P08": 70, "P09": 40, "P11": 100, "P12": 60,
             "P13": 98, "P14": 95, "P20": 100, "P21": 60}


def book_2023():
    Y = 2023
    bk = Book(SLUG, "LKjIP 2023 Tabel Bab III.xls", "xls")
    ws = bk.sheet("Tabel 3.1", "LKjIP 2023 chapter III table: two header rows (5-6) + numbered row 7. Columns: A No | B Sasaran "
                  "Strategis | C Indikator Kinerja | D Satuan | E-G Realisasi 2020, 2021, 2022 | H Target 2023 | I Realisasi 2023 | "
                  "J Capaian 2023 (%) | K Target Akhir Renstra (2026) | L Capaian s.d. 2023 terhadap Renstra (%). Only 2023 "
                  "(H, I) is keyed.")
    widths(ws, {"A": 5, "B": 28, "C": 46, "D": 9, "E": 10, "F": 10, "G": 10, "H": 10, "I": 10, "J": 10, "K": 12, "L": 14})
    txt(ws, "A1", "Tabel 3.1", bold=True)
    txt(ws, "A2", "Perbandingan Realisasi dan Capaian Kinerja Tahun 2023 dengan Tahun Sebelumnya dan Target Akhir Renstra",
        bold=True)
    txt(ws, "A3", "Bagian Administrasi Pembangunan Sekretariat Daerah Kabupaten Lembah Sarai")
    for col, h in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"),
                   (11, "Target Akhir Renstra (2026)"), (12, "Capaian s.d. 2023 terhadap Target Renstra (%)")]:
        merge(ws, 5, col, 6, col, h, bold=True, fill=HEADFILL)
    merge(ws, 5, 5, 5, 7, "Realisasi", bold=True, fill=HEADFILL)
    merge(ws, 5, 8, 5, 10, "Tahun 2023", bold=True, fill=HEADFILL)
    for c, h in [(5, "2020"), (6, "2021"), (7, "2022"), (8, "Target"), (9, "Realisasi"), (10, "Capaian (%)")]:
        x = ws.cell(6, c, h); x.font = BOLD; x.alignment = CENTER; x.fill = HEADFILL
    box(ws, 5, 1, 6, 12)
    for c in range(1, 13):
        x = ws.cell(7, c, c); x.alignment = CENTER; x.border = BORDER
    r = 8
    no = 0
    groups = {}
    for i in ids_of(Y):
        groups.setdefault(IND[i][3], []).append(i)
    for s, members in groups.items():
        start = r
        for i in members:
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            no += 1
            put(ws, f"A{r}", no, align=CENTER)
            put(ws, f"C{r}", name, align=WRAP)
            put(ws, f"D{r}", unit)
            p = PREV.get(i, "-")
            put(ws, f"E{r}", p)
            for c, yy in (("F", 2021), ("G", 2022)):
                key_i = "P18" if i == "P18b" else i
                if yy in IND[key_i][4]:
                    v = IND[key_i][4][yy][2]
                    if i == "P02" and yy == 2022:
                        v = 135
                        bk.note(ws, r, "P02 Realisasi 2022 printed 135 here while the 2022 Renaksi sums to 137 (not keyed; "
                                       "cross-file discrepancy).")
                    if i == "P13" and yy == 2021:
                        v = 94.1
                        bk.note(ws, r, "P13 Realisasi 2021 printed 94,1 here while the 2021 E.81 says 93,8 (not keyed).")
                    if i == "P21" and yy == 2021:
                        v = 12
                        bk.note(ws, r, "P21 Realisasi 2021 printed 12 here while the 2021 E.81 column 13 was typed 0 "
                                       "(the key of 2021 keeps 0; not keyed here).")
                    put(ws, f"{c}{r}", v)
                else:
                    put(ws, f"{c}{r}", "-")
            if i == "P10":
                tk = put(ws, f"H{r}", t(">= 5", 5))
                bk.note(ws, r, "P10 target typed '>= 5' -> key 5. Capaian formula errors (#VALUE!) on the text target.")
            else:
                tk = put(ws, f"H{r}", n(T))
            if i == "P11":
                rk = put(ws, f"I{r}", n(0.9111))
                bk.note(ws, r, "P11 realisasi typed 0.9111 (a fraction in a General cell of a percent-point column; means 91,11 %). "
                               "Keyed as typed 0.9111; capaian shows 1,01.")
            elif i == "P15":
                rk = put(ws, f"I{r}", t("78,10", 78.1))
                bk.note(ws, r, "P15 realisasi typed as text '78,10' -> 78.1.")
            else:
                rk = put(ws, f"I{r}", n(R))
            if i == "P03":
                ws[f"J{r}"] = f"=I{r}/H{r}*100"
                bk.note(ws, r, "P03 negative (gagal tender) with the positive formula =I/H*100 (117,5 instead of 82,5).")
            elif pol == "-":
                ws[f"J{r}"] = f"=(2*H{r}-I{r})/H{r}*100"
            else:
                ws[f"J{r}"] = f"=I{r}/H{r}*100"
            ws[f"J{r}"].number_format = "0.00"
            put(ws, f"K{r}", RENSTRA26[i])
            if i == "P06":
                put(ws, f"L{r}", 47.35)
                bk.note(ws, r, "P06 'Capaian s.d. 2023 thd Renstra' typed 47,35 while 1.184 / 2.500 = 47,36 (truncated).")
            else:
                ws[f"L{r}"] = f"=I{r}/K{r}*100"
                ws[f"L{r}"].number_format = "0.00"
            for c in "JL":
                ws[f"{c}{r}"].border = BORDER
            bk.key(ws, r, Y, f"C{r}", i, f"H{r}", {"cell": f"I{r}"}, tk, rk)
            r += 1
        merge(ws, start, 2, r - 1, 2, SASARAN[s], align=WRAP)
        box(ws, start, 2, r - 1, 2)
    r += 1
    txt(ws, f"A{r}", "Sumber : Data Bagian Administrasi Pembangunan, diolah (LPSE, SiRUP, e-Monev).")
    txt(ws, f"A{r+1}", "Keterangan : indikator bertanda '-' pada tahun 2020-2022 belum menjadi indikator kinerja pada tahun tersebut.")
    bk.note(ws, r, "Source and note lines (not key rows).")
    # Tabel 3.2 budget
    w2 = bk.sheet("Tabel 3.2", "Realisasi anggaran per program/sub kegiatan 2023 (Rp); no key rows.")
    txt(w2, "A1", "Tabel 3.2 Realisasi Anggaran Tahun 2023", bold=True)
    for k, h in enumerate(["No", "Program / Sub Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"]):
        txt(w2, f"{L(k+1)}3", h, bold=True, border=True)
    items = [("Program Perekonomian dan Pembangunan", None, None),
             ("Pengelolaan Pengadaan Barang dan Jasa", 512300000, 488115600),
             ("Pengelolaan Layanan Pengadaan Secara Elektronik", 336000000, 321870000),
             ("Pembinaan dan Advokasi Pengadaan Barang dan Jasa", 154500000, 139904000),
             ("Pengendalian Program Pembangunan", 371200000, 352580250),
             ("Evaluasi Pelaksanaan Program Pembangunan", 190000000, 171640000)]
    for k, (a, b, c) in enumerate(items):
        rr = 4 + k
        w2[f"A{rr}"] = k if k else ""
        w2[f"B{rr}"] = a
        if b:
            w2[f"C{rr}"] = b; w2[f"D{rr}"] = c
            w2[f"E{rr}"] = f"=D{rr}/C{rr}*100"
        for cc in "CD":
            w2[f"{cc}{rr}"].number_format = "#,##0"
        w2[f"E{rr}"].number_format = "0.00"
    w2["C4"] = "=SUM(C5:C9)"; w2["D4"] = "=SUM(D5:D9)"; w2["E4"] = "=D4/C4*100"
    bk.note(w2, 1, "Budget table, no key rows.")
    # Tabel 3.3 efisiensi per sasaran
    w3 = bk.sheet("Tabel 3.3", "Efisiensi per sasaran (rata-rata capaian kinerja vs serapan anggaran); sasaran-level rows only, "
                  "no key rows.")
    txt(w3, "A1", "Tabel 3.3 Efisiensi Penggunaan Sumber Daya", bold=True)
    for k, h in enumerate(["Sasaran", "Rata-rata Capaian Kinerja (%)", "Serapan Anggaran (%)", "Tingkat Efisiensi"]):
        txt(w3, f"{L(k+1)}3", h, bold=True, border=True)
    for k, (s, a, b) in enumerate([(1, 101.9, 95.3), (2, 115.6, 95.8), (3, 98.7, 93.5)]):
        w3[f"A{4+k}"] = SASARAN[s]; w3[f"B{4+k}"] = a; w3[f"C{4+k}"] = b
        w3[f"D{4+k}"] = f'=IF(B{4+k}-C{4+k}>5,"Efisien","Tidak Efisien")'
    bk.note(w3, 1, "Sasaran-level efficiency table, no key rows.")
    return bk


# =========================================================== 2024 side by side (xlsx)
def book_2024():
    Y = 2024
    bk = Book(SLUG, "Capaian Kinerja Adpem 2023-2024.xlsx", "xlsx")
    ws = bk.sheet("PK 2024", "Pengukuran Kinerja 2024 with last year side by side: two header rows (5-6): A No ('1.1' text) | "
                  "B Indikator Kinerja | C Satuan | D-F Tahun 2023 {Target, Realisasi, Capaian} | G-I Tahun 2024 {Target, "
                  "Realisasi, Capaian} | J Keterangan. Sasaran are full-width group rows. % figures are %-formatted fractions. "
                  "The sheet's own year is 2024 (title): only G/H are keyed.")
    widths(ws, {"A": 6, "B": 50, "C": 9, "D": 11, "E": 11, "F": 10, "G": 11, "H": 11, "I": 10, "J": 24})
    merge(ws, 1, 1, 1, 10, "PENGUKURAN KINERJA TAHUN 2024", bold=True)
    merge(ws, 2, 1, 2, 10, "BAGIAN ADMINISTRASI PEMBANGUNAN", bold=True)
    merge(ws, 3, 1, 3, 10, "SEKRETARIAT DAERAH KABUPATEN LEMBAH SARAI", bold=True)
    for col, h in [(1, "No"), (2, "Indikator Kinerja"), (3, "Satuan"), (10, "Keterangan")]:
        merge(ws, 5, col, 6, col, h, bold=True, fill=HEADFILL)
    merge(ws, 5, 4, 5, 6, "Tahun 2023", bold=True, fill=HEADFILL)
    merge(ws, 5, 7, 5, 9, "Tahun 2024", bold=True, fill=HEADFILL)
    for c, h in [(4, "Target"), (5, "Realisasi"), (6, "Capaian"), (7, "Target"), (8, "Realisasi"), (9, "Capaian")]:
        x = ws.cell(6, c, h); x.font = BOLD; x.alignment = CENTER; x.fill = HEADFILL
    box(ws, 5, 1, 6, 10)
    r = 7
    groups = {}
    for i in ids_of(Y):
        groups.setdefault(IND[i][3], []).append(i)
    for s, members in groups.items():
        merge(ws, r, 1, r, 10, f"Sasaran {s} : {SASARAN[s]}", bold=True, align=Alignment(horizontal="left"),
              fill=GROUPFILL)
        bk.note(ws, r, "Sasaran group row (merged A:J), not a key row.")
        r += 1
        k = 0
        for i in members:
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            k += 1
            put(ws, f"A{r}", f"{s}.{k}", align=CENTER)
            put(ws, f"B{r}", name, align=WRAP)
            put(ws, f"C{r}", unit if unit != "predikat" else "Predikat")

            def cell_for(v, yr):
                if kind == "grade":
                    return grade(v)
                if unit == "%":
                    return pc(v)
                return n(v, "#,##0" if isinstance(v, int) else "0.00")
            # 2023 block
            prev_i = "P18b" if i == "P18" else i
            if 2023 in IND[prev_i][4]:
                _, T23, R23 = IND[prev_i][4][2023]
                if i == "P05":
                    R23 = 53.5
                    bk.note(ws, r, "P05 realisasi 2023 shown 53,5 % here vs 55,3 % in the LKjIP 2023 (digits swapped; not keyed).")
                put(ws, f"D{r}", cell_for(T23, 2023)); put(ws, f"E{r}", cell_for(R23, 2023))
                if pol == "-":
                    ws[f"F{r}"] = f"=(2*D{r}-E{r})/D{r}"
                else:
                    ws[f"F{r}"] = f"=E{r}/D{r}"
                ws[f"F{r}"].number_format = "0.00%"
            else:
                for c in "DEF":
                    put(ws, f"{c}{r}", "-")
            if i == "P24":
                tk = put(ws, f"G{r}", t("1.000 paket", 1000))
                bk.note(ws, r, "P24 target typed as text '1.000 paket' -> 1000.")
            else:
                tk = put(ws, f"G{r}", cell_for(T, Y))
            if i == "P23":
                rk = put(ws, f"H{r}", t("1.784 paket", 1784))
                bk.note(ws, r, "P23 realisasi typed as text '1.784 paket' -> 1784.")
            elif i == "P12":
                rk = put(ws, f"H{r}", t("4 laporan", 4))
            else:
                rk = put(ws, f"H{r}", cell_for(R, Y))
            if kind == "grade":
                ws[f"I{r}"] = "100%"
            elif i == "P03":
                ws[f"I{r}"] = f"=H{r}/G{r}"
                bk.note(ws, r, "P03 negative with the positive formula =H/G (50 % instead of 150 %) while P04 below uses (2G-H)/G.")
            elif i == "P14":
                ws[f"I{r}"] = f"=H{r}/G{r-1}"
                bk.note(ws, r, f"P14 capaian formula =H{r}/G{r-1} divides by the P13 target in the row above (wrong row).")
            elif pol == "-":
                ws[f"I{r}"] = f"=(2*G{r}-H{r})/G{r}"
            elif i in ("P24", "P23", "P12"):
                ws[f"I{r}"] = {"P24": 1.213, "P23": 1.0, "P12": 1.0}[i]
                if i == "P23":
                    bk.note(ws, r, "P23 capaian typed 100 % while 1.784 / 1.800 = 99,11 % (typed capaian disagrees).")
            else:
                ws[f"I{r}"] = f"=H{r}/G{r}"
            ws[f"I{r}"].number_format = "0.00%"
            for c in "FIJ":
                ws[f"{c}{r}"].border = BORDER
            bk.key(ws, r, Y, f"B{r}", i, f"G{r}", {"cell": f"H{r}"}, tk, rk)
            if i == "P19":
                bk.note(ws, r, "P19 grade ('BB' -> 'A'), capaian typed '100%' as text -> key null/null.")
            if i == "P18":
                bk.note(ws, r, "P18 2023 columns filled from P18b ('pengaduan PBJ') of the LKjIP 2023.")
            r += 1
            if i == "P22":
                k += 1
                put(ws, f"A{r}", f"{s}.{k}", align=CENTER)
                put(ws, f"B{r}", name, align=WRAP)
                put(ws, f"C{r}", unit)
                put(ws, f"D{r}", pc(100)); put(ws, f"E{r}", pc(100))
                ws[f"F{r}"] = f"=E{r}/D{r}"; ws[f"F{r}"].number_format = "0.00%"
                put(ws, f"G{r}", pc(T)); put(ws, f"H{r}", pc(R))
                ws[f"I{r}"] = f"=H{r}/G{r}"; ws[f"I{r}"].number_format = "0.00%"
                bk.note(ws, r, "Duplicate of the P22 row above (same name and 2024 figures); NOT a key row.")
                r += 1
    r += 1
    txt(ws, f"B{r}", "Jumlah Anggaran Tahun 2024 : Rp. 1.487.250.000,-")
    txt(ws, f"B{r+1}", "Realisasi Anggaran Tahun 2024 : Rp. 1.401.938.420,- (94,26 %)")
    bk.note(ws, r, "Budget lines (not key rows).")
    r += 3
    txt(ws, f"G{r}", "Sungai Sarai, 31 Desember 2024")
    txt(ws, f"G{r+1}", "Kepala Bagian Administrasi Pembangunan")
    txt(ws, f"G{r+5}", "Ir. MARTUA SIHOMBING, M.T.", bold=True)
    txt(ws, f"G{r+6}", "NIP. 19770130 200312 1 005")

    w2 = bk.sheet("PK 2024 murni", "HIDDEN original (pre-revision) PK 2024 targets; not keyed.", hidden=True)
    txt(w2, "A1", "PERJANJIAN KINERJA TAHUN 2024 (MURNI)", bold=True)
    txt(w2, "A3", "No"); txt(w2, "B3", "Indikator Kinerja"); txt(w2, "C3", "Target")
    rr = 4
    for k, i in enumerate(ids_of(Y)):
        name, T, R = NTR(i, Y)
        w2[f"A{rr}"] = k + 1; w2[f"B{rr}"] = name
        w2[f"C{rr}"] = T if isinstance(T, str) else (T - 2 if T > 10 else T)
        rr += 1
    bk.note(w2, 1, "Hidden sheet, no key rows.")
    w3 = bk.sheet("Grafik", "Notes sheet; no key rows.")
    txt(w3, "A1", "Grafik perbandingan capaian 2023-2024 (lihat lampiran LKjIP).")
    txt(w3, "A2", "Kolom 2023 disalin dari LKjIP 2023; target 2024 sesuai PK Perubahan (Juli 2024).")
    return bk


def build():
    return [book_2021(), book_2022(), book_2023(), book_2024()]


FLOWS = [i for i in ORDER if IND[i][2] == "flow"]
AMBIGUOUS = [["P18", "P18b"]]
LOOKALIKES = [
    ("P03", "P04", "Persentase vs Jumlah paket gagal tender"),
    ("P22", "P23", "Persentase vs Jumlah paket diumumkan di SiRUP"),
    ("P06", "P07", "produk vs penyedia tayang di e-Katalog Lokal (two sub-types)"),
    ("P13", "P14", "realisasi fisik vs realisasi keuangan"),
    ("P05", "P24", "Persentase belanja melalui e-katalog vs Jumlah paket e-purchasing"),
    ("P08", "P09", "belanja PDN vs belanja untuk UMK dan Koperasi"),
    ("P12", "P21", "laporan monev vs laporan TEPRA"),
]
