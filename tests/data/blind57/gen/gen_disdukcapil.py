"""Agency 1: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sungai Lirang, 2020-2023.

Files
  PK_DISDUKCAPIL_2020.xls                      2020  annual PK table
  RA_dan_Kartu_Kinerja_Capil_2021_2022.ods     2021  Rencana Aksi, quarters across (T/R)
                                               2022  card grid (novel), + hidden draft sheet
  LKjIP_2023_Tabel_Bab_III.xlsx                2023  LKjIP chapter III table, pasted twice
Everything here is invented.
"""
import openpyxl
from openpyxl.styles import PatternFill

from common import (BLANK, BOLD, CENTER, DASH, LEFT, RIGHT, F, G, Key, N, P, T,
                    V, agg_last, agg_sum, box, col, idn, merge, put, raw_path,
                    rhu, sig_block, text, widths)

SLUG = "disdukcapil_sungai_lirang"
AGENCY = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sungai Lirang"
YEARS = [2020, 2021, 2022, 2023]
FLOW = {"D03", "D05", "D09", "D11", "D18", "D21"}

SAS = {
    "S1": {2020: "Meningkatnya kualitas pelayanan administrasi kependudukan",
           2021: "Meningkatnya Kualitas Pelayanan Adminduk",
           2022: "Meningkatnya kualitas pelayanan administrasi kependudukan",
           2023: "Meningkatnya kualitas pelayanan administrasi kependudukan dan pencatatan sipil"},
    "S2": {2020: "Meningkatnya kepemilikan dokumen kependudukan",
           2021: "Meningkatnya Kepemilikan Dokumen Kependudukan",
           2022: "Meningkatnya cakupan kepemilikan dokumen kependudukan",
           2023: "Meningkatnya cakupan kepemilikan dokumen kependudukan dan pencatatan sipil"},
    "S3": {2020: "Meningkatnya pemanfaatan data kependudukan",
           2021: "Meningkatnya Pemanfaatan Data Kependudukan",
           2022: "Meningkatnya pemanfaatan data kependudukan oleh perangkat daerah",
           2023: "Meningkatnya pemanfaatan dan kualitas data kependudukan"},
    "S4": {2020: "Meningkatnya akuntabilitas kinerja perangkat daerah",
           2021: "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah",
           2022: "Meningkatnya akuntabilitas kinerja",
           2023: "Meningkatnya akuntabilitas kinerja perangkat daerah"},
}

