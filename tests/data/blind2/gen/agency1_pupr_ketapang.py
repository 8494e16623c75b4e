"""Agency 1: Dinas PUPR Kabupaten Ketapang, annual PK/LKjIP tables 2021-2024, one file per year."""
import os, random
from openpyxl import Workbook
from openpyxl.styles import Font
from common import *

OUT = "/work/blind2/pupr-ketapang"
os.makedirs(OUT, exist_ok=True)
YEARS = [2021, 2022, 2023, 2024]
rng = random.Random(20211)

SAS = {
    "S1": ["Meningkatnya kualitas infrastruktur jalan dan jembatan",
           "Meningkatnya Kualitas Infrastruktur Jalan Dan Jembatan",
           "Meningkatnya kualitas infrastruktur jalan dan jembatan kabupaten",
           "Meningkatnya kualitas jalan dan jembatan"],
    "S2": ["Meningkatnya cakupan pelayanan air minum dan sanitasi layak",
           "Meningkatnya Cakupan Pelayanan Air Minum Dan Sanitasi Layak",
           "Meningkatnya cakupan layanan air minum dan sanitasi layak",
           "Meningkatnya akses air minum dan sanitasi layak"],
    "S3": ["Meningkatnya kinerja jaringan irigasi", "Meningkatnya Kinerja Jaringan Irigasi",
           "Meningkatnya kinerja jaringan irigasi", "Meningkatnya kinerja layanan irigasi"],
    "S4": ["Meningkatnya kualitas penataan ruang dan bangunan gedung",
           "Meningkatnya Kualitas Penataan Ruang Dan Bangunan Gedung",
           "Meningkatnya kualitas penataan ruang, bangunan gedung dan permukiman",
           "Meningkatnya kualitas penataan ruang, bangunan gedung dan permukiman"],
    "S5": ["Meningkatnya kualitas penyelenggaraan konstruksi dan tata kelola perangkat daerah",
           "Meningkatnya Kualitas Penyelenggaraan Konstruksi Dan Tata Kelola Perangkat Daerah",
           "Meningkatnya kualitas penyelenggaraan konstruksi dan tata kelola perangkat daerah",
           "Meningkatnya kualitas penyelenggaraan konstruksi dan tata kelola"],
}

