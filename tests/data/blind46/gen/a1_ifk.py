"""Agency 1: UPTD Instalasi Farmasi, Dinas Kesehatan Kabupaten Sungai Rindang (invented).
Years 2018-2021.  Files:
  PK dan Capaian IFK 2018-2019.xlsx  (sheets PK 2018, Capaian 2019, hidden draft, Catatan)
  Renaksi IFK 2020.ods               (quarterly Rencana Aksi, no annual realisasi column)
  LAPORAN BULANAN IFK 2021.xls       (monthly sheet + hidden 2020 recap + notes sheet)
"""
from common import *

SLUG = "uptd_ifk_sungai_rindang"
AGENCY = "UPTD Instalasi Farmasi Dinas Kesehatan Kabupaten Sungai Rindang"
YEARS = [2018, 2019, 2020, 2021]

# id: unit, polarity, kind (flow / level / grade), sasaran no., {year: (name, target, realisasi)}
IND = {
    "F01": ("%", "+", "level", 1, {
        2018: ("Persentase ketersediaan obat di Puskesmas", 90, 91.4),
        2019: ("Prosentase Ketersediaan Obat di Puskesmas", 92, 93.2),
        2020: ("Persentase Ketersediaan Obat di PKM", 93, 88.7),
        2021: ("1. Ketersediaan obat di puskesmas (%)", 95, 95.6)}),
    "F02": ("%", "+", "level", 1, {
        2018: ("Persentase ketersediaan 20 item obat indikator", 95, 96.5),
        2019: ("Persentase ketersediaan 20 item obat indikator di IFK", 95, 97.0)}),
    "F02b": ("%", "+", "level", 1, {
        2020: ("Persentase ketersediaan 40 item obat esensial", 85, 87.5),
        2021: ("2. Persentase Ketersediaan 40 Item Obat Esensial di Puskesmas", 90, 92.5)}),
    "F16": ("%", "+", "level", 1, {
        2018: ("Persentase ketersediaan vaksin IDL", 100, 100),
        2019: ("Persentase ketersediaan vaksin Imunisasi Dasar Lengkap (IDL)", 100, 98.5),
        2020: ("Persentase Ketersediaan Vaksin Imunisasi Dasar", 100, 95.2),
        2021: ("3. Ketersediaan vaksin imunisasi dasar lengkap di Puskesmas", 100, 100)}),
    "F23": ("item", "+", "level", 1, {
        2018: ("Jumlah item obat yang tersedia di gudang IFK", 250, 243),
        2019: ("Jumlah jenis obat tersedia di IFK", 260, 268)}),
    "F24": ("vial", "+", "flow", 1, {
        2018: ("Jumlah vaksin yang didistribusikan (vial)", 12000, 11846),
        2019: ("Jumlah vial vaksin yang didistribusikan", 12500, 12730),
        2020: ("Jumlah Vaksin Didistribusikan ke Puskesmas", 13000, 10215),
        2021: ("4. Jumlah vaksin yang didistribusikan ke Puskesmas dan RS (vial)", 13500, 13902)}),
    "F11": ("kali", "+", "flow", 1, {
        2018: ("Jumlah distribusi obat ke Puskesmas", 12, 12),
        2019: ("Frekuensi distribusi obat ke Puskesmas", 12, 12),
        2020: ("Jumlah pendistribusian obat dan BMHP ke Puskesmas", 24, 22),
        2021: ("5. Frekuensi pendistribusian obat ke Puskesmas (kali)", 24, 24)}),
    "F17": ("dokumen", "+", "flow", 1, {
        2018: ("Tersusunnya dokumen perencanaan kebutuhan obat", 1, 1),
        2019: ("Jumlah dokumen RKO", 1, 1),
        2020: ("Jumlah dokumen Rencana Kebutuhan Obat (RKO) yang disusun", 1, 1),
        2021: ("6. Dokumen RKO Kabupaten", 1, 1)}),
    "F03": ("%", "-", "level", 2, {
        2018: ("Persentase obat rusak dan kadaluarsa", 2, 1.6),
        2019: ("Persentase obat rusak/kedaluwarsa", 2, 2.4)}),
    "F03b": ("%", "-", "level", 2, {
        2020: ("Persentase obat kedaluwarsa", 1.5, 1.2),
        2021: ("7. Persentase obat kadaluwarsa di gudang IFK", 1.5, 0.9)}),
    "F20": ("%", "-", "level", 2, {
        2020: ("Persentase obat rusak", 0.5, 0.3),
        2021: ("8. Persentase obat rusak di gudang IFK", 0.5, 0.6)}),
    "F04": ("item", "-", "flow", 2, {
        2019: ("Jumlah item obat kedaluwarsa", 25, 31),
        2020: ("Jumlah item obat yang kedaluwarsa", 20, 18),
        2021: ("9. Jumlah Item Obat Kadaluwarsa (item)", 20, 12)}),
    "F08": ("hari", "-", "level", 2, {
        2018: ("Rata-rata waktu distribusi obat ke Puskesmas (hari)", 3, 2.8),
        2019: ("Rata - rata waktu tunggu distribusi obat ke Puskesmas", 3, 3.4),
        2020: ("Waktu rata-rata distribusi obat ke Puskesmas", 2.5, 2.5),
        2021: ("10. Rata2 waktu tunggu distribusi obat ke puskesmas", 2, 1.9)}),
    "F09": ("%", "+", "level", 2, {
        2018: ("Persentase kesesuaian item obat yang tersedia dengan\nFormularium Nasional (Fornas)", 80, 82.3),
        2019: ("Persentase kesesuaian obat dgn FORNAS", 85, 86.0),
        2020: ("Persentase Kesesuaian Item Obat dengan Formularium Nasional", 85, 84.1),
        2021: ("11. Kesesuaian item obat dengan Fornas (%)", 90, 91.2)}),
    "F10": ("%", "+", "level", 2, {
        2018: ("Persentase Puskesmas yang menyampaikan LPLPO tepat waktu", 85, 87.5),
        2019: ("Prosentase Puskesmas yg menyampaikan LPLPO tepat waktu", 90, 93.75),
        2020: ("Persentase Puskesmas yang menyampaikan Laporan Pemakaian dan Lembar Permintaan Obat (LPLPO) tepat waktu", 90, 81.25),
        2021: ("12. Persentase Puskesmas yang menyampaikan Laporan Pemakaian dan Lembar Permintaan Obat tepat waktu", 95, 100)}),
    "F13": ("%", "+", "level", 2, {
        2018: ("Persentase kesesuaian stok fisik dengan kartu stok", 95, 96.2),
        2019: ("Persentase kesesuaian antara stok fisik obat dan kartu stok", 95, 97.4),
        2020: ("Kesesuaian stok fisik obat dengan kartu stok", 98, 98.5),
        2021: ("13. Persentase kesesuaian stok fisik obat dengan kartu stok (stock opname)", 98, 99.1)}),
    "F18": ("%", "+", "level", 2, {
        2020: ("Persentase pemantauan suhu cold chain vaksin sesuai standar (2-8°C)", 100, 97.3),
        2021: ("14. Persentase suhu penyimpanan vaksin sesuai standar 2 - 8 °C", 100, 99.2)}),
    "F22": ("%", "+", "level", 2, {
        2020: ("Persentase pengadaan obat melalui e-Katalog", 70, 74.6),
        2021: ("15. Persentase pengadaan obat melalui e-purchasing (e-katalog)", 80, 83.9)}),
    "F05": ("%", "+", "level", 3, {
        2018: ("Persentase Penggunaan Obat Generik", 90, 94.1),
        2019: ("Persentase penggunaan obat generik di Puskesmas", 90, 95.3),
        2020: ("Penggunaan obat generik di Puskesmas", 92, 96.0),
        2021: ("16. % penggunaan obat generik di puskesmas", 95, 96.8)}),
    "F06": ("%", "+", "level", 3, {
        2018: ("Persentase Puskesmas yang melaksanakan pelayanan kefarmasian sesuai standar", 60, 62.5),
        2019: ("Prosentase Puskesmas yg melaksanakan pelayanan kefarmasian sesuai standar", 70, 75),
        2020: ("Persentase PKM yang melaksanakan pelayanan kefarmasian sesuai standar", 80, 81.25),
        2021: ("17. Persentase Puskesmas dengan pelayanan kefarmasian sesuai standar", 85, 87.5)}),
    "F07": ("Puskesmas", "+", "level", 3, {
        2018: ("Jumlah Puskesmas yang melaksanakan pelayanan kefarmasian sesuai standar", 10, 10),
        2019: ("Jumlah Puskesmas yg melaksanakan pelayanan kefarmasian sesuai standar", 11, 12),
        2021: ("18. Jumlah Puskesmas dengan pelayanan kefarmasian sesuai standar (Puskesmas)", 14, 14)}),
    "F12": ("sarana", "+", "flow", 3, {
        2018: ("Jumlah apotek dan toko obat yang dibina", 40, 42),
        2019: ("Jumlah apotek & toko obat yg dibina", 45, 47),
        2020: ("Jumlah sarana kefarmasian (apotek, toko obat) yang dibina", 30, 18),
        2021: ("19. Jumlah Apotek dan Toko Obat yang Dibina dan Diawasi", 45, 46)}),
    "F19": ("orang", "+", "flow", 3, {
        2019: ("Jumlah tenaga farmasi yang dilatih", 16, 16),
        2020: ("Jumlah tenaga kefarmasian yang mengikuti pelatihan", 20, 0),
        2021: ("20. Jumlah Tenaga Kefarmasian Puskesmas yang Dilatih", 16, 18)}),
    "F14": ("predikat", "+", "grade", 4, {
        2018: ("Nilai SAKIP UPTD Instalasi Farmasi", "B", "BB"),
        2019: ("Hasil evaluasi AKIP UPTD", "BB", "BB"),
        2020: ("Nilai evaluasi SAKIP UPTD", "BB", "BB"),
        2021: ("21. Nilai SAKIP UPTD IFK", "BB", "A")}),
    "F15": ("nilai", "+", "level", 4, {
        2018: ("Indeks Kepuasan Masyarakat (IKM)", 75, 77.35),
        2019: ("Nilai IKM pelayanan Instalasi Farmasi", 78, 79.10),
        2020: ("IKM", 80, 80.42),
        2021: ("22. Indeks Kepuasan Masyarakat terhadap pelayanan IFK", 82, 83.05)}),
    "F21": ("%", "+", "level", 4, {
        2018: ("Persentase serapan anggaran", 95, 92.4),
        2019: ("Persentase realisasi anggaran UPTD IFK", 95, 96.8),
        2021: ("23. Serapan anggaran (%)", 95, 94.3)}),
}

