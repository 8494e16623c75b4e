"""Agency B: UPTD Balai Latihan Kerja Lubuk Serai, Dinas Tenaga Kerja dan Transmigrasi Provinsi Nusa Palapa.
Years 2021-2024 (all invented)."""
from lib import (Book, D, F, G, P, T, V, asV, build_agency, keylast, keysum, col, signature)

SLUG = "b_uptd_blk_lubuk_serai"
AGENCY = ("UPTD Balai Latihan Kerja Lubuk Serai, Dinas Tenaga Kerja dan Transmigrasi Provinsi Nusa Palapa")
KA = ("MUHAMMAD ZULKARNAIN, S.T., M.M.", "Pembina (IV/a)", "NIP. 19780921 200312 1 004")
KA24 = ("YOHANA MARTHA LIMBONG, S.E., M.Si", "Pembina (IV/a)", "NIP. 19810307 200501 2 011")

SAS = {1: "Meningkatnya kompetensi dan produktivitas tenaga kerja",
       2: "Meningkatnya penyerapan lulusan pelatihan di pasar kerja",
       3: "Meningkatnya kualitas penyelenggaraan pelatihan",
       4: "Meningkatnya akuntabilitas kinerja UPTD"}
META = {  # id: (sasaran, polarity, kind, satuan)
    "B01": (1, "+", "flow", "orang"), "B02": (1, "+", "flow", "orang"), "B03": (1, "+", "level", "%"),
    "B04": (1, "+", "flow", "orang"), "B16": (1, "+", "flow", "orang"), "B17": (1, "-", "level", "%"),
    "B05": (2, "+", "level", "%"), "B05b": (2, "+", "level", "%"), "B20": (2, "+", "flow", "orang"),
    "B06": (2, "+", "level", "%"), "B18": (2, "-", "level", "bulan"), "B15": (2, "+", "flow", "dokumen"),
    "B07": (3, "+", "flow", "paket"), "B08": (3, "+", "flow", "paket"), "B09": (3, "+", "level", "orang"),
    "B10": (3, "+", "flow", "orang"), "B11": (3, "+", "level", "%"), "B11b": (3, "+", "level", "%"),
    "B12": (3, "+", "level", "kejuruan"), "B13": (3, "+", "level", "predikat"), "B14": (3, "+", "level", "nilai"),
    "B19": (4, "+", "level", "%"), "B21": (4, "+", "flow", "laporan"),
}
FLOWS = sorted(k for k, v in META.items() if v[2] == "flow")
LEVELS = sorted(k for k, v in META.items() if v[2] == "level")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]


def mo(**kw):
    """month dict -> list of 12 (None = blank)"""
    out = [None] * 12
    for k, v in kw.items():
        out[MONTHS.index(k.capitalize() if k != "agt" else "Agt")] = v
    return out