# id, sasaran, unit, decimals, names 2021..2024 (None = absent), targets 2021..2024
IND = [
 ("jalan_kab_pct", "S1", "%", 2,
  ["Persentase panjang jalan kabupaten dalam kondisi mantap",
   "Prosentase Panjang Jalan Kabupaten Dalam Kondisi Mantap",
   "Persentase jalan kabupaten kondisi mantap",
   "Persentase panjang jalan kabupaten dalam kondisi mantap"], [62.5, 65, 67.5, 70]),
 ("jalan_kab_km", "S1", "km", 2,
  ["Panjang jalan kabupaten dalam kondisi mantap",
   "Panjang Jalan Kabupaten Dalam Kondisi Mantap",
   "Panjang jalan kabupaten kondisi mantap",
   "Panjang jalan kabupaten dalam kondisi mantap"], [1012.4, 1053.0, 1093.5, 1134.0]),
 ("jalan_kab_bangun", "S1", "km", 2,
  ["Panjang jalan kabupaten yang dibangun/ditingkatkan",
   "Panjang Jalan Kabupaten Yang Dibangun/Ditingkatkan",
   "Panjang jalan kabupaten yang ditingkatkan/dibangun",
   "Panjang jalan kabupaten yang dibangun/ditingkatkan"], [42.5, 45, 40, 47.5]),
 ("jalan_desa_bangun", "S1", "km", 2,
  ["Panjang jalan poros desa yang dibangun/ditingkatkan",
   "Panjang Jalan Poros Desa Yang Dibangun/Ditingkatkan",
   "Panjang jalan poros desa yang ditingkatkan/dibangun",
   "Panjang jalan poros desa yg dibangun/ditingkatkan"], [18, 20, 22.5, 25]),
 ("jembatan_pct", "S1", "%", 2,
  ["Persentase jembatan kabupaten dalam kondisi baik",
   "Prosentase Jembatan Kabupaten Dalam Kondisi Baik",
   "Persentase jembatan dalam kondisi baik",
   "Persentase jembatan kabupaten kondisi baik"], [71, 73, 75, 77]),
 ("air_minum", "S2", "%", 2,
  ["Persentase rumah tangga yang memiliki akses air minum layak",
   "Persentase Rumah Tangga Dengan Akses Air Minum Layak",
   "Persentase rumah tangga yang mempunyai akses air minum layak",
   "Persentase rumah tangga yang memiliki akses terhadap air minum layak"], [78.2, 80, 82, 84]),
 ("sanitasi", "S2", "%", 2,
  ["Persentase rumah tangga yang memiliki akses sanitasi layak",
   "Persentase Rumah Tangga Dengan Akses Sanitasi Layak",
   "Persentase rumah tangga yang mempunyai akses sanitasi layak",
   "Persentase rumah tangga yang memiliki akses terhadap sanitasi layak"], [71.5, 73.5, 75.5, 78]),
 ("sr_air_minum", "S2", "SR", 0,
  ["Jumlah sambungan rumah (SR) air minum yang terbangun",
   "Jumlah Sambungan Rumah Air Minum Yang Terbangun",
   "Jumlah SR air minum terbangun",
   "Jumlah sambungan rumah (SR) air minum yang terbangun"], [1250, 1400, 1500, 1600]),
 ("tangki_septik", "S2", "unit", 0,
  ["Jumlah tangki septik individual yang terbangun",
   "Jumlah Tangki Septik Individual Yang Terbangun", None, None], [150, 175, None, None]),
 ("irigasi_pct", "S3", "%", 2,
  ["Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik",
   "Prosentase Jaringan Irigasi Kewenangan Kabupaten Dalam Kondisi Baik",
   "Persentase jaringan irigasi dalam kondisi baik (kewenangan kabupaten)",
   "Persentase jaringan irigasi kabupaten dalam kondisi baik"], [60, 62.5, 65, 67.5]),
 ("irigasi_luas", "S3", "ha", 0,
  ["Luas daerah irigasi yang terlayani jaringan irigasi",
   "Luas Daerah Irigasi Yang Terlayani Jaringan Irigasi",
   "Luas daerah irigasi terlayani jaringan irigasi",
   "Luas daerah irigasi yang terlayani oleh jaringan irigasi"], [8450, 8600, 8750, 8900]),
 ("rdtr", "S4", "dokumen", 0,
  ["Jumlah dokumen Rencana Detail Tata Ruang (RDTR) yang ditetapkan",
   "Jumlah Dokumen RDTR Yang Ditetapkan",
   "Jumlah dokumen RDTR yang ditetapkan",
   "Jumlah dokumen Rencana Detail Tata Ruang yang ditetapkan"], [1, 2, 2, 3]),
 ("kesesuaian_ruang", "S4", "%", 2,
  ["Persentase kesesuaian pemanfaatan ruang dengan rencana tata ruang",
   "Persentase Kesesuaian Pemanfaatan Ruang Dengan Rencana Tata Ruang",
   "Persentase kesesuaian pemanfaatan ruang dengan Rencana Tata Ruang",
   "Persentase kesesuaian pemanfaatan ruang dgn rencana tata ruang"], [80, 82, 85, 87]),
 ("imb_tepat_waktu", "S4", "%", 2,
  ["Persentase Izin Mendirikan Bangunan (IMB) yang diterbitkan tepat waktu", None, None, None],
  [90, None, None, None]),
 ("pbg_tepat_waktu", "S4", "%", 2,
  [None, "Persentase Persetujuan Bangunan Gedung (PBG) Yang Diterbitkan Tepat Waktu",
   "Persentase PBG yang diterbitkan tepat waktu",
   "Persentase Persetujuan Bangunan Gedung yang diterbitkan tepat waktu"], [None, 85, 90, 92.5]),
 ("gedung_laik", "S4", "%", 2,
  ["Persentase bangunan gedung pemerintah daerah yang laik fungsi",
   "Persentase Bangunan Gedung Pemerintah Daerah Yang Laik Fungsi",
   "Persentase bangunan gedung Pemda yang laik fungsi",
   "Persentase bangunan gedung milik pemerintah daerah yang laik fungsi"], [55, 60, 65, 70]),
 ("kumuh", "S4", "%", 2,
  [None, None, "Persentase luas kawasan permukiman kumuh yang tertangani",
   "Persentase luas kawasan kumuh yang tertangani"], [None, None, 12.5, 15]),
 ("kwalitas_konstruksi", "S5", "%", 2,
  ["Persentase paket pekerjaan konstruksi dengan kwalitas sesuai spesifikasi teknis",
   "Persentase Paket Pekerjaan Konstruksi Dengan Kualitas Sesuai Spesifikasi Teknis",
   "Persentase paket pekerjaan konstruksi dengan kwalitas sesuai spesifikasi teknik",
   "Persentase paket pekerjaan konstruksi dengan kualitas sesuai spesifikasi teknis"], [90, 92, 94, 95]),
 ("smkk", "S5", "%", 2,
  ["Persentase paket pekerjaan yang menerapkan Sistim Manajemen Keselamatan Konstruksi (SMKK)",
   "Persentase Paket Pekerjaan Yang Menerapkan Sistem Manajemen Keselamatan Konstruksi",
   "Persentase paket pekerjaan yang menerapkan SMKK",
   "Persentase paket pekerjaan yang menerapkan sistem manajemen keselamatan konstruksi (SMKK)"],
  [70, 80, 90, 100]),
 ("retribusi_alat_berat", "S5", "Rp", 0,
  ["Realisasi penerimaan retribusi pemakaian alat berat",
   "Realisasi Penerimaan Retribusi Pemakaian Alat Berat",
   "Realisasi penerimaan retibusi pemakaian alat berat",
   "Penerimaan retribusi pemakaian alat berat"], [1250000000, 1300000000, 1350000000, 1400000000]),
 ("nilai_sakip", "S5", "nilai", 2,
  ["Nilai SAKIP Dinas Pekerjaan Umum dan Penataan Ruang", "Nilai SAKIP Dinas PUPR",
   "Nilai Sakip Dinas PUPR", "Nilai evaluasi SAKIP Dinas PUPR"], [62.5, 65, 67.5, 70]),
 ("dokumen_perencanaan", "S5", "dokumen", 0,
  ["Jumlah dokumen perencanaan dan pelaporan kinerja yang tersusun tepat waktu",
   "Jumlah Dokumen Perencanaan Dan Pelaporan Kinerja Yang Tersusun Tepat Waktu",
   "Jumlah dokumen perencanaan dan laporan kinerja yang tersusun tepat waktu",
   "Jumlah dokumen perencanaan dan pelaporan kinerja tersusun tepat waktu"], [12, 12, 12, 12]),
 ("serapan_anggaran", "S5", "%", 2,
  ["Persentase serapan anggaran", "Prosentase Serapan Anggaran",
   "Persentase serapan anggaran", "Persentase serapan anggaran Dinas"], [95, 95, 85, 95]),
]
BY = {i[0]: i for i in IND}

