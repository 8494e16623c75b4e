"""Shared helpers for the blind72 generators.

Every generator writes a raw workbook with openpyxl into gen/raw/ (formulas without cached
values); run_all.sh then saves each raw workbook through LibreOffice into the agency folder in its
final format (xlsx / xls / ods), so that formulas carry cached values.

While writing, a generator records each key row together with a *spec* telling verify.py where the
figures are (which cells, and whether the year's realisasi is one cell, the sum of periods or the
last reported period).  The key values themselves are the generator's intended figures, computed
in Python, never read back from a file.
"""
import json
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import coordinate_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RAW = os.path.join(HERE, "raw")
SPEC = os.path.join(HERE, "spec")

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
YELLOW = PatternFill("solid", fgColor="FFF2CC")
BLUE = PatternFill("solid", fgColor="DDEBF7")
GREEN = PatternFill("solid", fgColor="E2EFDA")

NUM0 = "#,##0"
NUM1 = "#,##0.0"
NUM2 = "#,##0.00"
PCT0 = "0%"
PCT1 = "0.0%"
PCT2 = "0.00%"


# --------------------------------------------------------------------------- numbers as text
def idn(x, dec=0):
    """Indonesian number text: 6921 -> '6.921', 85.5 (dec=1) -> '85,5'."""
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    return ("-" if x < 0 else "") + s


def norm(x):
    """Key number normalisation: ints stay ints, floats are rounded to 6 decimals."""
    if x is None or isinstance(x, str):
        return None
    if abs(x - round(x)) < 1e-9:
        return int(round(x))
    return round(float(x), 6)


# --------------------------------------------------------------------------- splitting figures
def split_flow(total, n, seed, dec=0, weights=None):
    """n positive parts adding up exactly to total (in units of 10**-dec)."""
    rnd = random.Random(seed)
    unit = 10 ** dec
    tot = int(round(total * unit))
    if weights is None:
        weights = [rnd.uniform(0.8, 1.25) for _ in range(n)]
    sw = sum(weights)
    parts = [int(tot * w / sw) for w in weights]
    parts[-1] += tot - sum(parts)
    if dec == 0:
        return parts
    return [round(p / unit, dec) for p in parts]


def level_series(final, n, seed, dec=1, spread=0.04, lo=None, hi=None):
    """n period values of a level indicator ending on final."""
    rnd = random.Random(seed)
    out = []
    for i in range(n - 1):
        v = final * (1 + rnd.uniform(-spread, spread))
        if hi is not None:
            v = min(v, hi)
        if lo is not None:
            v = max(v, lo)
        out.append(round(v, dec))
    out.append(round(final, dec))
    if dec == 0:
        out = [int(v) for v in out]
    return out


# --------------------------------------------------------------------------- sheet writer
class SW:
    """Small writer around an openpyxl worksheet."""

    def __init__(self, ws):
        self.ws = ws

    def put(self, ref, v, fmt=None, bold=False, italic=False, wrap=False, h=None, va=None,
            border=False, size=None, fill=None):
        c = self.ws[ref]
        c.value = v
        if fmt:
            c.number_format = fmt
        if bold or italic or size:
            c.font = Font(bold=bold, italic=italic, size=size or 11)
        if wrap or h or va:
            c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=va or ("top" if wrap else None))
        if border:
            c.border = BORDER
        if fill is not None:
            c.fill = fill
        return c

    def merge(self, r1, r2, v=None, **kw):
        """merge('B5', 'B9', value)"""
        if v is not None or kw:
            self.put(r1, v, **kw)
        if r1 != r2:
            self.ws.merge_cells(f"{r1}:{r2}")

    def box(self, r1, c1, r2, c2):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                self.ws.cell(r, c).border = BORDER

    def widths(self, d):
        for col, w in d.items():
            self.ws.column_dimensions[col].width = w

    def hide_row(self, r):
        self.ws.row_dimensions[r].hidden = True


def cref(col, row):
    if isinstance(col, int):
        col = get_column_letter(col)
    return f"{col}{row}"


def col_of(ref):
    return coordinate_from_string(ref)[0]


def row_of(ref):
    return coordinate_from_string(ref)[1]


def cshift(col, k):
    return get_column_letter(column_index_from_string(col) + k)