SASARAN = {
    2018: {1: "Meningkatnya ketersediaan obat, vaksin dan perbekalan kesehatan di fasilitas pelayanan kesehatan dasar",
           2: "Meningkatnya mutu pengelolaan obat dan perbekalan kesehatan",
           3: "Meningkatnya penggunaan obat rasional dan pelayanan kefarmasian sesuai standar",
           4: "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan UPTD"},
    2019: {1: "Meningkatnya ketersediaan obat dan vaksin di Puskesmas",
           2: "Meningkatnya mutu pengelolaan obat & perbekalan kesehatan",
           3: "Meningkatnya penggunaan obat rasional dan pelayanan kefarmasian yang sesuai standar",
           4: "Meningkatnya akuntabilitas kinerja UPTD"},
}
SASARAN[2020] = SASARAN[2018]
SASARAN[2021] = {1: "SASARAN 1 : Meningkatnya ketersediaan obat, vaksin dan BMHP di fasilitas kesehatan dasar",
                 2: "SASARAN 2 : Meningkatnya mutu pengelolaan obat dan perbekalan kesehatan",
                 3: "SASARAN 3 : Meningkatnya penggunaan obat rasional dan pelayanan kefarmasian sesuai standar",
                 4: "SASARAN 4 : Meningkatnya akuntabilitas kinerja dan kualitas pelayanan UPTD"}

