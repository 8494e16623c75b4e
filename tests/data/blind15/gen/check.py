#!/usr/bin/env python3
"""Verify the blind15 workbooks against their keys.

Re-reads every produced file (openpyxl for .xlsx with cached formula values; .xls / .ods are
converted back to .xlsx with LibreOffice in a temporary directory first) and checks, from the
cells themselves and each workbook's policy (declared below, independently of build.py):
  * every key cell/row exists and holds what the key says (names, targets, realisasi);
  * every indicator row of the table is listed in `indicators`, and nothing else is;
  * every capaian / category / quarter target not listed as a mistake is right by the policy;
  * every planted mistake differs from its `correct` value, `correct` is what the policy gives,
    and the mistake is of the kind it claims (truncated, positive formula, fraction, ...);
  * every trap is right by the policy and really is what it claims (capped, floored, ...);
  * clean rows carry no mistake and no trap.
Exit status 0 when everything holds.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

GRADES = ["D", "C", "CC", "B", "BB", "A", "AA"]
OPINI = ["TMP", "TW", "WDP", "WTP"]
QUAL_OK = {"ada", "tersedia"}
NA = {"n/a", "belum ada data"}
COUNT_UNITS = {"jiwa", "orang", "sekolah", "unit", "kasus", "laporan", "temuan", "kegiatan", "lpk", "dokumen"}

CONF = {
    "Pengukuran Kinerja Dinkes Sleman 2023.xlsx": dict(
        sheet="PK 2023", first=7, last=20, name="C", unit="D", pol="E", T="F", R="G", C="H", kat="I",
        neg=lambda label, name: label == "Negatif", formula="2T-R", cap=None, floor=False, bands="permendagri"),
    "PK_DISPENDIK_GRESIK_2024.xls": dict(
        sheet="Pengukuran Kinerja", first=7, last=23, name="B", unit=None, pol=None, T="C", R="D", C="E", kat=None,
        neg=lambda label, name: bool(re.search(r"putus sekolah|tidak sekolah|buta aksara", name, re.I)),
        formula="T/R", cap=Decimal(120), floor=False, bands=None),
    "Rencana Aksi TW I-IV Disnaker Surakarta 2024.xlsx": dict(
        sheet="RA 2024", first=8, last=42, name="C", unit="D", pol="E", T="G", R="H", C="I", kat=None,
        period="F", neg=lambda label, name: label == "Minimize", formula="2T-R", cap=Decimal(100), floor=True,
        bands=None, quarterly=True),
    "pengukuran_kinerja_dinsos_padang_2022.ods": dict(
        sheet="Pengukuran Kinerja 2022", first=9, last=23, name="C", unit="E", pol="D", T="F", R="G", C="H",
        kat=None, neg=lambda label, name: label == "(-)", formula="T-R", cap=None, floor=False, bands=None),
    "LAMPIRAN PK INSPEKTORAT BANYUWANGI 2025.xlsx": dict(
        sheet="Capaian IKU", first=4, last=20, name="C", unit=None, pol="D", T="E", R="F", C="G", kat=None,
        neg=lambda label, name: label == "-", formula="T/R", cap=None, floor=False, bands=None),
    "Capaian Kinerja DLH Balikpapan 2022 (final).xlsx": dict(
        sheet="Pengukuran Kinerja", first=7, last=21, name="C", unit="D", pol="E", T="F", R="G", C="H", kat="I",
        neg=lambda label, name: label == "Minimize", formula="2T-R", cap=Decimal(100), floor=False, bands="lkjip"),
}

errors = []


def fail(file, msg):
    errors.append(f"{file}: {msg}")


def q(x, n):
    return x.quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def trunc(x, n):
    return x.quantize(Decimal(1).scaleb(-n), rounding=ROUND_DOWN)


def fmt_decimals(fmt):
    m = re.search(r"0\.(0+)", fmt or "")
    if m:
        return len(m.group(1))
    if fmt and re.search(r"0%|#,##0$|^0$", fmt):
        return 0
    return None


# ------------------------------------------------------------------ reading cells
def merged_value(ws, ref):
    c = ws[ref]
    if type(c).__name__ == "MergedCell":
        for rng in ws.merged_cells.ranges:
            if ref in rng:
                return ws.cell(row=rng.min_row, column=rng.min_col)
    return c


class V:
    """A parsed cell: kind in num / grade / qual / dash / na / blank / text."""

    def __init__(self, kind, value=None, decimals=None, raw=None, pct=False, unit=""):
        self.kind, self.value, self.decimals, self.raw, self.pct, self.unit = kind, value, decimals, raw, pct, unit

    def __repr__(self):
        return f"V({self.kind},{self.value},{self.decimals},{self.raw!r})"


def parse(cell, unit_hint=""):
    v = cell.value
    fmt = cell.number_format or "General"
    if v is None or (isinstance(v, str) and not v.strip()):
        return V("blank", raw=v)
    if isinstance(v, bool):
        return V("text", raw=v)
    if isinstance(v, (int, float)):
        d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
        pct = "%" in fmt
        dec = fmt_decimals(fmt)
        if dec is None:
            e = d.normalize().as_tuple().exponent
            dec = max(0, -e)
        if pct:
            d = d * 100
        return V("num", d, dec, v, pct=pct)
    s = v.strip()
    if s == "-":
        return V("dash", raw=v)
    if s.lower() in NA:
        return V("na", raw=v)
    if s in GRADES or s in OPINI:
        return V("grade", s, raw=v)
    if s.lower() in QUAL_OK or re.fullmatch(r"Level \d", s):
        return V("qual", s, raw=v)
    m = re.fullmatch(r"(-?[0-9][0-9.,]*)\s*(.*)", s)
    if not m:
        return V("text", raw=v)
    num, unit = m.group(1), m.group(2).strip()
    u = (unit or unit_hint or "").lower()
    whole = u in COUNT_UNITS
    if "." in num and "," in num:
        intpart, frac = num.replace(".", "").split(",")
    elif "," in num or "." in num:
        sep = "," if "," in num else "."
        parts = num.split(sep)
        if len(parts) == 2 and len(parts[1]) == 3 and whole:
            intpart, frac = parts[0] + parts[1], ""
        elif len(parts) > 2:
            intpart, frac = "".join(parts), ""
        else:
            intpart, frac = parts
    else:
        intpart, frac = num, ""
    d = Decimal(intpart + ("." + frac if frac else ""))
    return V("num", d, len(frac), v, pct=unit.startswith("%"), unit=unit)


def keystr(v):
    """The key's plain-decimal representation of a parsed value (None for non-numbers)."""
    if v.kind != "num":
        return None
    s = format(v.value.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def rank(g):
    if g in GRADES:
        return GRADES.index(g)
    return OPINI.index(g)


# ------------------------------------------------------------------ policy
def raw_capaian(conf, neg, T, R, formula=None):
    formula = formula or conf["formula"]
    if not neg:
        return R / T * 100
    if formula == "2T-R":
        return (2 * T - R) / T * 100
    if formula == "T/R":
        return T / R * 100
    if formula == "T-R":
        return (T - R) / T * 100
    raise ValueError(formula)


def bound(conf, x):
    if conf["cap"] is not None and x > conf["cap"]:
        x = conf["cap"]
    if conf["floor"] and x < 0:
        x = Decimal(0)
    return x


def expected(conf, neg, t, r):
    """(status, raw, bounded) with status in ok / target0 / na / below / grade_ok / bad."""
    if t.kind == "num" and t.value == 0:
        return "target0", None, None
    if r.kind in ("na", "blank"):
        return "na", None, None
    if t.kind == "grade" and r.kind == "grade":
        return ("grade_ok", None, Decimal(100)) if rank(r.value) >= rank(t.value) else ("below", None, None)
    if t.kind == "qual" and r.kind == "qual":
        return ("grade_ok", None, Decimal(100)) if t.value == r.value else ("below", None, None)
    if t.kind == "num" and r.kind == "dash":
        rv = Decimal(0)
    elif t.kind == "num" and r.kind == "num":
        rv = r.value
    else:
        return "bad", None, None
    raw = raw_capaian(conf, neg, t.value, rv)
    return "ok", raw, bound(conf, raw)


def category(bands, x):
    x = Decimal(x)
    if bands == "lkjip":
        for lim, name in ((90, "Sangat Tinggi"), (75, "Tinggi"), (65, "Sedang"), (50, "Rendah")):
            if x > lim:
                return name
        return "Sangat Rendah"
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


# ------------------------------------------------------------------ per-file check
def load(path, tmp):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".xlsx":
        return openpyxl.load_workbook(path, data_only=True)
    out = os.path.join(tmp, "conv")
    os.makedirs(out, exist_ok=True)
    src = os.path.join(tmp, "src" + ext)
    shutil.copyfile(path, src)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless", "--convert-to",
                    "xlsx", "--outdir", out, src], capture_output=True, text=True, timeout=300, check=True)
    return openpyxl.load_workbook(os.path.join(out, "src.xlsx"), data_only=True)


