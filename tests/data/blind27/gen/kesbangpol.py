"""Agency C: Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Tanah Lontar, 2017-2020.
Four separate files: 2017 .xls (plain PK), 2018 .xlsx (E.81, 17-column scheme), 2019 .xls (Rencana Aksi;
meant to be .xlsb but LibreOffice cannot write .xlsb), 2020 .ods (LKjIP chapter III table)."""
import os, json
from openpyxl import Workbook
from common import *

FOLDER = "kesbangpol"
F17, F18, F19, F20 = "PK Kesbangpol 2017.xls", "Evaluasi Renja Kesbangpol 2018.xlsx", "RA PK 2019.xls", "LKjIP Kesbangpol 2020.ods"
SRC = {F17: "PK Kesbangpol 2017.xlsx", F18: "Evaluasi Renja Kesbangpol 2018.xlsx", F19: "RA PK 2019.xlsx", F20: "LKjIP Kesbangpol 2020.xlsx"}
K = Keys("Badan Kesatuan Bangsa dan Politik Kabupaten Tanah Lontar", [2017, 2018, 2019, 2020], FOLDER)
K.files = [F17, F18, F19, F20]
K.ambiguous = [["c16", "c17"], ["c13", "c14"]]

S = {1: "Meningkatnya kualitas demokrasi dan partisipasi politik masyarakat",
     2: "Meningkatnya peran organisasi kemasyarakatan dalam pembangunan",
     3: "Terwujudnya kondusivitas wilayah dan ketahanan sosial masyarakat",
     4: "Meningkatnya wawasan kebangsaan masyarakat"}
NEG = {"c06"}
KABAN = ("Kepala Badan Kesatuan Bangsa dan Politik", "H. ZULKIFLI NASUTION, S.H., M.H.", "Pembina Utama Muda", "19650930 199203 1 002")


def R(id, sas, name, unit, T, Rv, ts="unitin", rs="unitin", **kw):
    d = dict(id=id, sas=sas, name=name, unit=unit, T=T, R=Rv, ts=ts, rs=rs, neg=id in NEG)
    d.update(kw)
    return d

Y2017 = [
    R("c04", 1, "Prosentase partai politik yang menerima bantuan keuangan", "%", 100, 100),
    R("c05", 1, "Prosentase Parpol yang menyampaikan LPJ bantuan keuangan tepat waktu", "%", 100, 90.91, cap=90.1),
    R("c12", 1, "Nilai Indeks Demokrasi Indonesia (IDI) Provinsi", "", 70, 70.12, ts="txt", rs="txt"),
    R("c13", 1, "Jumlah peserta pendidikan politik", "orang", 300, 320),
    R("c14", 1, "Jumlah pemilih pemula yang mengikuti pendidikan politik", "orang", 200, 185),
    R("c01", 2, "Jumlah ormas yang terdaftar", "ormas", 160, 172),
    R("c02", 2, "Jumlah ormas yang dibina", "ormas", 40, 42),
    R("c20", 2, "Persentase ormas yang memiliki SKT", "%", 70, 64.5),
    R("c06", 3, "Jumlah konflik sosial", "kejadian", 3, 2),
    R("c07", 3, "Persentase konflik sosial yang tertangani", "%", 100, 100),
    R("c08", 3, "Persentase potensi gangguan Kamtibmas yang dapat dideteksi dini", "%", 80, 85),
    R("c09", 3, "Jumlah rapat koordinasi Forum Kewaspadaan Dini Masyarakat (FKDM)", "kali", 4, 4),
    R("c10", 3, "Jumlah FKDM kecamatan yang terbentuk", "kecamatan", 10, 8),
    R("c16", 3, "Jumlah orang asing yang dipantau", "orang", 50, 63),
    R("c15", 3, "Persentase rekomendasi izin penelitian yang diterbitkan tepat waktu", "%", 100, 100),
    R("c18", 4, "Jumlah kegiatan pembinaan wawasan kebangsaan", "kegiatan", 6, 6),
    R("c19", 4, "Jumlah peserta pembinaan wawasan kebangsaan", "orang", 1000, 1250),
]

