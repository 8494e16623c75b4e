"""Agency B: Dinas Pemberdayaan Masyarakat Kampung Kabupaten Wandoma Jaya (Papua, invented), 2018-2021."""
import os

from common import REG, RAW, Sheet, agg, new_wb, parse_spec, put_val, sig_block, L
from data_b import D

AG = "B"
KADIS = ("YOHANIS K. WAMAFMA, S.Sos., M.Si", "Pembina Tk. I (IV/b)", "NIP. 19720418 199903 1 006")
KADIS21 = ("MARTHEN RUMBEKWAN, S.IP., M.AP", "Pembina (IV/a)", "NIP. 19790911 200501 1 012")

S1 = "Meningkatnya status kemandirian kampung"
S2 = "Meningkatnya kualitas tata kelola pemerintahan dan keuangan kampung"
S3 = "Meningkatnya kapasitas kelembagaan dan ekonomi masyarakat kampung"
S4 = "Meningkatnya akuntabilitas kinerja Dinas"


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


# ----------------------------------------------------------------------------- 2018 Bone-style blocks
Q18 = {  # id: (annual target as written, quarter targets, quarter realisasi)
    "B01": (1, ["-", "-", "-", 1], ["-", 0, 0, 0]),
    "B02": (40, ["-", "-", "-", 4], ["-", 3, 3, 3]),
    "B03": (25, ["-", "-", "-", 25], ["-", 27, 27, 27]),
    "B04": (70, ["-", "-", "-", 70], ["-", 72, 72, 72]),
    "B05": (86, ["-", "-", "-", 86], ["-", 84, 84, 84]),
    "B06": (0.512, ["-", "-", "-", 0.512], ["-", 0.5087, 0.5087, "0,5087"]),
    "B07": ("80%", ["20%", "40%", "60%", "80%"], ["18,5%", "39,0%", "61,2%", "78,5%"]),
    "B08": (("pct", 70, "0%"), [("pct", 10, "0%"), ("pct", 40, "0%"), ("pct", 60, "0%"), ("pct", 70, "0%")],
            [("pct", 8.5), ("pct", 38), ("pct", 55), ("pct", 64.5)]),
    "B09": ("100%", [25, 50, 75, 100], [24.1, 49.8, 73.5, 98.6]),
    "B14": (75, [15, 40, 60, 75], [20, 45, 60, 71]),
    "B16": (100, [40, 60, 80, 100], [38, 61, 84, None]),
    "B22": (20, [5, 5, 5, 5], [0, 18, 8, "-"]),
    "B10": (20, [5, 10, 15, 20], [6, 11, 15, 18]),
    "B11": (10, [2, 3, 3, 2], [1, 4, 5, 2]),
    "B12": (372, [93, 93, 93, 93], ["90 orang", 95, 85, 90]),
    "B13": (186, [186] * 4, [150, 170, 186, 186]),
    "B15": (150, [150] * 4, [130, 136, 140, 142]),
    "B18": (120, [120] * 4, [110, 112, 118, 118]),
    "B19": ("60%", ["60%"] * 4, ["55,2%", "56,0%", "57,3%", "-"]),
    "B23": (4, ["-", 1, 2, 1], [0, 1, 2, 1]),
    "B21": ("CC", ["-", "-", "-", "CC"], ["-", "-", "-", "C"]),
}
PROG18 = {S1: "Program Pengembangan Kampung Mandiri\n\nRp. 1.245.600.000,-",
          S2: "Program Peningkatan Kapasitas Aparatur Pemerintahan Kampung\n\nRp. 2.318.450.000,-",
          S3: "Program Peningkatan Keberdayaan Masyarakat Kampung\n\nRp. 3.106.275.000,-",
          S4: "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan\n\nRp. 145.000.000,-"}
PJ18 = {S1: "Kepala Bidang Pengembangan Kampung", S2: "Kepala Bidang Pemerintahan Kampung",
        S3: "Kepala Bidang Kelembagaan dan Ekonomi Masyarakat", S4: "Sekretaris Dinas"}


