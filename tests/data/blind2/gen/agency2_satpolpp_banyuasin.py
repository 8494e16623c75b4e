"""Agency 2: Satpol PP dan Damkar Kabupaten Banyuasin, Rencana Aksi (quarterly) 2021-2024, one file per year."""
import os, random, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font
from common import *

OUT = "/work/blind2/satpolpp-banyuasin"
os.makedirs(OUT, exist_ok=True)
YEARS = [2021, 2022, 2023, 2024]
rng = random.Random(4242)

SAS = {
    "S1": "Meningkatnya ketenteraman dan ketertiban umum masyarakat",
    "S2": "Meningkatnya penegakan Perda dan Perkada",
    "S3": "Meningkatnya kualitas pelayanan pencegahan dan penanggulangan kebakaran",
    "S4": "Meningkatnya akuntabilitas kinerja perangkat daerah",
}
PJ = {"S1": "Kabid Trantibum dan Linmas", "S2": "Kabid Penegakan Perundang-undangan Daerah",
      "S3": "Kabid Pemadam Kebakaran dan Penyelamatan", "S4": "Sekretaris"}

# id, sasaran, unit, decimals, kind (cnt: cumulative count, lvl: level, ann: measured at year end)
IND = [
 ("gangguan_ditangani", "S1", "kasus", 0, "cnt",
  ["Jumlah gangguan ketenteraman dan ketertiban umum yang ditangani",
   "Jumlah gangguan trantibum yang ditangani",
   "Jumlah Gangguan Ketenteraman dan Ketertiban Umum yang Ditangani",
   "Jumlah gangguan ketentraman dan ketertiban umum yang ditangani"], [120, 130, 140, 150]),
 ("pct_gangguan_tertangani", "S1", "%", 2, "lvl",
  ["Persentase gangguan ketenteraman dan ketertiban umum yang tertangani",
   "Persentase gangguan trantibum yang tertangani",
   "Prosentase gangguan ketenteraman dan ketertiban umum yang tertangani",
   "Persentase penanganan gangguan ketentraman dan ketertiban umum"], [90, 92, 94, 95]),
 ("patroli", "S1", "kali", 0, "cnt",
  ["Jumlah patroli wilayah yang dilaksanakan", "Jumlah pelaksanaan patroli wilayah",
   "Jumlah patroli wilayah yang dilaksanakan", "Jumlah Patroli Wilayah Yang Dilaksanakan"],
  [240, 260, 260, 280]),
 ("linmas_terlatih", "S1", "%", 2, "lvl",
  ["Persentase anggota Satlinmas yang terlatih",
   "Persentase anggota Satuan Perlindungan Masyarakat (Satlinmas) yang terlatih",
   "Persentase anggota Satlinmas terlatih",
   "Persentase anggota Satuan Perlindungan Masyarakat yang terlatih"], [40, 45, 50, 55]),
 ("pelanggaran_ditemukan", "S2", "kasus", 0, "cnt",
  ["Jumlah pelanggaran Perda dan Perkada yang ditemukan",
   "Jumlah pelanggaran Perda/Perkada yang ditemukan",
   "Jumlah pelanggaran Peraturan Daerah dan Peraturan Kepala Daerah yang ditemukan",
   "Jumlah pelanggaran Perda dan Perkada yang ditemukan"], [180, 170, 160, 150]),
 ("penindakan", "S2", "kasus", 0, "cnt",
  ["Jumlah penindakan atas pelanggaran Perda dan Perkada",
   "Jumlah penindakan pelanggaran Perda/Perkada",
   "Jumlah penindakan atas pelanggaran Peraturan Daerah dan Peraturan Kepala Daerah",
   "Jumlah penindakan atas pelanggaran Perda dan Perkada"], [150, 145, 140, 135]),
 ("pct_penegakan", "S2", "%", 2, "lvl",
  ["Persentase penegakan Perda dan Perkada", "Persentase penegakan Perda/Perkada",
   "Persentase penegakan Peraturan Daerah dan Peraturan Kepala Daerah",
   "Persentase Penegakan Perda dan Perkada"], [83, 85, 87.5, 90]),
 ("pkl_ditertibkan", "S2", "orang", 0, "cnt",
  ["Jumlah PKL yang ditertibkan", "Jumlah pedagang kaki lima (PKL) yang ditertibkan",
   "Jumlah PKL yang ditertibkan", "Jumlah pedagang kaki lima yang ditertibkan"], [320, 300, 280, 260]),
 ("reklame_ditertibkan", "S2", "buah", 0, "cnt",
  ["Jumlah reklame tidak berizin yang ditertibkan", "Jumlah reklame tak berizin yang ditertibkan",
   "Jumlah reklame tanpa izin yang ditertibkan", "Jumlah reklame tidak berizin yang ditertibkan"],
  [400, 420, 450, 450]),
 ("ppns_dibina", "S2", "orang", 0, "cnt",
  ["Jumlah Penyidik Pegawai Negeri Sipil (PPNS) yang mengikuti pembinaan teknis",
   "Jumlah PPNS yang mengikuti pembinaan teknis", None, None], [12, 12, None, None]),
 ("response_time", "S3", "%", 2, "lvl",
  ["Persentase kejadian kebakaran yang tertangani dalam waktu tanggap (response time) maksimal 15 menit",
   "Persentase kejadian kebakaran yang tertangani dalam response time ≤ 15 menit",
   "Persentase kejadian kebakaran tertangani dalam waktu tanggap maksimal 15 menit",
   "Persentase kejadian kebakaran yang tertangani dalam waktu tanggap (response time) maks. 15 menit"],
  [75, 78, 80, 82]),
 ("cakupan_wmk", "S3", "%", 2, "lvl",
  ["Persentase cakupan Wilayah Manajemen Kebakaran (WMK)",
   "Cakupan wilayah manajemen kebakaran (WMK)",
   "Persentase cakupan WMK", "Persentase cakupan wilayah manajemen kebakaran"], [45, 50, 55, 60]),
 ("kebakaran_ditangani", "S3", "kejadian", 0, "cnt",
  ["Jumlah kejadian kebakaran yang ditangani", "Jumlah kejadian kebakaran yang ditangani",
   "Jumlah Kejadian Kebakaran yang Ditangani", "Jumlah kejadian kebakaran yg ditangani"],
  [85, 80, 80, 75]),
 ("non_kebakaran_ditangani", "S3", "kejadian", 0, "cnt",
  ["Jumlah kejadian non kebakaran (penyelamatan) yang ditangani",
   "Jumlah kejadian non-kebakaran (rescue) yang ditangani",
   "Jumlah kejadian non kebakaran yang ditangani",
   "Jumlah penanganan kejadian non kebakaran (penyelamatan/evakuasi)"], [60, 70, 75, 80]),
 ("sosialisasi_kebakaran", "S3", "kali", 0, "cnt",
  ["Jumlah sosialisasi pencegahan kebakaran kepada masyarakat",
   "Jumlah sosialisasi pencegahan kebakaran kpd masyarakat",
   "Jumlah sosialisasi pencegahan bahaya kebakaran kepada masyarakat",
   "Jumlah sosialisasi pencegahan kebakaran kepada masyarakat"], [24, 24, 28, 30]),
 ("nilai_sakip", "S4", "nilai", 2, "ann",
  ["Nilai SAKIP Satuan Polisi Pamong Praja", "Nilai SAKIP Satpol PP",
   "Nilai Akuntabilitas Kinerja (SAKIP) Satpol PP",
   "Nilai SAKIP Satuan Polisi Pamong Praja dan Damkar"], [60.5, 62, 64, 66]),
 ("laporan_kinerja", "S4", "laporan", 0, "cnt",
  ["Jumlah laporan kinerja yang disusun tepat waktu", "Jumlah laporan kinerja yang tersusun tepat waktu",
   "Jumlah Laporan Kinerja yang Disusun Tepat Waktu", "Jumlah laporan kinerja disusun tepat waktu"],
  [4, 4, 4, 4]),
 ("aduan_ditindaklanjuti", "S4", "%", 2, "lvl",
  [None, None, "Persentase pengaduan masyarakat yang ditindaklanjuti",
   "Persentase aduan masyarakat yang ditindaklanjuti"], [None, None, 80, 85]),
]
BY = {i[0]: i for i in IND}

