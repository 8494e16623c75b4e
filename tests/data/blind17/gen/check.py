#!/usr/bin/env python3
"""Verify every key of blind17 against the produced files.

Re-reads each workbook (.xls/.ods are converted back to .xlsx in a temp dir with LibreOffice), then checks:
key shape; every indicator's target/realisasi against its cells; every manifest check (capaian, sums,
categories: the stated cell matches the recomputed value for clean/trap cells, and differs from `correct`
for mistakes, while `correct` equals the recomputation); hidden rows/columns; mistakes <-> checks.
Exit 0 and print OK when everything holds.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal as D

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from common import q, cat  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def parse_text(s):
    s = s.strip()
    if s in ("-", "–"):
        return D(0)
    t = re.sub(r"(?i)rp\.?", "", s)
    t = re.sub(r"[^0-9.,\-]", "", t).strip(".")
    if not t or not re.search(r"\d", t):
        raise ValueError(f"not a number: {s!r}")
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".")
    elif "," in t:
        t = t.replace(",", ".")
    elif "." in t:
        parts = t.split(".")
        if all(len(p) == 3 for p in parts[1:]) and len(parts) >= 2:
            t = t.replace(".", "")
    return D(t)


def cell_value(ws, ref):
    c = ws[ref]
    v = c.value
    if v is None:
        raise ValueError(f"{ws.title}!{ref} is empty")
    if isinstance(v, bool):
        raise ValueError(f"{ws.title}!{ref} is boolean")
    if isinstance(v, (int, float)):
        x = D(repr(float(v))) if isinstance(v, float) else D(v)
        if "%" in (c.number_format or ""):
            x = x * 100
        return x
    return parse_text(str(v))


def matches(stated, exact):
    if stated == exact:
        return True
    n = stated.normalize()
    dec = max(0, -n.as_tuple().exponent)
    if dec <= 2:
        return q(exact, dec) == stated
    return abs(stated - exact) <= abs(exact) * D("1e-12") + D("1e-12")


def convert_all(paths, tmp):
    prof = "file://" + os.path.join(tmp, "lo_profile")
    outdir = os.path.join(tmp, "x")
    os.makedirs(outdir, exist_ok=True)
    if paths:
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "xlsx",
                        "--outdir", outdir] + paths, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return outdir


KEY_FIELDS = {"file", "verdict_any_of", "layout", "mistakes", "traps", "clean_rows", "indicators"}
VERDICTS = {"pass", "pass_with_warnings", "fail", "unreadable"}


def main():
    manifest = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    tmp = tempfile.mkdtemp(prefix="blind17chk_")
    try:
        conv = [os.path.join(OUT, m["file"]) for m in manifest if not m["file"].endswith(".xlsx")]
        outdir = convert_all(conv, tmp)
        files_on_disk = sorted(fn for fn in os.listdir(OUT) if fn.endswith((".xlsx", ".xls", ".ods")))
        if sorted(m["file"] for m in manifest) != files_on_disk:
            err(f"files on disk {files_on_disk} differ from manifest")
        nm = nt = nc = ni = 0
        for m in manifest:
            fn = m["file"]
            base = os.path.splitext(fn)[0]
            path = os.path.join(OUT, fn) if fn.endswith(".xlsx") else os.path.join(outdir, base + ".xlsx")
            wb = openpyxl.load_workbook(path, data_only=True)
            key = json.load(open(os.path.join(OUT, base + ".key.json"), encoding="utf-8"))
            # shape
            if set(key) != KEY_FIELDS:
                err(f"{fn}: key fields {sorted(key)}")
            if key["file"] != fn:
                err(f"{fn}: key file name {key['file']}")
            if not key["verdict_any_of"] or not set(key["verdict_any_of"]) <= VERDICTS:
                err(f"{fn}: verdicts {key['verdict_any_of']}")
            for x in key["mistakes"]:
                if set(x) != {"sheet", "row", "cell", "kind", "correct", "note"}:
                    err(f"{fn}: mistake fields {sorted(x)}")
                if x["correct"] is not None and not isinstance(x["correct"], str):
                    err(f"{fn}: correct not a string")
                if x["sheet"] not in wb.sheetnames:
                    err(f"{fn}: sheet {x['sheet']} missing")
                if int(re.sub(r"\D", "", x["cell"])) != x["row"]:
                    err(f"{fn}: row/cell mismatch {x}")
            for x in key["traps"]:
                if set(x) != {"sheet", "row", "cell", "kind", "note"} or x["sheet"] not in wb.sheetnames:
                    err(f"{fn}: trap {x}")
            for x in key["indicators"]:
                if set(x) != {"sheet", "row", "name", "target", "realisasi", "note"}:
                    err(f"{fn}: indicator fields {sorted(x)}")
                for k in ("target", "realisasi"):
                    if x[k] is not None:
                        D(x[k])
                        if not re.fullmatch(r"-?\d+(\.\d+)?", x[k]):
                            err(f"{fn}: not a plain decimal {x[k]}")
            v = key["verdict_any_of"]
            if v == ["fail"] and not key["mistakes"]:
                err(f"{fn}: fail without mistakes")
            if "fail" not in v and key["mistakes"]:
                err(f"{fn}: mistakes in a non-fail file")
            if "unreadable" in v and (key["indicators"] or key["mistakes"] or key["traps"] or key["clean_rows"]):
                err(f"{fn}: non-table with entries")
            indrows = {(x["sheet"], x["row"]) for x in key["indicators"]}
            for x in key["clean_rows"]:
                if (x["sheet"], x["row"]) not in indrows:
                    err(f"{fn}: clean row {x} is not an indicator row")
            mrows = {(x["sheet"], x["row"]) for x in key["mistakes"]}
            for x in key["clean_rows"]:
                if (x["sheet"], x["row"]) in mrows:
                    err(f"{fn}: clean row {x} holds a mistake")
            # indicators vs cells
            if len(m["indcells"]) != len(key["indicators"]):
                err(f"{fn}: indicator count")
            for ic, ki in zip(m["indcells"], key["indicators"]):
                ws = wb[ic["sheet"]]
                for cref, kv in ((ic["tcell"], ki["target"]), (ic["rcell"], ki["realisasi"])):
                    try:
                        if kv is None:
                            if not isinstance(ws[cref].value, str):
                                err(f"{fn}: {cref} expected text (grade/qualitative)")
                        elif cell_value(ws, cref) != D(kv):
                            err(f"{fn}: {ic['sheet']}!{cref} = {cell_value(ws, cref)} but key says {kv}")
                    except ValueError as e:
                        err(f"{fn}: {e}")
            # checks
            mcells = {(x["sheet"], x["cell"]) for x in key["mistakes"]}
            ccells = {(c["sheet"], c["cell"]) for c in m["checks"] if c["role"] == "mistake"}
            if mcells != ccells:
                err(f"{fn}: mistakes without checks: {mcells ^ ccells}")
            kmist = {(x["sheet"], x["cell"]): x for x in key["mistakes"]}
            for c in m["checks"]:
                ws = wb[c["sheet"]]
                env = {"V": lambda r, ws=ws: cell_value(ws, r), "CAT": cat, "Q": q,
                       "MIN100": lambda x: min(D(100), x), "D": D}
                where = f"{fn}: {c['sheet']}!{c['cell']}"
                try:
                    exact = eval(c["expr"], env)
                    raw = ws[c["cell"]].value
                    if c["mode"] == "num":
                        stated = cell_value(ws, c["cell"])
                        if c["role"] == "ok":
                            if not matches(stated, exact):
                                err(f"{where}: stated {stated} vs exact {exact}")
                        else:
                            corr = kmist[(c["sheet"], c["cell"])]["correct"]
                            if corr is None or q(exact) != D(corr):
                                err(f"{where}: correct {corr} vs recomputed {q(exact)}")
                            if matches(stated, exact):
                                err(f"{where}: planted value {stated} is not wrong")
                    elif c["mode"] == "cat":
                        if c["role"] == "ok":
                            if raw != exact:
                                err(f"{where}: category {raw} vs {exact}")
                        else:
                            corr = kmist[(c["sheet"], c["cell"])]["correct"]
                            if corr != exact or raw == exact:
                                err(f"{where}: category mistake {raw} / {corr} / {exact}")
                    elif c["mode"] == "zero":
                        if exact != 0:
                            err(f"{where}: target not zero")
                        stated = cell_value(ws, c["cell"])
                        if str(raw).strip() == "-":
                            err(f"{where}: zero-target capaian is a dash, not a number")
                        if kmist[(c["sheet"], c["cell"])]["correct"] is not None:
                            err(f"{where}: correct must be null")
                    elif c["mode"] == "dash":
                        if exact != 0 or str(raw).strip() != "-":
                            err(f"{where}: dash trap {raw} / {exact}")
                    else:
                        err(f"{where}: unknown mode")
                except Exception as e:  # noqa: BLE001
                    err(f"{where}: {type(e).__name__}: {e}")
            # hidden
            for h in m["hidden"]:
                ws = wb[h["sheet"]]
                if "col" in h and not ws.column_dimensions[h["col"]].hidden:
                    err(f"{fn}: column {h['col']} not hidden")
                if "row" in h and not ws.row_dimensions[h["row"]].hidden:
                    err(f"{fn}: row {h['row']} not hidden")
            nm += len(key["mistakes"]); nt += len(key["traps"]); nc += len(key["clean_rows"]); ni += len(key["indicators"])
        nfiles = len(manifest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if ERR:
        print("\n".join(ERR))
        print(f"FAILED: {len(ERR)} problem(s)")
        sys.exit(1)
    print(f"OK: {nfiles} files, {nm} mistakes, {nt} traps, {nc} clean rows, {ni} indicators verified")


if __name__ == "__main__":
    main()
