"""Agency 3: UPTD Pengelola Gelanggang Olahraga (GOR) dan Stadion, Dinas Pemuda dan Olahraga Kabupaten
Sungai Rarangan (invented), 2018-2021.

Files
  PK_UPTD_GOR_Stadion_2018.xls            PK 2018 (Banjar-like: value and unit in one text cell, blank
                                          Sasaran = same as above, one indicator typed in the Sasaran
                                          column), Catatan, Sheet2 (hidden draft)
  Kartu_Capaian_Kinerja_GOR_2019.xlsx     Kartu IKU 2019 (one card per indicator, three cards across),
                                          Petunjuk
  RA_Triwulan_UPTD_GOR_2020.ods           RA TW 2020 (Target Awal / Target Perubahan, quarter targets and
                                          quarter realisasi in two column groups, no annual realisasi)
  Rekap_Bulanan_Pemanfaatan_GOR_Stadion_2021.xlsx  Rekap (1), Rekap (2): a monthly log turned over
                                          (indicators across, months down, "Jumlah / Realisasi" row), split
                                          over two sheets
"""
from common import (BAND, BLUE, F_DEC2, F_INT, F_PCT0, F_PCT2, GREEN, GREY, Agency, L, idn, rp,
                    signature)

SLUG = "uptd_gor_stadion_kab_sungai_rarangan"
FLOW = ["G01", "G02", "G03", "G03b", "G05", "G06", "G10", "G12", "G13", "G14", "G16", "G20", "G21", "G22"]
LEVEL = ["G04", "G07", "G08", "G09", "G11", "G15", "G17", "G18", "G19"]
ag = Agency(SLUG, "UPTD Pengelola Gelanggang Olahraga dan Stadion Dinas Pemuda dan Olahraga Kabupaten "
            "Sungai Rarangan", [2018, 2019, 2020, 2021], FLOW, LEVEL, [["G03", "G03b"]])

KEPALA_1 = ("SYAHRIAL EFENDI, S.Pd., M.Or", "Penata Tk. I (III/d)", "19730605 199803 1 007")
KEPALA_2 = ("Hj. NURHAYATI SIREGAR, S.Sos", "Pembina (IV/a)", "19751120 200003 2 004")
hdr = dict(b=True, h="center", wrap=True, border=True, fill=GREY)

# =====================================================================================
# Book 1 (.xls): PK 2018, values with units in one text cell
# =====================================================================================
b1 = ag.book("PK_UPTD_GOR_Stadion_2018", "xls")
s = b1.sheet("PK 2018")
s.width(A=34, B=48, C=20, D=20, E=12)
s.m("A1:E1", "PENGUKURAN KINERJA", b=True, size=13, h="center")
s.m("A2:E2", "UPTD PENGELOLA GELANGGANG OLAHRAGA DAN STADION", b=True, h="center")
s.m("A3:E3", "DINAS PEMUDA DAN OLAHRAGA KABUPATEN SUNGAI RARANGAN", b=True, h="center")
s.m("A4:E4", "TAHUN 2018", b=True, h="center")
s.w("A6", "Kabupaten : Sungai Rarangan", v=None)
s.w("A7", "Nama SKPD : Dinas Pemuda dan Olahraga (UPTD Pengelola GOR dan Stadion)", v=None)
for col, txt in zip("ABCDE", ["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Realisasi"]):
    s.w(f"{col}9", txt, **hdr)
    s.w(f"{col}10", f"({'ABCDE'.index(col) + 1})", h="center", i=True, border=True)

