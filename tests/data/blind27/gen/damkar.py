"""Agency B: Dinas Pemadam Kebakaran dan Penyelamatan (Damkar) Kabupaten Tanah Lontar, 2021-2024.
Two workbooks of two years each:
  'PK Damkar 2021-2022.xlsx'        sheets 'PK 2021', 'PK 2022', 'Rekap' (Rekap is not a key table)
  'Evaluasi Renja Damkar 2023-2024.xls'  sheets 'Evaluasi Renja TW IV' (2023, E.81 form), '2024' (PK)."""
import os, json
from openpyxl import Workbook
from common import *

FOLDER = "damkar"
F1 = "PK Damkar 2021-2022.xlsx"
F2 = "Evaluasi Renja Damkar 2023-2024.xls"
F2SRC = "Evaluasi Renja Damkar 2023-2024.xlsx"  # built by openpyxl, converted to .xls by LibreOffice
K = Keys("Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Tanah Lontar", [2021, 2022, 2023, 2024], FOLDER)
K.files = [F1, F2]
K.ambiguous = [["b16", "b22"], ["b07", "b08"]]

S = {1: "Meningkatnya kecepatan dan kualitas penanganan kebakaran",
     2: "Meningkatnya kualitas layanan penyelamatan non kebakaran",
     3: "Meningkatnya pencegahan kebakaran dan partisipasi masyarakat",
     4: "Meningkatnya kapasitas sarana prasarana dan aparatur pemadam kebakaran"}
NEG = {"b01", "b02", "b03", "b14", "b15", "b17"}


def R(id, sas, name, unit, T, Rv, ts="num", rs="num", **kw):
    d = dict(id=id, sas=sas, name=name, unit=unit, T=T, R=Rv, ts=ts, rs=rs, neg=id in NEG)
    d.update(kw)
    return d

Y2021 = [
    R("b01", 1, "Response time kebakaran", "menit", 15, 13.5),
    R("b03", 1, "Jumlah kejadian kebakaran", "kejadian", 60, 54),
    R("b04", 1, "Jumlah kejadian kebakaran yang ditangani", "kejadian", 60, 54),
    R("b05", 1, "Persentase cakupan Wilayah Manajemen Kebakaran (WMK)", "%", 45, 45),
    R("b14", 1, "Jumlah kerugian materiil akibat kebakaran", "Rupiah", 2500000000, 1870500000, ts="rp", rs="rp"),
    R("b17", 1, "Jumlah korban jiwa akibat kebakaran", "jiwa", 0, 1),
    R("b15", 1, "Jumlah kebakaran pada gedung pemerintah", "kejadian", 1, 0),
    R("b02", 2, "Response time penyelamatan non kebakaran", "menit", 20, 18),
    R("b12", 2, "Persentase penanganan penyelamatan non kebakaran", "%", 100, 100),
    R("b13", 2, "Indeks Kepuasan Masyarakat (IKM) layanan pemadam kebakaran", "nilai", 3.0, 3.18, rs="grade:Baik"),
    R("b16", 3, "Persentase bangunan gedung yang memiliki sistem proteksi kebakaran", "%", 30, 27.5),
    R("b10", 3, "Jumlah relawan kebakaran (Redkar) yang terlatih", "orang", 100, 120),
    R("b11", 3, "Jumlah sosialisasi pencegahan kebakaran kepada masyarakat", "kali", 24, 26),
    R("b06", 4, "Rasio petugas pemadam kebakaran per WMK", "orang/WMK", 12, 11),
    R("b07", 4, "Persentase sarana prasarana pemadam kebakaran dalam kondisi baik", "%", 80, 76.5),
    R("b08", 4, "Persentase kendaraan pemadam kebakaran yang layak operasi", "%", 85, 83.33),
    R("b09", 4, "Jumlah hidran kebakaran yang berfungsi", "unit", 25, 22),
    R("b21", 4, "Jumlah pos pemadam kebakaran", "unit", 5, 5),
]

