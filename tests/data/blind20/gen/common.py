"""Shared helpers for the blind20 generators (openpyxl writing + LibreOffice conversion)."""
import json, os, shutil, subprocess, glob
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = '/tmp/blind20-build'
LO_PROFILE = 'file:///tmp/lo-blind20'
THIN = Side(style='thin')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)
WRAP = Alignment(vertical='top', wrap_text=True)


def is_int(v):
    return float(v).is_integer()


def ndec(v):
    if is_int(v):
        return 0
    s = f"{v:.2f}".rstrip('0')
    return len(s.split('.')[1])


def fmt_num(v, dec=None, grp='.', mark=','):
    """Indonesian style by default: 8.450 / 85,5"""
    if dec is None:
        dec = ndec(v)
    s = f"{v:,.{dec}f}"
    return s.replace(',', '\x00').replace('.', mark).replace('\x00', grp)


def keynum(v):
    return int(round(v)) if is_int(v) else round(float(v), 6)


def cell_value(v, style, unit):
    """Return (cell content, number_format) for a figure written in a given style.
    n  numeric, format chosen from the value      g  numeric, General
    ti text, Indonesian (8.450 / 85,5)             ti2 text, Indonesian, two decimals (85,50)
    te text, English grouping/decimal dot (8,450 / 72.5)
    tu text with its unit (8.450 kendaraan / 85,5 % / Rp. 312.450.000)
    pf percent fraction (0.855 formatted 0.00%)    rp numeric with "Rp" format
    rpt text "Rp. 312.450.000,-"
    """
    if style == 'n':
        if is_int(v):
            return int(v), ('#,##0' if abs(v) >= 1000 else '0')
        return v, ('#,##0.00' if abs(v) >= 1000 else '0.00')
    if style == 'g':
        return (int(v) if is_int(v) else v), 'General'
    if style == 'ti':
        return fmt_num(v), '@'
    if style == 'ti2':
        return fmt_num(v, 2), '@'
    if style == 'te':
        return fmt_num(v, grp=',', mark='.'), '@'
    if style == 'tu':
        u = unit or ''
        if u.lower().startswith('rp'):
            return 'Rp. ' + fmt_num(v), '@'
        if u in ('%', 'persen'):
            return fmt_num(v) + ' %', '@'
        if u.lower() in ('nilai', 'indeks', 'rasio', 'poin', ''):
            return fmt_num(v), '@'
        return fmt_num(v) + ' ' + u, '@'
    if style == 'pf':
        return round(v / 100.0, 8), '0.00%'
    if style == 'rp':
        return int(v), '"Rp "#,##0'
    if style == 'rpt':
        return 'Rp. ' + fmt_num(v) + ',-', '@'
    raise ValueError(style)


def put(ws, row, col, value, fmt=None, bold=False, border=True, align=None):
    c = ws.cell(row=row, column=col, value=value)
    if fmt and fmt != 'General':
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if border:
        c.border = BORDER
    c.alignment = align or WRAP
    return c


def merge(ws, r1, c1, r2, c2, value=None, bold=False, border=True, align=None):
    c = ws.cell(row=r1, column=c1)
    if value is not None:
        c.value = value
    if bold:
        c.font = BOLD
    c.alignment = align or CENTER
    if border:
        for r in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(row=r, column=cc).border = BORDER
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    return c


def title(ws, row, text, ncols, c1=1):
    merge(ws, row, c1, row, c1 + ncols - 1, text, bold=True, border=False, align=Alignment(horizontal='center'))


def plain(ws, row, col, text, bold=False):
    c = ws.cell(row=row, column=col, value=text)
    if bold:
        c.font = BOLD
    return c


def capaian(t, r, neg):
    if neg:
        return round((2 * t - r) / t * 100, 2)
    return round(r / t * 100, 2)


ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']


