# -*- coding: utf-8 -*-
"""Re-read every shipped file (LibreOffice -> xlsx in /tmp/blind22-verify, openpyxl data_only) and check
every key row: the written name at (sheet, row), target and realisasi (from the cell coordinates the
generator recorded in gen/build/cells.json), plus structural rules of the key."""
import json, os, re, shutil, subprocess, sys
from collections import Counter
import openpyxl

ROOT = "/work/blind22"
TMP = "/tmp/blind22-verify"
LO_ENV = "-env:UserInstallation=file:///tmp/lo-blind22"
SLUGS = ["dlh-tanah-laut", "dpupr-palopo", "disbudpar-toraja-utara"]


def parse(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v) * (100 if "%" in (cell.number_format or "") else 1)
    s = str(v).strip()
    if s in ("", "-"):
        return None
    s = re.sub(r"^Rp\.?\s*", "", s)
    m = re.match(r"-?\d[\d.,]*", s)
    if not m:
        return None
    n = m.group(0).rstrip(".,")
    return float(n.replace(".", "").replace(",", "."))


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 1e-6 * max(1, abs(b))


def main():
    cells = {(c["file"], c["sheet"], c["row"]): c for c in json.load(open(os.path.join(ROOT, "gen/build/cells.json")))}
    errors, nrows = [], 0
    shutil.rmtree(TMP, ignore_errors=True)
    for slug in SLUGS:
        d = os.path.join(ROOT, slug)
        key = json.load(open(os.path.join(d, "key.json"), encoding="utf-8"))
        for k in ("agency", "years", "files", "rows", "ambiguous"):
            if k not in key:
                errors.append(f"{slug}: key lacks {k}")
        ys = key["years"]
        if len(ys) != 4 or ys != list(range(ys[0], ys[0] + 4)):
            errors.append(f"{slug}: years not 4 consecutive: {ys}")
        shipped = sorted(f for f in os.listdir(d) if f != "key.json")
        if sorted(key["files"]) != shipped:
            errors.append(f"{slug}: files {key['files']} vs folder {shipped}")
        out = os.path.join(TMP, slug)
        os.makedirs(out)
        books = {}
        for f in key["files"]:
            subprocess.run(["soffice", "--headless", LO_ENV, "--convert-to", "xlsx", "--outdir", out,
                            os.path.join(d, f)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            books[f] = openpyxl.load_workbook(os.path.join(out, os.path.splitext(f)[0] + ".xlsx"), data_only=True)
        seen = Counter((r["file"], r["sheet"], r["row"]) for r in key["rows"])
        for loc, n in seen.items():
            if n > 1:
                errors.append(f"{slug}: duplicate key location {loc}")
        per_year = Counter(r["year"] for r in key["rows"])
        for y in ys:
            if not 18 <= per_year[y] <= 25:
                errors.append(f"{slug}: year {y} has {per_year[y]} rows")
        ids_year = Counter((r["same_as"], r["year"]) for r in key["rows"])
        for (i, y), n in ids_year.items():
            if n > 1:
                errors.append(f"{slug}: id {i} twice in {y}")
        ids = {r["same_as"] for r in key["rows"]}
        for a, b in key["ambiguous"]:
            if a not in ids or b not in ids:
                errors.append(f"{slug}: ambiguous pair {a},{b} not in ids")
        for r in key["rows"]:
            nrows += 1
            where = f"{slug}/{r['file']}!{r['sheet']} row {r['row']} ({r['same_as']} {r['year']})"
            wb = books.get(r["file"])
            if wb is None or r["sheet"] not in wb.sheetnames:
                errors.append(f"{where}: sheet missing")
                continue
            ws = wb[r["sheet"]]
            c = cells.get((r["file"], r["sheet"], r["row"]))
            if c is None:
                errors.append(f"{where}: no cell record")
                continue
            name_cell = ws[c["name"]]
            if name_cell.row != r["row"]:
                errors.append(f"{where}: name cell row {name_cell.row}")
            if name_cell.value != r["written"]:
                errors.append(f"{where}: name {name_cell.value!r} != {r['written']!r}")
            # the written name must occur in that row exactly once
            hits = [x for x in ws[r["row"]] if x.value == r["written"]]
            if len(hits) != 1:
                errors.append(f"{where}: name found {len(hits)} times in row")
            t, rv = parse(ws[c["t"]]), parse(ws[c["r"]])
            if not close(t, r["target"]):
                errors.append(f"{where}: target {t} != {r['target']}")
            if not close(rv, r["realisasi"]):
                errors.append(f"{where}: realisasi {rv} != {r['realisasi']}")
        # every sheet of every file must hold a year covered by the key
        for f, wb in books.items():
            for s in wb.sheetnames:
                if not any(r["file"] == f and r["sheet"] == s for r in key["rows"]):
                    errors.append(f"{slug}/{f}!{s}: sheet without key rows")
        print(f"{slug}: {sum(per_year.values())} key rows, per year {dict(sorted(per_year.items()))}")
    for e in errors:
        print("ERROR", e)
    print(f"verify: {nrows} key rows checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
