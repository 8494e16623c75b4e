"""Independent check of the delivered workbooks against key.json.

It does not import the generators. It converts every delivered .xls/.ods to .xlsx in gen/tmp with
LibreOffice, then re-reads the indicator rows with its OWN layout table (below): which rows are
indicator rows, which cell holds the name, the target and the realisasi, and how quarterly sheets
are folded into a year value. Every row found must be in key.json (or its duplicate list) and every
key row must be found, with the same name, year, target and realisasi.
"""
import json, os, re, subprocess, sys, shutil
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TMP = os.path.join(HERE, "tmp", "verify")
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-blind36", "--headless"]


def isnum(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def pct_format(fmt):
    f = re.sub(r'"[^"]*"', "", fmt or "")
    f = f.replace("\\%", "")
    return "%" in f


def parse(cell):
    v = cell.value
    if v is None:
        return None
    if isnum(v):
        return v * 100 if pct_format(cell.number_format) else v
    s = str(v).strip()
    if s in ("", "-", "—", "N/A", "n/a"):
        return None
    s = re.sub(r"^(≥|>=|≤|<=|>|<)\s*", "", s)
    toks = re.findall(r"\d[\d.,]*", s)
    if not toks:
        return None  # grades, status words
    t = toks[0].rstrip(".,")
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    x = float(t)
    return int(x) if x == int(x) and "." not in t else x


def col(c):
    return openpyxl.utils.column_index_from_string(c)


# ---------------------------------------------------------------- own layout table
def q_sum_units(units):
    return lambda ws, r: str(ws.cell(r, col("D")).value).strip() in units


def name_has(word):
    return lambda ws, r: word.lower() in str(ws.cell(r, col("C")).value).lower()


LAYOUT = {
    "PK Bagian PBJ 2019-2020.xls": {
        "PK 2019": dict(year=2019, name="C", row=lambda ws, r: r >= 8 and ws.cell(r, 3).value and ws.cell(r, 5).value,
                        target=("cell", "D"), real=("cell", "F")),
        "PK 2020 ": dict(year=2020, name="B", row=lambda ws, r: ws.cell(r, 4).value == "Target",
                         target=("cell", "E"), real=("below", "E", "Realisasi", "D")),
    },
    "Renaksi UKPBJ 2021.ods": {
        "RENAKSI 2021": dict(year=2021, name="C", row=lambda ws, r: r >= 8 and ws.cell(r, 3).value and ws.cell(r, 4).value,
                             target=("cell", "E"), real=("quarters", ["G", "I", "K", "M"], q_sum_units({"paket", "kasus", "Rp juta"}))),
    },
    "LKjIP Bagian PBJ 2022.xlsx": {
        "Tabel 3.1": dict(year=2022, name="B", row=lambda ws, r: r >= 6 and isnum(ws.cell(r, 1).value),
                          target=("cell", "G"), real=("cell", "H")),
    },
    "Evaluasi Renja RSJD 2020 TW IV.xls": {
        "E.81 TW IV": dict(year=2020, name="E", row=lambda ws, r: r >= 10 and ws.cell(r, 5).value and ws.cell(r, 6).value,
                           target=("cell", "K"), real=("cell", "U")),
    },
    "Laporan Kinerja RSJD 2021-2022.ods": {
        "PK 2021": dict(year=2021, name="B", row=lambda ws, r: r >= 6 and isnum(ws.cell(r, 1).value),
                        target=("cell", "C"), real=("cell", "D")),
        "Monitoring Bulanan 2022": dict(year=2022, name="B", row=lambda ws, r: r >= 5 and isnum(ws.cell(r, 1).value),
                                        target=("cell", "D"), real=("cell", "Q")),
    },
    "PK dan Capaian RSJD 2023.xlsx": {
        "Capaian 2022-2023": dict(year=2023, name="C", row=lambda ws, r: r >= 7 and isnum(ws.cell(r, 1).value),
                                  target=("cell", "H"), real=("cell", "I")),
    },
    "Capaian IKU DPPKB 2021.ods": {
        "IKU 2021": dict(year=2021, name="C", row=lambda ws, r: r >= 7 and isnum(ws.cell(r, 1).value),
                         target=("cell", "G"), real=("cell", "H")),
    },
    "Renaksi dan Evaluasi DPPKB 2022-2023.xlsx": {
        "RA 2022": dict(year=2022, name="C", row=lambda ws, r: str(ws.cell(r, 4).value).startswith("Target Tahunan"),
                        target=("cell", "E"), real=("tw_rows", "F", 4, name_has("baru"))),
        "Evaluasi 2023": dict(year=2023, name="B", row=lambda ws, r: r >= 6 and isnum(ws.cell(r, 1).value),
                              target=("cell", "D"), real=("cell", "M")),
    },
    "LKjIP DPPKB 2024.xls": {
        "Tabel 3.2 IKU": dict(year=2024, name="C", row=lambda ws, r: r >= 7 and isnum(ws.cell(r, 1).value),
                              target=("cell", "E"), real=("cell", "I")),
    },
}


def read_value(ws, r, spec):
    kind = spec[0]
    if kind == "cell":
        return parse(ws[f"{spec[1]}{r}"])
    if kind == "below":
        lab = ws[f"{spec[3]}{r+1}"].value
        assert lab == spec[2], f"row {r+1}: expected label {spec[2]!r}, got {lab!r}"
        return parse(ws[f"{spec[1]}{r+1}"])
    if kind == "quarters":
        vals = [parse(ws[f"{c}{r}"]) for c in spec[1]]
        if spec[2](ws, r):
            return None if all(v is None for v in vals) else sum(v for v in vals if v is not None)
        return vals[-1]
    if kind == "tw_rows":
        c, n, is_sum = spec[1], spec[2], spec[3]
        vals = [parse(ws[f"{c}{r+1+i}"]) for i in range(n)]
        if is_sum(ws, r):
            return None if all(v is None for v in vals) else sum(v for v in vals if v is not None)
        return vals[-1]
    raise ValueError(kind)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def readable(folder, f):
    src = os.path.join(ROOT, folder, f)
    if f.endswith(".xlsx"):
        return src
    out = os.path.join(TMP, folder)
    os.makedirs(out, exist_ok=True)
    subprocess.run(LO + ["--convert-to", "xlsx", "--outdir", out, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    p = os.path.join(out, os.path.splitext(f)[0] + ".xlsx")
    assert os.path.exists(p), p
    return p


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    errors, total = [], 0
    for folder in ["ukpbj_tanjung_rawa", "rsj_sei_lumut", "dppkb_kota_pinang_baru"]:
        key = json.load(open(os.path.join(ROOT, folder, "key.json"), encoding="utf-8"))
        listed = sorted(x for x in os.listdir(os.path.join(ROOT, folder)) if x != "key.json")
        if listed != sorted(key["files"]):
            errors.append(f"{folder}: folder holds {listed}, key lists {key['files']}")
        exts = {os.path.splitext(f)[1] for f in key["files"]}
        if not {".xls", ".ods", ".xlsx"} <= exts:
            errors.append(f"{folder}: formats {exts}")
        ids = {r["same_as"] for r in key["rows"]}
        for a, b in key["ambiguous"]:
            if a not in ids or b not in ids:
                errors.append(f"{folder}: ambiguous pair {a},{b} not in rows")
        per_year = {}
        for r in key["rows"]:
            per_year.setdefault(r["year"], []).append(r["same_as"])
        for y in key["years"]:
            n = len(per_year.get(y, []))
            if not 14 <= n <= 20 or len(set(per_year[y])) != n:
                errors.append(f"{folder}: year {y} has {n} rows / {len(set(per_year.get(y, [])))} ids")
        dups = {(d["file"], d["sheet"], d["row"]) for d in key.get("duplicate_rows_not_keyed", [])}
        for f in key["files"]:
            wb = openpyxl.load_workbook(readable(folder, f), data_only=True)
            for sheet, spec in LAYOUT[f].items():
                ws = wb[sheet]
                found = [r for r in range(1, ws.max_row + 1) if spec["row"](ws, r)]
                krows = {r["row"]: r for r in key["rows"] if r["file"] == f and r["sheet"] == sheet}
                for r in found:
                    if (f, sheet, r) in dups:
                        continue
                    if r not in krows:
                        errors.append(f"{f}/{sheet} row {r}: indicator row not in key ({ws[spec['name'] + str(r)].value!r})")
                        continue
                    k = krows[r]
                    total += 1
                    name = ws[f"{spec['name']}{r}"].value
                    if name != k["written"]:
                        errors.append(f"{f}/{sheet} row {r}: name {name!r} != key {k['written']!r}")
                    if k["year"] != spec["year"]:
                        errors.append(f"{f}/{sheet} row {r}: year {k['year']} != {spec['year']}")
                    try:
                        t = read_value(ws, r, spec["target"])
                        v = read_value(ws, r, spec["real"])
                    except AssertionError as e:
                        errors.append(f"{f}/{sheet}: {e}")
                        continue
                    if not same(t, k["target"]):
                        errors.append(f"{f}/{sheet} row {r}: target {t!r} != key {k['target']!r}")
                    if not same(v, k["realisasi"]):
                        errors.append(f"{f}/{sheet} row {r}: realisasi {v!r} != key {k['realisasi']!r}")
                for r in krows:
                    if r not in found:
                        errors.append(f"{f}/{sheet} row {r}: key row not found as an indicator row")
            for r in key["rows"]:
                if r["file"] == f and r["sheet"] not in LAYOUT[f]:
                    errors.append(f"{f}: key sheet {r['sheet']!r} not in layout table")
        print(f"{folder}: {len(key['rows'])} key rows, files {key['files']}")
    print(f"checked {total} rows")
    if errors:
        print("\n".join(errors))
        print(f"VERIFY FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("VERIFY PASSED")


if __name__ == "__main__":
    main()
