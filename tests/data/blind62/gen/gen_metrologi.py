"""Agency 1: UPTD Metrologi Legal, Dinas Perdagangan Kota Tanjung Lamatu (invented), 2020-2023.

Files
  PK_dan_RA_UPTD_Metrologi_2020_2021.xls  sheets PK 2020 (annual PK, PK Awal/Perubahan),
                                          RA 2021 (Rencana Aksi, T/R rows), Draft RA (hidden), Catatan
  Rekap_Bulanan_Kinerja_Metrologi_2022.ods  sheet Rekap 2022 (monthly, name band + value row)
  E81_Evaluasi_Renja_Metrologi_TW_IV_2023.xlsx  sheet TW IV 2023 (Permendagri 86 E.81),
                                          TW III 2023 (hidden copy)
"""
from common import (BAND, BLUE, F_ACC, F_DEC2, F_INT, F_PCT0, F_PCT1, F_PCT2, GREY, Agency, L,
                    idn, rp, signature)

SLUG = "uptd_metrologi_kota_tanjung_lamatu"
FLOW = ["M01", "M02", "M04", "M05", "M07", "M08", "M09", "M10", "M13", "M14", "M16", "M19",
        "M21", "M22"]
LEVEL = ["M03", "M03b", "M06", "M11", "M12", "M15", "M17", "M18", "M20"]

ag = Agency(SLUG, "UPTD Metrologi Legal Dinas Perdagangan Kota Tanjung Lamatu",
            [2020, 2021, 2022, 2023], FLOW, LEVEL, [["M03", "M03b"]])

KEPALA_UPTD_1 = ("HENDRAWAN SAPUTRA LUBIS, S.T.", "Penata Tk. I (III/d)", "19780314 200501 1 009")
KEPALA_UPTD_2 = ("RATNA DEWI MANURUNG, S.E., M.M.", "Pembina (IV/a)", "19820709 200604 2 015")
KADIS = ("Drs. MUHAMMAD YUSRAN HARAHAP, M.Si", "Pembina Utama Muda (IV/c)", "19670822 199303 1 004")

# =====================================================================================
# Book 1 (.xls): PK 2020 and RA 2021
# =====================================================================================
b1 = ag.book("PK_dan_RA_UPTD_Metrologi_2020_2021", "xls")

# ---------------- PK 2020 ----------------
s = b1.sheet("PK 2020")
s.width(A=5, B=30, C=46, D=10, E=14, F=14, G=14, H=11, I=22)
s.m("A1:I1", "PENGUKURAN KINERJA", b=True, size=13, h="center")
s.m("A2:I2", "UPTD METROLOGI LEGAL DINAS PERDAGANGAN KOTA TANJUNG LAMATU", b=True, h="center")
s.m("A3:I3", "TAHUN ANGGARAN 2020", b=True, h="center")
hdr = dict(b=True, h="center", wrap=True, border=True, fill=GREY)
for col, txt in zip("ABCDGHI", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Realisasi",
                                "Capaian (%)", "Keterangan"]):
    s.m(f"{col}5:{col}6", txt, **hdr)
s.m("E5:F5", "Target", **hdr)
s.w("E6", "PK Awal", **hdr)
s.w("F6", "PK Perubahan *)", **hdr)
for k, col in enumerate("ABCDEFGHI"):
    s.w(f"{col}7", f"({k + 1})" if col != "H" else "(8) = (7)/(6) x 100", h="center", i=True,
        border=True)

