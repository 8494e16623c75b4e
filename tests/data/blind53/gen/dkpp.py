"""Agency A: Dinas Ketahanan Pangan dan Perikanan, Kabupaten Batu Merapin (invented), 2018-2021."""
from common import Book, K, P, S, DASH, G, F, V, Agg, signature, split_int

AGENCY = "Dinas Ketahanan Pangan dan Perikanan Kabupaten Batu Merapin"
SLUG = "dkpp_batu_merapin"
KADIS = ("Ir. MARTINUS LEWOTOBI, M.Si", "Pembina Utama Muda (IV/c)", "NIP. 19680412 199403 1 009")

N = {
 "A01": {2018: "Skor Pola Pangan Harapan (PPH)", 2019: "Skor PPH", 2020: "1.1. Skor PPH Konsumsi",
         2021: "Skor Pola Pangan Harapan (PPH) Konsumsi"},
 "A01b": {2020: "1.2. Skor PPH Ketersediaan", 2021: "Skor Pola Pangan Harapan (PPH) Ketersediaan"},
 "A02": {2018: "Ketersediaan energi per kapita (kkal/kap/hari)", 2019: "Angka Ketersediaan Energi per Kapita",
         2020: "1.3. Ketersediaan Energi Perkapita", 2021: "Tingkat ketersediaan energi per kapita per hari"},
 "A03": {2018: "Prosentase desa rawan pangan", 2019: "Persentase Desa Rawan Pangan",
         2020: "1.4. Persentase desa rawan pangan (%)", 2021: "Persentase Desa Rawan Pangan"},
 "A04": {2018: "Jumlah desa rawan pangan", 2020: "1.5. Jumlah Desa Rawan Pangan", 2021: "Jumlah desa yang rawan pangan"},
 "A22": {2020: "1.6. Persentase desa rawan pangan yang ditangani", 2021: "Persentase penanganan desa rawan pangan"},
 "A05": {2018: "Konsumsi ikan per kapita (kg/kapita/tahun)", 2019: "Angka Konsumsi Ikan (AKI)",
         2020: "2.1. Angka konsumsi ikan per kapita", 2021: "AKI (kg/kap/th)"},
 "A06": {2018: "Produksi perikanan tangkap (ton)", 2019: "Jumlah produksi perikanan tangkap",
         2020: "2.2. Produksi Perikanan Tangkap", 2021: "Produksi ikan hasil tangkapan (ton)"},
 "A07": {2018: "Produksi perikanan budidaya (ton)", 2019: "Jumlah produksi perikanan budidaya",
         2020: "2.3. Produksi Perikanan Budidaya", 2021: "Produksi ikan hasil budidaya (ton)"},
 "A08": {2018: "Jumlah kelompok pembudidaya ikan (Pokdakan)", 2019: "Jumlah Pokdakan",
         2020: "2.4. Jumlah kelompok pembudidaya ikan yg aktif", 2021: "Jumlah Kelompok Pembudidaya Ikan"},
 "A09": {2019: "Jumlah Pokdakan baru", 2020: "2.5. Jumlah kelompok pembudidaya ikan baru yg terbentuk",
         2021: "Jumlah Kelompok Pembudidaya Ikan Baru"},
 "A10": {2018: "Jumlah cadangan pangan pemerintah daerah (ton)", 2019: "Cadangan Pangan Pemerintah Kabupaten",
         2020: "1.7. Cadangan pangan pemerintah Kab. (ton beras)",
         2021: "Ketersediaan cadangan pangan Pemerintah Kabupaten"},
 "A11": {2018: "Prosentase pangan segar yang memenuhi syarat keamanan pangan",
         2019: "Persentase pangan segar yg memenuhi syarat keamanan pangan",
         2020: "1.8. Persentase Pangan Segar yang Aman Dikonsumsi",
         2021: "Persentase pangan segar yang memenuhi syarat keamanan & mutu pangan"},
 "A12": {2018: "Jumlah sampel pangan segar yang diuji", 2019: "Jumlah Sampel Pangan Segar yang Diuji",
         2020: "1.9. Jumlah sampel pangan segar yang diuji (sampel)", 2021: "Jumlah pengujian sampel pangan segar"},
 "A13": {2018: "Nilai Tukar Nelayan (NTN)", 2019: "NTN", 2020: "2.6. Nilai Tukar Nelayan", 2021: "Nilai Tukar Nelayan (NTN)"},
 "A14": {2018: "Nilai Tukar Pembudidaya Ikan (NTPi)", 2019: "NTPi", 2020: "2.7. Nilai Tukar Pembudidaya Ikan",
         2021: "Nilai Tukar Pembudi Daya Ikan (NTPi)"},
 "A15": {2018: "Jumlah kapal perikanan yang terdaftar", 2019: "Jumlah Kapal Perikanan Terdaftar (unit)",
         2020: "2.8. Jumlah kapal perikanan yang memiliki pas kecil / terdaftar"},
 "A16": {2018: "Luas kawasan budidaya ikan air tawar (ha)", 2019: "Luas Kawasan Budidaya Ikan Air Tawar",
         2020: "2.9. Luas areal budidaya ikan air tawar", 2021: "Luas kawasan budidaya air tawar (Ha)"},
 "A17": {2019: "Persentase nelayan yang memiliki Kartu Pelaku Usaha Kelautan dan Perikanan (KUSUKA)",
         2020: "2.10. Persentase nelayan yg memiliki KUSUKA", 2021: "% Nelayan ber-Kartu KUSUKA"},
 "A18": {2018: "Jumlah benih ikan yang didistribusikan", 2019: "Jumlah Benih Ikan yang Disalurkan (ekor)",
         2020: "2.11. Jumlah benih ikan yang didistribusikan ke Pokdakan", 2021: "Jumlah penyaluran benih ikan (ekor)"},
 "A19": {2018: "Jumlah Lembaga Distribusi Pangan Masyarakat (LDPM) yang dibina", 2019: "Jumlah LDPM yang dibina",
         2020: "1.10. Jumlah LDPM binaan", 2021: "Jumlah Lembaga Distribusi Pangan Masyarakat yang Dibina"},
 "A20": {2018: "Nilai SAKIP Dinas Ketahanan Pangan dan Perikanan", 2019: "Nilai Evaluasi SAKIP",
         2020: "3.1. Predikat SAKIP Dinas", 2021: "Nilai AKIP Perangkat Daerah"},
 "A21": {2018: "Tersusunnya Peta Ketahanan dan Kerentanan Pangan (FSVA)", 2019: "Tersedianya dokumen FSVA Kabupaten",
         2021: "Dokumen Peta Ketahanan dan Kerentanan Pangan (FSVA) yang tersusun"},
}
UNIT = {"A01": "skor", "A01b": "skor", "A02": "kkal/kap/hari", "A03": "%", "A04": "desa", "A22": "%",
        "A05": "kg/kap/th", "A06": "ton", "A07": "ton", "A08": "kelompok", "A09": "kelompok", "A10": "ton",
        "A11": "%", "A12": "sampel", "A13": "poin", "A14": "poin", "A15": "unit", "A16": "ha", "A17": "%",
        "A18": "ekor", "A19": "lembaga", "A20": "predikat", "A21": "dokumen"}
