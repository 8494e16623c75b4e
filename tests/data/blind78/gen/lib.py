"""Shared helpers for the blind78 generators: typed values, layouts, key collection, conversion."""
import json, os, subprocess, shutil, re
import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter as L

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, 'gen')
LO = ['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind78']

def idn(v, dec=None):
    """Indonesian number text: 1.185 / 82,5"""
    if dec is None:
        dec = 0 if float(v) == int(v) else len(repr(float(v)).split('.')[1])
    s = f"{v:,.{dec}f}"
    return s.replace(',', '#').replace('.', ',').replace('#', '.')

class V:
    """A typed value: what goes in the cell, its number format and the keyed figure."""
    def __init__(self, cell, key, fmt=None):
        self.cell, self.key, self.fmt = cell, key, fmt

def tv(v, st='num', unit='', hi=None, grade='BB', formula=None):
    if st == 'blank': return V(None, None)
    if v is None or st == 'dash': return V('-', None)
    if st == 'num': return V(v, v, '#,##0' if float(v) == int(v) and abs(v) >= 1000 else None)
    if st == 'num2': return V(v, v, '0.00')
    if st == 'pct': return V(round(v / 100, 6), v, '0.00%')
    if st == 'pct0': return V(round(v / 100, 6), v, '0%')
    if st == 'plainfrac': return V(round(v / 100, 6), round(v / 100, 6))   # mistake: keyed as typed
    if st == 'tpct': return V(f"{idn(v)} %", v)
    if st == 'tpct2': return V(f"{idn(v)}%", v)
    if st == 'rp': return V(f"Rp {idn(v)},-", v)
    if st == 'rp2': return V(f"Rp. {idn(v)}", v)
    if st == 'ge': return V(f"≥ {idn(v)}", v)
    if st == 'ge2': return V(f">= {idn(v)}", v)
    if st == 'range': return V(f"{idn(v)} - {idn(hi)}", v)
    if st == 'foot': return V(f"{idn(v)}*)", v)
    if st == 'unit': return V(f"{idn(v)} {unit}", v)
    if st == 'tnum': return V(idn(v), v)
    if st == 'grade': return V(grade, None)
    if st == 'f': return V(formula, v)
    raise ValueError(st)

def asv(x):
    return x if isinstance(x, V) else tv(x)

class R:
    """One indicator row for one year."""
    def __init__(self, id, name, unit, t, r, kind='FLOW', sas='', q=None, m=None, extra=None):
        self.id, self.name, self.unit, self.kind, self.sas = id, name, unit, kind, sas
        self.t, self.r = asv(t), (asv(r) if r is not None else tv(None))
        self.q, self.m, self.extra = q, m, extra or {}

def split_periods(R_, n, blanks=()):
    """Periods (quarters/months) whose sum (FLOW) or last value (LEVEL) gives the realisasi."""
    v = R_.r.key
    out = []
    if v is None:
        return [tv(None, 'blank') for _ in range(n)]
    isint = float(v) == int(v)
    live = [i for i in range(n) if i not in blanks]
    if R_.kind == 'FLOW':
        w = [1 + (i % 3) for i in range(len(live))]
        parts = []
        acc = 0
        for j, i in enumerate(live):
            if j == len(live) - 1: p = round(v - acc, 2)
            else:
                p = v * w[j] / sum(w)
                p = int(p) if isint else round(p, 2)
            acc = round(acc + p, 2); parts.append(p)
        parts = [int(p) if isint else p for p in parts]
    else:
        parts = []
        for j, i in enumerate(live):
            if j == len(live) - 1: p = v
            else:
                p = v * (0.85 + 0.15 * j / len(live)); p = round(p, 2) if not isint else int(p)
            parts.append(p)
    it = iter(parts)
    for i in range(n):
        out.append(tv(None, 'blank') if i in blanks else tv(next(it)))
    return out

def agg(vals, kind):
    ks = [v.key for v in vals if v.key is not None]
    if not ks: return None
    return round(sum(ks), 6) if kind == 'FLOW' else ks[-1]

