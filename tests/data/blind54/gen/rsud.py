"""Agency 2: RSUD Kota Teluk Sembilang (a city hospital run as a BLUD; invented). Years 2021-2024."""
from openpyxl import Workbook
from common import *

AG = Agency("rsud_kota_teluk_sembilang", "RSUD Kota Teluk Sembilang (BLUD)", [2021, 2022, 2023, 2024])

META = {  # unit, kind, polarity, decimals
    "B01": ("%", "level", 1, 1), "B02": ("hari", "level", -1, 1), "B03": ("kali", "flow", 1, 1),
    "B04": ("hari", "level", -1, 1), "B05": ("‰", "level", -1, 1), "B06": ("‰", "level", -1, 1),
    "B07": ("%", "level", 1, 1), "B07b": ("nilai", "level", 1, 2), "B08": ("%", "level", 1, 1),
    "B09": ("predikat", "level", 1, 0), "B10": ("kunjungan", "flow", 1, 0), "B11": ("pasien", "flow", 1, 0),
    "B12": ("menit", "level", -1, 0), "B13": ("%", "level", 1, 1), "B13b": ("menit", "level", -1, 1),
    "B14": ("%", "level", 1, 1), "B15": ("%", "level", -1, 2), "B16": ("Rp", "flow", 1, 0),
    "B17": ("%", "level", 1, 2), "B18": ("%", "level", 1, 1), "B19": ("%", "level", 1, 1),
    "B20": ("predikat", "level", 1, 0), "B21": ("orang", "level", 1, 0), "B22": ("%", "level", 1, 1),
    "B23": ("%", "level", 1, 1),
}
VAL = {
    "B01": {2021: (60, 58.4), 2022: (65, 67.9), 2023: (65, 72.3), 2024: (70, 74.6)},
    "B02": {2021: (6, 4.8), 2022: (6, 4.6), 2023: (6, 4.3), 2024: (6, 4.1)},
    "B03": {2021: (40, 44.3), 2022: (40, 48.7), 2023: (40, 52.1), 2024: (45, 55.9)},
    "B04": {2021: (1, 3.4), 2022: (3, 2.1), 2023: (1, 1.6), 2024: (3, 1.4)},
    "B05": {2021: (25, 31.2), 2022: (25, 27.6), 2023: (25, 22.8), 2024: (25, 19.5)},
    "B06": {2021: (45, 52.7), 2022: (45, 46.1), 2023: (45, 39.4), 2024: (45, 35.2)},
    "B07": {2021: (80, 82.6), 2022: (82, 85.1), 2024: (85, 88.4)},
    "B07b": {2023: (82, 84.75), 2024: (83, 86.02)},
    "B08": {2021: (70, 64.3), 2022: (72, 75.8), 2023: (75, 78.2), 2024: (78, 81.5)},
    "B09": {2021: ("Paripurna", "Paripurna"), 2022: ("Paripurna", "Utama"), 2023: ("Paripurna", "Paripurna"), 2024: ("Paripurna", "Paripurna")},
    "B10": {2021: (85000, 78214), 2022: (90000, 96537), 2023: (95000, 104882), 2024: (100000, 112406)},
    "B11": {2021: (9500, 8862), 2022: (10000, 10944), 2023: (10500, 11735), 2024: (11000, 12380)},
    "B12": {2021: (60, 72), 2022: (60, 58), 2023: (60, 49), 2024: (45, 41)},
    "B13": {2021: (100, 96.4), 2022: (100, 98.2), 2023: (100, 99.1), 2024: (100, 100)},
    "B13b": {2022: (5, 4.2), 2023: (5, 3.8)},
    "B14": {2021: (90, 86.5), 2022: (92, 91.3), 2023: (95, 94.0), 2024: (100, 96.7)},
    "B15": {2021: (1.5, 1.82), 2022: (1.5, 1.34), 2023: (1.5, 0.96), 2024: (1, 0.88)},
    "B16": {2021: (62_500_000_000, 58_914_250_000), 2022: (68_000_000_000, 73_206_880_000),
            2023: (75_000_000_000, 81_447_120_500), 2024: (82_000_000_000, 88_935_600_000)},
    "B17": {2021: (100, 94.26), 2022: (100, 107.66), 2023: (100, 108.6)},
    "B18": {2021: (100, 84.2), 2022: (100, 88.9), 2023: (100, 92.5), 2024: (100, 95.3)},
    "B19": {2021: (100, 91.7), 2022: (100, 93.4), 2023: (100, 95.8)},
    "B20": {2021: ("B", "B"), 2022: ("BB", "B"), 2023: ("BB", "BB"), 2024: ("A", "BB")},
    "B21": {2023: (24, 23), 2024: (26, 27)},
    "B22": {2022: (85, 87.3), 2023: (85, 90.1), 2024: (90, 92.4)},
    "B23": {2021: (100, 97.5), 2022: (100, 98.8), 2024: (100, 99.6)},
}
NAMES = {
    "B01": {2021: "BOR (%)", 2022: "Bed Occupancy Rate (BOR)", 2023: "Angka Penggunaan Tempat Tidur (BOR)", 2024: "Bed Occupancy Rate (BOR)"},
    "B02": {2021: "LOS (hari)", 2022: "Average Length of Stay (AvLOS)", 2023: "Rata-rata Lama Dirawat (LOS)", 2024: "Average Length of Stay (AvLOS) ↓"},
    "B03": {2021: "BTO (kali)", 2022: "Bed Turn Over (BTO)", 2023: "Frekuensi Pemakaian Tempat Tidur (BTO)", 2024: "Bed Turn Over (BTO)"},
    "B04": {2021: "TOI (hari)", 2022: "Turn Over Interval (TOI)", 2023: "Rata-rata Hari Tempat Tidur Tidak Ditempati (TOI)", 2024: "Turn Over Interval (TOI) ↓"},
    "B05": {2021: "NDR (‰)", 2022: "Net Death Rate (NDR)", 2023: "Angka Kematian Bersih (NDR)", 2024: "Net Death Rate (NDR) ↓"},
    "B06": {2021: "GDR (‰)", 2022: "Gross Death Rate (GDR)", 2023: "Angka Kematian Kasar (GDR)", 2024: "Gross Death Rate (GDR) ↓"},
    "B07": {2021: "Persentase Kepuasan Pasien", 2022: "Prosentase kepuasan pasien terhadap pelayanan RSUD", 2024: "% Kepuasan Pasien"},
    "B07b": {2023: "Indeks Kepuasan Masyarakat (IKM) RSUD", 2024: "Indeks Kepuasan Masyarakat (IKM)"},
    "B08": {2021: "Cost Recovery Rate (CRR)", 2022: "Tingkat kemandirian keuangan BLUD (Cost Recovery Rate)", 2023: "Persentase Cost Recovery", 2024: "Cost Recovery Rate (CRR)"},
    "B09": {2021: "Status Akreditasi RS", 2022: "Tercapainya akreditasi rumah sakit", 2023: "Status Akreditasi Rumah Sakit (KARS/Kemenkes)", 2024: "Status Akreditasi Rumah Sakit"},
    "B10": {2021: "Jumlah Kunjungan Rawat Jalan", 2022: "Jumlah kunjungan pasien rawat jalan", 2023: "Jumlah Kunjungan Rawat Jalan (kunjungan)", 2024: "Jml Kunjungan Rawat Jalan"},
    "B11": {2021: "Jumlah Pasien Keluar (H+M)", 2022: "Jumlah pasien rawat inap (keluar hidup dan mati)", 2023: "Jumlah Pasien Rawat Inap", 2024: "Jumlah Pasien Rawat Inap (keluar hidup + mati)"},
    "B12": {2021: "Waktu Tunggu Rawat Jalan", 2022: "Rata-rata waktu tunggu pelayanan rawat jalan (menit)", 2023: "Waktu Tunggu di Rawat Jalan (menit)", 2024: "Waktu Tunggu Rawat Jalan ↓"},
    "B13": {2021: "Persentase Pasien IGD yang Dilayani ≤ 5 Menit", 2022: "Persentase pasien gawat darurat yang terlayani ≤ 5 menit setelah tiba di IGD", 2023: "Prosentase Pasien IGD Dilayani <= 5 menit", 2024: "Persentase Pasien IGD Dilayani ≤ 5 Menit"},
    "B13b": {2022: "Waktu tanggap pelayanan dokter di IGD (menit)", 2023: "Waktu Tanggap Pelayanan Dokter di Gawat Darurat"},
    "B14": {2021: "Persentase Capaian SPM Rumah Sakit", 2022: "Persentase capaian Standar Pelayanan Minimal (SPM) RS", 2023: "Capaian SPM RSUD (%)", 2024: "Capaian Standar Pelayanan Minimal (SPM) Rumah Sakit"},
    "B15": {2021: "Angka Kejadian Infeksi Nosokomial", 2022: "Angka kejadian infeksi nosokomial (HAIs)", 2023: "Angka Kejadian Healthcare Associated Infections (HAIs)", 2024: "Angka Infeksi Nosokomial (HAIs) ↓"},
    "B16": {2021: "Realisasi Pendapatan BLUD", 2022: "Jumlah pendapatan BLUD (Rp)", 2023: "Realisasi Pendapatan BLUD (Rp)", 2024: "Pendapatan BLUD (Rupiah)"},
    "B17": {2021: "Persentase Realisasi Pendapatan BLUD", 2022: "Persentase realisasi pendapatan BLUD terhadap target", 2023: "Prosentase Realisasi Pendapatan BLUD"},
    "B18": {2021: "Persentase Kelengkapan Rekam Medis 24 Jam Setelah Selesai Pelayanan", 2022: "Kelengkapan pengisian rekam medik 1x24 jam", 2023: "Persentase Kelengkapan Rekam Medis 1 x 24 Jam", 2024: "Kelengkapan Rekam Medis 24 Jam (%)"},
    "B19": {2021: "Persentase Penulisan Resep Sesuai Formularium", 2022: "Penulisan resep sesuai formularium", 2023: "Persentase Kepatuhan Penggunaan Formularium Nasional"},
    "B20": {2021: "Nilai SAKIP RSUD", 2022: "Nilai evaluasi AKIP RSUD", 2023: "Nilai SAKIP", 2024: "Nilai SAKIP RSUD"},
    "B21": {2023: "Jumlah Dokter Spesialis", 2024: "Jumlah dokter spesialis (orang)"},
    "B22": {2022: "Persentase kepatuhan kebersihan tangan", 2023: "Kepatuhan Kebersihan Tangan (Hand Hygiene)", 2024: "Persentase Kepatuhan Hand Hygiene"},
    "B23": {2021: "Persentase Kepatuhan Identifikasi Pasien", 2022: "Kepatuhan identifikasi pasien", 2024: "Kepatuhan Identifikasi Pasien (%)"},
}
AG.ambiguous = [["B07", "B07b"]]
AG.flows = [k for k, m in META.items() if m[1] == "flow"]
AG.lookalikes = [
    ("B10 vs B11", "outpatient visits (rawat jalan) vs inpatients discharged (rawat inap): two sub-types"),
    ("B13 vs B13b", "% of IGD patients served within 5 minutes vs the doctors' response time in minutes"),
    ("B16 vs B17", "BLUD revenue in Rp vs its percentage of the revenue target"),
    ("B05 vs B06", "net vs gross death rate"),
    ("B02 vs B04", "LOS vs TOI (both in days)"),
    ("B12 vs B13b", "waiting time in outpatient care vs response time in the emergency room (both minutes, negative)"),
]
SIGN = ["Teluk Sembilang, {date}", "DIREKTUR RSUD KOTA TELUK SEMBILANG", "", "", "",
        "dr. MARGARETHA SIHOMBING-WIDJAYA, Sp.PD, M.Kes", "Pembina Tingkat I", "NIP. 19750923 200212 2 004"]