ORDER = ["F01", "F02", "F02b", "F16", "F23", "F24", "F11", "F17", "F03", "F03b", "F20", "F04", "F08",
         "F09", "F10", "F13", "F18", "F22", "F05", "F06", "F07", "F12", "F19", "F14", "F15", "F21"]


def ids_of(year):
    return [i for i in ORDER if year in IND[i][4]]


def sig(ws, r, col, year, place_date):
    txt(ws, f"{col}{r}", place_date)
    txt(ws, f"{col}{r+1}", "Kepala UPTD Instalasi Farmasi")
    txt(ws, f"{col}{r+2}", "Dinas Kesehatan Kabupaten Sungai Rindang")
    txt(ws, f"{col}{r+6}", "apt. NURHASANAH LUBIS, S.Farm", bold=True)
    txt(ws, f"{col}{r+7}", "Penata Tk. I (III/d)")
    txt(ws, f"{col}{r+8}", "NIP. 19790314 200501 2 008")


# ======================================================= 2018 + 2019 (xlsx)
def sheet_2018(bk):
    Y = 2018
    ws = bk.sheet("PK 2018", "Annual Pengukuran Kinerja 2018: one header row (row 6), merged Sasaran cells, "
                  "Target | Satuan | Realisasi | Satuan | Capaian (%) formula | Keterangan; budget lines and signature below.")
    widths(ws, {"A": 5, "B": 34, "C": 48, "D": 10, "E": 10, "F": 10, "G": 10, "H": 11, "I": 22})
    for r, s in [(1, "PENGUKURAN KINERJA"), (2, "UPTD INSTALASI FARMASI DINAS KESEHATAN"),
                 (3, "KABUPATEN SUNGAI RINDANG"), (4, "TAHUN 2018")]:
        merge(ws, r, 1, r, 9, s, bold=True)
    heads = ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Satuan",
             "Capaian (%)", "Keterangan"]
    for i, h in enumerate(heads):
        c = ws.cell(6, i + 1, h); c.font = BOLD; c.alignment = CENTER; c.border = BORDER; c.fill = HEADFILL
    r = 7
    no = 0
    ids = ids_of(Y)
    groups = {}
    for i in ids:
        groups.setdefault(IND[i][3], []).append(i)
    for s, members in groups.items():
        start = r
        for i in members:
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            no += 1
            put(ws, f"A{r}", no, align=CENTER)
            put(ws, f"C{r}", name, align=WRAP)
            if i == "F21":
                tk = put(ws, f"D{r}", pc(T, "0.0%"))
                rk = put(ws, f"F{r}", pc(R, "0.0%"))
                bk.note(ws, r, "F21 target/realisasi are %-formatted cells holding fractions (0.95, 0.924) while "
                               "every other % row is typed in percent points; key 95 / 92.4.")
            elif i == "F14":
                tk = put(ws, f"D{r}", grade(T)); rk = put(ws, f"F{r}", grade(R))
            elif i == "F13":
                tk = put(ws, f"D{r}", n(950)); rk = put(ws, f"F{r}", n(R))
                bk.note(ws, r, "F13 target typed 950 (10x the real 95 %); keyed as typed 950; capaian formula gives 10,13.")
            else:
                tk = put(ws, f"D{r}", n(T)); rk = put(ws, f"F{r}", n(R))
            put(ws, f"E{r}", unit if unit != "predikat" else "")
            put(ws, f"G{r}", unit if unit != "predikat" else "")
            # capaian
            if i == "F14":
                put(ws, f"H{r}", 100)
                bk.note(ws, r, "F14 grade row: target 'B', realisasi 'BB', capaian typed 100 -> key null/null.")
            elif i == "F15":
                put(ws, f"H{r}", n(101.2, "0.00"))
                bk.note(ws, r, "F15 capaian typed 101,20 but 77,35 / 75 = 103,13 (typed capaian disagrees).")
            elif i == "F10":
                put(ws, f"H{r}", C(f"=F{r}/D{r-1}*100", "0.00"))
                bk.note(ws, r, f"F10 capaian formula =F{r}/D{r-1}*100 points at the target of the row above (wrong row).")
            elif i == "F03":
                put(ws, f"H{r}", C(f"=F{r}/D{r}*100", "0.00"))
                bk.note(ws, r, "F03 is a negative indicator (obat rusak/kadaluarsa, lower is better) but its capaian uses "
                               "the positive formula =F/D*100 (80 instead of 120).")
            elif pol == "-":
                put(ws, f"H{r}", C(f"=(2*D{r}-F{r})/D{r}*100", "0.00"))
            else:
                put(ws, f"H{r}", C(f"=F{r}/D{r}*100", "0.00"))
            put(ws, f"I{r}", "")
            bk.key(ws, r, Y, f"C{r}", i, f"D{r}", {"cell": f"F{r}"}, tk, rk)
            r += 1
            if i == "F17":
                # duplicated row (second copy not keyed)
                put(ws, f"A{r}", no + 1, align=CENTER)
                put(ws, f"C{r}", name, align=WRAP)
                put(ws, f"D{r}", n(T)); put(ws, f"E{r}", unit); put(ws, f"F{r}", n(R)); put(ws, f"G{r}", unit)
                put(ws, f"H{r}", C(f"=F{r}/D{r}*100", "0.00")); put(ws, f"I{r}", "")
                bk.note(ws, r, "Duplicate of the F17 row above (same name and figures, numbered on); second copy is NOT a key row. "
                               "The numbering in column A continues from it.")
                no += 1
                r += 1
        merge(ws, start, 2, r - 1, 2, SASARAN[Y][s], align=WRAP)
        box(ws, start, 2, r - 1, 2)
    last = r - 1
    r += 1
    txt(ws, f"B{r}", "Jumlah Anggaran Tahun 2018")
    txt(ws, f"C{r}", ": Rp. 1.245.600.000,-")
    txt(ws, f"B{r+1}", "Jumlah Realisasi Anggaran Tahun 2018")
    txt(ws, f"C{r+1}", ": Rp. 1.150.870.500,-")
    bk.note(ws, r, "Budget lines (not key rows).")
    sig(ws, r + 3, "F", Y, "Sungai Rindang, 31 Desember 2018")
    bk.note(ws, r + 3, "Place/date and signature block (not key rows).")
    return last


