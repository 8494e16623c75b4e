"""Agency 3: UPTD Puskeswan Wilayah II Sindangreja, Dinas Peternakan dan
Kesehatan Hewan Kabupaten Sindang Wetan (invented), 2020-2023.

2020  monthly recap, months across, annual realisasi column of formulas  (.ods)
2021  PK table, value and unit in separate cells (Banjar style)          (.xlsx, sheet PK 2021)
2022  quarters across in blocks (T, R, % per quarter), no annual column   (.xlsx, sheet Capaian TW 2022)
2023  vertical list: "a) name" then Target / Realisasi / Capaian lines    (.xls)
"""
from openpyxl import Workbook
from openpyxl.styles import Font

from common import (jitter, BOLD, BORDER, CENTER, GREYFILL, HEADFILL, ITAL, TITLE, WRAP,
                    DASH, E, F, GR, KeyBook, N, P, T, box, col, merge, put,
                    signature, split, widths)

SLUG = "uptd_puskeswan_kab_sindang_wetan"
AGENCY = ("UPTD Puskeswan Wilayah II Sindangreja - Dinas Peternakan dan Kesehatan Hewan "
          "Kabupaten Sindang Wetan")
YEARS = [2020, 2021, 2022, 2023]
FLOW = ["H01", "H02", "H04", "H04b", "H05", "H07", "H09", "H10", "H11", "H12", "H13",
        "H14", "H15", "H16", "H17", "H18", "H21"]
kb = KeyBook(SLUG, AGENCY, YEARS, [["H04", "H04b"]], FLOW)

KEPALA = ("drh. ANDI MUHAMMAD FAISAL TENRIANGKA", "Penata Tk. I (III/d)",
          "NIP. 19840607 201001 1 012")
S1 = "Meningkatnya status kesehatan hewan"
S2 = "Meningkatnya produktivitas ternak melalui pelayanan reproduksi"
S3 = "Meningkatnya kualitas pelayanan Puskeswan"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
FLAT = [1] * 12


