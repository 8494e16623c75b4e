#!/usr/bin/env python3
"""Independent checker for blind19.

For every workbook it (1) converts .xls/.ods to .xlsx in a temporary directory, (2) opens it twice (formulas and
cached values), (3) re-derives every computed cell from the workbook's own conventions (written out per file below,
not imported from the builder) and every consistency rule (sums, cumulative series, budgets), and (4) verifies the
key: every violation found sits on a listed mistake cell and every mistake cell is a violation (a wrong value, or a
wrong formula for mistakes flagged value_right_formula_wrong); `correct` and `formula` agree with the cells; trap and
clean rows have no violation; every data row is listed exactly once; indicator figures match the cells.
Prints OK and exits 0 when everything holds.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_UP, getcontext

import openpyxl
from openpyxl.utils import get_column_letter, column_index_from_string

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LO_PROFILE = "file:///tmp/lo-blind19"
DASH = "<dash>"
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def rnd(x, nd):
    return Decimal(x).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def dec(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, float):
        return Decimal(repr(x))
    return Decimal(str(x))


def parse(v):
    """Cell value -> Decimal, DASH, None (empty) or str (text that is not a number)."""
    if v is None:
        return None
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        return dec(v)
    s = str(v).strip()
    if s == "":
        return None
    if s in ("-", "\u2013"):
        return DASH
    t = s.replace("Rp.", "").replace("Rp", "").replace(",-", "").replace(" ", "")
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    try:
        return Decimal(t)
    except Exception:
        return s


class Sheet:
    def __init__(self, name, wf, wv):
        self.name = name
        self.wf = wf
        self.wv = wv

    def raw(self, ref):
        return self.wv[ref].value

    def v(self, ref):
        return parse(self.wv[ref].value)

    def n(self, ref):
        p = self.v(ref)
        if p is None or p == DASH:
            return Decimal(0)
        if isinstance(p, str):
            raise ValueError(f"{self.name}!{ref}: not a number: {p!r}")
        return p

    def formula(self, ref):
        f = self.wf[ref].value
        if isinstance(f, str) and f.startswith("="):
            return f
        return None

    def text(self, ref):
        v = self.wv[ref].value
        return "" if v is None else str(v).strip()

    def display(self, ref):
        """(scale, decimals) of the cell as displayed."""
        c = self.wv[ref]
        if isinstance(c.value, str):
            s = c.value.strip()
            m = re.search(r"[,.](\d+)$", s.replace(",-", "")) if "Rp" not in s else None
            return 1, (len(m.group(1)) if m and "," in s else 0)
        fmt = (c.number_format or "General").split(";")[0]
        scale = 100 if "%" in fmt else 1
        if fmt == "General":
            r = repr(float(c.value)) if c.value is not None else "0"
            d = len(r.split(".")[1]) if "." in r and not r.endswith(".0") else 0
            return scale, min(d, 10)
        m = re.search(r"\.(0+)", fmt)
        return scale, (len(m.group(1)) if m else 0)


def norm_f(f):
    return None if f is None else f.replace(" ", "").replace("$", "").upper()


class Ctx:
    def __init__(self, key):
        self.key = key
        self.viol = []
        self.expect = {}
        self.rows = set()

    def value(self, sh, ref, exp, qty, what):
        self.expect[(sh.name, ref)] = (exp, qty, sh)
        if not matches(sh, ref, exp):
            self.viol.append({"sheet": sh.name, "cells": {ref: exp}, "type": "value", "what": what,
                              "got": sh.raw(ref)})

    def formula(self, sh, ref, fexp, what):
        got = sh.formula(ref)
        if fexp == "ANY":
            if got is None:
                self.viol.append({"sheet": sh.name, "cells": {ref: None}, "type": "formula", "what": what, "got": sh.raw(ref)})
            return
        if norm_f(got) != norm_f(fexp):
            self.viol.append({"sheet": sh.name, "cells": {ref: None}, "type": "formula", "what": what, "got": got})

    def consistency(self, sh, cells, what):
        self.viol.append({"sheet": sh.name, "cells": cells, "type": "consistency", "what": what, "got": None})

    def series(self, sh, refs, what, qty="num"):
        """Cumulative series must not fall; dashes/empties are skipped. Swap hint when swapping fixes it."""
        pts = [(r, sh.v(r)) for r in refs]
        pts = [(r, v) for r, v in pts if isinstance(v, Decimal)]
        for i in range(1, len(pts)):
            if pts[i][1] < pts[i - 1][1]:
                vals = [v for _, v in pts]
                sw = vals[:]
                sw[i - 1], sw[i] = sw[i], sw[i - 1]
                ok = all(sw[k] <= sw[k + 1] for k in range(len(sw) - 1))
                cells = {pts[i - 1][0]: (pts[i][1] if ok else None), pts[i][0]: (pts[i - 1][1] if ok else None)}
                self.consistency(sh, cells, what)
                return


def matches(sh, ref, exp):
    got = sh.v(ref)
    if exp == DASH:
        return got == DASH
    if got == DASH and isinstance(exp, Decimal) and exp == 0:
        return True
    if isinstance(exp, str):
        return isinstance(got, str) and got == exp
    if not isinstance(got, Decimal):
        return False
    scale, d = sh.display(ref)
    return rnd(got * scale, d) == rnd(exp * scale, d)


def fmt_correct(sh, ref, exp, qty):
    if exp is None or exp == DASH or isinstance(exp, str):
        return None
    scale, d = sh.display(ref)
    if qty == "pct":
        return str(rnd(exp * scale, 2))
    if qty == "rp":
        return str(rnd(exp, 0))
    return str(rnd(exp * scale, d))


def category(v):
    v = rnd(v, 2)
    if v >= 91:
        return "Sangat Tinggi"
    if v >= 76:
        return "Tinggi"
    if v >= 66:
        return "Sedang"
    if v >= 51:
        return "Rendah"
    return "Sangat Rendah"


def code_level(code):
    parts = code.split(".") if code else []
    return {3: "program", 5: "kegiatan", 6: "sub"}.get(len(parts), "sasaran")


def children(rows, levels, r, child_level):
    """rows following r at child_level until a row of r's level or higher."""
    order = {"program": 0, "kegiatan": 1, "sub": 2}
    out = []
    idx = rows.index(r)
    for k in rows[idx + 1:]:
        lv = levels[k]
        if lv not in order or order[lv] <= order[levels[r]]:
            break
        if lv == child_level:
            out.append(k)
    return out


