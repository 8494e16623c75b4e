"""W3: Dinas Pendidikan Kabupaten Gowa, Rencana Aksi (quarterly) 2024, .xlsx. Wide layout: one row per
indicator, Target Tahunan, then T / R / % for TW I..IV, Realisasi Tahunan, Capaian Tahunan.
Messy: % stored as fractions with a 0.00% format (right), merged sasaran cells, line breaks inside
names, one hidden row (last year's figures), the header (3 rows incl. numbering) repeated for page 2."""
from common import *

NAME = "gowa-disdik-ra-2024"
YEAR = 2024

SS1 = "Meningkatnya akses pendidikan dasar yang merata"
SS2 = "Meningkatnya mutu pendidikan dasar"
SS3 = "Meningkatnya tata kelola pendidikan"
# (sasaran, indikator, satuan, annual T, quarter T list, quarter R list (cumulative), special)
IND = [
    (SS1, "Angka Partisipasi Murni\n(APM) SD/MI", "%", "97.5", ["97.5"] * 4, ["97.1", "97.2", "97.4", "97.62"], None),
    (SS1, "Angka Partisipasi Murni\n(APM) SMP/MTs", "%", "82.4", ["82.4"] * 4, ["80.1", "80.9", "81.5", "83.05"], "wrong"),
    (SS1, "Jumlah sekolah yang\nmemenuhi Standar\nPelayanan Minimal", "sekolah", "120", ["30", "60", "90", "120"], ["28", "57", "88", "114"], None),
    "HIDDEN",
    (SS1, "Persentase anak usia 7-15 tahun\nyang bersekolah", "%", "96", ["96"] * 4, ["95.2", "95.5", "95.9", "96.3"], None),
    (SS2, "Persentase guru bersertifikat pendidik", "%", "78", ["78"] * 4, ["71.2", "72.5", "74.8", "76.45"], None),
    (SS2, "Jumlah guru yang mengikuti\npelatihan kompetensi", "orang", "1450", ["300", "700", "1100", "1450"], ["312", "688", "1069", "1392"], "trunc_tw2"),
    "HEADER",
    (SS2, "Rata-rata nilai Asesmen\nNasional (literasi)", "nilai", "65", ["65"] * 4, ["60.2", "60.2", "63.4", "63.4"], None),
    (SS2, "Jumlah sekolah penggerak", "sekolah", "40", ["10", "20", "30", "40"], ["10", "20", "31", "44"], "fraction"),
    (SS3, "Nilai SAKIP Dinas Pendidikan", "nilai", "72", ["72"] * 4, ["70.15"] * 4, None),
    (SS3, "Persentase sekolah yang\nmenyampaikan laporan\nBOS tepat waktu", "%", "100", ["100"] * 4, ["84.5", "90.2", "93.7", "96.8"], None),
    (SS3, "Jumlah guru yang mengikuti\npelatihan kompetensi", "orang", "1450", ["300", "700", "1100", "1450"], ["312", "688", "1069", "1392"], "duplicate"),
]