class Keys:
    def __init__(self, agency, prefix):
        self.agency, self.prefix, self.rows, self.locs = agency, prefix, [], []
        self.files = []

    def add(self, file, sheet, row, year, R_, name_cell, t_loc, r_loc, tkey, rkey, col=None):
        rec = {"file": file, "sheet": sheet, "row": row}
        if col: rec["col"] = col
        rec.update({"year": year, "written": R_.name, "same_as": R_.id, "target": tkey, "realisasi": rkey})
        self.rows.append(rec)
        self.locs.append({"file": file, "sheet": sheet, "year": year, "id": R_.id, "name": name_cell,
                          "target": t_loc, "realisasi": r_loc})

def put(ws, ref, v, bold=False, wrap=False):
    c = ws[ref]
    if isinstance(v, V):
        c.value = v.cell
        if v.fmt: c.number_format = v.fmt
    else:
        c.value = v
    if bold: c.font = Font(bold=True)
    if wrap or (isinstance(c.value, str) and '\n' in c.value): c.alignment = Alignment(wrap_text=True, vertical='top')
    return c

def title(ws, lines, ncol, start=1):
    for i, t in enumerate(lines):
        r = start + i
        put(ws, f"A{r}", t, bold=True)
        if ncol > 1: ws.merge_cells(f"A{r}:{L(ncol)}{r}")
        ws[f"A{r}"].alignment = Alignment(horizontal='center')
    return start + len(lines)

def sign(ws, row, col, place, year, who, nip, jab):
    put(ws, f"{col}{row}", f"{place}, 31 Desember {year}")
    put(ws, f"{col}{row+1}", jab)
    put(ws, f"{col}{row+5}", who, bold=True)
    put(ws, f"{col}{row+6}", f"NIP. {nip}")
    return row + 7

def cell_rule(ref): return {"rule": "cell", "cells": [ref]}

# ---------------------------------------------------------------- conversion
def save_raw(wb, name):
    p = os.path.join(GEN, 'raw', name)
    wb.save(p)
    return p

def deliver(jobs, outdir):
    """jobs: list of (raw_xlsx_path, fmt, delivered_name)."""
    tmp = os.path.join(GEN, 'tmp')
    for fmt in sorted(set(j[1] for j in jobs)):
        d = os.path.join(tmp, fmt); os.makedirs(d, exist_ok=True)
        srcs = [j[0] for j in jobs if j[1] == fmt]
        subprocess.run(LO + ['--convert-to', fmt, '--outdir', d] + srcs, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for j in jobs:
            if j[1] != fmt: continue
            base = os.path.splitext(os.path.basename(j[0]))[0] + '.' + fmt
            shutil.copy(os.path.join(d, base), os.path.join(outdir, j[2]))

def write_key(keys, years, ambiguous, outdir, meta):
    key = {"agency": keys.agency, "years": years, "files": keys.files, "ambiguous": ambiguous,
           "rows": keys.rows}
    with open(os.path.join(outdir, 'key.json'), 'w') as f: json.dump(key, f, ensure_ascii=False, indent=1)
    with open(os.path.join(GEN, 'locators', keys.agency + '.json'), 'w') as f:
        json.dump(keys.locs, f, ensure_ascii=False, indent=1)
    with open(os.path.join(GEN, 'meta', keys.agency + '.json'), 'w') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)

# ---------------------------------------------------------------- layouts
def capf(ws, ref, tcell, rcell, tv_, rv_):
    """% capaian as formula where both are plain numbers, else '-'."""
    if isinstance(tv_.cell, (int, float)) and isinstance(rv_.cell, (int, float)) and tv_.cell:
        c = put(ws, ref, f"={rcell}/{tcell}"); c.number_format = '0.00%'
    else:
        put(ws, ref, '-')

def wrap_name(ws, K, r, col, R_, rows_used):
    if 'wrap2' in R_.extra:
        put(ws, f"{col}{r+1}", R_.extra['wrap2'])
        return 1
    return 0

