"""Agency 1: UPTD Unit Transfusi Darah, Dinas Kesehatan Kabupaten Lembah Waruga (invented), 2019-2022.

Files
  UTD_LembahWaruga_PK_RA_2019_2020.xls   sheets 'PK 2019' (annual PK), 'RA 2020' (T/R rows),
                                          'Lembar Kerja' (hidden draft), 'Catatan' (notes)
  UTD_LembahWaruga_Evaluasi_Renja_TW4_2021.ods   sheet 'E81 TW IV 2021' (Permendagri 86 form)
  UTD_LembahWaruga_Kartu_Kinerja_2022.xlsx       sheet 'Kartu Kinerja 2022' (indicator cards),
                                                 'Catatan'
"""
from common import *  # noqa

SLUG = "utd_lembah_waruga"
AG = Agency(SLUG, "UPTD Unit Transfusi Darah (UTD) Dinas Kesehatan Kabupaten Lembah Waruga",
            [2019, 2020, 2021, 2022], [["U08", "U08b"]],
            flow_ids=["U01", "U03", "U06", "U09", "U11", "U13", "U18", "U21", "U22", "U23"],
            lookalike=[["U03", "U04"]])

S1 = "Meningkatnya ketersediaan darah yang aman dan berkualitas"
S2 = "Meningkatnya mutu dan jangkauan pelayanan transfusi darah"
S3 = "Meningkatnya tata kelola dan akuntabilitas UPTD"

# id: (kind, unit, negative, {year: (name as written, target, realisasi)})
D = {
    "U01": ("flow", "kantong", False, {
        2019: ("Jumlah kantong darah yang terkumpul", 6200, 6312),
        2020: ("Jumlah Kantong Darah Terkumpul (kantong)", 6500, 5874),
        2021: ("Jumlah kantong darah terkumpul dari donor", 5800, 6050),
        2022: ("Kantong darah terkumpul", 6800, 6921)}),
    "U02": ("level", "%", False, {
        2019: ("Persentase donor darah sukarela", 75, 76.4),
        2020: ("Prosentase Donor Sukarela", 78, 79.1),
        2021: ("Persentase pendonor sukarela thd total pendonor", 80, 78.2),
        2022: ("Persentase donor sukarela (%)", 82, 83.5)}),
    "U03": ("flow", "orang", False, {
        2019: ("Jumlah pendonor sukarela baru", 600, 642),
        2020: ("Jumlah Donor Sukarela Baru", 650, 588),
        2021: ("Jumlah pendonor baru (sukarela)", 500, 533),
        2022: ("Pendonor sukarela baru", 700, 731)}),
    "U04": ("level", "orang", False, {
        2019: ("Jumlah pendonor sukarela aktif", 3800, 3912),
        2020: ("Jumlah Donor Sukarela Aktif", 4000, 3987),
        2021: ("Jumlah pendonor sukarela yg aktif", 4100, 4156),
        2022: ("Pendonor sukarela aktif (terdaftar)", 4300, 4402)}),
    "U05": ("level", "%", False, {
        2019: ("Persentase kantong darah yang diskrining IMLTD", 100, 100),
        2020: ("Prosentase Darah yang Diperiksa Uji Saring IMLTD", 100, 100),
        2021: ("Persentase darah diskrining IMLTD (HIV, Hepatitis B, Hepatitis C, Sifilis)", 100, 99.8),
        2022: ("Persentase skrining IMLTD thd kantong darah terkumpul", 100, 100)}),
    "U06": ("flow", "kantong", False, {
        2021: ("Jumlah kantong darah diskrining IMLTD", 5800, 6038),
        2022: ("Jumlah kantong darah yg diskrining IMLTD", 6800, 6921)}),
    "U07": ("level", "%", True, {
        2019: ("Persentase darah reaktif IMLTD", 2.0, 1.74),
        2020: ("Prosentase Kantong Darah Reaktif", 2.0, 2.12),
        2021: ("Angka reaktif IMLTD", 1.8, 1.65),
        2022: ("Persentase darah reaktif hasil uji saring", 1.8, 1.52)}),
    "U08": ("level", "%", False, {
        2019: ("Persentase permintaan darah dari rumah sakit yang terpenuhi", 90, 91.3),
        2020: ("Prosentase Permintaan Darah yang Terpenuhi", 92, 88.7)}),
    "U08b": ("level", "%", False, {
        2021: ("Persentase pemenuhan kebutuhan darah", 85, 86.1),
        2022: ("Persentase pemenuhan kebutuhan darah di Kabupaten", 88, 89.4)}),
    "U09": ("flow", "kantong", False, {
        2019: ("Jumlah permintaan darah dari RS", 6000, 6105),
        2020: ("Jumlah Permintaan Darah dari Rumah Sakit", 6300, 6088),
        2022: ("Permintaan darah dari rumah sakit (kantong)", 6600, 6745)}),
    "U10": ("level", "%", True, {
        2019: ("Persentase darah kadaluarsa", 3, 2.8),
        2020: ("Prosentase Darah Kadaluwarsa", 3, 3.4),
        2021: ("Persentase kantong darah kedaluwarsa (expired)", 2.5, 2.3),
        2022: ("Persentase darah kedaluwarsa", 2.5, 1.9)}),
    "U11": ("flow", "kantong", False, {
        2019: ("Jumlah komponen darah yang diolah", 3000, 3145),
        2020: ("Jumlah Produksi Komponen Darah", 3200, 2980),
        2021: ("Jumlah komponen darah diproduksi (PRC, TC, FFP)", 3300, 3412)}),
    "U21": ("flow", "kantong", False, {
        2022: ("Jumlah PRC (Packed Red Cell) yang diproduksi", 2600, 2745)}),
    "U22": ("flow", "kantong", False, {
        2022: ("Jumlah TC dan FFP yang diproduksi", 1000, 1120)}),
    "U12": ("level", "%", False, {
        2019: ("Persentase darah yang dipisahkan menjadi komponen", 45, 49.8),
        2020: ("Prosentase Darah Komponen", 50, 50.7),
        2021: ("Persentase produksi komponen darah thd darah terkumpul", 55, 56.4),
        2022: ("Persentase darah komponen", 60, 60.2)}),
    "U13": ("flow", "kali", False, {
        2019: ("Jumlah kegiatan mobil unit donor darah", 96, 102),
        2020: ("Jumlah Kegiatan Donor Darah Keliling (Mobile Unit)", 100, 64),
        2021: ("Frekuensi donor darah keliling", 60, 71),
        2022: ("Jumlah kegiatan donor darah keliling", 110, 118)}),
    "U14": ("level", "instansi", False, {
        2019: ("Jumlah instansi mitra  donor darah", 40, 42),
        2020: ("Jumlah Instansi/Komunitas Mitra Donor", 45, 44),
        2021: ("Jumlah mitra donor darah (instansi & komunitas)", 48, 50),
        2022: ("Mitra donor darah", 52, 55)}),
    "U15": ("level", "RS", False, {
        2019: ("Jumlah rumah sakit yang dilayani", 6, 6),
        2020: ("Jumlah RS yang Dilayani", 6, 6),
        2021: ("Jumlah rumah sakit yang dilayani (termasuk BDRS)", 7, 7),
        2022: ("RS yang dilayani UTD", 7, 8)}),
    "U16": ("level", "nilai", False, {
        2019: ("Indeks Kepuasan Masyarakat (IKM)", 80, 81.2),
        2020: ("Nilai IKM ", 81, 82.05),
        2021: ("Indeks kepuasan masyarakat thd pelayanan UTD", 82, 80.7),
        2022: ("IKM", 83, 84.3)}),
    "U23": ("flow", "Rp", False, {
        2021: ("Jumlah penerimaan Biaya Pengganti Pengolahan Darah (BPPD)", 2400000000, 2471450000),
        2022: ("Penerimaan BPPD (Rp)", 2650000000, 2747450000)}),
    "U17": ("level", "predikat", False, {
        2019: ("Nilai Evaluasi SAKIP", "B", "B"),
        2020: ("Hasil Evaluasi AKIP", "B", "BB"),
        2022: ("Predikat SAKIP UPTD", "BB", "BB")}),
    "U18": ("flow", "orang", False, {
        2019: ("Jumlah petugas teknis yang dilatih", 8, 9),
        2020: ("Jumlah Petugas Teknis Terlatih", 8, 4),
        2021: ("Jumlah SDM yang mengikuti pelatihan teknis transfusi darah", 5, 6),
        2022: ("Petugas mengikuti pelatihan/bimtek", 10, 10)}),
    "U19": ("level", "%", False, {
        2020: ("Prosentase Alat Kesehatan yang Terkalibrasi", 90, 85),
        2021: ("Persentase alat kesehatan terkalibrasi", 95, 96),
        2022: ("Persentase alkes terkalibrasi", 100, 100)}),
    "U20": ("level", "jam", True, {
        2019: ("Rata-rata waktu pelayanan permintaan darah", 2, 1.8),
        2020: ("Rata - rata Waktu Pelayanan Permintaan Darah (jam)", 2, 2.3),
        2021: ("Rata-rata waktu tunggu pelayanan darah", 1.5, 1.4)}),
}


