"""Agency 1: Dinas Penanaman Modal, PTSP dan Tenaga Kerja, Kabupaten Lembah Sarimanik (invented).
Years 2018-2021, four files."""
from openpyxl import Workbook
from openpyxl.worksheet.pagebreak import Break
from common import *

AG = Agency("dpmptspnaker_lembah_sarimanik",
            "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja Kabupaten Lembah Sarimanik",
            [2018, 2019, 2020, 2021])

# id -> unit, kind (flow / level), polarity (+1 / -1), decimals
META = {
    "A01": ("Rp", "flow", 1, 0), "A02": ("Rp", "flow", 1, 0), "A03": ("Rp", "flow", 1, 0),
    "A04": ("proyek", "flow", 1, 0), "A04b": ("proyek", "flow", 1, 0), "A05": ("proyek", "flow", 1, 0),
    "A06": ("izin", "flow", 1, 0), "A07": ("dokumen", "flow", 1, 0), "A08": ("hari", "level", -1, 1),
    "A09": ("%", "level", 1, 1), "A10": ("nilai", "level", 1, 2), "A10b": ("nilai", "level", 1, 2),
    "A11": ("orang", "flow", 1, 0), "A12": ("%", "level", 1, 1), "A13": ("%", "level", -1, 2),
    "A14": ("orang", "flow", 1, 0), "A15": ("%", "level", 1, 1), "A16": ("kasus", "flow", 1, 0),
    "A17": ("%", "level", 1, 1), "A18": ("pengaduan", "flow", 1, 0), "A19": ("predikat", "level", 1, 0),
    "A20": ("%", "level", 1, 2), "A21": ("UMKM", "flow", 1, 0), "A22": ("%", "level", 1, 1),
    "A23": ("perusahaan", "level", 1, 0), "A24": ("%", "level", 1, 1), "A25": ("lowongan", "flow", 1, 0),
}
B = 1_000_000_000
VAL = {
    "A01": {2018: (850 * B, 912.45 * B), 2019: (900 * B, 875.3 * B), 2020: (950 * B, 702.8 * B), 2021: (1000 * B, 1084.6 * B)},
    "A02": {2018: (600 * B, 671.2 * B), 2019: (630 * B, 640.5 * B), 2020: (660 * B, 540.1 * B), 2021: (700 * B, 802.35 * B)},
    "A03": {2018: (250 * B, 241.25 * B), 2019: (270 * B, 234.8 * B), 2020: (290 * B, 162.7 * B), 2021: (300 * B, 282.25 * B)},
    "A04": {2018: (140, 152), 2019: (150, 147)},
    "A04b": {2020: (160, 131), 2021: (165, 178)},
    "A05": {2018: (35, 41), 2019: (40, 38), 2020: (40, 22), 2021: (45, 51)},
    "A06": {2018: (2400, 2618), 2019: (2600, 2745), 2020: (2800, 2310), 2021: (3000, 3412)},
    "A07": {2018: (900, 1046), 2019: (1000, 1120), 2020: (1100, 985)},
    "A08": {2018: (7, 5.8), 2019: (6, 5.2), 2020: (5, 4.6), 2021: (4, 3.9)},
    "A09": {2018: (90, 93.4), 2019: (92, 95.1), 2020: (94, 96.3), 2021: (95, 97.8)},
    "A10": {2018: (80, 82.45), 2019: (81, 83.10), 2020: (82, 84.02)},
    "A10b": {2021: (83, 85.31)},
    "A11": {2018: (1500, 1612), 2019: (1600, 1587), 2020: (1400, 1033), 2021: (1500, 1698)},
    "A12": {2018: (45, 48.2), 2019: (46, 44.9), 2020: (40, 35.7), 2021: (45, 51.3)},
    "A13": {2018: (4.8, 4.62), 2019: (4.6, 4.51), 2020: (4.5, 6.08), 2021: (5.5, 5.37)},
    "A14": {2018: (320, 336), 2019: (340, 340), 2020: (300, 184), 2021: (320, 352)},
    "A15": {2018: (70, 72.5), 2019: (72, 74.8), 2020: (74, 71.2), 2021: (75, 78.9)},
    "A16": {2018: (25, 27), 2019: (25, 31), 2020: (30, 42), 2021: (30, 29)},
    "A17": {2019: (85, 88.6), 2020: (85, 87.5), 2021: (90, 90.6)},
    "A18": {2018: (60, 64), 2019: (60, 58), 2020: (70, 77)},
    "A19": {2018: ("B", "B"), 2019: ("BB", "B"), 2020: ("BB", "BB"), 2021: ("BB", "BB")},
    "A20": {2018: (5, 7.35), 2019: (5, -4.07), 2020: (5, -19.71), 2021: (5, 54.33)},
    "A21": {2020: (20, 24), 2021: (25, 31)},
    "A22": {2019: (60, 64.5), 2020: (75, 88.2), 2021: (90, 96.4)},
    "A23": {2018: (180, 203), 2019: (200, 236)},
    "A24": {2018: (60, 62.5), 2019: (60, 58.8), 2021: (65, 67.0)},
    "A25": {2020: (2000, 1455), 2021: (2200, 2630)},
}
for _k, _m in META.items():
    if _m[0] == "Rp":
        VAL[_k] = {y: (int(round(a)), int(round(b))) for y, (a, b) in VAL[_k].items()}