def lay_pk(ws, K, file, sheet, year, rows, r0, perubahan=False, sas_merge=True, head2=False, order=None):
    """Annual PK: No | Sasaran | Indikator | Satuan | (Target awal) | Target | Realisasi | % Capaian."""
    order = order or ['no', 'sas', 'ind', 'sat', 'tgt', 'real', 'cap']
    if perubahan: order = order[:order.index('tgt')] + ['tgt0'] + order[order.index('tgt'):]
    col = {k: L(i + 1) for i, k in enumerate(order)}
    hd = {'no': 'No', 'sas': 'Sasaran Strategis', 'ind': 'Indikator Kinerja', 'sat': 'Satuan',
          'tgt0': 'Target PK Awal', 'tgt': 'Target PK Perubahan' if perubahan else 'Target',
          'real': 'Realisasi', 'cap': '% Capaian'}
    if head2:
        for k, c in col.items():
            if k in ('tgt0', 'tgt', 'real', 'cap'): continue
            put(ws, f"{c}{r0}", hd[k], bold=True); ws.merge_cells(f"{c}{r0}:{c}{r0+1}")
        ks = [k for k in order if k in ('tgt0', 'tgt', 'real', 'cap')]
        put(ws, f"{col[ks[0]]}{r0}", f"Tahun {year}", bold=True)
        ws.merge_cells(f"{col[ks[0]]}{r0}:{col[ks[-1]]}{r0}")
        for k in ks: put(ws, f"{col[k]}{r0+1}", hd[k], bold=True)
        r = r0 + 2
    else:
        for k, c in col.items(): put(ws, f"{c}{r0}", hd[k], bold=True)
        r = r0 + 1
    for i, k in enumerate(order): put(ws, f"{L(i+1)}{r}", f"({i+1})")
    r += 1
    no = 0; grp_start = None; cur = None
    for R_ in rows:
        if R_.sas != cur and not R_.extra.get('in_sas'):
            if sas_merge and grp_start and r - 1 > grp_start: ws.merge_cells(f"{col['sas']}{grp_start}:{col['sas']}{r-1}")
            cur = R_.sas; grp_start = r; put(ws, f"{col['sas']}{r}", R_.sas, wrap=True)
            if not sas_merge: no += 1; put(ws, f"{col['no']}{r}", no)
        if sas_merge and grp_start == r: no += 1; put(ws, f"{col['no']}{r}", no)
        namecol = col['sas'] if R_.extra.get('in_sas') else col['ind']
        if R_.extra.get('in_sas'):
            if sas_merge and grp_start and r - 1 > grp_start: ws.merge_cells(f"{col['sas']}{grp_start}:{col['sas']}{r-1}")
            grp_start = None; cur = None
        put(ws, f"{namecol}{r}", R_.name)
        put(ws, f"{col['sat']}{r}", R_.unit)
        if perubahan: put(ws, f"{col['tgt0']}{r}", R_.extra.get('t0', R_.t))
        put(ws, f"{col['tgt']}{r}", R_.t); put(ws, f"{col['real']}{r}", R_.r)
        capf(ws, f"{col['cap']}{r}", f"{col['tgt']}{r}", f"{col['real']}{r}", R_.t, R_.r)
        K.add(file, sheet, r, year, R_, f"{namecol}{r}", cell_rule(f"{col['tgt']}{r}"),
              cell_rule(f"{col['real']}{r}"), R_.t.key, R_.r.key)
        r += 1 + wrap_name(ws, K, r, namecol, R_, None)
        if 'draft' in R_.extra:   # hidden draft row with stale figures
            put(ws, f"{namecol}{r}", R_.name); put(ws, f"{col['tgt']}{r}", R_.extra['draft'][0])
            put(ws, f"{col['real']}{r}", R_.extra['draft'][1]); ws.row_dimensions[r].hidden = True
            r += 1
    if sas_merge and grp_start and r - 1 > grp_start: ws.merge_cells(f"{col['sas']}{grp_start}:{col['sas']}{r-1}")
    return r

