"""Agency 3: Dinas Lingkungan Hidup Provinsi Nusa Kemuning (invented).  Years 2017-2020.  Files:
  PK DLH 2017.xls                         (annual PK, 2 header rows + numbered row, Sifat column; hidden Sheet2)
  Kartu Capaian IKU DLH 2018.xlsx         (one 'card' of label/value rows per indicator)
  RENAKSI DLH 2019.ods                    (quarterly T/R/% triplets + annual realisasi column; hidden first version)
  Tren Capaian Kinerja DLH 2017-2020.xlsx (3 rows per indicator: Target / Realisasi / Capaian, years across;
                                           only 2020 keyed)
"""
from common import *

SLUG = "dlh_prov_nusa_kemuning"
AGENCY = "Dinas Lingkungan Hidup Provinsi Nusa Kemuning"
YEARS = [2017, 2018, 2019, 2020]

IND = {
    "L01": ("indeks", "+", "level", 1, {
        2017: ("Indeks Kualitas Lingkungan Hidup (IKLH)", 64.0, 63.42),
        2018: ("IKLH", 65.0, 65.87),
        2019: ("Indeks Kualitas Lingkungan Hidup", 66.0, 66.91),
        2020: ("Nilai Indeks Kualitas Lingkungan Hidup Provinsi (IKLH)", 67.0, 68.15)}),
    "L02": ("indeks", "+", "level", 1, {
        2017: ("Indeks Kualitas Air (IKA)", 55, 52.30),
        2018: ("IKA", 56, 56.67),
        2019: ("Indeks kualitas air sungai", 57, 55.10),
        2020: ("Indeks Kualitas Air", 58, 60.20)}),
    "L03": ("indeks", "+", "level", 1, {
        2017: ("Indeks Kualitas Udara (IKU)", 85, 87.12),
        2018: ("Indeks Kualitas Udara", 86, 86.45),
        2019: ("IKU (Indeks Kualitas Udara)", 86, 84.90),
        2020: ("Indeks kualitas udara (IKU)", 87, 88.77)}),
    "L04": ("indeks", "+", "level", 1, {
        2017: ("Indeks Tutupan Hutan (ITH)", 48, 47.9),
        2018: ("Indeks Tutupan Hutan", 48.5, 48.2)}),
    "L04b": ("indeks", "+", "level", 1, {
        2019: ("Indeks Kualitas Tutupan Lahan (IKTL)", 55, 56.3),
        2020: ("Indeks Kualitas Tutupan Lahan", 56, 55.8)}),
    "L05": ("%", "+", "level", 1, {
        2017: ("Persentase sungai yang memenuhi baku mutu air", 40, 38.5),
        2018: ("Persentase titik pantau sungai yang memenuhi baku mutu", 45, 46.2),
        2019: ("Prosentase Sungai Memenuhi Baku Mutu Air", 50, 50.0),
        2020: ("% sungai yang memenuhi baku mutu air kelas II", 55, 57.7)}),
    "L06": ("titik", "+", "level", 1, {
        2017: ("Jumlah titik pantau kualitas air sungai", 26, 26),
        2018: ("Jumlah titik sampling kualitas air", 26, 26),
        2019: ("Jumlah Titik Pantau Kualitas Air Sungai", 30, 30),
        2020: ("Jumlah lokasi pemantauan kualitas air sungai (titik)", 30, 32)}),
    "L17": ("%", "+", "level", 1, {
        2017: ("Persentase penurunan emisi GRK", 20, 18.7),
        2018: ("Persentase penurunan emisi gas rumah kaca", 21, 21.4),
        2019: ("Persentase Penurunan Emisi Gas Rumah Kaca (GRK)", 22, 22.6),
        2020: ("Penurunan emisi GRK (%)", 23, 24.1)}),
    "L07": ("%", "+", "level", 2, {
        2017: ("Persentase industri yang taat pengelolaan limbah B3", 60, 58.3),
        2018: ("Persentase perusahaan yang taat terhadap pengelolaan Limbah B3", 65, 66.7),
        2019: ("Persentase Usaha/Kegiatan yg taat pengelolaan limbah Bahan Berbahaya dan Beracun", 70, 72.0),
        2020: ("Tingkat ketaatan perusahaan dalam pengelolaan limbah B3 (%)", 75, 74.1)}),
    "L08": ("perusahaan", "+", "flow", 2, {
        2017: ("Jumlah industri yang diawasi pengelolaan limbah B3", 60, 60),
        2018: ("Jumlah perusahaan yang diawasi dalam pengelolaan limbah B3", 60, 63),
        2019: ("Jumlah Usaha/Kegiatan yang diawasi pengelolaan LB3", 75, 75),
        2020: ("Jumlah perusahaan yang diawasi (limbah B3)", 80, 54)}),
    "L09": ("%", "+", "level", 2, {
        2019: ("Persentase limbah B3 terkelola", 80, 83.4),
        2020: ("Persentase Limbah B3 yang Dikelola Sesuai Ketentuan", 85, 86.9)}),
    "L10": ("izin", "+", "flow", 2, {
        2017: ("Jumlah izin pengelolaan limbah B3 yang diterbitkan", 40, 37),
        2018: ("Jumlah rekomendasi/izin pengelolaan limbah B3", 45, 48),
        2019: ("Jumlah izin/rekomendasi pengelolaan LB3 yang diterbitkan", 50, 52),
        2020: ("Jumlah izin pengelolaan limbah B3 yg diterbitkan (izin)", 50, 44)}),
    "L11": ("%", "+", "level", 2, {
        2017: ("Persentase dokumen AMDAL yang dinilai tepat waktu", 90, 85.7),
        2018: ("Persentase penilaian dokumen Amdal tepat waktu", 90, 92.3),
        2019: ("Prosentase Dokumen AMDAL yang Diselesaikan Tepat Waktu", 95, 100),
        2020: ("Persentase dokumen Analisis Mengenai Dampak Lingkungan (AMDAL) yang dinilai tepat waktu", 95, 93.8)}),
    "L12": ("dokumen", "+", "flow", 2, {
        2017: ("Jumlah dokumen AMDAL yang dinilai", 14, 14),
        2018: ("Jumlah dokumen Amdal yg dinilai", 13, 13),
        2019: ("Jumlah Dokumen AMDAL yang Dinilai Komisi Penilai AMDAL", 15, 17),
        2020: ("Jumlah dokumen AMDAL dinilai (dokumen)", 16, 16)}),
    "L13": ("dokumen", "+", "flow", 2, {
        2017: ("Jumlah dokumen UKL-UPL  yang diperiksa", 30, 34),
        2018: ("Jumlah dokumen UKL/UPL yg diperiksa", 30, 29),
        2019: ("Jumlah Dokumen UKL-UPL yang Diperiksa", 35, 41),
        2020: ("Jumlah dokumen Upaya Pengelolaan Lingkungan dan Upaya Pemantauan Lingkungan (UKL-UPL) yang diperiksa", 40, 38)}),
    "L14": ("%", "+", "level", 2, {
        2017: ("Persentase pengaduan masalah lingkungan yang ditindaklanjuti", 100, 100),
        2018: ("Persentase pengaduan lingkungan hidup yang ditindaklanjuti", 100, 95.5),
        2019: ("Persentase Pengaduan Masalah Lingkungan yang Ditindaklanjuti", 100, 100),
        2020: ("Persentase pengaduan kasus LH yg ditindaklanjuti", 100, 97.1)}),
    "L15": ("kasus", "-", "flow", 2, {
        2017: ("Jumlah kasus pencemaran dan perusakan lingkungan", 20, 23),
        2018: ("Jumlah kasus pencemaran/kerusakan lingkungan", 18, 17),
        2019: ("Jumlah Kasus Pencemaran dan/atau Perusakan Lingkungan Hidup", 15, 15),
        2020: ("Kasus pencemaran lingkungan (kasus)", 12, 9)}),
    "L25": ("%", "+", "level", 2, {
        2020: ("Persentase fasyankes yang mengelola limbah medis sesuai standar", 80, 76.5)}),
    "L16": ("Ha", "+", "flow", 3, {
        2017: ("Luas rehabilitasi lahan kritis (Ha)", 1200, 1265.5),
        2018: ("Luas lahan kritis yang direhabilitasi", 1250, 1310.25),
        2019: ("Luas Lahan Kritis Yang Direhabilitasi (Ha)", 1300, 876.75),
        2020: ("Luasan lahan kritis yang direhabilitasi", 1350, 1352.75)}),
    "L18": ("sekolah", "+", "level", 3, {
        2017: ("Jumlah sekolah Adiwiyata tingkat Provinsi", 25, 27),
        2018: ("Jumlah Sekolah Adiwiyata Provinsi", 30, 31),
        2019: ("Jumlah sekolah adiwiyata provinsi", 35, 36),
        2020: ("Jumlah sekolah peraih Adiwiyata Provinsi", 40, 38)}),
    "L18b": ("sekolah", "+", "level", 3, {
        2018: ("Jumlah Sekolah Adiwiyata Nasional", 8, 9),
        2019: ("Jumlah sekolah adiwiyata nasional", 10, 10),
        2020: ("Jumlah sekolah peraih Adiwiyata Nasional", 12, 13)}),
    "L19": ("kab/kota", "+", "level", 3, {
        2017: ("Jumlah Kabupaten/Kota yang memperoleh Adipura", 4, 3),
        2018: ("Jumlah Kab/Kota penerima Adipura", 5, 5),
        2019: ("Jumlah Kab/Kota yg Meraih Adipura", 5, 6),
        2020: ("Jumlah kabupaten/kota peraih Piala Adipura", 6, 6)}),
    "L20": ("%", "+", "level", 3, {
        2018: ("Persentase penanganan sampah", 70, 68.2),
        2019: ("Persentase sampah yang tertangani", 71, 71.5),
        2020: ("Persentase penanganan sampah rumah tangga dan sejenis sampah rumah tangga", 72, 70.9)}),
    "L21": ("%", "+", "level", 3, {
        2018: ("Persentase pengurangan sampah", 20, 14.3),
        2019: ("Persentase sampah yang dikurangi", 22, 18.9),
        2020: ("Persentase pengurangan sampah rumah tangga dan sejenis sampah rumah tangga", 24, 21.2)}),
    "L22": ("unit", "+", "level", 3, {
        2017: ("Jumlah bank sampah", 120, 134),
        2018: ("Jumlah Bank Sampah (unit)", 150, 162),
        2019: ("Jml. Bank Sampah", 180, 171)}),
    "L24": ("lokasi", "+", "level", 3, {
        2019: ("Jumlah lokasi Program Kampung Iklim (ProKlim)", 15, 17),
        2020: ("Jumlah ProKlim", 20, 21)}),
    "L23": ("predikat", "+", "grade", 4, {
        2017: ("Nilai Evaluasi SAKIP Dinas", "B", "-"),
        2019: ("Nilai AKIP DLH", "BB", "B"),
        2020: ("Predikat SAKIP", "BB", "BB")}),
}

