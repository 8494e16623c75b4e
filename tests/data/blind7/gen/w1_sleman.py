"""W1: Dinas Kesehatan Kabupaten Sleman, Pengukuran Kinerja (PK) 2024, .xlsx.
Sheets: Cover, Perjanjian Kinerja (text), Pengukuran Kinerja (table), Anggaran (budget).
Messy: hidden column E (Realisasi 2023), % as ROUND formulas, a footnoted realisasi,
Kategori column after %, Rata-rata row at the end, footnote line under the table."""
from common import *

NAME = "sleman-dinkes-pk-2024"
YEAR = 2024


def build():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    for r, t in [(3, "LAPORAN PENGUKURAN KINERJA"), (4, "DINAS KESEHATAN"), (5, "KABUPATEN SLEMAN"),
                 (6, "TAHUN ANGGARAN 2024"), (10, "Jl. Rorojonggrang No. 6, Beran, Tridadi, Sleman")]:
        put(cv, r, 2, t, bold=True, box=False, wrap=False)

    pk = wb.create_sheet("Perjanjian Kinerja")
    lines = ["PERJANJIAN KINERJA TAHUN 2024", "",
             "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
             "kami yang bertanda tangan di bawah ini:", "",
             "Nama      : dr. Wahyu Sekar Pramesti, M.Kes", "Jabatan   : Kepala Dinas Kesehatan Kabupaten Sleman",
             "selanjutnya disebut pihak pertama,", "",
             "Nama      : Drs. Hendra Kusumawardana, M.M.", "Jabatan   : Bupati Sleman",
             "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", "",
             "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
             "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
             "", "Sleman, 2 Januari 2024"]
    for i, t in enumerate(lines, 1):
        put(pk, i, 1, t, box=False, wrap=False)

    ws = wb.create_sheet("Pengukuran Kinerja")
    widths(ws, [5, 30, 42, 12, 12, 13, 13, 11, 15])
    put(ws, 1, 1, "PENGUKURAN KINERJA", bold=True, box=False, wrap=False)
    put(ws, 2, 1, "DINAS KESEHATAN KABUPATEN SLEMAN", bold=True, box=False, wrap=False)
    put(ws, 3, 1, "TAHUN 2024", bold=True, box=False, wrap=False)
    hdr = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Realisasi 2023", "Target 2024",
           "Realisasi 2024", "Capaian (%)", "Kategori"]
    for c, h in enumerate(hdr, 1):
        put(ws, 5, c, h, bold=True)
        put(ws, 6, c, f"({c})")
    ws.column_dimensions["E"].hidden = True

    # (no, sasaran, indikator, satuan, last_year, target, realisasi, fmt, special)
    SS1 = "Meningkatnya derajat kesehatan masyarakat"
    SS2 = "Meningkatnya mutu pelayanan kesehatan"
    SS3 = "Meningkatnya akuntabilitas kinerja Dinas Kesehatan"
    rows = [
        ("1", SS1, "Persentase balita gizi baik", "%", "91.20", "92.5", "94.1", "0.00", None),
        ("2", "", "Cakupan imunisasi dasar lengkap", "%", "93.85", "95", "91.37", "0.00", None),
        ("3", "", "Persentase penduduk yang memiliki jaminan kesehatan", "%", "97.10", "98", "98.5", "0.00", "footnote"),
        ("4", "", "Jumlah puskesmas terakreditasi Paripurna", "Puskesmas", "6", "12", "10", "#,##0", "category"),
        ("5", SS2, "Indeks Kepuasan Masyarakat (IKM)", "nilai", "81.02", "82", "84.26", "0.00", "nextrow"),
        ("6", "", "Persentase rumah sakit yang terakreditasi", "%", "87.5", "100", "87.5", "0.00", None),
        ("7", "", "Jumlah kunjungan rawat jalan puskesmas", "kunjungan", "402118", "415000", "438712", "#,##0", None),
        ("8", "", "Persentase fasilitas kesehatan yang menerapkan rekam medis elektronik", "%", "22", "60", "47", "0.00", "fraction"),
        ("9", SS3, "Nilai SAKIP Dinas Kesehatan", "nilai", "71.64", "75", "72.18", "0.00", None),
        ("10", "", "Persentase realisasi anggaran", "%", "92.41", "95", "93.7", "0.00", None),
        ("11", "", "Jumlah dokumen perencanaan dan pelaporan yang tepat waktu", "dokumen", "7", "7", "5", "#,##0", "truncated"),
        ("12", "", "Jumlah tenaga kesehatan yang mengikuti pelatihan kompetensi", "orang", "310", "350", "362", "#,##0", "wrong"),
    ]
    key_ind, mistakes, traps, clean = [], [], [], []
    r0 = 7
    sas = None
    for i, (no, s, ind, sat, ly, t, re, fmt, sp) in enumerate(rows):
        r = r0 + i
        sas = s or sas
        put(ws, r, 1, no); put(ws, r, 2, s); put(ws, r, 3, ind); put(ws, r, 4, sat)
        put(ws, r, 5, float(D(ly)), fmt); put(ws, r, 6, float(D(t)), fmt)
        true = pct(re, t)
        written = true
        if sp == "footnote":
            put(ws, r, 7, "98,5*")
            put(ws, r, 8, float(true), "0.00")
            traps.append({"sheet": ws.title, "row": r, "cell": f"G{r}", "kind": "footnoted-figure",
                          "note": "98,5* is 98.5 with a footnote marker; 98.5/98 = 100.51, as written"})
        else:
            put(ws, r, 7, float(D(re)), fmt)
            if sp == "fraction":
                written = q(D(re) / D(t), 4)
                put(ws, r, 8, float(written), "General")
                mistakes.append({"sheet": ws.title, "row": r, "cell": f"H{r}", "kind": "fraction",
                                 "correct": plain(true), "note": f"0.7833 written where {true} % is meant (value/100, General format)"})
            elif sp == "truncated":
                written = pct_trunc(re, t)
                put(ws, r, 8, float(written), "0.00")
                mistakes.append({"sheet": ws.title, "row": r, "cell": f"H{r}", "kind": "truncated",
                                 "correct": plain(true), "note": "5/7 = 71.428..., written 71.42 (truncated)"})
            elif sp == "wrong":
                written = D("103.34")
                put(ws, r, 8, float(written), "0.00")
                mistakes.append({"sheet": ws.title, "row": r, "cell": f"H{r}", "kind": "wrong-percent",
                                 "correct": plain(true), "note": "362/350 = 103.43, written 103.34 (typed value)"})
            elif sp == "nextrow":
                put(ws, r, 8, f"=ROUND(G{r+1}/F{r+1}*100,2)", "0.00")
                written = pct(rows[i + 1][6], rows[i + 1][5])
                mistakes.append({"sheet": ws.title, "row": r, "cell": f"H{r}", "kind": "formula-next-row",
                                 "correct": plain(true), "note": f"formula =ROUND(G{r+1}/F{r+1}*100,2) refers to row {r+1}; shows {written}"})
            else:
                put(ws, r, 8, f"=ROUND(G{r}/F{r}*100,2)", "0.00")
        kat = kategori(true)
        if sp == "category":
            kat = "Sangat Tinggi"
            mistakes.append({"sheet": ws.title, "row": r, "cell": f"I{r}", "kind": "category-mismatch",
                             "correct": None, "note": f"10/12 = {true} % is Tinggi, written Sangat Tinggi"})
        put(ws, r, 9, kat)
        key_ind.append({"row": r, "sasaran": sas, "indikator": ind, "satuan": sat, "target": plain(t),
                        "realisasi": plain(re), "capaian_written": plain(written), "polarity": "positive",
                        "kategori_written": kat,
                        "cells": {"indikator": f"C{r}", "target": f"F{r}", "realisasi": f"G{r}", "capaian": f"H{r}",
                                  "kategori": f"I{r}"}})
        if sp in (None, "footnote"):
            clean.append(r)
    last = r0 + len(rows) - 1
    ra = last + 1
    ws.merge_cells(start_row=ra, start_column=1, end_row=ra, end_column=7)
    put(ws, ra, 1, "Rata-rata capaian", bold=True)
    put(ws, ra, 8, f"=ROUND(AVERAGE(H{r0}:H{last}),2)", "0.00")
    put(ws, ra + 1, 1, "*) angka sementara, data kepesertaan BPJS Kesehatan per 31 Desember 2024", box=False, wrap=False)
    traps.append({"sheet": ws.title, "row": None, "cell": "E5", "kind": "hidden-column-last-year",
                  "note": "column E (hidden) holds Realisasi 2023; not this year's figures, no finding"})
    put(ws, ra + 3, 6, "Sleman, 31 Januari 2025", box=False, wrap=False)
    put(ws, ra + 4, 6, "KEPALA DINAS KESEHATAN", box=False, wrap=False)
    put(ws, ra + 8, 6, "dr. Wahyu Sekar Pramesti, M.Kes", box=False, wrap=False)
    put(ws, ra + 9, 6, "NIP. 19720415 200003 2 006", box=False, wrap=False)

    # Budget sheet
    bs = wb.create_sheet("Anggaran")
    widths(bs, [5, 60, 18, 18, 11])
    put(bs, 1, 1, "REALISASI ANGGARAN DINAS KESEHATAN KABUPATEN SLEMAN TAHUN ANGGARAN 2024", bold=True, box=False, wrap=False)
    for c, h in enumerate(["No", "Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"], 1):
        put(bs, 3, c, h, bold=True)
    progs = [
        ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", None,
         [("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 2150000000, 2098415000),
          ("Administrasi Keuangan Perangkat Daerah", 1962350000, 1940120500),
          ("Administrasi Umum Perangkat Daerah", 700000000, 655870250)]),
        ("2", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 12480600000,
         [("Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", 7420000000, 7012845100),
          ("Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", 4988600000, 4801233700)]),
        ("3", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", None,
         [("Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan", 385000000, 371460000),
          ("Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDM Kesehatan", 512500000, 498775000)]),
    ]
    r = 4
    budgets = []
    keg_rows = []
    for no, pname, p_written, kegs in progs:
        pr = r
        s_ang = sum(k[1] for k in kegs)
        s_rea = sum(k[2] for k in kegs)
        ang = p_written if p_written else s_ang
        put(bs, pr, 1, no); put(bs, pr, 2, pname, bold=True)
        put(bs, pr, 3, ang, "#,##0"); put(bs, pr, 4, s_rea, "#,##0")
        put(bs, pr, 5, f"=ROUND(D{pr}/C{pr}*100,2)", "0.00")
        r += 1
        krows = []
        for kn, ka, kr in kegs:
            put(bs, r, 2, "   " + kn); put(bs, r, 3, ka, "#,##0"); put(bs, r, 4, kr, "#,##0")
            put(bs, r, 5, f"=ROUND(D{r}/C{r}*100,2)", "0.00")
            krows.append(r); keg_rows.append(r)
            r += 1
        budgets.append({"sheet": bs.title, "program_row": pr, "anggaran_cell": f"C{pr}", "anggaran": str(ang),
                        "kegiatan_anggaran_cells": [f"C{x}" for x in krows], "kegiatan_sum": str(s_ang)})
        if p_written:
            mistakes.append({"sheet": bs.title, "row": pr, "cell": f"C{pr}", "kind": "budget-sum",
                             "correct": str(s_ang), "note": f"program anggaran {p_written} but its kegiatan add up to {s_ang}"})
    put(bs, r, 2, "JUMLAH", bold=True)
    put(bs, r, 3, "=" + "+".join(f"C{x}" for x in keg_rows), "#,##0")
    put(bs, r, 4, "=" + "+".join(f"D{x}" for x in keg_rows), "#,##0")
    put(bs, r, 5, f"=ROUND(D{r}/C{r}*100,2)", "0.00")
    traps.append({"sheet": bs.title, "row": r, "cell": f"C{r}", "kind": "subtotal-right",
                  "note": "JUMLAH adds the kegiatan rows (formula) and is right; serapan % column is right on every row"})

    key = {"sheets": [{"sheet": ws.title, "form": "pk", "year": YEAR, "header_rows": [5, 6], "data_rows": [r0, last],
                       "indicators": key_ind, "non_indicator_rows": [ra]}],
           "mistakes": mistakes, "traps": traps, "clean_rows": {ws.title: clean}, "budgets": budgets}
    finish(wb, NAME, "xlsx", key)


if __name__ == "__main__":
    build()