# quarter data: QT[(id,y)] = [t1..t4] cumulative targets, QR = [r1..r4] cumulative realisasi
QT, QR = {}, {}
for iid, s, unit, dec, kind, names, tg in IND:
    for k, y in enumerate(YEARS):
        T = tg[k]
        if T is None:
            continue
        if kind == "cnt":
            if iid == "laporan_kinerja":
                t = [1, 2, 3, 4]; r = [1, 2, 3, 4 if rng.random() < 0.7 else 3]
            else:
                t = [rnd(T * f, 0) for f in (0.25, 0.5, 0.75)] + [T]
                R = rnd(T * rng.uniform(0.93, 1.07), 0)
                r = [rnd(R * f, 0) for f in (rng.uniform(0.2, 0.27), rng.uniform(0.45, 0.52),
                                               rng.uniform(0.7, 0.77))] + [R]
        elif kind == "lvl":
            if rng.random() < 0.5:   # ramp up to the annual level
                t = [rnd(T * f, dec) for f in (0.85, 0.9, 0.95)] + [T]
            else:                    # same level every quarter
                t = [T, T, T, T]
            r = [min(rnd(x * rng.uniform(0.95, 1.04), dec), 100) for x in t]
            r = [min(max(r[i], r[i - 1] if i else 0), 100) for i in range(4)]
            for i in range(1, 4):
                r[i] = max(r[i], r[i - 1])
        else:  # annual only, measured in TW IV
            t = [None, None, None, T]
            r = [None, None, None, rnd(T * rng.uniform(0.94, 1.04), dec)]
        QT[(iid, y)] = t; QR[(iid, y)] = r

