"""Agency B: Dinas Koperasi dan Usaha Mikro Kabupaten Banyuwangi, 2020-2023, one workbook with a
cover sheet and one sheet per year. Invented figures and people."""
import os
import random
import sys

import openpyxl
from openpyxl.styles import Font

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (BOLD, CENTER, WRAP, box, capaian, id_num, keyrow, merge, realise, rnd, save_xlsx,
                    signature, widths, write_key, ROOT)

SLUG = "diskop-banyuwangi"
OUT = os.path.join(ROOT, SLUG)
YEARS = [2020, 2021, 2022, 2023]
FNAME = "Pengukuran Kinerja Diskop UM 2020-2023.xlsx"
rng = random.Random(4202)

SASARAN = {
    "S1": {2020: "Meningkatnya daya saing usaha mikro", 2021: "Meningkatnya daya saing usaha mikro",
           2022: "Meningkatnya Daya Saing Usaha Mikro dan Kecil", 2023: "Meningkatnya daya saing usaha mikro"},
    "S2": {2020: "Meningkatnya kualitas kelembagaan dan usaha koperasi",
           2021: "Meningkatnya kualitas kelembagaan dan usaha koperasi",
           2022: "Meningkatnya Kualitas Kelembagaan dan Usaha Koperasi",
           2023: "Meningkatnya kualitas kelembagaan koperasi"},
    "S3": {y: "Meningkatnya akuntabilitas kinerja perangkat daerah" for y in YEARS},
}

