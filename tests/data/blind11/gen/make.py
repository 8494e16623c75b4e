#!/usr/bin/env python3
"""Regenerates blind11: raw drafts (openpyxl) -> LibreOffice conversion -> shipped files + keys.

Run from anywhere:  python3 gen/make.py   (needs openpyxl and soffice on PATH)
"""
import json, os, re, shutil, subprocess, sys, tempfile
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import openpyxl  # noqa: E402
from books import BOOKS  # noqa: E402
from table import KEYSTYLE, shown  # noqa: E402
from freeze import freeze_ods, freeze_xlsx  # noqa: E402

# headless LibreOffice drops frozen panes; they are put back into the shipped file (see freeze.py)
FREEZE = {"dinkes_sinjai_2023": ("PK 2023", "D8"), "bappeda_bone_2021": ("Pengukuran 2021", "C8"),
          "dishub_sulsel_2024": ("Pengukuran Kinerja", "D8"), "dpmptsp_banjar_2020": ("PK 2020", "D9"),
          "bpbd_gowa_2023": ("Pengukuran Kinerja", "C7")}

RAW = os.path.join(HERE, "raw")
BUILD = os.path.join(tempfile.gettempdir(), "blind11_build")
PROFILE = "file://" + os.path.join(tempfile.gettempdir(), "blind11_lo_profile")

KIND_TEXT = {
    "posneg": "positive formula (realisasi/target) used on a negative row",
    "trunc": "truncated instead of rounded",
    "frac": "fraction where the column holds percent points",
    "blank": "blank % although target and realisasi are given",
    "swap": "digits swapped",
    "arith": "wrong arithmetic",
}
TRAP_TEXT = {
    "neg_below_100": "negative row where realisasi is worse than target, so capaian < 100",
    "negative_above_100": "negative row with realisasi below target, so capaian > 100",
    "negative_zero_realisasi": "negative row with realisasi 0: (2T - 0) / T = 200",
    "extra_decimals": "typed with more decimals than usual (right when rounded at the decimals typed)",
    "fewer_decimals": "typed with one decimal in a 0.00 cell (shows 87,90)",
    "zero_realisasi": "realisasi 0 and capaian 0",
    "half_up": "exact value ends in 5 at the third decimal: half up gives the stated value (binary floats may not)",
    "half_up_one_decimal": "one-decimal cell, exact value 82,25: half up gives 82,3 (round-half-even gives 82,2)",
    "text_one_decimal": "text with one decimal, exact",
    "thousands_dot_realisasi": "realisasi typed as Indonesian text with a thousands dot ('1.425' = 1425)",
    "grade_above_target": "grade indicator (target BB, realisasi A)",
    "fraction_fewer_decimals": "fraction stored with three decimals (1.248 = 124,80 %)",
    "whole_number_rounded": "whole number written for 132,67 (rounded at the precision written)",
}
NF_TEXT = {
    "formula": "wrong % produced by a formula (must stay a formula)",
    "malformed": "malformed realisasi, % cannot be recomputed",
    "target0": "target 0: capaian undefined",
}


def soffice(src, outdir, fmt):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fmt_dec(x):
    return f"{x:.4f}".replace(".", ",")


def describe(rec, meta):
    s = rec["spec"]
    neg = s["neg"]
    t, r = s["t"], s["r"]
    if isinstance(t, str) and t.isalpha():
        return f"grade indicator: realisasi {r} is at or above target {t}, so capaian = 100"
    form = "(2 x T - R) / T x 100" if neg else "R / T x 100"
    return f"{'negative' if neg else 'positive'} row, T={t}, R={r}: {form} = {fmt_dec(rec['exact'])}"


def formula_cells(path):
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    out[(ws.title, c.coordinate)] = c.value
    return out