# ---------------------------------------------------------------- per-file rules
def rules_klaten(ctx, shs):
    sh = shs["RA TW IV 2023"]
    Q = [("G", "H", "I"), ("J", "K", "L"), ("M", "N", "O"), ("P", "Q", "R")]
    rows, levels = [], {}
    r = 8
    while sh.text(f"D{r}") or sh.text(f"A{r}") == "JUMLAH":
        if sh.text(f"A{r}") == "JUMLAH":
            total = r
            break
        rows.append(r)
        levels[r] = code_level(sh.text(f"B{r}"))
        r += 1
    for r in rows + [total]:
        ctx.rows.add((sh.name, r))
    for r in rows:
        for t, re_, p in Q:
            tv = sh.n(f"{t}{r}")
            exp = DASH if tv == 0 else sh.n(f"{re_}{r}") / tv * 100
            ctx.value(sh, f"{p}{r}", exp, "pct", "capaian TW")
            ctx.formula(sh, f"{p}{r}", f'=IF({t}{r}=0,"-",{re_}{r}/{t}{r}*100)', "capaian formula")
        ctx.series(sh, [f"{t}{r}" for t, _, _ in Q], "cumulative target falls")
        if sh.n(f"P{r}") != sh.n(f"F{r}"):
            ctx.consistency(sh, {f"F{r}": None, f"P{r}": None}, "TW IV target != annual")
        ctx.series(sh, [f"{x}{r}" for _, x, _ in Q], "cumulative realisasi falls")
        ctx.value(sh, f"S{r}", sh.n(f"Q{r}"), "num", "year realisasi = s.d. TW IV")
        ctx.formula(sh, f"S{r}", f"=Q{r}", "year formula")
        ctx.value(sh, f"T{r}", sh.n(f"S{r}") / sh.n(f"F{r}") * 100, "pct", "year capaian")
        ctx.formula(sh, f"T{r}", f"=S{r}/F{r}*100", "year capaian formula")
    bud_rows = [r for r in rows if sh.v(f"U{r}") is not None]
    for r in bud_rows + [total]:
        ctx.value(sh, f"Z{r}", sum(sh.n(f"{c}{r}") for c in "VWXY"), "rp", "jumlah realisasi")
        ctx.formula(sh, f"Z{r}", f"=SUM(V{r}:Y{r})" if r != total else "ANY", "jumlah formula")
        ctx.value(sh, f"AA{r}", sh.n(f"Z{r}") / sh.n(f"U{r}") * 100, "pct", "serapan")
        ctx.formula(sh, f"AA{r}", f"=Z{r}/U{r}*100", "serapan formula")
        if sh.n(f"Z{r}") > sh.n(f"U{r}"):
            ctx.consistency(sh, {f"{c}{r}": None for c in "VWXYZ"}, "realisasi anggaran > anggaran")
    for r in bud_rows:
        lv = levels[r]
        kids = children(rows, levels, r, {"program": "kegiatan", "kegiatan": "sub"}.get(lv, ""))
        if lv in ("program", "kegiatan"):
            for c in "UVWXY":
                ctx.value(sh, f"{c}{r}", sum(sh.n(f"{c}{k}") for k in kids), "rp", f"{lv} sum")
                ctx.formula(sh, f"{c}{r}", "ANY", f"{lv} sum formula")
    progs = [r for r in rows if levels[r] == "program"]
    for c in "UVWXY":
        ctx.value(sh, f"{c}{total}", sum(sh.n(f"{c}{p}") for p in progs), "rp", "total")
    inds = {r: (sh.text(f"D{r}"), sh.v(f"F{r}"), sh.v(f"S{r}"), sh.text(f"E{r}"), sh, f"F{r}", f"S{r}") for r in rows}
    return inds


