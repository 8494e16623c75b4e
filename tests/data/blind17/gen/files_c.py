"""Files 12-19."""
from common import *

NONTABLE = ["unreadable"]


# ---------------------------------------------------------------- 12 cover letter
def f12():
    f = FB("SURAT PENGANTAR LKJIP Diskominfotik", "xlsx", "Dinas Kominfo dan Statistik", "cover letter (not a table)", NONTABLE)
    ws = f.ws("Surat")
    lines = {
        "B1": "PEMERINTAH KABUPATEN SUMBAWA BARAT",
        "B2": "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK",
        "B3": "Jalan Bung Karno No. 5 Komplek KTC Taliwang, Telp. (0372) 8281234",
        "F5": "Taliwang, 28 Januari 2025",
        "B7": "Nomor", "C7": ": 050/117/Diskominfotik/I/2025",
        "B8": "Sifat", "C8": ": Penting",
        "B9": "Lampiran", "C9": ": 1 (satu) berkas",
        "B10": "Perihal", "C10": ": Penyampaian LKjIP dan Pengukuran Kinerja Tahun 2024",
        "F12": "Kepada Yth.", "F13": "Kepala Bapperida Kabupaten Sumbawa Barat", "F14": "di -", "F15": "    Taliwang",
        "C17": "Dalam rangka pelaksanaan Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP, bersama ini kami",
        "C18": "sampaikan Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Kominfotik Tahun 2024 beserta",
        "C19": "Pengukuran Kinerja, dengan capaian rata-rata 97,85% dari 9 (sembilan) indikator kinerja.",
        "C21": "Demikian disampaikan, atas perhatiannya diucapkan terima kasih.",
        "F24": "KEPALA DINAS KOMUNIKASI, INFORMATIKA", "F25": "DAN STATISTIK,",
        "F29": "AHMAD FAUZI, S.Kom., M.T.", "F30": "Pembina Tk. I (IV/b)", "F31": "NIP. 19790611 200501 1 012",
        "B34": "Tembusan:", "B35": "1. Bupati Sumbawa Barat (sebagai laporan);", "B36": "2. Inspektur Kabupaten Sumbawa Barat.",
    }
    for c, v in lines.items():
        f.w(ws, c, v, bold=c in ("B1", "B2", "F29"))
    f.widths(ws, {"A": 3, "B": 12, "C": 40, "D": 10, "E": 4, "F": 40})
    f.layout = ("A cover letter (surat pengantar) laid out in cells on sheet 'Surat': letterhead B1:B3, number/subject "
                "lines B7:C10, addressee F12:F15, body C17:C21 (mentions 97,85 % and 9 indicators in prose), signature "
                "F24:F31, tembusan B34:B36. No table at all.")
    f.short = "cover letter in cells"
    return f


# ---------------------------------------------------------------- 13 DPA (budget only)
def f13():
    f = FB("DPA BPKAD 2024 rincian belanja", "xlsx", "BPKAD", "DPA rincian belanja (budget, no indicators)", NONTABLE)
    ws = f.ws("DPA-SKPD 2.2")
    f.w(ws, "A1", "DOKUMEN PELAKSANAAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (DPA-SKPD)", bold=True)
    f.w(ws, "A2", "Pemerintah Kabupaten Sumbawa Barat Tahun Anggaran 2024")
    f.w(ws, "A3", "Urusan Pemerintahan : 5.02 - KEUANGAN")
    f.w(ws, "A4", "Organisasi : 5.02.0.00.0.00.01.0000 - Badan Pengelolaan Keuangan dan Aset Daerah")
    f.w(ws, "A5", "Sub Kegiatan : 5.02.02.2.01.0001 - Penyusunan Rancangan Peraturan Daerah tentang APBD")
    heads = ["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga (Rp)", "PPN", "Jumlah (Rp)"]
    for col, h in zip("ABCDEFG", heads):
        f.hdr(ws, f"{col}7", h)
    items = [
        ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", None, None, None),
        (None, "Kertas HVS A4 80 gram", 120, "rim", 58500),
        (None, "Tinta printer", 24, "botol", 125000),
        ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", None, None, None),
        (None, "Nasi kotak rapat TAPD", 850, "kotak", 35000),
        (None, "Snack rapat", 850, "kotak", 15000),
        ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", None, None, None),
        (None, "Konsultasi APBD ke Provinsi NTB (3 org x 4 kali)", 12, "OK", 2350000),
        ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", None, None, None),
        (None, "Honorarium tim penyusun Raperda APBD", 11, "OB", 1800000),
    ]
    row = 8
    start_sub = None
    for kode, ur, k, sat, h in items:
        if kode:
            f.w(ws, f"A{row}", kode, bold=True); f.w(ws, f"B{row}", ur, bold=True)
        else:
            f.w(ws, f"B{row}", "   " + ur); f.w(ws, f"C{row}", k); f.w(ws, f"D{row}", sat)
            f.w(ws, f"E{row}", h, "#,##0"); f.w(ws, f"F{row}", 0, "#,##0"); f.w(ws, f"G{row}", k * h, "#,##0")
        row += 1
    tot = sum(k * h for kode, ur, k, sat, h in items if not kode)
    f.w(ws, f"B{row + 1}", "JUMLAH", bold=True); f.w(ws, f"G{row + 1}", tot, "#,##0", bold=True)
    f.w(ws, f"B{row + 3}", "Rencana penarikan dana per triwulan:")
    for i, v in enumerate([0.15, 0.35, 0.30, 0.20]):
        f.w(ws, f"B{row + 4 + i}", f"Triwulan {['I', 'II', 'III', 'IV'][i]}"); f.w(ws, f"G{row + 4 + i}", round(tot * v), "#,##0")
    f.w(ws, f"E{row + 10}", "Taliwang, 2 Januari 2025"); f.w(ws, f"E{row + 11}", "Pejabat Pengelola Keuangan Daerah")
    f.w(ws, f"E{row + 15}", "Drs. HAMDAN, M.Ak", bold=True)
    f.widths(ws, {"A": 20, "B": 52, "C": 10, "D": 8, "E": 14, "F": 6, "G": 16})
    f.layout = ("DPA budget sheet 'DPA-SKPD 2.2': identity lines A1:A5, header row 7 (Kode Rekening, Uraian, Koefisien, "
                "Satuan, Harga, PPN, Jumlah), account lines and item lines from row 8, a JUMLAH line, a quarterly "
                "disbursement plan and signature. Only money; no indicator, no target/realisasi/capaian.")
    f.short = "DPA rincian belanja: money only"
    return f