def Q(id, sas, name, unit, T, q, mode, Rv, **kw):
    return R(id, sas, name, unit, T, Rv, q=q, mode=mode, **kw)
D = "-"
PROG = {1: "Program Pendidikan Politik Masyarakat", 2: "Program Pengembangan Wawasan Kebangsaan dan Pemberdayaan Ormas",
        3: "Program Kemitraan Pengembangan Wawasan Kebangsaan dan Kewaspadaan Dini", 4: "Program Pengembangan Wawasan Kebangsaan"}
Y2018 = [
    Q("c04", 1, "Persentase partai politik yang menerima bantuan keuangan", "%", 100, [0, 0, 100, 100], "last", 100, renstra=100, prev=100),
    Q("c05", 1, "Persentase parpol yang menyampaikan LPJ bantuan keuangan tepat waktu", "%", 100, [0, 100, 100, 100], "last", 100, renstra=100, prev=90.91),
    Q("c11", 1, "Persentase partisipasi masyarakat dalam Pilkada", "%", 75, [D, 76.8, D, D], "typed", 76.8, renstra=77.5, prev=0),
    Q("c12", 1, "Indeks Demokrasi Indonesia (IDI) Provinsi", "indeks", 71, [D, D, 72.4, D], "typed", 72.4, renstra=75, prev=70.12),
    Q("c13", 1, "Jumlah peserta pendidikan politik", "orang", 300, [0, 150, 100, 80], "sum", 330, renstra=1500, prev=320),
    Q("c14", 1, "Jumlah pemilih pemula yang mendapat pendidikan politik", "orang", 250, [0, 0, 120, 140], "sum", 260, renstra=1000, prev=185),
    Q("c01", 2, "Jumlah organisasi kemasyarakatan (ormas) yang terdaftar", "ormas", 175, [172, 175, 178, 181], "typed", 181, renstra=220, prev=172),
    Q("c02", 2, "Jumlah organisasi kemasyarakatan yang dibina", "ormas", 45, [10, 12, 12, 13], "sum", 47, renstra=250, prev=42),
    Q("c03", 2, "Persentase ormas yang aktif melaporkan keberadaannya", "%", 50, [D, D, D, 52.5], "last", 52.5, renstra=70, prev=0),
    Q("c20", 2, "Persentase ormas yang memiliki SKT", "%", 75, [65, 67, 70, 71.3], "typed", 71.3, renstra=90, prev=64.5),
    Q("c06", 3, "Jumlah kejadian konflik sosial", "kejadian", 3, [0, 0, 0, 0], "sum", 0, renstra=1, prev=2),
    Q("c07", 3, "Persentase penanganan konflik sosial", "%", 100, [D, D, D, D], "typed", None, renstra=100, prev=100),
    Q("c08", 3, "Persentase deteksi dini potensi gangguan Kamtibmas yang ditindaklanjuti", "%", 85, [80, 85, 85, 90], "last", 90, renstra=95, prev=85),
    Q("c09", 3, "Jumlah rapat koordinasi FKDM", "kali", 4, [1, 1, 1, 1], "sum", 4, renstra=20, prev=4),
    Q("c10", 3, "Jumlah FKDM kecamatan yang terbentuk", "kecamatan", 12, [8, 9, 9, 11], "typed", 11, renstra=17, prev=8),
    Q("c17", 3, "Jumlah pengawasan orang asing dan lembaga asing", "kali", 12, [3, 3, 3, 3], "sum", 12, renstra=60, prev=0),
    Q("c15", 3, "Persentase rekomendasi izin penelitian diterbitkan tepat waktu", "%", 100, [100, 100, 100, 100], "last", 100, renstra=100, prev=100),
    Q("c18", 4, "Jumlah kegiatan wawasan kebangsaan", "kegiatan", 6, [1, 2, 2, 1], "sum", 6, renstra=30, prev=6),
    Q("c19", 4, "Jumlah peserta pembinaan wawasan kebangsaan", "orang", 1000, [0, 400, 450, 300], "sum", 1150, renstra=5000, prev=1250),
]

