"""Agency 2: Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kota Parit Baru, 2021-2024.

Files
  RA_PK_SATPOLPP_DAMKAR_2021.xlsx           2021  Rencana Aksi in 5-row blocks (Target Tahunan + TW 1..4)
  EVALUASI_RENJA_SATPOLPP_DAMKAR_2022.xls   2022  Permendagri 86 form E.81 (K / Rp pairs)
  Laporan_Kinerja_Satpol_Damkar_2023_2024.ods
                                            2023  monthly recap turned over (months down, indicators across)
                                            2024  Renstra matrix, six years of targets; + hidden sheet
Everything here is invented.
"""
import openpyxl
from openpyxl.styles import PatternFill

from common import (BLANK, CENTER, DASH, LEFT, RIGHT, F, G, Key, N, P, T, V,
                    agg_last, agg_sum, box, col, merge, put, raw_path, rhu,
                    sig_block, text, widths)

SLUG = "satpolpp_damkar_parit_baru"
AGENCY = "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kota Parit Baru"
YEARS = [2021, 2022, 2023, 2024]
FLOW = {"P02", "P03", "P05", "P09", "P09b", "P11", "P13", "P21"}
SIG = ("MUHAMMAD RIZAL EFENDI, S.STP, M.AP", "Pembina Tingkat I", "NIP. 19800722 199912 1 001")
BAPPEDA = ("Ir. SRI WAHYUNI LESTARI, M.T", "Pembina Utama Muda", "NIP. 19690911 199403 2 006")
FILL = PatternFill("solid", fgColor="FCE4D6")

SAS = {
    "S1": {2021: "Meningkatnya ketenteraman dan ketertiban umum serta perlindungan masyarakat",
           2024: "Meningkatnya ketenteraman, ketertiban umum dan perlindungan masyarakat"},
    "S2": {2021: "Meningkatnya penegakan Peraturan Daerah dan Peraturan Kepala Daerah",
           2024: "Meningkatnya penegakan Perda dan Perkada"},
    "S3": {2021: "Meningkatnya kualitas pelayanan penanggulangan kebakaran dan penyelamatan",
           2024: "Meningkatnya kualitas pelayanan kebakaran dan penyelamatan non kebakaran"},
    "S4": {2021: "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan administrasi",
           2024: "Meningkatnya akuntabilitas kinerja perangkat daerah"},
}

NAMES = {
    "P01": {2021: "Persentase penegakan Perda dan Perkada",
            2022: "Persentase Penegakan Peraturan Daerah dan Peraturan Kepala Daerah",
            2023: "Persentase penegakan Perda/Perkada",
            2024: "Prosentase penegakan PERDA & PERKADA"},
    "P02": {2021: "Jumlah pelanggaran Perda dan Perkada yang ditindaklanjuti",
            2022: "Jumlah pelanggaran Perda/Perkada yg ditindaklanjuti",
            2023: "Jumlah pelanggaran Perda dan Perkada yang ditindak lanjuti (kasus)",
            2024: "Pelanggaran Perda dan Perkada yang ditindaklanjuti"},
    "P03": {2021: "Jumlah operasi penertiban yang dilaksanakan",
            2022: "Jumlah kegiatan operasi penertiban umum ",
            2023: "Jumlah operasi penertiban (razia)",
            2024: "Jumlah pelaksanaan operasi penertiban"},
    "P04": {2021: "Persentase penanganan gangguan ketenteraman dan ketertiban umum",
            2022: "Persentase gangguan trantibum yang ditangani",
            2023: "Persentase penanganan gangguan trantibum",
            2024: "Persentase Penanganan Gangguan Ketentraman dan Ketertiban Umum (Trantibum)"},
    "P05": {2021: "Jumlah pengaduan masyarakat terkait trantibum yang ditindaklanjuti",
            2022: "Jumlah laporan/pengaduan gangguan trantibum yang ditindaklanjuti",
            2023: "Jumlah pengaduan trantibum yg ditindaklanjuti"},
    "P06": {2021: "Persentase anggota Satlinmas yang terlatih",
            2022: "Persentase Satlinmas yang telah mengikuti pelatihan",
            2023: "Persentase anggota Linmas terlatih",
            2024: "Persentase Satlinmas terlatih dan siap siaga"},
    "P07": {2021: "Rata-rata waktu tanggap (response time) penanganan kebakaran",
            2022: "Rata-rata response time penanganan kebakaran (menit)",
            2023: "Waktu tanggap rata-rata kejadian kebakaran",
            2024: "Rata - rata waktu tanggap kebakaran (menit)"},
    "P08": {2021: "Persentase kejadian kebakaran yang ditangani dengan waktu tanggap ≤ 15 menit",
            2022: "Persentase kebakaran tertangani dalam waktu tanggap maksimal 15 menit",
            2023: "Persentase waktu tanggap\n(response time) ≤ 15 menit",
            2024: "Persentase response time kebakaran ≤ 15 menit"},
    "P09": {2021: "Jumlah kejadian kebakaran",
            2022: "Jumlah kejadian kebakaran (kejadian)"},
    "P09b": {2023: "Jumlah kejadian kebakaran yang ditangani",
             2024: "Jumlah penanganan kejadian kebakaran"},
    "P10": {2021: "Cakupan pelayanan bencana kebakaran",
            2022: "Cakupan Pelayanan Bencana Kebakaran Kota",
            2023: "Persentase cakupan wilayah layanan kebakaran (WMK)",
            2024: "Cakupan pelayanan bencana kebakaran kabupaten/kota"},
    "P11": {2021: "Jumlah penyelamatan dan evakuasi non kebakaran (rescue)",
            2022: "Jumlah kegiatan rescue/penyelamatan non kebakaran",
            2023: "Jumlah operasi penyelamatan (rescue) non kebakaran",
            2024: "Jumlah penyelamatan non kebakaran"},
    "P12": {2021: "Persentase sarana dan prasarana pemadam kebakaran dalam kondisi baik",
            2022: "Persentase sarpras damkar yang layak operasi",
            2023: "Persentase sarana prasarana pemadam kebakaran kondisi baik",
            2024: "Persentase sarana & prasarana damkar dalam kondisi baik"},
    "P13": {2021: "Jumlah sosialisasi pencegahan kebakaran",
            2022: "Jumlah penyuluhan/sosialisasi pencegahan kebakaran kepada masyarakat",
            2023: "Jumlah sosialisasi dan simulasi pencegahan kebakaran",
            2024: "Jumlah kegiatan sosialisasi pencegahan kebakaran"},
    "P14": {2022: "Jumlah relawan kebakaran (Redkar) yang dibentuk",
            2023: "Jumlah anggota relawan kebakaran",
            2024: "Jumlah Relawan Kebakaran (orang)"},
    "P15": {2021: "Indeks Kepuasan Masyarakat (IKM)",
            2022: "Indeks Kepuasan Masyarakat terhadap layanan Damkar",
            2023: "Nilai IKM",
            2024: "Indeks Kepuasan Masyarakat"},
    "P16": {2021: "Nilai SAKIP Satpol PP dan Damkar",
            2022: "Nilai Evaluasi AKIP",
            2023: "Nilai AKIP",
            2024: "Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP)"},
    "P17": {2021: "Persentase realisasi anggaran",
            2022: "Persentase serapan anggaran",
            2023: "Persentase realisasi keuangan",
            2024: "Persentase realisasi anggaran (%)"},
    "P18": {2021: "Persentase pelanggaran Perda yang diselesaikan melalui non yustisi",
            2022: "Persentase penyelesaian pelanggaran secara non yustisi"},
    "P19": {2021: "Persentase pelanggaran Perda yang diselesaikan melalui yustisi (Tipiring)",
            2022: "Persentase penyelesaian pelanggaran melalui sidang Tipiring"},
    "P20": {2023: "Persentase penyelesaian pelanggaran Perda (yustisi dan non yustisi)",
            2024: "Persentase penyelesaian pelanggaran Perda/Perkada"},
    "P21": {2021: "Jumlah pengamanan kegiatan pemerintah daerah",
            2022: "Jumlah pengamanan kegiatan dan aset Pemda",
            2023: "Jumlah kegiatan pengamanan pimpinan, kegiatan dan aset pemerintah daerah",
            2024: "Jumlah pengamanan kegiatan Pemerintah Kota"},
}
UNIT = {"P01": "%", "P02": "kasus", "P03": "kali", "P04": "%", "P05": "laporan", "P06": "%",
        "P07": "menit", "P08": "%", "P09": "kejadian", "P09b": "kejadian", "P10": "%",
        "P11": "kali", "P12": "%", "P13": "kali", "P14": "orang", "P15": "nilai",
        "P16": "nilai", "P17": "%", "P18": "%", "P19": "%", "P20": "%", "P21": "kegiatan"}


