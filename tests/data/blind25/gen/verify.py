#!/usr/bin/env python3
"""Re-read every shipped workbook and check it against key.json.

For every agency folder (named in gen/cellmap_*.json):
  * key.json has exactly the agreed shape, its "files" are the workbooks in the folder;
  * .xls and .ods files are converted to a temporary .xlsx with LibreOffice first;
  * each key row's name cell (column from the cell map, row from key.json) holds `written`;
  * its target / realisasi cells (cell map: one cell, or the sum of the quarter cells) hold
    the key's figures.  A number in a cell with a % format is a fraction (x 100); text is read
    Indonesian style ("1.234,5", "85,2 %").
Exit status 0 only if everything agrees.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "gen")
LO_PROFILE = "file:///tmp/lo-blind25-verify"

errors = []
ERRVALS = {"#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#N/A", "#NUM!", "#NULL!", "Err:502", "Err:504"}


def err(msg):
    errors.append(msg)


def to_xlsx(path, tmp):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".xlsx":
        return path
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    if not os.path.exists(out):
        raise RuntimeError(f"conversion failed: {path}")
    return out


def parse_id(s):
    """Indonesian-style number text -> float ('2.452' -> 2452, '85,2 %' -> 85.2)."""
    t = s.strip().replace("%", "").replace("Rp.", "").replace("Rp", "").strip()
    t = t.split()[0] if t else t
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".")
    elif "," in t:
        t = t.replace(",", ".")
    elif "." in t and re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    return float(t)


def cell_number(ws, ref):
    c = ws[ref]
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (c.number_format or "") else float(v)
    if isinstance(v, str):
        if v.strip() in ("", "-"):
            return None
        return parse_id(v)
    return None


def evaluate(ws, spec):
    if spec is None:
        return None
    if spec["op"] == "cell":
        return cell_number(ws, spec["ref"])
    if spec["op"] == "sum":
        vals = [cell_number(ws, r) for r in spec["refs"]]
        return sum(v for v in vals if v is not None)
    raise ValueError(spec)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def check_shape(key, folder):
    if list(key.keys()) != ["agency", "years", "files", "rows", "ambiguous"]:
        err(f"{folder}: key.json top-level keys {list(key.keys())}")
    ys = key["years"]
    if len(ys) != 4 or any(ys[i + 1] != ys[i] + 1 for i in range(3)):
        err(f"{folder}: years not four consecutive: {ys}")
    on_disk = sorted(f for f in os.listdir(os.path.join(ROOT, folder))
                     if os.path.splitext(f)[1].lower() in (".xlsx", ".xls", ".ods"))
    if sorted(key["files"]) != on_disk:
        err(f"{folder}: files {key['files']} != on disk {on_disk}")
    want = ["file", "sheet", "row", "year", "written", "same_as", "target", "realisasi"]
    ids = set()
    seen = set()
    per_file_id = set()
    for r in key["rows"]:
        if list(r.keys()) != want:
            err(f"{folder}: row keys {list(r.keys())}")
        if r["file"] not in key["files"]:
            err(f"{folder}: row file {r['file']} not listed")
        if r["year"] not in ys:
            err(f"{folder}: row year {r['year']}")
        if not re.fullmatch(r"[a-z]\d\d", r["same_as"]):
            err(f"{folder}: id {r['same_as']}")
        for f in ("target", "realisasi"):
            if r[f] is not None and not isinstance(r[f], (int, float)):
                err(f"{folder}: {f} not a number: {r}")
        k = (r["file"], r["sheet"], r["row"])
        if k in seen:
            err(f"{folder}: duplicate key row {k}")
        seen.add(k)
        k2 = (r["file"], r["same_as"])
        if k2 in per_file_id:
            err(f"{folder}: id {r['same_as']} twice in {r['file']}")
        per_file_id.add(k2)
        ids.add(r["same_as"])
    for pair in key["ambiguous"]:
        if len(pair) != 2 or not set(pair) <= ids:
            err(f"{folder}: ambiguous pair {pair}")
    years_per_file = {}
    for r in key["rows"]:
        years_per_file.setdefault(r["file"], set()).add(r["year"])
    if sorted(y for s in years_per_file.values() for y in s) != sorted(ys):
        err(f"{folder}: each year must come from one file: {years_per_file}")


def main():
    maps = sorted(glob.glob(os.path.join(GEN, "cellmap_*.json")))
    if not maps:
        print("no cell maps")
        return 1
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for mp in maps:
            cm = json.load(open(mp, encoding="utf-8"))
            folder = cm["folder"]
            key = json.load(open(os.path.join(ROOT, folder, "key.json"), encoding="utf-8"))
            check_shape(key, folder)
            if len(key["rows"]) != len(cm["cells"]):
                err(f"{folder}: {len(key['rows'])} key rows but {len(cm['cells'])} cell specs")
            books = {}
            n_ok = 0
            for r, c in zip(key["rows"], cm["cells"]):
                if (r["file"], r["sheet"], r["row"], r["same_as"]) != (c["file"], c["sheet"], c["row"], c["same_as"]):
                    err(f"{folder}: key row and cell map disagree: {r} / {c}")
                    continue
                if r["file"] not in books:
                    x = to_xlsx(os.path.join(ROOT, folder, r["file"]), tmp)
                    books[r["file"]] = openpyxl.load_workbook(x, data_only=True)
                    for wsx in books[r["file"]].worksheets:
                        for rowx in wsx.iter_rows():
                            for cx in rowx:
                                if isinstance(cx.value, str) and cx.value in ERRVALS:
                                    err(f"{folder}/{r['file']}!{wsx.title}!{cx.coordinate}: {cx.value}")
                wb = books[r["file"]]
                if r["sheet"] not in wb.sheetnames:
                    err(f"{folder}/{r['file']}: no sheet {r['sheet']}")
                    continue
                ws = wb[r["sheet"]]
                nref = c["name_cell"]
                m = re.fullmatch(r"([A-Z]+)(\d+)", nref)
                if int(m.group(2)) != r["row"]:
                    err(f"{folder}: name cell {nref} not on row {r['row']}")
                got = ws[nref].value
                if got != r["written"]:
                    err(f"{folder}/{r['file']}!{r['sheet']}!{nref}: name {got!r} != {r['written']!r}")
                ok = True
                for f in ("target", "realisasi"):
                    v = evaluate(ws, c[f])
                    if not close(v, r[f]):
                        err(f"{folder}/{r['file']}!{r['sheet']} row {r['row']} ({r['same_as']}): "
                            f"{f} cell(s) {c[f]} give {v}, key says {r[f]}")
                        ok = False
                n_ok += ok
            total += len(key["rows"])
            print(f"{folder}: {len(key['rows'])} key rows, {n_ok} with matching figures, "
                  f"{len(key['files'])} files")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print(f"OK: {total} key rows checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