FLOWS = ["A06", "A07", "A09", "A12", "A18"]
NEG = ["A03", "A04"]
# truth: (target, realisasi) per year
TR = {
 "A01": {2018: (84.0, 83.6), 2019: (85.5, 85.9), 2020: (86.5, 84.7), 2021: (88.0, 88.3)},
 "A01b": {2020: (85.0, 86.2), 2021: (86.0, 85.4)},
 "A02": {2018: (2400, 2512), 2019: (2400, 2538), 2020: (2400, 2467), 2021: (2400, 2590)},
 "A03": {2018: (8.0, 7.4), 2019: (7.0, 6.8), 2020: (6.0, 6.5), 2021: (5.0, 4.6)},
 "A04": {2018: (12, 11), 2020: (9, 10), 2021: (8, 7)},
 "A22": {2020: (100, 100), 2021: (100, 85.7)},
 "A05": {2018: (30.0, 30.8), 2019: (31.5, 32.1), 2020: (33.0, 32.6), 2021: (34.5, 35.2)},
 "A06": {2018: (12500, 12740), 2019: (12800, 13105), 2020: (13000, 12388), 2021: (13300, 13562)},
 "A07": {2018: (8200, 8315), 2019: (8600, 8790), 2020: (9000, 9122), 2021: (9400, 9650)},
 "A08": {2018: (145, 148), 2019: (155, 157), 2020: (165, 163), 2021: (175, 178)},
 "A09": {2019: (10, 9), 2020: (10, 6), 2021: (10, 15)},
 "A10": {2018: (50, 52.5), 2019: (60, 60), 2020: (75, 80), 2021: (100, 100)},
 "A11": {2018: (85, 88.2), 2019: (87, 86.4), 2020: (90, 91.5), 2021: (92, 93.1)},
 "A12": {2018: (120, 126), 2019: (150, 162), 2020: (150, 98), 2021: (180, 188)},
 "A13": {2018: (101.0, 101.85), 2019: (102.0, 102.37), 2020: (102.5, 99.64), 2021: (103.0, 104.12)},
 "A14": {2018: (100.5, 100.92), 2019: (101.0, 101.40), 2020: (101.5, 100.11), 2021: (102.0, None)},
 "A15": {2018: (420, 433), 2019: (450, 461), 2020: (480, 470)},
 "A16": {2018: (310, 312.5), 2019: (320, 318.0), 2020: (330, 334.2), 2021: (340, 341.6)},
 "A17": {2019: (40, 42.3), 2020: (60, 63.8), 2021: (75, 77.1)},
 "A18": {2018: (1000000, 1250000), 2019: (1200000, 1180500), 2020: (1200000, 950000), 2021: (1500000, 1512000)},
 "A19": {2018: (8, 8), 2019: (10, 10), 2020: (10, 9), 2021: (12, 12)},
 "A20": {2018: ("B", "B"), 2019: ("BB", "BB"), 2020: ("BB", "BB"), 2021: ("BB", "A")},
 "A21": {2018: (1, 1), 2019: (1, 1), 2021: (1, 1)},
}
RENSTRA = {"A01": 90.0, "A01b": 88.0, "A02": 2400, "A03": 4.0, "A04": 6, "A22": 100, "A05": 37.5,
           "A06": 68000, "A07": 47000, "A08": 190, "A09": 50, "A10": 150, "A11": 95, "A12": 850,
           "A13": 104.0, "A14": 103.0, "A16": 360, "A17": 90, "A18": 6500000, "A19": 14, "A20": "A", "A21": 5}
PJ = {"A01": "Bidang Konsumsi & Keamanan Pangan", "A01b": "Bidang Ketersediaan & Kerawanan Pangan",
      "A02": "Bidang Ketersediaan & Kerawanan Pangan", "A03": "Bidang Ketersediaan & Kerawanan Pangan",
      "A04": "Bidang Ketersediaan & Kerawanan Pangan", "A22": "Bidang Ketersediaan & Kerawanan Pangan",
      "A10": "Bidang Ketersediaan & Kerawanan Pangan", "A19": "Bidang Distribusi & Cadangan Pangan",
      "A21": "Bidang Ketersediaan & Kerawanan Pangan", "A11": "Bidang Konsumsi & Keamanan Pangan",
      "A12": "Bidang Konsumsi & Keamanan Pangan", "A05": "Bidang Perikanan Tangkap",
      "A06": "Bidang Perikanan Tangkap", "A15": "Bidang Perikanan Tangkap", "A13": "Bidang Perikanan Tangkap",
      "A17": "Bidang Perikanan Tangkap", "A07": "Bidang Perikanan Budidaya", "A08": "Bidang Perikanan Budidaya",
      "A09": "Bidang Perikanan Budidaya", "A16": "Bidang Perikanan Budidaya", "A18": "Bidang Perikanan Budidaya",
      "A14": "Bidang Perikanan Budidaya", "A20": "Sekretariat"}


