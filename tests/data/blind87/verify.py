"""Re-read delivered workbooks (via soffice -> xlsx) and check every key row against its locator."""
import json, os, re, subprocess, sys, glob
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string as CI
ROOT = os.path.dirname(os.path.abspath(__file__))
AG = ["uptd_pengelolaan_rusun_pekerja_kab_karang_emas", "uptd_lab_kalibrasi_prov_tirta_raharja", "uptd_pusat_kuliner_kota_seruni_jaya"]
fails = []
def fail(m): fails.append(m)

def parse(v, fmt):
    if v is None: return None
    if isinstance(v, bool): return None
    if isinstance(v, (int, float)):
        return round(v * 100, 6) if "%" in (fmt or "") else v
    s = str(v).strip()
    if s in ("", "-", "--") : return None
    s = s.replace("*)", "").replace("Rp.", "").replace("Rp", "").replace(",-", "")
    s = s.replace("≥", "").replace("≤", "").replace(">=", "").replace("<=", "").replace(">", "").replace("<", "")
    m = re.search(r"\d[\d.]*(,\d+)?", s)
    if not m: return None
    t = m.group(0)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t) or "," in t:
        t = t.replace(".", "").replace(",", ".")
    return float(t)

def conv(path, outdir):
    os.makedirs(outdir, exist_ok=True)
    if path.endswith(".xlsx"): return path
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-blind87", "--convert-to", "xlsx",
                    "--outdir", outdir, path], check=True, capture_output=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".xlsx")

def eq(a, b):
    if a is None or b is None: return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1, abs(float(b)))

total = 0; exts = set()
for ag in AG:
    kp = os.path.join(ROOT, ag, "key.json")
    if not os.path.exists(kp): fail(f"{ag}: key.json missing"); continue
    key = json.load(open(kp)); locs = json.load(open(os.path.join(ROOT, "gen", "locators", ag + ".json")))
    delivered = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, ag, "*")) if not p.endswith("key.json"))
    if sorted(key["files"]) != delivered: fail(f"{ag}: files listed {key['files']} vs delivered {delivered}")
    for f in key["files"]: exts.add(os.path.splitext(f)[1])
    books = {f: load_workbook(conv(os.path.join(ROOT, ag, f), os.path.join(ROOT, "gen", "tmp", "verify", ag)), data_only=True) for f in key["files"]}
    rows = key["rows"]
    if len(rows) != len(locs): fail(f"{ag}: {len(rows)} rows vs {len(locs)} locators")
    ys = sorted(set(r["year"] for r in rows))
    if ys != key["years"] or len(ys) != 4 or ys != list(range(ys[0], ys[0] + 4)): fail(f"{ag}: years {ys}")
    seen = set(); shared = {}
    for r in rows: shared.setdefault((r["file"], r["sheet"], r["row"]), []).append(r)
    for (f, s, rr), lst in shared.items():
        if len(lst) > 1 and any("col" not in x for x in lst): fail(f"{ag}: {f}/{s} row {rr} shared without col")
    for y in ys:
        n = sum(1 for r in rows if r["year"] == y)
        if not 16 <= n <= 22: fail(f"{ag} {y}: {n} rows")
    for a, b2 in key["ambiguous"]:
        ids = set(r["same_as"] for r in rows)
        if a not in ids or b2 not in ids: fail(f"{ag}: ambiguous ids {a},{b2} not both present")
    for r, l in zip(rows, locs):
        total += 1
        tag = f"{ag} {r['year']} {r['same_as']} {r['sheet']}!{l['name_cell']}"
        if (r["same_as"], r["year"]) in seen: fail(f"{tag}: duplicate id/year")
        seen.add((r["same_as"], r["year"]))
        if (l["file"], l["sheet"], l["row"], l["id"], l["year"]) != (r["file"], r["sheet"], r["row"], r["same_as"], r["year"]): fail(f"{tag}: locator mismatch")
        wb = books[r["file"]]
        if r["sheet"] not in wb.sheetnames: fail(f"{tag}: sheet missing"); continue
        ws = wb[r["sheet"]]
        if ws.sheet_state != "visible": fail(f"{tag}: sheet hidden")
        if ws.row_dimensions[r["row"]].hidden: fail(f"{tag}: row hidden")
        nc = ws[l["name_cell"]]
        if "col" in r and not l["name_cell"].startswith(r["col"]) : fail(f"{tag}: col mismatch")
        if nc.value != r["written"]: fail(f"{tag}: written {r['written']!r} vs cell {nc.value!r}")
        for mr in ws.merged_cells.ranges:
            if nc.coordinate in mr and (mr.min_row, mr.min_col) != (nc.row, nc.column): fail(f"{tag}: not top-left of merge {mr}")
        for fld in ("target", "realisasi"):
            loc = l[fld]
            vals = [parse(ws[c].value, ws[c].number_format) for c in loc["cells"]]
            if loc["rule"] == "cell": got = vals[0]
            else:
                rep = [v for v in vals if v is not None]
                got = None if not rep else (round(sum(rep), 6) if loc["rule"] == "sum" else rep[-1])
            if not eq(got, r[fld]): fail(f"{tag}: {fld} key {r[fld]!r} vs file {got!r} ({loc['rule']} {loc['cells']})")
for e in (".xlsx", ".xls", ".ods"):
    if e not in exts: fail(f"format {e} missing")
if fails:
    print("\n".join(fails)); print(f"FAIL: {len(fails)} failures over {total} key rows"); sys.exit(1)
print(f"PASS: {total} key rows")
