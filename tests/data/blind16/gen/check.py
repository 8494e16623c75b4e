#!/usr/bin/env python3
"""Re-read every produced blind16 file and verify it against the keys.

1. Every key row: sheet, name cell (exact text), unit, target, realisasi, target akhir.
2. Every indicator-like row of every sheet (a name and a number in the target column) is in the key.
3. Budget figures (numbers, or text 'Rp. 3.245.870.000' / 'Rp 52,318,400,000.00').
4. Every formula has a cached value (files were round-tripped through LibreOffice), and every
   capaian cell equals the recomputed capaian (2 decimals, half away from zero; negative
   indicators (2T-R)/T x 100).
5. The expected findings follow from the key's own figures under the README's conventions, and
   nothing else does (except the one documented flow-count trap); no trap is also expected.

.xls / .ods are converted to .xlsx in a temp dir with LibreOffice first.
"""
import glob
import json
import os
import shutil
import sys
import tempfile
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import openpyxl  # noqa: E402

from common import HERE, ROOT, capaian, lo_convert, parse_text_number, r2, strip_unit_text  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def cell_number(c, locale, unit=None):
    """Decimal value of a cell in percent points; None if empty/'-'."""
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        raise ValueError("bool")
    if isinstance(v, (int, float)):
        x = D(repr(v)) if isinstance(v, float) else D(v)
        if "%" in (c.number_format or ""):
            x = x * 100
        return x
    s = str(v).strip()
    if s in ("-", ""):
        return None
    return parse_text_number(strip_unit_text(s, unit), locale)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    a, b = D(a), D(b)
    return abs(a - b) <= D("1e-7")  # absolute: rupiah must match to the unit


def money(c, locale):
    v = c.value
    if isinstance(v, (int, float)):
        return D(repr(v)) if isinstance(v, float) else D(v)
    s = str(v)
    for tag in ("Rp.", "Rp"):
        if tag in s:
            s = s.split(tag, 1)[1]
            break
    s = s.replace(",-", "").strip()
    return parse_text_number(s, locale)


def numlike(c, locale):
    try:
        return cell_number(c, locale) is not None
    except Exception:
        return False


def open_books(folder, files, tmp):
    books = {}
    for fn in files:
        path = os.path.join(ROOT, folder, fn)
        if not os.path.exists(path):
            err("%s/%s: missing" % (folder, fn))
            continue
        if fn.endswith(".xlsx"):
            x = path
        else:
            x = lo_convert(path, os.path.join(tmp, folder, fn.replace(".", "_")), "xlsx")
        books[fn] = (openpyxl.load_workbook(x, data_only=True), openpyxl.load_workbook(x, data_only=False))
    return books


