"""Shared helpers for the blind83 generators: value typing, layouts, key/locator recording, conversion."""
import json, os, random, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter as L, column_index_from_string as CI

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WRAP = Alignment(wrap_text=True, vertical='top')
BOLD = Font(bold=True)
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# ---------- values: (write, key, number_format) ----------
def idn(x, dec=None):
    """Indonesian text number: 1185 -> '1.185', 82.5 -> '82,5'."""
    if dec is None:
        dec = 0 if float(x).is_integer() else (1 if round(x, 1) == x else 2)
    s = f"{x:,.{dec}f}"
    return s.replace(',', '#').replace('.', ',').replace('#', '.')

def V(x, style=None, unit=''):
    """Return (write, key, fmt) for an intended figure x typed in `style`."""
    if x is None:
        return ('-', None, None)
    if style is None or style == 'num':
        return (x, x, None)
    if style == 'pct':      # fraction in a %-formatted cell -> keyed in points
        return (round(x / 100, 6), x, '0.0%')
    if style == 'pct2':
        return (round(x / 100, 6), x, '0.00%')
    if style == 'plainfrac':  # MISTAKE: fraction in plain cell, keyed as typed
        return (round(x / 100, 6), round(x / 100, 6), None)
    if style == 'txtpct':
        return (idn(x) + ' %', x, None)
    if style == 'ge':
        return ('≥ ' + idn(x), x, None)
    if style == 'range':
        return (idn(x) + ' - ' + idn(x + 5), x, None)
    if style == 'rp':
        return ('Rp ' + idn(x, 0) + ',-', x, None)
    if style == 'rp2':
        return ('Rp. ' + idn(x, 0), x, None)
    if style == 'foot':
        return (idn(x) + '*)', x, None)
    if style == 'unit':
        return (idn(x) + ' ' + unit, x, None)
    if style == 'dec':
        return (idn(x), x, None)
    if style == 'dash':
        return ('-', None, None)
    if style == 'grade':
        return (unit or 'BB', None, None)
    if style == 'thou':       # number with #,##0 format
        return (x, x, '#,##0')
    raise ValueError(style)

def put(ws, ref, v, fmt=None, wrap=False, bold=False):
    c = ws[ref]
    c.value = v
    if fmt: c.number_format = fmt
    if wrap: c.alignment = WRAP
    if bold: c.font = BOLD
    return c

def putV(ws, ref, tv):
    w, k, f = tv
    put(ws, ref, w, f)
    return k

def title(ws, lines, ncols, row=1):
    for i, t in enumerate(lines):
        r = row + i
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        c = ws.cell(r, 1, t); c.font = BOLD; c.alignment = Alignment(horizontal='center')
    return row + len(lines)

def sign(ws, row, col, place_date, jab, nama, nip):
    c = L(col)
    put(ws, f'{c}{row}', place_date); put(ws, f'{c}{row+1}', jab)
    put(ws, f'{c}{row+5}', nama, bold=True); put(ws, f'{c}{row+6}', 'NIP. ' + nip)

def widths(ws, d):
    for k, w in d.items(): ws.column_dimensions[k].width = w

# ---------- key recording ----------
class Key:
    def __init__(self, agency, short, years):
        self.agency, self.short, self.years = agency, short, years
        self.rows, self.locs, self.files, self.mistakes, self.layouts = [], [], [], [], []
        self.ambiguous = []
    def add(self, file, sheet, ws, name_ref, year, id_, target, real, tloc, rloc, col=False):
        col_letter = ''.join(ch for ch in name_ref if ch.isalpha())
        row = int(''.join(ch for ch in name_ref if ch.isdigit()))
        written = ws[name_ref].value
        r = {"file": file, "sheet": sheet, "row": row}
        if col: r["col"] = col_letter
        r.update({"year": year, "written": written, "same_as": id_, "target": target, "realisasi": real})
        self.rows.append(r)
        self.locs.append({"file": file, "sheet": sheet, "year": year, "id": id_, "name": name_ref,
                          "target": tloc, "realisasi": rloc})
    def mistake(self, year, cell, id_, what, keyed):
        self.mistakes.append({"year": year, "cell": cell, "id": id_, "what": what, "keyed": keyed})
    def save(self):
        d = os.path.join(ROOT, self.agency)
        json.dump({"agency": self.agency, "years": self.years, "files": self.files,
                   "ambiguous": self.ambiguous, "rows": self.rows},
                  open(os.path.join(d, 'key.json'), 'w'), ensure_ascii=False, indent=1)
        json.dump(self.locs, open(os.path.join(ROOT, 'gen', 'locators', self.agency + '.json'), 'w'),
                  ensure_ascii=False, indent=1)
        json.dump({"mistakes": self.mistakes, "layouts": self.layouts},
                  open(os.path.join(ROOT, 'gen', 'raw', self.agency + '_notes.json'), 'w'),
                  ensure_ascii=False, indent=1)

