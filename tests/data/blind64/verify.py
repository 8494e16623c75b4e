#!/usr/bin/env python3
"""verify blind64: re-read every key row from the delivered workbooks.

For every agency folder (one with a key.json) this script
  - converts each delivered .xls / .ods back to .xlsx with LibreOffice (own profile) into gen/tmp/,
    delivered .xlsx files are read as they are (they were saved by LibreOffice: formulas carry cached values);
  - opens the workbook with openpyxl (data_only=True: formulas are read by their cached values);
  - for every key row, using the cell locators in gen/cells/<agency>.json (name cell, target cell,
    realisasi cell(s) and rule), checks:
      * the sheet exists and is visible; the name cell is on the key's row (and column, where "col" is given)
        and is not on a hidden row;
      * the name cell's text equals "written" exactly;
      * the name cell is the top-left cell of any merged range that contains it;
      * the target read from its cell equals "target";
      * the realisasi read from its cell(s) equals "realisasi" (rule cell: the cell; sum: the sum of the
        reported periods; last / cum: the last reported period; blank and "-" are not reported);
  - checks one row per id per year, ids of the ambiguous pairs present, years inside the agency's years,
    16-22 indicators per agency-year, "col" given exactly where several key rows share a sheet row,
    and at least one .xlsx, .xls and .ods per agency.
Cell values are read as the key conventions say: numbers in %-formatted cells x100; text the Indonesian way
after dropping Rp, units and footnote marks ("1.250 orang" = 1250, "85,5 %" = 85.5), ranges -> lower bound,
">= 95" -> 95, grades / "-" / N/A -> null.
Exit status 0 and "PASS" when everything holds.
"""
import glob
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

import openpyxl
from openpyxl.utils import column_index_from_string, coordinate_to_tuple, get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "gen", "tmp")
CELLS = os.path.join(HERE, "gen", "cells")
PROFILE = "file:///tmp/lo-blind64"


def to_xlsx(path, slug):
    if path.endswith(".xlsx"):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--convert-to", "xlsx",
                    "--outdir", out, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    x = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    if not os.path.exists(x):
        raise RuntimeError("conversion failed: " + path)
    return x


NUM = re.compile(r"\d[\d.,]*")