# realisasi
REAL = {}
for iid, s, unit, dec, names, tg in IND:
    for k, y in enumerate(YEARS):
        t = tg[k]
        if t is None:
            continue
        f = rng.uniform(0.93, 1.06)
        r = t * f
        if unit == "%":
            r = min(r, 99.6 if t < 100 else 100)
        if unit in ("dokumen",):
            r = t if rng.random() < 0.7 else max(t - 1, 0) if t > 1 else t
        r = rnd(r, dec)
        if unit == "Rp":
            r = int(round(r, -3))
        REAL[(iid, y)] = r
REAL[("serapan_anggaran", 2023)] = 85      # typed "85 %"
REAL[("dokumen_perencanaan", 2023)] = 12   # typed "12 dokumen"
REAL[("retribusi_alat_berat", 2023)] = 1312450000  # typed "Rp 1.312.450.000"
# earlier years for the 2021 multi-year table
PREV = {}
for iid, s, unit, dec, names, tg in IND:
    if tg[0] is None:
        continue
    for y, fct in ((2019, rng.uniform(0.86, 0.9)), (2020, rng.uniform(0.92, 0.97))):
        v = tg[0] * fct
        if unit == "dokumen":
            v = tg[0] if iid == "dokumen_perencanaan" else max(tg[0] - (2021 - y), 0)
        if unit == "Rp":
            v = round(v, -3)
        PREV[(iid, y)] = rnd(v, dec)

