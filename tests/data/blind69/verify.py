#!/usr/bin/env python3
"""Re-read every key row of blind69 from the delivered workbooks and check it.

For each agency folder (one with key.json): .xls and .ods files are converted back to .xlsx in
gen/tmp/<slug>/ with LibreOffice; .xlsx files are read as delivered. Formulas are read by their
cached values (openpyxl data_only=True). gen/cellmap/<slug>.json says, for each key row, which cells
hold its target and realisasi and how periods are aggregated (value | sum | last).
Checks: the sheet exists and is visible; the name cell is at the key's row (and col), holds exactly
`written`, is not in a hidden row or column, and is the top-left cell of any merge it belongs to;
target and realisasi read from the cells equal the key; one key row per id per year; the ambiguous
pairs exist; ids ending in b belong to an ambiguous pair.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

import openpyxl
from openpyxl.utils import column_index_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(ROOT, "gen")
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-blind69"


def to_xlsx(slug, path):
    if path.endswith(".xlsx"):
        return path
    out = os.path.join(GEN, "tmp", slug)
    os.makedirs(out, exist_ok=True)
    target = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    if os.path.exists(target):
        os.remove(target)
    subprocess.run(["soffice", "--headless", LO_PROFILE, "--convert-to", "xlsx", "--outdir", out, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return target


def is_pct_format(fmt):
    if not fmt:
        return False
    f = re.sub(r'"[^"]*"', "", fmt)      # quoted literals
    f = re.sub(r"\\.", "", f)             # escaped characters
    return "%" in f


GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}
FOOT = re.compile(r"\*+\)?|¹|²|³")


def parse_text(s):
    s = s.strip()
    if s in ("", "-", "–", "—") or s.upper() in ("N/A", "NA", "#N/A"):
        return None
    if s.upper() in GRADES:
        return None
    s = FOOT.sub("", s)
    s = re.sub(r"(?i)rp\.?", "", s).replace(",-", "")
    s = s.replace("≥", "").replace(">=", "").replace("≤", "").replace("<=", "")
    m = re.search(r"\d[\d.,]*", s)
    if not m:
        return None
    tok = m.group(0).rstrip(".,")
    tok = tok.replace(".", "").replace(",", ".")   # Indonesian: '.' groups thousands, ',' is decimal
    return float(tok)


def cell_number(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if is_pct_format(cell.number_format) else float(v)
    return parse_text(str(v))


def reported(cell):
    v = cell.value
    if v is None:
        return False
    if isinstance(v, str) and v.strip() in ("", "-"):
        return False
    return True


def read_spec(ws, spec):
    cells = [ws[c] for c in spec["cells"]]
    how = spec["agg"]
    if how == "value":
        return cell_number(cells[0])
    if how == "sum":
        vals = [cell_number(c) for c in cells]
        vals = [v for v in vals if v is not None]
        return sum(vals) if vals else None
    if how == "last":
        for c in reversed(cells):
            if reported(c):
                return cell_number(c)
        return None
    raise ValueError(how)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def merge_ok(ws, coord):
    cell = ws[coord]
    for mr in ws.merged_cells.ranges:
        if cell.coordinate in mr:
            return (mr.min_row, mr.min_col) == (cell.row, cell.column)
    return True


def check_agency(slug):
    errors = []
    d = os.path.join(ROOT, slug)
    key = json.load(open(os.path.join(d, "key.json"), encoding="utf-8"))
    cmap = json.load(open(os.path.join(GEN, "cellmap", slug + ".json"), encoding="utf-8"))
    rows, cells = key["rows"], cmap["cells"]
    if len(rows) != len(cells):
        errors.append(f"{slug}: {len(rows)} key rows but {len(cells)} cellmap entries")
        return errors, len(rows)
    books = {}
    for f in key["files"]:
        p = os.path.join(d, f)
        if not os.path.exists(p):
            errors.append(f"{slug}: missing file {f}")
            continue
        books[f] = openpyxl.load_workbook(to_xlsx(slug, p), data_only=True)
    cnt = Counter((r["same_as"], r["year"]) for r in rows)
    for (i, y), n in cnt.items():
        if n != 1:
            errors.append(f"{slug}: id {i} has {n} rows in {y}")
    ids = {r["same_as"] for r in rows}
    amb = {x for pair in key["ambiguous"] for x in pair}
    for pair in key["ambiguous"]:
        for x in pair:
            if x not in ids:
                errors.append(f"{slug}: ambiguous id {x} has no rows")
    for i in ids:
        if i.endswith("b") and i not in amb:
            errors.append(f"{slug}: id {i} ends in b but is in no ambiguous pair")
    years = set(key["years"])
    flowlevel = set(cmap["flow"]) | set(cmap["level"])
    for r, c in zip(rows, cells):
        tag = f"{slug} | {r['file']} | {r['sheet']} | row {r['row']} {r.get('col', '')} | {r['same_as']} {r['year']}"
        if r["year"] not in years:
            errors.append(f"{tag}: year not in key years")
        if r["same_as"] not in flowlevel:
            errors.append(f"{tag}: id neither flow nor level")
        if (r["file"], r["sheet"], r["same_as"], r["year"]) != (c["file"], c["sheet"], c["id"], c["year"]):
            errors.append(f"{tag}: cellmap entry does not match")
            continue
        wb = books.get(r["file"])
        if wb is None:
            continue
        if r["sheet"] not in wb.sheetnames:
            errors.append(f"{tag}: no such sheet")
            continue
        ws = wb[r["sheet"]]
        if ws.sheet_state != "visible":
            errors.append(f"{tag}: sheet is {ws.sheet_state}")
        cell = ws[c["name"]]
        if cell.row != r["row"]:
            errors.append(f"{tag}: name cell {c['name']} is not on row {r['row']}")
        if "col" in r and cell.column_letter != r["col"]:
            errors.append(f"{tag}: name cell {c['name']} is not in col {r['col']}")
        if cell.value != r["written"]:
            errors.append(f"{tag}: written {r['written']!r} but cell holds {cell.value!r}")
        if ws.row_dimensions[cell.row].hidden:
            errors.append(f"{tag}: row is hidden")
        if ws.column_dimensions[cell.column_letter].hidden:
            errors.append(f"{tag}: column is hidden")
        if not merge_ok(ws, c["name"]):
            errors.append(f"{tag}: name cell is inside a merge but not its top-left")
        for what in ("target", "realisasi"):
            got = read_spec(ws, c[what])
            if not same(got, r[what]):
                errors.append(f"{tag}: {what} key {r[what]!r} but file gives {got!r} ({c[what]})")
    return errors, len(rows)


def main():
    slugs = sorted(x for x in os.listdir(ROOT) if os.path.exists(os.path.join(ROOT, x, "key.json")))
    total, errs = 0, []
    for s in slugs:
        e, n = check_agency(s)
        total += n
        errs += e
        print(f"{s}: {n} key rows, {len(e)} problems")
    for e in errs:
        print("  ", e)
    print(f"TOTAL {total} key rows in {len(slugs)} agencies: {'PASS' if not errs else 'FAIL'}")
    return 0 if not errs else 1


if __name__ == "__main__":
    sys.exit(main())