def rules_madiun(ctx, shs):
    sh = shs["Renaksi TW IV"]
    rows, levels = [], {}
    r = 8
    while True:
        if sh.text(f"A{r}") == "JUMLAH":
            total = r
            break
        rows.append(r)
        levels[r] = code_level(sh.text(f"B{r}"))
        r += 1
    for r in rows + [total]:
        ctx.rows.add((sh.name, r))
    grades = ["D", "C", "CC", "B", "BB", "A", "AA"]
    for r in rows:
        unit = sh.text(f"E{r}")
        last = unit in ("%", "Tahun", "Predikat") or "KH" in unit
        g = sh.v(f"G{r}")
        if isinstance(g, str) and g in grades:
            if sh.text(f"K{r}") != g:
                ctx.consistency(sh, {f"K{r}": None}, "TW IV grade target != annual")
            ctx.value(sh, f"P{r}", sh.text(f"O{r}"), "num", "year grade = TW IV")
            p = sh.text(f"P{r}")
            exp = Decimal(100) if grades.index(p) >= grades.index(g) else None
            if exp is None:
                ctx.consistency(sh, {f"Q{r}": None}, "grade below target")
            else:
                ctx.value(sh, f"Q{r}", exp, "pct", "grade capaian")
        else:
            if last:
                if sh.n(f"K{r}") != g:
                    ctx.consistency(sh, {f"G{r}": None, f"K{r}": None}, "TW IV target != annual")
                ctx.value(sh, f"P{r}", sh.n(f"O{r}"), "num", "year realisasi = TW IV")
            else:
                if sum(sh.n(f"{c}{r}") for c in "HIJK") != g:
                    ctx.consistency(sh, {f"{c}{r}": None for c in "GHIJK"}, "quarter targets != annual")
                ctx.value(sh, f"P{r}", sum(sh.n(f"{c}{r}") for c in "LMNO"), "num", "year realisasi = sum")
            p = sh.n(f"P{r}")
            if sh.text(f"F{r}") == "Negatif":
                exp = (2 * g - p) / g * 100
            else:
                exp = p / g * 100
            ctx.value(sh, f"Q{r}", exp, "pct", "capaian")
        q = sh.v(f"Q{r}")
        if isinstance(q, Decimal):
            ctx.value(sh, f"R{r}", category(q), "cat", "category")
    bud_rows = [r for r in rows if sh.v(f"S{r}") is not None]
    for r in bud_rows + [total]:
        ctx.value(sh, f"U{r}", sh.n(f"T{r}") / sh.n(f"S{r}") * 100, "pct", "serapan")
        if sh.n(f"T{r}") > sh.n(f"S{r}"):
            ctx.consistency(sh, {f"T{r}": None}, "realisasi > anggaran")
    for r in bud_rows:
        lv = levels[r]
        if lv == "program":
            kids = children(rows, levels, r, "kegiatan")
        elif lv == "kegiatan":
            kids = children(rows, levels, r, "sub")
        else:
            kids = []
        if kids:
            for c in "ST":
                ctx.value(sh, f"{c}{r}", sum(sh.n(f"{c}{k}") for k in kids), "rp", f"{lv} sum")
    progs = [r for r in rows if levels[r] == "program"]
    for c in "ST":
        ctx.value(sh, f"{c}{total}", sum(sh.n(f"{c}{p}") for p in progs), "rp", "total")
    return {r: (sh.text(f"D{r}"), sh.v(f"G{r}"), sh.v(f"P{r}"), sh.text(f"E{r}"), sh, f"G{r}", f"P{r}") for r in rows}


