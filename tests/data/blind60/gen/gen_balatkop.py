"""Agency 3: UPTD Balai Pelatihan Koperasi dan UKM, Dinas Koperasi dan UKM Provinsi Teluk Nirwana,
2020-2023 (everything invented)."""
from openpyxl.styles import Font

from common import (BOLD, BOX, CENTER, DASH, E, GREY, TITLE, WRAP, Agency, F, G, N, P, RP, T,
                    TU, box, idn, merge, put, widths)

SLUG = "uptd_balatkop_ukm_prov_teluk_nirwana"
A = Agency(
    SLUG,
    "UPTD Balai Pelatihan Koperasi dan UKM Dinas Koperasi dan UKM Provinsi Teluk Nirwana",
    [2020, 2021, 2022, 2023],
    [["C07", "C07b"]],
    ["C01", "C02", "C04", "C05", "C08", "C09", "C13", "C14", "C15", "C16", "C19", "C20"],
)

KA_1 = ("Dra. HASNAWATI RAUF, M.Si.", "Pembina", "19680405 199403 2 008")
KA_2 = ("MUHAMMAD TAUFIK IDRIS, S.E., M.M.", "Pembina", "19781109 200604 1 011")


def sig(ws, r, c, lines):
    for i, t in enumerate(lines):
        if t:
            ws[f"{c}{r+i}"] = t


def sigblock(date, who):
    return [date, "KEPALA UPTD BALAI PELATIHAN", "KOPERASI DAN UKM,", "", "", "", who[0], who[1], "NIP. " + who[2]]