def year_rows(IND, SAS_ORDER, yi):
    """Indicators present in year index yi, ordered by sasaran then list position (or 'order')."""
    rows = []
    for pos, ind in enumerate(IND):
        name = ind['names'][yi]
        if name is None:
            continue
        sas = ind['sas'][yi] if isinstance(ind['sas'], list) else ind['sas']
        unit = ind['unit'][yi] if isinstance(ind['unit'], list) else ind['unit']
        order = ind.get('order', {}).get(yi, pos)
        rows.append(dict(id=ind['id'], sas=sas, name=name, unit=unit, t=ind['t'][yi], r=ind['r'][yi],
                         neg=ind.get('neg', False), _k=(SAS_ORDER.index(sas), order)))
    rows.sort(key=lambda d: d['_k'])
    return rows


def write_table(ws, L, rows, sas_text, year, key, fname):
    """Generic table writer. L (layout) keys:
    start: first data row; cols: role -> column; sas_mode: merge|blank|section|repeat
    no_mode: None|seq|hier|alpha; style(row, which)->style; cap: typed|formula|frac
    unit_mode: col|cell|split; name(row)->text; cap_over: {id: value}; sec(i, text)->text
    """
    cols = L['cols']
    r = L['start']
    groups = []
    for d in rows:
        if not groups or groups[-1][0] != d['sas']:
            groups.append((d['sas'], []))
        groups[-1][1].append(d)
    seq = 0
    ncol = max(cols.values())
    for gi, (sas, items) in enumerate(groups):
        if L['sas_mode'] == 'section':
            txt = L['sec'](gi, sas_text[sas])
            c0 = cols.get('no', cols['ind'])
            if 'no' in cols and L.get('sec_no'):
                put(ws, r, cols['no'], L['sec_no'](gi), bold=True)
                c0 = cols['no'] + 1
            merge(ws, r, c0, r, ncol, txt, bold=True, align=Alignment(horizontal='left', vertical='center', wrap_text=True))
            r += 1
        first = r
        for ii, d in enumerate(items):
            seq += 1
            if 'no' in cols and L.get('no_mode'):
                m = L['no_mode']
                no = seq if m == 'seq' else f"{gi + 1}.{ii + 1}" if m == 'hier' else f"{'abcdefghijklmnop'[ii]}." if m == 'alpha' else f"{seq}."
                put(ws, r, cols['no'], no, align=Alignment(horizontal='center', vertical='top'))
            elif 'no' in cols:
                put(ws, r, cols['no'], None)
            name = L['name'](d) if 'name' in L else d['name']
            put(ws, r, cols['ind'], name)
            if 'sif' in cols:
                put(ws, r, cols['sif'], '-' if d['neg'] else '+', align=Alignment(horizontal='center'))
            st_t = L['style'](d, 't')
            st_r = L['style'](d, 'r')
            vt, ft = cell_value(d['t'], st_t, d['unit'])
            vr, fr = cell_value(d['r'], st_r, d['unit'])
            put(ws, r, cols['t'], vt, ft, align=Alignment(horizontal='right', vertical='top'))
            put(ws, r, cols['r'], vr, fr, align=Alignment(horizontal='right', vertical='top'))
            if L['unit_mode'] == 'col':
                put(ws, r, cols['sat'], d['unit'], align=Alignment(horizontal='center', vertical='top'))
            elif L['unit_mode'] == 'split':
                put(ws, r, cols['ts'], d['unit'])
                put(ws, r, cols['rs'], d['unit'])
            # capaian
            cap = L.get('cap_over', {}).get(d['id'], capaian(d['t'], d['r'], d['neg']))
            tl = get_column_letter(cols['t']) + str(r)
            rl = get_column_letter(cols['r']) + str(r)
            numeric = isinstance(vt, (int, float)) and isinstance(vr, (int, float))
            mode = L['cap']
            if mode == 'formula' and numeric and d['id'] not in L.get('cap_over', {}):
                f = f"=ROUND((2*{tl}-{rl})/{tl}*100,2)" if d['neg'] else f"=ROUND({rl}/{tl}*100,2)"
                put(ws, r, cols['cap'], f, '0.00', align=Alignment(horizontal='right', vertical='top'))
            elif mode == 'frac' and numeric and d['id'] not in L.get('cap_over', {}):
                f = f"=(2*{tl}-{rl})/{tl}" if d['neg'] else f"={rl}/{tl}"
                put(ws, r, cols['cap'], f, '0.00%', align=Alignment(horizontal='right', vertical='top'))
            elif mode == 'frac':
                put(ws, r, cols['cap'], round(cap / 100, 6), '0.00%', align=Alignment(horizontal='right', vertical='top'))
            elif mode == 'typed_text':
                put(ws, r, cols['cap'], fmt_num(cap, 2), '@', align=Alignment(horizontal='right', vertical='top'))
            else:
                put(ws, r, cols['cap'], cap, '0.00', align=Alignment(horizontal='right', vertical='top'))
            if 'ket' in cols:
                put(ws, r, cols['ket'], L.get('ket', {}).get(d['id']))
            key.append(dict(file=fname, sheet=ws.title, row=r, year=year, written=name, same_as=d['id'],
                            target=keynum(d['t']), realisasi=keynum(d['r'])))
            r += 1
        last = r - 1
        if 'sas' in cols:
            if L['sas_mode'] == 'merge':
                merge(ws, first, cols['sas'], last, cols['sas'], sas_text[sas],
                      align=Alignment(vertical='top', wrap_text=True))
            elif L['sas_mode'] == 'blank':
                put(ws, first, cols['sas'], sas_text[sas])
                for rr in range(first + 1, last + 1):
                    put(ws, rr, cols['sas'], None)
            elif L['sas_mode'] == 'repeat':
                for rr in range(first, last + 1):
                    put(ws, rr, cols['sas'], sas_text[sas])
    return r