def rules_gowa(ctx, shs):
    sh = shs["RA TW IV 2022"]
    pk = shs["PK 2022"]
    blocks = [r for r in range(8, 80) if sh.text(f"E{r}") == "Target Tahunan"]
    levels = {}
    for r in blocks:
        m = re.match(r"^(\d+(?:\.\d+)+)\s", sh.text(f"B{r}"))
        levels[r] = code_level(m.group(1)) if m else "sasaran"
        for i in range(5):
            ctx.rows.add((sh.name, r + i))
    info = {}
    for r in blocks:
        unit = sh.text(f"D{r}")
        tw = [r + i for i in range(1, 5)]
        if unit == "%":
            ctx.series(sh, [f"F{k}" for k in tw], "cumulative % target falls")
            if sh.n(f"F{r+4}") != sh.n(f"F{r}"):
                ctx.consistency(sh, {f"F{r}": None, f"F{r+4}": None}, "TW 4 target != annual")
            ctx.series(sh, [f"G{k}" for k in tw], "cumulative % realisasi falls")
            ctx.value(sh, f"G{r}", sh.n(f"G{r+4}"), "num", "year = TW 4")
        else:
            if sum(sh.n(f"F{k}") for k in tw) != sh.n(f"F{r}"):
                ctx.consistency(sh, {f"F{k}": None for k in [r] + tw}, "quarter targets != annual")
            ctx.value(sh, f"G{r}", sum(sh.n(f"G{k}") for k in tw), "num", "year = sum")
        for k in [r] + tw:
            f = sh.v(f"F{k}")
            if f == DASH or f is None:
                ctx.value(sh, f"H{k}", DASH, "pct", "no target, no capaian")
            else:
                ctx.value(sh, f"H{k}", min(Decimal(100), sh.n(f"G{k}") / f * 100), "pct", "capaian capped")
        if levels[r] != "sasaran":
            ctx.value(sh, f"J{r}", sum(sh.n(f"J{k}") for k in tw), "rp", "year realisasi anggaran = sum of TW")
            ctx.value(sh, f"K{r}", sh.n(f"J{r}") / sh.n(f"I{r}") * 100, "pct", "serapan")
            if sh.n(f"J{r}") > sh.n(f"I{r}"):
                ctx.consistency(sh, {f"J{r}": None}, "realisasi > anggaran")
        info[r] = (sh.text(f"C{r}"), sh.v(f"F{r}"), sh.v(f"G{r}"), sh.text(f"D{r}"), sh, f"F{r}", f"G{r}")
    prog_kids = {}
    for r in blocks:
        if levels[r] == "program":
            kids = []
            for k in blocks[blocks.index(r) + 1:]:
                if levels[k] != "kegiatan":
                    break
                kids.append(k)
            prog_kids[r] = kids
            ctx.value(sh, f"I{r}", sum(sh.n(f"I{k}") for k in kids), "rp", "programme anggaran = sum")
            for i in range(1, 5):
                ctx.value(sh, f"J{r+i}", sum(sh.n(f"J{k+i}") for k in kids), "rp", "programme TW realisasi = sum")
    # PK sheet
    by_ind = {sh.text(f"C{r}"): r for r in blocks}
    by_prog = {sh.text(f"B{r}"): r for r in blocks if levels[r] == "program"}
    for r in range(5, 40):
        c = pk.text(f"C{r}")
        b = pk.text(f"B{r}")
        if c in by_ind:
            ctx.rows.add((pk.name, r))
            ctx.value(pk, f"E{r}", sh.n(f"F{by_ind[c]}"), "num", "PK target = RA annual target")
        elif b in by_prog:
            ctx.rows.add((pk.name, r))
            pr = by_prog[b]
            ctx.value(pk, f"D{r}", sum(sh.n(f"I{k}") for k in prog_kids[pr]), "rp", "PK programme budget = sum of kegiatan")
    return info


