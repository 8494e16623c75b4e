"""Agency 2: UPTD Perlindungan Perempuan dan Anak (UPTD PPA) Kota Bandar Seruni.

Files
  PK_UPTD_PPA_Kota_Bandar_Seruni_2021.xlsx      "PK 2021" (PK Awal / PK Perubahan), "Lampiran Anggaran",
                                                 hidden "PK Awal (lama)"
  Rekap_Bulanan_UPTD_PPA_2022.ods                monthly recap split over "Layanan" and
                                                 "Pencegahan & Kelembagaan", no annual column
  E81_Evaluasi_Renja_UPTD_PPA_TW_IV_2023.xls     Permendagri 86 form E.81 (K/Rp pairs), Deli Serdang numbering
  Lajur_Capaian_Kinerja_UPTD_PPA_2024.xlsx       "Lajur 2024": one indicator per 4-row block, values in one
                                                 column (target, semester I, semester II, capaian);
                                                 "Rekap Sasaran"; hidden "master"
Invented agency, people, NIPs and figures.
"""
from common import (Agency, GROUP_FILL, HEAD_FILL, Val, blank, box, dash, fml, grade, last_key, num, pct,
                    put, signature, sum_key, txt, widths)

AG = Agency(
    "uptd_ppa_kota_bandar_seruni",
    "UPTD Perlindungan Perempuan dan Anak (UPTD PPA) Dinas Pemberdayaan Perempuan dan Perlindungan Anak "
    "Kota Bandar Seruni",
    [2021, 2022, 2023, 2024])
AG.ambiguous = [["B14", "B14b"]]

KEP_1 = ("RATNA DEWI ANGGRAINI, S.Psi., M.Si", "Pembina (IV/a)", "NIP. 19800617 200604 2 009")
KEP_2 = ("ANDI MUH. FIRDAUS, S.H., M.H.", "Penata Tk. I (III/d)", "NIP. 19790203 200312 1 004")
KADIS = ("Dr. Hj. SITI MARLINA HASIBUAN, M.Pd", "Pembina Utama Muda (IV/c)", "NIP. 19690408 199403 2 007")


