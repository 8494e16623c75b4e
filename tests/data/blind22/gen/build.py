# -*- coding: utf-8 -*-
"""Build the blind22 workbooks and key.json files.

Writes raw xlsx files with openpyxl into gen/build/raw/<slug>/, converts them with LibreOffice into
/work/blind22/<slug>/ (xlsx re-saved so formulas carry cached values, .xls and .ods converted),
and writes key.json per agency plus gen/build/cells.json (cell coordinates, for verify.py only).
"""
import json, os, shutil, subprocess, sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter as L

sys.path.insert(0, os.path.dirname(__file__))
from data import AGENCIES

ROOT = "/work/blind22"
RAW = os.path.join(ROOT, "gen", "build", "raw")
LO_ENV = "-env:UserInstallation=file:///tmp/lo-blind22"

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)


# ------------------------------------------------------------------ number rendering
def fmt_id(v, pct=False):
    """Indonesian text: '.' groups thousands, ',' decimal mark."""
    if v is None:
        return ""
    if abs(v - round(v)) < 1e-9:
        s = f"{int(round(v)):,}".replace(",", ".")
        return s
    dec = 2 if pct else (2 if abs(v * 10 - round(v * 10)) > 1e-9 else 1)
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def text_with_unit(v, unit):
    if v is None:
        return None
    pct = unit == "%"
    n = fmt_id(v, pct)
    if unit == "%":
        return f"{n} %"
    if unit == "Rp":
        return f"Rp. {n}"
    if unit == "Rp (juta)":
        return f"Rp. {n} (juta)"
    if unit == "nilai":
        return n
    return f"{n} {unit}"


def unit_label(unit):
    return {"Rp (juta)": "Rp. (juta)", "poin": "indeks", "Rp": "Rupiah"}.get(unit, unit)


def put_value(ws, cell, v, unit, style):
    """Write a figure in the file's style. Returns nothing; key keeps v."""
    c = ws[cell]
    if v is None:
        c.value = None
        return
    if style == "num":
        c.value = v
        if unit in ("Rp",) or (abs(v) >= 1000 and abs(v - round(v)) < 1e-9):
            c.number_format = "#,##0"
        elif abs(v - round(v)) > 1e-9:
            c.number_format = "0.00"
    elif style == "pctfrac":
        if unit == "%":
            c.value = round(v / 100.0, 6)
            c.number_format = "0.00%"
        else:
            c.value = v
            if abs(v) >= 1000 and abs(v - round(v)) < 1e-9:
                c.number_format = "#,##0"
            elif abs(v - round(v)) > 1e-9:
                c.number_format = "0.00"
    elif style == "idtext":
        c.value = text_with_unit(v, unit)
    elif style == "idtext_bare":
        c.value = fmt_id(v, unit == "%")
    else:
        raise ValueError(style)


def capaian(t, r, neg):
    if t is None or r is None or t == 0:
        return None
    if neg:
        return (2 * t - r) / t * 100
    return r / t * 100


def rnd2(x):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# ------------------------------------------------------------------ common pieces
def titles(ws, lines, ncol, start=1):
    r = start
    for ln in lines:
        ws.cell(r, 1, ln).font = BOLD
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    return r


def footer(ws, row, ag, year, ncol, style, sign_col=None):
    b, rb = ag["budget"][year]
    row += 1
    if style == "string":
        ws.cell(row, 2, f"Jumlah Anggaran Kegiatan Tahun {year} : Rp. {fmt_id(b)}")
        ws.cell(row + 1, 2, f"Jumlah Realisasi Anggaran Kegiatan Tahun {year} : Rp. {fmt_id(rb)}")
    else:
        ws.cell(row, 2, f"Jumlah Anggaran Tahun {year}")
        ws.cell(row, 3, ":")
        c = ws.cell(row, 4, b)
        c.number_format = '"Rp. "#,##0'
        ws.cell(row + 1, 2, f"Realisasi Anggaran Tahun {year}")
        ws.cell(row + 1, 3, ":")
        c = ws.cell(row + 1, 4, rb)
        c.number_format = '"Rp. "#,##0'
        ws.cell(row + 2, 2, "Serapan Anggaran")
        ws.cell(row + 2, 3, ":")
        c = ws.cell(row + 2, 4, f"=D{row + 1}/D{row}")
        c.number_format = "0.00%"
        row += 1
    row += 3
    sc = sign_col or max(ncol - 2, 3)
    name, rank, nip = ag["head"]
    ws.cell(row, sc, f"{ag['place']}, 31 Desember {year}")
    ws.cell(row + 1, sc, f"Kepala {ag['short'].title().replace('Dan', 'dan')},")
    ws.cell(row + 5, sc, name).font = Font(bold=True, underline="single")
    ws.cell(row + 6, sc, rank)
    ws.cell(row + 7, sc, nip)
    return row + 8


