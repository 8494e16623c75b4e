#!/usr/bin/env python3
"""Re-read every key row of blind54 from the DELIVERED workbooks and check written / target / realisasi.

.xls and .ods files are converted back to .xlsx in gen/tmp/ with LibreOffice headless; cells are read with
openpyxl (cached values). gen/cellmap.json says, for each key row, which cell holds the name and which cells hold
the target and the realisasi ("one" cell, the "sum" of period cells for flows, the "last" non-empty period for
levels). The cells are parsed here independently of the generator: %-formatted numbers x 100, Indonesian text
("1.250 orang", "85,5 %"), spaces / apostrophes as thousands separators, ranges -> lower bound, comparators
dropped, grades / "-" / empty -> None.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(ROOT, "gen")
TMP = os.path.join(GEN, "tmp")
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-blind54", "--headless"]
SLUGS = ["dpmptspnaker_lembah_sarimanik", "rsud_kota_teluk_sembilang", "biro_pbj_karang_laut_timur"]

NUM = re.compile(r"[+-]?\d{1,3}(?:(?:[ .']\d{3})+)(?:,\d+)?|[+-]?\d+(?:,\d+)?")


def parse(value, fmt):
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value * 100 if "%" in (fmt or "") else value
    s = str(value).strip().replace("\u2212", "-").replace("\u00a0", " ")
    if s in ("", "-", "–", "—", "N/A", "n/a", "NA"):
        return None
    s = re.sub(r"^(>=|<=|≥|≤|>|<|=)\s*", "", s)
    s = re.sub(r"^(Rp\.?|IDR)\s*", "", s, flags=re.I)
    m = NUM.search(s)
    if not m:
        return None            # grades, predicates
    tok = m.group(0)
    neg = tok.startswith("-") and m.start() == 0
    tok = tok.lstrip("+-")
    tok = tok.replace(" ", "").replace("'", "").replace(".", "").replace(",", ".")
    v = float(tok)
    if neg:
        v = -v
    return int(v) if v.is_integer() else v


def xlsx_of(slug, fname):
    path = os.path.join(ROOT, slug, fname)
    if fname.endswith(".xlsx"):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    target = os.path.join(out, os.path.splitext(fname)[0] + ".xlsx")
    if not os.path.exists(target) or os.path.getmtime(target) < os.path.getmtime(path):
        subprocess.run(LO + ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return target


def read(ws, coord):
    c = ws[coord]
    return parse(c.value, c.number_format)


def evaluate(ws, spec):
    rule, cells = spec["rule"], spec["cells"]
    if rule == "none":
        return None
    vals = [read(ws, c) for c in cells]
    if rule == "one":
        return vals[0]
    got = [v for v in vals if v is not None]
    if not got:
        return None
    if rule == "sum":
        s = round(sum(got), 6)
        return int(s) if float(s).is_integer() else s
    if rule == "last":
        return got[-1]
    raise ValueError(rule)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)), abs(float(b)))


def main():
    cellmap = json.load(open(os.path.join(GEN, "cellmap.json"), encoding="utf-8"))
    errors = 0
    total = 0
    for slug in SLUGS:
        key = json.load(open(os.path.join(ROOT, slug, "key.json"), encoding="utf-8"))
        cm = {(c["file"], c["sheet"], c["row"], c["col"]): c for c in cellmap[slug]}
        books = {}
        for f in key["files"]:
            assert os.path.exists(os.path.join(ROOT, slug, f)), f"missing {f}"
            books[f] = openpyxl.load_workbook(xlsx_of(slug, f), data_only=True)
        exts = Counter(os.path.splitext(f)[1] for f in key["files"])
        per_year = Counter()
        seen = set()
        for r in key["rows"]:
            total += 1
            k = (r["file"], r["sheet"], r["row"], r.get("col"))
            c = cm.get(k)
            tag = f"{slug} | {r['file']} | {r['sheet']} row {r['row']}{' col ' + r['col'] if r.get('col') else ''} | {r['same_as']} {r['year']}"
            if c is None:
                print("NO CELLMAP", tag); errors += 1; continue
            ws = books[r["file"]][r["sheet"]]
            if ws.sheet_state != "visible":
                print("KEY ON HIDDEN SHEET", tag); errors += 1
            name_cell = ws[c["name"]]
            if name_cell.row != r["row"] or (r.get("col") and name_cell.column_letter != r["col"]):
                print("ROW/COL MISMATCH", tag, c["name"]); errors += 1
            if name_cell.value != r["written"]:
                print("WRITTEN", tag, repr(name_cell.value), "!=", repr(r["written"])); errors += 1
            t = evaluate(ws, c["target"])
            v = evaluate(ws, c["realisasi"])
            if not same(t, r["target"]):
                print("TARGET", tag, t, "!=", r["target"]); errors += 1
            if not same(v, r["realisasi"]):
                print("REALISASI", tag, v, "!=", r["realisasi"]); errors += 1
            if (r["same_as"], r["year"]) in seen:
                print("DUPLICATE KEY ROW", tag); errors += 1
            seen.add((r["same_as"], r["year"]))
            per_year[r["year"]] += 1
        for y in key["years"]:
            if not 15 <= per_year[y] <= 25:
                print("COUNT", slug, y, per_year[y]); errors += 1
        # rows sharing a sheet row must carry col
        share = Counter((r["file"], r["sheet"], r["row"]) for r in key["rows"])
        for r in key["rows"]:
            if share[(r["file"], r["sheet"], r["row"])] > 1 and not r.get("col"):
                print("SHARED ROW WITHOUT col", slug, r["file"], r["sheet"], r["row"]); errors += 1
        ids = {p for pair in key["ambiguous"] for p in pair}
        known = {r["same_as"] for r in key["rows"]}
        for p in ids - known:
            print("AMBIGUOUS ID NOT IN ROWS", slug, p); errors += 1
        print(f"{slug}: {len(key['rows'])} key rows, years {dict(sorted(per_year.items()))}, files {dict(exts)}")
    allext = set()
    for slug in SLUGS:
        allext |= {os.path.splitext(f)[1] for f in json.load(open(os.path.join(ROOT, slug, "key.json")))["files"]}
    if not {".xlsx", ".xls", ".ods"} <= allext:
        print("FORMAT MIX missing", {".xlsx", ".xls", ".ods"} - allext); errors += 1
    print(f"{total} key rows checked, {errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
