#!/usr/bin/env python3
"""Re-read every key row of blind76 from the delivered workbooks and check it.

For each agency folder (one with a key.json): .xls and .ods files are converted back to .xlsx
in gen/tmp/verify/ with LibreOffice (own profile) and every workbook is read with openpyxl by
cached values. For each key row it checks
  - the sheet exists and is visible, the row is not hidden;
  - the name cell (row, and col where given / the generator's name column) holds `written` exactly;
  - the name cell is the top-left cell of any merge it belongs to;
  - target and realisasi: the cells named in gen/locators/<slug>.json are read (percent-formatted
    numbers x 100, text parsed the Indonesian way after dropping Rp, units and footnote marks,
    ranges -> lower bound, ">= x" -> x, grades and "-" -> null) and combined by the locator's rule
    (cell / sum of the reported periods / last reported period), then compared with the key;
and over the key: one row per id per year, 16-22 indicators a year, four consecutive years,
"col" wherever key rows share a sheet row, ambiguous ids present, every workbook listed, at least
one .xlsx, .xls and .ods per agency.
Key figures come from the generators' intended values; this script only reads the files.
Exit status 0 when everything passes.
"""
import json
import os
import re
import subprocess
import sys

import openpyxl
from openpyxl.utils.cell import coordinate_from_string, range_boundaries
from openpyxl.utils import column_index_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, "gen", "tmp", "verify")
LOCS = os.path.join(ROOT, "gen", "locators")
PROFILE = "file:///tmp/lo-blind76"
GRADES = {"AA", "A", "BB", "B", "CC", "C", "D", "E"}


def parse(value, fmt):
    if value is None:
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value * 100 if fmt and "%" in fmt else value
    s = str(value).strip()
    if not s or s in {"-", "--", "N/A", "n/a", "NA", "#DIV/0!"}:
        return None
    if s.upper() in GRADES:
        return None
    s = re.sub(r"\*+\)?|[¹²³]\)?", "", s)          # footnote marks
    s = s.replace("Rp.", "").replace("Rp", "").replace(",-", "")
    s = s.strip()
    s = re.sub(r"^(>=|<=|≥|≤|>|<|maks\.?|min\.?)\s*", "", s, flags=re.I)
    m = re.match(r"^([0-9][0-9.,]*)", s)
    if not m:
        return None
    tok = m.group(1).rstrip(".,")
    tok = tok.replace(".", "").replace(",", ".")     # Indonesian: . groups, , decimal
    return float(tok)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)), abs(float(b)))


def to_xlsx(path, slug):
    if path.endswith(".xlsx"):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + PROFILE, "--convert-to",
                    "xlsx", "--outdir", out, path], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    res = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    assert os.path.exists(res), res
    return res


def apply(ws, spec):
    rule, cells = spec
    vals = [parse(ws[c].value, ws[c].number_format) for c in cells]
    if rule == "cell":
        assert len(cells) == 1
        return vals[0]
    nums = [v for v in vals if v is not None]
    if rule == "sum":
        return sum(nums) if nums else None
    if rule == "last":
        return nums[-1] if nums else None
    raise ValueError(rule)


