"""Agency C: UPTD Balai Pengujian dan Sertifikasi Mutu Barang, Provinsi Nusa Kelana (invented), 2019-2022."""
import random
from common import Book, K, P, S, DASH, G, F, V, Agg, Ref, signature, split_int

AGENCY = "UPTD Balai Pengujian dan Sertifikasi Mutu Barang Provinsi Nusa Kelana"
SLUG = "uptd_bpsmb_nusa_kelana"
KAUPTD = ("HENDRIKUS MOI BATARU, S.T., M.Si", "Pembina (IV/a)", "NIP. 19750203 200212 1 006")

N = {
 "C01": {2019: "Jumlah sampel yang diuji", 2020: "Jumlah Sampel yang Diuji (sampel)",
         2021: "Jumlah sampel barang yang diuji di laboratorium", 2022: "Jumlah Sampel Uji"},
 "C19": {2019: "Jumlah sampel komoditas ekspor yang diuji", 2020: "Jumlah Sampel Komoditi Ekspor yang Diuji",
         2021: "Jumlah sampel komoditas ekspor yg diuji", 2022: "Jumlah Sampel Uji Komoditas Ekspor"},
 "C02": {2019: "Jumlah Sertifikat Hasil Uji (SHU) yang diterbitkan", 2020: "Jumlah SHU yang diterbitkan",
         2021: "Jumlah sertifikat hasil uji yang diterbitkan", 2022: "Jumlah SHU Terbit"},
 "C03": {2019: "Jumlah sertifikat mutu (SPPT SNI) yang diterbitkan", 2020: "Jumlah Sertifikat Mutu Produk yang Diterbitkan",
         2021: "Jumlah sertifikat SPPT-SNI yang diterbitkan", 2022: "Jumlah Sertifikat Mutu (SPPT SNI) Terbit"},
 "C04": {2019: "Rata-rata waktu penyelesaian pengujian (hari kerja)", 2020: "Rata - rata Waktu Penyelesaian Pengujian",
         2021: "Rata2 waktu penyelesaian uji (hari)", 2022: "Waktu rata-rata penyelesaian pengujian sampel"},
 "C05": {2020: "Rata - rata Waktu Penerbitan Sertifikat Mutu", 2021: "Rata2 waktu penerbitan sertifikat (hari)",
         2022: "Waktu rata-rata penerbitan sertifikat mutu"},
 "C06": {2019: "Pendapatan retribusi jasa pengujian (Rp)", 2020: "Realisasi Pendapatan Retribusi Pengujian",
         2021: "Pendapatan Retribusi Jasa Pengujian Mutu Barang", 2022: "Pendapatan retribusi pengujian"},
 "C07": {2019: "Pendapatan retribusi sertifikasi mutu (Rp)", 2020: "Realisasi Pendapatan Retribusi Sertifikasi",
         2021: "Pendapatan Retribusi Jasa Sertifikasi Mutu Barang", 2022: "Pendapatan retribusi sertifikasi"},
 "C08": {2019: "Persentase sampel yang memenuhi persyaratan mutu", 2020: "Prosentase Sampel yang Memenuhi SNI",
         2021: "Persentase sampel memenuhi standar mutu (SNI)", 2022: "% sampel yang memenuhi persyaratan mutu/SNI"},
 "C09": {2019: "Indeks Kepuasan Masyarakat (IKM)", 2020: "IKM", 2021: "Nilai Indeks Kepuasan Masyarakat",
         2022: "Indeks Kepuasan Masyarakat terhadap layanan UPTD"},
 "C10": {2019: "Jumlah ruang lingkup pengujian terakreditasi KAN",
         2020: "Jumlah Parameter Uji Terakreditasi KAN (kumulatif)",
         2021: "Jumlah ruang lingkup terakreditasi (parameter)", 2022: "Jumlah Parameter Terakreditasi KAN"},
 "C11": {2020: "Jumlah Parameter Uji Baru yang Terakreditasi",
         2021: "Jumlah penambahan ruang lingkup terakreditasi (parameter baru)",
         2022: "Jumlah Parameter Baru Terakreditasi KAN"},
 "C12": {2019: "Persentase peralatan laboratorium yang terkalibrasi", 2020: "Persentase Alat Lab Terkalibrasi",
         2021: "Persentase peralatan lab. yang dikalibrasi", 2022: "Persentase Peralatan Laboratorium Terkalibrasi"},
 "C13": {2019: "Jumlah pelaku usaha pengguna jasa pengujian", 2020: "Jumlah Pelanggan (Pelaku Usaha)",
         2021: "Jumlah pelaku usaha yang menggunakan jasa pengujian", 2022: "Jumlah Pelaku Usaha Pengguna Layanan"},
 "C14": {2019: "Jumlah jenis komoditas yang dapat diuji", 2020: "Jumlah Komoditi yang Dapat Diuji",
         2021: "Jumlah jenis komoditas yg dapat diuji", 2022: "Jumlah Jenis Komoditas Uji"},
 "C15": {2019: "Persentase keluhan pelanggan yang ditindaklanjuti", 2021: "Persentase keluhan pelanggan yang ditindaklanjuti"},
 "C15b": {2020: "Persentase Pengaduan yang Diselesaikan", 2022: "Persentase Pengaduan Pelanggan yang Selesai Ditangani"},
 "C16": {2019: "Jumlah keluhan pelanggan", 2020: "Jumlah Pengaduan Pelanggan", 2021: "Jumlah keluhan pelanggan (kasus)",
         2022: "Jumlah Keluhan Pelanggan"},
 "C17": {2019: "Jumlah uji profisiensi yang diikuti", 2020: "Jumlah Uji Profisiensi / Uji Banding yang Diikuti",
         2021: "Jumlah keikutsertaan uji profisiensi", 2022: "Jumlah Uji Profisiensi & Uji Banding Antar Lab"},
 "C18": {2020: "Persentase Hasil Uji Profisiensi Memuaskan",
         2021: "Persentase hasil uji profisiensi yang memuaskan (|z| ≤ 2)", 2022: "% Hasil Uji Profisiensi Memuaskan"},
 "C20": {2019: "Nilai SAKIP UPTD", 2021: "Predikat evaluasi AKIP UPTD"},
 "C21": {2019: "Jumlah analis/penguji bersertifikat kompetensi", 2021: "Jumlah tenaga penguji yang bersertifikat",
         2022: "Jumlah Penguji Bersertifikat (orang)"},
}
UNIT = {"C01": "sampel", "C19": "sampel", "C02": "sertifikat", "C03": "sertifikat", "C04": "hari", "C05": "hari",
        "C06": "Rupiah", "C07": "Rupiah", "C08": "%", "C09": "nilai", "C10": "parameter", "C11": "parameter",
        "C12": "%", "C13": "pelaku usaha", "C14": "komoditas", "C15": "%", "C15b": "%", "C16": "kasus",
        "C17": "kali", "C18": "%", "C20": "predikat", "C21": "orang"}
