#!/usr/bin/env python3
"""Check every blind7 key against what LibreOffice shows.

For each NAME.key.json: convert NAME.<ext> to CSV (every sheet, cell text as shown) with soffice,
then check every indicator's name, target, realisasi, written %, kategori and quarter figures, every
mistake cell and trap cell, the budget sums, and that the figures are right on clean rows and wrong
(in the way the key says) on mistake rows. Exit status 1 on any failure."""
import csv, glob, json, os, re, subprocess, sys, tempfile
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL", msg)


def to_csv(path, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-blind7-verify", "--headless", "--convert-to", FILTER,
                    "--outdir", outdir, path], capture_output=True, timeout=300, check=True)
    base = os.path.splitext(os.path.basename(path))[0]
    grids = {}
    for f in glob.glob(os.path.join(outdir, base + "-*.csv")):
        sheet = os.path.basename(f)[len(base) + 1:-4]
        with open(f, encoding="utf-8") as fh:
            grids[sheet] = list(csv.reader(fh))
    return grids


def cell(grid, ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    r = int(m.group(2))
    if r - 1 < len(grid) and col - 1 < len(grid[r - 1]):
        return grid[r - 1][col - 1]
    return ""


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def parse(text):
    """Tolerant reader for a shown value: footnote markers, Rp, units, M/Jt scale, either separator
    convention (a group of exactly three digits after the only separator kind = grouping)."""
    t = text.strip()
    if t in ("-", "–"):
        return D(0)
    if not t:
        return None
    mult = D(1)
    if re.search(r"\b(M|Miliar)\s*$", t):
        mult = D(10) ** 9
    elif re.search(r"\b(Jt|juta)\s*$", t, re.I):
        mult = D(10) ** 6
    t = re.sub(r"\*+\)?", "", t)
    t = t.replace("Rp.", "").replace("Rp", "").replace(",-", "")
    m = re.search(r"\d[\d.,]*", t)
    if not m:
        return None
    n = m.group(0).rstrip(".,")
    if "." in n and "," in n:
        dec = "." if n.rfind(".") > n.rfind(",") else ","
        grp = "," if dec == "." else "."
        n = n.replace(grp, "").replace(dec, ".")
    elif "," in n:
        n = n.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", n) else n.replace(",", ".")
    elif "." in n:
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", n):
            n = n.replace(".", "")
        elif n.count(".") > 1:
            return None
    return D(n) * mult


def decimals(text):
    t = re.sub(r"\*+\)?", "", text).replace("%", "").strip()
    m = re.search(r"[.,](\d+)\s*$", t)
    return len(m.group(1)) if m else 0


def rnd(x, nd, mode=ROUND_HALF_UP):
    return x.quantize(D(1).scaleb(-nd), rounding=mode)


def kategori(p):
    if p > 90: return "Sangat Tinggi"
    if p > 75: return "Tinggi"
    if p > 65: return "Sedang"
    if p > 50: return "Rendah"
    return "Sangat Rendah"


def true_pct(T, R, pol):
    T, R = D(T), D(R)
    if T == 0:
        return None
    if pol == "negative":
        return (2 * T - R) / T * 100
    return R / T * 100


def check_value(where, grid, ref, want, written=None):
    shown = cell(grid, ref)
    if want is None:
        if written is not None and norm(shown) != written:
            fail(f"{where} {ref}: shown {shown!r}, key written {written!r}")
        return shown
    got = parse(shown)
    if got is None or got != D(want):
        fail(f"{where} {ref}: shown {shown!r} -> {got}, key {want}")
    return shown


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "*.key.json")))
    n_ind = n_mis = n_trap = 0
    tmp = tempfile.mkdtemp(prefix="b7v")
    for kp in keys:
        key = json.load(open(kp))
        path = os.path.join(HERE, key["file"])
        grids = to_csv(path, tmp)
        print(f"== {key['file']}: sheets {sorted(grids)}")
        mis_at = {}
        for m in key["mistakes"]:
            k = (m["sheet"], m["row"])
            if k in mis_at:
                fail(f"{key['file']}: two mistakes in {k}")
            mis_at[k] = m
            if not norm(cell(grids[m["sheet"]], m["cell"])):
                fail(f"{key['file']} mistake {m['cell']} empty")
        mis_cells = {(m["sheet"], m["cell"]): m for m in key["mistakes"]}
        for sh in key["sheets"]:
            g = grids[sh["sheet"]]
            clean = set(key["clean_rows"].get(sh["sheet"], []))
            for ind in sh["indicators"]:
                n_ind += 1
                w = f"{key['file']}!{sh['sheet']} row {ind['row']}"
                c = ind["cells"]
                if norm(cell(g, c["indikator"])) != norm(ind["indikator"]):
                    fail(f"{w}: name {cell(g, c['indikator'])!r} != {ind['indikator']!r}")
                check_value(w + " target", g, c["target"], ind["target"])
                check_value(w + " realisasi", g, c["realisasi"], ind["realisasi"], ind.get("realisasi_written"))
                cshown = check_value(w + " capaian", g, c["capaian"], ind["capaian_written"])
                if "kategori" in c and norm(cell(g, c["kategori"])) != ind["kategori_written"]:
                    fail(f"{w}: kategori shown {cell(g, c['kategori'])!r}")
                rows = set(range(ind["block_rows"][0], ind["block_rows"][1] + 1)) if "block_rows" in ind else {ind["row"]}
                row_mis = [m for (s, r), m in mis_at.items() if s == sh["sheet"] and r in rows]
                if (ind["row"] in clean) == bool(row_mis):
                    fail(f"{w}: clean_rows disagrees with mistakes ({[m['kind'] for m in row_mis]})")
                # arithmetic of the annual figure
                R = ind.get("realisasi_meant") or ind["realisasi"]
                tp = true_pct(ind["target"], R, ind["polarity"])
                cref = c["capaian"]
                m = mis_cells.get((sh["sheet"], cref))
                if tp is not None:
                    nd = decimals(cshown)
                    ok = rnd(tp, nd) == D(ind["capaian_written"])
                    if m is None and not ok:
                        fail(f"{w}: capaian {ind['capaian_written']} but true {tp:.4f} (not planted)")
                    if m is not None:
                        if ok:
                            fail(f"{w}: planted {m['kind']} at {cref} but the figure is right")
                        if m["correct"] is not None and D(m["correct"]) != rnd(tp, 2):
                            fail(f"{w}: mistake correct {m['correct']} != {rnd(tp, 2)}")
                        if m["kind"] == "truncated" and rnd(tp, nd, ROUND_DOWN) != D(ind["capaian_written"]):
                            fail(f"{w}: not a truncation")
                        if m["kind"] == "fraction" and rnd(tp / 100, 4) != D(ind["capaian_written"]):
                            fail(f"{w}: not a fraction")
                    if "kategori" in c:
                        km = mis_cells.get((sh["sheet"], c["kategori"]))
                        if (kategori(rnd(tp, 2)) == ind["kategori_written"]) == bool(km):
                            fail(f"{w}: kategori {ind['kategori_written']} vs true {tp:.2f} (planted: {bool(km)})")
                else:
                    if not (m and m["kind"] == "target-zero"):
                        fail(f"{w}: target zero not planted")
                for qd in ind.get("quarters", []):
                    qc = qd["cells"]
                    check_value(w + f" TW{qd['tw']} target", g, qc["target"], qd["target"])
                    check_value(w + f" TW{qd['tw']} realisasi", g, qc["realisasi"], qd["realisasi"])
                    qs = check_value(w + f" TW{qd['tw']} %", g, qc["capaian"], qd["capaian_written"])
                    qtp = true_pct(qd["target"], qd["realisasi"], ind["polarity"])
                    okq = rnd(qtp, decimals(qs)) == D(qd["capaian_written"])
                    qm = mis_cells.get((sh["sheet"], qc["capaian"]))
                    if okq == bool(qm):
                        fail(f"{w} TW{qd['tw']}: % {qd['capaian_written']} true {qtp:.4f} planted {bool(qm)}")
                if ind["realisasi"] is not None and "realisasi_meant" in ind:
                    mm = mis_cells.get((sh["sheet"], c["realisasi"]))
                    if not mm or mm["correct"] != ind["realisasi_meant"]:
                        fail(f"{w}: realisasi_meant without a matching mistake")
            for r in sh["non_indicator_rows"]:
                if any(i["row"] == r for i in sh["indicators"]):
                    fail(f"{sh['sheet']} row {r} both indicator and non-indicator")
        for b in key.get("budgets", []):
            g = grids[b["sheet"]]
            a = parse(cell(g, b["anggaran_cell"]))
            s = sum(parse(cell(g, x)) for x in b["kegiatan_anggaran_cells"])
            if a != D(b["anggaran"]) or s != D(b["kegiatan_sum"]):
                fail(f"{key['file']} budget row {b['program_row']}: shown {a} / sum {s}")
            m = mis_cells.get((b["sheet"], b["anggaran_cell"]))
            if (a != s) != bool(m and m["kind"] == "budget-sum"):
                fail(f"{key['file']} budget row {b['program_row']}: sum mismatch not as keyed")
        for m in key["mistakes"]:
            n_mis += 1
            g = grids[m["sheet"]]
            if m["kind"] == "year-disagreement":
                shown = cell(g, m["cell"])
                others = " ".join(",".join(r) for r in g[1:])
                if m["correct"] in shown or m["correct"] not in others:
                    fail(f"{key['file']} year: {shown!r}")
            if m["kind"] == "malformed-number":
                shown = cell(g, m["cell"])
                if not re.search(r"\d\.\d{4}", shown):
                    fail(f"{key['file']} malformed {m['cell']} shows {shown!r}")
        for t in key["traps"]:
            n_trap += 1
            if not norm(cell(grids[t["sheet"]], t["cell"])):
                fail(f"{key['file']} trap {t['cell']} empty")
        # hidden columns / rows as keyed (xlsx only; openpyxl)
        if path.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(path)
            for t in key["traps"]:
                ws = wb[t["sheet"]]
                if t["kind"] == "hidden-column-last-year" and not ws.column_dimensions[re.match(r"[A-Z]+", t["cell"]).group(0)].hidden:
                    fail(f"{key['file']} {t['cell']} column not hidden")
                if t["kind"] == "hidden-row-last-year" and not ws.row_dimensions[t["row"]].hidden:
                    fail(f"{key['file']} row {t['row']} not hidden")
    print(f"\n{len(keys)} workbooks, {n_ind} indicators, {n_mis} mistakes, {n_trap} traps, {len(fails)} failures")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
