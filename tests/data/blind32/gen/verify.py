"""Re-read every key row from the delivered workbooks and check it against key.json.
.xls/.ods are converted back to .xlsx (gen/tmp/verify/) with LibreOffice first."""
import json, os, re, subprocess, sys
from collections import Counter
import openpyxl

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
AGENCIES = ["brida", "distan_tph", "kelurahan"]
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL", msg)


def parse(v, fmt):
    """What a careful reader understands from a cell (independent of the generators)."""
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (fmt or "") else v
    s = str(v).strip()
    if s in ("", "-", "N/A", "n/a"):
        return None
    m = re.search(r"-?\d[\d.,]*", s)
    if not m:
        return None                      # grades / predikat
    t = m.group(0).rstrip(".,")
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    return float(t)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def read_spec(ws, spec):
    if isinstance(spec, dict):
        vals = [parse(ws[c].value, ws[c].number_format) for c in spec["sum"]]
        return sum(v or 0 for v in vals)
    return parse(ws[spec].value, ws[spec].number_format)


total_rows = 0
for ag in AGENCIES:
    key = json.load(open(os.path.join(ROOT, ag, "key.json")))
    spec = json.load(open(os.path.join(GEN, "raw", ag + "_spec.json")))["spec"]
    if len(spec) != len(key["rows"]):
        fail(f"{ag}: spec/key length differ")
    books = {}
    for fn in key["files"]:
        path = os.path.join(ROOT, ag, fn)
        if not os.path.exists(path):
            fail(f"{ag}: missing file {fn}"); continue
        if not fn.endswith(".xlsx"):
            out = os.path.join(GEN, "tmp", "verify", ag)
            subprocess.run(["bash", os.path.join(GEN, "convert.sh"), path, "xlsx", out], check=True)
            path = os.path.join(out, fn.rsplit(".", 1)[0] + ".xlsx")
        wf = openpyxl.load_workbook(path)
        wv = openpyxl.load_workbook(path, data_only=True)
        books[fn] = wv
        nform = 0
        for ws in wf:
            for row in ws.iter_rows():
                for c in row:
                    if c.data_type == "f" or (isinstance(c.value, str) and c.value.startswith("=")):
                        nform += 1
                        cv = wv[ws.title][c.coordinate].value
                        if cv is None or (isinstance(cv, str) and cv.startswith("#")):
                            fail(f"{ag}/{fn}!{ws.title}!{c.coordinate}: formula {c.value} has cached value {cv!r}")
        print(f"  {ag}/{fn}: {nform} formulas, all cached" if not fails else f"  {ag}/{fn}: {nform} formulas")
    # ids unique per year, years in range
    cnt = Counter((r["year"], r["same_as"]) for r in key["rows"])
    for (y, sid), n in cnt.items():
        if n > 1:
            fail(f"{ag}: id {sid} used {n} times in {y}")
    for y in key["years"]:
        if not any(r["year"] == y for r in key["rows"]):
            fail(f"{ag}: no rows for {y}")
    if sorted(key["years"]) != list(range(min(key["years"]), min(key["years"]) + 4)):
        fail(f"{ag}: years not four consecutive")
    ids = {r["same_as"] for r in key["rows"]}
    for a, b in key["ambiguous"]:
        if a not in ids or b not in ids:
            fail(f"{ag}: ambiguous pair {a},{b} names unknown id")
    for r, s in zip(key["rows"], spec):
        total_rows += 1
        wb = books.get(r["file"])
        if wb is None:
            continue
        if r["sheet"] not in wb.sheetnames:
            fail(f"{ag}: sheet {r['sheet']} not in {r['file']}"); continue
        ws = wb[r["sheet"]]
        if (r["file"], r["row"], r["year"], r["same_as"]) != (s["file"], s["row"], s["year"], s["same_as"]):
            fail(f"{ag}: spec/key mismatch at {r}")
        nc = s["name_cell"]
        if int(re.sub(r"\D", "", nc)) != r["row"]:
            fail(f"{ag}: name cell {nc} not on row {r['row']}")
        if ws[nc].value != r["written"]:
            fail(f"{ag}: {r['file']}!{nc} is {ws[nc].value!r}, key says {r['written']!r}")
        for fld, sp in (("target", s["t"]), ("realisasi", s["r"])):
            got = read_spec(ws, sp)
            if not same(got, r[fld]):
                fail(f"{ag}: {r['file']} row {r['row']} {r['year']} {r['same_as']} {fld}: cell gives {got!r}, key {r[fld]!r}")
    print(f"{ag}: {len(key['rows'])} key rows, {len(ids)} ids, files {key['files']}")

print(f"\nverify: {total_rows} key rows checked, {len(fails)} failures")
sys.exit(1 if fails else 0)
