"""Shared helpers for blind87 generators. Value specs:
  number                -> typed number, keyed as is
  P(frac)               -> fraction in a %-formatted cell, keyed frac*100
  T("text", keyed)      -> text typed by hand, keyed figure given explicitly (None = grade / '-')
  F("=formula", cached) -> formula, keyed by its (intended) cached value
  None                  -> blank / not reported
"""
import json, os, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter as L

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
THIN = Side(style="thin"); BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

class P:
    def __init__(s, f, fmt="0.0%"): s.f, s.fmt = f, fmt
class T:
    def __init__(s, t, k): s.t, s.k = t, k
class F:
    def __init__(s, f, c, fmt=None): s.f, s.c, s.fmt = f, c, fmt

def kv(v):
    if v is None: return None
    if isinstance(v, P): return round(v.f * 100, 6)
    if isinstance(v, T): return v.k
    if isinstance(v, F): return v.c
    return v

def put(ws, ref, v, bold=False, box=True):
    c = ws[ref]
    if isinstance(v, P): c.value = v.f; c.number_format = v.fmt
    elif isinstance(v, T): c.value = v.t
    elif isinstance(v, F):
        c.value = v.f
        if v.fmt: c.number_format = v.fmt
    else: c.value = v
    if bold: c.font = Font(bold=True)
    if box: c.border = BOX
    c.alignment = WRAP
    return c

def agg(vals, rule):
    ks = [kv(v) for v in vals]
    ks = [k for k in ks if k is not None]
    if not ks: return None
    return round(sum(ks), 6) if rule == "sum" else ks[-1]

class Book:
    def __init__(s, agency, fname):
        s.agency, s.fname = agency, fname
        s.wb = Workbook(); s.wb.remove(s.wb.active)
    def sheet(s, title, hidden=False):
        ws = s.wb.create_sheet(title)
        if hidden: ws.sheet_state = "hidden"
        return ws
    def title(s, ws, lines, ncol, row=1):
        for i, t in enumerate(lines):
            ws.merge_cells(start_row=row+i, start_column=1, end_row=row+i, end_column=ncol)
            c = ws.cell(row+i, 1, t); c.font = Font(bold=True); c.alignment = Alignment(horizontal="center")
        return row + len(lines)
    def sign(s, ws, row, col, place, who, nip, jab="Kepala UPTD"):
        for i, t in enumerate([f"{place},", jab, "", "", who, f"NIP. {nip}"]):
            ws.cell(row+i, col, t)

class Agency:
    def __init__(s, name, years):
        s.name, s.years, s.books, s.rows, s.locs, s.ambiguous = name, years, [], [], [], []
        s.dir = os.path.join(ROOT, name); os.makedirs(s.dir, exist_ok=True)
    def book(s, fname):
        b = Book(s.name, fname); s.books.append(b); return b
    def key(s, book, ws, row, ncol, year, written, id_, t, tcells, r, rcells, trule="cell", rrule="cell", col=None):
        tk = kv(t) if trule == "cell" else agg(t, trule)
        rk = kv(r) if rrule == "cell" else agg(r, rrule)
        d = {"file": book.fname, "sheet": ws.title, "row": row}
        if col: d["col"] = col
        d.update({"year": year, "written": written, "same_as": id_, "target": tk, "realisasi": rk})
        s.rows.append(d)
        s.locs.append({"file": book.fname, "sheet": ws.title, "row": row, "year": year, "id": id_,
                       "name_cell": f"{ncol}{row}",
                       "target": {"rule": trule, "cells": tcells},
                       "realisasi": {"rule": rrule, "cells": rcells}})
    def save(s):
        raw = os.path.join(ROOT, "gen", "raw"); tmp = os.path.join(ROOT, "gen", "tmp")
        os.makedirs(raw, exist_ok=True); os.makedirs(tmp, exist_ok=True)
        # mark col where key rows share a sheet row
        cnt = {}
        for d in s.rows: cnt[(d["file"], d["sheet"], d["row"])] = cnt.get((d["file"], d["sheet"], d["row"]), 0) + 1
        for d, l in zip(s.rows, s.locs):
            if cnt[(d["file"], d["sheet"], d["row"])] > 1 and "col" not in d:
                col = l["name_cell"].rstrip("0123456789")
                nd = {}
                for k, v in d.items():
                    nd[k] = v
                    if k == "row": nd["col"] = col
                d.clear(); d.update(nd)
        for b in s.books:
            base, ext = os.path.splitext(b.fname)
            rp = os.path.join(raw, f"{s.name}__{base}.xlsx"); b.wb.save(rp)
            od = os.path.join(tmp, s.name); os.makedirs(od, exist_ok=True)
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-blind87",
                            "--convert-to", ext[1:], "--outdir", od, rp], check=True, capture_output=True)
            shutil.copy(os.path.join(od, f"{s.name}__{base}{ext}"), os.path.join(s.dir, b.fname))
        key = {"agency": s.name, "years": s.years, "files": [b.fname for b in s.books],
               "ambiguous": s.ambiguous, "rows": s.rows}
        json.dump(key, open(os.path.join(s.dir, "key.json"), "w"), ensure_ascii=False, indent=1)
        json.dump(s.locs, open(os.path.join(ROOT, "gen", "locators", s.name + ".json"), "w"), ensure_ascii=False, indent=1)