# id, name, target text, realisasi text, capaian, key target, key realisasi, in_sasaran_col
PK18 = [
    ("Meningkatnya pemanfaatan sarana dan prasarana olahraga oleh masyarakat", [
        ("G01", "Jumlah event olahraga yang diselenggarakan di GOR dan Stadion", "40 event", "46 event", 115,
         40, 46),
        ("G02", "Jumlah event olahraga tingkat provinsi dan nasional", "4 event", "5 event", 125, 4, 5),
        ("G03", "Jumlah pengunjung GOR dan Stadion", "85.000 orang", "92.450 orang", "108,76", 85000, 92450),
        ("G04", "Tingkat pemanfaatan lapangan GOR", "75 - 80 %", "82,4 %", "103,00", 75, 82.4),
        ("G10", "Jumlah jam pemakaian lapangan", "3.600 jam", "3.912 jam", "108,67", 3600, 3912),
        ("G08", "Jumlah klub/organisasi olahraga pengguna fasilitas", "35 klub", "38 klub", "108,57", 35, 38),
        ("G16", "Jumlah pelaksanaan senam/olahraga masyarakat di stadion", "24 kali", "26 kali", "108,33", 24,
         26),
    ]),
    ("Meningkatnya pendapatan daerah dari pemanfaatan aset olahraga", [
        ("G05", "Pendapatan retribusi pemakaian GOR", rp(1250000000), rp(118320000), "9,47", 1250000000,
         118320000),   # 10x target typed
        ("G06", "Pendapatan retribusi pemakaian Stadion", rp(95000000), rp(96780000) + "*)", "101,87", 95000000,
         96780000),
        ("G14", "Jumlah kontrak sewa kios dan gedung", "24 kontrak", "22 kontrak", "91,67", 24, 22),
        ("G15", "Persentase keterisian kios stadion", "85 %", "79,17 %", "93,14", 85, 79.17),
    ]),
    ("Terpeliharanya sarana dan prasarana GOR dan Stadion", [
        ("G07", "Persentase sarana dan prasarana olahraga dalam kondisi baik", "≥ 90 %", "88,5 %", "98,33", 90,
         88.5),
        ("G12", "Jumlah kegiatan pemeliharaan rutin sarana", "48 kali", "52 kali", "108,33", 48, 52),
        ("G13", "Jumlah kejadian kerusakan fasilitas", "6 kejadian", "4 kejadian", "133,33", 6, 4),
        ("G09", "Luas lapangan rumput stadion yang terpelihara", "7.140 m2", "7.140 m2", 100, 7140, 7140),
    ]),
    ("Meningkatnya kualitas pelayanan dan akuntabilitas kinerja UPTD", [
        ("G11", "Indeks Kepuasan Masyarakat (IKM) pengguna fasilitas", 78, "80,12", "102,72", 78, 80.12),
        ("G18", "Nilai SAKIP UPTD", "CC", "B", "100", None, None),
        ("G19", "Persentase serapan anggaran", 95, 93.12, None, 95, 93.12),
        ("G20", "Jumlah laporan kinerja dan keuangan", "6 dokumen", "6 dokumen", 100, 6, 6),
    ]),
]
r = 11
for sas, inds in PK18:
    for k, (iid, name, tg, re, cap, tk, rk) in enumerate(inds):
        in_sas = iid == "G09"   # indicator typed in the Sasaran column
        if k == 0:
            s.w(f"A{r}", sas, wrap=True, v="top", border=True)
        else:
            s.w(f"A{r}", name if in_sas else None, wrap=True, v="top", border=True)
        s.w(f"B{r}", None if in_sas else name, wrap=True, v="top", border=True)
        s.w(f"C{r}", tg, h="right", border=True)
        s.w(f"D{r}", re, h="right", border=True)
        if cap is None:
            s.w(f"E{r}", f"=ROUND(D{r}/C{r}*100,2)", fmt=F_DEC2, border=True)
        else:
            s.w(f"E{r}", cap, h="right", border=True)
        s.key(iid, 2018, f"A{r}" if in_sas else f"B{r}", tk, rk, ("cell", f"C{r}"), ("cell", f"D{r}"))
        r += 1
r += 1
s.w(f"A{r}", "Jumlah Anggaran Kegiatan Tahun 2018 : Rp. 2.846.150.000", v=None)
s.w(f"A{r + 1}", "Jumlah Realisasi Anggaran Kegiatan Tahun 2018 : Rp. 2.650.334.880", v=None)
s.m(f"A{r + 2}:E{r + 2}", "*) termasuk sewa stadion untuk kegiatan non olahraga (konser, pameran "
    "pembangunan).", i=True)
signature(s, r + 4, 4, "Muara Rarangan, 31 Desember 2018", "Kepala UPTD Pengelola GOR dan Stadion", *KEPALA_1,
          width=2)

s = b1.sheet("Catatan")
s.width(A=100)
for k, txt in enumerate(["Catatan:", "- Pengunjung dihitung dari karcis masuk dan buku tamu GOR/Stadion.",
                         "- Kerusakan fasilitas adalah indikator negatif (semakin kecil semakin baik).",
                         "- Nilai SAKIP UPTD 2018 berdasarkan evaluasi Inspektorat atas LKjIP 2017."]):
    s.w(f"A{k + 1}", txt, v=None)
