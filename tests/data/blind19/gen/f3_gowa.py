"""F3: Dinas Koperasi dan UKM Kabupaten Gowa 2022. Bone-like blocks (Target Tahunan + TW 1..TW 4 rows),
capaian capped at 100, Rp text amounts, second sheet with the Perjanjian Kinerja."""
from common import *

S = "RA TW IV 2022"
P = "PK 2022"
PERIODS = ["Target Tahunan", "TW 1 (B03)", "TW 2 (B06)", "TW 3 (B09)", "TW 4 (B12)"]

# r, level, no, uraian, indikator, satuan, annual, tw targets, tw realisasi, whole-number %, budget, pj
BLOCKS = [
    (8, "sasaran", "1.", "Meningkatnya kualitas kelembagaan koperasi", "Persentase koperasi aktif", "%", "62.00",
     ["58.00", "59.50", "61.00", "62.00"], ["57.80", "59.40", "60.75", "62.35"], False, None,
     "Kepala Bidang Kelembagaan dan Pengawasan Koperasi"),
    (13, "sasaran", "2.", "", "Persentase koperasi sehat", "%", "45.00",
     ["40.00", "41.50", "43.00", "45.00"], ["39.20", "41.50", "42.10", "44.60"], False, None,
     "Kepala Bidang Kelembagaan dan Pengawasan Koperasi"),
    (18, "sasaran", "3.", "Meningkatnya daya saing usaha mikro", "Persentase pertumbuhan wirausaha baru", "%", "2.50",
     ["0.50", "1.00", "1.75", "2.50"], ["0.48", "0.95", "1.60", "2.55"], False, None,
     "Kepala Bidang Pemberdayaan Usaha Mikro"),
    (23, "program", "", "2.17.03 PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI",
     "Persentase koperasi yang diawasi dan diperiksa", "%", "80.00",
     ["20.00", "40.00", "60.00", "80.00"], ["18.00", "36.00", "55.00", "82.00"], True, ("prog", [28]),
     "Kepala Bidang Kelembagaan dan Pengawasan Koperasi"),
    (28, "kegiatan", "", "2.17.03.2.01 Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam "
     "Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota",
     "Jumlah koperasi yang diperiksa dan diawasi", "Koperasi", "60",
     ["15", "15", "15", "15"], ["12", "17", "15", "16"], False,
     (124950000, [18400000, 32650000, 35120000, 34780000]), "Kepala Seksi Pengawasan dan Pemeriksaan Koperasi"),
    (33, "program", "", "2.17.05 PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN",
     "Persentase koperasi yang pengurus/pengawasnya telah dilatih", "%", "30.00",
     ["5.00", "10.00", "20.00", "30.00"], ["5.00", "8.25", "21.00", "30.00"], True, ("prog", [38]),
     "Kepala Bidang Kelembagaan dan Pengawasan Koperasi"),
    (38, "kegiatan", "", "2.17.05.2.01 Pendidikan dan Latihan Perkoperasian bagi Koperasi yang Wilayah Keanggotaan "
     "dalam Daerah Kabupaten/Kota", "Jumlah pengurus/pengawas koperasi yang dilatih", "Orang", "150",
     ["-", "50", "50", "50"], ["-", "48", "52", "50"], False,
     (168500000, [0, 52300000, 58750000, 54120000]), "Kepala Seksi Pendidikan dan Pelatihan Koperasi"),
    (43, "program", "", "2.17.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     "Persentase dokumen perencanaan dan pelaporan kinerja yang tersusun tepat waktu", "%", "100.00",
     ["25.00", "50.00", "75.00", "100.00"], ["25.00", "50.00", "75.00", "100.00"], True, ("prog", [48, 53]),
     "Sekretaris Dinas"),
    (48, "kegiatan", "", "2.17.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
     "Jumlah dokumen perencanaan dan laporan kinerja", "Dokumen", "8",
     ["2", "2", "2", "2"], ["2", "2", "2", "2"], False,
     (78450000, [15200000, 18950000, 21300000, 20650000]), "Kepala Sub Bagian Perencanaan dan Keuangan"),
    (53, "kegiatan", "", "2.17.01.2.02 Administrasi Keuangan Perangkat Daerah",
     "Jumlah laporan keuangan yang tersusun", "Laporan", "12",
     ["3", "3", "3", "3"], ["3", "3", "3", "3"], False,
     (1863930000, [452800000, 461250000, 458900000, 476615000]), "Kepala Sub Bagian Perencanaan dan Keuangan"),
]


