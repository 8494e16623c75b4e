"""Agency 2: UPTD Pengelolaan Rumah Singgah dan Perlindungan Anak, Kota Tirta Lestari, 2021-2024.

Files
  Evaluasi Renja E81 UPTD Rumah Singgah 2021.xlsx   'E81 TW IV 2021' (Permendagri 86 form E.81,
                                                     K/Rp pairs, Deli Serdang numbering)
  RA dan Capaian Rumah Singgah 2022-2023.ods        'RA TW 2022' (T and R rows per indicator),
                                                     'Kumulatif 2023' (s.d. TW cumulative columns)
  Laporan Kinerja UPTD Rumah Singgah 2024.xls       'Capaian IKU 2024' (table turned over: indicators
                                                     across, in two blocks), hidden 'Sheet2'
"""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from common import (ACC, BOLD, CENTER, DASH, GREEN, GREY, NUM0, NUM2, PCT0, PCT1, WRAP, F, Key, N, P,
                    T, TP, TU, agg, box, deliver, idn, merge, put, widths)
from openpyxl.utils import get_column_letter

SLUG = "uptd_rumah_singgah_kota_tirta_lestari"
AGENCY = "UPTD Pengelolaan Rumah Singgah dan Perlindungan Anak Kota Tirta Lestari"
K = Key(SLUG, AGENCY, [2021, 2022, 2023, 2024])
K.ambiguous = [["R08", "R08b"]]
FLOW = {"R01", "R02", "R04", "R05", "R07", "R08", "R08b", "R10", "R12", "R13", "R14", "R15", "R17",
        "R18", "R21", "R22"}
LEVEL = {"R03", "R06", "R09", "R11", "R16", "R19", "R20", "R23"}
K.flow_ids, K.level_ids = FLOW, LEVEL

SAS = {
    1: "Meningkatnya perlindungan bagi anak jalanan dan anak korban kekerasan",
    2: "Meningkatnya keberfungsian sosial anak melalui reintegrasi keluarga",
    3: "Meningkatnya kualitas layanan rumah singgah dan rumah aman",
}
HEAD = ("Dra. SEKAR AYUNINGTYAS, M.Psi.", "Pembina", "NIP. 19750611 200003 2 009")


def sign(ws, row, c, place_date, title_lines, head):
    ws[f"{c}{row}"] = place_date
    for i, t in enumerate(title_lines, start=1):
        ws[f"{c}{row + i}"] = t
    ws[f"{c}{row + 6}"] = head[0]
    ws[f"{c}{row + 6}"].font = Font(bold=True, underline="single")
    ws[f"{c}{row + 7}"] = head[1]
    ws[f"{c}{row + 8}"] = head[2]


