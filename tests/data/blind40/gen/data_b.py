"""Agency B: Dinas Pemberdayaan Masyarakat Kampung Kabupaten Wandoma Jaya (invented Papua kabupaten), 2018-2021.

tr[year] = (target, realisasi) exactly as KEYED.
"""
AGENCY = "Dinas Pemberdayaan Masyarakat Kampung Kabupaten Wandoma Jaya"
SLUG = "dpmk_wandoma_jaya"
YEARS = [2018, 2019, 2020, 2021]

D = {}


def ind(i, unit, kind, neg, names, tr):
    D[i] = dict(unit=unit, kind=kind, neg=neg, names=names, tr=tr)


def status(i, word, tr, neg=False):
    ind(i, "kampung", "level", neg,
        {2018: f"Jumlah Kampung {word.title()}", 2019: f"Jumlah kampung berstatus {word}",
         2020: f"Kampung {word.title()} (jumlah)", 2021: f"Jumlah kampung {word} berdasarkan IDM"}, tr)


status("B01", "mandiri", {2018: (1, 0), 2019: (1, 1), 2020: (2, 2), 2021: (3, 4)})
status("B02", "maju", {2018: (40, 3), 2019: (6, 6), 2020: (8, 9), 2021: (11, 12)})
status("B03", "berkembang", {2018: (25, 27), 2019: (32, 35), 2020: (40, 44), 2021: (50, 53)})
status("B04", "tertinggal", {2018: (70, 72), 2019: (68, 69), 2020: (65, 63), 2021: (62, 60)}, neg=True)
status("B05", "sangat tertinggal", {2018: (86, 84), 2019: (79, 75), 2020: (71, 68), 2021: (60, 57)}, neg=True)
ind("B06", "indeks", "level", False,
    {2018: "Rata - rata nilai IDM", 2019: "Rata-rata Indeks Desa Membangun (IDM)",
     2020: "Nilai rata-rata Indeks Kampung Membangun", 2021: "Rata-rata IDM Kampung"},
    {2018: (0.512, 0.5087), 2019: (0.525, 0.5261), 2020: (0.54, 0.5432), 2021: (0.555, 0.5589)})
ind("B07", "%", "level", False,
    {2018: "Persentase kampung yang memiliki RPJM Kampung", 2019: "Prosentase kampung yang memiliki RPJMK",
     2020: "Persentase kampung yg memiliki dokumen RPJM Kampung", 2021: "Persentase Kampung memiliki RPJMKam"},
    {2018: (80, 78.5), 2019: (85, 86.0), 2020: (90, 91.4), 2021: (95, 94.1)})
ind("B08", "%", "level", False,
    {2018: "Persentase kampung yang menetapkan APBK tepat waktu",
     2019: "Prosentase kampung yang menetapkan APB Kampung tepat waktu",
     2020: "Persentase kampung menetapkan APBKam tepat waktu",
     2021: "Persentase kampung yang menetapkan APB Kampung tepat waktu"},
    {2018: (70, 64.5), 2019: (0.75, 77.4), 2020: (80, 72.0), 2021: (85, 88.2)})
ind("B09", "%", "level", False,
    {2018: "Persentase Dana Kampung yang tersalurkan", 2019: "Persentase penyaluran dana kampung",
     2020: "Persentase penyaluran Dana Desa/Kampung", 2021: "Persentase penyaluran dana kampung (DD & ADK)"},
    {2018: (100, 98.6), 2019: (100, 99.2), 2020: (100, 100), 2021: (100, 97.8)})
ind("B10", "unit", "level", False,
    {2018: "Jumlah BUMKam yang aktif", 2019: "Jumlah Badan Usaha Milik Kampung (BUMKam) aktif",
     2020: "Jumlah BUM Kampung aktif", 2021: "Jumlah BUMKam aktif"},
    {2018: (20, 18), 2019: (25, 26), 2020: (30, 27), 2021: (35, 38)})
ind("B11", "unit", "flow", False,
    {2018: "Jumlah BUMKam baru terbentuk", 2019: "Jumlah BUMKam yang baru dibentuk",
     2020: "Jumlah BUM Kampung baru", 2021: "Jumlah BUMKam baru yang terbentuk"},
    {2018: (10, 12), 2019: (10, 8), 2020: (8, 6), 2021: (8, 9)})
ind("B12", "orang", "flow", False,
    {2018: "Jumlah aparat kampung yang mengikuti pelatihan", 2019: "Jumlah aparatur kampung yang dilatih",
     2020: "Jumlah aparat kampung yang dilatih", 2021: "Jumlah aparatur kampung yg dilatih"},
    {2018: (372, 360), 2019: (400, 415), 2020: (400, 210), 2021: (450, 468)})
