"""Shared helpers for the blind88 generators: cells, name drift, layouts, key recording, conversion."""
import json, os, random, re, subprocess, shutil
from openpyxl import Workbook
from openpyxl.utils import get_column_letter as L
from openpyxl.styles import Font, Alignment

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, 'gen')
B = Font(bold=True)
WR = Alignment(wrap_text=True, vertical='top')


class C:
    """A cell as typed (value, number format) and its key figure."""
    def __init__(self, typed, key, fmt=None):
        self.typed, self.key, self.fmt = typed, key, fmt


def idn(x, dec=0):
    s = f"{abs(x):,.{dec}f}".replace(',', '#').replace('.', ',').replace('#', '.')
    return ('-' if x < 0 else '') + s


def N(v): return C(v, v)
def P(v): return C(round(v / 100, 6), v, '0.0%')
def NA(): return C('-', None)


def T(unit, v, rng):
    if unit == '%':
        return C(rng.choice([f"{idn(v, 1 if v != int(v) else 0)} %", f"{idn(v, 1 if v != int(v) else 0)}%"]), v)
    if unit == 'Rp':
        return C(rng.choice([f"Rp {idn(v)},-", f"Rp. {idn(v)}"]), v)
    if unit in ('nilai', 'indeks'):
        return C(idn(v, 2), v)
    if isinstance(v, float) and v != int(v):
        return C(idn(v, 1), v)
    return C(rng.choice([idn(v), f"{idn(v)} {unit}"]) if unit.isalpha() else idn(v), v)


def cell(unit, v, style, rng):
    if v is None:
        return NA()
    if style == 'mix':
        style = rng.choice(['num', 'text', 'pct', 'num'])
    if style == 'text':
        return T(unit, v, rng)
    if style == 'pct' and unit == '%':
        return P(v)
    return N(v)


# ---------------- name drift ----------------
def drift(name, code, unit=''):
    for c in code.split('+'):
        if not c:
            continue
        if c == 'pros': name = name.replace('Persentase', 'Prosentase')
        elif c == 'abbr':
            for a, b in ((' dan ', ' & '), (' dengan ', ' dg '), (' yang ', ' yg '), (' terhadap ', ' thd ')):
                name = name.replace(a, b)
        elif c == 'title': name = ' '.join(w[:1].upper() + w[1:] for w in name.split(' '))
        elif c == 'lower': name = name[:1] + name[1:].lower()
        elif c == 'br':
            w = name.split(' '); k = len(w) // 2; name = ' '.join(w[:k]) + '\n' + ' '.join(w[k:])
        elif c == 'trail': name = name + '  '
        elif c == 'trail1': name = name + ' '
        elif c == 'unitin': name = f"{name} ({unit})"
        elif c == 'unitout': name = re.sub(r'\s*\([^)]*\)\s*$', '', name)
        elif c.startswith('num'): name = c[3:].replace('_', ' ') + ' ' + name
    return name


class Ind:
    """One indicator of one year as the generator intends it."""
    def __init__(self, id, written, unit, kind, sasaran, t, r):
        self.id, self.written, self.unit, self.kind, self.sasaran = id, written, unit, kind, sasaran
        self.t, self.r = t, r
        self.qmut = None   # (index, factor) a period typed wrong
        self.qdash = 0     # number of trailing periods not reported


def build_year(master, year, years, rng, style, seed_extra=0):
    """master: list of dicts id, unit, kind, sas, base, names{year: name}"""
    out = []
    i = years.index(year)
    for m in master:
        if year not in m['names']:
            continue
        r2 = random.Random(f"{m['id']}-{year}-{seed_extra}")
        base = m['base'] * (1 + 0.06 * i) if m.get('grow', True) else m['base']
        u = m['unit']
        if u == '%':
            t = min(100.0, round(base * 2) / 2)
            rv = min(100.0, round(t * r2.uniform(0.9, 1.06), 1))
        elif u in ('nilai', 'indeks'):
            t = round(base, 2); rv = round(t * r2.uniform(0.95, 1.04), 2)
        elif u in ('hari', 'jam'):
            t = m['base']; rv = round(t * r2.uniform(0.8, 1.2), 1)
        elif u == 'Rp':
            t = int(round(base, -5)); rv = int(round(t * r2.uniform(0.85, 1.1), -3))
        else:
            t = int(round(base)) if base < 50 else int(round(base, -1 if base < 5000 else -3))
            rv = int(round(t * r2.uniform(0.85, 1.1)))
        out.append(Ind(m['id'], m['names'][year], u, m['kind'], m['sas'],
                       cell(u, t, style, r2), cell(u, rv, style, r2)))
    return out


