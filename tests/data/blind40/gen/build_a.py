"""Agency A: Dinas Pendidikan Dayah Kabupaten Tanoh Alue (Aceh, invented), 2019-2022."""
import os

from common import (REG, RAW, Sheet, idn, new_wb, prog_level, put_val, sig_block,
                    split_flow, L)
from data_a import D

AG = "A"
KADIS = ("Tgk. H. ZULKARNAINI HASBALLAH, S.Ag., M.Pd", "Pembina Utama Muda (IV/c)",
         "NIP. 19710314 199803 1 004")
KADIS22 = ("Dr. Tgk. RAHMATILLAH YUSUF, M.A", "Pembina Tk. I (IV/b)",
           "NIP. 19760822 200212 1 003")
BAPPEDA = ("Ir. T. SYAHRUL MAULANA, M.T", "Pembina Utama Muda (IV/c)",
           "NIP. 19690605 199503 1 002")

S1 = "Meningkatnya mutu penyelenggaraan pendidikan dayah"
S2 = "Meningkatnya akses dan pemerataan layanan pendidikan dayah"
S3 = "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan publik Dinas"


def t_(i, y):
    return D[i]["tr"][y][0]


def r_(i, y):
    return D[i]["tr"][y][1]


def nm(i, y):
    return D[i]["names"][y]


def unit(i):
    return {"rasio": "santri/tgk", "nilai": "nilai", "indeks": "indeks"}.get(D[i]["unit"], D[i]["unit"])


# ----------------------------------------------------------------------------- 2019
def pk2019(wb, F):
    ws = wb.create_sheet("PK 2019")
    S = Sheet(ws)
    SH = ws.title
    S.widths({"A": 5, "B": 28, "C": 46, "D": 11, "E": 10, "F": 12, "G": 10, "H": 11, "I": 18})
    S.title(1, "A", "I", "PENGUKURAN KINERJA")
    S.title(2, "A", "I", "DINAS PENDIDIKAN DAYAH KABUPATEN TANOH ALUE")
    S.title(3, "A", "I", "TAHUN 2019")
    S.text(5, "B", "Kabupaten        : Tanoh Alue")
    S.text(6, "B", "Nama SKPD       : Dinas Pendidikan Dayah")
    hb = dict(bold=True, h="center")
    S.merge(8, "A", 9, "A", "No", **hb)
    S.merge(8, "B", 9, "B", "Sasaran Strategis", **hb)
    S.merge(8, "C", 9, "C", "Indikator Kinerja", **hb)
    S.merge(8, "D", 8, "E", "Target", **hb)
    S.merge(8, "F", 8, "G", "Realisasi", **hb)
    S.put(9, "D", "Nilai", **hb); S.put(9, "E", "Satuan", **hb)
    S.put(9, "F", "Nilai", **hb); S.put(9, "G", "Satuan", **hb)
    S.merge(8, "H", 9, "H", "Capaian (%)", **hb)
    S.merge(8, "I", 9, "I", "Keterangan", **hb)
    S.put(10, "A", "(1)", h="center"); S.put(10, "B", "(2)", h="center"); S.put(10, "C", "(3)", h="center")
    S.merge(10, "D", 10, "E", "(4)", h="center"); S.merge(10, "F", 10, "G", "(5)", h="center")
    S.put(10, "H", "(6)", h="center"); S.put(10, "I", "(7)", h="center")
    REG.layout(AG, F, SH, "Annual PK (Banjar style). Title rows 1-3, Kabupaten/SKPD lines 5-6; two header rows 8-9 "
               "(Target and Realisasi each split into Nilai + Satuan), numbered column row 10 ((1)..(7)). "
               "Columns: A No (merged per sasaran), B Sasaran Strategis (merged), C Indikator Kinerja, D target, "
               "E satuan, F realisasi, G satuan, H Capaian (%) (formula =F/D*100 or typed), I Keterangan. "
               "Data rows 11-30 (20 rows incl. one duplicate); budget lines and signature below.")
    groups = [(S1, ["A01", "A02", "A05", "A06", "A07", "A08", "A14", "A13"]),
              (S2, ["A03", "A04", "A09", "A10", "A11", "A12", "A20"]),
              (S3, ["A15", "A16", "A17", "A18", "A18dup"])]
    y = 2019
    rep_t = {"A03": "18.500", "A13": "\u2264 2,0", "A14": "70-75", "A15": "B"}
    rep_r = {"A01": "33,5 %", "A03": "18.912", "A04": "3.415 orang", "A15": "B", "A16": "80,12",
             "A17": ("n", 0.934, "General")}
    typed_h = {"A01": 95.71, "A03": 102.23, "A04": 106.72, "A13": 80, "A14": 103.57, "A15": 100,
               "A16": 102.72}
    r = 11
    for gi, (sas, ids) in enumerate(groups, 1):
        r0 = r
        for i in ids:
            base = i.replace("dup", "")
            t, rv = t_(base, y), r_(base, y)
            S.put(r, "C", nm(base, y))
            put_val(S, r, "D", rep_t.get(base, t))
            S.put(r, "E", unit(base) if base != "A15" else "predikat", h="center")
            put_val(S, r, "F", rep_r.get(base, rv))
            S.put(r, "G", unit(base) if base != "A15" else "predikat", h="center")
            if base in typed_h:
                put_val(S, r, "H", typed_h[base])
            elif base == "A02":
                put_val(S, r, "H", ("f", f"=F{r+1}/D{r}*100"))
            else:
                put_val(S, r, "H", ("f", f"=F{r}/D{r}*100"))
            S.put(r, "I", None)
            if i.endswith("dup"):
                REG.note(AG, F, SH, r, "DUPLICATE of row %d (same name, same figures): second copy, not keyed." % (r - 1))
            else:
                REG.key(AG, F, SH, r, "C", y, nm(base, y), base, t, rv, [f"D{r}"], "one", [f"F{r}"], "one")
            if base == "A02":
                REG.note(AG, F, SH, r, "Capaian formula points at the wrong row: =F%d/D%d*100 (realisasi of the next row)." % (r + 1, r))
            if base == "A05":
                REG.note(AG, F, SH, r, "Target typed 10x: 200 (Renstra/2020 show 20-25 %); keyed as typed 200; capaian formula gives 9,2.")
            if base == "A07":
                REG.note(AG, F, SH, r, "Negative indicator (rasio santri per teungku, lower is better) computed with the positive formula =F/D*100 (107,5).")
            if base == "A03":
                REG.note(AG, F, SH, r, "Target and realisasi typed as text '18.500' / '18.912' (thousands dot) -> 18500 / 18912.")
            if base == "A04":
                REG.note(AG, F, SH, r, "Realisasi typed as text with unit '3.415 orang' -> 3415.")
            if base == "A01":
                REG.note(AG, F, SH, r, "Realisasi typed as text '33,5 %' -> 33.5.")
            if base == "A13":
                REG.note(AG, F, SH, r, "Negative indicator; target typed '\u2264 2,0' -> keyed 2.0; typed capaian 80 = (2T-R)/T.")
            if base == "A14":
                REG.note(AG, F, SH, r, "Target is a range '70-75' -> lower bound 70.")
            if base == "A15":
                REG.note(AG, F, SH, r, "Grades B / B (SAKIP) -> target and realisasi null; capaian typed 100.")
            if base == "A16":
                REG.note(AG, F, SH, r, "Realisasi typed as text '80,12' -> 80.12.")
            if base == "A17":
                REG.note(AG, F, SH, r, "Fraction typed in a % row: realisasi 0,934 in a General cell (meant 93,4 %); keyed as typed 0.934; capaian formula gives 0,98.")
            r += 1
        S.merge(r0, "A", r - 1, "A", gi, h="center")
        S.merge(r0, "B", r - 1, "B", sas)
    r += 1
    S.text(r, "B", "Jumlah Anggaran Kegiatan Tahun 2019 :"); S.text(r, "D", "Rp. 14.862.550.000")
    S.text(r + 1, "B", "Jumlah Realisasi Anggaran Kegiatan Tahun 2019 :"); S.text(r + 1, "D", "Rp. 13.907.118.420")
    REG.note(AG, F, SH, r, "Budget lines (not key rows).")
    sig_block(S, r + 3, "F", "Keude Alue Raya, 31 Desember 2019",
              ["KEPALA DINAS PENDIDIKAN DAYAH", "KABUPATEN TANOH ALUE,"], *KADIS)


