# -*- coding: utf-8 -*-
"""Re-reads every delivered workbook (the .xls/.ods via a LibreOffice round trip to .xlsx)
and checks that each key row's name cell, target and realisasi are what key.json says.
Cell locations come from gen/cellmap_<folder>.json (written by build.py)."""
import json, os, re, subprocess, sys, tempfile
from openpyxl import load_workbook
from openpyxl.utils.cell import coordinate_from_string

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
PROFILE = "file:///tmp/lo-blind26"
FOLDERS = ["perpus", "dkp", "dispora"]


def parse(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return float(v)
    s = str(v).strip()
    if s in ("", "-"):
        return None
    m = re.search(r"-?\d[\d.,]*", s)
    if not m:
        return None
    tok = m.group(0).rstrip(".,")
    if "," in tok:                      # Indonesian: . thousands, , decimals
        tok = tok.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", tok):
        tok = tok.replace(".", "")
    return float(tok)


def value(ws, spec):
    vals = [parse(ws[c]) for c in spec["cells"]]
    if spec["agg"] == "one":
        return vals[0]
    if all(x is None for x in vals):
        return None
    return sum(x for x in vals if x is not None)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def open_book(path, tmp):
    if path.endswith(".xlsx"):
        return load_workbook(path, data_only=True)
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "xlsx",
                    "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    return load_workbook(out, data_only=True)


def main():
    errors = 0
    total = 0
    tmp = tempfile.mkdtemp(prefix="blind26-verify-")
    for folder in FOLDERS:
        key = json.load(open(os.path.join(ROOT, folder, "key.json")))
        cmap = json.load(open(os.path.join(GEN, f"cellmap_{folder}.json")))
        assert set(key) == {"agency", "years", "files", "ambiguous", "rows"}, key.keys()
        assert len(key["rows"]) == len(cmap)
        assert len(key["files"]) == 4 and len(key["years"]) == 4
        books = {}
        for fn in key["files"]:
            p = os.path.join(ROOT, folder, fn)
            if not os.path.exists(p):
                print("MISSING", p); errors += 1; continue
            books[fn] = open_book(p, tmp)
        ids_per_year = {}
        for row, cm in zip(key["rows"], cmap):
            total += 1
            wb = books[row["file"]]
            if row["sheet"] not in wb.sheetnames:
                print("NO SHEET", folder, row); errors += 1; continue
            ws = wb[row["sheet"]]
            col, r = coordinate_from_string(cm["name"])
            problems = []
            if r != row["row"]:
                problems.append(f"row {r} != key row {row['row']}")
            got = ws[cm["name"]].value
            if got != row["written"]:
                problems.append(f"name {got!r} != {row['written']!r}")
            t = value(ws, cm["t"])
            if not close(t, row["target"]):
                problems.append(f"target {t} != {row['target']}")
            rv = value(ws, cm["r"])
            if not close(rv, row["realisasi"]):
                problems.append(f"realisasi {rv} != {row['realisasi']}")
            if row["year"] not in key["years"]:
                problems.append("year not in years")
            k = (row["year"], row["same_as"])
            if k in ids_per_year:
                problems.append("duplicate id in year")
            ids_per_year[k] = 1
            if problems:
                errors += 1
                print("FAIL", folder, row["file"], row["sheet"], cm["name"], row["same_as"], "; ".join(problems))
        for y in key["years"]:
            n = sum(1 for (yy, _) in ids_per_year if yy == y)
            if not 18 <= n <= 30:
                print("COUNT", folder, y, n); errors += 1
        print(f"{folder}: {len(key['rows'])} key rows checked")
    print(f"TOTAL {total} key rows, {errors} failures")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