def lay_lkjip(ws, K, file, sheet, year, rows, r0, renstra_end=2026, bands=True, prevs=None):
    """LKjIP Bab III: No | Indikator | Satuan | Realisasi Y-2 | Y-1 | Target Y | Realisasi Y | Capaian | Target akhir Renstra."""
    h = ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi', None, f'Tahun {year}', None, None, f'Target Akhir Renstra ({renstra_end})']
    for i, t in enumerate(h):
        if t: put(ws, f"{L(i+1)}{r0}", t, bold=True)
    for c in 'ABCI': ws.merge_cells(f"{c}{r0}:{c}{r0+1}")
    ws.merge_cells(f"D{r0}:E{r0}"); ws.merge_cells(f"F{r0}:H{r0}")
    for c, t in zip('DEFGH', [str(year-2), str(year-1), 'Target', 'Realisasi', 'Capaian (%)']): put(ws, f"{c}{r0+1}", t, bold=True)
    r = r0 + 2; cur = None; no = 0
    for R_ in rows:
        if bands and R_.sas != cur:
            cur = R_.sas; put(ws, f"A{r}", f"Sasaran: {R_.sas}", bold=True); ws.merge_cells(f"A{r}:I{r}"); r += 1
        no += 1; put(ws, f"A{r}", f"{no}."); put(ws, f"B{r}", R_.name); put(ws, f"C{r}", R_.unit)
        p2, p1 = R_.extra.get('prev', ('-', '-'))
        put(ws, f"D{r}", p2); put(ws, f"E{r}", p1); put(ws, f"F{r}", R_.t); put(ws, f"G{r}", R_.r)
        capf(ws, f"H{r}", f"F{r}", f"G{r}", R_.t, R_.r); put(ws, f"I{r}", R_.extra.get('end', '-'))
        K.add(file, sheet, r, year, R_, f"B{r}", cell_rule(f"F{r}"), cell_rule(f"G{r}"), R_.t.key, R_.r.key)
        r += 1 + wrap_name(ws, K, r, 'B', R_, None)
    return r

def lay_tw(ws, K, file, sheet, year, rows, r0, cumulative=False, annual=False):
    """Rencana Aksi in columns: No | Indikator | Satuan | Target | Target TW I-IV | Realisasi TW I-IV (or s.d. TW)."""
    put(ws, f"A{r0}", 'No', bold=True); put(ws, f"B{r0}", 'Indikator Kinerja', bold=True)
    put(ws, f"C{r0}", 'Satuan', bold=True); put(ws, f"D{r0}", f'Target {year}', bold=True)
    for c in 'ABCD': ws.merge_cells(f"{c}{r0}:{c}{r0+1}")
    put(ws, f"E{r0}", 'Target Triwulan', bold=True); ws.merge_cells(f"E{r0}:H{r0}")
    put(ws, f"I{r0}", 'Realisasi Kumulatif' if cumulative else 'Realisasi Triwulan', bold=True); ws.merge_cells(f"I{r0}:L{r0}")
    tw = ['I', 'II', 'III', 'IV']
    for i in range(4):
        put(ws, f"{L(5+i)}{r0+1}", f"TW {tw[i]}")
        put(ws, f"{L(9+i)}{r0+1}", f"s.d. TW {tw[i]}" if cumulative else f"TW {tw[i]}")
    last = 'L'
    if annual:
        put(ws, f"M{r0}", 'Realisasi Tahunan', bold=True); ws.merge_cells(f"M{r0}:M{r0+1}"); last = 'M'
    put(ws, f"{L(ws[last+str(r0)].column+1)}{r0}", 'Ket.', bold=True)
    r = r0 + 2
    for no, R_ in enumerate(rows, 1):
        put(ws, f"A{r}", no); put(ws, f"B{r}", R_.name); put(ws, f"C{r}", R_.unit); put(ws, f"D{r}", R_.t)
        tq = split_periods(R(R_.id, '', '', 0, R_.t.key, R_.kind), 4) if R_.t.key is not None else [tv(None)] * 4
        for i in range(4): put(ws, f"{L(5+i)}{r}", tq[i])
        if cumulative:
            q = R_.q or split_periods(R(R_.id, '', '', 0, R_.r, 'LEVEL'), 4, blanks=R_.extra.get('blanks', ()))
            rule = 'last'
        else:
            q = R_.q or split_periods(R_, 4, blanks=R_.extra.get('blanks', ()))
            rule = 'sum' if R_.kind == 'FLOW' else 'last'
        cells = [f"{L(9+i)}{r}" for i in range(4)]
        for c, v in zip(cells, q): put(ws, c, v)
        if annual:
            put(ws, f"M{r}", R_.r); rl, rk = cell_rule(f"M{r}"), R_.r.key
        else:
            rl, rk = {"rule": rule, "cells": cells}, agg(q, 'FLOW' if rule == 'sum' else 'LEVEL')
        K.add(file, sheet, r, year, R_, f"B{r}", cell_rule(f"D{r}"), rl, R_.t.key, rk)
        r += 1 + wrap_name(ws, K, r, 'B', R_, None)
    return r