# ----------------------------------------------------------------------------- 2020
Q20 = {
    # id: (quarter targets, quarter realisasi)
    "A01": ([36, 37, 38, 40], [34.5, 36.8, 39.0, 41.2]),
    "A02": ([48, 50, 52, 55], [47, 50, 54, 57]),
    "A05": ([("pct", 22, "0%"), ("pct", 23, "0%"), ("pct", 24, "0%"), ("pct", 25, "0%")],
            [("pct", 23.1), ("pct", 24.5), ("pct", 25.2), ("pct", 26.1)]),
    "A06": ([60, 60, 60, 60], [30, 0, 60, 90]),
    "A07": ([15, 15, 15, 15], [16.9, 16.7, 16.5, 16.4]),
    "A08": ([60, 61, 61, 62], [59.0, 60.5, 61.8, 63.0]),
    "A14": (["-", "-", "-", 72], ["-", "-", "-", 70.1]),
    "A13": ([1.8, 1.8, 1.8, 1.8], [0.6, 1.1, 1.6, 2.1]),
    "A03": ([19000] * 4, [18950, 19010, 19180, 19240]),
    "A04": (split_flow(3300, (0.1, 0.15, 0.65, 0.1)), split_flow(2987, (0.1, 0.15, 0.65, 0.1))),
    "A09": ([125] * 4, ["-", 118, 118, 118]),
    "A10": ([88] * 4, [88] * 4),
    "A11": ([42] * 4, [42, 42, 43, 43]),
    "A12": ([7, 7, 8, 8], [5, 6, 7, 9]),
    "A20": (["-", "-", 120, "-"], ["-", "-", "-", "-"]),
    "A21": ([0, 5, 5, 5], [0, 3, 5, 4]),
    "A15": (["-", "-", "-", "BB"], ["-", "-", "-", "B"]),
    "A16": (["-", "-", 80, 80], ["-", "-", 80.6, 81.05]),
    "A17": ([20, 45, 70, 95], [15.2, 38.7, 61.0, 88.2]),
    "A18": ([1, 2, 1, 2], [1, 2, 1, 2]),
}