def present(ag, yi):
    return [i for i in ag["ind"] if i["names"][yi] is not None]


def groups(inds):
    out = []
    for i in inds:
        if out and out[-1][0] == i["sas"]:
            out[-1][1].append(i)
        else:
            out.append((i["sas"], [i]))
    return out


# ------------------------------------------------------------------ annual table layout
HEAD_TXT = {
    "no": "No", "sas": "Sasaran Strategis", "ind": "Indikator Kinerja", "sat": "Satuan",
    "prev": "Realisasi {py}", "t": "Target", "tu": None, "r": "Realisasi", "ru": None, "cap": "% Capaian",
}


def annual_sheet(ws, ag, year, o, keyrows, cells, fname):
    """o: dict(cols, sasmode, hdr ('one'|'two'|'year2'), numrow, style, cap ('formula'|'num'|'text'),
    prefixnum, moved (id), blankgroups, footer, titles)"""
    yi = ag["years"].index(year)
    cols = o["cols"]
    ci = {k: j + 1 for j, k in enumerate(cols)}
    ncol = len(cols)
    widths = {"no": 5, "sas": 30, "ind": 48, "sat": 11, "prev": 14, "t": 14, "tu": 10, "r": 14, "ru": 10, "cap": 11}
    for k, j in ci.items():
        ws.column_dimensions[L(j)].width = widths[k]
    row = titles(ws, o["titles"], ncol)
    if o.get("subtitle"):
        for s in o["subtitle"]:
            ws.cell(row, 1, s)
            row += 1
    row += 1
    # header
    h0 = row
    capname = o.get("caplabel", "% Capaian")
    if o["hdr"] == "one":
        for k, j in ci.items():
            txt = HEAD_TXT[k]
            if k == "prev":
                txt = txt.format(py=year - 1)
            if k == "cap":
                txt = capname
            if k in ("tu", "ru"):
                continue
            ws.cell(row, j, txt)
            if k in ("t", "r") and (k + "u") in ci:
                ws.merge_cells(start_row=row, start_column=j, end_row=row, end_column=j + 1)
        row += 1
    elif o["hdr"] == "year2":
        # row 1: fixed columns merged vertically; "Tahun YYYY" over t..cap
        first_fig = min(ci[k] for k in cols if k in ("t", "tu", "r", "ru", "cap"))
        last_fig = max(ci[k] for k in cols if k in ("t", "tu", "r", "ru", "cap"))
        for k, j in ci.items():
            if j < first_fig or j > last_fig:
                txt = HEAD_TXT[k].format(py=year - 1) if k == "prev" else HEAD_TXT[k]
                ws.cell(row, j, txt)
                ws.merge_cells(start_row=row, start_column=j, end_row=row + 1, end_column=j)
        ws.cell(row, first_fig, f"Tahun {year}")
        ws.merge_cells(start_row=row, start_column=first_fig, end_row=row, end_column=last_fig)
        for k in ("t", "r", "cap"):
            if k in ci:
                ws.cell(row + 1, ci[k], capname if k == "cap" else HEAD_TXT[k])
                if (k + "u") in ci:
                    ws.merge_cells(start_row=row + 1, start_column=ci[k], end_row=row + 1, end_column=ci[k] + 1)
        row += 2
    for r_ in range(h0, row):
        for j in range(1, ncol + 1):
            ws.cell(r_, j).font = BOLD
            ws.cell(r_, j).alignment = CENTER
            ws.cell(r_, j).border = BOX
    if o.get("numrow"):
        n = 1
        for k, j in ci.items():
            if k in ("tu", "ru"):
                continue
            ws.cell(row, j, f"({n})")
            ws.cell(row, j).alignment = CENTER
            if (k + "u") in ci:
                ws.merge_cells(start_row=row, start_column=j, end_row=row, end_column=j + 1)
            n += 1
        row += 1
    # body
    style = o["style"]
    inds = present(ag, yi)
    num = 0
    prevyi = yi - 1
    for gi, (sas, items) in enumerate(groups(inds)):
        if o.get("blankgroups") and gi > 0:
            row += 1
        g0 = row
        moved_row = None
        for k, ind in enumerate(items):
            num += 1
            name = ind["names"][yi]
            if o.get("prefixnum"):
                name = f"{num}. {name}"
            t, r = ind["t"][yi], ind["r"][yi]
            moved = o.get("moved") == ind["id"]
            if "no" in ci:
                ws.cell(row, ci["no"], num)
            namecol = ci["sas"] if moved else ci["ind"]
            ws.cell(row, namecol, name)
            if moved:
                moved_row = row
            if "sat" in ci:
                ws.cell(row, ci["sat"], unit_label(ind["unit"]))
            put_value(ws, f"{L(ci['t'])}{row}", t, ind["unit"], style)
            put_value(ws, f"{L(ci['r'])}{row}", r, ind["unit"], style)
            if "tu" in ci:
                ws.cell(row, ci["tu"], unit_label(ind["unit"]))
                ws.cell(row, ci["ru"], unit_label(ind["unit"]) if r is not None else None)
            if "prev" in ci:
                pv = ind["r"][prevyi] if ind["names"][prevyi] is not None else None
                if pv is None:
                    ws.cell(row, ci["prev"], "-")
                else:
                    put_value(ws, f"{L(ci['prev'])}{row}", pv, ind["unit"], style)
            cap = capaian(t, r, ind["neg"])
            cc = ws.cell(row, ci["cap"])
            if cap is not None:
                if o["cap"] == "formula" and style in ("num", "pctfrac"):
                    T, R = f"{L(ci['t'])}{row}", f"{L(ci['r'])}{row}"
                    cc.value = (f"=ROUND((2*{T}-{R})/{T}*100,2)" if ind["neg"] else f"=ROUND({R}/{T}*100,2)")
                    cc.number_format = "0.00"
                elif o["cap"] == "text":
                    cc.value = fmt_id(rnd2(cap), True)
                else:
                    cc.value = rnd2(cap)
                    cc.number_format = "0.00"
            # key
            keyrows.append(dict(file=fname, sheet=ws.title, row=row, year=year, written=name, same_as=ind["id"],
                                target=t, realisasi=r))
            cells.append(dict(file=fname, sheet=ws.title, row=row, name=f"{L(namecol)}{row}",
                              t=f"{L(ci['t'])}{row}", r=f"{L(ci['r'])}{row}"))
            for j in range(1, ncol + 1):
                ws.cell(row, j).border = BOX
                ws.cell(row, j).alignment = WRAP
            row += 1
        # sasaran cell
        sasname = ag["sasaran"][sas]
        last = row - 1 if moved_row is None else moved_row - 1
        mode = o["sasmode"]
        if mode == "every":
            for rr in range(g0, row):
                if rr != moved_row:
                    ws.cell(rr, ci["sas"], sasname)
        else:
            ws.cell(g0, ci["sas"], sasname)
            if mode == "merged" and last > g0:
                ws.merge_cells(start_row=g0, start_column=ci["sas"], end_row=last, end_column=ci["sas"])
    return footer(ws, row, ag, year, ncol, o.get("footer", "string"))


