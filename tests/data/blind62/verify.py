#!/usr/bin/env python3
"""verify.py: re-read every key row of blind62 from the delivered workbooks.

For each agency directory (one holding key.json):
  * .xls and .ods files are converted back to .xlsx with LibreOffice (own profile) into gen/tmp/<slug>/;
    .xlsx files are read as delivered. Cells are read with openpyxl data_only=True, so formulas are read by
    the values cached when the generators saved the files through LibreOffice.
  * for every key row: the sheet exists and is visible; the name cell (row, and col where given; otherwise
    the column recorded by the generator in gen/cells/<slug>.json) holds exactly `written`; it is not inside
    a merge unless it is the merge's top-left cell; its row and column are not hidden;
  * target and realisasi are re-read from the cells the generator recorded (gen/cells/<slug>.json) with the
    key conventions (README.md): %-formatted numbers in percent points, Indonesian text parsed, grades, "-",
    N/A -> null, rule 'sum' (flow ids: sum of reported periods) / 'last' (level ids: last reported period)
    / 'cumlast' (cumulative s.d. TW columns: last reported, any id) / 'cell' / 'none', and compared with the key, whose figures come from the generators' intents;
  * one key row per id per year; years and ids consistent; "b" ids are in an ambiguous pair; rows that
    share a sheet row carry "col"; the files list matches the directory.
Exit status 0 when everything passes.
"""
import glob
import json
import os
import re
import subprocess
import sys

import openpyxl
from openpyxl.utils import column_index_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(ROOT, "gen")
TMP = os.path.join(GEN, "tmp")
LO_PROFILE = "file:///tmp/lo-blind62"

GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}
NULLS = {"", "-", "–", "—", "N/A", "n/a", "NA", "#N/A", "tidak ada", "tdk ada"}


def parse_text(s):
    t = s.strip()
    if t in NULLS or t.upper() in GRADES:
        return None
    t = t.replace("Rp.", " ").replace("Rp", " ")
    t = re.sub(r"\*+\)?", " ", t)          # footnote marks *), **
    t = t.replace("≥", " ").replace("≤", " ").replace(">=", " ").replace("<=", " ")
    m = re.search(r"\d[\d.]*(?:,\d+)?", t)
    if not m:
        return None
    num = m.group(0).rstrip(".")
    num = num.replace(".", "").replace(",", ".")
    return float(num)


def parse_cell(cell):
    v = cell.value
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return v
    if isinstance(v, str):
        return parse_text(v)
    raise ValueError(f"unexpected cell value {v!r} at {cell.coordinate}")


