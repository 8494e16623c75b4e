"""Shared helpers for the blind45 generators (raw workbooks are written with openpyxl,
then saved through LibreOffice headless into the delivered formats)."""
import json, os, random, subprocess, shutil
import openpyxl
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.utils import get_column_letter as CL, column_index_from_string as CI

ROOT = '/work/blind45'
GEN = ROOT + '/gen'
RAW = GEN + '/raw'
SOFFICE = ['soffice', '-env:UserInstallation=file:///tmp/lo-blind45', '--headless']

THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HDR_FILL = PatternFill('solid', fgColor='D9E1F2')
GRP_FILL = PatternFill('solid', fgColor='F2F2F2')
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)
LEFTW = Alignment(horizontal='left', vertical='top', wrap_text=True)
LEFTC = Alignment(horizontal='left', vertical='center', wrap_text=True)


def w(ws, ref, value, fmt=None, bold=False, box=False, align=None, fill=None, italic=False, size=None):
    c = ws[ref]
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold or italic or size:
        c.font = Font(bold=bold, italic=italic, size=size or 11)
    if box:
        c.border = BOX
    if align:
        c.alignment = align
    if fill:
        c.fill = fill
    return c


def box_range(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


def merge(ws, ref, value=None, **kw):
    ws.merge_cells(ref)
    tl = ref.split(':')[0]
    if value is not None:
        w(ws, tl, value, **kw)
    return tl


def widths(ws, spec):
    for col, wd in spec.items():
        ws.column_dimensions[col].width = wd


def split_flow(total, n, rng, dec=0, zero_at=()):
    """Split a flow total into n parts that add up exactly (rounded to dec decimals)."""
    weights = [0 if i in zero_at else rng.uniform(0.75, 1.25) for i in range(n)]
    s = sum(weights)
    parts = [round(total * wt / s, dec) for wt in weights]
    idx = max(i for i in range(n) if i not in zero_at)
    parts[idx] = round(total - sum(parts[:idx]) - sum(parts[idx + 1:]), dec)
    if dec == 0:
        parts = [int(p) for p in parts]
    return parts


def level_path(final, n, rng, dec=2, spread=0.04, down=False):
    """Progressive values for a level indicator that end at `final`."""
    vals = []
    for i in range(n - 1):
        f = spread * (n - 1 - i) / (n - 1) * rng.uniform(0.6, 1.0)
        v = final * (1 + f) if down else final * (1 - f)
        vals.append(round(v, dec))
    vals.append(final)
    return vals


class Book:
    """One delivered workbook: raw xlsx written with openpyxl, delivered via LibreOffice."""

    def __init__(self, slug, stem, fmt):
        self.slug, self.stem, self.fmt = slug, stem, fmt
        self.wb = openpyxl.Workbook()
        self.wb.remove(self.wb.active)
        self.keys, self.notes, self.layout = [], [], []

    @property
    def fname(self):
        return f'{self.stem}.{self.fmt}'

    def sheet(self, title, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = 'hidden'
        return ws

    def key(self, ws, row, year, written, same_as, target, realisasi, name_cell, t_spec, r_spec):
        assert ws[name_cell].value == written, (name_cell, ws[name_cell].value, written)
        self.keys.append(dict(file=self.fname, sheet=ws.title, row=row, year=year, written=written,
                              same_as=same_as, target=target, realisasi=realisasi,
                              _spec=dict(name_cell=name_cell, target=t_spec, realisasi=r_spec)))

    def note(self, ws, row, text):
        self.notes.append(dict(sheet=ws.title if ws is not None else None, row=row, text=text))

    def describe(self, ws, text):
        self.layout.append(dict(sheet=ws.title if ws is not None else None, text=text))

    def save(self):
        d = f'{RAW}/{self.slug}'
        os.makedirs(d, exist_ok=True)
        raw = f'{d}/{self.stem}.xlsx'
        self.wb.save(raw)
        out = f'{ROOT}/{self.slug}'
        os.makedirs(out, exist_ok=True)
        target = f'{out}/{self.fname}'
        if os.path.exists(target):
            os.remove(target)
        filt = {'xlsx': 'xlsx:Calc MS Excel 2007 XML', 'xls': 'xls:MS Excel 97', 'ods': 'ods'}[self.fmt]
        subprocess.run(SOFFICE + ['--convert-to', filt, '--outdir', out, raw], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert os.path.exists(target), target
        return target


def finish(slug, agency, years, books, ambiguous, flows, extra):
    """Write key.json for an agency and the meta file used by build_docs.py / verify.py."""
    rows, specs = [], []
    for b in books:
        for k in b.keys:
            k2 = {x: k[x] for x in ('file', 'sheet', 'row', 'year', 'written', 'same_as', 'target', 'realisasi')}
            rows.append(k2)
            specs.append(dict(k2, **k['_spec']))
    # sanity: one row per indicator per year
    seen = set()
    for r in rows:
        t = (r['same_as'], r['year'])
        assert t not in seen, t
        seen.add(t)
    key = dict(agency=agency, years=years, files=[b.fname for b in books], ambiguous=ambiguous, rows=rows)
    with open(f'{ROOT}/{slug}/key.json', 'w') as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
    meta = dict(slug=slug, agency=agency, years=years, flows=flows, ambiguous=ambiguous, extra=extra,
                books=[dict(file=b.fname, fmt=b.fmt, layout=b.layout, notes=b.notes) for b in books],
                specs=specs)
    os.makedirs(f'{GEN}/meta', exist_ok=True)
    with open(f'{GEN}/meta/{slug}.json', 'w') as f:
        json.dump(meta, f, indent=1, ensure_ascii=False)
    print(slug, len(rows), 'key rows')
