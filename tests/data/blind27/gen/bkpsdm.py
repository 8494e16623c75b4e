"""Agency A: BKPSDM Kabupaten Tanah Lontar, 2019-2022, all four years as sheets of ONE workbook.
Also holds a leftover sheet 'PK 2018' (previous year, left in by mistake; not part of the key)."""
import os
from openpyxl import Workbook
from common import *

FOLDER = "bkpsdm"
FILE = "LAPORAN KINERJA BKPSDM 2019-2022.xlsx"
K = Keys("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Tanah Lontar",
         [2019, 2020, 2021, 2022], FOLDER)
K.files = [FILE]
K.ambiguous = [["a11", "a23"]]

S = {1: "Meningkatnya kompetensi dan profesionalitas Aparatur Sipil Negara",
     2: "Meningkatnya kualitas pelayanan administrasi kepegawaian",
     3: "Meningkatnya disiplin dan kinerja ASN",
     4: "Meningkatnya akuntabilitas kinerja BKPSDM"}

def R(id, sas, name, unit, T, Rv, ts="num", rs="num", cap=None, neg=False, **kw):
    d = dict(id=id, sas=sas, name=name, unit=unit, T=T, R=Rv, ts=ts, rs=rs, cap=cap, neg=neg)
    d.update(kw)
    return d

Y2018 = [
    R("a01", 1, "Persentase ASN yang mengikuti diklat teknis", "%", 20, 16.4),
    R("a02", 1, "Persentase ASN yang mengikuti diklat fungsional", "%", 10, 9.5),
    R("a03", 1, "Persentase ASN yang mengikuti diklat kepemimpinan", "%", 75, 71),
    R("a08", 1, "Jumlah ASN yang mengikuti uji kompetensi", "orang", 120, 131),
    R("a11", 1, "Rata - rata jam pelatihan ASN per tahun", "jam", 20, 12.5),
    R("a13", 1, "Jumlah ASN yang mendapat tugas belajar dan izin belajar", "orang", 40, 38),
    R("a07", 2, "Prosentase usulan kenaikan pangkat yang diproses tepat waktu", "%", 100, 100),
    R("a12", 2, "Prosentase usulan pensiun yang diproses tepat waktu", "%", 100, 100),
    R("a10", 2, "Persentase data kepegawaian yang mutakhir pada SIMPEG", "%", 80, 82.3),
    R("a17", 2, "Jumlah formasi CPNS yang terisi", "orang", 190, 186),
    R("a04", 3, "Persentase PNS yang dijatuhi hukuman disiplin", "%", 1.5, 1.7, neg=True),
    R("a06", 3, "Persentase PNS yang menyusun SKP tepat waktu", "%", 90, 88.6),
    R("a14", 4, "Nilai SAKIP BKPSDM", "nilai", 58, 58.9, rs="grade:CC"),
]

Y2019 = [
    R("a01", 1, "Persentase ASN yang mengikuti diklat teknis", "%", 20, 18.5),
    R("a02", 1, "Persentase ASN yang mengikuti diklat fungsional", "%", 10, 11.2),
    R("a03", 1, "Persentase ASN yang mengikuti diklat kepemimpinan", "%", 75, 80),
    R("a08", 1, "Jumlah ASN yang mengikuti uji kompetensi", "orang", 150, 162, ts="txt"),
    R("a11", 1, "Rata - rata jam pelatihan ASN per tahun", "jam", 20, 14.5),
    R("a16", 1, "Persentase ASN yang memenuhi standar kompetensi jabatan", "%", 60, 57.25),
    R("a13", 1, "Jumlah ASN yang mendapat tugas belajar dan izin belajar", "orang", 40, 46),
    R("a07", 2, "Prosentase usulan kenaikan pangkat yang diproses tepat waktu", "%", 100, 100),
    R("a12", 2, "Prosentase usulan pensiun yang diproses tepat waktu", "%", 100, 96.4),
    R("a10", 2, "Persentase data kepegawaian yang mutakhir pada SIMPEG", "%", 85, 87.5, rs="pctf"),
    R("a17", 2, "Jumlah formasi CPNS yang terisi", "orang", 215, 209),
    R("a19", 2, "Persentase ASN yang menerima Satyalancana Karya Satya", "%", 100, 100),
    R("a20", 2, "Persentase kelulusan ujian dinas dan ujian penyesuaian kenaikan pangkat", "%", 80, 84.62, cap=108.5),
    R("a04", 3, "Persentase PNS yang dijatuhi hukuman disiplin", "%", 1.5, 1.2, neg=True),
    R("a06", 3, "Persentase PNS yang menyusun SKP tepat waktu", "%", 90, 92.3),
    R("a05", 3, "Indeks Profesionalitas ASN", "nilai", 60, 58.4),
    R("a15", 4, "Indeks Kepuasan Masyarakat terhadap pelayanan kepegawaian", "nilai", 3.0, 3.12, rs="grade:Baik"),
    R("a14", 4, "Nilai SAKIP BKPSDM", "nilai", 60, 61.35, rs="grade:B"),
]

