"""Shared helpers for the blind82 generators. Key figures are the intended (typed) figures."""
import json, os, random, re
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter as L

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def idn(v, dec=None):
    """Indonesian text number: 1.185 / 82,5"""
    if dec is None:
        dec = 0 if float(v) == int(v) else (2 if abs(v*10 - round(v*10)) > 1e-9 else 1)
    s = f"{v:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")

class Ind:
    def __init__(self, iid, name, vt, scale, kind="F", years=None, names=None, unit=None):
        self.id, self.name, self.vt, self.scale, self.kind = iid, name, vt, scale, kind
        self.years, self.names = years, names or {}
        self.unit = unit or {"pct": "%", "int": "orang", "rp": "Rupiah", "dec": "kali", "idx": "nilai"}[vt]

def drift(ind, k, year):
    if year in ind.names:
        return ind.names[year]
    n = ind.name
    h = sum(ord(c) for c in ind.id)
    if k >= 1 and h % 2 == 0:
        n = n.replace("Persentase", "Prosentase")
    if k >= 1 and h % 3 == 1:
        n = n.replace(" yang ", " yg ")
    if k == 1 and h % 4 == 0:
        n = n + " "
    if k >= 2 and h % 3 == 0:
        n = n.replace(" dan ", " & ")
    if k == 2 and h % 3 == 2:
        n = " ".join(w if w.isupper() or w.startswith("(") else w[:1].upper() + w[1:] for w in n.split(" "))
    if k >= 2 and h % 5 == 1 and "(%)" not in n and ind.vt == "pct":
        n = n + " (%)"
    if k == 3:
        n = n.replace(" terhadap ", " thd ").replace(" dengan ", " dg ")
        ws_ = n.split(" ")
        if h % 4 == 3 and len(ws_) > 5:
            m = len(ws_) // 2
            n = " ".join(ws_[:m]) + "\n" + " ".join(ws_[m:])
    return n

def vals(ind, year):
    rr = random.Random(f"{ind.id}-{year}")
    s = ind.scale
    if ind.vt == "pct":
        t = rr.choice([70, 75, 80, 85, 90, 95, 100]) if s is None else s
        r = min(100.0, round(t + rr.uniform(-12, 6), 1))
    elif ind.vt == "int":
        t = int(round(s * rr.uniform(.85, 1.2), -1 if s >= 200 else 0))
        r = int(round(t * rr.uniform(.78, 1.12)))
    elif ind.vt == "rp":
        t = int(round(s * rr.uniform(.85, 1.2), -6))
        r = int(round(t * rr.uniform(.8, 1.0), -3))
    elif ind.vt == "dec":
        t = s
        r = round(s * rr.uniform(.9, 1.15), 2)
    else:
        t = s
        r = round(s + rr.uniform(-6, 5), 2)
    return t, r

def split_periods(ind, year, total, n):
    """FLOW: parts summing to total; LEVEL: progressive values ending at total"""
    rr = random.Random(f"p{ind.id}{year}{n}")
    if ind.kind == "F":
        if ind.vt == "int" or ind.vt == "rp":
            w = [rr.uniform(.6, 1.4) for _ in range(n)]
            step = 1000 if ind.vt == "rp" else 1
            parts = [int(total * x / sum(w) / step) * step for x in w]
            parts[-1] = total - sum(parts[:-1])
            return parts
        w = [rr.uniform(.6, 1.4) for _ in range(n)]
        parts = [round(total * x / sum(w), 1) for x in w]
        parts[-1] = round(total - sum(parts[:-1]), 1)
        return parts
    out = []
    for i in range(n):
        if ind.vt in ("int",):
            out.append(int(round(total * (0.7 + 0.3 * (i + 1) / n))))
        else:
            out.append(round(total * (0.9 + 0.1 * (i + 1) / n), 2 if ind.vt == "dec" else 1))
    out[-1] = total
    return out

B = Font(bold=True)