def nm(i, y):
    return NAMES[i][y]


def sas(s, y):
    return SAS[s][2024] if y >= 2023 else SAS[s][2021]


def isnum(v):
    return isinstance(v.value, (int, float)) or (isinstance(v.value, str) and v.value.startswith("="))


def split(total, weights):
    """Integers in proportion to weights that add up to total."""
    w = sum(weights)
    out = [int(total * x // w) for x in weights]
    k = 0
    while sum(out) < total:
        out[k % len(out)] += 1
        k += 1
    return out


# ======================================================================= 2021
Q2021 = {  # id: (annual target V, quarter targets, quarter realisasi)
    "P01": (P(80, "0%"), [P(80, "0%")] * 4, [P(72.1), P(75.4), P(77.0), P(78.5)]),
    "P02": (N(400), [N(100)] * 4, [N(90), N(97), N(101), N(98)]),
    "P03": (N(120), [N(30)] * 4, [N(30), N(32), N(33), N(31)]),
    "P18": (N(70), [N(70)] * 4, [N(65.0), N(68.4), N(71.5), BLANK()]),
    "P19": (N(30), [N(30)] * 4, [N(25.0), N(26.1), N(27.9), N(28.5)]),
    "P04": (N(85), [N(85)] * 4, [N(83.0), N(84.6), N(85.3), N(86.2)]),
    "P05": (N(250), [N(62), N(62), N(63), N(63)], [N(55), N(62), N(60), N(64)]),
    "P06": (N(60), [DASH(), DASH(), N(60), N(60)], [DASH(), DASH(), N(45.0), N(58.3)]),
    "P21": (N(200), [N(50)] * 4, [N(48), N(55), N(52), N(59)]),
    "P07": (T("15 menit", 15), [T("15 menit", 15)] * 4,
            [T("15,2 menit", 15.2), T("14,9 menit", 14.9), T("14,8 menit", 14.8), T("14,6 menit", 14.6)]),
    "P08": (N(80), [N(80)] * 4, [N(76.5), N(77.8), N(78.4), N(78.9)]),
    "P09": (N(60), [N(15)] * 4, [N(14), N(17), N(18), N(15)]),
    "P10": (N(70), [DASH(), DASH(), DASH(), N(70)], [DASH(), DASH(), DASH(), N(68.5)]),
    "P11": (N(150), [N(37), N(37), N(38), N(38)], [N(38), N(45), N(41), N(49)]),
    "P12": (N(85), [N(85)] * 4, [N(85), N(86), N(87), V(0.88, 0.88)]),   # 0,88 typed for 88
    "P13": (N(20), [N(5)] * 4, [N(4), N(6), N(5), N(7)]),
    "P15": (N(80), [DASH(), N(80), DASH(), N(80)], [DASH(), N(80.6), DASH(), N(81.2)]),
    "P16": (G("B"), [DASH(), DASH(), DASH(), G("B")], [DASH(), DASH(), DASH(), G("B")]),
    "P17": (N(95), [N(20), N(45), N(70), N(95)], [N(12.5), N(38.9), N(64.2), N(92.4)]),
}
PROG2021 = {
    "S2": "Program Penegakan Peraturan Daerah\n\nRp. 1.120.350.000,-",
    "S1": "Program Peningkatan Ketenteraman dan Ketertiban Umum\n\nRp. 2.145.600.000,-",
    "S3": "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran\n\nRp. 4.875.910.000,-",
    "S4": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n\nRp. 9.312.480.500,-",
}
PJ2021 = {"S2": "Kepala Bidang Penegakan Perundang-undangan Daerah",
          "S1": "Kepala Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
          "S3": "Kepala Bidang Pemadam Kebakaran dan Penyelamatan", "S4": "Sekretaris"}


def blocks2021(key):
    raw = final = "RA_PK_SATPOLPP_DAMKAR_2021.xlsx"
    key.add_file(raw, final)
    y = 2021
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pengukuran RA 2021"
    merge(ws, "A1:I1", "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", True, border=False)
    merge(ws, "A2:I2", "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN KOTA PARIT BARU", True, border=False)
    merge(ws, "A3:I3", "TAHUN ANGGARAN 2021", True, border=False)
    merge(ws, "A5:A6", "NO", True)
    merge(ws, "B5:B6", "SASARAN STRATEGIS", True)
    merge(ws, "C5:C6", "INDIKATOR SASARAN", True)
    merge(ws, "D5:G5", "KRITERIA KEBERHASILAN SASARAN\n(TARGET TAHUNAN & TRIWULAN)", True)
    for c, s in zip("DEFG", ["", "TARGET", "REALISASI KINERJA", "%"]):
        put(ws, f"{c}6", s, CENTER, True)
    merge(ws, "H5:H6", "PROGRAM & ANGGARAN", True)
    merge(ws, "I5:I6", "UNIT KERJA / PENANGGUNG JAWAB", True)
    for k, c in enumerate("ABCDEFGHI"):
        put(ws, f"{c}7", k + 1, CENTER)
    order = [("S2", ["P01", "P02", "P03", "P18", "P19"]),
             ("S1", ["P04", "P05", "P06", "P21"]),
             ("S3", ["P07", "P08", "P09", "P10", "P11", "P12", "P13"]),
             ("S4", ["P15", "P16", "P17"])]
    r = 8
    n = 1
    for sn, (s, ids) in enumerate(order, 1):
        start = r
        for j, i in enumerate(ids):
            tv, qts, qrs = Q2021[i]
            label = f"{sn}. {n}." if j == 0 else f"{n}."
            merge(ws, f"A{r}:A{r+4}", label, align=CENTER)
            merge(ws, f"C{r}:C{r+4}", nm(i, y), align=LEFT)
            put(ws, f"D{r}", "Target Tahunan :", LEFT)
            put(ws, f"E{r}", tv, RIGHT)
            put(ws, f"F{r}", None)
            put(ws, f"G{r}", None)
            cells = []
            for q in range(4):
                rr = r + 1 + q
                put(ws, f"D{rr}", f"TW {q+1} (B{3*(q+1):02d}) :", LEFT)
                put(ws, f"E{rr}", qts[q], RIGHT)
                put(ws, f"F{rr}", qrs[q], RIGHT)
                cells.append(f"F{rr}")
                if isnum(qts[q]) and isnum(qrs[q]):
                    put(ws, f"G{rr}", f"=ROUND(F{rr}/E{rr}*100,2)", RIGHT)
                elif qrs[q].reported and qts[q].reported and qts[q].key:
                    put(ws, f"G{rr}", min(100.0, rhu(qrs[q].key / qts[q].key * 100, 2))
                        if qrs[q].key is not None else 100, RIGHT)
                else:
                    put(ws, f"G{rr}", None)
            if i in FLOW:
                rv, rule = agg_sum(qrs), "sum"
            else:
                rv, rule = agg_last(qrs), "last"
            key.add(final, ws.title, r, y, i, nm(i, y), tv.key, "cell", [f"E{r}"], rv, rule,
                    cells, ncell=f"C{r}")
            r += 5
            n += 1
        merge(ws, f"B{start}:B{r-1}", sas(s, y), align=LEFT)
        merge(ws, f"H{start}:H{r-1}", PROG2021[s], align=LEFT)
        merge(ws, f"I{start}:I{r-1}", PJ2021[s], align=LEFT)
    sig_block(ws, r + 2, "G", "Parit Baru,   31 Desember 2021",
              ["Kepala Satuan Polisi Pamong Praja", "dan Pemadam Kebakaran Kota Parit Baru"], *SIG)
    widths(ws, {"A": 7, "B": 26, "C": 36, "D": 16, "E": 12, "F": 14, "G": 9, "H": 32, "I": 24})
    wb.save(raw_path(SLUG, raw))


# ======================================================================= 2022
E81 = {  # id: target col 8, renstra 2026 (col 6), realisasi s.d. 2021 (col 7), quarters, col13 kind
    "P15": (81, 85, 81.2, [None, 81.8, None, 82.3], "avg24"),
    "P16": (62, 75, 0, [None, None, None, 64.35], "last"),
    "P17": (95, 95, 92.4, [18.2, 41.5, 70.3, 94.87], "last"),
    "P01": (82, 90, 78.5, [79.0, 80.5, 82.0, 83.2], "last"),
    "P04": (87, 95, 86.2, [85.0, 86.7, 87.9, 88.9], "last"),
    "P05": (260, 1400, 241, [64, 70, 68, 73], "sum"),
    "P21": (210, 1250, 214, [50, 58, 55, 63], "sum"),
    "P02": (420, 2500, 386, [101, 112, 109, 115], "sum"),
    "P03": (130, 800, 126, [31, 35, 33, 34], "sum"),
    "P18": (72, 80, 71.5, [70.0, 72.5, 73.1, 74.0], "last"),
    "P19": (28, 20, 28.5, [27.0, 26.5, 26.2, 26.0], "last"),
    "P06": (65, 85, 58.3, [None, 40.0, 55.2, 66.1], "typed"),
    "P07": (15, 12, 14.6, [14.2, 13.9, 13.7, 13.8], "last"),
    "P08": (82, 90, 78.9, [80.1, 81.7, 82.9, 83.6], "last"),
    "P10": (72, 80, 68.5, [None, None, None, 72.4], "last"),
    "P09": (55, 300, 64, [12, 15, 14, 11], "sum"),
    "P12": (85, 92, 0.88, [85.0, 85.5, 86.0, 86.0], "last"),
    "P11": (160, 1000, 173, [44, 49, 46, 49], "nextrow"),   # formula points at the next row
    "P13": (24, 140, 22, [6, 7, 5, 8], "zero"),             # column 13 typed over as 0
    "P14": (100, 300, 0, [60, 85, 100, 112], "last"),
}
RP = {  # kegiatan / program budgets (renstra, s.d. 2021, renja, quarters)
    "prog_penunjang": (48750000000, 18540221500, 9875400000, [1950300000, 2410555000, 2380100500, 2870412000]),
    "prog_trantibum": (14200000000, 5061933000, 2540700000, [412350000, 688100000, 701225000, 643870000]),
    "keg_trantibum": (5100000000, 1850400000, 910500000, [150200000, 245100000, 260380000, 231415000]),
    "keg_perda": (6300000000, 2210633000, 1180200000, [190150000, 320500000, 318245000, 301985000]),
    "keg_linmas": (2800000000, 1000900000, 450000000, [72000000, 122500000, 122600000, 110470000]),
    "prog_damkar": (27500000000, 9875000000, 5410000000, [880450000, 1350700000, 1402800000, 1601250000]),
    "keg_pemadaman": (19800000000, 7210000000, 3950000000, [640200000, 990400000, 1020500000, 1180300000]),
    "keg_rescue": (4200000000, 1465000000, 820000000, [140250000, 210300000, 221300000, 210950000]),
    "keg_cegah": (3500000000, 1200000000, 640000000, [100000000, 150000000, 161000000, 210000000]),
}


def e81_2022(key):
    raw = "EVALUASI_RENJA_SATPOLPP_DAMKAR_2022.xlsx"
    final = "EVALUASI_RENJA_SATPOLPP_DAMKAR_2022.xls"
    key.add_file(raw, final)
    y = 2022
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "TW IV 2022"
    text(ws, "Y1", "Formulir E.81", bold=True)
    merge(ws, "A1:X1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", True, border=False)
    merge(ws, "A2:X2", "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN KOTA PARIT BARU", True, border=False)
    merge(ws, "A3:X3", "Periode Pelaksanaan : Triwulan IV Tahun 2022", False, border=False)
    text(ws, "A4", "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD : "
         "Meningkatnya ketenteraman dan ketertiban masyarakat (Indeks Trantibum)")
    merge(ws, "A6:A8", "No", True)
    merge(ws, "B6:B8", "Sasaran", True)
    merge(ws, "C6:C8", "Program / Kegiatan", True)
    merge(ws, "D6:D8", "Indikator Kinerja Program (outcome) / Kegiatan (output)", True)
    merge(ws, "E6:E8", "Satuan", True)
    merge(ws, "F6:G7", "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)", True)
    merge(ws, "H6:I7", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2021)", True)
    merge(ws, "J6:K7", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2022) yang Dievaluasi", True)
    merge(ws, "L6:S6", "Realisasi Kinerja Pada Triwulan", True)
    for k, q in enumerate(["I", "II", "III", "IV"]):
        merge(ws, f"{col(12 + 2*k)}7:{col(13 + 2*k)}7", q, True)
    merge(ws, "T6:U7", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", True)
    merge(ws, "V6:W7", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2022", True)
    merge(ws, "X6:Y7", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2022 (%)", True)
    merge(ws, "Z6:Z8", "Unit PD Penanggung Jawab", True)
    for k in range(10):
        put(ws, f"{col(6 + 2*k)}8", "K", CENTER, True)
        put(ws, f"{col(7 + 2*k)}8", "Rp.", CENTER, True)
    nums = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
            "13 = 9+10+11+12", "14 = 7 + 13", "15 = 14 / 6 x 100", "16"]
    for k, s in enumerate(nums[:5]):
        put(ws, f"{col(1 + k)}9", s, CENTER)
    for k, s in enumerate(nums[5:15]):
        merge(ws, f"{col(6 + 2*k)}9:{col(7 + 2*k)}9", s, align=CENTER)
    put(ws, "Z9", "16", CENTER)
    merge(ws, "A10:Z10", "URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA "
          "PERLINDUNGAN MASYARAKAT", True, align=LEFT)
    groups = [  # (sasaran text, [(number, level, name, budget key, [ids], unit PD)])
        ("Meningkatnya akuntabilitas kinerja dan kualitas pelayanan administrasi",
         [("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "prog_penunjang",
           ["P15", "P16", "P17"], "Sekretariat")]),
        ("Meningkatnya ketenteraman, ketertiban umum dan penegakan Perda/Perkada",
         [("2", "Program Peningkatan Ketenteraman dan Ketertiban Umum", "prog_trantibum",
           ["P01", "P04"], "Satpol PP"),
          ("2.1", "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (satu) Daerah Kabupaten/Kota",
           "keg_trantibum", ["P05", "P21"], "Bidang Tibum Tranmas"),
          ("2.2", "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota",
           "keg_perda", ["P02", "P03", "P18", "P19"], "Bidang Gakda"),
          ("2.3", "Pemberdayaan Satuan Perlindungan Masyarakat (Satlinmas)", "keg_linmas",
           ["P06"], "Bidang Linmas")]),
        ("Meningkatnya kualitas pelayanan penanggulangan kebakaran dan penyelamatan",
         [("3", "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
           "prog_damkar", ["P07", "P08", "P10"], "Damkar"),
          ("3.1", "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya "
           "dan Beracun Kebakaran dalam Daerah Kabupaten/Kota", "keg_pemadaman", ["P09", "P12"],
           "Bidang Pemadaman"),
          ("3.2", "Penyelenggaraan Operasi Pencarian dan Pertolongan terhadap Kondisi Membahayakan Manusia",
           "keg_rescue", ["P11"], "Bidang Penyelamatan"),
          ("3.3", "Pemberdayaan Masyarakat dalam Pencegahan Kebakaran", "keg_cegah", ["P13", "P14"],
           "Bidang Pencegahan")]),
    ]
    r = 11
    first_row = r
    for stext, items in groups:
        sstart = r
        for num, pname, bkey, ids, unitpd in items:
            gstart = r
            for j, i in enumerate(ids):
                tgt, ren, sd, qs, kind = E81[i]
                pct = (i == "P17")
                fmt = "0.00%" if pct else None

                def kv(x):
                    if x is None:
                        return BLANK()
                    return P(x, fmt) if pct else N(x)
                put(ws, f"D{r}", nm(i, y), LEFT)
                put(ws, f"E{r}", UNIT[i], CENTER)
                put(ws, f"F{r}", kv(ren), RIGHT)
                put(ws, f"H{r}", kv(sd), RIGHT)
                tv = kv(tgt)
                put(ws, f"J{r}", tv, RIGHT)
                qv = [kv(x) for x in qs]
                for q in range(4):
                    put(ws, f"{col(12 + 2*q)}{r}", qv[q], RIGHT)
                if kind == "sum":
                    f = f"=L{r}+N{r}+P{r}+R{r}"
                    rv = F(f, agg_sum(qv))
                elif kind == "last":
                    rv = F(f"=R{r}", qs[3], fmt)
                elif kind == "avg24":
                    rv = F(f"=AVERAGE(N{r},R{r})", rhu((qs[1] + qs[3]) / 2, 6))
                elif kind == "typed":
                    rv = N(qs[3])
                elif kind == "zero":
                    rv = N(0)
                elif kind == "nextrow":
                    nxt = E81["P13"][3]
                    rv = F(f"=L{r+1}+N{r+1}+P{r+1}+R{r+1}", sum(nxt))
                put(ws, f"T{r}", rv, RIGHT)
                put(ws, f"V{r}", f"=H{r}+T{r}" if i in FLOW else f"=T{r}", RIGHT)
                ws[f"V{r}"].number_format = fmt or "General"
                put(ws, f"X{r}", f"=IFERROR(ROUND(V{r}/F{r}*100,2),0)", RIGHT)
                for c in "GIKMOQSUWY":
                    put(ws, f"{c}{r}", None)
                key.add(final, ws.title, r, y, i, nm(i, y), tv.key, "cell", [f"J{r}"],
                        rv.key, "cell", [f"T{r}"], ncell=f"D{r}")
                r += 1
            # budget on the first row of the group
            ren, sd, renja, qrp = RP[bkey]
            acc = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
            for c, v in zip("GIK", (ren, sd, renja)):
                put(ws, f"{c}{gstart}", N(v, acc), RIGHT)
            for q in range(4):
                put(ws, f"{col(13 + 2*q)}{gstart}", N(qrp[q], acc), RIGHT)
            put(ws, f"U{gstart}", F(f"=M{gstart}+O{gstart}+Q{gstart}+S{gstart}", sum(qrp), acc), RIGHT)
            put(ws, f"W{gstart}", F(f"=I{gstart}+U{gstart}", sd + sum(qrp), acc), RIGHT)
            put(ws, f"Y{gstart}", f"=ROUND(W{gstart}/G{gstart}*100,2)", RIGHT)
            if r - 1 > gstart:
                merge(ws, f"A{gstart}:A{r-1}", num, align=CENTER)
                merge(ws, f"C{gstart}:C{r-1}", pname, align=LEFT)
                merge(ws, f"Z{gstart}:Z{r-1}", unitpd, align=LEFT)
            else:
                put(ws, f"A{gstart}", num, CENTER)
                put(ws, f"C{gstart}", pname, LEFT)
                put(ws, f"Z{gstart}", unitpd, LEFT)
        merge(ws, f"B{sstart}:B{r-1}", stext, align=LEFT)
    last = r - 1
    put(ws, f"C{r}", "Rata-rata capaian kinerja (%)", LEFT, True)
    merge(ws, f"C{r}:W{r}", None, align=LEFT)
    put(ws, f"X{r}", f"=ROUND(AVERAGE(X{first_row}:X{last}),1)", RIGHT)
    put(ws, f"C{r+1}", "Predikat kinerja", LEFT, True)
    merge(ws, f"C{r+1}:W{r+1}", None, align=LEFT)
    put(ws, f"X{r+1}", "Tinggi", CENTER)
    text(ws, f"C{r+2}", "Faktor pendorong keberhasilan pencapaian : dukungan TNI/Polri dan partisipasi Redkar.")
    text(ws, f"C{r+3}", "Faktor penghambat pencapaian kinerja : keterbatasan armada di WMK Parit Baru Utara.")
    text(ws, f"C{r+4}", "Tindak lanjut yang diperlukan dalam triwulan berikutnya : -")
    text(ws, f"C{r+5}", "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya : "
         "penambahan pos damkar pembantu.")
    s = r + 7
    text(ws, f"D{s}", "Parit Baru, 13 Januari 2023")
    text(ws, f"D{s+1}", "Disusun")
    sig_block(ws, s + 2, "D", "Kepala Satuan Polisi Pamong Praja", ["dan Pemadam Kebakaran"], *SIG)
    text(ws, f"T{s+1}", "Dievaluasi")
    sig_block(ws, s + 2, "T", "Kepala Bappeda Kota Parit Baru", [], *BAPPEDA)
    widths(ws, {"A": 5, "B": 22, "C": 34, "D": 40, "E": 9, "Z": 16})
    for k in range(6, 26):
        ws.column_dimensions[col(k)].width = 11 if k % 2 == 0 else 14
    wb.save(raw_path(SLUG, raw))


# ======================================================================= 2023
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
W12 = [7, 8, 9, 8, 9, 8, 9, 8, 8, 9, 8, 9]


def monthly2023():
    """id -> (target V, 12 month V's, realisasi kind)"""
    d = {}
    d["P01"] = (P(85, "0%"), [P(x, "0.0%") for x in
                (80.2, 81.0, 81.9, 82.5, 83.1, 83.8, 84.2, 84.9, 85.3, 85.7, 86.0, 86.4)], "dec")
    d["P02"] = (T("450 kasus", 450), [N(x) for x in split(462, W12)], "sum")
    d["P03"] = (N(144), [N(x) for x in split(151, [11, 12, 13, 12, 13, 12, 13, 12, 13, 12, 13, 14])], "sum11")
    d["P20"] = (N(95), [N(x) for x in (94.0, 94.4, 94.9, 95.1, 95.3, 95.6, 95.7, 95.8, 96.0, 96.0, 96.1, 96.2)], "typed")
    d["P04"] = (N(90), [N(x) for x in (89.0, 89.3, 89.6, 89.9, 90.2, 90.4, 90.7, 90.9, 91.0, 91.2, 91.3, 91.45)], "dec")
    d["P05"] = (N(280), [N(x) for x in split(290, W12)], "sum")
    d["P06"] = (N(70), [DASH(), DASH(), N(62.0), DASH(), DASH(), N(66.5), DASH(), DASH(), N(69.8),
                        DASH(), DASH(), N(71.25)], "dec")
    d["P21"] = (N(220), [N(x) for x in split(231, W12)], "sum")
    p07 = [13.5, 12.8, None, 13.0, 13.4, 12.9, 13.2, None, 13.1, 12.7, 13.3, 13.1]
    d["P07"] = (T("≤ 14 menit", 14), [DASH() if x is None else N(x) for x in p07], "avg")
    p08 = [85.0, 84.0, None, 85.5, 86.0, 85.0, 86.2, None, 85.8, 86.1, 85.9, 86.0]
    d["P08"] = (N(85), [DASH() if x is None else N(x) for x in p08], "dec")
    p09 = split(49, [5, 6, 3, 0, 4, 5, 7, 6, 5, 3, 2, 3])
    d["P09b"] = (N(55), [DASH() if x == 0 else N(x) for x in p09], "sum")
    d["P10"] = (N(75), [BLANK()] * 11 + [N(75.0)], "dec")
    d["P11"] = (N(170), [N(x) for x in split(204, W12)], "sum")
    d["P12"] = (N(88), [BLANK(), BLANK(), N(88.0), BLANK(), BLANK(), N(88.5), BLANK(), BLANK(),
                        N(89.0), BLANK(), BLANK(), N(89.5)], "dec")
    d["P13"] = (N(24), [N(x) for x in (2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 2)], "sum")
    d["P14"] = (N(150), [N(x) for x in (150, 150, 152, 152, 155, 155, 158, 158, 160, 161, 163, 163)], "max")
    d["P15"] = (N(82), [BLANK()] * 5 + [N(82.9)] + [BLANK()] * 5 + [N(83.4)], "dec")
    d["P16"] = (G("BB"), [DASH()] * 12, "grade")
    d["P17"] = (N(95), [N(x) for x in (3.1, 9.8, 17.2, 25.5, 33.0, 41.9, 50.2, 58.8, 67.1, 76.4, 84.0, 96.3)], "dec")
    return d


def monthly2023_sheet(wb, key, final):
    ws = wb.active
    ws.title = "Rekap Bulanan 2023"
    y = 2023
    data = monthly2023()
    groups = [("BIDANG PENEGAKAN PERDA", ["P01", "P02", "P03", "P20"]),
              ("BIDANG TRANTIBUM DAN LINMAS", ["P04", "P05", "P06", "P21"]),
              ("BIDANG PEMADAM KEBAKARAN DAN PENYELAMATAN",
               ["P07", "P08", "P09b", "P10", "P11", "P12", "P13", "P14"]),
              ("SEKRETARIAT", ["P15", "P16", "P17"])]
    ncols = sum(len(g[1]) for g in groups)
    lastc = col(2 + ncols)
    merge(ws, f"A1:{lastc}1", "REKAPITULASI CAPAIAN INDIKATOR KINERJA BULANAN TAHUN 2023", True, border=False)
    merge(ws, f"A2:{lastc}2", "SATPOL PP DAN DAMKAR KOTA PARIT BARU", True, border=False)
    merge(ws, "A5:A7", "No", True)
    merge(ws, "B5:B7", "Bulan / Uraian", True)
    c = 3
    for gname, ids in groups:
        merge(ws, f"{col(c)}5:{col(c + len(ids) - 1)}5", gname, True)
        for i in ids:
            L = col(c)
            tv, months, kind = data[i]
            put(ws, f"{L}6", nm(i, y), CENTER, True)
            put(ws, f"{L}7", UNIT[i], CENTER)
            put(ws, f"{L}8", tv, RIGHT)
            for m in range(12):
                put(ws, f"{L}{9+m}", months[m], RIGHT)
            reps = [v for v in months if v.reported]
            if kind == "sum":
                rv = F(f"=SUM({L}9:{L}20)", agg_sum(months))
            elif kind == "sum11":                               # December left out of the SUM
                rv = F(f"=SUM({L}9:{L}19)", agg_sum(months[:11]))
            elif kind == "dec":
                rv = F(f"={L}20", months[11].key, months[11].fmt)
            elif kind == "typed":
                rv = N(months[11].key)
            elif kind == "avg":
                vals = [v.key for v in reps]
                rv = F(f"=ROUND(AVERAGE({L}9:{L}20),2)", rhu(sum(vals) / len(vals), 2))
            elif kind == "max":
                rv = F(f"=MAX({L}9:{L}20)", max(v.key for v in reps))
            elif kind == "grade":
                rv = G("B")
            put(ws, f"{L}21", rv, RIGHT, bold=True)
            if i == "P07":
                put(ws, f"{L}22", f"=ROUND((2*14-{L}21)/14*100,2)", RIGHT)
            elif kind == "grade":
                put(ws, f"{L}22", "-", RIGHT)
            else:
                put(ws, f"{L}22", f"=IFERROR(ROUND({L}21/{L}8*100,2),\"-\")", RIGHT)
            key.add(final, ws.title, 6, y, i, nm(i, y), tv.key, "cell", [f"{L}8"], rv.key, "cell",
                    [f"{L}21"], col=L, ncell=f"{L}6")
            ws.column_dimensions[L].width = 15
            c += 1
    put(ws, "B8", "Target 2023", LEFT, True)
    for m in range(12):
        put(ws, f"A{9+m}", m + 1, CENTER)
        put(ws, f"B{9+m}", MONTHS[m], LEFT)
    put(ws, "B21", "Realisasi 2023", LEFT, True)
    put(ws, "B22", "Capaian (%)", LEFT, True)
    for rr in (8, 21, 22):
        put(ws, f"A{rr}", None)
    ws.row_dimensions[6].height = 90
    text(ws, "B24", "Catatan :")
    text(ws, "B25", "1. Indikator jumlah = penjumlahan Januari s.d. Desember; indikator persentase/nilai = posisi Desember.")
    text(ws, "B26", "2. Waktu tanggap = rata-rata bulan yang terdapat kejadian kebakaran (tanda - : nihil kejadian).")
    text(ws, "B27", "3. IKM diukur per semester; nilai AKIP dari LHE Inspektorat.")
    sig_block(ws, 29, col(ncols - 3), "Parit Baru, 12 Januari 2024", ["Kepala Satuan,"], *SIG)
    widths(ws, {"A": 5, "B": 16})


# ======================================================================= 2024
REN = {  # id: targets 2021..2026, realisasi 2023, realisasi 2024, kondisi awal
    "P04": ([85, 87, 90, 92, 94, 95], 91.45, 92.8, 82.0),
    "P06": ([60, 65, 70, 75, 80, 85], 71.25, 76.4, 50.0),
    "P21": ([200, 210, 220, 230, 240, 250], 231, 244, 185),
    "P01": ([80, 82, 85, 87, 89, 90], 86.4, 88.1, 75.0),
    "P02": ([400, 420, 450, 460, 480, 500], 462, 471, 352),
    "P03": ([120, 130, 144, 150, 156, 160], 151, 148, 110),
    "P20": ([None, None, 95, 96, 97, 98], 96.2, 97.0, None),
    "P07": (["15", "15", "14", "≤ 13", "≤ 13", "≤ 12"], 13.1, 12.7, 16.2),
    "P08": ([80, 82, 85, 88, 90, 92], 86.0, 89.2, 74.5),
    "P09b": ([None, None, 55, 50, 48, 45], 49, 57, None),
    "P10": ([70, 72, 75, 78, 80, 82], 75.0, 79.1, 65.0),
    "P11": ([150, 160, 170, 180, 190, 200], 204, 215, 140),
    "P12": ([85, 85, 88, 90, 92, 95], 89.5, 91.2, 80.0),
    "P13": ([20, 24, 24, 240, 26, 28], 27, 25, 18),   # 2024 typed 240 (10x)
    "P14": ([None, 100, 150, 200, 250, 300], 163, 198, None),
    "P15": ([80, 81, 82, "83 - 85", "84 - 86", 85], 83.4, 84.1, 78.5),
    "P16": (["B", "B", "BB", 70, 72, 75], "B", "-", "C"),          # LHE 2024 not yet out
    "P17": ([95, 95, 95, 95, 95, 95], 96.3, 97.15, 91.0),
}


def renstra2024_sheet(wb, key, final):
    ws = wb.create_sheet("Matriks Renstra 2024")
    y = 2024
    merge(ws, "A1:O1", "MATRIKS CAPAIAN KINERJA RENSTRA SATPOL PP DAN DAMKAR KOTA PARIT BARU 2021-2026",
          True, border=False)
    merge(ws, "A2:O2", "EVALUASI TAHUN 2024", True, border=False)
    merge(ws, "A4:A6", "No", True)
    merge(ws, "B4:B6", "Tujuan / Sasaran", True)
    merge(ws, "C4:C6", "Indikator Kinerja", True)
    merge(ws, "D4:D6", "Satuan", True)
    merge(ws, "E4:E6", "Kondisi Awal (2020)", True)
    merge(ws, "F4:K4", "Target Kinerja Tahun", True)
    for k, yy in enumerate(range(2021, 2027)):
        merge(ws, f"{col(6 + k)}5:{col(6 + k)}6", str(yy), True)
    merge(ws, "L4:M4", "Realisasi", True)
    merge(ws, "L5:L6", "2023", True)
    merge(ws, "M5:M6", "2024", True)
    merge(ws, "N4:N6", "Capaian 2024 (%)", True)
    merge(ws, "O4:O6", "Keterangan", True)
    order = [("S1", ["P04", "P06", "P21"]),
             ("S2", ["P01", "P02", "P03", "P20"]),
             ("S3", ["P07", "P08", "P09b", "P10", "P11", "P12", "P13", "P14"]),
             ("S4", ["P15", "P16", "P17"])]
    r = 7
    n = 1
    for s, ids in order:
        start = r
        for i in ids:
            tg, r23, r24, awal = REN[i]
            pct = (i == "P04")

            def v(x, fmt="0%"):
                if x is None:
                    return DASH()
                if isinstance(x, str):
                    if x in ("B", "BB", "C", "A"):
                        return G(x)
                    if x == "-":
                        return DASH()
                    first = x.replace("≤", "").strip().split(" - ")[0]     # range -> lower bound
                    return T(x, float(first.replace(",", ".")))
                return P(x, fmt) if pct else N(x)
            moved = (i == "P21")      # indicator typed into the Sasaran column
            ncell = f"B{r}" if moved else f"C{r}"
            put(ws, f"A{r}", n, CENTER)
            put(ws, ncell, nm(i, y), LEFT)
            if moved:
                put(ws, f"C{r}", None)
            put(ws, f"D{r}", UNIT[i], CENTER)
            put(ws, f"E{r}", v(awal), RIGHT)
            tvs = [v(x) for x in tg]
            for k in range(6):
                put(ws, f"{col(6 + k)}{r}", tvs[k], RIGHT)
            put(ws, f"L{r}", v(r23, "0.00%"), RIGHT)
            rv = v(r24, "0.00%")
            put(ws, f"M{r}", rv, RIGHT)
            if i == "P07":
                put(ws, f"N{r}", f"=ROUND((2*13-M{r})/13*100,2)", RIGHT)
            else:
                put(ws, f"N{r}", f"=IFERROR(ROUND(M{r}/I{r}*100,2),\"-\")", RIGHT)
            put(ws, f"O{r}", "Renstra Perubahan" if i in ("P20", "P09b", "P14") else
                ("LHE AKIP 2024 belum terbit" if i == "P16" else None), LEFT)
            tv = tvs[3]
            key.add(final, ws.title, r, y, i, nm(i, y), tv.key, "cell", [f"I{r}"], rv.key, "cell",
                    [f"M{r}"], ncell=ncell)
            r += 1
            n += 1
        end = r - 2 if s == "S1" else r - 1
        merge(ws, f"B{start}:B{end}", sas(s, y), align=LEFT)
    text(ws, f"B{r+1}", "Catatan : target 2023-2026 sesuai Renstra Perubahan (Perwako Parit Baru No. 17 Tahun 2023).")
    text(ws, f"B{r+2}", "Indikator waktu tanggap bersifat negatif (semakin kecil semakin baik).")
    sig_block(ws, r + 4, "L", "Parit Baru, 20 Januari 2025", ["Kepala Satuan,"], *SIG)
    widths(ws, {"A": 5, "B": 28, "C": 44, "D": 9, "E": 10, "L": 10, "M": 10, "N": 11, "O": 18})
    for k in range(6, 12):
        ws.column_dimensions[col(k)].width = 8

    old = wb.create_sheet("Rekap Lama")
    text(old, "A1", "rekap lama 2022 (jangan dipakai)")
    for k, i in enumerate(["P01", "P02", "P03", "P04"]):
        text(old, f"A{k+2}", nm(i, 2022))
        text(old, f"B{k+2}", E81[i][0])
    old.sheet_state = "hidden"


def main():
    key = Key(SLUG, AGENCY, YEARS)
    key.ambiguous = [["P09", "P09b"]]
    blocks2021(key)
    e81_2022(key)
    raw = "Laporan_Kinerja_Satpol_Damkar_2023_2024.xlsx"
    final = "Laporan_Kinerja_Satpol_Damkar_2023_2024.ods"
    key.add_file(raw, final)
    wb = openpyxl.Workbook()
    monthly2023_sheet(wb, key, final)
    renstra2024_sheet(wb, key, final)
    wb.save(raw_path(SLUG, raw))
    key.write()


if __name__ == "__main__":
    main()
