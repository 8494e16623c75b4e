"""Agency 1: Dinas Pariwisata Kota Batu Lintang (invented), 2019-2022."""
from openpyxl.worksheet.pagebreak import Break

from common import (FMT_CAP, FMT_DEC2, FMT_INT, FMT_PCT, FMT_RP, GFILL, A, Agency, L, Sheet,
                    idn, num_sum, split_flow)

SLUG = "dispar_kota_batu_lintang"
AG = Agency(
    SLUG, "Dinas Pariwisata Kota Batu Lintang", [2019, 2020, 2021, 2022],
    ambiguous=[["P15", "P15b"]],
    flows=["P01", "P02", "P07", "P09", "P12", "P13", "P14", "P15", "P15b", "P17", "P21", "P22"],
    levels=["P03", "P04", "P05", "P06", "P08 (cumulative count)", "P10", "P11 (cumulative count)",
            "P16", "P18", "P19", "P20 (cumulative %)"],
    negatives=["P17 (Jumlah pengaduan wisatawan: lower is better)"],
    mustnot=[("P01", "P02", "wisatawan nusantara vs mancanegara (wisnus vs wisman)"),
             ("P04", "P05", "TPK hotel berbintang vs hotel non bintang"),
             ("P08", "P09", "Jumlah desa wisata (stock) vs desa wisata BARU (flow)"),
             ("P10", "P11", "Persentase vs Jumlah usaha pariwisata berizin"),
             ("P12", "P13", "all events vs events 'berskala nasional' (words added change the meaning)"),
             ("P16", "P17", "Persentase pengaduan yang ditindaklanjuti vs Jumlah pengaduan")])

U = {"P01": "orang", "P02": "orang", "P03": "hari", "P04": "%", "P05": "%", "P06": "%",
     "P07": "lokasi", "P08": "desa", "P09": "desa", "P10": "%", "P11": "unit", "P12": "event",
     "P13": "event", "P14": "orang", "P15": "orang", "P15b": "orang", "P16": "%", "P17": "kasus",
     "P18": "nilai", "P19": "nilai", "P20": "%", "P21": "kunjungan", "P22": "Rp"}
FLOW = {"P01", "P02", "P07", "P09", "P12", "P13", "P14", "P15", "P15b", "P17", "P21", "P22"}

V = {
    "P01": {2019: (1250000, 1312480), 2020: (1300000, 486210), 2021: (600000, 702355), 2022: (900000, 1104920)},
    "P02": {2019: (18500, 17240), 2020: (19000, 3115), 2021: (2000, 860), 2022: (5000, 6732)},
    "P03": {2019: (2.1, 2.05), 2020: (1.9, 1.6), 2021: (1.8, 1.75), 2022: (2.0, 2.12)},
    "P04": {2019: (62, 58.4), 2020: (60, 31.7), 2021: (45, 42.9), 2022: (55, 57.3)},
    "P05": {2019: (45, 41.8), 2020: (45, 22.6), 2021: (35, 33.15), 2022: (40, 43.2)},
    "P06": {2019: (6.8, 7.02), 2020: (7.0, 4.9), 2021: (5.5, 5.31), 2022: (6.0, 6.45)},
    "P07": {2019: (4, 4), 2020: (4, 2), 2021: (3, 3)},
    "P08": {2019: (8, 9), 2020: (11, 11), 2021: (13, 14), 2022: (16, 17)},
    "P09": {2019: (2, 3), 2020: (2, 2), 2021: (2, 3), 2022: (3, 3)},
    "P10": {2019: (70, 72.5), 2020: (75, 74.1), 2021: (78, 80.3), 2022: (82, 83.6)},
    "P11": {2019: (410, 425), 2020: (440, 436), 2021: (460, 471), 2022: (490, 502)},
    "P12": {2019: (12, 12), 2020: (12, 5), 2021: (8, 7), 2022: (12, 14)},
    "P13": {2021: (2, 1), 2022: (3, 3)},
    "P14": {2019: (150, 162), 2020: (150, 98), 2021: (120, 135), 2022: (150, 171)},
    "P15": {2019: (60, 64), 2020: (60, 35), 2021: (50, 52)},
    "P15b": {2022: (75, 80)},
    "P16": {2019: (100, 100), 2020: (100, 95), 2021: (100, 100), 2022: (95, 100)},
    "P17": {2019: (25, 19), 2020: (20, 11), 2021: (15, 13), 2022: (15, 17)},
    "P18": {2019: ("B", "B"), 2020: ("BB", "B"), 2021: (65, 66.12), 2022: (68, 69.5)},
    "P19": {2019: (78, 80.15), 2020: (80, 81.4), 2021: (81, 82.9), 2022: (82, 84.05)},
    "P20": {2019: (95, 93.4), 2020: (95, 61.7), 2021: (95, 96.1), 2022: (95, 97.3)},
    "P21": {2021: (50000, 61244), 2022: (80000, 92310)},
    "P22": {2019: (4500000000, 4812350000), 2020: (4800000000, 2104600000),
            2021: (3000000000, 3250770000), 2022: (4000000000, 4418900000)},
}

