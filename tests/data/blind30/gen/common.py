"""Shared helpers for the blind30 generators.

Each generator writes raw openpyxl workbooks to gen/raw/ and records key rows.
The key rows carry, besides the public fields of key.json, a private "spec"
(which cells hold target / realisasi and how a reader combines them) that is
saved to gen/spec_<agency>.json and used only by verify.py.
"""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
ROOT = os.path.dirname(HERE)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
PCT2 = "0.00%"
PCT0 = "0%"


class Key:
    def __init__(self, agency, folder, years):
        self.agency, self.folder, self.years = agency, folder, years
        self.files, self.rows, self.ambiguous = [], [], []

    def file(self, name):
        if name not in self.files:
            self.files.append(name)

    def add(self, file, sheet, row, year, written, sid, target, real, tspec, rspec):
        """tspec/rspec: {"cell": "E7"} | {"sum": [...]} | {"last": "O7"}."""
        self.rows.append(dict(file=file, sheet=sheet, row=row, year=year, written=written,
                              same_as=sid, target=target, realisasi=real,
                              _t=tspec, _r=rspec))

    def save(self):
        d = os.path.join(ROOT, self.folder)
        os.makedirs(d, exist_ok=True)
        pub = [{k: v for k, v in r.items() if not k.startswith("_")} for r in self.rows]
        with open(os.path.join(d, "key.json"), "w") as f:
            json.dump(dict(agency=self.agency, years=self.years, files=self.files,
                           ambiguous=self.ambiguous, rows=pub), f, ensure_ascii=False, indent=1)
        with open(os.path.join(HERE, "spec_%s.json" % self.folder), "w") as f:
            json.dump(self.rows, f, ensure_ascii=False, indent=1)


def put(ws, ref, value, fmt=None, bold=False, box=True, align=None):
    c = ws[ref]
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if box:
        c.border = BOX
    c.alignment = align or WRAP
    return c


def row_put(ws, r, start_col, values, box=True, fmt=None):
    for i, v in enumerate(values):
        col = get_column_letter(start_col + i)
        put(ws, "%s%d" % (col, r), v, fmt=fmt, box=box)


def merge(ws, rng, value=None, bold=False, box=True, align=CENTER):
    first = rng.split(":")[0]
    ws[first].value = value
    ws.merge_cells(rng)
    if bold:
        ws[first].font = BOLD
    ws[first].alignment = align
    if box:
        for row in ws[rng]:
            for c in row:
                c.border = BOX


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v


def signature(ws, r, col, place_date, jabatan, nama, pangkat, nip):
    for i, t in enumerate([place_date, jabatan, None, None, None, nama, pangkat, "NIP. " + nip]):
        if t is not None:
            ws["%s%d" % (col, r + i)].value = t
    ws["%s%d" % (col, r + 5)].font = Font(bold=True, underline="single")
    return r + 8


def idnum(x, dec=2):
    """Format a number the Indonesian way: 13450 -> '13.450', 63.2 -> '63,2'."""
    if isinstance(x, int) or float(x).is_integer() and dec == 0:
        s = "{:,}".format(int(x)).replace(",", ".")
        return s
    s = ("{:,.%df}" % dec).format(x)
    return s.replace(",", "#").replace(".", ",").replace("#", ".")
