"""Writes a Pengukuran Kinerja table and records what was planted in each row."""
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font

from common import (BOX, BOLD, CENTER, HEAD_FILL, WRAP, D, q, trunc, exact_capaian, parse_num, col)

DEC = {"general": 2, "fmt00": 2, "fmt0": 1, "text": 2, "fraction": 4}
NUMFMT = {"general": "General", "fmt00": "0.00", "fmt0": "0.0", "text": "@", "fraction": "0.00%"}
KEYSTYLE = {"general": "number", "fmt00": "number", "fmt0": "number", "text": "text", "fraction": "fraction"}


def R(sas, ind, sat, neg, t, r, mode="ok", *args, note=None, comment=None, why=None):
    return dict(sas=sas, ind=ind, sat=sat, neg=neg, t=t, r=r, mode=mode, args=args, note=note,
                comment=comment, why=why)


def num(d):
    d = D(d)
    return int(d) if d == d.to_integral_value() else float(d)


def styled(p, style):
    """Percent value p (Decimal, percent points) as the cell should hold it in this style."""
    if style == "text":
        return str(q(p, 2)).replace(".", ",")
    if style == "fraction":
        return num(q(p / 100, 4))
    return num(q(p, DEC[style]))


def key_str(p, style):
    if style == "text":
        return str(q(p, 2)).replace(".", ",")
    if style == "fraction":
        return str(q(p / 100, 4))
    return str(q(p, DEC[style]))


def shown(v):
    if v is None:
        return None
    if isinstance(v, str):
        return v
    return repr(v) if isinstance(v, float) else str(v)


def stated_pct(v, style):
    """The typed value as percent points (Decimal) and its precision in percent decimals."""
    if isinstance(v, str):
        s = v.replace(",", ".")
        dv = D(s)
    else:
        dv = D(repr(v)) if isinstance(v, float) else D(v)
    dec = max(0, -dv.as_tuple().exponent)
    if style == "fraction":
        return dv * 100, max(0, dec - 2)
    return dv, dec


def is_right(v, exact, style):
    sp, dec = stated_pct(v, style)
    return q(exact, dec) == sp


def formula_ok(L, row, neg):
    c = L["cols"]
    t, r = f"{c['t']}{row}", f"{c['r']}{row}"
    mult = "" if L["style"] == "fraction" else "*100"
    if neg:
        return f"=(2*{t}-{r})/{t}{mult}"
    return f"={r}/{t}{mult}"


