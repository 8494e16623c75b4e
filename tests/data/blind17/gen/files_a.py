"""Files 01-07."""
from common import *


# ---------------------------------------------------------------- 01 Dinkes
def f01():
    f = FB("PK Dinkes 2024 FINAL fix", "xlsx", "Dinas Kesehatan", "Pengukuran Kinerja (tahunan)", ["fail"])
    ws = f.ws("PK 2024")
    ws.merge_cells("C2:L2"); f.w(ws, "C2", "PENGUKURAN KINERJA", bold=True, align=CENTER)
    ws.merge_cells("C3:L3"); f.w(ws, "C3", "DINAS KESEHATAN KABUPATEN SUMBAWA BARAT", bold=True, align=CENTER)
    ws.merge_cells("C4:L4"); f.w(ws, "C4", "TAHUN 2024", bold=True, align=CENTER)
    f.w(ws, "C6", "Kabupaten"); f.w(ws, "E6", ": Sumbawa Barat")
    f.w(ws, "C7", "Perangkat Daerah"); f.w(ws, "E7", ": Dinas Kesehatan")
    f.w(ws, "C8", "Tahun Anggaran"); f.w(ws, "E8", ": 2024")
    f.w(ws, "C10", "Catatan: indikator berpolaritas negatif dihitung (2 x Target - Realisasi) / Target x 100%")
    f.w(ws, "C11", "Data realisasi 2024 per 15 Januari 2025 (angka sementara profil kesehatan)")
    f.hdr(ws, "C14", "No", "C15"); f.hdr(ws, "D14", "Sasaran Strategis", "D15")
    f.hdr(ws, "E14", "Indikator Kinerja", "E15"); f.hdr(ws, "F14", "Polaritas", "F15")
    f.hdr(ws, "G14", "Satuan", "G15"); f.hdr(ws, "H14", "Realisasi 2023", "H15")
    f.hdr(ws, "I14", "Tahun 2024", "K14")
    f.hdr(ws, "I15", "Target"); f.hdr(ws, "J15", "Realisasi"); f.hdr(ws, "K15", "Capaian (%)")
    f.hdr(ws, "L14", "Target Akhir Renstra (2026)", "L15")
    for i, col in enumerate("CDEFGHIJKL"):
        f.w(ws, f"{col}16", f"({i + 1})", box=True, align=CENTER)
    rows = [
        # name, pol, unit, r23, t, r, renstra
        ("Angka Kematian Ibu (AKI)", "Negatif", "per 100.000 KH", "112", "105", "98", "95"),
        ("Angka Kematian Bayi (AKB)", "Negatif", "per 1.000 KH", "9.8", "9.2", "9.6", "8.5"),
        ("Prevalensi balita stunting", "Negatif", "%", "16.4", "14.0", "12.7", "12.0"),
        ("Usia Harapan Hidup (UHH)", "Positif", "tahun", "70.84", "71.10", "71.06", "71.50"),
        ("Persentase puskesmas terakreditasi paripurna", "Positif", "%", "40", "60", "55", "80"),
        ("Indeks Kepuasan Masyarakat terhadap layanan kesehatan", "Positif", "indeks", "82.15", "83.00", "84.37", "85.00"),
        ("Persentase desa/kelurahan UCI (Universal Child Immunization)", "Positif", "%", "88.5", "92", "90.1", "95"),
        ("Cakupan kepesertaan JKN", "Positif", "%", "96.2", "98", "99.41", "98"),
    ]
    ws.merge_cells("D17:D20"); f.w(ws, "D17", "Meningkatnya derajat kesehatan masyarakat", box=True, align=WRAP)
    ws.merge_cells("D21:D24"); f.w(ws, "D21", "Meningkatnya mutu dan akses pelayanan kesehatan", box=True, align=WRAP)
    for i, (nm, pol, un, r23, t, r, ren) in enumerate(rows):
        row = 17 + i
        f.w(ws, f"C{row}", i + 1, box=True)
        f.w(ws, f"E{row}", nm, box=True, align=WRAP)
        f.w(ws, f"F{row}", pol, box=True); f.w(ws, f"G{row}", un, box=True)
        f.w(ws, f"H{row}", float(r23), "0.00", box=True)
        f.w(ws, f"I{row}", float(t), "0.00", box=True)
        f.w(ws, f"J{row}", float(r), "0.00", box=True)
        f.w(ws, f"L{row}", float(ren), "0.00", box=True)
        if pol == "Negatif":
            ex = neg2(t, r); expr = E_neg2(f"I{row}", f"J{row}")
        else:
            ex = pos(t, r); expr = E_pos(f"J{row}", f"I{row}")
        val = q(ex)
        f.ind(ws, row, nm, f"I{row}", f"J{row}", t, r)
        if row == 23:
            f.w(ws, f"K{row}", 97.39, "0.00", box=True)
            f.mistake(ws, f"K{row}", "wrong_capaian", s2(ex),
                      f"90,1 / 92 x 100 = {ex:.6f} -> 97.93; 97.39 written (digits swapped)", expr)
        else:
            f.w(ws, f"K{row}", float(val), "0.00", box=True)
            f.clean(ws, row)
            if pol == "Negatif":
                f.trap(ws, f"K{row}", "negative_polarity",
                       f"Polaritas Negatif, (2 x {t} - {r}) / {t} x 100 = {s2(ex)} (formula stated in C10); R/T would give {s2(pos(t, r))}", expr)
            else:
                f.chk(ws, f"K{row}", expr)
    f.trap(ws, "K24", "realisasi_above_renstra",
           "JKN realisasi 99,41 exceeds both the year target 98 and the Renstra target 98; capaian 101.44 is right (no cap in this workbook)")
    f.w(ws, "J27", "Taliwang, 20 Januari 2025")
    f.w(ws, "J28", "Kepala Dinas Kesehatan,")
    f.w(ws, "J32", "dr. H. ARIF RACHMAN SUSANTO, M.Kes", bold=True)
    f.w(ws, "J33", "Pembina Utama Muda (IV/c)")
    f.w(ws, "J34", "NIP. 19720314 200012 1 004")
    f.widths(ws, {"C": 5, "D": 28, "E": 42, "F": 10, "G": 14, "H": 12, "I": 10, "J": 10, "K": 11, "L": 14})
    f.layout = ("One sheet 'PK 2024'. Title C2:L4 (merged), identity lines C6:E8, notes C10:C11 (C10 states the negative "
                "formula (2T-R)/T). Table starts at column C: two header rows 14-15 (C No, D Sasaran Strategis merged over "
                "rows, E Indikator Kinerja, F Polaritas, G Satuan, H Realisasi 2023, I:K 'Tahun 2024' merged over I Target / "
                "J Realisasi / K Capaian (%), L Target Akhir Renstra (2026)), row 16 column numbers (1)..(10). Data rows "
                "17-24; Sasaran merged D17:D20 and D21:D24. Last year's realisasi (H) sits left of the target and the Renstra "
                "target (L) right of the capaian: readers that take the first two figure columns read the wrong pair. "
                "All numbers are numbers, format 0.00. Three Negatif rows (17-19) use (2T-R)/T; no cap. Signature J27:J34.")
    f.short = "table at C14, 2 header rows, Realisasi 2023 before Target, Renstra after %, Polaritas column"
    return f


