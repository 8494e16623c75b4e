"""UPTD BPSB TPH Provinsi Nusa Lontar, 2019-2022 (prefix B)."""
from lib import (Agency, BL, BLUE, BOLD, DASH, F, GE, GREY, GREEN, N, P, RNG, RP, T, TN, V,
                 YELLOW, lo_sum)

AG = Agency("uptd_bpsb_tph_nusa_lontar", "B", [2019, 2020, 2021, 2022],
            flow=["B01", "B01i", "B01h", "B02", "B03", "B04", "B07", "B08", "B09", "B12", "B13",
                  "B14", "B16", "B17", "B18", "B19"],
            level=["B05", "B06", "B10", "B11", "B11b", "B15", "B20"])
AG.ambiguous = [["B11", "B11b"]]

S1 = "Meningkatnya ketersediaan benih bermutu (bersertifikat) tanaman pangan dan hortikultura"
S2 = "Meningkatnya mutu benih yang beredar di Provinsi Nusa Lontar"
S3 = "Meningkatnya kapasitas penangkar dan produsen benih"
S4 = "Meningkatnya kualitas pelayanan UPTD"

KEPALA = "Ir. Yohanes M. Rato Dhae, M.Si"
NIP_KEPALA = "NIP. 19680412 199403 1 007"


def signature(sh, row, col, city_date, jab=("Kepala UPTD Balai Pengawasan dan", "Sertifikasi Benih TPH,")):
    sh.t(f"{col}{row}", city_date)
    sh.t(f"{col}{row + 1}", jab[0])
    sh.t(f"{col}{row + 2}", jab[1])
    sh.t(f"{col}{row + 6}", KEPALA, bold=True)
    sh.t(f"{col}{row + 7}", NIP_KEPALA)


def capaian(sh, ref, tv, rv, r, tc, rc, fmt="0.00%"):
    """% capaian: formula where both are numbers, typed text otherwise"""
    if isinstance(tv.cell, (int, float)) and isinstance(rv.cell, (int, float)):
        sh.w(ref, F(f"IF({tc}{r}=0,0,{rc}{r}/{tc}{r})", None, fmt), h="center")
    elif tv.key and rv.key:
        sh.w(ref, TN(round(rv.key / tv.key * 100, 2), suf=" %"), h="center")
    else:
        sh.w(ref, "-", h="center")


