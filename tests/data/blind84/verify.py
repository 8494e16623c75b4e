"""Re-read the delivered workbooks and check every key row against its locator."""
import json, os, glob, subprocess, shutil, sys, re
from collections import Counter
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string as CI
R = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.join(R, "gen"))
from lib import parse_cell, rule_val
T = os.path.join(R, "gen", "tmp", "verify"); shutil.rmtree(T, ignore_errors=True); os.makedirs(T)
fails = []; nrows = 0; exts = set(); cache = {}

def book(ag, f):
    if (ag, f) in cache: return cache[(ag, f)]
    p = os.path.join(R, ag, f)
    if not f.endswith(".xlsx"):
        d = os.path.join(T, ag); os.makedirs(d, exist_ok=True)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-blind84", "--convert-to", "xlsx",
                        "--outdir", d, p], capture_output=True)
        p = os.path.join(d, os.path.splitext(f)[0] + ".xlsx")
    wb = load_workbook(p, data_only=True); cache[(ag, f)] = wb; return wb

def close(a, b):
    if a is None or b is None: return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))

for kp in sorted(glob.glob(os.path.join(R, "*", "key.json"))):
    ag = os.path.basename(os.path.dirname(kp)); k = json.load(open(kp))
    locs = json.load(open(os.path.join(R, "gen", "locators", ag + ".json")))
    if len(locs) != len(k["rows"]): fails.append(f"{ag}: locator count differs")
    delivered = sorted(f for f in os.listdir(os.path.join(R, ag)) if f != "key.json")
    if sorted(k["files"]) != delivered: fails.append(f"{ag}: files listed {k['files']} vs delivered {delivered}")
    exts |= {os.path.splitext(f)[1] for f in k["files"]}
    for row, loc in zip(k["rows"], locs):
        nrows += 1; tag = f"{ag} {row['year']} {row['same_as']}"
        wb = book(ag, row["file"]); ws = wb[row["sheet"]]
        m = re.match(r"([A-Z]+)(\d+)", loc["name_cell"]); col, rr = m.group(1), int(m.group(2))
        if rr != row["row"] or ("col" in row and row["col"] != col): fails.append(f"{tag}: row/col mismatch with locator")
        if ws.sheet_state != "visible": fails.append(f"{tag}: sheet hidden")
        if ws.row_dimensions[rr].hidden: fails.append(f"{tag}: row hidden")
        for mr in ws.merged_cells.ranges:
            if mr.min_row <= rr <= mr.max_row and mr.min_col <= CI(col) <= mr.max_col and (mr.min_row, mr.min_col) != (rr, CI(col)):
                fails.append(f"{tag}: name cell not top-left of merge {mr}")
        v = ws[loc["name_cell"]].value
        if v != row["written"]: fails.append(f"{tag}: written {row['written']!r} != cell {v!r}")
        for fld in ("target", "realisasi"):
            L = loc[fld]; vals = [parse_cell(ws[c].value, ws[c].number_format) for c in L["cells"]]
            got = rule_val(L["rule"], vals)
            if not close(got, row[fld]): fails.append(f"{tag}: {fld} key {row[fld]} != file {got} ({L['rule']} {L['cells']})")
    ys = k["years"]
    if ys != list(range(ys[0], ys[0] + 4)): fails.append(f"{ag}: years not four consecutive")
    c = Counter((r["same_as"], r["year"]) for r in k["rows"])
    fails += [f"{ag}: duplicate {x}" for x, n in c.items() if n > 1]
    for y in ys:
        n = sum(1 for r in k["rows"] if r["year"] == y)
        if not 16 <= n <= 22: fails.append(f"{ag}: {n} rows in {y}")
    pos = Counter((r["file"], r["sheet"], r["row"]) for r in k["rows"])
    for r in k["rows"]:
        if pos[(r["file"], r["sheet"], r["row"])] > 1 and "col" not in r: fails.append(f"{ag}: shared row without col {r['same_as']} {r['year']}")
    ids = {r["same_as"] for r in k["rows"]}
    for pair in k["ambiguous"]:
        for i in pair:
            if i not in ids: fails.append(f"{ag}: ambiguous id {i} absent")
for e in (".xlsx", ".xls", ".ods"):
    if e not in exts: fails.append(f"format {e} missing")
if fails:
    print("FAIL"); print("\n".join(fails)); sys.exit(1)
print(f"PASS {nrows} key rows")
