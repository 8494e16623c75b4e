"""Agency A: Dinas Kesehatan Kabupaten Bantul, 2018-2021, one annual Pengukuran Kinerja file per year
(2018 .xlsx, 2019 .xls, 2020 .xlsx, 2021 .ods). Invented figures and people."""
import os
import random
import sys

import openpyxl
from openpyxl.styles import Font

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (BOLD, CENTER, WRAP, box, capaian, convert, id_num, keyrow, merge, realise,
                    rnd, save_xlsx, signature, widths, write_key, ROOT)

SLUG = "dinkes-bantul"
OUT = os.path.join(ROOT, SLUG)
YEARS = [2018, 2019, 2020, 2021]
rng = random.Random(4101)

SASARAN = {
    "S1": {2018: "Meningkatnya derajat kesehatan ibu dan anak",
           2019: "Meningkatnya derajat kesehatan ibu dan anak",
           2020: "Meningkatnya Derajat Kesehatan Ibu dan Anak",
           2021: "Meningkatnya derajat kesehatan ibu, bayi dan balita"},
    "S2": {y: "Meningkatnya status gizi masyarakat" for y in YEARS},
    "S3": {2018: "Meningkatnya akses dan mutu pelayanan kesehatan",
           2019: "Meningkatnya akses dan mutu pelayanan kesehatan",
           2020: "Meningkatnya Akses dan Mutu Pelayanan Kesehatan",
           2021: "Meningkatnya akses dan mutu pelayanan kesehatan"},
    "S4": {2018: "Meningkatnya perilaku hidup bersih dan sehat",
           2019: "Meningkatnya perilaku hidup bersih dan sehat masyarakat",
           2020: "Meningkatnya Perilaku Hidup Bersih dan Sehat",
           2021: "Meningkatnya perilaku hidup bersih dan sehat"},
    "S5": {2018: "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan publik",
           2019: "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan publik",
           2020: "Meningkatnya Akuntabilitas Kinerja dan Kualitas Pelayanan Publik",
           2021: "Meningkatnya akuntabilitas kinerja Dinas Kesehatan"},
}

