"""Dinas Kebudayaan Kabupaten Batu Lintang, 2017-2020."""
import os
from openpyxl import Workbook
from common import *

K = Key("Dinas Kebudayaan Kabupaten Batu Lintang", "kebudayaan", [2017, 2018, 2019, 2020])
K.ambiguous = [["k10", "k11"], ["k17", "k18"]]
SIG = ("Kepala Dinas Kebudayaan", "Dra. RATNA KUSUMAWARDANI, M.Si", "Pembina Utama Muda", "19680412 199303 2 007")


def y2017():
    fn = "PK_Disbud_2017.xls"; K.file(fn)
    wb = Workbook(); ws = wb.active; ws.title = "PK 2017"
    for i, t in enumerate(["PENGUKURAN KINERJA", "DINAS KEBUDAYAAN", "KABUPATEN BATU LINTANG", "TAHUN 2017"], 1):
        merge(ws, "A%d:F%d" % (i, i), t, bold=True, box=False)
    ws["A6"] = "Kabupaten : Batu Lintang"; ws["A7"] = "Nama SKPD : Dinas Kebudayaan"
    merge(ws, "A9:A10", "No", True); merge(ws, "B9:B10", "Sasaran Strategis", True)
    merge(ws, "C9:C10", "Indikator Kinerja", True); merge(ws, "D9:F9", "Tahun 2017", True)
    for c, t in zip("DEF", ["Target", "Realisasi", "% Realisasi"]):
        put(ws, c + "10", t, bold=True, align=CENTER)
    row_put(ws, 11, 1, [1, 2, 3, 4, 5, 6])
    S1 = "Meningkatnya pelestarian cagar budaya dan warisan budaya daerah"
    S2 = "Meningkatnya apresiasi dan partisipasi masyarakat terhadap kesenian dan kebudayaan daerah"
    S3 = "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan Dinas"
    data = [  # sasaran, id, name, target cell, real cell, pct, key t, key r
        (S1, "k01", "Jumlah cagar budaya yang ditetapkan", "3 buah", "2 buah", 66.67, 3, 2),
        (None, "k02", "Persentase cagar budaya yang dilestarikan", "40 %", "38,5 %", "96,25", 40, 38.5),
        (None, "k17", "Jumlah situs cagar budaya yang dipugar", "2 situs", "2 situs", 100, 2, 2),
        (None, "k05", "Jumlah warisan budaya tak benda (WBTB) yang ditetapkan", "2 karya", "2 karya", 100, 2, 2),
        (None, "k13", "Jumlah naskah kuno yang dikonservasi", "20 naskah", "20 naskah", 100, 20, 20),
        (S2, "k03", "Jumlah sanggar seni aktif", "120 sanggar", "118 sanggar", 98.33, 120, 118),
        (None, "k04", "Jumlah festival budaya yang diselenggarakan", "4 kali", "4 kali", 100, 4, 4),
        (None, "k16", "Jumlah pagelaran seni", "12 kali", "14 kali", 106.67, 12, 14),  # true 116,67
        (None, "k07", "Jumlah pengunjung museum", "1.200 orang", "13.450 orang", 112.08, 1200, 13450),  # target magnitude
        (None, "k10", "Jumlah seniman yang dibina", "200 orang", "210 orang", 105, 200, 210),
        (None, "k24", "Persentase sekolah yang menerapkan muatan lokal budaya daerah", "30 %", "28 %", 93.33, 30, 28),
        (S3, "k20", "Nilai SAKIP Dinas Kebudayaan", "B", "B", 100, None, None),
        (None, "k21", "Indeks Kepuasan Masyarakat (IKM)", 75, 78.2, 104.27, 75, 78.2),
    ]
    r = 12
    for i, (s, sid, name, t, re_, p, kt, kr) in enumerate(data, 1):
        row_put(ws, r, 1, [i, s, name, t, re_, p])
        K.add(fn, ws.title, r, 2017, name, sid, kt, kr, {"cell": "D%d" % r}, {"cell": "E%d" % r})
        r += 1
    r += 1
    ws["A%d" % r] = "Jumlah Anggaran Tahun 2017 : Rp. 6.482.350.000,-"; r += 1
    ws["A%d" % r] = "Jumlah Realisasi Anggaran Tahun 2017 : Rp. 5.913.227.450,-"; r += 2
    signature(ws, r, "E", "Sendang Arum, 31 Desember 2017", *SIG)
    widths(ws, {"A": 5, "B": 34, "C": 48, "D": 14, "E": 14, "F": 12})
    wb.save(os.path.join(RAW, fn.replace(".xls", ".xlsx")))