def ra2020(wb, F, title, draft=False):
    ws = wb.create_sheet(title)
    S = Sheet(ws)
    SH = title
    S.widths({"A": 4, "B": 26, "C": 42, "D": 10, "E": 10, "F": 8, "G": 8, "H": 8, "I": 8, "J": 8,
              "K": 8, "L": 8, "M": 8, "N": 11, "O": 10, "P": 9, "Q": 22, "R": 22})
    S.title(1, "A", "R", "RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN" + (" (DRAFT)" if draft else ""))
    S.title(2, "A", "R", "DINAS PENDIDIKAN DAYAH KABUPATEN TANOH ALUE")
    S.title(3, "A", "R", "TAHUN ANGGARAN 2020")
    hb = dict(bold=True, h="center")
    for col, txt in [("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"), ("D", "Satuan"),
                     ("E", "Target Tahun 2020"), ("N", "Realisasi s.d. Triwulan IV"), ("O", "Capaian (%)"),
                     ("P", "Sifat Indikator"), ("Q", "Penanggung Jawab"), ("R", "Keterangan")]:
        S.merge(5, col, 6, col, txt, **hb)
    for k, (c1, c2) in enumerate([("F", "G"), ("H", "I"), ("J", "K"), ("L", "M")]):
        S.merge(5, c1, 5, c2, "Triwulan " + ["I", "II", "III", "IV"][k], **hb)
        S.put(6, c1, "Target", **hb)
        S.put(6, c2, "Realisasi", **hb)
    if not draft:
        REG.layout(AG, F, SH, "Quarterly Rencana Aksi, horizontal. Title rows 1-3; two header rows 5-6 (Triwulan I-IV each "
                   "split Target / Realisasi); no numbered row. Columns: A No, B Sasaran (merged), C Indikator, D Satuan, "
                   "E Target 2020, F-M TW I-IV target/realisasi pairs, N Realisasi s.d. TW IV (annual realisasi: "
                   "=G+I+K+M for flows, =M for levels, one typed), O Capaian (%), P Sifat Indikator (Positif/Negatif), "
                   "Q Penanggung Jawab, R Keterangan. Data rows 7-26; signature below.")
    groups = [(S1, ["A01", "A02", "A05", "A06", "A07", "A08", "A14", "A13"]),
              (S2, ["A03", "A04", "A09", "A10", "A11", "A12", "A20", "A21"]),
              (S3, ["A15", "A16", "A17", "A18"])]
    pj = {S1: "Kabid Mutu Pendidikan Dayah", S2: "Kabid Sarana & Akses Dayah", S3: "Sekretaris Dinas"}
    y = 2020
    r = 7
    no = 1
    for sas, ids in groups:
        r0 = r
        for i in ids:
            t, rv = t_(i, y), r_(i, y)
            tq, rq = Q20[i]
            if draft:
                rq = list(rq[:3]) + [None]
            S.put(r, "A", no, h="center"); no += 1
            S.put(r, "C", nm(i, y))
            S.put(r, "D", unit(i) if i != "A15" else "predikat", h="center")
            if i == "A04":
                put_val(S, r, "E", ">= 3.300")
            elif i == "A05":
                put_val(S, r, "E", ("pct", 25, "0%"))
            elif i == "A15":
                put_val(S, r, "E", "BB")
            else:
                put_val(S, r, "E", t)
            for k, (ct, cr) in enumerate([("F", "G"), ("H", "I"), ("J", "K"), ("L", "M")]):
                put_val(S, r, ct, tq[k])
                put_val(S, r, cr, rq[k])
            # annual realisasi
            if i in ("A15",):
                put_val(S, r, "N", "B")
            elif i == "A20":
                put_val(S, r, "N", "-")
            elif i == "A06":
                put_val(S, r, "N", 180 if not draft else 90)
            elif D[i]["kind"] == "flow":
                put_val(S, r, "N", ("f", f"=G{r}+I{r}+K{r}+M{r}", "0"))
            elif i == "A05":
                put_val(S, r, "N", ("f", f"=M{r}", "0.0%"))
            else:
                put_val(S, r, "N", ("f", f"=M{r}", "#,##0.00" if i != "A03" else "#,##0"))
            # capaian
            if i in ("A15", "A20"):
                put_val(S, r, "O", "-")
            elif i == "A04":
                put_val(S, r, "O", 90.52)
            elif i == "A12" and not draft:
                put_val(S, r, "O", 95)
            elif i == "A07":
                put_val(S, r, "O", ("f", f"=(2*E{r}-N{r})/E{r}*100"))
            else:
                put_val(S, r, "O", ("f", f"=N{r}/E{r}*100"))
            S.put(r, "P", "Negatif" if D[i]["neg"] else "Positif", h="center")
            S.put(r, "R", "MQK ditiadakan (pandemi COVID-19)" if i == "A20" else None)
            if not draft:
                ragg = [f"N{r}"]
                REG.key(AG, F, SH, r, "C", y, nm(i, y), i, t, rv, [f"E{r}"], "one", ragg, "one")
                notes = {
                    "A04": "Target typed as text '>= 3.300' -> 3300; capaian typed 90,52.",
                    "A05": "Target and quarter values stored as fractions in % formatted cells (0,25 / 0,261) -> keyed 25 / 26.1.",
                    "A06": "Annual realisasi N typed 180 (not a formula); equals the quarter sum 30+0+60+90.",
                    "A07": "Negative indicator, capaian (2T-R)/T correct (P says Negatif).",
                    "A13": "Negative indicator (P says Negatif) but capaian uses the positive formula =N/E*100 (116,67; should be 83,33).",
                    "A12": "Typed capaian 95 disagrees with 27/30 = 90.",
                    "A15": "Grades: target 'BB', realisasi 'B' -> both null.",
                    "A20": "Realisasi '-' in every quarter and in N (event cancelled) -> realisasi null; target 120 (only TW III target).",
                    "A09": "TW I realisasi '-' (level indicator; N = M = 118).",
                    "A14": "Only TW IV has values (exam once a year).",
                }
                if i in notes:
                    REG.note(AG, F, SH, r, notes[i])
            r += 1
        S.merge(r0, "B", r - 1, "B", sas)
        S.merge(r0, "Q", r - 1, "Q", pj[sas])
    sig_block(S, r + 2, "N", "Keude Alue Raya, 31 Desember 2020",
              ["KEPALA DINAS PENDIDIKAN DAYAH", "KABUPATEN TANOH ALUE,"], *KADIS)
    if draft:
        ws.sheet_state = "hidden"
        REG.note(AG, F, SH, 1, "HIDDEN draft sheet (TW IV realisasi blank, different figures): not keyed.")


