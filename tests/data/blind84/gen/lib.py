"""Shared helpers for blind84 generators: typed values, keys, layouts."""
import json, os, random, re
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter as CL, column_index_from_string as CI

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

class V:
    """cell content + keyed figure (the generator's intent, typed mistakes included)"""
    def __init__(self, cell, key, fmt=None):
        self.cell, self.key, self.fmt = cell, key, fmt

def idn(x, dec=None):
    if dec is None:
        dec = 0 if float(x).is_integer() else (2 if abs(x*10 - round(x*10)) > 1e-9 else 1)
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")

def num(x): return V(x, x)
def pct(x): return V(round(x/100, 6), round(x, 4), '0.0%')          # %-formatted fraction
def frac_plain(x): return V(round(x/100, 6), round(x/100, 6))       # mistake: fraction in plain cell
def txt(x, pre="", suf="", dec=None): return V(f"{pre}{idn(x, dec)}{suf}", x)
def rp(x): return V(f"Rp {idn(x, 0)},-", x)
def rng(lo, hi, suf=""): return V(f"{idn(lo)} - {idn(hi)}{suf}", lo)
def ge(x, suf=""): return V(f"≥ {idn(x)}{suf}", x)
def dash(): return V("-", None)
def grade(g): return V(g, None)
def blank(): return V(None, None)
def fml(f, key, fmt=None): return V(f, key, fmt)

def parse_cell(value, number_format):
    """How verify reads a located cell (mirrors the README conventions)."""
    if value is None: return None
    if isinstance(value, bool): return None
    if isinstance(value, (int, float)):
        return round(value * 100, 6) if '%' in (number_format or '') else value
    s = str(value).replace("*)", "").replace(",-", "").strip()
    m = re.search(r"\d[\d.]*(,\d+)?", s)
    if not m: return None
    return float(m.group(0).replace(".", "").replace(",", "."))

class Book:
    def __init__(self, agency, fname, fmt):
        self.agency, self.fname, self.fmt = agency, fname, fmt
        self.wb = Workbook(); self.wb.remove(self.wb.active)
    def sheet(self, title, hidden=False):
        ws = self.wb.create_sheet(title)
        if hidden: ws.sheet_state = 'hidden'
        return ws
    def save(self):
        base = os.path.splitext(self.fname)[0]
        p = os.path.join(ROOT, 'gen', 'raw', self.agency + '__' + base + '.xlsx')
        self.wb.save(p)

class Key:
    def __init__(self, agency, years, ambiguous):
        self.agency, self.years, self.amb = agency, years, ambiguous
        self.rows, self.locs, self.files = [], [], []
    def add(self, book, ws, namecell, year, written, iid, tgt, real, shared_col=False):
        col = re.match(r"[A-Z]+", namecell).group(0); row = int(namecell[len(col):])
        r = {"file": book.fname, "sheet": ws.title, "row": row}
        if shared_col: r["col"] = col
        r.update({"year": year, "written": written, "same_as": iid,
                  "target": tgt[0], "realisasi": real[0]})
        self.rows.append(r)
        self.locs.append({"file": book.fname, "sheet": ws.title, "name_cell": namecell,
                          "id": iid, "year": year,
                          "target": tgt[1], "realisasi": real[1]})
    def write(self):
        d = os.path.join(ROOT, self.agency); os.makedirs(d, exist_ok=True)
        k = {"agency": self.agency, "years": self.years, "files": self.files,
             "ambiguous": self.amb, "rows": self.rows}
        json.dump(k, open(os.path.join(d, 'key.json'), 'w'), ensure_ascii=False, indent=1)
        json.dump(self.locs, open(os.path.join(ROOT, 'gen', 'locators', self.agency + '.json'), 'w'),
                  ensure_ascii=False, indent=1)

def put(ws, ref, v, bold=False, wrap=False):
    c = ws[ref]
    if isinstance(v, V):
        c.value = v.cell
        if v.fmt: c.number_format = v.fmt
    else:
        c.value = v
    if bold: c.font = Font(bold=True)
    if wrap: c.alignment = Alignment(wrap_text=True, vertical='top')
    return c

