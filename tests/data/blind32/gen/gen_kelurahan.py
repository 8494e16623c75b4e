"""Kelurahan Tanjung Harapan, Kecamatan Rawa Sari, Kab. Sindang Rawa, 2022-2025."""
import openpyxl
from common import *

FOLDER = "kelurahan"
YEARS = [2022, 2023, 2024, 2025]
K = Key("Kelurahan Tanjung Harapan, Kecamatan Rawa Sari, Kabupaten Sindang Rawa", FOLDER, YEARS)
K.ambiguous = [["k13", "k19"]]
PLAN = []
NUM = "#,##0.##"
LURAH = ("RATNA DEWI SARTIKA, S.STP., M.AP.", "Penata Tk. I (III/d)", "19880917 201001 2 003")


def save(wb, final, fmt):
    raw = final.rsplit(".", 1)[0] + ".xlsx"
    wb.save(f"{RAW}/{FOLDER}/{raw}")
    PLAN.append([raw, fmt, final])
    K.files.append(final)


# ------------------------------------------------------------- 2022: IKU table, fractions in 0.00% cells
def y2022():
    FILE, SHEET, Y = "IKU Kelurahan Tanjung Harapan 2022.xlsx", "IKU 2022", 2022
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = SHEET
    put(ws, "A1", "INDIKATOR KINERJA UTAMA (IKU) DAN CAPAIANNYA", bold=True, border=False)
    put(ws, "A2", "KELURAHAN TANJUNG HARAPAN KECAMATAN RAWA SARI", bold=True, border=False)
    put(ws, "A3", "TAHUN 2022", bold=True, border=False)
    for c, h in zip("ABCDEFGH", ["No", "Indikator Kinerja Utama", "Formulasi Perhitungan", "Satuan",
                                  "Target 2022", "Realisasi 2022", "Capaian (%)", "Sumber Data"]):
        put(ws, f"{c}5", h, bold=True, align="center", wrap=True)
    for i, c in enumerate("ABCDEFGH"):
        put(ws, f"{c}6", f"({i+1})", align="center")
    rows = [
        ("k01", "Persentase layanan administrasi selesai tepat waktu", "layanan tepat waktu / total layanan x 100%", "%", P(0.9, 90), P(0.9315, 93.15), "Register layanan"),
        ("k02", "Jumlah RT yang dibina", "jumlah RT yang mendapat pembinaan", "RT", 32, 32, "Seksi Pemerintahan"),
        ("k03", "Jumlah RW yang dibina", "jumlah RW yang mendapat pembinaan", "RW", 8, 8, "Seksi Pemerintahan"),
        ("k04", "Persentase partisipasi masyarakat dalam Musrenbang Kelurahan", "peserta hadir / undangan x 100%", "%", P(0.6, 60), P(0.5825, 58.25), "Daftar hadir"),
        ("k05", "Jumlah usulan Musrenbang yang diakomodir dalam RKPD", "usulan masuk RKPD", "usulan", 15, 11, "SIPD"),
        ("k06", "Persentase Posyandu Aktif", "posyandu aktif / seluruh posyandu x 100%", "%", P(0.8, 80), P(0.8333, 83.33), "Puskesmas"),
        ("k08", "Persentase realisasi penerimaan PBB-P2", "realisasi / pokok ketetapan x 100%", "%", P(0.85, 85), P(0.8764, 87.64), "Bapenda"),
        ("k10", "Persentase RT yang melaksanakan kerja bakti rutin", "RT kerja bakti / jumlah RT x 100%", "%", P(0.75, 75), P(0.8125, 81.25), "Laporan RT"),
        ("k12", "Indeks Kepuasan Masyarakat (IKM)", "survei IKM PermenPAN-RB 14/2017", "nilai", 80, 82.46, "Survei IKM"),
        ("k13", "Mutu pelayanan (predikat IKM)", "konversi nilai IKM", "predikat", "B", "B", "Survei IKM"),
        ("k14", "Jumlah kasus gangguan trantibum", "kasus tercatat", "kasus", 6, 4, "Linmas"),
        ("k15", "Persentase pengaduan masyarakat yang ditindaklanjuti", "pengaduan ditindaklanjuti / pengaduan x 100%", "%", P(1, 100), P(1, 100), "SP4N-LAPOR"),
        ("k16", "Jumlah kegiatan pemberdayaan masyarakat", "kegiatan terlaksana", "kegiatan", 12, 14, "Seksi PM"),
    ]
    r = 7
    for i, (sid, name, form, unit, t, re_, src) in enumerate(rows):
        put(ws, f"A{r}", i + 1); put(ws, f"B{r}", name, wrap=True); put(ws, f"C{r}", form, wrap=True)
        put(ws, f"D{r}", unit)
        tk = putv(ws, f"E{r}", t, NUM); rk = putv(ws, f"F{r}", re_, NUM)
        if sid == "k13":
            put(ws, f"G{r}", "-")
        else:
            put(ws, f"G{r}", f"=F{r}/E{r}", PCT)     # negative k14 also R/T (mistake)
        put(ws, f"H{r}", src)
        K.add(FILE, SHEET, f"B{r}", Y, name, sid, tk, rk, f"E{r}", f"F{r}")
        r += 1
    signature(ws, r + 2, "E", "Tanjung Harapan, 16 Januari 2023", "Lurah Tanjung Harapan,", *LURAH)
    widths(ws, {"A": 5, "B": 46, "C": 34, "D": 9, "E": 11, "F": 11, "G": 11, "H": 16})
    save(wb, FILE, "xlsx")


