"""UPTD Panti Sosial Bina Remaja (PSBR) "Tunas Mandiri", Kabupaten Sungai Lirang (invented), 2019-2022.

Files:
  PK_PSBR_Tunas_Mandiri_2019.xls          PK with two target columns (PK Awal / PK Perubahan), value and unit in
                                           separate cells, a hidden draft row, a wrapped name continued on the next row
  RA_Triwulan_PSBR_2020.xlsx              Rencana Aksi with T / R rows per indicator, quarters across; the whole table
                                           pasted a second time below the signature
  Capaian_per_Angkatan_PSBR_2021.ods      realisasi per cohort of residents (Angkatan I-III, T/R pairs), no annual
                                           column - novel layout
  Rekap_Bulanan_PSBR_2022.xls             monthly recap Jan-Des with a "Jumlah / Nilai Akhir" column (formulas, one
                                           wrong, one typed over); hidden sheet; notes sheet
"""
from openpyxl.styles import Font

from common import (ACC, GREY, HEAD, YEL, Agency, L, V, blank, boxes, dash, f, grade, merge, mistake, n, p, put,
                    t, text, widths)

FLOW = ["C01", "C02", "C04", "C07", "C09", "C10", "C11", "C11b", "C13", "C14", "C20", "C21", "C23"]

ag = Agency("uptd_psbr_kab_sungai_lirang",
            "UPTD Panti Sosial Bina Remaja (PSBR) \"Tunas Mandiri\", Dinas Sosial, Kabupaten Sungai Lirang",
            [2019, 2020, 2021, 2022], FLOW)
ag.ambiguous = [["C11", "C11b"]]

KEPALA = ("HJ. NURAINI SIREGAR, S.Sos., M.AP", "Pembina (IV/a)", "NIP. 19740817 199903 2 005")


def sign(ws, row, col, place, lines):
    text(ws, "%s%d" % (col, row), place)
    r = row + 1
    for s in lines:
        text(ws, "%s%d" % (col, r), s, bold=True)
        r += 1
    r += 3
    c = text(ws, "%s%d" % (col, r), KEPALA[0], bold=True)
    c.font = Font(bold=True, underline="single")
    text(ws, "%s%d" % (col, r + 1), KEPALA[1])
    text(ws, "%s%d" % (col, r + 2), KEPALA[2])
    return r + 2


def title(ws, rng, s, size=12):
    ws.merge_cells(rng)
    text(ws, rng.split(":")[0], s, bold=True, size=size, h="center")


def nv(x, fmt=None):
    if isinstance(x, V):
        return x
    if x is None:
        return blank()
    if x == "-":
        return dash()
    return n(x, fmt)


S1 = "Meningkatnya kemandirian remaja putus sekolah terlantar"
S2 = "Meningkatnya keterserapan remaja binaan di dunia kerja"
S3 = "Meningkatnya keberfungsian sosial remaja dan keluarganya"
S4 = "Meningkatnya kualitas pelayanan panti"


