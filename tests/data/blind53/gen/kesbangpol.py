"""Agency B: Badan Kesatuan Bangsa dan Politik, Kota Sanggar Wulan (invented), 2021-2024."""
from common import Book, K, P, S, DASH, G, F, V, Agg, signature

AGENCY = "Badan Kesatuan Bangsa dan Politik Kota Sanggar Wulan"
SLUG = "kesbangpol_sanggar_wulan"
KABAN = ("Drs. ANDREAS PALUMBUNG, M.Si", "Pembina Tingkat I (IV/b)", "NIP. 19710825 199203 1 004")
BAPPEDA = ("Dr. Ir. SITI HANDAYANI RAHMAN, M.T", "Pembina Utama Muda (IV/c)", "NIP. 19690317 199503 2 002")

N = {
 "B01": {2021: "Persentase penanganan konflik sosial", 2022: "Prosentase Penanganan Konflik Sosial"},
 "B01b": {2023: "Persentase konflik sosial yang diselesaikan secara tuntas",
          2024: "• (1) Persentase Konflik Sosial yg Terselesaikan Tuntas"},
 "B02": {2021: "Jumlah kejadian konflik sosial", 2022: "Jumlah konflik sosial yang terjadi",
         2023: "Jml. konflik sosial yg terjadi (kejadian)", 2024: "• (2) Jumlah Kejadian Konflik Sosial"},
 "B03": {2021: "Jumlah ormas yang terdaftar", 2022: "Jumlah Organisasi Kemasyarakatan (Ormas) terdaftar",
         2023: "Jumlah Ormas yang terdaftar di Kesbangpol (kumulatif)",
         2024: "• (4) Jumlah ormas terdaftar – bertambah 24 ormas dibanding tahun 2023"},
 "B04": {2022: "Jumlah ormas baru yang terdaftar", 2023: "Jumlah Ormas Baru Terdaftar",
         2024: "• (5) Jumlah Ormas baru yg mendaftar"},
 "B05": {2021: "Persentase ormas yang menyampaikan laporan kegiatan", 2022: "Persentase Ormas yang Melaporkan Kegiatan",
         2023: "Persentase ormas yang menyampaikan laporan keberadaan & kegiatan",
         2024: "• (6) Persentase ormas yang menyampaikan laporan kegiatan"},
 "B06": {2024: "• (16) Tingkat Partisipasi Pemilih pada Pemilu Tahun 2024 (81,3 %)"},
 "B07": {2023: "Persentase pemilih pemula yang mendapat pendidikan politik",
         2024: "• (17) Persentase Pemilih Pemula yang Mendapatkan Pendidikan Politik"},
 "B08": {2021: "Jumlah pertemuan Forum Kewaspadaan Dini Masyarakat (FKDM)", 2022: "Jumlah rapat FKDM",
         2023: "Jumlah pertemuan Forum Kewaspadaan Dini Masyarakat", 2024: "• (8) Jumlah Pertemuan FKDM"},
 "B09": {2021: "Jumlah pertemuan Forum Kerukunan Umat Beragama (FKUB)", 2022: "Jumlah rapat FKUB",
         2023: "Jumlah pertemuan FKUB", 2024: "• (9) Jumlah Pertemuan Forum Kerukunan Umat Beragama"},
 "B10": {2021: "Jumlah rapat koordinasi Tim Pengawasan Orang Asing (Tim PORA)", 2022: "Jumlah Rakor Tim PORA",
         2023: "Jumlah rapat koordinasi Tim Pora"},
 "B11": {2021: "Jumlah laporan informasi deteksi dini yang disampaikan kepada Wali Kota",
         2022: "Jumlah laporan deteksi dini kepada Walikota", 2023: "Jumlah Laporan Informasi Deteksi Dini",
         2024: "• (7) Jumlah laporan informasi deteksi dini yang disampaikan kepada Wali Kota"},
 "B12": {2021: "Jumlah Surat Keterangan Penelitian (SKP) yang diterbitkan", 2022: "Jumlah SKP yang diterbitkan",
         2023: "Jumlah surat keterangan penelitian yg diterbitkan", 2024: "• (12) Jumlah SKP diterbitkan"},
 "B13": {2021: "Persentase rekomendasi penelitian yang diterbitkan tepat waktu",
         2022: "Persentase rekomendasi penelitian yang diterbitkan tepat waktu (≤ 3 hari kerja)",
         2023: "Persentase rekomendasi izin penelitian yang",
         2024: "• (13) Persentase SKP yang terbit tepat waktu"},
 "B14": {2021: "Indeks Kerukunan Umat Beragama (KUB)", 2022: "Indeks KUB", 2023: "Indeks Kerukunan Umat Beragama",
         2024: "• (3) Indeks Kerukunan Umat Beragama – hasil survei bersama FKUB"},
 "B15": {2021: "Indeks Demokrasi Indonesia (IDI) Kota Sanggar Wulan", 2022: "IDI Kota",
         2023: "Indeks Demokrasi Indonesia", 2024: "• (15) Indeks Demokrasi Indonesia (IDI) Kota"},
 "B16": {2021: "Jumlah peserta pendidikan wawasan kebangsaan",
         2022: "Jumlah peserta Pendidikan Wawasan Kebangsaan & Bela Negara (orang)",
         2023: "Jumlah peserta wasbang", 2024: "• (11) Jumlah Peserta Pendidikan Wawasan Kebangsaan"},
 "B17": {2021: "Jumlah partai politik penerima bantuan keuangan", 2022: "Jumlah Parpol penerima bantuan keuangan",
         2023: "Jumlah partai politik yang menerima bantuan keuangan", 2024: "• (18) Jumlah Parpol Penerima Banpol"},
 "B18": {2021: "Persentase partai politik yang menyampaikan LPJ bantuan keuangan tepat waktu",
         2022: "Persentase Parpol yang menyampaikan LPJ bantuan keuangan tepat waktu",
         2023: "Persentase partai politik yg menyampaikan laporan pertanggungjawaban bantuan keuangan tepat waktu",
         2024: "• (19) Persentase Parpol yang menyampaikan LPJ Banpol tepat waktu"},
 "B19": {2021: "Jumlah kegiatan unjuk rasa yang terpantau", 2022: "Jumlah unjuk rasa yang dipantau",
         2023: "Jumlah kegiatan unjuk rasa yang terpantau",
         2024: "• (10) Jumlah kegiatan unjuk rasa yang terpantau dan dilaporkan"},
 "B20": {2021: "Nilai SAKIP Badan Kesbangpol", 2022: "Predikat SAKIP",
         2024: "• (20) Nilai Evaluasi SAKIP Badan Kesatuan Bangsa dan Politik"},
 "B21": {2022: "Persentase kelurahan yang memiliki Forum Pembauran Kebangsaan (FPK) aktif",
         2023: "Persentase kelurahan dengan FPK aktif", 2024: "• (14) Persentase Kelurahan yang memiliki FPK aktif"},
}
UNIT = {"B01": "%", "B01b": "%", "B02": "kejadian", "B03": "ormas", "B04": "ormas", "B05": "%", "B06": "%",
        "B07": "%", "B08": "kali", "B09": "kali", "B10": "kali", "B11": "laporan", "B12": "surat", "B13": "%",
        "B14": "indeks", "B15": "indeks", "B16": "orang", "B17": "parpol", "B18": "%", "B19": "kali",
        "B20": "predikat", "B21": "%"}
