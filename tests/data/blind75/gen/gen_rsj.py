"""Agency 2: UPTD Rumah Sakit Jiwa Daerah Bukit Seruni, Dinas Kesehatan Provinsi Teluk Damar.
Years 2021-2024. Everything is invented."""
from openpyxl.styles import Alignment, Font

from lib import (BOLD, CENTER, WRAP, WRAPC, Agency, DASH, F, G, GR, N, P, T, V, agg, box, put,
                 title, widths)

AG = Agency(
    "uptd_rsjd_teluk_damar",
    "UPTD Rumah Sakit Jiwa Daerah Bukit Seruni (Dinas Kesehatan Provinsi Teluk Damar)",
    [2021, 2022, 2023, 2024],
    flow_ids=["R05", "R06", "R07", "R08", "R16", "R17", "R20", "R21", "R22"],
    ambiguous=[["R10", "R10b"]],
)
NEG = {"R02", "R03", "R10", "R10b", "R12", "R14", "R18"}
DIR = ("dr. ANINDITA KUSUMAWARDHANI, Sp.KJ, M.Kes", "Pembina Tk. I (IV/b)", "NIP. 19751103 200501 2 009")


def sign(ws, row, colc, place_date, role):
    ws["%s%d" % (colc, row)] = place_date
    ws["%s%d" % (colc, row + 1)] = role
    ws["%s%d" % (colc, row + 5)] = DIR[0]
    ws["%s%d" % (colc, row + 5)].font = Font(bold=True, underline="single")
    ws["%s%d" % (colc, row + 6)] = DIR[1]
    ws["%s%d" % (colc, row + 7)] = DIR[2]