FLOWS = ["C01", "C19", "C02", "C03", "C06", "C07", "C11", "C13", "C16", "C17"]
NEG = ["C04", "C05", "C16"]
TR = {
 "C01": {2019: (2400, 2531), 2020: (2600, 2188), 2021: (2800, 2947), 2022: (3000, 3215)},
 "C19": {2019: (600, 642), 2020: (650, 512), 2021: (700, 731), 2022: (750, 802)},
 "C02": {2019: (2300, 2498), 2020: (2500, 2105), 2021: (2700, 2870), 2022: (2900, 3144)},
 "C03": {2019: (40, 43), 2020: (45, 38), 2021: (50, 52), 2022: (55, 61)},
 "C04": {2019: (7, 6.4), 2020: (7, 7.8), 2021: (6, 5.9), 2022: (5, 4.8)},
 "C05": {2020: (14, 15.5), 2021: (12, 11.0), 2022: (10, 9.6)},
 "C06": {2019: (1850000000, 1912450000), 2020: (2000000000, 1640300000), 2021: (2100000000, 2215780000),
         2022: (2250000000, 2398115000)},
 "C07": {2019: (350000000, 362500000), 2020: (380000000, 298750000), 2021: (400000000, 415000000),
         2022: (420000000, 441250000)},
 "C08": {2019: (85, 86.7), 2020: (85, 84.2), 2021: (87, 88.9), 2022: (88, 89.4)},
 "C09": {2019: (80, 81.45), 2020: (81, 82.10), 2021: (82, 83.76), 2022: (83, 84.02)},
 "C10": {2019: (45, 46), 2020: (50, 50), 2021: (55, 57), 2022: (60, 63)},
 "C11": {2020: (5, 4), 2021: (5, 7), 2022: (5, 6)},
 "C12": {2019: (90, 92.5), 2020: (90, 88.0), 2021: (95, 96.3), 2022: (95, 97.4)},
 "C13": {2019: (400, 433), 2020: (420, 391), 2021: (450, 468), 2022: (480, 512)},
 "C14": {2019: (18, 18), 2020: (20, 21), 2021: (22, 22), 2022: (24, 25)},
 "C15": {2019: (100, 100), 2021: (100, 95.0)},
 "C15b": {2020: (100, 100), 2022: (100, 100)},
 "C16": {2019: (10, 7), 2020: (10, 12), 2021: (8, 6), 2022: (8, 5)},
 "C17": {2019: (2, 2), 2020: (3, 2), 2021: (3, 3), 2022: (4, 4)},
 "C18": {2020: (100, 83.3), 2021: (100, 100), 2022: (100, 91.7)},
 "C20": {2019: ("B", "B"), 2021: ("BB", "BB")},
 "C21": {2019: (12, 12), 2021: (16, 16), 2022: (18, 19)},
}


