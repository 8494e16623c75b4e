#!/usr/bin/env python3
"""verify.py - re-read every key row of blind73 from the delivered workbooks.

For each agency directory holding a key.json:
  * .xls / .ods files are converted back to .xlsx with LibreOffice into gen/tmp/<slug>/
    (.xlsx files are read as delivered); formulas are read by their cached values (data_only);
  * for every key row the cell map gen/cellmap/<slug>.json gives the name cell and the cells
    holding target and realisasi with the rule that applies (cell / sum of reported periods /
    last reported period);
  * checks: the sheet exists and is visible, the row is not hidden, the name cell is on the key's
    row (and column, where the key gives one), its text equals `written` exactly, it is the
    top-left cell of any merge covering it; target and realisasi read back from the cells and
    parsed by the key conventions equal the key's values (which the generators wrote from their
    intended figures); one key row per id per year; rows sharing a sheet row carry "col";
    ambiguous pairs name ids present in the key; the key's file list matches the directory.
Exit status 0 when everything passes.
"""
import json
import os
import re
import subprocess
import sys

import openpyxl
from openpyxl.utils import column_index_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, "gen", "tmp")
CELLMAP = os.path.join(ROOT, "gen", "cellmap")
LO_PROFILE = "file:///tmp/lo-blind73"

GRADE = re.compile(r"^(AA|A|BB|B|CC|C|D)$")


def to_xlsx(path, slug):
    if path.lower().endswith(".xlsx"):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    res = subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to",
                          "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path],
                         capture_output=True, text=True, timeout=300)
    dst = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    if res.returncode != 0 or not os.path.exists(dst):
        raise RuntimeError("conversion failed for %s: %s %s" % (path, res.stdout, res.stderr))
    return dst


def is_filled(cell):
    v = cell.value
    return not (v is None or (isinstance(v, str) and v.strip() == ""))


def parse(cell):
    """Key conventions: %-formatted numbers -> percent points; Indonesian text parsed after dropping
    Rp, units and footnote marks; ranges -> lower bound; '>= x' -> x; grades, '-', N/A -> None."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100.0
        return float(v)
    s = str(v).strip()
    if s in ("", "-", "–", "—", "N/A", "n/a", "NA", "#DIV/0!"):
        return None
    if GRADE.match(s):
        return None
    s = s.replace("Rp.", " ").replace("Rp", " ")
    s = re.sub(r",-\s*$", "", s)
    s = s.replace("*)", " ").replace("*", " ")
    m = re.search(r"\d[\d.,]*", s)
    if not m:
        return None
    num = m.group(0).rstrip(".,")
    num = num.replace(".", "").replace(",", ".")
    return float(num)


def evaluate(ws, spec):
    rule, cells = spec["rule"], spec["cells"]
    if rule == "cell":
        return parse(ws[cells[0]])
    if rule == "sum":
        vals = [parse(ws[c]) for c in cells if is_filled(ws[c])]
        vals = [x for x in vals if x is not None]
        return sum(vals) if vals else None
    if rule == "last":
        last = None
        for c in cells:
            if is_filled(ws[c]):
                last = ws[c]
        return parse(last) if last is not None else None
    raise ValueError(rule)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def main():
    total = 0
    errors = []
    agencies = sorted(d for d in os.listdir(ROOT) if os.path.exists(os.path.join(ROOT, d, "key.json")))
    for slug in agencies:
        adir = os.path.join(ROOT, slug)
        key = json.load(open(os.path.join(adir, "key.json"), encoding="utf-8"))
        cm = json.load(open(os.path.join(CELLMAP, slug + ".json"), encoding="utf-8"))
        rows, entries = key["rows"], cm["entries"]
        if len(rows) != len(entries):
            errors.append(f"{slug}: key has {len(rows)} rows, cell map {len(entries)}")
            continue
        present = sorted(f for f in os.listdir(adir) if f != "key.json")
        if sorted(key["files"]) != present:
            errors.append(f"{slug}: key files {key['files']} != directory {present}")
        exts = {os.path.splitext(f)[1] for f in key["files"]}
        if not {".xlsx", ".xls", ".ods"} <= exts:
            errors.append(f"{slug}: not every format present: {exts}")
        books = {}
        for f in key["files"]:
            books[f] = openpyxl.load_workbook(to_xlsx(os.path.join(adir, f), slug), data_only=True)
        seen = {}
        sheetrows = {}
        ids = set()
        for r, e in zip(rows, entries):
            total += 1
            tag = f"{slug} {r['file']}!{r['sheet']} row {r['row']} {r['same_as']} {r['year']}"
            ids.add(r["same_as"])
            if (r["file"], r["sheet"], r["row"], r["year"], r["same_as"]) != \
                    (e["file"], e["sheet"], e["row"], e["year"], e["id"]):
                errors.append(f"{tag}: key row and cell map disagree")
                continue
            if r["year"] not in key["years"]:
                errors.append(f"{tag}: year not in key years")
            k = (r["same_as"], r["year"])
            if k in seen:
                errors.append(f"{tag}: second key row for {k}")
            seen[k] = tag
            sheetrows.setdefault((r["file"], r["sheet"], r["row"]), []).append(r)
            wb = books[r["file"]]
            if r["sheet"] not in wb.sheetnames:
                errors.append(f"{tag}: sheet missing")
                continue
            ws = wb[r["sheet"]]
            if ws.sheet_state != "visible":
                errors.append(f"{tag}: sheet is {ws.sheet_state}")
            if ws.row_dimensions[r["row"]].hidden:
                errors.append(f"{tag}: row is hidden")
            nc = ws[e["name_cell"]]
            if nc.row != r["row"]:
                errors.append(f"{tag}: name cell {e['name_cell']} not on the key row")
            if "col" in r and nc.column != column_index_from_string(r["col"]):
                errors.append(f"{tag}: name cell {e['name_cell']} not in key col {r['col']}")
            if nc.value != r["written"]:
                errors.append(f"{tag}: written {r['written']!r} != cell {nc.value!r}")
            for mr in ws.merged_cells.ranges:
                if nc.coordinate in mr and (mr.min_row, mr.min_col) != (nc.row, nc.column):
                    errors.append(f"{tag}: name cell inside merge {mr} but not its top-left")
            for what in ("target", "realisasi"):
                got = evaluate(ws, e[what])
                if not same(got, r[what]):
                    errors.append(f"{tag}: {what} key {r[what]!r} != read {got!r} ({e[what]})")
        for (f, s, row), lst in sheetrows.items():
            if len(lst) > 1:
                if any("col" not in x for x in lst):
                    errors.append(f"{slug} {f}!{s} row {row}: several key rows without 'col'")
                cols = [x.get("col") for x in lst]
                if len(set(cols)) != len(cols):
                    errors.append(f"{slug} {f}!{s} row {row}: duplicate col")
        for pair in key.get("ambiguous", []):
            for i in pair:
                if i not in ids:
                    errors.append(f"{slug}: ambiguous id {i} not in key")
            if not pair[1].endswith("b"):
                errors.append(f"{slug}: ambiguous second member {pair[1]} does not end in b")
        # per year row counts
        for y in key["years"]:
            n = sum(1 for r in rows if r["year"] == y)
            if not 16 <= n <= 22:
                errors.append(f"{slug}: {n} indicators in {y} (want 16-22)")
        print(f"{slug}: {len(rows)} key rows, {len(key['files'])} files checked")
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for x in errors:
            print("  " + x)
        return 1
    print(f"\nPASS: {total} key rows in {len(agencies)} agencies verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())
