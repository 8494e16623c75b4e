"""Agency C: Dinas Pertamanan dan Pemakaman Kota Banyu Sekar. Years 2017-2020 (all invented)."""
from lib import (Book, D, F, G, P, T, V, asV, build_agency, keylast, keysum, col, signature, split_flow)

SLUG = "c_distamkam_banyu_sekar"
AGENCY = "Dinas Pertamanan dan Pemakaman Kota Banyu Sekar"
KADIS = ("Ir. SUTRISNO HADIKUSUMO, M.T.", "Pembina Utama Muda (IV/c)", "NIP. 19650214 199203 1 007")
KADIS20 = ("Dr. ANDI MAPPASESSU, S.Hut., M.Si", "Pembina Tk. I (IV/b)", "NIP. 19720530 199803 1 002")

SAS = {1: "Meningkatnya kuantitas dan kualitas ruang terbuka hijau publik",
       2: "Meningkatnya kualitas pelayanan pemakaman",
       3: "Meningkatnya pendapatan retribusi pelayanan taman dan pemakaman",
       4: "Meningkatnya kualitas pelayanan publik dan akuntabilitas Dinas"}
META = {  # id: (sasaran, polarity, kind, satuan)
    "T01": (1, "+", "level", "%"), "T02": (1, "+", "level", "Ha"), "T03": (1, "+", "level", "taman"),
    "T04": (1, "+", "flow", "taman"), "T05": (1, "+", "level", "%"), "T06": (1, "+", "flow", "batang"),
    "T07": (1, "+", "flow", "batang"), "T08": (1, "+", "level", "%"),
    "T09": (2, "+", "level", "Ha"), "T10": (2, "+", "level", "%"), "T11": (2, "+", "level", "lokasi"),
    "T12": (2, "+", "flow", "jenazah"), "T13": (2, "+", "level", "%"), "T18": (2, "+", "level", "nilai"),
    "T19": (2, "+", "flow", "lokasi"), "T22": (2, "+", "flow", "jenazah"), "T23": (2, "+", "flow", "jenazah"),
    "T14": (3, "+", "flow", "Rp juta"), "T14b": (3, "+", "flow", "Rp juta"), "T15": (3, "+", "flow", "Rp juta"),
    "T24": (3, "+", "level", "%"),
    "T16": (4, "-", "flow", "pengaduan"), "T17": (4, "+", "level", "%"), "T20": (4, "+", "level", "predikat/nilai"),
    "T21": (4, "+", "level", "%"), "T25": (4, "+", "flow", "dokumen"),
}
FLOWS = sorted(k for k, v in META.items() if v[2] == "flow")
LEVELS = sorted(k for k, v in META.items() if v[2] == "level")

# ------------------------------------------------------------------ 2017: annual PK, one header row, value+unit text
Y2017 = [
    ("T01", "Persentase luas ruang terbuka hijau (RTH) publik terhadap luas wilayah kota", "Positif",
     T("12,5 %", 12.5), T("12,71 %", 12.71), "101,68", None),
    ("T02", "Luas ruang terbuka hijau publik yang dikelola", "Positif", T("215 Ha", 215), T("218,4 Ha", 218.4),
     "101,58", None),
    ("T03", "Jumlah taman kota yang dipelihara", "Positif", T("46 taman", 46), T("46 taman", 46), "100", None),
    ("T04", "Jumlah taman kota baru yang dibangun", "Positif", T("2 taman", 2), T("2 taman", 2), "100", None),
    ("T05", "Persentase taman dalam kondisi baik", "Positif", T("85 %", 85), T("87,5 %", 87.5), "105",
     "T05: capaian typed 105 while 87,5 / 85 = 102,94 (typed capaian disagrees)"),
    ("T06", "Jumlah pohon peneduh yang ditanam", "Positif", T("2.500 batang", 2500), T("2.731 batang", 2731),
     "109,24", None),
    ("T07", "Jumlah pohon yang dipangkas", "Positif", T("4.000 batang", 4000), T("4.388 batang", 4388), "109,70",
     "dup"),
    ("T08", "Persentase lampu penerangan taman yang berfungsi baik", "Positif", T("90 %", 90), T("86,4 %", 86.4),
     "96", None),
    ("T09", "Luas areal pemakaman umum", "Positif", T("38 Ha", 38), T("38 Ha", 38), "100", None),
    ("T10", "Persentase ketersediaan lahan makam", "Positif", T("20 %", 20), T("18,2 %", 18.2), "91", None),
    ("T11", "Jumlah TPU yang dikelola", "Positif",
     T("90 lokasi", 90, note="T11 target typed '90 lokasi' (10x the real 9); keyed as typed (90); capaian 10"),
     T("9 lokasi", 9), "10", None),
    ("T12", "Jumlah jenazah yang dilayani pemakamannya", "Positif", T("1.800 jenazah", 1800),
     T("1.926 jenazah", 1926), "107", None),
    ("T13", "Persentase permohonan izin penggunaan tanah makam yang diselesaikan tepat waktu", "Positif",
     T("100 %", 100), T("97,8 %", 97.8), "97,8", None),
    ("T19", "Jumlah TPU yang ditata", "Positif", T("2 lokasi", 2), T("2 lokasi", 2), "100", None),
    ("T18", "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan pemakaman", "Positif",
     T("75", 75), G("B", note="T18 realisasi 'B' (IKM category, a grade: key null); target '75' typed as text "
                              "(key 75)"), "-", None),
    ("T14", "Realisasi penerimaan retribusi pelayanan pemakaman", "Positif", T("Rp. 850 juta", 850),
     T("Rp. 912,5 juta", 912.5), "107,35", None),
    ("T15", "Realisasi penerimaan retribusi pemakaian kekayaan daerah (taman)", "Positif", T("Rp. 120 juta", 120),
     T("Rp. 131 juta", 131), "109,17", None),
    ("T16", "Jumlah pengaduan masyarakat terkait pelayanan taman dan makam", "Negatif", T("60 pengaduan", 60),
     T("48 pengaduan", 48), "120",
     "T16: negative indicator (Polaritas 'Negatif'); capaian typed 120 = (2x60-48)/60 (correct)"),
    ("T17", "Persentase pengaduan yang ditindaklanjuti", "Positif", T("100 %", 100), T("100 %", 100), "100", None),
    ("T20", "Nilai SAKIP Dinas", "Positif", G("B", note="T20 target and realisasi grades 'B' / 'B' (key null)"),
     G("B"), "100", None),
    ("T21", "Persentase penyerapan anggaran", "Positif", T("95 %", 95), T("92,48 %", 92.48), "97,35", None),
]