Y2020 = [
    R("a01", 1, "Persentase ASN yang mengikuti Diklat Teknis", "%", 20, 12.4),
    R("a02", 1, "Persentase ASN yang mengikuti Diklat Fungsional", "%", 10, 6.8),
    R("a03", 1, "Persentase ASN yang mengikuti Diklat Kepemimpinan", "%", 75, 40),
    R("a08", 1, "Jumlah ASN yang mengikuti Uji Kompetensi", "orang", 160, 98, rs="txt"),
    R("a11", 1, "Rata-rata jam pelatihan ASN per tahun", "jam", 20, 21.5, rs="txt"),
    R("a16", 1, "Persentase ASN yang memenuhi standar kompetensi jabatan", "%", 62, 60.1),
    R("a13", 1, "Jumlah ASN yang mendapatkan tugas belajar / izin belajar", "orang", 40, 31),
    R("a07", 2, "Persentase usulan kenaikan pangkat yang diproses tepat waktu", "%", 100, 100),
    R("a12", 2, "Persentase usulan pensiun yang diproses tepat waktu", "%", 100, 100),
    R("a10", 2, "Persentase data kepegawaian yang mutakhir pada SIMPEG", "%", 90, 91.2, rs="pcts"),
    R("a17", 2, "Jumlah formasi CPNS yang terisi", "orang", 180, None, rs="dash"),
    R("a19", 2, "Persentase ASN penerima Satyalancana Karya Satya", "%", 100, 100),
    R("a20", 2, "Persentase kelulusan ujian dinas dan ujian penyesuaian kenaikan pangkat", "%", 80, 78.95),
    R("a21", 2, "Persentase pengaduan ASN yang ditindaklanjuti", "%", 100, 100),
    R("a04", 3, "Persentase PNS yang dijatuhi hukuman disiplin", "%", 1.5, 1.1, neg=True),
    R("a06", 3, "Persentase PNS yang menyusun Sasaran Kinerja Pegawai (SKP) tepat waktu", "%", 90, 94.6),
    R("a05", 3, "Indeks Profesionalitas ASN", "nilai", 62, 63.2),
    R("a15", 4, "Indeks Kepuasan Masyarakat (IKM) pelayanan kepegawaian", "nilai", 3.1, 3.25, rs="grade:Baik"),
    R("a14", 4, "Nilai SAKIP BKPSDM", "nilai", 62, 62.8, rs="grade:B"),
]

# 2021: Rencana Aksi; q = (targets TW1..4, realisasi TW1..4); mode = how the year's realisasi is read
def Q(id, sas, name, unit, T, qt, qr, mode, Rv, **kw):
    return R(id, sas, name, unit, T, Rv, qt=qt, qr=qr, mode=mode, **kw)