# ---------------------------------------------------------------- 2021: E.81
def e81_2021(fname):
    wb = Workbook()
    ws = wb.active
    ws.title = "E81 TW IV 2021"
    sh = ws.title
    widths(ws, {"A": 5, "B": 26, "C": 30, "D": 40, "E": 9, "Z": 22})
    for c in range(6, 26):
        ws.column_dimensions[get_column_letter(c)].width = 11 if c % 2 == 0 else 14
    merge(ws, "A1:Z1", "Formulir E.81", bold=True)
    merge(ws, "A2:Z2", "Evaluasi Terhadap Hasil Renja Perangkat Daerah Lingkup Kota Tirta Lestari", bold=True)
    merge(ws, "A3:Z3", "Renja UPTD Pengelolaan Rumah Singgah dan Perlindungan Anak Tahun 2021 (s.d. Triwulan IV)",
          bold=True)
    ws["A4"] = "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD: "
    hdr = {
        "A": "No", "B": "Sasaran", "C": "Program / Kegiatan / Sub Kegiatan",
        "D": "Indikator Kinerja Program (outcome) / Kegiatan (output)", "E": "Satuan",
        "F": "Target Renstra Perangkat Daerah pada Tahun 2024 (Akhir Periode Renstra)",
        "H": "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Tahun 2020",
        "J": "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2021) yang dievaluasi",
        "L": "Realisasi Kinerja Pada Triwulan",
        "T": "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang dievaluasi",
        "V": "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2021",
        "X": "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s/d Tahun 2021 (%)",
        "Z": "Unit Perangkat Daerah Penanggung Jawab",
    }
    for c in "ABCDEZ":
        merge(ws, f"{c}6:{c}8", hdr[c], bold=True, fill=GREY)
    for c1, c2 in (("F", "G"), ("H", "I"), ("J", "K"), ("T", "U"), ("V", "W"), ("X", "Y")):
        merge(ws, f"{c1}6:{c2}7", hdr[c1], bold=True, fill=GREY)
    merge(ws, "L6:S6", hdr["L"], bold=True, fill=GREY)
    for (c1, c2), t in zip((("L", "M"), ("N", "O"), ("P", "Q"), ("R", "S")), ("I", "II", "III", "IV")):
        merge(ws, f"{c1}7:{c2}7", t, bold=True, fill=GREY)
    nums = {"A": 1, "B": 2, "C": 3, "D": 4, "E": 5}
    for c, v in nums.items():
        ws[f"{c}9"] = v
        ws[f"{c}9"].alignment = CENTER
    for (c1, c2), v in zip((("F", "G"), ("H", "I"), ("J", "K"), ("L", "M"), ("N", "O"), ("P", "Q"),
                            ("R", "S"), ("T", "U"), ("V", "W"), ("X", "Y")),
                           (6, 7, 8, 9, 10, 11, 12, "13 = 9 + 10 + 11 + 12", "14 = 7 + 13",
                            "15 = 14 / 6 x 100")):
        merge(ws, f"{c1}9:{c2}9", v)
    ws["Z9"] = 16
    for c in range(6, 26):
        L = get_column_letter(c)
        ws[f"{L}10"] = "K" if c % 2 == 0 else "Rp."
        ws[f"{L}10"].alignment = CENTER
    merge(ws, "A11:Z11", "Perangkat Daerah : UPTD Pengelolaan Rumah Singgah dan Perlindungan Anak (Dinas Sosial)",
          align=Alignment(horizontal="left"))

    # rows: (kind, sasaran-no, program/kegiatan name, id, indicator, unit, renstra, sd2020, target,
    #        [q1..q4], col13 mode, budget)
    # col13 mode: 'sum' (=L+N+P+R), 'last' (=R), 'sum3' (wrong: =L+N+P), ('typed', v)
    d = DASH
    rows = [
        (1, "Program Rehabilitasi Sosial", "R03", "Persentase anak jalanan yang kembali bersekolah", "%",
         N(75), N(48), N(60), [d, N(52.5), N(55), N(61.2)], "last", "prog"),
        (1, "Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti", "R01",
         "Jumlah anak jalanan yang dijangkau melalui penjangkauan", "anak", N(2100, ACC), N(712, ACC),
         N(420), [N(96), N(118), N(104), N(125)], "sum", 684250000),
        (1, None, "R02", "Jumlah anak jalanan yang dibina di rumah singgah", "anak", N(900), N(305), N(160),
         [N(38), N(41), N(44), N(40)], "sum", None),
        (1, None, "R12", "Jumlah anak yang mendapat layanan pendidikan kesetaraan", "anak", N(300), N(98),
         N(55), [N(0), N(18), N(20), N(22)], "sum", None),
        (1, None, "R13", "Jumlah anak yang memperoleh akta kelahiran / dokumen kependudukan", "anak",
         N(450), N(140), N(80), [N(21), N(17), N(25), N(19)], "sum3", None),
        (1, "Program Perlindungan Khusus Anak", "R06",
         "Persentase anak korban yang mendapat pendampingan hukum", "%", N(100), N(88), N(90),
         [N(85.7), N(88.9), N(90.5), N(92.3)], "last", "prog"),
        (1, "Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus", "R04",
         "Jumlah anak korban kekerasan yang dilindungi (kasus baru)", "kasus", N(450), N(151), N(80),
         [N(19), N(24), N(22), N(21)], "sum", 912600000),
        (1, None, "R05", "Jumlah anak korban kekerasan yang ditangani (kasus lama dan baru)", "anak",
         N(700), N(260), N(130), [N(41), N(33), N(38), N(35)], "sum", None),
        (1, None, "R07", "Jumlah kasus anak yang didampingi hingga putusan pengadilan", "kasus", N(120),
         N(34), N(20), [N(3), N(5), N(6), N(7)], "sum", None),
        (1, None, "R10", "Jumlah hari layanan rumah aman", "hari layanan", N(36000, ACC), N(11240, ACC),
         N(6000, ACC), [N(1480, ACC), N(1610, ACC), N(1525, ACC), N(1590, ACC)], ("typed", 0), None),
        (1, None, "R11", "Rata-rata lama tinggal anak di rumah aman (hari)", "hari", N(14), N(17), N(15),
         [N(16.2), N(15.4), N(14.8), N(14.1)], "last", None),
        (1, None, "R14", "Jumlah sesi layanan psikososial dan kesehatan anak", "sesi", N(3000, ACC),
         N(880), N(520), [N(118), N(131), N(140), N(152)], "sum", None),
        (2, "Program Pemberdayaan Sosial", "R09",
         "Persentase anak hasil reintegrasi yang tidak kembali ke jalan", "%", P(.85, PCT0), P(.70, PCT0),
         P(.75, PCT0), [P(.72), P(.74), P(.77), P(.781)], "last", "prog"),
        (2, "Reintegrasi dan Penguatan Keluarga", "R08", "Jumlah anak yang direintegrasikan ke keluarga",
         "anak", N(600), N(188), N(110), [N(24), N(31), N(29), N(33)], "sum", 356400000),
        (2, None, "R17", "Jumlah keluarga yang mendapat penguatan pengasuhan", "keluarga", N(500), N(160),
         N(90), [N(20), N(25), N(22), N(28)], "sum", None),
        (3, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "R19",
         "Indeks kepuasan penerima layanan", "nilai", N(85), N(79.5), N(81), [d, N(80.6), d, N(82.9)],
         "last", "prog"),
        (3, "Peningkatan Kapasitas Layanan Rumah Singgah", "R15",
         "Jumlah pekerja sosial dan relawan yang dilatih", "orang", N(250), N(72), N(45),
         [N(0), N(20), N(0), N(28)], "sum", 248900000),
        (3, None, "R16", "Persentase pengaduan yang ditindaklanjuti kurang dari 24 jam", "%", N(95), N(88),
         N(90), [P(.88, PCT0), P(.9, PCT0), P(.915), P(.93, PCT0)], "last", None),
        (3, None, "R18", "Jumlah kegiatan sosialisasi perlindungan anak", "kali", N(150), N(52), N(24),
         [N(5), N(7), N(6), N(8)], "sum", None),
    ]
    # quarter budgets per kegiatan (Rp.), realised
    qbud = {684250000: [121500000, 168300000, 172450000, 201600000],
            912600000: [180250000, 221400000, 236100000, 262330000],
            356400000: [62100000, 88750000, 91200000, 104900000],
            248900000: [38400000, 61250000, 66900000, 75300000]}
    r = 12
    no = 0
    prog_rows = []
    keg_rows = {}
    cur_prog = None
    sas_start = {}
    for (s, pk, iid, ind, unit, ren, sd, tgt, qs, mode, bud) in rows:
        sas_start.setdefault(s, r)
        if pk is not None:
            no += 1
            ws[f"A{r}"] = no
            ws[f"C{r}"] = pk
            ws[f"C{r}"].font = BOLD if bud == "prog" else Font()
            if bud == "prog":
                cur_prog = r
                prog_rows.append(r)
                keg_rows[r] = []
            else:
                keg_rows[cur_prog].append(r)
                ws[f"K{r}"] = bud
                ws[f"K{r}"].number_format = ACC
                ws[f"G{r}"] = bud * 5
                ws[f"G{r}"].number_format = ACC
                ws[f"I{r}"] = int(bud * 1.7)
                ws[f"I{r}"].number_format = ACC
                for (cq, v) in zip("MOQS", qbud[bud]):
                    ws[f"{cq}{r}"] = v
                    ws[f"{cq}{r}"].number_format = ACC
                ws[f"U{r}"] = f"=M{r}+O{r}+Q{r}+S{r}"
                ws[f"W{r}"] = f"=I{r}+U{r}"
                ws[f"Y{r}"] = f"=ROUND(W{r}/G{r}*100,2)"
                for c in "UWY":
                    ws[f"{c}{r}"].number_format = ACC if c != "Y" else NUM2
        ws[f"D{r}"] = ind
        ws[f"D{r}"].alignment = WRAP
        ws[f"E{r}"] = unit
        put(ws, f"F{r}", ren)
        put(ws, f"H{r}", sd)
        tv = put(ws, f"J{r}", tgt)
        qv = [put(ws, f"{c}{r}", q) for c, q in zip("LNPR", qs)]
        if mode == "sum":
            ws[f"T{r}"] = f"=L{r}+N{r}+P{r}+R{r}"
            rv = sum(v or 0 for v in qv)
        elif mode == "last":
            ws[f"T{r}"] = f"=R{r}"
            rv = qs[3].intended
            if qs[3].kind == "pct":
                ws[f"T{r}"].number_format = qs[3].fmt or PCT1
        elif mode == "sum3":
            ws[f"T{r}"] = f"=L{r}+N{r}+P{r}"                 # wrong formula: TW IV left out
            rv = sum(v or 0 for v in qv[:3])
        else:
            ws[f"T{r}"] = mode[1]                          # computed column typed over
            rv = mode[1]
        if ren.fmt == ACC:
            ws[f"T{r}"].number_format = ACC
        if iid in FLOW:
            ws[f"V{r}"] = f"=H{r}+T{r}"
        else:
            ws[f"V{r}"] = f"=T{r}"
        ws[f"V{r}"].number_format = ws[f"T{r}"].number_format
        ws[f"X{r}"] = f"=ROUND(V{r}/F{r}*100,2)"
        ws[f"Z{r}"] = "UPTD Rumah Singgah & PA"
        K.add(fname, sh, r, 2021, ind, iid, tv, rv, ("one", [f"J{r}"]), ("one", [f"T{r}"]), name_col="D")
        r += 1
    last = r - 1
    # programme budget rows = sum of their kegiatan
    for pr in prog_rows:
        ks = keg_rows[pr]
        for c in "GIKMOQSUW":
            ws[f"{c}{pr}"] = "=" + "+".join(f"{c}{k}" for k in ks)
            ws[f"{c}{pr}"].number_format = ACC
        ws[f"Y{pr}"] = f"=ROUND(W{pr}/G{pr}*100,2)"
        ws[f"Y{pr}"].number_format = NUM2
    # sasaran merged
    bounds = sorted(sas_start.items())
    for i, (s, st) in enumerate(bounds):
        en = bounds[i + 1][1] - 1 if i + 1 < len(bounds) else last
        merge(ws, f"B{st}:B{en}", SAS[s], align=WRAP)
    box(ws, f"A6:Z{last}")
    r = last + 2
    ws[f"B{r}"] = "Rata-rata capaian kinerja (%)"
    ws[f"X{r}"] = f"=ROUND(AVERAGE(X12:X{last}),1)"
    ws[f"B{r + 1}"] = "Predikat kinerja"
    ws[f"X{r + 1}"] = "Rendah"
    ws[f"B{r + 2}"] = "Faktor pendorong keberhasilan pencapaian:"
    ws[f"D{r + 2}"] = "Dukungan jejaring Satgas PPA kelurahan dan relawan."
    ws[f"B{r + 3}"] = "Faktor penghambat pencapaian kinerja:"
    ws[f"D{r + 3}"] = "Keterbatasan kapasitas rumah aman (12 tempat tidur)."
    ws[f"B{r + 4}"] = "Tindak lanjut yang diperlukan dalam triwulan berikutnya:"
    ws[f"D{r + 4}"] = "-"
    ws[f"B{r + 5}"] = "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya:"
    ws[f"D{r + 5}"] = "Penambahan kamar rumah aman dan pelatihan konselor."
    sign(ws, r + 7, "C", "Disusun", ["Tirta Lestari, 14 Januari 2022", "Kepala UPTD Rumah Singgah",
                                      "dan Perlindungan Anak"], HEAD)
    sign(ws, r + 7, "T", "Dievaluasi", ["Tirta Lestari, 21 Januari 2022", "Kepala Dinas Sosial",
                                         "Kota Tirta Lestari"],
         ("Drs. HARUN EFFENDI SIREGAR, M.Si.", "Pembina Utama Muda", "NIP. 19680304 199303 1 006"))
    ws.freeze_panes = "F11"
    K.files.append(deliver(wb, SLUG, fname))


