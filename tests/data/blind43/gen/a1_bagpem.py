"""Agency 1: Bagian Pemerintahan, Sekretariat Daerah Kota Lubuk Semilang, 2019-2022 (invented)."""
from common import *

ag = Agency("bagpem_lubuk_semilang",
            "Bagian Pemerintahan Sekretariat Daerah Kota Lubuk Semilang", [2019, 2020, 2021, 2022])
ag.ambiguous = [["A15", "A15b"]]

KABAG = ("RIZAL FADHILLAH, S.STP, M.Si", "Pembina (IV/a)", "NIP. 19800312 200212 1 004")
SEKDA = ("Dr. H. ANWAR SYARIFUDDIN, M.Si", "Pembina Utama Madya (IV/d)", "NIP. 19660817 199103 1 006")

SAS = {
    "S1": "Meningkatnya kualitas penyelenggaraan pemerintahan daerah",
    "S2": "Terwujudnya kepastian batas wilayah administrasi dan nama rupabumi",
    "S3": "Meningkatnya kerja sama daerah",
    "S4": "Meningkatnya kualitas penyelenggaraan pemerintahan kecamatan dan kelurahan",
}

UNIT = {"A01": "%", "A02": "segmen", "A03": "segmen", "A04": "skor", "A05": "peringkat",
        "A06": "%", "A07": "dokumen", "A08": "naskah", "A09": "naskah", "A10": "%",
        "A11": "naskah", "A12": "nama", "A13": "%", "A14": "%", "A15": "%", "A15b": "%",
        "A16": "kasus", "A17": "predikat", "A18": "indeks", "A19": "%", "A20": "kali",
        "A21": "laporan", "A22": "%", "A23": "produk"}
FLOWS = {"A02", "A03", "A07", "A09", "A11", "A12", "A20", "A21", "A23"}
NEG = {"A05", "A16"}

VAL = {
    "A01": {2019: (40, 37.5), 2020: (55, 56.25), 2021: (70, 68.75), 2022: (85, 87.5)},
    "A02": {2019: (12, 12), 2020: (15, 16), 2021: (14, 13), 2022: (16, 17)},
    "A03": {2020: (4, 4), 2021: (5, 3), 2022: (4, 5)},
    "A04": {2019: (2.85, 2.9132), 2020: (3.00, 3.0415), 2021: (3.10, 3.0876), 2022: (3.15, 3.2208)},
    "A05": {2019: (80, 74), 2020: (70, 66), 2021: (60, 71)},
    "A06": {2019: (100, 100), 2020: (100, 100), 2021: (100, 90), 2022: (100, 100)},
    "A07": {2019: (3, 3), 2020: (3, 3), 2021: (3, 3), 2022: (3, 3)},
    "A08": {2019: (30, 31), 2020: (33, 32), 2021: (35, 36), 2022: (38, 40)},
    "A09": {2019: (5, 6), 2020: (4, 3), 2021: (5, 5), 2022: (6, 8)},
    "A10": {2019: (75, 80), 2020: (80, 78.13), 2021: (85, 86.11), 2022: (90, 92.5)},
    "A11": {2020: (1, 0), 2021: (1, 1), 2022: (2, None)},
    "A12": {2019: (150, 162), 2020: (120, 95), 2021: (150, 150), 2022: (200, 214)},
    "A13": {2019: (100, 100), 2020: (100, 100), 2021: (100, 100), 2022: (100, 100)},
    "A14": {2019: (70, 72.5), 2020: (75, 76), 2021: (80, 81.3)},
    "A15": {2019: (60, 58.33), 2020: (70, 69.44), 2021: (80, 83.33)},
    "A15b": {2022: (90, 91.67)},
    "A16": {2019: (6, 7), 2020: (5, 4), 2021: (4, 4), 2022: (3, 2)},
    "A17": {2019: ("B", "B"), 2020: ("BB", "B"), 2021: (70, 71.25), 2022: ("BB", "BB")},
    "A18": {2020: (78, 79.12), 2021: (80, 81.05), 2022: (82, 83.4)},
    "A19": {2019: (80, 85), 2020: (90, 90)},
    "A20": {2019: (12, 14), 2020: (12, 9), 2021: (12, 12), 2022: (12, 13)},
    "A21": {2021: (28, 28), 2022: (28, 27)},
    "A22": {2019: (100, 100), 2020: (100, 100), 2021: (100, 100), 2022: (100, 100)},
    "A23": {2021: (4, 5), 2022: (5, 5)},
}