def lay_tw_pairs(ws, K, file, sheet, year, rows, r0):
    """Rencana Aksi in row pairs: Indikator (merged over 2 rows) | Satuan | Uraian | TW I..IV | Tahunan(target only)."""
    for c, t in zip('ABCDEFGHI', ['No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Uraian', 'TW I', 'TW II', 'TW III', 'TW IV', 'Target Tahunan']):
        put(ws, f"{c}{r0}", t, bold=True)
    r = r0 + 1; cur = None; no = 0
    for R_ in rows:
        if R_.sas != cur:
            cur = R_.sas; put(ws, f"B{r}", R_.sas.upper(), bold=True); r += 1
        no += 1
        put(ws, f"A{r}", no); put(ws, f"B{r}", R_.name); put(ws, f"C{r}", R_.unit)
        for c in 'ABC': ws.merge_cells(f"{c}{r}:{c}{r+1}")
        put(ws, f"D{r}", 'Target'); put(ws, f"D{r+1}", 'Realisasi')
        tq = split_periods(R(R_.id, '', '', 0, R_.t.key, R_.kind), 4) if R_.t.key is not None else [tv(None)] * 4
        for i in range(4): put(ws, f"{L(5+i)}{r}", tq[i])
        put(ws, f"I{r}", R_.t)
        q = R_.q or split_periods(R_, 4, blanks=R_.extra.get('blanks', ()))
        cells = [f"{L(5+i)}{r+1}" for i in range(4)]
        for c, v in zip(cells, q): put(ws, c, v)
        rule = 'sum' if R_.kind == 'FLOW' else 'last'
        K.add(file, sheet, r, year, R_, f"B{r}", cell_rule(f"I{r}"), {"rule": rule, "cells": cells},
              R_.t.key, agg(q, R_.kind))
        r += 2
    return r

def lay_monthly(ws, K, file, sheet, year, rows, r0, typed_over=None):
    """Monthly recap: No | Indikator | Satuan | Target | Jan..Des | Realisasi s.d. Des (SUM formula for FLOW)."""
    mon = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
    for c, t in zip('ABCD', ['No', 'Indikator', 'Satuan', 'Target']): put(ws, f"{c}{r0}", t, bold=True); ws.merge_cells(f"{c}{r0}:{c}{r0+1}")
    put(ws, f"E{r0}", f'Realisasi Bulanan Tahun {year}', bold=True); ws.merge_cells(f"E{r0}:P{r0}")
    for i, m in enumerate(mon): put(ws, f"{L(5+i)}{r0+1}", m)
    put(ws, f"Q{r0}", 'Realisasi s.d. Desember', bold=True); ws.merge_cells(f"Q{r0}:Q{r0+1}")
    r = r0 + 2
    for no, R_ in enumerate(rows, 1):
        put(ws, f"A{r}", no); put(ws, f"B{r}", R_.name); put(ws, f"C{r}", R_.unit); put(ws, f"D{r}", R_.t)
        m = R_.m or split_periods(R_, 12, blanks=R_.extra.get('blanks', ()))
        for i, v in enumerate(m): put(ws, f"{L(5+i)}{r}", v)
        if R_.id == typed_over:
            put(ws, f"Q{r}", R_.r); rk = R_.r.key
        elif R_.kind == 'FLOW' and all(isinstance(v.cell, (int, float)) or v.cell is None for v in m):
            put(ws, f"Q{r}", f"=SUM(E{r}:P{r})"); rk = agg(m, 'FLOW')
        else:
            put(ws, f"Q{r}", R_.r); rk = R_.r.key
        K.add(file, sheet, r, year, R_, f"B{r}", cell_rule(f"D{r}"), cell_rule(f"Q{r}"), R_.t.key, rk)
        r += 1
    return r