def read(cell):
    """a cell's value as the key conventions read it."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 9)
        return v
    s = str(v).strip()
    if s.upper() in ("", "-", "–", "—", "N/A", "NA", "#N/A"):
        return None
    if s.startswith("#"):
        return None
    s = re.sub(r"\*+\)?", " ", s)          # footnote marks
    m = NUM.search(s)
    if not m:
        return None                          # grades (B, BB, Baik ...)
    tok = m.group(0).rstrip(".,")
    tok = tok.replace(".", "").replace(",", ".")
    return float(tok)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def merged_ok(ws, coord):
    r, c = coordinate_to_tuple(coord)
    for mr in ws.merged_cells.ranges:
        if mr.min_row <= r <= mr.max_row and mr.min_col <= c <= mr.max_col:
            if (r, c) != (mr.min_row, mr.min_col):
                return False
    return True


def check_agency(adir, errors):
    slug = os.path.basename(adir)
    key = json.load(open(os.path.join(adir, "key.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(CELLS, slug + ".json"), encoding="utf-8"))
    rows, locs = key["rows"], cells["locs"]
    err = lambda m: errors.append("%s: %s" % (slug, m))
    if len(rows) != len(locs):
        err("key rows and locators differ in number")
        return 0
    exts = {os.path.splitext(fn)[1] for fn in key["files"]}
    for e in (".xlsx", ".xls", ".ods"):
        if e not in exts:
            err("no %s file" % e)
    if not 3 <= len(key["files"]) <= 4:
        err("%d workbooks" % len(key["files"]))
    books = {}
    for fn in key["files"]:
        path = os.path.join(adir, fn)
        if not os.path.exists(path):
            err("missing file " + fn)
            continue
        books[fn] = openpyxl.load_workbook(to_xlsx(path, slug), data_only=True)
    # one row per id per year, years, counts
    c = Counter((r["same_as"], r["year"]) for r in rows)
    for (sid, y), k in c.items():
        if k > 1:
            err("id %s has %d rows in %d" % (sid, k, y))
    for r in rows:
        if r["year"] not in key["years"]:
            err("year %s not in years" % r["year"])
        if not re.fullmatch(r"[A-Z]\d\d(b)?", r["same_as"]):
            err("odd id %s" % r["same_as"])
    per_year = Counter(r["year"] for r in rows)
    for y in key["years"]:
        if not 16 <= per_year.get(y, 0) <= 22:
            err("%d indicators in %d" % (per_year.get(y, 0), y))
    ids = {r["same_as"] for r in rows}
    for pair in key["ambiguous"]:
        for x in pair:
            if x not in ids:
                err("ambiguous id %s not in rows" % x)
        if not pair[1].endswith("b"):
            err("second member of ambiguous pair should end in b: %s" % pair)
    shared = Counter((r["file"], r["sheet"], r["row"]) for r in rows)
    for r in rows:
        has = "col" in r
        if has != (shared[(r["file"], r["sheet"], r["row"])] > 1):
            err("col given/missing wrongly at %s %s row %d" % (r["file"], r["sheet"], r["row"]))
    # cell by cell
    for r, loc in zip(rows, locs):
        where = "%s / %s / row %d / %s %d" % (r["file"], r["sheet"], r["row"], r["same_as"], r["year"])
        wb = books.get(r["file"])
        if wb is None:
            continue
        if r["sheet"] not in wb.sheetnames:
            err(where + ": no such sheet")
            continue
        ws = wb[r["sheet"]]
        if ws.sheet_state != "visible":
            err(where + ": sheet not visible")
        nr, ncol = coordinate_to_tuple(loc["name"])
        if nr != r["row"]:
            err(where + ": name locator on row %d" % nr)
        if "col" in r and column_index_from_string(r["col"]) != ncol:
            err(where + ": name locator in column %s" % get_column_letter(ncol))
        if ws.row_dimensions[nr].hidden:
            err(where + ": row hidden")
        if ws[loc["name"]].value != r["written"]:
            err(where + ": written %r != cell %r" % (r["written"], ws[loc["name"]].value))
        if not merged_ok(ws, loc["name"]):
            err(where + ": name cell inside a merge, not its top-left")
        tv = read(ws[loc["target"]]) if loc["target"] else None
        if not same(tv, r["target"]):
            err(where + ": target %r != key %r" % (tv, r["target"]))
        rule = loc["rule"]
        if rule == "cell":
            rv = read(ws[loc["realisasi"]])
        else:
            vals = [read(ws[cc]) for cc in loc["realisasi"]]
            vals = [v for v in vals if v is not None]
            if not vals:
                rv = None
            elif rule == "sum":
                rv = sum(vals)
            elif rule in ("last", "cum"):
                rv = vals[-1]
            else:
                err(where + ": unknown rule " + rule)
                continue
        if not same(rv, r["realisasi"]):
            err(where + ": realisasi %r != key %r (rule %s)" % (rv, r["realisasi"], rule))
    return len(rows)


def main():
    errors = []
    total = 0
    dirs = sorted(d for d in glob.glob(os.path.join(HERE, "*")) if os.path.exists(os.path.join(d, "key.json")))
    for d in dirs:
        k = check_agency(d, errors)
        print("%-40s %4d key rows" % (os.path.basename(d), k))
        total += k
    if errors:
        for e in errors:
            print("FAIL", e)
        print("FAIL: %d problems, %d key rows" % (len(errors), total))
        sys.exit(1)
    print("PASS: %d key rows in %d agencies" % (total, len(dirs)))


if __name__ == "__main__":
    main()
