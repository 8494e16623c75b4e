"""Shared helpers for the blind41 generators.

Every workbook is first written as a raw .xlsx with openpyxl (gen/raw/<slug>/), then
saved through LibreOffice headless into the delivered format (xlsx / xls / ods) so that
formulas carry cached values.  Key rows are recorded while the cells are written; the
key value of every target / realisasi is the *intended* reading (set by the generator),
verify.py re-reads the delivered cells independently.
"""
import json
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # /work/blind41
GEN = os.path.join(ROOT, "gen")
RAW = os.path.join(GEN, "raw")
SPEC = os.path.join(GEN, "spec")

_MISSING = object()


def col(c):
    return get_column_letter(c)


def ref(r, c):
    return f"{col(c)}{r}"


class V:
    """A cell value with number format and the key reading of it."""

    def __init__(self, v, fmt=None, key=_MISSING, note=None):
        self.v = v
        self.fmt = fmt
        self.key = v if key is _MISSING else key
        self.note = note

    def __repr__(self):
        return f"V({self.v!r},{self.fmt!r},key={self.key!r})"


def asV(x):
    if isinstance(x, V):
        return x
    return V(x)


def P(x, fmt="0.00%", note=None):
    """a percentage stored as a fraction in a %-formatted cell; key in percent points"""
    return V(round(x / 100.0, 10), fmt, x, note)


def T(s, key, note=None):
    """text typed in a cell (with units, a range, ...) and its key reading"""
    return V(s, None, key, note)


def D(note=None):
    return V("-", None, None, note)


def G(s, note=None):
    return V(s, None, None, note)


def F(formula, key=None, fmt=None, note=None):
    return V(formula, fmt, key, note)


def keysum(vals):
    ks = [asV(v).key for v in vals]
    ks = [k for k in ks if k is not None]
    if not ks:
        return None
    s = sum(ks)
    return round(s, 6)


def keylast(vals):
    ks = [asV(v).key for v in vals]
    ks = [k for k in ks if k is not None]
    return ks[-1] if ks else None


thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


class Sheet:
    def __init__(self, name, hidden=False):
        self.name = name
        self.hidden = hidden
        self.cells = {}
        self.merges = []
        self.widths = {}
        self.heights = {}
        self.keys = []
        self.notes = []  # (row or None, text)
        self.desc = []  # free text lines describing the layout
        self.borders = []

    def w(self, r, c, v, fmt=None, bold=False, italic=False, wrap=None, h=None,
          vert=None, size=None, border=False):
        """write a cell; v may be a V; returns the V"""
        vv = asV(v)
        if vv.v is None and fmt is None:
            return vv
        d = dict(v=vv.v, fmt=fmt or vv.fmt, bold=bold, italic=italic, wrap=wrap,
                 h=h, vert=vert, size=size)
        self.cells[(r, c)] = d
        if vv.note and not self.hidden:
            self.note(r, vv.note)
        return vv

    def m(self, r1, c1, r2, c2):
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))

    def mw(self, r1, c1, r2, c2, v, **kw):
        self.w(r1, c1, v, **kw)
        self.m(r1, c1, r2, c2)

    def box(self, r1, c1, r2, c2):
        self.borders.append((r1, c1, r2, c2))

    def note(self, r, text):
        self.notes.append((r, text))

    def width(self, c, wdt):
        self.widths[c] = wdt

    def get(self, r, c):
        d = self.cells.get((r, c))
        return None if d is None else d["v"]

    def key(self, row, ncol, sid, year, t_cells, t_rule, t_key, r_cells, r_rule, r_key):
        """record one key row. *_cells: list of (r,c); rule: cell|sum|last"""
        for kv in (t_key, r_key):
            assert kv is None or (isinstance(kv, (int, float)) and not isinstance(kv, bool)), (sid, year, kv)
        self.keys.append(dict(sheet=self.name, row=row, ncol=ncol, same_as=sid, year=year,
                              t_cells=[list(x) for x in t_cells], t_rule=t_rule,
                              target=_clean(t_key),
                              r_cells=[list(x) for x in r_cells], r_rule=r_rule,
                              realisasi=_clean(r_key)))


def _clean(x):
    if x is None:
        return None
    if isinstance(x, float):
        x = round(x, 6)
        if x == int(x):
            return int(x)
    return x


