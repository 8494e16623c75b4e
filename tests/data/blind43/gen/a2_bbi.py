"""Agency 2: UPTD Balai Benih Ikan Sungai Rantau, Dinas Perikanan Kabupaten Rawa Lintang, 2018-2021 (invented)."""
from common import *

ag = Agency("bbi_sungai_rantau",
            "UPTD Balai Benih Ikan Sungai Rantau, Dinas Perikanan Kabupaten Rawa Lintang", [2018, 2019, 2020, 2021])
ag.ambiguous = [["B21", "B21b"]]

KAUPTD = ("SUTRISNO WIBOWO, S.Pi", "Penata Tk. I (III/d)", "NIP. 19780605 200501 1 009")
KADIS = ("Ir. DEWI KARTIKA SARI, M.Si", "Pembina Tk. I (IV/b)", "NIP. 19710923 199803 2 004")

UNIT = {"B01": "ekor", "B02": "ekor", "B03": "ekor", "B04": "ekor", "B05": "ekor", "B06": "%", "B07": "%",
        "B08": "ekor", "B09": "ekor", "B10": "orang", "B11": "kelompok", "B12": "Rp", "B13": "%",
        "B14": "unit", "B15": "%", "B16": "predikat", "B17": "paket", "B18": "ekor", "B19": "%",
        "B20": "nilai", "B21": "%", "B21b": "%", "B22": "kali", "B23": "kasus", "B24": "laporan"}
FLOWS = {"B01", "B02", "B03", "B04", "B05", "B09", "B10", "B11", "B12", "B14", "B17", "B18", "B22", "B23", "B24"}
NEG = {"B07", "B23"}

VAL = {
    "B01": {2018: (1200000, 1254300), 2019: (1300000, 1187500), 2020: (1400000, 1452000), 2021: (1500000, 1533650)},
    "B02": {2018: (800000, 815200), 2019: (850000, 902400), 2020: (900000, 640000), 2021: (950000, 1010500)},
    "B03": {2018: (150000, 132800), 2019: (160000, 171250), 2020: (170000, 155000), 2021: (180000, 186300)},
    "B04": {2020: (200000, 214000), 2021: (250000, 233500)},
    "B05": {2018: (2150000, 2202300), 2019: (2310000, 2261150), 2020: (2670000, 2461000), 2021: (2880000, 2963950)},
    "B06": {2018: (75, 78.4), 2019: (78, 76.9), 2020: (80, 81.2), 2021: (80, 83.5)},
    "B07": {2018: (25, 21.6), 2019: (22, 23.1), 2020: (20, 18.8), 2021: (20, 16.5)},
    "B08": {2018: (600, 640), 2019: (650, 655), 2020: (700, 690), 2021: (750, 780)},
    "B09": {2019: (100, 120), 2020: (100, 80), 2021: (120, 150)},
    "B10": {2018: (350, 372), 2019: (380, 401), 2020: (400, 366), 2021: (420, 455)},
    "B11": {2018: (20, 22), 2019: (24, 24), 2020: (25, 19), 2021: (26, 27)},
    "B12": {2018: (145000000, 152375000), 2019: (155000000, 149820000), 2020: (160000000, 121450000), 2021: (165000000, 171900000)},
    "B13": {2018: (30, 31.5), 2019: (32, 30.8), 2020: (35, 35.6), 2021: (38, 39.2)},
    "B14": {2018: (4, 4), 2019: (6, 6), 2020: (3, 2)},
    "B15": {2018: (85, 87.5), 2019: (90, 90.6), 2020: (90, 84.4), 2021: (95, 96.9)},
    "B16": {2019: ("B", "B"), 2020: ("B", "A"), 2021: ("A", "A")},
    "B17": {2018: (2, 2), 2019: (2, 3), 2020: (3, 3), 2021: (3, 2)},
    "B18": {2018: (100000, 100000), 2019: (120000, 135000), 2020: (100000, None)},
    "B19": {2019: (90, 92), 2020: (92, 93.5), 2021: (95, 94)},
    "B20": {2018: (75, 76.3), 2019: (76, 78.9), 2020: (78, 77.5), 2021: (80, 81.2)},
    "B21": {2018: (95, 93.2), 2019: (95, 96.4)},
    "B21b": {2021: (95, 97.1)},
    "B22": {2018: (12, 12), 2019: (12, 12), 2021: (24, 24)},
    "B23": {2018: (5, 3), 2019: (4, 6), 2020: (4, 2), 2021: (3, 2)},
    "B24": {2019: (4, 4)},
}