def nm(i, y):
    return D[i][3][y][0]


def tg(i, y):
    return D[i][3][y][1]


def rl(i, y):
    return D[i][3][y][2]


def kind(i):
    return D[i][0]


def unit(i):
    return D[i][1]


def neg(i):
    return D[i][2]


TITLE_UTD = "UPTD UNIT TRANSFUSI DARAH"
DINKES = "DINAS KESEHATAN KABUPATEN LEMBAH WARUGA"
KEPALA = ("dr. RATNASARI MOKOAGOW, M.K.M.", "Penata Tk. I (III/d)", "NIP. 19810614 200903 2 007")
KEPALA2 = ("dr. RATNASARI MOKOAGOW, M.K.M.", "Pembina (IV/a)", "NIP. 19810614 200903 2 007")
KOTA = "Watu Lumimpah"


# =========================================================================== 2019: PK annual
def pk2019(wb, fname):
    ws = wb.active
    ws.title = "PK 2019"
    sw = SW(ws)
    sw.widths({"A": 5, "B": 30, "C": 46, "D": 11, "E": 10, "F": 11, "G": 10, "H": 11, "I": 16})
    for r, t in ((1, "PENGUKURAN KINERJA"), (2, TITLE_UTD), (3, DINKES), (4, "TAHUN 2019")):
        sw.merge(f"A{r}", f"I{r}", t, bold=True, h="center")
    sw.put("A6", "Unit Kerja        : UPTD Unit Transfusi Darah")
    sw.put("A7", "Kabupaten        : Lembah Waruga")
    # three header rows + numbering row
    sw.merge("A9", "A11", "No", bold=True, h="center", va="center")
    sw.merge("B9", "B11", "Sasaran Strategis", bold=True, h="center", va="center")
    sw.merge("C9", "C11", "Indikator Kinerja", bold=True, h="center", va="center")
    sw.merge("D9", "H9", "Tahun 2019", bold=True, h="center")
    sw.merge("D10", "E10", "Target", bold=True, h="center")
    sw.merge("F10", "G10", "Realisasi", bold=True, h="center")
    sw.merge("H10", "H11", "% Capaian", bold=True, h="center", va="center")
    sw.merge("I9", "I11", "Ket.", bold=True, h="center", va="center")
    for c, t in zip("DEFG", ("Nilai", "Satuan", "Nilai", "Satuan")):
        sw.put(f"{c}11", t, bold=True, h="center")
    for c, t in zip("ABCDFHI", ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)")):
        sw.put(f"{c}12", t, h="center", italic=True)
    sw.box(9, 1, 12, 9)

    groups = [(1, S1, ["U01", "U02", "U03", "U04", "U05", "U07", "U11", "U12"]),
              (2, S2, ["U08", "U09", "U10", "U13", "U14", "U20"]),
              (None, None, ["U15"]),          # indicator typed into the Sasaran column
              (3, S3, ["U16", "U17", "U18"])]
    r = 13
    y = 2019
    for no, sas, ids in groups:
        r0 = r
        for i in ids:
            u = unit(i)
            name_col = "C"
            if no is None:
                name_col = "B"     # the clerk broke the merge and typed the indicator under Sasaran
            sw.put(f"{name_col}{r}", nm(i, y), wrap=True)
            t, re_ = tg(i, y), rl(i, y)
            # ---- target
            if i == "U01":
                tkey = wnum(sw, f"D{r}", 62000, NUM0)          # PLANTED: 10x target (6.200 meant)
            elif i == "U04":
                tkey = wtext(sw, f"D{r}", "3.800", 3800, h="right")   # number stored as text
            elif i == "U10":
                tkey = wtext(sw, f"D{r}", "≤ 3", 3, h="right")
            elif i == "U17":
                tkey = wtext(sw, f"D{r}", "B", None, h="center")
            else:
                tkey = wnum(sw, f"D{r}", t, NUM0 if isinstance(t, int) else NUM2)
            # ---- realisasi
            if i == "U16":
                rkey = wtext(sw, f"F{r}", "81,20", 81.2, h="right")
            elif i == "U17":
                rkey = wtext(sw, f"F{r}", "B", None, h="center")
            else:
                rkey = wnum(sw, f"F{r}", re_, NUM0 if isinstance(re_, int) else NUM2)
            uu = "predikat" if i == "U17" else u
            sw.put(f"E{r}", uu)
            sw.put(f"G{r}", uu)
            # ---- capaian (not keyed)
            if i == "U04":
                sw.put(f"H{r}", 102.95, NUM2)
            elif i == "U10":
                sw.put(f"H{r}", 106.67, NUM2)
            elif i == "U16":
                sw.put(f"H{r}", 101.5, NUM2)
            elif i == "U17":
                sw.put(f"H{r}", "100", h="right")
            elif neg(i):
                sw.put(f"H{r}", f"=ROUND((2*D{r}-F{r})/D{r}*100,2)", NUM2)
            else:
                sw.put(f"H{r}", f"=ROUND(F{r}/D{r}*100,2)", NUM2)
            if i == "U01":
                sw.put(f"I{r}", "sesuai PK")
            AG.add(fname, ws.title, f"{name_col}{r}", nm(i, y), i, y, tkey, rkey,
                   ("cell", f"D{r}"), ("cell", f"F{r}"), note="S" if name_col == "B" else None)
            r += 1
        if no is not None:
            sw.merge(f"A{r0}", f"A{r - 1}", no, h="center", va="top")
            sw.merge(f"B{r0}", f"B{r - 1}", sas, wrap=True)
    sw.box(13, 1, r - 1, 9)
    r += 1
    sw.put(f"B{r}", "Jumlah Anggaran Kegiatan Tahun 2019 : Rp. 1.284.650.000,-")
    sw.put(f"B{r + 1}", "Jumlah Realisasi Anggaran Kegiatan Tahun 2019 : Rp. 1.197.302.450,-")
    sw.put(f"B{r + 3}", "*) Capaian indikator negatif (reaktif, kadaluarsa, waktu pelayanan) dihitung "
                        "dengan rumus (2 x target - realisasi) / target x 100", italic=True)
    signature(sw, r + 5, 7, f"{KOTA}, 31 Desember 2019",
              ["Kepala UPTD Unit Transfusi Darah", "Kabupaten Lembah Waruga,"], *KEPALA)
    ws.print_title_rows = "9:12"
    print_setup(ws)