FLOWS = ["B02", "B04", "B08", "B09", "B10", "B11", "B12", "B16", "B19"]
TR = {
 "B01": {2021: (100, 100), 2022: (100, 92.3)},
 "B01b": {2023: (90, 87.5), 2024: (92, 94.1)},
 "B02": {2021: (5, 4), 2022: (5, 6), 2023: (4, 3), 2024: (4, 2)},
 "B03": {2021: (210, 214), 2022: (225, 231), 2023: (240, 238), 2024: (255, 262)},
 "B04": {2022: (15, 17), 2023: (15, 7), 2024: (15, 24)},
 "B05": {2021: (60, 58.1), 2022: (65, 66.2), 2023: (70, 71.4), 2024: (75, 76.0)},
 "B06": {2024: (77.5, 81.34)},
 "B07": {2023: (50, 56.4), 2024: (60, 62.0)},
 "B08": {2021: (12, 12), 2022: (12, 10), 2023: (12, 12), 2024: (12, 14)},
 "B09": {2021: (6, 6), 2022: (6, 7), 2023: (8, 8), 2024: (8, 9)},
 "B10": {2021: (4, 4), 2022: (4, 3), 2023: (4, 4)},
 "B11": {2021: (24, 26), 2022: (24, 24), 2023: (36, 38), 2024: (36, 41)},
 "B12": {2021: (300, 342), 2022: (320, 298), 2023: (350, 377), 2024: (350, 365)},
 "B13": {2021: (90, 93.3), 2022: (92, 91.0), 2023: (95, 96.2), 2024: (95, 97.5)},
 "B14": {2021: (75.0, 76.12), 2022: (75.5, 74.80), 2023: (76.0, 77.35), 2024: (76.5, 78.02)},
 "B15": {2021: (78.0, 79.21), 2022: (79.0, 80.36), 2023: (80.0, 78.94), 2024: (81.0, None)},
 "B16": {2021: (1200, 1250), 2022: (1200, 1315), 2023: (1500, 1480), 2024: (1500, 1622)},
 "B17": {2021: (9, 9), 2022: (9, 9), 2023: (9, 9), 2024: (10, 10)},
 "B18": {2021: (100, 88.9), 2022: (100, 100), 2023: (100, 100), 2024: (100, 90.0)},
 "B19": {2021: (30, 37), 2022: (None, 42), 2023: (35, 29), 2024: (40, 51)},
 "B20": {2021: ("B", "B"), 2022: ("B", "BB"), 2024: ("BB", "BB")},
 "B21": {2022: (40, 41.7), 2023: (50, 52.1), 2024: (60, 58.3)},
}


def kv(x, dec="0.00"):
    if x is None:
        return DASH()
    if isinstance(x, str):
        return G(x)
    if isinstance(x, float) and not x.is_integer():
        return K(x, dec)
    return K(x)


# ------------------------------------------------------------------ 2021: Permendagri 86 form E.81
Q2021 = {
 "B01": ["-", "-", "-", 100], "B14": ["-", "-", "-", 76.12], "B15": ["-", "-", "-", 79.21],
 "B02": [1, 2, 0, 1], "B08": [3, 3, 3, 3], "B11": [6, 7, 6, 7], "B19": [8, 11, 9, 9], "B10": [1, 1, 1, 1],
 "B12": [78, 92, 85, 87], "B13": [91.7, 92.5, 93.0, 93.3], "B03": [211, 212, 213, 214],
 "B05": [20.5, 35.2, 47.6, 58.1], "B09": [1, 2, 1, 2], "B18": ["-", 88.9, 88.9, 88.9], "B17": [9, 9, 9, 9],
 "B16": ["-", 450, 500, 300], "B20": ["-", "-", "-", "B"],
}
REN2026 = {"B01": 100, "B14": 78.0, "B15": 82.0, "B02": 3, "B08": 72, "B11": 180, "B19": None, "B10": None,
           "B12": 2000, "B13": 98, "B03": 280, "B05": 85, "B09": 44, "B18": 100, "B17": 10, "B16": 8000, "B20": "A"}
BASE2020 = {"B01": 100, "B14": 74.9, "B15": 77.6, "B02": 0, "B08": 0, "B11": 0, "B19": 0, "B10": 0, "B12": 0,
            "B13": 88.5, "B03": 205, "B05": 55.0, "B09": 0, "B18": 77.8, "B17": 9, "B16": 0, "B20": "CC"}