def num(x):
    if isinstance(x, str):
        return G(x)
    return K(x)


# ---------------------------------------------------------------- 2018: PK with Misi/Tujuan/Sasaran levels
def pk2018():
    b = Book(AGENCY, "PK DKPP Batu Merapin 2018", "xls")
    sh = b.sheet("PK 2018")
    sh.widths({"A": 5, "B": 52, "C": 13, "D": 13, "E": 14, "F": 11, "G": 18})
    sh.title(1, 1, "PENGUKURAN KINERJA", 7, size=12)
    sh.title(2, 1, "DINAS KETAHANAN PANGAN DAN PERIKANAN KABUPATEN BATU MERAPIN", 7)
    sh.title(3, 1, "TAHUN 2018", 7)
    sh.put(5, 1, "No", bold=True, merge=(6, 1), align="center")
    sh.put(5, 2, "Misi / Tujuan / Sasaran / Indikator Kinerja", bold=True, merge=(6, 2), align="center")
    sh.put(5, 3, "Satuan", bold=True, merge=(6, 3), align="center")
    sh.put(5, 4, "Tahun 2018", bold=True, merge=(5, 6), align="center")
    sh.put(6, 4, "Target", bold=True, align="center")
    sh.put(6, 5, "Realisasi", bold=True, align="center")
    sh.put(6, 6, "Capaian (%)", bold=True, align="center")
    sh.put(5, 7, "Keterangan", bold=True, merge=(6, 7), align="center")
    for i in range(7):
        sh.put(7, i + 1, "(%d)" % (i + 1), align="center", italic=True)
    b.describe(sh, "Title rows 1-3; header rows 5-6 (row 5: No / Misi-Tujuan-Sasaran-Indikator / Satuan / 'Tahun 2018' "
                   "merged D5:F5 / Keterangan; row 6: Target, Realisasi, Capaian (%)); row 7 numbers the columns (1)-(7). "
                   "Indicators sit under THREE levels of merged group rows (MISI, TUJUAN, SASARAN, each merged A:G). "
                   "Columns: A No, B indicator, C Satuan, D Target, E Realisasi, F Capaian (%), G Keterangan.")
    misi = [
        ("MISI 3 : Mewujudkan kemandirian pangan dan ekonomi kelautan-perikanan yang berdaya saing", [
            ("TUJUAN 3.1 : Meningkatkan ketahanan pangan daerah", [
                ("SASARAN 3.1.1 : Meningkatnya ketersediaan dan kualitas konsumsi pangan masyarakat",
                 ["A01", "A02", "A10", "A19", "A21"]),
                ("SASARAN 3.1.2 : Menurunnya kerawanan pangan dan meningkatnya keamanan pangan segar",
                 ["A03", "A04", "A11", "A12"])]),
            ("TUJUAN 3.2 : Meningkatkan produksi dan kesejahteraan pelaku usaha perikanan", [
                ("SASARAN 3.2.1 : Meningkatnya produksi perikanan", ["A06", "A07", "A16", "A18", "A08"]),
                ("SASARAN 3.2.2 : Meningkatnya kesejahteraan nelayan dan pembudidaya ikan serta konsumsi ikan",
                 ["A13", "A14", "A05", "A15"])])]),
        ("MISI 6 : Mewujudkan tata kelola pemerintahan yang bersih, efektif dan akuntabel", [
            ("TUJUAN 6.1 : Meningkatkan akuntabilitas kinerja perangkat daerah", [
                ("SASARAN 6.1.1 : Meningkatnya akuntabilitas kinerja Dinas", ["A20"])])]),
    ]
    r = 8
    no = 0
    rows = {}
    order = []
    for mname, tujuans in misi:
        sh.put(r, 1, mname, bold=True, merge=(r, 7)); b.note(sh, r, "MISI group row (level 1, merged A:G) - not a key row"); r += 1
        for tname, sasarans in tujuans:
            sh.put(r, 1, tname, bold=True, merge=(r, 7)); r += 1
            for sname, ids in sasarans:
                sh.put(r, 1, sname, bold=True, italic=True, merge=(r, 7)); r += 1
                for i in ids:
                    no += 1
                    rows[i] = r
                    order.append(i)
                    r += 1
    last = r - 1
    for i in order:
        r = rows[i]
        t, rr = TR[i][2018]
        sh.put(r, 1, order.index(i) + 1, align="center")
        name = sh.put(r, 2, N[i][2018])
        sh.put(r, 3, UNIT[i], align="center")
        tv, rv = num(t), num(rr)
        cap = F("=IFERROR(E%d/D%d*100,\"\")" % (r, r), None, "0.00")
        ket = ""
        if i == "A05":
            tv = K(300.0, "0.0")
            b.note(sh, r, "A05 target typed 10x: 300 for 30,0 kg/kap/th (keyed as typed, 300); capaian formula gives 10,27")
        if i == "A18":
            rv = S("1.250.000 ekor", 1250000)
            cap = V(125, None, "0")
            b.note(sh, r, "A18 realisasi typed as text with unit '1.250.000 ekor' (key 1250000); capaian typed 125")
        if i == "A11":
            rv = S("88,2 %", 88.2)
            cap = V(103.76, None, "0.00")
            b.note(sh, r, "A11 realisasi typed as text '88,2 %' (key 88.2); capaian typed 103,76")
        if i == "A03":
            ket = "indikator negatif"
            b.note(sh, r, "A03 is NEGATIVE (Keterangan says so) but capaian uses the positive formula =E/D*100 (92,50 instead of 107,50)")
        if i == "A04":
            cap = F("=IFERROR((2*D%d-E%d)/D%d*100,\"\")" % (r, r, r), None, "0.00")
            ket = "indikator negatif"
        if i == "A13":
            cap = F("=IFERROR(E%d/D%d*100,\"\")" % (r + 1, r + 1), None, "0.00")
            b.note(sh, r, "A13 capaian formula points at the next row (=E%d/D%d*100, the NTPi row)" % (r + 1, r + 1))
        if i == "A07":
            cap = V(102.5, None, "0.00")
            b.note(sh, r, "A07 capaian typed 102,50 but 8.315 / 8.200 = 101,40")
        if i == "A20":
            cap = V(100, None, "0")
            b.note(sh, r, "A20 grade indicator: target 'B', realisasi 'B' -> keyed null/null")
        if i == "A10":
            tv, rv = K(50), K(52.5, "0.0")
        if i in ("A13", "A14"):
            tv, rv = K(t, "0.00"), K(rr, "0.00")
        tref = sh.put(r, 4, tv)
        rref = sh.put(r, 5, rv)
        sh.put(r, 6, cap)
        sh.put(r, 7, ket)
        b.key(name, 2018, i, tref, rref)
    r = last + 2
    sh.text(r, 2, "Jumlah Anggaran Tahun 2018 : Rp. 8.214.650.000,-"); b.note(sh, r, "budget line - not a key row")
    sh.text(r + 1, 2, "Jumlah Realisasi Anggaran Tahun 2018 : Rp. 7.688.342.150,-")
    signature(sh, r + 3, 4, "Batu Merapin, 15 Januari 2019", "KEPALA DINAS KETAHANAN PANGAN DAN PERIKANAN", *KADIS)
    b.describe(sh, "Data rows %d-%d (19 indicators, numbered 1-19 in column A) interleaved with the MISI / TUJUAN / SASARAN rows; "
                   "budget lines and the signature of the Kepala Dinas below." % (min(rows.values()), last))

    # hidden draft sheet
    d = b.sheet("draft PK 2018", hidden=True)
    d.widths({"A": 5, "B": 50, "C": 12, "D": 12, "E": 12})
    d.title(1, 1, "DRAFT - PK 2018 (sebelum perubahan)", 5)
    for j, h in enumerate(["No", "Indikator", "Satuan", "Target", "Realisasi"]):
        d.put(3, j + 1, h, bold=True)
    for k, i in enumerate(order):
        t, rr = TR[i][2018]
        d.put(4 + k, 1, k + 1)
        d.put(4 + k, 2, N[i][2018])
        d.put(4 + k, 3, UNIT[i])
        d.put(4 + k, 4, num(t if isinstance(t, str) else round(t * 0.97, 2)))
        d.put(4 + k, 5, "")
    b.describe(d, "HIDDEN sheet: an earlier draft of the 2018 targets (different numbers, no realisasi). Not keyed.")
    return b


