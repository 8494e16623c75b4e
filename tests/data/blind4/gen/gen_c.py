"""Agency C: Dinas Pendidikan Kabupaten Sidoarjo, 2022-2025, quarterly Rencana Aksi / Pengukuran
Kinerja (TW I-IV target and realisasi, annual target, the year's realisasi), one .xlsx per year.
Invented figures and people."""
import os
import random
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (BOLD, CENTER, WRAP, box, capaian, id_num, keyrow, merge, realise, rnd, save_xlsx,
                    signature, widths, write_key, ROOT)

SLUG = "dispendik-sidoarjo"
OUT = os.path.join(ROOT, SLUG)
YEARS = [2022, 2023, 2024, 2025]
rng = random.Random(4303)

SASARAN = {
    "S1": {2022: "Meningkatnya akses pendidikan", 2023: "Meningkatnya akses pendidikan",
           2024: "Meningkatnya Akses Pendidikan", 2025: "Meningkatnya akses dan pemerataan pendidikan"},
    "S2": {2022: "Meningkatnya mutu pendidikan", 2023: "Meningkatnya mutu pendidikan",
           2024: "Meningkatnya Mutu Pendidikan", 2025: "Meningkatnya mutu dan relevansi pendidikan"},
    "S3": {y: "Meningkatnya kualitas pelayanan publik bidang pendidikan" for y in YEARS},
}

