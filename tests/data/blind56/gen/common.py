"""Shared helpers for the blind56 generators: cell writing with the value the key expects,
key-row recording, LibreOffice conversion."""
import os, re, json, subprocess, shutil, random
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter as CL, column_index_from_string as CI

ROOT = '/work/blind56'
GEN = os.path.join(ROOT, 'gen')
RAW = os.path.join(GEN, 'raw')
TMP = os.path.join(GEN, 'tmp')
LO_PROFILE = 'file:///tmp/lo-blind56'

thin = Side(style='thin')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)
WRAP = Alignment(vertical='top', wrap_text=True)
GREY = PatternFill('solid', fgColor='D9D9D9')

FMT_INT = '#,##0'
FMT_DEC = '#,##0.00'
FMT_PCT0 = '0%'
FMT_PCT1 = '0.0%'
FMT_PCT2 = '0.00%'
FMT_CAP = '0.00'
FMT_RP = '#,##0'


class V:
    """A value to write: what goes in the cell, what the key reads from it, the number format."""
    def __init__(self, cell, key='same', fmt=None, note=None):
        self.cell = cell
        if key == 'same':
            if isinstance(cell, (int, float)):
                key = cell * 100 if (fmt and '%' in fmt) else cell
            else:
                raise ValueError('text cell needs an explicit key: %r' % (cell,))
        self.key = key
        self.fmt = fmt
        self.note = note

    def __repr__(self):
        return 'V(%r->%r)' % (self.cell, self.key)


def as_v(x, fmt=None):
    if isinstance(x, V):
        return x
    if x is None:
        return V(None, None)
    if isinstance(x, str):
        if x.strip() in ('-', '', 'N/A'):
            return V(x, None)
        raise ValueError('bare text %r' % x)
    return V(x, 'same', fmt)


def put(ws, ref, x, fmt=None, border=True, align=None, font=None, fill=None):
    """Write x (V, number, text, None) to ws[ref]; return the key value (number or None)."""
    c = ws[ref]
    if isinstance(x, V):
        c.value = x.cell
        if x.fmt:
            c.number_format = x.fmt
        elif fmt and isinstance(x.cell, (int, float)):
            c.number_format = fmt
        k = x.key
    else:
        c.value = x
        if fmt is not None:
            c.number_format = fmt
        k = x if isinstance(x, (int, float)) else None
        if isinstance(x, (int, float)) and fmt and '%' in fmt:
            k = x * 100
    if border:
        c.border = BORDER
    if align is not None:
        c.alignment = align
    if font is not None:
        c.font = font
    if fill is not None:
        c.fill = fill
    return k


def text(ws, ref, s, bold=False, align=None, border=False, size=None, italic=False, fill=None):
    c = ws[ref]
    c.value = s
    if bold or size or italic:
        c.font = Font(bold=bold, size=size or 11, italic=italic)
    if align is not None:
        c.alignment = align
    if border:
        c.border = BORDER
    if fill is not None:
        c.fill = fill
    return c


def merge(ws, rng, value=None, bold=False, align=CENTER, border=True, size=None, fill=None):
    first = rng.split(':')[0]
    if value is not None:
        text(ws, first, value, bold=bold, align=align, size=size, fill=fill)
    ws.merge_cells(rng)
    if border:
        for row in ws[rng]:
            for c in row:
                c.border = BORDER
    return ws[first]


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v


def rnd(x, unit):
    if unit in ('%', 'nilai', 'hari'):
        return round(x, 2)
    if unit == 'Rp':
        return int(round(x / 1000.0)) * 1000
    return int(round(x))


def split_flow(total, n, seed, unit='x', weights=None):
    """Split a flow total into n period amounts that add up exactly."""
    r = random.Random(seed)
    if weights is None:
        weights = [r.uniform(0.8, 1.2) for _ in range(n)]
    s = sum(weights)
    parts = []
    acc = 0
    for i, w in enumerate(weights):
        if i == n - 1:
            p = total - acc
        else:
            p = total * w / s
            if unit == 'Rp':
                p = int(round(p / 50000.0)) * 50000
            elif isinstance(total, int) or float(total).is_integer():
                p = int(round(p))
            else:
                p = round(p, 2)
            acc += p
        parts.append(p)
    if unit not in ('%', 'nilai', 'hari') and float(total).is_integer():
        parts = [int(round(p)) for p in parts]
    return parts


class Agency:
    def __init__(self, slug, name, years):
        self.slug = slug
        self.name = name
        self.years = years
        self.files = []          # delivered file names in order
        self.raws = []           # (raw path, fmt)
        self.rows = []           # key rows
        self.cells = []          # cellmap entries parallel to rows
        self.ambiguous = []
        self.must_not_merge = []
        self.flows = []
        self.negatives = []
        self.layout = {}         # (file, sheet) -> description
        self.notes = {}          # (file, sheet) -> [notes]
        self.sheet_order = []    # (file, sheet)

    def rawdir(self):
        d = os.path.join(RAW, self.slug)
        os.makedirs(d, exist_ok=True)
        return d

    def save(self, wb, stem, fmt):
        path = os.path.join(self.rawdir(), stem + '.xlsx')
        wb.save(path)
        self.raws.append((path, fmt))
        self.files.append(stem + '.' + fmt)
        return stem + '.' + fmt

    def describe(self, fname, sheet, text_):
        self.layout[(fname, sheet)] = text_
        if (fname, sheet) not in self.sheet_order:
            self.sheet_order.append((fname, sheet))

    def note(self, fname, sheet, text_):
        self.notes.setdefault((fname, sheet), []).append(text_)
        if (fname, sheet) not in self.sheet_order:
            self.sheet_order.append((fname, sheet))

    def key(self, fname, ws, row, name_col, year, sid, target, realisasi, tspec, rspec, with_col=False):
        """tspec / rspec: (list of cell refs, agg) with agg in one|sum|last; cells on ws."""
        written = ws['%s%d' % (name_col, row)].value
        assert isinstance(written, str) and written.strip(), (fname, ws.title, row, name_col, written)
        r = {"file": fname, "sheet": ws.title, "row": row}
        if with_col:
            r["col"] = name_col
        r.update({"year": year, "written": written, "same_as": sid,
                  "target": clean(target), "realisasi": clean(realisasi)})
        self.rows.append(r)
        self.cells.append({"name": '%s%d' % (name_col, row),
                           "target": {"cells": tspec[0], "agg": tspec[1]},
                           "realisasi": {"cells": rspec[0], "agg": rspec[1]}})


def clean(x):
    if x is None:
        return None
    if isinstance(x, float):
        x = round(x, 6)
        if x.is_integer() and abs(x) < 1e15:
            return int(x)
    return x


def agg(vals, how):
    """vals: key numbers (None = empty or null). sum of present ones / last present one."""
    pres = [v for v in vals if v is not None]
    if how == 'one':
        assert len(vals) == 1
        return vals[0]
    if not pres:
        return None
    if how == 'sum':
        return round(sum(pres), 6)
    if how == 'last':
        return pres[-1]
    raise ValueError(how)


def soffice_convert(src, fmt, outdir):
    filt = {'xlsx': 'xlsx:Calc MS Excel 2007 XML', 'xls': 'xls:MS Excel 97', 'ods': 'ods:calc8'}[fmt]
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--convert-to', filt,
           '--outdir', outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)
    assert os.path.exists(out), out
    return out