# --------------------------------------------------------------------------- writing values
# Each writer returns the key value the cell stands for (percent points for %-formatted cells,
# the number as typed otherwise, None for grades / '-' / N/A).

def wnum(sw, ref, x, fmt=None, **kw):
    sw.put(ref, x, fmt=fmt, **kw)
    if x is None:
        return None
    if fmt and "%" in fmt:
        return x * 100
    return x


def wtext(sw, ref, text, keyval, **kw):
    sw.put(ref, text, **kw)
    return keyval


def wform(sw, ref, formula, cached, fmt=None, **kw):
    """A formula; `cached` is the value the generator intends it to compute (as LibreOffice will)."""
    sw.put(ref, formula, fmt=fmt, **kw)
    if cached is None:
        return None
    if fmt and "%" in fmt:
        return cached * 100
    return cached


# --------------------------------------------------------------------------- key recorder
class Agency:
    def __init__(self, slug, name, years, ambiguous, flow_ids, lookalike):
        self.slug = slug
        self.name = name
        self.years = years
        self.ambiguous = ambiguous
        self.flow_ids = flow_ids
        self.lookalike = lookalike
        self.rows = []
        self.files = []   # (final file name, raw file name, format)

    def add_file(self, final, raw, fmt):
        self.files.append((final, raw, fmt))

    def add(self, file, sheet, name_ref, written, iid, year, target, realisasi, tspec, rspec, note=None):
        """tspec / rspec: ('cell', ref) | ('sum', [refs]) | ('last', [refs]).
        note: 'S' = name typed in the Sasaran column, 'cont' = first line of a wrapped name."""
        self.rows.append(dict(file=file, sheet=sheet, name_ref=name_ref, written=written, id=iid,
                              year=year, target=norm(target), realisasi=norm(realisasi),
                              tspec=tspec, rspec=rspec, note=note))

    def write(self):
        # a column letter goes into the key where several key rows share a sheet row
        count = {}
        for r in self.rows:
            k = (r["file"], r["sheet"], row_of(r["name_ref"]))
            count[k] = count.get(k, 0) + 1
        key_rows, spec_rows = [], []
        for r in self.rows:
            row = row_of(r["name_ref"])
            kr = dict(file=r["file"], sheet=r["sheet"], row=row)
            if count[(r["file"], r["sheet"], row)] > 1:
                kr["col"] = col_of(r["name_ref"])
            kr.update(year=r["year"], written=r["written"], same_as=r["id"],
                      target=r["target"], realisasi=r["realisasi"])
            key_rows.append(kr)
            spec_rows.append(dict(file=r["file"], sheet=r["sheet"], name_ref=r["name_ref"],
                                  id=r["id"], year=r["year"], target=r["tspec"],
                                  realisasi=r["rspec"], note=r["note"]))
        key = dict(agency=self.name, years=self.years, files=[f[0] for f in self.files],
                   ambiguous=self.ambiguous, rows=key_rows)
        d = os.path.join(ROOT, self.slug)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "key.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        os.makedirs(SPEC, exist_ok=True)
        with open(os.path.join(SPEC, self.slug + ".json"), "w", encoding="utf-8") as fh:
            json.dump(dict(slug=self.slug, flow_ids=self.flow_ids, lookalike=self.lookalike,
                           files=self.files, rows=spec_rows), fh, ensure_ascii=False, indent=1)
        return key


def new_book():
    wb = Workbook()
    return wb


def save_raw(wb, raw_name):
    os.makedirs(RAW, exist_ok=True)
    wb.save(os.path.join(RAW, raw_name))


def signature(sw, row, col, place_date, jabatan_lines, nama, pangkat, nip):
    """Signature block starting at (row, col); returns next free row."""
    c = col
    sw.put(cref(c, row), place_date)
    r = row + 1
    for line in jabatan_lines:
        sw.put(cref(c, r), line)
        r += 1
    r += 3
    sw.put(cref(c, r), nama, bold=True)
    sw.put(cref(c, r + 1), pangkat)
    sw.put(cref(c, r + 2), nip)
    return r + 3


def print_setup(ws, landscape=True):
    """Landscape, fit to one page wide, as clerks set their sheets before printing."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4 if not landscape else 14   # 14 = folio
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