# id, name, unit, awal, perubahan, realisasi, repr
# repr: 'n' numbers, 'pct' percent-format fractions, 'txt' Indonesian text, 'grade'
PK20 = [
    ("Meningkatnya tertib ukur Alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP) di Kota Tanjung Lamatu", [
        ("M01", "Jumlah UTTP yang ditera ulang", "unit", 7000, 6500, 6312, "n"),
        ("M02", "Jumlah UTTP yang ditera", "unit", 350, 350, 298, "n"),
        ("M03", "Persentase UTTP bertanda tera sah yang berlaku", "%", 85, 85, 83.4, "n"),
        ("M16", "Jumlah standar ukuran yang dikalibrasi", "buah", 40, 40, 40, "n"),
        ("M05", "Jumlah pompa ukur BBM yang ditera ulang", "nozzle", 96, 96, 96, "n"),
        ("M04", "Jumlah SPBU yang diawasi", "lokasi", 14, 140, 14, "n"),   # 10x typed
        ("M15", "Persentase SPBU tertib ukur", "%", "≥ 90", "≥ 90", 0.9286, "ge"),
        ("M06", "Jumlah pasar tertib ukur", "pasar", 3, 3, 3, "n"),
    ]),
    ("Meningkatnya perlindungan konsumen melalui pengawasan metrologi legal", [
        ("M07", "Jumlah pengawasan UTTP, BDKT dan satuan ukuran ", "kali", 24, 24, 26, "n"),
        ("M08", "Jumlah BDKT yang diawasi", "produk", 60, 60, 64, "n"),
        ("M14", "Jumlah kasus pelanggaran metrologi yang ditindaklanjuti", "kasus", 10, 10, 7, "n"),
        ("M13", "Jumlah pelaku usaha yang mendapat\npenyuluhan metrologi legal", "orang", 200, 150, 120,
         "n"),
        ("M10", "Jumlah sidang tera ulang di luar kantor", "kali", 48, 36, 30, "n"),
    ]),
    ("Meningkatnya kualitas pelayanan dan akuntabilitas kinerja UPTD", [
        ("M11", "Indeks Kepuasan Masyarakat (IKM) pelayanan tera", "nilai", 80, 80, "82,15", "ntxt"),
        ("M12", "Jumlah SDM metrologi bersertifikat", "orang", 6, 6, 6, "n"),
        ("M09", "Pendapatan retribusi pelayanan tera/tera ulang", "Rp", 300000000, 250000000, 231675000,
         "rp"),
        ("M18", "Nilai evaluasi SAKIP UPTD", "predikat", "B", "B", "B", "grade"),
        ("M19", "Jumlah dokumen perencanaan dan laporan kinerja", "dokumen", 8, 8, 8, "n"),
        ("M20", "Persentase realisasi anggaran", "%", 0.95, 0.95, 0.9127, "pct"),
    ]),
]
r = 8
no = 0
for sasaran, inds in PK20:
    r0 = r
    for (iid, name, unit, awal, per, real, rep) in inds:
        no += 1
        s.w(f"A{r}", no, h="center", border=True)
        s.w(f"C{r}", name, wrap=True, border=True)
        s.w(f"D{r}", unit, h="center", border=True)
        for ref in (f"E{r}", f"F{r}", f"G{r}", f"H{r}", f"I{r}"):
            s.w(ref, None, border=True, h="right")
        if rep == "n":
            s.w(f"E{r}", awal, fmt=F_INT if awal >= 1000 else "General", border=True)
            s.w(f"F{r}", per, fmt=F_INT if per >= 1000 else "General", border=True)
            s.w(f"G{r}", real, fmt=F_INT if real >= 1000 else "General", border=True)
            s.w(f"H{r}", f"=ROUND(G{r}/F{r}*100,2)", fmt=F_DEC2, border=True)
            tgt, rea = per, real
        elif rep == "ge":
            s.w(f"E{r}", awal, border=True, h="right")
            s.w(f"F{r}", per, border=True, h="right")
            s.w(f"G{r}", real, fmt=F_PCT2, border=True)
            s.w(f"H{r}", 103.18, fmt=F_DEC2, border=True)
            tgt, rea = 90, 92.86
        elif rep == "ntxt":
            s.w(f"E{r}", awal, border=True)
            s.w(f"F{r}", per, border=True)
            s.w(f"G{r}", real, border=True, h="right")
            s.w(f"H{r}", 102.69, fmt=F_DEC2, border=True)
            tgt, rea = per, 82.15
        elif rep == "rp":
            s.w(f"E{r}", rp(awal), border=True, h="right")
            s.w(f"F{r}", rp(per), border=True, h="right")
            s.w(f"G{r}", rp(real), border=True, h="right")
            s.w(f"H{r}", 92.67, fmt=F_DEC2, border=True)
            tgt, rea = per, real
        elif rep == "grade":
            s.w(f"E{r}", awal, border=True, h="center")
            s.w(f"F{r}", per, border=True, h="center")
            s.w(f"G{r}", real, border=True, h="center")
            s.w(f"H{r}", 100, border=True)
            tgt, rea = None, None
        elif rep == "pct":
            s.w(f"E{r}", awal, fmt=F_PCT0, border=True)
            s.w(f"F{r}", per, fmt=F_PCT0, border=True)
            s.w(f"G{r}", real, fmt=F_PCT2, border=True)
            s.w(f"H{r}", f"=ROUND(G{r}/F{r}*100,2)", fmt=F_DEC2, border=True)
            tgt, rea = round(per * 100, 6), round(real * 100, 6)
        if iid == "M10":
            s.w(f"I{r}", "sidang tera Apr-Jun ditiadakan (PSBB)", wrap=True, border=True)
        if iid == "M04":
            s.w(f"I{r}", "14 SPBU di wilayah kota", wrap=True, border=True)
        s.key(iid, 2020, f"C{r}", tgt, rea, ("cell", f"F{r}"), ("cell", f"G{r}"))
        r += 1
    s.m(f"B{r0}:B{r - 1}", sasaran, wrap=True, v="top", border=True)
    s.box(f"B{r0}:B{r - 1}")
r += 1
s.w(f"B{r}", "Jumlah Anggaran Tahun 2020", b=True)
s.w(f"C{r}", ": Rp. 1.184.650.000,-")
s.w(f"B{r + 1}", "Jumlah Realisasi Anggaran Tahun 2020", b=True)
s.w(f"C{r + 1}", ": Rp. 1.081.229.855,-  (91,27 %)")
s.m(f"A{r + 3}:I{r + 3}", "*) Target PK Perubahan menyesuaikan refocusing dan realokasi anggaran penanganan "
    "Covid-19 (Perwali Tanjung Lamatu Nomor 17 Tahun 2020).", i=True, wrap=True)
s.height(r + 3, 30)
s.w(f"B{r + 5}", "Mengetahui,", h="center")
sig_r = r + 6
for k, txt in enumerate(["Kepala Dinas Perdagangan", None, None, None, KADIS[0], KADIS[1],
                         f"NIP. {KADIS[2]}"]):
    if txt:
        s.w(f"B{sig_r + k}", txt, h="center", b=(k == 4))
signature(s, r + 5, 7, "Tanjung Lamatu, 31 Desember 2020", "Kepala UPTD Metrologi Legal",
          *KEPALA_UPTD_1, width=3)

# ---------------- RA 2021 (T / R rows) ----------------
s = b1.sheet("RA 2021")
s.width(A=5, B=26, C=44, D=9, E=15, F=6, G=13, H=13, I=13, J=13, K=11, L=20)
s.m("A1:L1", "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2021", b=True, size=13, h="center")
s.m("A2:L2", "UPTD METROLOGI LEGAL - DINAS PERDAGANGAN KOTA TANJUNG LAMATU", b=True, h="center")
s.w("A4", "Kondisi s.d. Triwulan IV (Desember 2021)", i=True, v=None)
for col, txt in zip("ABCDEFKL", ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan",
                                 "T / R", "Capaian Tahunan (%)", "Penanggung Jawab"]):
    s.m(f"{col}5:{col}6", txt, **hdr)
s.m("G5:J5", "Triwulan", **hdr)
for col, txt in zip("GHIJ", ["I", "II", "III", "IV"]):
    s.w(f"{col}6", txt, **hdr)
for k, col in enumerate("ABCDEFGHIJKL"):
    s.w(f"{col}7", k + 1, h="center", i=True, border=True)