SASARAN = {1: "Meningkatnya kualitas lingkungan hidup",
           2: "Meningkatnya ketaatan pelaku usaha/kegiatan terhadap peraturan lingkungan hidup",
           3: "Meningkatnya peran serta masyarakat dalam perlindungan dan pengelolaan lingkungan hidup",
           4: "Meningkatnya akuntabilitas kinerja Dinas"}

ORDER = ["L01", "L02", "L03", "L04", "L04b", "L05", "L06", "L17", "L07", "L08", "L09", "L10", "L11", "L12", "L13",
         "L14", "L15", "L25", "L16", "L18", "L18b", "L19", "L20", "L21", "L22", "L24", "L23"]


def ids_of(year):
    return [i for i in ORDER if year in IND[i][4]]


def groups_of(year):
    g = {}
    for i in ids_of(year):
        g.setdefault(IND[i][3], []).append(i)
    return g


def kadis(ws, r, col, date):
    txt(ws, f"{col}{r}", date)
    txt(ws, f"{col}{r+1}", "KEPALA DINAS LINGKUNGAN HIDUP")
    txt(ws, f"{col}{r+2}", "PROVINSI NUSA KEMUNING,")
    txt(ws, f"{col}{r+6}", "Ir. H. BAHARUDDIN TAMBUNAN, M.Si", bold=True)
    txt(ws, f"{col}{r+7}", "Pembina Utama Muda (IV/c)")
    txt(ws, f"{col}{r+8}", "NIP. 19650817 199203 1 006")


