#!/usr/bin/env python3
"""Re-read every key row of blind46 from the delivered workbooks and check written / target / realisasi.

xls and ods files are converted back to xlsx with LibreOffice into gen/tmp/verify/<agency>/ and read with
openpyxl (cached values).  Cell addresses come from gen/spec.json (name cell, target cell, realisasi cell or
quarter cells with a sum / last rule); the values are parsed here independently of the generator, with the
key conventions of README.md.
"""
import json
import math
import os
import re
import subprocess
import sys

import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
AGENCIES = ["uptd_ifk_sungai_rindang", "bag_adpem_lembah_sarai", "dlh_prov_nusa_kemuning"]
SOFFICE = ["soffice", "-env:UserInstallation=file:///tmp/lo-blind46", "--headless"]
GRADE = re.compile(r"^(AA|A|BB|B|CC|C|D)[+-]?$")


def parse_text(s):
    s = s.strip()
    if s in ("", "-", "–", "—", "N/A", "n/a", "NA"):
        return None
    if GRADE.match(s):
        return None
    s2 = re.sub(r"^(>=|<=|≥|≤|>|<)\s*", "", s)
    m = re.match(r"^([\d.,]+)\s*[-–]\s*([\d.,]+)", s2)
    if m:
        return num_token(m.group(1))
    m = re.search(r"\d[\d.,]*", s2)
    if not m:
        return None
    return num_token(m.group(0))


def num_token(tok):
    tok = tok.rstrip(".,")
    if "," in tok:
        return float(tok.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", tok):
        return float(tok.replace(".", ""))
    return float(tok)


def cell_value(ws, ref):
    c = ws[ref]
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        fmt = c.number_format or ""
        if "%" in fmt:
            return v * 100.0
        return float(v)
    if isinstance(v, str):
        if v.startswith("#"):
            return "ERR"
        return parse_text(v)
    return "ERR"


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if a == "ERR" or b == "ERR":
        return False
    return math.isclose(float(a), float(b), rel_tol=1e-7, abs_tol=1e-7)


def open_delivered(slug, fname):
    path = os.path.join(ROOT, slug, fname)
    if fname.endswith(".xlsx"):
        return openpyxl.load_workbook(path, data_only=True)
    outdir = os.path.join(ROOT, "gen", "tmp", "verify", slug)
    os.makedirs(outdir, exist_ok=True)
    stem = fname.rsplit(".", 1)[0]
    target = os.path.join(outdir, stem + ".xlsx")
    if os.path.exists(target):
        os.remove(target)
    subprocess.run(SOFFICE + ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return openpyxl.load_workbook(target, data_only=True)


def main():
    specs = json.load(open(os.path.join(ROOT, "gen", "spec.json"), encoding="utf-8"))
    spec_by = {(s["file"], s["sheet"], s["row"]): s for s in specs}
    errors = []
    total = 0
    for slug in AGENCIES:
        key = json.load(open(os.path.join(ROOT, slug, "key.json"), encoding="utf-8"))
        for f in ("agency", "years", "files", "ambiguous", "rows"):
            if f not in key:
                errors.append(f"{slug}: key.json lacks {f}")
        books = {}
        for fname in key["files"]:
            if not os.path.exists(os.path.join(ROOT, slug, fname)):
                errors.append(f"{slug}: missing file {fname}")
                continue
            books[fname] = open_delivered(slug, fname)
        exts = {f.rsplit(".", 1)[1] for f in key["files"]}
        seen = set()
        per_id_year = set()
        per_year = {}
        ids = set()
        for kr in key["rows"]:
            total += 1
            tag = f"{slug}/{kr['file']}/{kr['sheet']}!row {kr['row']} ({kr['same_as']} {kr['year']})"
            k3 = (kr["file"], kr["sheet"], kr["row"])
            if k3 in seen:
                errors.append(f"{tag}: duplicate key row")
            seen.add(k3)
            if (kr["same_as"], kr["year"]) in per_id_year:
                errors.append(f"{tag}: two rows for one id in one year")
            per_id_year.add((kr["same_as"], kr["year"]))
            per_year[kr["year"]] = per_year.get(kr["year"], 0) + 1
            ids.add(kr["same_as"])
            if kr["year"] not in key["years"]:
                errors.append(f"{tag}: year not in years")
            sp = spec_by.get(k3)
            if sp is None:
                errors.append(f"{tag}: no spec")
                continue
            wb = books.get(kr["file"])
            if wb is None:
                continue
            if kr["sheet"] not in wb.sheetnames:
                errors.append(f"{tag}: sheet missing")
                continue
            ws = wb[kr["sheet"]]
            if ws.sheet_state != "visible":
                errors.append(f"{tag}: key row on a hidden sheet")
            # name cell: right row, exact text, top-left of its merge
            m = re.match(r"([A-Z]+)(\d+)$", sp["name_cell"])
            if int(m.group(2)) != kr["row"]:
                errors.append(f"{tag}: name cell {sp['name_cell']} not on row {kr['row']}")
            for rng in ws.merged_cells.ranges:
                if sp["name_cell"] in rng and rng.coord.split(":")[0] != sp["name_cell"]:
                    errors.append(f"{tag}: name cell is not the top-left of merge {rng.coord}")
            got = ws[sp["name_cell"]].value
            if got != kr["written"]:
                errors.append(f"{tag}: written {kr['written']!r} but cell has {got!r}")
            # target
            tv = cell_value(ws, sp["target_cell"])
            if not same(tv, kr["target"]):
                errors.append(f"{tag}: target key {kr['target']!r} but {sp['target_cell']} reads {tv!r} "
                              f"(raw {ws[sp['target_cell']].value!r})")
            # realisasi
            rs = sp["realisasi"]
            if "cell" in rs:
                rv = cell_value(ws, rs["cell"])
                raw = ws[rs["cell"]].value
            else:
                vals = [cell_value(ws, c) for c in (rs.get("sum") or rs.get("last"))]
                raw = [ws[c].value for c in (rs.get("sum") or rs.get("last"))]
                if "ERR" in vals:
                    rv = "ERR"
                else:
                    nums = [v for v in vals if v is not None]
                    if not nums:
                        rv = None
                    elif "sum" in rs:
                        rv = round(sum(nums), 9)
                    else:
                        rv = nums[-1]
            if not same(rv, kr["realisasi"]):
                errors.append(f"{tag}: realisasi key {kr['realisasi']!r} but reads {rv!r} (raw {raw!r})")
        if len(exts) < 2:
            errors.append(f"{slug}: fewer than two file formats")
        if not 3 <= len(key["files"]) <= 4:
            errors.append(f"{slug}: {len(key['files'])} files")
        for y in key["years"]:
            if not 15 <= per_year.get(y, 0) <= 25:
                errors.append(f"{slug}: {per_year.get(y, 0)} indicators in {y}")
        for a, b in key["ambiguous"]:
            if a not in ids or b not in ids:
                errors.append(f"{slug}: ambiguous pair {a}/{b} has an unknown id")
        print(f"{slug}: {len(key['rows'])} key rows, per year {dict(sorted(per_year.items()))}, "
              f"{len(ids)} ids, files {key['files']}")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"\nOK: {total} key rows verified")


if __name__ == "__main__":
    main()