# id, sasaran, names per year (None = absent), unit, targets per year, decimals, negative?
IND = [
    ("a_aki", "S1", ["Angka Kematian Ibu (AKI)", "Angka Kematian Ibu", "AKI per 100.000 kelahiran hidup",
                     "Angka Kematian Ibu (per 100.000 KH)"], "per 100.000 KH", [98, 95, 92, 90], 2, True),
    ("a_akb", "S1", ["Angka Kematian Bayi (AKB)", "Angka Kematian Bayi", "AKB per 1.000 kelahiran hidup",
                     "Angka Kematian Bayi (per 1.000 KH)"], "per 1.000 KH", [8.5, 8.3, 8.0, 7.8], 2, True),
    ("a_akaba", "S1", ["Angka Kematian Balita (AKABA)", "Angka Kematian Balita", "AKABA per 1.000 kelahiran hidup",
                       "Angka Kematian Balita (per 1.000 KH)"], "per 1.000 KH", [10.2, 10, 9.8, 9.5], 2, True),
    ("a_k4", "S1", ["Cakupan kunjungan ibu hamil K4", "Cakupan Kunjungan Ibu Hamil K4",
                    "Persentase ibu hamil yang mendapat pelayanan K4", "Cakupan K4 ibu hamil"],
     "%", [95, 96, 97, 98], 2, False),
    ("a_salin", "S1", ["Cakupan pertolongan persalinan oleh tenaga kesehatan",
                       "Cakupan Pertolongan Persalinan oleh Nakes",
                       "Cakupan Pertolongan Persalinan oleh Tenaga Kesehatan yang memiliki kompetensi kebidanan",
                       "Cakupan pertolongan persalinan oleh tenaga kesehatan (%)"],
     "%", [98, 98.5, 99, 99], 2, False),
    ("a_idl", "S1", ["Imunisasi Dasar Lengkap (IDL) pada bayi", "Cakupan Imunisasi Dasar Lengkap (IDL)",
                     "Cakupan IDL", "Cakupan imunisasi dasar lengkap pada bayi"], "%", [93, 94, 95, 95], 2, False),
    ("a_uci", "S1", ["Persentase Desa UCI", "Prosentase Desa/Kelurahan UCI",
                     "Persentase Desa UCI (Universal Child Immunization)", "Desa/Kelurahan UCI (%)"],
     "%", [96, 98, 100, 100], 2, False),
    ("a_gizib", "S2", ["Prevalensi balita gizi buruk", "Prevalensi Balita Gizi Buruk",
                       "Prevalensi gizi buruk pada balita", "Prevalensi Balita Gizi Buruk (%)"],
     "%", [0.5, 0.45, 0.4, 0.38], 2, True),
    ("a_stunt", "S2", ["Prevalensi stunting", "Prevalensi Stunting pada Balita",
                       "Prevalensi balita stunting (pendek dan sangat pendek)", "Prevalensi Stunting"],
     "%", [17, 16, 14.5, 13], 2, True),
    ("a_uhc", "S3", ["Persentase penduduk yang memiliki jaminan kesehatan",
                     "Prosentase penduduk yang memiliki jaminan kesehatan",
                     "Persentase Penduduk memiliki Jaminan Kesehatan",
                     "Persentase cakupan penduduk yang memiliki jaminan kesehatan"],
     "%", [90, 92, 95, 96], 2, False),
    ("a_puskpct", "S3", ["Persentase Puskesmas terakreditasi", "Prosentase Puskesmas Terakreditasi",
                         "Persentase puskesmas yang terakreditasi", "Persentase Puskesmas terakreditasi (%)"],
     "%", [70, 85, 100, 100], 2, False),
    ("a_puskjml", "S3", ["Jumlah Puskesmas terakreditasi", "Jumlah Puskesmas yang terakreditasi",
                         "Jumlah Puskesmas Terakreditasi", "Jumlah puskesmas terakreditasi (unit)"],
     "Puskesmas", [19, 23, 27, 27], 0, False),
    ("a_rj", "S3", ["Cakupan kunjungan rawat jalan", "Cakupan Kunjungan Rawat Jalan",
                    "Cakupan kunjungan rawat jalan Puskesmas", "Cakupan Kunjungan Rawat Jalan"],
     "%", [15, 15, 12, 15], 2, False),
    ("a_ri", "S3", ["Cakupan kunjungan rawat inap", "Cakupan Kunjungan Rawat Inap",
                    "Cakupan kunjungan rawat inap Puskesmas", "Cakupan Kunjungan Rawat Inap"],
     "%", [1.5, 1.5, 1.2, 1.5], 2, False),
    ("a_tunggu", "S3", ["Rata - rata waktu tunggu pelayanan rawat jalan",
                        "Rata-rata waktu tunggu pelayanan rawat jalan (menit)",
                        "Rata-rata waktu tunggu rawat jalan", "Rata - rata Waktu Tunggu Pelayanan Rawat Jalan"],
     "menit", [60, 60, 55, 50], 0, True),
    ("a_tb", "S3", ["Angka keberhasilan pengobatan TB", "Angka Keberhasilan Pengobatan TB (Success Rate)",
                    "Angka keberhasilan pengobatan Tuberkulosis (TB)", "Angka Keberhasilan Pengobatan TB Paru"],
     "%", [88, 89, 90, 90], 2, False),
    ("a_miskin", "S3", ["Persentase masyarakat miskin yang mendapat pelayanan kesehatan",
                        "Prosentase masyarakat miskin yang mendapatkan pelayanan kesehatan", None, None],
     "%", [100, 100, None, None], 2, False),
    ("a_miskin_dasar", "S3", [None, None, "Persentase masyarakat miskin yang mendapat pelayanan kesehatan dasar",
                              "Persentase Masyarakat Miskin mendapat Pelayanan Kesehatan Dasar"],
     "%", [None, None, 100, 100], 2, False),
    ("a_phbs", "S4", ["Persentase Rumah Tangga ber-PHBS", "Prosentase Rumah Tangga Ber-PHBS", None, None],
     "%", [65, 68, None, None], 2, False),
    ("a_odf", "S4", [None, None, "Persentase Desa ODF (Open Defecation Free)",
                     "Persentase Desa Stop Buang Air Besar Sembarangan (ODF)"], "%", [None, None, 80, 90], 2, False),
    ("a_pokkec", "S4", ["Jumlah Pokja Posyandu tingkat kecamatan yang aktif",
                        "Jumlah Pokja Posyandu aktif tingkat kecamatan",
                        "Jumlah Pokja Posyandu Tingkat Kecamatan", "Jumlah Pokja Posyandu tingkat kecamatan aktif"],
     "kecamatan", [12, 14, 16, 17], 0, False),
    ("a_pokdesa", "S4", ["Jumlah Pokja Posyandu tingkat desa yang aktif", "Jumlah Pokja Posyandu aktif tingkat desa",
                         "Jumlah Pokja Posyandu Tingkat Desa", "Jumlah Pokja Posyandu tingkat desa aktif"],
     "desa", [55, 62, 70, 75], 0, False),
    ("a_ikm", "S5", ["Indeks Kepuasan Masyarakat (IKM)", "IKM", "Indeks Kepuasan Masyarakat",
                     "Indeks Kepuasan Masyarkat terhadap pelayanan Dinas Kesehatan"],
     "indeks", [78, 80, 82, 83], 2, False),
    ("a_sakip", "S5", ["Nilai SAKIP Dinas Kesehatan", "Nilai Evaluasi SAKIP",
                       "Nilai hasil evaluasi SAKIP Dinas Kesehatan", "Nilai SAKIP"],
     "nilai", [65, 67.5, 70, 72], 2, False),
]

