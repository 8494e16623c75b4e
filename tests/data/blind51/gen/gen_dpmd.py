"""Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Tanjung Seruni (invented), 2017-2020."""
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment

from common import (BORDER, RAW, L, Recorder, blank, cell, cm, dash, ge, grade, hdr, hint_of, merge, num,
                    pct, persen, put, raw, rng, rnd, signature, title, txt, widths)

SLUG = "dpmd_tanjungseruni"
AGENCY = "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Tanjung Seruni"
YEARS = [2017, 2018, 2019, 2020]
OUT = os.path.join(RAW, SLUG)

SAS = {
    "S1": "Meningkatnya kemandirian desa",
    "S2": "Meningkatnya tata kelola pemerintahan dan keuangan desa",
    "S3": "Meningkatnya ekonomi desa melalui penguatan BUMDes",
    "S4": "Meningkatnya kapasitas aparatur dan kelembagaan desa",
    "S5": "Meningkatnya akuntabilitas kinerja perangkat daerah",
}

META = {  # unit, polarity, kind, sasaran
    "C01": ("desa", "+", "level", "S1"), "C02": ("desa", "+", "level", "S1"),
    "C03": ("desa", "+", "level", "S1"), "C04": ("desa", "-", "level", "S1"),
    "C05": ("desa", "-", "level", "S1"), "C06": ("indeks", "+", "level", "S1"),
    "C07": ("%", "+", "level", "S2"), "C08": ("%", "+", "level", "S2"), "C09": ("%", "+", "level", "S2"),
    "C10": ("unit", "+", "level", "S3"), "C11": ("unit", "+", "level", "S3"),
    "C12": ("unit", "+", "flow", "S3"), "C13": ("%", "+", "level", "S2"),
    "C13b": ("%", "+", "level", "S2"), "C14": ("%", "+", "level", "S2"),
    "C15": ("orang", "+", "flow", "S4"), "C16": ("%", "+", "level", "S2"),
    "C17": ("lembaga", "+", "level", "S4"), "C18": ("%", "+", "level", "S2"),
    "C19": ("desa", "+", "flow", "S2"), "C20": ("predikat", "+", "grade", "S5"),
    "C21": ("%", "+", "level", "S3"), "C22": ("desa", "+", "level", "S3"),
}

NAMES = {
    "C01": {2017: "Jumlah Desa Mandiri", 2018: "Jumlah desa berstatus Mandiri",
            2019: "Jumlah Desa Mandiri berdasarkan IDM", 2020: "Desa Mandiri (IDM)"},
    "C02": {2017: "Jumlah Desa Maju", 2018: "Jumlah desa berstatus Maju",
            2019: "Jumlah Desa Maju berdasarkan IDM", 2020: "Desa Maju (IDM)"},
    "C03": {2017: "Jumlah Desa Berkembang", 2018: "Jumlah desa berstatus Berkembang",
            2019: "Jumlah Desa Berkembang berdasarkan IDM", 2020: "Desa Berkembang (IDM)"},
    "C04": {2017: "Jumlah Desa Tertinggal", 2018: "Jumlah desa berstatus Tertinggal",
            2019: "Jumlah Desa Tertinggal berdasarkan IDM", 2020: "Desa Tertinggal (IDM)"},
    "C05": {2017: "Jumlah Desa Sangat Tertinggal", 2018: "Jumlah desa berstatus Sangat Tertinggal",
            2019: "Jumlah Desa Sangat Tertinggal berdasarkan IDM", 2020: "Desa Sangat Tertinggal (IDM)"},
    "C06": {2017: "Rata-rata Indeks Desa Membangun (IDM) Kabupaten",
            2018: "Rata - rata nilai IDM Kab. Tanjung Seruni",
            2019: "Nilai Rata-rata Indeks Desa Membangun", 2020: "Rata-rata IDM Kabupaten"},
    "C07": {2017: "Persentase desa yang menerima penyaluran Dana Desa tepat waktu",
            2018: "Prosentase desa yg menerima penyaluran DD tepat waktu",
            2019: "Persentase Penyaluran Dana Desa (DD) Tepat Waktu",
            2020: "Persentase desa yang menerima Dana Desa tepat waktu"},
    "C08": {2017: "Persentase penyerapan Dana Desa", 2018: "Prosentase penyerapan DD",
            2019: "Persentase Realisasi Penyerapan Dana Desa", 2020: "Persentase penyerapan Dana Desa (DD)"},
    "C09": {2017: "Persentase penyerapan Alokasi Dana Desa", 2018: "Prosentase penyerapan ADD",
            2019: "Persentase Realisasi Penyerapan Alokasi Dana Desa (ADD)", 2020: "Persentase penyerapan ADD"},
    "C10": {2017: "Jumlah BUMDes", 2018: "Jumlah Badan Usaha Milik Desa (BUMDes)",
            2019: "Jumlah BUMDes yang terbentuk", 2020: "Jumlah BUM Desa"},
    "C11": {2017: "Jumlah BUMDes aktif", 2018: "Jumlah BUMDes yang aktif", 2019: "Jumlah BUMDes Aktif",
            2020: "Jumlah BUM Desa yang aktif beroperasi"},
    "C12": {2017: "Jumlah BUMDes baru", 2018: "Jumlah BUMDes yang baru dibentuk",
            2019: "Jumlah BUMDes Baru Terbentuk", 2020: "Jumlah BUM Desa baru"},
    "C13": {2017: "Persentase desa yang menyusun APBDes tepat waktu",
            2018: "Prosentase desa yg menyusun APBDes tepat waktu"},
    "C13b": {2019: "Persentase Desa yang Menetapkan Perdes APBDes Tepat Waktu",
             2020: "Persentase desa yang menetapkan APBDes tepat waktu"},
    "C14": {2017: "Persentase desa yang menggunakan aplikasi Siskeudes",
            2018: "Prosentase desa yg menggunakan Siskeudes",
            2019: "Persentase Desa yang Menerapkan Sistem Keuangan Desa (Siskeudes)",
            2020: "Persentase desa pengguna Siskeudes"},
    "C15": {2017: "Jumlah aparatur desa yang mengikuti pelatihan",
            2018: "Jumlah aparatur pemerintah desa yg mengikuti peningkatan kapasitas",
            2019: "Jumlah Aparatur Desa\nyang Dilatih",
            2020: "Jumlah aparatur desa yang mengikuti peningkatan kapasitas (orang)"},
    "C16": {2017: "Persentase desa yang memutakhirkan data profil desa",
            2018: "Prosentase desa yg memutakhirkan profil desa & kelurahan",
            2019: "Persentase Desa dengan Data Profil Desa Mutakhir",
            2020: "Persentase pemutakhiran data profil desa"},
    "C17": {2017: "Jumlah lembaga kemasyarakatan desa yang aktif", 2018: "Jumlah LKD yg aktif",
            2019: "Jumlah Lembaga Kemasyarakatan Desa (LKD) Aktif",
            2020: "Jumlah lembaga kemasyarakatan desa aktif (lembaga)"},
    "C18": {2017: "Persentase tindak lanjut temuan pengelolaan keuangan desa",
            2018: "Prosentase tindak lanjut temuan pengelolaan keuangan desa",
            2019: "Persentase Penyelesaian Tindak Lanjut Temuan Inspektorat atas Keuangan Desa",
            2020: "Persentase tindak lanjut LHP pengelolaan keuangan desa"},
    "C19": {2017: "Jumlah desa yang melaksanakan Pilkades serentak",
            2019: "Jumlah Desa Penyelenggara Pemilihan Kepala Desa Serentak"},
    "C20": {2017: "Nilai SAKIP DPMD", 2018: "Predikat SAKIP Dinas PMD",
            2019: "Nilai Akuntabilitas Kinerja (SAKIP) DPMD",
            2020: "Predikat SAKIP Dinas Pemberdayaan Masyarakat dan Desa"},
    "C21": {2019: "Persentase BUMDes Berkategori Maju", 2020: "Persentase BUM Desa klasifikasi maju"},
    "C22": {2020: "Jumlah desa yang memiliki produk unggulan desa (Prudes)"},
}