N = {
    "P01": {2019: "Jumlah Kunjungan Wisatawan Nusantara", 2020: "Jumlah kunjungan wisatawan nusantara (wisnus)",
            2021: "Jumlah Kunjungan Wisnus", 2022: "Jumlah wisatawan nusantara yang berkunjung"},
    "P02": {2019: "Jumlah Kunjungan Wisatawan Mancanegara", 2020: "Jumlah kunjungan wisatawan mancanegara (wisman)",
            2021: "Jumlah Kunjungan Wisman", 2022: "Jumlah wisatawan mancanegara yang berkunjung"},
    "P03": {2019: "Rata-rata Lama Tinggal Wisatawan", 2020: "Rata - rata lama tinggal wisatawan (hari)",
            2021: "Rata-rata lama menginap wisatawan", 2022: "Rata-rata Lama Tinggal (Length of Stay) Wisatawan"},
    "P04": {2019: "Tingkat Penghunian Kamar (TPK) Hotel Berbintang", 2020: "TPK hotel berbintang",
            2021: "Tingkat hunian kamar hotel berbintang (%)", 2022: "Tingkat Penghunian Kamar Hotel Bintang"},
    "P05": {2019: "Tingkat Penghunian Kamar (TPK) Hotel Non Bintang", 2020: "TPK hotel non bintang/melati",
            2021: "Tingkat hunian kamar hotel non-bintang (%)", 2022: "Tingkat Penghunian Kamar Hotel Non Bintang"},
    "P06": {2019: "Kontribusi Sektor Pariwisata terhadap PDRB", 2020: "Kontribusi sektor pariwisata thd PDRB Kota",
            2021: "Persentase kontribusi sektor pariwisata terhadap Produk Domestik Regional Bruto",
            2022: "Kontribusi Sektor Pariwisata Terhadap PDRB (%)"},
    "P07": {2019: "Jumlah Destinasi Wisata yang Dikembangkan", 2020: "Jumlah destinasi wisata yg dikembangkan",
            2021: "Destinasi wisata yang dikembangkan (lokasi)"},
    "P08": {2019: "Jumlah Desa Wisata", 2020: "Jumlah desa wisata (kumulatif)", 2021: "Jumlah Desa Wisata",
            2022: "JUMLAH DESA WISATA"},
    "P09": {2019: "Jumlah Desa Wisata Baru yang Terbentuk", 2020: "Jumlah desa wisata baru",
            2021: "Jumlah Desa Wisata baru yang dibentuk", 2022: "Desa wisata baru yang terbentuk"},
    "P10": {2019: "Prosentase Usaha Pariwisata yang Memiliki Izin", 2020: "Persentase usaha pariwisata yg berizin",
            2021: "Persentase Usaha Pariwisata Berizin (TDUP)", 2022: "Persentase usaha pariwisata yang memiliki izin usaha"},
    "P11": {2019: "Jumlah Usaha Pariwisata yang Memiliki Izin", 2020: "Jumlah usaha pariwisata yg berizin",
            2021: "Jumlah Usaha Pariwisata Berizin (TDUP)", 2022: "Jumlah usaha pariwisata yang memiliki izin usaha"},
    "P12": {2019: "Jumlah Event Pariwisata yang Diselenggarakan", 2020: "Jumlah even pariwisata yang diselenggarakan",
            2021: "Jml Event Wisata yg Diselenggarakan", 2022: "Jumlah event pariwisata yang dilaksanakan"},
    "P13": {2021: "Jml Event Wisata Berskala Nasional", 2022: "Jumlah event pariwisata berskala nasional"},
    "P14": {2019: "Jumlah Pelaku Ekonomi Kreatif yang Dibina",
            2020: "Jumlah pelaku ekonomi kreatif yang difasilitasi & dibina",
            2021: "Jumlah Pelaku Ekraf yang Dibina", 2022: "Jumlah pelaku ekonomi kreatif yang dibina"},
    "P15": {2019: "Jumlah SDM Pariwisata yang Tersertifikasi", 2020: "Jumlah SDM pariwisata bersertifikat kompetensi",
            2021: "Jumlah Sumber Daya Manusia Pariwisata yang Tersertifikasi"},
    "P15b": {2022: "Jumlah SDM pariwisata dan ekonomi kreatif yang tersertifikasi"},
    "P16": {2019: "Persentase Pengaduan Wisatawan yang Ditindaklanjuti",
            2020: "Prosentase pengaduan wisatawan yg ditindaklanjuti",
            2021: "Persentase Pengaduan Wisatawan Yang Ditindak Lanjuti",
            2022: "Persentase pengaduan wisatawan yang ditindaklanjuti"},
    "P17": {2019: "Jumlah Pengaduan Wisatawan", 2020: "Jumlah pengaduan wisatawan (kasus)",
            2021: "Jumlah Pengaduan dari Wisatawan", 2022: "Jumlah pengaduan wisatawan"},
    "P18": {2019: "Nilai SAKIP Dinas Pariwisata", 2020: "Nilai AKIP Dinas",
            2021: "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", 2022: "Nilai SAKIP"},
    "P19": {2019: "Indeks Kepuasan Masyarakat (IKM)", 2020: "IKM pelayanan Dinas Pariwisata",
            2021: "Indeks Kepuasan Masyarakat", 2022: "Nilai IKM"},
    "P20": {2019: "Persentase Serapan Anggaran", 2020: "Prosentase penyerapan anggaran",
            2021: "Persentase Realisasi Anggaran", 2022: "Persentase serapan anggaran (%)"},
    "P21": {2021: "Jumlah Kunjungan Website Promosi Wisata",
            2022: "Jumlah kunjungan ke website/aplikasi promosi wisata"},
    "P22": {2019: "Pendapatan Asli Daerah (PAD) Sektor Pariwisata", 2020: "PAD sektor pariwisata (Rp)",
            2021: "Jumlah PAD dari Sektor Pariwisata", 2022: "Pendapatan Asli Daerah sektor pariwisata"},
}

SAS = [
    ("Meningkatnya kunjungan wisatawan ke Kota Batu Lintang", ["P01", "P02", "P03", "P04", "P05"]),
    ("Meningkatnya kontribusi sektor pariwisata terhadap perekonomian daerah", ["P06", "P22", "P11", "P10"]),
    ("Meningkatnya daya tarik dan daya saing destinasi wisata",
     ["P07", "P08", "P09", "P12", "P13", "P21"]),
    ("Meningkatnya kualitas SDM pariwisata dan pelaku ekonomi kreatif", ["P14", "P15", "P15b"]),
    ("Meningkatnya kualitas pelayanan dan akuntabilitas kinerja Dinas", ["P16", "P17", "P18", "P19", "P20"]),
]