class Book:
    def __init__(self, fname, fmt, author="User"):
        assert fmt in ("xlsx", "xls", "ods")
        self.author = author
        self.fname = fname  # delivered file name with extension
        self.fmt = fmt
        self.sheets = []
        self.desc = []

    @property
    def stem(self):
        return os.path.splitext(self.fname)[0]

    def sheet(self, name, hidden=False):
        s = Sheet(name, hidden)
        self.sheets.append(s)
        return s

    def write_raw(self, path):
        wb = Workbook()
        wb.remove(wb.active)
        wb.properties.creator = self.author
        wb.properties.lastModifiedBy = self.author
        for s in self.sheets:
            ws = wb.create_sheet(s.name)
            for (r1, c1, r2, c2) in s.borders:
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        ws.cell(r, c).border = BORDER
            for (r, c), d in s.cells.items():
                cell = ws.cell(r, c)
                cell.value = d["v"]
                if d["fmt"]:
                    cell.number_format = d["fmt"]
                if d["bold"] or d["italic"] or d["size"]:
                    cell.font = Font(bold=d["bold"], italic=d["italic"], size=d["size"] or 11)
                if d["wrap"] is not None or d["h"] or d["vert"]:
                    cell.alignment = Alignment(wrap_text=bool(d["wrap"]), horizontal=d["h"],
                                               vertical=d["vert"] or "center")
            for (r1, c1, r2, c2) in s.merges:
                ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            for c, wdt in s.widths.items():
                ws.column_dimensions[col(c)].width = wdt
            for r, ht in s.heights.items():
                ws.row_dimensions[r].height = ht
            if s.hidden:
                ws.sheet_state = "hidden"
        wb.save(path)


FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}


def soffice_convert(src_files, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    prof = "file:///tmp/blind41_lo_profile"
    cmd = ["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to",
           FILTERS[fmt], "--outdir", outdir] + list(src_files)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build_agency(slug, meta, books, ambiguous, flows, extra_doc):
    """write raw files, convert, write key.json, spec and doc fragments"""
    rawdir = os.path.join(RAW, slug)
    outdir = os.path.join(ROOT, slug)
    for d in (rawdir, outdir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    os.makedirs(SPEC, exist_ok=True)
    by_fmt = {}
    for b in books:
        p = os.path.join(rawdir, b.stem + ".xlsx")
        b.write_raw(p)
        by_fmt.setdefault(b.fmt, []).append(p)
    for fmt, files in by_fmt.items():
        soffice_convert(files, fmt, outdir)
    for b in books:
        assert os.path.exists(os.path.join(outdir, b.fname)), b.fname
    rows = []
    spec = []
    years = set()
    for b in books:
        for s in b.sheets:
            for k in s.keys:
                written = s.get(k["row"], k["ncol"])
                assert isinstance(written, str), (b.fname, s.name, k)
                rows.append(dict(file=b.fname, sheet=s.name, row=k["row"], year=k["year"],
                                 written=written, same_as=k["same_as"], target=k["target"],
                                 realisasi=k["realisasi"]))
                spec.append(dict(file=b.fname, fmt=b.fmt, sheet=s.name, row=k["row"],
                                 ncol=k["ncol"], year=k["year"], same_as=k["same_as"],
                                 t_cells=k["t_cells"], t_rule=k["t_rule"],
                                 r_cells=k["r_cells"], r_rule=k["r_rule"]))
                years.add(k["year"])
    # sanity: one row per indicator per year
    seen = set()
    for r in rows:
        kk = (r["same_as"], r["year"])
        assert kk not in seen, kk
        seen.add(kk)
    key = dict(agency=meta["agency"], years=sorted(years), files=[b.fname for b in books],
               ambiguous=ambiguous, rows=rows)
    with open(os.path.join(outdir, "key.json"), "w") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    with open(os.path.join(SPEC, slug + ".json"), "w") as f:
        json.dump(spec, f, ensure_ascii=False, indent=1)
    # documentation fragment
    doc = dict(slug=slug, meta=meta, ambiguous=ambiguous, flows=flows, extra=extra_doc,
               files=[])
    for b in books:
        fd = dict(fname=b.fname, fmt=b.fmt, desc=b.desc, sheets=[])
        for s in b.sheets:
            fd["sheets"].append(dict(name=s.name, hidden=s.hidden, desc=s.desc,
                                     notes=sorted(s.notes, key=lambda x: (x[0] or 0)),
                                     nkeys=len(s.keys),
                                     keyrows=[(k["row"], k["same_as"]) for k in s.keys]))
        doc["files"].append(fd)
    with open(os.path.join(SPEC, slug + ".doc.json"), "w") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    print(slug, "rows", len(rows), "years", sorted(years))
    return key


# ---------------------------------------------------------------- small value helpers

def split_flow(total, weights, decimals=0):
    """split a total over periods by weights; the last period takes the remainder"""
    s = float(sum(weights))
    out = []
    acc = 0
    for w_ in weights[:-1]:
        x = round(total * w_ / s, decimals)
        if decimals == 0:
            x = int(x)
        out.append(x)
        acc += x
    last = round(total - acc, decimals)
    if decimals == 0:
        last = int(last)
    out.append(last)
    return out


def signature(sh, r, c, place_date, role, name, rank=None, nip=None):
    sh.w(r, c, place_date)
    sh.w(r + 1, c, role, bold=True)
    sh.w(r + 5, c, name, bold=True)
    rr = r + 6
    if rank:
        sh.w(rr, c, rank)
        rr += 1
    if nip:
        sh.w(rr, c, nip)
        rr += 1
    return rr