def W(ws, r, c, v, bold=False, fmt=None, wrap=False, center=False):
    cell = ws.cell(row=r, column=c, value=v)
    if bold: cell.font = B
    if fmt: cell.number_format = fmt
    if wrap or center:
        cell.alignment = Alignment(wrap_text=wrap, horizontal="center" if center else None, vertical="top")
    return cell

def put(ws, r, c, v, how):
    """write v as typed in style `how`; return the keyed value"""
    if v is None or how == "dash":
        W(ws, r, c, "-"); return None
    if how == "n":
        W(ws, r, c, v, fmt="#,##0" if float(v) == int(v) and abs(v) >= 1000 else None); return v
    if how == "p":
        W(ws, r, c, round(v / 100, 6), fmt="0.0%"); return round(v, 6)
    if how == "pt":
        W(ws, r, c, idn(v) + " %"); return v
    if how == "t":
        W(ws, r, c, idn(v)); return v
    if how == "ts":
        W(ws, r, c, idn(v) + "*)"); return v
    if how == "rp":
        W(ws, r, c, "Rp " + idn(v) + ",-"); return v
    if how == "rng":
        W(ws, r, c, f"{idn(v)} - {idn(v + 5)}"); return v
    if how == "ge":
        W(ws, r, c, "≥ " + idn(v)); return v
    if how == "grade":
        W(ws, r, c, "BB"); return None
    if how == "frac":
        W(ws, r, c, round(v / 100, 4)); return round(v / 100, 4)
    if how == "x10":
        W(ws, r, c, v * 10); return v * 10
    if how == "x1000":
        W(ws, r, c, v * 1000); return v * 1000
    if how == "juta":
        x = round(v / 1e6, 1); W(ws, r, c, x); return x
    raise ValueError(how)

