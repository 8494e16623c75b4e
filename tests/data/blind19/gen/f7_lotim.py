"""F7: Dinas Pertanian Kabupaten Lombok Timur 2024. Quarters across columns (Target/Realisasi/% per TW, all
'Kumulatif'), category column, cumulative realisasi anggaran (s.d. TW), typed values."""
from common import *

S = "Renaksi 2024"
Q = [("G", "H", "I"), ("J", "K", "L"), ("M", "N", "O"), ("P", "Q", "R")]


def cat(v):
    v = D(v)
    if v >= 91:
        return "Sangat Tinggi"
    if v >= 76:
        return "Tinggi"
    if v >= 66:
        return "Sedang"
    if v >= 51:
        return "Rendah"
    return "Sangat Rendah"


# row, level, kode, uraian, indikator, satuan, target, tw targets (kumulatif), tw realisasi (kumulatif), budget
ROWS = [
    (8, "sasaran", "", "Meningkatnya produksi dan produktivitas pertanian", "Produktivitas padi", "Ton/Ha", "5.65",
     ["5.20", "5.35", "5.50", "5.65"], ["5.18", "5.41", "5.47", "5.72"], None),
    (9, "sasaran", "", "Meningkatnya kesejahteraan petani", "Nilai Tukar Petani (NTP)", "Indeks", "112.50",
     ["-", "-", "-", "112.50"], ["108.40", "110.15", "111.80", "113.06"], None),
    (10, "program", "3.27.03", "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
     "Persentase prasarana pertanian dalam kondisi baik", "%", "70.00",
     ["62.00", "65.00", "68.00", "70.00"], ["61.50", "65.80", "67.20", "70.40"], ("sum", [11])),
    (11, "kegiatan", "3.27.03.2.01", "Pembangunan Prasarana Pertanian",
     "Panjang jalan usaha tani dan jaringan irigasi yang dibangun/direhabilitasi", "Km", "18.50",
     ["2.00", "7.50", "13.00", "18.50"], ["1.60", "7.90", "12.30", "17.85"], ("sum", [12, 13])),
    (12, "sub", "3.27.03.2.01.0002", "Pembangunan, Rehabilitasi dan Pemeliharaan Jalan Usaha Tani",
     "Panjang jalan usaha tani yang dibangun/direhabilitasi", "Km", "12.00",
     ["1.50", "5.00", "8.50", "12.00"], ["1.20", "5.30", "8.10", "12.20"],
     (2150000000, [0, 645200000, 1420850000, 2098300000])),
    (13, "sub", "3.27.03.2.01.0005", "Pembangunan, Rehabilitasi dan Pemeliharaan Jaringan Irigasi Usaha Tani",
     "Panjang jaringan irigasi usaha tani yang direhabilitasi", "Km", "6.50",
     ["0.50", "2.50", "4.50", "6.50"], ["0.40", "2.60", "4.20", "5.65"],
     (1480000000, [74000000, 512600000, 1065300000, 1452180000])),
    (14, "program", "3.27.07", "PROGRAM PENYULUHAN PERTANIAN",
     "Persentase kelompok tani yang meningkat kelasnya", "%", "15.00",
     ["3.00", "6.00", "10.00", "15.00"], ["2.80", "6.40", "9.70", "15.60"], ("sum", [15])),
    (15, "kegiatan", "3.27.07.2.01", "Pelaksanaan Penyuluhan Pertanian",
     "Jumlah kelompok tani yang dibina", "Kelompok", "240",
     ["60", "120", "180", "240"], ["58", "121", "176", "238"], ("sum", [16, 17])),
    (16, "sub", "3.27.07.2.01.0001", "Pengembangan Kapasitas Kelembagaan Petani di Kecamatan dan Desa",
     "Jumlah kelembagaan petani yang difasilitasi", "Kelompok", "120",
     ["30", "60", "90", "120"], ["28", "61", "87", "118"],
     (385000000, [62300000, 158400000, 262150000, 371800000])),
    (17, "sub", "3.27.07.2.01.0002", "Penyediaan dan Pemanfaatan Sarana dan Prasarana Penyuluhan Pertanian",
     "Jumlah BPP yang difasilitasi sarana dan prasarana", "Unit", "21",
     ["0", "7", "14", "21"], ["0", "5", "12", "21"],
     (612500000, [0, 118400000, 347250000, 598900000])),
    (18, "program", "3.27.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     "Persentase dokumen perencanaan dan pelaporan yang tersusun tepat waktu", "%", "100.00",
     ["25.00", "50.00", "75.00", "100.00"], ["25.00", "50.00", "75.00", "100.00"], ("sum", [19, 20])),
    (19, "kegiatan", "3.27.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
     "Jumlah dokumen perencanaan dan laporan kinerja", "Dokumen", "8",
     ["2", "4", "6", "8"], ["2", "4", "6", "8"], (92400000, [18300000, 41750000, 66200000, 90150000])),
    (20, "kegiatan", "3.27.01.2.02", "Administrasi Keuangan Perangkat Daerah",
     "Jumlah bulan pelayanan administrasi keuangan", "Bulan", "12",
     ["3", "6", "9", "12"], ["3", "6", "9", "12"], (7845600000, [1905400000, 3842750000, 5760300000, 7812450000])),
]
TOTAL = 21
PROGRAMS = [10, 14, 18]