def file_a1():
    F = "PK_Dinas_Pendidikan_Dayah_2019-2020.xls"
    wb = new_wb()
    pk2019(wb, F)
    ra2020(wb, F, "RA 2020")
    ra2020(wb, F, "RA 2020 (draft)", draft=True)
    ws = wb.create_sheet("Catatan")
    S = Sheet(ws)
    S.widths({"A": 100})
    lines = ["CATATAN PENYUSUNAN PENGUKURAN KINERJA",
             "1. Data jumlah santri bersumber dari EMIS Dayah per 31 Desember tahun berkenaan.",
             "2. Indikator 'Jumlah santri peserta MQK' Tahun 2020 tidak dapat diukur karena MQK ditiadakan.",
             "3. Sheet 'RA 2020 (draft)' adalah konsep awal, tidak dipakai.",
             "4. Nilai SAKIP mengacu pada LHE Inspektorat Kabupaten Tanoh Alue."]
    for k, line in enumerate(lines, 1):
        S.text(k, "A", line, bold=(k == 1))
    REG.layout(AG, F, "Catatan", "Notes sheet (free text mentioning an indicator name); not keyed.")
    wb.save(os.path.join(RAW, F.replace(".xls", ".xlsx")))
    REG.add_file(AG, F.replace(".xls", ".xlsx"), F, "xls")


