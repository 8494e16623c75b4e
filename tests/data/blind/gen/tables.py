"""Annual Pengukuran Kinerja table and quarterly Rencana Aksi table writers."""
from openpyxl.styles import Alignment, Font
from common import (BOX, CENTER, LEFT, TOPLEFT, BOLD, rnd, id_num, capaian, set_widths,
                    write_header, merge_title, signature, rng_for)
from openpyxl.utils import get_column_letter

WIDTH = {"no": 5, "sasaran": 34, "ind": 46, "sat": 12, "pol": 10, "tgt": 12, "real": 12,
         "real_prev": 12, "tgt_unit": 11, "real_unit": 11, "cap": 11, "ket": 18, "renstra": 13,
         "pj": 22, "real_year": 12}


def fit_heights(ws, r0, r1, c0, c1):
    """give wrapped rows a height that shows their text (as a typist would drag them)"""
    import math
    for r in range(r0, r1 + 1):
        lines = 1
        for c in range(c0, c1 + 1):
            v = ws.cell(r, c).value
            if isinstance(v, str) and not v.startswith("="):
                w = ws.column_dimensions[get_column_letter(c)].width or 10
                lines = max(lines, math.ceil(len(v) * 1.1 / max(w - 1, 1)))
        if lines > 1:
            ws.row_dimensions[r].height = 13 * lines


def _numfmt(dec):
    return "#,##0" if dec == 0 else "#,##0." + "0" * dec


def _put_value(cell, v, dec, as_text, suffix="", fmt=None):
    if v is None:
        cell.value = "-"
        cell.alignment = CENTER
        return
    if as_text:
        cell.value = fmt(v) if fmt else id_num(v, dec) + suffix
        cell.alignment = Alignment(horizontal="right", vertical="center")
    else:
        cell.value = v
        cell.number_format = _numfmt(dec)
        cell.alignment = Alignment(horizontal="right", vertical="center")


def _fmt(spec, iid, dec, suffix=""):
    """custom text for a value typed as text: per-indicator formatter, or trimmed decimals ("85,5", "52")"""
    f = spec.get("text_fmt", {}).get(iid)
    if f is None and spec.get("text_trim"):
        def f(v):
            t = id_num(v, dec)
            if "," in t:
                t = t.rstrip("0").rstrip(",")
            return t + suffix
    return f


def _text_pred(spec, kind):
    p = spec.get("text", {}).get(kind)
    if p is None:
        return lambda ind: False
    if p is True:
        return lambda ind: True
    return p


def write_table_top(ws, spec, ncols):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4 if not spec.get("folio") else 14
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    c0 = spec.get("start_col", 1)
    c1 = c0 + ncols - 1
    r = spec.get("title_row", 1)
    for t in spec.get("titles", []):
        merge_title(ws, r, t, c0, c1)
        r += 1
    for t in spec.get("info", []):
        merge_title(ws, r, t, c0, c0 + 2, bold=False, align=LEFT)
        r += 1
    return r


def write_footer(ws, spec, row, ncols):
    c0 = spec.get("start_col", 1)
    row += 1
    for ln in spec.get("footer", []):
        if ln is not None:
            merge_title(ws, row, ln, c0, c0 + min(3, ncols - 1), bold=False, align=LEFT)
        row += 1
    sig = spec.get("signature")
    if sig:
        row += 1
        sc = c0 + max(ncols - 3, 1)
        row = signature(ws, row, sc, sig, width=3)
    return row


