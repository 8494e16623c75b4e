"""F5: Dinas Lingkungan Hidup Kabupaten Banyuwangi 2022 (.ods). Semester layout, indicators at sasaran level
only, budgets at program/kegiatan level in a second table, Indonesian decimal comma typed as text."""
from common import *

S = "Renaksi Semester 2022"

# row, sasaran (blank = same as above), indikator, satuan, polaritas, target, sem1 target, sem1 real, sem2 target, sem2 real
SAS = [
    (8, "Meningkatnya kualitas lingkungan hidup", "Indeks Kualitas Lingkungan Hidup (IKLH)", "Indeks", "+",
     "68.50", "-", "-", "68.50", "69.12"),
    (9, "", "Indeks Kualitas Air (IKA)", "Indeks", "+", "52.00", "-", "-", "52.00", "50.67"),
    (10, "", "Indeks Kualitas Udara (IKU)", "Indeks", "+", "86.20", "-", "-", "86.20", "87.45"),
    (11, "Meningkatnya kinerja pengelolaan sampah", "Persentase sampah yang tertangani", "%", "+",
     "62.00", "55.00", "56.30", "62.00", "61.85"),
    (12, "", "Persentase pengurangan sampah", "%", "+", "20.00", "10.00", "9.40", "20.00", "18.75"),
    (13, "", "Persentase timbulan sampah yang tidak terkelola", "%", "(-)", "18.00", "22.00", "21.40", "18.00", "19.35"),
    (14, "Meningkatnya ketaatan pelaku usaha terhadap perizinan lingkungan",
     "Persentase usaha/kegiatan yang taat terhadap persyaratan izin lingkungan", "%", "+",
     "75.00", "70.00", "68.20", "75.00", "76.80"),
    (15, "", "Jumlah pengaduan kasus lingkungan hidup yang ditindaklanjuti", "Kasus", "+", "40", "20", "18", "40", "43"),
    (16, "", "Jumlah kasus pencemaran dan/atau kerusakan lingkungan hidup", "Kasus", "(-)", "12", "6", "5", "12", "9"),
]