# ----------------------------------------------------------------------------- 2021 E.81
E81_ROWS = [
    (S1, [("P", "Program Peningkatan Mutu Pendidikan Dayah", ["A01", "A05", "A14b"]),
          ("K", "Akreditasi dan Penjaminan Mutu Dayah", ["A02"]),
          ("K", "Peningkatan Kompetensi Teungku Dayah", ["A06", "A07"]),
          ("K", "Pembinaan Kurikulum dan Evaluasi Santri", ["A13"]),
          ("P", "Program Peningkatan Sarana dan Prasarana Dayah", ["A08"]),
          ("K", "Bantuan Rehabilitasi Sarana Prasarana Dayah", ["A21"])]),
    (S2, [("P", "Program Pemerataan Akses Pendidikan Dayah", ["A03", "A04"]),
          ("K", "Penyaluran Bantuan Operasional Dayah (BOD)", ["A09"]),
          ("K", "Pembinaan Dayah Salafiyah dan Dayah Terpadu", ["A10", "A11"]),
          ("K", "Pembinaan Tahfidz Al-Qur'an", ["A12"]),
          ("K", "Pengembangan Sistem Informasi Manajemen Dayah", ["A19"])]),
    (S3, [("P", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", ["A15", "A16", "A17"]),
          ("K", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", ["A18"])]),
]
# id: (renstra target F, realisasi s.d. 2020 H, quarters)
E81K = {
    "A01": (50, 41.2, [41.0, 42.5, 43.3, 44.1]),
    "A05": (35, 26.1, [26.5, 27.4, 28.3, 29.0]),
    "A14b": (80, 70.1, ["-", "-", "-", 76.4]),
    "A02": (70, 57, [58, 59, 60, 61]),
    "A06": (1300, 660, [40, 75, 80, 70]),
    "A07": (14, 16.4, [16.0, 15.8, 15.5, 15.3]),
    "A13": (1.5, 2.1, [0.4, 0.8, 1.2, 1.5]),
    "A08": (68, 63, [("pct", 63.5), ("pct", 63.9), ("pct", 64.0), ("pct", 64.2)]),
    "A21": (90, 27, [0, 5, 8, 5]),
    "A03": (20000, 19240, [19210, 19150, 19130, 19105]),
    "A04": (17000, 9850, [150, 420, 2790, 152]),
    "A09": (135, 118, ["-", 131, 131, 131]),
    "A10": (92, 88, [90, 91, 92, 92]),
    "A11": (47, 43, [45, 45, 45, 45]),
    "A12": (180, 83, [6, 9, 11, 12]),
    "A19": (None, "-", [12.0, 25.5, 38.0, 46.5]),
    "A15": (70, "-", ["-", "-", "-", 63.42]),
    "A16": (85, 81.05, ["-", 81.9, "-", 82.4]),
    "A17": (97, 88.2, [18.4, 41.7, 66.0, 96.1]),
    "A18": (35, 19, [2, 2, 1, 2]),
}
KEG_RP = {
    "Akreditasi dan Penjaminan Mutu Dayah": 450_000_000,
    "Peningkatan Kompetensi Teungku Dayah": 1_150_000_000,
    "Pembinaan Kurikulum dan Evaluasi Santri": 380_000_000,
    "Bantuan Rehabilitasi Sarana Prasarana Dayah": 3_600_000_000,
    "Penyaluran Bantuan Operasional Dayah (BOD)": 6_500_000_000,
    "Pembinaan Dayah Salafiyah dan Dayah Terpadu": 820_000_000,
    "Pembinaan Tahfidz Al-Qur'an": 540_000_000,
    "Pengembangan Sistem Informasi Manajemen Dayah": 275_000_000,
    "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah": 210_000_000,
}
QFR = [0.11, 0.24, 0.31, 0.27]


def e81_2021(wb, F):
    ws = wb.create_sheet("E81 TW IV 2021")
    S = Sheet(ws)
    SH = ws.title
    S.widths({"A": 4, "B": 22, "C": 30, "D": 40, "E": 9, "Z": 20, "AA": 18})
    for col in ["F", "H", "J", "L", "N", "P", "R", "T", "V", "X"]:
        S.widths({col: 9})
    for col in ["G", "I", "K", "M", "O", "Q", "S", "U", "W", "Y"]:
        S.widths({col: 15})
    S.title(1, "A", "AA", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TANOH ALUE")
    S.title(2, "A", "AA", "RENJA PERANGKAT DAERAH DINAS PENDIDIKAN DAYAH KABUPATEN TANOH ALUE")
    S.title(3, "A", "AA", "PERIODE PELAKSANAAN : TAHUN 2021 (TRIWULAN IV)")
    S.text(4, "A", "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RPJM Kabupaten : "
                   "Meningkatnya kualitas pendidikan dayah yang berdaya saing")
    hb = dict(bold=True, h="center")
    for col, txt in [("A", "No"), ("B", "Sasaran"), ("C", "Program/ Kegiatan"),
                     ("D", "Indikator Kinerja Program (outcome)/ Kegiatan (output)"), ("E", "Satuan"),
                     ("Z", "Unit Perangkat Daerah Penanggung Jawab"), ("AA", "Keterangan")]:
        S.merge(6, col, 8, col, txt, **hb)
    pairs = [("F", "G", "Target Renstra Perangkat Daerah pada Tahun 2022 (Akhir Periode Renstra PD)"),
             ("H", "I", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)"),
             ("J", "K", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi"),
             ("T", "U", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"),
             ("V", "W", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021"),
             ("X", "Y", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)")]
    for c1, c2, txt in pairs:
        S.merge(6, c1, 7, c2, txt, **hb)
    S.merge(6, "L", 6, "S", "Realisasi Kinerja Pada Triwulan", **hb)
    for k, (c1, c2) in enumerate([("L", "M"), ("N", "O"), ("P", "Q"), ("R", "S")]):
        S.merge(7, c1, 7, c2, ["I", "II", "III", "IV"][k], **hb)
    for c in ["F", "H", "J", "L", "N", "P", "R", "T", "V", "X"]:
        S.put(8, c, "K", **hb)
    for c in ["G", "I", "K", "M", "O", "Q", "S", "U", "W", "Y"]:
        S.put(8, c, "Rp", **hb)
    nums = [("A", "A", "1"), ("B", "B", "2"), ("C", "C", "3"), ("D", "D", "4"), ("E", "E", "5"),
            ("F", "G", "6"), ("H", "I", "7"), ("J", "K", "8"), ("L", "M", "9"), ("N", "O", "10"),
            ("P", "Q", "11"), ("R", "S", "12"), ("T", "U", "13 = 9+10+11+12"), ("V", "W", "14 = 7+13"),
            ("X", "Y", "15 = 14/6 x 100"), ("Z", "Z", "16"), ("AA", "AA", "17")]
    for c1, c2, txt in nums:
        S.merge(9, c1, 9, c2, txt, h="center", italic=True)
    S.merge(10, "A", 10, "AA", "URUSAN PEMERINTAHAN BIDANG PENDIDIKAN DAYAH (KEISTIMEWAAN ACEH)", bold=True)
    REG.layout(AG, F, SH, "Permendagri 86/2017 form E.81 (15-column scheme plus a numbered Satuan column, so numbers shift "
               "as in Deli Serdang: 13 = 9+10+11+12, 14 = 7+13, 15 = 14/6x100). Title rows 1-4; header rows 6-8 "
               "(6 group titles, 7 quarter numerals, 8 K/Rp), numbered row 9, urusan row 10. Columns: A No, B Sasaran "
               "(merged), C Program/Kegiatan (merged over its indicator rows), D Indikator, E Satuan, F/G Target Renstra "
               "2022 K/Rp, H/I Realisasi s.d. 2020, J/K Target Renja 2021 (keyed target = J), L-S TW I-IV K/Rp, T/U "
               "realisasi of the year (keyed realisasi = T: =L+N+P+R for flows, =R 'nilai akhir' for levels), V/W, X/Y, "
               "Z unit PD, AA Keterangan. Programme rows carry programme outcome indicators (keyed), kegiatan rows "
               "output indicators (keyed). Data rows 11-30; averages, predikat, faktor, tindak lanjut and two signatures below.")
    y = 2021
    r = 11
    no = 1
    keg_first = {}
    prog_rows = []
    for sas, blocks in E81_ROWS:
        rs0 = r
        cur_prog = None
        for kind, name, ids in blocks:
            r0 = r
            if kind == "P":
                cur_prog = [r0, []]
                prog_rows.append(cur_prog)
            else:
                cur_prog[1].append(r0)
                keg_first[name] = r0
            for i in ids:
                fk, hk, q = E81K[i]
                t, rv = t_(i, y), r_(i, y)
                S.put(r, "A", no, h="center"); no += 1
                S.put(r, "D", nm(i, y), bold=(kind == "P"))
                S.put(r, "E", unit(i), h="center")
                put_val(S, r, "F", fk)
                put_val(S, r, "H", hk)
                if i == "A08":
                    put_val(S, r, "J", ("pct", 65, "0%"))
                else:
                    put_val(S, r, "J", t)
                for k, c in enumerate(["L", "N", "P", "R"]):
                    put_val(S, r, c, q[k])
                if i == "A21":
                    put_val(S, r, "T", 0)
                elif D[i]["kind"] == "flow":
                    put_val(S, r, "T", ("f", f"=L{r}+N{r}+P{r}+R{r}", "#,##0"))
                else:
                    put_val(S, r, "T", ("f", f"=R{r}", "0.0%" if i == "A08" else "#,##0.00"))
                if D[i]["kind"] == "flow":
                    put_val(S, r, "V", ("f", f"=H{r}+T{r}", "#,##0"))
                elif i == "A08":
                    put_val(S, r, "V", ("f", f"=T{r}*100", "0.00"))
                else:
                    put_val(S, r, "V", ("f", f"=T{r}", "#,##0.00"))
                put_val(S, r, "X", ("f", f"=V{r}/F{r}*100"))
                S.put(r, "Z", "Dinas Pendidikan Dayah", h="center")
                REG.key(AG, F, SH, r, "D", y, nm(i, y), i, t, rv, [f"J{r}"], "one", [f"T{r}"], "one")
                r += 1
            S.merge(r0, "C", r - 1, "C", name, bold=(kind == "P"))
            # budget on the first row of the block
            if kind == "K":
                pagu = KEG_RP[name]
                S.put(r0, "G", round(pagu * 5.1, -3), fmt="#,##0")
                S.put(r0, "I", round(pagu * 3.05, -3), fmt="#,##0")
                S.put(r0, "K", pagu, fmt="#,##0")
                for k, c in enumerate(["M", "O", "Q", "S"]):
                    S.put(r0, c, round(pagu * QFR[k], -3), fmt="#,##0")
                if name.startswith("Penyaluran Bantuan"):
                    S.put(r0, "O", f"=1625000000-M{r0}", fmt="#,##0")
                    REG.note(AG, F, SH, r0, "Constant inside a budget formula: O = =1625000000-M%d (TW II Rp as cumulative minus TW I)." % r0)
                S.put(r0, "U", f"=M{r0}+O{r0}+Q{r0}+S{r0}", fmt="#,##0")
                S.put(r0, "W", f"=I{r0}+U{r0}", fmt="#,##0")
                S.put(r0, "Y", f"=W{r0}/G{r0}*100", fmt="0.00")
        S.merge(rs0, "B", r - 1, "B", sas)
    # programme budget rows = sum of their kegiatan (one parent SUM counts a child twice)
    for pr, kegs in prog_rows:
        for c in ["G", "I", "K", "M", "O", "Q", "S", "U", "W"]:
            f = "=" + "+".join(f"{c}{k}" for k in kegs)
            if c == "K" and len(kegs) == 4:
                f = f"=SUM({c}{kegs[0]}:{c}{kegs[-1]})+{c}{kegs[-1]}"
                REG.note(AG, F, SH, pr, "Programme pagu (K) =SUM(K%d:K%d)+K%d counts the last kegiatan twice (budget, not keyed)." % (kegs[0], kegs[-1], kegs[-1]))
            S.put(pr, c, f, fmt="#,##0", bold=True)
        S.put(pr, "Y", f"=W{pr}/G{pr}*100", fmt="0.00", bold=True)
    last = r - 1
    REG.note(AG, F, SH, 0, "Keyed target = column J (8), keyed realisasi = column T (13, cached formula value).")
    for k in REG.keys[AG]:
        if k["file"] == F and k["sheet"] == SH:
            if k["same_as"] == "A21":
                REG.note(AG, F, SH, k["row"], "Column 13 (T) typed 0 over the formula while the quarters hold 0+5+8+5 = 18; keyed AS TYPED: realisasi 0.")
            if k["same_as"] == "A19":
                REG.note(AG, F, SH, k["row"], "New indicator: Renstra target F blank, H '-' -> X (15) shows #DIV/0!.")
            if k["same_as"] == "A08":
                REG.note(AG, F, SH, k["row"], "Target and quarter values are fractions in % formatted cells (0,65 / 0,642) -> keyed 65 / 64.2.")
            if k["same_as"] == "A14b":
                REG.note(AG, F, SH, k["row"], "Renamed 'uji kompetensi baca kitab' (other years 'kitab kuning'): id A14b, ambiguous with A14.")
            if k["same_as"] in ("A07", "A13"):
                REG.note(AG, F, SH, k["row"], "Negative indicator (lower is better); the form has no capaian-of-the-year column.")
            if k["same_as"] == "A16":
                REG.note(AG, F, SH, k["row"], "Level indicator with gaps: TW I and TW III '-'; T = R = 82,4.")
    r = last + 2
    S.merge(r, "A", r, "S", "Rata-rata capaian kinerja (%)", bold=True)
    S.put(r, "X", f"=AVERAGE(X11:X{last})", fmt="0.00", bold=True)
    S.put(r, "Y", f"=AVERAGE(Y11:Y{last})", fmt="0.00", bold=True)
    S.merge(r + 1, "A", r + 1, "S", "Predikat kinerja", bold=True)
    S.put(r + 1, "X", "Tinggi", h="center")
    REG.note(AG, F, SH, r, "Average row (X shows #DIV/0! because of the A19 row); not keyed.")
    texts = ["Faktor pendorong keberhasilan pencapaian: dukungan Dana Otonomi Khusus Aceh dan partisipasi pimpinan dayah.",
             "Faktor penghambat pencapaian kinerja: keterlambatan verifikasi data santri pada EMIS Dayah.",
             "Tindak lanjut yang diperlukan dalam triwulan berikutnya: percepatan akreditasi dayah.",
             "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya: penguatan sertifikasi teungku dayah."]
    for k, tx in enumerate(texts):
        S.text(r + 3 + k, "B", tx)
    rr = r + 8
    S.text(rr, "D", "Disusun")
    S.text(rr, "T", "Dievaluasi")
    sig_block(S, rr + 1, "D", "Keude Alue Raya, 14 Januari 2022",
              ["KEPALA DINAS PENDIDIKAN DAYAH", "KABUPATEN TANOH ALUE,"], *KADIS)
    sig_block(S, rr + 1, "T", "Keude Alue Raya, 20 Januari 2022",
              ["KEPALA BAPPEDA", "KABUPATEN TANOH ALUE,"], *BAPPEDA)


def file_a2():
    F = "Evaluasi_Renja_E81_Dinas_Pendidikan_Dayah_2021.ods"
    wb = new_wb()
    e81_2021(wb, F)
    ws = wb.create_sheet("Petunjuk")
    S = Sheet(ws)
    S.widths({"A": 110})
    lines = ["PETUNJUK PENGISIAN FORMULIR E.81 (Permendagri 86 Tahun 2017)",
             "Kolom 13 diisi dengan penjumlahan kolom 9 s.d. 12 untuk indikator yang dapat dijumlahkan;",
             "untuk indikator persentase / indeks / rasio diisi nilai akhir (triwulan terakhir).",
             "Kolom 14 = kolom 7 + kolom 13; kolom 15 = kolom 14 / kolom 6 x 100.",
             "File dikirim ke Bappeda paling lambat tanggal 15 bulan berikutnya setelah triwulan berakhir."]
    for k, line in enumerate(lines, 1):
        S.text(k, "A", line, bold=(k == 1))
    REG.layout(AG, F, "Petunjuk", "Instructions sheet; not keyed.")
    wb.save(os.path.join(RAW, F.replace(".ods", ".xlsx")))
    REG.add_file(AG, F.replace(".ods", ".xlsx"), F, "ods")


# ----------------------------------------------------------------------------- 2022 LKjIP
PREV = {  # realisasi 2019, 2020, 2021 as printed in the LKjIP 2022 table (some revised)
    "A01": (33.5, 41.2, 44.1), "A02": (46, 57, 61), "A05": (18.4, 26.1, 29.0), "A06": (240, 185, 265),
    "A07": (17.2, 16.4, 15.3), "A08": (58.4, 63.0, 64.2), "A21": ("-", 12, 18), "A14": (72.5, 70.1, 76.4),
    "A13": (2.4, 2.1, 1.5), "A03": (18912, 19240, 19150), "A04": (3415, 2987, 3512), "A09": (120, 118, 131),
    "A10": (85, 88, 92), "A11": (40, 43, 45), "A12": (31, 27, 38), "A19": ("-", "-", 46.5),
    "A15": ("B", "B", 63.42), "A16": (80.12, 81.05, 82.4), "A17": (93.4, 88.2, 96.1), "A18": (6, 6, 7),
}
RENSTRA22 = {"A01": 50, "A02": 70, "A05": 35, "A06": 1300, "A07": 14, "A08": 68, "A21": 90, "A14": 80,
             "A13": 1.5, "A03": 20000, "A04": 17000, "A09": 135, "A10": 92, "A11": 47, "A12": 180,
             "A19": "-", "A15": 70, "A16": 85, "A17": 97, "A18": 35}


def lkjip_header(S, r, F, SH):
    hb = dict(bold=True, h="center")
    S.merge(r, "F", r + 1, "F", "No", **hb)
    S.merge(r, "G", r + 1, "G", "Sasaran Strategis / Indikator Kinerja", **hb)
    S.merge(r, "H", r + 1, "H", "Satuan", **hb)
    S.merge(r, "I", r, "K", "Realisasi", **hb)
    S.put(r + 1, "I", "2019", **hb); S.put(r + 1, "J", "2020", **hb); S.put(r + 1, "K", "2021", **hb)
    S.merge(r, "L", r, "N", "Tahun 2022", **hb)
    S.put(r + 1, "L", "Target", **hb); S.put(r + 1, "M", "Realisasi", **hb); S.put(r + 1, "N", "Capaian (%)", **hb)
    S.merge(r, "O", r + 1, "O", "Target Akhir Renstra (2022)", **hb)
    S.merge(r, "P", r + 1, "P", "Capaian terhadap Target Renstra (%)", **hb)
    for k, c in enumerate("FGHIJKLMNOP"):
        S.put(r + 2, c, f"({k+1})", h="center", italic=True)


ROMAN = {"I": 1, "II": 2, "III": 3}


def lkjip_rows(S, F, SH, r, groups, y=2022):
    for roman, sas, ids in groups:
        S.put(r, "F", roman, bold=True, h="center")
        S.merge(r, "G", r, "P", f"Sasaran {ROMAN[roman]}: {sas}", bold=True)
        r += 1
        for n, i in enumerate(ids, 1):
            pre = {"I": 1, "II": 2, "III": 3}[roman]
            written = f"{pre}.{n} {nm(i, y)}"
            t, rv = t_(i, y), r_(i, y)
            S.put(r, "F", None)
            S.put(r, "G", written)
            S.put(r, "H", unit(i) if i != "A15" else "nilai", h="center")
            for k, c in enumerate("IJK"):
                put_val(S, r, c, PREV[i][k])
            # target
            put_val(S, r, "L", {"A08": "68 %"}.get(i, t))
            rep_r = {"A04": "3.604 orang", "A15": "BB", "A17": "97,5 %", "A08": ("pct", 69.5, "0.0%")}
            put_val(S, r, "M", rep_r.get(i, rv))
            typed = {"A02": 104.29, "A04": 102.97, "A08": 102.21, "A17": 100.52, "A15": "-"}
            if i in typed:
                put_val(S, r, "N", typed[i])
            elif i == "A07":
                put_val(S, r, "N", ("f", f"=(2*L{r}-M{r})/L{r}*100"))
            elif i == "A13":
                put_val(S, r, "N", ("f", f"=L{r}/M{r}*100"))
            elif i == "A11":
                put_val(S, r, "N", ("f", f"=M{r+1}/L{r+1}*100"))
            else:
                put_val(S, r, "N", ("f", f"=M{r}/L{r}*100"))
            put_val(S, r, "O", RENSTRA22[i])
            if i in ("A19", "A15", "A04", "A17", "A08"):
                put_val(S, r, "P", "-")
            else:
                put_val(S, r, "P", ("f", f"=M{r}/O{r}*100"))
            REG.key(AG, F, SH, r, "G", y, written, i, t, rv, [f"L{r}"], "one", [f"M{r}"], "one")
            notes = {
                "A02": "Typed capaian 104,29 disagrees with 74/70 = 105,71.",
                "A04": "Realisasi typed as text '3.604 orang' -> 3604.",
                "A08": "Target typed as text '68 %' -> 68; realisasi 0,695 in a % cell -> 69.5.",
                "A17": "Realisasi typed as text '97,5 %' -> 97.5. Earlier-years column I (2019) shows 93,4 where the 2019 sheet typed 0,934: not keyed.",
                "A21": "Earlier-years column K (2021) shows 18 (the quarter sum) where the 2021 E.81 typed 0 in column 13: not keyed.",
                "A15": "Target 70 (number) but realisasi is the grade 'BB' -> realisasi null.",
                "A07": "Negative indicator, capaian (2T-R)/T.",
                "A13": "Negative indicator, capaian T/R*100 (a second negative formula in the same table).",
                "A11": "Capaian formula points at the next row: =M%d/L%d*100 (shows 110 = A12's 44/40)." % (r + 1, r + 1),
                "A03": "Earlier-years column K (2021) shows 19.150, revised from the 19.105 of the 2021 E.81: not keyed.",
                "A06": "Earlier-years column J (2020) shows 185 where the 2020 workbook says 180: not keyed.",
                "A19": "Renstra target '-' (new indicator).",
            }
            if i in notes:
                REG.note(AG, F, SH, r, notes[i])
            r += 1
    return r


def file_a3():
    F = "LKjIP_2022_Bab_III_Dinas_Pendidikan_Dayah.xlsx"
    wb = new_wb()
    # sheet 1
    ws = wb.create_sheet("Tabel 3.1")
    S = Sheet(ws)
    S.widths({"A": 3, "B": 3, "C": 3, "D": 3, "E": 3, "F": 6, "G": 52, "H": 10, "I": 10, "J": 10, "K": 10,
              "L": 10, "M": 11, "N": 11, "O": 13, "P": 13})
    S.text(1, "F", "Tabel 3.1", bold=True, size=10)
    S.text(2, "F", "Capaian Kinerja Dinas Pendidikan Dayah Kabupaten Tanoh Alue Tahun 2022 dibandingkan "
                   "Tahun Sebelumnya dan Target Akhir Renstra", bold=True, size=10)
    S.text(3, "F", "(Sasaran Strategis I)", italic=True)
    lkjip_header(S, 5, F, "Tabel 3.1")
    r = lkjip_rows(S, F, "Tabel 3.1", 8, [("I", S1, ["A01", "A02", "A05", "A06", "A07", "A08", "A21", "A14", "A13"])])
    S.text(r + 1, "G", "bersambung ke Tabel 3.1 (lanjutan) ...", italic=True)
    REG.layout(AG, F, "Tabel 3.1", "LKjIP chapter III table that STARTS IN COLUMN F (A-E empty, narrow) and is SPLIT OVER TWO "
               "SHEETS. Title rows 1-3; header rows 5-6 (Realisasi 2019/2020/2021 group, Tahun 2022 Target/Realisasi/"
               "Capaian group), numbered row 7 ((1)..(11)). Columns: F No (roman numeral on sasaran rows), G sasaran line "
               "('Sasaran 1: ...', merged G:P) or indicator name WITH a numbering prefix '1.1 ', H Satuan, I-K realisasi "
               "2019-2021 (earlier years: not keyed), L Target 2022, M Realisasi 2022, N Capaian, O Target akhir Renstra, "
               "P capaian vs Renstra. Sasaran row 8, indicator rows 9-17.")
    # sheet 2
    ws = wb.create_sheet("Tabel 3.1 (lanj)")
    S = Sheet(ws)
    S.widths({"A": 3, "B": 3, "C": 3, "D": 3, "E": 3, "F": 6, "G": 52, "H": 10, "I": 10, "J": 10, "K": 10,
              "L": 10, "M": 11, "N": 11, "O": 13, "P": 13})
    S.text(1, "F", "Tabel 3.1 (lanjutan)", bold=True, size=10)
    lkjip_header(S, 3, F, "Tabel 3.1 (lanj)")
    r = lkjip_rows(S, F, "Tabel 3.1 (lanj)", 6,
                   [("II", S2, ["A03", "A04", "A09", "A10", "A11", "A12", "A19"]),
                    ("III", S3, ["A15", "A16", "A17", "A18"])])
    S.merge(r, "F", r, "M", "Rata-rata capaian kinerja", bold=True, h="center")
    S.put(r, "N", f"=AVERAGE(N7:N{r-1})", fmt="0.00", bold=True)
    REG.note(AG, F, "Tabel 3.1 (lanj)", r, "Average row (not keyed).")
    sig_block(S, r + 3, "M", "Keude Alue Raya, 28 Februari 2023",
              ["KEPALA DINAS PENDIDIKAN DAYAH", "KABUPATEN TANOH ALUE,"], *KADIS22)
    REG.layout(AG, F, "Tabel 3.1 (lanj)", "Continuation of Tabel 3.1, same columns, still starting in column F; header rows 3-4, "
               "numbered row 5; sasaran rows 6 and 14; indicator rows 7-13 and 15-18; average row 19; signature below.")
    ws = wb.create_sheet("Keterangan")
    S = Sheet(ws)
    S.widths({"A": 110})
    lines = ["Keterangan Tabel 3.1",
             "- Realisasi tahun 2019-2021 diambil dari LKjIP tahun berkenaan; beberapa angka telah dimutakhirkan.",
             "- Indikator 'Persentase dayah yang menerapkan Sistem Informasi Manajemen Dayah' baru ditetapkan pada Renja 2021.",
             "- Nilai SAKIP 2022 berdasarkan LHE Inspektorat (predikat BB)."]
    for k, line in enumerate(lines, 1):
        S.text(k, "A", line, bold=(k == 1))
    REG.layout(AG, F, "Keterangan", "Notes sheet; not keyed.")
    wb.save(os.path.join(RAW, F))
    REG.add_file(AG, F, F, "xlsx")


def build():
    file_a1()
    file_a2()
    file_a3()
