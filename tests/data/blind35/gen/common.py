"""Shared helpers for the blind35 generators (openpyxl writing + key recording)."""
import json, os, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter as L

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(ROOT, 'gen', 'raw')
TMP = os.path.join(ROOT, 'gen', 'tmp')
PROFILE = 'file:///tmp/lo-blind35'
thin = Side(style='thin')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical='top')
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)


def put(ws, r, c, v, fmt=None, bold=False, border=True, center=False, wrap=False):
    cell = ws.cell(row=r, column=c, value=v)
    if fmt:
        cell.number_format = fmt
    if bold:
        cell.font = BOLD
    if border:
        cell.border = BORDER
    if center:
        cell.alignment = CENTER
    elif wrap:
        cell.alignment = WRAP
    return cell


def merge(ws, r1, c1, r2, c2, v=None, **kw):
    if v is not None:
        put(ws, r1, c1, v, **kw)
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def idn(x, dec=None):
    """Indonesian text of a number: 1850 -> '1.850', 85.1 -> '85,1'."""
    if dec is None:
        dec = 0 if float(x) == int(x) else len(repr(float(x)).split('.')[1])
    s = f"{x:,.{dec}f}"
    return s.replace(',', '#').replace('.', ',').replace('#', '.')


def num(x):
    """Store ints as int."""
    if isinstance(x, float) and x == int(x) and abs(x) > 20:
        return int(x)
    return x


class Keys:
    def __init__(self, agency, years, folder):
        self.agency, self.years, self.folder = agency, years, folder
        self.rows, self.files, self.ambiguous = [], [], []

    def add(self, file, sheet, row, year, written, sid, target, realisasi):
        self.rows.append(dict(file=file, sheet=sheet, row=row, year=year, written=written,
                              same_as=sid, target=target, realisasi=realisasi))

    def save(self):
        out = dict(agency=self.agency, years=self.years, files=self.files,
                   ambiguous=self.ambiguous, rows=self.rows)
        with open(os.path.join(ROOT, self.folder, 'key.json'), 'w') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)


def deliver(wb, folder, fname, keys):
    """Save raw xlsx in gen/raw, convert via LibreOffice into the agency folder in the final format."""
    os.makedirs(RAW, exist_ok=True)
    dest = os.path.join(ROOT, folder)
    os.makedirs(dest, exist_ok=True)
    base, ext = os.path.splitext(fname)
    raw = os.path.join(RAW, base + '.xlsx')
    wb.save(raw)
    fmt = ext[1:]
    subprocess.run(['soffice', f'-env:UserInstallation={PROFILE}', '--headless', '--convert-to', fmt,
                    '--outdir', dest, raw], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(os.path.join(dest, fname)), fname
    keys.files.append(fname)


def quarters(total, kind, isint, shares=(0.2, 0.3, 0.3, 0.2), ramp=(0.94, 0.96, 0.98, 1.0)):
    """Per-quarter values: 'sum' splits the total; 'level' ramps up to the total at TW IV."""
    if total is None or isinstance(total, str):
        return [total] * 4
    if kind == 'sum':
        if isint:
            q = [int(round(total * s)) for s in shares[:3]]
        else:
            q = [round(total * s, 2) for s in shares[:3]]
        last = total - sum(q)
        last = int(round(last)) if isint else round(last, 2)
        return q + [last]
    return [round(total * f, 2) for f in ramp[:3]] + [total]