# ------------------------------------------------------------------ 2021 monthly
Y2021 = [
    ("B01", "Jumlah peserta pelatihan berbasis kompetensi", 480,
     [0, 0, 64, 48, None, 96, 64, T("80 org", 80, note="B01 August realisasi typed '80 org' (text; counted in the "
                                                         "sum: 496)"), 48, 64, 32, None], None),
    ("B02", "Jumlah lulusan pelatihan berbasis kompetensi", 470,
     mo(apr=62, mei=47, jul=95, agt=63, sep=78, okt=47, nov=64, des=32), None),
    ("B03", "Persentase peserta yang dinyatakan kompeten pada uji kompetensi", 85,
     mo(apr=87.1, jul=89.5, sep=90.2, nov=91.2), "decblank"),
    ("B04", "Jumlah peserta uji kompetensi", 320, mo(apr=48, jul=80, agt=48, sep=64, okt=32, nov=64), None),
    ("B17", "Persentase peserta pelatihan yang tidak menyelesaikan pelatihan (drop out)", 5,
     mo(jun=4.1, sep=3.9, des=3.6), "neg"),
    ("B05", "Persentase lulusan pelatihan yang terserap di pasar kerja", 60, mo(jun=52.3, sep=55.0, des=58.4), None),
    ("B06", "Persentase lulusan pelatihan yang berwirausaha", 10, mo(jun=6.5, sep=7.9, des=8.7), None),
    ("B20", "Jumlah lulusan yang ditempatkan bekerja", 280,
     mo(mei=21, jun=30, jul=18, agt=42, sep=37, okt=45, nov=40, des=52), None),
    ("B15", "Jumlah kerjasama dengan dunia usaha dan dunia industri", 5, mo(feb=1, mar=1, jun=2, okt=1, des=1), None),
    ("B07", "Jumlah paket pelatihan institusional", 30,
     mo(mar=4, apr=3, jun=6, jul=4, agt=5, sep=3, okt=4, nov=2), None),
    ("B08", "Jumlah paket pelatihan Mobile Training Unit", 6, mo(mei=1, jul=2, sep=1, nov=1), None),
    ("B09", "Jumlah instruktur yang bersertifikat kompetensi", 18, mo(jun=16, des=19), None),
    ("B10", "Jumlah instruktur yang mengikuti upgrading", 8, mo(mar=3, jul=4, okt=2), None),
    ("B11", "Persentase peralatan pelatihan dalam kondisi baik", 80, mo(jun=74, des=78.5), "sumlevel"),
    ("B12", "Jumlah kejuruan yang terakreditasi", 6, mo(mar=5, agt=6), "typedlevel"),
    ("B13", "Predikat akreditasi lembaga pelatihan",
     G("B", note="B13 target 'B' and December realisasi 'B' are grades (key null / null)"), mo(des=G("B")), "grade"),
    ("B14", "Indeks Kepuasan Masyarakat terhadap layanan pelatihan",
     T(">= 80", 80, note="B14 target typed '>= 80' (key 80)"), mo(jun=81.2, des=83.45), "typedlevel"),
    ("B19", "Persentase realisasi anggaran UPTD", 95,
     [2.1, 6.4, 14.8, 22.5, 30.2, 41.7, 50.3, 58.9, 67.4, 76.0, 84.6, 96.12], None),
    ("B21", "Jumlah laporan kinerja dan keuangan UPTD", 16, [1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 2], None),
]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def monthly2021(sh):
    for c, wd in {1: 5, 2: 58, 3: 10, 4: 10, 17: 11, 18: 26}.items():
        sh.width(c, wd)
    for c in range(5, 17):
        sh.width(c, 7)
    for i, t in enumerate(["REKAPITULASI CAPAIAN KINERJA BULANAN", "UPTD BALAI LATIHAN KERJA LUBUK SERAI",
                           "DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI NUSA PALAPA", "TAHUN 2021"]):
        sh.mw(1 + i, 1, 1 + i, 18, t, bold=True, h="center")
    sh.mw(6, 1, 7, 1, "No", bold=True, h="center")
    sh.mw(6, 2, 7, 2, "Indikator Kinerja", bold=True, h="center")
    sh.mw(6, 3, 7, 3, "Satuan", bold=True, h="center")
    sh.mw(6, 4, 7, 4, "Target 2021", bold=True, h="center", wrap=True)
    sh.mw(6, 5, 6, 16, "Realisasi Bulan", bold=True, h="center")
    for i, m in enumerate(MONTHS):
        sh.w(7, 5 + i, m, bold=True, h="center")
    sh.mw(6, 17, 7, 17, "Capaian (%)", bold=True, h="center", wrap=True)
    sh.mw(6, 18, 7, 18, "Keterangan", bold=True, h="center")
    r = 8
    cur = None
    no = 0
    grp = []
    for (sid, name, t, months, flag) in Y2021:
        sas = META[sid][0]
        if sas != cur:
            cur = sas
            sh.w(r, 1, ROMAN[sas], bold=True, h="center")
            sh.mw(r, 2, r, 18, SAS[sas], bold=True)
            grp.append(r)
            r += 1
        no += 1
        kind = META[sid][2]
        sh.w(r, 1, no, h="center")
        sh.w(r, 2, name, wrap=True)
        sh.w(r, 3, META[sid][3], h="center")
        sh.w(r, 4, t)
        cells = []
        for i, v in enumerate(months):
            if v is not None:
                sh.w(r, 5 + i, v)
            cells.append((r, 5 + i))
        rng = f"E{r}:P{r}"
        if flag == "decblank":
            sh.w(r, 17, f"=P{r}/D{r}*100", fmt="0.00")
            sh.note(r, f"{sid}: December blank; capaian formula =P/D*100 reads the blank December (0,00). "
                       "Key realisasi = last reported month (November, 91,2)")
        elif flag == "sumlevel":
            sh.w(r, 17, f"=SUM({rng})/D{r}*100", fmt="0.00")
            sh.note(r, f"{sid}: level indicator but capaian formula sums the months (=SUM/D*100 -> 190,63)")
        elif flag == "grade":
            sh.w(r, 17, "Tercapai")
        elif flag == "typedlevel":
            val = keylast(months) / asV(t).key * 100
            sh.w(r, 17, round(val, 2), fmt="0.00")
        elif flag == "neg":
            sh.w(r, 17, f"=(2*D{r}-P{r})/D{r}*100", fmt="0.00")
            sh.w(r, 18, "indikator negatif")
        elif kind == "flow":
            if sid == "B01":
                sh.w(r, 17, round(496 / 480 * 100, 2), fmt="0.00")
                sh.note(r, "B01: capaian typed 103,33 (the SUM would skip the text cell '80 org')")
            else:
                sh.w(r, 17, f"=SUM({rng})/D{r}*100", fmt="0.00")
        else:
            sh.w(r, 17, f"=P{r}/D{r}*100", fmt="0.00")
        if sid == "B19":
            sh.w(r, 18, "kumulatif s.d. bulan berjalan")
        if sid in ("B09", "B12"):
            sh.w(r, 18, "posisi akhir (kumulatif)")
            sh.note(r, f"{sid}: stock reported only when it changes ({'Jun 16, Des 19' if sid == 'B09' else 'Mar 5, Agt 6'}); "
                       f"level, key = last reported month ({'19' if sid == 'B09' else '6'}; a sum would give "
                       f"{'35' if sid == 'B09' else '11'})")
        if sid == "B19":
            sh.note(r, "B19: cumulative absorption by month; level, key = December 96,12")
        rule = "sum" if kind == "flow" else "last"
        rk = keysum(months) if kind == "flow" else keylast(months)
        sh.key(r, 2, sid, 2021, [(r, 4)], "cell", asV(t).key, cells, rule, rk)
        r += 1
    last = r - 1
    sh.box(6, 1, last, 18)
    signature(sh, last + 3, 12, "Lubuk Serai, 5 Januari 2022", "Kepala UPTD Balai Latihan Kerja Lubuk Serai", *KA)
    sh.note(None, "No annual realisasi column: key realisasi = sum of the months for flow ids, last reported "
                  "month for level ids. Blank months are not reported.")
    sh.desc += [
        "Title rows 1-4. Header rows 6-7 ('Realisasi Bulan' merged over Jan..Des in row 6, month names in row 7).",
        "Columns: A No, B Indikator Kinerja, C Satuan, D Target 2021, E-P realisasi Jan..Des, Q Capaian (%), "
        "R Keterangan.",
        f"Data rows 8-{last}; sasaran group rows {', '.join(map(str, grp))} (roman numeral in A, text merged B:R; "
        "not key rows). No annual realisasi column.",
    ]


