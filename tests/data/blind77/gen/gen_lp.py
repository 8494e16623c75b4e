"""UPTD LPPMHP, Dinas Kelautan dan Perikanan Provinsi Teluk Kelambu, 2020-2023 (prefix L)."""
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from lib import (Agency, BL, BLUE, DASH, F, GE, GR, GREY, GREEN, N, P, RNG, RP, T, TN, V, YELLOW,
                 lo_sum)

AG = Agency("uptd_lppmhp_teluk_kelambu", "L", [2020, 2021, 2022, 2023],
            flow=["L01", "L01m", "L01k", "L04", "L06", "L08", "L09", "L11", "L12", "L14", "L16", "L17", "L19"],
            level=["L02", "L03", "L05", "L07", "L10", "L13", "L15", "L18", "L18b", "L20"])
AG.ambiguous = [["L18", "L18b"]]

S1 = "Meningkatnya mutu dan keamanan hasil perikanan yang beredar"
S2 = "Meningkatnya kapasitas dan kompetensi laboratorium pengujian"
S3 = "Meningkatnya penerapan sistem jaminan mutu pada Unit Pengolahan Ikan (UPI)"
S4 = "Meningkatnya kualitas pelayanan publik"

KEPALA = "Dr. Ir. Hasanuddin Lamaranda, M.Sc"
NIP = "NIP. 19700315 199603 1 002"


def q(*xs):
    out = []
    for x in xs:
        if isinstance(x, V):
            out.append(x)
        elif x == "-":
            out.append(DASH)
        elif x is None:
            out.append(BL)
        else:
            out.append(N(x))
    return out


def sign(sh, row, col, date):
    sh.t(f"{col}{row}", date)
    sh.t(f"{col}{row + 1}", "Kepala UPTD LPPMHP")
    sh.t(f"{col}{row + 2}", "Provinsi Teluk Kelambu,")
    sh.t(f"{col}{row + 6}", KEPALA, bold=True)
    sh.t(f"{col}{row + 7}", NIP)


