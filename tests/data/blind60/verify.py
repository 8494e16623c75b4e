#!/usr/bin/env python3
"""Re-read every key row of set blind60 from the delivered workbooks and check it.

For each agency (a folder holding key.json) this
  * converts every .xls / .ods back to .xlsx in gen/tmp/<slug>/ with LibreOffice (own profile),
  * opens each workbook with openpyxl, data_only=True (formulas read by their cached values),
  * for each key row checks: the sheet exists and is visible; the row and column are not hidden;
    the name cell (located from gen/cells/<slug>.json) sits on the key's row (and column, where the key
    gives "col"); its text equals "written" exactly; it is the top-left cell of any merge holding it;
  * re-derives target and realisasi from the cells by the key conventions (%-formatted numbers x 100,
    text read the Indonesian way, ranges -> lower bound, grades / "-" -> null, sum of the reported
    periods or the last reported one) and compares them with key.json (written from the generators'
    intended figures, not from these files);
  * checks one key row per id per year, ids ending in "b" are in an ambiguous pair, no two key rows
    share a cell, and that every listed file exists.
Exit status 0 when everything passes.
"""
import glob
import json
import math
import os
import re
import subprocess
import sys

import openpyxl
from openpyxl.utils import column_index_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(ROOT, "gen")
PROFILE = "-env:UserInstallation=file:///tmp/lo-blind60"

GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}
NULLS = {"", "-", "–", "—", "N/A", "NA", "n/a", "na", "#N/A"}


def to_xlsx(path, slug):
    if path.endswith(".xlsx"):
        return path
    out_dir = os.path.join(GEN, "tmp", slug)
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    res = subprocess.run(["soffice", "--headless", PROFILE, "--convert-to", "xlsx", "--outdir", out_dir, path],
                         capture_output=True, text=True, timeout=300)
    if res.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"cannot convert {path}: {res.stderr}")
    return out


def parse_text(s):
    """Indonesian reading of a text cell: '1.250 orang' -> 1250, '85,5 %' -> 85.5, 'Rp 871.450.000' ->
    871450000, '80 - 85' -> 80, '>= 95' -> 95, grades / '-' / N/A -> None."""
    t = s.strip()
    if t in NULLS:
        return None
    if t.upper() in GRADES or re.fullmatch(r"(AA|A|BB|B|CC|C|D)\s*\(.*\)", t):
        return None
    t = re.sub(r"Rp\.?", "", t)
    t = re.sub(r",-\s*$", "", t)
    for sym in ("≥", ">=", "≤", "<=", ">", "<"):
        t = t.replace(sym, "")
    m = re.search(r"\d[\d.,]*", t)
    if not m:
        return None
    tok = m.group(0).rstrip(".,")
    tok = tok.replace(".", "").replace(",", ".")
    v = float(tok)
    return int(v) if v.is_integer() and "." not in tok else v


def decode(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return v
    if isinstance(v, str):
        if v.startswith("#"):
            return None
        return parse_text(v)
    return None


def combine(vals, rule):
    if rule == "single":
        return vals[0]
    got = [v for v in vals if v is not None]
    if not got:
        return None
    if rule == "sum":
        return sum(got)
    if rule == "last":
        return got[-1]
    raise ValueError(rule)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-6)


def split(coord):
    m = re.fullmatch(r"([A-Z]+)(\d+)", coord)
    return m.group(1), int(m.group(2))