def check_file(keypath, tmp):
    key = json.load(open(keypath, encoding="utf-8"))
    if set(key) != {"file", "layout", "mistakes", "traps", "clean_rows", "indicators"}:
        fail(keypath, f"key has fields {sorted(key)}")
    f = key["file"]
    conf = CONF[f]
    path = os.path.join(DATA, f)
    if not os.path.exists(path):
        fail(f, "file missing")
        return
    if os.path.splitext(os.path.basename(keypath))[0] != os.path.splitext(f)[0] + ".key":
        fail(f, "key file name does not match")
    wb = load(path, tmp)
    sh = conf["sheet"]
    if sh not in wb.sheetnames:
        fail(f, f"sheet {sh} missing")
        return
    ws = wb[sh]
    if path.lower().endswith(".xlsx"):
        wf = openpyxl.load_workbook(path)[sh]
        for row in wf.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    if ws[c.coordinate].value is None:
                        fail(f, f"formula {c.coordinate} has no cached value")

    for group in ("mistakes", "traps", "clean_rows", "indicators"):
        for e in key[group]:
            if e["sheet"] != sh:
                fail(f, f"{group} entry on unknown sheet {e['sheet']}")
            if "cell" in e:
                if int(re.sub(r"\D", "", e["cell"])) != e["row"]:
                    fail(f, f"{group} {e['cell']} row {e['row']} disagree")
                if merged_value(ws, e["cell"]).value is None:
                    fail(f, f"{group} cell {e['cell']} is empty")

    mistakes = {e["cell"]: e for e in key["mistakes"]}
    traps = {e["cell"]: e for e in key["traps"]}
    clean = {e["row"] for e in key["clean_rows"]}
    inds = {e["row"]: e for e in key["indicators"]}
    if len(mistakes) != len(key["mistakes"]) or len(traps) != len(key["traps"]):
        fail(f, "duplicate mistake/trap cells")
    if set(mistakes) & set(traps):
        fail(f, f"cells both mistake and trap: {set(mistakes) & set(traps)}")
    bad_rows = {e["row"] for e in key["mistakes"]} | {e["row"] for e in key["traps"]}
    if clean & bad_rows:
        fail(f, f"clean rows with a mistake or trap: {sorted(clean & bad_rows)}")
    for rows, label in ((clean, "clean"), (bad_rows, "mistake/trap")):
        if not rows <= set(inds):
            fail(f, f"{label} rows not indicator rows: {sorted(rows - set(inds))}")

    # every indicator row of the table is listed, and only those
    table_rows = set()
    for r in range(conf["first"], conf["last"] + 1):
        t = ws[f"{conf['T']}{r}"].value
        if t is not None and str(t).strip():
            table_rows.add(r)
    if table_rows != set(inds):
        fail(f, f"indicator rows differ: table {sorted(table_rows - set(inds))}, key {sorted(set(inds) - table_rows)}")

    seen_m, seen_t = set(), set()
    quarterly = conf.get("quarterly")
    C, T, R, K = conf["C"], conf["T"], conf["R"], conf.get("kat")
    for r in sorted(inds):
        e = inds[r]
        name = merged_value(ws, f"{conf['name']}{r}").value
        if name != e["name"]:
            fail(f, f"row {r}: name {name!r} != key {e['name']!r}")
        unit = merged_value(ws, f"{conf['unit']}{r}").value if conf["unit"] else ""
        label = merged_value(ws, f"{conf['pol']}{r}").value if conf["pol"] else None
        neg = conf["neg"](label, name or "")
        t = parse(ws[f"{T}{r}"], unit or "")
        rv = parse(ws[f"{R}{r}"], unit or "")
        if keystr(t) != e["target"]:
            fail(f, f"row {r}: target {keystr(t)} != key {e['target']}")
        rkey = "0" if rv.kind == "dash" and t.kind == "num" else keystr(rv)
        if rkey != e["realisasi"]:
            fail(f, f"row {r}: realisasi {rkey} != key {e['realisasi']}")
        if quarterly and merged_value(ws, f"{conf['period']}{r}").value == "Target Tahunan":
            continue
        status, raw, want = expected(conf, neg, t, rv)
        cref = f"{C}{r}"
        st = parse(ws[cref])
        if status == "bad":
            fail(f, f"row {r}: cannot evaluate target {t} realisasi {rv}")
            continue
        # ---- the capaian cell
        if cref in mistakes:
            seen_m.add(cref)
            m = mistakes[cref]
            kind = m["kind"]
            if st.kind != "num":
                fail(f, f"{cref}: mistake cell holds no number ({st})")
                continue
            if m["correct"] is None:
                if status not in ("target0", "na", "below"):
                    fail(f, f"{cref}: correct null but capaian is computable ({status})")
            else:
                corr = Decimal(m["correct"])
                if want is None or q(want, 2) != corr:
                    fail(f, f"{cref}: key correct {corr} but policy gives {want}")
                if q(corr, st.decimals) == st.value:
                    fail(f, f"{cref}: stated {st.value} does not differ from correct {corr}")
            ok = True
            if kind == "wrong_pct":
                ok = st.value != q(want, st.decimals)
            elif kind == "truncated":
                ok = st.value == trunc(raw, st.decimals) != q(raw, st.decimals)
            elif kind == "rounding_half_even_or_truncated":
                ok = (st.value == raw.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN) == trunc(raw, 2)
                      and raw == raw.quantize(Decimal("0.001")) and raw.normalize().as_tuple().digits[-1] == 5)
            elif kind == "negative_with_positive_formula":
                pos = bound(conf, raw_capaian(conf, False, t.value, rv.value))
                ok = neg and st.value == q(pos, st.decimals)
            elif kind == "positive_with_negative_formula":
                alt = bound(conf, raw_capaian(conf, True, t.value, rv.value))
                ok = (not neg) and st.value == q(alt, st.decimals)
            elif kind == "negative_formula_switched":
                ok = neg and any(st.value == q(bound(conf, raw_capaian(conf, True, t.value, rv.value, fo)),
                                                  st.decimals) for fo in ("2T-R", "T/R", "T-R") if fo != conf["formula"])
            elif kind == "uncapped_in_capping_workbook":
                ok = conf["cap"] is not None and raw > conf["cap"] and st.value == q(raw, st.decimals)
            elif kind == "floored_in_non_flooring_workbook":
                ok = (not conf["floor"]) and raw < 0 and st.value == 0
            elif kind == "fraction_in_percent_points_column":
                ok = (not st.pct) and st.value * 100 == q(want, 2) and st.value < 1
            elif kind == "pct_without_realisasi":
                ok = status == "na"
            elif kind == "target_zero_with_pct":
                ok = status == "target0"
            elif kind == "grade_below_target_written_100":
                ok = status == "below" and st.value == 100
            else:
                ok = False
            if not ok:
                fail(f, f"{cref}: mistake of kind {kind} not confirmed (stated {st.value}, raw {raw}, want {want})")
        else:
            if status in ("target0", "na", "below"):
                if st.kind not in ("dash", "blank", "na"):
                    fail(f, f"{cref}: capaian written although {status}")
            elif st.kind != "num" or st.value != q(want, st.decimals):
                fail(f, f"{cref}: stated {st.value} but policy gives {want}")
        # ---- the category cell
        if K:
            kref = f"{K}{r}"
            kat = ws[kref].value
            if kref in mistakes:
                seen_m.add(kref)
                m = mistakes[kref]
                right = category(conf["bands"], q(want, 2))
                if m["kind"] != "category_mismatch" or m["correct"] != right or kat == right:
                    fail(f, f"{kref}: category mistake not confirmed ({kat} vs {right}, key {m['correct']})")
            else:
                if st.kind == "num" and category(conf["bands"], st.value) != kat:
                    fail(f, f"{kref}: category {kat} does not match the written {st.value}")
                if want is not None and cref not in mistakes and category(conf["bands"], q(want, 2)) != kat:
                    fail(f, f"{kref}: category {kat} does not match {want}")
        # ---- traps on this row's capaian / category
        for ref in (cref, f"{K}{r}" if K else None):
            if ref in traps:
                seen_t.add(ref)
                tk = traps[ref]["kind"]
                ok = True
                capv = conf["cap"]
                if tk == "negative_above_100_uncapped":
                    ok = neg and capv is None and st.value > 100
                elif tk == "above_100_uncapped":
                    ok = capv is None and st.value > 100
                elif tk in ("capped_at_policy_bound", "capped_at_100", "negative_capped_at_100",
                            "negative_capped_at_policy_bound"):
                    ok = capv is not None and raw > capv and st.value == capv and (neg or "negative" not in tk)
                elif tk == "floored_at_0":
                    ok = conf["floor"] and raw < 0 and st.value == 0
                elif tk == "negative_result_not_floored":
                    ok = (not conf["floor"]) and neg and st.value < 0
                elif tk == "grade_above_target_100":
                    ok = t.kind == "grade" and rank(rv.value) > rank(t.value) and st.value == 100
                elif tk == "stated_fewer_decimals_rounds_right":
                    ok = st.decimals < 2 and st.value != q(raw, 2)
                elif tk == "comma_thousands_in_count":
                    ok = isinstance(t.raw, str) and re.fullmatch(r"\d{1,3},\d{3}", t.raw.strip()) is not None
                elif tk == "dash_realisasi_zero_pct":
                    ok = rv.kind == "dash" and st.value == 0
                elif tk == "category_boundary":
                    ok = want in (90, 75, 65, 50, 91, 76, 66, 51)
                else:
                    ok = False
                if not ok:
                    fail(f, f"{ref}: trap of kind {tk} not confirmed")
        if status == "ok" and raw != want and cref not in traps and cref not in mistakes:
            fail(f, f"{cref}: capped/floored value ({raw} -> {want}) not listed as a trap")
        if r in clean and status not in ("ok", "grade_ok"):
            fail(f, f"row {r}: clean row without a computable capaian ({status})")

    # ---- quarterly target styles
    if quarterly:
        for r in sorted(inds):
            if merged_value(ws, f"{conf['period']}{r}").value != "Target Tahunan":
                continue
            unit = merged_value(ws, f"{conf['unit']}{r}").value
            ann = parse(ws[f"{T}{r}"], unit)
            tws = [parse(ws[f"{T}{r + i}"], unit) for i in range(1, 5)]
            vals = [x.value for x in tws]
            percum = sum(vals) == ann.value
            cum = all(a <= b for a, b in zip(vals, vals[1:])) and vals[-1] == ann.value and not tws[-1].pct
            sched = all(x.pct for x in tws) and not ann.pct and vals[-1] == 100 and unit != "%" and \
                all(a <= b for a, b in zip(vals, vals[1:]))
            ref = f"{T}{r + 4}"
            if ref in mistakes:
                seen_m.add(ref)
                m = mistakes[ref]
                if percum or cum or sched or m["kind"] != "tw4_target_differs_from_annual" or \
                        Decimal(m["correct"]) != ann.value or vals[-1] == ann.value:
                    fail(f, f"{ref}: TW IV target mistake not confirmed")
            else:
                if not (percum or cum or sched):
                    fail(f, f"row {r}: quarter targets {vals} against {ann.value}: no style explains them")
            if ref in traps:
                seen_t.add(ref)
                tk = traps[ref]["kind"]
                ok = (tk == "quarter_targets_per_quarter_sum" and percum and vals[-1] != ann.value) or \
                     (tk == "quarter_targets_schedule_percent" and sched and vals[-1] != ann.value)
                if not ok:
                    fail(f, f"{ref}: quarter trap {tk} not confirmed")

    for cell in set(mistakes) - seen_m:
        fail(f, f"mistake {cell} was never verified")
    for cell in set(traps) - seen_t:
        fail(f, f"trap {cell} was never verified")
    return key


def main():
    keys = sorted(glob.glob(os.path.join(DATA, "*.key.json")))
    if len(keys) != 6:
        fail("set", f"expected 6 keys, found {len(keys)}")
    totals = [0, 0, 0, 0]
    forms = []
    for kp in keys:
        tmp = tempfile.mkdtemp(prefix="blind15chk_")
        try:
            key = check_file(kp, tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if key:
            n = [len(key["mistakes"]), len(key["traps"]), len(key["clean_rows"]), len(key["indicators"])]
            totals = [a + b for a, b in zip(totals, n)]
            forms.append(os.path.splitext(key["file"])[1])
            print(f"{key['file']}: mistakes {n[0]}, traps {n[1]}, clean rows {n[2]}, indicators {n[3]}")
    print(f"TOTAL: mistakes {totals[0]}, traps {totals[1]}, clean rows {totals[2]}, indicators {totals[3]}")
    if forms.count(".xlsx") < 3 or ".xls" not in forms or ".ods" not in forms:
        fail("set", f"formats {forms}")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: every key entry verified")


if __name__ == "__main__":
    main()