def check_files(folder, key, layout, tmp):
    files = sorted({r["file"] for r in key["rows"]})
    on_disk = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, folder, "*"))
                     if not p.endswith("key.json"))
    if files != on_disk:
        err("%s: files in key %s != files on disk %s" % (folder, files, on_disk))
    books = open_books(folder, files, tmp)
    by_sheet = {}
    for r in key["rows"]:
        by_sheet.setdefault((r["file"], r["sheet"]), []).append(r)
    for (fn, sh), rows in by_sheet.items():
        if fn not in books:
            continue
        wbv, wbf = books[fn]
        lay = layout[fn + "|" + sh]
        if sh not in wbv.sheetnames:
            err("%s/%s: no sheet %r (%s)" % (folder, fn, sh, wbv.sheetnames))
            continue
        ws, wf = wbv[sh], wbf[sh]
        loc = lay["locale"]
        where = "%s/%s[%s]" % (folder, fn, sh)
        # the year must be in the sheet title or name
        year = rows[0]["year"]
        head = " ".join(str(ws.cell(r, c).value or "") for r in range(1, 5) for c in range(1, 3))
        if str(year) not in head and str(year) not in sh:
            err("%s: year %d neither in title nor sheet name" % (where, year))
        keyed = set()
        for k in rows:
            rr = k["row"]
            keyed.add(rr)
            tag = "%s row %d (%s)" % (where, rr, k["id"])
            if k["year"] != year:
                err(tag + ": mixed years in one sheet")
            name = ws[lay["name"] + str(rr)].value
            if name != k["written"]:
                err(tag + ": name %r != key %r" % (name, k["written"]))
            tc = ws[lay["target"] + str(rr)]
            rc = ws[lay["realisasi"] + str(rr)]
            if lay["unit"]:
                u = ws[lay["unit"] + str(rr)].value
                if u != k["unit"]:
                    err(tag + ": unit %r != key %r" % (u, k["unit"]))
            else:
                for cc in (tc, rc):
                    for tok in k["unit"].split():
                        if tok not in str(cc.value):
                            err(tag + ": unit token %r not in %r" % (tok, cc.value))
            try:
                t = cell_number(tc, loc, k["unit"] if not lay["unit"] else None)
                re_ = cell_number(rc, loc, k["unit"] if not lay["unit"] else None)
            except ValueError as e:
                err(tag + ": " + str(e))
                continue
            if not same(t, k["target"]):
                err(tag + ": target %s != key %s" % (t, k["target"]))
            if not same(re_, k["realisasi"]):
                err(tag + ": realisasi %s != key %s" % (re_, k["realisasi"]))
            if lay["ta"]:
                ta = cell_number(ws[lay["ta"] + str(rr)], loc)
                if not same(ta, k["target_akhir"]):
                    err(tag + ": target akhir %s != key %s" % (ta, k["target_akhir"]))
            elif k["target_akhir"] is not None:
                err(tag + ": key has target_akhir but the layout has no such column")
            # capaian as stated in the file
            neg = bool(lay["sifat"]) and ws[lay["sifat"] + str(rr)].value == "Negatif"
            want = r2(capaian(k["target"], k["realisasi"], neg))
            got = cell_number(ws[lay["cap"] + str(rr)], loc)
            if got is None or r2(got) != want:
                err(tag + ": capaian %s != recomputed %s" % (got, want))
        # completeness: every indicator-like row is keyed
        for rr in range(1, ws.max_row + 1):
            nm = ws[lay["name"] + str(rr)].value
            if isinstance(nm, str) and (nm.strip() == ":" or "anggaran" in nm.lower()):
                continue  # the budget lines under the table (label in the name column)
            if nm and numlike(ws[lay["target"] + str(rr)], loc) and rr not in keyed:
                err("%s row %d: indicator-like row %r not in key" % (where, rr, nm))
        # formulas carry cached values
        for row in wf.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    cv = ws[c.coordinate].value
                    if cv is None or (isinstance(cv, str) and cv.startswith("#")):
                        err("%s %s: formula %s has no cached value (%r)" % (where, c.coordinate, c.value, cv))
        # budget
        b = key["budget"][str(year)]
        try:
            a = money(ws[lay["budget"]["anggaran"]], loc)
            rz = money(ws[lay["budget"]["realisasi"]], loc)
        except Exception as e:
            err("%s: budget unreadable: %s" % (where, e))
            continue
        if not same(a, b["anggaran"]):
            err("%s: anggaran %s != key %s" % (where, a, b["anggaran"]))
        if not same(rz, b["realisasi"]):
            err("%s: realisasi anggaran %s != key %s" % (where, rz, b["realisasi"]))
    years_in_rows = sorted({r["year"] for r in key["rows"]})
    if years_in_rows != key["years"] or sorted(key["budget"]) != [str(y) for y in key["years"]]:
        err("%s: years / budget years disagree with the rows" % folder)


# --------------------------------------------------------------- logic of the findings
UNIT_SAME = {
    "%": "%", "persen": "%", "persen (%)": "%",
    "orang": "orang", "org": "orang",
    "m": "m", "meter": "m",
    "per 100.000 kh": "per100k", "per 100.000 kelahiran hidup": "per100k",
}
NOT_COUNT = {"%", "nilai", "per100k", "rp. (juta)"}
# The one documented exception: a yearly flow whose targets rise (see README, traps).
FLOW_EXCEPTIONS = {("Y103", "plut", 2023)}


def norm_unit(u):
    u = u.strip().lower()
    return UNIT_SAME.get(u, u)