def data_peserta(sh):
    sh.w(1, 1, "DATA PESERTA PELATIHAN PER KEJURUAN TAHUN 2021", bold=True)
    hd = ["No", "Kejuruan", "Jumlah Paket", "Peserta", "Lulus", "Kompeten", "Bekerja"]
    for i, h in enumerate(hd):
        sh.w(3, 1 + i, h, bold=True, h="center")
    rows = [("Teknik Las", 6, 96, 95, 88, 61), ("Otomotif Sepeda Motor", 6, 96, 94, 85, 58),
            ("Teknologi Informasi", 5, 80, 79, 74, 40), ("Menjahit", 5, 80, 80, 73, 35),
            ("Pengolahan Hasil Perikanan", 4, 64, 62, 55, 30), ("Listrik Instalasi", 3, 48, 47, 44, 38),
            ("Tata Rias", 2, 32, 31, 27, 23)]
    r = 4
    for i, row in enumerate(rows):
        sh.w(r, 1, i + 1)
        for j, v in enumerate(row):
            sh.w(r, 2 + j, v)
        r += 1
    sh.w(r, 2, "Jumlah", bold=True)
    for j in range(3, 8):
        sh.w(r, j, f"=SUM({col(j)}4:{col(j)}{r-1})")
    sh.box(3, 1, r, 7)
    sh.width(2, 30)
    sh.desc += ["Per-kejuruan participant table (rows 3-11); counts by trade, not indicators. No key rows. "
                "(Its totals differ slightly from the Rekap: 31 packages, 496 peserta, 488 lulus.)"]


def keterangan(sh):
    lines = ["KETERANGAN",
             "- Realisasi diisi pada bulan kegiatan selesai (penutupan pelatihan).",
             "- Indikator persentase diisi nilai posisi bulan berjalan (bukan dijumlah).",
             "- Persentase drop out: semakin kecil semakin baik.",
             "- IKM diukur per semester (Juni dan Desember).",
             "- Data penempatan bersumber dari tracer study alumni."]
    for i, t in enumerate(lines):
        sh.w(1 + i, 1, t, bold=(i == 0))
    sh.width(1, 90)
    sh.desc += ["Notes sheet (6 lines). No key rows."]


# ------------------------------------------------------------------ 2022: Target / Realisasi on alternating rows
# (id, name, target annual, quarter targets, quarter realisasi, annual realisasi mode, flag)
Y2022 = [
    ("B01", "Jumlah Peserta PBK", 512, [128] * 4, [96, 160, 144, 128], "sum", None),
    ("B02", "Jumlah Lulusan PBK", 500, [125] * 4, [94, 157, 142, 126], "sum", None),
    ("B03", "Prosentase Lulusan Kompeten", 85, [85] * 4, [90.1, 91.0, 91.8, 92.4], "last", None),
    ("B04", "Jumlah Peserta Sertifikasi Kompetensi", 350, [80, 100, 90, 80], [64, 112, 96, 96], "sum", None),
    ("B16", "Jumlah Peserta Pelatihan Penyandang Disabilitas", 16, [D(), 16, D(), D()], [D(), 16, D(), D()],
     "typed", None),
    ("B17", "Persentase Peserta Drop Out", 5, [5] * 4, [2.1, 1.9, 1.8, 1.7], "last", "neg"),
    ("B05", "Persentase Lulusan yang Bekerja", 60, [60] * 4, [55.4, 58.0, 60.6, 62.3], "typed", None),
    ("B20", "Jumlah Lulusan yang Bekerja", 300, [75] * 4, [52, 96, 88, 87], "sum", None),
    ("B06", "Prosentase Lulusan yang Berwirausaha", 10, [10] * 4, [9.0, 9.8, 10.5, 11.2], "last", "typed100"),
    ("B15", "Jumlah Kerjasama dengan DUDI", 6, [1, 2, 1, 2], [1, 2, 1, 2], "sum", "dup"),
    ("B07", "Jumlah Paket Pelatihan Institusional", 32, [8] * 4, [6, 10, 9, 8], "sum", None),
    ("B08", "Jumlah Paket Pelatihan MTU", 6, [1, 2, 2, 1], [1, 2, 2, 1], "sum", None),
    ("B09", "Jumlah Instruktur Bersertifikat", 20, [19, 19, 20, 20], [19, 19, 20, 21], "last", None),
    ("B10", "Jumlah Instruktur yang Mengikuti Peningkatan Kompetensi (Upgrading)", 8, [2, 3, D(), 3],
     [2, 3, D(), 3], "sum", "swap"),
    ("B11", "Persentase Peralatan Workshop Kondisi Baik", 80, [D(), 80, D(), 80], [D(), 79.0, D(), 81.3], "last",
     None),
    ("B12", "Jumlah Kejuruan Terakreditasi", 7, [6, 6, 7, 7], [6, 6, 7, 7], "last", None),
    ("B13", "Predikat Akreditasi Lembaga", G("A", note="B13 target 'A', realisasi 'B' (grades: key null / null)"),
     [D(), D(), D(), G("A")], [D(), D(), D(), G("B")], "grade", "grade"),
    ("B14", "IKM Layanan Pelatihan", 80, [D(), 80, D(), 80], [D(), 82.5, D(), 84.1], "last", None),
    ("B19", "Persentase Serapan Anggaran", 95, [25, 50, 75, 95], [20.4, 45.2, 70.8, 97.31], "frac", None),
    ("B21", "Jumlah Laporan Kinerja & Keuangan", 16, [4] * 4, [4, 4, 4, 4], "sum", None),
]


