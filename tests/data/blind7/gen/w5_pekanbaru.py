"""W5: Dinas Perhubungan Kota Pekanbaru, Pengukuran Kinerja 2024, .xlsx. One sheet per sasaran
(Sasaran 1..3) behind a Cover sheet. Each sheet: hidden column E (Realisasi 2023), figures partly
numbers, partly text with units ("Rp 2,5 M", "Rp 850 Jt"), a footnoted % ("100 **)") with its footnote
line, and on Sasaran 3 a Rata-rata capaian row."""
from common import *

NAME = "pekanbaru-dishub-pk-2024"
YEAR = 2024
SHEETS = [
    ("Sasaran 1", "Meningkatnya kinerja pelayanan angkutan umum", [
        ("Jumlah penumpang angkutan umum (Trans Metro Pekanbaru)", "orang", "4200000", None, "3815620", None, "3702410", "wrong"),
        ("Persentase armada angkutan umum yang laik jalan", "%", "85", None, "88.2", None, "81.5", None),
        ("Jumlah halte yang memenuhi standar pelayanan minimal", "unit", "45", None, "43", None, "36", "trunc"),
        ("Jumlah trayek angkutan umum yang terlayani", "trayek", "12", None, "12", None, "11", None),
    ]),
    ("Sasaran 2", "Meningkatnya keselamatan dan ketertiban lalu lintas", [
        ("Jumlah kendaraan wajib uji yang lulus uji berkala", "kendaraan", "18500", None, "17", None, "17420", "thousands"),
        ("Jumlah rambu lalu lintas terpasang", "unit", "850", None, None, "1.0240", "640", "malformed"),
        ("Jumlah persimpangan dengan APILL baru", "titik", "0", None, "3", None, "2", "tzero"),
        ("Jumlah lokasi rawan kecelakaan yang ditangani", "lokasi", "10", None, "9", None, "8", None),
    ]),
    ("Sasaran 3", "Meningkatnya pendapatan dari retribusi perhubungan", [
        ("Realisasi retribusi parkir tepi jalan umum", "Rp", "2500000000", "Rp 2,5 M", "2710000000", "Rp 2,71 M", "Rp 2,32 M", None),
        ("Realisasi retribusi pengujian kendaraan bermotor", "Rp", "850000000", "Rp 850 Jt", "812400000", "Rp 812,4 Jt", "Rp 798,1 Jt", None),
        ("Persentase titik parkir yang menggunakan pembayaran nontunai", "%", "30", None, "30", None, "12", "foot"),
    ]),
]


