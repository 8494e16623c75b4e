"""F6: Dinas Pendidikan Kabupaten Sumedang 2023. Quarter target/realisasi pairs (per-quarter), anggaran murni and
perubahan, percentages stored as fractions under 0.00% format, formulas for computed columns."""
from common import *

S = "RA 2023"
Q = [("G", "H"), ("I", "J"), ("K", "L"), ("M", "N")]

# row, level, kode, uraian, indikator, satuan, target, tw targets, tw real, mode, budget
ROWS = [
    (8, "sasaran", "", "Meningkatnya akses dan mutu pendidikan dasar", "Angka Partisipasi Murni (APM) SD/MI", "%",
     "0.9750", ["-", "-", "-", "0.9750"], ["-", "-", "-", "0.9768"], "last", None),
    (9, "sasaran", "", "", "Angka Partisipasi Murni (APM) SMP/MTs", "%",
     "0.8250", ["-", "-", "-", "0.8250"], ["-", "-", "-", "0.8176"], "last", None),
    (10, "sasaran", "", "", "Rata-rata lama sekolah", "Tahun",
     "8.45", ["-", "-", "-", "8.45"], ["-", "-", "-", "8.47"], "last", None),
    (11, "program", "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN",
     "Persentase satuan pendidikan dengan sarana prasarana dalam kondisi baik", "%",
     "0.7800", ["-", "-", "-", "0.7800"], ["-", "-", "-", "0.7915"], "last", ("list", [12, 15])),
    (12, "kegiatan", "1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar",
     "Jumlah SD yang mendapatkan pembinaan sarana prasarana", "Sekolah",
     "48", ["12", "12", "12", "10"], ["10", "14", "12", "13"], "sum", ("range", 13, 14)),
    (13, "sub", "1.01.02.2.01.0009", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
     "Jumlah ruang kelas SD yang direhabilitasi", "Unit",
     "36", ["0", "8", "16", "12"], ["0", "6", "18", "12"], "sum",
     (5400000000, 5850000000, [0, 1120400000, 2730500000, 1842300000])),
    (14, "sub", "1.01.02.2.01.0026", "Penyediaan Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Sekolah Dasar",
     "Jumlah bulan honorarium pendidik non-ASN SD yang dibayarkan", "Bulan",
     "12", ["3", "3", "3", "3"], ["3", "3", "3", "3"], "sum",
     (3780000000, 3780000000, [945000000, 945000000, 945000000, 938700000])),
    (15, "kegiatan", "1.01.02.2.02", "Pengelolaan Pendidikan Sekolah Menengah Pertama",
     "Jumlah SMP yang mendapatkan pembinaan sarana prasarana", "Sekolah",
     "24", ["6", "6", "6", "6"], ["5", "7", "6", "6"], "sum", ("range", 16, 17)),
    (16, "sub", "1.01.02.2.02.0015", "Pengadaan Mebel Sekolah",
     "Jumlah paket mebel SMP yang diadakan", "Paket",
     "18", ["0", "6", "6", "6"], ["0", "4", "8", "6"], "sum",
     (1620000000, 1350000000, [0, 402500000, 598750000, 412300000])),
    (17, "sub", "1.01.02.2.02.0020", "Pembinaan Minat, Bakat dan Kreativitas Siswa",
     "Jumlah kegiatan lomba/festival siswa SMP yang dilaksanakan", "Kegiatan",
     "6", ["1", "2", "2", "1"], ["1", "2", "1", "2"], "sum",
     (450000000, 520000000, [62400000, 148200000, 131650000, 96300000])),
    (18, "program", "1.01.04", "PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN",
     "Persentase guru yang memenuhi kualifikasi akademik S1/D-IV", "%",
     "0.9400", ["-", "-", "-", "0.9400"], ["-", "-", "-", "0.9436"], "last", ("list", [19])),
    (19, "kegiatan", "1.01.04.2.02",
     "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan "
     "Pendidikan Nonformal", "Jumlah satuan pendidikan yang pendidiknya ditingkatkan kompetensinya", "Sekolah",
     "120", ["20", "40", "40", "20"], ["19", "42", "40", "22"], "sum", ("range", 20, 20)),
    (20, "sub", "1.01.04.2.02.0003", "Peningkatan Kompetensi Pendidik dan Tenaga Kependidikan",
     "Jumlah guru yang mengikuti pelatihan peningkatan kompetensi", "Orang",
     "600", ["100", "200", "200", "100"], ["80", "215", "190", "125"], "sum",
     (1250000000, 1185000000, [95000000, 412800000, 398600000, 241350000])),
]
TOTAL = 21
PROGRAMS = [11, 18]