def pk2017(sh):
    for c, wd in {1: 5, 2: 34, 3: 58, 4: 11, 5: 16, 6: 16, 7: 11, 8: 20}.items():
        sh.width(c, wd)
    lines = ["PENGUKURAN KINERJA", "DINAS PERTAMANAN DAN PEMAKAMAN", "KOTA BANYU SEKAR", "TAHUN 2017"]
    for i, t in enumerate(lines):
        sh.mw(1 + i, 1, 1 + i, 8, t, bold=True, h="center")
    sh.w(6, 1, "Kota"); sh.w(6, 3, ": Banyu Sekar")
    sh.w(7, 1, "Nama SKPD"); sh.w(7, 3, ": Dinas Pertamanan dan Pemakaman")
    hd = ["No", "Sasaran Strategis", "Indikator Kinerja", "Polaritas", "Target", "Realisasi", "% Capaian",
          "Keterangan"]
    for i, h in enumerate(hd):
        sh.w(9, 1 + i, h, bold=True, h="center")
    r = 10
    no = 0
    cur = None
    order = [x for s in (1, 2, 3, 4) for x in Y2017 if META[x[0]][0] == s]
    for (sid, name, pol, t, rv, cap, note) in order:
        sas = META[sid][0]
        copies = 2 if note == "dup" else 1
        for cp in range(copies):
            no += 1
            sh.w(r, 1, no, h="center")
            if sas != cur:
                sh.w(r, 2, SAS[sas], wrap=True, vert="top")
                cur = sas
            sh.w(r, 3, name, wrap=True)
            sh.w(r, 4, pol, h="center")
            sh.w(r, 5, t, h="right")
            sh.w(r, 6, rv, h="right")
            sh.w(r, 7, cap, h="right")
            if note and note != "dup":
                sh.note(r, note)
            if cp == 1:
                sh.note(r, f"{sid}: duplicated row (copy of row {r-1}); not a key row")
            else:
                sh.key(r, 3, sid, 2017, [(r, 5)], "cell", asV(t).key, [(r, 6)], "cell", asV(rv).key)
            r += 1
    last = r - 1
    sh.box(9, 1, last, 8)
    sh.w(last + 2, 2, "Jumlah Anggaran Kegiatan Tahun 2017 : Rp. 14.862.500.000")
    sh.w(last + 3, 2, "Jumlah Realisasi Anggaran Kegiatan Tahun 2017 : Rp. 13.744.840.500")
    signature(sh, last + 5, 5, "Banyu Sekar, 29 Desember 2017", "KEPALA DINAS PERTAMANAN DAN PEMAKAMAN", *KADIS)
    sh.note(None, "Every target / realisasi is text with its unit in the same cell ('12,71 %', '2.731 batang', "
                  "'Rp. 912,5 juta'); capaian is typed text ('101,68'). Blank Sasaran cell = same as above.")
    sh.desc += [
        "Title rows 1-4, 'Kota' / 'Nama SKPD' lines rows 6-7. ONE header row (row 9): No, Sasaran Strategis, "
        "Indikator Kinerja, Polaritas, Target, Realisasi, % Capaian, Keterangan. No numbered column row.",
        f"Data rows 10-{last}; Sasaran written only on the first row of its group (no merge). Values are text "
        "with units in one cell; % Capaian typed as text.",
        f"Below: budget lines (rows {last+2}-{last+3}) and signature.",
    ]


def lampiran2017(sh):
    sh.w(1, 1, "LAMPIRAN : ANGGARAN PER PROGRAM TAHUN 2017", bold=True)
    hd = ["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)"]
    for i, h in enumerate(hd):
        sh.w(3, 1 + i, h, bold=True)
    data = [("Program Pelayanan Administrasi Perkantoran", 1210000000, 1150340000),
            ("Program Pengelolaan Ruang Terbuka Hijau", 8640000000, 7985120500),
            ("Program Pengelolaan Areal Pemakaman", 4612500000, 4230880000),
            ("Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", 400000000,
             378500000)]
    r = 4
    for i, (n, a, b) in enumerate(data):
        sh.w(r, 1, i + 1); sh.w(r, 2, n); sh.w(r, 3, a, fmt="#,##0"); sh.w(r, 4, b, fmt="#,##0")
        r += 1
    sh.w(r, 2, "JUMLAH", bold=True)
    sh.w(r, 3, f"=SUM(C4:C{r-1})", fmt="#,##0"); sh.w(r, 4, f"=SUM(D4:D{r-1})", fmt="#,##0")
    sh.box(3, 1, r, 4)
    sh.width(2, 70); sh.width(3, 18); sh.width(4, 18)
    sh.desc += ["Budget per programme (rows 3-8). No key rows."]