# =====================================================================
# 2020 : monthly recap (.ods)
# =====================================================================
def y2020():
    FN = "Rekap Bulanan Kinerja Puskeswan Sindang Wetan 2020.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap 2020"
    ws["A1"] = "REKAPITULASI BULANAN CAPAIAN KINERJA"
    ws["A2"] = "UPTD PUSKESWAN WILAYAH II SINDANGREJA"
    ws["A3"] = "TAHUN 2020"
    for c in ("A1", "A2", "A3"):
        ws[c].font = TITLE
    for c, t in (("A", "No"), ("B", "Indikator Kinerja"), ("C", "Satuan"), ("D", "Target 2020"),
                 ("Q", "Realisasi 2020"), ("R", "Capaian (%)"), ("S", "Ket.")):
        merge(ws, f"{c}5:{c}6", t, font=BOLD, fill=HEADFILL)
    merge(ws, "E5:P5", "Realisasi Bulan", font=BOLD, fill=HEADFILL)
    for i, m in enumerate(MONTHS):
        put(ws, f"{col(5 + i)}6", m, align=CENTER, font=BOLD, fill=HEADFILL)
    widths(ws, {"A": 5, "B": 46, "C": 9, "D": 12, "Q": 12, "R": 10, "S": 20})
    for i in range(12):
        ws.column_dimensions[col(5 + i)].width = 7.5
    d = DASH

    def flow(total, w, dec=0, dash0=True):
        parts = split(total, w, dec)
        return [d() if (dash0 and p == 0) else N(p) for p in parts]

    pct = lambda vs: [P(v, "0%") for v in vs]  # noqa: E731
    # id: name, unit, target spec, monthly specs, annual kind, ket
    rows = {
        "H01": ("Jumlah hewan yang diperiksa dan diobati", "ekor", T("4.800 ekor", 4800),
                flow(5102, jitter(12, 1)), "sum", ""),
        "H02": ("Jumlah HPR yang divaksinasi rabies", "ekor", N(4500, "#,##0"),
                flow(4215, jitter(12, 8, 0.3, [0, 1, 20, 18, 5, 2, 1, 3, 22, 19, 4, 1])), "sum", "bulan vaksinasi massal"),
        "H03": ("Cakupan vaksinasi rabies", "%", N(70),
                [N(v) for v in [0, 1.2, 17.5, 33.0, 38.1, 39.9, 40.8, 42.6, 55.0, 61.9, 64.3, 65.6]],
                "wrongsum", "kumulatif"),
        "H07": ("Jumlah kasus penyakit hewan menular yang ditangani", "kasus", N(150),
                flow(162, jitter(12, 2, 0.3)), "sum", ""),
        "H08": ("Persentase kasus penyakit hewan menular yang ditangani", "%", N(90),
                [N(v) for v in [88.9, 90.0, 91.7, 92.0, 92.3, 92.1, 92.5, 92.8, 93.0, 93.1, 93.0, 93.2]],
                "last", "kumulatif"),
        "H09": ("Jumlah sampel penyakit hewan yang diuji", "sampel", N(300),
                flow(312, jitter(12, 3)), "nextrow",
                ""),
        "H15": ("Jumlah kasus gigitan hewan penular rabies", "kasus", N(40),
                flow(46, [4, 3, 5, 4, 3, 4, 4, 3, 5, 4, 3, 4]), "sum", "indikator negatif"),
        "H16": ("Jumlah pelayanan keswan keliling", "kali", N(24),
                flow(20, [2, 2, 2, 0, 0, 0, 2, 2, 2, 3, 2, 3]), "sum", "Apr-Jun ditunda (pandemi)"),
        "H04": ("Jumlah pelayanan inseminasi buatan (IB)", "dosis", N(1200, "#,##0"),
                flow(1146, jitter(12, 4)), "sum", ""),
        "H05": ("Jumlah kelahiran pedet hasil IB", "ekor", N(600),
                flow(588, jitter(12, 5)), "sum", ""),
        "H06": ("Service per Conception (S/C)", "kali", N(1.8, "0.00"),
                [N(v, "0.00") for v in [2.05, 2.0, 1.98, 1.96, 1.95, 1.93, 1.92, 1.92, 1.91, 1.9, 1.9, 1.9]],
                "last", "rata-rata berjalan"),
        "H13": ("Jumlah pemeriksaan kebuntingan", "ekor", N(500),
                flow(512, jitter(12, 6)), "sum", ""),
        "H14": ("Jumlah penanganan gangguan reproduksi", "ekor", N(120),
                flow(118, [9, 10, 11, 9, 10, 10, 9, 10, 10, 10, 10, 10]), "sum", ""),
        "H10": ("Jumlah pelayanan kastrasi", "ekor", N(250),
                flow(263, jitter(12, 7)), "sum", ""),
        "H11": ("Jumlah pelayanan bedah hewan", "kasus", N(60),
                flow(57, [5, 4, 0, 6, 5, 4, 6, 5, 0, 6, 5, 11]), "sum", ""),
        "H17": ("Jumlah peternak yang mendapat penyuluhan kesehatan hewan", "orang", N(200),
                flow(215, [20, 20, 25, 0, 0, 0, 20, 25, 25, 30, 25, 25]), "sum", ""),
        "H19": ("Indeks Kepuasan Masyarakat (IKM)", "nilai", N(78),
                [E()] * 5 + [N(79.8, "0.00")] + [E()] * 5 + [N(80.3, "0.00")], "last", "survei semester"),
        "H20": ("Persentase ketersediaan obat dan vaksin hewan", "%", P(90, "0%"),
                pct([92, 92, 90, 85, 85, 86, 88, 90, 91, 90, 89, 88]), "last", ""),
        "H22": ("Nilai evaluasi SAKIP", "predikat", GR("B"), [E()] * 12, "grade", "LHE Inspektorat"),
    }
    groups = [("I", S1, ["H01", "H02", "H03", "H07", "H08", "H09", "H15", "H16"]),
              ("II", S2, ["H04", "H05", "H06", "H13", "H14", "H10", "H11"]),
              ("III", S3, ["H17", "H19", "H20", "H22"])]
    # first pass: row numbers (needed for the formula that points at the next row)
    r = 7
    rowof = {}
    for g, sname, ids in groups:
        r += 1
        for iid in ids:
            rowof[iid] = r
            r += 1
    r = 7
    no = 0
    for g, sname, ids in groups:
        merge(ws, f"A{r}:S{r}", f"{g}. SASARAN : {sname}", align=None, font=BOLD, fill=GREYFILL)
        r += 1
        for iid in ids:
            assert rowof[iid] == r
            name, unit, tgt, months, kind, ket = rows[iid]
            no += 1
            put(ws, f"A{r}", no, align=CENTER)
            put(ws, f"B{r}", name, align=WRAP)
            put(ws, f"C{r}", unit, align=CENTER)
            put(ws, f"D{r}", tgt, align=CENTER)
            for i, s in enumerate(months):
                put(ws, f"{col(5 + i)}{r}", s, align=CENTER)
            nums = [s.value for s in months if s.kind == "n"]
            if kind == "sum":
                real = F(f"=SUM(E{r}:P{r})", sum(nums))
            elif kind == "wrongsum":  # planted: a cumulative % summed over the months
                real = F(f"=SUM(E{r}:P{r})", sum(nums))
            elif kind == "nextrow":  # planted: formula pointing at the next row
                nxt = rows[ids[ids.index(iid) + 1]][3]
                real = F(f"=SUM(E{r + 1}:P{r + 1})", sum(s.value for s in nxt if s.kind == "n"))
            elif kind == "last":
                fmt = months[-1].fmt
                real = F(f"=P{r}", months[-1].value, fmt)
            elif kind == "grade":
                real = GR("B")
            put(ws, f"Q{r}", real, align=CENTER, fill=GREYFILL)
            put(ws, f"R{r}", f"=IFERROR(Q{r}/D{r}*100,\"-\")", align=CENTER)
            ws[f"R{r}"].number_format = "0.00"
            put(ws, f"S{r}", ket, align=WRAP)
            kb.add(FN, ws, f"B{r}", 2020, iid, [(f"D{r}", tgt)], [(f"Q{r}", real)], "single")
            r += 1
    r += 1
    ws[f"B{r}"] = "Keterangan:"
    ws[f"B{r}"].font = BOLD
    ws[f"B{r + 1}"] = "- Realisasi tahunan = jumlah Jan s.d. Des; untuk indikator persentase/rata-rata = posisi Desember."
    ws[f"B{r + 2}"] = "- Tanda (-) = tidak ada kegiatan/kasus pada bulan tersebut."
    ws[f"B{r + 3}"] = "- Sumber: iSIKHNAS dan buku register Puskeswan."
    signature(ws, r + 5, "M", "Sindangreja, 6 Januari 2021",
              ["Kepala UPTD Puskeswan", "Wilayah II Sindangreja"], *KEPALA)
    ws.freeze_panes = "E7"
    wp = wb.create_sheet("Data Pos")
    wp.sheet_state = "hidden"
    wp["A1"] = "Rekap per pos pelayanan (input operator)"
    wp.append(["Pos", "Indikator", "Jumlah"])
    wp.append(["Pos Sindangreja", "Jumlah hewan yang diperiksa dan diobati", 2986])
    wp.append(["Pos Cibeureum Wetan", "Jumlah hewan yang diperiksa dan diobati", 2116])
    wp.append(["Pos Sindangreja", "Jumlah HPR yang divaksinasi rabies", 2511])
    wp.append(["Pos Cibeureum Wetan", "Jumlah HPR yang divaksinasi rabies", 1704])
    kb.save_raw(wb, FN)