def main():
    failures = []
    total = 0
    summary = []
    for keyfile in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
        slug = os.path.basename(os.path.dirname(keyfile))
        key = json.load(open(keyfile))
        side = json.load(open(os.path.join(GEN, "cells", slug + ".json")))
        cells = side["cells"]
        rows = key["rows"]
        fail0 = len(failures)

        def bad(msg):
            failures.append(f"{slug}: {msg}")

        if len(cells) != len(rows):
            bad("cells sidecar and key differ in length")
            continue
        books = {}
        for f in key["files"]:
            p = os.path.join(ROOT, slug, f)
            if not os.path.exists(p):
                bad(f"missing file {f}")
                continue
            x = to_xlsx(p, slug)
            books[f] = openpyxl.load_workbook(x, data_only=True)
        exts = {os.path.splitext(f)[1] for f in key["files"]}
        if not {".xlsx", ".xls", ".ods"} <= exts:
            bad(f"formats present: {sorted(exts)}")
        amb = {i for pair in key["ambiguous"] for i in pair}
        seen_id_year = set()
        seen_cell = {}
        per_year = {}
        for kr, cr in zip(rows, cells):
            total += 1
            tag = f"{kr['file']}!{kr['sheet']} row {kr['row']} ({kr['same_as']} {kr['year']})"
            if (kr["file"], kr["sheet"], kr["year"], kr["same_as"]) != (cr["file"], cr["sheet"], cr["year"], cr["id"]):
                bad(f"{tag}: sidecar mismatch")
                continue
            if kr["year"] not in key["years"]:
                bad(f"{tag}: year not in years")
            k = (kr["same_as"], kr["year"])
            if k in seen_id_year:
                bad(f"{tag}: second row for {k}")
            seen_id_year.add(k)
            per_year[kr["year"]] = per_year.get(kr["year"], 0) + 1
            if kr["same_as"].endswith("b") and kr["same_as"] not in amb:
                bad(f"{tag}: id ends in b but is in no ambiguous pair")
            wb = books.get(kr["file"])
            if wb is None:
                continue
            if kr["sheet"] not in wb.sheetnames:
                bad(f"{tag}: no such sheet")
                continue
            ws = wb[kr["sheet"]]
            if ws.sheet_state != "visible":
                bad(f"{tag}: sheet not visible")
            c, r = split(cr["name"])
            if r != kr["row"]:
                bad(f"{tag}: name cell {cr['name']} not on key row")
            if "col" in kr and kr["col"] != c:
                bad(f"{tag}: col {kr['col']} != {c}")
            ck = (kr["file"], kr["sheet"], cr["name"])
            if ck in seen_cell:
                bad(f"{tag}: cell used twice")
            seen_cell[ck] = kr
            if ws.row_dimensions[r].hidden:
                bad(f"{tag}: row hidden")
            if ws.column_dimensions[c].hidden:
                bad(f"{tag}: column hidden")
            cell = ws[cr["name"]]
            if cell.value != kr["written"]:
                bad(f"{tag}: written {kr['written']!r} but cell holds {cell.value!r}")
            ci = column_index_from_string(c)
            for mr in ws.merged_cells.ranges:
                if mr.min_row <= r <= mr.max_row and mr.min_col <= ci <= mr.max_col:
                    if (mr.min_row, mr.min_col) != (r, ci):
                        bad(f"{tag}: name cell inside merge {mr} but not its top-left")
            for what in ("target", "realisasi"):
                spec = cr[what]
                vals = [decode(ws[co]) for co in spec["cells"]]
                got = combine(vals, spec["rule"])
                if not same(got, kr[what]):
                    bad(f"{tag}: {what} key {kr[what]!r} but cells {spec['cells']} ({spec['rule']}) give {got!r}")
        # rows sharing a sheet row must all carry "col"
        byrow = {}
        for kr in rows:
            byrow.setdefault((kr["file"], kr["sheet"], kr["row"]), []).append(kr)
        for k2, lst in byrow.items():
            if len(lst) > 1 and not all("col" in x for x in lst):
                bad(f"{k2}: several key rows share a sheet row without col")
        for y in key["years"]:
            n = per_year.get(y, 0)
            if not 16 <= n <= 22:
                bad(f"year {y}: {n} indicators (expected 16-22)")
        summary.append(f"{slug}: {len(rows)} key rows, years {dict(sorted(per_year.items()))}, "
                       f"{'OK' if len(failures) == fail0 else str(len(failures) - fail0) + ' failures'}")
    for s in summary:
        print(s)
    for f in failures:
        print("FAIL", f)
    print(f"{total} key rows checked, {len(failures)} failures")
    sys.exit(1 if failures or total == 0 else 0)


if __name__ == "__main__":
    main()