# ------------------------------------------------------------------ 2018: E.81, 17-column scheme
# id: (name, renstra K, real s.d. 2017 K, target K, quarters, col12 mode)
E81 = {
    "T01": ("Prosentase RTH Publik terhadap Luas Wilayah", 15, 12.71, 13, [12.71, 12.8, 12.95, 13.06], "=tw4"),
    "T02": ("Luas RTH Publik yang Dikelola (Ha)", 250, 218.4, 224, [219.0, 220.5, 223.1, 225.3], "=tw4"),
    "T03": ("Jumlah Taman yang Dipelihara", 60, 46, 48, [46, 47, 47, 48], "typed"),
    "T05": ("Persentase Taman Kota dalam Kondisi Baik", 90, 87.5, 87, [86.0, 86.9, 87.6, 88.2], "typed"),
    "T07": ("Jumlah Pohon yang Dipangkas/Dirawat", 25000, 8120, 4500, [1050, 1180, 1210, 1180], "sum"),
    "T04": ("Jumlah Taman Kota Baru", 12, 4, 4, [D(), 1, 1, 1], "typedsum"),
    "T06": ("Jumlah Pohon Peneduh yang Ditanam", 15000, 5031, 3000, [420, 980, 1010, 804], "sum"),
    "T08": ("Persentase Lampu Taman yang Menyala", 95, 86.4, 90, [88.2, 89.5, 90.8, 91.7], "typed"),
    "T09": ("Luas Areal Pemakaman Umum yang Tersedia (Ha)", 45, 38, 40, [38, 38, 40.5, 40.5], "=tw4"),
    "T10": ("Persentase Ketersediaan Petak Makam", 15, 18.2, 20, [17.9, 17.6, 17.4, 17.1], "typed"),
    "T12": ("Jumlah Pelayanan Pemakaman", 11000, 3710, 1900, [476, 502, 488, 521], "sum"),
    "T13": ("Persentase Izin Penggunaan Tanah Makam Selesai Tepat Waktu", 100, 97.8, 100, [98.1, 98.4, 98.9, 98.6],
            "text"),
    "T18": ("Indeks Kepuasan Masyarakat Layanan Pemakaman", 80, "B", 76, [D(), D(), D(), 78.25], "typed"),
    "T11": ("Jumlah Tempat Pemakaman Umum yang Dikelola", 10, 9, 9, [9, 9, 9, 9], "typed"),
    "T19": ("Jumlah TPU yang Ditata/Direhabilitasi", 10, 2, 2, [0, 0, 1, 1], "sum"),
    "T24": ("Persentase Realisasi Retribusi terhadap Target", 100, 106.9, 100, [22.1, 48.7, 74.2, 102.6], "=tw4"),
    "T14": ("Penerimaan Retribusi Pelayanan Pemakaman (Rp. juta)", 5600, 1712.5, 900, [221.4, 240.8, 229.5, 256.5],
            "sum"),
    "T15": ("Penerimaan Retribusi Pemakaian Kekayaan Daerah (Sewa Taman) (Rp. juta)", 780, 251, 125,
            [25.1, 31.6, 29.4, 32.3], "sum"),
    "T17": ("Persentase Pengaduan Masyarakat yang Ditindaklanjuti", 100, 100, 100, [100, 100, 100, 100], "typed"),
    "T16": ("Jumlah Pengaduan Masyarakat", "-", 107, 55, [12, 9, 11, 9], "sum"),
    "T21": ("Persentase Serapan Anggaran", 95, 92.48, 95, [17.5, 41.2, 66.9, 93.87], "=tw4"),
    "T25": ("Jumlah Dokumen Laporan Kinerja dan Keuangan", 90, 30, 15, [4, 4, 3, 4], "sum"),
}
SAT18 = {"T14": "Rp. juta", "T15": "Rp. juta", "T24": "%"}
BLOCKS18 = [
    ("prog", "Program Pengelolaan Ruang Terbuka Hijau", ["T01", "T02"], None, 1),
    ("keg", "Pemeliharaan Taman dan Jalur Hijau", ["T03", "T05", "T07"], 3850000000, 1),
    ("keg", "Pembangunan Taman Kota", ["T04"], 2400000000, 1),
    ("keg", "Penanaman Pohon Peneduh", ["T06"], 960000000, 1),
    ("keg", "Pemeliharaan Penerangan Taman", ["T08"], 720000000, 1),
    ("prog", "Program Pengelolaan Areal Pemakaman", ["T09", "T10"], None, 2),
    ("keg", "Pelayanan Pemakaman", ["T12", "T13", "T18"], 1350000000, 2),
    ("keg", "Penataan dan Pemeliharaan TPU", ["T11", "T19"], 2875000000, 2),
    ("prog", "Program Peningkatan Pendapatan Retribusi Daerah", ["T24"], None, 3),
    ("keg", "Intensifikasi Pemungutan Retribusi Pemakaman dan Pemakaian Taman", ["T14", "T15"], 185000000, 3),
    ("prog", "Program Peningkatan Kualitas Pelayanan Publik", ["T17"], None, 4),
    ("keg", "Penanganan Pengaduan Masyarakat", ["T16"], 96000000, 4),
    ("prog", "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", ["T21"], None, 4),
    ("keg", "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", ["T25"], 142500000, 4),
]


