"""Agency 3: UPTD Pengelolaan Hutan Kota dan Kebun Bibit, Kabupaten Gunung Sarimbun, 2019-2022.

Files
  Matriks Renstra dan Capaian 2019 UPTD Hutan Kota.xlsx  'Renstra & Capaian 2019' (six years of
                                                          targets + realisasi 2019), 'Catatan',
                                                          hidden 'Renstra 2014-2018'
  Rekap Bulanan Kinerja Hutan Kota 2020.ods              'Rekap Bulanan 2020' (months across,
                                                          'Realisasi s.d. Des' column)
  PK dan Capaian Hutan Kota 2021-2022.xls                'RA 2021' (Bone-style blocks: Target
                                                          Tahunan + TW 1 (B03) .. TW 4 (B12)),
                                                          'Capaian IKU 2022' (numbered list form),
                                                          hidden 'Sheet3'
"""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from common import (ACC, BOLD, CENTER, DASH, GREEN, GREY, NUM0, NUM2, PCT0, PCT1, WRAP, F, Key, N, P,
                    RP, T, TP, TU, agg, box, deliver, idn, merge, put, widths)
from openpyxl.utils import get_column_letter

SLUG = "uptd_hutan_kota_kab_gunung_sarimbun"
AGENCY = "UPTD Pengelolaan Hutan Kota dan Kebun Bibit Kabupaten Gunung Sarimbun"
K = Key(SLUG, AGENCY, [2019, 2020, 2021, 2022])
K.ambiguous = [["H07", "H07b"]]
FLOW = {"H01", "H02", "H04", "H05", "H07", "H07b", "H08", "H09", "H12", "H13", "H18", "H20", "H21", "H23",
        "H24"}
LEVEL = {"H03", "H06", "H10", "H11", "H14", "H15", "H16", "H17", "H19"}
K.flow_ids, K.level_ids = FLOW, LEVEL

SAS = {
    1: "Meningkatnya ketersediaan bibit tanaman berkualitas",
    2: "Meningkatnya luas dan kualitas ruang terbuka hijau hutan kota",
    3: "Meningkatnya partisipasi masyarakat dalam pengelolaan hutan kota",
}
HEAD = ("AGUS PRIYAMBODO, S.Hut., M.Sc.", "Penata Tk. I", "NIP. 19810405 200604 1 012")


def sign(ws, row, c, place_date, head=HEAD):
    ws[f"{c}{row}"] = place_date
    ws[f"{c}{row + 1}"] = "Kepala UPTD Pengelolaan Hutan Kota"
    ws[f"{c}{row + 2}"] = "dan Kebun Bibit,"
    ws[f"{c}{row + 6}"] = head[0]
    ws[f"{c}{row + 6}"].font = Font(bold=True, underline="single")
    ws[f"{c}{row + 7}"] = head[1]
    ws[f"{c}{row + 8}"] = head[2]


