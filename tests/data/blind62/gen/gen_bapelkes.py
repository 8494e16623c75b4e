"""Agency 2: UPTD Balai Pelatihan Kesehatan (Bapelkes), Dinas Kesehatan Provinsi Sagara Wening
(invented), 2021-2024.

Files
  LKjIP_Bapelkes_2021_Bab_III.ods          Tabel 3.1 (LKjIP chapter III: realisasi 2019, 2020, target and
                                           realisasi 2021, target akhir Renstra; the table is pasted twice),
                                           Tabel 3.2 (budget)
  Capaian_IKU_Bapelkes_2022_2023.xlsx      IKU 2022 (two panels side by side), RA s.d. TW 2023
                                           (cumulative s.d. TW columns), Data Dukung (hidden)
  Matriks_Renstra_Capaian_Bapelkes_2024.xls  Renstra 2021-2026 (six years of targets + realisasi 2024 linked
                                           to a hidden sheet), Data TW 2024 (hidden)
"""
from common import (BAND, BLUE, F_DEC2, F_INT, F_PCT0, F_PCT2, GREEN, GREY, Agency, idn, rp,
                    signature)

SLUG = "uptd_bapelkes_prov_sagara_wening"
FLOW = ["B01", "B02", "B06", "B09", "B11", "B12", "B13", "B15", "B19", "B21", "B22", "B23"]
LEVEL = ["B03", "B04", "B05", "B05b", "B07", "B08", "B10", "B14", "B16", "B17", "B18", "B20"]
ag = Agency(SLUG, "UPTD Balai Pelatihan Kesehatan (Bapelkes) Dinas Kesehatan Provinsi Sagara Wening",
            [2021, 2022, 2023, 2024], FLOW, LEVEL, [["B05", "B05b"]])

KEPALA_1 = ("dr. ANDI MARLINA PRATIWI, M.Kes", "Pembina Tk. I (IV/b)", "19760418 200312 2 006")
KEPALA_2 = ("dr. YOHANES BUDI SETIAWAN, MPH", "Pembina (IV/a)", "19790102 200604 1 011")
hdr = dict(b=True, h="center", wrap=True, border=True, fill=GREY)

# =====================================================================================
# Book 1 (.ods): LKjIP 2021, chapter III table, pasted twice
# =====================================================================================
b1 = ag.book("LKjIP_Bapelkes_2021_Bab_III", "ods")
s = b1.sheet("Tabel 3.1")
s.width(A=5, B=50, C=11, D=13, E=13, F=14, G=14, H=11, I=14, J=13)

# id, name, unit, real2019, real2020, target(cell), realisasi(cell), target fmt, real fmt,
#     renstra 2026, capaian (typed or None = formula), key target, key realisasi
T21 = [
    ("Sasaran 1 : Meningkatnya kompetensi SDM kesehatan melalui pelatihan yang terakreditasi", [
        ("B01", "Jumlah pelatihan terakreditasi yang diselenggarakan", "pelatihan", 26, 14, 24, 22, None, None,
         40, None, 24, 22),
        ("B02", "Jumlah peserta pelatihan terakreditasi", "orang", 812, 398, 720, 684, None, None, 1250, None,
         720, 684),
        ("B03", "Persentase peserta pelatihan yang lulus evaluasi akhir", "%", 91.5, 89.2, 90, 0.875, None,
         None, 95, "97,22", 90, 0.875),   # fraction typed in a plain cell
        ("B04", "Rata-rata peningkatan nilai pre test - post test peserta", "poin", 14.2, 15.1, 15, 17.8,
         None, None, 18, None, 15, 17.8),
        ("B05", "Persentase alumni pelatihan yang menerapkan hasil pelatihan di tempat kerja", "%", "-",
         68.0, 70, 72.4, None, None, 80, None, 70, 72.4),
        ("B11", "Jumlah peserta pelatihan jarak jauh (e-learning)", "orang", 0, 1215, 1500, 2310, F_INT,
         F_INT, 4000, None, 1500, 2310),
        ("B12", "Jumlah tenaga kesehatan puskesmas yang dilatih", "orang", 340, 185, 300, 276, None, None, 400,
         None, 300, 276),
        ("B13", "Jumlah tenaga kesehatan yang dilatih kegawatdaruratan (BTCLS)", "orang", 144, 60, 120, 96,
         None, None, 150, None, 120, 96),
    ]),
    ("Sasaran 2 : Meningkatnya mutu penyelenggaraan pelatihan kesehatan", [
        ("B06", "Jumlah kurikulum dan modul pelatihan yang terakreditasi", "dokumen", 4, 5, 6, 6, None, None,
         12, None, 6, 6),
        ("B07", "Jumlah widyaiswara dan pelatih yang bersertifikat TOT", "orang", 14, 16, 18, 17, None, None,
         26, None, 18, 17),
        ("B14", "Persentase kabupaten/kota yang melaksanakan analisis kebutuhan pelatihan (TNA)", "%",
         "35,29 %", "41,18 %", "50 %", "52,94 %", None, None, "100 %", "105,88", 50, 52.94),
        ("B15", "Jumlah kerjasama pelatihan dengan institusi lain (MoU/PKS)", "dokumen", 4, 3, 5, 6, None,
         None, 10, None, 5, 6),
        ("B16", "Status akreditasi institusi Bapelkes", "predikat", "B", "A", "A", "A", None, None, "A", "100",
         None, None),
        ("B20", "Persentase sarana prasarana pelatihan dalam kondisi baik", "%", "-", "-", 80, 78.6, None,
         None, 90, None, 80, 78.6),
        ("B08", "Tingkat hunian asrama (BOR asrama)", "%", 71.3, 22.4, 60, 38.5, None, None, 75, None, 60,
         38.5),
        ("B10", "Indeks Kepuasan Masyarakat (IKM) peserta pelatihan", "nilai", 81.2, 82.7, 80, 84.25, None,
         None, 88, None, 80, 84.25),
    ]),
    ("Sasaran 3 : Meningkatnya akuntabilitas kinerja dan pengelolaan keuangan Balai", [
        ("B09", "Pendapatan retribusi pemakaian kekayaan daerah (asrama dan aula)", "Rp",
         rp(362415000), rp(96300000), rp(350000000), rp(212750000), None, None, rp(500000000), "60,79",
         350000000, 212750000),
        ("B17", "Nilai evaluasi AKIP UPTD", "nilai", "62,40", "66,85", 70, "71,35", None, None, 80, "101,93", 70,
         71.35),
        ("B18", "Persentase serapan anggaran", "%", 0.9412, 0.8835, 0.95, 0.9218, F_PCT2, F_PCT2, 0.98, None,
         95, 92.18),
        ("B19", "Jumlah dokumen perencanaan, evaluasi dan pelaporan", "dokumen", 9, 10, 10, 10, None, None,
         10, None, 10, 10),
    ]),
]