ORDER = {
    2021: ["gangguan_ditangani", "pct_gangguan_tertangani", "patroli", "linmas_terlatih",
           "pelanggaran_ditemukan", "penindakan", "pct_penegakan", "pkl_ditertibkan",
           "reklame_ditertibkan", "ppns_dibina", "response_time", "cakupan_wmk", "kebakaran_ditangani",
           "non_kebakaran_ditangani", "sosialisasi_kebakaran", "nilai_sakip", "laporan_kinerja"],
    2022: ["pct_gangguan_tertangani", "gangguan_ditangani", "patroli", "linmas_terlatih",
           "pct_penegakan", "pelanggaran_ditemukan", "penindakan", "pkl_ditertibkan",
           "reklame_ditertibkan", "ppns_dibina", "response_time", "cakupan_wmk", "kebakaran_ditangani",
           "non_kebakaran_ditangani", "sosialisasi_kebakaran", "laporan_kinerja", "nilai_sakip"],
    2023: ["gangguan_ditangani", "pct_gangguan_tertangani", "linmas_terlatih", "patroli",
           "pelanggaran_ditemukan", "penindakan", "pct_penegakan", "reklame_ditertibkan",
           "pkl_ditertibkan", "response_time", "cakupan_wmk", "kebakaran_ditangani",
           "non_kebakaran_ditangani", "sosialisasi_kebakaran", "nilai_sakip", "laporan_kinerja",
           "aduan_ditindaklanjuti"],
    2024: ["response_time", "cakupan_wmk", "kebakaran_ditangani", "non_kebakaran_ditangani",
           "sosialisasi_kebakaran", "gangguan_ditangani", "pct_gangguan_tertangani", "patroli",
           "linmas_terlatih", "pelanggaran_ditemukan", "penindakan", "pct_penegakan",
           "pkl_ditertibkan", "reklame_ditertibkan", "aduan_ditindaklanjuti", "nilai_sakip",
           "laporan_kinerja"],
}
for k, y in enumerate(YEARS):
    assert sorted(ORDER[y]) == sorted(i[0] for i in IND if i[5][k]), y


def grouped(y):
    seen = []
    for i in ORDER[y]:
        if BY[i][1] not in seen:
            seen.append(BY[i][1])
    return [(s, [i for i in ORDER[y] if BY[i][1] == s]) for s in seen]


ROWS = []


def add_key(fname, sheet, row, y, iid):
    k = YEARS.index(y)
    ROWS.append({"file": fname, "sheet": sheet, "row": row, "year": y, "written": BY[iid][5][k],
                 "same_as": iid, "target": BY[iid][6][k], "realisasi": QR[(iid, y)][3]})


def title(ws, lines, ncol):
    for r, t in enumerate(lines, 1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=t); c.font = Font(bold=True, size=12); c.alignment = CENTER


def sign(ws, r, col, y, month):
    signature(ws, r, col, f"Pangkalan Balai, {month} {y}",
              "Kepala Satuan Polisi Pamong Praja dan Pemadam Kebakaran\nKabupaten Banyuasin",
              "Drs. M. RIDWAN ABDULLAH, M.Si", "Pembina Tk. I (IV/b)", "19710503 199203 1 004")


def cap(t, r):
    return capaian(t, r) if isinstance(t, (int, float)) and isinstance(r, (int, float)) else None