def v(x):
    return "-" if x == "-" else num(x)


def build():
    b = Book("lomboktimur_distan_2024_renaksi_kumulatif", "xlsx", "Dinas Pertanian Kabupaten Lombok Timur", 2024,
             "quarters across columns, T/R/% per TW, all kumulatif", "category column; cumulative realisasi anggaran")
    ws = b.wb.active
    ws.title = S
    title(ws, ["PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI TAHUN 2024",
               "DINAS PERTANIAN KABUPATEN LOMBOK TIMUR",
               "Keadaan s.d. Triwulan IV"], "Y")
    cells = {"A5": "No", "B5": "Kode", "C5": "Sasaran / Program / Kegiatan / Sub Kegiatan", "D5": "Indikator Kinerja",
             "E5": "Satuan", "F5": "Target 2024", "G5": "Triwulan I (Kumulatif)", "J5": "Triwulan II (Kumulatif)",
             "M5": "Triwulan III (Kumulatif)", "P5": "Triwulan IV (Kumulatif)", "S5": "Kategori Capaian",
             "T5": "Pagu Anggaran (Rp)", "U5": "Realisasi Anggaran Kumulatif (Rp)", "Y5": "Serapan (%)",
             "U6": "s.d. TW I", "V6": "s.d. TW II", "W6": "s.d. TW III", "X6": "s.d. TW IV"}
    for t, r, p in Q:
        cells[f"{t}6"] = "Target"
        cells[f"{r}6"] = "Realisasi"
        cells[f"{p}6"] = "%"
    header(ws, cells, ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:I5", "J5:L5", "M5:O5", "P5:R5",
                       "S5:S6", "T5:T6", "U5:X5", "Y5:Y6"], 5, 6, "Y")
    numbering(ws, 7, "Y")
    ws.row_dimensions[5].height = 30
    widths(ws, {"A": 4, "B": 17, "C": 40, "D": 36, "E": 9, "F": 9, **{c: 8 for c in "GHIJKLMNOPQR"}, "S": 13,
                "T": 15, "U": 14, "V": 14, "W": 14, "X": 14, "Y": 9})

    no = 0
    for (r, lvl, kode, ur, ind, sat, tgt, ts, rs, bud) in ROWS:
        fmt = FMT_0D if sat in ("Kelompok", "Unit", "Dokumen", "Bulan") else FMT_2D
        if lvl == "sasaran":
            no += 1
        put(ws, f"A{r}", str(no) if lvl == "sasaran" else "", h="center")
        put(ws, f"B{r}", kode, h="left")
        put(ws, f"C{r}", ur, h="left", wrap=True, bold=lvl in ("sasaran", "program"))
        put(ws, f"D{r}", ind, h="left", wrap=True)
        put(ws, f"E{r}", sat, h="center")
        put(ws, f"F{r}", v(tgt), fmt, h="right")
        for (tc, rc, pc), t, x in zip(Q, ts, rs):
            put(ws, f"{tc}{r}", v(t), fmt, h="right")
            put(ws, f"{rc}{r}", v(x), fmt, h="right")
            if t == "-" or D(t) == 0:
                put(ws, f"{pc}{r}", "-", h="right")
            else:
                put(ws, f"{pc}{r}", f2(pct(x, t)), FMT_2)
        put(ws, f"S{r}", cat(rnd(pct(rs[3], ts[3]))), h="center")

    vals = {}
    for (r, *_rest) in ROWS:
        bud = _rest[-1]
        if bud and bud[0] != "sum":
            vals[r] = [D(bud[0])] + [D(x) for x in bud[1]]
    for (r, *_rest) in sorted(ROWS, key=lambda x: -x[0]):
        bud = _rest[-1]
        if bud and bud[0] == "sum":
            vals[r] = [sum(vals[k][i] for k in bud[1]) for i in range(5)]
    # mistake W16 (cumulative budget falls) must flow into the parents
    vals[16][3] = D(142650000)
    for p in (15, 14):
        vals[p][3] = sum(vals[k][3] for k in {15: [16, 17], 14: [15]}[p])
    true18 = vals[18][0]
    vals[18][0] = D(7983000000)
    for r, vv in vals.items():
        for c, x in zip("TUVWX", vv):
            put(ws, f"{c}{r}", int(x), FMT_RP)
        put(ws, f"Y{r}", f2(vv[4] / vv[0] * 100), FMT_2)
    tot = [sum(vals[p][i] for p in PROGRAMS) for i in range(5)]
    ws.merge_cells(f"A{TOTAL}:S{TOTAL}")
    put(ws, f"A{TOTAL}", "JUMLAH", bold=True, h="center")
    for c, x in zip("TUVWX", tot):
        put(ws, f"{c}{TOTAL}", int(x), FMT_RP, bold=True)
    put(ws, f"Y{TOTAL}", f2(tot[4] / tot[0] * 100), FMT_2, bold=True)
    box(ws, f"A8:Y{TOTAL}")
    ws.merge_cells("A23:Y23")
    put(ws, "A23", "Keterangan: target, realisasi kinerja dan realisasi anggaran bersifat KUMULATIF s.d. triwulan "
        "berkenaan (capaian tahun = capaian TW IV; serapan = realisasi s.d. TW IV / pagu x 100). Kategori capaian TW IV: "
        ">= 91 Sangat Tinggi; 76 - 90 Tinggi; 66 - 75 Sedang; 51 - 65 Rendah; <= 50 Sangat Rendah.",
        italic=True, h="left", wrap=True)
    ws.row_dimensions[23].height = 30
    signature(ws, "T", 25, "Selong, 13 Januari 2025", ["KEPALA DINAS PERTANIAN", "KABUPATEN LOMBOK TIMUR"],
              "Ir. LALU MUHAMMAD ZAINUDDIN, M.P.", "Pembina Utama Muda", "NIP. 19700611 199603 1 005")
    ws.freeze_panes = "F8"

    # ---------------- planted mistakes ----------------
    ws["K12"] = 8.10
    ws["N12"] = 5.30
    ws["L12"] = f2(pct("8.10", "5.00"))
    ws["O12"] = f2(pct("5.30", "8.50"))
    b.mis(S, "K12", "figure_in_wrong_quarter", "5.30", None,
          "TW II and TW III realisasi swapped: the cumulative series reads 1,20 -> 8,10 -> 5,30 -> 12,20 Km. With 5,30 at "
          "TW II and 8,10 at TW III it rises, matches the kegiatan row (1,20+0,40 ... 5,30+2,60 = 7,90) and gives 106,00 / "
          "95,29 % instead of the stated 162,00 / 62,35 %.")
    ws["S13"] = "Sangat Tinggi"
    b.mis(S, "S13", "wrong_category", None, None,
          "TW IV capaian 5,65 / 6,50 x 100 = 86,92 falls in 76-90: Tinggi, not Sangat Tinggi.")
    ws["Y13"] = f2(sum(vals[13][1:5]) / vals[13][0] * 100)
    b.mis(S, "Y13", "serapan_miscomputed", s2(vals[13][4] / vals[13][0] * 100), None,
          "Cumulative realisasi anggaran: serapan = s.d. TW IV / pagu = 1.452.180.000 / 1.480.000.000 x 100 = 98,12. The "
          "cell (209,74) adds the four cumulative figures (3.104.080.000) before dividing.")
    ws["L15"] = 100.38
    b.mis(S, "L15", "pct_miscomputed", s2(pct(121, 120)), None,
          "TW II: 121 / 120 x 100 = 100,83; typed 100,38 (digits swapped).")
    ws["O16"] = float(trunc(pct(87, 90)))
    b.mis(S, "O16", "pct_truncated", s2(pct(87, 90)), None,
          "TW III: 87 / 90 x 100 = 96,666... rounds to 96,67; the cell holds 96,66.")
    b.mis(S, "W16", "cumulative_series_falls", None, None,
          "Realisasi anggaran kumulatif s.d. TW III (142.650.000) is below s.d. TW II (158.400.000): a cumulative series "
          "cannot fall. The kegiatan and programme rows add the wrong figure.")
    b.mis(S, "T18", "program_anggaran_not_sum", s0(true18), None,
          "Programme pagu 7.983.000.000, but its kegiatan are 92.400.000 + 7.845.600.000 = 7.938.000.000 (digits "
          "transposed); serapan 98,99 and the JUMLAH row follow the wrong figure (right 99,55).")

    # ---------------- traps ----------------
    b.trap(S, "I9", "target_dash_quarter",
           "NTP has only a year-end target: TW I-III targets '-' with realisasi reported; no % is due. TW IV 113,06 / "
           "112,50 = 100,50.")
    b.trap(S, "R10", "percentage_year_is_last_quarter",
           "Cumulative sheet without a year column: the year's capaian is TW IV, 70,40 / 70,00 = 100,57, and its category.")
    b.trap(S, "I17", "target_zero_quarter",
           "Cumulative target s.d. TW I is 0 (no BPP scheduled): '-' instead of a %; realisasi anggaran s.d. TW I is 0 too.")
    b.trap(S, "Y20", "cumulative_realisasi_anggaran",
           "Realisasi anggaran is cumulative: serapan = 7.812.450.000 (s.d. TW IV) / 7.845.600.000 = 99,58, not the "
           "sum of the four columns.")
    b.cleanrows(S, [8, 11, 14, 19, TOTAL])

    for (r, lvl, kode, ur, ind, sat, tgt, ts, rs, bud) in ROWS:
        b.ind(S, r, ind, tgt, rs[3], sat)

    b.layout = (
        "One sheet 'Renaksi 2024'. Title rows 1-3; two-row merged header rows 5-6; numbering row 7 ((1)..(25)); data rows "
        "8-20; JUMLAH row 21; Keterangan note row 23; signature from row 25. Columns: A No, B Kode (Permendagri 90, "
        "3.27.xx), C uraian, D indikator, E satuan, F target 2024, per quarter Target / Realisasi / % (all 'Kumulatif' in "
        "the header): G-I TW I, J-L TW II, M-O TW III, P-R TW IV; S kategori capaian (of TW IV), T pagu anggaran, U-X "
        "realisasi anggaran kumulatif s.d. TW I..IV, Y serapan (%). Typed values, no formulas. Conventions (header and "
        "note): targets, realisasi and realisasi anggaran are cumulative (non-decreasing, TW IV target = annual); the "
        "year's realisasi and capaian are the TW IV ones; capaian = realisasi / target x 100, '-' where the target is '-' "
        "or 0; no cap; kategori from the TW IV capaian on the Permendagri scale; serapan = realisasi s.d. TW IV / pagu x "
        "100; pagu and realisasi of a kegiatan = sum of its sub kegiatan, of a program = sum of its kegiatan.")
    return b
