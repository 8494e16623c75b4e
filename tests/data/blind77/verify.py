#!/usr/bin/env python3
"""Re-read the delivered workbooks and check every key row of every <agency>/key.json.

.xls and .ods are converted back to .xlsx (soffice) in gen/tmp/verify/; .xlsx are read as
delivered.  Cached values are read with openpyxl.  For each key row the locator in
gen/locators/<agency>.json says which cells hold target and realisasi and how they are
combined (cell | sum of reported periods | last reported period).
Prints PASS with the number of key rows, or every failure.
"""
import glob
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

import openpyxl
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, "gen", "tmp", "verify")
SOFFICE = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-blind77"]
FORMATS = {"xlsx", "xls", "ods"}

fails = []


def fail(msg):
    fails.append(msg)


# ------------------------------------------------------------------ parsing
FOOT = re.compile(r"\*+\)?|\(\*+\)")
NUM = re.compile(r"\d[\d.,]*")


def parse(value, number_format):
    """Key conventions: %-formatted numbers are fractions -> percent points; text is parsed the
    Indonesian way after dropping Rp, ',-', units and footnote marks; ranges -> lower bound;
    comparison signs dropped; grades / '-' / blank -> None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if number_format and "%" in number_format:
            return value * 100
        return value
    s = str(value).strip()
    if s in ("", "-", "–", "—", "--"):
        return None
    s = s.replace(",-", " ")
    s = re.sub(r"(?i)rp\.?", " ", s)
    s = FOOT.sub(" ", s)
    s = re.sub(r"[≥≤<>=±~]", " ", s)
    m = NUM.search(s)
    if not m:
        return None  # grades (B, BB, A) and other words
    tok = m.group(0).rstrip(".,")
    tok = tok.replace(".", "").replace(",", ".")
    try:
        return float(tok)
    except ValueError:
        return None


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)), abs(float(b)))


# ------------------------------------------------------------------ reading
_cache = {}


def xlsx_path(agency, fname):
    path = os.path.join(ROOT, agency, fname)
    if fname.lower().endswith(".xlsx"):
        return path
    out = os.path.join(TMP, agency)
    os.makedirs(out, exist_ok=True)
    target = os.path.join(out, os.path.splitext(fname)[0] + ".xlsx")
    subprocess.run(SOFFICE + ["--convert-to", "xlsx", "--outdir", out, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return target


def load(agency, fname):
    k = (agency, fname)
    if k not in _cache:
        p = xlsx_path(agency, fname)
        vals = openpyxl.load_workbook(p, data_only=True)
        forms = openpyxl.load_workbook(p, data_only=False)
        _cache[k] = (vals, forms)
        # every formula carries a cached value
        for ws in forms.worksheets:
            wv = vals[ws.title]
            for row in ws.iter_rows():
                for c in row:
                    if c.data_type == "f" or (isinstance(c.value, str) and c.value.startswith("=")):
                        if wv[c.coordinate].value is None:
                            fail(f"{agency}/{fname}!{ws.title}!{c.coordinate}: formula without cached value")
    return _cache[k]


def read_cell(ws, ref):
    c = ws[ref]
    return parse(c.value, c.number_format)


def combine(rule, vals):
    if rule == "cell":
        return vals[0]
    rep = [v for v in vals if v is not None]
    if not rep:
        return None
    if rule == "sum":
        return sum(rep)
    if rule == "last":
        return rep[-1]
    raise ValueError(rule)


# ------------------------------------------------------------------ checks
def check_agency(agency):
    kp = os.path.join(ROOT, agency, "key.json")
    key = json.load(open(kp, encoding="utf-8"))
    lp = os.path.join(ROOT, "gen", "locators", agency + ".json")
    locs = json.load(open(lp, encoding="utf-8"))["locators"]
    locmap = {}
    for L in locs:
        locmap[(L["file"], L["sheet"], L["year"], L["id"])] = L
    rows = key["rows"]
    tag = agency

    # files
    delivered = sorted(f for f in os.listdir(os.path.join(ROOT, agency)) if f != "key.json")
    if sorted(key["files"]) != delivered:
        fail(f"{tag}: files listed {sorted(key['files'])} != delivered {delivered}")
    exts = {f.rsplit(".", 1)[-1].lower() for f in key["files"]}
    if not FORMATS <= exts:
        fail(f"{tag}: formats present {sorted(exts)}, need xlsx, xls and ods")
    if not 3 <= len(key["files"]) <= 4:
        fail(f"{tag}: {len(key['files'])} workbooks (want 3-4)")

    # years
    years = key["years"]
    if len(years) != 4 or years != list(range(years[0], years[0] + 4)):
        fail(f"{tag}: years {years} are not four consecutive years")
    ry = sorted({r["year"] for r in rows})
    if ry != sorted(years):
        fail(f"{tag}: key rows cover years {ry}, key says {years}")
    per_year = Counter(r["year"] for r in rows)
    for y in years:
        if not 16 <= per_year[y] <= 22:
            fail(f"{tag}: {per_year[y]} key rows in {y} (want 16-22)")
    ids = Counter((r["year"], r["same_as"]) for r in rows)
    for (y, i), n in ids.items():
        if n > 1:
            fail(f"{tag}: id {i} has {n} rows in {y}")
    allids = {r["same_as"] for r in rows}
    for pair in key.get("ambiguous", []):
        for i in pair:
            if i not in allids:
                fail(f"{tag}: ambiguous id {i} absent from rows")
        if not pair[1].endswith("b") or pair[1][:-1] != pair[0]:
            fail(f"{tag}: ambiguous pair {pair} not of the form X / Xb")
    if not key.get("ambiguous"):
        fail(f"{tag}: no ambiguous pair")

    # col wherever key rows share a sheet row (and only there)
    share = defaultdict(list)
    for r in rows:
        share[(r["file"], r["sheet"], r["row"])].append(r)
    for k, rs in share.items():
        if len(rs) > 1:
            cols = [r.get("col") for r in rs]
            if None in cols:
                fail(f"{tag}: {k} shared by {len(rs)} key rows but col missing")
            elif len(set(cols)) != len(cols):
                fail(f"{tag}: {k} shared row with duplicate col {cols}")
        elif "col" in rs[0]:
            fail(f"{tag}: {k} has col although the row is not shared")

    # each row
    for r in rows:
        where = f"{tag}/{r['file']}!{r['sheet']} row {r['row']} {r.get('col', '')} {r['year']} {r['same_as']}"
        if r["file"] not in key["files"]:
            fail(f"{where}: file not listed")
            continue
        L = locmap.get((r["file"], r["sheet"], r["year"], r["same_as"]))
        if L is None:
            fail(f"{where}: no locator")
            continue
        try:
            vals, forms = load(agency, r["file"])
        except Exception as e:  # noqa
            fail(f"{where}: cannot read workbook: {e}")
            continue
        if r["sheet"] not in vals.sheetnames:
            fail(f"{where}: sheet missing")
            continue
        ws = vals[r["sheet"]]
        if ws.sheet_state != "visible":
            fail(f"{where}: sheet is {ws.sheet_state}")
        ncol, nrow = coordinate_from_string(L["name_cell"])
        if nrow != r["row"]:
            fail(f"{where}: locator name cell {L['name_cell']} is not on row {r['row']}")
        if "col" in r and r["col"] != ncol:
            fail(f"{where}: col {r['col']} != locator name cell {L['name_cell']}")
        cell = ws[L["name_cell"]]
        if cell.value != r["written"]:
            fail(f"{where}: written {r['written']!r} != cell {L['name_cell']} {cell.value!r}")
        ci = column_index_from_string(ncol)
        for mr in ws.merged_cells.ranges:
            if mr.min_row <= nrow <= mr.max_row and mr.min_col <= ci <= mr.max_col:
                if (mr.min_row, mr.min_col) != (nrow, ci):
                    fail(f"{where}: name cell {L['name_cell']} is inside merge {mr} but not its top-left")
        if ws.row_dimensions[nrow].hidden:
            fail(f"{where}: row {nrow} is hidden")
        for what in ("target", "realisasi"):
            spec = L[what]
            got = combine(spec["rule"], [read_cell(ws, c) for c in spec["cells"]])
            if not same(got, r[what]):
                fail(f"{where}: {what} key {r[what]!r} != {spec['rule']}({','.join(spec['cells'])}) = {got!r}")
    return len(rows)


def main():
    agencies = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(ROOT, "*", "key.json")))
    if not agencies:
        print("FAIL: no key.json found")
        return 1
    total = 0
    per = {}
    for a in agencies:
        n = check_agency(a)
        per[a] = n
        total += n
    if fails:
        for f in fails:
            print("FAIL:", f)
        print(f"{len(fails)} failure(s)")
        return 1
    for a, n in per.items():
        print(f"  {a}: {n} key rows")
    print(f"PASS {total} key rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
