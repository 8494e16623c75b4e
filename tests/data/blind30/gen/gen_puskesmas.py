"""UPTD Puskesmas Tanjung Harapan, Kabupaten Batu Lintang, 2020-2023."""
import os
from decimal import Decimal, ROUND_HALF_UP
from openpyxl import Workbook
from common import *

K = Key("UPTD Puskesmas Tanjung Harapan Kabupaten Batu Lintang", "puskesmas", [2020, 2021, 2022, 2023])
K.ambiguous = [["p02", "p03"], ["p19", "p20"], ["p21", "p22"]]
KAPUS = ("Kepala UPTD Puskesmas Tanjung Harapan", "dr. FITRI HANDAYANI SIREGAR", "Penata Tk. I", "19850921 201101 2 006")


def r2(x):
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def y2020():
    fn = "PKP_Puskesmas_Tanjung_Harapan_2020.xlsx"; K.file(fn)
    wb = Workbook(); ws = wb.active; ws.title = "PKP 2020"
    for i, t in enumerate(["PENILAIAN KINERJA PUSKESMAS (PKP)", "UPTD PUSKESMAS TANJUNG HARAPAN",
                           "KABUPATEN BATU LINTANG", "TAHUN 2020"], 1):
        merge(ws, "A%d:H%d" % (i, i), t, True, box=False)
    hdr = ["No", "Upaya Kesehatan / Indikator", "Satuan", "Target Sasaran (jumlah)", "Target (%)",
           "Pencapaian (jumlah)", "Cakupan Realisasi (%)", "Analisa"]
    for i, t in enumerate(hdr):
        c = get_column_letter(i + 1); merge(ws, "%s6:%s7" % (c, c), t, True)
    row_put(ws, 8, 1, ["1", "2", "3", "4", "5", "6", "7 = 6/4", "8"])
    G = "grp"
    D = [
        (G, "I. UPAYA KESEHATAN MASYARAKAT (UKM) ESENSIAL"),
        (G, "1. Pelayanan Kesehatan Ibu dan Anak"),
        ("p01", "Cakupan kunjungan ibu hamil K1", "%", 612, 1.0, 599),
        ("p02", "Cakupan kunjungan ibu hamil K4", "%", 612, 0.95, 541),
        ("p05", "Cakupan persalinan di fasilitas kesehatan (PF)", "%", 584, 1.0, 539),
        ("p06", "Cakupan kunjungan neonatal lengkap (KN lengkap)", "%", 556, 1.0, 532),
        ("p23", "Cakupan imunisasi dasar lengkap (IDL)", "%", 556, 0.93, 493),
        (G, "2. Pelayanan Gizi"),
        ("p26", "Cakupan balita ditimbang (D/S)", "%", 2480, 0.85, 1548),
        ("p27", "Cakupan ASI eksklusif", "%", 301, 0.5, 163),
        (G, "II. STANDAR PELAYANAN MINIMAL (SPM) BIDANG KESEHATAN"),
        ("p04", "Pelayanan kesehatan ibu hamil", "%", 612, 1.0, 541),
        ("p08", "Pelayanan kesehatan balita sesuai standar", "%", 2480, 1.0, 1940),
        ("p09", "Pelayanan kesehatan pada usia pendidikan dasar", "%", 3105, 1.0, 3105),
        ("p10", "Pelayanan kesehatan pada usia produktif", "%", 21450, 1.0, 9717),
        ("p11", "Pelayanan kesehatan penderita hipertensi", "%", 4120, 1.0, 1586),
        ("p12", "Pelayanan kesehatan penderita diabetes melitus", "%", 812, 1.0, 578),
        ("p13", "Pelayanan kesehatan orang dengan gangguan jiwa (ODGJ) berat", "%", 38, 1.0, 38),
        ("p14", "Pelayanan kesehatan orang terduga tuberkulosis", "%", 420, 1.0, 269),
        ("p16", "Pelayanan kesehatan orang dengan risiko terinfeksi HIV", "%", 765, 1.0, 554),
        ("AVG", "Rata-rata cakupan SPM"),
        (G, "III. MUTU DAN MANAJEMEN PUSKESMAS"),
        ("p17", "Indeks Kepuasan Masyarakat (IKM)", "nilai", "-", 80, "-", 82.15),
        ("p18", "Status akreditasi Puskesmas", "status", "-", "Madya", "-", "Madya"),
        ("p19", "Jumlah kematian ibu", "kasus", "-", 0, "-", 1),
        ("p21", "Jumlah kematian bayi", "kasus", "-", 2, "-", 3),
    ]
    r = 9; spm_first = None
    for d in D:
        if d[0] == G:
            merge(ws, "A%d:H%d" % (r, r), d[1], True, align=WRAP); r += 1; continue
        if d[0] == "AVG":
            merge(ws, "A%d:F%d" % (r, r), d[1], True)
            put(ws, "G%d" % r, "=AVERAGE(G%d:G%d)" % (spm_first, r - 1), fmt=PCT2); r += 1; continue
        sid, name, unit = d[:3]
        if unit == "%":
            sas, tgt, cap = d[3:]
            if sid == "p04":
                spm_first = r
            row_put(ws, r, 1, [None, name, unit, sas])
            put(ws, "E%d" % r, tgt, fmt=PCT0); put(ws, "F%d" % r, cap)
            put(ws, "G%d" % r, "=F%d/D%d" % (r, r), fmt=PCT2)
            kt, kr = round(tgt * 100, 6), round(cap / sas * 100, 6)
        else:
            sas, tgt, cap, real = d[3:]
            row_put(ws, r, 1, [None, name, unit, sas, tgt, cap, real])
            kt = tgt if isinstance(tgt, (int, float)) else None
            kr = real if isinstance(real, (int, float)) else None
        put(ws, "H%d" % r, None)
        K.add(fn, ws.title, r, 2020, name, sid, kt, kr, {"cell": "E%d" % r}, {"cell": "G%d" % r})
        r += 1
    # number the indicator rows within each group, as Puskesmas staff do
    n = 0
    for rr in range(9, r):
        if ws["B%d" % rr].value and ws["C%d" % rr].value:
            n += 1; ws["A%d" % rr].value = n
        elif ws["A%d" % rr].value and str(ws["A%d" % rr].value)[:1] in "I123":
            n = 0
    r += 1
    signature(ws, r, "F", "Tanjung Harapan, 8 Januari 2021", *KAPUS)
    widths(ws, {"A": 5, "B": 52, "C": 8, "D": 12, "E": 10, "F": 12, "G": 13, "H": 14})
    wb.save(os.path.join(RAW, fn))