def ids_for(year, order=None):
    out = []
    for sas, ids in SAS:
        ids = [i for i in ids if year in V[i]]
        out.append((sas, ids))
    return out


def nfmt(sid, v):
    if U[sid] == "Rp":
        return FMT_RP
    if isinstance(v, float) and v != int(v):
        return FMT_DEC2
    return FMT_INT


def signature(S, r, col, place_date, jab1, jab2, nama, pangkat, nip):
    for i, t in enumerate([place_date, jab1, jab2, "", "", "", nama, pangkat, nip]):
        S.plain(r + i, col, t, b=(i == 6), al="center")
    return r + 9


# ---------------------------------------------------------------- 2019: annual PK (.xls)
def pk2019():
    f = "PK DISPAR 2019.xls"
    wb = AG.new_file(f, "Annual Pengukuran Kinerja 2019: two header rows with Target and Realisasi each "
                        "split into Nilai / Satuan, a numbered column row, merged Sasaran cells, "
                        "capaian as formulas, budget lines and a signature under the table.")
    ws = wb.active
    ws.title = "PK 2019"
    S = Sheet(ws)
    S.widths({"A": 5, "B": 30, "C": 44, "D": 15, "E": 9, "F": 15, "G": 9, "H": 11, "I": 22})
    S.title(1, 1, 9, "PENGUKURAN KINERJA")
    S.title(2, 1, 9, "DINAS PARIWISATA KOTA BATU LINTANG")
    S.title(3, 1, 9, "TAHUN 2019")
    for c, t in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (8, "Capaian (%)"),
                 (9, "Keterangan")]:
        S.h(5, c, t)
        S.m(5, c, 6, c)
    S.h(5, 4, "Target")
    S.m(5, 4, 5, 5)
    S.h(5, 6, "Realisasi")
    S.m(5, 6, 5, 7)
    for c, t in [(4, "Nilai"), (5, "Satuan"), (6, "Nilai"), (7, "Satuan")]:
        S.h(6, c, t)
    for c in range(1, 10):
        S.h(7, c, "(%d)" % c, b=False)
    notes = AG.sheet_doc(f, "PK 2019", "key sheet (2019)",
                         header="rows 5-6 (two header rows; Target D:E and Realisasi F:G merged over "
                                "Nilai/Satuan), row 7 numbers the columns (1)..(9)",
                         columns="A No (per sasaran, merged) | B Sasaran Strategis (merged) | C Indikator "
                                 "Kinerja | D Target nilai | E Target satuan | F Realisasi nilai | "
                                 "G Realisasi satuan | H Capaian (%) formula =ROUND(F/D*100,2) | I Keterangan")
    r = 8
    year = 2019
    rows_of = {}
    for sno, (sas, ids) in enumerate(ids_for(year), 1):
        start = r
        seq = list(ids)
        if sno == 5:
            seq.append("DUP:P16")
        for sid in seq:
            dup = sid.startswith("DUP:")
            sid = sid[4:] if dup else sid
            T, R = V[sid][year]
            name = N[sid][year]
            S.c(r, 3, name)
            dcell, fcell, e, g = T, R, U[sid], U[sid]
            tkey, rkey = T, R
            hform = "=ROUND(F%d/D%d*100,2)" % (r, r)
            if sid == "P02":
                dcell = tkey = 185000   # typed 10x (18.500)
                notes.append("row %d (P02): target typed 10x, D%d = 185000 instead of 18.500; the "
                             "capaian formula gives 9,32 %%. Keyed as typed (185000)." % (r, r))
            if sid == "P01":
                fcell = "1.312.480 orang"
                hform = 105
                notes.append("row %d (P01): realisasi typed as text with its unit, F%d = '1.312.480 orang' "
                             "(key 1312480); H%d is a typed 105 (1.312.480/1.250.000 = 105,00: right)." % (r, r, r))
            if sid == "P04":
                fcell = "58,4 %"
                hform = 94.19
                notes.append("row %d (P04): realisasi text '58,4 %%' in F%d (key 58.4); capaian typed 94,19 "
                             "(right)." % (r, r))
            if sid == "P05":
                hform = "=ROUND(F%d/D%d*100,2)" % (r + 1, r + 1)
                notes.append("row %d (P05): capaian formula H%d points at the next row (=F%d/D%d), shows "
                             "103,24 instead of 92,89." % (r, r, r + 1, r + 1))
            if sid == "P10":
                g = "unit"
                notes.append("row %d (P10): realisasi satuan G%d says 'unit' while the target satuan and the "
                             "name say %% (unit mismatch)." % (r, r))
            if sid == "P12":
                hform = 110
                notes.append("row %d (P12): typed capaian 110 disagrees with 12/12 = 100." % r)
            if sid == "P17":
                notes.append("row %d (P17, negative indicator): capaian uses the positive formula F/D*100 "
                             "= 76; (2T-R)/T gives 124." % r)
            if sid == "P18":
                tkey = rkey = None
                hform = 100
                notes.append("row %d (P18): grades 'B' / 'B', capaian typed 100; keyed null / null." % r)
            if sid == "P16" and dup:
                notes.append("row %d: second copy of P16 (same name and figures as row %d): a duplicated "
                             "row, not a key row." % (r, rows_of["P16"]))
            S.c(r, 4, dcell, fmt=nfmt(sid, T) if not isinstance(dcell, str) else None)
            S.c(r, 5, e, al="center")
            S.c(r, 6, fcell, fmt=nfmt(sid, R) if not isinstance(fcell, str) else None)
            S.c(r, 7, g, al="center")
            S.c(r, 8, hform, fmt=FMT_CAP)
            S.c(r, 9, None)
            if not dup:
                rows_of[sid] = r
                AG.key(f, "PK 2019", r, 3, year, name, sid, tkey, rkey, {"cell": A(r, 4)}, {"cell": A(r, 6)})
            r += 1
        S.c(start, 1, sno, al="center", valign="top")
        S.m(start, 1, r - 1, 1)
        S.c(start, 2, sas, valign="top")
        S.m(start, 2, r - 1, 2)
    AG.docs[f]["sheets"][-1]["data_rows"] = "8-%d (sasaran 1-5)" % (r - 1)
    r += 1
    S.plain(r, 2, "Jumlah Anggaran Tahun 2019")
    S.plain(r, 3, ": Rp. 8.412.650.000,-")
    S.plain(r + 1, 2, "Jumlah Realisasi Anggaran Tahun 2019")
    S.plain(r + 1, 3, ": Rp. 7.857.415.100,-")
    notes.append("rows %d-%d: budget lines (not key rows)." % (r, r + 1))
    sig = r + 3
    signature(S, sig, 6, "Batu Lintang, 20 Januari 2020", "KEPALA DINAS PARIWISATA", "KOTA BATU LINTANG",
              "Drs. HENDRA WIRAKUSUMA, M.Si", "Pembina Utama Muda (IV/c)", "NIP. 19680412 199303 1 007")
    notes.append("rows %d-%d: place/date and signature block." % (sig, sig + 8))
    ws2 = wb.create_sheet("Catatan")
    S2 = Sheet(ws2)
    S2.widths({"A": 100})
    for i, t in enumerate([
            "Catatan penyusunan PK 2019:",
            "1. Data kunjungan wisatawan bersumber dari rekap TIC dan BPS Kota Batu Lintang.",
            "2. TPK hotel menggunakan angka BPS bulan Desember 2019.",
            "3. Target wisman sesuai Renstra 2018-2023 = 18.500 orang per tahun.",
            "4. Nilai SAKIP 2019 belum diumumkan, menggunakan nilai tahun 2018 (B)."]):
        S2.plain(i + 1, 1, t)
    AG.sheet_doc(f, "Catatan", "notes only (not key rows); note 3 states the real wisman target 18.500")
    AG.save(wb, f)