def alt2022(sh):
    for c, wd in {1: 5, 2: 50, 3: 10, 4: 11, 5: 9, 6: 9, 7: 9, 8: 9, 9: 12, 10: 11, 11: 24}.items():
        sh.width(c, wd)
    for i, t in enumerate(["CAPAIAN KINERJA UPTD BALAI LATIHAN KERJA LUBUK SERAI TAHUN 2022",
                           "Dinas Tenaga Kerja dan Transmigrasi Provinsi Nusa Palapa"]):
        sh.mw(1 + i, 1, 1 + i, 11, t, bold=(i == 0), h="center")
    hd = ["No", "Indikator Kinerja", "Satuan", "Uraian", "TW I", "TW II", "TW III", "TW IV", "Tahun 2022",
          "Capaian (%)", "Keterangan"]
    for i, h in enumerate(hd):
        sh.w(4, 1 + i, h, bold=True, h="center")
    r = 5
    cur = None
    no = 0
    grp = []
    for (sid, name, t, qt, qr, amode, flag) in Y2022:
        sas = META[sid][0]
        if sas != cur:
            cur = sas
            sh.mw(r, 1, r, 11, f"Sasaran {sas} : {SAS[sas]}", bold=True)
            grp.append(r)
            r += 1
        copies = 2 if flag == "dup" else 1
        for cp in range(copies):
            no += 1
            kind = META[sid][2]
            tr, rr = (r + 1, r) if flag == "swap" else (r, r + 1)
            sh.mw(r, 1, r + 1, 1, no, h="center", vert="top")
            sh.mw(r, 2, r + 1, 2, name, wrap=True, vert="top")
            sh.mw(r, 3, r + 1, 3, META[sid][3], h="center", vert="top")
            sh.w(tr, 4, "Target")
            sh.w(rr, 4, "Realisasi")
            for q in range(4):
                sh.w(tr, 5 + q, qt[q])
                sh.w(rr, 5 + q, qr[q])
            sh.w(tr, 9, t)
            if amode == "sum":
                sh.w(rr, 9, f"=SUM(E{rr}:H{rr})")
                rk = keysum(qr)
            elif amode == "last":
                sh.w(rr, 9, f"=H{rr}")
                rk = keylast(qr)
            elif amode == "typed":
                rk = keylast(qr) if kind == "level" else keysum(qr)
                sh.w(rr, 9, rk)
            elif amode == "grade":
                sh.w(rr, 9, G("B"))
                rk = None
            elif amode == "frac":
                sh.w(rr, 9, V(0.9731, "0.00", note=f"{sid}: annual realisasi typed 0,9731 (a fraction in a "
                                                     "points column, TW IV says 97,31); keyed as typed 0.9731"))
                rk = 0.9731
            if flag == "neg":
                sh.w(rr, 10, f"=(2*I{tr}-I{rr})/I{tr}*100", fmt="0.00")
                sh.w(rr, 11, "indikator negatif")
            elif flag == "typed100":
                sh.w(rr, 10, 100, fmt="0.00")
                sh.note(rr, f"{sid}: capaian typed 100 while 11,2 / 10 = 112 (typed capaian disagrees)")
            elif flag == "grade":
                sh.w(rr, 10, "-")
            else:
                sh.w(rr, 10, f"=I{rr}/I{tr}*100", fmt="0.00")
            if flag == "swap":
                sh.note(r, f"{sid}: the Realisasi row (row {rr}) comes BEFORE the Target row (row {tr}); key "
                           f"target = I{tr}, realisasi = I{rr}")
            if cp == 1:
                sh.note(r, f"{sid}: duplicated block (rows {r}-{r+1} repeat rows {r-2}-{r-1}); not a key row")
            else:
                sh.key(r, 2, sid, 2022, [(tr, 9)], "cell", asV(t).key, [(rr, 9)], "cell", rk)
            r += 2
    last = r - 1
    sh.box(4, 1, last, 11)
    signature(sh, last + 3, 8, "Lubuk Serai, 9 Januari 2023", "Kepala UPTD BLK Lubuk Serai", *KA)
    sh.desc += [
        "Title rows 1-2. ONE header row (row 4): No, Indikator Kinerja, Satuan, Uraian, TW I..TW IV, Tahun 2022, "
        "Capaian (%), Keterangan.",
        "Unusual layout: each indicator takes TWO rows, 'Target' and 'Realisasi' (label in column D); No, name and "
        "Satuan are merged over both rows (key row = the first). Column I 'Tahun 2022' holds the annual target on "
        "the Target row and the annual realisasi on the Realisasi row (=SUM(E:H) for counts, =H for levels, or "
        "typed). Capaian only on the Realisasi row.",
        f"Data rows 5-{last}; sasaran group rows {', '.join(map(str, grp))} (merged A:K; not key rows).",
    ]