def y2021():
    fn = "PK_Puskesmas_2021.xls"; K.file(fn)
    wb = Workbook(); ws = wb.active; ws.title = "PK 2021"
    for i, t in enumerate(["PENGUKURAN KINERJA", "UPTD PUSKESMAS TANJUNG HARAPAN", "TAHUN 2021"], 1):
        merge(ws, "A%d:H%d" % (i, i), t, True, box=False)
    ws["A5"] = "Tabel 1. Indikator Kinerja Utama"; ws["A5"].font = BOLD
    row_put(ws, 6, 1, ["No", "Sasaran", "Indikator Kinerja", "Polaritas", "Satuan", "Target", "Realisasi", "Capaian (%)"])
    S1 = "Meningkatnya derajat kesehatan ibu dan anak"
    S2 = "Meningkatnya pengendalian penyakit"
    S3 = "Meningkatnya mutu pelayanan Puskesmas"
    NEG = "(2*F{r}-G{r})/F{r}*100"
    D = [  # sas, id, name, pol, unit, target, real, cap (None -> formula)
        (S1, "p19", "Jumlah kasus kematian ibu", "Negatif", "kasus", 0, 2, "-"),
        (S1, "p21", "Jumlah kasus kematian bayi", "Negatif", "kasus", 2, 1, "neg"),
        (S1, "p25", "Prevalensi stunting", "Negatif", "%", 20, 18.2, "neg"),
        (S1, "p01", "Cakupan K1", "Positif", "%", 100, 98.5, None),
        (S1, "p02", "Cakupan K4", "Positif", "%", 95, "90,1 %", 94.84),
        (S1, "p07", "Cakupan KN1", "Positif", "%", 100, 99.4, None),
        (S1, "p23", "Cakupan IDL", "Positif", "%", 95, 84.2, 88.63),
        (S1, "p26", "Cakupan D/S", "Positif", "%", 85, 58.3, None),
        (S1, "p27", "Persentase bayi usia < 6 bulan mendapat ASI Eksklusif", "Positif", "%", 50, 48.7, None),
        (S2, "p15", "Angka keberhasilan pengobatan TB (success rate)", "Positif", "%", 90, 88, None),
        (S3, "p17", "IKM Puskesmas", "Positif", "nilai", 80, 83.4, None),
        (S3, "p18", "Akreditasi Puskesmas", "Positif", "status", "Utama", "Madya", "-"),
    ]
    r = 7; spans = {}
    for i, (s, sid, name, pol, unit, t, re_, cap) in enumerate(D, 1):
        row_put(ws, r, 1, [i, s if s not in spans else None, name, pol, unit, t, re_])
        spans.setdefault(s, [r, r]); spans[s][1] = r
        if cap is None:
            put(ws, "H%d" % r, "=ROUND(G%d/F%d*100,2)" % (r, r))
        elif cap == "neg":
            put(ws, "H%d" % r, "=ROUND(" + NEG.format(r=r) + ",2)")
        else:
            put(ws, "H%d" % r, cap)
        kt = t if isinstance(t, (int, float)) else None
        kr = re_ if isinstance(re_, (int, float)) else (90.1 if re_ == "90,1 %" else None)
        K.add(fn, ws.title, r, 2021, name, sid, kt, kr, {"cell": "F%d" % r}, {"cell": "G%d" % r})
        r += 1
    for s, (a, b) in spans.items():
        if b > a:
            ws.merge_cells("B%d:B%d" % (a, b))
    r += 1
    ws["A%d" % r] = "Tabel 2. Capaian Standar Pelayanan Minimal (SPM) Bidang Kesehatan"; ws["A%d" % r].font = BOLD; r += 1
    row_put(ws, r, 1, ["No", "Indikator SPM", None, "Jumlah Sasaran", "Jumlah Terlayani", "Target (%)", "Realisasi (%)", "Capaian (%)"])
    ws.merge_cells("B%d:C%d" % (r, r)); r += 1
    D2 = [
        ("p04", "Persentase ibu hamil mendapatkan pelayanan kesehatan sesuai standar", 608, 548),
        ("p05", "Persalinan di fasilitas pelayanan kesehatan", 580, 552),
        ("p06", "Cakupan KN Lengkap", 552, 537),
        ("p08", "Cakupan pelayanan kesehatan balita", 2455, 2001),
        ("p09", "Pelayanan kesehatan pada usia pendidikan dasar", 3120, "-"),
        ("p10", "Pelayanan kesehatan pada usia produktif", 21800, 11358),
        ("p11", "Cakupan penderita hipertensi mendapat pelayanan sesuai standar", 4150, 1743),
        ("p12", "Cakupan penderita DM mendapat pelayanan sesuai standar", 820, 656),
        ("p13", "Cakupan ODGJ berat mendapat pelayanan", 40, 35),
        ("p14", "Cakupan terduga TB mendapat pelayanan sesuai standar", 432, 252),
        ("p16", "Cakupan orang berisiko terinfeksi HIV mendapat pemeriksaan HIV", 780, 530),
    ]
    first = r
    for i, (sid, name, sas, lay) in enumerate(D2, 1):
        row_put(ws, r, 1, [i, name, None, sas, lay, 100])
        ws.merge_cells("B%d:C%d" % (r, r))
        if lay == "-":
            put(ws, "G%d" % r, "-"); put(ws, "H%d" % r, "-"); kr = None
        else:
            put(ws, "G%d" % r, "=ROUND(E%d/D%d*100,2)" % (r, r)); put(ws, "H%d" % r, "=ROUND(G%d/F%d*100,2)" % (r, r))
            kr = r2(lay / sas * 100)
        K.add(fn, ws.title, r, 2021, name, sid, 100, kr, {"cell": "F%d" % r}, {"cell": "G%d" % r})
        r += 1
    merge(ws, "A%d:G%d" % (r, r), "Rata-rata capaian SPM", True)
    put(ws, "H%d" % r, "=ROUND(AVERAGE(H%d:H%d),2)" % (first, r - 1)); r += 2
    ws["A%d" % r] = "Jumlah Anggaran (BOK dan JKN) Tahun 2021 : Rp. 1.873.450.000,-"; r += 2
    signature(ws, r, "F", "Tanjung Harapan, 31 Desember 2021", *KAPUS)
    widths(ws, {"A": 5, "B": 30, "C": 50, "D": 11, "E": 11, "F": 10, "G": 11, "H": 11})
    wb.save(os.path.join(RAW, fn.replace(".xls", ".xlsx")))