# ---------------------------------------------------------------- 2021: Rencana Aksi, quarters across (T, R, %)
def y2021(b):
    ws = b.sheet("RENAKSI 2021")
    widths(ws, {"A": 4, "B": 24, "C": 40, "D": 9, "E": 14, "R": 18, "S": 22})
    for c in "FGHIJKLMNOPQ":
        ws.column_dimensions[c].width = 11.5
    title(ws, 1, "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2021", "A", "S", 13)
    title(ws, 2, "UPTD RUMAH SAKIT JIWA DAERAH BUKIT SERUNI", "A", "S")
    title(ws, 3, "DINAS KESEHATAN PROVINSI TELUK DAMAR", "A", "S")
    for c, t in (("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"), ("D", "Satuan"),
                 ("E", "Target Tahunan 2021"), ("R", "Penanggung Jawab"), ("S", "Keterangan")):
        ws.merge_cells("%s5:%s6" % (c, c))
        put(ws, c + "5", t, CENTER, bold=True)
    for c1, c3, t in (("F", "H", "Triwulan I"), ("I", "K", "Triwulan II"), ("L", "N", "Triwulan III"),
                      ("O", "Q", "Triwulan IV")):
        ws.merge_cells("%s5:%s5" % (c1, c3))
        put(ws, c1 + "5", t, CENTER, bold=True)
    for i, c in enumerate("FGHIJKLMNOPQ"):
        put(ws, c + "6", ["T", "R", "%"][i % 3], CENTER, bold=True)
    for i, c in enumerate("ABCDEFGHIJKLMNOPQRS"):
        put(ws, c + "7", "(%d)" % (i + 1), CENTER)
    box(ws, "A5:S7")

    def pq(xs, fmt="0.0%"):
        return [None if x is None else P(x, fmt) for x in xs]

    def gq(xs):
        return [None if x is None else (DASH() if x == "-" else G(x)) for x in xs]

    def nq(xs):
        return [None if x is None else N(x) for x in xs]

    groups = [
        ("Meningkatnya mutu pelayanan rawat inap jiwa", "Instalasi Rawat Inap", [
            ("R01", "1. Bed Occupancy Rate (BOR)", "%", P(0.75, "0%"), [P(0.75, "0%")] * 4,
             pq([0.684, 0.712, 0.739, 0.768]), ""),
            ("R02", "2. Average Length of Stay (ALOS)", "hari", G(42), gq([42] * 4), gq([44, 41, 40, 39]), ""),
            ("R03", "3. Turn Over Interval (TOI)", "hari", G(10), gq([10] * 4), gq([12.1, 11.4, 10.8, 9.7]), ""),
            ("R04", "4. Bed Turn Over (BTO)", "kali", G(8), gq([8] * 4), gq([7.6, 7.8, 8.1, 8.3]), "disetahunkan"),
        ]),
        ("Meningkatnya akses layanan kesehatan jiwa", "Instalasi Rawat Jalan", [
            ("R05", "5. Jumlah pasien rawat inap jiwa", "orang", N(1400), nq([350] * 4), nq([312, 338, 351, 365]), ""),
            # planted: a 10x annual target (24.800 meant; the quarter targets say 6.200)
            ("R22", "6. Jumlah kunjungan rawat jalan & IGD", "kunjungan", N(248000), nq([6200] * 4),
             nq([5812, 6104, 6377, 6590]), ""),
            ("R07", "7. Jumlah pasien baru rawat jalan", "orang", N(2600), nq([650] * 4), nq([610, 655, 702, 688]), ""),
        ]),
        ("Meningkatnya pemulihan fungsi sosial pasien", "Instalasi Rehabilitasi", [
            ("R08", "8. Jumlah pasien yg mengikuti rehabilitasi psikososial", "orang", N(480), nq([120] * 4),
             nq([102, 118, 125, 131]), ""),
            ("R09", "9. Persentase pasien rehabilitasi psikososial yg mandiri", "%", G(35), gq([35] * 4),
             gq([31.5, 33.0, 34.2, 36.1]), ""),
            ("R20", "10. Jumlah pasien rehabilitasi NAPZA", "orang", N(120), nq([30] * 4), nq([26, 31, 29, 35]), ""),
            ("R10", "11. Angka kekambuhan pasien gangguan jiwa", "%", P(0.15, "0%"), [P(0.15, "0%")] * 4,
             pq([0.172, 0.165, 0.151, 0.146]), "indikator negatif"),
        ]),
        ("Meningkatnya mutu dan keselamatan pasien", "Komite Mutu", [
            ("R11", "12. Indeks Kepuasan Masyarakat", "indeks", G(80), gq(["-", 80, "-", 80]),
             gq([None, 80.2, None, 81.7]), "survei semesteran"),
            ("R12", "13. Angka kejadian pasien melarikan diri", "%", G(1), gq([1] * 4), gq([0.8, 1.2, 0.6, 0.5]),
             "indikator negatif"),
            ("R13", "14. Kepatuhan kebersihan tangan", "%", P(0.85, "0%"), [P(0.85, "0%")] * 4,
             pq([0.824, 0.841, 0.86, 0.873]), ""),
            ("R14", "15. Waktu tunggu rawat jalan", "menit", G(60), gq([60] * 4), gq([72, 66, 61, 58]),
             "indikator negatif"),
            ("R15", "16. Kelengkapan rekam medis 1x24 jam", "%", G(100), gq([100] * 4),
             gq([86.5, 89.0, 91.4, 93.8]), ""),
            ("R18", "17. Net Death Rate (NDR)", "per mil", G(25), gq([25] * 4), gq([21, 24, 19, 18]),
             "indikator negatif"),
        ]),
        ("Meningkatnya kemandirian keuangan BLUD", "Bidang Keuangan", [
            ("R19", "18. Cost Recovery Rate (CRR)", "%", G(45), gq([45] * 4), gq([38.2, 40.5, 42.8, None]),
             "TW IV menunggu laporan keuangan audited"),
            ("R21", "19. Pendapatan BLUD", "Rp", N(38500000000), nq([9625000000] * 4),
             nq([8912450000, 9405120500, 9877300000, 10640215000]), ""),
        ]),
    ]
    r = 8
    for sas, pj, items in groups:
        start = r
        for id_, name, unit, tv, qt, qr, ket in items:
            no = int(name.split(".")[0])
            put(ws, "A%d" % r, no, CENTER)
            put(ws, "C%d" % r, name, WRAP)
            put(ws, "D%d" % r, unit, CENTER)
            put(ws, "E%d" % r, tv)
            rcells = []
            for k, (ct, cr, cp) in enumerate((("F", "G", "H"), ("I", "J", "K"), ("L", "M", "N"), ("O", "P", "Q"))):
                put(ws, "%s%d" % (ct, r), qt[k])
                put(ws, "%s%d" % (cr, r), qr[k])
                rcells.append("%s%d" % (cr, r))
                if qr[k] is None or qt[k] is None or qt[k].content == "-":
                    put(ws, "%s%d" % (cp, r), None)
                elif id_ in NEG:
                    put(ws, "%s%d" % (cp, r), F("=IFERROR((2*{t}-{x})/{t},\"-\")".format(t="%s%d" % (ct, r), x="%s%d" % (cr, r)), None, "0.0%"))
                else:
                    put(ws, "%s%d" % (cp, r), F("=IFERROR({x}/{t},\"-\")".format(t="%s%d" % (ct, r), x="%s%d" % (cr, r)), None, "0.0%"))
            put(ws, "R%d" % r, pj, WRAP)
            put(ws, "S%d" % r, ket, WRAP)
            AG.key(b, ws, "C%d" % r, 2021, id_, name, [tv], ["E%d" % r], "one", qr, rcells, AG.mode(id_))
            r += 1
        ws.merge_cells("B%d:B%d" % (start, r - 1))
        put(ws, "B%d" % start, sas, WRAPC)
        box(ws, "B%d:B%d" % (start, r - 1))
    ws["C%d" % (r + 1)] = "Keterangan: T = target triwulan, R = realisasi triwulan, % = capaian triwulan."
    ws["C%d" % (r + 2)] = "Capaian indikator negatif = (2 x T - R) / T."
    ws["C%d" % (r + 4)] = "Dibuat oleh,"
    ws["C%d" % (r + 5)] = "Kepala Seksi Perencanaan dan Evaluasi"
    ws["C%d" % (r + 9)] = "Ns. RUDOLF SIAHAAN, S.Kep., M.Kep"
    ws["C%d" % (r + 10)] = "NIP. 19820417 200604 1 002"
    sign(ws, r + 4, "O", "Teluk Damar, 10 Januari 2022", "Direktur,")


