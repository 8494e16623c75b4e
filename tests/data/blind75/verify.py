#!/usr/bin/env python3
"""Re-read every key row of set blind75 from the delivered workbooks and check it.

For each agency directory holding a key.json:
  * .xls and .ods files are converted back to .xlsx with LibreOffice into gen/tmp/verify/;
    .xlsx files are read as delivered; formulas are read by their cached values;
  * each key row: the sheet exists and is visible; the name cell (row, and col where given) is
    not on a hidden row or column and holds `written` exactly; it is the top-left cell of any
    merge that covers it; target and realisasi, re-read from the cells the generator wrote
    (gen/locators/<slug>.json) and parsed by the key conventions, equal the key;
  * one key row per id per year; every file of the key exists; ids ending in "b" belong to an
    ambiguous pair.
The key's figures come from the generators' intended values; this script is the independent
re-reading.  Exit status 0 when everything passes.
"""
import glob
import json
import os
import re
import subprocess
import sys

import openpyxl
from openpyxl.utils import column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "gen", "tmp", "verify")
LOCD = os.path.join(HERE, "gen", "locators")
PROFILE = "-env:UserInstallation=file:///tmp/lo-blind75"

GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}
NULLS = {"-", "–", "—", "N/A", "n/a", "NA", "na"}


def to_xlsx(path, slug):
    ext = os.path.splitext(path)[1].lstrip(".").lower()
    if ext == "xlsx":
        return path
    outdir = os.path.join(TMP, slug, ext)
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", PROFILE, "--headless", "--convert-to", "xlsx", "--outdir", outdir, path]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    if p.returncode != 0 or not os.path.exists(out):
        raise RuntimeError("conversion failed: %s %s" % (path, p.stderr))
    return out


def is_pct_format(fmt):
    if not fmt:
        return False
    f = re.sub(r'"[^"]*"', "", fmt)
    f = re.sub(r"\\.", "", f)
    return "%" in f


def parse_text(s):
    s = s.strip()
    if s == "" or s in NULLS:
        return None
    if s.upper() in GRADES:
        return None
    s = s.replace("Rp.", " ").replace("Rp", " ")
    s = s.replace("*)", " ").replace("*", " ")
    s = s.strip()
    s = re.sub(r"^(>=|<=|≥|≤|>|<)\s*", "", s)
    m = re.match(r"([0-9][0-9.,]*)", s)
    if not m:
        raise ValueError("unreadable text value %r" % s)
    num = m.group(1).rstrip(".,")
    num = num.replace(".", "").replace(",", ".")
    return float(num)


def cell_value(ws, coord):
    """(present, parsed value) of a cell, by the key conventions"""
    c = ws[coord]
    v = c.value
    if v is None or (isinstance(v, str) and v.strip() == ""):
        return False, None
    if isinstance(v, bool):
        raise ValueError("boolean in %s" % coord)
    if isinstance(v, (int, float)):
        return True, v * 100 if is_pct_format(c.number_format) else v
    if isinstance(v, str):
        if v.startswith("="):
            raise ValueError("formula without cached value in %s" % coord)
        return True, parse_text(v)
    raise ValueError("unexpected %r in %s" % (v, coord))


def read_agg(ws, spec):
    vals = [cell_value(ws, c) for c in spec["cells"]]
    mode = spec["agg"]
    if mode == "one":
        return vals[0][1]
    present = [v for ok, v in vals if ok]
    if mode == "last":
        return present[-1] if present else None
    if mode == "sum":
        xs = [v for v in present if v is not None]
        return sum(xs) if xs else None
    raise ValueError(mode)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def split(coord):
    m = re.match(r"([A-Z]+)(\d+)$", coord)
    return m.group(1), int(m.group(2))


