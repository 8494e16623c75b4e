"""UPTD Taman Satwa (Kebun Binatang) Kota Bukit Sarang, Dinas Lingkungan Hidup, 2021-2024 (prefix T)."""
from lib import (Agency, BL, BLUE, DASH, F, GE, GREY, GREEN, N, P, RNG, RP, T, TN, V, YELLOW,
                 lo_sum)
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

AG = Agency("uptd_taman_satwa_kota_bukit_sarang", "T", [2021, 2022, 2023, 2024],
            flow=["T01d", "T01a", "T01t", "T02", "T06", "T09", "T10", "T11", "T14", "T17", "T18", "T20"],
            level=["T03", "T04", "T05", "T07", "T08", "T12", "T13", "T13b", "T15", "T16", "T19"])
AG.ambiguous = [["T13", "T13b"]]

KEPALA = "drh. Maria Goreti Sinaga"
NIP = "NIP. 19790823 200604 2 011"
KADIS = "Ir. Bonar Tampubolon, M.T."
NIP_KADIS = "NIP. 19711105 199803 1 004"


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


# =============================================================== 2021 E.81 (.xlsx)
def y2021(bk):
    sh = bk.sheet("E.81 2021")
    ws = sh.ws
    sh.widths(A=5, B=20, C=15, D=34, E=40, Z=14)
    for c in "FGHIJKLMNOPQRSTUVWXY":
        ws.column_dimensions[c].width = 11 if c in "FHJLNPRTVX" else 14
    sh.m("A1:Z1", "Formulir E.81", italic=True, border=False, h="right")
    sh.m("A2:Z2", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA", bold=True, h="center", border=False)
    sh.m("A3:Z3", "RENJA UPTD TAMAN SATWA - DINAS LINGKUNGAN HIDUP KOTA BUKIT SARANG", bold=True, h="center",
         border=False)
    sh.m("A4:Z4", "PERIODE PELAKSANAAN : TAHUN 2021", bold=True, h="center", border=False)
    sh.t("A6", "Indikator dan target kinerja Perangkat Daerah Kota yang mengacu pada sasaran RKPD : "
               "Meningkatnya kualitas lingkungan hidup dan ruang terbuka hijau kota")
    hv = dict(bold=True, h="center", fill=GREY, wrap=True)
    for c, h in zip("ABCDE", ["No", "Sasaran", "Kode",
                              "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
                              "Indikator Kinerja Program (outcome)/ Kegiatan (output)"]):
        sh.m(f"{c}8:{c}10", h, **hv)
    pairs = {"F": "Target Renstra Perangkat Daerah pada Tahun 2026 (akhir periode Renstra)",
             "H": "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu (2020)",
             "J": "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2021) yang Dievaluasi",
             "T": "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
             "V": "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2021",
             "X": "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2021 (%)"}
    for c, h in pairs.items():
        c2 = get_column_letter(ws[c + "1"].column + 1)
        sh.m(f"{c}8:{c2}9", h, **hv)
    sh.m("L8:S8", "Realisasi Kinerja Pada Triwulan", **hv)
    for c, h in zip("LNPR", ["I", "II", "III", "IV"]):
        c2 = get_column_letter(ws[c + "1"].column + 1)
        sh.m(f"{c}9:{c2}9", h, **hv)
    sh.m("Z8:Z10", "Perangkat Daerah Penanggung Jawab", **hv)
    for i in range(6, 26):
        c = get_column_letter(i)
        sh.w(f"{c}10", "K" if i % 2 == 0 else "Rp", **hv)
    nums = {"A": "1", "B": "2", "C": "3", "D": "4", "E": "5", "F": "6", "H": "7", "J": "8", "L": "9", "N": "10",
            "P": "11", "R": "12", "T": "13 = 9+10+11+12", "V": "14 = 7+13", "X": "15 = 14/6 x 100%", "Z": "16"}
    for c, n in nums.items():
        if c in "ABCDEZ":
            sh.w(f"{c}11", n, h="center", italic=True)
        else:
            c2 = get_column_letter(ws[c + "1"].column + 1)
            sh.m(f"{c}11:{c2}11", n, h="center", italic=True)

    # blocks: (level, kode, name, rp (renstra, s.d.lalu, target, tw1..tw4) or None, indicators)
    # indicator: (id, name, F renstra K, H s.d. 2020 K, J target V, [tw V x4], mode)
    # mode: 'sum' -> col13 = SUM formula; 'typed' -> col13 typed (level); 'wrongsum' / ('over', x)
    S1 = "Meningkatnya kualitas konservasi satwa ex-situ"
    S2 = "Meningkatnya kunjungan dan kepuasan wisata edukasi"
    S3 = "Meningkatnya tata kelola pelayanan UPTD"
    blocks = [
        (S1, "prog", "2.11.08", "PROGRAM PENGELOLAAN KEANEKARAGAMAN HAYATI (KEHATI)",
         (4850000000, 1212400000, 915000000, 168300000, 221450000, 236800000, 262950000), [
             ("T05", "Persentase satwa koleksi dalam kondisi sehat", 97, 94.1, N(95), q(94.6, 95.2, 96.1, 95.8), "wrongsum"),
             ("T07", "Angka kematian satwa (%)", 2, 3.1, GE(3, sign="≤ "), q(0.6, 1.1, 1.8, 2.4), "typed"),
         ]),
        (S1, "keg", "2.11.08.2.01", "Pengelolaan Taman Keanekaragaman Hayati dan Koleksi Satwa",
         (4850000000, 1212400000, 915000000, 168300000, 221450000, 236800000, 262950000), [
             ("T03", "Jumlah koleksi satwa", 480, 412, N(420), q(416, 419, 421, 418), "typed"),
             ("T04", "Jumlah jenis satwa koleksi", 90, 76, N(78), q(77, 78, 78, 78), "typed"),
         ]),
        (S1, "sub", "2.11.08.2.01.03", "Perawatan dan Pemeliharaan Kesehatan Satwa Koleksi",
         (2600000000, 640150000, 498000000, 96400000, 121800000, 128350000, 146900000), [
             ("T14", "Jumlah pemeriksaan kesehatan satwa", 260, 47, N(48), q(12, 13, 13, 14), "sum"),
             ("T15", "Persentase ketersediaan pakan satwa tepat waktu", 100, 97.5, N(100), q(98, 99, 98.5, 98.5), "typed"),
             ("T06", "Jumlah kelahiran satwa koleksi", 140, 22, N(25), q(6, 9, 7, 9), "sum"),
         ]),
        (S1, "sub", "2.11.08.2.01.05", "Konservasi dan Penangkaran Satwa Dilindungi",
         (1250000000, 320000000, 236000000, 40250000, 59400000, 61200000, 68350000), [
             ("T08", "Jumlah satwa dilindungi dalam koleksi", 130, 108, N(110), q(109, 111, 112, 112), "typed"),
         ]),
        (S1, "sub", "2.11.08.2.01.06", "Peningkatan Kesejahteraan Satwa (Animal Welfare)",
         (1000000000, 252250000, 181000000, 31650000, 40250000, 47250000, 47700000), [
             ("T13", "Persentase kandang satwa sesuai standar kesejahteraan satwa (animal welfare)", 100, 60,
              N(70), q(62, 64, 66, 68), "typed"),
         ]),
        (S2, "prog", "2.11.10", "PROGRAM PENINGKATAN PENDIDIKAN, PELATIHAN DAN PENYULUHAN LINGKUNGAN HIDUP UNTUK MASYARAKAT",
         (640000000, 96500000, 118500000, 0, 24300000, 38150000, 46870000), [
             ("T12", "Indeks kepuasan pengunjung", 85, 79.4, N(80), q("-", 80.95, "-", 81.35), "typed"),
         ]),
        (S2, "sub", "2.11.10.2.01.02", "Penyelenggaraan Edukasi Konservasi bagi Pelajar dan Masyarakat",
         (640000000, 96500000, 118500000, 0, 24300000, 38150000, 46870000), [
             ("T10", "Jumlah kegiatan edukasi konservasi", 150, 9, N(12), q("-", 2, 3, 3), "sum"),
             ("T11", "Jumlah peserta edukasi konservasi", 9000, 380, N(600), q("-", 95, 140, 180), "sum"),
         ]),
        (S2, "prog", "2.11.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
         (9400000000, 2231700000, 1942600000, 402150000, 466300000, 488720000, 528940000), [
             ("T09", "Pendapatan retribusi tiket masuk taman satwa", 9500000000, 1380500000, N(1100000000),
              q(143560000, 219870000, 328415000, 394480000), ("over", 1092400000)),
         ]),
        (S2, "sub", "2.11.01.2.06.09", "Pelayanan Tiket dan Pengelolaan Pengunjung",
         (1800000000, 402000000, 352000000, 72450000, 84300000, 89100000, 97400000), [
             ("T01d", "Jumlah pengunjung dewasa", 780000, 88640, N(95000), q(8420, 12305, 18990, 21525), "sum"),
             ("T01a", "Jumlah pengunjung anak-anak", 330000, 36210, N(40000), q(3115, 4480, 6930, 7790), "sum"),
             ("T02", "Jumlah pengunjung rombongan pelajar/sekolah", 70000, 5260, N(8000), q("-", "-", 410, 840), "sum"),
         ]),
        (S3, "sub", "2.11.01.2.07.10", "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Rekreasi Taman Satwa",
         (3100000000, 690000000, 585000000, 45600000, 118350000, 196400000, 214150000), [
             ("T18", "Jumlah sarana prasarana rekreasi yang direhabilitasi", 15, 2, N(3), q("-", "-", 1, 1), "sum"),
             ("T16", "Luas RTH taman satwa yang terpelihara (m2)", 50000, 44200, N(45000),
              q(45000, 45000, 45000, 45000), "typed"),
         ]),
        (S3, "sub", "2.11.01.2.02.05", "Pendidikan dan Pelatihan Teknis Perawat Satwa (Keeper)",
         (450000000, 38500000, 64000000, 0, 21500000, 0, 39200000), [
             ("T19", "Jumlah perawat satwa (keeper) bersertifikat", 20, 2, N(6), q(2, 2, 4, 4), "typed"),
         ]),
    ]
    annual = {"T03": 418, "T04": 78, "T07": 2.4, "T08": 112, "T12": 81.35, "T13": 68, "T15": 98.5, "T16": 45000,
              "T19": 4}
    r = 12
    sh.w(f"C{r}", "2.11", bold=True)
    sh.m(f"D{r}:E{r}", "URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP", bold=True, fill=BLUE)
    r += 1
    no = 1
    sas_rows = {}
    for sas, lvl, kode, name, rp, inds in blocks:
        top = r
        k = len(inds)
        bold = lvl == "prog"
        fill = BLUE if lvl == "prog" else (GREEN if lvl == "keg" else None)
        sh.m(f"A{r}:A{r + k - 1}", no if lvl == "prog" else None, h="center", v_al="top")
        sh.m(f"C{r}:C{r + k - 1}", kode, v_al="top", bold=bold)
        sh.m(f"D{r}:D{r + k - 1}", name, v_al="top", bold=bold, fill=fill, wrap=True)
        # Rp columns (merged over the block's indicator rows)
        rp_cols = ["G", "I", "K", "M", "O", "Q", "S"]
        for c, v in zip(rp_cols, rp):
            sh.m(f"{c}{r}:{c}{r + k - 1}", N(v, "#,##0"), v_al="top")
        sh.m(f"U{r}:U{r + k - 1}", F(f"SUM(M{r},O{r},Q{r},S{r})", None, "#,##0"), v_al="top")
        sh.m(f"W{r}:W{r + k - 1}", F(f"I{r}+U{r}", None, "#,##0"), v_al="top")
        sh.m(f"Y{r}:Y{r + k - 1}", F(f"IFERROR(W{r}/G{r},\"-\")", None, "0.00%"), v_al="top")
        sh.m(f"Z{r}:Z{r + k - 1}", "UPTD Taman Satwa", v_al="top")
        for (id_, iname, fk, hk, tv, tws, mode) in inds:
            sh.w(f"F{r}", N(fk), h="center")
            sh.w(f"H{r}", N(hk), h="center")
            for c, v in zip("LNPR", tws):
                sh.w(f"{c}{r}", v, h="center")
            tw_ref = f"L{r},N{r},P{r},R{r}"
            if mode == "sum":
                rv = F(f"SUM({tw_ref})", lo_sum(tws), "#,##0" if lo_sum(tws) >= 1000 else "General")
                sh.w(f"V{r}", F(f"H{r}+T{r}", None, "#,##0" if fk >= 1000 else "General"), h="center")
            elif mode == "wrongsum":
                rv = F(f"SUM({tw_ref})", lo_sum(tws), "0.00")
                sh.w(f"V{r}", F(f"T{r}", None, "0.00"), h="center")
                sh.mistake(2021, f"T{r}", id_, "col 13 (realisasi K) is =SUM of TW I-IV for a percentage: "
                                               "wrong formula, keyed by cached value", rv.key)
            elif mode == "typed":
                rv = N(annual[id_])
                sh.w(f"V{r}", F(f"T{r}", None, None), h="center")
            else:  # typed over the computed column
                rv = N(mode[1], "#,##0")
                sh.w(f"V{r}", F(f"H{r}+T{r}", None, "#,##0"), h="center")
                sh.mistake(2021, f"T{r}", id_, f"computed col 13 typed over: {mode[1]:,} typed, "
                                               f"TW sum is {lo_sum(tws):,.0f}", mode[1])
            sh.key(id_, 2021, f"E{r}", iname, (f"J{r}", tv), (f"T{r}", rv))
            sh.w(f"X{r}", F(f"IFERROR(V{r}/F{r},\"-\")", None, "0.00%"), h="center")
            r += 1
        sas_rows.setdefault(sas, [top, r - 1])
        sas_rows[sas][1] = r - 1
        if lvl == "prog":
            no += 1
    for sas, (a, b) in sas_rows.items():
        sh.m(f"B{a}:B{b}", sas, v_al="top", wrap=True)
    last = r - 1
    sh.m(f"A{r}:E{r}", "Rata-rata capaian kinerja (%)", bold=True)
    sh.m(f"F{r}:Y{r}", F(f"AVERAGE(X13:X{last})", None, "0.00%"), bold=True, h="center")
    r += 1
    sh.m(f"A{r}:E{r}", "Predikat kinerja", bold=True)
    sh.m(f"F{r}:Y{r}", "Tinggi", bold=True, h="center")
    r += 1
    for txt in ["Faktor pendorong keberhasilan pencapaian: dukungan CSR untuk pakan dan klinik satwa; "
                "pembukaan kembali taman satwa bertahap sejak Juni 2021",
                "Faktor penghambat pencapaian kinerja: penutupan sementara (PPKM) Januari - Mei 2021",
                "Tindak lanjut yang diperlukan dalam triwulan berikutnya: -",
                "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah Kota berikutnya: "
                "penambahan kegiatan edukasi daring"]:
        sh.m(f"A{r}:Z{r}", txt, h="left")
        r += 1
    r += 1
    sh.t(f"D{r}", "Disusun")
    sh.t(f"T{r}", "Dievaluasi")
    sh.t(f"D{r + 1}", "Bukit Sarang, 12 Januari 2022")
    sh.t(f"T{r + 1}", "Bukit Sarang, 20 Januari 2022")
    sh.t(f"D{r + 2}", "Kepala UPTD Taman Satwa")
    sh.t(f"T{r + 2}", "Kepala Dinas Lingkungan Hidup Kota Bukit Sarang")
    sh.t(f"D{r + 6}", KEPALA, bold=True)
    sh.t(f"T{r + 6}", KADIS, bold=True)
    sh.t(f"D{r + 7}", NIP)
    sh.t(f"T{r + 7}", NIP_KADIS)
    ws.freeze_panes = "F12"

    nt = bk.sheet("Petunjuk")
    nt.widths(A=110)
    for i, line in enumerate([
        "PETUNJUK PENGISIAN FORM E.81 (Permendagri 86 Tahun 2017)",
        "Kolom 6 diisi target akhir periode Renstra 2022-2026 (K = kinerja, Rp = pagu indikatif).",
        "Kolom 9 s.d. 12 diisi realisasi per triwulan (bukan kumulatif) untuk indikator jumlah;",
        "untuk indikator persentase / indeks / posisi akhir diisi capaian pada akhir triwulan.",
        "Kolom 13 = 9+10+11+12 (rumus), kecuali indikator persentase/posisi diisi manual capaian akhir tahun.",
        "Kolom 14 = 7 + 13; Kolom 15 = 14 / 6 x 100%.",
    ], start=1):
        nt.t(f"A{i}", line, bold=(i == 1))


# =============================================================== 2022 + 2023 (.ods)
def y2022(bk):
    sh = bk.sheet("Renaksi 2022")
    sh.widths(A=5, B=24, C=44, D=9, E=14, N=10, O=16)
    for c in "FGHIJKLM":
        sh.ws.column_dimensions[c].width = 12
    sh.m("A1:O1", "RENCANA AKSI DAN MONITORING CAPAIAN KINERJA TAHUN 2022", bold=True, h="center", border=False)
    sh.m("A2:O2", "UPTD TAMAN SATWA KOTA BUKIT SARANG", bold=True, h="center", border=False)
    sh.t("A3", "Posisi data: 9 Januari 2023")
    hv = dict(bold=True, h="center", fill=GREY, wrap=True)
    for c, h in zip("ABCDE", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2022"]):
        sh.m(f"{c}5:{c}6", h, **hv)
    sh.m("F5:I5", "Target Triwulan (kumulatif)", **hv)
    sh.m("J5:M5", "Realisasi (kumulatif)", **hv)
    for c, h in zip("FGHIJKLM", ["TW I", "TW II", "TW III", "TW IV", "s.d. TW I", "s.d. TW II", "s.d. TW III",
                                 "s.d. TW IV"]):
        sh.w(f"{c}6", h, **hv)
    sh.m("N5:N6", "Capaian (%)", **hv)
    sh.m("O5:O6", "Penanggung Jawab", **hv)

    def cum(total, fr=(0.2, 0.45, 0.75, 1.0)):
        return [N(round(total * f)) for f in fr]

    S1 = "Meningkatnya kunjungan dan kepuasan wisata edukasi"
    S2 = "Meningkatnya kualitas konservasi satwa ex-situ"
    S3 = "Meningkatnya tata kelola pelayanan UPTD"
    groups = [
        (S1, "Seksi Pelayanan", [
            ("T01d", "Jumlah Pengunjung Dewasa (orang)", N(1200000), cum(120000),
             q(24115, 61930, 98470, 134580)),
            ("T01a", "Jumlah Pengunjung Anak-Anak (orang)", N(55000), cum(55000), q(10240, 25615, 41008, 58902)),
            ("T02", "Jumlah Pengunjung Rombongan Pelajar ", N(12000), cum(12000), q(1850, 5920, 9075, 14330)),
            ("T09", "Realisasi Pendapatan Retribusi Tiket Masuk (Rp)", RP(1650000000, 1),
             [RP(330000000, 1), RP(742500000, 1), RP(1237500000, 1), RP(1650000000, 1)],
             [RP(312450000, 1), RP(744180000, 1), RP(1298735000, 1), RP(1812455000, 1)]),
            ("T12", "Indeks Kepuasan Pengunjung (IKM)", N(80), q("-", 80, "-", 80),
             q("-", T("81,60", 81.6), "-", T("82,10", 82.1))),
            ("T10", "Jumlah Kegiatan Edukasi & Sosialisasi Konservasi", N(24), q(5, 11, 18, 24), q(5, 11, 18, 26)),
            ("T11", "Jumlah Peserta Edukasi & Sosialisasi Konservasi (orang)", N(1500), cum(1500),
             q(310, 705, 1240, 1735)),
            ("T18", "Jumlah Sarpras Rekreasi Yang Direhabilitasi (unit)", N(4), q("-", 1, 2, 4), q("-", 1, 3, 4)),
        ]),
        (S2, "Seksi Konservasi", [
            ("T03", "Jumlah Koleksi Satwa (ekor)", N(430), q(425, 427, 429, 430), q(428, 431, 434, 436)),
            ("T04", "Jumlah Jenis Satwa (spesies)", N(80), q(78, 79, 80, 80), q(78, 79, 81, 81)),
            ("T05", "Prosentase Satwa Sehat", P(95), [P(95)] * 4, [P(95.4), P(96.0), P(95.1), BL]),
            ("T06", "Jumlah Kelahiran Satwa (ekor)", N(28), q(6, 13, 20, 28), q(7, 12, 19, 24)),
            ("T07", "Persentase Kematian Satwa", TN(3, suf=" %"), q(0.8, 1.5, 2.2, 3),
             [TN(0.8, suf="%"), TN(1.7, suf="%"), TN(2.9, suf="%"), TN(3.6, suf="%")]),
            ("T08", "Jumlah Satwa Dilindungi (ekor)", N(115), q(112, 113, 114, 115), q(113, 115, 116, 117)),
            ("T13", ("Persentase Kandang Sesuai Standar", "Kesejahteraan Satwa"), N(75), q(70, 72, 74, 75),
             q(70, 72, 75, 77.5)),
            ("T14", "Jumlah Pemeriksaan Kesehatan Satwa (kali)", N(48), q(12, 24, 36, 48), q(12, 25, 37, 50)),
            ("T15", "Persentase Pakan Satwa Tersedia Tepat Waktu", N(100), q(100, 100, 100, 100),
             q(100, 100, 100, 100)),
            ("T17", "Jumlah Satwa Sitaan/Serahan Masyarakat Yang Diterima", N(10), q(2, 5, 8, 10), q(3, 8, 12, 17)),
        ]),
        (S3, "Subbag TU", [
            ("T16", "Luas Ruang Terbuka Hijau Yang Terpelihara (m²)", N(46500), [N(46500)] * 4, [N(46500)] * 4),
            ("T19", "Jumlah Keeper Bersertifikat\n(orang)", N(8), q(5, 6, 7, 8), q(5, 5, 8, 8)),
        ]),
    ]
    r = 7
    no = 1
    for sas, pj, items in groups:
        top = r
        for (id_, name, tv, tq, rq) in items:
            sh.w(f"A{r}", f"{no}.", h="center")
            wrapped = isinstance(name, tuple)
            written = name[0] if wrapped else name
            cells = [(f"{c}{r}", v) for c, v in zip("JKLM", rq)]
            sh.key(id_, 2022, f"C{r}", written, (f"E{r}", tv), cells, rrule="last")
            sh.w(f"D{r}", {"T09": "Rp", "T05": "%", "T07": "%", "T13": "%", "T15": "%", "T12": "indeks"}.get(
                id_, "ekor" if id_ in ("T03", "T06", "T08", "T17") else "unit" if id_ == "T18" else
                "m²" if id_ == "T16" else "kali" if id_ == "T14" else "spesies" if id_ == "T04" else
                "kegiatan" if id_ == "T10" else "orang"), h="center")
            for c, v in zip("FGHI", tq):
                sh.w(f"{c}{r}", v, h="center", fill=YELLOW)
            last_ref = None
            for c, v in zip("JKLM", rq):
                if v.key is not None:
                    last_ref = c
            if isinstance(tv.cell, (int, float)) and isinstance(rq[-1].cell, (int, float)):
                sh.w(f"N{r}", F(f"{last_ref}{r}/E{r}", None, "0.0%"), h="center")
            else:
                sh.w(f"N{r}", None, h="center")
            sh.w(f"O{r}", pj)
            if id_ == "T01d":
                sh.mistake(2022, f"E{r}", id_, "annual target typed 10x (1.200.000 for 120.000)", 1200000)
            if wrapped:
                sh.ws[f"C{r}"].alignment = Alignment(wrap_text=False, horizontal="left", vertical="center")
                r += 1
                sh.w(f"C{r}", name[1], h="left")
                for c in "ADEFGHIJKLMNO":
                    sh.w(f"{c}{r}", None)
            r += 1
            no += 1
        sh.m(f"B{top}:B{r - 1}", sas, v_al="top", wrap=True)
    sh.t(f"C{r + 1}", "Catatan: Realisasi s.d. TW IV persentase satwa sehat belum diinput (menunggu laporan klinik).",
         italic=True)
    sh.t(f"C{r + 2}", "Target pengunjung dewasa sesuai DPA Perubahan.", italic=True)
    sh.t(f"K{r + 4}", "Bukit Sarang, 9 Januari 2023")
    sh.t(f"K{r + 5}", "Kepala UPTD Taman Satwa,")
    sh.t(f"K{r + 9}", KEPALA, bold=True)
    sh.t(f"K{r + 10}", NIP)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def y2023(bk):
    sh = bk.sheet("Rekap Bulanan 2023")
    sh.widths(A=5, B=46, C=9, D=14, Q=22)
    for i in range(5, 17):
        sh.ws.column_dimensions[get_column_letter(i)].width = 11
    sh.t("A1", "REKAPITULASI CAPAIAN INDIKATOR KINERJA BULANAN", bold=True, size=12)
    sh.t("A2", "UPTD Taman Satwa Kota Bukit Sarang  |  Tahun Anggaran 2023", bold=True)
    sh.t("A3", "sumber: laporan bulanan seksi (rekap per tanggal 5 bulan berikutnya)", italic=True)
    hv = dict(bold=True, h="center", fill=GREY, wrap=True)
    for c, h in zip("ABCD", ["No", "Indikator Kinerja", "Satuan", "Target Tahun 2023"]):
        sh.m(f"{c}5:{c}6", h, **hv)
    sh.m("E5:P5", "Realisasi Bulan", **hv)
    for i, mth in enumerate(MONTHS):
        sh.w(f"{get_column_letter(5 + i)}6", mth, **hv)
    sh.m("Q5:Q6", "Keterangan", **hv)
    S = [
        ("I. KUNJUNGAN, PENDAPATAN DAN EDUKASI", [
            ("T01t", "Jumlah pengunjung taman satwa (dewasa+anak)", "orang", TN(200000, suf="*)"),
             q(14210, 12880, 15630, 22415, 18790, 27340, 29105, 16220, 13870, 15480, 14950, 24680), ""),
            ("T02", "Jml pengunjung rombongan sekolah", "orang", N(15000),
             q(820, 1340, 1905, 760, 2110, 415, "-", 1230, 1875, 2040, 1560, 310), "Juli libur sekolah"),
            ("T09", "Pendapatan retribusi tempat rekreasi (tiket masuk)", "Rp", N(2000000000, "#,##0"),
             [N(x, "#,##0") for x in (128450000, 115320000, 142880000, 201760000, 168935000, 245120000,
                                      262300000, 139870000, 118455000, 134610000, 129985000, 221340000)], ""),
            ("T20", "Jumlah transaksi tiket elektronik (e-ticketing)", "transaksi", N(25000),
             q("-", "-", 1240, 2315, 2560, 3870, 4105, 2290, 2010, 2385, 2240, 3965), "e-ticket mulai Maret 2023"),
            ("T10", "Jml kegiatan edukasi konservasi yg dilaksanakan", "kegiatan", N(30),
             q(2, 2, 3, 2, 3, 1, 2, 3, 3, 3, 2, 1), ""),
            ("T11", "Jml peserta kegiatan edukasi", "orang", N(2000),
             q(85, 92, 160, 70, 210, 45, 60, 175, 190, 230, 140, 38), ""),
            ("T12", "Nilai IKM pengunjung taman satwa", "indeks", N(82),
             q("-", "-", "-", "-", "-", 82.35, "-", "-", "-", "-", "-", 83.02), "survei semesteran"),
        ]),
        ("II. KONSERVASI DAN KESEJAHTERAAN SATWA", [
            ("T03", "Jumlah satwa koleksi (ekor)", "ekor", N(440),
             q(436, 436, 437, 439, 439, 441, 440, 442, 444, 443, 445, 446), "posisi akhir bulan"),
            ("T04", "Jumlah jenis/spesies satwa koleksi", "spesies", N(82), q(81, 81, 81, 82, 82, 82, 82, 83, 83, 83, 83, 83),
             "posisi akhir bulan"),
            ("T05", "% satwa koleksi dlm kondisi sehat", "%", N(96),
             q(96.2, 96.5, 95.9, 96.8, 97.0, 96.4, 96.1, 96.6, 97.2, 96.9, 96.3, 0.95), ""),
            ("T06", "Jumlah anakan satwa yang lahir", "ekor", N(30), q(2, 3, 1, 4, 2, 3, 5, 2, 1, 3, 2, 4), ""),
            ("T07", "Angka kematian satwa koleksi\n(kumulatif, %)", "%", TN(2.5, dec=1),
             q(0.2, 0.4, 0.7, 0.9, 1.1, 1.3, 1.4, 1.6, 1.9, 2.1, 2.2, 2.3), "kumulatif Jan s.d. bulan ybs"),
            ("T08", "Jumlah satwa yg dilindungi UU dalam koleksi", "ekor", N(120),
             q(117, 117, 118, 118, 119, 119, 120, 120, 121, 121, 122, 122), ""),
            ("T13b", "Persentase kandang satwa dalam kondisi baik", "%", N(80),
             q("-", "-", 72, "-", "-", 76, "-", "-", 79, "-", "-", None), "penilaian triwulanan"),
            ("T14", "Frekuensi pemeriksaan kesehatan satwa oleh dokter hewan", "kali", N(52),
             q(4, 4, 5, 4, 5, 4, 4, 5, 4, 5, 4, 5), ""),
            ("T15", "% ketersediaan pakan tepat waktu & sesuai kebutuhan", "%", N(100),
             q(100, 100, 100, 98, 100, 100, 100, 100, 99, 100, 100, 100), ""),
            ("T17", "Jumlah satwa hasil sitaan & serahan yg diterima (ekor)", "ekor", N(10),
             q(1, "-", 2, 1, "-", 3, 1, "-", 2, "-", 1, 2), "dari BKSDA & masyarakat"),
        ]),
        ("III. SARANA DAN SDM", [
            ("T16", "Luas RTH terpelihara", "m2", N(48000),
             q(46500, 46500, 46500, 46500, 46500, 48000, 48000, 48000, 48000, 48000, 48000, 48000),
             "penambahan area barat Juni"),
            ("T19", "Jumlah keeper yg telah bersertifikat kompetensi", "orang", N(10),
             q(8, 8, 8, 8, 8, 10, 10, 10, 10, 10, 10, 10), ""),
        ]),
    ]
    r = 7
    no = 1
    for title, items in S:
        sh.m(f"A{r}:Q{r}", title, bold=True, fill=GREEN, h="left")
        r += 1
        for (id_, name, unit, tv, ms, ket) in items:
            sh.w(f"A{r}", no, h="center")
            cells = [(f"{get_column_letter(5 + i)}{r}", v) for i, v in enumerate(ms)]
            sh.key(id_, 2023, f"B{r}", name, (f"D{r}", tv), cells, rrule="sum" if id_ in AG.flow else "last")
            sh.w(f"C{r}", unit, h="center")
            sh.w(f"Q{r}", ket)
            if id_ == "T05":
                sh.mistake(2023, f"P{r}", id_, "December typed as a fraction (0,95) in a plain cell; "
                                               "level id so keyed as last reported period", 0.95)
            r += 1
            no += 1
    r += 1
    sh.t(f"B{r}", "Ket: \"-\" = tidak ada kegiatan / belum dilaporkan. Data pengunjung dari sistem tiket. "
                      "*) target pengunjung sesuai DPA Perubahan 2023", italic=True)
    sh.t(f"N{r + 2}", "Mengetahui,")
    sh.t(f"N{r + 3}", "Kepala UPTD Taman Satwa")
    sh.t(f"N{r + 7}", KEPALA, bold=True)
    sh.t(f"N{r + 8}", NIP)


def draft2022(bk):
    sh = bk.sheet("Renaksi 2022 (draft)", hidden=True)
    sh.t("A1", "draft awal renaksi 2022 - belum revisi DPA-P", bold=True)
    for i, (n, t, rr) in enumerate([("Jumlah pengunjung dewasa", 100000, 58210), ("Jumlah pengunjung anak", 45000, 20114),
                                    ("Pendapatan retribusi", 1500000000, 902440000), ("Jumlah koleksi satwa", 425, 421),
                                    ("Persentase satwa sehat", 95, 93.2)], start=3):
        sh.w(f"A{i}", n)
        sh.w(f"B{i}", N(t))
        sh.w(f"C{i}", N(rr))


def notes(bk):
    sh = bk.sheet("Keterangan")
    sh.widths(A=100)
    for i, line in enumerate([
        "KETERANGAN",
        "- Mulai 2023 indikator pengunjung dewasa dan anak-anak digabung menjadi jumlah pengunjung.",
        "- Indikator kandang sesuai standar kesejahteraan satwa diganti penilaian kondisi kandang (2023).",
        "- Sheet Renaksi 2022: realisasi diisi kumulatif (s.d. triwulan).",
        "- Sheet Rekap Bulanan 2023: realisasi diisi per bulan; indikator posisi/persentase diisi posisi akhir bulan.",
    ], start=1):
        sh.t(f"A{i}", line, bold=(i == 1))


# =============================================================== 2024 dashboard (.xls)
def y2024(bk):
    sh = bk.sheet("Dashboard 2024")
    data = bk.sheet("data", hidden=True)
    ws = sh.ws
    sh.widths(A=2, B=13, C=11, D=11, E=3, F=13, G=11, H=11, I=3, J=13, K=11, L=11)
    sh.m("B1:L1", "DASHBOARD KINERJA UPTD TAMAN SATWA KOTA BUKIT SARANG", bold=True, h="center", border=False,
         size=14)
    sh.m("B2:L2", "Capaian Indikator Kinerja s.d. Triwulan IV Tahun 2024", h="center", border=False)
    sh.t("B3", "update: 10-01-2025 (sumber data: sheet data)", italic=True)
    data.w("A1", "No")
    data.w("B1", "Indikator")
    for c, h in zip("CDEFG", ["TW1", "TW2", "TW3", "TW4", "Th 2024"]):
        data.w(f"{c}1", h)
    cards = [
        ("T01t", "Total Pengunjung", N(215000), [48320, 61275, 57940, 53935]),
        ("T02", "Pengunjung Rombongan Pelajar", N(16000), [3410, 4025, 3890, 3885]),
        ("T20", "Transaksi e-Ticket", N(40000), [11240, 13405, 12980, 14693]),
        ("T09", "Pendapatan Retribusi (Rp juta)", T("Rp 2.150 juta", 2150), T("Rp 2.287,4 juta", 2287.4)),
        ("T12", "Indeks Kepuasan Masyarakat", RNG(82, 85), TN(84.6)),
        ("T10", "Kegiatan Edukasi (kali)", N(36), [8, 11, 10, 12]),
        ("T11", "Peserta Edukasi (orang)", N(2400), [560, 702, 611, 745]),
        ("T03", "Koleksi Satwa (ekor)", N(450), [448, 451, 449, 447]),
        ("T04", "Jenis Satwa (spesies)", N(84), [83, 84, 84, 84]),
        ("T05", "Satwa dalam Kondisi Sehat (%)", TN(96, suf=" %"), [96.4, 97.1, 96.5, 96.8]),
        ("T06", "Kelahiran Satwa", N(30), [9, 11, 8, 9]),
        ("T07", "Tingkat Kematian Satwa (%)", GE(2.5, sign="≤ ", suf=" %", dec=1), [0.4, 0.9, 1.5, 1.9]),
        ("T08", "Satwa Dilindungi (ekor)", N(125), [124, 124, 123, 123]),
        ("T13b", "Kandang dalam Kondisi Baik (%)", N(85), [80, 82, 84, 86]),
        ("T14", "Pemeriksaan Kesehatan Satwa (kali)", N(52), [13, 14, 14, 14]),
        ("T15", "Ketersediaan Pakan Tepat Waktu (%)", N(100), [100, 99, 98.5, 99.2]),
        ("T17", "Satwa Titipan/Sitaan Diterima (ekor)", N(12), [2, 3, 1, 3]),
        ("T19", "Keeper Bersertifikat (orang)", N(12), [10, 10, 12, 12]),
    ]
    dr = 2
    r = 5
    for i, (id_, name, tv, rdat) in enumerate(cards):
        c0 = "BFJ"[i % 3]
        c1 = get_column_letter(ws[c0 + "1"].column + 1)
        c2 = get_column_letter(ws[c0 + "1"].column + 2)
        if i % 3 == 0 and i:
            r += 6
        if isinstance(rdat, list):
            data.w(f"A{dr}", dr - 1)
            data.w(f"B{dr}", name.split(" (")[0])
            for c, x in zip("CDEF", rdat):
                data.w(f"{c}{dr}", N(x))
            if id_ in AG.flow:
                g = F(f"SUM(C{dr}:F{dr})", sum(rdat))
            else:
                g = F(f"F{dr}", rdat[-1])
            data.w(f"G{dr}", g)
            rv = F(f"data!G{dr}", g.key, "#,##0" if g.key >= 1000 else "General")
            dr += 1
        else:
            rv = rdat
        sh.key(id_, 2024, f"{c0}{r}", name, (f"{c1}{r + 1}", tv), (f"{c1}{r + 2}", rv),
               name_merge=f"{c0}{r}:{c2}{r}", name_style=dict(bold=True, fill=BLUE, h="center"), write=False)
        sh.m(f"{c0}{r}:{c2}{r}", name, bold=True, fill=BLUE, h="center", wrap=True)
        sh.height(r, 32)
        sh.w(f"{c0}{r + 1}", "Target")
        sh.m(f"{c1}{r + 1}:{c2}{r + 1}", tv, h="center")
        sh.w(f"{c0}{r + 2}", "Realisasi")
        sh.m(f"{c1}{r + 2}:{c2}{r + 2}", rv, h="center", bold=True)
        sh.w(f"{c0}{r + 3}", "Capaian")
        sh.m(f"{c1}{r + 3}:{c2}{r + 3}", F(f"IFERROR({c1}{r + 2}/{c1}{r + 1},\"-\")", None, "0.0%"), h="center")
        tk, rk = tv.key, rv.key
        ok = (tk is not None and rk is not None and (rk <= tk if id_ == "T07" else rk >= tk))
        sh.m(f"{c0}{r + 4}:{c2}{r + 4}", "▲ Tercapai" if ok else "▼ Belum tercapai", h="center", italic=True,
             fill=GREEN if ok else YELLOW)
        if id_ == "T09":
            sh.mistake(2024, f"{c1}{r + 1}", id_, "unit changes: Rp juta in the cards (\"Rp 2.150 juta\" / "
                                                  "\"Rp 2.287,4 juta\"), full rupiah in 2021-2023", "2150 / 2287.4")
    r += 7
    sh.t(f"B{r}", "Catatan: kandang dinilai per triwulan oleh tim animal welfare; retribusi dalam juta rupiah.",
         italic=True)
    sh.t(f"J{r + 2}", "Kepala UPTD Taman Satwa")
    sh.t(f"J{r + 6}", KEPALA, bold=True)


def main():
    b1 = AG.book("Evaluasi_Renja_TamanSatwa_2021", "xlsx")
    y2021(b1)
    b2 = AG.book("Renaksi_dan_Monev_TS_2022-2023", "ods")
    y2022(b2)
    y2023(b2)
    draft2022(b2)
    notes(b2)
    b3 = AG.book("Dashboard_Kinerja_TS_2024", "xls")
    y2024(b3)
    AG.finish()


if __name__ == "__main__":
    main()