def lkjip_table(s, r, key):
    s.m(f"A{r}:J{r}", "Tabel 3.1", b=True, h="center")
    s.m(f"A{r + 1}:J{r + 1}", "Perbandingan Realisasi dan Capaian Kinerja Tahun 2021 dengan Tahun Sebelumnya "
        "dan Target Akhir Renstra", b=True, h="center", wrap=True)
    s.height(r + 1, 30)
    h = r + 3
    for col, txt in zip("ABCIJ", ["No", "Indikator Kinerja", "Satuan", "Target Akhir Renstra (2026)",
                                  "Capaian thd Target Akhir Renstra (%)"]):
        s.m(f"{col}{h}:{col}{h + 1}", txt, **hdr)
    s.m(f"D{h}:E{h}", "Realisasi", **hdr)
    s.w(f"D{h + 1}", "2019", **hdr)
    s.w(f"E{h + 1}", "2020", **hdr)
    s.m(f"F{h}:H{h}", "Tahun 2021", **hdr)
    s.w(f"F{h + 1}", "Target", **hdr)
    s.w(f"G{h + 1}", "Realisasi", **hdr)
    s.w(f"H{h + 1}", "% Capaian", **hdr)
    s.height(h, 30)
    r = h + 2
    no = 0
    for sas, inds in T21:
        s.m(f"A{r}:J{r}", sas, b=True, fill=BLUE, border=True)
        r += 1
        for (iid, name, unit, r19, r20, tg, re, tf, rf, ren, cap, tkey, rkey) in inds:
            no += 1
            s.w(f"A{r}", no, h="center", border=True)
            s.w(f"B{r}", name, wrap=True, border=True)
            s.w(f"C{r}", unit, h="center", border=True)
            pct = tf == F_PCT2
            for col, val, fm in [("D", r19, rf), ("E", r20, rf), ("F", tg, F_PCT0 if pct else tf),
                                 ("G", re, rf), ("I", ren, F_PCT0 if pct else tf)]:
                s.w(f"{col}{r}", val, fmt=fm if isinstance(val, (int, float)) else None, border=True,
                    h="right")
            if cap is None:
                s.w(f"H{r}", f"=ROUND(G{r}/F{r}*100,2)", fmt=F_DEC2, border=True)
            else:
                s.w(f"H{r}", cap, border=True, h="right")
            if isinstance(re, (int, float)) and isinstance(ren, (int, float)) and iid not in ("B03",):
                s.w(f"J{r}", f"=ROUND(G{r}/I{r}*100,2)", fmt=F_DEC2, border=True)
            else:
                s.w(f"J{r}", {"B03": "92,11", "B14": "52,94", "B16": "-", "B09": "42,55",
                              "B17": "89,19"}.get(iid, "-"), border=True, h="right")
            if key:
                s.key(iid, 2021, f"B{r}", tkey, rkey, ("cell", f"F{r}"), ("cell", f"G{r}"))
            r += 1
    return r