def v(x):
    return "-" if x == "-" else num(x)


def build():
    b = Book("sumedang_disdik_2023_ra", "xlsx", "Dinas Pendidikan Kabupaten Sumedang", 2023,
             "quarter T/R pairs per quarter (per-quarter targets)", "murni and perubahan; % stored as fractions (0.00%)")
    ws = b.wb.active
    ws.title = S
    title(ws, ["RENCANA AKSI PERJANJIAN KINERJA DAN REALISASI TRIWULAN",
               "DINAS PENDIDIKAN KABUPATEN SUMEDANG",
               "TAHUN ANGGARAN 2023"], "X")
    cells = {"A5": "No", "B5": "Kode", "C5": "Sasaran / Program / Kegiatan / Sub Kegiatan", "D5": "Indikator Kinerja",
             "E5": "Satuan", "F5": "Target 2023", "G5": "Triwulan I", "I5": "Triwulan II", "K5": "Triwulan III",
             "M5": "Triwulan IV", "O5": "Realisasi 2023", "P5": "Capaian (%)", "Q5": "Anggaran (Rp)",
             "S5": "Realisasi Anggaran (Rp)", "W5": "Jumlah Realisasi (Rp)", "X5": "Serapan thd Perubahan (%)",
             "Q6": "Murni", "R6": "Perubahan", "S6": "TW I", "T6": "TW II", "U6": "TW III", "V6": "TW IV"}
    for t, r in Q:
        cells[f"{t}6"] = "Target"
        cells[f"{r}6"] = "Realisasi"
    header(ws, cells, ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:H5", "I5:J5", "K5:L5", "M5:N5",
                       "O5:O6", "P5:P6", "Q5:R5", "S5:V5", "W5:W6", "X5:X6"], 5, 6, "X")
    numbering(ws, 7, "X")
    ws.row_dimensions[5].height = 30
    widths(ws, {"A": 4, "B": 17, "C": 40, "D": 36, "E": 9, "F": 9, **{c: 8 for c in "GHIJKLMN"}, "O": 10, "P": 10,
                "Q": 15, "R": 15, "S": 14, "T": 14, "U": 14, "V": 14, "W": 15, "X": 11})

    no = 0
    for (r, lvl, kode, ur, ind, sat, tgt, ts, rs, mode, bud) in ROWS:
        fmt = FMT_P if sat == "%" else (FMT_2 if sat == "Tahun" else FMT_0D)
        if lvl == "sasaran" and ur:
            no += 1
        put(ws, f"A{r}", str(no) if (lvl == "sasaran" and ur) else "", h="center")
        put(ws, f"B{r}", kode, h="left")
        put(ws, f"C{r}", ur, h="left", wrap=True, bold=lvl in ("sasaran", "program"))
        put(ws, f"D{r}", ind, h="left", wrap=True)
        put(ws, f"E{r}", sat, h="center")
        put(ws, f"F{r}", v(tgt), fmt, h="right")
        for (tc, rc), t, x in zip(Q, ts, rs):
            put(ws, f"{tc}{r}", v(t), fmt, h="right")
            put(ws, f"{rc}{r}", v(x), fmt, h="right")
        if mode == "last":
            put(ws, f"O{r}", f"=N{r}", fmt)
        else:
            put(ws, f"O{r}", f"=H{r}+J{r}+L{r}+N{r}", fmt)
        put(ws, f"P{r}", f"=O{r}/F{r}", FMT_P)
        if bud is None:
            continue
        if bud[0] == "range":
            for c in "QRSTUV":
                put(ws, f"{c}{r}", f"=SUM({c}{bud[1]}:{c}{bud[2]})", FMT_RP)
        elif bud[0] == "list":
            for c in "QRSTUV":
                put(ws, f"{c}{r}", "=" + "+".join(f"{c}{k}" for k in bud[1]), FMT_RP)
        else:
            put(ws, f"Q{r}", bud[0], FMT_RP)
            put(ws, f"R{r}", bud[1], FMT_RP)
            for c, x in zip("STUV", bud[2]):
                put(ws, f"{c}{r}", x, FMT_RP)
        put(ws, f"W{r}", f"=SUM(S{r}:V{r})", FMT_RP)
        put(ws, f"X{r}", f"=W{r}/R{r}", FMT_P)
    ws.merge_cells(f"A{TOTAL}:P{TOTAL}")
    put(ws, f"A{TOTAL}", "JUMLAH", bold=True, h="center")
    for c in "QRSTUVW":
        put(ws, f"{c}{TOTAL}", "=" + "+".join(f"{c}{p}" for p in PROGRAMS), FMT_RP, bold=True)
    put(ws, f"X{TOTAL}", f"=W{TOTAL}/R{TOTAL}", FMT_P, bold=True)
    box(ws, f"A8:X{TOTAL}")
    ws.merge_cells("A23:X23")
    put(ws, "A23", "Catatan: target dan realisasi triwulan adalah angka pada triwulan berkenaan (tidak kumulatif); realisasi "
        "2023 = jumlah TW I s.d. TW IV, kecuali indikator persentase dan angka rata-rata yang diukur tahunan (realisasi "
        "TW IV). Capaian = Realisasi / Target. Serapan dihitung terhadap anggaran perubahan.", italic=True, h="left", wrap=True)
    ws.row_dimensions[23].height = 30
    signature(ws, "S", 25, "Sumedang, 17 Januari 2024", ["KEPALA DINAS PENDIDIKAN", "KABUPATEN SUMEDANG"],
              "Dr. H. DEDI KURNIAWAN SUPRIATNA, M.Pd.", "Pembina Utama Muda", "NIP. 19710228 199702 1 003")
    ws.freeze_panes = "F8"

    # ---------------- planted mistakes ----------------
    ws["Q11"] = "=Q12+Q16"
    b.mis(S, "Q11", "program_anggaran_not_sum", "11250000000", "=Q12+Q16",
          "Programme anggaran murni adds the SD kegiatan and the sub kegiatan in row 16 instead of the SMP kegiatan (row 15): "
          "9.180.000.000 + 1.620.000.000 = 10.800.000.000; right Q12 + Q15 = 9.180.000.000 + 2.070.000.000 = 11.250.000.000 "
          "(the perubahan and TW columns of the same row use rows 12 and 15).")
    b.mis(S, "F12", "quarter_targets_not_sum_to_annual", None, None,
          "Per-quarter targets 12 + 12 + 12 + 10 = 46 but the annual target is 48 (the note row: targets are per quarter, "
          "not cumulative; every other count row adds up).")
    ws["X14"] = "=W14/3780000000"
    b.mis(S, "X14", "constant_in_formula", s2(D(3773700000) / D(3780000000) * 100), "=W14/3780000000",
          "Value right (99,83 %) but the anggaran perubahan is typed into the formula as a constant instead of R14; the "
          "serapan will not follow a change of the anggaran.", flags=["value_right_formula_wrong"])
    ws["O15"] = "=N15"
    b.mis(S, "O15", "year_realisasi_not_sum", "24", "=N15",
          "Count with per-quarter targets (6 each): the year's realisasi is 5 + 7 + 6 + 6 = 24, as in the other count rows "
          "(=H+J+L+N); the formula takes TW IV only (6), so the capaian shows 25,00 % instead of 100,00 %.")
    b.mis(S, "V16", "realisasi_anggaran_exceeds_anggaran", None, None,
          "Realisasi 0 + 402.500.000 + 598.750.000 + 412.300.000 = 1.413.550.000 exceeds the anggaran perubahan "
          "1.350.000.000 (serapan 104,71 %), the budget in force after the cut from 1.620.000.000.")
    ws["X17"] = "=W17/Q17"
    b.mis(S, "X17", "serapan_wrong_base", s2(D(438550000) / D(520000000) * 100), "=W17/Q17",
          "Serapan divided by the anggaran murni (450.000.000) instead of the perubahan (520.000.000) the header names: "
          "438.550.000 / 520.000.000 = 84,34 %, not 97,46 %.")
    ws["P19"] = "=O19/F19*100"
    b.mis(S, "P19", "percent_scale_error", s2(D(123) / D(120) * 100), "=O19/F19*100",
          "Cell formatted 0.00% but the formula multiplies by 100: it shows 10250,00 %; 123 / 120 = 102,50 %.")

    # ---------------- traps ----------------
    b.trap(S, "F8", "percent_as_fraction",
           "Percentages are stored as fractions under a 0.00% format: 0,9750 is 97,50 %; capaian 0,9768 / 0,9750 = 100,18 %.")
    b.trap(S, "O8", "percentage_year_is_last_quarter",
           "APM is measured once a year: TW I-III '-', realisasi 2023 = TW IV (=N8).")
    b.trap(S, "P10", "non_percent_not_fraction",
           "Rata-rata lama sekolah is in years (8,45), not a fraction: 8,47 / 8,45 = 100,24 %, right.")
    b.trap(S, "W13", "realisasi_above_murni_within_perubahan",
           "Realisasi 5.693.200.000 exceeds the murni 5.400.000.000 but not the perubahan 5.850.000.000: serapan 97,32 % is right.")
    b.trap(S, "X20", "serapan_against_perubahan",
           "Perubahan (1.185.000.000) is below murni; serapan is against perubahan as the header says: 1.147.750.000 / "
           "1.185.000.000 = 96,86 % (against murni it would be 91,82 %).")
    b.cleanrows(S, [9, 18, TOTAL])

    reals = {8: "97.68", 9: "81.76", 10: "8.47", 11: "79.15", 12: "49", 13: "36", 14: "12", 15: "6", 16: "18",
             17: "6", 18: "94.36", 19: "123", 20: "610"}
    for (r, lvl, kode, ur, ind, sat, tgt, ts, rs, mode, bud) in ROWS:
        t = s2(D(tgt) * 100) if sat == "%" else tgt
        b.ind(S, r, ind, t, reals[r], sat)

    b.layout = (
        "One sheet 'RA 2023'. Title rows 1-3; two-row merged header rows 5-6; numbering row 7 ((1)..(24)); data rows 8-20; "
        "JUMLAH row 21; note row 23; signature from row 25. Columns: A No, B Kode (Permendagri 90, 1.01.xx), C uraian "
        "(blank sasaran = same as above), D indikator, E satuan, F target 2023, G/H TW I target/realisasi, I/J TW II, "
        "K/L TW III, M/N TW IV, O realisasi 2023, P capaian, Q anggaran murni, R anggaran perubahan, S-V realisasi "
        "anggaran TW I-IV (per quarter), W jumlah realisasi, X serapan against perubahan. Percent-unit indicator values, "
        "capaian and serapan are stored as FRACTIONS under a 0.00% number format (0,9750 = 97,50 %); 'Tahun' and counts "
        "are plain numbers. Formulas: O = H+J+L+N for counts, = N for % and averages measured yearly; P = O/F; W = "
        "SUM(S:V); X = W/R; kegiatan Q..V = SUM of its sub kegiatan; program = sum of its kegiatan; JUMLAH = sum of the "
        "two programmes. Conventions (note row): per-quarter targets adding up to the annual target for counts; no cap; "
        "serapan against anggaran perubahan. Budgets at program, kegiatan and sub kegiatan rows; sasaran rows none.")
    return b