# 2022: quarters side by side + annual realisasi column (formula): sum / last / avg
def Q(id, sas, name, unit, T, q, mode, Rv, **kw):
    return R(id, sas, name, unit, T, Rv, q=q, mode=mode, **kw)

Y2022 = [
    Q("b01", 1, "Response time kebakaran", "menit", 15, [14.2, 13.1, 12.8, 13.5], "avg", 13.4),
    Q("b03", 1, "Jumlah kejadian kebakaran", "kejadian", 55, [18, 9, 7, 15], "sum", 49),
    Q("b04", 1, "Jumlah kejadian kebakaran yang ditangani", "kejadian", 1200, [18, 9, 7, 15], "sum", 49),
    Q("b05", 1, "Persentase cakupan WMK", "%", 50, [45, 45, 50, 50], "last", 50),
    Q("b14", 1, "Jumlah kerugian akibat kebakaran", "Rp", 2500000000, [420000000, 215000000, 180000000, 825000000], "sum", 1640000000),
    Q("b17", 1, "Jumlah korban jiwa akibat kebakaran", "jiwa", 0, [0, 0, 0, 0], "sum", 0),
    Q("b15", 1, "Jumlah kebakaran gedung pemerintah", "kejadian", 1, [0, 0, 0, 0], "sum", 0),
    Q("b02", 2, "Response time penyelamatan non kebakaran", "menit", 20, [17.5, 16.8, 18.2, 17.1], "avg", 17.4),
    Q("b12", 2, "Persentase penanganan penyelamatan non kebakaran", "%", 100, [100, 100, 100, 100], "last", 100),
    Q("b13", 2, "Indeks Kepuasan Masyarakat (IKM)", "nilai", 3.1, ["-", 3.22, "-", 3.26], "last", 3.26),
    Q("b16", 3, "Persentase bangunan gedung yang memiliki sistem proteksi kebakaran", "%", 32, [28, 29, 30.5, 31.2], "last", 31.2),
    Q("b10", 3, "Jumlah Relawan Kebakaran (Redkar) terlatih", "orang", 100, [0, 40, 40, 30], "sum", 110),
    Q("b11", 3, "Jumlah sosialisasi pencegahan dan penanggulangan kebakaran", "kali", 24, [6, 6, 7, 6], "sum", 25),
    Q("b06", 4, "Rasio personil damkar per WMK", "orang/WMK", 12, [11, 11, 12, 12], "last", 12),
    Q("b07", 4, "Persentase sarana dan prasarana damkar dalam kondisi baik", "%", 80, [78, 78, 79, 79.5], "last", 79.5),
    Q("b08", 4, "Persentase kendaraan operasional pemadam yang layak operasi", "%", 85, [83.3, 83.3, 87.5, 87.5], "last", 87.5),
    Q("b09", 4, "Jumlah hidran yang berfungsi", "unit", 25, [22, 23, 24, 24], "last", 24),
    Q("b21", 4, "Jumlah pos pemadam kebakaran", "unit", 6, [5, 5, 6, 6], "last", 6),
]