# id, name, unit, target(display), target(key), T quarters, R quarters, kind, pj
# kind: flow / level ; R entries may be numbers, text or None (blank)
KOOR_T = "Koordinator Pelayanan Tera/Tera Ulang"
KOOR_P = "Koordinator Pengawasan & Penyuluhan"
KTU = "Kasubbag Tata Usaha"
RA21 = [
    ("Meningkatnya Tertib Ukur UTTP", [
        ("M01", "Jumlah UTTP yang Ditera Ulang (unit)", "unit", 6800, 6800, [1500, 1800, 1900, 1600],
         [1420, 1985, 2110, 1530], "flow", KOOR_T),
        ("M02", "Jumlah UTTP yang Ditera (Tera Baru) (unit)", "unit", 400, 400, [100, 100, 100, 100],
         [88, 112, 120, 95], "flow", KOOR_T),
        ("M03", "Prosentase UTTP Bertanda Tera Sah Yang Berlaku (%)", "%", 87, 87, [87, 87, 87, 87],
         [84.1, 85.6, 87.0, 88.2], "level", KOOR_T),
        ("M16", "Jumlah Standar Ukuran Yang Dikalibrasi/Diverifikasi (buah)", "buah", 45, 45,
         [10, 15, 10, 10], [9, 16, 12, 10], "flow", KOOR_T),
        ("M05", "Jumlah Pompa Ukur BBM (Nozzle) Yang Ditera Ulang", "nozzle", 104, 104, ["-", 52, "-", 52],
         ["-", 54, "-", 54], "flow", KOOR_T),
        ("M04", "Jumlah SPBU yang Diawasi (lokasi)", "lokasi", 14, 14, [3, 4, 4, 3], [3, 4, 4, 3], "flow",
         KOOR_P),
        ("M15", "Prosentase SPBU Tertib Ukur (%)", "%", 92, 92, [92, 92, 92, 92],
         [None, "85,71 %", None, "92,86 %"], "level", KOOR_P),
        ("M06", "Jumlah Pasar Tertib Ukur (pasar)", "pasar", 4, 4, [3, 3, 4, 4], [3, 3, 4, 4], "level",
         KOOR_P),
    ]),
    ("Meningkatnya Perlindungan Konsumen melalui Pengawasan Kemetrologian", [
        ("M07", "Jumlah Pengawasan UTTP, BDKT & Satuan Ukuran (kali)", "kali", 24, 24, [6, 6, 6, 6],
         [5, 7, 8, 7], "flow", KOOR_P),
        ("M08", "Jumlah BDKT yang Diawasi (produk)", "produk", 70, 70, [15, 20, 20, 15], [15, 20, 21, 17],
         "flow", KOOR_P),
        ("M14", "Jumlah Kasus Pelanggaran Kemetrologian Yang Ditindaklanjuti (kasus)", "kasus", 10, 10,
         [2, 3, 3, 2], [2, 3, 4, 3], "flow", KOOR_P),
        ("M13", "Jumlah Pelaku Usaha Yang Mendapatkan Penyuluhan Metrologi Legal (orang)", "orang", 160,
         160, [30, 40, 50, 40], [30, 45, 60, 40], "flow", KOOR_P),
        ("M10", "Jumlah Sidang Tera Ulang di Luar Kantor (kali)", "kali", 40, 40, [10, 10, 10, 10],
         [8, 11, 13, 10], "flow", KOOR_T),
    ]),
    ("Meningkatnya Kualitas Pelayanan dan Akuntabilitas Kinerja", [
        ("M11", "Indeks Kepuasan Masyarakat (IKM) Pelayanan Tera/Tera Ulang", "nilai", 81, 81,
         ["-", 81, "-", 81], [None, "82,95", None, "83,40"], "level", KTU),
        ("M17", "Persentase Layanan Tera Yang Selesai Tepat Waktu (%)", "%", 90, 90, [90, 90, 90, 90],
         [93.0, 94.1, 95.2, 0.945], "level", KOOR_T),   # 0.945 typed in a plain cell
        ("M12", "Jumlah Penera dan Pengamat Tera Bersertifikat (orang)", "orang", 7, 7, [6, 6, 7, 7],
         [6, 6, 6, 6], "level", KTU),
        ("M09", "Pendapatan Retribusi Pelayanan Tera / Tera Ulang (Rp)", "Rp", "Rp 275.000.000", 275000000,
         [60000000, 70000000, 75000000, 70000000], [58240000, 76915000, 81330000, 72925000], "flow", KTU),
        ("M18", "Nilai Evaluasi SAKIP UPTD", "predikat", "B", None, ["-", "-", "-", "B"],
         ["-", "-", "-", "B"], "grade", KTU),
        ("M19", "Jumlah Dokumen Perencanaan & Laporan Kinerja (dokumen)", "dokumen", 8, 8, [2, 2, 2, 2],
         [2, 2, 2, 2], "flow", KTU),
        ("M20", "Prosentase Serapan Anggaran (%)", "%", 0.95, 95, [0.2, 0.45, 0.7, 0.95],
         [0.1825, 0.4410, 0.6975, 0.9614], "pct", KTU),
    ]),
]
REAL21 = {"M01": 7045, "M02": 415, "M03": 88.2, "M16": 47, "M05": 108, "M04": 14, "M15": 92.86,
          "M06": 4, "M07": 27, "M08": 73, "M14": 12, "M13": 175, "M10": 42, "M11": 83.4, "M17": 0.945,
          "M12": 6, "M09": 289410000, "M18": None, "M19": 8, "M20": 96.14}