def e81_2018(sh):
    # columns: A No, B Sasaran, C Program/Kegiatan, D Indikator, E Satuan, then K/Rp pairs 5..15, AB 16, AC 17
    widths = {1: 5, 2: 24, 3: 34, 4: 44, 5: 9, 28: 18, 29: 16}
    for c in range(6, 28):
        widths[c] = 9 if c % 2 == 0 else 14
    for c, wd in widths.items():
        sh.width(c, wd)
    titles = ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", "KOTA BANYU SEKAR",
              "Renja Perangkat Daerah : DINAS PERTAMANAN DAN PEMAKAMAN",
              "Periode Pelaksanaan : Tahun 2018"]
    for i, t in enumerate(titles):
        sh.mw(1 + i, 1, 1 + i, 29, t, bold=(i < 2), h="center" if i < 2 else None)
    H = 6
    for c, t in ((1, "No"), (2, "Sasaran"), (3, "Program / Kegiatan"),
                 (4, "Indikator Kinerja Program (outcome) / Kegiatan (output)"), (5, "Satuan"),
                 (28, "Unit Penanggung Jawab"), (29, "Keterangan")):
        sh.mw(H, c, H + 2, c, t, bold=True, h="center", wrap=True)
    pairs = {6: "Target Renstra SKPD pada Tahun 2021 (Akhir Periode Renstra SKPD)",
             8: "Realisasi Capaian Kinerja Renstra SKPD sampai dengan Renja SKPD Tahun Lalu (2017)",
             10: "Target Kinerja dan Anggaran Renja SKPD Tahun Berjalan (2018) yang Dievaluasi",
             20: "Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang Dievaluasi",
             22: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja SKPD yang Dievaluasi (%)",
             24: "Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun 2018",
             26: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s/d Tahun 2018 (%)"}
    for c, t in pairs.items():
        sh.mw(H, c, H + 1, c + 1, t, bold=True, h="center", wrap=True)
    sh.mw(H, 12, H, 19, "Realisasi Kinerja Pada Triwulan", bold=True, h="center")
    for q in range(4):
        sh.mw(H + 1, 12 + 2 * q, H + 1, 13 + 2 * q, ["I", "II", "III", "IV"][q], bold=True, h="center")
    for c in range(6, 28):
        sh.w(H + 2, c, "K" if c % 2 == 0 else "Rp", bold=True, h="center")
    NR = H + 3
    nums = {1: "1", 2: "2", 3: "3", 4: "4", 6: "5", 8: "6", 10: "7", 12: "8", 14: "9", 16: "10", 18: "11",
            20: "12 = 8+9+10+11", 22: "13 = 12/7 x 100", 24: "14 = 6 + 12", 26: "15 = 14/5 x 100", 28: "16",
            29: "17"}
    for c, t in nums.items():
        if 6 <= c < 28:
            sh.mw(NR, c, NR, c + 1, t, h="center", italic=True)
        else:
            sh.w(NR, c, t, h="center", italic=True)
    r = NR + 1
    first = r
    blocks = []
    no = 0
    tw4 = col(18)
    for (lvl, bname, ids, pagu, sas) in BLOCKS18:
        start = r
        if lvl == "prog":
            no += 1
            sh.w(r, 1, no, h="center", bold=True)
        for sid in ids:
            name, ren, r17, tgt, qs, mode = E81[sid]
            sh.w(r, 4, name, wrap=True)
            sh.w(r, 5, SAT18.get(sid, META[sid][3]), h="center")
            sh.w(r, 6, ren)
            sh.w(r, 8, r17)
            sh.w(r, 10, tgt)
            for q in range(4):
                sh.w(r, 12 + 2 * q, qs[q])
            if mode == "sum":
                sh.w(r, 20, f"=L{r}+N{r}+P{r}+R{r}")
                k12 = keysum(qs)
            elif mode == "typedsum":
                k12 = keysum(qs)
                sh.w(r, 20, k12)
            elif mode == "=tw4":
                sh.w(r, 20, f"={tw4}{r}")
                k12 = keylast(qs)
            elif mode == "text":
                sh.w(r, 20, T("98,6 %", 98.6, note=f"{sid}: col 12 K typed as text '98,6 %' (key 98.6); col 13 "
                                                   "typed 98,6"))
                k12 = 98.6
            else:
                k12 = keylast(qs)
                sh.w(r, 20, k12)
            # col 13 capaian
            if sid == "T16":
                sh.w(r, 22, f"=T{r}/J{r}*100", fmt="0.00")
                sh.note(r, "T16: negative indicator (Jumlah pengaduan) but col 13 uses =T/J*100 (74,55 instead of "
                           "125,45)")
            elif sid == "T10":
                sh.w(r, 22, f"=T{r+1}/J{r+1}*100", fmt="0.00")
                sh.note(r, f"T10: col 13 formula =T{r+1}/J{r+1}*100 points at the next row")
            elif mode == "text":
                sh.w(r, 22, 98.6, fmt="0.00")
            else:
                sh.w(r, 22, f"=T{r}/J{r}*100", fmt="0.00")
            kind = META[sid][2]
            sh.w(r, 24, f"=H{r}+T{r}" if kind == "flow" else (f"=T{r}" if mode != "text" else 98.6))
            sh.w(r, 26, f"=X{r}/F{r}*100", fmt="0.00")
            sh.w(r, 28, "Bidang Pertamanan" if sas == 1 else ("Bidang Pemakaman" if sas == 2 else "Sekretariat"))
            sh.key(r, 4, sid, 2018, [(r, 10)], "cell", asV(tgt).key, [(r, 20)], "cell", k12)
            r += 1
        end = r - 1
        sh.mw(start, 3, end, 3, bname, wrap=True, vert="top", bold=(lvl == "prog"))
        blocks.append((lvl, start, end, pagu, sas))
    last = r - 1
    # budgets
    for i, (lvl, start, end, pagu, sas) in enumerate(blocks):
        for c in (7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27):
            sh.m(start, c, end, c)
        if lvl == "keg":
            sh.w(start, 11, pagu, fmt="#,##0")
            sh.w(start, 7, pagu * 4, fmt="#,##0")
            sh.w(start, 9, int(pagu * 0.92), fmt="#,##0")
            sp = split_flow(int(pagu * 0.9387), [15, 25, 27, 33])
            for q in range(4):
                sh.w(start, 13 + 2 * q, sp[q], fmt="#,##0")
        else:
            kids = []
            for lv2, s2, e2, p2, sas2 in blocks[i + 1:]:
                if lv2 == "prog":
                    break
                kids.append(s2)
            for c in (7, 9, 11, 13, 15, 17, 19):
                sh.w(start, c, "=SUM(" + ",".join(f"{col(c)}{k}" for k in kids) + ")", fmt="#,##0")
        sh.w(start, 21, f"=M{start}+O{start}+Q{start}+S{start}", fmt="#,##0")
        sh.w(start, 23, f"=U{start}/K{start}*100", fmt="0.00")
        sh.w(start, 25, f"=I{start}+U{start}", fmt="#,##0")
        sh.w(start, 27, f"=Y{start}/G{start}*100", fmt="0.00")
    # sasaran merged per programme group
    progs = [b for b in blocks if b[0] == "prog"]
    sas_rows = {}
    for (lvl, start, end, pagu, sas) in blocks:
        a, b = sas_rows.get(sas, (start, end))
        sas_rows[sas] = (min(a, start), max(b, end))
    for sas, (a, b) in sas_rows.items():
        sh.mw(a, 2, b, 2, SAS[sas], wrap=True, vert="top")
    sh.box(H, 1, last, 29)
    rr = last + 1
    sh.mw(rr, 1, rr, 21, "Rata-rata Capaian Kinerja (%)", bold=True, h="right")
    sh.w(rr, 22, 101.4, fmt="0.00")
    sh.w(rr, 23, f"=AVERAGE(W{first}:W{last})", fmt="0.00")
    sh.mw(rr + 1, 1, rr + 1, 21, "Predikat Kinerja", bold=True, h="right")
    sh.w(rr + 1, 22, "Sangat Tinggi")
    sh.box(rr, 1, rr + 1, 29)
    sh.note(rr, "Rata-rata capaian K typed 101,4 (not a formula); Rp average =AVERAGE over the merged budget cells")
    y = rr + 3
    for lab, txt in (("Faktor pendorong", "Dukungan anggaran dan partisipasi masyarakat dalam penanaman pohon."),
                     ("Faktor penghambat", "Keterbatasan lahan pemakaman baru; petak makam semakin berkurang."),
                     ("Tindak lanjut", "Pengadaan lahan TPU baru pada Renja 2019.")):
        sh.w(y, 3, lab, bold=True); sh.w(y, 4, txt)
        y += 1
    signature(sh, y + 1, 4, "Banyu Sekar, 16 Januari 2019", "KEPALA DINAS PERTAMANAN DAN PEMAKAMAN", *KADIS)
    signature(sh, y + 1, 20, "Dievaluasi, 23 Januari 2019", "KEPALA BAPPEDA KOTA BANYU SEKAR",
              "Drs. KOMANG ARTHA WIGUNA, M.Si", "Pembina Utama Muda (IV/c)", "NIP. 19661111 199103 1 009")
    sh.desc += [
        "Title rows 1-4. Header rows 6-8 (row 6 main headings, row 7 Triwulan I-IV, row 8 K / Rp), numbered "
        "column row 9 in the 17-column scheme (1..4, Satuan unnumbered, 5..11, '12 = 8+9+10+11', "
        "'13 = 12/7 x 100', '14 = 6 + 12', '15 = 14/5 x 100', 16, 17).",
        "Columns: A No (programmes only), B Sasaran (merged per sasaran), C Program / Kegiatan (merged over its "
        "indicator rows), D Indikator, E Satuan, F/G (5) Target Renstra 2021, H/I (6) Realisasi s.d. 2017, "
        "J/K (7) Target Renja 2018, L..S (8-11) TW I-IV K/Rp, T/U (12) realisasi 2018, V/W (13) capaian 2018, "
        "X/Y (14) Renstra s.d. 2018, Z/AA (15) %, AB (16) unit, AC (17) Keterangan.",
        f"Data rows {first}-{last}: 5 programmes and 9 kegiatan (pre-2021 nomenclature, no sub kegiatan); every "
        "indicator row is a key row. Key target = col 7 K (J), key realisasi = col 12 K (T).",
        f"Below: Rata-rata capaian (row {last+1}), Predikat, faktor pendorong/penghambat, tindak lanjut, two "
        "signatures.",
    ]


def rekap_anggaran18(sh):
    sh.w(1, 1, "rekap anggaran 2018 (kerja)")
    for i, (k, v) in enumerate([("RTH", 7930000000), ("Pemakaman", 4225000000), ("Retribusi", 185000000),
                                ("Pelayanan publik", 96000000), ("Pelaporan", 142500000)]):
        sh.w(2 + i, 1, k); sh.w(2 + i, 2, v, fmt="#,##0")
    sh.desc += ["Hidden working sheet (5 budget lines). Not keyed."]


# ------------------------------------------------------------------ 2019: e-SAKIP export, year column, 2018 + 2019 rows
# (id, kode, name, (t18, r18) or None, t19, r19)
Y2019 = [
    ("T01", "1.01", "Persentase RTH publik", (13, 13.06), 13.5, 13.42),
    ("T02", "1.02", "Luas RTH publik", (224, 225.3), 232, 230.6),
    ("T03", "1.03", "Jumlah taman kota yg dipelihara", (48, 48), 52, 52),
    ("T04", "1.04", "Jumlah pembangunan taman baru", (4, 3), 3, 3),
    ("T05", "1.05", "Persentase taman kondisi baik",
     (87, V(88.0, note="T05: the export's 2018 realisasi (88,0) differs from the 2018 E.81 (88,2); 2018 rows are "
                       "not keyed")), T("85-90", 85, note="T05 target 2019 typed as a range '85-90' (key 85)"), 89.1),
    ("T06", "1.06", "Jumlah penanaman pohon peneduh", (3000, 3214), 3000, 3412),
    ("T07", "1.07", "Jumlah pemangkasan pohon", (4500, 4620), 5000, 5187),
    ("T08", "1.08", "Persentase lampu taman berfungsi", (90, 91.7), 92, 93.5),
    ("T09", "2.01", "Luas lahan TPU", (40, 40.5), 42, 40.5),
    ("T10", "2.02", "Persentase daya tampung petak makam yang tersedia", (20, 17.1), 18, 15.8),
    ("T11", "2.03", "Jumlah TPU dikelola ", (9, 9), 10, 10),
    ("T12", "2.04", "Jumlah layanan pemakaman jenazah",
     (1900, V(1990, note="T12: the export's 2018 realisasi 1990 differs from the 2018 E.81 (1987)")), 2000, 2041),
    ("T13", "2.05", "Persentase izin penggunaan tanah makam (IPTM) yg selesai tepat waktu", (100, 98.6), 100, 99.1),
    ("T18", "2.06", "IKM pelayanan pemakaman", (76, 78.25), 77, 79.6),
    ("T19", "2.07", "Jumlah penataan TPU", (2, 2), 3, 2),
    ("T22", "2.08", "Jumlah pemakaman jenazah terlantar dan warga miskin", None, 60, 71),
    ("T24", "3.00", "Persentase realisasi retribusi terhadap target", (100, 102.6), None, None),
    ("T14", "3.01", "Jumlah retribusi pemakaman", (900, 948.2), 950, 1003.75),
    ("T15", "3.02", "Jumlah retribusi sewa taman", (125, 118.4), 130, 139.9),
    ("T16", "4.01", "Jumlah pengaduan/keluhan masyarakat", (55, 41), 50, 38),
    ("T17", "4.02", "Persentase pengaduan yg ditindaklanjuti", (100, 100), 100, 97.4),
    ("T20", "4.03", "Nilai AKIP Dinas", None, 62, 64.3),
    ("T21", "4.04", "Serapan anggaran", (95, 93.87), 95, 95.6),
    ("T25", "4.05", "Jumlah dokumen laporan kinerja dan keuangan", (15, 15), None, None),
]
UNIT19 = {"T14": "Rp juta", "T15": "Rp juta", "T20": "nilai"}


def export2019(sh):
    for c, wd in {1: 5, 2: 7, 3: 8, 4: 48, 5: 58, 6: 10, 7: 10, 8: 10, 9: 11, 10: 15}.items():
        sh.width(c, wd)
    sh.w(1, 1, "REKAPITULASI CAPAIAN INDIKATOR KINERJA", bold=True)
    sh.w(2, 1, "Perangkat Daerah : Dinas Pertamanan dan Pemakaman")
    sh.w(3, 1, "Tahun : 2019    Pembanding : 2018")
    sh.w(4, 1, "Dicetak dari aplikasi e-SAKIP Kota Banyu Sekar pada 15/01/2020 09:42", italic=True)
    hd = ["No", "Tahun", "Kode", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)",
          "Status"]
    for i, h in enumerate(hd):
        sh.w(6, 1 + i, h, bold=True, h="center")
    r = 7
    no = 0
    for (sid, kode, name, y18, t19, r19) in Y2019:
        sas = META[sid][0]
        unit = UNIT19.get(sid, META[sid][3])
        years = []
        if y18:
            years.append((2018, y18[0], y18[1]))
        if t19 is not None:
            years.append((2019, t19, r19))
        copies = 2 if sid == "T03" else 1
        for (yr, t, rv) in years:
            for cp in range(copies if yr == 2019 else 1):
                no += 1
                sh.w(r, 1, no)
                sh.w(r, 2, yr)
                sh.w(r, 3, kode)
                sh.w(r, 4, SAS[sas])
                sh.w(r, 5, name)
                sh.w(r, 6, unit)
                sh.w(r, 7, t)
                sh.w(r, 8, rv)
                tk, rk = asV(t).key, asV(rv).key
                if META[sid][1] == "-":
                    cap = (2 * tk - rk) / tk * 100
                else:
                    cap = rk / tk * 100
                sh.w(r, 9, round(cap, 2), fmt="0.00")
                sh.w(r, 10, "Tercapai" if cap >= 100 else "Tidak Tercapai")
                if yr == 2019 and cp == 0 and sid == "T11":
                    sh.note(r, "T11: the 2019 name cell ends with a trailing space ('Jumlah TPU dikelola '); "
                               "`written` keeps it")
                if yr == 2019 and sid == "T20":
                    sh.note(r, "T20 'Nilai AKIP Dinas': a numeric score in 2019 (62 / 64,3) while 2017 and 2020 "
                               "hold grades")
                if yr == 2019:
                    if cp == 1:
                        sh.note(r, f"{sid}: the export repeats row {r-1} (duplicated row); not a key row")
                    else:
                        sh.key(r, 5, sid, 2019, [(r, 7)], "cell", tk, [(r, 8)], "cell", rk)
                r += 1
    last = r - 1
    sh.box(6, 1, last, 10)
    sh.note(None, "Rows alternate by year inside each indicator (2018 row, then 2019 row); the indicator name is "
                  "the 2019 master name on both. Only Tahun = 2019 rows are keyed (2018 rows are the comparison "
                  "year; T24 and T25 appear only as 2018 rows; T20 and T22 only as 2019 rows).")
    sh.w(last + 2, 1, f"Jumlah data : {no}", italic=True)
    sh.desc += [
        "Rows 1-4: report title, agency, 'Tahun : 2019 Pembanding : 2018', print stamp. ONE header row (row 6): "
        "No, Tahun, Kode, Sasaran, Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%), Status.",
        "Unusual layout: a long 'database export' with the YEAR IN A COLUMN (B); each indicator has a 2018 row "
        "followed by a 2019 row; Sasaran repeated on every row; no merges, no signature.",
        f"Data rows 7-{last}; key rows = the Tahun 2019 rows only.",
    ]