NAME = {
    "B01": {2018: "Produksi benih ikan nila", 2019: "Jumlah produksi benih ikan Nila",
            2020: "Produksi Benih Nila (ekor)", 2021: "Produksi benih ikan nila"},
    "B02": {2018: "Produksi benih ikan lele", 2019: "Jumlah produksi benih ikan Lele",
            2020: "Produksi Benih Lele (ekor)", 2021: "Produksi benih ikan lele"},
    "B03": {2018: "Produksi benih ikan gurame", 2019: "Jumlah produksi benih ikan Gurami",
            2020: "Produksi Benih Gurame (ekor)", 2021: "Produksi benih ikan gurami"},
    "B04": {2020: "Produksi Benih Patin (ekor)", 2021: "Produksi benih ikan patin"},
    "B05": {2018: "Total produksi benih ikan", 2019: "Jumlah produksi benih ikan",
            2020: "Jumlah Produksi Benih Ikan Seluruh Komoditas (ekor)", 2021: "Total produksi benih ikan (semua jenis)"},
    "B06": {2018: "Tingkat kelangsungan hidup (SR) benih", 2019: "Survival Rate (SR) benih ikan",
            2020: "Tingkat Kelangsungan Hidup Benih Ikan (%)", 2021: "SR (Survival Rate) benih ikan"},
    "B07": {2018: "Tingkat kematian benih", 2019: "Tingkat mortalitas (kematian) benih ikan",
            2020: "Tingkat Kematian Benih Ikan (%)", 2021: "Tingkat kematian benih ikan"},
    "B08": {2018: "Jumlah induk ikan unggul yang dipelihara", 2019: "Jumlah induk unggul yang dipelihara",
            2020: "Jumlah Induk Ikan Unggul (ekor)", 2021: "Jml induk ikan unggul yg dipelihara"},
    "B09": {2019: "Jumlah induk unggul baru", 2020: "Jumlah Induk Ikan Unggul Baru (ekor)",
            2021: "Jml induk ikan unggul baru yg didatangkan"},
    "B10": {2018: "Jumlah pembudidaya ikan yang menerima benih", 2019: "Jumlah pembudidaya penerima benih",
            2020: "Jumlah Pembudidaya Ikan Penerima Benih (orang)", 2021: "Jumlah pembudidaya ikan yg menerima benih dari BBI"},
    "B11": {2018: "Jumlah kelompok pembudidaya ikan (Pokdakan) yang dibina", 2019: "Jumlah Pokdakan yang dibina",
            2020: "Jumlah Kelompok Pembudidaya Ikan yang Dibina (kelompok)", 2021: "Jumlah Pokdakan binaan"},
    "B12": {2018: "Pendapatan retribusi penjualan benih ikan", 2019: "Penerimaan retribusi penjualan benih ikan",
            2020: "Pendapatan Retribusi Penjualan Benih Ikan (Rp)", 2021: "PAD dari retribusi penjualan benih ikan"},
    "B13": {2018: "Persentase pemenuhan kebutuhan benih ikan kabupaten",
            2019: "Prosentase pemenuhan kebutuhan benih ikan Kab. Rawa Lintang",
            2020: "Persentase Pemenuhan Kebutuhan Benih Ikan di Kabupaten (%)",
            2021: "Persentase pemenuhan kebutuhan benih ikan kabupaten"},
    "B14": {2018: "Jumlah kolam yang direhabilitasi", 2019: "Jumlah kolam yg direhabilitasi",
            2020: "Jumlah Kolam yang Direhabilitasi (unit)"},
    "B15": {2018: "Persentase kolam yang berfungsi baik", 2019: "Prosentase kolam berfungsi baik",
            2020: "Persentase Kolam yang Berfungsi dengan Baik (%)", 2021: "Persentase  kolam yang berfungsi baik"},
    "B16": {2019: "Predikat sertifikat CPIB", 2020: "Predikat Sertifikasi Cara Pembenihan Ikan yang Baik (CPIB)",
            2021: "Predikat CPIB UPTD BBI"},
    "B17": {2018: "Jumlah paket teknologi pembenihan yang diterapkan", 2019: "Jumlah paket teknologi pembenihan yg diterapkan",
            2020: "Jumlah Paket Teknologi Pembenihan yang Diterapkan (paket)", 2021: "Paket teknologi pembenihan yang diterapkan"},
    "B18": {2018: "Jumlah benih ikan untuk restocking", 2019: "Jumlah benih ikan yang didistribusikan untuk restocking",
            2020: "Jumlah Benih untuk Penebaran/Restocking Perairan Umum (ekor)"},
    "B19": {2019: "Persentase benih yang lulus uji mutu", 2020: "Persentase Benih Ikan yang Lulus Uji Mutu (%)",
            2021: "Persentase benih ikan lulus uji mutu"},
    "B20": {2018: "Indeks Kepuasan Masyarakat (IKM) pelayanan BBI", 2019: "IKM pelayanan BBI",
            2020: "Indeks Kepuasan Masyarakat terhadap Pelayanan UPTD BBI (nilai)", 2021: "IKM UPTD BBI Sungai Rantau"},
    "B21": {2018: "Persentase serapan anggaran UPTD", 2019: "Persentase serapan anggaran"},
    "B21b": {2021: "Persentase realisasi keuangan UPTD"},
    "B22": {2018: "Jumlah pengujian kualitas air kolam", 2019: "Jumlah pengujian kualitas air",
            2021: "Jumlah pengujian kualitas air kolam (kali)"},
    "B23": {2018: "Jumlah kasus serangan penyakit ikan", 2019: "Jumlah kasus penyakit ikan",
            2020: "Jumlah Kasus Serangan Penyakit Ikan (kasus)", 2021: "Jml kasus serangan penyakit ikan"},
    "B24": {2019: "Jumlah laporan capaian kinerja dan keuangan yang disusun"},
}

ag.info = {"flows": sorted(FLOWS), "negative": sorted(NEG), "units": UNIT,
           "lookalikes": [
               ("B01", "B02", "produksi benih nila vs lele (sub-types; also B03 gurame/gurami, B04 patin)"),
               ("B05", "B01", "Jumlah produksi benih ikan (total, all species) vs Jumlah produksi benih ikan Nila"),
               ("B06", "B07", "Tingkat kelangsungan hidup (SR) vs Tingkat kematian/mortalitas benih (complements; B07 negative)"),
               ("B08", "B09", "Jumlah induk ikan unggul vs Jumlah induk ikan unggul BARU (2020: names differ by 'Baru' only)"),
               ("B10", "B11", "pembudidaya (orang) vs kelompok pembudidaya / Pokdakan"),
               ("B14", "B15", "Jumlah kolam yang direhabilitasi vs Persentase kolam yang berfungsi baik"),
               ("B18", "B05", "benih untuk restocking (distribution) vs produksi benih"),
               ("B13", "B19", "Persentase pemenuhan kebutuhan benih vs Persentase benih lulus uji mutu"),
           ]}


def sig2(sh, r, c, date, title, person):
    sh.put(r, c, date)
    sh.put(r + 1, c, title, bold=True)
    sh.put(r + 5, c, person[0], bold=True)
    sh.put(r + 6, c, person[1])
    sh.put(r + 7, c, person[2])


def cv(x):
    if isinstance(x, V):
        return x
    if x is None:
        return BLANK
    if x == "-":
        return DASH()
    return N(x)


def numsum(vs):
    s = 0
    for v in vs:
        if v.kind in ("num", "formula") and v.key is not None:
            s += v.key
    return s


# ==========================================================================
# 2018: monthly realisation sheet (Jan..Des), no annual realisasi column
# ==========================================================================
Y = 2018
b18 = Book(ag, "Realisasi Bulanan BBI 2018", "xls", font="Arial", size=9)
sh = b18.sheet("Realisasi 2018")
shk = b18.sheet("Data Induk Kolam", hidden=True)
MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
D = "-"


def months_flow(total, seed, zero_months=()):
    parts = split_flow(total, 12 - len(zero_months), seed)
    out, k = [], 0
    for m in range(12):
        if m in zero_months:
            out.append(D)
        else:
            out.append(parts[k])
            k += 1
    return out


M18 = {
    "B01": months_flow(1254300, 11),
    "B02": months_flow(815200, 12),
    "B03": months_flow(132800, 13, zero_months=(0,)),
    "B06": [None, None, 74.2, None, None, 76.8, None, None, 77.9, None, None, 78.4],
    "B07": [None, None, 25.8, None, None, 23.2, None, None, 22.1, None, None, 21.6],
    "B10": months_flow(372, 14),
    "B11": [1, 2, 2, 1, 2, 2, 3, 2, 2, 2, 2, 1],
    "B12": [x * 1000 for x in split_flow(152375, 12, 15)],
    "B13": [None] * 5 + [15.2] + [None] * 5 + [31.5],
    "B18": [D] * 7 + [100000] + [D] * 4,
    "B20": [None] * 11 + [76.3],
    "B08": [600, 600, 610, 610, 620, 620, 625, 630, 630, 635, 640, 640],
    "B14": [D] * 7 + [2, 1, 1] + [D] * 2,
    "B15": [None] * 5 + [81.25] + [None] * 5 + [N(0.875)],
    "B17": [D] * 5 + [1] + [D] * 3 + [1] + [D] * 2,
    "B22": [1] * 12,
    "B23": [D, 1, D, D, D, D, 2, D, D, D, D, D],
    "B21": [4.1, 9.8, 17.5, 25.2, 33.0, 41.6, 50.3, 58.7, 66.9, 75.4, 83.8, 93.2],
}
assert sum(M18["B11"]) == 22
# text-typed months
b01_apr = M18["B01"][3]
M18["B01"][3] = U(b01_apr, "ekor")
b12_jul = M18["B12"][6]
M18["B12"][6] = TX("Rp. " + fmt_id(b12_jul), b12_jul)