s = b1.sheet("Sheet2", hidden=True)
s.w("A1", "Indikator Kinerja")
s.w("B1", "Target")
for k, (nm, tg) in enumerate([("Jumlah event olahraga yang diselenggarakan di GOR dan Stadion", "45 event"),
                              ("Pendapatan retribusi pemakaian GOR", rp(125000000)),
                              ("Jumlah pengunjung GOR dan Stadion", "90.000 orang")]):
    s.w(f"A{2 + k}", nm)
    s.w(f"B{2 + k}", tg)

# =====================================================================================
# Book 2 (.xlsx): cards 2019
# =====================================================================================
b2 = ag.book("Kartu_Capaian_Kinerja_GOR_2019", "xlsx")
s = b2.sheet("Kartu IKU 2019")
s.width(A=14, B=36, C=3, D=14, E=36, F=3, G=14, H=36)
s.m("A1:H1", "KARTU CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2019", b=True, size=13, h="center")
s.m("A2:H2", "UPTD PENGELOLA GOR DAN STADION - DISPORA KABUPATEN SUNGAI RARANGAN", b=True, h="center")

# id, name, unit, target, realisasi, fmt target, fmt realisasi, capaian typed/None, key t, key r, sumber
C19 = [
    ("SASARAN 1 : Meningkatnya pemanfaatan sarana dan prasarana olahraga", [
        ("G01", "Jumlah Event Olahraga di GOR & Stadion", "event", 45, 52, None, None, None, 45, 52,
         "agenda pemakaian"),
        ("G02", "JUMLAH EVENT TINGKAT PROVINSI/NASIONAL", "event", 5, 6, None, None, None, 5, 6,
         "surat rekomendasi KONI"),
        ("G03", "Jumlah Pengunjung GOR & Stadion (orang)", "orang", 95000, 104870, F_INT, F_INT, None, 95000,
         104870, "karcis & buku tamu"),
        ("G04", "Tingkat Okupansi Lapangan GOR (%)", "%", "80 %", 0.78, None, None, "97,50", 80, 0.78,
         "jadwal sewa lapangan"),   # 0.78 typed in a plain cell
        ("G10", "Jumlah Jam Pemakaian Lapangan (jam)", "jam", 4000, 4305, F_INT, F_INT, None, 4000, 4305,
         "jadwal sewa lapangan"),
        ("G08", "Jumlah Klub Olahraga yang Terdaftar sebagai Pengguna Tetap", "klub", 40, 44, None, None, None,
         40, 44, "register klub"),
        ("G16", "Jumlah Kegiatan Olahraga Masyarakat (CFD/Senam Massal)", "kali", 48, 45, None, None, None, 48,
         45, "laporan CFD"),
        ("G17", "Jumlah Atlet Binaan yang Berlatih di Fasilitas UPTD", "orang", 250, 276, None, None, None, 250,
         276, "data KONI & cabor"),
    ]),
    ("SASARAN 2 : Meningkatnya pendapatan dari pemanfaatan aset olahraga", [
        ("G05", "Pendapatan Retribusi Pemakaian GOR (Rp)", "Rp", 130000000, 141275000, F_INT, F_INT, None,
         130000000, 141275000, "STS Bapenda"),
        ("G06", "Pendapatan Retribusi Pemakaian Stadion (Rp)", "Rp", rp(100000000), rp(87650000), None, None,
         "87,65", 100000000, 87650000, "STS Bapenda"),
        ("G14", "Jumlah Kontrak Sewa Kios & Ruang (kontrak)", "kontrak", 24, 24, None, None, None, 24, 24,
         "perjanjian sewa"),
        ("G15", "Prosentase Keterisian Kios Stadion", "%", 0.9, 1, F_PCT0, F_PCT0, None, 90, 100,
         "perjanjian sewa"),
    ]),
    ("SASARAN 3 : Terpeliharanya sarana dan prasarana olahraga", [
        ("G07", "Prosentase Sarpras Olahraga Kondisi Baik", "%", 90, "91,2 %", None, None, "101,33", 90, 91.2,
         "inventaris barang"),
        ("G12", "Jumlah Kegiatan Pemeliharaan Rutin Sarpras (kali)", "kali", 48, 50, None, None, None, 48, 50,
         "buku pemeliharaan"),
        ("G13", "Jumlah Kejadian Kerusakan/Insiden Fasilitas", "kejadian", 5, 7, None, None, "60,00", 5, 7,
         "berita acara"),
        ("G09", "Luas Rumput Lapangan Stadion yg Terpelihara (m2)", "m²", "7.140 m²", "7.140 m²", None, None,
         "100", 7140, 7140, "laporan pemeliharaan"),
    ]),
    ("SASARAN 4 : Meningkatnya kualitas pelayanan dan akuntabilitas kinerja", [
        ("G11", "IKM Pengguna Fasilitas Olahraga", "nilai", 80, 81.47, None, None, None, 80, 81.47,
         "survei IKM"),
        ("G18", "Nilai Evaluasi SAKIP UPTD", "predikat", "B", "B", None, None, "100", None, None, "LHE Inspektorat"),
        ("G19", "Prosentase Serapan Anggaran", "%", 0.95, 0.9605, F_PCT0, F_PCT2, None, 95, 96.05, "SIPKD"),
        ("G20", "Jumlah Laporan Kinerja & Keuangan (dokumen)", "dokumen", 6, 6, None, None, None, 6, 6,
         "arsip TU"),
        ("G21", "Jumlah Petugas Pengelola yang Mengikuti Pelatihan (orang)", "orang", 10, 12, None, None, None,
         10, 12, "sertifikat pelatihan"),
    ]),
]
CARD_COLS = [("A", "B"), ("D", "E"), ("G", "H")]
r = 4
no = 0
for sas, inds in C19:
    s.m(f"A{r}:H{r}", sas, b=True, fill=BLUE, border=True)
    r += 2
    for k, (iid, name, unit, tg, re, ft, fr, cap, tk, rk, src) in enumerate(inds):
        no += 1
        lc, vc = CARD_COLS[k % 3]
        if k % 3 == 0 and k > 0:
            r += 8
        s.m(f"{lc}{r}:{vc}{r}", f"IKU {no:02d}", b=True, fill=GREEN, border=True, h="center")
        labels = ["Indikator", "Satuan", "Target 2019", "Realisasi 2019", "Capaian (%)", "Sumber data"]
        for j, lab in enumerate(labels):
            s.w(f"{lc}{r + 1 + j}", lab, b=True, border=True)
        s.w(f"{vc}{r + 1}", name, wrap=True, border=True)
        s.height(r + 1, 32)
        s.w(f"{vc}{r + 2}", unit, border=True)
        s.w(f"{vc}{r + 3}", tg, fmt=ft, border=True, h="left")
        s.w(f"{vc}{r + 4}", re, fmt=fr, border=True, h="left")
        if cap is None:
            s.w(f"{vc}{r + 5}", f"=ROUND({vc}{r + 4}/{vc}{r + 3}*100,2)", fmt=F_DEC2, border=True, h="left")
        else:
            s.w(f"{vc}{r + 5}", cap, border=True, h="left")
        s.w(f"{vc}{r + 6}", src, border=True, i=True)
        s.key(iid, 2019, f"{vc}{r + 1}", tk, rk, ("cell", f"{vc}{r + 3}"), ("cell", f"{vc}{r + 4}"), col=True)
    r += 9
