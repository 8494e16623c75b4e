#!/usr/bin/env python3
"""Open every file once with LibreOffice (export every sheet to CSV) and check key.json against it:
the indicator name is in the row, and the target / realisasi appear in that row as written."""
import csv, glob, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'


def parse_num(s):
    s = s.strip().replace("Rp.", "").replace("Rp", "").replace("%", "").strip()
    if not s:
        return None
    if re.fullmatch(r"-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"-?\d+,\d+", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def main():
    bad = 0
    for agency in sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.json"))):
        key = json.load(open(os.path.join(ROOT, agency, "key.json")))
        with tempfile.TemporaryDirectory() as td:
            sheets = {}
            for f in key["files"]:
                sub = os.path.join(td, f)
                os.makedirs(sub)
                r = subprocess.run(["soffice", "--headless", "--convert-to", FILTER, "--outdir", sub,
                                    os.path.join(ROOT, agency, f)], capture_output=True, text=True)
                outs = glob.glob(os.path.join(sub, "*.csv"))
                if not outs:
                    print("FAILED to open", f, r.stderr); bad += 1; continue
                base = os.path.splitext(f)[0]
                for o in outs:
                    sh = os.path.splitext(os.path.basename(o))[0][len(base) + 1:]
                    sheets[(f, sh)] = list(csv.reader(open(o, encoding="utf-8")))
            print(agency, "opened:", sorted(sheets))
            for row in key["rows"]:
                grid = sheets.get((row["file"], row["sheet"]))
                if grid is None and len([k for k in sheets if k[0] == row["file"]]) == 1:
                    grid = next(v for k, v in sheets.items() if k[0] == row["file"])
                cells = grid[row["row"] - 1] if grid and len(grid) >= row["row"] else []
                ok_name = row["written"] in cells
                nums = [parse_num(c) for c in cells]
                ok_t = row["target"] is None or any(n is not None and abs(n - row["target"]) < 1e-6 for n in nums)
                ok_r = row["realisasi"] is None or any(n is not None and abs(n - row["realisasi"]) < 1e-6 for n in nums)
                if not (ok_name and ok_t and ok_r):
                    bad += 1
                    print("  MISMATCH", row, cells)
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