# ---------------------------------------------------------------- quarterly data 2019 / 2020
Q2019 = {  # id: (T quarters, R quarters) ; None = blank ; '-' = dash
 "A01": (["-", "-", "-", 85.5], ["-", "-", "-", 85.9]),
 "A02": ([2400] * 4, [2478, 2501, 2523, 2538]),
 "A10": ([15, 30, 45, 60], [15, 30, 45, 60]),
 "A19": ([10] * 4, [8, 9, 10, 10]),
 "A21": (["-", "-", "-", 1], ["-", "-", "-", 1]),
 "A11": ([87] * 4, [85.2, 86.9, 87.4, ("86,4 %", 86.4)]),
 "A12": ([30, 40, 40, 40], [34, 45, 41, 42]),
 "A03": (["-", "-", "-", ("P", 7.0)], ["-", "-", "-", ("P", 6.8)]),
 "A06": ([3000, 3200, 3300, 3300], [2980, ("3.410 ton", 3410), 3325, 3390]),
 "A07": ([2000, 2150, 2200, 2250], [2045, 2180, 2210, 2355]),
 "A08": ([148, 150, 152, 155], [149, 151, 154, 157]),
 "A09": ([2, 3, 3, 2], [3, 2, "-", 4]),
 "A16": ([320] * 4, [312.5, 314.0, 316.8, 318.0]),
 "A18": ([300000] * 4, [250000, 410500, 320000, 200000]),
 "A15": ([430, 440, 445, 450], [436, 447, 455, 461]),
 "A13": ([102.0] * 4, [101.62, 101.95, 102.10, 102.37]),
 "A14": ([101.0] * 4, [100.85, 101.02, 101.33, 101.40]),
 "A17": ([10, 20, 30, 40], [12.5, 24.0, 42.3, None]),
 "A05": (["-", "-", "-", 31.5], ["-", "-", "-", 32.1]),
 "A20": (["-", "-", "-", "BB"], ["-", "-", "-", "BB"]),
}
Q2020 = {
 "A01": (["-", "-", "-", 86.5], ["-", "-", "-", 84.7]),
 "A01b": (["-", "-", "-", 85.0], ["-", "-", "-", 86.2]),
 "A02": ([2400] * 4, [2455, 2430, 2461, 2467]),
 "A03": (["-", "-", "-", 6.0], ["-", "-", "-", 6.5]),
 "A04": (["-", "-", "-", 9], ["-", "-", "-", 10]),
 "A22": ([25, 50, 75, 100], [30, 50, 80, 100]),
 "A10": ([20, 40, 60, 75], [20, 45, 60, 80]),
 "A11": ([90] * 4, [89.6, 90.8, 91.2, 91.5]),
 "A12": ([40, 40, 40, 30], [35, 12, 21, 30]),
 "A19": ([10] * 4, [10, 9, 9, 9]),
 "A05": (["-", "-", "-", 33.0], ["-", "-", "-", 32.6]),
 "A06": ([3100, 2900, 3400, 3600], [3010, 2650, 3240, 3488]),
 "A07": ([2100, 2100, 2300, 2500], [2150, 2085, 2347, 2540]),
 "A08": ([158, 160, 162, 165], [159, 160, 161, 163]),
 "A09": ([3, 3, 2, 2], [1, "-", 2, 3]),
 "A13": ([102.5] * 4, [100.21, 98.75, 99.12, ("99,64", 99.64)]),
 "A14": ([101.5] * 4, [99.80, 99.47, 99.93, 100.11]),
 "A15": ([460, 465, 470, 480], [463, 466, 468, 470]),
 "A16": ([330] * 4, [320.5, 326.0, 331.4, 334.2]),
 "A17": ([45, 50, 55, 60], [47.2, 52.5, 58.0, 63.8]),
 "A18": ([300000] * 4, [180000, 150000, 320000, 300000]),
 "A20": (["-", "-", "-", "BB"], ["-", "-", "-", "BB"]),
}


