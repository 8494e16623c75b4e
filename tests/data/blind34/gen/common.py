import json, os, random
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter as CL
THIN = Side(style='thin'); BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, 'raw')

def w(ws, r, c, v, fmt=None, b=False, wrap=False, center=False, border=True, italic=False, size=10):
    if isinstance(c, str):
        from openpyxl.utils import column_index_from_string
        c = column_index_from_string(c)
    cell = ws.cell(row=r, column=c, value=v)
    if fmt: cell.number_format = fmt
    cell.font = Font(name='Arial', size=size, bold=b, italic=italic)
    cell.alignment = Alignment(wrap_text=wrap, horizontal='center' if center else None,
                               vertical='center' if center else 'top')
    if border: cell.border = BOX
    return cell

def m(ws, r1, c1, r2, c2, v, **kw):
    kw.setdefault('center', True); kw.setdefault('wrap', True)
    w(ws, r1, c1, v, **kw)
    for rr in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            if (rr, cc) != (r1, c1) and kw.get('border', True):
                ws.cell(rr, cc).border = BOX
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

def idn(x, dec=0):
    """format number Indonesian style 1.234,56"""
    s = f"{x:,.{dec}f}"
    return s.replace(',', '#').replace('.', ',').replace('#', '.')

def title(ws, lines, ncol, r0=1):
    for i, t in enumerate(lines):
        m(ws, r0 + i, 1, r0 + i, ncol, t, b=True, border=False, size=12)

def widths(ws, d):
    for k, v in d.items():
        ws.column_dimensions[k].width = v

def signature(ws, r, col, place_date, jab, nama, pangkat, nip):
    for i, t in enumerate([place_date, jab, '', '', '', nama, pangkat, 'NIP. ' + nip]):
        w(ws, r + i, col, t, border=False, b=(i == 5))
    return r + 8

class Key:
    def __init__(self, agency, years):
        self.d = {"agency": agency, "years": years, "files": [], "ambiguous": [], "rows": []}
    def file(self, f):
        if f not in self.d['files']: self.d['files'].append(f)
    def add(self, file, sheet, row, year, written, same_as, target, realisasi):
        self.file(file)
        self.d['rows'].append(dict(file=file, sheet=sheet, row=row, year=year, written=written,
                                   same_as=same_as, target=target, realisasi=realisasi))
    def save(self, path):
        with open(path, 'w') as f:
            json.dump(self.d, f, ensure_ascii=False, indent=1)

def gen_vals(rng, base, step, years, dec=0, neg=False, cap=None, lo=0.88, hi=1.10):
    out = {}
    for i, y in enumerate(years):
        t = round(base + step * i, dec)
        if cap is not None: t = min(t, cap)
        f = rng.uniform(lo, hi)
        if neg: f = rng.uniform(0.75, 1.15)
        r = round(t * f, dec)
        if cap is not None: r = min(r, cap)
        if dec == 0: t, r = int(t), int(r)
        out[y] = [t, r]
    return out

def split_q(rng, total, dec, cumulative):
    """quarter targets/realisasi. cumulative: rising, last == total; else parts summing to total"""
    for _ in range(200):
        p = _split_q(rng, total, dec, cumulative)
        if total < 4 or all(x > 0 for x in p[:3]):
            return p
    return p

def _split_q(rng, total, dec, cumulative):
    fr = [0.25 * (i + 1) + rng.uniform(-0.08, 0.08) for i in range(3)]
    if cumulative:
        parts = [round(total * f, dec) for f in fr] + [total]
        if dec == 0: parts = [int(p) for p in parts]
        return parts
    shares = [fr[0], fr[1] - fr[0], fr[2] - fr[1], 1 - fr[2]]
    parts = [round(total * s, dec) for s in shares[:3]]
    last = round(total - sum(parts), dec)
    parts.append(last)
    if dec == 0: parts = [int(p) for p in parts]
    return parts