def build():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    for r, t in [(4, "LAPORAN PENGUKURAN KINERJA"), (5, "DINAS PERHUBUNGAN KOTA PEKANBARU"), (6, "TAHUN 2024")]:
        put(cv, r, 2, t, bold=True, box=False, wrap=False)
    sheets, mistakes, traps, clean = [], [], [], {}
    no = 0
    for title, sas, rows in SHEETS:
        ws = wb.create_sheet(title)
        widths(ws, [5, 48, 10, 14, 14, 14, 12])
        put(ws, 1, 1, "PENGUKURAN KINERJA DINAS PERHUBUNGAN KOTA PEKANBARU TAHUN 2024", bold=True, box=False, wrap=False)
        put(ws, 2, 1, f"{title.upper()} : {sas}", bold=True, box=False, wrap=False)
        for c, h in enumerate(["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2023", "Realisasi 2024", "Capaian (%)"], 1):
            put(ws, 4, c, h, bold=True)
        ws.column_dimensions["E"].hidden = True
        traps.append({"sheet": title, "row": None, "cell": "E4", "kind": "hidden-column-last-year",
                      "note": "hidden column E holds Realisasi 2023; no finding"})
        r = 5
        inds, cl = [], []
        caps = []
        for ind, sat, T, Ttxt, R, Rtxt, ly, sp in rows:
            no += 1
            put(ws, r, 1, no); put(ws, r, 2, ind); put(ws, r, 3, sat)
            fmt = "0.00" if sat == "%" else "#,##0"
            put(ws, r, 4, Ttxt if Ttxt else float(D(T)), None if Ttxt else fmt)
            put(ws, r, 5, ly if ly.startswith("Rp") else float(D(ly)), None if ly.startswith("Rp") else fmt)
            put(ws, r, 6, Rtxt if Rtxt else float(D(R)), None if Rtxt else fmt)
            ent = {"row": r, "sasaran": sas, "indikator": ind, "satuan": sat, "target": plain(T), "realisasi": plain(R),
                   "polarity": "positive", "cells": {"indikator": f"B{r}", "target": f"D{r}", "realisasi": f"F{r}", "capaian": f"G{r}"}}
            if sp == "wrong":
                true = pct(R, T); wr = D("90.58")
                mistakes.append({"sheet": title, "row": r, "cell": f"G{r}", "kind": "wrong-percent", "correct": plain(true),
                                 "note": "3.815.620/4.200.000 = 90,85, written 90,58"})
            elif sp == "trunc":
                true = pct(R, T); wr = pct_trunc(R, T)
                mistakes.append({"sheet": title, "row": r, "cell": f"G{r}", "kind": "truncated", "correct": plain(true),
                                 "note": "43/45 = 95,5555..., written 95,55"})
            elif sp == "thousands":
                true = pct("17965", T); wr = true
                ent["realisasi_meant"] = "17965"
                mistakes.append({"sheet": title, "row": r, "cell": f"F{r}", "kind": "thousands-dropped", "correct": "17965",
                                 "note": "realisasi typed 17; 97,11 % of 18.500 implies 17.965 (17965/18500 = 97,11)"})
            elif sp == "malformed":
                true = pct("1024", T); wr = true
                ent["realisasi"] = None; ent["realisasi_written"] = "1.0240"; ent["realisasi_meant"] = "1024"
                mistakes.append({"sheet": title, "row": r, "cell": f"F{r}", "kind": "malformed-number", "correct": "1024",
                                 "note": "realisasi '1.0240' has a group of four digits; 120,47 % of 850 implies 1.024"})
            elif sp == "tzero":
                true = None; wr = D(100)
                mistakes.append({"sheet": title, "row": r, "cell": f"G{r}", "kind": "target-zero", "correct": None,
                                 "note": "target 0 titik, 100 % written: capaian undefined"})
            else:
                true = pct(R, T); wr = true
            if sp == "foot":
                put(ws, r, 7, "100 **)")
                traps.append({"sheet": title, "row": r, "cell": f"G{r}", "kind": "footnoted-figure",
                              "note": "'100 **)' is 100 with a footnote marker; 30/30 = 100 right"})
            elif Rtxt or Ttxt or sp in ("thousands", "malformed", "tzero", "wrong", "trunc"):
                put(ws, r, 7, float(wr), "0.00")
            else:
                put(ws, r, 7, f"=ROUND(F{r}/D{r}*100,2)", "0.00")
            ent["capaian_written"] = plain(wr)
            caps.append(true)
            inds.append(ent)
            if sp in (None, "foot"):
                cl.append(r)
            r += 1
        last = r - 1
        nonind = []
        if title == "Sasaran 3":
            avg = q(sum(caps) / len(caps))
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            put(ws, r, 1, "Rata-rata capaian", bold=True)
            put(ws, r, 7, float(avg), "0.00")
            nonind.append(r)
            traps.append({"sheet": title, "row": r, "cell": f"G{r}", "kind": "subtotal-right",
                          "note": f"Rata-rata capaian {avg} = mean of 108,40, 95,58 and 100,00: right"})
            put(ws, r + 1, 1, "**) termasuk 12 titik uji coba pembayaran QRIS", box=False, wrap=False)
            put(ws, r + 3, 5, "Pekanbaru, 20 Januari 2025", box=False, wrap=False)
            put(ws, r + 4, 5, "KEPALA DINAS PERHUBUNGAN", box=False, wrap=False)
            put(ws, r + 8, 5, "Yudi Pranata Saragih, S.STP, M.Si", box=False, wrap=False)
            put(ws, r + 9, 5, "NIP. 19800917 199912 1 001", box=False, wrap=False)
        sheets.append({"sheet": title, "form": "pk", "year": YEAR, "header_rows": [4, 4], "data_rows": [5, last],
                       "indicators": inds, "non_indicator_rows": nonind})
        clean[title] = cl
    key = {"sheets": sheets, "mistakes": mistakes, "traps": traps, "clean_rows": clean}
    finish(wb, NAME, "xlsx", key)


if __name__ == "__main__":
    build()
