"""Agency 3: Biro Pengadaan Barang dan Jasa, Setda Provinsi Karang Laut Timur (invented). Years 2022-2025."""
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from common import *

AG = Agency("biro_pbj_karang_laut_timur",
            "Biro Pengadaan Barang dan Jasa Sekretariat Daerah Provinsi Karang Laut Timur", [2022, 2023, 2024, 2025])

META = {
    "C01": ("%", "level", 1, 2), "C02": ("Rp", "flow", 1, 0), "C03": ("%", "level", 1, 1),
    "C04": ("hari", "level", -1, 1), "C05": ("%", "level", 1, 1), "C05b": ("%", "level", 1, 1),
    "C06": ("produk", "level", 1, 0), "C07": ("paket", "flow", 1, 0), "C08": ("%", "level", -1, 1),
    "C09": ("kasus", "flow", 1, 0), "C10": ("%", "level", 1, 1), "C11": ("orang", "level", 1, 0),
    "C11b": ("orang", "level", 1, 0), "C12": ("%", "level", 1, 1), "C13": ("nilai", "level", 1, 2),
    "C14": ("level", "level", 1, 0), "C15": ("%", "level", 1, 1), "C16": ("transaksi", "flow", 1, 0),
    "C17": ("%", "level", 1, 1), "C18": ("predikat", "level", 1, 0), "C19": ("orang", "flow", 1, 0),
    "C20": ("hari", "level", -1, 1), "C21": ("%", "level", 1, 1), "C22": ("%", "level", 1, 1),
    "C23": ("paket", "flow", 1, 0),
}
VAL = {
    "C01": {2022: (5, 6.84), 2023: (5, 7.12), 2024: (6, 5.47), 2025: (6, 8.03)},
    "C02": {2022: (45_000_000_000, 58_216_400_000), 2023: (50_000_000_000, 63_905_150_000),
            2024: (55_000_000_000, 49_870_300_000), 2025: (60_000_000_000, 71_442_800_000)},
    "C03": {2022: (90, 92.6), 2023: (92, 94.1), 2024: (93, 90.8), 2025: (95, 96.5)},
    "C04": {2022: (35, 32.4), 2023: (33, 30.9), 2024: (30, 31.6), 2025: (28, 26.2)},
    "C05": {2022: (25, 31.4), 2023: (30, 38.7), 2024: (40, 44.2)},
    "C05b": {2025: (50, 57.3)},
    "C06": {2022: (500, 612), 2023: (1000, 1284), 2024: (1500, 1967), 2025: (2500, 2731)},
    "C07": {2022: (420, 396), 2023: (400, 418), 2024: (380, 352), 2025: (350, 371)},
    "C08": {2022: (8, 6.3), 2023: (7, 7.4), 2024: (6, 4.8), 2025: (5, 3.9)},
    "C09": {2022: (40, 47), 2023: (40, 38), 2024: (35, 44), 2025: (35, 31)},
    "C10": {2022: (100, 100), 2023: (100, 97.4), 2024: (100, 100), 2025: (100, 100)},
    "C11": {2022: (60, 64), 2023: (75, 71), 2024: (85, 88)},
    "C11b": {2025: (45, 42)},
    "C12": {2022: (70, 73.6), 2023: (80, 79.8), 2024: (85, 91.7), 2025: (95, 96.2)},
    "C13": {2022: (75, 78.42), 2023: (78, 81.05), 2024: (80, 83.67), 2025: (85, 86.1)},
    "C14": {2022: (3, 3), 2023: (3, 3), 2024: (4, 3), 2025: (4, 4)},
    "C15": {2022: (40, 46.9), 2023: (45, 52.3), 2024: (50, 61.8), 2025: (60, 67.4)},
    "C16": {2022: (1200, 1486), 2023: (1500, 2113), 2024: (2000, 2842), 2025: (3000, 3517)},
    "C17": {2022: (100, 96.8), 2023: (100, 98.5), 2024: (100, 99.2)},
    "C18": {2022: ("B", "B"), 2023: ("BB", "BB"), 2024: ("BB", "BB"), 2025: ("A", "-")},
    "C19": {2022: (120, 135), 2023: (120, 118), 2024: (150, 162), 2025: (150, 171)},
    "C20": {2024: (5, 4.3), 2025: (5, 3.7)},
    "C21": {2025: (20, 26.5)},
    "C22": {2022: (10, 12.4), 2023: (15, 14.1)},
    "C23": {2022: (60, 54), 2023: (55, 61), 2024: (50, 47), 2025: (50, 53)},
}
WRAP23 = {
    "C05": ("Persentase nilai transaksi e-katalog terhadap", "total belanja pengadaan barang/jasa"),
    "C11": ("Jumlah pengelola pengadaan barang/jasa yang", "bersertifikat kompetensi"),
    "C15": ("Persentase penggunaan produk dalam negeri", "pada belanja PBJ (P3DN)"),
    "C17": ("Persentase rencana umum pengadaan (RUP) yang", "diumumkan tepat waktu melalui SiRUP"),
    "C19": ("Jumlah PPK & Pokja pemilihan yang mengikuti", "bimbingan teknis"),
}
NAMES = {
    "C01": {2022: "Persentase Efisiensi Hasil Tender", 2023: "Prosentase efisiensi hasil pemilihan (tender)", 2024: "% Efisiensi Hasil Tender", 2025: "Persentase efisiensi anggaran hasil tender"},
    "C02": {2022: "Nilai Efisiensi Hasil Tender (Rp)", 2023: "Nilai efisiensi hasil pemilihan", 2024: "Nilai Efisiensi Tender (Rp)", 2025: "Jumlah nilai efisiensi hasil tender (Rp)"},
    "C03": {2022: "Persentase Paket Tender yang Selesai Tepat Waktu", 2023: "Persentase paket tender selesai tepat waktu", 2024: "% Paket Tender Tepat Waktu", 2025: "Persentase paket tender yang diselesaikan tepat waktu"},
    "C04": {2022: "Rata-rata Waktu Pelaksanaan Tender", 2023: "Rata - rata waktu proses tender (hari kalender)", 2024: "Rata2 Lama Proses Tender (hari)", 2025: "Rata-rata waktu pelaksanaan tender (hari)"},
    "C05": {2022: "Persentase Nilai Transaksi E-Katalog terhadap Total Belanja PBJ", 2023: WRAP23["C05"][0], 2024: "% Nilai Transaksi e-Katalog thd Belanja PBJ"},
    "C05b": {2025: "Persentase paket belanja melalui e-katalog"},
    "C06": {2022: "Jumlah Produk Lokal Tayang di E-Katalog Lokal", 2023: "Jumlah produk UMK lokal yang tayang di katalog elektronik lokal", 2024: "Jml Produk Tayang e-Katalog Lokal", 2025: "Jumlah produk lokal tayang di e-katalog lokal (produk)"},
    "C07": {2022: "Jumlah Paket Tender yang Diproses", 2023: "Jumlah paket tender yang diproses", 2024: "Jml Paket Tender Diproses", 2025: "Jumlah paket tender yang diproses Pokja"},
    "C08": {2022: "Persentase Tender Gagal", 2023: "Persentase tender gagal / tender ulang", 2024: "% Tender Gagal/Ulang", 2025: "Persentase tender gagal dan tender ulang"},
    "C09": {2022: "Jumlah Sanggah dan Pengaduan yang Ditangani", 2023: "Jumlah sanggah & pengaduan yang ditangani", 2024: "Jml Sanggah/Pengaduan Ditangani", 2025: "Jumlah pengaduan dan sanggah yang ditangani"},
    "C10": {2022: "Persentase Sanggah dan Pengaduan yang Ditindaklanjuti", 2023: "Persentase sanggah & pengaduan yang ditindaklanjuti", 2024: "% Sanggah/Pengaduan Ditindaklanjuti", 2025: "Persentase pengaduan dan sanggah yang ditindaklanjuti"},
    "C11": {2022: "Jumlah Pengelola PBJ Bersertifikat Kompetensi", 2023: WRAP23["C11"][0], 2024: "Jml Pengelola PBJ Bersertifikat"},
    "C11b": {2025: "Jumlah Pejabat Fungsional Pengelola PBJ (JF PPBJ)"},
    "C12": {2022: "Persentase Pejabat Pengadaan Bersertifikat", 2023: "Persentase pejabat pengadaan yang bersertifikat", 2024: "% Pejabat Pengadaan Bersertifikat", 2025: "Persentase pejabat pengadaan yang telah bersertifikat kompetensi"},
    "C13": {2022: "Indeks Tata Kelola Pengadaan (ITKP)", 2023: "Nilai Indeks Tata Kelola Pengadaan", 2024: "ITKP", 2025: "Indeks Tata Kelola Pengadaan Barang/Jasa (ITKP)"},
    "C14": {2022: "Tingkat Kematangan UKPBJ", 2023: "Tingkat kematangan (maturitas) UKPBJ", 2024: "Level Kematangan UKPBJ", 2025: "Tingkat kematangan Unit Kerja Pengadaan Barang/Jasa"},
    "C15": {2022: "Persentase Penggunaan Produk Dalam Negeri (PDN)", 2023: WRAP23["C15"][0], 2024: "% Belanja PDN", 2025: "Persentase penggunaan PDN"},
    "C16": {2022: "Jumlah Transaksi E-Purchasing", 2023: "Jumlah transaksi e-purchasing", 2024: "Jml Transaksi e-Purchasing", 2025: "Jumlah transaksi e-purchasing (katalog elektronik)"},
    "C17": {2022: "Persentase RUP yang Diumumkan Tepat Waktu di SiRUP", 2023: WRAP23["C17"][0], 2024: "% RUP Diumumkan Tepat Waktu"},
    "C18": {2022: "Nilai SAKIP Biro PBJ", 2023: "Nilai SAKIP Biro", 2024: "Nilai SAKIP", 2025: "Nilai Akuntabilitas Kinerja Biro PBJ"},
    "C19": {2022: "Jumlah PPK dan Pokja yang Mengikuti Bimtek", 2023: WRAP23["C19"][0], 2024: "Jml PPK/Pokja Ikut Bimtek", 2025: "Jumlah PPK dan Pokja yang mengikuti bimtek (orang)"},
    "C20": {2024: "Rata2 Waktu Penyelesaian Sanggah (hari)", 2025: "Rata-rata waktu penyelesaian sanggah"},
    "C21": {2025: "Persentase paket non tender melalui toko daring"},
    "C22": {2022: "Persentase Paket Tender Cepat", 2023: "Persentase paket yang menggunakan metode tender cepat"},
    "C23": {2022: "Jumlah Paket Seleksi Jasa Konsultansi yang Diproses", 2023: "Jumlah paket seleksi jasa konsultansi yang diproses", 2024: "Jml Paket Seleksi Konsultansi Diproses", 2025: "Jumlah paket seleksi (jasa konsultansi) yang diproses Pokja"},
}
AG.ambiguous = [["C05", "C05b"], ["C11", "C11b"]]
AG.flows = [k for k, m in META.items() if m[1] == "flow"]
AG.lookalikes = [
    ("C01 vs C02", "Persentase efisiensi vs Nilai (Rp) efisiensi hasil tender"),
    ("C07 vs C23", "tender packages (barang / konstruksi) vs SELEKSI packages (jasa konsultansi): two sub-types"),
    ("C09 vs C10", "Jumlah vs Persentase sanggah dan pengaduan"),
    ("C11 vs C12", "Jumlah pengelola PBJ bersertifikat vs Persentase pejabat pengadaan bersertifikat"),
    ("C04 vs C20", "average days of a tender vs average days to settle a sanggah (both negative)"),
    ("C05 vs C16", "share of e-catalogue VALUE (%) vs number of e-purchasing transactions"),
    ("C03 vs C22", "tender packages on time vs share of packages using the quick-tender method"),
]
SIGN = ["Karang Laut, {date}", "KEPALA BIRO PENGADAAN BARANG DAN JASA", "SETDA PROVINSI KARANG LAUT TIMUR", "", "",
        "RAHMAT HIDAYATULLOH SIREGAR, S.T., M.M.", "Pembina Tingkat I (IV/b)", "NIP. 19790305 200501 1 012"]


