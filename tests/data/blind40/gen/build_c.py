"""Agency C: Badan Penghubung Daerah Provinsi Teluk Saranggi (invented), 2021-2024."""
import os

from common import REG, RAW, Sheet, agg, new_wb, parse_spec, put_val, sig_block, L
from data_c import D

AG = "C"
KABAN = ("Drs. HENDRIKUS LABASO, M.M", "Pembina Utama Muda (IV/c)", "NIP. 19680723 199403 1 005")
KABAN24 = ("RINA AYUDHIA PALEMPA, S.STP., M.Si", "Pembina Tk. I (IV/b)", "NIP. 19830517 200112 2 002")
BAPPEDA = ("Ir. ALOYSIUS TANDIRERUNG, M.Sc", "Pembina Utama Madya (IV/d)", "NIP. 19660302 199203 1 008")

S1 = "Meningkatnya kualitas fasilitasi pejabat dan tamu daerah di Jakarta"
S2 = "Meningkatnya kualitas layanan Mess Daerah dan Asrama Mahasiswa"
S3 = "Meningkatnya promosi potensi daerah dan kerja sama dengan Pemerintah Pusat"
S4 = "Meningkatnya akuntabilitas kinerja Badan"


def t_(i, y):
    return D[i]["tr"][y][0]


def r_(i, y):
    return D[i]["tr"][y][1]


def nm(i, y):
    return D[i]["names"][y]


def unit(i):
    return D[i]["unit"]


