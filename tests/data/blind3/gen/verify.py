#!/usr/bin/env python3
"""Open every workbook once with soffice (convert to csv) and check each key row against it:
the indicator name at (row, indicator column), target K and realisasi K as the cells show them.
Also checks, with openpyxl, that formula years carry cached values (xlsx only)."""
import csv, glob, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
layout = json.load(open(os.path.join(ROOT, "gen", "layout.json")))
tmp = tempfile.mkdtemp(prefix="blind3-csv-")
bad = 0
checked = 0


def num(s):
    s = s.strip().replace(",", "")
    if s in ("", "-"):
        return None
    return float(s)


for keyf in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
    ag = os.path.dirname(keyf)
    key = json.load(open(keyf))
    assert set(key) == {"agency", "years", "files", "rows", "ambiguous"}
    ids = {r["same_as"] for r in key["rows"]}
    for a, b in key["ambiguous"]:
        assert a in ids and b in ids, (a, b)
    for fn in key["files"]:
        src = os.path.join(ag, fn)
        out = os.path.join(tmp, os.path.basename(ag))
        os.makedirs(out, exist_ok=True)
        subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                        "--outdir", out, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        grid = list(csv.reader(open(os.path.join(out, os.path.splitext(fn)[0] + ".csv"), encoding="utf-8")))
        meta = layout[f"{os.path.basename(ag)}/{fn}"]
        rows = [r for r in key["rows"] if r["file"] == fn]
        years = {r["year"] for r in rows}
        assert len(years) == 1
        y = years.pop()
        title = " ".join(" ".join(grid[i]) for i in range(3))
        assert f"Triwulan IV Tahun {y}" in title, title
        # every non-empty indicator cell below the header is in the key
        keyed = {r["row"] for r in rows}
        ic = meta["ind_col"] - 1
        for rn, line in enumerate(grid, 1):
            if rn > 11 and len(line) > ic and line[ic].strip() and rn not in keyed:
                print("UNKEYED indicator", fn, rn, line[ic]); bad += 1
        for r in rows:
            line = grid[r["row"] - 1]
            name = line[meta["ind_col"] - 1]
            t = num(line[meta["target_col"] - 1])
            re_ = num(line[meta["real_col"] - 1])
            ok = name == r["written"] and t is not None and abs(t - r["target"]) < 1e-9 and \
                re_ is not None and abs(re_ - r["realisasi"]) < 1e-9
            checked += 1
            if not ok:
                bad += 1
                print("MISMATCH", fn, r["row"], repr(name), t, re_, "key:", r["written"], r["target"], r["realisasi"])
        if meta["formulas"] and fn.endswith(".xlsx"):
            import openpyxl
            ws = openpyxl.load_workbook(src, data_only=True)[meta["sheet"]]
            ws2 = openpyxl.load_workbook(src)[meta["sheet"]]
            for r in rows:
                c = ws.cell(r["row"], meta["real_col"])
                f = ws2.cell(r["row"], meta["real_col"]).value
                if not (isinstance(f, str) and f.startswith("=")) or c.value is None:
                    print("NO FORMULA/CACHE", fn, r["row"], f, c.value); bad += 1
        print(f"{os.path.basename(ag)}/{fn}: {len(rows)} rows, {len(grid)} csv lines")
print("checked", checked, "problems", bad)
sys.exit(1 if bad else 0)