# ---------------------------------------------------------------- 2022: T / R rows
def tr2022(wb, fname):
    ws = wb.active
    ws.title = "RA TW 2022"
    sh = ws.title
    widths(ws, {"A": 5, "B": 48, "C": 11, "D": 12, "E": 6, "F": 10, "G": 10, "H": 10, "I": 10, "J": 26})
    merge(ws, "A1:J1", "RENCANA AKSI DAN REALISASI TRIWULANAN TAHUN 2022", bold=True)
    merge(ws, "A2:J2", "UPTD PENGELOLAAN RUMAH SINGGAH DAN PERLINDUNGAN ANAK", bold=True)
    merge(ws, "A3:J3", "DINAS SOSIAL KOTA TIRTA LESTARI", bold=True)
    for c, t in zip("ABCDEJ", ["No", "Indikator Kinerja", "Satuan", "Target 2022", "T / R", "Keterangan"]):
        merge(ws, f"{c}5:{c}6", t, bold=True, fill=GREY)
    merge(ws, "F5:I5", "Triwulan", bold=True, fill=GREY)
    for c, t in zip("FGHI", ["I", "II", "III", "IV"]):
        ws[f"{c}6"] = t
        ws[f"{c}6"].alignment = CENTER
        ws[f"{c}6"].fill = GREY
    d = DASH
    S1 = [
        ("R01", "Jumlah anak jalanan yang dijangkau", "anak", N(450), [110, 110, 115, 115],
         [N(104), N(126), N(119), N(131)], ""),
        ("R20", "Jumlah anak jalanan hasil pendataan", "anak", N(380), ["-", "-", "-", 380],
         [d, N(402), d, N(371)], "pendataan semesteran"),
        ("R02", "Jumlah anak binaan rumah singgah", "anak", N(170), [40, 45, 40, 45],
         [N(40), N(45), N(43), N(47)], ""),
        ("R03", "Prosentase anak jalanan kembali sekolah", "%", P(.62, PCT0), [P(.62, PCT0)] * 4,
         [P(.55), P(.58), P(.61), P(.634)], ""),
        ("R12", "Jumlah anak yg mengikuti pendidikan kesetaraan (Paket A/B/C)", "anak", N(60),
         ["-", 20, 20, 20], [d, N(20), N(21), N(24)], ""),
        ("R13", "Jumlah anak yang difasilitasi dokumen kependudukan", "anak", N(85), [20, 20, 20, 25],
         [N(22), N(19), N(24), N(26)], "kerja sama Disdukcapil"),
        ("R04", "Jumlah korban kekerasan anak yg dilindungi - kasus baru", "kasus", N(85), [20, 20, 20, 25],
         [N(20), N(26), N(23), N(25)], ""),
        ("R05", "Jumlah seluruh anak korban kekerasan yg ditangani", "anak", N(140), [35, 35, 35, 35],
         [N(44), N(39), N(41), N(37)], ""),
        ("R06", "Persentase anak korban yg didampingi hukum", "%", TP(92), ["92 %"] * 4,
         [TP(89.4), TP(90.2), T("92,0 %", 92.0), TP(93.6)], ""),
        ("R07", "Jumlah kasus yg didampingi s.d. putusan", "kasus", N(22), [5, 5, 6, 6],
         [N(4), N(6), N(5), N(8)], "DUP"),
        ("R10", "Jumlah hari layanan di rumah aman (hari-anak)", "hari", T("6.200", 6200),
         ["1.550", "1.550", "1.550", "1.550"],
         [T("1.540", 1540), T("1.602", 1602), T("1.588", 1588), T("1.611", 1611)], ""),
        ("R11", "Rata - rata lama tinggal di rumah aman", "hari", N(14), [14, 14, 14, 14],
         [N(14.6), N(13.9), N(13.2), N(12.8)], "makin kecil makin baik"),
        ("R14", "Jumlah sesi layanan psikososial & kesehatan", "sesi", N(560), [140, 140, 140, 140],
         [N(128), N(141), N(150), N(149)], ""),
    ]
    S2 = [
        ("R08", "Jumlah anak yg berhasil direintegrasi dg keluarga", "anak", N(120), [30, 30, 30, 30],
         [N(27), N(30), N(33), N(35)], ""),
        ("R09", "Persentase anak reintegrasi yg tidak turun ke jalan lagi", "%", N(78), ["-", 78, "-", 78],
         [d, N(77.5), d, N(80.1)], "dipantau per semester"),
        ("R17", "Jumlah keluarga yg mengikuti penguatan pengasuhan", "keluarga", N(95), [20, 25, 25, 25],
         [N(22), N(24), N(25), N(27)], ""),
    ]
    S3 = [
        ("R15", "Jumlah peksos & relawan yg dilatih", "orang", N(50), ["-", 25, "-", 25],
         [d, N(25), d, N(27)], ""),
        ("R16", "Persentase pengaduan ditindaklanjuti < 24 jam", "%", P(.92, PCT0), [P(.92, PCT0)] * 4,
         [P(.905), P(.918), P(.931), P(.944)], ""),
        ("R18", "Jumlah sosialisasi/kampanye perlindungan anak", "kali", N(26), [6, 7, 6, 7],
         [N(6), N(7), N(6), N(8)], ""),
        ("R19", "Indeks Kepuasan Masyarakat (IKM)", "nilai", N(82, NUM2), ["-", 82, "-", 82],
         [d, N(83.1, NUM2), d, N(84.0, NUM2)], "survei semesteran"),
    ]
    r = 7
    no = 1
    for s, items in ((1, S1), (2, S2), (3, S3)):
        merge(ws, f"A{r}:J{r}", f"Sasaran {s}: {SAS[s]}", bold=True, align=Alignment(horizontal="left"),
              fill=GREEN)
        r += 1
        for (iid, name, unit, tgt, qt, qr, ket) in items:
            copies = 2 if ket == "DUP" else 1
            for cp in range(copies):
                ws[f"B{r}"] = name
                ws[f"C{r}"] = unit
                tv = put(ws, f"D{r}", tgt)
                ws[f"A{r}"] = no
                ws[f"E{r}"], ws[f"E{r + 1}"] = "T", "R"
                rv = []
                for c, qtv, qrv in zip("FGHI", qt, qr):
                    put(ws, f"{c}{r}", qtv)
                    rv.append(put(ws, f"{c}{r + 1}", qrv))
                ws[f"J{r}"] = "" if ket == "DUP" else ket
                for c in "ABCDJ":
                    ws.merge_cells(f"{c}{r}:{c}{r + 1}")
                ws[f"B{r}"].alignment = WRAP
                if cp == 0:
                    op = "sum" if iid in FLOW else "last"
                    K.add(fname, sh, r, 2022, name, iid, tv, agg(op, rv), ("one", [f"D{r}"]),
                          (op, [f"F{r + 1}", f"G{r + 1}", f"H{r + 1}", f"I{r + 1}"]), name_col="B")
                r += 2
            no += 1
    box(ws, f"A5:J{r - 1}")
    ws[f"B{r + 1}"] = "T = target triwulan; R = realisasi triwulan berkenaan (bukan kumulatif)."
    ws[f"B{r + 1}"].font = Font(italic=True, size=9)
    sign(ws, r + 3, "F", "Tirta Lestari, 16 Januari 2023", ["Kepala UPTD Pengelolaan Rumah Singgah",
                                                           "dan Perlindungan Anak,"], HEAD)