def kv(x, dec="0.00"):
    if x is None:
        return DASH()
    if isinstance(x, str):
        return G(x)
    if isinstance(x, float) and not x.is_integer():
        return K(x, dec)
    return K(x)


# ------------------------------------------------------------------ 2019 + 2020 side by side
def side_by_side():
    b = Book(AGENCY, "Capaian UPTD BPSMB 2019-2020", "xlsx")
    sh = b.sheet("Capaian 2019-2020")
    sh.widths({"A": 5, "B": 42, "C": 11, "D": 15, "E": 17, "F": 10, "G": 14, "H": 3,
               "I": 5, "J": 42, "K": 11, "L": 15, "M": 17, "N": 10, "O": 14})
    sh.title(1, 1, "CAPAIAN KINERJA UPTD BALAI PENGUJIAN DAN SERTIFIKASI MUTU BARANG", 15, size=12)
    sh.title(2, 1, "DINAS PERINDUSTRIAN DAN PERDAGANGAN PROVINSI NUSA KELANA", 15)
    b.describe(sh, "Two whole tables SIDE BY SIDE on one sheet: 2019 in A-G, 2020 in I-O (H is a spacer). Row 4 carries "
                   "'TAHUN 2019' (A4:G4) and 'TAHUN 2020' (I4:O4); row 5 is the single header row of each table "
                   "(No, Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%), Ket.); row 6 numbers the columns. "
                   "Group rows 'A. Indikator Kinerja Utama' / 'B. Indikator Kinerja Pelayanan' merged across each "
                   "table; the two tables have different row counts so their rows do not line up. Key rows carry "
                   "col = B (2019) or J (2020).")
    layouts = {
        2019: (1, [("A. Indikator Kinerja Utama", None), "C01", "C02", "C08", "C09", "C04", "C06", "C07",
                   ("B. Indikator Kinerja Pelayanan", None), "C19", "C03", "C10", "C12", "C13", "C14", "C15", "C16",
                   "C17", "C21", "C20"]),
        2020: (9, [("A. Indikator Kinerja Utama", None), "C01", "C02", "C03", "C08", "C09", "C04", "C05", "C06", "C07",
                   ("B. Indikator Kinerja Pelayanan", None), "C19", "C10", "C11", "C12", "C13", "C14", "C14dup",
                   "C15b", "C16", "C17", "C18"]),
    }
    lastrow = 0
    for year, (c0, items) in layouts.items():
        sh.title(4, c0, "TAHUN %d" % year, c0 + 6)
        for k, h in enumerate(["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Ket."]):
            sh.put(5, c0 + k, h, bold=True, align="center")
            sh.put(6, c0 + k, k + 1, italic=True, align="center")
        r = 7
        no = 0
        rowof = {}
        for it in items:
            if isinstance(it, tuple):
                sh.put(r, c0, it[0], bold=True, merge=(r, c0 + 6))
                b.note(sh, r, "%d table: group row '%s' - not a key row" % (year, it[0]))
                r += 1
                continue
            dup = it.endswith("dup")
            i = it.replace("dup", "")
            if not dup:
                no += 1
            rowof.setdefault(i, r)
            t, rr = TR[i][year]
            L = lambda k: chr(ord("A") + c0 - 1 + k)
            sh.put(r, c0, no, align="center")
            name = sh.put(r, c0 + 1, N[i][year])
            sh.put(r, c0 + 2, UNIT[i], align="center")
            tv, rv = kv(t), kv(rr)
            if i in ("C08", "C12", "C15", "C15b", "C18") and year == 2019:
                tv, rv = P(t), P(rr)
            if i in ("C06", "C07"):
                tv, rv = K(t, "#,##0"), K(rr, "#,##0")
            cap = F("=IFERROR(%s%d/%s%d*100,\"-\")" % (L(4), r, L(3), r), None, "0.00")
            ket = ""
            if i in NEG:
                cap = F("=IFERROR((2*%s%d-%s%d)/%s%d*100,\"-\")" % (L(3), r, L(4), r, L(3), r), None, "0.00")
                ket = "negatif"
            if year == 2019:
                if i == "C04":
                    cap = F("=IFERROR(%s%d/%s%d*100,\"-\")" % (L(4), r, L(3), r), None, "0.00")
                    b.note(sh, r, "2019 C04 (turnaround days, NEGATIVE) capaian uses the positive formula =E/D*100 "
                                  "(91,43 instead of 108,57)")
                if i == "C01":
                    rv = S("2.531 sampel", 2531)
                    cap = V(105.46, None, "0.00")
                    b.note(sh, r, "2019 C01 realisasi typed as text '2.531 sampel' (key 2531); capaian typed")
                if i == "C08":
                    tv = S("85-90", 85)
                    cap = V(102, None, "0.00")
                    b.note(sh, r, "2019 C08 target typed as a range '85-90' (key 85); realisasi a % fraction (86,7)")
                if i == "C13":
                    tv = K(4000)
                    b.note(sh, r, "2019 C13 target typed 10x: 4.000 for 400 (keyed as typed, 4000); capaian 10,83")
                if i == "C20":
                    cap = V("-", None)
                    b.note(sh, r, "2019 C20 grades 'B' / 'B' -> null")
                if i in ("C12", "C15"):
                    b.note(sh, r, "2019 %s target/realisasi as fractions in %%-formatted cells" % i)
            else:
                if i == "C12":
                    rv = S("88,0 %", 88.0)
                    cap = V(97.78, None, "0.00")
                    b.note(sh, r, "2020 C12 realisasi typed as text '88,0 %' (key 88)")
                if i == "C02":
                    cap = V(102.1, None, "0.00")
                    b.note(sh, r, "2020 C02 capaian typed 102,10 but 2.105 / 2.500 = 84,20")
                if i == "C17":
                    cap = F("=IFERROR(%s%d/%s%d*100,\"-\")" % (L(4), r - 1, L(3), r - 1), None, "0.00")
                    b.note(sh, r, "2020 C17 capaian formula points at the C16 row above")
                if i == "C16":
                    cap = V(120, None, "0.00")
                    b.note(sh, r, "2020 C16 (complaints, NEGATIVE) capaian typed 120 = 12/10 x 100 (positive logic)")
                if i == "C06":
                    rv = S("Rp 1.640.300.000", 1640300000)
                    cap = V(82.02, None, "0.00")
                    b.note(sh, r, "2020 C06 realisasi typed as text 'Rp 1.640.300.000' (key 1640300000)")
                if dup:
                    b.note(sh, r, "2020 C14 DUPLICATED row (same figures) - second copy not keyed")
                if i == "C15b":
                    b.note(sh, r, "2020 C15b 'Pengaduan yang Diselesaikan' vs C15 'keluhan ... ditindaklanjuti' (ambiguous pair)")
            tref = sh.put(r, c0 + 3, tv)
            rref = sh.put(r, c0 + 4, rv)
            sh.put(r, c0 + 5, cap)
            sh.put(r, c0 + 6, ket)
            if not dup:
                b.key(name, year, i, tref, rref, col=True)
            r += 1
        b.describe(sh, "%d table: data rows 7-%d (%d indicators%s)." % (year, r - 1, no,
                                                                  ", one duplicated row" if year == 2020 else ""))
        lastrow = max(lastrow, r)
    signature(sh, lastrow + 2, 10, "Kota Nusa Kelana, 29 Januari 2021", "KEPALA UPTD BALAI PENGUJIAN DAN SERTIFIKASI MUTU BARANG", *KAUPTD)

    c = b.sheet("Catatan")
    c.widths({"A": 110})
    lines = ["Catatan:",
             "1. Tahun 2020 layanan pengujian terhenti 2 bulan (April-Mei) karena pandemi Covid-19.",
             "2. Indikator negatif: rata-rata waktu penyelesaian pengujian, waktu penerbitan sertifikat, jumlah keluhan.",
             "3. Pendapatan retribusi disetor ke Kas Daerah (Rp).",
             "4. Target 2020 sesuai Perjanjian Kinerja Perubahan (refocusing)."]
    for k, l in enumerate(lines):
        c.text(k + 1, 1, l, bold=(k == 0))
    b.describe(c, "Notes sheet. Not keyed.")
    return b


