# -*- coding: utf-8 -*-
"""Verify the blind21 workbooks against their key.json files.

Every output (.xlsx/.xls/.ods) is converted back to .xlsx with LibreOffice into
/tmp/blind21-verify/<agency>/ and read with openpyxl (cached values). For each key row:
  * the written name is at sheet/row (Indikator column, or the Sasaran column when the
    indicator was typed there);
  * the target and realisasi of that row (columns found from the header text: "Target"/
    "Target Tahunan", and "Realisasi" that is not a quarter and not last year's) read as
    the key's target and realisasi (Indonesian text parsed; %-formatted cells in points);
  * the first two figures right of the name (skipping unit cells) are the same pair,
    except where a "realisasi tahun lalu" or quarter columns stand between (reported as info);
  * every indicator-like row of every sheet (a name plus a readable target) is in the key;
  * same_as ids are unique per year; ambiguous ids exist; 15-25 indicators per year.
Exit code 1 on any failure.
"""
import json, os, re, subprocess, sys
import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = "/tmp/blind21-verify"
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-blind21"
AGENCIES = ["disdukcapil-banyumas", "bpbd-cianjur", "dp3ap2kb-kediri"]

NUM_RE = re.compile(r"^(?:Rp\.?\s*)?(-?[\d.,]+)\s*(?:,-)?\s*(%|[A-Za-z][A-Za-z /]*)?$")


def parse_id(s):
    """Indonesian number text -> float (None when not a number)."""
    s = s.strip()
    m = NUM_RE.match(s)
    if not m:
        return None
    n = m.group(1)
    if n.endswith(",-"):
        n = n[:-2]
    if "." in n and "," in n:
        n = n.replace(".", "").replace(",", ".")
    elif "," in n:
        n = n.replace(",", ".")
    elif "." in n:
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", n):
            n = n.replace(".", "")
    try:
        return float(n)
    except ValueError:
        return None


def read_num(cell):
    v = cell.value
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        fmt = cell.number_format or ""
        return float(v) * 100 if "%" in fmt else float(v)
    if isinstance(v, str):
        if v.strip() in ("-", ""):
            return None
        return parse_id(v)
    return None


def convert(src, outdir):
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", LO_PROFILE, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".xlsx")


def header_map(ws, first_data_row, year):
    hrow = None
    for r in range(1, first_data_row):
        if any(isinstance(c.value, str) and "indikator" in c.value.lower() for c in ws[r]):
            hrow = r
            break
    assert hrow, "no header row with 'Indikator'"
    grid = {}
    for r in range(hrow, first_data_row):
        for c in range(1, ws.max_column + 1):
            v = ws.cell(r, c).value
            if v is not None:
                grid[(r, c)] = str(v)
    for mr in ws.merged_cells.ranges:
        v = ws.cell(mr.min_row, mr.min_col).value
        if v is None:
            continue
        for r in range(mr.min_row, mr.max_row + 1):
            for c in range(mr.min_col, mr.max_col + 1):
                if hrow <= r < first_data_row:
                    grid[(r, c)] = str(v)
    heads = {}
    for c in range(1, ws.max_column + 1):
        parts = []
        for r in range(hrow, first_data_row):
            t = grid.get((r, c))
            if t and t not in parts:
                parts.append(t)
        heads[c] = " ".join(parts).lower()

    def other_year(h):
        return any(int(y) != year for y in re.findall(r"\b(20\d\d)\b", h))

    def quarterly(h):
        return "triwulan" in h or re.search(r"\btw\b", h) is not None

    ind = next(c for c, h in heads.items() if "indikator" in h)
    sas = next((c for c, h in heads.items() if "sasaran" in h and "indikator" not in h), None)
    tgt = next(c for c, h in heads.items() if "target" in h and not quarterly(h) and not other_year(h))
    real = next(c for c, h in heads.items()
                if "realisasi" in h and not quarterly(h) and "lalu" not in h and not other_year(h)
                and "%" not in h and "capaian" not in h)
    return {"ind": ind, "sas": sas, "tgt": tgt, "real": real, "heads": heads}


def close(a, b):
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1, abs(b))