# ------------------------------------------------------------------ 2020: one card per indicator
# (id, name, target, realisasi 2019 (shown), realisasi 2020, flag)
Y2020 = [
    ("T01", "PERSENTASE LUAS RUANG TERBUKA HIJAU PUBLIK", 14, 13.42, 13.88, None),
    ("T02", "LUAS RTH PUBLIK (HEKTAR)", 240, 230.6, 238.1, None),
    ("T03", "JUMLAH TAMAN KOTA YANG TERPELIHARA", 55, 52, 54, None),
    ("T04", "JUMLAH TAMAN KOTA BARU YANG DIBANGUN", 2, 3,
     D(note="T04 realisasi 2020 '-' (construction cancelled, refocusing): key null"), "dash"),
    ("T05", "PERSENTASE TAMAN DALAM KONDISI BAIK", 90, 89.1,
     V(0.913, note="T05 realisasi 2020 typed 0,913 (a fraction; the card holds percent points elsewhere): "
                   "keyed as typed 0.913"), None),
    ("T06", "JUMLAH POHON PELINDUNG YANG DITANAM", 2000, 3412, 2145, None),
    ("T07", "JUMLAH POHON YANG DIRAWAT (PANGKAS)", 5000, 5187, 4870, None),
    ("T09", "LUAS AREAL TEMPAT PEMAKAMAN UMUM (TPU)", 45, 40.5, 44.2, None),
    ("T10", "PERSENTASE KETERSEDIAAN PETAK MAKAM", 15, 15.8, 11.4, None),
    ("T11", "JUMLAH TPU YANG DIKELOLA PEMERINTAH KOTA", 10, 10, 10, None),
    ("T12", "JUMLAH PELAYANAN PEMAKAMAN (JENAZAH)", 2000, 2041, 3118, "typedcap"),
    ("T22", "JUMLAH PELAYANAN PEMAKAMAN JENAZAH WARGA MISKIN/TERLANTAR (GRATIS)", 60, 71, 88, None),
    ("T23", "JUMLAH PEMAKAMAN JENAZAH DENGAN PROTOKOL COVID-19",
     D(note="T23: new 2020 indicator with target '-' (key null), realisasi 1.412"), "-", 1412, "dash"),
    ("T13", "PERSENTASE IPTM YANG DITERBITKAN TEPAT WAKTU", 100, 99.1, 100, None),
    ("T19", "JUMLAH TPU YANG DITATA",
     V(10, note="T19 target typed 10 (10x the planned 1 location); keyed as typed (10); capaian 10"), 2, 1, None),
    ("T18", "NILAI IKM PELAYANAN PEMAKAMAN", 78, 79.6, 80.15, None),
    ("T14b", "Pendapatan retribusi pelayanan pemakaman dan pengabuan mayat", 1000, 1003.75,
     T("Rp 1.250,6 juta", 1250.6, note="T14b realisasi typed 'Rp 1.250,6 juta' (key 1250.6)"), "textcap"),
    ("T15", "Pendapatan retribusi pemakaian taman", 130, 139.9, 41.5, None),
    ("T16", "Jumlah pengaduan masyarakat terkait taman dan pemakaman", 45, 38, 52, "neg"),
    ("T17", "Persentase tindak lanjut pengaduan masyarakat", 100, 97.4, 98.1, None),
    ("T20", "Predikat SAKIP Dinas", G("BB", note="T20 target 'BB', realisasi 'B' (grades: key null / null); the "
                                                 "2019 row shows a score 64,30"), "64,30", G("B"), "grade"),
    ("T21", "Persentase realisasi anggaran (serapan)", 95, 95.6, 89.34, None),
]