# ================================================================ 2017 (xls)
def book_2017():
    Y = 2017
    bk = Book(SLUG, "PK DLH 2017.xls", "xls")
    ws = bk.sheet("PK 2017", "Annual PK 2017: two header rows (5-6) + numbered row 7. Columns: A No | B Sasaran Strategis "
                  "(merged) | C Indikator Kinerja | D Sifat (+/-) | E-F Target {Nilai, Satuan} | G-H Realisasi {Nilai, Satuan} "
                  "| I Capaian (%) formula | J Keterangan. Budget and signature below.")
    widths(ws, {"A": 5, "B": 30, "C": 46, "D": 6, "E": 9, "F": 10, "G": 10, "H": 10, "I": 10, "J": 22})
    merge(ws, 1, 1, 1, 10, "PENGUKURAN KINERJA", bold=True)
    merge(ws, 2, 1, 2, 10, "DINAS LINGKUNGAN HIDUP PROVINSI NUSA KEMUNING", bold=True)
    merge(ws, 3, 1, 3, 10, "TAHUN 2017", bold=True)
    for col, h in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Sifat"), (9, "Capaian (%)"),
                   (10, "Keterangan")]:
        merge(ws, 5, col, 6, col, h, bold=True, fill=HEADFILL)
    merge(ws, 5, 5, 5, 6, "Target", bold=True, fill=HEADFILL)
    merge(ws, 5, 7, 5, 8, "Realisasi", bold=True, fill=HEADFILL)
    for c, h in [(5, "Nilai"), (6, "Satuan"), (7, "Nilai"), (8, "Satuan")]:
        x = ws.cell(6, c, h); x.font = BOLD; x.alignment = CENTER; x.fill = HEADFILL
    box(ws, 5, 1, 6, 10)
    for c0, c1, s in [(1, 1, "(1)"), (2, 2, "(2)"), (3, 3, "(3)"), (4, 4, "(4)"), (5, 6, "(5)"), (7, 8, "(6)"),
                      (9, 9, "(7)"), (10, 10, "(8)")]:
        merge(ws, 7, c0, 7, c1, s)
    box(ws, 7, 1, 7, 10)
    r = 8
    no = 0
    for s, members in groups_of(Y).items():
        start = r
        for i in members:
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            no += 1
            put(ws, f"A{r}", no, align=CENTER)
            put(ws, f"C{r}", name, align=WRAP)
            put(ws, f"D{r}", pol, align=CENTER)
            uu = unit if unit != "predikat" else "predikat"
            if i == "L05":
                tk = put(ws, f"E{r}", t("40-45", 40))
                bk.note(ws, r, "L05 target typed as a range '40-45' -> key 40.")
            elif i == "L17":
                tk = put(ws, f"E{r}", n(200))
                bk.note(ws, r, "L17 target typed 200 (10x the real 20 %; 2018: 21). Keyed as typed 200; capaian shows 9,35.")
            elif kind == "grade":
                tk = put(ws, f"E{r}", grade(T))
            else:
                tk = put(ws, f"E{r}", n(T))
            put(ws, f"F{r}", uu)
            if i == "L16":
                rk = put(ws, f"G{r}", t("1.265,50", 1265.5))
                bk.note(ws, r, "L16 realisasi typed as text '1.265,50' (Indonesian separators) -> 1265.5; capaian #VALUE!.")
            elif kind == "grade":
                rk = put(ws, f"G{r}", dash())
                bk.note(ws, r, "L23 grade: target 'B', realisasi '-' (evaluation not yet published) -> null/null.")
            else:
                rk = put(ws, f"G{r}", n(R, "#,##0" if isinstance(R, int) and R >= 1000 else None))
            put(ws, f"H{r}", uu)
            if kind == "grade":
                put(ws, f"I{r}", "-")
            elif i == "L15":
                put(ws, f"I{r}", C(f"=G{r}/E{r}*100", "0.00"))
                bk.note(ws, r, "L15 has Sifat '-' (negative: kasus pencemaran) but capaian uses =G/E*100 (115 instead of 85).")
            elif i == "L12":
                put(ws, f"I{r}", C(f"=G{r}/E{r+1}*100", "0.00"))
                bk.note(ws, r, f"L12 capaian formula =G{r}/E{r+1}*100 divides by the next row's target (wrong row).")
            elif i == "L06":
                put(ws, f"I{r}", n(115.38, "0.00"))
                bk.note(ws, r, "L06 capaian typed 115,38 while 26 / 26 = 100 (typed capaian disagrees).")
            elif pol == "-":
                put(ws, f"I{r}", C(f"=(2*E{r}-G{r})/E{r}*100", "0.00"))
            else:
                put(ws, f"I{r}", C(f"=G{r}/E{r}*100", "0.00"))
            put(ws, f"J{r}", "Data KLHK (dirilis thn berikutnya)" if i in ("L01", "L02", "L03") else "")
            bk.key(ws, r, Y, f"C{r}", i, f"E{r}", {"cell": f"G{r}"}, tk, rk)
            r += 1
        merge(ws, start, 2, r - 1, 2, SASARAN[s], align=WRAP)
        box(ws, start, 2, r - 1, 2)
    r += 1
    txt(ws, f"B{r}", "Jumlah Anggaran Tahun 2017 : Rp. 18.642.350.000,-")
    txt(ws, f"B{r+1}", "Jumlah Realisasi Anggaran : Rp. 16.998.104.275,-")
    bk.note(ws, r, "Budget lines (not key rows).")
    kadis(ws, r + 3, "G", "Kemuning, 31 Desember 2017")
    # hidden Sheet2: old 2016 template
    w2 = bk.sheet("Sheet2", "HIDDEN leftover of the 2016 template (BLHD era indicators and targets); not keyed.", hidden=True)
    txt(w2, "A1", "PK BADAN LINGKUNGAN HIDUP DAERAH 2016", bold=True)
    rows = [("Indeks Kualitas Lingkungan Hidup (IKLH)", 63.5), ("Indeks Kualitas Air (IKA)", 54),
            ("Jumlah industri yang diawasi pengelolaan limbah B3", 55), ("Jumlah dokumen AMDAL yang dinilai", 12),
            ("Jumlah sekolah Adiwiyata tingkat Provinsi", 20)]
    for k, (a, b) in enumerate(rows):
        w2[f"A{3+k}"] = a; w2[f"B{3+k}"] = b
    bk.note(w2, 1, "Hidden sheet, no key rows.")
    return bk