# ---------------------------------------------------------------- 2020 + 2021 workbook (.xlsx)
RA20 = {  # sid: (quarter targets, quarter realisasi)  values or '-' / None (blank)
    "P01": ([325000] * 4, [298450, "-", 72310, 115450]),
    "P02": ([4750] * 4, [2870, "-", 95, 150]),
    "P03": ([1.9] * 4, [1.95, "-", 1.4, 1.6]),
    "P04": ([60] * 4, [54.2, 8.3, 24.6, "31,7 %"]),
    "P05": ([0.45] * 4, [0.392, 0.041, 0.158, 0.226]),
    "P06": (["-", "-", "-", 7.0], ["-", "-", "-", 4.9]),
    "P07": ([0, 1, 1, 2], [0, 0, 1, 1]),
    "P08": ([9, 9, 10, 11], [9, 9, 10, 11]),
    "P09": ([0, 0, 1, 1], [0, 0, 1, 1]),
    "P10": ([72, 73, 74, "75-80"], [72.3, 72.9, 73.6, 74.1]),
    "P11": ([415, 425, 432, 440], [421, 427, 430, 436]),
    "P12": ([3, 3, 3, 3], [3, 0, 1, 1]),
    "P14": ([30, 40, 40, 40], [41, 0, 22, 35]),
    "P15": ([0, 20, 20, 20], [0, 0, 15, 20]),
    "P16": ([100] * 4, [100, 100, 90, 95]),
    "P17": ([5] * 4, [6, 0, 2, 3]),
    "P18": (["-", "-", "-", "BB"], ["-", "-", "-", "B"]),
    "P19": (["-", 80, "-", 80], ["-", 80.9, "-", 81.4]),
    "P20": ([20, 45, 70, 95], [12.4, 35.9, 61.7, None]),
    "P22": ([1200000000] * 4, [1080450000, 95300000, 402650000, 526200000]),
}


def parse_q(v):
    if v is None or v == "-":
        return None
    if isinstance(v, str):
        try:
            return float(v.replace("%", "").replace(",", ".").strip())
        except ValueError:
            return None
    return v