s.m("A1:J1", "BAB III", b=True, h="center", size=12)
s.m("A2:J2", "AKUNTABILITAS KINERJA", b=True, h="center", size=12)
s.m("A3:J3", "A. Capaian Kinerja Organisasi UPTD Balai Pelatihan Kesehatan Tahun 2021", b=True)
r = lkjip_table(s, 5, True)
s.m(f"A{r}:J{r}", "Sumber: SIMDIKLAT Bapelkes, laporan evaluasi pasca pelatihan dan LHE AKIP Inspektorat "
    "Provinsi, diolah.", i=True)
s.m(f"A{r + 1}:J{r + 1}", "*) Tahun 2020 dan 2021 sebagian pelatihan klasikal dialihkan ke pelatihan jarak jauh "
    "karena pandemi Covid-19.", i=True)
# the same table pasted a second time below (second copy: not key rows)
r2 = lkjip_table(s, r + 4, False)
signature(s, r2 + 2, 7, "Wening Raya, 28 Februari 2022", "Kepala UPTD Balai Pelatihan Kesehatan",
          *KEPALA_1, width=4)

s = b1.sheet("Tabel 3.2")
s.width(A=5, B=60, C=18, D=18, E=12)
s.m("A1:E1", "Tabel 3.2 Realisasi Anggaran per Program Tahun 2021", b=True, h="center")
for col, txt in zip("ABCDE", ["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"]):
    s.w(f"{col}3", txt, **hdr)
for k, (pr, pg, rl) in enumerate([
        ("Program Penunjang Urusan Pemerintahan Daerah Provinsi", 1875400000, 1741236500),
        ("Program Pengembangan Sumber Daya Manusia Kesehatan", 2963150000, 2719402300)]):
    rr = 4 + k
    s.w(f"A{rr}", k + 1, border=True)
    s.w(f"B{rr}", pr, border=True)
    s.w(f"C{rr}", pg, fmt=F_INT, border=True)
    s.w(f"D{rr}", rl, fmt=F_INT, border=True)
    s.w(f"E{rr}", f"=ROUND(D{rr}/C{rr}*100,2)", fmt=F_DEC2, border=True)
s.w("B6", "JUMLAH", b=True, border=True)
s.w("C6", "=SUM(C4:C5)", fmt=F_INT, border=True)
s.w("D6", "=SUM(D4:D5)", fmt=F_INT, border=True)
s.w("E6", "=ROUND(D6/C6*100,2)", fmt=F_DEC2, border=True)

# =====================================================================================
# Book 2 (.xlsx): IKU 2022 (two panels side by side) and RA s.d. TW 2023
# =====================================================================================
b2 = ag.book("Capaian_IKU_Bapelkes_2022_2023", "xlsx")
s = b2.sheet("IKU 2022")
s.width(A=5, B=40, C=10, D=13, E=13, F=10, G=3, H=5, I=40, J=10, K=13, L=13, M=10)
s.m("A1:M1", "CAPAIAN INDIKATOR KINERJA TAHUN 2022", b=True, size=13, h="center")
s.m("A2:M2", "UPTD BALAI PELATIHAN KESEHATAN DINAS KESEHATAN PROVINSI SAGARA WENING", b=True, h="center")
s.m("A3:M3", "(posisi 31 Desember 2022)", i=True, h="center")
s.m("A5:F5", "A. KINERJA PENYELENGGARAAN PELATIHAN", b=True, fill=BLUE, border=True)
s.m("H5:M5", "B. KINERJA MUTU, LAYANAN DAN MANAJEMEN", b=True, fill=BLUE, border=True)
for cols in ("ABCDEF", "HIJKLM"):
    for col, txt in zip(cols, ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]):
        s.w(f"{col}6", txt, **hdr)