# id, sasaran, names, unit, targets, decimals, kind (cnt / pct / rp / idx)
IND = [
    ("b_um_jml", "S1", ["Jumlah Usaha Mikro yang dibina", "Jumlah usaha mikro yang dibina", "Jumlah UM binaan ",
                        "Jumlah Usaha Mikro binaan"], "unit usaha", [1250, 1300, 1400, 1500], 0, "cnt"),
    ("b_uk_jml", "S1", ["Jumlah Usaha Kecil yang dibina", "Jumlah usaha kecil yang dibina", "Jumlah UK binaan",
                        "Jumlah Usaha Kecil binaan"], "unit usaha", [320, 340, 360, 380], 0, "cnt"),
    ("b_um_naik", "S1", ["Persentase Usaha Mikro yang naik kelas menjadi Usaha Kecil",
                         "Prosentase usaha mikro naik kelas", "Persentase UM naik kelas",
                         "Persentase Usaha Mikro yang Naik Kelas"], "%", [2.5, 3, 3.5, 4], 2, "pct"),
    ("b_omzet_um", "S1", ["Rata - rata omzet Usaha Mikro binaan", "Rata-rata omset usaha mikro binaan",
                          "Rata-rata Omzet UM Binaan per tahun", "Rata - rata Omset Usaha Mikro Binaan"],
     "Rp", [48000000, 50000000, 55000000, 60000000], 0, "rp"),
    ("b_omzet_uk", "S1", ["Rata - rata omzet Usaha Kecil binaan", "Rata-rata omset usaha kecil binaan",
                          "Rata-rata Omzet UK Binaan per tahun", "Rata - rata Omset Usaha Kecil Binaan"],
     "Rp", [600000000, 620000000, 650000000, 700000000], 0, "rp"),
    ("b_wub_l", "S1", ["Jumlah wirausaha baru laki-laki", "Jumlah Wirausaha Baru laki-laki", "Jumlah WUB laki-laki",
                       "Jumlah wirausaha baru (laki-laki)"], "orang", [150, 160, 170, 180], 0, "cnt"),
    ("b_wub_p", "S1", ["Jumlah wirausaha baru perempuan", "Jumlah Wirausaha Baru perempuan", "Jumlah WUB perempuan",
                       "Jumlah wirausaha baru (perempuan)"], "orang", [200, 220, 240, 250], 0, "cnt"),
    ("b_lat_kec", "S1", ["Jumlah pelatihan kewirausahaan tingkat kecamatan",
                         "Jumlah Pelatihan Kewirausahaan Tingkat Kecamatan",
                         "Jumlah pelatihan kewirausahaan di tingkat kecamatan",
                         "Pelatihan kewirausahaan tingkat kecamatan"], "kali", [12, 12, 15, 15], 0, "cnt"),
    ("b_lat_desa", "S1", ["Jumlah pelatihan kewirausahaan tingkat desa", "Jumlah Pelatihan Kewirausahaan Tingkat Desa",
                          "Jumlah pelatihan kewirausahaan di tingkat desa", "Pelatihan kewirausahaan tingkat desa"],
     "kali", [40, 45, 50, 50], 0, "cnt"),
    ("b_kur", "S1", ["Jumlah UMKM yang mengakses KUR", "Jumlah UMKM yang mengakses Kredit Usaha Rakyat (KUR)",
                     "Jumlah UMKM mengakses KUR", "Jumlah UMKM yang mengakses pembiayaan KUR"],
     "UMKM", [900, 950, 1000, 1100], 0, "cnt"),
    ("b_halal", "S1", ["Jumlah produk UMKM bersertifikat halal", "Jumlah Produk UMKM yang Bersertifikat Halal",
                       None, None], "produk", [150, 175, None, None], 0, "cnt"),
    ("b_sertifikasi", "S1", [None, None, "Jumlah produk UMKM yang tersertifikasi (halal, PIRT, SNI)",
                             "Jumlah produk UMKM tersertifikasi"], "produk", [None, None, 400, 450], 0, "cnt"),
    ("b_digital", "S1", [None, None, "Persentase UMKM yang memanfaatkan platform digital",
                         "Persentase UMKM yang memanfaatkan platform digital (Go Digital)"],
     "%", [None, None, 25, 30], 2, "pct"),
    ("b_kop_jml", "S2", ["Jumlah Koperasi Aktif", "Jumlah koperasi aktif", "Jumlah Koperasi Aktif (unit)",
                         "Jumlah Koperasi yang Aktif"], "unit", [610, 620, 630, 640], 0, "cnt"),
    ("b_kop_pct", "S2", ["Persentase Koperasi Aktif", "Presentase Koperasi Aktif", "Persentase koperasi yang aktif",
                         "Persentase Koperasi Aktif (%)"], "%", [70, 72, 74, 75], 2, "pct"),
    ("b_kop_sehat", "S2", ["Persentase Koperasi Sehat", "Persentase koperasi berpredikat sehat",
                           "Persentase Koperasi Sehat", "Pesentase Koperasi Sehat"], "%", [40, 42.5, 45, 47.5], 2, "pct"),
    ("b_kop_rat", "S2", ["Persentase koperasi yang melaksanakan RAT",
                         "Persentase Koperasi yang Melaksanakan Rapat Anggota Tahunan (RAT)",
                         "Persentase Koperasi melaksanakan RAT",
                         "Persentase koperasi yang melaksanakan Rapat Anggota Tahunan"], "%", [55, 57.5, 60, 62.5], 2, "pct"),
    ("b_vol", "S2", ["Volume usaha koperasi", "Volume Usaha Koperasi", "Volume Usaha Koperasi (Rp)",
                     "Jumlah Volume Usaha Koperasi"], "Rp", [125000000000, 130000000000, 138000000000, 145000000000],
     0, "rp"),
    ("b_kopwan", "S2", ["Jumlah koperasi wanita yang dibina", "Jumlah Koperasi Wanita (Kopwan) yang dibina", None, None],
     "koperasi", [45, 48, None, None], 0, "cnt"),
    ("b_ikm", "S3", ["Indeks Kepuasan Masyarakat", "Indeks Kepuasan Masyarakat (IKM)", "IKM",
                     "Nilai IKM Dinas Koperasi dan Usaha Mikro"], "nilai", [80, 81, 82, 83], 2, "idx"),
    ("b_sakip", "S3", ["Nilai SAKIP Perangkat Daerah", "Nilai SAKIP", "Nilai Evaluasi SAKIP Dinas",
                       "Nilai SAKIP Perangkat Daerah"], "nilai", [62, 65, 68, 70], 2, "idx"),
]