# =============================================================== 2019 + 2020 (.xls)
def y2019(bk):
    sh = bk.sheet("PK 2019")
    ws = sh.ws
    sh.widths(A=5, B=30, C=48, D=10, E=14, F=14, G=11)
    for i, txt in enumerate(["PENGUKURAN KINERJA TAHUN 2019",
                             "UPTD BALAI PENGAWASAN DAN SERTIFIKASI BENIH TANAMAN PANGAN DAN HORTIKULTURA",
                             "DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI NUSA LONTAR"], start=1):
        sh.m(f"A{i}:G{i}", txt, bold=True, h="center", border=False)
    sh.t("A5", "Periode : Januari s.d. Desember 2019")
    hdr = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian"]
    for j, h in enumerate(hdr):
        sh.w(f"{'ABCDEFG'[j]}6", h, bold=True, h="center", fill=GREY)
        sh.w(f"{'ABCDEFG'[j]}7", f"({j + 1})", h="center", italic=True)
    groups = [
        (S1, [("B01", "Jumlah benih padi bersertifikat yang dihasilkan", "ton", N(4250), N(4018.6)),
              ("B02", "Jumlah benih jagung bersertifikat yang dihasilkan", "ton", N(1450000), N(1386.4)),
              ("B03", "Jumlah benih kedelai bersertifikat yang dihasilkan", "ton", N(320), N(268.5)),
              ("DRAFT", "Jumlah benih kacang tanah bersertifikat", "ton", N(60), N(41.2)),
              ("B13", "Jumlah benih hortikultura bersertifikat", "batang", N(250000), N(231640)),
              ("B08", "Luas areal pemeriksaan lapangan (ha)", "ha", N(3600), N(3412.75)),
              ("B12", "Jumlah label benih yang diterbitkan", "lembar", N(1150000), TN(1185400, suf="*)")),
              ("B20", "Persentase lot benih yang lulus pemeriksaan lapangan", "%", N(85), P(87.9))]),
        (S2, [("B04", "Jumlah sampel benih yang diuji di laboratorium", "sampel", N(1200), N(1185)),
              ("B05", "Prosentase sampel benih yang lulus uji laboratorium", "%", N(90), N(91.2)),
              ("B09", "Jumlah kios/pengecer benih yang diawasi", "kios", N(180), N(184)),
              ("B10", ("Prosentase kios benih yang memenuhi", "ketentuan peredaran benih"), "%", N(85), N(82.6))]),
        (S3, [("B06", "Jumlah penangkar benih yang dibina", "penangkar", N(140), N(146)),
              ("B07", "Jumlah penangkar benih baru", "penangkar", N(10), N(12))]),
        (S4, [("B11", "Persentase hasil uji laboratorium yang diselesaikan tepat waktu", "%",
               TN(95, suf=" %"), TN(96.4, suf=" %")),
              ("B15", "Indeks Kepuasan Masyarakat (IKM)", "nilai", GE(80), TN(82.46)),
              ("B16", "Realisasi retribusi pelayanan sertifikasi benih", "Rp", RP(45000000), RP(47325000))]),
    ]
    r = 8
    for gi, (sas, items) in enumerate(groups, start=1):
        top = r
        for (id_, name, unit, tv, rv) in items:
            if id_ == "DRAFT":
                sh.w(f"C{r}", name, h="left")
                sh.w(f"D{r}", unit, h="center")
                sh.w(f"E{r}", tv)
                sh.w(f"F{r}", rv)
                sh.hide_row(r)
                r += 1
                continue
            if isinstance(name, tuple):
                first, cont = name
                sh.key(id_, 2019, f"C{r}", first, (f"E{r}", tv), (f"F{r}", rv))
                sh.w(f"C{r}", first, h="left", wrap=False)
                sh.w(f"D{r}", unit, h="center")
                capaian(sh, f"G{r}", tv, rv, r, "E", "F")
                sh.w(f"C{r + 1}", cont, h="left", wrap=False)
                for c in "DEFG":
                    sh.w(f"{c}{r + 1}", None)
                r += 2
                continue
            sh.key(id_, 2019, f"C{r}", name, (f"E{r}", tv), (f"F{r}", rv))
            sh.w(f"D{r}", unit, h="center")
            capaian(sh, f"G{r}", tv, rv, r, "E", "F")
            if id_ == "B02":
                sh.mistake(2019, f"E{r}", id_, "target typed 1000x (kg instead of ton: 1.450.000 for 1.450)", 1450000)
            r += 1
        sh.m(f"A{top}:A{r - 1}", str(gi), h="center", v_al="top")
        sh.m(f"B{top}:B{r - 1}", sas, v_al="top", wrap=True)
    # a name typed into the Sasaran column (row outside the S4 merge)
    sh.w(f"A{r}", None)
    sh.key("B18", 2019, f"B{r}", "Jumlah PBT yang mengikuti peningkatan kompetensi", (f"E{r}", N(12)),
           (f"F{r}", N(12)))
    sh.w(f"C{r}", None)
    sh.w(f"D{r}", "orang", h="center")
    capaian(sh, f"G{r}", N(12), N(12), r, "E", "F")
    r += 1
    sh.t(f"B{r}", "*) termasuk label ulang (relabel) benih padi dari stok tahun 2018", italic=True)
    r += 2
    sh.w(f"B{r}", "Program / Kegiatan", bold=True, fill=GREY)
    sh.m(f"C{r}:D{r}", "Anggaran", bold=True, fill=GREY, h="center")
    sh.w(f"E{r}", "Realisasi", bold=True, fill=GREY)
    sh.w(f"F{r}", "%", bold=True, fill=GREY)
    r += 1
    sh.w(f"B{r}", "Pengawasan dan Sertifikasi Benih Tanaman Pangan dan Hortikultura")
    sh.m(f"C{r}:D{r}", "Rp 1.245.670.000,-")
    sh.w(f"E{r}", "Rp 1.187.332.400,-")
    sh.w(f"F{r}", "95,32 %")
    r += 1
    sh.w(f"B{r}", "Operasional Laboratorium Benih")
    sh.m(f"C{r}:D{r}", "Rp 318.500.000,-")
    sh.w(f"E{r}", "Rp 301.118.750,-")
    sh.w(f"F{r}", "94,54 %")
    signature(sh, r + 3, "E", "Nai Lontar, 24 Januari 2020")