# ---------------------------------------------------------------- 14 staff list (xls)
def f14():
    f = FB("daftar pegawai Satpol PP per Des 2024", "xls", "Satpol PP dan Damkar", "staff list (not a table of indicators)", NONTABLE)
    ws = f.ws("Pegawai")
    f.w(ws, "A1", "DAFTAR NOMINATIF PEGAWAI SATPOL PP DAN DAMKAR KAB. SUMBAWA BARAT", bold=True)
    f.w(ws, "A2", "Keadaan per 31 Desember 2024")
    heads = ["No", "Nama", "NIP", "Pangkat/Gol", "Jabatan", "Pendidikan", "Masa Kerja (th)", "Umur"]
    for col, h in zip("ABCDEFGH", heads):
        f.hdr(ws, f"{col}4", h)
    people = [
        ("SUHARDIMAN, S.H.", "19750304 200003 1 007", "Pembina (IV/a)", "Kepala Satuan", "S1 Hukum", 24, 49),
        ("NI KETUT SURYANI, S.E.", "19800912 200604 2 011", "Penata Tk. I (III/d)", "Sekretaris", "S1 Ekonomi", 18, 44),
        ("MUHAMMAD ISNAINI", "19830115 201001 1 004", "Penata Muda Tk. I (III/b)", "Kabid Tibum", "S1", 14, 41),
        ("LALU SAPARWADI", "19860720 201101 1 002", "Pengatur (II/c)", "Pol PP Pelaksana", "SMA", 13, 38),
        ("RINI ANGGRAENI", "19900502 201503 2 003", "Pengatur Muda Tk. I (II/b)", "Pol PP Pelaksana", "SMA", 9, 34),
        ("AHMAD JAYADI", "19880809 201503 1 006", "Pengatur (II/c)", "Petugas Damkar", "SMA", 9, 36),
        ("SRI WAHYUNI, A.Md", "19920228 201902 2 005", "Pengatur (II/c)", "Pengadministrasi Umum", "D3", 5, 32),
        ("FATHURRAHMAN", "19950611 202012 1 001", "Pengatur Muda (II/a)", "Petugas Damkar", "SMA", 4, 29),
    ]
    for i, p in enumerate(people):
        row = 5 + i
        f.w(ws, f"A{row}", i + 1)
        for col, val in zip("BCDEFGH", p):
            f.w(ws, f"{col}{row}", val)
    f.w(ws, "B15", "Jumlah pegawai: 8 orang (PNS), 46 orang PPPK/tenaga kontrak tidak dicantumkan")
    f.widths(ws, {"A": 4, "B": 28, "C": 24, "D": 24, "E": 24, "F": 12, "G": 10, "H": 6})
    f.layout = ("Legacy .xls, sheet 'Pegawai': staff list, title A1:A2, header row 4 (No, Nama, NIP, Pangkat/Gol, Jabatan, "
                "Pendidikan, Masa Kerja, Umur), rows 5-12, a count line B15. Numbers (masa kerja, umur) but no indicator, "
                "target or realisasi.")
    f.short = "staff list"
    return f


