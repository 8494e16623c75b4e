"""F4: Dinas Perdagangan, Koperasi dan UKM Kota Pekalongan 2024. Monthly columns Jan..Des, a Target row and a
Realisasi row per indicator, quarter subtotals, hidden helper column 'Sifat' driving the formulas."""
from common import *

S = "Renaksi Bulanan 2024"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MC = [get_column_letter(8 + i) for i in range(12)]          # H..S
TWC = ["T", "U", "V", "W"]

# t-row, level, kode, uraian, indikator, satuan, polaritas, sifat, annual target, monthly targets, monthly realisasi, budget
IND = [
    (8, "program", "3.30.06", "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN",
     "Persentase UTTP bertanda tera sah yang berlaku", "%", "Positif", "AKHIR", "90.00",
     [8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 86, 90],
     ["7.50", "15.80", "24.60", "31.90", "40.20", "48.50", "57.10", "63.80", "72.40", "80.90", "87.30", "91.35"],
     ("sum", [11, 13])),
    (10, "sub", "3.30.06.2.01.0001", "Pelayanan Tera/Tera Ulang UTTP",
     "Jumlah UTTP yang ditera/ditera ulang", "Unit", "Positif", "JUMLAH", "4200",
     [0, 350, 400, 400, 350, 300, 400, 400, 400, 400, 400, 400],
     [0, 312, 428, 395, 360, 287, 415, 402, 388, 421, 436, 398], (186500000, 179240000)),
    (12, "sub", "3.30.06.2.01.0002",
     "Pengawasan Alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP), Barang Dalam Keadaan Terbungkus (BDKT) dan "
     "Satuan Ukuran Sesuai Sistem Internasional (SI)",
     "Jumlah pengawasan UTTP, BDKT dan satuan ukuran", "Kali", "Positif", "JUMLAH", "24",
     [2] * 12, [2, 2, 1, 3, 2, 2, 2, 2, 2, 3, 2, 1], (64800000, 62415000)),
    (14, "program", "3.30.04", "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING",
     "Koefisien variasi harga barang kebutuhan pokok", "%", "Negatif", "AKHIR", "5.00",
     ["5.00"] * 12,
     ["6.10", "5.85", "5.42", "6.35", "5.20", "4.95", "4.80", "4.62", "4.55", "4.41", "4.38", "4.30"],
     ("sum", [17, 19])),
    (16, "sub", "3.30.04.2.01.0002",
     "Pemantauan Harga dan Stok Barang Kebutuhan Pokok dan Barang Penting di Tingkat Pasar Kabupaten/Kota",
     "Jumlah laporan pemantauan harga dan stok bapokting", "Laporan", "Positif", "JUMLAH", "12",
     [1] * 12, [1] * 12, (96000000, 93450000)),
    (18, "sub", "3.30.04.2.01.0003", "Pelaksanaan Operasi Pasar Dalam Rangka Stabilisasi Harga Pangan Pokok",
     "Jumlah pelaksanaan operasi pasar", "Kali", "Positif", "JUMLAH", "4",
     [0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 1], [0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 1], (0, 0)),
    (20, "program", "2.17.08", "PROGRAM PENGEMBANGAN UMKM",
     "Persentase usaha mikro yang naik kelas", "%", "Positif", "AKHIR", "3.00",
     ["0.25", "0.50", "0.75", "1.00", "1.25", "1.50", "1.75", "2.00", "2.25", "2.50", "2.75", "3.00"],
     ["0.20", "0.45", "0.70", "1.05", "1.30", "1.52", "1.80", "2.05", "2.30", "2.55", "2.80", "3.12"],
     ("sum", [23, 25])),
    (22, "sub", "2.17.08.2.01.0001", "Fasilitasi Kemudahan Perizinan dan Pendampingan Usaha Mikro",
     "Jumlah usaha mikro yang difasilitasi", "Unit Usaha", "Positif", "JUMLAH", "400",
     [0, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 0], [0, 35, 42, 38, 45, 40, 37, 44, 41, 39, 44, 12],
     (142600000, 138275400)),
    (24, "sub", "2.17.08.2.01.0003", "Pelatihan dan Pendampingan Peningkatan Skala Usaha Mikro",
     "Jumlah pelaku usaha mikro yang dilatih dan didampingi", "Orang", "Positif", "JUMLAH", "120",
     [0, 0, 30, 0, 30, 0, 0, 30, 0, 20, 0, 0], [0, 0, 30, 0, 28, 0, 0, 32, 0, 31, 0, 0], (88250000, 85930000)),
]
TOTAL = 26
PROGRAM_R = [9, 15, 21]