def qv(x):
    if x is None:
        return None
    if x == "-":
        return DASH()
    if isinstance(x, tuple):
        if x[0] == "P":
            return P(x[1])
        return S(x[0], x[1])
    if isinstance(x, str):
        return G(x)
    if isinstance(x, float) and not x.is_integer():
        return K(x, "0.00")
    return K(x)


def renaksi_2019_2020():
    b = Book(AGENCY, "Renaksi dan Pengukuran DKPP 2019-2020", "xlsx")
    # ---------------- RA 2019
    sh = b.sheet("RA 2019")
    sh.widths({"A": 5, "B": 26, "C": 40, "D": 11, "E": 12, "F": 10, "G": 10, "H": 10, "I": 10, "J": 10,
               "K": 10, "L": 10, "M": 10, "N": 22})
    sh.title(1, 1, "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2019", 14, size=12)
    sh.title(2, 1, "DINAS KETAHANAN PANGAN DAN PERIKANAN", 14)
    sh.title(3, 1, "KABUPATEN BATU MERAPIN", 14)
    for c, h in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"), (5, "Target Tahunan"),
                 (14, "Penanggung Jawab")]:
        sh.put(5, c, h, bold=True, merge=(6, c), align="center")
    for k, tw in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        c = 6 + 2 * k
        sh.put(5, c, tw, bold=True, merge=(5, c + 1), align="center")
        sh.put(6, c, "Target", bold=True, align="center")
        sh.put(6, c + 1, "Realisasi", bold=True, align="center")
    for c in range(1, 15):
        sh.put(7, c, c, align="center", italic=True)
    b.describe(sh, "Quarterly Rencana Aksi 2019. Title rows 1-3; header rows 5-6 (TW I..TW IV each a Target/Realisasi pair, "
                   "row 6), row 7 numbers the columns 1-14. Columns: A No, B Sasaran Strategis (merged down its indicators), "
                   "C Indikator, D Satuan, E Target Tahunan, F-M TW I-IV Target/Realisasi, N Penanggung Jawab. "
                   "NO annual realisasi column: key realisasi = sum of the four quarter realisasi for flows "
                   "(A06 A07 A09 A12 A18), last reported quarter for the other (level) indicators.")
    groups = [
        ("Meningkatnya ketersediaan dan konsumsi pangan yang beragam, bergizi seimbang dan aman",
         ["A01", "A02", "A10", "A19", "A21", "A11", "A12", "A03"]),
        ("Meningkatnya produksi perikanan", ["A06", "A07", "A08", "A08dup", "A09", "A16", "A18", "A15"]),
        ("Meningkatnya kesejahteraan pelaku utama perikanan dan konsumsi ikan", ["A13", "A14", "A17", "A05"]),
        ("Meningkatnya akuntabilitas kinerja", ["A20"]),
    ]
    r = 8
    no = 0
    for sname, ids in groups:
        sh.put(r, 2, sname, merge=(r + len(ids) - 1, 2))
        b.note(sh, r, ("Sasaran cell merged B%d:B%d - not a key row" % (r, r + len(ids) - 1)) if len(ids) > 1
               else "Sasaran cell (single row) - not a key row")
        for i in ids:
            dup = i.endswith("dup")
            i = i.replace("dup", "")
            if not dup:
                no += 1
            t, _ = TR[i][2019]
            sh.put(r, 1, no, align="center")
            name = sh.put(r, 3, N[i][2019])
            sh.put(r, 4, UNIT[i], align="center")
            if i == "A11":
                tv = S("87-90", 87)
                b.note(sh, r, "A11 annual target typed as a range '87-90' (key 87); TW IV realisasi typed as text '86,4 %'")
            elif i == "A03":
                tv = P(7.0)
            else:
                tv = qv(t)
            tref = sh.put(r, 5, tv)
            tq, rq = Q2019[i]
            refs = []
            for k in range(4):
                sh.put(r, 6 + 2 * k, qv(tq[k]))
                v = qv(rq[k])
                refs.append(sh.put(r, 7 + 2 * k, v if v is not None else None))
            sh.put(r, 14, PJ[i])
            if dup:
                b.note(sh, r, "DUPLICATE of the row above (A08 Jumlah Pokdakan, same figures) - second copy not keyed")
            else:
                how = "sum" if i in FLOWS else "last"
                b.key(name, 2019, i, tref, Agg(how, refs))
            if i == "A06":
                b.note(sh, r, "A06 TW II realisasi typed as text '3.410 ton' (counted 3410 in the sum 13.105)")
            if i == "A17":
                b.note(sh, r, "A17 TW IV realisasi left blank: key takes the last reported quarter (TW III 42,3)")
            if i == "A03":
                b.note(sh, r, "A03 target/realisasi stored as fractions in %-formatted cells (0,07 -> 7,00 %): keyed 7 / 6,8")
            if i == "A09":
                b.note(sh, r, "A09 TW III realisasi '-' (none): sum = 3+2+4 = 9")
            if i == "A20":
                b.note(sh, r, "A20 grade 'BB' / 'BB' -> null")
            r += 1
    b.describe(sh, "Data rows 8-%d: 20 indicators + one duplicated row." % (r - 1))
    r += 1
    signature(sh, r, 10, "Batu Merapin, 10 Januari 2020", "KEPALA DINAS,", *KADIS)

    # ---------------- Pengukuran 2020: Target row / Realisasi row per indicator
    sh = b.sheet("Pengukuran TW 2020")
    sh.widths({"A": 5, "B": 44, "C": 12, "D": 11, "E": 10, "F": 10, "G": 10, "H": 10, "I": 12, "J": 11, "K": 18})
    sh.title(1, 1, "PENGUKURAN KINERJA TRIWULANAN", 11, size=12)
    sh.title(2, 1, "DINAS KETAHANAN PANGAN DAN PERIKANAN KAB. BATU MERAPIN", 11)
    sh.title(3, 1, "TAHUN ANGGARAN 2020", 11)
    heads = ["No", "Indikator Kinerja", "Satuan", "Uraian", "TW I", "TW II", "TW III", "TW IV", "Tahun 2020",
             "Capaian (%)", "Keterangan"]
    for c, h in enumerate(heads):
        sh.put(5, c + 1, h, bold=True, align="center")
        sh.put(6, c + 1, c + 1, italic=True, align="center")
    b.describe(sh, "Unusual layout: each indicator takes TWO rows, a 'Target' row and a 'Realisasi' row (column D says "
                   "which); No, Indikator, Satuan, Capaian and Keterangan are merged over the pair. One header row (5) and "
                   "a numbering row (6). Columns E-H TW I-IV, I 'Tahun 2020' (typed annual target on the Target row, a "
                   "formula on the Realisasi row: SUM for flows, =H (TW IV) for levels), J Capaian. Sasaran group rows "
                   "merged A:K. Key: target = I of the Target row, realisasi = I of the Realisasi row; the name cell is "
                   "the merged B cell (its top row = the Target row).")
    groups = [
        ("SASARAN 1 : Meningkatnya ketersediaan, keragaman dan keamanan konsumsi pangan",
         ["A01", "A01b", "A02", "A03", "A04", "A22", "A10", "A11", "A12", "A19"]),
        ("SASARAN 2 : Meningkatnya produksi perikanan dan kesejahteraan pelaku usaha perikanan",
         ["A05", "A06", "A07", "A08", "A09", "A13", "A14", "A15", "A16", "A17", "A18"]),
        ("SASARAN 3 : Meningkatnya akuntabilitas kinerja Dinas", ["A20"]),
    ]
    r = 7
    no = 0
    rowof = {}
    for sname, ids in groups:
        sh.put(r, 1, sname, bold=True, merge=(r, 11))
        b.note(sh, r, "Sasaran group row - not a key row")
        r += 1
        for i in ids:
            rowof[i] = r
            r += 2
    for sname, ids in groups:
        for i in ids:
            no += 1
            r = rowof[i]
            t, _ = TR[i][2020]
            sh.put(r, 1, no, merge=(r + 1, 1), align="center")
            name = sh.put(r, 2, N[i][2020], merge=(r + 1, 2))
            sh.put(r, 3, UNIT[i], merge=(r + 1, 3), align="center")
            sh.put(r, 4, "Target", align="center")
            sh.put(r + 1, 4, "Realisasi", align="center")
            tq, rq = Q2020[i]
            rrefs = []
            for k in range(4):
                sh.put(r, 5 + k, qv(tq[k]))
                rrefs.append(sh.put(r + 1, 5 + k, qv(rq[k])))
            tv = qv(t)
            if i == "A11":
                tv = S(">= 90", 90)
                b.note(sh, r, "A11 annual target typed '>= 90' (key 90); capaian typed 101,67 because the formula cannot use text")
            if i == "A16":
                tv = K(3300)
                b.note(sh, r, "A16 annual target typed 10x: 3.300 ha for 330 (keyed as typed, 3300); quarter targets say 330")
            tref = sh.put(r, 9, tv)
            if i in FLOWS:
                rform = F("=SUM(E%d:H%d)" % (r + 1, r + 1), Agg("sum", rrefs).key, "#,##0")
            else:
                rform = F("=H%d" % (r + 1), rrefs[3].v.key, "0.00" if i not in ("A02", "A04", "A08", "A15", "A19") else "#,##0")
            rref = sh.put(r + 1, 9, rform)
            # capaian
            cap = F("=IFERROR(I%d/I%d*100,\"-\")" % (r + 1, r), None, "0.00")
            ket = ""
            if i in NEG:
                cap = F("=IFERROR((2*I%d-I%d)/I%d*100,\"-\")" % (r, r + 1, r), None, "0.00")
                ket = "indikator negatif"
            if i == "A04":
                cap = F("=IFERROR(I%d/I%d*100,\"-\")" % (r + 1, r), None, "0.00")
                b.note(sh, r, "A04 NEGATIVE indicator but capaian uses the positive formula =I%d/I%d*100 (111,11 instead of 88,89)" % (r + 1, r))
            if i == "A07":
                r6 = rowof["A06"]
                cap = F("=IFERROR(I%d/I%d*100,\"-\")" % (r6 + 1, r6), None, "0.00")
                b.note(sh, r, "A07 capaian formula points at the A06 rows (=I%d/I%d*100) - wrong row" % (r6 + 1, r6))
            if i == "A12":
                cap = V(56, None, "0")
                b.note(sh, r, "A12 capaian typed 56 but 98 / 150 = 65,33 (digits swapped)")
            if i == "A11":
                cap = V(101.67, None, "0.00")
            if i == "A13":
                cap = V(97.21, None, "0.00")
                b.note(sh, r, "A13 TW IV realisasi typed as text '99,64'; Tahun cell =H%d carries the text (key 99.64)" % (r + 1))
            if i == "A20":
                cap = V(100, None, "0")
                b.note(sh, r, "A20 grade 'BB' / 'BB' -> null")
            if i == "A01b":
                b.note(sh, r, "A01b appears (new in 2020): PPH Ketersediaan beside PPH Konsumsi")
            sh.put(r, 10, cap, merge=(r + 1, 10))
            sh.put(r, 11, ket, merge=(r + 1, 11))
            b.key(name, 2020, i, tref, rref)
    r = max(rowof.values()) + 3
    b.describe(sh, "Data rows 7-%d (22 indicators x 2 rows, plus 3 Sasaran rows)." % (r - 2))
    sh.text(r, 2, "Keterangan: angka produksi perikanan TW IV merupakan angka sementara.")
    signature(sh, r + 2, 7, "Batu Merapin, 12 Januari 2021", "KEPALA DINAS KETAHANAN PANGAN DAN PERIKANAN", *KADIS)

    c = b.sheet("Catatan")
    c.widths({"A": 110})
    lines = ["CATATAN PENGISIAN",
             "1. Sheet 'RA 2019' memuat Rencana Aksi dan realisasi per triwulan 2019 (realisasi tahunan belum dijumlahkan).",
             "2. Sheet 'Pengukuran TW 2020': baris Target dan Realisasi dipisah per indikator.",
             "3. Angka produksi perikanan tahun 2020 angka sementara (ASEM), akan diperbaharui dengan angka tetap (ATAP).",
             "4. NTN dan NTPi bersumber dari BPS Provinsi; Skor PPH dari hasil analisis Bidang Konsumsi.",
             "5. Target Pokdakan 2019 = 155 kelompok (kumulatif), Pokdakan baru = 10 kelompok per tahun."]
    for k, l in enumerate(lines):
        c.text(k + 1, 1, l, bold=(k == 0))
    b.describe(c, "Notes sheet (text only, contains figures such as 155 and 10 in prose). Not keyed.")
    return b