# ---------------------------------------------------------------- 2022: cumulative s.d. TW, T and R rows
def y2022(b):
    ws = b.sheet("MONEV s.d. TW IV 2022")
    widths(ws, {"A": 4, "B": 40, "C": 11, "D": 5, "E": 16, "F": 15, "G": 15, "H": 15, "I": 15, "J": 11, "K": 30})
    title(ws, 1, "MONITORING DAN EVALUASI CAPAIAN KINERJA KUMULATIF", "A", "K", 13)
    title(ws, 2, "RSJD BUKIT SERUNI PROVINSI TELUK DAMAR", "A", "K")
    title(ws, 3, "TAHUN 2022 (s.d. Triwulan IV)", "A", "K")
    for c, t in (("A", "No"), ("B", "Indikator Kinerja"), ("C", "Satuan"), ("D", "T/R"),
                 ("E", "Target Tahunan"), ("J", "Capaian s.d. TW IV (%)"), ("K", "Keterangan")):
        ws.merge_cells("%s5:%s6" % (c, c))
        put(ws, c + "5", t, CENTER, bold=True)
    ws.merge_cells("F5:I5")
    put(ws, "F5", "Kumulatif", CENTER, bold=True)
    for c, t in (("F", "s.d. TW I"), ("G", "s.d. TW II"), ("H", "s.d. TW III"), ("I", "s.d. TW IV")):
        put(ws, c + "6", t, CENTER, bold=True)
    box(ws, "A5:K6")

    def q(xs, fmt="#,##0"):
        out = []
        for x in xs:
            if x is None:
                out.append(None)
            elif isinstance(x, V):
                out.append(x)
            elif fmt == "G":
                out.append(G(x))
            else:
                out.append(N(x, fmt))
        return out

    groups = [
        ("I. PELAYANAN RAWAT INAP", [
            ("R01", "BOR", "%", G(76), q([76] * 4, "G"), q([74.1, 75.6, 76.9, 77.35], "G"), ""),
            ("R02", "ALOS (hari)", "hari", G(40), q([40] * 4, "G"), q([39.8, 39.1, 38.9, 38.6], "G"), ""),
            ("R03", "TOI", "hari", G(9), q([9] * 4, "G"), q([9.6, 9.2, 9.0, 8.8], "G"), ""),
            ("R04", "BTO (kali)", "kali", G(8.5), q([8.5] * 4, "G"), q([8.1, 8.3, 8.5, 8.64], "G"), ""),
            # planted: a cumulative figure that falls (1.240 at TW III, 1.182 at TW IV)
            ("R05", "Jumlah pasien rawat inap", "orang", N(1450), q([362, 725, 1087, 1450]),
             q([356, 742, 1240, 1182]), ""),
            ("R18", "NDR (‰)", "‰", G(25), q([25] * 4, "G"), q([20, 19, 17, 16], "G"), ""),
        ]),
        ("II. PELAYANAN RAWAT JALAN DAN GAWAT DARURAT", [
            ("R06", "Jumlah kunjungan rawat jalan", "kunjungan", N(21500), q([5375, 10750, 16125, 21500]),
             q([5102, 10488, 16020, 21876]), ""),
            ("R16", "Jumlah kunjungan IGD", "kunjungan", N(3600), q([900, 1800, 2700, 3600]),
             q([902, 1815, 2766, T("3.702 kunj.", 3702)]), ""),
            ("R07", "Jumlah pasien baru rawat jalan", "orang", N(2700), q([675, 1350, 2025, 2700]),
             q([640, 1322, 2015, None]), "TW IV belum direkap SIMRS"),
            ("R14", "Waktu tunggu rawat jalan (menit)", "menit", G(55), q([55] * 4, "G"), q([59, 57, 54, 52], "G"), ""),
        ]),
        ("III. REHABILITASI DAN KESWA MASYARAKAT", [
            ("R08", "Jumlah pasien rehabilitasi psikososial", "orang", N(500), q([125, 250, 375, 500]),
             q([121, 247, 380, 512]), ""),
            ("R09", "Persentase pasien rehabilitasi psikososial yang mandiri", "%", G(37), q([37] * 4, "G"),
             q([34.0, 35.5, 36.8, 38.2], "G"), ""),
            ("R20", "Jumlah pasien rehabilitasi napza", "orang", N(130), q([32, 65, 97, 130]), q([30, 64, 97, 133]), ""),
            ("R10", "Angka kekambuhan pasien", "%", G(14), q([14] * 4, "G"), q([15.9, 14.8, 13.7, 13.2], "G"), ""),
            ("R17", "Jumlah kunjungan rumah (home visit)", "kunjungan", N(240), q([60, 120, 180, 240]),
             q([48, 110, 175, 236]), ""),
        ]),
        ("IV. MUTU, KEPUASAN DAN KEUANGAN", [
            ("R11", "IKM", "indeks", G(81), q([None, 81, None, 81], "G"), q([None, 81.1, None, 82.3], "G"),
             "survei semester I dan II"),
            ("R12", "Kejadian pasien lari", "%", G(1), q([1] * 4, "G"), q([0.7, 0.9, 0.8, 0.6], "G"), ""),
            ("R13", "Kepatuhan cuci tangan", "%", G(86), q([86] * 4, "G"), q([84.5, 85.9, 86.7, 87.8], "G"), ""),
            ("R15", "Kelengkapan pengisian RM 1 x 24 jam", "%", G(100), q([100] * 4, "G"),
             q([92.1, 93.4, 94.0, 95.6], "G"), ""),
            ("R19", "CRR", "%", G(47), q([47] * 4, "G"), q([41.0, 43.2, 45.9, 47.6], "G"), ""),
            ("R21", "Pendapatan BLUD (Rp)", "Rp", N(41000000000),
             q([10250000000, 20500000000, 30750000000, 41000000000]),
             q([9850000000, 20112400000, 30905750000, 41732118000]), ""),
        ]),
    ]
    r = 7
    no = 0
    for gname, items in groups:
        ws.merge_cells("A%d:K%d" % (r, r))
        put(ws, "A%d" % r, gname, bold=True)
        box(ws, "A%d:K%d" % (r, r))
        r += 1
        for id_, name, unit, tv, qt, qr, ket in items:
            no += 1
            t, x = r, r + 1
            for c in "ABCEK":
                ws.merge_cells("%s%d:%s%d" % (c, t, c, x))
            put(ws, "A%d" % t, no, CENTER)
            put(ws, "B%d" % t, name, WRAPC)
            put(ws, "C%d" % t, unit, CENTER)
            put(ws, "D%d" % t, "T", CENTER)
            put(ws, "D%d" % x, "R", CENTER)
            put(ws, "E%d" % t, tv)
            rcells = []
            for k, c in enumerate("FGHI"):
                put(ws, "%s%d" % (c, t), qt[k])
                put(ws, "%s%d" % (c, x), qr[k])
                rcells.append("%s%d" % (c, x))
            if id_ in NEG:
                put(ws, "J%d" % x, F("=IFERROR(ROUND((2*E%d-I%d)/E%d*100,2),\"-\")" % (t, x, t), None, "0.00"))
            else:
                put(ws, "J%d" % x, F("=IFERROR(ROUND(I%d/E%d*100,2),\"-\")" % (x, t), None, "0.00"))
            put(ws, "J%d" % t, None)
            put(ws, "K%d" % t, ket, WRAP)
            box(ws, "A%d:K%d" % (t, x))
            AG.key(b, ws, "B%d" % t, 2022, id_, name, [tv], ["E%d" % t], "one", qr, rcells, "last")
            r += 2
    ws["B%d" % (r + 1)] = "T = target kumulatif, R = realisasi kumulatif sampai dengan akhir triwulan."
    ws["B%d" % (r + 2)] = "Capaian dihitung dari realisasi s.d. TW IV terhadap target tahunan."
    sign(ws, r + 4, "H", "Teluk Damar, 16 Januari 2023", "Direktur RSJD Bukit Seruni,")