# id, name, unit, target, realisasi, fmt(target, real), capaian typed or None, key t, key r
LEFT22 = [
    ("B01", "Jumlah Pelatihan Terakreditasi (angkatan)", "angkatan", 28, 30, None, None, 28, 30),
    ("B02", "Jumlah Peserta Pelatihan Terakreditasi (orang)", "orang", 840, 912, None, None, 840, 912),
    ("B03", "Prosentase Peserta Lulus Pelatihan (nilai post test ≥ 70)", "%", 90, 93.4, None, None, 90, 93.4),
    ("B04", "Rata - rata Peningkatan Nilai Pre Test ke Post Test (poin)", "poin", 15, 18.4, None, None, 15,
     18.4),
    ("B05", "Prosentase Alumni yang Menerapkan Hasil Pelatihan (evaluasi pasca pelatihan)", "%", 75, 76.8, None,
     None, 75, 76.8),
    ("B11", "Jumlah Peserta Pelatihan Jarak Jauh / E-Learning (orang)", "orang", 25000, 2846, F_INT, None, 25000,
     2846),   # 10x target typed (2.500 meant)
    ("B21", "Jumlah Pelatihan Daring/Blended yang Diselenggarakan (pelatihan)", "pelatihan", 6, 8, None, None,
     6, 8),
    ("B12", "Jumlah Nakes Puskesmas yang Dilatih (orang)", "orang", 320, 341, None, None, 320, 341),
    ("B13", "Jumlah Nakes Terlatih Kegawatdaruratan / BTCLS (orang)", "orang", 120, 128, None, None, 120, 128),
    ("B06", "Jumlah Kurikulum & Modul Terakreditasi (dokumen)", "dokumen", 8, 7, None, None, 8, 7),
]
RIGHT22 = [
    ("B07", "Jumlah Widyaiswara & Pelatih Bersertifikat (orang)", "orang", 20, 21, None, None, 20, 21),
    ("B14", "Prosentase Kab/Kota yang Melaksanakan TNA (%)", "%", "60 %", 0.6471, "pct_r", "107,85", 60, 64.71),
    ("B15", "Jumlah Kerjasama Pelatihan (MoU/PKS) (dokumen)", "dokumen", 6, 6, None, None, 6, 6),
    ("B16", "Akreditasi Institusi Bapelkes", "predikat", "A", "A", None, "100", None, None),
    ("B08", "Tingkat Hunian Asrama (%)", "%", 65, 71.2, None, None, 65, 71.2),
    ("B09", "Pendapatan Retribusi Sewa Asrama & Aula (Rp)", "Rp", rp(400000000, 1), rp(438615000, 1), None,
     "109,65", 400000000, 438615000),
    ("B10", "Indeks Kepuasan Peserta Pelatihan (IKM)", "nilai", 82, "85,60", None, "104,39", 82, 85.6),
    ("B17", "Nilai AKIP UPTD (skor)", "nilai", 72, 73.8, None, None, 72, 73.8),
    ("B18", "Prosentase Realisasi Anggaran (%)", "%", 0.95, 0.964, "pct", None, 95, 96.4),
    ("B19", "Jumlah Dokumen Perencanaan & Pelaporan (dokumen)", "dokumen", 10, 10, None, None, 10, 10),
]
for cols, rows in (("ABCDEF", LEFT22), ("HIJKLM", RIGHT22)):
    cn, ci, cu, ct, cr, cc = cols
    for k, (iid, name, unit, tg, re, fm, cap, tk, rk) in enumerate(rows):
        r = 7 + k
        s.w(f"{cn}{r}", k + 1, h="center", border=True)
        s.w(f"{ci}{r}", name, wrap=True, border=True)
        s.w(f"{cu}{r}", unit, h="center", border=True)
        if fm == "pct":
            s.w(f"{ct}{r}", tg, fmt=F_PCT0, border=True)
            s.w(f"{cr}{r}", re, fmt=F_PCT2, border=True)
        elif fm == "pct_r":
            s.w(f"{ct}{r}", tg, border=True, h="right")
            s.w(f"{cr}{r}", re, fmt=F_PCT2, border=True)
        else:
            s.w(f"{ct}{r}", tg, fmt=fm, border=True, h="right")
            s.w(f"{cr}{r}", re, fmt=F_INT if isinstance(re, (int, float)) and re >= 1000 else None,
                border=True, h="right")
        if cap is None:
            s.w(f"{cc}{r}", f"=ROUND({cr}{r}/{ct}{r}*100,2)", fmt=F_DEC2, border=True)
        else:
            s.w(f"{cc}{r}", cap, border=True, h="right")
        s.key(iid, 2022, f"{ci}{r}", tk, rk, ("cell", f"{ct}{r}"), ("cell", f"{cr}{r}"), col=True)
s.m("A18:F18", "Indikator panel A: 10, tercapai 8", i=True)
s.m("H18:M18", "Indikator panel B: 10, tercapai 9", i=True)
s.m("A20:M20", "Catatan: target jumlah peserta PJJ mengikuti DPA perubahan; capaian > 100 % tidak dibatasi.",
    i=True)
signature(s, 22, 9, "Wening Raya, 9 Januari 2023", "Kepala UPTD Balai Pelatihan Kesehatan", *KEPALA_1,
          width=4)

