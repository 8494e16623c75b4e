"""F1: Dinas PUPR Kabupaten Klaten 2023. Quarters across columns (Target s.d. / Realisasi s.d. / %),
cumulative targets, formulas for every computed column, budgets at program, kegiatan and sub kegiatan."""
from common import *

S = "RA TW IV 2023"
Q = [("G", "H", "I"), ("J", "K", "L"), ("M", "N", "O"), ("P", "Q", "R")]

ROWS = [
    # row, level, no, kode, uraian, indikator, satuan, target, targets s.d. TW, realisasi s.d. TW, budget
    (8, "sasaran", "1", "", "Meningkatnya kemantapan jalan kabupaten",
     "Persentase jalan kabupaten dalam kondisi mantap", "%", "78.50",
     ["75.20", "76.10", "77.30", "78.50"], ["75.40", "76.00", "77.85", "78.92"], None),
    (9, "sasaran", "2", "", "Meningkatnya kinerja jaringan irigasi kewenangan kabupaten",
     "Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik", "%", "71.00",
     ["68.00", "69.00", "70.00", "71.00"], ["68.40", "69.10", "70.45", "70.80"], None),
    (10, "program", "", "1.03.10", "PROGRAM PENYELENGGARAAN JALAN",
     "Persentase panjang jalan kabupaten yang ditangani", "%", "12.00",
     ["2.00", "5.00", "9.00", "12.00"], ["1.80", "5.10", "8.70", "12.30"], ("list", [11])),
    (11, "kegiatan", "", "1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota",
     "Panjang jalan kabupaten yang ditangani", "Km", "38.50",
     ["5.00", "15.00", "28.00", "38.50"], ["5.20", "15.40", "27.10", "38.80"], ("range", 12, 14)),
    (12, "sub", "", "1.03.10.2.01.0017", "Rehabilitasi Jalan",
     "Panjang jalan yang direhabilitasi", "Km", "14.20",
     ["0", "4.00", "9.50", "14.20"], ["0", "4.00", "9.20", "14.20"],
     (2850000000, [0, 612400000, 1104250000, 1037980000])),
    (13, "sub", "", "1.03.10.2.01.0033", "Pemeliharaan Berkala Jalan",
     "Panjang jalan yang dipelihara berkala", "Km", "24.30",
     ["5.00", "11.00", "18.50", "24.30"], ["5.20", "11.40", "7.90", "24.60"],
     (3420500000, [180000000, 905300000, 1116720000, 1155000000])),
    (14, "sub", "", "1.03.10.2.01.0041", "Rehabilitasi Jembatan",
     "Jumlah jembatan yang direhabilitasi", "Unit", "3",
     ["1", "1", "2", "3"], ["0", "1", "2", "3"],
     (1275000000, [0, 0, 540600000, 702150000])),
    (15, "program", "", "1.03.02", "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
     "Persentase jaringan irigasi yang direhabilitasi dan dipelihara", "%", "8.00",
     ["1.00", "3.00", "6.00", "8.00"], ["0.90", "3.20", "5.85", "8.10"], ("list", [16])),
    (16, "kegiatan", "", "1.03.02.2.02",
     "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya dibawah 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota",
     "Panjang saluran irigasi yang direhabilitasi dan dipelihara", "Km", "21.00",
     ["3.00", "8.00", "15.00", "21.00"], ["3.40", "8.10", "14.60", "20.75"], ("range", 17, 18)),
    (17, "sub", "", "1.03.02.2.02.0012", "Rehabilitasi Jaringan Irigasi Permukaan",
     "Panjang jaringan irigasi yang direhabilitasi", "Km", "6.00",
     ["0", "2.00", "4.50", "6.00"], ["0", "1.80", "4.50", "6.10"],
     (1960000000, [0, 415000000, 880250000, 602300000])),
    (18, "sub", "", "1.03.02.2.02.0018", "Pemeliharaan Jaringan Irigasi Permukaan",
     "Panjang jaringan irigasi yang dipelihara", "Km", "15.00",
     ["3.00", "6.00", "10.50", "15.00"], ["3.40", "6.30", "10.10", "14.65"],
     (845000000, [150000000, 210500000, 225000000, 230750000])),
    (19, "program", "", "1.03.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     "Persentase dokumen perencanaan, penganggaran dan pelaporan yang tersusun tepat waktu", "%", "100.00",
     ["25.00", "50.00", "75.00", "100.00"], ["25.00", "50.00", "75.00", "100.00"], ("list", [20, 23])),
    (20, "kegiatan", "", "1.03.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
     "Jumlah dokumen perencanaan dan laporan kinerja yang tersusun", "Dokumen", "7",
     ["2", "4", "5", "7"], ["2", "4", "5", "7"], ("range", 21, 22)),
    (21, "sub", "", "1.03.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
     "Jumlah dokumen perencanaan perangkat daerah", "Dokumen", "3",
     ["1", "2", "2", "3"], ["1", "2", "2", "3"],
     (185000000, [42500000, 38750000, 44100000, 50300000])),
    (22, "sub", "", "1.03.01.2.01.0006",
     "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
     "Jumlah laporan capaian kinerja dan ikhtisar realisasi kinerja", "Laporan", "4",
     ["1", "2", "3", "4"], ["1", "2", "3", "4"],
     (96500000, [18000000, 24250000, 22800000, 35950000])),
    (23, "kegiatan", "", "1.03.01.2.02", "Administrasi Keuangan Perangkat Daerah",
     "Jumlah bulan pelayanan administrasi keuangan", "Bulan", "12",
     ["3", "6", "9", "12"], ["3", "6", "9", "12"], ("range", 24, 24)),
    (24, "sub", "", "1.03.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN",
     "Jumlah ASN yang menerima gaji dan tunjangan", "Orang", "142",
     ["142", "142", "142", "142"], ["142", "142", "142", "142"],
     (9872400000, [2410000000, 2465300000, 2470800000, 2498120000])),
]
TOTAL = 25
PROGRAMS = [10, 15, 19]


