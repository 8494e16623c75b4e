"""Agency A: Bagian Pengadaan Barang dan Jasa (UKPBJ) Setda Kabupaten Tanjung Rawa, 2019-2022."""
import os
import openpyxl
from common import *
from data import A, present, yv, nm

ag = A
K = Keyer(ag)
F1 = "PK Bagian PBJ 2019-2020.xls"
F2 = "Renaksi UKPBJ 2021.ods"
F3 = "LKjIP Bagian PBJ 2022.xlsx"
K.files = [F1, F2, F3]


def raw(name):
    return os.path.join(RAW, os.path.splitext(name)[0] + ".xlsx")


def cap_f(pol, t, r):
    if pol == "-":
        return f"=ROUND((2*{t}-{r})/{t}*100,2)"
    return f"=ROUND({r}/{t}*100,2)"


# ------------------------------------------------------------------ PK 2019 (annual, value+unit pairs)
def pk2019(wb):
    y = 2019
    S = "PK 2019"
    ws = wb.active
    ws.title = S
    for i, t in enumerate(["PENGUKURAN KINERJA", "BAGIAN PENGADAAN BARANG DAN JASA",
                           "SEKRETARIAT DAERAH KABUPATEN TANJUNG RAWA", "TAHUN 2019"], 1):
        merge(ws, f"A{i}:I{i}", t, bold=True, center=True)
    hdr = {"A6": "No", "B6": "Sasaran Strategis", "C6": "Indikator Kinerja", "D6": "Target",
           "F6": "Realisasi", "H6": "% Capaian", "I6": "Keterangan"}
    for k, v in hdr.items():
        put(ws, k, v, bold=True, center=True, wrap=True)
    ws.merge_cells("D6:E6"); ws.merge_cells("F6:G6")
    for k, v in {"A7": "(1)", "B7": "(2)", "C7": "(3)", "D7": "(4)", "F7": "(5)", "H7": "(6)", "I7": "(7)"}.items():
        put(ws, k, v, center=True)
    ws.merge_cells("D7:E7"); ws.merge_cells("F7:G7")
    r = 8
    inds = present(ag, y)
    sas_no = 0
    for s in sorted(set(d["sas"] for d in inds)):
        grp = [d for d in inds if d["sas"] == s]
        sas_no += 1
        r0 = r
        for d in grp:
            name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
            put(ws, f"C{r}", name, wrap=True)
            kt, kr = num(T), num(R)
            tv, rv = T, R
            if d["id"] == "A06":
                tv = T * 10; kt = tv
                K.doc(F1, S, f"D{r}", "target typed 10x too big: 45.000 (Rp juta) instead of 4.500; % in H is 13,6 instead of 136")
            put(ws, f"D{r}", tv, fmt="#,##0.##" if not isinstance(tv, str) else None)
            put(ws, f"E{r}", d["unit"])
            if d["id"] == "A13":
                put(ws, f"F{r}", f"{R} orang")
                put(ws, f"H{r}", 93.33)
                K.doc(F1, S, f"F{r}", "realisasi stored as text '14 orang' (value and unit in the value cell, unit cell G empty); H typed as constant 93,33 (right: 14/15)")
            elif d["id"] == "A17":
                put(ws, f"F{r}", R); put(ws, f"G{r}", d["unit"]); put(ws, f"H{r}", 100)
                K.doc(F1, S, f"D{r}:H{r}", "grade indicator: target 'B', realisasi 'B', % typed 100 (keyed null/null)")
            else:
                put(ws, f"F{r}", R, fmt="#,##0.##"); put(ws, f"G{r}", d["unit"])
                pol = d["pol"]
                if d["id"] == "A03":
                    pol = "+"
                    K.doc(F1, S, f"H{r}", "negative indicator (tender gagal, lower is better) computed with the positive formula =F/D*100 (125), while A04 and the rata-rata waktu row use (2*D-F)/D*100")
                put(ws, f"H{r}", cap_f(pol, f"D{r}", f"F{r}"), fmt="0.00")
            if d["pol"] == "-":
                put(ws, f"I{r}", "indikator negatif")
            K.key(F1, S, r, y, name, d["id"], kt, num(R) if d["id"] != "A13" else R)
            r += 1
        merge(ws, f"A{r0}:A{r-1}", sas_no, center=True)
        merge(ws, f"B{r0}:B{r-1}", ag["sasaran"][s], wrap=True)
    box(ws, 6, r - 1, 1, 9)
    r += 1
    put(ws, f"B{r}", "Jumlah Anggaran Kegiatan Tahun 2019 : Rp. 1.245.600.000"); r += 1
    put(ws, f"B{r}", "Jumlah Realisasi Anggaran Kegiatan Tahun 2019 : Rp. 1.163.418.250"); r += 2
    signature(ws, r, "F", "Tanjung Rawa, 31 Desember 2019", "Kepala Bagian Pengadaan Barang dan Jasa,",
              "HENDRA SAPUTRA, S.T., M.M.", "Pembina (IV/a)", "NIP. 19790312 200501 1 004")
    widths(ws, {"A": 5, "B": 30, "C": 45, "D": 10, "E": 9, "F": 10, "G": 9, "H": 10, "I": 18})