NAME = {
    "A01": {2019: "Prosentase penyelesaian penegasan batas wilayah kelurahan",
            2020: "Persentase Penyelesaian Penegasan Batas Wilayah Kelurahan",
            2021: "Persentase penyelesaian penegasan batas kelurahan",
            2022: "Persentase penyelesaian penegasan batas wilayah kelurahan (%)"},
    "A02": {2019: "Jumlah segmen batas kelurahan yang ditegaskan",
            2020: "Jumlah Segmen Batas Kelurahan yang Ditegaskan",
            2021: "Jml segmen batas kelurahan yg ditegaskan",
            2022: "Jumlah segmen batas wilayah kelurahan yang telah ditegaskan (segmen)"},
    "A03": {2020: "Jumlah Segmen Batas Kecamatan yang Ditegaskan",
            2021: "Jml segmen batas kecamatan yg ditegaskan",
            2022: "Jumlah segmen batas wilayah kecamatan yang telah ditegaskan (segmen)"},
    "A04": {2019: "Skor Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah (EKPPD)",
            2020: "Skor EKPPD Kota Lubuk Semilang",
            2021: "skor EKPPD",
            2022: "Skor hasil Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah"},
    "A05": {2019: "Peringkat EKPPD secara nasional",
            2020: "Peringkat Nasional EKPPD",
            2021: "Peringkat EKPPD tingkat nasional"},
    "A06": {2019: "Persentase ketepatan waktu penyampaian LPPD",
            2020: "Persentase Ketepatan Waktu Penyampaian Laporan Penyelenggaraan Pemerintahan Daerah (LPPD)",
            2021: "Persentase LPPD yg disampaikan tepat waktu",
            2022: "Persentase ketepatan waktu penyampaian LPPD (%)"},
    "A07": {2019: "Jumlah dokumen laporan penyelenggaraan pemerintahan daerah (LPPD, LKPJ, ILPPD)",
            2020: "Jumlah Dokumen Laporan Penyelenggaraan Pemerintahan Daerah yang Disusun",
            2021: "Jumlah dokumen LPPD, LKPJ & ILPPD yang disusun",
            2022: "Jumlah dokumen laporan penyelenggaraan pemerintahan daerah (dokumen)"},
    "A08": {2019: "Jumlah kerja sama daerah yang aktif",
            2020: "Jumlah Kerjasama Daerah yang Aktif",
            2021: "Jumlah kerja sama daerah aktif",
            2022: "Jumlah naskah kerja sama daerah yang aktif (naskah)"},
    "A09": {2019: "Jumlah kerja sama daerah baru",
            2020: "Jumlah Kerjasama Daerah Baru",
            2021: "Jumlah kerja sama daerah baru yang ditandatangani",
            2022: "Jumlah naskah kerja sama daerah baru (naskah)"},
    "A10": {2019: "Persentase kerja sama daerah yang ditindaklanjuti",
            2020: "Persentase Kerjasama Daerah yang Ditindaklanjuti",
            2021: "Persentase kerja sama daerah yg ditindaklanjuti",
            2022: "Persentase kerja sama daerah yang ditindaklanjuti (%)"},
    "A11": {2020: "Jumlah Kerjasama Luar Negeri yang Difasilitasi",
            2021: "Jumlah kerja sama luar negeri (sister city) yg difasilitasi",
            2022: "Jumlah kerja sama luar negeri yang difasilitasi (naskah)"},
    "A12": {2019: "Jumlah nama rupabumi yang dibakukan",
            2020: "Jumlah Nama Rupa Bumi yang Dibakukan",
            2021: "Jml toponimi (nama rupabumi) yg dibakukan",
            2022: "Jumlah nama rupabumi yang dibakukan (nama)"},
    "A13": {2019: "Prosentase kecamatan yang dibina",
            2020: "Persentase Kecamatan yang Dibina dalam Penyelenggaraan Pemerintahan",
            2021: "Persentase kecamatan yg dibina penyelenggaraan pemerintahannya",
            2022: "Persentase kecamatan yang dibina (%)"},
    "A14": {2019: "Persentase rekomendasi hasil evaluasi kinerja kecamatan yang ditindaklanjuti",
            2020: "Persentase Rekomendasi Evaluasi Kinerja Kecamatan yang Ditindaklanjuti",
            2021: "Persentase tindak lanjut rekomendasi hasil evaluasi kinerja kecamatan"},
    "A15": {2019: "Persentase kelurahan yang memiliki data monografi mutakhir",
            2020: "Persentase Kelurahan yang Memiliki Data Monografi Mutakhir",
            2021: "Persentase kelurahan dgn data monografi yg mutakhir"},
    "A15b": {2022: "Persentase kelurahan yang profilnya diperbarui (%)"},
    "A16": {2019: "Jumlah sengketa batas wilayah yang belum terselesaikan",
            2020: "Jumlah Sengketa Batas Wilayah yang Belum Diselesaikan",
            2021: "Jumlah sengketa batas yg belum terselesaikan",
            2022: "Jumlah sengketa batas wilayah yang belum terselesaikan (kasus)"},
    "A17": {2019: "Nilai SAKIP Bagian Pemerintahan",
            2020: "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) Bagian Pemerintahan",
            2021: "Nilai hasil evaluasi SAKIP Bagian Pemerintahan",
            2022: "Nilai SAKIP Bagian Pemerintahan (predikat)"},
    "A18": {2020: "Indeks Kepuasan Masyarakat (IKM) terhadap Layanan Administrasi Pemerintahan",
            2021: "IKM layanan administrasi pemerintahan",
            2022: "Indeks kepuasan masyarakat atas layanan administrasi pemerintahan (indeks)"},
    "A19": {2019: "Persentase pelimpahan sebagian kewenangan Walikota kepada Camat yang terlaksana",
            2020: "Persentase Pelaksanaan Pelimpahan Sebagian Kewenangan Walikota kepada Camat"},
    "A20": {2019: "Jumlah rapat koordinasi penyelenggaraan pemerintahan yang difasilitasi",
            2020: "Jumlah Rakor Penyelenggaraan Pemerintahan yang Difasilitasi",
            2021: "Jumlah rapat koordinasi pemerintahan yg difasilitasi",
            2022: "Jumlah rapat koordinasi penyelenggaraan pemerintahan yang difasilitasi (kali)"},
    "A21": {2021: "Jumlah laporan penyelenggaraan pemerintahan kecamatan yg dievaluasi",
            2022: "Jumlah laporan penyelenggaraan pemerintahan kecamatan yang dievaluasi (laporan)"},
    "A22": {2019: "Persentase ketepatan waktu penyampaian LKPJ",
            2020: "Persentase Ketepatan Waktu Penyampaian Laporan Keterangan Pertanggungjawaban (LKPJ)",
            2021: "Persentase LKPJ yg disampaikan tepat waktu",
            2022: "Persentase ketepatan waktu penyampaian LKPJ Walikota (%)"},
    "A23": {2021: "Jumlah produk hukum bidang pemerintahan yg difasilitasi",
            2022: "Jumlah produk hukum daerah bidang pemerintahan yang difasilitasi (produk)"},
}

