"""Re-read the SHIPPED files of blind14 and check every key row (name, target, realisasi at file/sheet/row).
.xls and .ods are converted to .xlsx in /tmp first (LibreOffice headless)."""
import json, os, re, subprocess, sys, collections
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TMP = "/tmp/blind14verify"
FOLDERS = ["a1-disdik-sleman", "a2-dpmd-gowa", "a3-dinkes-kupang"]
errors = []


def err(msg):
    errors.append(msg)


def as_xlsx(path):
    if path.endswith(".xlsx"):
        return path
    os.makedirs(TMP, exist_ok=True)
    prof = "-env:UserInstallation=file:///tmp/blind14verify/lo_profile"
    subprocess.run(["soffice", prof, "--headless", "--convert-to", "xlsx", "--outdir", TMP, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    assert os.path.exists(out), out
    return out


def parse_text(s):
    """'1.250 orang' -> 1250 ; '87,5 %' -> 87.5 ; '98 per 100.000 KH' -> 98 (first number)"""
    m = re.match(r"\s*(-?[\d.]+(?:,\d+)?)", str(s))
    if not m:
        return None
    return float(m.group(1).replace(".", "").replace(",", "."))


def cell_number(c, mode):
    v = c.value
    if v is None:
        return None
    if mode == "text":
        if not isinstance(v, str):
            return ("not text", v)
        return parse_text(v)
    if isinstance(v, str):
        return ("text", v)
    if "%" in (c.number_format or ""):
        return v * 100
    return v


def close(a, b):
    return isinstance(a, (int, float)) and abs(a - b) <= 1e-6 * max(1, abs(b))


def check_folder(folder):
    d = os.path.join(ROOT, folder)
    key = json.load(open(os.path.join(d, "key.json"), encoding="utf-8"))
    lay = {(l["file"], l["sheet"]): l for l in json.load(open(os.path.join(HERE, f"layout_{folder}.json"), encoding="utf-8"))}
    assert key["years"] == [2021, 2022, 2023, 2024]
    for f in key["files"]:
        if not os.path.exists(os.path.join(d, f)):
            err(f"{folder}: missing file {f}")
    books = {}
    for f in key["files"]:
        x = as_xlsx(os.path.join(d, f))
        books[f] = (openpyxl.load_workbook(x, data_only=True), openpyxl.load_workbook(x, data_only=False))
    # every formula cell carries a cached value
    for f, (wbv, wbf) in books.items():
        for ws in wbf.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.value.startswith("="):
                        cv = wbv[ws.title][c.coordinate].value
                        if cv is None:
                            err(f"{folder}/{f}/{ws.title}!{c.coordinate}: formula without cached value")
    per_year = collections.Counter()
    ids_years = collections.defaultdict(set)
    seen = set()
    for k in key["rows"]:
        wbv = books[k["file"]][0]
        if k["sheet"] not in wbv.sheetnames:
            err(f"{folder}: sheet {k['sheet']} not in {k['file']}"); continue
        ws = wbv[k["sheet"]]
        l = lay[(k["file"], k["sheet"])]
        ncol = l.get("name_col_override", {}).get(str(k["row"]), l["name"])
        name = ws.cell(k["row"], ncol).value
        where = f"{folder}/{k['file']}/{k['sheet']}!row {k['row']}"
        if name != k["written"]:
            err(f"{where}: name {name!r} != {k['written']!r}")
        t = cell_number(ws.cell(k["row"], l["target"]), l["mode"])
        r = cell_number(ws.cell(k["row"], l["realisasi"]), l["mode"])
        if not close(t, k["target"]):
            err(f"{where}: target {t!r} != {k['target']!r}")
        if not close(r, k["realisasi"]):
            err(f"{where}: realisasi {r!r} != {k['realisasi']!r}")
        per_year[k["year"]] += 1
        ids_years[k["same_as"]].add(k["year"])
        if (k["year"], k["same_as"]) in seen:
            err(f"{folder}: id {k['same_as']} twice in {k['year']}")
        seen.add((k["year"], k["same_as"]))
    for y in key["years"]:
        if not 18 <= per_year[y] <= 25:
            err(f"{folder}: {per_year[y]} rows in {y}")
    dropped = [i for i, ys in ids_years.items() if ys == {2021, 2022}]
    new = [i for i, ys in ids_years.items() if ys == {2023, 2024}]
    other = [i for i, ys in ids_years.items() if ys not in ({2021, 2022}, {2023, 2024}, {2021, 2022, 2023, 2024})]
    for a, b in key["ambiguous"]:
        if a not in ids_years or b not in ids_years:
            err(f"{folder}: ambiguous id unknown {a},{b}")
    if other:
        err(f"{folder}: ids with odd year sets {other}")
    print(f"{folder}: {len(key['rows'])} rows, per year {dict(sorted(per_year.items()))}, "
          f"ids {len(ids_years)}, 2021-22 only {dropped}, 2023-24 only {new}")
    return books


if __name__ == "__main__":
    for f in FOLDERS:
        if os.path.exists(os.path.join(ROOT, f, "key.json")):
            books = check_folder(f)
            if f == "a3-dinkes-kupang":
                wbv = list(books.values())[0][0]
                states = {ws.title: ws.sheet_state for ws in wbv.worksheets}
                print("  sheets:", states)
                if "hidden" not in states.values():
                    err("a3: no hidden sheet")
        else:
            err(f"{f}: no key.json")
    if errors:
        print("\n".join(errors[:60]))
        print(f"FAILED: {len(errors)} problems")
        sys.exit(1)
    print("OK")
