"""Check every *.key.json against the workbook as LibreOffice shows it (CSV export)."""
import csv, glob, json, os, re, subprocess, sys, tempfile
from decimal import Decimal as D, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
SOFFICE = ["soffice", "-env:UserInstallation=file:///tmp/lo-blind5", "--headless", "--convert-to",
           "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir"]


def cands(s):
    s = s.strip().replace("Rp.", "").replace("Rp", "").replace(",-", "").replace("%", "").strip()
    out = set()
    if not s:
        return out
    for t in (s.replace(",", ""), s.replace(".", "").replace(",", "."), s):
        try:
            out.add(D(t))
        except InvalidOperation:
            pass
    return out


def colnum(ref):
    m = re.match(r"([A-Z]+)(\d+)$", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return c, int(m.group(2))


def norm(s):
    return " ".join(s.split())


def value_in(val, cells):
    if val in ("-",) or re.fullmatch(r"[A-D]{1,2}", val):
        return any(c.strip() == val for c in cells)
    v = D(val)
    return any(v in cands(c) for c in cells)


def shows_ok(shows, text):
    if shows == "":
        return text.strip() == ""
    a, b = cands(shows), cands(text)
    if a and b and a & b:
        return True
    if a and b:
        # displayed with fewer decimals than the stored value
        for x in a:
            for y in b:
                e = y.as_tuple().exponent
                if isinstance(e, int) and e < 0 and x.quantize(y) == y:
                    return True
    return shows in text


def main():
    fails = 0
    keys = sorted(glob.glob(os.path.join(HERE, "*", "*.key.json")))
    tmp = tempfile.mkdtemp(prefix="blind5v")
    for kf in keys:
        key = json.load(open(kf))
        wb = os.path.join(os.path.dirname(kf), key["file"])
        subprocess.run(SOFFICE + [tmp, wb], check=True, capture_output=True)
        rows = list(csv.reader(open(os.path.join(tmp, os.path.splitext(key["file"])[0] + ".csv"), encoding="utf-8")))
        get = lambda r: rows[r - 1] if r - 1 < len(rows) else []
        errs = []
        for e in key["indicators"]:
            cells = get(e["row"])
            if not any(norm(c) == norm(e["indikator"]) for c in cells):
                errs.append(f"row {e['row']}: indicator name not found: {e['indikator']}")
            for f in ("target", "realisasi"):
                if not value_in(e[f], cells):
                    errs.append(f"row {e['row']}: {f} {e[f]} not readable in {cells}")
        for m in key["mistakes"]:
            c, r = colnum(m["cell"])
            cells = get(r)
            text = cells[c - 1] if c - 1 < len(cells) else ""
            if not shows_ok(m["shows"], text):
                errs.append(f"mistake {m['cell']} {m['kind']}: shows {text!r}, key says {m['shows']!r}")
        for t in key["traps"]:
            c, r = colnum(t["cell"])
            if r > len(rows):
                errs.append(f"trap {t['cell']} outside sheet")
        dr = key["data_rows"]
        allrows = set(range(dr[0], dr[1] + 1))
        mrows = {m["row"] for m in key["mistakes"] if dr[0] <= m["row"] <= dr[1]}
        if set(key["clean_rows"]) != allrows - mrows:
            errs.append(f"clean_rows mismatch: {sorted(allrows - mrows - set(key['clean_rows']))} / {sorted(set(key['clean_rows']) - (allrows - mrows))}")
        per = {}
        for m in key["mistakes"]:
            per[m["row"]] = per.get(m["row"], 0) + 1
        if any(v > 1 for v in per.values()):
            errs.append(f"more than one mistake in a row: {per}")
        print(("OK  " if not errs else "FAIL"), os.path.relpath(wb, HERE), f"{len(key['indicators'])} indicators,",
              f"{len(key['mistakes'])} mistakes, {len(key['traps'])} traps")
        for x in errs:
            print("    ", x)
        fails += bool(errs)
    print("all passed" if not fails else f"{fails} workbook(s) failed")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