ag.info = {"flows": sorted(FLOWS), "negative": sorted(NEG), "units": UNIT,
           "lookalikes": [
               ("A01", "A02", "Persentase penyelesaian penegasan batas vs Jumlah segmen batas (same topic, % vs count)"),
               ("A02", "A03", "segmen batas kelurahan vs segmen batas kecamatan (two sub-types)"),
               ("A06", "A22", "ketepatan waktu penyampaian LPPD vs LKPJ (two different reports, names identical except the acronym)"),
               ("A08", "A09", "Jumlah kerja sama daerah (aktif) vs Jumlah kerja sama daerah baru (X vs X baru)"),
               ("A08", "A10", "Jumlah kerja sama daerah vs Persentase kerja sama daerah yang ditindaklanjuti"),
               ("A08", "A11", "kerja sama daerah vs kerja sama luar negeri"),
               ("A04", "A05", "Skor EKPPD vs Peringkat EKPPD (score vs rank, the rank is negative)"),
               ("A13", "A14", "kecamatan yang dibina vs rekomendasi evaluasi kinerja kecamatan"),
               ("A06", "A07", "ketepatan waktu LPPD (%) vs Jumlah dokumen LPPD/LKPJ/ILPPD"),
           ]}


def sig(sh, r, c, city_date, title, person, wide=3):
    sh.put(r, c, city_date)
    sh.put(r + 1, c, title, bold=True)
    sh.put(r + 5, c, person[0], bold=True)
    sh.put(r + 6, c, person[1])
    sh.put(r + 7, c, person[2])
    return r + 8


# ==========================================================================
# 2019: annual PK, two header rows, target/realisasi each with a Satuan column
# ==========================================================================
ORDER19 = [("S1", ["A04", "A05", "A06", "A22", "A07", "A17"]),
           ("S2", ["A01", "A02", "A12", "A16", "dup:A02"]),
           ("S3", ["A08", "A09", "A10"]),
           ("S4", ["A13", "A14", "A15", "A19", "A20"])]


def pk2019(sh, draft):
    Y = 2019
    sh.widths(A=5, B=30, C=48, D=10, E=11, F=10, G=11, H=11, I=22)
    title = ["PERJANJIAN KINERJA (DRAFT) - BELUM DITANDATANGANI" if draft else "PENGUKURAN KINERJA",
             "BAGIAN PEMERINTAHAN SEKRETARIAT DAERAH KOTA LUBUK SEMILANG", "TAHUN 2019"]
    for i, t in enumerate(title):
        sh.put(1 + i, 1, t, bold=True, h="center", size=12)
        sh.merge(1 + i, 1, 1 + i, 9)
    hdr = 5
    for c, t in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (8, "Capaian (%)"), (9, "Keterangan")]:
        sh.put(hdr, c, t, bold=True, h="center", wrap=True, fill=GREY)
        sh.merge(hdr, c, hdr + 1, c)
    sh.put(hdr, 4, "Target", bold=True, h="center", fill=GREY)
    sh.merge(hdr, 4, hdr, 5)
    sh.put(hdr, 6, "Realisasi", bold=True, h="center", fill=GREY)
    sh.merge(hdr, 6, hdr, 7)
    for c, t in [(4, "Nilai"), (5, "Satuan"), (6, "Nilai"), (7, "Satuan")]:
        sh.put(hdr + 1, c, t, bold=True, h="center", fill=GREY)
    for c in range(1, 10):
        sh.put(hdr + 2, c, "(%d)" % c, h="center", italic=True, size=8)
    r = hdr + 3
    first = r
    no = 0
    ov = {("A12", "T"): N(1500), ("A16", "R"): TX("7 kasus", 7),
          ("A15", "R"): N(0.5833), ("A17", "T"): G("B"), ("A17", "R"): G("B")}
    for sk, ids in ORDER19:
        r0 = r
        for item in ids:
            dup = item.startswith("dup:")
            sid = item.split(":")[-1]
            t, rv = VAL[sid][Y]
            no += 1
            sh.put(r, 1, no, h="center")
            sh.put(r, 3, NAME[sid][Y], wrap=True)
            if draft:
                tv = {"A01": 45, "A12": 150, "A08": 32, "A20": 10, "A10": 80}.get(sid, t)
                T = G(tv) if isinstance(tv, str) else N(tv)
                R = BLANK
            else:
                T = ov.get((sid, "T"), G(t) if isinstance(t, str) else N(t))
                R = ov.get((sid, "R"), G(rv) if isinstance(rv, str) else N(rv))
            sh.put(r, 4, T, h="center")
            sh.put(r, 5, UNIT[sid], h="center")
            sh.put(r, 6, R, h="center")
            sh.put(r, 7, "laporan" if sid == "A07" else UNIT[sid], h="center")
            if draft:
                cap = None
            elif sid == "A17":
                cap = N(100)
            elif sid == "A08":
                cap = N(100)
            elif sid == "A09":
                cap = F("=F%d/D%d*100" % (r + 1, r + 1))
            elif sid in NEG and sid != "A05":
                cap = F("=(2*D%d-F%d)/D%d*100" % (r, r, r))
            else:
                cap = F("=F%d/D%d*100" % (r, r))
            if cap is not None:
                sh.put(r, 8, cap, h="center", fmt="0.00")
            ket = ""
            if not draft:
                ket = {"A05": "Peringkat membaik", "A16": "1 kasus baru (Kel. Sungai Duren)",
                       "A12": "Verifikasi Tim Pembakuan Nama Rupabumi", "A15": "21 dari 36 kelurahan"}.get(sid, "")
            sh.put(r, 9, ket, wrap=True)
            if not draft:
                if dup:
                    ag.note(sh, r, "DUPLICATE of the %s row above (same name and figures) - second copy, not keyed." % sid)
                else:
                    ag.key(sh, r, 3, Y, sid, [A(r, 4)], [A(r, 6)])
                    notes19(sh, r, sid)
            r += 1
        sh.put(r0, 2, SAS[sk], wrap=True, v_al="top")
        sh.merge(r0, 2, r - 1, 2)
    last = r - 1
    sh.box(hdr, 1, last, 9)
    r += 1
    if not draft:
        sh.put(r, 2, "Jumlah Anggaran Tahun 2019")
        sh.put(r, 3, ": Rp. 1.245.600.000,-")
        sh.put(r + 1, 2, "Jumlah Realisasi Anggaran Tahun 2019")
        sh.put(r + 1, 3, ": Rp. 1.187.342.500,- (95,32 %)")
        ag.note(sh, r, "Budget lines (not key rows).")
        r += 3
        sh.put(r, 2, "Mengetahui,")
        sig(sh, r + 1, 2, "", "SEKRETARIS DAERAH KOTA LUBUK SEMILANG", SEKDA)
        sig(sh, r + 1, 6, "Lubuk Semilang, 15 Januari 2020", "KEPALA BAGIAN PEMERINTAHAN", KABAG)
        ag.note(sh, r, "Signature block (Sekda left, Kabag right) - not key rows.")
    return hdr, first, last


