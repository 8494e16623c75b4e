"""W6: Dinas Sosial Kabupaten Lombok Timur, Rencana Aksi (quarterly) 2023, .xlsx, in the Bone block
layout: five rows per indicator ("Target Tahunan :" then TW 1 (B03) .. TW 4 (B12)), sasaran and
indicator names merged over the block, cumulative quarter figures, % as ROUND formulas, Kategori on
the TW 4 line. The header is repeated for page 2, a Catatan row sits inside the table, and a budget
table (program / kegiatan, anggaran, realisasi, serapan) follows below."""
from common import *

NAME = "lombok-timur-dinsos-ra-2023"
YEAR = 2023
SS1 = "Meningkatnya kualitas hidup penyandang masalah kesejahteraan sosial (PMKS)"
SS2 = "Meningkatnya perlindungan dan jaminan sosial bagi keluarga miskin"
SS3 = "Meningkatnya akuntabilitas kinerja Dinas Sosial"
TWS = ["TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :"]
IND = [
    (SS1, "Persentase PMKS yang tertangani", "%", "65", ["15", "30", "50", "65"], ["14.2", "31.5", "48.9", "62.8"], None),
    (SS1, "Jumlah penyandang disabilitas\nyang menerima bantuan alat bantu", "orang", "240", ["60", "120", "180", "240"], ["-", "96", "170", "231"], "dash"),
    (SS1, "Jumlah anak terlantar\nyang mendapat layanan\nrehabilitasi sosial", "anak", "150", ["30", "70", "110", "150"], ["28", "66", "101", "139"], "wrong"),
    (SS2, "Persentase keluarga penerima manfaat (KPM) yang datanya terverifikasi dalam DTKS", "%", "95", ["40", "60", "80", "95"], ["38.5", "61.2", "79.4", "94.1"], "nextrow"),
    "HEADER",
    (SS2, "Jumlah korban bencana yang\nmendapat bantuan logistik", "jiwa", "1200", ["300", "600", "900", "1200"], ["412", "655", "871", "984"], "category"),
    "CATATAN",
    (SS2, "Persentase penerima bantuan sosial tepat sasaran", "%", "90", ["90"] * 4, ["84.3", "86.1", "87.9", "88.7"], "trunc"),
    (SS3, "Nilai SAKIP Dinas Sosial", "nilai", "70", ["70"] * 4, ["67.25"] * 4, None),
]
HDR = ["No", "Sasaran Strategis", "Indikator Sasaran", "Satuan", "Uraian", "Target", "Realisasi", "%", "Kategori"]