# ---------------------------------------------------------------- 02 Disdikbud
def f02():
    f = FB("Pengukuran Kinerja Disdikbud 2024 (revisi)", "xlsx", "Dinas Pendidikan dan Kebudayaan",
           "Pengukuran Kinerja (tahunan)", ["fail"])
    ws = f.ws("Capaian")
    f.w(ws, "A1", "PENGUKURAN KINERJA DINAS PENDIDIKAN DAN KEBUDAYAAN", bold=True)
    f.w(ws, "A2", "KABUPATEN SUMBAWA BARAT TAHUN 2024 (REVISI setelah reviu Inspektorat)", bold=True)
    for col, h in zip("ABCDEFG", ["No", "Indikator Kinerja", "Realisasi 2024", "Target 2024", "Satuan",
                                  "% Capaian", "Target murni (sebelum perubahan)"]):
        f.hdr(ws, f"{col}5", h)
    for i, col in enumerate("ABCDEFG"):
        f.w(ws, f"{col}6", i + 1, box=True, align=CENTER)
    P = "0.00%"
    data = {
        7: ("S", "Sasaran 1: Meningkatnya akses dan pemerataan pendidikan"),
        8: ("APK PAUD", "%", "72.5", "74.18", "70"),
        9: ("APM SD/MI", "%", "98.00", "97.61", "98.5"),
        10: ("APM SMP/MTs", "%", "85.00", "86.20", "84"),
        11: ("Rata-rata lama sekolah", "tahun", "8.15", "8.21", "8.10"),
        12: ("S", "Sasaran 2: Meningkatnya mutu pendidikan"),
        13: ("Persentase guru bersertifikat pendidik", "%", "70.00", "71.00", "72"),
        14: ("Persentase sekolah terakreditasi minimal B", "%", "85", "83.4", "85"),
        15: ("Persentase satuan pendidikan dengan capaian literasi minimal kompetensi", "%", "60", "57.35", "55"),
        16: ("Jumlah sekolah yang menerapkan Kurikulum Merdeka", "sekolah", "210", "210", "180"),
        17: ("S", "Sasaran 3: Meningkatnya pelestarian kebudayaan daerah"),
        18: ("Jumlah cagar budaya yang ditetapkan", "objek", "4", "5", "3"),
        19: ("Jumlah event budaya daerah yang dilaksanakan", "kegiatan", "6", "6", "6"),
    }
    n = 0
    for row, v in data.items():
        if v[0] == "S":
            ws.merge_cells(f"A{row}:F{row}")
            f.w(ws, f"A{row}", v[1], bold=True)
            continue
        n += 1
        nm, un, t, r, old = v
        f.w(ws, f"A{row}", n, box=True)
        f.w(ws, f"B{row}", nm, box=True, align=WRAP)
        if un == "%":
            f.w(ws, f"C{row}", float(d(r) / 100), P, box=True)
            f.w(ws, f"D{row}", float(d(t) / 100), P, box=True)
            f.w(ws, f"G{row}", float(d(old) / 100), P, box=True)
        else:
            fm = "0.00" if "." in t else "0"
            f.w(ws, f"C{row}", float(r) if "." in r else int(r), fm, box=True)
            f.w(ws, f"D{row}", float(t) if "." in t else int(t), fm, box=True)
            f.w(ws, f"G{row}", float(old) if "." in old else int(old), fm, box=True)
        f.w(ws, f"E{row}", un, box=True)
        ex = pos(t, r); expr = E_pos(f"C{row}", f"D{row}")
        f.ind(ws, row, nm, f"D{row}", f"C{row}", t, r,
              "percent stored as fraction under 0.00%" if un == "%" else "")
        if row == 13:
            f.w(ws, f"F{row}", 101.42, "0.00", box=True)
            f.mistake(ws, f"F{row}", "truncated_capaian", s2(ex),
                      f"71 / 70 x 100 = {ex:.4f}; rounds to 101.43, 101.42 is truncated", expr)
        elif row == 9:
            f.w(ws, f"F{row}", 99.6, "General", box=True)
            f.clean(ws, row)
            f.trap(ws, f"F{row}", "fewer_decimals",
                   f"97,61 / 98 x 100 = {ex:.4f} -> 99.60; written 99.6 (General format) is right", expr)
        else:
            f.w(ws, f"F{row}", float(q(ex)), "0.00", box=True)
            f.clean(ws, row)
            f.chk(ws, f"F{row}", expr)
    f.hide_col(ws, "G")
    f.trap(ws, "C8", "realisasi_before_target",
           "Realisasi (C) stands left of Target (D); APK PAUD 74,18 / 72,5 = 102.32 is right. Hidden column G holds the "
           "pre-revision targets (70 -> 74.18/70 = 105.97 would be wrong)")
    f.w(ws, "B22", "Taliwang, 27 Januari 2025")
    f.w(ws, "B23", "Kepala Dinas Pendidikan dan Kebudayaan")
    f.w(ws, "B27", "SITI NURHAYATI, S.Pd., M.M.", bold=True)
    f.w(ws, "B28", "NIP. 19750822 199903 2 006")
    ws2 = f.ws("Catatan")
    f.w(ws2, "A1", "Catatan revisi:")
    f.w(ws2, "A2", "1. Target APK PAUD disesuaikan dengan Perubahan Renstra (72,5%)")
    f.w(ws2, "A3", "2. Kolom G (target murni) disembunyikan atas permintaan Bappeda")
    f.widths(ws, {"A": 5, "B": 50, "C": 14, "D": 12, "E": 10, "F": 11, "G": 16})
    f.layout = ("Sheet 'Capaian' (plus a text-only sheet 'Catatan'). Title A1:A2, single header row 5 and numbering row 6. "
                "Column order is unusual: A No, B Indikator Kinerja, C Realisasi 2024, D Target 2024, E Satuan, F % Capaian, "
                "G 'Target murni (sebelum perubahan)' which is HIDDEN and holds old targets. Sub-heading rows 7, 12, 17 "
                "(Sasaran, merged A:F). Data rows 8-11, 13-16, 18-19. Percentage indicators store target/realisasi as "
                "fractions under 0.00% (0.725 = 72,50 %); the % Capaian column F holds plain numbers (0.00, one cell General). "
                "All positive, no cap.")
    f.short = "Realisasi before Target, Satuan after figures, hidden old-target column, sub-headings, % as fractions"
    return f


