#!/usr/bin/env python3
"""Re-read every key row of blind72 from the delivered workbooks and check it.

For each agency folder: .xls and .ods files are converted back to .xlsx with LibreOffice into
gen/tmp/verify/ (own profile), .xlsx files are read as delivered; formulas are read by their cached
values (openpyxl data_only=True).  For every key row it checks
  - the sheet exists and is visible, the row is not hidden;
  - the name cell (located by gen/spec/<slug>.json) is on the key's row (and column, when the key
    gives one), holds exactly the key's `written` text, and is the top-left cell of any merge;
  - target and realisasi: the cells the spec names, read the key's way (percent-formatted numbers
    x 100, Indonesian text parsed, grades / '-' / N/A -> null; 'sum' = sum of the reported periods,
    'last' = the last reported period) equal the key's values;
and, per agency: one key row per id per year, years and files as listed, ambiguous ids present.
The key's values come from the generators' intended figures; this script only compares.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys

import openpyxl
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, "gen", "tmp", "verify")
PROFILE = "-env:UserInstallation=file:///tmp/lo-blind72"

GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}
NULLS = {"", "-", "–", "—", "N/A", "n/a", "NA", "na", "#N/A"}


def to_xlsx(path, slug):
    if path.endswith(".xlsx"):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", PROFILE, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                    "--outdir", out, path], capture_output=True, text=True, timeout=300)
    res = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    if not os.path.exists(res):
        raise SystemExit(f"could not convert {path}")
    return res


def parse_text(s):
    """Indonesian reading of a text cell."""
    t = s.strip()
    if t in NULLS or t.upper() in GRADES:
        return None
    t = re.sub(r"(?i)\bRp\.?", " ", t)
    m = re.search(r"[0-9][0-9.,]*", t)
    if not m:
        return None
    tok = m.group(0).rstrip(".,")
    if "," in tok and "." in tok:
        tok = tok.replace(".", "").replace(",", ".")
    elif "," in tok:
        if tok.count(",") > 1:
            raise ValueError(f"ambiguous number text {s!r}")
        tok = tok.replace(",", ".")
    elif "." in tok:
        if re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})+", tok):
            tok = tok.replace(".", "")
        else:
            raise ValueError(f"ambiguous number text {s!r}")
    return float(tok)


def cell_value(ws, ref):
    c = ws[ref]
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        raise ValueError(f"boolean in {ref}")
    if isinstance(v, (int, float)):
        if "%" in (c.number_format or ""):
            return v * 100
        return v
    if isinstance(v, str):
        if v.startswith("#"):
            raise ValueError(f"error value {v} in {ref}")
        return parse_text(v)
    raise ValueError(f"unexpected {type(v)} in {ref}")


def spec_value(ws, spec):
    kind = spec[0]
    if kind == "cell":
        return cell_value(ws, spec[1])
    vals = [cell_value(ws, r) for r in spec[1]]
    vals = [v for v in vals if v is not None]
    if not vals:
        return None
    if kind == "sum":
        return sum(vals)
    if kind == "last":
        return vals[-1]
    raise ValueError(spec)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def check_agency(slug):
    errs = []
    key = json.load(open(os.path.join(ROOT, slug, "key.json"), encoding="utf-8"))
    spec = json.load(open(os.path.join(ROOT, "gen", "spec", slug + ".json"), encoding="utf-8"))
    rows, srows = key["rows"], spec["rows"]
    if len(rows) != len(srows):
        return [f"{slug}: key has {len(rows)} rows, spec {len(srows)}"]
    present = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, slug, "*"))
                     if not p.endswith(".json"))
    if sorted(key["files"]) != present:
        errs.append(f"{slug}: files {key['files']} vs folder {present}")
    books = {}
    for f in key["files"]:
        p = to_xlsx(os.path.join(ROOT, slug, f), slug)
        books[f] = (openpyxl.load_workbook(p, data_only=True), openpyxl.load_workbook(p))
    seen = set()
    for k, (kr, sr) in enumerate(zip(rows, srows)):
        tag = f"{slug} #{k} {kr['same_as']} {kr['year']} {kr['sheet']}!{kr['row']}"
        for fld in ("file", "sheet", "year"):
            if kr[fld] != sr[fld]:
                errs.append(f"{tag}: key/spec disagree on {fld}")
        if kr["same_as"] != sr["id"]:
            errs.append(f"{tag}: key/spec disagree on id")
        if kr["year"] not in key["years"]:
            errs.append(f"{tag}: year not in years")
        idy = (kr["same_as"], kr["year"])
        if idy in seen:
            errs.append(f"{tag}: second row for id {idy}")
        seen.add(idy)
        wbv, wbf = books[kr["file"]]
        if kr["sheet"] not in wbv.sheetnames:
            errs.append(f"{tag}: no sheet")
            continue
        ws = wbv[kr["sheet"]]
        if ws.sheet_state != "visible":
            errs.append(f"{tag}: sheet not visible")
        col, row = coordinate_from_string(sr["name_ref"])
        if row != kr["row"]:
            errs.append(f"{tag}: spec row {row} != key row")
        if "col" in kr and kr["col"] != col:
            errs.append(f"{tag}: spec col {col} != key col {kr['col']}")
        if ws.row_dimensions[row].hidden:
            errs.append(f"{tag}: row hidden")
        if ws.column_dimensions[col].hidden:
            errs.append(f"{tag}: column hidden")
        val = ws[sr["name_ref"]].value
        if not isinstance(val, str) or val != kr["written"]:
            errs.append(f"{tag}: written {kr['written']!r} but cell holds {val!r}")
        ci = column_index_from_string(col)
        for mr in ws.merged_cells.ranges:
            if mr.min_row <= row <= mr.max_row and mr.min_col <= ci <= mr.max_col:
                if (mr.min_row, mr.min_col) != (row, ci):
                    errs.append(f"{tag}: name cell inside merge {mr} but not its top-left")
        for fld in ("target", "realisasi"):
            try:
                got = spec_value(ws, sr[fld])
            except Exception as e:  # noqa
                errs.append(f"{tag}: {fld}: {e}")
                continue
            if not same(got, kr[fld]):
                errs.append(f"{tag}: {fld} key {kr[fld]!r} but file gives {got!r} ({sr[fld]})")
        # formulas must have cached values
        refs = [sr["target"][1]] if sr["target"][0] == "cell" else sr["target"][1]
        refs += [sr["realisasi"][1]] if sr["realisasi"][0] == "cell" else sr["realisasi"][1]
        for ref in refs:
            fv = wbf[kr["sheet"]][ref].value
            if isinstance(fv, str) and fv.startswith("=") and ws[ref].value is None:
                errs.append(f"{tag}: formula {ref} has no cached value")
    ids = {r["same_as"] for r in rows}
    for pair in key["ambiguous"]:
        for i in pair:
            if i not in ids:
                errs.append(f"{slug}: ambiguous id {i} has no rows")
        if not pair[1].endswith("b"):
            errs.append(f"{slug}: second member of {pair} does not end in b")
    for i in ids:
        if i.endswith("b") and not any(i == p[1] for p in key["ambiguous"]):
            errs.append(f"{slug}: id {i} ends in b but is in no ambiguous pair")
    per_year = {}
    for r in rows:
        per_year[r["year"]] = per_year.get(r["year"], 0) + 1
    for y in key["years"]:
        n = per_year.get(y, 0)
        if not 16 <= n <= 22:
            errs.append(f"{slug}: {n} indicators in {y}")
    exts = {os.path.splitext(f)[1] for f in key["files"]}
    if exts != {".xlsx", ".xls", ".ods"}:
        errs.append(f"{slug}: formats {exts}")
    print(f"{slug}: {len(rows)} key rows, {len(key['files'])} files, per year {dict(sorted(per_year.items()))}"
          f" -> {'OK' if not errs else str(len(errs)) + ' problems'}")
    return errs


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    slugs = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(ROOT, "*", "key.json")))
    errs = []
    total = 0
    for s in slugs:
        errs += check_agency(s)
        total += len(json.load(open(os.path.join(ROOT, s, "key.json")))["rows"])
    for e in errs:
        print("  FAIL", e)
    print(f"total key rows: {total}; {'PASS' if not errs else 'FAIL (' + str(len(errs)) + ')'}")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