def hdr(ws, ref, text, to=None):
    put(ws, ref, text, bold=True, wrap=True)
    if to: ws.merge_cells(f"{ref}:{to}")

def title(ws, lines, col='A', to=None, r=1):
    for i, t in enumerate(lines):
        put(ws, f"{col}{r+i}", t, bold=True)
        if to: ws.merge_cells(f"{col}{r+i}:{to}{r+i}")
    return r + len(lines)

def sign(ws, r, col, city, year, jab, nama, nip):
    for i, t in enumerate([f"{city}, {random.choice(['15 Januari','20 Januari','3 Februari'])} {year+1}",
                           jab, "", "", nama, f"NIP. {nip}"]):
        put(ws, f"{col}{r+i}", t)
    return r + 6

# --------------------------------------------------------------------------- drift
ABBR = [("dengan", "dg"), (" dan ", " & "), ("yang ", "yg "), ("terhadap", "thd")]
def drift(base, ops):
    if ops.startswith("="): return ops[1:]
    s = base
    for o in ops:
        if o == 'P': s = s.replace("Persentase", "Prosentase")
        elif o == 'a':
            for a, b in ABBR: s = s.replace(a, b)
        elif o == 'T': s = " ".join(w[:1].upper() + w[1:] for w in s.split(" "))
        elif o == 'l': s = s[:1] + s[1:].lower()
        elif o == 'n':
            w = s.split(" "); h = len(w) // 2; s = " ".join(w[:h]) + "\n" + " ".join(w[h:])
        elif o == 's': s = s + " "
        elif o == 'S': s = s + "  "
        elif o == 'b': s = re.sub(r"\s*\(([^)]*)\)$", r" \1", s)     # unit out of brackets
    return s

class Ind:
    def __init__(self, iid, kind, unit, base, names, t0, r0, sas=0, pctid=False, dec=0):
        self.id, self.kind, self.unit, self.base = iid, kind, unit, base
        self.names = names          # list over years: ops string / "=explicit" / None (absent)
        self.t0, self.r0, self.sas, self.pct, self.dec = t0, r0, sas, pctid, dec
    def name(self, k): return drift(self.base, self.names[k])
    def present(self, k): return self.names[k] is not None

def figures(ind, k, rnd):
    g = 1 + 0.06 * k if ind.kind == 'F' else 1 + 0.02 * k
    t = ind.t0 * g; r = ind.r0 * g * rnd.uniform(0.93, 1.07)
    if ind.pct: t = min(t, 100); r = min(r, 100)
    q = 10 ** ind.dec
    return round(t * q) / q, round(r * q) / q

def quarters(ind, total, rnd):
    """FLOW: four parts summing to total; LEVEL: rising levels ending at total"""
    q = 10 ** ind.dec
    if ind.kind == 'F':
        w = [rnd.uniform(0.2, 0.3) for _ in range(4)]; s = sum(w)
        p = [round(total * x / s * q) / q for x in w[:3]]
        p.append(round((total - sum(p)) * q) / q)
        return p
    return [round(total * f * q) / q for f in (0.9, 0.94, 0.97, 1.0)]

def rule_val(rule, vals):
    ks = [v for v in vals if v is not None]
    if rule == 'cell': return vals[0]
    if not ks: return None
    if rule == 'sum': return round(sum(ks), 6)
    if rule == 'last': return ks[-1]

