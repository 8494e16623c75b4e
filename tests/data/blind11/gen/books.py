"""The six workbooks. Each builder returns (workbook, records, meta)."""
import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, DataBarRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from common import BOX, BOLD, HEAD_FILL, RawImage, png_bytes
from table import R, header, signature, title, write_rows

RED = PatternFill("solid", fgColor="F8CBAD")
GREEN = PatternFill("solid", fgColor="C6EFCE")
YELLOW = PatternFill("solid", fgColor="FFEB9C")
NOTE_NEG = ("Catatan: untuk indikator berpolaritas negatif (semakin kecil semakin baik), "
            "% Capaian = (2 x Target - Realisasi) / Target x 100; indikator positif: Realisasi / Target x 100.")


def add_name(wb, name, ref):
    dn = DefinedName(name, attr_text=ref)
    try:
        wb.defined_names[name] = dn
    except TypeError:
        wb.defined_names.append(dn)


def note_row(ws, row, span_from, span_to, text=NOTE_NEG):
    ws[f"{span_from}{row}"] = text
    ws[f"{span_from}{row}"].font = Font(italic=True, size=9)
    ws[f"{span_from}{row}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(f"{span_from}{row}:{span_to}{row}")
    ws.row_dimensions[row].height = 30


# ---------------------------------------------------------------- 1 Dinkes Sinjai 2023 (.xlsx)
def dinkes(variant):
    S1 = "Meningkatnya derajat kesehatan masyarakat"
    S2 = "Meningkatnya mutu dan akses pelayanan kesehatan"
    S3 = "Menurunnya angka kesakitan akibat penyakit menular dan tidak menular"
    rows = [
        R(S1, "Angka Kematian Ibu (AKI)", "per 100.000 KH", True, 120, 98, "fix", "posneg",
          note="Data LB3 KIA"),
        R(S1, "Angka Kematian Bayi (AKB)", "per 1.000 KH", True, 12, 13.5, "trap", "neg_below_100", 87.5),
        R(S1, "Prevalensi stunting pada balita", "%", True, 18, 16.42, "ok", note="e-PPGBM Agustus"),
        R(S1, "Usia Harapan Hidup (UHH)", "tahun", False, 68.5, 68.74, "trap", "extra_decimals", 100.3504,
          note="Angka sementara BPS"),
        R(S2, "Persentase puskesmas terakreditasi paripurna", "%", False, 85, 88.24, "fix", "swap", 103.18, why="103,81 typed as 103,18"),
        R(S2, "Persentase rumah sakit terakreditasi", "%", False, 100, 100, "okf"),
        R(S2, "Indeks Kepuasan Masyarakat (IKM) puskesmas", "nilai", False, 82, 83.17, "fix", "trunc",
          comment=("p", "Hasil survei IKM semester II (16 puskesmas)")),
        R(S2, "Cakupan pelayanan kesehatan ibu hamil (K6)", "%", False, 95, 91.37, "okf"),
        R(S2, "Cakupan persalinan di fasilitas pelayanan kesehatan", "%", False, 95, 93.8, "fix", "blank",
          note="menunggu verifikasi"),
        R(S2, "Persentase bayi mendapat imunisasi dasar lengkap", "%", False, 93, 88.41, "nf", "formula",
          "={r}{row}/{t}{row}", comment=("p", "Rumus disalin dari format tahun lalu")),
        R(S2, "Cakupan pelayanan kesehatan balita sesuai standar", "%", False, 90, 86.52, "fix", "frac"),
        R(S2, "Jumlah desa/kelurahan Stop Buang Air Besar Sembarangan", "desa", False, 80, 64, "okf"),
        R(S3, "Case Notification Rate (CNR) TBC", "per 100.000 pddk", False, 210, 287.5, "ok"),
        R(S3, "Incidence Rate DBD", "per 100.000 pddk", True, 45, 38.6, "okf"),
        R(S3, "Jumlah Posbindu PTM baru terbentuk", "unit", False, 12, 0, "trap", "zero_realisasi", 0,
          note="kegiatan tidak terlaksana (refocusing)"),
        R(S3, "Annual Parasite Incidence (API) malaria", "per 1.000 pddk", True, 1, 0.62, "ok"),
        R(S3, "Persentase penderita hipertensi mendapat pelayanan sesuai standar", "%", False, 100, 73.18,
          "fix", "arith", 136.65, why="target / realisasi (100 / 73,18 = 136,65): ratio inverted"),
        R(S3, "Jumlah kunjungan peserta JKN di puskesmas", "kunjungan", False, 125000, "131.287.5",
          "nf", "malformed", 105.03, comment=("r", "Data P-Care BPJS per 31 Desember 2023")),
    ]
    L = dict(first=8, style="general",
             cols=dict(no="A", sas="B", ind="C", sat="D", pol="E", t="F", r="G", p="H", ket="I"))
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Sampul"
    ws = wb.create_sheet("PK 2023")
    helper = wb.create_sheet("Bantu")
    # cover
    for r, text in [(8, "PENGUKURAN KINERJA"), (9, "DINAS KESEHATAN KABUPATEN SINJAI"),
                    (10, "TAHUN ANGGARAN 2023"), (14, "Jl. Persatuan Raya No. 12 Sinjai")]:
        cover[f"B{r}"] = text
        cover[f"B{r}"].font = Font(bold=True, size=16 if r < 14 else 11)
        cover[f"B{r}"].alignment = Alignment(horizontal="center")
        cover.merge_cells(f"B{r}:H{r}")
    cover.add_image(RawImage(png_bytes(48, 48, (20, 110, 60)), 48, 48), "E2")
    # helper (hidden)
    helper["A1"], helper["A2"], helper["A3"] = "Polaritas", "Positif", "Negatif"
    for i, (lo, cat) in enumerate([(0, "Sangat Rendah"), (51, "Rendah"), (66, "Sedang"), (76, "Tinggi"),
                                   (91, "Sangat Tinggi")]):
        helper[f"C{i + 2}"], helper[f"D{i + 2}"] = lo, cat
    helper["C1"], helper["D1"] = "Batas bawah", "Kategori"
    helper.sheet_state = "hidden"
    add_name(wb, "DaftarPolaritas", "Bantu!$A$2:$A$3")
    # table
    title(ws, ["PENGUKURAN KINERJA", "DINAS KESEHATAN KABUPATEN SINJAI", "TAHUN 2023"], "I")
    header(ws, 6, [("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"), ("D", "Satuan"),
                   ("E", "Polaritas"), ("F", "Target"), ("G", "Realisasi"), ("H", "% Capaian"),
                   ("I", "Keterangan")],
           widths=dict(A=5, B=30, C=44, D=16, E=11, F=11, G=12, H=11, I=26))
    recs, last = write_rows(ws, L, rows, variant, ("Positif", "Negatif"))
    ws["F8"].comment = Comment("Target sesuai RPJMD 2018-2023 (revisi)", "Subbag Perencanaan")
    avg = last + 1
    ws[f"C{avg}"] = "Rata-rata Capaian Kinerja"
    ws[f"C{avg}"].font = BOLD
    ws[f"H{avg}"] = f"=AVERAGE(H8:H{last})"
    ws[f"H{avg}"].number_format = "0.00"
    ws[f"I{avg}"] = f"=LOOKUP(H{avg},Bantu!$C$2:$C$6,Bantu!$D$2:$D$6)"
    ws[f"C{avg + 1}"] = "Jumlah indikator tercapai (>= 100%)"
    ws[f"H{avg + 1}"] = f'=COUNTIF(H8:H{last},">=100")'
    for r in (avg, avg + 1):
        for letter in "ABCDEFGHI":
            ws[f"{letter}{r}"].border = BOX
    note_row(ws, avg + 2, "A", "I")
    ws[f"B{avg + 4}"] = "Jumlah Anggaran"
    ws[f"C{avg + 4}"] = "Rp. 38.412.650.000,-"
    ws[f"B{avg + 5}"] = "Jumlah Realisasi Anggaran"
    ws[f"C{avg + 5}"] = "Rp. 35.907.118.420,-"
    signature(ws, avg + 7, "G", "Sinjai, 15 Januari 2024", "Kepala Dinas Kesehatan", "dr. Andi Rahmat Hidayat, M.Kes",
              "Pembina Utama Muda", "NIP. 19720512 200003 1 008")
    # data validation, conditional formatting, names, view, print
    dv = DataValidation(type="list", formula1="DaftarPolaritas", allow_blank=False)
    dv.error, dv.errorTitle = "Pilih Positif atau Negatif", "Polaritas"
    ws.add_data_validation(dv)
    dv.add(f"E8:E{last}")
    rng = f"H8:H{last}"
    ws.conditional_formatting.add(rng, CellIsRule(operator="lessThan", formula=["76"], fill=RED))
    ws.conditional_formatting.add(rng, CellIsRule(operator="greaterThanOrEqual", formula=["91"], fill=GREEN))
    add_name(wb, "Target2023", f"'PK 2023'!$F$8:$F${last}")
    ws.freeze_panes = "D8"
    ws.print_area = f"A1:I{avg + 14}"
    ws.print_title_rows = "6:7"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_LEGAL
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.active = 1
    meta = dict(name="dinkes_sinjai_2023", ext="xlsx", sheet="PK 2023", L=L,
                polarity=("Polaritas", "E", "Negatif"),
                features=[
                    "cover sheet 'Sampul' with an embedded PNG logo and merged title cells",
                    "hidden helper sheet 'Bantu' (polarity list, category thresholds)",
                    "merged Sasaran cells B8:B11, B12:B19, B20:B25; merged title rows",
                    "comments on F8, H14 (a fixable cell), H17 (a non-fixable formula), G25",
                    "data validation list on E8:E25 from defined name DaftarPolaritas (=Bantu!$A$2:$A$3)",
                    "two conditional formats on H8:H25 (<76 red, >=91 green)",
                    "defined names Target2023 ('PK 2023'!$F$8:$F$25) and DaftarPolaritas",
                    "freeze panes at D8",
                    "print area A1:I40, print titles rows 6:7, landscape, legal paper, fit to width",
                    "% column General numbers mixing typed values and formulas (H13, H15, H19, H21)",
                    "average row H26 =AVERAGE(H8:H25), predikat I26 =LOOKUP(...Bantu...) (cross-sheet), count row H27",
                    "note row 28 stating the negative-polarity rule",
                    "column widths, borders, header fill",
                ])
    return wb, recs, meta


# ---------------------------------------------------------------- 2 Disdik Parepare 2022 (.xlsx, text %)
def disdik(variant):
    S1 = "Meningkatnya akses dan pemerataan pendidikan"
    S2 = "Meningkatnya mutu pendidikan"
    S3 = "Meningkatnya akuntabilitas kinerja dan pelayanan Dinas"
    rows = [
        R(S1, "Angka Partisipasi Kasar (APK) PAUD", "%", False, 78.5, 74.12, "ok"),
        R(S1, "Angka Partisipasi Murni (APM) SD/MI", "%", False, 99.5, 98.87, "fix", "trunc"),
        R(S1, "Angka Partisipasi Murni (APM) SMP/MTs", "%", False, 82, 84.65, "fix", "swap", "103,32", why="103,23 typed as 103,32"),
        R(S1, "Angka Putus Sekolah SD", "%", True, 0.12, 0.09, "ok"),
        R(S1, "Angka Putus Sekolah SMP", "%", True, 0.35, 0.41, "fix", "posneg"),
        R(S1, "Angka Mengulang SD", "%", True, 1.5, 1.2, "ok"),
        R(S1, "Persentase Anak Tidak Sekolah (ATS) usia 7-15 tahun", "%", True, 2.5, 2.1, "ok"),
        R(S1, "Rata-rata Lama Sekolah", "tahun", False, 9.2, 9.27, "ok"),
        R(S2, "Persentase sekolah terakreditasi minimal B", "%", False, 90, 92.44, "fix", "arith", "97,36", why="target / realisasi (90 / 92,44 = 97,36): ratio inverted"),
        R(S2, "Persentase guru bersertifikat pendidik", "%", False, 75, 71.3, "fix", "frac"),
        R(S2, "Rata-rata nilai Asesmen Nasional (literasi)", "nilai", False, 70, 68.25, "trap",
          "text_one_decimal", "97,5"),
        R(S2, "Jumlah peserta didik penerima beasiswa daerah", "orang", False, 1200, "1.425", "trap",
          "thousands_dot_realisasi", "118,75", comment=("r", "Sumber: SK Wali Kota dan data Dapodik")),
        R(S2, "Persentase satuan pendidikan menerapkan Kurikulum Merdeka", "%", False, 60, 83.33, "ok"),
        R(S3, "Nilai SAKIP Dinas Pendidikan", "predikat", False, "BB", "A", "trap", "grade_above_target",
          "100,00"),
        R(S3, "Jumlah sekolah penyelenggara pendidikan inklusif baru", "sekolah", False, 0, 4, "nf", "target0",
          "100,00"),
        R(S3, "Persentase temuan BPK yang ditindaklanjuti", "%", False, 100, 87.5, "nf", "formula",
          "={r}{row}/{t}{row}"),
        R(S3, "Indeks Kepuasan Masyarakat layanan pendidikan", "nilai", False, 80, 83.74, "trap", "half_up",
          "104,68"),
    ]
    L = dict(first=8, style="text", cols=dict(no="A", sas="B", ind="C", sat="D", pol="E", t="F", r="G", p="H"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Capaian 2022"
    ref = wb.create_sheet("Ref")
    title(ws, ["PENGUKURAN KINERJA", "DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA PAREPARE", "TAHUN 2022"], "H")
    header(ws, 6, [("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja Utama"), ("D", "Satuan"),
                   ("E", "Sifat"), ("F", "Target"), ("G", "Realisasi"), ("H", "Capaian (%)")],
           widths=dict(A=5, B=30, C=46, D=10, E=8, F=10, G=11, H=12))
    recs, last = write_rows(ws, L, rows, variant, ("(+)", "(-)"))
    ws["E6"].comment = Comment("(+) semakin tinggi semakin baik\n(-) semakin rendah semakin baik", "Admin")
    note_row(ws, last + 1, "A", "H")
    ws[f"B{last + 3}"] = "Jumlah Anggaran : Rp. 212.455.800.000,-"
    ws[f"B{last + 4}"] = "Jumlah Realisasi Anggaran : Rp. 198.012.336.150,-"
    signature(ws, last + 6, "F", "Parepare, 20 Januari 2023", "Kepala Dinas,", "Drs. H. Makmur Sulaiman, M.Pd",
              "Pembina Tk. I", "NIP. 19690303 199403 1 011")
    dv = DataValidation(type="list", formula1='"(+),(-)"', allow_blank=False)
    ws.add_data_validation(dv)
    dv.add(f"E8:E{last}")
    ws.protection.sheet = True  # no password
    # hidden helper sheet with cross-sheet formulas (text % to numbers) feeding the chart
    ref["A1"], ref["B1"], ref["C1"] = "No", "Capaian (angka)", "Indikator"
    n = last - 7
    for i in range(n):
        src = 8 + i
        ref[f"A{i + 2}"] = i + 1
        ref[f"B{i + 2}"] = f"=VALUE(SUBSTITUTE('Capaian 2022'!H{src},\",\",\".\"))"
        ref[f"C{i + 2}"] = f"='Capaian 2022'!C{src}"
        ref[f"B{i + 2}"].number_format = "0.00"
    ref[f"A{n + 3}"] = "Rata-rata"
    ref[f"B{n + 3}"] = f"=AVERAGE(B2:B{n + 1})"
    ref[f"B{n + 3}"].number_format = "0.00"
    ref.sheet_state = "hidden"
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Capaian IKU 2022 (%)"
    chart.add_data(Reference(ref, min_col=2, min_row=1, max_row=n + 1), titles_from_data=True)
    chart.set_categories(Reference(ref, min_col=1, min_row=2, max_row=n + 1))
    chart.plot_visible_only = False
    chart.height, chart.width = 9, 16
    ws.add_chart(chart, f"J6")
    meta = dict(name="disdik_parepare_2022", ext="xlsx", sheet="Capaian 2022", L=L,
                polarity=("Sifat", "E", "(-)"),
                features=[
                    "% column typed as Indonesian text ('94,42') in every row except one formula (H23)",
                    "sheet 'Capaian 2022' protected without password",
                    "hidden sheet 'Ref' with cross-sheet formulas =VALUE(SUBSTITUTE('Capaian 2022'!H8,...)) and an average",
                    "embedded bar chart on 'Capaian 2022' (anchored J6) plotting Ref!B2:B18",
                    "merged Sasaran cells B8:B15, B16:B20, B21:B24; merged title rows",
                    "comments on E6 (header) and G19",
                    "data validation list '(+),(-)' on E8:E24",
                    "note row 25 stating the negative-polarity rule",
                    "grade indicator (target BB, realisasi A) and a realisasi typed as text '1.425'",
                ])
    return wb, recs, meta


# ---------------------------------------------------------------- 3 Bappeda Bone 2021 (.xlsm, fractions)
def bappeda(variant):
    S1 = "Meningkatnya kualitas perencanaan pembangunan daerah"
    S2 = "Meningkatnya kualitas data, monitoring dan evaluasi pembangunan"
    rows = [
        R(S1, "Persentase keselarasan program RPJMD dengan RKPD", "%", False, 100, 96.3, "ok"),
        R(S1, "Persentase dokumen perencanaan ditetapkan tepat waktu", "%", False, 100, 100, "okf"),
        R(S1, "Nilai evaluasi SAKIP Pemerintah Daerah", "nilai", False, 70, 66.92, "fix", "swap", 0.965, why="95,60 % typed as 96,50 % (0.9650)"),
        R(S1, "Persentase usulan musrenbang terakomodir dalam RKPD", "%", False, 40, 37.45, "trap", "half_up",
          0.9363),
        R(S1, "Tingkat Pengangguran Terbuka (TPT)", "%", True, 5.2, 4.87, "trap", "negative_above_100", 1.0635),
        R(S1, "Persentase penduduk miskin", "%", True, 9.8, 10.12, "fix", "posneg",
          comment=("p", "Angka BPS Maret 2021")),
        R(S1, "Laju pertumbuhan ekonomi", "%", False, 5.5, 5.12, "fix", "blank"),
        R(S1, "Indeks Gini", "indeks", True, 0.36, 0.352, "okf"),
        R(S2, "Persentase OPD menyampaikan laporan evaluasi Renja tepat waktu", "%", False, 100, 88.57, "nf",
          "formula", "={r}{row}/{t}{next}"),
        R(S2, "Jumlah data sektoral terpublikasi di portal Satu Data", "dataset", False, 250, 312, "trap",
          "fraction_fewer_decimals", 1.248),
        R(S2, "Persentase rekomendasi hasil evaluasi yang ditindaklanjuti", "%", False, 80, 67.23, "fix", "trunc"),
        R(S2, "Jumlah inovasi daerah yang dilaporkan", "inovasi", False, 0, 7, "nf", "target0", 1),
        R(S2, "Indeks kepuasan pengguna data (skala 4)", "nilai", False, 3.5, 3.41, "okf"),
        R(S2, "Persentase capaian kinerja program perencanaan", "%", False, 90, 91.85, "fix", "arith", 0.9799, why="target / realisasi (90 / 91,85 = 0,9799): ratio inverted"),
        R(S2, "Nilai rata-rata evaluasi Renja OPD", "nilai", False, 85, 85, "ok"),
    ]
    L = dict(first=8, style="fraction", cols=dict(no="A", sas="B", ind="C", sat="D", t="E", r="F", p="G", pol="H"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pengukuran 2021"
    summ = wb.create_sheet("Ringkasan")
    title(ws, ["PENGUKURAN KINERJA", "BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN BONE", "TAHUN 2021"], "H")
    header(ws, 6, [("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"), ("D", "Satuan"),
                   ("E", "Target"), ("F", "Realisasi"), ("G", "% Capaian"), ("H", "Polaritas")],
           widths=dict(A=5, B=32, C=50, D=10, E=10, F=10, G=12, H=11))
    recs, last = write_rows(ws, L, rows, variant, ("Positif", "Negatif"))
    ws["E8"].comment = Comment("Target sesuai Perjanjian Kinerja 2021 (perubahan)", "Kasubbag Program")
    note_row(ws, last + 1, "A", "H")
    ws[f"B{last + 3}"] = "Jumlah Anggaran"
    ws[f"C{last + 3}"] = "Rp. 9.845.120.000,-"
    ws[f"B{last + 4}"] = "Jumlah Realisasi Anggaran"
    ws[f"C{last + 4}"] = "Rp. 9.102.557.300,-"
    signature(ws, last + 6, "F", "Watampone, 12 Januari 2022", "Kepala Bappeda", "Ir. Andi Muh. Yasir, M.Si",
              "Pembina Utama Muda", "NIP. 19680411 199503 1 004")
    add_name(wb, "TargetTahunan", f"'Pengukuran 2021'!$E$8:$E${last}")
    add_name(wb, "Capaian", f"'Pengukuran 2021'!$G$8:$G${last}")
    dv = DataValidation(type="list", formula1='"Positif,Negatif"', allow_blank=False)
    ws.add_data_validation(dv)
    dv.add(f"H8:H{last}")
    ws.conditional_formatting.add(f"G8:G{last}", ColorScaleRule(start_type="num", start_value=0.5,
                                  start_color="F8696B", mid_type="num", mid_value=0.9, mid_color="FFEB84",
                                  end_type="num", end_value=1.2, end_color="63BE7B"))
    ws.freeze_panes = "C8"
    ws.print_title_rows = "6:7"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    # summary sheet: cross-sheet formulas and formulas on the named range
    summ["A1"] = "RINGKASAN CAPAIAN KINERJA BAPPEDA 2021"
    summ["A1"].font = Font(bold=True, size=12)
    P = "'Pengukuran 2021'!"
    lines = [
        ("Rata-rata capaian Sasaran 1", f"=AVERAGE({P}G8:G15)"),
        ("Rata-rata capaian Sasaran 2", f"=AVERAGE({P}G16:G{last})"),
        ("Rata-rata capaian seluruh indikator", "=AVERAGE(Capaian)"),
        ("Jumlah indikator tercapai (>= 100%)", '=COUNTIF(Capaian,">=1")'),
        ("IKU: Nilai evaluasi SAKIP Pemerintah Daerah", f"={P}G10"),
        ("IKU: Persentase penduduk miskin", f"={P}G13"),
        ("IKU: Laju pertumbuhan ekonomi", f"={P}G14"),
        ("Jumlah target (cek)", "=SUM(TargetTahunan)"),
    ]
    for i, (label, f) in enumerate(lines):
        summ[f"A{i + 3}"] = label
        summ[f"B{i + 3}"] = f
        summ[f"B{i + 3}"].number_format = "0.00%" if i != 3 and i != 7 else "0"
        summ[f"A{i + 3}"].border = summ[f"B{i + 3}"].border = BOX
    summ.column_dimensions["A"].width = 46
    summ.column_dimensions["B"].width = 14
    meta = dict(name="bappeda_bone_2021", ext="xlsm", sheet="Pengukuran 2021", L=L,
                polarity=("Polaritas", "H", "Negatif"),
                features=[
                    ".xlsm written by LibreOffice (macro-enabled content type, no VBA project)",
                    "% column G stored as fractions with number format 0.00%, typed values mixed with formulas (G9, G15, G20)",
                    "sheet 'Ringkasan' whose formulas refer to 'Pengukuran 2021' (direct cells and named ranges)",
                    "defined names TargetTahunan ('Pengukuran 2021'!$E$8:$E$22) and Capaian ('Pengukuran 2021'!$G$8:$G$22)",
                    "3-colour scale conditional format on G8:G22",
                    "data validation list 'Positif,Negatif' on H8:H22",
                    "comments on E8 and G13 (a fixable cell)",
                    "merged Sasaran cells B8:B15, B16:B22",
                    "freeze panes at C8, print titles rows 6:7, landscape A4",
                    "a blank % cell that carries the 0.00% format (G14)",
                    "note row 23 stating the negative-polarity rule",
                ])
    return wb, recs, meta


# ---------------------------------------------------------------- 4 Dishub Sulsel 2024 (.xlsx, 0.00, chart sheet)
def dishub(variant):
    S1 = "Meningkatnya kinerja pelayanan transportasi"
    S2 = "Meningkatnya keselamatan dan ketertiban transportasi"
    rows = [
        R(S1, "Persentase terminal tipe B memenuhi SPM", "%", False, 80, 75, "ok"),
        R(S1, "Load factor angkutan penyeberangan", "%", False, 65, 71.26, "okf"),
        R(S1, "Jumlah penumpang angkutan sungai dan danau", "orang", False, 185000, 172640, "fix", "swap", 93.23, why="93,32 typed as 93,23"),
        R(S1, "Jumlah trayek AKDP yang terlayani", "trayek", False, 48, 45, "okf"),
        R(S1, "Persentase kendaraan wajib uji yang lulus uji berkala", "%", False, 85, 88.9, "ok"),
        R(S1, "Rata-rata waktu tunggu penumpang di pelabuhan", "menit", True, 45, 38, "trap",
          "negative_above_100", 115.56, note="lebih cepat dari target"),
        R(S1, "Jumlah kecelakaan lalu lintas di jalan provinsi", "kejadian", True, 420, 463, "fix", "posneg",
          comment=("p", "Data Ditlantas Polda Sulsel"), note="naik dibanding 2023"),
        R(S1, "Fatalitas korban kecelakaan", "jiwa/10.000 kend.", True, 2.4, 2.1, "okf"),
        R(S1, "Persentase kerusakan fasilitas perlengkapan jalan", "%", True, 15, 12.35, "fix", "trunc"),
        R(S1, "Jumlah penumpang KA Makassar - Parepare", "orang", False, 250000, "287.43.2", "nf", "malformed",
          114.97, note="angka dari PT KAI"),
        R(S2, "Persentase pelabuhan memenuhi standar keselamatan", "%", False, 70, 70, "okf"),
        R(S2, "Jumlah pengawasan kendaraan ODOL", "kegiatan", False, 24, 31, "fix", "frac"),
        R(S2, "Persentase rambu terpasang sesuai standar", "%", False, 90, 84.65, "nf", "formula",
          "={t}{row}/{r}{row}*100"),
        R(S2, "Cakupan pengujian kendaraan bermotor", "unit", False, 12500, 10987, "trap", "fewer_decimals", 87.9),
        R(S2, "Waktu tempuh rata-rata angkutan perintis", "jam", True, 6, 6, "okf"),
        R(S2, "Persentase armada angkutan umum laik jalan", "%", False, 75, 81.3, "okf"),
        R(S2, "Indeks kepuasan pengguna jasa terminal", "nilai", False, 80, 82.6, "fix", "arith", 105.9, why="divided by last year's target 78 (82,6 / 78 = 105,90)",
          note="survei Oktober"),
        R(S2, "Jumlah pelabuhan pengumpan regional beroperasi", "pelabuhan", False, 0, 3, "nf", "target0", 100),
        R(S2, "Persentase penyelesaian aduan layanan perhubungan", "%", False, 95, 95.78, "ok"),
        R(S2, "Rasio konektivitas transportasi antarwilayah", "rasio", False, 0.6, 0.65, "trap", "extra_decimals",
          108.3333),
    ]
    L = dict(first=8, style="fmt00", cols=dict(no="A", sas="B", ind="C", sat="D", t="E", r="F", p="G", pol="H",
                                               ket="I"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pengukuran Kinerja"
    title(ws, ["PENGUKURAN KINERJA", "DINAS PERHUBUNGAN PROVINSI SULAWESI SELATAN", "TAHUN 2024"], "I")
    # two-row header: "Kinerja Tahun 2024" over E:G, the other headings merged over rows 5-6
    heads = [("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"), ("D", "Satuan"),
             ("E", "Kinerja Tahun 2024"), ("H", "Polaritas"), ("I", "Keterangan")]
    for letter, text in heads:
        ws[f"{letter}5"] = text
    for letter, text in [("E", "Target"), ("F", "Realisasi"), ("G", "Capaian (%)")]:
        ws[f"{letter}6"] = text
    for j, letter in enumerate("ABCDEFGHI"):
        for r in (5, 6):
            cell = ws[f"{letter}{r}"]
            cell.font = BOLD
            cell.fill = HEAD_FILL
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        n = ws[f"{letter}7"]
        n.value = f"({j + 1})"
        n.alignment = Alignment(horizontal="center")
        n.border = BOX
        n.font = Font(italic=True, size=9)
    for letter in "ABCDHI":
        ws.merge_cells(f"{letter}5:{letter}6")
    ws.merge_cells("E5:G5")
    for letter, w in dict(A=5, B=30, C=46, D=14, E=11, F=11, G=12, H=11, I=22).items():
        ws.column_dimensions[letter].width = w
    recs, last = write_rows(ws, L, rows, variant, ("Maximize", "Minimize"))
    for r in range(8, last + 1):
        ws[f"E{r}"].number_format = "#,##0.##"
        ws[f"F{r}"].number_format = "#,##0.##"
    tot = last + 1
    ws[f"C{tot}"] = "Rata-rata capaian"
    ws[f"G{tot}"] = f"=AVERAGE(G8:G{last})"
    ws[f"C{tot + 1}"] = "Jumlah indikator mencapai target"
    ws[f"G{tot + 1}"] = f'=COUNTIF(G8:G{last},">=100")'
    ws[f"G{tot}"].number_format = "0.00"
    for r in (tot, tot + 1):
        ws[f"C{r}"].font = BOLD
        for letter in "ABCDEFGHI":
            ws[f"{letter}{r}"].border = BOX
    note_row(ws, tot + 2, "A", "I",
             "Catatan: Polaritas Minimize dihitung dengan rumus (2 x Target - Realisasi) / Target x 100; "
             "Maximize: Realisasi / Target x 100.")
    ws[f"B{tot + 4}"] = "Jumlah Anggaran : Rp. 186.340.512.000,-"
    ws[f"B{tot + 5}"] = "Jumlah Realisasi Anggaran : Rp. 171.905.227.884,-"
    signature(ws, tot + 7, "F", "Makassar, 24 Januari 2025", "Kepala Dinas Perhubungan",
              "Ir. Muhammad Arafah Saleh, M.T.", "Pembina Utama Madya", "NIP. 19700818 199603 1 002")
    dv = DataValidation(type="list", formula1='"Maximize,Minimize"', allow_blank=False)
    ws.add_data_validation(dv)
    dv.add(f"H8:H{last}")
    ws.conditional_formatting.add(f"G8:G{last}", DataBarRule(start_type="num", start_value=0, end_type="num",
                                                               end_value=150, color="5B9BD5"))
    ws.conditional_formatting.add(f"G8:G{last}", CellIsRule(operator="lessThan", formula=["76"],
                                                              font=Font(color="C00000", bold=True)))
    ws.freeze_panes = "D8"
    ws.protection.sheet = True
    ws.protection.password = "dishub"
    ws.print_area = f"A1:I{tot + 14}"
    ws.print_title_rows = "5:7"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.oddFooter.center.text = "Halaman &P dari &N"
    cs = wb.create_chartsheet("Grafik Capaian")
    chart = BarChart()
    chart.title = "Capaian Kinerja Dinas Perhubungan 2024 (%)"
    chart.add_data(Reference(ws, min_col=7, min_row=7, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=8, max_row=last))
    cs.add_chart(chart)
    meta = dict(name="dishub_sulsel_2024", ext="xlsx", sheet="Pengukuran Kinerja", L=L,
                polarity=("Polaritas", "H", "Minimize"),
                features=[
                    "% column G with number format 0.00, typed values mixed with formulas (G9, G11, G15, G18, G22, G23)",
                    "sheet protected with password 'dishub'",
                    "chart sheet 'Grafik Capaian' (bar chart of G7:G27) - LibreOffice turns it into a worksheet holding the chart",
                    "two-row header with merged 'Kinerja Tahun 2024' over E5:G5 and vertically merged A5:A6 ... I5:I6",
                    "merged Sasaran cells B8:B17, B18:B27",
                    "comments on G14 (a fixable cell)",
                    "data validation list 'Maximize,Minimize' on H8:H27",
                    "conditional formats on G8:G27 (data bar, <76 red bold font)",
                    "average row G28 and count row G29 over G8:G27",
                    "freeze panes at D8, print area A1:I42, landscape A4, footer 'Halaman &P dari &N'",
                    "Keterangan column I with notes",
                    "note row 30 stating the Minimize rule",
                ])
    return wb, recs, meta


# ---------------------------------------------------------------- 5 DPMPTSP Banjar 2020 (.xlsx, 0.0)
def dpmptsp(variant):
    S1 = "Meningkatnya realisasi investasi daerah"
    S2 = "Meningkatnya kualitas pelayanan perizinan dan nonperizinan"
    rows = [
        R(S1, "Nilai realisasi investasi PMDN", "Rp miliar", False, 350, 412.6, "ok"),
        R(S1, "Nilai realisasi investasi PMA", "USD juta", False, 12, 9.87, "trap", "half_up_one_decimal", 82.3),
        R(S1, "Jumlah investor baru", "investor", False, 45, 52, "fix", "trunc",
          comment=("p", "Sumber: LKPM triwulan IV")),
        R(S1, "Persentase realisasi investasi terhadap target RPJMD", "%", False, 100, 94.3, "okf"),
        R(S1, "Indeks Kepuasan Masyarakat pelayanan perizinan", "nilai", False, 82, 86.41, "fix", "swap", 104.5, why="105,4 typed as 104,5"),
        R(S1, "Rata-rata waktu penyelesaian izin", "hari", True, 5, 3.8, "ok"),
        R(S1, "Persentase izin diselesaikan melebihi SOP", "%", True, 10, 12.5, "fix", "posneg"),
        R(S1, "Jumlah pengaduan perizinan tidak terselesaikan", "pengaduan", True, 20, 14, "okf"),
        R(S2, "Persentase perizinan terbit melalui OSS", "%", False, 90, 97.45, "fix", "blank"),
        R(S2, "Jumlah NIB diterbitkan", "NIB", False, 2500, 3118, "nf", "formula", "={r}{row}/{t}{row}"),
        R(S2, "Jumlah UMKM difasilitasi perizinan berusaha", "UMKM", False, 600, "6.41.2", "nf", "malformed", 106.9),
        R(S2, "Persentase layanan perizinan daring", "%", False, 95, 95, "ok"),
        R(S2, "Jumlah kegiatan promosi investasi", "kegiatan", False, 8, 11, "ok"),
        R(S2, "Persentase pengawasan penanaman modal", "%", False, 100, 62.5, "okf"),
        R(S2, "Jumlah pelaku usaha menyampaikan LKPM", "pelaku usaha", False, 1200, 1006, "trap",
          "extra_decimals", 83.83),
    ]
    prev = [104.2, 95.6, 88.9, 97.1, 101.3, 110.0, 82.5, 115.0, None, 121.4, None, 92.6, 125.0, 70.0, 79.4]
    L = dict(first=9, style="fmt0", cols=dict(no="A", sas="B", ind="C", sat="D", pol="E", t="F", r="G", p="H",
                                              ket="J"))
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    ws = wb.create_sheet("PK 2020")
    helper = wb.create_sheet("Bantu")
    cover["B4"] = "LAPORAN PENGUKURAN KINERJA TAHUN 2020"
    cover["B5"] = "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU"
    cover["B6"] = "KABUPATEN BANJAR"
    for r in (4, 5, 6):
        cover[f"B{r}"].font = Font(bold=True, size=14)
        cover.merge_cells(f"B{r}:J{r}")
        cover[f"B{r}"].alignment = Alignment(horizontal="center")
    cover.add_image(RawImage(png_bytes(40, 52, (180, 140, 20)), 40, 52), "F9")
    helper["A1"], helper["A2"], helper["A3"] = "Polaritas", "Positif", "Negatif"
    helper.sheet_state = "hidden"
    add_name(wb, "ListPolaritas", "Bantu!$A$2:$A$3")
    title(ws, ["PENGUKURAN KINERJA", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
               "KABUPATEN BANJAR", "TAHUN 2020"], "J")
    header(ws, 7, [("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"), ("D", "Satuan"),
                   ("E", "Polaritas"), ("F", "Target 2020"), ("G", "Realisasi 2020"), ("H", "% Capaian 2020"),
                   ("I", "Capaian 2019 (%)"), ("J", "Keterangan")],
           widths=dict(A=5, B=30, C=46, D=13, E=10, F=11, G=11, H=11, I=11, J=24))
    recs, last = write_rows(ws, L, rows, variant, ("Positif", "Negatif"))
    for i, v in enumerate(prev):
        c = ws[f"I{9 + i}"]
        c.value = v
        c.number_format = "0.0"
        c.border = BOX
    avg = last + 1
    ws[f"C{avg}"] = "Rata-rata capaian kinerja"
    ws[f"C{avg}"].font = BOLD
    ws[f"H{avg}"] = f"=ROUND(AVERAGE(H9:H{last}),1)"
    ws[f"I{avg}"] = f"=ROUND(AVERAGE(I9:I{last}),1)"
    ws[f"H{avg}"].number_format = ws[f"I{avg}"].number_format = "0.0"
    ws[f"J{avg}"] = f'=IF(H{avg}>90,"Sangat Tinggi",IF(H{avg}>75,"Tinggi",IF(H{avg}>65,"Sedang",IF(H{avg}>50,"Rendah","Sangat Rendah"))))'
    for letter in "ABCDEFGHIJ":
        ws[f"{letter}{avg}"].border = BOX
    note_row(ws, avg + 1, "A", "J")
    ws[f"B{avg + 3}"] = "Jumlah Anggaran Tahun 2020 : Rp. 6.118.904.500,-"
    ws[f"B{avg + 4}"] = "Jumlah Realisasi Anggaran : Rp. 5.402.771.260,-"
    signature(ws, avg + 6, "H", "Martapura, 18 Januari 2021", "Kepala Dinas,", "H. Rusdiansyah Noor, S.Sos, M.AP",
              "Pembina Tk. I", "NIP. 19750127 199703 1 003")
    dv = DataValidation(type="list", formula1="ListPolaritas", allow_blank=False)
    ws.add_data_validation(dv)
    dv.add(f"E9:E{last}")
    ws.conditional_formatting.add(f"H9:H{last}", CellIsRule(operator="lessThan", formula=["76"], fill=YELLOW))
    add_name(wb, "Realisasi2020", f"'PK 2020'!$G$9:$G${last}")
    ws.freeze_panes = "D9"
    ws.print_area = f"A1:J{avg + 13}"
    ws.print_title_rows = "7:8"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_LEGAL
    wb.active = 1
    meta = dict(name="dpmptsp_banjar_2020", ext="xlsx", sheet="PK 2020", L=L,
                polarity=("Polaritas", "E", "Negatif"),
                features=[
                    "% column H with number format 0.0 (one decimal shown), typed values mixed with formulas (H12, H16, H22)",
                    "second % column I 'Capaian 2019 (%)' (typed, no target/realisasi: not checkable)",
                    "cover sheet 'Cover' with an embedded PNG logo",
                    "hidden helper sheet 'Bantu' feeding the data validation list via defined name ListPolaritas",
                    "defined names ListPolaritas and Realisasi2020",
                    "comments on H11 (a fixable cell)",
                    "conditional format <76 yellow on H9:H23",
                    "merged Sasaran cells B9:B16, B17:B23; merged title rows",
                    "average row H24 =ROUND(AVERAGE(H9:H23),1), I24, predikat J24 (nested IF)",
                    "freeze panes at D9, print area A1:J37, print titles rows 7:8, landscape legal",
                    "note row 25 stating the negative-polarity rule",
                ])
    return wb, recs, meta


# ---------------------------------------------------------------- 6 BPBD Gowa 2023 (.ods)
def bpbd(variant):
    S1 = "Meningkatnya ketangguhan masyarakat dalam menghadapi bencana"
    S2 = "Meningkatnya kualitas penanganan darurat dan pemulihan pascabencana"
    rows = [
        R(S1, "Persentase desa/kelurahan tangguh bencana", "%", False, 30, 27.5, "ok"),
        R(S1, "Indeks Risiko Bencana Daerah", "indeks", True, 140, 132.45, "ok"),
        R(S1, "Jumlah relawan penanggulangan bencana terlatih", "orang", False, 300, 398, "trap",
          "whole_number_rounded", 133),
        R(S1, "Persentase korban bencana yang tertangani", "%", False, 100, 100, "okf"),
        R(S1, "Waktu tanggap darurat rata-rata", "menit", True, 30, 24, "fix", "posneg"),
        R(S1, "Jumlah sekolah/madrasah aman bencana", "sekolah", False, 15, 12, "okf"),
        R(S1, "Persentase rekomendasi kajian risiko ditindaklanjuti", "%", False, 60, 51.37, "fix", "trunc"),
        R(S2, "Jumlah dokumen rencana kontinjensi", "dokumen", False, 3, 3, "ok"),
        R(S2, "Persentase kawasan rawan bencana terpasang EWS", "%", False, 40, 29.6, "fix", "frac"),
        R(S2, "Luas area terdampak kebakaran hutan dan lahan", "ha", True, 250, 0, "trap", "negative_zero_realisasi",
          200),
        R(S2, "Jumlah paket logistik buffer stock", "paket", False, 0, 150, "nf", "target0", 100),
        R(S2, "Persentase pemulihan sarana pascabencana", "%", False, 80, 66.1, "fix", "arith", 77, why="computed from the realisasi of the TW III report (61,6 / 80 = 77)",
          comment=("p", "dihitung ulang oleh Sekretariat")),
    ]
    L = dict(first=7, style="general", cols=dict(no="A", sas="B", ind="C", sat="D", pol="E", t="F", r="G", p="H"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pengukuran Kinerja"
    ref = wb.create_sheet("Ref")
    title(ws, ["PENGUKURAN KINERJA BADAN PENANGGULANGAN BENCANA DAERAH", "KABUPATEN GOWA TAHUN 2023"], "H")
    header(ws, 5, [("A", "No"), ("B", "Sasaran"), ("C", "Indikator Kinerja"), ("D", "Satuan"), ("E", "Sifat"),
                   ("F", "Target"), ("G", "Realisasi"), ("H", "% Capaian")],
           widths=dict(A=5, B=30, C=44, D=10, E=9, F=10, G=10, H=11))
    recs, last = write_rows(ws, L, rows, variant, ("Positif", "Negatif"))
    avg = last + 1
    ws[f"C{avg}"] = "Rata-rata capaian"
    ws[f"H{avg}"] = f"=AVERAGE(H7:H{last})"
    ws[f"H{avg}"].number_format = "0.00"
    for letter in "ABCDEFGH":
        ws[f"{letter}{avg}"].border = BOX
    note_row(ws, avg + 1, "A", "H")
    ws[f"B{avg + 3}"] = "Jumlah Anggaran : Rp. 7.215.400.000,-"
    signature(ws, avg + 5, "F", "Sungguminasa, 10 Januari 2024", "Kepala Pelaksana BPBD", "Drs. Andi Syahrul, M.Si",
              "Pembina Tk. I", "NIP. 19710305 199302 1 002")
    ref["A1"], ref["A2"], ref["A3"] = "Sifat", "Positif", "Negatif"
    ref.sheet_state = "hidden"
    add_name(wb, "DaftarSifat", "Ref!$A$2:$A$3")
    dv = DataValidation(type="list", formula1="DaftarSifat", allow_blank=False)
    ws.add_data_validation(dv)
    dv.add(f"E7:E{last}")
    ws.conditional_formatting.add(f"H7:H{last}", CellIsRule(operator="lessThan", formula=["76"], fill=RED))
    ws.freeze_panes = "C7"
    ws["F7"].comment = Comment("Target Renstra BPBD 2021-2026", "Sekretariat")
    meta = dict(name="bpbd_gowa_2023", ext="ods", sheet="Pengukuran Kinerja", L=L,
                polarity=("Sifat", "E", "Negatif"),
                features=[
                    ".ods written by LibreOffice from an openpyxl draft",
                    "% column H General numbers, typed values mixed with formulas (H10, H12)",
                    "hidden sheet 'Ref' feeding the data validation list (defined name DaftarSifat)",
                    "comments on F7 and H18 (a fixable cell)",
                    "merged Sasaran cells B7:B13, B14:B18; merged title rows",
                    "conditional format <76 red on H7:H18",
                    "freeze panes at C7",
                    "average row H19",
                    "note row 20 stating the negative-polarity rule",
                ])
    return wb, recs, meta


BOOKS = [dinkes, disdik, bappeda, dishub, dpmptsp, bpbd]