# ------------------------------------------------------------------ 2023: two years side by side
# (id, name, t22, r22, t23, r23, flag)
Y2023 = [
    ("B01", "Jumlah peserta Pelatihan\nBerbasis Kompetensi (PBK)", 512,
     V(531, note="B01: the 2022 realisasi column says 531 (revised) while sheet 'Capaian 2022' says 528; "
                 "2022 columns are not keyed"), 560, 576, None),
    ("B02", "Jumlah lulusan pelatihan", 500, 519, 550, 571, None),
    ("B03", "Persentase lulusan pelatihan yang kompeten", P(85), P(92.4), P(88), P(93.1), None),
    ("B04", "Jumlah peserta uji kompetensi (sertifikasi BNSP)", 350, 368, 400, 412, None),
    ("B16", "Jumlah peserta pelatihan disabilitas", "-", "-", 16, 19, None),
    ("B17", "Persentase peserta pelatihan yang drop out", P(5), P(1.7), P(4), P(2.0), "neg"),
    ("B05", "Persentase lulusan pelatihan yg ditempatkan bekerja", P(60), P(62.3), P(62), P(64.8), None),
    ("B20", "Jumlah lulusan yg ditempatkan/bekerja", 300, 323, 340, 370, None),
    ("B06", "Persentase lulusan pelatihan yg berwirausaha mandiri", P(10), P(11.2), P(12), P(12.6), None),
    ("B18", "Rata-rata waktu tunggu lulusan memperoleh pekerjaan", "-", "-", 6, 5.2, "negpos"),
    ("B15", "Jumlah naskah kerja sama (MoU) dengan DU/DI", 6, 6, 6, 8, None),
    ("B07", "Jumlah paket pelatihan institusional", 32, 33,
     V(350, note="B07 target 2023 typed 350 (10x the real 35); keyed as typed (350); capaian shows 10,29"), 36, None),
    ("B08", "Jumlah paket pelatihan Mobile Training Unit (MTU)", 6, 6, 8, 8, None),
    ("B09", "Jumlah instruktur yg memiliki sertifikat kompetensi", 20, 21, 22, 22, None),
    ("B10", "Jumlah instruktur yang ditingkatkan kompetensinya", 8, 8, 10, 11, None),
    ("B11", "Persentase peralatan workshop dalam kondisi baik dan layak pakai", P(80), P(81.3), P(82), P(83.0), None),
    ("B12", "Jumlah program kejuruan yang terakreditasi", 7, 7, 8, 7, None),
    ("B13", "Akreditasi lembaga (LA-LPK)", "A", "B", G("A", note="B13 target / realisasi 2023 'A' / 'A' (grades: "
                                                                  "key null)"), G("A"), "grade"),
    ("B14", "Indeks Kepuasan Masyarakat (IKM)", 80, 84.1, T("\u2265 82", 82, note="B14 target typed '\u2265 82' "
                                                                                  "(key 82)"), 85.02, "typedcap"),
    ("B19", "Persentase serapan anggaran", P(95), P(97.31), P(95), P(97.8), None),
    ("B21", "Jumlah laporan kinerja dan keuangan", 16, 16, 16, 16, None),
]


def sbs2023(sh):
    for c, wd in {1: 5, 2: 28, 3: 50, 4: 10, 5: 10, 6: 10, 7: 10, 8: 10, 9: 10, 10: 10, 11: 12}.items():
        sh.width(c, wd)
    for i, t in enumerate(["PENGUKURAN KINERJA TAHUN 2023", "UPTD BALAI LATIHAN KERJA LUBUK SERAI",
                           "DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI NUSA PALAPA"]):
        sh.mw(1 + i, 1, 1 + i, 11, t, bold=True, h="center")
    sh.mw(5, 1, 6, 1, "No", bold=True, h="center")
    sh.mw(5, 2, 6, 2, "Sasaran", bold=True, h="center")
    sh.mw(5, 3, 6, 3, "Indikator Kinerja", bold=True, h="center")
    sh.mw(5, 4, 6, 4, "Satuan", bold=True, h="center")
    sh.mw(5, 5, 5, 7, "Tahun 2022", bold=True, h="center")
    sh.mw(5, 8, 5, 10, "Tahun 2023", bold=True, h="center")
    for c, t in ((5, "Target"), (6, "Realisasi"), (7, "Capaian (%)"), (8, "Target"), (9, "Realisasi"),
                 (10, "Capaian (%)")):
        sh.w(6, c, t, bold=True, h="center")
    sh.mw(5, 11, 6, 11, "Ket. (thd 2022)", bold=True, h="center", wrap=True)
    for c in range(1, 12):
        sh.w(7, c, c, h="center", italic=True)
    r = 8
    no = 0
    for sas in (1, 2, 3, 4):
        start = r
        for (sid, name, t22, r22, t23, r23, flag) in Y2023:
            if META[sid][0] != sas:
                continue
            no += 1
            sh.w(r, 1, no, h="center")
            sh.w(r, 3, name, wrap=True)
            sh.w(r, 4, META[sid][3], h="center")
            sh.w(r, 5, t22); sh.w(r, 6, r22); sh.w(r, 8, t23); sh.w(r, 9, r23)
            pctfmt = "0.00%" if asV(t23).fmt == "0.00%" else "0.00"
            mult = "" if pctfmt == "0.00%" else "*100"
            if isinstance(asV(t22).v, (int, float)) and isinstance(asV(r22).v, (int, float)):
                if flag == "neg":
                    sh.w(r, 7, f"=(2*E{r}-F{r})/E{r}{mult}", fmt=pctfmt)
                else:
                    sh.w(r, 7, f"=F{r}/E{r}{mult}", fmt=pctfmt)
            else:
                sh.w(r, 7, "-")
            if flag == "neg":
                sh.w(r, 10, f"=(2*H{r}-I{r})/H{r}{mult}", fmt=pctfmt)
            elif flag == "negpos":
                sh.w(r, 10, f"=I{r}/H{r}*100", fmt="0.00")
                sh.note(r, f"{sid}: negative indicator (waktu tunggu, lower is better) but capaian uses the positive "
                           "formula =I/H*100 (86,67 instead of 113,33)")
            elif flag == "grade":
                sh.w(r, 10, "100")
            elif flag == "typedcap":
                sh.w(r, 10, round(85.02 / 82 * 100, 2), fmt="0.00")
            else:
                sh.w(r, 10, f"=I{r}/H{r}{mult}", fmt=pctfmt)
            if sid in ("B16", "B18"):
                sh.note(r, f"{sid}: 2022 columns '-' (no 2022 figure in this table)")
            k23, k22 = asV(r23).key, asV(r22).key
            if isinstance(k23, (int, float)) and isinstance(k22, (int, float)):
                better = (k23 < k22) if META[sid][1] == "-" else (k23 > k22)
                sh.w(r, 11, "Tetap" if k23 == k22 else ("Naik" if better else "Turun"))
            sh.key(r, 3, sid, 2023, [(r, 8)], "cell", asV(t23).key, [(r, 9)], "cell", asV(r23).key)
            r += 1
        sh.mw(start, 2, r - 1, 2, SAS[sas], wrap=True, vert="top")
    last = r - 1
    sh.box(5, 1, last, 11)
    signature(sh, last + 3, 8, "Lubuk Serai, 10 Januari 2024", "Kepala UPTD BLK Lubuk Serai", *KA)
    sh.desc += [
        "Title rows 1-3. Header rows 5-6 ('Tahun 2022' and 'Tahun 2023' each merged over Target / Realisasi / "
        "Capaian), numbered column row 7 (1..11).",
        "Columns: A No, B Sasaran (merged per sasaran), C Indikator Kinerja, D Satuan, E-G 2022 target / realisasi / "
        "capaian (NOT keyed: only the sheet's own year 2023 is), H-J 2023 target / realisasi / capaian, "
        "K Ket. (Naik / Turun / Tetap against 2022).",
        f"Data rows 8-{last}. Percent indicators stored as fractions in %-formatted cells (key in points). "
        "B01's name cell holds a line break.",
    ]