def build():
    b = Book("klaten_dpupr_2023_ra_tw", "xlsx",
             "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Klaten", 2023,
             "quarters across columns, T/R/% triple per TW, cumulative (s.d. TW)",
             "cumulative targets and realisasi; year realisasi = s.d. TW IV; no cap; formulas; per-quarter realisasi anggaran")
    ws = b.wb.active
    ws.title = S
    title(ws, ["RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN",
               "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN KLATEN",
               "TAHUN ANGGARAN 2023 (POSISI TRIWULAN IV)"], "AA")
    cells = {"A5": "No", "B5": "Kode", "C5": "Sasaran Strategis / Program / Kegiatan / Sub Kegiatan",
             "D5": "Indikator Kinerja", "E5": "Satuan", "F5": "Target 2023",
             "G5": "Triwulan I", "J5": "Triwulan II", "M5": "Triwulan III", "P5": "Triwulan IV",
             "S5": "Capaian Tahun 2023", "U5": "Anggaran (Rp)", "V5": "Realisasi Anggaran per Triwulan (Rp)",
             "Z5": "Jumlah Realisasi Anggaran (Rp)", "AA5": "Serapan Anggaran (%)",
             "S6": "Realisasi", "T6": "%", "V6": "TW I", "W6": "TW II", "X6": "TW III", "Y6": "TW IV"}
    for i, (t, r, p) in enumerate(Q):
        tw = ["I", "II", "III", "IV"][i]
        cells[f"{t}6"] = f"Target s.d. TW {tw}"
        cells[f"{r}6"] = f"Realisasi s.d. TW {tw}"
        cells[f"{p}6"] = "%"
    merges = ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:I5", "J5:L5", "M5:O5", "P5:R5",
              "S5:T5", "U5:U6", "V5:Y5", "Z5:Z6", "AA5:AA6"]
    header(ws, cells, merges, 5, 6, "AA")
    numbering(ws, 7, "AA")
    ws.row_dimensions[6].height = 42
    widths(ws, {"A": 4, "B": 17, "C": 42, "D": 38, "E": 8, "F": 9, **{c: 9 for c in "GHIJKLMNOPQRST"},
                "U": 16, "V": 15, "W": 15, "X": 15, "Y": 15, "Z": 16, "AA": 10})

    info = {}
    for (r, lvl, no, kode, ur, ind, sat, tgt, ts, rs, bud) in ROWS:
        info[r] = dict(lvl=lvl, sat=sat, tgt=tgt, ts=ts, rs=rs, bud=bud, ind=ind)
        fmt = FMT_2D if sat in ("%", "Km") else FMT_0D
        bold = lvl in ("sasaran", "program")
        put(ws, f"A{r}", no, h="center")
        put(ws, f"B{r}", kode, h="left")
        put(ws, f"C{r}", ur, h="left", wrap=True, bold=bold)
        put(ws, f"D{r}", ind, h="left", wrap=True)
        put(ws, f"E{r}", sat, h="center")
        put(ws, f"F{r}", num(tgt), fmt)
        for i, (tc, rc, pc) in enumerate(Q):
            put(ws, f"{tc}{r}", num(ts[i]), fmt)
            put(ws, f"{rc}{r}", num(rs[i]), fmt)
            put(ws, f"{pc}{r}", f'=IF({tc}{r}=0,"-",{rc}{r}/{tc}{r}*100)', FMT_2, h="right")
        put(ws, f"S{r}", f"=Q{r}", fmt)
        put(ws, f"T{r}", f"=S{r}/F{r}*100", FMT_2)
        if bud is None:
            continue
        if bud[0] == "range":
            a, z = bud[1], bud[2]
            for c in "UVWXY":
                put(ws, f"{c}{r}", f"=SUM({c}{a}:{c}{z})", FMT_RP)
        elif bud[0] == "list":
            for c in "UVWXY":
                put(ws, f"{c}{r}", "=" + "+".join(f"{c}{k}" for k in bud[1]), FMT_RP)
        else:
            put(ws, f"U{r}", bud[0], FMT_RP)
            for c, v in zip("VWXY", bud[1]):
                put(ws, f"{c}{r}", v, FMT_RP)
        put(ws, f"Z{r}", f"=SUM(V{r}:Y{r})", FMT_RP)
        put(ws, f"AA{r}", f"=Z{r}/U{r}*100", FMT_2)
    ws.merge_cells(f"A{TOTAL}:T{TOTAL}")
    put(ws, f"A{TOTAL}", "JUMLAH", bold=True, h="center")
    for c in ["U", "V", "W", "X", "Y", "Z"]:
        put(ws, f"{c}{TOTAL}", "=" + "+".join(f"{c}{p}" for p in PROGRAMS), FMT_RP, bold=True)
    put(ws, f"AA{TOTAL}", f"=Z{TOTAL}/U{TOTAL}*100", FMT_2, bold=True)
    box(ws, f"A8:AA{TOTAL}")
    ws.merge_cells("A27:AA27")
    put(ws, "A27", "Catatan: target dan realisasi kinerja bersifat kumulatif (s.d. triwulan berkenaan); "
        "realisasi tahun 2023 = realisasi s.d. Triwulan IV. Realisasi anggaran diisi per triwulan (tidak kumulatif); "
        "serapan = jumlah realisasi anggaran / anggaran x 100.", italic=True, h="left", wrap=True)
    ws.row_dimensions[27].height = 28
    signature(ws, "V", 29, "Klaten, 15 Januari 2024",
              ["KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KABUPATEN KLATEN"],
              "Ir. SUGENG HARTANTO, M.T.", "Pembina Utama Muda", "NIP. 19690514 199503 1 004")
    ws.freeze_panes = "F8"

    # ---------------- planted mistakes ----------------
    ws["L9"] = "=K10/J10*100"
    b.mis(S, "L9", "formula_wrong_reference", s2(pct("69.10", "69.00")), "=K10/J10*100",
          "TW II % of the irrigation sasaran points at row 10 (the road programme): 5,10/5,00 = 102,00. "
          "Its own figures give 69,10 / 69,00 x 100 = 100,14.")
    ws["L11"] = 102.66
    b.mis(S, "L11", "pct_truncated", s2(pct("15.40", "15.00")), None,
          "Formula typed over with 102,66; 15,40 / 15,00 x 100 = 102,666... rounds to 102,67 (truncated, not rounded).")
    b.mis(S, "N13", "cumulative_series_falls", None, None,
          "Realisasi s.d. TW III (7,90 Km) is below s.d. TW II (11,40 Km) in a cumulative series (note row: "
          "kumulatif), so the TW III figure cannot be right; the kegiatan row (27,10 = 9,20 + x) points to 17,90 (a "
          "dropped digit). Its % (42,70) follows the wrong figure.")
    ws["S16"] = "=H16+K16+N16+Q16"
    b.mis(S, "S16", "year_realisasi_not_last_quarter", "20.75", "=H16+K16+N16+Q16",
          "Cumulative series: the year's realisasi is s.d. TW IV = 20,75 Km (as in every other row, =Q); "
          "the formula adds the four cumulative figures (3,40+8,10+14,60+20,75 = 46,85) and the capaian shows 223,10.")
    ws["AA17"] = "=Z17/U16*100"
    b.mis(S, "AA17", "serapan_wrong_base", s2(pct(1897550000, 1960000000)), "=Z17/U16*100",
          "Serapan divides by the kegiatan's anggaran in row 16 (2.805.000.000) instead of its own: "
          "1.897.550.000 / 1.960.000.000 x 100 = 96,81, not 67,65.")
    ws["U19"] = 10135900000
    b.mis(S, "U19", "program_anggaran_not_sum", "10153900000", None,
          "Programme anggaran typed over as 10.135.900.000; its kegiatan add up to 281.500.000 + 9.872.400.000 = "
          "10.153.900.000 (digits transposed). The total row and the programme's serapan use the wrong figure.")
    b.mis(S, "Y22", "realisasi_anggaran_exceeds_anggaran", None, None,
          "TW I-IV realisasi 18.000.000 + 24.250.000 + 22.800.000 + 35.950.000 = 101.000.000 exceeds the anggaran "
          "96.500.000 (serapan 104,66 %); the TW IV amount is the one that overshoots.")

    # ---------------- traps ----------------
    b.trap(S, "S8", "percentage_year_is_last_quarter",
           "Percentage indicator in a cumulative sheet: the year's realisasi is the TW IV value 78,92 (=Q8), not a sum; "
           "78,92 / 78,50 = 100,54.")
    b.trap(S, "I12", "target_zero_quarter",
           "Target s.d. TW I is 0 (shown '-'): the formula returns '-' instead of dividing by zero; nothing to compute.")
    b.trap(S, "I14", "zero_realisasi_zero_capaian",
           "Realisasi s.d. TW I is 0 against a target of 1 Unit: 0,00 % is right.")
    b.trap(S, "M21", "cumulative_target_plateau",
           "Cumulative target 1 -> 2 -> 2 -> 3 Dokumen: a flat quarter is not a fall; TW IV equals the annual target.")
    b.trap(S, "S24", "level_indicator_year_is_last_quarter",
           "Headcount of ASN paid (142 each quarter, cumulative style): the year's realisasi is 142 (s.d. TW IV), not 568.")
    b.trap(S, f"AA{TOTAL}", "serapan_total_weighted",
           "Total serapan = total realisasi / total anggaran (weighted), not the mean of the programme serapan; it is right "
           "as computed from the total row (which carries the mistyped U19).")
    b.cleanrows(S, [10, 15, 18, 20, 23])

    # ---------------- indicators ----------------
    for (r, lvl, no, kode, ur, ind, sat, tgt, ts, rs, bud) in ROWS:
        real = rs[3]
        if r == 16:
            real = "46.85"   # as the workbook states it (mistake S16)
        b.ind(S, r, ind, tgt, real, sat)

    b.layout = (
        "One sheet 'RA TW IV 2023'. Title rows 1-3; two-row merged header in rows 5-6; column numbering row 7 "
        "((1)..(27)); data rows 8-24; JUMLAH row 25; note row 27; signature block from row 29 (Kepala Dinas PUPR). "
        "Columns: A No, B Kode (Permendagri 90: program 1.03.xx, kegiatan x.2.xx, sub kegiatan x.xxxx; blank for the "
        "two sasaran rows 8-9), C uraian, D indikator, E satuan, F target 2023, then per quarter Target s.d. TW / "
        "Realisasi s.d. TW / %: G-I (TW I), J-L (TW II), M-O (TW III), P-R (TW IV); S realisasi 2023 and T capaian 2023 "
        "(%); U anggaran; V-Y realisasi anggaran per triwulan (not cumulative); Z jumlah realisasi anggaran; "
        "AA serapan (%). Conventions (header words 'Target s.d. TW' and the note row): targets and realisasi are "
        "cumulative, TW IV target = annual target, year realisasi = s.d. TW IV (S = Q); capaian = realisasi / target x "
        "100 with '-' where the quarter's target is 0; no cap; all indicators positive. Every computed column is a "
        "formula (%, S, T, Z, AA, and the budget sums: kegiatan = SUM of its sub kegiatan, program = sum of its "
        "kegiatan, JUMLAH = sum of programs). Budgets sit at program, kegiatan and sub kegiatan rows; sasaran rows "
        "carry none. Zero amounts and zero targets display as '-'.")
    return b
