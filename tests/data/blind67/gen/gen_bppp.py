"""Agency 1: UPTD Balai Pelatihan dan Penyuluhan Pertanian (BPPP), Provinsi Nusa Kenanga, 2020-2023.

Files
  PK dan RA BPPP 2020-2021.xls          sheets 'PK 2020' (annual PK, PK Awal / PK Perubahan),
                                          'RA TW 2021' (Rencana Aksi, T and R per quarter across),
                                          hidden 'RA 2021 (draft)'
  LKjIP 2022 BPPP - Bab III.xlsx        'Tabel 3.1', 'Tabel 3.2' (table split over two sheets,
                                          the second pasted twice), 'Catatan'
  Kartu Kinerja UPTD BPPP 2023.ods      'Kartu IKU 2023' (cards two abreast, semesters), 'Catatan',
                                          hidden 'arsip'
"""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from common import (ACC, BOLD, BOX, CENTER, DASH, GREEN, GREY, NUM0, NUM2, PCT0, PCT1, PCT2, WRAP,
                    F, Key, N, P, RP, T, TP, TU, agg, box, deliver, idn, merge, put, widths)

SLUG = "uptd_bppp_prov_nusa_kenanga"
AGENCY = "UPTD Balai Pelatihan dan Penyuluhan Pertanian (BPPP) Provinsi Nusa Kenanga"
K = Key(SLUG, AGENCY, [2020, 2021, 2022, 2023])
K.ambiguous = [["P11", "P11b"]]
FLOW = {"P00", "P01", "P02", "P03", "P05", "P06", "P07", "P09", "P10", "P12", "P15", "P16", "P18",
        "P20", "P21", "P22"}
LEVEL = {"P04", "P08", "P11", "P11b", "P13", "P14", "P17", "P19"}
K.flow_ids, K.level_ids = FLOW, LEVEL

SAS = {
    1: "Meningkatnya kompetensi petani dan penyuluh pertanian",
    2: "Meningkatnya penerapan teknologi pertanian oleh alumni pelatihan",
    3: "Meningkatnya kualitas layanan dan tata kelola Balai",
}
HEAD_OLD = ("Ir. HENDRA WIRASATYA, M.P.", "Pembina Tk. I", "NIP. 19720314 199803 1 007")
HEAD_NEW = ("Dr. RATNA KUSUMADEWI, S.P., M.Si.", "Pembina", "NIP. 19790822 200501 2 014")


def signature(ws, row, colL, place_date, head):
    ws[f"{colL}{row}"] = place_date
    ws[f"{colL}{row + 1}"] = "Kepala UPTD Balai Pelatihan dan"
    ws[f"{colL}{row + 2}"] = "Penyuluhan Pertanian,"
    ws[f"{colL}{row + 6}"] = head[0]
    ws[f"{colL}{row + 6}"].font = Font(bold=True, underline="single")
    ws[f"{colL}{row + 7}"] = head[1]
    ws[f"{colL}{row + 8}"] = head[2]


