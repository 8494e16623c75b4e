"""Shared helpers for the blind55 generators (examiner's test set)."""
import json, os, subprocess, shutil, zipfile, re, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter, column_index_from_string

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
RAW = os.path.join(GEN, 'raw')
TMP = os.path.join(GEN, 'tmp')
LO_PROFILE = 'file:///tmp/lo-blind55'

THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
FMT_INT = '#,##0'
FMT_DEC2 = '#,##0.00'
FMT_ACC = '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)'
FMT_PCT0 = '0%'
FMT_PCT1 = '0.0%'
FMT_PCT2 = '0.00%'


def W(ws, ref, value, fmt=None, bold=False, wrap=False, h=None, v='center', border=False, fill=None, italic=False, size=None):
    c = ws[ref]
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold or italic or size:
        c.font = Font(bold=bold, italic=italic, size=size or 11)
    if wrap or h or v:
        c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v)
    if border:
        c.border = BOX
    if fill:
        c.fill = PatternFill('solid', fgColor=fill)
    return c


def M(ws, rng, value, **kw):
    """merge a range and write its top-left cell; border the whole range if asked"""
    ws.merge_cells(rng)
    tl = rng.split(':')[0]
    c = W(ws, tl, value, **kw)
    if kw.get('border'):
        for row in ws[rng]:
            for cell in row:
                cell.border = BOX
    return c


def box(ws, rng):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX


def col(n):
    return get_column_letter(n)


def coln(letter):
    return column_index_from_string(letter)


def split_int(total, weights):
    """split an integer total by weights into ints that add up exactly"""
    s = float(sum(weights))
    parts = [int(total * w / s) for w in weights]
    diff = total - sum(parts)
    i = 0
    while diff != 0:
        k = i % len(parts)
        if weights[k] > 0:
            parts[k] += 1 if diff > 0 else -1
            diff += -1 if diff > 0 else 1
        i += 1
    return parts


def split_dec(total, weights, nd=2):
    s = float(sum(weights))
    parts = [round(total * w / s, nd) for w in weights]
    parts[-1] = round(total - sum(parts[:-1]), nd)
    return parts


class KeyBook:
    """Collects key rows and, beside them, where verify.py finds each value."""

    def __init__(self, agency, slug, years):
        self.agency = agency
        self.slug = slug
        self.years = years
        self.files = []
        self.rows = []
        self.cells = []
        self.ambiguous = []
        self.notes = {}      # (file, sheet) -> list of strings (README)
        self.layout = {}     # (file, sheet) -> description
        self.flows = []
        self.must_not_merge = []

    def add(self, file, sheet, row, namecol, year, written, same_as, target, realisasi,
            tspec, rspec, colkey=False):
        r = {"file": file, "sheet": sheet, "row": row, "year": year, "written": written,
             "same_as": same_as, "target": target, "realisasi": realisasi}
        if colkey:
            r["col"] = namecol
        self.rows.append(r)
        self.cells.append({"file": file, "sheet": sheet, "row": row, "namecol": namecol,
                           "year": year, "same_as": same_as, "target": tspec, "realisasi": rspec})

    def note(self, file, sheet, text):
        self.notes.setdefault((file, sheet), []).append(text)

    def describe(self, file, sheet, text):
        self.layout[(file, sheet)] = text


def spec(cells, agg='one', loc='id'):
    """where verify finds a value: cells (list of refs), agg one/sum/last, loc id/en"""
    if isinstance(cells, str):
        cells = [cells]
    return {"cells": cells, "agg": agg, "loc": loc}


def soffice_convert(src, fmt, outdir):
    filt = {'xlsx': 'xlsx:Calc MS Excel 2007 XML', 'xls': 'xls:MS Excel 97', 'ods': 'ods'}[fmt]
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--convert-to', filt,
           '--outdir', outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)
    if not os.path.exists(out):
        raise RuntimeError('conversion failed: ' + src)
    return out


def patch_table_style(xlsx_path, style='TableStyleMedium2'):
    """LibreOffice drops an Excel table's style on export; put the banded style back
    (the cached values LibreOffice wrote stay as they are)."""
    tmp = xlsx_path + '.tmp'
    with zipfile.ZipFile(xlsx_path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith('xl/tables/table') and item.filename.endswith('.xml'):
                s = data.decode('utf-8')
                m = re.search(r'<table [^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"', s)
                if m and 'totalsRowCount="1"' in s:
                    # Excel leaves the totals row out of the table's autofilter
                    a, b = '%s%s:%s%s' % m.groups(), '%s%s:%s%d' % (m.group(1), m.group(2), m.group(3), int(m.group(4)) - 1)
                    s = s.replace('<autoFilter ref="%s"' % a, '<autoFilter ref="%s"' % b)
                if 'tableStyleInfo' not in s:
                    s = s.replace('</table>', '<tableStyleInfo name="%s" showFirstColumn="0" '
                                  'showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>' % style)
                data = s.encode('utf-8')
            zout.writestr(item, data)
    os.replace(tmp, xlsx_path)