def notes19(sh, r, sid):
    n = {
        "A05": "Negative indicator (peringkat, lower is better): 74 against 80 is an improvement, but the capaian formula is the positive =F/D*100 (92,50).",
        "A07": "Realisasi Satuan says 'laporan' while the target Satuan says 'dokumen' (unit disagreement, figures 3/3).",
        "A17": "Grade indicator: target B, realisasi B -> keyed null/null; capaian typed 100.",
        "A12": "Target typed 10x: 1500 instead of 150 (Renja 150) -> keyed as typed 1500; capaian formula gives 10,80.",
        "A16": "Negative indicator; realisasi typed as text '7 kasus' (keyed 7); capaian formula (2*D-F)/D*100 returns #VALUE!.",
        "A08": "Capaian typed 100 while 31/30 = 103,33 (typed capaian disagrees).",
        "A09": "Capaian formula points at the NEXT row (=F{0}/D{0}*100, the A10 row): shows 106,67 instead of 120.".format(r + 1),
        "A15": "Realisasi typed as a fraction 0,5833 in a General cell of a % indicator (21/36 = 58,33 %) -> keyed as typed 0.5833; capaian formula gives 0,97.",
    }.get(sid)
    if n:
        ag.note(sh, r, n)


b19 = Book(ag, "PK Bag Pemerintahan 2019", "xls", font="Arial")
shd = b19.sheet("PK 2019 (draft)", hidden=True)
h, f, l = pk2019(shd, True)
b19.describe("PK 2019 (draft)", "HIDDEN first sheet: the unsigned PK draft (targets only, some differ: A01 45, A12 150, A08 32, A20 10, A10 80; realisasi empty). Not keyed.")
sh19 = b19.sheet("PK 2019")
h, f, l = pk2019(sh19, False)
b19.describe("PK 2019", "Annual PK/Pengukuran Kinerja. Title rows 1-3. Header rows %d-%d (two rows: Target and Realisasi each split into Nilai | Satuan), column-number row %d '(1)'..'(9)'. Columns: A No | B Sasaran Strategis (merged vertically per sasaran) | C Indikator Kinerja | D Target Nilai | E Target Satuan | F Realisasi Nilai | G Realisasi Satuan | H Capaian (%%) formula | I Keterangan. Data rows %d-%d (4 sasaran blocks). Budget lines and two signature blocks under the table." % (h, h + 1, h + 2, f, l))

# ==========================================================================
# 2020: quarterly Rencana Aksi, TW I-IV target/realisasi pairs, NO annual realisasi
# ==========================================================================
ORDER20 = [("S1", ["A04", "A05", "A06", "A22", "A07", "A17", "A18"]),
           ("S2", ["A01", "A02", "A03", "A12", "A16"]),
           ("S3", ["A08", "A09", "A10", "A11"]),
           ("S4", ["A13", "A14", "A15", "A19", "A20", "dup:A13"])]
D = "-"
Q20 = {
    "A04": ([D, D, 3.00, 3.00], [D, D, 3.0415, None]),
    "A05": ([D, D, D, 70], [D, D, 66, 66]),
    "A06": ([100, D, D, D], [100, D, D, D]),
    "A22": ([100, D, D, D], [100, D, D, D]),
    "A07": ([2, 1, D, D], [2, 1, D, D]),
    "A17": ([D, D, D, G("BB")], [D, D, D, G("B")]),
    "A18": ([D, 78, D, 78], [D, 78.4, D, 79.12]),
    "A01": ([15, 30, 45, 55], [12.5, 25, 43.75, 56.25]),
    "A02": ([3, 4, 4, 4], [2, 5, 4, 5]),
    "A03": ([1, 1, 1, 1], [D, 2, 1, 1]),
    "A12": ([30, 30, 30, 30], [20, TX("25 nama", 25), 30, 20]),
    "A16": ([5, 5, 5, 5], [6, 5, 5, 4]),
    "A08": ([31, 32, 32, 33], [31, 31, 32, 32]),
    "A09": ([1, 1, 1, 1], [0, 1, 1, 1]),
    "A10": ([80, 80, 80, 80], [60, 70, 78.13, None]),
    "A11": ([D, D, D, 1], [D, D, D, 0]),
    "A13": ([100] * 4, [100] * 4),
    "A14": ([75] * 4, [70, 72, 74, 76]),
    "A15": ([40, 50, 60, 70], [38.89, 50, 61.11, 69.44]),
    "A19": ([P(90)] * 4, [P(85), P(87.5), P(90), P(90)]),
    "A20": ([3] * 4, [2, 2, 3, 2]),
}


