"""Files 05-11."""
from common import *


# ---------------------------------------------------------------- 05 Dinsos LKjIP table (ods)
def f05():
    f = FB("LKjIP Tabel 3.1 Dinsos 2024", "ods", "Dinas Sosial", "LKjIP comparison table (years + Renstra)", ["fail"])
    ws = f.ws("Tabel 3.1")
    f.w(ws, "A1", "Tabel 3.1 Perbandingan Realisasi Kinerja Tahun 2022 s.d. 2024 dan Target Akhir Renstra", bold=True)
    f.w(ws, "A2", "Dinas Sosial Kabupaten Sumbawa Barat")
    heads = ["No", "Sasaran / Indikator Kinerja", "Satuan", "Realisasi 2022", "Realisasi 2023", "Target 2024",
             "Realisasi 2024", "Capaian 2024 (%)", "Target Akhir Renstra (2026)", "Capaian s.d. 2024 thd Target Akhir Renstra (%)"]
    for col, h in zip("ABCDEFGHIJ", heads):
        f.hdr(ws, f"{col}4", h)
    for i, col in enumerate("ABCDEFGHIJ"):
        f.w(ws, f"{col}5", f"({i + 1})", box=True, align=CENTER)
    rows = {
        6: "S1",
        7: ("Persentase PPKS yang tertangani", "%", "61.2", "66.8", "70", "72.45", "80", None),
        8: ("Jumlah penerima bantuan sosial pangan", "KPM", "3870", "4115", "4200", "4236", "4500", "text"),
        9: ("Persentase anak terlantar yang mendapatkan layanan", "%", "55", "58.75", "62", "61.18", "75", None),
        10: "S2",
        11: ("Jumlah KPM PKH yang graduasi mandiri", "KK", "118", "142", "150", "163", "800", None),
        12: ("Jumlah desa/kelurahan dengan pilar sosial aktif", "desa", "32", "41", "45", "45", "65", None),
        13: ("Persentase PMKS yang memperoleh bantuan sosial", "%", "48.3", "52.1", "55", "55.9", "60", None),
    }
    f.w(ws, "B6", "Sasaran 1: Meningkatnya kualitas penanganan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)", bold=True)
    f.w(ws, "B10", "Sasaran 2: Meningkatnya kemandirian keluarga miskin", bold=True)
    n = 0
    for row, v in rows.items():
        if isinstance(v, str):
            continue
        n += 1
        nm, un, r22, r23, t, r, ren, mode = v
        f.w(ws, f"A{row}", n, box=True)
        f.w(ws, f"B{row}", nm, box=True, align=WRAP)
        f.w(ws, f"C{row}", un, box=True)
        for col, val in zip("DEFGI", [r22, r23, t, r, ren]):
            if mode == "text":
                f.w(ws, f"{col}{row}", f"{idn(val)} {un}", box=True)
            else:
                f.w(ws, f"{col}{row}", float(val), "0.00" if "." in val or un == "%" else "#,##0", box=True)
        ex = pos(t, r); expr = E_pos(f"G{row}", f"F{row}")
        exr = pos(ren, r); exprr = E_pos(f"G{row}", f"I{row}")
        f.ind(ws, row, nm, f"F{row}", f"G{row}", t, r, "figures typed as text '4.236 KPM'" if mode else "")
        if row == 9:
            f.w(ws, f"H{row}", float(q(ex) / 100), "0.0000", box=True)
            f.mistake(ws, f"H{row}", "fraction_percent", s2(ex),
                      f"61,18 / 62 x 100 = {ex:.4f} -> 98.68; 0.9868 written in a plain-number (0.0000) column = value/100", expr)
        else:
            f.w(ws, f"H{row}", float(q(ex)), "0.00", box=True)
            f.chk(ws, f"H{row}", expr)
        if row == 11:
            f.w(ws, f"J{row}", 22.38, "0.00", box=True)
            f.mistake(ws, f"J{row}", "wrong_renstra_pct", s2(exr),
                      f"realisasi 2024 / target akhir = 163 / 800 x 100 = {exr:.4f} -> 20.38; 22.38 written", exprr)
        else:
            f.w(ws, f"J{row}", float(q(exr)), "0.00", box=True)
            f.chk(ws, f"J{row}", exprr)
        if row not in (9, 11):
            f.clean(ws, row)
    f.trap(ws, "H8", "numbers_as_text", "'4.236 KPM' / '4.200 KPM': dots group thousands; 4236/4200 = 100.86 right",
           E_pos("G8", "F8"))
    f.w(ws, "A16", "Sumber: Laporan Tahunan Dinas Sosial 2022-2024, data DTKS per Desember 2024")
    f.widths(ws, {"A": 4, "B": 48, "C": 8, "D": 11, "E": 11, "F": 11, "G": 11, "H": 12, "I": 14, "J": 16})
    f.layout = ("OpenDocument file, sheet 'Tabel 3.1' (LKjIP chapter III comparison table). Title A1:A2, header row 4, "
                "numbering row 5 (1)..(10). Columns: A No, B Sasaran/Indikator, C Satuan, D Realisasi 2022, E Realisasi "
                "2023, F Target 2024, G Realisasi 2024, H Capaian 2024 (%), I Target Akhir Renstra (2026), J Capaian s.d. "
                "2024 terhadap target akhir (%) = G / I x 100. Two earlier-year realisation columns stand before the target. "
                "Sasaran sub-headings in B6 and B10 (no number). Row 8 has every figure typed as text with the unit "
                "('4.236 KPM'). Percent columns are plain numbers (0.00), row 9 H is 0.9868 in format 0.0000. No polarity "
                "column (all positive), no cap. Source note A16.")
    f.short = "LKjIP table: Realisasi 2022/2023 before target, Renstra target and % after; one row typed as text"
    return f