# ---------------- RA s.d. TW 2023 (cumulative) ----------------
s = b2.sheet("RA s.d. TW 2023")
s.width(A=5, B=24, C=42, D=10, E=13, N=11, O=26)
s.widths("FGHIJKLM", 12)
s.m("A1:O1", "RENCANA AKSI DAN REALISASI KUMULATIF TAHUN 2023", b=True, size=13, h="center")
s.m("A2:O2", "UPTD BALAI PELATIHAN KESEHATAN - DINAS KESEHATAN PROVINSI SAGARA WENING", b=True, h="center")
for col, txt in zip("ABCDENO", ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2023",
                                "Capaian s.d. TW IV (%)", "Keterangan"]):
    s.m(f"{col}4:{col}5", txt, **hdr)
for c1, c2, txt in [("F", "G", "s.d. TW I"), ("H", "I", "s.d. TW II"), ("J", "K", "s.d. TW III"),
                    ("L", "M", "s.d. TW IV")]:
    s.m(f"{c1}4:{c2}4", txt, **hdr)
    s.w(f"{c1}5", "Target", **hdr)
    s.w(f"{c2}5", "Realisasi", **hdr)

# id, name, unit, target(cell), key target, T s.d. (4), R s.d. (4), ket
RA23 = [
    ("Meningkatnya kompetensi SDM kesehatan melalui pelatihan terakreditasi", [
        ("B01", "Jml pelatihan yg terakreditasi yg dilaksanakan", "pelatihan", 32, 32, [6, 15, 26, 32],
         [7, 16, 27, 33], ""),
        ("B02", "Jml peserta pelatihan yg terakreditasi", "orang", 1100, 1100, [210, 520, 880, 1100],
         [238, 561, 1215, 1180], "rekap TW IV dari SIMDIKLAT"),   # cumulative that falls
        ("B03", "% peserta lulus (post test ≥ 70)", "%", 92, 92, [92, 92, 92, 92], [91.2, 92.8, 93.1, 94.05], ""),
        ("B04", "Rata2 kenaikan nilai pre-post test", "poin", 16, 16, [16, 16, 16, 16], [16.9, 17.5, 18.1, 18.6],
         ""),
        ("B05b", "% alumni yg kinerjanya meningkat\npasca pelatihan", "%", 60, 60, ["-", "-", 60, 60],
         ["-", "-", "58,3", "63,5"], "evaluasi pasca pelatihan smt II"),
        ("B11", "Jml peserta PJJ (e-learning)", "orang", 3000, 3000, [600, 1400, 2200, 3000],
         [620, 1480, 2250, 3105], ""),
        ("B21", "Jml pelatihan daring & blended", "pelatihan", 8, 8, [2, 4, 6, 8], [2, 5, 7, 9], ""),
        ("B23", "Jml nakes puskesmas & gadar yg dilatih", "orang", 480, 480, [80, 200, 340, 480],
         [85, 210, 356, 497], "gabungan nakes puskesmas dan BTCLS"),
        ("B22", "Jml kader kesehatan yg dilatih", "orang", 200, 200, [0, 50, 130, 200], [0, 60, 150, 215], ""),
    ]),
    ("Meningkatnya mutu penyelenggaraan pelatihan kesehatan", [
        ("B06", "Jml kurmod terakreditasi", "dokumen", 8, 8, [2, 4, 6, 8], [2, 4, 7, 9], ""),
        ("B07", "Jml WI/pelatih bersertifikat TOT", "orang", 22, 22, [21, 21, 22, 22], [21, 21, 22, 22], ""),
        ("B14", "% kab/kota melaksanakan TNA", "%", 70, 70, [20, 40, 60, 70], ["11,76", "35,29", "64,71", "76,47"],
         "13 dari 17 kab/kota"),
        ("B15", "Jml PKS/MoU pelatihan dg institusi lain", "dokumen", 7, 7, [1, 3, 5, 7], [2, 4, 6, 8], ""),
        ("B16", "Akreditasi institusi", "predikat", "A", None, ["-", "-", "-", "A"], ["-", "-", "-", "A"],
         "berlaku s.d. 2025"),
        ("B08", "BOR asrama", "%", "70 - 75", 70, [70, 70, 70, 70], [68.2, 72.5, 73.9, 74.6], ""),
        ("B10", "IKM", "nilai", 83, 83, ["-", 83, "-", 83], ["-", "84,10", "-", "86,02"], "survei semesteran"),
    ]),
    ("Meningkatnya akuntabilitas kinerja dan keuangan", [
        ("B09", "Pendapatan sewa sarana (asrama, aula, kelas)", "Rp", rp(450000000), 450000000,
         [rp(100000000), rp(220000000), rp(340000000), rp(450000000)],
         [rp(98450000), rp(201300000), rp(356200000), None], "TW IV menunggu rekonsiliasi BPKAD"),
        ("B17", "Nilai SAKIP", "nilai", 75, 75, ["-", "-", "-", 75], ["-", "-", "-", "74,12"], "LHE Inspektorat"),
        ("B18", "% realisasi anggaran", "%", 0.96, 96, [0.22, 0.48, 0.72, 0.96], [0.214, 0.479, 0.703, 0.9726],
         "kumulatif"),
    ]),
]
RKEY23 = {"B01": 33, "B02": 1180, "B03": 94.05, "B04": 18.6, "B05b": 63.5, "B11": 3105, "B21": 9, "B23": 497,
          "B22": 215, "B06": 9, "B07": 22, "B14": 76.47, "B15": 8, "B16": None, "B08": 74.6, "B10": 86.02,
          "B09": 356200000, "B17": 74.12, "B18": 97.26}