def rules_pekalongan(ctx, shs):
    sh = shs["Renaksi Bulanan 2024"]
    months = [get_column_letter(8 + i) for i in range(12)]
    tws = ["T", "U", "V", "W"]
    pairs = [r for r in range(8, 80) if sh.text(f"G{r}") == "Target" and sh.text(f"G{r+1}") == "Realisasi"]
    total = next(r for r in range(8, 80) if sh.text(f"A{r}") == "JUMLAH")
    levels = {}
    for t in pairs:
        levels[t] = code_level(sh.text(f"B{t}"))
        ctx.rows.update({(sh.name, t), (sh.name, t + 1)})
    ctx.rows.add((sh.name, total))
    info = {}
    for t in pairs:
        r = t + 1
        unit = sh.text(f"E{t}")
        want = "AKHIR" if unit == "%" else "JUMLAH"
        for row in (t, r):
            if sh.text(f"Z{row}") != want:
                ctx.consistency(sh, {f"Z{row}": None}, "helper Sifat does not fit the unit")
            akhir = sh.text(f"Z{row}") == "AKHIR"
            for q in range(4):
                a, c = months[3 * q], months[3 * q + 2]
                exp = sh.n(f"{c}{row}") if akhir else sum(sh.n(f"{m}{row}") for m in months[3 * q:3 * q + 3])
                ctx.value(sh, f"{tws[q]}{row}", exp, "num", "quarter subtotal")
                ctx.formula(sh, f"{tws[q]}{row}", f'=IF($Z{row}="AKHIR",{c}{row},SUM({a}{row}:{c}{row}))', "TW formula")
        akhir = sh.text(f"Z{t}") == "AKHIR"
        if akhir:
            if sh.n(f"S{t}") != sh.n(f"X{t}"):
                ctx.consistency(sh, {f"X{t}": None, f"S{t}": None}, "Desember target != annual")
        elif sum(sh.n(f"{m}{t}") for m in months) != sh.n(f"X{t}"):
            ctx.consistency(sh, {f"X{t}": None, **{f"{m}{t}": None for m in months}}, "monthly targets != annual")
        exp = sh.n(f"S{r}") if sh.text(f"Z{r}") == "AKHIR" else sum(sh.n(f"{m}{r}") for m in months)
        ctx.value(sh, f"X{r}", exp, "num", "year realisasi")
        ctx.formula(sh, f"X{r}", f'=IF($Z{r}="AKHIR",S{r},SUM(H{r}:S{r}))', "year formula")
        xt, xr = sh.n(f"X{t}"), sh.n(f"X{r}")
        exp = xt / xr * 100 if sh.text(f"F{t}") == "Negatif" else xr / xt * 100
        ctx.value(sh, f"Y{r}", exp, "pct", "capaian")
        ctx.formula(sh, f"Y{r}", f'=IF($F{t}="Negatif",X{t}/X{r}*100,X{r}/X{t}*100)', "capaian formula")
        aa = sh.n(f"AA{r}")
        ctx.value(sh, f"AC{r}", DASH if aa == 0 else sh.n(f"AB{r}") / aa * 100, "pct", "serapan")
        ctx.formula(sh, f"AC{r}", f'=IF(AA{r}=0,"-",AB{r}/AA{r}*100)', "serapan formula")
        if sh.n(f"AB{r}") > aa:
            ctx.consistency(sh, {f"AB{r}": None}, "realisasi > anggaran")
        info[t] = (sh.text(f"D{t}"), sh.v(f"X{t}"), sh.v(f"X{r}"), unit, sh, f"X{t}", f"X{r}")
    progs = [t for t in pairs if levels[t] == "program"]
    for p in progs:
        kids = []
        for t in pairs[pairs.index(p) + 1:]:
            if levels[t] == "program":
                break
            kids.append(t + 1)
        for c in ("AA", "AB"):
            ctx.value(sh, f"{c}{p+1}", sum(sh.n(f"{c}{k}") for k in kids), "rp", "programme sum")
            ctx.formula(sh, f"{c}{p+1}", "ANY", "programme sum formula")
    for c in ("AA", "AB"):
        ctx.value(sh, f"{c}{total}", sum(sh.n(f"{c}{p+1}") for p in progs), "rp", "total")
    ctx.value(sh, f"AC{total}", sh.n(f"AB{total}") / sh.n(f"AA{total}") * 100, "pct", "total serapan")
    return info


def rules_banyuwangi(ctx, shs):
    sh = shs["Renaksi Semester 2022"]
    info = {}
    r = 8
    while sh.text(f"C{r}"):
        ctx.rows.add((sh.name, r))
        pol = sh.text(f"E{r}")

        def cap(real, tgt):
            return (2 * tgt - real) / tgt * 100 if pol == "(-)" else real / tgt * 100
        for t, re_, p in (("G", "H", "I"), ("J", "K", "L")):
            tv = sh.v(f"{t}{r}")
            if tv == DASH:
                ctx.value(sh, f"{p}{r}", DASH, "pct", "no target")
            else:
                ctx.value(sh, f"{p}{r}", cap(sh.n(f"{re_}{r}"), tv), "pct", "capaian semester")
        ctx.value(sh, f"J{r}", sh.n(f"F{r}"), "num", "target s.d. Sem II = annual")
        ctx.value(sh, f"M{r}", sh.n(f"K{r}"), "num", "year = s.d. Sem II")
        ctx.value(sh, f"N{r}", cap(sh.n(f"M{r}"), sh.n(f"F{r}")), "pct", "year capaian")
        if pol == "+":
            ctx.series(sh, [f"G{r}", f"J{r}"], "cumulative target falls")
            ctx.series(sh, [f"H{r}", f"K{r}"], "cumulative realisasi falls")
        info[r] = (sh.text(f"C{r}"), sh.v(f"F{r}"), sh.v(f"M{r}"), sh.text(f"D{r}"), sh, f"F{r}", f"M{r}")
        r += 1
    start = next(k for k in range(r, 80) if sh.text(f"B{k}") and code_level(sh.text(f"B{k}")) == "program")
    rows, levels = [], {}
    k = start
    while sh.text(f"A{k}") != "JUMLAH":
        rows.append(k)
        levels[k] = code_level(sh.text(f"B{k}"))
        k += 1
    total = k
    for k in rows + [total]:
        ctx.rows.add((sh.name, k))
    for k in rows + [total]:
        if sh.v(f"D{k}") == DASH:
            for c in "EFGH":
                ctx.value(sh, f"{c}{k}", DASH, "rp", "no budget")
            continue
        ctx.value(sh, f"G{k}", sh.n(f"E{k}") + sh.n(f"F{k}"), "rp", "jumlah = Sem I + Sem II")
        ctx.value(sh, f"H{k}", sh.n(f"G{k}") / sh.n(f"D{k}") * 100, "pct", "serapan")
        if sh.n(f"G{k}") > sh.n(f"D{k}"):
            ctx.consistency(sh, {f"G{k}": None}, "realisasi > anggaran")
    progs = [k for k in rows if levels[k] == "program"]
    for p in progs:
        kids = children(rows, levels, p, "kegiatan")
        if kids:
            for c in "DEF":
                ctx.value(sh, f"{c}{p}", sum(sh.n(f"{c}{x}") for x in kids), "rp", "programme sum")
    for c in "DEFG":
        ctx.value(sh, f"{c}{total}", sum(sh.n(f"{c}{p}") for p in progs), "rp", "total")
    return info