# values of 2018 as reported again in 2019's "Realisasi 2018" column (F05 differs on purpose)
def sheet_2019(bk):
    Y = 2019
    ws = bk.sheet("Capaian 2019", "Annual capaian 2019 with TWO header rows (5-6) and a numbered column row (7): "
                  "No | Sasaran | Indikator Kinerja | Realisasi 2018 | Tahun 2019 {Target | Realisasi | % Capaian} | Keterangan. "
                  "All figures are TEXT with the unit in the same cell ('93,2 %', '12.730 vial'). Only 2019 is keyed.")
    widths(ws, {"A": 5, "B": 30, "C": 46, "D": 14, "E": 14, "F": 14, "G": 10, "H": 24})
    merge(ws, 1, 1, 1, 8, "PENGUKURAN KINERJA TAHUN 2019", bold=True)
    merge(ws, 2, 1, 2, 8, "UPTD INSTALASI FARMASI KAB. SUNGAI RINDANG", bold=True)
    txt(ws, "A3", "Unit Kerja  : UPTD Instalasi Farmasi")
    txt(ws, "A4", "Dinas Induk : Dinas Kesehatan Kab. Sungai Rindang")
    for col, h in [(1, "No"), (2, "Sasaran"), (3, "Indikator Kinerja"), (4, "Realisasi 2018"), (8, "Keterangan")]:
        merge(ws, 5, col, 6, col, h, bold=True, fill=HEADFILL)
    merge(ws, 5, 5, 5, 7, "Tahun 2019", bold=True, fill=HEADFILL)
    for col, h in [(5, "Target"), (6, "Realisasi"), (7, "% Capaian")]:
        c = ws.cell(6, col, h); c.font = BOLD; c.alignment = CENTER; c.fill = HEADFILL
    box(ws, 5, 1, 6, 8)
    for col in range(1, 9):
        c = ws.cell(7, col, f"({col})"); c.alignment = CENTER; c.border = BORDER
    r = 8
    groups = {}
    for i in ids_of(Y):
        groups.setdefault(IND[i][3], []).append(i)
    no = 0
    for s, members in groups.items():
        start = r
        for i in members:
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            no += 1
            put(ws, f"A{r}", f"{no}.", align=CENTER)
            put(ws, f"C{r}", name, align=WRAP)
            # previous year's realisasi (not keyed)
            if 2018 in ys:
                r18 = ys[2018][2]
                if i == "F05":
                    r18 = 94.7
                    bk.note(ws, r, "Realisasi 2018 column says 94,7 % for F05 while sheet PK 2018 has 94,1 (not keyed; "
                                   "a cross-year discrepancy a tool may report).")
                put(ws, f"D{r}", r18 if isinstance(r18, str) else unit_text(r18, unit))
            else:
                put(ws, f"D{r}", "-")
            # target / realisasi as text with units
            if i == "F01":
                tk = put(ws, f"E{r}", t("92-95 %", 92))
                bk.note(ws, r, "F01 target typed as a range '92-95 %' -> key 92 (lower bound).")
            elif i == "F03":
                tk = put(ws, f"E{r}", t("≤ 2 %", 2))
                bk.note(ws, r, "F03 target typed '≤ 2 %' (negative indicator, a ceiling) -> key 2.")
            elif i == "F24":
                tk = put(ws, f"E{r}", t("125.000 vial", 125000))
                bk.note(ws, r, "F24 target typed '125.000 vial', 10x the real 12.500 (2018: 12.000, 2020: 13.000); keyed as typed 125000. "
                               "Typed capaian 101,84 was computed against 12.500.")
            elif i == "F07":
                tk = put(ws, f"E{r}", t("11 PKM", 11))
            elif kind == "grade":
                tk = put(ws, f"E{r}", grade(T))
            else:
                tk = put(ws, f"E{r}", t(unit_text(T, unit), T))
            if i == "F07":
                rk = put(ws, f"F{r}", t("12 Puskesmas", 12))
                bk.note(ws, r, "F07 target unit 'PKM' vs realisasi unit 'Puskesmas' (same thing, different spelling).")
            elif kind == "grade":
                rk = put(ws, f"F{r}", grade(R))
            else:
                rk = put(ws, f"F{r}", t(unit_text(R, unit), R))
            # typed capaian (text, Indonesian decimals)
            if kind == "grade":
                cap = "100"
            elif i == "F24":
                cap = fid(12730 / 12500 * 100, 2)
            elif pol == "-":
                cap = fid(round((2 * T - R) / T * 100, 2), 2)
            else:
                cap = fid(round(R / T * 100, 2), 2)
            if i == "F12":
                cap = "140"
                bk.note(ws, r, "F12 capaian typed 140 but 47 / 45 = 104,44 (typed capaian disagrees).")
            put(ws, f"G{r}", cap, align=CENTER)
            put(ws, f"H{r}", "")
            bk.key(ws, r, Y, f"C{r}", i, f"E{r}", {"cell": f"F{r}"}, tk, rk)
            r += 1
        merge(ws, start, 2, r - 1, 2, SASARAN[Y][s], align=WRAP)
        box(ws, start, 2, r - 1, 2)
    last = r - 1
    r += 1
    sig(ws, r, "E", Y, "Sungai Rindang, 10 Januari 2020")
    bk.note(ws, r, "Signature block dated 10 Januari 2020 (not key rows).")
    return last