# ---------------------------------------------------------------- 2019: Renstra matrix
def renstra2019(fname):
    wb = Workbook()
    ws = wb.active
    ws.title = "Renstra & Capaian 2019"
    sh = ws.title
    widths(ws, {"A": 5, "B": 28, "C": 40, "D": 9, "E": 12, "L": 13, "M": 13, "N": 11, "O": 20})
    for c in "FGHIJK":
        ws.column_dimensions[c].width = 12
    merge(ws, "A1:O1", "MATRIKS RENCANA STRATEGIS 2019-2024 DAN CAPAIAN KINERJA TAHUN 2019", bold=True)
    merge(ws, "A2:O2", "UPTD PENGELOLAAN HUTAN KOTA DAN KEBUN BIBIT", bold=True)
    merge(ws, "A3:O3", "DINAS LINGKUNGAN HIDUP KABUPATEN GUNUNG SARIMBUN", bold=True)
    for c, t in zip("ABCDELMNO", ["No", "Tujuan / Sasaran", "Indikator Kinerja", "Satuan", "Kondisi Awal (2018)",
                                  "Kondisi Akhir Renstra (2024)", "Realisasi 2019", "Capaian 2019 (%)", "Ket."]):
        merge(ws, f"{c}5:{c}6", t, bold=True, fill=GREY)
    merge(ws, "F5:K5", "Target Kinerja Tahun", bold=True, fill=GREY)
    for c, y in zip("FGHIJK", range(2019, 2025)):
        ws[f"{c}6"] = y
        ws[f"{c}6"].alignment = CENTER
        ws[f"{c}6"].font = BOLD
        ws[f"{c}6"].fill = GREY
    for i, c in enumerate("ABCDEFGHIJKLMNO", start=1):
        ws[f"{c}7"] = f"({i})"
        ws[f"{c}7"].alignment = CENTER
    merge(ws, "A8:O8", "TUJUAN : Terwujudnya kualitas lingkungan hidup perkotaan yang hijau, teduh dan lestari",
          bold=True, align=Alignment(horizontal="left"), fill=GREEN)
    # (id, name, unit, awal, [t2019..t2024], akhir, realisasi)
    S1 = [
        ("H01", "Jumlah bibit tanaman yang diproduksi", "batang", N(120000, NUM0),
         [N(150000, NUM0), 160000, 170000, 180000, 190000, 200000], N(200000, NUM0), N(158420, NUM0)),
        ("H02", "Jumlah bibit tanaman yang disalurkan", "batang", N(98000, NUM0),
         [N(120000, NUM0), 130000, 135000, 140000, 150000, 160000], N(160000, NUM0), N(131775, NUM0)),
        ("H19", "Persentase bibit yang memenuhi standar mutu", "%", "80 %",
         [T("≥ 85 %", 85), "≥ 86 %", "≥ 87 %", "≥ 88 %", "≥ 89 %", "≥ 90 %"], "≥ 90 %", P(.872)),
        ("H15", "Jumlah sumber benih bersertifikat", "unit", 1, [N(2), 3, 3, 4, 4, 5], 5, N(2)),
        ("H18", "Volume kompos yang diproduksi", "ton", 32, [N(40), 45, 48, 50, 52, 55], 55, N(43.5, "0.0")),
    ]
    S2 = [
        ("H03", "Luas hutan kota\nyang dikelola", "Ha", N(46.2, NUM2),
         [N(48.5, NUM2), 51, 53.5, 56, 58.5, 61], N(61, NUM2), N(48.5, NUM2)),
        ("H04", "Penambahan luas hutan kota baru", "Ha", 1.8, [N(2.5, "0.0"), 2.5, 2.5, 2.5, 2.5, 2.5], "15 Ha",
         N(3.2, "0.0")),
        ("H05", "Jumlah pohon yang ditanam di hutan kota dan RTH", "batang", N(5200, NUM0),
         [N(6000, NUM0), 6500, 7000, 7500, 8000, 8500], "43.500", N(6385, NUM0)),
        ("H06", "Persentase tumbuh tanaman", "%", 76, [N(80), 80, 82, 83, 84, 85], 85, N(83.6)),
        ("H10", "Jumlah jenis tanaman koleksi", "jenis", 110, [N(115), 120, 126, 130, 135, 140], 140, N(118)),
        ("H11", "Persentase tutupan tajuk hutan kota", "%", "28 %",
         [T("30-35", 30), "33-36", "35-38", "37-40", "38-41", "40-42"], "40-42", N(33.8)),
        ("H14", "Jumlah pohon pelindung yang dipelihara", "batang", N(12000, NUM0),
         [N(12500, NUM0), 13000, 13500, 14000, 14500, 15000], N(15000, NUM0), N(12730, NUM0)),
    ]
    S3 = [
        ("H07", "Jumlah pengunjung hutan kota", "orang", N(41250, NUM0),
         [N(45000, NUM0), 55000, 60000, 65000, 70000, 75000], N(75000, NUM0), N(52318, NUM0)),
        ("H08", "Jumlah pohon yang diadopsi", "pohon", 320, [N(500), 550, 600, 650, 700, 750], "3.750", N(468)),
        ("H12", "Jumlah kegiatan edukasi lingkungan", "kali", 10, [N(120), 14, 16, 18, 20, 22], "102", N(13)),
        ("H23", "Jumlah penyuluhan kehutanan kepada masyarakat", "kali", 20, [N(24), 24, 24, 24, 24, 24], "144",
         N(26)),
        ("H16", "Jumlah kelompok masyarakat peduli hutan kota", "kelompok", 6, [N(8), 10, 12, 14, 16, 18], 18,
         N(9)),
        ("H13", "Pendapatan retribusi hutan kota", "Rp", "Rp 598.400.000",
         [RP(650000000), "Rp 700.000.000", "Rp 750.000.000", "Rp 800.000.000", "Rp 850.000.000",
          "Rp 900.000.000"], "Rp 4.650.000.000", RP(712350000)),
        ("H20", "Jumlah dokumen perencanaan dan pelaporan", "dokumen", 6, [N(6), 6, 6, 6, 6, 6], 36, N(6)),
    ]
    r = 9
    no = 1
    for s, items in ((1, S1), (2, S2), (3, S3)):
        start = r
        for (iid, name, unit, awal, ts, akhir, rea) in items:
            ws[f"A{r}"] = no
            no += 1
            ws[f"C{r}"] = name
            ws[f"C{r}"].alignment = WRAP
            ws[f"D{r}"] = unit
            put(ws, f"E{r}", awal)
            tv = None
            for j, (c, t) in enumerate(zip("FGHIJK", ts)):
                v = put(ws, f"{c}{r}", t)
                if j == 0:
                    tv = v
                    tcell = t
            put(ws, f"L{r}", akhir)
            rv = put(ws, f"M{r}", rea)
            if tcell.kind in ("num", "pct") and rea.kind in ("num", "pct"):
                ws[f"N{r}"] = f"=ROUND(M{r}/F{r}*100,2)"
            else:
                ws[f"N{r}"] = round(rv / tv * 100, 2) if (tv and rv is not None) else "-"
            K.add(fname, sh, r, 2019, name, iid, tv, rv, ("one", [f"F{r}"]), ("one", [f"M{r}"]), name_col="C")
            r += 1
        merge(ws, f"B{start}:B{r - 1}", f"Sasaran {s} :\n{SAS[s]}", align=WRAP)
    ws[f"O{9 + 11}"] = "target 2019 sesuai dokumen Renstra"
    box(ws, f"A5:O{r - 1}")
    ws[f"B{r + 1}"] = "Keterangan: target tahunan merupakan target per tahun (bukan kumulatif), kecuali " \
                      "luas hutan kota yang dikelola, jumlah jenis koleksi dan jumlah pohon pelindung."
    ws[f"B{r + 1}"].font = Font(italic=True, size=9)
    sign(ws, r + 3, "K", "Sarimbun, 31 Januari 2020")
    n = wb.create_sheet("Catatan")
    n["A1"] = "Catatan:"
    n["A2"] = "Realisasi retribusi 2019 bersumber dari laporan BPKPD (STS s.d. 31 Desember 2019)."
    n["A3"] = "Data pengunjung dari penjualan karcis; pengunjung rombongan sekolah dicatat terpisah."
    h = wb.create_sheet("Renstra 2014-2018")
    h["A1"] = "MATRIKS RENSTRA LAMA 2014-2018 (arsip)"
    h["A3"], h["B3"], h["C3"] = "Jumlah bibit yang diproduksi", 100000, 120000
    h["A4"], h["B4"], h["C4"] = "Luas hutan kota", 40, 46.2
    h.sheet_state = "hidden"
    K.files.append(deliver(wb, SLUG, fname))