FIG = {}
for iid, s, names, unit, tg, dec, kind in IND:
    for i, y in enumerate(YEARS):
        if names[i] is None:
            continue
        t = tg[i]
        if kind == "rp":
            # money realised to the nearest thousand (omzet) or million (volume)
            step = 1000000 if t >= 1e10 else 1000
            if t >= 1e10 and y == 2021:
                step = 100000000          # typed as "Rp 131,2 Miliar" that year
            r = int(round(t * rng.uniform(0.88, 1.07) / step) * step)
        else:
            r = realise(rng, t, dec)
        FIG[(iid, y)] = (t, r)

rows_key = []


def rows_of_year(y):
    i = YEARS.index(y)
    out = []
    for iid, s, names, unit, tg, dec, kind in IND:
        if names[i] is None:
            continue
        t, r = FIG[(iid, y)]
        out.append(dict(id=iid, s=s, name=names[i], unit=unit, t=t, r=r, dec=dec, kind=kind))
    return out


def fmt(d):
    return {"cnt": "#,##0", "rp": "#,##0", "pct": "0.00", "idx": "0.00"}[d["kind"]]


def cover(wb):
    ws = wb.active
    ws.title = "Cover"
    lines = [(4, "PENGUKURAN KINERJA"), (5, "PERJANJIAN KINERJA TAHUN 2020 - 2023"),
             (7, "DINAS KOPERASI DAN USAHA MIKRO"), (8, "KABUPATEN BANYUWANGI"),
             (20, "Jl. Adi Sucipto No. 47 Banyuwangi 68416"), (21, "Telp. (0333) 421xxx"),
             (23, "Dokumen pendukung LKjIP, disusun oleh Sub Bagian Perencanaan dan Pelaporan")]
    for r, t in lines:
        merge(ws, r, 2, r, 8, t, bold=r < 10)
        if r < 10:
            ws.cell(r, 2).font = Font(bold=True, size=14)
    ws.cell(12, 4, "[logo Kabupaten Banyuwangi]")
    widths(ws, [4, 12, 12, 12, 12, 12, 12, 12])


def title(ws, lines, ncol):
    for i, t in enumerate(lines, 1):
        merge(ws, i, 1, i, ncol, t)


def sign(ws, r, col, y):
    kadis = {2020: ("Drs. Bambang Setyo Utomo, M.Si", "Pembina Utama Muda", "NIP. 19660718 199203 1 008"),
             2021: ("Drs. Bambang Setyo Utomo, M.Si", "Pembina Utama Muda", "NIP. 19660718 199203 1 008"),
             2022: ("Nur Fadilah Rahmawati, S.E., M.M.", "Pembina Tingkat I", "NIP. 19750224 199903 2 004"),
             2023: ("Nur Fadilah Rahmawati, S.E., M.M.", "Pembina Tingkat I", "NIP. 19750224 199903 2 004")}
    signature(ws, r, col, f"Banyuwangi, {['12 Januari', '20 Januari', '17 Januari', '15 Januari'][y - 2020]} {y + 1}",
              "Kepala Dinas Koperasi dan Usaha Mikro", *kadis[y])