def sign(ws, row, colL, date):
    for i, t in enumerate(SIGN):
        put(ws, f"{colL}{row + i}", t.format(date=date), border=False, align="center", bold=(i == 5))


PCT = {"C03", "C10", "C12"}   # kept as fractions in %-cells in 2022


# =================================================================== 2022 + 2023 workbook (xlsx)
def y2022_2023():
    fname = "Rekap Kinerja Biro PBJ 2022-2023.xlsx"
    raw = AG.file(fname)
    wb = Workbook()
    # ---------------- 2022: annual PK with Bobot, JUMLAH and weighted average
    ws = wb.active
    SH = "PK 2022"
    ws.title = SH
    Y = 2022
    widths(ws, {"A": 5, "B": 54, "C": 10, "D": 10, "E": 18, "F": 18, "G": 12, "H": 14, "I": 24})
    title(ws, 1, "PENGUKURAN KINERJA BIRO PENGADAAN BARANG DAN JASA", 9)
    title(ws, 2, "SEKRETARIAT DAERAH PROVINSI KARANG LAUT TIMUR", 9)
    title(ws, 3, "TAHUN 2022", 9)
    for i, h in enumerate(["No", "Indikator Kinerja", "Satuan", "Bobot (%)", "Target", "Realisasi", "Capaian (%)",
                           "Nilai (Bobot x Capaian)", "Keterangan"]):
        put(ws, f"{col(i + 1)}5", h, bold=True, wrap=True, align="center")
    plan = [("Sasaran 1: Meningkatnya efisiensi dan efektivitas pengadaan barang/jasa",
             [("C01", 6), ("C02", 6), ("C03", 6), ("C04", 5), ("C07", 4), ("C23", 4), ("C08", 5), ("C22", 4)]),
            ("Sasaran 2: Meningkatnya pemanfaatan katalog elektronik dan produk dalam negeri",
             [("C05", 6), ("C06", 5), ("C15", 6), ("C16", 4), ("C17", 4)]),
            ("Sasaran 3: Meningkatnya penanganan sanggah dan pengaduan", [("C09", 4), ("C10", 6)]),
            ("Sasaran 4: Meningkatnya kapasitas SDM dan kelembagaan UKPBJ",
             [("C11", 4), ("C12", 5), ("C14", 5), ("C19", 3), ("C13", 5)]),
            ("Sasaran 5: Meningkatnya akuntabilitas kinerja Biro", [("C18", 3)])]
    r = 6
    no = 0
    datarows = []
    for sas, ids in plan:
        merge(ws, f"A{r}:I{r}", sas, bold=True, align="left")
        AG.note(fname, SH, r, "sasaran group row - not a key row")
        r += 1
        for sid, w in ids:
            no += 1
            t, rv = VAL[sid][Y]
            unit, kind, pol, d = META[sid]
            put(ws, f"A{r}", no)
            name = NAMES[sid][Y]
            put(ws, f"B{r}", name, wrap=True, align="left")
            put(ws, f"C{r}", unit)
            put(ws, f"D{r}", N(w))
            fmt = "#,##0" if unit == "Rp" else None
            if isinstance(t, str):
                tv, rvv, cap = G(t), G(rv), N(100)
            else:
                tv, rvv = N(t, fmt), N(rv, fmt)
                cap = f"=ROUND((2*E{r}-F{r})/E{r}*100,2)" if pol < 0 else f"=ROUND(F{r}/E{r}*100,2)"
            if sid in PCT:
                tv, rvv = P(t, "0%"), P(rv, "0.0%")
                AG.note(fname, SH, r, f"{sid}: target/realisasi fractions in %-formatted cells -> key {t} / {rv}")
            if sid == "C01":
                tv, rvv = T("5 %", 5), T("6,84 %", 6.84)
                cap = N(136.8, "0.00")
                AG.note(fname, SH, r, "C01 target / realisasi typed as text \"5 %\" / \"6,84 %\"; capaian typed 136,80")
            if sid == "C08":
                cap = f"=ROUND(F{r}/E{r}*100,2)"
                AG.note(fname, SH, r, "C08 tender gagal is NEGATIVE but capaian uses F/E*100 = 78,75 (true (2x8-6,3)/8 = 121,25); its Nilai is understated too")
            if sid == "C09":
                cap = f"=ROUND(F{r + 1}/E{r + 1}*100,2)"
                AG.note(fname, SH, r, "C09 capaian formula points at the NEXT row (C10: 1/1*100 = 100) instead of 47/40 = 117,5")
            if sid == "C14":
                tv, rvv = T("Level 3", 3), T("Level 3", 3)
                cap = N(100)
                AG.note(fname, SH, r, "C14 typed \"Level 3\" / \"Level 3\" -> key 3 / 3 (a maturity level, not a grade)")
            if sid == "C18":
                AG.note(fname, SH, r, "C18 grades B / B -> null / null; capaian typed 100")
            put(ws, f"E{r}", tv, align="right")
            put(ws, f"F{r}", rvv, align="right")
            put(ws, f"G{r}", cap, align="right")
            put(ws, f"H{r}", f"=ROUND(D{r}*G{r}/100,2)", align="right")
            put(ws, f"I{r}", "")
            AG.key(fname, SH, f"B{r}", Y, sid, name, tv.key, rvv.key, one(f"E{r}"), one(f"F{r}"))
            datarows.append(r)
            r += 1
    first, lastr = datarows[0], datarows[-1]
    put(ws, f"B{r}", "JUMLAH", bold=True, align="center")
    put(ws, f"D{r}", f"=SUM(D{first}:D{lastr})", bold=True)
    put(ws, f"H{r}", f"=SUM(H{first}:H{lastr})", bold=True)
    for c in "ACEFGI":
        put(ws, f"{c}{r}", "")
    put(ws, f"B{r + 1}", "Rata-rata Capaian Kinerja (tidak tertimbang)", bold=True)
    put(ws, f"G{r + 1}", f"=ROUND(AVERAGE(G{first}:G{lastr}),2)", bold=True)
    put(ws, f"B{r + 2}", "Capaian Kinerja Tertimbang (Nilai Kinerja Biro)", bold=True)
    put(ws, f"G{r + 2}", f"=ROUND(H{r}/D{r}*100,2)", bold=True)
    put(ws, f"B{r + 3}", "Predikat", bold=True)
    put(ws, f"G{r + 3}", f'=IF(G{r + 2}>90,"Sangat Baik",IF(G{r + 2}>75,"Baik","Cukup"))', bold=True)
    AG.note(fname, SH, r, f"TOTAL row \"JUMLAH\" (row {r}: sum of Bobot = 100 and of Nilai) and below it the unweighted average (row {r + 1}), the WEIGHTED average (row {r + 2}) and the predikat (row {r + 3}) - none is a key row")
    sign(ws, r + 5, "F", "9 Januari 2023")
    AG.doc(fname, SH, f"Annual PK with WEIGHTS. Title rows 1-3; ONE header row 5 (No, Indikator Kinerja, Satuan, "
           f"Bobot (%), Target, Realisasi, Capaian (%), Nilai (Bobot x Capaian), Keterangan); five sasaran group rows "
           f"merged A:I; 21 data rows {first}-{lastr}; at the bottom a JUMLAH (TOTAL) row, an unweighted average, a "
           f"weighted-average row and a predikat row, then the signature.")
    # ---------------- 2023: Renaksi with annual column, wrapped names, apostrophes
    w3 = wb.create_sheet("Renaksi 2023")
    SH3 = "Renaksi 2023"
    Y = 2023
    widths(w3, {"A": 5, "B": 48, "C": 10, "D": 18, "M": 18, "N": 11, "O": 20})
    for c in "EFGHIJKL":
        w3.column_dimensions[c].width = 12
    title(w3, 1, "RENCANA AKSI DAN REALISASI KINERJA TAHUN 2023", 15)
    title(w3, 2, "BIRO PENGADAAN BARANG DAN JASA SETDA PROV. KARANG LAUT TIMUR", 15)
    merge(w3, "A4:A5", "No", bold=True)
    merge(w3, "B4:B5", "Indikator Kinerja", bold=True)
    merge(w3, "C4:C5", "Satuan", bold=True)
    merge(w3, "D4:D5", "Target 2023", bold=True)
    for i, tw in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        c1, c2 = col(5 + 2 * i), col(6 + 2 * i)
        merge(w3, f"{c1}4:{c2}4", tw, bold=True)
        put(w3, f"{c1}5", "T", bold=True); put(w3, f"{c2}5", "R", bold=True)
    merge(w3, "M4:M5", "Realisasi 2023", bold=True)
    merge(w3, "N4:N5", "Capaian (%)", bold=True)
    merge(w3, "O4:O5", "Ket.", bold=True)
    order = ["C01", "C02", "C03", "C04", "C07", "C23", "C08", "C22", "C05", "C06", "C15", "C16", "C17",
             "C09", "C10", "C11", "C12", "C14", "C19", "C13", "C18"]
    r = 6
    no = 0
    QW = [18, 24, 27, 31]
    for sid in order:
        no += 1
        t, rv = VAL[sid][Y]
        unit, kind, pol, d = META[sid]
        put(w3, f"A{r}", f"{no}.")
        name = NAMES[sid][Y]
        put(w3, f"B{r}", name, align="left")
        put(w3, f"C{r}", unit)
        fmt = "#,##0" if unit == "Rp" or (not isinstance(t, str) and t >= 1000) else None
        if isinstance(t, str):
            tv = G(t)
            qt = [DASH(), DASH(), DASH(), G(t)]
            qs = [DASH(), DASH(), DASH(), G(rv)]
            mv = G(rv)
        elif kind == "flow":
            tv = N(t, fmt)
            if unit == "Rp":
                parts = split_rp(rv, QW)
                tparts = split_rp(t, [20, 25, 25, 30])
            else:
                parts = split_flow(rv, d, QW)
                tparts = split_flow(t, d, [20, 25, 25, 30])
            qs = [N(p, fmt) for p in parts]
            qt = [N(p, fmt) for p in tparts]
            mv = FM(f"=F{r}+H{r}+J{r}+L{r}", rv, fmt)
        else:
            tv = N(t, fmt)
            qs = [N(v, fmt) for v in level_series(rv, d, 4, 1.06 if pol < 0 else 0.95)]
            qt = [N(v, fmt) for v in level_series(t, d, 4, 1.0)]
            mv = FM(f"=L{r}", rv, fmt)
        if sid == "C02":
            tv = T(apo(t), t)
            mv = T(apo(rv), rv)
            AG.note(fname, SH3, r, f"C02 target and annual realisasi typed with APOSTROPHES as thousands separators (\"{apo(t)}\", \"{apo(rv)}\"); quarters are numbers")
        if sid == "C06":
            mv = T(apo(rv), rv)
            AG.note(fname, SH3, r, f"C06 annual realisasi typed \"{apo(rv)}\" (apostrophe thousands); cumulative indicator, TW IV = {rv}")
        if sid == "C16":
            tv = T(apo(t), t)
            AG.note(fname, SH3, r, f"C16 target typed \"{apo(t)}\" (apostrophe thousands)")
        if sid == "C07":
            mv = T(f"{rv} paket", rv)
            AG.note(fname, SH3, r, "C07 annual realisasi typed as text \"418 paket\" (the quarters add up to 418)")
        if sid == "C03":
            mv = T(idn(rv) + " %", rv)
            AG.note(fname, SH3, r, "C03 annual realisasi typed as text \"94,1 %\"")
        if sid == "C19":
            tv = N(1200)
            AG.note(fname, SH3, r, "C19 annual target typed 10x: 1.200 instead of 120 (quarter targets add up to 120) -> keyed AS TYPED 1200")
        if sid == "C18":
            AG.note(fname, SH3, r, "C18 grades BB / BB -> null / null")
        if sid == "C14":
            AG.note(fname, SH3, r, "C14 maturity level 3 / 3 as numbers with Satuan \"level\"")
        put(w3, f"D{r}", tv, align="right")
        for i in range(4):
            put(w3, f"{col(5 + 2 * i)}{r}", qt[i], align="right")
            put(w3, f"{col(6 + 2 * i)}{r}", qs[i], align="right")
        put(w3, f"M{r}", mv, align="right", bold=True)
        if isinstance(t, str):
            put(w3, f"N{r}", "100")
        elif isinstance(tv.raw, str) or isinstance(mv.raw, str) and not str(mv.raw).startswith("="):
            c = (2 * tv.key - mv.key) / tv.key * 100 if pol < 0 else mv.key / tv.key * 100
            put(w3, f"N{r}", N(rnd(c, 2), "0.00"), align="right")
        else:
            put(w3, f"N{r}", f"=ROUND((2*D{r}-M{r})/D{r}*100,2)" if pol < 0 else f"=ROUND(M{r}/D{r}*100,2)", align="right")
        put(w3, f"O{r}", "")
        AG.key(fname, SH3, f"B{r}", Y, sid, name, tv.key, mv.key, one(f"D{r}"), one(f"M{r}"))
        if sid in WRAP23:
            r += 1
            put(w3, f"B{r}", WRAP23[sid][1], align="left")
            for c in "ACDEFGHIJKLMNO":
                put(w3, f"{c}{r}", None)
            AG.note(fname, SH3, r - 1, f"{sid} name WRAPS into the next, unmerged row {r} (\"{WRAP23[sid][1]}\", no figures); key row = {r - 1}, written = the first part only")
        r += 1
    lastr = r - 1
    sign(w3, r + 2, "K", "10 Januari 2024")
    AG.doc(fname, SH3, f"Quarterly Rencana Aksi WITH an annual realisasi column. Title rows 1-2; TWO header rows 4-5 "
           f"(TW I..IV each over T | R); data rows 6-{lastr}: 21 indicators, five of whose names wrap into a second "
           f"unmerged row holding only the rest of the name. Columns: A No (\"1.\"), B Indikator, C Satuan, D Target 2023, "
           f"E..L TW I-IV T/R, M Realisasi 2023 (=F+H+J+L for flows, =L for levels, some typed), N Capaian, O Ket. "
           f"Key: target D, realisasi M.")
    # ---------------- hidden draft and notes
    wd = wb.create_sheet("PK 2022 (draft)")
    put(wd, "A1", "DRAFT PK 2022 - sebelum penyesuaian bobot", border=False)
    for i, sid in enumerate(["C01", "C03", "C07", "C13"]):
        put(wd, f"A{3 + i}", NAMES[sid][2022]); put(wd, f"B{3 + i}", 5 + i)
    wd.sheet_state = "hidden"
    AG.doc(fname, "PK 2022 (draft)", "HIDDEN draft - not keyed.")
    wk = wb.create_sheet("Keterangan")
    for i, t in enumerate(["Keterangan:", "- Sheet PK 2022: pengukuran kinerja tahunan dengan bobot per indikator.",
                           "- Sheet Renaksi 2023: rencana aksi triwulanan, kolom Realisasi 2023 = posisi akhir tahun.",
                           "- Efisiensi = (pagu - nilai kontrak) / pagu x 100%."]):
        put(wk, f"A{1 + i}", t, border=False, align="left")
    AG.doc(fname, "Keterangan", "Notes sheet - not keyed.")
    wb.save(raw)