def tw_formula(r, q):
    a, c = MC[3 * q], MC[3 * q + 2]
    return f'=IF($Z{r}="AKHIR",{c}{r},SUM({a}{r}:{c}{r}))'


def build():
    b = Book("pekalongan_dindagkop_2024_renaksi_bulanan", "xlsx",
             "Dinas Perdagangan, Koperasi dan UKM Kota Pekalongan", 2024,
             "monthly columns Jan..Des, Target and Realisasi rows", "hidden helper column 'Sifat'; formulas")
    ws = b.wb.active
    ws.title = S
    title(ws, ["RENCANA AKSI DAN REALISASI KINERJA BULANAN TAHUN 2024",
               "DINAS PERDAGANGAN, KOPERASI DAN USAHA KECIL MENENGAH KOTA PEKALONGAN",
               "Posisi: Desember 2024"], "AC")
    cells = {"A5": "No", "B5": "Kode", "C5": "Program / Sub Kegiatan", "D5": "Indikator Kinerja", "E5": "Satuan",
             "F5": "Polaritas", "G5": "Uraian", "H5": "Bulan", "T5": "Triwulan", "X5": "Tahun 2024",
             "Y5": "Capaian (%)", "Z5": "Sifat", "AA5": "Keuangan",
             "AA6": "Anggaran (Rp)", "AB6": "Realisasi (Rp)", "AC6": "Serapan (%)"}
    for i, m in enumerate(MONTHS):
        cells[f"{MC[i]}6"] = m
    for i, t in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        cells[f"{TWC[i]}6"] = t
    header(ws, cells, ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:G6", "H5:S5", "T5:W5", "X5:X6",
                       "Y5:Y6", "Z5:Z6", "AA5:AC5"], 5, 6, "AC")
    numbering(ws, 7, "AC")
    widths(ws, {"A": 4, "B": 17, "C": 36, "D": 32, "E": 9, "F": 9, "G": 9, **{c: 6.5 for c in MC},
                **{c: 7.5 for c in TWC}, "X": 9, "Y": 9, "Z": 8, "AA": 15, "AB": 15, "AC": 9})
    ws.column_dimensions["Z"].hidden = True

    no = 0
    for (t, lvl, kode, ur, ind, sat, pol, sifat, ann, mt, mr, bud) in IND:
        r = t + 1
        fmt = FMT_2 if sat == "%" else FMT_0D
        for col in "ABCDEF":
            ws.merge_cells(f"{col}{t}:{col}{r}")
        if lvl == "program":
            no += 1
        put(ws, f"A{t}", str(no) if lvl == "program" else "", h="center", v="top")
        put(ws, f"B{t}", kode, h="left", v="top")
        put(ws, f"C{t}", ur, h="left", v="top", wrap=True, bold=lvl == "program")
        put(ws, f"D{t}", ind, h="left", v="top", wrap=True)
        put(ws, f"E{t}", sat, h="center", v="top")
        put(ws, f"F{t}", pol, h="center", v="top")
        put(ws, f"G{t}", "Target", h="left")
        put(ws, f"G{r}", "Realisasi", h="left")
        for i in range(12):
            put(ws, f"{MC[i]}{t}", num(mt[i]) if isinstance(mt[i], str) else mt[i], fmt)
            put(ws, f"{MC[i]}{r}", num(mr[i]) if isinstance(mr[i], str) else mr[i], fmt)
        for row in (t, r):
            put(ws, f"Z{row}", sifat, h="center")
            for q in range(4):
                put(ws, f"{TWC[q]}{row}", tw_formula(row, q), fmt)
        put(ws, f"X{t}", num(ann), fmt, bold=True)
        put(ws, f"X{r}", f'=IF($Z{r}="AKHIR",S{r},SUM(H{r}:S{r}))', fmt, bold=True)
        put(ws, f"Y{r}", f'=IF($F{t}="Negatif",X{t}/X{r}*100,X{r}/X{t}*100)', FMT_2)
        if bud[0] == "sum":
            put(ws, f"AA{r}", "=" + "+".join(f"AA{k}" for k in bud[1]), FMT_RP)
            put(ws, f"AB{r}", "=" + "+".join(f"AB{k}" for k in bud[1]), FMT_RP)
        else:
            put(ws, f"AA{r}", bud[0], FMT_RP)
            put(ws, f"AB{r}", bud[1], FMT_RP)
        put(ws, f"AC{r}", f'=IF(AA{r}=0,"-",AB{r}/AA{r}*100)', FMT_2, h="right")
    ws.merge_cells(f"A{TOTAL}:Z{TOTAL}")
    put(ws, f"A{TOTAL}", "JUMLAH", bold=True, h="center")
    put(ws, f"AA{TOTAL}", "=" + "+".join(f"AA{p}" for p in PROGRAM_R), FMT_RP, bold=True)
    put(ws, f"AB{TOTAL}", "=" + "+".join(f"AB{p}" for p in PROGRAM_R), FMT_RP, bold=True)
    put(ws, f"AC{TOTAL}", f'=IF(AA{TOTAL}=0,"-",AB{TOTAL}/AA{TOTAL}*100)', FMT_2, bold=True)
    box(ws, f"A8:AC{TOTAL}")
    ws.merge_cells("A28:AC28")
    put(ws, "A28", "Catatan: Triwulan dan Tahun dihitung otomatis dari kolom bulan (indikator jumlah dijumlahkan; indikator "
        "persentase memakai nilai bulan terakhir). Target Tahun 2024 sesuai Perjanjian Kinerja. Capaian indikator "
        "berpolaritas negatif = Target / Realisasi x 100. Serapan = Realisasi / Anggaran x 100.",
        italic=True, h="left", wrap=True)
    ws.row_dimensions[28].height = 30
    signature(ws, "X", 30, "Pekalongan, 10 Januari 2025",
              ["KEPALA DINAS PERDAGANGAN, KOPERASI DAN UKM", "KOTA PEKALONGAN"],
              "BAMBANG SUTRISNO WIBOWO, S.E., M.M.", "Pembina Tingkat I", "NIP. 19720905 199603 1 002")
    ws.freeze_panes = "H8"

    # ---------------- planted mistakes ----------------
    ws["AC11"] = "=ROUNDDOWN(AB11/AA11*100,2)"
    b.mis(S, "AC11", "pct_truncated", s2(D(179240000) / D(186500000) * 100), "=ROUNDDOWN(AB11/AA11*100,2)",
          "Serapan cut with ROUNDDOWN: 179.240.000 / 186.500.000 x 100 = 96,1072 rounds to 96,11; the cell shows 96,10. "
          "Every other serapan cell uses the plain ratio.")
    ws["Y13"] = '=IF($F12="Negatif",X10/X13*100,X13/X10*100)'
    b.mis(S, "Y13", "formula_wrong_reference", "100.00", '=IF($F12="Negatif",X10/X13*100,X13/X10*100)',
          "Capaian divides by X10 (the tera indicator's target 4.200) instead of its own target X12 = 24: 24 / 24 x 100 = "
          "100,00, not 0,57.")
    ws["AA21"] = "=AA23+AA25+AA25"
    b.mis(S, "AA21", "program_anggaran_not_sum", "230850000", "=AA23+AA25+AA25",
          "Programme anggaran counts sub kegiatan row 25 twice: 142.600.000 + 88.250.000 + 88.250.000 = 319.100.000; right "
          "AA23 + AA25 = 230.850.000 (the realisasi cell AB21 adds each once). Serapan 70,26 follows the wrong figure "
          "(right 97,12); the JUMLAH row inherits it.")
    ws["U17"] = '=IF($Z17="AKHIR",N17,SUM(K17:N17))'
    b.mis(S, "U17", "formula_wrong_reference", "3", '=IF($Z17="AKHIR",N17,SUM(K17:N17))',
          "TW II realisasi sums Apr..Jul (K:N, four months) instead of Apr..Jun (K:M): 4 instead of 3 laporan; the "
          "Target row's TW II is 3.")
    ws["X23"] = "=S23"
    b.mis(S, "X23", "year_realisasi_not_sum", "417", "=S23",
          "Count indicator (Sifat JUMLAH, per-month flows): the year's realisasi is the sum Jan..Des = 417, but the "
          "formula takes Desember only (12), so the capaian shows 3,00 instead of 104,25.")
    b.mis(S, "X24", "month_targets_not_sum_to_annual", None, None,
          "Monthly targets 30 + 30 + 30 + 20 = 110 (quarters 30/30/30/20) but the Tahun target is 120; for a JUMLAH "
          "indicator the months must add up to the annual target.")

    # ---------------- traps ----------------
    b.trap(S, "W8", "quarter_value_is_last_month",
           "Sifat AKHIR (percentage level): TW IV target = Desember 90,00, not the sum of Oct-Dec.")
    b.trap(S, "X9", "percentage_year_is_last_month",
           "Percentage indicator: year realisasi = Desember 91,35 (hidden helper Z9 = AKHIR); 91,35 / 90,00 = 101,50.")
    b.trap(S, "H10", "month_target_zero",
           "Januari target 0 ('-') for tera services: TW I target is 750 (Feb + Mar), months still add up to 4.200.")
    b.trap(S, "Z14", "hidden_helper_column",
           "Hidden column Z ('Sifat') drives the TW and Tahun formulas; AKHIR for this level indicator is right.")
    b.trap(S, "Y15", "negative_polarity",
           "Koefisien variasi is Negatif; the formula (and note) use Target / Realisasi: 5,00 / 4,30 x 100 = 116,28.")
    b.trap(S, "H18", "month_target_zero",
           "Operasi pasar planned only in Mar, Apr, Sep, Des: months with target 0 show '-', the quarters 1/1/1/1 add up to 4.")
    b.trap(S, "AA19", "kegiatan_without_budget",
           "Sub kegiatan with no APBD budget (anggaran '-'): serapan '-' is right; the programme sum is unaffected.")
    b.cleanrows(S, [12, 16, 20, 22, 25, TOTAL])

    reals = {9: "91.35", 11: "4242", 13: "24", 15: "4.30", 17: "12", 19: "4", 21: "3.12", 23: "12", 25: "121"}
    for (t, lvl, kode, ur, ind, sat, pol, sifat, ann, mt, mr, bud) in IND:
        b.ind(S, t, ind, ann, reals[t + 1], sat)

    b.layout = (
        "One sheet 'Renaksi Bulanan 2024'. Title rows 1-3; two-row merged header rows 5-6; numbering row 7 ((1)..(29)); "
        "nine indicators as row pairs 8-25 (Target row then Realisasi row; A-F merged over the pair); JUMLAH row 26; "
        "note row 28; signature from row 30. Columns: A No, B Kode (Permendagri 90 program 3.30.06 / 3.30.04 / 2.17.08 "
        "and sub kegiatan codes), C uraian, D indikator, E satuan, F Polaritas, G 'Target'/'Realisasi', H-S months "
        "Jan..Des, T-W TW I..IV, X Tahun 2024 (typed annual target on the Target row, a formula on the Realisasi row), "
        "Y capaian (%) on the Realisasi row, Z 'Sifat' (HIDDEN helper column: JUMLAH or AKHIR), AA anggaran, AB "
        "realisasi anggaran, AC serapan (%) on the Realisasi row. Formulas: TW = IF($Z='AKHIR', last month of the "
        "quarter, SUM of its three months); Tahun (Realisasi) = IF($Z='AKHIR', Des, SUM(Jan:Des)); capaian = "
        "IF(Polaritas='Negatif', Target/Realisasi, Realisasi/Target) x 100 (the note row states the negative formula); "
        "serapan = IF(anggaran=0,'-', realisasi/anggaran x 100); programme anggaran and realisasi = sum of its sub "
        "kegiatan (program rows 9, 15, 21); JUMLAH = sum of programmes. Count indicators: monthly targets add up to "
        "the annual target; percentage indicators are levels (year = Desember). No cap. Zero shows as '-'.")
    return b
