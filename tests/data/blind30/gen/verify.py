#!/usr/bin/env python3
"""Re-read every key row from the delivered workbooks and compare with key.json.

.xls/.ods are converted back to .xlsx with LibreOffice (own profile) into gen/verify_tmp/.
Checks: name cell text (a cell of that row equals `written` exactly), target and realisasi
parsed as a reader would (percent-formatted numbers x100, Indonesian text numbers, grades and
'-'/'N/A' -> null; Rencana Aksi rows: sum of quarters or TW IV as recorded in spec_*.json),
ids unique per year, every formula has a cached value, file list complete.
"""
import json, os, re, subprocess, sys, shutil
from collections import Counter
import openpyxl

GEN = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(GEN)
TMP = os.path.join(GEN, "verify_tmp"); PROFILE = "file:///tmp/lo-blind30"
AGENCIES = ["kebudayaan", "setda", "puskesmas"]
GRADE = re.compile(r"^(AA|A|BB|B|CC|C|D|Paripurna|Utama|Madya|Dasar|Perdana|Sangat Tinggi|Tinggi|Sedang|Rendah|Level \d+)$", re.I)


def to_xlsx(path):
    if path.endswith(".xlsx"):
        return path
    os.makedirs(TMP, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--calc", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", TMP, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + ".xlsx")


def parse(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (cell.number_format or "") else v
    s = str(v).strip()
    if s in ("", "-", "–", "N/A", "n/a", "NA") or GRADE.match(s):
        return None
    m = re.search(r"\d[\d.,]*", s)
    if not m:
        return None
    t = m.group(0).rstrip(".,")
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".") if t.rfind(",") > t.rfind(".") else t.replace(",", "")
    elif "," in t:
        t = t.replace(",", ".")
    elif "." in t and re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    return float(t)


def read(ws, spec):
    if "cell" in spec:
        return parse(ws[spec["cell"]])
    if "last" in spec:
        return parse(ws[spec["last"]])
    vals = [parse(ws[c]) for c in spec["sum"]]
    vals = [x for x in vals if x is not None]
    return sum(vals) if vals else None


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 0.006


def main():
    fails = []; nrows = 0
    shutil.rmtree(TMP, ignore_errors=True)
    for ag in AGENCIES:
        key = json.load(open(os.path.join(ROOT, ag, "key.json")))
        spec = json.load(open(os.path.join(GEN, "spec_%s.json" % ag)))
        assert len(spec) == len(key["rows"])
        books = {}
        for fn in key["files"]:
            p = os.path.join(ROOT, ag, fn)
            if not os.path.exists(p):
                fails.append("%s: missing file %s" % (ag, fn)); continue
            x = to_xlsx(p)
            wf = openpyxl.load_workbook(x); wv = openpyxl.load_workbook(x, data_only=True)
            books[fn] = wv
            for ws in wf:
                for row in ws.iter_rows():
                    for c in row:
                        if isinstance(c.value, str) and c.value.startswith("="):
                            cv = wv[ws.title][c.coordinate].value
                            if cv is None or (isinstance(cv, str) and cv.startswith("#")):
                                fails.append("%s %s!%s formula %s has no cached value (%r)" % (fn, ws.title, c.coordinate, c.value, cv))
        files_in_rows = {r["file"] for r in key["rows"]}
        if files_in_rows != set(key["files"]):
            fails.append("%s: files list differs from rows" % ag)
        cnt = Counter((r["year"], r["same_as"]) for r in key["rows"])
        for (y, i), n in cnt.items():
            if n > 1:
                fails.append("%s: id %s used %d times in %d" % (ag, i, n, y))
        for r in key["rows"]:
            if r["year"] not in key["years"]:
                fails.append("%s: year %s not in years" % (ag, r["year"]))
        ids = {r["same_as"] for r in key["rows"]}
        for a, b in key["ambiguous"]:
            if a not in ids or b not in ids:
                fails.append("%s: ambiguous pair %s/%s unknown id" % (ag, a, b))
        for r, s in zip(key["rows"], spec):
            nrows += 1
            assert r["row"] == s["row"] and r["written"] == s["written"]
            wb = books.get(r["file"])
            if wb is None:
                continue
            ws = wb[r["sheet"]]
            texts = [c.value for c in ws[r["row"]]]
            where = "%s %s!row %d (%s)" % (r["file"], r["sheet"], r["row"], r["same_as"])
            if r["written"] not in texts:
                fails.append("%s: name %r not found in row: %r" % (where, r["written"], [t for t in texts if t]))
            t = read(ws, s["_t"]); re_ = read(ws, s["_r"])
            if not same(t, r["target"]):
                fails.append("%s: target read %r, key %r" % (where, t, r["target"]))
            if not same(re_, r["realisasi"]):
                fails.append("%s: realisasi read %r, key %r" % (where, re_, r["realisasi"]))
    for f in fails:
        print("FAIL", f)
    print("verify: %d key rows checked, %d failures" % (nrows, len(fails)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
