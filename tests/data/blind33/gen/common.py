"""Shared helpers for the blind33 generators (layout + key collection + conversion)."""
import json, os, random, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.utils import get_column_letter as L

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(ROOT, 'gen', 'raw')
TMP = os.path.join(ROOT, 'gen', 'tmp')
PROFILE = 'file:///tmp/lo-blind33'
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill('solid', fgColor='D9D9D9')

def put(ws, r, c, v, bold=False, fmt=None, h=None, wrap=True, box=True, fill=None, italic=False, size=None):
    ce = ws.cell(row=r, column=c, value=v)
    if bold or italic or size:
        ce.font = Font(bold=bold, italic=italic, size=size or 11)
    if fmt:
        ce.number_format = fmt
    ce.alignment = Alignment(horizontal=h, vertical='center', wrap_text=wrap)
    if box:
        ce.border = BOX
    if fill:
        ce.fill = fill
    return ce

def merge(ws, r1, c1, r2, c2, v, **kw):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if kw.get('box', True):
                ws.cell(row=r, column=c).border = BOX
    put(ws, r1, c1, v, **kw)
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

def title(ws, r, c1, c2, text, size=12):
    merge(ws, r, c1, r, c2, text, bold=True, h='center', box=False, size=size)

def widths(ws, d):
    for k, w in d.items():
        ws.column_dimensions[k].width = w

def signature(ws, r, c, place_date, jab, name, pangkat, nip):
    for i, t in enumerate([place_date, jab, '', '', '', name, pangkat, 'NIP. ' + nip]):
        ce = ws.cell(row=r + i, column=c, value=t if t else None)
        ce.alignment = Alignment(horizontal='center')
        if i == 5:
            ce.font = Font(bold=True, underline='single')

class Key:
    def __init__(self, agency, years):
        self.agency, self.years, self.files, self.rows, self.amb = agency, years, [], [], []
    def add(self, file, sheet, row, year, written, same_as, target, realisasi):
        self.rows.append(dict(file=file, sheet=sheet, row=row, year=year, written=written,
                              same_as=same_as, target=target, realisasi=realisasi))
    def dump(self, path):
        d = dict(agency=self.agency, years=self.years, files=self.files, ambiguous=self.amb, rows=self.rows)
        with open(path, 'w') as f:
            json.dump(d, f, indent=1, ensure_ascii=False)

def convert(src, fmt, outdir):
    filt = {'xls': 'xls:MS Excel 97', 'ods': 'ods', 'xlsx': 'xlsx:Calc MS Excel 2007 XML'}[fmt]
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=' + PROFILE, '--convert-to', filt,
                    '--outdir', outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)
    assert os.path.exists(out), out
    return out

def deliver(wb, agency_dir, final_name, key):
    """Save raw xlsx (no cached values) in gen/raw, convert with LibreOffice into the final format."""
    base, ext = os.path.splitext(final_name)
    fmt = ext[1:]
    stem = agency_dir + '__' + base.replace(' ', '_')
    raw = os.path.join(RAW, stem + '.xlsx')
    wb.save(raw)
    out = convert(raw, fmt, os.path.join(TMP, 'conv'))
    dst = os.path.join(ROOT, agency_dir, final_name)
    shutil.move(out, dst)
    key.files.append(final_name)
    return dst

def q_split(total, k=4, integer=True, rng=None):
    """per-quarter split that adds up to total"""
    if integer:
        base = [int(total) // k] * k
        for i in range(int(total) - sum(base)):
            base[k - 1 - i] += 1
        return base
    parts = [round(total / k, 2)] * (k - 1)
    return parts + [round(total - sum(parts), 2)]

def q_cum(total, fr=(0.25, 0.5, 0.75, 1.0), dec=2):
    out = [round(total * f, dec) for f in fr[:-1]] + [total]
    if dec == 0:
        out = [int(x) for x in out[:-1]] + [total]
    return out

def idn(x, dec=2):
    """format a number the Indonesian way: 1.234,56"""
    s = f"{x:,.{dec}f}"
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')