def lay_renstra(ws, K, file, sheet, year, rows, r0, yrs):
    """Renstra matrix: No | Sasaran | Indikator | Satuan | Kondisi Awal | Target yrs... | Realisasi year."""
    put(ws, f"A{r0}", 'No', bold=True); put(ws, f"B{r0}", 'Tujuan / Sasaran', bold=True)
    put(ws, f"C{r0}", 'Indikator Sasaran', bold=True); put(ws, f"D{r0}", 'Satuan', bold=True)
    put(ws, f"E{r0}", f'Kondisi Awal ({yrs[0]-1})', bold=True)
    for c in 'ABCDE': ws.merge_cells(f"{c}{r0}:{c}{r0+1}")
    put(ws, f"F{r0}", 'Target Kinerja', bold=True); ws.merge_cells(f"F{r0}:{L(5+len(yrs))}{r0}")
    for i, y in enumerate(yrs): put(ws, f"{L(6+i)}{r0+1}", y)
    rc = L(6 + len(yrs)); put(ws, f"{rc}{r0}", f'Realisasi {year}', bold=True); ws.merge_cells(f"{rc}{r0}:{rc}{r0+1}")
    r = r0 + 2; cur = None; no = 0; gs = None
    for R_ in rows:
        if R_.sas != cur:
            if gs and r - 1 > gs: ws.merge_cells(f"B{gs}:B{r-1}")
            cur = R_.sas; gs = r; no += 1; put(ws, f"A{r}", no); put(ws, f"B{r}", R_.sas, wrap=True)
        put(ws, f"C{r}", R_.name); put(ws, f"D{r}", R_.unit); put(ws, f"E{r}", R_.extra.get('awal', '-'))
        tl = None
        for i, y in enumerate(yrs):
            c = f"{L(6+i)}{r}"
            if y == year: put(ws, c, R_.t); tl = c
            else: put(ws, c, R_.extra.get('ty', {}).get(y, '-'))
        put(ws, f"{rc}{r}", R_.r)
        K.add(file, sheet, r, year, R_, f"C{r}", cell_rule(tl), cell_rule(f"{rc}{r}"), R_.t.key, R_.r.key)
        r += 1
    if gs and r - 1 > gs: ws.merge_cells(f"B{gs}:B{r-1}")
    return r

def lay_turned(ws, K, file, sheet, year, rows, r0, per_block=7):
    """Turned-over table: indicators across columns, rows Satuan / Target / Realisasi / Capaian."""
    r = r0
    for b in range(0, len(rows), per_block):
        blk = rows[b:b+per_block]
        put(ws, f"A{r}", 'Indikator Kinerja', bold=True); put(ws, f"A{r+1}", 'Satuan')
        put(ws, f"A{r+2}", f'Target {year}'); put(ws, f"A{r+3}", f'Realisasi {year}'); put(ws, f"A{r+4}", 'Capaian')
        for i, R_ in enumerate(blk):
            c = L(2 + i)
            put(ws, f"{c}{r}", R_.name, wrap=True); put(ws, f"{c}{r+1}", R_.unit)
            put(ws, f"{c}{r+2}", R_.t); put(ws, f"{c}{r+3}", R_.r)
            capf(ws, f"{c}{r+4}", f"{c}{r+2}", f"{c}{r+3}", R_.t, R_.r)
            K.add(file, sheet, r, year, R_, f"{c}{r}", cell_rule(f"{c}{r+2}"), cell_rule(f"{c}{r+3}"),
                  R_.t.key, R_.r.key, col=c)
        r += 7
    return r

def lay_cards(ws, K, file, sheet, year, rows, r0):
    """Cards, two across: label column + value column; name cell at the card's first row."""
    r = r0
    for b in range(0, len(rows), 2):
        for j, R_ in enumerate(rows[b:b+2]):
            lc, vc, v2 = ('B', 'C', 'D') if j == 0 else ('F', 'G', 'H')
            put(ws, f"{lc}{r}", 'Indikator', bold=True); put(ws, f"{vc}{r}", R_.name, wrap=True)
            ws.merge_cells(f"{vc}{r}:{v2}{r}")
            put(ws, f"{lc}{r+1}", 'Satuan'); put(ws, f"{vc}{r+1}", R_.unit)
            put(ws, f"{lc}{r+2}", 'Target'); put(ws, f"{vc}{r+2}", R_.t)
            put(ws, f"{lc}{r+3}", 'Realisasi'); put(ws, f"{vc}{r+3}", R_.r)
            put(ws, f"{lc}{r+4}", 'Keterangan'); put(ws, f"{vc}{r+4}", R_.extra.get('ket', ''))
            K.add(file, sheet, r, year, R_, f"{vc}{r}", cell_rule(f"{vc}{r+2}"), cell_rule(f"{vc}{r+3}"),
                  R_.t.key, R_.r.key, col=vc)
        r += 6
    return r

