"""F2: Dinas Kesehatan Kota Madiun 2021 (.xls). All quarter targets, then all quarter realisasi;
per-quarter targets; polarity column; category column; typed values."""
from common import *

S = "Renaksi TW IV"


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


# row, level, kode, uraian, indikator, satuan, polaritas, target, tw targets, tw realisasi, mode, budget(S, T) or ('sum', rows)
ROWS = [
    (8, "sasaran", "", "Meningkatnya derajat kesehatan masyarakat", "Angka Kematian Bayi (AKB)", "per 1.000 KH",
     "Negatif", "7.50", ["-", "-", "-", "7.50"], ["-", "-", "-", "6.90"], "last", None),
    (9, "sasaran", "", "", "Angka Kematian Ibu (AKI)", "per 100.000 KH",
     "Negatif", "65.00", ["-", "-", "-", "65.00"], ["-", "-", "-", "78.43"], "last", None),
    (10, "sasaran", "", "", "Usia Harapan Hidup (UHH)", "Tahun",
     "Positif", "72.95", ["-", "-", "-", "72.95"], ["-", "-", "-", "72.97"], "last", None),
    (11, "program", "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
     "Persentase puskesmas dan rumah sakit yang terakreditasi", "%", "Positif", "100.00",
     ["100.00", "100.00", "100.00", "100.00"], ["83.33", "83.33", "91.67", "100.00"], "last", ("sum", [12])),
    (12, "kegiatan", "1.02.02.2.02",
     "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
     "Persentase pelayanan kesehatan dasar sesuai SPM", "%", "Positif", "100.00",
     ["100.00", "100.00", "100.00", "100.00"], ["96.10", "97.40", "98.20", "98.75"], "last", ("sum", [13, 14, 15, 16])),
    (13, "sub", "1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
     "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", "Orang", "Positif", "2480",
     ["620", "620", "620", "620"], ["598", "641", "603", "612"], "sum", (312450000, 301275500)),
    (14, "sub", "1.02.02.2.02.0002", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin",
     "Jumlah ibu bersalin yang mendapatkan pelayanan kesehatan sesuai standar", "Orang", "Positif", "2360",
     ["590", "590", "590", "590"], ["571", "602", "588", "579"], "sum", (287600000, 279184300)),
    (15, "sub", "1.02.02.2.02.0003", "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
     "Jumlah bayi baru lahir yang mendapatkan pelayanan kesehatan sesuai standar", "Orang", "Positif", "2350",
     ["580", "590", "590", "580"], ["560", "591", "602", "575"], "sum", (198300000, 190015750)),
    (16, "sub", "1.02.02.2.02.0004", "Pengelolaan Pelayanan Kesehatan Balita",
     "Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar", "Orang", "Positif", "9600",
     ["2400", "2400", "2400", "2400"], ["2310", "2455", "2390", "2512"], "sum", (405750000, 398420000)),
    (17, "program", "1.02.03", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
     "Persentase tenaga kesehatan yang memenuhi standar kompetensi", "%", "Positif", "85.00",
     ["85.00", "85.00", "85.00", "85.00"], ["70.20", "74.50", "79.80", "81.60"], "last", ("sum", [18, 19])),
    (18, "kegiatan", "1.02.03.2.02",
     "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
     "Jumlah dokumen perencanaan kebutuhan SDM kesehatan", "Dokumen", "Positif", "1",
     ["-", "-", "-", "1"], ["-", "-", "-", "1"], "sum", (48500000, 46920000)),
    (19, "kegiatan", "1.02.03.2.03",
     "Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota",
     "Jumlah tenaga kesehatan yang ditingkatkan kompetensinya", "Orang", "Positif", "120",
     ["20", "40", "40", "20"], ["18", "44", "37", "23"], "sum", (236800000, 229770400)),
    (20, "program", "1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     "Nilai SAKIP Dinas Kesehatan", "Predikat", "Positif", "BB",
     ["-", "-", "-", "BB"], ["-", "-", "-", "BB"], "last", ("sum", [21, 22])),
    (21, "kegiatan", "1.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
     "Jumlah dokumen perencanaan, penganggaran dan laporan kinerja", "Dokumen", "Positif", "8",
     ["2", "2", "2", "2"], ["2", "3", "1", "2"], "sum", (184250000, 178905600)),
    (22, "kegiatan", "1.02.01.2.02", "Administrasi Keuangan Perangkat Daerah",
     "Jumlah bulan pemenuhan gaji dan tunjangan ASN", "Bulan", "Positif", "12",
     ["3", "3", "3", "3"], ["3", "3", "3", "3"], "sum", (11468900000, 11305410250)),
]
TOTAL = 23
PROGRAMS = [11, 17, 20]