def sheet2(sh):
    sh.w(1, 1, "rekap sementara")
    rows = [("peserta", 528), ("lulusan", 519), ("bekerja", 323), ("wirausaha", 58)]
    for i, (a, b) in enumerate(rows):
        sh.w(2 + i, 1, a); sh.w(2 + i, 2, b)
    sh.desc += ["Hidden scratch sheet (4 label/number pairs). Not keyed."]


# ------------------------------------------------------------------ 2024: RA with annual realisasi column
# (id, name, target, satuan, quarter targets, quarter realisasi, annual mode, flag)
Y2024 = [
    ("B01", "a. Jumlah peserta pelatihan berbasis kompetensi (orang)", 600, [96, 192, 176, 136],
     [112, 176, 192, 144], "sum", None),
    ("B02", "b. Jumlah lulusan pelatihan berbasis kompetensi", 590, [94, 189, 173, 134], [110, 174, 190, 144],
     "sum", None),
    ("B03", "c. Persentase lulusan yg dinyatakan kompeten (uji kompetensi)", 90, [90] * 4,
     [92.7, 93.1, 93.6, 94.0], "last", None),
    ("B04", "d. Jumlah peserta uji kompetensi", 420, [64, 128, 128, 100], [80, 128, 128, 100], "sum", None),
    ("B16", "e. Jumlah peserta pelatihan dari penyandang disabilitas", 20, [D(), 20, D(), D()],
     [D(), 21, D(), D()], "typed", None),
    ("B17", "f. Angka drop out peserta pelatihan (%)", 4, [4] * 4, [2.5, 2.2, 2.0, 1.9], "last", "neg"),
    ("B05b", "a. Tingkat penempatan lulusan pelatihan (%)", 65, [65] * 4, [60.2, 62.5, 64.7, 66.1], "last", None),
    ("B20", "b. Jumlah lulusan pelatihan yang bekerja (orang)", 380, [60, 100, 120, 100], [70, 110, 121, 108],
     "sum", None),
    ("B06", "c. Persentase lulusan yang berwirausaha", 12, [12] * 4, [11.0, 12.1, 12.9, 13.4], "last", None),
    ("B18", "d. Rata - rata masa tunggu lulusan mendapatkan pekerjaan (bulan)", 6, [D(), 6, D(), 6],
     [D(), 5.1, D(), 4.8], "typed", "negTR"),
    ("B15", "e. Jumlah kerjasama dg dunia usaha/dunia industri (DUDI)", 8, [2] * 4, [2, 3, 2, 2], "sum", None),
    ("B07", "a. Jumlah paket pelatihan (institusional)", 37, [6, 12, 11, 8], [7, 11, 12, 9], "sum", None),
    ("B08", "b. Jumlah paket pelatihan non institusional (MTU)", 8, [2] * 4, [2, 3, 2, 2], "sum", None),
    ("B09", "c. Jumlah instruktur bersertifikat kompetensi", 24, [22, 23, 23, 24], [22, 23, 24, 25], "last",
     "nextrow"),
    ("B10", "d. Jumlah instruktur mengikuti upgrading/peningkatan kompetensi", 10, [2, 3, 3, 2], [3, 4, 3, 2],
     "sum", None),
    ("B11b", "e. Persentase sarana dan peralatan workshop kondisi baik", 85, [D(), 85, D(), 85],
     [D(), 83.2, D(), 84.6], "text", None),
    ("B12", "f. Jumlah kejuruan terakreditasi", 8, [7, 7, 8, 8], [7, 7, 8, 8], "last", None),
    ("B14", "g. Nilai IKM UPTD BLK", 83, [D(), 83, D(), 83], [D(), G("B"), D(), G("B")], "grade", "grade"),
    ("B19", "a. Serapan anggaran UPTD", 96, [25, 50, 75, 96], [18.2, 42.7, 69.9, 98.05], "last", None),
]