def header(ws, r):
    put(ws, r, 1, "No", bold=True); put(ws, r, 2, "Sasaran Strategis", bold=True); put(ws, r, 3, "Indikator Kinerja", bold=True)
    put(ws, r, 4, "Satuan", bold=True); put(ws, r, 5, "Target Tahunan", bold=True)
    for k, tw in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
        c = 6 + 3 * k
        put(ws, r, c, tw, bold=True); put(ws, r, c + 1, None); put(ws, r, c + 2, None)
        ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + 2)
        put(ws, r + 1, c, "Target", bold=True); put(ws, r + 1, c + 1, "Realisasi", bold=True); put(ws, r + 1, c + 2, "%", bold=True)
    put(ws, r, 18, "Realisasi Tahunan", bold=True); put(ws, r, 19, "Capaian Tahunan (%)", bold=True)
    put(ws, r, 20, "Penanggung Jawab", bold=True)
    for c in [1, 2, 3, 4, 5, 18, 19, 20]:
        put(ws, r + 1, c, None)
        ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
    for c in range(1, 21):
        put(ws, r + 2, c, c)


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "RA 2024"
    widths(ws, [4, 24, 30, 9, 9] + [8, 8, 8] * 4 + [10, 10, 16])
    put(ws, 1, 1, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", bold=True, box=False, wrap=False)
    put(ws, 2, 1, "DINAS PENDIDIKAN KABUPATEN GOWA", bold=True, box=False, wrap=False)
    put(ws, 3, 1, "TAHUN ANGGARAN 2024", bold=True, box=False, wrap=False)
    header(ws, 5)
    r = 8
    key_ind, mistakes, traps, clean, nonind = [], [], [], [], []
    no = 0
    seen = {}
    sas_rows = {}
    for it in IND:
        if it == "HIDDEN":
            put(ws, r, 3, "(Realisasi Tahun 2023 - pembanding)")
            vals = {6: 30, 7: 26, 9: 60, 10: 55, 12: 90, 13: 84, 15: 120, 16: 109}
            for c, v in vals.items():
                put(ws, r, c, v, "0")
            ws.row_dimensions[r].hidden = True
            nonind.append(r)
            traps.append({"sheet": ws.title, "row": r, "cell": f"C{r}", "kind": "hidden-row-last-year",
                          "note": "hidden row with 2023 figures for comparison; not an indicator of 2024, no finding"})
            sas_rows.setdefault(SS1, []).append(r)
            r += 1
            continue
        if it == "HEADER":
            header(ws, r)
            nonind += [r, r + 1, r + 2]
            traps.append({"sheet": ws.title, "row": r, "cell": f"A{r}", "kind": "repeated-header",
                          "note": f"rows {r}-{r+2} repeat the header and the numbering row for page 2; not data"})
            r += 3
            sas_rows[SS2 + "#2"] = []
            continue
        sas, ind, sat, T, qT, qR, sp = it
        no += 1
        put(ws, r, 1, no)
        sk = sas if not (sas == SS2 and SS2 + "#2" in sas_rows) else SS2 + "#2"
        sas_rows.setdefault(sk, []).append(r)
        put(ws, r, 2, sas if len(sas_rows[sk]) == 1 else None)
        put(ws, r, 3, ind); put(ws, r, 4, sat)
        fmt = "#,##0" if sat in ("sekolah", "orang") else "0.00"
        put(ws, r, 5, float(D(T)), fmt)
        quarters = []
        for k in range(4):
            c = 6 + 3 * k
            put(ws, r, c, float(D(qT[k])), fmt); put(ws, r, c + 1, float(D(qR[k])), fmt)
            true = pct(qR[k], qT[k])
            wr = true
            if sp == "trunc_tw2" and k == 1:
                wr = pct_trunc(qR[k], qT[k])
                put(ws, r, c + 2, float(wr / 100), "0.00%")
                mistakes.append({"sheet": ws.title, "row": r, "cell": f"{L(c+2)}{r}", "kind": "truncated", "correct": plain(true),
                                 "note": f"TW II: 688/700 = 98.2857 %, written 98.28 % (truncated); annual capaian of the row is right"})
            else:
                put(ws, r, c + 2, f"=ROUND({L(c+1)}{r}/{L(c)}{r},4)", "0.00%")
            quarters.append({"tw": k + 1, "target": plain(qT[k]), "realisasi": plain(qR[k]), "capaian_written": plain(wr),
                             "cells": {"target": f"{L(c)}{r}", "realisasi": f"{L(c+1)}{r}", "capaian": f"{L(c+2)}{r}"}})
        put(ws, r, 18, f"=P{r}", fmt)  # realisasi tahunan = TW IV realisasi
        true = pct(qR[3], T)
        wr = true
        if sp == "wrong":
            wr = D("100.97")
            put(ws, r, 19, float(wr / 100), "0.00%")
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"S{r}", "kind": "wrong-percent", "correct": plain(true),
                             "note": "83,05/82,4 = 100,79 %, written 100,97 %"})
        elif sp == "fraction":
            wr = q(true / 100, 4)
            put(ws, r, 19, float(wr / 100), "0.00%")
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"S{r}", "kind": "fraction", "correct": plain(true),
                             "note": "44/40 = 110 %; the cell stores 0.011 in a 0.00% format and shows 1.10% (value/100)"})
        else:
            put(ws, r, 19, f"=ROUND(R{r}/E{r},4)", "0.00%")
        if sp == "duplicate":
            first = seen[ind]
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"C{r}", "kind": "duplicate", "correct": None,
                             "note": f"same indicator and same figures as row {first} (under another sasaran)"})
        seen.setdefault(ind, r)
        put(ws, r, 20, {SS1: "Bidang Pembinaan SD", SS2: "Bidang GTK", SS3: "Sekretariat"}[sas])
        key_ind.append({"row": r, "sasaran": sas, "indikator": ind, "satuan": sat, "target": plain(T), "realisasi": plain(qR[3]),
                        "capaian_written": plain(wr), "polarity": "positive",
                        "quarter_style": "cumulative" if qT[0] != qT[3] else "constant (= annual target each quarter)",
                        "quarters": quarters,
                        "cells": {"indikator": f"C{r}", "target": f"E{r}", "realisasi": f"R{r}", "capaian": f"S{r}"}})
        if sp is None:
            clean.append(r)
        r += 1
    last = r - 1
    for k, rs in sas_rows.items():
        if len(rs) > 1:
            ws.merge_cells(start_row=min(rs), start_column=2, end_row=max(rs), end_column=2)
    put(ws, r + 1, 14, "Sungguminasa, 10 Januari 2025", box=False, wrap=False)
    put(ws, r + 2, 14, "Kepala Dinas Pendidikan Kabupaten Gowa", box=False, wrap=False)
    put(ws, r + 6, 14, "Drs. Andi Makkasau Rahman, M.Pd", box=False, wrap=False)
    put(ws, r + 7, 14, "NIP. 19700312 199503 1 007", box=False, wrap=False)
    key = {"sheets": [{"sheet": ws.title, "form": "rencana-aksi", "year": YEAR, "header_rows": [5, 7], "data_rows": [8, last],
                       "indicators": key_ind, "non_indicator_rows": nonind}],
           "mistakes": mistakes, "traps": traps, "clean_rows": {ws.title: clean}}
    finish(wb, NAME, "xlsx", key)


if __name__ == "__main__":
    build()