def book1():
    b = AG.book("Renaksi_Monev_RSJD_2021_2022.xlsx")
    y2021(b)
    y2022(b)
    hs = b.sheet("Sheet3", hidden=True)
    hs["A1"] = "draft TW III 2022"
    hs.append(["Indikator", "Target", "s.d. TW III"])
    hs.append(["BOR", 76, 76.9])
    hs.append(["Jumlah pasien rawat inap", 1450, 1240])
    hs.append(["Jumlah kunjungan rawat jalan", 21500, 16020])


# ---------------------------------------------------------------- 2023: balanced-scorecard sheet of the BLUD (.xls)
BSC_HEAD = ["No", "Perspektif", "Indikator Kinerja", "Definisi Operasional / Formula", "Standar",
            "Target 2023", "Realisasi 2023", "Capaian (%)", "Bobot (%)", "Nilai"]


def bsc_table(b, ws, r0, keyed):
    for i, t in enumerate(BSC_HEAD):
        put(ws, "%s%d" % ("ABCDEFGHIJ"[i], r0), t, CENTER, bold=True)
        put(ws, "%s%d" % ("ABCDEFGHIJ"[i], r0 + 1), "(%d)" % (i + 1), CENTER)
    persp = [
        ("Perspektif Pelanggan", [
            ("R11", "Indeks Kepuasan Masyarakat (IKM)", "Nilai survei SKM Permenpan RB 14/2017, dikonversi ke mutu pelayanan",
             "≥ 76,61 (B)", GR("B"), GR("B"), "100", 6),
            ("R14", "Waktu Tunggu Rawat Jalan", "Rata-rata menit sejak mendaftar sampai dilayani dokter",
             "≤ 60 menit", T("≤ 50 menit", 50), G(47), "neg", 5),
            ("R06", "Jumlah Kunjungan Rawat Jalan Jiwa", "Jumlah kunjungan poliklinik jiwa setahun", "-",
             N(22500), N(23104), "pos", 4),
            ("R16", "Jumlah Kunjungan Instalasi Gawat Darurat (IGD) Jiwa", "Jumlah kunjungan IGD setahun", "-",
             N(3800), N(3911), "pos", 4),
            ("R07", "Jumlah Pasien Baru Rawat Jalan", "Pasien dengan nomor RM baru", "-", N(2800), N(2874), "pos", 3),
            ("R05", "Jumlah Pasien Rawat Inap Jiwa (orang)", "Jumlah pasien keluar rawat inap", "-",
             N(1500), T("1.538 orang", 1538), "101,47", 4),
        ]),
        ("Perspektif Proses Bisnis Internal", [
            ("R01", "Bed Occupancy Ratio (BOR)", "Hari perawatan / (TT x hari) x 100", "60 - 85 %",
             T("60 - 80", 60), T("78,62 %", 78.62), "100", 6),
            ("R02", "Average Length Of Stay (ALOS)", "Hari perawatan pasien keluar / pasien keluar",
             "≤ 42 hari", T("≤ 42 hari", 42), G(37.9), "neg", 5),
            ("R03", "Turn Over Interval (TOI)", "((TT x hari) - hari perawatan) / pasien keluar", "1 - 3 hari",
             G(8), G(8.15), "neg", 4),
            ("R04", "Bed Turn Over (BTO)", "Pasien keluar / jumlah TT", "40 - 50 kali", G(9), G(9.02), "pos", 3),
            ("R15", "Kelengkapan Pengisian Rekam Medik 1 x 24 Jam Setelah Selesai Pelayanan",
             "RM lengkap dalam 24 jam / RM diaudit", "100 %", P(1.0, "0%"), P(0.9635, "0.00%"), "pos", 5),
            # planted: 87 % typed as the fraction 0.87 in a plain cell
            ("R13", "Kepatuhan Kebersihan Tangan (hand hygiene)", "Peluang cuci tangan dilakukan / peluang diamati",
             "≥ 85 %", G(88), G(0.87), "pos", 5),
            ("R12", "Angka Kejadian Pasien Melarikan Diri", "Pasien lari / pasien rawat inap x 100", "0 %",
             G(0.8), G(0.45), "neg", 5),
            ("R10", "Angka Kekambuhan Pasien Jiwa (relaps)", "Pasien dirawat ulang karena kambuh / pasien pulang",
             "-", T("≤ 12 %", 12), T("11,4 %", 11.4), "105", 6),
            ("R08", "Jumlah Pasien yang Mengikuti Rehabilitasi Psikososial", "Pasien mengikuti program rehabilitasi",
             "-", N(520), N(534), "pos", 4),
            ("R09", "Prosentase Pasien Rehabilitasi Psikososial yang Mandiri", "Pasien mandiri / pasien rehabilitasi",
             "-", G(39), G(40.15), "pos", 5),
            ("R20", "Jumlah Pasien Rehabilitasi NAPZA (rawat jalan & rawat inap)", "Pasien program rehabilitasi NAPZA",
             "-", N(140), N(128), "pos", 3),
            ("R17", "Jumlah Kunjungan Rumah / Layanan Keswa Masyarakat", "Kunjungan rumah tim keswamas", "-",
             N(300), N(318), "pos", 3),
        ]),
        ("Perspektif Keuangan", [
            ("R19", "Cost Recovery Rate (CRR) BLUD", "Pendapatan BLUD / biaya operasional x 100", "-",
             P(0.5, "0%"), P(0.5184, "0.00%"), "pos", 6),
            ("R21", "Realisasi Pendapatan BLUD", "Pendapatan jasa layanan dan lain-lain", "-",
             T("Rp 44.000.000.000", 44000000000), T("Rp 45.218.906.250", 45218906250), "102,77", 6),
        ]),
        ("Perspektif Pertumbuhan dan Pembelajaran", [
            ("R24", "Kepatuhan Penggunaan Formularium Nasional", "Resep sesuai Fornas / seluruh resep", "≥ 80 %",
             T("≥ 80 %", 80), G(82.5), "103,13", 9),
        ]),
    ]
    r = r0 + 2
    no = 0
    first = r
    for pname, items in persp:
        start = r
        for id_, name, defin, std, tv, rv, cap, bobot in items:
            no += 1
            put(ws, "A%d" % r, no, CENTER)
            put(ws, "C%d" % r, name, WRAP)
            put(ws, "D%d" % r, defin, WRAP)
            put(ws, "E%d" % r, std, CENTER)
            put(ws, "F%d" % r, tv, CENTER)
            put(ws, "G%d" % r, rv, CENTER)
            if cap == "pos":
                put(ws, "H%d" % r, F("=ROUND(G%d/F%d*100,2)" % (r, r), None, "0.00"))
            elif cap == "neg":
                if isinstance(tv.content, str):
                    put(ws, "H%d" % r, G(round((2 * tv.key - rv.key) / tv.key * 100, 2)))
                else:
                    put(ws, "H%d" % r, F("=ROUND((2*F%d-G%d)/F%d*100,2)" % (r, r, r), None, "0.00"))
            else:
                put(ws, "H%d" % r, cap, CENTER)
            put(ws, "I%d" % r, G(bobot))
            put(ws, "J%d" % r, F("=IFERROR(ROUND(MIN(VALUE(H%d),120)*I%d/100,2),0)" % (r, r), None, "0.00"))
            if keyed:
                AG.key(b, ws, "C%d" % r, 2023, id_, name, [tv], ["F%d" % r], "one", [rv], ["G%d" % r], "one")
            r += 1
        ws.merge_cells("B%d:B%d" % (start, r - 1))
        put(ws, "B%d" % start, pname, WRAPC, bold=True)
        box(ws, "B%d:B%d" % (start, r - 1))
    ws.merge_cells("A%d:H%d" % (r, r))
    put(ws, "A%d" % r, "TOTAL", CENTER, bold=True)
    put(ws, "I%d" % r, F("=SUM(I%d:I%d)" % (first, r - 1), None, "0"))
    put(ws, "J%d" % r, F("=SUM(J%d:J%d)" % (first, r - 1), None, "0.00"))
    box(ws, "A%d:J%d" % (r0, r))
    return r