s.m(f"A{r}:H{r}", "Kartu disusun per indikator; capaian indikator kerusakan fasilitas dihitung sebagai "
    "indikator negatif.", i=True)
signature(s, r + 2, 7, "Muara Rarangan, 8 Januari 2020", "Kepala UPTD Pengelola GOR dan Stadion", *KEPALA_1,
          width=2)
s = b2.sheet("Petunjuk")
s.width(A=100)
for k, txt in enumerate(["Petunjuk pengisian kartu:", "1. Satu kartu untuk satu indikator kinerja utama.",
                         "2. Target sesuai Perjanjian Kinerja 2019; realisasi posisi 31 Desember 2019.",
                         "3. Capaian = realisasi / target x 100 (indikator negatif: (2 x target - realisasi) / "
                         "target x 100)."]):
    s.w(f"A{k + 1}", txt, v=None)

# =====================================================================================
# Book 3 (.ods): RA 2020, target awal / perubahan, quarters in two column groups
# =====================================================================================
b3 = ag.book("RA_Triwulan_UPTD_GOR_2020", "ods")
s = b3.sheet("RA TW 2020")
s.width(A=5, B=26, C=44, D=9, E=14, F=14, O=30)
s.widths("GHIJKLMN", 12)
s.m("A1:O1", "RENCANA AKSI DAN REALISASI TRIWULAN TAHUN 2020", b=True, size=13, h="center")
s.m("A2:O2", "UPTD PENGELOLA GELANGGANG OLAHRAGA DAN STADION KABUPATEN SUNGAI RARANGAN", b=True, h="center")
s.m("A3:O3", "(setelah refocusing anggaran Covid-19)", i=True, h="center")
for col, txt in zip("ABCDEFO", ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target Awal (PK murni)",
                                "Target Perubahan", "Keterangan"]):
    s.m(f"{col}5:{col}6", txt, **hdr)