def cv(x):
    if isinstance(x, V):
        return x
    if x is None:
        return BLANK
    if x == "-":
        return DASH()
    return N(x)


b20 = Book(ag, "RENAKSI_2020_BAGPEM", "xlsx", font="Calibri", size=11)
sh = b20.sheet("RENAKSI 2020")
Y = 2020
sh.widths(A=5, B=28, C=46, D=10, E=10, F=8, G=8, H=8, I=8, J=8, K=8, L=8, M=8, N=10, O=20)
for i, t in enumerate(["RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2020",
                       "BAGIAN PEMERINTAHAN SETDA KOTA LUBUK SEMILANG", "Posisi s.d. Triwulan IV (Desember 2020)"]):
    sh.put(1 + i, 1, t, bold=(i < 2), h="center", size=12 if i < 2 else 11)
    sh.merge(1 + i, 1, 1 + i, 15)
hdr = 5
for c, t in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"),
             (5, "Target Tahunan"), (14, "Capaian (%)"), (15, "Penanggung Jawab")]:
    sh.put(hdr, c, t, bold=True, h="center", wrap=True, fill=BLUE)
    sh.merge(hdr, c, hdr + 1, c)
for k, tw in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
    c = 6 + 2 * k
    sh.put(hdr, c, tw, bold=True, h="center", fill=BLUE)
    sh.merge(hdr, c, hdr, c + 1)
    sh.put(hdr + 1, c, "Target", bold=True, h="center", fill=BLUE)
    sh.put(hdr + 1, c + 1, "Realisasi", bold=True, h="center", fill=BLUE)
for c in range(1, 16):
    sh.put(hdr + 2, c, c, h="center", italic=True, size=8)
r = hdr + 3
first = r
PJ = {"S1": "Subbag Otonomi Daerah", "S2": "Subbag Administrasi Kewilayahan",
      "S3": "Subbag Kerja Sama", "S4": "Subbag Administrasi Kewilayahan"}
no = 0
rows20 = {}
for sk, ids in ORDER20:
    r0 = r
    for j, item in enumerate(ids):
        dup = item.startswith("dup:")
        sid = item.split(":")[-1]
        no += 1
        sh.put(r, 1, no, h="center")
        sh.put(r, 3, "%s. %s" % ("abcdefgh"[j], NAME[sid][Y]) if not dup else "%s. %s" % ("abcdefgh"[j], NAME[sid][Y]), wrap=True)
        sh.put(r, 4, UNIT[sid], h="center")
        t, rv = VAL[sid][Y]
        T = {"A17": G("BB"), "A18": TX("78-80", 78), "A19": P(90)}.get(sid, N(t) if not isinstance(t, str) else G(t))
        sh.put(r, 5, T, h="center")
        qt, qr = Q20[sid]
        for k in range(4):
            sh.put(r, 6 + 2 * k, cv(qt[k]), h="center")
            sh.put(r, 7 + 2 * k, cv(qr[k]), h="center")
        rows20[sid] = rows20.get(sid, r)
        sh.put(r, 15, PJ[sk], wrap=True)
        rcells = [A(r, 7 + 2 * k) for k in range(4)]
        if not dup:
            ag.key(sh, r, 3, Y, sid, [A(r, 5)], rcells, ragg="sum" if sid in FLOWS else "last")
        else:
            ag.note(sh, r, "DUPLICATE of the A13 row (copy-pasted at the end of the sasaran block, letter prefix f.) - not keyed.")
        r += 1
    sh.put(r0, 2, SAS[sk], wrap=True, v_al="top")
    sh.merge(r0, 2, r - 1, 2)
last = r - 1
# capaian formulas
for sid, rr in rows20.items():
    if sid in FLOWS:
        f = "=SUM(G{0},I{0},K{0},M{0})/E{0}*100".format(rr)
    else:
        f = "=M{0}/E{0}*100".format(rr)
    if sid == "A04":
        f = "=K{0}/E{0}*100".format(rr)
    if sid == "A16":
        f = "=(2*E{0}-M{0})/E{0}*100".format(rr)
    if sid == "A06":
        f = "=M{0}/E{0}*100".format(rows20["A22"])
    cap = F(f, fmt="0.00")
    if sid == "A17":
        cap = DASH()
    if sid == "A20":
        cap = N(100)
    sh.put(rr, 14, cap, h="center")
for rr in range(first, last + 1):
    if sh.val(rr, 14) is None:
        sh.put(rr, 14, F("=M{0}/E{0}*100".format(rr), fmt="0.00"), h="center")