# 2023: E.81; q = TW I..IV K values; mode of column 12: sum formula, avg formula, last formula (=R) or typed value
Y2023 = [
    Q("b01", 1, "Waktu tanggap (response time) penanganan kebakaran", "menit", 15, [13.8, 12.9, 14.1, 13.2], "avg", 13.5, renstra=12, prev=13.4),
    Q("b03", 1, "Jumlah kejadian kebakaran", "kejadian", 50, [14, 11, 22, 9], "sum", 56, renstra=45, prev=49),
    Q("b04", 1, "Jumlah kejadian kebakaran yang dapat ditangani", "kejadian", 50, [14, 11, 22, 9], "sum", 56, renstra=45, prev=49),
    Q("b05", 1, "Persentase Wilayah Manajemen Kebakaran (WMK) yang terlayani", "%", 55, [50, 50, 55, 55], "typed", 55, renstra=70, prev=50),
    Q("b14", 1, "Nilai kerugian akibat kebakaran", "Rp", 2000000000, [310000000, 95000000, 760000000, 105000000], "sum", 1270000000, renstra=1500000000, prev=1640000000),
    Q("b17", 1, "Jumlah korban jiwa akibat kebakaran", "jiwa", 0, [0, 1, 0, 0], "sum", 1, renstra=0, prev=0),
    Q("b02", 2, "Waktu tanggap (response time) penyelamatan non kebakaran", "menit", 20, [16.9, 17.3, 16.2, 17.6], "avg", 17.0, renstra=15, prev=17.4),
    Q("b12", 2, "Persentase penanganan penyelamatan non kebakaran", "%", 100, [100, 100, 100, 100], "last", 100, renstra=100, prev=100),
    Q("b13", 2, "Indeks Kepuasan Masyarakat", "nilai", 3.2, ["-", 3.24, "-", 3.27], "last", 3.27, renstra=3.4, prev=3.26),
    Q("b22", 3, "Persentase bangunan gedung yang memenuhi standar proteksi kebakaran", "%", 35, [31.5, 32, 33.4, 34.1], "last", 34.1, renstra=45, prev=31.2),
    Q("b18", 3, "Jumlah bangunan gedung yang diperiksa sarana proteksi kebakarannya", "gedung", 60, [12, 18, 15, 20], "sum", 65, renstra=300, prev=0),
    Q("b20", 3, "Persentase desa/kelurahan yang memiliki Sistem Ketahanan Kebakaran Lingkungan (SKKL)", "%", 10, ["-", "-", "-", 8.75], "last", 8.75, renstra=25, prev=0),
    Q("b10", 3, "Jumlah relawan kebakaran terlatih", "orang", 120, [0, 60, 45, 0], "sum", 105, renstra=500, prev=230),
    Q("b08", 4, "Persentase kendaraan pemadam kebakaran yang layak operasi", "%", 85, [87.5, 87.5, 88.9, 88.9], "last", 88.9, renstra=95, prev=87.5),
    Q("b09", 4, "Jumlah hidran kebakaran yang berfungsi", "unit", 28, [24, 24, 26, 26], "typed", 26, renstra=40, prev=24),
]
PROG2023 = [
    ("PROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN",
     Q("b23", 0, "Persentase pelayanan pencegahan, penanggulangan dan penyelamatan kebakaran dan non kebakaran", "%", 100, [100, 100, 100, 100], "last", 100, renstra=100, prev=100),
     [4850000000, 3920000000, 4125600000, [712400000, 905300000, 1088150000, 1297450000]]),
    ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     Q("b24", 0, "Persentase capaian kinerja perangkat daerah", "%", 100, [25, 50, 75, 96.5], "last", 96.5, renstra=100, prev=95),
     [16250000000, 12880500000, 3418750000, [642000000, 851300000, 905400000, 968820000]]),
]