D = "-"
Y2021 = [
    Q("a01", 1, "Persentase Aparatur Sipil Negara yang mengikuti pelatihan teknis", "%", 15, [3, 7, 11, 15], [2.1, 6.5, 10.8, 16.2], "last", 16.2),
    Q("a02", 1, "Persentase Aparatur Sipil Negara yang mengikuti pelatihan fungsional", "%", 8, [2, 4, 6, 8], [1.5, 3.9, 6.2, 8.4], "last", 8.4),
    Q("a03", 1, "Persentase pejabat struktural yang mengikuti Diklat Kepemimpinan (Diklatpim)", "%", 60, [0, 20, 40, 60], [0, 15, 38, 55], "last", 55),
    Q("a08", 1, "Jumlah ASN yang mengikuti uji kompetensi", "orang", 200, [0, 50, 75, 75], [0, 48, 80, 66], "sum", 194),
    Q("a11", 1, "Rata-rata jam pelajaran (JP) pengembangan kompetensi ASN", "jam", 20, [5, 10, 15, 20], [4.2, 9.8, 16.1, 22.4], "last", 22.4),
    Q("a16", 1, "Persentase ASN yang memenuhi standar kompetensi jabatan", "%", 65, [D, D, D, 65], [D, D, D, 63.4], "last", 63.4),
    Q("a13", 1, "Jumlah ASN tugas belajar dan izin belajar", "orang", 35, [10, 10, 10, 5], [8, 12, 9, 7], "sum", 36),
    Q("a07", 2, "Persentase usulan kenaikan pangkat yang diproses tepat waktu", "%", 100, [100, 100, 100, 100], [100, 100, 100, 100], "last", 100),
    Q("a12", 2, "Persentase usulan pensiun diproses tepat waktu", "%", 100, [100, 100, 100, 100], [100, 97.5, 100, 100], "last", 100),
    Q("a10", 2, "Persentase data ASN yang termutakhir pada SIMPEG", "%", 92, [25, 50, 75, 92], [30, 55, 78, 93.5], "last", 93.5),
    Q("a17", 2, "Jumlah formasi CPNS yang terisi", "orang", 120, [0, 0, 0, 120], [0, 0, 0, 118], "sum", 118),
    Q("a18", 2, "Persentase PPPK yang diangkat sesuai formasi", "%", 100, [0, 0, 0, 100], [D, D, D, 96.8], "last", 96.8),
    Q("a20", 2, "Persentase kelulusan ujian dinas / ujian penyesuaian kenaikan pangkat", "%", 80, [0, 0, 80, 80], [D, D, 82.35, 82.35], "last", 82.35),
    Q("a21", 2, "Persentase pengaduan ASN yang ditindaklanjuti", "%", 100, [100, 100, 100, 100], [100, 100, 100, 100], "last", 100),
    Q("a22", 2, "Persentase ASN wajib lapor yang menyampaikan LHKASN", "%", 100, [25, 50, 100, 100], [20, 62, 98.4, 99.1], "last", 99.1),
    Q("a04", 3, "Persentase PNS yang dijatuhi hukuman disiplin", "%", 1.2, [0.3, 0.6, 0.9, 1.2], [0.2, 0.4, 0.7, 0.9], "last", 0.9, neg=True),
    Q("a06", 3, "Persentase ASN yang menyusun SKP tepat waktu", "%", 95, [D, D, D, 95], [D, D, D, 96.2], "last", 96.2),
    Q("a05", 3, "Indeks Profesionalitas Aparatur Sipil Negara (IP ASN)", "nilai", 65, [D, D, D, 65], [D, D, D, 66.1], "last", 66.1),
    Q("a15", 4, "Indeks Kepuasan Masyarakat (IKM)", "nilai", 3.2, [3.2, 3.2, 3.2, 3.2], [3.21, 3.25, 3.28, "3,30 (Baik)"], "last", 3.30),
    Q("a14", 4, "Nilai AKIP BKPSDM", "nilai", 65, [D, D, D, 65], [D, D, D, D], "last", None),
]