def RA(id, sas, name, unit, T, qt, qr, mode, Rv, **kw):
    return R(id, sas, name, unit, T, Rv, qt=qt, qr=qr, mode=mode, **kw)
Y2019 = [
    RA("c04", 1, "Persentase Parpol penerima bantuan keuangan", "%", 100, [0, 0, 100, 100], [0, 0, 100, 100], "last", 100),
    RA("c05", 1, "Persentase partai politik yang menyampaikan laporan pertanggungjawaban bantuan keuangan tepat waktu", "%", 100, [0, 100, 100, 100], [0, 81.82, 90.91, 90.91], "last", 90.91),
    RA("c11", 1, "Tingkat partisipasi pemilih dalam Pemilu", "%", 77.5, [D, 77.5, 77.5, 77.5], [D, 81.34, 81.34, 81.34], "last", 81.34),
    RA("c12", 1, "Indeks Demokrasi Indonesia (IDI) Provinsi", "indeks", 72, [D, D, 72, 72], [D, D, 74.9, 74.9], "last", 74.9),
    RA("c13", 1, "Jumlah peserta pendidikan politik masyarakat", "orang", 400, [100, 200, 100, 0], [120, 260, 80, 0], "sum", 460),
    RA("c14", 1, "Jumlah pemilih pemula yang mendapat pendidikan politik", "orang", 300, [150, 150, 0, 0], [140, 175, 0, 0], "sum", 315),
    RA("c01", 2, "Jumlah Ormas terdaftar di Kesbangpol", "ormas", 190, [180, 183, 186, 190], [183, 185, 188, 192], "last", 192),
    RA("c02", 2, "Jumlah ormas yang dibina", "ormas", 48, [12, 12, 12, 12], [10, 14, 12, 15], "sum", 51),
    RA("c03", 2, "Persentase ormas yang aktif melaporkan keberadaan", "%", 55, [D, D, D, 55], [D, D, D, 54.2], "last", 54.2),
    RA("c06", 3, "Jumlah kejadian konflik sosial", "kejadian", 3, [1, 1, 1, 0], [0, 1, 0, 0], "sum", 1),
    RA("c07", 3, "Persentase penanganan konflik sosial", "%", 100, [100, 100, 100, 100], [D, 100, 100, 100], "last", 100),
    RA("c08", 3, "Persentase penanganan deteksi dini gangguan Kamtibmas yang ditindaklanjuti", "%", 90, [90, 90, 90, 90], [85, 90, 88, 92], "last", 92),
    RA("c09", 3, "Jumlah rapat Forum Kewaspadaan Dini Masyarakat (FKDM)", "kali", 6, [1, 2, 2, 1], [1, 3, 2, 1], "sum", 7),
    RA("c10", 3, "Jumlah FKDM tingkat kecamatan yang terbentuk", "kecamatan", 14, [11, 12, 13, 14], [11, 12, 12, 14], "last", 14),
    RA("c17", 3, "Jumlah pengawasan orang asing dan lembaga asing", "kali", 12, [3, 3, 3, 3], [3, 3, 3, 3], "sum", 12),
    RA("c15", 3, "Persentase rekomendasi izin penelitian yang terbit tepat waktu", "%", 100, [100, 100, 100, 100], [100, 100, 100, 100], "last", 100),
    RA("c21", 4, "Jumlah kader bela negara yang dibentuk", "orang", 100, [0, 0, 100, 0], [0, 0, 100, 0], "sum", 100),
    RA("c18", 4, "Jumlah kegiatan pembinaan wawasan kebangsaan", "kegiatan", 8, [2, 2, 2, 2], [1, 3, 2, 2], "sum", 8),
    RA("c19", 4, "Jumlah peserta wawasan kebangsaan", "orang", 1200, [300, 300, 300, 300], [0, 450, 500, 380], "sum", 1330),
]