# id: sasaran, unit, names per year, target per year, realisasi per year (intended)
IND = {
    "D01": ("S2", "%", {
        2020: "Prosentase penduduk wajib KTP yg telah memiliki KTP-el",
        2021: "Persentase Penduduk Wajib KTP yang Telah Memiliki KTP-el",
        2022: "Persentase kepemilikan KTP-el\n(penduduk wajib KTP)",
        2023: "Persentase penduduk wajib KTP yang memiliki KTP-el"},
        {2020: 96, 2021: 97, 2022: 98, 2023: 98.5},
        {2020: 95.42, 2021: 97.1, 2022: 97.86, 2023: 98.73}),
    "D02": ("S2", "%", {
        2020: "Persentase perekaman dan pencetakan KTP-el",
        2021: "Prosentase perekaman & pencetakan KTP elektronik"},
        {2020: 95, 2021: 96}, {2020: 94.8, 2021: 96.35}),
    "D19": ("S2", "%", {
        2022: "Persentase perekaman KTP-el",
        2023: "Persentase perekaman KTP-el (wajib KTP)"},
        {2022: 98, 2023: 98.5}, {2022: 98.12, 2023: 98.9}),
    "D20": ("S2", "%", {
        2022: "Persentase pencetakan KTP-el thd perekaman",
        2023: "Persentase pencetakan KTP-el terhadap jumlah perekaman"},
        {2022: 97, 2023: 98}, {2022: 96.4, 2023: 98.75}),
    "D03": ("S2", "keping", {
        2020: "Jumlah KTP-el yang dicetak",
        2021: "Jumlah keping KTP-el yang dicetak",
        2022: "Jumlah blangko KTP-el yang tercetak (keping)",
        2023: "Jumlah KTP-el yang dicetak (keping)"},
        {2020: 18000, 2021: 17500, 2022: 17000, 2023: 16500},
        {2020: 18412, 2021: 16980, 2022: 17233, 2023: 15870}),
    "D04": ("S2", "%", {
        2020: "Cakupan kepemilikan akta kelahiran anak usia 0-18 tahun",
        2021: "Cakupan Kepemilikan Akta Kelahiran Anak 0 - 18 Th"},
        {2020: 90, 2021: 92}, {2020: 89.64, 2021: 92.31}),
    "D04b": ("S2", "%", {
        2022: "Persentase kepemilikan akta kelahiran penduduk",
        2023: "Persentase penduduk yang memiliki akta kelahiran"},
        {2022: 88, 2023: 90}, {2022: 87.95, 2023: 90.42}),
    "D05": ("S2", "lembar", {
        2020: "Jumlah akta kelahiran yang diterbitkan",
        2021: "Jumlah Akta Kelahiran yg diterbitkan",
        2022: "Akta kelahiran yang diterbitkan (lembar)",
        2023: "Jumlah penerbitan akta kelahiran"},
        {2020: 7200, 2021: 7400, 2022: 7500, 2023: 7600},
        {2020: 7415, 2021: 7236, 2022: 7881, 2023: 7702}),
    "D06": ("S2", "%", {
        2020: "Persentase penerbitan akta kematian terhadap peristiwa kematian yang dilaporkan",
        2021: "Persentase akta kematian yang diterbitkan thd kematian yang dilaporkan",
        2022: "Persentase penerbitan akta kematian",
        2023: "Persentase penerbitan akta kematian dibanding peristiwa kematian yg dilaporkan"},
        {2020: 75, 2021: 80, 2022: 85, 2023: 88},
        {2020: 71.2, 2021: 82.45, 2022: 86.1, 2023: 89.37}),
    "D07": ("S2", "anak", {
        2020: "Jumlah anak yang memiliki Kartu Identitas Anak (KIA)",
        2021: "Jumlah anak pemilik KIA",
        2022: "Jumlah anak yang telah memiliki KIA (anak)",
        2023: "Jumlah anak yang memiliki KIA"},
        {2020: 25000, 2021: 40000, 2022: 55000, 2023: 68000},
        {2020: 23814, 2021: 41250, 2022: 56932, 2023: 70115}),
    "D08": ("S2", "%", {
        2020: "Persentase anak yang memiliki Kartu Identitas Anak (KIA)",
        2021: "Prosentase anak pemilik KIA",
        2022: "Persentase anak yang telah memiliki KIA",
        2023: "Persentase anak yang memiliki KIA"},
        {2020: 20, 2021: 32, 2022: 45, 2023: 55},
        {2020: 19.1, 2021: 33.4, 2022: 46.05, 2023: 56.7}),
    "D09": ("S2", "lembar", {
        2020: "Jumlah Kartu Keluarga (KK) yang diterbitkan",
        2021: "Jumlah KK yang diterbitkan",
        2022: "Jumlah penerbitan Kartu Keluarga",
        2023: "Jumlah Kartu Keluarga yang diterbitkan (lembar)"},
        {2020: 4500, 2021: 4600, 2022: 4800, 2023: 5000},
        {2020: 4712, 2021: 4598, 2022: 4934, 2023: 5121}),
    "D10": ("S1", "%", {
        2020: "Persentase pelayanan pindah datang penduduk yang diselesaikan tepat waktu",
        2021: "Persentase penerbitan dokumen pindah-datang tepat waktu",
        2022: "Persentase dokumen pindah datang yang diterbitkan tepat waktu",
        2023: "Persentase pelayanan pindah datang tepat waktu"},
        {2020: 90, 2021: 92, 2022: 95, 2023: 96},
        {2020: 91.3, 2021: 93.8, 2022: 94.2, 2023: 96.5}),
    "D11": ("S1", "permohonan", {
        2021: "Jumlah layanan adminduk secara online",
        2022: "Jumlah permohonan layanan Adminduk online (daring)",
        2023: "Jumlah layanan administrasi kependudukan melalui aplikasi online"},
        {2021: 3000, 2022: 6000, 2023: 9000}, {2021: 3412, 2022: 6870, 2023: 10255}),
    "D12": ("S1", "nilai", {
        2020: "Indeks Kepuasan Masyarakat (IKM)",
        2021: "Indeks Kepuasan Masyarakat",
        2022: "Nilai IKM pelayanan adminduk",
        2023: "Indeks Kepuasan Masyarakat (IKM) thd pelayanan Adminduk"},
        {2020: 80, 2021: 81, 2022: 80, 2023: 83},
        {2020: 81.56, 2021: 82.1, 2022: 84.37, 2023: 85.02}),
    "D13": ("S3", "%", {
        2020: "Persentase OPD yang memanfaatkan data kependudukan",
        2021: "Persentase Perangkat Daerah yang memanfaatkan data kependudukan",
        2022: "Persentase OPD pengguna data kependudukan",
        2023: "Persentase perangkat daerah yang memanfaatkan data kependudukan"},
        {2020: 60, 2021: 70, 2022: 80, 2023: 85},
        {2020: 62.5, 2021: 71.88, 2022: 81.25, 2023: 87.5}),
    "D14": ("S3", "lembaga", {
        2020: "Jumlah lembaga pengguna yang telah menandatangani PKS pemanfaatan data",
        2021: "Jumlah lembaga yg telah PKS pemanfaatan data kependudukan",
        2022: "Jumlah lembaga pengguna data (PKS)"},
        {2020: 12, 2021: 18, 2022: 24}, {2020: 14, 2021: 19, 2022: 22}),
    "D15": ("S3", "%", {
        2020: "Persentase kualitas data kependudukan (data konsolidasi bersih)",
        2021: "Persentase data kependudukan yang valid dan terkonsolidasi",
        2022: "Persentase kualitas data kependudukan",
        2023: "Persentase kualitas data kependudukan yang valid"},
        {2020: 95, 2021: 96, 2022: 97, 2023: 98},
        {2020: 96.1, 2021: 96.42, 2022: 97.3, 2023: 98.15}),
    "D16": ("S4", "nilai", {
        2020: "Nilai SAKIP Perangkat Daerah",
        2021: "Nilai Akuntabilitas Kinerja (SAKIP)",
        2022: "Nilai SAKIP",
        2023: "Hasil evaluasi SAKIP oleh APIP"},
        {2020: None, 2021: 65, 2022: 67, 2023: None},
        {2020: None, 2021: 67.12, 2022: 70.25, 2023: None}),
    "D17": ("S4", "%", {
        2020: "Persentase realisasi anggaran",
        2021: "Persentase serapan anggaran",
        2022: "Persentase Realisasi Anggaran (serapan)",
        2023: "Persentase realisasi anggaran"},
        {2020: 95, 2021: 95, 2022: 95, 2023: 95},
        {2020: 93.62, 2021: 93.15, 2022: 96.02, 2023: 97.48}),
    "D18": ("S4", "dokumen", {
        2020: "Jumlah dokumen perencanaan dan pelaporan yang tersusun tepat waktu",
        2021: "Jumlah dokumen perencanaan & pelaporan kinerja tepat waktu",
        2022: "Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu",
        2023: "Dokumen perencanaan dan pelaporan yang disusun tepat waktu (dokumen)"},
        {2020: 6, 2021: 6, 2022: 7, 2023: 7}, {2020: 6, 2021: 6, 2022: 7, 2023: 7}),
    "D21": ("S1", "kali", {
        2020: "Jumlah kegiatan pelayanan jemput bola di desa",
        2021: "Jumlah pelayanan jemput bola ke desa/sekolah"},
        {2020: 24, 2021: 36}, {2020: 18, 2021: 41}),
    "D22": ("S1", "hari", {
        2022: "Rata-rata waktu penyelesaian akta kelahiran (hari)",
        2023: "Rata - rata lama penerbitan akta kelahiran"},
        {2022: 3, 2023: 2}, {2022: 2.4, 2023: 1.8}),
}


