#!/usr/bin/env python3
"""verify.py - re-read every key row of blind63 from the delivered workbooks.

For each agency folder (one with key.json):
  * .xls / .ods files are converted back to .xlsx in gen/tmp/<agency>/ with LibreOffice
    (own profile), .xlsx files are read as delivered; formulas are read by their cached values;
  * every key row is checked: the sheet exists and is visible; the name cell sits on the keyed row
    (and column, where "col" is given), is the top-left cell of any merge that covers it, is not on
    a hidden row, and holds exactly the "written" text; target and realisasi read from the cells the
    generator recorded (gen/cells/<agency>.json) equal the key, after the key conventions:
      - numbers in %-formatted cells are fractions -> percent points;
      - text is parsed the Indonesian way (drop Rp, units, footnote marks; "." groups thousands,
        "," is the decimal mark); ranges -> lower bound; ">= 95" -> 95; grades, "-", N/A -> null;
      - rule "sum": the sum of the reported periods (blank and "-" add nothing);
        rule "last": the last reported period (blank and "-" are not reported);
  * one key row per id per year; files listed exist; ambiguous ids exist.
The key values themselves were written by the generators from their intended figures.
Exit status 0 when everything passes.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(ROOT, "gen")
TMP = os.path.join(GEN, "tmp")
LO_PROFILE = "file:///tmp/lo-blind63"
GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}


def to_xlsx(path, outdir):
    if path.endswith(".xlsx"):
        return path
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to",
           "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    assert os.path.exists(out), out
    return out


def parse_text(s):
    t = s.strip()
    if t in ("", "-", "\u2013", "\u2014") or t.upper() in ("N/A", "NA", "#N/A", "TIDAK ADA DATA"):
        return None
    if t.upper() in GRADES:
        return None
    t = re.sub(r"^Rp\.?\s*", "", t, flags=re.I)
    t = t.replace(",-", "")
    t = re.sub(r"\*+\)?", "", t)            # footnote marks *) **)
    t = re.sub(r"^(>=|<=|\u2265|\u2264|>|<)\s*", "", t)
    m = re.match(r"\s*([0-9][0-9.,]*)", t)
    if not m:
        raise ValueError("cannot read %r" % s)
    n = m.group(1).rstrip(".,")
    return float(n.replace(".", "").replace(",", "."))  # first number: a range gives its lower bound


def read_cell(ws, coord):
    c = ws[coord]
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        raise ValueError("boolean in %s" % coord)
    if isinstance(v, (int, float)):
        if "%" in (c.number_format or ""):
            return v * 100
        return float(v)
    if isinstance(v, str):
        return parse_text(v)
    raise ValueError("unexpected %r in %s" % (v, coord))


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def split(coord):
    m = re.match(r"([A-Z]+)(\d+)$", coord)
    return m.group(1), int(m.group(2))


def check_agency(adir):
    slug = os.path.basename(adir)
    errors = []
    with open(os.path.join(adir, "key.json"), encoding="utf-8") as f:
        key = json.load(f)
    with open(os.path.join(GEN, "cells", slug + ".json"), encoding="utf-8") as f:
        cells = json.load(f)
    rows, locs = key["rows"], cells["locs"]
    if rows != cells["rows"]:
        errors.append("key.json rows differ from gen/cells/%s.json" % slug)
    for fn in key["files"]:
        if not os.path.exists(os.path.join(adir, fn)):
            errors.append("missing file %s" % fn)
    books = {}
    for fn in key["files"]:
        x = to_xlsx(os.path.join(adir, fn), os.path.join(TMP, slug))
        books[fn] = openpyxl.load_workbook(x, data_only=True)
    cnt = Counter((r["same_as"], r["year"]) for r in rows)
    for (sid, yr), n in cnt.items():
        if n != 1:
            errors.append("%s %s appears %d times" % (sid, yr, n))
    ids = {r["same_as"] for r in rows}
    for pair in key["ambiguous"]:
        for sid in pair:
            if sid not in ids:
                errors.append("ambiguous id %s has no row" % sid)
        if not pair[1].endswith("b"):
            errors.append("second member of an ambiguous pair must end in b: %s" % pair)
    for r in rows:
        if r["year"] not in key["years"]:
            errors.append("year %s not in years" % r["year"])
    shared = Counter((r["file"], r["sheet"], r["row"]) for r in rows)
    checked = 0
    for r, loc in zip(rows, locs):
        tag = "%s/%s!%s (%s %s)" % (r["file"], r["sheet"], loc["name"], r["same_as"], r["year"])
        wb = books[r["file"]]
        if r["sheet"] not in wb.sheetnames:
            errors.append("%s: no sheet" % tag)
            continue
        ws = wb[r["sheet"]]
        if ws.sheet_state != "visible":
            errors.append("%s: sheet not visible" % tag)
        colL, rown = split(loc["name"])
        if rown != r["row"]:
            errors.append("%s: row %s != %s" % (tag, r["row"], rown))
        if shared[(r["file"], r["sheet"], r["row"])] > 1 and r.get("col") != colL:
            errors.append("%s: shared sheet row without the right col (%s)" % (tag, r.get("col")))
        if "col" in r and r["col"] != colL:
            errors.append("%s: col %s != %s" % (tag, r["col"], colL))
        if ws.row_dimensions[rown].hidden:
            errors.append("%s: name cell on a hidden row" % tag)
        for mr in ws.merged_cells.ranges:
            if loc["name"] in mr and loc["name"] != mr.coord.split(":")[0]:
                errors.append("%s: name cell inside merge %s but not its top-left" % (tag, mr.coord))
        w = ws[loc["name"]].value
        if w != r["written"]:
            errors.append("%s: written %r != cell %r" % (tag, r["written"], w))
        try:
            t = read_cell(ws, loc["target"]) if loc["target"] else None
        except ValueError as e:
            errors.append("%s: target %s" % (tag, e))
            t = "ERR"
        if t != "ERR" and not same(t, r["target"]):
            errors.append("%s: target key %r, file %r" % (tag, r["target"], t))
        try:
            if loc["rule"] == "cell":
                rv = read_cell(ws, loc["realisasi"])
            else:
                vals = [read_cell(ws, c) for c in loc["realisasi"]]
                vals = [v for v in vals if v is not None]
                if not vals:
                    rv = None
                elif loc["rule"] == "sum":
                    rv = sum(vals)
                elif loc["rule"] == "last":
                    rv = vals[-1]
                else:
                    raise ValueError("rule %s" % loc["rule"])
        except ValueError as e:
            errors.append("%s: realisasi %s" % (tag, e))
            rv = "ERR"
        if rv != "ERR" and not same(rv, r["realisasi"]):
            errors.append("%s: realisasi key %r, file %r" % (tag, r["realisasi"], rv))
        checked += 1
    per_year = Counter(r["year"] for r in rows)
    for y in key["years"]:
        if not 16 <= per_year[y] <= 22:
            errors.append("%s: %d indicators in %s (want 16-22)" % (slug, per_year[y], y))
    exts = {os.path.splitext(f)[1] for f in key["files"]}
    if exts != {".xlsx", ".xls", ".ods"}:
        errors.append("%s: formats %s" % (slug, sorted(exts)))
    return checked, errors


def main():
    total = 0
    bad = []
    agencies = sorted(d for d in os.listdir(ROOT) if os.path.exists(os.path.join(ROOT, d, "key.json")))
    for a in agencies:
        n, errs = check_agency(os.path.join(ROOT, a))
        total += n
        print("%-55s %4d key rows checked, %d problems" % (a, n, len(errs)))
        for e in errs:
            print("   ", e)
        bad += errs
    print("TOTAL %d key rows in %d agencies: %s" % (total, len(agencies), "PASS" if not bad else "FAIL"))
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
