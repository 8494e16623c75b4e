"""Dinas Tanaman Pangan dan Hortikultura Kab. Sindang Rawa, 2018-2021, one workbook per year."""
import openpyxl
from common import *

FOLDER = "distan_tph"
YEARS = [2018, 2019, 2020, 2021]
K = Key("Dinas Tanaman Pangan dan Hortikultura Kabupaten Sindang Rawa", FOLDER, YEARS)
K.ambiguous = []
PLAN = []
NUM = "#,##0.##"


def save(wb, final, fmt):
    raw = final.rsplit(".", 1)[0] + ".xlsx"
    wb.save(f"{RAW}/{FOLDER}/{raw}")
    PLAN.append([raw, fmt, final])
    K.files.append(final)


# ---------------------------------------------------------------- 2018: PK, .xls, SS.n group rows
def y2018():
    FILE, SHEET, Y = "PK 2018 Distan TPH.xls", "PK 2018", 2018
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = SHEET
    for i, t in enumerate(["PENGUKURAN KINERJA", "DINAS TANAMAN PANGAN DAN HORTIKULTURA",
                           "KABUPATEN SINDANG RAWA", "TAHUN 2018"]):
        put(ws, f"A{i+1}", t, bold=True, border=False)
    for c, h in zip("ABCDEFG", ["No", "Sasaran Strategis / Indikator Kinerja", "Satuan", "Target",
                                "Realisasi", "Capaian (%)", "Ket."]):
        put(ws, f"{c}6", h, bold=True, align="center")
    for i, c in enumerate("ABCDEFG"):
        put(ws, f"{c}7", f"({i+1})", align="center")
    FORM = object()
    rows = [
        ("SS.1 Meningkatnya produksi dan produktivitas tanaman pangan",),
        ("p01", "Produksi Padi", "Ton", 182500, 176342, FORM, ""),
        ("p02", "Produktivitas Padi", "Ku/Ha", T("52,40 ku/ha", 52.4), T("51,87 ku/ha", 51.87), 98.99, ""),
        ("p03", "Luas Tanam Padi", "Ha", 37800, 36915, FORM, ""),
        ("p04", "Luas Panen Padi", "Ha", 35200, 33997, 98.58, ""),
        ("p05", "Indeks Pertanaman (IP) Padi", "Kali", T("1,85", 1.85), T("1,79", 1.79), 96.76, ""),
        ("p06", "Produksi Jagung", "Ton", 24600, 26118, FORM, ""),
        ("p07", "Produktivitas Jagung", "Ku/Ha", 48.5, 49.12, FORM, ""),
        ("p16", "Produksi Kedelai", "Ton", 1150, 842, FORM, ""),
        ("SS.2 Meningkatnya produksi komoditas hortikultura unggulan",),
        ("p08", "Produksi Cabai Besar", "Ton", 2150, 2307, FORM, ""),
        ("p09", "Produksi Cabai Rawit", "Ton", 1380, 1296, FORM, ""),
        ("p10", "Produksi Bawang Merah", "Ton", 3400, 3512, FORM, ""),
        ("SS.3 Terkendalinya serangan OPT dan menguatnya kelembagaan petani",),
        ("p12", "Luas Serangan OPT pada Tanaman Padi", "Ha", 1250, 1012, 80.96, "Negatif"),
        ("p14", "Jumlah Kelompok Tani yang Dibina", "Poktan", 120, 120, FORM, ""),
        ("p15", "Persentase Ketersediaan Benih Unggul Bersertifikat", "%", 85, 87.5, FORM, ""),
    ]
    r, no = 8, 0
    for it in rows:
        if len(it) == 1:
            put(ws, f"A{r}", None); put(ws, f"B{r}", it[0], bold=True)
            for c in "CDEFG": put(ws, f"{c}{r}", None)
            r += 1; continue
        sid, name, unit, t, re_, pc, ket = it
        no += 1
        put(ws, f"A{r}", no); put(ws, f"B{r}", name, wrap=True); put(ws, f"C{r}", unit)
        tk = putv(ws, f"D{r}", t, NUM); rk = putv(ws, f"E{r}", re_, NUM)
        put(ws, f"F{r}", f"=ROUND(E{r}/D{r}*100,2)" if pc is FORM else pc, "0.00")
        put(ws, f"G{r}", ket or None)
        K.add(FILE, SHEET, f"B{r}", Y, name, sid, tk, rk, f"D{r}", f"E{r}")
        r += 1
    put(ws, f"B{r+1}", "Jumlah Anggaran Kegiatan Tahun 2018 : Rp. 14.386.520.000", border=False)
    put(ws, f"B{r+2}", "Jumlah Realisasi Anggaran Kegiatan Tahun 2018 : Rp. 13.902.117.450", border=False)
    signature(ws, r + 4, "D", "Rawa Sari, 31 Desember 2018", "Kepala Dinas,",
              "Ir. SUTARNO HADIPRANOTO, M.P.", "Pembina Utama Muda", "19650822 199103 1 007")
    widths(ws, {"A": 5, "B": 52, "C": 9, "D": 13, "E": 13, "F": 11, "G": 10})
    save(wb, FILE, "xls")