# ---------------------------------------------------------------- 2020: monthly recap
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MC = [get_column_letter(5 + i) for i in range(12)]          # E..P


def monthly2020(fname):
    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap Bulanan 2020"
    sh = ws.title
    widths(ws, {"A": 5, "B": 46, "C": 9, "D": 13, "Q": 14, "R": 11, "S": 26})
    for c in MC:
        ws.column_dimensions[c].width = 10
    merge(ws, "A1:S1", "REKAPITULASI BULANAN CAPAIAN INDIKATOR KINERJA TAHUN 2020", bold=True)
    merge(ws, "A2:S2", "UPTD PENGELOLAAN HUTAN KOTA DAN KEBUN BIBIT KABUPATEN GUNUNG SARIMBUN", bold=True)
    ws["A3"] = "Posisi data: 31 Desember 2020"
    for c, t in zip("ABCDQRS", ["No", "Indikator Kinerja", "Satuan", "Target 2020", "Realisasi s.d. Des 2020",
                                "Capaian (%)", "Keterangan"]):
        merge(ws, f"{c}5:{c}6", t, bold=True, fill=GREY)
    merge(ws, "E5:P5", "Realisasi Bulan", bold=True, fill=GREY)
    for c, m in zip(MC, MONTHS):
        ws[f"{c}6"] = m
        ws[f"{c}6"].alignment = CENTER
        ws[f"{c}6"].fill = GREY

    def q(mar=None, jun=None, sep=None, des=None):
        v = [None] * 12
        v[2], v[5], v[8], v[11] = mar, jun, sep, des
        return v

    d = DASH
    # (id, name, unit, target, months(12 Cells or None), mode, ket)
    # mode: 'sum' (=SUM(E:P)), 'last' (=P), 'sum11' (wrong: =SUM(E:O)), ('typed', Cell)
    S1 = [
        ("H01", "Jumlah bibit yg diproduksi (batang)", "batang", N(160000, NUM0),
         [N(v, NUM0) for v in (9850, 11200, 14300, 16750, 15100, 13900, 12400, 14800, 15350, 13600, 12100, 9980)],
         "sum", ""),
        ("H02", "Jumlah bibit yg disalurkan ke masyarakat (batang)", "batang", N(130000, NUM0),
         [N(v, NUM0) for v in (6200, 7450, 12800, 15600, 9800, 8300, 6900, 11250, 14600, 16900, 12750, 5400)],
         "sum", ""),
        ("H19", "Prosentase bibit sesuai standar mutu", "%", P(.86, PCT0),
         q(P(.861), P(.874), P(.88), P(.889)), "last", "uji mutu triwulanan"),
        ("H15", "Jumlah sumber benih yang tersertifikasi", "unit", N(3), q(None, N(2), None, N(3)), "last", ""),
        ("H18", "Volume produksi kompos (ton)", "ton", N(45),
         [N(v) for v in (3.2, 3.5, 3.9, 4.1, 3.8, 3.6, 3.9, 4.2, 4.0, 4.3, 3.7, 3.4)], "sum", ""),
    ]
    S2 = [
        ("H03", "Luas hutan kota yg dikelola (Ha)", "Ha", N(51, NUM2),
         q(N(48.5, NUM2), N(48.5, NUM2), N(50.9, NUM2), N(51.7, NUM2)), "last", ""),
        ("H04", "Luas hutan kota baru (Ha)", "Ha", N(2.5, "0.0"),
         [d, d, d, N(1.2, "0.0"), d, d, d, N(1.4, "0.0"), d, d, N(0.8, "0.0"), d], "sum",
         "Taman Kota Sarimbun & Bukit Lengkung"),
        ("H05", "Jumlah pohon yg ditanam", "batang", N(6500, NUM0),
         [N(v) for v in (820, 910, 760, 455, 0, 0, 380, 615, 742, 890, 960, 1014)], "sum11", ""),
        ("H06", "Persentase hidup tanaman hasil penanaman", "%", N(80),
         q(N(78.2), N(81.0), N(82.4), N(84.1)), "last", ""),
        ("H10", "Jumlah jenis koleksi tanaman hutan kota", "jenis", N(120),
         q(N(118), N(119), N(122), N(124)), "last", ""),
        ("H11", "Persentase tutupan kanopi", "%", N(35), q(None, N(34.2), None, N(35.6)), "last",
         "pengukuran semesteran (citra drone)"),
        ("H14", "Jumlah pohon peneduh yg dipelihara", "batang", N(13000, NUM0),
         q(N(12730, NUM0), N(12900, NUM0), N(13050, NUM0), N(13210, NUM0)), "last", ""),
    ]
    S3 = [
        ("H07", "Jumlah pengunjung hutan kota (orang)", "orang", N(55000, NUM0),
         [N(5210, NUM0), N(4980, NUM0), N(2105, NUM0), d, d, d, N(1250, NUM0), N(2340, NUM0), N(2880, NUM0),
          N(3410, NUM0), N(3920, NUM0), N(4615, NUM0)], "sum", "ditutup April-Juni (PSBB)"),
        ("H08", "Jumlah pohon yg diadopsi masyarakat/lembaga", "pohon", N(550),
         [N(v) for v in (22, 35, 41, 18, 12, 20, 48, 63, 71, 66, 84, 54)], ("typed", N(512)), ""),
        ("H09", "Jumlah pengadopsi pohon (orang/lembaga)", "orang/lembaga", N(150),
         [N(v) for v in (6, 9, 11, 5, 3, 6, 13, 17, 19, 18, 22, 15)], "sum", ""),
        ("H12", "Jumlah kegiatan edukasi lingkungan hidup bagi pelajar", "kali", N(14),
         [N(2), N(2), N(1), d, d, d, N(1), N(1), N(2), N(2), N(2), N(1)], "sum", ""),
        ("H23", "Jumlah kegiatan penyuluhan kehutanan bagi masyarakat", "kali", N(24),
         [N(2), N(2), N(2), N(1), N(1), N(2), N(2), N(2), N(2), N(2), N(3), N(2)], "sum", ""),
        ("H16", "Jumlah kelompok masyarakat peduli hutan kota yg aktif", "kelompok", N(10),
         q(None, N(9), None, N(11)), "last", ""),
        ("H17", "Indeks kepuasan pengunjung", "nilai", N(80, NUM2), q(None, None, None, N(82.7, NUM2)), "last",
         "survei Desember"),
        ("H13", "Jumlah pendapatan retribusi masuk hutan kota (Rp)", "Rp", N(700000000, ACC),
         [N(v, ACC) for v in (74250000, 70900000, 31480000, 0, 0, 0, 18750000, 35100000, 43200000, 51150000,
                              58800000, 69225000)], "sum", ""),
        ("H20", "Jumlah dokumen perencanaan & pelaporan", "dokumen", N(6),
         [N(1), None, N(1), None, None, N(1), N(1), None, N(1), None, None, N(1)], "sum", ""),
    ]
    r = 7
    no = 1
    for s, items in ((1, S1), (2, S2), (3, S3)):
        merge(ws, f"A{r}:S{r}", f"SASARAN {s} : {SAS[s]}", bold=True, align=Alignment(horizontal="left"),
              fill=GREEN)
        r += 1
        for (iid, name, unit, tgt, months, mode, ket) in items:
            ws[f"A{r}"] = no
            no += 1
            ws[f"B{r}"] = name
            ws[f"B{r}"].alignment = WRAP
            ws[f"C{r}"] = unit
            tv = put(ws, f"D{r}", tgt)
            mv = [None if m is None else put(ws, f"{c}{r}", m) for c, m in zip(MC, months)]
            fmt = next((m.fmt for m in months if m is not None and m.fmt), None)
            if mode == "sum":
                ws[f"Q{r}"] = f"=SUM(E{r}:P{r})"
                rv = agg("sum", mv) or 0
            elif mode == "sum11":
                ws[f"Q{r}"] = f"=SUM(E{r}:O{r})"                 # wrong range: December left out
                rv = agg("sum", mv[:11]) or 0
            elif mode == "last":
                ws[f"Q{r}"] = f"=P{r}"
                rv = mv[11]
                if months[11].kind == "pct":
                    fmt = months[11].fmt
            else:
                rv = put(ws, f"Q{r}", mode[1])                   # total typed over
            if fmt and mode in ("sum", "sum11", "last"):
                ws[f"Q{r}"].number_format = fmt
            if tgt.kind in ("num", "pct"):
                ws[f"R{r}"] = f"=ROUND(Q{r}/D{r}*100,2)"
            ws[f"S{r}"] = ket
            K.add(fname, sh, r, 2020, name, iid, tv, rv, ("one", [f"D{r}"]), ("one", [f"Q{r}"]), name_col="B")
            r += 1
    box(ws, f"A5:S{r - 1}")
    ws[f"B{r + 1}"] = "Kolom Realisasi s.d. Des: indikator jumlah = penjumlahan bulan; indikator persentase, " \
                      "luas, jenis dan indeks = posisi Desember."
    ws[f"B{r + 1}"].font = Font(italic=True, size=9)
    sign(ws, r + 3, "N", "Sarimbun, 8 Januari 2021")
    K.files.append(deliver(wb, SLUG, fname))


