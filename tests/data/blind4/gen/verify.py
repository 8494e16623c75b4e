"""Check every key row against the files as LibreOffice reads them.

Each workbook is converted (one at a time, private profile) to CSV, every sheet, cell contents as
shown. For every key row: the written name must equal a cell of that row of that sheet, and the
target and the realisasi must each be readable from some cell of that row (number parsed the
Indonesian way or the English way, units, "Rp" and "%" stripped). Also checks the key's shape.
Usage: python3 verify.py [agency-dir ...]   (default: every folder of /work/blind4 with a key.json)
"""
import csv
import glob
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROFILE = "file:///tmp/lo-blind4"
FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def to_csv(path, outdir):
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", FILTER,
                    "--outdir", outdir, path], check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = os.path.splitext(os.path.basename(path))[0]
    sheets = {}
    for f in os.listdir(outdir):
        if f.startswith(base + "-") and f.endswith(".csv"):
            sheet = f[len(base) + 1:-4]
        elif f == base + ".csv":
            sheet = None
        else:
            continue
        with open(os.path.join(outdir, f), encoding="utf-8", newline="") as fh:
            sheets[sheet] = list(csv.reader(fh))
    return sheets


def readings(s):
    """All numbers a cell's shown text can be read as."""
    out = set()
    s = s.strip()
    if not s:
        return out
    s = re.sub(r"(?i)^rp\.?\s*", "", s)
    mult = 1
    if re.search(r"(?i)\d\s*(miliar|milyar|m)\s*$", s):
        mult = 1e9
    elif re.search(r"(?i)\d\s*(juta|jt)\s*$", s):
        mult = 1e6
    s = s.replace(",-", "").replace("%", "")
    m = re.match(r"^\s*-?[\d.,]+", s)
    if not m:
        return out
    num = m.group(0).strip()
    cands = [num.replace(".", "").replace(",", "."),   # Indonesian
             num.replace(",", ""),                     # English
             num]
    for c in cands:
        try:
            out.add(float(c))
            out.add(float(c) * mult)
        except ValueError:
            pass
    return out


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def check_agency(adir):
    key = json.load(open(os.path.join(adir, "key.json"), encoding="utf-8"))
    problems = []
    assert set(key) == {"agency", "years", "files", "rows", "ambiguous"}, key.keys()
    ids = {r["same_as"] for r in key["rows"]}
    for a, b in key["ambiguous"]:
        if a not in ids or b not in ids:
            problems.append(f"ambiguous pair with unknown id: {a}, {b}")
    seen = set()
    for r in key["rows"]:
        k = (r["file"], r["sheet"], r["row"])
        if k in seen:
            problems.append(f"duplicate key row {k}")
        seen.add(k)
        if r["year"] not in key["years"]:
            problems.append(f"year {r['year']} not in years")
        if r["file"] not in key["files"]:
            problems.append(f"file {r['file']} not in files")
    per_year = {}
    for r in key["rows"]:
        per_year.setdefault(r["year"], []).append(r["same_as"])
    for y, l in sorted(per_year.items()):
        if len(l) != len(set(l)):
            problems.append(f"{y}: an id is used twice in one year")
    on_disk = sorted(f for f in os.listdir(adir) if f != "key.json")
    if sorted(key["files"]) != on_disk:
        problems.append(f"files in key {sorted(key['files'])} != on disk {on_disk}")
    checked = 0
    for fname in key["files"]:
        sheets = to_csv(os.path.join(adir, fname), "/tmp/blind4-verify")
        for r in key["rows"]:
            if r["file"] != fname:
                continue
            checked += 1
            grid = sheets.get(r["sheet"])
            if grid is None and len(sheets) == 1 and None in sheets:
                grid = sheets[None]
            where = f"{fname} [{r['sheet']}] row {r['row']} ({r['same_as']} {r['year']})"
            if grid is None:
                problems.append(f"{where}: sheet not found (have {list(sheets)})")
                continue
            if r["row"] - 1 >= len(grid):
                problems.append(f"{where}: row beyond end of sheet")
                continue
            cells = grid[r["row"] - 1]
            if r["written"] not in cells:
                problems.append(f"{where}: name {r['written']!r} not in {cells}")
            for what in ("target", "realisasi"):
                v = r[what]
                if not any(close(v, x) for c in cells for x in readings(c)):
                    problems.append(f"{where}: {what} {v} not in {cells}")
    return checked, problems


def main():
    dirs = sys.argv[1:] or sorted(os.path.dirname(p) for p in glob.glob(os.path.join(ROOT, "*", "key.json")))
    total = 0
    allp = []
    for d in dirs:
        n, p = check_agency(d)
        print(f"{os.path.basename(d)}: {n} key rows checked, {len(p)} mismatches")
        for x in p:
            print("   ", x)
        total += n
        allp += p
    print(f"TOTAL: {total} key rows, {len(allp)} mismatches")
    sys.exit(1 if allp else 0)


if __name__ == "__main__":
    main()
