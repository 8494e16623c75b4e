"""Shared helpers for the blind19 builder (styles, decimals, key records)."""
import json
import os
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, column_index_from_string
from openpyxl.utils.cell import coordinate_from_string

getcontext().prec = 40

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LO_PROFILE = "file:///tmp/lo-blind19"

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
NUM_FILL = PatternFill("solid", fgColor="EDEDED")

FMT_RP = '#,##0;-#,##0;"-"'
FMT_2 = '0.00'
FMT_2D = '0.00;-0.00;"-"'
FMT_0 = '0'
FMT_0D = '0;-0;"-"'
FMT_P = '0.00%'


def D(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, float):
        return Decimal(repr(x))
    return Decimal(str(x))


def rnd(x, nd=2):
    return D(x).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def trunc(x, nd=2):
    return D(x).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_DOWN)


def pct(r, t):
    return D(r) / D(t) * 100


def f2(x):
    return float(rnd(x, 2))


def s2(x):
    return str(rnd(x, 2))


def s0(x):
    return str(rnd(x, 0))


def num(s):
    """'12.30' -> float 12.3, '12' -> int 12 (inputs are written as strings in the tables)."""
    if isinstance(s, (int, float)):
        return s
    if "." in s:
        return float(s)
    return int(s)


def rp_text(n):
    return "Rp. " + f"{int(n):,}".replace(",", ".") + ",-"


def id_text(x, nd=2):
    return f"{rnd(x, nd):.{nd}f}".replace(".", ",")


def split(ref):
    col, row = coordinate_from_string(ref)
    return col, row


def put(ws, ref, value, fmt=None, bold=False, h=None, v="center", wrap=False, italic=False, size=None, fill=None):
    c = ws[ref]
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold or italic or size:
        c.font = Font(bold=bold, italic=italic, size=size or 10)
    else:
        c.font = Font(size=10)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if fill:
        c.fill = fill
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def title(ws, lines, last_col):
    for i, text in enumerate(lines, start=1):
        ws.merge_cells(f"A{i}:{last_col}{i}")
        put(ws, f"A{i}", text, bold=True, h="center", size=12 if i == 1 else 11)


def header(ws, cells, merges, row_from, row_to, last_col):
    for m in merges:
        ws.merge_cells(m)
    for ref, text in cells.items():
        put(ws, ref, text, bold=True, h="center", wrap=True, fill=HEAD_FILL)
    for r in range(row_from, row_to + 1):
        for ci in range(1, column_index_from_string(last_col) + 1):
            c = ws.cell(row=r, column=ci)
            c.fill = HEAD_FILL
            c.border = BORDER


def numbering(ws, row, last_col, labels=None):
    n = column_index_from_string(last_col)
    for ci in range(1, n + 1):
        lab = labels[ci - 1] if labels else f"({ci})"
        put(ws, f"{get_column_letter(ci)}{row}", lab, h="center", italic=True, fill=NUM_FILL)
        ws.cell(row=row, column=ci).border = BORDER


def signature(ws, col, row, place_date, lines, name, rank, nip):
    put(ws, f"{col}{row}", place_date, h="left")
    r = row + 1
    for ln in lines:
        put(ws, f"{col}{r}", ln, bold=True, h="left")
        r += 1
    r += 3
    put(ws, f"{col}{r}", name, bold=True, h="left")
    ws[f"{col}{r}"].font = Font(bold=True, underline="single", size=10)
    put(ws, f"{col}{r+1}", rank, h="left")
    put(ws, f"{col}{r+2}", nip, h="left")
    return r + 2


class Book:
    def __init__(self, stem, ext, agency, year, layout_kind, conventions):
        self.stem = stem
        self.ext = ext
        self.agency = agency
        self.year = year
        self.layout_kind = layout_kind
        self.conventions = conventions
        self.wb = Workbook()
        self.layout = ""
        self.mistakes = []
        self.traps = []
        self.clean = []
        self.indicators = []

    @property
    def file(self):
        return f"{self.stem}.{self.ext}"

    def mis(self, sheet, cell, kind, correct, formula, note, flags=None):
        _, row = split(cell)
        e = {"sheet": sheet, "row": row, "cell": cell, "kind": kind,
             "correct": correct, "formula": formula, "note": note}
        if flags:
            e["flags"] = flags
        self.mistakes.append(e)

    def trap(self, sheet, cell, kind, note):
        _, row = split(cell)
        self.traps.append({"sheet": sheet, "row": row, "cell": cell, "kind": kind, "note": note})

    def cleanrows(self, sheet, rows):
        for r in rows:
            self.clean.append({"sheet": sheet, "row": r})

    def ind(self, sheet, row, name, target, realisasi, unit):
        self.indicators.append({"sheet": sheet, "row": row, "name": name, "target": str(target),
                                "realisasi": str(realisasi), "unit": unit})

    def key(self):
        bad = {(m["sheet"], m["row"]) for m in self.mistakes}
        tr = {(t["sheet"], t["row"]) for t in self.traps}
        cl = [(c["sheet"], c["row"]) for c in self.clean]
        assert not (bad & tr), (self.file, bad & tr)
        assert not (bad & set(cl)) and not (tr & set(cl)), self.file
        assert len(cl) == len(set(cl)), self.file
        assert 3 <= len(self.mistakes) <= 9, (self.file, len(self.mistakes))
        return {"file": self.file, "layout": self.layout,
                "mistakes": sorted(self.mistakes, key=lambda m: (m["sheet"], m["row"], m["cell"])),
                "traps": sorted(self.traps, key=lambda m: (m["sheet"], m["row"], m["cell"])),
                "clean_rows": sorted(self.clean, key=lambda m: (m["sheet"], m["row"])),
                "indicators": self.indicators,
                "verdict_any_of": ["fail"]}

    def save(self, tmpdir):
        src = os.path.join(tmpdir, "src", f"{self.stem}.xlsx")
        os.makedirs(os.path.dirname(src), exist_ok=True)
        self.wb.save(src)
        outdir = os.path.join(tmpdir, "out")
        os.makedirs(outdir, exist_ok=True)
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", self.ext, "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(outdir, f"{self.stem}.{self.ext}")
        assert os.path.exists(produced), produced
        shutil.copyfile(produced, os.path.join(OUT, self.file))
        with open(os.path.join(OUT, f"{self.stem}.key.json"), "w", encoding="utf-8") as fh:
            json.dump(self.key(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