# ------------------------------------------------------------------ quarterly splits
def quarters(ind, yi):
    t, r = ind["t"][yi], ind["r"][yi]
    unit = ind["unit"]
    if ind["kind"] == "flow":
        def split(v, w):
            if v is None:
                return [None] * 4
            intlike = abs(v - round(v)) < 1e-9
            parts = []
            for x in w[:3]:
                p = v * x
                parts.append(round(p) if intlike else round(p, 2))
            parts.append(round(v - sum(parts), 2) if not intlike else int(round(v - sum(parts))))
            return parts
        return split(t, [0.25, 0.25, 0.25, 0.25]), split(r, [0.15, 0.25, 0.3, 0.3]), "sum"
    if unit in ("nilai", "poin"):
        return [None, None, None, t], [None, None, None, r], "last"
    p = ind["r"][yi - 1] if yi > 0 and ind["r"][yi - 1] is not None else (t * 0.97 if t else None)
    tq = [round(p + (t - p) * k / 4, 2) for k in (1, 2, 3)] + [t]
    rq = [None] * 4 if r is None else [round(p + (r - p) * k / 4, 2) for k in (1, 2, 3)] + [r]
    return tq, rq, "last"


def ra_row_sheet(ws, ag, year, o, keyrows, cells, fname):
    yi = ag["years"].index(year)
    heads = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target Tahunan"]
    ncol = 15
    widths = [5, 30, 46, 10, 12] + [10] * 8 + [13, 11]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[L(j)].width = w
    row = titles(ws, o["titles"], ncol) + 1
    h = row
    for j, tx in enumerate(heads, 1):
        ws.cell(row, j, tx)
        ws.merge_cells(start_row=row, start_column=j, end_row=row + 1, end_column=j)
    for q, lab in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
        c = 6 + 2 * q
        ws.cell(row, c, lab)
        ws.merge_cells(start_row=row, start_column=c, end_row=row, end_column=c + 1)
        ws.cell(row + 1, c, "Target")
        ws.cell(row + 1, c + 1, "Realisasi")
    ws.cell(row, 14, "Realisasi Tahun " + str(year))
    ws.merge_cells(start_row=row, start_column=14, end_row=row + 1, end_column=14)
    ws.cell(row, 15, "Capaian (%)")
    ws.merge_cells(start_row=row, start_column=15, end_row=row + 1, end_column=15)
    row += 2
    for j in range(1, ncol + 1):
        ws.cell(row, j, j)
    for rr in range(h, row + 1):
        for j in range(1, ncol + 1):
            ws.cell(rr, j).font = BOLD
            ws.cell(rr, j).alignment = CENTER
            ws.cell(rr, j).border = BOX
    row += 1
    style = o["style"]
    num = 0
    for sas, items in groups(present(ag, yi)):
        g0 = row
        for ind in items:
            num += 1
            t, r = ind["t"][yi], ind["r"][yi]
            tq, rq, agg = quarters(ind, yi)
            ws.cell(row, 1, num)
            ws.cell(row, 3, ind["names"][yi])
            ws.cell(row, 4, unit_label(ind["unit"]))
            put_value(ws, f"E{row}", t, ind["unit"], style)
            for q in range(4):
                tc, rc = f"{L(6 + 2 * q)}{row}", f"{L(7 + 2 * q)}{row}"
                if tq[q] is None:
                    ws[tc] = "-"
                else:
                    put_value(ws, tc, tq[q], ind["unit"], style)
                if rq[q] is None:
                    ws[rc] = "-" if tq[q] is None else None
                else:
                    put_value(ws, rc, rq[q], ind["unit"], style)
            if r is not None:
                c = ws[f"N{row}"]
                c.value = f"=SUM(G{row},I{row},K{row},M{row})" if agg == "sum" else f"=M{row}"
                c.number_format = ws[f"M{row}"].number_format
                cap = f"=ROUND((2*E{row}-N{row})/E{row}*100,2)" if ind["neg"] else f"=ROUND(N{row}/E{row}*100,2)"
                ws[f"O{row}"] = cap
                ws[f"O{row}"].number_format = "0.00"
            keyrows.append(dict(file=fname, sheet=ws.title, row=row, year=year, written=ind["names"][yi],
                                same_as=ind["id"], target=t, realisasi=r))
            cells.append(dict(file=fname, sheet=ws.title, row=row, name=f"C{row}", t=f"E{row}", r=f"N{row}"))
            for j in range(1, ncol + 1):
                ws.cell(row, j).border = BOX
                ws.cell(row, j).alignment = WRAP
            row += 1
        ws.cell(g0, 2, ag["sasaran"][sas])
        if row - 1 > g0:
            ws.merge_cells(start_row=g0, start_column=2, end_row=row - 1, end_column=2)
    return footer(ws, row, ag, year, ncol, o.get("footer", "cells"), sign_col=12)