# =========================================================================== 2021: PK Awal / Perubahan
def sheet_2021(book):
    ws = book.sheet("PK 2021")
    widths(ws, {"A": 5, "B": 30, "C": 50, "D": 9, "E": 11, "F": 12, "G": 12, "H": 11, "I": 20})
    put(ws, "A1", "PENGUKURAN KINERJA TAHUN 2021", bold=True, h="center")
    put(ws, "A2", "UPTD PERLINDUNGAN PEREMPUAN DAN ANAK (UPTD PPA)", bold=True, h="center")
    put(ws, "A3", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KOTA BANDAR SERUNI", bold=True, h="center")
    for r in (1, 2, 3):
        ws.merge_cells("A%d:I%d" % (r, r))
    put(ws, "A5", "Kota")
    put(ws, "C5", ": Bandar Seruni")
    put(ws, "A6", "Unit Kerja")
    put(ws, "C6", ": UPTD PPA")
    heads = {"A8": "No", "B8": "Sasaran", "C8": "Indikator Kinerja", "D8": "Satuan", "E8": "Target 2021",
             "E9": "PK Awal", "F9": "PK Perubahan", "G8": "Realisasi 2021", "H8": "Capaian (%)",
             "I8": "Keterangan"}
    for k, v in heads.items():
        put(ws, k, v, bold=True, h="center", wrap=True, fill=HEAD_FILL)
    for m in ("A8:A9", "B8:B9", "C8:C9", "D8:D9", "E8:F8", "G8:G9", "H8:H9", "I8:I9"):
        ws.merge_cells(m)
    for i, c in enumerate("ABCDEFGHI"):
        put(ws, "%s10" % c, "(%d)" % (i + 1), h="center", italic=True)
    box(ws, "A8:I10")
    P0 = "0%"
    S = [
        ("Meningkatnya kualitas layanan penanganan perempuan dan anak korban kekerasan", [
            ("B01", "Jumlah pengaduan kasus kekerasan thd perempuan dan anak yang diterima", "kasus", num(100),
             num(120), num(134), None),
            ("B02", "Persentase perempuan korban kekerasan yang mendapatkan layanan komprehensif", "%",
             pct(1.0, P0), pct(1.0, P0), pct(1.0, P0), None),
            ("B03", "Persentase anak korban kekerasan yang mendapatkan layanan komprehensif", "%", pct(1.0, P0),
             pct(1.0, P0), fml("=58/60", 58 / 60, "0.00%"), "58 dari 60 anak"),
            ("B22", "Jumlah korban yang mendapatkan pendampingan hukum dan psikologis", "orang", num(80), num(90),
             num(97), None),
            ("B06", "Jumlah korban yang mendapatkan layanan kesehatan", "orang", num(40), num(45), num(51), None),
            ("B07", "Jumlah korban yang mendapatkan layanan\npenampungan sementara (rumah aman)", "orang",
             num(15), num(15), num(12), None),
            # planted: wrong formula, divides by the target number of complaints (120) instead of 134 received
            ("B09", "Persentase kasus kekerasan yang terselesaikan", "%", pct(0.8, P0), pct(0.8, P0),
             fml("=112/120", 112 / 120, "0.00%"), "112 kasus selesai"),
            # the indicator typed into the Sasaran column; planted: realisasi typed 0.95 in a plain cell
            ("B21", "Persentase kasus yang ditangani sesuai SOP", "%", pct(0.9, P0), pct(0.9, P0), num(0.95),
             "SASCOL"),
            ("B08", "Rata-rata waktu tanggap pengaduan", "jam", txt("24 jam", 24), txt("24 jam", 24),
             txt("18 jam", 18), "indikator negatif"),
        ]),
        ("Meningkatnya kualitas pemulihan dan reintegrasi sosial korban", [
            ("B14", "Persentase korban yang mendapatkan layanan reintegrasi sosial", "%", pct(0.7, P0),
             pct(0.7, P0), pct(0.725, "0.0%"), None),
            ("B13", "Jumlah kasus yang diselesaikan melalui mediasi", "kasus", num(20), num(25), num(27), None),
            ("B10", "Jumlah kasus yang dirujuk ke lembaga layanan lain", "kasus", num(30), num(30), num(26), None),
            ("B19", "Jumlah anak berhadapan dengan hukum (ABH) yang didampingi", "anak", num(25), num(30), num(33),
             None),
            ("B18", "Jumlah penjangkauan korban", "kali", num(60), num(70), num(78), None),
        ]),
        ("Meningkatnya upaya pencegahan kekerasan terhadap perempuan dan anak", [
            ("B11", "Jumlah sosialisasi pencegahan kekerasan terhadap perempuan dan anak", "kali", num(12),
             num(15), num(16), None),
            ("B12", "Jumlah peserta sosialisasi", "orang", txt("600 orang", 600), txt("750 orang", 750),
             txt("1.236 orang", 1236), None),
        ]),
        ("Meningkatnya tata kelola dan akuntabilitas UPTD PPA", [
            ("B15", "Indeks Kepuasan Masyarakat (IKM) UPTD PPA", "nilai", num(78), num(80), num(82.4), None),
            ("B16", "Jumlah SDM layanan yang mengikuti peningkatan kapasitas", "orang", num(10), num(10), num(12),
             None),
            ("B17", "Jumlah laporan data kasus pada SIMFONI-PPA yang tepat waktu", "laporan", num(12), num(12),
             num(12), None),
        ]),
    ]
    r = 11
    no = 0
    for sasaran, inds in S:
        start = r
        end = None
        for sid, name, unit, ta, tp, rv, ket in inds:
            no += 1
            put(ws, "A%d" % r, "%d." % no, h="center")
            if ket == "SASCOL":
                # clerk typed the indicator one column to the left, under the sasaran merge's end
                end = r - 1
                put(ws, "B%d" % r, name, wrap=True)
                ket = None
                name_cell = "B%d" % r
            else:
                put(ws, "C%d" % r, name, wrap=True)
                name_cell = "C%d" % r
            put(ws, "D%d" % r, unit, h="center")
            put(ws, "E%d" % r, ta, h="right")
            put(ws, "F%d" % r, tp, h="right")
            put(ws, "G%d" % r, rv, h="right")
            if sid == "B08":
                put(ws, "H%d" % r, Val(125, None))
            elif isinstance(tp.cell, (int, float)) and (isinstance(rv.cell, (int, float)) or
                                                        str(rv.cell).startswith("=")):
                put(ws, "H%d" % r, Val("=G%d/F%d*100" % (r, r), None, "0.00"))
            else:
                put(ws, "H%d" % r, Val(round(rv.key / tp.key * 100, 2), None, "0.00"))
            put(ws, "I%d" % r, ket, wrap=True)
            AG.key(book, ws, name_cell, 2021, sid, tp, rv, "F%d" % r, "G%d" % r)
            r += 1
        put(ws, "B%d" % start, sasaran, wrap=True, v_align="top")
        ws.merge_cells("B%d:B%d" % (start, (end if end else r - 1)))
    box(ws, "A11:I%d" % (r - 1))
    r += 1
    put(ws, "B%d" % r, "Jumlah Anggaran (PK Perubahan) Tahun 2021 : Rp. 1.246.800.000,-")
    put(ws, "B%d" % (r + 1), "Jumlah Realisasi Anggaran Tahun 2021 : Rp. 1.187.362.450,-")
    put(ws, "B%d" % (r + 2), "Capaian dihitung terhadap target PK Perubahan.", italic=True)
    signature(ws, r + 4, 6, "Bandar Seruni, 31 Desember 2021", ["Kepala UPTD PPA"], *KEP_1, merge_to="I")

    wa = book.sheet("Lampiran Anggaran")
    widths(wa, {"A": 6, "B": 70, "C": 18, "D": 18})
    put(wa, "A1", "LAMPIRAN: PROGRAM, KEGIATAN DAN ANGGARAN UPTD PPA TAHUN 2021", bold=True)
    for k, v in {"A3": "Kode", "B3": "Program / Kegiatan / Sub Kegiatan", "C3": "Pagu (Rp)",
                 "D3": "Realisasi (Rp)"}.items():
        put(wa, k, v, bold=True, fill=HEAD_FILL)
    lines = [("2.08.03", "PROGRAM PERLINDUNGAN PEREMPUAN", "=SUM(C5:C6)", "=SUM(D5:D6)"),
             ("2.08.03.2.02", "Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan", 512400000,
              498210000),
             ("2.08.03.2.03", "Pencegahan Kekerasan terhadap Perempuan", 188600000, 176105000),
             ("2.08.06", "PROGRAM PERLINDUNGAN KHUSUS ANAK", 545800000, 513047450)]
    for i, (k, n, p, rl) in enumerate(lines, 4):
        put(wa, "A%d" % i, k)
        put(wa, "B%d" % i, n)
        put(wa, "C%d" % i, Val(p, None, "#,##0"))
        put(wa, "D%d" % i, Val(rl, None, "#,##0"))
    box(wa, "A3:D7")
    wh = book.sheet("PK Awal (lama)", state="hidden")
    put(wh, "A1", "PK AWAL 2021 (sebelum perubahan)")
    put(wh, "A2", "Jumlah pengaduan kasus kekerasan thd perempuan dan anak yang diterima")
    put(wh, "B2", 100)
    put(wh, "A3", "Jumlah korban yang mendapatkan pendampingan hukum dan psikologis")
    put(wh, "B3", 80)


# =========================================================================== 2022: monthly recap, two sheets
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
MCOLS = "EFGHIJKLMNOP"


def monthly_sheet(book, title, subtitle, inds, start_no, sign):
    ws = book.sheet(title)
    widths(ws, {"A": 5, "B": 50, "C": 9, "D": 10, "Q": 24})
    for c in MCOLS:
        ws.column_dimensions[c].width = 7
    put(ws, "A1", "REKAPITULASI BULANAN CAPAIAN KINERJA UPTD PPA KOTA BANDAR SERUNI", bold=True)
    put(ws, "A2", "TAHUN 2022" + subtitle, bold=True)
    heads = {"A4": "No", "B4": "Indikator Kinerja", "C4": "Satuan", "D4": "Target 2022",
             "E4": "Realisasi Bulan", "Q4": "Keterangan"}
    for k, v in heads.items():
        put(ws, k, v, bold=True, h="center", wrap=True, fill=HEAD_FILL)
    for i, m in enumerate(MONTHS):
        put(ws, "%s5" % MCOLS[i], m, bold=True, h="center", fill=HEAD_FILL)
    for m in ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:P4", "Q4:Q5"):
        ws.merge_cells(m)
    box(ws, "A4:Q5")
    r = 6
    no = start_no
    for sid, name, unit, t, months, rule, ket in inds:
        put(ws, "A%d" % r, no, h="center")
        put(ws, "B%d" % r, name, wrap=True)
        put(ws, "C%d" % r, unit, h="center")
        put(ws, "D%d" % r, t, h="right")
        cells = []
        for i, v in enumerate(months):
            put(ws, "%s%d" % (MCOLS[i], r), v, h="right")
            cells.append("%s%d" % (MCOLS[i], r))
        put(ws, "Q%d" % r, ket, wrap=True)
        rk = sum_key(months) if rule == "sum" else last_key(months)
        AG.key(book, ws, "B%d" % r, 2022, sid, t, rk, "D%d" % r, cells, rule)
        r += 1
        no += 1
    box(ws, "A6:Q%d" % (r - 1))
    r += 1
    put(ws, "B%d" % r, "Ket: indikator jumlah diisi per bulan; indikator persentase, rata-rata dan nilai diisi "
                       "posisi bulan berjalan.", italic=True)
    if sign:
        signature(ws, r + 2, 12, "Bandar Seruni, 6 Januari 2023", ["Kepala UPTD PPA"], *KEP_1, merge_to="Q")
    return ws


def sheets_2022(book):
    d = dash
    b = blank
    P = "0%"
    lay = [
        ("B01", "Jumlah Pengaduan Kasus Kekerasan terhadap Perempuan & Anak", "kasus", num(130),
         [9, 11, 14, 10, 12, 13, 15, 11, 12, 14, 10, 13], "sum", None),
        ("B02", "Prosentase perempuan korban kekerasan yg mendapat layanan komprehensif (%)", "%", num(100),
         [100, 100, 95, 100, 100, 100, 100, 100, 100, 100, 100, 100], "last", None),
        ("B03", "Prosentase anak korban kekerasan yg mendapat layanan komprehensif (%)", "%", num(100),
         [100, 100, 96, 100, 100, 97, 100, 100, 100, 98, 100, 98], "last", None),
        ("B04", "Jumlah korban yang mendapat pendampingan hukum", "orang", num(45),
         [3, 4, 5, 4, 3, 5, 4, 4, 3, 5, 4, 3], "sum", None),
        ("B05", "Jumlah korban yang mendapat pendampingan psikologis", "orang", num(60),
         [5, 6, 5, 4, 6, 5, 7, 5, 6, 5, 4, 6], "sum", None),
        ("B06", "Jumlah korban yang mendapat layanan kesehatan", "orang", num(50),
         [4, 5, 3, 5, 4, 6, 4, 5, 3, 4, 5, 5], "sum", None),
        ("B07", "Jumlah korban yang ditempatkan di rumah aman", "orang", num(15),
         [1, d(), 2, 1, d(), 1, 2, 1, 1, d(), 2, 1], "sum", None),
        ("B08", "Rata - rata waktu respon pengaduan (jam)", "jam", num(24),
         [20, 18, 22, 19, 17, 18, 16, 15, 17, 16, 14, 15], "last", "indikator negatif"),
        # planted: December typed 0.86 (a fraction) in a plain cell
        ("B09", "Persentase penyelesaian kasus kekerasan", "%", num(80),
         [78, 80, 81, 79, 83, 84, 82, 85, 84, 86, 85, 0.86], "last", None),
        ("B21", "Persentase kasus yang ditangani sesuai Standar Operasional Prosedur (SOP)", "%", pct(0.92, P),
         [pct(0.9, P), pct(0.91, P), pct(0.9, P), pct(0.92, P), pct(0.93, P), pct(0.92, P), pct(0.94, P),
          pct(0.93, P), pct(0.95, P), pct(0.94, P), pct(0.96, P), pct(0.95, P)], "last", None),
        ("B14", "Persentase korban yg mendapat layanan reintegrasi sosial", "%", num(75),
         [b(), b(), 70, b(), b(), 72, b(), b(), 74, b(), 76, b()], "last", "diukur per triwulan; Des belum masuk"),
    ]
    pen = [
        ("B10", "Jumlah rujukan kasus ke lembaga lain", "kasus", num(30),
         [2, 3, 2, 3, 2, 2, 3, 2, 3, 2, 3, 2], "sum", None),
        ("B13", "Jumlah mediasi kasus", "kasus", num(25), [2, 2, 3, 1, 2, 3, 2, 2, 3, 2, 2, 2], "sum", None),
        ("B19", "Jumlah ABH yang didampingi", "anak", num(30), [3, 2, 3, 2, 3, 3, 2, 3, 2, 3, 2, 3], "sum", None),
        ("B18", "Jumlah kegiatan penjangkauan korban (outreach)", "kali", num(72),
         [6, 7, 5, 6, 7, 6, 8, 6, 7, 6, 5, 7], "sum", None),
        ("B11", "Jumlah sosialisasi pencegahan KtP/A (kali)", "kali", num(16),
         [1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 1, 1], "sum", None),
        ("B12", "Jumlah peserta sosialisasi pencegahan (orang)", "orang", num(800),
         [60, 55, 140, 70, 130, 65, 150, 60, 145, 70, 62, 58], "sum", None),
        ("B15", "Nilai IKM layanan UPTD PPA", "nilai", num(81),
         [b(), b(), b(), b(), b(), 81.7, b(), b(), b(), b(), b(), 83.2], "last", "survei per semester"),
        ("B16", "Jumlah petugas layanan yg ditingkatkan kapasitasnya", "orang", num(10),
         [d(), d(), d(), 4, d(), d(), d(), 3, d(), 4, d(), d()], "sum", None),
        ("B17", "Laporan SIMFONI PPA tepat waktu", "laporan", num(12), [1] * 12, "sum", None),
    ]
    monthly_sheet(book, "Layanan", " - BIDANG LAYANAN", lay, 1, False)
    monthly_sheet(book, "Pencegahan & Kelembagaan", " - PENCEGAHAN DAN KELEMBAGAAN (lanjutan)", pen, 12, True)


# =========================================================================== 2023: E.81
def sheet_2023(book):
    ws = book.sheet("E81 TW IV")
    widths(ws, {"A": 5, "B": 22, "C": 34, "D": 40, "E": 8, "Z": 16})
    for c in "FGHIJKLMNOPQRSTUVWXY":
        ws.column_dimensions[c].width = 9 if c in "FHJLNPRTVX" else 13
    put(ws, "A1", "Formulir E.81", bold=True)
    put(ws, "A2", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", bold=True, h="center")
    put(ws, "A3", "UPTD PERLINDUNGAN PEREMPUAN DAN ANAK KOTA BANDAR SERUNI", bold=True, h="center")
    put(ws, "A4", "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2023", bold=True, h="center")
    for r in (2, 3, 4):
        ws.merge_cells("A%d:Z%d" % (r, r))
    put(ws, "A5", "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD : Meningkatnya "
                  "perlindungan perempuan dan anak", italic=True)
    H = {"A7": "No", "B7": "Sasaran", "C7": "Program / Kegiatan / Sub Kegiatan",
         "D7": "Indikator Kinerja Program (outcome) / Kegiatan (output)", "E7": "Satuan",
         "F7": "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)",
         "H7": "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2022)",
         "J7": "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2023) yang Dievaluasi",
         "L7": "Realisasi Kinerja pada Triwulan", "L8": "I", "N8": "II", "P8": "III", "R8": "IV",
         "T7": "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
         "V7": "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2023",
         "X7": "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2023 (%)",
         "Z7": "Unit PD Penanggung Jawab"}
    for k, v in H.items():
        put(ws, k, v, bold=True, h="center", wrap=True, fill=HEAD_FILL)
    for m in ("A7:A9", "B7:B9", "C7:C9", "D7:D9", "E7:E9", "F7:G8", "H7:I8", "J7:K8", "L7:S7", "L8:M8",
              "N8:O8", "P8:Q8", "R8:S8", "T7:U8", "V7:W8", "X7:Y8", "Z7:Z9"):
        ws.merge_cells(m)
    for i, c in enumerate("FGHIJKLMNOPQRSTUVWXY"):
        put(ws, "%s9" % c, "K" if i % 2 == 0 else "Rp", bold=True, h="center", fill=HEAD_FILL)
    nums = [("A", "1"), ("B", "2"), ("C", "3"), ("D", "4"), ("E", "5"), ("F", "6"), ("H", "7"), ("J", "8"),
            ("L", "9"), ("N", "10"), ("P", "11"), ("R", "12"), ("T", "13 = 9+10+11+12"), ("V", "14 = 7+13"),
            ("X", "15 = 14/6 x 100"), ("Z", "16")]
    for c, s in nums:
        put(ws, "%s10" % c, s, h="center", italic=True)
        if c in "FHJLNPRTVX":
            nxt = chr(ord(c) + 1)
            ws.merge_cells("%s10:%s10" % (c, nxt))
    box(ws, "A7:Z10")
    d = dash
    SUB = "SUB"
    # (sid, level text in C, indicator, satuan, renstra, s.d.2022, target, quarters, c13 rule, pagu, unit)
    # c13 rules: SUM (flow), LAST (=TW IV, nilai akhir), AVG, SUMWRONG (sum of % quarters), TYPED0
    rows = [
        ("B02", "", "Persentase Perempuan Korban Kekerasan yang Mendapatkan Layanan Komprehensif", "%", 100, 100,
         100, [100, 100, 100, 100], "LAST", None, "UPTD PPA"),
        ("B03", "", "Persentase Anak Korban Kekerasan yang Mendapatkan Layanan Komprehensif", "%", 100, 100, 100,
         [100, 100, 95.5, 100], "SUMWRONG", None, "UPTD PPA"),
        ("B09", "PROGRAM PERLINDUNGAN PEREMPUAN", "Persentase kasus kekerasan yang diselesaikan", "%", 85, 82.5, 82,
         [80.5, 83.0, 84.2, 85.1], "LAST", "PROG", "UPTD PPA"),
        ("B01", "Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan yang Memerlukan Koordinasi "
                "Kewenangan Kota",
         "Jumlah pengaduan kasus kekerasan terhadap perempuan dan anak yang diterima dan ditindaklanjuti", "kasus",
         700, 278, 150, [38, 41, 37, 45], "SUM", "KEG", "Seksi Pengaduan"),
        ("B20", "Penyediaan Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan",
         "Jumlah panggilan hotline pengaduan yang dilayani", "panggilan", 1500, 0, 300, [64, 81, 77, 92], "SUM",
         64500000, "Seksi Pengaduan"),
        ("B18", "Penyediaan Layanan Penjangkauan Korban yang Memerlukan Koordinasi Kewenangan Kota",
         "Jumlah penjangkauan korban kekerasan", "kali", 380, 154, 75, [18, 20, 19, 22], "SUM", 118750000,
         "Seksi Pengaduan"),
        ("B08", "Penyediaan Layanan Pengelolaan Kasus bagi Perempuan Korban Kekerasan",
         "Rata-rata waktu respons pengaduan", "jam", 12, 15, 12, [14, 12.5, 11, 10.5], "AVG", 46200000,
         "Seksi Pengaduan"),
        ("B07", "Penyediaan Layanan Penampungan Sementara bagi Perempuan Korban Kekerasan",
         "Jumlah korban yang mendapat layanan Rumah Aman / shelter", "orang", 80, 24, 15, [3, 4, 5, 2], "SUM",
         97300000, "Seksi Pemulihan"),
        ("B13", "Penyediaan Layanan Mediasi bagi Perempuan Korban Kekerasan", "Jumlah kasus yg diselesaikan dg mediasi",
         "kasus",
         130, 53, 28, [6, 8, 7, 9], "SUM", 38600000, "Seksi Pemulihan"),
        ("B04", "Penyediaan Layanan Pendampingan Korban Kekerasan",
         "Jumlah korban yg didampingi secara hukum (litigasi & non litigasi)", "orang", 250, 47, 50,
         [11, 14, 12, 15], "SUM", 86400000, "Seksi Pemulihan"),
        ("B05", "", "Jumlah korban yg mendapatkan layanan psikologis (konseling)", "orang", 320, 64, 65,
         [15, 17, 18, 20], "SUM", None, "Seksi Pemulihan"),
        # planted: column 13 typed over with 0 while the quarters hold values
        ("B06", "Penyediaan Layanan Kesehatan bagi Perempuan dan Anak Korban Kekerasan",
         "Jumlah Korban yang Mendapatkan Layanan Kesehatan (visum/pengobatan)", "orang", 260, 104, 55,
         [13, 15, 14, 16], "TYPED0", 72900000, "Seksi Pemulihan"),
        ("B14b", "PROGRAM PERLINDUNGAN KHUSUS ANAK", "Persentase korban yang dikembalikan ke keluarga/masyarakat", "%",
         85, 76, 75, [72, 74, 75.5, 77], "LAST", "PROG", "UPTD PPA"),
        ("B19", "Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus yang Memerlukan Koordinasi "
                "Kewenangan Kota", "Jumlah ABH yg mendapatkan pendampingan", "anak", 160, 64, 32, [8, 9, 7, 10], "SUM",
         "KEG", "Seksi Pemulihan"),
        ("B10", "Penyediaan Layanan Rujukan Lanjutan bagi Anak yang Memerlukan Perlindungan Khusus",
         "Jumlah kasus yang dirujuk ke lembaga layanan lanjutan", "kasus", 150, 55, 30, [7, 8, 6, 7], "SUM",
         52800000, "Seksi Pemulihan"),
        ("B11", "Pencegahan Kekerasan terhadap Perempuan dan Anak",
         "Jumlah kegiatan sosialisasi dan edukasi pencegahan kekerasan", "kali", 80, 32, 16, [3, 5, 4, 5], "SUM",
         "KEG", "Seksi Pencegahan"),
        ("B12", "Sosialisasi dan Edukasi Pencegahan Kekerasan di Sekolah dan Masyarakat",
         "Jumlah peserta sosialisasi dan edukasi", "orang", 5000, 2301, 1000, [210, 305, 280, 332], "SUM", 91450000,
         "Seksi Pencegahan"),
        ("B15", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
         "Indeks Kepuasan Masyarakat thd layanan UPTD PPA", "nilai", 85, 83.2, 82, [d(), 82.6, d(), 84.0], "LAST",
         "PROG", "Sub Bag TU"),
        ("B16", "Pengembangan Kompetensi Sumber Daya Manusia UPTD",
         "Jumlah SDM UPTD PPA yang mengikuti pelatihan/bimtek", "orang", 60, 23, 12, [d(), 5, 4, 4], "SUM", 41250000,
         "Sub Bag TU"),
        ("B17", "Pengelolaan Data dan Pelaporan Kasus",
         "Jumlah laporan SIMFONI-PPA yang diinput tepat waktu", "laporan", 60, 24, 12, [3, 3, 3, 3], "SUM",
         18900000, "Sub Bag TU"),
    ]
    QK = ["L", "N", "P", "R"]
    QR = ["M", "O", "Q", "S"]
    r0 = 11
    r = r0
    rp_share = [0.18, 0.27, 0.24, 0.26]
    for sid, lvl, ind, sat, renstra, sd, tgt, q, rule, pagu, unit in rows:
        put(ws, "A%d" % r, r - r0 + 1, h="center", v_align="top")
        put(ws, "C%d" % r, lvl, wrap=True, v_align="top", bold=lvl.isupper())
        put(ws, "D%d" % r, ind, wrap=True, v_align="top")
        put(ws, "E%d" % r, sat, h="center")
        put(ws, "F%d" % r, renstra)
        put(ws, "H%d" % r, sd)
        tval = num(tgt)
        put(ws, "J%d" % r, tval)
        qv = [v if hasattr(v, "key") else num(v) for v in q]
        for i in range(4):
            put(ws, "%s%d" % (QK[i], r), qv[i])
        if rule == "SUM":
            c13 = fml("=SUM(L%d,N%d,P%d,R%d)" % (r, r, r, r), sum_key(qv))
        elif rule == "SUMWRONG":
            c13 = fml("=L%d+N%d+P%d+R%d" % (r, r, r, r), sum_key(qv))
        elif rule == "LAST":
            c13 = fml("=R%d" % r, last_key(qv))
        elif rule == "AVG":
            ks = [v.key for v in qv]
            c13 = fml("=AVERAGE(L%d,N%d,P%d,R%d)" % (r, r, r, r), sum(ks) / len(ks))
        elif rule == "TYPED0":
            c13 = num(0)
        put(ws, "T%d" % r, c13)
        put(ws, "V%d" % r, Val("=H%d+T%d" % (r, r), None))
        put(ws, "X%d" % r, Val('=IFERROR(V%d/F%d*100,0)' % (r, r), None, "0.00"))
        # budgets
        if isinstance(pagu, int):
            put(ws, "K%d" % r, Val(pagu, None, "#,##0"))
            put(ws, "G%d" % r, Val(pagu * 5 + 12500000, None, "#,##0"))
            put(ws, "I%d" % r, Val(int(pagu * 1.9), None, "#,##0"))
            for i in range(4):
                put(ws, "%s%d" % (QR[i], r), Val(int(round(pagu * rp_share[i], -3)), None, "#,##0"))
            put(ws, "U%d" % r, Val("=M%d+O%d+Q%d+S%d" % (r, r, r, r), None, "#,##0"))
            put(ws, "W%d" % r, Val("=I%d+U%d" % (r, r), None, "#,##0"))
            put(ws, "Y%d" % r, Val('=IFERROR(W%d/G%d*100,0)' % (r, r), None, "0.00"))
        put(ws, "Z%d" % r, unit, wrap=True)
        AG.key(book, ws, "D%d" % r, 2023, sid, tval, c13, "J%d" % r, "T%d" % r)
        r += 1
    last = r - 1
    # program / kegiatan budgets: the sum of the sub kegiatan rows under them
    children = {}
    cur_prog = cur_keg = None
    for i, row in enumerate(rows):
        rr = r0 + i
        pagu = row[9]
        if pagu == "PROG":
            cur_prog, cur_keg = rr, None
            children[rr] = []
        elif pagu == "KEG":
            cur_keg = rr
            children[rr] = []
        elif isinstance(pagu, int):
            for p in (cur_prog, cur_keg):
                if p is not None:
                    children[p].append(rr)
    for pr, kids in children.items():
        for c in "GIKMOQSUW":
            put(ws, "%s%d" % (c, pr), Val("=" + "+".join("%s%d" % (c, k) for k in kids), None, "#,##0"))
    put(ws, "B%d" % r0, "Meningkatnya perlindungan perempuan dan anak dari kekerasan", wrap=True, v_align="top")
    ws.merge_cells("B%d:B%d" % (r0, last))
    box(ws, "A%d:Z%d" % (r0, last))
    r = last + 1
    put(ws, "D%d" % r, "Rata-rata capaian kinerja (%)", bold=True)
    put(ws, "X%d" % r, Val("=ROUND(AVERAGE(X%d:X%d),1)" % (r0, last), None, "0.0"), bold=True)
    put(ws, "D%d" % (r + 1), "Predikat kinerja", bold=True)
    put(ws, "X%d" % (r + 1), "Sangat Tinggi")
    box(ws, "A%d:Z%d" % (r, r + 1))
    r += 3
    for lbl, s in [("Faktor pendorong keberhasilan pencapaian :", "Dukungan jejaring layanan (RS, Polres, PN) dan "
                    "hotline pengaduan 24 jam."),
                   ("Faktor penghambat pencapaian kinerja :", "Keterbatasan tenaga psikolog klinis dan kapasitas "
                    "rumah aman."),
                   ("Tindak lanjut yang diperlukan dalam triwulan berikutnya :", "-"),
                   ("Tindak lanjut yang diperlukan dalam Renja PD berikutnya :", "Penambahan formasi psikolog dan "
                    "anggaran layanan kesehatan korban.")]:
        put(ws, "B%d" % r, lbl, bold=True)
        put(ws, "F%d" % r, s)
        r += 1
    r += 1
    put(ws, "C%d" % r, "Disusun", bold=True, h="center")
    put(ws, "T%d" % r, "Dievaluasi", bold=True, h="center")
    signature(ws, r + 1, 3, "Bandar Seruni, 12 Januari 2024", ["Kepala UPTD PPA"], *KEP_2)
    signature(ws, r + 1, 20, "Bandar Seruni, 19 Januari 2024",
              ["Kepala Dinas Pemberdayaan Perempuan", "dan Perlindungan Anak"], *KADIS)


# =========================================================================== 2024: lajur (vertical blocks)
def sheets_2024(book):
    ws = book.sheet("Lajur 2024")
    widths(ws, {"A": 5, "B": 48, "C": 22, "D": 13, "E": 10, "F": 28})
    put(ws, "A1", "LEMBAR LAJUR CAPAIAN KINERJA SEMESTERAN", bold=True, h="center")
    put(ws, "A2", "UPTD PERLINDUNGAN PEREMPUAN DAN ANAK KOTA BANDAR SERUNI", bold=True, h="center")
    put(ws, "A3", "TAHUN 2024", bold=True, h="center")
    for r in (1, 2, 3):
        ws.merge_cells("A%d:F%d" % (r, r))
    for k, v in {"A5": "No", "B5": "Indikator Kinerja", "C5": "Uraian", "D5": "Nilai", "E5": "Satuan",
                 "F5": "Keterangan"}.items():
        put(ws, k, v, bold=True, h="center", fill=HEAD_FILL)
    box(ws, "A5:F5")
    P = "0%"
    d = dash
    b = blank
    S = [
        ("Sasaran 1 : Meningkatnya kualitas layanan bagi perempuan dan anak korban kekerasan", [
            ("B01", "1) Jumlah Pengaduan Kasus KtP/A", "kasus", num(160), num(79), num(88), "sum", None),
            ("B02", "2) Persentase perempuan korban kekerasan yang memperoleh layanan komprehensif", "%",
             pct(1.0, P), pct(1.0, P), pct(0.98, P), "last", None),
            ("B03", "3) Persentase anak korban kekerasan yang memperoleh layanan komprehensif", "%", pct(1.0, P),
             pct(0.97, P), pct(1.0, P), "last", None),
            ("B23", "4) Jumlah kasus kekerasan dalam rumah tangga (KDRT) yang ditangani", "kasus", num(40), num(21),
             num(25), "sum", "indikator baru 2024"),
            ("B04", "5) Jumlah korban yang mendapat layanan bantuan hukum", "orang", num(52), num(26), num(29), "sum",
             None),
            ("B05", "6) Jumlah korban yang mendapat layanan psikologi klinis/konseling", "orang", num(70), num(33),
             num(41), "sum", None),
            ("B06", "7) Jumlah korban mendapat layanan kesehatan", "orang", num(58), num(27), num(30), "sum", None),
            ("B07", "8) Jumlah korban yang mendapatkan layanan penampungan sementara", "orang", num(15), num(7),
             num(9), "sum", None),
            ("B08", "9) Waktu respon rata-rata terhadap pengaduan (jam)", "jam", txt("12 jam", 12),
             txt("10,5 jam", 10.5), txt("9 jam", 9), "last", "indikator negatif"),
            ("B20", "10) Jumlah layanan hotline/call center pengaduan", "panggilan", num(320), num(158), num(171),
             "sum", None),
            ("B18", "11) Jumlah Penjangkauan Korban", "kali", num(80), num(38), num(45), "sum", None),
        ]),
        ("Sasaran 2 : Meningkatnya pemulihan dan reintegrasi korban", [
            ("B09", "12) Persentase Kasus yang Terselesaikan", "%", num(85), num(83.5), num(86.2), "last", None),
            ("B13", "13) Jumlah kasus diselesaikan melalui mediasi", "kasus", num(30), num(14), num(17), "sum", None),
            ("B14b", "14) Persentase Korban yang Dikembalikan ke Keluarga / Masyarakat", "%", num(78), b(),
             num(79.4), "last", "diukur akhir tahun"),
            ("B19", "15) Jumlah Anak Berhadapan dengan Hukum yang Didampingi (anak)", "anak", num(34), num(15),
             num(20), "sum", None),
        ]),
        ("Sasaran 3 : Meningkatnya pencegahan kekerasan terhadap perempuan dan anak", [
            ("B11", "16) Sosialisasi pencegahan kekerasan thd perempuan & anak (kali)", "kali", num(18), num(8),
             num(11), "sum", None),
            # planted: target typed 15.000 for 1.500 (10x)
            ("B12", "17) Jumlah Peserta Sosialisasi", "orang", num(15000, "#,##0"), num(703), num(909), "sum", None),
        ]),
        ("Sasaran 4 : Meningkatnya tata kelola UPTD PPA", [
            ("B15", "18) IKM Layanan UPTD PPA", "nilai", num(83), num(83.9), txt("84,6", 84.6), "last", None),
            ("B16", "19) Jumlah SDM Layanan yang Mengikuti Peningkatan Kapasitas (orang)", "orang", num(12), d(),
             num(13), "sum", None),
            ("B17", "20) Jumlah Laporan Input Data Kasus ke SIMFONI-PPA Tepat Waktu", "laporan", num(12), num(6),
             num(6), "sum", None),
        ]),
    ]
    r = 6
    no = 0
    for sas, inds in S:
        put(ws, "A%d" % r, sas, bold=True, fill=GROUP_FILL)
        ws.merge_cells("A%d:F%d" % (r, r))
        r += 1
        for sid, name, unit, t, s1, s2, rule, ket in inds:
            no += 1
            put(ws, "A%d" % r, no, h="center", v_align="top")
            put(ws, "B%d" % r, name, wrap=True, v_align="top")
            ws.merge_cells("A%d:A%d" % (r, r + 3))
            ws.merge_cells("B%d:B%d" % (r, r + 3))
            for i, lbl in enumerate(["Target 2024", "Realisasi Semester I", "Realisasi Semester II",
                                     "Capaian (%)"]):
                put(ws, "C%d" % (r + i), lbl)
                put(ws, "E%d" % (r + i), unit if i < 3 else "%", h="center")
            put(ws, "D%d" % r, t, h="right")
            put(ws, "D%d" % (r + 1), s1, h="right")
            put(ws, "D%d" % (r + 2), s2, h="right")
            if rule == "sum":
                cap = '=IFERROR((N(D%d)+N(D%d))/D%d*100,"")' % (r + 1, r + 2, r)
            else:
                cap = '=IFERROR(D%d/D%d*100,"")' % (r + 2, r)
            put(ws, "D%d" % (r + 3), Val(cap, None, "0.00"), h="right")
            put(ws, "F%d" % r, ket, wrap=True, v_align="top")
            ws.merge_cells("F%d:F%d" % (r, r + 3))
            rk = sum_key([s1, s2]) if rule == "sum" else last_key([s1, s2])
            AG.key(book, ws, "B%d" % r, 2024, sid, t, rk, "D%d" % r, ["D%d" % (r + 1), "D%d" % (r + 2)], rule)
            r += 4
    box(ws, "A6:F%d" % (r - 1))
    r += 1
    put(ws, "A%d" % r, "Catatan: realisasi semester diisi per semester (indikator jumlah) atau posisi akhir semester "
                       "(indikator persentase, waktu dan indeks).", italic=True)
    signature(ws, r + 2, 4, "Bandar Seruni, 8 Januari 2025", ["Kepala UPTD PPA"], *KEP_2, merge_to="F")

    wr = book.sheet("Rekap Sasaran")
    widths(wr, {"A": 5, "B": 70, "C": 16})
    put(wr, "A1", "REKAP CAPAIAN PER SASARAN 2024", bold=True)
    for i, (s, v) in enumerate([("Meningkatnya kualitas layanan bagi perempuan dan anak korban kekerasan", 104.2),
                                ("Meningkatnya pemulihan dan reintegrasi korban", 102.6),
                                ("Meningkatnya pencegahan kekerasan terhadap perempuan dan anak", 58.2),
                                ("Meningkatnya tata kelola UPTD PPA", 103.4)], 3):
        put(wr, "A%d" % i, i - 2)
        put(wr, "B%d" % i, s)
        put(wr, "C%d" % i, Val(v, None, "0.0"))
    wm = book.sheet("master", state="hidden")
    put(wm, "A1", "kode")
    put(wm, "B1", "indikator (daftar 2023)")
    for i, (k, n) in enumerate([("IK-01", "Jumlah pengaduan kasus kekerasan terhadap perempuan dan anak"),
                                ("IK-02", "Persentase korban yang mendapatkan layanan reintegrasi sosial"),
                                ("IK-03", "Jumlah kasus yang dirujuk ke lembaga layanan lanjutan")], 2):
        put(wm, "A%d" % i, k)
        put(wm, "B%d" % i, n)


def main():
    b = AG.book("PK_UPTD_PPA_Kota_Bandar_Seruni_2021", "xlsx")
    sheet_2021(b)
    b.save()
    b = AG.book("Rekap_Bulanan_UPTD_PPA_2022", "ods")
    sheets_2022(b)
    b.save()
    b = AG.book("E81_Evaluasi_Renja_UPTD_PPA_TW_IV_2023", "xls")
    sheet_2023(b)
    b.save()
    b = AG.book("Lajur_Capaian_Kinerja_UPTD_PPA_2024", "xlsx")
    sheets_2024(b)
    b.save()
    key = AG.finish()
    print(AG.slug, len(key["rows"]), "key rows")


if __name__ == "__main__":
    main()