class Agency:
    def __init__(self, slug, prefix, years, inds):
        self.slug, self.prefix, self.years, self.inds = slug, prefix, years, inds
        self.rows, self.locs, self.files, self.mistakes, self.layouts = [], [], [], [], []
        self.ambiguous = []
        self.mis = {}
        self.books = {}

    def active(self, year):
        return [i for i in self.inds if (i.years is None or year in i.years)]

    def name(self, ind, year):
        return drift(ind, self.years.index(year), year)

    def how(self, ind, year, field, default):
        return self.mis.get((ind.id, year, field), default)

    def book(self, fname):
        if fname not in self.books:
            wb = Workbook(); wb.remove(wb.active)
            self.books[fname] = wb; self.files.append(fname)
        return self.books[fname]

    def key(self, fname, ws, r, c, year, ind, written, t, rl, tloc, rloc, shared=False):
        row = {"file": fname, "sheet": ws.title, "row": r}
        if shared: row["col"] = L(c)
        row.update({"year": year, "written": written, "same_as": ind.id, "target": t, "realisasi": rl})
        self.rows.append(row)
        self.locs.append({"id": ind.id, "year": year, "file": fname, "sheet": ws.title,
                          "name_cell": f"{L(c)}{r}", "target": tloc, "realisasi": rloc})

    def save(self):
        rawdir = os.path.join(ROOT, "gen", "raw", self.slug)
        os.makedirs(rawdir, exist_ok=True)
        for f, wb in self.books.items():
            wb.save(os.path.join(rawdir, os.path.splitext(f)[0] + ".xlsx"))
        os.makedirs(os.path.join(ROOT, self.slug), exist_ok=True)
        key = {"agency": self.slug, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": self.rows}
        json.dump(key, open(os.path.join(ROOT, self.slug, "key.json"), "w"), ensure_ascii=False, indent=1)
        json.dump(self.locs, open(os.path.join(ROOT, "gen", "locators", self.slug + ".json"), "w"), ensure_ascii=False, indent=1)
        json.dump({"layouts": self.layouts, "mistakes": self.mistakes}, open(os.path.join(ROOT, "gen", "meta", self.slug + ".json"), "w"), ensure_ascii=False, indent=1)

def cell(c, r): return {"rule": "cell", "cells": [f"{L(c)}{r}"]}
def multi(rule, cells): return {"rule": rule, "cells": cells}

def default_how(ind, which):
    if ind.vt == "pct": return "p" if which == "r" else "n"
    return "n"

def title(ws, lines, r=1, bold=True):
    for i, t in enumerate(lines):
        W(ws, r + i, 1, t, bold=bold)
    return r + len(lines)

def sign(ws, r, c, place, year, who, nip, jab="Kepala UPTD"):
    W(ws, r, c, f"{place}, 31 Desember {year}")
    W(ws, r + 1, c, jab)
    W(ws, r + 5, c, who, bold=True)
    W(ws, r + 6, c, "NIP. " + nip)

# ---------------------------------------------------------------- layouts
def lay_pk(ag, fname, sheet, year, inds, head, band=True, name_in_sasaran=None, draft=None,
           perubahan=False, wrap_id=None, paste_twice=False, capaian_over=None, start=None, sasarans=None):
    wb = ag.book(fname); ws = wb.create_sheet(sheet)
    r = title(ws, head)
    r += 1
    hdr = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan"] + (
        ["Target PK Awal", "Target PK Perubahan"] if perubahan else ["Target"]) + ["Realisasi", "% Capaian"]
    for i, h in enumerate(hdr): W(ws, r, i + 1, h, bold=True, center=True)
    r += 1
    for i in range(len(hdr)): W(ws, r, i + 1, f"({i+1})", center=True)
    r += 1
    first = r
    tc = 5; pc = 6 if perubahan else None; rc = 7 if perubahan else 6; cc = rc + 1
    sas = sasarans or ["Meningkatnya kinerja layanan"]
    per = -(-len(inds) // len(sas))
    no = start or 1
    for gi, s in enumerate(sas):
        grp = inds[gi * per:(gi + 1) * per]
        if not grp: continue
        if band:
            W(ws, r, 1, chr(65 + gi) if not start else "", bold=True); W(ws, r, 2, s, bold=True); r += 1
            top = None
        else:
            top = r
            W(ws, r, 2, s, wrap=True)
        for ind in grp:
            nm = ag.name(ind, year)
            nc = 2 if (band and ind.id == name_in_sasaran) else 3
            cont = None
            if ind.id == wrap_id:
                ws_ = nm.split(" "); m = len(ws_) // 2
                nm, cont = " ".join(ws_[:m]), " ".join(ws_[m:])
            W(ws, r, 1, no); W(ws, r, nc, nm, wrap=True); W(ws, r, 4, ind.unit)
            t, rl = vals(ind, year)
            if perubahan:
                W(ws, r, 5, t if ind.id not in ("L01",) else t - 5)
                tk = put(ws, r, 6, t, ag.how(ind, year, "t", default_how(ind, "t")))
                tcol = 6
            else:
                tk = put(ws, r, 5, t, ag.how(ind, year, "t", default_how(ind, "t")))
                tcol = 5
            rk = put(ws, r, rc, rl, ag.how(ind, year, "r", default_how(ind, "r")))
            if capaian_over == ind.id:
                W(ws, r, cc, 100)
            else:
                W(ws, r, cc, f'=IFERROR({L(rc)}{r}/{L(tcol)}{r}*100,"-")', fmt="0.00")
            ag.key(fname, ws, r, nc, year, ind, nm, tk, rk, cell(tcol, r), cell(rc, r))
            r += 1; no += 1
            if cont:
                W(ws, r, 3, cont, wrap=True); r += 1
            if draft and ind.id == draft:
                W(ws, r, 3, "(draft) " + nm + " - usulan"); W(ws, r, tcol, t * 2); W(ws, r, rc, rl)
                ws.row_dimensions[r].hidden = True; r += 1
        if not band and top is not None and r - 1 > top:
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    last = r - 1
    r += 1
    W(ws, r, 3, "Rata-rata capaian", bold=True); W(ws, r, cc, f'=IFERROR(AVERAGE({L(cc)}{first}:{L(cc)}{last}),"-")', fmt="0.00")
    W(ws, r + 1, 3, "Predikat"); W(ws, r + 1, cc, "Sangat Baik")
    r += 3
    if paste_twice:
        W(ws, r, 1, "(salinan tabel untuk lampiran)")
        for rr in range(first, last + 1):
            for cc_ in range(1, cc + 1):
                v = ws.cell(rr, cc_).value
                if isinstance(v, str) and v.startswith("="): v = None
                ws.cell(r + 1 + rr - first, cc_, v)
        r += last - first + 3
    return ws, r

def lay_lkjip(ag, fname, sheet, year, inds, head, renstra_first=False, hide=None):
    wb = ag.book(fname); ws = wb.create_sheet(sheet)
    r = title(ws, head) + 1
    y2, y1 = year - 2, year - 1
    if renstra_first:
        cols = ["No", "Indikator Kinerja", "Satuan", "Target Akhir Renstra", f"Realisasi {y2}", f"Realisasi {y1}", f"Target {year}", f"Realisasi {year}", "Capaian (%)", "Capaian thd Renstra (%)"]
        tc, rc, ec = 7, 8, 4
    else:
        cols = ["No", "Indikator Kinerja", "Satuan", f"Realisasi {y2}", f"Realisasi {y1}", f"Target {year}", f"Realisasi {year}", "Capaian (%)", "Target Akhir Renstra (2023)", "Capaian thd Renstra (%)"]
        tc, rc, ec = 6, 7, 9
    W(ws, r, 1, "Tabel 3.1 Capaian Indikator Kinerja Utama", bold=True); r += 1
    for i, h in enumerate(cols): W(ws, r, i + 1, h, bold=True, wrap=True, center=True)
    r += 1
    first = r
    for n, ind in enumerate(inds, 1):
        nm = ag.name(ind, year)
        t, rl = vals(ind, year)
        W(ws, r, 1, f"{n}."); W(ws, r, 2, nm, wrap=True); W(ws, r, 3, ind.unit)
        a, _ = vals(ind, y2); b, _ = vals(ind, y1)
        W(ws, r, 4 if not renstra_first else 5, vals(ind, y2)[1]); W(ws, r, 5 if not renstra_first else 6, vals(ind, y1)[1])
        tk = put(ws, r, tc, t, ag.how(ind, year, "t", "n"))
        rk = put(ws, r, rc, rl, ag.how(ind, year, "r", "n"))
        W(ws, r, ec, round(t * 1.05, 1) if ind.vt != "rp" else t)
        W(ws, r, 9 if not renstra_first else 9, f'=IFERROR({L(rc)}{r}/{L(tc)}{r}*100,"-")' if not renstra_first else None, fmt="0.00")
        if renstra_first: W(ws, r, 9, f'=IFERROR({L(rc)}{r}/{L(tc)}{r}*100,"-")', fmt="0.00")
        else: W(ws, r, 8, f'=IFERROR({L(rc)}{r}/{L(tc)}{r}*100,"-")', fmt="0.00"); W(ws, r, 9, round(t * 1.05, 1) if ind.vt != "rp" else t)
        W(ws, r, 10, f'=IFERROR({L(rc)}{r}/{L(ec)}{r}*100,"-")', fmt="0.00")
        ag.key(fname, ws, r, 2, year, ind, nm, tk, rk, cell(tc, r), cell(rc, r))
        r += 1
    W(ws, r + 1, 2, "Sumber: data olahan UPTD, diolah kembali")
    return ws, r + 3

def lay_quarter(ag, fname, sheet, year, inds, head, blanks=(), wrongsum=None):
    """Rencana Aksi: Target tahun | TW I..IV (Target, Realisasi) - no annual realisasi"""
    wb = ag.book(fname); ws = wb.create_sheet(sheet)
    r = title(ws, head) + 1
    W(ws, r, 1, "No", bold=True); W(ws, r, 2, "Indikator Kinerja", bold=True); W(ws, r, 3, "Satuan", bold=True)
    W(ws, r, 4, f"Target {year}", bold=True)
    for q, qn in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        c = 5 + 2 * q
        W(ws, r, c, qn, bold=True, center=True); ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + 1)
        W(ws, r + 1, c, "Target"); W(ws, r + 1, c + 1, "Realisasi")
    for c in (1, 2, 3, 4): ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
    r += 2
    for n, ind in enumerate(inds, 1):
        nm = ag.name(ind, year); t, rl = vals(ind, year)
        W(ws, r, 1, n); W(ws, r, 2, nm, wrap=True); W(ws, r, 3, ind.unit)
        tk = put(ws, r, 4, t, ag.how(ind, year, "t", "n"))
        tq = split_periods(ind, year, t, 4); rq = split_periods(ind, year, rl, 4)
        cells, got = [], []
        for q in range(4):
            c = 5 + 2 * q
            W(ws, r, c, tq[q])
            if (ind.id, q) in blanks:
                W(ws, r, c + 1, "-" if q % 2 else None); cells.append(f"{L(c+1)}{r}"); continue
            v = rq[q]
            if ag.mis.get((ind.id, year, "q")) == q: v = v * 10
            if ag.mis.get((ind.id, year, "r")) == "juta": v = round(v / 1e6, 1)
            W(ws, r, c + 1, v, fmt="0.0" if ind.vt == "pct" else None)
            cells.append(f"{L(c+1)}{r}"); got.append(v)
        rk = (sum(got) if ind.kind == "F" else got[-1]) if got else None
        if isinstance(rk, float): rk = round(rk, 6)
        ag.key(fname, ws, r, 2, year, ind, nm, tk, rk, cell(4, r), multi("sum" if ind.kind == "F" else "last", cells))
        r += 1
    return ws, r + 1