def lay_e81(ws, K, file, sheet, year, groups, r0, wrong=None, typed=None):
    """Permendagri 86 E.81. groups: list of (kode, level, nama, [R...]) ; level in Program/Kegiatan/Sub Kegiatan."""
    cols = ['No', 'Sasaran', 'Kode', 'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)',
            f'Target Renstra SKPD pada Tahun 2024 (Akhir Periode Renstra)', None, f'Realisasi Capaian Kinerja Renstra s.d. Renja SKPD Tahun Lalu ({year-1})', None,
            f'Target Kinerja dan Anggaran Renja SKPD Tahun Berjalan ({year})', None,
            'Realisasi Kinerja Pada Triwulan', None, None, None, None, None, None, None,
            f'Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang Dievaluasi ({year})', None,
            f'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja SKPD Tahun {year} (%)', None, 'Unit SKPD Penanggung Jawab']
    for i, t in enumerate(cols):
        if t: put(ws, f"{L(i+1)}{r0}", t, bold=True, wrap=True)
    for c in 'ABCDEX': ws.merge_cells(f"{c}{r0}:{c}{r0+2}")
    for a, b in [('F', 'G'), ('H', 'I'), ('J', 'K'), ('T', 'U'), ('V', 'W')]: ws.merge_cells(f"{a}{r0}:{b}{r0+1}")
    ws.merge_cells(f"L{r0}:S{r0}")
    for i, t in enumerate(['I', 'II', 'III', 'IV']):
        c1 = L(12 + 2*i); put(ws, f"{c1}{r0+1}", t); ws.merge_cells(f"{c1}{r0+1}:{L(13+2*i)}{r0+1}")
    for i in range(6, 24): put(ws, f"{L(i)}{r0+2}", 'K' if i % 2 == 0 else 'Rp')
    for i in range(1, 25): put(ws, f"{L(i)}{r0+3}", i)
    r = r0 + 4; no = 0
    for kode, lvl, nama, inds in groups:
        no += 1; put(ws, f"A{r}", no); put(ws, f"C{r}", kode); put(ws, f"D{r}", nama, wrap=True)
        if lvl == 'Program': ws[f"D{r}"].font = Font(bold=True)
        pagu = 150000000 + (hash(kode) % 7) * 25000000 if False else 150000000 + no * 37500000
        if not inds:
            put(ws, f"K{r}", pagu); r += 1; continue
        for k, R_ in enumerate(inds):
            put(ws, f"E{r}", R_.name); put(ws, f"F{r}", R_.extra.get('end', '-')); put(ws, f"H{r}", R_.extra.get('prev', ('-', '-'))[1])
            put(ws, f"J{r}", R_.t)
            q = R_.q or split_periods(R_, 4, blanks=R_.extra.get('blanks', ()))
            for i, v in enumerate(q): put(ws, f"{L(12+2*i)}{r}", v)
            if k == 0:
                put(ws, f"K{r}", pagu); rp = [int(pagu * f) for f in (0.12, 0.23, 0.27, 0.31)]
                for i, v in enumerate(rp): put(ws, f"{L(13+2*i)}{r}", v)
                put(ws, f"U{r}", f"=M{r}+O{r}+Q{r}+S{r}"); put(ws, f"W{r}", f"=U{r}/K{r}"); ws[f"W{r}"].number_format = '0.00%'
            numeric = all(isinstance(v.cell, (int, float)) or v.cell is None for v in q)
            if R_.id == wrong:
                put(ws, f"T{r}", f"=L{r}+N{r}+P{r}"); rk = round(sum(v.key or 0 for v in q[:3]), 6)
            elif R_.id == typed or R_.kind == 'LEVEL' or not numeric:
                put(ws, f"T{r}", R_.r); rk = R_.r.key
            else:
                put(ws, f"T{r}", f"=L{r}+N{r}+P{r}+R{r}"); rk = agg(q, 'FLOW')
            if isinstance(R_.t.cell, (int, float)) and R_.t.cell:
                put(ws, f"V{r}", f"=T{r}/J{r}*100"); ws[f"V{r}"].number_format = '0.00'
            put(ws, f"X{r}", 'UPTD')
            K.add(file, sheet, r, year, R_, f"E{r}", cell_rule(f"J{r}"), cell_rule(f"T{r}"), R_.t.key, rk)
            r += 1
    return r