# ------------------------------------------------------------------ PK 2020 (two-row indicators)
def pk2020(wb):
    y = 2020
    S = "PK 2020 "
    ws = wb.create_sheet(S)
    merge(ws, "A1:G1", "LAPORAN PENGUKURAN KINERJA TAHUN 2019", bold=True, center=True)
    K.doc(F1, S, "A1", "title says TAHUN 2019 but the sheet is 2020 (sheet name, date line and budget line say 2020)")
    merge(ws, "A2:G2", "BAGIAN PENGADAAN BARANG/JASA SETDA KAB. TANJUNG RAWA", bold=True, center=True)
    for k, v in {"A4": "No", "B4": "Sasaran / Indikator Kinerja", "C4": "Satuan", "D4": "Uraian",
                 "E4": "Nilai", "F4": "Capaian (%)", "G4": "Keterangan"}.items():
        put(ws, k, v, bold=True, center=True)
    for i, c in enumerate("ABCDEFG", 1):
        put(ws, f"{c}5", i, center=True)
    r = 6
    inds = present(ag, y)
    roman = ["I", "II", "III", "IV"]
    rows_of = {}
    for si, s in enumerate(sorted(set(d["sas"] for d in inds))):
        put(ws, f"A{r}", roman[si], bold=True)
        merge(ws, f"B{r}:G{r}", "SASARAN : " + ag["sasaran"][s], bold=True)
        r += 1
        grp = [d for d in inds if d["sas"] == s]
        for j, d in enumerate(grp, 1):
            rows_of[d["id"]] = r
            name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
            merge(ws, f"A{r}:A{r+1}", f"{si+1}.{j}", center=True)
            merge(ws, f"B{r}:B{r+1}", name, wrap=True)
            merge(ws, f"C{r}:C{r+1}", d["unit"], center=True)
            put(ws, f"D{r}", "Target"); put(ws, f"D{r+1}", "Realisasi")
            kt, kr = num(T), num(R)
            if d["id"] == "A01":
                put(ws, f"E{r}", "≥ 87"); put(ws, f"E{r+1}", R)
                merge(ws, f"F{r}:F{r+1}", 101.26)
                K.doc(F1, S, f"E{r}", "target typed as text '≥ 87' (bound); capaian F typed as constant 101,26 (right: 88,1/87)")
            elif d["id"] == "A07":
                put(ws, f"E{r}", T); put(ws, f"E{r+1}", "98,2")
                merge(ws, f"F{r}:F{r+1}", 98.2)
                K.doc(F1, S, f"E{r+1}", "realisasi stored as text '98,2' (comma decimal); capaian typed 98,2 as a constant")
            elif d["id"] == "A17":
                put(ws, f"E{r}", T); put(ws, f"E{r+1}", R)
                merge(ws, f"F{r}:F{r+1}", "-")
                K.doc(F1, S, f"E{r}:E{r+1}", "grade indicator: target 'BB', realisasi 'B' (below target, keyed null/null)")
            else:
                put(ws, f"E{r}", T, fmt="#,##0.##"); put(ws, f"E{r+1}", R, fmt="#,##0.##")
                f = cap_f(d["pol"], f"E{r}", f"E{r+1}")
                if d["id"] == "A11":
                    f = f"=ROUND(E{r+3}/E{r}*100,2)"
                    K.doc(F1, S, f"F{r}", f"capaian formula points at the wrong row: =E{r+3}/E{r}*100; E{r+3} is the target row of the next indicator block (after the sasaran III group row), not this indicator's realisasi E{r+1} (gives 400 instead of 109,6)")
                merge(ws, f"F{r}:F{r+1}", f, fmt="0.00")
            if d["id"] == "A10":
                merge(ws, f"G{r}:G{r+1}", "survei Des 2020, 112 responden", wrap=True)
            else:
                ws.merge_cells(f"G{r}:G{r+1}")
            K.key(F1, S, r, y, name, d["id"], kt, kr)
            r += 2
    box(ws, 4, r - 1, 1, 7)
    r += 1
    put(ws, f"B{r}", "Anggaran Tahun 2020 : Rp. 987.350.000,- ; Realisasi : Rp. 902.114.600,-"); r += 2
    signature(ws, r, "E", "Tanjung Rawa,  31 Desember 2020", "KEPALA BAGIAN PENGADAAN BARANG/JASA",
              "HENDRA SAPUTRA, S.T., M.M.", "Pembina Tk. I (IV/b)", "NIP. 19790312 200501 1 004")
    widths(ws, {"A": 6, "B": 50, "C": 10, "D": 11, "E": 11, "F": 12, "G": 22})
    # fix doc text for A11 now that we know the next row's indicator
    return rows_of