NAMES = {
    "A01": {2018: "Nilai Realisasi Investasi", 2019: "Nilai realisasi investasi (Rp)", 2020: "Realisasi Nilai Investasi (PMA + PMDN)", 2021: "1.1 Nilai Investasi yg terealisasi"},
    "A02": {2018: "Nilai Realisasi Investasi PMDN", 2019: "Nilai realisasi Penanaman Modal Dalam Negeri (PMDN)", 2020: "Realisasi Nilai Investasi PMDN", 2021: "1.2 Nilai Investasi PMDN yg terealisasi"},
    "A03": {2018: "Nilai Realisasi Investasi PMA", 2019: "Nilai realisasi Penanaman Modal Asing (PMA)", 2020: "Realisasi Nilai Investasi PMA", 2021: "1.3 Nilai Investasi Penanaman Modal Asing yg terealisasi"},
    "A04": {2018: "Jumlah Proyek Investasi", 2019: "Jumlah proyek penanaman modal"},
    "A04b": {2020: "Jumlah Proyek Investasi yang Terealisasi (LKPM)", 2021: "1.4 Jumlah proyek investasi terealisasi berdasarkan LKPM"},
    "A05": {2018: "Jumlah Proyek Investasi Baru", 2019: "Jumlah proyek penanaman modal baru", 2020: "Jumlah Proyek Investasi Baru", 2021: "1.5 Jml proyek investasi baru"},
    "A06": {2018: "Jumlah Izin yang Diterbitkan", 2019: "Jumlah perizinan yang diterbitkan", 2020: "Jumlah Izin Terbit", 2021: "2.1 Jumlah izin yang diterbitkan (izin)"},
    "A07": {2018: "Jumlah Non Perizinan yang Diterbitkan", 2019: "Jumlah non perizinan yang diterbitkan", 2020: "Jumlah Non-Izin Terbit"},
    "A08": {2018: "Rata-rata Waktu Penyelesaian Perizinan", 2019: "Rata - rata waktu penyelesaian izin (hari) (-)", 2020: "Rata-rata Lama Penyelesaian Izin (hari kerja)", 2021: "2.2 Rata-rata waktu penyelesaian perizinan"},
    "A09": {2018: "Prosentase Izin yang Selesai Tepat Waktu", 2019: "Persentase izin yang selesai tepat waktu", 2020: "Persentase Izin Selesai Tepat Waktu sesuai SOP", 2021: "2.3 Persentase izin yg selesai tepat waktu sesuai SOP"},
    "A10": {2018: "Indeks Kepuasan Masyarakat (IKM) Pelayanan Perizinan", 2019: "IKM pelayanan perizinan", 2020: "Indeks Kepuasan Masyarakat terhadap Pelayanan Perizinan"},
    "A10b": {2021: "2.4 Indeks Kepuasan Masyarakat (IKM) DPMPTSP-Naker"},
    "A11": {2018: "Jumlah Pencari Kerja yang Ditempatkan", 2019: "Jumlah pencari kerja yang ditempatkan", 2020: "Jumlah Pencaker yang Ditempatkan", 2021: "3.1 Jumlah pencari kerja yg ditempatkan (orang)"},
    "A12": {2018: "Prosentase Pencari Kerja yang Ditempatkan", 2019: "Persentase pencari kerja yang ditempatkan", 2020: "Persentase Pencaker yang Ditempatkan", 2021: "3.2 Persentase pencari kerja yg ditempatkan"},
    "A13": {2018: "Tingkat Pengangguran Terbuka Kabupaten", 2019: "Tingkat Pengangguran Terbuka (TPT) (-)", 2020: "TPT", 2021: "3.3 Tingkat Pengangguran Terbuka Kab. (%)"},
    "A14": {2018: "Jumlah Tenaga Kerja yang Mengikuti Pelatihan Berbasis Kompetensi", 2019: "Jumlah tenaga kerja yang mengikuti pelatihan berbasis kompetensi", 2020: "Jumlah Tenaga Kerja Dilatih Berbasis Kompetensi", 2021: "3.4 Jumlah tenaga kerja yang dilatih (PBK)"},
    "A15": {2018: "Prosentase Perusahaan yang Mematuhi Norma Ketenagakerjaan", 2019: "Persentase perusahaan yang mematuhi norma ketenagakerjaan", 2020: "Persentase Perusahaan Patuh Norma Ketenagakerjaan", 2021: "3.5 Persentase perusahaan yang menerapkan norma ketenagakerjaan"},
    "A16": {2018: "Jumlah Kasus Perselisihan Hubungan Industrial yang Diselesaikan", 2019: "Jumlah kasus perselisihan hubungan industrial yang diselesaikan", 2020: "Jumlah Kasus PHI yang Diselesaikan", 2021: "3.6 Jumlah kasus perselisihan HI yang diselesaikan"},
    "A17": {2019: "Persentase kasus perselisihan hubungan industrial yang diselesaikan", 2020: "Persentase Kasus PHI yang Diselesaikan", 2021: "3.7 Persentase penyelesaian kasus perselisihan HI"},
    "A18": {2018: "Jumlah Pengaduan Perizinan yang Ditindaklanjuti", 2019: "Jumlah pengaduan perizinan yang ditindaklanjuti", 2020: "Jumlah Pengaduan Pelayanan Perizinan yg Ditindaklanjuti"},
    "A19": {2018: "Nilai SAKIP Dinas", 2019: "Nilai evaluasi SAKIP", 2020: "Nilai SAKIP", 2021: "4.1 Nilai Akuntabilitas Kinerja (SAKIP)"},
    "A20": {2018: "Prosentase Pertumbuhan Realisasi Investasi", 2019: "Persentase pertumbuhan realisasi investasi", 2020: "Pertumbuhan Realisasi Investasi (%)", 2021: "1.6 Persentase pertumbuhan nilai investasi"},
    "A21": {2020: "Jumlah UMKM yang Difasilitasi Kemitraan dengan Penanam Modal", 2021: "1.7 Jumlah UMKM yg bermitra dgn penanam modal"},
    "A22": {2019: "Persentase perizinan yang diproses secara online (OSS)", 2020: "Persentase Izin yang Diproses melalui OSS", 2021: "2.5 Persentase perizinan yang diproses secara daring (Online Single Submission)"},
    "A23": {2018: "Jumlah Perusahaan yang Menyampaikan LKPM", 2019: "Jumlah perusahaan yang menyampaikan Laporan Kegiatan Penanaman Modal (LKPM)"},
    "A24": {2018: "Prosentase Lulusan Pelatihan yang Bekerja", 2019: "Persentase lulusan pelatihan yang bekerja / berwirausaha", 2021: "3.8 Persentase lulusan pelatihan yang bekerja & berwirausaha"},
    "A25": {2020: "Jumlah Lowongan Kerja Terdaftar", 2021: "3.9 Jumlah lowongan kerja yang terdaftar"},
}
AG.ambiguous = [["A04", "A04b"], ["A10", "A10b"]]
AG.flows = [k for k, m in META.items() if m[1] == "flow"]
AG.lookalikes = [
    ("A01 / A02 / A03", "total investment vs its PMDN (domestic) and PMA (foreign) parts: three indicators"),
    ("A04 / A04b vs A05", "projects vs NEW projects (\"baru\")"),
    ("A06 vs A07", "permits (izin) vs non-permits (non perizinan): two sub-types"),
    ("A11 vs A12", "Jumlah vs Persentase pencari kerja yang ditempatkan"),
    ("A16 vs A17", "Jumlah vs Persentase kasus perselisihan hubungan industrial"),
    ("A06 vs A18", "both \"perizinan\" counts: permits issued vs complaints followed up"),
    ("A01 vs A20", "investment value vs its growth in %"),
]