def isnum(v):
    return isinstance(v.value, (int, float)) or (isinstance(v.value, str) and v.value.startswith("="))


def name(i, y):
    return IND[i][2][y]


def unit(i):
    return IND[i][1]


FILL = PatternFill("solid", fgColor="DDEBF7")
SIG = ("Drs. HENDRA SAPUTRA WIRATAMA, M.Si", "Pembina Tingkat I", "NIP. 19710314 199603 1 004")


# ======================================================================= 2020
def pk2020(key):
    raw = "PK_DISDUKCAPIL_2020.xlsx"
    final = "PK_DISDUKCAPIL_2020.xls"
    key.add_file(raw, final)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2020"
    y = 2020
    for i, s in enumerate(["PENGUKURAN KINERJA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                           "KABUPATEN SUNGAI LIRANG", "TAHUN 2020"]):
        merge(ws, f"A{i+1}:H{i+1}", s, bold=True, border=False)
    text(ws, "A6", "Kabupaten      : Sungai Lirang")
    text(ws, "A7", "Nama SKPD    : Dinas Kependudukan dan Pencatatan Sipil")
    merge(ws, "A9:A10", "No", True)
    merge(ws, "B9:B10", "Sasaran Strategis", True)
    merge(ws, "C9:C10", "Indikator Kinerja", True)
    merge(ws, "D9:E9", "Target", True)
    merge(ws, "F9:G9", "Realisasi", True)
    merge(ws, "H9:H10", "%", True)
    for c, s in zip("DEFG", ["Jumlah", "Satuan", "Jumlah", "Satuan"]):
        put(ws, f"{c}10", s, CENTER, True)
    for c, s in zip("ABCDEFGH", ["(1)", "(2)", "(3)", "(4)", "", "(5)", "", "(6)"]):
        put(ws, f"{c}11", s, CENTER)
    order = [("S1", ["D10", "D12", "D21"]),
             ("S2", ["D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09"]),
             ("S3", ["D13", "D15", "D14"]),
             ("S4", ["D16", "D17", "D18"])]
    r = 12
    for sn, (s, ids) in enumerate(order, 1):
        start = r
        for i in ids:
            t, rr = IND[i][3][y], IND[i][4][y]
            if i == "D16":
                tv, rv = G("B"), G("BB")
            elif i == "D17":
                tv, rv = N(95), V(0.9362, 0.9362)   # fraction typed in a plain cell
            else:
                fmt = "#,##0" if t >= 1000 else None
                tv, rv = N(t, fmt), N(rr, fmt)
            moved = (i == "D14")                    # indicator typed in the Sasaran column
            ncell = f"B{r}" if moved else f"C{r}"
            put(ws, ncell, name(i, y), LEFT)
            if moved:
                put(ws, f"C{r}", None)
            put(ws, f"D{r}", tv, RIGHT)
            put(ws, f"E{r}", unit(i) if unit(i) != "nilai" else "", CENTER)
            put(ws, f"F{r}", rv, RIGHT)
            put(ws, f"G{r}", unit(i) if unit(i) != "nilai" else "", CENTER)
            if i == "D16":
                put(ws, f"H{r}", 100, RIGHT)
            else:
                put(ws, f"H{r}", f"=ROUND(F{r}/D{r}*100,2)", RIGHT)
            key.add(final, ws.title, r, y, i, name(i, y), tv.key, "cell", [f"D{r}"],
                    rv.key, "cell", [f"F{r}"], ncell=ncell)
            r += 1
            if i == "D09":
                # a hidden draft row (not a key row)
                put(ws, f"C{r}", "Jumlah KK yang dicetak ulang (draft)", LEFT)
                put(ws, f"D{r}", 600)
                put(ws, f"E{r}", "lembar")
                put(ws, f"F{r}", 512)
                put(ws, f"G{r}", "lembar")
                put(ws, f"H{r}", f"=ROUND(F{r}/D{r}*100,2)")
                ws.row_dimensions[r].hidden = True
                r += 1
        end = r - 1
        if s == "S3":
            end = r - 2            # D14 sits in the Sasaran column, outside the merge
            put(ws, f"A{r-1}", None)
        merge(ws, f"A{start}:A{end}", sn, align=CENTER)
        merge(ws, f"B{start}:B{end}", SAS[s][y], align=LEFT)
    r += 1
    text(ws, f"B{r}", "Jumlah Anggaran Kegiatan Tahun 2020 : Rp. 6.482.915.000")
    text(ws, f"B{r+1}", "Jumlah Realisasi Anggaran Kegiatan Tahun 2020 : Rp. 6.069.108.400")
    sig_block(ws, r + 3, "F", "Muara Lirang, 31 Desember 2020",
              ["Kepala Dinas,"], *SIG)
    widths(ws, {"A": 5, "B": 30, "C": 48, "D": 11, "E": 10, "F": 11, "G": 10, "H": 9})
    wb.save(raw_path(SLUG, raw))


# ======================================================================= 2021
QR2021 = {  # realisasi per quarter (None = '-')
    "D10": [92.1, 92.8, 93.5, 93.8], "D11": [512, 798, 955, 1147],
    "D12": [None, 81.9, None, 82.1], "D21": [5, 12, 14, 10],
    "D01": [96.2, 96.5, 96.85, 97.1], "D02": [95.1, 95.6, 96.0, 96.35],
    "D03": ["4.105", 4230, 4311, 4334], "D04": [90.5, 91.2, 91.8, 92.31],
    "D05": [1710, 1802, 1845, 1879], "D06": [79.4, 80.6, 81.9, 82.45],
    "D07": [28410, 33120, 37605, 41250], "D08": [23.0, 26.9, 30.1, 33.4],
    "D09": [1102, 1167, 1150, 1179], "D13": [None, 65.63, None, 71.88],
    "D14": [None, 16, None, 19], "D15": [96.0, 96.1, 96.3, 96.42],
    "D16": [None, None, None, 67.12], "D17": [15.2, 38.7, 66.4, 93.15],
    "D18": [1, 2, 1, 2],
}
PCT2021 = {"D01", "D02", "D08"}
PJ = {"S1": "Kabid Pelayanan Pendaftaran Penduduk", "S2": "Kabid Pelayanan Pencatatan Sipil",
      "S3": "Kabid PIAK dan Pemanfaatan Data", "S4": "Sekretaris"}


def quarter_targets(i, t):
    if i == "D18":
        return [N(x) for x in (1, 2, 1, 2)]
    if i in FLOW:
        base = int(t // 4)
        q = [base, base, base, t - 3 * base]
        return [N(x) for x in q]
    if i == "D07":
        return [N(x) for x in (28000, 32000, 36000, 40000)]
    if i in ("D12", "D16", "D13", "D14"):
        return [DASH(), N(t), DASH(), N(t)]
    if i == "D17":
        return [N(x) for x in (20, 45, 70, 95)]
    return [N(t)] * 4


def ra2021(wb, key, final):
    ws = wb.active
    ws.title = "RA TW 2021"
    y = 2021
    merge(ws, "A1:N1", "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2021", True, border=False)
    merge(ws, "A2:N2", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SUNGAI LIRANG", True, border=False)
    merge(ws, "A5:A7", "No", True)
    merge(ws, "B5:B7", "Sasaran Strategis", True)
    merge(ws, "C5:C7", "Indikator Kinerja", True)
    merge(ws, "D5:D7", "Satuan", True)
    merge(ws, "E5:E7", "Target Tahunan 2021", True)
    merge(ws, "F5:M5", "Target dan Realisasi Per Triwulan", True)
    for k, q in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        a, b = col(6 + 2 * k), col(7 + 2 * k)
        merge(ws, f"{a}6:{b}6", q, True)
        put(ws, f"{a}7", "T", CENTER, True)
        put(ws, f"{b}7", "R", CENTER, True)
    merge(ws, "N5:N7", "Penanggung Jawab", True)
    order = [("S1", ["D10", "D11", "D12", "D21"]),
             ("S2", ["D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09"]),
             ("S3", ["D13", "D14", "D15"]),
             ("S4", ["D16", "D17", "D18"])]
    r = 8
    n = 1
    for s, ids in order:
        start = r
        for i in ids:
            t = IND[i][3][y]
            pct = i in PCT2021
            if i == "D09":
                tv = N(45000, "#,##0")             # 10x target, typed
            elif pct:
                tv = P(t, "0.00%")
            else:
                tv = N(t, "#,##0" if t >= 1000 else None)
            qts = quarter_targets(i, t)
            if pct:
                qts = [P(x.key, "0.00%") if x.reported else x for x in qts]
            qrs = []
            for x in QR2021[i]:
                if x is None:
                    qrs.append(DASH())
                elif isinstance(x, str):
                    qrs.append(T(x, float(x.replace(".", ""))))
                elif pct:
                    qrs.append(P(x, "0.00%"))
                else:
                    qrs.append(N(x, "#,##0" if x >= 1000 else None))
            put(ws, f"A{r}", n, CENTER)
            put(ws, f"C{r}", name(i, y), LEFT)
            put(ws, f"D{r}", unit(i), CENTER)
            put(ws, f"E{r}", tv, RIGHT)
            cells = []
            for k in range(4):
                put(ws, f"{col(6 + 2 * k)}{r}", qts[k], RIGHT)
                put(ws, f"{col(7 + 2 * k)}{r}", qrs[k], RIGHT)
                cells.append(f"{col(7 + 2 * k)}{r}")
            put(ws, f"N{r}", PJ[s], LEFT)
            if i in FLOW:
                rv, rule = agg_sum(qrs), "sum"
            else:
                rv, rule = agg_last(qrs), "last"
            key.add(final, ws.title, r, y, i, name(i, y), tv.key, "cell", [f"E{r}"],
                    rv, rule, cells, ncell=f"C{r}")
            r += 1
            n += 1
        merge(ws, f"B{start}:B{r-1}", SAS[s][y], align=LEFT)
    r += 1
    text(ws, f"B{r}", "Keterangan : T = Target, R = Realisasi; tanda - = tidak ada pengukuran pada triwulan tsb.")
    sig_block(ws, r + 2, "K", "Muara Lirang,  10 Januari 2022", ["Kepala Dinas Kependudukan", "dan Pencatatan Sipil"], *SIG)
    widths(ws, {"A": 5, "B": 28, "C": 46, "D": 11, "E": 12, "N": 24})
    for k in range(8):
        ws.column_dimensions[col(6 + k)].width = 9


# ======================================================================= 2022
def cards2022(wb, key, final):
    ws = wb.create_sheet("Kartu Kinerja 2022")
    y = 2022
    merge(ws, "B1:H1", "KARTU CAPAIAN KINERJA TAHUN 2022", True, border=False)
    merge(ws, "B2:H2", "Dinas Kependudukan dan Pencatatan Sipil Kab. Sungai Lirang", False, border=False)
    text(ws, "B3", "Posisi data : 31 Desember 2022")
    vals = {
        "D01": (P(98, "0%"), T("97,86 %", 97.86)),
        "D19": (T("98 %", 98), P(98.12, "0.00%")),
        "D20": (N(97), N(96.4)),
        "D03": (T("17.000 keping", 17000), T("17.233 keping", 17233)),
        "D04b": (N(88), N(87.95)),
        "D05": (T("7.500 lembar", 7500), N(7881, "#,##0")),
        "D06": (N(85), N(861)),                       # 86,1 typed without its comma
        "D07": (N(55000, "#,##0"), T("56.932 anak", 56932)),
        "D08": (N(45), N(46.05)),
        "D09": (N(4800, "#,##0"), N(4934, "#,##0")),
        "D10": (N(95), N(94.2)),
        "D11": (N(6000, "#,##0"), N(6870, "#,##0")),
        "D12": (T("80 - 85", 80), N(84.37)),
        "D22": (T("3 hari", 3), T("2,4 hari", 2.4)),
        "D13": (N(80), F("=ROUND(26/32*100,2)", 81.25)),
        "D14": (N(24), N(22)),
        "D15": (N(97), N(97.3)),
        "D16": (N(67), N(70.25)),
        "D17": (N(95), N(96.02)),
        "D18": (N(7), N(7)),
    }
    units = {"D03": "", "D07": "", "D05": "lembar", "D22": "", "D01": "", "D19": ""}
    order = [("S2", ["D01", "D19", "D20", "D03", "D04b", "D05", "D06", "D07", "D08", "D09"]),
             ("S1", ["D10", "D11", "D12", "D22"]),
             ("S3", ["D13", "D14", "D15"]),
             ("S4", ["D16", "D17", "D18"])]
    r = 5
    for sn, (s, ids) in enumerate(order, 1):
        merge(ws, f"B{r}:H{r}", f"SASARAN {sn} : {SAS[s][y].upper()}", True, align=LEFT)
        ws[f"B{r}"].fill = FILL
        r += 2
        for k in range(0, len(ids), 2):
            pair = ids[k:k + 2]
            for j, i in enumerate(pair):
                a, b, c = ("B", "C", "D") if j == 0 else ("F", "G", "H")
                tv, rv = vals[i]
                merge(ws, f"{a}{r}:{c}{r}", name(i, y), True, align=LEFT)
                ws.row_dimensions[r].height = 32
                put(ws, f"{a}{r+1}", "Target", LEFT)
                put(ws, f"{b}{r+1}", tv, RIGHT)
                put(ws, f"{c}{r+1}", units.get(i, unit(i) if unit(i) != "nilai" else ""), CENTER)
                put(ws, f"{a}{r+2}", "Realisasi", LEFT)
                put(ws, f"{b}{r+2}", rv, RIGHT)
                put(ws, f"{c}{r+2}", units.get(i, unit(i) if unit(i) != "nilai" else ""), CENTER)
                put(ws, f"{a}{r+3}", "Capaian", LEFT)
                if isnum(tv) and isnum(rv):
                    put(ws, f"{b}{r+3}", f"=ROUND({b}{r+2}/{b}{r+1}*100,2)", RIGHT)
                elif i == "D22":
                    put(ws, f"{b}{r+3}", 120, RIGHT)
                else:
                    put(ws, f"{b}{r+3}", rhu(rv.key / tv.key * 100, 2), RIGHT)
                put(ws, f"{c}{r+3}", "%", CENTER)
                key.add(final, ws.title, r, y, i, name(i, y), tv.key, "cell", [f"{b}{r+1}"],
                        rv.key, "cell", [f"{b}{r+2}"], col=a, ncell=f"{a}{r}")
            r += 5
        r += 1
    text(ws, f"B{r}", "Catatan: capaian indikator negatif (waktu penyelesaian) dihitung (2T - R)/T x 100.")
    sig_block(ws, r + 2, "F", "Muara Lirang, 16 Januari 2023", ["Kepala Dinas,"], *SIG)
    widths(ws, {"A": 2, "B": 14, "C": 14, "D": 12, "E": 3, "F": 14, "G": 14, "H": 12})

    # hidden draft sheet (not keyed)
    d = wb.create_sheet("Kartu (draft)")
    text(d, "A1", "DRAFT - jangan dipakai")
    for k, i in enumerate(["D01", "D03", "D05", "D09"]):
        text(d, f"A{k+3}", name(i, y))
        text(d, f"B{k+3}", IND[i][3][y])
        text(d, f"C{k+3}", IND[i][4][y] * 0.9)
    d.sheet_state = "hidden"


# ======================================================================= 2023
def lkjip2023(key):
    raw = "LKjIP_2023_Tabel_Bab_III.xlsx"
    final = raw
    key.add_file(raw, final)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tabel 3.1"
    y = 2023
    vals = {
        "D01": (N(98.5), T("98,73*)", 98.73)),
        "D19": (N(98.5), N(98.9)),
        "D20": (N(98), N(98.75)),
        "D03": (N(16500, "#,##0"), F("=7915+7955", 15870, "#,##0")),
        "D04b": (N(90), N(90.42)),
        "D05": (N(7600, "#,##0"), N(7702, "#,##0")),
        "D06": (N(88), N(89.37)),
        "D07": (N(68000, "#,##0"), N(70.115)),     # 70.115 typed with an English thousands dot
        "D08": (N(55), N(56.7)),
        "D09": (N(5000, "#,##0"), N(5121, "#,##0")),
        "D10": (N(96), N(96.5)),
        "D11": (N(9000, "#,##0"), N(10255, "#,##0")),
        "D12": (N(83), N(85.02)),
        "D22": (T("≤ 2", 2), N(1.8)),
        "D13": (N(85), F("=ROUND(28/32*100,2)", 87.5)),
        "D15": (N(98), N(98.15)),
        "D16": (G("BB"), G("BB")),
        "D17": (N(95), P(97.48, "0.00%")),
        "D18": (N(7), N(7)),
    }
    renstra = {"D01": 99, "D19": 99, "D20": 99, "D03": 15000, "D04b": 95, "D05": 8000,
               "D06": 92, "D07": 90000, "D08": 70, "D09": 5400, "D10": 98, "D11": 15000,
               "D12": 85, "D22": 1, "D13": 100, "D15": 99, "D16": "A", "D17": 95, "D18": 7}
    past = {}  # restated past realisations (not keyed)
    for i in vals:
        past[i] = []
        for py in (2020, 2021, 2022):
            v = IND[i][4].get(py)
            if i == "D04b" and py < 2022:
                v = None
            if i == "D16" and py == 2020:
                v = "BB"
            past[i].append("-" if v is None else v)
    order = [("S2", ["D01", "D19", "D20", "D03", "D04b", "D05", "D06", "D07", "D08", "D09"]),
             ("S1", ["D10", "D11", "D12", "D22"]),
             ("S3", ["D13", "D15"]),
             ("S4", ["D16", "D17", "D18"])]

    def table(top, record):
        text(ws, f"A{top}", "Tabel 3.1", bold=True)
        text(ws, f"A{top+1}", "Capaian Indikator Kinerja Dinas Kependudukan dan Pencatatan Sipil "
             "Tahun 2023 Dibandingkan Tahun-Tahun Sebelumnya", bold=True)
        h = top + 3
        merge(ws, f"A{h}:A{h+1}", "No", True)
        merge(ws, f"B{h}:B{h+1}", "Sasaran Strategis", True)
        merge(ws, f"C{h}:C{h+1}", "Indikator Kinerja", True)
        merge(ws, f"D{h}:D{h+1}", "Satuan", True)
        merge(ws, f"E{h}:G{h}", "Realisasi", True)
        merge(ws, f"H{h}:J{h}", "Tahun 2023", True)
        merge(ws, f"K{h}:K{h+1}", "Target Akhir Renstra (2026)", True)
        merge(ws, f"L{h}:L{h+1}", "Capaian s.d. 2023 thd Target Akhir Renstra (%)", True)
        for c, s in zip("EFGHIJ", ["2020", "2021", "2022", "Target", "Realisasi", "Capaian (%)"]):
            put(ws, f"{c}{h+1}", s, CENTER, True)
        for k, c in enumerate("ABCDEFGHIJKL"):
            put(ws, f"{c}{h+2}", f"({k+1})", CENTER)
        r = h + 3
        n = 1
        for s, ids in order:
            start = r
            for i in ids:
                tv, rv = vals[i]
                nm = f"{n}. {name(i, y)}"
                put(ws, f"A{r}", n, CENTER)
                put(ws, f"C{r}", nm, LEFT)
                put(ws, f"D{r}", unit(i) if unit(i) != "nilai" else "nilai", CENTER)
                for c, v in zip("EFG", past[i]):
                    put(ws, f"{c}{r}", v, RIGHT)
                put(ws, f"H{r}", tv, RIGHT)
                put(ws, f"I{r}", rv, RIGHT)
                if i == "D22":
                    put(ws, f"J{r}", f"=ROUND((2*2-I{r})/2*100,2)", RIGHT)
                elif i == "D17":
                    put(ws, f"J{r}", f"=ROUND(I{r}*100/H{r}*100,2)", RIGHT)
                elif isnum(tv) and isnum(rv):
                    put(ws, f"J{r}", f"=IFERROR(ROUND(I{r}/H{r}*100,2),\"-\")", RIGHT)
                elif i == "D01":
                    put(ws, f"J{r}", 100.23, RIGHT)
                else:
                    put(ws, f"J{r}", "-", RIGHT)
                put(ws, f"K{r}", renstra[i], RIGHT)
                if isinstance(renstra[i], (int, float)) and isnum(rv) and i != "D22":
                    mult = "*100" if i == "D17" else ""
                    put(ws, f"L{r}", f"=IFERROR(ROUND(I{r}{mult}/K{r}*100,2),\"-\")", RIGHT)
                else:
                    put(ws, f"L{r}", "-", RIGHT)
                if record:
                    key.add(final, ws.title, r, y, i, nm, tv.key, "cell", [f"H{r}"],
                            rv.key, "cell", [f"I{r}"], ncell=f"C{r}")
                r += 1
                n += 1
            merge(ws, f"B{start}:B{r-1}", SAS[s][y], align=LEFT)
        text(ws, f"A{r}", "*) Data konsolidasi semester II 2023 (DKB Semester II), Ditjen Dukcapil")
        text(ws, f"A{r+1}", "Sumber : Bidang PIAK dan Pemanfaatan Data, diolah")
        return r + 1

    end = table(1, True)
    table(end + 4, False)          # the same table pasted a second time
    widths(ws, {"A": 5, "B": 28, "C": 52, "D": 11, "E": 10, "F": 10, "G": 10, "H": 10,
                "I": 10, "J": 10, "K": 12, "L": 14})
    n = wb.create_sheet("Catatan")
    text(n, "A1", "Catatan penyusun:")
    text(n, "A2", "- Tabel 3.1 disalin dari aplikasi e-SAKIP; realisasi 2020-2022 sesuai LKjIP tahun berkenaan.")
    text(n, "A3", "- Realisasi KIA 2023 mohon dicek ulang dengan data SIAK.")
    wb.save(raw_path(SLUG, raw))


def main():
    key = Key(SLUG, AGENCY, YEARS)
    key.ambiguous = [["D04", "D04b"]]
    pk2020(key)
    raw = "RA_dan_Kartu_Kinerja_Capil_2021_2022.xlsx"
    final = "RA_dan_Kartu_Kinerja_Capil_2021_2022.ods"
    key.add_file(raw, final)
    wb = openpyxl.Workbook()
    ra2021(wb, key, final)
    cards2022(wb, key, final)
    wb.save(raw_path(SLUG, raw))
    lkjip2023(key)
    key.write()


if __name__ == "__main__":
    main()
