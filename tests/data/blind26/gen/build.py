# -*- coding: utf-8 -*-
"""Builds the 12 workbooks as .xlsx (in gen/_stage/<folder>/), plus key.json,
cellmap.json (for verify.py), NAMES.md. Conversion/recalculation is done by run_all.sh."""
import json, os, sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter as L

sys.path.insert(0, os.path.dirname(__file__))
from catalog import AGENCIES, A, B, C, make_values, present, name_of, sas_of, KAB, IBUKOTA

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAGE = os.path.join(ROOT, "gen", "_stage")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def idn(x, dec=0):
    """Indonesian-style text: 1.250 / 87,50"""
    if dec == 0:
        s = f"{int(round(x)):,}".replace(",", ".")
    else:
        s = f"{x:,.{dec}f}"
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def pct2(a, b):
    return round(a / b * 100, 2) if b else 0


class Sheet:
    def __init__(self, ws):
        self.ws = ws

    def s(self, r, c, v, fmt=None, bold=False, box=True, al=None):
        cell = self.ws.cell(row=r, column=c, value=v)
        if fmt:
            cell.number_format = fmt
        if bold:
            cell.font = BOLD
        if box:
            cell.border = BOX
        if al:
            cell.alignment = al
        return cell

    def m(self, r1, c1, r2, c2):
        self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    def title(self, r, text, ncol):
        self.s(r, 1, text, bold=True, box=False, al=Alignment(horizontal="center"))
        self.m(r, 1, r, ncol)

    def widths(self, ws_widths):
        for i, w in enumerate(ws_widths, 1):
            self.ws.column_dimensions[L(i)].width = w


class Keys:
    def __init__(self, ag):
        self.ag = ag
        self.rows = []
        self.cells = []
        self.files = []

    def add(self, file, sheet, row, year, written, id, t, r, tspec, rspec, namecell):
        self.rows.append(dict(file=file, sheet=sheet, row=row, year=year, written=written, same_as=id, target=t, realisasi=r))
        self.cells.append(dict(file=file, sheet=sheet, name=namecell, written=written, id=id, year=year,
                               target=t, realisasi=r, t=tspec, r=rspec))


def one(c):
    return dict(cells=[c], agg="one")


def qsum(cs):
    return dict(cells=cs, agg="sum")


def signature(S, r, col, year, kepala, nama, pangkat, nip, date="31 Desember"):
    S.s(r, col, f"{IBUKOTA}, {date} {year}", box=False)
    S.s(r + 1, col, kepala, box=False)
    S.s(r + 5, col, nama, bold=True, box=False)
    S.s(r + 6, col, pangkat, box=False)
    S.s(r + 7, col, nip, box=False)
    return r + 8


def num_or_dash(v):
    return "-" if v is None else v


def fmt_for(ind):
    if ind["kind"] in ("pct", "idx", "rpm"):
        return "0.00"
    return "#,##0"


# ============================================================ A 2018: plain PK (Banjar style)
def a2018(ag, V, K):
    y = 2018
    fn = "PENGUKURAN KINERJA DISPUSIP 2018.xls"
    wb = Workbook(); ws = wb.active; ws.title = "PK 2018"; S = Sheet(ws)
    wb.create_sheet("Sheet2"); wb.create_sheet("Sheet3")
    S.widths([38, 52, 12, 11, 12, 11, 10])
    for i, t in enumerate(["PENGUKURAN KINERJA", "DINAS PERPUSTAKAAN DAN KEARSIPAN", "KABUPATEN TELUK WANGSA", "TAHUN 2018"], 1):
        S.title(i, t, 7)
    S.s(6, 1, "Kabupaten : Teluk Wangsa", box=False)
    S.s(7, 1, "Nama SKPD : Dinas Perpustakaan dan Kearsipan", box=False)
    for c, h in [(1, "Sasaran Strategis"), (2, "Indikator Kinerja"), (3, "Target"), (5, "Realisasi"), (7, "%")]:
        S.s(9, c, h, bold=True, al=CEN)
    S.s(9, 4, None); S.s(9, 6, None)
    S.m(9, 3, 9, 4); S.m(9, 5, 9, 6)
    for c, h in [(1, "(1)"), (2, "(2)"), (3, "(3)"), (5, "(4)"), (7, "(5)")]:
        S.s(10, c, h, al=CEN)
    S.s(10, 4, None); S.s(10, 6, None)
    S.m(10, 3, 10, 4); S.m(10, 5, 10, 6)
    r = 11; last_s = None
    for ind in present(ag, y):
        v = V[(ind["id"], y)]
        sas = sas_of(ag, ind["s"], y)
        S.s(r, 1, sas if sas != last_s else None, al=WRAP); last_s = sas
        nm = name_of(ag, ind, y)
        S.s(r, 2, nm, al=WRAP)
        unit = ind["unit"]
        t, rr = v["t"], v["r"]
        # counts >= 1000 typed as Indonesian text, others numbers
        if ind["kind"] == "cnt" and t >= 1000:
            S.s(r, 3, idn(t)); S.s(r, 5, idn(rr))
        else:
            S.s(r, 3, t, fmt=fmt_for(ind) if ind["kind"] != "cnt" else None)
            S.s(r, 5, rr, fmt=fmt_for(ind) if ind["kind"] != "cnt" else None)
        S.s(r, 4, unit); S.s(r, 6, unit)
        p = pct2(rr, t)
        if ind["id"] == "a04":
            p = round(p + 7.4, 2)  # MISTAKE: wrong % capaian
        S.s(r, 7, p, fmt="0.00")
        K.add(fn, "PK 2018", r, y, nm, ind["id"], t, rr, one(f"C{r}"), one(f"E{r}"), f"B{r}")
        r += 1
    r += 1
    S.s(r, 1, "Jumlah Anggaran Kegiatan Tahun 2018 : Rp. 3.412.750.000", box=False)
    S.s(r + 1, 1, "Jumlah Realisasi Anggaran Kegiatan Tahun 2018 : Rp. 3.198.406.512", box=False)
    signature(S, r + 3, 5, y, "Kepala Dinas,", "Drs. H. MUHAMMAD RIDWAN, M.Si", "Pembina Utama Muda", "NIP. 19650814 199003 1 012")
    return wb, fn


