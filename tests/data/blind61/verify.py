#!/usr/bin/env python3
"""Re-read every key row of blind61 from the delivered workbooks and check it.

For each agency directory: .xls and .ods files are converted back to .xlsx in
gen/tmp with LibreOffice (own profile), then read with openpyxl, formulas by
their cached values. The cell map gen/cells/<slug>.json tells, for each key row,
where the name, the target and the realisation cells are and how periods
aggregate (one / sum / last). Checks per key row:
  - the sheet exists and is visible; the name row and column are not hidden;
  - the name cell's text equals `written` exactly, at the key's row (and col);
  - the name cell is the top-left cell of any merge that contains it;
  - target and realisasi parsed by the key conventions equal the key's values;
  - one row per id per year; years, files and ambiguous ids are consistent.
Key values come from the generators' intended figures; this script is the
independent read-back.
"""
import json
import os
import re
import subprocess
import sys

import openpyxl
from openpyxl.utils import column_index_from_string, get_column_letter

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, "gen", "tmp")
CELLS = os.path.join(ROOT, "gen", "cells")
PROFILE = "-env:UserInstallation=file:///tmp/lo-blind61"

GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}
EMPTY = object()


def to_xlsx(path, slug):
    if path.endswith(".xlsx"):
        return path
    outdir = os.path.join(TMP, slug)
    os.makedirs(outdir, exist_ok=True)
    base = os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(outdir, base + ".xlsx")
    subprocess.run(["soffice", PROFILE, "--headless", "--calc", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(out), out
    return out


def parse_text(s):
    t = s.strip()
    if t in ("", "-", "–", "—", "N/A", "n/a", "NA", "na"):
        return None
    g = re.sub(r"[\s\"'()]", "", t)
    if g.upper() in GRADES:
        return None
    t = re.sub(r"(?i)\brp\.?", "", t)
    m = re.search(r"[0-9][0-9.,]*", t)
    if not m:
        return None
    tok = m.group(0).rstrip(".,")
    tok = tok.replace(".", "").replace(",", ".")
    return float(tok)


def parse_cell(c):
    v = c.value
    if v is None:
        return EMPTY
    if isinstance(v, bool):
        raise ValueError("boolean in %s" % c.coordinate)
    if isinstance(v, (int, float)):
        if "%" in (c.number_format or ""):
            return v * 100.0
        return float(v)
    if isinstance(v, str):
        if v.strip() == "":
            return EMPTY
        return parse_text(v)
    raise ValueError("unexpected %r in %s" % (v, c.coordinate))


def aggregate(ws, spec):
    vals = [parse_cell(ws[ref]) for ref in spec["cells"]]
    present = [v for v in vals if v is not EMPTY]
    if spec["agg"] == "one":
        return None if not present else present[0]
    if spec["agg"] == "sum":
        nums = [v for v in present if v is not None]
        return sum(nums) if nums else None
    if spec["agg"] == "last":
        return present[-1] if present else None
    raise ValueError(spec["agg"])


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def check_agency(d):
    errors = []
    slug = os.path.basename(d)
    key = json.load(open(os.path.join(d, "key.json"), encoding="utf-8"))
    cmap = json.load(open(os.path.join(CELLS, slug + ".json"), encoding="utf-8"))
    rows, cells = key["rows"], cmap["cells"]
    if len(rows) != len(cells):
        return ["%s: key has %d rows, cell map %d" % (slug, len(rows), len(cells))]
    years = key["years"]
    if len(years) != 4 or years != list(range(years[0], years[0] + 4)):
        errors.append("%s: years %r are not four consecutive years" % (slug, years))
    exts = {os.path.splitext(f)[1] for f in key["files"]}
    if not {".xlsx", ".xls", ".ods"} <= exts:
        errors.append("%s: formats %r" % (slug, exts))
    for f in key["files"]:
        if not os.path.exists(os.path.join(d, f)):
            errors.append("%s: missing file %s" % (slug, f))
    books = {}
    for f in key["files"]:
        books[f] = openpyxl.load_workbook(to_xlsx(os.path.join(d, f), slug), data_only=True)
    seen = {}
    ids = set()
    for i, (r, c) in enumerate(zip(rows, cells)):
        tag = "%s row#%d %s %s" % (slug, i, r["same_as"], r["year"])
        ids.add(r["same_as"])
        k = (r["same_as"], r["year"])
        if k in seen:
            errors.append("%s: duplicate id/year (also row#%d)" % (tag, seen[k]))
        seen[k] = i
        if r["year"] not in years:
            errors.append("%s: year not in years" % tag)
        if r["file"] not in books or r["file"] != c["file"] or r["sheet"] != c["sheet"]:
            errors.append("%s: file/sheet mismatch" % tag)
            continue
        wb = books[r["file"]]
        if r["sheet"] not in wb.sheetnames:
            errors.append("%s: no sheet %r" % (tag, r["sheet"]))
            continue
        ws = wb[r["sheet"]]
        if ws.sheet_state != "visible":
            errors.append("%s: sheet %r is %s" % (tag, r["sheet"], ws.sheet_state))
        ref = c["name_cell"]
        colL = "".join(ch for ch in ref if ch.isalpha())
        rown = int("".join(ch for ch in ref if ch.isdigit()))
        if rown != r["row"]:
            errors.append("%s: cell map row %d != key row %d" % (tag, rown, r["row"]))
        if "col" in r and r["col"] != colL:
            errors.append("%s: key col %s != %s" % (tag, r["col"], colL))
        if ws.row_dimensions[rown].hidden:
            errors.append("%s: name row %d hidden" % (tag, rown))
        ci = column_index_from_string(colL)
        for cd in ws.column_dimensions.values():
            if cd.hidden and cd.min is not None and cd.min <= ci <= (cd.max or cd.min):
                errors.append("%s: name column %s hidden" % (tag, colL))
        val = ws[ref].value
        if val != r["written"]:
            errors.append("%s: written %r but cell %s holds %r" % (tag, r["written"], ref, val))
        for mr in ws.merged_cells.ranges:
            if mr.min_row <= rown <= mr.max_row and \
                    mr.min_col <= column_index_from_string(colL) <= mr.max_col:
                if (mr.min_row, mr.min_col) != (rown, column_index_from_string(colL)):
                    errors.append("%s: %s inside merge %s, not its top-left" % (tag, ref, mr))
        for what in ("target", "realisasi"):
            spec = c["t" if what == "target" else "r"]
            try:
                got = aggregate(ws, spec)
            except Exception as e:  # noqa: BLE001
                errors.append("%s: %s unreadable: %s" % (tag, what, e))
                continue
            if not same(got, r[what]):
                errors.append("%s: %s key %r, file gives %r (%s %s)" % (
                    tag, what, r[what], got, spec["agg"], spec["cells"]))
    for pair in key.get("ambiguous", []):
        for x in pair:
            if x not in ids:
                errors.append("%s: ambiguous id %s has no rows" % (slug, x))
        if not pair[1].endswith("b"):
            errors.append("%s: second member %s does not end in b" % (slug, pair[1]))
    for y in years:
        n = sum(1 for r in rows if r["year"] == y)
        if not 16 <= n <= 22:
            errors.append("%s: %d indicators in %d" % (slug, n, y))
    for fid in cmap["flow_ids"]:
        if fid not in ids:
            errors.append("%s: flow id %s has no rows" % (slug, fid))
    return errors, len(rows)


def main():
    total = 0
    allerr = []
    dirs = sorted(p for p in os.listdir(ROOT)
                  if os.path.isfile(os.path.join(ROOT, p, "key.json")))
    for p in dirs:
        res = check_agency(os.path.join(ROOT, p))
        if isinstance(res, list):
            allerr += res
            continue
        errs, n = res
        total += n
        allerr += errs
        print("%-48s %3d key rows checked, %d problems" % (p, n, len(errs)))
    for e in allerr:
        print("FAIL", e)
    print("verify: %d agencies, %d key rows, %s" % (len(dirs), total,
                                                   "OK" if not allerr else
                                                   "%d FAILURES" % len(allerr)))
    return 1 if allerr else 0


if __name__ == "__main__":
    sys.exit(main())