SEC18 = [("A. PRODUKSI BENIH", ["B01", "B02", "B03", "B05", "B06", "B07"]),
         ("B. PELAYANAN PEMBUDIDAYA", ["B10", "B11", "B12", "B13", "B18", "B20", "dup:B10"]),
         ("C. SARANA DAN INDUK", ["B08", "B14", "B15", "B17", "B22", "B23"]),
         ("D. ADMINISTRASI", ["B21"])]
sh.widths(A=5, B=44, C=9, D=12, **{get_column_letter(c): 10 for c in range(5, 17)}, Q=10, R=24)
for i, t in enumerate(["LAPORAN REALISASI KINERJA BULANAN", "UPTD BALAI BENIH IKAN SUNGAI RANTAU",
                       "DINAS PERIKANAN KABUPATEN RAWA LINTANG - TAHUN 2018"]):
    sh.put(1 + i, 1, t, bold=True, h="center", size=11)
    sh.merge(1 + i, 1, 1 + i, 18)
hdr = 5
for c, t in [(1, "No"), (2, "Indikator Kinerja"), (3, "Satuan"), (4, "Target 2018"), (17, "Capaian (%)"), (18, "Keterangan")]:
    sh.put(hdr, c, t, bold=True, h="center", wrap=True, fill=GREY)
    sh.merge(hdr, c, hdr + 1, c)
sh.put(hdr, 5, "Realisasi Bulan", bold=True, h="center", fill=GREY)
sh.merge(hdr, 5, hdr, 16)
for m in range(12):
    sh.put(hdr + 1, 5 + m, MON[m], bold=True, h="center", fill=GREY)
r = hdr + 2
first = r
rows18 = {}
no = 0
for sec, ids in SEC18:
    sh.put(r, 2, sec, bold=True)
    if sec.startswith("A."):
        ag.note(sh, r, "Section heading rows 'A. PRODUKSI BENIH', 'B. ...', 'C. ...', 'D. ...' (not key rows).")
    r += 1
    for item in ids:
        dup = item.startswith("dup:")
        sid = item.split(":")[-1]
        no += 1
        t, rv = VAL[sid][Y]
        sh.put(r, 1, no, h="center")
        sh.put(r, 2, NAME[sid][Y], wrap=True)
        sh.put(r, 3, UNIT[sid], h="center")
        T = N(120) if sid == "B22" else N(t)
        sh.put(r, 4, T, h="center", fmt="#,##0" if t >= 1000 else None)
        if sid == "B05":
            for m in range(12):
                cl = get_column_letter(5 + m)
                rr = rows18["B01"]
                vs = [sh.book.placed[(sh.name, "%s%d" % (cl, rr + k))] for k in range(3)]
                sh.put(r, 5 + m, F("=SUM({0}{1}:{0}{2})".format(cl, rr, rr + 2), key=numsum(vs), fmt="#,##0"), h="center")
        else:
            for m in range(12):
                v = cv(M18[sid][m])
                if v.kind == "num" and isinstance(v.value, (int, float)) and v.value >= 1000:
                    v.fmt = "#,##0"
                sh.put(r, 5 + m, v, h="center")
        if not dup:
            rows18[sid] = r
            ag.key(sh, r, 2, Y, sid, [A(r, 4)], [A(r, 5 + m) for m in range(12)],
                   ragg="sum" if sid in FLOWS else "last")
        else:
            ag.note(sh, r, "DUPLICATE of the B10 row (same name, same figures) - not keyed.")
            rows18.setdefault("dupB10", r)
        r += 1
last = r - 1
for sid, rr in list(rows18.items()) + [("dupB10", rows18["dupB10"])]:
    if sid == "dupB10":
        sid2 = "B10"
    else:
        sid2 = sid
    if sid2 in FLOWS:
        f = "=SUM(E{0}:P{0})/D{0}*100".format(rr)
        if sid2 == "B23":
            f = "=(2*D{0}-SUM(E{0}:P{0}))/D{0}*100".format(rr)
        if sid2 == "B05":
            f = "=SUM(E{0}:P{0})/D{0}*100".format(rows18["B03"])
    else:
        f = "=P{0}/D{0}*100".format(rr)
    sh.put(rr, 17, F(f, fmt="0.00"), h="center")
sh.put(rows18["B06"], 18, "SR dihitung per siklus (Mar/Jun/Sep/Des)", wrap=True)
sh.put(rows18["B20"], 18, "Survei IKM Desember", wrap=True)
sh.put(rows18["B18"], 18, "Restocking HUT RI ke-73, Waduk Lintang", wrap=True)
sh.box(hdr, 1, last, 18)
N18 = {
    "B01": "Flow; the April cell is typed as text '%s' (read %d) -> realisasi = sum of 12 months = 1254300. The capaian =SUM(E:P)/D*100 silently drops the text cell (shows 96,00 instead of 104,53)." % (fmt_id(b01_apr) + " ekor", b01_apr),
    "B05": "Monthly cells are formulas =SUM(B01..B03 rows of the month); the April SUM silently drops the text-typed B01 April cell, so the cached months add up to %d (not 2.202.300) -> keyed %d as the file says. Capaian formula points at the B03 row (=SUM(E%d:P%d)/D%d*100)." % (2202300 - b01_apr, 2202300 - b01_apr, rows18["B03"], rows18["B03"], rows18["B03"]),
    "B06": "Level, reported only in Mar/Jun/Sep/Des -> last reported month Des 78,4.",
    "B07": "Negative level (mortality): capaian formula is the positive =P/D*100 (86,40) although 21,6 < 25 is good.",
    "B12": "Flow in rupiah; July typed as text 'Rp. %s' (read %d); sum = 152.375.000." % (fmt_id(b12_jul), b12_jul),
    "B13": "Level reported Jun and Des (cumulative) -> Des 31,5.",
    "B15": "Level reported Jun 81,25 and Des typed as a FRACTION 0,875 in a General cell -> last reported keyed as typed 0.875; capaian 1,03.",
    "B18": "Flow, only August 100.000, other months '-' -> 100000.",
    "B20": "Level, reported only in Des.",
    "B22": "Target typed 10x: 120 instead of 12 (1 test per month) -> keyed as typed 120.",
    "B23": "Negative flow, months '-' except Feb 1 and Jul 2 -> realisasi 3; capaian (2*D-SUM)/D*100 = 140.",
    "B21": "Level, cumulative monthly absorption -> Des 93,2.",
}
for sid, txt in N18.items():
    ag.note(sh, rows18[sid], txt)