# =================================================================== 2024: monthly (xls)
MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def y2024():
    fname = "Monitoring Bulanan Kinerja Biro PBJ 2024.xls"
    raw = AG.file(fname)
    wb = Workbook()
    ws = wb.active
    SH = "Realisasi Bulanan 2024"
    ws.title = SH
    Y = 2024
    widths(ws, {"A": 5, "B": 44, "C": 10, "D": 16, "Q": 26})
    for c in range(5, 17):
        ws.column_dimensions[col(c)].width = 12
    title(ws, 1, "MONITORING REALISASI KINERJA BULANAN TAHUN 2024", 17)
    title(ws, 2, "BIRO PENGADAAN BARANG DAN JASA - SETDA PROVINSI KARANG LAUT TIMUR", 17)
    merge(ws, "A4:A5", "No", bold=True)
    merge(ws, "B4:B5", "Indikator Kinerja", bold=True)
    merge(ws, "C4:C5", "Satuan", bold=True)
    merge(ws, "D4:D5", "Target 2024", bold=True)
    merge(ws, "E4:P4", "Realisasi Bulan", bold=True)
    for i, m in enumerate(MON):
        put(ws, f"{col(5 + i)}5", m, bold=True)
    merge(ws, "Q4:Q5", "Keterangan", bold=True)
    order = ["C01", "C02", "C03", "C04", "C07", "C23", "C08", "C05", "C06", "C15", "C16", "C17", "C09", "C09dup",
             "C10", "C20", "C11", "C12", "C14", "C19", "C13", "C18"]
    FW = [0, 4, 7, 9, 10, 11, 12, 11, 10, 10, 9, 7]   # flow weights (nothing in January)
    r = 6
    no = 0
    for sid0 in order:
        dup = sid0.endswith("dup")
        sid = sid0.replace("dup", "")
        t, rv = VAL[sid][Y]
        unit, kind, pol, d = META[sid]
        if not dup:
            no += 1
        put(ws, f"A{r}", no)
        name = NAMES[sid][Y]
        put(ws, f"B{r}", name, wrap=True, align="left")
        put(ws, f"C{r}", unit)
        fmt = "#,##0" if unit == "Rp" or (not isinstance(t, str) and t >= 1000) else None
        tv = G(t) if isinstance(t, str) else N(t, fmt)
        ket = ""
        how = "last"
        if isinstance(t, str):
            ms = [None] * 11 + [G(rv)]
        elif kind == "flow":
            how = "sum"
            if unit == "Rp":
                parts = split_rp(rv, FW[1:])
            else:
                parts = split_flow(rv, d, FW[1:])
            ms = [DASH()] + [N(p, fmt) for p in parts]
        elif sid in ("C13", "C14"):
            ms = [None] * 11 + [N(rv)]
            ket = "diukur akhir tahun"
        elif sid == "C15":
            vals = level_series(rv, d, 10, 0.8)
            ms = [N(v) for v in vals] + [None, None]
            ket = "data SiRUP s.d. Oktober"
        else:
            vals = level_series(rv, d, 12, 1.1 if pol < 0 else 0.9)
            ms = [N(v, fmt) for v in vals]
        if sid in ("C05", "C12"):
            ms = [P(m.key, "0.0%") if m is not None and m.key is not None else m for m in ms]
            if sid == "C12":
                tv = T("85 %", 85)
                AG.note(fname, SH, r, "C12 target typed as text \"85 %\"; monthly values fractions in %-cells")
            else:
                tv = P(t, "0%")
                AG.note(fname, SH, r, "C05 target and monthly values are fractions in %-formatted cells (key in points)")
        if sid == "C16":
            q = ms[6].key
            ms[6] = T(f"{q} transaksi", q)
            AG.note(fname, SH, r, f"C16 July typed as text \"{q} transaksi\" (counted in the sum)")
        if sid == "C15":
            AG.note(fname, SH, r, "C15 Nov and Des left EMPTY (SiRUP data only up to October): level -> last reported month = Okt")
        if sid in ("C13", "C14"):
            AG.note(fname, SH, r, f"{sid} only Des holds a value (measured once a year)")
        if sid == "C18":
            AG.note(fname, SH, r, "C18 grades (target BB, Des BB) -> null / null")
        if sid == "C07":
            AG.note(fname, SH, r, "C07 Jan \"-\" (no tender yet); flow -> sum Feb-Des")
        if dup:
            AG.note(fname, SH, r, "DUPLICATED row (C09 copied twice, same figures) - the second copy is not a key row")
        put(ws, f"D{r}", tv, align="right")
        cells = []
        for i in range(12):
            m = ms[i]
            c = f"{col(5 + i)}{r}"
            put(ws, c, m if m is not None else None, align="right")
            cells.append(c)
        put(ws, f"Q{r}", ket)
        if not dup:
            rk = agg_key([m for m in ms if m is not None], how)
            AG.key(fname, SH, f"B{r}", Y, sid, name, tv.key, rk, one(f"D{r}"),
                   ssum(cells) if how == "sum" else last(cells))
        r += 1
    lastr = r - 1
    put(ws, f"B{r + 1}", "Sumber: SPSE, e-Katalog, SiRUP, SIKaP; diolah Bagian Pengelolaan PBJ.", border=False, italic=True)
    sign(ws, r + 3, "M", "8 Januari 2025")
    AG.doc(fname, SH, f"MONTHLY monitoring sheet, NO annual column. Title rows 1-2; TWO header rows 4-5 (\"Realisasi "
           f"Bulan\" over Jan..Des); data rows 6-{lastr} (21 indicators + one duplicate). Columns: A No, B Indikator, "
           f"C Satuan, D Target 2024, E..P Jan..Des, Q Keterangan. Key realisasi: flows = sum of the months, levels = "
           f"the last month that holds a value.")
    wc = wb.create_sheet("Catatan")
    for i, t in enumerate(["Catatan pengisian:", "- Indikator jumlah (paket, transaksi, kasus, orang, Rp) diisi realisasi BULAN BERJALAN.",
                           "- Indikator persentase / rata-rata / jumlah produk & pengelola diisi posisi KUMULATIF s.d. bulan berjalan.",
                           "- ITKP dan tingkat kematangan diukur satu kali di akhir tahun.",
                           "- Baris sanggah/pengaduan tercopy dua kali, abaikan baris kedua."]):
        put(wc, f"A{1 + i}", t, border=False, align="left")
    AG.doc(fname, "Catatan", "Notes sheet (filling rules) - not keyed.")
    wb.save(raw)