sh.box(hdr, 1, last, 15)
N20 = {
    "A04": "Score published in TW III only (TW I/II '-', TW IV blank): level indicator, last reported quarter = TW III 3,0415. Capaian formula uses K (TW III).",
    "A05": "Negative indicator (rank): capaian formula is the positive =M/E*100 (94,29) although 66 is better than 70.",
    "A06": "Capaian formula points at the A22 row (=M{0}/E{0}*100) instead of its own row.".format(rows20["A22"]),
    "A07": "Flow: quarters 2 + 1 + '-' + '-' = 3.",
    "A17": "Grade: annual target BB, TW IV realisasi B -> keyed null/null; capaian '-'.",
    "A18": "Annual target typed as a range '78-80' -> keyed 78 (lower bound); capaian =M/E*100 returns #VALUE!.",
    "A12": "Flow; TW II realisasi typed as text '25 nama' (read as 25) -> realisasi 20+25+30+20 = 95. The capaian =SUM(...)/E*100 silently drops the text cell (58,33 instead of 79,17).",
    "A03": "Flow; TW I realisasi '-' -> 0; sum 4.",
    "A10": "Level; TW IV realisasi left blank -> last reported quarter TW III = 78,13. Capaian =M/E*100 shows 0.",
    "A11": "Flow; '-' in TW I-III, 0 typed in TW IV -> realisasi 0.",
    "A16": "Negative level indicator, last quarter 4; capaian uses (2*E-M)/E*100 = 120 (correct formula here).",
    "A19": "Target and quarter cells percent-formatted (0,9 shown 90,00%) -> keyed in percent points 90 / 90.",
    "A20": "Flow 2+2+3+2 = 9 against 12, but capaian typed 100 (true 75).",
    "A15": "Level, cumulative quarter targets 40/50/60/70; last quarter 69,44.",
}
for sid, txt in N20.items():
    ag.note(sh, rows20[sid], txt)
r = last + 2
sig(sh, r, 11, "Lubuk Semilang, 11 Januari 2021", "Kepala Bagian Pemerintahan", KABAG)
b20.describe("RENAKSI 2020", "Quarterly Rencana Aksi. Title rows 1-3. Header rows %d-%d (Triwulan I..IV merged over Target | Realisasi), column-number row %d (1..15). Columns: A No | B Sasaran Strategis (merged) | C Indikator Kinerja (names carry letter prefixes 'a. ', 'b. ' ...) | D Satuan | E Target Tahunan | F/G TW I T/R | H/I TW II T/R | J/K TW III T/R | L/M TW IV T/R | N Capaian (%%) | O Penanggung Jawab. NO annual realisasi column: key realisasi = sum of the four quarters for flows (%s), last reported quarter for the others. Data rows %d-%d." % (hdr, hdr + 1, hdr + 2, ", ".join(sorted(FLOWS & set(Q20))), first, last))
shc = b20.sheet("Catatan")
for i, t in enumerate([
        "CATATAN PENGISIAN RENCANA AKSI 2020",
        "1. Skor EKPPD tahun 2020 (hasil evaluasi atas LPPD 2019) diumumkan Kemendagri pada Triwulan III.",
        "2. Realisasi TW IV Persentase kerjasama daerah yang ditindaklanjuti belum masuk, menunggu laporan OPD mitra.",
        "3. Target kerjasama luar negeri 1 naskah (sister city) tertunda akibat pandemi Covid-19.",
        "4. Rakor TW II dan TW IV sebagian dibatalkan (refocusing anggaran), realisasi 9 dari 12 kali.",
        "5. Data ini bersifat sementara sebelum direviu Inspektorat.",
]):
    shc.put(1 + i, 1, t, bold=(i == 0))
shc.widths(A=110)
b20.describe("Catatan", "Notes sheet (free text, 6 lines). Not keyed.")

# ==========================================================================
# 2021: card layout (one block of rows per indicator)  -- UNUSUAL LAYOUT U1
# ==========================================================================
b3 = Book(ag, "LKjIP 2022 dan PK 2021 Bagian Pemerintahan", "ods", font="Times New Roman", size=11)
sh22 = b3.sheet("Tabel 3.1 LKjIP 2022")
sh21 = b3.sheet("PK 2021")

ORDER21 = [("S1", ["A04", "A05", "A06", "A22", "A07", "A17", "A18"]),
           ("S2", ["A01", "A02", "A03", "A12", "A16"]),
           ("S3", ["A08", "A09", "A10", "A11", "dup:A09"]),
           ("S4", ["A13", "A14", "A15", "A20", "A21", "A23"])]
OV21 = {("A17", "R"): TX("71,25", 71.25), ("A12", "R"): TX("150 nama", 150),
        ("A10", "T"): TX(">= 85", 85), ("A15", "T"): P(80), ("A15", "R"): P(83.33)}
KET21 = {"A05": "Peringkat turun dari 66 (2020) menjadi 71.", "A06": "LPPD terlambat disampaikan 3 hari kalender.",
         "A03": "2 segmen batas kecamatan masih dalam proses kesepakatan.", "A16": "Sengketa batas Kel. Padang Rambai - Kel. Sungai Duren belum selesai."}
Y = 2021
sh = sh21
sh.widths(A=5, B=20, C=2, D=16, E=16, F=16, G=16, H=16)
for i, t in enumerate(["PENGUKURAN KINERJA TAHUN 2021", "BAGIAN PEMERINTAHAN", "SEKRETARIAT DAERAH KOTA LUBUK SEMILANG"]):
    sh.put(1 + i, 1, t, bold=True, h="center", size=12)
    sh.merge(1 + i, 1, 1 + i, 8)