def sign(ws, row, colL, date):
    for i, t in enumerate(SIGN):
        put(ws, f"{colL}{row + i}", t.format(date=date), border=False, align="center", bold=(i == 5))


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
MW = [7.6, 7.2, 8.1, 8.0, 8.4, 8.3, 8.6, 8.7, 8.5, 8.9, 8.8, 8.9]
LV = [0.99, 1.06, 1.01, 0.97, 1.04, 1.08, 1.03, 1.00, 1.05, 0.98, 1.02, 1.01]   # mean 1.02: the monthly average is NOT the year's value


# =================================================================== 2021: transposed monthly + IKU (xlsx)
def y2021():
    fname = "Indikator Kinerja RSUD 2021.xlsx"
    raw = AG.file(fname)
    wb = Workbook()
    ws = wb.active
    SH = "Rekap RI 2021"
    ws.title = SH
    Y = 2021
    widths(ws, {"A": 20, "B": 11, "C": 11, "D": 11, "E": 11, "F": 11, "G": 11, "H": 16})
    title(ws, 1, "REKAPITULASI INDIKATOR PELAYANAN RAWAT INAP", 8)
    title(ws, 2, "RSUD KOTA TELUK SEMBILANG TAHUN 2021", 8)
    cols = [("B", "B01"), ("C", "B02"), ("D", "B03"), ("E", "B04"), ("F", "B05"), ("G", "B06"), ("H", "B11")]
    put(ws, "A4", "Bulan", bold=True)
    put(ws, "A5", "Target / Standar", bold=True, align="left")
    targets = {"B01": T("60-85", 60), "B02": T("6-9", 6), "B03": T("40-50", 40), "B04": T("1-3", 1),
               "B05": T("< 25", 25), "B06": T("< 45", 45), "B11": N(9500, "#,##0")}
    for i, m in enumerate(MONTHS):
        put(ws, f"A{6 + i}", m, align="left")
    put(ws, "A18", "Tahun 2021", bold=True, align="left")
    put(ws, "A19", "Rata-rata bulanan", italic=True, align="left")
    for c, sid in cols:
        name = NAMES[sid][Y]
        put(ws, f"{c}4", name, bold=True, wrap=True, align="center")
        tv = targets[sid]
        put(ws, f"{c}5", tv, align="center")
        t, rv = VAL[sid][Y]
        d = META[sid][3]
        if sid in ("B03", "B11"):
            parts = split_flow(rv, d, MW)
            for i, p in enumerate(parts):
                put(ws, f"{c}{6 + i}", N(p, "0.0" if d else "#,##0"), align="right")
            rvv = FM(f"=SUM({c}6:{c}17)", rv, "0.0" if d else "#,##0")
        else:
            for i in range(12):
                put(ws, f"{c}{6 + i}", N(rnd(rv * LV[i], d), "0.0"), align="right")
            rvv = N(rv, "0.0")
        put(ws, f"{c}18", rvv, align="right", bold=True)
        put(ws, f"{c}19", f"=ROUND(AVERAGE({c}6:{c}17),2)", align="right", italic=True)
        AG.key(fname, SH, f"{c}4", Y, sid, name, tv.key, rvv.key, one(f"{c}5"), one(f"{c}18"), with_col=True)
    put(ws, "A21", "Keterangan: standar ideal Barber-Johnson / Depkes; NDR dan GDR per 1.000 pasien keluar; baris Tahun 2021 dihitung dari hari perawatan setahun (bukan rata-rata bulanan).", border=False, align="left")
    AG.doc(fname, SH, "OWN LAYOUT - a TABLE TURNED OVER: indicators across the columns B-H (names in row 4, "
           "\"BOR (%)\", \"LOS (hari)\", ... \"Jumlah Pasien Keluar (H+M)\"), months down the rows. Row 5 = Target / "
           "Standar (ranges \"60-85\", \"6-9\", \"40-50\", \"1-3\" and \"< 25\" / \"< 45\" as text -> lower bound / the "
           "number), rows 6-17 = Januari..Desember, row 18 = \"Tahun 2021\" (the year's value: typed for the rates, "
           "=SUM for BTO and pasien keluar), row 19 = monthly average (NOT the realisasi). Seven key rows share "
           "sheet row 4, each with \"col\"; target from row 5, realisasi from row 18.")
    bor_avg = round(sum(rnd(VAL["B01"][Y][1] * f, 1) for f in LV) / 12, 2)
    AG.note(fname, SH, 19, f"row 19 \"Rata-rata bulanan\" (AVERAGE of the months) differs from row 18 - a reader that takes the average gets e.g. BOR {idn(bor_avg)} instead of 58,4 and BTO 3,69 instead of 44,3; not keyed")
    # ----- IKU sheet
    SH2 = "IKU 2021"
    w2 = wb.create_sheet(SH2)
    widths(w2, {"A": 5, "B": 28, "C": 46, "D": 34, "E": 10, "F": 18, "G": 18, "H": 11})
    title(w2, 1, "PENGUKURAN KINERJA", 8)
    title(w2, 2, "RSUD KOTA TELUK SEMBILANG TAHUN 2021", 8)
    hd = ["No", "Sasaran", "Indikator Kinerja", "Formulasi", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    for i, h in enumerate(hd):
        put(w2, f"{col(i + 1)}4", h, bold=True, wrap=True, align="center")
        put(w2, f"{col(i + 1)}5", f"({i + 1})", italic=True, align="center")
    formula = {"B07": "Jumlah pasien puas / jumlah responden x 100%", "B08": "Pendapatan operasional / biaya operasional x 100%",
               "B09": "Predikat akreditasi", "B10": "Jumlah kunjungan rawat jalan setahun",
               "B12": "Rata-rata waktu sejak pendaftaran s.d. dilayani dokter", "B13": "Pasien IGD dilayani <= 5 menit / seluruh pasien IGD x 100%",
               "B14": "Indikator SPM tercapai / seluruh indikator SPM x 100%", "B15": "Jumlah kasus infeksi / jumlah pasien berisiko x 100%",
               "B16": "Realisasi pendapatan BLUD setahun", "B17": "Realisasi pendapatan / target pendapatan x 100%",
               "B18": "RM lengkap dalam 24 jam / seluruh RM x 100%", "B19": "Resep sesuai formularium / seluruh resep x 100%",
               "B23": "Pasien teridentifikasi benar / seluruh pasien x 100%", "B20": "Hasil evaluasi AKIP oleh Inspektorat"}
    plan = [("Meningkatnya mutu pelayanan rumah sakit", ["B07", "B13", "B14", "B15", "B18", "B19", "B23", "B09", "B12", "B10"]),
            ("Meningkatnya kemandirian keuangan BLUD", ["B16", "B17", "B08"]),
            ("Meningkatnya akuntabilitas kinerja RSUD", ["B20"])]
    r = 6
    no = 0
    for sas, ids in plan:
        r0 = r
        for sid in ids:
            no += 1
            t, rv = VAL[sid][Y]
            unit, kind, pol, d = META[sid]
            put(w2, f"A{r}", no)
            name = NAMES[sid][Y]
            put(w2, f"C{r}", name, wrap=True, align="left")
            put(w2, f"D{r}", formula[sid], wrap=True, align="left")
            put(w2, f"E{r}", unit)
            if isinstance(t, str):
                tv, rvv, cap = G(t), G(rv), T("100", None)
            else:
                tv, rvv = N(t), N(rv)
                cap = f"=ROUND((2*F{r}-G{r})/F{r}*100,2)" if pol < 0 else f"=ROUND(G{r}/F{r}*100,2)"
            if sid == "B16":
                tv, rvv = N(t, "#,##0"), N(rv, "#,##0")
            if sid == "B17":
                tv, rvv = P(t, "0%"), P(rv)
                AG.note(fname, SH2, r, "B17 target 1 and realisasi 0,9426 in %-formatted cells -> key 100 / 94.26")
            if sid == "B10":
                cap = T("93,20", None)
                AG.note(fname, SH2, r, "B10 capaian TYPED 93,20 while 78.214 / 85.000 = 92,02 (typed capaian that disagrees)")
            if sid == "B12":
                cap = f"=ROUND(G{r}/F{r}*100,2)"
                AG.note(fname, SH2, r, "B12 waiting time is NEGATIVE (72 min against 60 is worse) but capaian = G/F*100 = 120 (positive formula)")
            if sid == "B09":
                AG.note(fname, SH2, r, "B09 \"Paripurna\" / \"Paripurna\" (accreditation grade) -> null / null")
            if sid == "B20":
                AG.note(fname, SH2, r, "B20 grades B / B -> null / null")
            put(w2, f"F{r}", tv, align="right")
            put(w2, f"G{r}", rvv, align="right")
            put(w2, f"H{r}", cap, align="right")
            AG.key(fname, SH2, f"C{r}", Y, sid, name, tv.key, rvv.key, one(f"F{r}"), one(f"G{r}"))
            r += 1
        merge(w2, f"B{r0}:B{r - 1}", sas, wrap=True, align="left")
    sign(w2, r + 2, "F", "10 Januari 2022")
    AG.doc(fname, SH2, "Annual PK table: title rows 1-2, ONE header row 4 plus numbered row 5 \"(1)..(8)\", data rows "
           "6-19 (No, Sasaran merged, Indikator, Formulasi, Satuan, Target, Realisasi, Capaian), signature below. "
           "Same year as the turned-over sheet: together they hold the 21 indicators of 2021.")
    wh = wb.create_sheet("Sheet1 (2)")
    put(wh, "A1", "copy lama - jangan dipakai", border=False)
    put(wh, "A3", "BOR"); put(wh, "B3", 57.9)
    put(wh, "A4", "LOS"); put(wh, "B4", 4.9)
    wh.sheet_state = "hidden"
    AG.doc(fname, "Sheet1 (2)", "HIDDEN old copy - not keyed.")
    wb.save(raw)


# =================================================================== 2022: E.81 (xls)
def y2022():
    fname = "E81 Evaluasi Renja RSUD TW IV 2022.xls"
    raw = AG.file(fname)
    wb = Workbook()
    ws = wb.active
    SH = "E81 TW IV 2022"
    ws.title = SH
    Y = 2022
    widths(ws, {"A": 5, "B": 24, "C": 13, "D": 30, "E": 40, "F": 10, "AC": 16, "AD": 16})
    for c in range(7, 29):
        ws.column_dimensions[col(c)].width = 13
    title(ws, 1, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA TELUK SEMBILANG", 20)
    title(ws, 2, "RENJA PERANGKAT DAERAH RSUD KOTA TELUK SEMBILANG", 20)
    title(ws, 3, "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN ANGGARAN 2022", 20)
    put(ws, "A4", "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD : Meningkatnya derajat kesehatan masyarakat", border=False, align="left")
    single = [("A", "No"), ("B", "Sasaran"), ("C", "Kode"), ("D", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"),
              ("E", "Indikator Kinerja Program (outcome) / Kegiatan (output)"), ("F", "Satuan")]
    for c, h in single:
        merge(ws, f"{c}5:{c}6", h, bold=True)
    pairs = [("G", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"),
             ("I", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2021)"),
             ("K", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2022) yang Dievaluasi"),
             ("M", "Realisasi Kinerja Pada Triwulan I"), ("O", "Realisasi Kinerja Pada Triwulan II"),
             ("Q", "Realisasi Kinerja Pada Triwulan III"), ("S", "Realisasi Kinerja Pada Triwulan IV"),
             ("U", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"),
             ("W", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)"),
             ("Y", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2022"),
             ("AA", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2022 (%)")]
    for c, h in pairs:
        c2 = col(cidx(c) + 1)
        merge(ws, f"{c}5:{c2}5", h, bold=True)
        put(ws, f"{c}6", "K", bold=True)
        put(ws, f"{c2}6", "Rp", bold=True)
    merge(ws, "AC5:AC6", "Unit PD Penanggung Jawab", bold=True)
    merge(ws, "AD5:AD6", "Ket.", bold=True)
    nums = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14 = 10+11+12+13", "15 = 14/9 x 100",
            "16 = 8 + 14", "17 = 16/7 x 100", "18", "19"]
    letters = ["A", "B", "C", "D", "E", "F", "G", "I", "K", "M", "O", "Q", "S", "U", "W", "Y", "AA", "AC", "AD"]
    for L, n in zip(letters, nums):
        if cidx(L) >= 7 and L not in ("AC", "AD"):
            merge(ws, f"{L}7:{col(cidx(L) + 1)}7", n, italic=True)
        else:
            put(ws, f"{L}7", n, italic=True)
    QW4 = [23, 24, 26, 27]
    renstra = {"B01": 75, "B02": 6, "B03": 45, "B04": 3, "B05": 25, "B06": 45, "B14": 100, "B07": 90, "B13": 100,
               "B13b": 5, "B15": 1, "B09": "Paripurna", "B10": 110000, "B11": 12000, "B12": 45, "B18": 100, "B19": 100,
               "B22": 95, "B23": 100, "B20": "A", "B16": 90_000_000_000, "B17": 100, "B08": 85}
    blocks = [
        ("sas", "Meningkatnya mutu dan akses pelayanan kesehatan rujukan", None, None,
         ["B01", "B02", "B04", "B05", "B06", "B14", "B07"], None),
        ("prog", None, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
         ["B13", "B13b", "B15", "B09"], (41_250_000_000, 9_850_000_000, 10_420_500_000, 10_118_250_000, 9_964_800_000)),
        ("keg", None, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan, Sarana, Prasarana dan Alat Kesehatan untuk UKP Rujukan",
         ["B10", "B11", "B03", "B12", "B18", "B19", "B22", "B23"], (41_250_000_000, 9_850_000_000, 10_420_500_000, 10_118_250_000, 9_964_800_000)),
        ("prog", None, "1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
         ["B20"], (58_600_000_000, 13_204_100_000, 14_017_350_000, 14_552_600_000, 15_108_900_000)),
        ("keg", None, "1.02.01.2.10", "Peningkatan Pelayanan BLUD",
         ["B16", "B17", "B08"], (58_600_000_000, 13_204_100_000, 14_017_350_000, 14_552_600_000, 15_108_900_000)),
    ]
    r = 8
    first_ind = r
    sas_r0 = r
    for kind_, sas, kode, nama, ids, rp in blocks:
        r0 = r
        for j, sid in enumerate(ids):
            t, rv = VAL[sid][Y]
            unit, kind, pol, d = META[sid]
            name = NAMES[sid][Y]
            put(ws, f"E{r}", name, wrap=True, align="left")
            put(ws, f"F{r}", unit)
            rs = renstra[sid]
            fmt = "#,##0" if unit == "Rp" or (not isinstance(t, str) and t >= 1000) else None
            put(ws, f"G{r}", G(rs) if isinstance(rs, str) else N(rs, fmt), align="right")
            prev = VAL[sid].get(2021, (None, None))[1]
            if kind == "flow" and prev is not None:
                prev_v = N(prev, fmt) if unit != "kali" else N(prev, "0.0")
            elif prev is None:
                prev_v = DASH()
            else:
                prev_v = G(prev) if isinstance(prev, str) else N(prev)
            put(ws, f"I{r}", prev_v, align="right")
            # target
            tr_ = {"B02": T("6-9", 6), "B04": T("≤ 3", 3), "B05": T("≤ 25", 25), "B06": T("≤ 45", 45)}
            tv = tr_.get(sid) or (G(t) if isinstance(t, str) else N(t, fmt))
            put(ws, f"K{r}", tv, align="right")
            # quarters
            if isinstance(t, str):
                qs = [DASH(), DASH(), DASH(), G(rv)]
                uv = G(rv)
            elif kind == "flow":
                parts = split_flow(rv, d, QW4)
                qs = [N(p, fmt or ("0.0" if d else None)) for p in parts]
                uv = FM(f"=SUM(M{r},O{r},Q{r},S{r})", rv, fmt or ("0.0" if d else None))
            else:
                qv = [rnd(rv * f, d) for f in ((1.05, 1.02, 0.99, 0.96) if pol < 0 else (0.94, 0.98, 1.02, 1.04))]
                if unit == "%" and pol > 0:
                    qv = [min(v, 100) for v in qv]
                qs = [N(v) for v in qv]
                uv = N(rv)
            if sid == "B17":
                qs = [N(v) for v in (24.1, 49.8, 77.2, 107.66)]
                uv = FM(f"=S{r}", 107.66)
                AG.note(fname, SH, r, "B17 quarters cumulative (24,1 / 49,8 / 77,2 / 107,66); col 14 (U) = S (last quarter), not a sum")
            if sid == "B14":
                uv = FM(f"=S{r}", qs[3].key)
                AG.note(fname, SH, r, f"B14 col 14 (U) is =S{r} (TW IV value {qs[3].key}) - \"Nilai Akhir\" for a percentage")
            if sid == "B16":
                q3 = qs[2].key
                qs[2] = T(idn(q3), q3)
                key = qs[0].key + qs[1].key + qs[3].key
                uv = FM(f"=SUM(M{r},O{r},Q{r},S{r})", key, "#,##0")
                AG.note(fname, SH, r, f"B16 TW III realisasi typed as TEXT \"{idn(q3)}\"; col 14 =SUM(M,O,Q,S) skips it and shows {idn(key)} instead of {idn(rv)}. Keyed AS SHOWN: {key}")
            if sid == "B22":
                uv = N(0)
                AG.note(fname, SH, r, "B22 col 14 (U) TYPED OVER as 0 while the four quarters hold 82-91 % -> keyed AS TYPED 0")
            if sid == "B09":
                qs = [DASH(), DASH(), DASH(), G("Utama")]
                AG.note(fname, SH, r, "B09 accreditation: target \"Paripurna\", TW IV and col 14 \"Utama\" -> null / null")
            if sid == "B20":
                AG.note(fname, SH, r, "B20 grades: target BB, realisasi B -> null / null")
            for c, q in zip("MOQS", qs):
                put(ws, f"{c}{r}", q, align="right")
            put(ws, f"U{r}", uv, align="right")
            if isinstance(t, str):
                put(ws, f"W{r}", "-")
                put(ws, f"Y{r}", G(rv)); put(ws, f"AA{r}", "-")
            else:
                ref = r + 1 if sid == "B10" else r
                if sid in tr_:
                    c = (2 * tv.key - uv.key) / tv.key * 100 if pol < 0 else uv.key / tv.key * 100
                    put(ws, f"W{r}", N(rnd(c, 2), "0.00"), align="right")
                    AG.note(fname, SH, r, f"{sid} target typed as text \"{tv.raw}\" (key {tv.key}); its capaian (W) is typed because a formula on the text gives #VALUE!")
                elif pol < 0:
                    put(ws, f"W{r}", f"=ROUND((2*K{ref}-U{ref})/K{ref}*100,2)", align="right")
                else:
                    put(ws, f"W{r}", f"=ROUND(U{ref}/K{ref}*100,2)", align="right")
                if sid == "B10":
                    AG.note(fname, SH, r, "B10 capaian (col 15, W) formula points at the NEXT row (B11's K/U): 10.944/10.000 = 109,44 instead of 96.537/90.000 = 107,26")
                if kind == "flow":
                    put(ws, f"Y{r}", f"=I{r}+U{r}", align="right")
                else:
                    put(ws, f"Y{r}", f"=U{r}", align="right")
                put(ws, f"AA{r}", f"=IFERROR(ROUND(Y{r}/G{r}*100,2),0)", align="right")
            put(ws, f"AC{r}", "Bidang Pelayanan" if kind_ != "prog" or sid != "B20" else "Bagian Tata Usaha")
            put(ws, f"AD{r}", "")
            AG.key(fname, SH, f"E{r}", Y, sid, name, tv.key, uv.key, one(f"K{r}"), one(f"U{r}"))
            r += 1
        if kind_ in ("prog", "keg"):
            merge(ws, f"C{r0}:C{r - 1}", kode, align="left")
            merge(ws, f"D{r0}:D{r - 1}", nama, wrap=True, align="left", bold=(kind_ == "prog"))
            a, q1, q2, q3, q4 = rp
            put(ws, f"L{r0}", N(a, "#,##0")); put(ws, f"H{r0}", N(a * 5, "#,##0"))
            for c, q in zip("NPRT", (q1, q2, q3, q4)):
                put(ws, f"{c}{r0}", N(q, "#,##0"))
            put(ws, f"V{r0}", f"=SUM(N{r0},P{r0},R{r0},T{r0})")
            ws[f"V{r0}"].number_format = "#,##0"
            put(ws, f"X{r0}", f"=ROUND(V{r0}/L{r0}*100,2)")
            AG.note(fname, SH, r0, f"{'programme' if kind_ == 'prog' else 'kegiatan'} {kode}: its name (merged C/D) and the Rp columns sit on the same row as its first indicator; the name and the budget are not keyed, the indicator in col E is")
        else:
            merge(ws, f"B{r0}:B{r - 1}", sas, wrap=True, align="left")
            merge(ws, f"A{r0}:A{r - 1}", 1)
    merge(ws, f"A{first_ind + 7}:A{r - 1}", 2)
    last_row = r - 1
    r += 1
    put(ws, f"E{r}", "Rata-rata Capaian Kinerja (%)", bold=True)
    put(ws, f"W{r}", f"=ROUND(AVERAGE(W8:W{last_row}),1)")
    put(ws, f"E{r + 1}", "Predikat Kinerja", bold=True)
    put(ws, f"W{r + 1}", "Sangat Tinggi")
    AG.note(fname, SH, r, "average and predikat rows - not key rows")
    for i, (h, t) in enumerate([("Faktor pendorong", "Meningkatnya kunjungan pasien BPJS dan beroperasinya gedung rawat inap baru."),
                                ("Faktor penghambat", "Kekurangan tenaga dokter spesialis anestesi; akreditasi belum Paripurna."),
                                ("Tindak lanjut yang diperlukan dalam Triwulan berikutnya", "-"),
                                ("Tindak lanjut yang diperlukan dalam Renja berikutnya", "Pemenuhan dokumen survei akreditasi ulang.")]):
        put(ws, f"B{r + 3 + i}", h, border=False, align="left")
        put(ws, f"E{r + 3 + i}", ": " + t, border=False, align="left")
    rs_ = r + 8
    put(ws, f"D{rs_}", "Disusun", border=False); put(ws, f"S{rs_}", "Dievaluasi", border=False)
    for i, t in enumerate(["Teluk Sembilang, 16 Januari 2023", "DIREKTUR RSUD", "", "", "dr. MARGARETHA SIHOMBING-WIDJAYA, Sp.PD, M.Kes", "NIP. 19750923 200212 2 004"]):
        put(ws, f"D{rs_ + 1 + i}", t, border=False)
    for i, t in enumerate(["Teluk Sembilang, 20 Januari 2023", "KEPALA BAPPEDA KOTA TELUK SEMBILANG", "", "", "Ir. BONIFASIUS RAHARDJA TAMBUNAN, M.T.", "NIP. 19690117 199503 1 002"]):
        put(ws, f"S{rs_ + 1 + i}", t, border=False)
    AG.doc(fname, SH, f"Permendagri 86/2017 form E.81 (Triwulan IV). Title rows 1-4; header rows 5 (labels, each K/Rp "
           f"pair merged) and 6 (K | Rp), numbered row 7 with the rules \"14 = 10+11+12+13\", \"15 = 14/9 x 100\", "
           f"\"16 = 8 + 14\", \"17 = 16/7 x 100\" (a Kode and a Satuan column are numbered, so every number is shifted). "
           f"Data rows 8-{last_row}: sasaran-level IKU rows 8-14 (col B merged), then programme 1.02.02 with its "
           f"indicators, its kegiatan, programme 1.02.01 and its kegiatan (Kode in C, name in D, both merged over their "
           f"indicator rows; budget in the Rp columns of their first row). Columns: E indikator, F satuan, G/H Renstra "
           f"2026, I/J realisasi s.d. 2021, K/L target 2022, M..T TW I-IV K/Rp, U/V col 14, W/X col 15, Y/Z col 16, "
           f"AA/AB col 17, AC unit, AD ket. Key: target = K, realisasi = U (col 14). Below: average, predikat, "
           f"faktor pendorong/penghambat, tindak lanjut, signatures \"Disusun\" and \"Dievaluasi\".")
    AG.note(fname, SH, 8, "Rates (BOR, LOS, TOI, NDR, GDR, kepuasan, HAIs ...) have col 14 TYPED as the annual value (not the mean and not the last quarter of M/O/Q/S); flows (BTO, kunjungan, pasien, pendapatan) have =SUM(M,O,Q,S)")
    ws.page_setup.orientation = "landscape"
    wb.save(raw)


# =================================================================== 2023: LKjIP (ods)
def y2023():
    fname = "LKjIP RSUD 2023 Tabel Capaian.ods"
    raw = AG.file(fname)
    wb = Workbook()
    ws = wb.active
    SH = "Tabel 3.1"
    ws.title = SH
    Y = 2023
    widths(ws, {"A": 5, "B": 26, "C": 46, "D": 10, "E": 15, "F": 15, "G": 17, "H": 17, "I": 11, "J": 15, "K": 12, "L": 20})
    title(ws, 1, "Tabel 3.1 Capaian Indikator Kinerja RSUD Kota Teluk Sembilang Tahun 2023", 12)
    title(ws, 2, "(dibandingkan dengan realisasi tahun 2021, 2022 dan target akhir Renstra 2026)", 12, bold=False)
    merge(ws, "A4:A5", "No", bold=True)
    merge(ws, "B4:B5", "Sasaran Strategis", bold=True)
    merge(ws, "C4:C5", "Indikator Kinerja", bold=True)
    merge(ws, "D4:D5", "Satuan", bold=True)
    merge(ws, "E4:F4", "Realisasi", bold=True)
    put(ws, "E5", "2021", bold=True); put(ws, "F5", "2022", bold=True)
    merge(ws, "G4:I4", "Tahun 2023", bold=True)
    put(ws, "G5", "Target", bold=True); put(ws, "H5", "Realisasi", bold=True); put(ws, "I5", "Capaian (%)", bold=True)
    merge(ws, "J4:J5", "Target Akhir Renstra (2026)", bold=True)
    merge(ws, "K4:K5", "Capaian thd Renstra (%)", bold=True)
    merge(ws, "L4:L5", "Keterangan", bold=True)
    for i in range(12):
        put(ws, f"{col(i + 1)}6", f"({i + 1})", italic=True)
    plan = [("Meningkatnya efisiensi pelayanan rawat inap", ["B01", "B02", "B03", "B04", "B05", "B06"]),
            ("Meningkatnya mutu pelayanan rumah sakit", ["B14", "B13", "B13b", "B15", "B18", "B19", "B22", "B12", "B09", "B07b"]),
            ("Meningkatnya cakupan dan kemandirian BLUD", ["B10", "B11", "B16", "B17", "B08", "B21"]),
            ("Meningkatnya akuntabilitas kinerja", ["B20"])]
    pctcells = {"B08", "B14", "B22", "B17", "B13"}
    renstra = {"B01": 75, "B02": 6, "B03": 45, "B04": 3, "B05": 25, "B06": 45, "B14": 100, "B13": 100, "B13b": 5,
               "B15": 1, "B18": 100, "B19": 100, "B22": 95, "B12": 45, "B07b": 85, "B10": 110000, "B11": 12000,
               "B16": 90_000_000_000, "B17": 100, "B08": 85, "B21": 30}
    r = 7
    no = 0
    for sas, ids in plan:
        r0 = r
        for sid in ids:
            no += 1
            t, rv = VAL[sid][Y]
            unit, kind, pol, d = META[sid]
            put(ws, f"A{r}", no)
            name = NAMES[sid][Y]
            put(ws, f"C{r}", name, wrap=True, align="left")
            put(ws, f"D{r}", unit)
            fmt = "#,##0" if unit == "Rp" or (not isinstance(t, str) and t >= 1000) else None
            for c, y in (("E", 2021), ("F", 2022)):
                pv = VAL[sid].get(y, (None, None))[1]
                if pv is None:
                    v = DASH()
                elif isinstance(pv, str):
                    v = G(pv)
                elif sid in pctcells:
                    v = P(pv, "0.00%")
                else:
                    v = N(pv, fmt)
                put(ws, f"{c}{r}", v, align="right")
            ket = ""
            if isinstance(t, str):
                tv, rvv, cap = G(t), G(rv), T("100", None)
            else:
                if sid in pctcells:
                    tv, rvv = P(t, "0%"), P(rv, "0.0%" if sid != "B17" else "0.00%")
                else:
                    tv, rvv = N(t, fmt), N(rv, fmt)
                if sid in pctcells:
                    cap = f"=ROUND(H{r}/G{r}*100,2)"
                else:
                    cap = f"=ROUND((2*G{r}-H{r})/G{r}*100,2)" if pol < 0 else f"=ROUND(H{r}/G{r}*100,2)"
            if sid in ("B01", "B03", "B04"):
                tv = T({"B01": "65-85", "B03": "40-50", "B04": "1-3"}[sid], t)
                cap = T(idn(rnd(rv / t * 100, 2)) if pol > 0 else idn(rnd((2 * t - rv) / t * 100, 2)), None)
                AG.note(fname, SH, r, f"{sid} target typed as a RANGE \"{tv.raw}\" -> key lower bound {t}; capaian typed")
            if sid == "B05":
                cap = f"=ROUND(H{r}/G{r}*100,2)"
                AG.note(fname, SH, r, "B05 NDR is NEGATIVE; capaian uses the positive formula H/G*100 = 91,2 (true (2x25-22,8)/25 = 108,8)")
            if sid == "B10":
                tv = N(950000, "#,##0")
                AG.note(fname, SH, r, "B10 target typed 10x: 950.000 instead of 95.000 -> keyed AS TYPED 950000 (capaian formula 11,04)")
            if sid == "B18":
                rvv = N(0.925, "General")
                ket = "data SIMRS"
                AG.note(fname, SH, r, "B18 realisasi typed as the FRACTION 0,925 in a General cell (target 100 in the same column) -> keyed AS TYPED 0.925; capaian formula gives 0,93")
            if sid == "B21":
                rvv = T("23 orang", 23)
                tv = T("24 orang", 24)
                cap = T("95,83", None)
                AG.note(fname, SH, r, "B21 target / realisasi typed as text \"24 orang\" / \"23 orang\"")
            if sid == "B16":
                cap = T("106,60", None)
                AG.note(fname, SH, r, "B16 capaian TYPED 106,60 while 81.447.120.500 / 75.000.000.000 = 108,60")
            if sid in pctcells:
                AG.note(fname, SH, r, f"{sid}: target/realisasi (and 2021/2022) are fractions in %-formatted cells -> key in points")
            if sid in ("B09", "B20"):
                AG.note(fname, SH, r, f"{sid}: grades -> null / null")
            if sid == "B07b":
                AG.note(fname, SH, r, "B07b IKM (index 0-100, Permenpan 14/2017) replaces B07 \"kepuasan pasien (%)\" this year - listed as ambiguous")
            put(ws, f"G{r}", tv, align="right")
            put(ws, f"H{r}", rvv, align="right")
            put(ws, f"I{r}", cap, align="right")
            rs = renstra.get(sid)
            if rs is None:
                put(ws, f"J{r}", "A" if sid == "B20" else "Paripurna"); put(ws, f"K{r}", "-")
            else:
                put(ws, f"J{r}", P(rs, "0%") if sid in pctcells else N(rs, fmt), align="right")
                if sid in ("B21", "B18"):
                    put(ws, f"K{r}", "-")
                else:
                    put(ws, f"K{r}", f"=ROUND(H{r}/J{r}*100,2)", align="right")
            put(ws, f"L{r}", ket)
            AG.key(fname, SH, f"C{r}", Y, sid, name, tv.key, rvv.key, one(f"G{r}"), one(f"H{r}"))
            r += 1
        merge(ws, f"B{r0}:B{r - 1}", sas, wrap=True, align="left")
    last_row = r - 1
    put(ws, f"C{r}", "Rata-rata capaian", bold=True)
    put(ws, f"I{r}", f"=ROUND(AVERAGE(I7:I{last_row}),2)")
    AG.note(fname, SH, r, "average row - not a key row")
    sign(ws, r + 2, "H", "28 Februari 2024")
    AG.doc(fname, SH, f"LKjIP chapter III table. Title rows 1-2; TWO header rows 4-5 (Realisasi 2021 | 2022, Tahun 2023 "
           f"Target | Realisasi | Capaian, Target Akhir Renstra 2026, Capaian thd Renstra, Ket.); numbered row 6; data rows "
           f"7-{last_row} with Sasaran merged in col B; average row and signature below. Only G (target 2023) / H "
           f"(realisasi 2023) are keyed.")
    wh = wb.create_sheet("Tabel 3.1 (lama)")
    put(wh, "A1", "Versi sebelum reviu Inspektorat", border=False)
    put(wh, "A3", "Angka Penggunaan Tempat Tidur (BOR)"); put(wh, "B3", 65); put(wh, "C3", 71.8)
    put(wh, "A4", "Rata-rata Lama Dirawat (LOS)"); put(wh, "B4", 6); put(wh, "C4", 4.4)
    wh.sheet_state = "hidden"
    AG.doc(fname, "Tabel 3.1 (lama)", "HIDDEN pre-review version - not keyed.")
    wc = wb.create_sheet("Catatan")
    for i, t in enumerate(["Catatan:", "1. Mulai 2023 kepuasan pasien diukur dengan IKM (Permenpan RB 14/2017).",
                           "2. Indikator kepatuhan identifikasi pasien digabung ke capaian SPM.",
                           "3. NDR dan GDR dalam permil (per 1.000 pasien keluar)."]):
        put(wc, f"A{1 + i}", t, border=False, align="left")
    AG.doc(fname, "Catatan", "Notes sheet - not keyed.")
    wb.save(raw)


# =================================================================== 2024: English header (xlsx)
def y2024():
    fname = "BLUD Performance Report RSUD 2024.xlsx"
    raw = AG.file(fname)
    wb = Workbook()
    ws = wb.active
    SH = "Performance 2024"
    ws.title = SH
    Y = 2024
    widths(ws, {"A": 5, "B": 50, "C": 11, "D": 18, "E": 18, "F": 16, "G": 34})
    title(ws, 1, "RSUD KOTA TELUK SEMBILANG", 7)
    title(ws, 2, "BLUD PERFORMANCE REPORT - FISCAL YEAR 2024", 7)
    title(ws, 3, "(Laporan Kinerja BLUD Tahun 2024)", 7, bold=False)
    for i, h in enumerate(["No", "Performance Indicator", "Unit", "Target", "Actual", "Achievement (%)", "Remarks"]):
        put(ws, f"{col(i + 1)}5", h, bold=True, align="center")
    groups = [("A. SERVICE EFFICIENCY", ["B01", "B02", "B03", "B04", "B05", "B06"]),
              ("B. SERVICE QUALITY", ["B14", "B13", "B15", "B18", "B22", "B23", "B12", "B09"]),
              ("C. PATIENT EXPERIENCE", ["B07", "B07b"]),
              ("D. FINANCIAL PERFORMANCE", ["B16", "B08", "B10", "B11"]),
              ("E. GOVERNANCE & HUMAN RESOURCES", ["B21", "B20"])]
    units = {"B05": "‰", "B06": "‰", "B12": "minutes", "B02": "days", "B04": "days", "B03": "times",
             "B10": "visits", "B11": "patients", "B21": "persons", "B16": "IDR", "B07b": "index", "B09": "grade", "B20": "grade"}
    r = 6
    no = 0
    for g, ids in groups:
        merge(ws, f"A{r}:G{r}", g, bold=True, align="left")
        AG.note(fname, SH, r, f"group row \"{g}\" - not a key row")
        r += 1
        for sid in ids:
            no += 1
            t, rv = VAL[sid][Y]
            unit, kind, pol, d = META[sid]
            put(ws, f"A{r}", no)
            name = NAMES[sid][Y]
            put(ws, f"B{r}", name, wrap=True, align="left")
            put(ws, f"C{r}", units.get(sid, unit))
            fmt = "#,##0" if unit == "Rp" or (not isinstance(t, str) and t >= 1000) else None
            rem = ""
            if isinstance(t, str):
                tv, rvv = G(t), G(rv)
                ach = T("-", None) if sid == "B20" else N(1, "General")
                rem = "accreditation survey Nov 2023 (valid 4 yrs)" if sid == "B09" else "below target grade (A)"
            else:
                tv, rvv = N(t, fmt), N(rv, fmt)
                ach = f"=ROUND((2*D{r}-E{r})/D{r},4)" if pol < 0 else f"=ROUND(E{r}/D{r},4)"
            if sid == "B08":
                tv, rvv = P(t, "0%"), P(rv, "0.0%")
                AG.note(fname, SH, r, "B08 target/actual are fractions in %-formatted cells (0,78 / 0,815) -> key 78 / 81.5")
            if sid == "B02":
                tv = T("≤ 6", 6)
                AG.note(fname, SH, r, "B02 target typed \"≤ 6\" (key 6); its achievement formula on the text shows #VALUE! (left as is)")
            if sid == "B07":
                rvv = T("88,4 %", 88.4)
                ach = N(1.04, "General")
                AG.note(fname, SH, r, "B07 actual typed as text \"88,4 %\" -> 88.4; achievement typed 1,04 (fraction)")
            if sid == "B13":
                rvv = T("100%", 100)
                tv = T("100%", 100)
                ach = N(1, "General")
            if sid in ("B02", "B04", "B05", "B06", "B12", "B15"):
                AG.note(fname, SH, r, f"{sid} negative indicator marked ONLY by the arrow \"↓\" at the end of its name; achievement =(2D-E)/D")
            put(ws, f"D{r}", tv, align="right")
            put(ws, f"E{r}", rvv, align="right")
            put(ws, f"F{r}", ach, align="right")
            if isinstance(ach, str):
                ws[f"F{r}"].number_format = "General"
            put(ws, f"G{r}", rem, wrap=True, align="left")
            AG.key(fname, SH, f"B{r}", Y, sid, name, tv.key, rvv.key, one(f"D{r}"), one(f"E{r}"))
            r += 1
    last_row = r - 1
    AG.note(fname, SH, 7, "Achievement column F holds FRACTIONS in General cells (=ROUND(E/D,4): 1,0657 for 106,57 %) under the header \"Achievement (%)\"")
    put(ws, f"B{r + 1}", "Prepared by: Bagian Perencanaan & Evaluasi - RSUD Kota Teluk Sembilang", border=False, align="left")
    sign(ws, r + 3, "E", "14 January 2025")
    AG.doc(fname, SH, f"ENGLISH header row 5 \"No | Performance Indicator | Unit | Target | Actual | Achievement (%) | "
           f"Remarks\"; title rows 1-3; five English group rows (A. SERVICE EFFICIENCY ...) and 22 data rows between "
           f"rows 7 and {last_row}; names stay Indonesian or use the hospitals' English terms; negatives marked by \"↓\".")
    wn = wb.create_sheet("Notes")
    for i, t in enumerate(["Notes:", "1. Achievement = Actual / Target (for ↓ indicators: (2 x Target - Actual) / Target).",
                           "2. NDR/GDR per 1,000 discharges.", "3. IKM measured by an independent surveyor (Permenpan RB 14/2017).",
                           "4. Revenue in IDR, audited figures."]):
        put(wn, f"A{1 + i}", t, border=False, align="left")
    AG.doc(fname, "Notes", "Notes sheet - not keyed.")
    wc = wb.create_sheet("calc")
    put(wc, "A1", "CRR"); put(wc, "B1", "=71215000000/87380000000")
    wc.sheet_state = "hidden"
    AG.doc(fname, "calc", "HIDDEN helper - not keyed.")
    wb.save(raw)


def build():
    y2021()
    y2022()
    y2023()
    y2024()
    return AG