# 2022: LKjIP chapter III table; prev = realisasi 2019, 2020, 2021 as printed in that table
Y2022 = [
    R("a01", 1, "Persentase ASN yang mengikuti pelatihan teknis", "%", 15, 17.35, prev=[18.5, 12.4, 16.2], renstra=20),
    R("a02", 1, "Persentase ASN yang mengikuti pelatihan fungsional", "%", 8, 9.1, prev=[11.2, 6.8, 8.4], renstra=10),
    R("a03", 1, "Persentase ASN yang mengikuti Pelatihan Kepemimpinan (PKA/PKP)", "%", 70, 72.5, prev=[80, 40, 55], renstra=80),
    R("a08", 1, "Jumlah ASN yang mengikuti uji kompetensi", "orang", 200, 215, prev=[162, 98, 194], renstra=1000),
    R("a23", 1, "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi", "%", 60, 54.8, prev=[None, None, None], renstra=80),
    R("a16", 1, "Persentase ASN yang kompetensinya sesuai standar kompetensi jabatan", "%", 68, 67.2, prev=[57.25, 60.1, 63.4], renstra=75),
    R("a13", 1, "Jumlah ASN yang mendapatkan tugas belajar dan izin belajar", "orang", 35, 38, prev=[46, 31, 36], renstra=200),
    R("a07", 2, "Persentase layanan kenaikan pangkat tepat waktu", "%", 100, 100, prev=[100, 100, 100], renstra=100),
    R("a12", 2, "Persentase layanan pensiun tepat waktu", "%", 100, 100, prev=[96.4, 100, 100], renstra=100),
    R("a10", 2, "Persentase data ASN yang mutakhir pada SIASN", "%", 95, 97.2, prev=[87.5, 91.2, 93.5], renstra=100),
    R("a18", 2, "Persentase PPPK yang diangkat sesuai formasi", "%", 100, 97.11, prev=[None, None, 96.8], renstra=100),
    R("a20", 2, "Persentase kelulusan ujian dinas dan UPKP", "%", 80, 85.71, prev=[84.62, 78.95, 82.35], renstra=85),
    R("a21", 2, "Persentase pengaduan ASN yang ditindaklanjuti", "%", 100, 100, prev=[None, 100, 100], renstra=100),
    R("a22", 2, "Persentase ASN wajib lapor yang menyampaikan LHKASN", "%", 100, 100, prev=[None, None, 99.1], renstra=100),
    R("a04", 3, "Persentase ASN yang dijatuhi hukuman disiplin", "%", 1.0, 0.85, neg=True, prev=[1.2, 1.1, 0.9], renstra=0.8),
    R("a06", 3, "Persentase ASN yang menyusun SKP tepat waktu", "%", 95, 98.4, prev=[92.3, 94.6, 96.2], renstra=100),
    R("a05", 3, "Indeks Profesionalitas ASN (IP ASN)", "nilai", 68, 69.4, rs="grade:Rendah", prev=[58.4, 63.2, 66.1], renstra=75),
    R("a15", 4, "Indeks Kepuasan Masyarakat (IKM)", "nilai", 3.25, 3.34, rs="grade:Baik", prev=[3.12, 3.25, 3.30], renstra=3.5),
    R("a14", 4, "Nilai AKIP BKPSDM", "nilai", 65, 65.12, rs="grade:B", prev=[61.35, 62.8, None], renstra=70),
]


def pct_cap(r):
    if r["R"] is None:
        return "-"
    if r["neg"]:
        return round((2 * r["T"] - r["R"]) / r["T"] * 100, 2)
    return round(r["R"] / r["T"] * 100, 2)