# ================================================================ 2018 cards (xlsx)
FORMULA = {
    "%": "(jumlah yang memenuhi kriteria / jumlah seluruhnya) x 100%",
    "indeks": "Perhitungan indeks sesuai metode KLHK",
}


def book_2018():
    Y = 2018
    bk = Book(SLUG, "Kartu Capaian IKU DLH 2018.xlsx", "xlsx")
    ws = bk.sheet("IKU 2018", "One CARD per indicator, 8 rows each (7 label rows + a blank): B label | C ':' | D value "
                  "(D:H merged). Labels: Sasaran, Indikator Kinerja (key row; name in D), Formulasi, Satuan, Target 2018, "
                  "Realisasi 2018, Capaian (formula). The card number sits in A of the Sasaran row. No column header row.")
    widths(ws, {"A": 6, "B": 20, "C": 2, "D": 16, "E": 14, "F": 14, "G": 14, "H": 14})
    merge(ws, 1, 1, 1, 8, "LEMBAR CAPAIAN INDIKATOR KINERJA UTAMA", bold=True)
    merge(ws, 2, 1, 2, 8, "DINAS LINGKUNGAN HIDUP PROVINSI NUSA KEMUNING", bold=True)
    merge(ws, 3, 1, 3, 8, "TAHUN 2018", bold=True)
    r = 5
    no = 0
    prev_target_row = None
    for s, members in groups_of(Y).items():
        for i in members:
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            no += 1
            labels = ["Sasaran", "Indikator Kinerja", "Formulasi", "Satuan", "Target 2018", "Realisasi 2018", "Capaian (%)"]
            for k, lab in enumerate(labels):
                txt(ws, f"B{r+k}", lab, bold=(k == 1))
                txt(ws, f"C{r+k}", ":")
                merge(ws, r + k, 4, r + k, 8, None, align=Alignment(horizontal="left", vertical="top", wrap_text=True))
            box(ws, r, 1, r + 6, 8)
            txt(ws, f"A{r}", f"{no}.", bold=True)
            ws[f"D{r}"] = SASARAN[s]
            ws[f"D{r+1}"] = name
            ws[f"D{r+2}"] = FORMULA.get(unit, f"Jumlah {unit} (hitungan)")
            ws[f"D{r+3}"] = unit
            tr, rr_ = r + 4, r + 5
            if i == "L22":
                tk = put(ws, f"D{tr}", n(1500), border=False)
                bk.note(ws, r + 1, "L22 target typed 1500 (10x the real 150; 2017: 120, 2019: 180). Keyed as typed 1500.")
            elif i == "L01":
                tk = put(ws, f"D{tr}", t("65,00", 65.0), border=False)
            else:
                tk = put(ws, f"D{tr}", n(T), border=False)
            if i == "L16":
                rk = put(ws, f"D{rr_}", t("1.310,25 Ha", 1310.25), border=False)
                bk.note(ws, r + 1, "L16 realisasi typed '1.310,25 Ha' -> 1310.25.")
            elif i == "L12":
                rk = put(ws, f"D{rr_}", t("13 dok.", 13), border=False)
                bk.note(ws, r + 1, "L12 realisasi typed '13 dok.' -> 13.")
            elif i == "L18b":
                rk = put(ws, f"D{rr_}", t("9 sekolah", 9), border=False)
            elif i == "L21":
                rk = put(ws, f"D{rr_}", pc(14.3, "0.0%"), border=False)
                bk.note(ws, r + 1, "L21 realisasi is a %-formatted fraction (0.143 shown 14,3%) while its target is 20 "
                                   "in percent points -> key 14.3; the card's capaian formula shows 0,72.")
            elif i == "L02":
                rk = put(ws, f"D{rr_}", t("56,67", 56.67), border=False)
            else:
                rk = put(ws, f"D{rr_}", n(R), border=False)
            cr = r + 6
            if i == "L15":
                ws[f"D{cr}"] = f"=D{rr_}/D{tr}*100"
                bk.note(ws, r + 1, "L15 negative (kasus pencemaran) card uses the positive formula (94,44 instead of 105,56).")
            elif i == "L07":
                ws[f"D{cr}"] = f"=D{rr_}/D{prev_target_row}*100"
                bk.note(ws, r + 1, f"L07 capaian formula =D{rr_}/D{prev_target_row}*100 uses the previous card's target (wrong row).")
            elif i == "L19":
                ws[f"D{cr}"] = 125
                bk.note(ws, r + 1, "L19 capaian typed 125 while 5 / 5 = 100 (typed capaian disagrees).")
            elif i in ("L01", "L02", "L16", "L12", "L18b"):
                ws[f"D{cr}"] = f'=IFERROR(D{rr_}/D{tr}*100,"-")'
            elif pol == "-":
                ws[f"D{cr}"] = f"=(2*D{tr}-D{rr_})/D{tr}*100"
            else:
                ws[f"D{cr}"] = f"=D{rr_}/D{tr}*100"
            ws[f"D{cr}"].number_format = "0.00"
            bk.key(ws, r + 1, Y, f"D{r+1}", i, f"D{tr}", {"cell": f"D{rr_}"}, tk, rk)
            if i == "L01":
                bk.note(ws, r + 1, "L01 name is the bare acronym 'IKLH'; target typed as text '65,00'.")
            prev_target_row = tr
            r += 8
    kadis(ws, r + 1, "E", "Kemuning, 15 Januari 2019")
    bk.note(ws, r + 1, "Signature block (not key rows).")
    w2 = bk.sheet("Petunjuk", "Notes sheet (instructions for filling the cards); no key rows.")
    for k, s in enumerate(["Petunjuk pengisian kartu IKU:",
                           "1. Satu kartu untuk satu indikator.",
                           "2. Target sesuai Perjanjian Kinerja 2018; realisasi per 31 Desember 2018.",
                           "3. IKLH, IKA, IKU 2018 masih angka sementara (menunggu rilis KLHK)."]):
        txt(w2, f"A{k+1}", s)
    return bk