def draft_2019(bk):
    ws = bk.sheet("PK 2019 (draft)", "HIDDEN draft of the 2019 PK (targets only, some different from the final); not keyed.",
                  hidden=True)
    txt(ws, "A1", "DRAFT PK 2019 - jangan dipakai", bold=True)
    txt(ws, "A3", "No"); txt(ws, "B3", "Indikator"); txt(ws, "C3", "Target")
    r = 4
    for k, i in enumerate(ids_of(2019)[:12]):
        unit, pol, kind, _, ys = IND[i]
        name, T, R = ys[2019]
        ws[f"A{r}"] = k + 1
        ws[f"B{r}"] = name
        ws[f"C{r}"] = T if not isinstance(T, (int, float)) else round(T * 0.97, 1)
        r += 1
    bk.note(ws, 1, "Whole sheet hidden: an abandoned draft with other targets. No key rows.")


def notes_sheet(bk):
    ws = bk.sheet("Catatan", "Notes sheet (free text); no key rows.")
    lines = ["Catatan penyusunan:",
             "1. Data ketersediaan obat dihitung dari LPLPO 16 Puskesmas.",
             "2. IKM 2018 dan 2019 berdasarkan survei bulan Desember.",
             "3. Realisasi 2018 pada sheet Capaian 2019 diambil dari laporan bulanan (bisa berbeda dgn PK 2018).",
             "4. Target vaksin mengikuti sasaran imunisasi dari Seksi Surveilans & Imunisasi."]
    for k, s in enumerate(lines):
        txt(ws, f"A{k+1}", s)


def book_2018_2019():
    bk = Book(SLUG, "PK dan Capaian IFK 2018-2019.xlsx", "xlsx")
    sheet_2018(bk)
    sheet_2019(bk)
    draft_2019(bk)
    notes_sheet(bk)
    return bk


# ======================================================= 2020 quarterly (ods)
def quarters_2020(i):
    """Return (tq, rq): lists of 4 C for quarter target / realisasi, and the key realisasi."""
    unit, pol, kind, _, ys = IND[i]
    name, T, R = ys[2020]
    rnd = seeded("ifk2020", i)
    if i == "F15":
        tq = [dash(), dash(), dash(), n(T)]
        rq = [dash(), dash(), dash(), n(R)]
        return tq, rq
    if i == "F14":
        return [dash(), dash(), dash(), grade(T)], [dash(), dash(), dash(), grade(R)]
    if i == "F17":
        return [dash(), n(1), dash(), dash()], [dash(), n(1), dash(), dash()]
    if i == "F19":
        return [dash(), n(10), n(10), dash()], [dash(), dash(), n(0), n(0)]
    if i == "F12":
        return [n(8), n(8), n(7), n(7)], [n(8), n(0), n(4), n(6)]
    if kind == "flow":
        tq = [n(v) for v in split_int(T, 4, rnd, [1, 1, 1, 1])]
        rv = split_int(R, 4, rnd)
        rq = [n(v) for v in rv]
        if i == "F24":
            rq = [n(2100), t("2.850 vial", 2850), n(2400), n(2865)]
        return tq, rq
    # level indicators
    if i == "F06":
        tq = [n(65), n(70), n(75), n(80)]
    elif i == "F22":
        tq = [pc(50, "0%"), pc(60, "0%"), pc(65, "0%"), pc(70, "0%")]
    else:
        tq = [n(T)] * 4
    d = [round(rnd.uniform(-3, 1.5), 1) for _ in range(3)]
    if i == "F22":
        rq = [pc(52.1, "0.0%"), pc(61.8, "0.0%"), pc(68.0, "0.0%"), pc(R, "0.0%")]
    elif i == "F06":
        rq = [n(68.75), n(75), n(75), n(R)]
    elif i == "F09":
        rq = [n(81.6), n(83.0), n(R), blank()]
    elif i == "F10":
        rq = [n(87.5), n(81.25), n(75), n(R)]
    elif unit == "%" and T >= 90:
        rq = [n(min(100, round(R + x, 1))) for x in d] + [n(R)]
    elif pol == "-":
        rq = [n(round(R + abs(x) / 10, 2)) for x in d] + [n(R)]
    else:
        rq = [n(round(R + x, 1)) for x in d] + [n(R)]
    return tq, rq


