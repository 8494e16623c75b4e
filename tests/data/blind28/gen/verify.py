"""Re-read every workbook (xls/ods converted back to xlsx with LibreOffice) and check each key row's
name cell, target and realisasi against key.json. Exit 1 on any mismatch."""
import json, os, re, subprocess, sys, tempfile
import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CELLS = json.load(open(os.path.join(ROOT, "gen", "cells.json"), encoding="utf-8"))
PROF = "file:///tmp/lo-blind28"


def to_xlsx(path, tmp):
    if path.endswith(".xlsx"):
        return path
    subprocess.run(["soffice", f"-env:UserInstallation={PROF}", "--headless", "--convert-to", "xlsx",
                    "--outdir", tmp, path], check=True, capture_output=True)
    return os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".xlsx")


def num(cell):
    """The number a reader understands from a cell, or None (grade, '-', 'N/A', empty)."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v) * 100 if "%" in (cell.number_format or "") else float(v)
    s = str(v).strip()
    if re.match(r"(?i)level\s", s):   # "Level 3" written as text is a grade in the key (null)
        return None
    mult = 1.0
    if re.search(r"\d\s*M\b", s):
        mult = 1e9
    s2 = re.sub(r"[^0-9.,\-]", "", s.replace("Rp.", ""))
    if not re.search(r"\d", s2):
        return None
    if "," in s2:
        s2 = s2.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", s2):
        s2 = s2.replace(".", "")
    return float(s2) * mult


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def main():
    bad = 0; n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ag, specs in CELLS.items():
            key = json.load(open(os.path.join(ROOT, ag, "key.json"), encoding="utf-8"))
            assert set(key) == {"agency", "years", "files", "ambiguous", "rows"}
            assert len(key["years"]) == 4 and len(key["files"]) == 4
            books = {}
            for f in key["files"]:
                books[f] = openpyxl.load_workbook(to_xlsx(os.path.join(ROOT, ag, f), tmp), data_only=True)
            per_year = {}
            for k, sp in zip(key["rows"], specs):
                n += 1
                assert (k["file"], k["sheet"], k["row"]) == (sp["file"], sp["sheet"], sp["row"])
                per_year[k["year"]] = per_year.get(k["year"], 0) + 1
                ws = books[k["file"]][k["sheet"]]
                # the name cell is the only cell in that row whose text equals `written`
                hits = [c for c in ws[k["row"]] if isinstance(c.value, str) and c.value.strip() == k["written"]]
                errs = []
                if not hits:
                    errs.append("name not found in row")
                t = num(ws[sp["t"]])
                r = sp["r"]
                if isinstance(r, str):
                    rv = num(ws[r])
                elif "sum" in r:
                    vals = [num(ws[c]) for c in r["sum"]]
                    rv = sum(v for v in vals if v is not None) if any(v is not None for v in vals) else None
                else:
                    rv = num(ws[r["last"]])
                if not close(t, k["target"]):
                    errs.append(f"target {t} != {k['target']}")
                if not close(rv, k["realisasi"]):
                    errs.append(f"realisasi {rv} != {k['realisasi']}")
                # no formula error values anywhere in the row
                for c in ws[k["row"]]:
                    if isinstance(c.value, str) and c.value.startswith("#") and c.value.endswith(("!", "?", "A")):
                        errs.append(f"error value {c.coordinate}={c.value}")
                if errs:
                    bad += 1
                    print(f"FAIL {ag}/{k['file']}!{k['sheet']} row {k['row']} {k['written']!r}: " + "; ".join(errs))
            for y, c in per_year.items():
                if not 12 <= c <= 25:
                    print(f"FAIL {ag} {y}: {c} indicators (want 12-25)"); bad += 1
            # ids unique within a year
            seen = set()
            for k in key["rows"]:
                if (k["year"], k["same_as"]) in seen:
                    print("FAIL duplicate id", ag, k["year"], k["same_as"]); bad += 1
                seen.add((k["year"], k["same_as"]))
            # formulas have cached values (xlsx files as delivered)
            for f in key["files"]:
                if f.endswith(".xlsx"):
                    wbf = openpyxl.load_workbook(os.path.join(ROOT, ag, f))
                    wbv = books[f]
                    for ws in wbf.worksheets:
                        for row in ws.iter_rows():
                            for c in row:
                                if isinstance(c.value, str) and c.value.startswith("=") and wbv[ws.title][c.coordinate].value is None:
                                    print(f"FAIL {ag}/{f}!{ws.title}!{c.coordinate}: formula without cached value"); bad += 1
    print(f"{n} key rows checked, {bad} failures")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