# ------------------------------------------------------------------ 2021: targets sheet + monthly realisasi sheet
ORDER21 = ["C01", "C19", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12", "C13", "C14",
           "C15", "C16", "C17", "C18", "C20", "C21"]


def weights(seed):
    rnd = random.Random(seed)
    return [rnd.uniform(6.5, 10.0) for _ in range(12)]


def months21():
    m = {}
    m["C01"] = split_int(2947, weights(1))
    m["C19"] = split_int(731, weights(2))
    m["C02"] = split_int(2870, weights(3))
    m["C03"] = split_int(52, weights(4))
    W = weights(5)
    c06 = [int(round(x / 5000.0)) * 5000 for x in (2215780000 * w / sum(W) for w in W)]
    c06[5] = 185400000
    c06[-1] += 2215780000 - sum(c06)
    m["C06"] = c06
    W = weights(6)
    c07 = [int(round(x / 2500.0)) * 2500 for x in (415000000 * w / sum(W) for w in W)]
    c07[-1] += 415000000 - sum(c07)
    m["C07"] = c07
    m["C11"] = [None, None, 3, None, None, None, None, None, 4, None, None, None]
    m["C13"] = split_int(468, weights(7))
    m["C16"] = [1, "-", 0, 1, "-", 1, "-", 1, "-", 1, 1, "-"]
    m["C17"] = ["-", "-", 1, "-", "-", "-", 1, "-", "-", 1, "-", "-"]
    m["C04"] = [6.2, 6.0, 6.1, 5.8, 5.9, 6.0, 5.7, 5.9, 6.0, 5.8, 5.9, 5.9]
    m["C05"] = [None, None, 12.0, None, None, 11.5, None, None, 11.2, None, None, 11.0]
    m["C08"] = [None, None, ("P", 87.5), None, None, ("P", 88.0), None, None, ("P", 88.4), None, None, ("P", 88.9)]
    m["C09"] = [None] * 5 + [83.10] + [None] * 5 + [83.76]
    m["C10"] = [55, 55, 55, 56, 56, 56, 56, 57, 57, 57, 57, 57]
    m["C12"] = [None] * 5 + [94.0] + [None] * 5 + [96.3]
    m["C14"] = [22] * 12
    m["C15"] = [None, None, 100, None, None, 100, None, None, 95.0, None, None, None]
    m["C18"] = [None] * 11 + [100]
    m["C20"] = [None] * 11 + ["BB"]
    m["C21"] = [14, 14, 14, 14, 15, 15, 15, 15, 16, 16, 16, 16]
    return m


