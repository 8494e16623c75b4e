#!/usr/bin/env python3
"""Build the blind15 held-out set: six workbooks of six invented agencies and their keys.

Usage:  python3 gen/build.py          (from tests/data/blind15/ or anywhere)

Each workbook is first written with openpyxl to a temporary .xlsx, then converted by
LibreOffice (headless) into its final form: .xlsx (so that every formula carries a cached
value), .xls or .ods.  The key (<name>.key.json) is written from the same definitions.
Run gen/check.py afterwards: it re-reads the produced files and verifies every key entry.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")


# ---------------------------------------------------------------- decimals
def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def r2(x):
    """Round half away from zero to two decimals (Decimal ROUND_HALF_UP rounds ties away from zero)."""
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def t2(x):
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_DOWN)


def plain(x):
    """Plain decimal string without exponent or trailing zeros."""
    if x is None:
        return None
    d = D(x)
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s != "-0" else "0"


def s2(x):
    return format(r2(x), "f")


# ---------------------------------------------------------------- key collector
class Key:
    def __init__(self, file, layout):
        self.d = {"file": file, "layout": layout, "mistakes": [], "traps": [],
                  "clean_rows": [], "indicators": []}

    def mistake(self, sheet, cell, kind, correct, note):
        row = int("".join(c for c in cell if c.isdigit()))
        self.d["mistakes"].append({"sheet": sheet, "row": row, "cell": cell, "kind": kind,
                                   "correct": correct, "note": note})

    def trap(self, sheet, cell, kind, note):
        row = int("".join(c for c in cell if c.isdigit()))
        self.d["traps"].append({"sheet": sheet, "row": row, "cell": cell, "kind": kind, "note": note})

    def clean(self, sheet, row):
        self.d["clean_rows"].append({"sheet": sheet, "row": row})

    def ind(self, sheet, row, name, target, realisasi, note):
        self.d["indicators"].append({"sheet": sheet, "row": row, "name": name, "target": target,
                                     "realisasi": realisasi, "note": note})

    def write(self, path):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.d, f, ensure_ascii=False, indent=2)
            f.write("\n")


# ---------------------------------------------------------------- sheet helpers
def put(ws, ref, value, fmt=None, bold=False, align=None, border=True):
    c = ws[ref]
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if align is not None:
        c.alignment = align
    if border:
        c.border = BORDER
    return c


def title(ws, row, text, first="A", last="I", size=12):
    ws.merge_cells(f"{first}{row}:{last}{row}")
    c = ws[f"{first}{row}"]
    c.value = text
    c.font = Font(bold=True, size=size)
    c.alignment = Alignment(horizontal="center", vertical="center")


def box(ws, first_row, last_row, first_col, last_col):
    for r in range(first_row, last_row + 1):
        for col in range(first_col, last_col + 1):
            ws.cell(row=r, column=col).border = BORDER


def merge_down(ws, col, r1, r2_, value, align=LEFT):
    if r2_ > r1:
        ws.merge_cells(f"{col}{r1}:{col}{r2_}")
    c = ws[f"{col}{r1}"]
    c.value = value
    c.alignment = align
    c.border = BORDER


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


def signature(ws, row, col, lines):
    for i, text in enumerate(lines):
        c = ws[f"{col}{row + i}"]
        c.value = text
        if i in (len(lines) - 3,):
            c.font = Font(bold=True, underline="single")


def cat_permendagri(x):
    x = D(x)
    if x >= 91:
        return "Sangat Tinggi"
    if 76 <= x <= 90:
        return "Tinggi"
    if 66 <= x <= 75:
        return "Sedang"
    if 51 <= x <= 65:
        return "Rendah"
    if x <= 50:
        return "Sangat Rendah"
    raise ValueError(f"value {x} falls in a gap of the Permendagri scale")


def cat_lkjip(x):
    x = D(x)
    if x > 90:
        return "Sangat Tinggi"
    if x > 75:
        return "Tinggi"
    if x > 65:
        return "Sedang"
    if x > 50:
        return "Rendah"
    return "Sangat Rendah"


# ============================================================================ W1
def w1():
    """Dinas Kesehatan Kabupaten Sleman 2023: annual, .xlsx, capaian as formulas."""
    fname = "Pengukuran Kinerja Dinkes Sleman 2023.xlsx"
    sh = "PK 2023"
    wb = Workbook()
    ws = wb.active
    ws.title = sh
    layout = (
        "One sheet 'PK 2023'. Title in rows 1-3 (PENGUKURAN KINERJA / DINAS KESEHATAN KABUPATEN SLEMAN / "
        "TAHUN 2023), one header row (row 5: No, Sasaran Strategis, Indikator Kinerja, Satuan, Polaritas, "
        "Target, Realisasi, Capaian (%), Kategori) and a numbering row (row 6: (1)..(9)). Indicators in rows "
        "7-20; the Sasaran Strategis is merged down its rows (B7:B11, B12:B18, B19:B20). Percentage targets and "
        "realisasi are stored as fractions under a 0.00% format (0.065 = 6,50 %); other figures are plain "
        "numbers, grades are text. Capaian (column H, percent points, format 0.00) is mostly a formula with a "
        "LibreOffice-cached value: =ROUND(G/F*100,2) for Polaritas 'Positif' and =ROUND((2*F-G)/F*100,2) for "
        "Polaritas 'Negatif', i.e. negative indicators use (2T-R)/T. The workbook caps nothing and floors "
        "nothing (stated in the Keterangan under the table, rows 22-24: 'tidak dibatasi batas atas maupun "
        "batas bawah'). Kategori (column I, typed text) uses the Permendagri bands stated in row 24: >= 91 "
        "Sangat Tinggi, 76-90 Tinggi, 66-75 Sedang, 51-65 Rendah, <= 50 Sangat Rendah. Budget lines in rows "
        "26-27, place/date and signature block of the Kepala Dinas from row 29 (column G).")
    k = Key(fname, layout)

    title(ws, 1, "PENGUKURAN KINERJA")
    title(ws, 2, "DINAS KESEHATAN KABUPATEN SLEMAN")
    title(ws, 3, "TAHUN 2023")
    heads = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target",
             "Realisasi", "Capaian (%)", "Kategori"]
    for i, h in enumerate(heads):
        col = get_column_letter(i + 1)
        put(ws, f"{col}5", h, bold=True, align=CENTER)
        put(ws, f"{col}6", f"({i + 1})", align=CENTER)
    widths(ws, {"A": 5, "B": 30, "C": 46, "D": 18, "E": 11, "F": 11, "G": 11, "H": 12, "I": 15})

    P = "0.00%"
    # (name, satuan, polaritas, target, realisasi, is_pct, capaian_mode, kategori_written)
    rows = [
        ("Angka Kematian Ibu (AKI)", "per 100.000 KH", "Negatif", 85, 68.4, False, "neg", None),
        ("Angka Kematian Bayi (AKB)", "per 1.000 KH", "Negatif", 5.5, 5.9, False, "pos", None),
        ("Prevalensi stunting pada balita", "%", "Negatif", 0.065, 0.0588, True, "neg", None),
        ("Usia Harapan Hidup (UHH)", "tahun", "Positif", 74.85, 74.91, False, "pos", None),
        ("Incidence Rate Demam Berdarah Dengue (DBD)", "per 100.000 penduduk", "Negatif", 40, 92, False,
         "neg_floor", None),
        ("Persentase Puskesmas terakreditasi Paripurna", "%", "Positif", 0.60, 0.68, True, "pos", None),
        ("Cakupan imunisasi dasar lengkap", "%", "Positif", 0.95, 0.912, True, "pos", "Tinggi"),
        ("Indeks Kepuasan Masyarakat (IKM) layanan Puskesmas", "nilai", "Positif", 82.5, 79.45, False,
         ("typed", 96.03), None),
        ("Persentase fasyankes yang melaporkan SIMPUS tepat waktu", "%", "Positif", 1.00, 0.875, True, "pos",
         None),
        ("Treatment Coverage (TC) Tuberkulosis", "%", "Positif", 0.90, 0.6237, True, "pos", None),
        ("Rasio dokter per 1.000 penduduk", "per 1.000 penduduk", "Positif", 0.45, 0.52, False, "pos", None),
        ("Jumlah Puskesmas baru yang dibangun", "unit", "Positif", 0, 1, False, ("typed", 100), "Sangat Tinggi"),
        ("Nilai Evaluasi SAKIP Dinas Kesehatan", "predikat", "Positif", "B", "BB", False, ("typed", 100),
         "Sangat Tinggi"),
        ("Persentase realisasi anggaran Dinas Kesehatan", "%", "Positif", 0.96, 0.9349, True, "trunc", None),
    ]
    sasaran = [(7, 11, "Meningkatnya derajat kesehatan masyarakat"),
               (12, 18, "Meningkatnya mutu dan akses pelayanan kesehatan"),
               (19, 20, "Meningkatnya akuntabilitas kinerja Dinas Kesehatan")]
    for r1_, r2_, text in sasaran:
        merge_down(ws, "B", r1_, r2_, text)
        box(ws, r1_, r2_, 2, 2)

    r = 7
    for i, (name, sat, pol, T, R, is_pct, mode, kat) in enumerate(rows):
        put(ws, f"A{r}", i + 1, align=CENTER)
        put(ws, f"C{r}", name, align=LEFT)
        put(ws, f"D{r}", sat, align=CENTER)
        put(ws, f"E{r}", pol, align=CENTER)
        def nfmt(v):
            if isinstance(v, str):
                return None
            return P if is_pct else ("#,##0.00" if isinstance(v, float) else "#,##0")
        put(ws, f"F{r}", T, fmt=nfmt(T), align=RIGHT)
        put(ws, f"G{r}", R, fmt=nfmt(R), align=RIGHT)
        if isinstance(T, str):
            ws[f"F{r}"].alignment = CENTER
            ws[f"G{r}"].alignment = CENTER
        if mode == "pos":
            f = f"=ROUND(G{r}/F{r}*100,2)"
        elif mode == "neg":
            f = f"=ROUND((2*F{r}-G{r})/F{r}*100,2)"
        elif mode == "neg_floor":
            f = f"=MAX(0,ROUND((2*F{r}-G{r})/F{r}*100,2))"
        elif mode == "trunc":
            f = f"=ROUNDDOWN(G{r}/F{r}*100,2)"
        else:
            f = mode[1]
        put(ws, f"H{r}", f, fmt="0.00", align=RIGHT)
        # expected values
        if isinstance(T, str) or D(T) == 0:
            exact = None
        elif pol == "Negatif":
            exact = (2 * D(T) - D(R)) / D(T) * 100
        else:
            exact = D(R) / D(T) * 100
        if kat is None:
            kat = cat_permendagri(r2(exact))
        put(ws, f"I{r}", kat, align=CENTER)
        mult = 100 if is_pct else 1
        tt = None if isinstance(T, str) else plain(D(T) * mult)
        rr = None if isinstance(R, str) else plain(D(R) * mult)
        form = "(2T-R)/T" if pol == "Negatif" else "R/T"
        note = f"Polaritas {pol}; capaian = {form} x 100"
        if exact is not None:
            note += f" = {plain(exact.quantize(Decimal('0.0001'), ROUND_HALF_UP))} -> {s2(exact)}"
        if isinstance(T, str):
            note = f"grade indicator: target {T}, realisasi {R}; BB is above B, so 100"
        if tt == "0":
            note = "target 0: capaian undefined"
        k.ind(sh, r, name, tt, rr, note + ("; percentages stored as fractions under a 0.00% format"
                                          if is_pct else ""))
        r += 1

    # annotations (rows: 7 AKI, 8 AKB, 9 stunting, 10 UHH, 11 DBD, 12 Pusk, 13 imunisasi, 14 IKM,
    # 15 SIMPUS, 16 TB, 17 rasio dokter, 18 Pusk baru, 19 SAKIP, 20 anggaran)
    k.trap(sh, "H7", "negative_above_100_uncapped",
           "AKI is Negatif; (2 x 85 - 68,4) / 85 x 100 = 119,5294 -> 119,53; the workbook neither caps nor floors, "
           "so 119,53 above 100 is right")
    k.mistake(sh, "H8", "negative_with_positive_formula", "92.73",
              "AKB is Negatif but H8 holds =ROUND(G8/F8*100,2) = 5,9 / 5,5 x 100 = 107,27; the workbook's "
              "negative formula gives (2 x 5,5 - 5,9) / 5,5 x 100 = 92,7273 -> 92,73")
    k.clean(sh, 9)
    k.clean(sh, 10)
    k.mistake(sh, "H11", "floored_in_non_flooring_workbook", "-30.00",
              "DBD is Negatif; (2 x 40 - 92) / 40 x 100 = -30,00; H11 holds =MAX(0,...) and shows 0, but the "
              "workbook states that capaian is neither capped nor floored (row 23); category stays Sangat Rendah")
    k.clean(sh, 12)
    k.mistake(sh, "I13", "category_mismatch", "Sangat Tinggi",
              "0,912 / 0,95 x 100 = 96,00, which is >= 91: Sangat Tinggi on the stated Permendagri bands, "
              "not Tinggi")
    k.mistake(sh, "H14", "wrong_pct", "96.30",
              "typed 96,03 over the formula; 79,45 / 82,5 x 100 = 96,3030 -> 96,30 (digits swapped)")
    k.clean(sh, 15)
    k.clean(sh, 16)
    k.trap(sh, "H17", "above_100_uncapped",
           "0,52 / 0,45 x 100 = 115,5556 -> 115,56; above 100 is right because the workbook does not cap")
    k.mistake(sh, "H18", "target_zero_with_pct", None,
              "target 0 unit, realisasi 1 unit, capaian typed 100: capaian is undefined when the target is 0")
    k.trap(sh, "H19", "grade_above_target_100",
           "grade indicator: target B, realisasi BB (BB ranks above B), typed 100 is right")
    k.mistake(sh, "H20", "truncated", "97.39",
              "H20 holds =ROUNDDOWN(G20/F20*100,2) = 97,38; 0,9349 / 0,96 x 100 = 97,3854 -> 97,39 when "
              "rounded half away from zero")

    # notes, budget, signature
    ws["B22"] = "Keterangan:"
    ws["B22"].font = BOLD
    ws["B23"] = ("Polaritas Positif: Capaian = Realisasi / Target x 100 %; Polaritas Negatif: Capaian = "
                 "(2 x Target - Realisasi) / Target x 100 %. Capaian tidak dibatasi batas atas maupun batas bawah.")
    ws["B24"] = ("Kategori capaian (Permendagri 86/2017): >= 91 Sangat Tinggi; 76 - 90 Tinggi; 66 - 75 Sedang; "
                 "51 - 65 Rendah; <= 50 Sangat Rendah.")
    ws["B26"] = "Jumlah Anggaran Tahun 2023 : Rp. 187.452.918.000"
    ws["B27"] = "Jumlah Realisasi Anggaran Tahun 2023 : Rp. 175.248.311.540"
    signature(ws, 29, "G", ["Sleman, 31 Januari 2024", "Kepala Dinas Kesehatan", "Kabupaten Sleman", "", "", "",
                            "dr. Wahyu Setyaningrum, M.Kes.", "Pembina Utama Muda",
                            "NIP. 19710314 199803 2 006"])
    ws.print_title_rows = "5:6"
    return wb, k, "xlsx"


# ============================================================================ W2
def w2():
    """Dinas Pendidikan Kabupaten Gresik 2024: annual, .xls, typed values, no polarity column, cap 120."""
    fname = "PK_DISPENDIK_GRESIK_2024.xls"
    sh = "Pengukuran Kinerja"
    wb = Workbook()
    ws = wb.active
    ws.title = sh
    layout = (
        "Excel 97 (.xls), one sheet 'Pengukuran Kinerja'. Title rows 1-3 (PENGUKURAN KINERJA / DINAS "
        "PENDIDIKAN KABUPATEN GRESIK / TAHUN 2024), one header row (row 5: No, Indikator Kinerja, Target, "
        "Realisasi, Capaian (%), Keterangan), numbering row 6 ((1)..(6)). Sasaran are section rows (rows 7, "
        "14 and 20: a roman numeral in A and the sasaran merged over B:F). Target and Realisasi are TEXT with "
        "the unit inside the cell ('98,20 %', '1.012 sekolah'), Indonesian decimal comma and dot thousands. "
        "Capaian (column E) is a typed number in percent points, General format, mostly two decimals. There "
        "is NO polarity column: the plainly lower-is-better indicators (Angka Putus Sekolah SD/MI and SMP/MTs, "
        "Persentase anak tidak sekolah, Angka Buta Aksara) are computed by the workbook as Target / Realisasi "
        "x 100 (T/R), consistently (rows 10, 12, 13). Capaian is capped at 120 (note in row 25: 'Capaian "
        "kinerja dibatasi paling tinggi 120 %'), applied in rows 13 and 17. No categories. Budget lines rows "
        "26-27, signature block from row 29 (column E).")
    k = Key(fname, layout)
    title(ws, 1, "PENGUKURAN KINERJA", last="F")
    title(ws, 2, "DINAS PENDIDIKAN KABUPATEN GRESIK", last="F")
    title(ws, 3, "TAHUN 2024", last="F")
    heads = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Keterangan"]
    for i, h in enumerate(heads):
        col = get_column_letter(i + 1)
        put(ws, f"{col}5", h, bold=True, align=CENTER)
        put(ws, f"{col}6", f"({i + 1})", align=CENTER)
    widths(ws, {"A": 5, "B": 58, "C": 16, "D": 18, "E": 12, "F": 30})

    def section(r, roman, text):
        put(ws, f"A{r}", roman, bold=True, align=CENTER)
        ws.merge_cells(f"B{r}:F{r}")
        put(ws, f"B{r}", text, bold=True, align=LEFT)
        box(ws, r, r, 1, 6)

    section(7, "I", "Sasaran: Meningkatnya akses dan pemerataan layanan pendidikan dasar")
    section(14, "II", "Sasaran: Meningkatnya mutu pendidikan dasar")
    section(20, "III", "Sasaran: Meningkatnya akuntabilitas kinerja dan tata kelola Dinas Pendidikan")

    # row, no, name, target text, realisasi text, capaian written, keterangan
    data = [
        (8, 1, "Angka Partisipasi Murni (APM) SD/MI", "98,20 %", "98,65 %", 100.46, ""),
        (9, 2, "Angka Partisipasi Murni (APM) SMP/MTs", "84,50 %", "82,17 %", 97.42, ""),
        (10, 3, "Angka Putus Sekolah SD/MI", "0,12 %", "0,11 %", 109.09, ""),
        (11, 4, "Angka Putus Sekolah SMP/MTs", "0,35 %", "0,38 %", 108.57, ""),
        (12, 5, "Persentase anak tidak sekolah (ATS) usia 7-15 tahun", "1,10 %", "0,96 %", 114.6, ""),
        (13, 6, "Angka Buta Aksara penduduk usia 15-59 tahun", "0,40 %", "0,30 %", 120, ""),
        (15, 7, "Persentase satuan pendidikan SD yang mencapai kompetensi minimum literasi", "65 %", "72,4 %",
         111.38, "Rapor Pendidikan 2024"),
        (16, 8, "Persentase guru SD dan SMP yang bersertifikat pendidik", "78 %", "97,5 %", 125.00, ""),
        (17, 9, "Jumlah satuan pendidikan yang menerapkan Kurikulum Merdeka", "1.012 sekolah", "1.236 sekolah",
         120, ""),
        (18, 10, "Persentase satuan pendidikan dengan Rapor Pendidikan kategori baik", "60 %", "belum ada data",
         "-", "Rapor Pendidikan 2025 belum terbit"),
        (19, 11, "Angka Kelulusan SD/MI", "99,80 %", "100 %", 100.20, ""),
        (21, 12, "Nilai Evaluasi SAKIP Dinas Pendidikan", "BB", "BB", 100, ""),
        (22, 13, "Persentase realisasi fisik kegiatan", "100 %", "96,45 %", 0.9645, ""),
        (23, 14, "Persentase penyelesaian tindak lanjut rekomendasi hasil pemeriksaan Inspektorat", "100 %",
         "n/a", 100, "LHP Inspektorat belum diterima"),
    ]
    for r, no, name, T, R, cap, ket in data:
        put(ws, f"A{r}", no, align=CENTER)
        put(ws, f"B{r}", name, align=LEFT)
        put(ws, f"C{r}", T, align=CENTER)
        put(ws, f"D{r}", R, align=CENTER)
        put(ws, f"E{r}", cap, fmt="General", align=RIGHT)
        put(ws, f"F{r}", ket or None, align=LEFT)

    neg = {10, 11, 12, 13}

    def num(txt):
        t = txt.replace("%", "").replace("sekolah", "").strip()
        return D(t.replace(".", "").replace(",", "."))

    for r, no, name, T, R, cap, ket in data:
        if r == 21:
            k.ind(sh, r, name, None, None, "grade indicator: target BB, realisasi BB -> 100")
            continue
        tv = num(T)
        rv = None if R in ("belum ada data", "n/a") else num(R)
        if rv is None:
            note = f"realisasi '{R}': not available, capaian cannot be computed"
        else:
            if r in neg:
                exact = tv / rv * 100
                note = f"lower is better (no polarity column), workbook formula T/R: {plain(tv)} / {plain(rv)} x 100"
            else:
                exact = rv / tv * 100
                note = f"R/T: {plain(rv)} / {plain(tv)} x 100"
            note += f" = {plain(exact.quantize(Decimal('0.0001'), ROUND_HALF_UP))}"
            capped = min(exact, Decimal(120))
            note += f" -> {s2(capped)}" + (" (capped at 120)" if exact > 120 else "")
        k.ind(sh, r, name, plain(tv), None if rv is None else plain(rv), note)

    k.clean(sh, 8)
    k.mistake(sh, "E9", "wrong_pct", "97.24",
              "82,17 / 84,50 x 100 = 97,2426 -> 97,24; 97,42 is written (digits swapped)")
    k.clean(sh, 10)
    k.mistake(sh, "E11", "negative_with_positive_formula", "92.11",
              "Angka Putus Sekolah SMP/MTs is lower-is-better; the workbook's negative formula T/R gives "
              "0,35 / 0,38 x 100 = 92,1053 -> 92,11; 108,57 = 0,38 / 0,35 x 100 is the positive formula")
    k.trap(sh, "E12", "stated_fewer_decimals_rounds_right",
           "lower-is-better, T/R: 1,10 / 0,96 x 100 = 114,5833; written 114,6 with one decimal, which is the "
           "exact value rounded to one decimal")
    k.trap(sh, "E13", "negative_capped_at_policy_bound",
           "lower-is-better, T/R: 0,40 / 0,30 x 100 = 133,33, capped at the workbook's 120 -> 120 is right")
    k.clean(sh, 15)
    k.mistake(sh, "E16", "uncapped_in_capping_workbook", "120.00",
              "97,5 / 78 x 100 = 125,00 exactly, but the workbook caps capaian at 120 (row 25; rows 13 and 17 "
              "apply it): 120")
    k.trap(sh, "E17", "capped_at_policy_bound",
           "1.236 / 1.012 x 100 = 122,1344 (dot groups thousands: whole schools), capped at 120 -> 120 is right")
    k.clean(sh, 19)
    k.clean(sh, 21)
    k.mistake(sh, "E22", "fraction_in_percent_points_column", "96.45",
              "96,45 / 100 x 100 = 96,45; E22 holds 0,9645 (General format) in a column of percent points: "
              "the fraction")
    k.mistake(sh, "E23", "pct_without_realisasi", None,
              "realisasi 'n/a' (LHP not received) but capaian 100 is written; nothing can be computed")

    ws["B25"] = "Catatan: capaian kinerja dibatasi paling tinggi 120 %."
    ws["B26"] = "Jumlah Anggaran Tahun 2024 : Rp. 1.248.603.775.000"
    ws["B27"] = "Jumlah Realisasi Anggaran Tahun 2024 : Rp. 1.183.920.416.318"
    signature(ws, 29, "E", ["Gresik, 24 Januari 2025", "KEPALA DINAS PENDIDIKAN", "KABUPATEN GRESIK", "", "", "",
                            "Drs. HARIYANTO WIBISONO, M.Pd.", "Pembina Utama Muda",
                            "NIP. 19680722 199303 1 009"])
    return wb, k, "xls"


# ============================================================================ W3
def w3():
    """Dinas Tenaga Kerja Kota Surakarta 2024: quarterly Rencana Aksi, .xlsx, typed values, cap 100 floor 0."""
    fname = "Rencana Aksi TW I-IV Disnaker Surakarta 2024.xlsx"
    sh = "RA 2024"
    wb = Workbook()
    ws = wb.active
    ws.title = sh
    layout = (
        "One sheet 'RA 2024', Pengukuran Kinerja berdasarkan Rencana Aksi Perjanjian Kinerja (quarterly). "
        "Title rows 1-3. Two header rows (5-6): No, Sasaran Strategis, Indikator Kinerja, Satuan, Arah, "
        "'Kriteria Keberhasilan (Target Tahunan & Triwulan)' over F:I with Periode / Target / Realisasi / "
        "Capaian (%) in row 6, and Penanggung Jawab; numbering row 7 ((1)..(10)). Each indicator is a block "
        "of five rows: 'Target Tahunan' (target only) then 'TW I (B03)'..'TW IV (B12)' with target, realisasi "
        "and capaian; No, Indikator, Satuan, Arah and Penanggung Jawab are merged down the block, the Sasaran "
        "down its blocks (B8:B32, B33:B42). Polarity in column E 'Arah': Maximize / Minimize. Values are "
        "typed (no formulas); capaian in percent points (General format). Capaian per quarter = quarter "
        "realisasi against quarter target: R/T for Maximize, (2T-R)/T for Minimize, then CAPPED at 100 and "
        "FLOORED at 0 (note in row 44: 'Capaian maksimal 100 % dan minimal 0 %'). Quarter-target styles: per "
        "quarter (kasus perselisihan 3/3/3/3 for 12), cumulative (pencari kerja, upah minimum, kecelakaan "
        "kerja, tenaga kerja bersertifikat, laporan), and a schedule in percent of the year's work (LPK "
        "terakreditasi: 25/50/75/100 % stored as fractions under a 0% format against an annual 16 LPK; its "
        "realisasi likewise as fractions under 0.00%). Signature block from row 46 (column H).")
    k = Key(fname, layout)
    title(ws, 1, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", last="J")
    title(ws, 2, "DINAS TENAGA KERJA KOTA SURAKARTA", last="J")
    title(ws, 3, "TAHUN ANGGARAN 2024", last="J")
    for col, h in zip("ABCDE", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Arah"]):
        ws.merge_cells(f"{col}5:{col}6")
        put(ws, f"{col}5", h, bold=True, align=CENTER)
        ws[f"{col}6"].border = BORDER
    ws.merge_cells("F5:I5")
    put(ws, "F5", "Kriteria Keberhasilan (Target Tahunan & Triwulan)", bold=True, align=CENTER)
    box(ws, 5, 5, 6, 9)
    for col, h in zip("FGHI", ["Periode", "Target", "Realisasi", "Capaian (%)"]):
        put(ws, f"{col}6", h, bold=True, align=CENTER)
    ws.merge_cells("J5:J6")
    put(ws, "J5", "Penanggung Jawab", bold=True, align=CENTER)
    ws["J6"].border = BORDER
    for i in range(10):
        put(ws, f"{get_column_letter(i + 1)}7", f"({i + 1})", align=CENTER)
    widths(ws, {"A": 5, "B": 28, "C": 40, "D": 10, "E": 10, "F": 15, "G": 10, "H": 11, "I": 12, "J": 28})

    periods = ["Target Tahunan", "TW I (B03)", "TW II (B06)", "TW III (B09)", "TW IV (B12)"]
    # name, satuan, arah, annual, [tw targets], [tw realisasi], [written capaian], pj, target fmt, real fmt
    blocks = [
        ("Jumlah kasus perselisihan hubungan industrial yang tidak terselesaikan", "kasus", "Minimize", 12,
         [3, 3, 3, 3], [2, 4, 7, 3], [100, 66.67, 0, 100], "Kabid Hubungan Industrial dan Jamsos", None, None),
        ("Jumlah pencari kerja yang ditempatkan", "orang", "Maximize", 2400,
         [500, 1100, 1750, 2400], [520, 1040, 1812, 2390], [100, 94.55, 103.54, 99.58],
         "Kabid Penempatan dan Perluasan Kesempatan Kerja", "#,##0", "#,##0"),
        ("Persentase perusahaan yang menerapkan upah minimum", "%", "Maximize", 92,
         [85, 88, 90, 92], [86.2, 87.1, 90.4, 91.3], [100, 98.97, 100, 99.24],
         "Kabid Hubungan Industrial dan Jamsos", None, None),
        ("Jumlah Lembaga Pelatihan Kerja (LPK) yang terakreditasi", "LPK", "Maximize", 16,
         [0.25, 0.50, 0.75, 1.00], [0.20, 0.50, 0.6875, 0.9375], [80.00, 100, 91.67, 0.9375],
         "Kabid Pelatihan dan Produktivitas", "0%", "0.00%"),
        ("Jumlah kasus kecelakaan kerja", "kasus", "Minimize", 40,
         [10, 20, 30, 40], [9, 22, 27, 44], [100, 90.00, 90.00, 90.00],
         "Kabid Hubungan Industrial dan Jamsos", None, None),
        ("Persentase tenaga kerja yang bersertifikat kompetensi", "%", "Maximize", 64,
         [15, 30, 45, 61], [16, 29.5, 44, 60.5], [100, 98.33, 97.78, 99.18],
         "Kabid Pelatihan dan Produktivitas", None, None),
        ("Jumlah laporan kinerja dan keuangan yang tersusun tepat waktu", "laporan", "Maximize", 4,
         [1, 2, 3, 4], [1, 2, 3, 4], [100, 100, 100, 100], "Sekretaris", None, None),
    ]
    r = 8
    starts = []
    for bi, (name, sat, arah, ann, tts, rrs, caps, pj, tf, rf) in enumerate(blocks):
        starts.append(r)
        merge_down(ws, "A", r, r + 4, bi + 1, align=CENTER)
        merge_down(ws, "C", r, r + 4, name)
        merge_down(ws, "D", r, r + 4, sat, align=CENTER)
        merge_down(ws, "E", r, r + 4, arah, align=CENTER)
        merge_down(ws, "J", r, r + 4, pj)
        box(ws, r, r + 4, 1, 10)
        for p in range(5):
            put(ws, f"F{r + p}", periods[p])
        put(ws, f"G{r}", ann, fmt="#,##0" if ann >= 1000 else None, align=RIGHT)
        put(ws, f"H{r}", None)
        put(ws, f"I{r}", None)
        for q in range(4):
            rr = r + 1 + q
            put(ws, f"G{rr}", tts[q], fmt=tf, align=RIGHT)
            put(ws, f"H{rr}", rrs[q], fmt=rf, align=RIGHT)
            put(ws, f"I{rr}", caps[q], fmt="General", align=RIGHT)
        r += 5
    merge_down(ws, "B", 8, 32, "Meningkatnya penyerapan dan perlindungan tenaga kerja")
    merge_down(ws, "B", 33, 42, "Meningkatnya kompetensi tenaga kerja dan akuntabilitas kinerja Dinas")

    # indicators: annual row and each quarter row
    for bi, (name, sat, arah, ann, tts, rrs, caps, pj, tf, rf) in enumerate(blocks):
        r0 = starts[bi]
        sched = tf == "0%"
        style = {0: "per quarter (3 + 3 + 3 + 3 = 12)", 3: "schedule in percent of the year's work "
                 "(25/50/75/100 %) against an annual target in LPK", 5: "cumulative, but TW IV 61 differs from "
                 "the annual 64 (planted mistake)"}.get(bi, "cumulative (TW IV equals the annual target)")
        k.ind(sh, r0, name, plain(ann), None,
              f"Target Tahunan row (annual target only); Arah {arah}; quarter-target style: {style}")
        for q in range(4):
            rr = r0 + 1 + q
            T = D(tts[q]) * (100 if sched else 1)
            R = D(rrs[q]) * (100 if sched else 1)
            exact = (2 * T - R) / T * 100 if arah == "Minimize" else R / T * 100
            pol = min(max(exact, Decimal(0)), Decimal(100))
            form = "(2T-R)/T" if arah == "Minimize" else "R/T"
            note = (f"{periods[q + 1]}; {form} = {plain(exact.quantize(Decimal('0.0001'), ROUND_HALF_UP))}"
                    f" -> {s2(pol)} after cap 100 / floor 0")
            if sched:
                note += "; target and realisasi are percent of the year's work (fractions under a % format)"
            k.ind(sh, rr, name, plain(T), plain(R), note)

    S = starts  # 8, 13, 18, 23, 28, 33, 38
    k.trap(sh, f"I{S[0] + 1}", "negative_capped_at_100",
           "Minimize: (2 x 3 - 2) / 3 x 100 = 133,33, capped at 100 by the workbook's policy -> 100 is right")
    k.clean(sh, S[0] + 2)
    k.trap(sh, f"I{S[0] + 3}", "floored_at_0",
           "Minimize: (2 x 3 - 7) / 3 x 100 = -33,33, floored at 0 by the workbook's policy (row 44) -> 0 is right")
    k.trap(sh, f"G{S[0] + 4}", "quarter_targets_per_quarter_sum",
           "TW IV target 3 against an annual 12: the quarter targets are per quarter, 3 + 3 + 3 + 3 = 12")
    k.trap(sh, f"I{S[1] + 1}", "capped_at_100",
           "520 / 500 x 100 = 104,00, capped at 100 -> 100 is right")
    k.clean(sh, S[1] + 2)
    k.mistake(sh, f"I{S[1] + 3}", "uncapped_in_capping_workbook", "100.00",
              "1.812 / 1.750 x 100 = 103,5429 -> 103,54 is written, but the workbook caps at 100 (row 44 and "
              "every other row above 100): 100")
    k.clean(sh, S[1] + 4)
    k.trap(sh, f"I{S[2] + 1}", "capped_at_100", "86,2 / 85 x 100 = 101,41, capped at 100 -> 100 is right")
    k.mistake(sh, f"I{S[2] + 2}", "truncated", "98.98",
              "87,1 / 88 x 100 = 98,9773 -> 98,98; 98,97 is truncated")
    k.trap(sh, f"I{S[2] + 3}", "capped_at_100", "90,4 / 90 x 100 = 100,44, capped at 100 -> 100 is right")
    k.clean(sh, S[2] + 4)
    k.clean(sh, S[3] + 1)
    k.clean(sh, S[3] + 2)
    k.clean(sh, S[3] + 3)
    k.trap(sh, f"G{S[3] + 4}", "quarter_targets_schedule_percent",
           "TW IV target 100 % against an annual target of 16 LPK: the quarter targets are a schedule in "
           "percent of the year's work, 25 / 50 / 75 / 100 %")
    k.mistake(sh, f"I{S[3] + 4}", "fraction_in_percent_points_column", "93.75",
              "93,75 % / 100 % x 100 = 93,75; I27 holds 0,9375 (General format) in a column of percent points: "
              "the fraction")
    k.trap(sh, f"I{S[4] + 1}", "negative_capped_at_100",
           "Minimize: (2 x 10 - 9) / 10 x 100 = 110,00, capped at 100 -> 100 is right")
    k.clean(sh, S[4] + 2)
    k.mistake(sh, f"I{S[4] + 3}", "negative_with_positive_formula", "100.00",
              "Minimize: (2 x 30 - 27) / 30 x 100 = 110,00, capped at 100 -> 100; written 90,00 = 27 / 30 x 100, "
              "the positive formula")
    k.clean(sh, S[4] + 4)
    k.trap(sh, f"I{S[5] + 1}", "capped_at_100", "16 / 15 x 100 = 106,67, capped at 100 -> 100 is right")
    k.clean(sh, S[5] + 2)
    k.clean(sh, S[5] + 3)
    k.mistake(sh, f"G{S[5] + 4}", "tw4_target_differs_from_annual", "64",
              "quarter targets 15 / 30 / 45 / 61 against an annual 64: not cumulative (TW IV is not 64), not per "
              "quarter (they sum to 151), not a schedule in percent of the year (TW IV is not 100); the TW IV "
              "target should be 64. The capaian I37 = 60,5 / 61 x 100 = 99,18 follows the written target "
              "(against 64 it would be 94,53)")
    for q in range(4):
        k.clean(sh, S[6] + 1 + q)

    ws["B44"] = "Keterangan: Capaian maksimal 100 % dan minimal 0 %."
    signature(ws, 46, "H", ["Surakarta, 15 Januari 2025", "Kepala Dinas Tenaga Kerja", "Kota Surakarta", "", "", "",
                            "AGUS TRIYONO PAMUNGKAS, S.H., M.M.", "Pembina Tingkat I",
                            "NIP. 19740519 200003 1 004"])
    return wb, k, "xlsx"


# ============================================================================ W4
def w4():
    """Dinas Sosial Kota Padang 2022: annual, .ods, typed, Sifat (+)/(-), (T-R)/T, no cap, no floor."""
    fname = "pengukuran_kinerja_dinsos_padang_2022.ods"
    sh = "Pengukuran Kinerja 2022"
    wb = Workbook()
    ws = wb.active
    ws.title = sh
    layout = (
        "OpenDocument spreadsheet, one sheet 'Pengukuran Kinerja 2022'. Title rows 1-3, then 'Kota : Padang' "
        "and 'Nama OPD : Dinas Sosial' in rows 4-5. Two header rows (7-8): No, Sasaran Strategis, Indikator "
        "Kinerja, Sifat, Satuan, 'Tahun 2022' over F:H (Target / Realisasi / Capaian (%) in row 8), Keterangan. "
        "Indicators in rows 9-23. The Sasaran is written on the first row of its group only; a blank Sasaran "
        "cell means the same as above (groups 9-13, 14-20, 21, 22-23). Polarity in column D 'Sifat': (+) or "
        "(-). Figures are typed: mostly numbers, some text with Indonesian or English separators ('4,40', "
        "'4.26' decimal dot, '24,450' comma thousands and '23.120' dot thousands in jiwa), '-' for none. "
        "Capaian (column H) typed in percent points, General format. Negative indicators use (T-R)/T x 100 "
        "consistently (rows 9, 10, 11); nothing is capped and nothing is floored (row 11 keeps -6,25). No "
        "categories. Budget lines in rows 25-26, signature block from row 28 (column G).")
    k = Key(fname, layout)
    title(ws, 1, "PENGUKURAN KINERJA")
    title(ws, 2, "DINAS SOSIAL KOTA PADANG")
    title(ws, 3, "TAHUN 2022")
    ws["A4"] = "Kota"
    ws["B4"] = ": Padang"
    ws["A5"] = "Nama OPD"
    ws["B5"] = ": Dinas Sosial"
    for col, h in zip("ABCDE", ["No", "Sasaran Strategis", "Indikator Kinerja", "Sifat", "Satuan"]):
        ws.merge_cells(f"{col}7:{col}8")
        put(ws, f"{col}7", h, bold=True, align=CENTER)
        ws[f"{col}8"].border = BORDER
    ws.merge_cells("F7:H7")
    put(ws, "F7", "Tahun 2022", bold=True, align=CENTER)
    box(ws, 7, 7, 6, 8)
    for col, h in zip("FGH", ["Target", "Realisasi", "Capaian (%)"]):
        put(ws, f"{col}8", h, bold=True, align=CENTER)
    ws.merge_cells("I7:I8")
    put(ws, "I7", "Keterangan", bold=True, align=CENTER)
    ws["I8"].border = BORDER
    widths(ws, {"A": 6, "B": 32, "C": 50, "D": 7, "E": 10, "F": 10, "G": 10, "H": 12, "I": 34})

    sas = {9: "Menurunnya jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS)",
           14: "Meningkatnya kualitas pelayanan rehabilitasi dan perlindungan sosial",
           21: "Tersedianya data kesejahteraan sosial yang akurat",
           22: "Meningkatnya akuntabilitas kinerja Dinas Sosial"}
    # row, name, sifat, satuan, T, R, capaian written, keterangan, (t_value, r_value) for key
    data = [
        (9, "Persentase penduduk miskin", "(-)", "%", "4,40", "4.26", 3.18, "", ("4.4", "4.26")),
        (10, "Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS)", "(-)", "jiwa", "24,450", "23.120", 5.44, "",
         ("24450", "23120")),
        (11, "Jumlah anak terlantar", "(-)", "jiwa", 320, 340, -6.25, "", ("320", "340")),
        (12, "Jumlah lanjut usia terlantar", "(-)", "jiwa", 210, 236, 0, "", ("210", "236")),
        (13, "Jumlah gelandangan dan pengemis", "(-)", "jiwa", 150, 112, 74.67, "", ("150", "112")),
        (14, "Persentase PMKS yang memperoleh bantuan sosial", "(+)", "%", 75, 71.6, 95.46, "", ("75", "71.6")),
        (15, "Jumlah penyandang disabilitas terlantar yang mendapat rehabilitasi sosial", "(+)", "orang", 180, 135,
         25.00, "", ("180", "135")),
        (16, "Persentase KPM PKH yang graduasi mandiri", "(+)", "%", 5, 6.35, 127.00, "", ("5", "6.35")),
        (17, "Persentase korban bencana alam dan sosial yang terpenuhi kebutuhan dasarnya", "(+)", "%", 100, 100,
         100.00, "", ("100", "100")),
        (18, "Persentase Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang aktif", "(+)", "%", 80, 68.5, 85.62,
         "", ("80", "68.5")),
        (19, "Jumlah Rumah Tidak Layak Huni (RTLH) keluarga miskin yang direhabilitasi", "(+)", "unit", 50, "-", 0,
         "Kegiatan tidak terlaksana (refocusing anggaran)", ("50", "0")),
        (20, "Jumlah personil Tagana yang dilatih", "(+)", "orang", 0, 25, "-",
         "Target tidak ditetapkan dalam PK 2022", ("0", "25")),
        (21, "Tersedianya Data Terpadu Kesejahteraan Sosial (DTKS) yang mutakhir", "(+)", "dokumen", "Ada", "Ada",
         100, "", (None, None)),
        (22, "Nilai Evaluasi SAKIP Dinas Sosial", "(+)", "predikat", "BB", "B", 100, "", (None, None)),
        (23, "Persentase realisasi anggaran", "(+)", "%", 95, 91.38, 96.19, "", ("95", "91.38")),
    ]
    for i, (r, name, sifat, sat, T, R, cap, ket, _) in enumerate(data):
        put(ws, f"A{r}", f"{i + 1}.", align=CENTER)
        put(ws, f"B{r}", sas.get(r), align=LEFT)
        put(ws, f"C{r}", name, align=LEFT)
        put(ws, f"D{r}", sifat, align=CENTER)
        put(ws, f"E{r}", sat, align=CENTER)
        put(ws, f"F{r}", T, align=RIGHT)
        put(ws, f"G{r}", R, align=RIGHT)
        put(ws, f"H{r}", cap, fmt="General", align=RIGHT)
        put(ws, f"I{r}", ket or None, align=LEFT)

    for r, name, sifat, sat, T, R, cap, ket, (tv, rv) in data:
        if tv is None:
            note = ("qualitative: target Ada, realisasi Ada -> 100" if r == 21 else
                    "grade indicator: target BB, realisasi B (below the target grade): capaian cannot be defended")
        elif tv == "0":
            note = "target 0: capaian undefined; the workbook correctly writes '-'"
        else:
            T_, R_ = D(tv), D(rv)
            if sifat == "(-)":
                exact = (T_ - R_) / T_ * 100
                note = f"Sifat (-), workbook formula (T-R)/T: ({tv} - {rv}) / {tv} x 100"
            else:
                exact = R_ / T_ * 100
                note = f"Sifat (+), R/T: {rv} / {tv} x 100"
            note += f" = {plain(exact.quantize(Decimal('0.0001'), ROUND_HALF_UP))} -> {s2(exact)}"
            if r == 19:
                note = "realisasi '-' = none (kegiatan tidak terlaksana), i.e. 0; 0 / 50 x 100 = 0"
        k.ind(sh, r, name, tv, rv, note)

    k.clean(sh, 9)
    k.trap(sh, "H10", "comma_thousands_in_count",
           "target '24,450' jiwa is 24.450 (a group of exactly three digits in a count of people), realisasi "
           "'23.120' is 23.120; (24.450 - 23.120) / 24.450 x 100 = 5,4397 -> 5,44 is right")
    k.trap(sh, "H11", "negative_result_not_floored",
           "(320 - 340) / 320 x 100 = -6,25; the workbook does not floor, so -6,25 is right")
    k.mistake(sh, "H12", "floored_in_non_flooring_workbook", "-12.38",
              "(210 - 236) / 210 x 100 = -12,3810 -> -12,38; 0 is written although the workbook does not floor "
              "(row 11 keeps -6,25)")
    k.mistake(sh, "H13", "negative_with_positive_formula", "25.33",
              "Sifat (-): (150 - 112) / 150 x 100 = 25,3333 -> 25,33; 74,67 = 112 / 150 x 100 is the positive "
              "formula")
    k.mistake(sh, "H14", "truncated", "95.47", "71,6 / 75 x 100 = 95,4667 -> 95,47; 95,46 is truncated")
    k.mistake(sh, "H15", "positive_with_negative_formula", "75.00",
              "Sifat (+): 135 / 180 x 100 = 75,00; 25,00 = (180 - 135) / 180 x 100 is the workbook's negative "
              "formula")
    k.clean(sh, 16)
    k.clean(sh, 17)
    k.mistake(sh, "H18", "rounding_half_even_or_truncated", "85.63",
              "68,5 / 80 x 100 = 85,625 exactly; half away from zero gives 85,63; 85,62 is truncated (or "
              "rounded half to even)")
    k.trap(sh, "H19", "dash_realisasi_zero_pct",
           "realisasi '-' means none (Keterangan: kegiatan tidak terlaksana): 0 / 50 x 100 = 0, so 0 is right")
    k.clean(sh, 21)
    k.mistake(sh, "H22", "grade_below_target_written_100", None,
              "target grade BB, realisasi B is below it; 100 cannot be right and no number can be defended")
    k.clean(sh, 23)

    ws["B25"] = "Jumlah Anggaran Tahun 2022 : Rp. 21.486.350.000"
    ws["B26"] = "Jumlah Realisasi Anggaran Tahun 2022 : Rp. 19.874.112.640"
    signature(ws, 28, "G", ["Padang, 20 Januari 2023", "Kepala Dinas Sosial", "Kota Padang", "", "", "",
                            "Dra. YULNETTI SYAFRUDDIN, M.Si.", "Pembina Utama Muda",
                            "NIP. 19690211 199403 2 003"])
    return wb, k, "ods"


# ============================================================================ W5
def w5():
    """Inspektorat Kabupaten Banyuwangi 2025: annual, .xlsx, all figures text, Polaritas +/-, T/R, no cap."""
    fname = "LAMPIRAN PK INSPEKTORAT BANYUWANGI 2025.xlsx"
    sh = "Capaian IKU"
    wb = Workbook()
    ws = wb.active
    ws.title = sh
    layout = (
        "One sheet 'Capaian IKU'. A single merged title row (row 1). One header row (row 3: No, Sasaran, "
        "Indikator Kinerja, Polaritas, Target 2025, Realisasi 2025, Capaian, Keterangan), no numbering row, no "
        "Satuan column: units are inside the figure cells. Indicators in rows 4-20; the Sasaran is merged down "
        "its rows (B4:B8, B9:B16, B17:B20). Polarity column D: '+' or '-'. Target, Realisasi and Capaian are "
        "TEXT with Indonesian decimal comma ('3,62', '87,5 %', '103,43 %'); grades and levels are text (WTP, "
        "A, BB, 'Level 3'). Negative indicators use Target / Realisasi x 100 (T/R), consistently (rows 10 and "
        "11); no cap (values above 100 stand). Capaian precision varies: mostly two decimals, '87,5 %' and "
        "'112 %' are rounded at the precision written. No categories. Signature block from row 22 (column F).")
    k = Key(fname, layout)
    ws.merge_cells("A1:H1")
    ws["A1"] = "PENGUKURAN KINERJA INSPEKTORAT KABUPATEN BANYUWANGI TAHUN 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = Alignment(horizontal="center")
    heads = ["No", "Sasaran", "Indikator Kinerja", "Polaritas", "Target 2025", "Realisasi 2025", "Capaian",
             "Keterangan"]
    for i, h in enumerate(heads):
        put(ws, f"{get_column_letter(i + 1)}3", h, bold=True, align=CENTER)
    widths(ws, {"A": 5, "B": 30, "C": 52, "D": 10, "E": 13, "F": 15, "G": 11, "H": 34})
    merge_down(ws, "B", 4, 8, "Meningkatnya kualitas tata kelola dan akuntabilitas keuangan daerah")
    merge_down(ws, "B", 9, 16, "Meningkatnya kualitas pengawasan internal")
    merge_down(ws, "B", 17, 20, "Meningkatnya akuntabilitas kinerja Inspektorat")
    box(ws, 4, 20, 2, 2)
    # row, name, pol, T, R, capaian, ket, (t, r) key values
    data = [
        (4, "Opini BPK atas Laporan Keuangan Pemerintah Daerah (LKPD)", "+", "WTP", "WTP", "100 %", "", (None, None)),
        (5, "Nilai SAKIP Pemerintah Kabupaten Banyuwangi", "+", "A", "belum ada data", "-",
         "Hasil evaluasi KemenPAN-RB diumumkan tahun 2026", (None, None)),
        (6, "Level Maturitas Penyelenggaraan SPIP", "+", "3,50", "3,62", "103,43 %", "", ("3.5", "3.62")),
        (7, "Level Kapabilitas APIP", "+", "Level 3", "Level 3", "100 %", "", (None, None)),
        (8, "Skor Monitoring Center for Prevention (MCP) KPK", "+", "88", "91,27", "103,71 %", "", ("88", "91.27")),
        (9, "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", "+", "80 %", "70 %", "87,5 %", "",
         ("80", "70")),
        (10, "Persentase OPD dengan temuan berulang", "-", "10 %", "8 %", "125 %", "", ("10", "8")),
        (11, "Jumlah temuan pemeriksaan yang berindikasi kerugian daerah", "-", "15 temuan", "18 temuan",
         "83,33 %", "", ("15", "18")),
        (12, "Rata-rata waktu penyelesaian pengaduan masyarakat", "-", "14 hari", "16 hari", "114,29 %", "",
         ("14", "16")),
        (13, "Persentase desa dengan temuan pengelolaan dana desa berulang", "-", "20 %", "16 %", "120 %", "",
         ("20", "16")),
        (14, "Jumlah Laporan Hasil Pengawasan (LHP) yang diterbitkan", "+", "120 laporan", "134 laporan", "112 %",
         "", ("120", "134")),
        (15, "Persentase pengaduan masyarakat yang ditindaklanjuti", "+", "100 %", "100 %", "100 %", "",
         ("100", "100")),
        (16, "Jumlah auditor dan P2UPD yang bersertifikat jabatan fungsional", "+", "24 orang", "21 orang",
         "80,77 %", "", ("24", "21")),
        (17, "Nilai Evaluasi SAKIP Inspektorat", "+", "B", "BB", "100 %", "", (None, None)),
        (18, "Persentase realisasi anggaran Inspektorat", "+", "95 %", "96,4 %", "101,47 %", "", ("95", "96.4")),
        (19, "Jumlah kegiatan sosialisasi pencegahan korupsi", "+", "0 kegiatan", "3 kegiatan", "300 %",
         "Target 0 karena refocusing anggaran", ("0", "3")),
        (20, "Indeks Kepuasan Masyarakat atas layanan konsultasi Inspektorat", "+", "82,50", "85,1", "103,15 %", "",
         ("82.5", "85.1")),
    ]
    for i, (r, name, pol, T, R, cap, ket, _) in enumerate(data):
        put(ws, f"A{r}", i + 1, align=CENTER)
        put(ws, f"C{r}", name, align=LEFT)
        put(ws, f"D{r}", pol, align=CENTER)
        put(ws, f"E{r}", T, align=CENTER)
        put(ws, f"F{r}", R, align=CENTER)
        put(ws, f"G{r}", cap, align=CENTER)
        put(ws, f"H{r}", ket or None, align=LEFT)
    for r, name, pol, T, R, cap, ket, (tv, rv) in data:
        if tv is None:
            note = {4: "grade (opini): target WTP, realisasi WTP -> 100",
                    5: "grade target A; realisasi 'belum ada data': not available, capaian '-'",
                    7: "level: target Level 3, realisasi Level 3 -> 100",
                    17: "grade: target B, realisasi BB (above) -> 100"}[r]
        elif tv == "0":
            note = "target 0: capaian undefined"
        else:
            T_, R_ = D(tv), D(rv)
            if pol == "-":
                exact = T_ / R_ * 100
                note = f"Polaritas -, workbook formula T/R: {tv} / {rv} x 100"
            else:
                exact = R_ / T_ * 100
                note = f"Polaritas +, R/T: {rv} / {tv} x 100"
            note += f" = {plain(exact.quantize(Decimal('0.0001'), ROUND_HALF_UP))} -> {s2(exact)}"
        k.ind(sh, r, name, tv, rv, note)

    for r in (4, 6, 7, 9, 11, 15, 18, 20):
        k.clean(sh, r)
    k.mistake(sh, "G8", "truncated", "103.72", "91,27 / 88 x 100 = 103,7159 -> 103,72; '103,71 %' is truncated")
    k.trap(sh, "G10", "negative_above_100_uncapped",
           "Polaritas -, T/R: 10 / 8 x 100 = 125; no cap in this workbook, so '125 %' is right")
    k.mistake(sh, "G12", "negative_with_positive_formula", "87.50",
              "Polaritas -: 14 / 16 x 100 = 87,50 with the workbook's T/R; '114,29 %' = 16 / 14 x 100 is the "
              "positive formula")
    k.mistake(sh, "G13", "negative_formula_switched", "125.00",
              "Polaritas -: the workbook's T/R (rows 10, 11) gives 20 / 16 x 100 = 125,00; '120 %' = (2 x 20 - 16) "
              "/ 20 x 100 is another negative formula, switched silently")
    k.trap(sh, "G14", "stated_fewer_decimals_rounds_right",
           "134 / 120 x 100 = 111,6667; '112 %' is that value rounded to a whole number, right at the precision "
           "written")
    k.mistake(sh, "G16", "wrong_pct", "87.50", "21 / 24 x 100 = 87,50; '80,77 %' (= 21 / 26) is wrong")
    k.trap(sh, "G17", "grade_above_target_100", "target B, realisasi BB (above B): '100 %' is right")
    k.mistake(sh, "G19", "target_zero_with_pct", None,
              "target '0 kegiatan', realisasi 3: capaian undefined, yet '300 %' is written")

    signature(ws, 22, "F", ["Banyuwangi, 20 Januari 2026", "Inspektur Kabupaten Banyuwangi", "", "", "",
                            "Ir. BAMBANG SUGIHARTO WICAKSONO, M.M.", "Pembina Utama Muda",
                            "NIP. 19700904 199503 1 002"])
    return wb, k, "xlsx"


# ============================================================================ W6
def w6():
    """Dinas Lingkungan Hidup Kota Balikpapan 2022: annual, .xlsx, formulas capped at 100 (fractions)."""
    fname = "Capaian Kinerja DLH Balikpapan 2022 (final).xlsx"
    sh = "Pengukuran Kinerja"
    wb = Workbook()
    ws = wb.active
    ws.title = sh
    layout = (
        "One sheet 'Pengukuran Kinerja'. Title rows 1-3 (PENGUKURAN KINERJA SASARAN / DINAS LINGKUNGAN HIDUP "
        "KOTA BALIKPAPAN / TAHUN 2022). Two header rows (5-6): No, Sasaran Strategis, Indikator Kinerja, "
        "Satuan, Sifat, 'Kinerja Tahun 2022' over F:H (Target / Realisasi / Capaian in row 6), Kategori; no "
        "numbering row. Indicators in rows 7-21, Sasaran merged down its rows (B7:B13, B14:B18, B19:B21) and "
        "No likewise. Polarity in column E 'Sifat': Maximize / Minimize. Percentage targets/realisasi are "
        "fractions under 0.00%. Capaian (column H) is a FRACTION under a 0.00% format (1 = 100 %), mostly a "
        "formula with a LibreOffice-cached value: =MIN(1,ROUND(G/F,4)) for Maximize and "
        "=MIN(1,ROUND((2*F-G)/F,4)) for Minimize, i.e. negative indicators use (2T-R)/T and capaian is CAPPED "
        "at 100 % (also stated in row 23). Kategori (column I, typed) on the LKjIP bands stated in row 24: "
        "> 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah. "
        "Signature block from row 26 (column G).")
    k = Key(fname, layout)
    title(ws, 1, "PENGUKURAN KINERJA SASARAN")
    title(ws, 2, "DINAS LINGKUNGAN HIDUP KOTA BALIKPAPAN")
    title(ws, 3, "TAHUN 2022")
    for col, h in zip("ABCDEI", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Sifat", "Kategori"]):
        ws.merge_cells(f"{col}5:{col}6")
        put(ws, f"{col}5", h, bold=True, align=CENTER)
        ws[f"{col}6"].border = BORDER
    ws.merge_cells("F5:H5")
    put(ws, "F5", "Kinerja Tahun 2022", bold=True, align=CENTER)
    box(ws, 5, 5, 6, 8)
    for col, h in zip("FGH", ["Target", "Realisasi", "Capaian"]):
        put(ws, f"{col}6", h, bold=True, align=CENTER)
    widths(ws, {"A": 5, "B": 30, "C": 52, "D": 10, "E": 11, "F": 11, "G": 14, "H": 11, "I": 15})
    P = "0.00%"
    # row, name, satuan, sifat, T, R, fmt, mode, kategori(None = computed)
    data = [
        (7, "Indeks Kualitas Lingkungan Hidup (IKLH)", "indeks", "Maximize", 72.5, 74.18, "0.00", "f", None),
        (8, "Indeks Kualitas Air (IKA)", "indeks", "Maximize", 55, 51.2, "0.00", "f", None),
        (9, "Indeks Kualitas Udara (IKU)", "indeks", "Maximize", 88, 87.12, "0.00", "f", None),
        (10, "Persentase sampah yang tidak terkelola", "%", "Minimize", 0.15, 0.1568, P, "f", "Tinggi"),
        (11, "Persentase penanganan sampah", "%", "Maximize", 0.85, 0.8712, P, "nocap", None),
        (12, "Jumlah kasus pencemaran lingkungan", "kasus", "Minimize", 12, 9, "0", "f", None),
        (13, "Persentase usaha dan/atau kegiatan yang taat terhadap persetujuan lingkungan", "%", "Maximize", 0.70,
         "belum ada data", P, ("typed", 1), "Sangat Tinggi"),
        (14, "Persentase luas Ruang Terbuka Hijau (RTH) publik", "%", "Maximize", 0.20, 0.1537, P, "f", None),
        (15, "Persentase penurunan emisi gas rumah kaca", "%", "Maximize", 0.08, 0.0412, P, "f", "Sangat Rendah"),
        (16, "Jumlah Bank Sampah aktif", "unit", "Maximize", 160, 118, "0", ("typed", 0.7357), None),
        (17, "Tersedianya dokumen Rencana Perlindungan dan Pengelolaan Lingkungan Hidup (RPPLH)", "dokumen",
         "Maximize", "Tersedia", "Tersedia", None, ("typed", 1), "Sangat Tinggi"),
        (18, "Luas lahan kritis", "ha", "Minimize", 1250, 1310, "#,##0", "f", None),
        (19, "Nilai Evaluasi SAKIP Dinas Lingkungan Hidup", "predikat", "Maximize", "B", "B", None, ("typed", 1),
         "Sangat Tinggi"),
        (20, "Persentase realisasi anggaran", "%", "Maximize", 0.95, 0.8876, P, "f", None),
        (21, "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "%", "Maximize", 1.00, 0.90, P, "f",
         None),
    ]
    groups = [(7, 13, 1, "Meningkatnya kualitas lingkungan hidup"),
              (14, 18, 2, "Meningkatnya upaya mitigasi perubahan iklim dan pengelolaan sampah berbasis masyarakat"),
              (19, 21, 3, "Meningkatnya akuntabilitas kinerja Dinas Lingkungan Hidup")]
    for a, b, no, text in groups:
        merge_down(ws, "A", a, b, no, align=CENTER)
        merge_down(ws, "B", a, b, text)
        box(ws, a, b, 1, 2)
    for r, name, sat, sifat, T, R, fmt, mode, kat in data:
        put(ws, f"C{r}", name, align=LEFT)
        put(ws, f"D{r}", sat, align=CENTER)
        put(ws, f"E{r}", sifat, align=CENTER)
        put(ws, f"F{r}", T, fmt=fmt if not isinstance(T, str) else None, align=RIGHT)
        put(ws, f"G{r}", R, fmt=fmt if not isinstance(R, str) else None, align=RIGHT)
        if mode == "f":
            f = (f"=MIN(1,ROUND((2*F{r}-G{r})/F{r},4))" if sifat == "Minimize" else f"=MIN(1,ROUND(G{r}/F{r},4))")
        elif mode == "nocap":
            f = f"=ROUND(G{r}/F{r},4)"
        else:
            f = mode[1]
        put(ws, f"H{r}", f, fmt=P, align=RIGHT)
        if isinstance(T, str) or isinstance(R, str):
            exact = None
        elif sifat == "Minimize":
            exact = (2 * D(T) - D(R)) / D(T) * 100
        else:
            exact = D(R) / D(T) * 100
        if kat is None:
            kat = cat_lkjip(min(r2(exact), Decimal(100)))
        put(ws, f"I{r}", kat, align=CENTER)
        mult = 100 if fmt == P else 1
        tv = None if isinstance(T, str) else plain(D(T) * mult)
        rv = None if isinstance(R, str) else plain(D(R) * mult)
        if exact is not None:
            form = "(2T-R)/T" if sifat == "Minimize" else "R/T"
            note = (f"Sifat {sifat}, {form} x 100 = {plain(exact.quantize(Decimal('0.0001'), ROUND_HALF_UP))}"
                    f" -> {s2(min(exact, Decimal(100)))} after the cap at 100; capaian stored as a fraction under "
                    f"0.00%")
        elif isinstance(T, str):
            note = f"qualitative/grade: target {T}, realisasi {R} -> 100"
        else:
            note = "realisasi 'belum ada data': capaian cannot be computed"
        k.ind(sh, r, name, tv, rv, note)

    k.trap(sh, "H7", "capped_at_100",
           "74,18 / 72,5 x 100 = 102,3172, capped at 100 by =MIN(1,...) -> 100,00 % is right")
    k.clean(sh, 8)
    k.clean(sh, 9)
    k.mistake(sh, "I10", "category_mismatch", "Sangat Tinggi",
              "Minimize: (2 x 15 - 15,68) / 15 x 100 = 95,4667 -> 95,47 (H10 shows 95,47 %), which is > 90: "
              "Sangat Tinggi on the stated bands (and on the Permendagri scale), not Tinggi")
    k.mistake(sh, "H11", "uncapped_in_capping_workbook", "100.00",
              "H11 holds =ROUND(G11/F11,4) without MIN: 87,12 / 85 = 102,49 %; the workbook caps at 100 (row 23, "
              "every other formula has MIN(1,...)): 100")
    k.trap(sh, "H12", "negative_capped_at_100",
           "Minimize: (2 x 12 - 9) / 12 x 100 = 125,00, capped at 100 -> 100,00 % is right")
    k.mistake(sh, "H13", "pct_without_realisasi", None,
              "realisasi 'belum ada data' but capaian typed 1 (100,00 %); nothing can be computed")
    k.clean(sh, 14)
    k.mistake(sh, "I15", "category_mismatch", "Rendah",
              "4,12 / 8 x 100 = 51,50, which is > 50 and <= 65: Rendah on the stated bands, not Sangat Rendah")
    k.mistake(sh, "H16", "wrong_pct", "73.75",
              "typed 0,7357 (73,57 %) over the formula; 118 / 160 x 100 = 73,75 (digits swapped); category Sedang "
              "either way")
    k.clean(sh, 17)
    k.clean(sh, 18)
    k.clean(sh, 19)
    k.clean(sh, 20)
    k.trap(sh, "I21", "category_boundary",
           "0,90 / 1,00 x 100 = 90,00 exactly: not > 90, so Tinggi is right on the stated bands (and on the "
           "Permendagri 76-90 band)")

    ws["B23"] = "Keterangan: capaian kinerja maksimal 100 %."
    ws["B24"] = ("Kategori: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; "
                 "<= 50 Sangat Rendah.")
    signature(ws, 26, "G", ["Balikpapan, 25 Januari 2023", "Kepala Dinas Lingkungan Hidup", "Kota Balikpapan", "",
                            "", "", "Ir. HENDRA SAPUTRA NASUTION, M.T.", "Pembina Tingkat I",
                            "NIP. 19751108 200212 1 005"])
    return wb, k, "xlsx"


# ============================================================================ main
def soffice_convert(src, fmt, outdir, profile):
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
           "--outdir", outdir, src]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if res.returncode != 0:
        sys.exit(f"soffice failed: {res.stdout}\n{res.stderr}")


def main():
    builders = [w1, w2, w3, w4, w5, w6]
    tmp = tempfile.mkdtemp(prefix="blind15_")
    profile = os.path.join(tmp, "lo_profile")
    try:
        for b in builders:
            wb, key, form = b()
            fname = key.d["file"]
            stem = os.path.splitext(fname)[0]
            src_dir = os.path.join(tmp, "src")
            out_dir = os.path.join(tmp, "out")
            os.makedirs(src_dir, exist_ok=True)
            os.makedirs(out_dir, exist_ok=True)
            src = os.path.join(src_dir, stem + ".xlsx")
            wb.save(src)
            fmt = {"xlsx": "xlsx", "xls": "xls:MS Excel 97", "ods": "ods"}[form]
            soffice_convert(src, fmt, out_dir, profile)
            produced = os.path.join(out_dir, stem + "." + form)
            if not os.path.exists(produced):
                sys.exit(f"conversion produced nothing for {fname}")
            shutil.copyfile(produced, os.path.join(OUT, fname))
            key.write(os.path.join(OUT, stem + ".key.json"))
            d = key.d
            print(f"{fname}: {len(d['mistakes'])} mistakes, {len(d['traps'])} traps, "
                  f"{len(d['clean_rows'])} clean rows, {len(d['indicators'])} indicators")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