r = last + 2
sig2(sh, r, 13, "Sungai Rantau, 8 Januari 2019", "Kepala UPTD Balai Benih Ikan", KAUPTD)
b18.describe("Realisasi 2018", "Monthly realisation sheet. Title rows 1-3. Header rows %d-%d ('Realisasi Bulan' merged over Jan..Des). Columns: A No | B Indikator Kinerja | C Satuan | D Target 2018 | E..P Jan..Des | Q Capaian (%%) | R Keterangan. NO annual realisasi column: key realisasi = sum of the 12 months for flows (%s), last reported month for levels. Four section heading rows in column B. Data rows %d-%d. Signature below." % (hdr, hdr + 1, ", ".join(sorted(FLOWS & set(VAL) & {k for k in M18} | {"B05"})), first, last))
# hidden sheet
shk.put(1, 1, "DATA KOLAM DAN INDUK 2018 (kerja)", bold=True)
for i, row in enumerate([["Kolam", "Luas (m2)", "Komoditas", "Kondisi"], ["K-01", 400, "Nila", "Baik"], ["K-02", 400, "Nila", "Baik"],
                         ["K-03", 250, "Lele", "Rusak ringan"], ["K-04", 250, "Gurame", "Baik"], ["Induk Nila", 320, "ekor", ""],
                         ["Induk Lele", 210, "ekor", ""], ["Induk Gurame", 110, "ekor", ""]]):
    for j, v in enumerate(row):
        shk.put(3 + i, 1 + j, v)
b18.describe("Data Induk Kolam", "HIDDEN working sheet (pond list, broodstock counts). Not keyed.")

# ==========================================================================
# 2019: Permendagri 86 form E.81 (16 numbered columns incl. Satuan, K/Rp pairs)
# ==========================================================================
Y = 2019
b19 = Book(ag, "E81_UPTD_BBI_TW4_2019", "xlsx", font="Calibri", size=10)
sh = b19.sheet("E81 TW IV 2019")
cols = dict(no=1, sas=2, prog=3, ind=4, sat=5, rsK=6, rsR=7, r18K=8, r18R=9, tK=10, tR=11,
            q1K=12, q1R=13, q2K=14, q2R=15, q3K=16, q3R=17, q4K=18, q4R=19, aK=20, aR=21,
            cK=22, cR=23, pK=24, pR=25, unit=26)
sh.widths(A=6, B=20, C=30, D=40, E=9, **{get_column_letter(c): 12 for c in range(6, 26)}, Z=16)
for i, t in enumerate(["Formulir E.81", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
                       "UPTD BALAI BENIH IKAN SUNGAI RANTAU - DINAS PERIKANAN KABUPATEN RAWA LINTANG",
                       "Periode Pelaksanaan : Tahun 2019 (s.d. Triwulan IV)"]):
    sh.put(1 + i, 1, t, bold=(i != 0), h="center" if i else "left", size=11)
    if i:
        sh.merge(1 + i, 1, 1 + i, 26)
hdr = 6
for c, t in [(1, "No"), (2, "Sasaran"), (3, "Program / Kegiatan"), (4, "Indikator Kinerja Program (outcome) / Kegiatan (output)"), (5, "Satuan"), (26, "Unit Penanggung Jawab")]:
    sh.put(hdr, c, t, bold=True, h="center", wrap=True, fill=GREY)
    sh.merge(hdr, c, hdr + 1, c)