# ---------------------------------------------------------------- 2021: Bone-style blocks
def blocks2021(wb, fname):
    ws = wb.active
    ws.title = "RA 2021"
    sh = ws.title
    widths(ws, {"A": 5, "B": 26, "C": 36, "D": 16, "E": 14, "F": 14, "G": 9, "H": 24})
    merge(ws, "A1:H1", "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", bold=True)
    merge(ws, "A2:H2", "UPTD PENGELOLAAN HUTAN KOTA DAN KEBUN BIBIT KABUPATEN GUNUNG SARIMBUN", bold=True)
    merge(ws, "A3:H3", "TAHUN ANGGARAN 2021", bold=True)
    for c, t in zip("ABCH", ["No", "Sasaran Strategis", "Indikator Sasaran", "Unit Kerja / Penanggung Jawab"]):
        merge(ws, f"{c}5:{c}6", t, bold=True, fill=GREY)
    merge(ws, "D5:G5", "Kriteria Keberhasilan Sasaran (Target Tahunan & Triwulan)", bold=True, fill=GREY)
    for c, t in zip("DEFG", ["", "Target", "Realisasi Kinerja", "%"]):
        ws[f"{c}6"] = t or None
        ws[f"{c}6"].fill = GREY
        ws[f"{c}6"].font = BOLD
    for i, c in enumerate("ABCDEFGH", start=1):
        ws[f"{c}7"] = i
        ws[f"{c}7"].alignment = CENTER
    d = DASH
    # (id, name, unit, annual target, [quarter targets], [quarter realisasi], pj)
    S1 = [
        ("H01", "Produksi bibit tanaman kehutanan dan MPTS", N(165000, NUM0), [40000, 45000, 45000, 35000],
         [N(38760, NUM0), N(47115, NUM0), N(44980, NUM0), N(37650, NUM0)], "Kasi Kebun Bibit"),
        ("H02", "Penyaluran bibit tanaman kepada masyarakat", N(135000, NUM0), [30000, 40000, 40000, 25000],
         [N(29400, NUM0), N(41260, NUM0), N(38905, NUM0), N(30118, NUM0)], "Kasi Kebun Bibit"),
        ("H19", "Persentase bibit bermutu (standar SNI)", N(87), [87, 87, 87, 87],
         [N(86), N(87), N(87.5), N(0.88)], "Kasi Kebun Bibit"),                 # TW 4 typed as fraction
        ("H15", "Sumber benih bersertifikat (unit)", N(3), ["-", 3, "-", 3], [d, N(3), d, N(4)], "Kasi Kebun Bibit"),
        ("H18", "Kompos yang diproduksi (ton)", N(48), [12, 12, 12, 12],
         [N(11.5), N(12.8), N(12.1), N(13.4)], "Kasi Kebun Bibit"),
    ]
    S2 = [
        ("H03", "Luas total hutan kota yang dikelola UPTD", TU(53.5, "Ha"), ["51,7 Ha", "52 Ha", "53 Ha", "53,5 Ha"],
         [TU(51.7, "Ha"), TU(52.6, "Ha"), TU(53.9, "Ha"), TU(53.9, "Ha")], "Kasi Hutan Kota"),
        ("H04", "Penambahan luas hutan kota", N(2.5, "0.0"), ["-", 1.2, "-", 1.3],
         [d, N(1.1, "0.0"), d, N(1.3, "0.0")], "Kasi Hutan Kota"),
        ("H05", "Pohon yang ditanam (batang)", N(7000, NUM0), [1500, 2000, 2000, 1500],
         [N(1420, NUM0), N(2210, NUM0), N(1980, NUM0), N(1655, NUM0)], "Kasi Hutan Kota"),
        ("H06", "Prosentase tumbuh pohon yang ditanam", P(.82, PCT0), [P(.82, PCT0)] * 4,
         [P(.79), P(.815), P(.83), P(.846)], "Kasi Hutan Kota"),
        ("H10", "Jenis tanaman koleksi (jenis)", N(126), [122, 123, 125, 126], [N(124), N(125), N(127), N(128)],
         "Kasi Hutan Kota"),
        ("H11", "Prosentase tutupan tajuk/kanopi", N(36), ["-", 35, "-", 36], [d, N(35.9), d, N(36.8)],
         "Kasi Hutan Kota"),
        ("H14", "Pohon pelindung/peneduh yang dipelihara", N(13500, NUM0), [13300, 13400, 13450, 13500],
         [N(13210, NUM0), N(13340, NUM0), N(13480, NUM0), N(13620, NUM0)], "Kasi Hutan Kota"),
    ]
    S3 = [
        ("H07b", "Jumlah kunjungan wisata edukasi hutan kota", N(40000, NUM0), [6000, 10000, 12000, 12000],
         [N(6120, NUM0), N(9870, NUM0), N(11430, NUM0), N(14905, NUM0)], "Kasubag TU"),
        ("H08", "Pohon yang diadopsi melalui program adopsi pohon", N(600), [120, 160, 160, 160],
         [N(120), N(160), N(150), N(185)], "Kasi Hutan Kota"),
        ("H09", "Jumlah peserta program adopsi pohon", N(160), [35, 40, 40, 45], [N(35), N(41), N(38), N(47)],
         "Kasi Hutan Kota"),
        ("H12", "Kegiatan edukasi lingkungan (kali)", N(16), [3, 4, 4, 5], [N(3), N(4), N(4), N(6)], "Kasubag TU"),
        ("H23", "Penyuluhan kehutanan kpd masyarakat (kali)", N(24), [6, 6, 6, 6], [N(6), N(6), N(6), N(7)],
         "Kasi Hutan Kota"),
        ("H16", "Kelompok Masyarakat Peduli Hutan Kota (Pokmas)", N(12), [10, 11, 11, 12],
         [N(11), N(11), N(12), N(13)], "Kasi Hutan Kota"),
        ("H17", "Indeks Kepuasan Pengunjung Hutan Kota", N(81, NUM2), ["-", 81, "-", 81],
         [d, N(82.25, NUM2), d, None], "Kasubag TU"),
        ("H13", "Realisasi retribusi hutan kota dan kebun bibit", RP(750000000),
         ["Rp 150.000.000", "Rp 200.000.000", "Rp 200.000.000", "Rp 200.000.000"],
         [RP(142300000), RP(198750000), RP(221400000), RP(236180000)], "Kasubag TU"),
        ("H20", "Dokumen perencanaan dan pelaporan (dok)", N(6), [2, 1, 1, 2], [N(2), N(1), N(1), N(2)],
         "Kasubag TU"),
    ]
    TW = ["TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :"]
    r = 8
    no = 1
    for s, items in ((1, S1), (2, S2), (3, S3)):
        sstart = r
        for (iid, name, tgt, qt, qr, pj) in items:
            ws[f"A{r}"] = f"{no}."
            no += 1
            ws[f"C{r}"] = name
            ws[f"D{r}"] = "Target Tahunan :"
            tv = put(ws, f"E{r}", tgt)
            ws[f"H{r}"] = pj
            rv = []
            for i in range(4):
                rr = r + 1 + i
                ws[f"D{rr}"] = TW[i]
                put(ws, f"E{rr}", qt[i])
                v = None if qr[i] is None else put(ws, f"F{rr}", qr[i])
                rv.append(v)
                qtv = qt[i]
                num_t = isinstance(qtv, (int, float)) or (hasattr(qtv, "kind") and qtv.kind in ("num", "pct"))
                num_r = qr[i] is not None and qr[i].kind in ("num", "pct")
                if num_t and num_r:
                    ws[f"G{rr}"] = f"=MIN(100,ROUND(F{rr}/E{rr}*100,2))"
                elif v is not None and qr[i].kind == "txt" and qr[i].intended is not None:
                    ws[f"G{rr}"] = "100%"
                else:
                    ws[f"G{rr}"] = "-" if qr[i] is not None else None
            for c in "ACH":
                ws.merge_cells(f"{c}{r}:{c}{r + 4}")
            ws[f"C{r}"].alignment = WRAP
            op = "sum" if iid in FLOW else "last"
            K.add(fname, sh, r, 2021, name, iid, tv, agg(op, rv), ("one", [f"E{r}"]),
                  (op, [f"F{r + 1}", f"F{r + 2}", f"F{r + 3}", f"F{r + 4}"]), name_col="C")
            r += 5
        merge(ws, f"B{sstart}:B{r - 1}", SAS[s], align=WRAP)
    box(ws, f"A5:H{r - 1}")
    ws[f"C{r + 1}"] = "Keterangan: % dihitung per triwulan, maksimal 100%."
    ws[f"C{r + 1}"].font = Font(italic=True, size=9)
    sign(ws, r + 3, "E", "Sarimbun, 31 Desember 2021")