def ra_block_sheet(ws, ag, year, o, keyrows, cells, fname):
    """Bone-like: each indicator is a block of five lines (Target Tahunan, TW I..IV)."""
    yi = ag["years"].index(year)
    heads = ["No", "Sasaran Strategis", "Indikator Sasaran", "Satuan", "Kriteria Keberhasilan",
             "Target", "Realisasi", "% Capaian", "Keterangan"]
    ncol = len(heads)
    for j, w in enumerate([5, 30, 44, 10, 18, 12, 12, 11, 26], 1):
        ws.column_dimensions[L(j)].width = w
    row = titles(ws, o["titles"], ncol) + 1
    for j, tx in enumerate(heads, 1):
        ws.cell(row, j, tx)
        ws.cell(row + 1, j, f"({j})")
        for rr in (row, row + 1):
            ws.cell(rr, j).font = BOLD
            ws.cell(rr, j).alignment = CENTER
            ws.cell(rr, j).border = BOX
    row += 2
    style = o["style"]
    num = 0
    labels = ["Target Tahunan", "TW I (B03)", "TW II (B06)", "TW III (B09)", "TW IV (B12)"]
    for sas, items in groups(present(ag, yi)):
        g0 = row
        for ind in items:
            num += 1
            t, r = ind["t"][yi], ind["r"][yi]
            tq, rq, agg = quarters(ind, yi)
            ws.cell(row, 1, f"{num}.")
            ws.cell(row, 3, ind["names"][yi])
            ws.cell(row, 4, unit_label(ind["unit"]))
            for k in (1, 3, 4):
                ws.merge_cells(start_row=row, start_column=k, end_row=row + 4, end_column=k)
            for li, lab in enumerate(labels):
                rr = row + li
                ws.cell(rr, 5, lab)
                if li == 0:
                    put_value(ws, f"F{rr}", t, ind["unit"], style)
                    if r is not None:
                        if agg == "sum":
                            ws[f"G{rr}"] = f"=G{rr + 1}+G{rr + 2}+G{rr + 3}+G{rr + 4}"
                            ws[f"G{rr}"].number_format = ws[f"G{rr + 4}"].number_format
                        else:
                            put_value(ws, f"G{rr}", r, ind["unit"], style)
                    else:
                        ws[f"I{rr}"] = "Data IKLH belum dirilis KLHK"
                else:
                    q = li - 1
                    if tq[q] is None:
                        ws[f"F{rr}"] = "-"
                    else:
                        put_value(ws, f"F{rr}", tq[q], ind["unit"], style)
                    if rq[q] is None:
                        ws[f"G{rr}"] = "-" if tq[q] is None else None
                    else:
                        put_value(ws, f"G{rr}", rq[q], ind["unit"], style)
                    if tq[q] is not None and rq[q] is not None:
                        ws[f"H{rr}"] = f"=ROUND(G{rr}/F{rr}*100,2)"
                        ws[f"H{rr}"].number_format = "0.00"
                for j in range(1, ncol + 1):
                    ws.cell(rr, j).border = BOX
                    ws.cell(rr, j).alignment = WRAP
            if r is not None:
                ws[f"H{row}"] = f"=ROUND(G{row}/F{row}*100,2)"
                ws[f"H{row}"].number_format = "0.00"
            keyrows.append(dict(file=fname, sheet=ws.title, row=row, year=year, written=ind["names"][yi],
                                same_as=ind["id"], target=t, realisasi=r))
            cells.append(dict(file=fname, sheet=ws.title, row=row, name=f"C{row}", t=f"F{row}", r=f"G{row}"))
            row += 5
        ws.cell(g0, 2, ag["sasaran"][sas])
        ws.merge_cells(start_row=g0, start_column=2, end_row=row - 1, end_column=2)
    return footer(ws, row, ag, year, ncol, "string", sign_col=7)