Y2024 = [
    R("b01", 1, "Response time kebakaran (menit)", "", 15, 12.8, ts="txt", rs="txt"),
    R("b02", 1, "Response time penyelamatan non kebakaran (menit)", "", 20, 16.5, ts="txt", rs="txt"),
    R("b03", 1, "Jumlah kejadian kebakaran (kejadian)", "", 50, 47),
    R("b04", 1, "Jumlah kejadian kebakaran yang ditangani (kejadian)", "", 50, 47),
    R("b05", 1, "Cakupan pelayanan Wilayah Manajemen Kebakaran (WMK) (%)", "", 60, 60, ts="pcts", rs="pcts"),
    R("b14", 1, "Kerugian materiil akibat kebakaran (Rp)", "", 2000000000, 1200000000, ts="rp", rs="rp"),
    R("b15", 1, "Jumlah kebakaran pada gedung pemerintah (kejadian)", "", 1, 0, rs="txt"),
    R("b17", 1, "Jumlah korban jiwa akibat kebakaran (jiwa)", "", 0, 0, rs="txt"),
    R("b12", 2, "Persentase penanganan penyelamatan non kebakaran (%)", "", 100, 100, ts="pctn", rs="pctn"),
    R("b13", 2, "Indeks Kepuasan Masyarakat (IKM)", "", 3.2, 3.25, ts="txt", rs="grade:Baik"),
    R("b22", 3, "Persentase bangunan gedung yang memenuhi standar proteksi kebakaran (%)", "", 38, 36.2, rs="pcts"),
    R("b18", 3, "Jumlah bangunan gedung yang diperiksa sarana proteksi kebakaran (gedung)", "", 70, 72, cap=120.86),
    R("b20", 3, "Persentase desa/kelurahan yang memiliki SKKL (%)", "", 15, None, rs="dash"),
    R("b10", 3, "Jumlah relawan kebakaran (Redkar) terlatih (orang)", "", 120, 124),
    R("b11", 3, "Jumlah sosialisasi pencegahan kebakaran (kali)", "", 24, 24),
    R("b06", 4, "Rasio personil pemadam kebakaran terhadap WMK (orang/WMK)", "", 12, 12.5, rs="txt"),
    R("b08", 4, "Persentase kendaraan pemadam kebakaran yang layak operasi (%)", "", 90, 92.31, rs="pctf"),
    R("b09", 4, "Jumlah hidran kebakaran yang berfungsi (unit)", "", 30, 27),
]

KADIS = ("Kepala Dinas Pemadam Kebakaran dan Penyelamatan", "RUSDI HAMZAH LUBIS, S.Sos, M.AP", "Pembina Tingkat I", "19740822 199803 1 004")


def titles(ws, lines, span):
    for i, t in enumerate(lines, start=1):
        ws.merge_cells(f"A{i}:{span}{i}")
        put(ws, f"A{i}", t, bold=True, align=CENTER)