# --------------------------------------------------------------------------- layouts
def grid(ws, key, book, year, r, items, cm, band=None, numname=False, numcol=True):
    """One row per indicator. cm: role -> column letter. items: list of dict
       {ind, name, t:V, r:V or None, q:[V]*n (quarter realisasi), qt:[V], extra:{col:V},
        wrap:str (continuation), insas:bool, draft:bool, sastext:str}"""
    last_sas = None; n = 0
    for it in items:
        for pre in it.get('pre', []):
            for c, v in pre.items(): put(ws, f"{c}{r}", v, bold=True)
            r += 1
        if band and it.get('sastext') != last_sas:
            last_sas = it.get('sastext')
            if band == 'row':
                put(ws, f"{cm.get('no','A')}{r}", last_sas, bold=True); r += 1
        if it.get('draft'):
            put(ws, f"{cm['name']}{r}", it['draft']); put(ws, f"{cm['tgt']}{r}", it['t'].cell)
            ws.row_dimensions[r].hidden = True; r += 1
        n += 1
        if numcol and 'no' in cm: put(ws, f"{cm['no']}{r}", n)
        if band == 'col' and it.get('sastext') and it.get('sas_first'):
            put(ws, f"{cm['sas']}{r}", it['sastext'], wrap=True)
        namecol = cm['sas'] if it.get('insas') else cm['name']
        written = (f"{n}. " if numname else "") + it['name']
        put(ws, f"{namecol}{r}", written, wrap=True)
        if 'unit' in cm: put(ws, f"{cm['unit']}{r}", it['ind'].unit)
        put(ws, f"{cm['tgt']}{r}", it['t'])
        tloc = {"rule": "cell", "cells": [f"{cm['tgt']}{r}"]}
        if 'qt' in it:
            for c, v in zip(cm['qt'], it['qt']): put(ws, f"{c}{r}", v)
        qcells = []
        if 'q' in it:
            for c, v in zip(cm['q'], it['q']):
                put(ws, f"{c}{r}", fml(v.cell.replace('{r}', str(r)), v.key, v.fmt) if isinstance(v.cell, str) and '{r}' in v.cell else v)
                qcells.append(f"{c}{r}")
        if 'real' in cm and it.get('r') is not None:
            v = it['r']
            if isinstance(v.cell, str) and '{r}' in v.cell: v = fml(v.cell.replace('{r}', str(r)), v.key, v.fmt)
            put(ws, f"{cm['real']}{r}", v)
            rloc = {"rule": "cell", "cells": [f"{cm['real']}{r}"]}; rk = it['r'].key
        else:
            rule = it.get('rule') or ('last' if (it.get('cum') or it['ind'].kind == 'L') else 'sum')
            rloc = {"rule": rule, "cells": qcells}; rk = rule_val(rule, [v.key for v in it['q']])
        for c, v in it.get('extra', {}).items():
            vv = v
            if isinstance(v, V) and isinstance(v.cell, str) and '{r}' in v.cell: vv = fml(v.cell.replace('{r}', str(r)), v.key, v.fmt)
            put(ws, f"{c}{r}", vv)
        if 'cap' in cm and 'real' in cm:
            put(ws, f"{cm['cap']}{r}", fml(f'=IFERROR({cm["real"]}{r}/{cm["tgt"]}{r},"-")', None, '0.00%'))
        key.add(book, ws, f"{namecol}{r}", year, written, it['ind'].id, (it['t'].key, tloc), (rk, rloc))
        r += 1
        if it.get('wrap'):
            put(ws, f"{namecol}{r}", it['wrap']); r += 1
    return r

def yitems(inds, k, rnd, sasaran):
    out = []; prev = None
    for ind in inds:
        if not ind.present(k): continue
        t, r = figures(ind, k, rnd)
        it = {'ind': ind, 'name': ind.name(k), 'tn': t, 'rn': r, 'sastext': sasaran[ind.sas]}
        it['sas_first'] = ind.sas != prev; prev = ind.sas
        out.append(it)
    return out

def V_for(ind, x, mode):
    """mode: n plain number, p %-formatted, t text with unit"""
    if x is None: return dash()
    if mode == 'p' and ind.pct: return pct(x)
    if mode == 't':
        if ind.unit == 'Rp': return rp(x)
        if ind.pct: return txt(x, suf=" %")
        return txt(x, suf=" " + ind.unit if ind.unit not in ('indeks', 'nilai') else "")
    return num(x)