# =====================================================================
# 2021 (PK, value / unit columns) and 2022 (quarter blocks) : .xlsx
# =====================================================================
def pk2021(wb, FN):
    ws = wb.active
    ws.title = "PK 2021"
    ws["A1"] = "PENGUKURAN KINERJA"
    ws["A2"] = "UPTD PUSKESWAN WILAYAH II SINDANGREJA"
    ws["A3"] = "TAHUN 2021"
    for c in ("A1", "A2", "A3"):
        ws[c].font = TITLE
    ws["A5"] = "Kabupaten : Sindang Wetan"
    ws["A6"] = "Nama OPD  : Dinas Peternakan dan Kesehatan Hewan"
    for c, t in (("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"), ("H", "%")):
        merge(ws, f"{c}8:{c}9", t, font=BOLD, fill=HEADFILL)
    merge(ws, "D8:E8", "Target", font=BOLD, fill=HEADFILL)
    merge(ws, "F8:G8", "Realisasi", font=BOLD, fill=HEADFILL)
    merge(ws, "D9:E9", "(3)", font=ITAL)
    merge(ws, "F9:G9", "(4)", font=ITAL)
    ws["A8"].value = "No"
    widths(ws, {"A": 5, "B": 30, "C": 46, "D": 10, "E": 10, "F": 10, "G": 10, "H": 10})
    n = N
    # id: name, target spec, unit, realisasi spec
    rows = {
        "H01": ("Jumlah Hewan yang Diperiksa & Diobati (ekor)", N(5000, "#,##0"), "ekor",
                N(4876, "#,##0")),
        "H02": ("Jumlah Hewan Penular Rabies (HPR) yg Divaksin", N(45000, "#,##0"), "ekor",
                T("4.733", 4733)),
        "H03": ("Persentase Cakupan Vaksinasi Rabies", n(70), "%", n(72.3)),
        "H07": ("Jumlah Kasus PHM yang Ditangani", n(150), "kasus", n(138)),
        "H08": ("Prosentase Kasus PHM yang Ditangani", n(92), "%", n(95.8)),
        "H09": ("Jumlah Sampel Diagnosa Lab (sampel)", n(320), "sampel", n(296)),
        "H15": ("Jumlah Kasus Gigitan HPR", n(35), "kasus", n(31)),
        "H16": ("Jumlah Pelayanan Puskeswan Keliling (kali)", n(36), "kali", n(38)),
        "H04": ("Jumlah Pelayanan IB (dosis)", N(1300, "#,##0"), "dosis", N(1352, "#,##0")),
        "H05": ("Jumlah Kelahiran Ternak Hasil IB (ekor)", n(650), "ekor", n(671)),
        "H06": ("Nilai S/C (Service per Conception)", N(1.8, "0.00"), "kali", N(1.75, "0.00")),
        "H13": ("Jumlah PKB (ekor)", n(550), "ekor", n(538)),
        "H14": ("Jumlah Penanganan Gangrep (ekor)", n(130), "ekor", n(141)),
        "H10": ("Jumlah Kastrasi Ternak & Hewan Kesayangan (ekor)", n(250), "ekor", n(241)),
        "H11": ("Jumlah Tindakan Operasi/Bedah (kasus)", n(70), "kasus", n(74)),
        "H17": ("Jumlah Peternak Penerima Penyuluhan Keswan (orang)", n(250), "orang", n(228)),
        "H19": ("Nilai IKM Puskeswan", n(80), "nilai", T("79,6", 79.6)),
        "H20": ("Prosentase Ketersediaan Obat & Vaksin Hewan", n(90), "%", n(0.92)),
        "H21": ("Jumlah Hewan Kurban yang Diperiksa (ekor)", N(1800, "#,##0"), "ekor",
                N(1926, "#,##0")),
    }
    groups = [(S1, ["H01", "H02", "H03", "H07", "H08", "H09", "H15", "H16"], []),
              (S2, ["H04", "H05", "H06", "H13", "H14", "H10"], ["H11"]),
              (S3, ["H17", "H19", "H20", "H21"], [])]
    r = 10
    no = 0
    for sname, ids, after in groups:
        s0 = r
        s_end = None
        for iid in ids + after:
            name, tg, unit, rl = rows[iid]
            no += 1
            put(ws, f"A{r}", no, align=CENTER)
            if iid == "H11":
                put(ws, f"B{r}", name, align=WRAP)
                put(ws, f"C{r}", None)
                namec = f"B{r}"
            else:
                put(ws, f"C{r}", name, align=WRAP)
                namec = f"C{r}"
            put(ws, f"D{r}", tg, align=CENTER)
            put(ws, f"E{r}", unit, align=CENTER)
            put(ws, f"F{r}", rl, align=CENTER)
            put(ws, f"G{r}", unit, align=CENTER)
            if rl.kind == "n":
                put(ws, f"H{r}", f"=ROUND(F{r}/D{r}*100,2)", align=CENTER)
            else:
                put(ws, f"H{r}", round(rl.key / tg.key * 100, 2), align=CENTER)
            kb.add(FN, ws, namec, 2021, iid, [(f"D{r}", tg)], [(f"F{r}", rl)], "single",
                   note="name typed in the Sasaran column" if iid == "H11" else None)
            if iid == ids[-1]:
                s_end = r
            r += 1
            if iid == "H05":
                ws[f"C{r}"] = "Jumlah akseptor IB (usulan revisi Renstra)"
                ws[f"D{r}"] = 850
                ws[f"E{r}"] = "ekor"
                ws.row_dimensions[r].hidden = True
                r += 1
        merge(ws, f"B{s0}:B{s_end}", sname, align=WRAP)
        if after:
            box(ws, f"B{s_end + 1}:B{r - 1}")
    r += 1
    ws[f"B{r}"] = "Jumlah Anggaran Kegiatan Tahun 2021 : Rp. 1.486.250.000"
    ws[f"B{r + 1}"] = "Jumlah Realisasi Anggaran Kegiatan Tahun 2021 : Rp. 1.402.117.850"
    signature(ws, r + 3, "F", "Sindangreja, 31 Desember 2021", ["Kepala UPTD Puskeswan,"], *KEPALA)