def ra2020(wb, f):
    ws = wb.active
    ws.title = "RA 2020"
    S = Sheet(ws)
    S.widths({"A": 5, "B": 26, "C": 42, "D": 9, "E": 15, "F": 13, "G": 13, "H": 13, "I": 13, "J": 13,
              "K": 13, "L": 13, "M": 13, "N": 30})
    S.title(1, 1, 14, "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA")
    S.title(2, 1, 14, "DINAS PARIWISATA KOTA BATU LINTANG")
    S.title(3, 1, 14, "TAHUN 2020")
    for c, t in [(1, "No"), (2, "Sasaran"), (3, "Indikator Kinerja"), (4, "Satuan"), (5, "Target Tahunan 2020"),
                 (14, "Penanggung Jawab / Ket.")]:
        S.h(5, c, t)
        S.m(5, c, 6, c)
    for q in range(4):
        c = 6 + 2 * q
        S.h(5, c, "Triwulan " + ["I", "II", "III", "IV"][q])
        S.m(5, c, 5, c + 1)
        S.h(6, c, "Target")
        S.h(6, c + 1, "Realisasi")
    notes = AG.sheet_doc(f, "RA 2020", "key sheet (2020)",
                         header="rows 5-6 (Triwulan I-IV merged over Target/Realisasi); no column numbers",
                         columns="A No (per indicator) | B Sasaran (merged) | C Indikator Kinerja | D Satuan | "
                                 "E Target Tahunan | F/G TW I target/realisasi | H/I TW II | J/K TW III | "
                                 "L/M TW IV | N Penanggung jawab / keterangan. NO annual realisasi column and no "
                                 "capaian column: realisasi = sum of G,I,K,M for flows, last reported quarter "
                                 "for levels.")
    r = 7
    no = 1
    year = 2020
    pj = {"P01": "Bid. Pemasaran - objek wisata ditutup April-Juni (Covid-19)", "P02": "Bid. Pemasaran",
          "P20": "Sekretariat - TW IV belum direkap"}
    for sas, ids in ids_for(year):
        start = r
        for sid in ids:
            T, R = V[sid][year]
            name = N[sid][year]
            S.c(r, 1, no, al="center")
            S.c(r, 3, name)
            S.c(r, 4, U[sid], al="center")
            qt, qr = RA20[sid]
            pct = sid == "P05"
            tcell = T
            tkey = T
            if pct:
                tcell = T / 100.0
            if sid == "P10":
                tcell = "75-80"
                tkey = 75
            if sid == "P18":
                tkey = None
            S.c(r, 5, tcell, fmt=FMT_PCT if pct else (None if isinstance(tcell, str) else nfmt(sid, T)))
            cells = []
            for q in range(4):
                c = 6 + 2 * q
                for cc, v in ((c, qt[q]), (c + 1, qr[q])):
                    if v is None:
                        S.c(r, cc, None)
                    else:
                        S.c(r, cc, v, fmt=FMT_PCT if (pct and not isinstance(v, str)) else
                            (None if isinstance(v, str) else nfmt(sid, v)), al="right")
                cells.append(A(r, c + 1))
            vals = [parse_q(v) for v in qr]
            if pct:
                vals = [None if v is None else round(v * 100, 6) for v in vals]
            if sid == "P18":
                rkey = None
                rspec = {"last": cells}
            elif sid in FLOW:
                rkey = num_sum(vals)
                rspec = {"sum": cells}
            else:
                rkey = [v for v in vals if v is not None][-1]
                rspec = {"last": cells}
            assert sid == "P18" or abs(rkey - R) < 1e-9, (sid, rkey, R)
            S.c(r, 14, pj.get(sid, ""))
            AG.key(f, "RA 2020", r, 3, year, name, sid, tkey, rkey, {"cell": A(r, 5)}, rspec)
            if sid == "P01":
                notes.append("row %d (P01, flow): TW II realisasi '-' (objects closed); realisasi = "
                             "298.450 + 72.310 + 115.450 = 486.210." % r)
            if sid == "P02":
                notes.append("row %d (P02, flow): TW II '-'; realisasi = 2.870 + 95 + 150 = 3.115." % r)
            if sid == "P19":
                notes.append("row %d (P19): surveyed per semester, TW I and TW III '-'; last = 81,4." % r)
            if sid == "P03":
                notes.append("row %d (P03, level): TW II '-', last reported TW IV = 1,6." % r)
            if sid == "P04":
                notes.append("row %d (P04): TW IV realisasi typed as text '31,7 %%' (M%d); key 31.7." % (r, r))
            if sid == "P05":
                notes.append("row %d (P05): target and quarters stored as fractions in %%-formatted cells "
                             "(0,45 = 45 %%); key 45 / 22.6." % r)
            if sid == "P06":
                notes.append("row %d (P06): only TW IV filled (annual PDRB figure); TW I-III '-'." % r)
            if sid == "P10":
                notes.append("row %d (P10): target is a range '75-80' (E%d and L%d); key 75." % (r, r, r))
            if sid == "P18":
                notes.append("row %d (P18): grade target 'BB', TW IV realisasi 'B'; key null / null." % r)
            if sid == "P20":
                notes.append("row %d (P20, cumulative level): TW IV realisasi blank (M%d, 'TW IV belum "
                             "direkap'); last reported quarter TW III = 61,7 is the key. The LKjIP 2022 "
                             "file later shows 88,2 for 2020 (not keyed there)." % (r, r))
            r += 1
            no += 1
        if ids:
            S.c(start, 2, sas, valign="top")
            S.m(start, 2, r - 1, 2)
    AG.docs[f]["sheets"][-1]["data_rows"] = "7-%d (20 indicators)" % (r - 1)
    S.plain(r + 1, 3, "Catatan: realisasi triwulan bersifat per triwulan untuk indikator jumlah (kunjungan, "
                      "event, peserta, PAD), dan posisi akhir triwulan untuk indikator persentase/indeks.",
            wrap=False)
    signature(S, r + 3, 11, "Batu Lintang, 15 Januari 2021", "Kepala Dinas Pariwisata", "Kota Batu Lintang",
              "Drs. HENDRA WIRAKUSUMA, M.Si", "Pembina Utama Muda", "NIP. 19680412 199303 1 007")
    notes.append("row %d: a note on how quarters are reported (per quarter for counts, position at quarter "
                 "end for %% / indices); rows %d-%d signature." % (r + 1, r + 3, r + 11))

    # hidden draft with different figures
    wd = wb.create_sheet("RA 2020 (draft)")
    wd.sheet_state = "hidden"
    D = Sheet(wd)
    D.plain(1, 1, "DRAFT RENCANA AKSI 2020 (sebelum refocusing anggaran)", b=True)
    hdr = ["No", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV"]
    for i, t in enumerate(hdr):
        D.h(3, i + 1, t)
    rr = 4
    for sas, ids in ids_for(year):
        for sid in ids:
            T, R = V[sid][year]
            t = T
            if sid in ("P01", "P02", "P22"):
                t = T * 1.1
            D.c(rr, 1, rr - 3)
            D.c(rr, 2, N[sid][year])
            D.c(rr, 3, U[sid])
            D.c(rr, 4, t)
            rr += 1
    AG.sheet_doc(f, "RA 2020 (draft)", "HIDDEN draft with pre-refocusing targets (wisnus 1.430.000 ...): "
                 "not key rows")


MONTHLY_FLOW_W = [0.061, 0.058, 0.072, 0.079, 0.083, 0.094, 0.112, 0.087, 0.076, 0.081, 0.089, 0.108]


def monthly2021(wb, f):
    ws = wb.create_sheet("Realisasi Bulanan 2021", 1)
    S = Sheet(ws)
    S.widths({"A": 48, "B": 9, "C": 14, "P": 15, "Q": 11, "R": 24})
    for c in range(4, 16):
        ws.column_dimensions[L(c)].width = 11
    S.title(1, 1, 18, "REKAPITULASI REALISASI KINERJA BULANAN")
    S.title(2, 1, 18, "DINAS PARIWISATA KOTA BATU LINTANG TAHUN 2021")
    S.plain(4, 1, "Kondisi s.d. 31 Desember 2021", it=True)
    for c, t in [(1, "Indikator Kinerja"), (2, "Satuan"), (3, "Target 2021"), (16, "Realisasi s.d. Desember"),
                 (17, "Capaian (%)"), (18, "Ket.")]:
        S.h(6, c, t)
        S.m(6, c, 7, c)
    S.h(6, 4, "Realisasi Bulan")
    S.m(6, 4, 6, 15)
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    for i, mname in enumerate(months):
        S.h(7, 4 + i, mname)
    notes = AG.sheet_doc(f, "Realisasi Bulanan 2021", "key sheet (2021)",
                         header="rows 6-7 (\"Realisasi Bulan\" merged over Jan..Des)",
                         columns="A Indikator Kinerja (the number is part of the name cell: '1. ...') | "
                                 "B Satuan | C Target 2021 | D..O Jan..Des | P Realisasi s.d. Desember "
                                 "(=SUM(D:O) for flows, =O for levels) | Q Capaian (%) | R Ket. Sasaran "
                                 "appear as full-width group rows.")
    year = 2021
    r = 8
    no = 0
    for sno, (sas, ids) in enumerate(ids_for(year), 1):
        S.c(r, 1, "SASARAN %d : %s" % (sno, sas), b=True, fill=GFILL)
        S.m(r, 1, r, 18)
        notes.append("row %d: sasaran group row (not a key row)." % r)
        r += 1
        seq = list(ids)
        if sno == 5:
            seq.insert(seq.index("P19") + 1, "DUP:P19")
        for sid in seq:
            dup = sid.startswith("DUP:")
            sid = sid[4:] if dup else sid
            T, R = V[sid][year]
            if not dup:
                no += 1
                name = "%d. %s" % (no, N[sid][year])
            S.c(r, 1, name)
            S.c(r, 2, U[sid], al="center")
            tcell, tkey = T, T
            if sid == "P15":
                tcell = tkey = 500
            S.c(r, 3, tcell, fmt=nfmt(sid, T))
            if sid in FLOW:
                dec = 0
                mv = split_flow(R, 12, MONTHLY_FLOW_W, dec)
                if sid in ("P12", "P13", "P15", "P09", "P07"):
                    # events / small counts happen in a few months only
                    mv = [0] * 12
                    slots = {"P12": [2, 5, 7, 8, 9, 10, 11], "P13": [9], "P15": [5, 10],
                             "P09": [6, 11], "P07": [4, 8, 11]}[sid]
                    share = split_flow(R, len(slots), None, 0)
                    for s_, v_ in zip(slots, share):
                        mv[s_] = v_
                for i, v in enumerate(mv):
                    S.c(r, 4 + i, v if v != 0 else "-", fmt=nfmt(sid, v), al="right")
                S.c(r, 16, "=SUM(D%d:O%d)" % (r, r), fmt=nfmt(sid, R))
                rspec = {"cell": A(r, 16)}
            else:
                if sid == "P18":
                    mv = [None] * 11 + [R]
                elif sid in ("P08",):
                    mv = [12, 12, 12, 12, 13, 13, 13, 13, 13, 14, 14, 14]
                elif sid == "P20":
                    mv = [3.1, 7.9, 14.2, 22.5, 30.8, 41.7, 49.9, 57.3, 66.2, 74.8, 83.5, R]
                elif sid in ("P06", "P19"):
                    mv = [None] * 5 + [round(R * 0.98, 2)] + [None] * 5 + [R]
                else:
                    base = R
                    dd = 0 if isinstance(R, int) else 2
                    mv = [None, None, round(base * 0.93, dd), None, None, round(base * 0.96, dd), None, None,
                          round(base * 0.99, dd), None, None, base]
                    mv = [int(x) if (x is not None and dd == 0) else x for x in mv]
                    if sid == "P04":
                        mv[5] = "40,2 %"
                for i, v in enumerate(mv):
                    S.c(r, 4 + i, v, fmt=None if isinstance(v, str) else nfmt(sid, v or 0.5), al="right")
                S.c(r, 16, "=O%d" % r, fmt=nfmt(sid, R))
                rspec = {"cell": A(r, 16)}
            cap = "=ROUND(P%d/C%d*100,2)" % (r, r)
            if sid == "P17":
                cap = "=ROUND((2*C%d-P%d)/C%d*100,2)" % (r, r, r)
            if sid == "P21":
                cap = "=ROUND(P%d/C%d*100,2)" % (r - 1, r - 1)
            S.c(r, 17, cap, fmt=FMT_CAP)
            S.c(r, 18, None)
            if dup:
                notes.append("row %d: second copy of P19 (IKM) pasted twice: duplicated row, not a key row." % r)
            else:
                AG.key(f, "Realisasi Bulanan 2021", r, 1, year, name, sid, tkey, R, {"cell": A(r, 3)}, rspec)
            if sid == "P15":
                notes.append("row %d (P15): target typed 10x, C%d = 500 (Renstra: 50); key 500; capaian "
                             "10,40." % (r, r))
            if sid == "P17":
                notes.append("row %d (P17, negative): capaian uses (2T-R)/T = 113,33 (right)." % r)
            if sid == "P21":
                notes.append("row %d (P21): capaian formula Q%d points at the row above (=P%d/C%d)." % (r, r, r - 1, r - 1))
            if sid == "P04":
                notes.append("row %d (P04): the June value is text '40,2 %%' (I%d); the annual column "
                             "takes December." % (r, r))
            if sid == "P18":
                notes.append("row %d (P18): the SAKIP value is a score this year (65 / 66,12), not a grade." % r)
            if sid == "P08":
                notes.append("row %d (P08, cumulative count): monthly running total; P = December." % r)
            r += 1
    AG.docs[f]["sheets"][-1]["data_rows"] = "8-%d (5 sasaran group rows, 22 indicators, 1 duplicate)" % (r - 1)
    S.plain(r + 1, 1, "Sumber: rekap bulanan bidang, BPS Kota Batu Lintang (TPK, PDRB).", it=True)


def keterangan(wb, f):
    ws = wb.create_sheet("Keterangan")
    S = Sheet(ws)
    S.widths({"A": 110})
    for i, t in enumerate([
            "KETERANGAN",
            "- Sheet RA 2020: realisasi triwulanan PK 2020 setelah refocusing anggaran Covid-19.",
            "- Sheet Realisasi Bulanan 2021: realisasi bulanan, diisi oleh masing-masing bidang.",
            "- Target SDM tersertifikasi 2021 sesuai Renstra = 50 orang.",
            "- Jumlah kunjungan wisnus 2020: 486.210 orang (angka sementara)."]):
        S.plain(i + 1, 1, t)
    AG.sheet_doc(f, "Keterangan", "notes only (not key rows)")


def wb2020_2021():
    f = "Renaksi Dispar 2020-2021.xlsx"
    wb = AG.new_file(f, "One workbook holding two years in two different layouts: the 2020 quarterly "
                        "Rencana Aksi (sheet 'RA 2020', no annual realisasi column) and the 2021 monthly "
                        "realisation sheet ('Realisasi Bulanan 2021'), plus a hidden draft and a notes sheet.")
    ra2020(wb, f)
    monthly2021(wb, f)
    keterangan(wb, f)
    AG.save(wb, f)


# ---------------------------------------------------------------- 2022: LKjIP chapter III (.ods)
RENSTRA = {"P01": 1400000, "P02": 20000, "P03": 2.3, "P04": 65, "P05": 50, "P06": 7.5, "P08": 20, "P09": 3,
           "P10": 90, "P11": 540, "P12": 15, "P13": 4, "P14": 180, "P15b": 90, "P16": 100, "P17": 10,
           "P18": 75, "P19": 85, "P20": 95, "P21": 120000, "P22": 5500000000}


def lkjip2022():
    f = "LKjIP Dispar 2022.ods"
    wb = AG.new_file(f, "LKjIP 2022 chapter III tables: realisasi of 2019-2021 beside the 2022 target, "
                        "realisasi and capaian, the Renstra 2024 target and the progress against it; the "
                        "table breaks over two printed pages and its header is repeated in the middle.")
    ws = wb.active
    ws.title = "Tabel 3.2"
    S = Sheet(ws)
    S.widths({"A": 5, "B": 26, "C": 42, "D": 9, "E": 13, "F": 13, "G": 13, "H": 15, "I": 15, "J": 11,
              "K": 15, "L": 13})
    S.title(1, 1, 12, "Tabel 3.2")
    S.title(2, 1, 12, "Perbandingan Realisasi Kinerja Tahun 2022 dengan Tahun-Tahun Sebelumnya dan "
                      "Target Akhir Renstra")
    S.title(3, 1, 12, "Dinas Pariwisata Kota Batu Lintang", b=False)

    def header(r0):
        for c, t in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"),
                     (11, "Target Akhir Renstra (2024)"), (12, "Capaian s.d. 2022 thd Target Renstra (%)")]:
            S.h(r0, c, t)
            S.m(r0, c, r0 + 1, c)
        S.h(r0, 5, "Realisasi")
        S.m(r0, 5, r0, 7)
        S.h(r0, 8, "Tahun 2022")
        S.m(r0, 8, r0, 10)
        for c, t in [(5, "2019"), (6, "2020"), (7, "2021"), (8, "Target"), (9, "Realisasi"), (10, "Capaian (%)")]:
            S.h(r0 + 1, c, t)
        for c in range(1, 13):
            S.h(r0 + 2, c, c, b=False)

    header(5)
    notes = AG.sheet_doc(f, "Tabel 3.2", "key sheet (2022); only the 2022 columns are keyed",
                         header="rows 5-6 (Realisasi merged over 2019/2020/2021, Tahun 2022 over Target/"
                                "Realisasi/Capaian), row 7 numbers the columns 1..12",
                         columns="A No | B Sasaran Strategis (merged) | C Indikator Kinerja | D Satuan | "
                                 "E Realisasi 2019 | F Realisasi 2020 | G Realisasi 2021 | H Target 2022 | "
                                 "I Realisasi 2022 | J Capaian 2022 (%) | K Target akhir Renstra 2024 | "
                                 "L Capaian s.d. 2022 thd Renstra (%)")
    year = 2022
    r = 8
    no = 1
    for sno, (sas, ids) in enumerate(ids_for(year), 1):
        if sno == 3:
            # page break + repeated header (table continues on the next printed page)
            ws.row_breaks.append(Break(id=r))
            S.plain(r, 1, "Tabel 3.2 (lanjutan)", it=True)
            notes.append("row %d: 'Tabel 3.2 (lanjutan)' and rows %d-%d repeat the header (the table "
                         "continues on a second printed page; a manual page break sits above row %d)."
                         % (r, r + 1, r + 3, r + 1))
            header(r + 1)
            r += 4
        start = r
        for sid in ids:
            T, R = V[sid][year]
            name = N[sid][year]
            S.c(r, 1, no, al="center")
            S.c(r, 3, name)
            S.c(r, 4, U[sid], al="center")
            prev = []
            for y in (2019, 2020, 2021):
                pid = "P15" if sid == "P15b" else sid
                pv = V.get(pid, {}).get(y, (None, "-"))[1]
                if sid == "P20" and y == 2020:
                    pv = 88.2
                if sid == "P01" and y == 2021:
                    pv = 702355
                if pv is None:
                    pv = "-"
                prev.append(pv)
            for i, pv in enumerate(prev):
                S.c(r, 5 + i, pv, fmt=None if isinstance(pv, str) else nfmt(sid, pv), al="right")
            tcell, rcell, tkey, rkey = T, R, T, R
            cap = "=ROUND(I%d/H%d*100,2)" % (r, r)
            if sid == "P22":
                tcell = "Rp 4.000.000.000"
                rcell = "Rp 4.418.900.000"
                cap = 110.47
                notes.append("row %d (P22): target and realisasi typed as text 'Rp 4.000.000.000' / "
                             "'Rp 4.418.900.000' (keys 4000000000 / 4418900000); capaian typed 110,47 "
                             "(right)." % r)
            if sid == "P16":
                tcell = ">= 95"
                cap = 105.26
                notes.append("row %d (P16): target '>= 95' (key 95), capaian typed 105,26." % r)
            if sid == "P20":
                rcell = rkey = 0.973
                notes.append("row %d (P20): realisasi typed as a fraction 0,973 in a percent-points column "
                             "(meant 97,3); keyed as typed 0.973; capaian formula gives 1,02. Column F "
                             "(2020) shows 88,2 while RA 2020 reported 61,7 at TW III." % r)
            if sid == "P17":
                cap = "=ROUND((2*H%d-I%d)/H%d*100,2)" % (r, r, r)
                notes.append("row %d (P17, negative): capaian (2T-R)/T = 86,67 (right)." % r)
            if sid == "P15b":
                notes.append("row %d (P15b): 'SDM pariwisata dan ekonomi kreatif' - scope widened from "
                             "P15 'SDM pariwisata'; ambiguous pair (P15, P15b). Its 2019-2021 columns repeat "
                             "P15's figures." % r)
            if sid == "P01":
                notes.append("row %d (P01): 2021 column consistent with the monthly sheet (702.355)." % r)
            S.c(r, 8, tcell, fmt=None if isinstance(tcell, str) else nfmt(sid, T))
            S.c(r, 9, rcell, fmt=None if isinstance(rcell, str) else nfmt(sid, R))
            S.c(r, 10, cap, fmt=FMT_CAP)
            rt = RENSTRA.get(sid)
            S.c(r, 11, rt if rt is not None else "-", fmt=nfmt(sid, rt or 1), al="right")
            if rt is None:
                S.c(r, 12, "-", al="right")
            elif sid == "P08":
                S.c(r, 12, "=ROUND(I%d/K%d*100,2)" % (r + 1, r + 1), fmt=FMT_CAP)
                notes.append("row %d (P08): Renstra progress L%d points at the next row (=I%d/K%d)." % (r, r, r + 1, r + 1))
            elif isinstance(rcell, str):
                S.c(r, 12, 80.34, fmt=FMT_CAP)
            else:
                S.c(r, 12, "=ROUND(I%d/K%d*100,2)" % (r, r), fmt=FMT_CAP)
            AG.key(f, "Tabel 3.2", r, 3, year, name, sid, tkey, rkey, {"cell": A(r, 8)}, {"cell": A(r, 9)})
            r += 1
            no += 1
        S.c(start, 2, sas, valign="top")
        S.m(start, 2, r - 1, 2)
    AG.docs[f]["sheets"][-1]["data_rows"] = "8-%d (21 indicators in two parts)" % (r - 1)
    notes.append("columns E-G hold 2019-2021 realisasi: not keyed from this file ('-' where the indicator "
                 "did not exist yet, e.g. P13, P21).")
    S.plain(r + 1, 2, "Sumber: diolah dari PK dan laporan realisasi Dinas Pariwisata 2019-2022", it=True)

    # budget table
    wa = wb.create_sheet("Tabel 3.3")
    B = Sheet(wa)
    B.widths({"A": 5, "B": 60, "C": 18, "D": 18, "E": 10})
    B.title(1, 1, 5, "Tabel 3.3 Realisasi Anggaran per Program Tahun 2022")
    for i, t in enumerate(["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"]):
        B.h(3, i + 1, t)
    progs = [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 5120400000, 4986310250),
             ("Program Peningkatan Daya Tarik Destinasi Pariwisata", 1850000000, 1792655000),
             ("Program Pemasaran Pariwisata", 1460000000, 1431870400),
             ("Program Pengembangan Ekonomi Kreatif melalui Pemanfaatan dan Perlindungan Hak Kekayaan "
              "Intelektual", 520000000, 498245000),
             ("Program Pengembangan Sumber Daya Pariwisata dan Ekonomi Kreatif", 640000000, 612300000)]
    for i, (p, pg, rl) in enumerate(progs):
        rr = 4 + i
        B.c(rr, 1, i + 1)
        B.c(rr, 2, p)
        B.c(rr, 3, pg, fmt=FMT_INT)
        B.c(rr, 4, rl, fmt=FMT_INT)
        B.c(rr, 5, "=ROUND(D%d/C%d*100,2)" % (rr, rr), fmt=FMT_CAP)
    B.c(9, 2, "JUMLAH", b=True)
    B.c(9, 3, "=SUM(C4:C8)", fmt=FMT_INT)
    B.c(9, 4, "=SUM(D4:D8)", fmt=FMT_INT)
    B.c(9, 5, "=ROUND(D9/C9*100,2)", fmt=FMT_CAP)
    AG.sheet_doc(f, "Tabel 3.3", "budget per programme (not key rows)")
    wc = wb.create_sheet("Catatan")
    C = Sheet(wc)
    C.widths({"A": 110})
    for i, t in enumerate([
            "Catatan Bab III:",
            "Realisasi 2020 penyerapan anggaran (88,2%) berdasarkan LRA audited.",
            "Indikator jumlah SDM tersertifikasi mulai 2022 mencakup pelaku ekonomi kreatif.",
            "Event berskala nasional mulai diukur tahun 2021."]):
        C.plain(i + 1, 1, t)
    AG.sheet_doc(f, "Catatan", "notes only (not key rows)")
    AG.save(wb, f)


if __name__ == "__main__":
    pk2019()
    wb2020_2021()
    lkjip2022()
    AG.dump()
    print(SLUG, len(AG.rows))