def e81_2021():
    b = Book(AGENCY, "E81 Evaluasi Renja Kesbangpol TW IV 2021", "xlsx")
    sh = b.sheet("TW IV 2021")
    sh.widths({"A": 6, "B": 22, "C": 30, "D": 36, "E": 9, "Z": 16})
    for col in "FGHIJKLMNOPQRSTUVWXY":
        sh.ws.column_dimensions[col].width = 9 if col in "FHJLNPRTVX" else 13
    sh.title(1, 1, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA SANGGAR WULAN", 26)
    sh.title(2, 1, "RENJA PERANGKAT DAERAH BADAN KESATUAN BANGSA DAN POLITIK KOTA SANGGAR WULAN", 26)
    sh.title(3, 1, "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2021", 26)
    sh.text(4, 1, "Indikator dan target kinerja Perangkat Daerah Kota yang mengacu pada sasaran RKPD : "
                  "Meningkatnya kondusivitas wilayah dan kualitas demokrasi", 26, italic=True)
    for c, h in [(1, "No"), (2, "Sasaran"), (3, "Program / Kegiatan"),
                 (4, "Indikator Kinerja Program (outcome) / Kegiatan (output)"), (5, "Satuan"),
                 (26, "Unit Perangkat Daerah Penanggung Jawab")]:
        sh.put(6, c, h, bold=True, merge=(8, c), align="center")
    pairs = [(6, "Target Kinerja dan Anggaran Renstra PD Tahun 2026 (Akhir Periode Renstra PD)"),
             (8, "Realisasi Capaian Kinerja dan Anggaran Renstra PD s/d Renja PD Tahun Lalu (2020)"),
             (10, "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi"),
             (20, "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2021)"),
             (22, "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021 (Akhir Tahun Pelaksanaan Renja PD)"),
             (24, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)")]
    for c, h in pairs:
        sh.put(6, c, h, bold=True, merge=(7, c + 1), align="center")
    sh.put(6, 12, "Realisasi Kinerja Pada Triwulan", bold=True, merge=(6, 19), align="center")
    for k, tw in enumerate(["I", "II", "III", "IV"]):
        sh.put(7, 12 + 2 * k, tw, bold=True, merge=(7, 13 + 2 * k), align="center")
    for c in range(6, 26, 2):
        sh.put(8, c, "K", bold=True, align="center")
        sh.put(8, c + 1, "Rp", bold=True, align="center")
    nums = [(1, "1"), (2, "2"), (3, "3"), (4, "4"), (5, "5")]
    for c, t in nums:
        sh.put(9, c, t, align="center", italic=True)
    labels = ["6", "7", "8", "9", "10", "11", "12", "13 = 9+10+11+12", "14 = 7+13", "15 = 14/6 x 100"]
    for k, t in enumerate(labels):
        sh.put(9, 6 + 2 * k, t, merge=(9, 7 + 2 * k), align="center", italic=True)
    sh.put(9, 26, "16", align="center", italic=True)
    b.describe(sh, "Permendagri 86/2017 form E.81, TW IV 2021. Title rows 1-4; header rows 6-8 (row 8: K / Rp under each "
                   "pair); row 9 numbers the columns with the rules '13 = 9+10+11+12', '14 = 7+13', '15 = 14/6 x 100'. "
                   "Columns: A No/code, B Sasaran (merged down its block), C Program / Kegiatan (merged down its "
                   "indicators), D Indikator, E Satuan, F/G (6) Renstra 2026 K/Rp, H/I (7) realisasi s/d 2020, J/K (8) "
                   "Target Renja 2021 K/Rp, L-S (9-12) TW I-IV K/Rp, T/U (13) realisasi 2021, V/W (14), X/Y (15), Z (16) unit. "
                   "Key: target = J (K of column 8), realisasi = T (K of column 13). Sasaran-level, programme-level and "
                   "kegiatan-level indicators are all key rows; programme / kegiatan names and Rp figures are not.")
    blocks = [  # (code, sasaran, prog/keg name, level, ids, pagu, realisasi quarterly Rp)
        ("1", "Meningkatnya kondusivitas ketenteraman dan ketertiban masyarakat", None, "S", ["B01", "B14", "B15"], None),
        ("1.1", None, "Program Peningkatan Kewaspadaan Nasional dan Peningkatan Kualitas dan Fasilitasi Penanganan "
                      "Konflik Sosial", "P", ["B02"], (1185000000, [210400000, 301250000, 288900000, 342115000])),
        ("1.1.1", None, "Pelaksanaan Kewaspadaan Nasional", "K", ["B08", "B11", "B19"],
         (520000000, [98500000, 131200000, 127400000, 150300000])),
        ("1.1.2", None, "Pengawasan Orang Asing dan Lembaga Asing di Daerah", "K", ["B10"],
         (145000000, [22000000, 38500000, 35600000, 44100000])),
        ("1.1.3", None, "Fasilitasi Penerbitan Surat Keterangan Penelitian", "K", ["B12", "B13"],
         (95000000, [18750000, 24100000, 22300000, 26415000])),
        ("2", "Meningkatnya pembinaan ormas, kerukunan dan wawasan kebangsaan", None, "S", ["B03"], None),
        ("2.1", None, "Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan", "P", ["B05"],
         (310000000, [51200000, 77800000, 80100000, 92450000])),
        ("2.2", None, "Program Pembinaan dan Pengembangan Ketahanan Ekonomi, Sosial, dan Budaya", "P", [],
         (260000000, [40100000, 66200000, 71000000, 76300000])),
        ("2.2.1", None, "Fasilitasi Forum Kerukunan Umat Beragama", "K", ["B09"],
         (260000000, [40100000, 66200000, 71000000, 76300000])),
        ("2.3", None, "Program Perumusan Kebijakan, Pemantapan, Pembinaan dan Pengembangan Ideologi dan Wawasan "
                      "Kebangsaan", "P", [], (415000000, [0, 132000000, 151500000, 118900000])),
        ("2.3.1", None, "Penyelenggaraan Pendidikan Wawasan Kebangsaan", "K", ["B16"],
         (415000000, [0, 132000000, 151500000, 118900000])),
        ("3", "Meningkatnya kualitas demokrasi dan akuntabilitas kinerja", None, "S", [], None),
        ("3.1", None, "Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik "
                      "dan Pengembangan Etika serta Budaya Politik", "P", ["B18"],
         (2060000000, [15000000, 1998500000, 12300000, 21700000])),
        ("3.1.1", None, "Fasilitasi Bantuan Keuangan Partai Politik", "K", ["B17"],
         (2020000000, [0, 1998500000, 0, 0])),
        ("3.2", None, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "P", ["B20"],
         (3150000000, [702400000, 781300000, 760250000, 871900000])),
    ]
    r = 10
    sas_start = None
    block_rows = []
    for code, sas, name, lvl, ids, money in blocks:
        n = max(1, len(ids))
        block_rows.append((r, n, code, sas, name, lvl, ids, money))
        r += n
    last = r - 1
    # sasaran merges: from sasaran row to before next sasaran
    srows = [br for br in block_rows if br[5] == "S"]
    for k, br in enumerate(srows):
        end = (srows[k + 1][0] - 1) if k + 1 < len(srows) else last
        sh.put(br[0], 2, br[3], merge=(end, 2))
        b.note(sh, br[0], "Sasaran cell merged B%d:B%d - not a key row" % (br[0], end))
    for (r0, n, code, sas, name, lvl, ids, money) in block_rows:
        sh.put(r0, 1, code, align="center", merge=(r0 + n - 1, 1) if n > 1 else None)
        if name:
            sh.put(r0, 3, name, bold=(lvl == "P"), merge=(r0 + n - 1, 3) if n > 1 else None)
        if money:
            pagu, q = money
            sh.put(r0, 11, K(pagu))
            for k in range(4):
                sh.put(r0, 13 + 2 * k, K(q[k]) if q[k] else DASH())
            sh.put(r0, 21, F("=SUM(M%d,O%d,Q%d,S%d)" % ((r0,) * 4), None, "#,##0"))
            sh.put(r0, 23, F("=I%d+U%d" % (r0, r0), None, "#,##0"))
            sh.put(r0, 25, F("=IFERROR(W%d/G%d*100,0)" % (r0, r0), None, "0.00"))
            sh.put(r0, 7, K(pagu * 5 + 350000000))
            sh.put(r0, 9, K(int(pagu * 0.93)))
        if not ids:
            b.note(sh, r0, "%s row '%s' has no indicator of its own (only Rp) - not a key row" % ("Programme" if lvl == "P" else "Sasaran", (name or sas)[:40]))
        for j, i in enumerate(ids):
            rr = r0 + j
            t, _ = TR[i][2021]
            name_ref = sh.put(rr, 4, N[i][2021])
            sh.put(rr, 5, UNIT[i], align="center")
            ren = REN2026[i]
            sh.put(rr, 6, kv(ren) if ren is not None else "")
            sh.put(rr, 8, kv(BASE2020[i]))
            tref = sh.put(rr, 10, kv(t))
            q = Q2021[i]
            qrefs = [sh.put(rr, 12 + 2 * k, kv(q[k]) if q[k] != "-" else DASH()) for k in range(4)]
            if i in FLOWS:
                rv = F("=L%d+N%d+P%d+R%d" % ((rr,) * 4), Agg("sum", qrefs).key, "0")
                if i == "B16":
                    rv = F("=SUM(L%d,N%d,P%d,R%d)" % ((rr,) * 4), Agg("sum", qrefs).key, "#,##0")
                    b.note(sh, rr, "B16 TW I K is '-' (no training yet); column 13 uses SUM so the dash is skipped (1.250)")
                if i == "B11":
                    rv = V(0, 0, "0")
                    b.note(sh, rr, "B11 column 13 (T) TYPED OVER as 0 while the quarters hold 6+7+6+7 = 26: keyed as typed, "
                                   "realisasi 0")
            else:
                rv = F("=R%d" % rr, qrefs[3].v.key, "0.00" if isinstance(qrefs[3].v.key, float) else "0")
            rref = sh.put(rr, 20, rv)
            if i in FLOWS:
                sh.put(rr, 22, F("=H%d+T%d" % (rr, rr), None, "0"))
            else:
                sh.put(rr, 22, F("=T%d" % rr, None, None))
            if ren is None:
                sh.put(rr, 24, F("=V%d/F%d*100" % (rr, rr), None, "0.00"))
                b.note(sh, rr, "%s has no Renstra target (F blank): column 15 shows #DIV/0!" % i)
            elif isinstance(ren, str):
                sh.put(rr, 24, "-")
            else:
                sh.put(rr, 24, F("=IFERROR(V%d/F%d*100,0)" % (rr, rr), None, "0.00"))
            sh.put(rr, 26, "Bidang Kewaspadaan Nasional" if i in ("B01", "B02", "B08", "B11", "B19", "B10", "B14")
                   else ("Bidang Politik Dalam Negeri" if i in ("B15", "B17", "B18") else
                         ("Sekretariat" if i in ("B20", "B12", "B13") else "Bidang Ideologi dan Wawasan Kebangsaan")))
            if i == "B20":
                b.note(sh, rr, "B20 grade 'B' target, 'B' TW IV, column 13 =R -> 'B' : null / null")
            if i == "B02":
                b.note(sh, rr, "B02 is negative (fewer conflicts is better); column 15 still divides by the Renstra target")
            b.key(name_ref, 2021, i, tref, rref)
    r = last + 1
    sh.put(r, 1, "Rata-rata capaian kinerja (%)", bold=True, merge=(r, 23))
    sh.put(r, 24, F("=AVERAGE(X10:X%d)" % last, None, "0.0"))
    b.note(sh, r, "average row (its AVERAGE hits the #DIV/0! cells and shows an error) - not a key row")
    sh.put(r + 1, 1, "Predikat kinerja", bold=True, merge=(r + 1, 23))
    sh.put(r + 1, 24, "Tinggi")
    b.note(sh, r + 1, "predikat typed 'Tinggi' although the average above shows #DIV/0!")
    texts = ["Faktor pendorong keberhasilan pencapaian : dukungan FKDM, FKUB dan aparat kewilayahan.",
             "Faktor penghambat pencapaian kinerja : pembatasan kegiatan tatap muka (PPKM) pada triwulan III.",
             "Tindak lanjut yang diperlukan dalam triwulan berikutnya : percepatan pelaksanaan kegiatan luring.",
             "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya : penyesuaian target Renstra."]
    for k, t in enumerate(texts):
        sh.text(r + 3 + k, 1, t, 20)
    s0 = r + 8
    sh.text(s0, 2, "Disusun", 4, align="center")
    signature(sh, s0 + 1, 2, "Sanggar Wulan, 14 Januari 2022", "KEPALA BADAN KESATUAN BANGSA DAN POLITIK", *KABAN)
    sh.text(s0, 18, "Dievaluasi", 21, align="center")
    signature(sh, s0 + 1, 18, "Sanggar Wulan, 21 Januari 2022", "KEPALA BAPPEDA KOTA SANGGAR WULAN", *BAPPEDA)
    b.describe(sh, "Data rows 10-%d: 17 indicator rows (sasaran, programme and kegiatan level); rows %d-%d average, "
                   "predikat, faktor pendorong/penghambat, tindak lanjut and two signatures (Disusun / Dievaluasi)."
               % (last, last + 1, s0 + 8))
    return b


# ------------------------------------------------------------------ 2022 (T/R in one cell) + 2023 (dot decimals)
TR2022 = {  # id: (cell 2022, key T, key R, cell 2021)
 "B01": ("100 / 92,3", 100, 92.3, "100 / 100"),
 "B02": ("5 / 6", 5, 6, "5 / 4"),
 "B14": ("75,5 / 74,80", 75.5, 74.8, "75 / 76,12"),
 "B15": ("79 / 80,36", 79, 80.36, "78 / 79,21"),
 "B08": ("T: 12 R: 10", 12, 10, "T: 12 R: 12"),
 "B11": ("24/24", 24, 24, "24/26"),
 "B19": ("- / 42", None, 42, "30 / 37"),
 "B10": ("T: 4 R: 3", 4, 3, "T: 4 R: 4"),
 "B03": ("T: 225 R: 231", 225, 231, "T: 210 R: 214"),
 "B04": ("15 / 17", 15, 17, "-"),
 "B05": ("65% / 66,2%", 65, 66.2, "60% / 58,1%"),
 "B09": ("6 / 7", 6, 7, "6 / 6"),
 "B21": ("40 / 41,7", 40, 41.7, "-"),
 "B16": ("1.200 / 1.315 orang", 1200, 1315, "1.200 / 1.250 orang"),
 "B12": ("320 / 298", 320, 298, "300 / 342"),
 "B13": ("920 / 91", 920, 91, "90 / 93,3"),
 "B17": ("9 / 9", 9, 9, "9 / 9"),
 "B18": ("100 / 100", 100, 100, "100 / 88,9"),
 "B20": ("B / BB", None, None, "B / B"),
}
CAP2022 = {"B01": 92.3, "B02": 120, "B14": 99.07, "B15": 101.72, "B08": 83.33, "B11": 100, "B19": "-", "B10": 75,
           "B03": 102.67, "B04": 113.33, "B05": 101.85, "B09": 116.67, "B21": 104.25, "B16": 109.58, "B12": 103,
           "B13": 9.89, "B17": 100, "B18": 100, "B20": 100}


def kinerja_2022_2023():
    b = Book(AGENCY, "Capaian Kinerja Kesbangpol 2022-2023", "ods")
    sh = b.sheet("Kinerja 2022")
    sh.widths({"A": 5, "B": 26, "C": 44, "D": 10, "E": 18, "F": 20, "G": 12, "H": 22})
    sh.title(1, 1, "CAPAIAN INDIKATOR KINERJA BADAN KESBANGPOL KOTA SANGGAR WULAN", 8, size=12)
    sh.title(2, 1, "TAHUN 2022", 8)
    sh.title(3, 1, "(isian kolom tahun : Target / Realisasi)", 8, bold=False)
    for c, h in [(1, "No"), (2, "Sasaran"), (3, "Indikator Kinerja"), (4, "Satuan"), (7, "Capaian 2022 (%)"),
                 (8, "Keterangan")]:
        sh.put(5, c, h, bold=True, merge=(6, c), align="center")
    sh.put(5, 5, "Tahun 2021", bold=True, align="center")
    sh.put(5, 6, "Tahun 2022", bold=True, align="center")
    sh.put(6, 5, "T / R", bold=True, align="center")
    sh.put(6, 6, "T / R", bold=True, align="center")
    for c in range(1, 9):
        sh.put(7, c, "(%d)" % c, italic=True, align="center")
    b.describe(sh, "Unexpected layout: Target and Realisasi of a year share ONE cell ('100 / 92,3', 'T: 12 R: 10', "
                   "'1.200 / 1.315 orang', 'B / BB', '- / 42'). Title rows 1-3; header rows 5-6; numbering row 7. Columns: "
                   "A No, B Sasaran (merged down), C Indikator, D Satuan, E 'Tahun 2021' T/R (previous year, NOT keyed), "
                   "F 'Tahun 2022' T/R (keyed: target = part before '/' or after 'T:', realisasi = part after), "
                   "G Capaian 2022 typed, H Keterangan.")
    groups = [("Meningkatnya kondusivitas wilayah", ["B01", "B02", "B14", "B15", "B08", "B11", "B19", "B10"]),
              ("Meningkatnya pembinaan ormas dan wawasan kebangsaan",
               ["B03", "B04", "B05", "B09", "B21", "B16", "B12", "B13"]),
              ("Meningkatnya kualitas demokrasi dan akuntabilitas kinerja", ["B17", "B18", "B20"])]
    r = 8
    no = 0
    for sname, ids in groups:
        sh.put(r, 2, sname, merge=(r + len(ids) - 1, 2))
        for i in ids:
            no += 1
            cell, kt, kr, c21 = TR2022[i]
            sh.put(r, 1, no, align="center")
            name = sh.put(r, 3, N[i][2022])
            sh.put(r, 4, UNIT[i], align="center")
            sh.put(r, 5, c21, align="center")
            ref = sh.put(r, 6, V(cell, None, "@"), align="center")
            tref = type(ref)(ref.sheet, ref.coord, V(cell, kt, "@", "tr_t"))
            rref = type(ref)(ref.sheet, ref.coord, V(cell, kr, "@", "tr_r"))
            cp = CAP2022[i]
            sh.put(r, 7, V(cp, None, "0.00") if not isinstance(cp, str) else cp)
            ket = {"B19": "tanpa target (indikator pantauan)", "B02": "indikator negatif"}.get(i, "")
            sh.put(r, 8, ket)
            if i == "B02":
                b.note(sh, r, "B02 NEGATIVE indicator (conflicts): capaian typed 120 = 6/5 x 100, the positive formula")
            if i == "B12":
                b.note(sh, r, "B12 capaian typed 103 but 298 / 320 = 93,13")
            if i == "B13":
                b.note(sh, r, "B13 target typed 10x inside the cell: '920 / 91' (keyed as typed, target 920); capaian 9,89")
            if i == "B19":
                b.note(sh, r, "B19 '- / 42': no target (null), realisasi 42")
            if i == "B20":
                b.note(sh, r, "B20 'B / BB' grades -> null / null")
            if i == "B16":
                b.note(sh, r, "B16 '1.200 / 1.315 orang': thousands dots and a unit inside the pair")
            if i == "B08":
                b.note(sh, r, "B08 written 'T: 12 R: 10' (other rows use 'x / y')")
            b.key(name, 2022, i, tref, rref)
            r += 1
    last = r - 1
    b.describe(sh, "Data rows 8-%d (19 indicators)." % last)
    signature(sh, last + 2, 5, "Sanggar Wulan, 20 Januari 2023", "KEPALA BADAN KESBANGPOL", *KABAN)

    # ---------------- 2023
    sh = b.sheet("PK 2023")
    sh.widths({"A": 5, "B": 50, "C": 11, "D": 10, "E": 11, "F": 10, "G": 11, "H": 22})
    sh.title(1, 1, "PENGUKURAN KINERJA TAHUN 2023", 8, size=12)
    sh.title(2, 1, "BADAN KESATUAN BANGSA DAN POLITIK KOTA SANGGAR WULAN", 8)
    for c, h in enumerate(["No", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Satuan", "Capaian (%)",
                           "Keterangan"]):
        sh.put(4, c + 1, h, bold=True, align="center")
    b.describe(sh, "ONE header row (4), no numbering row. Target and Realisasi each have their own Satuan column: A No, "
                   "B Indikator, C Target, D Satuan, E Realisasi, F Satuan, G Capaian (%), H Keterangan. Sasaran group rows "
                   "merged A:H. Percentages and indices typed as TEXT with a DOT as the decimal mark ('87.5', '77.35') "
                   "while counts keep the Indonesian thousands dot ('1.480' orang = 1480).")
    D = lambda s, k: S(s, k, "dot")
    rows23 = [
        ("Sasaran 1. Meningkatnya kondusivitas wilayah", None),
        ("B01b", (D("90", 90), D("87.5", 87.5), D("97.22", None))),
        ("B02", (K(4), K(3), None)),
        ("B14", (D("76.00", 76.0), D("77.35", 77.35), D("101.78", None))),
        ("B15", (D("80.00", 80.0), D("78.94", 78.94), D("98.68", None))),
        ("B08", (K(12), K(12), None)),
        ("B11", (K(36), K(38), None)),
        ("B19", (K(35), K(29), None)),
        ("B10", (K(4), K(4), None)),
        ("Sasaran 2. Meningkatnya pembinaan ormas, kerukunan dan wawasan kebangsaan", None),
        ("B03", (K(240), K(238), None)),
        ("B04", (K(15), K(7), None)),
        ("B05", (D("70", 70), D("71.4", 71.4), D("102", None))),
        ("B09", (K(8), K(8), None)),
        ("B09dup", (K(8), K(8), None)),
        ("B21", (D("50", 50), D("52.1", 52.1), D("104.2", None))),
        ("B16", (K(1500), S("1.480", 1480), None)),
        ("B12", (K(350), K(377), None)),
        ("B13", (D("95", 95), D("96.2", 96.2), D("101.26", None))),
        ("Sasaran 3. Meningkatnya kualitas demokrasi", None),
        ("B07", (D("50", 50), D("56.4", 56.4), D("128.2", None))),
        ("B17", (K(9), K(9), None)),
        ("B18", (D("100", 100), D("100", 100), D("100", None))),
    ]
    r = 5
    no = 0
    prev = {}
    first = r
    for i, vals in rows23:
        if vals is None:
            sh.put(r, 1, i, bold=True, merge=(r, 8))
            b.note(sh, r, "Sasaran group row - not a key row")
            r += 1
            continue
        dup = i.endswith("dup")
        i = i.replace("dup", "")
        if not dup:
            no += 1
        tv, rv, cap = vals
        sh.put(r, 1, no, align="center")
        name = sh.put(r, 2, N[i][2023])
        tref = sh.put(r, 3, tv)
        sh.put(r, 4, UNIT[i], align="center")
        rref = sh.put(r, 5, rv)
        sh.put(r, 6, UNIT[i] if i != "B11" else "dokumen", align="center")
        if cap is None:
            if i == "B04":
                cap = F("=IFERROR(E%d/C%d*100,\"-\")" % (r - 1, r - 1), None, "0.00")
                b.note(sh, r, "B04 capaian formula points at the B03 row above (=E%d/C%d*100)" % (r - 1, r - 1))
            elif i == "B16":
                cap = V("98.67", None, "@")
            else:
                cap = F("=IFERROR(E%d/C%d*100,\"-\")" % (r, r), None, "0.00")
        sh.put(r, 7, cap)
        sh.put(r, 8, "indikator negatif" if i == "B02" else "")
        if i == "B02":
            b.note(sh, r, "B02 NEGATIVE indicator but capaian formula is the positive =E/C*100 (75 instead of 125)")
        if i == "B11":
            b.note(sh, r, "B11 realisasi Satuan says 'dokumen' while the target's says 'laporan'")
        if i == "B16":
            b.note(sh, r, "B16 realisasi typed '1.480' (text): Indonesian thousands dot in a sheet whose percentages use a "
                          "decimal dot -> 1480 (a count of people), not 1,48")
        if i == "B07":
            b.note(sh, r, "B07 capaian typed '128.2' but 56.4 / 50 = 112,8 (digits swapped)")
        if i == "B01b":
            b.note(sh, r, "B01b appears (2023): 'diselesaikan secara tuntas' replaces 2021-2022 B01 'penanganan' (ambiguous pair)")
        if i == "B14":
            b.note(sh, r, "B14/B15 indices typed with a decimal dot: '77.35', '78.94' (dot mode)")
        if dup:
            b.note(sh, r, "DUPLICATE of the row above (B09 Jumlah pertemuan FKUB, same figures, same No) - not keyed")
        else:
            b.key(name, 2023, i, tref, rref)
        r += 1
        if i == "B13":
            sh.put(r, 2, "diterbitkan tepat waktu (≤ 3 hari kerja)", border=False)
            b.note(sh, r - 1, "B13 name WRAPS into the next row as plain text (row %d 'diterbitkan tepat waktu (≤ 3 hari "
                              "kerja)', no figures, not merged): key written = the first cell's text only" % r)
            r += 1
    last = r - 1
    b.describe(sh, "Data rows %d-%d: 19 indicators + 3 Sasaran rows + 1 duplicated row + 1 continuation row." % (first, last))
    signature(sh, last + 2, 5, "Sanggar Wulan, 22 Januari 2024", "KEPALA BADAN,", *KABAN)

    d = b.sheet("PK 2023 (draft)", hidden=True)
    d.widths({"A": 5, "B": 50, "C": 11, "D": 11})
    d.title(1, 1, "DRAFT PK 2023 - JANGAN DIPAKAI", 4)
    for c, h in enumerate(["No", "Indikator Kinerja", "Target", "Realisasi"]):
        d.put(3, c + 1, h, bold=True)
    k = 0
    for i, vals in rows23:
        if vals is None or i.endswith("dup"):
            continue
        k += 1
        d.put(3 + k, 1, k)
        d.put(3 + k, 2, N[i][2023])
        t = TR[i][2023][0]
        d.put(3 + k, 3, K(t * 2 if isinstance(t, int) and t < 20 else t))
        d.put(3 + k, 4, "")
    b.describe(d, "HIDDEN draft of the 2023 targets (some doubled). Not keyed.")

    c = b.sheet("Catatan")
    c.widths({"A": 110})
    lines = ["Catatan:",
             "- Sheet Kinerja 2022: kolom tahun diisi 'Target / Realisasi' dalam satu sel sesuai format lama Bidang.",
             "- Sheet PK 2023: angka persen diketik dengan titik desimal (format laptop Bidang Poldagri).",
             "- Indikator 'Persentase penanganan konflik sosial' diganti menjadi 'Persentase konflik sosial yang "
             "diselesaikan secara tuntas' sejak Renstra Perubahan 2023.",
             "- IDI 2023 angka sementara BPS."]
    for k, l in enumerate(lines):
        c.text(k + 1, 1, l, bold=(k == 0))
    b.describe(c, "Notes sheet. Not keyed.")
    return b


# ------------------------------------------------------------------ 2024: bulleted report + small table
B2024 = [  # (heading or id)
 "Sasaran 1 : Terwujudnya kondusivitas ketenteraman dan ketertiban masyarakat",
 "B01b", "B02", "B14", 
 "Sasaran 2 : Meningkatnya peran ormas, kewaspadaan dini dan wawasan kebangsaan",
 "B03", "B04", "B05", "B11", "B08", "B09", "B19", "B16", "B12", "B13", "B21",
 "Sasaran 3 : Meningkatnya kualitas demokrasi dan akuntabilitas kinerja",
 "B15", "B06", "B07", "B17", "B18", "B20",
]


def laporan_2024():
    b = Book(AGENCY, "Laporan Kinerja Kesbangpol 2024", "xls")
    sh = b.sheet("Laporan Kinerja 2024")
    sh.widths({"A": 8, "B": 12, "C": 12, "D": 12, "E": 12, "F": 14, "G": 14, "H": 14})
    sh.title(1, 1, "LAPORAN CAPAIAN KINERJA TAHUN 2024", 8, size=12)
    sh.title(2, 1, "BADAN KESATUAN BANGSA DAN POLITIK KOTA SANGGAR WULAN", 8)
    sh.text(4, 1, "Berdasarkan Perjanjian Kinerja Tahun 2024, capaian indikator kinerja Badan Kesatuan Bangsa dan Politik "
                  "diuraikan sebagai berikut (angka lihat tabel ringkas di bawah, nomor sesuai urutan uraian):", 8)
    sh.ws.row_dimensions[4].height = 30
    r = 6
    bullet_row = {}
    for item in B2024:
        if item.startswith("Sasaran"):
            sh.put(r, 1, item, bold=True, merge=(r, 8), border=False)
            b.note(sh, r, "Sasaran heading (merged A:H) - not a key row")
        else:
            bullet_row[item] = sh.put(r, 1, N[item][2024], merge=(r, 8), border=False)
        r += 1
    b.describe(sh, "Unexpected layout: the year is written as a bulleted report. Rows 6-%d: each indicator is one bullet "
                   "in a merged text cell A:H ('• (n) name', sometimes with a narrative tail), under merged Sasaran "
                   "headings. The figures are in a small table below (rows %d-%d), matched by the bullet number (n): "
                   "A No, B Target, C Realisasi, D Satuan, E Capaian (%%), F-H Keterangan (merged). The key row is the "
                   "bullet's row (its name cell); target/realisasi come from the table row with the same number."
               % (r - 1, r + 3, r + 3 + 19))
    r += 1
    sh.put(r, 1, "Tabel Ringkas Capaian Indikator Kinerja Tahun 2024", bold=True, merge=(r, 8), border=False)
    r += 1
    for c, h in enumerate(["No.", "Target", "Realisasi", "Satuan", "Capaian (%)"]):
        sh.put(r, c + 1, h, bold=True, align="center")
    sh.put(r, 6, "Keterangan", bold=True, merge=(r, 8), align="center")
    hdr = r
    r += 1
    order = [i for i in B2024 if not i.startswith("Sasaran")]
    figs = {
     "B01b": (S("≥ 92", 92), K(94.1, "0.0")), "B02": (K(4), K(2)), "B14": (K(76.5, "0.00"), K(78.02, "0.00")),
     "B03": (K(255), K(262)), "B04": (K(15), K(24)), "B05": (K(75), K(76.0, "0.0")), "B11": (K(36), K(41)),
     "B08": (K(12), K(14)), "B09": (K(8), K(9)), "B19": (K(40), K(51)), "B16": (K(1500), S("1.622 orang", 1622)),
     "B12": (K(350), K(365)), "B13": (P(95, "0.0%"), P(97.5, "0.0%")), "B21": (K(60), K(58.3, "0.0")),
     "B15": (K(81), DASH()), "B06": (K(77.5, "0.0"), S("81,34 %", 81.34)), "B07": (K(60), K(62)),
     "B17": (K(10), K(10)), "B18": (K(100), K(90)), "B20": (G("BB"), G("BB")),
    }
    rowno = {}
    for n, i in enumerate(order, start=1):
        rowno[i] = r
        tv, rv = figs[i]
        sh.put(r, 1, n, align="center")
        tref = sh.put(r, 2, tv)
        rref = sh.put(r, 3, rv)
        sh.put(r, 4, UNIT[i], align="center")
        cap = F("=IFERROR(C%d/B%d*100,\"-\")" % (r, r), None, "0.00")
        ket = ""
        if i == "B02":
            ket = "negatif"
            b.note(sh, r, "table No 2 (B02, NEGATIVE): capaian formula is the positive =C/B*100 (50 instead of 150)")
        if i == "B09":
            cap = F("=IFERROR(C%d/B%d*100,\"-\")" % (r - 1, r - 1), None, "0.00")
            b.note(sh, r, "table No 9 (B09): capaian formula points at the row above (No 8)")
        if i == "B07":
            cap = V(130, None, "0.00")
            b.note(sh, r, "table No 17 (B07): capaian typed 130 but 62 / 60 = 103,33")
        if i == "B01b":
            cap = V(102.28, None, "0.00")
            b.note(sh, r, "table No 1 (B01b): target typed '≥ 92' (key 92)")
        if i == "B16":
            cap = V(108.13, None, "0.00")
            b.note(sh, r, "table No 11 (B16): realisasi typed '1.622 orang' (key 1622)")
        if i == "B06":
            cap = V(104.95, None, "0.00")
            ket = "Pemilu 14 Feb 2024"
            b.note(sh, r, "table No 16 (B06): realisasi typed '81,34 %' (key 81.34); the bullet text says 81,3 %")
        if i == "B15":
            cap = V("-", None)
            ket = "IDI 2024 belum dirilis BPS"
            b.note(sh, r, "table No 15 (B15): realisasi '-' -> null")
        if i == "B13":
            b.note(sh, r, "table No 13 (B13): target/realisasi as fractions in %-formatted cells (key 95 / 97,5)")
        if i == "B20":
            cap = V("-", None)
            b.note(sh, r, "table No 20 (B20): grades 'BB' / 'BB' -> null")
        sh.put(r, 5, cap)
        sh.put(r, 6, ket, merge=(r, 8))
        b.key(bullet_row[i], 2024, i, tref, rref)
        r += 1
    b.note(sh, bullet_row["B03"].coord and int(bullet_row["B03"].coord[1:]),
           "bullet (4) B03 carries a narrative tail with a figure ('bertambah 24 ormas ...'): written keeps it")
    b.note(sh, int(bullet_row["B14"].coord[1:]), "bullet (3) B14 has a narrative tail ('– hasil survei bersama FKUB')")
    b.note(sh, int(bullet_row["B06"].coord[1:]), "bullet (16) B06 has a figure in its text '(81,3 %)' that differs from "
                                                   "the table (81,34): key takes the table")
    b.describe(sh, "Bullet order (= table No): " + ", ".join("(%d) %s" % (n, i) for n, i in enumerate(order, start=1)))
    signature(sh, r + 1, 5, "Sanggar Wulan, 24 Januari 2025", "KEPALA BADAN KESATUAN BANGSA DAN POLITIK", *KABAN)

    c = b.sheet("Keterangan")
    c.widths({"A": 110})
    lines = ["Keterangan penyusunan:",
             "1. Angka partisipasi pemilih bersumber dari KPU Kota Sanggar Wulan (Pemilu 14 Februari 2024).",
             "2. Indeks Demokrasi Indonesia (IDI) tahun 2024 belum dirilis oleh BPS pada saat laporan disusun.",
             "3. Jumlah ormas terdaftar merupakan angka kumulatif s/d 31 Desember 2024."]
    for k, l in enumerate(lines):
        c.text(k + 1, 1, l, bold=(k == 0))
    b.describe(c, "Notes sheet. Not keyed.")
    return b


def build():
    return [e81_2021(), kinerja_2022_2023(), laporan_2024()]
