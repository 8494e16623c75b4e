#!/usr/bin/env python3
"""Re-read every key row of blind53 from the DELIVERED workbooks and check written / target / realisasi.

xls and ods files are converted back to xlsx with LibreOffice into gen/tmp; the cell locations come from
gen/cellmap.json, the expected values from each <agency>/key.json. Values are parsed here with the key
conventions (percent cells in percent points, Indonesian-convention text, ranges -> lower bound, grades and '-'
-> null, T/R pairs, dot-decimal cells, thousands-of-rupiah cells), independently of the generators' numbers.
"""
import json, os, re, subprocess, sys
import openpyxl
from openpyxl.utils import column_index_from_string

ROOT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(ROOT, "gen", "tmp")
AGENCIES = ["dkpp_batu_merapin", "kesbangpol_sanggar_wulan", "uptd_bpsmb_nusa_kelana"]
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-blind53", "--headless", "--calc", "--convert-to", "xlsx"]
errors = []


def err(msg):
    errors.append(msg)


def load(agency, fname):
    path = os.path.join(ROOT, agency, fname)
    if fname.endswith(".xlsx"):
        return openpyxl.load_workbook(path, data_only=True)
    out = os.path.join(TMP, agency)
    os.makedirs(out, exist_ok=True)
    subprocess.run(LO + ["--outdir", out, path], capture_output=True, timeout=300)
    conv = os.path.join(out, os.path.splitext(fname)[0] + ".xlsx")
    if not os.path.exists(conv):
        raise SystemExit("could not convert " + path)
    return openpyxl.load_workbook(conv, data_only=True)


GRADE = re.compile(r"^(AA|A|BB|B|CC|C|D)[+-]?$")
NUMTOK = re.compile(r"\d[\d.,]*")


def parse_text(s, mode):
    s = s.strip()
    if s in ("", "-", "–", "—", "N/A", "n/a", "NA"):
        return None
    if GRADE.match(s):
        return None
    s2 = re.sub(r"^(>=|≥|>|<=|≤|<)\s*", "", s)
    m = NUMTOK.search(s2)
    if not m:
        return None
    tok = m.group(0).rstrip(".,")
    if mode == "dot":
        return float(tok.replace(",", ""))
    if "," in tok:
        return float(tok.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", tok):
        return float(tok.replace(".", ""))
    return float(tok)


def cell_value(ws, coord, mode):
    c = ws[coord]
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        x = float(v)
        if "%" in (c.number_format or ""):
            x *= 100.0
        if mode == "x1000":
            x *= 1000.0
        return x
    s = str(v)
    if s.startswith("#"):
        return None
    if mode in ("tr_t", "tr_r"):
        m = re.match(r"^\s*T\s*:\s*(.*?)\s*R\s*:\s*(.*)$", s)
        if m:
            parts = [m.group(1), m.group(2)]
        else:
            parts = s.split("/", 1)
            if len(parts) != 2:
                return None
        part = parts[0] if mode == "tr_t" else parts[1]
        return parse_text(part, "id")
    x = parse_text(s, mode)
    if x is not None and mode == "x1000":
        x *= 1000.0
    return x


def evaluate(wb, spec):
    if spec is None:
        return None
    ws = wb[spec["sheet"]]
    vals = [cell_value(ws, c, m) for c, m in zip(spec["cells"], spec["modes"])]
    if spec["agg"] == "one":
        return vals[0]
    nums = [v for v in vals if v is not None]
    if not nums:
        return None
    if spec["agg"] == "sum":
        return sum(nums)
    return nums[-1]


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def main():
    cellmap = json.load(open(os.path.join(ROOT, "gen", "cellmap.json"), encoding="utf-8"))
    total = 0
    for ag in AGENCIES:
        key = json.load(open(os.path.join(ROOT, ag, "key.json"), encoding="utf-8"))
        files = key["files"]
        exts = {f.rsplit(".", 1)[1] for f in files}
        if not 3 <= len(files) <= 4:
            err("%s: %d files" % (ag, len(files)))
        for f in files:
            if not os.path.exists(os.path.join(ROOT, ag, f)):
                err("%s: missing file %s" % (ag, f))
        years = key["years"]
        if sorted(years) != list(range(min(years), min(years) + 4)) or min(years) < 2017 or max(years) > 2025:
            err("%s: years %s" % (ag, years))
        books = {f: load(ag, f) for f in files}
        cms = {(c["file"], c["sheet"], c["name_cell"], c["year"]): c for c in cellmap if c["agency"] == ag}
        seen = set()
        ids = set()
        for r in key["rows"]:
            total += 1
            ids.add(r["same_as"])
            tag = "%s | %s | %s | row %s | %s %s" % (ag, r["file"], r["sheet"], r["row"], r["same_as"], r["year"])
            if (r["same_as"], r["year"]) in seen:
                err(tag + ": duplicate (same_as, year)")
            seen.add((r["same_as"], r["year"]))
            wb = books[r["file"]]
            ws = wb[r["sheet"]]
            if ws.sheet_state != "visible":
                err(tag + ": key row on a hidden sheet")
            # name cell
            cm = [c for k, c in cms.items() if k[0] == r["file"] and k[1] == r["sheet"] and k[3] == r["year"]
                  and int(re.sub(r"[A-Z]", "", k[2])) == r["row"] and c["same_as"] == r["same_as"]]
            if len(cm) != 1:
                err(tag + ": no unique cellmap entry")
                continue
            cm = cm[0]
            coord = cm["name_cell"]
            col = re.sub(r"\d", "", coord)
            if "col" in r and r["col"] != col:
                err(tag + ": col %s vs name cell %s" % (r["col"], coord))
            cell = ws[coord]
            if cell.value != r["written"]:
                err(tag + ": written %r but cell %s holds %r" % (r["written"], coord, cell.value))
            for mr in ws.merged_cells.ranges:
                if coord in mr and (mr.min_row, mr.min_col) != (r["row"], column_index_from_string(col)):
                    err(tag + ": name cell not top-left of merge %s" % mr)
            for fld in ("target", "realisasi"):
                got = evaluate(wb, cm[fld])
                if not same(got, r[fld]):
                    err(tag + ": %s key %r but cells read %r (%s)" % (fld, r[fld], got, cm[fld]))
        # rows sharing a sheet row must carry col
        bysheetrow = {}
        for r in key["rows"]:
            bysheetrow.setdefault((r["file"], r["sheet"], r["row"]), []).append(r)
        for k, lst in bysheetrow.items():
            if len(lst) > 1 and not all("col" in x for x in lst):
                err("%s: rows share %s without col" % (ag, k))
        for y in years:
            n = sum(1 for r in key["rows"] if r["year"] == y)
            if not 15 <= n <= 25:
                err("%s: %d key rows in %d" % (ag, n, y))
        for pair in key["ambiguous"]:
            for i in pair:
                if i not in ids:
                    err("%s: ambiguous id %s not in rows" % (ag, i))
        print("%-26s %3d key rows, files: %s" % (ag, len(key["rows"]), ", ".join(files)))
    allext = set()
    for ag in AGENCIES:
        allext |= {f.rsplit(".", 1)[1] for f in json.load(open(os.path.join(ROOT, ag, "key.json")))["files"]}
    if not {"xlsx", "xls", "ods"} <= allext:
        err("formats missing: %s" % allext)
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nPASS: %d key rows verified (written, target, realisasi)" % total)


if __name__ == "__main__":
    main()