# ================================================================ 2019 quarterly (ods)
Q2019 = {  # (quarter targets, quarter realisasi, annual realisasi C or None -> formula)
    "L01": ([dash(), dash(), dash(), n(66)], [dash(), dash(), dash(), n(66.91)], t("66,91", 66.91)),
    "L02": ([dash(), n(57), dash(), n(57)], [dash(), n(54.8), dash(), n(55.10)], "=P"),
    "L03": ([dash(), n(86), dash(), n(86)], [dash(), n(85.3), dash(), n(84.9)], n(84.9)),
    "L04b": ([dash(), dash(), dash(), n(55)], [dash(), dash(), dash(), n(56.3)], n(56.3)),
    "L05": ([n(50)] * 4, [n(46.2), n(50), n(53.8), n(50)], n(50)),
    "L06": ([n(30)] * 4, [n(30)] * 4, n(30)),
    "L17": ([dash(), dash(), dash(), n(22)], [dash(), dash(), dash(), n(22.6)], n(22.6)),
    "L07": ([n(70)] * 4, [n(65.3), n(68.0), n(70.7), n(72.0)], "=P"),
    "L08": ([n(15), n(20), n(20), n(20)], [n(12), n(21), n(22), n(20)], "SUM"),
    "L09": ([n(80)] * 4, [n(79.5), n(81.2), n(82.8), n(83.4)], pc(83.4, "0.0%")),
    "L10": ([pc(25, "0%"), pc(50, "0%"), pc(75, "0%"), pc(100, "0%")], [n(11), n(14), n(13), n(14)], "SUM"),
    "L11": ([n(95)] * 4, [n(100)] * 4, n(100)),
    "L12": ([n(3), n(4), n(4), n(4)], [n(4), n(5), n(3), n(5)], "SUM"),
    "L13": ([n(8), n(9), n(9), n(9)], [n(9), n(12), n(10), n(10)], "SUM"),
    "L14": ([n(100)] * 4, [n(100)] * 4, n(100)),
    "L15": ([n(4), n(4), n(4), n(3)], [n(5), n(3), n(4), n(3)], "SUM"),
    "L16": ([n(300), n(350), n(350), n(300)], [n(295.5), t("310,25 Ha", 310.25), n(281.0), n(300.25)], "SUM"),
    "L18": ([dash(), dash(), dash(), n(35)], [dash(), dash(), dash(), n(36)], "=P"),
    "L18b": ([dash(), dash(), dash(), n(10)], [dash(), dash(), dash(), n(10)], "=P"),
    "L19": ([dash(), dash(), dash(), n(5)], [dash(), dash(), dash(), n(6)], n(6)),
    "L20": ([n(71)] * 4, [n(69.0), n(70.2), n(71.1), n(71.5)], n(71.5)),
    "L21": ([n(22)] * 4, [n(15.2), n(16.8), n(17.9), n(18.9)], n(18.9)),
    "L22": ([n(180)] * 4, [n(165), n(168), n(170), n(171)], "=P"),
    "L24": ([dash(), dash(), dash(), n(15)], [dash(), dash(), dash(), n(17)], n(17)),
    "L23": ([dash(), dash(), dash(), grade("BB")], [dash(), dash(), dash(), grade("B")], grade("B")),
}