ind("B13", "orang", "level", False,
    {2018: "Jumlah Kader Pemberdayaan Masyarakat (KPM) yang dibina", 2019: "Jumlah KPM yang dibina",
     2020: "Jumlah kader pemberdayaan masyarakat kampung yang dibina", 2021: "Jumlah KPMK yang dibina"},
    {2018: (186, 186), 2019: (186, 190), 2020: (200, 198), 2021: (200, 204)})
ind("B14", "%", "level", False,
    {2018: "Persentase kampung yang menyampaikan laporan pertanggungjawaban dana kampung tepat waktu",
     2019: "Persentase kampung yang menyampaikan LPJ Dana Kampung tepat waktu",
     2020: "Persentase kampung tepat waktu menyampaikan LPJ dana kampung",
     2021: "Persentase Kampung yg menyampaikan LPJ tepat waktu"},
    {2018: (75, 71.0), 2019: (80, 82.3), 2020: (85, 80.1), 2021: (90, 91.9)})
ind("B15", "lembaga", "level", False,
    {2018: "Jumlah Lembaga Kemasyarakatan Kampung yang aktif", 2019: "Jumlah LKK aktif",
     2021: "Jumlah lembaga kemasyarakatan kampung aktif"},
    {2018: (150, 142), 2019: (1600, 163), 2021: (180, 177)})
ind("B16", "kampung", "level", False,
    {2018: "Jumlah kampung yang menerapkan Siskeudes", 2019: "Jumlah kampung yang menggunakan aplikasi Siskeudes",
     2020: "Jumlah kampung pengguna Siskeudes"},
    {2018: (100, 84), 2019: (140, 151), 2020: (186, 186)})
ind("B17", "%", "level", False,
    {2020: "Persentase kampung yang menerapkan Siskeudes"}, {2020: (100, 100)})
ind("B17b", "%", "level", False,
    {2021: "Persentase kampung yang menerapkan Siskeudes online"}, {2021: (100, 96.2)})
ind("B18", "kelompok", "level", False,
    {2018: "Jumlah kelompok PKK kampung yang aktif", 2019: "Jumlah Kelompok PKK aktif",
     2020: "Jumlah TP-PKK kampung yang aktif", 2021: "Jumlah kelompok PKK kampung aktif"},
    {2018: (120, 118), 2019: (130, 131), 2020: (140, 139), 2021: (150, 152)})
ind("B19", "%", "level", False,
    {2018: "Persentase posyandu aktif", 2019: "Persentase Posyandu yang aktif",
     2020: "Persentase posyandu aktif", 2021: "Prosentase posyandu aktif"},
    {2018: (60, 57.3), 2019: (65, 66.0), 2020: (70, 52.4), 2021: (70, 68.9)})
ind("B20", "posyandu", "level", False,
    {2020: "Jumlah posyandu aktif", 2021: "Jumlah Posyandu Aktif"},
    {2020: (150, 112), 2021: (150, 147)})
ind("B21", "nilai", "level", False,
    {2018: "Nilai SAKIP DPMK", 2019: "Nilai SAKIP", 2020: "Nilai Evaluasi SAKIP", 2021: "Nilai SAKIP OPD"},
    {2018: (None, None), 2019: (None, None), 2020: (55, 52.1), 2021: (60, 61.35)})
ind("B22", "temuan", "flow", True,
    {2018: "Jumlah temuan BPK/Inspektorat atas pengelolaan dana kampung",
     2019: "Jumlah temuan atas pengelolaan dana kampung",
     2020: "Jumlah temuan pengelolaan Dana Kampung",
     2021: "Jumlah temuan pemeriksaan pengelolaan dana kampung"},
    {2018: (20, 26), 2019: (15, 17), 2020: (12, 9), 2021: (10, 8)})
ind("B23", "unit", "flow", False,
    {2018: "Jumlah pasar kampung yang direvitalisasi", 2019: "Jumlah pasar kampung yang di revitalisasi"},
    {2018: (4, 4), 2019: (3, 2)})

AMBIGUOUS = [["B17", "B17b"]]
MUST_NOT_MERGE = [("B04", "B05", "kampung tertinggal vs kampung sangat tertinggal"),
                  ("B01", "B02", "status sub-types mandiri / maju / berkembang / tertinggal / sangat tertinggal (B01-B05)"),
                  ("B07", "B08", "RPJM Kampung vs APB Kampung"),
                  ("B10", "B11", "BUMKam aktif vs BUMKam baru"),
                  ("B16", "B17", "Jumlah kampung vs Persentase kampung menerapkan Siskeudes"),
                  ("B19", "B20", "Persentase posyandu aktif vs Jumlah posyandu aktif")]