r = 5
no = 0
prev = None
cards = {}
firstcard = None
for k, (sk, ids) in enumerate(ORDER21):
    sh.put(r, 1, "SASARAN STRATEGIS %d : %s" % (k + 1, SAS[sk]), bold=True, fill=YELLOW)
    sh.merge(r, 1, r, 8)
    ag.note(sh, r, "Sasaran heading row (not a key row).") if k == 0 else None
    r += 2
    for item in ids:
        dup = item.startswith("dup:")
        sid = item.split(":")[-1]
        no += 1
        t, rv = VAL[sid][Y]
        firstcard = firstcard or r
        sh.put(r, 1, no, h="center", v_al="top")
        labels = ["Indikator Kinerja", "Satuan", "Target 2021", "Realisasi 2021", "Capaian (%)", "Keterangan"]
        for j, lab in enumerate(labels):
            sh.put(r + j, 2, lab, bold=(j == 0))
            sh.put(r + j, 3, ":")
        sh.put(r, 4, NAME[sid][Y], wrap=True, bold=True)
        sh.merge(r, 4, r, 8)
        sh.put(r + 1, 4, UNIT[sid], h="left")
        T = OV21.get((sid, "T"), N(t))
        R = OV21.get((sid, "R"), N(rv))
        sh.put(r + 2, 4, T, h="left")
        sh.put(r + 3, 4, R, h="left")
        if sid in NEG and sid != "A05":
            capf = "=(2*D{0}-D{1})/D{0}*100".format(r + 2, r + 3)
        elif sid == "A21":
            capf = "=D{0}/D{1}*100".format(prev + 3, prev + 2)
        else:
            capf = "=D{0}/D{1}*100".format(r + 3, r + 2)
        sh.put(r + 4, 4, F(capf, fmt="0.00"), h="left")
        sh.put(r + 5, 4, KET21.get(sid, "Target tercapai." if sid not in ("A02", "A01") else "Target belum tercapai."), wrap=True)
        sh.merge(r + 5, 4, r + 5, 8)
        sh.box(r, 1, r + 5, 8)
        if dup:
            ag.note(sh, r, "DUPLICATE card of A09 (same name and figures, copy at the end of sasaran 3) - not keyed.")
        else:
            ag.key(sh, r, 4, Y, sid, [A(r + 2, 4)], [A(r + 3, 4)])
            cards[sid] = r
        prev = r
        r += 7
lastcard = r - 2
N21 = {
    "A05": "Negative (rank): 71 against 60 is worse, but capaian formula is positive =D/D*100 -> 118,33.",
    "A17": "Numeric this year (target 70 number, realisasi typed as text '71,25' -> 71.25). Other years are grades.",
    "A12": "Realisasi typed as text '150 nama' -> 150; capaian formula returns #VALUE!.",
    "A10": "Target typed '>= 85' -> keyed 85; capaian formula returns #VALUE!.",
    "A15": "Target and realisasi percent-formatted (0,8 / 0,8333) -> keyed 80 / 83.33. Capaian formula still right (104,16).",
    "A21": "Capaian formula points at the PREVIOUS card (A20's target/realisasi cells) -> 100 by accident.",
    "A16": "Negative, capaian (2T-R)/T = 100 (correct).",
}
for sid, txt in N21.items():
    ag.note(sh, cards[sid], txt)
r = lastcard + 2
sig(sh, r, 5, "Lubuk Semilang, 14 Januari 2022", "KEPALA BAGIAN PEMERINTAHAN,", KABAG)
b3.describe("PK 2021", "UNUSUAL LAYOUT U1 - 'cards': one bordered block of six rows per indicator, stacked down the sheet. Title rows 1-3. Each sasaran starts with a yellow heading row 'SASARAN STRATEGIS n : ...' (merged A:H). Card rows: A running number | B label | C ':' | D value: 'Indikator Kinerja' (name, merged D:H, this is the name cell) / 'Satuan' / 'Target 2021' / 'Realisasi 2021' / 'Capaian (%%)' formula / 'Keterangan' text; one blank row between cards. No column header row at all. Cards from row %d to %d; signature below." % (firstcard, lastcard))

# ==========================================================================
# 2022: LKjIP chapter III table with earlier years' realisasi + Renstra target
# ==========================================================================
ORDER22 = [("S1", ["A04", "A06", "A22", "A07", "A17", "A18"]),
           ("S2", ["A01", "A02", "A03", "A12", "A16"]),
           ("S3", ["A08", "A09", "A10", "A11"]),
           ("S4", ["A13", "A15b", "A20", "A21", "A23"])]
RENSTRA = {"A04": 3.25, "A06": 100, "A22": 100, "A07": 3, "A17": "A", "A18": 85, "A01": 100, "A02": 18,
           "A03": 5, "A12": 220, "A16": 1, "A08": 42, "A09": 6, "A10": 95, "A11": 2, "A13": 100,
           "A15b": 100, "A20": 12, "A21": 28, "A23": 5}
OV22 = {("A17", "T"): G("BB"), ("A17", "R"): G("BB"), ("A08", "R"): TX("40 naskah", 40),
        ("A11", "R"): DASH(), ("A20", "T"): N(120)}
Y = 2022
sh = sh22
sh.widths(A=5, B=26, C=44, D=10, E=9, F=9, G=9, H=9, I=10, J=10, K=12, L=13)
for i, t in enumerate(["Tabel 3.1",
                       "Capaian Indikator Kinerja Bagian Pemerintahan Setda Kota Lubuk Semilang Tahun 2022",
                       "dibandingkan dengan Realisasi Tahun-tahun Sebelumnya dan Target Akhir Renstra"]):
    sh.put(1 + i, 1, t, bold=(i == 0), h="center")
    sh.merge(1 + i, 1, 1 + i, 12)
hdr = 5
for c, t in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"),
             (11, "Target Akhir Renstra (2024)"), (12, "Capaian s.d. 2022 terhadap Renstra (%)")]:
    sh.put(hdr, c, t, bold=True, h="center", wrap=True, fill=GREY)
    sh.merge(hdr, c, hdr + 1, c)
