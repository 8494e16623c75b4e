#!/usr/bin/env python3
"""Re-read every key row of /work/blind39/<agency>/key.json from the delivered workbooks and check
written / target / realisasi.  xls and ods files are converted to xlsx (LibreOffice) into gen/tmp first.
The cell addresses come from gen/ledger_<slug>.json (written by the generators); the values are parsed here
independently of the generators (Indonesian number convention, percent formats, ranges, grades)."""
import glob, json, os, re, subprocess, sys
import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, "gen", "tmp")


def to_xlsx(path, slug):
    if path.endswith(".xlsx"):
        return path
    out = os.path.join(TMP, slug)
    os.makedirs(out, exist_ok=True)
    base = os.path.splitext(os.path.basename(path))[0]
    dst = os.path.join(out, base + ".xlsx")
    if not os.path.exists(dst) or os.path.getmtime(dst) < os.path.getmtime(path):
        subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx", "--outdir", out, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return dst


def is_pct(fmt):
    if not fmt:
        return False
    f = re.sub(r'"[^"]*"', "", fmt)
    f = re.sub(r"\\.", "", f)
    return "%" in f


NULLS = {"", "-", "--", "–", "n/a", "na", "n.a", "n.a."}


def parse(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v) * 100 if is_pct(cell.number_format) else float(v)
    s = str(v).strip()
    if s.lower() in NULLS or not re.search(r"\d", s):
        return None          # grades (B, BB, WTP), dashes, N/A
    m = re.search(r"\d[\d.,]*", s)
    tok = m.group(0).rstrip(".,")
    tok = tok.replace(".", "").replace(",", ".")   # Indonesian: . groups thousands, , decimal
    return float(tok)


def blank(cell):
    v = cell.value
    return v is None or (isinstance(v, str) and v.strip() in ("", "-"))


def read(ws, src):
    if src is None:
        return None
    cells = [ws[a] for a in src["cells"]]
    if src["agg"] == "one":
        return parse(cells[0])
    if src["agg"] == "sum":
        vals = [parse(c) for c in cells]
        vals = [x for x in vals if x is not None]
        return sum(vals) if vals else None
    if src["agg"] == "last":
        filled = [c for c in cells if not blank(c)]
        return parse(filled[-1]) if filled else None
    raise ValueError(src["agg"])


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def main():
    errors, total = [], 0
    exts = set()
    for kp in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
        folder = os.path.dirname(kp)
        slug = os.path.basename(folder)
        key = json.load(open(kp))
        led = json.load(open(os.path.join(ROOT, "gen", f"ledger_{slug}.json")))
        present = sorted(f for f in os.listdir(folder) if f != "key.json")
        if sorted(key["files"]) != present:
            errors.append(f"{slug}: files in key {key['files']} != folder {present}")
        if not 3 <= len(key["files"]) <= 4:
            errors.append(f"{slug}: {len(key['files'])} files")
        for f in key["files"]:
            exts.add(f.rsplit(".", 1)[1])
        books = {}
        rows, lrows = key["rows"], led["rows"]
        if len(rows) != len(lrows):
            errors.append(f"{slug}: key rows {len(rows)} != ledger rows {len(lrows)}")
        seen = set()
        ids = set()
        for k, lg in zip(rows, lrows):
            total += 1
            tag = f"{slug}/{k['file']}/{k['sheet']}!row{k['row']} {k['same_as']} {k['year']}"
            for fld in ("file", "sheet", "row", "same_as", "year"):
                if k[fld] != lg[fld]:
                    errors.append(f"{tag}: ledger mismatch on {fld}")
            if (k["same_as"], k["year"]) in seen:
                errors.append(f"{tag}: duplicate id/year")
            seen.add((k["same_as"], k["year"]))
            ids.add(k["same_as"])
            if k["year"] not in key["years"]:
                errors.append(f"{tag}: year not in years")
            if k["file"] not in books:
                books[k["file"]] = openpyxl.load_workbook(to_xlsx(os.path.join(folder, k["file"]), slug), data_only=True)
            wb = books[k["file"]]
            if k["sheet"] not in wb.sheetnames:
                errors.append(f"{tag}: sheet missing"); continue
            ws = wb[k["sheet"]]
            if ws.sheet_state != "visible":
                errors.append(f"{tag}: sheet is hidden")
            c = ws.cell(row=k["row"], column=lg["col"])
            for mr in ws.merged_cells.ranges:
                if c.coordinate in mr and (mr.min_row, mr.min_col) != (c.row, c.column):
                    errors.append(f"{tag}: name cell is not the top-left of its merge {mr}")
            if c.value != k["written"]:
                errors.append(f"{tag}: written {k['written']!r} but cell {c.coordinate} holds {c.value!r}")
            t = read(ws, lg["tsrc"])
            r = read(ws, lg["rsrc"])
            if not same(t, k["target"]):
                errors.append(f"{tag}: target key {k['target']} but file gives {t}")
            if not same(r, k["realisasi"]):
                errors.append(f"{tag}: realisasi key {k['realisasi']} but file gives {r}")
        for y in key["years"]:
            n = sum(1 for k in rows if k["year"] == y)
            if not 15 <= n <= 25:
                errors.append(f"{slug} {y}: {n} indicators")
            print(f"{slug} {y}: {n} key rows")
        for pair in key["ambiguous"]:
            for i in pair:
                if i not in ids:
                    errors.append(f"{slug}: ambiguous id {i} unknown")
        if len(key["years"]) != 4 or key["years"] != list(range(key["years"][0], key["years"][0] + 4)):
            errors.append(f"{slug}: years {key['years']}")
    if not {"xls", "xlsx", "ods"} <= exts:
        errors.append(f"formats used: {exts}")
    for e in errors:
        print("FAIL", e)
    print(f"{total} key rows checked, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