r = 8
no = 0
for sasaran, inds in RA21:
    r0 = r
    for (iid, name, unit, tdisp, tkey, tq, rq, kind, pj) in inds:
        no += 1
        t, rr = r, r + 1
        s.m(f"A{t}:A{rr}", no, h="center", border=True)
        s.m(f"C{t}:C{rr}", name, wrap=True, border=True)
        s.m(f"D{t}:D{rr}", unit, h="center", border=True)
        if kind == "pct":
            s.m(f"E{t}:E{rr}", tdisp, fmt=F_PCT0, border=True)
        else:
            s.m(f"E{t}:E{rr}", tdisp, fmt=F_INT if isinstance(tdisp, (int, float)) and tdisp >= 1000
                else None, border=True, h="right")
        s.w(f"F{t}", "T", h="center", border=True)
        s.w(f"F{rr}", "R", h="center", border=True)
        for q in range(4):
            col = "GHIJ"[q]
            tv, rv = tq[q], rq[q]
            fmt_t = F_PCT0 if kind == "pct" else (F_INT if isinstance(tv, (int, float)) and tv >= 1000
                                                  else None)
            fmt_r = F_PCT2 if kind == "pct" else (F_INT if isinstance(rv, (int, float)) and rv >= 1000
                                                  else None)
            s.w(f"{col}{t}", tv, fmt=fmt_t, border=True, h="right")
            s.w(f"{col}{rr}", rv, fmt=fmt_r, border=True, h="right")
        s.m(f"L{t}:L{rr}", pj, wrap=True, border=True)
        s.w(f"K{t}", None, border=True)
        if kind == "flow":
            s.w(f"K{rr}", f"=ROUND(SUM(G{rr}:J{rr})/E{t}*100,2)", fmt=F_DEC2, border=True)
        elif kind == "pct":
            s.w(f"K{rr}", f"=ROUND(J{rr}/E{t}*100,2)", fmt=F_DEC2, border=True)
        elif kind == "grade":
            s.w(f"K{rr}", 100, border=True)
        elif iid in ("M15", "M11"):
            s.w(f"K{rr}", {"M15": 100.93, "M11": 102.96}[iid], fmt=F_DEC2, border=True)
        else:
            s.w(f"K{rr}", f"=ROUND(J{rr}/E{t}*100,2)", fmt=F_DEC2, border=True)
        rule = "sum" if iid in FLOW else "last"
        s.key(iid, 2021, f"C{t}", tkey, REAL21[iid], ("cell", f"E{t}"),
              (rule, [f"{c}{rr}" for c in "GHIJ"]))
        r += 2
        if iid == "M06":
            # hidden draft rows (not key rows): an indicator dropped before signing
            s.m(f"C{r}:C{r + 1}", "Jumlah UTTP rusak yang diafkir (unit)", wrap=True)
            s.w(f"D{r}", "unit")
            s.w(f"E{r}", 50)
            s.w(f"F{r}", "T")
            s.w(f"F{r + 1}", "R")
            for q, col in enumerate("GHIJ"):
                s.w(f"{col}{r}", [10, 15, 15, 10][q])
                s.w(f"{col}{r + 1}", [8, 11, 19, 7][q])
            s.hide_row(r)
            s.hide_row(r + 1)
            r += 2
    s.m(f"B{r0}:B{r - 1}", sasaran, wrap=True, v="top", border=True)
    s.box(f"B{r0}:B{r - 1}")
r += 1
s.w(f"B{r}", "Keterangan: T = Target triwulan, R = Realisasi triwulan; IKM diukur per semester.", i=True,
    v=None)
signature(s, r + 2, 9, "Tanjung Lamatu, 10 Januari 2022", "Kepala UPTD Metrologi Legal",
          *KEPALA_UPTD_1, width=3)

# ---------------- hidden draft sheet (not key) ----------------
s = b1.sheet("Draft RA", hidden=True)
s.w("A1", "DRAFT RENCANA AKSI 2021 (jangan dicetak)")
s.w("A3", "Indikator Kinerja")
s.w("B3", "Target")
s.w("C3", "TW I")
for k, (nm, tg, q1) in enumerate([("Jumlah UTTP yang Ditera Ulang (unit)", 7000, 1400),
                                  ("Jumlah UTTP yang Ditera (Tera Baru) (unit)", 380, 90),
                                  ("Jumlah SPBU yang Diawasi (lokasi)", 14, 3),
                                  ("Nilai Evaluasi SAKIP UPTD", "BB", "-")]):
    s.w(f"A{4 + k}", nm)
    s.w(f"B{4 + k}", tg)
    s.w(f"C{4 + k}", q1)

s = b1.sheet("Catatan")
s.width(A=100)
for k, txt in enumerate([
    "Catatan penyusunan:",
    "1. Sheet PK 2020 memakai target PK Perubahan (refocusing Covid-19).",
    "2. Sheet RA 2021: baris T = target per triwulan, baris R = realisasi per triwulan.",
    "3. Data sidang tera ulang bersumber dari register sidang (Buku Register TU).",
    "4. Retribusi bersumber dari rekening kas daerah (STS) per bulan.",
]):
    s.w(f"A{k + 1}", txt, v=None)

# =====================================================================================
# Book 2 (.ods): monthly recap 2022, name band + value row
# =====================================================================================
b2 = ag.book("Rekap_Bulanan_Kinerja_Metrologi_2022", "ods")
s = b2.sheet("Rekap 2022")
s.width(A=5, B=16, C=15, P=28)
s.widths("DEFGHIJKLMNO", 11)
s.m("A1:P1", "REKAPITULASI CAPAIAN KINERJA BULANAN", b=True, size=13, h="center")
s.m("A2:P2", "UPTD METROLOGI LEGAL KOTA TANJUNG LAMATU", b=True, h="center")
s.m("A3:P3", "TAHUN 2022", b=True, h="center")
s.m("A5:A6", "No", **hdr)
s.m("B5:B6", "Indikator Kinerja / Satuan", **hdr)
s.m("C5:C6", "Target 2022", **hdr)
s.m("D5:O5", "Realisasi Bulan", **hdr)
s.m("P5:P6", "Ket.", **hdr)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
for k, mname in enumerate(MONTHS):
    s.w(f"{L(4 + k)}6", mname, **hdr)

RET22 = [21350000, 24780000, 27410000, 26950000, 25120000, 28640000, 30215000, 29870000, 27330000,
         26885000, 25950000]
ret22_real = sum(RET22) + 26450  # December typed "Rp 26.450" (thousands dropped): keyed as typed
Q = lambda d: [d.get(k) for k in range(12)]  # noqa: E731  month index -> value