def v(x):
    if x == "-":
        return "-"
    if x in ("BB", "B", "A"):
        return x
    return num(x)


def build():
    b = Book("madiun_dinkes_2021_renaksi", "xls", "Dinas Kesehatan Kota Madiun", 2021,
             "quarter targets block, then quarter realisasi block",
             "per-quarter targets; year = sum (counts) or TW IV (%, rates, predikat); polarity column; category column")
    ws = b.wb.active
    ws.title = S
    title(ws, ["RENCANA AKSI DAN PENGUKURAN KINERJA TAHUN 2021",
               "DINAS KESEHATAN KOTA MADIUN",
               "Capaian s.d. Triwulan IV (Desember 2021)"], "U")
    cells = {"A5": "No", "B5": "Kode", "C5": "Sasaran / Program / Kegiatan / Sub Kegiatan",
             "D5": "Indikator Kinerja", "E5": "Satuan", "F5": "Polaritas", "G5": "Target 2021",
             "H5": "Target Triwulan", "L5": "Realisasi Triwulan", "P5": "Realisasi 2021",
             "Q5": "Capaian (%)", "R5": "Kategori", "S5": "Keuangan",
             "H6": "I", "I6": "II", "J6": "III", "K6": "IV", "L6": "I", "M6": "II", "N6": "III", "O6": "IV",
             "S6": "Anggaran (Rp)", "T6": "Realisasi (Rp)", "U6": "Serapan (%)"}
    merges = ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:G6", "H5:K5", "L5:O5", "P5:P6",
              "Q5:Q6", "R5:R6", "S5:U5"]
    header(ws, cells, merges, 5, 6, "U")
    numbering(ws, 7, "U")
    widths(ws, {"A": 4, "B": 17, "C": 40, "D": 38, "E": 12, "F": 9, "G": 9, **{c: 7 for c in "HIJKLMNO"},
                "P": 10, "Q": 10, "R": 13, "S": 16, "T": 16, "U": 9})

    calc = {}
    n = 0
    for (r, lvl, kode, ur, ind, sat, pol, tgt, ts, rs, mode, bud) in ROWS:
        if lvl == "sasaran" and ur:
            n += 1
        pct_unit = sat in ("%",) or "KH" in sat or sat == "Tahun"
        fmt = FMT_2 if (pct_unit) else "#,##0"
        put(ws, f"A{r}", str(n) if (lvl == "sasaran" and ur) else "", h="center")
        put(ws, f"B{r}", kode, h="left")
        put(ws, f"C{r}", ur, h="left", wrap=True, bold=lvl in ("sasaran", "program"))
        put(ws, f"D{r}", ind, h="left", wrap=True)
        put(ws, f"E{r}", sat, h="center")
        put(ws, f"F{r}", pol, h="center")
        put(ws, f"G{r}", v(tgt), fmt, h="right")
        for c, x in zip("HIJK", ts):
            put(ws, f"{c}{r}", v(x), fmt, h="right")
        for c, x in zip("LMNO", rs):
            put(ws, f"{c}{r}", v(x), fmt, h="right")
        if tgt == "BB":
            real = "BB"
            cap = D(100)
        else:
            if mode == "sum":
                real = sum(D(x) for x in rs if x != "-")
            else:
                real = D(rs[3])
            if pol == "Negatif":
                cap = (2 * D(tgt) - real) / D(tgt) * 100
            else:
                cap = real / D(tgt) * 100
        calc[r] = dict(real=real, cap=cap)
        put(ws, f"P{r}", real if real == "BB" else (float(real) if pct_unit else int(real)), fmt, h="right")
        put(ws, f"Q{r}", f2(cap), FMT_2)
        put(ws, f"R{r}", cat(rnd(cap)), h="center")

    # budgets (typed): leaves first, then parents
    bud = {}
    for row in ROWS:
        r, b_ = row[0], row[-1]
        if b_ and b_[0] != "sum":
            bud[r] = [D(b_[0]), D(b_[1])]
    for row in sorted(ROWS, key=lambda x: -x[0]):
        r, b_ = row[0], row[-1]
        if b_ and b_[0] == "sum":
            bud[r] = [sum(bud[k][0] for k in b_[1]), sum(bud[k][1] for k in b_[1])]
    # mistake: program 17 anggaran mistyped
    true_s17 = bud[17][0]
    bud[17][0] = D(295300000)
    for r, (a, t) in bud.items():
        put(ws, f"S{r}", int(a), FMT_RP)
        put(ws, f"T{r}", int(t), FMT_RP)
        put(ws, f"U{r}", f2(t / a * 100), FMT_2)
    ta = sum(bud[p][0] for p in PROGRAMS)
    tt = sum(bud[p][1] for p in PROGRAMS)
    ws.merge_cells(f"A{TOTAL}:R{TOTAL}")
    put(ws, f"A{TOTAL}", "JUMLAH", bold=True, h="center")
    put(ws, f"S{TOTAL}", int(ta), FMT_RP, bold=True)
    put(ws, f"T{TOTAL}", int(tt), FMT_RP, bold=True)
    put(ws, f"U{TOTAL}", f2(tt / ta * 100), FMT_2, bold=True)
    box(ws, f"A8:U{TOTAL}")

    ws.merge_cells("A25:U25")
    put(ws, "A25", "Keterangan: (1) Target triwulan adalah target masing-masing triwulan (tidak kumulatif); realisasi 2021 = "
        "jumlah realisasi TW I s.d. TW IV, kecuali indikator persentase, angka/rasio, tahun dan predikat yang menggunakan "
        "nilai TW IV. (2) Polaritas negatif: Capaian = (2 x Target - Realisasi) / Target x 100. (3) Kategori capaian: "
        ">= 91 Sangat Tinggi; 76 - 90 Tinggi; 66 - 75 Sedang; 51 - 65 Rendah; <= 50 Sangat Rendah.",
        italic=True, h="left", wrap=True)
    ws.row_dimensions[25].height = 40
    signature(ws, "Q", 27, "Madiun, 14 Januari 2022", ["KEPALA DINAS KESEHATAN", "KOTA MADIUN"],
              "dr. ANDRIANI SETYOWATI, M.Kes.", "Pembina Tingkat I", "NIP. 19740812 200312 2 006")

    # ---------------- planted mistakes (typed over) ----------------
    ws["Q9"] = f2(D("78.43") / D("65.00") * 100)
    ws["R9"] = cat(rnd(D("78.43") / D("65.00") * 100))
    b.mis(S, "Q9", "pct_miscomputed_polarity", s2(calc[9]["cap"]), None,
          "AKI is Negatif; the note prescribes (2 x T - R) / T x 100 = (130,00 - 78,43) / 65,00 x 100 = 79,34. "
          "The cell holds 120,66 = 78,43 / 65,00 x 100 (positive formula), and its category follows that wrong figure.")
    ws["P13"] = 612
    ws["Q13"] = f2(D(612) / D(2480) * 100)
    ws["R13"] = cat(rnd(D(612) / D(2480) * 100))
    b.mis(S, "P13", "year_realisasi_not_sum", "2454", None,
          "Count with per-quarter targets (620 x 4 = 2.480): the year's realisasi is 598 + 641 + 603 + 612 = 2.454; the cell "
          "holds the TW IV figure 612 (capaian 24,68 and 'Sangat Rendah' follow from it; right: 98,95, Sangat Tinggi).")
    ws["U14"] = 97.70
    b.mis(S, "U14", "serapan_miscomputed", s2(D(279184300) / D(287600000) * 100), None,
          "Serapan 279.184.300 / 287.600.000 x 100 = 97,07; typed 97,70.")
    b.mis(S, "G15", "quarter_targets_not_sum_to_annual", None, None,
          "Per-quarter targets 580 + 590 + 590 + 580 = 2.340, but the annual target is 2.350 (short by 10); every other "
          "count row's quarters add up to its annual target.")
    ws["R17"] = "Tinggi"
    b.mis(S, "R17", "wrong_category", None, None,
          "Capaian 96,00 (81,60 / 85,00 x 100) is >= 91: Sangat Tinggi, not Tinggi.")
    ws["Q19"] = float(trunc(D(122) / D(120) * 100))
    b.mis(S, "Q19", "pct_truncated", s2(D(122) / D(120) * 100),
          None, "Realisasi 18 + 44 + 37 + 23 = 122 against 120: 101,666... rounds to 101,67; the cell holds 101,66 (cut off).")
    b.mis(S, "S17", "program_anggaran_not_sum", s0(true_s17), None,
          "Programme anggaran 295.300.000, but its kegiatan add up to 48.500.000 + 236.800.000 = 285.300.000; the "
          "programme's serapan 93,70 and the JUMLAH row were computed from the wrong figure (right serapan 96,98).")

    # ---------------- traps ----------------
    b.trap(S, "Q8", "negative_polarity",
           "AKB is Negatif: (2 x 7,50 - 6,90) / 7,50 x 100 = 108,00, right under the workbook's stated formula.")
    b.trap(S, "P11", "percentage_year_is_last_quarter",
           "Percentage indicator: realisasi 2021 = TW IV (100,00), not the sum 358,33 of the quarters (note row).")
    b.trap(S, "Q16", "capaian_above_100_no_cap",
           "2.310 + 2.455 + 2.390 + 2.512 = 9.667 against 9.600: 100,70 %; this workbook does not cap at 100.")
    b.trap(S, "H18", "target_dash_quarters",
           "One planning document due at TW IV: targets and realisasi '-' in TW I-III are 'none', year = 1 = sum.")
    b.trap(S, "Q20", "grade_indicator",
           "Predikat indicator: realisasi BB equals target BB, so 100,00 is right under the grade rule.")
    b.cleanrows(S, [10, 12, 21, 22, TOTAL])

    for (r, lvl, kode, ur, ind, sat, pol, tgt, ts, rs, mode, bud_) in ROWS:
        real = calc[r]["real"]
        if r == 13:
            real = 612
        real = real if real == "BB" else (s2(real) if sat in ("%", "Tahun") or "KH" in sat else s0(real))
        t = tgt if tgt == "BB" else (s2(tgt) if "." in tgt else tgt)
        b.ind(S, r, ind, t, real, sat)

    b.layout = (
        "Saved as .xls. One sheet 'Renaksi TW IV'. Title rows 1-3; two-row merged header rows 5-6; numbering row 7 "
        "((1)..(21)); data rows 8-22; JUMLAH row 23; Keterangan note row 25; signature from row 27. Columns: A No, "
        "B Kode (Permendagri 90, 1.02.xx), C uraian (blank sasaran cell = same as above), D indikator, E satuan, "
        "F Polaritas (Positif/Negatif), G target 2021, H-K target TW I-IV, L-O realisasi TW I-IV (all targets first, "
        "then all realisasi), P realisasi 2021, Q capaian (%), R kategori, S anggaran, T realisasi anggaran (year), "
        "U serapan (%). All figures are typed values (no formulas). Conventions (note row 25): quarter targets are per "
        "quarter and add up to the annual target for counts; realisasi 2021 = sum of quarters for counts, TW IV for "
        "percentages, rates (per KH), years and predikat; negative polarity capaian = (2T - R) / T x 100; grade "
        "indicator BB vs BB = 100; no cap; category scale >= 91 Sangat Tinggi, 76-90 Tinggi, 66-75 Sedang, 51-65 "
        "Rendah, <= 50 Sangat Rendah, taken from the stated capaian. Budgets at program, kegiatan and sub kegiatan "
        "rows (program = sum of its kegiatan, kegiatan 1.02.02.2.02 = sum of its four sub kegiatan); sasaran rows "
        "carry none; '-' means none.")
    return b