ORDER = {
    2021: [i[0] for i in IND if i[4][0]],
    2022: ["jalan_kab_pct", "jalan_kab_km", "jalan_kab_bangun", "jalan_desa_bangun", "jembatan_pct",
           "sanitasi", "air_minum", "tangki_septik", "sr_air_minum", "irigasi_pct", "irigasi_luas",
           "rdtr", "kesesuaian_ruang", "pbg_tepat_waktu", "gedung_laik", "kwalitas_konstruksi", "smkk",
           "retribusi_alat_berat", "nilai_sakip", "dokumen_perencanaan", "serapan_anggaran"],
    2023: ["jalan_kab_pct", "jalan_kab_km", "jembatan_pct", "jalan_kab_bangun", "jalan_desa_bangun",
           "air_minum", "sanitasi", "sr_air_minum", "irigasi_pct", "irigasi_luas",
           "kesesuaian_ruang", "rdtr", "pbg_tepat_waktu", "gedung_laik", "kumuh",
           "kwalitas_konstruksi", "smkk", "nilai_sakip", "serapan_anggaran", "dokumen_perencanaan",
           "retribusi_alat_berat"],
    2024: ["irigasi_pct", "irigasi_luas", "jalan_kab_pct", "jalan_kab_km", "jalan_kab_bangun",
           "jalan_desa_bangun", "jembatan_pct", "air_minum", "sanitasi", "sr_air_minum",
           "rdtr", "kesesuaian_ruang", "pbg_tepat_waktu", "gedung_laik", "kumuh",
           "kwalitas_konstruksi", "smkk", "retribusi_alat_berat", "nilai_sakip",
           "dokumen_perencanaan", "serapan_anggaran"],
}
for y in YEARS:
    k = YEARS.index(y)
    assert sorted(ORDER[y]) == sorted(i[0] for i in IND if i[4][k]), y
    # group by sasaran, keeping order of first appearance
ROWS = []
SASKEY = ["S1", "S2", "S3", "S4", "S5"]


def grouped(y):
    ids = ORDER[y]
    seen = []
    for i in ids:
        if BY[i][1] not in seen:
            seen.append(BY[i][1])
    return [(s, [i for i in ids if BY[i][1] == s]) for s in seen]


def title(ws, lines, ncol):
    for r, t in enumerate(lines, 1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=t)
        c.font = Font(bold=True, size=12)
        c.alignment = CENTER


def footer(ws, r, col, y, pagu, real):
    put(ws, r, 2, "Jumlah Anggaran", border=False)
    put(ws, r, 3, f": Rp. {id_fmt(pagu, 0)},-", border=False)
    put(ws, r + 1, 2, "Jumlah Realisasi Anggaran", border=False)
    put(ws, r + 1, 3, f": Rp. {id_fmt(real, 0)},-", border=False)
    signature(ws, r + 3, col, f"Ketapang, {'31 Januari' if y < 2024 else '14 Februari'} {y + 1}",
              "Kepala Dinas Pekerjaan Umum dan Penataan Ruang\nKabupaten Ketapang",
              "Ir. HENDRIKUS SILALAHI, M.T.", "Pembina Utama Muda (IV/c)", "19700412 199803 1 007")


def add_key(fname, sheet, row, y, iid):
    k = YEARS.index(y)
    ROWS.append({"file": fname, "sheet": sheet, "row": row, "year": y,
                 "written": BY[iid][4][k], "same_as": iid,
                 "target": BY[iid][5][k], "realisasi": REAL[(iid, y)]})


