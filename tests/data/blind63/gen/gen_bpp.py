"""Agency 1: UPTD Balai Penyuluhan Pertanian (BPP) Kecamatan Lubuk Sembilang, Kabupaten Rawa Kemuning.

Files
  Kinerja_BPP_Lubuk_Sembilang_2020-2021.xls   sheets "PK 2020" (annual PK), "RA 2021" (T/R rows),
                                               "Catatan" (notes), "Sheet3" (hidden draft)
  Rekap_WKPP_BPP_Lubuk_Sembilang_2022.ods      sheet "Rekap Kec 2022": realisasi per desa (WKPP) with a
                                               kecamatan total column; "Petunjuk"; hidden "rekap_ppl"
  LKjIP_BPP_Lubuk_Sembilang_2023.xlsx          sheet "Tabel 3.1" (LKjIP ch. III, past years' columns),
                                               "Tabel 3.2 Anggaran"
Invented agency, people, NIPs and figures.
"""
from common import (Agency, BOLD, GROUP_FILL, HEAD_FILL, Val, blank, box, dash, fml, grade, last_key,
                    num, pct, put, signature, sum_key, txt, widths)

AG = Agency(
    "uptd_bpp_kec_lubuk_sembilang_kab_rawa_kemuning",
    "UPTD Balai Penyuluhan Pertanian (BPP) Kecamatan Lubuk Sembilang, Dinas Pertanian dan Ketahanan "
    "Pangan Kabupaten Rawa Kemuning",
    [2020, 2021, 2022, 2023])
AG.ambiguous = [["A12", "A12b"]]

KEPALA_1 = ("SUHARNO WIDJAYA, S.P.", "Penata Tk. I (III/d)", "NIP. 19710314 199803 1 006")
KEPALA_2 = ("Hj. NURAINI SAFITRI, S.P., M.Si", "Pembina (IV/a)", "NIP. 19780921 200501 2 011")