# =============================================================== 2020 Renstra matrix (.ods)
def y2020(bk):
    sh = bk.sheet("Matriks Renstra")
    sh.widths(A=5, B=26, C=46, D=10, E=11, F=11, G=11, H=11, I=11, J=11, K=12, L=13, M=11, N=22)
    sh.m("A1:N1", "MATRIKS RENCANA STRATEGIS (RENSTRA) 2019 - 2023 DAN CAPAIAN TAHUN 2020", bold=True,
         h="center", border=False)
    sh.m("A2:N2", "UPTD LABORATORIUM PENGUJIAN DAN PEMBINAAN MUTU HASIL PERIKANAN (LPPMHP)", bold=True,
         h="center", border=False)
    sh.m("A3:N3", "DINAS KELAUTAN DAN PERIKANAN PROVINSI TELUK KELAMBU", bold=True, h="center", border=False)
    hv = dict(bold=True, h="center", fill=GREY, wrap=True)
    for c, h in zip("ABCDE", ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Kondisi Awal (2018)"]):
        sh.m(f"{c}5:{c}6", h, **hv)
    sh.m("F5:J5", "Target Kinerja Tahun", **hv)
    for c, y in zip("FGHIJ", range(2019, 2024)):
        sh.w(f"{c}6", str(y), **hv)
    sh.m("K5:K6", "Kondisi Kinerja Akhir Renstra", **hv)
    sh.m("L5:L6", "Realisasi 2020", **hv)
    sh.m("M5:M6", "Capaian 2020 (%)", **hv)
    sh.m("N5:N6", "Keterangan", **hv)
    groups = [
        (S1, [
            ("L02", "Persentase sampel hasil perikanan yang memenuhi standar mutu dan keamanan pangan", "%", 88,
             [89, 90, 90, 92, 92], P(92.4), ""),
            ("L12", "Jumlah sampel monitoring residu", "sampel", 100, [110, 120, 120, 150, 160], N(96), ""),
            ("L13", "Persentase sampel monitoring residu yang memenuhi batas maksimum residu", "%", 94,
             [95, 95, 95, 96, 97], TN(97.9, suf=" %"), ""),
            ("L18", "Persentase sampel ikan segar bebas formalin di pasar tradisional", "%", 85,
             [88, 90, 92, 94, 95], TN(88.6), "uji cepat (test kit)"),
        ]),
        (S2, [
            ("L01", "Jumlah sampel hasil perikanan yang diuji", "sampel", 1650, [1700, 1800, 2000, 2200, 2400],
             N(1526), "pandemi: layanan dibatasi Apr-Jun"),
            ("L03", "Jumlah parameter uji yang terakreditasi KAN", "parameter", 12, [14, 150, 18, 20, 24], N(16), ""),
            ("L07", "Persentase hasil uji yang diterbitkan tepat waktu", "%", 92, [94, 95, 95, 96, 97],
             TN(93.8), ""),
            ("L11", "Jumlah Sertifikat Hasil Uji (SHU) yang diterbitkan", "lembar", 1600,
             [1650, 1750, 1950, 2100, 2250], N(1498), ""),
            ("L16", "Jumlah uji profisiensi yang diikuti", "kali", 1, [2, 2, 3, 3, 4], N(2), ""),
            ("L17", "Jumlah SDM laboratorium yang mengikuti pelatihan teknis", "orang", 6, [8, 8, 10, 10, 10],
             N(5), "pelatihan daring"),
        ]),
        (S3, [
            ("L04", "Jumlah Sertifikat Kelayakan Pengolahan (SKP) yang diterbitkan", "sertifikat", 30,
             [35, 40, 45, 50, 55], N(34), ""),
            ("L05", "Jumlah UPI yang memiliki SKP", "UPI", 180, [195, 210, 240, 265, 290], N(214), "kumulatif"),
            ("L06", "Jumlah UPI baru yang memperoleh SKP", "UPI", 20, [25, 25, 30, 30, 30], N(19), ""),
            ("L10", "Jumlah UPI yang menerapkan HACCP", "UPI", 10, [11, 12, 14, 16, 18], N(12), ""),
            ("L08", "Jumlah pengolah hasil perikanan yang dibina", "orang", 260, [280, 300, 350, 400, 450],
             TN(245, suf=" orang"), ""),
            ("L09", "Jumlah pengolah perempuan yang dibina", "orang", 120, [140, 150, 175, 200, 225], N(131), ""),
        ]),
        (S4, [
            ("L14", "Realisasi PNBP/retribusi jasa pengujian (Rp)", "Rp", 250000000,
             [270000000, 285000000, 300000000, 325000000, 350000000], RP(231460000), ""),
            ("L15", "Indeks Kepuasan Masyarakat (IKM)", "nilai", 78.5, [GE(80)] * 5, TN(83.42), ""),
        ]),
    ]
    r = 7
    no = 1
    for sas, items in groups:
        top = r
        for (id_, name, unit, awal, tg, rv, ket) in items:
            sh.w(f"A{r}", no, h="center")
            tgv = [t if isinstance(t, V) else N(t, "#,##0" if t >= 1000 else None) for t in tg]
            sh.key(id_, 2020, f"C{r}", name, (f"G{r}", tgv[1]), (f"L{r}", rv))
            sh.w(f"D{r}", unit, h="center")
            sh.w(f"E{r}", N(awal, "#,##0" if awal >= 1000 else None), h="center")
            for c, v in zip("FHIJ", [tgv[0]] + tgv[2:]):
                sh.w(f"{c}{r}", v, h="center")
            sh.w(f"K{r}", tgv[4], h="center")
            if isinstance(rv.cell, (int, float)) and isinstance(tgv[1].cell, (int, float)):
                sh.w(f"M{r}", F(f"L{r}/G{r}*100", None, "0.00"), h="center")
            else:
                sh.w(f"M{r}", TN(round(rv.key / tgv[1].key * 100, 2)), h="center")
            sh.w(f"N{r}", ket)
            if id_ == "L03":
                sh.mistake(2020, f"G{r}", id_, "target 2020 typed 10x (150 for 15)", 150)
            r += 1
            no += 1
        sh.m(f"B{top}:B{r - 1}", sas, v_al="top", wrap=True)
    r += 1
    sh.w(f"C{r}", "Pagu indikatif program (Rp juta)", bold=True)
    for c, v in zip("FGHIJ", [1480.5, 1215.0, 1650.0, 1725.0, 1810.0]):
        sh.w(f"{c}{r}", N(v, "#,##0.0"))
    sh.w(f"L{r}", N(1102.36, "#,##0.00"))
    sh.t(f"C{r + 2}", "Sumber: Renstra DKP Prov. Teluk Kelambu 2019-2023 (Lampiran UPTD) dan laporan capaian 2020",
         italic=True)
    sign(sh, r + 4, "K", "Teluk Kelambu, 25 Januari 2021")

    nt = bk.sheet("Catatan")
    nt.widths(A=100)
    for i, line in enumerate([
        "CATATAN",
        "Target 2020 tidak direvisi walaupun ada refocusing anggaran (Covid-19).",
        "Indikator bebas formalin diukur dengan test kit di 10 pasar tradisional.",
        "Capaian IKM dari survei semester II 2020 (responden 212 orang).",
    ], start=1):
        nt.t(f"A{i}", line, bold=(i == 1))


# =============================================================== 2021 turned-over table (.xlsx)
def y2021(bk):
    sh = bk.sheet("Rekap TW 2021")
    ws = sh.ws
    sh.t("A1", "REKAPITULASI CAPAIAN INDIKATOR KINERJA PER TRIWULAN TAHUN 2021", bold=True, size=12)
    sh.t("A2", "UPTD LPPMHP Provinsi Teluk Kelambu", bold=True)
    sh.t("A3", "(baris = periode, kolom = indikator)", italic=True)
    sh.widths(A=22)
    cols = [
        (S1, [("L02", "% Sampel Memenuhi Standar Mutu & Keamanan", "%", N(90), q(91.5, 92.3, 90.8, 93.0), "tw4"),
              ("L12", "Jumlah Sampel Monitoring Residu (sampel)", "sampel", N(120), q(20, 35, 40, 30), "sum"),
              ("L13", "% Sampel Residu di Bawah BMR", "%", N(95), q(97.5, 98.1, 96.9, 97.4), N(97.4)),
              ("L18", "% Sampel Ikan Segar Bebas Formalin", "%", N(92), q(89.4, 90.2, 91.5, 92.8), "tw4"),
              ("L20", "Jumlah Lokasi Pemantauan Mutu Ikan di Pasar", "lokasi", N(12), q(10, 12, 12, 12), N(12))]),
        (S2, [("L01", "Jumlah Sampel yang Diuji (sampel)", "sampel", N(2000), q(412, 498, 561, 537), "sum"),
              ("L03", "Jumlah Parameter Uji Terakreditasi", "parameter", N(18), q(16, 16, 18, 18), N(18)),
              ("L07", "% Laporan Hasil Uji Tepat Waktu", "%", N(95), q(94.2, 95.8, 96.1, 96.5), N(96.5)),
              ("L11", "Jumlah SHU Diterbitkan (lembar)", "lembar", N(1950), q(455, 502, 531, 518), "sum"),
              ("L16", "Uji Profisiensi Diikuti (kali)", "kali", N(3), q("-", 1, 1, 1), "sum"),
              ("L17", "Jumlah SDM Lab. Mengikuti Pelatihan Teknis (orang)", "orang", N(10), q("-", 4, 3, "-"), "sum")]),
        (S3, [("L04", "Jumlah SKP Diterbitkan", "sertifikat", N(45), q(9, 11, 120, 13), "sum"),
              ("L05", "Jumlah UPI Ber-SKP", "UPI", N(240), q(221, 229, 236, 243), "tw4"),
              ("L06", "Jumlah UPI Baru Ber-SKP", "UPI", N(30), q(5, 8, 7, 9), "sum"),
              ("L10", "Jumlah UPI Menerapkan HACCP", "UPI", N(14), q(12, 13, 13, 14), "tw4"),
              ("L08", "Jumlah Pengolah yang Dibina (orang)", "orang", N(350), q(60, 95, 110, 102), "sum"),
              ("L09", "Jumlah Pengolah Perempuan yang Dibina (orang)", "orang", N(175), q(30, 48, 52, 49), "sum")]),
        (S4, [("L14", "Retribusi Jasa Pengujian (Rp)", "Rp", N(300000000, "#,##0"),
               [N(x, "#,##0") for x in (61250000, 78430000, 88915000, 82640000)], "sum"),
              ("L15", "IKM", "nilai", N(82), q("-", 83.15, "-", 84.02), T("84,02", 84.02))]),
    ]
    labels = {5: "Sasaran", 6: "No. IK", 7: "Indikator Kinerja", 8: "Satuan", 9: "Target 2021",
              10: "Realisasi TW I", 11: "Realisasi TW II", 12: "Realisasi TW III", 13: "Realisasi TW IV",
              14: "Realisasi Th. 2021", 15: "Capaian (%)"}
    for rr, lab in labels.items():
        sh.w(f"A{rr}", lab, bold=True, fill=GREY if rr <= 8 else (GREEN if rr == 14 else None), h="left")
    ci = 2
    n = 1
    for sas, items in cols:
        c_first = ci
        for (id_, name, unit, tv, tws, ann) in items:
            c = get_column_letter(ci)
            ws.column_dimensions[c].width = 13
            sh.w(f"{c}6", f"IK-{n}", h="center", bold=True, fill=GREY)
            sh.w(f"{c}8", unit, h="center", fill=GREY)
            for rr, v in zip(range(10, 14), tws):
                sh.w(f"{c}{rr}", v, h="center")
            if ann == "sum":
                rv = F(f"SUM({c}10:{c}13)", lo_sum(tws), "#,##0" if lo_sum(tws) >= 1000 else "General")
            elif ann == "tw4":
                rv = F(f"{c}13", tws[3].key)
            else:
                rv = ann
            sh.key(id_, 2021, f"{c}7", name, (f"{c}9", tv), (f"{c}14", rv))
            sh.ws[f"{c}7"].alignment = Alignment(wrap_text=True, vertical="bottom", horizontal="center",
                                                 text_rotation=90)
            sh.ws[f"{c}7"].fill = GREY
            sh.ws[f"{c}14"].fill = GREEN
            if isinstance(tv.cell, (int, float)):
                sh.w(f"{c}15", F(f"IFERROR({c}14/{c}9,\"-\")", None, "0.0%"), h="center")
            else:
                sh.w(f"{c}15", "-", h="center")
            if id_ == "L04":
                sh.mistake(2021, f"{c}12", id_, "TW III typed 10x (120 for 12); annual =SUM keyed by cached value",
                           rv.key)
            ci += 1
            n += 1
        sh.m(f"{get_column_letter(c_first)}5:{get_column_letter(ci - 1)}5", sas, bold=True, fill=BLUE,
             h="center", wrap=True)
    sh.height(5, 45)
    sh.height(7, 190)
    sh.t("A17", "Ket: indikator persentase/posisi (IK-1, 3, 4, 5, 7, 8, 13, 15, 19) diisi posisi akhir triwulan; "
                "realisasi tahunan = TW IV.", italic=True)
    sh.t("A18", "Indikator jumlah: realisasi tahunan = jumlah TW I s.d. TW IV.", italic=True)
    sign(sh, 20, "P", "Teluk Kelambu, 14 Januari 2022")
    ws.freeze_panes = "B8"

    s2 = bk.sheet("Anggaran 2021")
    s2.widths(A=5, B=60, C=16, D=16, E=10)
    s2.t("A1", "REALISASI ANGGARAN UPTD LPPMHP TAHUN 2021", bold=True)
    for c, h in zip("ABCDE", ["No", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]):
        s2.w(f"{c}3", h, bold=True, fill=GREY)
    for i, (nm, pg, rl) in enumerate([
        ("Pengujian Mutu Hasil Perikanan", 742500000, 701236500),
        ("Pembinaan dan Sertifikasi Mutu UPI", 386000000, 352118000),
        ("Pemeliharaan Akreditasi Laboratorium", 214750000, 209880000),
        ("Pengawasan Mutu Ikan di Pasar", 118300000, 96405000)], start=4):
        s2.w(f"A{i}", i - 3)
        s2.w(f"B{i}", nm)
        s2.w(f"C{i}", N(pg, "#,##0"))
        s2.w(f"D{i}", N(rl, "#,##0"))
        s2.w(f"E{i}", F(f"D{i}/C{i}", None, "0.00%"))
    s2.w("B8", "JUMLAH", bold=True)
    s2.w("C8", F("SUM(C4:C7)", None, "#,##0"), bold=True)
    s2.w("D8", F("SUM(D4:D7)", None, "#,##0"), bold=True)
    s2.w("E8", F("D8/C8", None, "0.00%"), bold=True)


# =============================================================== 2022 PK + 2023 blocks (.xls)
def y2022(bk):
    sh = bk.sheet("PK 2022")
    sh.widths(A=6, B=26, C=46, D=10, E=12, F=12, G=11, H=11, I=12, J=10, K=22)
    sh.m("A1:K1", "PENGUKURAN KINERJA TAHUN 2022", bold=True, h="center", border=False)
    sh.m("A2:K2", "UPTD LPPMHP - DINAS KELAUTAN DAN PERIKANAN PROVINSI TELUK KELAMBU", bold=True, h="center",
         border=False)
    sh.m("A3:K3", "(Target PK Awal dan PK Perubahan)", italic=True, h="center", border=False)
    hv = dict(bold=True, h="center", fill=GREY, wrap=True)
    for c, h in zip("ABCD", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan"]):
        sh.m(f"{c}5:{c}6", h, **hv)
    sh.m("E5:F5", "Target 2022", **hv)
    sh.w("E6", "PK Awal", **hv)
    sh.w("F6", "PK Perubahan", **hv)
    sh.m("G5:I5", "Realisasi", **hv)
    sh.w("G6", "Smt I", **hv)
    sh.w("H6", "Smt II", **hv)
    sh.w("I6", "Tahun 2022", **hv)
    sh.m("J5:J6", "Capaian (%)", **hv)
    sh.m("K5:K6", "Keterangan", **hv)
    # (id, name, unit, awal, perubahan, s1, s2, annual) annual: 'sum' | 'prevrow' | V
    groups = [
        (S1, [
            ("L02", "Prosentase sampel yang memenuhi persyaratan mutu dan keamanan", "%", N(92), N(92), 92.6, 93.1,
             N(93.1)),
            ("L12", "Jumlah sampel monitoring residu obat ikan & bahan kimia", "sampel", N(150), N(150), 70, 80, "sum"),
            ("L13", "Persentase sampel residu yang memenuhi BMR", "%", N(96), N(96), 98.2, 98.7, N(98.7)),
            ("L18b", "Persentase produk perikanan yang aman dikonsumsi (bebas bahan berbahaya)", "%", N(93), N(93),
             93.8, 94.3, N(94.3)),
            ("L20", "Jumlah lokasi pasar yg dipantau mutu ikannya (lokasi)", "lokasi", N(15), N(15), 14, 15, N(15)),
        ]),
        (S2, [
            ("L01m", "Jumlah sampel yang diuji mikrobiologi", "sampel", N(1150), N(1200), 598, 666, "sum"),
            ("L01k", "Jumlah sampel yang diuji kimia", "sampel", N(900), N(900), 402, 469, "sum"),
            ("DRAFT", "Jumlah sampel yang diuji organoleptik", "sampel", N(400), N(400), 0, 0, None),
            ("L03", "Jumlah ruang lingkup (parameter) uji terakreditasi", "parameter", N(20), N(20), 20, 22, N(22)),
            ("L07", "Persentase hasil uji diterbitkan tepat waktu (%)", "%", N(96), N(96), 96.8, 97.2, N(97.2)),
            ("L11", "Jumlah sertifikat hasil uji yg diterbitkan", "lembar", N(2100), N(2100), 1042, 1093, "sum"),
            ("L16", "Jumlah keikutsertaan uji profisiensi / uji banding", "kali", N(3), N(3), 2, 2, "sum"),
            ("L19", "Jumlah metode uji yang divalidasi/diverifikasi", "metode", N(3), N(3), 1, 2, "sum"),
        ]),
        (S3, [
            ("L04", "Jumlah SKP yg diterbitkan\n(sertifikat)", "sertifikat", N(50), N(50), 24, 29, "sum"),
            ("L05", "Jumlah Unit Pengolahan Ikan (UPI) yang memiliki SKP", "UPI", N(265), N(265), 252, 268, N(268)),
            ("L06", "Jumlah UPI baru yang mendapatkan SKP", "UPI", N(30), N(30), 14, 16, "prevrow"),
            ("L10", "Jumlah UPI yang telah menerapkan sistem HACCP", "UPI", N(16), N(16), 15, 15, N(15)),
            ("L08", "Jumlah pelaku usaha pengolahan hasil perikanan yg dibina", "orang", N(400), N(420), 205, 231, "sum"),
            ("L09", "Jumlah pelaku usaha pengolahan perempuan yg dibina", "orang", N(200), N(210), 112, 126, "sum"),
        ]),
        (S4, [
            ("L14", "Penerimaan retribusi pelayanan laboratorium", "Rp", RP(325000000), RP(325000000),
             N(160220000, "#,##0"), N(187595000, "#,##0"), "sum"),
            ("L15", "Nilai IKM/mutu pelayanan", "mutu", GR("B"), GR("B"), "-", "84,05", T("84,05 (B)", 84.05)),
        ]),
    ]
    r = 7
    prev = None
    for gi, (sas, items) in enumerate(groups, start=1):
        top = r
        k = 0
        for (id_, name, unit, awal, perub, s1, s2, ann) in items:
            s1v = s1 if isinstance(s1, V) else (DASH if s1 == "-" else T(s1, None) if isinstance(s1, str) else N(s1))
            s2v = s2 if isinstance(s2, V) else (DASH if s2 == "-" else T(s2, 84.05) if isinstance(s2, str) else N(s2))
            if id_ == "DRAFT":
                sh.w(f"C{r}", name, h="left")
                sh.w(f"D{r}", unit)
                sh.w(f"E{r}", awal)
                sh.w(f"F{r}", perub)
                sh.hide_row(r)
                r += 1
                continue
            k += 1
            sh.w(f"A{r}", f"{gi}.{k}", h="center")
            sh.w(f"G{r}", s1v, h="center")
            sh.w(f"H{r}", s2v, h="center")
            sh.w(f"E{r}", awal, h="center")
            fmt = "#,##0" if isinstance(s1v.cell, (int, float)) and s1v.cell >= 1000 else None
            if ann == "sum":
                rv = F(f"G{r}+H{r}", s1v.cell + s2v.cell, fmt)
            elif ann == "prevrow":
                rv = F(f"G{r - 1}+H{r - 1}", prev[0] + prev[1], fmt)
                sh.mistake(2022, f"I{r}", id_, f"realisasi formula =G{r - 1}+H{r - 1} points at the row above "
                                               f"(L05); keyed by cached value", rv.key)
            else:
                rv = ann
            sh.key(id_, 2022, f"C{r}", name, (f"F{r}", perub), (f"I{r}", rv))
            sh.w(f"D{r}", unit, h="center")
            if isinstance(perub.cell, (int, float)) and isinstance(rv.cell, (int, float)) or (
                    isinstance(rv.cell, str) and rv.cell.startswith("=")):
                sh.w(f"J{r}", F(f"IFERROR(I{r}/F{r}*100,\"-\")", None, "0.00"), h="center")
            else:
                sh.w(f"J{r}", "-", h="center")
            sh.w(f"K{r}", "target naik di PK Perubahan" if awal.key != perub.key else None)
            prev = (s1v.cell, s2v.cell) if isinstance(s1v.cell, (int, float)) else None
            r += 1
        sh.m(f"B{top}:B{r - 1}", sas, v_al="top", wrap=True)
    r += 1
    sh.w(f"C{r}", "Rata-rata capaian kinerja", bold=True)
    sh.w(f"J{r}", F(f"AVERAGE(J7:J{r - 2})", None, "0.00"), bold=True)
    sh.t(f"C{r + 1}", "IKM tahun 2022 ditargetkan dalam mutu pelayanan (A/B/C/D); nilai indeks 84,05 = B (Baik)",
         italic=True)
    sign(sh, r + 3, "I", "Teluk Kelambu, 18 Januari 2023")


def y2023(bk):
    sh = bk.sheet("Renaksi 2023 per IK")
    sh.widths(A=7, B=16, C=12, D=14, E=12, F=16, G=14)
    sh.m("A1:G1", "RENCANA AKSI DAN REALISASI PER INDIKATOR KINERJA TAHUN 2023", bold=True, h="center",
         border=False)
    sh.m("A2:G2", "UPTD LPPMHP PROVINSI TELUK KELAMBU", bold=True, h="center", border=False)
    sh.t("A3", "Status: realisasi TW IV sebagian masih menunggu verifikasi (per 8 Januari 2024)", italic=True)
    blocks = [
        ("L02", "Persentase sampel yg sesuai dg standar mutu (%)", "%", N(92), q(92, 92, 92, 92), q(93.2, 92.8, 93.5, 93.9)),
        ("L12", "Sampel monitoring residu (sampel)", "sampel", N(160), q(30, 45, 50, 35), q(30, 45, 50, 38)),
        ("L13", "Persentase sampel monitoring residu memenuhi syarat", "%", N(97), q(97, 97, 97, 97),
         q(98.4, 98.9, 98.1, 99.0)),
        ("L18b", "Persentase produk perikanan aman dikonsumsi", "%", N(94), q(94, 94, 94, 94),
         q(94.1, 94.8, 95.2, 95.6)),
        ("L20", "Lokasi pemantauan mutu di pasar ikan", "lokasi", N(18), q(15, 16, 17, 18), q(16, 17, 18, 18)),
        ("L01m", "Jumlah sampel uji mikrobiologi (sampel)", "sampel", N(1300), q(300, 340, 350, 310),
         q(298, 341, 356, 322)),
        ("L01k", "Jumlah sampel uji kimia (sampel)", "sampel", N(950), q(220, 240, 260, 230), q(211, 238, 262, "-")),
        ("L03", "Jumlah parameter terakreditasi KAN (parameter)", "parameter", N(24), q(22, 22, 24, 24),
         q(22, 22, 24, 24)),
        ("L07", "Prosentase LHU terbit tepat waktu", "%", N(97), q(97, 97, 97, 97), q(96.9, 97.4, 97.8, None)),
        ("L11", "Jumlah penerbitan Sertifikat Hasil Uji (lembar)", "lembar", N(2250), q(520, 570, 600, 560),
         q(521, 580, 603, 566)),
        ("L16", "Jumlah uji profisiensi yg diikuti (kali)", "kali", N(4), q(1, 1, 1, 1), q(1, 1, 1, 1)),
        ("L19", "Jumlah metode uji tervalidasi (metode)", "metode", N(4), q("-", 2, 1, 1), q("-", 2, 1, 2)),
        ("L04", "Jumlah penerbitan Sertifikat Kelayakan Pengolahan", "sertifikat", N(55), q(12, 14, 15, 14),
         q(12, 14, 15, 16)),
        ("L05", "UPI yang memiliki SKP (kumulatif)", "UPI", N(290), q(272, 278, 284, 290), q(272, 279, 285, 291)),
        ("L06", "Jumlah UPI baru memperoleh SKP (unit)", "UPI", N(30), q(6, 8, 8, 8), q(4, 7, 6, 8)),
        ("L10", "UPI penerap HACCP (unit)", "UPI", N(18), q(16, 16, 17, 18), q(16, 16, 17, 18)),
        ("L08", "Jumlah pengolah ikan yang mendapat pembinaan mutu", "orang", N(450), q(100, 120, 130, 100),
         q(95, 124, 131, 118)),
        ("L09", "Jumlah pengolah ikan perempuan yang mendapat pembinaan mutu", "orang", N(225), q(50, 60, 65, 50),
         q(52, 63, 70, 61)),
        ("L14", "Retribusi jasa pengujian laboratorium (Rp ribu)", "Rp ribu", N(350000, "#,##0"),
         [N(x, "#,##0") for x in (80000, 90000, 95000, 85000)],
         [N(x, "#,##0") for x in (81450, 92315, 97880, 90125)]),
        ("L15", "Indeks kepuasan masyarakat thd layanan pengujian", "indeks", N(84), q("-", 84, "-", 84),
         q("-", T("84,60", 84.6), "-", T("85,12", 85.12))),
    ]
    r = 5
    for n, (id_, name, unit, tv, tq, rq) in enumerate(blocks, start=1):
        sh.w(f"A{r}", f"IK-{n}", bold=True, fill=BLUE, h="center")
        sh.w(f"B{r}", "Indikator Kinerja", bold=True, fill=BLUE)
        sh.w(f"C{r}", ":", fill=BLUE, h="center")
        rule = "sum" if id_ in AG.flow else "last"
        sh.key(id_, 2023, f"D{r}", name, (f"G{r + 1}", tv),
               [(f"D{r + 3 + i}", v) for i, v in enumerate(rq)], rrule=rule, name_merge=f"D{r}:G{r}",
               write=False)
        sh.m(f"D{r}:G{r}", name, bold=True, fill=BLUE, h="left", wrap=True)
        sh.height(r, 30)
        sh.w(f"B{r + 1}", "Satuan")
        sh.w(f"C{r + 1}", ":", h="center")
        sh.w(f"D{r + 1}", unit)
        sh.w(f"E{r + 1}", None)
        sh.w(f"F{r + 1}", "Target Tahunan", bold=True)
        sh.w(f"G{r + 1}", tv, h="center", bold=True)
        for c, h in zip("BCDEF", ["Triwulan", "Target", "Realisasi", "% Capaian", "Keterangan"]):
            sh.w(f"{c}{r + 2}", h, bold=True, fill=GREY, h="center")
        sh.w(f"G{r + 2}", None, fill=GREY)
        for i, (tw, t_, r_) in enumerate(zip(["TW I", "TW II", "TW III", "TW IV"], tq, rq)):
            rr = r + 3 + i
            sh.w(f"B{rr}", tw, h="center")
            sh.w(f"C{rr}", t_, h="center", fill=YELLOW)
            sh.w(f"D{rr}", r_, h="center")
            if isinstance(t_.cell, (int, float)) and isinstance(r_.cell, (int, float)):
                sh.w(f"E{rr}", F(f"D{rr}/C{rr}", None, "0.0%"), h="center")
            else:
                sh.w(f"E{rr}", "-", h="center")
            ket = ""
            if r_.cell is None or (id_ == "L01k" and i == 3):
                ket = "menunggu verifikasi"
            sh.m(f"F{rr}:G{rr}", ket or None)
        if id_ == "L14":
            sh.mistake(2023, f"G{r + 1}", id_, "unit changes: thousand rupiah this year (350.000 / TW 81.450 ...), "
                                               "full rupiah in 2020-2022", "350000 / 361770")
        r += 8
    sign(sh, r + 1, "E", "Teluk Kelambu, 8 Januari 2024")


def stale(bk):
    sh = bk.sheet("PK 2022 awal (lama)", hidden=True)
    sh.t("A1", "PK 2022 versi awal (sebelum perubahan) - arsip", bold=True)
    for i, (n, t, rr) in enumerate([("Jumlah sampel yang diuji", 2050, 1002), ("Jumlah SKP diterbitkan", 50, 21),
                                    ("Jumlah pengolah yang dibina", 400, 188), ("Retribusi", 325000000, 141200000)],
                                   start=3):
        sh.w(f"A{i}", n)
        sh.w(f"B{i}", N(t))
        sh.w(f"C{i}", N(rr))


def main():
    b1 = AG.book("Renstra_LPPMHP_Capaian_2020", "ods")
    y2020(b1)
    b2 = AG.book("Rekap_Triwulan_LPPMHP_2021", "xlsx")
    y2021(b2)
    b3 = AG.book("LKj_LPPMHP_2022_2023", "xls")
    y2022(b3)
    y2023(b3)
    stale(b3)
    AG.finish()


if __name__ == "__main__":
    main()
