#!/usr/bin/env python3
"""Re-read every key row of /work/blind41/<agency>/key.json from the delivered workbooks.

xls and ods files are converted back to xlsx with LibreOffice into gen/tmp/, then read with
openpyxl (cached values).  For each key row the cell references come from gen/spec/<slug>.json
(written by the generators); this script checks, independently of the generators' own numbers:
  * the name cell at (sheet, row) holds exactly `written`, is the top-left of its merge (if any),
    and the sheet is visible;
  * target / realisasi re-parsed from the cells under the key conventions equal the key
    (% formatted numbers x 100; text in Indonesian convention; ranges -> lower bound; '>= 80' -> 80;
    grades / '-' / N/A -> null; 'sum' = sum of the quarters, 'last' = last reported quarter);
  * key.json structure: years, files exist, one row per indicator per year, ambiguous ids exist.
Exit status 0 when everything agrees.
"""
import glob
import json
import os
import re
import subprocess
import sys

import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, "gen", "tmp")
SPEC = os.path.join(ROOT, "gen", "spec")

GRADE = re.compile(r"^(AA|A|BB|B|CC|C|D)(\s*\(.*\))?$")


def parse(v, fmt):
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if fmt and "%" in fmt:
            return float(v) * 100.0
        return float(v)
    s = str(v).strip()
    if s in ("", "-", "--", "\u2013", "N/A", "n/a", "NA", "n.a."):
        return None
    if s.startswith("#"):
        return None
    if GRADE.match(s):
        return None
    m = re.search(r"\d[\d.,]*", s)
    if not m:
        return None
    tok = m.group(0).rstrip(".,")
    tok = tok.replace(".", "").replace(",", ".")
    return float(tok)


def combine(vals, rule):
    if rule == "cell":
        assert len(vals) == 1
        return vals[0]
    xs = [x for x in vals if x is not None]
    if not xs:
        return None
    if rule == "sum":
        return sum(xs)
    if rule == "last":
        return xs[-1]
    raise ValueError(rule)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def to_xlsx(path, slug):
    """delivered file -> path of an xlsx to read"""
    if path.endswith(".xlsx"):
        return path
    os.makedirs(TMP, exist_ok=True)
    stem = os.path.splitext(os.path.basename(path))[0]
    ext = os.path.splitext(path)[1][1:]
    outdir = os.path.join(TMP, f"{slug}__{ext}")
    os.makedirs(outdir, exist_ok=True)
    out = os.path.join(outdir, stem + ".xlsx")
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(path):
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/blind41_lo_verify", "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


def main():
    errors = []
    total = 0
    slugs = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(SPEC, "*.json"))
                   if not p.endswith(".doc.json"))
    for slug in slugs:
        adir = os.path.join(ROOT, slug)
        key = json.load(open(os.path.join(adir, "key.json")))
        spec = json.load(open(os.path.join(SPEC, slug + ".json")))
        for fld in ("agency", "years", "files", "ambiguous", "rows"):
            if fld not in key:
                errors.append(f"{slug}: key.json lacks {fld}")
        if len(key["rows"]) != len(spec):
            errors.append(f"{slug}: {len(key['rows'])} key rows but {len(spec)} spec rows")
        years = sorted({r["year"] for r in key["rows"]})
        if years != key["years"]:
            errors.append(f"{slug}: years {key['years']} != rows' years {years}")
        for f in key["files"]:
            if not os.path.exists(os.path.join(adir, f)):
                errors.append(f"{slug}: missing file {f}")
        exts = {os.path.splitext(f)[1] for f in key["files"]}
        seen = set()
        for r in key["rows"]:
            k = (r["same_as"], r["year"])
            if k in seen:
                errors.append(f"{slug}: duplicate key {k}")
            seen.add(k)
            if r["file"] not in key["files"]:
                errors.append(f"{slug}: row file {r['file']} not in files")
        ids = {r["same_as"] for r in key["rows"]}
        for a, b in key["ambiguous"]:
            if a not in ids or b not in ids:
                errors.append(f"{slug}: ambiguous pair {a},{b} has an unknown id")
        books = {}
        for f in key["files"]:
            p = to_xlsx(os.path.join(adir, f), slug)
            books[f] = (openpyxl.load_workbook(p, data_only=True),)
        for r, s in zip(key["rows"], spec):
            total += 1
            tag = f"{slug} | {r['file']} | {r['sheet']} | row {r['row']} | {r['same_as']} {r['year']}"
            for fld in ("file", "sheet", "row", "year", "same_as"):
                if r[fld] != s[fld]:
                    errors.append(f"{tag}: key/spec mismatch on {fld}")
            wb = books[r["file"]][0]
            if r["sheet"] not in wb.sheetnames:
                errors.append(f"{tag}: no such sheet")
                continue
            ws = wb[r["sheet"]]
            if ws.sheet_state != "visible":
                errors.append(f"{tag}: sheet is hidden")
            cell = ws.cell(r["row"], s["ncol"])
            if cell.value != r["written"]:
                errors.append(f"{tag}: written {r['written']!r} != cell {cell.value!r}")
            for mr in ws.merged_cells.ranges:
                if mr.min_row <= r["row"] <= mr.max_row and mr.min_col <= s["ncol"] <= mr.max_col:
                    if (mr.min_row, mr.min_col) != (r["row"], s["ncol"]):
                        errors.append(f"{tag}: name cell is not the top-left of merge {mr}")
            for what, cells, rule in (("target", s["t_cells"], s["t_rule"]),
                                      ("realisasi", s["r_cells"], s["r_rule"])):
                vals = []
                for (rr, cc) in cells:
                    c = ws.cell(rr, cc)
                    vals.append(parse(c.value, c.number_format))
                got = combine(vals, rule)
                if not same(got, r[what]):
                    errors.append(f"{tag}: {what} key {r[what]!r} but cells give {got!r} "
                                  f"({[ws.cell(a, b).value for a, b in cells]})")
        print(f"{slug}: {len(key['rows'])} key rows, years {key['years']}, files "
              f"{', '.join(key['files'])}")
    allext = set()
    for slug in slugs:
        for f in json.load(open(os.path.join(ROOT, slug, "key.json")))["files"]:
            allext.add(os.path.splitext(f)[1])
    for e in (".xlsx", ".xls", ".ods"):
        if e not in allext:
            errors.append(f"no delivered {e} file")
    for e in errors:
        print("ERROR", e)
    print(f"checked {total} key rows, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