# ---------------------------------------------------------------- 2019: Rencana Aksi, no annual realisasi
RA2019_RULES = {}


def y2019():
    FILE, SHEET, Y = "Rencana Aksi PK Distan TPH 2019.xlsx", "RA PK 2018", 2019   # sheet name wrong year
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = SHEET
    put(ws, "A1", "RENCANA AKSI PERJANJIAN KINERJA DAN REALISASI TRIWULAN", bold=True, border=False)
    put(ws, "A2", "DINAS TANAMAN PANGAN DAN HORTIKULTURA KABUPATEN SINDANG RAWA", bold=True, border=False)
    put(ws, "A3", "TAHUN ANGGARAN 2019", bold=True, border=False)
    merge(ws, "A5:A6", "No"); merge(ws, "B5:B6", "Sasaran Strategis"); merge(ws, "C5:C6", "Indikator Kinerja")
    merge(ws, "D5:D6", "Satuan"); merge(ws, "E5:E6", "Target Tahun 2019")
    for i, (a, b) in enumerate([("F", "G"), ("H", "I"), ("J", "K"), ("L", "M")]):
        merge(ws, f"{a}4:{b}4" if False else f"{a}5:{b}5", f"TW {['I','II','III','IV'][i]} (B{3*(i+1):02d})")
        put(ws, f"{a}6", "Target", bold=True); put(ws, f"{b}6", "Realisasi", bold=True)
    merge(ws, "N5:N6", "Penanggung Jawab")
    for i, c in enumerate("ABCDEFGHIJKLMN"):
        put(ws, f"{c}7", i + 1, align="center")
    # rule: 'iv' = realisasi is TW IV (cumulative or level), 'sum' = sum of the four quarters
    SS = {"A": "Meningkatnya produksi dan produktivitas tanaman pangan",
          "B": "Meningkatnya produksi hortikultura unggulan",
          "C": "Terkendalinya OPT dan meningkatnya kesejahteraan petani"}
    rows = [
        ("A", "p01", "Produksi Padi (GKG)", "Ton", 185000, [30000, 95000, 128000, 185000], [28450, 97210, 131006, 188734], "iv", "Bidang TP"),
        ("A", "p02", "Produktivitas Padi", "Ku/Ha", 52.6, [51.5, 52.0, 52.3, 52.6], [50.8, 52.3, 52.9, 53.14], "iv", "Bidang TP"),
        ("A", "p03", "Luas Tanam Padi", "Ha", 38200, [11000, 8500, 10200, 8500], [11240, 8105, 10390, 8876], "sum", "Bidang TP"),
        ("A", "p04", "Luas Panen Padi", "Ha", 35800, [6000, 12400, 7400, 10000], [5870, 12950, 7222, 9471], "sum", "Bidang TP"),
        ("A", "p05", "Indeks Pertanaman Padi (IP)", "Kali", 1.87, ["-", "-", "-", 1.87], ["-", "-", "-", 1.89], "iv", "Bidang TP"),
        ("A", "p06", "Produksi Jagung Pipilan Kering", "Ton", 25500, [6000, 13000, 19500, 25500], [5210, 12870, 20114, 26035], "iv", "Bidang TP"),
        ("A", "p07", "Produktivitas Jagung", "Ku/Ha", 49, [47, 48, 48.5, 49], [46.2, 48.4, 49.0, 49.73], "iv", "Bidang TP"),
        ("A", "p16", "Produksi Kedelai", "Ton", 1200, [200, 650, 900, 1200], [150, 410, 702, 915], "iv", "Bidang TP"),
        ("B", "p08", "Produksi Cabai Besar", "Ton", 2250, [500, 600, 550, 600], [480, 655, 590, 702], "sum", "Bidang Horti"),
        ("B", "p09", "Produksi Cabe Rawit", "Ton", 1400, [350, 350, 350, 350], [320, 365, 341, 388], "sum", "Bidang Horti"),
        ("B", "p10", "Produksi Bawang Merah", "Ton", 3500, [700, 1100, 900, 800], [690, 1185, 940, 821], "sum", "Bidang Horti"),
        ("C", "p11", "Nilai Tukar Petani Tanaman Pangan (NTPP)", "Indeks", 101.5, [100.5, 101, 101.2, 101.5], [99.87, 100.92, 101.35, 102.08], "iv", "Sekretariat"),
        ("C", "p12", "Luas Serangan OPT Padi", "Ha", 1200, [400, 250, 350, 200], [365, 190, 288, 171], "sum", "Bidang PSP/Proteksi"),
        ("C", "p14", "Jumlah Poktan yang dibina", "Kelompok", 125, [30, 65, 95, 125], [28, 66, 97, 126], "iv", "Bidang Penyuluhan"),
        ("C", "p17", "Jumlah Alsintan yang Disalurkan", "Unit", 40, ["-", 15, 15, 10], ["-", 12, 18, 10], "sum", "Bidang PSP/Proteksi"),
    ]
    r, no, last = 8, 0, None
    starts = {}
    for ss, sid, name, unit, tgt, tq, rq, rule, pj in rows:
        no += 1
        put(ws, f"A{r}", no)
        if ss != last:
            put(ws, f"B{r}", SS[ss], wrap=True); starts[ss] = [r, r]; last = ss
        else:
            starts[ss][1] = r
        put(ws, f"C{r}", name, wrap=True); put(ws, f"D{r}", unit)
        tk = putv(ws, f"E{r}", tgt, NUM)
        rvals, rcells = [], []
        for i, (a, b) in enumerate([("F", "G"), ("H", "I"), ("J", "K"), ("L", "M")]):
            putv(ws, f"{a}{r}", tq[i], NUM)
            rvals.append(putv(ws, f"{b}{r}", rq[i], NUM)); rcells.append(f"{b}{r}")
        put(ws, f"N{r}", pj)
        if rule == "iv":
            rk, rspec = rvals[3], f"M{r}"
        else:
            rk, rspec = sum(v or 0 for v in rvals), {"sum": rcells}
        RA2019_RULES[sid] = rule
        K.add(FILE, SHEET, f"C{r}", Y, name, sid, tk, rk, f"E{r}", rspec)
        r += 1
    for ss, (a, b) in starts.items():
        if b > a:
            ws.merge_cells(f"B{a}:B{b}")
    signature(ws, r + 2, "J", "Rawa Sari, 10 Januari 2020", "Kepala Dinas Tanaman Pangan dan Hortikultura,",
              "Ir. SUTARNO HADIPRANOTO, M.P.", "Pembina Utama Muda", "19650822 199103 1 007")
    widths(ws, {"A": 5, "B": 30, "C": 40, "D": 9, "E": 12, "N": 18})
    save(wb, FILE, "xlsx")