# ---------- Bone-style blocks (2021 plain numbers; 2024 percent stored as fractions) ----------
def blocks(y, fname, sheet, labels, frac):
    k = YEARS.index(y)
    wb = Workbook(); ws = wb.active; ws.title = sheet
    if frac:
        hdr = ["No", "Sasaran Strategis", "Indikator Kinerja", "Kriteria Keberhasilan", "Target",
               "Realisasi", "Capaian", "Satuan", "Penanggung Jawab"]
        col = dict(no=1, sas=2, ind=3, lab=4, t=5, r=6, c=7, sat=8, pj=9)
        title(ws, [f"PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA TAHUN {y}",
                   "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN KABUPATEN BANYUASIN"], 9)
    else:
        hdr = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Periode", "Target",
               "Realisasi", "Capaian (%)", "Penanggung Jawab"]
        col = dict(no=1, sas=2, ind=3, sat=4, lab=5, t=6, r=7, c=8, pj=9)
        title(ws, [f"RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN {y}",
                   "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN", "KABUPATEN BANYUASIN"], 9)
    hr = 5
    for c, h in enumerate(hdr, 1):
        put(ws, hr, c, h, bold=True, align=CENTER)
        put(ws, hr + 1, c, f"({c})", align=CENTER)
    r = hr + 2; n = 1
    for s, ids in grouped(y):
        rs = r
        for iid in ids:
            _, _, unit, dec, kind, names, tg = BY[iid]
            pct = frac and unit == "%"
            fmt = "0.00%" if pct else numfmt(dec)
            sc = (lambda v: None if v is None else (round(v / 100, 6) if pct else v))
            put(ws, r, col["no"], n); put(ws, r, col["ind"], names[k]); put(ws, r, col["sat"], unit)
            put(ws, r, col["pj"], PJ[s])
            put(ws, r, col["lab"], labels[0]); put(ws, r, col["t"], sc(tg[k]), fmt)
            put(ws, r, col["r"], None); put(ws, r, col["c"], None)
            add_key(fname, sheet, r, y, iid)
            for q in range(4):
                rr = r + 1 + q
                t, re = QT[(iid, y)][q], QR[(iid, y)][q]
                put(ws, rr, col["lab"], labels[q + 1])
                put(ws, rr, col["t"], "-" if t is None else sc(t), fmt)
                put(ws, rr, col["r"], "-" if re is None else sc(re), fmt)
                cp = cap(t, re)
                if frac:
                    put(ws, rr, col["c"], "-" if cp is None else round(cp / 100, 4), "0.00%")
                else:
                    put(ws, rr, col["c"], "-" if cp is None else cp, "0.00")
            for key in ("no", "ind", "sat", "pj"):
                ws.merge_cells(start_row=r, start_column=col[key], end_row=r + 4, end_column=col[key])
            r += 5; n += 1
        put(ws, rs, col["sas"], SAS[s])
        ws.merge_cells(start_row=rs, start_column=col["sas"], end_row=r - 1, end_column=col["sas"])
    sign(ws, r + 2, 7, y + 1, "15 Januari")
    widths(ws, [5, 30, 48, 10, 16, 12, 12, 12, 22] if not frac else [5, 30, 48, 16, 12, 12, 12, 10, 22])
    wb.save(os.path.join(OUT, fname))