def v(x):
    return "-" if x == "-" else num(x)


def capped(r, t):
    return min(D(100), D(r) / D(t) * 100)


def build():
    b = Book("gowa_dinkopukm_2022_pengukuran_ra", "xlsx", "Dinas Koperasi dan Usaha Kecil Menengah Kabupaten Gowa",
             2022, "quarters down rows (Bone-like blocks)", "cap at 100; cumulative % targets, per-quarter counts; Rp text")
    ws = b.wb.active
    ws.title = S
    title(ws, ["PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA",
               "DINAS KOPERASI DAN USAHA KECIL MENENGAH KABUPATEN GOWA",
               "TAHUN ANGGARAN 2022"], "L")
    cells = {"A5": "No", "B5": "Sasaran Strategis / Program / Kegiatan", "C5": "Indikator Kinerja", "D5": "Satuan",
             "E5": "Kriteria Keberhasilan", "F5": "Kinerja", "I5": "Keuangan", "L5": "Penanggung Jawab",
             "F6": "Target", "G6": "Realisasi", "H6": "Capaian (%)", "I6": "Anggaran", "J6": "Realisasi Anggaran",
             "K6": "Serapan (%)"}
    header(ws, cells, ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:H5", "I5:K5", "L5:L6"], 5, 6, "L")
    numbering(ws, 7, "L")
    widths(ws, {"A": 4, "B": 40, "C": 34, "D": 9, "E": 15, "F": 9, "G": 10, "H": 10, "I": 19, "J": 19, "K": 9,
                "L": 26})

    bud_tw = {}
    bud_pagu = {}
    for blk in BLOCKS:
        r, lvl, no, ur, ind, sat, ann, ts, rs, whole, bud, pj = blk
        pctu = sat == "%"
        fmt = FMT_2 if pctu else FMT_0
        hfmt = FMT_0 if whole else FMT_2
        for col in "ABCDL":
            ws.merge_cells(f"{col}{r}:{col}{r+4}")
        put(ws, f"A{r}", no, h="center", v="top")
        put(ws, f"B{r}", ur, h="left", v="top", wrap=True, bold=lvl != "kegiatan")
        put(ws, f"C{r}", ind, h="left", v="top", wrap=True)
        put(ws, f"D{r}", sat, h="center", v="top")
        put(ws, f"L{r}", pj, h="left", v="top", wrap=True)
        if pctu:
            yreal = D(rs[3])
        else:
            yreal = sum(D(x) for x in rs if x != "-")
        for i, per in enumerate(PERIODS):
            rr = r + i
            put(ws, f"E{rr}", per, h="left")
            if i == 0:
                t, rv = ann, yreal
            else:
                t, rv = ts[i - 1], rs[i - 1]
            put(ws, f"F{rr}", v(t), fmt, h="right")
            put(ws, f"G{rr}", "-" if rv == "-" else (float(rv) if pctu else int(D(rv))), fmt, h="right")
            if t == "-":
                put(ws, f"H{rr}", "-", h="right")
            else:
                c = capped(rv, t)
                put(ws, f"H{rr}", float(rnd(c, 0 if whole else 2)), hfmt, h="right")
        if bud and bud[0] != "prog":
            bud_pagu[r] = bud[0]
            bud_tw[r] = bud[1]
    for blk in BLOCKS:
        r, bud = blk[0], blk[10]
        if bud and bud[0] == "prog":
            bud_pagu[r] = sum(bud_pagu[k] for k in bud[1])
            bud_tw[r] = [sum(bud_tw[k][i] for k in bud[1]) for i in range(4)]
    for r in bud_pagu:
        pagu = bud_pagu[r]
        total = sum(bud_tw[r])
        put(ws, f"I{r}", rp_text(pagu), h="right")
        put(ws, f"J{r}", rp_text(total), h="right")
        put(ws, f"K{r}", f2(D(total) / D(pagu) * 100), FMT_2)
        for i in range(4):
            x = bud_tw[r][i]
            put(ws, f"J{r+1+i}", rp_text(x) if x else "-", h="right")
    last = BLOCKS[-1][0] + 4
    box(ws, f"A8:L{last}")
    note = last + 2
    ws.merge_cells(f"A{note}:L{note}")
    put(ws, f"A{note}", "Catatan: target triwulan indikator persentase bersifat kumulatif (s.d. triwulan); target indikator "
        "jumlah (koperasi, orang, dokumen, laporan) adalah target per triwulan. Realisasi tahunan indikator persentase = "
        "realisasi TW 4; indikator jumlah = jumlah TW 1 s.d. TW 4. Capaian di atas 100% ditulis 100%. Anggaran pada baris "
        "Target Tahunan; realisasi anggaran per triwulan pada baris TW.", italic=True, h="left", wrap=True)
    ws.row_dimensions[note].height = 40
    signature(ws, "I", note + 2, "Sungguminasa, 16 Januari 2023",
              ["KEPALA DINAS KOPERASI DAN USAHA KECIL MENENGAH", "KABUPATEN GOWA"],
              "Drs. H. MUHAMMAD ARIFUDDIN, M.Si.", "Pembina Tingkat I", "NIP. 19700319 199803 1 007")

    # ---------------- PK sheet ----------------
    pk = b.wb.create_sheet(P)
    title(pk, ["PERJANJIAN KINERJA TAHUN 2022", "DINAS KOPERASI DAN USAHA KECIL MENENGAH KABUPATEN GOWA"], "E")
    for ref, text in {"A4": "No", "B4": "Sasaran Strategis", "C4": "Indikator Kinerja", "D4": "Satuan",
                      "E4": "Target 2022"}.items():
        put(pk, ref, text, bold=True, h="center", wrap=True, fill=HEAD_FILL)
    pk_rows = []
    rr = 5
    last_ss = None
    for blk in BLOCKS[:3]:
        r, lvl, no, ur, ind, sat, ann = blk[:7]
        put(pk, f"A{rr}", no.strip("."), h="center")
        put(pk, f"B{rr}", ur if ur else last_ss, h="left", wrap=True)
        last_ss = ur or last_ss
        put(pk, f"C{rr}", ind, h="left", wrap=True)
        put(pk, f"D{rr}", sat, h="center")
        put(pk, f"E{rr}", float(ann), FMT_2)
        pk_rows.append(rr)
        rr += 1
    box(pk, f"A4:E{rr-1}")
    rr += 1
    for ref, text in {f"A{rr}": "No", f"B{rr}": "Program", f"D{rr}": "Anggaran", f"E{rr}": "Keterangan"}.items():
        put(pk, ref, text, bold=True, h="center", fill=HEAD_FILL)
    pk.merge_cells(f"B{rr}:C{rr}")
    hdr2 = rr
    rr += 1
    k = 1
    for blk in BLOCKS:
        if blk[1] == "program":
            put(pk, f"A{rr}", str(k), h="center")
            pk.merge_cells(f"B{rr}:C{rr}")
            put(pk, f"B{rr}", blk[3], h="left", wrap=True)
            put(pk, f"D{rr}", rp_text(bud_pagu[blk[0]]), h="right")
            put(pk, f"E{rr}", "APBD", h="center")
            pk_rows.append(rr)
            rr += 1
            k += 1
    box(pk, f"A{hdr2}:E{rr-1}")
    widths(pk, {"A": 5, "B": 42, "C": 40, "D": 20, "E": 12})
    signature(pk, "D", rr + 2, "Sungguminasa, 3 Januari 2022", ["PIHAK PERTAMA,", "KEPALA DINAS KOPERASI DAN UKM"],
              "Drs. H. MUHAMMAD ARIFUDDIN, M.Si.", "Pembina Tingkat I", "NIP. 19700319 199803 1 007")
    signature(pk, "B", rr + 2, "", ["PIHAK KEDUA,", "BUPATI GOWA"], "H. ANDI RAHMAN SYAFRI, S.H.", "", "")

    # ---------------- planted mistakes ----------------
    ws["H16"] = float(trunc(D("42.10") / D("43.00") * 100))
    b.mis(S, "H16", "pct_truncated", s2(D("42.10") / D("43.00") * 100), None,
          "TW 3: 42,10 / 43,00 x 100 = 97,906... rounds to 97,91; the cell holds 97,90 (cut off).")
    ws["H22"] = f2(D("2.55") / D("2.50") * 100)
    b.mis(S, "H22", "cap_policy_inconsistent", "100.00", None,
          "TW 4: 2,55 / 2,50 x 100 = 102,00, but the workbook caps capaian at 100 (note row; the same block's Target "
          "Tahunan row and every other figure above 100 are written 100): 100,00.")
    ws["H29"] = f2(D(12) / D(60) * 100)
    b.mis(S, "H29", "pct_wrong_base", s2(D(12) / D(15) * 100), None,
          "TW 1: 12 koperasi against the TW 1 target 15 = 80,00; the cell holds 20,00 = 12 / 60 (the annual target).")
    ws["J28"] = rp_text(119950000)
    ws["K28"] = f2(D(119950000) / D(124950000) * 100)
    b.mis(S, "J28", "quarter_budget_sum_mismatch", "120950000", None,
          "Realisasi anggaran TW 1-4 = 18.400.000 + 32.650.000 + 35.120.000 + 34.780.000 = 120.950.000, the Target "
          "Tahunan row says Rp. 119.950.000,- (its serapan 96,00 follows it; right 96,80, as on the programme row).")
    ws["K38"] = 98.20
    b.mis(S, "K38", "serapan_miscomputed", s2(D(165170000) / D(168500000) * 100), None,
          "Serapan 165.170.000 / 168.500.000 x 100 = 98,02; typed 98,20.")
    wrong43 = 1942830000
    ws["I43"] = rp_text(wrong43)
    ws["K43"] = f2(D(sum(bud_tw[43])) / D(wrong43) * 100)
    b.mis(S, "I43", "program_anggaran_not_sum", str(bud_pagu[43]),
          None, "Programme anggaran Rp. 1.942.830.000,- but its kegiatan are 78.450.000 + 1.863.930.000 = 1.942.380.000 "
          "(also the PK sheet's figure); serapan 99,12 follows the wrong figure (right 99,14).")

    # ---------------- traps ----------------
    b.trap(S, "H8", "capaian_capped_at_100", "62,35 / 62,00 = 100,56, written 100,00 under the stated cap.")
    b.trap(S, "G8", "percentage_year_is_last_quarter", "Percentage indicator: year's realisasi = TW 4 (62,35), not a sum.")
    b.trap(S, "H12", "capaian_capped_at_100", "TW 4: 62,35 / 62,00 = 100,56 -> 100,00 (cap).")
    b.trap(S, "H18", "capaian_capped_at_100", "Year: 2,55 / 2,50 = 102,00 -> 100,00 (cap), right on this row.")
    b.trap(S, "H23", "capaian_capped_at_100", "Programme year: 82 / 80 = 102,5 -> 100 (cap, whole numbers).")
    b.trap(S, "H26", "rounding_whole_number", "TW 3: 55 / 60 = 91,67 written 92: programme % are whole numbers, rounded right.")
    b.trap(S, "H27", "capaian_capped_at_100", "TW 4: 82 / 80 = 102,5 -> 100 (cap).")
    b.trap(S, "H30", "capaian_capped_at_100", "TW 2: 17 / 15 = 113,33 -> 100,00 (cap); per-quarter target 15.")
    b.trap(S, "H32", "capaian_capped_at_100", "TW 4: 16 / 15 = 106,67 -> 100,00 (cap).")
    b.trap(S, "H35", "rounding_half_up", "TW 2: 8,25 / 10,00 = 82,5 written 83 (half away from zero), right.")
    b.trap(S, "H36", "capaian_capped_at_100", "TW 3: 21 / 20 = 105 -> 100 (cap).")
    b.trap(S, "F39", "target_dash_quarter", "TW 1 target '-' (training starts in TW 2): no % is due; 50 x 3 = 150 = annual.")
    b.trap(S, "H41", "capaian_capped_at_100", "TW 3: 52 / 50 = 104 -> 100,00 (cap).")
    b.trap(S, "F48", "per_quarter_targets", "Counts: 2 + 2 + 2 + 2 = 8 Dokumen = annual; year realisasi 8 is the sum, TW 4 target 2 is right.")
    bad_rows = {int(''.join(ch for ch in m["cell"] if ch.isdigit())) for m in b.mistakes}
    trap_rows = {t["row"] for t in b.traps}
    all_rows = [blk[0] + i for blk in BLOCKS for i in range(5)]
    b.cleanrows(S, [r for r in all_rows if r not in bad_rows and r not in trap_rows])
    b.cleanrows(P, pk_rows)

    for blk in BLOCKS:
        r, lvl, no, ur, ind, sat, ann, ts, rs = blk[:9]
        real = s2(rs[3]) if sat == "%" else str(sum(int(x) for x in rs if x != "-"))
        b.ind(S, r, ind, ann, real, sat)

    b.layout = (
        "Two sheets. 'RA TW IV 2022': title rows 1-3, two-row merged header rows 5-6, numbering row 7 ((1)..(12)), "
        "ten five-row blocks from row 8 to row 57 (each block: a 'Target Tahunan' row, then 'TW 1 (B03)' .. 'TW 4 (B12)'; "
        "blocks start at rows 8, 13, 18 (sasaran), 23 (program 2.17.03), 28 (its kegiatan), 33 (program 2.17.05), 38 "
        "(its kegiatan), 43 (program 2.17.01), 48 and 53 (its kegiatan)); note row 59; signature below. Columns: A No, "
        "B sasaran/program/kegiatan with code (merged over the block; blank sasaran = same as above), C indikator, "
        "D satuan (merged), E periode, F target, G realisasi, H capaian (%), I anggaran (text 'Rp. 124.950.000,-', on "
        "the Target Tahunan row of program and kegiatan blocks), J realisasi anggaran (text; per quarter on the TW rows, "
        "the year's total on the Target Tahunan row), K serapan (%) on the Target Tahunan row, L penanggung jawab. "
        "Typed values, no formulas. Conventions (note row): % indicators have cumulative quarter targets (TW 4 = annual) "
        "and their year realisasi = TW 4; count indicators have per-quarter targets adding up to the annual target and "
        "year realisasi = sum; capaian = realisasi / target x 100 capped at 100; programme % are whole numbers, others "
        "2 decimals; '-' = none. A programme's anggaran and quarterly realisasi = sum of its kegiatan. Sheet 'PK 2022': "
        "the Perjanjian Kinerja (sasaran indicators with annual targets, rows 5-7; programme budgets, rows 10-12) "
        "with two signatures.")
    return b