# figures per (id, year)
FIG = {}
for iid, s, names, unit, tg, dec, neg in IND:
    for i, y in enumerate(YEARS):
        if names[i] is None:
            continue
        t = tg[i]
        hi = 1.0 if t >= 100 and unit == "%" else 1.08
        r = realise(rng, t, dec, neg, hi=hi)
        if unit == "%" and not neg and r > 100:
            r = 100.0
        FIG[(iid, y)] = (t, r)

# deliberate unit slip: 2020 jaminan kesehatan typed as a fraction without a percent format
UHC_SLIP = (0.95, 0.9612)
FIG[("a_uhc", 2020)] = UHC_SLIP

rows_key = []
files = []


def rows_of_year(y):
    i = YEARS.index(y)
    out = []
    for iid, s, names, unit, tg, dec, neg in IND:
        if names[i] is None:
            continue
        t, r = FIG[(iid, y)]
        out.append(dict(id=iid, s=s, name=names[i], unit=unit, t=t, r=r, dec=dec, neg=neg))
    return out


def numfmt(dec):
    return "#,##0" if dec == 0 else "0.00"


def anggaran(ws, row, col, y, a, b):
    ws.cell(row, col, "Jumlah Anggaran")
    ws.cell(row, col + 1, f": Rp. {id_num(a)},-")
    ws.cell(row + 1, col, "Jumlah Realisasi Anggaran")
    ws.cell(row + 1, col + 1, f": Rp. {id_num(b)},-")
    return row + 2


KADIN = {2018: ("dr. Hendra Wicaksono, M.Kes", "Pembina Utama Muda (IV/c)", "NIP. 19680412 199703 1 005"),
         2019: ("dr. Hendra Wicaksono, M.Kes", "Pembina Utama Muda (IV/c)", "NIP. 19680412 199703 1 005"),
         2020: ("dr. Ratna Kusumawardani, MPH", "Pembina Tingkat I (IV/b)", "NIP. 19720903 200012 2 002"),
         2021: ("dr. Ratna Kusumawardani, MPH", "Pembina Tingkat I (IV/b)", "NIP. 19720903 200012 2 002")}


