"""Agency A: Bagian Protokol dan Komunikasi Pimpinan (Prokopim), Setda Kabupaten Pasir Kelambu.
Years 2019-2022 (all invented)."""
from lib import (Book, D, F, G, P, T, V, asV, build_agency, keylast, keysum, ref, col,
                 signature, split_flow)

SLUG = "a_prokopim_pasir_kelambu"
AGENCY = "Bagian Protokol dan Komunikasi Pimpinan, Sekretariat Daerah Kabupaten Pasir Kelambu"

KABAG = ("HENDRA WIRAPATI, S.Sos, M.Si", "Pembina (IV/a)", "NIP. 19760412 199803 1 006")
KABAG22 = ("Dra. RATNA SULISTYOWATI, M.AP", "Pembina Tk. I (IV/b)", "NIP. 19740819 199603 2 003")

SAS = {
    1: "Meningkatnya kualitas pelayanan keprotokolan pimpinan daerah",
    2: "Meningkatnya kualitas komunikasi dan publikasi kegiatan pimpinan",
    3: "Meningkatnya akuntabilitas kinerja dan keuangan Bagian",
}
# id: (sasaran, polarity, kind, satuan, penanggung jawab)
META = {
    "P01": (1, "+", "level", "%", "Kasubbag Protokol"),
    "P02": (1, "+", "flow", "kegiatan", "Kasubbag Protokol"),
    "P02b": (1, "+", "flow", "kegiatan", "Kasubbag Protokol"),
    "P03": (1, "+", "level", "%", "Kasubbag Protokol"),
    "P04": (1, "+", "flow", "orang", "Kasubbag Protokol"),
    "P05": (1, "+", "level", "indeks", "Kasubbag Protokol"),
    "P06": (1, "+", "flow", "naskah", "Kasubbag Komunikasi Pimpinan"),
    "P07": (1, "+", "level", "%", "Kasubbag Komunikasi Pimpinan"),
    "P17": (1, "+", "flow", "kali", "Kasubbag Protokol"),
    "P22": (1, "+", "flow", "kali", "Kasubbag Protokol"),
    "P23": (1, "+", "flow", "kali", "Kasubbag Protokol"),
    "P08": (2, "+", "flow", "rilis", "Kasubbag Komunikasi Pimpinan"),
    "P09": (2, "+", "flow", "berita", "Kasubbag Komunikasi Pimpinan"),
    "P10": (2, "+", "flow", "berita", "Kasubbag Komunikasi Pimpinan"),
    "P11": (2, "+", "level", "%", "Kasubbag Komunikasi Pimpinan"),
    "P12": (2, "-", "flow", "berita", "Kasubbag Komunikasi Pimpinan"),
    "P13": (2, "+", "flow", "file", "Kasubbag Dokumentasi Pimpinan"),
    "P14": (2, "+", "flow", "konten", "Kasubbag Dokumentasi Pimpinan"),
    "P15": (2, "+", "level", "akun", "Kasubbag Komunikasi Pimpinan"),
    "P16": (2, "+", "level", "%", "Kasubbag Komunikasi Pimpinan"),
    "P24": (2, "-", "level", "jam", "Kasubbag Komunikasi Pimpinan"),
    "P18": (3, "+", "level", "predikat", "Kabag Prokopim"),
    "P19": (3, "+", "level", "%", "Kabag Prokopim"),
    "P20": (3, "+", "level", "%", "Kabag Prokopim"),
    "P21": (3, "+", "flow", "dokumen", "Kabag Prokopim"),
    "P21b": (3, "+", "flow", "dokumen", "Kabag Prokopim"),
}
FLOWS = sorted(k for k, v in META.items() if v[2] == "flow")
LEVELS = sorted(k for k, v in META.items() if v[2] == "level")

# ------------------------------------------------------------------ 2019: annual PK
# (id, name, target, realisasi, note-on-capaian)
Y2019 = [
    ("P01", "Persentase acara pimpinan yang terlaksana sesuai standar keprotokolan",
     V(950, key=950, note="P01 target typed 950 (10x the real 95 %); keyed as typed (950); the capaian formula gives 10,15"), 96.4, None),
    ("P02", "Jumlah acara kedinasan pimpinan yang difasilitasi keprotokolannya", 240, 263, None),
    ("P03", "Persentase tamu VIP yang dilayani sesuai SOP", 100, 100, None),
    ("P04", "Jumlah tamu VIP yang dilayani", 300,
     T("312 orang", 312, note="P04 realisasi typed as text with its unit: '312 orang' (key 312)"), None),
    ("P05", "Indeks Kepuasan Pimpinan terhadap Layanan Keprotokolan", 3.2, 3.31, None),
    ("P06", "Jumlah naskah sambutan pimpinan yang disusun", 180, 204, None),
    ("P07", "Persentase naskah sambutan pimpinan yang diselesaikan tepat waktu", 90, 92.6, "nextrow"),
    ("P17", "Jumlah rapat koordinasi Forkopimda yang difasilitasi", 12, 14, None),
    ("P22", "Jumlah pelaksanaan upacara hari besar nasional yang difasilitasi", 8, 8, "dup"),
    ("P23", "Jumlah kunjungan kerja pimpinan ke kecamatan dan desa yang didampingi", 60, 71, None),
    ("P08", "Jumlah siaran pers (press release) kegiatan pimpinan", 350, 388, None),
    ("P09", "Jumlah berita kegiatan pimpinan yang dimuat di media cetak", 150, 171, None),
    ("P10", "Jumlah berita kegiatan pimpinan yang dimuat di media online", 400, 452, None),
    ("P11", "Persentase pemberitaan negatif tentang pimpinan yang ditanggapi", 100, 87.5, None),
    ("P12", "Jumlah pemberitaan negatif tentang pimpinan daerah", 24, 16, "negpos"),
    ("P13", "Jumlah dokumentasi foto dan video kegiatan pimpinan", 1000,
     T("1.085 file", 1085, note="P13 realisasi typed as text '1.085 file' (Indonesian thousands dot; key 1085)"), None),
    ("P16", "Persentase pengaduan masyarakat melalui media sosial pimpinan yang ditindaklanjuti", 80, 76.3,
     "typed100"),
    ("P18", "Nilai SAKIP Bagian", G("B"), G("B"), "grade"),
    ("P19", "Persentase serapan anggaran Bagian", 95, 92.25, None),
    ("P20", "Persentase dokumen perencanaan dan pelaporan kinerja yang tersusun tepat waktu", 100, 100, None),
    ("P21", "Jumlah laporan kinerja dan keuangan yang disusun", 16, 16, None),
]
SAT2019 = {"%": "%", "kegiatan": "kegiatan", "orang": "orang", "indeks": "indeks (skala 4)",
           "naskah": "naskah", "kali": "kali", "rilis": "rilis", "berita": "berita", "file": "file",
           "predikat": "predikat", "dokumen": "dokumen"}

DRAFT2019 = {"P01": 95, "P02": 220, "P04": 250, "P08": 300, "P10": 350, "P13": 900, "P23": 50}