# row, level, kode, uraian, anggaran, sem1, sem2  (program rows: ('sum', [rows]) or typed)
BUD = [
    (23, "program", "2.11.03", "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP", ("sum", [24, 25])),
    (24, "kegiatan", "2.11.03.2.01", "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
     (982400000, 402150000, 551320000)),
    (25, "kegiatan", "2.11.03.2.02", "Penanggulangan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
     (485950000, 188400000, 284700000)),
    (26, "program", "2.11.09", "PROGRAM PEMBINAAN DAN PENGAWASAN TERHADAP IZIN LINGKUNGAN DAN IZIN PERLINDUNGAN DAN "
     "PENGELOLAAN LINGKUNGAN HIDUP (PPLH)", ("sum", [27])),
    (27, "kegiatan", "2.11.09.2.01", "Pengawasan Usaha dan/atau Kegiatan yang Izin Lingkungan dan Izin PPLH Diterbitkan "
     "oleh Pemerintah Daerah Kabupaten/Kota", (356800000, 142600000, 207350000)),
    (28, "program", "2.11.11", "PROGRAM PENGELOLAAN PERSAMPAHAN", ("sum", [29, 30])),
    (29, "kegiatan", "2.11.11.2.01", "Pengelolaan Sampah", (4215600000, 1802450000, 2318760000)),
    (30, "kegiatan", "2.11.11.2.02", "Penerbitan Izin Pendaurulangan Sampah/Pengolahan Sampah, Pengangkutan Sampah dan "
     "Pemrosesan Akhir Sampah yang Diselenggarakan oleh Swasta", (0, 0, 0)),
    (31, "program", "2.11.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     (6874250000, 3285100000, 3402870000)),
]
TOTAL = 32
PROGRAMS = [23, 26, 28, 31]


def cap(r, t, pol):
    r, t = D(r), D(t)
    if pol == "(-)":
        return (2 * t - r) / t * 100
    return r / t * 100


def txt(x):
    if x == "-":
        return "-"
    if "." in x:
        return x.replace(".", ",")
    return x


def build():
    b = Book("banyuwangi_dlh_2022_renaksi_semester", "ods", "Dinas Lingkungan Hidup Kabupaten Banyuwangi", 2022,
             "semester columns; sasaran indicators only + program/kegiatan budget table",
             "s.d. semester (cumulative); Indonesian decimal comma as text; polarity (-) = (2T-R)/T")
    ws = b.wb.active
    ws.title = S
    title(ws, ["RENCANA AKSI DAN PENGUKURAN KINERJA SEMESTERAN",
               "DINAS LINGKUNGAN HIDUP KABUPATEN BANYUWANGI",
               "TAHUN 2022"], "N")
    cells = {"A5": "No", "B5": "Sasaran Strategis", "C5": "Indikator Kinerja", "D5": "Satuan", "E5": "Polaritas",
             "F5": "Target 2022", "G5": "Semester I", "J5": "Semester II", "M5": "Tahun 2022",
             "G6": "Target s.d. Semester I", "H6": "Realisasi s.d. Semester I", "I6": "Capaian (%)",
             "J6": "Target s.d. Semester II", "K6": "Realisasi s.d. Semester II", "L6": "Capaian (%)",
             "M6": "Realisasi", "N6": "Capaian (%)"}
    put(ws, "A4", "A. PENGUKURAN KINERJA SASARAN", bold=True, h="left")
    header(ws, cells, ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:I5", "J5:L5", "M5:N5"], 5, 6, "N")
    numbering(ws, 7, "N")
    ws.row_dimensions[6].height = 45
    widths(ws, {"A": 4, "B": 20, "C": 46, "D": 17, "E": 17, "F": 17, "G": 19, "H": 17, "I": 11, "J": 11, "K": 11,
                "L": 11, "M": 11, "N": 11})

    no = 0
    calc = {}
    for (r, ss, ind, sat, pol, tgt, t1, r1, t2, r2) in SAS:
        if ss:
            no += 1
        put(ws, f"A{r}", str(no) if ss else "", h="center")
        put(ws, f"B{r}", ss, h="left", wrap=True)
        put(ws, f"C{r}", ind, h="left", wrap=True)
        put(ws, f"D{r}", sat, h="center")
        put(ws, f"E{r}", pol, h="center")
        put(ws, f"F{r}", txt(tgt), h="right")
        put(ws, f"G{r}", txt(t1), h="right")
        put(ws, f"H{r}", txt(r1), h="right")
        put(ws, f"I{r}", "-" if t1 == "-" else id_text(cap(r1, t1, pol)), h="right")
        put(ws, f"J{r}", txt(t2), h="right")
        put(ws, f"K{r}", txt(r2), h="right")
        put(ws, f"L{r}", id_text(cap(r2, t2, pol)), h="right")
        put(ws, f"M{r}", txt(r2), h="right")
        put(ws, f"N{r}", id_text(cap(r2, tgt, pol)), h="right")
        calc[r] = cap(r2, tgt, pol)
    box(ws, "A8:N16")
    ws.merge_cells("A17:N17")
    put(ws, "A17", "Keterangan: target dan realisasi bersifat s.d. semester berkenaan; realisasi tahun 2022 = realisasi s.d. "
        "Semester II. Capaian indikator berpolaritas positif (+) = Realisasi / Target x 100%; berpolaritas negatif (-) = "
        "(Target - (Realisasi - Target)) / Target x 100%. Indeks kualitas lingkungan diukur tahunan (Semester I: -).",
        italic=True, h="left", wrap=True)
    ws.row_dimensions[17].height = 40

    put(ws, "A19", "B. REALISASI ANGGARAN PROGRAM DAN KEGIATAN", bold=True, h="left")
    cells2 = {"A20": "No", "B20": "Kode", "C20": "Program / Kegiatan", "D20": "Anggaran (Rp)",
              "E20": "Realisasi Semester I (Rp)", "F20": "Realisasi Semester II (Rp)", "G20": "Jumlah Realisasi (Rp)",
              "H20": "Serapan (%)"}
    header(ws, cells2, [], 20, 20, "H")
    ws.row_dimensions[20].height = 32
    numbering(ws, 21, "H")
    ws.merge_cells("A22:H22")
    put(ws, "A22", "Program Penunjang Urusan Pemerintahan Daerah disajikan pada tingkat program.", italic=True, h="left")

    vals = {}
    for (r, lvl, kode, ur, bud) in BUD:
        if bud[0] != "sum":
            vals[r] = [D(bud[0]), D(bud[1]), D(bud[2])]
    for (r, lvl, kode, ur, bud) in BUD:
        if bud[0] == "sum":
            vals[r] = [sum(vals[k][i] for k in bud[1]) for i in range(3)]
    true23 = vals[23][0]
    vals[23][0] = D(1486350000)          # mistake: programme anggaran mistyped
    gsum = {r: v[1] + v[2] for r, v in vals.items()}
    gstated = dict(gsum)
    gstated[27] = D(339950000)           # mistake: jumlah not Sem I + Sem II
    pno = 0
    for (r, lvl, kode, ur, bud) in BUD:
        a, s1, s2_ = vals[r]
        if lvl == "program":
            pno += 1
        put(ws, f"A{r}", str(pno) if lvl == "program" else "", h="center")
        put(ws, f"B{r}", kode, h="left")
        put(ws, f"C{r}", ur, h="left", wrap=True, bold=lvl == "program")
        if a == 0:
            for c in "DEFGH":
                put(ws, f"{c}{r}", "-", h="right")
            continue
        put(ws, f"D{r}", int(a), FMT_RP)
        put(ws, f"E{r}", int(s1), FMT_RP)
        put(ws, f"F{r}", int(s2_), FMT_RP)
        put(ws, f"G{r}", int(gstated[r]), FMT_RP)
        put(ws, f"H{r}", id_text(gstated[r] / a * 100), h="right")
    ta = sum(vals[p][0] for p in PROGRAMS)
    t1 = sum(vals[p][1] for p in PROGRAMS)
    t2 = sum(vals[p][2] for p in PROGRAMS)
    tg = sum(gstated[p] for p in PROGRAMS)
    ws.merge_cells(f"A{TOTAL}:C{TOTAL}")
    put(ws, f"A{TOTAL}", "JUMLAH", bold=True, h="center")
    for c, x in zip("DEFG", [ta, t1, t2, tg]):
        put(ws, f"{c}{TOTAL}", int(x), FMT_RP, bold=True)
    put(ws, f"H{TOTAL}", id_text(tg / ta * 100), h="right", bold=True)
    box(ws, f"A22:H{TOTAL}")
    signature(ws, "J", TOTAL + 2, "Banyuwangi, 12 Januari 2023",
              ["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN BANYUWANGI"],
              "Ir. HERU SETYAWAN PRAKOSO, M.T.", "Pembina Utama Muda", "NIP. 19680422 199403 1 009")

    # ---------------- planted mistakes ----------------
    ws["M14"] = "72,50"
    ws["N14"] = id_text(D("72.50") / D("75.00") * 100)
    b.mis(S, "M14", "year_realisasi_not_last_period", "76.80", None,
          "Cumulative (s.d. semester) percentage: the year's realisasi is the s.d. Semester II value 76,80, not the mean "
          "of the two semesters (72,50); the capaian 96,67 follows it (right: 76,80 / 75,00 = 102,40).")
    wrong = id_text(D(12) / D(9) * 100)
    ws["L16"] = wrong
    ws["N16"] = wrong
    b.mis(S, "L16", "pct_miscomputed_polarity", s2(cap("9", "12", "(-)")), None,
          "Negative indicator; the note prescribes (T - (R - T)) / T: (24 - 9) / 12 x 100 = 125,00. The cell holds "
          "133,33 = 12 / 9 (a different negative formula, used nowhere else; Semester I of this row and row 13 follow the note).")
    b.mis(S, "N16", "pct_miscomputed_polarity", s2(cap("9", "12", "(-)")), None,
          "Same as L16 for the year: (2 x 12 - 9) / 12 x 100 = 125,00, not 133,33.")
    b.mis(S, "D23", "program_anggaran_not_sum", s0(true23), None,
          "Programme anggaran 1.486.350.000; its kegiatan add up to 982.400.000 + 485.950.000 = 1.468.350.000 (digits "
          "transposed). The programme's serapan 95,98 and the JUMLAH row follow the wrong figure (right 97,15).")
    b.mis(S, "G27", "semester_budget_sum_mismatch", s0(gsum[27]), None,
          "Jumlah realisasi 339.950.000, but Semester I + Semester II = 142.600.000 + 207.350.000 = 349.950.000; the "
          "serapan 95,28 follows the wrong figure (right 98,08, as on the programme row).")
    ws["H29"] = "97,67"
    b.mis(S, "H29", "serapan_miscomputed", s2(D(gsum[29]) / D(4215600000) * 100), None,
          "Serapan 4.121.210.000 / 4.215.600.000 x 100 = 97,76; typed 97,67.")

    # ---------------- traps ----------------
    b.trap(S, "I8", "target_dash_semester",
           "IKLH is measured once a year: Semester I target, realisasi and capaian '-' are right (note row).")
    b.trap(S, "M11", "percentage_year_is_last_period",
           "Year realisasi = s.d. Semester II (61,85), not the sum of the semesters; 61,85 / 62,00 = 99,76.")
    b.trap(S, "L13", "negative_polarity",
           "Negative indicator: (2 x 18,00 - 19,35) / 18,00 x 100 = 92,50 (Semester I: (44,00 - 21,40) / 22,00 = 102,73).")
    b.trap(S, "J13", "negative_target_decreasing",
           "For a lower-is-better level indicator the s.d. target falls from 22,00 to 18,00 (= annual); this is not a "
           "falling cumulative series.")
    b.trap(S, "D30", "kegiatan_without_budget",
           "Kegiatan listed without budget ('-' throughout): nothing to compute; the programme anggaran equals the other kegiatan.")
    b.trap(S, "D31", "budget_at_program_level_only",
           "Programme Penunjang is reported at programme level only (note row 22): no kegiatan to add up; serapan "
           "6.687.970.000 / 6.874.250.000 = 97,29.")
    b.cleanrows(S, [9, 10, 12, 15, 24, 25, 26, 28, TOTAL])

    for (r, ss, ind, sat, pol, tgt, t1, r1, t2, r2) in SAS:
        real = "72.50" if r == 14 else r2
        b.ind(S, r, ind, tgt, real, sat)

    b.layout = (
        "Saved as .ods. One sheet 'Renaksi Semester 2022' with two tables. Table A (sasaran indicators only): title "
        "rows 1-3, label row 4, two-row merged header rows 5-6, numbering row 7, data rows 8-16 (a blank Sasaran cell "
        "means the sasaran above), Keterangan note row 17. Columns: A No, B sasaran strategis, C indikator, D satuan, "
        "E polaritas ('+' or '(-)'), F target 2022, G target s.d. Semester I, H realisasi s.d. Semester I, I capaian "
        "Semester I (%), J target s.d. Semester II, K realisasi s.d. Semester II, L capaian Semester II (%), M realisasi "
        "2022, N capaian 2022 (%). All figures of table A are TEXT cells in Indonesian notation ('68,50', '101,45', '-'). "
        "Table B (budgets at program and kegiatan level, no indicators): label row 19, header row 20, numbering row 21, "
        "note row 22 (Program Penunjang at programme level only), rows 23-31, JUMLAH row 32; columns A No, B kode "
        "(Permendagri 90, 2.11.xx), C program/kegiatan, D anggaran, E realisasi Semester I, F realisasi Semester II "
        "(per semester), G jumlah realisasi, H serapan (%) as text with decimal comma; amounts are numbers. Signature "
        "below. Conventions (note row 17 and headers 's.d. Semester'): cumulative, year = s.d. Semester II; positive "
        "capaian = R / T x 100; negative (-) capaian = (2T - R) / T x 100; no cap; programme anggaran and semester "
        "realisasi = sum of its kegiatan; jumlah = Semester I + Semester II; serapan = jumlah / anggaran x 100.")
    return b