# =========================================================================== 2020: RA with T/R rows
def ra2020(wb, fname):
    ws = wb.create_sheet("RA 2020")
    sw = SW(ws)
    y = 2020
    sw.widths({"A": 5, "B": 26, "C": 42, "D": 10, "E": 11, "F": 5, "G": 10, "H": 10, "I": 10,
               "J": 10, "K": 11, "L": 18})
    sw.merge("A1", "L1", "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2020", bold=True, h="center")
    sw.merge("A2", "L2", "UPTD UNIT TRANSFUSI DARAH KABUPATEN LEMBAH WARUGA", bold=True, h="center")
    sw.merge("A3", "L3", "(posisi s.d. 31 Desember 2020)", italic=True, h="center")
    hdr = {"A": "No", "B": "Sasaran", "C": "Indikator Kinerja", "D": "Satuan",
           "E": "Target Tahun 2020", "F": "T/R", "K": "Capaian (%)", "L": "Keterangan"}
    for c, t in hdr.items():
        sw.merge(f"{c}5", f"{c}6", t, bold=True, h="center", va="center", wrap=True)
    sw.merge("G5", "J5", "Triwulan", bold=True, h="center")
    for c, t in zip("GHIJ", ("I", "II", "III", "IV")):
        sw.put(f"{c}6", t, bold=True, h="center")
    sw.box(5, 1, 6, 12)

    # quarter figures: (targets T, realisasi R); None = blank, '-' = dash
    Q = {
        "U01": ([1625, 1625, 1625, 1625], [1702, 1105, 1388, 1679]),
        "U02": ([78, 78, 78, 78], [77.5, 80.2, 78.8, 79.1]),
        "U03": ([160, 165, 160, 165], [171, 98, 142, 177]),
        "U04": ([3850, 3900, 3950, 4000], [3850, 3901, 3944, 3987]),
        "U05": ([1, 1, 1, 1], [1, 1, 1, 1]),            # %-formatted
        "U07": ([2, 2, 2, 2], [1.9, 2.3, 2.2, 2.12]),
        "U11": ([800, 800, 800, 800], [812, 604, 731, 833]),
        "U12": ([50, 50, 50, 50], [48.2, 49.5, 50.1, 0.507]),   # PLANTED: TW IV typed as a fraction
        "U08": ([92, 92, 92, 92], [90.2, 85.1, 87.9, 88.7]),
        "U09": ([1575, 1575, 1575, 1575], [1598, 1312, 1497, 1681]),
        "U10": (["≤ 3", "≤ 3", "≤ 3", "≤ 3"], [2.9, 3.6, 3.1, 3.4]),
        "U13": ([25, 25, 25, 25], [26, 4, 14, 20]),
        "U14": ([45, 45, 45, 45], [41, 42, 44, 44]),
        "U15": ([6, 6, 6, 6], [6, 6, 6, 6]),
        "U20": ([2, 2, 2, 2], [2.1, 2.6, 2.3, None]),       # TW IV not reported
        "U16": (["-", 81, "-", 81], ["-", 81.6, "-", 82.05]),
        "U17": (["-", "-", "-", "B"], ["-", "-", "-", "BB"]),
        "U18": ([2, 2, 2, 2], ["-", 2, 2, "-"]),
        "U19": (["-", "-", "-", 90], ["-", "-", "-", 85]),
    }
    groups = [(1, S1, ["U01", "U02", "U03", "U04", "U05", "U07", "U11", "U12"]),
              (2, S2, ["U08", "U09", "U10", "U13", "U14", "U15", "U20"]),
              (3, S3, ["U16", "U17", "U18", "U19"])]
    r = 7
    for no, sas, ids in groups:
        r0 = r
        for i in ids:
            T, R = Q[i]
            pct = i == "U05"
            sw.merge(f"C{r}", f"C{r + 1}", nm(i, y), wrap=True, va="top")
            sw.merge(f"D{r}", f"D{r + 1}", "predikat" if i == "U17" else unit(i), h="center", va="top")
            # annual target
            if i == "U10":
                tkey = wtext(sw, f"E{r}", "≤ 3 %", 3, h="right")
            elif i == "U17":
                tkey = wtext(sw, f"E{r}", "B", None, h="center")
            elif pct:
                tkey = wnum(sw, f"E{r}", 1, PCT0)
            else:
                tkey = wnum(sw, f"E{r}", tg(i, y), NUM0 if isinstance(tg(i, y), int) else NUM2)
            ws.merge_cells(f"E{r}:E{r + 1}")
            sw.put(f"F{r}", "T", h="center")
            sw.put(f"F{r + 1}", "R", h="center")
            vals = []
            for k, c in enumerate("GHIJ"):
                tv, rv = T[k], R[k]
                if isinstance(tv, str):
                    sw.put(f"{c}{r}", tv, h="right")
                else:
                    wnum(sw, f"{c}{r}", tv, PCT0 if pct else (NUM0 if isinstance(tv, int) else NUM2))
                if rv is None:
                    vals.append(None)
                elif isinstance(rv, str):
                    sw.put(f"{c}{r + 1}", rv, h="right")
                    vals.append(None)
                else:
                    vals.append(wnum(sw, f"{c}{r + 1}", rv,
                                     PCT0 if pct else (NUM0 if isinstance(rv, int) else NUM2)))
            reported = [v for v in vals if v is not None]
            if kind(i) == "flow":
                rkey = sum(reported)
                rspec = ("sum", [f"{c}{r + 1}" for c in "GHIJ"])
            else:
                rkey = reported[-1] if reported else None
                rspec = ("last", [f"{c}{r + 1}" for c in "GHIJ"])
            # capaian of the R row (not keyed)
            if i in ("U10", "U17", "U16", "U19", "U20"):
                sw.put(f"K{r + 1}", {"U10": 86.67, "U17": "100", "U16": 101.3, "U19": 94.44,
                                     "U20": 85.0}[i], NUM2)
            elif kind(i) == "flow":
                sw.put(f"K{r + 1}", f"=ROUND(SUM(G{r + 1}:J{r + 1})/E{r}*100,2)", NUM2)
            elif neg(i):
                sw.put(f"K{r + 1}", f"=ROUND((2*E{r}-J{r + 1})/E{r}*100,2)", NUM2)
            else:
                sw.put(f"K{r + 1}", f"=ROUND(J{r + 1}/E{r}*100,2)", NUM2)
            if i == "U20":
                sw.put(f"L{r}", "TW IV belum dilaporkan *)", wrap=True)
            if i == "U13":
                sw.put(f"L{r}", "MU dibatasi masa pandemi", wrap=True)
            AG.add(fname, ws.title, f"C{r}", nm(i, y), i, y, tkey, rkey, ("cell", f"E{r}"), rspec)
            r += 2
            if i == "U04":
                # hidden draft rows left behind by the clerk (not key rows)
                sw.merge(f"C{r}", f"C{r + 1}", "Jumlah donor sukarela aktif (draft lama)", wrap=True)
                sw.put(f"E{r}", 3900, NUM0)
                sw.put(f"F{r}", "T")
                sw.put(f"F{r + 1}", "R")
                for k, c in enumerate("GHIJ"):
                    sw.put(f"{c}{r}", 975)
                    sw.put(f"{c}{r + 1}", [880, 910, 955, 1002][k])
                sw.hide_row(r)
                sw.hide_row(r + 1)
                r += 2
        sw.merge(f"A{r0}", f"A{r - 1}", no, h="center", va="top")
        sw.merge(f"B{r0}", f"B{r - 1}", sas, wrap=True, va="top")
    sw.box(7, 1, r - 1, 12)
    sw.put(f"A{r + 1}", "Keterangan : T = Target, R = Realisasi. *) Data TW IV menunggu laporan RS.", italic=True)
    signature(sw, r + 3, 9, f"{KOTA}, 11 Januari 2021",
              ["Kepala UPTD Unit Transfusi Darah,"], *KEPALA)
    ws.freeze_panes = "D7"
    print_setup(ws)

    # hidden working sheet: a draft with other numbers (not key)
    wd = wb.create_sheet("Lembar Kerja")
    sd = SW(wd)
    sd.put("A1", "DRAFT RA 2020 - jangan dicetak")
    sd.put("A3", "Indikator")
    sd.put("B3", "Target")
    sd.put("C3", "Real TW I")
    rr = 4
    for i in ["U01", "U02", "U03", "U13"]:
        sd.put(f"A{rr}", nm(i, y))
        sd.put(f"B{rr}", tg(i, y) if isinstance(tg(i, y), (int, float)) else 0)
        sd.put(f"C{rr}", 1)
        rr += 1
    wd.sheet_state = "hidden"


