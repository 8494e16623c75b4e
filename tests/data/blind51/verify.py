#!/usr/bin/env python3
"""Re-read every key row from the delivered workbooks and check written / target / realisasi.

xls and ods files are converted back to xlsx with LibreOffice into gen/tmp/ first.  The cells that
hold each key row's target and realisasi (and how they combine: one cell, the sum of quarters, the
last reported quarter) come from gen/cellmap.json, written by the generator; the values are parsed
here, independently, with the key conventions:
  numbers in %-formatted cells are fractions -> percent points; text in Indonesian notation
  ('1.850' = 1850, '85,1' = 85.1) unless the cell map says 'en' (English grouping of a count);
  ranges -> lower bound; '>= 80' -> 80; grades, '-', n/a, error values -> null.
Usage: python3 verify.py        (exit status 0 when every check passes)
"""
import json
import os
import re
import shutil
import subprocess
import sys

import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, "gen", "tmp")
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-blind51", "--headless"]
GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}
NULLS = {"-", "–", "—", "", "n.a", "n.a.", "N/A", "n/a", "NA"}


def to_number(tok, hint):
    if hint == "en":
        return float(tok.replace(",", ""))
    return float(tok.replace(".", "").replace(",", "."))


def parse(c, hint):
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v) * 100 if "%" in (c.number_format or "") else float(v)
    s = str(v).strip()
    if s in NULLS or s.upper() in GRADES or s.startswith("#"):
        return None
    m = re.match(r"^(?:>=|≥|>|<=|≤)?\s*(\d[\d.,]*)", s)
    if not m:
        return None
    tok = m.group(1).rstrip(".,")
    return to_number(tok, hint)


def derive(ws, spec):
    if spec is None:
        return None
    vals = [parse(ws[c], spec.get("hint")) for c in spec["cells"]]
    if spec["op"] == "cell":
        return vals[0]
    nn = [v for v in vals if v is not None]
    if not nn:
        return None
    if spec["op"] == "sum":
        return sum(nn)
    if spec["op"] == "last":
        return nn[-1]
    raise ValueError(spec["op"])


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def to_xlsx(slug, path):
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if ext == "xlsx":
        return path
    outdir = os.path.join(TMP, slug, ext)
    os.makedirs(outdir, exist_ok=True)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(path):
        subprocess.run(LO + ["--convert-to", "xlsx", "--outdir", outdir, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


def main():
    cmap = json.load(open(os.path.join(ROOT, "gen", "cellmap.json"), encoding="utf-8"))
    idx = {(m["agency"], m["file"], m["sheet"], m["same_as"], m["year"]): m for m in cmap}
    errors = []
    total = 0
    for slug in sorted(os.listdir(ROOT)):
        kp = os.path.join(ROOT, slug, "key.json")
        if not os.path.isfile(kp):
            continue
        key = json.load(open(kp, encoding="utf-8"))
        books = {}
        exts = set()
        for f in key["files"]:
            p = os.path.join(ROOT, slug, f)
            if not os.path.exists(p):
                errors.append(f"{slug}: missing file {f}")
                continue
            exts.add(os.path.splitext(f)[1].lower())
            books[f] = openpyxl.load_workbook(to_xlsx(slug, p), data_only=True)
        seen = set()
        shared = {}
        for r in key["rows"]:
            shared[(r["file"], r["sheet"], r["row"])] = shared.get((r["file"], r["sheet"], r["row"]), 0) + 1
        years_found = set()
        for r in key["rows"]:
            total += 1
            tag = f"{slug}/{r['file']}!{r['sheet']} row {r['row']} {r['same_as']} {r['year']}"
            k = (r["same_as"], r["year"])
            if k in seen:
                errors.append(f"{tag}: second key row for {k}")
            seen.add(k)
            years_found.add(r["year"])
            if r["year"] not in key["years"]:
                errors.append(f"{tag}: year not in years")
            if r["file"] not in books:
                errors.append(f"{tag}: file not delivered")
                continue
            wb = books[r["file"]]
            if r["sheet"] not in wb.sheetnames:
                errors.append(f"{tag}: no such sheet")
                continue
            ws = wb[r["sheet"]]
            if ws.sheet_state != "visible":
                errors.append(f"{tag}: key row on a hidden sheet")
            need_col = shared[(r["file"], r["sheet"], r["row"])] > 1
            if need_col != ("col" in r):
                errors.append(f"{tag}: 'col' {'missing' if need_col else 'not expected'}")
            m = idx.get((slug, r["file"], r["sheet"], r["same_as"], r["year"]))
            if m is None or m["row"] != r["row"]:
                errors.append(f"{tag}: no cell map entry")
                continue
            col = r.get("col", m["col"])
            coord = f"{col}{r['row']}"
            for rng in ws.merged_cells.ranges:
                if coord in rng and coord != rng.start_cell.coordinate:
                    errors.append(f"{tag}: {coord} is inside merge {rng} but not its top-left")
            got = ws[coord].value
            if got != r["written"]:
                errors.append(f"{tag}: written {r['written']!r} but cell {coord} holds {got!r}")
            for fld in ("target", "realisasi"):
                d = derive(ws, m[fld])
                if not same(d, r[fld]):
                    errors.append(f"{tag}: {fld} key {r[fld]!r} but the file gives {d!r} ({m[fld]})")
        if years_found != set(key["years"]):
            errors.append(f"{slug}: years with key rows {sorted(years_found)} != {key['years']}")
        ids = {r["same_as"] for r in key["rows"]}
        for a, b in key["ambiguous"]:
            if a not in ids or b not in ids:
                errors.append(f"{slug}: ambiguous pair {a}/{b} not both in rows")
        print(f"{slug}: {len(key['rows'])} key rows, files {', '.join(key['files'])}")
    for e in errors:
        print("FAIL", e)
    print(f"{total} key rows checked, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