s.m("G5:J5", "Target Triwulan (setelah perubahan)", **hdr)
s.m("K5:N5", "Realisasi Triwulan", **hdr)
for k, t in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
    s.w(f"{'GHIJ'[k]}6", t, **hdr)
    s.w(f"{'KLMN'[k]}6", t, **hdr)
s.height(5, 30)

D = "-"
# id, name, unit, awal, perubahan (value or formula tag), target quarters, realisasi quarters, fmt, key t,
#     key r, ket
RA20 = [
    ("Meningkatnya pemanfaatan sarana dan prasarana olahraga", [
        ("G01", "Jumlah event/kegiatan olahraga yang difasilitasi", "event", 50, 20, [12, D, 3, 5], [11, D, 2, 5],
         None, 20, 18, "GOR & stadion ditutup Apr-Jun"),
        ("G02", "Jumlah event olahraga tingkat provinsi/nasional yang difasilitasi", "event", 5, 1, [1, D, D, D],
         [1, D, D, D], None, 1, 1, "Porprov ditunda ke 2022"),
        ("G03b", "Jumlah pengguna fasilitas olahraga", "orang", 110000, 40000, [28000, 0, 4000, 8000],
         [28450, 1200, 6830, 11920], F_INT, 40000, 48400, "TW II hanya atlet pelatda"),
        ("G04", "Persentase pemanfaatan/okupansi lapangan GOR", "%", 80, 40, [80, 0, 30, 40],
         [71.5, 0, 18.2, 34.6], None, 40, 34.6, ""),
        ("G10", "Jumlah jam penggunaan lapangan GOR dan Stadion", "jam", 4200, 1800, [1000, 0, 300, 500],
         [1050, 0, 320, 610], F_INT, 1800, 1980, ""),
        ("G08", "Jumlah klub pengguna fasilitas", "klub", 45, 45, [45, 45, 45, 45], [44, 44, 41, 42], None, 45,
         42, ""),
        ("G17", "Jumlah atlet yang berlatih di GOR/Stadion", "orang", 250, 150, [250, 0, 100, 150],
         [276, 0, 95, 143], None, 150, 143, "latihan terbatas protokol kesehatan"),
        ("G22", "Jumlah kegiatan olahraga virtual/daring yang difasilitasi", "kegiatan", D, 6, [D, 2, 2, 2],
         [D, 3, 4, 2], None, 6, 9, "kegiatan baru (virtual run, senam daring)"),
    ]),
    ("Meningkatnya pendapatan dari pemanfaatan aset olahraga", [
        ("G05", "Pendapatan retribusi pemakaian kekayaan daerah - GOR", "Rp", 150000000, "=E{r}*40%",
         [30000000, 0, 10000000, 20000000], [31450000, D, 8200000, 19780000], F_INT, 60000000, 59430000, ""),
        ("G06", "Pendapatan retribusi pemakaian kekayaan daerah - Stadion", "Rp", 87500000, "=E{rm1}*40%",
         [20000000, 0, 5000000, 10000000], [27300000, D, D, 9150000], F_INT, 60000000, 36450000,
         ""),   # wrong formula: points at the row above (cached 60.000.000)
        ("G15", "Persentase kios stadion yang terisi", "%", 90, 70, [90, 70, 70, 70],
         [95.83, 62.5, 58.33, 66.67], None, 70, 66.67, "8 penyewa memutus kontrak"),
    ]),
    ("Terpeliharanya sarana dan prasarana olahraga", [
        ("G07", "Persentase sarana prasarana OR dlm kondisi baik", "%", 90, 90, [90, 90, 90, 90],
         [86, 86, 87.5, 88], None, 90, 88, ""),
        ("G12", "Frekuensi pemeliharaan rutin sarana prasarana", "kali", 48, 48, [12, 12, 12, 12],
         [12, 12, 12, 12], None, 48, 48, ""),
        ("G13", "Jumlah insiden kerusakan fasilitas", "kejadian", 5, 5, [2, 1, 1, 1], [1, D, D, 1], None, 5, 2,
         "indikator negatif"),
        ("G09", "Luas lapangan rumput yang terpelihara (m²)", "m²", 7140, 7140, [7140] * 4, [7140] * 4, F_INT,
         7140, 7140, ""),
    ]),
    ("Meningkatnya akuntabilitas kinerja", [
        ("G11", "Indeks kepuasan pengguna", "nilai", 80, 80, [D, 80, D, 80], [D, "80,90", D, "82,30"], None, 80,
         82.3, "survei semesteran"),
        ("G18", "Hasil evaluasi SAKIP", "predikat", "B", "B", [D, D, D, "B"], [D, D, D, "BB"], None, None, None,
         ""),
        ("G19", "Persentase realisasi anggaran", "%", 0.95, 0.95, [0.2, 0.4, 0.7, 0.95],
         [0.18, 0.36, 0.61, 0.9185], "pct", 95, 91.85, "kumulatif"),
    ]),
]
r = 7
no = 0
for sas, inds in RA20:
    r0 = r
    for (iid, name, unit, aw, pe, tq, rq, fm, tk, rk, ket) in inds:
        no += 1
        s.w(f"A{r}", no, h="center", border=True)
        s.w(f"C{r}", f"{'abcdefgh'[r - r0]}) {name}", wrap=True, border=True)   # "a) ..." numbering
        s.w(f"D{r}", unit, h="center", border=True)
        if fm == "pct":
            ft, fr = F_PCT0, F_PCT2
        else:
            ft = fr = fm
        s.w(f"E{r}", aw, fmt=ft if isinstance(aw, (int, float)) else None, border=True, h="right")
        if isinstance(pe, str) and pe.startswith("="):
            pe = pe.replace("{r}", str(r)).replace("{rm1}", str(r - 1))
        s.w(f"F{r}", pe, fmt=ft, border=True, h="right")
        for q in range(4):
            tv, rv = tq[q], rq[q]
            s.w(f"{'GHIJ'[q]}{r}", tv, fmt=ft if isinstance(tv, (int, float)) else None, border=True, h="right")
            s.w(f"{'KLMN'[q]}{r}", rv, fmt=fr if isinstance(rv, (int, float)) else None, border=True, h="right")
        s.w(f"O{r}", ket or None, wrap=True, border=True)
        rule = "sum" if iid in FLOW else "last"
        s.key(iid, 2020, f"C{r}", tk, rk, ("cell", f"F{r}"), (rule, [f"{c}{r}" for c in "KLMN"]))
        r += 1
    s.m(f"B{r0}:B{r - 1}", sas, wrap=True, v="top", border=True)
    s.box(f"B{r0}:B{r - 1}")
