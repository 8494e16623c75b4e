#!/usr/bin/env python3
"""Re-read every key row of blind43 from the DELIVERED workbooks and check
written / target / realisasi against <agency>/key.json.

.xls and .ods files are converted back to .xlsx with LibreOffice into gen/tmp/<agency>/
(the cached formula values are what is read).  Cell addresses of the target / realisasi
cells and how they combine (one cell, sum of quarters/months, last reported) come from
gen/verify_spec.json; the values are parsed here independently of the generators:
  * numbers in a %-formatted cell are fractions -> percent points
  * text in Indonesian notation: '1.850' = 1850, '85,1' = 85.1, units / 'Rp.' / ',-' stripped
  * ranges '80-85' -> 80, '>= 80' / '≥ 80' -> 80
  * grades (AA..D, A/B/C), '-', blanks -> null
Also checks: sheet visible, name cell not inside a merge (other than its top-left),
one key row per (id, year), 15-25 indicators per agency-year, files present.
Exit status 0 when everything passes.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter

import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(ROOT, "gen")
TMP = os.path.join(GEN, "tmp")
LO_PROFILE = "file:///tmp/lo_profile_blind43_verify"
AGENCIES = ["bagpem_lubuk_semilang", "bbi_sungai_rantau", "dinas_pangan_padang_halimun"]
GRADES = {"AA", "A", "BB", "B", "CC", "C", "D"}
NULLS = {"", "-", "–", "—", "n/a", "na", "N/A", "NA"}


def to_xlsx(slug, fname):
    src = os.path.join(ROOT, slug, fname)
    if fname.lower().endswith(".xlsx"):
        return src
    outdir = os.path.join(TMP, slug)
    os.makedirs(outdir, exist_ok=True)
    stem = fname.rsplit(".", 1)[0]
    dst = os.path.join(outdir, stem + ".xlsx")
    if os.path.exists(dst):
        os.remove(dst)
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--norestore",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, src],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True, timeout=600)
    assert os.path.exists(dst), dst
    return dst


NUM_RE = re.compile(r"^(?:>=|=>|≥|>|<=|≤|<)?\s*(\d[\d.]*(?:,\d+)?)")


def parse(value, fmt):
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("boolean cell")
    if isinstance(value, (int, float)):
        return float(value) * 100 if fmt and "%" in fmt else float(value)
    s = str(value).strip()
    if s in NULLS or s.upper() in GRADES or s.startswith("#"):
        return None
    s = s.replace("Rp.", "").replace("Rp", "").replace(",-", "").strip()
    m = NUM_RE.match(s)
    if not m:
        raise ValueError("unreadable text %r" % value)
    num = m.group(1)
    # Indonesian: '.' groups thousands (groups of exactly three digits), ',' decimal
    if "." in num:
        parts = num.split(",")[0].split(".")
        if not all(len(p) == 3 for p in parts[1:]):
            raise ValueError("dot not a thousands separator in %r" % value)
    num = num.replace(".", "").replace(",", ".")
    return float(num)


def combine(vals, how):
    if how == "one":
        return vals[0]
    present = [v for v in vals if v is not None]
    if how == "sum":
        return sum(present) if present else None
    if how == "last":
        return present[-1] if present else None
    raise ValueError(how)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def merged_nontopleft(ws, coord):
    for rng in ws.merged_cells.ranges:
        if coord in rng and coord != rng.start_cell.coordinate:
            return True
    return False


def main():
    spec_all = json.load(open(os.path.join(GEN, "verify_spec.json")))
    errors = []
    total = 0
    for slug in AGENCIES:
        key = json.load(open(os.path.join(ROOT, slug, "key.json")))
        spec = spec_all[slug]
        assert set(key) == {"agency", "years", "files", "ambiguous", "rows"}, key.keys()
        files_on_disk = sorted(f for f in os.listdir(os.path.join(ROOT, slug)) if f != "key.json")
        if sorted(key["files"]) != files_on_disk:
            errors.append("%s: files %s vs disk %s" % (slug, key["files"], files_on_disk))
        if len(key["rows"]) != len(spec):
            errors.append("%s: %d key rows vs %d spec rows" % (slug, len(key["rows"]), len(spec)))
        # one row per indicator per year
        c = Counter((r["same_as"], r["year"]) for r in key["rows"])
        for k, n in c.items():
            if n > 1:
                errors.append("%s: %s keyed %d times" % (slug, k, n))
        per_year = Counter(r["year"] for r in key["rows"])
        for y in key["years"]:
            if not 15 <= per_year.get(y, 0) <= 25:
                errors.append("%s: year %s has %d indicators" % (slug, y, per_year.get(y, 0)))
        ids = {r["same_as"] for r in key["rows"]}
        for a, b in key["ambiguous"]:
            if a not in ids or b not in ids:
                errors.append("%s: ambiguous pair %s/%s not keyed" % (slug, a, b))
        books = {}
        for fname in key["files"]:
            books[fname] = openpyxl.load_workbook(to_xlsx(slug, fname), data_only=True)
        n_ok = 0
        for kr, sp in zip(key["rows"], spec):
            total += 1
            where = "%s | %s | %s!%s (%s %s)" % (slug, kr["file"], kr["sheet"], kr["row"], kr["same_as"], kr["year"])
            assert (kr["file"], kr["sheet"], kr["row"], kr["same_as"], kr["year"]) == \
                (sp["file"], sp["sheet"], sp["row"], sp["same_as"], sp["year"]), where
            if kr["year"] not in key["years"]:
                errors.append(where + ": year outside the agency's years")
            wb = books[kr["file"]]
            if kr["sheet"] not in wb.sheetnames:
                errors.append(where + ": sheet missing")
                continue
            ws = wb[kr["sheet"]]
            if ws.sheet_state != "visible":
                errors.append(where + ": keyed sheet is not visible")
            nc = sp["name_cell"]
            if int(re.sub(r"[A-Z]+", "", nc)) != kr["row"]:
                errors.append(where + ": name cell %s not on row %s" % (nc, kr["row"]))
            if merged_nontopleft(ws, nc):
                errors.append(where + ": name cell inside a merge")
            got = ws[nc].value
            if got != kr["written"]:
                errors.append(where + ": written %r != cell %r" % (kr["written"], got))
            ok = True
            for fld in ("target", "realisasi"):
                vals = []
                try:
                    for cell in sp[fld]["cells"]:
                        vals.append(parse(ws[cell].value, ws[cell].number_format))
                    v = combine(vals, sp[fld]["agg"])
                except ValueError as e:
                    errors.append(where + ": %s %s" % (fld, e))
                    ok = False
                    continue
                if not same(v, kr[fld]):
                    errors.append(where + ": %s key %r != file %r (cells %s = %r)" % (
                        fld, kr[fld], v, sp[fld]["cells"], [ws[c].value for c in sp[fld]["cells"]]))
                    ok = False
            n_ok += ok and got == kr["written"]
        print("%-30s %3d key rows, %3d fully match; years %s" % (slug, len(key["rows"]), n_ok, dict(sorted(per_year.items()))))
    if errors:
        print("\n%d PROBLEM(S):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("verify.py: all %d key rows match the delivered files." % total)


if __name__ == "__main__":
    main()