def book_2019():
    Y = 2019
    bk = Book(SLUG, "RENAKSI DLH 2019.ods", "ods")
    ws = bk.sheet("Renaksi 2019", "Quarterly Rencana Aksi 2019: two header rows (5-6) + numbered row 7. Columns: A No | "
                  "B Sasaran | C Indikator Kinerja | D Satuan | E Target 2019 | F-H TW I {T, R, %} | I-K TW II | L-N TW III | "
                  "O-Q TW IV | R Realisasi Tahun 2019 | S Capaian 2019 (%) | T Penanggung Jawab. The annual realisasi "
                  "column R exists: key realisasi = R.")
    widths(ws, {"A": 5, "B": 26, "C": 44, "D": 10, "E": 9, "R": 11, "S": 10, "T": 22})
    for c in range(6, 18):
        ws.column_dimensions[L(c)].width = 7
    merge(ws, 1, 1, 1, 20, "RENCANA AKSI DAN CAPAIAN KINERJA TRIWULAN", bold=True)
    merge(ws, 2, 1, 2, 20, "DINAS LINGKUNGAN HIDUP PROVINSI NUSA KEMUNING", bold=True)
    merge(ws, 3, 1, 3, 20, "TAHUN 2019", bold=True)
    for col, h in [(1, "No"), (2, "Sasaran"), (3, "Indikator Kinerja"), (4, "Satuan"), (5, "Target 2019"),
                   (18, "Realisasi Tahun 2019"), (19, "Capaian 2019 (%)"), (20, "Penanggung Jawab")]:
        merge(ws, 5, col, 6, col, h, bold=True, fill=HEADFILL)
    for k, tw in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        c0 = 6 + 3 * k
        merge(ws, 5, c0, 5, c0 + 2, tw, bold=True, fill=HEADFILL)
        for j, h in enumerate(["T", "R", "%"]):
            x = ws.cell(6, c0 + j, h); x.font = BOLD; x.alignment = CENTER; x.fill = HEADFILL
    box(ws, 5, 1, 6, 20)
    for c in range(1, 21):
        x = ws.cell(7, c, c); x.alignment = CENTER; x.border = BORDER
    pj = {1: "Bidang Tata Lingkungan", 2: "Bidang Pengendalian Pencemaran & Kerusakan LH",
          3: "Bidang Pengelolaan Sampah, Limbah B3 & Peningkatan Kapasitas", 4: "Sekretariat"}
    r = 8
    no = 0
    for s, members in groups_of(Y).items():
        start = r
        for i in members:
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            copies = 2 if i == "L13" else 1
            for cp in range(copies):
                no += 1
                put(ws, f"A{r}", no, align=CENTER)
                put(ws, f"C{r}", name, align=WRAP)
                put(ws, f"D{r}", unit)
                if i == "L11":
                    tk = put(ws, f"E{r}", t(">= 95", 95))
                    if cp == 0:
                        bk.note(ws, r, "L11 target typed '>= 95' -> key 95.")
                elif kind == "grade":
                    tk = put(ws, f"E{r}", grade(T))
                else:
                    tk = put(ws, f"E{r}", n(T))
                tq, rq, ann = Q2019[i]
                rc = []
                for k in range(4):
                    c0 = 6 + 3 * k
                    put(ws, f"{L(c0)}{r}", tq[k])
                    put(ws, f"{L(c0+1)}{r}", rq[k])
                    rc.append(f"{L(c0+1)}{r}")
                    tcell, rcell = f"{L(c0)}{r}", f"{L(c0+1)}{r}"
                    if pol == "-":
                        f = f'=IFERROR((2*{tcell}-{rcell})/{tcell}*100,"")'
                    else:
                        f = f'=IFERROR({rcell}/{tcell}*100,"")'
                    if i == "L10":
                        f = '=""'
                    ws[f"{L(c0+2)}{r}"] = f
                    ws[f"{L(c0+2)}{r}"].number_format = "0"
                    ws[f"{L(c0+2)}{r}"].border = BORDER
                if ann == "SUM":
                    nums = [c.key for c in rq if isinstance(c.key, (int, float)) and not isinstance(c.v, str)]
                    rk = put(ws, f"R{r}", fx(f"=SUM({','.join(rc)})", round(sum(nums), 2)))
                elif ann == "=P":
                    rk = put(ws, f"R{r}", fx(f"=P{r}", rq[3].key))
                else:
                    rk = put(ws, f"R{r}", ann)
                if kind != "grade":
                    assert abs(rk - R) < 1e-9, (i, rk, R)
                if kind == "grade":
                    ws[f"S{r}"] = "-"
                elif i == "L05":
                    ws[f"S{r}"] = f"=R{r}/E{r-1}*100"
                    if cp == 0:
                        bk.note(ws, r, f"L05 capaian =R{r}/E{r-1}*100 divides by the row above's target (wrong row).")
                elif i == "L20":
                    ws[f"S{r}"] = 110
                    bk.note(ws, r, "L20 capaian typed 110 while 71,5 / 71 = 100,70 (typed capaian disagrees).")
                elif pol == "-":
                    ws[f"S{r}"] = f"=(2*E{r}-R{r})/E{r}*100"
                else:
                    ws[f"S{r}"] = f"=R{r}/E{r}*100"
                ws[f"S{r}"].number_format = "0.00"
                ws[f"S{r}"].border = BORDER
                put(ws, f"T{r}", pj[s])
                if cp == 0:
                    bk.key(ws, r, Y, f"C{r}", i, f"E{r}", {"cell": f"R{r}"}, tk, rk)
                else:
                    bk.note(ws, r, "Duplicate of the L13 row above (same name and figures, numbered on); NOT a key row.")
                notes = {
                    "L16": "L16 TW II realisasi typed as text '310,25 Ha'; the annual =SUM(G,J,M,P) silently skips it and "
                           "shows 876,75 instead of 1.187. Keyed as delivered: 876.75.",
                    "L10": "L10 quarter targets are a schedule in percent of the year (25/50/75/100 %, %-formatted) while "
                           "realisasi are counts per quarter (11+14+13+14 = 52); quarter % cells left empty.",
                    "L09": "L09 annual realisasi is a %-formatted fraction (0.834 shown 83,4%) while the quarters are "
                           "percent points -> key 83.4.",
                    "L01": "L01 annual realisasi typed as text '66,91' -> 66.91; its capaian (S) and the average row show #VALUE!.",
                    "L23": "L23 grade: target 'BB', realisasi 'B' -> null/null.",
                    "L02": "L02 (IKA) measured twice a year (TW II, TW IV); annual = TW IV (=P).",
                }
                if cp == 0 and notes.get(i):
                    bk.note(ws, r, notes[i])
                r += 1
        merge(ws, start, 2, r - 1, 2, SASARAN[s], align=WRAP)
        box(ws, start, 2, r - 1, 2)
    r += 1
    txt(ws, f"C{r}", "Rata-rata capaian kinerja")
    ws[f"S{r}"] = f"=AVERAGE(S8:S{r-2})"
    ws[f"S{r}"].number_format = "0.00"
    bk.note(ws, r, "Average row (not a key row).")
    kadis(ws, r + 2, "O", "Kemuning, 6 Januari 2020")

    w2 = bk.sheet("Renaksi 2019 (awal)", "HIDDEN first version of the 2019 Rencana Aksi (targets only, before the PK "
                  "revision); not keyed.", hidden=True)
    txt(w2, "A1", "RENCANA AKSI 2019 - VERSI AWAL (sebelum perubahan PK)", bold=True)
    rr = 3
    for i in ids_of(Y):
        name, T, R = IND[i][4][Y]
        w2[f"A{rr}"] = name
        w2[f"B{rr}"] = T if isinstance(T, str) else T * 0.95
        rr += 1
    bk.note(w2, 1, "Hidden sheet, no key rows.")
    w3 = bk.sheet("Keterangan", "Notes sheet; no key rows.")
    for k, s in enumerate(["Keterangan:",
                           "T = Target, R = Realisasi, % = Capaian triwulan",
                           "IKLH/IKA/IKU/IKTL dihitung tahunan (angka TW IV)",
                           "Jumlah izin: target triwulan dalam % dari target tahunan"]):
        txt(w3, f"A{k+1}", s)
    return bk