def hidden_draft(wb):
    ws = wb.create_sheet("Sheet1")
    ws.sheet_state = "hidden"
    put(ws, "A1", "draft PK 2020 (jangan dicetak)")
    put(ws, "A3", "Indikator"); put(ws, "B3", "Target"); put(ws, "C3", "Real TW III")
    for i, (n, t, rr) in enumerate([("Prosentase Paket Tender Selesai Tepat Waktu", 87, 79.5),
                                    ("Jumlah Paket Tender", 135, 96), ("Prosentase tender gagal", 8, 9.1),
                                    ("IKM ULP", 80, None)], 4):
        put(ws, f"A{i}", n); put(ws, f"B{i}", t); put(ws, f"C{i}", rr)
    K.doc(F1, "Sheet1", "whole sheet", "hidden draft sheet with TW III figures of 2020 (not a key sheet)")


# ------------------------------------------------------------------ Renaksi 2021 (quarters in columns, no annual realisasi)
def renaksi2021():
    y = 2021
    S = "RENAKSI 2021"
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = S
    merge(ws, "A1:N1", "RENCANA AKSI PERJANJIAN KINERJA TAHUN 2021", bold=True, center=True)
    merge(ws, "A2:N2", "UNIT KERJA PENGADAAN BARANG/JASA (UKPBJ) SETDA KABUPATEN TANJUNG RAWA", bold=True, center=True)
    put(ws, "A3", "Keadaan s/d Triwulan IV")
    for c, v in {"A": "No", "B": "Sasaran Strategis", "C": "Indikator Kinerja", "D": "Satuan",
                 "E": "Target Tahunan 2021", "N": "Penanggung Jawab"}.items():
        merge(ws, f"{c}5:{c}6", v, bold=True, center=True, wrap=True)
    for c1, c2, v in [("F", "G", "Triwulan I"), ("H", "I", "Triwulan II"), ("J", "K", "Triwulan III"), ("L", "M", "Triwulan IV")]:
        merge(ws, f"{c1}5:{c2}5", v, bold=True, center=True)
        put(ws, f"{c1}6", "Target", center=True); put(ws, f"{c2}6", "Realisasi", center=True)
    for i in range(1, 15):
        put(ws, f"{CL(i)}7", i, center=True)
    r = 8
    inds = present(ag, y)
    qc = [("F", "G"), ("H", "I"), ("J", "K"), ("L", "M")]
    pj = {1: "Kasubag Pengelolaan PBJ", 2: "Kasubag Pengelolaan PBJ", 3: "Kasubag Pembinaan dan Advokasi PBJ", 4: "Kasubag Pengelolaan LPSE"}
    no = 0
    for s in sorted(set(d["sas"] for d in inds)):
        grp = [d for d in inds if d["sas"] == s]
        r0 = r
        for d in grp:
            name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
            reps = 2 if d["id"] == "A13" else 1
            for rep in range(reps):
                no += 1
                put(ws, f"A{r}", no)
                put(ws, f"C{r}", name, wrap=True); put(ws, f"D{r}", d["unit"])
                pct = d["unit"] == "%"
                fmt = "0.0%" if pct else "#,##0.##"
                sc = (lambda v: v / 100) if pct else (lambda v: v)
                kt, kr = num(T), None
                if d["id"] == "A17":
                    put(ws, f"E{r}", T)
                    for qi, (ct, cr) in enumerate(qc):
                        put(ws, f"{ct}{r}", "-" if qi < 3 else T)
                        put(ws, f"{cr}{r}", "-" if qi < 3 else R)
                    kr = None
                    if rep == 0:
                        K.doc(F2, S, f"E{r}:M{r}", "grade indicator: target 'BB', TW IV realisasi 'BB' (keyed null/null)")
                elif d["id"] == "A16":
                    put(ws, f"E{r}", "Level 3")
                    for qi, (ct, cr) in enumerate(qc):
                        put(ws, f"{ct}{r}", "Level 3"); put(ws, f"{cr}{r}", "Level 2" if qi < 2 else "Level 3")
                    kt, kr = 3, 3
                else:
                    put(ws, f"E{r}", sc(T), fmt=fmt)
                    if d["mode"] == "sum":
                        tq = split_int(T, (0.25, 0.25, 0.25))
                        rq = split_int(R) if d["id"] != "A06" else [1100, 1300, 1250, 1325]
                        kr = sum(rq)
                    else:
                        tq = [T] * 4
                        rq = level_q(R, d["pol"])
                        kr = R
                        if d["id"] == "A01":
                            tq = [90, 45, 90, 90]
                            if rep == 0:
                                K.doc(F2, S, f"H{r}", "TW II target typed 45 % (0,45) between 90 % quarters: a target that falls and recovers")
                    for qi, (ct, cr) in enumerate(qc):
                        put(ws, f"{ct}{r}", sc(tq[qi]), fmt=fmt)
                        v = rq[qi]
                        if d["id"] == "A06" and qi == 2:
                            put(ws, f"{cr}{r}", "1.250")
                            if rep == 0:
                                K.doc(F2, S, f"{cr}{r}", "TW III realisasi (Rp juta) stored as text '1.250' (dot = thousands); year = 1.100+1.300+1.250+1.325 = 4.975")
                        elif d["id"] == "A08" and qi == 3:
                            put(ws, f"{cr}{r}", "95%")
                            if rep == 0:
                                K.doc(F2, S, f"{cr}{r}", "TW IV realisasi typed as text '95%' while the other % cells are fractions with a % format")
                        else:
                            put(ws, f"{cr}{r}", sc(v), fmt=fmt)
                put(ws, f"N{r}", pj[s])
                if rep == 0:
                    K.key(F2, S, r, y, name, d["id"], kt, kr)
                else:
                    K.dups.append(dict(file=F2, sheet=S, row=r, duplicate_of_row=r - 1, same_as=d["id"], year=y))
                    K.doc(F2, S, f"row {r}", f"duplicated row: row {r} repeats row {r-1} (A13, same figures); keyed once (row {r-1}), listed in duplicate_rows_not_keyed")
                r += 1
        merge(ws, f"B{r0}:B{r-1}", ag["sasaran"][s], wrap=True)
    box(ws, 5, r - 1, 1, 14)
    r += 2
    signature(ws, r, "J", "Tanjung Rawa, 10 Januari 2022", "Kepala Bagian Pengadaan Barang dan Jasa",
              "Ir. RATNA DEWI LESTARI", "Pembina (IV/a)", "NIP. 19810605 200604 2 011")
    widths(ws, {"A": 5, "B": 28, "C": 42, "D": 9, "E": 11, "N": 24})
    ws2 = wb.create_sheet("Catatan")
    put(ws2, "A1", "Catatan pelaksanaan Renaksi 2021")
    put(ws2, "A3", "1. Tender konstruksi TW I tertunda karena refocusing anggaran.")
    put(ws2, "A4", "2. Data sanggahan diambil dari SPSE per 31 Desember 2021.")
    put(ws2, "A5", "3. Kolom realisasi jumlah paket/sanggahan/efisiensi diisi per triwulan (bukan kumulatif).")
    wb.save(raw(F2))