# ---------------- layouts ----------------
def hdr(ws, row, labels, bold=True):
    for j, t in enumerate(labels):
        if t is not None: put(ws, f"{L(j+1)}{row}", t, bold=bold)

def layout_pk(ag, b, ws, year, groups, row, variant=0):
    """Annual PK. groups = [(sasaran_text, [item,...])]; item keys: id,name,unit,t,r, opt name_in_sasaran, wrap2"""
    if variant == 0:
        hdr(ws, row, ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", f"Target {year}", f"Realisasi {year}", "% Capaian"])
        hdr(ws, row+1, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(6)/(5)"]); row += 2
        cN, cS, cI, cU, cT, cR, cC = "A", "B", "C", "D", "E", "F", "G"
    else:
        ws.merge_cells(start_row=row, start_column=1, end_row=row+1, end_column=1)
        ws.merge_cells(start_row=row, start_column=2, end_row=row+1, end_column=2)
        ws.merge_cells(start_row=row, start_column=3, end_row=row+1, end_column=3)
        ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=6)
        hdr(ws, row, ["No.", "Indikator Kinerja Utama / Sasaran", "Satuan", f"Tahun {year}"])
        hdr(ws, row+1, [None, None, None, "Realisasi", "Target", "Capaian (%)"]); row += 2
        cN, cS, cI, cU, cR, cT, cC = "A", "B", "B", "C", "D", "E", "F"
    n = 0
    for sas, items in groups:
        if variant == 0:
            put(ws, f"{cS}{row}", sas, bold=True)
            ws.merge_cells(f"{cS}{row}:{cC}{row}") if False else None
            start = row
        else:
            put(ws, f"{cS}{row}", "Sasaran: " + sas, bold=True); row += 1
        for it in items:
            n += 1
            put(ws, f"{cN}{row}", n)
            nc = cS if it.get("name_in_sasaran") else cI
            put(ws, f"{nc}{row}", it["name"])
            put(ws, f"{cU}{row}", it.get("unit"))
            put(ws, f"{cT}{row}", it["t"]); put(ws, f"{cR}{row}", it["r"])
            cap = it.get("cap")
            if cap is None and isinstance(kv(it["t"]), (int, float)) and kv(it["t"]) and not isinstance(it["t"], T) and not isinstance(it["r"], T):
                cap = F(f"={cR}{row}/{cT}{row}", None, "0.00%")
            put(ws, f"{cC}{row}", cap if cap is not None else "-")
            ag.key(b, ws, row, nc, year, it["name"], it["id"], it["t"], [f"{cT}{row}"], it["r"], [f"{cR}{row}"])
            if it.get("wrap2"):
                row += 1; put(ws, f"{cI}{row}", it["wrap2"])
            row += 1
    return row

def layout_tw(ag, b, ws, year, items, row, pairs=False):
    """Rencana aksi. pairs=False: one row, TW I-IV target & realisasi columns; pairs=True: row pair (Target / Realisasi) per indicator."""
    if not pairs:
        ws.merge_cells(start_row=row, start_column=1, end_row=row+1, end_column=1)
        ws.merge_cells(start_row=row, start_column=2, end_row=row+1, end_column=2)
        ws.merge_cells(start_row=row, start_column=3, end_row=row+1, end_column=3)
        ws.merge_cells(start_row=row, start_column=4, end_row=row+1, end_column=4)
        ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=8)
        ws.merge_cells(start_row=row, start_column=9, end_row=row, end_column=12)
        hdr(ws, row, ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target Triwulan", None, None, None, "Realisasi Triwulan"])
        hdr(ws, row+1, [None]*4 + ["TW I", "TW II", "TW III", "TW IV"]*2); row += 2
        for n, it in enumerate(items, 1):
            if it.get("band"):
                put(ws, f"B{row}", it["band"], bold=True); row += 1
            put(ws, f"A{row}", n); put(ws, f"B{row}", it["name"]); put(ws, f"C{row}", it.get("unit")); put(ws, f"D{row}", it["t"])
            for q in range(4):
                put(ws, f"{L(5+q)}{row}", it["tq"][q]); put(ws, f"{L(9+q)}{row}", it["rq"][q])
            ag.key(b, ws, row, "B", year, it["name"], it["id"], it["t"], [f"D{row}"], it["rq"], [f"{L(9+q)}{row}" for q in range(4)],
                   rrule=it["kind"])
            row += 1
    else:
        hdr(ws, row, ["No", "Indikator", "Satuan", "", f"Target {year}", "TW I", "TW II", "TW III", "TW IV", "Ket"]); row += 1
        for n, it in enumerate(items, 1):
            ws.merge_cells(start_row=row, start_column=1, end_row=row+1, end_column=1)
            ws.merge_cells(start_row=row, start_column=2, end_row=row+1, end_column=2)
            ws.merge_cells(start_row=row, start_column=3, end_row=row+1, end_column=3)
            put(ws, f"A{row}", n); put(ws, f"B{row}", it["name"]); put(ws, f"C{row}", it.get("unit"))
            put(ws, f"D{row}", "Target"); put(ws, f"D{row+1}", "Realisasi")
            put(ws, f"E{row}", it["t"])
            for q in range(4):
                put(ws, f"{L(6+q)}{row}", it["tq"][q]); put(ws, f"{L(6+q)}{row+1}", it["rq"][q])
            put(ws, f"J{row}", it.get("ket"))
            ag.key(b, ws, row, "B", year, it["name"], it["id"], it["t"], [f"E{row}"], it["rq"], [f"{L(6+q)}{row+1}" for q in range(4)],
                   rrule=it["kind"])
            row += 2
    return row

def layout_e81(ag, b, ws, year, prog, keg, items, row):
    """Permendagri 86 E.81. items under one programme / kegiatan / sub kegiatans."""
    heads = ["No", "Sasaran", "Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
             "Target Renstra (K)", "Target Renstra (Rp)", "Realisasi s.d. Renja thn lalu (K)", "Realisasi s.d. Renja thn lalu (Rp)",
             f"Target Renja {year} (K)", f"Target Renja {year} (Rp)",
             "Realisasi TW I (K)", "TW I (Rp)", "TW II (K)", "TW II (Rp)", "TW III (K)", "TW III (Rp)", "TW IV (K)", "TW IV (Rp)",
             f"Realisasi Capaian {year} (K)", f"Realisasi Capaian {year} (Rp)", "Tingkat Capaian Renja (K) %", "Tingkat Capaian Renja (Rp) %"]
    hdr(ws, row, heads); hdr(ws, row+1, [str(i) for i in range(1, len(heads)+1)]); row += 2
    n = 0; kcode = 0
    put(ws, f"C{row}", "1.04.02"); put(ws, f"D{row}", prog, bold=True); row += 1
    put(ws, f"C{row}", "1.04.02.2.01"); put(ws, f"D{row}", keg, bold=True); row += 1
    for it in items:
        n += 1
        if it.get("sub"):
            kcode += 1; put(ws, f"C{row}", f"1.04.02.2.01.{kcode:02d}"); put(ws, f"D{row}", it["sub"])
        put(ws, f"A{row}", n); put(ws, f"E{row}", it["name"])
        put(ws, f"F{row}", it.get("renstra")); put(ws, f"H{row}", it.get("prev"))
        put(ws, f"J{row}", it["t"]); put(ws, f"K{row}", it.get("rp"))
        for q in range(4): put(ws, f"{L(12+2*q)}{row}", it["rq"][q])
        r = it.get("rk")
        if r is None:
            if it["kind"] == "sum":
                r = F(f"=L{row}+N{row}+P{row}+R{row}", agg(it["rq"], "sum"))
            else:
                r = F(f"=R{row}", kv(it["rq"][3]))
        if callable(r): r = r(row)
        put(ws, f"T{row}", r)
        if it.get("rp"):
            put(ws, f"U{row}", F(f"=M{row}+O{row}+Q{row}+S{row}", None) if False else it.get("rprl"))
        if not isinstance(it["t"], T) and kv(it["t"]):
            put(ws, f"V{row}", F(f"=T{row}/J{row}*100", None, "0.00"))
        ag.key(b, ws, row, "E", year, it["name"], it["id"], it["t"], [f"J{row}"], r, [f"T{row}"])
        row += 1
    return row

def layout_renstra(ag, b, ws, year, years5, items, row):
    yi = years5.index(year)
    hdr(ws, row, ["No", "Tujuan/Sasaran/Indikator", "Satuan", "Kondisi Awal"] + [f"Target {y}" for y in years5] + [f"Realisasi {year}", "Kondisi Akhir Renstra"])
    row += 1
    for n, it in enumerate(items, 1):
        if it.get("band"): put(ws, f"B{row}", it["band"], bold=True); row += 1
        put(ws, f"A{row}", f"{n}."); put(ws, f"B{row}", it["name"]); put(ws, f"C{row}", it.get("unit")); put(ws, f"D{row}", it.get("awal"))
        for j in range(5):
            put(ws, f"{L(5+j)}{row}", it["t"] if j == yi else it["t5"][j])
        put(ws, f"J{row}", it["r"]); put(ws, f"K{row}", it["t5"][4])
        ag.key(b, ws, row, "B", year, it["name"], it["id"], it["t"], [f"{L(5+yi)}{row}"], it["r"], [f"J{row}"])
        row += 1
    return row

def layout_lkjip(ag, b, ws, year, items, row):
    ys = [year-3, year-2, year-1]
    ws.merge_cells(start_row=row, start_column=1, end_row=row+1, end_column=1)
    ws.merge_cells(start_row=row, start_column=2, end_row=row+1, end_column=2)
    ws.merge_cells(start_row=row, start_column=3, end_row=row+1, end_column=3)
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=6)
    ws.merge_cells(start_row=row, start_column=7, end_row=row, end_column=9)
    hdr(ws, row, ["No", "Indikator Kinerja", "Satuan", "Realisasi", None, None, f"Tahun {year}", None, None, "Target Akhir Renstra", "Capaian thd Renstra (%)"])
    hdr(ws, row+1, [None, None, None] + [str(y) for y in ys] + ["Target", "Realisasi", "Capaian (%)"]); row += 2
    for n, it in enumerate(items, 1):
        put(ws, f"A{row}", n); put(ws, f"B{row}", it["name"]); put(ws, f"C{row}", it.get("unit"))
        for j in range(3): put(ws, f"{L(4+j)}{row}", it["prev"][j])
        put(ws, f"G{row}", it["t"]); put(ws, f"H{row}", it["r"])
        if not isinstance(it["t"], T) and not isinstance(it["r"], T) and kv(it["t"]) and kv(it["r"]) is not None:
            put(ws, f"I{row}", F(f"=ROUND(H{row}/G{row}*100,2)", None))
        else: put(ws, f"I{row}", "-")
        put(ws, f"J{row}", it.get("renstra"))
        ag.key(b, ws, row, "B", year, it["name"], it["id"], it["t"], [f"G{row}"], it["r"], [f"H{row}"])
        row += 1
    return row