def ra2024(sh):
    for c, wd in {1: 5, 2: 26, 3: 52, 4: 9, 5: 9, 18: 11, 19: 11, 20: 22}.items():
        sh.width(c, wd)
    for c in range(6, 18):
        sh.width(c, 8)
    for i, t in enumerate(["RENCANA AKSI DAN REALISASI KINERJA TRIWULAN IV TAHUN 2024",
                           "UPTD BALAI LATIHAN KERJA LUBUK SERAI",
                           "DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI NUSA PALAPA"]):
        sh.mw(1 + i, 1, 1 + i, 20, t, bold=True, h="center")
    sh.mw(5, 1, 6, 1, "No", bold=True, h="center")
    sh.mw(5, 2, 6, 2, "Sasaran Strategis", bold=True, h="center")
    sh.mw(5, 3, 6, 3, "Indikator Kinerja", bold=True, h="center")
    sh.mw(5, 4, 6, 4, "Target 2024", bold=True, h="center", wrap=True)
    sh.mw(5, 5, 6, 5, "Satuan", bold=True, h="center")
    for q in range(4):
        c = 6 + 3 * q
        sh.mw(5, c, 5, c + 2, f"Triwulan {ROMAN[q+1]}", bold=True, h="center")
        for j, t in enumerate(("T", "R", "%")):
            sh.w(6, c + j, t, bold=True, h="center")
    sh.mw(5, 18, 6, 18, "Realisasi s.d. TW IV", bold=True, h="center", wrap=True)
    sh.mw(5, 19, 6, 19, "Capaian Tahunan (%)", bold=True, h="center", wrap=True)
    sh.mw(5, 20, 6, 20, "Penanggung Jawab", bold=True, h="center")
    for c in range(1, 21):
        sh.w(7, c, f"({c})", h="center", italic=True)
    PJ = {1: "Seksi Pelatihan", 2: "Seksi Pemasaran dan Kerjasama", 3: "Seksi Pelatihan", 4: "Subbag Tata Usaha"}
    r = 8
    no = 0
    for sas in (1, 2, 3, 4):
        start = r
        for (sid, name, t, qt, qr, amode, flag) in Y2024:
            if META[sid][0] != sas:
                continue
            no += 1
            kind = META[sid][2]
            sh.w(r, 1, no, h="center")
            sh.w(r, 3, name, wrap=True)
            sh.w(r, 4, t)
            sh.w(r, 5, META[sid][3], h="center")
            for q in range(4):
                c = 6 + 3 * q
                sh.w(r, c, qt[q]); sh.w(r, c + 1, qr[q])
                if isinstance(asV(qt[q]).v, (int, float)) and isinstance(asV(qr[q]).v, (int, float)):
                    sh.w(r, c + 2, f"={col(c+1)}{r}/{col(c)}{r}*100", fmt="0.00")
                else:
                    sh.w(r, c + 2, "-")
            if amode == "sum":
                sh.w(r, 18, f"=G{r}+J{r}+M{r}+P{r}")
                rk = keysum(qr)
            elif amode == "last":
                sh.w(r, 18, f"=P{r}")
                rk = keylast(qr)
            elif amode == "typed":
                rk = keysum(qr) if kind == "flow" else keylast(qr)
                sh.w(r, 18, rk)
            elif amode == "text":
                sh.w(r, 18, T("84,6 %", 84.6, note=f"{sid}: annual realisasi typed as text '84,6 %' (key 84.6)"))
                rk = 84.6
            elif amode == "grade":
                sh.w(r, 18, G("B", note=f"{sid}: realisasi is the IKM category 'B' in TW II, TW IV and the annual "
                                        "column (grade -> key null); target 83"))
                rk = None
            if flag in ("neg", "negTR"):
                sh.note(r, f"{sid}: negative indicator, but the per-quarter % columns (H, K, N, Q) use the positive "
                           "formula R/T*100 (e.g. {:.2f} at TW IV) while the annual capaian S does not".format(
                               keylast(qr) / keylast(qt) * 100))
            if flag == "neg":
                sh.w(r, 19, f"=(2*D{r}-R{r})/D{r}*100", fmt="0.00")
            elif flag == "negTR":
                sh.w(r, 19, f"=D{r}/R{r}*100", fmt="0.00")
                sh.note(r, f"{sid}: negative indicator, capaian =D/R*100 (target / realisasi: one of the accepted "
                           "negative formulas, 125)")
            elif flag == "nextrow":
                sh.w(r, 19, f"=R{r+1}/D{r+1}*100", fmt="0.00")
                sh.note(r, f"{sid}: capaian formula =R{r+1}/D{r+1}*100 points at the next row")
            elif flag == "grade":
                sh.w(r, 19, "-")
            elif amode == "text":
                sh.w(r, 19, 99.53, fmt="0.00")
            else:
                sh.w(r, 19, f"=R{r}/D{r}*100", fmt="0.00")
            sh.w(r, 20, PJ[sas])
            sh.key(r, 3, sid, 2024, [(r, 4)], "cell", asV(t).key, [(r, 18)], "cell", rk)
            r += 1
        sh.mw(start, 2, r - 1, 2, SAS[sas], wrap=True, vert="top")
    last = r - 1
    sh.box(5, 1, last, 20)
    sh.note(None, "Quarter targets: per-quarter counts for flows (sum = annual target, B04's quarters add to 420 "
                  "with TW I 64), constant levels for %, a 25/50/75/96 schedule for B19; TW cells '-' where "
                  "nothing is planned.")
    signature(sh, last + 3, 15, "Lubuk Serai, 8 Januari 2025", "Kepala UPTD Balai Latihan Kerja Lubuk Serai", *KA24)
    sh.desc += [
        "Title rows 1-3. Header rows 5-6 (Triwulan I-IV each merged over T / R / % in row 5), numbered column "
        "row 7: (1)..(20).",
        "Columns: A No, B Sasaran Strategis (merged per sasaran), C Indikator Kinerja (letter prefixes 'a.', 'b.' "
        "restart in each sasaran), D Target 2024, E Satuan, F-H TW I T/R/%, I-K TW II, L-N TW III, O-Q TW IV, "
        "R Realisasi s.d. TW IV (annual realisasi: =G+J+M+P for counts, =P for levels, or typed), "
        "S Capaian Tahunan (%), T Penanggung Jawab.",
        f"Data rows 8-{last}. Key target = D, key realisasi = R.",
    ]


