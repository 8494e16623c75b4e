"""Re-read every shipped workbook (converted to xlsx by LibreOffice in /tmp/blind23-verify) and check
every key row: the written name at its row, the target and the realisasi (cached values), plus the
key's own consistency (files listed, rows unique, one row per id and year, counts per year)."""
import json
import os
import shutil
import subprocess
import sys
from collections import Counter

import openpyxl
from openpyxl.utils.cell import coordinate_from_string

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = "/tmp/blind23-verify"
LO_ENV = "-env:UserInstallation=file:///tmp/lo-blind23"


def to_xlsx(path, slug):
    d = os.path.join(OUT, slug)
    os.makedirs(d, exist_ok=True)
    # copy under a neutral name so x.xlsx does not overwrite itself
    stem, ext = os.path.splitext(os.path.basename(path))
    src = os.path.join(d, "src_" + stem + ext)
    shutil.copy(path, src)
    subprocess.run(["soffice", "--headless", LO_ENV, "--convert-to", "xlsx", "--outdir", d, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return os.path.join(d, "src_" + stem + ".xlsx")


def cell_value(ws, ref):
    c = ws[ref]
    v = c.value
    if isinstance(v, (int, float)) and not isinstance(v, bool) and "%" in (c.number_format or ""):
        v = v * 100
    return v


def same(a, b):
    if a is None or b is None:
        return a is None and (b is None or b == "")
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-6
    return a == b


def main():
    errors = []
    with open(os.path.join(ROOT, "gen", "cellmap.json"), encoding="utf-8") as f:
        cellmap = json.load(f)
    total = 0
    for slug in sorted(cellmap):
        with open(os.path.join(ROOT, slug, "key.json"), encoding="utf-8") as f:
            key = json.load(f)
        shipped = sorted(x for x in os.listdir(os.path.join(ROOT, slug)) if x != "key.json")
        if sorted(key["files"]) != shipped:
            errors.append("%s: files in key %s != shipped %s" % (slug, key["files"], shipped))
        books = {fn: openpyxl.load_workbook(to_xlsx(os.path.join(ROOT, slug, fn), slug), data_only=True)
                 for fn in key["files"]}
        seen = Counter((r["file"], r["sheet"], r["row"]) for r in key["rows"])
        for k_, n in seen.items():
            if n > 1:
                errors.append("%s: row listed %d times: %s" % (slug, n, k_))
        ids = Counter((r["same_as"], r["year"]) for r in key["rows"])
        for k_, n in ids.items():
            if n > 1:
                errors.append("%s: id %s appears %d times in %d" % (slug, k_[0], n, k_[1]))
        per_year = Counter(r["year"] for r in key["rows"])
        for y in key["years"]:
            if per_year[y] == 0:
                errors.append("%s: no rows for %d" % (slug, y))
            if slug != "diskominfo" and not (18 <= per_year[y] <= 30):
                errors.append("%s: %d rows in %d (want 18-30)" % (slug, per_year[y], y))
        for r, cm in zip(key["rows"], cellmap[slug]):
            total += 1
            where = "%s/%s!%s row %d" % (slug, r["file"], r["sheet"], r["row"])
            if (cm["file"], cm["sheet"], cm["row"]) != (r["file"], r["sheet"], r["row"]):
                errors.append(where + ": cellmap out of step")
                continue
            wb = books[r["file"]]
            if r["sheet"] not in wb.sheetnames:
                errors.append(where + ": no such sheet")
                continue
            ws = wb[r["sheet"]]
            for what, ref, want in [("name", cm["name_cell"], r["written"]),
                                    ("target", cm["target_cell"], r["target"]),
                                    ("realisasi", cm["real_cell"], r["realisasi"])]:
                if ref is None:
                    if want is not None:
                        errors.append(where + ": %s has no cell but key says %r" % (what, want))
                    continue
                rownum = coordinate_from_string(ref)[1]
                if what == "name" and rownum != r["row"]:
                    errors.append(where + ": name cell %s not on key row" % ref)
                got = cell_value(ws, ref)
                if not same(got, want):
                    errors.append(where + ": %s at %s is %r, key says %r" % (what, ref, got, want))
        print("%-12s %4d key rows, per year %s" % (slug, len(key["rows"]), dict(sorted(per_year.items()))))
    print("checked %d key rows, %d errors" % (total, len(errors)))
    for e in errors[:200]:
        print("  " + e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