# =========================================================================== 2020: annual PK
def sheet_2020(book):
    ws = book.sheet("PK 2020")
    widths(ws, {"A": 5, "B": 28, "C": 46, "D": 11, "E": 12, "F": 12, "G": 11, "H": 22})
    put(ws, "A1", "PENGUKURAN KINERJA", bold=True, h="center")
    put(ws, "A2", "UPTD BALAI PENYULUHAN PERTANIAN KECAMATAN LUBUK SEMBILANG", bold=True, h="center")
    put(ws, "A3", "DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN RAWA KEMUNING", bold=True, h="center")
    put(ws, "A4", "TAHUN 2020", bold=True, h="center")
    for r in range(1, 5):
        ws.merge_cells("A%d:H%d" % (r, r))
    heads = {"A6": "No", "B6": "Sasaran Strategis", "C6": "Indikator Kinerja", "D6": "Satuan",
             "E6": "Tahun 2020", "E7": "Target", "F7": "Realisasi", "G7": "Capaian (%)", "H6": "Keterangan"}
    for k, v in heads.items():
        put(ws, k, v, bold=True, h="center", wrap=True, fill=HEAD_FILL)
    for m in ("A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:G6", "H6:H7"):
        ws.merge_cells(m)
    for i, c in enumerate("ABCDEFGH"):
        put(ws, "%s8" % c, "(%d)" % (i + 1), h="center", italic=True)
    box(ws, "A6:H8")

    S = [
        ("Meningkatnya kapasitas kelembagaan petani", [
            ("A01", "Jumlah kelompok tani yang dibina", "kelompok", num(64), num(64), None),
            ("A22", "Jumlah Gapoktan aktif", "gapoktan", num(6), num(6), None),
            ("A05", "Jumlah kelompok tani kelas madya", "kelompok", num(16), num(17), None),
            ("A04", "Persentase kelompok tani kelas madya", "%", pct(0.25, "0%"),
             "FRAC_MADYA", None),
            ("A13", "Jumlah kelompok tani yang menyusun RDKK", "kelompok", num(64), num(64), None),
        ]),
        ("Meningkatnya produksi dan produktivitas tanaman pangan", [
            ("A06", "Produktivitas padi sawah", "ku/ha", txt("52,5 ku/ha", 52.5), txt("53,1*)", 53.1),
             "*) angka sementara"),
            ("A07", "Produktivitas jagung ", "ku/ha", num(58), num(56.4), None),
            ("A23", "Luas tanam padi dan palawija", "ha", txt("3.450 ha", 3450), txt("3.512 ha", 3512), None),
            ("A18", "Luas serangan OPT utama padi", "ha", num(60), num(48.5), "indikator negatif"),
            ("A14", "Persentase penyaluran pupuk bersubsidi sesuai RDKK", "%", pct(0.9, "0%"),
             pct(0.875, "0.0%"), None),
        ]),
        ("Meningkatnya kualitas penyelenggaraan penyuluhan pertanian", [
            ("A02", "Frekuensi kunjungan penyuluh ke kelompok tani", "kali", txt("1.536 kali", 1536),
             txt("1.498 kali", 1498), None),
            # planted: target typed 40 for 4 (10x)
            ("A03", "Jumlah demonstrasi plot (demplot) yang dilaksanakan", "unit", num(40), num(4), None),
            ("A10", "Jumlah petani yang mengikuti Sekolah Lapang (SL)", "orang", txt("150 orang", 150),
             txt("175 orang", 175), None),
            ("DRAFT", "Jumlah petani peserta SL (draft lama)", "orang", num(125), num(110), None),
            ("A12", "Persentase petani yang menerapkan teknologi anjuran", "%", num(60), num(62), None),
            ("A11", "Tersusunnya programa penyuluhan pertanian tingkat kecamatan", "dokumen",
             txt("1 dok", 1), txt("1 dok", 1), None),
            ("A19", "Jumlah penyuluh yang mengikuti pelatihan/bimtek", "orang", num(8), num(9), None),
        ]),
        ("Meningkatnya akuntabilitas kinerja dan pelayanan UPTD", [
            ("A16", "Indeks Kepuasan Masyarakat (IKM) terhadap layanan BPP", "nilai", num(78), num(80.25),
             None),
            ("A17", "Jumlah laporan bulanan penyuluhan yang disampaikan tepat waktu", "laporan", num(12),
             num(12), None),
            ("A20", "Nilai hasil evaluasi AKIP UPTD", "predikat", grade("B"), grade("BB"), "LHE Inspektorat"),
        ]),
    ]
    r = 9
    no = 0
    rows_of = {}
    for sasaran, inds in S:
        start = r
        for sid, name, unit, t, rv, ket in inds:
            rows_of[sid] = r
            if sid == "DRAFT":
                ws.row_dimensions[r].hidden = True
            else:
                no += 1
                put(ws, "A%d" % r, no, h="center", border=True)
            put(ws, "C%d" % r, name, wrap=True, border=True)
            put(ws, "D%d" % r, unit, h="center", border=True)
            if rv == "FRAC_MADYA":
                rv = fml("=F%d/F%d" % (rows_of["A05"], rows_of["A01"]), 17 / 64, "0.00%")
            put(ws, "E%d" % r, t, h="right", border=True)
            put(ws, "F%d" % r, rv, h="right", border=True)
            # capaian: formula where both are numbers, typed elsewhere
            if isinstance(t.cell, (int, float)) and isinstance(rv.cell, (int, float)) or \
                    (isinstance(rv.cell, str) and rv.cell.startswith("=")):
                if sid == "A18":
                    put(ws, "G%d" % r, Val("=(2*E%d-F%d)/E%d*100" % (r, r, r), None, "0.00"), border=True)
                else:
                    put(ws, "G%d" % r, Val("=F%d/E%d*100" % (r, r), None, "0.00"), border=True)
            elif t.key is None:
                put(ws, "G%d" % r, 100, border=True)
            else:
                put(ws, "G%d" % r, Val(round(rv.key / t.key * 100, 2), None, "0.00"), border=True)
            put(ws, "H%d" % r, ket, wrap=True, border=True)
            if sid != "DRAFT":
                AG.key(book, ws, "C%d" % r, 2020, sid, t, rv, "E%d" % r, "F%d" % r)
            r += 1
        put(ws, "B%d" % start, sasaran, wrap=True, v_align="top", border=True)
        ws.merge_cells("B%d:B%d" % (start, r - 1))
    box(ws, "A9:H%d" % (r - 1))
    r += 1
    put(ws, "B%d" % r, "Jumlah Anggaran Tahun 2020")
    put(ws, "C%d" % r, ": Rp. 412.650.000,-")
    put(ws, "B%d" % (r + 1), "Jumlah Realisasi Anggaran")
    put(ws, "C%d" % (r + 1), ": Rp. 398.114.500,-")
    put(ws, "B%d" % (r + 3), "*) angka sementara, menunggu Angka Tetap (ATAP) BPS", italic=True)
    signature(ws, r + 5, 6, "Lubuk Sembilang, 31 Desember 2020",
              ["Kepala UPTD BPP", "Kecamatan Lubuk Sembilang,"], *KEPALA_1, merge_to="H")


