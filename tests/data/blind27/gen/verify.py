"""Re-read every delivered workbook and check every key row: the name cell holds the written name,
the target and realisasi cells hold what key.json says. .xls/.ods are converted back to .xlsx by
LibreOffice first; formulas are read from their cached values."""
import glob, json, os, re, shutil, subprocess, sys, tempfile
import openpyxl
from openpyxl.utils.cell import coordinate_from_string

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "gen", "build")
PROFILE = "file:///tmp/lo-blind27"


def to_xlsx(path, td):
    if path.endswith(".xlsx"):
        return path
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", td, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return os.path.join(td, os.path.splitext(os.path.basename(path))[0] + ".xlsx")


def parse(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        raise ValueError(v)
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (cell.number_format or "") else v
    s = str(v).strip()
    if s in ("", "-", "–"):
        return None
    s = s.replace("Rp.", "").replace("Rp", "").replace(",-", "").strip()
    m = re.match(r"[\d.,]+", s)
    if not m:
        raise ValueError(f"unreadable {v!r}")
    t = m.group(0)
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    return float(t)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(b))


def main():
    errors, n = [], 0
    for folder in ("bkpsdm", "damkar", "kesbangpol"):
        key = json.load(open(os.path.join(ROOT, folder, "key.json")))
        cells = json.load(open(os.path.join(BUILD, folder + "_cells.json")))
        assert len(cells) == len(key["rows"])
        for f in key["files"]:
            assert os.path.exists(os.path.join(ROOT, folder, f)), f
        ids = {r["same_as"] for r in key["rows"]}
        for a, b in key["ambiguous"]:
            if a not in ids or b not in ids:
                errors.append(f"{folder}: ambiguous pair {a},{b} not in rows")
        seen = set()
        for r in key["rows"]:
            if r["year"] not in key["years"]:
                errors.append(f"{folder}: year {r['year']} not in years")
            k = (r["year"], r["same_as"])
            if k in seen:
                errors.append(f"{folder}: duplicate id {k}")
            seen.add(k)
        years = sorted({r["year"] for r in key["rows"]})
        if years != sorted(key["years"]):
            errors.append(f"{folder}: years {years}")
        with tempfile.TemporaryDirectory() as td:
            books = {}
            for f in key["files"]:
                books[f] = openpyxl.load_workbook(to_xlsx(os.path.join(ROOT, folder, f), td), data_only=True)
            per_year = {}
            for r, c in zip(key["rows"], cells):
                n += 1
                per_year[r["year"]] = per_year.get(r["year"], 0) + 1
                ws = books[r["file"]][r["sheet"]]
                where = f"{folder}/{r['file']}!{r['sheet']} row {r['row']} ({r['same_as']})"
                col, row = coordinate_from_string(c["name"])
                if row != r["row"]:
                    errors.append(f"{where}: name cell row {row}")
                if ws[c["name"]].value != r["written"]:
                    errors.append(f"{where}: name {ws[c['name']].value!r} != {r['written']!r}")
                try:
                    t = parse(ws[c["target"]])
                except ValueError as e:
                    errors.append(f"{where}: target {e}"); t = "?"
                if t == "?" or not same(t, r["target"]):
                    errors.append(f"{where}: target {t} != {r['target']}")
                spec = c["real"]
                try:
                    if isinstance(spec, str):
                        x = parse(ws[spec])
                    else:
                        vals = [parse(ws[a]) for a in spec[1]]
                        if spec[0] == "last":
                            x = vals[-1]
                        else:
                            nums = [v for v in vals if v is not None]
                            x = sum(nums) if nums else None
                except ValueError as e:
                    errors.append(f"{where}: realisasi {e}"); continue
                if not same(x, r["realisasi"]):
                    errors.append(f"{where}: realisasi {x} != {r['realisasi']}")
            for y, cnt in sorted(per_year.items()):
                if not 15 <= cnt <= 28:
                    errors.append(f"{folder}: {y} has {cnt} indicators")
            print(folder, "rows per year:", dict(sorted(per_year.items())))
    for e in errors:
        print("FAIL", e)
    print(f"{n} key rows checked, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
