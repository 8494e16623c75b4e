"""Shared helpers for the blind44 generators.

Every generator writes raw .xlsx workbooks with openpyxl into gen/raw/<slug>/ and records
  * key rows (what a reader must find) with the cell addresses they come from (verify spec),
  * documentation (sheets, header rows, columns, data rows, planted mistakes by cell)
into gen/out/<slug>.json.  deliver.py then saves every workbook through LibreOffice.
"""
import json
import os
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

GEN = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(GEN, "raw")
OUT = os.path.join(GEN, "out")

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HFILL = PatternFill("solid", fgColor="D9D9D9")
GFILL = PatternFill("solid", fgColor="F2F2F2")

FMT_INT = "#,##0"
FMT_DEC1 = "#,##0.0"
FMT_DEC2 = "#,##0.00"
FMT_PCT = "0.00%"
FMT_PCT1 = "0.0%"
FMT_PCT0 = "0%"
FMT_RP = '"Rp "#,##0'
FMT_CAP = "0.00"


def L(c):
    return get_column_letter(c)


def A(r, c):
    return "%s%d" % (L(c), r)


def rnd(x, d=2):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


def idn(v, dec=None):
    """Format a number the Indonesian way: 1312480 -> '1.312.480', 85.5 -> '85,5'."""
    if dec is None:
        dec = 0 if float(v) == int(v) else len(str(v).split(".")[1])
    s = "{:,.{d}f}".format(float(v), d=dec)
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


class Sheet:
    def __init__(self, ws):
        self.ws = ws

    def c(self, r, col, v, fmt=None, b=False, al=None, wrap=True, border=True, fill=None,
          it=False, size=None, valign="center"):
        cell = self.ws.cell(row=r, column=col)
        cell.value = v
        if fmt:
            cell.number_format = fmt
        if b or it or size:
            cell.font = Font(bold=b, italic=it, size=size or 11)
        if al is None:
            al = "left" if isinstance(v, str) else "right"
        cell.alignment = Alignment(horizontal=al, vertical=valign, wrap_text=wrap)
        if border:
            cell.border = BORDER
        if fill:
            cell.fill = fill
        return cell

    def h(self, r, col, v, **kw):
        kw.setdefault("b", True)
        kw.setdefault("al", "center")
        kw.setdefault("fill", HFILL)
        return self.c(r, col, v, **kw)

    def m(self, r1, c1, r2, c2):
        if (r1, c1) != (r2, c2):
            # border every cell of the merge so it prints as one box
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    self.ws.cell(row=rr, column=cc).border = BORDER
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    def title(self, r, c1, c2, v, size=12, b=True):
        self.c(r, c1, v, b=b, al="center", border=False, size=size)
        self.m(r, c1, r, c2)
        # merged title has no border
        for cc in range(c1, c2 + 1):
            self.ws.cell(row=r, column=cc).border = Border()

    def plain(self, r, col, v, **kw):
        kw.setdefault("border", False)
        kw.setdefault("wrap", False)
        return self.c(r, col, v, **kw)

    def widths(self, ws_widths):
        for col, w in ws_widths.items():
            self.ws.column_dimensions[col if isinstance(col, str) else L(col)].width = w