def rules_sumedang(ctx, shs):
    sh = shs["RA 2023"]
    rows, levels = [], {}
    r = 8
    while sh.text(f"A{r}") != "JUMLAH":
        rows.append(r)
        levels[r] = code_level(sh.text(f"B{r}"))
        r += 1
    total = r
    for r in rows + [total]:
        ctx.rows.add((sh.name, r))
    for r in rows:
        unit = sh.text(f"E{r}")
        last = unit in ("%", "Tahun")
        if last:
            if sh.n(f"M{r}") != sh.n(f"F{r}"):
                ctx.consistency(sh, {f"F{r}": None, f"M{r}": None}, "TW IV target != annual")
            ctx.value(sh, f"O{r}", sh.n(f"N{r}"), "num", "year = TW IV")
            ctx.formula(sh, f"O{r}", f"=N{r}", "year formula")
        else:
            if sum(sh.n(f"{c}{r}") for c in "GIKM") != sh.n(f"F{r}"):
                ctx.consistency(sh, {f"{c}{r}": None for c in "FGIKM"}, "quarter targets != annual")
            ctx.value(sh, f"O{r}", sum(sh.n(f"{c}{r}") for c in "HJLN"), "num", "year = sum")
            ctx.formula(sh, f"O{r}", f"=H{r}+J{r}+L{r}+N{r}", "year formula")
        ctx.value(sh, f"P{r}", sh.n(f"O{r}") / sh.n(f"F{r}"), "pct", "capaian (fraction)")
        ctx.formula(sh, f"P{r}", f"=O{r}/F{r}", "capaian formula")
    bud_rows = [r for r in rows if sh.v(f"Q{r}") is not None]
    for r in bud_rows + [total]:
        ctx.value(sh, f"W{r}", sum(sh.n(f"{c}{r}") for c in "STUV"), "rp", "jumlah")
        ctx.formula(sh, f"W{r}", f"=SUM(S{r}:V{r})" if r != total else "ANY", "jumlah formula")
        ctx.value(sh, f"X{r}", sh.n(f"W{r}") / sh.n(f"R{r}"), "pct", "serapan vs perubahan")
        ctx.formula(sh, f"X{r}", f"=W{r}/R{r}", "serapan formula")
        if sh.n(f"W{r}") > sh.n(f"R{r}"):
            ctx.consistency(sh, {f"{c}{r}": None for c in "STUVW"}, "realisasi > anggaran perubahan")
    for r in bud_rows:
        lv = levels[r]
        if lv in ("program", "kegiatan"):
            kids = children(rows, levels, r, {"program": "kegiatan", "kegiatan": "sub"}[lv])
            for c in "QRSTUV":
                ctx.value(sh, f"{c}{r}", sum(sh.n(f"{c}{k}") for k in kids), "rp", f"{lv} sum")
                ctx.formula(sh, f"{c}{r}", "ANY", f"{lv} sum formula")
    progs = [r for r in rows if levels[r] == "program"]
    for c in "QRSTUV":
        ctx.value(sh, f"{c}{total}", sum(sh.n(f"{c}{p}") for p in progs), "rp", "total")
    info = {}
    for r in rows:
        info[r] = (sh.text(f"D{r}"), sh.v(f"F{r}"), sh.v(f"O{r}"), sh.text(f"E{r}"), sh, f"F{r}", f"O{r}")
    return info