def y2022():
    fn = "RA_Puskesmas_TH_2022.ods"; K.file(fn)
    wb = Workbook(); ws = wb.active; ws.title = "Rencana Aksi"
    merge(ws, "A1:M1", "RENCANA AKSI KINERJA UPTD PUSKESMAS TANJUNG HARAPAN TAHUN 2022", True, box=False)
    merge(ws, "A2:M2", "Realisasi s.d. Triwulan IV", False, box=False)
    for c, t in zip("ABCDM", ["No", "Indikator", "Satuan", "Target 2022", "Penanggung Jawab"]):
        merge(ws, "%s4:%s5" % (c, c), t, True)
    for (a, b), t in zip([("E", "F"), ("G", "H"), ("I", "J"), ("K", "L")], ["TW I", "TW II", "TW III", "TW IV"]):
        merge(ws, "%s4:%s4" % (a, b), t, True)
        put(ws, a + "5", "T", align=CENTER); put(ws, b + "5", "R", align=CENTER)
    ws.column_dimensions["M"].hidden = True
    d = "-"
    c4 = [25, 50, 75, 100]
    D = [
        ("Sasaran : Meningkatnya kesehatan ibu dan anak",),
        ("p01", "Cakupan kunjungan antenatal K1", "%", 100, c4, [24.8, 51.2, 77, 101.2], "last", "Bidan Koordinator"),
        ("p03", "Cakupan K6", "%", 80, [20, 40, 60, 80], [18, 37.5, 58, 76.5], "last", "Bidan Koordinator"),
        ("p04", "Pelayanan kesehatan ibu hamil sesuai standar (SPM)", "%", 100, c4, [19, 38, 57, 76.5], "last", "Bidan Koordinator"),
        ("p05", "Cakupan Persalinan di Faskes", "%", 100, c4, [24, 49, 73, 97.6], "last", "Bidan Koordinator"),
        ("p06", "Pelayanan kesehatan bayi baru lahir (KN lengkap)", "%", 100, c4, [25, 50, 74, 98.9], "last", "Bidan Koordinator"),
        ("p08", "Persentase balita mendapat pelayanan kesehatan sesuai standar", "%", 100, c4, [20, 42, 64, 85], "last", "Pengelola KIA"),
        ("p23", "Persentase bayi yang mendapat imunisasi dasar lengkap", "%", 95, [23.75, 47.5, 71.25, 95], [22, 46, 70, 92.6], "last", "Pengelola Imunisasi"),
        ("p27", "Cakupan ASI Eksklusif", "%", 60, [60] * 4, [58, 61, 62, 63], "last", "Nutrisionis"),
        ("p26", "Partisipasi masyarakat dalam penimbangan (D/S)", "%", 85, [85] * 4, [70.2, 72, 74.1, 75.6], "last", "Nutrisionis"),
        ("p25", "Prevalensi balita stunting", "%", 18, [18] * 4, [19.1, 17.8, 17, 16.4], "last", "Nutrisionis"),
        ("p20", "Angka Kematian Ibu (AKI) per 100.000 KH", "per 100.000 KH", 100, [d, d, d, 100], [d, d, d, 124.5], "last", "Bidan Koordinator"),
        ("p22", "Angka kematian bayi (per 1.000 KH)", "per 1.000 KH", 5, [d, d, d, 5], [d, d, d, 3.74], "last", "Bidan Koordinator"),
        ("p28", "Jumlah kelas ibu hamil yang dilaksanakan", "kali", 12, [3] * 4, [3, 3, 3, 3], "sum", "Bidan Koordinator"),
        ("Sasaran : Meningkatnya pengendalian penyakit menular dan tidak menular",),
        ("p09", "Cakupan pelayanan kesehatan usia pendidikan dasar", "%", 100, [d, d, 50, 100], [d, d, 48, 94.2], "last", "Pengelola UKS"),
        ("p10", "Cakupan skrining kesehatan usia produktif", "%", 100, c4, [15, 30, 48, 61.8], "last", "Pengelola PTM"),
        ("p11", "Persentase penderita Hipertensi mendapat pelayanan kesehatan sesuai standar", "%", 100, c4, [12, 25, 40, 55.6], "last", "Pengelola PTM"),
        ("p12", "Persentase penderita Diabetes Melitus (DM) mendapat pelayanan kesehatan sesuai standar", "%", 100, c4, [25, 48, 70, 92.5], "last", "Pengelola PTM"),
        ("p13", "ODGJ berat mendapat pelayanan kesehatan sesuai standar", "%", 100, c4, [30, 55, 80, 94.1], "last", "Pengelola Keswa"),
        ("p14", "Persentase orang terduga TBC mendapatkan pelayanan sesuai standar", "%", 100, c4, [20, 41, 60, 81.2], "last", "Pengelola P2 TB"),
        ("p16", "Orang dengan risiko terinfeksi HIV mendapat pelayanan deteksi dini", "%", 100, c4, [22, 44, 66, 88.3], "last", "Pengelola P2 HIV"),
        ("Sasaran : Meningkatnya mutu pelayanan Puskesmas",),
        ("p17", "Indeks Kepuasan Masyarakat", "nilai", 82, [d, 82, d, 82], [d, 83.9, d, "84,75"], "last", "Tim Mutu"),
        ("p18", "Akreditasi", "status", d, [d] * 4, [d] * 4, "last", "Tim Mutu"),
    ]
    r = 6; n = 0
    for x in D:
        if len(x) == 1:
            merge(ws, "A%d:M%d" % (r, r), x[0], True, align=WRAP); r += 1; continue
        sid, name, unit, t, T, R, rule, pj = x
        n += 1
        row_put(ws, r, 1, [n, name, unit, t])
        for q, (ct, cr) in enumerate([("E", "F"), ("G", "H"), ("I", "J"), ("K", "L")]):
            put(ws, "%s%d" % (ct, r), T[q]); put(ws, "%s%d" % (cr, r), R[q])
        put(ws, "M%d" % r, pj)
        if rule == "sum":
            kr = sum(R); rs = {"sum": ["F%d" % r, "H%d" % r, "J%d" % r, "L%d" % r]}
        else:
            v = R[3]; kr = 84.75 if v == "84,75" else (v if isinstance(v, (int, float)) else None)
            rs = {"last": "L%d" % r}
        K.add(fn, ws.title, r, 2022, name, sid, t if isinstance(t, (int, float)) else None, kr, {"cell": "D%d" % r}, rs)
        r += 1
    r += 1
    signature(ws, r, "I", "Tanjung Harapan, 31 Desember 2022", *KAPUS)
    widths(ws, {"A": 4, "B": 56, "C": 12, "D": 10})
    wb.save(os.path.join(RAW, fn.replace(".ods", ".xlsx")))