def y2020(bk):
    sh = bk.sheet("Tabel 3.2 (2020)")
    sh.widths(A=5, B=52, C=10, D=12, E=12, F=12, G=12, H=11, I=14, J=13)
    sh.t("A1", "BAB III  AKUNTABILITAS KINERJA", bold=True)
    sh.t("A2", "Tabel 3.2", bold=True)
    sh.t("A3", "Perbandingan Realisasi Kinerja Tahun 2020 dengan Realisasi Tahun 2018, 2019 dan Target Akhir "
               "Renstra (2023)")
    sh.t("A4", "UPTD BPSB TPH Provinsi Nusa Lontar")
    sh.m("A6:A7", "No", bold=True, h="center", fill=GREY)
    sh.m("B6:B7", "Indikator Kinerja", bold=True, h="center", fill=GREY)
    sh.m("C6:C7", "Satuan", bold=True, h="center", fill=GREY)
    sh.m("D6:E6", "Realisasi", bold=True, h="center", fill=GREY)
    sh.w("D7", "2018", bold=True, h="center", fill=GREY)
    sh.w("E7", "2019", bold=True, h="center", fill=GREY)
    sh.m("F6:H6", "Tahun 2020", bold=True, h="center", fill=GREY)
    sh.w("F7", "Target", bold=True, h="center", fill=GREY)
    sh.w("G7", "Realisasi", bold=True, h="center", fill=GREY)
    sh.w("H7", "% Capaian", bold=True, h="center", fill=GREY)
    sh.m("I6:I7", "Target Akhir Renstra (2023)", bold=True, h="center", fill=GREY)
    sh.m("J6:J7", "Capaian thd Renstra (%)", bold=True, h="center", fill=GREY)
    groups = [
        (S1, [("B01", "Jumlah Benih Padi Bersertifikat Yang Dihasilkan (ton)", "ton", 3870.2, 4018.6, N(4400), N(4512.3), 5000),
              ("B02", "Jumlah Benih Jagung Bersertifikat Yang Dihasilkan (ton)", "ton", 1302.0, 1386.4, N(1500), N(1522), 1800),
              ("B03", "Jumlah Benih Kedelai Bersertifikat Yang Dihasilkan (ton)", "ton", 301.5, 268.5, N(300), N(241), 350),
              ("B13", "Jumlah Benih Hortikultura Bersertifikat (batang)", "batang", 218400, 231640, N(260000), N(274115), 300000),
              ("B14", "Jumlah benih bawang merah bersertifikat (ton)", "ton", "-", "-", N(35), N(28.4), 60),
              ("B08", "Luas Areal Pemeriksaan Lapangan", "ha", 3350.0, 3412.75, N(3700), N(3815.5), 4200),
              ("B12", "Jumlah label sertifikasi benih yang diterbitkan (lembar)", "lembar", 1098250, 1185400,
               N(1200000), N(1163250), 1400000),
              ("B20", "Prosentase lot benih lulus pemeriksaan lapangan", "%", 0.842, 0.879, P(85), P(86.3), 0.9)]),
        (S2, [("B04", "Jumlah sampel benih yg diuji (sampel)", "sampel", 1104, 1185, N(1250), N(1302), 1500),
              ("B05", "Persentase sampel benih lulus uji lab", "%", 89.5, 91.2, N(90), N(0.874), 93),
              ("B09", "Jumlah kios benih yang diawasi (kios)", "kios", 171, 184, N(190), N(176), 220),
              ("B10", "Persentase kios benih yang memenuhi ketentuan peredaran (%)", "%", 80.2, 82.6, N(87), N(88.1), 92)]),
        (S3, [("B06", "Jumlah penangkar benih binaan (penangkar)", "penangkar", 131, 146, N(150), N(152), 180),
              ("B07", "Jumlah penangkar benih baru yang ditumbuhkan", "penangkar", 9, 12, N(10), TN(6, suf=" penangkar"), 12)]),
        (S4, [("B11", "Persentase hasil pengujian yang diselesaikan tepat waktu ", "%", 94.1, 96.4, N(95), N(97.1), 98),
              ("B15", "Nilai IKM thd layanan sertifikasi benih", "nilai", 79.85, 82.46, N(80), TN(83.1, dec=2), 85),
              ("B16", "Realisasi Retribusi Pengujian & Sertifikasi Benih (Rp)", "Rp", 41150000, 47325000,
               RP(50000000), RP(38910000, style=1), 65000000),
              ("B18", "Jumlah Pengawas Benih Tanaman (PBT) yang ditingkatkan kompetensinya", "orang", 10, 12,
               N(15), N(9), 60)]),
    ]
    r = 8
    no = 1
    for gi, (sas, items) in enumerate(groups, start=1):
        sh.m(f"A{r}:J{r}", f"Sasaran {gi} : {sas}", bold=True, fill=BLUE, h="left")
        r += 1
        for (id_, name, unit, r18, r19, tv, rv, rens) in items:
            sh.w(f"A{r}", no, h="center")
            sh.key(id_, 2020, f"B{r}", name, (f"F{r}", tv), (f"G{r}", rv))
            sh.w(f"C{r}", unit, h="center")
            pf = "0.0%" if id_ == "B20" else None
            for c, v in (("D", r18), ("E", r19), ("I", rens)):
                sh.w(f"{c}{r}", v if isinstance(v, str) else (P(v * 100, pf) if pf else N(v)), h="center")
            if id_ == "B16":
                sh.w(f"H{r}", "77,82 %", h="center")
                sh.w(f"J{r}", "-", h="center")
            else:
                sh.w(f"H{r}", F(f"G{r}/F{r}", None, "0.00%"), h="center")
                sh.w(f"J{r}", F(f"G{r}/I{r}", None, "0.00%"), h="center")
            if id_ == "B05":
                sh.mistake(2020, f"G{r}", id_, "realisasi typed as a fraction (0,874) in a plain cell", 0.874)
            r += 1
            no += 1
    r += 1
    sh.t(f"B{r}", "Sumber: Laporan Bulanan Seksi Sertifikasi dan Seksi Laboratorium, diolah", italic=True)
    sh.t(f"B{r + 1}", "Catatan: realisasi retribusi 2020 turun karena pembatasan kegiatan (pandemi Covid-19)",
         italic=True)