# =====================================================================================
# 2020: Rencana Aksi with cumulative quarter targets and cumulative "s.d. TW" realisasi; the last
# reported s.d. column is the year's figure; one cumulative figure falls; hidden draft row. -> .xlsx
# =====================================================================================
def y2020():
    wb, fn = A.book("RA_CAPAIAN_KUMULATIF_UPTD_BALATKOP_2020", "xlsx")
    ws = wb.create_sheet("Capaian sd TW IV")
    sh = ws.title
    widths(ws, {"A": 5, "B": 24, "C": 42, "D": 9, "E": 13, "N": 11, "O": 30})
    for c in "FGHIJKLM":
        ws.column_dimensions[c].width = 12
    merge(ws, "A1:O1", "RENCANA AKSI DAN CAPAIAN KINERJA KUMULATIF", center=True, font=TITLE)
    merge(ws, "A2:O2", "UPTD BALAI PELATIHAN KOPERASI DAN UKM", center=True, font=TITLE)
    merge(ws, "A3:O3", "DINAS KOPERASI DAN UKM PROVINSI TELUK NIRWANA", center=True, font=TITLE)
    merge(ws, "A4:O4", "TAHUN 2020", center=True, font=TITLE)
    for rng, v in [("A6:A7", "No"), ("B6:B7", "Sasaran"), ("C6:C7", "Indikator Kinerja"), ("D6:D7", "Satuan"),
                   ("E6:E7", "Target 2020"), ("F6:I6", "Target Kumulatif (Rencana Aksi)"),
                   ("J6:M6", "Realisasi Kumulatif"), ("N6:N7", "Capaian s.d. TW IV (%)"), ("O6:O7", "Keterangan")]:
        merge(ws, rng, v, bold=True, center=True)
    for c, v in zip("FGHIJKLM", ["TW I", "TW II", "TW III", "TW IV", "s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"]):
        put(ws, f"{c}7", v, bold=True, center=True)
    for i, c in enumerate("ABCDEFGHIJKLMNO"):
        ws[f"{c}8"] = i + 1
        ws[f"{c}8"].alignment = CENTER
    for r in (6, 7, 8):
        for c in "ABCDEFGHIJKLMNO":
            ws[f"{c}{r}"].fill = GREY
            ws[f"{c}{r}"].border = BOX
    S1 = "Meningkatnya kompetensi SDM koperasi dan UKM"
    S2 = "Meningkatnya kualitas penyelenggaraan pelatihan"
    S3 = "Meningkatnya akuntabilitas dan kualitas pelayanan UPTD"
    e = E

    def ns(lst, fmt=None):
        out = []
        for v in lst:
            if v is None:
                out.append(e)
            elif hasattr(v, "kind"):
                out.append(v)
            else:
                out.append(N(v, fmt) if fmt else N(v))
        return out

    rows = [
        (S1, "C01", "Jumlah peserta pelatihan perkoperasian", "orang", N(600), ns([120, 300, 450, 600]),
         ns([85, 190, 398, 341]), "s.d. TW IV turun dari TW III (salah ketik?)"),  # planted: cumulative falls
        (S1, "C02", "Jumlah peserta pelatihan kewirausahaan UMKM", "orang", N(900), ns([180, 450, 675, 900]),
         ns([120, 245, 410, 534]), ""),
        (S1, "C03", "Persentase peserta yang lulus uji kompetensi", "%", N(75), ns([75] * 4),
         ns([72.5, 76.0, 77.8, 78.4], "0.0"), ""),
        (S1, "C04", "Jumlah angkatan pelatihan yang diselenggarakan", "angkatan", N(40), ns([8, 20, 30, 40]),
         ns([6, 12, 21, 28]), "pelatihan tatap muka dihentikan Apr-Jul"),
        (S1, "C05", "Jumlah peserta pelatihan daring (e-learning)", "orang", N(300), ns([DASH, 100, 200, 300]),
         ns([60, 210, 340, 455]), ""),
        (S1, "C20", "Jumlah peserta pelatihan vokasi bagi pekerja terdampak COVID-19", "orang", N(200),
         ns([DASH, DASH, 100, 200]), ns([DASH, DASH, 120, 240]), "kegiatan tambahan APBD-P"),
        (S1, "C06", "Indeks kepuasan peserta pelatihan", "skala 4", N(3.2, "0.00"), ns([DASH, 3.2, DASH, 3.2], "0.00"),
         ns([None, 3.25, None, 3.31], "0.00"), "survei per semester"),
        (S1, "C07", "Persentase alumni pelatihan yang memulai usaha", "%", P(25, "0%"), [e, e, e, P(25, "0%")],
         [e, e, e, P(21.5, "0.0%")], "tracer study akhir tahun"),
        (S1, "C08", "Jumlah alumni pelatihan yang didampingi pasca pelatihan", "orang", N(100), ns([25, 50, 75, 100]),
         ns([10, 25, 42, 60]), ""),
        ("HIDDEN", None, "Jumlah peserta magang di koperasi mitra (draft)", "orang", N(50), ns([10, 20, 35, 50]),
         ns([0, 0, 0, 0]), ""),
        (S2, "C09", "Jumlah modul/kurikulum pelatihan yang disusun atau direvisi", "modul", N(6), ns([1, 3, 5, 6]),
         ns([1, 3, 6, None]), "TW IV belum dilaporkan"),
        (S2, "C10", "Jumlah instruktur/widyaiswara bersertifikat", "orang", N(14), ns([14] * 4), ns([14] * 4), ""),
        (S2, "C11", "Persentase sarana prasarana pelatihan dalam kondisi baik", "%", N(80), ns([DASH, 80, DASH, 80]),
         ns([None, 78, None, 82]), ""),
        (S2, "C12", "Tingkat hunian asrama", "%", N(60), ns([60] * 4), ns([45.2, 12.0, 25.3, 31.5], "0.0"), "rata-rata s.d. triwulan"),
        (S2, "C13", "Pendapatan retribusi pemakaian asrama dan aula", "Rp", N(250000000),
         ns([62500000, 125000000, 187500000, 250000000]), ns([61250000, 63100000, 89700000, 118450000]), ""),
        (S2, "C14", "Jumlah kerja sama pelatihan dengan mitra", "dokumen", N(4), ns([1, 2, 3, 4]), ns([0, 1, 2, 3]), ""),
        (S3, "C17", "Nilai AKIP UPTD", "nilai", N(65), ns([DASH, DASH, DASH, 65]), ns([None, None, None, 66.1], "0.00"), ""),
        (S3, "C18", "Indeks Kepuasan Masyarakat (IKM) layanan UPTD", "nilai", N(80), ns([DASH, 80, DASH, 80]),
         ns([None, 80.5, None, 81.2], "0.00"), ""),
        (S3, "C19", "Jumlah laporan kinerja dan keuangan yang tersusun tepat waktu", "dokumen", N(14), ns([3, 7, 10, 14]),
         ns([3, 7, 10, 14]), ""),
    ]
    r = 9
    cur, start = None, None
    no = 0
    for ss, id_, name, unit, tg, qt, qr, ket in rows:
        if ss != "HIDDEN" and ss != cur:
            if cur is not None:
                merge(ws, f"B{start}:B{r-1}", cur)
            cur, start = ss, r
        if ss != "HIDDEN":
            no += 1
            ws[f"A{r}"] = no
        put(ws, f"C{r}", T(name, None), wrap=True)
        ws[f"D{r}"] = unit
        put(ws, f"E{r}", tg)
        for c, s in zip("FGHI", qt):
            put(ws, f"{c}{r}", s)
        for c, s in zip("JKLM", qr):
            put(ws, f"{c}{r}", s)
        ws[f"N{r}"] = f"=IFERROR(M{r}/E{r}*100,\"-\")"
        ws[f"N{r}"].number_format = "0.00"
        ws[f"O{r}"] = ket
        box(ws, f"A{r}:O{r}")
        if ss == "HIDDEN":
            ws.row_dimensions[r].hidden = True
        else:
            A.add(fn, sh, f"C{r}", 2020, name, id_, ([(f"E{r}", tg)], "single"),
                  ([(f"{c}{r}", s) for c, s in zip("JKLM", qr)], "last"))
        r += 1
    merge(ws, f"B{start}:B{r-1}", cur)
    ws[f"B{r+1}"] = "*) Realisasi s.d. TW IV berdasarkan data per 15 Januari 2021."
    ws[f"B{r+2}"] = "   Pelatihan tatap muka dihentikan April - Juli 2020 (pandemi COVID-19), dialihkan ke pelatihan daring."
    sig(ws, r + 4, "L", sigblock("Kota Nirwana Raya, 18 Januari 2021", KA_1))

    wa = wb.create_sheet("Anggaran 2020")
    widths(wa, {"A": 50, "B": 18, "C": 18, "D": 10})
    for c, v in zip("ABCD", ["Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]):
        put(wa, f"{c}1", v, bold=True, border=True)
    data = [("Program Pengembangan SDM Koperasi dan UKM", None, None),
            ("  Penyelenggaraan Pelatihan Perkoperasian", 1250000000, 842350000),
            ("  Penyelenggaraan Pelatihan Kewirausahaan UMKM", 1875000000, 1214600000),
            ("  Pelatihan Daring dan Vokasi Pekerja Terdampak", 450000000, 431900000),
            ("Program Pelayanan Administrasi Perkantoran", 780000000, 702450000)]
    for i, (k, p, rl) in enumerate(data):
        rr = i + 2
        wa[f"A{rr}"] = k
        if p:
            wa[f"B{rr}"] = p; wa[f"C{rr}"] = rl
            wa[f"D{rr}"] = f"=C{rr}/B{rr}*100"
            wa[f"B{rr}"].number_format = wa[f"C{rr}"].number_format = "#,##0"
            wa[f"D{rr}"].number_format = "0.00"
    wa["B2"] = "=SUM(B3:B5)"; wa["C2"] = "=SUM(C3:C5)"; wa["D2"] = "=C2/B2*100"
    wa["A7"] = "Jumlah"; wa["B7"] = "=B2+B6"; wa["C7"] = "=C2+C6"


# =====================================================================================
# 2021: the table turned over: indicators across the columns, in two blocks (the second headed
# "(lanjutan)"), the Sasaran merged horizontally over its indicators, names with line breaks, values as
# text with units.  -> .ods  (layout not seen in the seeds)
# =====================================================================================
def y2021():
    wb, fn = A.book("CAPAIAN_IKU_UPTD_BALATKOP_2021", "ods")
    ws = wb.create_sheet("IKU 2021")
    sh = ws.title
    ws.column_dimensions["A"].width = 9
    ws.column_dimensions["B"].width = 9
    for c in "CDEFGHIJKL":
        ws.column_dimensions[c].width = 17
    merge(ws, "A1:L1", "CAPAIAN INDIKATOR KINERJA UTAMA (IKU) TAHUN 2021", center=True, font=TITLE)
    merge(ws, "A2:L2", "UPTD BALAI PELATIHAN KOPERASI DAN UKM PROVINSI TELUK NIRWANA", center=True, font=TITLE)
    S1 = "Meningkatnya kompetensi SDM koperasi dan UKM"
    S2 = "Meningkatnya kualitas penyelenggaraan pelatihan"
    S3 = "Meningkatnya akuntabilitas dan kualitas pelayanan UPTD"
    # (ss, id, name, unit, target, realisasi, ket)
    block1 = [
        (S1, "C01", "Jumlah Peserta Pelatihan\nPerkoperasian (orang)", "orang", N(640), TU(655, "orang"), ""),
        (S1, "C02", "Jumlah Peserta Pelatihan Kewirausahaan bagi UMKM (orang)", "orang", N(960), TU(1012, "orang"), ""),
        (S1, "C03", "Prosentase Peserta Lulus Uji Kompetensi (%)", "%", P(78, "0%"), P(80.1, "0.0%"), ""),
        (S1, "C04", "Jumlah Angkatan Pelatihan (angkatan)", "angkatan", N(42), N(44), ""),
        (S1, "C05", "Jumlah Peserta Pelatihan Daring", "orang", N(500), TU(520, "orang"), ""),
        (S1, "C20", "Jumlah Peserta Pelatihan Vokasi\nPekerja Terdampak Pandemi", "orang", N(150), N(150), "berakhir 2021"),
        (S1, "C06", "Indeks Kepuasan Peserta Pelatihan (skala 4)", "skala 4", N(3.25, "0.00"), N(3.28, "0.00"), ""),
        (S1, "C07", "Persentase Alumni Pelatihan yang Memulai Usaha Baru", "%", TU(27, "%"), TU(29.3, "%"), "tracer study"),
        (S1, "C08", "Jumlah Alumni yang Mendapat Pendampingan Pasca Pelatihan", "orang", N(120), N(126), ""),
    ]
    block2 = [
        (S2, "C09", "Jumlah Modul Pelatihan yang Disusun/Direvisi", "modul", N(8), N(8), ""),
        (S2, "C10", "Jumlah Instruktur Bersertifikat Kompetensi", "orang", N(16), N(15), "1 orang pensiun"),
        (S2, "C11", "Persentase Sarpras Pelatihan Kondisi Baik", "%", N(85), N(84), ""),
        (S2, "C12", "Tingkat Okupansi Asrama (%)", "%", N(60), N(48.2, "0.0"), ""),
        (S2, "C13", "Pendapatan Retribusi Pemakaian Kekayaan Daerah (Asrama & Aula)", "Rp", RP(250000000), RP(196300000), ""),
        (S2, "C14", "Jumlah Kerjasama Pelatihan dengan Mitra (MoU/PKS)", "dokumen", N(5), N(5), ""),
        (S2, "C15", "Jumlah UMKM Alumni yang Difasilitasi Sertifikasi Halal/PIRT", "unit usaha", N(50), N(62), "indikator baru"),
        (S3, "C17", "Nilai Evaluasi AKIP UPTD", "nilai", N(68), N(69.4, "0.00"), ""),
        (S3, "C18", "Indeks Kepuasan Masyarakat (IKM)", "nilai", N(81), N(82.05, "0.00"), ""),
        (S3, "C19", "Jumlah Laporan Kinerja dan Keuangan Tepat Waktu", "dokumen", N(14), N(14), ""),
    ]
    LAB = ["Sasaran Strategis", "No. IKU", "Indikator Kinerja", "Satuan", "Target 2021", "Realisasi 2021",
           "Capaian (%)", "Keterangan"]

    def block(top, items, start_no):
        for k, lab in enumerate(LAB):
            merge(ws, f"A{top+k}:B{top+k}", lab, bold=True)
            ws[f"A{top+k}"].fill = GREY
        cols = [chr(ord("C") + i) for i in range(len(items))]
        # sasaran merged across its columns
        i = 0
        while i < len(items):
            j = i
            while j + 1 < len(items) and items[j + 1][0] == items[i][0]:
                j += 1
            merge(ws, f"{cols[i]}{top}:{cols[j]}{top}", items[i][0], bold=True, center=True)
            i = j + 1
        for c, (ss, id_, name, unit, tg, rl, ket) in zip(cols, items):
            ws[f"{c}{top+1}"] = start_no
            ws[f"{c}{top+1}"].alignment = CENTER
            start_no += 1
            put(ws, f"{c}{top+2}", T(name, None), center=True)
            ws[f"{c}{top+3}"] = unit
            put(ws, f"{c}{top+4}", tg)
            put(ws, f"{c}{top+5}", rl)
            if tg.kind in ("num", "pct") and rl.kind in ("num", "pct"):
                if id_ == "C10":  # capaian formula pointing at the neighbour's target (not a key cell)
                    ws[f"{c}{top+6}"] = f"={c}{top+5}/C{top+4}*100"
                else:
                    ws[f"{c}{top+6}"] = f"={c}{top+5}/{c}{top+4}*100"
            elif tg.key and rl.key is not None:
                ws[f"{c}{top+6}"] = T(idn(round(rl.key / tg.key * 100, 2), 2), None).value
            ws[f"{c}{top+6}"].number_format = "0.00"
            ws[f"{c}{top+7}"] = ket
            A.add(fn, sh, f"{c}{top+2}", 2021, name, id_, ([(f"{c}{top+4}", tg)], "single"),
                  ([(f"{c}{top+5}", rl)], "single"), with_col=True)
        ws.row_dimensions[top + 2].height = 48
        box(ws, f"A{top}:{cols[-1]}{top+7}")

    block(4, block1, 1)
    ws["A13"] = "(lanjutan)"
    ws["A13"].font = Font(italic=True)
    block(14, block2, 10)
    ws["A23"] = "Capaian = realisasi / target x 100; seluruh indikator bersifat maksimal (semakin tinggi semakin baik)."
    sig(ws, 25, "I", sigblock("Kota Nirwana Raya, 12 Januari 2022", KA_1))


# =====================================================================================
# 2022: LKjIP chapter III table with realisasi 2020-2021, target / realisasi / capaian 2022, capaian
# 2021, Renstra end target; sasaran as group rows; %-formatted fractions, one fraction typed in a plain
# cell; hidden draft row; the whole table pasted a second time below (print copy). -> sheet 1 of .xls
# 2023: a list ("daftar"): each indicator a numbered heading with Target / Realisasi / Capaian /
# Keterangan lines under it; text values with units, a range, a ">=" target. -> sheet 2 of .xls
# =====================================================================================
def y2022_2023():
    wb, fn = A.book("LKjIP_2022_DAN_DAFTAR_CAPAIAN_2023_UPTD_BALATKOP", "xls")
    ws = wb.create_sheet("Tabel 3.1 2022")
    sh = ws.title
    widths(ws, {"A": 5, "B": 46, "C": 9, "D": 12, "E": 12, "F": 13, "G": 13, "H": 11, "I": 11, "J": 13, "K": 12})
    S1 = "Sasaran 1 : Meningkatnya kompetensi SDM koperasi dan UKM"
    S2 = "Sasaran 2 : Meningkatnya kualitas penyelenggaraan pelatihan"
    S3 = "Sasaran 3 : Meningkatnya akuntabilitas dan kualitas pelayanan UPTD"
    rows = [
        (S1,),
        ("C01", "Jumlah SDM koperasi yang dilatih", "orang", N(341), N(655), N(720), N(748), N(102.34, "0.00"), N(850)),
        ("C02", "Jumlah SDM UMKM yang dilatih", "orang", N(534), N(1012), N(1080), N(1104), N(105.42, "0.00"), N(1250)),
        ("C03", "Persentase peserta pelatihan yang lulus uji kompetensi", "%", P(78.4), P(80.1), P(80), P(82.6), N(102.69, "0.00"), P(82)),
        ("C04", "Jumlah angkatan pelatihan yg dilaksanakan", "angkatan", N(28), N(44), N(48), N(50), N(104.76, "0.00"), N(52)),
        ("HIDDEN", "Jumlah peserta magang (tidak digunakan)", "orang", DASH, DASH, N(50), N(0), DASH, DASH),
        ("C05", "Jumlah peserta pelatihan online / e-learning", "orang", N(455), N(520), N(400), N(388), N(104), N(400)),
        ("C06", "Nilai kepuasan peserta thd penyelenggaraan pelatihan", "skala 4", N(3.31, "0.00"), N(3.28, "0.00"), N(3.3, "0.00"), N(3.36, "0.00"), N(100.92, "0.00"), N(3.4, "0.00")),
        ("C07b", "Persentase alumni pelatihan yang memulai atau mengembangkan usaha", "%", P(21.5), P(29.3), P(40), P(43.8), N(108.52, "0.00"), P(45)),
        ("C08", "Jumlah alumni pelatihan yg didampingi", "orang", N(60), N(126), N(150), N(162), N(105), N(180)),
        ("C16", "Jumlah peserta pelatihan pemasaran digital", "orang", DASH, DASH, N(200), N(236), DASH, N(250)),
        ("C15", "Jumlah UMKM yang difasilitasi sertifikasi halal & PIRT pasca pelatihan", "unit usaha", DASH, N(62), N(80), N(85), N(124), N(100)),
        (S2,),
        ("C09", "Jumlah kurikulum dan modul pelatihan yang dimutakhirkan", "modul", N(6), N(8), N(8), N(9), N(100), N(10)),
        ("C10", "Jumlah widyaiswara dan instruktur yang bersertifikat", "orang", N(14), N(15), N(18), N(18), N(93.75, "0.00"), N(20)),
        # planted: realisasi typed as a fraction (0,885 for 88,5 %) in a plain cell
        ("C11", "Persentase sarana dan prasarana pelatihan yang berfungsi baik", "%", P(82), P(84), P(85), N(0.885), N(98.82, "0.00"), P(90)),
        ("C12", "Tingkat hunian (okupansi) asrama", "%", P(31.5), P(48.2), P(65), P(67.9), N(80.33, "0.00"), P(70)),
        ("C13", "Pendapatan retribusi asrama dan aula", "Rp", N(118450000), N(196300000), N(275000000), N(288125000), N(78.52, "0.00"), N(300000000)),
        ("C14", "Jumlah perjanjian kerja sama pelatihan dg mitra", "dokumen", N(3), N(5), N(6), N(7), N(100), N(6)),
        (S3,),
        ("C17", "Nilai AKIP", "nilai", N(66.1, "0.00"), N(69.4, "0.00"), N(70), N(70.85, "0.00"), N(102.06, "0.00"), N(72)),
        ("C18", "Nilai IKM layanan UPTD", "nilai", N(81.2, "0.00"), N(82.05, "0.00"), N(82), N(83.4, "0.00"), N(101.3, "0.00"), N(83)),
        ("C19", "Jumlah laporan kinerja & keuangan UPTD yg tepat waktu", "dokumen", N(14), N(14), N(14), N(14), N(100), N(16)),
    ]

    def table(top, keyed):
        ws[f"A{top}"] = "Tabel 3.1"
        ws[f"A{top}"].font = BOLD
        ws[f"A{top+1}"] = "Capaian Indikator Kinerja UPTD Balai Pelatihan Koperasi dan UKM Tahun 2022"
        h = top + 3
        for rng, v in [(f"A{h}:A{h+1}", "No"), (f"B{h}:B{h+1}", "Indikator Kinerja"), (f"C{h}:C{h+1}", "Satuan"),
                       (f"D{h}:E{h}", "Realisasi"), (f"F{h}:H{h}", "Tahun 2022"), (f"I{h}:I{h+1}", "Capaian 2021 (%)"),
                       (f"J{h}:J{h+1}", "Target Akhir Renstra (2023)"), (f"K{h}:K{h+1}", "Capaian thd Target Renstra (%)")]:
            merge(ws, rng, v, bold=True, center=True)
        for c, v in zip("DEFGH", ["2020", "2021", "Target", "Realisasi", "Capaian (%)"]):
            put(ws, f"{c}{h+1}", v, bold=True, center=True)
        for i, c in enumerate("ABCDEFGHIJK"):
            ws[f"{c}{h+2}"] = f"({i+1})"
            ws[f"{c}{h+2}"].alignment = CENTER
        for rr in (h, h + 1, h + 2):
            for c in "ABCDEFGHIJK":
                ws[f"{c}{rr}"].fill = GREY
                ws[f"{c}{rr}"].border = BOX
        r = h + 3
        no = 0
        for it in rows:
            if len(it) == 1:
                merge(ws, f"A{r}:K{r}", it[0], bold=True)
                box(ws, f"A{r}:K{r}")
                r += 1
                continue
            id_, name, unit, r20, r21, tg, rl, c21, ren = it
            if id_ != "HIDDEN":
                no += 1
                ws[f"A{r}"] = no
            put(ws, f"B{r}", T(name, None), wrap=True)
            ws[f"C{r}"] = unit
            for c, s in zip("DEFGIJ", [r20, r21, tg, rl, c21, ren]):
                put(ws, f"{c}{r}", s)
            ws[f"H{r}"] = f"=IFERROR(G{r}/F{r}*100,\"-\")"
            ws[f"K{r}"] = f"=IFERROR(G{r}/J{r}*100,\"-\")"
            ws[f"H{r}"].number_format = ws[f"K{r}"].number_format = "0.00"
            box(ws, f"A{r}:K{r}")
            if id_ == "HIDDEN":
                ws.row_dimensions[r].hidden = True
            elif keyed:
                A.add(fn, sh, f"B{r}", 2022, name, id_, ([(f"F{r}", tg)], "single"), ([(f"G{r}", rl)], "single"))
            r += 1
        return r

    end = table(1, True)
    ws[f"B{end}"] = "Sumber: Seksi Penyelenggaraan Pelatihan dan Subbag Tata Usaha, diolah."
    # the same table pasted again further down (copy kept for the print area of the annex)
    ws[f"A{end+3}"] = "LAMPIRAN (salinan untuk dicetak)"
    ws[f"A{end+3}"].font = Font(italic=True)
    end2 = table(end + 5, False)
    sig(ws, end2 + 2, "H", sigblock("Kota Nirwana Raya, 27 Februari 2023", KA_2))

    # ------------------------------------------------------------------ 2023 list
    ws = wb.create_sheet("Daftar Capaian 2023")
    sh = ws.title
    widths(ws, {"A": 6, "B": 16, "C": 30, "D": 40})
    merge(ws, "A1:D1", "DAFTAR CAPAIAN INDIKATOR KINERJA TAHUN 2023", center=True, font=TITLE)
    merge(ws, "A2:D2", "UPTD BALAI PELATIHAN KOPERASI DAN UKM PROVINSI TELUK NIRWANA", center=True, font=TITLE)
    merge(ws, "A3:D3", "Posisi : 31 Desember 2023", center=True)
    items = [
        ("SASARAN 1 : Meningkatnya kompetensi SDM koperasi dan UKM",),
        ("C01", "Jumlah peserta pelatihan bagi pengurus, pengawas dan pengelola koperasi", TU(800, "orang"), TU(815, "orang"), ""),
        ("C02", "Jumlah peserta pelatihan kewirausahaan bagi pelaku UMKM", TU(1200, "orang"), TU(1187, "orang"), "2 angkatan digabung"),
        ("C03", "Persentase kelulusan uji kompetensi peserta", T("≥ 82 %", 82), TU(81.35, "%"), ""),
        ("C04", "Jumlah angkatan pelatihan yang diselenggarakan", N(52), N(53), ""),
        ("C06", "Indeks kepuasan peserta pelatihan (skala 100)", T("85 - 88", 85), N(86.2, "0.0"), "skala diubah dari 1-4 menjadi 0-100"),
        ("C07b", "Persentase alumni yang memulai/mengembangkan usaha", TU(45, "%"), TU(47.15, "%"), "tracer study Nov 2023"),
        ("C08", "Jumlah alumni pelatihan yang didampingi pasca pelatihan", N(180), N(175), ""),
        ("C15", "Jumlah UMKM alumni yang difasilitasi sertifikasi halal/PIRT", N(100), N(104), ""),
        ("C16", "Jumlah peserta pelatihan digital marketing", TU(250, "orang"), TU(241, "orang"), ""),
        ("SASARAN 2 : Meningkatnya kualitas penyelenggaraan pelatihan",),
        ("C09", "Jumlah modul / kurikulum pelatihan yang disusun", N(10), N(10), ""),
        ("C10", "Jumlah instruktur/widyaiswara yang bersertifikat", N(20), N(21), ""),
        ("C11", "Persentase sarpras pelatihan dalam kondisi baik", P(90, "0%"), P(91.2, "0.0%"), ""),
        ("C12", "Persentase tingkat hunian asrama", TU(70, "%"), TU(72.25, "%"), ""),
        # planted: a digit dropped in the realisasi (Rp 312.740.000 meant)
        ("C13", "Realisasi pendapatan retribusi pemakaian asrama dan aula", RP(300000000, 2), T("Rp 31.274.000", 31274000), ""),
        ("C14", "Jumlah kerja sama pelatihan dengan mitra (PKS)", N(6), N(6), ""),
        ("SASARAN 3 : Meningkatnya akuntabilitas dan kualitas pelayanan UPTD",),
        ("C17", "Nilai hasil evaluasi AKIP UPTD", N(72), N(73.2, "0.00"), ""),
        ("C18", "Indeks Kepuasan Masyarakat terhadap layanan UPTD", N(83), N(84.1, "0.00"), ""),
        ("C19", "Jumlah laporan kinerja dan keuangan yang tepat waktu", N(16), N(16), ""),
    ]
    r = 5
    no = 0
    for it in items:
        if len(it) == 1:
            merge(ws, f"A{r}:D{r}", it[0], bold=True)
            ws[f"A{r}"].fill = GREY
            r += 2
            continue
        id_, name, tg, rl, ket = it
        no += 1
        written = f"{no}. {name}"
        merge(ws, f"A{r}:D{r}", None)
        put(ws, f"A{r}", T(written, None), bold=True, wrap=True)
        ws[f"B{r+1}"] = "Target"; put(ws, f"C{r+1}", tg)
        ws[f"B{r+2}"] = "Realisasi"; put(ws, f"C{r+2}", rl)
        ws[f"B{r+3}"] = "Capaian"
        if tg.kind in ("num", "pct") and rl.kind in ("num", "pct"):
            ws[f"C{r+3}"] = f"=C{r+2}/C{r+1}*100"
            ws[f"C{r+3}"].number_format = "0.00"
        elif tg.key and rl.key is not None:
            ws[f"C{r+3}"] = f"{idn(round(rl.key / tg.key * 100, 2), 2)} %"
        ws[f"B{r+4}"] = "Keterangan"; ws[f"C{r+4}"] = ket if ket else "-"
        for k in range(1, 5):
            ws[f"C{r+k}"].alignment = WRAP
        A.add(fn, sh, f"A{r}", 2023, written, id_, ([(f"C{r+1}", tg)], "single"), ([(f"C{r+2}", rl)], "single"))
        r += 6
    ws[f"A{r}"] = "Catatan :"
    ws[f"A{r+1}"] = "- Capaian dihitung realisasi dibagi target dikali 100; target berbentuk rentang dibandingkan dengan batas bawah."
    ws[f"A{r+2}"] = "- Indikator pelatihan daring (e-learning) tidak lagi digunakan mulai 2023."
    sig(ws, r + 4, "C", sigblock("Kota Nirwana Raya, 15 Januari 2024", KA_2))

    wh = wb.create_sheet("Sheet3")
    wh["A1"] = "draft daftar 2023 (belum final)"
    wh["A2"] = "1. Jumlah peserta pelatihan bagi pengurus, pengawas dan pengelola koperasi"; wh["B2"] = 800; wh["C2"] = 790
    wh["A3"] = "14. Realisasi pendapatan retribusi pemakaian asrama dan aula"; wh["B3"] = 300000000; wh["C3"] = 301500000
    wh.sheet_state = "hidden"


y2020()
y2021()
y2022_2023()
A.save()