# ---------------------------------------------------------------- 2020: annual PK
def pk2020(wb, fname):
    ws = wb.active
    ws.title = "PK 2020"
    widths(ws, {"A": 5, "B": 30, "C": 46, "D": 10, "E": 11, "F": 13, "G": 12, "H": 11, "I": 22})
    for i, t in enumerate(["PENGUKURAN KINERJA",
                           "UPTD BALAI PELATIHAN DAN PENYULUHAN PERTANIAN",
                           "DINAS PERTANIAN DAN KETAHANAN PANGAN PROVINSI NUSA KENANGA",
                           "TAHUN ANGGARAN 2020"], start=1):
        merge(ws, f"A{i}:I{i}", t, bold=True)
    ws["A6"] = "Unit Kerja"
    ws["C6"] = ": UPTD Balai Pelatihan dan Penyuluhan Pertanian (BPPP)"
    # header, three rows
    for c, t in zip("ABCD", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan"]):
        merge(ws, f"{c}8:{c}9", t, bold=True, fill=GREY)
    merge(ws, "E8:F8", "Target 2020", bold=True, fill=GREY)
    ws["E9"], ws["F9"] = "PK Awal", "PK Perubahan"
    merge(ws, "G8:G9", "Realisasi 2020", bold=True, fill=GREY)
    merge(ws, "H8:H9", "Capaian (%)", bold=True, fill=GREY)
    merge(ws, "I8:I9", "Keterangan", bold=True, fill=GREY)
    for i, c in enumerate("ABCDEFGHI", start=1):
        ws[f"{c}10"] = f"({i})"
        ws[f"{c}10"].alignment = CENTER
    for c in "EF":
        ws[f"{c}9"].font = BOLD
        ws[f"{c}9"].fill = GREY
        ws[f"{c}9"].alignment = CENTER

    # (id, name, unit, PK awal, PK perubahan, realisasi, note)
    S1 = [
        ("P00", "Jumlah petani dan penyuluh pertanian yang dilatih", "orang", N(1450, NUM0),
         N(1380, NUM0), T("1.296 *)", 1296), "refocusing anggaran COVID-19"),
        ("P07", "Jumlah peserta yang lulus sertifikasi kompetensi", "orang", N(320), N(300), N(286), ""),
        ("P10", "Jumlah angkatan pelatihan yang diselenggarakan", "angkatan", N(48), N(40), N(41), ""),
        ("P09", "Jumlah modul pelatihan yang", "modul", N(12), N(12), N(12), "CONT:disusun"),
        ("P20", "Jumlah sekolah lapang (SL) yang difasilitasi", "unit", N(30), N(24), N(24), ""),
    ]
    S2 = [
        ("P03", "Jumlah alumni pelatihan yang menerapkan teknologi", "orang", N(870), N(820), N(845), ""),
        ("P04", "Prosentase alumni pelatihan yang menerapkan teknologi", "%", P(0.6, PCT0), P(0.6, PCT0),
         P(0.6115, PCT2), ""),
        ("P05", "Jumlah demplot teknologi yang dibangun", "unit", N(24), N(240), N(25), ""),
        ("P06", "Luas demplot (Ha) ", "Ha", N(12, "0.0"), N(12, "0.0"), N(12.5, "0.0"), ""),
        ("P12", "Jumlah kelompok tani yang didampingi", "kelompok", N(150), N(150), N(162), ""),
        ("P18", "Jumlah materi penyuluhan yang diproduksi", "judul", N(20), N(18), N(18), ""),
    ]
    S3 = [
        ("P11", "Indeks kepuasan peserta pelatihan", "nilai", N(80, NUM2), N(80, NUM2), N(82.45, NUM2), ""),
        ("P13", "Persentase widyaiswara bersertifikat", "%", TP(70), TP(70), TP(72.73), ""),
        ("P14", "Tingkat pemanfaatan asrama", "%", TP(75), TP(40), TP(38.6), "asrama dipakai isolasi"),
        ("P17", "Nilai evaluasi SAKIP UPTD", "predikat", T("B", None), T("B", None), T("BB", None), ""),
        ("P22", "Jumlah dokumen perencanaan dan laporan kinerja", "dokumen", N(6), N(6), N(6), ""),
    ]
    r = 11
    no = 1

    def ind_row(r, no, item):
        iid, name, unit, awal, perub, real, note = item
        ws[f"A{r}"] = no
        ws[f"C{r}"] = name
        ws[f"D{r}"] = unit
        put(ws, f"E{r}", awal)
        tgt = put(ws, f"F{r}", perub)
        rea = put(ws, f"G{r}", real)
        if awal.kind in ("num", "pct") and real.kind in ("num", "pct"):
            ws[f"H{r}"] = f"=ROUND(G{r}/F{r}*100,2)"
        elif tgt is not None and rea is not None:
            ws[f"H{r}"] = round(rea / tgt * 100, 2)
        else:
            ws[f"H{r}"] = "-"
        if note and not note.startswith("CONT:"):
            ws[f"I{r}"] = note
        K.add(fname, "PK 2020", r, 2020, name, iid, tgt, rea, ("one", [f"F{r}"]), ("one", [f"G{r}"]),
              name_col="C")
        return r + 1

    # sasaran 1
    start = r
    for item in S1:
        r = ind_row(r, no, item)
        no += 1
        if item[6].startswith("CONT:"):
            ws[f"C{r}"] = item[6][5:]          # continuation row of a wrapped name
            r += 1
        if item[0] == "P10":
            # hidden draft row left behind by the clerk
            ws[f"C{r}"] = "Jumlah peserta pelatihan (draft, jangan dipakai)"
            ws[f"D{r}"] = "orang"
            ws[f"F{r}"] = 1500
            ws[f"G{r}"] = 1410
            ws.row_dimensions[r].hidden = True
            r += 1
    merge(ws, f"B{start}:B{r - 1}", SAS[1], align=WRAP)
    # sasaran 2
    start = r
    for item in S2:
        r = ind_row(r, no, item)
        no += 1
    merge(ws, f"B{start}:B{r - 1}", SAS[2], align=WRAP)
    # indicator moved into the Sasaran column (Indikator cell left empty)
    name = "Jumlah temu lapang dan temu teknis"
    ws[f"A{r}"] = no
    ws[f"B{r}"] = name
    ws[f"D{r}"] = "kali"
    ws[f"E{r}"] = 16
    ws[f"F{r}"] = 10
    ws[f"G{r}"] = 9
    ws[f"H{r}"] = f"=ROUND(G{r}/F{r}*100,2)"
    K.add(fname, "PK 2020", r, 2020, name, "P16", 10, 9, ("one", [f"F{r}"]), ("one", [f"G{r}"]),
          name_col="B")
    r += 1
    no += 1
    start = r
    for item in S3:
        r = ind_row(r, no, item)
        no += 1
    merge(ws, f"B{start}:B{r - 1}", SAS[3], align=WRAP)
    box(ws, f"A8:I{r - 1}")
    for rr in range(11, r):
        ws[f"C{rr}"].alignment = WRAP
    r += 1
    ws[f"B{r}"] = "Jumlah Anggaran Tahun 2020"
    ws[f"C{r}"] = ": Rp 4.318.750.000,-"
    ws[f"B{r + 1}"] = "Jumlah Realisasi Anggaran Tahun 2020"
    ws[f"C{r + 1}"] = ": Rp 3.987.412.600,-"
    ws[f"B{r + 3}"] = "*) angka sementara, menunggu rekapitulasi akhir aplikasi Simluhtan"
    ws[f"B{r + 3}"].font = Font(italic=True, size=9)
    signature(ws, r + 5, "G", "Kenanga Raya, 31 Desember 2020", HEAD_OLD)


# ---------------------------------------------------------------- 2021: Rencana Aksi, quarters across
def ra2021(wb, fname):
    ws = wb.create_sheet("RA TW 2021")
    widths(ws, {"A": 5, "B": 34, "C": 46, "D": 10, "E": 11, "N": 24})
    for c in "FGHIJKLM":
        ws.column_dimensions[c].width = 9
    for i, t in enumerate(["RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2021",
                           "UPTD BALAI PELATIHAN DAN PENYULUHAN PERTANIAN",
                           "DINAS PERTANIAN DAN KETAHANAN PANGAN PROVINSI NUSA KENANGA"], start=1):
        merge(ws, f"A{i}:N{i}", t, bold=True)
    for c, t in zip("ABCDEN", ["No", "Sasaran / Program / Kegiatan", "Indikator Kinerja", "Satuan",
                               "Target Tahunan", "Penanggung Jawab"]):
        merge(ws, f"{c}5:{c}6", t, bold=True, fill=GREY)
    for c1, c2, t in [("F", "G", "Triwulan I"), ("H", "I", "Triwulan II"), ("J", "K", "Triwulan III"),
                      ("L", "M", "Triwulan IV")]:
        merge(ws, f"{c1}5:{c2}5", t, bold=True, fill=GREY)
        ws[f"{c1}6"], ws[f"{c2}6"] = "T", "R"
        for c in (c1, c2):
            ws[f"{c}6"].alignment = CENTER
            ws[f"{c}6"].fill = GREY
            ws[f"{c}6"].font = BOLD
    for i, c in enumerate("ABCDEFGHIJKLMN", start=1):
        ws[f"{c}7"] = i
        ws[f"{c}7"].alignment = CENTER
    d = "-"
    # (id, name, unit, target, quarter targets, quarter realisasi)
    S1 = [
        ("P01", "a) Jumlah petani yang dilatih", "orang", N(1200, NUM0), [200, 400, 400, 200],
         [N(180), N(415), N(402), N(236)]),
        ("P02", "b) Jumlah penyuluh pertanian yang dilatih", "orang", N(180), [30, 60, 60, 30],
         [N(28), N(64), N(55), N(41)]),
        ("P07", "c) Jumlah peserta lulus uji kompetensi", "orang", N(320), [d, 100, 110, 110],
         [DASH, N(96), N(110), N(122)]),
        ("P08", "d) Persentase kelulusan uji kompetensi", "%", N(85), [P(.85, PCT0)] * 4,
         [DASH, P(.872), P(.889), P(.871)]),
        ("P10", "e) Jumlah angkatan pelatihan", "angkatan", N(44), [8, 14, 13, 9],
         [N(8), N(14), N(13), N(10)]),
        ("P09", "f) Jumlah modul / kurikulum pelatihan yang disusun", "modul", N(14), [d, 6, 4, 4],
         [DASH, N(6), N(4), N(5)]),
        ("P21", "g) Jumlah peserta pelatihan daring", "orang", N(600), [100, 200, 200, 100],
         [N(95), N(188), N(210), N(171)]),
        ("P20", "h) Jumlah Sekolah Lapang yang difasilitasi", "unit", N(24), [d, d, 12, 12],
         [DASH, DASH, N(12), N(12)]),
    ]
    S2 = [
        ("P03", "a) Jumlah alumni yang menerapkan teknologi hasil pelatihan", "orang", N(800),
         [d, 200, 300, 300], [DASH, N(210), N(305), N(318)]),
        ("P04", "b) Persentase alumni yang menerapkan teknologi hasil pelatihan", "%", N(62),
         [62, 62, 62, 62], [DASH, N(61), N(63), N(0.64)]),          # TW IV typed as a fraction
        ("P05", "c) Jumlah demplot yang dibangun", "unit", N(26), [4, 10, 8, 4],
         [N(4), N(10), N(8), N(5)]),
        ("P06", "d) Luas areal demplot", "Ha", N(13), [2, 5, 4, 2], [N(2), N(5), N(4), N(2.5, "0.0")]),
        ("P12", "e) Jumlah Poktan yang didampingi", "kelompok", N(160), [40, 40, 40, 40],
         [N(40), N(42), N(45), N(41)]),
        ("P18", "f) Jumlah materi penyuluhan (leaflet, video) yang diproduksi", "judul", N(20),
         [3, 6, 6, 5], [N(3), N(6), N(7), N(6)]),
        ("P16", "g) Jumlah temu teknis & temu lapang", "kali", N(12), [2, 3, 4, 3],
         [N(2), N(3), N(4), N(3)]),
    ]
    S3 = [
        ("P11", "a) Indeks Kepuasan Peserta Diklat", "nilai", N(81, NUM2), [d, 81, d, 81],
         [DASH, N(82.1, NUM2), DASH, N(83.4, NUM2)]),
        ("P13", "b) Persentase widyaiswara dan pelatih yang bersertifikat", "%", P(.75, PCT0),
         [P(.75, PCT0)] * 4, [P(.72, PCT0), P(.74, PCT0), P(.76, PCT0), P(.8, PCT0)]),
        ("P14", "c) Tingkat hunian asrama dan sarana pelatihan (%)", "%", N(60), [40, 50, 60, 60],
         [N(35), N(52), N(61), N(66)]),
        ("P17", "d) Hasil Evaluasi SAKIP oleh APIP", "predikat", T("BB", None), [d, d, d, "BB"],
         [DASH, DASH, DASH, T("BB", None)]),
        ("P19", "e) Persentase realisasi anggaran", "%", N(95), [20, 45, 75, 95],
         [N(18.2), N(41.5), N(70.3), N(96.8)]),
        ("P22", "f) JUMLAH DOKUMEN PERENCANAAN & PELAPORAN", "dokumen", N(7), [2, 1, 1, 3],
         [N(2), N(1), N(1), N(3)]),
    ]
    progs = {
        1: [("Program Penyuluhan dan Pelatihan Pertanian", "Rp 2.486.300.000"),
            ("Kegiatan Pelatihan Petani dan Pelaku Agribisnis", "Rp 1.612.450.000"),
            ("Kegiatan Pelatihan Teknis Penyuluh Pertanian", "Rp 873.850.000")],
        2: [("Program Penyuluhan dan Pelatihan Pertanian", "(lanjutan)"),
            ("Kegiatan Demplot dan Diseminasi Teknologi", "Rp 742.600.000")],
        3: [("Program Penunjang Urusan Pemerintahan Daerah Provinsi", "Rp 1.104.900.000"),
            ("Kegiatan Administrasi Umum dan Pelaporan Kinerja", "Rp 1.104.900.000")],
    }
    pj = {1: "Kasi Penyelenggaraan Pelatihan", 2: "Kasi Penyuluhan dan Diseminasi", 3: "Kasubag Tata Usaha"}
    r = 8
    for s, items in ((1, S1), (2, S2), (3, S3)):
        merge(ws, f"A{r}:N{r}", f"SASARAN {s} : {SAS[s]}", bold=True, align=Alignment(horizontal="left"),
              fill=GREEN)
        r += 1
        for pname, pagu in progs[s]:
            ws[f"B{r}"] = pname
            ws[f"B{r}"].font = BOLD if pname.startswith("Program") else Font(italic=True)
            ws[f"E{r}"] = pagu
            r += 1
        for n, (iid, name, unit, tgt, qt, qr) in enumerate(items, start=1):
            ws[f"A{r}"] = f"{s}.{n}"
            ws[f"C{r}"] = name
            ws[f"C{r}"].alignment = WRAP
            ws[f"D{r}"] = unit
            tv = put(ws, f"E{r}", tgt)
            rv = []
            for q, (ct, cr) in enumerate([("F", "G"), ("H", "I"), ("J", "K"), ("L", "M")]):
                put(ws, f"{ct}{r}", qt[q])
                rv.append(put(ws, f"{cr}{r}", qr[q]))
            ws[f"N{r}"] = pj[s]
            op = "sum" if iid in FLOW else "last"
            K.add(fname, "RA TW 2021", r, 2021, name, iid, tv, agg(op, rv), ("one", [f"E{r}"]),
                  (op, [f"G{r}", f"I{r}", f"K{r}", f"M{r}"]), name_col="C")
            r += 1
    box(ws, f"A5:N{r - 1}")
    ws[f"B{r + 1}"] = "Keterangan: T = Target triwulan, R = Realisasi triwulan (bukan kumulatif), " \
                      "indikator persen diisi nilai pada triwulan berkenaan."
    ws[f"B{r + 1}"].font = Font(italic=True, size=9)
    signature(ws, r + 3, "K", "Kenanga Raya, 10 Januari 2022", HEAD_OLD)

    # hidden sheet: an older draft of the same table (not key)
    hs = wb.create_sheet("RA 2021 (draft)")
    hs["A1"] = "DRAFT RA 2021 - versi Maret (jangan dipakai)"
    hs["A3"], hs["B3"], hs["C3"] = "Indikator", "Target", "Realisasi TW I"
    for i, (iid, name, unit, tgt, qt, qr) in enumerate(S1 + S2, start=4):
        hs[f"A{i}"] = name
        hs[f"B{i}"] = tgt.value
        hs[f"C{i}"] = 0
    hs.sheet_state = "hidden"


# ---------------------------------------------------------------- 2022: LKjIP Bab III
def lkjip2022(fname):
    wb = Workbook()
    ws1 = wb.active
    ws1.title = "Tabel 3.1"
    ws2 = wb.create_sheet("Tabel 3.2")

    def header(ws, r0, title1, title2):
        widths(ws, {"A": 5, "B": 50, "C": 10, "D": 12, "E": 12, "F": 14, "G": 14, "H": 12, "I": 14, "J": 14})
        merge(ws, f"A{r0}:J{r0}", title1, bold=True)
        merge(ws, f"A{r0 + 1}:J{r0 + 1}", title2, bold=True)
        h = r0 + 3
        for c, t in zip("ABC", ["No", "Indikator Kinerja", "Satuan"]):
            merge(ws, f"{c}{h}:{c}{h + 1}", t, bold=True, fill=GREY)
        merge(ws, f"D{h}:E{h}", "Realisasi", bold=True, fill=GREY)
        ws[f"D{h + 1}"], ws[f"E{h + 1}"] = "2020", "2021"
        merge(ws, f"F{h}:H{h}", "Tahun 2022", bold=True, fill=GREY)
        ws[f"F{h + 1}"], ws[f"G{h + 1}"], ws[f"H{h + 1}"] = "Target", "Realisasi", "Capaian (%)"
        merge(ws, f"I{h}:I{h + 1}", "Target Akhir Renstra (2024)", bold=True, fill=GREY)
        merge(ws, f"J{h}:J{h + 1}", "Capaian s.d. 2022 thd Target Akhir Renstra (%)", bold=True, fill=GREY)
        for c in "DEFGH":
            ws[f"{c}{h + 1}"].font = BOLD
            ws[f"{c}{h + 1}"].alignment = CENTER
            ws[f"{c}{h + 1}"].fill = GREY
        return h + 2

    # (id, name, unit, real2020, real2021, target, realisasi, renstra)
    S1 = [
        ("P01", "Jumlah Petani yg Dilatih (orang)", "orang", "-", "1.233", TU(1300, "orang"),
         TU(1347, "orang"), "6.000 orang"),
        ("P02", "Jumlah Penyuluh Pertanian (PPL) yg dilatih", "orang", "-", "188", TU(200, "orang"),
         TU(196, "orang"), "900 orang"),
        ("P15", "Jumlah petani milenial yang dilatih", "orang", "-", "-", TU(250, "orang"), TU(281, "orang"),
         "1.000 orang"),
        ("P07", "Jumlah peserta yg tersertifikasi kompetensi", "orang", "286", "328", TU(340, "orang"),
         TU(352, "orang"), "1.650 orang"),
        ("P08", "Persentase peserta lulus sertifikasi kompetensi", "%", "-", "87,1 %", TP(86), TP(88.4),
         "90 %"),
        ("P10", "Angkatan pelatihan yang dilaksanakan", "angkatan", 41, 45, N(46), N(47), 230),
        ("P09", "Jumlah modul dan kurikulum yg disusun", "modul", 12, 15, N(15), N(15), 70),
        ("P21", "Jumlah peserta pelatihan online (e-learning)", "orang", "-", "664", TU(700, "orang"),
         TU(812, "orang"), "3.500 orang"),
        ("HIDDEN", "Jumlah Sekolah Lapang yang difasilitasi", "unit", 24, 24, N(24), N(22), 120),
    ]
    S2 = [
        ("P03", "Jumlah alumni pelatihan yg menerapkan teknologi", "orang", "845", "833", TU(850, "orang"),
         TU(902, "orang"), "4.300 orang"),
        ("P04", "Persentase alumni pelatihan yg menerapkan teknologi (%)", "%", P(.6115, PCT2), 0.64,
         P(.64, PCT0), P(.6695, PCT2), P(.7, PCT0)),
        ("P05", "Demplot teknologi yang dibangun (unit)", "unit", 25, 27, N(28), N(28), 140),
        ("P06", "Luas Areal Demplot (ha)", "ha", "12,5 ha", "13,5 ha", TU(14, "ha"), TU(14.5, "ha"), "70 ha"),
        ("P12", "Jumlah kelompok tani (poktan) yg didampingi", "kelompok", "162", "168", TU(170, "kelompok"),
         TU(174, "kelompok"), "850 kelompok"),
        ("P18", "Materi penyuluhan yg diproduksi (judul)", "judul", 18, 22, N(22), N(25), 110),
        ("P16", "Temu lapang/temu teknis yang dilaksanakan", "kali", "9 kali", "12 kali", TU(12, "kali"),
         TU(12, "kali"), "60 kali"),
    ]
    wrong_p19 = round(4021637500 / 4381750000 * 100, 2)   # constant typed wrong (should be 4.218.750.000)
    S3 = [
        ("P11b", "Indeks Kepuasan Masyarakat (IKM) thd layanan Balai", "nilai", 82.45, 83.4, N(82, NUM2),
         N(84.12, NUM2), 85),
        ("P13", "Prosentase Widyaiswara/Pelatih Bersertifikat", "%", "72,73 %", "80 %", TP(80), TP(81.25),
         "90 %"),
        ("P14", "Tingkat pemanfaatan sarana asrama", "%", "38,6 %", "66 %", TP(65), TP(71.4), "80 %"),
        ("P17", "Nilai SAKIP", "predikat", "BB", "BB", T("BB", None), T("BB", None), "A"),
        ("P19", "Persentase serapan anggaran Balai", "%", "-", "96,8 %", TP(95),
         F("=ROUND(4021637500/4381750000*100,2)", wrong_p19, NUM2), "95 %"),
        ("P22", "Dokumen perencanaan dan pelaporan yang tersusun", "dokumen", "6 dokumen", "7 dokumen",
         TU(7, "dokumen"), TU(7, "dokumen"), "35 dokumen"),
    ]

    def body(ws, r, sasaran_blocks, sheet, record=True, no0=1):
        no = no0
        for s, items in sasaran_blocks:
            merge(ws, f"A{r}:J{r}", f"Sasaran {s} : {SAS[s]}", bold=True,
                  align=Alignment(horizontal="left"), fill=GREEN)
            r += 1
            for (iid, name, unit, r20, r21, tgt, rea, ren) in items:
                ws[f"B{r}"] = name
                ws[f"B{r}"].alignment = WRAP
                ws[f"C{r}"] = unit
                put(ws, f"D{r}", r20)
                put(ws, f"E{r}", r21)
                tv = put(ws, f"F{r}", tgt)
                rv = put(ws, f"G{r}", rea)
                put(ws, f"I{r}", ren)
                if tgt.kind in ("num", "pct") and rea.kind in ("num", "pct", "f"):
                    ws[f"H{r}"] = f"=ROUND(G{r}/F{r}*100,2)"
                elif tv is not None and rv is not None:
                    ws[f"H{r}"] = idn(round(rv / tv * 100, 2))
                else:
                    ws[f"H{r}"] = "-"
                if iid == "HIDDEN":
                    ws[f"A{r}"] = ""
                    ws.row_dimensions[r].hidden = True
                    r += 1
                    continue
                ws[f"A{r}"] = no
                no += 1
                if record:
                    K.add(fname, sheet, r, 2022, name, iid, tv, rv, ("one", [f"F{r}"]), ("one", [f"G{r}"]),
                          name_col="B")
                r += 1
        return r, no

    r = header(ws1, 1, "Tabel 3.1",
               "Capaian Indikator Kinerja Sasaran 1 dan Sasaran 2 UPTD BPPP Tahun 2022 dibandingkan Tahun Sebelumnya")
    r, no = body(ws1, r, [(1, S1), (2, S2)], "Tabel 3.1")
    box(ws1, f"A4:J{r - 1}")
    ws1[f"B{r + 1}"] = "Sumber: Simluhtan dan laporan penyelenggaraan pelatihan UPTD BPPP, diolah."
    ws1[f"B{r + 1}"].font = Font(italic=True, size=9)
    ws1[f"B{r + 2}"] = "Tabel berlanjut ke Tabel 3.2"
    ws1[f"B{r + 2}"].font = Font(italic=True, size=9)

    r = header(ws2, 1, "Tabel 3.2 (lanjutan)", "Capaian Indikator Kinerja Sasaran 3 UPTD BPPP Tahun 2022")
    r, _ = body(ws2, r, [(3, S3)], "Tabel 3.2", no0=no)
    box(ws2, f"A4:J{r - 1}")
    ws2[f"B{r + 1}"] = "Catatan: nilai IKM 2022 hasil survei semester II."
    ws2[f"B{r + 1}"].font = Font(italic=True, size=9)
    # the same table pasted a second time below (clerk's copy, not key)
    r2 = r + 4
    r2 = header(ws2, r2, "Tabel 3.2 (lanjutan)", "Capaian Indikator Kinerja Sasaran 3 UPTD BPPP Tahun 2022")
    r3, _ = body(ws2, r2, [(3, S3)], "Tabel 3.2", record=False, no0=no)
    box(ws2, f"A{r + 7}:J{r3 - 1}")

    ws3 = wb.create_sheet("Catatan")
    ws3["A1"] = "Catatan penyusunan Bab III LKjIP 2022"
    ws3["A3"] = "1. Indikator Jumlah Sekolah Lapang tidak lagi menjadi IKU sejak Renstra perubahan 2022."
    ws3["A4"] = "2. Indikator IKM mengganti Indeks Kepuasan Peserta Diklat (cakupan layanan diperluas)."
    ws3["A5"] = "3. Persentase serapan anggaran: pagu Rp 4.218.750.000, realisasi Rp 4.021.637.500."
    K.files.append(deliver(wb, SLUG, fname))


# ---------------------------------------------------------------- 2023: cards, two abreast
def cards2023(fname):
    wb = Workbook()
    ws = wb.active
    ws.title = "Kartu IKU 2023"
    widths(ws, {"A": 2, "B": 22, "C": 14, "D": 10, "E": 10, "F": 3, "G": 22, "H": 14, "I": 10, "J": 10})
    merge(ws, "B1:J1", "KARTU KINERJA INDIKATOR KINERJA UTAMA (IKU) TAHUN 2023", bold=True)
    merge(ws, "B2:J2", "UPTD BALAI PELATIHAN DAN PENYULUHAN PERTANIAN PROVINSI NUSA KENANGA", bold=True)
    merge(ws, "B3:J3", "(realisasi dilaporkan per semester)", align=CENTER)
    # (id, name, unit, target, sem1, sem2, ket)
    S1 = [
        ("P01", "Petani yang mengikuti pelatihan", "orang", N(1400, NUM0), N(612), N(845), ""),
        ("P02", "Penyuluh pertanian yang mengikuti pelatihan teknis", "orang", N(210), N(98), N(121), ""),
        ("P15", "Jumlah Petani Milenial yg mengikuti pelatihan vokasi", "orang", N(300), TU(128, "orang"),
         TU(190, "orang"), "kerja sama SMK PP"),
        ("P07", "Peserta Tersertifikasi Kompetensi (orang)", "orang", N(360), N(150), N(221), "LSP Pertanian"),
        ("P08", "Prosentase kelulusan sertifikasi kompetensi", "%", T(">= 85 %", 85), P(.861), P(.874), ""),
        ("P10", "Jumlah Angkatan Pelatihan Teknis & Fungsional", "angkatan", N(48), N(22), N(27), ""),
        ("P09", "Modul Pelatihan yang Disusun", "modul", N(16), DASH, N(16), "disusun semester II"),
        ("P21", "Peserta Pelatihan Daring/E-Learning", "orang", N(800), N(352), N(437), ""),
    ]
    S2 = [
        ("P03", "Alumni yang menerapkan teknologi (orang)", "orang", N(900), N(388), N(541), ""),
        ("P04", "Persentase Alumni yang Menerapkan Teknologi", "%", T("65-70 %", 65), TP(66.1), TP(68.3), ""),
        ("P05", "Jumlah Demonstrasi Plot (Demplot) Teknologi", "unit", N(30), N(12), N(19), ""),
        ("P12", "Kelompok Tani Dampingan", "kelompok", N(175), N(88), N(91), ""),
        ("P18", "Jumlah Materi Penyuluhan Digital", "judul", N(24), N(11), N(15), "video & podcast"),
        ("P16", "Jumlah Temu Lapang", "kali", N(12), N(5), N(7), ""),
    ]
    S3 = [
        ("P11b", "Nilai IKM layanan pelatihan Balai", "nilai", N(83, NUM2), N(84.6, NUM2), DASH,
         "survei smt II belum selesai"),
        ("P13", "Persentase pelatih bersertifikat kompetensi", "%", N(80), N(75), N(0.78), ""),
        ("P14", "Tingkat Hunian Asrama", "%", T("70-75 %", 70), P(.724), P(.768), ""),
        ("P19", "Prosentase Realisasi Anggaran", "%", N(95), N(43.8), N(97.12, NUM2), "kumulatif"),
        ("P22", "Jumlah Dokumen Perencanaan dan Pelaporan Kinerja", "dokumen", N(7), N(3), N(4), ""),
    ]
    labels = ["Satuan", "Target 2023", "Realisasi Semester I", "Realisasi Semester II", "Capaian (%)",
              "Keterangan"]
    r = 5
    for s, items in ((1, S1), (2, S2), (3, S3)):
        merge(ws, f"B{r}:J{r}", f"SASARAN {s}. {SAS[s].upper()}", bold=True,
              align=Alignment(horizontal="left"), fill=GREEN)
        r += 2
        for i in range(0, len(items), 2):
            pair = items[i:i + 2]
            for (lc, vc, ec), it in zip((("B", "C", "E"), ("G", "H", "J")), pair):
                iid, name, unit, tgt, s1, s2, ket = it
                merge(ws, f"{lc}{r}:{ec}{r}", name, bold=True, align=WRAP, fill=GREY)
                ws.row_dimensions[r].height = 30
                for k, lab in enumerate(labels, start=1):
                    ws[f"{lc}{r + k}"] = lab
                ws[f"{vc}{r + 1}"] = unit
                tv = put(ws, f"{vc}{r + 2}", tgt)
                v1 = put(ws, f"{vc}{r + 3}", s1)
                v2 = put(ws, f"{vc}{r + 4}", s2)
                op = "sum" if iid in FLOW else "last"
                rv = agg(op, [v1, v2])
                nums = all(c.kind in ("num", "pct") for c in (tgt, s1, s2))
                if nums and op == "sum":
                    ws[f"{vc}{r + 5}"] = f"=ROUND(({vc}{r + 3}+{vc}{r + 4})/{vc}{r + 2}*100,2)"
                elif nums:
                    ws[f"{vc}{r + 5}"] = f"=ROUND({vc}{r + 4}/{vc}{r + 2}*100,2)"
                else:
                    ws[f"{vc}{r + 5}"] = "-"
                ws[f"{vc}{r + 6}"] = ket
                box(ws, f"{lc}{r}:{ec}{r + 6}")
                K.add(fname, "Kartu IKU 2023", r, 2023, name, iid, tv, rv, ("one", [f"{vc}{r + 2}"]),
                      (op, [f"{vc}{r + 3}", f"{vc}{r + 4}"]), col=lc, name_col=lc)
            r += 8
    ws[f"B{r}"] = "Catatan: indikator persentase/indeks dinilai dari angka semester terakhir yang tersedia."
    ws[f"B{r}"].font = Font(italic=True, size=9)
    signature(ws, r + 2, "G", "Kenanga Raya, 12 Januari 2024", HEAD_NEW)
    n = wb.create_sheet("Catatan")
    n["A1"] = "Catatan verifikasi kartu IKU 2023"
    n["A2"] = "- Indikator Luas Areal Demplot dihapus dari IKU mulai 2023 (digabung ke jumlah demplot)."
    n["A3"] = "- Nilai SAKIP tidak lagi dicantumkan sebagai IKU UPTD."
    h = wb.create_sheet("arsip")
    h["A1"] = "arsip kartu 2022"
    h["A2"], h["B2"], h["C2"] = "Jumlah Petani yg Dilatih (orang)", 1300, 1347
    h.sheet_state = "hidden"
    K.files.append(deliver(wb, SLUG, fname))


def main():
    f1 = "PK dan RA BPPP 2020-2021.xls"
    wb = Workbook()
    pk2020(wb, f1)
    ra2021(wb, f1)
    K.files.append(deliver(wb, SLUG, f1))
    lkjip2022("LKjIP 2022 BPPP - Bab III.xlsx")
    cards2023("Kartu Kinerja UPTD BPPP 2023.ods")
    K.save()
    print(SLUG, len(K.rows), "key rows")


if __name__ == "__main__":
    main()