# ---------------------------------------------------------------- 2018 (.xlsx, sasaran column, merged)
def make_2018(path, fname):
    y = 2018
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2018"
    merge(ws, 1, 1, 1, 7, "PENGUKURAN KINERJA")
    merge(ws, 2, 1, 2, 7, "DINAS KESEHATAN KABUPATEN BANTUL")
    merge(ws, 3, 1, 3, 7, "TAHUN 2018")
    merge(ws, 5, 1, 6, 1, "No")
    merge(ws, 5, 2, 6, 2, "Sasaran Strategis")
    merge(ws, 5, 3, 6, 3, "Indikator Kinerja")
    merge(ws, 5, 4, 6, 4, "Satuan")
    merge(ws, 5, 5, 5, 7, "Kinerja")
    for c, h in zip((5, 6, 7), ("Target", "Realisasi", "% Capaian")):
        merge(ws, 6, c, 6, c, h)
    for c in range(1, 8):
        merge(ws, 7, c, 7, c, f"({c})", bold=False)
    r = 8
    rows = rows_of_year(y)
    sas_order = []
    for d in rows:
        if d["s"] not in sas_order:
            sas_order.append(d["s"])
    for n, s in enumerate(sas_order, 1):
        block = [d for d in rows if d["s"] == s]
        merge(ws, r, 1, r + len(block) - 1, 1, n, bold=False)
        merge(ws, r, 2, r + len(block) - 1, 2, SASARAN[s][y], bold=False)
        ws.cell(r, 2).alignment = WRAP
        for d in block:
            ws.cell(r, 3, d["name"]).alignment = WRAP
            ws.cell(r, 4, d["unit"])
            ws.cell(r, 5, d["t"]).number_format = numfmt(d["dec"])
            ws.cell(r, 6, d["r"]).number_format = numfmt(d["dec"])
            ws.cell(r, 7, capaian(d["t"], d["r"], d["neg"])).number_format = "0.00"
            rows_key.append(keyrow(fname, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
            r += 1
    box(ws, 5, 1, r - 1, 7)
    r = anggaran(ws, r + 1, 2, y, 98452116000, 91377404250)
    signature(ws, r + 1, 6, "Bantul, 28 Februari 2019", "KEPALA DINAS KESEHATAN KABUPATEN BANTUL", *KADIN[y])
    widths(ws, [5, 34, 48, 14, 11, 11, 11])
    save_xlsx(wb, path)


# ---------------------------------------------------------------- 2019 (.xls, sasaran as section rows)
def make_2019(path, fname):
    y = 2019
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2019"
    for i, t in enumerate(["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "PENGUKURAN KINERJA",
                           "DINAS KESEHATAN", "KABUPATEN BANTUL", "TAHUN 2019"], 1):
        merge(ws, i, 1, i, 6, t)
    merge(ws, 7, 1, 8, 1, "No")
    merge(ws, 7, 2, 8, 2, "Indikator Kinerja")
    merge(ws, 7, 3, 8, 3, "Satuan")
    merge(ws, 7, 4, 7, 5, "Tahun 2019")
    merge(ws, 8, 4, 8, 4, "Target")
    merge(ws, 8, 5, 8, 5, "Realisasi")
    merge(ws, 7, 6, 8, 6, "Capaian (%)")
    r = 9
    rows = rows_of_year(y)
    sas_order = []
    for d in rows:
        if d["s"] not in sas_order:
            sas_order.append(d["s"])
    for n, s in enumerate(sas_order, 1):
        merge(ws, r, 1, r, 6, f"Sasaran {n} : {SASARAN[s][y]}")
        ws.cell(r, 1).alignment = WRAP
        r += 1
        k = 1
        for d in rows:
            if d["s"] != s:
                continue
            ws.cell(r, 1, f"{n}.{k}")
            ws.cell(r, 2, d["name"]).alignment = WRAP
            ws.cell(r, 3, d["unit"])
            ws.cell(r, 4, d["t"]).number_format = numfmt(d["dec"])
            ws.cell(r, 5, d["r"]).number_format = numfmt(d["dec"])
            if d["neg"]:
                ws.cell(r, 6, f"=ROUND((2*D{r}-E{r})/D{r}*100,2)")
            else:
                ws.cell(r, 6, f"=ROUND(E{r}/D{r}*100,2)")
            ws.cell(r, 6).number_format = "0.00"
            rows_key.append(keyrow(fname, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
            r += 1
            k += 1
    box(ws, 7, 1, r - 1, 6)
    r = anggaran(ws, r + 1, 2, y, 104870553000, 97112908640)
    signature(ws, r + 1, 5, "Bantul, 27 Februari 2020", "Kepala Dinas Kesehatan\nKabupaten Bantul".replace("\n", " "),
              *KADIN[y])
    widths(ws, [6, 52, 14, 11, 11, 12])
    save_xlsx(wb, path)


# ---------------------------------------------------------------- 2020 (.xlsx, Target Akhir Renstra)
def make_2020(path, fname):
    y = 2020
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    merge(ws, 1, 1, 1, 9, "PENGUKURAN KINERJA DINAS KESEHATAN")
    merge(ws, 2, 1, 2, 9, "KABUPATEN BANTUL")
    merge(ws, 3, 1, 3, 9, "TAHUN ANGGARAN 2020")
    merge(ws, 5, 1, 6, 1, "No")
    merge(ws, 5, 2, 6, 2, "Sasaran")
    merge(ws, 5, 3, 6, 3, "Indikator Kinerja")
    merge(ws, 5, 4, 6, 4, "Satuan")
    merge(ws, 5, 5, 5, 7, "Kinerja Tahun 2020")
    merge(ws, 5, 8, 5, 9, "Renstra 2016-2021")
    for c, h in zip(range(5, 10), ("Target", "Realisasi", "Capaian (%)", "Target Akhir Renstra (2021)",
                                   "Capaian thd Target Akhir Renstra (%)")):
        merge(ws, 6, c, 6, c, h)
    r = 7
    rows = rows_of_year(y)
    last_s = None
    n = 0
    for d in rows:
        n += 1
        ws.cell(r, 1, n)
        if d["s"] != last_s:
            ws.cell(r, 2, SASARAN[d["s"]][y]).alignment = WRAP
            last_s = d["s"]
        ws.cell(r, 3, d["name"]).alignment = WRAP
        ws.cell(r, 4, d["unit"])
        ws.cell(r, 5, d["t"]).number_format = numfmt(d["dec"])
        ws.cell(r, 6, d["r"]).number_format = numfmt(d["dec"])
        if d["id"] == "a_uhc":
            ws.cell(r, 5).number_format = "General"
            ws.cell(r, 6).number_format = "General"
        ws.cell(r, 7, capaian(d["t"], d["r"], d["neg"])).number_format = "0.00"
        t21 = FIG.get((d["id"], 2021), (None,))[0]
        if t21 is not None:
            ws.cell(r, 8, t21).number_format = numfmt(d["dec"])
            if d["id"] == "a_uhc":
                ws.cell(r, 9, rnd(0.9612 * 100 / t21 * 100, 2))
            else:
                ws.cell(r, 9, capaian(t21, d["r"], d["neg"]))
            ws.cell(r, 9).number_format = "0.00"
        rows_key.append(keyrow(fname, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
        r += 1
    box(ws, 5, 1, r - 1, 9)
    r = anggaran(ws, r + 1, 3, y, 187306442500, 171954018775)
    signature(ws, r + 1, 7, "Bantul, 26 Februari 2021", "KEPALA DINAS KESEHATAN", *KADIN[y])
    widths(ws, [5, 32, 46, 14, 10, 10, 10, 14, 14])
    save_xlsx(wb, path)


# ---------------------------------------------------------------- 2021 (.ods, value/satuan pairs, IKM in sasaran col)
def make_2021(path, fname):
    y = 2021
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pengukuran Kinerja"
    merge(ws, 1, 1, 1, 8, "PENGUKURAN KINERJA TAHUN 2021")
    merge(ws, 2, 1, 2, 8, "DINAS KESEHATAN KABUPATEN BANTUL")
    merge(ws, 3, 1, 3, 8, "PROVINSI DAERAH ISTIMEWA YOGYAKARTA")
    merge(ws, 5, 1, 6, 1, "No")
    merge(ws, 5, 2, 6, 2, "Sasaran Strategis")
    merge(ws, 5, 3, 6, 3, "Indikator Kinerja")
    merge(ws, 5, 4, 5, 5, "Target")
    merge(ws, 5, 6, 5, 7, "Realisasi")
    merge(ws, 5, 8, 6, 8, "Capaian (%)")
    for c, h in zip((4, 5, 6, 7), ("Nilai", "Satuan", "Nilai", "Satuan")):
        merge(ws, 6, c, 6, c, h)
    r = 7
    rows = rows_of_year(y)
    text_ids = {"a_k4", "a_stunt", "a_tb", "a_ri"}   # typed as text with a decimal comma
    groups = []
    for d in rows:
        key = "IKM" if d["id"] == "a_ikm" else d["s"]
        if not groups or groups[-1][0] != key:
            groups.append((key, []))
        groups[-1][1].append(d)
    for n, (key, block) in enumerate(groups, 1):
        top = r
        merge(ws, r, 1, r + len(block) - 1, 1, n, bold=False)
        if key != "IKM":
            merge(ws, r, 2, r + len(block) - 1, 2, SASARAN[key][y], bold=False)
            ws.cell(r, 2).alignment = WRAP
        for d in block:
            if d["id"] == "a_ikm":
                ws.cell(r, 2, d["name"]).alignment = WRAP   # indicator written in the Sasaran column
                ws.cell(r, 3, None)
            else:
                ws.cell(r, 3, d["name"]).alignment = WRAP
            unit = "%" if d["unit"] == "%" else d["unit"]
            for c, v in ((4, d["t"]), (6, d["r"])):
                if d["id"] in text_ids:
                    ws.cell(r, c, id_num(v, d["dec"]))
                else:
                    ws.cell(r, c, v).number_format = numfmt(d["dec"])
            ws.cell(r, 5, unit)
            ws.cell(r, 7, unit)
            ws.cell(r, 8, capaian(d["t"], d["r"], d["neg"])).number_format = "0.00"
            rows_key.append(keyrow(fname, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
            r += 1
    box(ws, 5, 1, r - 1, 8)
    r = anggaran(ws, r + 1, 3, y, 203118760000, 188240315412)
    signature(ws, r + 1, 6, "Bantul,      Februari 2022", "Kepala Dinas Kesehatan Kabupaten Bantul", *KADIN[y])
    widths(ws, [5, 34, 46, 10, 12, 10, 12, 11])
    save_xlsx(wb, path)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    tmp = "/tmp/blind4-a"
    os.makedirs(tmp, exist_ok=True)
    plan = [(2018, "PK Dinkes Bantul 2018.xlsx", make_2018, None),
            (2019, "Pengukuran Kinerja Dinkes 2019.xls", make_2019, "xls"),
            (2020, "PK_DINKES_2020_final.xlsx", make_2020, None),
            (2021, "Pengukuran Kinerja 2021.ods", make_2021, "ods")]
    for y, fname, fn, conv in plan:
        files.append(fname)
        if conv is None:
            fn(os.path.join(OUT, fname), fname)
        else:
            src = os.path.join(tmp, f"a{y}.xlsx")
            fn(src, fname)
            convert(src, conv, OUT, fname)
    write_key(OUT, "Dinas Kesehatan Kabupaten Bantul", YEARS, files, rows_key, [["a_miskin", "a_miskin_dasar"]])
    print(SLUG, len(files), "files", len(rows_key), "rows")


if __name__ == "__main__":
    main()