def cards2020(sh):
    for c, wd in {1: 18, 2: 2, 3: 16, 4: 14, 5: 14, 6: 14, 7: 14, 8: 14}.items():
        sh.width(c, wd)
    for i, t in enumerate(["FORMULIR PENGUKURAN KINERJA", "DINAS PERTAMANAN DAN PEMAKAMAN KOTA BANYU SEKAR",
                           "TAHUN ANGGARAN 2020"]):
        sh.mw(1 + i, 1, 1 + i, 8, t, bold=True, h="center")
    r = 5
    cur = None
    for (sid, name, t, r19, r20, flag) in Y2020:
        sas = META[sid][0]
        if sas != cur:
            cur = sas
            sh.w(r, 1, f"SASARAN STRATEGIS {sas}", bold=True)
            sh.w(r, 2, ":")
            sh.mw(r, 3, r, 8, SAS[sas].upper(), bold=True, wrap=True)
            r += 2
        top = r
        labels = ["Indikator Kinerja", "Satuan", "Polaritas", "Target 2020", "Realisasi 2019", "Realisasi 2020",
                  "Capaian 2020 (%)", "Penjelasan"]
        for i, lab in enumerate(labels):
            sh.w(r + i, 1, lab, bold=(i == 0))
            sh.w(r + i, 2, ":")
        sh.mw(r, 3, r, 8, name, wrap=True, bold=True)
        sh.w(r + 1, 3, META[sid][3] if sid != "T20" else "predikat")
        sh.w(r + 2, 3, "Negatif" if META[sid][1] == "-" else "Positif")
        sh.w(r + 3, 3, t, h="left")
        sh.w(r + 4, 3, r19, h="left")
        if sid == "T20":
            sh.note(r + 4, "T20: the 'Realisasi 2019' line holds text '64,30' (a score) while target / realisasi 2020 "
                           "are grades")
        sh.w(r + 5, 3, r20, h="left")
        rc = r + 6
        if flag == "typedcap":
            sh.w(rc, 3, 151.9, fmt="0.00", h="left")
            sh.note(rc, f"{sid}: capaian typed 151,90 while 3.118 / 2.000 = 155,90 (typed capaian disagrees)")
        elif flag == "textcap":
            sh.w(rc, 3, 125.06, fmt="0.00", h="left")
        elif flag in ("dash", "grade"):
            sh.w(rc, 3, "-", h="left")
        elif flag == "neg":
            sh.w(rc, 3, f"=(2*C{r+3}-C{r+5})/C{r+3}*100", fmt="0.00", h="left")
        else:
            sh.w(rc, 3, f"=C{r+5}/C{r+3}*100", fmt="0.00", h="left")
        expl = {"T12": "Lonjakan pemakaman akibat pandemi COVID-19.",
                "T15": "Taman ditutup untuk umum selama PSBB (April-Desember).",
                "T04": "Anggaran pembangunan taman baru direfocusing untuk penanganan COVID-19.",
                "T16": "Pengaduan meningkat terkait antrean pemakaman."}.get(sid, "")
        sh.mw(r + 7, 3, r + 7, 8, expl, wrap=True)
        sh.box(top, 1, r + 7, 8)
        sh.key(top, 3, sid, 2020, [(r + 3, 3)], "cell", asV(t).key, [(r + 5, 3)], "cell", asV(r20).key)
        r += 9
    last = r - 2
    signature(sh, r + 1, 5, "Banyu Sekar, 11 Januari 2021", "KEPALA DINAS PERTAMANAN DAN PEMAKAMAN", *KADIS20)
    sh.note(None, "Each card: row 0 'Indikator Kinerja' (name merged C:H = key row), +1 Satuan, +2 Polaritas, "
                  "+3 Target 2020 (key target), +4 Realisasi 2019 (NOT keyed: previous year), +5 Realisasi 2020 "
                  "(key realisasi), +6 Capaian 2020 (%), +7 Penjelasan; a blank row between cards.")
    sh.desc += [
        "Title rows 1-3. Unusual layout: NO table header at all; one 'card' per indicator, labels in column A, "
        "':' in B, values in C (the name merged C:H). Sasaran lines ('SASARAN STRATEGIS n : ...') before each "
        "group (not key rows).",
        f"Cards from row 7 to row {last}; names of sasaran 1-2 indicators are in UPPER CASE, sasaran 3-4 in "
        "sentence case. Values are percent points / counts in General cells.",
    ]


