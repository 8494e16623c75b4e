"""Re-read the delivered workbooks and check every key row. Prints PASS or every failure."""
import json, os, re, subprocess, sys
from collections import Counter
import openpyxl
ROOT = os.path.dirname(os.path.abspath(__file__))
AG = ["uptd_bib_ternak_prov_padang_sawitri", "uptd_slb_negeri_kab_lembah_arwana", "uptd_rsia_kota_bandar_melati"]
TMP = os.path.join(ROOT, "gen", "tmp", "verify")
fails = []

def parse_text(s):
    s = s.strip()
    if s in ("", "-", "–", "—"): return None
    s = s.replace("Rp.", "").replace("Rp", "").replace("*)", "").replace("*", "")
    s = re.sub(r",-\s*$", "", s.strip())
    s = re.sub(r"^[≥≤<>=]+", "", s.strip()).strip()
    m = re.match(r"^([0-9][0-9.,]*)", s)
    if not m: return None          # grades etc.
    t = m.group(1).replace(".", "").replace(",", ".")
    return float(t)

def value(c):
    v = c.value
    if v is None: return None
    if isinstance(v, bool): return None
    if isinstance(v, (int, float)):
        return float(v) * 100 if "%" in (c.number_format or "") else float(v)
    return parse_text(str(v))

def opened(path):
    if path.endswith(".xlsx"): return openpyxl.load_workbook(path, data_only=True)
    os.makedirs(TMP, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-blind82", "--convert-to", "xlsx",
                    "--outdir", TMP, path], check=True, capture_output=True)
    return openpyxl.load_workbook(os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + ".xlsx"), data_only=True)

def same(a, b):
    if a is None or b is None: return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))

def combine(ws, loc):
    vs = [value(ws[c]) for c in loc["cells"]]
    rep = [v for v in vs if v is not None]
    if loc["rule"] == "cell": return vs[0]
    if not rep: return None
    if loc["rule"] == "sum": return sum(rep)
    if loc["rule"] == "last": return rep[-1]
    raise ValueError(loc["rule"])

total = 0; exts = set()
for a in AG:
    k = json.load(open(os.path.join(ROOT, a, "key.json")))
    locs = json.load(open(os.path.join(ROOT, "gen", "locators", a + ".json")))
    rows = k["rows"]
    if len(locs) != len(rows): fails.append(f"{a}: {len(locs)} locators for {len(rows)} rows")
    delivered = sorted(f for f in os.listdir(os.path.join(ROOT, a)) if f != "key.json")
    if sorted(k["files"]) != delivered: fails.append(f"{a}: files listed {k['files']} != delivered {delivered}")
    for f in k["files"]: exts.add(os.path.splitext(f)[1])
    agext = {os.path.splitext(f)[1] for f in k["files"]}
    if agext != {".xlsx", ".xls", ".ods"}: fails.append(f"{a}: formats {agext}")
    books = {f: opened(os.path.join(ROOT, a, f)) for f in k["files"] if os.path.exists(os.path.join(ROOT, a, f))}
    ys = k["years"]
    if ys != list(range(ys[0], ys[0] + 4)): fails.append(f"{a}: years {ys}")
    yc = Counter(r["year"] for r in rows)
    for y in ys:
        if not 16 <= yc[y] <= 22: fails.append(f"{a} {y}: {yc[y]} rows")
    if set(yc) != set(ys): fails.append(f"{a}: row years {sorted(yc)}")
    dup = [x for x, n in Counter((r["same_as"], r["year"]) for r in rows).items() if n > 1]
    if dup: fails.append(f"{a}: duplicate id-year {dup}")
    ids = {r["same_as"] for r in rows}
    for pair in k["ambiguous"]:
        for i in pair:
            if i not in ids: fails.append(f"{a}: ambiguous id {i} absent")
    shared = Counter((r["file"], r["sheet"], r["row"]) for r in rows)
    for r, loc in zip(rows, locs):
        total += 1
        tag = f"{a} {r['year']} {r['same_as']} {r['sheet']}!{loc['name_cell']}"
        if loc["id"] != r["same_as"] or loc["year"] != r["year"] or loc["sheet"] != r["sheet"] or loc["file"] != r["file"]:
            fails.append(tag + ": locator mismatch"); continue
        if shared[(r["file"], r["sheet"], r["row"])] > 1 and "col" not in r: fails.append(tag + ": shared row without col")
        m = re.match(r"([A-Z]+)(\d+)", loc["name_cell"])
        if int(m.group(2)) != r["row"] or ("col" in r and r["col"] != m.group(1)): fails.append(tag + ": row/col differ from locator")
        wb = books.get(r["file"])
        if wb is None: fails.append(tag + ": file missing"); continue
        if r["sheet"] not in wb.sheetnames: fails.append(tag + ": sheet missing"); continue
        ws = wb[r["sheet"]]
        if ws.sheet_state != "visible": fails.append(tag + ": sheet hidden")
        if ws.row_dimensions[r["row"]].hidden: fails.append(tag + ": row hidden")
        got = ws[loc["name_cell"]].value
        if got != r["written"]: fails.append(tag + f": written {r['written']!r} != cell {got!r}")
        for mr in ws.merged_cells.ranges:
            if loc["name_cell"] in mr and mr.start_cell.coordinate != loc["name_cell"]:
                fails.append(tag + f": name cell inside merge {mr} but not its top-left")
        for fld in ("target", "realisasi"):
            v = combine(ws, loc[fld])
            if not same(v, r[fld]): fails.append(tag + f": {fld} key {r[fld]} != file {v} ({loc[fld]})")
if exts != {".xlsx", ".xls", ".ods"}: fails.append(f"formats overall {exts}")
if fails:
    print("\n".join(fails)); print(f"FAIL: {len(fails)} failures over {total} key rows"); sys.exit(1)
print(f"PASS {total} key rows")