def lay_e81(ag, fname, sheet, year, inds, head, wrong=None, over=None):
    wb = ag.book(fname); ws = wb.create_sheet(sheet)
    r = title(ws, head) + 1
    top = ["No", "Sasaran", "Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
           "Indikator Kinerja Program (outcome)/ Kegiatan (output)", "Target Renstra Perangkat Daerah pada Tahun 2024 (Akhir Periode Renstra)",
           None, f"Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu ({year-1})", None, f"Target Kinerja dan Anggaran Renja Tahun Berjalan ({year})",
           None, "Realisasi Kinerja Pada Triwulan", None, None, None, None, None, None, None,
           f"Realisasi Capaian Kinerja dan Anggaran Renja yang dievaluasi ({year})", None,
           f"Realisasi Kinerja dan Anggaran Renstra s.d. Tahun {year}", None, "Tingkat Capaian Kinerja Renstra (%)"]
    for i, h in enumerate(top):
        if h: W(ws, r, i + 1, h, bold=True, wrap=True, center=True)
    for a, b in ((6, 7), (8, 9), (10, 11), (12, 19), (20, 21), (22, 23)):
        ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
    for c in (1, 2, 3, 4, 5, 24): ws.merge_cells(start_row=r, start_column=c, end_row=r + 2, end_column=c)
    for q, qn in enumerate(["I", "II", "III", "IV"]):
        c = 12 + 2 * q; W(ws, r + 1, c, qn, center=True); ws.merge_cells(start_row=r + 1, start_column=c, end_row=r + 1, end_column=c + 1)
    for c in range(6, 24, 2):
        W(ws, r + 2, c, "K", center=True); W(ws, r + 2, c + 1, "Rp", center=True)
    W(ws, r + 3, 1, 1)
    for i in range(2, 25): W(ws, r + 3, i, i, center=True)
    r += 4
    W(ws, r, 3, "3.27"); W(ws, r, 4, "URUSAN PEMERINTAHAN BIDANG PERTANIAN", bold=True); r += 1
    groups = [("3.27.03", "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN"),
              ("3.27.04", "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN"),
              ("3.27.05", "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER"),
              ("1.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH")]
    per = -(-len(inds) // len(groups)); no = 1
    for gi, (kd, pg) in enumerate(groups):
        grp = inds[gi * per:(gi + 1) * per]
        if not grp: continue
        W(ws, r, 3, kd); W(ws, r, 4, pg, bold=True); r += 1
        W(ws, r, 3, kd + f".1.0{gi+1}"); W(ws, r, 4, "Kegiatan " + pg.title().replace("Program ", ""))
        W(ws, r, 11, 250000000 + 25000000 * gi, fmt="#,##0"); r += 1
        for ind in grp:
            nm = ag.name(ind, year); t, rl = vals(ind, year)
            W(ws, r, 1, no); W(ws, r, 3, kd + f".1.0{gi+1}.{no:04d}"[-4:] if False else kd + f".1.0{gi+1}.00{no%10}")
            W(ws, r, 4, ["Sub Kegiatan Produksi Benih/Bibit Ternak", "Sub Kegiatan Pengawasan Mutu Benih Ternak", "Sub Kegiatan Pelayanan IB dan Pemeriksaan Kebuntingan", "Sub Kegiatan Peningkatan Kapasitas SDM"][no % 4])
            W(ws, r, 5, nm, wrap=True)
            W(ws, r, 6, round(t * 1.1, 1) if ind.vt != "rp" else t); W(ws, r, 7, 1500000000, fmt="#,##0")
            W(ws, r, 8, vals(ind, year - 1)[1]); W(ws, r, 9, 900000000, fmt="#,##0")
            tk = put(ws, r, 10, t, ag.how(ind, year, "t", "n")); W(ws, r, 11, 300000000, fmt="#,##0")
            rq = split_periods(ind, year, rl, 4)
            for q in range(4):
                W(ws, r, 12 + 2 * q, rq[q]); W(ws, r, 13 + 2 * q, 70000000 + q * 1000000, fmt="#,##0")
            if over == ind.id:
                v = round(rl * 1.02, 2) if ind.vt != "int" else int(rl * 1.02)
                W(ws, r, 20, v); rk = v
            elif ind.kind == "F":
                if wrong == ind.id:
                    W(ws, r, 20, f"=L{r}+N{r}+P{r}"); rk = sum(rq[:3])
                else:
                    W(ws, r, 20, f"=L{r}+N{r}+P{r}+R{r}"); rk = sum(rq)
            else:
                W(ws, r, 20, f"=R{r}"); rk = rq[3]
            if isinstance(rk, float): rk = round(rk, 6)
            W(ws, r, 21, f"=M{r}+O{r}+Q{r}+S{r}", fmt="#,##0")
            W(ws, r, 22, f"=H{r}+T{r}" if ind.kind == "F" else f"=T{r}"); W(ws, r, 23, f"=I{r}+U{r}", fmt="#,##0")
            W(ws, r, 24, f'=IFERROR(V{r}/F{r}*100,0)', fmt="0.00")
            ag.key(fname, ws, r, 5, year, ind, nm, tk, rk, cell(10, r), cell(20, r))
            r += 1; no += 1
    W(ws, r, 4, "Rata-rata capaian kinerja (%)", bold=True); W(ws, r, 24, f"=AVERAGE(X{r-no}:X{r-1})", fmt="0.00")
    W(ws, r + 1, 4, "Predikat kinerja"); W(ws, r + 1, 24, "Tinggi")
    return ws, r + 3

def lay_renstra(ag, fname, sheet, year, inds, head, y0, hows=None):
    wb = ag.book(fname); ws = wb.create_sheet(sheet)
    r = title(ws, head) + 1
    W(ws, r, 1, "No", bold=True); W(ws, r, 2, "Indikator Sasaran / Indikator Program", bold=True); W(ws, r, 3, "Satuan", bold=True)
    W(ws, r, 4, f"Kondisi Awal {y0-1}", bold=True)
    W(ws, r, 5, "Target Kinerja pada Tahun ke-", bold=True, center=True); ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=9)
    W(ws, r, 10, f"Realisasi {year}", bold=True); W(ws, r, 11, "Ket.", bold=True)
    for k in range(5): W(ws, r + 1, 5 + k, y0 + k, center=True)
    for c in (1, 2, 3, 4, 10, 11): ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
    r += 2
    yc = 5 + (year - y0)
    for n, ind in enumerate(inds, 1):
        nm = ag.name(ind, year); t, rl = vals(ind, year)
        W(ws, r, 1, n); W(ws, r, 2, nm, wrap=True); W(ws, r, 3, ind.unit); W(ws, r, 4, vals(ind, y0 - 1)[1])
        for k in range(5):
            yy = y0 + k
            if yy == year:
                tk = put(ws, r, 5 + k, t, ag.how(ind, year, "t", "rng" if ind.vt == "pct" and n % 4 == 0 else "n"))
            else:
                W(ws, r, 5 + k, vals(ind, yy)[0])
        rk = put(ws, r, 10, rl, ag.how(ind, year, "r", (hows or {}).get(ind.id, "pt" if ind.vt == "pct" and n % 3 == 0 else "n")))
        if ind.vt == "idx": W(ws, r, 11, "survei IKM semester II")
        ag.key(fname, ws, r, 2, year, ind, nm, tk, rk, cell(yc, r), cell(10, r))
        r += 1
    W(ws, r + 1, 2, "Catatan: target 2023 menyesuaikan Renstra perubahan")
    return ws, r + 3

