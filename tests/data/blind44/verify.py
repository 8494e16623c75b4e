#!/usr/bin/env python3
"""Re-read every key row of blind44 from the DELIVERED workbooks and check written / target /
realisasi against <agency>/key.json.

* .xls and .ods files are converted back to .xlsx with LibreOffice into gen/tmp/<agency>/; .xlsx files
  are read as delivered.  Cached formula values are read (openpyxl data_only=True).
* Where the target / realisasi come from (one cell; the sum of quarter / month cells; the last reported
  quarter) is listed in gen/out/<agency>.json ("spec"); the values are parsed here, independently of the
  generators:
    - a number in a %-formatted cell is a fraction -> percent points (x 100)
    - text in Indonesian notation: '1.850' = 1850, '85,1' = 85.1; units, 'Rp', ',-' ignored
    - ranges '80-85' -> 80; '>= 80' / '≥ 80' -> 80
    - grades (AA..D), '-', blanks, error values -> null
    - sum: parsed cells added, nulls skipped; last: the last cell that is neither blank nor '-'
* Also checked: files present, sheet exists and is visible, the name cell is not inside a merge unless it
  is the merge's top-left cell, one key row per (id, year), 15-25 key rows per agency-year, ids of the
  ambiguous pairs exist.
Exit status 0 when everything passes.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal

import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(ROOT, "gen")
TMP = os.path.join(GEN, "tmp")
PROFILE = "file:///tmp/lo_profile_blind44_verify"
AGENCIES = ["dispar_kota_batu_lintang", "uptd_pasar_muara_jelita", "dinsos_prov_teluk_sarana"]
GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}
NULLS = {"", "-", "–", "—", "N/A", "NA", "n/a"}


def to_xlsx(slug, fname):
    src = os.path.join(ROOT, slug, fname)
    if fname.lower().endswith(".xlsx"):
        return src
    outdir = os.path.join(TMP, slug)
    os.makedirs(outdir, exist_ok=True)
    dst = os.path.join(outdir, fname.rsplit(".", 1)[0] + ".xlsx")
    if os.path.exists(dst):
        os.remove(dst)
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--norestore",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, src],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True, timeout=600)
    assert os.path.exists(dst), dst
    return dst


def parse_token(tok):
    tok = tok.strip(".,")
    if "," in tok:
        ip, dp = tok.rsplit(",", 1)
        if "," in ip:
            raise ValueError("ambiguous number " + tok)
        return Decimal(ip.replace(".", "") + "." + dp)
    if "." in tok:
        groups = tok.split(".")
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return Decimal("".join(groups))
        raise ValueError("ambiguous number " + tok)
    return Decimal(tok)


def parse_text(s):
    t = s.strip()
    if t in NULLS or t.upper() in GRADES or t.startswith("#"):
        return None
    t = re.sub(r"Rp\.?", "", t).replace(",-", "")
    m = re.search(r"\d[\d.,]*", t)
    if not m:
        return None
    return parse_token(m.group(0))


def cell_value(ws, addr):
    c = ws[addr]
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        raise ValueError("boolean in " + addr)
    if isinstance(v, (int, float)):
        d = Decimal(repr(v))
        if "%" in (c.number_format or ""):
            d = d * 100
        return d
    return parse_text(str(v))


def is_blank(ws, addr):
    v = ws[addr].value
    return v is None or (isinstance(v, str) and v.strip() in NULLS)


def evaluate(ws, spec):
    if spec is None:
        return None
    if "cell" in spec:
        return cell_value(ws, spec["cell"])
    if "sum" in spec:
        vals = [cell_value(ws, a) for a in spec["sum"]]
        vals = [v for v in vals if v is not None]
        return sum(vals) if vals else None
    if "last" in spec:
        filled = [a for a in spec["last"] if not is_blank(ws, a)]
        return cell_value(ws, filled[-1]) if filled else None
    if "null" in spec:
        return None
    raise ValueError(spec)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    a, b = Decimal(str(a)), Decimal(str(b))
    return abs(a - b) <= Decimal("1e-6") * max(Decimal(1), abs(b))


def merged_ok(ws, addr):
    for mr in ws.merged_cells.ranges:
        if addr in mr:
            return addr == mr.start_cell.coordinate
    return True


def main():
    errors = []
    total = 0
    for slug in AGENCIES:
        kpath = os.path.join(ROOT, slug, "key.json")
        key = json.load(open(kpath))
        spec = json.load(open(os.path.join(GEN, "out", slug + ".json")))["spec"]
        sp = {(s["file"], s["sheet"], s["row"], s["year"], s["same_as"]): s for s in spec}
        books = {}
        for fname in key["files"]:
            if not os.path.exists(os.path.join(ROOT, slug, fname)):
                errors.append("%s: missing file %s" % (slug, fname))
                continue
            books[fname] = openpyxl.load_workbook(to_xlsx(slug, fname), data_only=True)
        seen = Counter()
        per_year = Counter()
        for row in key["rows"]:
            total += 1
            where = "%s | %s | %s | row %s | %s %s" % (slug, row["file"], row["sheet"], row["row"],
                                                     row["same_as"], row["year"])
            seen[(row["same_as"], row["year"])] += 1
            per_year[row["year"]] += 1
            s = sp.get((row["file"], row["sheet"], row["row"], row["year"], row["same_as"]))
            if s is None:
                errors.append(where + ": no spec")
                continue
            wb = books.get(row["file"])
            if wb is None:
                continue
            if row["sheet"] not in wb.sheetnames:
                errors.append(where + ": sheet missing")
                continue
            ws = wb[row["sheet"]]
            if ws.sheet_state != "visible":
                errors.append(where + ": key row on a hidden sheet")
            name = ws[s["name_cell"]].value
            if name != row["written"]:
                errors.append(where + ": written %r != cell %s %r" % (row["written"], s["name_cell"], name))
            if int(re.sub(r"[A-Z]+", "", s["name_cell"])) != row["row"]:
                errors.append(where + ": name cell row differs")
            if not merged_ok(ws, s["name_cell"]):
                errors.append(where + ": name cell inside a merge, not its top-left")
            for fld in ("target", "realisasi"):
                try:
                    got = evaluate(ws, s[fld])
                except Exception as e:  # noqa
                    errors.append(where + ": %s unreadable (%s)" % (fld, e))
                    continue
                if not same(got, row[fld]):
                    errors.append(where + ": %s key %r != file %r (%s)" % (fld, row[fld], got, s[fld]))
        for k, n in seen.items():
            if n > 1:
                errors.append("%s: %s keyed %d times in %s" % (slug, k[0], n, k[1]))
        for y in key["years"]:
            if not 15 <= per_year[y] <= 25:
                errors.append("%s: %d key rows in %s" % (slug, per_year[y], y))
        ids = {r["same_as"] for r in key["rows"]}
        for pair in key["ambiguous"]:
            for i in pair:
                if i not in ids:
                    errors.append("%s: ambiguous id %s has no key row" % (slug, i))
        print("%-28s %3d key rows, years %s" % (slug, len(key["rows"]),
                                               ", ".join("%d:%d" % (y, per_year[y]) for y in key["years"])))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s) in %d key rows" % (len(errors), total))
        return 1
    print("OK: %d key rows verified" % total)
    return 0


if __name__ == "__main__":
    only = sys.argv[1:]
    if only:
        AGENCIES = [a for a in AGENCIES if a in only]
    sys.exit(main())