# =========================================================================== 2019: PK Awal / PK Perubahan
def pk2019(book):
    ws = book.sheet("PK 2019")
    widths(ws, {"A": 5, "B": 28, "C": 46, "D": 9, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 11, "K": 18})
    title(ws, "A1:K1", "PENGUKURAN KINERJA TAHUN 2019")
    title(ws, "A2:K2", "UPTD PANTI SOSIAL BINA REMAJA \"TUNAS MANDIRI\"")
    title(ws, "A3:K3", "DINAS SOSIAL KABUPATEN SUNGAI LIRANG")
    merge(ws, "A6:A7", "No", bold=True, h="center", fill=HEAD)
    merge(ws, "B6:B7", "Sasaran Strategis", bold=True, h="center", fill=HEAD)
    merge(ws, "C6:C7", "Indikator Kinerja", bold=True, h="center", fill=HEAD)
    merge(ws, "D6:E6", "Target PK Awal", bold=True, h="center", fill=HEAD)
    merge(ws, "F6:G6", "Target PK Perubahan", bold=True, h="center", fill=HEAD)
    merge(ws, "H6:I6", "Realisasi", bold=True, h="center", fill=HEAD)
    merge(ws, "J6:J7", "Capaian (%)", bold=True, h="center", fill=HEAD)
    merge(ws, "K6:K7", "Ket.", bold=True, h="center", fill=HEAD)
    for c, s in zip("DEFGHI", ["Vol", "Sat.", "Vol", "Sat.", "Vol", "Sat."]):
        put(ws, "%s7" % c, s, bold=True, h="center", fill=HEAD)
    for i, c in enumerate("ABCDEFGHIJK", start=1):
        put(ws, "%s8" % c, "(%d)" % i, h="center", italic=True, fill=GREY)
    G = [
        (S1, [
            ("C01", "Jumlah remaja putus sekolah yang dibina di dalam panti", "orang", 90, n(90), n(88)),
            ("C02", "Jumlah remaja putus sekolah yang dibina di luar panti", "orang", 60, n(60), n(72)),
            ("C03", "Prosentase remaja binaan yang menyelesaikan program bimbingan", "%", 90, n(90), t("93,2", 93.2)),
            ("C04", "Jumlah remaja yang mengikuti pelatihan keterampilan kerja", "orang", 90,
             mistake(n(900), "PK Perubahan target typed 10x (900 for 90)"), n(88)),
            ("C05", "Jumlah jenis keterampilan yang diselenggarakan", "jenis", 5, n(5), n(5)),
            ("HIDDEN", "Jumlah remaja yang dibina (dalam dan luar panti)", "orang", 150, n(150), n(160)),
            ("C06", "Persentase remaja binaan yang lulus uji kompetensi", "%", 70, n(70), n(68.2)),
            ("CONT", "dan memperoleh sertifikat", None, None, None, None),
        ]),
        (S2, [
            ("C23", "Jumlah remaja yang disalurkan kerja dan magang", "orang", 40, n(40), n(46)),
            ("C08", "Persentase remaja yang tersalurkan ke dunia kerja", "%", 40, n(40), n(52.3)),
            ("C10", "Jumlah remaja yang menerima bantuan stimulan usaha", "orang", 20, n(20), n(20)),
            ("C16", "Jumlah kerjasama dengan dunia usaha / industri", "dokumen", 8, n(8), n(9)),
        ]),
        (S3, [
            ("C11", "Jumlah remaja yang direunifikasi dengan keluarga", "orang", 80, n(80), n(84)),
            ("C12", "Persentase remaja yang diterima kembali oleh keluarga", "%", 95, n(95), n(96.4)),
            ("C13", "Jumlah kunjungan rumah (home visit)", "kali", 120, n(120), n(134)),
            ("C14", "Jumlah remaja yang kembali bersekolah / ikut kejar paket", "orang", 15, n(15), n(12)),
            ("C15", "Persentase remaja yang memperoleh bimbingan psikososial", "%", 100, n(100), n(100)),
        ]),
        (S4, [
            ("C17", "Persentase pemenuhan kebutuhan dasar remaja binaan", "%", 100, n(100), n(100)),
            ("C18", "Tingkat hunian panti", "%", 85, n(90), p(97.8, "0.0%")),
            ("C19", "Indeks Kepuasan Masyarakat", "mutu", grade("B"), grade("B"), grade("B")),
            ("C20", "Jumlah pendamping / peksos yang ditingkatkan kapasitasnya", "orang", 6, n(6), n(6)),
        ]),
    ]
    r = 9
    no = 0
    for sas, inds in G:
        rs = r
        for sid, name, unit, aw, tv, rv in inds:
            if sid == "CONT":
                put(ws, "C%d" % r, name)
                for c in "ADEFGHIJK":
                    put(ws, "%s%d" % (c, r), None)
                r += 1
                continue
            if sid != "HIDDEN":
                no += 1
                put(ws, "A%d" % r, no, h="center")
            else:
                put(ws, "A%d" % r, None)
            put(ws, "C%d" % r, name)
            put(ws, "D%d" % r, nv(aw), h="right")
            put(ws, "E%d" % r, unit, h="center")
            put(ws, "F%d" % r, tv, h="right")
            put(ws, "G%d" % r, unit, h="center")
            put(ws, "H%d" % r, rv, h="right")
            put(ws, "I%d" % r, unit, h="center")
            if sid == "C18":
                put(ws, "J%d" % r, V("=H%d*100/F%d*100" % (r, r), None, "0.00"), h="right")
            elif isinstance(tv.cell, (int, float)) and isinstance(rv.cell, (int, float)):
                put(ws, "J%d" % r, V("=H%d/F%d*100" % (r, r), None, "0.00"), h="right")
            elif sid == "C19":
                put(ws, "J%d" % r, 100, h="right")
            else:
                put(ws, "J%d" % r, n(103.56, "0.00"), h="right")
            put(ws, "K%d" % r, {"C04": "PK Perubahan (APBD-P)", "C18": "kapasitas 45 tempat tidur",
                                "C19": "survei IKM semester II"}.get(sid))
            if sid == "HIDDEN":
                ws.row_dimensions[r].hidden = True
            else:
                ag.key(book, ws, "C%d" % r, 2019, sid, tv, "F%d" % r, rv, "H%d" % r)
            r += 1
        merge(ws, "B%d:B%d" % (rs, r - 1), sas, va="top")
    boxes(ws, "A9:K%d" % (r - 1))
    r += 1
    text(ws, "B%d" % r, "Jumlah Anggaran (DPPA) Tahun 2019   : Rp. 1.964.250.000,-")
    text(ws, "B%d" % (r + 1), "Jumlah Realisasi Anggaran Tahun 2019 : Rp. 1.887.105.650,-")
    sign(ws, r + 3, "H", "Sungai Lirang, 31 Desember 2019", ["Kepala UPTD PSBR \"Tunas Mandiri\","])