r = 6
no = 0
for sas, inds in RA23:
    r0 = r
    for (iid, name, unit, tg, tk, ts, rs, ket) in inds:
        no += 1
        s.w(f"A{r}", no, h="center", border=True)
        s.w(f"C{r}", name, wrap=True, border=True)
        s.w(f"D{r}", unit, h="center", border=True)
        pct = iid == "B18"
        s.w(f"E{r}", tg, fmt=F_PCT0 if pct else (F_INT if isinstance(tg, (int, float)) and tg >= 1000 else None),
            border=True, h="right")
        for q, (ct, cr) in enumerate([("F", "G"), ("H", "I"), ("J", "K"), ("L", "M")]):
            tv, rv = ts[q], rs[q]
            s.w(f"{ct}{r}", tv, fmt=F_PCT0 if pct else (F_INT if isinstance(tv, (int, float)) and tv >= 1000
                                                         else None), border=True, h="right")
            s.w(f"{cr}{r}", rv, fmt=F_PCT2 if pct else (F_INT if isinstance(rv, (int, float)) and rv >= 1000
                                                         else None), border=True, h="right")
        if iid in ("B16",):
            s.w(f"N{r}", 100, border=True)
        elif all(isinstance(x, (int, float)) for x in (tg, rs[3])):
            s.w(f"N{r}", f"=ROUND(M{r}/E{r}*100,2)", fmt=F_DEC2, border=True)
        else:
            s.w(f"N{r}", {"B08": "106,57", "B05b": "105,83", "B14": "109,24", "B10": "103,64", "B09": "79,16",
                          "B17": "98,83"}[iid], border=True, h="right")
        s.w(f"O{r}", ket or None, wrap=True, border=True)
        s.key(iid, 2023, f"C{r}", tk, RKEY23[iid], ("cell", f"E{r}"), ("cumlast", [f"G{r}", f"I{r}", f"K{r}",
                                                                               f"M{r}"]))
        r += 1
        if iid == "B02":
            s.w(f"C{r}", "Jml peserta pelatihan non terakreditasi (draft)")
            s.w(f"D{r}", "orang")
            s.w(f"E{r}", 300)
            s.w(f"M{r}", 342)
            s.hide_row(r)
            r += 1
    s.m(f"B{r0}:B{r - 1}", sas, wrap=True, v="top", border=True)
    s.box(f"B{r0}:B{r - 1}")
s.m(f"A{r + 1}:O{r + 1}", "Realisasi ditulis kumulatif s.d. triwulan berkenaan. Nilai SAKIP 2023 sementara "
    "(LHE final terbit Maret 2024).", i=True)
signature(s, r + 3, 11, "Wening Raya, 15 Januari 2024", "Kepala UPTD Balai Pelatihan Kesehatan", *KEPALA_2,
          width=4)

s = b2.sheet("Data Dukung", hidden=True)
s.width(A=45, B=12, C=12)
s.w("A1", "Daftar pelatihan terakreditasi 2023 (data dukung)")
for k, (nm, ang, ps) in enumerate([("Pelatihan BTCLS", 4, 120), ("Pelatihan Manajemen Puskesmas", 3, 90),
                                   ("Pelatihan Kader Posyandu", 6, 215), ("TOT Fasilitator", 2, 60),
                                   ("Pelatihan PPI", 3, 96), ("Jml peserta pelatihan yg terakreditasi", 33,
                                                             1215)]):
    s.w(f"A{3 + k}", nm)
    s.w(f"B{3 + k}", ang)
    s.w(f"C{3 + k}", ps)

# =====================================================================================
# Book 3 (.xls): Renstra matrix 2021-2026 with realisasi 2024 linked to a hidden sheet
# =====================================================================================
b3 = ag.book("Matriks_Renstra_Capaian_Bapelkes_2024", "xls")
s = b3.sheet("Renstra 2021-2026")
data = b3.sheet("Data TW 2024", hidden=True)
s.width(A=5, B=28, C=44, D=10, E=12, L=12, M=14, N=11, O=20)
s.widths("FGHIJK", 11)
s.m("A1:O1", "MATRIKS RENCANA STRATEGIS (RENSTRA) 2021-2026 DAN CAPAIAN TAHUN 2024", b=True, size=13,
    h="center")