def derive(key):
    years = key["years"]
    ser = {}
    for r in key["rows"]:
        ser.setdefault(r["id"], {})[r["year"]] = r
    found = set()
    for iid, s in ser.items():
        ys = sorted(s)
        # Y104 appear / disappear
        if ys[0] != years[0]:
            found.add(("Y104", iid, ys[0]))
        if ys[-1] != years[-1]:
            found.add(("Y104", iid, ys[-1] + 1))
        if ys != list(range(ys[0], ys[-1] + 1)):
            err("%s: gap inside the years" % iid)
        for a, b in zip(ys, ys[1:]):
            if norm_unit(s[a]["unit"]) != norm_unit(s[b]["unit"]):
                found.add(("Y101", iid, b))
            ta_a, ta_b = s[a]["target_akhir"], s[b]["target_akhir"]
            if ta_a is not None and ta_b is not None and D(ta_a) != D(ta_b):
                found.add(("Y105", iid, b))
        # Y102: a target >= 1000x (or <= 1/1000) EVERY other year's target in the same unit
        for y in ys:
            others = [D(s[o]["target"]) for o in ys if o != y
                      and norm_unit(s[o]["unit"]) == norm_unit(s[y]["unit"]) and D(s[o]["target"]) > 0]
            t = D(s[y]["target"])
            if others and t > 0 and (all(t / o >= 1000 for o in others) or all(o / t >= 1000 for o in others)):
                found.add(("Y102", iid, y))
            # guard: nothing between 100x and 1000x (so no expectation is a matter of threshold)
            for o in others:
                q = max(t / o, o / t)
                if D(100) < q < D(1000):
                    err("%s %d: target ratio %s sits between 100 and 1000" % (iid, y, q))
        # Y103: count (not a percentage/index/rupiah), same unit all years, targets strictly rising,
        # realisasi falls
        units = {norm_unit(s[y]["unit"]) for y in ys}
        if len(units) == 1 and units.pop() not in NOT_COUNT and len(ys) >= 3:
            ts = [D(s[y]["target"]) for y in ys]
            if all(b > a for a, b in zip(ts, ts[1:])):
                for a, b in zip(ys, ys[1:]):
                    if D(s[b]["realisasi"]) < D(s[a]["realisasi"]):
                        found.add(("Y103", iid, b))
    return found


def check_logic(folder, key):
    exp = {(e["code"], e["id"], e["year"]) for e in key["expected"]}
    traps = {(t["code"], t["id"], t["year"]) for t in key["traps"]}
    ids = {r["id"] for r in key["rows"]}
    for c, i, y in exp | traps:
        if i not in ids or y not in key["years"]:
            err("%s: finding/trap %s %s %s names no indicator/year of the key" % (folder, c, i, y))
    if exp & traps:
        err("%s: both expected and trap: %s" % (folder, exp & traps))
    found = derive(key)
    missing = exp - found
    extra = found - exp - FLOW_EXCEPTIONS
    if missing:
        err("%s: expected but not derivable from the key: %s" % (folder, sorted(missing)))
    if extra:
        err("%s: derivable but not expected: %s" % (folder, sorted(extra)))
    for fe in FLOW_EXCEPTIONS & found:
        if fe not in traps:
            err("%s: flow exception %s is not listed as a trap" % (folder, fe))


def main():
    layout = json.load(open(os.path.join(HERE, "layout.json"), encoding="utf-8"))
    tmp = tempfile.mkdtemp(prefix="b16chk_")
    n = dict(rows=0, exp=0, traps=0)
    try:
        for folder in sorted(layout):
            key = json.load(open(os.path.join(ROOT, folder, "key.json"), encoding="utf-8"))
            check_files(folder, key, layout[folder], tmp)
            check_logic(folder, key)
            n["rows"] += len(key["rows"])
            n["exp"] += len(key["expected"])
            n["traps"] += len(key["traps"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for e in ERR:
        print("FAIL:", e)
    print("%d rows, %d expected, %d traps; %d problem(s)" % (n["rows"], n["exp"], n["traps"], len(ERR)))
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