# ----------------------------------------------------------------- 2020: plain numbers, Satuan column
def sheet_2020(wb):
    y = 2020
    ws = wb.create_sheet("PK 2020")
    title(ws, ["PENGUKURAN KINERJA TAHUN 2020", "DINAS KOPERASI DAN USAHA MIKRO", "KABUPATEN BANYUWANGI"], 8)
    merge(ws, 5, 1, 6, 1, "No")
    merge(ws, 5, 2, 6, 2, "Sasaran Strategis")
    merge(ws, 5, 3, 6, 3, "Indikator Kinerja")
    merge(ws, 5, 4, 6, 4, "Satuan")
    merge(ws, 5, 5, 5, 7, "Tahun 2020")
    for c, h in zip((5, 6, 7), ("Target", "Realisasi", "Capaian (%)")):
        merge(ws, 6, c, 6, c, h)
    merge(ws, 5, 8, 6, 8, "Keterangan")
    r = 7
    rows = rows_of_year(y)
    n = 0
    for s in ("S1", "S2", "S3"):
        block = [d for d in rows if d["s"] == s]
        merge(ws, r, 2, r + len(block) - 1, 2, SASARAN[s][y], bold=False)
        ws.cell(r, 2).alignment = WRAP
        for d in block:
            n += 1
            ws.cell(r, 1, n)
            ws.cell(r, 3, d["name"]).alignment = WRAP
            ws.cell(r, 4, d["unit"])
            ws.cell(r, 5, d["t"]).number_format = fmt(d)
            ws.cell(r, 6, d["r"]).number_format = fmt(d)
            ws.cell(r, 7, capaian(d["t"], d["r"])).number_format = "0.00"
            if capaian(d["t"], d["r"]) < 90:
                ws.cell(r, 8, "Terdampak refocusing anggaran Covid-19")
            rows_key.append(keyrow(FNAME, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
            r += 1
    box(ws, 5, 1, r - 1, 8)
    sign(ws, r + 2, 6, y)
    widths(ws, [5, 30, 46, 12, 16, 16, 11, 22])


# ----------------------------------------------------------------- 2021: typed text with units, spacer column
def txt(d, v):
    k = d["kind"]
    if k == "rp":
        if v >= 1e10:
            m = v / 1e9
            return f"Rp {id_num(m, 0 if m == int(m) else 1)} Miliar"
        return f"Rp {id_num(v)}"
    if k == "pct":
        dec = 0 if v == int(v) else (1 if rnd(v, 1) == v else 2)
        sep = " " if d["id"] in ("b_kop_pct", "b_um_naik") else ""
        return f"{id_num(v, dec)}{sep}%"
    if k == "idx":
        return id_num(v, 2)
    return f"{id_num(v)} {d['unit']}"


def sheet_2021(wb):
    y = 2021
    ws = wb.create_sheet("PK 2021")
    title(ws, ["PENGUKURAN KINERJA", "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN BANYUWANGI", "TAHUN 2021"], 7)
    merge(ws, 5, 1, 6, 1, "NO")
    merge(ws, 5, 2, 6, 2, "SASARAN")
    merge(ws, 5, 3, 6, 3, "INDIKATOR KINERJA")
    merge(ws, 5, 5, 5, 7, "KINERJA 2021")
    for c, h in zip((5, 6, 7), ("TARGET", "REALISASI", "% CAPAIAN")):
        merge(ws, 6, c, 6, c, h)
    r = 7
    rows = rows_of_year(y)
    n = 0
    last = None
    for d in rows:
        n += 1
        ws.cell(r, 1, f"{n}.")
        if d["s"] != last:
            ws.cell(r, 2, SASARAN[d["s"]][y]).alignment = WRAP
            last = d["s"]
        ws.cell(r, 3, d["name"]).alignment = WRAP
        # column D left empty: a narrow spacer column
        ws.cell(r, 5, txt(d, d["t"]))
        ws.cell(r, 6, txt(d, d["r"]))
        ws.cell(r, 7, f"{id_num(capaian(d['t'], d['r']), 2)} %")
        rows_key.append(keyrow(FNAME, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
        r += 1
    box(ws, 5, 1, r - 1, 7)
    ws.cell(r + 1, 3, "Sumber: Bidang Usaha Mikro dan Bidang Kelembagaan Koperasi, diolah")
    sign(ws, r + 3, 6, y)
    widths(ws, [5, 30, 50, 2, 22, 22, 12])


# ----------------------------------------------------------------- 2022: Realisasi before Target
def sheet_2022(wb):
    y = 2022
    ws = wb.create_sheet("2022")
    title(ws, ["PENGUKURAN KINERJA DINAS KOPERASI DAN USAHA MIKRO", "KABUPATEN BANYUWANGI",
               "TAHUN ANGGARAN 2022", "(Bahan LKjIP 2022)"], 7)
    merge(ws, 6, 1, 7, 1, "No")
    merge(ws, 6, 2, 7, 2, "Sasaran Strategis")
    merge(ws, 6, 3, 7, 3, "Indikator Kinerja Utama")
    merge(ws, 6, 4, 7, 4, "Satuan")
    merge(ws, 6, 5, 6, 7, "Kinerja")
    for c, h in zip((5, 6, 7), ("Realisasi 2022", "Target 2022", "Capaian (%)")):
        merge(ws, 7, c, 7, c, h)
    for c in range(1, 8):
        merge(ws, 8, c, 8, c, c, bold=False)
    r = 9
    rows = rows_of_year(y)
    text_ids = {"b_kop_sehat", "b_um_naik"}
    n = 0
    for s in ("S1", "S2", "S3"):
        block = [d for d in rows if d["s"] == s]
        merge(ws, r, 2, r + len(block) - 1, 2, SASARAN[s][y], bold=False)
        ws.cell(r, 2).alignment = WRAP
        for d in block:
            n += 1
            ws.cell(r, 1, n)
            ws.cell(r, 3, d["name"]).alignment = WRAP
            ws.cell(r, 4, d["unit"])
            for c, v in ((5, d["r"]), (6, d["t"])):
                if d["id"] in text_ids:
                    ws.cell(r, c, id_num(v, 2))
                else:
                    ws.cell(r, c, v).number_format = fmt(d)
            ws.cell(r, 7, capaian(d["t"], d["r"])).number_format = "0.00"
            rows_key.append(keyrow(FNAME, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
            r += 1
    box(ws, 6, 1, r - 1, 7)
    sign(ws, r + 2, 5, y)
    widths(ws, [5, 30, 46, 12, 16, 16, 11])


# ----------------------------------------------------------------- 2023: fractions with % format, unit formats
def sheet_2023(wb):
    y = 2023
    ws = wb.create_sheet("PK 2023")
    title(ws, ["DINAS KOPERASI DAN USAHA MIKRO KABUPATEN BANYUWANGI", "PENGUKURAN KINERJA",
               "TAHUN 2023"], 6)
    merge(ws, 5, 1, 6, 1, "No.")
    merge(ws, 5, 2, 6, 2, "Sasaran Strategis")
    merge(ws, 5, 3, 6, 3, "Indikator Kinerja")
    merge(ws, 5, 4, 5, 5, "2023")
    merge(ws, 6, 4, 6, 4, "Target")
    merge(ws, 6, 5, 6, 5, "Realisasi")
    merge(ws, 5, 6, 6, 6, "Capaian")
    r = 7
    rows = rows_of_year(y)
    n = 0
    for s in ("S1", "S2", "S3"):
        block = [d for d in rows if d["s"] == s]
        merge(ws, r, 2, r + len(block) - 1, 2, SASARAN[s][y], bold=False)
        ws.cell(r, 2).alignment = WRAP
        for d in block:
            n += 1
            ws.cell(r, 1, n)
            ws.cell(r, 3, d["name"]).alignment = WRAP
            for c, v in ((4, d["t"]), (5, d["r"])):
                k = d["kind"]
                if k == "pct":
                    ws.cell(r, c, rnd(v / 100, 6)).number_format = "0.00%"
                elif k == "rp":
                    ws.cell(r, c, v).number_format = '"Rp "#,##0'
                elif k == "cnt":
                    ws.cell(r, c, v).number_format = '#,##0" ' + d["unit"] + '"'
                else:
                    ws.cell(r, c, v).number_format = "0.00"
            ws.cell(r, 6, rnd(capaian(d["t"], d["r"]) / 100, 6)).number_format = "0.00%"
            rows_key.append(keyrow(FNAME, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
            r += 1
    box(ws, 5, 1, r - 1, 6)
    sign(ws, r + 2, 5, y)
    widths(ws, [5, 30, 50, 20, 20, 11])


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    wb = openpyxl.Workbook()
    cover(wb)
    sheet_2020(wb)
    sheet_2021(wb)
    sheet_2022(wb)
    sheet_2023(wb)
    save_xlsx(wb, os.path.join(OUT, FNAME))
    write_key(OUT, "Dinas Koperasi dan Usaha Mikro Kabupaten Banyuwangi", YEARS, [FNAME], rows_key,
              [["b_halal", "b_sertifikasi"]])
    print(SLUG, 1, "file", len(rows_key), "rows")


if __name__ == "__main__":
    main()