def notes_sheet(wb, lines, title="Catatan"):
    wn = wb.create_sheet(title)
    sn = SW(wn)
    sn.widths({"A": 110})
    for k, t in enumerate(lines, start=1):
        sn.put(f"A{k}", t, wrap=True, bold=(k == 1))


# =========================================================================== 2021: E.81 form
def e81_2021(wb, fname):
    ws = wb.active
    ws.title = "E81 TW IV 2021"
    sw = SW(ws)
    y = 2021
    sw.widths({"A": 5, "B": 22, "C": 30, "D": 40, "E": 9, "Z": 18})
    for c in "FGHIJKLMNOPQRSTUVWXY":
        ws.column_dimensions[c].width = 13 if c in "FHJLNPRTVX" else 14
    sw.merge("A1", "Z1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", bold=True, h="center")
    sw.merge("A2", "Z2", "UPTD UNIT TRANSFUSI DARAH - DINAS KESEHATAN KABUPATEN LEMBAH WARUGA", bold=True, h="center")
    sw.merge("A3", "Z3", "Periode Pelaksanaan : Triwulan IV Tahun 2021", h="center")
    heads = [("A", "No"), ("B", "Sasaran"), ("C", "Program/Kegiatan/Sub Kegiatan"),
             ("D", "Indikator Kinerja Program (outcome)/ Kegiatan (output)/ Sub Kegiatan"),
             ("E", "Satuan"), ("Z", "Unit PD Penanggung Jawab")]
    for c, t in heads:
        sw.merge(f"{c}5", f"{c}7", t, bold=True, wrap=True, h="center", va="center")
    pairs = [("F", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"),
             ("H", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)"),
             ("J", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi"),
             ("T", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"),
             ("V", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021"),
             ("X", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)")]
    for c, t in pairs:
        sw.merge(f"{c}5", f"{cshift(c, 1)}6", t, bold=True, wrap=True, h="center", va="center")
    sw.merge("L5", "S5", "Realisasi Kinerja Pada Triwulan", bold=True, h="center")
    for c, t in (("L", "I"), ("N", "II"), ("P", "III"), ("R", "IV")):
        sw.merge(f"{c}6", f"{cshift(c, 1)}6", t, bold=True, h="center")
    for c in "FHJLNPRTVX":
        sw.put(f"{c}7", "K", bold=True, h="center")
        sw.put(f"{cshift(c, 1)}7", "Rp", bold=True, h="center")
    nums = [("A", "1"), ("B", "2"), ("C", "3"), ("D", "4"), ("E", "5"), ("F", "6"), ("H", "7"), ("J", "8"),
            ("L", "9"), ("N", "10"), ("P", "11"), ("R", "12"), ("T", "13 = 9+10+11+12"),
            ("V", "14 = 7 + 13"), ("X", "15 = 14/6 x 100"), ("Z", "16")]
    for c, t in nums:
        if c in "ABCDEZ":
            sw.put(f"{c}8", t, h="center", italic=True)
        else:
            sw.merge(f"{c}8", f"{cshift(c, 1)}8", t, h="center", italic=True)
    sw.box(5, 1, 8, 26)
    ws.row_dimensions[5].height = 30
    ws.row_dimensions[6].height = 58

    Q = {
        "U01": [1390, 1455, 1530, 1675], "U03": [118, 131, 127, 157], "U04": [4025, 4080, 4118, 4156],
        "U02": [76.1, 77.8, 78.5, 78.2], "U06": [1381, 1450, 1530, 1677], "U05": [100, 99.6, 99.8, 99.8],
        "U07": [1.72, 1.81, 1.6, 1.65], "U11": [790, 838, 861, 923], "U12": [54.9, 55.8, 56.1, 56.4],
        "U08b": [84.2, 85.9, 86.3, 86.1], "U10": [2.6, 2.4, 2.2, 2.3], "U13": [12, 17, 19, 23],
        "U14": [48, 49, 49, 50], "U15": [7, 7, 7, 7], "U20": [1.6, 1.5, 1.5, 1.4],
        "U16": ["-", 80.1, "-", 80.7], "U18": [0, 2, 4, 0], "U19": ["-", "-", "-", 96],
        "U23": [571250000, 598400000, 612300000, 689500000],
    }
    # realisasi s.d. 2020 (col 7) and Renstra end target (col 6): context only
    renstra = {"U01": (34000, 12186), "U03": (3300, 1230), "U04": (4800, 3987), "U02": (90, 79.1),
               "U06": (34000, 0), "U05": (100, 100), "U07": (1.5, 2.12), "U11": (17500, 6125),
               "U12": (70, 50.7), "U08b": (95, 88.7), "U10": (2, 3.4), "U13": (560, 166),
               "U14": (70, 44), "U15": (9, 6), "U20": (1, 2.3), "U16": (85, 82.05), "U18": (45, 13),
               "U19": (100, 85), "U23": (13000000000, 4467250000)}
    prog = [
        ("PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
         "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
         [("Pengelolaan Pelayanan Transfusi Darah (Pengambilan, Uji Saring dan Pengolahan Darah)", S1,
           ["U01", "U03", "U04", "U02", "U06", "U05", "U07", "U11", "U12"],
           (612400000, 148200000, 151900000, 160450000, 139870000)),
          ("Distribusi dan Pemenuhan Kebutuhan Darah bagi Fasilitas Pelayanan Kesehatan", S2,
           ["U08b", "U10", "U13", "U14", "U15", "U20"],
           (259050000, 51200000, 66300000, 62875000, 71500000))]),
        ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
         "Peningkatan Kapasitas Kinerja Pelayanan UPTD",
         [("Peningkatan Mutu Layanan dan Kompetensi SDM UTD", S3, ["U16", "U18", "U19", "U23"],
           (98000000, 12000000, 31500000, 22750000, 27150000))]),
    ]
    r = 9
    no = 1
    for pname, kname, subs in prog:
        sw.put(f"C{r}", pname, bold=True, wrap=True)
        pr = r
        r += 1
        sw.put(f"C{r}", kname, bold=True, wrap=True)
        kr = r
        r += 1
        sub_rows = []
        for sname, sas, ids, rp in subs:
            r0 = r
            rows = {}
            for i in ids:
                rows[i] = r
                r += 1
            sub_rows.append(r0)
            # sub kegiatan name + sasaran + Rp merged over the indicator rows
            sw.merge(f"C{r0}", f"C{r - 1}", sname, wrap=True, va="top")
            sw.merge(f"B{r0}", f"B{r - 1}", sas, wrap=True, va="top")
            for c, v in zip("KMOQS", rp):
                sw.merge(f"{c}{r0}", f"{c}{r - 1}", v, fmt=NUM0, va="top")
            sw.merge(f"G{r0}", f"G{r - 1}", rp[0] * 5 + 37500000, fmt=NUM0, va="top")
            sw.merge(f"I{r0}", f"I{r - 1}", rp[0] + 21300000, fmt=NUM0, va="top")
            sw.merge(f"U{r0}", f"U{r - 1}", f"=M{r0}+O{r0}+Q{r0}+S{r0}", fmt=NUM0, va="top")
            sw.merge(f"W{r0}", f"W{r - 1}", f"=I{r0}+U{r0}", fmt=NUM0, va="top")
            sw.merge(f"Y{r0}", f"Y{r - 1}", f"=ROUND(W{r0}/G{r0}*100,2)", fmt=NUM2, va="top")
            sw.merge(f"Z{r0}", f"Z{r - 1}", "UPTD UTD", va="top")
            for i in ids:
                rr = rows[i]
                sw.put(f"A{rr}", no, h="center")
                no += 1
                sw.put(f"D{rr}", nm(i, y), wrap=True)
                sw.put(f"E{rr}", unit(i), h="center")
                sw.put(f"F{rr}", renstra[i][0], NUM0 if isinstance(renstra[i][0], int) else NUM2)
                sw.put(f"H{rr}", renstra[i][1], NUM0 if isinstance(renstra[i][1], int) else NUM2)
                if i == "U10":
                    tkey = wtext(sw, f"J{rr}", "≤ 2,5", 2.5, h="right")
                elif i == "U08b":
                    tkey = wtext(sw, f"J{rr}", "85 %", 85, h="right")
                else:
                    tkey = wnum(sw, f"J{rr}", tg(i, y), NUM0 if isinstance(tg(i, y), int) else NUM2)
                q = Q[i]
                for c, v in zip("LNPR", q):
                    if isinstance(v, str):
                        sw.put(f"{c}{rr}", v, h="right")
                    else:
                        sw.put(f"{c}{rr}", v, NUM0 if isinstance(v, int) else NUM2)
                # column 13 K
                if i == "U02":            # PLANTED: a percentage summed over the quarters
                    f = f"=L{rr}+N{rr}+P{rr}+R{rr}"
                    cached = sum(q)
                elif i == "U13":          # PLANTED: computed column typed over with 0
                    f = 0
                    cached = 0
                elif i == "U07":          # PLANTED: formula pointing at the next row
                    f = f"=R{rr + 1}"
                    nxt = [k for k, v in rows.items() if v == rr + 1][0]
                    cached = Q[nxt][3]
                elif kind(i) == "flow":
                    f = f"=L{rr}+N{rr}+P{rr}+R{rr}"
                    cached = sum(q)
                else:
                    f = f"=R{rr}"        # "nilai akhir" for a level indicator
                    cached = q[3]
                if isinstance(f, int):
                    rkey = wnum(sw, f"T{rr}", f, NUM0)
                else:
                    rkey = wform(sw, f"T{rr}", f, cached, NUM2 if not isinstance(cached, int) else NUM0)
                sw.put(f"V{rr}", f"=H{rr}+T{rr}", NUM2)
                sw.put(f"X{rr}", f"=IF(F{rr}=0,0,ROUND(V{rr}/F{rr}*100,2))", NUM2)
                AG.add(fname, ws.title, f"D{rr}", nm(i, y), i, y, tkey, rkey,
                       ("cell", f"J{rr}"), ("cell", f"T{rr}"))
        # kegiatan / program Rp sums (not keyed)
        for c in "GIKMOQSUW":
            sw.put(f"{c}{kr}", "=" + "+".join(f"{c}{s}" for s in sub_rows), NUM0, bold=True)
            sw.put(f"{c}{pr}", f"={c}{kr}", NUM0, bold=True)
    last = r - 1
    sw.box(9, 1, last, 26)
    r += 1
    sw.merge(f"A{r}", f"S{r}", "Rata-rata capaian kinerja (%)", bold=True, h="right")
    sw.put(f"X{r}", 87.4, NUM1, bold=True)      # typed by the clerk
    sw.merge(f"A{r + 1}", f"S{r + 1}", "Predikat kinerja", bold=True, h="right")
    sw.put(f"X{r + 1}", "Tinggi", bold=True)
    r += 3
    for lab, txt in (("Faktor pendorong keberhasilan pencapaian :",
                      "Kerja sama dengan PMI dan komunitas donor; penambahan jadwal mobil unit."),
                     ("Faktor penghambat pencapaian kinerja :",
                      "Masih adanya pembatasan kegiatan masyarakat pada triwulan III."),
                     ("Tindak lanjut yang diperlukan dalam triwulan berikutnya :",
                      "Penambahan kerja sama donor dengan instansi vertikal."),
                     ("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya :",
                      "Penganggaran reagen uji saring metode NAT.")):
        sw.put(f"A{r}", lab, bold=True)
        sw.put(f"D{r}", txt)
        r += 1
    r += 1
    sw.put(f"C{r}", "Disusun")
    sw.put(f"T{r}", "Dievaluasi")
    sw.put(f"C{r + 1}", f"{KOTA}, 10 Januari 2022")
    sw.put(f"T{r + 1}", f"{KOTA}, 14 Januari 2022")
    sw.put(f"C{r + 2}", "Kepala UPTD Unit Transfusi Darah")
    sw.put(f"T{r + 2}", "Kepala Bappeda Kabupaten Lembah Waruga")
    sw.put(f"C{r + 6}", KEPALA2[0], bold=True)
    sw.put(f"C{r + 7}", KEPALA2[2])
    sw.put(f"T{r + 6}", "Ir. JOHANIS T. WALANGITAN, M.Si", bold=True)
    sw.put(f"T{r + 7}", "NIP. 19700221 199503 1 004")
    print_setup(ws)


# =========================================================================== 2022: indicator cards
def cards2022(wb, fname):
    ws = wb.active
    ws.title = "Kartu Kinerja 2022"
    sw = SW(ws)
    y = 2022
    sw.widths({"A": 2, "B": 16, "C": 12, "D": 12, "E": 12, "F": 12, "G": 3, "H": 16, "I": 12, "J": 12,
               "K": 12, "L": 12})
    sw.merge("A1", "L1", "KARTU CAPAIAN INDIKATOR KINERJA TAHUN 2022", bold=True, h="center", size=13)
    sw.merge("A2", "L2", "UPTD Unit Transfusi Darah Kabupaten Lembah Waruga", bold=True, h="center")
    sw.merge("A3", "L3", "(satu kartu untuk setiap indikator; realisasi triwulan dari laporan bulanan seksi)",
             italic=True, h="center")

    # quarter realisasi per indicator; annual written as formula unless noted
    Q = {
        "U01": [1588, 1702, 1691, 1940], "U06": [1588, 1702, 1691, 1940],
        "U02": [0.812, 0.826, 0.841, 0.835], "U03": [162, 181, 175, 213],
        "U04": [4210, 4288, 4351, 4402], "U05": [1, 1, 1, 1], "U07": [1.61, 1.58, 1.49, 1.52],
        "U21": [641, 688, 672, 744], "U22": [252, 281, 270, 317], "U12": [0.586, 0.597, 0.611, 0.602],
        "U08b": [88.1, 89.9, 88.6, 89.4], "U09": [1602, 1673, 1650, 1820], "U10": [2.2, 2.0, 1.8, 1.9],
        "U13": [24, 31, 29, 34], "U14": [52, 53, 55, 55], "U15": [7, 7, 8, 8],
        "U16": ["-", 83.9, "-", 84.3], "U17": ["-", "-", "-", "BB"], "U18": ["-", 4, 6, "-"],
        "U19": ["-", "-", "-", 1], "U23": [648900000, 672150000, 690800000, 735600000],
    }
    pctq = {"U02": PCT1, "U12": PCT1, "U05": PCT0, "U19": PCT0}
    groups = [("SASARAN 1 : " + S1, ["U01", "U06", "U02", "U03", "U04", "U05", "U07", "U21", "U22", "U12"]),
              ("SASARAN 2 : " + S2, ["U08b", "U09", "U10", "U13", "U14", "U15"]),
              ("SASARAN 3 : " + S3, ["U16", "U17", "U18", "U19", "U23"])]
    r = 5
    code = 0
    for gtitle, ids in groups:
        sw.merge(f"A{r}", f"L{r}", gtitle, bold=True, fill=GREY)
        r += 2
        for k in range(0, len(ids), 2):
            for side, i in enumerate(ids[k:k + 2]):
                L = "B" if side == 0 else "H"
                c1, c2, c3, c4 = [cshift(L, n) for n in (1, 2, 3, 4)]
                code += 1
                sw.put(f"{L}{r}", "Kode", bold=True, fill=BLUE)
                sw.merge(f"{c1}{r}", f"{c4}{r}", f"IKU-{code:02d}", fill=BLUE, bold=True)
                sw.put(f"{L}{r + 1}", "Indikator", bold=True, va="top")
                sw.merge(f"{c1}{r + 1}", f"{c4}{r + 1}", nm(i, y), wrap=True, va="top")
                ws.row_dimensions[r + 1].height = 32
                sw.put(f"{L}{r + 2}", "Satuan", bold=True)
                sw.merge(f"{c1}{r + 2}", f"{c4}{r + 2}", "predikat" if i == "U17" else unit(i))
                sw.put(f"{L}{r + 3}", "Target 2022", bold=True)
                tref = f"{c1}{r + 3}"
                if i == "U01":
                    tkey = wtext(sw, tref, "6.800 kantong", 6800)
                elif i == "U07":
                    tkey = wtext(sw, tref, "≤ 1,8 %", 1.8)
                elif i == "U10":
                    tkey = wtext(sw, tref, "maks. 2,5 %", 2.5)
                elif i == "U17":
                    tkey = wtext(sw, tref, "BB", None)
                elif i in ("U02", "U12"):
                    tkey = wnum(sw, tref, tg(i, y) / 100, PCT0)
                elif i in ("U05", "U19"):
                    tkey = wnum(sw, tref, 1, PCT0)
                elif i == "U14":
                    tkey = wtext(sw, tref, "52 instansi", 52)
                elif i == "U23":
                    tkey = wtext(sw, tref, "Rp 2.650.000.000", 2650000000)
                else:
                    tkey = wnum(sw, tref, tg(i, y), NUM0)
                sw.put(f"{L}{r + 4}", "Triwulan", bold=True)
                for c, t in zip((c1, c2, c3, c4), ("I", "II", "III", "IV")):
                    sw.put(f"{c}{r + 4}", t, bold=True, h="center")
                sw.put(f"{L}{r + 5}", "Realisasi TW", bold=True)
                q = Q[i]
                for c, v in zip((c1, c2, c3, c4), q):
                    if isinstance(v, str):
                        sw.put(f"{c}{r + 5}", v, h="right")
                    else:
                        sw.put(f"{c}{r + 5}", v, pctq.get(i, NUM0 if isinstance(v, int) else NUM2))
                sw.put(f"{L}{r + 6}", "Realisasi 2022", bold=True, fill=YELLOW)
                aref = f"{c1}{r + 6}"
                qr = f"{c1}{r + 5}:{c4}{r + 5}"
                if i == "U13":
                    rkey = wnum(sw, aref, 112, NUM0, fill=YELLOW)       # PLANTED: typed over (quarters: 118)
                elif i == "U16":
                    rkey = wtext(sw, aref, "84,30", 84.3, fill=YELLOW)
                elif i == "U23":
                    rkey = wtext(sw, aref, "Rp 2.747.450.000,-", 2747450000, fill=YELLOW)
                elif i == "U17":
                    rkey = wtext(sw, aref, "BB", None, fill=YELLOW)
                elif kind(i) == "flow":
                    rkey = wform(sw, aref, f"=SUM({qr})", sum(v for v in q if not isinstance(v, str)),
                                 NUM0, fill=YELLOW)
                else:
                    last = q[3]
                    rkey = wform(sw, aref, f"={c4}{r + 5}", last, pctq.get(i, NUM0 if isinstance(last, int) else NUM2),
                                 fill=YELLOW)
                ws.merge_cells(f"{aref}:{c4}{r + 6}")
                sw.put(f"{L}{r + 7}", "Capaian (%)", bold=True)
                if i in ("U17",):
                    sw.put(f"{c1}{r + 7}", "100")
                elif i in ("U01", "U07", "U10", "U14", "U16", "U23"):
                    sw.put(f"{c1}{r + 7}", {"U01": 101.78, "U07": 115.56, "U10": 124.0, "U14": 105.77,
                                             "U16": 101.57, "U23": 103.68}[i], NUM2)
                else:
                    sw.put(f"{c1}{r + 7}", f"=ROUND({aref}/{tref}*100,2)", NUM2)
                ws.merge_cells(f"{c1}{r + 7}:{c4}{r + 7}")
                sw.box(r, column_index_from_string(L), r + 7, column_index_from_string(c4))
                AG.add(fname, ws.title, f"{c1}{r + 1}", nm(i, y), i, y, tkey, rkey,
                       ("cell", tref), ("cell", aref))
            r += 9
    sw.put(f"B{r}", "Catatan: IKU-08 dan IKU-09 (komponen darah) dipecah menurut jenis produk mulai 2022; "
                    "lihat lembar Catatan.", italic=True)
    signature(sw, r + 2, 8, f"{KOTA}, 6 Januari 2023", ["Kepala UPTD Unit Transfusi Darah,"], *KEPALA2)
    ws.print_area = f"A1:L{r + 10}"
    print_setup(ws, landscape=False)


def main():
    # workbook 1: PK 2019 + RA 2020 (xls)
    f1 = "UTD_LembahWaruga_PK_RA_2019_2020.xls"
    wb = new_book()
    pk2019(wb, f1)
    ra2020(wb, f1)
    notes_sheet(wb, ["Catatan penyusun",
                     "Lembar PK 2019 memuat Perjanjian Kinerja 2019 dengan realisasi akhir tahun.",
                     "Lembar RA 2020 memuat rencana aksi triwulanan; realisasi tahunan tidak dihitung di lembar ini.",
                     "Angka target kantong darah PK 2019 disalin dari dokumen PK (6.200 kantong)."])
    save_raw(wb, "utd_2019_2020.xlsx")
    AG.add_file(f1, "utd_2019_2020.xlsx", "xls")

    f2 = "UTD_LembahWaruga_Evaluasi_Renja_TW4_2021.ods"
    wb = new_book()
    e81_2021(wb, f2)
    save_raw(wb, "utd_2021.xlsx")
    AG.add_file(f2, "utd_2021.xlsx", "ods")

    f3 = "UTD_LembahWaruga_Kartu_Kinerja_2022.xlsx"
    wb = new_book()
    cards2022(wb, f3)
    notes_sheet(wb, ["Catatan",
                     "Mulai tahun 2022 indikator 'Jumlah komponen darah diproduksi' dipecah menjadi PRC dan TC/FFP.",
                     "Indikator pemenuhan kebutuhan darah mengacu pada standar WHO (2% jumlah penduduk).",
                     "Realisasi tahunan indikator persentase = nilai triwulan IV."])
    save_raw(wb, "utd_2022.xlsx")
    AG.add_file(f3, "utd_2022.xlsx", "xlsx")
    AG.write()


if __name__ == "__main__":
    main()
