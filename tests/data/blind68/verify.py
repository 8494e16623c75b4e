#!/usr/bin/env python3
"""Re-read every key row of blind68 from the delivered workbooks.

For each agency folder: .xls / .ods files are converted back to .xlsx with
LibreOffice (own profile) into gen/tmp/<slug>/, every workbook is opened with
openpyxl (data_only=True: formulas are read by their cached values), and for
every key row it checks
  - the file is listed in key["files"], the sheet exists and is visible,
  - the name cell (row, and col where given) holds exactly `written`,
  - the name cell is the top-left cell of any merge that contains it,
  - the row (and the name column) is not hidden,
  - target and realisasi, recomputed from the cells named in
    gen/cellmap/<slug>.json with the key conventions (%-format -> percent
    points, Indonesian text parsing, "-" / grades -> null, sum / last rules),
    equal the key's figures (which the generators wrote from their intended
    figures, not from the files),
  - one key row per id per year, ids ending in "b" only in ambiguous pairs.
Exit status 0 when everything passes.
"""
import json
import os
import re
import subprocess
import sys

import openpyxl
from openpyxl.utils import column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "gen", "tmp")
CELLMAP = os.path.join(HERE, "gen", "cellmap")
LO_PROFILE = "file:///tmp/lo-blind68"
GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}


def parse_id(s):
    """Indonesian text -> number, per the key conventions"""
    if s is None:
        return None
    if isinstance(s, bool):
        return None
    if isinstance(s, (int, float)):
        return s
    t = str(s).strip()
    if t in ("", "-", "--", "—", "–", "N/A", "n/a", "NA", "#N/A"):
        return None
    if t.upper() in GRADES:
        return None
    t = t.replace("*)", "").replace("**", "").replace("*", "")
    t = re.sub(r"Rp\.?", "", t)
    t = t.replace(",-", "")
    for c in ("≥", "≤", ">=", "<=", ">", "<"):
        t = t.replace(c, "")
    m = re.search(r"\d[\d.]*(,\d+)?", t)  # first number: ranges give the lower bound
    if not m:
        return None
    num = m.group(0).replace(".", "").replace(",", ".")
    return float(num)


def cell_value(ws, coord):
    c = ws[coord]
    v = c.value
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if "%" in (c.number_format or ""):
            return v * 100.0
        return float(v)
    return parse_id(v)


def apply_rule(vals, rule):
    if rule == "single":
        return vals[0]
    nums = [v for v in vals if v is not None]
    if not nums:
        return None
    if rule == "sum":
        return sum(nums)
    if rule == "last":
        return nums[-1]
    raise ValueError(rule)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def as_xlsx(slug, folder, fname):
    p = os.path.join(folder, fname)
    if fname.lower().endswith(".xlsx"):
        return p
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    dst = os.path.join(out, os.path.splitext(fname)[0] + ".xlsx")
    if os.path.exists(dst):
        os.remove(dst)
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
           "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, p]
    subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=True)
    assert os.path.exists(dst), dst
    return dst