def pk2019(sh, keyed=True):
    sh.width(1, 5); sh.width(2, 30); sh.width(3, 55)
    for c in (4, 6):
        sh.width(c, 10)
    for c in (5, 7):
        sh.width(c, 14)
    sh.width(8, 11); sh.width(9, 16)
    title = ["PENGUKURAN KINERJA", "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN",
             "SEKRETARIAT DAERAH KABUPATEN PASIR KELAMBU", "TAHUN 2019"]
    if not keyed:
        title[0] = "PENGUKURAN KINERJA (DRAFT - JANGAN DICETAK)"
    for i, t in enumerate(title):
        sh.mw(1 + i, 1, 1 + i, 9, t, bold=True, h="center")
    sh.mw(6, 1, 7, 1, "No", bold=True, h="center")
    sh.mw(6, 2, 7, 2, "Sasaran Strategis", bold=True, h="center")
    sh.mw(6, 3, 7, 3, "Indikator Kinerja", bold=True, h="center")
    sh.mw(6, 4, 6, 5, "Target", bold=True, h="center")
    sh.mw(6, 6, 6, 7, "Realisasi", bold=True, h="center")
    sh.mw(6, 8, 7, 8, "Capaian (%)", bold=True, h="center", wrap=True)
    sh.mw(6, 9, 7, 9, "Keterangan", bold=True, h="center")
    for c, t in ((4, "Nilai"), (5, "Satuan"), (6, "Nilai"), (7, "Satuan")):
        sh.w(7, c, t, bold=True, h="center")
    for c in range(1, 10):
        sh.w(8, c, f"({c})", h="center", italic=True)
    r = 9
    no = 0
    groups = []
    for sas in (1, 2, 3):
        start = r
        for (sid, name, t, rv, flag) in Y2019:
            if META[sid][0] != sas:
                continue
            copies = 2 if flag == "dup" else 1
            for cp in range(copies):
                no += 1
                sat = SAT2019[META[sid][3]]
                tv = t if keyed else DRAFT2019.get(sid, asV(t).v)
                sh.w(r, 1, no, h="center")
                sh.w(r, 3, name, wrap=True)
                sh.w(r, 4, tv)
                sh.w(r, 5, sat)
                if keyed:
                    rcell = sh.w(r, 6, rv)
                else:
                    rcell = V(None)
                sh.w(r, 7, sat)
                if keyed:
                    if flag == "grade":
                        sh.w(r, 8, 100, fmt="0.00")
                        sh.note(r, f"{sid}: target and realisasi are grades 'B' / 'B' (keyed null); capaian typed 100")
                    elif flag == "typed100":
                        sh.w(r, 8, 100, fmt="0.00")
                        sh.note(r, f"{sid}: capaian typed 100 while 76,3 / 80 = 95,38 (typed capaian disagrees)")
                    elif flag == "nextrow":
                        sh.w(r, 8, f"=F{r+1}/D{r+1}*100", fmt="0.00")
                        sh.note(r, f"{sid}: capaian formula =F{r+1}/D{r+1}*100 points at the next row")
                    elif flag == "negpos":
                        sh.w(r, 8, f"=F{r}/D{r}*100", fmt="0.00")
                        sh.note(r, f"{sid}: negative indicator (lower is better, Ket. says 'indikator negatif') "
                                   f"but capaian uses the positive formula =F/D*100 (66,67 instead of 133,33)")
                        sh.w(r, 9, "indikator negatif")
                    elif isinstance(asV(rv).v, str):
                        sh.w(r, 8, round(asV(rv).key / asV(t).key * 100, 2), fmt="0.00")
                    else:
                        sh.w(r, 8, f"=F{r}/D{r}*100", fmt="0.00")
                    if cp == 1:
                        sh.note(r, f"{sid}: duplicated row (second copy of row {r-1}); not a key row")
                    else:
                        sh.key(r, 3, sid, 2019, [(r, 4)], "cell", asV(t).key, [(r, 6)], "cell", asV(rv).key)
                r += 1
        sh.mw(start, 2, r - 1, 2, SAS[sas], wrap=True, vert="top")
        groups.append((start, r - 1))
    last = r - 1
    sh.box(6, 1, last, 9)
    r += 1
    sh.w(r, 2, "Jumlah Anggaran Tahun 2019")
    sh.w(r, 3, ": Rp. 1.845.250.000,-")
    sh.w(r + 1, 2, "Jumlah Realisasi Anggaran Tahun 2019")
    sh.w(r + 1, 3, ": Rp. 1.702.118.450,- (92,25 %)")
    signature(sh, r + 3, 6, "Sungai Rapit, 6 Januari 2020",
              "KEPALA BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN", *KABAG)
    if keyed:
        sh.desc += [
            "Title rows 1-4 (year 2019 in row 4). Header rows 6-7 (two rows: 'Target' and 'Realisasi' "
            "each merged over Nilai + Satuan), numbered column row 8: (1)..(9).",
            "Columns: A No, B Sasaran Strategis (merged vertically per sasaran), C Indikator Kinerja, "
            "D Target nilai, E Target satuan, F Realisasi nilai, G Realisasi satuan, H Capaian (%) "
            "(formula =F/D*100 except where noted), I Keterangan.",
            f"Data rows 9-{last} (three sasaran groups: rows {groups[0][0]}-{groups[0][1]}, "
            f"{groups[1][0]}-{groups[1][1]}, {groups[2][0]}-{groups[2][1]}). "
            "Percentages are typed in percent points in General cells.",
            f"Below the table: budget lines (rows {last+2}-{last+3}) and the signature of the Kepala Bagian.",
        ]
    else:
        sh.desc += ["Hidden draft of PK 2019 (same layout, draft targets, realisasi empty). Not keyed."]