def apply_rule(ws, src):
    vals = [parse_cell(ws[ref]) for ref in src["cells"]]
    rule = src["rule"]
    if rule == "none":
        return None
    if rule == "cell":
        return vals[0]
    got = [x for x in vals if x is not None]
    if not got:
        return None
    if rule == "sum":
        return sum(got)
    if rule in ("last", "cumlast"):   # cumlast: cumulative "s.d. TW" columns, any id
        return got[-1]
    raise ValueError(rule)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def split_ref(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    return m.group(1), int(m.group(2))


def hidden_col(ws, letter):
    idx = column_index_from_string(letter)
    for dim in ws.column_dimensions.values():
        lo = dim.min or column_index_from_string(dim.index)
        hi = dim.max or lo
        if lo <= idx <= hi and dim.hidden:
            return True
    return False


def readable(path, slug):
    if path.endswith(".xlsx"):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    stem = os.path.splitext(os.path.basename(path))[0]
    target = os.path.join(out, stem + ".xlsx")
    if os.path.exists(target):
        os.remove(target)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return target


def verify_agency(adir):
    slug = os.path.basename(adir)
    errors = []
    key = json.load(open(os.path.join(adir, "key.json"), encoding="utf-8"))
    spec = json.load(open(os.path.join(GEN, "cells", slug + ".json"), encoding="utf-8"))
    flow, level = set(spec["flow_ids"]), set(spec["level_ids"])
    present = sorted(f for f in os.listdir(adir) if f != "key.json")
    if sorted(key["files"]) != present:
        errors.append(f"files list {key['files']} != directory {present}")
    exts = {os.path.splitext(f)[1] for f in key["files"]}
    if not {".xlsx", ".xls", ".ods"} <= exts:
        errors.append(f"formats missing: {exts}")
    books = {}
    for f in key["files"]:
        books[f] = openpyxl.load_workbook(readable(os.path.join(adir, f), slug), data_only=True)
    cells = {(c["same_as"] if "same_as" in c else c["id"], c["year"]): c for c in spec["cells"]}
    seen = set()
    shared = {}
    for r in key["rows"]:
        shared.setdefault((r["file"], r["sheet"], r["row"]), []).append(r)
    amb = {x for pair in key["ambiguous"] for x in pair}
    per_year = {}
    for r in key["rows"]:
        tag = f"{slug} {r['same_as']} {r['year']} {r['file']}!{r['sheet']}!{r['row']}"
        k = (r["same_as"], r["year"])
        if k in seen:
            errors.append(f"{tag}: second row for id/year")
        seen.add(k)
        per_year[r["year"]] = per_year.get(r["year"], 0) + 1
        if r["year"] not in key["years"]:
            errors.append(f"{tag}: year not in years")
        if r["same_as"] not in flow | level:
            errors.append(f"{tag}: id neither flow nor level")
        if r["same_as"].endswith("b") and r["same_as"] not in amb:
            errors.append(f"{tag}: b id outside an ambiguous pair")
        if len(shared[(r["file"], r["sheet"], r["row"])]) > 1 and "col" not in r:
            errors.append(f"{tag}: shares its sheet row but has no col")
        c = cells.get(k)
        if c is None:
            errors.append(f"{tag}: no cell spec")
            continue
        col, row = split_ref(c["name_cell"])
        if row != r["row"] or ("col" in r and r["col"] != col) or c["file"] != r["file"] \
                or c["sheet"] != r["sheet"]:
            errors.append(f"{tag}: key position differs from spec {c['name_cell']}")
        wb = books.get(r["file"])
        if wb is None:
            errors.append(f"{tag}: file not listed")
            continue
        if r["sheet"] not in wb.sheetnames:
            errors.append(f"{tag}: sheet missing")
            continue
        ws = wb[r["sheet"]]
        if ws.sheet_state != "visible":
            errors.append(f"{tag}: sheet not visible ({ws.sheet_state})")
        ref = f"{col}{row}"
        val = ws[ref].value
        if val != r["written"]:
            errors.append(f"{tag}: written {r['written']!r} != cell {ref} {val!r}")
        for mr in ws.merged_cells.ranges:
            if mr.min_row <= row <= mr.max_row and mr.min_col <= column_index_from_string(col) <= mr.max_col:
                if (mr.min_row, mr.min_col) != (row, column_index_from_string(col)):
                    errors.append(f"{tag}: name cell {ref} inside merge {mr} but not its top-left")
        if ws.row_dimensions[row].hidden:
            errors.append(f"{tag}: row hidden")
        if hidden_col(ws, col):
            errors.append(f"{tag}: column {col} hidden")
        for fld, src in (("target", c["t"]), ("realisasi", c["r"])):
            if fld == "realisasi" and src["rule"] in ("sum", "last"):
                want = "sum" if r["same_as"] in flow else "last"
                if src["rule"] != want:
                    errors.append(f"{tag}: realisasi rule {src['rule']} but id is {want}")
            got = apply_rule(ws, src)
            if not same(got, r[fld]):
                errors.append(f"{tag}: {fld} key {r[fld]!r} != file {got!r} ({src['rule']} {src['cells']})")
    if len(cells) != len(key["rows"]):
        errors.append(f"{slug}: {len(cells)} cell specs for {len(key['rows'])} key rows")
    for y in key["years"]:
        n = per_year.get(y, 0)
        if not 16 <= n <= 22:
            errors.append(f"{slug} {y}: {n} indicators (want 16-22)")
    return len(key["rows"]), errors


def main():
    total = 0
    allerr = []
    for kf in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
        adir = os.path.dirname(kf)
        n, errs = verify_agency(adir)
        total += n
        allerr += errs
        print(f"{os.path.basename(adir)}: {n} key rows, {len(errs)} problems")
    for e in allerr:
        print("  FAIL", e)
    print(f"TOTAL {total} key rows: {'PASS' if not allerr else 'FAIL (%d)' % len(allerr)}")
    sys.exit(1 if allerr else 0)


if __name__ == "__main__":
    main()