s.m("A2:O2", "UPTD BALAI PELATIHAN KESEHATAN PROVINSI SAGARA WENING", b=True, h="center")
for col, txt in zip("ABCDELMNO", ["No", "Tujuan / Sasaran / Program", "Indikator Kinerja", "Satuan",
                                  "Kondisi Awal (2020)", "Kondisi Akhir Renstra (2026)", "Realisasi 2024",
                                  "Capaian 2024 (%)", "Penanggung Jawab"]):
    s.m(f"{col}4:{col}5", txt, **hdr)
s.m("F4:K4", "Target Kinerja Tahun", **hdr)
for k, y in enumerate(range(2021, 2027)):
    s.w(f"{'FGHIJK'[k]}5", str(y), **hdr)
s.height(4, 30)

data.width(A=50, B=10, C=10, D=10, E=10, F=10, G=12)
for col, txt in zip("ABCDEFG", ["Indikator", "Satuan", "TW I", "TW II", "TW III", "TW IV", "Tahunan"]):
    data.w(f"{col}1", txt, b=True)

# id, name, unit, kondisi awal, targets 2021..2026, tw values (4), annual mode, pj
# annual mode: 'sum' or 'last'; the main sheet links to Data TW 2024!G<row>
SEKSI_P = "Seksi Penyelenggaraan Pelatihan"
SEKSI_M = "Seksi Mutu & Pengembangan"
TU = "Subbag Tata Usaha"
REN = [
    ("TUJUAN : Meningkatnya kualitas dan kompetensi SDM kesehatan di Provinsi Sagara Wening", None),
    ("SASARAN 1 : Meningkatnya kompetensi SDM kesehatan melalui pelatihan terakreditasi", [
        ("B01", "Jumlah penyelenggaraan pelatihan terakreditasi", "pelatihan", 14, [24, 28, 32, 34, 37, 40],
         [7, 10, 11, 8], "sum", SEKSI_P),
        ("B02", "Jumlah peserta yang mengikuti pelatihan terakreditasi", "orang", 398,
         [720, 840, 1000, 1150, 1200, 1250], [246, 352, 381, 257], "sum", SEKSI_P),
        ("B03", "Persentase kelulusan peserta pelatihan", "%", 89.2, [90, 90, 92, 92, 94, 95],
         [93.8, 94.6, 94.9, 95.1], "last", SEKSI_P),
        ("B04", "Rata-rata peningkatan pengetahuan peserta (selisih nilai pre test dan post test)", "poin", 15.1,
         [15, 15, 16, 17, 17, 18], [18.2, 18.7, 19.0, 19.2], "last", SEKSI_P),
        ("B05b", "Persentase alumni pelatihan dengan peningkatan kinerja (evaluasi pasca pelatihan)", "%", "-",
         ["-", "-", 60, 65, 70, 75], [None, 61.0, None, 67.2], "last", SEKSI_M),
        ("B11", "Jumlah peserta pelatihan melalui metode jarak jauh (LMS)", "orang", 1215,
         [1500, 2500, 3000, 3200, 3500, 4000], [702, 941, 1003, 772], "sum", SEKSI_P),
        ("B21", "Jumlah pelatihan dengan metode daring dan blended learning", "pelatihan", 0,
         ["-", 6, 8, 10, 12, 12], [2, 3, 4, 2], "sum", SEKSI_P),
        ("B23", "Jumlah tenaga kesehatan yang dilatih (puskesmas dan kegawatdaruratan)", "orang", 245,
         ["-", "-", 480, 500, 520, 550], [104, 151, 163, 105], "sum", SEKSI_P),
        ("B22", "Jumlah kader kesehatan yang mengikuti pelatihan", "orang", 0, ["-", "-", 200, 250, 275, 300],
         [30, 88, 95, 55], "sum", SEKSI_P),
    ]),
    ("SASARAN 2 : Meningkatnya mutu penyelenggaraan pelatihan kesehatan", [
        ("B06", "Jumlah kurikulum/modul pelatihan yang diakreditasi Kemenkes", "dokumen", 5,
         [6, 8, 8, 10, 10, 12], [2, 3, 3, 2], "sum", SEKSI_M),
        ("B07", "Jumlah tenaga pelatih (widyaiswara dan fasilitator) bersertifikat", "orang", 16,
         [18, 20, 22, 24, 25, 26], [22, 22, 23, 23], "last", SEKSI_M),
        ("B14", "Persentase kabupaten/kota yang menyusun Training Need Assessment (TNA)", "%", 41.18,
         [50, 60, 70, 80, 90, 100], [23.53, 52.94, 70.59, 82.35], "last", SEKSI_M),
        ("B15", "Jumlah perjanjian kerja sama penyelenggaraan pelatihan", "dokumen", 3, [5, 6, 7, 8, 9, 10],
         [2, 2, 3, 1], "sum", SEKSI_M),
        ("B08", "Persentase tingkat hunian asrama", "%", 22.4, [60, 65, 70, 72, 74, 75],
         [70.5, 77.9, 80.2, 76.3], "last", TU),
        ("B10", "Nilai Indeks Kepuasan Masyarakat terhadap layanan pelatihan", "nilai", 82.7,
         [80, 82, 83, 85, 86, 88], [None, 86.9, None, 87.4], "last", TU),
    ]),
    ("SASARAN 3 : Meningkatnya akuntabilitas kinerja dan pengelolaan keuangan", [
        ("B09", "Jumlah pendapatan dari pemanfaatan sarana balai", "Rp", 96300000,
         [350000000, 400000000, 450000000, 480000000, 500000000, 500000000],
         [110250000, 128400000, 141690000, 122000000], "sum", TU),
        ("B17", "Nilai hasil evaluasi SAKIP Balai", "nilai", 66.85, [70, 72, 75, 76, 78, 80],
         [None, None, None, 77.05], "last", TU),
        ("B18", "Persentase realisasi anggaran Balai", "%", 88.35, [95, 95, 96, 97, 97, 98],
         [23.1, 49.6, 73.4, 98.02], "last", TU),
        ("B19", "Jumlah dokumen perencanaan dan laporan kinerja yang tersusun tepat waktu", "dokumen", 10,
         [10, 10, 10, 12, 12, 12], [3, 3, 3, 3], "sum", TU),
    ]),
]
# fill the hidden data sheet first (rows in the same order)
drow = {}
dr = 2
for grp, inds in REN:
    if not inds:
        continue
    for (iid, name, unit, awal, tg, tw, mode, pj) in inds:
        data.w(f"A{dr}", name)
        data.w(f"B{dr}", unit)
        for q, col in enumerate("CDEF"):
            data.w(f"{col}{dr}", tw[q], fmt=F_INT if tw[q] and tw[q] >= 1000 else None)
        if mode == "sum":
            data.w(f"G{dr}", f"=SUM(C{dr}:F{dr})", fmt=F_INT if iid in ("B02", "B11", "B09") else None)
        else:
            data.w(f"G{dr}", f"=F{dr}")
        drow[iid] = dr
        dr += 1