SAS = {
    "S1": "Meningkatnya realisasi investasi di daerah",
    "S2": "Meningkatnya kualitas pelayanan perizinan dan non perizinan",
    "S3": "Meningkatnya penempatan dan perlindungan tenaga kerja",
    "S4": "Meningkatnya akuntabilitas kinerja perangkat daerah",
}
SIGN = ["Sarimanik Jaya, {date}", "KEPALA DINAS PENANAMAN MODAL, PTSP", "DAN TENAGA KERJA", "", "",
        "Drs. H. ARDIANSYAH PUTRA MAHESA, M.Si", "Pembina Utama Muda", "NIP. 19680412 199303 1 007"]


def sign(ws, row, colL, date):
    for i, t in enumerate(SIGN):
        put(ws, f"{colL}{row + i}", t.format(date=date), border=False, align="center",
            bold=(i == 5))


def dec(sid):
    return META[sid][3]


# =================================================================== 2018: PK (xls)
def y2018():
    fname = "PK dan Pengukuran Kinerja DPMPTSP-Naker 2018.xls"
    raw = AG.file(fname)
    wb = Workbook()
    ws = wb.active
    ws.title = "PK 2018"
    Y = 2018
    widths(ws, {"A": 5, "B": 30, "C": 48, "D": 20, "E": 11, "F": 20, "G": 11, "H": 11, "I": 22})
    for i, t in enumerate(["PENGUKURAN KINERJA",
                           "DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN TENAGA KERJA",
                           "KABUPATEN LEMBAH SARIMANIK", "TAHUN ANGGARAN 2018"]):
        title(ws, 1 + i, t, 9)
    merge(ws, "A6:A7", "No", bold=True)
    merge(ws, "B6:B7", "Sasaran Strategis", bold=True)
    merge(ws, "C6:C7", "Indikator Kinerja", bold=True)
    merge(ws, "D6:E6", "Target", bold=True)
    merge(ws, "F6:G6", "Realisasi", bold=True)
    merge(ws, "H6:H7", "Capaian (%)", bold=True)
    merge(ws, "I6:I7", "Keterangan", bold=True)
    for c, t in zip("DEFG", ["Nilai", "Satuan", "Nilai", "Satuan"]):
        put(ws, f"{c}7", t, bold=True, align="center")
    for i, c in enumerate("ABCDEFGHI"):
        put(ws, f"{c}8", f"({i + 1})", align="center", italic=True)
    AG.doc(fname, "PK 2018", "Annual PK measurement. Title rows 1-4; TWO header rows 6-7 (Target and Realisasi each "
           "split into Nilai + Satuan); numbered column row 8 \"(1)..(9)\"; data rows 9-30 (21 indicators + the duplicate row 17); Sasaran (col B) merged "
           "vertically over its indicators; budget lines, date and signature below. Columns: A No, B Sasaran, "
           "C Indikator, D target nilai, E target satuan, F realisasi nilai, G realisasi satuan, H capaian, I Ket.")
    plan = [("S1", ["A01", "A02", "A03", "A04", "A05", "A20", "A23"]),
            ("S2", ["A06", "A06dup", "A07", "A08", "A09", "A10", "A18"]),
            ("S3", ["A11", "A12", "A13", "A14", "A15", "A16", "A24"]),
            ("S4", ["A19"])]
    r = 9
    no = 0
    for sas, ids in plan:
        r0 = r
        for sid in ids:
            dup = sid.endswith("dup")
            sid0 = sid.replace("dup", "")
            t, rv = VAL[sid0][Y]
            unit = META[sid0][0]
            no += 1
            put(ws, f"A{r}", no)
            name = NAMES[sid0][Y]
            put(ws, f"C{r}", name, wrap=True, align="left")
            tv, rvv = (G(t), G(rv)) if isinstance(t, str) else (N(t), N(rv))
            capf = f"=ROUND(F{r}/D{r}*100,2)"
            ket = ""
            if sid0 in ("A01", "A02", "A03"):
                tv, rvv = N(t, "#,##0"), N(rv, "#,##0")
                if sid0 == "A01":
                    tv = T("Rp. " + idn(t) + ",-", t)
                    capf = "107,35"
                    AG.note(fname, "PK 2018", r, "A01 target typed as text \"Rp. 850.000.000.000,-\" (key 850000000000); capaian typed 107,35 (true 912,45/850 = 107,35)")
            if sid0 == "A20":
                tv, rvv = P(t, "0%"), P(rv)
                AG.note(fname, "PK 2018", r, "A20 target/realisasi stored as fractions in %-formatted cells (0,05 / 0,0735) -> key 5 / 7.35")
            if sid0 == "A04":
                capf = "110,86"
                AG.note(fname, "PK 2018", r, "A04 capaian typed 110,86 while 152/140 = 108,57 (typed capaian that disagrees)")
            if sid0 == "A06" and dup:
                AG.note(fname, "PK 2018", r, "DUPLICATED row: second copy of A06 (same figures) - not a key row")
            if sid0 == "A08":
                capf = f"=ROUND(F{r}/D{r}*100,2)"
                AG.note(fname, "PK 2018", r, "A08 is NEGATIVE (days; lower is better) but capaian uses the positive formula F/D*100 = 82,86 (true (2x7-5,8)/7 = 117,14)")
            if sid0 == "A09":
                tv = T(">= 90", 90)
                capf = "103,78"
                AG.note(fname, "PK 2018", r, "A09 target typed \">= 90\" (key 90); capaian typed")
            if sid0 == "A11":
                tv = N(15000, "#,##0")
                AG.note(fname, "PK 2018", r, "A11 target typed 10x: 15.000 instead of 1.500 (keyed AS TYPED 15000); capaian formula gives 10,75")
            if sid0 == "A12":
                rvv = T("48,2 %", 48.2)
                capf = "107,11"
                AG.note(fname, "PK 2018", r, "A12 realisasi typed as text \"48,2 %\" (key 48.2); capaian typed")
            if sid0 == "A14":
                tv, rvv = T("320 orang", 320), T("336 orang", 336)
                capf = "105"
                AG.note(fname, "PK 2018", r, "A14 target and realisasi typed as text with unit (\"320 orang\", \"336 orang\")")
            if sid0 == "A15":
                capf = f"=ROUND(F{r + 1}/D{r + 1}*100,2)"
                AG.note(fname, "PK 2018", r, "A15 capaian formula points at the NEXT row (=F{0}/D{0}*100, i.e. A16's figures: 108) instead of 103,57".format(r + 1))
            if sid0 == "A19":
                tv, rvv = G(t), G(rv)
                capf = "100"
                AG.note(fname, "PK 2018", r, "A19 grades B / B (key null / null)")
            if sid0 == "A13":
                ket = "Sumber: BPS (Sakernas Agustus)"
                capf = f"=ROUND((2*D{r}-F{r})/D{r}*100,2)"
            put(ws, f"D{r}", tv, align="right")
            put(ws, f"E{r}", "Rp" if unit == "Rp" else unit)
            put(ws, f"F{r}", rvv, align="right")
            put(ws, f"G{r}", "Rp" if unit == "Rp" else unit)
            cap = put(ws, f"H{r}", capf if capf.startswith("=") else T(capf, None), align="right")
            if capf.startswith("="):
                ws[f"H{r}"].number_format = "0.00"
            put(ws, f"I{r}", ket, wrap=True)
            if not dup:
                AG.key(fname, "PK 2018", f"C{r}", Y, sid0, name, tv.key, rvv.key, one(f"D{r}"), one(f"F{r}"))
            r += 1
        merge(ws, f"B{r0}:B{r - 1}", SAS[sas], wrap=True, align="left")
    AG.note(fname, "PK 2018", 9, "Key rows: C9-C30 except the duplicate row 17")
    r += 1
    put(ws, f"B{r}", "Jumlah Anggaran Tahun 2018", border=False)
    put(ws, f"C{r}", ": Rp. 6.482.915.000,-", border=False)
    put(ws, f"B{r + 1}", "Jumlah Realisasi Anggaran Tahun 2018", border=False)
    put(ws, f"C{r + 1}", ": Rp. 5.977.204.350,-", border=False)
    AG.note(fname, "PK 2018", r, "budget lines (not key rows)")
    sign(ws, r + 3, "F", "31 Desember 2018")
    ws.merge_cells(f"F{r + 3}:H{r + 3}")
    ws.page_setup.orientation = "landscape"

    # hidden draft with other targets
    wd = wb.create_sheet("PK 2018 (draft)")
    put(wd, "A1", "DRAFT - PERJANJIAN KINERJA 2018 (belum final)", bold=True, border=False)
    put(wd, "A3", "No"); put(wd, "B3", "Indikator"); put(wd, "C3", "Target")
    for i, sid in enumerate(["A01", "A06", "A08", "A11", "A13"]):
        put(wd, f"A{4 + i}", i + 1)
        put(wd, f"B{4 + i}", NAMES[sid][2018])
        t = VAL[sid][2018][0]
        put(wd, f"C{4 + i}", N(t * 0.95 if META[sid][3] else round(t * 0.95)))
    wd.sheet_state = "hidden"
    AG.doc(fname, "PK 2018 (draft)", "HIDDEN draft with five earlier targets - not keyed.")
    wc = wb.create_sheet("Catatan")
    for i, t in enumerate(["Catatan penyusunan:",
                           "1. Data investasi bersumber dari LKPM online BKPM s.d. Triwulan IV 2018.",
                           "2. TPT bersumber dari BPS Kabupaten Lembah Sarimanik (Sakernas Agustus 2018).",
                           "3. Nilai SAKIP merupakan hasil evaluasi Inspektorat tahun 2018.",
                           "4. Baris Jumlah Izin yang Diterbitkan tercopy dua kali (perbaiki di versi final)."]):
        put(wc, f"A{1 + i}", t, border=False, align="left")
    AG.doc(fname, "Catatan", "Notes sheet - not keyed.")
    wb.save(raw)