def header(ws, r):
    for c, h in enumerate(HDR, 1):
        put(ws, r, c, h, bold=True)
        put(ws, r + 1, c, f"({c})")


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "Renaksi 2023"
    widths(ws, [4, 30, 34, 8, 16, 10, 10, 9, 14])
    put(ws, 1, 1, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", bold=True, box=False, wrap=False)
    put(ws, 2, 1, "DINAS SOSIAL KABUPATEN LOMBOK TIMUR TAHUN ANGGARAN 2023", bold=True, box=False, wrap=False)
    header(ws, 4)
    r = 6
    key_ind, mistakes, traps, clean, nonind = [], [], [], [], []
    no = 0
    prev = None
    for it in IND:
        if it == "HEADER":
            header(ws, r)
            nonind += [r, r + 1]
            traps.append({"sheet": ws.title, "row": r, "cell": f"A{r}", "kind": "repeated-header",
                          "note": f"rows {r}-{r+1} repeat the header and numbering row on page 2; not data"})
            prev = None
            r += 2
            continue
        if it == "CATATAN":
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
            put(ws, r, 2, "Catatan: realisasi TW 1 termasuk bantuan logistik banjir bandang Januari 2023 di Kecamatan Sakra dan Keruak")
            nonind.append(r)
            traps.append({"sheet": ws.title, "row": r, "cell": f"B{r}", "kind": "note-row",
                          "note": "Catatan row inside the table; not an indicator"})
            r += 1
            continue
        sas, ind, sat, T, qT, qR, sp = it
        no += 1
        b = r
        put(ws, b, 1, no)
        put(ws, b, 2, sas if sas != prev else None); prev = sas
        put(ws, b, 3, ind); put(ws, b, 4, sat)
        fmt = "0.00" if sat in ("%", "nilai") else "#,##0"
        put(ws, b, 5, "Target Tahunan :"); put(ws, b, 6, float(D(T)), fmt)
        for c in (7, 8, 9):
            put(ws, b, c, None)
        quarters = []
        for k in range(4):
            rr = b + 1 + k
            for c in (1, 2, 3, 4):
                put(ws, rr, c, None)
            put(ws, rr, 5, TWS[k]); put(ws, rr, 6, float(D(qT[k])), fmt)
            Rk = "0" if qR[k] == "-" else qR[k]
            put(ws, rr, 7, "-" if qR[k] == "-" else float(D(qR[k])), fmt)
            true = pct(Rk, qT[k]); wr = true
            if qR[k] == "-":
                put(ws, rr, 8, 0, "0.00")
                traps.append({"sheet": ws.title, "row": rr, "cell": f"G{rr}", "kind": "dash-zero",
                              "note": "'-' as TW 1 realisasi (none yet) with 0 %: right"})
            elif sp == "nextrow" and k == 1:
                put(ws, rr, 8, f"=ROUND(G{rr+1}/F{rr+1}*100,2)", "0.00")
                wr = pct(qR[2], qT[2])
                mistakes.append({"sheet": ws.title, "row": rr, "cell": f"H{rr}", "kind": "formula-next-row", "correct": plain(true),
                                 "note": f"TW 2 % formula refers to row {rr+1} (TW 3): shows {wr}, right is 61,2/60 = {true}"})
            elif sp == "wrong" and k == 3:
                wr = D("92.76")
                put(ws, rr, 8, float(wr), "0.00")
                mistakes.append({"sheet": ws.title, "row": rr, "cell": f"H{rr}", "kind": "wrong-percent", "correct": plain(true),
                                 "note": "TW 4 (= year): 139/150 = 92,67, written 92,76"})
            elif sp == "trunc" and k == 3:
                wr = pct_trunc(Rk, qT[k])
                put(ws, rr, 8, float(wr), "0.00")
                mistakes.append({"sheet": ws.title, "row": rr, "cell": f"H{rr}", "kind": "truncated", "correct": plain(true),
                                 "note": "TW 4 (= year): 88,7/90 = 98,5555..., written 98,55"})
            else:
                put(ws, rr, 8, f"=ROUND(G{rr}/F{rr}*100,2)", "0.00")
            if k == 3:
                kat = kategori(true)
                if sp == "category":
                    kat = "Sangat Tinggi"
                    mistakes.append({"sheet": ws.title, "row": rr, "cell": f"I{rr}", "kind": "category-mismatch", "correct": None,
                                     "note": f"984/1200 = {true} % is Tinggi, written Sangat Tinggi"})
                put(ws, rr, 9, kat)
            else:
                put(ws, rr, 9, None)
            quarters.append({"tw": k + 1, "row": rr, "target": plain(qT[k]), "realisasi": plain(Rk), "capaian_written": plain(wr),
                             "cells": {"target": f"F{rr}", "realisasi": f"G{rr}", "capaian": f"H{rr}"}})
        for c in (1, 2, 3, 4):
            ws.merge_cells(start_row=b, start_column=c, end_row=b + 4, end_column=c)
        key_ind.append({"row": b, "sasaran": sas, "indikator": ind, "satuan": sat, "target": plain(T), "realisasi": quarters[3]["realisasi"],
                        "capaian_written": quarters[3]["capaian_written"], "polarity": "positive", "kategori_written": kat,
                        "block_rows": [b, b + 4], "quarter_style": "cumulative" if qT[0] != qT[3] else "constant (= annual target each quarter)",
                        "quarters": quarters,
                        "cells": {"indikator": f"C{b}", "target": f"F{b}", "realisasi": f"G{b+4}", "capaian": f"H{b+4}", "kategori": f"I{b+4}"}})
        if sp in (None, "dash"):
            clean.append(b)
        r = b + 5
    last = r - 1
    # budget table
    r += 2
    bh = r
    for c, h in [(2, "Program / Kegiatan"), (6, "Anggaran (Rp)"), (7, "Realisasi (Rp)"), (8, "Serapan (%)")]:
        put(ws, r, c, h, bold=True)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    r += 1
    progs = [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", None,
         [("Administrasi Keuangan Perangkat Daerah", 3412800000, 3355120400), ("Administrasi Umum Perangkat Daerah", 415250000, 398640000)]),
        ("Program Rehabilitasi Sosial", 1862500000,
         [("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", 642000000, 618335000),
          ("Rehabilitasi Sosial Dasar Anak Terlantar", 575500000, 556020000),
          ("Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya", 595000000, 581230500)]),
        ("Program Penanganan Bencana", None,
         [("Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten", 980000000, 911460000)]),
    ]
    budgets, kr_all = [], []
    for pn, pw, kegs in progs:
        pr = r
        sa = sum(k[1] for k in kegs); sr = sum(k[2] for k in kegs)
        a = pw or sa
        put(ws, pr, 2, pn, bold=True); ws.merge_cells(start_row=pr, start_column=2, end_row=pr, end_column=5)
        put(ws, pr, 6, a, "#,##0"); put(ws, pr, 7, sr, "#,##0"); put(ws, pr, 8, f"=ROUND(G{pr}/F{pr}*100,2)", "0.00")
        r += 1
        krs = []
        for kn, ka, kr in kegs:
            put(ws, r, 2, "- " + kn); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            put(ws, r, 6, ka, "#,##0"); put(ws, r, 7, kr, "#,##0"); put(ws, r, 8, f"=ROUND(G{r}/F{r}*100,2)", "0.00")
            krs.append(r); kr_all.append(r); r += 1
        budgets.append({"sheet": ws.title, "program_row": pr, "anggaran_cell": f"F{pr}", "anggaran": str(a),
                        "kegiatan_anggaran_cells": [f"F{x}" for x in krs], "kegiatan_sum": str(sa)})
        if pw:
            mistakes.append({"sheet": ws.title, "row": pr, "cell": f"F{pr}", "kind": "budget-sum", "correct": str(sa),
                             "note": f"program anggaran {pw} but its kegiatan add up to {sa}"})
    put(ws, r, 2, "JUMLAH", bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    put(ws, r, 6, "=" + "+".join(f"F{x}" for x in kr_all), "#,##0")
    put(ws, r, 7, "=" + "+".join(f"G{x}" for x in kr_all), "#,##0")
    put(ws, r, 8, f"=ROUND(G{r}/F{r}*100,2)", "0.00")
    traps.append({"sheet": ws.title, "row": r, "cell": f"F{r}", "kind": "subtotal-right",
                  "note": "JUMLAH adds the kegiatan rows and is right"})
    put(ws, r + 2, 6, "Selong, 8 Januari 2024", box=False, wrap=False)
    put(ws, r + 3, 6, "KEPALA DINAS SOSIAL", box=False, wrap=False)
    put(ws, r + 7, 6, "H. Lalu Muhammad Fathurrahman, S.Sos, M.AP", box=False, wrap=False)
    put(ws, r + 8, 6, "NIP. 19750623 200212 1 005", box=False, wrap=False)
    key = {"sheets": [{"sheet": ws.title, "form": "rencana-aksi", "year": YEAR, "header_rows": [4, 5], "data_rows": [6, last],
                       "indicators": key_ind, "non_indicator_rows": nonind,
                       "other_blocks": {"budget_header_row": bh, "budget_rows": [bh + 1, r]}}],
           "mistakes": mistakes, "traps": traps, "clean_rows": {ws.title: clean}, "budgets": budgets}
    finish(wb, NAME, "xlsx", key)


if __name__ == "__main__":
    build()