# =========================================================================== 2020: T/R rows, pasted twice
def ra2020(book):
    ws = book.sheet("RA 2020")
    widths(ws, {"A": 5, "B": 26, "C": 48, "D": 9, "E": 12, "F": 6, "G": 10, "H": 10, "I": 10, "J": 10, "K": 22})
    G = [
        (S1, [
            ("C01", "a) Jumlah remaja putus sekolah yang dibina dalam panti", "orang", n(90),
             [22, 23, 22, 23], [30, 0, 14, 20]),
            ("C02", "b) Jumlah remaja putus sekolah yang dibina luar panti", "orang", n(60),
             [15, 15, 15, 15], [20, "-", 10, 15]),
            ("C03", "c) Persentase remaja binaan yang menyelesaikan program", "%", p(90),
             [p(90)] * 4, ["-", "-", p(85), p(87.5)]),
            ("C04", "a) Jumlah remaja yang mengikuti pelatihan keterampilan", "orang", n(90),
             [22, 23, 22, 23], [28, 0, 12, 20]),
            ("C05", "b) Jumlah jenis pelatihan keterampilan", "jenis", n(5), [5, 5, 5, 5], [5, 3, 4, 4]),
            ("C06", "c) Persentase remaja yang lulus uji kompetensi/bersertifikat", "%", p(70),
             ["-", "-", p(70), p(70)], ["-", "-", p(70), p(71.7)]),
        ]),
        (S2, [
            ("C23", "a) Jumlah remaja yang disalurkan kerja / magang", "orang", n(40), [10, 10, 10, 10],
             [10, 0, 4, 7]),
            ("C08", "b) Persentase remaja binaan yang tersalurkan ke dunia kerja", "%", n(40), [40, 40, 40, 40],
             [33.3, "-", 28.6, mistake(n(0.35), "fraction typed in a plain cell (0,35 for 35 %)")]),
            ("C10", "c) Jumlah remaja penerima bantuan stimulan usaha", "orang", n(20), [5, 5, 5, 5], [0, 0, 10, 5]),
            ("C16", "d) Jumlah MoU kerjasama dengan dunia usaha", "dokumen", n(10), [9, 9, 10, 10], [9, 9, 10, 10]),
        ]),
        (S3, [
            ("C11", "a) Jumlah remaja yang direunifikasi dengan keluarganya", "orang", n(80), [20, 20, 20, 20],
             [22, 9, 14, 16]),
            ("C12", "b) Persentase remaja yang diterima kembali oleh keluarga & masyarakat", "%", p(95),
             [p(95)] * 4, [p(100)] * 4),
            ("C13", "c) Jumlah home visit / bimbingan lanjut", "kali", n(120), [30, 30, 30, 30], [30, 0, 12, 16]),
            ("C14", "d) Jumlah remaja yang kembali bersekolah (kejar paket)", "orang", n(15), [0, 5, 5, 5],
             [0, 0, 4, 5]),
            ("C15", "e) Persentase remaja yang mendapatkan bimbingan psikososial", "%", p(100), [p(100)] * 4,
             [p(100), p(90), p(95), p(95)]),
        ]),
        (S4, [
            ("C17", "a) Persentase pemenuhan kebutuhan dasar (permakanan & sandang)", "%", p(100), [p(100)] * 4,
             [p(100)] * 4),
            ("C18", "b) Tingkat hunian panti", "%", p(90), [p(90)] * 4, [p(95.6), p(33.3), p(62.2), p(71.1)]),
            ("C19", "c) Indeks Kepuasan Masyarakat (IKM)", "nilai", n(80), ["-", "-", "-", 80], ["-", "-", "-", 81.7]),
            ("C20", "d) Jumlah pekerja sosial/pendamping yang ditingkatkan kapasitasnya", "orang", n(6),
             ["-", "-", 6, "-"], [0, 0, 4, 0]),
        ]),
    ]

    def table(top, record):
        title(ws, "A%d:K%d" % (top, top), "RENCANA AKSI DAN REALISASI KINERJA TRIWULANAN TAHUN 2020")
        title(ws, "A%d:K%d" % (top + 1, top + 1), "UPTD PANTI SOSIAL BINA REMAJA \"TUNAS MANDIRI\" "
                                                   "KABUPATEN SUNGAI LIRANG", size=11)
        h = top + 3
        for rng, s in [("A%d:A%d", "No"), ("B%d:B%d", "Sasaran"), ("C%d:C%d", "Indikator Kinerja"),
                       ("D%d:D%d", "Satuan"), ("E%d:E%d", "Target Tahun 2020"), ("F%d:F%d", "T / R"),
                       ("K%d:K%d", "Keterangan")]:
            merge(ws, rng % (h, h + 1), s, bold=True, h="center", fill=HEAD)
        merge(ws, "G%d:J%d" % (h, h), "Triwulan", bold=True, h="center", fill=HEAD)
        for c, s in zip("GHIJ", ["I", "II", "III", "IV"]):
            put(ws, "%s%d" % (c, h + 1), s, bold=True, h="center", fill=HEAD)
        r = h + 2
        no = 0
        for sas, inds in G:
            rs = r
            for sid, name, unit, tv, qt, qr in inds:
                no += 1
                merge(ws, "A%d:A%d" % (r, r + 1), no, h="center", va="top")
                merge(ws, "C%d:C%d" % (r, r + 1), name, va="top")
                merge(ws, "D%d:D%d" % (r, r + 1), unit, h="center", va="top")
                merge(ws, "E%d:E%d" % (r, r + 1), tv, h="right", va="top")
                put(ws, "F%d" % r, "T", h="center")
                put(ws, "F%d" % (r + 1), "R", h="center", fill=YEL)
                qv = [nv(x) for x in qr]
                tq = [nv(x) for x in qt]
                for k, c in enumerate("GHIJ"):
                    put(ws, "%s%d" % (c, r), tq[k], h="right")
                    put(ws, "%s%d" % (c, r + 1), qv[k], h="right", fill=YEL)
                put(ws, "K%d" % r, {"C01": "penerimaan terhenti TW II (pandemi)",
                                    "C18": "remaja dipulangkan sementara Apr-Jun"}.get(sid))
                put(ws, "K%d" % (r + 1), None)
                if record:
                    ag.key(book, ws, "C%d" % r, 2020, sid, tv, "E%d" % r, qv,
                           ["%s%d" % (c, r + 1) for c in "GHIJ"], rule="period")
                r += 2
            merge(ws, "B%d:B%d" % (rs, r - 1), sas, va="top")
        text(ws, "C%d" % (r + 1), "T = target triwulan, R = realisasi triwulan. Realisasi TW II terdampak "
             "penghentian sementara pelayanan dalam panti (COVID-19).", italic=True, size=9)
        end = sign(ws, r + 3, "H", "Sungai Lirang, 5 Januari 2021", ["Kepala UPTD PSBR \"Tunas Mandiri\""])
        return end

    end = table(1, True)
    # the clerk pasted the whole table a second time further down the sheet (not keyed)
    table(end + 6, False)