# ---------- 2022: quarters side by side ----------
def side(y, fname, sheet):
    k = YEARS.index(y)
    wb = Workbook(); ws = wb.active; ws.title = sheet
    title(ws, [f"PENGUKURAN RENCANA AKSI KINERJA TAHUN {y}",
               "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN KABUPATEN BANYUASIN"], 19)
    for c, h in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target Tahunan"], 1):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
        put(ws, 4, c, h, bold=True, align=CENTER); put(ws, 5, c, None)
    for q, tw in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        c0 = 6 + 3 * q
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 2)
        put(ws, 4, c0, tw, bold=True, align=CENTER)
        for j, h in enumerate(["Target", "Realisasi", "%"]):
            put(ws, 5, c0 + j, h, bold=True, align=CENTER)
    for c, h in ((18, "Realisasi Tahunan"), (19, "Capaian Tahunan (%)")):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
        put(ws, 4, c, h, bold=True, align=CENTER); put(ws, 5, c, None)
    r = 6; n = 1
    for s, ids in grouped(y):
        rs = r
        for iid in ids:
            _, _, unit, dec, kind, names, tg = BY[iid]
            put(ws, r, 1, n); put(ws, r, 3, names[k]); put(ws, r, 4, unit)
            put(ws, r, 5, tg[k], numfmt(dec))
            for q in range(4):
                t, re = QT[(iid, y)][q], QR[(iid, y)][q]
                c0 = 6 + 3 * q
                put(ws, r, c0, "-" if t is None else t, numfmt(dec))
                put(ws, r, c0 + 1, "-" if re is None else re, numfmt(dec))
                cp = cap(t, re)
                put(ws, r, c0 + 2, "-" if cp is None else cp, "0.00")
            put(ws, r, 18, QR[(iid, y)][3], numfmt(dec))
            put(ws, r, 19, capaian(tg[k], QR[(iid, y)][3]), "0.00")
            add_key(fname, sheet, r, y, iid)
            r += 1; n += 1
        put(ws, rs, 2, SAS[s])
        if r - 1 > rs:
            ws.merge_cells(start_row=rs, start_column=2, end_row=r - 1, end_column=2)
    sign(ws, r + 2, 15, y + 1, "16 Januari")
    widths(ws, [5, 28, 46, 9, 10] + [9] * 12 + [11, 11])
    wb.save(os.path.join(OUT, fname))


# ---------- 2023: only cumulative quarter realisasi, saved as .xls ----------
def quarters_only(y, fname_xlsx, sheet):
    k = YEARS.index(y)
    wb = Workbook(); ws = wb.active; ws.title = sheet
    title(ws, [f"REALISASI KINERJA TRIWULANAN (KUMULATIF) TAHUN {y}",
               "SATPOL PP DAN DAMKAR KABUPATEN BANYUASIN"], 9)
    hdr = ["No", "Indikator Kinerja", "Satuan", f"Target {y}", "Realisasi s.d. TW I",
           "Realisasi s.d. TW II", "Realisasi s.d. TW III", "Realisasi s.d. TW IV", "Keterangan"]
    for c, h in enumerate(hdr, 1):
        put(ws, 4, c, h, bold=True, align=CENTER)
    r = 5; n = 1
    xls = fname_xlsx.replace(".xlsx", ".xls")
    for si, (s, ids) in enumerate(grouped(y), 1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 1, f"Sasaran {si} : {SAS[s]}", bold=True)
        r += 1
        for iid in ids:
            _, _, unit, dec, kind, names, tg = BY[iid]
            put(ws, r, 1, n); put(ws, r, 2, names[k]); put(ws, r, 3, unit)
            put(ws, r, 4, tg[k], numfmt(dec))
            for q in range(4):
                re = QR[(iid, y)][q]
                put(ws, r, 5 + q, "-" if re is None else re, numfmt(dec))
            put(ws, r, 9, "diukur akhir tahun" if kind == "ann" else None)
            add_key(xls, sheet, r, y, iid)
            r += 1; n += 1
    sign(ws, r + 2, 6, y + 1, "12 Januari")
    widths(ws, [5, 55, 10, 11, 12, 12, 12, 12, 18])
    tmp = "/tmp/blind2_a2"; os.makedirs(tmp, exist_ok=True)
    p = os.path.join(tmp, fname_xlsx); wb.save(p)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", OUT, p],
                   check=True, capture_output=True)


blocks(2021, "RA_PK_2021_SatpolPP_Banyuasin.xlsx", "Rencana Aksi 2021",
       ["Target Tahunan", "TW I", "TW II", "TW III", "TW IV"], False)
side(2022, "RA_PK_2022_SatpolPP_Banyuasin.xlsx", "RA 2022")
quarters_only(2023, "Realisasi_TW_2023_SatpolPP_Banyuasin.xlsx", "Realisasi 2023")
blocks(2024, "RA_PK_2024_SatpolPP_Banyuasin.xlsx", "Pengukuran RA 2024",
       ["Target Tahunan", "TW 1 (B03)", "TW 2 (B06)", "TW 3 (B09)", "TW 4 (B12)"], True)
write_key(OUT, "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten Banyuasin", YEARS,
          ["RA_PK_2021_SatpolPP_Banyuasin.xlsx", "RA_PK_2022_SatpolPP_Banyuasin.xlsx",
           "Realisasi_TW_2023_SatpolPP_Banyuasin.xls", "RA_PK_2024_SatpolPP_Banyuasin.xlsx"], ROWS, [])
print(len(ROWS), "rows")