# ------------------------------------------------------------------ 2020: quarterly RA, no annual realisasi
# (id, name, target annual, quarter targets, quarter realisasi, capaian-flag)
Y2020 = [
    ("P01", "Prosentase acara pimpinan yg terlaksana sesuai standar protokol",
     T(">= 90", 90, note="P01 target typed '>= 90' (key 90)"), [90] * 4, [94, 95.5, 96, 97.2], "typed"),
    ("P02", "Jumlah acara pimpinan yang difasilitasi", 220, [55] * 4, [41, 38, 55, 72], None),
    ("P03", "Persentase tamu kehormatan (VIP) yang dilayani sesuai SOP", 100, [100] * 4, [100, 100, 98.5, 100],
     "sumlevel"),
    ("P04", "Jumlah tamu kehormatan (VIP) yang dilayani", 280, [70] * 4, [64, 12, 30, 58], None),
    ("P05", "Indeks Kepuasan Pimpinan (IKP)",
     T("3,2 - 3,4", 3.2, note="P05 target typed as a range '3,2 - 3,4' (key: lower bound 3,2)"),
     [D(), 3.2, D(), 3.2], [D(), 3.28, D(), 3.35], "typed"),
    ("P06", "Jumlah naskah sambutan/pidato pimpinan yang disusun", 180, [45] * 4, [40, 35, 48, 61], None),
    ("P07", "Persentase naskah sambutan yang selesai tepat waktu", 90, [90] * 4,
     [88, 91, 93, D(note="P07 TW IV realisasi '-': level indicator, key = last reported quarter (TW III = 93)")],
     "tw3"),
    ("P17", "Jumlah rakor Forum Koordinasi Pimpinan Daerah yang difasilitasi", 12, [3] * 4,
     [3, T("4 kali", 4, note="P17 TW II realisasi typed '4 kali' (text with unit; key sum 3+4+2+5 = 14)"), 2, 5],
     "typed"),
    ("P22", "Jumlah upacara hari besar nasional (HBN) yang difasilitasi", 8, [1, 2, 3, 2],
     [1, D(note="P22 TW II realisasi '-' (no ceremony, COVID); flow sum 1+3+2 = 6"), 3, 2], "typed"),
    ("P23", "Jumlah kunker pimpinan ke kecamatan/desa yang didampingi", 60, [15] * 4, [15, 6, 11, 17], None),
    ("P08", "Jumlah press release kegiatan pimpinan", 360, [90] * 4, [95, 80, 101, 117], None),
    ("P09", "Jumlah pemberitaan kegiatan pimpinan di media cetak", 150, [37, 38, 37, 38], [30, 28, 35, 33],
     "nextrow"),
    ("P10", "Jumlah pemberitaan kegiatan pimpinan di media daring", 450, [112, 113, 112, 113],
     [110, 121, 130, 140], None),
    ("P11", "Prosentase berita negatif yang diklarifikasi", 100, [100] * 4, [100, 85.7, 90, 92.3], None),
    ("P12", "Jumlah berita negatif terkait pimpinan", 20, [5] * 4, [4, 7, 3, 5], "neg"),
    ("P13", "Jumlah dokumentasi kegiatan pimpinan (foto & video)", 1000, [250] * 4, [240, 198, 260, 301], None),
    ("P15", "Jumlah pengikut (followers) akun media sosial resmi Pemkab", 15000, [11000, 12000, 13500, 15000],
     [10240, 11876, 13105, T("14.630 akun", 14630,
                             note="P15 TW IV realisasi typed '14.630 akun' (level, cumulative: key 14630)")],
     "typed"),
    ("P16", "Persentase aduan masyarakat via medsos yang ditindaklanjuti",
     T("80-85", 80, note="P16 target typed as a range '80-85' (key 80)"), [80] * 4, [70, 75.5, 78, 81.2], "typed"),
    ("P18", "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) Bagian Protokol",
     G("B", note="P18 target 'B', TW IV realisasi 'BB' (grades: key null / null)"), [D(), D(), D(), G("B")],
     [D(), D(), D(), G("BB")], "grade"),
    ("P19", "Persentase realisasi anggaran", 95, [20, 45, 70, 95], [18.3, 39.8, 61.4, 88.7], None),
    ("P20", "Persentase dokumen perencanaan & pelaporan yang tepat waktu", 100, [D(), D(), D(), 100],
     [D(), D(), D(), 100], None),
    ("P21", "Jumlah laporan kinerja & keuangan", 16, [4] * 4, [4, 4, 4, 4], None),
]


def ra2020(sh):
    sh.width(1, 5); sh.width(2, 28); sh.width(3, 50); sh.width(4, 10); sh.width(5, 10)
    for c in range(6, 14):
        sh.width(c, 9)
    sh.width(14, 11); sh.width(15, 24)
    for i, t in enumerate(["RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN",
                           "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN SETDA KAB. PASIR KELAMBU",
                           "TAHUN ANGGARAN 2020"]):
        sh.mw(1 + i, 1, 1 + i, 15, t, bold=True, h="center")
    sh.mw(5, 1, 6, 1, "No", bold=True, h="center")
    sh.mw(5, 2, 6, 2, "Sasaran", bold=True, h="center")
    sh.mw(5, 3, 6, 3, "Indikator Kinerja", bold=True, h="center")
    sh.mw(5, 4, 6, 4, "Satuan", bold=True, h="center")
    sh.mw(5, 5, 6, 5, "Target Tahunan", bold=True, h="center", wrap=True)
    for q, lab in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        c = 6 + 2 * q
        sh.mw(5, c, 5, c + 1, lab, bold=True, h="center")
        sh.w(6, c, "Target", bold=True, h="center")
        sh.w(6, c + 1, "Realisasi", bold=True, h="center")
    sh.mw(5, 14, 6, 14, "Capaian s.d. TW IV (%)", bold=True, h="center", wrap=True)
    sh.mw(5, 15, 6, 15, "Penanggung Jawab", bold=True, h="center")
    r = 7
    no = 0
    for sas in (1, 2, 3):
        first = True
        for (sid, name, t, qt, qr, flag) in Y2020:
            if META[sid][0] != sas:
                continue
            no += 1
            kind = META[sid][2]
            sh.w(r, 1, no, h="center")
            if first:
                sh.w(r, 2, SAS[sas], wrap=True, vert="top")
                first = False
            sh.w(r, 3, name, wrap=True)
            sh.w(r, 4, META[sid][3])
            sh.w(r, 5, t)
            tcs, rcs = [], []
            for q in range(4):
                sh.w(r, 6 + 2 * q, qt[q])
                sh.w(r, 7 + 2 * q, qr[q])
                rcs.append((r, 7 + 2 * q))
            rsum = f"SUM(G{r},I{r},K{r},M{r})"
            if flag == "typed":
                if kind == "flow":
                    val = keysum(qr) / asV(t).key * 100
                else:
                    val = keylast(qr) / asV(t).key * 100 if asV(t).key else None
                sh.w(r, 14, round(val, 2) if val is not None else "-", fmt="0.00")
            elif flag == "grade":
                sh.w(r, 14, 100, fmt="0.00")
            elif flag == "sumlevel":
                sh.w(r, 14, f"={rsum}/E{r}*100", fmt="0.00")
                sh.note(r, f"{sid}: level indicator but capaian formula sums the quarters (=SUM(...)/E*100 -> 398,5)")
            elif flag == "nextrow":
                sh.w(r, 14, f"=SUM(G{r+1},I{r+1},K{r+1},M{r+1})/E{r+1}*100", fmt="0.00")
                sh.note(r, f"{sid}: capaian formula points at row {r+1}")
            elif flag == "neg":
                sh.w(r, 14, f"=(2*E{r}-{rsum})/E{r}*100", fmt="0.00")
                sh.note(r, f"{sid}: negative indicator; capaian =(2*E-SUM)/E*100 (correct, 105)")
            elif flag == "tw3":
                sh.w(r, 14, f"=K{r}/E{r}*100", fmt="0.00")
            elif kind == "flow":
                sh.w(r, 14, f"={rsum}/E{r}*100", fmt="0.00")
            else:
                sh.w(r, 14, f"=M{r}/E{r}*100", fmt="0.00")
            sh.w(r, 15, META[sid][4])
            if sid == "P05":
                sh.note(r, "P05 measured per semester: TW I and TW III '-' (target and realisasi); level, key = TW IV 3,35")
            if sid == "P20":
                sh.note(r, "P20: only TW IV planned and reported (TW I-III '-'); key realisasi 100")
            if sid == "P19":
                sh.note(r, "P19 cumulative budget absorption per quarter (18,3 / 39,8 / 61,4 / 88,7): level, key 88,7 "
                           "(a sum would give 208,2)")
            rule = "sum" if kind == "flow" else "last"
            rk = keysum(qr) if kind == "flow" else keylast(qr)
            sh.key(r, 3, sid, 2020, [(r, 5)], "cell", asV(t).key, rcs, rule, rk)
            r += 1
    last = r - 1
    sh.box(5, 1, last, 15)
    sh.note(None, "No annual realisasi column: key realisasi = sum of TW I-IV realisasi for flow ids, last "
                  "reported quarter for level ids (see README 'flows'). Capaian column N is typed where a "
                  "target or a quarter is text (P01, P05, P15, P16, P17, P22) or a grade (P18), else a formula.")
    signature(sh, last + 3, 12, "Sungai Rapit, 8 Januari 2021",
              "Kepala Bagian Protokol dan Komunikasi Pimpinan", *KABAG)
    sh.desc += [
        "Title rows 1-3. Header rows 5-6 (TW I..TW IV each merged over Target + Realisasi in row 5). "
        "No numbered column row.",
        "Columns: A No, B Sasaran (written only on the first row of its group, cells below blank), "
        "C Indikator Kinerja, D Satuan, E Target Tahunan, F/G TW I target/realisasi, H/I TW II, J/K TW III, "
        "L/M TW IV, N Capaian s.d. TW IV (%), O Penanggung Jawab.",
        f"Data rows 7-{last}; no annual realisasi column. Signature block below.",
    ]