# ---------------------------------------------------------------- 15 empty template (ods)
def f15():
    f = FB("Template PK 2025 (kosong)", "ods", "Bapperida (template for OPDs)", "empty Pengukuran Kinerja template",
           ["unreadable", "pass", "pass_with_warnings"])
    ws = f.ws("Form PK")
    f.w(ws, "A1", "PENGUKURAN KINERJA PERANGKAT DAERAH TAHUN 2025", bold=True)
    f.w(ws, "A2", "Nama Perangkat Daerah : ........................................")
    for col, h in zip("ABCDEFGH", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
                                   "Capaian (%)", "Keterangan"]):
        f.hdr(ws, f"{col}4", h)
    for i, col in enumerate("ABCDEFGH"):
        f.w(ws, f"{col}5", f"({i + 1})", box=True, align=CENTER)
    for row in range(6, 16):
        for col in "ABCDEFGH":
            f.w(ws, f"{col}{row}", None, box=True)
    f.w(ws, "A17", "Petunjuk: kolom (7) diisi = (6) / (5) x 100; indikator negatif gunakan (2x(5)-(6))/(5) x 100")
    f.w(ws, "F19", "................, ................ 2026"); f.w(ws, "F20", "Kepala Perangkat Daerah")
    f.widths(ws, {"A": 4, "B": 30, "C": 40, "D": 8, "E": 10, "F": 10, "G": 11, "H": 20})
    f.layout = ("OpenDocument, sheet 'Form PK': an EMPTY template: title A1:A2, header row 4 (No, Sasaran, Indikator, "
                "Satuan, Target, Realisasi, Capaian (%), Keterangan), numbering row 5, bordered empty rows 6-15, "
                "instructions A17, blank signature. No indicator rows. Accepted verdicts: unreadable (no indicator rows) "
                "or pass / pass_with_warnings (an empty table with nothing wrong); never fail.")
    f.short = "empty template (header only)"
    return f