# =========================================================================== 2021: per cohort (novel)
def cohort2021(book):
    ws = book.sheet("Capaian per Angkatan 2021")
    widths(ws, {"A": 5, "B": 50, "C": 9, "D": 11, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 9, "K": 24})
    title(ws, "A1:K1", "CAPAIAN KINERJA PER ANGKATAN BINAAN TAHUN 2021")
    title(ws, "A2:K2", "UPTD PSBR \"TUNAS MANDIRI\" - DINAS SOSIAL KAB. SUNGAI LIRANG", size=11)
    merge(ws, "A4:A6", "No", bold=True, h="center", fill=HEAD)
    merge(ws, "B4:B6", "Indikator Kinerja", bold=True, h="center", fill=HEAD)
    merge(ws, "C4:C6", "Satuan", bold=True, h="center", fill=HEAD)
    merge(ws, "D4:D6", "Target 2021", bold=True, h="center", fill=HEAD)
    merge(ws, "E4:J4", "Target dan Realisasi per Angkatan Binaan", bold=True, h="center", fill=HEAD)
    merge(ws, "E5:F5", "Angkatan I\n(Januari - April)", bold=True, h="center", fill=HEAD)
    merge(ws, "G5:H5", "Angkatan II\n(Mei - Agustus)", bold=True, h="center", fill=HEAD)
    merge(ws, "I5:J5", "Angkatan III\n(September - Desember)", bold=True, h="center", fill=HEAD)
    for c, s in zip("EFGHIJ", ["T", "R", "T", "R", "T", "R"]):
        put(ws, "%s6" % c, s, bold=True, h="center", fill=HEAD)
    merge(ws, "K4:K6", "Keterangan", bold=True, h="center", fill=HEAD)
    ws.row_dimensions[5].height = 30

    def pc(x):
        return p(x, "0.0%") if isinstance(x, (int, float)) else x

    G = [
        ("I. " + S1, [
            ("C01", "Jml remaja putus sekolah yg dibina dlm panti", "orang", n(90), [30, 30, 30], [29, 28, 28]),
            ("C02", "Jml remaja putus sekolah yg dibina di luar panti", "orang", n(75), [25, 25, 25], [26, 25, 27]),
            ("C03", "% remaja binaan yg menyelesaikan program bimbingan", "%", p(92, "0.0%"), [pc(92)] * 3,
             [pc(96.6), pc(92.9), pc(94.1)]),
            ("C04", "Jml remaja yg mengikuti pelatihan keterampilan kerja", "orang", n(90), [30, 30, 30],
             [28, 27, mistake(n(280), "Angkatan III realisasi typed 10x (280 for 28)")]),
            ("C05", "Jml jenis keterampilan yg dilatihkan", "jenis", n(6), [6, 6, 6], [5, 6, 6]),
            ("C06", "% remaja lulus uji kompetensi", "%", t("75 %", 75), [t("75 %", 75)] * 3,
             [t("75 %", 75), t("78,6 %", 78.6), t("77,1 %", 77.1)]),
        ]),
        ("II. " + S2, [
            ("C07", "Jml remaja yg disalurkan kerja", "orang", n(30), [10, 10, 10], [10, 12, 11]),
            ("C09", "Jml remaja yg mengikuti magang/PKL di DUDI", "orang", n(25), [8, 8, 9], [9, 8, 10]),
            ("C08", "% remaja yg tersalurkan ke dunia kerja", "%", n(45), [45, 45, 45], [44.8, 48.1, 47.1]),
            ("C10", "Jml remaja penerima bantuan stimulan usaha", "orang", n(25), [8, 8, 9], [8, 9, 8]),
            ("C16", "Jml kerjasama (MoU) dg dunia usaha & industri", "dokumen", n(12), [12, 12, 12], [10, 11, 11]),
        ]),
        ("III. " + S3, [
            ("C11b", "Jml remaja yg dikembalikan kpd keluarga (terminasi)", "orang", n(85), [28, 28, 29],
             [27, 28, 27]),
            ("C12", "% remaja yg diterima kembali\noleh keluarga", "%", p(95, "0.0%"), [pc(95)] * 3,
             [pc(96.3), pc(100), pc(97.6)]),
            ("C13", "Jml kunjungan rumah (home visit)", "kali", n(120), [40, 40, 40], [40, 44, 42]),
            ("C14", "Jml remaja yg kembali bersekolah / kejar paket", "orang", n(20), [6, 7, 7], [6, 8, 8]),
            ("C15", "% remaja yg mendapat layanan bimbingan psikososial", "%", p(100, "0.0%"), [pc(100)] * 3,
             [pc(100)] * 3),
            ("C21", "Jml remaja yg mendapat bimbingan lanjut (after care)", "orang", n(50), [16, 17, 17],
             [14, 15, 17]),
        ]),
        ("IV. " + S4, [
            ("C17", "% pemenuhan kebutuhan dasar remaja binaan", "%", p(100, "0.0%"), [pc(100)] * 3,
             [pc(100), pc(97), pc(98.5)]),
            ("C18", "Tingkat hunian panti (%)", "%", n(90), [90, 90, 90], [96.7, 93.3, 94.4]),
            ("C19", "Indeks Kepuasan Masyarakat", "nilai", n(81), ["-", "-", 81], ["-", "-", t("82,35", 82.35)]),
        ]),
    ]
    r = 7
    no = 0
    for gname, inds in G:
        merge(ws, "A%d:K%d" % (r, r), gname, bold=True, fill=GREY)
        r += 1
        for sid, name, unit, tv, qt, qr in inds:
            no += 1
            put(ws, "A%d" % r, no, h="center")
            put(ws, "B%d" % r, name)
            put(ws, "C%d" % r, unit, h="center")
            put(ws, "D%d" % r, tv, h="right", fill=YEL)
            tq = [nv(x) for x in qt]
            qv = [nv(x) for x in qr]
            for k in range(3):
                put(ws, "%s%d" % (L(5 + 2 * k), r), tq[k], h="right")
                put(ws, "%s%d" % (L(6 + 2 * k), r), qv[k], h="right")
            put(ws, "K%d" % r, {"C19": "survei IKM Nov 2021", "C04": "lihat daftar hadir pelatihan",
                                "C11b": "termasuk terminasi dini"}.get(sid))
            ag.key(book, ws, "B%d" % r, 2021, sid, tv, "D%d" % r, qv, ["F%d" % r, "H%d" % r, "J%d" % r],
                   rule="period")
            r += 1
    r += 1
    text(ws, "B%d" % r, "Catatan: satu angkatan dibina selama 4 bulan; realisasi tahunan = jumlah ketiga angkatan "
         "(untuk indikator persentase: nilai angkatan terakhir).", italic=True, size=9)
    sign(ws, r + 2, "G", "Sungai Lirang, 30 Desember 2021", ["Kepala UPTD PSBR \"Tunas Mandiri\","])