def isnum(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


# ----------------------------------------------------------------------------- 2021 semester
SEM21 = {
    "C01": ("100%", 100, "100%"), "C02": (1200, "312 orang", "552 orang"), "C18": (3, 3.8, 3.4),
    "C03": (80, None, 81.2), "C04": (("pct", 60, "0%"), ("pct", 31.2), ("pct", 38.5)), "C19": (10, 3, 4),
    "C09": (120, 118, None), "C05": (6, 1, 3), "C06": ("20.000", "-", 3150), "C11": (500, "120,5", 200),
    "C12": (40, 10, 18), "C07": (4, 1, 2), "C08": (120, 58, 76), "C14": (100, 57, 69),
    "C15": ("100%", "100%", "100%"), "C16": ("B", "-", "B"), "C17": (95, 31.2, 86.4), "C20": (8, 3, 5),
}


def file_c1():
    F = "PK_Badan_Penghubung_2021.xlsx"
    wb = new_wb()
    ws = wb.create_sheet("PK 2021")
    S = Sheet(ws)
    SH = ws.title
    S.widths({"A": 5, "B": 58, "C": 10, "D": 11, "E": 12, "F": 12, "G": 11, "H": 24})
    S.title(1, "A", "H", "PENGUKURAN KINERJA")
    S.title(2, "A", "H", "BADAN PENGHUBUNG DAERAH PROVINSI TELUK SARANGGI")
    S.title(3, "A", "H", "TAHUN 2021")
    hb = dict(bold=True, h="center")
    for col, txt in [("A", "No"), ("B", "Sasaran Strategis / Indikator Kinerja"), ("C", "Satuan"),
                     ("D", "Target 2021"), ("G", "Capaian (%)"), ("H", "Keterangan")]:
        S.merge(5, col, 6, col, txt, **hb)
    S.merge(5, "E", 5, "F", "Realisasi", **hb)
    S.put(6, "E", "Semester I", **hb); S.put(6, "F", "Semester II", **hb)
    for k, c in enumerate("ABCDEFGH"):
        S.put(7, c, f"({k+1})", h="center", italic=True)
    REG.layout(AG, F, SH, "Annual PK with REALISASI PER SEMESTER and NO annual realisasi column; SASARAN WRITTEN AS A NUMBERED "
               "LINE INSIDE THE NAME COLUMN ('1. Meningkatnya ...', bold, no values) and indicators below it as "
               "'a. ...', 'b. ...' in the same column B (the letter prefix is part of the written name). Title rows 1-3; "
               "header rows 5-6; numbered row 7. Columns: A No (running number of indicators), B sasaran line / indicator, "
               "C Satuan, D Target 2021, E Semester I, F Semester II, G Capaian (%), H Keterangan. Keyed realisasi = "
               "Smt I + Smt II for flows (C02, C05, C06, C07, C08, C11, C12, C14, C19, C20; '-' counts 0), LAST REPORTED "
               "semester for levels. Rows 8-30: 4 sasaran lines + 19 indicator rows (one duplicate); signature below.")
    groups = [(S1, ["C01", "C02", "C18"]), (S2, ["C03", "C04", "C19", "C09"]),
              (S3, ["C05", "C06", "C11", "C12", "C07", "C08", "C14"]), (S4, ["C15", "C16", "C17", "C20", "C20dup"])]
    y = 2021
    r = 8
    no = 1
    for gi, (sas, ids) in enumerate(groups, 1):
        S.put(r, "A", None)
        S.put(r, "B", f"{gi}. {sas}", bold=True, italic=True)
        for c in "CDEFGH":
            S.put(r, c, None)
        REG.note(AG, F, SH, r, "Sasaran written as a numbered line in the name column (not keyed).")
        r += 1
        for k, i in enumerate(ids):
            base = i.replace("dup", "")
            letter = "abcdefgh"[k if not i.endswith("dup") else k - 1]
            written = f"{letter}. {nm(base, y)}"
            tw, s1, s2 = SEM21[base]
            S.put(r, "A", no if not i.endswith("dup") else no - 1, h="center")
            if not i.endswith("dup"):
                no += 1
            S.put(r, "B", written)
            S.put(r, "C", unit(base) if base != "C16" else "predikat", h="center")
            put_val(S, r, "D", tw)
            put_val(S, r, "E", s1)
            put_val(S, r, "F", s2)
            flow = D[base]["kind"] == "flow"
            typed = {"C06": 15.75, "C11": 64.1, "C02": 72.0, "C01": 100, "C15": 100, "C16": "-"}
            if base in typed:
                put_val(S, r, "G", typed[base])
            elif base == "C08":
                put_val(S, r, "G", ("f", f"=(E{r+1}+F{r+1})/D{r}*100"))
            elif base == "C18":
                put_val(S, r, "G", ("f", f"=(2*D{r}-F{r})/D{r}*100"))
            elif base == "C19":
                put_val(S, r, "G", ("f", f"=(2*D{r}-(E{r}+F{r}))/D{r}*100"))
            elif base == "C09":
                put_val(S, r, "G", ("f", f"=E{r}/D{r}*100"))
            elif flow:
                put_val(S, r, "G", ("f", f"=(E{r}+F{r})/D{r}*100"))
            else:
                put_val(S, r, "G", ("f", f"=F{r}/D{r}*100"))
            S.put(r, "H", {"C09": "Data Semester II belum masuk", "C06": "Anjungan TMII ditutup (revitalisasi)",
                           "C03": "Survei IKM dilaksanakan Semester II"}.get(base))
            how = "sum" if flow else "last"
            if i.endswith("dup"):
                REG.note(AG, F, SH, r, "DUPLICATE of row %d (same letter, same figures): not keyed." % (r - 1))
            else:
                kr = agg([s1, s2], how)
                exp = r_(base, y)
                assert (kr is None and exp is None) or abs(kr - exp) < 1e-9, (base, kr, exp)
                REG.key(AG, F, SH, r, "B", y, written, base, t_(base, y), exp, [f"D{r}"], "one",
                        [f"E{r}", f"F{r}"], how)
                notes = {
                    "C01": "Text percentages '100%'.",
                    "C02": "Semester values typed as text '312 orang' / '552 orang' -> flow sum 864; capaian typed 72.",
                    "C18": "Negative level indicator (hari): last semester 3,4; capaian (2T-R)/T.",
                    "C03": "Level; Smt I blank (survey once a year) -> 81,2.",
                    "C04": "Fractions in % cells (0,60 / 0,312 / 0,385) -> target 60, realisasi = last semester 38.5.",
                    "C19": "Negative FLOW: 3 + 4 = 7; capaian (2T-R)/T = 130.",
                    "C09": "Level; Smt II BLANK (not yet reported) -> last reported = Smt I = 118; capaian uses E.",
                    "C06": "Target typed as text '20.000' -> 20000; Smt I '-' -> flow sum 0 + 3150 = 3150.",
                    "C11": "Smt I typed '120,5' (text) -> 120.5; flow sum 320.5 (Rp juta, unit in the name).",
                    "C08": "Capaian formula points at the wrong row: =(E%d+F%d)/D%d*100." % (r + 1, r + 1, r),
                    "C16": "Grades 'B' / 'B' -> null / null.",
                    "C17": "Level (cumulative budget absorption): last semester 86,4.",
                }
                if base in notes:
                    REG.note(AG, F, SH, r, notes[base])
            r += 1
    sig_block(S, r + 2, "F", "Jakarta, 31 Desember 2021",
              ["KEPALA BADAN PENGHUBUNG DAERAH", "PROVINSI TELUK SARANGGI,"], *KABAN)
    # budget sheet
    ws = wb.create_sheet("Anggaran 2021")
    S = Sheet(ws)
    S.widths({"A": 5, "B": 60, "C": 18, "D": 18, "E": 10})
    S.title(1, "A", "E", "REALISASI ANGGARAN PER PROGRAM TAHUN 2021")
    for k, tx in enumerate(["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"]):
        S.put(3, k + 1, tx, bold=True, h="center")
    progs = [("Program Penunjang Urusan Pemerintahan Daerah Provinsi", 6_450_000_000, 5_702_118_000),
             ("Program Penyelenggaraan Penghubung Daerah", 3_925_500_000, 3_311_240_500),
             ("Program Promosi dan Kerja Sama Daerah", 1_870_000_000, 1_498_765_000)]
    for k, (p, a, b) in enumerate(progs):
        rr = 4 + k
        S.put(rr, "A", k + 1); S.put(rr, "B", p); S.put(rr, "C", a, fmt="#,##0"); S.put(rr, "D", b, fmt="#,##0")
        S.put(rr, "E", f"=D{rr}/C{rr}*100", fmt="0.00")
    S.put(7, "B", "JUMLAH", bold=True)
    S.put(7, "C", "=SUM(C4:C6)", fmt="#,##0", bold=True); S.put(7, "D", "=SUM(D4:D6)", fmt="#,##0", bold=True)
    S.put(7, "E", "=D7/C7*100", fmt="0.00", bold=True)
    REG.layout(AG, F, "Anggaran 2021", "Budget per programme (programme names, pagu, realisasi): no indicators, not keyed.")
    wb.save(os.path.join(RAW, F))
    REG.add_file(AG, F, F, "xlsx")


# ----------------------------------------------------------------------------- 2022 form printed twice
LEFT22 = {
    "C01": (100, 100), "C02": (1300, 744), "C18": (3, 3.1), "C03": (82, "-"), "C04": (("pct", 65, "0%"), ("pct", 55.4)),
    "C19": (10, "-"), "C09": (120, 118), "C10": (40, "-"), "C05": (8, 3), "C06": (15000, 2140),
    "C11": (750, 310.2), "C12": (50, 21), "C07": (5, 2), "C08": (150, 74), "C14": (120, 66), "C15": (100, 100),
    "C16": (65, "-"), "C17": (95, 38.4), "C20": (8, 4),
}


def file_c2():
    F = "Pengukuran_Kinerja_TW_2022_Badan_Penghubung.ods"
    wb = new_wb()
    ws = wb.create_sheet("PK TW II & TW IV 2022")
    S = Sheet(ws)
    SH = ws.title
    S.widths({"A": 4, "B": 44, "C": 9, "D": 10, "E": 11, "F": 10, "G": 3,
              "H": 4, "I": 44, "J": 9, "K": 10, "L": 11, "M": 10})
    for c1, c2, tw in [("A", "F", "II"), ("H", "M", "IV")]:
        S.title(1, c1, c2, f"PENGUKURAN KINERJA TRIWULAN {tw} TAHUN 2022")
        S.title(2, c1, c2, "BADAN PENGHUBUNG DAERAH PROVINSI TELUK SARANGGI", size=10)
    hb = dict(bold=True, h="center")
    for cols, tw in [("ABCDEF", "II"), ("HIJKLM", "IV")]:
        for c, tx in zip(cols, ["No", "Indikator Kinerja", "Satuan", "Target 2022",
                                f"Realisasi s.d. TW {tw}", "Capaian (%)"]):
            S.put(4, c, tx, **hb)
        for k, c in enumerate(cols):
            S.put(5, c, f"({k+1})", h="center", italic=True)
    REG.layout(AG, F, SH, "THE SAME FORM PRINTED TWICE SIDE BY SIDE on one sheet: left copy A-F = 'Pengukuran Kinerja "
               "Triwulan II' (Realisasi s.d. TW II, target before the budget revision), gap column G, right copy H-M = "
               "'Triwulan IV' (Realisasi s.d. TW IV = the year). Title rows 1-2 (per copy); ONE header row 4; numbered "
               "row 5; sasaran rows merged B:F and I:M. Both copies use the same rows and the same names. KEYED: the "
               "right (TW IV) copy, name cell in column I (key rows carry \"col\": \"I\"), target K, realisasi L. "
               "Left copy is not keyed. Rows 6-28: 4 sasaran rows + 19 indicator rows; a signature under each copy.")
    groups = [(S1, ["C01", "C02", "C18"]), (S2, ["C03", "C04", "C19", "C09", "C10"]),
              (S3, ["C05", "C06", "C11", "C12", "C07", "C08", "C14"]), (S4, ["C15", "C16", "C17", "C20"])]
    y = 2022
    r = 6
    no = 1
    for gi, (sas, ids) in enumerate(groups, 1):
        S.put(r, "A", None); S.put(r, "H", None)
        S.merge(r, "B", r, "F", f"Sasaran {gi}: {sas}", bold=True)
        S.merge(r, "I", r, "M", f"Sasaran {gi}: {sas}", bold=True)
        r += 1
        for i in ids:
            t, rv = t_(i, y), r_(i, y)
            # left copy (TW II)
            lt, lr = LEFT22[i]
            S.put(r, "A", no, h="center")
            S.put(r, "B", nm(i, y))
            S.put(r, "C", unit(i), h="center")
            put_val(S, r, "D", lt)
            put_val(S, r, "E", lr)
            if parse_spec(lr) is None:
                put_val(S, r, "F", "-")
            elif i == "C18":
                put_val(S, r, "F", ("f", f"=(2*D{r}-E{r})/D{r}*100"))
            else:
                put_val(S, r, "F", ("f", f"=E{r}/D{r}*100"))
            # right copy (TW IV)
            S.put(r, "H", no, h="center"); no += 1
            S.put(r, "I", nm(i, y))
            S.put(r, "J", unit(i), h="center")
            put_val(S, r, "K", {"C04": "65-70", "C11": "Rp 750 juta"}.get(i, t))
            put_val(S, r, "L", {"C04": ("pct", 61.2), "C11": "812,4", "C14": "143 berita"}.get(i, rv))
            typed = {"C04": 94.15, "C11": 108.32, "C08": 100, "C14": 119.17}
            if i in typed:
                put_val(S, r, "M", typed[i])
            elif i == "C19":
                put_val(S, r, "M", ("f", f"=(2*K{r}-L{r})/K{r}*100"))
            else:
                put_val(S, r, "M", ("f", f"=L{r}/K{r}*100"))
            REG.key(AG, F, SH, r, "I", y, nm(i, y), i, t, rv, [f"K{r}"], "one", [f"L{r}"], "one")
            notes = {
                "C02": "Left copy target 1.300 (before revision) vs right copy 1.500: key the right copy (1500).",
                "C18": "Negative: right copy uses the POSITIVE formula =L/K*100 (93,33) while the left copy uses (2T-R)/T.",
                "C04": "Right target typed as a range '65-70' -> 65; realisasi 0,612 in a % cell -> 61.2; capaian typed 94,15.",
                "C11": "Target text 'Rp 750 juta' -> 750; realisasi text '812,4' -> 812.4; capaian typed.",
                "C08": "Typed capaian 100 disagrees with 162/150 = 108 (capped).",
                "C14": "Realisasi typed as text '143 berita' -> 143.",
                "C19": "Negative flow; left copy realisasi '-'.",
                "C10": "New indicator (mahasiswa baru), look-alike of C09: must not merge.",
                "C16": "Numeric SAKIP score this year (65 / 66,12).",
            }
            if i in notes:
                REG.note(AG, F, SH, r, notes[i])
            r += 1
    sig_block(S, r + 2, "D", "Jakarta, 8 Juli 2022", ["KEPALA BADAN PENGHUBUNG DAERAH", "PROVINSI TELUK SARANGGI,"], *KABAN)
    sig_block(S, r + 2, "K", "Jakarta, 10 Januari 2023", ["KEPALA BADAN PENGHUBUNG DAERAH", "PROVINSI TELUK SARANGGI,"], *KABAN)
    wb.save(os.path.join(RAW, F.replace(".ods", ".xlsx")))
    REG.add_file(AG, F.replace(".ods", ".xlsx"), F, "ods")


# ----------------------------------------------------------------------------- 2023 English LKjIP
PREV23 = {  # Actual 2021, Actual 2022 (some revised)
    "C01": (("pct", 100, "0%"), ("pct", 98.7)), "C02": (864, 1732), "C18": (3.4, 2.8), "C03": (81.2, 83.05),
    "C04": (("pct", 38.5), ("pct", 61.2)), "C09": (118, 120), "C10": ("-", 46), "C05": (4, 9), "C06b": (3150, 9780),
    "C11": (320.5, 812.4), "C12": (28, 57), "C13": ("-", "-"), "C07": (3, 5), "C08": (134, 162), "C14": (126, 143),
    "C15": (("pct", 100, "0%"), ("pct", 100, "0%")), "C16": ("B", 66.12), "C17": (("pct", 86.4), ("pct", 94.1)),
    "C20": (8, 8),
}
RENSTRA26 = {"C01": ("pct", 100, "0%"), "C02": 10000, "C18": 2, "C03": 85, "C04": ("pct", 75, "0%"), "C09": 130,
             "C10": 200, "C05": 50, "C06b": 130000, "C11": 4500, "C12": 280, "C13": "N/A", "C07": 25, "C08": 750,
             "C14": 750, "C15": ("pct", 100, "0%"), "C16": "A", "C17": ("pct", 97, "0%"), "C20": 45}
OBJ_EN = {S1: "Improved facilitation of regional officials and guests in Jakarta",
          S2: "Improved services of the Regional Guest House (Mess Daerah) and Student Dormitory",
          S3: "Stronger promotion of regional potential and cooperation with the Central Government",
          S4: "Improved performance accountability of the Agency"}


def file_c3():
    F = "LKjIP_2023_Performance_Table_Badan_Penghubung.xlsx"
    wb = new_wb()
    ws = wb.create_sheet("Table 3.2")
    S = Sheet(ws)
    SH = ws.title
    S.widths({"A": 5, "B": 28, "C": 46, "D": 10, "E": 10, "F": 10, "G": 10, "H": 10, "I": 12, "J": 13, "K": 13, "L": 26})
    S.text(1, "A", "TABLE 3.2", bold=True, size=10)
    S.text(2, "A", "PERFORMANCE ACHIEVEMENT OF BADAN PENGHUBUNG DAERAH PROVINSI TELUK SARANGGI, FISCAL YEAR 2023",
           bold=True, size=10)
    heads = ["No.", "Strategic Objective", "Performance Indicator", "Unit", "Actual 2021", "Actual 2022",
             "Target 2023", "Actual 2023", "Achievement 2023 (%)", "Strategic Plan Target (2026)",
             "Progress toward 2026 target (%)", "Remarks"]
    for k, tx in enumerate(heads):
        S.put(4, k + 1, tx, bold=True, h="center")
    REG.layout(AG, F, SH, "LKjIP chapter III table with ENGLISH HEADERS (indicator names stay Indonesian, strategic "
               "objectives translated), ONE header row (row 4), no numbered row. Columns: A No., B Strategic Objective "
               "(merged), C Performance Indicator, D Unit, E Actual 2021, F Actual 2022 (earlier years: NOT keyed; C06b's "
               "2022 figure revised 9.780 vs 9.870), G Target 2023 (keyed), H Actual 2023 (keyed), I Achievement (%), "
               "J Strategic Plan Target (2026), K progress to 2026, L Remarks. Data rows 5-23; note lines and signature below.")
    groups = [(S1, ["C01", "C02", "C18"]), (S2, ["C03", "C04", "C09", "C10"]),
              (S3, ["C05", "C06b", "C11", "C12", "C13", "C07", "C08", "C14"]), (S4, ["C15", "C16", "C17", "C20"])]
    y = 2023
    r = 5
    no = 1
    rep_t = {"C01": ("pct", 100, "0%"), "C04": ("pct", 70, "0%"), "C09": "125-130", "C13": ("pct", 30, "0%"),
             "C15": ("pct", 100, "0%"), "C16": "BB", "C17": ("pct", 95, "0%")}
    rep_r = {"C01": ("pct", 100, "0%"), "C04": ("pct", 72.8), "C11": "1.045,6", "C13": ("pct", 31.5),
             "C15": ("pct", 95, "0%"), "C16": "B", "C17": ("pct", 96.9)}
    for sas, ids in groups:
        r0 = r
        for i in ids:
            t, rv = t_(i, y), r_(i, y)
            S.put(r, "A", no, h="center"); no += 1
            S.put(r, "C", nm(i, y))
            S.put(r, "D", {"%": "%", "orang": "persons", "kali": "times", "dokumen": "documents", "UMKM": "MSMEs",
                           "berita": "news items", "hari": "days", "indeks": "index", "nilai": "grade",
                           "Rp juta": "IDR million", "kunjungan": "visits"}.get(unit(i), unit(i)), h="center")
            put_val(S, r, "E", PREV23[i][0])
            put_val(S, r, "F", PREV23[i][1])
            put_val(S, r, "G", rep_t.get(i, t))
            put_val(S, r, "H", rep_r.get(i, rv))
            typed = {"C05": 100, "C09": 101.6, "C11": 116.18, "C16": "-"}
            if i in typed:
                put_val(S, r, "I", typed[i])
            elif i == "C18":
                put_val(S, r, "I", ("f", f"=G{r}/H{r}*100"))
            else:
                put_val(S, r, "I", ("f", f"=H{r}/G{r}*100"))
            put_val(S, r, "J", RENSTRA26[i])
            if i in ("C13", "C16", "C09", "C11"):
                put_val(S, r, "K", "N/A" if i == "C13" else "-")
            elif i == "C18":
                put_val(S, r, "K", ("f", f"=J{r}/H{r}*100"))
            else:
                put_val(S, r, "K", ("f", f"=H{r}/J{r}*100"))
            S.put(r, "L", {"C06b": "Anjungan reopened after revitalisation", "C13": "New indicator (Renstra review)",
                           "C16": "LHE Inspektorat: B", "C15": "1 complaint still in process"}.get(i))
            REG.key(AG, F, SH, r, "C", y, nm(i, y), i, t, rv, [f"G{r}"], "one", [f"H{r}"], "one")
            notes = {
                "C01": "Target and actual 1 in '0%' cells -> 100 / 100.",
                "C04": "Fractions in % cells 0,70 / 0,728 -> 70 / 72.8.",
                "C05": "Typed achievement 100 disagrees with 11/10 = 110.",
                "C06b": "'Jumlah kunjungan ke Anjungan Provinsi' (visits) vs other years' 'pengunjung anjungan daerah' "
                        "(visitors): ambiguous pair C06/C06b.",
                "C09": "Target typed as a range '125-130' -> 125; achievement typed 101,6.",
                "C11": "Actual typed as text '1.045,6' -> 1045.6 (unit IDR million).",
                "C13": "New indicator; look-alike of C12 (Persentase vs Jumlah UMKM ... promosi); Renstra 'N/A'.",
                "C16": "Grades 'BB' / 'B' -> null / null (2022 column shows a numeric 66,12).",
                "C18": "Negative (days): achievement = target/actual*100 (96,15).",
                "C15": "Actual 0,95 in a '0%' cell (shows 95%) -> 95.",
                "C17": "Fractions in % cells -> 95 / 96.9.",
            }
            if i in notes:
                REG.note(AG, F, SH, r, notes[i])
            r += 1
        S.merge(r0, "B", r - 1, "B", OBJ_EN[sas])
    S.text(r + 1, "A", "Notes: Actual 2021-2022 as reported in LKjIP 2022 (revised where data were updated). "
                       "Achievement for negative indicators = target / actual x 100.", italic=True)
    sig_block(S, r + 3, "I", "Jakarta, 26 February 2024", ["HEAD OF BADAN PENGHUBUNG DAERAH",
                                                            "PROVINSI TELUK SARANGGI,"], *KABAN)
    ws = wb.create_sheet("Notes")
    S = Sheet(ws)
    S.widths({"A": 110})
    lines = ["Notes to Table 3.2",
             "1. The indicator 'Jumlah keluhan pengguna mess' was not part of the 2023 Perjanjian Kinerja.",
             "2. Occupancy of the Mess Daerah recovered after renovation of the east wing.",
             "3. Figures in IDR million."]
    for k, line in enumerate(lines, 1):
        S.text(k, "A", line, bold=(k == 1))
    REG.layout(AG, F, "Notes", "Notes sheet (mentions a dropped indicator by name): not keyed.")
    wb.save(os.path.join(RAW, F))
    REG.add_file(AG, F, F, "xlsx")


# ----------------------------------------------------------------------------- 2024 E.81 17 columns
E24_ROWS = [
    (S1, [("P", "Program Penyelenggaraan Penghubung Daerah", ["C01"]),
          ("K", "Fasilitasi Kunjungan Kerja Pejabat dan Tamu Daerah", ["C02", "C18"]),
          ("K", "Pengelolaan Wisma Daerah dan Asrama Mahasiswa", ["C03", "C04", "C19"]),
          ("SK", "Penyelenggaraan Asrama Mahasiswa", ["C09", "C10"])]),
    (S3, [("P", "Program Promosi dan Kerja Sama Daerah", ["C13"]),
          ("K", "Promosi Potensi Daerah di Jakarta", ["C05", "C06", "C11", "C12"]),
          ("K", "Fasilitasi Kerja Sama dan Koordinasi dengan Kementerian/Lembaga", ["C07", "C08"]),
          ("K", "Publikasi Informasi Daerah", ["C14"])]),
    (S4, [("P", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", ["C16", "C17"]),
          ("K", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", ["C20"]),
          ("K", "Layanan Pengaduan dan Informasi Publik", ["C15"])]),
]
E24 = {  # id: (renstra 2026 K, realisasi s.d. 2023 K, quarters, rule for column 12)
    "C01": (100, 99.3, [100, 98.9, 99.1, 99.4], "last"),
    "C02": (10000, 4641, [420, 610, 530, 650], "sum"),
    "C18": (2, 2.6, [2.4, 2.3, 2.2, 2.1], "last"),
    "C03": (85, 84.4, [84.6, 85.0, 85.3, 85.5], "avg"),
    "C04": (75, 72.8, [("pct", 68.0), ("pct", 71.5), ("pct", 73.2), ("pct", 74.0)], "last"),
    "C19": (8, 19, [1, 2, 0, 2], "sum"),
    "C09": (130, 127, [128, 128, 131, 131], "last"),
    "C10": (200, 84, [0, 0, 47, 0], "sum"),
    "C13": (None, 31.5, [12.0, 20.5, 27.9, 33.0], "last"),
    "C05": (50, 24, [2, 4, 3, 3], "sum"),
    "C06": (130000, 40660, [6210, 8840, 7405, 8750], "sum"),
    "C11": (4500, 2178.5, [210.5, 305.8, 280.0, 414.0], "sum"),
    "C12": (280, 149, [12, 18, 16, 20], "sum"),
    "C07": (25, 14, [1, 2, 1, 2], "sum"),
    "C08": (750, 467, [35, 42, 38, 43], "sum"),
    "C14": (750, 431, [38, 45, 41, 47], "sum"),
    "C16": (75, "-", ["-", "-", "-", 71.84], "last"),
    "C17": (97, 96.9, [14.2, 38.5, 63.0, 95.6], "last"),
    "C20": (45, 26, [2, 3, 2, 2], "sum"),
    "C15": (100, 95, [100, 100, 100, 100], "last"),
}
PAGU24 = {"Fasilitasi Kunjungan Kerja Pejabat dan Tamu Daerah": 1_650_000_000,
          "Pengelolaan Wisma Daerah dan Asrama Mahasiswa": 2_240_000_000,
          "Penyelenggaraan Asrama Mahasiswa": 780_000_000,
          "Promosi Potensi Daerah di Jakarta": 1_120_000_000,
          "Fasilitasi Kerja Sama dan Koordinasi dengan Kementerian/Lembaga": 540_000_000,
          "Publikasi Informasi Daerah": 310_000_000,
          "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah": 265_000_000,
          "Layanan Pengaduan dan Informasi Publik": 95_000_000}
QF24 = [0.14, 0.26, 0.27, 0.29]


def e81_2024(wb, F, title, draft=False):
    ws = wb.create_sheet(title)
    S = Sheet(ws)
    SH = title
    S.widths({"A": 4, "B": 22, "C": 30, "D": 44, "AA": 18, "AB": 18})
    for c in ["E", "G", "I", "K", "M", "O", "Q", "S", "U", "W", "Y"]:
        S.widths({c: 9})
    for c in ["F", "H", "J", "L", "N", "P", "R", "T", "V", "X", "Z"]:
        S.widths({c: 15})
    S.title(1, "A", "AB", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH PROVINSI TELUK SARANGGI" + (" (KONSEP TW III)" if draft else ""))
    S.title(2, "A", "AB", "BADAN PENGHUBUNG DAERAH PROVINSI TELUK SARANGGI")
    S.title(3, "A", "AB", "PERIODE PELAKSANAAN : TAHUN 2024")
    hb = dict(bold=True, h="center")
    for col, txt in [("A", "No"), ("B", "Sasaran"), ("C", "Program / Kegiatan / Sub Kegiatan"),
                     ("D", "Indikator Kinerja Program (outcome) / Kegiatan (output)"),
                     ("AA", "Unit PD Penanggung Jawab"), ("AB", "Keterangan")]:
        S.merge(5, col, 7, col, txt, **hb)
    pairs = [("E", "F", "Target Renstra PD pada Tahun 2026 (akhir periode Renstra PD)"),
             ("G", "H", "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)"),
             ("I", "J", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024)"),
             ("S", "T", "Realisasi Kinerja dan Anggaran Renja PD yang Dievaluasi"),
             ("U", "V", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)"),
             ("W", "X", "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"),
             ("Y", "Z", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)")]
    for c1, c2, tx in pairs:
        S.merge(5, c1, 6, c2, tx, **hb)
    S.merge(5, "K", 5, "R", "Realisasi Kinerja dan Anggaran Renja PD pada Triwulan", **hb)
    for k, (c1, c2) in enumerate([("K", "L"), ("M", "N"), ("O", "P"), ("Q", "R")]):
        S.merge(6, c1, 6, c2, ["I", "II", "III", "IV"][k], **hb)
    for c in ["E", "G", "I", "K", "M", "O", "Q", "S", "U", "W", "Y"]:
        S.put(7, c, "K", **hb)
    for c in ["F", "H", "J", "L", "N", "P", "R", "T", "V", "X", "Z"]:
        S.put(7, c, "Rp", **hb)
    nums = [("A", "A", "1"), ("B", "B", "2"), ("C", "C", "3"), ("D", "D", "4"), ("E", "F", "5"), ("G", "H", "6"),
            ("I", "J", "7"), ("K", "L", "8"), ("M", "N", "9"), ("O", "P", "10"), ("Q", "R", "11"),
            ("S", "T", "12 = 8+9+10+11"), ("U", "V", "13 = 12/7 x 100"), ("W", "X", "14 = 6 + 12"),
            ("Y", "Z", "15 = 14/5 x 100"), ("AA", "AA", "16"), ("AB", "AB", "17")]
    for c1, c2, tx in nums:
        S.merge(8, c1, 8, c2, tx, h="center", italic=True)
    if not draft:
        REG.layout(AG, F, SH, "Permendagri 86/2017 form E.81, OLDER 17-COLUMN scheme (12 = 8+9+10+11, 13 = 12/7x100, "
                   "14 = 6+12, 15 = 14/5x100), NO Satuan column: units are written inside the indicator names. Title "
                   "rows 1-3; header rows 5-7 (group titles, quarter numerals, K/Rp); numbered row 8. Columns: A No, "
                   "B Sasaran (merged), C Program/Kegiatan/Sub Kegiatan (merged over its indicator rows), D Indikator, "
                   "E/F Target Renstra 2026, G/H Realisasi s.d. 2023, I/J Target Renja 2024 (keyed target = I), "
                   "K-R TW I-IV K/Rp, S/T column 12 (keyed realisasi = S: =K+M+O+Q for flows, =Q for levels, "
                   "=AVERAGE(K,M,O,Q) for the IKM row), U/V capaian, W/X, Y/Z, AA unit, AB keterangan. Data rows "
                   "9-28; averages, predikat, faktor, tindak lanjut and two signatures below.")
    y = 2024
    r = 9
    no = 1
    prog_rows = []
    blockfirst = {}
    for sas, blocks in E24_ROWS:
        rs = r
        cur = None
        for kind, name, ids in blocks:
            r0 = r
            if kind == "P":
                cur = [r0, []]
                prog_rows.append(cur)
            elif kind == "K":
                cur[1].append(r0)
            blockfirst[name] = r0
            for i in ids:
                fk, gk, q, rule = E24[i]
                t, rv = t_(i, y), r_(i, y)
                if draft:
                    q = list(q[:3]) + [None]
                S.put(r, "A", no, h="center"); no += 1
                S.put(r, "D", nm(i, y), bold=(kind == "P"))
                put_val(S, r, "E", fk)
                put_val(S, r, "G", gk)
                put_val(S, r, "I", ("pct", t, "0%") if i == "C04" else t)
                for k, c in enumerate(["K", "M", "O", "Q"]):
                    put_val(S, r, c, q[k])
                if rule == "sum":
                    put_val(S, r, "S", ("f", f"=K{r}+M{r}+O{r}+Q{r}", "#,##0.0" if i == "C11" else "#,##0"))
                elif rule == "avg":
                    put_val(S, r, "S", ("f", f"=AVERAGE(K{r},M{r},O{r},Q{r})", "0.00"))
                else:
                    put_val(S, r, "S", ("f", f"=Q{r}" if not draft else f"=O{r}", "0.0%" if i == "C04" else "0.00"))
                if i == "C12":
                    put_val(S, r, "U", ("f", f"=S{r+1}/I{r+1}*100"))
                else:
                    put_val(S, r, "U", ("f", f"=S{r}/I{r}*100"))
                if rule == "sum":
                    put_val(S, r, "W", ("f", f"=G{r}+S{r}", "#,##0.0" if i == "C11" else "#,##0"))
                elif i == "C04":
                    put_val(S, r, "W", ("f", f"=S{r}*100"))
                else:
                    put_val(S, r, "W", ("f", f"=S{r}"))
                put_val(S, r, "Y", ("f", f"=W{r}/E{r}*100"))
                S.put(r, "AA", "Badan Penghubung Daerah", h="center")
                if not draft:
                    REG.key(AG, F, SH, r, "D", y, nm(i, y), i, t, rv, [f"I{r}"], "one", [f"S{r}"], "one")
                    notes = {
                        "C03": "Column 12 = AVERAGE of the four quarters (84,6; 85,0; 85,3; 85,5 -> 85,1), not a sum.",
                        "C04": "Target and quarters are fractions in % cells (0,72 / 0,74) -> 72 / 74.",
                        "C12": "Capaian (13) formula points at the next row: =S%d/I%d*100." % (r + 1, r + 1),
                        "C13": "Renstra target (5) blank -> Y (15) #DIV/0!; look-alike of C12.",
                        "C18": "Negative (hari) but column 13 uses the form's single formula 12/7x100 (105).",
                        "C19": "Negative flow (keluhan) with the form's positive formula (62,5).",
                        "C16": "Only TW IV has a value (71,84); 12 = Q.",
                        "C10": "Flow with intake only in TW III (0+0+47+0).",
                    }
                    if i in notes:
                        REG.note(AG, F, SH, r, notes[i])
                r += 1
            S.merge(r0, "C", r - 1, "C", name, bold=(kind == "P"), italic=(kind == "SK"))
            if kind in ("K", "SK"):
                pagu = PAGU24[name]
                S.put(r0, "F", round(pagu * 3.9, -3), fmt="#,##0")
                S.put(r0, "H", round(pagu * 2.8, -3), fmt="#,##0")
                S.put(r0, "J", pagu, fmt="#,##0")
                for k, c in enumerate(["L", "N", "P", "R"]):
                    val = round(pagu * QF24[k], -3) if not (draft and k == 3) else None
                    S.put(r0, c, val, fmt="#,##0")
                if name.startswith("Promosi"):
                    S.put(r0, "N", f"=451000000-L{r0}", fmt="#,##0")
                    if not draft:
                        REG.note(AG, F, SH, r0, "Constant inside a budget formula: N = =451000000-L%d." % r0)
                S.put(r0, "T", f"=L{r0}+N{r0}+P{r0}+R{r0}", fmt="#,##0")
                S.put(r0, "V", f"=T{r0}/J{r0}*100", fmt="0.00")
                S.put(r0, "X", f"=H{r0}+T{r0}", fmt="#,##0")
                S.put(r0, "Z", f"=X{r0}/F{r0}*100", fmt="0.00")
        S.merge(rs, "B", r - 1, "B", sas)
    # Kegiatan 'Pengelolaan Wisma' budget = its sub kegiatan + a constant typed inside the formula
    kw = blockfirst["Pengelolaan Wisma Daerah dan Asrama Mahasiswa"]
    sk = blockfirst["Penyelenggaraan Asrama Mahasiswa"]
    S.put(kw, "J", f"=J{sk}+1460000000", fmt="#,##0")
    if not draft:
        REG.note(AG, F, SH, kw, "Kegiatan pagu J = =J%d+1460000000 (sub kegiatan plus a typed constant)." % sk)
    for pr, kegs in prog_rows:
        for c in ["F", "H", "J", "L", "N", "P", "R", "T", "X"]:
            S.put(pr, c, "=" + "+".join(f"{c}{k}" for k in kegs), fmt="#,##0", bold=True)
        S.put(pr, "V", f"=T{pr}/J{pr}*100", fmt="0.00", bold=True)
        S.put(pr, "Z", f"=X{pr}/F{pr}*100", fmt="0.00", bold=True)
    last = r - 1
    r = last + 2
    S.merge(r, "A", r, "T", "Rata-rata capaian kinerja (%)", bold=True)
    S.put(r, "U", f"=ROUND(AVERAGE(U9:U{last}),1)", fmt="0.0", bold=True)
    S.put(r, "V", f"=ROUND(AVERAGE(V9:V{last}),1)", fmt="0.0", bold=True)
    S.merge(r + 1, "A", r + 1, "T", "Predikat kinerja", bold=True)
    S.put(r + 1, "U", "Sangat Tinggi", h="center")
    texts = ["Faktor pendorong: dukungan penuh Gubernur dan koordinasi intensif dengan Kementerian/Lembaga.",
             "Faktor penghambat: keterbatasan kamar Wisma Daerah pada musim sidang DPR.",
             "Tindak lanjut triwulan berikutnya: penambahan event promosi UMKM di Jakarta.",
             "Tindak lanjut Renja berikutnya: penyesuaian target Renstra indikator UMKM."]
    for k, tx in enumerate(texts):
        S.text(r + 3 + k, "B", tx)
    rr = r + 8
    S.text(rr, "D", "Disusun oleh:")
    S.text(rr, "S", "Dievaluasi oleh:")
    sig_block(S, rr + 1, "D", "Jakarta, 15 Januari 2025", ["KEPALA BADAN PENGHUBUNG DAERAH",
                                                           "PROVINSI TELUK SARANGGI,"], *KABAN24)
    sig_block(S, rr + 1, "S", "Kota Saranggi, 22 Januari 2025", ["KEPALA BAPPEDA",
                                                                 "PROVINSI TELUK SARANGGI,"], *BAPPEDA)
    if not draft:
        REG.note(AG, F, SH, r, "Average row (ROUND(AVERAGE(...),1)) and predikat: not keyed.")
    else:
        ws.sheet_state = "hidden"
        REG.note(AG, F, SH, 1, "HIDDEN sheet: TW III draft of the same form (TW IV blank, column 12 = TW III): not keyed.")


def file_c4():
    F = "E81_Badan_Penghubung_2024.xls"
    wb = new_wb()
    e81_2024(wb, F, "E81 TW IV 2024")
    e81_2024(wb, F, "E81 TW III 2024", draft=True)
    ws = wb.create_sheet("Catatan")
    S = Sheet(ws)
    S.widths({"A": 110})
    lines = ["Catatan",
             "- Sheet 'E81 TW III 2024' adalah konsep laporan triwulan III (disembunyikan).",
             "- Indikator keluhan pengguna Wisma Daerah kembali masuk Renja 2024.",
             "- Satuan indikator dicantumkan di dalam nama indikator."]
    for k, line in enumerate(lines, 1):
        S.text(k, "A", line, bold=(k == 1))
    REG.layout(AG, F, "Catatan", "Notes sheet; not keyed.")
    wb.save(os.path.join(RAW, F.replace(".xls", ".xlsx")))
    REG.add_file(AG, F.replace(".xls", ".xlsx"), F, "xls")


def build():
    file_c1()
    file_c2()
    file_c3()
    file_c4()