# =========================================================================== 2021: RA with T/R rows
def sheet_2021(book):
    ws = book.sheet("RA 2021")
    widths(ws, {"A": 5, "B": 48, "C": 10, "D": 12, "E": 8, "F": 10, "G": 10, "H": 10, "I": 10, "J": 26})
    put(ws, "A1", "RENCANA AKSI DAN REALISASI KINERJA TRIWULANAN", bold=True, h="center")
    put(ws, "A2", "UPTD BPP KECAMATAN LUBUK SEMBILANG", bold=True, h="center")
    put(ws, "A3", "TAHUN ANGGARAN 2021", bold=True, h="center")
    for rr in (1, 2, 3):
        ws.merge_cells("A%d:J%d" % (rr, rr))
    heads = {"A5": "No", "B5": "Indikator Kinerja", "C5": "Satuan", "D5": "Target Tahunan 2021",
             "E5": "Uraian", "F5": "Triwulan", "F6": "I", "G6": "II", "H6": "III", "I6": "IV",
             "J5": "Keterangan"}
    for k, v in heads.items():
        put(ws, k, v, bold=True, h="center", wrap=True, fill=HEAD_FILL)
    for m in ("A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:I5", "J5:J6"):
        ws.merge_cells(m)
    box(ws, "A5:J6")
    P = "0.00%"
    d = dash
    S = [
        ("SASARAN 1 : Meningkatnya kapasitas kelembagaan petani", [
            ("A01", "a) Jumlah Kelompok Tani (Poktan) yang dibina", "kelompok", num(66),
             [64, 65, 66, 66], [64, 65, 66, 66], "last", None),
            ("A22", "b) Jumlah Gapoktan yang aktif", "gapoktan", num(6), [6, 6, 6, 6], [6, 6, 6, 6], "last", None),
            ("A05", "c) Jumlah kelompok tani kelas Madya", "kelompok", num(18), [17, 17, 18, 18],
             [17, 17, 18, 19], "last", None),
            ("A04", "d) Prosentase kelompok tani kelas madya", "%", pct(0.27, "0%"),
             [pct(0.26, "0%"), pct(0.26, "0%"), pct(0.27, "0%"), pct(0.27, "0%")],
             [pct(0.2656, P), pct(0.2615, P), pct(0.2727, P), pct(0.2879, P)], "last", None),
            ("A13", "e) Jumlah Poktan yang menyusun RDKK", "kelompok", num(66), [60, 6, d(), d()],
             [58, 8, d(), d()], "sum", None),
            ("A15", "f) Jumlah Kelembagaan Ekonomi Petani (KEP) yang terbentuk", "unit", num(1),
             [d(), d(), 1, d()], [d(), d(), 1, d()], "sum", "KEP Sialang Makmur"),
        ]),
        ("SASARAN 2 : Meningkatnya produksi dan produktivitas tanaman pangan", [
            ("A06", "a) Produktifitas Padi Sawah (ku/ha)", "ku/ha", txt("53 ku/ha", 53), [d(), 52, 53, 53],
             [d(), 51.8, 53.4, 53.9], "last", "ubinan per musim panen"),
            ("A07", "b) Produktifitas Jagung (ku/ha)", "ku/ha", num(59), [58, d(), 59, 59],
             [55.2, d(), 60.1, blank()], "last", "TW IV menunggu hasil ubinan"),
            ("A08", "c) Luas tanam padi", "ha", txt("2.400", 2400), [800, 600, 450, 550],
             [820, 610, 455, 540], "sum", None),
            ("A09", "d) Luas tanam palawija", "ha", txt("1.100", 1100), [200, 400, 300, 200],
             [210, 380, 300, 240], "sum", None),
            ("A18", "e) Luas serangan OPT utama tanaman padi (ha)", "ha", num(55), [15, 20, 10, 10],
             [12.5, 20, 8.25, 4], "sum", "indikator negatif"),
            ("A14", "f) Prosentase penyaluran pupuk bersubsidi sesuai RDKK", "%", pct(0.9, "0%"),
             [pct(0.25, "0%"), pct(0.5, "0%"), pct(0.75, "0%"), pct(0.9, "0%")],
             [pct(0.224, "0.0%"), pct(0.489, "0.0%"), pct(0.713, "0.0%"), pct(0.932, "0.0%")], "last", None),
        ]),
        ("SASARAN 3 : Meningkatnya kualitas penyelenggaraan penyuluhan pertanian", [
            ("A02", "a) Frekwensi kunjungan penyuluh ke kelompok tani", "kali", num(1584, "#,##0"),
             [396, 396, 396, 396], [380, 402, 396, 410], "sum", None),
            ("A03", "b) Jumlah demplot yang dilaksanakan", "unit", num(5), [d(), 2, 2, 1], [d(), 2, 2, 1], "sum",
             None),
            ("A10", "c) Jumlah petani peserta SL", "orang", num(150), [d(), 50, 75, 25], [d(), 50, 75, 25], "sum",
             None),
            # planted: TW IV realisasi typed as a fraction (0.64 for 64 %) in a plain cell
            ("A12", "d) Persentase petani yg menerapkan teknologi anjuran", "%", num(62), [55, 58, 60, 62],
             [58, 60, 63, 0.64], "last", None),
            ("A11", "e) Jumlah Programa Penyuluhan Pertanian yang disusun", "dokumen", num(1), [1, d(), d(), d()],
             [1, d(), d(), d()], "sum", None),
            ("A19", "f) Jumlah penyuluh yg mengikuti pelatihan / bimtek", "orang", num(8), [d(), 4, 4, d()],
             [d(), 3, 4, 2], "sum", None),
        ]),
        ("SASARAN 4 : Meningkatnya akuntabilitas kinerja dan pelayanan UPTD", [
            ("A16", "a) IKM layanan BPP", "nilai", num(80), [d(), 80, d(), 80], [d(), 79.6, d(), 81.3], "last",
             "survei per semester"),
            ("A17", "b) Jumlah laporan bulanan penyuluhan yg disampaikan tepat waktu", "laporan", num(12),
             [3, 3, 3, 3], [3, 3, 3, 2], "sum", "laporan Des terlambat"),
            ("A20", "c) Nilai hasil evaluasi AKIP UPTD", "predikat", grade("B"), [d(), d(), d(), grade("B")],
             [d(), d(), d(), grade("BB")], "last", None),
        ]),
    ]
    r = 7
    no = 0
    for sasaran, inds in S:
        put(ws, "A%d" % r, sasaran, bold=True, fill=GROUP_FILL, border=True)
        ws.merge_cells("A%d:J%d" % (r, r))
        r += 1
        for sid, name, unit, t, qt, qr, rule, ket in inds:
            no += 1
            put(ws, "A%d" % r, no, h="center", v_align="top")
            put(ws, "B%d" % r, name, wrap=True, v_align="top")
            put(ws, "C%d" % r, unit, h="center", v_align="top")
            put(ws, "D%d" % r, t, h="right", v_align="top")
            for c in "ABCD":
                ws.merge_cells("%s%d:%s%d" % (c, r, c, r + 1))
            put(ws, "E%d" % r, "T", h="center")
            put(ws, "E%d" % (r + 1), "R", h="center")
            rcells = []
            for i, c in enumerate("FGHI"):
                put(ws, "%s%d" % (c, r), qt[i], h="right")
                put(ws, "%s%d" % (c, r + 1), qr[i], h="right")
                rcells.append("%s%d" % (c, r + 1))
            put(ws, "J%d" % r, ket, wrap=True)
            ws.merge_cells("J%d:J%d" % (r, r + 1))
            rk = sum_key(qr) if rule == "sum" else last_key(qr)
            AG.key(book, ws, "B%d" % r, 2021, sid, t, rk, "D%d" % r, rcells, rule)
            r += 2
    box(ws, "A7:J%d" % (r - 1))
    r += 1
    put(ws, "A%d" % r, "Keterangan : T = Target, R = Realisasi. Realisasi diisi per triwulan (bukan kumulatif); "
                       "untuk indikator persentase, produktivitas dan nilai diisi posisi akhir triwulan.",
        italic=True)
    signature(ws, r + 2, 7, "Lubuk Sembilang, 10 Januari 2022", ["Kepala UPTD BPP Kec. Lubuk Sembilang"],
              *KEPALA_1, merge_to="J")