r += 1
s.m(f"A{r}:O{r}", "Target perubahan ditetapkan dengan Perubahan PK tanggal 3 Agustus 2020 (refocusing "
    "anggaran penanganan Covid-19). Target retribusi perubahan = 40 % dari target awal.", i=True, wrap=True)
s.height(r, 30)
signature(s, r + 2, 11, "Muara Rarangan, 11 Januari 2021", "Kepala UPTD Pengelola GOR dan Stadion", *KEPALA_2,
          width=4)

# =====================================================================================
# Book 4 (.xlsx): monthly log turned over, split over two sheets
# =====================================================================================
b4 = ag.book("Rekap_Bulanan_Pemanfaatan_GOR_Stadion_2021", "xlsx")
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
G05M = [5650000, 6120000, 7980000, 6450000, 8210000, 9040000, 7760000, 9880000, 10150000, 10920000,
        11340000, 10470000]
G06M = [3150000, 3600000, 4250000, 3900000, 5100000, 5750000, 4800000, 6300000, 6650000, 7200000, 7450000,
        6900000]
G04M = [38.5, 41.2, 52.0, 44.8, 55.1, 60.3, 49.7, 62.4, 64.0, 66.8, 68.1, 63.9]
G10M = [150, 170, 210, 195, 230, 240, 220, 260, 265, 280, 290, 275]
G15M = [0.625, 0.625, 0.6667, 0.6667, 0.6667, 0.7083, 0.7083, 0.7083, 0.7083, 0.7083, 0.7083, 0.7083]
G19M = [0.05, 0.11, 0.19, 0.27, 0.35, 0.44, 0.52, 0.61, 0.70, 0.79, 0.88, 0.9744]
G03M = [3120, 3480, 4950, 4210, 5020, 5640, 4870, 6120, 6350, 6730, 6890, 6480]