# ---------------------------------------------------------------- 2020: E.81 (17-column scheme), .ods
def y2020():
    FILE, SHEET, Y = "Evaluasi Renja Distan TPH 2020 TW IV.ods", "E.81 TW IV", 2020
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = SHEET
    put(ws, "A1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN SINDANG RAWA", bold=True, border=False)
    put(ws, "A2", "RENJA PERANGKAT DAERAH DINAS TANAMAN PANGAN DAN HORTIKULTURA", bold=True, border=False)
    put(ws, "A3", "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2020", bold=True, border=False)
    H = [("A6:A8", "No"), ("B6:B8", "Sasaran"), ("C6:C8", "Program / Kegiatan"),
         ("D6:D8", "Indikator Kinerja Program (outcome) / Kegiatan (output)"), ("E6:E8", "Satuan"),
         ("F6:G7", "Target Kinerja dan Anggaran Renstra PD pada Tahun 2021 (Akhir Periode Renstra PD)"),
         ("H6:I7", "Realisasi Capaian Kinerja dan Anggaran Renstra PD sampai dengan Renja PD Tahun Lalu (2019)"),
         ("J6:K7", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2020) yang Dievaluasi"),
         ("L6:S6", "Realisasi Kinerja Pada Triwulan"),
         ("T6:U7", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"),
         ("V6:W7", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang Dievaluasi (%)"),
         ("X6:Y7", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2020"),
         ("Z6:AA7", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2020 (%)"),
         ("AB6:AB8", "Unit PD Penanggung Jawab"), ("AC6:AC8", "Ket.")]
    for rng, t in H:
        merge(ws, rng, t)
    for a, b, t in [("L", "M", "I"), ("N", "O", "II"), ("P", "Q", "III"), ("R", "S", "IV")]:
        merge(ws, f"{a}7:{b}7", t)
    for col in "FHJLNPRTVXZ":
        pass
    for c in ["F", "H", "J", "L", "N", "P", "R", "T", "V", "X", "Z"]:
        nxt = get_column_letter(openpyxl.utils.column_index_from_string(c) + 1)
        put(ws, f"{c}8", "K", bold=True, align="center"); put(ws, f"{nxt}8", "Rp", bold=True, align="center")
    nums = {"A": 1, "B": 2, "C": 3, "D": 4, "F": 5, "H": 6, "J": 7, "L": 8, "N": 9, "P": 10, "R": 11,
            "T": "12 = 8+9+10+11", "V": "13 = 12/7 x 100", "X": "14 = 6 + 12", "Z": "15 = 14/5 x 100", "AB": 16, "AC": 17}
    for c, n in nums.items():
        put(ws, f"{c}9", n, align="center")
    # rows: (sasaran, prog/keg, id, name, unit, renstra, real_lalu, target, quarters, rule, budgets)
    # rule: 'sum' -> T = L+N+P+R ; 'iv' -> T = R (nilai akhir) ; 'typed0' -> T typed 0 ; 'f24' -> special
    SAS1 = "Meningkatnya produksi dan produktivitas tanaman pangan dan hortikultura"
    PR1 = "Program Peningkatan Produksi Tanaman Pangan"
    rows = [
        (SAS1, PR1, "p01", "Produksi padi", "Ton", 195000, 188734, 190000, [31200, 64350, 42180, 53015], "sum", "prog"),
        (None, None, "p02", "Produktivitas padi", "Ku/Ha", 53.5, 53.14, 53, [51.9, 53.2, 53.6, 53.41], "iv", None),
        (None, None, "p03", "Luas tanam padi", "Ha", 39000, 38611, 38500, [11350, 8420, 10310, 8790], "sum", None),
        (None, None, "p04", "Luas panen padi", "Ha", 36500, 35513, 36000, [6010, 12180, 7905, 9620], "sum", None),
        (None, None, "p05", "IP Padi", "Kali", 1.9, 1.89, 1.88, ["-", "-", "-", 1.9], "iv", None),
        (None, None, "p06", "Produksi jagung", "Ton", 27000, 26035, 26000, [5480, 7920, 6860, 6410], "sum", None),
        (None, None, "p07", "Produktivitas jagung", "Ku/Ha", 50, 49.73, 49.5, [48.1, 49.6, 50.2, 50.06], "iv", None),
        (None, None, "p11", "NTP Tanaman Pangan", "Indeks", 103, 102.08, 102, [100.85, 99.12, 101.47, 102.31], "iv", None),
        (None, "Kegiatan Pengembangan Perbenihan Tanaman Pangan", "p15",
         "Persentase ketersediaan benih unggul bersertifikat", "%", 90, 88, 88, [80, 84, 86, 90.5], "iv", "keg1"),
        (None, "Kegiatan Penyediaan Sarana Produksi dan Alsintan", "p17",
         "Jumlah alsintan yang disalurkan", "Unit", 200, 40, 45, [0, 20, 15, 12], "typed0", "keg2"),
        (None, "Program Peningkatan Produksi Hortikultura", "p08", "Produksi cabai besar", "Ton", 2500, 2427, 2350, [540, 610, 588, 655], "sum", "prog2"),
        (None, None, "p09", "Produksi cabai rawit", "Ton", 1550, 1414, 1450, [344, 372, 360, 401], "sum", None),
        (None, None, "p10", "Produksi bawang merah", "Ton", 3800, 3636, 3600, [710, 1210, 952, 874], "sum", None),
        ("Terkendalinya serangan OPT", "Program Perlindungan Tanaman", "p12", "Luas serangan OPT padi", "Ha", 1000, 1014, 1150, [380, 215, 301, 158], "sum", "prog3"),
        (None, None, "p13", "Persentase luas serangan OPT terhadap luas tanam padi", "%", 2.5, 2.63, 3.0, ["-", "-", "-", "F"], "iv", None),
        ("Meningkatnya kapasitas kelembagaan petani", "Program Pemberdayaan Penyuluh Pertanian", "p14",
         "Jumlah kelompok tani yang dibina", "Poktan", 140, 126, 130, [35, 30, 40, 28], "sum", "prog4"),
    ]
    BUD = {"prog": (9850000000, [1210000000, 2780000000, 2915000000, 2611450000]),
           "keg1": (1450000000, [150000000, 420000000, 380000000, 468200000]),
           "keg2": (3200000000, [0, 1650000000, 980000000, 540500000]),
           "prog2": (2150000000, [210000000, 640000000, 605000000, 612300000]),
           "prog3": (780000000, [95000000, 210000000, 230000000, 221750000]),
           "prog4": (1120000000, [180000000, 310000000, 300000000, 301400000])}
    r0 = r = 10
    row_of = {}
    for sas, pk, sid, name, unit, ren, lalu, tgt, q, rule, bud in rows:
        row_of[sid] = r
        put(ws, f"A{r}", r - r0 + 1)
        put(ws, f"B{r}", sas, wrap=True); put(ws, f"C{r}", pk, wrap=True)
        put(ws, f"D{r}", name, wrap=True); put(ws, f"E{r}", unit)
        put(ws, f"F{r}", ren, NUM); put(ws, f"H{r}", lalu, NUM)
        tk = putv(ws, f"J{r}", tgt, NUM)
        qv = []
        for c, v in zip("LNPR", q):
            if v == "F":
                put(ws, f"{c}{r}", f"=ROUND(T{row_of['p12']}/T{row_of['p03']}*100,2)", "0.00")
                qv.append(None)
            else:
                qv.append(putv(ws, f"{c}{r}", v, NUM))
        if rule == "sum":
            put(ws, f"T{r}", f"=L{r}+N{r}+P{r}+R{r}", NUM); rk = sum(v or 0 for v in qv)
        elif rule == "iv":
            put(ws, f"T{r}", f"=R{r}", NUM); rk = qv[3]
        else:
            put(ws, f"T{r}", 0, NUM); rk = 0
        if sid == "p13":
            rk = round(1054 / 38870 * 100, 2)
        put(ws, f"V{r}", f"=ROUND(T{r}/J{r}*100,2)", "0.00")
        put(ws, f"X{r}", f"=H{r}+T{r}" if unit in ("Poktan", "Unit") else f"=T{r}", NUM)
        put(ws, f"Z{r}", f"=ROUND(X{r}/F{r}*100,2)", "0.00")
        if bud:
            k, bq = BUD[bud]
            put(ws, f"K{r}", k, "#,##0")
            for c, v in zip("MOQS", bq):
                put(ws, f"{c}{r}", v, "#,##0")
            put(ws, f"U{r}", f"=M{r}+O{r}+Q{r}+S{r}", "#,##0")
            put(ws, f"W{r}", f"=ROUND(U{r}/K{r}*100,2)", "0.00")
        put(ws, f"AB{r}", "Dinas Tanaman Pangan dan Hortikultura" if sid == "p01" else None)
        K.add(FILE, SHEET, f"D{r}", Y, name, sid, tk, rk, f"J{r}", f"T{r}")
        r += 1
    last = r - 1
    put(ws, f"D{r+1}", "Rata-rata capaian kinerja (%)", bold=True)
    put(ws, f"V{r+1}", f"=ROUND(AVERAGE(V{r0}:V{last}),1)", "0.0")
    put(ws, f"D{r+2}", "Predikat kinerja", bold=True); put(ws, f"V{r+2}", "Sangat Tinggi")
    put(ws, f"D{r+3}", "Faktor pendorong: cuaca mendukung, penyaluran alsintan tepat waktu", border=False)
    put(ws, f"D{r+4}", "Faktor penghambat: refocusing anggaran Covid-19", border=False)
    signature(ws, r + 6, "D", "Rawa Sari, 15 Januari 2021", "Disusun: Kepala Dinas Tanaman Pangan dan Hortikultura",
              "Ir. SUTARNO HADIPRANOTO, M.P.", "Pembina Utama Muda", "19650822 199103 1 007")
    signature(ws, r + 6, "T", "Rawa Sari, 20 Januari 2021", "Dievaluasi: Kepala Bappeda",
              "Drs. M. YUSRAN NASUTION, M.Si.", "Pembina Utama Muda", "19690405 199003 1 011")
    widths(ws, {"A": 4, "B": 24, "C": 28, "D": 38, "E": 8, "K": 15, "U": 15, "AB": 22})
    save(wb, FILE, "ods")


# ---------------------------------------------------------------- 2021: LKjIP ch. III, starts at column C, mixed headers
def y2021():
    FILE, SHEET, Y = "LKjIP 2021 Bab III Distan TPH.xlsx", "Tabel 3.1", 2021
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = SHEET
    put(ws, "C1", "Tabel 3.1", bold=True, border=False)
    put(ws, "C2", "Capaian Indikator Kinerja Utama Dinas Tanaman Pangan dan Hortikultura Tahun 2021", bold=True, border=False)
    put(ws, "C3", "(Performance Achievement of Key Indicators, FY 2021)", border=False)
    for c, h in zip("CDEFGHIJK", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan / Unit", "Target 2021",
                                   "Catatan / Notes", "Actual", "Achievement (%)", "Kategori"]):
        put(ws, f"{c}5", h, bold=True, align="center", wrap=True)
    FORM = object()
    S1 = "Meningkatnya produksi dan produktivitas tanaman pangan"
    rows = [
        (S1, "p01", "Produksi Padi (ton GKG)", "Ton", 190, "angka sementara BPS", 193418, 101.8, "Sangat Tinggi"),
        (None, "p02", "Produktivitas Padi", "ton/ha", T("5,30 ton/ha", 5.3), "konversi dari ku/ha", T("5,41 ton/ha", 5.41), 102.08, "Sangat Tinggi"),
        (None, "p03", "Luas Tanam Padi Sawah", "Ha", 38600, "", 38122, FORM, "Sangat Tinggi"),
        (None, "p04", "Luas Panen", "Ha", 36200, "padi sawah + ladang", 35752, FORM, "Sangat Tinggi"),
        (None, "p05", "Indeks Pertanaman (IP)", "IP", 1.9, "", 1.86, FORM, "Sangat Tinggi"),
        (None, "p06", "Produksi Jagung", "Ton", 27000, "", 25874, FORM, "Sangat Tinggi"),
        ("Meningkatnya kesejahteraan petani tanaman pangan", "p11", "NTP Subsektor Tanaman Pangan", "Indeks", 102.5, "BPS Prov.", 103.12, FORM, "Sangat Tinggi"),
        ("Terkendalinya serangan OPT", "p12", "Luas Serangan OPT Padi", "Ha", 1100, "Indikator negatif (-)", 1187, 92.09, "Sangat Tinggi"),
        (None, "p13", "Persentase Luas Serangan OPT", "%", P(0.028, 2.8), "Indikator negatif (-)", P(0.0311, 3.11), 88.93, "Tinggi"),
        ("Meningkatnya ketersediaan sarana produksi dan kelembagaan petani", "p15",
         "Persentase Ketersediaan Benih Bersertifikat", "%", P(0.9, 90), "", P(0.92, 92), 102.22, "Sangat Tinggi"),
        (None, "p14", "Jumlah Kelompok Tani (Poktan) yang Dibina", "Poktan", 135, "", 135, FORM, "Sangat Tinggi"),
        (None, "p17", "Jumlah Alat dan Mesin Pertanian (Alsintan) yang disalurkan", "Unit", 50, "DAK ditunda", "-", "-", "-"),
        ("Meningkatnya akuntabilitas kinerja", "p18", "Nilai SAKIP Dinas", "Predikat", "BB", "hasil evaluasi Inspektorat", "B", "-", "-"),
    ]
    r, no = 6, 0
    for sas, sid, name, unit, t, note, act, pc, kat in rows:
        no += 1
        put(ws, f"C{r}", no); put(ws, f"D{r}", sas, wrap=True); put(ws, f"E{r}", name, wrap=True); put(ws, f"F{r}", unit)
        tk = putv(ws, f"G{r}", t, NUM); put(ws, f"H{r}", note or None, wrap=True)
        rk = putv(ws, f"I{r}", act, NUM)
        put(ws, f"J{r}", f"=ROUND(I{r}/G{r}*100,2)" if pc is FORM else pc, "0.00")
        put(ws, f"K{r}", kat)
        K.add(FILE, SHEET, f"E{r}", Y, name, sid, tk, rk, f"G{r}", f"I{r}")
        r += 1
    # second table: horticulture, different columns
    r += 2
    put(ws, f"C{r}", "Tabel 3.2 Capaian Indikator Komoditas Hortikultura Tahun 2021", bold=True, border=False)
    r += 1
    for c, h in zip("CDEFGH", ["No", "Indikator", "Unit", "Target", "Realisasi", "%"]):
        put(ws, f"{c}{r}", h, bold=True, align="center")
    r += 1
    rows2 = [
        ("p08", "Produksi Cabai Besar", "Ton", 2450, 2388),
        ("p09", "Produksi Cabai Rawit", "Ton", 1500, 1611),
        ("p10", "Produksi Bawang Merah", "Ton", 3700, 3905),
        ("p19", "Produktivitas Bawang Merah", "ton/ha", T("9,8 ton/ha", 9.8), T("10,15 ton/ha", 10.15)),
        ("p20", "Produktivitas Cabai Besar (ku/ha)", "ku/ha", T("78,50", 78.5), T("81,20", 81.2)),
    ]
    for i, (sid, name, unit, t, act) in enumerate(rows2):
        put(ws, f"C{r}", i + 1); put(ws, f"D{r}", name, wrap=True); put(ws, f"E{r}", unit)
        tk = putv(ws, f"F{r}", t, NUM); rk = putv(ws, f"G{r}", act, NUM)
        if isinstance(t, T):
            put(ws, f"H{r}", round(rk / tk * 100, 2), "0.00")
        else:
            put(ws, f"H{r}", f"=ROUND(G{r}/F{r}*100,2)", "0.00")
        K.add(FILE, SHEET, f"D{r}", Y, name, sid, tk, rk, f"F{r}", f"G{r}")
        r += 1
    put(ws, f"C{r+1}", "Sumber: Laporan Statistik Pertanian (SP) Dinas TPH, diolah", border=False)
    widths(ws, {"A": 3, "B": 3, "C": 5, "D": 30, "E": 40, "F": 10, "G": 12, "H": 22, "I": 12, "J": 14, "K": 14})
    save(wb, FILE, "xlsx")


y2018(); y2019(); y2020(); y2021()
K.save(PLAN)
import json
json.dump(RA2019_RULES, open(f"{RAW}/{FOLDER}_ra2019_rules.json", "w"), indent=1)
print(FOLDER, len(K.rows), "key rows")