# ---------------- 2021: ALL CAPS headers, multi-year columns ----------------
def y2021():
    y = 2021
    wb = Workbook(); ws = wb.active; ws.title = "PK 2021"
    title(ws, ["PENGUKURAN KINERJA TAHUN 2021", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
               "KABUPATEN KETAPANG"], 9)
    hdr = ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "REALISASI 2019",
           "REALISASI 2020", "TARGET 2021", "REALISASI 2021", "CAPAIAN 2021 (%)"]
    for c, h in enumerate(hdr, 1):
        put(ws, 5, c, h, bold=True, align=CENTER)
        put(ws, 6, c, f"({c})", align=CENTER)
    r = 7; n = 1
    for s, ids in grouped(y):
        first = True
        for iid in ids:
            _, _, unit, dec, names, tg = BY[iid]
            put(ws, r, 1, n); put(ws, r, 2, SAS[s][0] if first else None)
            put(ws, r, 3, names[0]); put(ws, r, 4, unit)
            put(ws, r, 5, PREV[(iid, 2019)], numfmt(dec)); put(ws, r, 6, PREV[(iid, 2020)], numfmt(dec))
            put(ws, r, 7, tg[0], numfmt(dec)); put(ws, r, 8, REAL[(iid, y)], numfmt(dec))
            put(ws, r, 9, capaian(tg[0], REAL[(iid, y)]), "0.00")
            add_key("PK_2021_DPUPR_Ketapang.xlsx", ws.title, r, y, iid)
            r += 1; n += 1; first = False
    footer(ws, r + 1, 7, y, 48215340000, 45128776500)
    widths(ws, [5, 38, 55, 10, 13, 13, 13, 13, 12])
    wb.save(os.path.join(OUT, "PK_2021_DPUPR_Ketapang.xlsx"))


# ---------------- 2022: cover sheet, Title Case headers, hidden helper column ----------------
def y2022():
    y = 2022; k = 1
    wb = Workbook(); cv = wb.active; cv.title = "Cover"
    for r, t in [(8, "PERJANJIAN KINERJA DAN PENGUKURAN KINERJA"), (10, "TAHUN ANGGARAN 2022"),
                 (14, "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"), (15, "KABUPATEN KETAPANG"),
                 (30, "Jl. Jenderal Sudirman No. 12 Ketapang")]:
        c = cv.cell(row=r, column=2, value=t); c.font = Font(bold=True, size=16)
    cv.column_dimensions["B"].width = 70
    ws = wb.create_sheet("Lampiran")
    title(ws, ["Lampiran Laporan Kinerja Instansi Pemerintah Tahun 2022",
               "Pengukuran Kinerja Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Ketapang"], 8)
    for c, h in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Bantu"], 1):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
        put(ws, 4, c, h, bold=True, align=CENTER); put(ws, 5, c, None)
    ws.merge_cells("F4:H4"); put(ws, 4, 6, "Tahun 2022", bold=True, align=CENTER)
    put(ws, 4, 7, None); put(ws, 4, 8, None)
    for c, h in zip((6, 7, 8), ("Target", "Realisasi", "Capaian (%)")):
        put(ws, 5, c, h, bold=True, align=CENTER)
    r = 6; n = 1
    for s, ids in grouped(y):
        r0 = r
        for iid in ids:
            _, _, unit, dec, names, tg = BY[iid]
            put(ws, r, 1, n); put(ws, r, 3, names[k]); put(ws, r, 4, unit)
            helper = rnd(tg[k] * 0.75, dec)  # helper: TW III target, used for a chart
            put(ws, r, 5, helper, numfmt(dec))
            put(ws, r, 6, tg[k], numfmt(dec)); put(ws, r, 7, REAL[(iid, y)], numfmt(dec))
            put(ws, r, 8, capaian(tg[k], REAL[(iid, y)]), "0.00")
            add_key("PK_2022_DPUPR_Ketapang.xlsx", "Lampiran", r, y, iid)
            r += 1; n += 1
        put(ws, r0, 2, SAS[s][k])
        if r - 1 > r0:
            ws.merge_cells(start_row=r0, start_column=2, end_row=r - 1, end_column=2)
    ws.column_dimensions["E"].hidden = True
    footer(ws, r + 1, 6, y, 51740120000, 49902455300)
    widths(ws, [5, 38, 55, 10, 10, 14, 14, 12])
    ws.column_dimensions["E"].hidden = True
    wb.save(os.path.join(OUT, "PK_2022_DPUPR_Ketapang.xlsx"))


# ---------------- 2023: figures typed with units in the cell ----------------
def typed(v, unit, dec, variant):
    if unit == "%":
        s = id_fmt(v, 0) if float(v).is_integer() else id_fmt(v, dec)
        return s + (" %" if variant else "%")
    if unit == "Rp":
        return "Rp " + id_fmt(v, 0)
    if unit == "nilai":
        return id_fmt(v, dec)
    if unit == "km":
        return id_fmt(v, dec) + " km"
    return id_fmt(v, dec) + " " + unit