# id, sasaran, names, unit, targets, decimals, negative, quarterly style
#   end: only TW IV has a target; cum: cumulative 25/50/75/100 %; per: per quarter, summing up;
#   same: the annual value every quarter; sched: quarter targets are % of the year's work (30/50/80/100)
IND = [
    ("c_apm_sd", "S1", ["Angka Partisipasi Murni (APM) SD/MI", "APM SD", "Angka Partisipasi Murni SD/MI",
                        "APM SD/MI (%)"], "%", [98.5, 98.6, 98.8, 99], 2, False, "end"),
    ("c_apm_smp", "S1", ["Angka Partisipasi Murni (APM) SMP/MTs", "APM SMP", "Angka Partisipasi Murni SMP/MTs",
                         "APM SMP/MTs (%)"], "%", [82, 83, 84, 85], 2, False, "end"),
    ("c_apk_sd", "S1", ["Angka Partisipasi Kasar (APK) SD/MI", "APK SD", "Angka Partisipasi Kasar SD/MI",
                        "APK SD/MI (%)"], "%", [104, 104, 103.5, 103], 2, False, "end"),
    ("c_apk_smp", "S1", ["Angka Partisipasi Kasar (APK) SMP/MTs", "APK SMP", "Angka Partisipasi Kasar SMP/MTs",
                         "APK SMP/MTs (%)"], "%", [95, 96, 96.5, 97], 2, False, "end"),
    ("c_apk_paud", "S1", ["Angka Partisipasi Kasar PAUD", "APK PAUD", "APK Pendidikan Anak Usia Dini (PAUD)",
                          "Angka Partisipasi Kasar (APK) PAUD"], "%", [72, 74, 76, 78], 2, False, "end"),
    ("c_apts_sd", "S1", ["Angka Putus Sekolah SD", "Angka Putus Sekolah (APTS) SD/MI", "Angka putus sekolah SD/MI",
                         "Angka Putus Sekolah jenjang SD"], "%", [0.08, 0.07, 0.06, 0.05], 3, True, "end"),
    ("c_apts_smp", "S1", ["Angka Putus Sekolah SMP", "Angka Putus Sekolah (APTS) SMP/MTs",
                          "Angka putus sekolah SMP/MTs", "Angka Putus Sekolah jenjang SMP"],
     "%", [0.25, 0.22, 0.2, 0.18], 3, True, "end"),
    ("c_paket_b", "S1", ["Jumlah warga belajar Paket B yang lulus", "Jumlah Warga Belajar Paket B yang Lulus",
                         "Jumlah lulusan pendidikan kesetaraan Paket B", "Jumlah warga belajar lulus Paket B"],
     "orang", [240, 250, 260, 260], 0, False, "end"),
    ("c_paket_c", "S1", ["Jumlah warga belajar Paket C yang lulus", "Jumlah Warga Belajar Paket C yang Lulus",
                         "Jumlah lulusan pendidikan kesetaraan Paket C", "Jumlah warga belajar lulus Paket C"],
     "orang", [310, 320, 330, 340], 0, False, "end"),
    ("c_akr_sd", "S2", ["Persentase SD terakreditasi minimal B", "Prosentase SD yang terakreditasi minimal B",
                        "Persentase Sekolah Dasar (SD) terakreditasi minimal B", "Persentase SD terakreditasi min. B"],
     "%", [85, 87, 90, 92], 2, False, "end"),
    ("c_akr_smp", "S2", ["Persentase SMP terakreditasi minimal B", "Prosentase SMP yang terakreditasi minimal B",
                         "Persentase Sekolah Menengah Pertama (SMP) terakreditasi minimal B",
                         "Persentase SMP terakreditasi min. B"], "%", [80, 83, 86, 88], 2, False, "end"),
    ("c_jml_akra", "S2", ["Jumlah sekolah terakreditasi A", "Jumlah Sekolah Terakreditasi A",
                          "Jumlah sekolah yang terakreditasi A (unggul)", "Jumlah Sekolah terakreditasi A"],
     "sekolah", [210, 225, 240, 250], 0, False, "cum"),
    ("c_guru_s1", "S2", ["Persentase guru berkualifikasi S1/D-IV", "Prosentase guru yang berkualifikasi S1/D4",
                         "Persentase Guru Berkualifikasi Akademik S1/D-IV",
                         "Persentase guru yang berkualifikasi S1/D-IV"], "%", [95, 96, 97, 98], 2, False, "same"),
    ("c_guru_sert", "S2", ["Persentase guru bersertifikat pendidik", "Prosentase Guru yang Bersertifikat Pendidik",
                           "Persentase guru yang telah bersertifikat pendidik", "Persentase Guru Bersertifikat Pendidik"],
     "%", [65, 68, 70, 72], 2, False, "same"),
    ("c_diklat", "S2", ["Jumlah guru yang mengikuti pelatihan/diklat", "Jumlah guru mengikuti diklat",
                        "Jumlah guru yang mengikuti diklat peningkatan kompetensi",
                        "Jumlah guru yang mengikuti pelatihan"], "orang", [800, 850, 900, 950], 0, False, "per"),
    ("c_rls", "S2", ["Rata - rata lama sekolah", "Rata-rata Lama Sekolah (RLS)", "RLS", "Rata-rata lama sekolah (tahun)"],
     "tahun", [10.2, 10.3, 10.45, 10.6], 2, False, "end"),
    ("c_hls", "S2", ["Harapan Lama Sekolah", "Harapan Lama Sekolah (HLS)", "HLS", "Harapan lama sekolah (tahun)"],
     "tahun", [14.6, 14.7, 14.8, 14.9], 2, False, "end"),
    ("c_kelas_sd", "S2", ["Persentase ruang kelas SD dalam kondisi baik", "Persentase Ruang Kelas SD Kondisi Baik",
                          None, None], "%", [75, 78, None, None], 2, False, "end"),
    ("c_kelas", "S2", [None, None, "Persentase ruang kelas dalam kondisi baik",
                       "Persentase Ruang Kelas dalam Kondisi Baik"], "%", [None, None, 80, 82], 2, False, "end"),
    ("c_adiwiyata", "S2", ["Jumlah sekolah adiwiyata", "Jumlah Sekolah Adiwiyata", None, None],
     "sekolah", [60, 65, None, None], 0, False, "cum"),
    ("c_kurmer", "S2", [None, None, "Persentase satuan pendidikan yang menerapkan Kurikulum Merdeka",
                        "Persentase Satuan Pendidikan Menerapkan Kurikulum Merdeka"],
     "%", [None, None, 85, 100], 2, False, "sched"),
    ("c_ikm", "S3", ["Indeks Kepuasan Masyarakat terhadap layanan pendidikan", "Indeks Kepuasan Masyarakat (IKM)",
                     "IKM Layanan Pendidikan", "Indeks Kepuasan Masyarakat"], "nilai", [82, 83, 84, 85], 2, False, "same"),
]