def mv(i, x, k):
    if x is None:
        return None
    if x == "-":
        return DASH()
    if isinstance(x, tuple):
        return P(x[1], "0.0%")
    if isinstance(x, str):
        return G(x)
    if i == "C06" and k == 5:
        return S("Rp 185.400.000", 185400000)
    if i == "C01" and k == 2:
        return S("%d sampel" % x, x)
    if i == "C02" and k == 9:
        return S(str(x), x)
    if isinstance(x, float):
        return K(x, "0.00")
    return K(x, "#,##0" if x >= 1000 else "0")


def bulanan_2021():
    b = Book(AGENCY, "Target dan Realisasi Bulanan BPSMB 2021", "ods")
    ts = b.sheet("Target 2021")
    ts.widths({"A": 5, "B": 50, "C": 12, "D": 16, "E": 14, "F": 24})
    ts.title(1, 1, "TARGET INDIKATOR KINERJA TAHUN 2021", 6, size=12)
    ts.title(2, 1, "UPTD BALAI PENGUJIAN DAN SERTIFIKASI MUTU BARANG PROVINSI NUSA KELANA", 6)
    for c, h in enumerate(["No", "Indikator Kinerja", "Satuan", "Target 2021", "Sifat Indikator", "Keterangan"]):
        ts.put(4, c + 1, h, bold=True, align="center")
    rs = b.sheet("Realisasi 2021")
    rs.widths({"A": 5, "B": 12})
    for k in range(12):
        rs.ws.column_dimensions[chr(ord("C") + k)].width = 13
    rs.title(1, 1, "REALISASI BULANAN INDIKATOR KINERJA TAHUN 2021", 14, size=12)
    rs.title(2, 1, "(nomor indikator sesuai sheet Target 2021)", 14, bold=False)
    MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    for c, h in enumerate(["No", "Satuan"] + MONTHS):
        rs.put(4, c + 1, h, bold=True, align="center")
    b.describe(ts, "Year 2021, part 1: the TARGETS. Title rows 1-2; one header row (4); data rows 5-25 (21 indicators, "
                   "No 1-21). Columns: A No, B Indikator, C Satuan, D Target 2021, E Sifat Indikator (Positif/Negatif), "
                   "F Keterangan. Key rows are here (name cell in B); their realisasi is on sheet 'Realisasi 2021'.")
    b.describe(rs, "Year 2021, part 2: MONTHLY REALISASI matched to the targets by indicator NUMBER only (no names). "
                   "Title rows 1-2; one header row (4): A No, B Satuan, C-N Jan..Des; NO annual total column. Rows 5-25, "
                   "but in a slightly different order from the target sheet: No 8 comes before No 7, and No 17 before "
                   "No 16. Key realisasi = sum of the months for flows (C01 C19 C02 C03 C06 C07 C11 C13 C16 C17), "
                   "last reported month for levels.")
    m = months21()
    rorder = list(range(1, 22))
    rorder[6], rorder[7] = rorder[7], rorder[6]
    rorder[15], rorder[16] = rorder[16], rorder[15]
    realrow = {}
    for pos, no in enumerate(rorder):
        realrow[no] = 5 + pos
    for n, i in enumerate(ORDER21, start=1):
        r = 4 + n
        t, _ = TR[i][2021]
        ts.put(r, 1, n, align="center")
        name = ts.put(r, 2, N[i][2021])
        ts.put(r, 3, UNIT[i], align="center")
        tv = kv(t)
        if i in ("C06", "C07"):
            tv = K(t, "#,##0")
        if i == "C03":
            tv = K(500)
            b.note(ts, r, "No 4 C03 target typed 10x: 500 for 50 (keyed as typed, 500)")
        if i == "C09":
            tv = S(">= 82", 82)
            b.note(ts, r, "No 10 C09 target typed '>= 82' (key 82)")
        if i == "C12":
            tv = S("95 %", 95)
            b.note(ts, r, "No 13 C12 target typed as text '95 %' (key 95)")
        if i == "C20":
            b.note(ts, r, "No 20 C20 grade target 'BB', December realisasi 'BB' -> null / null")
        tref = ts.put(r, 4, tv)
        ts.put(r, 5, "Negatif (-)" if i in NEG else "Positif (+)", align="center")
        ts.put(r, 6, "kumulatif" if i in ("C10", "C14", "C21") else ("per tahun" if i in FLOWS else ""))
        rr = realrow[n]
        rs.put(rr, 1, n, align="center")
        rs.put(rr, 2, UNIT[i], align="center")
        refs = []
        for k in range(12):
            v = mv(i, m[i][k], k)
            refs.append(rs.put(rr, 3 + k, v))
        how = "sum" if i in FLOWS else "last"
        b.key(name, 2021, i, tref, Agg(how, refs))
    b.note(rs, realrow[7], "rows for No 8 and No 7 are swapped (row %d holds No 8, row %d holds No 7)" % (realrow[8], realrow[7]))
    b.note(rs, realrow[16], "rows for No 17 and No 16 are swapped")
    b.note(rs, realrow[7], "No 7 (C06) June typed as text 'Rp 185.400.000' (counted 185400000 in the sum)")
    b.note(rs, realrow[1], "No 1 (C01) March typed as text '%d sampel'" % m["C01"][2])
    b.note(rs, realrow[3], "No 3 (C02) October typed as a text number '%d'" % m["C02"][9])
    b.note(rs, realrow[16], "No 16 (C15, level %) reported quarterly; December left blank -> last reported = September 95")
    b.note(rs, realrow[6], "No 6 (C05, NEGATIVE level) reported quarterly; last = December 11,0")
    b.note(rs, realrow[9], "No 9 (C08) quarterly values as fractions in %-formatted cells; last = 88,9")
    b.note(rs, realrow[17], "No 17 (C16, negative flow) '-' months count as none; sum 6")
    signature(ts, 28, 3, "Kota Nusa Kelana, 4 Januari 2021", "KEPALA UPTD,", *KAUPTD)
    c = b.sheet("Catatan")
    c.widths({"A": 110})
    lines = ["Catatan:", "- Realisasi diisi per bulan oleh masing-masing Seksi; nomor indikator mengacu sheet Target 2021.",
             "- Indikator persentase dan indeks diukur per triwulan / semester; bulan kosong berarti belum diukur.",
             "- Nilai AKIP diumumkan Inspektorat pada bulan Desember."]
    for k, l in enumerate(lines):
        c.text(k + 1, 1, l, bold=(k == 0))
    b.describe(c, "Notes sheet. Not keyed.")
    return b