# ================================================================ 2020 stacked trend (xlsx)
OLD_R_OVERRIDE = {("L18", 2018): 33}


def book_2020():
    Y = 2020
    bk = Book(SLUG, "Tren Capaian Kinerja DLH 2017-2020.xlsx", "xlsx")
    ws = bk.sheet("Capaian 2020", "Trend table: every indicator is 3 rows (D 'Target' / 'Realisasi' / 'Capaian (%)'), with "
                  "years ACROSS (E 2017, F 2018, G 2019, H 2020) and I Target Akhir Renstra (2023), J Keterangan. Name "
                  "(B), Satuan (C) and No (A) merged over the 3 rows. Header rows 4-5, numbered row 6, Sasaran group rows. "
                  "The sheet's own year is 2020 (title): key target = H of the Target row, realisasi = H of the Realisasi row.")
    widths(ws, {"A": 5, "B": 46, "C": 10, "D": 12, "E": 9, "F": 9, "G": 9, "H": 9, "I": 12, "J": 28})
    merge(ws, 1, 1, 1, 10, "CAPAIAN KINERJA DINAS LINGKUNGAN HIDUP PROVINSI NUSA KEMUNING TAHUN 2020", bold=True)
    merge(ws, 2, 1, 2, 10, "DAN PERBANDINGAN DENGAN TAHUN-TAHUN SEBELUMNYA", bold=True)
    for col, h in [(1, "No"), (2, "Indikator Kinerja"), (3, "Satuan"), (4, "Uraian"),
                   (9, "Target Akhir Renstra (2023)"), (10, "Keterangan")]:
        merge(ws, 4, col, 5, col, h, bold=True, fill=HEADFILL)
    merge(ws, 4, 5, 4, 8, "Tahun", bold=True, fill=HEADFILL)
    for c, y in zip(range(5, 9), [2017, 2018, 2019, 2020]):
        x = ws.cell(5, c, y); x.font = BOLD; x.alignment = CENTER; x.fill = HEADFILL
    box(ws, 4, 1, 5, 10)
    for c in range(1, 11):
        x = ws.cell(6, c, f"({c})"); x.alignment = CENTER; x.border = BORDER
    renstra = {"L01": 68, "L02": 60, "L03": 88, "L04b": 57, "L05": 60, "L06": 34, "L17": 26, "L07": 80, "L08": 400,
               "L09": 90, "L10": 250, "L11": 100, "L12": 75, "L13": 180, "L14": 100, "L15": 8, "L25": 90, "L16": 6500,
               "L18": 50, "L18b": 16, "L19": 8, "L20": 75, "L21": 30, "L24": 30, "L23": "A"}
    r = 7
    no = 0
    prev_t_row = None
    for s, members in groups_of(Y).items():
        merge(ws, r, 1, r, 10, f"Sasaran {s}: {SASARAN[s]}", bold=True, align=Alignment(horizontal="left"),
              fill=GROUPFILL)
        bk.note(ws, r, "Sasaran group row (not a key row).")
        r += 1
        for i in members:
            unit, pol, kind, _, ys = IND[i]
            name, T, R = ys[Y]
            no += 1
            merge(ws, r, 1, r + 2, 1, no)
            merge(ws, r, 2, r + 2, 2, name, align=WRAP)
            merge(ws, r, 3, r + 2, 3, unit if unit != "predikat" else "Predikat")
            for k, lab in enumerate(["Target", "Realisasi", "Capaian (%)"]):
                put(ws, f"D{r+k}", lab)
            for c, yy in zip("EFG", [2017, 2018, 2019]):
                if yy in ys:
                    _, t0, r0 = ys[yy]
                    r0 = OLD_R_OVERRIDE.get((i, yy), r0)
                    if (i, yy) in OLD_R_OVERRIDE:
                        bk.note(ws, r, f"{i} realisasi {yy} printed {r0} here while the {yy} file says {ys[yy][2]} (not keyed).")
                    if i == "L16" and yy == 2019:
                        r0 = 1187
                        bk.note(ws, r, "L16 realisasi 2019 printed 1.187 here (the true sum of quarters) while the 2019 "
                                       "Renaksi's annual cell shows 876,75 (not keyed).")
                    if i == "L17" and yy == 2017:
                        t0 = 20
                        bk.note(ws, r, "L17 target 2017 printed 20 here while the 2017 PK typed 200 (not keyed).")
                    put(ws, f"{c}{r}", t0 if isinstance(t0, str) else n(t0))
                    put(ws, f"{c}{r+1}", r0 if isinstance(r0, str) else n(r0))
                    if kind == "grade":
                        put(ws, f"{c}{r+2}", "-")
                    elif pol == "-":
                        put(ws, f"{c}{r+2}", C(f'=IFERROR((2*{c}{r}-{c}{r+1})/{c}{r}*100,"-")', "0.00"))
                    else:
                        put(ws, f"{c}{r+2}", C(f'=IFERROR({c}{r+1}/{c}{r}*100,"-")', "0.00"))
                else:
                    for k in range(3):
                        put(ws, f"{c}{r+k}", "-")
            # 2020 (keyed)
            if i == "L03":
                tk = put(ws, f"H{r}", t("87-88", 87))
                bk.note(ws, r, "L03 target 2020 typed as a range '87-88' -> key 87.")
            elif kind == "grade":
                tk = put(ws, f"H{r}", grade(T))
            else:
                tk = put(ws, f"H{r}", n(T))
            if i == "L25":
                rk = put(ws, f"H{r+1}", t("76,5 %", 76.5))
                bk.note(ws, r, "L25 realisasi typed as text '76,5 %' -> 76.5.")
            elif i == "L16":
                rk = put(ws, f"H{r+1}", t("1.352,75", 1352.75))
                bk.note(ws, r, "L16 realisasi 2020 typed as text '1.352,75' -> 1352.75.")
            elif kind == "grade":
                rk = put(ws, f"H{r+1}", grade(R))
            else:
                rk = put(ws, f"H{r+1}", n(R))
            if kind == "grade":
                put(ws, f"H{r+2}", "-")
                bk.note(ws, r, "L23 grade ('BB' / 'BB') -> null/null.")
            elif i == "L15":
                put(ws, f"H{r+2}", C(f"=H{r+1}/H{r}*100", "0.00"))
                bk.note(ws, r, "L15 negative: the 2020 capaian uses the positive formula (75 instead of 125) while "
                               "2017-2019 use (2T-R)/T.")
            elif i == "L10":
                put(ws, f"H{r+2}", C(f"=H{r+1}/H{prev_t_row}*100", "0.00"))
                bk.note(ws, r, f"L10 2020 capaian =H{r+1}/H{prev_t_row}*100 divides by the previous indicator's target (wrong row).")
            elif i == "L16":
                put(ws, f"H{r+2}", n(100.2, "0.00"))
            elif i == "L25":
                put(ws, f"H{r+2}", n(95.63, "0.00"))
            else:
                put(ws, f"H{r+2}", C(f"=H{r+1}/H{r}*100" if pol == "+" else f"=(2*H{r}-H{r+1})/H{r}*100", "0.00"))
            merge(ws, r, 9, r + 2, 9, renstra[i])
            merge(ws, r, 10, r + 2, 10, "Pengawasan lapangan terbatas (pandemi COVID-19)" if i == "L08" else "",
                  align=WRAP)
            box(ws, r, 1, r + 2, 10)
            bk.key(ws, r, Y, f"B{r}", i, f"H{r}", {"cell": f"H{r+1}"}, tk, rk)
            prev_t_row = r
            r += 3
    r += 1
    txt(ws, f"B{r}", "Sumber: PK dan Renaksi 2017-2020, LKjIP DLH; IKLH 2020 angka sementara KLHK.")
    bk.note(ws, r, "Source line (not a key row).")
    kadis(ws, r + 2, "G", "Kemuning, 28 Januari 2021")
    w2 = bk.sheet("Sumber Data", "Notes sheet; no key rows.")
    for k, s in enumerate(["Sumber data per indikator:",
                           "IKLH, IKA, IKU, IKTL : KLHK (rilis resmi)",
                           "Limbah B3 : laporan pengawasan Bidang PPKLH",
                           "Adiwiyata/Adipura : Bidang Peningkatan Kapasitas",
                           "Kolom 2017-2019 disalin dari LKjIP tahun berkenaan"]):
        txt(w2, f"A{k+1}", s)
    return bk


def build():
    return [book_2017(), book_2018(), book_2019(), book_2020()]


FLOWS = [i for i in ORDER if IND[i][2] == "flow"]
AMBIGUOUS = [["L04", "L04b"]]
LOOKALIKES = [
    ("L07", "L08", "Persentase perusahaan taat vs Jumlah perusahaan diawasi (limbah B3)"),
    ("L07", "L09", "perusahaan taat pengelolaan limbah B3 vs limbah B3 terkelola"),
    ("L11", "L12", "Persentase AMDAL dinilai tepat waktu vs Jumlah dokumen AMDAL dinilai"),
    ("L12", "L13", "dokumen AMDAL vs dokumen UKL-UPL (two document types)"),
    ("L18", "L18b", "Adiwiyata Provinsi vs Adiwiyata Nasional (two sub-types)"),
    ("L20", "L21", "penanganan sampah vs pengurangan sampah"),
    ("L05", "L06", "Persentase sungai memenuhi baku mutu vs Jumlah titik pantau"),
    ("L02", "L03", "Indeks Kualitas Air vs Indeks Kualitas Udara ('IKU' also means Indikator Kinerja Utama)"),
]