# id, name, unit, target cell value, target fmt, target key, months(list of 12), months fmt, realisasi, ket
R22 = [
    ("A. TERA DAN TERA ULANG", [
        ("M01", "Jml UTTP yg ditera ulang", "unit", 7200, F_INT, 7200,
         [520, 560, 610, 640, 580, 650, 700, 690, 640, 620, 600, 578], None, 7388, "kantor + sidang"),
        ("M02", "Jml UTTP yg ditera (baru)", "unit", 420, None, 420,
         [30, 35, 38, 40, 36, 39, 41, 42, 37, 36, 35, 37], None, 446, ""),
        ("M03b", "Persentase UTTP wajib TU yg telah ditera ulang thd potensi UTTP", "%", "88 %", None, 88,
         Q({2: 0.801, 5: 0.835, 8: 0.852, 11: 0.869}), F_PCT1, 86.9, "dihitung per triwulan"),
        ("M05", "Jml nozzle pompa ukur BBM yg ditera ulang", "nozzle", 112, None, 112,
         Q({3: 56, 9: 56}), None, 112, "TU SPBU 2x setahun"),
        ("M06", "Jml pasar tertib ukur (kumulatif)", "pasar", 5, None, 5,
         [4] * 7 + [5] * 5, None, 5, "Pasar Lamatu Baru ditetapkan Agt"),
    ]),
    ("B. PENGAWASAN", [
        ("M04", "Jml SPBU yg diawasi & ditera ulang", "lokasi", 15, None, 15,
         [1, 1, 2, 1, 1, 1, 2, 1, 1, 2, 1, 1], None, 15, ""),
        ("M21", "Jml pengawasan UTTP di pasar & pertokoan", "kali", 18, None, 18,
         [1, 2, 2, 1, 2, 1, 2, 2, 1, 2, 2, 1], None, 19, ""),
        ("M22", "Jml pengawasan BDKT", "kali", 8, None, 8,
         Q({1: 1, 2: 1, 4: 1, 5: 1, 7: 1, 8: 1, 10: 1, 11: 1}), None, 8, ""),
        ("M08", "Jml produk BDKT yg diawasi", "produk", 75, None, 75,
         [6, 7, 7, 6, 8, 7, 7, 6, 7, 7, 6, 7], None, 81, ""),
        ("M15", "% SPBU tertib ukur", "%", 93, None, 93,
         Q({2: 86.67, 5: 86.67, 8: 93.33, 11: 93.33}), None, 93.33, "14 dari 15 SPBU"),
        ("M14", "Jml kasus pelanggaran yg ditindaklanjuti", "kasus", 12, None, 12,
         [1, "-", 1, 1, 1, 1, "-", 2, 1, 1, 1, 1], None, 11, ""),
    ]),
    ("C. PENYULUHAN DAN PELAYANAN", [
        ("M10", "Jml sidang TU di luar kantor", "kali", 44, None, 44,
         [3, 4, 4, 3, 4, 4, 4, 4, 3, 4, 4, 3], None, 44, ""),
        ("M13", "Jml pelaku usaha yg disuluh", "orang", 180, None, 180,
         ["-", 15, 18, 20, 14, 16, 18, 20, 17, 19, 18, 17], None, 192, ""),
        ("M11", "IKM pelayanan tera/TU", "nilai", "82 - 84", None, 82,
         Q({5: "83,72", 11: "84,06"}), None, 84.06, "survei semesteran"),
        ("M17", "% layanan tera selesai sesuai SOP", "%", 92, None, 92,
         [94.2, 94.8, 95.3, 95.0, 94.6, 95.4, 95.9, 95.2, 94.7, 95.5, 95.8, 95.1], None, 95.1, ""),
    ]),
    ("D. MANAJEMEN", [
        ("M12", "Jml SDM kemetrologian bersertifikat", "orang", 8, None, 8,
         [7] * 6 + [8] * 6, None, 8, "1 penera lulus diklat Jun"),
        ("M09", "Realisasi retribusi tera/tera ulang", "Rp", "Rp 300.000.000", None, 300000000,
         RET22 + ["Rp 26.450"], F_INT, ret22_real, "sumber: STS kas daerah"),
        ("M18", "Nilai AKIP UPTD", "predikat", "B", None, None,
         Q({11: "BB"}), None, None, "hasil evaluasi Inspektorat"),
        ("M19", "Jml dok. perencanaan & pelaporan", "dokumen", 9, None, 9,
         Q({0: 1, 1: 1, 2: 1, 3: 1, 5: 1, 6: 1, 8: 1, 9: 1, 11: 1}), None, 9, ""),
        ("M20", "% serapan anggaran", "%", 0.96, F_PCT0, 96,
         [0.041, 0.089, 0.162, 0.238, 0.311, 0.402, 0.478, 0.561, 0.648, 0.735, 0.842, 0.9702], F_PCT2,
         97.02, "kumulatif"),
    ]),
]
r = 7
no = 0
for sec, inds in R22:
    s.m(f"A{r}:P{r}", sec, b=True, fill=BLUE, border=True)
    r += 1
    for (iid, name, unit, tval, tfmt, tkey, months, mfmt, real, ket) in inds:
        no += 1
        s.w(f"A{r}", f"{no}.", h="center", border=True, fill=BAND)
        s.m(f"B{r}:P{r}", name, b=True, fill=BAND, border=True)
        s.box(f"B{r}:P{r}")
        v = r + 1
        s.w(f"A{v}", None, border=True)
        s.w(f"B{v}", unit, h="center", border=True)
        s.w(f"C{v}", tval, fmt=tfmt, h="right", border=True)
        for k, mv in enumerate(months):
            fmt = mfmt if isinstance(mv, (int, float)) else None
            s.w(f"{L(4 + k)}{v}", mv, fmt=fmt, h="right", border=True)
        s.w(f"P{v}", ket or None, wrap=True, border=True)
        rule = "sum" if iid in FLOW else "last"
        s.key(iid, 2022, f"B{r}", tkey, real, ("cell", f"C{v}"),
              (rule, [f"{L(4 + k)}{v}" for k in range(12)]))
        r += 2
        if iid == "M05":
            # hidden band (draft indicator, not a key row)
            s.w(f"A{r}", "", fill=BAND)
            s.m(f"B{r}:P{r}", "Jml UTTP afkir / rusak", b=True, fill=BAND)
            s.w(f"B{r + 1}", "unit")
            s.w(f"C{r + 1}", 60)
            for k in range(12):
                s.w(f"{L(4 + k)}{r + 1}", 5)
            s.hide_row(r)
            s.hide_row(r + 1)
            r += 2