def sheet_pk(wb, title, year, rows, key):
    """Plain PK (Banjar style): blank sasaran = same as above, unit in its own column."""
    ws = wb.create_sheet(title)
    for i, t in enumerate(["PENGUKURAN KINERJA",
                           "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                           KAB, f"TAHUN {year}"], start=1):
        ws.merge_cells(f"A{i}:I{i}")
        put(ws, f"A{i}", t, bold=True, align=CENTER)
    put(ws, "A6", "Nama SKPD : Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")
    hdr = ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", None, "Realisasi", None, "%"]
    for j, h in enumerate(hdr, start=1):
        if h:
            put(ws, f"{L(j)}8", h, bold=True, align=CENTER)
    ws.merge_cells("D8:E8"); ws.merge_cells("F8:G8")
    for j, n in zip([1, 2, 3, 4, 6, 8], range(1, 7)):
        put(ws, f"{L(j)}9", f"({n})", align=CENTER)
    ws.merge_cells("D9:E9"); ws.merge_cells("F9:G9")
    r0 = 10; prev = None
    for i, r in enumerate(rows):
        rr = r0 + i
        put(ws, f"A{rr}", i + 1)
        if r["sas"] != prev:
            put(ws, f"B{rr}", S[r["sas"]], align=WRAP)
            prev = r["sas"]
        put(ws, f"C{rr}", r["name"], align=WRAP)
        v, f = render(r["T"], r["ts"], r["unit"]); put(ws, f"D{rr}", v, f)
        put(ws, f"E{rr}", r["unit"])
        v, f = render(r["R"], r["rs"], r["unit"]); put(ws, f"F{rr}", v, f)
        put(ws, f"G{rr}", r["unit"])
        put(ws, f"H{rr}", r["cap"] if r["cap"] is not None else pct_cap(r), "0.00")
        if key:
            K.add(FILE, title, rr, year, r["name"], r["id"], r["T"], r["R"], f"C{rr}", f"D{rr}", f"F{rr}")
    last = r0 + len(rows) - 1
    box(ws, f"A8:H{last}")
    put(ws, f"C{last+1}", "Rata-rata Capaian Kinerja", bold=True)
    put(ws, f"H{last+1}", f"=AVERAGE(H{r0}:H{last})", "0.00")
    put(ws, f"B{last+3}", f"Jumlah Anggaran Kegiatan Tahun {year} : Rp. {fmt_id(4512380000 + (year-2018)*213450000)}")
    put(ws, f"B{last+4}", f"Jumlah Realisasi Anggaran Kegiatan Tahun {year} : Rp. {fmt_id(4190227150 + (year-2018)*187310500)}")
    signature(ws, last + 6, 6, year, "Kepala Badan,", "Drs. HENDRA WIJAYA SITORUS, M.Si", "Pembina Utama Muda", "19680314 199303 1 007")
    ws.column_dimensions["B"].width = 38; ws.column_dimensions["C"].width = 48
    return ws


def sheet_2020(wb, title, year, rows):
    """Table starts in column C; sasaran as group header rows; numbering 1.1; split header;
    hidden column I (Target Renstra); frozen panes; capaian as formulas (R/T for every row)."""
    ws = wb.create_sheet(title)
    put(ws, "C1", "PENGUKURAN KINERJA TAHUN 2020", bold=True)
    put(ws, "C2", "BKPSDM KABUPATEN TANAH LONTAR", bold=True)
    put(ws, "C4", "Sasaran, Indikator, Target dan Realisasi sesuai Perjanjian Kinerja Tahun 2020")
    put(ws, "C6", "No", bold=True, align=CENTER); ws.merge_cells("C6:C7")
    put(ws, "D6", "Sasaran Strategis / Indikator Kinerja", bold=True, align=CENTER); ws.merge_cells("D6:D7")
    put(ws, "E6", "Satuan", bold=True, align=CENTER); ws.merge_cells("E6:E7")
    put(ws, "F6", "Target", bold=True, align=CENTER); put(ws, "F7", "Kinerja", bold=True, align=CENTER)
    put(ws, "G6", "Realisasi", bold=True, align=CENTER); put(ws, "G7", "Kinerja", bold=True, align=CENTER)
    put(ws, "H6", "Capaian", bold=True, align=CENTER); put(ws, "H7", "(%)", bold=True, align=CENTER)
    put(ws, "I6", "Target Renstra 2021", bold=True, align=CENTER); ws.merge_cells("I6:I7")
    put(ws, "J6", "Keterangan", bold=True, align=CENTER); ws.merge_cells("J6:J7")
    for j, n in zip("CDEFGHIJ", range(1, 9)):
        put(ws, f"{j}8", n, align=CENTER)
    rr = 9; prev = None; k = 0; sidx = 0; first = rr
    for r in rows:
        if r["sas"] != prev:
            sidx += 1; k = 0; prev = r["sas"]
            put(ws, f"C{rr}", sidx, bold=True)
            put(ws, f"D{rr}", S[r["sas"]], bold=True)
            for c in "CDEFGHIJ":
                ws[f"{c}{rr}"].fill = GREY
            rr += 1
        k += 1
        put(ws, f"C{rr}", f"{sidx}.{k}")
        put(ws, f"D{rr}", r["name"], align=WRAP)
        put(ws, f"E{rr}", r["unit"])
        v, f = render(r["T"], r["ts"], r["unit"]); put(ws, f"F{rr}", v, f)
        v, f = render(r["R"], r["rs"], r["unit"]); put(ws, f"G{rr}", v, f)
        if r["R"] is None:
            put(ws, f"H{rr}", "-"); put(ws, f"J{rr}", "Seleksi CASN ditunda (pandemi Covid-19)")
        elif r["rs"] in ("num",):
            put(ws, f"H{rr}", f"=G{rr}/F{rr}*100", "0.00")  # same formula for the negative a04 (wrong)
        else:
            put(ws, f"H{rr}", round(r["R"] / r["T"] * 100, 2), "0.00")
        put(ws, f"I{rr}", r["T"] if r["unit"] != "%" else min(100, r["T"] + 2))
        K.add(FILE, title, rr, year, r["name"], r["id"], r["T"], r["R"], f"D{rr}", f"F{rr}", f"G{rr}")
        rr += 1
    last = rr - 1
    box(ws, f"C6:J{last}")
    put(ws, f"D{rr}", "Rata-rata capaian", bold=True)
    put(ws, f"H{rr}", f"=AVERAGE(H{first}:H{last})", "0.00")
    signature(ws, rr + 3, 7, year, "Kepala BKPSDM Kabupaten Tanah Lontar", "Drs. HENDRA WIJAYA SITORUS, M.Si", "Pembina Utama Muda", "19680314 199303 1 007")
    ws.column_dimensions["I"].hidden = True
    ws.column_dimensions["A"].width = 3; ws.column_dimensions["B"].width = 3
    ws.column_dimensions["D"].width = 55; ws.column_dimensions["J"].width = 30
    return ws, "E9"


def sheet_ra(wb, title, year, rows):
    """Rencana Aksi with TW I-IV as T/R pairs; no annual realisasi column."""
    ws = wb.create_sheet(title)
    put(ws, "A1", "RENCANA AKSI DAN CAPAIAN KINERJA TRIWULANAN", bold=True)
    put(ws, "A2", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN TANAH LONTAR", bold=True)
    put(ws, "A3", "TAHUN ANGGARAN 2021", bold=True)
    for c, h in [("A", "No"), ("B", "Sasaran Strategis / Indikator Sasaran"), ("C", "Satuan"), ("D", "Target Tahunan"), ("M", "Keterangan")]:
        put(ws, f"{c}5", h, bold=True, align=CENTER); ws.merge_cells(f"{c}5:{c}6")
    for i, (c1, c2) in enumerate([("E", "F"), ("G", "H"), ("I", "J"), ("K", "L")]):
        put(ws, f"{c1}5", f"TW {['I','II','III','IV'][i]} (B{(i+1)*3:02d})", bold=True, align=CENTER)
        ws.merge_cells(f"{c1}5:{c2}5")
        put(ws, f"{c1}6", "T", bold=True, align=CENTER); put(ws, f"{c2}6", "R", bold=True, align=CENTER)
    for j in range(1, 14):
        put(ws, f"{L(j)}7", j, align=CENTER)
    roman = ["I", "II", "III", "IV"]; letters = "abcdefghijklmnop"
    rr = 8; prev = None; k = 0; sidx = -1
    for r in rows:
        if r["sas"] != prev:
            sidx += 1; k = 0; prev = r["sas"]
            put(ws, f"A{rr}", roman[sidx], bold=True); put(ws, f"B{rr}", S[r["sas"]], bold=True)
            rr += 1
        put(ws, f"A{rr}", f"{letters[k]}."); k += 1
        put(ws, f"B{rr}", r["name"], align=WRAP)
        put(ws, f"C{rr}", r["unit"])
        put(ws, f"D{rr}", r["T"])
        cols = [("E", "F"), ("G", "H"), ("I", "J"), ("K", "L")]
        for (ct, cr), t, x in zip(cols, r["qt"], r["qr"]):
            put(ws, f"{ct}{rr}", t); put(ws, f"{cr}{rr}", x)
        if r["R"] is None:
            put(ws, f"M{rr}", "LHE AKIP belum terbit")
        K.add(FILE, title, rr, year, r["name"], r["id"], r["T"], r["R"], f"B{rr}", f"D{rr}",
              [r["mode"], [f"F{rr}", f"H{rr}", f"J{rr}", f"L{rr}"]])
        rr += 1
    box(ws, f"A5:M{rr-1}")
    ws.row_dimensions[rr].hidden = True  # hidden spare row
    put(ws, f"B{rr}", "(baris cadangan)")
    signature(ws, rr + 3, 9, year, "Kepala Badan,", "Drs. HENDRA WIJAYA SITORUS, M.Si", "Pembina Utama Muda", "19680314 199303 1 007")
    ws.column_dimensions["B"].width = 55; ws.column_dimensions["M"].width = 24
    return ws, "C8"


def sheet_lkjip(wb, title, year, rows):
    """LKjIP chapter III table; title copied from last year's LKjIP (says 2021)."""
    ws = wb.create_sheet(title)
    ws.merge_cells("A1:K1"); ws.merge_cells("A2:K2")
    put(ws, "A1", "Tabel 3.2 Perbandingan Realisasi Kinerja Tahun ini dengan Tahun-tahun Sebelumnya", bold=True, align=CENTER)
    put(ws, "A2", "BKPSDM KABUPATEN TANAH LONTAR TAHUN 2021", bold=True, align=CENTER)  # copied title (mistake)
    for c, h in [("A", "No"), ("B", "Indikator Kinerja"), ("C", "Satuan"), ("J", "Target Akhir Renstra (2026)"), ("K", "Capaian s.d. 2022 terhadap Renstra (%)")]:
        put(ws, f"{c}4", h, bold=True, align=CENTER); ws.merge_cells(f"{c}4:{c}5")
    put(ws, "D4", "Realisasi", bold=True, align=CENTER); ws.merge_cells("D4:F4")
    put(ws, "G4", "Tahun 2022", bold=True, align=CENTER); ws.merge_cells("G4:I4")
    for c, h in zip("DEFGHI", ["2019", "2020", "2021", "Target", "Realisasi", "Capaian (%)"]):
        put(ws, f"{c}5", h, bold=True, align=CENTER)
    rr = 6; prev = None; k = 0
    for r in rows:
        if r["sas"] != prev:
            prev = r["sas"]
            ws.merge_cells(f"A{rr}:K{rr}")
            put(ws, f"A{rr}", f"Sasaran {r['sas']} : {S[r['sas']]}", bold=True)
            rr += 1
        k += 1
        pct = r["unit"] == "%"
        put(ws, f"A{rr}", k); put(ws, f"B{rr}", r["name"], align=WRAP); put(ws, f"C{rr}", r["unit"])
        for c, pv in zip("DEF", r["prev"]):
            if pv is None:
                put(ws, f"{c}{rr}", "-")
            else:
                v, f = render(pv, "pctf" if pct else "num"); put(ws, f"{c}{rr}", v, f)
        v, f = render(r["T"], "pctf" if pct else "num"); put(ws, f"G{rr}", v, f)
        v, f = render(r["R"], "pctf" if pct else r["rs"]); put(ws, f"H{rr}", v, f)
        if r["neg"]:
            put(ws, f"I{rr}", f"=(2*G{rr}-H{rr})/G{rr}", "0.00%")
        elif r["rs"].startswith("grade"):
            put(ws, f"I{rr}", round(r["R"] / r["T"], 4), "0.00%")
        else:
            put(ws, f"I{rr}", f"=H{rr}/G{rr}", "0.00%")
        v, f = render(r["renstra"], "pctf" if pct else "num"); put(ws, f"J{rr}", v, f)
        if r["rs"].startswith("grade") or r["unit"] == "orang":
            put(ws, f"K{rr}", "-")
        elif r["neg"]:
            put(ws, f"K{rr}", f"=J{rr}/H{rr}", "0.00%")
        else:
            put(ws, f"K{rr}", f"=H{rr}/J{rr}", "0.00%")
        K.add(FILE, title, rr, year, r["name"], r["id"], r["T"], r["R"], f"B{rr}", f"G{rr}", f"H{rr}")
        rr += 1
    box(ws, f"A4:K{rr-1}")
    put(ws, f"A{rr+1}", "Sumber: Pengukuran Kinerja BKPSDM Tahun 2019 s.d. 2022 (diolah)")
    ws.column_dimensions["B"].width = 55
    return ws


def main():
    wb = Workbook(); wb.remove(wb.active)
    freeze = {}
    sheet_pk(wb, "PK 2019", 2019, Y2019, True)
    ws, fz = sheet_2020(wb, "2020", 2020, Y2020); freeze["2020"] = fz
    ws, fz = sheet_ra(wb, "Capaian Kinerja 21", 2021, Y2021); freeze["Capaian Kinerja 21"] = fz
    sheet_lkjip(wb, "TH 2022", 2022, Y2022)
    sheet_pk(wb, "PK 2018", 2018, Y2018, False)  # leftover of the previous year (mistake)
    os.makedirs(BUILD, exist_ok=True)
    wb.save(os.path.join(BUILD, FILE))
    K.save()
    import json
    json.dump({FILE: freeze}, open(os.path.join(BUILD, FOLDER + "_freeze.json"), "w"))


if __name__ == "__main__":
    main()