def verify_agency(slug):
    errors, infos = [], []
    d = os.path.join(ROOT, slug)
    key = json.load(open(os.path.join(d, "key.json"), encoding="utf-8"))
    for f in key["files"]:
        if not os.path.exists(os.path.join(d, f)):
            errors.append(f"missing file {f}")
    conv = {f: convert(os.path.join(d, f), os.path.join(OUT, slug)) for f in key["files"]}
    by_sheet = {}
    for k in key["rows"]:
        by_sheet.setdefault((k["file"], k["sheet"]), []).append(k)
    # ids unique per year, counts per year
    seen = {}
    for k in key["rows"]:
        t = (k["year"], k["same_as"])
        if t in seen:
            errors.append(f"duplicate id {k['same_as']} in {k['year']}")
        seen[t] = k
    for y in key["years"]:
        n = sum(1 for k in key["rows"] if k["year"] == y)
        if not 15 <= n <= 25:
            errors.append(f"{y}: {n} indicators (want 15-25)")
    ids = {k["same_as"] for k in key["rows"]}
    for a, b in key["ambiguous"]:
        if a not in ids or b not in ids:
            errors.append(f"ambiguous pair {a},{b} names an unknown id")
    checked = 0
    for (f, sheet), ks in by_sheet.items():
        wb = openpyxl.load_workbook(conv[f], data_only=True)
        if sheet not in wb.sheetnames:
            errors.append(f"{f}: no sheet {sheet}")
            continue
        ws = wb[sheet]
        years = {k["year"] for k in ks}
        if len(years) != 1:
            errors.append(f"{f}/{sheet}: several years {years}")
        year = years.pop()
        first = min(k["row"] for k in ks)
        hm = header_map(ws, first, year)
        keyed = {k["row"]: k for k in ks}
        offside = []
        G = openpyxl.utils.get_column_letter
        infos.append(f"{f}/{sheet}: year {year}, Indikator {G(hm['ind'])}, Sasaran "
                     f"{G(hm['sas']) if hm['sas'] else '-'}, Target {G(hm['tgt'])}, Realisasi {G(hm['real'])}")
        for k in ks:
            r = k["row"]
            iv = ws.cell(r, hm["ind"]).value
            sv = ws.cell(r, hm["sas"]).value if hm["sas"] else None
            where = "ind"
            if iv is None:
                iv, where = sv, "sas"
            if iv != k["written"]:
                errors.append(f"{f}/{sheet}!{r}: name {iv!r} != written {k['written']!r}")
            t = read_num(ws.cell(r, hm["tgt"]))
            rv = read_num(ws.cell(r, hm["real"]))
            if not close(t, k["target"]):
                errors.append(f"{f}/{sheet}!{r}: target {ws.cell(r, hm['tgt']).value!r} -> {t} != {k['target']}")
            if not close(rv, k["realisasi"]):
                errors.append(f"{f}/{sheet}!{r}: realisasi {ws.cell(r, hm['real']).value!r} -> {rv} != {k['realisasi']}")
            # the two figures right of the name
            namecol = hm["ind"] if where == "ind" else hm["sas"]
            figs = []
            for c in range(namecol + 1, ws.max_column + 1):
                cell = ws.cell(r, c)
                if isinstance(cell.value, str) and read_num(cell) is None and cell.value.strip() != "-":
                    continue  # a unit cell or an empty Indikator cell
                if cell.value is None:
                    continue
                figs.append((c, read_num(cell)))
                if len(figs) == 2:
                    break
            if not (len(figs) == 2 and close(figs[0][1], k["target"]) and close(figs[1][1], k["realisasi"])):
                offside.append(r)
            if where == "sas":
                infos.append(f"{f}/{sheet}!{r}: indicator typed in the Sasaran column: {k['written']!r}")
            checked += 1
        if offside:
            infos.append(f"{f}/{sheet}: {len(offside)} of {len(ks)} rows: the first two figures right of the "
                         f"name are not target/realisasi (last year's or quarter columns stand between); "
                         f"header columns used")
        # every indicator-like row is keyed
        for r in range(first, ws.max_row + 1):
            nm = ws.cell(r, hm["ind"]).value
            if nm is None and hm["sas"] and ws.cell(r, hm["tgt"]).value is not None:
                nm = ws.cell(r, hm["sas"]).value
            if isinstance(nm, str) and nm.strip() and read_num(ws.cell(r, hm["tgt"])) is not None:
                if r not in keyed:
                    errors.append(f"{f}/{sheet}!{r}: indicator-like row not in key: {nm!r}")
        # sheets of the file not in the key
    for f in key["files"]:
        wb = openpyxl.load_workbook(conv[f], read_only=True)
        for s in wb.sheetnames:
            if (f, s) not in by_sheet:
                errors.append(f"{f}: sheet {s} has no key rows")
    return checked, errors, infos


def main():
    verbose = "-v" in sys.argv
    total_err = 0
    for slug in AGENCIES:
        n, errs, infos = verify_agency(slug)
        print(f"{slug}: {n} key rows checked, {len(errs)} errors, {len(infos)} notes")
        for e in errs:
            print("  ERROR", e)
        if verbose:
            for i in infos:
                print("  note ", i)
        total_err += len(errs)
    print("OK" if total_err == 0 else f"FAILED: {total_err} errors")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