# ------------------------------------------------------------------ 2021: E.81 (Permendagri 86), 15-column scheme
# (id, name, satuan, renstra target, real. renstra s.d. 2020, target 2021, quarters, col12 mode)
E81 = {
    "P19": ("Persentase Serapan Anggaran", "%", 95, 88.7,
            T("95%", 95, note="P19 target (col 7 K) typed as text '95%' (key 95)"), [21.4, 44.9, 68.2, 93.62], "=S"),
    "P18": ("Nilai Evaluasi SAKIP Bagian Prokopim", "Nilai", 70, G("B"), 65, [D(), D(), D(), 68.74], "typed"),
    "P20": ("Persentase Dokumen Perencanaan dan Pelaporan Kinerja yg Tersusun Tepat Waktu", "%", 100, 100, 100,
            [100, 100, 100, 100], "typed"),
    "P21": ("Jumlah Laporan Capaian Kinerja dan Keuangan", "Dokumen", 96, 32, 17, [5, 4, 4, 4], "sum"),
    "P01": ("Persentase Acara Pimpinan yang Terlaksana Sesuai Standar Keprotokolan (%)", "%", 98, 97.2, 95,
            [96.5, 97, 97.4, 97.8], "typed"),
    "P05": ("IKP (Indeks Kepuasan Pimpinan) terhadap Layanan Protokol", "Indeks", 3.5, 3.35, 3.3,
            [D(), 3.31, D(), 3.38], "=S"),
    "P03": ("Persentase Tamu VIP yang Dilayani Sesuai Standar Operasional Prosedur", "%", 100, 100, 100,
            [100, 100, 100, 100], "typed"),
    "P07": ("Persentase Naskah Sambutan Tepat Waktu", "%", 95, 93, 92, [93.8, 94.4, 95, 95.3], "typed"),
    "P11": ("Persentase Pemberitaan Negatif yang Ditanggapi/Diklarifikasi", "%", 100, 92.3, 100,
            [90, 93.3, 94.1, 95], "typed"),
    "P16": ("Persentase Pengaduan Masyarakat melalui Media Sosial yang Ditindaklanjuti", "%", 90, 81.2, 85,
            [83, 85.1, 86.9, 88.4], "typed"),
    "P02": ("Jumlah Acara Kedinasan Pimpinan yang Difasilitasi Keprotokolan", "Kegiatan", 1440, 469, 230,
            [52, 60, 64, 75], "sum"),
    "P04": ("Jumlah Tamu VIP yang Dilayani", "Orang", 1750, 476, 250, [41, 58, 62, 77], "sum"),
    "P17": ("Jumlah Rapat Koordinasi Forkopimda yang Difasilitasi", "Kali", 72, 28, 12, [3, 4, 4, 4], "sum"),
    "P22": ("Jumlah Upacara Peringatan Hari Besar Nasional", "Kali", 48, 14, 8, [1, 1, 3, 2], "sum"),
    "P23": ("Jumlah Kunjungan Kerja Pimpinan yang Didampingi", "Kali", 360, 120, 60, [12, 16, 18, 20], "sum"),
    "P06": ("Jumlah Naskah Sambutan Pimpinan", "Naskah", 1100, 388, 200, [48, 52, 55, 60], "sum"),
    "P08": ("Jumlah Siaran Pers Kegiatan Pimpinan yang Dipublikasikan", "Rilis", 2300, 781, 400,
            [98, 105, 112, 121], "sum"),
    "P09": ("Jumlah Berita Kegiatan Pimpinan pada Media Cetak", "Berita", 850, 297, 120, [30, 29, 31, 28], "sum"),
    "P10": ("Jumlah Berita Kegiatan Pimpinan pada Media Online", "Berita", 2900, 953, 500,
            [128, 139, 147, 152], "sum"),
    "P12": ("Jumlah Pemberitaan Negatif tentang Pimpinan Daerah", "Berita", "-", 35, 18, [5, 3, 4, 2], "sum"),
    "P24": ("Rata-rata Waktu Penyampaian Rilis Berita setelah Kegiatan Pimpinan (jam)", "Jam", 4, "-", 6,
            [5.2, 4.8, 4.0, 4.0], "typed45"),
    "P15": ("Jumlah Pengikut Akun Media Sosial Resmi Pemerintah Kabupaten", "Akun", 40000, 14630, 20000,
            [15900, 17240, 19810, 21540], "=S"),
    "P13": ("Jumlah Dokumentasi Kegiatan Pimpinan", "File", 6500, 2084, 1100, [260, 281, 300, 343], "sum"),
    "P14": ("Jumlah Konten Video Kegiatan Pimpinan yang Diunggah ke Media Sosial", "Konten", None, None, 120,
            [28, 35, 39, 44], "sum"),
}
# blocks: (level, kode, name, [ids], pagu, quarter budget shares)
E81_BLOCKS = [
    ("prog", "4.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", ["P19", "P18"], None),
    ("keg", "4.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", ["P20"], None),
    ("sub", "4.01.01.2.01.07", "Evaluasi Kinerja Perangkat Daerah", ["P21"], 38500000),
    ("prog", "4.01.02", "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT", ["P01", "P05"], None),
    ("keg", "4.01.02.2.03", "Pelaksanaan Protokol dan Komunikasi Pimpinan", ["P03", "P07", "P11", "P16"], None),
    ("sub", "4.01.02.2.03.01", "Fasilitasi Keprotokolan", ["P02", "P04", "P17", "P22", "P23"], 1120400000),
    ("sub", "4.01.02.2.03.02", "Fasilitasi Komunikasi Pimpinan", ["P06", "P08", "P09", "P10", "P12", "P24", "P15"],
     685750000),
    ("sub", "4.01.02.2.03.03", "Pendokumentasian Tugas Pimpinan", ["P13", "P14"], 214300000),
]
SAS_E81 = {"4.01.01": "Meningkatnya akuntabilitas kinerja dan keuangan Bagian",
           "4.01.02": "Meningkatnya kualitas pelayanan keprotokolan dan komunikasi pimpinan"}