class Agency:
    """Collects key rows, verify specs and documentation of one agency."""

    def __init__(self, slug, name, years, ambiguous, flows, levels, negatives, mustnot):
        self.slug = slug
        self.name = name
        self.years = years
        self.ambiguous = ambiguous
        self.flows = flows
        self.levels = levels
        self.negatives = negatives
        self.mustnot = mustnot
        self.files = []          # delivered file names in order
        self.raw = {}            # delivered name -> raw xlsx name
        self.rows = []
        self.spec = []
        self.docs = {}           # file -> {"intro": str, "sheets": [..]}
        self.names = {}          # id -> {year: written}
        os.makedirs(os.path.join(RAW, slug), exist_ok=True)
        os.makedirs(OUT, exist_ok=True)

    def new_file(self, delivered, intro):
        self.files.append(delivered)
        self.raw[delivered] = delivered.rsplit(".", 1)[0] + ".xlsx"
        self.docs[delivered] = {"intro": intro, "sheets": []}
        return openpyxl.Workbook()

    def save(self, wb, delivered):
        wb.save(os.path.join(RAW, self.slug, self.raw[delivered]))

    def sheet_doc(self, delivered, sheet, role, header="", columns="", data_rows="", notes=None):
        d = {"sheet": sheet, "role": role, "header": header, "columns": columns,
             "data_rows": data_rows, "notes": list(notes or [])}
        self.docs[delivered]["sheets"].append(d)
        return d["notes"]

    def key(self, file, sheet, row, ncol, year, written, sid, target, realisasi, tspec, rspec):
        assert written is not None
        self.rows.append({"file": file, "sheet": sheet, "row": row, "year": year,
                          "written": written, "same_as": sid, "target": target,
                          "realisasi": realisasi})
        self.spec.append({"file": file, "sheet": sheet, "row": row, "year": year, "same_as": sid,
                          "name_cell": A(row, ncol), "target": tspec, "realisasi": rspec})
        self.names.setdefault(sid, {})[year] = written

    def dump(self):
        out = {"agency": self.name, "slug": self.slug, "years": self.years, "files": self.files,
               "raw": self.raw, "ambiguous": self.ambiguous, "rows": self.rows, "spec": self.spec,
               "docs": self.docs, "flows": self.flows, "levels": self.levels,
               "negatives": self.negatives, "mustnot": self.mustnot}
        with open(os.path.join(OUT, self.slug + ".json"), "w") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
        # sanity: one row per id per year, 15-25 per year
        seen = set()
        for r in self.rows:
            k = (r["same_as"], r["year"])
            assert k not in seen, k
            seen.add(k)
        for y in self.years:
            n = sum(1 for r in self.rows if r["year"] == y)
            assert 15 <= n <= 25, (self.slug, y, n)


# ---------------------------------------------------------------- value splitting
def split_flow(total, n=4, weights=None, dec=0):
    """Split a flow total into n period values that add up exactly."""
    if weights is None:
        weights = [0.22, 0.24, 0.26, 0.28] if n == 4 else [1.0 / n] * n
    sw = sum(weights)
    q = Decimal(1).scaleb(-dec)
    parts = [Decimal(str(total * w / sw)).quantize(q, rounding=ROUND_HALF_UP) for w in weights[:-1]]
    last = Decimal(str(total)) - sum(parts)
    parts.append(last.quantize(q))
    vals = [float(p) if dec else int(p) for p in parts]
    return vals


def ramp_level(final, n=4, start_frac=0.9, dec=2):
    """Level values rising towards final (the last equals final)."""
    vals = []
    for i in range(n):
        f = start_frac + (1 - start_frac) * i / (n - 1)
        vals.append(rnd(final * f, dec))
    vals[-1] = final
    return vals


def num_sum(vals):
    s = Decimal(0)
    for v in vals:
        if v is not None:
            s += Decimal(str(v))
    return float(s) if s != int(s) else int(s)


def _weights(seed, n):
    import random
    rng = random.Random(seed)
    return [rng.uniform(0.18, 0.32) for _ in range(n)]


def quarters(sid, year, T, R, flow, n=4):
    """Deterministic quarter (or month) targets and realisasi.
    flows: per-period amounts adding up to T and R; levels: values rising to T and R."""
    isint = isinstance(T, int) and isinstance(R, int)
    dec = 0 if isint else 2
    if flow:
        qt = split_flow(T, n, [1.0] * n, dec)
        qr = split_flow(R, n, _weights("r%s%d" % (sid, year), n), dec)
    else:
        qt = ramp_level(T, n, 0.94, dec)
        qr = ramp_level(R, n, 0.93, dec)
        if isint:
            qt = [int(round(x)) for x in qt]
            qr = [int(round(x)) for x in qr]
    return qt, qr