def lay_cards(ag, fname, sheet, year, inds, head):
    wb = ag.book(fname); ws = wb.create_sheet(sheet)
    r = title(ws, head) + 1
    for n, ind in enumerate(inds, 1):
        nm = ag.name(ind, year); t, rl = vals(ind, year)
        W(ws, r, 1, f"IKU {n}", bold=True); W(ws, r, 2, nm, bold=True, wrap=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        W(ws, r + 1, 1, "Satuan"); W(ws, r + 1, 2, ind.unit)
        W(ws, r + 2, 1, "Target"); tk = put(ws, r + 2, 2, t, ag.how(ind, year, "t", "ge" if ind.vt == "pct" and n % 3 == 1 else "n"))
        W(ws, r + 3, 1, "Realisasi"); rk = put(ws, r + 3, 2, rl, ag.how(ind, year, "r", "ts" if n % 5 == 2 else default_how(ind, "r")))
        W(ws, r + 4, 1, "Capaian"); W(ws, r + 4, 2, f'=IFERROR(B{r+3}/B{r+2}*100,"-")', fmt="0.0")
        W(ws, r + 2, 4, "Sumber data:"); W(ws, r + 2, 5, "Dapodik / laporan wali kelas")
        ag.key(fname, ws, r, 2, year, ind, nm, tk, rk, cell(2, r + 2), cell(2, r + 3))
        r += 6
    return ws, r

def lay_transposed(ag, fname, sheet, year, inds, head, per_block=10):
    wb = ag.book(fname); ws = wb.create_sheet(sheet)
    r = title(ws, head) + 1
    for b in range(0, len(inds), per_block):
        blk = inds[b:b + per_block]
        W(ws, r, 1, "Indikator", bold=True); W(ws, r + 1, 1, "Satuan"); W(ws, r + 2, 1, f"Target {year}"); W(ws, r + 3, 1, f"Capaian {year}")
        for j, ind in enumerate(blk):
            c = 2 + j; nm = ag.name(ind, year); t, rl = vals(ind, year)
            W(ws, r, c, nm, bold=True, wrap=True); W(ws, r + 1, c, ind.unit)
            tk = put(ws, r + 2, c, t, ag.how(ind, year, "t", "n"))
            rk = put(ws, r + 3, c, rl, ag.how(ind, year, "r", "pt" if ind.vt == "pct" and j % 3 == 0 else default_how(ind, "r")))
            ag.key(fname, ws, r, c, year, ind, nm, tk, rk, cell(c, r + 2), cell(c, r + 3), shared=True)
        r += 6
    return ws, r

def lay_monthly(ag, fname, sheet, year, inds, head, blanks=()):
    wb = ag.book(fname); ws = wb.create_sheet(sheet)
    r = title(ws, head) + 1
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
    for i, h in enumerate(["No", "Indikator", "Satuan", "Target"] + months):
        W(ws, r, i + 1, h, bold=True, center=True)
    r += 1
    for n, ind in enumerate(inds, 1):
        nm = ag.name(ind, year); t, rl = vals(ind, year)
        W(ws, r, 1, n); W(ws, r, 2, nm, wrap=True); W(ws, r, 3, ind.unit)
        tk = put(ws, r, 4, t, ag.how(ind, year, "t", "n"))
        parts = split_periods(ind, year, rl, 12)
        cells, got = [], []
        for m in range(12):
            c = 5 + m; cells.append(f"{L(c)}{r}")
            if (ind.id, m) in blanks:
                W(ws, r, c, "-" if m % 2 else None); continue
            v = parts[m]
            if ag.mis.get((ind.id, year, "q")) == m: v = v * 10
            W(ws, r, c, v); got.append(v)
        rk = sum(got) if ind.kind == "F" else got[-1]
        if isinstance(rk, float): rk = round(rk, 6)
        ag.key(fname, ws, r, 2, year, ind, nm, tk, rk, cell(4, r), multi("sum" if ind.kind == "F" else "last", cells))
        r += 1
    return ws, r + 1

def lay_sdtw_pairs(ag, fname, sheet, year, inds, head, stop=()):
    """row pairs: name merged over a Target row and a Realisasi row; cumulative s.d. TW columns"""
    wb = ag.book(fname); ws = wb.create_sheet(sheet)
    r = title(ws, head) + 1
    for i, h in enumerate(["No", "Indikator Kinerja", "Satuan", "Uraian", f"Tahun {year}", "s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"]):
        W(ws, r, i + 1, h, bold=True, center=True)
    r += 1
    for n, ind in enumerate(inds, 1):
        nm = ag.name(ind, year); t, rl = vals(ind, year)
        W(ws, r, 1, n); W(ws, r, 2, nm, wrap=True); W(ws, r, 3, ind.unit)
        for c in (1, 2, 3): ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        W(ws, r, 4, "Target"); W(ws, r + 1, 4, "Realisasi")
        tk = put(ws, r, 5, t, ag.how(ind, year, "t", "n"))
        for q in range(4): W(ws, r, 6 + q, split_periods(ind, year, t, 4)[q] if ind.kind == "L" else round(sum(split_periods(ind, year, t, 4)[:q + 1]), 2))
        parts = split_periods(ind, year, rl, 4)
        cum = [round(sum(parts[:q + 1]), 2) if ind.kind == "F" else parts[q] for q in range(4)]
        if isinstance(rl, int): cum = [int(x) for x in cum]
        cells, got = [], []
        nq = 3 if ind.id in stop else 4
        for q in range(4):
            c = 6 + q; cells.append(f"{L(c)}{r+1}")
            if q >= nq: W(ws, r + 1, c, None); continue
            v = cum[q]
            if ag.mis.get((ind.id, year, "q")) == q: v = v * 10
            W(ws, r + 1, c, v); got.append(v)
        ag.key(fname, ws, r, 2, year, ind, nm, tk, got[-1], cell(5, r), multi("last", cells))
        r += 2
    return ws, r + 1