# ---------------------------------------------------------------- 2022: numbered list form
def list2022(wb, fname):
    ws = wb.create_sheet("Capaian IKU 2022")
    sh = ws.title
    widths(ws, {"A": 3, "B": 6, "C": 30, "D": 3, "E": 22, "F": 14, "G": 30})
    merge(ws, "B1:G1", "LAPORAN CAPAIAN INDIKATOR KINERJA UTAMA", bold=True)
    merge(ws, "B2:G2", "UPTD PENGELOLAAN HUTAN KOTA DAN KEBUN BIBIT", bold=True)
    merge(ws, "B3:G3", "KABUPATEN GUNUNG SARIMBUN TAHUN 2022", bold=True)
    S1 = [
        ("H01", "1. Jumlah Bibit yang Diproduksi Kebun Bibit", "batang", N(170000, NUM0), T("171.250 batang", 171250)),
        ("H02", "2. Jumlah Bibit yang Disalurkan", "batang", N(140000, NUM0), T("142.615 batang*)", 142615)),
        ("H21", "3. Jumlah Bibit Buah-buahan (MPTS) yang Disalurkan", "batang", DASH, TU(35400, "batang")),
        ("H19", "4. Persentase Bibit Memenuhi Standar Mutu", "%", P(.88, PCT0), P(.893)),
        ("H15", "5. Jumlah Sumber Benih Bersertifikat", "unit", N(4), N(4)),
        ("H18", "6. Volume Kompos", "ton", TU(50, "ton"), TU(46.75, "ton")),
    ]
    S2 = [
        ("H03", "7. Luas Hutan Kota Kelolaan (ha)", "ha", N(56, "0.0"), N(55.8, "0.0")),
        ("H04", "8. Luas Penambahan Hutan Kota Baru", "ha", N(2.5, "0.0"), N(19)),       # 1,9 typed as 19
        ("H05", "9. Jumlah Penanaman Pohon", "batang", N(7500, NUM0), N(7912, NUM0)),
        ("H06", "10. Persentase Tanaman Hidup", "%", N(83), N(85.2)),
        ("H10", "11. Jumlah Jenis Koleksi Tanaman", "jenis", N(130), N(131)),
        ("H11", "12. Persentase Tutupan Kanopi Hutan Kota", "%", TP(37), TP(37.4)),
    ]
    S3 = [
        ("H07b", "13. Jumlah Kunjungan ke Hutan Kota (wisata & edukasi)", "orang", N(45000, NUM0),
         N(61287, NUM0)),
        ("H08", "14. Jumlah Pohon Adopsi", "pohon", N(650), N(702)),
        ("H09", "15. Jumlah Pengadopsi Pohon", "orang/lembaga", N(170), N(183)),
        ("H24", "16. Jumlah Kegiatan Edukasi Lingkungan dan Penyuluhan Kehutanan", "kali", N(40), N(44)),
        ("H16", "17. Jumlah Pokmas Peduli Hutan Kota", "kelompok", N(14), N(14)),
        ("H17", "18. IKM Pengunjung", "nilai", N(82, NUM2), N(83.06, NUM2)),
        ("H13", "19. Pendapatan Retribusi", "Rp", RP(800000000), RP(871450000)),
    ]
    r = 5
    for s, roman, items in ((1, "I", S1), (2, "II", S2), (3, "III", S3)):
        merge(ws, f"B{r}:G{r}", f"{roman}. SASARAN : {SAS[s]}", bold=True, align=Alignment(horizontal="left"),
              fill=GREEN)
        r += 2
        for (iid, name, unit, tgt, rea) in items:
            merge(ws, f"B{r}:G{r}", name, bold=True, align=Alignment(horizontal="left"))
            ws[f"C{r + 1}"], ws[f"D{r + 1}"] = "a. Target 2022", ":"
            ws[f"C{r + 2}"], ws[f"D{r + 2}"] = "b. Realisasi 2022", ":"
            ws[f"C{r + 3}"], ws[f"D{r + 3}"] = "c. Capaian", ":"
            tv = put(ws, f"E{r + 1}", tgt)
            rv = put(ws, f"E{r + 2}", rea)
            for k in (1, 2):
                ws[f"F{r + k}"] = unit if unit not in ("Rp", "%") else None
            if tgt.kind in ("num", "pct") and rea.kind in ("num", "pct"):
                ws[f"E{r + 3}"] = f"=ROUND(E{r + 2}/E{r + 1}*100,2)"
                ws[f"F{r + 3}"] = "%"
            elif tv is not None and rv is not None:
                ws[f"E{r + 3}"] = idn(round(rv / tv * 100, 2)) + " %"
            else:
                ws[f"E{r + 3}"] = "-"
            for k in (1, 2, 3):
                ws[f"E{r + k}"].alignment = Alignment(horizontal="right")
            K.add(fname, sh, r, 2022, name, iid, tv, rv, ("one", [f"E{r + 1}"]), ("one", [f"E{r + 2}"]),
                  name_col="B")
            r += 5
    ws[f"B{r}"] = "*) termasuk 18.000 batang untuk program penghijauan desa (Gerakan Desa Hijau)."
    ws[f"B{r + 1}"] = "Target indikator bibit MPTS belum ditetapkan dalam PK 2022 (indikator baru)."
    for rr in (r, r + 1):
        ws[f"B{rr}"].font = Font(italic=True, size=9)
    sign(ws, r + 3, "E", "Sarimbun, 16 Januari 2023")
    h = wb.create_sheet("Sheet3")
    h["A1"] = "hitungan sementara"
    h["A2"], h["B2"] = "bibit salur", 124615
    h["A3"], h["B3"] = "bibit desa", 18000
    h["B4"] = "=B2+B3"
    h.sheet_state = "hidden"


def main():
    renstra2019("Matriks Renstra dan Capaian 2019 UPTD Hutan Kota.xlsx")
    monthly2020("Rekap Bulanan Kinerja Hutan Kota 2020.ods")
    f3 = "PK dan Capaian Hutan Kota 2021-2022.xls"
    wb = Workbook()
    blocks2021(wb, f3)
    list2022(wb, f3)
    K.files.append(deliver(wb, SLUG, f3))
    K.save()
    print(SLUG, len(K.rows), "key rows")


if __name__ == "__main__":
    main()