def e81_2021(sh, upto=4, keyed=True):
    widths = {1: 5, 2: 22, 3: 14, 4: 34, 5: 44, 6: 9}
    for c in range(7, 27):
        widths[c] = 9 if c % 2 == 1 else 14
    widths[27] = 22
    for c, wd in widths.items():
        sh.width(c, wd)
    tw = ["I", "II", "III", "IV"][upto - 1]
    titles = ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN PASIR KELAMBU",
              "Renja Perangkat Daerah : Sekretariat Daerah - Bagian Protokol dan Komunikasi Pimpinan",
              f"Periode Pelaksanaan : Tahun 2021 (s.d. Triwulan {tw})",
              "Indikator dan Target Kinerja Perangkat Daerah Kabupaten Pasir Kelambu yang mengacu pada "
              "Sasaran RPJMD : Terwujudnya tata kelola pemerintahan yang baik"]
    for i, t in enumerate(titles):
        sh.mw(1 + i, 1, 1 + i, 27, t, bold=(i == 0), h="center" if i == 0 else None)
    H = 6
    sh.mw(H, 1, H + 2, 1, "No", bold=True, h="center")
    sh.mw(H, 2, H + 2, 2, "Sasaran", bold=True, h="center")
    sh.mw(H, 3, H + 2, 3, "Kode", bold=True, h="center")
    sh.mw(H, 4, H + 2, 4, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
          bold=True, h="center", wrap=True)
    sh.mw(H, 5, H + 2, 5, "Indikator Kinerja Program (outcome)/ Kegiatan (output)", bold=True, h="center",
          wrap=True)
    sh.mw(H, 6, H + 2, 6, "Satuan", bold=True, h="center")
    heads = [(7, "Target Renstra Perangkat Daerah pada Tahun 2024 (Akhir Periode Renstra PD)"),
             (9, "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)"),
             (11, "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi"),
             (21, "Realisasi Kinerja dan Anggaran Renja PD yang Dievaluasi"),
             (23, "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021"),
             (25, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)")]
    for c, t in heads:
        sh.mw(H, c, H + 1, c + 1, t, bold=True, h="center", wrap=True)
    sh.mw(H, 13, H, 20, "Realisasi Kinerja Pada Triwulan", bold=True, h="center")
    for q in range(4):
        sh.mw(H + 1, 13 + 2 * q, H + 1, 14 + 2 * q, ["I", "II", "III", "IV"][q], bold=True, h="center")
    for c in range(7, 27):
        sh.w(H + 2, c, "K" if c % 2 == 1 else "Rp", bold=True, h="center")
    sh.mw(H, 27, H + 2, 27, "Unit Perangkat Daerah Penanggung Jawab", bold=True, h="center", wrap=True)
    NR = H + 3
    nums = {1: "1", 2: "2", 4: "3", 5: "4", 7: "5", 9: "6", 11: "7", 13: "8", 15: "9", 17: "10", 19: "11",
            21: "12 = 8+9+10+11", 23: "13 = 6 + 12", 25: "14 = 13/5 x 100", 27: "15"}
    for c, t in nums.items():
        if c >= 7 and c < 27:
            sh.mw(NR, c, NR, c + 1, t, h="center", italic=True)
        else:
            sh.w(NR, c, t, h="center", italic=True)
    r = NR + 1
    sh.mw(r, 1, r, 27, "Perangkat Daerah : Sekretariat Daerah Kabupaten Pasir Kelambu (Bagian Protokol dan "
                       "Komunikasi Pimpinan)", bold=True)
    r += 1
    first_data = r
    blockrows = []
    prog_start = None
    no = 0
    q_share = [0.18, 0.24, 0.27, 0.27]
    rp_rows = {}
    for bi, (lvl, kode, bname, ids, pagu) in enumerate(E81_BLOCKS):
        start = r
        no += 1
        sh.w(r, 1, no, h="center")
        sh.w(r, 3, kode)
        for sid in ids:
            name, sat, ren, ren20, tgt, qs, mode = E81[sid]
            sh.w(r, 5, name, wrap=True)
            sh.w(r, 6, sat, h="center")
            if ren is not None:
                sh.w(r, 7, ren)
            if ren20 is not None:
                sh.w(r, 9, ren20)
            sh.w(r, 11, tgt)
            rcs = []
            for q in range(upto):
                sh.w(r, 13 + 2 * q, qs[q])
                rcs.append((r, 13 + 2 * q))
            kind = META[sid][2]
            if mode == "sum":
                f12 = "=" + "+".join(f"{col(13 + 2 * q)}{r}" for q in range(upto))
                k12 = keysum(qs[:upto])
            elif mode == "=S":
                f12 = f"={col(13 + 2 * (upto - 1))}{r}"
                k12 = keylast(qs[:upto])
            elif mode == "typed45":
                f12 = 4.5 if upto == 4 else 4.67
                k12 = f12
                if keyed:
                    sh.note(r, f"{sid}: col 12 typed 4,5 (the mean of the quarters), not the last quarter (4,0); "
                               "key = col 12 as typed (4,5). Negative indicator (jam, lower is better)")
            else:
                k12 = keylast(qs[:upto])
                f12 = k12
            sh.w(r, 21, f12)
            # col 13 (realisasi Renstra s/d 2021) and 14 (tingkat capaian Renstra)
            if kind == "flow" or sid == "P01":
                sh.w(r, 23, f"=I{r}+U{r}")
                if sid == "P01" and keyed:
                    sh.note(r, "P01: col 13 =I+U adds last year's percentage to this year's (195 %): "
                               "col 13 should be the level (U), not a sum")
            else:
                sh.w(r, 23, f"=U{r}")
            if sid == "P09":
                sh.w(r, 25, f"=W{r+1}/G{r+1}*100", fmt="0.00")
                if keyed:
                    sh.note(r, f"P09: col 14 formula =W{r+1}/G{r+1}*100 points at the next row")
            else:
                sh.w(r, 25, f"=W{r}/G{r}*100", fmt="0.00")
            if keyed and sid == "P14":
                sh.note(r, "P14: new indicator, no Renstra target (col 5 blank): col 14 shows #DIV/0!")
            if keyed and sid == "P12":
                sh.note(r, "P12: negative indicator; Renstra target '-' so col 14 shows #VALUE!")
            sh.w(r, 27, META[sid][4])
            if keyed:
                sh.key(r, 5, sid, 2021, [(r, 11)], "cell", asV(tgt).key, [(r, 21)], "cell", k12)
            r += 1
        end = r - 1
        sh.mw(start, 4, end, 4, bname, wrap=True, vert="top", bold=(lvl == "prog"))
        for c in (1, 3):
            sh.m(start, c, end, c)
        blockrows.append((lvl, kode, start, end, pagu))
        rp_rows[kode] = start
    last = r - 1
    # budgets (Rp columns): sub kegiatan typed, kegiatan / programme =SUM of children
    subs = [b for b in blockrows if b[0] == "sub"]
    for (lvl, kode, start, end, pagu) in blockrows:
        for c in (8, 10, 12, 14, 16, 18, 20, 22, 24, 26):
            sh.m(start, c, end, c)
        if lvl == "sub":
            sh.w(start, 12, pagu, fmt="#,##0")
            sh.w(start, 8, pagu * 5, fmt="#,##0")
            sh.w(start, 10, int(pagu * 1.83), fmt="#,##0")
            spent = split_flow(int(pagu * 0.936), [18, 24, 27, 27])
            for q in range(upto):
                sh.w(start, 14 + 2 * q, spent[q], fmt="#,##0")
        else:
            kids = [b for b in subs if b[1].startswith(kode + ".")] if lvl == "keg" else \
                [b for b in blockrows if b[0] == "keg" and b[1].startswith(kode + ".")]
            for c in (8, 10, 12, 14, 16, 18, 20):
                if c >= 14 + 2 * upto:
                    continue
                refs = [f"{col(c)}{k[2]}" for k in kids]
                if lvl == "prog" and kode == "4.01.02" and c == 18:
                    refs = refs + [f"{col(c)}{rp_rows['4.01.02.2.03.01']}"]
                    if keyed:
                        sh.note(start, "programme 4.01.02 budget, TW III Rp: =SUM adds the kegiatan AND again the "
                                       "sub kegiatan 'Fasilitasi Keprotokolan' (parent sum counts a child twice)")
                sh.w(start, c, "=SUM(" + ",".join(refs) + ")", fmt="#,##0")
        sh.w(start, 22, "=" + "+".join(f"{col(14 + 2 * q)}{start}" for q in range(upto)), fmt="#,##0")
        sh.w(start, 24, f"=J{start}+V{start}", fmt="#,##0")
        sh.w(start, 26, f"=X{start}/H{start}*100", fmt="0.00")
    # sasaran column merged per programme
    progs = [i for i, b in enumerate(blockrows) if b[0] == "prog"]
    for j, pi in enumerate(progs):
        s0 = blockrows[pi][2]
        e0 = blockrows[progs[j + 1]][2] - 1 if j + 1 < len(progs) else last
        sh.mw(s0, 2, e0, 2, SAS_E81[blockrows[pi][1]], wrap=True, vert="top")
    sh.box(H, 1, last, 27)
    r = last + 1
    sh.mw(r, 1, r, 24, "Rata-rata Capaian Kinerja (%)", bold=True, h="right")
    sh.w(r, 25, f"=AVERAGE(Y{first_data}:Y{last})", fmt="0.00")
    sh.w(r, 26, f"=AVERAGE(Z{first_data}:Z{last})", fmt="0.00")
    sh.mw(r + 1, 1, r + 1, 24, "Predikat Kinerja", bold=True, h="right")
    sh.w(r + 1, 25, "Tinggi")
    sh.box(r, 1, r + 1, 27)
    if keyed:
        sh.note(r, "Rata-rata capaian K =AVERAGE(Y..) shows #VALUE! (the #VALUE!/#DIV/0! rows of col 14 propagate); "
                   "Predikat 'Tinggi' typed")
    rr = r + 3
    for lab, txt in (("Faktor pendorong keberhasilan pencapaian :",
                      "Dukungan pimpinan dan koordinasi yang baik dengan OPD terkait serta media mitra."),
                     ("Faktor penghambat pencapaian kinerja :",
                      "Pembatasan kegiatan tatap muka (PPKM) pada Triwulan III."),
                     ("Tindak lanjut yang diperlukan dalam triwulan berikutnya :",
                      "Optimalisasi publikasi melalui media daring."),
                     ("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya :",
                      "Penyesuaian target indikator konten media sosial.")):
        sh.w(rr, 2, lab, bold=True)
        sh.w(rr, 5, txt)
        rr += 1
    rr += 1
    sh.w(rr, 4, "Disusun", h="center")
    sh.w(rr, 21, "Dievaluasi", h="center")
    signature(sh, rr + 1, 4, "Sungai Rapit, 14 Januari 2022", "KEPALA BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN",
              *KABAG)
    signature(sh, rr + 1, 21, "Sungai Rapit, 20 Januari 2022",
              "KEPALA BAPPEDA KABUPATEN PASIR KELAMBU", "Ir. BUDIMAN SITORUS, M.T", "Pembina Utama Muda (IV/c)",
              "NIP. 19690303 199503 1 002")
    if keyed:
        sh.desc += [
            "Title rows 1-4. Header rows 6-8 (row 6 main headings, row 7 Triwulan I-IV, row 8 K / Rp), "
            "numbered column row 9 (1, 2, -, 3, 4, -, 5 ... '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100', "
            "15; the Kode and Satuan columns are not numbered). Row 10: Perangkat Daerah line.",
            "Columns: A No, B Sasaran (merged per programme), C Kode, D Program/Kegiatan/Sub Kegiatan (merged "
            "over the block's indicator rows), E Indikator, F Satuan, G/H (5) Target Renstra 2024 K/Rp, "
            "I/J (6) Realisasi Renstra s.d. 2020 K/Rp, K/L (7) Target Renja 2021 K/Rp, M..T (8-11) TW I-IV K/Rp, "
            "U/V (12) realisasi 2021 K/Rp, W/X (13) Renstra s.d. 2021, Y/Z (14) %, AA (15) Unit penanggung jawab.",
            f"Data rows {first_data}-{last}: 8 blocks (2 programmes, 2 kegiatan, 4 sub kegiatan); every row with "
            "an indicator is a key row (programme/kegiatan outcome indicators too). Key target = col 7 K (K), "
            "key realisasi = col 12 K (U) as written (formula =M+O+Q+S for counts, =S or typed TW IV for levels).",
            f"Below: Rata-rata capaian (row {last+1}), Predikat (row {last+2}), faktor pendorong/penghambat, "
            "tindak lanjut, two signatures (Disusun / Dievaluasi).",
        ]
    else:
        sh.desc += ["Hidden sheet: the same E.81 form as reported at Triwulan III (TW IV columns empty). "
                    "Not keyed."]


# ------------------------------------------------------------------ 2022: LKjIP table with earlier years
# (id, name, target, realisasi, r2019, r2020, r2021, renstra, flag)
Y2022 = [
    (1, "P01", "1.1 Persentase acara pimpinan terlaksana sesuai standar keprotokolan", P(96), P(98.1),
     P(96.4), P(97.2), P(97.8), P(98), None),
    (1, "P02b", "1.2 Jumlah acara kedinasan Bupati/Wakil Bupati yang difasilitasi keprotokolannya", 250, 274,
     263, 206, V(249, note="P02b: Realisasi 2021 column says 249 while the 2021 E.81 says 251 (earlier-year "
                            "column disagrees; not keyed)"), 1440, None),
    (1, "P03", "1.3 Persentase tamu VIP dilayani sesuai SOP", P(100), P(99.2), P(100), P(100), P(100), P(100), None),
    (1, "P04", "1.4 Jumlah tamu VIP yg dilayani", 300, 341, 312, 164, 238, 1750, None),
    (1, "P05", "1.5 IKP terhadap layanan keprotokolan", 3.4, 3.42, 3.31, 3.35, 3.38, 3.5, None),
    (1, "P06", "1.6 Jumlah naskah sambutan & pidato pimpinan yang disusun", 200, 228, 204, 184, 215, 1100, None),
    (1, "P07", "1.7 Persentase naskah sambutan pimpinan yang tepat waktu", P(93),
     V(0.962, "0.00", note="P07 realisasi 0,962 typed as a fraction in a General (non-%) cell while the column "
                           "is %-formatted elsewhere; keyed as typed (0.962)"),
     P(92.6), P(93), P(95.3), P(95), None),
    (1, "P17", "1.8 Jumlah rapat Forkopimda yg difasilitasi", 12, 13, 14, 14, 15, 72, None),
    (1, "P22", "1.9 Jumlah upacara HBN yg difasilitasi", 9, 9, 8, 6, 7, 48, None),
    (1, "P23", "1.10 Jumlah kunjungan kerja (kunker) pimpinan ke kecamatan/desa", 70, 78, 71, 49, 66, 360, None),
    (2, "P08", "2.1 Jumlah rilis berita kegiatan pimpinan", 420, 457, 388, 393, 436, 2300, None),
    (2, "P09", "2.2 Jumlah berita pimpinan di media cetak (koran)", 100, 97, 171, 126, 118, 850, None),
    (2, "P10", "2.3 Jumlah berita pimpinan di media online/daring", 550, 612, 452, 501, 566, 2900, "nextrow"),
    (2, "P11", "2.4 Persentase berita negatif yg diklarifikasi/ditanggapi", P(100), P(96.6), P(87.5), P(92.3),
     P(95), P(100), None),
    (2, "P12", "2.5 Jumlah pemberitaan negatif pimpinan daerah", 15, 9, 16, 19, 14, "-", "neg"),
    (2, "P13", "2.6 Jumlah dokumentasi foto/video kegiatan pimpinan", 1200, 1267, 1085, 999, 1184, 6500, None),
    (2, "P14", "2.7 Jumlah konten video pimpinan di medsos", 150, 171, "-", "-", 146, 600, None),
    (2, "P15", "2.8 Jumlah followers akun medsos resmi Pemkab Pasir Kelambu", 25000, 27315, "-", 14630, 21540,
     40000, None),
    (2, "P24", "2.9 Rata - rata waktu rilis berita pasca kegiatan pimpinan", 5, 3.8, "-", "-", 4.5, 4, "negtyped"),
    (3, "P18", "3.1 Nilai SAKIP", G("BB", note="P18 target typed 'BB' (grade -> key null); realisasi a score "
                                              "72,15 (key 72.15)"), 72.15, "B", "B", 68.74, 70, "grade"),
    (3, "P19", "3.2 Serapan anggaran (%)", P(95), P(94.12), P(92.25), P(88.7), P(93.62), P(95), None),
    (3, "P20", "3.3 Persentase dokumen perencanaan dan laporan kinerja tepat waktu", P(100), P(100), P(100),
     P(100), P(100), P(100), None),
    (3, "P21b", "3.4 Jumlah laporan kinerja yang disusun", 5, 5,
     V(16, note="P21b: earlier-year columns 16 / 16 / 17 are the old 'laporan kinerja dan keuangan' (P21) "
                "figures: ambiguous pair P21 / P21b"), 16, 17, "-", None),
]


def lkjip2022(sh):
    for c, wd in {1: 6, 2: 58, 3: 10, 4: 11, 5: 11, 6: 11, 7: 11, 8: 11, 9: 12, 10: 13, 11: 14}.items():
        sh.width(c, wd)
    sh.w(1, 1, "Tabel 3.1", bold=True)
    sh.mw(2, 1, 2, 11, "Capaian Indikator Kinerja Bagian Protokol dan Komunikasi Pimpinan Tahun 2022 "
                        "Dibandingkan dengan Tahun-Tahun Sebelumnya dan Target Akhir Renstra", bold=True, wrap=True)
    sh.mw(4, 1, 5, 1, "No", bold=True, h="center")
    sh.mw(4, 2, 5, 2, "Indikator Kinerja", bold=True, h="center")
    sh.mw(4, 3, 5, 3, "Satuan", bold=True, h="center")
    sh.mw(4, 4, 4, 6, "Realisasi", bold=True, h="center")
    for i, y in enumerate((2019, 2020, 2021)):
        sh.w(5, 4 + i, y, bold=True, h="center")
    sh.mw(4, 7, 4, 9, "Tahun 2022", bold=True, h="center")
    sh.w(5, 7, "Target", bold=True, h="center")
    sh.w(5, 8, "Realisasi", bold=True, h="center")
    sh.w(5, 9, "Capaian (%)", bold=True, h="center")
    sh.mw(4, 10, 5, 10, "Target Akhir Renstra (2024)", bold=True, h="center", wrap=True)
    sh.mw(4, 11, 5, 11, "Capaian 2022 thd Target Akhir Renstra (%)", bold=True, h="center", wrap=True)
    r = 6
    cur = None
    grp = []
    for (sas, sid, name, t, rv, a, b, c_, ren, flag) in Y2022:
        if sas != cur:
            cur = sas
            sh.w(r, 1, sas, bold=True, h="center")
            sh.mw(r, 2, r, 11, f"Sasaran {sas} : {SAS[sas]}", bold=True)
            grp.append(r)
            r += 1
        sh.w(r, 2, name, wrap=True)
        sat = META[sid][3]
        sh.w(r, 3, sat)
        for cc, v in ((4, a), (5, b), (6, c_)):
            sh.w(r, cc, v)
        sh.w(r, 7, t)
        sh.w(r, 8, rv)
        sh.w(r, 10, ren)
        if flag == "nextrow":
            sh.w(r, 9, f"=H{r+1}/G{r+1}", fmt="0.00%")
            sh.note(r, f"{sid}: capaian formula =H{r+1}/G{r+1} points at the next row")
        elif flag == "neg":
            sh.w(r, 9, f"=(2*G{r}-H{r})/G{r}", fmt="0.00%")
        elif flag == "negtyped":
            sh.w(r, 9, 1.2, fmt="0.00%")
            sh.note(r, f"{sid}: negative indicator; capaian typed 120,00 % while (2x5-3,8)/5 = 124 % "
                       "(typed capaian disagrees)")
        elif flag == "grade":
            sh.w(r, 9, "-")
        else:
            sh.w(r, 9, f"=H{r}/G{r}", fmt="0.00%")
        if flag in (None, "nextrow"):
            sh.w(r, 11, f"=H{r}/J{r}", fmt="0.00%")
        else:
            sh.w(r, 11, "-")
        sh.key(r, 2, sid, 2022, [(r, 7)], "cell", asV(t).key, [(r, 8)], "cell", asV(rv).key)
        r += 1
    last = r - 1
    sh.box(4, 1, last, 11)
    sh.w(last + 1, 1, "Sumber : Bagian Prokopim Setda Kab. Pasir Kelambu, diolah (2023)", italic=True)
    sh.desc += [
        "Rows 1-2 table caption. Header rows 4-5 (two rows: 'Realisasi' over 2019/2020/2021, 'Tahun 2022' over "
        "Target/Realisasi/Capaian).",
        "Columns: A No (sasaran number on group rows only), B Indikator Kinerja (numbering prefix '1.1' ... in "
        "the name cell), C Satuan, D-F Realisasi 2019/2020/2021 (earlier years: not keyed), G Target 2022, "
        "H Realisasi 2022, I Capaian (% format, =H/G), J Target Akhir Renstra (2024), K Capaian thd Renstra.",
        f"Data rows 6-{last}; sasaran group rows {', '.join(map(str, grp))} (merged B:K, not key rows). "
        "Percent indicators are stored as fractions in %-formatted cells (0.96 shown 96,00 %): key in points.",
    ]


def anggaran2022(sh):
    sh.w(1, 1, "Tabel 3.3", bold=True)
    sh.w(2, 1, "Realisasi Anggaran per Program Tahun 2022", bold=True)
    hd = ["No", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]
    for i, h in enumerate(hd):
        sh.w(4, 1 + i, h, bold=True, h="center")
    data = [(1, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 41250000, 40112500),
            (2, "Program Pemerintahan dan Kesejahteraan Rakyat", 2187600000, 2058021400)]
    r = 5
    for no, n, p_, rv in data:
        sh.w(r, 1, no); sh.w(r, 2, n); sh.w(r, 3, p_, fmt="#,##0"); sh.w(r, 4, rv, fmt="#,##0")
        sh.w(r, 5, f"=D{r}/C{r}", fmt="0.00%")
        r += 1
    sh.w(r, 2, "Jumlah", bold=True)
    sh.w(r, 3, "=SUM(C5:C6)", fmt="#,##0"); sh.w(r, 4, "=SUM(D5:D6)", fmt="#,##0")
    sh.w(r, 5, f"=D{r}/C{r}", fmt="0.00%")
    sh.box(4, 1, r, 5)
    for c, wd in {1: 5, 2: 60, 3: 18, 4: 18, 5: 12}.items():
        sh.width(c, wd)
    sh.desc += ["Budget table per programme (rows 4-7). No key rows."]


def catatan(sh):
    lines = ["CATATAN PENGISIAN",
             "1. Sheet 'PK 2019' adalah Pengukuran Kinerja final yang dilampirkan pada LKjIP 2019.",
             "2. Sheet 'RA 2020' diisi per triwulan oleh masing-masing Kasubbag; capaian dihitung s.d. TW IV.",
             "3. Target IKP menggunakan skala 1-4.",
             "4. Indikator 'Jumlah pemberitaan negatif' bersifat negatif (semakin kecil semakin baik).",
             "5. Data followers media sosial per akhir triwulan (kumulatif).",
             "Diperbarui: 12/01/2021 (operator: Yudi)"]
    for i, t in enumerate(lines):
        sh.w(1 + i, 1, t, bold=(i == 0))
    sh.width(1, 100)
    sh.desc += ["Notes sheet (7 lines of text). No key rows."]


def main():
    books = []
    b1 = Book("PK dan RA Prokopim 2019-2020.xls", "xls", author="ADMIN-PROKOPIM")
    s = b1.sheet("PK 2019"); pk2019(s)
    s = b1.sheet("PK 2019 (draft)", hidden=True); pk2019(s, keyed=False)
    s = b1.sheet("RA 2020"); ra2020(s)
    s = b1.sheet("Catatan"); catatan(s)
    b1.desc.append("Two years in one workbook (2019 annual PK, 2020 quarterly Rencana Aksi), a hidden draft "
                   "sheet and a notes sheet.")
    books.append(b1)
    b2 = Book("Evaluasi Renja E81 Prokopim TW IV 2021.ods", "ods", author="Yudi")
    s = b2.sheet("E81 TW IV 2021"); e81_2021(s)
    s = b2.sheet("E81 TW III 2021", hidden=True); e81_2021(s, upto=3, keyed=False)
    b2.desc.append("Permendagri 86/2017 form E.81 (15-column scheme with unnumbered Kode and Satuan columns), "
                   "final Triwulan IV report; a hidden Triwulan III copy.")
    books.append(b2)
    b3 = Book("LKjIP 2022 Bab III - Tabel Capaian Prokopim.xlsx", "xlsx", author="subbag_kompim")
    s = b3.sheet("Tabel 3.1"); lkjip2022(s)
    s = b3.sheet("Tabel 3.3 Anggaran"); anggaran2022(s)
    b3.desc.append("LKjIP chapter III tables: capaian 2022 with realisasi 2019-2021 and the Renstra target.")
    books.append(b3)
    ambiguous = [["P02", "P02b"], ["P21", "P21b"]]
    extra = dict(
        lookalikes=[
            ("P03 / P04", "Persentase tamu VIP dilayani sesuai SOP vs Jumlah tamu VIP yang dilayani"),
            ("P06 / P07", "Jumlah naskah sambutan vs Persentase naskah sambutan tepat waktu"),
            ("P09 / P10", "berita di media cetak vs media online/daring (two sub-types)"),
            ("P11 / P12", "Persentase pemberitaan negatif yang ditanggapi vs Jumlah pemberitaan negatif"),
            ("P13 / P14", "Jumlah dokumentasi foto & video vs Jumlah konten video diunggah ke media sosial"),
            ("P20 / P21", "Persentase dokumen perencanaan & pelaporan tepat waktu vs Jumlah laporan kinerja "
                          "dan keuangan"),
        ],
        ambiguous_why=[
            ("P02 / P02b", "2022 narrows 'acara kedinasan pimpinan' to 'acara kedinasan Bupati/Wakil Bupati'"),
            ("P21 / P21b", "2022 'Jumlah laporan kinerja yang disusun' (target 5) drops 'dan keuangan' "
                           "(target 16-17 before) but its earlier-year columns repeat P21's figures"),
        ],
        negatives=["P12", "P24"],
    )
    return build_agency(SLUG, dict(agency=AGENCY, short="Prokopim Kabupaten Pasir Kelambu"), books,
                        ambiguous, dict(flows=FLOWS, levels=LEVELS), extra)


if __name__ == "__main__":
    main()
