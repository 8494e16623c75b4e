#!/usr/bin/env python3
"""Independent check of the shipped blind10 workbooks against their keys.

Reads the files at the top of blind10/ (the .xls and .ods are first converted to .xlsx with LibreOffice
into a temporary directory; the .xlsx are read as shipped), takes the cached values and the formulas,
recomputes every figure with Decimal (ROUND_HALF_UP; a stated % is right when the exact value rounds to
it at the precision written: decimals typed in a text, decimals of the number format for a number) and
confirms that
  * every formula has a cached value and no error,
  * the data rows found by reading the layout are exactly the key's mistakes + traps + clean_rows,
  * every clean row and every trap row is right,
  * every mistake row has exactly one finding, at the keyed cell, and the keyed 'correct' value agrees
    with the recomputation where it is a number,
  * every 'indicators' entry matches the cells (except the planted cells, where it gives the intended value).
Exit status 0 when everything holds.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal as D, ROUND_HALF_UP

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


# ----------------------------------------------------------------- reading
class Book:
    def __init__(self, path, tmp):
        if not path.endswith(".xlsx"):
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                            "--convert-to", "xlsx", "--outdir", tmp, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            path = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
        self.vals = openpyxl.load_workbook(path, data_only=True)
        self.forms = openpyxl.load_workbook(path, data_only=False)

    def v(self, sh, ref):
        return self.vals[sh][ref].value

    def f(self, sh, ref):
        x = self.forms[sh][ref].value
        return x if isinstance(x, str) and x.startswith("=") else None

    def fmt(self, sh, ref):
        return self.vals[sh][ref].number_format or "General"

    def check_formulas(self, label):
        n = 0
        for ws in self.forms.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.value.startswith("="):
                        n += 1
                        cv = self.vals[ws.title][c.coordinate].value
                        if cv is None or (isinstance(cv, str) and cv.startswith("#")):
                            fail(f"{label} {ws.title}!{c.coordinate}: formula {c.value} has no cached value ({cv!r})")
        return n


def Dn(x):
    return D(repr(x)) if isinstance(x, float) else D(x)


def q(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


IDN_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")
IDN_PLAIN = re.compile(r"^-?\d+(,\d+)?$")


def parse_text(s):
    """Strict Indonesian notation; returns (Decimal, decimals) or None."""
    s = s.strip()
    if s.endswith("%"):
        s = s[:-1].strip()
    if IDN_GROUPED.match(s) or IDN_PLAIN.match(s):
        t = s.replace(".", "").replace(",", ".")
        dec = len(s.split(",")[1]) if "," in s else 0
        return D(t), dec
    return None


def cellnum(b, sh, ref):
    """-> (kind, Decimal|None); kind in num, text, blank, dash, bad, word."""
    v = b.v(sh, ref)
    if v is None:
        return "blank", None
    if isinstance(v, bool):
        return "bad", None
    if isinstance(v, (int, float)):
        return "num", Dn(v)
    s = str(v).strip()
    if s in ("", "-"):
        return "dash", None
    p = parse_text(s)
    if p:
        return "text", p[0]
    if re.search(r"\d", s):
        return "bad", None
    return "word", None


def fmt_decimals(fmt):
    sec = fmt.split(";")[0]
    m = re.search(r"\.(0+)", sec)
    return len(m.group(1)) if m else 0


def stated_pct(b, sh, ref):
    """-> (value in percent points, decimals, is_formula) or None."""
    v = b.v(sh, ref)
    isf = b.f(sh, ref) is not None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        fmt = b.fmt(sh, ref)
        val = Dn(v)
        if "%" in fmt:
            val = val * 100
        return val, fmt_decimals(fmt), isf
    if isinstance(v, str):
        p = parse_text(v)
        if p:
            return p[0], p[1], False
    return None


def pct_ok(st, exact):
    val, dec, isf = st
    if abs(val - exact) <= D("1e-9") * max(D(1), abs(exact)):
        return True
    if isf:
        return False
    return val == q(val, dec) and q(exact, dec) == val


REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)")


def refs(formula):
    return [(c, int(r)) for c, r in REF.findall(formula)]


class Rows:
    """Findings per data row: {(sheet,row): [(cell, tag, expected)]}."""

    def __init__(self):
        self.p = {}

    def row(self, sh, r):
        self.p.setdefault((sh, r), [])

    def add(self, sh, cell, tag, expected=None):
        r = int(re.sub(r"[A-Z]+", "", cell))
        lst = self.p.setdefault((sh, r), [])
        if not any(c == cell for c, _, _ in lst):
            lst.append((cell, tag, expected))


def check_pct(out, b, sh, cell, exact, want_rows=None, want_cols=None):
    st = stated_pct(b, sh, cell)
    if st is None:
        out.add(sh, cell, "not-a-number", q(exact))
        return
    fo = b.f(sh, cell)
    if fo and want_rows is not None:
        rs = refs(fo)
        if {r for _, r in rs} != set(want_rows) or (want_cols and {c for c, _ in rs} != set(want_cols)):
            out.add(sh, cell, "formula-refs", q(exact))
            return
    if not pct_ok(st, exact):
        out.add(sh, cell, "value", q(exact))


def pos(t, r):
    return r / t * 100


def neg(t, r):
    return (2 * t - r) / t * 100


# ----------------------------------------------------------------- workbooks
def v_wb1(b):
    sh = "Tabel 3.2"
    out = Rows()
    ws = b.vals[sh]
    for r in range(8, ws.max_row + 1):
        if not isinstance(ws[f"A{r}"].value, int) or not ws[f"C{r}"].value:
            continue
        out.row(sh, r)
        nums = {}
        for c in "EFGHJ":
            kind, x = cellnum(b, sh, f"{c}{r}")
            if kind in ("num", "text"):
                nums[c] = x
            else:
                out.add(sh, f"{c}{r}", "malformed")
        if "E" in nums and "H" in nums:
            check_pct(out, b, sh, f"I{r}", pos(nums["E"], nums["H"]), [r], "EH")
        if "J" in nums and "H" in nums:
            check_pct(out, b, sh, f"K{r}", pos(nums["J"], nums["H"]), [r], "HJ")
    return out


GRADES = [["AA", "A", "BB", "B", "CC", "C", "D"], ["WTP", "WDP", "TW", "TMP"], ["Tersedia", "Tidak tersedia"]]


def grade_reached(t, r):
    for scale in GRADES:
        if t in scale and r in scale:
            return scale.index(r) <= scale.index(t)
    raise ValueError((t, r))


def v_wb2(b):
    pk, pg = "PK 2024", "Pengukuran Kinerja 2024"
    out = Rows()
    ws = b.vals[pk]
    annual = {}
    for r in range(8, ws.max_row + 1):
        if not isinstance(ws[f"A{r}"].value, int) or not ws[f"C{r}"].value:
            continue
        out.row(pk, r)
        name = ws[f"C{r}"].value
        kind, a = cellnum(b, pk, f"E{r}")
        qcells = [f"{c}{r}" for c in "FGHI"]
        raw = [b.v(pk, c) for c in qcells]
        if kind == "word":
            annual[name] = ws[f"E{r}"].value
            for c, x in zip(qcells, raw):
                if x not in ("-", ws[f"E{r}"].value):
                    out.add(pk, c, "qualitative-quarter")
            continue
        annual[name] = a
        if all(isinstance(x, str) and x.strip().endswith("%") for x in raw):
            vals = [parse_text(x)[0] for x in raw]
            if any(y < x for x, y in zip(vals, vals[1:])) or vals[-1] != 100:
                out.add(pk, qcells[0], "schedule")
            continue
        vals = [cellnum(b, pk, c)[1] for c in qcells]
        cumulative = all(y >= x for x, y in zip(vals, vals[1:])) and vals[-1] == a
        perq = sum(vals) == a
        if not (cumulative or perq):
            odd = [i for i, x in enumerate(vals) if vals.count(x) == 1]
            if len(odd) == 1 and len(set(vals)) == 2:
                out.add(pk, qcells[odd[0]], "quarters-sum")
            else:
                i = next(i for i in range(1, 4) if vals[i] < vals[i - 1])
                out.add(pk, qcells[i], "quarters-decrease")
    ws = b.vals[pg]
    for r in range(7, ws.max_row + 1):
        if not isinstance(ws[f"A{r}"].value, int) or not ws[f"C{r}"].value:
            continue
        out.row(pg, r)
        name = ws[f"C{r}"].value
        kt, t = cellnum(b, pg, f"E{r}")
        kr, x = cellnum(b, pg, f"F{r}")
        if kt == "word":
            want = "Tercapai" if grade_reached(ws[f"E{r}"].value, ws[f"F{r}"].value) else "Tidak tercapai"
            if ws[f"G{r}"].value != want:
                out.add(pg, f"G{r}", "grade", want)
            continue
        if annual.get(name) != t:
            out.add(pg, f"E{r}", "target-vs-pk", annual.get(name))
        if t == 0:
            if ws[f"G{r}"].value not in ("-", None):
                out.add(pg, f"G{r}", "target-zero")
            continue
        check_pct(out, b, pg, f"G{r}", pos(t, x), [r], "EF")
    return out


def v_wb3(b):
    sh = "Realisasi Bulanan"
    out = Rows()
    ws = b.vals[sh]
    months = [openpyxl.utils.get_column_letter(c) for c in range(6, 18)]
    for r in range(9, ws.max_row + 1):
        if not isinstance(ws[f"A{r}"].value, int) or not ws[f"B{r}"].value:
            continue
        out.row(sh, r)
        rule = ws[f"D{r}"].value
        _, t = cellnum(b, sh, f"E{r}")
        vals = []
        for c in months:
            kind, x = cellnum(b, sh, f"{c}{r}")
            if kind == "bad":
                out.add(sh, f"{c}{r}", "malformed")
                vals.append("bad")
            elif kind == "blank":
                vals.append(None)
            else:
                vals.append(x if x is not None else D(0))
        if rule == "Jumlah":
            ann = sum(x for x in vals if isinstance(x, D))
            wantf = {f"F{r}", f"Q{r}"}
        else:
            last = [x for x in vals if x is not None][-1]
            ann = last if isinstance(last, D) else None
            wantf = {f"Q{r}"}
        kind, R = cellnum(b, sh, f"R{r}")
        fo = b.f(sh, f"R{r}")
        if ann is not None:
            if R is None or abs(R - ann) > D("1e-9"):
                out.add(sh, f"R{r}", "annual", ann)
            elif fo and {f"{c}{n}" for c, n in refs(fo)} != wantf:
                out.add(sh, f"R{r}", "annual-formula", ann)
        if R is not None:
            check_pct(out, b, sh, f"S{r}", pos(t, R), [r], "ER")
    return out


def category(x):
    if x >= 91:
        return "Sangat Tinggi"
    if 76 <= x <= 90:
        return "Tinggi"
    if 66 <= x <= 75:
        return "Sedang"
    if 51 <= x <= 65:
        return "Rendah"
    if x <= 50:
        return "Sangat Rendah"
    return None


def v_wb4(b):
    sh = "Rekap IKU PD"
    out = Rows()
    ws = b.vals[sh]
    opd, seen = None, set()
    for r in range(8, 36):
        a = ws[f"A{r}"].value
        if isinstance(a, str) and re.match(r"^[A-E]\. ", a):
            opd, seen = a, set()
            continue
        if not isinstance(a, int) or not ws[f"B{r}"].value:
            continue
        out.row(sh, r)
        name = ws[f"B{r}"].value.strip().lower()
        if name in seen:
            out.add(sh, f"B{r}", "duplicate")
            continue
        seen.add(name)
        kt, t = cellnum(b, sh, f"E{r}")
        kr, x = cellnum(b, sh, f"F{r}")
        if kt == "bad":
            out.add(sh, f"E{r}", "malformed")
        if kr == "bad":
            out.add(sh, f"F{r}", "malformed")
        if t is None or x is None:
            continue
        if t == 0:
            if ws[f"G{r}"].value != "-" or ws[f"H{r}"].value != "-":
                out.add(sh, f"G{r}", "target-zero")
            continue
        exact = neg(t, x) if ws[f"D{r}"].value == "Negatif" else pos(t, x)
        st = stated_pct(b, sh, f"G{r}")
        if st and not pct_ok(st, exact) and x * 1000 and abs(st[0] * t / 100 - x * 1000) / (x * 1000) < D("0.02"):
            out.add(sh, f"F{r}", "thousands-dropped", q(st[0] * t / 100, 0))
            continue
        check_pct(out, b, sh, f"G{r}", exact, [r], "EF")
        if st and category(q(st[0])) != ws[f"H{r}"].value:
            out.add(sh, f"H{r}", "category", category(q(st[0])))
    return out


def bound(text, pol):
    s = text.replace(" ", "")
    m = re.match(r"^(\d+(?:,\d+)?)-(\d+(?:,\d+)?)$", s)
    if m:
        lo, hi = (D(g.replace(",", ".")) for g in m.groups())
        return lo if pol == "Maksimal" else hi
    m = re.match(r"^(≥|>=|>|≤|<=|<)(\d+(?:,\d+)?)$", s)
    if m:
        return D(m.group(2).replace(",", "."))
    return None


def v_wb5(b):
    sh = "Pengukuran IKU"
    out = Rows()
    ws = b.vals[sh]
    for r in range(8, ws.max_row + 1):
        if not isinstance(ws[f"A{r}"].value, int) or not ws[f"C{r}"].value:
            continue
        out.row(sh, r)
        name = ws[f"C{r}"].value
        pol = ws[f"G{r}"].value
        if name.startswith("Persentase") and ws[f"F{r}"].value != "%":
            out.add(sh, f"F{r}", "unit")
        kt, t = cellnum(b, sh, f"H{r}")
        if kt == "bad":
            t = bound(ws[f"H{r}"].value, pol)
            if t is None:
                out.add(sh, f"H{r}", "malformed")
        kr, x = cellnum(b, sh, f"I{r}")
        if kr == "bad":
            out.add(sh, f"I{r}", "malformed")
        if t is None or x is None:
            continue
        exact = neg(t, x) if pol == "Minimal" else pos(t, x)
        check_pct(out, b, sh, f"J{r}", exact, [r], "HI")
    return out


def v_wb6(b):
    sh = "Evaluasi Renstra"
    out = Rows()
    ws = b.vals[sh]
    r = 9
    while ws[f"E{r}"].value == "Target":
        assert ws[f"E{r + 1}"].value == "Realisasi" and ws[f"E{r + 2}"].value == "Capaian (%)"
        for rr in (r, r + 1, r + 2):
            out.row(sh, rr)
        arah = ws[f"D{r}"].value
        for c in "FGHI":
            kt, t = cellnum(b, sh, f"{c}{r}")
            kr, x = cellnum(b, sh, f"{c}{r + 1}")
            if kt == "bad":
                out.add(sh, f"{c}{r}", "malformed")
            if kr == "bad":
                out.add(sh, f"{c}{r + 1}", "malformed")
            if t is None or x is None:
                continue
            exact = neg(t, x) if arah == "Turun" else pos(t, x)
            check_pct(out, b, sh, f"{c}{r + 2}", exact, [r, r + 1], c)
        r += 3
    return out


VERIFY = {
    "lkjip-dinkes-lembahsari-2023.xlsx": v_wb1,
    "pk-bpkad-tanjungwangi-2024.ods": v_wb2,
    "rencana-aksi-dpmptsp-bukitseruni-2023.xls": v_wb3,
    "rekap-iku-bappelitbangda-muarakelam-2023.xlsx": v_wb4,
    "iku-dpmd-danauteluk-2024.xlsx": v_wb5,
    "evaluasi-renstra-dlh-pasirmulya-2024.xlsx": v_wb6,
}

# which columns hold the year's target / realisasi in each file, for the indicators check
IND_COLS = {
    "lkjip-dinkes-lembahsari-2023.xlsx": {"Tabel 3.2": ("E", "H", 0)},
    "pk-bpkad-tanjungwangi-2024.ods": {"PK 2024": ("E", None, 0), "Pengukuran Kinerja 2024": ("E", "F", 0)},
    "rencana-aksi-dpmptsp-bukitseruni-2023.xls": {"Realisasi Bulanan": ("E", "R", 0)},
    "rekap-iku-bappelitbangda-muarakelam-2023.xlsx": {"Rekap IKU PD": ("E", "F", 0)},
    "iku-dpmd-danauteluk-2024.xlsx": {"Pengukuran IKU": ("H", "I", 0)},
    "evaluasi-renstra-dlh-pasirmulya-2024.xlsx": {"Evaluasi Renstra": ("I", "I", 1)},
}


def main():
    tmp = tempfile.mkdtemp(prefix="blind10chk")
    totals = {"mistakes": 0, "traps": 0, "clean": 0}
    try:
        for fname, verify in VERIFY.items():
            key = json.load(open(os.path.join(TOP, os.path.splitext(fname)[0] + ".key.json"), encoding="utf-8"))
            assert key["file"] == fname, fname
            b = Book(os.path.join(TOP, fname), tmp)
            nf = b.check_formulas(fname)
            found = verify(b).p
            keyed = {}
            for m in key["mistakes"]:
                keyed[(m["sheet"], m["row"])] = ("m", m)
            for t in key["traps"]:
                assert (t["sheet"], t["row"]) not in keyed, t
                keyed[(t["sheet"], t["row"])] = ("t", t)
            for c in key["clean_rows"]:
                assert (c["sheet"], c["row"]) not in keyed, c
                keyed[(c["sheet"], c["row"])] = ("c", c)
            if set(found) != set(keyed):
                fail(f"{fname}: data rows differ: only read {sorted(set(found) - set(keyed))}, "
                     f"only keyed {sorted(set(keyed) - set(found))}")
            for k, (what, e) in sorted(keyed.items()):
                probs = found.get(k, [])
                if what in ("t", "c"):
                    if probs:
                        fail(f"{fname} {k}: {'trap' if what == 't' else 'clean'} row has findings {probs}")
                    continue
                if len(probs) != 1 or probs[0][0] != e["cell"]:
                    fail(f"{fname} {k}: mistake keyed at {e['cell']} ({e['kind']}) but found {probs}")
                    continue
                exp = probs[0][2]
                try:
                    corr = D(e["correct"])
                except Exception:
                    corr = None
                if isinstance(exp, D) and corr is not None and q(exp) != q(corr):
                    fail(f"{fname} {k}: key says correct {e['correct']}, recomputed {exp}")
                if isinstance(exp, str) and exp != e["correct"]:
                    fail(f"{fname} {k}: key says correct {e['correct']!r}, recomputed {exp!r}")
            # keyed trap/mistake cells exist in the sheet with a value (the blank-month trap excepted)
            for e in key["mistakes"] + key["traps"]:
                if b.v(e["sheet"], e["cell"]) is None and e["kind"] != "month-blank-year-ended-early":
                    fail(f"{fname} {e['sheet']}!{e['cell']} is empty")
            # indicators
            planted = {(e["sheet"], e["cell"]) for e in key["mistakes"]}
            ind_rows = {(i["sheet"], i["row"]) for i in key["indicators"]}
            cols = IND_COLS[fname]
            want_rows = {k for k in found if k[0] in cols and (cols[k[0]][2] == 0 or (k[1] - 9) % 3 == 0)}
            if ind_rows != want_rows:
                fail(f"{fname}: indicator rows differ {sorted(ind_rows ^ want_rows)}")
            for i in key["indicators"]:
                tc, rc, off = cols[i["sheet"]]
                for field, col, dr in (("target", tc, 0), ("realisasi", rc, off)):
                    if col is None:
                        assert field not in i, i
                        continue
                    cell = f"{col}{i['row'] + dr}"
                    kind, x = cellnum(b, i["sheet"], cell)
                    if field not in i:
                        if kind in ("num", "text"):
                            # only qualitative or bound/range targets may be left out
                            fail(f"{fname} {i['sheet']}!{cell}: indicator omits numeric {field}")
                        continue
                    if (i["sheet"], cell) in planted or "note" in i:
                        continue
                    if x is None or D(i[field]) != x:
                        fail(f"{fname} {i['sheet']}!{cell}: indicator {field} {i[field]} but cell reads {x}")
            totals["mistakes"] += len(key["mistakes"])
            totals["traps"] += len(key["traps"])
            totals["clean"] += len(key["clean_rows"])
            print(f"checked {fname}: {nf} formulas, {len(found)} data rows, {len(key['mistakes'])} mistakes, "
                  f"{len(key['traps'])} traps, {len(key['clean_rows'])} clean")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"totals: {totals}")
    if not (25 <= totals["mistakes"] <= 35):
        fail(f"mistakes total {totals['mistakes']} outside 25-35")
    if not (15 <= totals["traps"] <= 25):
        fail(f"traps total {totals['traps']} outside 15-25")
    if FAIL:
        print(f"{len(FAIL)} failure(s)")
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