def write_annual(ws, spec, inds, year, groups, fname, sheet):
    cols = spec["cols"]
    c0 = spec.get("start_col", 1)
    ncols = len(cols)
    kidx = {c["kind"]: c0 + i for i, c in enumerate(cols)}
    write_table_top(ws, spec, ncols)
    hr = spec["header_row"]
    nh = write_header(ws, cols, hr, c0)
    row = hr + nh
    if spec.get("numbering"):
        style = spec["numbering"]
        k = 0
        i = 0
        while i < ncols:
            k += 1
            lab = f"({k})" if style == "paren" else k
            j = i
            while j + 1 < ncols and cols[j + 1]["kind"].endswith("_unit"):
                j += 1
            ws.cell(row, c0 + i, lab)
            for cc in range(c0 + i, c0 + j + 1):
                ws.cell(row, cc).border = BOX
                ws.cell(row, cc).alignment = CENTER
                ws.cell(row, cc).font = Font(italic=True, size=9)
            if j > i:
                ws.merge_cells(start_row=row, start_column=c0 + i, end_row=row, end_column=c0 + j)
            i = j + 1
        row += 1
    mode = spec.get("sasaran_mode", "merge")
    shifted = spec.get("shifted", set())
    txt = {k: _text_pred(spec, k) for k in ("tgt", "real", "real_prev", "renstra", "cap")}
    suffix = spec.get("text_pct_suffix", "")
    keyrows = []
    no = 0
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    for gi, (sas, ids) in enumerate(groups):
        if mode == "section":
            lab = spec.get("section_fmt", "Sasaran {n} : {s}").format(n=gi + 1, s=sas)
            if "no" in kidx:
                ws.cell(row, kidx["no"], roman[gi]).font = BOLD
                ws.cell(row, kidx["no"]).alignment = CENTER
                ws.cell(row, kidx["no"]).border = BOX
                merge_title(ws, row, lab, kidx["no"] + 1, c0 + ncols - 1, align=LEFT)
            else:
                merge_title(ws, row, lab, c0, c0 + ncols - 1, align=LEFT)
            for cc in range(c0, c0 + ncols):
                ws.cell(row, cc).border = BOX
            row += 1
        grow0 = row
        for ii, iid in enumerate(ids):
            ind = inds[iid]
            name = ind.names[year]
            unit = ind.unit_for(year)
            t, r = ind.tgt[year], ind.real[year]
            no += 1
            for cc in range(c0, c0 + ncols):
                ws.cell(row, cc).border = BOX
            for col in cols:
                k = col["kind"]
                cell = ws.cell(row, kidx[k])
                if k == "no":
                    cell.value = f"{no}." if spec.get("no_style") == "dot" else no
                    cell.alignment = Alignment(horizontal="center", vertical="top")
                elif k == "sasaran":
                    if iid in shifted:
                        cell.value = name
                        cell.alignment = TOPLEFT
                    elif mode == "repeat" or (ii == 0 and mode in ("merge", "first")):
                        cell.value = sas
                        cell.alignment = TOPLEFT
                elif k == "ind":
                    if iid not in shifted:
                        cell.value = name
                    cell.alignment = LEFT
                elif k in ("sat", "tgt_unit", "real_unit"):
                    cell.value = unit
                    cell.alignment = CENTER
                elif k == "pol":
                    pv = spec.get("pol_words", ("Positif", "Negatif"))
                    cell.value = pv[0] if ind.pol == "+" else pv[1]
                    cell.alignment = CENTER
                elif k == "tgt":
                    _put_value(cell, t, ind.dec, txt["tgt"](ind), suffix if unit == "%" else "",
                               _fmt(spec, iid, ind.dec, suffix if unit == "%" else ""))
                elif k == "real":
                    _put_value(cell, r, ind.dec, txt["real"](ind), suffix if unit == "%" else "",
                               _fmt(spec, iid, ind.dec, suffix if unit == "%" else ""))
                elif k == "real_prev":
                    pv = ind.real.get(year - 1, getattr(ind, "prev", {}).get(year - 1))
                    _put_value(cell, pv, ind.dec, txt["real_prev"](ind), suffix if unit == "%" else "")
                elif k == "renstra":
                    _put_value(cell, ind.renstra, ind.dec, txt["renstra"](ind))
                elif k == "cap":
                    cv = spec.get("cap_wrong", {}).get(iid)
                    if cv is None:
                        cv = capaian(t, r, ind.pol)
                        cv = rnd(cv, spec.get("cap_dec", 2)) if cv is not None else None
                    cm = spec.get("cap", "num")
                    if cm == "formula" and iid not in spec.get("cap_wrong", {}):
                        tl = f"{get_column_letter(kidx['tgt'])}{row}"
                        rl = f"{get_column_letter(kidx['real'])}{row}"
                        if ind.pol == "-":
                            cell.value = f"=ROUND((2*{tl}-{rl})/{tl}*100,2)"
                        else:
                            cell.value = f"=ROUND({rl}/{tl}*100,2)"
                        cell.number_format = "0.00"
                    elif cm == "fraction":
                        cell.value = round(cv / 100, 6)
                        cell.number_format = "0.00%"
                    else:
                        _put_value(cell, cv, spec.get("cap_dec", 2), txt["cap"](ind))
                elif k == "ket":
                    cv = capaian(t, r, ind.pol)
                    kt = spec.get("ket", {}).get(iid)
                    if kt is None and spec.get("ket_auto"):
                        kt = "Tercapai" if cv >= 100 else "Tidak tercapai"
                    cell.value = kt
                    cell.alignment = LEFT
            keyrows.append({"file": fname, "sheet": sheet, "row": row, "year": year,
                            "written": name, "same_as": iid, "target": t, "realisasi": r})
            row += 1
        last = row - 1
        if mode == "merge" and "sasaran" in kidx:
            end = last
            while end >= grow0 and ids[end - grow0] in shifted:
                end -= 1
            if end > grow0:
                ws.merge_cells(start_row=grow0, start_column=kidx["sasaran"], end_row=end,
                               end_column=kidx["sasaran"])
    set_widths(ws, [WIDTH.get(c["kind"], 12) for c in cols], c0)
    if c0 > 1:
        set_widths(ws, [3] * (c0 - 1), 1)
    fit_heights(ws, hr + nh, row - 1, c0, c0 + ncols - 1)
    write_footer(ws, spec, row, ncols)
    return keyrows


