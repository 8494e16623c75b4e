#!/usr/bin/env python3
"""Re-read every shipped workbook and check key.json against the cells.

xlsx files are read with openpyxl (cached values); xls and ods files are first converted to a
temporary xlsx with LibreOffice (own profile).  For every key row: the name cell must hold
`written` exactly, and the target / realisasi cells listed in gen/cellmap/<agency>.json must
hold the key's figures (percent-formatted numbers are read as percent points, text is read
with Indonesian separators; op 'sum' adds the quarter cells, 'last' takes the TW IV cell,
'null' requires that no number is there)."""
import glob, json, os, re, shutil, subprocess, sys, tempfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LO_PROFILE = "file:///tmp/lo-blind24"
NUM_RE = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?")


def load(path, tmp):
    if path.endswith(".xlsx"):
        src = path
    else:
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", "xlsx", "--outdir", tmp, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        src = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    return openpyxl.load_workbook(src, data_only=True)


def parse(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return float(v)
    s = str(v).strip()
    if s in ("", "-", "n.a.", "*)"):
        return None
    s = s.replace("Rp.", "").replace("Rp", "")
    m = NUM_RE.search(s)
    if not m:
        return None
    return float(m.group(0).replace(".", "").replace(",", "."))


def value(ws, sp):
    vals = [parse(ws[c]) for c in sp["cells"]]
    op = sp["op"]
    if op == "null":
        return None, all(v is None for v in vals)
    if op == "one":
        return vals[0], vals[0] is not None
    if op == "last":
        return vals[-1], vals[-1] is not None
    if op == "sum":
        nums = [v for v in vals if v is not None]
        return (sum(nums) if nums else None), bool(nums)
    raise ValueError(op)


def close(a, b):
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def main():
    errors, checked = [], 0
    tmp = tempfile.mkdtemp(prefix="b24verify")
    try:
        for cm_path in sorted(glob.glob(os.path.join(HERE, "cellmap", "*.json"))):
            cm = json.load(open(cm_path, encoding="utf-8"))
            folder = os.path.join(ROOT, cm["folder"])
            key = json.load(open(os.path.join(folder, "key.json"), encoding="utf-8"))
            assert set(key) == {"agency", "years", "files", "rows", "ambiguous"}, key.keys()
            ids = {r["same_as"] for r in key["rows"]}
            for pair in key["ambiguous"]:
                for x in pair:
                    if x not in ids:
                        errors.append(f"{cm['folder']}: ambiguous id {x} not used")
            if len(cm["cells"]) != len(key["rows"]):
                errors.append(f"{cm['folder']}: cellmap and key differ in length")
                continue
            seen = set()
            books = {}
            for f in key["files"]:
                p = os.path.join(folder, f)
                if not os.path.exists(p):
                    errors.append(f"missing file {p}")
                    continue
                books[f] = load(p, tmp)
            for kr, cr in zip(key["rows"], cm["cells"]):
                where = f"{cm['folder']}/{kr['file']}!{kr['sheet']} row {kr['row']} ({kr['same_as']} {kr['year']})"
                for k in ("file", "sheet", "row", "same_as", "year"):
                    if kr[k] != cr[k]:
                        errors.append(f"{where}: cellmap mismatch on {k}")
                if kr["year"] not in key["years"]:
                    errors.append(f"{where}: year not in years")
                if kr["file"] not in key["files"]:
                    errors.append(f"{where}: file not listed")
                    continue
                u = (kr["file"], kr["sheet"], kr["row"])
                if u in seen:
                    errors.append(f"{where}: duplicate key row")
                seen.add(u)
                ws = books[kr["file"]][kr["sheet"]]
                nc = ws[cr["name_cell"]]
                if nc.row != kr["row"]:
                    errors.append(f"{where}: name cell {cr['name_cell']} not on the key row")
                if nc.value != kr["written"]:
                    errors.append(f"{where}: name cell holds {nc.value!r}, key says {kr['written']!r}")
                for fld in ("target", "realisasi"):
                    want = kr[fld]
                    got, ok = value(ws, cr[fld])
                    if want is None:
                        if cr[fld]["op"] != "null" or not ok:
                            errors.append(f"{where}: {fld} should be non-numeric, cells {cr[fld]['cells']} give {got}")
                    else:
                        if not isinstance(want, (int, float)):
                            errors.append(f"{where}: {fld} in key is not a number")
                        elif not (ok and close(got, want)):
                            errors.append(f"{where}: {fld} cells {cr[fld]['cells']} ({cr[fld]['op']}) give {got}, key says {want}")
                checked += 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for e in errors:
        print("FAIL", e)
    print(f"checked {checked} key rows, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