# =================================================================== 2019: Renaksi quarterly (xlsx)
QW = [22, 24, 26, 28]


def quarters(sid, Y, tot_dec=None):
    """Per-quarter realisasi values (V objects) for sid in year Y, and the rule."""
    t, rv = VAL[sid][Y]
    unit, kind, pol, d = META[sid]
    if kind == "flow":
        if unit == "Rp":
            parts = split_rp(rv, QW)
            return [N(p, "#,##0") for p in parts], "sum"
        parts = split_flow(rv, d, QW)
        return [N(p) for p in parts], "sum"
    start = 1.08 if pol < 0 else 0.93
    return [N(v) for v in level_series(rv, d, 4, start)], "last"


def qtargets(sid, Y):
    t, rv = VAL[sid][Y]
    unit, kind, pol, d = META[sid]
    if isinstance(t, str):
        return [DASH(), DASH(), DASH(), G(t)]
    if kind == "flow":
        if unit == "Rp":
            return [N(p * 1_000_000, "#,##0") for p in split_flow(t / 1_000_000, 0, [25, 25, 25, 25])]
        return [N(p) for p in split_flow(t, d, [25, 25, 25, 25])]
    return [N(t)] * 4


def hdr2019(ws, r):
    merge(ws, f"A{r}:A{r + 1}", "No", bold=True)
    merge(ws, f"B{r}:B{r + 1}", "Sasaran Strategis", bold=True)
    merge(ws, f"C{r}:C{r + 1}", "Indikator Kinerja", bold=True)
    merge(ws, f"D{r}:D{r + 1}", "Satuan", bold=True)
    merge(ws, f"E{r}:E{r + 1}", "Target Tahun 2019", bold=True)
    for i, tw in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
        c1 = col(6 + 2 * i)
        c2 = col(7 + 2 * i)
        merge(ws, f"{c1}{r}:{c2}{r}", tw, bold=True)
        put(ws, f"{c1}{r + 1}", "Target", bold=True)
        put(ws, f"{c2}{r + 1}", "Realisasi", bold=True)
    merge(ws, f"N{r}:N{r + 1}", "Keterangan", bold=True)
    for i in range(14):
        put(ws, f"{col(i + 1)}{r + 2}", i + 1, italic=True)