# ------------------------------------------------------------- 2023: Rencana Aksi with annual realisasi, .ods
def y2023():
    FILE, SHEET, Y = "Renaksi Kelurahan Tanjung Harapan 2023.ods", "Renaksi 2023", 2023
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = SHEET
    put(ws, "A1", "RENCANA AKSI DAN REALISASI KINERJA TRIWULANAN", bold=True, border=False)
    put(ws, "A2", "KELURAHAN TANJUNG HARAPAN - KECAMATAN RAWA SARI", bold=True, border=False)
    put(ws, "A3", "TAHUN 2023", bold=True, border=False)
    merge(ws, "A5:A6", "No"); merge(ws, "B5:B6", "Sasaran"); merge(ws, "C5:C6", "Indikator Kinerja")
    merge(ws, "D5:D6", "Satuan"); merge(ws, "E5:E6", "Target 2023")
    tw = [("F", "G", "H"), ("I", "J", "K"), ("L", "M", "N"), ("O", "P", "Q")]
    for i, (a, b, c) in enumerate(tw):
        merge(ws, f"{a}5:{c}5", f"TW {['I','II','III','IV'][i]}")
        put(ws, f"{a}6", "T", bold=True); put(ws, f"{b}6", "R", bold=True); put(ws, f"{c}6", "%", bold=True)
    merge(ws, "R5:R6", "Realisasi s.d. TW IV"); merge(ws, "S5:S6", "Capaian Tahunan (%)"); merge(ws, "T5:T6", "Keterangan")
    SA = "Meningkatnya kualitas pelayanan publik kelurahan"
    SB = "Meningkatnya partisipasi dan keberdayaan masyarakat"
    SC = "Terwujudnya lingkungan kelurahan yang bersih, sehat dan tertib"
    D = "-"
    rows = [
        (SA, "k01", "Prosentase pelayanan administrasi yang diselesaikan tepat waktu", "%", 91, [91, 91, 91, 91], [88.5, 90.2, 92.7, 94.05], 93.4, "rata-rata tahunan"),
        (None, "k12", "Nilai IKM Kelurahan", "nilai", 81, [D, D, D, 81], [D, D, D, 83.05], 83.05, ""),
        (SB, "k02", "Jumlah RT yg dibina", "RT", 32, [8, 16, 24, 32], [8, 16, 24, 32], 32, "kumulatif"),
        (None, "k03", "Jumlah RW yg dibina", "RW", 8, [2, 4, 6, 8], [2, 4, 6, 8], 8, "kumulatif"),
        (None, "k04", "Persentase Partisipasi Musrenbang Kelurahan", "%", 62, [62, D, D, D], [64.3, D, D, D], 64.3, "Musrenbang Januari"),
        (None, "k05", "Jumlah usulan Musrenbang kelurahan yang diakomodir", "usulan", 15, [D, D, D, 15], [D, D, D, 13], 13, ""),
        (None, "k16", "Jumlah kegiatan pemberdayaan masyarakat", "kegiatan", 12, [3, 3, 3, 3], [2, 4, 3, 5], "SUM", ""),
        (None, "k17", "Jumlah lembaga kemasyarakatan kelurahan yang aktif (LPM, PKK, Karang Taruna, RT/RW)", "lembaga", 44, [44, 44, 44, 44], [44, 44, 44, 44], 44, ""),
        (None, "k08", "Persentase realisasi PBB-P2", "%", 88, [10, 35, 65, 88], [8.2, 31.4, 60.9, 90.12], 90.12, "kumulatif"),
        (None, "k09", "Jumlah SPPT PBB yang terdistribusi", "lembar", T("1.850 lembar", 1850), [T("1.850", 1850), D, D, D], [T("1.812", 1812), D, D, D], T("1.812 lembar", 1812), ""),
        (SC, "k07", "Jumlah Posyandu aktif", "posyandu", 12, [12, 12, 12, 12], [10, 11, 11, 11], 11, ""),
        (None, "k06", "Persentase posyandu aktif", "%", 85, [85, 85, 85, 85], [83.33, 91.67, 91.67, 91.67], 91.67, ""),
        (None, "k10", "Persentase RT melaksanakan kerja bakti rutin (Jumat Bersih)", "%", 78, [78, 78, 78, 78], [75, 78.13, 81.25, 84.38], 84.38, ""),
        (None, "k11", "Jumlah bank sampah aktif", "unit", 3, [2, 2, 3, 3], [2, 2, 3, 3], 3, ""),
        (None, "k14", "Jumlah kasus gangguan ketentraman dan ketertiban umum", "kasus", 5, [2, 1, 1, 1], [1, 0, 2, 1], "SUM", "indikator negatif"),
    ]
    r, first = 7, {}
    for i, (sas, sid, name, unit, tgt, tq, rq, ann, ket) in enumerate(rows):
        put(ws, f"A{r}", i + 1); put(ws, f"B{r}", sas, wrap=True)
        put(ws, f"C{r}", name, wrap=True); put(ws, f"D{r}", unit)
        tk = putv(ws, f"E{r}", tgt, NUM)
        for (a, b, c), t, re_ in zip(tw, tq, rq):
            tv = putv(ws, f"{a}{r}", t, NUM); rv = putv(ws, f"{b}{r}", re_, NUM)
            if tv is not None and rv is not None and tv != 0:
                put(ws, f"{c}{r}", f"=ROUND({b}{r}/{a}{r}*100,2)", "0.00")
            else:
                put(ws, f"{c}{r}", "-")
        if ann == "SUM":
            put(ws, f"R{r}", f"=G{r}+J{r}+M{r}+P{r}", NUM)
            rk = sum(v for v in rq if isinstance(v, (int, float)))
        else:
            rk = putv(ws, f"R{r}", ann, NUM)
        if sid == "k14":
            put(ws, f"S{r}", f"=ROUND((2*E{r}-R{r})/E{r}*100,2)", "0.00")
        elif sid == "k09":
            put(ws, f"S{r}", 97.95, "0.00")
        else:
            put(ws, f"S{r}", f"=ROUND(R{r}/E{r}*100,2)", "0.00")
        put(ws, f"T{r}", ket or None)
        K.add(FILE, SHEET, f"C{r}", Y, name, sid, tk, rk, f"E{r}", f"R{r}")
        r += 1
    signature(ws, r + 2, "O", "Tanjung Harapan, 12 Januari 2024", "Lurah Tanjung Harapan,", *LURAH)
    widths(ws, {"A": 4, "B": 28, "C": 44, "D": 9, "E": 11, "R": 12, "S": 12, "T": 18})
    save(wb, FILE, "ods")