def book_2020():
    Y = 2020
    bk = Book(SLUG, "Renaksi IFK 2020.ods", "ods")
    ws = bk.sheet("Renaksi TW 2020", "Quarterly Rencana Aksi 2020: two header rows (5-6): No | Sasaran | Indikator Kinerja | "
                  "Satuan | Target Tahunan | TW I-IV each {Target, Realisasi} | Penanggung Jawab. NO annual realisasi column: "
                  "key realisasi = sum of quarters for flows, last reported quarter for levels.")
    widths(ws, {"A": 5, "B": 28, "C": 46, "D": 10, "E": 11, "N": 24})
    for col in "FGHIJKLM":
        ws.column_dimensions[col].width = 9
    merge(ws, 1, 1, 1, 14, "RENCANA AKSI DAN REALISASI KINERJA TRIWULANAN", bold=True)
    merge(ws, 2, 1, 2, 14, "UPTD INSTALASI FARMASI KABUPATEN SUNGAI RINDANG", bold=True)
    merge(ws, 3, 1, 3, 14, "TAHUN ANGGARAN 2020", bold=True)
    for col, h in [(1, "No"), (2, "Sasaran"), (3, "Indikator Kinerja"), (4, "Satuan"), (5, "Target Tahunan"),
                   (14, "Penanggung Jawab")]:
        merge(ws, 5, col, 6, col, h, bold=True, fill=HEADFILL)
    for k, tw in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
        c0 = 6 + 2 * k
        merge(ws, 5, c0, 5, c0 + 1, tw, bold=True, fill=HEADFILL)
        ws.cell(6, c0, "Target").font = BOLD
        ws.cell(6, c0 + 1, "Realisasi").font = BOLD
    box(ws, 5, 1, 6, 14)
    pj = {1: "Seksi Perencanaan & Distribusi", 2: "Seksi Penyimpanan", 3: "Seksi Farmasi Komunitas", 4: "Sub Bag TU"}
    r = 7
    no = 0
    groups = {}
    for i in ids_of(Y):
        groups.setdefault(IND[i][3], []).append(i)
    for s, members in groups.items():
        start = r
        for i in members:
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            no += 1
            put(ws, f"A{r}", no, align=CENTER)
            put(ws, f"C{r}", name, align=WRAP)
            put(ws, f"D{r}", unit if unit != "predikat" else "Predikat")
            if i == "F11":
                tk = put(ws, f"E{r}", t("24 kali", 24))
                bk.note(ws, r, "F11 annual target typed as text '24 kali' -> key 24.")
            elif i == "F05":
                tk = put(ws, f"E{r}", t(">= 92", 92))
                bk.note(ws, r, "F05 annual target typed '>= 92' -> key 92.")
            elif i == "F22":
                tk = put(ws, f"E{r}", pc(T, "0%"))
                bk.note(ws, r, "F22: target and quarter cells are %-formatted fractions (0.7 shown 70%); key in percent points.")
            elif kind == "grade":
                tk = put(ws, f"E{r}", grade(T))
            else:
                tk = put(ws, f"E{r}", n(T))
            tq, rq = quarters_2020(i)
            tcells, rcells = [], []
            for k in range(4):
                c0 = 6 + 2 * k
                put(ws, f"{L(c0)}{r}", tq[k], align=CENTER)
                put(ws, f"{L(c0+1)}{r}", rq[k], align=CENTER)
                rcells.append(f"{L(c0+1)}{r}")
            vals = [c.key for c in rq]
            if kind == "flow":
                nums = [v for v in vals if v is not None]
                rk = sum(nums) if nums else None
                spec = {"sum": rcells}
            elif kind == "grade":
                rk = None
                spec = {"last": rcells}
            else:
                nums = [v for v in vals if v is not None]
                rk = nums[-1] if nums else None
                spec = {"last": rcells}
            assert (kind == "grade") or rk == R or (i == "F19" and rk == 0), (i, rk, R)
            put(ws, f"N{r}", pj[s])
            bk.key(ws, r, Y, f"C{r}", i, f"E{r}", spec, tk, rk)
            if i == "F09":
                bk.note(ws, r, "F09 TW IV realisasi left blank (not yet reported, see the Catatan line) -> key = TW III value 84,1.")
            if i == "F15":
                bk.note(ws, r, "F15 (IKM) measured only in TW IV; TW I-III '-' -> key = TW IV.")
            if i == "F19":
                bk.note(ws, r, "F19 flow with realisasi '-', '-', 0, 0 (no training held in 2020) -> key 0.")
            if i == "F12":
                bk.note(ws, r, "F12 flow: 8 + 0 + 4 + 6 = 18 against 30.")
            if i == "F24":
                bk.note(ws, r, "F24 flow: TW II realisasi typed as text '2.850 vial'; key = 2.100 + 2.850 + 2.400 + 2.865 = 10.215.")
            if i == "F17":
                bk.note(ws, r, "F17 flow: only TW II has a target and realisasi (1 dokumen); others '-'.")
            if i == "F06":
                bk.note(ws, r, "F06 quarter targets cumulative 65/70/75/80 (TW IV = annual).")
            r += 1
        merge(ws, start, 2, r - 1, 2, SASARAN[Y][s], align=WRAP)
        box(ws, start, 2, r - 1, 2)
    r += 1
    txt(ws, f"B{r}", "Catatan :")
    txt(ws, f"C{r}", "Realisasi TW IV indikator kesesuaian item obat dengan Fornas belum tersedia (menunggu LPLPO Desember 2020).")
    txt(ws, f"C{r+1}", "Pelatihan tenaga kefarmasian ditunda karena pandemi COVID-19 (refocusing anggaran).")
    bk.note(ws, r, "Notes lines under the table (not key rows).")
    sig(ws, r + 3, "J", Y, "Sungai Rindang, 8 Januari 2021")

    ws2 = bk.sheet("Anggaran 2020", "Budget per kegiatan by quarter (Rp); no indicators, no key rows.")
    rows = [("Program Obat dan Perbekalan Kesehatan", None, None),
            ("Pengadaan obat dan perbekalan kesehatan", 2350000000, 2187455000),
            ("Peningkatan pemerataan obat dan perbekalan kesehatan", 185000000, 162310000),
            ("Peningkatan mutu penggunaan obat dan perbekalan kesehatan", 96500000, 41250000)]
    txt(ws2, "A1", "REALISASI ANGGARAN UPTD IFK TAHUN 2020", bold=True)
    for k, h in enumerate(["Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]):
        txt(ws2, f"{L(k+1)}3", h, bold=True, border=True)
    for k, (a, b, c) in enumerate(rows):
        rr = 4 + k
        ws2[f"A{rr}"] = a
        if b:
            ws2[f"B{rr}"] = b; ws2[f"B{rr}"].number_format = "#,##0"
            ws2[f"C{rr}"] = c; ws2[f"C{rr}"].number_format = "#,##0"
            ws2[f"D{rr}"] = f"=C{rr}/B{rr}*100"; ws2[f"D{rr}"].number_format = "0.00"
    ws2["B4"] = "=SUM(B5:B7)"; ws2["C4"] = "=SUM(C5:C7)"; ws2["D4"] = "=C4/B4*100"
    bk.note(ws2, 1, "Budget sheet, no key rows.")
    return bk


# ======================================================= 2021 monthly (xls)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def months_2021(i):
    unit, pol, kind, _, ys = IND[i]
    name, T, R = ys[2021]
    rnd = seeded("ifk2021", i)
    if i == "F15":
        return [None] * 5 + [82.6] + [None] * 5 + [R]
    if i == "F14":
        return [None] * 11 + ["A"]
    if i == "F17":
        return [None, None, 1] + [None] * 9
    if i == "F19":
        return [None] * 5 + [8, None, None, 10, None, None, None]
    if i == "F12":
        return [3, 4, 4, 3, 5, 4, 3, 4, 4, 5, 3, 4]   # sums to 46; the formula forgets December
    if i == "F11":
        return [2] * 12
    if i == "F07":
        return [12, 12, 12, 13, 13, 13, 13, 13, 14, 14, 14, 14]
    if i == "F06":
        return [75, 75, 75, 81.25, 81.25, 81.25, 81.25, 81.25, 87.5, 87.5, 87.5, 87.5]
    if i == "F10":
        return [93.75, 100, 93.75, 100, 100, 93.75, 100, 100, 100, 93.75, 100, 100]
    if kind == "flow":
        return split_int(R, 12, rnd)
    if i == "F21":
        return [3.1, 8.4, 15.2, 22.8, 30.5, 41.0, 48.7, 57.3, 66.1, 74.9, 83.2, R]
    vals = []
    for m in range(11):
        if pol == "-":
            vals.append(round(max(0.0, R + rnd.uniform(-0.3, 0.6)), 2 if R < 5 else 1))
        elif unit == "%":
            vals.append(round(min(100.0, R + rnd.uniform(-3, 1.5)), 1))
        else:
            vals.append(round(R + rnd.uniform(-3, 1.5), 1))
    return vals + [R]


def book_2021():
    Y = 2021
    bk = Book(SLUG, "LAPORAN BULANAN IFK 2021.xls", "xls")
    ws = bk.sheet("Rekap 2021", "Monthly realisation 2021: two header rows (5-6): Indikator Kinerja (numbered inside the "
                  "name cell, no No column) | Satuan | Target 2021 | Realisasi Bulan Jan..Des | Realisasi s/d Desember "
                  "(formula: SUM of months for flows, =Des for levels) | Capaian (%) | Ket. Sasaran are full-width group "
                  "rows. Key realisasi = the 'Realisasi s/d Desember' column.")
    widths(ws, {"A": 52, "B": 9, "C": 9, "P": 12, "Q": 10, "R": 26})
    for k in range(12):
        ws.column_dimensions[L(4 + k)].width = 7
    merge(ws, 1, 1, 1, 18, "LAPORAN REALISASI KINERJA BULANAN", bold=True)
    merge(ws, 2, 1, 2, 18, "UPTD INSTALASI FARMASI - DINAS KESEHATAN KAB. SUNGAI RINDANG", bold=True)
    merge(ws, 3, 1, 3, 18, "TAHUN 2021", bold=True)
    for col, h in [(1, "Indikator Kinerja"), (2, "Satuan"), (3, "Target 2021"), (16, "Realisasi s/d Desember"),
                   (17, "Capaian (%)"), (18, "Ket")]:
        merge(ws, 5, col, 6, col, h, bold=True, fill=HEADFILL)
    merge(ws, 5, 4, 5, 15, "Realisasi Bulan", bold=True, fill=HEADFILL)
    for k, m in enumerate(MONTHS):
        c = ws.cell(6, 4 + k, m); c.font = BOLD; c.alignment = CENTER
    box(ws, 5, 1, 6, 18)
    r = 7
    groups = {}
    for i in ids_of(Y):
        groups.setdefault(IND[i][3], []).append(i)
    for s, members in groups.items():
        merge(ws, r, 1, r, 18, SASARAN[Y][s], bold=True, align=Alignment(horizontal="left"), fill=GROUPFILL)
        bk.note(ws, r, f"Sasaran group row (merged A:R), not a key row.")
        r += 1
        for i in members:
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            put(ws, f"A{r}", name, align=WRAP)
            put(ws, f"B{r}", unit if unit != "predikat" else "Predikat")
            if i == "F22":
                tk = put(ws, f"C{r}", n(0.8))
                bk.note(ws, r, "F22 target typed 0.8 (a fraction in a General cell of a percent-point column; means 80 %). "
                               "Keyed as typed 0.8; capaian formula shows 10.487,5.")
            elif i == "F18":
                tk = put(ws, f"C{r}", pc(100, "0%"))
                bk.note(ws, r, "F18 target is a %-formatted cell holding 1 (shown 100%) while the months are percent "
                               "points -> key 100; the capaian formula P/C*100 then shows 9.920.")
            elif kind == "grade":
                tk = put(ws, f"C{r}", grade(T))
            else:
                tk = put(ws, f"C{r}", n(T))
            mv = months_2021(i)
            for k, v in enumerate(mv):
                if v is not None:
                    put(ws, f"{L(4+k)}{r}", v if isinstance(v, str) else n(v))
                else:
                    put(ws, f"{L(4+k)}{r}", None)
            nums = [v for v in mv if isinstance(v, (int, float))]
            if kind == "grade":
                rk = put(ws, f"P{r}", grade("A"))
            elif kind == "flow":
                if i == "F12":
                    rk = put(ws, f"P{r}", fx(f"=SUM(D{r}:N{r})", 42))
                    bk.note(ws, r, "F12 annual formula =SUM(D:N) stops at November (December's 4 left out): shows 42 "
                                   "instead of 46. Keyed as delivered: 42.")
                else:
                    rk = put(ws, f"P{r}", fx(f"=SUM(D{r}:O{r})", R))
                    assert abs(sum(nums) - R) < 1e-9, (i, nums, R)
            else:
                rk = put(ws, f"P{r}", fx(f"=O{r}", R))
            ws[f"P{r}"].number_format = "#,##0.00" if isinstance(R, float) else "#,##0"
            if kind == "grade":
                put(ws, f"Q{r}", 100)
            elif i == "F08":
                put(ws, f"Q{r}", C(f"=P{r}/C{r}*100", "0.00"))
                bk.note(ws, r, "F08 negative indicator (waktu tunggu, lower is better) with the positive capaian formula =P/C*100.")
            elif i == "F03b":
                put(ws, f"Q{r}", C(f"=C{r}/P{r}*100", "0.00"))
                bk.note(ws, r, "F03b negative: capaian uses target/realisasi x 100 while F20 (row below) uses (2T-R)/T "
                               "-- two negative formulas in one sheet.")
            elif pol == "-":
                put(ws, f"Q{r}", C(f"=(2*C{r}-P{r})/C{r}*100", "0.00"))
            else:
                put(ws, f"Q{r}", C(f"=P{r}/C{r}*100", "0.00"))
            put(ws, f"R{r}", "IKM diukur Juni & Desember" if i == "F15" else "")
            bk.key(ws, r, Y, f"A{r}", i, f"C{r}", {"cell": f"P{r}"}, tk, rk)
            if i == "F14":
                bk.note(ws, r, "F14 grade: target 'BB', realisasi 'A' -> null/null.")
            r += 1
    r += 1
    txt(ws, f"A{r}", "Rata-rata capaian")
    ws[f"Q{r}"] = f"=AVERAGE(Q8:Q{r-2})"
    bk.note(ws, r, "Average row (not a key row).")
    sig(ws, r + 2, "N", Y, "Sungai Rindang, 31 Desember 2021")

    ws2 = bk.sheet("Rekap 2020", "HIDDEN copy of last year's annual recap (2020 figures); not keyed.", hidden=True)
    txt(ws2, "A1", "REKAP 2020 (arsip)", bold=True)
    txt(ws2, "A3", "Indikator"); txt(ws2, "B3", "Target 2020"); txt(ws2, "C3", "Realisasi 2020")
    rr = 4
    for i in ids_of(2020)[:10]:
        name, T, R = IND[i][4][2020]
        ws2[f"A{rr}"] = name; ws2[f"B{rr}"] = T; ws2[f"C{rr}"] = R
        rr += 1
    bk.note(ws2, 1, "Hidden sheet with 2020 figures: no key rows.")
    ws3 = bk.sheet("Grafik", "Notes sheet (chart placeholder text); no key rows.")
    txt(ws3, "A1", "Grafik capaian bulanan - lihat lampiran laporan (grafik dibuat manual di Ms. Word).")
    txt(ws3, "A2", "Data realisasi bulanan bersumber dari SIMO (Sistem Informasi Manajemen Obat) Kab. Sungai Rindang.")
    return bk


def build():
    return [book_2018_2019(), book_2020(), book_2021()]


FLOWS = [i for i in ORDER if IND[i][2] == "flow"]
AMBIGUOUS = [["F02", "F02b"], ["F03", "F03b"], ["F03", "F20"]]
LOOKALIKES = [
    ("F06", "F07", "Persentase vs Jumlah Puskesmas with pelayanan kefarmasian sesuai standar"),
    ("F03b", "F04", "Persentase obat kedaluwarsa vs Jumlah item obat kedaluwarsa"),
    ("F03b", "F20", "obat kedaluwarsa vs obat rusak (two sub-types after the 2020 split)"),
    ("F01", "F16", "ketersediaan obat vs ketersediaan vaksin"),
    ("F01", "F02b", "ketersediaan obat (all) vs 40 item obat esensial"),
    ("F01", "F23", "Persentase ketersediaan obat vs Jumlah item obat tersedia"),
    ("F11", "F24", "distribusi obat (kali) vs vaksin didistribusikan (vial)"),
]