def y2019():
    fname = "Renaksi TW DPMPTSP Naker 2019.xlsx"
    raw = AG.file(fname)
    wb = Workbook()
    ws = wb.active
    SH = "Renaksi 2019"
    ws.title = SH
    Y = 2019
    widths(ws, {"A": 5, "B": 26, "C": 46, "D": 11, "E": 18, "N": 20})
    for c in "FGHIJKLM":
        ws.column_dimensions[c].width = 16
    title(ws, 1, "RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN", 14)
    title(ws, 2, "DPMPTSP DAN TENAGA KERJA KAB. LEMBAH SARIMANIK", 14)
    title(ws, 3, "TAHUN 2019", 14)
    hdr2019(ws, 5)
    plan = [("S1", ["A01", "A02", "A03", "A04", "A05", "A20", "A23"]),
            ("S2", ["A06", "A07", "A08", "A09", "A10", "A18", "A22"]),
            ("S3", ["A11", "A12", "A13", "A14", "A15", "A16", "A17", "A24"]),
            ("S4", ["A19"])]
    r = 8
    no = 0
    reprinted = None
    for sas, ids in plan:
        r0 = r
        for sid in ids:
            if no == 12 and reprinted is None:
                # the clerk copied the header block to the top of page 2 (printed landscape)
                merge(ws, f"B{r0}:B{r - 1}", SAS[sas], wrap=True, align="left")
                ws.row_breaks.append(Break(id=r - 1))
                hdr2019(ws, r)
                reprinted = r
                AG.note(fname, SH, r, f"HEADER REPEATED mid-table (rows {r}-{r + 2}: both header rows and the numbered row again, page 2 of the landscape print); the Sasaran of the rows around it is split into two merged blocks")
                r += 3
                r0 = r
            no += 1
            unit, kind, pol, d = META[sid]
            t, rv = VAL[sid][Y]
            put(ws, f"A{r}", no)
            name = NAMES[sid][Y]
            put(ws, f"C{r}", name, wrap=True, align="left")
            put(ws, f"D{r}", unit)
            tv = N(t, "#,##0") if unit == "Rp" else (G(t) if isinstance(t, str) else N(t))
            qs, how = quarters(sid, Y) if not isinstance(t, str) else ([DASH(), G("B"), DASH(), DASH()], "last")
            qt = qtargets(sid, Y)
            # ---- special cases
            if sid == "A13":
                qs = [DASH(), DASH(), N(4.51), DASH()]
                qt = [DASH(), DASH(), N(4.6), N(4.6)]
                AG.note(fname, SH, r, "A13 TPT (negative, marked only by \"(-)\" in the name): only TW III holds a value (BPS Sakernas Agustus), TW I/II/IV \"-\" -> last reported quarter = TW III = 4,51")
            if sid == "A10":
                qs = [DASH(), N(82.74), DASH(), N(83.10)]
                qt = [DASH(), N(81), DASH(), N(81)]
            if sid in ("A15", "A24"):
                qs = [DASH(), N(rnd(rv * 0.94, 1)), DASH(), N(rv)]
                qt = [DASH(), N(t), DASH(), N(t)]
            if sid == "A20":
                qs = [DASH(), DASH(), DASH(), N(rv)]
                qt = [DASH(), DASH(), DASH(), N(t)]
            if sid == "A09":
                qs = [P(v, "0.0%") for v in [94.2, 94.8, 95.0, 95.1]]
                qt = [P(92, "0%")] * 4
                tv = P(92, "0%")
                AG.note(fname, SH, r, "A09: target and quarter realisasi stored as fractions in %-formatted cells (0,92; 0,951 ...) -> key 92 / 95.1 (TW IV)")
            if sid == "A22":
                qs = [N(58.3), N(60.2), N(61.2), N(0.645, "General")]
                AG.note(fname, SH, r, "A22 TW IV realisasi typed as the FRACTION 0,645 in a General cell (others 58,3 / 60,2 / 61,2): level indicator -> key = last quarter AS TYPED = 0.645")
            if sid == "A07":
                parts = split_flow(rv, 0, [30, 33, 37])
                qs = [DASH()] + [N(p) for p in parts]
                AG.note(fname, SH, r, "A07 TW I realisasi \"-\" (none that quarter; OSS migration); flow -> sum of TW II-IV = 1.120")
            if sid == "A11":
                q3 = qs[2].key
                qs[2] = T(f"{idn(q3)} orang", q3)
                AG.note(fname, SH, r, f"A11 TW III realisasi typed as text \"{idn(q3)} orang\" (counted in the sum)")
            if sid == "A16":
                tv = N(250)
                AG.note(fname, SH, r, "A16 annual target typed 10x: 250 instead of 25 (quarter targets 6/6/6/7 show the true scale) -> keyed AS TYPED 250")
                qt = [N(6), N(6), N(6), N(7)]
            if sid == "A19":
                qt = [DASH(), DASH(), DASH(), G("BB")]
                AG.note(fname, SH, r, "A19 grades (target BB, TW II realisasi B) -> null / null")
            if sid == "A08":
                AG.note(fname, SH, r, "A08 negative, marked only by \"(-)\" after the name; level -> TW IV value 5,2")
            if sid == "A23":
                qs = [N(198), N(214), N(229), N(236)]
                AG.note(fname, SH, r, "A23 is cumulative (companies that have reported so far): last quarter 236, NOT the sum")
            put(ws, f"E{r}", tv, align="right")
            qcells = []
            for i in range(4):
                c1 = col(6 + 2 * i)
                c2 = col(7 + 2 * i)
                put(ws, f"{c1}{r}", qt[i], align="right")
                put(ws, f"{c2}{r}", qs[i], align="right")
                qcells.append(f"{c2}{r}")
            put(ws, f"N{r}", "")
            rkey = agg_key(qs, how)
            AG.key(fname, SH, f"C{r}", Y, sid, name, tv.key, rkey, one(f"E{r}"),
                   ssum(qcells) if how == "sum" else last(qcells))
            r += 1
        merge(ws, f"B{r0}:B{r - 1}", SAS[sas], wrap=True, align="left")
    AG.doc(fname, SH, "Quarterly Rencana Aksi, printed landscape (print titles rows 5:7). Title rows 1-3; TWO header "
           "rows 5-6 (Triwulan I..IV each over Target | Realisasi) and numbered row 7 (1..14); data rows 8-19, the "
           "header block REPEATED at rows 20-22, data rows 23-33; NO annual realisasi column. Columns: A No, "
           "B Sasaran (merged), C Indikator, D Satuan, E Target 2019, F/G TW I T/R, H/I TW II, J/K TW III, "
           "L/M TW IV, N Ket. Key realisasi: flows = sum of TW I-IV realisasi, levels = last reported quarter.")
    ws.print_title_rows = "5:7"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    r += 1
    sign(ws, r + 1, "J", "6 Januari 2020")
    wn = wb.create_sheet("Petunjuk")
    for i, t in enumerate(["Petunjuk pengisian:",
                           "- Realisasi diisi per triwulan (bukan kumulatif) untuk indikator jumlah;",
                           "- indikator persentase/indeks diisi nilai posisi akhir triwulan;",
                           "- tanda (-) di belakang nama indikator = indikator negatif (semakin kecil semakin baik)."]):
        put(wn, f"A{1 + i}", t, border=False, align="left")
    AG.doc(fname, "Petunjuk", "Instructions sheet (flows per quarter, levels end-of-quarter, \"(-)\" = negative) - not keyed.")
    wb.save(raw)