def quarters(t, r, dec, style):
    """Quarter targets and realisations (None = '-') consistent with annual target t and year's realisasi r."""
    if style == "end":
        return [None, None, None, t], [None, None, None, r]
    if style == "same":
        rs = [rnd(r * f, dec) for f in (rng.uniform(0.95, 1.0), rng.uniform(0.96, 1.0), rng.uniform(0.98, 1.0))]
        rs = sorted(rs) + [r]
        return [t, t, t, t], rs
    if style == "cum":
        ts = [rnd(t * f, dec) for f in (0.25, 0.5, 0.75)] + [t]
        rs = sorted(rnd(r * f, dec) for f in (rng.uniform(0.2, 0.3), rng.uniform(0.45, 0.55), rng.uniform(0.7, 0.8)))
        return ts, rs + [r]
    if style == "per":
        q = [rnd(t * f, dec) for f in (0.2, 0.3, 0.3)]
        ts = q + [rnd(t - sum(q), dec)]
        a = [rnd(r * f, dec) for f in (rng.uniform(0.18, 0.22), rng.uniform(0.28, 0.32), rng.uniform(0.28, 0.32))]
        return ts, a + [rnd(r - sum(a), dec)]
    if style == "sched":
        return [30, 50, 80, 100], [rnd(rng.uniform(25, 35), 2), rnd(rng.uniform(45, 55), 2),
                                   rnd(rng.uniform(75, 85), 2), rnd(min(100, r / t * 100), 2)]
    raise ValueError(style)


FIG = {}
for iid, s, names, unit, tg, dec, neg, style in IND:
    for i, y in enumerate(YEARS):
        if names[i] is None:
            continue
        t = tg[i]
        hi = 1.0 if unit == "%" and t >= 100 else 1.06
        lo = 0.9
        if (unit == "%" and t > 50 and style == "end") or unit == "tahun":
            lo, hi = 0.97, 1.02
        r = realise(rng, t, dec, neg, lo=lo, hi=hi)
        if unit == "%" and not iid.startswith("c_apk") and r > 100:
            r = 99.97 if iid.startswith("c_apm") else 100.0
        ts, rs = quarters(t, r, dec, style)
        FIG[(iid, y)] = (t, r, ts, rs)

rows_key = []
files = []


def rows_of_year(y):
    i = YEARS.index(y)
    out = []
    for iid, s, names, unit, tg, dec, neg, style in IND:
        if names[i] is None:
            continue
        t, r, ts, rs = FIG[(iid, y)]
        out.append(dict(id=iid, s=s, name=names[i], unit=unit, t=t, r=r, ts=ts, rs=rs, dec=dec, neg=neg,
                        style=style))
    return out


def put(ws, r, c, v, dec, dash="-"):
    if v is None:
        ws.cell(r, c, dash).alignment = CENTER
    else:
        ws.cell(r, c, v).number_format = "#,##0" if dec == 0 else "0." + "0" * dec


def qpct(t, r, neg):
    if t is None or r is None:
        return None
    return capaian(t, r, neg)


KADIS = {2022: ("Dr. Agus Priyono, S.Pd., M.Pd.", "Pembina Utama Muda", "NIP. 19700509 199412 1 003"),
         2023: ("Dr. Agus Priyono, S.Pd., M.Pd.", "Pembina Utama Muda", "NIP. 19700509 199412 1 003"),
         2024: ("Dr. Agus Priyono, S.Pd., M.Pd.", "Pembina Utama Muda", "NIP. 19700509 199412 1 003"),
         2025: ("Siti Mardiyah, S.Pd., M.Si.", "Pembina Tingkat I", "NIP. 19740617 199803 2 006")}


def sign(ws, r, col, y, date):
    signature(ws, r, col, f"Sidoarjo, {date}", "KEPALA DINAS PENDIDIKAN KABUPATEN SIDOARJO", *KADIS[y])