def rules_lotim(ctx, shs):
    sh = shs["Renaksi 2024"]
    Q = [("G", "H", "I"), ("J", "K", "L"), ("M", "N", "O"), ("P", "Q", "R")]
    rows, levels = [], {}
    r = 8
    while sh.text(f"A{r}") != "JUMLAH":
        rows.append(r)
        levels[r] = code_level(sh.text(f"B{r}"))
        r += 1
    total = r
    for r in rows + [total]:
        ctx.rows.add((sh.name, r))
    for r in rows:
        for t, re_, p in Q:
            tv = sh.v(f"{t}{r}")
            if tv == DASH or tv is None or tv == 0:
                ctx.value(sh, f"{p}{r}", DASH, "pct", "no target")
            else:
                ctx.value(sh, f"{p}{r}", sh.n(f"{re_}{r}") / tv * 100, "pct", "capaian TW")
        ctx.series(sh, [f"{t}{r}" for t, _, _ in Q], "cumulative target falls")
        if sh.n(f"P{r}") != sh.n(f"F{r}"):
            ctx.consistency(sh, {f"F{r}": None, f"P{r}": None}, "TW IV target != annual")
        ctx.series(sh, [f"{x}{r}" for _, x, _ in Q], "cumulative realisasi falls")
        ctx.value(sh, f"S{r}", category(sh.n(f"R{r}")), "cat", "category of TW IV")
    bud_rows = [r for r in rows if sh.v(f"T{r}") is not None]
    for r in bud_rows + [total]:
        ctx.series(sh, [f"{c}{r}" for c in "UVWX"], "cumulative realisasi anggaran falls", "rp")
        ctx.value(sh, f"Y{r}", sh.n(f"X{r}") / sh.n(f"T{r}") * 100, "pct", "serapan = s.d. TW IV / pagu")
        if sh.n(f"X{r}") > sh.n(f"T{r}"):
            ctx.consistency(sh, {f"X{r}": None}, "realisasi > pagu")
    for r in bud_rows:
        lv = levels[r]
        if lv in ("program", "kegiatan"):
            kids = children(rows, levels, r, {"program": "kegiatan", "kegiatan": "sub"}[lv])
            for c in ("TUVWX" if kids else ""):
                ctx.value(sh, f"{c}{r}", sum(sh.n(f"{c}{k}") for k in kids), "rp", f"{lv} sum")
    progs = [r for r in rows if levels[r] == "program"]
    for c in "TUVWX":
        ctx.value(sh, f"{c}{total}", sum(sh.n(f"{c}{p}") for p in progs), "rp", "total")
    return {r: (sh.text(f"D{r}"), sh.v(f"F{r}"), sh.v(f"Q{r}"), sh.text(f"E{r}"), sh, f"F{r}", f"Q{r}") for r in rows}


RULES = {
    "klaten_dpupr_2023_ra_tw": rules_klaten,
    "madiun_dinkes_2021_renaksi": rules_madiun,
    "gowa_dinkopukm_2022_pengukuran_ra": rules_gowa,
    "pekalongan_dindagkop_2024_renaksi_bulanan": rules_pekalongan,
    "banyuwangi_dlh_2022_renaksi_semester": rules_banyuwangi,
    "sumedang_disdik_2023_ra": rules_sumedang,
    "lomboktimur_distan_2024_renaksi_kumulatif": rules_lotim,
}


# ---------------------------------------------------------------- driver
def open_book(path, tmp):
    ext = path.rsplit(".", 1)[1]
    if ext != "xlsx":
        out = os.path.join(tmp, ext)
        os.makedirs(out, exist_ok=True)
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "xlsx",
                        "--outdir", out, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        path = os.path.join(out, os.path.basename(path).rsplit(".", 1)[0] + ".xlsx")
    wf = openpyxl.load_workbook(path, data_only=False)
    wv = openpyxl.load_workbook(path, data_only=True)
    return {n: Sheet(n, wf[n], wv[n]) for n in wv.sheetnames}, wf, wv