def layout_cards(ag, b, ws, year, items, row):
    """block per indicator: 5 rows each, two cards side by side"""
    for i, it in enumerate(items):
        c0 = 1 if i % 2 == 0 else 5
        r0 = row + (i // 2) * 6
        C = lambda k: L(c0 + k)
        put(ws, f"{C(0)}{r0}", f"IKU {i+1}", bold=True)
        ws.merge_cells(f"{C(1)}{r0}:{C(2)}{r0}"); put(ws, f"{C(1)}{r0}", it["name"], bold=True)
        put(ws, f"{C(0)}{r0+1}", "Satuan"); put(ws, f"{C(1)}{r0+1}", it.get("unit"))
        put(ws, f"{C(0)}{r0+2}", "Target"); put(ws, f"{C(1)}{r0+2}", it["t"])
        put(ws, f"{C(0)}{r0+3}", "Realisasi"); put(ws, f"{C(1)}{r0+3}", it["r"])
        put(ws, f"{C(0)}{r0+4}", "Keterangan"); put(ws, f"{C(1)}{r0+4}", it.get("ket", ""))
        ag.key(b, ws, r0, C(1), year, it["name"], it["id"], it["t"], [f"{C(1)}{r0+2}"], it["r"], [f"{C(1)}{r0+3}"])
    return row + ((len(items)+1)//2) * 6

def layout_across(ag, b, ws, year, items, row):
    """turned-over: indicators across columns; rows: No / Indikator / Satuan / Target / Realisasi / Capaian"""
    labels = ["No", "Indikator", "Satuan", f"Target {year}", f"Realisasi {year}", "Capaian"]
    for k, t in enumerate(labels): put(ws, f"A{row+k}", t, bold=True)
    for j, it in enumerate(items):
        c = L(2+j)
        put(ws, f"{c}{row}", j+1); put(ws, f"{c}{row+1}", it["name"]); put(ws, f"{c}{row+2}", it.get("unit"))
        put(ws, f"{c}{row+3}", it["t"]); put(ws, f"{c}{row+4}", it["r"])
        ag.key(b, ws, row+1, c, year, it["name"], it["id"], it["t"], [f"{c}{row+3}"], it["r"], [f"{c}{row+4}"], col=c)
    return row + 6

# ---------------- figures ----------------
def split4(total, integer=True):
    w = [0.22, 0.25, 0.26, 0.27]
    if integer:
        parts = [int(round(total * x)) for x in w[:3]]; parts.append(int(total - sum(parts)))
    else:
        parts = [round(total * x, 2) for x in w[:3]]; parts.append(round(total - sum(parts), 2))
    return parts

def level4(final, start):
    st = [start + (final - start) * k / 3 for k in range(4)]
    if float(final).is_integer() and float(start).is_integer(): return [int(round(v)) for v in st]
    return [round(v, 2) for v in st]

def build(spec, names, year, yi, over):
    """spec: id -> (kind, unit, t0, r0, step). names: id -> [name per year index]. over: {(year,id): {field: value}}"""
    out = []
    for id_, nm in names.items():
        if nm[yi] is None: continue
        kind, unit, t0, r0, st = spec[id_]
        t = t0 + st * yi; r = r0 + st * yi
        if isinstance(t, float): t = round(t, 2)
        if isinstance(r, float): r = round(r, 2)
        integer = isinstance(r, int)
        it = {"id": id_, "name": nm[yi], "unit": unit, "t": t, "r": r, "kind": kind,
              "tq": split4(t, isinstance(t, int)) if kind == "sum" else level4(t, t) ,
              "rq": split4(r, integer) if kind == "sum" else level4(r, (r * 0.9 if not integer else int(r * 0.9)))}
        if unit == "%":
            it["rq"] = [round(v, 2) for v in it["rq"]]
        it.update(over.get((year, id_), {}))
        out.append(it)
    return out

def pctify(it):
    """write % ids as fractions in %-formatted cells"""
    if it["unit"] == "%":
        for k in ("t", "r"):
            if isinstance(it[k], (int, float)) and not isinstance(it[k], bool): it[k] = P(round(it[k] / 100, 6))
    return it