def header(ws, specs):
    """specs: list of (row, col1, row2, col2, text)"""
    for (r1, c1, r2, c2, text) in specs:
        merge(ws, r1, c1, r2, c2, text, bold=True)


def widths(ws, w):
    for i, x in enumerate(w, start=1):
        ws.column_dimensions[get_column_letter(i)].width = x


def signature(ws, row, col, lines, bold_idx=()):
    for i, ln in enumerate(lines):
        c = ws.cell(row=row + i, column=col, value=ln if ln else None)
        c.alignment = Alignment(horizontal='center')
        if i in bold_idx:
            c.font = Font(bold=True, underline='single') if 'NIP' not in ln else BOLD


def convert(src, fmt, outdir):
    """Convert src with LibreOffice (own profile) into outdir as fmt (xlsx/xls/ods)."""
    os.makedirs(outdir, exist_ok=True)
    filt = {'xlsx': 'xlsx:Calc MS Excel 2007 XML', 'xls': 'xls:MS Excel 97', 'ods': 'ods'}[fmt]
    subprocess.run(['soffice', '--headless', f'-env:UserInstallation={LO_PROFILE}', '--convert-to', filt,
                    '--outdir', outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)
    assert os.path.exists(out), out
    return out


def finish(slug, agency, years, built, key_rows, ambiguous):
    """built: list of (tmp xlsx path, final format). Converts, writes key.json."""
    outdir = os.path.join(ROOT, slug)
    if os.path.isdir(outdir):
        for f in os.listdir(outdir):
            os.remove(os.path.join(outdir, f))
    os.makedirs(outdir, exist_ok=True)
    files = []
    for src, fmt in built:
        out = convert(src, fmt, outdir)
        files.append(os.path.basename(out))
    for k in key_rows:
        assert k['file'] in files, k['file']
    key = dict(agency=agency, years=years, files=files, rows=key_rows, ambiguous=ambiguous)
    with open(os.path.join(outdir, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    print(slug, len(key_rows), 'rows', files)


def new_book(path_stem, slug):
    d = os.path.join(BUILD, slug)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, path_stem + '.xlsx')