# id, header name, unit, target cell, target fmt, key target, months, month fmt, total mode, key realisasi
# total mode: 'sum' =SUM(all), 'sum11' =SUM(Jan..Nov) (wrong), 'typed:<v>', 'dec' =December,
#             'avg' =AVERAGE(all), 'sem' =AVERAGE(Jun,Dec)
SHEET1 = ("Rekap (1)", [
    ("A. PEMANFAATAN SARANA", [
        ("G01", "Jml event OR\n(GOR+Stadion)", "event", 30, None, 30, [1, 1, 2, 3, 3, 2, 4, 4, 3, 3, 4, 3], None,
         "sum", 33),
        ("G02", "Event prov/nas", "event", 3, None, 3, [D, D, D, D, D, 1, D, D, D, 1, D, D], None, "sum", 2),
        ("G03b", "Jml pengguna fasilitas (orang)", "orang", 60000, F_INT, 60000, G03M, F_INT, "typed:61250",
         61250),   # computed total typed over (months add up to 63.860)
        ("G04", "Okupansi lapangan GOR (%)", "%", "60 %", None, 60, G04M, None, "avg", sum(G04M) / 12),
        ("G10", "Jam pemakaian lapangan", "jam", 2800, F_INT, 2800, G10M, None, "sum11", sum(G10M[:11])),
        ("G08", "Jml klub terdaftar", "klub", 45, None, 45, [42, 42, 43, 43, 44, 44, 45, 45, 46, 46, 47, 47], None,
         "dec", 47),
        ("G16", "Olahraga masyarakat (CFD)", "kali", 12, None, 12, [D, D, 1, 1, 1, 1, 1, 2, 2, 2, 2, 1], None,
         "sum", 14),
        ("G17", "Atlet binaan berlatih", "orang", 200, None, 200,
         [180, 185, 190, 196, 203, 210, 214, 220, 224, 228, 229, 231], None, "dec", 231),
        ("G22", "Event virtual/daring", "kegiatan", 8, None, 8, [2, 1, 1, 1, 1, 1, 1, 1, 1, D, D, D], None, "sum",
         10),
    ]),
    ("B. SEWA KIOS", [
        ("G14", "Kontrak sewa kios/ruang", "kontrak", 20, None, 20, [3, 1, 2, 1, 1, 2, 1, 2, 1, 1, 1, 1], None,
         "sum", 17),
    ]),
])
SHEET2 = ("Rekap (2)", [
    ("C. PENDAPATAN", [
        ("G05", "Retribusi GOR (Rp)", "Rp", rp(100000000), None, 100000000, G05M, F_INT, "sum", sum(G05M)),
        ("G06", "Retribusi Stadion (Rp)", "Rp", 70000000, F_INT, 70000000, G06M, F_INT, "sum", sum(G06M)),
        ("G15", "% keterisian kios", "%", 0.75, F_PCT0, 75, G15M, F_PCT2, "dec", 70.83),
    ]),
    ("D. PEMELIHARAAN", [
        ("G07", "% sarpras kondisi baik", "%", ">= 90", None, 90, [88, 88, 88, 89, 89, 89, 90, 90, 90, 91, 91, 91.5],
         None, "dec", 91.5),
        ("G12", "Pemeliharaan rutin (kali)", "kali", 48, None, 48, [4] * 11 + [5], None, "sum", 49),
        ("G13", "Kejadian kerusakan", "kejadian", 4, None, 4, [D, 1, D, D, 1, D, D, D, 1, D, D, D], None, "sum",
         3),
        ("G09", "Luas rumput terpelihara (m2)", "m2", 7140, F_INT, 7140, [7140] * 12, F_INT, "dec", 7140),
    ]),
    ("E. PELAYANAN & KEUANGAN", [
        ("G11", "IKM", "nilai", 82, None, 82, [None] * 5 + [82.9] + [None] * 5 + [83.7], None, "sem", 83.3),
        ("G19", "Serapan anggaran (%)", "%", 0.95, F_PCT0, 95, G19M, F_PCT2, "dec", 97.44),
    ]),
])


