#!/usr/bin/env python3
"""Re-read every key row of blind67 from the delivered workbooks and check it.

For each agency folder with a key.json:
  * .xls and .ods files are converted back to .xlsx with LibreOffice into gen/tmp/<slug>/
    (the delivered .xlsx are read as they are); formulas are read by their cached values;
  * for every key row: the sheet exists and is visible, the row is not hidden, the name cell
    holds exactly `written`, the name cell is the top-left cell of any merge that covers it;
  * target and realisasi are re-read from the cells listed in gen/cellmap/<slug>.json
    (one cell, or the quarter / month / semester cells with the FLOW rule = sum of the
    reported periods, the LEVEL rule = last reported period, or the cumulative "s.d. TW" cells
    = last reported whatever the id), parsed by the key conventions
    (%-formatted numbers x 100, Indonesian text, ranges -> lower bound, grades and '-' -> null),
    and compared with the key's figures (which come from the generators' intended values);
  * one key row per id per year; years inside the agency's years; ambiguous ids present;
    the files listed in the key are exactly the workbooks in the folder.
Exit status 0 when everything passes.
"""
import json
import os
import re
import shutil
import subprocess
import sys

from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter

BASE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(BASE, "gen", "tmp")
CELLMAP = os.path.join(BASE, "gen", "cellmap")
PROFILE = "file:///tmp/lo-blind67"
GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}
NULLS = {"", "-", "–", "—", "N/A", "n/a", "NA", "na"}


def parse(v, fmt):
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v) * 100 if "%" in (fmt or "") else float(v)
    s = str(v).strip()
    if s in NULLS or s.upper() in GRADES:
        return None
    s = s.replace("Rp.", " ").replace("Rp", " ")
    s = re.sub(r"\*+\)?", " ", s)
    m = re.search(r"\d[\d.,]*", s)
    if not m:
        return None
    tok = m.group(0).rstrip(".,")
    return float(tok.replace(".", "").replace(",", "."))


def agg(op, vals):
    if op == "null":
        return None
    vals = [v for v in vals if v is not None]
    if not vals:
        return None
    if op == "one":
        return vals[0]
    if op == "sum":
        return sum(vals)
    if op in ("last", "cumlast"):          # cumlast: cumulative "s.d. TW" columns, any id
        return vals[-1]
    raise ValueError(op)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def to_xlsx(path, slug):
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    stem = os.path.splitext(os.path.basename(path))[0]
    target = os.path.join(out, stem + ".xlsx")
    if os.path.exists(target):
        os.remove(target)
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return target


