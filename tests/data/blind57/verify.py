#!/usr/bin/env python3
"""Re-read every key row of blind57 from the delivered workbooks and check it.

.xls / .ods files are converted back to .xlsx in gen/tmp with LibreOffice; formulas
are read by their cached values (openpyxl data_only=True). gen/cells/<slug>.json,
written by the generators, says which cells hold each row's name, target and
realisasi and which rule the key conventions apply (cell / sum / last); the values
are parsed here independently and compared with key.json.

Checks per key row: the sheet exists and is visible, the row is not hidden, the name
cell is on the key row and is the top-left of any merge it belongs to, its text equals
"written" exactly, target and realisasi equal the key; per agency: one row per id per
year, ids of ambiguous pairs present, every file listed exists.
"""
import glob
import json
import os
import re
import subprocess
import sys
from collections import Counter

import openpyxl
from openpyxl.utils import column_index_from_string, coordinate_to_tuple

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, "gen", "tmp")
PROFILE = "-env:UserInstallation=file:///tmp/lo-blind57"
GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}


def to_xlsx(path, slug):
    if path.lower().endswith(".xlsx"):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    base = os.path.splitext(os.path.basename(path))[0]
    target = os.path.join(out, base + ".xlsx")
    if os.path.exists(target):
        os.remove(target)
    subprocess.run(["soffice", PROFILE, "--headless", "--convert-to", "xlsx",
                    "--outdir", out, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not os.path.exists(target):
        raise RuntimeError(f"could not convert {path}")
    return target


def parse(cell):
    """(reported, value) of a cell under the key conventions."""
    v = cell.value
    if v is None:
        return False, None
    if isinstance(v, bool):
        return True, None
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return True, float(v) * 100.0
        return True, float(v)
    s = str(v).strip()
    if s in ("", "-", "\u2013", "\u2014"):
        return False, None
    if s.upper() in ("N/A", "NA", "#N/A") or s.upper() in GRADES:
        return True, None
    s2 = re.sub(r"Rp\.?", "", s)
    s2 = re.sub(r",-\s*$", "", s2.strip())
    m = re.search(r"\d[\d.,]*", s2)
    if not m:
        return True, None
    tok = m.group(0).rstrip(".,")
    if "," in tok:
        tok = tok.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", tok):
        tok = tok.replace(".", "")
    return True, float(tok)


def value(ws, rule):
    parsed = [parse(ws[c]) for c in rule["cells"]]
    how = rule["how"]
    if how == "cell":
        return parsed[0][1]
    rep = [p for p in parsed if p[0]]
    if not rep:
        return None
    if how == "last":
        return rep[-1][1]
    if how == "sum":
        vals = [p[1] for p in rep if p[1] is not None]
        return sum(vals) if vals else None
    raise ValueError(how)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def check_agency(kdir):
    slug = os.path.basename(kdir)
    key = json.load(open(os.path.join(kdir, "key.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(ROOT, "gen", "cells", slug + ".json"), encoding="utf-8"))
    errors = []
    if len(cells) != len(key["rows"]):
        errors.append("cells sidecar and key differ in length")
    books = {}
    for f in key["files"]:
        p = os.path.join(kdir, f)
        if not os.path.exists(p):
            errors.append(f"missing file {f}")
            continue
        books[f] = openpyxl.load_workbook(to_xlsx(p, slug), data_only=True)
    exts = Counter(f.rsplit(".", 1)[1].lower() for f in key["files"])
    for e in ("xlsx", "xls", "ods"):
        if not exts[e]:
            errors.append(f"no .{e} file")
    seen = Counter((r["same_as"], r["year"]) for r in key["rows"])
    for (i, y), n in seen.items():
        if n > 1:
            errors.append(f"{i} {y}: {n} rows")
    ids = {r["same_as"] for r in key["rows"]}
    for a, b in key["ambiguous"]:
        if a not in ids or b not in ids or not b.endswith("b"):
            errors.append(f"ambiguous pair {a}/{b} incomplete")
    for k, (r, c) in enumerate(zip(key["rows"], cells)):
        tag = f"{slug} {r['file']}!{r['sheet']} row {r['row']} {r['same_as']} {r['year']}"
        for fld in ("file", "sheet", "row", "year", "same_as"):
            if r[fld] != c[fld]:
                errors.append(f"{tag}: sidecar mismatch on {fld}")
        if r["file"] not in books:
            continue
        wb = books[r["file"]]
        if r["sheet"] not in wb.sheetnames:
            errors.append(f"{tag}: no sheet")
            continue
        ws = wb[r["sheet"]]
        if ws.sheet_state != "visible":
            errors.append(f"{tag}: sheet not visible")
        if ws.row_dimensions[r["row"]].hidden:
            errors.append(f"{tag}: row hidden")
        nrow, ncol = coordinate_to_tuple(c["name_cell"])
        if nrow != r["row"]:
            errors.append(f"{tag}: name cell {c['name_cell']} not on the key row")
        if "col" in r and column_index_from_string(r["col"]) != ncol:
            errors.append(f"{tag}: col {r['col']} is not the name cell's column")
        for mr in ws.merged_cells.ranges:
            if mr.min_row <= nrow <= mr.max_row and mr.min_col <= ncol <= mr.max_col:
                if (mr.min_row, mr.min_col) != (nrow, ncol):
                    errors.append(f"{tag}: name cell inside merge {mr} but not its top-left")
        got = ws[c["name_cell"]].value
        if got != r["written"]:
            errors.append(f"{tag}: written {r['written']!r} but cell holds {got!r}")
        for fld, rule in (("target", c["t"]), ("realisasi", c["r"])):
            v = value(ws, rule)
            if not same(v, r[fld]):
                errors.append(f"{tag}: {fld} key {r[fld]!r} but cells {rule['cells']} "
                              f"({rule['how']}) give {v!r}")
    per_year = Counter(r["year"] for r in key["rows"])
    return key, errors, per_year


def main():
    total = 0
    bad = 0
    for kdir in sorted(os.path.dirname(p) for p in glob.glob(os.path.join(ROOT, "*", "key.json"))):
        key, errors, per_year = check_agency(kdir)
        total += len(key["rows"])
        bad += len(errors)
        print(f"{os.path.basename(kdir)}: {len(key['rows'])} key rows "
              f"({', '.join(f'{y}: {n}' for y, n in sorted(per_year.items()))}), "
              f"{len(key['files'])} files, {len(errors)} errors")
        for e in errors:
            print("   ", e)
    print(f"TOTAL {total} key rows, {bad} errors: {'PASS' if bad == 0 else 'FAIL'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