def sheet_2021(wb):
    """Columns in an unusual order: Realisasi before Target; Polaritas column; capaian formula."""
    ws = wb.create_sheet("PK 2021"); t = "PK 2021"
    titles(ws, ["PENGUKURAN KINERJA", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN", KAB, "TAHUN 2021"], "I")
    hdr = ["No", "Sasaran Strategis", "Indikator Kinerja", "Polaritas", "Satuan", "Realisasi", "Target", "Capaian (%)", "Ket"]
    for j, h in enumerate(hdr, 1):
        put(ws, f"{L(j)}6", h, bold=True, align=CENTER)
        put(ws, f"{L(j)}7", f"({j})", align=CENTER)
    rr = 8; prev = None
    for i, r in enumerate(Y2021):
        put(ws, f"A{rr}", i + 1)
        if r["sas"] != prev:
            put(ws, f"B{rr}", S[r["sas"]], align=WRAP); prev = r["sas"]
        put(ws, f"C{rr}", r["name"], align=WRAP)
        put(ws, f"D{rr}", "Negatif" if r["neg"] else "Positif")
        put(ws, f"E{rr}", r["unit"])
        v, f = render(r["R"], r["rs"]); put(ws, f"F{rr}", v, f)
        v, f = render(r["T"], r["ts"]); put(ws, f"G{rr}", v, f)
        if r["id"] == "b01":
            put(ws, f"H{rr}", f"=F{rr}/G{rr}*100", "0.00")  # wrong: negative indicator computed as positive
        elif r["id"] == "b14":
            put(ws, f"H{rr}", round((2 * r["T"] - r["R"]) / r["T"] * 100, 2), "0.00")
        else:
            put(ws, f"H{rr}", f'=IF(D{rr}="Negatif",(2*G{rr}-F{rr})/G{rr}*100,F{rr}/G{rr}*100)', "0.00")
        K.add(F1, t, rr, 2021, r["name"], r["id"], r["T"], r["R"], f"C{rr}", f"G{rr}", f"F{rr}")
        rr += 1
    box(ws, f"A6:I{rr-1}")
    put(ws, f"C{rr+1}", f"Jumlah Anggaran Tahun 2021 : Rp. 14.672.915.000")
    put(ws, f"C{rr+2}", f"Realisasi Anggaran Tahun 2021 : Rp. 13.905.118.420")
    signature(ws, rr + 4, 6, 2021, *KADIS)
    ws.column_dimensions["B"].width = 36; ws.column_dimensions["C"].width = 50
    return ws


def sheet_2022(wb):
    """Rencana Aksi, quarters side by side (realisasi only), annual realisasi column as formula;
    sasaran merged vertically over its indicators."""
    ws = wb.create_sheet("PK 2022"); t = "PK 2022"
    titles(ws, ["CAPAIAN KINERJA BERDASARKAN RENCANA AKSI", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KABUPATEN TANAH LONTAR", "TAHUN 2022"], "L")
    for c, h in [("A", "No"), ("B", "Sasaran"), ("C", "Indikator Kinerja"), ("D", "Satuan"), ("E", "Target 2022"),
                 ("J", "Realisasi s.d. TW IV"), ("K", "Capaian (%)"), ("L", "Keterangan")]:
        put(ws, f"{c}5", h, bold=True, align=CENTER); ws.merge_cells(f"{c}5:{c}6")
    put(ws, "F5", "Realisasi Triwulan", bold=True, align=CENTER); ws.merge_cells("F5:I5")
    for c, h in zip("FGHI", ["I", "II", "III", "IV"]):
        put(ws, f"{c}6", h, bold=True, align=CENTER)
    rr = 7; start = {}; i = 0
    for r in Y2022:
        i += 1
        start.setdefault(r["sas"], rr)
        if start[r["sas"]] == rr:
            put(ws, f"B{rr}", S[r["sas"]], align=WRAP)
        put(ws, f"A{rr}", i); put(ws, f"C{rr}", r["name"], align=WRAP); put(ws, f"D{rr}", r["unit"])
        fm = "#,##0" if r["unit"] == "Rp" else None
        put(ws, f"E{rr}", r["T"], fm)
        for c, x in zip("FGHI", r["q"]):
            put(ws, f"{c}{rr}", x, fm)
        formula = {"sum": f"=SUM(F{rr}:I{rr})", "last": f"=I{rr}", "avg": f"=AVERAGE(F{rr}:I{rr})"}[r["mode"]]
        put(ws, f"J{rr}", formula, fm or "0.##")
        if r["T"] == 0:
            put(ws, f"K{rr}", "-")
        elif r["neg"]:
            put(ws, f"K{rr}", f"=(2*E{rr}-J{rr})/E{rr}*100", "0.00")
        else:
            put(ws, f"K{rr}", f"=J{rr}/E{rr}*100", "0.00")
        if r["id"] == "b15":
            put(ws, f"L{rr}", "Nihil kejadian")
        K.add(F1, t, rr, 2022, r["name"], r["id"], r["T"], r["R"], f"C{rr}", f"E{rr}", f"J{rr}")
        rr += 1
    # merge the sasaran cells
    ends = {}
    for r_idx, r in enumerate(Y2022):
        ends[r["sas"]] = 7 + r_idx
    for s, a in start.items():
        if ends[s] > a:
            ws.merge_cells(f"B{a}:B{ends[s]}")
    box(ws, f"A5:L{rr-1}")
    put(ws, f"C{rr}", "Rata-rata capaian kinerja", bold=True); put(ws, f"K{rr}", f"=AVERAGE(K7:K{rr-1})", "0.00")
    signature(ws, rr + 3, 8, 2022, *KADIS)
    ws.column_dimensions["B"].width = 30; ws.column_dimensions["C"].width = 48
    return ws


def sheet_rekap(wb, rows21, rows22):
    """Summary of both years; formulas pointing to the year sheets. Not a key table."""
    ws = wb.create_sheet("Rekap")
    put(ws, "A1", "REKAPITULASI CAPAIAN KINERJA DAMKAR 2021-2022", bold=True)
    for c, h in zip("ABCDEF", ["No", "Indikator", "Target 2021", "Realisasi 2021", "Target 2022", "Realisasi 2022"]):
        put(ws, f"{c}3", h, bold=True, align=CENTER)
    r22 = {r["id"]: row for r, row in rows22}
    rr = 4
    for n, (r, row) in enumerate(rows21, 1):
        put(ws, f"A{rr}", n); put(ws, f"B{rr}", f"='PK 2021'!C{row}")
        put(ws, f"C{rr}", f"='PK 2021'!G{row}"); put(ws, f"D{rr}", f"='PK 2021'!F{row}")
        if r["id"] in r22:
            put(ws, f"E{rr}", f"='PK 2022'!E{r22[r['id']]}"); put(ws, f"F{rr}", f"='PK 2022'!J{r22[r['id']]}")
        rr += 1
    box(ws, f"A3:F{rr-1}")
    ws.column_dimensions["B"].width = 50


def sheet_e81(wb):
    ws = wb.create_sheet("Evaluasi Renja TW IV"); t = "Evaluasi Renja TW IV"
    put(ws, "A1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TANAH LONTAR", bold=True)
    put(ws, "A2", "RENJA PERANGKAT DAERAH DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KABUPATEN TANAH LONTAR", bold=True)
    put(ws, "A3", "PERIODE PELAKSANAAN : TAHUN 2023 (TRIWULAN IV)", bold=True)
    put(ws, "A4", "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD : Formulir E.81")
    H = 6
    heads = [("A", "A", "No"), ("B", "B", "Sasaran"), ("C", "C", "Program / Kegiatan"), ("D", "D", "Indikator Kinerja Program (outcome) / Kegiatan (output)"),
             ("E", "E", "Satuan"),
             ("F", "G", "Target Kinerja dan Anggaran Renstra Perangkat Daerah Tahun 2026 (Akhir Periode Renstra PD)"),
             ("H", "I", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2022)"),
             ("J", "K", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2023) yang dievaluasi"),
             ("L", "S", "Realisasi Kinerja pada Triwulan"),
             ("T", "U", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi"),
             ("V", "W", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2023"),
             ("X", "Y", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2023 (%)"),
             ("Z", "Z", "Unit PD Penanggung Jawab"), ("AA", "AA", "Ket")]
    for a, b, h in heads:
        put(ws, f"{a}{H}", h, bold=True, align=CENTER)
        if a == "L":
            ws.merge_cells(f"L{H}:S{H}")
            for c1, c2, rn in [("L", "M", "I"), ("N", "O", "II"), ("P", "Q", "III"), ("R", "S", "IV")]:
                put(ws, f"{c1}{H+1}", rn, bold=True, align=CENTER); ws.merge_cells(f"{c1}{H+1}:{c2}{H+1}")
        elif a == b:
            ws.merge_cells(f"{a}{H}:{a}{H+1}")
        else:
            ws.merge_cells(f"{a}{H}:{b}{H+1}")
    nums = [("A", "1"), ("B", "2"), ("C", "3"), ("D", "4"), ("E", ""), ("F", "5"), ("H", "6"), ("J", "7"), ("L", "8"), ("N", "9"),
            ("P", "10"), ("R", "11"), ("T", "12 = 8+9+10+11"), ("V", "13 = 6 + 12"), ("X", "14 = 13/5 x 100"), ("Z", "15"), ("AA", "16")]
    for c, n in nums:
        put(ws, f"{c}{H+2}", n, align=CENTER)
    for c1 in ["F", "H", "J", "L", "N", "P", "R", "T", "V", "X"]:
        ws.merge_cells(f"{c1}{H+2}:{L(column_index_from_string(c1)+1)}{H+2}")
        put(ws, f"{c1}{H+3}", "K", bold=True, align=CENTER); put(ws, f"{L(column_index_from_string(c1)+1)}{H+3}", "Rp", bold=True, align=CENTER)
    rr = H + 4
    put(ws, f"B{rr}", "Perangkat Daerah : Dinas Pemadam Kebakaran dan Penyelamatan", bold=True); rr += 1

    def line(r, no, sas=None, prog=None, budget=None):
        nonlocal rr
        put(ws, f"A{rr}", no)
        if sas:
            put(ws, f"B{rr}", sas, align=WRAP)
        if prog:
            put(ws, f"C{rr}", prog, bold=True, align=WRAP)
        put(ws, f"D{rr}", r["name"], align=WRAP); put(ws, f"E{rr}", r["unit"])
        fm = "#,##0" if r["unit"] == "Rp" else None
        put(ws, f"F{rr}", r["renstra"], fm); put(ws, f"H{rr}", r["prev"], fm); put(ws, f"J{rr}", r["T"], fm)
        for c, x in zip("LNPR", r["q"]):
            put(ws, f"{c}{rr}", x, fm)
        m = r["mode"]
        if m == "sum":
            put(ws, f"T{rr}", f"=L{rr}+N{rr}+P{rr}+R{rr}", fm)
        elif m == "avg":
            put(ws, f"T{rr}", f"=AVERAGE(L{rr},N{rr},P{rr},R{rr})", "0.0")
        elif m == "last":
            put(ws, f"T{rr}", f"=R{rr}")
        else:
            put(ws, f"T{rr}", r["R"])
        put(ws, f"V{rr}", f"=H{rr}+T{rr}", fm)
        put(ws, f"X{rr}", f"=IFERROR(V{rr}/F{rr}*100,0)", "0.00")
        if budget:
            pagu_r, real_prev, pagu, qs = budget
            put(ws, f"G{rr}", pagu_r, "#,##0"); put(ws, f"I{rr}", real_prev, "#,##0"); put(ws, f"K{rr}", pagu, "#,##0")
            for c, x in zip("MOQS", qs):
                put(ws, f"{c}{rr}", x, "#,##0")
            put(ws, f"U{rr}", f"=M{rr}+O{rr}+Q{rr}+S{rr}", "#,##0")
            put(ws, f"W{rr}", f"=I{rr}+U{rr}", "#,##0")
            put(ws, f"Y{rr}", f"=W{rr}/G{rr}*100", "0.00")
        put(ws, f"Z{rr}", "Dinas Damkar")
        K.add(F2, t, rr, 2023, r["name"], r["id"], r["T"], r["R"], f"D{rr}", f"J{rr}", f"T{rr}")
        rr += 1

    prev = None; n = 0
    for r in Y2023:
        n += 1
        line(r, n, S[r["sas"]] if r["sas"] != prev else None)
        prev = r["sas"]
    for prog, r, b in PROG2023:
        n += 1
        line(r, n, None, prog, b)
    last = rr - 1
    box(ws, f"A{H}:AA{last}")
    put(ws, f"D{rr}", "Rata-rata capaian kinerja (%)", bold=True); put(ws, f"X{rr}", f"=AVERAGE(X{H+5}:X{last})", "0.0")
    put(ws, f"D{rr+1}", "Predikat kinerja", bold=True); put(ws, f"X{rr+1}", "Tinggi")
    put(ws, f"D{rr+3}", "Faktor pendorong keberhasilan pencapaian: dukungan relawan kebakaran dan ketersediaan armada")
    put(ws, f"D{rr+4}", "Faktor penghambat pencapaian kinerja: akses jalan sempit di kawasan padat, sumber air terbatas pada musim kemarau")
    put(ws, f"D{rr+5}", "Tindak lanjut yang diperlukan dalam triwulan berikutnya / Renja berikutnya: penambahan hidran dan pos WMK")
    put(ws, f"D{rr+7}", "Disusun"); put(ws, f"T{rr+7}", "Dievaluasi")
    put(ws, f"D{rr+8}", f"{KOTA_TTD}, 10 Januari 2024"); put(ws, f"T{rr+8}", f"{KOTA_TTD}, 22 Januari 2024")
    put(ws, f"D{rr+9}", KADIS[0]); put(ws, f"T{rr+9}", "Kepala Bappeda Kabupaten Tanah Lontar")
    put(ws, f"D{rr+13}", KADIS[1]); put(ws, f"T{rr+13}", "Ir. MARLINA SIHOMBING, M.T")
    ws.column_dimensions["B"].width = 30; ws.column_dimensions["C"].width = 30; ws.column_dimensions["D"].width = 48
    return ws


def sheet_2024(wb):
    """PK 2024: table starts in column B, units inside the indicator name, figures as text,
    'Sifat' column, sasaran as group header rows."""
    ws = wb.create_sheet("2024"); t = "2024"
    put(ws, "B1", "PENGUKURAN KINERJA TAHUN 2024", bold=True)
    put(ws, "B2", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KAB. TANAH LONTAR", bold=True)
    for c, h in zip("BCDEFG", ["No", "Indikator Kinerja (Satuan)", "Target", "Realisasi", "Capaian (%)", "Sifat"]):
        put(ws, f"{c}4", h, bold=True, align=CENTER)
    rr = 5; prev = None; n = 0
    for r in Y2024:
        if r["sas"] != prev:
            prev = r["sas"]
            ws.merge_cells(f"B{rr}:G{rr}")
            put(ws, f"B{rr}", f"Sasaran : {S[r['sas']]}", bold=True); rr += 1
        n += 1
        put(ws, f"B{rr}", n); put(ws, f"C{rr}", r["name"], align=WRAP)
        v, f = render(r["T"], r["ts"]); put(ws, f"D{rr}", v, f)
        v, f = render(r["R"], r["rs"]); put(ws, f"E{rr}", v, f)
        if r.get("cap"):
            cap = r["cap"]
        elif r["R"] is None or r["T"] == 0:
            cap = "-"
        elif r["neg"]:
            cap = round((2 * r["T"] - r["R"]) / r["T"] * 100, 2)
        else:
            cap = round(r["R"] / r["T"] * 100, 2)
        put(ws, f"F{rr}", cap, "0.00")
        put(ws, f"G{rr}", "(-)" if r["neg"] else "(+)")
        K.add(F2, t, rr, 2024, r["name"], r["id"], r["T"], r["R"], f"C{rr}", f"D{rr}", f"E{rr}")
        rr += 1
    box(ws, f"B4:G{rr-1}")
    put(ws, f"C{rr+1}", "Ket: (-) indikator negatif, makin kecil realisasi makin baik")
    signature(ws, rr + 3, 5, 2024, *KADIS)
    ws.column_dimensions["A"].width = 2; ws.column_dimensions["C"].width = 60
    return ws


def main():
    os.makedirs(BUILD, exist_ok=True)
    wb = Workbook(); wb.remove(wb.active)
    sheet_2021(wb); sheet_2022(wb)
    rows21 = [(r, k["row"]) for r, k in zip(Y2021, [x for x in K.rows if x["sheet"] == "PK 2021"])]
    rows22 = [(r, k["row"]) for r, k in zip(Y2022, [x for x in K.rows if x["sheet"] == "PK 2022"])]
    sheet_rekap(wb, rows21, rows22)
    wb.save(os.path.join(BUILD, F1))
    wb = Workbook(); wb.remove(wb.active)
    sheet_e81(wb); sheet_2024(wb)
    wb.save(os.path.join(BUILD, F2SRC))
    K.save()
    json.dump({F1: {"PK 2021": "D8", "PK 2022": "D7"}}, open(os.path.join(BUILD, FOLDER + "_freeze.json"), "w"))


if __name__ == "__main__":
    main()