def verify_agency(slug):
    folder = os.path.join(HERE, slug)
    key = json.load(open(os.path.join(folder, "key.json"), encoding="utf-8"))
    cmap = json.load(open(os.path.join(CELLMAP, slug + ".json"), encoding="utf-8"))
    errs = []
    for k in ("agency", "years", "files", "ambiguous", "rows"):
        if k not in key:
            errs.append(f"key.json lacks {k}")
    if len(key["years"]) != 4 or key["years"] != list(range(key["years"][0], key["years"][0] + 4)):
        errs.append(f"years not four consecutive: {key['years']}")
    exts = {os.path.splitext(f)[1].lower() for f in key["files"]}
    if exts != {".xlsx", ".xls", ".ods"}:
        errs.append(f"formats {exts}")
    books = {}
    for f in key["files"]:
        if not os.path.exists(os.path.join(folder, f)):
            errs.append(f"missing file {f}")
            continue
        books[f] = openpyxl.load_workbook(as_xlsx(slug, folder, f), data_only=True)
    rows = key["rows"]
    if len(rows) != len(cmap["cells"]):
        errs.append("key rows and cell map differ in length")
    amb = {i for pair in key["ambiguous"] for i in pair}
    seen = set()
    places = set()
    per_year = {}
    for kr, cm in zip(rows, cmap["cells"]):
        tag = f"{kr['same_as']}/{kr['year']}"
        if kr["year"] not in key["years"]:
            errs.append(f"{tag}: year outside the key's years")
        if (kr["same_as"], kr["year"]) in seen:
            errs.append(f"{tag}: two key rows for one id and year")
        seen.add((kr["same_as"], kr["year"]))
        per_year[kr["year"]] = per_year.get(kr["year"], 0) + 1
        if kr["same_as"].endswith("b") and kr["same_as"] not in amb:
            errs.append(f"{tag}: 'b' id outside an ambiguous pair")
        if cm["id"] != kr["same_as"] or cm["year"] != kr["year"] or cm["file"] != kr["file"] \
                or cm["sheet"] != kr["sheet"]:
            errs.append(f"{tag}: cell map out of step")
            continue
        m = re.match(r"([A-Z]+)(\d+)$", cm["name"])
        ncol, nrow = m.group(1), int(m.group(2))
        if nrow != kr["row"] or ("col" in kr and kr["col"] != ncol):
            errs.append(f"{tag}: name cell {cm['name']} does not match row/col")
        place = (kr["file"], kr["sheet"], kr["row"], kr.get("col"))
        if place in places:
            errs.append(f"{tag}: two key rows at one place {place} (col needed)")
        places.add(place)
        wb = books.get(kr["file"])
        if wb is None:
            errs.append(f"{tag}: file {kr['file']} not readable")
            continue
        if kr["sheet"] not in wb.sheetnames:
            errs.append(f"{tag}: no sheet {kr['sheet']}")
            continue
        ws = wb[kr["sheet"]]
        if ws.sheet_state != "visible":
            errs.append(f"{tag}: sheet {kr['sheet']} is {ws.sheet_state}")
        got = ws[cm["name"]].value
        if got != kr["written"]:
            errs.append(f"{tag}: written {kr['written']!r} but cell {cm['name']} holds {got!r}")
        for mr in ws.merged_cells.ranges:
            if mr.min_row <= nrow <= mr.max_row and \
                    mr.min_col <= column_index_from_string(ncol) <= mr.max_col:
                if (mr.min_row, mr.min_col) != (nrow, column_index_from_string(ncol)):
                    errs.append(f"{tag}: {cm['name']} is inside merge {mr} but not its top-left")
        if ws.row_dimensions[nrow].hidden:
            errs.append(f"{tag}: row {nrow} is hidden")
        if ws.column_dimensions[ncol].hidden:
            errs.append(f"{tag}: column {ncol} is hidden")
        for what in ("target", "realisasi"):
            spec = cm[what]
            vals = [cell_value(ws, c) for c in spec["cells"]]
            v = apply_rule(vals, spec["rule"])
            if not same(v, kr[what]):
                errs.append(f"{tag}: {what} key {kr[what]!r} but cells {spec['cells']} "
                            f"({spec['rule']}) give {v!r}")
    for y, n in sorted(per_year.items()):
        if not 16 <= n <= 22:
            errs.append(f"{y}: {n} indicators (16-22 wanted)")
    ids = {kr["same_as"] for kr in rows}
    for pair in key["ambiguous"]:
        for i in pair:
            if i not in ids:
                errs.append(f"ambiguous id {i} has no row")
    return len(rows), per_year, errs


def main():
    slugs = sorted(d for d in os.listdir(HERE)
                   if os.path.isfile(os.path.join(HERE, d, "key.json")))
    total = 0
    bad = 0
    for slug in slugs:
        n, per_year, errs = verify_agency(slug)
        total += n
        bad += len(errs)
        print(f"{slug}: {n} key rows {dict(sorted(per_year.items()))} -> "
              f"{'OK' if not errs else str(len(errs)) + ' problem(s)'}")
        for e in errs:
            print("   ", e)
    print(f"TOTAL {total} key rows in {len(slugs)} agencies: "
          f"{'PASS' if bad == 0 else 'FAIL (' + str(bad) + ')'}")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
