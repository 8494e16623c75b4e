"""W4: Dinas Lingkungan Hidup Kabupaten Banyuwangi, Pengukuran Kinerja 2025, saved as .ods.
Unusual column order: Polaritas, Capaian (%) BEFORE Realisasi and Target, Realisasi before Target,
each split into Nilai | Satuan; Predikat after. Negative indicators use (2T - R) / T x 100."""
from common import *

NAME = "banyuwangi-dlh-pk-2025"
YEAR = 2025
SS1 = "Meningkatnya kualitas lingkungan hidup"
SS2 = "Menurunnya timbulan sampah yang tidak terkelola"
SS3 = "Meningkatnya kualitas tata kelola lingkungan hidup"
IND = [
    (SS1, "Indeks Kualitas Lingkungan Hidup (IKLH)", "Positif", "68.5", "70.12", "indeks", None),
    (SS1, "Indeks Kualitas Air (IKA)", "Positif", "55", "53.4", "indeks", None),
    (SS1, "Indeks Kualitas Udara (IKU)", "Positif", "88", "89.65", "indeks", None),
    (SS2, "Persentase sampah yang tidak terkelola", "Negatif", "30", "27.6", "%", None),
    (SS2, "Jumlah kasus pengaduan pencemaran lingkungan", "Negatif", "40", "46", "kasus", None),
    (SS2, "Persentase timbulan sampah yang tidak tertangani", "Negatif", "25", "21.5", "%", "negpos"),
    (SS2, "Persentase sampah terkelola (pengurangan dan penanganan)", "Positif", "72", "63.1", "%", "category"),
    (SS2, "Jumlah bank sampah aktif", "Positif", "180", "172", "unit", "trunc"),
    (SS3, "Jumlah kampung iklim (ProKlim) terbentuk", "Positif", "12", "0", "kampung", "zero"),
    (SS3, "Persentase penyelesaian pengaduan masalah lingkungan", "Positif", "100", "100", "%", "t100"),
    (SS3, "Nilai SAKIP Dinas Lingkungan Hidup", "Positif", "74", "71.9", "nilai", "wrong"),
    (SS3, "Persentase luas ruang terbuka hijau publik", "Positif", "20", "18.4", "%", "fraction"),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "Pengukuran Kinerja"
    widths(ws, [4, 28, 40, 10, 11, 10, 9, 10, 9, 14])
    put(ws, 1, 1, "PENGUKURAN KINERJA", bold=True, box=False, wrap=False)
    put(ws, 2, 1, "DINAS LINGKUNGAN HIDUP KABUPATEN BANYUWANGI", bold=True, box=False, wrap=False)
    put(ws, 3, 1, "TAHUN 2025", bold=True, box=False, wrap=False)
    top = ["No", "Sasaran Strategis", "Indikator Kinerja", "Polaritas", "Capaian (%)", "Realisasi", None, "Target", None, "Predikat"]
    for c, h in enumerate(top, 1):
        put(ws, 6, c, h, bold=True)
    for c in (6, 8):
        ws.merge_cells(start_row=6, start_column=c, end_row=6, end_column=c + 1)
        put(ws, 7, c, "Nilai", bold=True); put(ws, 7, c + 1, "Satuan", bold=True)
    for c in (1, 2, 3, 4, 5, 10):
        put(ws, 7, c, None)
        ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
    for c in range(1, 11):
        put(ws, 8, c, f"({c})")
    key_ind, mistakes, traps, clean = [], [], [], []
    r = 9
    prev = None
    for i, (sas, ind, pol, T, R, sat, sp) in enumerate(IND):
        put(ws, r, 1, i + 1); put(ws, r, 2, sas if sas != prev else None); prev = sas
        put(ws, r, 3, ind); put(ws, r, 4, pol)
        fmt = "#,##0" if sat in ("kasus", "unit", "kampung") else "0.00"
        put(ws, r, 6, float(D(R)), fmt); put(ws, r, 7, sat); put(ws, r, 8, float(D(T)), fmt); put(ws, r, 9, sat)
        true = pct_neg(R, T) if pol == "Negatif" else pct(R, T)
        wr = true
        if sp == "negpos":
            wr = pct(R, T)
            assert wr not in (pct(T, R), q((D(T) - D(R)) / D(T) * 100))
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"E{r}", "kind": "negative-as-positive", "correct": plain(true),
                             "note": f"Negatif: (2x25-21,5)/25 = {true}; written {wr} = R/T (positive formula); T/R would be {pct(T, R)}"})
        elif sp == "trunc":
            wr = pct_trunc(R, T)
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"E{r}", "kind": "truncated", "correct": plain(true),
                             "note": "172/180 = 95,5555..., written 95,55"})
        elif sp == "wrong":
            wr = D("97.61")
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"E{r}", "kind": "wrong-percent", "correct": plain(true),
                             "note": "71,9/74 = 97,16, written 97,61"})
        elif sp == "fraction":
            wr = q(true / 100, 4)
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"E{r}", "kind": "fraction", "correct": plain(true),
                             "note": "18,4/20 = 92,00 %; written 0,92"})
        put(ws, r, 5, float(wr), "0.00")
        kat = kategori(true)
        if sp == "category":
            kat = "Sedang"
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"J{r}", "kind": "category-mismatch", "correct": None,
                             "note": f"63,1/72 = {true} % is Tinggi (> 75-90), written Sedang"})
        put(ws, r, 10, kat)
        if sp == "zero":
            traps.append({"sheet": ws.title, "row": r, "cell": f"E{r}", "kind": "zero-realisasi",
                          "note": "realisasi 0 against 12: 0,00 % and Sangat Rendah are right"})
        if sp == "t100":
            traps.append({"sheet": ws.title, "row": r, "cell": f"E{r}", "kind": "hundred-of-hundred",
                          "note": "100 % against 100 %: 100,00 right"})
        if pol == "Negatif" and sp is None:
            traps.append({"sheet": ws.title, "row": r, "cell": f"E{r}", "kind": "negative-right",
                          "note": f"negative indicator computed with (2T-R)/T: {true}, right (the workbook states this formula under the table)"})
        key_ind.append({"row": r, "sasaran": sas, "indikator": ind, "satuan": sat, "target": plain(T), "realisasi": plain(R),
                        "capaian_written": plain(wr), "polarity": "negative" if pol == "Negatif" else "positive",
                        "kategori_written": kat,
                        "cells": {"indikator": f"C{r}", "target": f"H{r}", "realisasi": f"F{r}", "capaian": f"E{r}",
                                  "kategori": f"J{r}", "polarity": f"D{r}"}})
        if sp in (None, "zero", "t100"):
            clean.append(r)
        r += 1
    last = r - 1
    put(ws, r, 1, "Keterangan: polaritas Negatif dihitung (2 x Target - Realisasi) / Target x 100", box=False, wrap=False)
    put(ws, r + 2, 8, "Banyuwangi, 14 Januari 2026", box=False, wrap=False)
    put(ws, r + 3, 8, "KEPALA DINAS LINGKUNGAN HIDUP", box=False, wrap=False)
    put(ws, r + 7, 8, "Ir. Bambang Suryo Atmojo, M.T.", box=False, wrap=False)
    put(ws, r + 8, 8, "NIP. 19710705 199803 1 009", box=False, wrap=False)
    key = {"sheets": [{"sheet": ws.title, "form": "pk", "year": YEAR, "header_rows": [6, 8], "data_rows": [9, last],
                       "indicators": key_ind, "non_indicator_rows": [],
                       "negative_formula": "(2T-R)/T*100"}],
           "mistakes": mistakes, "traps": traps, "clean_rows": {ws.title: clean}}
    finish(wb, NAME, "ods", key)


if __name__ == "__main__":
    build()