def sheets_misc_2020_2021(book):
    ws = book.sheet("Catatan")
    widths(ws, {"A": 100})
    notes = [
        "CATATAN PENGISIAN",
        "1. Sheet PK 2020 = pengukuran kinerja tahunan 2020 (sudah ditandatangani).",
        "2. Sheet RA 2021 = rencana aksi 2021, realisasi per triwulan.",
        "3. Produktivitas jagung TW IV 2021 belum masuk (ubinan belum selesai per 10 Januari 2022).",
        "4. Luas tanam 2020 masih digabung padi dan palawija; mulai 2021 dipisah.",
    ]
    for i, s in enumerate(notes, 1):
        put(ws, "A%d" % i, s, bold=(i == 1))
    ws3 = book.sheet("Sheet3", state="hidden")
    put(ws3, "A1", "draft lama - jangan dipakai")
    put(ws3, "A2", "Jumlah kelompok tani yang dibina")
    put(ws3, "B2", 60)
    put(ws3, "A3", "Luas tanam padi")
    put(ws3, "B3", 2300)


# =========================================================================== 2022: per-desa (WKPP) matrix
DESA = ["Sungai Baung", "Talang Jering", "Pematang Duku", "Sialang Rindang", "Teluk Kembang",
        "Tanjung Mengkudu"]