def check_agency(slug):
    errors = []
    adir = os.path.join(ROOT, slug)
    key = json.load(open(os.path.join(adir, "key.json"), encoding="utf-8"))
    loc = json.load(open(os.path.join(LOCS, slug + ".json"), encoding="utf-8"))["locators"]
    rows = key["rows"]
    if len(rows) != len(loc):
        errors.append("locator count %d != key rows %d" % (len(loc), len(rows)))
    years = key["years"]
    if sorted(years) != list(range(min(years), min(years) + 4)):
        errors.append("years not four consecutive: %s" % years)
    delivered = sorted(f for f in os.listdir(adir) if f.endswith((".xlsx", ".xls", ".ods")))
    if sorted(key["files"]) != delivered:
        errors.append("files listed %s != delivered %s" % (key["files"], delivered))
    exts = {os.path.splitext(f)[1] for f in key["files"]}
    if exts != {".xlsx", ".xls", ".ods"}:
        errors.append("formats %s" % exts)
    books = {}
    for f in key["files"]:
        books[f] = openpyxl.load_workbook(to_xlsx(os.path.join(adir, f), slug), data_only=True)

    seen = {}
    share = {}
    for r in rows:
        share.setdefault((r["file"], r["sheet"], r["row"]), []).append(r)
    for k, lst in share.items():
        if len(lst) > 1 and not all("col" in x for x in lst):
            errors.append("rows share %s without col" % (k,))

    for i, (r, l) in enumerate(zip(rows, loc)):
        tag = "%s %s/%s!%s%d %s" % (slug, r["file"], r["sheet"], l["col"], r["row"], r["same_as"])
        if (r["file"], r["sheet"], r["row"]) != (l["file"], l["sheet"], l["row"]):
            errors.append("%s: locator mismatch" % tag)
            continue
        if "col" in r and r["col"] != l["col"]:
            errors.append("%s: col %s != locator %s" % (tag, r["col"], l["col"]))
        k = (r["same_as"], r["year"])
        if k in seen:
            errors.append("%s: id %s twice in %d" % (tag, r["same_as"], r["year"]))
        seen[k] = True
        if r["year"] not in years:
            errors.append("%s: year %s" % (tag, r["year"]))
        wb = books[r["file"]]
        if r["sheet"] not in wb.sheetnames:
            errors.append("%s: no sheet" % tag)
            continue
        ws = wb[r["sheet"]]
        if ws.sheet_state != "visible":
            errors.append("%s: sheet %s" % (tag, ws.sheet_state))
        if ws.row_dimensions[r["row"]].hidden:
            errors.append("%s: row hidden" % tag)
        ref = "%s%d" % (l["col"], r["row"])
        got = ws[ref].value
        if got != r["written"]:
            errors.append("%s: written %r != cell %r" % (tag, r["written"], got))
        ci = column_index_from_string(l["col"])
        for mr in ws.merged_cells.ranges:
            c1, r1, c2, r2 = range_boundaries(str(mr))
            if r1 <= r["row"] <= r2 and c1 <= ci <= c2 and (r1, c1) != (r["row"], ci):
                errors.append("%s: name cell inside merge %s" % (tag, mr))
        t = apply(ws, l["target"])
        v = apply(ws, l["realisasi"])
        if not close(t, r["target"]):
            errors.append("%s: target key %r file %r" % (tag, r["target"], t))
        if not close(v, r["realisasi"]):
            errors.append("%s: realisasi key %r file %r" % (tag, r["realisasi"], v))

    ids = {r["same_as"] for r in rows}
    for pair in key["ambiguous"]:
        for x in pair:
            if x not in ids:
                errors.append("%s: ambiguous id %s has no row" % (slug, x))
        if not pair[1].endswith("b"):
            errors.append("%s: second member %s does not end in b" % (slug, pair[1]))
    for x in ids:
        if x.endswith("b") and not any(x == p[1] for p in key["ambiguous"]):
            errors.append("%s: id %s ends in b but is not an ambiguous second member" % (slug, x))
    for y in years:
        n = sum(1 for r in rows if r["year"] == y)
        if not 16 <= n <= 22:
            errors.append("%s: %d indicators in %d" % (slug, n, y))
    counts = {y: sum(1 for r in rows if r["year"] == y) for y in years}
    return errors, len(rows), counts


def main():
    agencies = sorted(d for d in os.listdir(ROOT)
                      if os.path.isfile(os.path.join(ROOT, d, "key.json")))
    total = 0
    bad = []
    for slug in agencies:
        errs, n, counts = check_agency(slug)
        total += n
        print("%-34s %3d key rows %s  %s" % (slug, n, counts, "OK" if not errs else
                                                "%d ERRORS" % len(errs)))
        for e in errs:
            print("   ", e)
        bad += errs
    print("total key rows: %d; agencies: %d; %s" % (total, len(agencies),
                                                    "PASS" if not bad else "FAIL"))
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