def check_file(keypath, tmp):
    key = json.load(open(keypath, encoding="utf-8"))
    stem = os.path.basename(keypath)[: -len(".key.json")]
    fname = key["file"]
    where = fname
    if not fname.startswith(stem + "."):
        err(f"{where}: key file name does not match")
    path = os.path.join(ROOT, fname)
    if not os.path.exists(path):
        err(f"{where}: missing workbook")
        return None
    shs, wf, wv = open_book(path, tmp)
    for ws in wv.worksheets:
        n = ws.title
        if ws.max_row > 80:
            err(f"{where}: sheet {n} has {ws.max_row} rows (limit 80)")
    ctx = Ctx(key)
    info = RULES[stem](ctx, shs)
    if os.environ.get("BLIND19_VERBOSE"):
        for v in ctx.viol:
            print(f"   {v['sheet']}!{','.join(v['cells'])} {v['type']}: {v['what']} (got {v['got']!r})")

    # every violation is on a mistake cell
    mcells = {(m["sheet"], m["cell"]) for m in key["mistakes"]}
    for v in ctx.viol:
        if not any((v["sheet"], c) in mcells for c in v["cells"]):
            err(f"{where}: unlisted violation {v['type']} '{v['what']}' at {v['sheet']}!{','.join(v['cells'])} "
                f"(got {v['got']!r})")
    # every mistake is a violation, with matching correct / formula
    for m in key["mistakes"]:
        sh = shs[m["sheet"]]
        cell = m["cell"]
        vs = [v for v in ctx.viol if v["sheet"] == m["sheet"] and cell in v["cells"]]
        flagged = "value_right_formula_wrong" in m.get("flags", [])
        if flagged:
            if not vs or any(v["type"] != "formula" for v in vs):
                err(f"{where}: {cell} flagged value-right-formula-wrong but violations are {[v['type'] for v in vs]}")
            if (m["sheet"], cell) not in ctx.expect or not matches(sh, cell, ctx.expect[(m['sheet'], cell)][0]):
                err(f"{where}: {cell} flagged value right, but the value is not right")
        else:
            if not any(v["type"] in ("value", "consistency") for v in vs):
                err(f"{where}: mistake {cell} ({m['kind']}) shows no wrong value")
        got_f = sh.formula(cell)
        if m["formula"] is None:
            if got_f is not None:
                err(f"{where}: {cell} key says typed value, cell holds formula {got_f}")
        elif norm_f(got_f) != norm_f(m["formula"]):
            err(f"{where}: {cell} formula {got_f!r} != key {m['formula']!r}")
        if m["correct"] is not None:
            exp = None
            if (m["sheet"], cell) in ctx.expect:
                e, qty, esh = ctx.expect[(m["sheet"], cell)]
                exp = fmt_correct(esh, cell, e, qty)
            for v in vs:
                if v["type"] == "consistency" and v["cells"].get(cell) is not None:
                    exp = fmt_correct(sh, cell, v["cells"][cell], "num")
            if exp is None:
                err(f"{where}: {cell} has correct {m['correct']} but the checker derives no single value")
            elif exp != m["correct"]:
                err(f"{where}: {cell} correct {m['correct']} != derived {exp}")
        if not 1 <= int(m["row"]) or re.sub(r"[A-Z]+", "", cell) != str(m["row"]):
            err(f"{where}: {cell} row mismatch")
    # rows: coverage and exclusivity
    listed = {}
    for part in ("mistakes", "traps", "clean_rows"):
        rows = {(e["sheet"], int(e["row"])) for e in key[part]}
        for r in rows:
            if r in listed:
                err(f"{where}: row {r} in both {listed[r]} and {part}")
            listed[r] = part
    if set(listed) != ctx.rows:
        err(f"{where}: rows listed but not data rows {sorted(set(listed) - ctx.rows)}; "
            f"data rows not listed {sorted(ctx.rows - set(listed))}")
    for t in key["traps"]:
        if shs[t["sheet"]].raw(t["cell"]) is None:
            err(f"{where}: trap cell {t['cell']} is empty")
        if re.sub(r"[A-Z]+", "", t["cell"]) != str(t["row"]):
            err(f"{where}: trap {t['cell']} row mismatch")
    # indicators
    krows = {(i["sheet"], int(i["row"])): i for i in key["indicators"]}
    if set(krows) != {(i[4].name, r) for r, i in info.items()}:
        err(f"{where}: indicator rows {sorted(krows)} != {sorted(info)}")
    for r, (name, tgt, real, unit, sh, tref, rref) in info.items():
        k = krows.get((sh.name, r))
        if not k:
            continue
        if k["name"] != name or k["unit"] != unit:
            err(f"{where}: indicator {r} name/unit mismatch")
        for lab, val, ref in (("target", tgt, tref), ("realisasi", real, rref)):
            kv = k[lab]
            if isinstance(val, Decimal):
                scale, _ = sh.display(ref)
                if abs(val * scale - Decimal(kv)) >= Decimal("0.005"):
                    err(f"{where}: indicator {r} {lab} {kv} != cell {val * scale}")
            elif str(val) != kv:
                err(f"{where}: indicator {r} {lab} {kv!r} != cell {val!r}")
    if key.get("verdict_any_of") != ["fail"]:
        err(f"{where}: verdict")
    if not 3 <= len(key["mistakes"]) <= 9:
        err(f"{where}: {len(key['mistakes'])} mistakes")
    return key


def main():
    keys = sorted(f for f in os.listdir(ROOT) if f.endswith(".key.json"))
    if len(keys) != 7:
        err(f"expected 7 keys, found {len(keys)}")
    exts = []
    tot = [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for k in keys:
            key = check_file(os.path.join(ROOT, k), tmp)
            if key:
                exts.append(key["file"].rsplit(".", 1)[1])
                tot[0] += len(key["mistakes"])
                tot[1] += len(key["traps"])
                tot[2] += len(key["clean_rows"])
                print(f"{key['file']}: {len(key['mistakes'])} mistakes, {len(key['traps'])} traps, "
                      f"{len(key['clean_rows'])} clean rows, {len(key['indicators'])} indicators")
    if sorted(exts).count("xls") != 1 or sorted(exts).count("ods") != 1:
        err(f"formats: {exts}")
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    if not readme.startswith("# blind19: quarterly Rencana Aksi as agencies lay them out"):
        err("README heading")
    for k in keys:
        key = json.load(open(os.path.join(ROOT, k), encoding="utf-8"))
        for m in key["mistakes"]:
            if f"{m['sheet']}!{m['cell']} **{m['kind']}**" not in readme:
                err(f"README lacks mistake {key['file']} {m['cell']}")
        for t in key["traps"]:
            if f"{t['sheet']}!{t['cell']} **{t['kind']}**" not in readme:
                err(f"README lacks trap {key['file']} {t['cell']}")
    print(f"total: {tot[0]} mistakes, {tot[1]} traps, {tot[2]} clean rows")
    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