# ---------------------------------------------------------------- Rencana Aksi (quarterly)

def quarters(ind, year, override=None):
    """quarter targets and realisasi (as written) and year-end realisasi."""
    T, R, d = ind.tgt[year], ind.real[year], ind.dec
    st = (override or {}).get(ind.id, ind.qstyle)
    g = rng_for("q", ind.id, year)
    if st == "perq":
        tq = [rnd(T / 4, d)] * 4
        base = [rnd(R / 4, d)] * 3
        rq = base + [rnd(R - sum(base), d)]
        return tq, rq, R
    if st == "cum":
        fs = [0.25, 0.5, 0.75, 1.0]
    elif st == "rate":
        fs = [0.9, 0.94, 0.97, 1.0]
    else:  # stock: same target all year
        fs = [1.0, 1.0, 1.0, 1.0]
    tq = [rnd(T * f, d) for f in fs]
    rq = []
    for q, f in enumerate(fs):
        if q == 3:
            rq.append(R)
        else:
            rq.append(rnd(R * f * g.uniform(0.96, 1.02), d))
    for q in range(1, 4):  # cumulative realisasi never decreases
        if rq[q] < rq[q - 1]:
            rq[q - 1] = rq[q]
    return tq, rq, R


def write_ra(ws, spec, inds, year, groups, fname, sheet):
    cols = spec["cols"]
    c0 = spec.get("start_col", 1)
    ncols = len(cols)
    kidx = {c["kind"]: c0 + i for i, c in enumerate(cols)}
    write_table_top(ws, spec, ncols)
    hr = spec["header_row"]
    nh = write_header(ws, cols, hr, c0)
    row = hr + nh
    if spec.get("numbering"):
        for i in range(ncols):
            c = ws.cell(row, c0 + i, i + 1)
            c.border, c.alignment, c.font = BOX, CENTER, Font(italic=True, size=9)
        row += 1
    shifted = spec.get("shifted", set())
    txt = {k: _text_pred(spec, k) for k in ("tgt", "tw", "real_year")}
    keyrows = []
    no = 0
    for gi, (sas, ids) in enumerate(groups):
        grow0 = row
        for ii, iid in enumerate(ids):
            ind = inds[iid]
            name = ind.names[year]
            unit = ind.unit_for(year)
            tq, rq, R = quarters(ind, year, spec.get("qstyle"))
            T = ind.tgt[year]
            no += 1
            for cc in range(c0, c0 + ncols):
                ws.cell(row, cc).border = BOX
            for col in cols:
                k = col["kind"]
                cell = ws.cell(row, kidx[k])
                if k == "no":
                    cell.value = no
                    cell.alignment = Alignment(horizontal="center", vertical="top")
                elif k == "sasaran":
                    if iid in shifted:
                        cell.value = name
                    elif ii == 0:
                        cell.value = sas
                    cell.alignment = TOPLEFT
                elif k == "ind":
                    if iid not in shifted:
                        cell.value = name
                    cell.alignment = LEFT
                elif k == "sat":
                    cell.value = unit
                    cell.alignment = CENTER
                elif k == "tgt":
                    _put_value(cell, T, ind.dec, txt["tgt"](ind), spec.get("text_pct_suffix", "") if unit == "%" else "",
                               _fmt(spec, iid, ind.dec))
                elif k[:3] in ("twT", "twR", "twC"):
                    q = int(k[3]) - 1
                    if k.startswith("twT"):
                        _put_value(cell, tq[q], ind.dec, txt["tw"](ind), "", _fmt(spec, iid, ind.dec))
                    elif k.startswith("twR"):
                        if q == 3 and spec.get("tw4_blank_when_year_col"):
                            cell.value = None
                        else:
                            _put_value(cell, rq[q], ind.dec, txt["tw"](ind), "", _fmt(spec, iid, ind.dec))
                    else:
                        cv = capaian(tq[q], rq[q], ind.pol)
                        if cv is not None and spec.get("cap_max100"):
                            cv = min(cv, 100)
                        _put_value(cell, rnd(cv, 2) if cv is not None else None, 2, False)
                elif k == "real_year":
                    _put_value(cell, R, ind.dec, txt["real_year"](ind), "", _fmt(spec, iid, ind.dec))
                elif k == "cap":
                    cv = capaian(T, R, ind.pol)
                    if spec.get("cap_max100"):
                        cv = min(cv, 100)
                    _put_value(cell, rnd(cv, 2), 2, False)
                elif k == "pj":
                    cell.value = getattr(ind, "pj", "")
                    cell.alignment = LEFT
                elif k == "ket":
                    cell.value = spec.get("ket", {}).get(iid)
                    cell.alignment = LEFT
            keyrows.append({"file": fname, "sheet": sheet, "row": row, "year": year,
                            "written": name, "same_as": iid, "target": T, "realisasi": R})
            row += 1
        end = row - 1
        while end >= grow0 and ids[end - grow0] in shifted:
            end -= 1
        if "sasaran" in kidx and end > grow0:
            ws.merge_cells(start_row=grow0, start_column=kidx["sasaran"], end_row=end,
                           end_column=kidx["sasaran"])
    big = any(inds[i].unit == "Rp" for _, ids in groups for i in ids)
    nw = 17 if big else 9
    w = {"twT": nw, "twR": nw, "twC": 8, "tgt": nw + 2, "real_year": nw + 2, "pj": 28}
    set_widths(ws, [w.get(c["kind"][:3], w.get(c["kind"], WIDTH.get(c["kind"], 12))) for c in cols], c0)
    if c0 > 1:
        set_widths(ws, [3] * (c0 - 1), 1)
    fit_heights(ws, hr + nh, row - 1, c0, c0 + ncols - 1)
    write_footer(ws, spec, row, ncols)
    return keyrows