Y2020 = [
    R("c04", 1, "Persentase partai politik penerima bantuan keuangan", "%", 100, 100, prev=[100, 100, 100]),
    R("c05", 1, "Persentase Parpol yang menyampaikan LPJ bantuan keuangan tepat waktu", "%", 100, 100, prev=[90.91, 100, 90.91]),
    R("c11", 1, "Persentase partisipasi pemilih pada Pilkada", "%", 77.5, 74.65, prev=[81.34, 76.8, None]),
    R("c12", 1, "Indeks Demokrasi Indonesia (IDI) Provinsi", "indeks", 73, None, rs="dash", prev=[74.9, 72.4, 70.12], note="BPS belum merilis IDI 2020"),
    R("c13", 1, "Jumlah peserta pendidikan politik", "orang", 400, 180, prev=[460, 330, 320]),
    R("c14", 1, "Jumlah pemilih pemula yang mendapat pendidikan politik", "orang", 300, 260, prev=[315, 260, 185]),
    R("c01", 2, "Jumlah ormas yang terdaftar", "ormas", 200, 198, prev=[192, 181, 172]),
    R("c02", 2, "Jumlah ormas yang dibina", "ormas", 50, 28, prev=[51, 47, 42], note="Pembatasan kegiatan (pandemi Covid-19)"),
    R("c03", 2, "Persentase ormas yang aktif melaporkan keberadaannya", "%", 60, 57.9, rs="pctf", prev=[54.2, 52.5, None]),
    R("c23", 2, "Jumlah sosialisasi protokol kesehatan kepada ormas dan tokoh masyarakat", "kali", 12, 15, prev=[None, None, None]),
    R("c06", 3, "Jumlah kejadian konflik sosial", "kejadian", 2, 0, prev=[1, 0, 2]),
    R("c07", 3, "Persentase penanganan konflik sosial", "%", 100, None, rs="dash", prev=[100, None, 100], note="Tidak terdapat konflik sosial"),
    R("c08", 3, "Persentase deteksi dini gangguan Kamtibmas yang ditindaklanjuti", "%", 90, 93.3, rs="pctf", prev=[92, 90, 85]),
    R("c09", 3, "Jumlah rapat FKDM", "kali", 6, 5, prev=[7, 4, 4]),
    R("c10", 3, "Jumlah FKDM kecamatan yang terbentuk", "kecamatan", 15, 15, prev=[14, 11, 8]),
    R("c17", 3, "Jumlah pengawasan orang asing dan lembaga asing", "kali", 12, 6, prev=[12, 12, None]),
    R("c15", 3, "Persentase rekomendasi izin penelitian yang diterbitkan tepat waktu", "%", 100, 100, prev=[100, 100, 100]),
    R("c21", 4, "Jumlah kader bela negara", "orang", 100, 60, prev=[100, None, None]),
]


def titles(ws, lines, span, col="A"):
    for i, t in enumerate(lines, start=1):
        ws.merge_cells(f"{col}{i}:{span}{i}")
        put(ws, f"{col}{i}", t, bold=True, align=CENTER)