sh.put(hdr, 5, "Realisasi", bold=True, h="center", fill=GREY)
sh.merge(hdr, 5, hdr, 7)
sh.put(hdr, 8, "Tahun 2022", bold=True, h="center", fill=GREY)
sh.merge(hdr, 8, hdr, 10)
for c, t in [(5, 2019), (6, 2020), (7, 2021), (8, "Target"), (9, "Realisasi"), (10, "Capaian (%)")]:
    sh.put(hdr + 1, c, t, bold=True, h="center", fill=GREY)
for c in range(1, 13):
    sh.put(hdr + 2, c, "(%d)" % c, h="center", italic=True, size=8)
r = hdr + 3
first = r
no = 0
rows22 = {}
PREV_ID = {"A15b": None}
for sk, ids in ORDER22:
    r0 = r
    for sid in ids:
        no += 1
        sh.put(r, 1, no, h="center")
        sh.put(r, 3, NAME[sid][Y], wrap=True)
        sh.put(r, 4, UNIT[sid], h="center")
        for k, py in enumerate([2019, 2020, 2021]):
            pv = VAL.get(sid, {}).get(py)
            if sid == "A02" and py == 2021:
                v = N(14)
            elif pv is None or sid == "A15b":
                v = DASH()
            elif isinstance(pv[1], str):
                v = G(pv[1])
            else:
                v = N(pv[1])
            sh.put(r, 5 + k, v, h="center")
        t, rv = VAL[sid][Y]
        T = OV22.get((sid, "T"), G(t) if isinstance(t, str) else N(t))
        R = OV22.get((sid, "R"), G(rv) if isinstance(rv, str) else N(rv))
        sh.put(r, 8, T, h="center")
        sh.put(r, 9, R, h="center")
        if sid == "A17":
            sh.put(r, 10, N(100), h="center")
        elif sid in NEG and sid != "A16":
            sh.put(r, 10, F("=(2*H{0}-I{0})/H{0}*100".format(r), fmt="0.00"), h="center")
        else:
            sh.put(r, 10, F("=I{0}/H{0}*100".format(r), fmt="0.00"), h="center")
        rs = RENSTRA[sid]
        sh.put(r, 11, G(rs) if isinstance(rs, str) else N(rs), h="center")
        if sid == "A17":
            sh.put(r, 12, DASH(), h="center")
        elif sid == "A09":
            sh.put(r, 12, F("=I{0}/K{0}*100".format(r + 1), fmt="0.00"), h="center")
        else:
            sh.put(r, 12, F("=I{0}/K{0}*100".format(r), fmt="0.00"), h="center")
        ag.key(sh, r, 3, Y, sid, [A(r, 8)], [A(r, 9)])
        rows22[sid] = r
        r += 1
    sh.put(r0, 2, SAS[sk], wrap=True, v_al="top")
    sh.merge(r0, 2, r - 1, 2)
last = r - 1
sh.box(hdr, 1, last, 12)
N22 = {
    "A02": "Realisasi 2021 column says 14, but the 2021 card (sheet 'PK 2021') says 13: cross-year disagreement (only 2022 is keyed here).",
    "A16": "Negative indicator (2 cases left against 3 allowed is better) but capaian formula is positive =I/H*100 (66,67).",
    "A20": "Target typed 10x: 120 instead of 12 (every other year 12) -> keyed as typed 120; capaian 10,83.",
    "A08": "Realisasi typed as text '40 naskah' -> 40; capaian formula returns #VALUE!.",
    "A11": "Realisasi '-' -> keyed null.",
    "A17": "Grade BB / BB -> null/null; capaian typed 100; earlier-year columns 'B', 'B', 71,25 (2021 was numeric).",
    "A15b": "Redefined indicator (profil kelurahan diperbarui) replacing A15 (data monografi mutakhir); earlier-year columns '-'. Listed as ambiguous pair A15/A15b.",
    "A09": "Column 12 (capaian thd Renstra) formula points at the next row (=I{0}/K{0}*100).".format(rows22["A09"] + 1),
    "A01": "Unit written inside the name '(%)' (also A06, A10, A13, A22, A15b and '(segmen)', '(naskah)', ... on most rows this year).",
}
for sid, txt in N22.items():
    ag.note(sh, rows22[sid], txt)
ag.note(sh, hdr + 1, "Header row 6 holds the years 2019 / 2020 / 2021 as numbers over the earlier realisasi columns; only the 2022 Target/Realisasi (H, I) are keyed.")
r = last + 2
sh.put(r, 1, "Sumber: Laporan Capaian Kinerja Bagian Pemerintahan 2019-2022 (diolah)", italic=True)
b3.describe("Tabel 3.1 LKjIP 2022", "LKjIP chapter III table. Title rows 1-3. Header rows %d-%d ('Realisasi' merged over 2019 | 2020 | 2021; 'Tahun 2022' merged over Target | Realisasi | Capaian (%%)), column-number row %d '(1)'..'(12)'. Columns: A No | B Sasaran Strategis (merged) | C Indikator Kinerja (units in brackets in the names) | D Satuan | E Realisasi 2019 | F Realisasi 2020 | G Realisasi 2021 | H Target 2022 | I Realisasi 2022 | J Capaian 2022 | K Target Akhir Renstra (2024) | L Capaian s.d. 2022 thd Renstra. Data rows %d-%d. Only 2022 keyed." % (hdr, hdr + 1, hdr + 2, first, last))

ag.dump()
print(ag.slug, len(ag.rows), "key rows")