def y2018():
    fn = "RA_Disbud_2018.xlsx"; K.file(fn)
    wb = Workbook(); ws = wb.active; ws.title = "RA 2017"  # copied from last year
    for i, t in enumerate(["RENCANA AKSI PERJANJIAN KINERJA", "DINAS KEBUDAYAAN KABUPATEN BATU LINTANG",
                           "TAHUN ANGGARAN 2018"], 1):
        merge(ws, "A%d:R%d" % (i, i), t, bold=True, box=False)
    for c, t in zip("ABCDE", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target Tahunan"]):
        merge(ws, "%s5:%s6" % (c, c), t, True)
    merge(ws, "R5:R6", "Penanggung Jawab", True)
    tw = [("F", "H", "TW I (B03)"), ("I", "K", "TW II (B06)"), ("L", "N", "TW III (B09)"), ("O", "Q", "TW IV (B12)")]
    for a, b, t in tw:
        merge(ws, "%s5:%s5" % (a, b), t, True)
    for j, c in enumerate("FGHIJKLMNOPQ"):
        put(ws, c + "6", ["T", "R", "%"][j % 3], bold=True, align=CENTER)
    S1 = "Meningkatnya pelestarian cagar budaya dan objek pemajuan kebudayaan"
    S2 = "Meningkatnya apresiasi masyarakat terhadap kesenian dan kebudayaan daerah"
    S3 = "Meningkatnya akuntabilitas kinerja Dinas"
    # (sasaran, id, name, unit, annual, [T1..T4], [R1..R4], rule, pj)
    D = [
        (S1, "k01", "Jumlah Cagar Budaya yg ditetapkan", "buah", 4, [0, 1, 1, 2], [0, 1, 2, 1], "sum", "Bidang Cagar Budaya"),
        (S1, "k02", "Prosentase Cagar Budaya yang dilestarikan", "%", 45, [10, 20, 35, 45], [12, 22, 36, 47.2], "last", "Bidang Cagar Budaya"),
        (S1, "k17", "Jumlah situs cagar budaya yang dipugar", "situs", 2, [0, 0, 1, 1], [0, 0, 1, 0], "sum", "Bidang Cagar Budaya"),
        (S1, "k05", "Jumlah WBTB yang ditetapkan", "karya", 2, [0, 0, 0, 2], [0, 0, 0, 3], "sum", "Bidang Sejarah dan Tradisi"),
        (S1, "k06", "Jumlah karya budaya yang diusulkan menjadi WBTB", "karya", 5, [0, 5, 5, 5], [0, 5, 5, 5], "last", "Bidang Sejarah dan Tradisi"),
        (S1, "k08", "Persentase Objek Pemajuan Kebudayaan yang dilestarikan", "%", 55, [20, 35, 45, 55], [20, 35, 48, 55], "last", "Bidang Sejarah dan Tradisi"),
        (S1, "k13", "Jumlah naskah kuno yg dikonservasi", "naskah", 25, [5, 5, 10, 5], [5, 10, 10, 5], "sum", "UPT Museum Daerah"),
        (S2, "k03", "Jumlah sanggar kesenian yang aktif", "sanggar", 125, [125, 125, 125, 125], [120, 124, 128, 131], "last", "Bidang Kesenian"),
        (S2, "k04", "Jumlah penyelenggaraan festival budaya", "kali", 5, [1, 1, 2, 1], [1, 1, 2, 1], "sum", "Bidang Kesenian"),
        (S2, "k16", "Jumlah pagelaran/pertunjukan seni", "kali", 12, [3, 3, 3, 3], [2, 3, 4, 3], "sum", "Bidang Kesenian"),
        (S2, "k07", "Jumlah kunjungan ke museum daerah", "orang", 14000, [3000, 3500, 3500, 4000], [3120, 3980, 3650, 4460], "sum", "UPT Museum Daerah"),
        (S2, "k11", "Jumlah seniman dan budayawan yang dibina", "orang", 220, [50, 100, 160, 220], [55, 110, 170, 225], "last", "Bidang Kesenian"),
        (S2, "k23", "Jumlah desa budaya yang dibina", "desa", 6, [6, 6, 6, 6], [6, 6, 6, 6], "last", "Bidang Sejarah dan Tradisi"),
        (S2, "k24", "Persentase sekolah yang menerapkan mulok budaya daerah", "%", 35, ["-", "-", "-", 35], ["-", "-", "-", 36], "last", "Bidang Kesenian"),
        (S3, "k20", "Nilai AKIP", "predikat", "B", ["-", "-", "-", "B"], ["-", "-", "-", "BB"], "last", "Sekretariat"),
        (S3, "k21", "Indeks Kepuasan Masyarakat", "nilai", 76, ["-", 76, "-", 76], ["-", 77.8, "-", 79.35], "last", "Sekretariat"),
    ]
    r = 7; start = {}
    for i, (s, sid, name, unit, ann, T, R, rule, pj) in enumerate(D, 1):
        row_put(ws, r, 1, [i, s if s not in start else None, name, unit, ann])
        start.setdefault(s, r)
        cols = ["FGH", "IJK", "LMN", "OPQ"]
        for q in range(4):
            ct, cr, cp = cols[q]
            put(ws, "%s%d" % (ct, r), T[q]); put(ws, "%s%d" % (cr, r), R[q])
            put(ws, "%s%d" % (cp, r), '=IFERROR(ROUND(%s%d/%s%d*100,2),"-")' % (cr, r, ct, r))
        put(ws, "R%d" % r, pj)
        nums = [x for x in R if isinstance(x, (int, float))]
        kr = (sum(nums) if rule == "sum" else (R[3] if isinstance(R[3], (int, float)) else None))
        kt = ann if isinstance(ann, (int, float)) else None
        rs = {"sum": ["G%d" % r, "J%d" % r, "M%d" % r, "P%d" % r]} if rule == "sum" else {"last": "P%d" % r}
        K.add(fn, ws.title, r, 2018, name, sid, kt, kr, {"cell": "E%d" % r}, rs)
        r += 1
    # merge the sasaran cells
    ends = {}
    for s, st in start.items():
        ends[s] = st + sum(1 for d in D if d[0] == s) - 1
        ws.merge_cells("B%d:B%d" % (st, ends[s]))
    r += 2
    signature(ws, r, "N", "Sendang Arum, 31 Desember 2018", *SIG)
    widths(ws, {"A": 4, "B": 30, "C": 42, "D": 9, "E": 9, "R": 22})
    wb.save(os.path.join(RAW, fn))


def y2019():
    fn = "LKjIP_Disbud_2019.ods"; K.file(fn)
    wb = Workbook(); ws = wb.active; ws.title = "Tabel 3.1"
    ws["A1"] = "BAB III AKUNTABILITAS KINERJA"; ws["A1"].font = BOLD
    ws["A2"] = "Tabel 3.1"
    ws["A3"] = "Capaian Indikator Kinerja Utama Dinas Kebudayaan Kabupaten Batu Lintang Tahun 2019"
    for c, t in zip("ABC", ["No", "Indikator Kinerja", "Satuan"]):
        merge(ws, "%s5:%s6" % (c, c), t, True)
    merge(ws, "D5:E5", "Realisasi", True)
    put(ws, "D6", 2017, bold=True, align=CENTER); put(ws, "E6", 2018, bold=True, align=CENTER)
    merge(ws, "F5:H5", "Tahun 2019", True)
    for c, t in zip("FGH", ["Target", "Realisasi", "Capaian (%)"]):
        put(ws, c + "6", t, bold=True, align=CENTER)
    merge(ws, "I5:I6", "Target Akhir Renstra (2021)", True)
    merge(ws, "J5:J6", "Capaian s.d. 2019 terhadap Target Renstra (%)", True)
    row_put(ws, 7, 1, list(range(1, 11)))
    P = "pct"
    D = [
        ("Sasaran 1 : Meningkatnya pelestarian cagar budaya dan objek pemajuan kebudayaan",),
        ("k01", "Jumlah cagar budaya yang ditetapkan dengan SK Bupati", "buah", 2, 4, 5, 6, None, 20),
        ("k02", "Persentase cagar budaya yang dilestarikan", "%", 38.5, 47.2, (0.50, P), (0.513, P), None, (0.60, P)),
        ("k08", "Persentase objek pemajuan kebudayaan (OPK) yang dilestarikan", "%", "-", 55, (0.60, P), (0.625, P), None, (0.70, P)),
        ("k05", "Jumlah Warisan Budaya Takbenda yang ditetapkan", "karya", 2, 3, 3, 3, None, 15),
        ("k12", "Indeks Pembangunan Kebudayaan (IPK)", "indeks", "N/A", "N/A", 54.2, 55.1, None, 57),
        ("k19", "Jumlah tenaga ahli cagar budaya (TACB) bersertifikat", "orang", "-", "-", 5, 5, None, 15),
        ("Sasaran 2 : Meningkatnya apresiasi masyarakat terhadap kesenian dan kebudayaan daerah",),
        ("k03", "Jumlah Sanggar Seni yang Aktif", "sanggar", 118, 131, 135, 140, None, 150),
        ("k07", "Jumlah pengunjung Museum Daerah", "orang", 13450, 15210, "15.000", "16.882", 112.55, 18000),
        ("k11", "Jumlah seniman dan budayawan yang dibina", "orang", 210, 225, 240, 251, None, 300),
        ("k04", "Festival budaya yang dilaksanakan", "kali", 4, 5, 5, 6, None, 6),
        ("Sasaran 3 : Meningkatnya akuntabilitas kinerja Dinas",),
        ("k20", "Nilai SAKIP OPD", "nilai", "B", "BB", 62, 64.5, None, 70),
        ("k21", "IKM Dinas", "nilai", 78.2, 79.35, 78, 81.02, 108.87, 82),  # true 103,87
    ]
    r = 8; n = 0
    for d in D:
        if len(d) == 1:
            merge(ws, "A%d:J%d" % (r, r), d[0], bold=True, align=WRAP); r += 1; continue
        sid, name, unit, r17, r18, t, re_, cap, rn = d
        n += 1
        vals = [n, name, unit, r17, r18]
        row_put(ws, r, 1, vals)
        def v(x):
            return x if not isinstance(x, tuple) else x[0]
        for c, x in zip("FGI", [t, re_, rn]):
            put(ws, "%s%d" % (c, r), v(x), fmt=PCT2 if isinstance(x, tuple) else None)
        put(ws, "H%d" % r, cap if cap is not None else "=ROUND(G%d/F%d*100,2)" % (r, r))
        put(ws, "J%d" % r, "=ROUND(G%d/I%d*100,2)" % (r, r) if not isinstance(re_, str) else 93.78)
        def k(x):
            if isinstance(x, tuple):
                return round(x[0] * 100, 6)
            if isinstance(x, str):
                return float(x.replace(".", ""))
            return x
        K.add(fn, ws.title, r, 2019, name, sid, k(t), k(re_), {"cell": "F%d" % r}, {"cell": "G%d" % r})
        r += 1
    r += 1
    ws["A%d" % r] = "Sumber : Dinas Kebudayaan, diolah"; r += 2
    ws["A%d" % r] = "Tabel 3.2"; r += 1
    ws["A%d" % r] = "Capaian Indikator Kinerja Program Tahun 2019"; r += 2
    row_put(ws, r, 1, ["No", "Indikator Program", "Program", "Target", "Realisasi", "Capaian (%)"])
    for c in "ABCDEF":
        ws["%s%d" % (c, r)].font = BOLD
    r += 1
    D2 = [
        ("k18", "Jumlah situs cagar budaya yang direvitalisasi", "Program Pelestarian dan Pengelolaan Cagar Budaya", 2, 2),
        ("k06", "Jumlah karya budaya diusulkan sebagai WBTB", "Program Pengelolaan Kekayaan Budaya", 5, 7),
        ("k16", "Jumlah pementasan seni pertunjukan", "Program Pengembangan Nilai Budaya dan Kesenian", "15 kali", "18 kali"),
        ("k23", "Jumlah Desa Budaya yang dibina", "Program Pengembangan Nilai Budaya dan Kesenian", 8, 8),
    ]
    for i, (sid, name, prog, t, re_) in enumerate(D2, 1):
        row_put(ws, r, 1, [i, name, prog, t, re_])
        put(ws, "F%d" % r, "=ROUND(E%d/D%d*100,2)" % (r, r) if not isinstance(t, str) else 120)
        num = lambda x: x if not isinstance(x, str) else int(x.split()[0])
        K.add(fn, ws.title, r, 2019, name, sid, num(t), num(re_), {"cell": "D%d" % r}, {"cell": "E%d" % r})
        r += 1
    widths(ws, {"A": 5, "B": 48, "C": 30, "D": 10, "E": 10, "F": 10, "G": 10, "H": 11, "I": 12, "J": 14})
    wb.save(os.path.join(RAW, fn.replace(".ods", ".xlsx")))


def y2020():
    fn = "Evaluasi_Renja_Disbud_2020_TW4.xlsx"; K.file(fn)
    wb = Workbook(); ws = wb.active; ws.title = "TW IV"
    for i, t in enumerate(["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
                           "DINAS KEBUDAYAAN KABUPATEN BATU LINTANG",
                           "Periode Pelaksanaan : Tahun 2020 (Triwulan IV)"], 1):
        merge(ws, "A%d:Z%d" % (i, i), t, bold=True, box=False)
    hdr1 = [("A", "No"), ("B", "Sasaran"), ("C", "Program / Kegiatan"), ("D", "Indikator Kinerja Program (outcome) / Kegiatan (output)"), ("E", "Satuan")]
    for c, t in hdr1:
        merge(ws, "%s5:%s7" % (c, c), t, True)
    pairs = [("F", "G", "Target Renstra PD pada Tahun 2021 (Akhir Periode Renstra)"),
             ("H", "I", "Realisasi Capaian Kinerja Renstra PD s/d Renja Tahun 2019"),
             ("J", "K", "Target Kinerja dan Anggaran Renja PD Tahun 2020"),
             ("T", "U", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi"),
             ("V", "W", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2020"),
             ("X", "Y", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2020 (%)")]
    for a, b, t in pairs:
        merge(ws, "%s5:%s6" % (a, b), t, True)
        put(ws, a + "7", "K", bold=True, align=CENTER); put(ws, b + "7", "Rp", bold=True, align=CENTER)
    merge(ws, "L5:S5", "Realisasi Kinerja pada Triwulan", True)
    for (a, b), t in zip([("L", "M"), ("N", "O"), ("P", "Q"), ("R", "S")], ["I", "II", "III", "IV"]):
        merge(ws, "%s6:%s6" % (a, b), t, True)
        put(ws, a + "7", "K", bold=True, align=CENTER); put(ws, b + "7", "Rp", bold=True, align=CENTER)
    merge(ws, "Z5:Z7", "Unit PD Penanggung Jawab", True)
    nums = {"A": "1", "B": "2", "C": "3", "D": "4", "E": "5", "F": "6", "H": "7", "J": "8", "L": "9", "N": "10",
            "P": "11", "R": "12", "T": "13 = 9+10+11+12", "V": "14 = 7+13", "X": "15 = 14/6 x 100", "Z": "16"}
    for c, t in nums.items():
        put(ws, c + "8", t, align=CENTER)
    for c in "GIKMOQSUWY":
        put(ws, c + "8", "", align=CENTER)
    S1 = "Meningkatnya pelestarian cagar budaya dan objek pemajuan kebudayaan"
    S2 = "Meningkatnya apresiasi masyarakat terhadap seni dan budaya"
    S3 = "Meningkatnya akuntabilitas kinerja Dinas"
    # (no, sasaran, progkeg, id, name, unit, renstra, real_s/d2019, target, quarters K, quarters Rp, anggaran, col13 mode, unit pj)
    # col13 mode: "sum" formula, "last" formula, or a typed value
    D = [
        ("1", S1, None, "k02", "% Cagar Budaya yang Dilestarikan", "%", 60, 51.3, 55, [20, 35, 45, 52], None, None, "sum", "Bidang Cagar Budaya"),
        ("", None, None, "k08", "Persentase OPK yang dilestarikan", "%", 70, 62.5, 65, [0, 0, 0, 58], None, None, "sum", "Bidang Sejarah dan Tradisi"),
        ("", None, None, "k12", "Indeks Pembangunan Kebudayaan (IPK) Kabupaten", "indeks", 57, 55.1, 55, [0, 0, 0, 55.8], None, None, "last", "Sekretariat"),
        ("2", S2, None, "k03", "Sanggar seni aktif", "sanggar", 150, 140, 140, [0, 0, 0, 97], None, None, "sum", "Bidang Kesenian"),
        ("", None, None, "k07", "Jumlah pengunjung museum (orang)", "orang", 18000, 16882, 16000, [2850, 0, 0, 270], None, None, "sum", "UPT Museum Daerah"),
        ("3", S3, None, "k20", "Nilai SAKIP Perangkat Daerah", "nilai", 70, 64.5, 65, ["-", "-", "-", "BB"], None, None, "BB", "Sekretariat"),
        ("", None, None, "k21", "Indeks Kepuasan Masyarakat terhadap layanan Dinas", "nilai", 82, 81.02, 80, [80.1, 81.0, 82.0, 82.4], None, None, "last", "Sekretariat"),
        ("1.1", None, "Program Pelestarian dan Pengelolaan Cagar Budaya", "k01", "Cagar budaya yang ditetapkan (buah)", "buah", 20, 12, 5, [0, 0, 1, 2], [0, 35000000, 48250000, 61400000], 150000000, "sum", "Bidang Cagar Budaya"),
        ("1.1.1", None, "Revitalisasi situs cagar budaya", "k18", "Situs cagar budaya direvitalisasi", "situs", 8, 4, 2, [0, 0, 1, 1], [0, 0, 212500000, 180300000], 420000000, "sum", "Bidang Cagar Budaya"),
        ("1.1.2", None, "Sertifikasi tenaga ahli cagar budaya", "k19", "Jumlah TACB bersertifikat", "orang", 15, 5, 7, [0, 2, 0, 4], [0, 22000000, 0, 41800000], 70000000, 0, "Bidang Cagar Budaya"),
        ("1.2", None, "Program Pengembangan Kebudayaan", "k05", "Jumlah WBTB yang ditetapkan", "karya", 15, 8, 3, [0, 0, 0, 4], [0, 12000000, 15500000, 20100000], 50000000, "sum", "Bidang Sejarah dan Tradisi"),
        ("1.2.1", None, "Pencatatan dan pengusulan Warisan Budaya Takbenda", "k06", "Jumlah usulan WBTB", "karya", 25, 12, 6, [0, 3, 3, 0], [0, 18000000, 21000000, 4500000], 45000000, "sum", "Bidang Sejarah dan Tradisi"),
        ("1.2.2", None, "Pembinaan desa budaya", "k23", "Desa budaya yang dibina", "desa", 12, 8, 10, [0, 0, 0, 10], [0, 0, 0, 96000000], 100000000, "sum", "Bidang Sejarah dan Tradisi"),
        ("1.2.3", None, "Digitalisasi naskah kuno", "k14", "Jumlah naskah kuno yang didigitalisasi", "naskah", 150, 0, 40, [10, 10, 10, 15], [14000000, 15000000, 15000000, 20500000], 65000000, "sum", "UPT Museum Daerah"),
        ("2.1", None, "Program Pengembangan Kesenian Tradisional", "k04", "Jumlah festival budaya yg diselenggarakan", "kali", 6, 6, 5, [1, 0, 0, 0], [310000000, 0, 0, 0], 850000000, "sum", "Bidang Kesenian"),
        ("2.1.1", None, "Fasilitasi pagelaran seni", "k16", "Jumlah pagelaran seni (kali)", "kali", 18, 18, 15, [3, 0, 0, 1], [45000000, 0, 0, 12000000], 180000000, "sum", "Bidang Kesenian"),
        ("2.1.2", None, "Pembinaan seniman dan budayawan", "k11", "Jumlah seniman dan budayawan yang dibina", "orang", 300, 251, 260, [60, 0, 40, 100], [30000000, 0, 20000000, 48000000], 130000000, "sum", "Bidang Kesenian"),
    ]
    r = 9; first = r; sas_rows = {}
    for (no, s, pk, sid, name, unit, rn, rs19, t, QK, QR, ang, mode, pj) in D:
        row_put(ws, r, 1, [no, s, pk, name, unit, rn, None, rs19, None, t, ang])
        if s:
            cur = s; sas_rows[s] = [r, r]
        else:
            sas_rows[cur][1] = r
        for q, (ck, cr) in enumerate([("L", "M"), ("N", "O"), ("P", "Q"), ("R", "S")]):
            put(ws, "%s%d" % (ck, r), QK[q])
            put(ws, "%s%d" % (cr, r), QR[q] if QR else None, fmt="#,##0")
        if mode == "sum":
            put(ws, "T%d" % r, "=SUM(L%d,N%d,P%d,R%d)" % (r, r, r, r))
            kr = sum(x for x in QK if isinstance(x, (int, float)))
        elif mode == "last":
            put(ws, "T%d" % r, "=R%d" % r); kr = QK[3]
        else:
            put(ws, "T%d" % r, mode); kr = mode if isinstance(mode, (int, float)) else None
        put(ws, "U%d" % r, "=SUM(M%d,O%d,Q%d,S%d)" % (r, r, r, r) if QR else None, fmt="#,##0")
        put(ws, "V%d" % r, "=H%d+T%d" % (r, r) if mode != "BB" else "-")
        put(ws, "W%d" % r, None)
        put(ws, "X%d" % r, "=IFERROR(ROUND(V%d/F%d*100,2),0)" % (r, r) if mode != "BB" else "-")
        put(ws, "Y%d" % r, "=IFERROR(ROUND(U%d/K%d*100,2),\"\")" % (r, r) if QR else None)
        for c in "GIK":
            ws["%s%d" % (c, r)].number_format = "#,##0"
        put(ws, "Z%d" % r, pj)
        K.add(fn, ws.title, r, 2020, name, sid, t, round(kr, 6) if kr is not None else None,
              {"cell": "J%d" % r}, {"cell": "T%d" % r})
        r += 1
    last = r - 1
    for s, (a, b) in sas_rows.items():
        if b > a:
            ws.merge_cells("B%d:B%d" % (a, b))
    r += 1
    ws["C%d" % r] = "Rata-rata capaian kinerja (%)"; ws["X%d" % r] = "=ROUND(AVERAGE(X%d:X%d),1)" % (first, last)
    ws["Y%d" % r] = "=ROUND(AVERAGE(Y%d:Y%d),1)" % (first, last); r += 1
    ws["C%d" % r] = "Predikat kinerja"; ws["X%d" % r] = "Tinggi"; r += 1
    ws["C%d" % r] = "Faktor pendorong : dukungan komunitas seni dan pemangku adat"; r += 1
    ws["C%d" % r] = "Faktor penghambat : pembatasan kegiatan masyarakat akibat pandemi COVID-19"; r += 1
    ws["C%d" % r] = "Tindak lanjut : penyelenggaraan festival dan pagelaran secara daring"; r += 2
    signature(ws, r, "C", "Sendang Arum, 15 Januari 2021", "Disusun oleh: Kepala Dinas Kebudayaan", SIG[1], SIG[2], SIG[3])
    signature(ws, r, "T", "Dievaluasi oleh:", "Kepala Bappeda Kabupaten Batu Lintang", "Ir. HENDRA SAPUTRA LUBIS, M.T", "Pembina Utama Muda", "19710823 199703 1 004")
    widths(ws, {"A": 6, "B": 26, "C": 32, "D": 38, "E": 8, "K": 14, "U": 14, "Z": 20})
    wb.save(os.path.join(RAW, fn))


if __name__ == "__main__":
    os.makedirs(RAW, exist_ok=True)
    y2017(); y2018(); y2019(); y2020()
    K.save()