# =================================================================== 2020: TW1..TW4 + annual sheet (ods)
def y2020():
    fname = "Capaian Kinerja DPMPTSP-Naker 2020.ods"
    raw = AG.file(fname)
    wb = Workbook()
    Y = 2020
    ids = ["A01", "A02", "A03", "A04b", "A05", "A20", "A21", "A06", "A07", "A08", "A09", "A10", "A18", "A22",
           "A11", "A12", "A13", "A14", "A15", "A16", "A17", "A25", "A19"]
    romans = ["I", "II", "III", "IV"]
    # quarter data (per quarter) and cumulative
    qdata = {}
    for sid in ids:
        t, rv = VAL[sid][Y]
        unit, kind, pol, d = META[sid]
        if isinstance(t, str):
            qdata[sid] = ("grade", [None, None, None, None])
            continue
        if kind == "flow":
            if unit == "Rp":
                parts = split_rp(rv, [30, 18, 24, 28])
            else:
                parts = split_flow(rv, d, [30, 18, 24, 28])
            cum = []
            s = 0
            for p in parts:
                s = rnd(s + p, d)
                cum.append(s)
            qdata[sid] = ("flow", parts, cum)
        else:
            qdata[sid] = ("level", level_series(rv, d, 4, 1.07 if pol < 0 else 0.94))
    rowof = {}
    for qi in range(4):
        ws = wb.active if qi == 0 else wb.create_sheet()
        ws.title = f"TW{qi + 1}"
        widths(ws, {"A": 5, "B": 50, "C": 11, "D": 18, "E": 18, "F": 18, "G": 18, "H": 11, "I": 18})
        title(ws, 1, f"CAPAIAN KINERJA TRIWULAN {romans[qi]} TAHUN 2020", 9)
        title(ws, 2, "DINAS PENANAMAN MODAL, PTSP DAN TENAGA KERJA KABUPATEN LEMBAH SARIMANIK", 9)
        hd = ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", f"Target TW {romans[qi]}",
              f"Realisasi TW {romans[qi]}", f"Realisasi s.d. TW {romans[qi]}", "Capaian (%)", "Keterangan"]
        for i, h in enumerate(hd):
            put(ws, f"{col(i + 1)}4", h, bold=True, wrap=True, align="center")
        r = 5
        for n, sid in enumerate(ids):
            t, rv = VAL[sid][Y]
            unit, kind, pol, d = META[sid]
            put(ws, f"A{r}", n + 1)
            put(ws, f"B{r}", NAMES[sid][Y], wrap=True, align="left")
            put(ws, f"C{r}", unit)
            fmt = "#,##0" if unit == "Rp" else None
            put(ws, f"D{r}", G(t) if isinstance(t, str) else N(t, fmt), align="right")
            qd = qdata[sid]
            if qd[0] == "grade":
                put(ws, f"E{r}", "-"); put(ws, f"F{r}", "-"); put(ws, f"G{r}", "-")
                if qi == 3:
                    put(ws, f"F{r}", "BB"); put(ws, f"G{r}", "BB")
            elif qd[0] == "flow":
                qt = t * (qi + 1) / 4
                put(ws, f"E{r}", N(rnd(qt, d), fmt), align="right")
                put(ws, f"F{r}", N(qd[1][qi], fmt), align="right")
                put(ws, f"G{r}", N(qd[2][qi], fmt), align="right")
                put(ws, f"H{r}", f"=IFERROR(ROUND(G{r}/E{r}*100,2),0)")
            else:
                vals = qd[1]
                if sid in ("A13", "A20"):
                    put(ws, f"E{r}", "-"); put(ws, f"F{r}", "-"); put(ws, f"G{r}", "-")
                else:
                    put(ws, f"E{r}", N(t), align="right")
                    put(ws, f"F{r}", N(vals[qi]), align="right")
                    put(ws, f"G{r}", N(vals[qi]), align="right")
                    if pol < 0:
                        put(ws, f"H{r}", f"=ROUND((2*E{r}-G{r})/E{r}*100,2)")
                    else:
                        put(ws, f"H{r}", f"=ROUND(G{r}/E{r}*100,2)")
            put(ws, f"I{r}", "")
            rowof[sid] = r
            r += 1
        AG.doc(fname, f"TW{qi + 1}", f"Quarter {romans[qi]} sheet: title rows 1-2, ONE header row 4, data rows 5-27 "
               "(No, Indikator, Satuan, Target Tahunan, Target TW, Realisasi TW, Realisasi s.d. TW, Capaian, Ket). "
               "Not keyed: the year's figures are on the fifth sheet \"Rekap 2020\".")
    # ---- annual sheet
    SH = "Rekap 2020"
    ws = wb.create_sheet(SH)
    widths(ws, {"A": 5, "B": 52, "C": 11, "D": 20, "E": 20, "F": 12, "G": 16, "H": 30})
    title(ws, 1, "REKAPITULASI CAPAIAN KINERJA TAHUNAN", 8)
    title(ws, 2, "DINAS PENANAMAN MODAL, PTSP DAN TENAGA KERJA KAB. LEMBAH SARIMANIK", 8)
    title(ws, 3, "TAHUN 2020", 8)
    hd = ["No", "Indikator Kinerja Utama / Indikator Kinerja", "Satuan", "Target 2020", "Realisasi 2020",
          "Capaian (%)", "Kategori", "Keterangan"]
    for i, h in enumerate(hd):
        put(ws, f"{col(i + 1)}5", h, bold=True, wrap=True, align="center")
    r = 6
    for n, sid in enumerate(ids):
        t, rv = VAL[sid][Y]
        unit, kind, pol, d = META[sid]
        tr = rowof[sid]
        put(ws, f"A{r}", n + 1)
        name = NAMES[sid][Y]
        put(ws, f"B{r}", name, wrap=True, align="left")
        put(ws, f"C{r}", unit)
        fmt = "#,##0" if unit == "Rp" else None
        ket = "='TW4'!G{0}".format(tr)
        qd = qdata[sid]
        if isinstance(t, str):
            tv, rvv = G(t), G(rv)
            ket = "Hasil evaluasi Inspektorat"
        elif sid in ("A09", "A12", "A15", "A17", "A22"):
            tv = P(t, "0%")
            rvv = FM(f"='TW4'!G{tr}/100", rv, "0.00%")
            rvv.key = rv
            ket = "s.d. TW IV"
        elif sid == "A13":
            tv, rvv = N(t), N(rv)
            ket = "BPS, Sakernas Agustus 2020"
        elif sid == "A20":
            tv, rvv = N(t), N(rv)
            ket = "dibanding realisasi 2019"
        elif kind == "flow":
            tv = N(t, fmt)
            src = "TW4"
            key = qd[2][3]
            if sid == "A14":
                src = "TW3"
                key = qd[2][2]
                AG.note(fname, SH, r, f"A14 realisasi formula ='TW3'!G{tr} - takes the s.d. TW III figure ({key}) as the year's; TW4 sheet says {qd[2][3]}. Keyed AS SHOWN: {key}")
            rvv = FM(f"='{src}'!G{tr}", key, fmt)
            ket = f"s.d. TW IV" if src == "TW4" else "s.d. TW IV"
        else:
            tv = N(t)
            rvv = FM(f"='TW4'!G{tr}", qd[1][3])
            ket = "posisi TW IV"
        put(ws, f"D{r}", tv, align="right")
        put(ws, f"E{r}", rvv, align="right")
        if isinstance(t, str):
            put(ws, f"F{r}", T("100", None), align="right")
            put(ws, f"G{r}", "Sangat Tinggi")
        else:
            if pol < 0:
                put(ws, f"F{r}", f"=ROUND((2*D{r}-E{r})/D{r}*100,2)", align="right")
            else:
                put(ws, f"F{r}", f"=ROUND(E{r}/D{r}*100,2)", align="right")
            put(ws, f"G{r}", f'=IF(F{r}>=91,"Sangat Tinggi",IF(F{r}>=76,"Tinggi",IF(F{r}>=66,"Sedang",IF(F{r}>=51,"Rendah","Sangat Rendah"))))')
        put(ws, f"H{r}", ket if not ket.startswith("=") else "s.d. TW IV", wrap=True)
        AG.key(fname, SH, f"B{r}", Y, sid, name, tv.key, rvv.key, one(f"D{r}"), one(f"E{r}"))
        if sid in ("A09", "A12", "A15", "A17", "A22"):
            AG.note(fname, SH, r, f"{sid}: target a fraction in a %-cell; realisasi =TW4!G/100 shown as % (key in points)")
        r += 1
    AG.note(fname, SH, 6, "Every realisasi except A13, A19, A20 is a formula pulling from the TW4 sheet (cumulative s.d. TW IV for flows, end-of-quarter value for levels); A13/A20 are typed because the TW sheets hold \"-\"")
    r += 1
    put(ws, f"B{r}", "Rata-rata capaian kinerja", bold=True)
    put(ws, f"F{r}", f"=ROUND(AVERAGE(F6:F{r - 2}),2)")
    AG.note(fname, SH, r, "average row - not a key row")
    sign(ws, r + 2, "D", "15 Januari 2021")
    AG.doc(fname, SH, "FIFTH sheet, the year's figures: title rows 1-3, ONE header row 5, data rows 6-28 (No, "
           "Indikator, Satuan, Target 2020, Realisasi 2020, Capaian, Kategori, Ket), an average row and a signature. "
           "Key rows are on this sheet only.")
    wb.save(raw)