def y2023():
    fn = "Capaian_Kinerja_Puskesmas_TH_2023.xls"; K.file(fn)
    wb = Workbook(); ws = wb.active; ws.title = "Capaian"
    merge(ws, "A1:J1", "CAPAIAN KINERJA UPTD PUSKESMAS TANJUNG HARAPAN", True, box=False)
    merge(ws, "A2:J2", "TAHUN 2022", True, box=False)  # copied from last year's file
    hdr = [("A", "No"), ("B", "Indikator Kinerja"), ("C", "Satuan"), ("I", "Target Renstra 2026"), ("J", "Keterangan")]
    for c, t in hdr:
        merge(ws, "%s4:%s5" % (c, c), t, True)
    merge(ws, "D4:E4", "Realisasi", True)
    put(ws, "D5", "2021", align=CENTER); put(ws, "E5", "2022", align=CENTER)
    merge(ws, "F4:H4", "Tahun 2023", True)
    put(ws, "F5", "Target 2023", align=CENTER); put(ws, "G5", "Realisasi 2023", align=CENTER); put(ws, "H5", "Capaian (%)", align=CENTER)
    ws.column_dimensions["D"].hidden = True
    P = "pct"
    D = [
        ("A. Indikator Kinerja Utama",),
        ("p20", "AKI per 100.000 kelahiran hidup", "per 100.000 KH", "-", 124.5, 100, 0, 200, 70),
        ("p22", "AKB per 1.000 kelahiran hidup", "per 1.000 KH", "-", 3.74, 5, 2.5, "=ROUND((2*F{r}-G{r})/F{r}*100,2)", 4),
        ("p25", "Persentase balita stunting (prevalensi)", "%", 18.2, 16.4, 14, 14.9, None, 10),
        ("p23", "Cakupan Imunisasi Dasar Lengkap", "%", 84.2, 92.6, 95, 97.2, None, 95),
        ("p24", "Cakupan imunisasi rutin lengkap (IRL)", "%", "-", "-", 90, 86, None, 95),
        ("p17", "Nilai IKM", "nilai", 83.4, 84.75, 82, 86.1, None, 85),
        ("p18", "Status akreditasi Puskesmas", "status", "Madya", "-", "Paripurna", "Paripurna", 100, "Paripurna"),
        ("B. Indikator Standar Pelayanan Minimal (SPM)",),
        ("p04", "Pelayanan kesehatan ibu hamil sesuai standar (SPM)", "%", 90.13, 76.5, 100, 83.2, None, 100),
        ("p05", "Persentase persalinan di fasyankes", "%", 95.17, 97.6, 100, 99.05, None, 100),
        ("p06", "Cakupan kunjungan neonatus lengkap", "%", 97.28, 98.9, 100, 99.1, None, 100),
        ("p08", "Pelayanan kesehatan balita sesuai standar", "%", 81.51, 85, 100, 88.6, None, 100),
        ("p09", "Pelayanan kesehatan anak usia pendidikan dasar", "%", "-", 94.2, 100, 97, None, 100),
        ("p10", "Pelayanan kesehatan usia produktif", "%", 52.1, 61.8, (1.0, P), (0.704, P), None, 100),
        ("p11", "Pelayanan kesehatan penderita hipertensi", "%", 42, 55.6, (1.0, P), (0.63, P), None, 100),
        ("p12", "Pelayanan kesehatan penderita DM", "%", 80, 92.5, (1.0, P), (0.96, P), None, 100),
        ("p13", "Pelayanan kesehatan ODGJ berat", "%", 87.5, 94.1, 100, 100, None, 100),
        ("p14", "Pelayanan kesehatan orang terduga TBC", "%", 58.33, 81.2, 100, 92.4, 94.2, 100),
        ("p16", "Pelayanan kesehatan orang dengan risiko terinfeksi HIV", "%", 67.95, 88.3, 100, 95, None, 100),
        ("C. Indikator Kinerja Lainnya",),
        ("p01", "Persentase ibu hamil K1", "%", 98.5, 101.2, 100, 99, None, 100),
        ("p03", "Persentase ibu hamil mendapatkan pelayanan K6", "%", "-", 76.5, 85, 83.2, None, 95),
        ("p07", "Cakupan kunjungan neonatal pertama (KN1)", "%", 99.4, "-", 100, 100.3, None, 100),
        ("p15", "Angka keberhasilan pengobatan TB (success rate)", "%", 88, "-", 90, 91.5, None, 90),
        ("p26", "Cakupan penimbangan balita (D/S)", "%", 58.3, 75.6, 85, 80.2, None, 85),
        ("p28", "Jumlah pelaksanaan kelas ibu hamil", "kali", "-", 12, "12 kali", "14 kali", 116.67, 12),
    ]
    r = 6; n = 0; first = None
    for x in D:
        if len(x) == 1:
            merge(ws, "A%d:J%d" % (r, r), x[0], True, align=WRAP); r += 1; continue
        sid, name, unit, r21, r22, t, re_, cap, rn = x
        n += 1; first = first or r
        row_put(ws, r, 1, [n, name, unit, r21, r22])
        for c, v in (("F", t), ("G", re_)):
            if isinstance(v, tuple):
                put(ws, "%s%d" % (c, r), v[0], fmt=PCT2)
            else:
                put(ws, "%s%d" % (c, r), v)
        if cap is None:
            cap = "=ROUND(G{r}/F{r}*100,2)"
        put(ws, "H%d" % r, cap.format(r=r) if isinstance(cap, str) else cap)
        put(ws, "I%d" % r, rn); put(ws, "J%d" % r, "Negatif" if sid in ("p20", "p22", "p25") else None)
        def k(v):
            if isinstance(v, tuple):
                return round(v[0] * 100, 6)
            if isinstance(v, str):
                return int(v.split()[0]) if v[0].isdigit() else None
            return v
        K.add(fn, ws.title, r, 2023, name, sid, k(t), k(re_), {"cell": "F%d" % r}, {"cell": "G%d" % r})
        r += 1
    merge(ws, "A%d:G%d" % (r, r), "Rata-rata capaian kinerja", True)
    put(ws, "H%d" % r, "=ROUND(AVERAGE(H%d:H%d),2)" % (first, r - 1)); r += 2
    signature(ws, r, "G", "Tanjung Harapan, 10 Januari 2024", *KAPUS)
    widths(ws, {"A": 5, "B": 52, "C": 14, "D": 10, "E": 10, "F": 11, "G": 12, "H": 11, "I": 12, "J": 11})
    wb.save(os.path.join(RAW, fn.replace(".xls", ".xlsx")))


if __name__ == "__main__":
    os.makedirs(RAW, exist_ok=True)
    y2020(); y2021(); y2022(); y2023()
    K.save()