r += 1
s.m(f"A{r}:P{r}", "Sumber data: Buku register pelayanan tera/tera ulang, register pengawasan, dan STS "
    "retribusi. Bulan tanpa isian = belum ada kegiatan/belum dilaporkan.", i=True, wrap=True)
s.height(r, 30)
signature(s, r + 2, 12, "Tanjung Lamatu, 6 Januari 2023", "Kepala UPTD Metrologi Legal",
          *KEPALA_UPTD_2, width=4)

s = b2.sheet("Keterangan")
s.width(A=90)
for k, txt in enumerate([
    "Singkatan: UTTP = alat Ukur, Takar, Timbang dan Perlengkapannya; TU = tera ulang;",
    "BDKT = Barang Dalam Keadaan Terbungkus; IKM = Indeks Kepuasan Masyarakat; SOP = standar waktu layanan.",
    "Mulai 2022 indikator pengawasan dipisah: pengawasan UTTP di pasar/pertokoan dan pengawasan BDKT.",
]):
    s.w(f"A{k + 1}", txt, v=None)

# =====================================================================================
# Book 3 (.xlsx): E.81 evaluation form, TW IV 2023 (+ hidden TW III copy)
# =====================================================================================
b3 = ag.book("E81_Evaluasi_Renja_Metrologi_TW_IV_2023", "xlsx")

SUB = "Pelayanan Tera/Tera Ulang UTTP"
# rows: (level, name_for_C, indicator_id, indicator name, unit, renstra K, real s.d. 2022 K, target K,
#        quarters K, col13 mode, key realisasi)
# col13 mode: 'sum' formula SUM of quarters, 'sum3' formula SUM of TW I-III (wrong), 'typed' value
E81 = [
    ("prog", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 80050000, [
        ("M20", "Persentase realisasi/serapan anggaran UPTD", "%", 97, 96.58, 97, [18.2, 41.7, 68.9, 98.45],
         "sum", 227.25),
        ("M18", "Hasil evaluasi AKIP Unit Kerja", "predikat", "A", "BB", "BB", ["-", "-", "-", "BB"],
         ("typed", "BB"), None),
    ]),
    ("keg", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 48250000, [
        ("M19", "Jumlah dokumen perencanaan dan laporan kinerja UPTD", "dokumen", 45, 25, 9, [2, 3, 2, 2],
         "sum", 9),
    ]),
    ("keg", "Administrasi Kepegawaian Perangkat Daerah", 31800000, [
        ("M12", "Jumlah SDM kemetrologian yang bersertifikat kompetensi", "orang", 10, 8, 9, [8, 8, 9, 9],
         ("typed", 9), 9),
    ]),
    ("prog", "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN", 1021750000, [
        ("M03b", "Persentase UTTP wajib tera ulang yang telah ditera ulang terhadap jumlah potensi UTTP", "%",
         92, 86.9, 90, [84.5, 87.2, 89.8, 91.35], ("typed", 91.35), 91.35),
        ("M15", "Persentase SPBU yang memenuhi tertib ukur", "%", 100, 93.33, 95, [87.5, 93.75, 93.75, 93.75],
         ("typed", 93.75), 93.75),
    ]),
    ("keg", "Pelaksanaan Metrologi Legal berupa Tera, Tera Ulang dan Pengawasan", 1021750000, [
        ("M17", "Persentase pelayanan tera/tera ulang yang diselesaikan tepat waktu sesuai SOP", "%", 96, 95.1,
         95, [96.1, 96.5, 97.0, 96.8], ("typed", 96.8), 96.8),
        ("M11", "Nilai IKM Pelayanan Metrologi Legal", "nilai", 85, 84.06, 83, [None, 84.9, None, 85.2],
         ("typed", 85.2), 85.2),
    ]),
    ("sub", SUB, 412600000, [
        ("M01", "Jumlah Alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP) yang ditera ulang", "unit",
         36000, 20745, 7500, [1710, 1850, 1960, 1609], ("typed", 0), 0),
        ("M02", "Jumlah UTTP baru yang ditera", "unit", 2200, 1159, 450, [105, 120, 131, 115], "sum", 471),
        ("M09", "Jumlah pendapatan retribusi pelayanan tera dan tera ulang", "Rp", 1600000000, 810760000,
         320000000, [71250000, 86430000, 92115000, 84330000], "sum", 334125000),
    ]),
    ("sub", "Pelaksanaan Sidang Tera Ulang di Luar Kantor", 236900000, [
        ("M10", "Frekuensi sidang tera ulang di luar kantor UPTD", "kali", 230, 116, 48, [10, 13, 14, 13],
         "sum", 50),
        ("M05", "Jumlah pompa ukur BBM di SPBU yang ditera ulang (nozzle)", "nozzle", 580, 316, 120,
         ["-", 60, "-", 58], "sum", 118),
    ]),
    ("sub", "Pengawasan UTTP, BDKT dan Satuan Ukuran", 198450000, [
        ("M04", "Jumlah SPBU yang dilakukan pengawasan", "lokasi", 80, 43, 16, [4, 4, 4, 3], "sum", 15),
        ("M21", "Jumlah pengawasan UTTP di pasar dan pertokoan (kali)", "kali", 100, 19, 20, [5, 6, 5, 5],
         "sum", 21),
        ("M22", "Jumlah pengawasan Barang Dalam Keadaan Terbungkus (BDKT)", "kali", 48, 8, 10, [2, 3, 2, 2],
         "sum", 9),
        ("M08", "Jumlah jenis produk BDKT yang diawasi", "produk", 380, 218, 80, [18, 21, 20, 19], "sum", 78),
        ("M14", "Jumlah pelanggaran metrologi legal yang ditindaklanjuti", "kasus", 60, 30, 12, [3, 4, 3, 3],
         "sum", 13),
    ]),
    ("sub", "Pembinaan Pasar Tertib Ukur dan Penyuluhan", 173800000, [
        ("M06", "Jumlah Pasar Tertib Ukur yang dibina dan dipertahankan", "pasar", 8, 5, 6, [5, 5, 5, 5],
         ("typed", 5), 5),
        ("M13", "Jumlah pelaku usaha peserta penyuluhan kemetrologian", "orang", 950, 487, 200,
         [38, 55, 64, 57], "sum3", 157),
    ]),
]
QB = {  # quarterly budget realisation per group (Rp), for the Rp columns
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA": [15700000, 20350000, 19200000, 23650000],
    "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah": [9500000, 12250000, 11800000,
                                                                         13900000],
    "Administrasi Kepegawaian Perangkat Daerah": [6200000, 8100000, 7400000, 9750000],
}