def build_2017():
    wb = Workbook(); ws = wb.active; ws.title = "PK 2017"; t = "PK 2017"
    titles(ws, ["PENGUKURAN KINERJA", "BADAN KESATUAN BANGSA DAN POLITIK", KAB, "TAHUN 2017"], "E")
    put(ws, "A6", "Kabupaten : Tanah Lontar"); put(ws, "A7", "Nama SKPD : Badan Kesbangpol")
    for j, h in enumerate(["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "%"], 1):
        put(ws, f"{L(j)}9", h, bold=True, align=CENTER); put(ws, f"{L(j)}10", f"({j})", align=CENTER)
    rr = 11; prev = None
    for r in Y2017:
        if r["sas"] != prev:
            put(ws, f"A{rr}", S[r["sas"]], align=WRAP); prev = r["sas"]
        put(ws, f"B{rr}", r["name"], align=WRAP)
        v, f = render(r["T"], r["ts"], r["unit"]); put(ws, f"C{rr}", v, f)
        v, f = render(r["R"], r["rs"], r["unit"]); put(ws, f"D{rr}", v, f)
        if r.get("cap"):
            cap = r["cap"]
        elif r["neg"]:
            cap = round((2 * r["T"] - r["R"]) / r["T"] * 100, 2)
        else:
            cap = round(r["R"] / r["T"] * 100, 2)
        put(ws, f"E{rr}", fmt_id(cap))  # % typed as text, Indonesian style
        K.add(F17, t, rr, 2017, r["name"], r["id"], r["T"], r["R"], f"B{rr}", f"C{rr}", f"D{rr}")
        rr += 1
    box(ws, f"A9:E{rr-1}")
    put(ws, f"A{rr+1}", "Jumlah Anggaran Kegiatan Tahun 2017 : Rp. 3.218.450.000")
    put(ws, f"A{rr+2}", "Jumlah Realisasi Anggaran Kegiatan Tahun 2017 : Rp. 2.977.062.815")
    signature(ws, rr + 4, 4, 2017, *KABAN)
    ws.column_dimensions["A"].width = 40; ws.column_dimensions["B"].width = 55
    ws.column_dimensions["C"].width = 14; ws.column_dimensions["D"].width = 14
    return wb


def build_2018():
    """E.81, older 17-column scheme; table starts in column B; column G (Renstra Rp) hidden; frozen panes."""
    wb = Workbook(); ws = wb.active; ws.title = "E.81 TW 4"; t = "E.81 TW 4"
    put(ws, "B1", "FORMULIR E.81", bold=True)
    put(ws, "B2", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KABUPATEN TANAH LONTAR", bold=True)
    put(ws, "B3", "Renja Perangkat Daerah Badan Kesatuan Bangsa dan Politik", bold=True)
    put(ws, "B4", "Periode Pelaksanaan : Tahun 2018", bold=True)
    H = 6
    single = [("B", "No"), ("C", "Sasaran"), ("D", "Program / Kegiatan"), ("E", "Indikator Kinerja Program (outcome) / Kegiatan (output)"),
              ("AB", "Unit PD Penanggung Jawab"), ("AC", "Keterangan")]
    for c, h in single:
        put(ws, f"{c}{H}", h, bold=True, align=CENTER); ws.merge_cells(f"{c}{H}:{c}{H+1}")
    pairs = [("F", "Target Renstra PD pada Tahun 2021 (akhir periode Renstra)"), ("H", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2017)"),
             ("J", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2018)"), ("T", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi"),
             ("V", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang dievaluasi (%)"),
             ("X", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2018"), ("Z", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2018 (%)")]
    for c, h in pairs:
        c2 = L(column_index_from_string(c) + 1)
        put(ws, f"{c}{H}", h, bold=True, align=CENTER); ws.merge_cells(f"{c}{H}:{c2}{H+1}")
    put(ws, f"L{H}", "Realisasi Kinerja Pada Triwulan", bold=True, align=CENTER); ws.merge_cells(f"L{H}:S{H}")
    for c, rn in [("L", "I"), ("N", "II"), ("P", "III"), ("R", "IV")]:
        c2 = L(column_index_from_string(c) + 1)
        put(ws, f"{c}{H+1}", rn, bold=True, align=CENTER); ws.merge_cells(f"{c}{H+1}:{c2}{H+1}")
    nums = [("B", "1"), ("C", "2"), ("D", "3"), ("E", "4"), ("F", "5"), ("H", "6"), ("J", "7"), ("L", "8"), ("N", "9"), ("P", "10"), ("R", "11"),
            ("T", "12 = 8+9+10+11"), ("V", "13 = 12/7 x 100"), ("X", "14 = 6 + 12"), ("Z", "15 = 14/5 x 100"), ("AB", "16"), ("AC", "17")]
    for c, n in nums:
        put(ws, f"{c}{H+2}", n, align=CENTER)
        if c in "FHJLNPRTVXZ":
            c2 = L(column_index_from_string(c) + 1)
            ws.merge_cells(f"{c}{H+2}:{c2}{H+2}")
            put(ws, f"{c}{H+3}", "K", bold=True, align=CENTER); put(ws, f"{c2}{H+3}", "Rp", bold=True, align=CENTER)
    rr = H + 4; prev = None; n = 0
    budgets = {1: (1450000000, 382500000, [45200000, 130150000, 98400000, 88640000]),
               2: (980000000, 205000000, [30100000, 52600000, 61250000, 55900000]),
               3: (2150000000, 455300000, [70450000, 118300000, 123900000, 131600000]),
               4: (900000000, 172000000, [0, 55800000, 60300000, 49700000])}
    for r in Y2018:
        n += 1
        put(ws, f"B{rr}", n)
        if r["sas"] != prev:
            put(ws, f"C{rr}", S[r["sas"]], align=WRAP)
            put(ws, f"D{rr}", PROG[r["sas"]], align=WRAP)
            pagu_r, pagu, qs = budgets[r["sas"]]
            put(ws, f"G{rr}", pagu_r, "#,##0"); put(ws, f"K{rr}", pagu, "#,##0")
            for c, x in zip("MOQS", qs):
                put(ws, f"{c}{rr}", x, "#,##0")
            put(ws, f"U{rr}", f"=M{rr}+O{rr}+Q{rr}+S{rr}", "#,##0"); put(ws, f"W{rr}", f"=U{rr}/K{rr}*100", "0.00")
            prev = r["sas"]
        put(ws, f"E{rr}", r["name"], align=WRAP)
        put(ws, f"F{rr}", r["renstra"]); put(ws, f"H{rr}", r["prev"] if r["prev"] else "-"); put(ws, f"J{rr}", r["T"])
        for c, x in zip("LNPR", r["q"]):
            put(ws, f"{c}{rr}", x)
        m = r["mode"]
        if r["R"] is None:
            put(ws, f"T{rr}", "-")
            put(ws, f"AC{rr}", "Nihil konflik sosial")
        elif m == "sum":
            put(ws, f"T{rr}", f"=SUM(L{rr},N{rr},P{rr},R{rr})")
        elif m == "last":
            put(ws, f"T{rr}", f"=R{rr}")
        else:
            put(ws, f"T{rr}", r["R"])
        if r["R"] is not None:
            if r["neg"]:
                put(ws, f"V{rr}", f"=(2*J{rr}-T{rr})/J{rr}*100", "0.00")
            else:
                put(ws, f"V{rr}", f"=T{rr}/J{rr}*100", "0.00")
            put(ws, f"X{rr}", f"=IF(ISNUMBER(H{rr}),H{rr}+T{rr},T{rr})")
            put(ws, f"Z{rr}", f"=X{rr}/F{rr}*100", "0.00")
        put(ws, f"AB{rr}", "Badan Kesbangpol")
        K.add(F18, t, rr, 2018, r["name"], r["id"], r["T"], r["R"], f"E{rr}", f"J{rr}", f"T{rr}")
        rr += 1
    last = rr - 1
    box(ws, f"B{H}:AC{last}")
    put(ws, f"E{rr}", "Rata-rata capaian kinerja (%)", bold=True); put(ws, f"V{rr}", f"=AVERAGE(V{H+4}:V{last})", "0.0")
    put(ws, f"E{rr+1}", "Predikat kinerja", bold=True); put(ws, f"V{rr+1}", "Sangat Tinggi")
    put(ws, f"E{rr+3}", "Faktor pendorong: dukungan Forkopimda dan FKDM")
    put(ws, f"E{rr+4}", "Faktor penghambat: keterbatasan anggaran pembinaan ormas")
    put(ws, f"E{rr+6}", "Disusun"); put(ws, f"T{rr+6}", "Dievaluasi")
    put(ws, f"E{rr+7}", KABAN[0]); put(ws, f"T{rr+7}", "Kepala Bappeda Kabupaten Tanah Lontar")
    put(ws, f"E{rr+11}", KABAN[1]); put(ws, f"T{rr+11}", "Ir. MARLINA SIHOMBING, M.T")
    ws.column_dimensions["G"].hidden = True
    ws.column_dimensions["A"].width = 2; ws.column_dimensions["C"].width = 30; ws.column_dimensions["D"].width = 30; ws.column_dimensions["E"].width = 50
    return wb, {"E.81 TW 4": "F10"}


def build_2019():
    """Rencana Aksi: two rows per indicator (Target / Realisasi), TW I-IV side by side; no annual realisasi."""
    wb = Workbook(); ws = wb.active; ws.title = "Renaksi 2019"; t = "Renaksi 2019"
    titles(ws, ["PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA",
                "BADAN KESATUAN BANGSA DAN POLITIK KABUPATEN TANAH LONTAR", "TAHUN ANGGARAN 2019"], "L")
    for c, h in [("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"), ("D", "Satuan"), ("E", "Target Tahunan"),
                 ("F", "Uraian"), ("K", "Capaian TW IV (%)"), ("L", "Penanggung Jawab")]:
        put(ws, f"{c}5", h, bold=True, align=CENTER); ws.merge_cells(f"{c}5:{c}6")
    put(ws, "G5", "Kriteria Keberhasilan (Triwulan)", bold=True, align=CENTER); ws.merge_cells("G5:J5")
    for c, h in zip("GHIJ", ["TW 1 (B03)", "TW 2 (B06)", "TW 3 (B09)", "TW 4 (B12)"]):
        put(ws, f"{c}6", h, bold=True, align=CENTER)
    for j in range(1, 13):
        put(ws, f"{L(j)}7", j, align=CENTER)
    rr = 8; prev = None; n = 0; sas_start = {}
    pj = {1: "Kabid Politik Dalam Negeri", 2: "Kabid Ormas", 3: "Kabid Kewaspadaan Nasional", 4: "Kabid Ideologi dan Wawasan Kebangsaan"}
    for r in Y2019:
        n += 1
        sas_start.setdefault(r["sas"], rr)
        if r["sas"] != prev:
            put(ws, f"B{rr}", S[r["sas"]], align=WRAP); prev = r["sas"]
        put(ws, f"A{rr}", f"{n}."); ws.merge_cells(f"A{rr}:A{rr+1}")
        put(ws, f"C{rr}", r["name"], align=WRAP); ws.merge_cells(f"C{rr}:C{rr+1}")
        put(ws, f"D{rr}", r["unit"]); ws.merge_cells(f"D{rr}:D{rr+1}")
        put(ws, f"E{rr}", r["T"]); ws.merge_cells(f"E{rr}:E{rr+1}")
        put(ws, f"F{rr}", "Target"); put(ws, f"F{rr+1}", "Realisasi")
        for c, tq, rq in zip("GHIJ", r["qt"], r["qr"]):
            put(ws, f"{c}{rr}", tq); put(ws, f"{c}{rr+1}", rq)
        put(ws, f"K{rr+1}", f'=IFERROR(J{rr+1}/J{rr}*100,"-")', "0.00")
        put(ws, f"L{rr}", pj[r["sas"]]); ws.merge_cells(f"L{rr}:L{rr+1}")
        K.add(F19, t, rr, 2019, r["name"], r["id"], r["T"], r["R"], f"C{rr}", f"E{rr}",
              [r["mode"], [f"G{rr+1}", f"H{rr+1}", f"I{rr+1}", f"J{rr+1}"]])
        rr += 2
    # merge sasaran cells over their blocks
    order = list(sas_start.items())
    for i, (s, a) in enumerate(order):
        b = (order[i + 1][1] - 1) if i + 1 < len(order) else rr - 1
        ws.merge_cells(f"B{a}:B{b}")
    box(ws, f"A5:L{rr-1}")
    put(ws, f"C{rr}", "Catatan: realisasi IDI TW 3 sesuai rilis BPS Agustus 2019 (angka IDI 2018)")
    ws.row_dimensions[rr].hidden = True
    signature(ws, rr + 2, 9, 2019, *KABAN)
    ws.column_dimensions["B"].width = 30; ws.column_dimensions["C"].width = 50
    return wb


def build_2020():
    """LKjIP chapter III table; earlier years' realisasi in DESCENDING order after this year's figures."""
    wb = Workbook(); ws = wb.active; ws.title = "Tabel 3.1"; t = "Tabel 3.1"
    put(ws, "A1", "BAB III AKUNTABILITAS KINERJA", bold=True)
    put(ws, "A2", "Tabel 3.1 Capaian Kinerja Badan Kesbangpol Kabupaten Tanah Lontar Tahun 2020 dibandingkan Tahun Sebelumnya", bold=True)
    for c, h in [("A", "No"), ("B", "Sasaran / Indikator Kinerja"), ("C", "Satuan"), ("J", "Target Akhir Renstra (2021)"), ("K", "Keterangan")]:
        put(ws, f"{c}4", h, bold=True, align=CENTER); ws.merge_cells(f"{c}4:{c}5")
    put(ws, "D4", "Tahun 2020", bold=True, align=CENTER); ws.merge_cells("D4:F4")
    put(ws, "G4", "Realisasi Tahun Sebelumnya", bold=True, align=CENTER); ws.merge_cells("G4:I4")
    for c, h in zip("DEFGHI", ["Target", "Realisasi", "Capaian (%)", "2019", "2018", "2017"]):
        put(ws, f"{c}5", h, bold=True, align=CENTER)
    rr = 6; prev = None; n = 0; k = 0
    renstra = {"c01": 220, "c02": 250, "c03": 70, "c04": 100, "c05": 100, "c06": 1, "c07": 100, "c08": 95, "c09": 20, "c10": 17,
               "c11": 77.5, "c12": 75, "c13": 1500, "c14": 1000, "c15": 100, "c17": 60, "c21": 300, "c23": 12}
    for r in Y2020:
        if r["sas"] != prev:
            n += 1; k = 0; prev = r["sas"]
            put(ws, f"A{rr}", ["I", "II", "III", "IV"][n - 1], bold=True); put(ws, f"B{rr}", S[r["sas"]], bold=True)
            rr += 1
        k += 1
        put(ws, f"A{rr}", k); put(ws, f"B{rr}", r["name"], align=WRAP); put(ws, f"C{rr}", r["unit"])
        put(ws, f"D{rr}", r["T"])
        v, f = render(r["R"], "num" if r["rs"] == "unitin" else r["rs"]); put(ws, f"E{rr}", v, f)
        if r["R"] is None:
            put(ws, f"F{rr}", "-")
        elif r["neg"]:
            put(ws, f"F{rr}", f"=IF(E{rr}=0,D{rr}/1*100,D{rr}/E{rr}*100)", "0.00")  # T/R formula, 0 replaced by 1
        elif r["rs"] == "pctf":
            put(ws, f"F{rr}", f"=E{rr}*100/D{rr}*100", "0.00")
        else:
            put(ws, f"F{rr}", f"=E{rr}/D{rr}*100", "0.00")
        for c, pv in zip("GHI", r["prev"]):
            put(ws, f"{c}{rr}", "-" if pv is None else pv)
        put(ws, f"J{rr}", renstra[r["id"]])
        if r.get("note"):
            put(ws, f"K{rr}", r["note"])
        K.add(F20, t, rr, 2020, r["name"], r["id"], r["T"], r["R"], f"B{rr}", f"D{rr}", f"E{rr}")
        rr += 1
    box(ws, f"A4:K{rr-1}")
    put(ws, f"B{rr+1}", "Sumber: Pengukuran Kinerja Badan Kesbangpol 2017-2020")
    ws.column_dimensions["B"].width = 60; ws.column_dimensions["K"].width = 30
    return wb


def main():
    os.makedirs(BUILD, exist_ok=True)
    build_2017().save(os.path.join(BUILD, SRC[F17]))
    wb, fz = build_2018(); wb.save(os.path.join(BUILD, SRC[F18]))
    build_2019().save(os.path.join(BUILD, SRC[F19]))
    build_2020().save(os.path.join(BUILD, SRC[F20]))
    K.save()
    json.dump({F18: fz}, open(os.path.join(BUILD, FOLDER + "_freeze.json"), "w"))


if __name__ == "__main__":
    main()