KADIS = ("Drs. H. MUHAMMAD ARSYAD, M.Si", "Pembina Utama Muda", "NIP. 19650917 198603 1 011")


def name_cell(ws, coord, text, valign="top"):
    ws[coord] = text
    ws[coord].alignment = Alignment(wrap_text=True, vertical=valign)
    ws[coord].border = BORDER


# =====================================================================================  2017 + 2018 side by side
def y2017_2018(rec):
    fname = rec.add_file("PK DPMD Tanjung Seruni 2017-2018.xlsx", "xls",
                         "Two whole PK tables of different years side by side on one sheet: 2017 (columns A-F, "
                         "values typed as text with their units, two header rows) and 2018 (columns H-N, numbers "
                         "with a Satuan column, one header row, Sasaran group rows).")
    wb = Workbook()
    ws = wb.active
    ws.title = "PK 2017-2018"
    sh = ws.title
    title(ws, 1, "PENGUKURAN KINERJA", "A", "F")
    title(ws, 2, "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", "A", "F")
    title(ws, 3, "KABUPATEN TANJUNG SERUNI", "A", "F")
    title(ws, 4, "TAHUN 2017", "A", "F")
    title(ws, 1, "PENGUKURAN KINERJA TAHUN 2018", "H", "N")
    title(ws, 2, "DINAS PMD KAB. TANJUNG SERUNI", "H", "N")
    hdr(ws, "A6", "No", merge_to="A7")
    hdr(ws, "B6", "Sasaran Strategis", merge_to="B7")
    hdr(ws, "C6", "Indikator Kinerja", merge_to="C7")
    hdr(ws, "D6", "Tahun 2017", merge_to="F6")
    hdr(ws, "D7", "Target")
    hdr(ws, "E7", "Realisasi")
    hdr(ws, "F7", "% Realisasi")
    for c, t in zip("HIJKLMN", ["No", "Indikator Kinerja", "Satuan", "Target 2018", "Realisasi 2018",
                                 "Capaian (%)", "Keterangan"]):
        hdr(ws, f"{c}7", t)
    widths(ws, {"A": 4, "B": 26, "C": 44, "D": 12, "E": 12, "F": 10, "G": 3, "H": 4, "I": 44, "J": 9,
                "K": 10, "L": 10, "M": 10, "N": 18})
    # ---- 2017 (left)
    left = [
        ("S1", [("C01", dash(), dash(), "-"), ("C02", txt(8, "desa"), txt(6, "desa"), 75),
                ("C03", txt(62, "desa"), txt(58, "desa"), 93.55), ("C04", txt(65, "desa"), txt(70, "desa"), 107.69),
                ("C05", txt(12, "desa"), txt(13, "desa"), 91.67),
                ("C06", txt(0.585, "", 4), txt(0.5784, "", 4), 98.87)]),
        ("S2", [("C07", rng(80, 85, "%"), txt(74.83, "%"), 93.54), ("C08", ge(95, "%"), txt(93.41, "%"), 98.33),
                ("C09", txt(95, "%"), txt(91.77, "%"), 96.6), ("C13", txt(75, "%"), txt(68.03, "%"), 90.71),
                ("C14", txt(50, "%"), txt(46.94, "%"), 93.88), ("C16", txt(60, "%"), txt(55.1, "%"), 91.83),
                ("C18", txt(70, "%"), txt(64.5, "%"), 92.14), ("C19", txt(52, "desa"), txt(52, "desa"), 100)]),
        ("S3", [("C10", txt(120, "unit"), txt(118, "unit"), 98.33), ("C11", txt(60, "unit"), txt(52, "unit"), 78.33),
                ("C12", txt(20, "unit"), txt(23, "unit"), 115)]),
        ("S4", [("C15", txt(300, "orang"), txt(294, "orang"), 98),
                ("C17", txt(520, "lembaga"), txt(498, "lembaga"), 95.77)]),
        ("S5", [("C20", grade("B"), grade("CC"), "-")]),
    ]
    r = 8
    no = 1
    for s, items in left:
        top = r
        for sid, ts, rs, capv in items:
            cell(ws, f"A{r}", no)
            no += 1
            text = NAMES[sid][2017]
            name_cell(ws, f"C{r}", text)
            t = put(ws, f"D{r}", ts)
            rv = put(ws, f"E{r}", rs)
            cell(ws, f"F{r}", capv)
            rec.key(fname, sh, f"C{r}", 2017, text, sid, t, rv, cm("cell", f"D{r}", hint_of(ts)),
                    cm("cell", f"E{r}", hint_of(rs)))
            if sid == "C01":
                rec.note(fname, sh, r, "C01 2017 (left, C): target and realisasi '-' (no desa Mandiri yet): key null / null.")
            if sid == "C04":
                rec.note(fname, sh, r, "C04 2017 (left; negative, desa Tertinggal): % typed 107,69 = 70/65 (positive formula on a negative indicator; (2*65-70)/65 = 92,31).")
            if sid == "C07":
                rec.note(fname, sh, r, "C07 2017 (left): target typed as a range '80-85 %' (key 80); % 93,54 computed on 80.")
            if sid == "C08":
                rec.note(fname, sh, r, "C08 2017 (left): target '>= 95 %' (key 95).")
            if sid == "C11":
                rec.note(fname, sh, r, "C11 2017 (left): % typed 78,33 while 52/60 = 86,67 (typed capaian disagrees).")
            if sid == "C06":
                rec.note(fname, sh, r, "C06 2017 (left): index typed as text '0,5850' / '0,5784' (keys 0.585 / 0.5784).")
            if sid == "C20":
                rec.note(fname, sh, r, "C20 2017 (left): grades B / CC: key null / null.")
            r += 1
        ws[f"B{top}"] = SAS[s]
        ws[f"B{top}"].alignment = Alignment(wrap_text=True, vertical="top")
        if r - 1 > top:
            merge(ws, f"B{top}:B{r - 1}")
    left_end = r - 1
    ws[f"B{left_end + 2}"] = "Jumlah Anggaran Tahun 2017 : Rp. 4.215.880.000,-"
    ws[f"B{left_end + 3}"] = "Jumlah Realisasi Anggaran Tahun 2017 : Rp. 3.902.114.650,-"
    # ---- 2018 (right)
    right = [
        ("S1", [("C01", 1, 1, "pos"), ("C02", 14, 15, "pos"), ("C03", 70, 72, "pos"), ("C04", 55, 52, "pos_on_neg"),
                ("C05", 7, 7, "wrongrow"), ("C06", 0.6, 0.6049, "pos")]),
        ("S2", [("C07", 85, 86.39, "pos"), ("C08", 95, 96.2, "pos"), ("C09", 95, raw(0.9504, 0.9504), "pos"),
                ("C13", 80, 81.63, "pos"), ("C14", 75, 80.27, "pos"), ("C16", raw(700, 700), 71.43, "pos"),
                ("C18", 75, 77.2, "pos")]),
        ("S3", [("C10", 130, 133, "pos"), ("C11", 75, 78, "pos"), ("C12", 12, 15, "pos")]),
        ("S4", [("C15", 450, 488, "pos"), ("C17", 560, 571, "pos")]),
        ("S5", [("C20", grade("B"), grade("B"), "typed100")]),
    ]
    r = 8
    no = 1
    for gi, (s, items) in enumerate(right):
        cell(ws, f"H{r}", f"Sasaran {gi + 1} : {SAS[s]}", bold=True)
        merge(ws, f"H{r}:N{r}")
        rec.note(fname, sh, r, f"Right table (2018): group row 'Sasaran {gi + 1}' across H:N (not a key row).")
        r += 1
        for sid, tv, rv_, cap in items:
            ts = tv if isinstance(tv, tuple) else num(tv)
            rs = rv_ if isinstance(rv_, tuple) else num(rv_)
            cell(ws, f"H{r}", no)
            no += 1
            text = NAMES[sid][2018]
            name_cell(ws, f"I{r}", text)
            cell(ws, f"J{r}", META[sid][0])
            t = put(ws, f"K{r}", ts)
            rv = put(ws, f"L{r}", rs)
            if cap == "pos" or cap == "pos_on_neg":
                ws[f"M{r}"] = f"=ROUND(L{r}/K{r}*100,2)"
            elif cap == "wrongrow":
                ws[f"M{r}"] = f"=ROUND((2*K{r - 1}-L{r - 1})/K{r - 1}*100,2)"
            else:
                ws[f"M{r}"] = 100
            ws[f"M{r}"].border = BORDER
            cell(ws, f"N{r}", "")
            rec.key(fname, sh, f"I{r}", 2018, text, sid, t, rv, cm("cell", f"K{r}", hint_of(ts)),
                    cm("cell", f"L{r}", hint_of(rs)))
            if sid == "C04":
                rec.note(fname, sh, r, "C04 2018 (right; negative): capaian M uses the positive formula L/K*100 (94,55 instead of 105,45).")
            if sid == "C05":
                rec.note(fname, sh, r, f"C05 2018 (right): capaian M points at the row above (C04's K{r - 1}/L{r - 1}).")
            if sid == "C09":
                rec.note(fname, sh, r, "C09 2018 (right): realisasi typed as a fraction 0,9504 in a General cell (true 95,04 %); keyed as typed (0.9504); capaian 1,0.")
            if sid == "C16":
                rec.note(fname, sh, r, "C16 2018 (right): target typed 700 (10x of 70 %); keyed as typed (700); capaian 10,2.")
            if sid == "C20":
                rec.note(fname, sh, r, "C20 2018 (right): grades B / B: key null / null; capaian typed 100.")
            if sid == "C01":
                cell(ws, f"N{r}", "Desa Sukamakmur")
            if sid == "C10":
                r += 1
                cell(ws, f"H{r}", None)
                cell(ws, f"I{r}", text)
                cell(ws, f"J{r}", "unit")
                cell(ws, f"K{r}", 130)
                cell(ws, f"L{r}", 133)
                ws[f"M{r}"] = f"=ROUND(L{r}/K{r}*100,2)"
                cell(ws, f"N{r}", "")
                rec.note(fname, sh, r, "C10 2018 (right): duplicated row (same name and figures as the row above); second copy, not a key row.")
            r += 1
    right_end = r - 1
    ws[f"I{right_end + 2}"] = "Jumlah Anggaran Tahun 2018 : Rp. 5.127.340.000,-"
    ws[f"I{right_end + 3}"] = "Jumlah Realisasi Anggaran Tahun 2018 : Rp. 4.880.961.200,-"
    rec.note(fname, sh, right_end + 2, "Budget lines under each table (not key rows).")
    signature(ws, right_end + 5, "K", "Tanjung Seruni, 15 Januari 2019",
              ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT", "DAN DESA KABUPATEN TANJUNG SERUNI"], *KADIS)
    rec.sheet_doc(fname, sh, "visible",
                  f"Left table (2017): title A1:F4; header rows 6-7 (D6:F6 'Tahun 2017' over Target | Realisasi | "
                  f"% Realisasi); data rows 8-{left_end}: A No, B Sasaran Strategis (merged), C Indikator Kinerja, "
                  "D target, E realisasi (both typed as text with units, Banjar style: '62 desa', '74,83 %', "
                  f"'0,5850'), F % typed. Right table (2018): title H1:N2; ONE header row 7 (H No, I Indikator "
                  f"Kinerja, J Satuan, K Target 2018, L Realisasi 2018, M Capaian (%), N Keterangan); rows 8-{right_end} "
                  "hold 5 full-width 'Sasaran n' group rows, 19 indicators and 1 duplicated row. Rows 8-32 carry key "
                  "rows of both years: where a row holds a 2017 name (C) and a 2018 name (I), both key rows give "
                  "'col'. Key: 2017 name C / target D / realisasi E; 2018 name I / target K / realisasi L.")
    wn = wb.create_sheet("Catatan")
    for i, t in enumerate(["Catatan penyusunan:",
                           "1. Status desa berdasarkan IDM Kemendesa PDTT tahun berkenaan (147 desa).",
                           "2. Tabel 2017 disalin dari dokumen PK 2017 (hasil scan), tabel 2018 hasil input baru.",
                           "3. Data BUMDes per 31 Desember; BUMDes aktif = memiliki laporan keuangan tahunan."]):
        wn.cell(i + 1, 1, t)
    rec.sheet_doc(fname, "Catatan", "visible", "Notes only. No key rows.")
    wh = wb.create_sheet("Sheet2")
    wh["A1"] = "draft PK 2018 (belum final)"
    wh["B3"] = "Jumlah desa berstatus Mandiri"
    wh["C3"] = 2
    wh["D3"] = 0
    wh["B4"] = "Jumlah desa berstatus Maju"
    wh["C4"] = 12
    wh["D4"] = 9
    wh.sheet_state = "hidden"
    rec.sheet_doc(fname, "Sheet2", "hidden", "Draft of 2018 (2 rows). Hidden: no key rows.")
    wb.save(os.path.join(OUT, "PK DPMD Tanjung Seruni 2017-2018.xlsx"))


# =====================================================================================  2019 Bone-style blocks
def y2019(rec):
    fname = rec.add_file("Rencana Aksi DPMD 2019.xlsx", "xlsx",
                         "Quarterly Rencana Aksi in the Bone layout: each indicator a block of five lines "
                         "('Target Tahunan :' then 'TW 1 (B03) :' .. 'TW 4 (B12) :'), name merged over the five "
                         "lines, header labels written vertically; no annual realisasi.")
    wb = Workbook()
    ws = wb.active
    ws.title = "RENAKSI 2019"
    sh = ws.title
    title(ws, 1, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", "A", "I")
    title(ws, 2, "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN TANJUNG SERUNI", "A", "I")
    title(ws, 3, "TAHUN ANGGARAN 2019", "A", "I")
    hdr(ws, "A5", "NO", merge_to="A6")
    hdr(ws, "B5", "SASARAN STRATEGIS", merge_to="B6")
    hdr(ws, "C5", "INDIKATOR SASARAN", merge_to="C6")
    hdr(ws, "D5", "KRITERIA KEBERHASILAN SASARAN", merge_to="G5")
    hdr(ws, "D6", "")
    hdr(ws, "E6", "TARGET", rot=90)
    hdr(ws, "F6", "REALISASI", rot=90)
    hdr(ws, "G6", "CAPAIAN (%)", rot=90)
    hdr(ws, "H5", "PROGRAM & ANGGARAN", merge_to="H6")
    hdr(ws, "I5", "UNIT KERJA / PENANGGUNG JAWAB", rot=90, merge_to="I6")
    ws.row_dimensions[6].height = 70
    for i, c in enumerate("ABCDEFGHI"):
        hdr(ws, f"{c}7", f"({i + 1})")
    widths(ws, {"A": 4, "B": 24, "C": 40, "D": 16, "E": 10, "F": 10, "G": 8, "H": 30, "I": 8})
    D = dash
    plan = [
        ("S1", "Program Peningkatan Keberdayaan Masyarakat Perdesaan\nRp. 612.450.000,-", [
            ("C01", num(2), [D(), D(), D(), num(2)], [D(), num(1), D(), num(3)]),
            ("C02", num(22), [D(), D(), D(), num(22)], [D(), num(15), D(), num(24)]),
            ("C03", num(78), [D(), D(), D(), num(78)], [D(), num(72), D(), num(81)]),
            ("C04", num(40), [D(), D(), D(), num(40)], [D(), num(52), D(), num(35)]),
            ("C05", num(5), [D(), D(), D(), num(5)], [D(), num(7), D(), num(4)]),
            ("C06", txt(0.62, "", 4), [D(), D(), D(), txt(0.62, "", 4)], [D(), D(), D(), txt(0.6257, "", 4)]),
        ]),
        ("S2", "Program Peningkatan Kapasitas Aparatur Pemerintah Desa\nRp. 1.245.900.000,-", [
            ("C07", txt(90, "%"), [pct(30, "0%"), pct(50, "0%"), pct(80, "0%"), pct(100, "0%")],
             [pct(20), pct(45), pct(78), pct(91.84)]),
            ("C08", num(97), [num(25), num(50), num(75), num(97)], [num(21.3), num(48.9), num(76.2), num(97.85)]),
            ("C09", raw(970, 970), [num(25), num(50), num(75), num(97)], [num(19.8), num(44.1), num(71.9), num(96.4)]),
            ("C13b", num(85), [num(85), num(85), D(), D()], [num(87.07), num(87.07), D(), D()]),
            ("C14", num(100), [num(100), num(80), num(100), num(100)], [num(100), num(100), num(100), num(100)]),
            ("C16", num(80), [num(20), num(40), num(60), num(80)], [num(20.41), num(45.58), num(63.95), num(78.91)]),
            ("C18", num(80), [num(20), num(40), num(60), num(80)], [num(40.1), num(61.3), num(82.35), blank()]),
            ("C19", num(61), [D(), D(), num(61), D()], [D(), D(), num(60), D()]),
        ]),
        ("S3", "Program Pengembangan Ekonomi Desa / BUMDes\nRp. 485.000.000,-", [
            ("C10", num(140), [num(134), num(136), num(138), num(140)], [num(135), num(137), num(139), num(141)]),
            ("C11", num(90), [num(80), num(84), num(87), num(90)], [num(80), num(83), num(85), num(88)]),
            ("C12", num(8), [num(2), num(2), num(2), num(2)], [num(2), num(3), num(2), num(1)]),
            ("C21", num(10), [D(), D(), D(), num(10)], [D(), D(), D(), pct(8.51)]),
        ]),
        ("S4", "Program Penguatan Kelembagaan Desa\nRp. 398.750.000,-", [
            ("C15", num(450), [num(0), num(150), num(150), num(150)], [D(), num(120), num(201), num(120)]),
            ("C17", txt(600, "lembaga"), [num(590), num(595), num(598), num(600)], [num(588), num(595), num(601), num(603)]),
        ]),
        ("S5", "Program Penunjang Urusan Pemerintahan Daerah\nRp. 2.310.600.000,-", [
            ("C20", grade("BB"), [D(), D(), D(), grade("BB")], [D(), D(), D(), grade("B")]),
        ]),
    ]
    unit_pj = {"S1": "Bidang PEMD", "S2": "Bidang Pemdes", "S3": "Bidang Ekonomi Desa",
               "S4": "Bidang Kelembagaan", "S5": "Sekretariat"}
    labels = ["Target Tahunan :", "TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :"]
    r = 8
    no = 1
    for s, prog, items in plan:
        s_top = r
        for sid, T, qt, qr in items:
            top = r
            text = NAMES[sid][2019]
            for i, lab in enumerate(labels):
                cell(ws, f"D{r + i}", lab)
            t = put(ws, f"E{top}", T)
            vals = []
            for i in range(4):
                put(ws, f"E{top + 1 + i}", qt[i])
                vals.append(put(ws, f"F{top + 1 + i}", qr[i]))
                # capaian per quarter: typed, capped at 100 (Bone style)
                tq, rq = qt[i][2], qr[i][2]
                if tq is None or rq is None or (isinstance(qr[i][0], str) and rq is None):
                    cap = "-"
                elif tq == 0:
                    cap = "-"
                else:
                    cv = rq / tq * 100
                    if META[sid][1] == "-":
                        cv = (2 * tq - rq) / tq * 100
                    cap = min(100, rnd(cv, 0))
                if sid == "C11" and i == 3:
                    cap = 98.88
                cell(ws, f"G{top + 1 + i}", cap)
            ws[f"A{top}"] = no
            no += 1
            merge(ws, f"A{top}:A{top + 4}")
            name_cell(ws, f"C{top}", text, valign="center")
            merge(ws, f"C{top}:C{top + 4}")
            ws[f"I{top}"] = unit_pj[s]
            merge(ws, f"I{top}:I{top + 4}")
            if META[sid][2] == "flow":
                rv = sum(v for v in vals if v is not None)
                op = "sum"
            else:
                nn = [v for v in vals if v is not None]
                rv = nn[-1] if nn else None
                op = "last"
            rec.key(fname, sh, f"C{top}", 2019, text, sid, t, rv, cm("cell", f"E{top}", hint_of(T)),
                    cm(op, [f"F{top + 1 + i}" for i in range(4)]))
            r += 5
            if sid == "C04":
                rec.note(fname, sh, top, "C04 (negative): the TW capaian cells G are computed with the negative formula (and capped at 100); block rows %d-%d." % (top, top + 4))
            if sid == "C07":
                rec.note(fname, sh, top, "C07: annual target typed as text '90 %' (key 90); quarter targets are a schedule 30% / 50% / 80% / 100% in %-formatted cells (fractions); realisasi %-formatted fractions (TW 4 0,9184 -> 91,84, the key).")
            if sid == "C09":
                rec.note(fname, sh, top, "C09: annual target typed 970 (10x of 97; the quarter targets end at 97); keyed as typed (970).")
            if sid == "C13b":
                rec.note(fname, sh, top, "C13b: reported in TW 1 and TW 2 only ('-' after): last reported quarter TW 2 = 87,07 is the key realisasi. Ambiguous with C13 (menyusun vs menetapkan APBDes).")
            if sid == "C14":
                rec.note(fname, sh, top, "C14: quarter targets 100 / 80 / 100 / 100 (TW 2 falls back; not keyed).")
            if sid == "C18":
                rec.note(fname, sh, top, "C18: TW 4 realisasi left blank (not yet reported): last reported quarter TW 3 = 82,35 is the key realisasi.")
            if sid == "C11":
                rec.note(fname, sh, top + 4, "C11 TW 4: capaian typed 98,88 while 88/90 = 97,78 (typed capaian disagrees).")
            if sid == "C12":
                rec.note(fname, sh, top, "C12 (flow): realisasi = 2+3+2+1 = 8 (sum of quarters).")
            if sid == "C15":
                rec.note(fname, sh, top, "C15 (flow): realisasi = 120+201+120 = 441 (TW 1 '-').")
            if sid == "C19":
                rec.note(fname, sh, top, "C19 (flow): Pilkades held in TW 3 only: realisasi 60.")
            if sid == "C20":
                rec.note(fname, sh, top, "C20: grades (target BB, TW 4 B): key null / null.")
            if sid == "C06":
                rec.note(fname, sh, top, "C06: index typed as text '0,6200' / '0,6257' (TW 4 only).")
            if sid == "C17":
                rec.note(fname, sh, top, "C17: annual target typed as text '600 lembaga' (key 600).")
        ws[f"B{s_top}"] = SAS[s]
        ws[f"B{s_top}"].alignment = Alignment(wrap_text=True, vertical="center")
        merge(ws, f"B{s_top}:B{r - 1}")
        ws[f"H{s_top}"] = prog
        ws[f"H{s_top}"].alignment = Alignment(wrap_text=True, vertical="center")
        merge(ws, f"H{s_top}:H{r - 1}")
    rec.note(fname, sh, 8, "Block top rows (key rows): " + ", ".join(f"{k['same_as']} {k['row']}" for k in rec.keys if k["year"] == 2019) + ".")
    rec.note(fname, sh, 8, "Status-of-desa blocks (C01-C05): IDM status published twice (TW 2 and TW 4); the TW capaian cells G are capped at 100 throughout the sheet (Bone policy, e.g. C02 TW 4 24/22 written 100).")
    rec.sheet_doc(fname, sh, "visible",
                  "Title rows 1-3; header rows 5-6: A NO, B SASARAN STRATEGIS, C INDIKATOR SASARAN, D-G "
                  "'KRITERIA KEBERHASILAN SASARAN' with E 'TARGET', F 'REALISASI', G 'CAPAIAN (%)' written "
                  "vertically (text rotated 90 degrees) in row 6, H PROGRAM & ANGGARAN (merged over the sasaran's "
                  "blocks, name and 'Rp. ...,-' in one cell), I UNIT KERJA (rotated); row 7 numbers (1)-(9). "
                  f"Data rows 8-{r - 1}: 21 blocks of 5 lines; A, C and I merged over the block, B over the "
                  "sasaran. Key row = top line of the block ('Target Tahunan :'); target E of that line; "
                  "realisasi from F of the four TW lines: sum for flows (C12, C15, C19), last reported "
                  "quarter for the rest.")
    wb_h = wb.create_sheet("TW III (lama)")
    wb_h["A1"] = "Laporan TW III 2019 (versi lama)"
    wb_h["B3"] = "Jumlah BUMDes yang terbentuk"
    wb_h["C3"] = 139
    wb_h["B4"] = "Persentase Realisasi Penyerapan Dana Desa"
    wb_h["C4"] = 76.2
    wb_h.sheet_state = "hidden"
    rec.sheet_doc(fname, "TW III (lama)", "hidden", "Old TW III report (2 rows). Hidden: no key rows.")
    wb.save(os.path.join(OUT, "Rencana Aksi DPMD 2019.xlsx"))


# =====================================================================================  2020 LKjIP (ods)
def y2020(rec, prev):
    fname = rec.add_file("LKjIP DPMD Tanjung Seruni 2020.xlsx", "ods",
                         "LKjIP chapter III table with realisasi 2017-2019, target / realisasi / capaian 2020 "
                         "and the Renstra 2021 target; a cover page first; year headers rotated; some "
                         "percentages typed as 'NN persen'.")
    wb = Workbook()
    wc = wb.active
    wc.title = "Cover"
    for rr, t in [(5, "LAPORAN KINERJA INSTANSI PEMERINTAH"), (6, "(LKjIP) TAHUN 2020"),
                  (16, "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"), (17, "KABUPATEN TANJUNG SERUNI"),
                  (19, "Komplek Perkantoran Bukit Seruni Blok C No. 4")]:
        title(wc, rr, t, "B", "I", 14)
    rec.sheet_doc(fname, "Cover", "visible", "Cover page. No table.")
    ws = wb.create_sheet("Tabel 3.1")
    sh = ws.title
    title(ws, 1, "Tabel 3.1", "A", "L")
    title(ws, 2, "Capaian Indikator Kinerja Tahun 2020 dan Perbandingan dengan Tahun-tahun Sebelumnya", "A", "L")
    title(ws, 3, "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Tanjung Seruni", "A", "L")
    hdr(ws, "A5", "No", merge_to="A6")
    hdr(ws, "B5", "Indikator Kinerja", merge_to="B6")
    hdr(ws, "C5", "Satuan", merge_to="C6")
    hdr(ws, "D5", "Realisasi", merge_to="F5")
    for c, y in zip("DEF", ["2017", "2018", "2019"]):
        hdr(ws, f"{c}6", y, rot=90)
    hdr(ws, "G5", "Tahun 2020", merge_to="I5")
    hdr(ws, "G6", "Target", rot=90)
    hdr(ws, "H6", "Realisasi", rot=90)
    hdr(ws, "I6", "Capaian (%)", rot=90)
    hdr(ws, "J5", "Target Akhir Renstra (2021)", rot=90, merge_to="J6")
    hdr(ws, "K5", "Capaian s.d. 2020 thd Target Renstra (%)", rot=90, merge_to="K6")
    hdr(ws, "L5", "Kategori", merge_to="L6")
    ws.row_dimensions[6].height = 60
    ws.row_dimensions[5].height = 30
    widths(ws, {"A": 5, "B": 52, "C": 10, "D": 8, "E": 8, "F": 8, "G": 9, "H": 14, "I": 9, "J": 9, "K": 9, "L": 13})
    groups = [("S1", ["C01", "C02", "C03", "C04", "C05", "C06"]),
              ("S2", ["C07", "C08", "C09", "C13b", "C14", "C16", "C18"]),
              ("S3", ["C10", "C11", "C12", "C21", "C22"]), ("S4", ["C15", "C17"]), ("S5", ["C20"])]
    vals = {"C01": (num(4), num(5)), "C02": (num(30), num(33)), "C03": (num(85), num(88)),
            "C04": (num(26), num(20)), "C05": (num(2), num(1)), "C06": (num(0.64), txt(0.6512, "", 4)),
            "C07": (num(95), persen(97.96)), "C08": (num(98), persen(98.63)), "C09": (num(98), num(98.1)),
            "C13b": (num(90), num(93.88)), "C14": (num(100), num(100)), "C16": (num(90), num(91.16)),
            "C18": (num(85), num(79.6)), "C10": (num(147), num(145)), "C11": (num(105), num(109)),
            "C12": (num(6), num(4)), "C21": (num(15), pct(13.79)), "C22": (num(20), num(27)),
            "C15": (num(300), txt(1250, "orang")), "C17": (num(640), num(622)),
            "C20": (grade("BB"), grade("BB"))}
    renstra = {"C01": 6, "C02": 40, "C03": 85, "C04": 15, "C05": 0, "C06": 0.66, "C07": 100, "C08": 100,
               "C09": 100, "C13b": 100, "C14": 100, "C16": 100, "C18": 90, "C10": 147, "C11": 120, "C12": 5,
               "C21": 20, "C22": 30, "C15": 2000, "C17": 680, "C20": "A"}
    r = 7
    no = 1
    for gi, (s, ids) in enumerate(groups):
        cell(ws, f"A{r}", f"SASARAN {gi + 1} : {SAS[s].upper()}", bold=True)
        merge(ws, f"A{r}:L{r}")
        r += 1
        for sid in ids:
            text = NAMES[sid][2020]
            unit, pol, kind, _ = META[sid]
            ts, rs = vals[sid]
            cell(ws, f"A{r}", no)
            no += 1
            name_cell(ws, f"B{r}", text)
            cell(ws, f"C{r}", unit)
            t = put(ws, f"G{r}", ts)
            rv = put(ws, f"H{r}", rs)
            rec.key(fname, sh, f"B{r}", 2020, text, sid, t, rv, cm("cell", f"G{r}", hint_of(ts)),
                    cm("cell", f"H{r}", hint_of(rs)))
            # earlier years
            src = "C13" if sid == "C13b" else sid
            for c, y in zip("DEF", [2017, 2018, 2019]):
                v = prev.get((sid, y), prev.get((src, y)))
                if sid == "C15" and y == 2019:
                    v = 441
                if sid == "C09" and y == 2018:
                    v = 95.04
                if sid == "C09" and y == 2019:
                    v = 96.4
                cell(ws, f"{c}{r}", "-" if v is None else v)
            # capaian
            if kind == "grade":
                ws[f"I{r}"] = 100
            elif sid == "C04":
                ws[f"I{r}"] = f"=ROUND(H{r}/G{r}*100,2)"
            elif pol == "-":
                ws[f"I{r}"] = f"=ROUND((2*G{r}-H{r})/G{r}*100,2)"
            elif sid in ("C07", "C08", "C06", "C15"):
                ws[f"I{r}"] = {"C07": 103.12, "C08": 100.64, "C06": 101.75, "C15": 416.67}[sid]
            elif sid == "C18":
                ws[f"I{r}"] = 93.64
            else:
                ws[f"I{r}"] = f"=ROUND(H{r}/G{r}*100,2)"
            ws[f"I{r}"].border = BORDER
            cell(ws, f"J{r}", renstra[sid])
            if kind != "grade" and sid not in ("C06", "C07", "C08", "C15") and renstra[sid]:
                ws[f"K{r}"] = f"=ROUND(H{r}/J{r}*100,2)"
            else:
                ws[f"K{r}"] = "-"
            ws[f"K{r}"].border = BORDER
            cell(ws, f"L{r}", "Sangat Tinggi" if sid not in ("C18",) else "Sangat Tinggi")
            if sid == "C04":
                rec.note(fname, sh, r, "C04 (negative, desa Tertinggal): capaian I uses the positive formula H/G*100 (76,92 instead of 123,08).")
            if sid == "C05":
                rec.note(fname, sh, r, "C05 (negative): Renstra target 0, so K (=H/J*100) is #DIV/0!.")
            if sid in ("C07", "C08"):
                rec.note(fname, sh, r, f"{sid}: realisasi typed '{rs[0]}' (key {rs[2]}); capaian typed.")
            if sid == "C15":
                rec.note(fname, sh, r, "C15: realisasi typed '1.250 orang' (Indonesian grouping, key 1250; online training during COVID-19); capaian typed 416,67 (right).")
            if sid == "C18":
                rec.note(fname, sh, r, "C18: capaian typed 93,64 while 79,6/85 = 93,647 (truncated instead of rounded to 93,65).")
            if sid == "C21":
                rec.note(fname, sh, r, "C21: realisasi a %-formatted fraction 0,1379 (key 13.79).")
            if sid == "C06":
                rec.note(fname, sh, r, "C06: realisasi typed as text '0,6512' (key 0.6512).")
            if sid == "C13b":
                rec.note(fname, sh, r, "C13b: the 2017 / 2018 columns carry C13's figures (68,03 / 81,63) under the new name (not keyed; C13 / C13b ambiguous).")
            if sid == "C20":
                rec.note(fname, sh, r, "C20: grades BB / BB: key null / null; capaian typed 100.")
            if sid == "C22":
                rec.note(fname, sh, r, "C22: new indicator in 2020; earlier years '-'.")
            r += 1
    rec.sheet_doc(fname, sh, "visible",
                  "Title rows 1-3; header rows 5-6: A No, B Indikator Kinerja, C Satuan, D-F 'Realisasi' with "
                  "the years 2017, 2018, 2019 rotated 90 degrees in row 6, G-I 'Tahun 2020' with Target, "
                  "Realisasi, Capaian (%) (rotated), J Target Akhir Renstra (2021), K Capaian s.d. 2020 thd "
                  "Renstra, L Kategori. Full-width 'SASARAN n' rows (not key rows). Data rows 8-"
                  f"{r - 1} (21 indicators). Key: name B, target G, realisasi H; D-F are earlier years (not keyed).")
    ws[f"B{r + 1}"] = "Sumber: Bidang PMD, Kemendesa PDTT (IDM 2020), OM-SPAN (penyaluran DD)"
    signature(ws, r + 3, "H", "Tanjung Seruni, 25 Februari 2021",
              ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT", "DAN DESA"], *KADIS)
    wa = wb.create_sheet("Tabel 3.2 Anggaran")
    wa["A1"] = "Tabel 3.2 Realisasi Anggaran per Program Tahun 2020"
    for i, h in enumerate(["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]):
        hdr(wa, f"{'ABCDE'[i]}3", h)
    progs = [("Program Pelayanan Administrasi Perkantoran", 1250000000, 1187430500),
             ("Program Peningkatan Kapasitas Aparatur Pemerintah Desa", 985000000, 612350000),
             ("Program Pengembangan Ekonomi Desa / BUMDes", 420000000, 398120000),
             ("Program Penguatan Kelembagaan Desa", 310500000, 286440000)]
    for i, (p, a, b) in enumerate(progs):
        wa.cell(4 + i, 1, i + 1)
        wa.cell(4 + i, 2, p)
        wa.cell(4 + i, 3, a).number_format = "#,##0"
        wa.cell(4 + i, 4, b).number_format = "#,##0"
        wa.cell(4 + i, 5, f"=ROUND(D{4 + i}/C{4 + i}*100,2)")
    rec.sheet_doc(fname, "Tabel 3.2 Anggaran", "visible", "Budget per programme (rows 4-7). No key rows.")
    wn = wb.create_sheet("Catatan")
    for i, t in enumerate(["Catatan:", "- IDM 2020 ditetapkan Kemendesa PDTT pada Juli 2020.",
                           "- Pelatihan aparatur desa 2020 dilaksanakan daring (1.250 peserta).",
                           "- Predikat SAKIP 2020 (LHE 2021): BB."]):
        wn.cell(i + 1, 1, t)
    rec.sheet_doc(fname, "Catatan", "visible", "Notes only. No key rows.")
    wb.save(os.path.join(OUT, "LKjIP DPMD Tanjung Seruni 2020.xlsx"))


AGENCY_NOTES = (
    "Flows (per-period quantities; a sum of quarters is the year): C12 (BUMDes baru), C15 (aparatur "
    "dilatih), C19 (desa Pilkades). Levels / cumulative (the last reported quarter is the year): all the "
    "others; C20 is a grade. Negative indicators: C04, C05. 147 desa; the five status counts C01-C05 "
    "add up to 147 each year.")

LOOKALIKES = (
    "Look-alikes that must NOT be merged: the five village-status counts C01 Mandiri, C02 Maju, C03 "
    "Berkembang, C04 Tertinggal, C05 Sangat Tertinggal (C05 contains C04's words); C08 penyerapan Dana Desa vs "
    "C09 penyerapan Alokasi Dana Desa (ADD); C10 'Jumlah BUMDes' (2019: 'Jumlah BUMDes yang terbentuk', "
    "cumulative) vs C11 'Jumlah BUMDes aktif' vs C12 'Jumlah BUMDes baru (terbentuk)' (a flow); C07 "
    "penyaluran DD tepat waktu vs C08 penyerapan DD; C21 'Persentase BUMDes berkategori maju' vs C02 "
    "'Jumlah Desa Maju'. Ambiguous: C13 'menyusun APBDes tepat waktu' (2017-2018) vs C13b 'menetapkan "
    "(Perdes) APBDes tepat waktu' (2019-2020).")


def build():
    os.makedirs(OUT, exist_ok=True)
    rec = Recorder(AGENCY, SLUG, YEARS)
    y2017_2018(rec)
    y2019(rec)
    prev = {(k["same_as"], k["year"]): k["realisasi"] for k in rec.keys}
    y2020(rec, prev)
    return rec, [["C13", "C13b"]]


if __name__ == "__main__":
    build()