def y2023():
    y = 2023; k = 2
    wb = Workbook(); ws = wb.active; ws.title = "Pengukuran Kinerja"
    title(ws, ["PENGUKURAN KINERJA", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN KETAPANG",
               "TAHUN 2023"], 6)
    for c, h in enumerate(["No", "Sasaran Strategis", "Indikator kinerja", "Target", "Realisasi",
                           "% Capaian"], 1):
        put(ws, 5, c, h, bold=True, align=CENTER)
    r = 6; n = 1
    for s, ids in grouped(y):
        for iid in ids:
            _, _, unit, dec, names, tg = BY[iid]
            put(ws, r, 1, f"{n}."); put(ws, r, 2, SAS[s][k]); put(ws, r, 3, names[k])
            put(ws, r, 4, typed(tg[k], unit, dec, True))
            put(ws, r, 5, typed(REAL[(iid, y)], unit, dec, n % 2 == 0))
            put(ws, r, 6, capaian(tg[k], REAL[(iid, y)]), "0.00")
            add_key("PK_2023_DPUPR_Ketapang.xlsx", ws.title, r, y, iid)
            r += 1; n += 1
    footer(ws, r + 1, 5, y, 55310000000, 52446180900)
    widths(ws, [5, 36, 55, 16, 16, 11])
    wb.save(os.path.join(OUT, "PK_2023_DPUPR_Ketapang.xlsx"))


# ---------------- 2024: Renstra columns ----------------
def y2024():
    y = 2024; k = 3
    wb = Workbook(); ws = wb.active; ws.title = "Lamp. LKjIP 2024"
    title(ws, ["PENGUKURAN KINERJA DAN CAPAIAN TERHADAP TARGET RENSTRA",
               "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN KETAPANG TAHUN 2024"], 10)
    hdr = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Realisasi 2023", "Target 2024",
           "Realisasi 2024", "Capaian 2024 (%)", "Target Akhir Renstra (2026)",
           "Capaian s/d 2024 terhadap Renstra (%)"]
    for c, h in enumerate(hdr, 1):
        put(ws, 4, c, h, bold=True, align=CENTER)
    r = 5; n = 1
    for s, ids in grouped(y):
        r0 = r
        for iid in ids:
            _, _, unit, dec, names, tg = BY[iid]
            put(ws, r, 1, n); put(ws, r, 3, names[k]); put(ws, r, 4, unit)
            prev = REAL.get((iid, 2023))
            put(ws, r, 5, prev if prev is not None else "-", numfmt(dec))
            put(ws, r, 6, tg[k], numfmt(dec)); put(ws, r, 7, REAL[(iid, y)], numfmt(dec))
            put(ws, r, 8, capaian(tg[k], REAL[(iid, y)]), "0.00")
            step = (tg[3] - tg[2]) if tg[2] is not None else tg[3] * 0.1
            ren = rnd(tg[3] + 2 * step, dec) if unit not in ("dokumen",) else tg[3] + (1 if iid == "rdtr" else 0)
            if unit == "%":
                ren = min(ren, 100)
            if unit == "Rp":
                ren = int(round(ren, -6))
            put(ws, r, 9, ren, numfmt(dec)); put(ws, r, 10, round(REAL[(iid, y)] / ren * 100, 2), "0.00")
            add_key("LKjIP_2024_DPUPR_Ketapang.xlsx", ws.title, r, y, iid)
            r += 1; n += 1
        put(ws, r0, 2, SAS[s][k])
        for rr in range(r0 + 1, r):
            put(ws, rr, 2, None)
    footer(ws, r + 1, 8, y, 58902750000, 56211904650)
    widths(ws, [5, 34, 55, 10, 13, 13, 13, 12, 14, 16])
    wb.save(os.path.join(OUT, "LKjIP_2024_DPUPR_Ketapang.xlsx"))


y2021(); y2022(); y2023(); y2024()
write_key(OUT, "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Ketapang", YEARS,
          ["PK_2021_DPUPR_Ketapang.xlsx", "PK_2022_DPUPR_Ketapang.xlsx", "PK_2023_DPUPR_Ketapang.xlsx",
           "LKjIP_2024_DPUPR_Ketapang.xlsx"], ROWS, [["imb_tepat_waktu", "pbg_tepat_waktu"]])
print(len(ROWS), "rows")