def draft2020(bk):
    sh = bk.sheet("PK 2020 (draft)", hidden=True)
    sh.t("A1", "DRAFT - PK 2020 (belum final, jangan dipakai)", bold=True)
    rows = [("Jumlah benih padi bersertifikat", "ton", 4300, 2950.4),
            ("Jumlah benih jagung bersertifikat", "ton", 1450, 1102.0),
            ("Jumlah sampel benih yang diuji", "sampel", 1250, 905),
            ("Jumlah kios benih yang diawasi", "kios", 190, 120),
            ("Persentase lot benih lulus lapangan", "%", 85, 84.0),
            ("Realisasi retribusi", "Rp", 50000000, 29400000)]
    sh.w("A3", "No", bold=True)
    sh.w("B3", "Indikator", bold=True)
    sh.w("C3", "Satuan", bold=True)
    sh.w("D3", "Target", bold=True)
    sh.w("E3", "Real. s.d. Sept", bold=True)
    for i, (n, u, t, rr) in enumerate(rows, start=4):
        sh.w(f"A{i}", i - 3)
        sh.w(f"B{i}", n)
        sh.w(f"C{i}", u)
        sh.w(f"D{i}", N(t))
        sh.w(f"E{i}", N(rr))


# =============================================================== 2021 (.ods)
def y2021(bk):
    sh = bk.sheet("Renaksi 2021")
    sh.widths(A=5, B=26, C=46, D=10, E=13, F=11, G=11, H=11, I=11, J=11, K=24)
    sh.m("A1:K1", "RENCANA AKSI KINERJA TAHUN 2021", bold=True, h="center", border=False)
    sh.m("A2:K2", "UPTD BPSB TPH - DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI NUSA LONTAR", bold=True,
         h="center", border=False)
    sh.m("A3:K3", "(target dan realisasi per triwulan)", italic=True, h="center", border=False)
    for c, h in zip("ABCDEF", ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2021", "Uraian"]):
        sh.m(f"{c}5:{c}6", h, bold=True, h="center", fill=GREY)
    sh.m("G5:J5", "Triwulan", bold=True, h="center", fill=GREY)
    for c, h in zip("GHIJ", ["I", "II", "III", "IV"]):
        sh.w(f"{c}6", h, bold=True, h="center", fill=GREY)
    sh.m("K5:K6", "Keterangan", bold=True, h="center", fill=GREY)

    def q(*xs):
        return [x if isinstance(x, V) else N(x) for x in xs]

    groups = [
        (S1, [("B01i", "Jumlah benih padi inbrida yg disertifikasi", "ton", N(4100), q(410, 1230, 1640, 820),
               q(412.5, 1288.4, 1675.2, 802.6), ""),
              ("B01h", "Jumlah benih padi hibrida yg disertifikasi", "ton", N(180), q(0, 60, 80, 40),
               q(DASH, 64.5, 88.0, 31.2), "TW I belum ada panen hibrida"),
              ("B02", "Jumlah benih jagung yg disertifikasi ", "ton", N(1600), q(200, 400, 600, 400),
               q(188.6, 402.3, 655.9, 391.0), ""),
              ("B03", "Jumlah benih kedelai yg disertifikasi", "ton", N(280), q(30, 70, 110, 70),
               q(22.4, 71.8, 96.5, 52.0), ""),
              ("B13", "Jumlah benih/bibit hortikultura yg disertifikasi", "batang", N(270000),
               q(40000, 70000, 90000, 70000), q(41250, 68900, 92310, 80115), ""),
              ("B14", "Jumlah benih bawang merah (umbi) yg disertifikasi", "ton", N(40), q(5, 10, 15, 10),
               q(6.5, 9.8, 12.4, 10.1), ""),
              ("B08", "Luas areal pertanaman benih yang diperiksa lapangan", "ha", N(3800),
               q(500, 1100, 1400, 800), q(512.5, 1104.25, 1386.0, 903.5), ""),
              ("B12", "Jumlah label benih diterbitkan", "lembar", N(1250000),
               q(160000, 340000, 450000, 300000), q(165200, 338450, 421900, 301775), ""),
              ("B20", "Persentase lot benih yg lulus pemeriksaan lapangan", "%", N(86), q(86, 86, 86, 86),
               q(84.5, 86.2, 87.0, 88.4), "kumulatif")]),
        (S2, [("B04", "Jumlah sampel benih yang diuji mutu di laboratorium benih", "sampel", N(1300),
               q(300, 350, 350, 300), q(288, 341, 372, 296), ""),
              ("B05", "Persentase sampel benih yang memenuhi standar mutu (lulus uji laboratorium)", "%", N(92),
               q(92, 92, 92, 92), q(90.3, 91.8, 92.6, T("93,1", 93.1)), ""),
              ("B09", "Jumlah kios / pengecer benih yg dilakukan pengawasan peredaran", "kios", N(200),
               q(50, 50, 50, 50), q(46, 52, 510, 49), ""),
              ("B10", "Persentase kios yg memenuhi ketentuan peredaran benih", "%", N(88), q(88, 88, 88, 88),
               q(85.0, 86.4, 88.9, BL), "TW IV menunggu rekap kab.")]),
        (S3, [("B06", "Jumlah penangkar benih tanaman pangan & hortikultura yang dibina", "penangkar", N(160),
               q(155, 155, 160, 160), q(152, 155, 158, 161), "posisi akhir triwulan"),
              ("B07", "Jumlah penangkar baru yg ditumbuhkan", "penangkar", N(12), q(2, 4, 4, 2), q(2, 3, 5, 3), ""),
              ("B17", "Jumlah produsen benih yang menerapkan sistem manajemen mutu", "produsen", N(8),
               q(DASH, 2, 3, 3), q(DASH, DASH, 3, 4), ""),
              ("B19", "Jumlah varietas lokal yang didaftarkan", "varietas", N(2), q(DASH, DASH, 1, 1),
               q(DASH, DASH, DASH, 1), "1 varietas masih proses di PVTPP")]),
        (S4, [("B11b", "Persentase layanan pengujian mutu benih sesuai standar pelayanan", "%", N(95),
               q(95, 95, 95, 95), q(93.5, 96.0, 97.2, 95.8), ""),
              ("B15", "Indeks kepuasan masyarakat terhadap pelayanan UPTD", "nilai", N(82),
               q(DASH, 82, DASH, 82), q(DASH, 81.9, DASH, 83.4), "survei per semester"),
              ("B16", "Retribusi pelayanan pengujian dan sertifikasi benih", "Rp", RP(55000000),
               q(RP(10000000, 3), RP(15000000, 3), RP(18000000, 3), RP(12000000, 3)),
               q(RP(9850000, 3), RP(14200000, 3), RP(17925000, 3), RP(12330000, 3)), "")]),
    ]
    r = 7
    letters = "abcdefghij"

    def table(r, keyed):
        no = 1
        for gi, (sas, items) in enumerate(groups, start=1):
            top = r
            for k, (id_, name, unit, tv, tq, rq, ket) in enumerate(items):
                written = f"{letters[k]}. {name}"
                sh.m(f"A{r}:A{r + 1}", f"{gi}.{k + 1}", h="center")
                if keyed:
                    rule = "sum" if id_ in AG.flow else "last"
                    sh.key(id_, 2021, f"C{r}", written, (f"E{r}", tv),
                           [(f"{c}{r + 1}", v) for c, v in zip("GHIJ", rq)], rrule=rule,
                           name_merge=f"C{r}:C{r + 1}", write=False)
                sh.m(f"C{r}:C{r + 1}", written, h="left", wrap=True)
                sh.m(f"D{r}:D{r + 1}", unit, h="center")
                sh.m(f"E{r}:E{r + 1}", tv, h="center")
                sh.w(f"F{r}", "Target")
                sh.w(f"F{r + 1}", "Realisasi")
                for c, v in zip("GHIJ", tq):
                    sh.w(f"{c}{r}", v, h="center", fill=YELLOW)
                for c, v in zip("GHIJ", rq):
                    sh.w(f"{c}{r + 1}", v, h="center")
                sh.m(f"K{r}:K{r + 1}", ket, wrap=True)
                if keyed and id_ == "B09":
                    sh.mistake(2021, f"I{r + 1}", id_, "TW III realisasi typed 10x (510 for 51)", 657)
                r += 2
                no += 1
            sh.m(f"B{top}:B{r - 1}", sas, v_al="top", wrap=True)
        return r

    r = table(r, True)
    sh.t(f"C{r + 1}", "Keterangan: realisasi TW IV s.d. 20 Desember 2021; tanda \"-\" = belum ada kegiatan/laporan",
         italic=True)
    sh.t(f"H{r + 3}", "Nai Lontar, 5 Januari 2022")
    sh.t(f"H{r + 4}", "Kepala UPTD BPSB TPH,")
    sh.t(f"H{r + 8}", KEPALA, bold=True)
    sh.t(f"H{r + 9}", NIP_KEPALA)
    # the same table pasted a second time further down (not key rows)
    r2 = r + 14
    sh.t(f"A{r2 - 1}", "RENCANA AKSI KINERJA TAHUN 2021", bold=True)
    table(r2, False)

    nt = bk.sheet("Catatan")
    nt.widths(A=100)
    for i, line in enumerate([
        "CATATAN PENGISIAN RENCANA AKSI 2021",
        "1. Target triwulan benih = rencana panen penangkar (bukan kumulatif).",
        "2. Persentase (lot lulus, sampel lulus, kios) diisi capaian posisi akhir triwulan.",
        "3. Jumlah penangkar dibina = posisi akhir triwulan (bukan penambahan).",
        "4. Retribusi disetor ke Kas Daerah melalui Bank NTL cabang Nai Lontar.",
        "5. Sejak 2021 sertifikasi benih padi dipisah inbrida dan hibrida.",
    ], start=1):
        nt.t(f"A{i}", line, bold=(i == 1))


# =============================================================== 2022 (.xlsx)
KAB = ["Kab. Lontar Barat", "Kab. Watu Lelang", "Kab. Oebenu", "Kab. Rote Raya", "Kota Nai Lontar"]


def y2022(bk):
    sh = bk.sheet("Rekap Kab 2022")
    sh.widths(A=5, B=44, C=9, D=12, E=12, F=12, G=12, H=12, I=12, J=13, K=10)
    sh.t("A1", "REKAPITULASI REALISASI SERTIFIKASI BENIH PER KABUPATEN/KOTA", bold=True)
    sh.t("A2", "UPTD BPSB TPH Provinsi Nusa Lontar - Tahun 2022 (Januari - Desember)")
    sh.m("A4:A5", "No", bold=True, h="center", fill=GREY)
    sh.m("B4:B5", "Indikator", bold=True, h="center", fill=GREY)
    sh.m("C4:C5", "Sat.", bold=True, h="center", fill=GREY)
    sh.m("D4:D5", "Target 2022", bold=True, h="center", fill=GREY)
    sh.m("E4:I4", "Realisasi per Kabupaten/Kota", bold=True, h="center", fill=GREY)
    for c, k in zip("EFGHI", KAB):
        sh.w(f"{c}5", k, bold=True, h="center", fill=GREY, wrap=True)
    sh.m("J4:J5", "Jumlah Realisasi", bold=True, h="center", fill=GREY)
    sh.m("K4:K5", "%", bold=True, h="center", fill=GREY)
    rows = [
        ("B01i", "Volume benih padi inbrida bersertifikat (ton)", "ton", N(4300), [1123.4, 986.2, 1210.8, 702.5, 333.3]),
        ("B01h", "Volume benih padi hibrida bersertifikat (ton)", "ton", N(200), [48.0, 35.5, 62.0, 31.0, DASH]),
        ("B02", "Volume benih jagung bersertifikat (ton)", "ton", N(1650), [402.6, 311.9, 488.3, 297.0, 205.0]),
        ("B03", "Volume benih kedelai bersertifikat (ton)", "ton", N(250), [61.2, 48.5, 72.0, 50.0, 31.0]),
        ("B14", "Volume benih bawang merah bersertifikat (ton umbi)", "ton", N(45), [12.4, 9.5, 14.0, 8.0, 4.0]),
        ("B13", "Volume benih hortikultura bersertifikat (batang)", "batang", N(280000),
         [72100, 55400, 84300, 46500, 33000]),
        ("B08", "Luas pemeriksaan lapangan / sertifikasi (Ha)", "ha", N(3900), [1012.0, 788.5, 1104.0, 611.5, 350.0]),
        ("B12", "Label benih yang diterbitkan (lembar)", "lembar", N(1300000),
         [342150, 268400, 401260, 210050, 106000]),
    ]
    r = 6
    for i, (id_, name, unit, tv, dist) in enumerate(rows, start=1):
        dv = [d if isinstance(d, V) else N(d) for d in dist]
        sh.w(f"A{r}", i, h="center")
        for c, v in zip("EFGHI", dv):
            sh.w(f"{c}{r}", v, h="center")
        if id_ == "B13":
            fv = F(f"SUM(E{r}:H{r})", lo_sum(dv[:4]), "#,##0")
            sh.mistake(2022, f"J{r}", id_, "Jumlah formula =SUM(E:H) leaves out Kota Nai Lontar (col I); keyed by cached value",
                       fv.key)
        else:
            fv = F(f"SUM(E{r}:I{r})", lo_sum(dv), "#,##0.00" if unit != "lembar" else "#,##0")
        sh.key(id_, 2022, f"B{r}", name, (f"D{r}", tv), (f"J{r}", fv))
        sh.w(f"C{r}", unit, h="center")
        sh.w(f"K{r}", F(f"J{r}/D{r}", None, "0.0%"), h="center")
        r += 1
    sh.m(f"A{r}:C{r}", "Jumlah benih tanaman pangan (ton)", bold=True)
    sh.w(f"D{r}", F(f"SUM(D6:D9)", None, "#,##0.00"), bold=True)
    for c in "EFGHIJ":
        sh.w(f"{c}{r}", F(f"SUM({c}6:{c}9)", None, "#,##0.00"), bold=True)
    sh.t(f"B{r + 2}", "Sumber: Laporan Seksi Sertifikasi per wilayah kerja PBT", italic=True)

    s2 = bk.sheet("IKU-IKK 2022")
    s2.widths(A=6, B=56, C=12, D=11, E=12, F=11, G=28)
    s2.m("A1:G1", "CAPAIAN INDIKATOR KINERJA UTAMA (IKU) DAN INDIKATOR KINERJA KEGIATAN (IKK)", bold=True,
         h="center", border=False)
    s2.m("A2:G2", "UPTD BPSB TPH PROVINSI NUSA LONTAR TAHUN 2022", bold=True, h="center", border=False)
    s2.t("A3", "(indikator volume benih: lihat sheet Rekap Kab 2022)", italic=True)
    for c, h in zip("ABCDEFG", ["No", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Capaian",
                                "Keterangan"]):
        s2.w(f"{c}5", h, bold=True, h="center", fill=GREY)
    sections = [
        ("A. INDIKATOR KINERJA UTAMA (IKU)", [
            ("B20", "% lot benih lulus pemeriksaan lapangan", GE(88, suf=" %"), "%", P(89.6), ""),
            ("B05", "% sampel benih lulus uji laboratorium", N(92), "%", TN(93.4, suf=" %"), ""),
            ("B10", "Persentase kios/pengecer benih yang memenuhi ketentuan", N(90), "%", N(91.3), ""),
            ("B15", "Nilai Indeks Kepuasan Masyarakat", RNG(81, 85), "nilai", TN(84.27), "survei Nov 2022"),
        ]),
        ("B. INDIKATOR KINERJA KEGIATAN (IKK)", [
            ("B04", "Sampel benih yang diuji di lab. (sampel)", N(1350), "sampel", N(1361), ""),
            ("B09", "Jumlah kios benih yang diawasi peredarannya", N(210), "kios", N(215), ""),
            ("B06", "Jumlah penangkar yang dibina\n(penangkar)", N(170), "penangkar", N(168), "posisi 31 Des"),
            ("B07", "Penangkar benih baru (penangkar)", N(12), "penangkar", N(14), ""),
            ("B17", "Jumlah produsen benih yg menerapkan SMM (produsen)", N(10), "produsen", N(11), ""),
            ("B19", "Jumlah varietas lokal terdaftar (varietas)", N(3), "varietas", N(2), "1 ditolak"),
            ("B11b", "Persentase layanan pengujian sesuai SP (standar pelayanan)", N(96), "%", N(95.2), ""),
            ("B16", "Penerimaan retribusi sertifikasi benih (Rp juta)", N(52.5), "Rp juta", N(58.64), "dalam juta rupiah"),
        ]),
    ]
    r = 6
    for title, items in sections:
        s2.m(f"A{r}:G{r}", title, bold=True, fill=GREEN, h="left")
        r += 1
        for i, (id_, name, tv, unit, rv, ket) in enumerate(items, start=1):
            s2.w(f"A{r}", f"{i}.", h="center")
            s2.key(id_, 2022, f"B{r}", name, (f"C{r}", tv), (f"E{r}", rv))
            s2.w(f"D{r}", unit, h="center")
            capaian(s2, f"F{r}", tv, rv, r, "C", "E")
            s2.w(f"G{r}", ket)
            if id_ == "B16":
                s2.mistake(2022, f"C{r}", id_, "unit changes: Rp juta this year (52,5 / 58,64), full rupiah in 2019-2021",
                           "52.5 / 58.64")
            r += 1
    r += 1
    s2.w(f"B{r}", "Rata-rata capaian", bold=True)
    s2.w(f"F{r}", F(f"AVERAGE(F7:F{r - 2})", None, "0.00%"), bold=True)
    s2.w(f"B{r + 1}", "Predikat", bold=True)
    s2.w(f"F{r + 1}", "Sangat Baik", bold=True)
    signature(s2, r + 4, "E", "Nai Lontar, 16 Januari 2023")

    old = bk.sheet("2021 (lama)", hidden=True)
    old.t("A1", "rekap 2021 versi lama (sebelum verifikasi)")
    for i, (n, t, rr) in enumerate([("Benih padi inbrida", 4100, 3902.1), ("Benih jagung", 1600, 1511.0),
                                    ("Sampel diuji", 1300, 1188), ("Kios diawasi", 200, 187),
                                    ("Retribusi (Rp)", 55000000, 49870000)], start=3):
        old.w(f"A{i}", n)
        old.w(f"B{i}", N(t))
        old.w(f"C{i}", N(rr))


def main():
    b1 = AG.book("LKj_UPTD_BPSB_2019-2020", "xls")
    y2019(b1)
    y2020(b1)
    draft2020(b1)
    b2 = AG.book("Renaksi_BPSB_TPH_2021", "ods")
    y2021(b2)
    b3 = AG.book("Capaian_Kinerja_BPSB_2022", "xlsx")
    y2022(b3)
    AG.finish()


if __name__ == "__main__":
    main()