def annual(tw, mode):
    vals = [x for x in tw if x is not None]
    return sum(vals) if mode == "sum" else vals[-1]


WRONG_LINK = {"B06": "B07"}   # B06 realisasi links to the row of B07 (wrong formula)
r = 6
no = 0
for grp, inds in REN:
    s.m(f"A{r}:O{r}", grp, b=True, fill=BLUE if inds is None else GREEN, border=True)
    r += 1
    if not inds:
        continue
    for (iid, name, unit, awal, tg, tw, mode, pj) in inds:
        no += 1
        s.w(f"A{r}", no, h="center", border=True)
        s.w(f"B{r}", None, border=True)
        s.w(f"C{r}", name, wrap=True, border=True)
        s.w(f"D{r}", unit, h="center", border=True)
        big = iid in ("B02", "B11", "B09")
        s.w(f"E{r}", awal, fmt=F_INT if big else None, border=True, h="right")
        for k, col in enumerate("FGHIJK"):
            s.w(f"{col}{r}", tg[k], fmt=F_INT if big else None, border=True, h="right")
        s.w(f"L{r}", tg[5], fmt=F_INT if big else None, border=True, h="right")
        src = WRONG_LINK.get(iid, iid)
        s.w(f"M{r}", f"='Data TW 2024'!G{drow[src]}", fmt=F_INT if big else "0.00", border=True)
        s.w(f"N{r}", f"=ROUND(M{r}/I{r}*100,2)", fmt=F_DEC2, border=True)
        s.w(f"O{r}", pj, wrap=True, border=True)
        src_entry = [x for g, xs in REN if xs for x in xs if x[0] == src][0]
        s.key(iid, 2024, f"C{r}", tg[3], annual(src_entry[5], src_entry[6]), ("cell", f"I{r}"),
              ("cell", f"M{r}"))
        r += 1
r += 1
s.m(f"A{r}:O{r}", "Catatan: target 2025-2026 mengikuti Renstra Perubahan (Pergub Sagara Wening Nomor 45 Tahun "
    "2023); realisasi 2024 diambil dari sheet data triwulan.", i=True, wrap=True)
s.height(r, 30)
signature(s, r + 2, 11, "Wening Raya, 20 Januari 2025", "Kepala UPTD Balai Pelatihan Kesehatan", *KEPALA_2,
          width=4)

ag.finish()