def cell(ref): return {"rule": "cell", "cells": [ref]}
def rule(kind, refs): return {"rule": {"FLOW": "sum", "LEVEL": "last"}.get(kind, kind), "cells": refs}

def qkey(kind, qkeys):
    rep = [k for k in qkeys if k is not None]
    if not rep: return None
    return round(sum(rep), 6) if kind == 'FLOW' else rep[-1]

# ---------- conversion ----------
def save_convert(wb, agency, base, ext, key):
    rawdir = os.path.join(ROOT, 'gen', 'raw', agency); os.makedirs(rawdir, exist_ok=True)
    tmpdir = os.path.join(ROOT, 'gen', 'tmp', agency); os.makedirs(tmpdir, exist_ok=True)
    raw = os.path.join(rawdir, base + '.xlsx')
    wb.save(raw)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind83',
                    '--convert-to', ext, '--outdir', tmpdir, raw], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(ROOT, agency); os.makedirs(out, exist_ok=True)
    shutil.move(os.path.join(tmpdir, base + '.' + ext), os.path.join(out, base + '.' + ext))
    key.files.append(base + '.' + ext)

# ---------- generic layouts ----------
def band(ws, r, text, c1, c2):
    ws.merge_cells(start_row=r, start_column=CI(c1), end_row=r, end_column=CI(c2))
    put(ws, f'{c1}{r}', text, bold=True)

def table(ws, r, items, cols, key, file, sheet, year, shared=False):
    """Row-per-indicator table. cols: no, sas, ind, sat, t, r, cap, plus extra letters.
    item: id, name, t, r (V tuples or callables(row)->V), sat, in_sas, wrap, merge2, band, hidden, x."""
    no = 0
    first, last = min(cols.values(), key=CI), max(cols.values(), key=CI)
    for it in items:
        if 'band' in it:
            band(ws, r, it['band'], first, last); r += 1; continue
        if it.get('hidden'):   # hidden draft row, not keyed
            put(ws, f"{cols['ind']}{r}", it['name']); put(ws, f"{cols['t']}{r}", it['t']); put(ws, f"{cols['r']}{r}", it['r'])
            ws.row_dimensions[r].hidden = True; r += 1; continue
        no += 1
        if 'no' in cols: put(ws, f"{cols['no']}{r}", it.get('no', no))
        namecol = cols['sas'] if it.get('in_sas') else cols['ind']
        put(ws, f'{namecol}{r}', it['name'], wrap=True)
        if 'sat' in cols and it.get('sat') is not None: put(ws, f"{cols['sat']}{r}", it['sat'])
        tv = it['t'](r) if callable(it['t']) else it['t']
        rv = it['r'](r) if callable(it['r']) else it['r']
        tk = putV(ws, f"{cols['t']}{r}", tv); rk = putV(ws, f"{cols['r']}{r}", rv)
        for c, v in it.get('x', {}).items():
            if isinstance(v, tuple): putV(ws, f'{c}{r}', v)
            else: put(ws, f'{c}{r}', v)
        if 'cap' in cols and 'cap' not in it.get('x', {}):
            if isinstance(tv[0], (int, float)) and isinstance(rv[0], (int, float)) and tv[0]:
                put(ws, f"{cols['cap']}{r}", f"=IFERROR({cols['r']}{r}/{cols['t']}{r}*100,\"\")", '0.00')
            else:
                put(ws, f"{cols['cap']}{r}", '-')
        key.add(file, sheet, ws, f'{namecol}{r}', year, it['id'], tk, rk,
                cell(f"{cols['t']}{r}"), cell(f"{cols['r']}{r}"), col=shared)
        if it.get('merge2'):
            ws.merge_cells(f'{namecol}{r}:{namecol}{r+1}'); r += 2
        elif it.get('wrap'):
            put(ws, f'{namecol}{r+1}', it['wrap']); r += 2
        else:
            r += 1
    return r