# ---------------------------------------------------------------- 06 DLH clean
def f06():
    f = FB("Capaian IKU DLH 2024", "xlsx", "Dinas Lingkungan Hidup", "Capaian IKU (tahunan)", ["pass", "pass_with_warnings"])
    ws = f.ws("IKU")
    ws.merge_cells("B1:H1"); f.w(ws, "B1", "CAPAIAN INDIKATOR KINERJA UTAMA DLH KAB. SUMBAWA BARAT 2024", bold=True)
    for col, h in zip("BCDEFGH", ["Indikator Kinerja Utama", "Sifat", "Target", "Capaian Kinerja (%)", "Realisasi",
                                  "Satuan", "No"]):
        f.hdr(ws, f"{col}3", h)
    rows = [
        ("Indeks Kualitas Lingkungan Hidup (IKLH)", "Positif", "68.50", "69.12", "indeks"),
        ("Indeks Kualitas Air (IKA)", "Positif", "52.00", "50.86", "indeks"),
        ("Indeks Kualitas Udara (IKU)", "Positif", "88.10", "89.36", "indeks"),
        ("Persentase sampah yang tidak terkelola", "Negatif", "35.00", "31.40", "%"),
        ("Jumlah kejadian pencemaran/kerusakan lingkungan yang dilaporkan", "Negatif", "12", "14", "kasus"),
        ("Tersedianya dokumen KLHS RPJMD", "Positif", "Ada", "Ada", "dokumen"),
        ("Persentase pengaduan lingkungan yang ditangani", "Positif", "100", "100", "%"),
    ]
    for i, (nm, sf, t, r, un) in enumerate(rows):
        row = 4 + i
        f.w(ws, f"B{row}", nm, box=True, align=WRAP); f.w(ws, f"C{row}", sf, box=True)
        f.w(ws, f"G{row}", un, box=True); f.w(ws, f"H{row}", i + 1, box=True)
        f.clean(ws, row)
        if t == "Ada":
            f.w(ws, f"D{row}", "Ada", box=True); f.w(ws, f"F{row}", "Ada", box=True)
            f.w(ws, f"E{row}", 100, "0.00", box=True)
            f.ind(ws, row, nm, f"D{row}", f"F{row}", None, None, "qualitative Ada/Ada")
            f.trap(ws, f"E{row}", "qualitative_indicator", "target 'Ada', realisasi 'Ada': achieved, 100 is right; no ratio")
            continue
        fm = "0.00" if "." in t else "0"
        f.w(ws, f"D{row}", float(t), fm, box=True); f.w(ws, f"F{row}", float(r), fm, box=True)
        if sf == "Negatif":
            ex = neg2(t, r); expr = E_neg2(f"D{row}", f"F{row}")
            f.w(ws, f"E{row}", float(q(ex)), "0.00", box=True)
            f.trap(ws, f"E{row}", "negative_polarity",
                   f"Sifat Negatif: (2 x {t} - {r}) / {t} x 100 = {s2(ex)}; R/T would be {s2(pos(t, r))}", expr)
        else:
            ex = pos(t, r); expr = E_pos(f"F{row}", f"D{row}")
            f.w(ws, f"E{row}", float(q(ex)), "0.00", box=True)
            f.chk(ws, f"E{row}", expr)
        f.ind(ws, row, nm, f"D{row}", f"F{row}", t, r)
    f.w(ws, "B13", "Keterangan: indikator bersifat negatif dihitung dengan rumus (2 x Target - Realisasi) / Target x 100")
    f.w(ws, "F15", "Taliwang,  Januari 2025")
    f.w(ws, "F16", "Kepala Dinas Lingkungan Hidup")
    f.w(ws, "F20", "HAERUDDIN, S.T., M.Eng", bold=True)
    f.widths(ws, {"A": 2, "B": 50, "C": 9, "D": 9, "E": 12, "F": 10, "G": 10, "H": 5})
    f.layout = ("Sheet 'IKU', title B1 (merged B1:H1), no column A content. Single header row 3; columns in an unusual "
                "order: B Indikator, C Sifat (Positif/Negatif), D Target, E Capaian Kinerja (%) BEFORE F Realisasi, G "
                "Satuan after the figures, H No at the right. Data rows 4-10. Two Negatif rows (7, 8) use (2T-R)/T (stated "
                "in B13); one qualitative Ada/Ada row (9) with 100. Numbers are numbers (0.00/0). No cap. CLEAN file.")
    f.short = "% before Realisasi, Satuan after, No at the right, Sifat column; clean"
    return f