# ---------------------------------------------------------------- 16 DPUPR sub-indicators, % as fractions, t/r negative
def f16():
    f = FB("PK DPUPR 2024 - sub indikator", "xlsx", "Dinas PUPR", "Pengukuran Kinerja with sub-indicators", ["fail"])
    ws = f.ws("Form PK")
    f.w(ws, "A1", "FORMULIR PENGUKURAN KINERJA", bold=True)
    f.w(ws, "A2", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN SUMBAWA BARAT")
    f.w(ws, "A3", "TAHUN 2024")
    f.w(ws, "A5", "Ket. arah: (+) semakin tinggi semakin baik; (-) semakin rendah semakin baik, capaian = target / realisasi x 100%")
    f.hdr(ws, "A7", "No", "A9"); f.hdr(ws, "B7", "Sasaran / Indikator Kinerja", "B9"); f.hdr(ws, "C7", "Arah", "C9")
    f.hdr(ws, "D7", "Satuan", "D9"); f.hdr(ws, "E7", "Kondisi Awal (2021)", "E9")
    f.hdr(ws, "F7", "Tahun 2024", "H7"); f.hdr(ws, "F8", "Target", "F9"); f.hdr(ws, "G8", "Realisasi", "G9")
    f.hdr(ws, "H8", "Capaian", "H9")
    f.hdr(ws, "I7", "Target Akhir RPJMD (2026)", "I9")
    for i, col in enumerate("ABCDEFGHI"):
        f.w(ws, f"{col}10", i + 1, box=True, align=CENTER)
    P = "0.00%"
    rows = {
        11: ("1", "Meningkatnya kualitas infrastruktur jalan dan jembatan", None),
        12: ("", "a. Persentase panjang jalan kabupaten dalam kondisi mantap", ("+", "%", "61.2", "68.5", "69.87", "75")),
        13: ("", "b. Persentase panjang jalan kabupaten dalam kondisi rusak berat", ("-", "%", "14.8", "9.0", "8.2", "6")),
        14: ("", "c. Jumlah jembatan yang dibangun/direhabilitasi", ("+", "unit", "-", "6", "5", "25")),
        15: ("2", "Meningkatnya layanan air minum dan sanitasi", None),
        16: ("", "Persentase rumah tangga dengan akses layak:", None),
        17: ("", "   a. akses air minum layak", ("+", "%", "78.4", "86", "84.75", "90")),
        18: ("", "   b. akses sanitasi layak", ("+", "%", "70.1", "79", "80.62", "85")),
        19: ("", "   c. Luas kawasan permukiman kumuh", ("-", "Ha", "156.3", "98.0", "104.6", "60")),
        20: ("3", "Meningkatnya kepatuhan pemanfaatan ruang", None),
        21: ("", "a. Persentase kesesuaian pemanfaatan ruang", ("+", "%", "-", "80", "82.5", "90")),
        22: ("", "b. Jumlah dokumen RDTR yang ditetapkan", ("+", "dokumen", "0", "2", "1", "6")),
    }
    for row, (no, nm, v) in rows.items():
        f.w(ws, f"A{row}", no, box=True); f.w(ws, f"B{row}", nm, bold=v is None, box=True, align=WRAP)
        if v is None:
            continue
        ar, un, ka, t, r, ren = v
        f.w(ws, f"C{row}", f"({ar})", box=True, align=CENTER); f.w(ws, f"D{row}", un, box=True)
        fm = "0.00" if un in ("%", "Ha") else "0"
        f.w(ws, f"E{row}", "-" if ka == "-" else float(ka), fm, box=True)
        f.w(ws, f"F{row}", float(t), fm, box=True); f.w(ws, f"G{row}", float(r), fm, box=True)
        f.w(ws, f"I{row}", float(ren), fm, box=True)
        if ar == "-":
            ex = negtr(t, r); expr = E_negtr(f"F{row}", f"G{row}")
        else:
            ex = pos(t, r); expr = E_pos(f"G{row}", f"F{row}")
        f.ind(ws, row, nm.strip(), f"F{row}", f"G{row}", t, r, "capaian stored as fraction under 0.00%")
        if row == 18:
            f.w(ws, f"H{row}", 1.025, P, box=True)
            f.mistake(ws, f"H{row}", "wrong_capaian", s2(ex),
                      f"80,62 / 79 x 100 = {ex:.4f} -> 102.05 %; stored 1.025 shows 102.50 % (digits swapped)", expr)
            continue
        f.w(ws, f"H{row}", float(q(ex) / 100), P, box=True)
        f.clean(ws, row)
        if ar == "-":
            f.trap(ws, f"H{row}", "negative_polarity_t_over_r",
                   f"Arah (-), the workbook's stated formula target/realisasi (A5), used on both negative rows: {t}/{r} x 100 = "
                   f"{s2(ex)}; the default (2T-R)/T would give {s2(neg2(t, r))}", expr)
        else:
            f.chk(ws, f"H{row}", expr)
    f.trap(ws, "H12", "percent_format_fraction", "1.02 under 0.00% is 102.00 % (69,87 / 68,5): the correct convention, not a fraction error",
           E_pos("G12", "F12"))
    f.trap(ws, "H22", "low_capaian", "1 / 2 = 50.00 %: low but right", E_pos("G22", "F22"))
    f.w(ws, "F25", "Taliwang, 22 Januari 2025"); f.w(ws, "F26", "Kepala Dinas PUPR")
    f.w(ws, "F30", "I GUSTI NGURAH PUTRA, S.T., M.T.", bold=True)
    f.widths(ws, {"A": 4, "B": 52, "C": 6, "D": 8, "E": 12, "F": 10, "G": 10, "H": 11, "I": 14})
    f.layout = ("Sheet 'Form PK'. Title A1:A3, polarity rule in A5 (negative: target / realisasi x 100). Three header rows "
                "7-9 (A No, B Sasaran/Indikator, C Arah, D Satuan, E Kondisi Awal (2021) merged down; F:H 'Tahun 2024' over "
                "F Target, G Realisasi, H Capaian; I Target Akhir RPJMD (2026)), numbering row 10 (1..9). Sasaran heading "
                "rows 11, 15, 20 (no figures); sub-indicators a./b./c. in rows 12-14, 17-19, 21-22; row 16 is a parent "
                "indicator with no figures of its own (its children 17-19 carry them). Target/realisasi are plain numbers "
                "in percent points; the Capaian column H stores fractions under 0.00% (1.02 = 102.00 %). Kondisi awal "
                "column E (numbers or '-') sits just left of the target. Negative rows 13 and 19 ('(-)') use target/realisasi "
                "consistently. No cap.")
    f.short = "3 header rows, sub-indicators a./b./c., Kondisi Awal before Target, capaian as fraction %, negative t/r"
    return f


# ---------------------------------------------------------------- 17 Kecamatan clean with formulas
def f17():
    f = FB("Pengukuran Kinerja Kecamatan Taliwang 2024", "xlsx", "Kecamatan Taliwang", "Pengukuran Kinerja (formulas)",
           ["pass", "pass_with_warnings"], formulas=True)
    ws = f.ws("Lap. Kinerja")
    f.w(ws, "B1", "LAPORAN PENGUKURAN KINERJA", bold=True)
    f.w(ws, "B2", "KECAMATAN TALIWANG KABUPATEN SUMBAWA BARAT TAHUN 2024", bold=True)
    txt = ["I. DASAR HUKUM", "1. Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP;",
           "2. Permenpan RB Nomor 53 Tahun 2014;", "3. Peraturan Bupati Sumbawa Barat tentang Perjanjian Kinerja 2024.",
           "", "II. GAMBARAN UMUM", "Kecamatan Taliwang terdiri dari 15 desa/kelurahan dengan jumlah penduduk 61.842 jiwa.",
           "Pada tahun 2024 kecamatan menetapkan 8 indikator kinerja sebagaimana tabel berikut.", "",
           "III. PENGUKURAN KINERJA", "Capaian dihitung = Hasil / Nilai Target x 100. Indikator predikat dinilai 100 apabila",
           "predikat yang diperoleh sama atau lebih tinggi dari target.", "", "Tabel 1. Pengukuran Kinerja Tahun 2024", "", ""]
    for i, t in enumerate(txt):
        if t:
            f.w(ws, f"B{4 + i}", t)
    hr = 20
    for col, h in zip("BCDEFGHI", ["No.", "Sasaran", "Indikator", "Satuan", "Nilai Target", "Hasil", "Persentase Capaian",
                                   "Keterangan"]):
        f.hdr(ws, f"{col}{hr}", h)
    rows = [
        ("Meningkatnya kualitas pelayanan publik kecamatan", "Persentase pelayanan PATEN sesuai SOP", "%", "95", "96.4"),
        (None, "Indeks Kepuasan Masyarakat terhadap layanan PATEN", "indeks", "82.5", "84.03"),
        ("Meningkatnya kualitas penyelenggaraan pemerintahan desa", "Jumlah musrenbang desa/kelurahan yang difasilitasi", "desa", "15", "15"),
        (None, "Persentase desa dengan APBDes ditetapkan tepat waktu", "%", "100", "93.33"),
        ("Meningkatnya ketenteraman dan ketertiban umum", "Jumlah kegiatan ketenteraman dan ketertiban umum", "kegiatan", "24", "31"),
        ("Meningkatnya akuntabilitas kinerja kecamatan", "Nilai SAKIP Kecamatan", "predikat", "B", "BB"),
        (None, "Tersedianya dokumen Renja Kecamatan tepat waktu", "dokumen", "Tersedia", "Tersedia"),
        (None, "Persentase sengketa batas desa yang diselesaikan", "%", "0", "-"),
    ]
    for i, (sas, nm, un, t, r) in enumerate(rows):
        row = hr + 1 + i
        f.w(ws, f"B{row}", i + 1, box=True)
        f.w(ws, f"C{row}", sas, box=True, align=WRAP); f.w(ws, f"D{row}", nm, box=True, align=WRAP)
        f.w(ws, f"E{row}", un, box=True)
        f.clean(ws, row)
        if un == "predikat":
            f.w(ws, f"F{row}", t, box=True); f.w(ws, f"G{row}", r, box=True)
            f.w(ws, f"H{row}", 100, "0.00", box=True); f.w(ws, f"I{row}", "predikat melampaui target", box=True)
            f.ind(ws, row, nm, f"F{row}", f"G{row}", None, None, "grade: target B, realisasi BB")
            f.trap(ws, f"H{row}", "grade_indicator", "realisasi BB is above target B: 100 is right")
            continue
        if un == "dokumen":
            f.w(ws, f"F{row}", t, box=True); f.w(ws, f"G{row}", r, box=True)
            f.w(ws, f"H{row}", 100, "0.00", box=True)
            f.ind(ws, row, nm, f"F{row}", f"G{row}", None, None, "qualitative Tersedia/Tersedia")
            f.trap(ws, f"H{row}", "qualitative_indicator", "'Tersedia' against 'Tersedia': achieved, 100")
            continue
        if t == "0":
            f.w(ws, f"F{row}", 0, "0", box=True); f.w(ws, f"G{row}", "-", box=True, align=CENTER)
            f.w(ws, f"H{row}", "-", box=True, align=CENTER); f.w(ws, f"I{row}", "tidak ditargetkan tahun 2024", box=True)
            f.ind(ws, row, nm, f"F{row}", f"G{row}", "0", "0", "target 0, realisasi '-'")
            f.trap(ws, f"H{row}", "target_zero_dash", "target 0, realisasi '-', capaian '-': nothing to compute, right",
                   f"V('F{row}')", mode="dash")
            continue
        fm = "0.00" if "." in t + r or un == "%" else "0"
        f.w(ws, f"F{row}", float(t), fm, box=True); f.w(ws, f"G{row}", float(r), fm, box=True)
        f.w(ws, f"H{row}", f"=ROUND(G{row}/F{row}*100,2)", "0.00", box=True)
        f.chk(ws, f"H{row}", E_pos(f"G{row}", f"F{row}"))
        f.ind(ws, row, nm, f"F{row}", f"G{row}", t, r)
    f.w(ws, "B31", "IV. ANALISIS: capaian indikator APBDes belum optimal karena 1 desa terlambat menetapkan APBDes.")
    f.w(ws, "G33", "Taliwang, 13 Januari 2025"); f.w(ws, "G34", "Camat Taliwang")
    f.w(ws, "G38", "SYAFRUDDIN, S.STP., M.Si", bold=True)
    f.widths(ws, {"A": 2, "B": 6, "C": 30, "D": 44, "E": 9, "F": 11, "G": 10, "H": 12, "I": 26})
    f.layout = ("Sheet 'Lap. Kinerja': a narrative preamble B1:B17 (report chapters, in prose, with numbers such as 61.842 "
                "jiwa), the table starting at B20 with unusual headers: B 'No.', C Sasaran (blank = same as above), D "
                "Indikator, E Satuan, F 'Nilai Target', G 'Hasil' (= realisasi), H 'Persentase Capaian' "
                "(=ROUND(G/F*100,2) formulas with cached values from LibreOffice), I Keterangan. Rows 21-28: a grade row "
                "(B vs BB, 100 typed), a qualitative row (Tersedia/Tersedia, 100 typed), a zero-target row with '-' "
                "realisasi and '-' capaian. Analysis line B31, signature G33:G38. CLEAN file.")
    f.short = "long preamble, table at B20, headers 'Nilai Target'/'Hasil'/'Persentase Capaian', formulas; clean"
    return f


# ---------------------------------------------------------------- 18 Inspektorat clean (xls)
def f18():
    f = FB("Inspektorat - Capaian Kinerja 2024 (FINAL)", "xls", "Inspektorat Daerah",
           "Capaian kinerja + Renstra + anggaran", ["pass", "pass_with_warnings"])
    ws = f.ws("Capaian")
    f.w(ws, "A1", "CAPAIAN KINERJA INSPEKTORAT DAERAH KABUPATEN SUMBAWA BARAT", bold=True)
    f.w(ws, "A2", "TAHUN 2024")
    f.hdr(ws, "A4", "No", "A5"); f.hdr(ws, "B4", "Indikator Kinerja", "B5"); f.hdr(ws, "C4", "Satuan", "C5")
    f.hdr(ws, "D4", "Target Akhir Renstra (2026)", "D5")
    f.hdr(ws, "E4", "Kinerja 2024", "G4"); f.hdr(ws, "E5", "Target"); f.hdr(ws, "F5", "Realisasi"); f.hdr(ws, "G5", "Capaian (%)")
    f.hdr(ws, "H4", "Capaian thd Target Akhir Renstra (%)", "H5")
    f.hdr(ws, "I4", "Anggaran", "K4"); f.hdr(ws, "I5", "Pagu (Rp)"); f.hdr(ws, "J5", "Realisasi (Rp)"); f.hdr(ws, "K5", "Serapan (%)")
    f.hdr(ws, "L4", "Keterangan", "L5")
    rows = [
        ("Persentase tindak lanjut hasil pemeriksaan", "%", "90", "85", "87.5", 2150000000, 2071350000,
         "dari 152 rekomendasi, 133 telah ditindaklanjuti"),
        ("Level maturitas penyelenggaraan SPIP", "level", "3.5", "3.0", "3.12", 485000000, 466215000, "skor 3,12 hasil penilaian BPKP 2024"),
        ("Level kapabilitas APIP (IACM)", "level", "3", "3", "3", 390000000, 371940000, "level 3 (Integrated) sejak 2022"),
        ("Persentase OPD dengan nilai SAKIP minimal BB", "%", "75", "60", "62.86", 612500000, 590180500, "22 dari 35 OPD"),
        ("Jumlah laporan hasil pengawasan (LHP) yang diterbitkan", "LHP", "60", "55", "58", 1240000000, 1198336000,
         "termasuk 6 LHP reviu LKPD dan 4 LHP evaluasi SAKIP"),
    ]
    for i, (nm, un, ren, t, r, pagu, rp, ket) in enumerate(rows):
        row = 6 + i
        f.w(ws, f"A{row}", i + 1, box=True); f.w(ws, f"B{row}", nm, box=True, align=WRAP); f.w(ws, f"C{row}", un, box=True)
        fm = "0.00" if "." in ren + t + r or un == "%" else "0"
        f.w(ws, f"D{row}", float(ren), fm, box=True); f.w(ws, f"E{row}", float(t), fm, box=True)
        f.w(ws, f"F{row}", float(r), fm, box=True)
        ex = pos(t, r); exr = pos(ren, r); exs = pos(pagu, rp)
        f.w(ws, f"G{row}", float(q(ex)), "0.00", box=True); f.chk(ws, f"G{row}", E_pos(f"F{row}", f"E{row}"))
        f.w(ws, f"H{row}", float(q(exr)), "0.00", box=True); f.chk(ws, f"H{row}", E_pos(f"F{row}", f"D{row}"))
        f.w(ws, f"I{row}", pagu, "#,##0", box=True); f.w(ws, f"J{row}", rp, "#,##0", box=True)
        f.w(ws, f"K{row}", float(q(exs)), "0.00", box=True); f.chk(ws, f"K{row}", E_pos(f"J{row}", f"I{row}"))
        f.w(ws, f"L{row}", ket, box=True, align=WRAP)
        f.ind(ws, row, nm, f"E{row}", f"F{row}", t, r)
        f.clean(ws, row)
    n = len(rows)
    tr = 6 + n
    ws.merge_cells(f"A{tr}:H{tr}"); f.w(ws, f"A{tr}", "JUMLAH", bold=True, box=True, align=CENTER)
    tp = sum(x[5] for x in rows); trp = sum(x[6] for x in rows)
    f.w(ws, f"I{tr}", tp, "#,##0", bold=True, box=True); f.chk(ws, f"I{tr}", E_sum([f"I{r}" for r in range(6, tr)]))
    f.w(ws, f"J{tr}", trp, "#,##0", bold=True, box=True); f.chk(ws, f"J{tr}", E_sum([f"J{r}" for r in range(6, tr)]))
    f.w(ws, f"K{tr}", float(q(pos(tp, trp))), "0.00", bold=True, box=True); f.chk(ws, f"K{tr}", E_pos(f"J{tr}", f"I{tr}"))
    f.trap(ws, "L6", "numbers_in_notes", "Keterangan holds numbers (152, 133) in prose; 133/152 = 87,50 % agrees with F6")
    f.trap(ws, "G8", "target_equals_realisasi_level", "level 3 of 3: 100.00", E_pos("F8", "E8"))
    f.trap(ws, "H6", "renstra_progress", "87,5 / 90 x 100 = 97.22 (realisasi 2024 / target akhir)", E_pos("F6", "D6"))
    f.w(ws, "I15", "Taliwang, 21 Januari 2025"); f.w(ws, "I16", "Inspektur,")
    f.w(ws, "I20", "Drs. H. ZULKARNAEN, M.M.", bold=True)
    f.widths(ws, {"A": 4, "B": 44, "C": 7, "D": 12, "E": 9, "F": 9, "G": 10, "H": 14, "I": 15, "J": 15, "K": 9, "L": 36})
    f.layout = ("Legacy .xls, sheet 'Capaian'. Title A1:A2, header rows 4-5: A No, B Indikator, C Satuan, D Target Akhir "
                "Renstra (2026) BEFORE the year's figures, E:G 'Kinerja 2024' over Target / Realisasi / Capaian (%), H "
                "Capaian thd Target Akhir Renstra (%) (= F / D x 100), I:K 'Anggaran' over Pagu / Realisasi / Serapan (%), "
                "L Keterangan with numbers in prose. Rows 6-10, JUMLAH row 11 (budget totals and overall serapan). All "
                "positive, no cap, numbers as numbers. CLEAN file.")
    f.short = "Renstra target before the year's target, budget columns, numeric notes; clean"
    return f


# ---------------------------------------------------------------- 19 DPMD many mistakes
def f19():
    f = FB("Capaian Kinerja Dinas PMD 2024 fix banget", "xlsx", "Dinas Pemberdayaan Masyarakat dan Desa",
           "Pengukuran Kinerja with Kategori, % as fractions", ["fail"])
    ws = f.ws("Pengukuran")
    f.w(ws, "A1", "PENGUKURAN KINERJA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", bold=True)
    f.w(ws, "A2", "KABUPATEN SUMBAWA BARAT - TAHUN 2024", bold=True)
    f.w(ws, "A3", "(versi fix, menggantikan kiriman tgl 20-01-2025)")
    f.hdr(ws, "A5", "No", "A7"); f.hdr(ws, "B5", "Indikator", "B7"); f.hdr(ws, "C5", "Satuan", "C7")
    f.hdr(ws, "D5", "Kondisi Awal", "D6"); f.hdr(ws, "D7", "2021")
    f.hdr(ws, "E5", "Tahun 2024", "H5"); f.hdr(ws, "E6", "Target", "E7"); f.hdr(ws, "F6", "Realisasi", "F7")
    f.hdr(ws, "G6", "Capaian", "H6"); f.hdr(ws, "G7", "%"); f.hdr(ws, "H7", "Kategori")
    P = "0.00%"
    rows = {
        8: "Sasaran: Meningkatnya kemandirian desa",
        9: ("Jumlah desa mandiri", "desa", "3", "8", "9", None),
        10: ("Persentase desa berkembang", "%", "45.5", "60", "58.13", None),
        11: ("Indeks Desa Membangun (IDM) rata-rata", "indeks", "0.6420", "0.7050", "0.6915", "trunc"),
        12: ("Persentase BUMDes aktif", "%", "52.6", "70", "64.2", "frac"),
        13: ("Jumlah desa dengan RPJMDes yang dimutakhirkan", "desa", "20", "57", "57", None),
        15: "Sasaran: Meningkatnya kapasitas aparatur dan kelembagaan desa",
        16: ("Jumlah aparatur desa yang mengikuti peningkatan kapasitas", "orang", "120", "340", "262", "cat"),
        17: ("Persentase desa yang menerapkan Siskeudes online", "%", "40", "100", "100", None),
        18: ("Jumlah kader pemberdayaan masyarakat desa (KPMD) terlatih", "orang", "0", "0", "57", "zero"),
        19: ("Persentase lembaga kemasyarakatan desa yang aktif", "%", "58", "80", "66.4", "wrong"),
        20: ("Jumlah desa yang mendapat pembinaan administrasi pemerintahan desa", "desa", "57", "57", "57", None),
    }
    n = 0
    for row, v in rows.items():
        if isinstance(v, str):
            ws.merge_cells(f"A{row}:H{row}"); f.w(ws, f"A{row}", v, bold=True)
            continue
        n += 1
        nm, un, ka, t, r, mode = v
        f.w(ws, f"A{row}", n, box=True); f.w(ws, f"B{row}", nm, box=True, align=WRAP); f.w(ws, f"C{row}", un, box=True)
        for col, val in zip("DEF", [ka, t, r]):
            if un == "%":
                f.w(ws, f"{col}{row}", float(d(val) / 100), P, box=True)
            elif un == "indeks":
                f.w(ws, f"{col}{row}", float(val), "0.0000", box=True)
            else:
                f.w(ws, f"{col}{row}", int(val), "0", box=True)
        f.ind(ws, row, nm, f"E{row}", f"F{row}", t, r, "percent stored as fraction under 0.00%" if un == "%" else "")
        expr = E_pos(f"F{row}", f"E{row}")
        if mode == "zero":
            f.w(ws, f"G{row}", 1.0, P, box=True); f.w(ws, f"H{row}", "-", box=True)
            f.mistake(ws, f"G{row}", "target_zero_capaian", None,
                      "target 0: capaian undefined; 100,00 % typed (1 under 0.00%)", f"V('E{row}')", mode="zero")
            continue
        ex = pos(t, r)
        f.w(ws, f"H{row}", cat(ex), box=True)
        if mode == "trunc":
            f.w(ws, f"G{row}", float(trunc(ex) / 100), P, box=True)
            f.mistake(ws, f"G{row}", "truncated_capaian", s2(ex),
                      f"0,6915 / 0,7050 x 100 = {ex:.4f} -> 98.09; 98.08 % stored (truncated)", expr)
        elif mode == "frac":
            f.w(ws, f"G{row}", float(q(ex) / 10000), "0.00%", box=True)
            f.mistake(ws, f"G{row}", "fraction_percent", s2(ex),
                      f"64,2 / 70 x 100 = {ex:.4f} -> 91.71 %; stored 0.009171 shows 0.92 % (value / 100)", expr)
        elif mode == "wrong":
            f.w(ws, f"G{row}", 0.88, P, box=True)
            f.mistake(ws, f"G{row}", "wrong_capaian", s2(ex),
                      f"66,4 / 80 x 100 = {ex} -> 83.00 %; 88.00 % stored", expr)
        else:
            f.w(ws, f"G{row}", float(q(ex) / 100), P, box=True)
            f.chk(ws, f"G{row}", expr)
        if mode == "cat":
            f.w(ws, f"H{row}", "Sedang", box=True)
            f.mistake(ws, f"H{row}", "wrong_category", cat(ex),
                      f"262 / 340 x 100 = {ex:.4f} -> 77.06: Tinggi (76-90), not Sedang", f"CAT({expr})", mode="cat")
        else:
            f.chk(ws, f"H{row}", f"CAT({expr})", mode="cat")
        if mode is None:
            f.clean(ws, row)
    f.trap(ws, "G9", "kondisi_awal_column", "Kondisi Awal 2021 (D) precedes Target (E): 9 / 8 = 112.50 %, not 9 / 3",
           E_pos("F9", "E9"))
    f.trap(ws, "G17", "percent_format", "1 under 0.00% = 100.00 % (100 % / 100 %)", E_pos("F17", "E17"))
    f.w(ws, "B23", "Rata-rata capaian tidak dihitung (indikator KPMD tidak ditargetkan).")
    f.w(ws, "F25", "Taliwang, 3 Februari 2025"); f.w(ws, "F26", "Kepala Dinas PMD")
    f.w(ws, "F30", "BAIQ ROSMALA DEWI, S.Sos., M.AP", bold=True)
    f.widths(ws, {"A": 4, "B": 52, "C": 8, "D": 11, "E": 11, "F": 11, "G": 10, "H": 14})
    f.layout = ("Sheet 'Pengukuran'. Title A1:A3. Header over THREE rows 5-7: A No, B Indikator, C Satuan merged down; D "
                "'Kondisi Awal' / '2021'; E:H 'Tahun 2024' over E Target, F Realisasi, G:H 'Capaian' over G % and H "
                "Kategori. Sasaran sub-headings rows 8 and 15 (merged A:H), blank row 14 in the middle, data rows 9-13 and "
                "16-20. Percentage indicators store D/E/F as fractions under 0.00%, the index as 0.0000, counts as 0; the "
                "capaian column G stores fractions under 0.00% throughout. Kategori on the Permendagri scale. All positive, "
                "no cap. Five planted mistakes.")
    f.short = "3 header rows, Kondisi Awal before Target, blank row mid-table, all % as fractions, Kategori"
    return f