# ------------------------------------------------------------------ 2022: VLOOKUP summary, thousands of rupiah
ORDER22 = ["C01", "C19", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12", "C13", "C14",
           "C15b", "C16", "C17", "C18", "C21"]
Q22 = {
 "C01": [742, 801, 835, 837], "C19": [188, 201, 205, 208], "C02": [721, 784, 815, 824], "C03": [13, 15, 16, 17],
 "C04": [5.2, 5.0, 4.9, 4.8], "C05": [10.4, 10.1, 9.8, 9.6], "C06": [548210, 601455, 612300, 636150],
 "C07": [98500, 110250, 112750, 119750], "C08": [("P", 88.1), ("P", 88.7), ("P", 89.0), ("P", 89.4)],
 "C09": [None, 83.55, None, 84.02], "C10": [60, 61, 62, 63], "C11": [0, 1, 2, 3], "C12": [None, ("P", 95.8), None, ("P", 97.4)],
 "C13": [118, 131, 127, 136], "C14": [24, 24, 25, 25], "C15b": [100, 100, 100, 100], "C16": [2, 1, 0, 2],
 "C17": [1, 1, 1, 1], "C18": [None, 100, None, 91.7], "C21": [18, 18, 19, 19],
}


def ringkasan_2022():
    b = Book(AGENCY, "Ringkasan Kinerja BPSMB 2022", "xls")
    sh = b.sheet("Ringkasan")
    ds = b.sheet("Data")
    old = b.sheet("Ringkasan 2021 (lama)", hidden=True)
    sh.widths({"A": 5, "B": 8, "C": 46, "D": 11, "E": 13, "F": 11, "G": 11, "H": 11, "I": 11, "J": 13, "K": 11, "L": 14})
    sh.title(1, 1, "RINGKASAN CAPAIAN KINERJA TAHUN 2022", 12, size=12)
    sh.title(2, 1, "UPTD BALAI PENGUJIAN DAN SERTIFIKASI MUTU BARANG PROVINSI NUSA KELANA", 12)
    sh.title(3, 1, "(nilai rupiah dalam ribuan rupiah)", 12, bold=False)
    for c, h in [(1, "No"), (2, "Kode"), (3, "Indikator Kinerja"), (4, "Satuan"), (5, "Target 2022"),
                 (10, "Realisasi 2022"), (11, "Capaian (%)"), (12, "Predikat")]:
        sh.put(5, c, h, bold=True, merge=(6, c), align="center")
    sh.put(5, 6, "Realisasi per Triwulan", bold=True, merge=(5, 9), align="center")
    for k, tw in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        sh.put(6, 6 + k, tw, bold=True, align="center")
    for c in range(1, 13):
        sh.put(7, c, c, italic=True, align="center")
    b.describe(sh, "Formula-driven summary: every figure in E-J is =VLOOKUP($B<row>,Data!$A$5:$H$24,<n>,FALSE) pulling "
                   "from sheet 'Data' by the code in column B. Title rows 1-3; row 3 says ONCE '(nilai rupiah dalam ribuan "
                   "rupiah)': the two Rupiah rows (C06, C07) are in thousands and are keyed x1000 in full rupiah. "
                   "Header rows 5-6, numbering row 7. Columns: A No, B Kode, C Indikator, D Satuan, E Target 2022, "
                   "F-I Realisasi TW I-IV, J Realisasi 2022, K Capaian (%), L Predikat. Key: target = E, realisasi = J.")
    ds.widths({"A": 9, "B": 13, "C": 12, "D": 12, "E": 12, "F": 12, "G": 13, "H": 10})
    ds.title(1, 1, "DATA INPUT TRIWULANAN 2022 (jangan ubah kode)", 8)
    for c, h in enumerate(["Kode", "Target", "TW I", "TW II", "TW III", "TW IV", "Realisasi", "Sifat"]):
        ds.put(4, c + 1, h, bold=True, align="center")
    b.describe(ds, "Data sheet for the VLOOKUPs: codes only, NO indicator names (not key rows). Header row 4: A Kode, "
                   "B Target, C-F TW I-IV, G Realisasi (SUM for flows, =TW IV for levels), H Sifat. Rows 5-24 are in a "
                   "different order from the summary (Rupiah rows first, then the rest). Rupiah in thousands.")
    codes = {i: "IK-%02d" % (n + 1) for n, i in enumerate(ORDER22)}
    data_order = ["C06", "C07"] + [i for i in ORDER22 if i not in ("C06", "C07")]
    datarow = {}
    for k, i in enumerate(data_order):
        r = 5 + k
        datarow[i] = r
        t, _ = TR[i][2022]
        ds.put(r, 1, codes[i], align="center")
        if i in ("C06", "C07"):
            tv = V(t // 1000, t // 1000, "#,##0")
        elif i in ("C08", "C12"):
            tv = P(t, "0.0%")
        else:
            tv = kv(t)
        ds.put(r, 2, tv)
        for q in range(4):
            x = Q22[i][q]
            if x is None:
                v = None
            elif isinstance(x, tuple):
                v = P(x[1], "0.0%")
            elif i in ("C06", "C07"):
                v = K(x, "#,##0")
            else:
                v = kv(x)
            ds.put(r, 3 + q, v)
        if i in FLOWS:
            ds.put(r, 7, F("=SUM(C%d:F%d)" % (r, r), None, "#,##0"))
        else:
            ds.put(r, 7, F("=F%d" % r, None, "0.0%" if i in ("C08", "C12") else "0.00"))
        ds.put(r, 8, "-" if i in NEG else "+", align="center")
    rng = "Data!$A$5:$H$%d" % (4 + len(data_order))
    first = 8
    for n, i in enumerate(ORDER22, start=1):
        r = 7 + n
        t, rr = TR[i][2022]
        sh.put(r, 1, n, align="center")
        sh.put(r, 2, codes[i], align="center")
        name = sh.put(r, 3, N[i][2022])
        sh.put(r, 4, UNIT[i], align="center")
        pct = i in ("C08", "C12")
        money = i in ("C06", "C07")
        fmt = "0.0%" if pct else ("#,##0" if money or i in ("C01", "C02", "C19", "C13") else
                                  ("0.00" if i in ("C04", "C05", "C09", "C18") else "0"))
        mode = "x1000" if money else "id"
        tk = t if not pct else t
        tref = sh.put(r, 5, V("=VLOOKUP($B%d,%s,2,FALSE)" % (r, rng), tk, fmt, mode))
        for q in range(4):
            sh.put(r, 6 + q, V("=IFERROR(VLOOKUP($B%d,%s,%d,FALSE),\"-\")" % (r, rng, 3 + q), None, fmt))
        qk = [x[1] if isinstance(x, tuple) else x for x in Q22[i]]
        qk = [x for x in qk if x is not None]
        rk = round(sum(qk), 6) if i in FLOWS else qk[-1]
        if money:
            rk = rk * 1000
        assert abs(rk - rr) < 1e-6, (i, rk, rr)
        rv = V("=VLOOKUP($B%d,%s,7,FALSE)" % (r, rng), rk, fmt, mode)
        if i == "C13":
            rv = V(498, 498, "0")
            b.note(sh, r, "C13 realisasi TYPED 498 over the VLOOKUP (Data says 512): keyed as typed, 498")
        rref = sh.put(r, 10, rv)
        if money:
            b.note(sh, r, "%s Rupiah in thousands (title row 3): key x1000 = %s" % (i, "{:,}".format(rr).replace(",", ".")))
        cap = F("=IFERROR(J%d/E%d*100,\"-\")" % (r, r), None, "0.00")
        if i in NEG:
            cap = F("=IFERROR((2*E%d-J%d)/E%d*100,\"-\")" % (r, r, r), None, "0.00")
        if i == "C16":
            cap = F("=IFERROR(J%d/E%d*100,\"-\")" % (r, r), None, "0.00")
            b.note(sh, r, "C16 (complaints, NEGATIVE) capaian uses the positive formula (62,5 instead of 137,5)")
        if i == "C10":
            cap = F("=IFERROR(J%d/E%d*100,\"-\")" % (r - 1, r - 1), None, "0.00")
            b.note(sh, r, "C10 capaian formula points at the C09 row above")
        if i in ("C04", "C05"):
            b.note(sh, r, "%s NEGATIVE, capaian (2 x target - realisasi) / target x 100" % i)
        if pct:
            b.note(sh, r, "%s target/realisasi are %%-formatted fractions (via VLOOKUP): key in percent points" % i)
        sh.put(r, 11, cap)
        sh.put(r, 12, F("=IF(K%d=\"-\",\"-\",IF(K%d>=91,\"Sangat Tinggi\",IF(K%d>=76,\"Tinggi\",IF(K%d>=66,\"Sedang\","
                        "IF(K%d>=51,\"Rendah\",\"Sangat Rendah\")))))" % ((r,) * 5), None))
        b.key(name, 2022, i, tref, rref)
    last = 7 + len(ORDER22)
    sh.put(last + 1, 1, "Rata-rata Capaian", bold=True, merge=(last + 1, 10))
    sh.put(last + 1, 11, F("=AVERAGE(K%d:K%d)" % (first, last), None, "0.00"))
    b.note(sh, last + 1, "average row - not a key row")
    b.describe(sh, "Data rows %d-%d (20 indicators); average row %d; signature below." % (first, last, last + 1))
    signature(sh, last + 3, 8, "Kota Nusa Kelana, 16 Januari 2023", "KEPALA UPTD BPSMB", *KAUPTD)

    old.title(1, 1, "RINGKASAN 2021 (arsip, jangan dipakai)", 5)
    for c, h in enumerate(["No", "Indikator", "Satuan", "Target", "Realisasi"]):
        old.put(3, c + 1, h, bold=True)
    for n, i in enumerate([x for x in ORDER21 if x != "C20"], start=1):
        t, rr = TR[i][2021]
        old.put(3 + n, 1, n)
        old.put(3 + n, 2, N[i][2021])
        old.put(3 + n, 3, UNIT[i])
        old.put(3 + n, 4, kv(t))
        old.put(3 + n, 5, kv(rr))
    b.describe(old, "HIDDEN sheet with last year's (2021) summary. Not keyed.")
    return b


def build():
    return [side_by_side(), bulanan_2021(), ringkasan_2022()]
