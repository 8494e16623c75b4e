"""W2: Dinas Koperasi dan Usaha Mikro Kota Malang, Pengukuran Kinerja 2023, saved as .xls.
One sheet: indicator table (figures typed as text with their unit in the cell, Indonesian separators),
a Catatan row inside the table, an Analisis paragraph, then a budget table with a Jumlah row,
the budget line, date and signature. Title says 2022 (mistake)."""
from common import *

NAME = "malang-diskopum-pk-2023"
YEAR = 2023


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "PK 2023"
    widths(ws, [5, 30, 44, 16, 16, 12])
    put(ws, 1, 1, "PENGUKURAN KINERJA TAHUN 2022", bold=True, box=False, wrap=False)
    put(ws, 2, 1, "DINAS KOPERASI DAN USAHA MIKRO", bold=True, box=False, wrap=False)
    put(ws, 3, 1, "KOTA MALANG", bold=True, box=False, wrap=False)
    for c, h in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "%"], 1):
        put(ws, 5, c, h, bold=True)
        put(ws, 6, c, str(c))
    SS1 = "Meningkatnya kualitas kelembagaan koperasi"
    SS2 = "Meningkatnya daya saing usaha mikro"
    SS3 = "Meningkatnya akuntabilitas kinerja perangkat daerah"
    # (no, sas, ind, satuan, target_txt, target, real_txt, real, pct_txt, special)
    rows = [
        ("1", SS1, "Jumlah koperasi aktif", "unit", "412 unit", "412", "398 unit", "398", None, None),
        ("2", "", "Persentase koperasi sehat", "%", "35 %", "35", "38,2 %", "38.2", None, None),
        ("3", "", "Jumlah anggota koperasi", "orang", "24.220 orang", "24220", "27 orang", "27", "110,54", "thousands"),
        ("4", "", "Volume usaha koperasi", "Rp", "Rp 2,5 M", "2500000000", "Rp 2,83 M", "2830000000", None, None),
        "CATATAN",
        ("5", SS2, "Jumlah usaha mikro yang difasilitasi perizinan berusaha (NIB)", "unit", "1.200 unit", "1200", "1,425 unit", "1425", None, "t1425"),
        ("6", "", "Jumlah usaha mikro yang naik kelas", "UM", "60 UM", "60", "311 UM", "311", "518", "t518"),
        ("7", "", "Jumlah pelatihan kewirausahaan bagi wirausaha pemula", "kegiatan", "0 kegiatan", "0", "2 kegiatan", "2", "200", "tzero"),
        ("8", "", "Persentase usaha mikro yang memanfaatkan platform digital", "unit", "150 unit", "150", "162 unit", "162", None, "unit"),
        ("9", "", "Jumlah produk usaha mikro yang terstandarisasi (halal/PIRT)", "produk", "300 produk", "300", "-", "0", "0", "tdash"),
        ("10", SS3, "Nilai SAKIP Dinas", "nilai", "70", "70", "68,45", "68.45", "97,97", "wrong"),
        ("11", "", "Persentase capaian kinerja program", "%", "100 %", "100", "100 %", "100", None, "t100"),
        ("12", "", "Jumlah dokumen perencanaan dan pelaporan kinerja", "dokumen", "6 dokumen", "6", "6 dokumen", "6", None, None),
    ]
    key_ind, mistakes, traps, clean, nonind = [], [], [], [], []
    r = 7
    sas = None
    for row in rows:
        if row == "CATATAN":
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            put(ws, r, 2, "Catatan: jumlah koperasi aktif dan anggota berdasarkan Online Data System (ODS) Kemenkop UKM per Desember 2023")
            nonind.append(r)
            r += 1
            continue
        no, s, ind, sat, tt, t, rt, re, ptxt, sp = row
        sas = s or sas
        put(ws, r, 1, no); put(ws, r, 2, s); put(ws, r, 3, ind); put(ws, r, 4, tt); put(ws, r, 5, rt)
        if ptxt is None:
            true = pct(re, t)
            ptxt = idn(true, 2)
        written = ptxt.replace(".", "").replace(",", ".")
        put(ws, r, 6, ptxt)
        ent = {"row": r, "sasaran": sas, "indikator": ind, "satuan": sat, "target": plain(t), "realisasi": plain(re),
               "capaian_written": plain(D(written)), "polarity": "positive",
               "cells": {"indikator": f"C{r}", "target": f"D{r}", "realisasi": f"E{r}", "capaian": f"F{r}"}}
        if sp == "thousands":
            ent["realisasi_meant"] = "26773"
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"E{r}", "kind": "thousands-dropped", "correct": "26773",
                             "note": "realisasi typed 27 (thousands dropped); 110,54 % of 24.220 implies 26.773 (26773/24220 = 110.54)"})
        elif sp == "tzero":
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"F{r}", "kind": "target-zero", "correct": None,
                             "note": "target 0 kegiatan, 200 % written: capaian undefined"})
        elif sp == "unit":
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"D{r}", "kind": "unit-unlike-name", "correct": None,
                             "note": "name says Persentase, target and realisasi in unit (162/150 = 108,00 is arithmetically right)"})
        elif sp == "wrong":
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"F{r}", "kind": "wrong-percent", "correct": plain(pct(re, t)),
                             "note": "68,45/70 = 97,79, written 97,97"})
        else:
            clean.append(r)
        if sp == "t1425":
            traps.append({"sheet": ws.title, "row": r, "cell": f"E{r}", "kind": "comma-thousands-count",
                          "note": "1,425 unit is a count (1.425); 1425/1200 = 118,75 as written"})
        if sp == "t518":
            traps.append({"sheet": ws.title, "row": r, "cell": f"F{r}", "kind": "whole-number-percent",
                          "note": "311/60 = 518,33; 518 is right at the precision written"})
        if sp == "tdash":
            traps.append({"sheet": ws.title, "row": r, "cell": f"E{r}", "kind": "dash-zero",
                          "note": "'-' as realisasi (none) with 0 %: right"})
        if sp == "t100":
            traps.append({"sheet": ws.title, "row": r, "cell": f"F{r}", "kind": "hundred-of-hundred",
                          "note": "100 % against 100 %: 100,00 right"})
        key_ind.append(ent)
        r += 1
    last = r - 1
    # Analisis paragraph
    r += 1
    ana = r
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=6)
    put(ws, r, 1, "Analisis:\nSecara umum capaian kinerja Dinas Koperasi dan Usaha Mikro Kota Malang tahun 2023 berkategori sangat tinggi. "
                  "Jumlah usaha mikro yang naik kelas melampaui target karena pendampingan melalui Rumah Kurasi dan kerja sama dengan "
                  "perguruan tinggi; produk terstandarisasi belum terealisasi karena sertifikasi halal gratis dialihkan ke tahun 2024.")
    ws.row_dimensions[r].height = 45
    r += 4
    # Budget table
    bh = r
    for c, h in [(1, "No"), (2, "Program"), (4, "Anggaran (Rp)"), (5, "Realisasi (Rp)"), (6, "Serapan (%)")]:
        put(ws, r, c, h, bold=True)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    r += 1
    progs = [("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6184250000, 5911023400, None),
             ("2", "Program Pengawasan dan Pemeriksaan Koperasi", 412500000, 398715000, None),
             ("3", "Program Pemberdayaan dan Perlindungan Koperasi", 1287600000, 1215340000, "Rp. 1.215.3400.000"),
             ("4", "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)", 2046900000, 1968452350, None)]
    sa = sr = 0
    for no, pn, a, re, bad in progs:
        put(ws, r, 1, no); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3); put(ws, r, 2, pn)
        put(ws, r, 4, rp(a)); put(ws, r, 5, bad or rp(re)); put(ws, r, 6, idn(pct(re, a), 2))
        if bad:
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"E{r}", "kind": "malformed-number", "correct": "1215340000",
                             "note": "realisasi anggaran 'Rp. 1.215.3400.000' has a group of four digits; the Jumlah row and serapan imply 1.215.340.000"})
        sa += a; sr += re
        r += 1
    put(ws, r, 2, "Jumlah Anggaran Tahun 2023", bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    put(ws, r, 4, rp(sa)); put(ws, r, 5, rp(sr)); put(ws, r, 6, idn(pct(sr, sa), 2))
    traps.append({"sheet": ws.title, "row": r, "cell": f"D{r}", "kind": "subtotal-right",
                  "note": f"Jumlah anggaran {sa} and realisasi {sr} are the sums of the programme rows; serapan {pct(sr, sa)} right"})
    jr = r
    r += 2
    put(ws, r, 4, "Malang, 29 Desember 2023", box=False, wrap=False)
    put(ws, r + 1, 4, "KEPALA DINAS KOPERASI DAN USAHA MIKRO", box=False, wrap=False)
    put(ws, r + 2, 4, "KOTA MALANG", box=False, wrap=False)
    put(ws, r + 6, 4, "Dra. Retno Anggraeni Kusuma, M.Si", box=False, wrap=False)
    put(ws, r + 7, 4, "Pembina Utama Muda", box=False, wrap=False)
    put(ws, r + 8, 4, "NIP. 19690822 199403 2 004", box=False, wrap=False)
    mistakes.append({"sheet": ws.title, "row": 1, "cell": "A1", "kind": "year-disagreement", "correct": "2023",
                     "note": f"title says TAHUN 2022; sheet name, budget line (row {jr}, 'Jumlah Anggaran Tahun 2023') and date line (row {r}, 29 Desember 2023) say 2023"})
    key = {"sheets": [{"sheet": ws.title, "form": "pk", "year": YEAR, "header_rows": [5, 6], "data_rows": [7, last],
                       "indicators": key_ind, "non_indicator_rows": nonind,
                       "other_blocks": {"analisis_row": ana, "budget_header_row": bh, "budget_rows": [bh + 1, jr]}}],
           "mistakes": mistakes, "traps": traps, "clean_rows": {ws.title: clean}}
    finish(wb, NAME, "xls", key)


if __name__ == "__main__":
    build()