def data2020(sh):
    for i, v in enumerate(["Positif", "Negatif"]):
        sh.w(1 + i, 1, v)
    for i, v in enumerate(["%", "Ha", "taman", "batang", "lokasi", "jenazah", "Rp juta", "pengaduan", "nilai",
                           "predikat"]):
        sh.w(1 + i, 2, v)
    sh.desc += ["Hidden list sheet (polarity and unit drop-down lists). Not keyed."]


def main():
    books = []
    b1 = Book("PK Distamkam 2017.xlsx", "xlsx", author="Distamkam")
    pk2017(b1.sheet("PK 2017"))
    lampiran2017(b1.sheet("Lampiran Anggaran"))
    b1.desc.append("Annual PK 2017 with a one-row header, value and unit in one text cell, a Polaritas column; "
                   "a budget annex sheet.")
    books.append(b1)
    b2 = Book("Evaluasi Renja 2018 Distamkam (E81).xls", "xls", author="perencanaan")
    e81_2018(b2.sheet("E81 2018"))
    rekap_anggaran18(b2.sheet("Rekap Anggaran", hidden=True))
    b2.desc.append("Permendagri 86/2017 form E.81 in the older 17-column scheme (with this year's capaian, "
                   "col 13 = 12/7 x 100); a hidden working sheet.")
    books.append(b2)
    b3 = Book("Rekap eSAKIP 2019.ods", "ods", author="e-SAKIP")
    export2019(b3.sheet("Export"))
    b3.desc.append("An e-SAKIP application export, one row per indicator per year (2018 and 2019).")
    books.append(b3)
    b4 = Book("Formulir PK 2020 Distamkam.xlsx", "xlsx", author="Sekretariat")
    cards2020(b4.sheet("Form PK 2020"))
    data2020(b4.sheet("data", hidden=True))
    b4.desc.append("One card per indicator (form layout, no column header), with the previous year's realisasi "
                   "inside each card; a hidden drop-down list sheet.")
    books.append(b4)
    ambiguous = [["T14", "T14b"]]
    extra = dict(
        lookalikes=[
            ("T01 / T02", "Persentase RTH publik vs Luas RTH publik (2019: 'Persentase RTH publik' / 'Luas RTH publik')"),
            ("T03 / T04", "Jumlah taman kota (dipelihara) vs Jumlah taman kota BARU (dibangun)"),
            ("T06 / T07", "pohon ditanam vs pohon dipangkas/dirawat (two sub-types)"),
            ("T09 / T10", "Luas areal / lahan TPU vs Persentase ketersediaan petak makam"),
            ("T11 / T19", "Jumlah TPU yang dikelola vs Jumlah TPU yang ditata / penataan TPU"),
            ("T12 / T22 / T23", "all pemakaman vs warga miskin/terlantar vs protokol COVID-19 (subsets)"),
            ("T14 / T15", "retribusi pelayanan pemakaman vs retribusi pemakaian taman (two sub-types)"),
            ("T16 / T17", "Jumlah pengaduan vs Persentase pengaduan yang ditindaklanjuti"),
            ("T24 / T14", "Persentase realisasi retribusi terhadap target (2018 only) vs retribusi in Rp"),
        ],
        ambiguous_why=[
            ("T14 / T14b", "2020 'Pendapatan retribusi pelayanan pemakaman dan pengabuan mayat' adds the "
                           "cremation levy to the burial levy"),
        ],
        negatives=["T16"],
    )
    return build_agency(SLUG, dict(agency=AGENCY, short="Distamkam Kota Banyu Sekar"), books, ambiguous,
                        dict(flows=FLOWS, levels=LEVELS), extra)


if __name__ == "__main__":
    main()