# ------------------------------------------------------------------ file plan
def T(ag, year, kind="PENGUKURAN KINERJA"):
    return [kind, ag["short"], ag["region"], f"TAHUN {year}"]


def plan(ag):
    s = ag["slug"]
    if s == "dlh-tanah-laut":
        return [
            ("PK_DLH_2019.xlsx", [("PK 2019", 2019, "annual", dict(
                cols=["sas", "ind", "t", "tu", "r", "ru", "cap"], sasmode="merged", hdr="one", numrow=True,
                style="num", cap="formula", caplabel="%", titles=T(ag, 2019),
                subtitle=["Kabupaten : Tanah Laut", "Nama SKPD : Dinas Lingkungan Hidup"], footer="string"))]),
            ("Pengukuran Kinerja DLH 2020-2021.ods", [
                ("2020", 2020, "annual", dict(cols=["no", "sas", "ind", "t", "r", "cap"], sasmode="once", hdr="one",
                                              style="idtext", cap="text", caplabel="% Realisasi",
                                              titles=T(ag, 2020), footer="string")),
                ("2021", 2021, "annual", dict(cols=["no", "sas", "ind", "prev", "t", "r", "cap"], sasmode="once",
                                              hdr="one", numrow=True, style="idtext", cap="num",
                                              titles=["PENGUKURAN KINERJA TAHUN 2021",
                                                      "DINAS LINGKUNGAN HIDUP KABUPATEN TANAH LAUT"],
                                              footer="cells")),
            ]),
            ("RA_PK_DLH_2022.xls", [("RA 2022", 2022, "block", dict(
                style="pctfrac", titles=["RENCANA AKSI DAN PENGUKURAN KINERJA", ag["short"] + " " + ag["region"],
                                         "TAHUN ANGGARAN 2022"]))]),
        ]
    if s == "dpupr-palopo":
        return [
            ("LAPORAN PENGUKURAN KINERJA 2020.xls", [("Sheet1", 2020, "annual", dict(
                cols=["no", "sas", "ind", "sat", "t", "r", "cap"], sasmode="every", hdr="year2", style="num",
                cap="formula", caplabel="%", titles=T(ag, 2020), footer="cells"))]),
            ("RENAKSI PUPR 2021.xlsx", [("Renaksi TW IV", 2021, "rarow", dict(
                style="pctfrac", titles=["RENCANA AKSI PERJANJIAN KINERJA (REALISASI S.D. TRIWULAN IV)",
                                         ag["short"] + " " + ag["region"], "TAHUN 2021"]))]),
            ("PK_PUPR_2022.xlsx", [("PK 2022", 2022, "annual", dict(
                cols=["sas", "ind", "sat", "t", "r", "cap"], sasmode="merged", hdr="one", style="pctfrac",
                cap="formula", caplabel="Capaian (%)", prefixnum=True, moved="pu09", titles=T(ag, 2022),
                footer="string"))]),
            ("pengukuran_kinerja_2023.ods", [("PK2023", 2023, "annual", dict(
                cols=["no", "sas", "ind", "t", "r", "cap"], sasmode="merged", hdr="one", numrow=True,
                style="idtext", cap="num", titles=T(ag, 2023), footer="string"))]),
        ]
    if s == "disbudpar-toraja-utara":
        return [
            ("PK Disbudpar 2018 2019.xlsx", [
                ("TH 2018", 2018, "annual", dict(cols=["no", "sas", "ind", "sat", "t", "r", "cap"], sasmode="once",
                                                 hdr="one", numrow=True, style="num", cap="num", blankgroups=True,
                                                 titles=T(ag, 2018), footer="string")),
                ("TH 2019", 2019, "annual", dict(cols=["sas", "ind", "t", "r", "cap"], sasmode="once", hdr="one",
                                                 style="idtext", cap="text", caplabel="%",
                                                 titles=T(ag, 2019), footer="string")),
            ]),
            ("PK 2020.ods", [("Pengukuran Kinerja", 2020, "annual", dict(
                cols=["no", "sas", "ind", "sat", "t", "r", "cap"], sasmode="merged", hdr="year2", style="num",
                cap="formula", moved="pw11", titles=T(ag, 2020), footer="cells"))]),
            ("PK_2021.xls", [("2021", 2021, "annual", dict(
                cols=["no", "sas", "ind", "sat", "prev", "t", "r", "cap"], sasmode="merged", hdr="year2",
                style="pctfrac", cap="formula", titles=T(ag, 2021), footer="cells"))]),
        ]