# ---------------------------------------------------------------- 03 DPMPTSP rencana aksi (xls)
def f03():
    f = FB("RENAKSI DPMPTSP 2024 tw 4", "xls", "Dinas Penanaman Modal dan PTSP",
           "Rencana Aksi / Pengukuran Kinerja triwulanan", ["fail"])
    ws = f.ws("Renaksi TW IV")
    ws.merge_cells("A1:I1"); f.w(ws, "A1", "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", bold=True, align=CENTER)
    ws.merge_cells("A2:I2"); f.w(ws, "A2", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", bold=True, align=CENTER)
    ws.merge_cells("A3:I3"); f.w(ws, "A3", "KABUPATEN SUMBAWA BARAT TAHUN ANGGARAN 2024", bold=True, align=CENTER)
    f.hdr(ws, "A5", "No", "A6"); f.hdr(ws, "B5", "Sasaran Strategis", "B6"); f.hdr(ws, "C5", "Indikator Kinerja", "C6")
    f.hdr(ws, "D5", "Satuan", "D6"); f.hdr(ws, "E5", "Kriteria Keberhasilan", "H5")
    f.hdr(ws, "E6", "Periode"); f.hdr(ws, "F6", "Target"); f.hdr(ws, "G6", "Realisasi"); f.hdr(ws, "H6", "%")
    f.hdr(ws, "I5", "Unit Kerja / Penanggung Jawab", "I6")
    blocks = [
        ("Meningkatnya realisasi investasi", "Nilai realisasi investasi", "Rp miliar", "450",
         ["100", "220", "330", "450"], ["96.5", "231.4", "342.0", "478.25"], "Bidang Promosi & Penanaman Modal"),
        ("Meningkatnya kualitas pelayanan perizinan", "Persentase perizinan terbit tepat waktu", "%", "95",
         ["95", "95", "95", "95"], ["93.1", "94.6", "96.2", "95.8"], "Bidang Pelayanan Perizinan"),
        ("Meningkatnya kualitas pelayanan perizinan", "Indeks Kepuasan Masyarakat PTSP", "indeks", "82",
         ["80", "80", "82", "82"], ["78.9", "79.6", "82.6", "83.05"], "Bidang Pengaduan"),
        ("Meningkatnya realisasi investasi", "Jumlah investor baru (PMDN/PMA)", "investor", "40",
         ["10", "20", "30", "40"], ["8", "17", "26", "37"], "Bidang Promosi & Penanaman Modal"),
        ("Meningkatnya kualitas pelayanan perizinan", "Jumlah pelaku usaha yang difasilitasi NIB", "pelaku usaha", "600",
         ["150", "300", "450", "600"], ["162", "298", "455", "611"], "Bidang Pelayanan Perizinan"),
    ]
    per = ["Target Tahunan", "TW 1 (B03)", "TW 2 (B06)", "TW 3 (B09)", "TW 4 (B12)"]
    row = 7
    for i, (sas, nm, un, annual, tq, rq, pj) in enumerate(blocks):
        b = row
        for col, val in (("A", i + 1), ("B", sas), ("C", nm), ("D", un), ("I", pj)):
            ws.merge_cells(f"{col}{b}:{col}{b + 4}")
            f.w(ws, f"{col}{b}", val, box=True, align=WRAP)
        for k in range(5):
            f.w(ws, f"E{b + k}", per[k], box=True)
        fmt = "0.00" if any("." in x for x in tq + rq + [annual]) else "0"
        f.w(ws, f"F{b}", float(annual), fmt, box=True)
        for k in range(4):
            rr = b + 1 + k
            f.w(ws, f"F{rr}", float(tq[k]), fmt, box=True)
            f.w(ws, f"G{rr}", float(rq[k]), fmt, box=True)
            ex = pos(tq[k], rq[k])
            capped = min(D(100), ex)
            expr = f"MIN100({E_pos(f'G{rr}', f'F{rr}')})"
            if i == 3 and k == 2:
                f.w(ws, f"H{rr}", 86.76, "0.00", box=True)
                f.mistake(ws, f"H{rr}", "wrong_capaian", s2(capped),
                          f"TW 3: 26 / 30 x 100 = {ex:.4f} -> 86.67 (below the cap); 86.76 written", expr)
            else:
                f.w(ws, f"H{rr}", float(q(capped)), "0.00", box=True)
                if ex > 100:
                    f.trap(ws, f"H{rr}", "capped_at_100",
                           f"{rq[k]} / {tq[k]} x 100 = {s2(ex)}; the workbook caps at 100 (note in A38), written 100", expr)
                else:
                    f.chk(ws, f"H{rr}", expr)
        f.ind(ws, b, nm, f"F{b}", f"G{b + 4}", annual, rq[3],
              "year target = Target Tahunan line; year realisasi = TW 4 (B12) line (cumulative quarters)")
        if not (i == 3):
            f.clean(ws, b)
        row += 5
    f.trap(ws, "F13", "constant_quarter_targets",
           "quarter targets 95/95/95/95 for an annual 95 %: a percentage indicator held every quarter (cumulative style, TW 4 = annual); not a sum error")
    # row is now 32
    f.w(ws, "A34", "Jumlah Anggaran Program/Kegiatan : Rp. 3.482.650.000,-")
    f.w(ws, "A35", "Realisasi Anggaran s.d. TW IV      : Rp. 3.297.114.800,-")
    f.w(ws, "A38", "Catatan: capaian yang melebihi 100% ditulis 100% (capaian maksimal 100%)")
    f.w(ws, "G40", "Taliwang, 10 Januari 2025")
    f.w(ws, "G41", "Kepala Dinas,")
    f.w(ws, "G45", "IR. MUHAMMAD YAMIN, M.Si", bold=True)
    f.w(ws, "G46", "NIP. 19700417 199803 1 009")
    f.widths(ws, {"A": 4, "B": 26, "C": 32, "D": 12, "E": 15, "F": 10, "G": 10, "H": 9, "I": 22})
    f.layout = ("Legacy .xls, sheet 'Renaksi TW IV'. Title A1:A3 merged; header rows 5-6 (A No, B Sasaran, C Indikator, "
                "D Satuan merged over both rows; E:H 'Kriteria Keberhasilan' over E Periode / F Target / G Realisasi / H %; "
                "I Unit Kerja). Five indicator blocks of five rows each (rows 7-11, 12-16, 17-21, 22-26, 27-31): a "
                "'Target Tahunan' line (target only) then TW 1 (B03)..TW 4 (B12) lines with target, realisasi and %. "
                "A, B, C, D and I are merged down each block. Quarter targets are cumulative (TW 4 = annual). "
                "The workbook caps capaian at 100 (note in A38): every quarter above 100 is written 100. Budget lines "
                "A34:A35, signature G40:G46. The key's indicator row is the block's first row; year realisasi = TW 4 line.")
    f.short = "quarterly blocks of 5 rows, merged names, cap 100 % stated"
    return f


# ---------------------------------------------------------------- 04 Bapperida E.81 (formulas)
def f04():
    f = FB("E.81 Evaluasi Renja Bapperida TW IV 2024", "xlsx", "Bapperida",
           "Permendagri 86/2017 E.81 (17 kolom), formulas", ["fail"], formulas=True)
    ws = f.ws("TW IV")
    ws.merge_cells("A1:AB1"); f.w(ws, "A1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN SUMBAWA BARAT", bold=True, align=CENTER)
    ws.merge_cells("A2:AB2"); f.w(ws, "A2", "RENJA BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH (BAPPERIDA)", bold=True, align=CENTER)
    ws.merge_cells("A3:AB3"); f.w(ws, "A3", "PERIODE PELAKSANAAN : TAHUN 2024 TRIWULAN IV", bold=True, align=CENTER)
    f.w(ws, "A4", "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD : Meningkatnya kualitas perencanaan dan inovasi daerah")
    f.hdr(ws, "A6", "No", "A7"); f.hdr(ws, "B6", "Sasaran", "B7")
    f.hdr(ws, "C6", "Program / Kegiatan", "C7"); f.hdr(ws, "D6", "Indikator Kinerja Program (outcome) / Kegiatan (output)", "D7")
    groups = [("E", "F", "Target Renstra PD pada Tahun 2026 (akhir periode Renstra PD)"),
              ("G", "H", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2023)"),
              ("I", "J", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024) yang dievaluasi"),
              ("K", "L", "Realisasi Kinerja Triwulan I"), ("M", "N", "Realisasi Kinerja Triwulan II"),
              ("O", "P", "Realisasi Kinerja Triwulan III"), ("Q", "R", "Realisasi Kinerja Triwulan IV"),
              ("S", "T", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi"),
              ("U", "V", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang dievaluasi (%)"),
              ("W", "X", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2024"),
              ("Y", "Z", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2024 (%)")]
    for k, rp, h in groups:
        f.hdr(ws, f"{k}6", h, f"{rp}6")
        f.hdr(ws, f"{k}7", "K"); f.hdr(ws, f"{rp}7", "Rp")
    f.hdr(ws, "AA6", "Unit PD Penanggung Jawab", "AA7"); f.hdr(ws, "AB6", "Ket.", "AB7")
    nums = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12 = 8+9+10+11", "13 = 12/7 x 100",
            "14 = 6 + 12", "15 = 14/5 x 100", "16", "17"]
    cols8 = ["A", "B", "C", "D", ("E", "F"), ("G", "H"), ("I", "J"), ("K", "L"), ("M", "N"), ("O", "P"), ("Q", "R"),
             ("S", "T"), ("U", "V"), ("W", "X"), ("Y", "Z"), "AA", "AB"]
    for nm_, c in zip(nums, cols8):
        if isinstance(c, tuple):
            ws.merge_cells(f"{c[0]}8:{c[1]}8"); f.w(ws, f"{c[0]}8", nm_, box=True, align=CENTER)
        else:
            f.w(ws, f"{c}8", nm_, box=True, align=CENTER)
    # rows: type, name, indicator, unit, renK, sdK, tK, tw, (renRp, sdRp, tRp, twRp)
    R = {
        9: ("P", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
            "Jumlah dokumen perencanaan daerah yang ditetapkan tepat waktu", "dokumen", 40, 22, 8, [2, 2, 1, 3], [10, 11]),
        10: ("K", "Penyusunan Perencanaan dan Pendanaan", "Jumlah dokumen RKPD dan perubahannya", "dokumen",
             10, 6, 2, [0, 1, 0, 1], (4200000000, 2310450000, 865000000, [120500000, 210300000, 198750000, 301220000])),
        11: ("K", "Pengendalian dan Evaluasi Pembangunan Daerah", "Jumlah laporan evaluasi pembangunan daerah", "laporan",
             20, 12, 4, [1, 1, 1, 0], (3100000000, 1702880000, 640000000, [85200000, 150000000, 166400000, 214115500])),
        12: ("P", "Program Penelitian dan Pengembangan Daerah", "Jumlah inovasi daerah yang diusulkan", "inovasi",
             60, 31, 14, [0, 3, 5, 9], [13, 14]),
        13: ("K", "Penelitian dan Pengembangan Pemerintahan Daerah", "Jumlah kajian/penelitian yang diselesaikan", "kajian",
             25, 13, 6, [0, 1, 2, 2], (2600000000, 1380000000, 520000000, [0, 95000000, 160250000, 241800000])),
        14: ("K", "Pengelolaan Inovasi Daerah", "Jumlah inovasi daerah yang terdaftar pada aplikasi IID", "inovasi",
             75, 38, 16, [2, 4, 5, 6], (3400000000, 1851700000, 760000000, [110000000, 180600000, 205300000, 247950000])),
        15: ("P", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
             "Jumlah laporan keuangan dan kinerja yang disusun", "laporan", 36, 17, 6, [1, 1, 2, 2], [16, 17]),
        16: ("K", "Administrasi Keuangan Perangkat Daerah", "Jumlah bulan pembayaran gaji dan tunjangan ASN", "bulan",
             60, 36, 12, [3, 3, 3, 3], (38500000000, 22847000000, 7950000000, [1902000000, 1955300000, 1987600000, 2051250000])),
        17: ("K", "Administrasi Umum Perangkat Daerah", "Jumlah paket penyediaan ATK dan barang cetak", "paket",
             25, 15, 5, [1, 1, 2, 1], (2250000000, 1327500000, 455000000, [98400000, 112750000, 120000000, 118960000])),
    }
    rpvals = {}
    for row, v in R.items():
        if v[0] == "K":
            ren, sdv, t, tw = v[8]
            rpvals[row] = dict(E=ren, G=sdv, I=t, K=tw[0], M=tw[1], O=tw[2], Q=tw[3])
    prog_children = {9: [10, 11], 12: [13, 14], 15: [16, 17]}
    for row, v in R.items():
        typ, nm, indn, un, renK, sdK, tK, tw = v[:8]
        f.w(ws, f"A{row}", {9: "1", 12: "2", 15: "3"}.get(row, ""), box=True)
        if row == 9:
            ws.merge_cells("B9:B17"); f.w(ws, "B9", "Meningkatnya kualitas perencanaan dan inovasi daerah", box=True, align=WRAP)
        f.w(ws, f"C{row}", nm, bold=(typ == "P"), box=True, align=WRAP)
        f.w(ws, f"D{row}", f"{indn} ({un})", box=True, align=WRAP)
        for col, val in zip("EGIKMOQ", [renK, sdK, tK] + tw):
            f.w(ws, f"{col}{row}", val, "0", box=True)
        # Rp
        for kc, rc in zip("EGIKMOQ", "FHJLNPR"):
            if typ == "K":
                f.w(ws, f"{rc}{row}", rpvals[row][kc], "#,##0", box=True)
            else:
                ch = prog_children[row]
                f.w(ws, f"{rc}{row}", f"=SUM({rc}{ch[0]}:{rc}{ch[-1]})", "#,##0", box=True)
                f.chk(ws, f"{rc}{row}", E_sum([f"{rc}{c}" for c in ch]))
        f.w(ws, f"S{row}", f"=K{row}+M{row}+O{row}+Q{row}", "0", box=True)
        f.w(ws, f"T{row}", f"=L{row}+N{row}+P{row}+R{row}", "#,##0", box=True)
        f.w(ws, f"V{row}", f"=T{row}/J{row}*100", "0.00", box=True)
        f.w(ws, f"W{row}", f"=G{row}+S{row}", "0", box=True)
        f.w(ws, f"X{row}", f"=H{row}+T{row}", "#,##0", box=True)
        f.w(ws, f"Z{row}", f"=X{row}/F{row}*100", "0.00", box=True)
        f.chk(ws, f"S{row}", E_sum([f"K{row}", f"M{row}", f"O{row}", f"Q{row}"]))
        f.chk(ws, f"T{row}", E_sum([f"L{row}", f"N{row}", f"P{row}", f"R{row}"]))
        f.chk(ws, f"V{row}", E_pos(f"T{row}", f"J{row}"))
        f.chk(ws, f"W{row}", E_sum([f"G{row}", f"S{row}"]))
        f.chk(ws, f"X{row}", E_sum([f"H{row}", f"T{row}"]))
        f.chk(ws, f"Z{row}", E_pos(f"X{row}", f"F{row}"))
        real = sum(tw)
        ex13 = pos(tK, real)
        if row == 12:
            f.w(ws, f"U{row}", f"=S{row}/I{row + 1}*100", "0.00", box=True)
            f.mistake(ws, f"U{row}", "wrong_capaian", s2(ex13),
                      f"formula =S12/I13*100 points at the next row's target (6): 17/6 = 283.33 cached; right 17 / 14 x 100 = {ex13:.4f}",
                      E_pos(f"S{row}", f"I{row}"))
        else:
            f.w(ws, f"U{row}", f"=S{row}/I{row}*100", "0.00", box=True)
            f.chk(ws, f"U{row}", E_pos(f"S{row}", f"I{row}"))
        ex15 = pos(renK, sdK + real)
        if row == 15:
            f.w(ws, f"Y{row}", f"=ROUNDDOWN(W{row}/E{row}*100,2)", "0.00", box=True)
            f.mistake(ws, f"Y{row}", "truncated_capaian", s2(ex15),
                      f"col 15 = 14/5 x 100 = 23 / 36 x 100 = {ex15:.4f}; ROUNDDOWN gives 63.88, rounding gives 63.89",
                      E_pos(f"W{row}", f"E{row}"))
        else:
            f.w(ws, f"Y{row}", f"=W{row}/E{row}*100", "0.00", box=True)
            f.chk(ws, f"Y{row}", E_pos(f"W{row}", f"E{row}"))
        f.w(ws, f"AA{row}", "Bapperida", box=True)
        f.ind(ws, row, f"{indn}", f"I{row}", f"S{row}", tK, real,
              "target = col 7 (I), realisasi = col 12 (S, formula K+M+O+Q)")
        if row not in (12, 15):
            f.clean(ws, row)
    f.trap(ws, "S9", "quarter_values_sum",
           "program K realisations 2+2+1+3 = 8 add up to the year (dokumen counted per quarter), capaian 100")
    f.trap(ws, "U14", "above_100_no_cap", "17 / 16 x 100 = 106.25; the form does not cap", E_pos("S14", "I14"))
    f.w(ws, "C19", "Faktor pendorong : komitmen pimpinan dan dukungan aplikasi SIPD-RI")
    f.w(ws, "C20", "Faktor penghambat : keterlambatan data OPD untuk bahan evaluasi triwulan")
    f.w(ws, "C21", "Tindak lanjut pada triwulan berikutnya : percepatan penginputan realisasi pada SIPD-RI")
    f.w(ws, "C23", "Disusun")
    f.w(ws, "C24", "Taliwang, 15 Januari 2025")
    f.w(ws, "C25", "Kepala Bapperida Kabupaten Sumbawa Barat")
    f.w(ws, "C29", "Ir. LALU HASBULLAH, M.T.", bold=True)
    f.w(ws, "S23", "Dievaluasi")
    f.w(ws, "S25", "Sekretaris Daerah selaku Ketua TAPD")
    f.w(ws, "S29", "Drs. H. AMAR NURMANSYAH, M.Si", bold=True)
    f.widths(ws, {"A": 4, "B": 18, "C": 30, "D": 34})
    f.layout = ("Sheet 'TW IV', Permendagri 86/2017 evaluation form in the 17-column scheme, written with formulas whose "
                "cached values were computed by LibreOffice. Title A1:A4; header rows 6-7 (group headers merged over K/Rp "
                "pairs), row 8 numbers the columns with the rules written in: 12 = 8+9+10+11, 13 = 12/7 x 100, 14 = 6 + 12, "
                "15 = 14/5 x 100. Columns: A No, B Sasaran (merged B9:B17), C Program/Kegiatan, D Indikator (unit in "
                "brackets), E/F Target Renstra 2026 (K/Rp), G/H realisasi Renstra s.d. 2023, I/J target 2024, K/L..Q/R "
                "TW I-IV, S/T col 12 (=K+M+O+Q), U/V col 13 capaian (%), W/X col 14 (=G+S), Y/Z col 15 Renstra (%), AA "
                "unit, AB ket. Rows 9, 12, 15 are programs (Rp columns =SUM of their two kegiatan), 10-11, 13-14, 16-17 "
                "kegiatan. % cells are unrounded formula results shown with format 0.00. No cap. Factors C19:C21, "
                "signatures rows 23-29.")
    f.short = "E.81 17-col scheme, K/Rp pairs, formulas with cached values"
    return f