def check_agency(keyf):
    slug = os.path.basename(os.path.dirname(keyf))
    key = json.load(open(keyf, encoding="utf-8"))
    locs = json.load(open(os.path.join(LOCD, slug + ".json"), encoding="utf-8"))["rows"]
    errs = []
    if len(locs) != len(key["rows"]):
        errs.append("locator count %d != key rows %d" % (len(locs), len(key["rows"])))
        return slug, len(key["rows"]), errs
    books = {}
    for f in key["files"]:
        p = os.path.join(os.path.dirname(keyf), f)
        if not os.path.exists(p):
            errs.append("missing file %s" % f)
            continue
        x = to_xlsx(p, slug)
        books[f] = openpyxl.load_workbook(x, data_only=True)
    exts = {os.path.splitext(f)[1].lower() for f in key["files"]}
    for e in (".xlsx", ".xls", ".ods"):
        if e not in exts:
            errs.append("no %s workbook" % e)
    seen = set()
    amb = {i for pair in key.get("ambiguous", []) for i in pair}
    for i, (r, loc) in enumerate(zip(key["rows"], locs)):
        tag = "%s row %d [%s %s %s!%s]" % (slug, i, r["same_as"], r["year"], r["sheet"], r["row"])
        k = (r["same_as"], r["year"])
        if k in seen:
            errs.append(tag + ": second row for this id and year")
        seen.add(k)
        if r["same_as"].endswith("b") and r["same_as"] not in amb:
            errs.append(tag + ": id ending in b outside an ambiguous pair")
        if r["year"] not in key["years"]:
            errs.append(tag + ": year not in key years")
        if r["file"] not in books:
            errs.append(tag + ": file not readable")
            continue
        wb = books[r["file"]]
        if r["sheet"] not in wb.sheetnames:
            errs.append(tag + ": no such sheet")
            continue
        ws = wb[r["sheet"]]
        if ws.sheet_state != "visible":
            errs.append(tag + ": sheet not visible")
        lcol, lrow = split(loc["name_cell"])
        if (loc["file"], loc["sheet"], loc["same_as"], loc["year"]) != \
                (r["file"], r["sheet"], r["same_as"], r["year"]) or lrow != r["row"] \
                or ("col" in r and r["col"] != lcol):
            errs.append(tag + ": locator does not match the key row")
            continue
        coord = "%s%d" % (lcol, r["row"])
        v = ws[coord].value
        if v != r["written"]:
            errs.append(tag + ": written %r but cell %s holds %r" % (r["written"], coord, v))
        for mr in ws.merged_cells.ranges:
            if mr.min_row <= r["row"] <= mr.max_row and \
                    mr.min_col <= column_index_from_string(lcol) <= mr.max_col:
                if (mr.min_row, mr.min_col) != (r["row"], column_index_from_string(lcol)):
                    errs.append(tag + ": name cell inside merge %s, not its top-left" % mr.coord)
        if ws.row_dimensions[r["row"]].hidden:
            errs.append(tag + ": name on a hidden row")
        if ws.column_dimensions[lcol].hidden:
            errs.append(tag + ": name in a hidden column")
        for what in ("target", "realisasi"):
            try:
                got = read_agg(ws, loc[what])
            except Exception as e:  # noqa
                errs.append(tag + ": %s unreadable: %s" % (what, e))
                continue
            if not same(got, r[what]):
                errs.append(tag + ": %s key %r, file gives %r (%s)" % (what, r[what], got, loc[what]))
    # 16-22 indicators per year
    for y in key["years"]:
        n = sum(1 for r in key["rows"] if r["year"] == y)
        if not 16 <= n <= 22:
            errs.append("%s %d: %d indicators (16-22 wanted)" % (slug, y, n))
    return slug, len(key["rows"]), errs


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "*", "key.json")))
    total = 0
    bad = 0
    for kf in keys:
        slug, n, errs = check_agency(kf)
        total += n
        bad += len(errs)
        print("%-30s %3d key rows  %s" % (slug, n, "OK" if not errs else "%d PROBLEMS" % len(errs)))
        for e in errs:
            print("   ", e)
    print("total key rows: %d; problems: %d" % (total, bad))
    sys.exit(1 if bad or not keys else 0)


if __name__ == "__main__":
    main()