# ------------------------------------------------------------- 2024: E.81 15-column scheme, .xls
def y2024():
    FILE, SHEET, Y = "Evaluasi Renja Kel Tanjung Harapan 2024.xls", "Evaluasi Renja TW4", 2024
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = SHEET
    put(ws, "A1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", bold=True, border=False)
    put(ws, "A2", "KELURAHAN TANJUNG HARAPAN (UNIT KERJA KECAMATAN RAWA SARI) KABUPATEN SINDANG RAWA", bold=True, border=False)
    put(ws, "A3", "TRIWULAN IV TAHUN ANGGARAN 2024", bold=True, border=False)
    H = [("A5:A7", "No"), ("B5:B7", "Sasaran"), ("C5:C7", "Program / Kegiatan / Sub Kegiatan"),
         ("D5:D7", "Indikator Kinerja"), ("E5:E7", "Satuan"),
         ("F5:G6", "Target Renstra PD Tahun 2026"), ("H5:I6", "Realisasi Renstra PD s/d Renja Tahun 2023"),
         ("J5:K6", "Target Renja PD Tahun 2024"), ("L5:S5", "Realisasi Kinerja Pada Triwulan"),
         ("T5:U6", "Realisasi Capaian Kinerja dan Anggaran Renja 2024"),
         ("V5:W6", "Realisasi Kinerja dan Anggaran Renstra s/d 2024"),
         ("X5:Y6", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s/d 2024 (%)"), ("Z5:Z7", "Unit PD Penanggung Jawab")]
    for rng, t in H:
        merge(ws, rng, t)
    for a, b, t in [("L", "M", "I"), ("N", "O", "II"), ("P", "Q", "III"), ("R", "S", "IV")]:
        merge(ws, f"{a}6:{b}6", t)
    for c in ["F", "H", "J", "L", "N", "P", "R", "T", "V", "X"]:
        nxt = get_column_letter(openpyxl.utils.column_index_from_string(c) + 1)
        put(ws, f"{c}7", "K", bold=True); put(ws, f"{nxt}7", "Rp", bold=True)
    for c, n in {"A": 1, "B": 2, "C": 3, "D": 4, "F": 5, "H": 6, "J": 7, "L": 8, "N": 9, "P": 10, "R": 11,
                 "T": "12 = 8+9+10+11", "V": "13 = 6 + 12", "X": "14 = 13/5 x 100", "Z": 15}.items():
        put(ws, f"{c}8", n, align="center")
    D = "-"
    SA = "Meningkatnya kualitas pelayanan publik kelurahan"
    SB = "Meningkatnya partisipasi dan keberdayaan masyarakat"
    SC = "Terwujudnya lingkungan yang bersih, sehat, tenteram dan tertib"
    # rule: 'iv' T = R ; 'sum' T = SUM(L,N,P,R) ; 'iii' T = P (mistake)
    rows = [
        (SA, "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "k01",
         "Persentase Layanan Administrasi Kelurahan Selesai Tepat Waktu", "%", 95, 94.05, 92, [91.2, 93.5, 94.1, 95.36], "iv", (185000000, [32000000, 51000000, 47500000, 49800000])),
        (None, None, "k12", "Indeks Kepuasan Masyarakat (IKM) Pelayanan Kelurahan", "Nilai", 85, 83.05, 82, [D, D, D, 84.71], "iv", None),
        (None, None, "k15", "Persentase Pengaduan Masyarakat yang Ditindaklanjuti", "%", 100, 100, 100, [100, 100, 100, 100], "iv", None),
        (SB, "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "k04",
         "Persentase Partisipasi Masyarakat pada Musrenbang Kelurahan", "%", 70, 64.3, 65, [67.85, D, D, D], "sum", (240000000, [40000000, 62000000, 58000000, 71250000])),
        (None, None, "k05", "Jumlah Usulan Musrenbang Kelurahan yang Diakomodir", "Usulan", 15, 13, 15, [D, D, D, 12], "sum", None),
        (None, None, "k16", "Jumlah Kegiatan Pemberdayaan Masyarakat Kelurahan", "Kegiatan", 15, 14, 14, [3, 4, 4, 5], "sum", None),
        (None, None, "k02", "Jumlah RT yang Dibina", "RT", 32, 32, 32, [8, 8, 8, 8], "sum", None),
        (None, None, "k03", "Jumlah RW yang Dibina", "RW", 8, 8, 8, [2, 2, 2, 2], "sum", None),
        (None, None, "k17", "Jumlah Lembaga Kemasyarakatan yang Aktif", "Lembaga", 44, 44, 44, [D, D, D, 44], "sum", None),
        (SC, "PROGRAM PENINGKATAN KESEHATAN DAN LINGKUNGAN KELURAHAN", "k06",
         "Persentase Posyandu Aktif", "%", 100, 91.67, 92, [83.33, 91.67, 91.67, 100], "iii", (96000000, [15000000, 27000000, 24000000, 28900000])),
        (None, None, "k07", "Jumlah Posyandu Aktif", "Posyandu", 12, 11, 12, [D, D, D, 12], "sum", None),
        (None, None, "k10", "Persentase RT yang Melaksanakan Kerja Bakti Rutin", "%", 90, 84.38, 80, [78.13, 81.25, 84.38, 87.5], "iv", None),
        (None, None, "k11", "Jumlah Bank Sampah Aktif", "Unit", 5, 3, 4, [D, D, D, 4], "sum", None),
        (None, "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", "k14",
         "Jumlah Kasus Gangguan Trantibum", "Kasus", 3, 4, 5, [1, 2, 0, 1], "sum", (54000000, [9000000, 15000000, 13500000, 15200000])),
        (None, "Sub Kegiatan Fasilitasi Pemungutan PBB-P2", "k08",
         "Persentase Realisasi PBB-P2 Kelurahan", "%", 95, 90.12, 90, [12.4, 38.9, 66.1, 93.58], "iv", (38000000, [12000000, 8000000, 8500000, 9100000])),
        (None, None, "k09", "Jumlah SPPT PBB-P2 Terdistribusi", "Lembar", 1900, 1812, 1870, [1846, D, D, D], "sum", None),
    ]
    r = 9
    for i, (sas, prog, sid, name, unit, ren, lalu, tgt, q, rule, bud) in enumerate(rows):
        put(ws, f"A{r}", i + 1); put(ws, f"B{r}", sas, wrap=True); put(ws, f"C{r}", prog, wrap=True)
        put(ws, f"D{r}", name, wrap=True); put(ws, f"E{r}", unit)
        put(ws, f"F{r}", ren, NUM); put(ws, f"H{r}", lalu, NUM)
        tk = putv(ws, f"J{r}", tgt, NUM)
        qv = [putv(ws, f"{c}{r}", v, NUM) for c, v in zip("LNPR", q)]
        if rule == "iv":
            put(ws, f"T{r}", f"=R{r}", NUM); rk = qv[3]
        elif rule == "iii":
            put(ws, f"T{r}", f"=P{r}", NUM); rk = qv[2]
        else:
            put(ws, f"T{r}", f"=SUM(L{r},N{r},P{r},R{r})", NUM); rk = sum(v or 0 for v in qv)
        put(ws, f"V{r}", f"=H{r}+T{r}" if unit in ("Kegiatan", "Usulan") else f"=T{r}", NUM)
        put(ws, f"X{r}", f"=ROUND(V{r}/F{r}*100,2)", "0.00")
        if bud:
            put(ws, f"K{r}", bud[0], "#,##0")
            for c, v in zip("MOQS", bud[1]):
                put(ws, f"{c}{r}", v, "#,##0")
            put(ws, f"U{r}", f"=M{r}+O{r}+Q{r}+S{r}", "#,##0")
        put(ws, f"Z{r}", "Kelurahan Tanjung Harapan" if i == 0 else None)
        K.add(FILE, SHEET, f"D{r}", Y, name, sid, tk, rk, f"J{r}", f"T{r}")
        r += 1
    put(ws, f"D{r+1}", "Rata-rata capaian kinerja Renstra (%)", bold=True)
    put(ws, f"X{r+1}", f"=ROUND(AVERAGE(X9:X{r-1}),1)", "0.0")
    put(ws, f"D{r+2}", "Predikat kinerja", bold=True); put(ws, f"X{r+2}", "Sangat Tinggi")
    signature(ws, r + 4, "D", "Tanjung Harapan, 10 Januari 2025", "Disusun: Lurah Tanjung Harapan", *LURAH)
    signature(ws, r + 4, "T", "Rawa Sari, 14 Januari 2025", "Dievaluasi: Camat Rawa Sari",
              "ARDIANSYAH PUTRA, S.Sos., M.Si.", "Pembina (IV/a)", "19800203 200501 1 009")
    widths(ws, {"A": 4, "B": 26, "C": 30, "D": 40, "E": 9, "K": 14, "U": 14, "Z": 20})
    save(wb, FILE, "xls")


# ------------------------------------------------------------- 2025: PK Pengukuran Kinerja, values typed with units
def y2025():
    FILE, SHEET, Y = "Pengukuran Kinerja Kel Tanjung Harapan 2025.xlsx", "PK 2025", 2025
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = SHEET
    for i, t in enumerate(["PENGUKURAN KINERJA", "KELURAHAN TANJUNG HARAPAN", "KECAMATAN RAWA SARI KABUPATEN SINDANG RAWA", "TAHUN 2025"]):
        put(ws, f"A{i+1}", t, bold=True, border=False)
    merge(ws, "A6:A7", "No"); merge(ws, "B6:B7", "Sasaran Strategis"); merge(ws, "C6:C7", "Indikator Kinerja")
    merge(ws, "D6:F6", "Tahun 2025")
    for c, h in zip("DEF", ["Target", "Realisasi", "%"]):
        put(ws, f"{c}7", h, bold=True, align="center")
    SA = "Meningkatnya kualitas pelayanan publik kelurahan"
    SB = "Meningkatnya partisipasi dan keberdayaan masyarakat"
    SC = "Terwujudnya lingkungan yang bersih, sehat, tenteram dan tertib"
    SD = "Meningkatnya tata kelola kantor kelurahan"
    rows = [
        (SA, "k01", "Persentase Layanan Administrasi Selesai Tepat Waktu", T("93 %", 93), T("96,12 %", 96.12), "103,35"),
        (None, "k12", "Indeks Kepuasan Masyarakat", 83, T("85,27", 85.27), "102,73"),
        (None, "k19", "Predikat Pelayanan Publik (IKM)", "Baik", "Sangat Baik", "100"),
        (None, "k15", "Persentase pengaduan masyarakat yang ditindaklanjuti", T("100 %", 100), T("100 %", 100), "100"),
        (SB, "k02", "Jumlah RT yang dibina", T("32 RT", 32), T("32 RT", 32), "100"),
        (None, "k03", "Jumlah RW yang dibina", T("8 RW", 8), T("8 RW", 8), "100"),
        (None, "k04", "Tingkat partisipasi masyarakat dalam Musrenbang Kelurahan", T("66 %", 66), T("64,5 %", 64.5), "97,73"),
        (None, "k05", "Usulan Musrenbang Kelurahan yang diakomodir", T("15 usulan", 15), T("9 usulan", 9), "60"),
        (None, "k16", "Jumlah kegiatan pemberdayaan masyarakat", T("15 kegiatan", 15), "-", "-"),
        (None, "k17", "Jumlah lembaga kemasyarakatan yang aktif", T("440 lembaga", 440), T("44 lembaga", 44), "10"),
        (None, "k08", "Persentase Realisasi PBB-P2", T("92 %", 92), T("95,41 %", 95.41), "105,41"),
        (None, "k09", "Jumlah SPPT PBB-P2 yang terdistribusi", T("1.900 lembar", 1900), T("1.874 lembar", 1874), "98,63"),
        (SC, "k06", "Persentase Posyandu Aktif", T("92 %", 92), T("100 %", 100), "108,70"),
        (None, "k07", "Jumlah Posyandu Aktif", T("12 posyandu", 12), T("12 posyandu", 12), "100"),
        (None, "k10", "Persentase RT melaksanakan kerja bakti rutin", T("85 %", 85), T("90,63 %", 90.63), "106,62"),
        (None, "k11", "Jumlah bank sampah aktif", T("5 unit", 5), T("4 unit", 4), "80"),
        (None, "k14", "Jumlah kasus gangguan ketentraman dan ketertiban umum (trantibum)", T("4 kasus", 4), T("6 kasus", 6), "50"),
        (SD, "k18", "Persentase sarana dan prasarana kantor kelurahan dalam kondisi baik", T("90 %", 90), T("88,24 %", 88.24), "98,04"),
    ]
    r = 8
    for i, (sas, sid, name, t, re_, pc) in enumerate(rows):
        put(ws, f"A{r}", i + 1); put(ws, f"B{r}", sas, wrap=True); put(ws, f"C{r}", name, wrap=True)
        tk = putv(ws, f"D{r}", t, NUM); rk = putv(ws, f"E{r}", re_, NUM)
        put(ws, f"F{r}", pc)
        K.add(FILE, SHEET, f"C{r}", Y, name, sid, tk, rk, f"D{r}", f"E{r}")
        r += 1
    put(ws, f"B{r+1}", "Jumlah Anggaran Tahun 2025 : Rp. 598.450.000", border=False)
    put(ws, f"B{r+2}", "Jumlah Realisasi Anggaran Tahun 2025 : Rp. 571.902.300", border=False)
    signature(ws, r + 4, "D", "Tanjung Harapan, 31 Desember 2025", "Lurah Tanjung Harapan,", *LURAH)
    widths(ws, {"A": 4, "B": 30, "C": 50, "D": 14, "E": 14, "F": 10})
    save(wb, FILE, "xlsx")


y2022(); y2023(); y2024(); y2025()
K.save(PLAN)
print(FOLDER, len(K.rows), "key rows")