def file_b1():
    F = "RA_DPMK_Wandoma_Jaya_2018.xlsx"
    wb = new_wb()
    ws = wb.create_sheet("RA 2018")
    S = Sheet(ws)
    SH = ws.title
    S.widths({"A": 4, "B": 24, "C": 36, "D": 15, "E": 11, "F": 11, "G": 9, "H": 32, "I": 20})
    S.title(1, "A", "I", "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA")
    S.title(2, "A", "I", "DINAS PEMBERDAYAAN MASYARAKAT KAMPUNG KABUPATEN WANDOMA JAYA")
    S.title(3, "A", "I", "TAHUN ANGGARAN 2018")
    hb = dict(bold=True, h="center")
    S.merge(5, "A", 6, "A", "No", **hb)
    S.merge(5, "B", 6, "B", "Sasaran Strategis", **hb)
    S.merge(5, "C", 6, "C", "Indikator Sasaran", **hb)
    S.merge(5, "D", 5, "G", "Kriteria Keberhasilan Sasaran\n(Target Tahunan & Triwulan)", **hb)
    S.put(6, "D", "Periode", **hb); S.put(6, "E", "Target", **hb)
    S.put(6, "F", "Realisasi Kinerja", **hb); S.put(6, "G", "%", **hb)
    S.merge(5, "H", 6, "H", "Program & Anggaran", **hb)
    S.merge(5, "I", 6, "I", "Unit Kerja / Penanggung Jawab", **hb)
    for k, c in enumerate("ABCDEFGHI"):
        S.put(7, c, str(k + 1), h="center", italic=True)
    REG.layout(AG, F, SH, "Quarterly Rencana Aksi in VERTICAL BLOCKS (Bone style) WITHOUT an annual realisasi. Title rows "
               "1-3; header rows 5-6; numbered row 7 (1..9). Each indicator is a 5-row block: line 1 'Target Tahunan :' "
               "with the annual target in E, lines 2-5 'TW 1 (B03) :' .. 'TW 4 (B12) :' with quarter target E, realisasi F, "
               "% G. No (A) and Indikator (C) are merged over the 5 rows (key row = first row of the block); Sasaran (B), "
               "Program & Anggaran (H, name + 'Rp. ...,-') and Penanggung jawab (I) merged over the sasaran's blocks. "
               "Keyed realisasi = SUM of TW 1-4 for flows (B11, B12, B22, B23; '-' counts 0), LAST REPORTED quarter for "
               "levels (blank or '-' quarters skipped). Blocks start at rows 8, 13, ... (22 blocks incl. one duplicate); "
               "budget line and signature below.")
    groups = [(S1, ["B01", "B02", "B03", "B04", "B05", "B06"]),
              (S2, ["B07", "B08", "B09", "B14", "B16", "B22"]),
              (S3, ["B10", "B11", "B12", "B13", "B15", "B18", "B18dup", "B19", "B23"]),
              (S4, ["B21"])]
    y = 2018
    r = 8
    no = 1
    labels = ["Target Tahunan :", "TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :"]
    for sas, ids in groups:
        rs = r
        for i in ids:
            base = i.replace("dup", "")
            tw, tq, rq = Q18[base]
            S.merge(r, "A", r + 4, "A", no if not i.endswith("dup") else no - 1, h="center")
            if not i.endswith("dup"):
                no += 1
            S.merge(r, "C", r + 4, "C", nm(base, y))
            for k in range(5):
                S.put(r + k, "D", labels[k])
            put_val(S, r, "E", tw)
            S.put(r, "F", None); S.put(r, "G", None)
            for k in range(4):
                rr = r + 1 + k
                put_val(S, rr, "E", tq[k])
                put_val(S, rr, "F", rq[k])
                tv, rv = parse_spec(tq[k]), parse_spec(rq[k])
                if base == "B03" and k == 3:
                    put_val(S, rr, "G", 100)
                elif base == "B09" and k == 3:
                    put_val(S, rr, "G", 100)
                elif base == "B05" and k == 3:
                    put_val(S, rr, "G", ("f", f"=(2*E{rr}-F{rr})/E{rr}*100"))
                elif isnum(tq[k]) and isnum(rq[k]) or (isinstance(tq[k], tuple) and isinstance(rq[k], tuple)):
                    put_val(S, rr, "G", ("f", f"=F{rr}/E{rr}*100"))
                elif tv not in (None, 0) and rv is not None:
                    put_val(S, rr, "G", round(rv / tv * 100, 2))
                else:
                    put_val(S, rr, "G", "-")
            how = "sum" if D[base]["kind"] == "flow" else "last"
            key_r = agg(rq, how)
            if not i.endswith("dup"):
                exp = r_(base, y)
                assert (key_r is None and exp is None) or abs(key_r - exp) < 1e-9, (base, key_r, exp)
                assert parse_spec(tw) == t_(base, y) or (isinstance(tw, tuple) and tw[1] == t_(base, y)), base
                REG.key(AG, F, SH, r, "C", y, nm(base, y), base, t_(base, y), exp, [f"E{r}"], "one",
                        [f"F{r+k}" for k in range(1, 5)], how)
            notes = {
                "B01": "Level: TW 1 '-', TW 2-4 0 -> realisasi 0 (last reported).",
                "B02": "Annual target typed 10x: 40 while TW 4 target is 4; keyed as typed 40.",
                "B03": "TW 4 % typed 100 for 27/25 = 108 (capped at 100).",
                "B04": "Negative indicator; TW 4 % uses the positive formula =F/E*100 (102,86) while B05 uses (2E-F)/E.",
                "B06": "Index with 4 decimals; TW 4 typed as text '0,5087' -> 0.5087.",
                "B07": "Everything typed as text with % ('80%', '78,5%') -> 80 / 78.5.",
                "B08": "Fractions in % formatted cells (0,70 / 0,645) -> 70 / 64.5.",
                "B09": "Annual target text '100%'; TW 4 % typed 100 for 98,6 (disagrees / capped).",
                "B16": "TW 4 realisasi BLANK (not yet reported): last reported quarter = TW 3 = 84.",
                "B22": "Negative FLOW: TW 1 0, TW 2 18, TW 3 8, TW 4 '-' -> sum 26.",
                "B11": "Flow: 1+4+5+2 = 12.",
                "B12": "Flow; TW 1 typed as text '90 orang' -> 90; sum 360.",
                "B19": "Text percentages; TW 4 '-' -> last reported = TW 3 = 57,3.",
                "B23": "Flow: 0+1+2+1 = 4 (TW 1 target '-').",
                "B21": "Grades 'CC' / 'C' -> null / null.",
            }
            if i.endswith("dup"):
                REG.note(AG, F, SH, r, "DUPLICATE block of the previous indicator (rows %d-%d repeated): not keyed." % (r - 5, r - 1))
            elif base in notes:
                REG.note(AG, F, SH, r, notes[base])
            r += 5
        S.merge(rs, "B", r - 1, "B", sas)
        S.merge(rs, "H", r - 1, "H", PROG18[sas])
        S.merge(rs, "I", r - 1, "I", PJ18[sas])
    S.text(r + 1, "B", "Jumlah Anggaran Tahun 2018 : Rp. 6.815.325.000,-", bold=True)
    REG.note(AG, F, SH, r + 1, "Budget line (not a key row).")
    sig_block(S, r + 3, "H", "Sorendi, 31 Desember 2018",
              ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT KAMPUNG", "KABUPATEN WANDOMA JAYA,"], *KADIS)
    ws = wb.create_sheet("Catatan")
    S = Sheet(ws)
    S.widths({"A": 110})
    lines = ["Catatan:",
             "1. Status IDM kampung diumumkan Kementerian Desa PDTT pada Triwulan II; TW 1 diisi '-'.",
             "2. Realisasi Triwulan IV indikator 'Jumlah kampung yang menerapkan Siskeudes' belum dilaporkan distrik.",
             "3. Persentase posyandu aktif TW IV menunggu rekap Dinas Kesehatan.",
             "4. Realisasi tahunan = penjumlahan triwulan untuk indikator jumlah kegiatan; nilai triwulan terakhir untuk indikator status."]
    for k, line in enumerate(lines, 1):
        S.text(k, "A", line, bold=(k == 1))
    REG.layout(AG, F, "Catatan", "Notes sheet; not keyed.")
    wb.save(os.path.join(RAW, F))
    REG.add_file(AG, F, F, "xlsx")


# ----------------------------------------------------------------------------- 2019 monthly
M = lambda **kw: [kw.get(m) for m in ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agt", "sep", "okt", "nov", "des"]]
M19 = {
    "B01": M(jun=1, des=1), "B02": M(jun=6, des=6), "B03": M(jun=35, des=35), "B04": M(jun=69, des=69),
    "B05": M(jun=75, des=75), "B06": M(jun=0.5261, des=0.5261),
    "B07": M(mar=40.9, jun=62.4, sep=80.1, des=86.0),
    "B08": M(jan=12.9, feb=40.3, mar=77.4, des=77.4),
    "B09": M(apr=20.0, jun=45.3, agt=60.1, okt=82.0, des=99.2),
    "B14": M(mar=10.2, jun=55.4, sep=70.1, des=82.3),
    "B16": M(mar=120, jun=138, sep=145, des=151),
    "B22": M(jan="-", jun=9, des=8),
    "B10": M(mar=22, jun=24, sep=25, des=26),
    "B11": M(mar=2, jun=3, sep=2, nov=1),
    "B12": M(feb=40, apr=85, mei=60, jul=90, agt=70, okt=70),
    "B13": M(jan=186, apr=187, jul=189, des=190),
    "B15": M(jun=158, des=163),
    "B18": M(jun=127, des=131),
    "B19": M(mar=60.2, jun=62.5, sep=64.8, des=66.0),
    "B23": M(agt=1, nov=1),
    "B21": M(des="CC"),
}


def file_b2():
    F = "Monev_Bulanan_DPMK_2019.ods"
    wb = new_wb()
    ws = wb.create_sheet("Realisasi Bulanan 2019")
    S = Sheet(ws)
    SH = ws.title
    S.widths({"A": 4, "B": 44, "C": 10, "D": 11, "Q": 12, "R": 10, "S": 22})
    for k in range(12):
        S.widths({L(5 + k): 7})
    S.title(1, "A", "S", "MONITORING REALISASI KINERJA BULANAN")
    S.title(2, "A", "S", "DINAS PEMBERDAYAAN MASYARAKAT KAMPUNG KABUPATEN WANDOMA JAYA TAHUN 2019")
    hb = dict(bold=True, h="center")
    for col, txt in [("A", "No"), ("B", "Indikator Kinerja"), ("C", "Satuan"), ("D", "Target 2019"),
                     ("Q", "Realisasi s.d. Desember"), ("R", "Capaian (%)"), ("S", "Keterangan")]:
        S.merge(4, col, 5, col, txt, **hb)
    S.merge(4, "E", 4, "P", "Realisasi Bulan", **hb)
    for k, m in enumerate(["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]):
        S.put(5, 5 + k, m, **hb)
    for k in range(5, 11):   # Jan-Jun hidden
        ws.column_dimensions[L(k)].hidden = True
    REG.layout(AG, F, SH, "MONTHLY realisation sheet. Title rows 1-2; header rows 4-5 (Realisasi Bulan Jan..Des). "
               "Columns: A No, B Indikator Kinerja (sasaran rows 'SASARAN n : ...' merged B:S are group rows), C Satuan, "
               "D Target 2019, E-P months Jan-Des (columns E-J = Jan-Jun are HIDDEN), Q Realisasi s.d. Desember (keyed "
               "realisasi: =SUM(E:P) for flows, =P (December) for levels, one typed text), R Capaian (%), S Keterangan. "
               "Rows 6-30: 4 sasaran rows + 21 indicator rows; signature below.")
    groups = [(S1, ["B01", "B02", "B03", "B04", "B05", "B06"]),
              (S2, ["B07", "B08", "B09", "B14", "B16", "B22"]),
              (S3, ["B10", "B11", "B12", "B13", "B15", "B18", "B19", "B23"]),
              (S4, ["B21"])]
    y = 2019
    r = 6
    no = 1
    rep_t = {"B08": ("n", 0.75, "General"), "B16": "140 kampung", "B21": "B"}
    for gi, (sas, ids) in enumerate(groups, 1):
        S.put(r, "A", None)
        S.merge(r, "B", r, "S", f"SASARAN {gi} : {sas}", bold=True)
        REG.note(AG, F, SH, r, "Sasaran group row (not keyed).")
        r += 1
        for i in ids:
            t, rv = t_(i, y), r_(i, y)
            S.put(r, "A", no, h="center"); no += 1
            S.put(r, "B", nm(i, y))
            S.put(r, "C", unit(i) if i != "B21" else "predikat", h="center")
            put_val(S, r, "D", rep_t.get(i, t))
            for k, v in enumerate(M19[i]):
                put_val(S, r, 5 + k, v)
            if i == "B10":
                put_val(S, r, "Q", "26 unit")
            elif i == "B19":
                put_val(S, r, "Q", "66,0 %")
            elif i == "B21":
                put_val(S, r, "Q", "CC")
            elif D[i]["kind"] == "flow":
                put_val(S, r, "Q", ("f", f"=SUM(E{r}:P{r})", "0"))
            else:
                put_val(S, r, "Q", ("f", f"=P{r}", "0.0000" if i == "B06" else "0.0"))
            typed = {"B07": 110.59, "B10": 104, "B19": 101.54, "B21": "-", "B16": 107.86}
            if i in typed:
                put_val(S, r, "R", typed[i])
            elif D[i]["neg"]:
                put_val(S, r, "R", ("f", f"=(2*D{r}-Q{r})/D{r}*100"))
            else:
                put_val(S, r, "R", ("f", f"=Q{r}/D{r}*100"))
            S.put(r, "S", {"B01": "Status IDM 2019", "B23": "Pasar Kampung Yoboi & Ayapo"}.get(i))
            # self-check of realisation
            if i not in ("B10", "B19", "B21"):
                exp = agg(M19[i], "sum" if D[i]["kind"] == "flow" else "last")
                assert abs(exp - rv) < 1e-9, (i, exp, rv)
            REG.key(AG, F, SH, r, "B", y, nm(i, y), i, t, rv, [f"D{r}"], "one", [f"Q{r}"], "one")
            notes = {
                "B07": "Typed capaian 110,59 disagrees with 86/85 = 101,18.",
                "B08": "Fraction typed in the target: 0,75 in a General cell (meant 75 %); keyed as typed 0.75; capaian formula gives 10.320.",
                "B10": "Annual realisasi typed as text '26 unit' -> 26.",
                "B15": "Target typed 10x: 1600 (2018: 150, 2021: 180); keyed as typed; capaian formula 10,19.",
                "B16": "Target typed as text '140 kampung' -> 140.",
                "B19": "Annual realisasi typed as text '66,0 %' -> 66.",
                "B21": "Grades 'B' / 'CC' -> null / null.",
                "B22": "Negative flow: Q = SUM = 17; capaian (2T-R)/T.",
                "B04": "Negative indicator; capaian (2T-R)/T.",
                "B05": "Negative indicator; capaian (2T-R)/T.",
            }
            if i in notes:
                REG.note(AG, F, SH, r, notes[i])
            r += 1
    sig_block(S, r + 2, "Q", "Sorendi, 10 Januari 2020",
              ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT KAMPUNG", "KABUPATEN WANDOMA JAYA,"], *KADIS)
    ws = wb.create_sheet("Petunjuk")
    S = Sheet(ws)
    S.widths({"A": 110})
    lines = ["Petunjuk pengisian monev bulanan",
             "- Isi realisasi pada bulan kegiatan dilaksanakan; kosongkan bila tidak ada laporan.",
             "- Kolom 'Realisasi s.d. Desember' = jumlah bulan untuk indikator kegiatan; nilai Desember untuk indikator status.",
             "- Kolom Januari s.d. Juni disembunyikan untuk pencetakan semester II."]
    for k, line in enumerate(lines, 1):
        S.text(k, "A", line, bold=(k == 1))
    REG.layout(AG, F, "Petunjuk", "Instructions sheet; not keyed.")
    wb.save(os.path.join(RAW, F.replace(".ods", ".xlsx")))
    REG.add_file(AG, F.replace(".ods", ".xlsx"), F, "ods")


# ----------------------------------------------------------------------------- 2020 transposed + 2021 side by side
PREV20 = {  # realisasi 2018, 2019 as printed in the transposed 2020 sheet
    "B01": (0, 1), "B02": (3, 6), "B03": (27, 35), "B04": (72, 69), "B05": (84, 75), "B06": (0.5087, 0.5261),
    "B07": (78.5, 86.0), "B08": (64.5, 77.4), "B09": (98.6, 99.2), "B14": (71.0, 82.3), "B16": (96, 151),
    "B17": ("-", "-"), "B22": (26, 17), "B10": (18, 26), "B11": (12, 8), "B12": (360, 415), "B13": (186, 190),
    "B18": (118, 131), "B19": (57.3, 66.0), "B20": ("-", "-"), "B21": ("C", "CC"),
}


def pk2020_transposed(wb, F):
    ws = wb.create_sheet("PK 2020")
    S = Sheet(ws)
    SH = ws.title
    groups = [(S1, ["B01", "B02", "B03", "B04", "B05", "B06"]),
              (S2, ["B07", "B08", "B09", "B14", "B16", "B17", "B22"]),
              (S3, ["B10", "B11", "B12", "B13", "B18", "B19", "B20"]),
              (S4, ["B21"])]
    ncol = 1 + sum(len(g[1]) for g in groups)
    S.widths({"A": 22})
    for c in range(2, ncol + 1):
        S.widths({L(c): 13})
    S.title(1, "A", L(ncol), "PENGUKURAN KINERJA TAHUN 2020")
    S.title(2, "A", L(ncol), "DINAS PEMBERDAYAAN MASYARAKAT KAMPUNG KABUPATEN WANDOMA JAYA")
    labels = {3: "Sasaran Strategis", 4: "Indikator Kinerja", 5: "Satuan", 6: "Sifat (+/-)",
              7: "Realisasi 2018", 8: "Realisasi 2019", 9: "Target 2020", 10: "Realisasi 2020",
              11: "Capaian 2020 (%)", 12: "Keterangan"}
    for rr, tx in labels.items():
        S.put(rr, "A", tx, bold=True)
    ws.row_dimensions[4].height = 90
    REG.layout(AG, F, SH, "TRANSPOSED table: indicators ACROSS (columns B-V, one per indicator), years/measures DOWN. "
               "Title rows 1-2; row 3 sasaran headers merged across their indicators; row 4 indicator names; row 5 "
               "Satuan; row 6 Sifat (+/-); rows 7-8 Realisasi 2018 / 2019 (earlier years, NOT keyed, some revised); row 9 "
               "Target 2020 (keyed target); row 10 Realisasi 2020 (keyed realisasi); row 11 Capaian 2020 (%); row 12 "
               "Keterangan. KEY CONVENTION: there is no name row per indicator, so every key row of this sheet has "
               "row = 4 (the row of the name cells) and the extra field \"col\" = the indicator's column letter.")
    y = 2020
    c = 2
    for sas, ids in groups:
        c0 = c
        for i in ids:
            col = L(c)
            t, rv = t_(i, y), r_(i, y)
            S.put(4, col, nm(i, y), bold=True, h="center")
            S.put(5, col, unit(i), h="center")
            S.put(6, col, "-" if D[i]["neg"] else "+", h="center")
            put_val(S, 7, col, PREV20[i][0])
            put_val(S, 8, col, PREV20[i][1])
            rep_t = {"B14": "85 - 90", "B19": ("pct", 70, "0%")}
            rep_r = {"B12": "210 orang", "B19": ("pct", 52.4, "0.0%"), "B21": "52,10"}
            put_val(S, 9, col, rep_t.get(i, t))
            put_val(S, 10, col, rep_r.get(i, rv))
            typed = {"B12": 52.5, "B14": 94.24, "B21": 94.73, "B10": 93}
            if i in typed:
                put_val(S, 11, col, typed[i])
            elif i == "B04":
                put_val(S, 11, col, ("f", f"={col}9/{col}10*100"))
            elif i == "B22":
                put_val(S, 11, col, ("f", f"=(2*{col}9-{col}10)/{col}9*100"))
            else:
                put_val(S, 11, col, ("f", f"={col}10/{col}9*100"))
            S.put(12, col, {"B19": "Pandemi: posyandu banyak tidak aktif", "B12": "Pelatihan dibatasi (COVID-19)"}.get(i))
            REG.key(AG, F, SH, 4, col, y, nm(i, y), i, t, rv, [f"{col}9"], "one", [f"{col}10"], "one")
            notes = {
                "B04": "Negative; capaian = target/realisasi*100 (103,17).",
                "B05": "Negative but capaian uses the POSITIVE formula realisasi/target*100 (95,77; (2T-R)/T would be 104,23).",
                "B22": "Negative; capaian (2T-R)/T = 125. Three different negative formulas in one sheet (B04, B05, B22).",
                "B12": "Realisasi typed as text '210 orang' -> 210; capaian typed 52,5.",
                "B14": "Target typed as a range '85 - 90' -> 85; capaian typed 94,24.",
                "B19": "Target 0,70 and realisasi 0,524 in % cells -> 70 / 52.4.",
                "B21": "Realisasi typed as text '52,10' -> 52.1; row 7-8 hold grades C / CC (earlier years).",
                "B10": "Typed capaian 93 disagrees with 27/30 = 90.",
                "B16": "Row 7 (2018) shows 96: the final 2018 figure, while the 2018 workbook's last reported quarter is 84 (not keyed here).",
                "B17": "Look-alike of B16 (Persentase vs Jumlah kampung ... Siskeudes): must not merge.",
                "B20": "Look-alike of B19 (Jumlah vs Persentase posyandu aktif): must not merge.",
            }
            if i in notes:
                REG.note(AG, F, SH, 4, f"[col {col}] {i}: " + notes[i])
            c += 1
        S.merge(3, L(c0), 3, L(c - 1), "Sasaran: " + sas, bold=True, h="center")
    sig_block(S, 14, L(ncol - 4), "Sorendi, 31 Desember 2020",
              ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT KAMPUNG", "KABUPATEN WANDOMA JAYA,"], *KADIS)


PREV21 = {  # 2020 columns as printed in the 2021 side-by-side sheet (some revised)
    "B01": (2, 2), "B02": (8, 9), "B03": (40, 44), "B04": (65, 63), "B05": (71, 68), "B06": (0.54, 0.5432),
    "B07": (90, 91.4), "B08": (80, 72.0), "B09": (100, 100), "B14": (85, 80.1), "B17b": (100, 100),
    "B22": (12, 9), "B10": (30, 27), "B11": (8, 6), "B12": (400, 212), "B13": (200, 198), "B15": ("-", "-"),
    "B18": (140, 139), "B19": (70, 53.0), "B20": (150, 112), "B21": (55, 52.1),
}


def pk2021_side(wb, F):
    ws = wb.create_sheet("PK 2021")
    S = Sheet(ws)
    SH = ws.title
    S.widths({"A": 4, "B": 24, "C": 42, "D": 10, "E": 9, "F": 9, "G": 9, "H": 10, "I": 10, "J": 10, "K": 12, "L": 20})
    S.title(1, "A", "L", "PERJANJIAN KINERJA DAN REALISASI TAHUN 2021")
    S.title(2, "A", "L", "DINAS PEMBERDAYAAN MASYARAKAT KAMPUNG KABUPATEN WANDOMA JAYA")
    S.title(3, "A", "L", "(dibandingkan dengan Tahun 2020)", bold=False, size=9)
    hb = dict(bold=True, h="center")
    for col, txt in [("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"), ("D", "Satuan"),
                     ("K", "Kenaikan / Penurunan Realisasi"), ("L", "Keterangan")]:
        S.merge(5, col, 6, col, txt, **hb)
    S.merge(5, "E", 5, "G", "Tahun 2020", **hb)
    S.merge(5, "H", 5, "J", "Tahun 2021", **hb)
    for c1, c2, c3 in [("E", "F", "G"), ("H", "I", "J")]:
        S.put(6, c1, "Target", **hb); S.put(6, c2, "Realisasi", **hb); S.put(6, c3, "Capaian (%)", **hb)
    for k, c in enumerate("ABCDEFGHIJKL"):
        S.put(7, c, f"({k+1})", h="center", italic=True)
    REG.layout(AG, F, SH, "TWO YEARS SIDE BY SIDE. Title rows 1-3; header rows 5-6 (Tahun 2020 | Tahun 2021, each Target / "
               "Realisasi / Capaian), numbered row 7. Columns: A No, B Sasaran (merged), C Indikator, D Satuan, E-G 2020 "
               "(NOT keyed; some figures revised against the 2020 sheet), H-J 2021 (keyed: H target, I realisasi), "
               "K = I - F, L Keterangan. Data rows 8-29 (22 rows incl. one duplicate); signature below.")
    groups = [(S1, ["B01", "B02", "B03", "B04", "B05", "B06"]),
              (S2, ["B07", "B08", "B09", "B14", "B17b", "B22"]),
              (S3, ["B10", "B11", "B12", "B13", "B15", "B18", "B19", "B20", "B20dup"]),
              (S4, ["B21"])]
    y = 2021
    r = 8
    no = 1
    for sas, ids in groups:
        r0 = r
        for i in ids:
            base = i.replace("dup", "")
            t, rv = t_(base, y), r_(base, y)
            S.put(r, "A", no, h="center"); no += 1
            S.put(r, "C", nm(base, y))
            S.put(r, "D", unit(base), h="center")
            pe, pf = PREV21[base]
            put_val(S, r, "E", pe); put_val(S, r, "F", pf)
            if isnum(pe) and isnum(pf):
                put_val(S, r, "G", ("f", f"=F{r}/E{r}*100" if not D[base]["neg"] else f"=(2*E{r}-F{r})/E{r}*100"))
            else:
                put_val(S, r, "G", "-")
            put_val(S, r, "H", {"B01": "3 kampung", "B11": ">= 8"}.get(base, t))
            put_val(S, r, "I", rv)
            typed = {"B14": 100, "B01": 133.33, "B11": 112.5}
            if base in typed:
                put_val(S, r, "J", typed[base])
            elif base == "B03":
                put_val(S, r, "J", ("f", f"=I{r}/H{r+1}*100"))
            elif D[base]["neg"]:
                put_val(S, r, "J", ("f", f"=(2*H{r}-I{r})/H{r}*100"))
            else:
                put_val(S, r, "J", ("f", f"=I{r}/H{r}*100"))
            put_val(S, r, "K", ("f", f"=I{r}-F{r}", "0.00") if isnum(pf) else "-")
            S.put(r, "L", {"B15": "Indikator kembali digunakan (Renstra perubahan)",
                           "B17b": "Siskeudes online mulai 2021"}.get(base))
            if i.endswith("dup"):
                REG.note(AG, F, SH, r, "DUPLICATE of row %d: second copy, not keyed." % (r - 1))
            else:
                REG.key(AG, F, SH, r, "C", y, nm(base, y), base, t, rv, [f"H{r}"], "one", [f"I{r}"], "one")
            notes = {
                "B01": "Target typed as text '3 kampung' -> 3; capaian typed.",
                "B03": "Capaian formula points at the wrong row: =I%d/H%d*100 (target of the next row)." % (r, r + 1),
                "B11": "Target typed '>= 8' -> 8.",
                "B14": "Typed capaian 100 disagrees with 91,9/90 = 102,11 (capped).",
                "B12": "2020 column F shows 212 (revised; the 2020 sheet says 210): not keyed.",
                "B19": "2020 column F shows 53,0 (revised; the 2020 sheet says 52,4): not keyed.",
                "B15": "Indicator absent in 2020: E-G '-'.",
                "B17b": "'Siskeudes online' (2021) vs 'Siskeudes' (2020, B17): ambiguous pair; the 2020 columns of this row show B17's 100/100.",
            }
            if base in notes and not i.endswith("dup"):
                REG.note(AG, F, SH, r, notes[base])
            r += 1
        S.merge(r0, "B", r - 1, "B", sas)
    sig_block(S, r + 2, "I", "Sorendi, 31 Desember 2021",
              ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT KAMPUNG", "KABUPATEN WANDOMA JAYA,"], *KADIS21)


def file_b3():
    F = "PK_DPMK_2020_2021.xls"
    wb = new_wb()
    pk2020_transposed(wb, F)
    pk2021_side(wb, F)
    ws = wb.create_sheet("Catatan Perubahan")
    S = Sheet(ws)
    S.widths({"A": 6, "B": 60, "C": 60})
    S.put(1, "A", "No", bold=True); S.put(1, "B", "Indikator 2020", bold=True); S.put(1, "C", "Indikator 2021", bold=True)
    rows = [("Persentase kampung yang menerapkan Siskeudes", "Persentase kampung yang menerapkan Siskeudes online"),
            ("Jumlah kampung pengguna Siskeudes", "(dihapus, seluruh kampung telah menggunakan Siskeudes)"),
            ("-", "Jumlah lembaga kemasyarakatan kampung aktif")]
    for k, (a, b) in enumerate(rows, 2):
        S.put(k, "A", k - 1); S.put(k, "B", a); S.put(k, "C", b)
    REG.layout(AG, F, "Catatan Perubahan", "Change log listing renamed/dropped indicators (indicator names as text): not keyed.")
    wb.save(os.path.join(RAW, F.replace(".xls", ".xlsx")))
    REG.add_file(AG, F.replace(".xls", ".xlsx"), F, "xls")


def build():
    file_b1()
    file_b2()
    file_b3()