# =========================================================================== 2022: monthly recap
def monthly2022(book):
    ws = book.sheet("Rekap 2022")
    widths(ws, {"A": 5, "B": 50, "C": 9, "D": 9, "Q": 12, "R": 10, "S": 20})
    for c in range(5, 17):
        ws.column_dimensions[L(c)].width = 6
    title(ws, "A1:S1", "REKAPITULASI BULANAN CAPAIAN KINERJA TAHUN 2022")
    title(ws, "A2:S2", "UPTD PANTI SOSIAL BINA REMAJA \"TUNAS MANDIRI\" KABUPATEN SUNGAI LIRANG", size=11)
    merge(ws, "A4:A5", "No", bold=True, h="center", fill=HEAD)
    merge(ws, "B4:B5", "Indikator Kinerja", bold=True, h="center", fill=HEAD)
    merge(ws, "C4:C5", "Satuan", bold=True, h="center", fill=HEAD)
    merge(ws, "D4:D5", "Target", bold=True, h="center", fill=HEAD)
    merge(ws, "E4:P4", "Realisasi Bulan", bold=True, h="center", fill=HEAD)
    for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]):
        put(ws, "%s5" % L(5 + i), m, bold=True, h="center", fill=HEAD)
    merge(ws, "Q4:Q5", "Jumlah / Nilai Akhir 2022", bold=True, h="center", fill=HEAD)
    merge(ws, "R4:R5", "Capaian (%)", bold=True, h="center", fill=HEAD)
    merge(ws, "S4:S5", "Ket.", bold=True, h="center", fill=HEAD)
    E = None
    G = [
        (S1, [
            ("C01", "Jumlah Remaja Putus Sekolah yang Dibina di Dalam Panti", "orang", 100,
             [32, 0, 0, 0, 35, 0, 0, 0, 0, 0, 0, 35], "sum-missing-dec"),
            ("C02", "Jumlah Remaja Putus Sekolah yang Dibina di Luar Panti (Berbasis Masyarakat)", "orang", 80,
             [6, 7, 6, 7, 6, 6, 7, 6, 7, 6, 7, 6], "sum"),
            ("C03", "Persentase Remaja Binaan yang Menyelesaikan Program Bimbingan", "%", 92,
             [E, E, E, 93.8, E, E, E, 95.0, E, E, E, 95.1], "last"),
            ("C04", "Jumlah Remaja yang Mengikuti Pelatihan Keterampilan", "orang", 100,
             [32, 0, 0, 0, 33, 0, 0, 0, 33, 0, 0, 0], "sum"),
            ("C05", "Jumlah Jenis Keterampilan yang Diselenggarakan", "jenis", 6, [6] * 12, "last"),
            ("C06", "Persentase Remaja yang Lulus Uji Kompetensi dan Bersertifikat", "%", 80,
             [E, E, E, 81.3, E, E, E, 84.8, E, E, E, 82.7], "last"),
        ]),
        (S2, [
            ("C07", "Jumlah Remaja yang Disalurkan Kerja", "orang", 35, [0, 0, 0, 5, 3, 2, 0, 8, 4, 3, 0, 16],
             "typed38"),
            ("C09", "Jumlah Remaja yang Mengikuti Magang di Dunia Usaha", "orang", 30,
             [0, 0, 10, 0, 0, 0, 12, 0, 0, 0, 12, 0], "sum"),
            ("C08", "Persentase Remaja yang Tersalurkan ke Dunia Kerja", "%", 50,
             [E, E, E, 45, E, E, E, 48.5, E, E, E, 52.5], "last"),
            ("C16", "Jumlah Kerjasama dengan Dunia Usaha dan Industri", "dokumen", 12,
             [11, 11, 12, 12, 12, 13, 13, 13, 14, 14, 14, 14], "last"),
        ]),
        (S3, [
            ("C11b", "Jumlah Remaja yang Dikembalikan kepada Keluarga", "orang", 95,
             [0, 0, 0, 31, 0, 0, 0, 33, 0, 0, 0, 35], "sum"),
            ("C12", "Persentase Remaja yang Diterima Kembali oleh Keluarga dan Masyarakat", "%", 97,
             [E, E, E, 96.8, E, E, E, 100, E, E, E, 98], "last"),
            ("C13", "Jumlah Kunjungan Rumah (Home Visit)", "kali", 140,
             [12, 11, 13, 12, 14, 12, 13, 12, 13, 12, 14, 13], "sum"),
            ("C14", "Jumlah Remaja yang Kembali Bersekolah / Mengikuti Kejar Paket", "orang", 20,
             [0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 12], "sum"),
            ("C15", "Persentase Remaja yang Mendapat Layanan Bimbingan Psikososial ", "%", 100, [100] * 12, "last"),
            ("C21", "Jumlah Remaja yang Mendapat Bimbingan Lanjut", "orang", 60,
             [5, 5, 5, 5, 6, 5, 5, 5, 6, 5, 5, 6], "sum"),
        ]),
        (S4, [
            ("C18", "Tingkat Hunian Panti", "%", 95,
             [71.1, 95.6, 97.8, 100, 64.4, 97.8, 100, 100, 68.9, 95.6, 100, 100], "last"),
            ("C19", "Nilai IKM", "nilai", 82, [E, E, E, E, E, 83.1, E, E, E, E, E, 83.9], "last"),
            ("C20", "Jumlah Pekerja Sosial yang Ditingkatkan Kapasitasnya", "orang", 8,
             [0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0], "sum"),
        ]),
    ]
    r = 6
    no = 0
    for sas, inds in G:
        merge(ws, "A%d:S%d" % (r, r), sas, bold=True, fill=GREY)
        r += 1
        for sid, name, unit, tg, months, mode in inds:
            no += 1
            put(ws, "A%d" % r, no, h="center")
            put(ws, "B%d" % r, name)
            put(ws, "C%d" % r, unit, h="center")
            tv = n(tg)
            put(ws, "D%d" % r, tv, h="right")
            for i, x in enumerate(months):
                put(ws, "%s%d" % (L(5 + i), r), nv(x), h="right")
            nums = [x for x in months if x is not None]
            if mode == "sum":
                rv = f("=SUM(E%d:P%d)" % (r, r), sum(nums))
            elif mode == "sum-missing-dec":
                rv = mistake(f("=SUM(E%d:O%d)" % (r, r), sum(months[:11])),
                             "wrong formula: Jumlah =SUM(Jan..Nov) misses December (67 for 102)")
            elif mode == "typed38":
                rv = mistake(n(38), "Jumlah typed over with 38 while the months add up to 41")
            elif mode == "last":
                rv = f("=P%d" % r, months[11])
            put(ws, "Q%d" % r, rv, h="right", fill=YEL)
            put(ws, "R%d" % r, V("=Q%d/D%d*100" % (r, r), None, "0.00"), h="right")
            put(ws, "S%d" % r, {"C19": "survei semester", "C07": "data BKK per 28 Des",
                                "C18": "kapasitas 45 orang"}.get(sid))
            ag.key(book, ws, "B%d" % r, 2022, sid, tv, "D%d" % r, rv, "Q%d" % r)
            r += 1
    r += 1
    text(ws, "B%d" % r, "Jumlah / Nilai Akhir: penjumlahan bulan untuk indikator jumlah; nilai bulan Desember "
         "untuk indikator persentase / nilai.", italic=True, size=9)
    sign(ws, r + 2, "M", "Sungai Lirang, 30 Desember 2022", ["Kepala UPTD PSBR \"Tunas Mandiri\","])

    wh = book.sheet("Rekap 2021 (lama)")
    wh.sheet_state = "hidden"
    text(wh, "A1", "Rekap 2021 - format lama, jangan dipakai", bold=True)
    for i, (nm, tg, rv) in enumerate([("Jumlah remaja yang dibina dalam panti", 90, 85),
                                      ("Jumlah remaja disalurkan kerja", 30, 33)], start=3):
        wh["A%d" % i], wh["B%d" % i], wh["C%d" % i] = nm, tg, rv
    wn = book.sheet("Keterangan")
    widths(wn, {"A": 100})
    for i, s in enumerate(["Keterangan:",
                           "- Data bersumber dari buku register klien dan laporan pekerja sosial.",
                           "- Indikator persentase pemenuhan kebutuhan dasar tidak lagi masuk PK 2022.",
                           "- Bantuan stimulan usaha dialihkan ke Bidang Pemberdayaan Sosial sejak 2022.",
                           "- Kolom Jumlah/Nilai Akhir diisi oleh operator SIMONEV."], start=1):
        text(wn, "A%d" % i, s, bold=(i == 1))


def main():
    b1 = ag.book("PK_PSBR_Tunas_Mandiri_2019", "xls")
    pk2019(b1)
    b1.save()
    b2 = ag.book("RA_Triwulan_PSBR_2020", "xlsx")
    ra2020(b2)
    b2.save()
    b3 = ag.book("Capaian_per_Angkatan_PSBR_2021", "ods")
    cohort2021(b3)
    b3.save()
    b4 = ag.book("Rekap_Bulanan_PSBR_2022", "xls")
    monthly2022(b4)
    b4.save()
    ag.finish()


if __name__ == "__main__":
    main()
