#!/usr/bin/env python3
"""Re-read every key row of blind40 from the DELIVERED workbooks and check written / target / realisasi.

xls and ods files are converted back to xlsx with LibreOffice into gen/tmp/verify/<folder>/ and read with
openpyxl (data_only: cached formula values). Cell positions of the target / realisasi values come from
gen/cellspec.json (written by the generator); the values are parsed here independently:
  * number in a %-formatted cell -> x 100 (percent points)
  * text: Indonesian convention ('.' thousands, ',' decimal), first number of a range / '>=' / unit text
  * grades (AA..D), '-', 'N/A', blank -> None
  * aggregation 'sum' (None counts 0, all None -> None) / 'last' (last non-None) / 'one'
Also checks: key files exist, sheets visible, name cell is the top-left of its merge, one row per id per
year, 15-25 indicators per agency-year, ambiguous ids exist.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys

import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, "gen", "tmp", "verify")
GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}


def convert(path, outdir):
    os.makedirs(outdir, exist_ok=True)
    profile = "file://" + os.path.join(ROOT, "gen", "tmp", "lo_profile_verify")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, path],
                   check=True, capture_output=True, timeout=300)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    assert os.path.exists(out), out
    return out


def parse_text(s):
    s = s.strip()
    if s in ("", "-", "\u2013", "\u2014") or s.upper() in ("N/A", "NA") or s in GRADES:
        return None
    m = re.search(r"\d[\d.,]*", s)
    if not m:
        return None
    tok = m.group(0).rstrip(".,").replace(".", "").replace(",", ".")
    return float(tok)


def cell_value(ws, ref):
    c = ws[ref]
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        raise ValueError(f"bool in {ref}")
    if isinstance(v, (int, float)):
        fmt = c.number_format or ""
        return float(v) * 100 if "%" in fmt else float(v)
    if isinstance(v, str):
        if v.startswith("#"):
            return None
        return parse_text(v)
    raise ValueError(f"unexpected {type(v)} in {ref}")


def aggregate(ws, refs, how):
    vals = [cell_value(ws, r) for r in refs]
    if how == "one":
        return vals[0]
    nums = [v for v in vals if v is not None]
    if not nums:
        return None
    return sum(nums) if how == "sum" else nums[-1]


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def main():
    specs = json.load(open(os.path.join(ROOT, "gen", "cellspec.json"), encoding="utf-8"))
    errors = []
    total = 0
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    for folder, spec_rows in specs.items():
        d = os.path.join(ROOT, folder)
        key = json.load(open(os.path.join(d, "key.json"), encoding="utf-8"))
        for f in key["files"]:
            if not os.path.exists(os.path.join(d, f)):
                errors.append(f"{folder}: missing file {f}")
        present = sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, "*")) if not p.endswith("key.json"))
        if present != sorted(key["files"]):
            errors.append(f"{folder}: folder holds {present}, key lists {key['files']}")
        books = {}
        for f in key["files"]:
            p = os.path.join(d, f)
            if f.endswith(".xlsx"):
                books[f] = openpyxl.load_workbook(p, data_only=True)
            else:
                books[f] = openpyxl.load_workbook(convert(p, os.path.join(TMP, folder)), data_only=True)
        rows = key["rows"]
        if len(rows) != len(spec_rows):
            errors.append(f"{folder}: {len(rows)} key rows vs {len(spec_rows)} specs")
        seen = set()
        per_year = {}
        for k, s in zip(rows, spec_rows):
            total += 1
            tag = f"{folder}/{k['file']}!{k['sheet']} row {k['row']} {k['col']} ({k['same_as']} {k['year']})"
            assert (k["file"], k["sheet"], k["row"], k["col"]) == (s["file"], s["sheet"], s["row"], s["col"]), tag
            if (k["same_as"], k["year"]) in seen:
                errors.append(f"{tag}: id twice in one year")
            seen.add((k["same_as"], k["year"]))
            per_year[k["year"]] = per_year.get(k["year"], 0) + 1
            if k["year"] not in key["years"]:
                errors.append(f"{tag}: year not in years")
            wb = books[k["file"]]
            if k["sheet"] not in wb.sheetnames:
                errors.append(f"{tag}: no such sheet")
                continue
            ws = wb[k["sheet"]]
            if ws.sheet_state != "visible":
                errors.append(f"{tag}: key row on a hidden sheet")
            ref = f"{k['col']}{k['row']}"
            for mr in ws.merged_cells.ranges:
                if ref in mr and (mr.min_row, mr.min_col) != (ws[ref].row, ws[ref].column):
                    errors.append(f"{tag}: name cell is not the top-left of merge {mr}")
            name = ws[ref].value
            if name != k["written"]:
                errors.append(f"{tag}: written {k['written']!r} but cell holds {name!r}")
            t = aggregate(ws, s["target_cells"], s["target_agg"])
            r = aggregate(ws, s["real_cells"], s["real_agg"])
            if not close(t, k["target"]):
                errors.append(f"{tag}: target key {k['target']} but cells give {t}")
            if not close(r, k["realisasi"]):
                errors.append(f"{tag}: realisasi key {k['realisasi']} but cells give {r}")
        for y in key["years"]:
            n = per_year.get(y, 0)
            if not 15 <= n <= 25:
                errors.append(f"{folder}: {n} indicators in {y}")
        ids = {k["same_as"] for k in rows}
        for pair in key["ambiguous"]:
            for i in pair:
                if i not in ids:
                    errors.append(f"{folder}: ambiguous id {i} not used")
        exts = {os.path.splitext(f)[1] for f in key["files"]}
        print(f"{folder}: {len(rows)} key rows, years {key['years']}, files {len(key['files'])} {sorted(exts)}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print(f"OK: {total} key rows verified")


if __name__ == "__main__":
    main()