def anggaran2024(sh):
    sh.w(1, 1, "REKAP REALISASI ANGGARAN TW IV 2024", bold=True)
    hd = ["Sub Kegiatan", "Pagu", "TW I", "TW II", "TW III", "TW IV", "Jumlah", "%"]
    for i, h in enumerate(hd):
        sh.w(3, 1 + i, h, bold=True)
    data = [("Pelaksanaan Pelatihan berdasarkan Unit Kompetensi", 3650000000, 540000000, 1020000000, 1130000000,
             890000000),
            ("Pelaksanaan Pelatihan Non Institusional (MTU)", 420000000, 60000000, 140000000, 110000000, 98500000),
            ("Penyediaan Jasa Pelayanan Umum Kantor", 610000000, 150000000, 150000000, 150000000, 157000000)]
    r = 4
    for row in data:
        for j, v in enumerate(row):
            sh.w(r, 1 + j, v, fmt="#,##0" if j else None)
        sh.w(r, 7, f"=SUM(C{r}:F{r})", fmt="#,##0")
        sh.w(r, 8, f"=G{r}/B{r}*100", fmt="0.00")
        r += 1
    sh.width(1, 50)
    sh.box(3, 1, r - 1, 8)
    sh.desc += ["Budget per sub kegiatan (rows 3-6). No key rows."]


def main():
    books = []
    b1 = Book("Rekap Capaian Bulanan UPTD BLK 2021.ods", "ods", author="BLK-LS")
    monthly2021(b1.sheet("Rekap 2021"))
    data_peserta(b1.sheet("Data Peserta"))
    keterangan(b1.sheet("Keterangan"))
    b1.desc.append("Monthly realisation sheet 2021 (no annual realisasi column), a per-trade data sheet and a "
                   "notes sheet.")
    books.append(b1)
    b2 = Book("BLK_Capaian_2022_2023.xlsx", "xlsx", author="operator")
    alt2022(b2.sheet("Capaian 2022"))
    sbs2023(b2.sheet("PK 2023"))
    sheet2(b2.sheet("Sheet2", hidden=True))
    b2.desc.append("Two years in one workbook: 2022 in an alternating Target/Realisasi-row layout, 2023 as a PK "
                   "table with 2022 and 2023 side by side; a hidden scratch sheet.")
    books.append(b2)
    b3 = Book("RA UPTD BLK TW IV 2024.xls", "xls", author="TU UPTD")
    ra2024(b3.sheet("RA TW IV 2024"))
    anggaran2024(b3.sheet("Rekap Anggaran"))
    b3.desc.append("Quarterly Rencana Aksi with T/R/% per quarter AND an annual realisasi column.")
    books.append(b3)
    ambiguous = [["B05", "B05b"], ["B11", "B11b"]]
    extra = dict(
        lookalikes=[
            ("B01 / B16", "Jumlah peserta pelatihan (all) vs Jumlah peserta pelatihan penyandang disabilitas (subset)"),
            ("B01 / B02", "peserta vs lulusan"),
            ("B05 / B20", "Persentase lulusan yang bekerja vs Jumlah lulusan yang bekerja (2022 sheet: 'Persentase "
                          "Lulusan yang Bekerja' / 'Jumlah Lulusan yang Bekerja')"),
            ("B05 / B06", "lulusan yang bekerja/ditempatkan vs lulusan yang berwirausaha (two sub-types)"),
            ("B07 / B08", "paket pelatihan institusional vs Mobile Training Unit / non institusional (two sub-types)"),
            ("B09 / B10", "instruktur bersertifikat (stock) vs instruktur yang mengikuti upgrading (flow)"),
            ("B04 / B03", "Jumlah peserta uji kompetensi vs Persentase lulusan kompeten"),
        ],
        ambiguous_why=[
            ("B05 / B05b", "2024 'Tingkat penempatan lulusan pelatihan (%)' (placement by the BLK) vs 'Persentase "
                           "lulusan yang bekerja / ditempatkan bekerja' (any employment) in 2021-2023"),
            ("B11 / B11b", "2024 widens 'peralatan workshop' to 'sarana dan peralatan workshop'"),
        ],
        negatives=["B17", "B18"],
    )
    return build_agency(SLUG, dict(agency=AGENCY, short="UPTD BLK Lubuk Serai"), books, ambiguous,
                        dict(flows=FLOWS, levels=LEVELS), extra)


if __name__ == "__main__":
    main()