def tw2022(wb, FN):
    ws = wb.create_sheet("Capaian TW 2022")
    ws["A1"] = "CAPAIAN KINERJA PER TRIWULAN TAHUN 2022"
    ws["A2"] = "UPTD PUSKESWAN WILAYAH II SINDANGREJA - KABUPATEN SINDANG WETAN"
    ws["A1"].font = TITLE
    ws["A2"].font = TITLE
    for c, t in (("A", "No"), ("B", "Indikator Kinerja"), ("C", "Satuan"), ("D", "Target Tahunan"),
                 ("Q", "Keterangan")):
        merge(ws, f"{c}4:{c}5", t, font=BOLD, fill=HEADFILL)
    for q in range(4):
        c0 = 5 + 3 * q
        merge(ws, f"{col(c0)}4:{col(c0 + 2)}4", f"Triwulan {['I', 'II', 'III', 'IV'][q]}", font=BOLD,
              fill=HEADFILL)
        for j, t in enumerate(["T", "R", "%"]):
            put(ws, f"{col(c0 + j)}5", t, align=CENTER, font=BOLD, fill=HEADFILL)
    widths(ws, {"A": 5, "B": 48, "C": 9, "D": 11, "Q": 22})
    for k in range(12):
        ws.column_dimensions[col(5 + k)].width = 8.5
    d = DASH
    n = N

    def fl(total, w):
        return [n(v) for v in split(total, w)]

    pp = lambda v: P(v, "0.0%")  # noqa: E731
    rows = {
        "H01": ("Jumlah pelayanan pemeriksaan dan pengobatan hewan", "ekor", N(5200, "#,##0"),
                [n(1300)] * 4, fl(5437, jitter(4, 11)), "sum", ""),
        "H02": ("Jumlah vaksinasi rabies pada HPR (anjing, kucing, kera)", "ekor", N(4800, "#,##0"),
                [n(200), n(2200), n(200), n(2200)], [n(180), n(2290), n(245), n(2197)], "sum",
                "vaksinasi massal TW II & IV"),
        "H03": ("Cakupan vaksinasi rabies thd populasi HPR (%)", "%", pp(75), [pp(5), pp(40), pp(45), pp(75)],
                [pp(5.2), pp(38.6), pp(42.0), n(0.741)], "last", "kumulatif"),
        "H07": ("Jumlah kasus penyakit hewan menular strategis (PHMS) yang ditangani", "kasus", n(140),
                [n(35)] * 4, fl(151, [36, 40, 38, 37]), "sum", ""),
        "H08": ("Persentase penanganan kasus PHMS", "%", pp(95), [pp(95)] * 4,
                [pp(92.5), pp(93.8), pp(94.0), pp(94.4)], "last", ""),
        "H09": ("Jumlah spesimen yang diperiksa di laboratorium", "sampel", n(350), [n(87), n(88), n(88), n(87)],
                fl(368, [23, 25, 26, 26]), "sum", ""),
        "H15": ("Jumlah kasus gigitan HPR yang dilaporkan", "kasus", n(30), [n(8), n(7), n(8), n(7)],
                [n(9), n(8), n(10), n(7)], "sum", "indikator negatif"),
        "H16": ("Frekuensi pelayanan kesehatan hewan keliling", "kali", n(48), [n(12)] * 4,
                [n(12), n(11), n(12), n(12)], "sum", ""),
        "H04b": ("Jumlah akseptor inseminasi buatan", "ekor", n(900), [n(225)] * 4,
                 fl(947, jitter(4, 12)), "sum", ""),
        "H05": ("Jumlah kelahiran ternak dari hasil inseminasi buatan", "ekor", n(700), [n(175)] * 4,
                fl(684, jitter(4, 13)), "sum", ""),
        "H06": ("Angka service per conception", "kali", N(1.7, "0.00"), [N(1.7, "0.00")] * 4,
                [N(1.9, "0.00"), N(1.85, "0.00"), N(1.8, "0.00"), N(1.82, "0.00")], "last", ""),
        "H12": ("Jumlah pelayanan bedah dan kastrasi", "ekor/kasus", n(340), [n(85)] * 4,
                fl(352, jitter(4, 14)), "sum", "gabungan bedah + kastrasi"),
        "H13": ("Jumlah ternak yang diperiksa kebuntingannya (PKb)", "ekor", n(600), [n(150)] * 4,
                fl(615, jitter(4, 15)), "sum", ""),
        "H14": ("Jumlah ternak dengan gangguan reproduksi yang ditangani", "ekor", n(140), [n(35)] * 4,
                fl(133, jitter(4, 16)), "sum", ""),
        "H17": ("Jumlah peternak yang disuluh", "orang", n(250), [n(60), n(65), n(65), n(60)],
                fl(276, [24, 26, 26, 24]), "sum", ""),
        "H18": ("Jumlah pengawasan lalu lintas ternak", "kali", n(24), [n(6)] * 4,
                [n(6), n(7), n(6), n(7)], "sum", "bersama Karantina"),
        "H19": ("Indeks kepuasan peternak terhadap layanan Puskeswan", "nilai", n(80), [d(), n(80), d(), n(80)],
                [E(), N(81.9, "0.00"), E(), N(82.45, "0.00")], "last", "survei semester"),
        "H21": ("Jumlah pemeriksaan ante-mortem dan post-mortem hewan kurban", "ekor", N(2000, "#,##0"),
                [d(), d(), N(2000, "#,##0"), d()], [d(), d(), N(2114, "#,##0"), d()], "sum", "Iduladha 1443 H"),
    }
    groups = [("Sasaran 1 : " + S1, ["H01", "H02", "H03", "H07", "H08", "H09", "H15", "H16"]),
              ("Sasaran 2 : " + S2, ["H04b", "H05", "H06", "H12", "H13", "H14"]),
              ("Sasaran 3 : " + S3, ["H17", "H18", "H19", "H21"])]
    r = 6
    no = 0
    for gname, ids in groups:
        merge(ws, f"A{r}:Q{r}", gname, align=None, font=BOLD, fill=GREYFILL)
        r += 1
        for iid in ids:
            name, unit, tg, tq, rq, rule, ket = rows[iid]
            no += 1
            put(ws, f"A{r}", no, align=CENTER)
            put(ws, f"B{r}", name, align=WRAP)
            put(ws, f"C{r}", unit, align=CENTER)
            put(ws, f"D{r}", tg, align=CENTER)
            rc = []
            for q in range(4):
                c0 = 5 + 3 * q
                tc, rcn, pc = col(c0), col(c0 + 1), col(c0 + 2)
                put(ws, f"{tc}{r}", tq[q], align=CENTER)
                put(ws, f"{rcn}{r}", rq[q], align=CENTER)
                put(ws, f"{pc}{r}", f"=IFERROR({rcn}{r}/{tc}{r},\"-\")", align=CENTER)
                ws[f"{pc}{r}"].number_format = "0%"
                rc.append((f"{rcn}{r}", rq[q]))
            put(ws, f"Q{r}", ket, align=WRAP)
            kb.add(FN, ws, f"B{r}", 2022, iid, [(f"D{r}", tg)], rc, rule)
            r += 1
            if iid == "H14":
                ws[f"B{r}"] = "Jumlah pemeriksaan kebuntingan (PKb) - baris lama"
                ws[f"D{r}"] = 550
                ws.row_dimensions[r].hidden = True
                r += 1
    r += 1
    ws[f"B{r}"] = "Catatan: T = target triwulan, R = realisasi triwulan, % = R/T."
    ws[f"B{r}"].font = ITAL
    ws[f"B{r + 1}"] = "Cakupan vaksinasi dan persentase penanganan kasus dilaporkan kumulatif."
    ws[f"B{r + 1}"].font = ITAL
    signature(ws, r + 3, "L", "Sindangreja, 9 Januari 2023", ["Kepala UPTD Puskeswan,"], *KEPALA)
    ws.freeze_panes = "E6"