def sheet_2022(book):
    ws = book.sheet("Rekap Kec 2022")
    widths(ws, {"A": 5, "B": 46, "C": 10, "D": 11, "E": 10, "F": 10, "G": 10, "H": 10, "I": 10, "J": 11,
                "K": 13, "L": 11, "M": 24})
    put(ws, "A1", "REKAPITULASI CAPAIAN KINERJA PER WILAYAH KERJA PENYULUHAN PERTANIAN (WKPP)", bold=True,
        h="center")
    put(ws, "A2", "UPTD BALAI PENYULUHAN PERTANIAN KECAMATAN LUBUK SEMBILANG", bold=True, h="center")
    put(ws, "A3", "KEADAAN S.D. 31 DESEMBER 2022", bold=True, h="center")
    for rr in (1, 2, 3):
        ws.merge_cells("A%d:M%d" % (rr, rr))
    heads = {"A5": "No", "B5": "Indikator Kinerja", "C5": "Satuan", "D5": "Target Kec. 2022",
             "E5": "Realisasi per Wilayah Kerja Penyuluhan Pertanian (WKPP) / Desa",
             "K5": "Jumlah / Capaian Kecamatan", "L5": "Capaian (%)", "M5": "Ket."}
    for k, v in heads.items():
        put(ws, k, v, bold=True, h="center", wrap=True, fill=HEAD_FILL)
    for i, dname in enumerate(DESA):
        put(ws, "%s6" % "EFGHIJ"[i], dname, bold=True, h="center", wrap=True, fill=HEAD_FILL)
    for m in ("A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:J5", "K5:K6", "L5:L6", "M5:M6"):
        ws.merge_cells(m)
    for i, c in enumerate("ABCDEFGHIJKLM"):
        put(ws, "%s7" % c, i + 1, h="center", italic=True)
    box(ws, "A5:M7")
    d = dash
    # kind: SUM (formula over E:J), SUMBAD (formula over E:I, wrong), AVG (ROUND(AVERAGE)), RATIO (from rows),
    #       TYPED (value typed in K), TYPEDTXT
    G = [
        ("A. KELEMBAGAAN PETANI", [
            ("A01", "Jumlah poktan yg dibina", "kelompok", num(68), [12, 11, 13, 10, 12, 10], "SUM", None),
            ("A05", "Jumlah Poktan Kelas Madya", "kelompok", num(20), [4, 3, 4, 3, 3, 3], "SUM", None),
            ("A04", "Persentase Poktan Kelas Madya (%)", "%", num(29), "DESA_RATIO", "RATIO", None),
            # planted: computed column typed over (desa add up to 68, K typed 66)
            ("A13", "Jml Poktan menyusun e-RDKK", "kelompok", num(68), [12, 11, 13, 10, 12, 10], "TYPED:66",
             None),
            ("A15", "Jumlah KEP/Korporasi petani yang dibentuk", "unit", num(2), [d(), d(), 1, d(), d(), d()], "SUM",
             "1 KEP dalam proses akta"),
            ("A21", "Jumlah petani milenial yang dibina", "orang", num(30), [6, 5, 7, 4, 7, 5], "SUM", None),
        ]),
        ("B. PRODUKSI DAN PRODUKTIVITAS", [
            ("A06", "Produktivitas padi (kuintal/ha)", "ku/ha", num(54), [55.2, 53.8, 54.6, 52.9, 54.1, 55.0], "AVG",
             "rata-rata desa"),
            ("A07", "Produktivitas jagung (kuintal/ha)", "ku/ha", num(60), [61.5, d(), 58.7, 60.2, d(), 59.4], "AVG",
             "2 desa tidak tanam jagung"),
            ("A08", "Luas Tanam Padi (ha)", "ha", num(2450, "#,##0"), [455, 402, 468, 371, 420, 356], "SUM", None),
            # planted: wrong formula, SUM(E:I) leaves out the last desa
            ("A09", "Luas Tanam Palawija (ha)", "ha", num(1150, "#,##0"), [180, 225, 160, 240, 198, 170], "SUMBAD",
             None),
            ("A18", "Luas Serangan Organisme Pengganggu Tumbuhan (OPT) padi", "ha", num(50),
             [8.5, 6, 12.25, 4, 7.5, 3], "SUM", "indikator negatif"),
            ("A14", "Realisasi penyaluran pupuk bersubsidi thd alokasi RDKK (%)", "%", num(92),
             [90.1, 86.4, 89.9, 87.2, 88.5, 89.1], "TYPED:88.7", "dihitung dari total tebusan"),
        ]),
        ("C. PENYELENGGARAAN PENYULUHAN", [
            ("A02", "Frekuensi kunjungan PPL ke kelompok tani (kali)", "kali", num(1632, "#,##0"),
             [288, 264, 312, 240, 288, 252], "SUM", None),
            ("A03", "Jumlah Demplot/Dem-area yang dilaksanakan", "unit", num(6), [1, 1, 1, 1, 1, 1], "SUM", None),
            ("A10", "Jumlah petani peserta Sekolah Lapang", "orang", num(175), [30, 25, 35, 25, 30, 25], "SUM", None),
            ("A12b", "Tingkat adopsi teknologi budidaya padi oleh petani", "%", num(65),
             [68.5, 64.2, 67.0, 63.8, 66.9, 66.4], "TYPEDTXT:66,2", "hasil survei adopsi"),
            ("A11", "Jumlah Programa Penyuluhan (dok)", "dokumen", num(1), [d(), d(), d(), d(), d(), d()],
             "TYPED:1", "programa tingkat BPP"),
        ]),
        ("D. MANAJEMEN UPTD", [
            ("A16", "Nilai IKM terhadap pelayanan BPP", "nilai", num(81), "MERGED", "TYPED:82.1", None),
            ("A17", "Laporan bulanan penyuluhan tepat waktu (laporan)", "laporan", num(12), "MERGED", "TYPED:12",
             None),
        ]),
    ]
    r = 8
    no = 0
    row_of = {}
    for gname, inds in G:
        put(ws, "A%d" % r, gname, bold=True, fill=GROUP_FILL)
        ws.merge_cells("A%d:M%d" % (r, r))
        r += 1
        for sid, name, unit, t, desa, kind, ket in inds:
            no += 1
            row_of[sid] = r
            put(ws, "A%d" % r, no, h="center")
            put(ws, "B%d" % r, name, wrap=True)
            put(ws, "C%d" % r, unit, h="center")
            put(ws, "D%d" % r, t, h="right")
            if desa == "MERGED":
                put(ws, "E%d" % r, "diukur di tingkat BPP", h="center", italic=True)
                ws.merge_cells("E%d:J%d" % (r, r))
            elif desa == "DESA_RATIO":
                a05, a01 = row_of["A05"], row_of["A01"]
                for c in "EFGHIJ":
                    put(ws, "%s%d" % (c, r), Val("=ROUND(%s%d/%s%d*100,2)" % (c, a05, c, a01), None, "0.00"))
            else:
                for i, c in enumerate("EFGHIJ"):
                    put(ws, "%s%d" % (c, r), desa[i], h="right")
            if kind == "SUM":
                k = fml("=SUM(E%d:J%d)" % (r, r), sum_key(desa))
            elif kind == "SUMBAD":
                k = fml("=SUM(E%d:I%d)" % (r, r), sum_key(desa[:5]))
            elif kind == "AVG":
                ks = [v if not hasattr(v, "key") else v.key for v in desa]
                ks = [x for x in ks if x is not None]
                k = fml("=ROUND(AVERAGE(E%d:J%d),2)" % (r, r), round(sum(ks) / len(ks) + 1e-12, 2), "0.00")
            elif kind == "RATIO":
                k = fml("=ROUND(K%d/K%d*100,2)" % (row_of["A05"], row_of["A01"]), round(20 / 68 * 100, 2), "0.00")
            elif kind.startswith("TYPEDTXT:"):
                s = kind.split(":", 1)[1]
                k = txt(s, float(s.replace(",", ".")))
            elif kind.startswith("TYPED:"):
                s = kind.split(":", 1)[1]
                k = num(float(s) if "." in s else int(s))
            put(ws, "K%d" % r, k, h="right", bold=True)
            put(ws, "L%d" % r, Val('=IFERROR(K%d/D%d*100,"")' % (r, r), None, "0.00"))
            put(ws, "M%d" % r, ket, wrap=True)
            AG.key(book, ws, "B%d" % r, 2022, sid, t, k, "D%d" % r, "K%d" % r)
            r += 1
    box(ws, "A8:M%d" % (r - 1))
    r += 1
    put(ws, "B%d" % r, "Catatan:", bold=True)
    put(ws, "B%d" % (r + 1), "- Kolom Jumlah/Capaian Kecamatan: jumlah desa untuk indikator jumlah; rata-rata desa "
                             "untuk produktivitas; persentase dihitung dari jumlah kecamatan.")
    put(ws, "B%d" % (r + 2), "- Data diolah dari laporan bulanan PPL per WKPP.")
    signature(ws, r + 4, 10, "Lubuk Sembilang, 9 Januari 2023", ["Kepala UPTD BPP", "Kecamatan Lubuk Sembilang"],
              *KEPALA_2, merge_to="M")

    wp = book.sheet("Petunjuk")
    widths(wp, {"A": 90})
    for i, s in enumerate([
        "PETUNJUK PENGISIAN REKAP WKPP",
        "1. Setiap PPL mengisi kolom desa binaannya masing-masing.",
        "2. Kolom K diisi otomatis (rumus) kecuali indikator tingkat BPP.",
        "3. Jangan mengubah urutan baris.",
    ], 1):
        put(wp, "A%d" % i, s, bold=(i == 1))
    wh = book.sheet("rekap_ppl", state="hidden")
    put(wh, "A1", "Nama PPL")
    put(wh, "B1", "Desa")
    put(wh, "C1", "Kunjungan")
    for i, (nm, ds, kj) in enumerate([("Rahmad Hidayat", "Sungai Baung", 288), ("Sri Wahyuni", "Talang Jering", 264),
                                      ("Dedi Kurniawan", "Pematang Duku", 312)], 2):
        put(wh, "A%d" % i, nm)
        put(wh, "B%d" % i, ds)
        put(wh, "C%d" % i, kj)