# ---------------------------------------------------------------- 2023: cumulative s.d. TW
def sdtw2023(wb, fname):
    ws = wb.create_sheet("Kumulatif 2023")
    sh = ws.title
    widths(ws, {"A": 3, "B": 58, "C": 11, "D": 12, "E": 11, "F": 11, "G": 11, "H": 11, "I": 12, "J": 30})
    merge(ws, "A1:J1", "CAPAIAN KINERJA KUMULATIF S.D. TRIWULAN IV TAHUN 2023", bold=True)
    merge(ws, "A2:J2", "UPTD PENGELOLAAN RUMAH SINGGAH DAN PERLINDUNGAN ANAK KOTA TIRTA LESTARI", bold=True)
    for c, t in zip("BCDIJ", ["Indikator Kinerja", "Satuan", "Target 2023", "Capaian s.d. TW IV (%)",
                              "Keterangan"]):
        merge(ws, f"{c}4:{c}5", t, bold=True, fill=GREY)
    merge(ws, "E4:H4", "Realisasi Kumulatif", bold=True, fill=GREY)
    for c, t in zip("EFGH", ["s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"]):
        ws[f"{c}5"] = t
        ws[f"{c}5"].alignment = CENTER
        ws[f"{c}5"].fill = GREY
    for i, c in enumerate("BCDEFGHIJ", start=1):
        ws[f"{c}6"] = f"({i})"
        ws[f"{c}6"].alignment = CENTER
    d = DASH
    B = None
    S1 = [
        ("R01", "1. Anak jalanan yg dijangkau (anak)", "anak", N(480), [N(118), N(241), N(372), N(358)],
         "angka TW IV hasil validasi ulang"),
        ("R20", "2. Jumlah anak jalanan terdata", "anak", N(350), [d, N(366), d, N(341)], "bukan kumulatif"),
        ("R02", "3. Jumlah anak jalanan binaan di Rumah Singgah", "anak", N(175), [N(44), N(90), N(133), N(181)],
         ""),
        ("R03", "4. Persentase anak jalanan yg kembali ke bangku sekolah", "%", TP(64),
         [TP(58.2), T("61,0 %", 61.0), TP(63.5), TP(65.1)], ""),
        ("R12", "5. Anak yang mengikuti pendidikan kesetaraan", "anak", N(65), [d, N(21), N(44), N(69)], ""),
        ("R13", "6. Anak yg memperoleh dokumen kependudukan (akta, KIA)", "anak", N(90),
         [N(24), N(47), N(70), B], "data TW IV menunggu Disdukcapil"),
        ("R04", "7. Anak korban kekerasan yang dilindungi (kasus baru)", "kasus", N(90),
         [N(23), N(45), N(70), N(96)], ""),
        ("R05", "8. Anak korban kekerasan yang ditangani (total)", "anak", N(150), [N(41), N(83), N(122), N(164)],
         ""),
        ("R06", "9. Prosentase pendampingan hukum bagi anak korban", "%", P(.93, PCT0),
         [P(.91), P(.925), P(.94), P(.951)], ""),
        ("R07", "10. Kasus anak yang didampingi sampai putusan (kasus)", "kasus", N(24),
         [N(5), N(11), N(17), N(25)], ""),
        ("R10", "11. Hari layanan rumah aman", "hari", T("6.300", 6300),
         [T("1.602", 1602), T("3.188", 3188), T("4.810", 4810), T("6.402", 6402)], ""),
        ("R11", "12. Rata2 lama tinggal anak di rumah aman", "hari", N(13),
         [N(13.4), N(12.9), N(12.6), N(12.2)], "rata-rata berjalan"),
        ("R21", "13. Jumlah sesi konseling psikososial", "sesi", N(420), [N(98), N(205), N(311), N(431)], ""),
        ("R22", "14. Jumlah anak yang mendapat pemeriksaan kesehatan", "anak", N(180),
         [N(41), N(88), N(139), N(186)], "kerja sama Puskesmas"),
    ]
    S2 = [
        ("R08b", "15. Jumlah anak yang dikembalikan ke keluarga/keluarga pengganti", "anak", N(130),
         [N(29), N(61), N(95), N(134)], "termasuk 9 anak ke keluarga pengganti"),
        ("R09", "16. Persentase anak pasca reintegrasi tidak kembali ke jalan", "%", N(80),
         [d, N(79.2), d, N(81.5)], ""),
        ("R17", "17. Keluarga penerima penguatan pengasuhan", "keluarga", N(100), [N(24), N(49), N(75), N(103)],
         ""),
    ]
    S3 = [
        ("R15", "18. Pekerja sosial dan relawan yang dilatih", "orang", N(55), [d, N(28), N(28), N(57)], ""),
        ("R16", "19. Prosentase pengaduan yg direspon dalam 1x24 jam", "%", N(93),
         [N(92.4), N(93.1), N(93.8), N(94.6)], ""),
        ("R18", "20. Kegiatan sosialisasi dan kampanye perlindungan anak (kali)", "kali", N(28),
         [N(7), N(14), N(21), T("29*", 29)], ""),
        ("R19", "21. Nilai IKM", "nilai", T("82-85", 82), [d, N(84.3, NUM2), d, N(85.0, NUM2)], ""),
    ]
    r = 7
    for s, items in ((1, S1), (2, S2), (3, S3)):
        merge(ws, f"A{r}:J{r}", f"SASARAN {s} : {SAS[s]}", bold=True, align=Alignment(horizontal="left"),
              fill=GREEN)
        r += 1
        for (iid, name, unit, tgt, cum, ket) in items:
            ws[f"B{r}"] = name
            ws[f"B{r}"].alignment = WRAP
            ws[f"C{r}"] = unit
            tv = put(ws, f"D{r}", tgt)
            vals = []
            for c, v in zip("EFGH", cum):
                vals.append(None if v is None else put(ws, f"{c}{r}", v))
            rv = agg("last", vals)
            li = max(i for i, v in enumerate(cum) if v is not None and v.intended is not None)
            lastc = "EFGH"[li]
            if tgt.kind in ("num", "pct") and cum[li].kind in ("num", "pct"):
                ws[f"I{r}"] = f"=ROUND({lastc}{r}/D{r}*100,2)"
            else:
                ws[f"I{r}"] = round(rv / tv * 100, 2) if (rv is not None and tv) else "-"
            ws[f"J{r}"] = ket
            K.add(fname, sh, r, 2023, name, iid, tv, rv, ("one", [f"D{r}"]),
                  ("cumlast", [f"E{r}", f"F{r}", f"G{r}", f"H{r}"]), name_col="B")
            r += 1
    box(ws, f"A4:J{r - 1}")
    ws[f"B{r + 1}"] = "*) data sementara, menunggu rekapitulasi akhir bidang"
    ws[f"B{r + 2}"] = "Indikator persentase, rata-rata, indeks dan jumlah terdata diisi nilai posisi triwulan."
    for rr in (r + 1, r + 2):
        ws[f"B{rr}"].font = Font(italic=True, size=9)
    sign(ws, r + 4, "F", "Tirta Lestari, 15 Januari 2024", ["Kepala UPTD Pengelolaan Rumah Singgah",
                                                           "dan Perlindungan Anak,"], HEAD)