def cached(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    return {(ws.title, c.coordinate): c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row}


def main():
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(RAW, exist_ok=True)
    summary = []
    for build in BOOKS:
        wb, recs, meta = build("ship")
        name, ext = meta["name"], meta["ext"]
        raw = os.path.join(RAW, name + ".xlsx")
        wb.save(raw)
        wb_after, _, _ = build("after")
        after_raw = os.path.join(BUILD, "after_raw", name + ".xlsx")
        os.makedirs(os.path.dirname(after_raw), exist_ok=True)
        wb_after.save(after_raw)
        # shipped file
        fmt = {"xlsx": "xlsx", "xlsm": 'xlsm:Calc MS Excel 2007 VBA XML', "ods": "ods"}[ext]
        soffice(raw, OUT, fmt)
        if name in FREEZE:
            (freeze_ods if ext == "ods" else freeze_xlsx)(os.path.join(OUT, f"{name}.{ext}"), *FREEZE[name])
        # xlsx twins for the dependents diff
        soffice(raw, os.path.join(BUILD, "before"), "xlsx")
        soffice(after_raw, os.path.join(BUILD, "after"), "xlsx")
        before_x = os.path.join(BUILD, "before", name + ".xlsx")
        after_x = os.path.join(BUILD, "after", name + ".xlsx")
        forms = formula_cells(before_x)
        vb, va = cached(before_x), cached(after_x)
        sheet = meta["sheet"]
        style = KEYSTYLE[meta["L"]["style"]]
        fixed_cells = {(sheet, rec["cell"]) for rec in recs if rec["mode"] == "fix"}
        deps = []
        for key in sorted(forms, key=lambda k: (k[0], openpyxl.utils.cell.coordinate_to_tuple(k[1]))):
            if key in fixed_cells:
                continue
            b, a = vb.get(key), va.get(key)
            if b != a and not (isinstance(b, float) and isinstance(a, float) and abs(a - b) < 1e-12):
                deps.append({"sheet": key[0], "cell": key[1],
                             "note": f"{forms[key]}: refers to corrected % cells; cached {b!r} -> {a!r} after correction"})
        pcol = meta["L"]["cols"]["p"]
        dep_cells = {(d["sheet"], d["cell"]) for d in deps}
        unchanged = []
        for k, f in sorted(forms.items()):
            if k in dep_cells or k in fixed_cells:
                continue
            refs_range = re.search(r"\$?%s\$?\d+:\$?%s\$?\d+" % (pcol, pcol), f) and (
                k[0] == sheet or sheet in f)
            if refs_range or re.search(r"[(,]Capaian[),]", f):
                unchanged.append({"sheet": k[0], "cell": k[1],
                                  "note": f"{f}: refers to the % column but keeps its value {vb.get(k)!r}"})
        key = {"file": f"{name}.{ext}", "fixable": [], "not_fixable": [], "traps": [],
               "features": meta["features"], "dependents": deps, "dependents_unchanged": unchanged,
               "conventions": {
                   "sheet_checked": sheet,
                   "percent_cells": meta["L"]["cols"]["p"],
                   "polarity_column": f"{meta['polarity'][0]} ({meta['polarity'][1]}), negative = '{meta['polarity'][2]}'",
                   "negative_rule": "(2 x target - realisasi) / target x 100 (stated in the note row)",
                   "style_of_percent_column": style,
                   "was_null_means": "the % cell is blank",
               }}
        for rec in recs:
            mode, args, s = rec["mode"], rec["args"], rec["spec"]
            base = dict(sheet=sheet, cell=rec["cell"])
            if mode == "fix":
                key["fixable"].append(dict(base, was=shown(rec["was"]), corrected=rec["corrected"], style=style,
                                           kind=args[0],
                                           note=f"{KIND_TEXT[args[0]]}"
                                                + (f" ({s['why']})" if s.get("why") else "")
                                                + f"; {describe(rec, meta)} -> {rec['corrected']} ({s['ind']})"))
            elif mode == "nf":
                what = {"formula": lambda: f"formula {args[1].format(t=meta['L']['cols']['t'], r=meta['L']['cols']['r'], row=rec['row'], next=rec['row'] + 1, prev=rec['row'] - 1)}"
                                          f"; the true value is {fmt_dec(rec['exact'])}",
                        "malformed": lambda: f"realisasi typed '{s['r']}', stated % {args[1]}",
                        "target0": lambda: f"target {s['t']}, realisasi {s['r']}, stated % {args[1]}"}[args[0]]()
                key["not_fixable"].append(dict(base, kind=args[0],
                                               note=f"{NF_TEXT[args[0]]}: {what} ({s['ind']}); leave the cell as it is"))
            elif mode == "trap":
                key["traps"].append(dict(base, kind=args[0], value=shown(args[1]),
                                         note=f"{TRAP_TEXT[args[0]]}: stated {shown(args[1])}; {describe(rec, meta)}; "
                                              f"right at the precision written, leave it ({s['ind']})"))
        with open(os.path.join(OUT, f"{name}.key.json"), "w") as f:
            json.dump(key, f, indent=1, ensure_ascii=False)
            f.write("\n")
        summary.append((name, ext, len(key["fixable"]), len(key["not_fixable"]), len(key["traps"]), len(deps)))
    tot = [0, 0, 0]
    for s in summary:
        print(f"{s[0]}.{s[1]}: fixable {s[2]}, not fixable {s[3]}, traps {s[4]}, dependents {s[5]}")
        for i in range(3):
            tot[i] += s[2 + i]
    print("total fixable %d, not fixable %d, traps %d" % tuple(tot))


if __name__ == "__main__":
    main()