def logbook(sheet_title, groups, part, last):
    s = b4.sheet(sheet_title)
    ncols = sum(len(x[1]) for x in groups) + (1 if part == 1 else 0)
    lastcol = L(2 + ncols)
    s.width(A=5, B=16)
    s.m(f"A1:{lastcol}1", "BUKU REKAP BULANAN PEMANFAATAN DAN KINERJA UPTD GOR DAN STADION", b=True, size=13,
        h="center")
    s.m(f"A2:{lastcol}2", "KABUPATEN SUNGAI RARANGAN - TAHUN 2021", b=True, h="center")
    s.m(f"A3:{lastcol}3", f"(lembar {part} dari 2)", i=True, h="center")
    s.m("A5:A8", "No", **hdr)
    s.w("B5", "Kelompok", **hdr)
    s.w("B6", "Indikator", **hdr)
    s.w("B7", "Satuan", **hdr)
    s.w("B8", "Target 2021", **hdr)
    s.height(6, 62)
    for k, mname in enumerate(MONTHS):
        s.w(f"A{9 + k}", k + 1, h="center", border=True)
        s.w(f"B{9 + k}", mname, border=True)
    s.m("A21:B21", "Jumlah / Realisasi 2021", b=True, border=True, fill=BAND, wrap=True)
    s.m("A22:B22", "Capaian (%)", b=True, border=True)
    s.height(21, 30)
    c = 3
    for grp, inds in groups:
        c0 = c
        for (iid, name, unit, tcell, tfmt, tk, months, mfmt, mode, rk) in inds:
            col = L(c)
            s.ws.column_dimensions[col].width = 14
            s.w(f"{col}6", name, b=True, wrap=True, h="center", border=True, fill=GREY)
            s.w(f"{col}7", unit, h="center", border=True)
            s.w(f"{col}8", tcell, fmt=tfmt, h="right", border=True)
            for k, mv in enumerate(months):
                s.w(f"{col}{9 + k}", mv, fmt=mfmt if isinstance(mv, (int, float)) else None, h="right",
                    border=True)
            if mode == "sum":
                f = f"=SUM({col}9:{col}20)"
            elif mode == "sum11":
                f = f"=SUM({col}9:{col}19)"
            elif mode == "dec":
                f = f"={col}20"
            elif mode == "avg":
                f = f"=AVERAGE({col}9:{col}20)"
            elif mode == "sem":
                f = f"=AVERAGE({col}14,{col}20)"
            else:
                f = float(mode.split(":")[1])
                f = int(f) if f == int(f) else f
            s.w(f"{col}21", f, fmt=mfmt if mode != "avg" else "0.00", b=True, h="right", border=True, fill=BAND)
            if isinstance(tcell, (int, float)):
                s.w(f"{col}22", f"=ROUND({col}21/{col}8*100,2)", fmt=F_DEC2, border=True)
            else:
                s.w(f"{col}22", {"G04": "92,61", "G05": "103,97", "G07": "101,67"}[iid], h="right", border=True)
            s.key(iid, 2021, f"{col}6", tk, rk, ("cell", f"{col}8"), ("cell", f"{col}21"), col=True)
            c += 1
            if iid == "G03b":
                # hidden column: a draft series kept by the clerk (not a key row)
                hc = L(c)
                s.w(f"{hc}6", "Pengunjung non-OR (konser/pameran)", wrap=True)
                s.w(f"{hc}7", "orang")
                s.w(f"{hc}8", 5000)
                for k in range(12):
                    s.w(f"{hc}{9 + k}", [0, 0, 0, 0, 0, 0, 0, 1200, 0, 2500, 0, 1800][k])
                s.w(f"{hc}21", f"=SUM({hc}9:{hc}20)")
                s.hide_col(hc)
                c += 1
        s.m(f"{L(c0)}5:{L(c - 1)}5", grp, b=True, h="center", border=True, fill=BLUE, wrap=True)
    s.m(f"A24:{lastcol}24", "Catatan: bulan Januari-Maret GOR dipakai untuk vaksinasi massal; kolom kosong/'-' "
        "= tidak ada kegiatan.", i=True, wrap=True)
    s.height(24, 30)
    if last:
        signature(s, 26, max(3, c - 4), "Muara Rarangan, 7 Januari 2022", "Kepala UPTD Pengelola GOR dan Stadion",
                  *KEPALA_2, width=4)
    return s


logbook(SHEET1[0], SHEET1[1], 1, False)
logbook(SHEET2[0], SHEET2[1], 2, True)

ag.finish()