def book2():
    b = AG.book("Kinerja_BLUD_RSJD_2023.xls")
    ws = b.sheet("IKI BLUD 2023")
    widths(ws, {"A": 4, "B": 18, "C": 38, "D": 34, "E": 13, "F": 15, "G": 17, "H": 10, "I": 8, "J": 8})
    title(ws, 1, "INDIKATOR KINERJA BLUD (BALANCED SCORECARD)", "A", "J", 13)
    title(ws, 2, "RSJD BUKIT SERUNI - PROVINSI TELUK DAMAR", "A", "J")
    title(ws, 3, "TAHUN 2023", "A", "J")
    r = bsc_table(b, ws, 5, True)
    ws["B%d" % (r + 2)] = "Kategori nilai: > 90 sangat baik; 76 - 90 baik; 66 - 75 cukup; <= 65 kurang."
    ws["B%d" % (r + 3)] = "Capaian indikator negatif = (2 x target - realisasi) / target x 100; capaian dibatasi 120 pada nilai."
    sign(ws, r + 5, "F", "Teluk Damar, 22 Januari 2024", "Direktur,")
    # the whole table pasted a second time below (a clerk's leftover); not keyed
    r2 = r + 16
    bsc_table(b, ws, r2, False)

    ns = b.sheet("Catatan")
    ns.column_dimensions["A"].width = 100
    for i, t in enumerate([
        "CATATAN",
        "1. Standar mengacu pada Kepmenkes 129/2008 dan Standar Pelayanan Minimal RSJ.",
        "2. Mutu pelayanan IKM 2023 = B (nilai konversi 80,94).",
        "3. Pendapatan BLUD belum termasuk klaim BPJS bulan Desember yang masih verifikasi.",
    ]):
        ns["A%d" % (i + 1)] = t


