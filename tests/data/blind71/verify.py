#!/usr/bin/env python3
"""Re-read every key row of blind71 from the delivered workbooks and check it.

For each agency folder (one holding key.json) and its cell map (gen/cellmap/<slug>.json, written by
the generators next to the key):
  * .xls / .ods files are converted back to .xlsx in gen/tmp/verify/ with LibreOffice (own profile);
    every workbook is read with openpyxl data_only=True, i.e. formulas by their cached values;
  * the sheet exists and is visible, the name cell is in the key row (and key col where given), its
    text equals `written` exactly, it is the top-left of any merge that holds it, its row is not hidden;
  * key rows sharing a sheet row carry "col";
  * target and realisasi re-read from the mapped cells (Indonesian text parsed, %-formatted cells
    times 100, '-' / grades -> null, ranges -> lower bound; realisasi of period sheets = sum of the
    reported periods for flow ids, the last reported period for level ids) equal the key's figures;
  * one key row per id per year; every year in the key's years; every file listed exists.
Exit status 0 when everything passes.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys

import openpyxl
from openpyxl.utils.cell import coordinate_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "gen", "tmp", "verify")
PROFILE = "file:///tmp/lo-blind71"
GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}


def to_xlsx(path, slug):
    if path.endswith(".xlsx"):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    res = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    if not os.path.exists(res):
        raise RuntimeError("conversion failed: " + path)
    return res


def parse_text(s):
    s0 = s.strip()
    if s0 in ("", "-", "–", "—", "N/A", "n/a", "NA", "#N/A"):
        return None
    if s0.upper() in GRADES:
        return None
    s1 = s0.replace("Rp.", " ").replace("Rp", " ").replace(",-", " ")
    s1 = re.sub(r"\*+\)?", " ", s1)          # footnote marks *) **)
    for sym in ("≥", ">=", "≤", "<=", ">", "<"):
        s1 = s1.replace(sym, " ")
    m = re.search(r"\d[\d.,]*", s1)            # first number: the lower bound of a range
    if not m:
        return None
    num = m.group(0).rstrip(".,")
    num = num.replace(".", "").replace(",", ".")
    return float(num)


def cell_num(wb, default_ws, ref):
    if "!" in ref:
        sh, ref = ref.rsplit("!", 1)
        ws = wb[sh.strip("'")]
    else:
        ws = default_ws
    c = ws[ref]
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if "%" in (c.number_format or ""):
            return v * 100.0
        return float(v)
    if isinstance(v, str):
        return parse_text(v)
    return None


def figure(wb, ws, spec):
    vals = [cell_num(wb, ws, r) for r in spec["cells"]]
    nums = [v for v in vals if v is not None]
    op = spec["op"]
    if op == "one":
        return vals[0]
    if not nums:
        return None
    if op == "sum":
        return sum(nums)
    if op in ("last", "cumlast"):     # cumlast: cumulative 's.d. TW' columns, flows and levels alike
        return nums[-1]
    raise ValueError(op)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def main():
    fails = []
    total = 0
    agencies = sorted(d for d in glob.glob(os.path.join(HERE, "*")) if os.path.exists(os.path.join(d, "key.json")))
    for adir in agencies:
        slug = os.path.basename(adir)
        key = json.load(open(os.path.join(adir, "key.json"), encoding="utf-8"))
        cmap = json.load(open(os.path.join(HERE, "gen", "cellmap", slug + ".json"), encoding="utf-8"))
        rows, cells = key["rows"], cmap["cells"]
        if len(rows) != len(cells):
            fails.append(f"{slug}: key has {len(rows)} rows, cell map {len(cells)}")
            continue
        for f in key["files"]:
            if not os.path.exists(os.path.join(adir, f)):
                fails.append(f"{slug}: missing file {f}")
        present = sorted(os.path.basename(p) for p in glob.glob(os.path.join(adir, "*"))
                         if not p.endswith("key.json"))
        if sorted(key["files"]) != present:
            fails.append(f"{slug}: files listed {key['files']} != present {present}")
        exts = {os.path.splitext(f)[1] for f in key["files"]}
        if exts != {".xlsx", ".xls", ".ods"}:
            fails.append(f"{slug}: formats {exts}")
        books = {}
        for f in key["files"]:
            p = to_xlsx(os.path.join(adir, f), slug)
            books[f] = openpyxl.load_workbook(p, data_only=True)
        seen = {}
        shared = {}
        for k, c in zip(rows, cells):
            total += 1
            tag = f"{slug} {k['file']}!{k['sheet']} r{k['row']} {k['same_as']} {k['year']}"
            if (k["file"], k["sheet"], k["year"], k["same_as"]) != (c["file"], c["sheet"], c["year"], c["id"]):
                fails.append(f"{tag}: key / cell map out of step")
                continue
            if k["year"] not in key["years"]:
                fails.append(f"{tag}: year not in {key['years']}")
            ident = (k["same_as"], k["year"])
            if ident in seen:
                fails.append(f"{tag}: second row for {ident}")
            seen[ident] = tag
            shared.setdefault((k["file"], k["sheet"], k["row"]), []).append(k)
            wb = books[k["file"]]
            if k["sheet"] not in wb.sheetnames:
                fails.append(f"{tag}: no sheet")
                continue
            ws = wb[k["sheet"]]
            if ws.sheet_state != "visible":
                fails.append(f"{tag}: sheet is {ws.sheet_state}")
            letter, row = coordinate_from_string(c["name"])
            if row != k["row"]:
                fails.append(f"{tag}: name cell {c['name']} not in key row")
            if "col" in k and k["col"] != letter:
                fails.append(f"{tag}: key col {k['col']} != {letter}")
            val = ws[c["name"]].value
            if val != k["written"]:
                fails.append(f"{tag}: written {k['written']!r} != cell {val!r}")
            for mr in ws.merged_cells.ranges:
                if c["name"] in mr and mr.start_cell.coordinate != c["name"]:
                    fails.append(f"{tag}: name cell inside merge {mr} but not its top-left")
            if ws.row_dimensions[row].hidden:
                fails.append(f"{tag}: row hidden")
            t = figure(wb, ws, c["t"])
            r = figure(wb, ws, c["r"])
            if not close(t, k["target"]):
                fails.append(f"{tag}: target key {k['target']} != file {t}")
            if not close(r, k["realisasi"]):
                fails.append(f"{tag}: realisasi key {k['realisasi']} != file {r}")
            if c["r"]["op"] == "sum" and k["same_as"] not in cmap["flow_ids"]:
                fails.append(f"{tag}: summed but not a flow id")
            if c["r"]["op"] == "last" and k["same_as"] in cmap["flow_ids"]:
                fails.append(f"{tag}: last-period but a flow id")
        for where, ks in shared.items():
            if len(ks) > 1 and not all("col" in k for k in ks):
                fails.append(f"{slug} {where}: several key rows share a sheet row without col")
        for a, b in key.get("ambiguous", []):
            ids = {k["same_as"] for k in rows}
            if a not in ids or b not in ids or not b.endswith("b"):
                fails.append(f"{slug}: ambiguous pair {a}/{b} not in key")
        per = {}
        for k in rows:
            per.setdefault(k["year"], 0)
            per[k["year"]] += 1
        for yv, n in sorted(per.items()):
            if not 16 <= n <= 22:
                fails.append(f"{slug}: {n} indicators in {yv}")
        print(f"{slug}: {len(rows)} key rows, per year {dict(sorted(per.items()))}")
    if fails:
        print(f"FAIL: {len(fails)} problem(s) in {total} key rows")
        for f in fails:
            print("  " + f)
        sys.exit(1)
    print(f"PASS: {total} key rows checked")


if __name__ == "__main__":
    main()