def main():
    errors, nrows, agencies = [], 0, 0
    for slug in sorted(os.listdir(BASE)):
        kp = os.path.join(BASE, slug, "key.json")
        if not os.path.isfile(kp):
            continue
        agencies += 1
        key = json.load(open(kp, encoding="utf-8"))
        cm = json.load(open(os.path.join(CELLMAP, slug + ".json"), encoding="utf-8"))
        folder = os.path.join(BASE, slug)
        present = sorted(f for f in os.listdir(folder) if f.rsplit(".", 1)[-1] in ("xlsx", "xls", "ods"))
        if sorted(key["files"]) != present:
            errors.append(f"{slug}: files in key {sorted(key['files'])} != folder {present}")
        exts = {f.rsplit(".", 1)[-1] for f in key["files"]}
        if exts != {"xlsx", "xls", "ods"}:
            errors.append(f"{slug}: formats {exts}")
        books = {}
        for f in key["files"]:
            p = os.path.join(folder, f)
            if not f.endswith(".xlsx"):
                p = to_xlsx(p, slug)
            books[f] = load_workbook(p, data_only=True)
        if len(cm["rows"]) != len(key["rows"]):
            errors.append(f"{slug}: cellmap has {len(cm['rows'])} rows, key {len(key['rows'])}")
        seen = {}
        flow, level = set(cm["flow_ids"]), set(cm["level_ids"])
        for kr, c in zip(key["rows"], cm["rows"]):
            nrows += 1
            tag = f"{slug} {kr['file']} [{kr['sheet']}] row {kr['row']} {kr['same_as']} {kr['year']}"
            for fld in ("file", "sheet", "row", "year"):
                if kr[fld] != c[fld]:
                    errors.append(f"{tag}: cellmap {fld} mismatch")
            if kr["same_as"] != c["id"]:
                errors.append(f"{tag}: cellmap id mismatch")
            if kr["year"] not in key["years"]:
                errors.append(f"{tag}: year outside {key['years']}")
            k = (kr["same_as"], kr["year"])
            if k in seen:
                errors.append(f"{tag}: id/year already keyed at {seen[k]}")
            seen[k] = tag
            base_id = kr["same_as"]
            if base_id not in flow and base_id not in level:
                errors.append(f"{tag}: id neither flow nor level")
            wb = books[kr["file"]]
            if kr["sheet"] not in wb.sheetnames:
                errors.append(f"{tag}: no such sheet")
                continue
            ws = wb[kr["sheet"]]
            if ws.sheet_state != "visible":
                errors.append(f"{tag}: sheet not visible")
            if ws.row_dimensions[kr["row"]].hidden:
                errors.append(f"{tag}: row hidden")
            ncell = c["name_cell"]
            m = re.fullmatch(r"([A-Z]+)(\d+)", ncell)
            if int(m.group(2)) != kr["row"]:
                errors.append(f"{tag}: name cell {ncell} not on key row")
            if "col" in kr and kr["col"] != m.group(1):
                errors.append(f"{tag}: key col {kr['col']} != name cell {ncell}")
            val = ws[ncell].value
            if val != kr["written"]:
                errors.append(f"{tag}: written {kr['written']!r} != cell {ncell} {val!r}")
            ci, ri = column_index_from_string(m.group(1)), kr["row"]
            for mr in ws.merged_cells.ranges:
                if mr.min_row <= ri <= mr.max_row and mr.min_col <= ci <= mr.max_col:
                    if (mr.min_row, mr.min_col) != (ri, ci):
                        errors.append(f"{tag}: name cell inside merge {mr} but not its top-left")
            for what in ("target", "realisasi"):
                spec = c[what]
                vals = [parse(ws[a].value, ws[a].number_format) for a in spec["cells"]]
                got = agg(spec["op"], vals)
                if spec["op"] in ("sum", "last"):
                    want_op = "sum" if base_id in flow else "last"
                    if spec["op"] != want_op:
                        errors.append(f"{tag}: {what} op {spec['op']} but id is {want_op}")
                if not same(got, kr[what]):
                    errors.append(f"{tag}: {what} key {kr[what]!r} != re-read {got!r} "
                                  f"({spec['op']} {spec['cells']})")
        years_ids = {}
        for (i, y) in seen:
            years_ids.setdefault(y, set()).add(i)
        for y in key["years"]:
            n = len(years_ids.get(y, ()))
            if not 16 <= n <= 22:
                errors.append(f"{slug}: {n} indicators in {y} (want 16-22)")
        ids = {i for (i, y) in seen}
        for pair in key["ambiguous"]:
            for i in pair:
                if i not in ids:
                    errors.append(f"{slug}: ambiguous id {i} not in rows")
            if not pair[1].endswith("b"):
                errors.append(f"{slug}: ambiguous pair {pair} second id must end in b")
        for i in ids:
            if i.endswith("b") and not any(i == p[1] for p in key["ambiguous"]):
                errors.append(f"{slug}: id {i} ends in b but is not in an ambiguous pair")
    for e in errors:
        print("FAIL", e)
    print(f"verify: {agencies} agencies, {nrows} key rows, {len(errors)} errors -> "
          f"{'PASS' if not errors else 'FAIL'}")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