# ---------------------------------------------------------------- 2024: turned over
def over2024(fname):
    wb = Workbook()
    ws = wb.active
    ws.title = "Capaian IKU 2024"
    sh = ws.title
    ws.column_dimensions["B"].width = 22
    merge(ws, "B1:P1", "LAPORAN CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2024", bold=True)
    merge(ws, "B2:P2", "UPTD PENGELOLAAN RUMAH SINGGAH DAN PERLINDUNGAN ANAK KOTA TIRTA LESTARI", bold=True)
    ws["B3"] = "(disajikan per indikator ke samping; satu kolom = satu indikator)"
    ws["B3"].font = Font(italic=True, size=9)
    d = DASH
    # (id, name, unit, target, [q1..q4], realisasi mode)
    # mode: 'sum' -> =SUM(q rows); 'last' -> =TW IV cell; 'sumT' -> wrong =SUM(target..TW IV); Cell -> typed
    blk1 = [
        ("R01", "Jumlah Anak Jalanan Terjangkau", "anak", N(500), [N(121), N(133), N(128), N(140)], "sumT"),
        ("R20", "Jumlah Anak Jalanan\n(Hasil Pendataan)", "anak", N(330), [d, N(344), d, N(318)], "last"),
        ("R02", "Anak Binaan Rumah Singgah", "anak", N(180), [N(46), N(45), N(48), N(47)], "sum"),
        ("R03", "Persentase Anak Jalanan Kembali Bersekolah", "%", P(.66, PCT0),
         [P(.6), P(.628), P(.645), P(.672)], "last"),
        ("R12", "Jumlah Anak Peserta Pendidikan Kesetaraan", "anak", N(70), [N(0), N(23), N(24), N(26)], "sum"),
        ("R13", "Jumlah Anak Memperoleh\nDokumen Kependudukan", "anak", N(95), [N(25), N(23), N(27), N(24)],
         "sum"),
        ("R04", "Jumlah Kasus Baru Anak Korban Kekerasan yang Dilindungi", "kasus", N(95),
         [N(24), N(25), N(22), N(27)], "sum"),
        ("R05", "Jumlah Anak Korban Kekerasan yang Ditangani (Lama & Baru)", "anak", N(160),
         [N(45), N(42), N(40), N(44)], "sum"),
        ("R06", "Persentase Anak Korban Mendapat Pendampingan Hukum", "%", N(95),
         [N(93.1), N(94.0), N(95.2), N(96.0)], N(96)),
        ("R07", "Jumlah Kasus Pendampingan Hukum sampai Putusan", "kasus", N(25), [N(6), N(6), N(7), N(8)], "sum"),
        ("R11", "Rata-rata Lama Tinggal Anak di Rumah Aman", "hari", N(12), [N(12.5), N(12.1), N(11.8), N(11.6)],
         "last"),
        ("R21", "Sesi Konseling Psikososial Anak", "sesi", N(440), [N(104), N(112), N(109), N(121)], "sum"),
        ("R22", "Anak yang Mendapat Pemeriksaan Kesehatan", "anak", N(190), [N(45), N(47), N(50), N(52)], "sum"),
        ("R23", "Persentase Anak Korban yang Mendapat Layanan Rehabilitasi Sosial", "%", N(90),
         [d, N(86.4), N(88.1), N(90.6)], "last"),
    ]
    blk2 = [
        ("R08b", "Anak yang Kembali ke Keluarga atau Keluarga Pengganti", "anak", N(135),
         [N(31), N(35), N(33), N(38)], "sum"),
        ("R09", "Persentase Anak Tidak Kembali ke Jalan Pasca Reintegrasi", "%", N(82),
         [d, N(81.9), d, N(83.3)], TP(83.3)),
        ("R17", "Jumlah Keluarga Penerima Bimbingan Pengasuhan", "keluarga", N(105),
         [N(25), N(26), N(27), N(29)], "sum"),
        ("R15", "Jumlah Relawan dan Pekerja Sosial Terlatih", "orang", N(60), [N(0), N(30), N(0), N(31)], "sum"),
        ("R16", "Persentase Pengaduan yang Ditindaklanjuti dalam 1 x 24 Jam", "%", N(95),
         [N(93.5), N(92.8), N(94.1), N(93)], N(0.93)),                       # fraction typed, plain cell
        ("R18", "Jumlah Kampanye Perlindungan Anak", "kali", N(30), [N(7), N(8), N(7), N(9)], "sum"),
        ("R19", "Indeks Kepuasan Penerima Layanan", "nilai", N(84, NUM2), [d, N(85.2, NUM2), d, N(86.1, NUM2)],
         "last"),
    ]
    labels = ["Satuan", "Target 2024", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III",
              "Realisasi TW IV", "Realisasi 2024", "Capaian 2024 (%)"]

    def block(b, title, items):
        last_col = get_column_letter(2 + len(items))
        merge(ws, f"B{b}:{last_col}{b}", title, bold=True, align=Alignment(horizontal="left"), fill=GREEN)
        ws[f"B{b + 1}"] = "Indikator"
        ws[f"B{b + 1}"].font = BOLD
        ws.row_dimensions[b + 1].height = 75
        for k, lab in enumerate(labels, start=2):
            ws[f"B{b + k}"] = lab
        tr, q1, q4, rr, cr = b + 3, b + 4, b + 7, b + 8, b + 9
        for j, (iid, name, unit, tgt, qs, mode) in enumerate(items):
            c = get_column_letter(3 + j)
            ws.column_dimensions[c].width = 15
            ws[f"{c}{b + 1}"] = name
            ws[f"{c}{b + 1}"].alignment = CENTER
            ws[f"{c}{b + 1}"].font = BOLD
            ws[f"{c}{b + 2}"] = unit
            tv = put(ws, f"{c}{tr}", tgt)
            qv = [put(ws, f"{c}{q1 + i}", q) for i, q in enumerate(qs)]
            if mode == "sum":
                ws[f"{c}{rr}"] = f"=SUM({c}{q1}:{c}{q4})"
                rv = sum(v or 0 for v in qv)
            elif mode == "sumT":
                ws[f"{c}{rr}"] = f"=SUM({c}{tr}:{c}{q4})"          # wrong range: takes in the target row
                rv = tv + sum(v or 0 for v in qv)
            elif mode == "last":
                ws[f"{c}{rr}"] = f"={c}{q4}"
                ws[f"{c}{rr}"].number_format = qs[3].fmt or (PCT1 if qs[3].kind == "pct" else "General")
                rv = qs[3].intended
            else:
                rv = put(ws, f"{c}{rr}", mode)
            if tgt.kind in ("num", "pct"):
                ws[f"{c}{cr}"] = f'=IF({c}{tr}=0,"-",ROUND({c}{rr}/{c}{tr}*100,2))'
            K.add(fname, sh, b + 1, 2024, name, iid, tv, rv, ("one", [f"{c}{tr}"]), ("one", [f"{c}{rr}"]),
                  col=c, name_col=c)
        box(ws, f"B{b + 1}:{last_col}{cr}")
        return cr + 1

    nxt = block(5, f"SASARAN 1 : {SAS[1]}", blk1)
    nxt = block(nxt + 2, f"SASARAN 2 dan 3 : {SAS[2]}; {SAS[3]}", blk2)
    ws[f"B{nxt + 1}"] = "Catatan:"
    ws[f"B{nxt + 2}"] = "1) Realisasi indikator persentase, rata-rata, indeks dan jumlah terdata = nilai TW IV."
    ws[f"B{nxt + 3}"] = "2) Indikator jumlah (orang, anak, kasus, sesi, kali) = jumlah TW I s.d. TW IV."
    sign(ws, nxt + 5, "K", "Tirta Lestari, 13 Januari 2025", ["Kepala UPTD Pengelolaan Rumah Singgah",
                                                             "dan Perlindungan Anak,"], HEAD)
    s2 = wb.create_sheet("Sheet2")
    s2["A1"] = "olah data TW IV"
    s2["A2"], s2["B2"] = "anak jalanan terjangkau", 522
    s2.sheet_state = "hidden"
    K.files.append(deliver(wb, SLUG, fname))


def main():
    e81_2021("Evaluasi Renja E81 UPTD Rumah Singgah 2021.xlsx")
    f2 = "RA dan Capaian Rumah Singgah 2022-2023.ods"
    wb = Workbook()
    tr2022(wb, f2)
    sdtw2023(wb, f2)
    K.files.append(deliver(wb, SLUG, f2))
    over2024("Laporan Kinerja UPTD Rumah Singgah 2024.xls")
    K.save()
    print(SLUG, len(K.rows), "key rows")


if __name__ == "__main__":
    main()