def y2021_2022():
    FN = "PK dan Capaian Triwulan Puskeswan 2021-2022.xlsx"
    wb = Workbook()
    pk2021(wb, FN)
    tw2022(wb, FN)
    wh = wb.create_sheet("Rekap Pos 2022")
    wh.sheet_state = "hidden"
    wh["A1"] = "Rekap per pos 2022 (bahan)"
    wh.append(["Indikator", "Pos Sindangreja", "Pos Cibeureum Wetan"])
    wh.append(["Jumlah akseptor inseminasi buatan", 512, 435])
    wh.append(["Jumlah pelayanan bedah dan kastrasi", 201, 151])
    kb.save_raw(wb, FN)


# =====================================================================
# 2023 : vertical list (.xls)
# =====================================================================
def y2023():
    FN = "Laporan Capaian Kinerja Puskeswan 2023.xls"
    wb = Workbook()
    ws = wb.active
    ws.title = "Capaian 2023"
    ws["B1"] = "LAPORAN CAPAIAN KINERJA"
    ws["B2"] = "UPTD PUSKESWAN WILAYAH II SINDANGREJA"
    ws["B3"] = "TAHUN 2023"
    for c in ("B1", "B2", "B3"):
        ws[c].font = TITLE
    widths(ws, {"A": 4, "B": 6, "C": 14, "D": 2, "E": 22, "F": 30})
    # id: name, target spec, realisasi spec, keterangan
    items = [
        ("I. SASARAN : " + S1, [
            ("H01", "a) Jumlah hewan diperiksa", T("5.500 ekor", 5500), T("5.612 ekor", 5612), "register harian"),
            ("H02", "b) Vaksinasi rabies HPR", N(5000, "#,##0"), T("4.688 ekor", 4688), "vaksinasi massal"),
            ("H03", "c) Cakupan vaksinasi rabies", P(75, "0%"), T("71,2 %", 71.2), "populasi HPR 6.584 ekor"),
            ("H07", "d) Kasus PHMS ditangani", N(140), N(129), ""),
            ("H08", "e) % kasus PHMS tertangani", P(95, "0%"), P(97, "0.0%"), ""),
            ("H09", "f) Sampel diuji lab", N(360), N(354), "Lab Keswan Provinsi"),
            ("H15", "g) Kasus gigitan HPR", N(25), N(22), "indikator negatif"),
            ("H16", "h) Yankeswan keliling", T("4,8 kali", 4.8), T("52 kali", 52), ""),
        ]),
        ("II. SASARAN : " + S2, [
            ("H04b", "i) Akseptor IB", T("950 ekor", 950), N(921), ""),
            ("H05", "j) Kelahiran hasil IB", N(720), N(739), ""),
            ("H06", "k) S/C", T("<= 1,7", 1.7), T("1,66", 1.66), "makin kecil makin baik"),
            ("H12", "l) Bedah & kastrasi", N(360), N(371), ""),
            ("H14", "m) Penanganan gangrep", N(150), N(156), ""),
        ]),
        ("III. SASARAN : " + S3, [
            ("H17", "n) Peternak disuluh", T("300 orang", 300), T("289 orang", 289), ""),
            ("H18", "o) Pengawasan lalu lintas ternak", N(24), N(24), "bersama Karantina"),
            ("H19", "p) IKM", T("82 - 85", 82), N(83.1, "0.00"), "survei Desember"),
            ("H21", "q) Pemeriksaan hewan kurban", N(2000, "#,##0"), N(1987, "#,##0"), "Iduladha 1444 H"),
        ]),
    ]
    r = 5
    for sec, inds in items:
        ws[f"B{r}"] = sec
        ws[f"B{r}"].font = BOLD
        r += 2
        for iid, name, tg, rl, ket in inds:
            merge(ws, f"B{r}:F{r}", name, align=None, font=BOLD, border=False)
            for k, (lab, spec) in enumerate([("Target", tg), ("Realisasi", rl)]):
                ws[f"C{r + 1 + k}"] = lab
                ws[f"D{r + 1 + k}"] = ":"
                put(ws, f"E{r + 1 + k}", spec, border=False, align=CENTER)
            ws[f"C{r + 3}"] = "Capaian"
            ws[f"D{r + 3}"] = ":"
            if tg.kind == "n" and rl.kind == "n":
                ws[f"E{r + 3}"] = f"=E{r + 2}/E{r + 1}"
                ws[f"E{r + 3}"].number_format = "0.00%"
            else:
                ws[f"E{r + 3}"] = (f"{round(rl.key / tg.key * 100, 2)} %").replace(".", ",")
            ws[f"E{r + 3}"].alignment = CENTER
            ws[f"C{r + 4}"] = "Keterangan"
            ws[f"D{r + 4}"] = ":"
            ws[f"E{r + 4}"] = ket if ket else "-"
            kb.add(FN, ws, f"B{r}", 2023, iid, [(f"E{r + 1}", tg)], [(f"E{r + 2}", rl)], "single")
            r += 6
        r += 1
    ws[f"B{r}"] = "Catatan : target yankeswan keliling sesuai DPA 48 kali."
    ws[f"B{r}"].font = ITAL
    signature(ws, r + 2, "E", "Sindangreja, 5 Januari 2024",
              ["Kepala UPTD Puskeswan", "Wilayah II Sindangreja"], *KEPALA)
    wa = wb.create_sheet("Anggaran 2023")
    wa["A1"] = "REALISASI ANGGARAN UPTD PUSKESWAN TAHUN 2023"
    wa["A1"].font = TITLE
    for i, h in enumerate(["No", "Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]):
        put(wa, f"{col(1 + i)}3", h, align=CENTER, font=BOLD, fill=HEADFILL)
    subs = [("Pencegahan, Pengendalian dan Penanggulangan Penyakit Hewan", 642500000, 611870400),
            ("Pelayanan Kesehatan Hewan dan Reproduksi", 518300000, 497652000),
            ("Pengawasan Lalu Lintas Ternak dan Hewan Kurban", 96750000, 90114500)]
    for k, (nm, pg, rl) in enumerate(subs):
        rr = 4 + k
        put(wa, f"A{rr}", k + 1)
        put(wa, f"B{rr}", nm)
        put(wa, f"C{rr}", N(pg, "#,##0"))
        put(wa, f"D{rr}", N(rl, "#,##0"))
        put(wa, f"E{rr}", f"=D{rr}/C{rr}")
        wa[f"E{rr}"].number_format = "0.00%"
    put(wa, "B7", "Jumlah", font=BOLD)
    put(wa, "C7", "=SUM(C4:C6)")
    put(wa, "D7", "=SUM(D4:D6)")
    wa["C7"].number_format = "#,##0"
    wa["D7"].number_format = "#,##0"
    widths(wa, {"B": 56, "C": 16, "D": 16})
    kb.save_raw(wb, FN)


if __name__ == "__main__":
    y2020()
    y2021_2022()
    y2023()
    kb.finish()