def soffice(fmt, src, outdir):
    subprocess.run(["soffice", "--headless", LO_ENV, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    allcells = []
    for ag in AGENCIES:
        out = os.path.join(ROOT, ag["slug"])
        raw = os.path.join(RAW, ag["slug"])
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(raw, ignore_errors=True)
        os.makedirs(out)
        os.makedirs(raw)
        keyrows, files = [], []
        for fname, sheets in plan(ag):
            wb = Workbook()
            wb.remove(wb.active)
            for sname, year, lay, o in sheets:
                ws = wb.create_sheet(sname)
                fn = {"annual": annual_sheet, "rarow": ra_row_sheet, "block": ra_block_sheet}[lay]
                fn(ws, ag, year, o, keyrows, allcells, fname)
            base, ext = os.path.splitext(fname)
            rawpath = os.path.join(raw, base + ".xlsx")
            wb.save(rawpath)
            soffice(ext[1:], rawpath, out)
            assert os.path.exists(os.path.join(out, fname)), fname
            files.append(fname)
        key = dict(agency=ag["agency"], years=ag["years"], files=files, rows=keyrows, ambiguous=ag["ambiguous"])
        with open(os.path.join(out, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        print(ag["slug"], len(keyrows), "key rows")
    with open(os.path.join(ROOT, "gen", "build", "cells.json"), "w", encoding="utf-8") as f:
        json.dump(allcells, f, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