# ---------------- recording ----------------
class Agency:
    def __init__(self, name, years, prefix):
        self.name, self.years, self.prefix = name, years, prefix
        self.rows, self.locs, self.files, self.ambiguous = [], [], [], []
        os.makedirs(os.path.join(ROOT, name), exist_ok=True)

    def book(self, fname):
        return Book(self, fname)

    def write(self):
        key = {"agency": self.name, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": self.rows}
        with open(os.path.join(ROOT, self.name, 'key.json'), 'w') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        with open(os.path.join(GEN, 'locators', self.name + '.json'), 'w') as f:
            json.dump(self.locs, f, ensure_ascii=False, indent=1)


class Book:
    def __init__(self, ag, fname):
        self.ag, self.fname = ag, fname
        self.wb = Workbook(); self.wb.remove(self.wb.active)

    def sheet(self, title, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = 'hidden'
        return ws

    def rec(self, ws, row, col, ind, trule, tcells, rrule, rcells, tkey=None, rkey=None, share=False):
        tk = ind.t.key if tkey is None else tkey
        rk = ind.r.key if rkey is None else rkey
        k = {"file": self.fname, "sheet": ws.title, "row": row}
        if share:
            k["col"] = col
        k.update({"year": None, "written": ind.written, "same_as": ind.id, "target": tk, "realisasi": rk})
        k["year"] = self.year
        self.ag.rows.append(k)
        self.ag.locs.append({"file": self.fname, "sheet": ws.title, "name_cell": f"{col}{row}", "id": ind.id,
                             "year": self.year, "target": {"rule": trule, "cells": tcells},
                             "realisasi": {"rule": rrule, "cells": rcells}})

    def save(self):
        stem, ext = os.path.splitext(self.fname)
        raw = os.path.join(GEN, 'raw', stem + '.xlsx')
        self.wb.save(raw)
        out = os.path.join(ROOT, self.ag.name)
        fmt = ext[1:]
        prof = 'file:///tmp/lo-blind88'
        if fmt == 'xlsx':
            # round trip through a temp dir so that soffice writes the cached values
            tmp = os.path.join(GEN, 'tmp', 'conv'); os.makedirs(tmp, exist_ok=True)
            shutil.copy(raw, os.path.join(tmp, stem + '.raw.xlsx'))
            subprocess.run(['soffice', '--headless', f'-env:UserInstallation={prof}', '--convert-to', 'xlsx',
                            '--outdir', os.path.join(tmp, 'o'), os.path.join(tmp, stem + '.raw.xlsx')],
                           check=True, capture_output=True)
            shutil.move(os.path.join(tmp, 'o', stem + '.raw.xlsx'), os.path.join(out, self.fname))
        else:
            subprocess.run(['soffice', '--headless', f'-env:UserInstallation={prof}', '--convert-to', fmt,
                            '--outdir', out, raw], check=True, capture_output=True)
        self.ag.files.append(self.fname)


def put(ws, ref, c, bold=False):
    if isinstance(c, C):
        ws[ref].value = c.typed
        if c.fmt:
            ws[ref].number_format = c.fmt
    else:
        ws[ref].value = c
    if bold:
        ws[ref].font = B
    return ws[ref]


def head(ws, lines, ncol, r=1):
    for t in lines:
        ws.cell(r, 1, t).font = B
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1).alignment = Alignment(horizontal='center')
        r += 1
    return r + 1


def sign(ws, r, col, lines):
    for t in lines:
        ws.cell(r, col, t); r += 1
    return r


def periods(ind, n, rng, cumulative=False):
    """Split the intended realisasi over n periods; returns (cells, key by rule, rule)."""
    v = ind.r.key
    u = ind.unit
    if v is None:
        return [NA() for _ in range(n)], None, 'sum'
    dec = 0 if (isinstance(v, int) or u not in ('%', 'nilai', 'indeks', 'hari', 'jam')) else 2
    if ind.kind == 'FLOW' and not cumulative:
        w = [rng.uniform(0.7, 1.3) for _ in range(n)]; s = sum(w)
        parts = [round(v * x / s, dec) for x in w[:-1]]
        parts.append(round(v - sum(parts), dec))
        if dec == 0:
            parts = [int(p) for p in parts]
        vals = parts
    elif ind.kind == 'FLOW':
        w = [rng.uniform(0.7, 1.3) for _ in range(n)]; s = sum(w); acc = 0; vals = []
        for x in w:
            acc += x; vals.append(round(v * acc / s, dec))
        vals[-1] = v
        if dec == 0:
            vals = [int(p) for p in vals]
    else:
        vals = [round(v * (0.8 + 0.2 * (k + 1) / n), dec) for k in range(n)]
        vals[-1] = v
        if dec == 0:
            vals = [int(p) for p in vals]
    if ind.qmut:
        k, f = ind.qmut
        vals[k] = vals[k] * f
    if ind.qdash:
        for k in range(n - ind.qdash, n):
            vals[k] = None
    cells = [NA() if x is None else (P(x) if (u == '%' and ind.t.fmt) else N(x)) for x in vals]
    rep = [x for x in vals if x is not None]
    rule = 'last' if (cumulative or ind.kind == 'LEVEL') else 'sum'
    key = (rep[-1] if rule == 'last' else round(sum(rep), 6)) if rep else None
    if isinstance(key, float) and key == int(key) and dec == 0:
        key = int(key)
    return cells, key, rule


def capfml(tref, rref, pct_fmt=True):
    return f'=IF(N({tref})=0,0,N({rref})/N({tref}))'