# ---------------------------------------------------------------- 2024: Renstra matrix with six years of targets (.ods)
def book3():
    b = AG.book("Matriks_Renstra_RSJD_Capaian_2024.ods")
    ws = b.sheet("Renstra 2021-2026")
    widths(ws, {"A": 4, "B": 26, "C": 40, "D": 9, "E": 12, "L": 16, "M": 11, "N": 26})
    for c in "FGHIJK":
        ws.column_dimensions[c].width = 14
    title(ws, 1, "MATRIKS RENSTRA 2021 - 2026 DAN CAPAIAN KINERJA TAHUN 2024", "A", "N", 13)
    title(ws, 2, "UPTD RUMAH SAKIT JIWA DAERAH BUKIT SERUNI PROVINSI TELUK DAMAR", "A", "N")
    ws["A3"] = "(Renstra Perubahan, ditetapkan 2023)"
    for c, t in (("A", "No"), ("B", "Tujuan / Sasaran"), ("C", "Indikator Kinerja"), ("D", "Satuan"),
                 ("E", "Kondisi Awal (2020)"), ("L", "Realisasi 2024"), ("M", "Capaian 2024 (%)"),
                 ("N", "Keterangan")):
        ws.merge_cells("%s5:%s6" % (c, c))
        put(ws, c + "5", t, CENTER, bold=True)
    ws.merge_cells("F5:K5")
    put(ws, "F5", "Target Kinerja Tahun", CENTER, bold=True)
    for i, c in enumerate("FGHIJK"):
        put(ws, c + "6", str(2021 + i), CENTER, bold=True)
    for i, c in enumerate("ABCDEFGHIJKLMN"):
        put(ws, c + "7", "(%d)" % (i + 1), CENTER)
    box(ws, "A5:N7")

    def tg(xs, kind="G"):
        out = []
        for x in xs:
            if x == "-":
                out.append(DASH())
            elif kind == "N":
                out.append(N(x))
            else:
                out.append(G(x))
        return out

    groups = [
        ("Meningkatnya mutu pelayanan kesehatan jiwa", [
            # planted: BOR 78,12 % typed as the fraction 0.7812 in a plain cell
            ("R01", "Angka penggunaan tempat tidur (BOR)", "%", G(70.2), tg([75, 76, 77, 78, 79, 80]), G(0.7812), ""),
            ("R02", "Rata-rata lama dirawat (ALOS)", "hari", G(45), tg([42, 40, 39, 38, 37, 36]), G(36.4), ""),
            ("R03", "Tenggang perputaran tempat tidur (TOI)", "hari", G(12), tg([10, 9, 8, 7, 7, 6]), G(7.42), ""),
            ("R15", "Persentase kelengkapan rekam medis 1x24 jam", "%", G(85), tg([100] * 6), P(0.971, "0.0%"), ""),
            ("R13", "Persentase kepatuhan kebersihan tangan", "%", G(80), tg([85, 86, 88, 90, 90, 92]), G(91.2), ""),
            ("R12", "Persentase kejadian pasien melarikan diri", "%", G(1.5), tg([1, 1, 0.8, 0.5, 0.5, 0.5]), G(0.38), ""),
            ("R14", "Rata-rata waktu tunggu pelayanan rawat jalan", "menit", G(75), tg([60, 55, 50, 45, 40, 40]), G(44), ""),
        ]),
        ("Meningkatnya akses layanan kesehatan jiwa", [
            ("R05", "Pasien jiwa yang dirawat inap", "orang", N(1320), tg([1400, 1450, 1500, 1550, 1600, 1650], "N"), N(1602), ""),
            ("R06", "Kunjungan pasien rawat jalan jiwa", "kunjungan", N(20150), [DASH()] + tg([21500, 22500, 23500, 24500, 25500], "N"), N(24015), ""),
            ("R16", "Kunjungan IGD jiwa", "kunjungan", N(3200), [DASH()] + tg([3600, 3800, 4000, 4200, 4400], "N"), N(3874), ""),
            ("R07", "Pasien baru rawat jalan jiwa", "orang", N(2480), tg([2600, 2700, 2800, 2900, 3000, 3100], "N"), N(2951), ""),
            ("R17", "Layanan kesehatan jiwa masyarakat (kunjungan rumah)", "kunjungan", DASH(),
             [DASH()] + tg([240, 300, 320, 340, 360], "N"), N(341), ""),
        ]),
        ("Meningkatnya pemulihan pasien gangguan jiwa", [
            ("R08", "Pasien yang mengikuti program rehabilitasi psikososial", "orang", N(450),
             tg([480, 500, 520, 540, 560, 580], "N"), N(548), ""),
            ("R09", "Persentase pasien mandiri setelah rehabilitasi psikososial", "%", G(32), tg([35, 37, 39, 41, 43, 45]), G(41.8), ""),
            ("R10b", "Angka rawat ulang (readmisi) pasien jiwa < 30 hari", "%", DASH(),
             tg(["-", "-", "-", 10, 9, 8]), G(9.6), "*) indikator baru hasil reviu Renstra 2023"),
        ]),
        ("Meningkatnya kepuasan masyarakat dan kemandirian keuangan BLUD", [
            ("R11", "Nilai indeks kepuasan masyarakat", "indeks", G(78.5), tg([80, 81, 82, 84, 85, 86]), T("84,62", 84.62), ""),
            ("R19", "Rasio pendapatan thd biaya operasional (CRR)", "%", G(40), tg([45, 47, 50, 52, 55, 58]), G(53.07), ""),
            # planted: a 10x target for 2024 (48.500.000.000 meant)
            ("R21", "Pendapatan operasional BLUD", "Rp", N(34500000000),
             tg([38500000000, 41000000000, 44000000000, 485000000000, 52000000000, 55000000000], "N"),
             N(49112530000), ""),
            ("R24", "Persentase kepatuhan penggunaan Fornas", "%", DASH(), tg(["-", "-", 80, 85, 87, 90]), G(86.9),
             "*) indikator baru hasil reviu Renstra 2023"),
        ]),
    ]
    r = 8
    no = 0
    for sas, items in groups:
        start = r
        for id_, name, unit, awal, targets, rv, ket in items:
            no += 1
            put(ws, "A%d" % r, no, CENTER)
            put(ws, "C%d" % r, name, WRAP)
            put(ws, "D%d" % r, unit, CENTER)
            put(ws, "E%d" % r, awal)
            for c, tv in zip("FGHIJK", targets):
                put(ws, "%s%d" % (c, r), tv)
            put(ws, "L%d" % r, rv)
            if id_ in NEG:
                put(ws, "M%d" % r, F("=IFERROR(ROUND((2*I{0}-L{0})/I{0}*100,2),\"-\")".format(r), None, "0.00"))
            else:
                put(ws, "M%d" % r, F("=IFERROR(ROUND(L{0}/I{0}*100,2),\"-\")".format(r), None, "0.00"))
            put(ws, "N%d" % r, ket, WRAP)
            tv = targets[3]
            AG.key(b, ws, "C%d" % r, 2024, id_, name, [tv], ["I%d" % r], "one", [rv], ["L%d" % r], "one")
            r += 1
        ws.merge_cells("B%d:B%d" % (start, r - 1))
        put(ws, "B%d" % start, sas, WRAPC)
        box(ws, "B%d:B%d" % (start, r - 1))
    ws["C%d" % (r + 1)] = "Sumber: SIMRS dan laporan keuangan BLUD (unaudited) per 31 Desember 2024."
    ws["C%d" % (r + 2)] = "Capaian indikator negatif (ALOS, TOI, pasien lari, waktu tunggu, readmisi) = (2T - R)/T x 100."
    sign(ws, r + 4, "I", "Teluk Damar, 20 Januari 2025", "Direktur,")
    ks = b.sheet("Keterangan")
    ks.column_dimensions["A"].width = 100
    ks["A1"] = "Matriks ini disusun dari Renstra Perubahan 2021-2026 (Pergub Teluk Damar No. 41 Tahun 2023)."
    ks["A2"] = "Realisasi 2024 bersifat sementara sampai LKjIP 2024 ditetapkan."


if __name__ == "__main__":
    book1()
    book2()
    book3()
    AG.save()