def write_rows(ws, L, rows, variant, polarity_labels):
    """variant 'ship' (with mistakes) or 'after' (fixables corrected). Returns records."""
    c = L["cols"]
    style = L["style"]
    first = L["first"]
    recs = []
    prev_sas, sas_start = None, first
    nfmt = NUMFMT[style]
    for i, row_spec in enumerate(rows):
        row = first + i
        ws[f"{c['no']}{row}"] = i + 1
        ws[f"{c['ind']}{row}"] = row_spec["ind"]
        ws[f"{c['sat']}{row}"] = row_spec["sat"]
        ws[f"{c['pol']}{row}"] = polarity_labels[1] if row_spec["neg"] else polarity_labels[0]
        ws[f"{c['t']}{row}"] = row_spec["t"]
        ws[f"{c['r']}{row}"] = row_spec["r"]
        if row_spec["sas"] != prev_sas:
            if prev_sas is not None and row - 1 > sas_start:
                ws.merge_cells(f"{c['sas']}{sas_start}:{c['sas']}{row - 1}")
            ws[f"{c['sas']}{row}"] = row_spec["sas"]
            prev_sas, sas_start = row_spec["sas"], row
        exact = exact_capaian(row_spec["t"], row_spec["r"], row_spec["neg"])
        pc = ws[f"{c['p']}{row}"]
        pc.number_format = nfmt
        mode, args = row_spec["mode"], row_spec["args"]
        rec = dict(row=row, cell=f"{c['p']}{row}", spec=row_spec, exact=exact, mode=mode, args=args)
        if mode == "ok":
            pc.value = styled(exact, style)
        elif mode == "okf":
            pc.value = formula_ok(L, row, row_spec["neg"])
            if style == "text":
                pc.number_format = "0.00"
        elif mode == "fix":
            kind = args[0]
            dec = DEC[style]
            if kind == "posneg":
                pos = exact_capaian(row_spec["t"], row_spec["r"], False)
                was = styled(pos, style)
            elif kind == "trunc":
                if style == "text":
                    was = str(trunc(exact, 2)).replace(".", ",")
                elif style == "fraction":
                    was = num(trunc(exact / 100, 4))
                else:
                    was = num(trunc(exact, dec))
            elif kind == "frac":
                if style == "text":
                    was = str(q(exact / 100, 4)).replace(".", ",")
                else:
                    was = num(q(exact / 100, dec + 2))
            elif kind == "blank":
                was = None
            else:  # swap / arith: explicit typed value
                was = args[1]
            assert was is None or not is_right(was, exact, style), (row_spec["ind"], was)
            rec["was"] = was
            rec["corrected"] = key_str(exact, style)
            pc.value = was if variant == "ship" else styled(exact, style)
        elif mode == "nf":
            kind = args[0]
            if kind == "formula":
                pc.value = args[1].format(t=c["t"], r=c["r"], row=row, next=row + 1, prev=row - 1)
                if style == "text":
                    pc.number_format = "0.00"
            else:
                pc.value = args[1]
                if kind == "target0":
                    assert parse_num(row_spec["t"]) == 0
                if kind == "malformed":
                    assert parse_num(row_spec["r"]) is None
        elif mode == "trap":
            pc.value = args[1]
            assert is_right(args[1], exact, style), (row_spec["ind"], args[1], exact)
        else:
            raise ValueError(mode)
        if row_spec["note"] and c.get("ket"):
            ws[f"{c['ket']}{row}"] = row_spec["note"]
        if row_spec["comment"]:
            where, text = row_spec["comment"]
            ws[f"{c[where]}{row}"].comment = Comment(text, "Subbag Perencanaan")
        recs.append(rec)
    last = first + len(rows) - 1
    if last > sas_start:
        ws.merge_cells(f"{c['sas']}{sas_start}:{c['sas']}{last}")
    # borders / alignment over the whole table
    letters = sorted(set(c.values()), key=col)
    for row in range(first, last + 1):
        for letter in letters:
            cell = ws[f"{letter}{row}"]
            cell.border = BOX
            if letter in (c["sas"], c["ind"], c.get("ket")):
                cell.alignment = WRAP
            elif letter in (c["no"], c["sat"], c["pol"]):
                cell.alignment = CENTER
            elif letter == c["p"] and style == "text":
                cell.alignment = Alignment(horizontal="right")
    return recs, last


def header(ws, row, labels, widths=None, numbering=True):
    for j, (letter, text) in enumerate(labels):
        cell = ws[f"{letter}{row}"]
        cell.value = text
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.alignment = CENTER
        cell.border = BOX
        if numbering:
            n = ws[f"{letter}{row + 1}"]
            n.value = f"({j + 1})"
            n.alignment = CENTER
            n.border = BOX
            n.font = Font(italic=True, size=9)
    if widths:
        for letter, w in widths.items():
            ws.column_dimensions[letter].width = w


def title(ws, lines, span):
    for i, text in enumerate(lines):
        cell = ws.cell(row=i + 1, column=1, value=text)
        cell.font = Font(bold=True, size=12 if i else 13)
        cell.alignment = Alignment(horizontal="center")
        ws.merge_cells(f"A{i + 1}:{span}{i + 1}")


def signature(ws, row, letter, place_date, jabatan, nama, pangkat, nip):
    for k, text in enumerate([place_date, jabatan, "", "", "", nama, pangkat, nip]):
        if text:
            cell = ws[f"{letter}{row + k}"]
            cell.value = text
            cell.alignment = Alignment(horizontal="center")
            if k == 5:
                cell.font = Font(bold=True, underline="single")