# ---------------------------------------------------------------- 2021: LKjIP table
def lkjip2021():
    b = Book(AGENCY, "LKjIP 2021 DKPP Bab III", "ods")
    sh = b.sheet("Tabel 3.1")
    sh.widths({"A": 5, "B": 28, "C": 40, "D": 12, "E": 11, "F": 11, "G": 11, "H": 11, "I": 11, "J": 12,
               "K": 10, "L": 12, "M": 13})
    sh.text(1, 1, "Tabel 3.1", 13, bold=True)
    sh.text(2, 1, "Capaian Kinerja Dinas Ketahanan Pangan dan Perikanan Kabupaten Batu Merapin Tahun 2021 "
                  "dan Perbandingan dengan Tahun-Tahun Sebelumnya", 13, bold=True)
    for c, h in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"),
                 (12, "Target Akhir Renstra (2023)"), (13, "Capaian s/d 2021 terhadap Target Renstra (%)")]:
        sh.put(4, c, h, bold=True, merge=(5, c), align="center")
    sh.put(4, 5, "Realisasi", bold=True, merge=(4, 7), align="center")
    for k, y in enumerate([2018, 2019, 2020]):
        sh.put(5, 5 + k, y, bold=True, align="center", fmt="0")
    sh.put(4, 8, "Tahun 2021", bold=True, merge=(4, 11), align="center")
    for k, h in enumerate(["Target", "Realisasi", "Realisasi s/d 2021", "Capaian (%)"]):
        sh.put(5, 8 + k, h, bold=True, align="center")
    for c in range(1, 14):
        sh.put(6, c, "(%d)" % c, italic=True, align="center")
    b.describe(sh, "LKjIP chapter III table. Title rows 1-2; header rows 4-5; numbering row 6. Columns: A No, B Sasaran "
                   "(merged down), C Indikator, D Satuan, E-G Realisasi 2018/2019/2020 (NOT keyed: only the sheet's year), "
                   "H Target 2021, I Realisasi 2021, J 'Realisasi s/d 2021' (cumulative since 2019 for flows - a trap "
                   "right beside the year's realisasi), K Capaian 2021 (%), L Target Akhir Renstra 2023, M Capaian s/d 2021 "
                   "terhadap Renstra (%).")
    groups = [
        ("Meningkatnya ketersediaan dan kualitas konsumsi pangan", ["A01", "A01b", "A02", "A10", "A19", "A21"]),
        ("Menurunnya kerawanan pangan", ["A03", "A04", "A22"]),
        ("Meningkatnya keamanan pangan segar", ["A11", "A12"]),
        ("Meningkatnya produksi dan nilai tambah perikanan", ["A06", "A07", "A08", "A09", "A16", "A18"]),
        ("Meningkatnya kesejahteraan pelaku usaha perikanan dan konsumsi ikan", ["A13", "A14", "A17", "A05"]),
        ("Meningkatnya akuntabilitas kinerja", ["A20"]),
    ]
    r = 7
    no = 0
    first = r
    for sname, ids in groups:
        sh.put(r, 2, sname, merge=(r + len(ids) - 1, 2))
        for i in ids:
            no += 1
            t, rr = TR[i][2021]
            sh.put(r, 1, no, align="center")
            name = sh.put(r, 3, N[i][2021])
            sh.put(r, 4, UNIT[i], align="center")
            for k, y in enumerate([2018, 2019, 2020]):
                pv = TR[i].get(y, (None, None))[1]
                if i == "A06" and y == 2020:
                    pv = 12645
                    b.note(sh, r, "A06 'Realisasi 2020' column says 12.645 (angka tetap) while the 2020 workbook says 12.388 "
                                  "(angka sementara) - earlier-year column, not keyed")
                sh.put(r, 5 + k, qv(pv) if pv is not None else DASH())
            tv, rv = qv(t), qv(rr)
            if i == "A03":
                tv, rv = P(5.0), P(4.6)
                b.note(sh, r, "A03 target/realisasi as fractions in %-formatted cells (key 5 / 4,6); NEGATIVE, capaian uses "
                              "target/realisasi x 100")
            if i == "A11":
                rv = V(0.931, 0.931, "General")
                b.note(sh, r, "A11 realisasi typed as a FRACTION 0,931 in a General cell of a % indicator (keyed as typed, "
                              "0.931); capaian formula gives 1,01")
            if i == "A14":
                rv = DASH()
                b.note(sh, r, "A14 realisasi '-' (BPS figure not yet released) -> null")
            if i == "A05":
                rv = S("35,20", 35.2)
                b.note(sh, r, "A05 realisasi typed as text '35,20' (key 35.2); written with the acronym 'AKI'")
            if i == "A20":
                b.note(sh, r, "A20 grade 'BB' / 'A' -> null")
            tref = sh.put(r, 8, tv)
            rref = sh.put(r, 9, rv)
            # cumulative
            if i in FLOWS:
                cum = sum(TR[i][y][1] for y in (2019, 2020, 2021) if y in TR[i])
                cv = F("=I%d+%s" % (r, "+".join(str(TR[i][y][1]) for y in (2019, 2020) if y in TR[i])), cum, "#,##0")
            else:
                cv = F("=I%d" % r, None, "0.00%" if i == "A03" else None)
            if i == "A03":
                b.note(sh, r, "A03 'Capaian s/d 2021' = J/L*100 mixes the fraction in J (0,046) with the Renstra 4 -> 1,15")
            sh.put(r, 10, cv)
            cap = F("=IFERROR(I%d/H%d*100,\"-\")" % (r, r), None, "0.00")
            if i in NEG:
                cap = F("=IFERROR(H%d/I%d*100,\"-\")" % (r, r), None, "0.00")
                b.note(sh, r, "%s NEGATIVE indicator; capaian uses target / realisasi x 100 (a legitimate variant)" % i)
            if i == "A13":
                cap = V(101.9, None, "0.00")
                b.note(sh, r, "A13 capaian typed 101,90 but 104,12 / 103 = 101,09")
            if i in ("A14", "A20"):
                cap = V("-", None)
            sh.put(r, 11, cap)
            ren = RENSTRA[i]
            sh.put(r, 12, qv(ren))
            caps = F("=IFERROR(J%d/L%d*100,\"-\")" % (r, r), None, "0.00")
            if i == "A12":
                caps = F("=IFERROR(J%d/L%d*100,\"-\")" % (r - 1, r - 1), None, "0.00")
                b.note(sh, r, "A12 'Capaian s/d 2021' formula points at the row above (=J%d/L%d*100)" % (r - 1, r - 1))
            if i in ("A20", "A21"):
                caps = V("-", None)
            sh.put(r, 13, caps)
            b.key(name, 2021, i, tref, rref)
            r += 1
    last = r - 1
    sh.put(r, 1, "Rata-rata Capaian Kinerja", bold=True, merge=(r, 10))
    sh.put(r, 11, F("=AVERAGE(K%d:K%d)" % (first, last), None, "0.00"), bold=True)
    b.note(sh, r, "average row - not a key row")
    sh.put(r + 1, 1, "Predikat", bold=True, merge=(r + 1, 10))
    sh.put(r + 1, 11, "Sangat Tinggi", bold=True)
    b.describe(sh, "Data rows %d-%d (22 indicators), average row %d, predikat row %d." % (first, last, r, r + 1))
    signature(sh, r + 3, 9, "Batu Merapin, 28 Februari 2022", "KEPALA DINAS KETAHANAN PANGAN DAN PERIKANAN", *KADIS)

    t = b.sheet("Tabel 3.2")
    t.widths({"A": 5, "B": 60, "C": 18, "D": 18, "E": 10})
    t.text(1, 1, "Tabel 3.2 Realisasi Anggaran per Program Tahun 2021", 5, bold=True)
    for c, h in enumerate(["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"]):
        t.put(3, c + 1, h, bold=True, align="center")
    progs = [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4125400000, 3987215300),
             ("Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat", 1250000000, 1198450000),
             ("Program Penanganan Kerawanan Pangan", 425000000, 402118500),
             ("Program Pengawasan Keamanan Pangan Segar", 310500000, 296880000),
             ("Program Pengelolaan Perikanan Tangkap", 980000000, 941260000),
             ("Program Pengelolaan Perikanan Budidaya", 1420000000, 1377905000)]
    for k, (p, pg, rl) in enumerate(progs):
        rr = 4 + k
        t.put(rr, 1, k + 1)
        t.put(rr, 2, p)
        t.put(rr, 3, K(pg))
        t.put(rr, 4, K(rl))
        t.put(rr, 5, F("=D%d/C%d*100" % (rr, rr), None, "0.00"))
    rr = 4 + len(progs)
    t.put(rr, 2, "JUMLAH", bold=True)
    t.put(rr, 3, F("=SUM(C4:C%d)" % (rr - 1), None, "#,##0"))
    t.put(rr, 4, F("=SUM(D4:D%d)" % (rr - 1), None, "#,##0"))
    b.describe(t, "Budget table per programme (programme names, pagu, realisasi). No key rows.")
    return b


def build():
    return [pk2018(), renaksi_2019_2020(), lkjip2021()]
