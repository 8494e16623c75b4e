"""Shared helpers for the blind37 generators."""
import os, subprocess, shutil, json
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
RAW = os.path.join(GEN, 'raw')
TMP = os.path.join(GEN, 'tmp')
PROFILE = 'file:///tmp/lo-b37'

thin = Side(style='thin')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)
WRAP = Alignment(vertical='top', wrap_text=True)
GREY = PatternFill('solid', fgColor='D9D9D9')
YELLOW = PatternFill('solid', fgColor='FFF2CC')


def L(c):
    return get_column_letter(c) if isinstance(c, int) else c


def put(ws, ref, value, fmt=None, bold=False, center=False, border=True, wrap=False, fill=None):
    c = ws[ref]
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if center:
        c.alignment = CENTER
    elif wrap:
        c.alignment = WRAP
    if border:
        c.border = BORDER
    if fill:
        c.fill = fill
    return c


def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER


def hdr(ws, ref, text, merge=None, fill=GREY):
    put(ws, ref, text, bold=True, center=True, fill=fill)
    if merge:
        ws.merge_cells(merge)


def signature(ws, row, col, place_date, jabatan, nama, pangkat, nip, extra=None):
    c = L(col)
    lines = [place_date] + ([extra] if extra else []) + [jabatan, '', '', '', nama, pangkat, 'NIP. ' + nip]
    for i, t in enumerate(lines):
        cell = ws[f'{c}{row + i}']
        cell.value = t
        if t == nama:
            cell.font = Font(bold=True, underline='single')
    return row + len(lines)


def convert(src, fmt, outdir, final_name=None):
    """Convert with LibreOffice headless using the own profile; return final path."""
    os.makedirs(outdir, exist_ok=True)
    work = os.path.join(TMP, 'conv_' + fmt)
    os.makedirs(work, exist_ok=True)
    subprocess.run(['soffice', f'-env:UserInstallation={PROFILE}', '--headless', '--convert-to', fmt,
                    '--outdir', work, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + '.' + fmt
    out = os.path.join(outdir, final_name or base)
    shutil.move(os.path.join(work, base), out)
    return out


class Key:
    def __init__(self, agency, years, ambiguous):
        self.d = {'agency': agency, 'years': years, 'files': [], 'ambiguous': ambiguous, 'rows': []}

    def add(self, file, sheet, row, year, written, same_as, target, realisasi):
        self.d['rows'].append({'file': file, 'sheet': sheet, 'row': row, 'year': year, 'written': written,
                               'same_as': same_as, 'target': target, 'realisasi': realisasi})

    def save(self, folder):
        files = sorted({r['file'] for r in self.d['rows']})
        self.d['files'] = files
        with open(os.path.join(folder, 'key.json'), 'w') as f:
            json.dump(self.d, f, indent=1, ensure_ascii=False)
