"""Independent check: re-read every key row from the DELIVERED workbooks and compare with key.json.

xls/ods are converted back to xlsx (LibreOffice, own profile) into gen/tmp/verify. Layouts below are
written from the README, not imported from the generators.
"""
import json, os, re, subprocess, sys, collections
import openpyxl

GEN = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(GEN)
TMP = os.path.join(GEN, "tmp", "verify")
AGENCIES = ["disperin_tanjung_sarira", "rsgm_sukamenanti", "bppd_sempadan_raya"]

# sheet -> (name column, target spec, realisasi spec)
#   spec: "X" same row column X | "X+1" column X one row below | ("Q", [cols], sum-ids)
A_SUM = {"A04", "A05", "A09", "A10", "A13", "A18", "A19"}
C_SUM = {"C06", "C09", "C11", "C14", "C15", "C18"}
LAYOUT = {
 "PK 2019": ("C", "D", "F"),
 "PK 2020": ("B", "C", "D"),
 "Renaksi TW": ("C", "E", ("Q", ["G", "J", "M", "P"], A_SUM)),
 "Tabel 3.1": ("B", "F", "G"),
 "Bulanan 2020": ("B", "E", "R"),
 "E.81 TW IV": ("D", "J", "T"),
 "PK 2022": ("C", "F", "F+1"),
 "LKjIP 2023": ("B", "D", "E"),
 "IKU 2021": ("C", "F", "G"),
 "Capaian 2022": ("B", "G", "H"),
 "Renaksi 2023": ("B", "D", ("Q", ["I", "J", "K", "L"], C_SUM)),
 "Semester 2024": ("C", "E", "H"),
}

NUM = re.compile(r"-?\d[\d.,]*")


def parse_text(s):
    s = s.strip()
    if s in ("", "-", "N/A", "n/a") or not re.search(r"\d", s):
        return None
    s2 = s.replace("≥", "").replace("≤", "").replace("Rp", "").strip()
    neg = s2.startswith("-")
    m = NUM.search(s2[1:] if neg else s2)
    tok = m.group(0).rstrip(".,")
    if "," in tok:
        tok = tok.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", tok):
        tok = tok.replace(".", "")
    v = float(tok)
    return -v if neg else v


def value(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (cell.number_format or "") else v
    return parse_text(str(v))


def read(ws, row, spec, sid):
    if isinstance(spec, tuple):
        _, cols, sums = spec
        vals = [value(ws[f"{c}{row}"]) for c in cols]
        nums = [v for v in vals if v is not None]
        if not nums:
            return None
        return sum(nums) if sid in sums else nums[-1]
    if spec.endswith("+1"):
        return value(ws[f"{spec[:-2]}{row+1}"])
    return value(ws[f"{spec}{row}"])


def as_xlsx(path):
    if path.endswith(".xlsx"):
        return path
    os.makedirs(TMP, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-b38", "--headless", "--convert-to", "xlsx",
                    "--outdir", TMP, path], check=True, capture_output=True)
    return os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + ".xlsx")


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-4 * max(1, abs(b))


fails = 0; total = 0
for ag in AGENCIES:
    d = os.path.join(ROOT, ag)
    key = json.load(open(os.path.join(d, "key.json")))
    present = sorted(f for f in os.listdir(d) if f != "key.json")
    if present != sorted(key["files"]):
        print(f"[{ag}] folder holds {present}, key lists {key['files']}"); fails += 1
    exts = {os.path.splitext(f)[1] for f in key["files"]}
    if not {".xls", ".ods", ".xlsx"} <= exts:
        print(f"[{ag}] missing a format: {exts}"); fails += 1
    books = {f: openpyxl.load_workbook(as_xlsx(os.path.join(d, f)), data_only=True) for f in key["files"]}
    per_year = collections.Counter(); seen = set()
    ids = {r["same_as"] for r in key["rows"]}
    for a, b in key["ambiguous"]:
        if a not in ids or b not in ids:
            print(f"[{ag}] ambiguous pair with unknown id {a},{b}"); fails += 1
    for r in key["rows"]:
        total += 1
        ws = books[r["file"]][r["sheet"]]
        ncol, tspec, rspec = LAYOUT[r["sheet"]]
        name = ws[f"{ncol}{r['row']}"].value
        t = read(ws, r["row"], tspec, r["same_as"]); rv = read(ws, r["row"], rspec, r["same_as"])
        probs = []
        if name != r["written"]: probs.append(f"name {name!r} != {r['written']!r}")
        if not close(t, r["target"]): probs.append(f"target {t} != {r['target']}")
        if not close(rv, r["realisasi"]): probs.append(f"realisasi {rv} != {r['realisasi']}")
        if (r["year"], r["same_as"]) in seen: probs.append("id twice in one year")
        seen.add((r["year"], r["same_as"])); per_year[r["year"]] += 1
        if probs:
            fails += 1; print(f"[{ag}] {r['file']} / {r['sheet']} row {r['row']} ({r['same_as']}): " + "; ".join(probs))
    for y in key["years"]:
        if not 14 <= per_year[y] <= 20:
            print(f"[{ag}] year {y} has {per_year[y]} rows"); fails += 1
    print(f"{ag}: {len(key['rows'])} rows, per year {dict(sorted(per_year.items()))}")
print(f"checked {total} key rows: {'PASS' if fails == 0 else f'FAIL ({fails})'}")
sys.exit(1 if fails else 0)