# ============================================================ A 2019: Rencana Aksi, T/R pairs per quarter, no annual realisasi
def a2019(ag, V, K):
    y = 2019
    fn = "RENAKSI_2019_final(1).xlsx"
    sh = "RA TW IV"
    wb = Workbook(); cov = wb.active; cov.title = "Cover"
    cov["B8"] = "RENCANA AKSI"; cov["B9"] = "PERJANJIAN KINERJA TAHUN 2019"
    cov["B11"] = "DINAS PERPUSTAKAAN DAN KEARSIPAN"; cov["B12"] = "KABUPATEN TELUK WANGSA"
    cov["B8"].font = Font(bold=True, size=20)
    ws = wb.create_sheet(sh); S = Sheet(ws)
    wb.create_sheet("Sheet1")
    S.widths([6, 30, 46, 10, 10] + [8] * 8 + [10, 14])
    for i, t in enumerate(["RENCANA AKSI DAN CAPAIAN KINERJA TRIWULAN IV", "DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN TELUK WANGSA", "TAHUN 2019"], 1):
        S.title(i, t, 15)
    for c, h in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"), (5, "Target Tahunan"), (14, "Capaian (%)"), (15, "Ket.")]:
        S.s(5, c, h, bold=True, al=CEN); S.s(6, c, None); S.s(7, c, None); S.m(5, c, 7, c)
    S.s(5, 6, "Target dan Realisasi per Triwulan", bold=True, al=CEN)
    for c in range(7, 14):
        S.s(5, c, None)
    S.m(5, 6, 5, 13)
    for k, tw in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        c = 6 + 2 * k
        S.s(6, c, tw, bold=True, al=CEN); S.s(6, c + 1, None); S.m(6, c, 6, c + 1)
        S.s(7, c, "T", al=CEN); S.s(7, c + 1, "R", al=CEN)
    r = 8
    inds = present(ag, y)
    sids = []
    for ind in inds:
        if ind["s"] not in sids:
            sids.append(ind["s"])
    for si, sid in enumerate(sids, 1):
        grp = [i for i in inds if i["s"] == sid]
        r0 = r
        for ii, ind in enumerate(grp, 1):
            v = V[(ind["id"], y)]
            S.s(r, 1, f"{si}.{ii}", al=CEN)
            S.s(r, 2, sas_of(ag, sid, y) if ii == 1 else None, al=WRAP)
            nm = name_of(ag, ind, y)
            S.s(r, 3, nm, al=WRAP); S.s(r, 4, ind["unit"])
            f = fmt_for(ind)
            S.s(r, 5, v["t"], fmt=f)
            for k in range(4):
                c = 6 + 2 * k
                S.s(r, c, num_or_dash(v["tq"][k]), fmt=f)
                S.s(r, c + 1, num_or_dash(v["rq"][k]), fmt=f)
            if ind["q"] == "per":
                S.s(r, 14, f"=(G{r}+I{r}+K{r}+M{r})/E{r}*100", fmt="0.00")
                rs = qsum([f"G{r}", f"I{r}", f"K{r}", f"M{r}"]); rv = round(sum(v["rq"]), 2)
                S.s(r, 15, None)
            else:
                S.s(r, 14, f"=M{r}/E{r}*100", fmt="0.00")
                rs = one(f"M{r}"); rv = v["r"]
                S.s(r, 15, "kumulatif" if ind["q"] == "cum" else None)
            K.add(fn, sh, r, y, nm, ind["id"], v["t"], rv, one(f"E{r}"), rs, f"C{r}")
            r += 1
        if r - 1 > r0:
            S.m(r0, 2, r - 1, 2)
    signature(S, r + 2, 12, y, "KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN", "Drs. H. MUHAMMAD RIDWAN, M.Si", "Pembina Utama Muda", "NIP. 19650814 199003 1 012")
    return wb, fn


# ============================================================ A 2020: Permendagri 86 E.81 (15-column scheme + Satuan)
A_PROG = [
    ("S1", "Program Pengembangan Budaya Baca dan Pembinaan Perpustakaan", ["a01", "a02", "a03", "a26", "a04", "a05", "a06", "a07", "a08", "a11", "a24"], 1485600000,
     [("Pelayanan perpustakaan keliling", ["a10"], 312500000), ("Pembudayaan gemar membaca", ["a12"], 186000000)]),
    ("S2", "Program Penyelamatan dan Pelestarian Dokumen/Arsip Daerah", ["a13", "a14", "a15", "a16", "a18", "a20"], 642300000,
     [("Akuisisi arsip statis", ["a17"], 98400000)]),
    ("S3", "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", ["a21", "a22"], 121750000,
     [("Penyusunan dokumen perencanaan dan pelaporan kinerja", ["a23"], 121750000)]),
]