for c, t in [(6, "Target Renstra PD pada Tahun 2021 (Akhir Periode Renstra)"),
             (8, "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2018)"),
             (10, "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2019) yang Dievaluasi"),
             (20, "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"),
             (22, "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2019"),
             (24, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2019 (%)")]:
    sh.put(hdr, c, t, bold=True, h="center", wrap=True, fill=GREY)
    sh.merge(hdr, c, hdr + 1, c + 1)
sh.put(hdr, 12, "Realisasi Kinerja Pada Triwulan", bold=True, h="center", fill=GREY)
sh.merge(hdr, 12, hdr, 19)
for k, tw in enumerate(["I", "II", "III", "IV"]):
    sh.put(hdr + 1, 12 + 2 * k, tw, bold=True, h="center", fill=GREY)
    sh.merge(hdr + 1, 12 + 2 * k, hdr + 1, 13 + 2 * k)
sh.ws.row_dimensions[hdr].height = 60
nums = {1: "1", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6", 8: "7", 10: "8", 12: "9", 14: "10", 16: "11", 18: "12",
        20: "13 = 9+10+11+12", 22: "14 = 7 + 13", 24: "15 = 14/6 x 100", 26: "16"}
for c, t in nums.items():
    sh.put(hdr + 2, c, t, h="center", italic=True, size=8, bold=True)
    if c >= 6 and c <= 24:
        sh.merge(hdr + 2, c, hdr + 2, c + 1)
for c in range(6, 26):
    sh.put(hdr + 3, c, "K" if c % 2 == 0 else "Rp", h="center", bold=True)
r = hdr + 4
first = r
RENSTRA19 = {"B05": 11550000, "B06": 80, "B07": 20, "B13": 38, "B10": 1900, "B11": 120, "B01": 6500000, "B02": 4250000,
             "B03": 800000, "B19": P(95), "B16": G("A"), "B17": 12, "B08": 750, "B09": 500, "B18": 600000,
             "B12": 775000000, "B20": 80, "B23": 20, "B22": 60, "B15": 95, "B14": 20, "B21": 95, "B24": 20}
R2017 = {"B05": 2051000, "B10": 341, "B11": 19, "B01": 1162000, "B02": 760500, "B03": 128500, "B17": 2, "B18": 80000,
         "B12": 138650000, "B23": 7, "B22": 12, "B14": 5, "B24": 4}
Q19 = {
    "B05": None,  # formulas from kegiatan rows
    "B06": [74.5, 75.8, 76.2, U(76.9, "%")],
    "B07": [24.8, 24.1, 23.5, 23.1],
    "B13": [8.1, 15.9, 23.4, 30.8],
    "B10": split_flow(401, 4, 21),
    "B11": [4, 8, 7, 5],
    "B01": split_flow(1187500, 4, 22),
    "B02": split_flow(902400, 4, 23),
    "B03": split_flow(171250, 4, 24),
    "B19": [P(91), P(91.5), P(92), P(92)],
    "B16": [D, D, D, G("B")],
    "B17": [D, 1, 1, 1],
    "B08": [650, 650, 655, 655],
    "B09": [D, 120, D, D],
    "B18": [D, D, 135000, D],
    "B12": [x * 1000 for x in split_flow(149820, 4, 25)],
    "B20": [D, 77.6, D, 78.9],
    "B23": [1, 2, 2, 1],
    "B22": [3, 3, 3, 3],
    "B15": [87.5, 87.5, 90.6, 90.6],
    "B14": [D, D, 4, 2],
    "B21": [18.2, 45.7, 71.3, 96.4],
    "B24": [1, 1, 1, 1],
}
BLOCKS19 = [
    ("sas", "", "Indikator Sasaran (IKU)", ["B05", "B06", "B07", "B13"], None),
    ("prog", "1", "Program Pengembangan Budidaya Perikanan", ["B10", "B11"], ["1.1", "1.2", "1.3", "1.4"]),
    ("keg", "1.1", "Produksi Benih Ikan Unggul pada BBI", ["B01", "B02", "B03", "B19", "B16", "B17"],
     (210000000, 186500000, [32150000, 51200000, 47800000, 49625000])),
    ("keg", "1.2", "Pengadaan dan Pemeliharaan Induk Ikan Unggul", ["B08", "B09"],
     (70000000, 64000000, [0, 38500000, 12000000, 11750000])),
    ("keg", "1.3", "Penyebaran Benih dan Pelayanan Pembudidaya", ["B18", "B12", "B20", "dup:B20"],
     (50000000, 45250000, [8100000, 11300000, 12900000, 10675000])),
    ("keg", "1.4", "Pengendalian Hama dan Penyakit Ikan", ["B23", "B22"],
     (30000000, 28600000, [5200000, 7800000, 6450000, 7900000])),
    ("prog", "2", "Program Peningkatan Sarana dan Prasarana Aparatur", ["B15"], ["2.1"]),
    ("keg", "2.1", "Rehabilitasi Kolam dan Bangsal Pembenihan", ["B14"],
     (400000000, 152000000, [0, 0, 98400000, 51380000])),
    ("prog", "3", "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", ["B21"], ["3.1"]),
    ("keg", "3.1", "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja", ["B24"],
     (60000000, 12400000, [2900000, 3100000, 3050000, 3200000])),
]
rows19 = {}
keg_rows = {}
prog_rows = []
for kind, num, label, ids, budget in BLOCKS19:
    r0 = r
    for item in ids:
        dup = item.startswith("dup:")
        sid = item.split(":")[-1]
        t, rv = VAL[sid][Y]
        sh.put(r, 4, NAME[sid][Y], wrap=True)
        sh.put(r, 5, UNIT[sid], h="center")
        rs = RENSTRA19[sid]
        sh.put(r, 6, rs if isinstance(rs, V) else N(rs), h="center")
        if sid in FLOWS:
            sh.put(r, 8, N(R2017.get(sid, 0) + (VAL[sid].get(2018, (0, 0))[1] or 0)), h="center")
        elif sid in ("B19", "B16"):
            sh.put(r, 8, DASH(), h="center")
        else:
            sh.put(r, 8, N(VAL[sid][2018][1]), h="center")
        T = {"B09": U(100, "ekor"), "B19": P(90), "B16": G("B")}.get(sid, N(t))
        sh.put(r, 10, T, h="center")
        qs = Q19[sid]
        if sid == "B05":
            qv = []
            for k in range(4):
                cl = get_column_letter(12 + 2 * k)
                refs = [rows19[x] for x in ("B01", "B02", "B03")] if "B01" in rows19 else None
                qv.append(None)
            # filled after kegiatan rows are known
        else:
            for k in range(4):
                v = cv(qs[k])
                if v.kind == "num" and isinstance(v.value, (int, float)) and v.value >= 1000:
                    v.fmt = "#,##0"
                sh.put(r, 12 + 2 * k, v, h="center")
        if sid != "B05":
            qk = [sh.book.placed[(sh.name, A(r, 12 + 2 * k))] for k in range(4)]
            if sid == "B16":
                av = G("B")
            elif sid in FLOWS:
                av = F("=SUM(L{0},N{0},P{0},R{0})".format(r), key=numsum(qk), fmt="#,##0")
            else:
                av = F("=R%d" % r, key=qk[3].key, fmt=qk[3].fmt)
            sh.put(r, 20, av, h="center")
        # col 14 and 15
        if sid == "B16":
            sh.put(r, 22, DASH(), h="center")
            sh.put(r, 24, DASH(), h="center")
        else:
            if sid in FLOWS:
                sh.put(r, 22, F("=H{0}+T{0}".format(r), fmt="#,##0"), h="center")
            elif sid == "B08":
                sh.put(r, 22, F("=T{0}".format(r + 1)), h="center")
            else:
                sh.put(r, 22, F("=T{0}".format(r), fmt="0.00%" if sid == "B19" else None), h="center")
            sh.put(r, 24, F("=V{0}/F{0}*100".format(r), fmt="0.00"), h="center")
        sh.put(r, 26, "UPTD BBI", h="center")
        if dup:
            ag.note(sh, r, "DUPLICATE of the B20 row (copy-pasted directly below) - not keyed.")
        else:
            rows19[sid] = r
        r += 1
    # label / numbering merged over the block
    sh.put(r0, 1, num, h="center", v_al="top", bold=(kind == "prog"))
    sh.merge(r0, 1, r - 1, 1)
    sh.put(r0, 3, label, wrap=True, v_al="top", bold=(kind == "prog"))
    sh.merge(r0, 3, r - 1, 3)
    if kind == "keg":
        renstraRp, pagu, qrp = budget
        keg_rows[num] = r0
        sh.put(r0, 7, N(renstraRp), fmt="#,##0")
        sh.put(r0, 9, N(int(renstraRp * 0.38)), fmt="#,##0")
        sh.put(r0, 11, N(pagu), fmt="#,##0")
        for k in range(4):
            sh.put(r0, 13 + 2 * k, N(qrp[k]), fmt="#,##0")
        if num == "1.1":
            sh.put(r0, 21, F("=48250000+O{0}+Q{0}+S{0}".format(r0)), fmt="#,##0")
        else:
            sh.put(r0, 21, F("=M{0}+O{0}+Q{0}+S{0}".format(r0)), fmt="#,##0")
        sh.put(r0, 23, F("=I{0}+U{0}".format(r0)), fmt="#,##0")
        sh.put(r0, 25, F("=W{0}/G{0}*100".format(r0)), fmt="0.00")
        for cc in (7, 9, 11, 13, 15, 17, 19, 21, 23, 25):
            sh.merge(r0, cc, r - 1, cc)
    elif kind == "prog":
        prog_rows.append((r0, r - 1, budget))
    else:
        sas_rows = (r0, r - 1)
last = r - 1
# programme budgets = sum of their kegiatan
for r0, r1, kegs in prog_rows:
    for cc in (7, 9, 11, 13, 15, 17, 19, 21, 23):
        cl = get_column_letter(cc)
        sh.put(r0, cc, F("=" + "+".join("%s%d" % (cl, keg_rows[k]) for k in kegs)), fmt="#,##0")
        sh.merge(r0, cc, r1, cc)
    sh.put(r0, 25, F("=W{0}/G{0}*100".format(r0)), fmt="0.00")
    sh.merge(r0, 25, r1, 25)
# B05 quarter formulas from the kegiatan rows B01-B03
rb = rows19["B05"]
qv = []
for k in range(4):
    cl = get_column_letter(12 + 2 * k)
    vs = [sh.book.placed[(sh.name, A(rows19[x], 12 + 2 * k))] for x in ("B01", "B02", "B03")]
    v = F("=%s%d+%s%d+%s%d" % (cl, rows19["B01"], cl, rows19["B02"], cl, rows19["B03"]), key=numsum(vs), fmt="#,##0")
    sh.put(rb, 12 + 2 * k, v, h="center")
    qv.append(v)
sh.put(rb, 20, F("=SUM(L{0},N{0},P{0},R{0})".format(rb), key=sum(v.key for v in qv), fmt="#,##0"), h="center")
sh.put(sas_rows[0], 2, "Meningkatnya produksi dan mutu benih ikan untuk pembudidaya", wrap=True, v_al="top")
sh.merge(sas_rows[0], 2, last, 2)
sh.box(hdr, 1, last, 26)
for sid in rows19:
    ag.key(sh, rows19[sid], 4, Y, sid, [A(rows19[sid], 10)], [A(rows19[sid], 20)])
r = last + 1
sh.put(r, 4, "Rata-rata capaian kinerja (%)", bold=True)
sh.put(r, 24, F("=AVERAGE(X{0}:X{1})".format(first, last)), fmt="0.0")
sh.put(r, 25, F("=AVERAGE(Y{0}:Y{1})".format(first, last)), fmt="0.0")
sh.put(r + 1, 4, "Predikat kinerja", bold=True)
sh.put(r + 1, 24, "Tinggi")
ag.note(sh, r, "Rata-rata capaian / Predikat rows (not key rows).")
txts = [("Faktor pendorong keberhasilan pencapaian:", "Ketersediaan induk unggul dan dukungan penyuluh perikanan."),
        ("Faktor penghambat pencapaian kinerja:", "Musim kemarau panjang (Agustus-Oktober) menurunkan debit air kolam."),
        ("Tindak lanjut yang diperlukan dalam triwulan berikutnya:", "-"),
        ("Tindak lanjut yang diperlukan dalam Renja PD berikutnya:", "Pembangunan sumur bor dan tandon air.")]
for i, (a, b) in enumerate(txts):
    sh.put(r + 3 + i, 2, a)
    sh.put(r + 3 + i, 6, b)
r = r + 9
sh.put(r, 3, "Disusun", bold=True)
sig2(sh, r + 1, 3, "Sungai Rantau, 10 Januari 2020", "Kepala UPTD Balai Benih Ikan", KAUPTD)
sh.put(r, 18, "Dievaluasi", bold=True)
sig2(sh, r + 1, 18, "Rawa Lintang, 20 Januari 2020", "Kepala Dinas Perikanan", KADIS)
N19 = {
    "B05": "IKU total row: the TW I-IV K cells are formulas adding the B01, B02, B03 rows; column 13 =SUM of the quarters (2.261.150).",
    "B06": "TW IV K typed as text '76,9 %'; column 13 =R (last quarter, level) returns that text -> keyed 76.9; columns 14/15 show #VALUE!.",
    "B09": "Target (column 8 K) typed as text '100 ekor' -> keyed 100.",
    "B19": "Target, quarter K cells and column 13 percent-formatted (0,9 / 0,92 shown as 90,00% / 92,00%) -> keyed in percent points 90 / 92.",
    "B16": "Grade: target B, TW IV B, column 13 typed 'B' -> null/null.",
    "B08": "Column 14 (=7+13) formula points at the next row (=T%d)." % (rows19["B08"] + 1),
    "B10": "Programme (outcome) indicator row: programme name in column C merged over the B10/B11 rows, programme Rp = sum of its kegiatan (formula). Key rows, like every indicator row of this form.",
    "B01": "Kegiatan 1.1 budget: column 13 Rp is =48250000+O+Q+S (TW I realisation typed as a constant inside the formula; 48.250.000 differs from the 32.150.000 in the TW I Rp cell).",
    "B17": "Flow '-' + 1 + 1 + 1 = 3.",
    "B18": "Flow: only TW III 135.000.",
    "B20": "Level reported TW II 77,6 and TW IV 78,9; the row below is a duplicate copy.",
    "B23": "Negative flow (cases): 6 against 4 - column 15 is the form's Renstra ratio, no capaian column for the year in this scheme.",
}
for sid, txt in N19.items():
    ag.note(sh, rows19[sid], txt)
b19.describe("E81 TW IV 2019", "Permendagri 86/2017 form E.81, 16 numbered columns (a Satuan column is numbered 5, so 13 = 9+10+11+12, 14 = 7+13, 15 = 14/6x100). Title rows 1-4. Header rows %d-%d (TW I..IV merged pairs), column-number row %d, K/Rp row %d. Columns: A No | B Sasaran (merged over all rows) | C Program/Kegiatan (merged per block) | D Indikator | E Satuan | F/G Target Renstra 2021 K/Rp | H/I Realisasi s.d. 2018 K/Rp | J/K Target 2019 K/Rp | L/M, N/O, P/Q, R/S TW I-IV K/Rp | T/U Realisasi 2019 (col 13) K/Rp | V/W Realisasi Renstra s.d. 2019 | X/Y Capaian Renstra %% | Z Unit. Blocks: IKU rows (sasaran indicators), 3 programmes (outcome indicator rows) and 6 kegiatan (output indicator rows). Data rows %d-%d. Key: target = J (col 8 K), realisasi = T (col 13 K; SUM of quarters for flows, =TW IV for levels). Below: Rata-rata capaian, Predikat, faktor pendorong/penghambat, tindak lanjut, Disusun/Dievaluasi signatures." % (hdr, hdr + 1, hdr + 2, hdr + 3, first, last))

# ==========================================================================
# 2020: two rows per indicator (Target row / Realisasi row) -- UNUSUAL LAYOUT U2
# 2021: two years side by side
# ==========================================================================
b3 = Book(ag, "PK BBI 2020-2021", "ods", font="Arial", size=10)
sh20 = b3.sheet("PK 2020")
sh21 = b3.sheet("Capaian 2021 vs 2020")
shc = b3.sheet("Catatan")
Y = 2020
sh = sh20
ORDER20 = [("Meningkatnya produksi benih ikan bermutu", ["B05", "B01", "B02", "B03", "B04", "B06", "B07", "B19", "B16"]),
           ("Meningkatnya pelayanan benih kepada pembudidaya", ["B10", "B11", "B13", "B18", "B12", "B20"]),
           ("Meningkatnya ketersediaan sarana dan induk unggul", ["B08", "B09", "B14", "B15", "B17", "B23"])]
OV20 = {("B02", "R"): U(640000, "ekor"), ("B12", "T"): TX("Rp. 160.000.000,-", 160000000),
        ("B13", "T"): TX("35-40", 35), ("B18", "R"): DASH(), ("B06", "T"): TX(">= 80", 80),
        ("B15", "R"): P(84.4), ("B16", "T"): G("B"), ("B16", "R"): G("A")}
sh.widths(A=5, B=26, C=44, D=11, E=14, F=10, G=11, H=26)
for i, t in enumerate(["PENGUKURAN KINERJA TAHUN 2020", "UPTD BALAI BENIH IKAN SUNGAI RANTAU",
                       "DINAS PERIKANAN KABUPATEN RAWA LINTANG"]):
    sh.put(1 + i, 1, t, bold=True, h="center", size=12)
    sh.merge(1 + i, 1, 1 + i, 8)
hdr = 5
for c, t in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja", "Uraian", "Nilai", "Satuan", "Capaian (%)", "Keterangan"], 1):
    sh.put(hdr, c, t, bold=True, h="center", wrap=True, fill=GREY)
    sh.put(hdr + 1, c, "(%d)" % c, h="center", italic=True, size=8)
r = hdr + 2
first = r
no = 0
rows20 = {}
for sas, ids in ORDER20:
    r0 = r
    for sid in ids:
        no += 1
        t, rv = VAL[sid][Y]
        sh.put(r, 1, no, h="center", v_al="top")
        sh.merge(r, 1, r + 1, 1)
        sh.put(r, 3, NAME[sid][Y], wrap=True, v_al="top")
        sh.merge(r, 3, r + 1, 3)
        sh.put(r, 4, "Target")
        sh.put(r + 1, 4, "Realisasi")
        T = OV20.get((sid, "T"), N(t))
        R = OV20.get((sid, "R"), N(rv) if rv is not None else DASH())
        for v in (T, R):
            if v.kind == "num" and isinstance(v.value, (int, float)) and v.value >= 1000:
                v.fmt = "#,##0"
        sh.put(r, 5, T, h="right")
        sh.put(r + 1, 5, R, h="right")
        sh.put(r, 6, UNIT[sid], h="center")
        sh.put(r + 1, 6, UNIT[sid], h="center")
        if sid == "B04":
            cap = N(110)
        elif sid == "B16":
            cap = N(100)
        elif sid == "B11":
            cap = F("=E{0}/E{1}*100".format(r - 1, r - 2), fmt="0.00")
        elif sid == "B23":
            cap = F("=(2*E{0}-E{1})/E{0}*100".format(r, r + 1), fmt="0.00")
        else:
            cap = F("=E{0}/E{1}*100".format(r + 1, r), fmt="0.00")
        sh.put(r, 7, cap, h="center")
        sh.merge(r, 7, r + 1, 7)
        sh.merge(r, 8, r + 1, 8)
        ag.key(sh, r, 3, Y, sid, [A(r, 5)], [A(r + 1, 5)])
        rows20[sid] = r
        r += 2
    sh.put(r0, 2, sas, wrap=True, v_al="top")
    sh.merge(r0, 2, r - 1, 2)
last = r - 1
sh.put(rows20["B18"], 8, "Restocking dibatalkan (refocusing anggaran Covid-19)", wrap=True)
sh.put(rows20["B02"], 8, "Pasokan pakan terganggu (PSBB)", wrap=True)
sh.box(hdr, 1, last, 8)
N20 = {
    "B02": "Realisasi typed as text '640.000 ekor' -> 640000; capaian formula #VALUE!.",
    "B12": "Target typed as text 'Rp. 160.000.000,-' -> 160000000.",
    "B13": "Target typed as a range '35-40' -> keyed 35.",
    "B18": "Realisasi '-' -> null (restocking cancelled).",
    "B06": "Target typed '>= 80' -> keyed 80.",
    "B15": "Realisasi cell percent-formatted (0,844 shown 84,40%) while the target is a plain 90 -> keyed 84.4; the capaian formula divides the fraction by 90 (0,94).",
    "B16": "Grade: target B, realisasi A -> null/null; capaian typed 100.",
    "B11": "Capaian formula points at the B10 rows above (=E%d/E%d*100)." % (rows20["B11"] - 1, rows20["B11"] - 2),
    "B04": "Capaian typed 110 while 214.000/200.000 = 107.",
    "B07": "Negative (mortality): capaian formula is the positive =E(real)/E(target)*100 (94,00) although 18,8 < 20 is good.",
    "B05": "Total typed as a number (2.461.000), equal to B01+B02+B03+B04.",
}
for sid, txt in N20.items():
    ag.note(sh, rows20[sid], txt)
r = last + 2
sig2(sh, r, 6, "Sungai Rantau, 12 Januari 2021", "Kepala UPTD Balai Benih Ikan", KAUPTD)
b3.describe("PK 2020", "UNUSUAL LAYOUT U2 - two rows per indicator: the first row carries the target and the second the realisasi in the same 'Nilai' column, with column D 'Uraian' saying Target / Realisasi. Title rows 1-3, header row %d (single), column-number row %d. Columns: A No (merged over the pair) | B Sasaran Strategis (merged) | C Indikator Kinerja (merged over the pair; name cell = top row) | D Uraian | E Nilai | F Satuan | G Capaian (%%) (merged over the pair) | H Keterangan. Data rows %d-%d (21 pairs). Key: target = E(top row), realisasi = E(second row)." % (hdr, hdr + 1, first, last))

# ---- 2021 side by side
Y = 2021
sh = sh21
ORDER21 = ["B05", "B01", "B02", "B03", "B04", "B06", "B07", "B19", "B16", "B10", "B11", "B13", "B12", "B20",
           "B08", "B09", "B15", "B17", "B22", "B23", "B21b", "dup:B22"]
sh.widths(A=5, B=46, C=10, D=13, E=13, F=10, G=13, H=13, I=10, J=12, K=26)
for i, t in enumerate(["PERBANDINGAN CAPAIAN KINERJA TAHUN 2021 DENGAN TAHUN 2020",
                       "UPTD BALAI BENIH IKAN SUNGAI RANTAU", "DINAS PERIKANAN KABUPATEN RAWA LINTANG"]):
    sh.put(1 + i, 1, t, bold=True, h="center", size=11)
    sh.merge(1 + i, 1, 1 + i, 11)
hdr = 5
for c, t in [(1, "No"), (2, "Indikator Kinerja"), (3, "Satuan"), (10, "Kenaikan / Penurunan Capaian"), (11, "Keterangan")]:
    sh.put(hdr, c, t, bold=True, h="center", wrap=True, fill=BLUE)
    sh.merge(hdr, c, hdr + 1, c)
sh.put(hdr, 4, "Tahun 2020", bold=True, h="center", fill=BLUE)
sh.merge(hdr, 4, hdr, 6)
sh.put(hdr, 7, "Tahun 2021", bold=True, h="center", fill=BLUE)
sh.merge(hdr, 7, hdr, 9)
for c, t in [(4, "Target"), (5, "Realisasi"), (6, "Capaian (%)"), (7, "Target"), (8, "Realisasi"), (9, "Capaian (%)")]:
    sh.put(hdr + 1, c, t, bold=True, h="center", fill=BLUE)
r = hdr + 2
first = r
rows21 = {}
OV21 = {("B05", "T"): N(28800000), ("B21b", "R"): PT(97.1), ("B16", "T"): G("A"), ("B16", "R"): G("A")}
for no, item in enumerate(ORDER21, 1):
    dup = item.startswith("dup:")
    sid = item.split(":")[-1]
    sh.put(r, 1, no, h="center")
    sh.put(r, 2, NAME[sid][Y], wrap=True)
    sh.put(r, 3, UNIT[sid], h="center")
    p = VAL[sid].get(2020)
    if p is None:
        pt, pr = DASH(), DASH()
    else:
        pt = G(p[0]) if isinstance(p[0], str) else N(p[0])
        pr = G(p[1]) if isinstance(p[1], str) else (N(p[1]) if p[1] is not None else DASH())
        if sid == "B12":
            pr = N(124150000)
    t, rv = VAL[sid][Y]
    T = OV21.get((sid, "T"), N(t))
    R = OV21.get((sid, "R"), N(rv))
    for v in (pt, pr, T, R):
        if v.kind == "num" and isinstance(v.value, (int, float)) and v.value >= 1000:
            v.fmt = "#,##0"
    sh.put(r, 4, pt, h="center")
    sh.put(r, 5, pr, h="center")
    sh.put(r, 7, T, h="center")
    sh.put(r, 8, R, h="center")
    if p is None:
        sh.put(r, 6, DASH(), h="center")
    elif sid == "B16":
        sh.put(r, 6, N(100), h="center")
    elif sid in NEG:
        sh.put(r, 6, F("=(2*D{0}-E{0})/D{0}*100".format(r), fmt="0.00"), h="center")
    else:
        sh.put(r, 6, F("=E{0}/D{0}*100".format(r), fmt="0.00"), h="center")
    if sid == "B16":
        sh.put(r, 9, N(100), h="center")
    elif sid == "B07":
        sh.put(r, 9, F("=(2*G{0}-H{0})/G{0}*100".format(r), fmt="0.00"), h="center")
    elif sid == "B09":
        sh.put(r, 9, F("=H{0}/D{0}*100".format(r), fmt="0.00"), h="center")
    else:
        sh.put(r, 9, F("=H{0}/G{0}*100".format(r), fmt="0.00"), h="center")
    sh.put(r, 10, F("=I{0}-F{0}".format(r), fmt="0.00") if p is not None and sid != "B16" else DASH(), h="center")
    if dup:
        ag.note(sh, r, "DUPLICATE of the B22 row (last row repeats an earlier one) - not keyed.")
    else:
        ag.key(sh, r, 2, Y, sid, [A(r, 7)], [A(r, 8)])
        rows21[sid] = r
    r += 1
last = r - 1
sh.box(hdr, 1, last, 11)
N21 = {
    "B12": "2020 Realisasi column says 124.150.000 but sheet 'PK 2020' says 121.450.000 (digits swapped) - cross-year disagreement; only 2021 keyed.",
    "B05": "2021 target typed 10x: 28.800.000 instead of 2.880.000 -> keyed as typed 28800000; capaian 10,29.",
    "B23": "Negative (cases): 2021 capaian is the positive =H/G*100 (66,67) although 2 cases against 3 allowed is good; the 2020 column uses (2T-R)/T.",
    "B21b": "Realisasi typed as text '97,1 %' -> 97.1; indicator renamed from 'Persentase serapan anggaran' (B21, 2018-2019): ambiguous pair B21/B21b; 2020 columns '-'.",
    "B16": "Grade A / A -> null/null (2020 B / A).",
    "B09": "2021 capaian formula divides by the 2020 TARGET column (=H/D*100 -> 150) instead of G.",
    "B06": "Name starts with the acronym this year: 'SR (Survival Rate) benih ikan'.",
    "B22": "Indicator absent in 2020 (2020 columns '-'); present 2018, 2019, 2021.",
    "B15": "Name has a double space ('Persentase  kolam').",
}
for sid, txt in N21.items():
    ag.note(sh, rows21[sid], txt)
ag.note(sh, hdr, "Two years side by side (2020 | 2021 groups). The 2020 figures are a comparison only; only the 2021 Target/Realisasi (G, H) are keyed.")
r = last + 2
sig2(sh, r, 8, "Sungai Rantau, 14 Januari 2022", "Kepala UPTD Balai Benih Ikan", KAUPTD)
b3.describe("Capaian 2021 vs 2020", "Two years side by side. Title rows 1-3. Header rows %d-%d ('Tahun 2020' and 'Tahun 2021' merged over Target | Realisasi | Capaian (%%)). Columns: A No | B Indikator Kinerja | C Satuan | D/E/F 2020 T/R/%% | G/H/I 2021 T/R/%% | J Kenaikan/Penurunan (=I-F) | K Keterangan. No sasaran column. Data rows %d-%d. Only 2021 keyed." % (hdr, hdr + 1, first, last))
for i, t in enumerate(["Catatan:", "- Tahun 2020 terjadi refocusing anggaran Covid-19; restocking dibatalkan.",
                       "- Komoditas patin mulai diproduksi tahun 2020.",
                       "- Mulai 2021 indikator serapan anggaran diganti 'realisasi keuangan' sesuai format Dinas.",
                       "- Angka 2020 pada sheet perbandingan diambil dari laporan bulan Desember (sebelum koreksi)."]):
    shc.put(1 + i, 1, t, bold=(i == 0))
shc.widths(A=100)
b3.describe("Catatan", "Notes sheet (5 lines of text). Not keyed.")

ag.dump()
print(ag.slug, len(ag.rows), "key rows")