# ------------------------------------------------------------------ LKjIP 2022 (comparison-year columns)
def lkjip2022():
    y = 2022
    S = "Tabel 3.1"
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = S
    put(ws, "A1", "Tabel 3.1", bold=True)
    put(ws, "A2", "Capaian Kinerja Bagian Pengadaan Barang dan Jasa Tahun 2022 dibandingkan dengan Tahun Sebelumnya", bold=True)
    for c, v in {"A": "No", "B": "Indikator Kinerja", "C": "Satuan", "J": "Target Akhir Renstra (2023)",
                 "K": "Capaian s/d 2022 thd Target Renstra (%)", "L": "Keterangan"}.items():
        merge(ws, f"{c}4:{c}5", v, bold=True, center=True, wrap=True)
    merge(ws, "D4:F4", "Realisasi", bold=True, center=True)
    merge(ws, "G4:I4", "Tahun 2022", bold=True, center=True)
    for c, v in {"D5": "2019", "E5": "2020", "F5": "2020", "G5": "Target", "H5": "Realisasi", "I5": "% Capaian"}.items():
        put(ws, c, v, bold=True, center=True)
    K.doc(F3, S, "F5", "comparison header says 2020 twice (E5 and F5); F holds the 2021 realisasi")
    renstra = {"A01": 95, "A02": 160, "A03": 5, "A04": 6, "A20": 35, "A21": 25, "A05": 6, "A06": 6500, "A11": 50,
               "A12": 200, "A07": 100, "A08": 100, "A10": 85, "A13": 25, "A14": 90, "A15": 4, "A16": 4, "A17": "A", "A18": 100}
    r = 6
    inds = present(ag, y)
    roman = ["I", "II", "III", "IV"]
    no = 0
    for si, s in enumerate(sorted(set(d["sas"] for d in inds))):
        put(ws, f"A{r}", roman[si] + ".", bold=True)
        merge(ws, f"B{r}:L{r}", ag["sasaran"][s], bold=True)
        r += 1
        for d in [d for d in inds if d["sas"] == s]:
            no += 1
            name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
            put(ws, f"A{r}", no); put(ws, f"B{r}", name, wrap=True); put(ws, f"C{r}", d["unit"])
            for col, yy in zip("DEF", (2019, 2020, 2021)):
                v = yv(d, ag, yy, "R")
                put(ws, f"{col}{r}", "-" if v is None else v, fmt="#,##0.##")
            kt, kr = num(T), num(R)
            put(ws, f"J{r}", renstra[d["id"]], fmt="#,##0.##")
            if d["id"] == "A17":
                put(ws, f"G{r}", T); put(ws, f"H{r}", R); put(ws, f"I{r}", "-"); put(ws, f"K{r}", "-")
                K.doc(F3, S, f"G{r}:H{r}", "grade indicator: target 'A', realisasi 'BB' (keyed null/null)")
            else:
                if d["id"] == "A14":
                    put(ws, f"G{r}", "85-90")
                    put(ws, f"I{r}", 104.12)
                    K.doc(F3, S, f"G{r}", "target typed as a range '85-90' (keyed 85, the lower bound); I typed as constant 104,12 (88,5/85)")
                else:
                    put(ws, f"G{r}", T, fmt="#,##0.##")
                if d["id"] == "A18":
                    put(ws, f"H{r}", 0.987, fmt="0.00%")
                    K.doc(F3, S, f"H{r}", "realisasi stored as the fraction 0,987 in a % formatted cell (shows 98,70%) in a column of percent points; keyed 98,7; I = 0,99 (wrong)")
                else:
                    put(ws, f"H{r}", R, fmt="#,##0.##")
                pol = d["pol"]
                if d["id"] == "A20":
                    pol = "+"
                    K.doc(F3, S, f"I{r}", "negative indicator (waktu tender konstruksi) computed with the positive formula =H/G*100 (107,5) while A21 below uses (2*G-H)/G*100")
                if d["id"] == "A05":
                    put(ws, f"I{r}", 150)
                    K.doc(F3, S, f"I{r}", "constant 150 typed over the capaian formula; true 8,1/6*100 = 135")
                elif d["id"] != "A14":
                    put(ws, f"I{r}", cap_f(pol, f"G{r}", f"H{r}"), fmt="0.00")
                put(ws, f"K{r}", f"=IFERROR(ROUND(H{r}/J{r}*100,2),\"-\")", fmt="0.00")
            if d["id"] in ("A20", "A21"):
                put(ws, f"L{r}", "indikator baru 2022 (pemecahan rata-rata waktu proses tender)", wrap=True)
            K.key(F3, S, r, y, name, d["id"], kt, kr)
            r += 1
    last = r - 1
    box(ws, 4, last, 1, 12)
    r += 1
    signature(ws, r, "H", "Tanjung Rawa, Februari 2023", "Kepala Bagian Pengadaan Barang dan Jasa",
              "Ir. RATNA DEWI LESTARI", "Pembina Tk. I (IV/b)", "NIP. 19810605 200604 2 011")
    widths(ws, {"A": 5, "B": 55, "C": 9, "D": 9, "E": 9, "F": 9, "G": 9, "H": 10, "I": 10, "J": 11, "K": 12, "L": 30})
    ws2 = wb.create_sheet("Rekap")
    put(ws2, "A1", "REKAPITULASI CAPAIAN IKU 2022", bold=True)
    rows = [("Jumlah indikator", f"=COUNT('{S}'!A7:A{last})"),
            ("Rata-rata capaian (%)", f"=ROUND(AVERAGE('{S}'!I7:I{last}),2)"),
            ("Sangat Tinggi (>= 91)", f"=COUNTIF('{S}'!I7:I{last},\">=91\")"),
            ("Tinggi (76-90)", f"=COUNTIFS('{S}'!I7:I{last},\">=76\",'{S}'!I7:I{last},\"<91\")"),
            ("Di bawah 76", f"=COUNTIF('{S}'!I7:I{last},\"<76\")")]
    for i, (a, b) in enumerate(rows, 3):
        put(ws2, f"A{i}", a); put(ws2, f"B{i}", b)
    wb.save(raw(F3))


def main():
    wb = openpyxl.Workbook()
    pk2019(wb)
    rows_of = pk2020(wb)
    hidden_draft(wb)
    wb.save(raw(F1))
    renaksi2021()
    lkjip2022()
    K.write()


if __name__ == "__main__":
    main()