# =================================================================== 2021: LKjIP (xlsx), space thousands
def y2021():
    fname = "LKjIP 2021 Bab III DPMPTSP-Naker.xlsx"
    raw = AG.file(fname)
    wb = Workbook()
    ws = wb.active
    SH = "Tabel 3.1"
    ws.title = SH
    Y = 2021
    widths(ws, {"A": 5, "B": 52, "C": 10, "D": 19, "E": 19, "F": 19, "G": 19, "H": 11, "I": 19, "J": 12})
    title(ws, 1, "Tabel 3.1", 10)
    title(ws, 2, "Capaian Indikator Kinerja Tahun 2021 Dibandingkan Tahun Sebelumnya dan Target Akhir Renstra", 10)
    title(ws, 3, "DPMPTSP dan Tenaga Kerja Kabupaten Lembah Sarimanik", 10, bold=False)
    merge(ws, "A5:A6", "No", bold=True)
    merge(ws, "B5:B6", "Indikator Kinerja", bold=True)
    merge(ws, "C5:C6", "Satuan", bold=True)
    merge(ws, "D5:E5", "Realisasi", bold=True)
    put(ws, "D6", "2019", bold=True); put(ws, "E6", "2020", bold=True)
    merge(ws, "F5:H5", "Tahun 2021", bold=True)
    put(ws, "F6", "Target", bold=True); put(ws, "G6", "Realisasi", bold=True); put(ws, "H6", "Capaian (%)", bold=True)
    merge(ws, "I5:I6", "Target Akhir Renstra (2023)", bold=True)
    merge(ws, "J5:J6", "Capaian s.d. 2021 thd Renstra (%)", bold=True)
    groups = [("I. BIDANG PENANAMAN MODAL", ["A01", "A02", "A03", "A04b", "A05", "A20", "A21"]),
              ("II. BIDANG PELAYANAN PERIZINAN", ["A06", "A08", "A09", "A10b", "A22"]),
              ("III. BIDANG TENAGA KERJA", ["A11", "A12", "A13", "A14", "A15", "A16", "A17", "A24", "A25"]),
              ("IV. PENUNJANG", ["A19"])]
    renstra = {"A01": 1100 * B, "A02": 760 * B, "A03": 340 * B, "A04b": 175, "A05": 50, "A20": 5, "A21": 30,
               "A06": 3200, "A08": 3, "A09": 98, "A10b": 85, "A22": 100, "A11": 1600, "A12": 50, "A13": 4.5,
               "A14": 350, "A15": 80, "A16": 30, "A17": 95, "A24": 70, "A25": 2400}

    def prev(sid, y):
        for s in (sid, sid.replace("b", "")):
            if s in VAL and y in VAL[s]:
                return VAL[s][y][1]
        return None

    def txt(x, sid):
        """figures typed as text with SPACES as thousands separators"""
        d = META[sid][3]
        return spc(x, d if not float(x).is_integer() else 0)

    r = 7
    no = 0
    for g, ids in groups:
        merge(ws, f"A{r}:J{r}", g, bold=True, align="left")
        AG.note(fname, SH, r, f"group row \"{g}\" - not a key row")
        r += 1
        for sid in ids:
            no += 1
            t, rv = VAL[sid][Y]
            unit, kind, pol, d = META[sid]
            put(ws, f"A{r}", no)
            name = NAMES[sid][Y]
            put(ws, f"B{r}", name, wrap=True, align="left")
            put(ws, f"C{r}", unit)
            for c, y in (("D", 2019), ("E", 2020)):
                pv = prev(sid, y)
                if pv is None:
                    put(ws, f"{c}{r}", "-")
                elif isinstance(pv, str):
                    put(ws, f"{c}{r}", pv)
                elif abs(pv) >= 1000:
                    put(ws, f"{c}{r}", T(txt(pv, sid), pv), align="right")
                else:
                    put(ws, f"{c}{r}", N(pv), align="right")
            if isinstance(t, str):
                tv, rvv = G(t), G(rv)
                cap = T("100", None)
            elif abs(t) >= 1000 or abs(rv) >= 1000:
                tv, rvv = T(txt(t, sid), t), T(txt(rv, sid), rv)
                c = rv / t * 100
                cap = N(rnd(c, 2), "0.00")
            else:
                tv, rvv = N(t), N(rv)
                cap = f"=ROUND((2*F{r}-G{r})/F{r}*100,2)" if pol < 0 else f"=ROUND(G{r}/F{r}*100,2)"
            if sid == "A13":
                cap = f"=ROUND(G{r}/F{r}*100,2)"
                AG.note(fname, SH, r, "A13 TPT is negative but capaian uses G/F*100 = 97,64 (should be 102,36)")
            if sid == "A10b":
                AG.note(fname, SH, r, "A10b: IKM of the WHOLE agency (earlier years measured IKM of the permit service only, A10) - listed as ambiguous")
            put(ws, f"F{r}", tv, align="right")
            put(ws, f"G{r}", rvv, align="right")
            put(ws, f"H{r}", cap, align="right")
            rs = renstra.get(sid)
            if rs is None:
                put(ws, f"I{r}", "A"); put(ws, f"J{r}", "-")
            elif rs >= 1000:
                put(ws, f"I{r}", T(txt(rs, sid), rs), align="right")
                put(ws, f"J{r}", N(rnd(rv / rs * 100, 2), "0.00"), align="right")
            elif isinstance(rv, str):
                put(ws, f"I{r}", "A"); put(ws, f"J{r}", "-")
            else:
                put(ws, f"I{r}", N(rs), align="right")
                put(ws, f"J{r}", f"=ROUND(G{r}/I{r}*100,2)", align="right")
            AG.key(fname, SH, f"B{r}", Y, sid, name, tv.key, rvv.key, one(f"F{r}"), one(f"G{r}"))
            r += 1
    AG.note(fname, SH, 8, "Every figure >= 1000 (Rp, izin, orang, lowongan) is TEXT with SPACES as thousands separators (\"1 000 000 000 000\", \"3 412\"); their capaian are typed numbers, the others are formulas")
    AG.note(fname, SH, 8, "Names carry numbering prefixes \"1.1\"..\"4.1\" (per bidang) while column A numbers 1..22 straight through")
    r += 1
    put(ws, f"B{r}", "Sumber: LKPM, OSS-RBA, SIAPkerja, BPS Kab. Lembah Sarimanik; diolah.", border=False, italic=True)
    wo = wb.create_sheet("olah data")
    put(wo, "A1", "Perhitungan pertumbuhan investasi", bold=True, border=False)
    put(wo, "A2", "Realisasi 2020"); put(wo, "B2", N(702.8 * B, "#,##0"))
    put(wo, "A3", "Realisasi 2021"); put(wo, "B3", N(1084.6 * B, "#,##0"))
    put(wo, "A4", "Pertumbuhan (%)"); put(wo, "B4", "=ROUND((B3-B2)/B2*100,2)")
    wo.sheet_state = "hidden"
    AG.doc(fname, "olah data", "HIDDEN working sheet (growth computation) - not keyed.")
    wk = wb.create_sheet("Keterangan")
    for i, t in enumerate(["Keterangan:",
                           "- Angka ribuan ditulis dengan spasi sesuai format naskah LKjIP.",
                           "- Indikator IKM tahun 2021 mengukur seluruh layanan Dinas (termasuk layanan ketenagakerjaan).",
                           "- Indikator Jumlah Non Perizinan dan Jumlah Pengaduan Perizinan tidak lagi menjadi IKU mulai 2021."]):
        put(wk, f"A{1 + i}", t, border=False, align="left")
    AG.doc(fname, "Keterangan", "Notes sheet - not keyed.")
    AG.doc(fname, SH, "LKjIP chapter III table. Title rows 1-3; TWO header rows 5-6 (Realisasi 2019 | 2020, "
           "Tahun 2021 Target | Realisasi | Capaian, Target Akhir Renstra 2023, Capaian thd Renstra); four bidang "
           "group rows (7, 15, 21, 31) and 22 data rows between them; only the 2021 Target (F) / Realisasi (G) are keyed "
           "(the 2019 / 2020 columns and the Renstra target are not).")
    wb.save(raw)


def build():
    y2018()
    y2019()
    y2020()
    y2021()
    return AG


NAMES_ = NAMES