# =========================================================================== 2023: LKjIP chapter III
def sheet_2023(book):
    ws = book.sheet("Tabel 3.1")
    widths(ws, {"A": 5, "B": 26, "C": 44, "D": 10, "E": 11, "F": 11, "G": 11, "H": 11, "I": 11, "J": 11,
                "K": 13, "L": 13})
    put(ws, "A1", "BAB III  AKUNTABILITAS KINERJA", bold=True)
    put(ws, "A2", "A. Capaian Kinerja Organisasi", bold=True)
    put(ws, "A3", "Tabel 3.1", bold=True, h="center")
    put(ws, "A4", "Perbandingan Target dan Realisasi Kinerja Tahun 2023 serta Realisasi Tahun-Tahun Sebelumnya",
        bold=True, h="center")
    ws.merge_cells("A3:L3")
    ws.merge_cells("A4:L4")
    heads = {"A6": "No", "B6": "Sasaran", "C6": "Indikator Kinerja", "D6": "Satuan", "E6": "Realisasi",
             "E7": 2020, "F7": 2021, "G7": 2022, "H6": "Tahun 2023", "H7": "Target", "I7": "Realisasi",
             "J7": "Capaian (%)", "K6": "Target Akhir Renstra (2026)", "L6": "Capaian s.d. 2023 thd Target Akhir (%)"}
    for k, v in heads.items():
        put(ws, k, v, bold=True, h="center", wrap=True, fill=HEAD_FILL)
    for m in ("A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:G6", "H6:J6", "K6:K7", "L6:L7"):
        ws.merge_cells(m)
    for i, c in enumerate("ABCDEFGHIJKL"):
        put(ws, "%s8" % c, "(%d)" % (i + 1), h="center", italic=True)
    box(ws, "A6:L8")
    d = dash
    S = [
        ("Meningkatnya kapasitas kelembagaan petani", [
            ("A01", "Jumlah Kelompok Tani yang Dibina (kelompok)", "kelompok", [64, 66, 68], num(70), num(71), 74),
            ("A05", "Jumlah Kelompok Tani Kelas Madya (kelompok)", "kelompok", [17, 19, 20], num(22), num(22), 26),
            ("A04", "% Kelompok Tani kelas Madya", "%", [pct(0.2656), pct(0.2879), pct(0.2941)], pct(0.31, "0.00%"),
             "RATIO", pct(0.35)),
            ("A13", "Jumlah kelompok tani penyusun e-RDKK", "kelompok", [64, 66, 66], num(70), num(70), 74),
            ("A15", "Jumlah Kelembagaan Ekonomi Petani yang terbentuk", "unit", [d(), 1, 1], num(2), num(2), 6),
            ("A21", "Jumlah Petani Milenial yg dibina (orang)", "orang", [d(), d(), 34], num(40), num(42), 60),
        ]),
        ("Meningkatnya produksi dan produktivitas tanaman pangan", [
            ("A06", "Produktivitas Padi Sawah", "ku/ha", [53.1, 53.9, 54.27], num(55), num(54.7), 57),
            ("A07", "Produktivitas Jagung", "ku/ha", [56.4, 60.1, 59.95], num(61), num(62.3), 64),
            # planted: 2.415 typed (English decimal point) for 2.415 ha
            ("A08", "Luas tanam padi sawah", "ha", [d(), 2425, 2472], num(2500, "#,##0"), num(2.415), 2600),
            ("A09", "Luas tanam palawija (jagung, kedelai)", "ha", [d(), 1130, 1173], num(1200, "#,##0"),
             num(1187, "#,##0"), 1300),
            ("A18", "Luas Serangan OPT Padi (ha)", "ha", [48.5, 44.75, 41.25], num(50), num(52.3), 40),
            ("A14", "Persentase Realisasi Pupuk Bersubsidi thd RDKK", "%", [87.5, 93.2, 88.7], txt(">= 90 %", 90),
             txt("91,6 %", 91.6), 95),
        ]),
        ("Meningkatnya kualitas penyelenggaraan penyuluhan pertanian", [
            ("A02", "Jumlah kunjungan penyuluh ke kelompok tani", "kali", [1498, 1588, 1644], num(1680, "#,##0"),
             num(1702, "#,##0"), 1776),
            ("A03", "Jumlah demplot & demfarm yg dilaksanakan", "unit", [4, 5, 6], num(6), num(7), 8),
            ("A10", "Jumlah petani yang ikut\nSL-PTT/SL-IPM", "orang", [175, 150, 170], num(200), num(215), 250),
            ("A12b", "Tingkat Adopsi Teknologi Budidaya Padi (%)", "%", [d(), d(), 66.2], num(68), num(67.5), 75),
            ("A11", "Programa penyuluhan pertanian tersusun", "dokumen", [1, 1, 1], num(1), num(1), 1),
            ("A19", "Jumlah PPL yang ditingkatkan kapasitasnya", "orang", [9, 9, d()], num(9), num(9), 10),
            ("A24", "Jumlah penyuluh swadaya yang aktif", "orang", [d(), d(), d()], dash(), num(7), 12),
        ]),
        ("Meningkatnya akuntabilitas kinerja dan pelayanan UPTD", [
            ("A16", "Indeks Kepuasan Masyarakat terhadap Layanan BPP", "nilai", [80.25, 81.3, 82.1], grade("B"),
             txt("82,45", 82.45), grade("B")),
            ("A17", "Jumlah Laporan Bulanan Penyuluhan Tepat Waktu", "laporan", [12, 11, 12], num(12), num(12), 12),
        ]),
    ]
    r = 9
    no = 0
    row_of = {}
    for sasaran, inds in S:
        start = r
        for sid, name, unit, prev, t, rv, akhir in inds:
            no += 1
            row_of[sid] = r
            put(ws, "A%d" % r, no, h="center")
            put(ws, "C%d" % r, name, wrap=True)
            put(ws, "D%d" % r, unit, h="center")
            for i, c in enumerate("EFG"):
                put(ws, "%s%d" % (c, r), prev[i], h="right")
            if rv == "RATIO":
                rv = fml("=I%d/I%d" % (row_of["A05"], row_of["A01"]), 22 / 71, "0.00%")
            put(ws, "H%d" % r, t, h="right")
            put(ws, "I%d" % r, rv, h="right")
            if sid == "A18":
                put(ws, "J%d" % r, Val("=(2*H%d-I%d)/H%d*100" % (r, r, r), None, "0.00"))
            elif isinstance(t.cell, (int, float)) and (isinstance(rv.cell, (int, float)) or str(rv.cell).startswith("=")):
                put(ws, "J%d" % r, Val("=I%d/H%d*100" % (r, r), None, "0.00"))
            elif t.cell == "-":
                put(ws, "J%d" % r, "-", h="center")
            elif t.key is None:
                put(ws, "J%d" % r, 100)
            else:
                put(ws, "J%d" % r, Val(round(rv.key / t.key * 100, 2), None, "0.00"))
            akhir = akhir if isinstance(akhir, Val) else num(akhir)
            put(ws, "K%d" % r, akhir, h="right")
            if isinstance(akhir.cell, (int, float)) and sid != "A18":
                put(ws, "L%d" % r, Val('=IFERROR(I%d/K%d*100,"-")' % (r, r), None, "0.00"))
            else:
                put(ws, "L%d" % r, "-", h="center")
            AG.key(book, ws, "C%d" % r, 2023, sid, t, rv, "H%d" % r, "I%d" % r)
            r += 1
        put(ws, "B%d" % start, sasaran, wrap=True, v_align="top")
        ws.merge_cells("B%d:B%d" % (start, r - 1))
    box(ws, "A9:L%d" % (r - 1))
    put(ws, "C%d" % r, "Rata-rata capaian kinerja", bold=True)
    put(ws, "J%d" % r, Val("=ROUND(AVERAGE(J9:J%d),2)" % (r - 1), None, "0.00"), bold=True)
    box(ws, "A%d:L%d" % (r, r))
    r += 2
    put(ws, "A%d" % r, "Sumber : Programa BPP 2023, laporan bulanan PPL, data ubinan (angka tetap 2023).", italic=True)
    put(ws, "A%d" % (r + 1), "Catatan : realisasi 2020 luas tanam masih gabungan padi dan palawija (3.512 ha).",
        italic=True)

    wa = book.sheet("Tabel 3.2 Anggaran")
    widths(wa, {"A": 5, "B": 60, "C": 18, "D": 18, "E": 10})
    put(wa, "A1", "Tabel 3.2 Realisasi Anggaran UPTD BPP Tahun 2023", bold=True)
    for k, v in {"A3": "No", "B3": "Program / Kegiatan", "C3": "Pagu (Rp)", "D3": "Realisasi (Rp)",
                 "E3": "%"}.items():
        put(wa, k, v, bold=True, h="center", fill=HEAD_FILL)
    progs = [("Penyuluhan Pertanian", 318500000, 309775400), ("Pengelolaan Data Pertanian", 42000000, 41250000),
             ("Administrasi Umum UPTD", 96300000, 90011250)]
    for i, (p, pg, rl) in enumerate(progs, 4):
        put(wa, "A%d" % i, i - 3)
        put(wa, "B%d" % i, p)
        put(wa, "C%d" % i, num(pg, "#,##0"))
        put(wa, "D%d" % i, num(rl, "#,##0"))
        put(wa, "E%d" % i, Val("=D%d/C%d*100" % (i, i), None, "0.00"))
    put(wa, "B7", "Jumlah", bold=True)
    put(wa, "C7", Val("=SUM(C4:C6)", None, "#,##0"), bold=True)
    put(wa, "D7", Val("=SUM(D4:D6)", None, "#,##0"), bold=True)
    box(wa, "A3:E7")
    signature(ws, r + 3, 9, "Lubuk Sembilang, 15 Februari 2024", ["Kepala UPTD BPP", "Kecamatan Lubuk Sembilang"],
              *KEPALA_2, merge_to="L")


def main():
    b1 = AG.book("Kinerja_BPP_Lubuk_Sembilang_2020-2021", "xls")
    sheet_2020(b1)
    sheet_2021(b1)
    sheets_misc_2020_2021(b1)
    b1.save()
    b2 = AG.book("Rekap_WKPP_BPP_Lubuk_Sembilang_2022", "ods")
    sheet_2022(b2)
    b2.save()
    b3 = AG.book("LKjIP_BPP_Lubuk_Sembilang_2023", "xlsx")
    sheet_2023(b3)
    b3.save()
    key = AG.finish()
    print(AG.slug, len(key["rows"]), "key rows")


if __name__ == "__main__":
    main()