# ---------------------------------------------------------------- 07 Dishub split over sheets
def f07():
    f = FB("Laporan Kinerja Dishub 2024 - per sasaran", "xlsx", "Dinas Perhubungan",
           "Pengukuran Kinerja split per sasaran", ["fail"])
    specs = [
        ("Sasaran 1", "Meningkatnya keselamatan lalu lintas dan angkutan jalan", 3, [
            ("Persentase rambu lalu lintas dalam kondisi baik", "%", "85", "87.3"),
            ("Persentase kendaraan wajib uji yang lulus uji berkala (KIR)", "%", "90", "84.65"),
            ("Jumlah titik rawan kecelakaan yang ditangani", "titik", "6", "5")]),
        ("Sasaran 2", "Meningkatnya pelayanan angkutan umum", 4, [
            ("Jumlah trayek angkutan perdesaan yang terlayani", "trayek", "14", "12"),
            ("Jumlah halte baru yang dibangun", "unit", "0", "2"),
            ("Indeks kepuasan pengguna terminal", "indeks", "78", "80.4")]),
        ("Sasaran 3", "Meningkatnya konektivitas penyeberangan antar pulau", 6, [
            ("Jumlah trip kapal penyeberangan Poto Tano - Kayangan", "trip", "8760", "8912"),
            ("Persentase ketepatan jadwal penyeberangan", "%", "80", "76.25"),
            ("Jumlah dermaga penyeberangan yang terpelihara", "unit", "2", "2")]),
    ]
    lay = []
    for title, sas, hr, inds in specs:
        ws = f.ws(title)
        f.w(ws, "A1", f"{title.upper()}: {sas}", bold=True)
        if hr >= 4:
            f.w(ws, "A2", "Dinas Perhubungan Kabupaten Sumbawa Barat - Tahun 2024")
        if hr == 6:
            f.w(ws, "A3", "Data per 31 Desember 2024 (sumber: ASDP Poto Tano dan UPTD Pelabuhan)")
            f.w(ws, "A4", "Target trip 2024 = 24 trip/hari x 365 hari")
        for col, h in zip("ABCDEFG", ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Keterangan"]):
            f.hdr(ws, f"{col}{hr}", h)
        for i, (nm, un, t, r) in enumerate(inds):
            row = hr + 1 + i
            f.w(ws, f"A{row}", i + 1, box=True); f.w(ws, f"B{row}", nm, box=True, align=WRAP)
            f.w(ws, f"C{row}", un, box=True)
            fm = "#,##0" if d(t) >= 1000 else ("0.00" if "." in t + r or un == "%" else "0")
            f.w(ws, f"D{row}", float(t), fm, box=True); f.w(ws, f"E{row}", float(r), fm, box=True)
            f.ind(ws, row, nm, f"D{row}", f"E{row}", t, r)
            if d(t) == 0:
                f.w(ws, f"F{row}", "-", box=True, align=CENTER)
                f.w(ws, f"G{row}", "tidak ditargetkan (target 0), dibangun dari DAK", box=True)
                f.clean(ws, row)
                f.trap(ws, f"F{row}", "target_zero_dash", "target 0 with capaian '-': undefined capaian left blank, right",
                       f"V('D{row}')", mode="dash")
                continue
            ex = pos(t, r); expr = E_pos(f"E{row}", f"D{row}")
            if title == "Sasaran 3" and i == 1:
                f.w(ws, f"F{row}", 95.13, "0.00", box=True)
                f.mistake(ws, f"F{row}", "wrong_capaian", s2(ex),
                          f"76,25 / 80 x 100 = {ex} -> 95.31; 95.13 written", expr)
            else:
                f.w(ws, f"F{row}", float(q(ex)), "0.00", box=True)
                f.chk(ws, f"F{row}", expr)
                f.clean(ws, row)
        f.widths(ws, {"A": 4, "B": 48, "C": 8, "D": 10, "E": 10, "F": 11, "G": 30})
        lay.append(f"'{title}' header at row {hr}, data rows {hr + 1}-{hr + len(inds)}")
    f.layout = ("Three sheets, one per sasaran ('Sasaran 1', 'Sasaran 2', 'Sasaran 3'), same columns A No, B Indikator, "
                "C Satuan, D Target, E Realisasi, F Capaian (%), G Keterangan, but the header sits at a different row on each: "
                + "; ".join(lay) + ". Sheet 3 has notes above the table; its only mistake is on that last sheet. "
                "Sheet 2 row 6 has target 0 with '-' as capaian. Numbers are numbers (#,##0 for trips). All positive, no cap.")
    f.short = "table split over three sheets, header row differs per sheet"
    return f


# ---------------------------------------------------------------- 08 Setwan two tables
def f08():
    f = FB("PK Sekretariat DPRD 2024", "xlsx", "Sekretariat DPRD", "Capaian sasaran + program/anggaran (two tables)", ["fail"])
    ws = f.ws("PK")
    f.w(ws, "A1", "LAPORAN CAPAIAN KINERJA SEKRETARIAT DPRD KABUPATEN SUMBAWA BARAT TAHUN 2024", bold=True)
    f.w(ws, "A3", "A. CAPAIAN SASARAN STRATEGIS", bold=True)
    for col, h in zip("ABCDEF", ["No", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "Capaian (%)"]):
        f.hdr(ws, f"{col}5", h)
    t1 = [("Indeks kepuasan anggota DPRD terhadap layanan sekretariat", "indeks", "80", "82.4"),
          ("Persentase Perda yang ditetapkan tepat waktu", "%", "75", "71.43"),
          ("Persentase aspirasi masyarakat yang ditindaklanjuti", "%", "70", "73.5")]
    ws.merge_cells("B6:B8"); f.w(ws, "B6", "Meningkatnya kualitas layanan kesekretariatan dan fungsi DPRD", box=True, align=WRAP)
    for i, (nm, un, t, r) in enumerate(t1):
        row = 6 + i
        f.w(ws, f"A{row}", i + 1, box=True); f.w(ws, f"C{row}", f"{nm} ({un})", box=True, align=WRAP)
        f.w(ws, f"D{row}", float(t), "0.00", box=True); f.w(ws, f"E{row}", float(r), "0.00", box=True)
        ex = pos(t, r)
        f.w(ws, f"F{row}", float(q(ex)), "0.00", box=True)
        f.chk(ws, f"F{row}", E_pos(f"E{row}", f"D{row}"))
        f.ind(ws, row, nm, f"D{row}", f"E{row}", t, r, "table A (sasaran)")
        f.clean(ws, row)
    f.w(ws, "A11", "B. CAPAIAN PROGRAM DAN REALISASI ANGGARAN", bold=True)
    f.hdr(ws, "A13", "No", "A14"); f.hdr(ws, "B13", "Program", "B14"); f.hdr(ws, "C13", "Indikator Program", "C14")
    f.hdr(ws, "D13", "Kinerja", "F13"); f.hdr(ws, "D14", "Target"); f.hdr(ws, "E14", "Realisasi"); f.hdr(ws, "F14", "Capaian (%)")
    f.hdr(ws, "G13", "Anggaran", "I13"); f.hdr(ws, "G14", "Pagu (Rp)"); f.hdr(ws, "H14", "Realisasi (Rp)"); f.hdr(ws, "I14", "Serapan (%)")
    t2 = [("Program Penunjang Urusan Pemerintahan Daerah", "Persentase layanan administrasi perkantoran terpenuhi", "%", "100", "100", 18456720000, 17902115400),
          ("Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD", "Jumlah rapat paripurna dan alat kelengkapan dewan", "kegiatan", "186", "193", 21380500000, 20744318250),
          ("Program Pembentukan Peraturan Daerah", "Jumlah Raperda yang dibahas", "raperda", "12", "9", 2415000000, 1987640000),
          ("Program Pengawasan Penyelenggaraan Pemerintahan Daerah", "Jumlah laporan hasil pengawasan DPRD", "laporan", "4", "4", 1870250000, 1802115000),
          ("Program Penganggaran", "Jumlah dokumen anggaran yang dibahas tepat waktu", "dokumen", "4", "4", 1265000000, 1233450500)]
    for i, (pg, nm, un, t, r, ang, real) in enumerate(t2):
        row = 15 + i
        f.w(ws, f"A{row}", i + 1, box=True); f.w(ws, f"B{row}", pg, box=True, align=WRAP)
        f.w(ws, f"C{row}", f"{nm} ({un})", box=True, align=WRAP)
        fm = "0"
        f.w(ws, f"D{row}", int(t), fm, box=True); f.w(ws, f"E{row}", int(r), fm, box=True)
        f.w(ws, f"G{row}", ang, "#,##0", box=True); f.w(ws, f"H{row}", real, "#,##0", box=True)
        exs = pos(ang, real)
        f.w(ws, f"I{row}", float(q(exs)), "0.00", box=True)
        f.chk(ws, f"I{row}", E_pos(f"H{row}", f"G{row}"))
        ex = pos(t, r); expr = E_pos(f"E{row}", f"D{row}")
        f.ind(ws, row, nm, f"D{row}", f"E{row}", t, r, "table B (program)")
        if row == 17:
            f.w(ws, f"F{row}", 133.33, "0.00", box=True)
            f.mistake(ws, f"F{row}", "wrong_capaian", s2(ex),
                      "9 / 12 x 100 = 75.00; 133.33 written is target/realisasi (12/9) inverted", expr)
        else:
            f.w(ws, f"F{row}", float(q(ex)), "0.00", box=True)
            f.chk(ws, f"F{row}", expr)
            f.clean(ws, row)
    ws.merge_cells("A20:F20"); f.w(ws, "A20", "JUMLAH", bold=True, box=True, align=CENTER)
    tot = sum(x[5] for x in t2); totr = sum(x[6] for x in t2)
    wrong = sum(x[5] for x in t2[:4])
    f.w(ws, "G20", wrong, "#,##0", bold=True, box=True)
    f.mistake(ws, "G20", "wrong_sum", str(tot),
              f"sum of G15:G19 = {tot}; {wrong} written = G15:G18 only (last program left out)",
              E_sum([f"G{r}" for r in range(15, 20)]))
    f.w(ws, "H20", totr, "#,##0", bold=True, box=True)
    f.chk(ws, "H20", E_sum([f"H{r}" for r in range(15, 20)]))
    f.w(ws, "I20", None, box=True)
    f.w(ws, "G23", "Taliwang, 24 Januari 2025"); f.w(ws, "G24", "Sekretaris DPRD,")
    f.w(ws, "G28", "Drs. SYAMSUL HIDAYAT", bold=True)
    f.widths(ws, {"A": 4, "B": 32, "C": 40, "D": 9, "E": 9, "F": 10, "G": 17, "H": 17, "I": 10})
    f.layout = ("One sheet 'PK' holding TWO tables. Table A (sasaran) at A3: header row 5 (A No, B Sasaran merged B6:B8, C "
                "Indikator (unit in brackets), D Target, E Realisasi, F Capaian (%)), rows 6-8. Table B (program) at A11: "
                "header rows 13-14 (D:F 'Kinerja' over Target/Realisasi/Capaian, G:I 'Anggaran' over Pagu/Realisasi/"
                "Serapan (%)), rows 15-19 and a JUMLAH row 20 (G, H totals typed as values, I20 empty). All numbers are "
                "numbers. Both mistakes are in the second table; table A is clean. All positive, no cap.")
    f.short = "two tables on one sheet (sasaran + program with budget)"
    return f


# ---------------------------------------------------------------- 09 BPBD text numbers
def f09():
    f = FB("rekap capaian BPBD 2024 (kirim ulang)", "xlsx", "BPBD", "Rekap capaian (tahunan), text numbers", ["fail"])
    ws = f.ws("Sheet1")
    f.w(ws, "A1", "REKAP CAPAIAN KINERJA BPBD KAB. SUMBAWA BARAT", bold=True)
    f.w(ws, "A2", "TAHUN 2024")
    heads = ["No", "Uraian Indikator", "Tgt", "Real.", "Capaian Kinerja (%)", "Ket"]

    def header(r):
        for col, h in zip("ABCDEF", heads):
            f.hdr(ws, f"{col}{r}", h)
    header(4)
    rows = {
        5: ("Persentase desa tangguh bencana", "42,5 %", "45,0 %", "42.5", "45", None),
        6: ("Jumlah relawan bencana terlatih", "1.000 orang", "1.012 orang", "1000", "1012", None),
        7: ("Persentase kejadian bencana yang ditangani kurang dari 24 jam", "100 %", "100 %", "100", "100", None),
        8: ("Nilai bantuan logistik yang disalurkan", "Rp 1.250.000.000", "Rp 1.187.500.000", "1250000000", "1187500000", None),
        9: ("Jumlah dokumen kajian risiko bencana yang dimutakhirkan", "1 dokumen", "-", "1", "0", "dash"),
        10: ("Persentase masyarakat yang menerima informasi peringatan dini", "85,5 %", "80,2 %", "85.5", "80.2", "frac"),
        11: ("Jumlah sekolah/madrasah aman bencana", "12 sekolah", "14 sekolah", "12", "14", None),
        14: ("Jumlah rumah rusak pasca bencana yang direhabilitasi", "0 unit", "27 unit", "0", "27", "zero"),
        15: ("Persentase pengungsi yang terpenuhi kebutuhan dasarnya", "100 %", "100 %", "100", "100", None),
        16: ("Jumlah posko siaga bencana", "3 posko", "3 posko", "3", "3", None),
    }
    f.w(ws, "A13", None)
    header(13)
    for i, (row, v) in enumerate(rows.items()):
        nm, ts, rs, t, r, mode = v
        f.w(ws, f"A{row}", f"{i + 1}.", box=True); f.w(ws, f"B{row}", nm, box=True, align=WRAP)
        f.w(ws, f"C{row}", ts, box=True); f.w(ws, f"D{row}", rs, box=True)
        f.ind(ws, row, nm, f"C{row}", f"D{row}", t, r, "figures typed as text with units")
        expr = E_pos(f"D{row}", f"C{row}")
        if mode == "zero":
            f.w(ws, f"E{row}", "100 %", box=True)
            f.w(ws, f"F{row}", "kejadian tidak terduga (banjir Maret 2024)", box=True)
            f.mistake(ws, f"E{row}", "target_zero_capaian", None,
                      "target '0 unit': capaian undefined; '100 %' typed as a number", f"V('C{row}')", mode="zero")
            continue
        ex = pos(t, r)
        if mode == "frac":
            f.w(ws, f"E{row}", "0,938", box=True)
            f.mistake(ws, f"E{row}", "fraction_percent", s2(ex),
                      f"80,2 / 85,5 x 100 = {ex:.4f} -> 93.80; '0,938' = 93.80 / 100", expr)
        else:
            f.w(ws, f"E{row}", idn(q(ex), 2) + " %", box=True)
            f.chk(ws, f"E{row}", expr)
            f.clean(ws, row)
        if mode == "dash":
            f.trap(ws, f"E{row}", "dash_realisasi_zero", "realisasi '-' (none done) against target 1: 0,00 % is right", expr)
    f.trap(ws, "E8", "money_as_text", "'Rp 1.187.500.000' / 'Rp 1.250.000.000' = 95,00 %", E_pos("D8", "C8"))
    f.trap(ws, "E13", "repeated_header", "row 13 repeats the header (second printed page); rows 14-16 belong to the same table")
    f.w(ws, "B19", "Taliwang, 30-01-2025"); f.w(ws, "B20", "Kalaksa BPBD")
    f.w(ws, "B24", "JUNAIDI, S.Sos", bold=True)
    ws.print_title_rows = "4:4"
    f.widths(ws, {"A": 4, "B": 50, "C": 18, "D": 18, "E": 14, "F": 30})
    f.layout = ("Sheet 'Sheet1'. Title A1:A2, header row 4 with abbreviated headers (No, Uraian Indikator, Tgt, Real., "
                "Capaian Kinerja (%), Ket). Every figure is TEXT with a unit or Rp: '42,5 %', '1.012 orang', "
                "'Rp 1.187.500.000', '-', capaian '105,88 %'. Rows 5-11, blank row 12, the header repeated at row 13 "
                "(second printed page), rows 14-16. Numbering '1.'..'10.' is text. All positive, no cap.")
    f.short = "all figures typed as text, abbreviated headers, header repeated at row 13"
    return f


# ---------------------------------------------------------------- 10 Dispertan (xls) hidden column + category
def f10():
    f = FB("Dispertan_PK_2024_final", "xls", "Dinas Pertanian", "Pengukuran Kinerja with Kategori", ["fail"])
    ws = f.ws("PK 2024")
    f.w(ws, "A1", "PENGUKURAN KINERJA TAHUN 2024", bold=True)
    f.w(ws, "A2", "DINAS PERTANIAN KABUPATEN SUMBAWA BARAT", bold=True)
    f.w(ws, "A3", "Kategori capaian: >= 91 Sangat Tinggi; 76-90 Tinggi; 66-75 Sedang; 51-65 Rendah; <= 50 Sangat Rendah")
    f.hdr(ws, "A5", "No", "A6"); f.hdr(ws, "B5", "Sasaran", "B6"); f.hdr(ws, "C5", "Indikator Kinerja", "C6")
    f.hdr(ws, "D5", "Satuan", "D6"); f.hdr(ws, "E5", "Target 2024", "E6"); f.hdr(ws, "F5", "Realisasi TW III", "F6")
    f.hdr(ws, "G5", "Realisasi 2024", "G6"); f.hdr(ws, "H5", "Capaian", "I5"); f.hdr(ws, "H6", "%"); f.hdr(ws, "I6", "Kategori")
    rows = {
        7: ("Meningkatnya produksi dan produktivitas pertanian", "Produksi padi", "ton", "265000", "271430", "198600"),
        8: (None, "Produksi jagung", "ton", "410000", "356250", "301000"),
        9: (None, "Produktivitas padi", "kw/ha", "52.4", "50.1", "49.8"),
        10: ("Meningkatnya kesejahteraan petani", "Nilai Tukar Petani (NTP)", "indeks", "108", "99.8", "101.2"),
        11: (None, "Persentase kelompok tani yang naik kelas", "%", "20", "13", "9"),
        12: (None, "Populasi sapi", "ekor", "98500", "97910", "96400"),
        13: (None, "Luas areal tanam jagung yang difasilitasi benih", "ha", "12000", "9150", "7300"),
        16: (None, "Jumlah petani milenial yang dibina", "orang", "150", "152", "110"),
    }
    n = 0
    for row, (sas, nm, un, t, r, old) in rows.items():
        n += 1
        f.w(ws, f"A{row}", n, box=True)
        if sas:
            f.w(ws, f"B{row}", sas, box=True, align=WRAP)
        f.w(ws, f"C{row}", nm, box=True, align=WRAP); f.w(ws, f"D{row}", un, box=True)
        fm = "#,##0.00" if "." in t + r else "#,##0"
        f.w(ws, f"E{row}", float(t), fm, box=True); f.w(ws, f"F{row}", float(old), fm, box=True)
        f.w(ws, f"G{row}", float(r), fm, box=True)
        ex = pos(t, r); expr = E_pos(f"G{row}", f"E{row}")
        f.w(ws, f"H{row}", float(q(ex)), "0.00", box=True)
        f.chk(ws, f"H{row}", expr)
        f.ind(ws, row, nm, f"E{row}", f"G{row}", t, r)
        if row == 10:
            f.w(ws, f"I{row}", "Tinggi", box=True)
            f.mistake(ws, f"I{row}", "wrong_category", cat(ex),
                      f"99,8 / 108 x 100 = {ex:.4f} -> 92.41, which is >= 91: Sangat Tinggi, not Tinggi",
                      f"CAT({expr})", mode="cat")
        else:
            f.w(ws, f"I{row}", cat(ex), box=True)
            f.chk(ws, f"I{row}", f"CAT({expr})", mode="cat")
            f.clean(ws, row)
    f.trap(ws, "I11", "category_boundary", "13 / 20 x 100 = 65.00 -> Rendah (51-65) is right", f"CAT({E_pos('G11', 'E11')})", mode="cat")
    f.trap(ws, "I13", "category_boundary", "9150 / 12000 x 100 = 76.25 -> Tinggi (76-90) is right", f"CAT({E_pos('G13', 'E13')})", mode="cat")
    f.trap(ws, "G7", "hidden_column_old_values",
           "hidden column F 'Realisasi TW III' holds last quarter's figures (198.600); the year's realisasi is G (271.430)")
    # hidden rows 14-15: a dropped draft indicator, internally consistent
    f.w(ws, "C14", "Luas tambah tanam padi (dihapus, diganti indikator petani milenial)"); f.w(ws, "D14", "ha")
    f.w(ws, "E14", 9500.0, "#,##0"); f.w(ws, "F14", 7100.0, "#,##0"); f.w(ws, "G14", 9310.0, "#,##0")
    f.w(ws, "H14", 98.0, "0.00"); f.w(ws, "I14", "Sangat Tinggi")
    f.w(ws, "C15", "(draft) catatan: data BPS belum rilis")
    f.hide_row(ws, 14); f.hide_row(ws, 15)
    f.hide_col(ws, "F")
    f.w(ws, "G19", "Taliwang, 17 Januari 2025"); f.w(ws, "G20", "Kepala Dinas Pertanian")
    f.w(ws, "G24", "Ir. KHAIRUL ANWAR", bold=True)
    f.widths(ws, {"A": 4, "B": 26, "C": 40, "D": 8, "E": 12, "F": 12, "G": 12, "H": 9, "I": 14})
    f.layout = ("Legacy .xls, sheet 'PK 2024'. Title A1:A2, category scale written in A3. Header rows 5-6 (H:I 'Capaian' "
                "merged over % and Kategori). Columns: A No, B Sasaran (only on the first row of each sasaran, blank = same "
                "as above), C Indikator, D Satuan, E Target 2024, F 'Realisasi TW III' (HIDDEN column, old quarter "
                "values), G Realisasi 2024, H %, I Kategori. Data rows 7-13 and 16; rows 14-15 are HIDDEN and hold a dropped "
                "draft indicator (internally consistent: 9310/9500 = 98.00, Sangat Tinggi) that is not part of the key's "
                "indicators. Numbers are numbers (#,##0 / #,##0.00). All positive, no cap.")
    f.short = "hidden old-value column between Target and Realisasi, hidden draft rows, Kategori column"
    return f


# ---------------------------------------------------------------- 11 Disperindag E.81 15-col (ods)
def f11():
    f = FB("Evaluasi RKPD Disperindag TW4 2024", "ods", "Dinas Perindustrian dan Perdagangan",
           "Permendagri 86/2017 E.81 (15 kolom + Satuan numbered)", ["fail"])
    ws = f.ws("Evaluasi TW IV")
    f.w(ws, "A1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KABUPATEN SUMBAWA BARAT", bold=True)
    f.w(ws, "A2", "RENJA DINAS PERINDUSTRIAN DAN PERDAGANGAN")
    f.w(ws, "A3", "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2024")
    f.w(ws, "A4", "Indikator dan target kinerja PD yang mengacu pada sasaran RKPD : Meningkatnya daya saing industri dan perdagangan")
    f.hdr(ws, "A6", "No", "A7"); f.hdr(ws, "B6", "Sasaran", "B7"); f.hdr(ws, "C6", "Program / Kegiatan", "C7")
    f.hdr(ws, "D6", "Indikator Kinerja Program (outcome) / Kegiatan (output)", "D7"); f.hdr(ws, "E6", "Satuan", "E7")
    groups = [("F", "G", "Target Renstra PD Tahun 2026"), ("H", "I", "Realisasi Capaian Renstra s/d Renja Tahun Lalu"),
              ("J", "K", "Target Renja PD Tahun 2024"), ("L", "M", "Triwulan I"), ("N", "O", "Triwulan II"),
              ("P", "Q", "Triwulan III"), ("R", "S", "Triwulan IV"),
              ("T", "U", "Realisasi Capaian Kinerja dan Anggaran Renja yang dievaluasi"),
              ("V", "W", "Realisasi Kinerja dan Anggaran Renstra s/d Tahun 2024"),
              ("X", "Y", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s/d Tahun 2024 (%)")]
    for k, rp, h in groups:
        f.hdr(ws, f"{k}6", h, f"{rp}6"); f.hdr(ws, f"{k}7", "K"); f.hdr(ws, f"{rp}7", "Rp")
    f.hdr(ws, "Z6", "Unit PD Penanggung Jawab", "Z7")
    nums = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13 = 9+10+11+12", "14 = 7 + 13", "15 = 14/6 x 100", "16"]
    cols = ["A", "B", "C", "D", "E", ("F", "G"), ("H", "I"), ("J", "K"), ("L", "M"), ("N", "O"), ("P", "Q"), ("R", "S"),
            ("T", "U"), ("V", "W"), ("X", "Y"), "Z"]
    for nm_, c in zip(nums, cols):
        if isinstance(c, tuple):
            ws.merge_cells(f"{c[0]}8:{c[1]}8"); f.w(ws, f"{c[0]}8", nm_, box=True, align=CENTER)
        else:
            f.w(ws, f"{c}8", nm_, box=True, align=CENTER)
    R = {
        10: ("1", "Program Perizinan dan Pendaftaran Perusahaan", "Jumlah NIB sektor perdagangan yang diterbitkan", "izin",
             2500, 1320, 520, [110, 140, 150, 160], None),
        11: ("", "Penerbitan Rekomendasi Izin Usaha Perdagangan", "Jumlah rekomendasi izin yang diterbitkan", "dokumen",
             300, 172, 60, [12, 15, 18, 17], (1150000000, 612400000, 235000000, [41200000, 58750000, 60300000, 69115000])),
        12: ("2", "Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting",
             "Jumlah laporan pemantauan harga bapok", "laporan", 260, 156, 52, [13, 13, 13, 13], None),
        13: ("", "Pelaksanaan Operasi Pasar / Pasar Murah", "Jumlah operasi pasar / pasar murah", "kali",
             60, 35, 12, [2, 3, 4, 5], (2400000000, 1310000000, 480000000, [52000000, 98500000, 141250000, 176900000])),
        14: ("3", "Program Pengembangan Industri", "Jumlah IKM yang difasilitasi sertifikasi halal", "IKM",
             400, 205, 90, [10, 25, 30, 31], None),
        15: ("", "Pembinaan Industri Kecil dan Menengah", "Jumlah IKM yang mengikuti pelatihan", "IKM",
             750, 421, 150, [0, 60, 45, 50], (3300000000, 1820500000, 690000000, [0, 215400000, 188600000, 251750000])),
    }
    prog = {10: 11, 12: 13, 14: 15}
    rp = {}
    for row, v in R.items():
        if v[8]:
            ren, sdv, t, tw = v[8]
            rp[row] = dict(G=ren, I=sdv, K=t, M=tw[0], O=tw[1], Q=tw[2], S=tw[3])
    for row, p in prog.items():
        rp[row] = dict(rp[p])
    for row, (no, nm, indn, un, renK, sdK, tK, tw, _) in R.items():
        f.w(ws, f"A{row}", no, box=True)
        f.w(ws, f"C{row}", nm, bold=bool(no), box=True, align=WRAP)
        f.w(ws, f"D{row}", indn, box=True, align=WRAP); f.w(ws, f"E{row}", un, box=True)
        for col, val in zip("FHJLNPR", [renK, sdK, tK] + tw):
            f.w(ws, f"{col}{row}", val, "#,##0", box=True)
        for col, val in rp[row].items():
            f.w(ws, f"{col}{row}", val, "#,##0", box=True)
        real = sum(tw); realRp = rp[row]["M"] + rp[row]["O"] + rp[row]["Q"] + rp[row]["S"]
        f.w(ws, f"T{row}", real, "#,##0", box=True); f.w(ws, f"U{row}", realRp, "#,##0", box=True)
        f.chk(ws, f"T{row}", E_sum([f"L{row}", f"N{row}", f"P{row}", f"R{row}"]))
        f.chk(ws, f"U{row}", E_sum([f"M{row}", f"O{row}", f"Q{row}", f"S{row}"]))
        f.w(ws, f"V{row}", sdK + real, "#,##0", box=True); f.w(ws, f"W{row}", rp[row]["I"] + realRp, "#,##0", box=True)
        f.chk(ws, f"V{row}", E_sum([f"H{row}", f"T{row}"])); f.chk(ws, f"W{row}", E_sum([f"I{row}", f"U{row}"]))
        exk = pos(renK, sdK + real); exr = pos(rp[row]["G"], rp[row]["I"] + realRp)
        f.w(ws, f"Y{row}", float(q(exr)), "0.00", box=True); f.chk(ws, f"Y{row}", E_pos(f"W{row}", f"G{row}"))
        if row == 13:
            f.w(ws, f"X{row}", 58.33, "0.00", box=True)
            f.mistake(ws, f"X{row}", "wrong_renstra_pct", s2(exk),
                      f"col 15 = col 14 / col 6 x 100 = 49 / 60 x 100 = {exk:.4f} -> 81.67; 58.33 written = 35/60 (last year's col 7 used)",
                      E_pos(f"V{row}", f"F{row}"))
        else:
            f.w(ws, f"X{row}", float(q(exk)), "0.00", box=True); f.chk(ws, f"X{row}", E_pos(f"V{row}", f"F{row}"))
            f.clean(ws, row)
        f.w(ws, f"Z{row}", "Disperindag", box=True)
        f.ind(ws, row, indn, f"J{row}", f"T{row}", tK, real, "target = col 8 (J), realisasi = col 13 (T); no % of the year in this scheme")
    ws.merge_cells("B10:B15"); f.w(ws, "B10", "Meningkatnya daya saing industri dan perdagangan daerah", box=True, align=WRAP)
    f.trap(ws, "T12", "equal_quarters", "13+13+13+13 = 52 weekly price reports: quarters add up to the year")
    f.trap(ws, "G10", "program_rp_equals_single_kegiatan", "each program has one kegiatan, so program Rp = kegiatan Rp")
    f.w(ws, "C18", "Faktor pendorong : dukungan DAK dan koordinasi TPID")
    f.w(ws, "C19", "Faktor penghambat : fluktuasi harga beras dan cabai")
    f.w(ws, "C20", "Tindak lanjut : memperbanyak pasar murah menjelang HBKN")
    f.w(ws, "C22", "Disusun, Kepala Disperindag"); f.w(ws, "C26", "H. MUHAMMAD SALEH, S.E., M.M.", bold=True)
    f.w(ws, "T22", "Dievaluasi, Kepala Bapperida"); f.w(ws, "T26", "Ir. LALU HASBULLAH, M.T.", bold=True)
    f.widths(ws, {"A": 4, "B": 16, "C": 30, "D": 34, "E": 9})
    f.layout = ("OpenDocument, sheet 'Evaluasi TW IV'. Permendagri 86/2017 form in the 15-column scheme with a numbered "
                "Satuan column, so every number shifts (Deli Serdang style): row 8 reads 1 No, 2 Sasaran, 3 Program/"
                "Kegiatan, 4 Indikator, 5 Satuan, 6 Target Renstra (F/G), 7 realisasi s.d. tahun lalu (H/I), 8 target 2024 "
                "(J/K), 9-12 TW I-IV (L/M..R/S), '13 = 9+10+11+12' (T/U), '14 = 7 + 13' (V/W), '15 = 14/6 x 100' (X/Y), "
                "16 Unit PD (Z). Header rows 6-7 (K/Rp pairs), row 9 empty, data rows 10-15 (programs 10, 12, 14 each "
                "followed by one kegiatan), all typed values (no formulas). There is no 'capaian tahun ini' column. "
                "Factors C18:C20, signatures from row 22.")
    f.short = "E.81 15-col scheme + numbered Satuan (shifted numbers), no year capaian column"
    return f