# =================================================================== 2025: cards side by side (ods)
def y2025():
    fname = "Dashboard Kinerja Biro PBJ 2025.ods"
    raw = AG.file(fname)
    wb = Workbook()
    ws = wb.active
    SH = "Dashboard IKU 2025"
    ws.title = SH
    Y = 2025
    for c, w in zip("ABCDEFGHIJK", [12, 18, 11, 3, 12, 18, 11, 3, 12, 18, 11]):
        ws.column_dimensions[c].width = w
    title(ws, 1, "DASHBOARD CAPAIAN INDIKATOR KINERJA", 11)
    title(ws, 2, "BIRO PENGADAAN BARANG DAN JASA - PROVINSI KARANG LAUT TIMUR", 11)
    title(ws, 3, "Posisi: 31 Desember 2025", 11, bold=False)
    order = ["C01", "C02", "C03", "C04", "C07", "C23", "C08", "C05b", "C06", "C15", "C16", "C21", "C09", "C10",
             "C20", "C11b", "C12", "C14", "C13", "C19", "C18"]
    fill = PatternFill("solid", fgColor="DDEBF7")
    starts = ["A", "E", "I"]
    r0 = 5
    for k, sid in enumerate(order):
        row = r0 + (k // 3) * 6
        c0 = starts[k % 3]
        ci = cidx(c0)
        cA, cB, cC = col(ci), col(ci + 1), col(ci + 2)
        t, rv = VAL[sid][Y]
        unit, kind, pol, d = META[sid]
        merge(ws, f"{cA}{row}:{cC}{row}", f"IKU {k + 1:02d}", bold=True, align="left")
        ws[f"{cA}{row}"].fill = fill
        name = NAMES[sid][Y]
        merge(ws, f"{cA}{row + 1}:{cC}{row + 1}", name, bold=True, wrap=True, align="left")
        ws.row_dimensions[row + 1].height = 32
        fmt = "#,##0" if unit == "Rp" or (not isinstance(t, str) and t >= 1000) else None
        if isinstance(t, str):
            tv = G(t)
            rvv = DASH() if rv == "-" else G(rv)
            cap = T("-", None)
        else:
            tv, rvv = N(t, fmt), N(rv, fmt)
            cap = f"=ROUND((2*{cB}{row + 2}-{cB}{row + 3})/{cB}{row + 2}*100,2)" if pol < 0 else f"=ROUND({cB}{row + 3}/{cB}{row + 2}*100,2)"
        if sid == "C04":
            cap = f"=ROUND({cB}{row + 3}/{cB}{row + 2}*100,2)"
            AG.note(fname, SH, row + 1, f"C04 (card {k + 1}, col {cA}) negative; capaian uses the positive formula = 93,57 (true 106,43)")
        if sid == "C09":
            cap = N(91.43, "0.00")
            AG.note(fname, SH, row + 1, f"C09 (card {k + 1}, col {cA}) capaian TYPED 91,43 while 31/35 = 88,57")
        if sid == "C05b":
            rvv = T("57,3 %", 57.3)
            cap = N(114.6, "0.00")
            AG.note(fname, SH, row + 1, f"C05b (card {k + 1}) realisasi typed \"57,3 %\"; a NEW indicator counting packages, not value (ambiguous with C05)")
        if sid == "C14":
            tv, rvv = T("Level 4", 4), T("Level 4", 4)
            cap = N(100)
        if sid == "C11b":
            rvv = T("42 orang", 42)
            cap = N(93.33, "0.00")
            AG.note(fname, SH, row + 1, "C11b realisasi typed \"42 orang\"; JF PPBJ (functional staff) instead of certified staff C11 - ambiguous")
        if sid == "C12":
            tv, rvv = P(t, "0%"), P(rv, "0.0%")
            AG.note(fname, SH, row + 1, "C12 fractions in %-cells -> key 95 / 96.2")
        if sid == "C18":
            AG.note(fname, SH, row + 1, f"C18 (card {k + 1}) target \"A\", realisasi \"-\" (evaluation not yet out) -> null / null")
        if sid == "C02":
            AG.note(fname, SH, row + 1, "C02 Rp figures as numbers with #,##0")
        put(ws, f"{cA}{row + 2}", "Target", align="left")
        put(ws, f"{cB}{row + 2}", tv, align="right")
        put(ws, f"{cC}{row + 2}", unit)
        put(ws, f"{cA}{row + 3}", "Realisasi", align="left")
        put(ws, f"{cB}{row + 3}", rvv, align="right")
        put(ws, f"{cC}{row + 3}", unit)
        put(ws, f"{cA}{row + 4}", "Capaian", align="left")
        put(ws, f"{cB}{row + 4}", cap, align="right")
        put(ws, f"{cC}{row + 4}", "%")
        AG.key(fname, SH, f"{cA}{row + 1}", Y, sid, name, tv.key, rvv.key, one(f"{cB}{row + 2}"),
               one(f"{cB}{row + 3}"), with_col=True)
    lastrow = r0 + ((len(order) - 1) // 3) * 6 + 4
    put(ws, f"A{lastrow + 2}", "Sumber: SPSE, e-Katalog v6, SiRUP, SIKaP, hasil evaluasi Inspektorat; diolah.", border=False, align="left")
    sign(ws, lastrow + 4, "I", "12 Januari 2026")
    AG.doc(fname, SH, f"OWN LAYOUT - indicator CARDS, three side by side (columns A-C, E-G, I-K, spacer columns D and H), "
           f"seven card rows starting at rows 5, 11, 17, 23, 29, 35, 41. Each card: \"IKU nn\" (merged, shaded), the "
           f"indicator name (merged across the card; the key row, with \"col\" = A / E / I), then Target | value | "
           f"satuan, Realisasi | value | satuan, Capaian | value | %. Title rows 1-3, source line and signature below.")
    wc = wb.create_sheet("Catatan")
    for i, t in enumerate(["Catatan:", "1. Mulai 2025 indikator e-katalog diukur dari jumlah paket (bukan nilai transaksi).",
                           "2. Indikator jumlah pengelola bersertifikat diganti jumlah JF PPBJ.",
                           "3. Nilai SAKIP 2025 belum diterbitkan Inspektorat."]):
        put(wc, f"A{1 + i}", t, border=False, align="left")
    AG.doc(fname, "Catatan", "Notes sheet - not keyed.")
    wo = wb.create_sheet("Rekap 2024 (lama)")
    put(wo, "A1", "Rekap 2024 - arsip", border=False)
    put(wo, "A3", "ITKP"); put(wo, "B3", 83.67)
    put(wo, "A4", "Jml Transaksi e-Purchasing"); put(wo, "B4", 2842)
    wo.sheet_state = "hidden"
    AG.doc(fname, "Rekap 2024 (lama)", "HIDDEN archive of 2024 - not keyed.")
    wb.save(raw)


def build():
    y2022_2023()
    y2024()
    y2025()
    return AG
