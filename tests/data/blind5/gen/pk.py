"""Generic writer for annual Pengukuran Kinerja tables, driven by a spec dict (see build.py)."""
from decimal import Decimal as D
import openpyxl
from openpyxl.styles import Alignment
from lib import *

NEGLAB = {"2t-r": "(2 x target - realisasi) / target x 100", "t/r": "target / realisasi x 100",
          "t-r": "(target - realisasi) / target x 100"}


def keyval(s):
    """key value of a typed figure: plain decimal string ('24.220' -> '24220'), grades and '-' kept"""
    return s


def build_pk(spec):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    cols = spec["cols"]  # list of (key, header, width)
    ncol = len(cols)
    ci = {k: i + 1 for i, (k, h, w) in enumerate(cols)}
    CL = {k: L(v) for k, v in ci.items()}
    for i, (k, h, w) in enumerate(cols):
        ws.column_dimensions[L(i + 1)].width = w
    key = {"file": spec["file"], "sheet": spec["sheet"], "form": "pk", "year": spec["year"],
           "indicators": [], "mistakes": [], "traps": [], "clean_rows": []}
    row = 1
    for t in spec["title"]:
        if t:
            title(ws, row, t, ncol)
        row += 1
    row += spec.get("gap", 1)
    # header
    h1 = row
    hs = spec["header_style"]
    grp = spec.get("group")  # (label, [keys])
    if hs == 1:
        for k, h, w in cols:
            put(ws, row, ci[k], h, bold=True, align=CENTER)
        hl = row
    else:
        gkeys = grp[1]
        for k, h, w in cols:
            if k in gkeys:
                put(ws, row + 1, ci[k], h, bold=True, align=CENTER)
            else:
                put(ws, row, ci[k], h, bold=True, align=CENTER)
                ws.merge_cells(start_row=row, start_column=ci[k], end_row=row + 1, end_column=ci[k])
        put(ws, row, ci[gkeys[0]], grp[0], bold=True, align=CENTER)
        ws.merge_cells(start_row=row, start_column=ci[gkeys[0]], end_row=row, end_column=ci[gkeys[-1]])
        hl = row + 1
    row = hl + 1
    if spec.get("numbering"):
        for i in range(ncol):
            put(ws, row, i + 1, f"({i + 1})", align=CENTER)
        hl = row
        row += 1
    key["header_rows"] = [h1, hl]
    box(ws, h1, 1, hl, ncol)
    first = row
    mode = spec["pct_mode"]  # num | frac | text
    cap = spec.get("cap", False)
    neg = spec.get("neg")
    sas_mode = spec["sas_mode"]  # merge | once | section
    no = 0
    cur_sas = None
    sas_start = None
    merges = []
    rows = spec["rows"]
    for idx, rw in enumerate(rows):
        if "section" in rw:
            put(ws, row, 1, rw["section"], bold=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
            cur_sas = rw["sas"]
            key["clean_rows"].append(row)
            row += 1
            continue
        no += 1
        sas = rw.get("sas", cur_sas)
        new_group = sas != cur_sas
        if sas_mode == "merge":
            if new_group:
                if sas_start is not None and row - 1 > sas_start:
                    merges.append((sas_start, row - 1))
                sas_start = row
                put(ws, row, ci["sas"], sas, align=WRAP)
        elif sas_mode == "once":
            if new_group:
                put(ws, row, ci["sas"], sas, align=WRAP)
        cur_sas = sas
        pol = rw.get("pol", "positive")
        t, r = rw["t"], rw["r"]
        exact = capaian(t, r, pol, neg, cap)
        m = rw.get("mistake")
        trap = rw.get("trap")
        shift = 1 if (m and m["kind"] == "shifted-row") else 0
        # column positions for this row
        def col(k):
            c = ci[k]
            if shift and k not in ("no", "sas") and c >= ci["ind"]:
                c += 1
            return c
        if "no" in ci:
            put(ws, row, ci["no"], no, align=Alignment(horizontal="center", vertical="top"))
        put(ws, row, col("ind"), rw["ind"], align=WRAP)
        put(ws, row, col("sat"), rw["sat"])
        if "pol" in ci:
            put(ws, row, col("pol"), rw.get("pollab", spec["pollab"][pol]), align=Alignment(horizontal="center"))
        # target / realisasi cells
        tdisp = rw.get("t_disp")
        rdisp = rw.get("r_disp")
        for k, v, disp in (("t", t, tdisp), ("r", r, rdisp)):
            c = col(k)
            if disp is not None:
                put(ws, row, c, disp, align=Alignment(horizontal="right"))
            elif mode == "text":
                put(ws, row, c, v if v in GRADES or v == "-" else id_num(v, rw.get("dec")),
                    align=Alignment(horizontal="right"))
            elif v in GRADES or v == "-":
                put(ws, row, c, v, align=Alignment(horizontal="center"))
            else:
                put(ws, row, c, num(v), numfmt(v))
        # capaian cell
        ccol = col("c")
        how = rw.get("how", spec.get("default_how", "t"))
        written = rw.get("written")
        if written is None and exact is not None:
            written = r0(exact) if rw.get("whole") else r2(exact)
        tc, rc = L(col("t")), L(col("r"))
        if how == "f" and not shift:
            if rw.get("formula"):
                f = rw["formula"].format(r=row, n=row + 1, T=tc, R=rc)
            elif mode == "frac":
                f = f"=IF({rc}{row}/{tc}{row}>1,1,{rc}{row}/{tc}{row})" if cap else f"={rc}{row}/{tc}{row}"
            elif pol == "negative" and not rw.get("posformula"):
                f = {"2t-r": f"=(2*{tc}{row}-{rc}{row})/{tc}{row}*100", "t/r": f"={tc}{row}/{rc}{row}*100",
                     "t-r": f"=({tc}{row}-{rc}{row})/{tc}{row}*100"}[neg]
            else:
                f = f"={rc}{row}/{tc}{row}*100"
            put(ws, row, ccol, f, "0.00%" if mode == "frac" else "0.00")
        else:
            wv = rw.get("c_disp")
            if wv is not None:
                put(ws, row, ccol, wv, align=Alignment(horizontal="right"))
            elif mode == "text":
                put(ws, row, ccol, id_num(written, 0 if rw.get("whole") else 2), align=Alignment(horizontal="right"))
            elif mode == "frac":
                put(ws, row, ccol, float(D(written) / 100), "0.00%")
            else:
                fm = "0" if rw.get("whole") else rw.get("cfmt", "0.00")
                put(ws, row, ccol, num(written), fm)
        for k, v in rw.get("extra", {}).items():
            put(ws, row, col(k), v, align=WRAP)
        # key
        cw = rw.get("c_key")
        if cw is None:
            cw = plain(D(written)) if written is not None else None
        ent = {"row": row, "sasaran": sas, "indikator": rw["ind"], "satuan": rw["sat"],
               "target": rw.get("t_key", t.replace(",", "") if isinstance(t, str) else plain(t)),
               "realisasi": rw.get("r_key", r),
               "capaian_written": cw,
               "polarity": pol, "negative_formula": neg if pol == "negative" else None}
        key["indicators"].append(ent)
        if m:
            mm = {"row": row, "cell": m.get("cell") or f"{L(m.get('col') and ci[m['col']] or ccol)}{row}",
                  "kind": m["kind"], "correct": m.get("correct", plain(r2(exact)) if exact is not None else None),
                  "note": m["note"], "shows": m.get("shows", plain(D(written)) if written is not None else None)}
            key["mistakes"].append(mm)
        else:
            key["clean_rows"].append(row)
        if trap:
            key["traps"].append({"row": row, "cell": (trap.get("cell") or f"{L(ccol)}{row}").format(row=row), "kind": trap["kind"],
                                 "note": trap["note"]})
        row += 1
    if sas_mode == "merge" and sas_start is not None and row - 1 > sas_start:
        merges.append((sas_start, row - 1))
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=ci["sas"], end_row=b, end_column=ci["sas"])
        ws.cell(a, ci["sas"]).alignment = WRAP
    last = row - 1
    key["data_rows"] = [first, last]
    box(ws, first, 1, last, ncol)
    row += 1
    # budget block
    for item in spec.get("budget", []):
        lab, val = item[0], item[1]
        fmt = item[2] if len(item) > 2 else None
        put(ws, row, 2, lab, bold=True)
        if isinstance(val, str) and val.startswith("="):
            put(ws, row, item[3] if len(item) > 3 else 4, val.format(r=row, p=row - 1, pp=row - 2), fmt)
        else:
            put(ws, row, item[3] if len(item) > 3 else 4, val, fmt)
        spec.setdefault("_budget_rows", []).append(row)
        row += 1
    row += 1
    sigc = spec.get("sigcol", max(2, ncol - 3))
    for s in spec["signature"]:
        if s:
            put(ws, row, sigc, s, bold=s.isupper(), align=Alignment(horizontal="left"))
        spec.setdefault("_sig_rows", []).append(row)
        row += 1
    for m in spec.get("extra_mistakes", []):
        key["mistakes"].append(m(spec))
    return wb, key