def build_e81(s, year_label, last_q, key):
    s.width(A=5, B=22, C=30, D=42, E=9, AD=18)
    s.widths(["F", "G", "H", "I", "J", "K", "X", "Y", "Z", "AA", "AB", "AC"], 13)
    s.widths(["L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W"], 11)
    s.m("A1:AD1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", b=True, size=13, h="center")
    s.m("A2:AD2", "UPTD METROLOGI LEGAL DINAS PERDAGANGAN KOTA TANJUNG LAMATU", b=True, h="center")
    s.m("A3:AD3", f"Periode Pelaksanaan : {year_label}", b=True, h="center")
    s.m("A4:AD4", "Indikator dan Target Kinerja Perangkat Daerah Kota yang mengacu pada Sasaran RPJMD : "
        "Meningkatnya perlindungan konsumen dan tertib niaga", i=True)
    H = [("A", "No"), ("B", "Sasaran"), ("C", "Program/Kegiatan/Sub Kegiatan"),
         ("D", "Indikator Kinerja Program (Outcome)/ Kegiatan (Output)"), ("E", "Satuan"), ("AD", "Unit PD Penanggung Jawab")]
    for col, txt in H:
        s.m(f"{col}6:{col}7", txt, **hdr)
    for rng, txt in [("F6:G7", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"),
                     ("H6:I7", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun 2022"),
                     ("J6:K7", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (Tahun 2023) yang dievaluasi"),
                     ("L6:W6", "Realisasi Kinerja Pada Triwulan"),
                     ("L7:N7", "I"), ("O7:Q7", "II"), ("R7:T7", "III"), ("U7:W7", "IV"),
                     ("X6:Y7", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi"),
                     ("Z6:AA7", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2023"),
                     ("AB6:AC7", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2023 (%)")]:
        s.m(rng, txt, **hdr)
    s.height(6, 60)
    s.height(7, 40)
    nums = [("A8", "1"), ("B8", "2"), ("C8", "3"), ("D8", "4"), ("E8", "5"), ("F8:G8", "6"), ("H8:I8", "7"),
            ("J8:K8", "8"), ("L8:N8", "9"), ("O8:Q8", "10"), ("R8:T8", "11"), ("U8:W8", "12"),
            ("X8:Y8", "13 = 9 + 10 + 11 + 12"), ("Z8:AA8", "14 = 7 + 13"), ("AB8:AC8", "15 = 14 / 6 x 100"),
            ("AD8", "16")]
    for rng, txt in nums:
        if ":" in rng:
            s.m(rng, txt, h="center", i=True, border=True)
        else:
            s.w(rng, txt, h="center", i=True, border=True)
    kr = ["F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y",
          "Z", "AA", "AB", "AC"]
    lab = ["K", "Rp", "K", "Rp", "K", "Rp", "K", "%", "Rp", "K", "%", "Rp", "K", "%", "Rp", "K", "%", "Rp",
           "K", "Rp", "K", "Rp", "K", "Rp"]
    for col, t in zip(kr, lab):
        s.w(f"{col}9", t, **hdr)
    for col in ["A", "B", "C", "D", "E", "AD"]:
        s.w(f"{col}9", None, border=True, fill=GREY)
    s.m("A10:AD10", "Perangkat Daerah : UPTD Metrologi Legal (Dinas Perdagangan)", b=True, fill=BLUE,
        border=True)
    r = 11
    first = r
    no = 0
    hidden_done = False
    for lvl, gname, budget, inds in E81:
        g0 = r
        n = len(inds)
        no += 1
        s.m(f"A{g0}:A{g0 + n - 1}", no, h="center", v="top", border=True)
        s.m(f"C{g0}:C{g0 + n - 1}", gname, b=(lvl == "prog"), wrap=True, v="top", border=True)
        # budget K/Rp pairs on the first row of the group, merged over its rows
        qb = QB.get(gname) or [round(budget * f / 1000) * 1000 for f in (0.19, 0.24, 0.27, 0.25)]
        for col, val in [("G", budget * 5), ("I", round(budget * 2.1 / 1000) * 1000), ("K", budget)]:
            s.m(f"{col}{g0}:{col}{g0 + n - 1}", val, fmt=F_ACC, border=True)
        for q, col in enumerate(["N", "Q", "T", "W"]):
            val = qb[q] if q < last_q else None
            s.m(f"{col}{g0}:{col}{g0 + n - 1}", val, fmt=F_ACC, border=True)
        s.m(f"Y{g0}:Y{g0 + n - 1}", f"=SUM(N{g0},Q{g0},T{g0},W{g0})", fmt=F_ACC, border=True)
        s.m(f"AA{g0}:AA{g0 + n - 1}", f"=I{g0}+Y{g0}", fmt=F_ACC, border=True)
        s.m(f"AC{g0}:AC{g0 + n - 1}", f"=ROUND(AA{g0}/G{g0}*100,2)", fmt=F_DEC2, border=True)
        for j, (iid, iname, unit, ren, real22, tgt, qs, mode, keyreal) in enumerate(inds):
            if lvl in ("prog", "keg") and n > 1:
                iname = f"{j + 1}. {iname}"   # numbered indicators of a programme / kegiatan
            s.w(f"D{r}", iname, wrap=True, v="top", border=True)
            s.w(f"E{r}", unit, h="center", border=True)
            fmtk = F_ACC if isinstance(tgt, (int, float)) and tgt >= 1000 else None
            s.w(f"F{r}", ren, fmt=fmtk, border=True, h="right")
            s.w(f"H{r}", real22, fmt=fmtk, border=True, h="right")
            s.w(f"J{r}", tgt, fmt=fmtk, border=True, h="right")
            for q, (ck, cp) in enumerate([("L", "M"), ("O", "P"), ("R", "S"), ("U", "V")]):
                val = qs[q] if q < last_q else None
                s.w(f"{ck}{r}", val, fmt=fmtk if isinstance(val, (int, float)) else None, border=True,
                    h="right")
                if isinstance(val, (int, float)) and isinstance(tgt, (int, float)):
                    s.w(f"{cp}{r}", f"={ck}{r}/J{r}", fmt=F_PCT0, border=True)
                else:
                    s.w(f"{cp}{r}", None, border=True)
            if last_q < 4:
                x = f"=SUM(L{r},O{r},R{r},U{r})" if iid in FLOW else (qs[last_q - 1] if qs[last_q - 1] not in
                                                                        (None, "-") else None)
                s.w(f"X{r}", x, fmt=fmtk, border=True)
            elif mode == "sum":
                s.w(f"X{r}", f"=SUM(L{r},O{r},R{r},U{r})", fmt=fmtk, border=True)
            elif mode == "sum3":
                s.w(f"X{r}", f"=SUM(L{r},O{r},R{r})", fmt=fmtk, border=True)
            else:
                s.w(f"X{r}", mode[1], fmt=fmtk if isinstance(mode[1], (int, float)) else None, border=True,
                    h="right")
            if isinstance(tgt, (int, float)):
                s.w(f"Z{r}", f"=H{r}+X{r}" if iid in FLOW else f"=X{r}", fmt=fmtk, border=True)
                s.w(f"AB{r}", f"=ROUND(Z{r}/F{r}*100,2)", fmt=F_DEC2, border=True)
            else:
                s.w(f"Z{r}", "BB", border=True, h="right")
                s.w(f"AB{r}", None, border=True)
            s.w(f"AD{r}", "UPTD Metrologi Legal", wrap=True, border=True)
            if key:
                tkey = tgt if isinstance(tgt, (int, float)) else None
                s.key(iid, 2023, f"D{r}", tkey, keyreal, ("cell", f"J{r}"), ("cell", f"X{r}"))
            r += 1
        if not hidden_done and gname == SUB:
            # hidden draft row inside the table (not a key row)
            s.w(f"C{r}", "Pengadaan Standar Ukuran (batal - tidak dianggarkan)")
            s.w(f"D{r}", "Jumlah standar ukuran yang diadakan")
            s.w(f"E{r}", "buah")
            s.w(f"J{r}", 12)
            s.hide_row(r)
            hidden_done = True
            r += 1
    s.m(f"B{first}:B{r - 1}", "Meningkatnya tertib ukur dan perlindungan konsumen di Kota Tanjung Lamatu",
        wrap=True, v="top", border=True)
    s.box(f"B{first}:B{r - 1}")
    r += 1
    s.m(f"A{r}:D{r}", "Rata-rata capaian kinerja (%)", b=True, border=True)
    s.w(f"X{r}", 101.8 if last_q == 4 else 76.3, fmt=F_DEC2, border=True)
    s.m(f"A{r + 1}:D{r + 1}", "Predikat kinerja", b=True, border=True)
    s.w(f"X{r + 1}", "Sangat Tinggi" if last_q == 4 else "Tinggi", border=True)
    s.m(f"A{r + 2}:D{r + 2}", "Faktor pendorong keberhasilan pencapaian:", b=True)
    s.m(f"E{r + 2}:AD{r + 2}", "Dukungan sidang tera ulang terpadu di kecamatan dan aplikasi antrean daring "
        "(SITERA).", wrap=True)
    s.m(f"A{r + 3}:D{r + 3}", "Faktor penghambat pencapaian kinerja:", b=True)
    s.m(f"E{r + 3}:AD{r + 3}", "Keterbatasan penera (9 orang) dan kendaraan operasional; rekap penyuluhan "
        "TW IV terlambat masuk.", wrap=True)
    s.m(f"A{r + 4}:D{r + 4}", "Tindak lanjut yang diperlukan dalam triwulan berikutnya / Renja berikutnya:",
        b=True, wrap=True)
    s.m(f"E{r + 4}:AD{r + 4}", "Penambahan jadwal sidang tera di pasar rakyat dan pengusulan diklat penera.",
        wrap=True)
    s.height(r + 4, 30)
    sr = r + 6
    s.m(f"C{sr}:D{sr}", "Disusun", h="center")
    s.m(f"C{sr + 1}:D{sr + 1}", "Tanjung Lamatu, 12 Januari 2024", h="center")
    s.m(f"C{sr + 2}:D{sr + 2}", "KEPALA UPTD METROLOGI LEGAL", h="center", b=True)
    s.m(f"C{sr + 6}:D{sr + 6}", KEPALA_UPTD_2[0], h="center", b=True)
    s.m(f"C{sr + 7}:D{sr + 7}", KEPALA_UPTD_2[1], h="center")
    s.m(f"C{sr + 8}:D{sr + 8}", f"NIP. {KEPALA_UPTD_2[2]}", h="center")
    s.m(f"X{sr}:AC{sr}", "Dievaluasi", h="center")
    s.m(f"X{sr + 1}:AC{sr + 1}", "Tanjung Lamatu, 19 Januari 2024", h="center")
    s.m(f"X{sr + 2}:AC{sr + 2}", "KEPALA DINAS PERDAGANGAN", h="center", b=True)
    s.m(f"X{sr + 6}:AC{sr + 6}", KADIS[0], h="center", b=True)
    s.m(f"X{sr + 7}:AC{sr + 7}", KADIS[1], h="center")
    s.m(f"X{sr + 8}:AC{sr + 8}", f"NIP. {KADIS[2]}", h="center")


build_e81(b3.sheet("TW IV 2023"), "Triwulan IV Tahun 2023", 4, True)
build_e81(b3.sheet("TW III 2023", hidden=True), "Triwulan III Tahun 2023", 3, False)

ag.finish()