def a2020(ag, V, K):
    y = 2020
    fn = "Evaluasi Renja Dispusip TW4 2020.ods"
    sh = "E.81 TW IV"
    wb = Workbook(); ws = wb.active; ws.title = sh; S = Sheet(ws)
    d = wb.create_sheet("data")
    d["A1"] = "Rekap pagu per program 2020"
    for i, p in enumerate(A_PROG, 2):
        d.cell(row=i, column=1, value=p[1]); d.cell(row=i, column=2, value=p[3])
    S.widths([5, 26, 34, 44, 9] + [9, 13] * 10 + [22])
    for i, t in enumerate(["Formulir E.81", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TELUK WANGSA",
                           "RENJA DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN TELUK WANGSA", "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2020"], 1):
        S.title(i, t, 26)
    S.s(5, 1, "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD :", box=False)
    hdr = [(1, "No"), (2, "Sasaran"), (3, "Program / Kegiatan"), (4, "Indikator Kinerja Program (outcome) / Kegiatan (output)"), (5, "Satuan"),
           (6, "Target Renstra Perangkat Daerah pada Tahun 2021 (Akhir Periode Renstra)"),
           (8, "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu (2019)"),
           (10, "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2020) yang Dievaluasi"),
           (12, "Realisasi Kinerja Pada Triwulan"),
           (20, "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi"),
           (22, "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2020"),
           (24, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2020 (%)"),
           (26, "Unit Perangkat Daerah Penanggung Jawab")]
    for c in range(1, 27):
        for rr in (6, 7, 8, 9):
            S.s(rr, c, None)
    for c, h in hdr:
        S.s(6, c, h, bold=True, al=CEN)
    for c in (1, 2, 3, 4, 5, 26):
        S.m(6, c, 8, c)
    for c in (6, 8, 10, 20, 22, 24):
        S.m(6, c, 7, c + 1)
        S.s(8, c, "K", al=CEN); S.s(8, c + 1, "Rp", al=CEN)
    S.m(6, 12, 6, 19)
    for k, tw in enumerate(["I", "II", "III", "IV"]):
        c = 12 + 2 * k
        S.s(7, c, tw, al=CEN); S.m(7, c, 7, c + 1)
        S.s(8, c, "K", al=CEN); S.s(8, c + 1, "Rp", al=CEN)
    nums = {1: "1", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6", 8: "7", 10: "8", 12: "9", 14: "10", 16: "11", 18: "12",
            20: "13 = 9+10+11+12", 22: "14 = 7 + 13", 24: "15 = 14/6 x 100", 26: "16"}
    for c, h in nums.items():
        S.s(9, c, h, al=CEN)
        if c >= 6 and c < 26:
            S.m(9, c, 9, c + 1)
    r = 10
    no = 0
    rupiah = "#,##0"
    avg_rows = []

    def ind_row(ind, r):
        v = V[(ind["id"], y)]
        f = fmt_for(ind)
        nm = name_of(ag, ind, y)
        S.s(r, 4, nm, al=WRAP); S.s(r, 5, ind["unit"])
        # renstra target (2021) and realisasi s/d 2019
        fin = V[(ind["id"], 2021)]["t"] if (ind["id"], 2021) in V else v["t"]
        if ind["q"] == "per":
            prev = sum(V[(ind["id"], yy)]["r"] for yy in (2018, 2019) if (ind["id"], yy) in V)
            fin = round(fin * 4.2) if ind["kind"] == "cnt" else fin
        else:
            prev = V[(ind["id"], 2019)]["r"] if (ind["id"], 2019) in V else None
        S.s(r, 6, fin, fmt=f)
        S.s(r, 8, num_or_dash(prev), fmt=f)
        S.s(r, 10, v["t"], fmt=f)
        for k in range(4):
            S.s(r, 12 + 2 * k, num_or_dash(v["rq"][k]), fmt=f)
        if ind["q"] == "per":
            S.s(r, 20, f"=L{r}+N{r}+P{r}+R{r}", fmt=f)
            S.s(r, 22, f"=H{r}+T{r}", fmt=f)
            rv = round(sum(v["rq"]), 2)
        else:
            S.s(r, 20, f"=R{r}", fmt=f)  # nilai akhir (TW IV)
            S.s(r, 22, f"=T{r}", fmt=f)
            rv = v["r"]
        if ind["id"] == "a13":
            S.s(r, 24, f"=V{r+1}/F{r+1}*100", fmt="0.00")  # MISTAKE: formula points at next row
        else:
            S.s(r, 24, f"=V{r}/F{r}*100", fmt="0.00")
        avg_rows.append(r)
        K.add(fn, sh, r, y, nm, ind["id"], v["t"], rv, one(f"J{r}"), one(f"T{r}"), f"D{r}")

    bynid = {i["id"]: i for i in present(ag, y)}
    for sid, prog, pids, pagu, kegs in A_PROG:
        no += 1
        S.s(r, 1, no); S.s(r, 2, sas_of(ag, sid, y), bold=True, al=WRAP)
        S.m(r, 2, r, 5)
        r += 1
        pr0 = r
        pids = [p for p in pids if p in bynid]
        for j, pid in enumerate(pids):
            S.s(r, 3, prog if j == 0 else None, al=WRAP)
            if j == 0:
                S.s(r, 7, None); S.s(r, 11, pagu, fmt=rupiah)
                q = [round(pagu * f / 1000) * 1000 for f in (.14, .22, .27)]
                for k in range(3):
                    S.s(r, 13 + 2 * k, q[k], fmt=rupiah)
                S.s(r, 19, round(pagu * .31 / 1000) * 1000, fmt=rupiah)
                S.s(r, 21, f"=M{r}+O{r}+Q{r}+S{r}", fmt=rupiah)
            ind_row(bynid[pid], r)
            r += 1
        if r - 1 > pr0:
            S.m(pr0, 3, r - 1, 3)
        for kname, kids, kp in kegs:
            kids = [k for k in kids if k in bynid]
            if not kids:
                S.s(r, 3, kname, al=WRAP); S.s(r, 4, "-"); S.s(r, 11, kp, fmt=rupiah); r += 1
                continue
            for j, kid in enumerate(kids):
                S.s(r, 3, kname, al=WRAP)
                S.s(r, 11, kp, fmt=rupiah)
                for k, f in enumerate((.15, .25, .25, .3)):
                    S.s(r, 13 + 2 * k, round(kp * f / 1000) * 1000, fmt=rupiah)
                S.s(r, 21, f"=M{r}+O{r}+Q{r}+S{r}", fmt=rupiah)
                ind_row(bynid[kid], r)
                r += 1
    S.s(r, 4, "Rata-rata capaian kinerja (%)", bold=True)
    S.s(r, 24, f"=ROUND(AVERAGE(X{avg_rows[0]}:X{avg_rows[-1]}),1)", fmt="0.0")
    S.s(r + 1, 4, "Predikat kinerja", bold=True); S.s(r + 1, 24, "Sangat Tinggi")
    S.s(r + 2, 4, "Faktor pendorong : dukungan anggaran dan SDM pustakawan", box=False)
    S.s(r + 3, 4, "Faktor penghambat : pembatasan layanan tatap muka karena pandemi COVID-19", box=False)
    S.s(r + 4, 4, "Tindak lanjut : pengembangan layanan perpustakaan digital", box=False)
    S.s(r + 6, 4, "Disusun", box=False); S.s(r + 6, 20, "Dievaluasi", box=False)
    signature(S, r + 7, 4, y, "KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN", "Dra. NURHAYATI, M.Si", "Pembina Tk. I", "NIP. 19680322 199303 2 004")
    signature(S, r + 7, 20, y, "KEPALA BAPPEDA KABUPATEN TELUK WANGSA", "Ir. SYAHRIAL EFENDI, M.T", "Pembina Utama Muda", "NIP. 19660707 199203 1 009")
    return wb, fn


# ============================================================ A 2021: LKjIP chapter III table (+ leftover 2020 PK sheet)
def a2021(ag, V, K):
    y = 2021
    fn = "LKjIP 2021 - Tabel Bab III.xlsx"
    sh = "Tabel 3.1"
    wb = Workbook(); ws = wb.active; ws.title = sh; S = Sheet(ws)
    S.widths([6, 4, 50, 11, 11, 11, 11, 11, 11, 11, 13, 13])
    # MISTAKE: title year copied from last year's LKjIP (the table itself is 2021)
    S.title(1, "Tabel 3.1", 12)
    S.title(2, "Perbandingan Realisasi dan Capaian Kinerja Tahun 2020 dengan Tahun-Tahun Sebelumnya serta Target Akhir Renstra", 12)
    S.title(3, "LKjIP DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN TELUK WANGSA TAHUN 2020", 12)
    for c in range(1, 13):
        S.s(5, c, None); S.s(6, c, None)
    for c, h in [(1, "No"), (2, "Indikator Kinerja"), (4, "Satuan"), (5, "Realisasi"), (8, "Tahun 2021"), (11, "Target Akhir Renstra (2021)"), (12, "Capaian s/d 2021 terhadap Target Akhir Renstra (%)")]:
        S.s(5, c, h, bold=True, al=CEN)
    S.m(5, 1, 6, 1); S.m(5, 2, 6, 3); S.m(5, 4, 6, 4); S.m(5, 5, 5, 7); S.m(5, 8, 5, 10); S.m(5, 11, 6, 11); S.m(5, 12, 6, 12)
    for c, h in [(5, "2018"), (6, "2019"), (7, "2020"), (8, "Target"), (9, "Realisasi"), (10, "Capaian (%)")]:
        S.s(6, c, h, bold=True, al=CEN)
    for c, h in enumerate(["(1)", "(2)", None, "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"], 1):
        S.s(7, c, h, al=CEN)
    S.m(7, 2, 7, 3)
    r = 8
    inds = present(ag, y)
    sids = []
    for ind in inds:
        if ind["s"] not in sids:
            sids.append(ind["s"])
    roman = ["I", "II", "III", "IV"]
    n = 0
    for si, sid in enumerate(sids):
        S.s(r, 1, roman[si], bold=True)
        S.s(r, 2, "Sasaran : " + sas_of(ag, sid, y), bold=True)
        for c in range(3, 13):
            S.s(r, c, None)
        S.m(r, 2, r, 12)
        r += 1
        for ind in [i for i in inds if i["s"] == sid]:
            n += 1
            v = V[(ind["id"], y)]
            nm = name_of(ag, ind, y)
            S.s(r, 1, n); S.s(r, 2, nm, al=WRAP); S.s(r, 3, None); S.m(r, 2, r, 3)
            S.s(r, 4, ind["unit"])
            ispct = ind["kind"] == "pct"
            f = "0.00%" if ispct else fmt_for(ind)
            conv = (lambda x: x / 100) if ispct else (lambda x: x)
            for c, yy in [(5, 2018), (6, 2019), (7, 2020)]:
                pv = V.get((ind["id"], yy))
                S.s(r, c, conv(pv["r"]) if pv else "-", fmt=f)
            S.s(r, 8, conv(v["t"]), fmt=f)
            S.s(r, 9, conv(v["r"]), fmt=f)
            if ind["neg"]:
                S.s(r, 10, f"=(2*H{r}-I{r})/H{r}", fmt="0.00%")
            else:
                S.s(r, 10, f"=I{r}/H{r}", fmt="0.00%")
            fin = v["t"] if ind["q"] != "per" else v["t"]
            S.s(r, 11, conv(fin), fmt=f)
            S.s(r, 12, f"=I{r}/K{r}" if not ind["neg"] else f"=(2*K{r}-I{r})/K{r}", fmt="0.00%")
            K.add(fn, sh, r, y, nm, ind["id"], v["t"], v["r"], one(f"H{r}"), one(f"I{r}"), f"B{r}")
            r += 1
    S.s(r + 1, 3, "Sumber : Dinas Perpustakaan dan Kearsipan, diolah", box=False)
    # leftover sheet with the 2020 PK table (not a key table)
    w2 = wb.create_sheet("PK 2020 (lama)"); S2 = Sheet(w2)
    S2.widths([6, 50, 12, 12, 10])
    S2.title(1, "PERJANJIAN KINERJA TAHUN 2020 (LAMA - JANGAN DIPAKAI)", 5)
    for c, h in enumerate(["No", "Indikator Kinerja", "Target 2020", "Realisasi 2020", "%"], 1):
        S2.s(3, c, h, bold=True)
    rr = 4
    for i, ind in enumerate(present(ag, 2020), 1):
        v = V[(ind["id"], 2020)]
        S2.s(rr, 1, i); S2.s(rr, 2, name_of(ag, ind, 2020)); S2.s(rr, 3, v["t"]); S2.s(rr, 4, v["r"]); S2.s(rr, 5, pct2(v["r"], v["t"]))
        rr += 1
    wb.create_sheet("Sheet3")
    return wb, fn


# ============================================================ B 2019: Realisasi before Target, Satuan last, group header rows
def b2019(ag, V, K):
    y = 2019
    fn = "DKP_PK2019.xlsx"
    sh = "Pengukuran Kinerja"
    wb = Workbook(); ws = wb.active; ws.title = sh; S = Sheet(ws)
    wb.create_sheet("Sheet2")
    S.widths([7, 60, 13, 13, 12, 14])
    for i, t in enumerate(["PENGUKURAN KINERJA TAHUN 2019", "DINAS KELAUTAN DAN PERIKANAN", "KABUPATEN TELUK WANGSA"], 1):
        S.title(i, t, 6)
    for c, h in enumerate(["No", "Indikator Kinerja", "Realisasi", "Target", "Capaian (%)", "Satuan"], 1):
        S.s(5, c, h, bold=True, al=CEN)
    for c in range(1, 7):
        S.s(6, c, f"({c})", al=CEN)
    r = 7
    inds = present(ag, y)
    sids = []
    for ind in inds:
        if ind["s"] not in sids:
            sids.append(ind["s"])
    roman = ["I", "II", "III", "IV"]
    for si, sid in enumerate(sids):
        S.s(r, 1, roman[si] + ".", bold=True)
        S.s(r, 2, "Sasaran Strategis : " + sas_of(ag, sid, y), bold=True)
        for c in range(3, 7):
            S.s(r, c, None)
        S.m(r, 2, r, 6)
        r += 1
        for ii, ind in enumerate([i for i in inds if i["s"] == sid], 1):
            v = V[(ind["id"], y)]
            nm = name_of(ag, ind, y)
            S.s(r, 1, f"{si+1}.{ii}"); S.s(r, 2, nm, al=WRAP)
            f = fmt_for(ind)
            S.s(r, 3, v["r"], fmt=f); S.s(r, 4, v["t"], fmt=f)
            if ind["neg"]:
                p = round((2 * v["t"] - v["r"]) / v["t"] * 100, 2)
            else:
                p = pct2(v["r"], v["t"])
            if ind["id"] == "b06":
                p = 91.37  # MISTAKE: wrong % capaian
            S.s(r, 5, p, fmt="0.00")
            S.s(r, 6, ind["unit"] + (" (-)" if ind["neg"] else ""))
            K.add(fn, sh, r, y, nm, ind["id"], v["t"], v["r"], one(f"D{r}"), one(f"C{r}"), f"B{r}")
            r += 1
    signature(S, r + 2, 4, y, "Kepala Dinas Kelautan dan Perikanan", "Ir. ANDI MAPPANYOMPA, M.Si", "Pembina Utama Muda", "NIP. 19640519 199103 1 006")
    return wb, fn


# ============================================================ B 2020: Rencana Aksi, quarters side by side + annual realisasi
def b2020(ag, V, K):
    y = 2020
    fn = "rencana aksi dkp 2020 (revisi).ods"
    sh = "RA 2020"
    wb = Workbook(); ws = wb.active; ws.title = sh; S = Sheet(ws)
    wb.create_sheet("Grafik")
    S.widths([5, 30, 48, 11, 11] + [9] * 8 + [12, 10, 16])
    for i, t in enumerate(["RENCANA AKSI PERJANJIAN KINERJA", "DINAS KELAUTAN DAN PERIKANAN KABUPATEN TELUK WANGSA", "TAHUN ANGGARAN 2020"], 1):
        S.title(i, t, 16)
    for c in range(1, 17):
        S.s(5, c, None); S.s(6, c, None)
    for c, h in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"), (5, "Target 2020"), (6, "Target Triwulan"), (10, "Realisasi Triwulan"), (14, "Realisasi 2020"), (15, "Capaian (%)"), (16, "Keterangan")]:
        S.s(5, c, h, bold=True, al=CEN)
    for c in (1, 2, 3, 4, 5, 14, 15, 16):
        S.m(5, c, 6, c)
    S.m(5, 6, 5, 9); S.m(5, 10, 5, 13)
    for k, tw in enumerate(["I", "II", "III", "IV"]):
        S.s(6, 6 + k, tw, al=CEN); S.s(6, 10 + k, tw, al=CEN)
    r = 7; last_s = None
    for n, ind in enumerate(present(ag, y), 1):
        v = V[(ind["id"], y)]
        sas = sas_of(ag, ind["s"], y)
        S.s(r, 1, n); S.s(r, 2, sas if sas != last_s else None, al=WRAP); last_s = sas
        nm = name_of(ag, ind, y)
        S.s(r, 3, nm, al=WRAP); S.s(r, 4, ind["unit"])
        f = fmt_for(ind)
        S.s(r, 5, v["t"], fmt=f)
        for k in range(4):
            S.s(r, 6 + k, num_or_dash(v["tq"][k]), fmt=f)
            S.s(r, 10 + k, num_or_dash(v["rq"][k]), fmt=f)
        if ind["q"] == "per":
            S.s(r, 14, f"=SUM(J{r}:M{r})", fmt=f); rv = round(sum(v["rq"]), 2)
        else:
            S.s(r, 14, f"=M{r}", fmt=f); rv = v["r"]
        if ind["neg"]:
            S.s(r, 15, f"=(2*E{r}-N{r})/E{r}*100", fmt="0.00"); S.s(r, 16, "indikator negatif")
        else:
            S.s(r, 15, f"=N{r}/E{r}*100", fmt="0.00"); S.s(r, 16, None)
        K.add(fn, sh, r, y, nm, ind["id"], v["t"], rv, one(f"E{r}"), one(f"N{r}"), f"C{r}")
        r += 1
    signature(S, r + 2, 13, y, "KEPALA DINAS KELAUTAN DAN PERIKANAN", "Ir. ANDI MAPPANYOMPA, M.Si", "Pembina Utama Muda", "NIP. 19640519 199103 1 006")
    return wb, fn


# ============================================================ B 2021: abbreviated header, units inside figure cells (text)
def b2021(ag, V, K):
    y = 2021
    fn = "Capaian IKU DKP 2021.xls"
    sh = "IKU_2021"
    wb = Workbook(); ws = wb.active; ws.title = sh; S = Sheet(ws)
    S.widths([5, 34, 52, 18, 18, 12])
    for i, t in enumerate(["CAPAIAN INDIKATOR KINERJA UTAMA (IKU)", "DINAS KELAUTAN DAN PERIKANAN KAB. TELUK WANGSA", "TA. 2021"], 1):
        S.title(i, t, 6)
    for c, h in enumerate(["No.", "Sasaran", "Indikator", "Tgt", "Real.", "Capaian (%)"], 1):
        S.s(5, c, h, bold=True, al=CEN)
    r = 6; last_s = None

    def txt(ind, x):
        u = ind["unit"]
        if ind["kind"] == "pct":
            return idn(x, 2 if x != int(x) else 0) + " %"
        if ind["kind"] == "rpm":
            return "Rp " + idn(x, 2) + " M"
        if ind["kind"] == "idx":
            return idn(x, 2) + (" kg/kap/thn" if u.startswith("kg") else "")
        return idn(x) + " " + u

    for n, ind in enumerate(present(ag, y), 1):
        v = V[(ind["id"], y)]
        sas = sas_of(ag, ind["s"], y)
        S.s(r, 1, f"{n}."); S.s(r, 2, sas if sas != last_s else None, al=WRAP); last_s = sas
        nm = name_of(ag, ind, y)
        S.s(r, 3, nm, al=WRAP)
        t, rr = v["t"], v["r"]
        if ind["id"] == "b17":
            # MISTAKE: target typed in thousands (ribu ekor) while realisasi is in ekor
            tt = 1250
            S.s(r, 4, "1.250 ekor"); S.s(r, 5, txt(ind, rr))
            p = round(rr / 1250000 * 100, 2)
            kt = tt
        else:
            S.s(r, 4, txt(ind, t)); S.s(r, 5, txt(ind, rr))
            p = round((2 * t - rr) / t * 100, 2) if ind["neg"] else pct2(rr, t)
            kt = t
        S.s(r, 6, idn(p, 2))
        K.add(fn, sh, r, y, nm, ind["id"], kt, rr, one(f"D{r}"), one(f"E{r}"), f"C{r}")
        r += 1
    S.s(r + 1, 2, "Catatan: indikator kerusakan terumbu karang dan destructive fishing bersifat negatif (semakin kecil semakin baik)", box=False)
    signature(S, r + 3, 4, y, "Kepala Dinas,", "Ir. ANDI MAPPANYOMPA, M.Si", "Pembina Utama Muda", "NIP. 19640519 199103 1 006")
    d = wb.create_sheet("Data"); Sd = Sheet(d)
    Sd.s(1, 1, "Data produksi perikanan per kecamatan 2021 (ton)", bold=True, box=False)
    for i, (kec, a, b) in enumerate([("Sungai Baru", 6120.4, 2210.5), ("Tanjung Lais", 8340.2, 1455.0), ("Pulau Rakit", 5210.8, 960.3), ("Muara Wangsa", 3190.0, 4605.1)], 3):
        d.cell(row=i, column=1, value=kec); d.cell(row=i, column=2, value=a); d.cell(row=i, column=3, value=b)
    d["A2"] = "Kecamatan"; d["B2"] = "Tangkap"; d["C2"] = "Budidaya"
    return wb, fn


# ============================================================ B 2022: PK with Sifat column, fractions as %, budget table beneath
def b2022(ag, V, K):
    y = 2022
    fn = "PK DKP 2022 fix.xlsx"
    sh = "PK 2022"
    wb = Workbook(); ws = wb.active; ws.title = sh; S = Sheet(ws)
    S.widths([5, 34, 50, 7, 14, 13, 13, 12])
    for i, t in enumerate(["PENGUKURAN KINERJA", "DINAS KELAUTAN DAN PERIKANAN KABUPATEN TELUK WANGSA", "TAHUN 2022"], 1):
        S.title(i, t, 8)
    for c, h in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja", "Sifat", "Satuan", "Target", "Realisasi", "Capaian"], 1):
        S.s(5, c, h, bold=True, al=CEN)
    r = 6
    inds = present(ag, y)
    sids = []
    for ind in inds:
        if ind["s"] not in sids:
            sids.append(ind["s"])
    n = 0
    for sid in sids:
        r0 = r
        for ind in [i for i in inds if i["s"] == sid]:
            n += 1
            v = V[(ind["id"], y)]
            nm = name_of(ag, ind, y)
            S.s(r, 1, n); S.s(r, 2, sas_of(ag, sid, y) if r == r0 else None, al=WRAP); S.s(r, 3, nm, al=WRAP)
            S.s(r, 4, "(-)" if ind["neg"] else "(+)", al=CEN); S.s(r, 5, ind["unit"])
            if ind["kind"] == "pct":
                S.s(r, 6, v["t"] / 100, fmt="0.00%"); S.s(r, 7, v["r"] / 100, fmt="0.00%")
            else:
                f = fmt_for(ind)
                S.s(r, 6, v["t"], fmt=f); S.s(r, 7, v["r"], fmt=f)
            S.s(r, 8, f'=IF(D{r}="(-)",(2*F{r}-G{r})/F{r},G{r}/F{r})', fmt="0.00%")
            K.add(fn, sh, r, y, nm, ind["id"], v["t"], v["r"], one(f"F{r}"), one(f"G{r}"), f"C{r}")
            r += 1
        if r - 1 > r0:
            S.m(r0, 2, r - 1, 2)
    r += 2
    S.s(r, 2, "ANGGARAN", bold=True, box=False); r += 1
    for c, h in enumerate(["No", "Program", None, None, "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"], 1):
        S.s(r, c, h, bold=True)
    S.m(r, 2, r, 4)
    r += 1; rb0 = r
    for i, (p, a, rl) in enumerate([("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4215630000, 4010238450),
                                     ("Program Pengelolaan Perikanan Tangkap", 2850400000, 2716911200),
                                     ("Program Pengelolaan Perikanan Budidaya", 1930750000, 1805642300),
                                     ("Program Pengawasan Sumber Daya Kelautan dan Perikanan", 410000000, 372905000),
                                     ("Program Pengolahan dan Pemasaran Hasil Perikanan", 655200000, 640117500)], 1):
        S.s(r, 1, i); S.s(r, 2, p); S.m(r, 2, r, 4); S.s(r, 5, a, fmt="#,##0"); S.s(r, 6, rl, fmt="#,##0"); S.s(r, 7, f"=F{r}/E{r}", fmt="0.00%")
        r += 1
    S.s(r, 2, "JUMLAH", bold=True); S.m(r, 2, r, 4)
    S.s(r, 5, f"=SUM(E{rb0}:E{r-1})", fmt="#,##0"); S.s(r, 6, f"=SUM(F{rb0}:F{r-1})", fmt="#,##0"); S.s(r, 7, f"=F{r}/E{r}", fmt="0.00%")
    signature(S, r + 3, 6, y, "KEPALA DINAS KELAUTAN DAN PERIKANAN", "Dr. Ir. HASANUDDIN LATIEF, M.P", "Pembina Utama Muda", "NIP. 19700211 199503 1 003")
    return wb, fn


# ============================================================ C 2020: Bone-like vertical blocks (Target Tahunan + TW 1..4 lines)
C_PROG = {"S1": ("Program Peningkatan Peran Serta Kepemudaan", 845300000),
          "S2": ("Program Pembinaan dan Pemasyarakatan Olahraga", 2316450000),
          "S3": ("Program Peningkatan Daya Tarik Destinasi Pariwisata", 1120000000),
          "S4": ("Program Penunjang Urusan Pemerintahan Daerah", 3405900000)}


def c2020(ag, V, K):
    y = 2020
    fn = "RENAKSI DISPORA 2020.xlsx"
    sh = "PK-RA 2020"
    wb = Workbook(); ws = wb.active; ws.title = sh; S = Sheet(ws)
    S.widths([6, 30, 42, 13, 12, 12, 10, 34, 20])
    S.title(1, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", 9)
    S.title(2, "DINAS PEMUDA DAN OLAHRAGA KABUPATEN TELUK WANGSA", 9)
    S.title(3, "TAHUN ANGGARAN 2020", 9)
    for c in range(1, 10):
        S.s(5, c, None); S.s(6, c, None)
    for c, h in [(1, "NO"), (2, "SASARAN STRATEGIS"), (3, "INDIKATOR SASARAN"), (4, "KRITERIA KEBERHASILAN SASARAN (TARGET TAHUNAN & TRIWULAN)"), (8, "PROGRAM & ANGGARAN"), (9, "UNIT KERJA / PENANGGUNG JAWAB")]:
        S.s(5, c, h, bold=True, al=CEN)
    for c in (1, 2, 3, 8, 9):
        S.m(5, c, 6, c)
    S.m(5, 4, 5, 7)
    for c, h in [(4, "Uraian"), (5, "TARGET"), (6, "REALISASI KINERJA"), (7, "%")]:
        S.s(6, c, h, bold=True, al=CEN)
    for c in range(1, 10):
        S.s(7, c, str(c), al=CEN)
    r = 8
    inds = present(ag, y)
    sids = []
    for ind in inds:
        if ind["s"] not in sids:
            sids.append(ind["s"])
    unit_pj = {"S1": "Kepala Bidang Kepemudaan", "S2": "Kepala Bidang Olahraga", "S4": "Sekretaris"}
    for si, sid in enumerate(sids, 1):
        rs0 = r
        for ii, ind in enumerate([i for i in inds if i["s"] == sid], 1):
            v = V[(ind["id"], y)]
            f = fmt_for(ind)
            nm = name_of(ag, ind, y)
            S.s(r, 1, f"{si}.{ii}", al=CEN)
            S.s(r, 3, nm, al=WRAP)
            labels = ["Target Tahunan :", "TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :"]
            for k in range(5):
                S.s(r + k, 4, labels[k])
                if k > 0:
                    S.s(r + k, 1, None); S.s(r + k, 3, None)
            S.s(r, 5, v["t"], fmt=f); S.s(r, 6, None); S.s(r, 7, None)
            for k in range(4):
                rr = r + 1 + k
                tq, rq = v["tq"][k], v["rq"][k]
                S.s(rr, 5, num_or_dash(tq), fmt=f); S.s(rr, 6, num_or_dash(rq), fmt=f)
                if tq is None:
                    S.s(rr, 7, "-")
                elif ind["neg"]:
                    S.s(rr, 7, f"=MIN(100,(2*E{rr}-F{rr})/E{rr}*100)", fmt="0")
                else:
                    S.s(rr, 7, f"=MIN(100,F{rr}/E{rr}*100)", fmt="0")  # capped at 100 like Bone
            S.m(r, 1, r + 4, 1); S.m(r, 3, r + 4, 3)
            if ind["q"] == "per":
                rs = qsum([f"F{r+1}", f"F{r+2}", f"F{r+3}", f"F{r+4}"]); rv = round(sum(v["rq"]), 2)
            else:
                rs = one(f"F{r+4}"); rv = v["r"]
            K.add(fn, sh, r, y, nm, ind["id"], v["t"], rv, one(f"E{r}"), rs, f"C{r}")
            r += 5
        for rr in range(rs0, r):
            S.s(rr, 2, sas_of(ag, sid, y) if rr == rs0 else None, al=WRAP)
            S.s(rr, 8, None if rr != rs0 else f"{C_PROG[sid][0]}\nRp. {idn(C_PROG[sid][1])},-", al=WRAP)
            S.s(rr, 9, None if rr != rs0 else unit_pj[sid], al=WRAP)
        S.m(rs0, 2, r - 1, 2); S.m(rs0, 8, r - 1, 8); S.m(rs0, 9, r - 1, 9)
    signature(S, r + 2, 8, y, "KEPALA DINAS PEMUDA DAN OLAHRAGA", "H. ZULKIFLI AMRI, S.Sos, M.Si", "Pembina Tk. I", "NIP. 19720905 199803 1 007")
    return wb, fn


# ============================================================ C 2021: plain PK, sasaran group rows A./B., unit in the name
def c2021(ag, V, K):
    y = 2021
    fn = "PK_Dispora_2021.ods"
    sh = "Capaian PK"
    wb = Workbook(); ws = wb.active; ws.title = sh; S = Sheet(ws)
    wb.create_sheet("Sheet2")
    S.widths([6, 70, 12, 12, 12])
    for i, t in enumerate(["PENGUKURAN KINERJA TAHUN 2021", "DINAS PEMUDA DAN OLAHRAGA", "KABUPATEN TELUK WANGSA"], 1):
        S.title(i, t, 5)
    for c, h in enumerate(["No", "Sasaran / Indikator Kinerja", "Target", "Realisasi", "% Capaian"], 1):
        S.s(5, c, h, bold=True, al=CEN)
    r = 6
    inds = present(ag, y)
    sids = []
    for ind in inds:
        if ind["s"] not in sids:
            sids.append(ind["s"])
    n = 0
    for si, sid in enumerate(sids):
        S.s(r, 1, "ABCD"[si] + ".", bold=True); S.s(r, 2, sas_of(ag, sid, y).upper(), bold=True)
        S.s(r, 3, None); S.s(r, 4, None); S.s(r, 5, None)
        r += 1
        for ind in [i for i in inds if i["s"] == sid]:
            n += 1
            v = V[(ind["id"], y)]
            u = ind["unit"]
            nm = name_of(ag, ind, y) + f" ({u})"
            S.s(r, 1, n); S.s(r, 2, nm, al=WRAP)
            t, rr = v["t"], v["r"]
            if ind["kind"] in ("pct", "idx"):
                S.s(r, 3, idn(t, 2)); S.s(r, 4, idn(rr, 2))   # Indonesian decimal text
            else:
                S.s(r, 3, t, fmt="#,##0"); S.s(r, 4, rr, fmt="#,##0")
            if ind["neg"]:
                p = round(t / rr * 100, 2)  # target / realisasi
            else:
                p = pct2(rr, t)
            if ind["id"] == "c08":
                p = round(p - 12.5, 2)  # MISTAKE: wrong % capaian
            S.s(r, 5, idn(p, 2))
            K.add(fn, sh, r, y, nm, ind["id"], t, rr, one(f"C{r}"), one(f"D{r}"), f"B{r}")
            r += 1
    S.s(r + 1, 2, "Keterangan: peringkat Porprov = indikator negatif, capaian = target / realisasi x 100", box=False)
    signature(S, r + 3, 3, y, "KEPALA DINAS PEMUDA DAN OLAHRAGA", "H. ZULKIFLI AMRI, S.Sos, M.Si", "Pembina Tk. I", "NIP. 19720905 199803 1 007")
    return wb, fn


# ============================================================ C 2022: E.81 17-column variant with Kode + Satuan, title year copied
C_PROG22 = [
    ("S1", "X.XX.01", "Program Pengembangan Kapasitas Daya Saing Kepemudaan", None, 912400000),
    ("S2", "X.XX.02", "Program Pengembangan Kapasitas Daya Saing Keolahragaan", None, 2480150000),
    ("S3", "3.26.02", "Program Peningkatan Daya Tarik Destinasi Pariwisata", None, 1175000000),
    ("S4", "X.XX.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", None, 3612800000),
]


def c2022(ag, V, K):
    y = 2022
    fn = "Evaluasi Renja Disporapar 2022 TW IV.xlsx"
    sh = "TW IV 2022"
    wb = Workbook(); ws = wb.active; ws.title = sh; S = Sheet(ws)
    S.widths([5, 10, 24, 30, 44, 10] + [9, 13] * 11 + [20])
    # MISTAKE: title year copied from the 2021 form (sheet, file name and the header columns say 2022)
    for i, t in enumerate(["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", "DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA KABUPATEN TELUK WANGSA",
                           "PERIODE PELAKSANAAN TRIWULAN IV TAHUN 2021"], 1):
        S.title(i, t, 29)
    cols = [(1, "No"), (2, "Kode"), (3, "Sasaran"), (4, "Program / Kegiatan"), (5, "Indikator Kinerja Program (outcome) / Kegiatan (output)"), (6, "Satuan"),
            (7, "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"), (9, "Realisasi Capaian Kinerja Renstra PD s/d Renja PD Tahun Lalu (2021)"),
            (11, "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2022)"), (13, "Realisasi Kinerja Pada Triwulan"),
            (21, "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2022)"), (23, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)"),
            (25, "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2022"), (27, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2022 (%)"),
            (29, "Unit PD Penanggung Jawab")]
    for c in range(1, 30):
        for rr in (5, 6, 7, 8):
            S.s(rr, c, None)
    for c, h in cols:
        S.s(5, c, h, bold=True, al=CEN)
    for c in (1, 2, 3, 4, 5, 6, 29):
        S.m(5, c, 7, c)
    for c in (7, 9, 11, 21, 23, 25, 27):
        S.m(5, c, 6, c + 1); S.s(7, c, "K", al=CEN); S.s(7, c + 1, "Rp", al=CEN)
    S.m(5, 13, 5, 20)
    for k, tw in enumerate(["I", "II", "III", "IV"]):
        c = 13 + 2 * k
        S.s(6, c, tw, al=CEN); S.m(6, c, 6, c + 1); S.s(7, c, "K", al=CEN); S.s(7, c + 1, "Rp", al=CEN)
    nums = {1: "1", 3: "2", 4: "3", 5: "4", 7: "5", 9: "6", 11: "7", 13: "8", 15: "9", 17: "10", 19: "11",
            21: "12 = 8+9+10+11", 23: "13 = 12/7 x 100", 25: "14 = 6 + 12", 27: "15 = 14/5 x 100", 29: "16"}
    for c, h in nums.items():
        S.s(8, c, h, al=CEN)
        if 7 <= c < 29:
            S.m(8, c, 8, c + 1)
    r = 9
    bynid = {i["id"]: i for i in present(ag, y)}
    no = 0
    rp = "#,##0"
    for sid, kode, prog, _, pagu in C_PROG22:
        ids = [i["id"] for i in present(ag, y) if i["s"] == sid]
        no += 1
        r0 = r
        for j, iid in enumerate(ids):
            ind = bynid[iid]; v = V[(iid, y)]; f = fmt_for(ind)
            S.s(r, 1, no if j == 0 else None); S.s(r, 2, kode if j == 0 else None)
            S.s(r, 3, sas_of(ag, sid, y) if j == 0 else None, al=WRAP)
            S.s(r, 4, prog if j == 0 else None, al=WRAP)
            nm = name_of(ag, ind, y)
            S.s(r, 5, nm, al=WRAP); S.s(r, 6, ind["unit"])
            prev = V.get((iid, 2021))
            if ind["q"] == "per":
                prevv = sum(V[(iid, yy)]["r"] for yy in (2020, 2021) if (iid, yy) in V)
                fin = v["t"] * 5 if ind["kind"] != "rp" else v["t"] * 5
            else:
                prevv = prev["r"] if prev else None
                fin = v["t"] if ind["kind"] == "rank" else round(v["t"] * 1.08, 2) if ind["kind"] in ("pct", "idx") else int(v["t"] * 1.2)
                if ind["kind"] == "pct":
                    fin = min(fin, 100)
            S.s(r, 7, fin, fmt=f); S.s(r, 9, num_or_dash(prevv) if prevv else "-", fmt=f)
            S.s(r, 11, v["t"], fmt=f)
            for k in range(4):
                S.s(r, 13 + 2 * k, num_or_dash(v["rq"][k]), fmt=f)
            if ind["q"] == "per":
                S.s(r, 21, f"=M{r}+O{r}+Q{r}+S{r}", fmt=f); rv = round(sum(v["rq"]), 2)
                S.s(r, 25, f"=I{r}+U{r}", fmt=f)
            else:
                S.s(r, 21, f"=S{r}", fmt=f); rv = v["r"]
                S.s(r, 25, f"=U{r}", fmt=f)
            if ind["neg"]:
                S.s(r, 23, f"=(2*K{r}-U{r})/K{r}*100", fmt="0.00")
            else:
                S.s(r, 23, f"=U{r}/K{r}*100", fmt="0.00")
            S.s(r, 27, f"=Y{r}/G{r}*100", fmt="0.00")
            if j == 0:
                S.s(r, 12, pagu, fmt=rp)
                qs = [round(pagu * x / 1000) * 1000 for x in (.12, .24, .26, .33)]
                for k in range(4):
                    S.s(r, 14 + 2 * k, qs[k], fmt=rp)
                S.s(r, 22, f"=N{r}+P{r}+R{r}+T{r}", fmt=rp)
                S.s(r, 24, f"=V{r}/L{r}*100", fmt="0.00")
            S.s(r, 29, {"S1": "Bidang Kepemudaan", "S2": "Bidang Olahraga", "S3": "Bidang Pariwisata", "S4": "Sekretariat"}[sid] if j == 0 else None)
            K.add(fn, sh, r, y, nm, iid, v["t"], rv, one(f"K{r}"), one(f"U{r}"), f"E{r}")
            r += 1
        if r - 1 > r0:
            for c in (1, 2, 3, 4, 29):
                S.m(r0, c, r - 1, c)
    S.s(r, 5, "Rata-rata capaian kinerja (%)", bold=True)
    S.s(r, 23, f"=ROUND(AVERAGE(W9:W{r-1}),1)", fmt="0.0")
    S.s(r + 1, 5, "Predikat kinerja", bold=True); S.s(r + 1, 23, "Sangat Tinggi")
    S.s(r + 3, 5, "Disusun", box=False); S.s(r + 3, 21, "Dievaluasi", box=False)
    signature(S, r + 4, 5, y, "KEPALA DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA", "H. ZULKIFLI AMRI, S.Sos, M.Si", "Pembina Tk. I", "NIP. 19720905 199803 1 007")
    signature(S, r + 4, 21, y, "KEPALA BAPPEDA", "Ir. SYAHRIAL EFENDI, M.T", "Pembina Utama Muda", "NIP. 19660707 199203 1 009")
    return wb, fn


# ============================================================ C 2023: LKjIP comparison, realisasi years before target, Satuan last
def c2023(ag, V, K):
    y = 2023
    fn = "LKjIP_Disporapar_2023_BAB III.xls"
    sh = "Tabel 3.2 Perbandingan"
    wb = Workbook(); cov = wb.active; cov.title = "Cover LKjIP"
    cov["C10"] = "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)"; cov["C11"] = "TAHUN 2023"
    cov["C13"] = "DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA"; cov["C14"] = "KABUPATEN TELUK WANGSA"
    ws = wb.create_sheet(sh); S = Sheet(ws)
    wb.create_sheet("Sheet1")
    S.widths([6, 58, 12, 12, 12, 14, 14, 11, 14, 11, 12])
    S.title(1, "Tabel 3.2", 11)
    S.title(2, "Perbandingan Realisasi Kinerja Tahun 2023 dengan Tahun 2020 s.d. 2022 dan Target Akhir Renstra", 11)
    S.title(3, "Dinas Kepemudaan, Olahraga dan Pariwisata Kabupaten Teluk Wangsa", 11)
    for c in range(1, 12):
        S.s(5, c, None); S.s(6, c, None)
    for c, h in [(1, "No"), (2, "Indikator Kinerja"), (3, "Realisasi"), (7, "Target 2023"), (8, "% Capaian 2023"), (9, "Target Akhir Renstra (2026)"), (10, "Capaian thd Renstra (%)"), (11, "Satuan")]:
        S.s(5, c, h, bold=True, al=CEN)
    for c in (1, 2, 7, 8, 9, 10, 11):
        S.m(5, c, 6, c)
    S.m(5, 3, 5, 6)
    for c, h in [(3, "2020"), (4, "2021"), (5, "2022"), (6, "2023")]:
        S.s(6, c, h, bold=True, al=CEN)
    for c in range(1, 12):
        S.s(7, c, f"({c})", al=CEN)
    r = 8
    inds = present(ag, y)
    sids = []
    for ind in inds:
        if ind["s"] not in sids:
            sids.append(ind["s"])
    n = 0
    for si, sid in enumerate(sids):
        S.s(r, 1, "ABCD"[si] + ".", bold=True); S.s(r, 2, "Sasaran Strategis: " + sas_of(ag, sid, y), bold=True)
        for c in range(3, 12):
            S.s(r, c, None)
        S.m(r, 2, r, 11)
        r += 1
        for ind in [i for i in inds if i["s"] == sid]:
            n += 1
            v = V[(ind["id"], y)]
            nm = name_of(ag, ind, y)
            S.s(r, 1, n); S.s(r, 2, nm, al=WRAP)
            ispct = ind["kind"] == "pct"
            f = "0.00%" if ispct else fmt_for(ind)

            def put(c, x):
                if x is None:
                    S.s(c[0], c[1], "-")
                elif ind["kind"] == "rp":
                    S.s(c[0], c[1], "Rp " + idn(x))
                else:
                    S.s(c[0], c[1], x / 100 if ispct else x, fmt=f)
            for c, yy in [(3, 2020), (4, 2021), (5, 2022)]:
                pv = V.get((ind["id"], yy))
                put((r, c), pv["r"] if pv else None)
            put((r, 6), v["r"]); put((r, 7), v["t"])
            if ind["kind"] == "rp":
                S.s(r, 8, pct2(v["r"], v["t"]), fmt="0.00")
            elif ind["neg"]:
                S.s(r, 8, f"=(G{r}-(F{r}-G{r}))/G{r}*100", fmt="0.00")
            else:
                S.s(r, 8, f"=F{r}/G{r}*100", fmt="0.00")
            fin = v["t"] if ind["kind"] in ("rank", "rp") else (min(100, round(v["t"] * 1.05, 2)) if ind["kind"] in ("pct", "idx") else int(v["t"] * 1.15))
            put((r, 9), fin)
            if ind["kind"] == "rp":
                S.s(r, 10, pct2(v["r"], fin), fmt="0.00")
            else:
                S.s(r, 10, f"=F{r}/I{r}*100", fmt="0.00")
            S.s(r, 11, ind["unit"])
            K.add(fn, sh, r, y, nm, ind["id"], v["t"], v["r"], one(f"G{r}"), one(f"F{r}"), f"B{r}")
            r += 1
    S.s(r + 1, 2, "Sumber: Disporapar Kab. Teluk Wangsa (diolah). Tahun 2020-2021 data Dinas Pemuda dan Olahraga.", box=False)
    return wb, fn


BUILDERS = {"a": [a2018, a2019, a2020, a2021], "b": [b2019, b2020, b2021, b2022], "c": [c2020, c2021, c2022, c2023]}


def main():
    os.makedirs(STAGE, exist_ok=True)
    plan = []
    names_md = ["# NAMES: the indicator names as written, per id and year\n"]
    for ag in AGENCIES:
        V = make_values(ag)
        K = Keys(ag)
        d = os.path.join(STAGE, ag["folder"]); os.makedirs(d, exist_ok=True)
        for fnc in BUILDERS[ag["code"]]:
            wb, fn = fnc(ag, V, K)
            base, ext = os.path.splitext(fn)
            wb.save(os.path.join(d, base + ".xlsx"))
            K.files.append(fn)
            plan.append(dict(folder=ag["folder"], file=fn, stage=os.path.join(ag["folder"], base + ".xlsx"), ext=ext[1:]))
        out = os.path.join(ROOT, ag["folder"]); os.makedirs(out, exist_ok=True)
        key = dict(agency=ag["agency"] if ag["code"] != "c" else ag["agency"] + " (2022-2023: " + ag["agency_late"] + ")",
                   years=ag["years"], files=K.files, ambiguous=ag["ambiguous"], rows=K.rows)
        with open(os.path.join(out, "key.json"), "w") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(ROOT, "gen", f"cellmap_{ag['folder']}.json"), "w") as fh:
            json.dump(K.cells, fh, ensure_ascii=False, indent=1)
        # NAMES.md
        names_md.append(f"\n## {ag['folder']} — {key['agency']}\n")
        names_md.append("| id | " + " | ".join(str(y) for y in ag["years"]) + " |")
        names_md.append("|---|" + "---|" * len(ag["years"]))
        byid = {}
        for row in K.rows:
            byid.setdefault(row["same_as"], {})[row["year"]] = row["written"]
        for ind in sorted(byid):
            names_md.append(f"| {ind} | " + " | ".join(byid[ind].get(y, "—") for y in ag["years"]) + " |")
        names_md.append(f"\nAmbiguous pairs: {ag['ambiguous']}\n")
        print(ag["folder"], len(K.rows), "key rows")
    with open(os.path.join(ROOT, "NAMES.md"), "w") as fh:
        fh.write("\n".join(names_md) + "\n")
    with open(os.path.join(STAGE, "plan.json"), "w") as fh:
        json.dump(plan, fh, indent=1)


if __name__ == "__main__":
    main()