def periods(ws, r, items, cols, key, file, sheet, year):
    """Row-per-indicator with period columns. cols: no, ind, sat, t, q (list), qt (list, optional),
    r (optional annual/cumulative column). item: id, name, kind, t, q (list of V), qt, r (optional)."""
    no = 0
    first = min([v for k, v in cols.items() if isinstance(v, str)] + cols['q'], key=CI)
    lastc = max([v for k, v in cols.items() if isinstance(v, str)] + cols['q'], key=CI)
    for it in items:
        if 'band' in it:
            band(ws, r, it['band'], first, lastc); r += 1; continue
        no += 1
        if 'no' in cols: put(ws, f"{cols['no']}{r}", no)
        put(ws, f"{cols['ind']}{r}", it['name'], wrap=True)
        if 'sat' in cols: put(ws, f"{cols['sat']}{r}", it.get('sat'))
        tk = putV(ws, f"{cols['t']}{r}", it['t'])
        qk = [putV(ws, f'{c}{r}', v) if v is not None else None for c, v in zip(cols['q'], it['q'])]
        for c, v in zip(cols.get('qt', []), it.get('qt', [])):
            if v is not None: putV(ws, f'{c}{r}', v)
        if 'r' in cols and it.get('r') is not None:
            rv = it['r'](r) if callable(it['r']) else it['r']
            rk = putV(ws, f"{cols['r']}{r}", rv); rloc = cell(f"{cols['r']}{r}")
        else:
            rk = qkey(it['kind'], qk); rloc = rule(it['kind'], [f'{c}{r}' for c in cols['q']])
        key.add(file, sheet, ws, f"{cols['ind']}{r}", year, it['id'], tk, rk, cell(f"{cols['t']}{r}"), rloc)
        r += 1
    return r

def split_q(total, kind, rnd, n=4):
    """Split an annual figure into n periods: FLOW -> parts summing to total, LEVEL -> rising path ending at total."""
    if kind == 'FLOW':
        w = [rnd.uniform(0.8, 1.2) for _ in range(n)]
        if float(total).is_integer():
            parts = [int(total * x / sum(w)) for x in w]; parts[-1] = int(total) - sum(parts[:-1])
        else:
            parts = [round(total * x / sum(w), 2) for x in w]; parts[-1] = round(total - sum(parts[:-1]), 2)
        return parts
    path = [round(total * f, 2) for f in [0.9, 0.94, 0.97][:n - 1]] + [total]
    if float(total).is_integer(): path = [int(round(p)) for p in path[:-1]] + [total]
    return path

def figures(spec, years, seed):
    """spec: id -> (unit, kind, base_target, growth, dp). Returns {(id,year): (target, realisasi)}."""
    rnd = random.Random(seed); out = {}
    for i, (unit, kind, base, g, dp) in spec.items():
        for k, y in enumerate(years):
            t = base * (1 + g) ** k
            r = t * rnd.uniform(0.88, 1.07)
            if unit == '%':
                t = min(t, 99.0); r = min(r, 99.9)
            if dp == 0:
                t, r = int(round(t)), int(round(r))
            elif dp < 0:
                q = 10 ** (-dp); t, r = int(round(t / q) * q), int(round(r / q) * q)
            else:
                t, r = round(t, dp), round(r, dp)
            out[(i, y)] = (t, r)
    return out