# ----------------------------------------------------------------- 2022: 3 header rows, T/R per quarter
def make_2022(path, fname):
    y = 2022
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "TW IV"
    for i, t in enumerate(["RENCANA AKSI DAN PENGUKURAN KINERJA", "DINAS PENDIDIKAN KABUPATEN SIDOARJO",
                           "TAHUN 2022", "Triwulan IV"], 1):
        merge(ws, i, 1, i, 15, t)
    for c, h in ((1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"),
                 (5, "Target Tahunan"), (14, "Realisasi s.d. TW IV"), (15, "Capaian (%)")):
        merge(ws, 6, c, 8, c, h)
    merge(ws, 6, 6, 6, 13, "Target dan Realisasi per Triwulan")
    for k, tw in enumerate(("TW I", "TW II", "TW III", "TW IV")):
        merge(ws, 7, 6 + 2 * k, 7, 7 + 2 * k, tw)
        merge(ws, 8, 6 + 2 * k, 8, 6 + 2 * k, "T")
        merge(ws, 8, 7 + 2 * k, 8, 7 + 2 * k, "R")
    for c in range(1, 16):
        merge(ws, 9, c, 9, c, f"({c})", bold=False)
    r = 10
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
            put(ws, r, 5, d["t"], d["dec"])
            for k in range(4):
                put(ws, r, 6 + 2 * k, d["ts"][k], d["dec"] if d["style"] != "sched" else 2)
                put(ws, r, 7 + 2 * k, d["rs"][k], d["dec"] if d["style"] != "sched" else 2)
            put(ws, r, 14, d["r"], d["dec"])
            ws.cell(r, 15, capaian(d["t"], d["r"], d["neg"])).number_format = "0.00"
            rows_key.append(keyrow(fname, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
            r += 1
    box(ws, 6, 1, r - 1, 15)
    sign(ws, r + 2, 12, y, "16 Januari 2023")
    widths(ws, [5, 26, 44, 10, 10] + [8] * 8 + [12, 10])
    from common import save_xlsx as sx
    sx(wb, path)


# ----------------------------------------------------------------- 2023: target block then realisasi block
def make_2023(path, fname):
    y = 2023
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pengukuran Kinerja 2023"
    merge(ws, 1, 1, 1, 14, "PENGUKURAN KINERJA TRIWULANAN")
    merge(ws, 2, 1, 2, 14, "DINAS PENDIDIKAN KABUPATEN SIDOARJO")
    merge(ws, 3, 1, 3, 14, "TAHUN 2023")
    for c, h in ((1, "No"), (2, "Indikator Kinerja"), (3, "Satuan"), (4, "Target 2023"),
                 (13, "Realisasi Tahunan"), (14, "% Capaian")):
        merge(ws, 5, c, 6, c, h)
    merge(ws, 5, 5, 5, 8, "Target Triwulan")
    merge(ws, 5, 9, 5, 12, "Realisasi Triwulan")
    for k, tw in enumerate(("TW I", "TW II", "TW III", "TW IV")):
        merge(ws, 6, 5 + k, 6, 5 + k, tw)
        merge(ws, 6, 9 + k, 6, 9 + k, tw)
    r = 7
    rows = rows_of_year(y)
    roman = ["I", "II", "III"]
    for si, s in enumerate(("S1", "S2", "S3")):
        merge(ws, r, 1, r, 14, f"{roman[si]}. SASARAN : {SASARAN[s][y].upper()}")
        ws.cell(r, 1).alignment = WRAP
        r += 1
        k = 0
        for d in rows:
            if d["s"] != s:
                continue
            k += 1
            ws.cell(r, 1, k)
            ws.cell(r, 2, d["name"]).alignment = WRAP
            ws.cell(r, 3, d["unit"])
            put(ws, r, 4, d["t"], d["dec"])
            qd = d["dec"] if d["style"] != "sched" else 2
            for q in range(4):
                put(ws, r, 5 + q, d["ts"][q], qd, dash="")
                put(ws, r, 9 + q, d["rs"][q], qd, dash="")
            put(ws, r, 13, d["r"], d["dec"])
            ws.cell(r, 14, capaian(d["t"], d["r"], d["neg"])).number_format = "0.00"
            rows_key.append(keyrow(fname, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
            r += 1
    box(ws, 5, 1, r - 1, 14)
    ws.cell(r + 1, 2, "Keterangan: APM, APK, RLS dan HLS bersumber dari data BPS/Dapodik, dihitung pada akhir tahun")
    sign(ws, r + 3, 11, y, "18 Januari 2024")
    widths(ws, [5, 46, 10, 10] + [8] * 8 + [12, 10])
    save_xlsx(wb, path)


# ----------------------------------------------------------------- 2024: T / R / % per quarter, sasaran repeated
def make_2024(path, fname):
    y = 2024
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK TW IV 2024"
    for i, t in enumerate(["PENGUKURAN KINERJA", "BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA",
                           "DINAS PENDIDIKAN KABUPATEN SIDOARJO", "TAHUN ANGGARAN 2024"], 1):
        merge(ws, i, 1, i, 20, t)
    for c, h in ((1, "No"), (2, "Sasaran"), (3, "Indikator Sasaran"), (4, "Satuan"), (5, "Target Tahunan"),
                 (18, "Realisasi Tahunan"), (19, "Capaian Tahunan (%)"), (20, "Penanggung Jawab")):
        merge(ws, 6, c, 7, c, h)
    for k, tw in enumerate(("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV")):
        c = 6 + 3 * k
        merge(ws, 6, c, 6, c + 2, tw)
        for j, h in enumerate(("Target", "Realisasi", "%")):
            merge(ws, 7, c + j, 7, c + j, h)
    pj = {"S1": "Bidang Pembinaan SD / SMP", "S2": "Bidang GTK", "S3": "Sekretariat"}
    r = 8
    rows = rows_of_year(y)
    text_ids = {"c_rls", "c_hls", "c_apk_paud"}
    for n, d in enumerate(rows, 1):
        ws.cell(r, 1, n)
        ws.cell(r, 2, SASARAN[d["s"]][y]).alignment = WRAP
        ws.cell(r, 3, d["name"]).alignment = WRAP
        ws.cell(r, 4, d["unit"])
        qd = d["dec"] if d["style"] != "sched" else 2
        for k in range(4):
            c = 6 + 3 * k
            put(ws, r, c, d["ts"][k], qd)
            put(ws, r, c + 1, d["rs"][k], qd)
            p = qpct(d["ts"][k], d["rs"][k], d["neg"])
            put(ws, r, c + 2, p, 2)
        if d["id"] in text_ids:
            ws.cell(r, 5, id_num(d["t"], 2))
            ws.cell(r, 18, id_num(d["r"], 2))
        else:
            put(ws, r, 5, d["t"], d["dec"])
            put(ws, r, 18, d["r"], d["dec"])
        ws.cell(r, 19, capaian(d["t"], d["r"], d["neg"])).number_format = "0.00"
        ws.cell(r, 20, pj[d["s"]])
        rows_key.append(keyrow(fname, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
        r += 1
    box(ws, 6, 1, r - 1, 20)
    sign(ws, r + 2, 16, y, "20 Januari 2025")
    widths(ws, [5, 24, 44, 10, 10] + [8] * 12 + [11, 11, 18])
    # a budget sheet: programmes, no indicators
    wa = wb.create_sheet("Anggaran")
    merge(wa, 1, 1, 1, 5, "REALISASI ANGGARAN PER PROGRAM TAHUN 2024")
    for c, h in enumerate(("No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"), 1):
        merge(wa, 3, c, 3, c, h)
    progs = [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1184220500000, 1139870231400),
             ("Program Pengelolaan Pendidikan", 412560750000, 388419002150),
             ("Program Pengembangan Kurikulum", 2150000000, 2011477500),
             ("Program Pendidik dan Tenaga Kependidikan", 6875400000, 6402113750)]
    for i, (p, a, b) in enumerate(progs, 1):
        wa.cell(3 + i, 1, i)
        wa.cell(3 + i, 2, p)
        wa.cell(3 + i, 3, a).number_format = "#,##0"
        wa.cell(3 + i, 4, b).number_format = "#,##0"
        wa.cell(3 + i, 5, rnd(b / a * 100, 2)).number_format = "0.00"
    box(wa, 3, 1, 3 + len(progs), 5)
    widths(wa, [5, 60, 20, 20, 11])
    save_xlsx(wb, path)


# ----------------------------------------------------------------- 2025: 3 header rows, target block + realisasi block, polaritas
def make_2025(path, fname):
    y = 2025
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2025"
    merge(ws, 1, 1, 1, 16, "PENGUKURAN KINERJA TRIWULAN IV TAHUN 2025")
    merge(ws, 2, 1, 2, 16, "DINAS PENDIDIKAN")
    merge(ws, 3, 1, 3, 16, "KABUPATEN SIDOARJO")
    for c, h in ((1, "NO"), (2, "SASARAN STRATEGIS"), (3, "INDIKATOR KINERJA"), (4, "SATUAN"), (5, "POLARITAS"),
                 (15, "REALISASI S.D. TW IV"), (16, "CAPAIAN (%)")):
        merge(ws, 5, c, 7, c, h)
    merge(ws, 5, 6, 5, 10, "TARGET")
    merge(ws, 5, 11, 5, 14, "REALISASI")
    merge(ws, 6, 6, 7, 6, "TAHUNAN")
    merge(ws, 6, 7, 6, 10, "TRIWULAN")
    merge(ws, 6, 11, 6, 14, "TRIWULAN")
    for k, tw in enumerate(("I", "II", "III", "IV")):
        merge(ws, 7, 7 + k, 7, 7 + k, tw)
        merge(ws, 7, 11 + k, 7, 11 + k, tw)
    r = 8
    rows = rows_of_year(y)
    n = 0
    for s in ("S1", "S2", "S3"):
        block = [d for d in rows if d["s"] == s]
        merge(ws, r, 1, r + len(block) - 1, 1, s[1], bold=False)
        merge(ws, r, 2, r + len(block) - 1, 2, SASARAN[s][y], bold=False)
        ws.cell(r, 2).alignment = WRAP
        for j, d in enumerate(block, 1):
            ws.cell(r, 3, d["name"]).alignment = WRAP
            ws.cell(r, 4, d["unit"])
            ws.cell(r, 5, "Negatif" if d["neg"] else "Positif")
            put(ws, r, 6, d["t"], d["dec"])
            qd = d["dec"] if d["style"] != "sched" else 2
            for k in range(4):
                put(ws, r, 7 + k, d["ts"][k], qd)
                put(ws, r, 11 + k, d["rs"][k], qd)
            put(ws, r, 15, d["r"], d["dec"])
            ws.cell(r, 16, capaian(d["t"], d["r"], d["neg"])).number_format = "0.00"
            rows_key.append(keyrow(fname, ws.title, r, y, d["name"], d["id"], d["t"], d["r"]))
            r += 1
    box(ws, 5, 1, r - 1, 16)
    ws.cell(r + 1, 3, "Rata-rata capaian kinerja")
    caps = [capaian(d["t"], d["r"], d["neg"]) for d in rows]
    ws.cell(r + 1, 16, rnd(sum(caps) / len(caps), 2)).number_format = "0.00"
    sign(ws, r + 3, 13, y, "19 Januari 2026")
    widths(ws, [5, 26, 44, 10, 10, 10] + [8] * 8 + [12, 10])
    save_xlsx(wb, path)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    plan = [(2022, "Rencana Aksi dan Pengukuran Kinerja TW IV 2022.xlsx", make_2022),
            (2023, "RA_PK_Dispendik_2023.xlsx", make_2023),
            (2024, "Pengukuran Kinerja Triwulan 2024.xlsx", make_2024),
            (2025, "PK Dinas Pendidikan 2025 (TW IV).xlsx", make_2025)]
    for y, fname, fn in plan:
        files.append(fname)
        fn(os.path.join(OUT, fname), fname)
    write_key(OUT, "Dinas Pendidikan Kabupaten Sidoarjo", YEARS, files, rows_key, [["c_kelas_sd", "c_kelas"]])
    print(SLUG, len(files), "files", len(rows_key), "rows")


if __name__ == "__main__":
    main()
