"""Shared helpers: typed values, layout writers, key/locator recording, conversion."""
import json, os, subprocess, shutil, random
from openpyxl import Workbook
from openpyxl.utils import get_column_letter as L
from openpyxl.styles import Alignment, Font

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(BASE, 'gen')
WRAP = Alignment(wrap_text=True, vertical='top')

def idn(v, dec=None):
    """format number the Indonesian way"""
    if dec is None:
        dec = 0 if float(v).is_integer() else len(repr(float(v)).split('.')[1])
    s = f"{v:,.{dec}f}"
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')

def typed(v, st='num', unit=''):
    """returns (cell value, number_format or None, key value).  key follows README conventions."""
    if v is None or st == 'dash':
        return '-', None, None
    if st == 'num':   return v, None, v
    if st == 'pct':   return v / 100.0, '0.0%', v
    if st == 'pct0':  return v / 100.0, '0%', v
    if st == 'frac':  return round(v / 100.0, 4), None, round(v / 100.0, 4)   # mistake: fraction in plain cell
    if st == 'txt':   return f"{idn(v)} {unit}".rstrip(), None, v
    if st == 'rp':    return f"Rp {idn(v)},-", None, v
    if st == 'rp2':   return f"Rp. {idn(v)}", None, v
    if st == 'ge':    return f"≥ {idn(v)}", None, v
    if st == 'le':    return f"≤ {idn(v)}", None, v
    if st == 'star':  return f"{idn(v)}*)", None, v
    if st == 'range': return f"{idn(v)} - {idn(v + 5)}", None, v
    if st == 'pcttxt':return f"{idn(v)} %", None, v
    if st.startswith('grade:'): return st[6:], None, None
    raise ValueError(st)

class Agency:
    def __init__(self, slug, name, prefix, years):
        self.slug, self.name, self.prefix, self.years = slug, name, prefix, years
        self.rows, self.locs, self.files, self.ambiguous = [], [], [], []
        self.books = {}
        os.makedirs(os.path.join(BASE, slug), exist_ok=True)

    def book(self, fname):
        wb = Workbook(); wb.remove(wb.active)
        self.books[fname] = wb
        self.files.append(fname)
        return wb

    def key(self, fname, ws, row, year, written, sid, tgt, rea, name_cell, tloc, rloc, col=None):
        r = {"file": fname, "sheet": ws.title, "row": row}
        if col: r["col"] = col
        r.update({"year": year, "written": written, "same_as": sid, "target": tgt, "realisasi": rea})
        self.rows.append(r)
        self.locs.append({"file": fname, "sheet": ws.title, "year": year, "same_as": sid,
                          "name": name_cell, "target": tloc, "realisasi": rloc})

    def save(self):
        for fname, wb in self.books.items():
            stem, ext = os.path.splitext(fname)
            raw = os.path.join(GEN, 'raw', stem + '.xlsx')
            wb.save(raw)
            tmp = os.path.join(GEN, 'tmp', ext[1:]); os.makedirs(tmp, exist_ok=True)
            filt = {'.xlsx': 'xlsx', '.xls': 'xls', '.ods': 'ods'}[ext]
            subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-blind90',
                            '--convert-to', filt, '--outdir', tmp, raw], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(tmp, stem + ext), os.path.join(BASE, self.slug, fname))
        key = {"agency": self.slug, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": self.rows}
        json.dump(key, open(os.path.join(BASE, self.slug, 'key.json'), 'w'), ensure_ascii=False, indent=1)
        json.dump(self.locs, open(os.path.join(GEN, 'locators', self.slug + '.json'), 'w'), ensure_ascii=False, indent=1)

def put(ws, ref, v, fmt=None, bold=False, wrap=False):
    c = ws[ref]; c.value = v
    if fmt: c.number_format = fmt
    if bold: c.font = Font(bold=True)
    if wrap: c.alignment = WRAP
    return c

def tv(ws, ref, spec, unit=''):
    """write a typed value spec (value, style) -> key value"""
    if not isinstance(spec, tuple): spec = (spec, 'num')
    v, f, k = typed(spec[0], spec[1], unit)
    put(ws, ref, v, f)
    return k

def titles(ws, lines, width):
    for i, t in enumerate(lines, 1):
        put(ws, f"A{i}", t, bold=True)
        ws.merge_cells(f"A{i}:{L(width)}{i}")
    return len(lines) + 1

def sign(ws, r, col, place, year, who, nip, jab):
    put(ws, f"{col}{r}", f"{place},   Desember {year}")
    put(ws, f"{col}{r+1}", jab)
    put(ws, f"{col}{r+5}", who, bold=True)
    put(ws, f"{col}{r+6}", f"NIP. {nip}")
    return r + 7

# ---------------------------------------------------------------- layouts
def _agg(keys, kind):
    rep = [k for k in keys if k is not None]
    if not rep: return None
    return round(sum(rep), 6) if kind == 'F' else rep[-1]

def _cont(ws, r, col, e):
    """wrapped-name continuation row (not a key row)"""
    if e.get('cont'):
        put(ws, f"{col}{r+1}", e['cont']); return 1
    return 0

def pk(ag, fname, ws, year, E, r, band=True, perubahan=False):
    hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan'] + \
          (['Target PK Awal', 'Target PK Perubahan'] if perubahan else ['Target']) + ['Realisasi', '% Capaian']
    for i, h in enumerate(hdr, 1): put(ws, f"{L(i)}{r}", h, bold=True, wrap=True)
    r += 1
    for i in range(1, len(hdr) + 1): put(ws, f"{L(i)}{r}", f"({i})")
    r += 1
    tc, rc = ('F', 'G') if perubahan else ('E', 'F')
    cc = 'H' if perubahan else 'G'
    n, last_sas = 0, None
    for e in E:
        if e.get('sas') and e['sas'] != last_sas:
            last_sas = e['sas']
            if band:
                put(ws, f"A{r}", e['sas'], bold=True); ws.merge_cells(f"A{r}:{cc}{r}"); r += 1
            else:
                put(ws, f"B{r}", e['sas'], wrap=True)
        if e.get('hidden'):
            put(ws, f"C{r}", e['name']); put(ws, f"{tc}{r}", e['t'][0] if isinstance(e['t'], tuple) else e['t'])
            ws.row_dimensions[r].hidden = True; r += 1; continue
        n += 1
        put(ws, f"A{r}", n)
        ncol = 'B' if e.get('in_sas') else 'C'
        put(ws, f"{ncol}{r}", e['name'], wrap=True); put(ws, f"D{r}", e['sat'])
        if perubahan: tv(ws, f"E{r}", e.get('t0', e['t']), e['sat'])
        tk = tv(ws, f"{tc}{r}", e['t'], e['sat']); rk = tv(ws, f"{rc}{r}", e['r'], e['sat'])
        put(ws, f"{cc}{r}", f"=IFERROR({rc}{r}/{tc}{r},0)", '0.00%')
        ag.key(fname, ws, r, year, e['name'], e['id'], tk, rk, f"{ncol}{r}",
               {"rule": "cell", "cells": [f"{tc}{r}"]}, {"rule": "cell", "cells": [f"{rc}{r}"]})
        r += 1 + _cont(ws, r, ncol, e)
    return r

def lkjip(ag, fname, ws, year, E, r, renstra_end):
    hdr = ['No', 'Indikator Kinerja', 'Satuan', f'Realisasi {year-2}', f'Realisasi {year-1}',
           f'Target {year}', f'Realisasi {year}', f'Capaian {year} (%)', f'Target Akhir Renstra ({renstra_end})']
    for i, h in enumerate(hdr, 1): put(ws, f"{L(i)}{r}", h, bold=True, wrap=True)
    r += 1
    for n, e in enumerate(E, 1):
        put(ws, f"A{r}", n); put(ws, f"B{r}", e['name'], wrap=True); put(ws, f"C{r}", e['sat'])
        h = e.get('h', (None, None))
        tv(ws, f"D{r}", h[0] if h[0] is not None else (None, 'dash')); tv(ws, f"E{r}", h[1] if h[1] is not None else (None, 'dash'))
        tk = tv(ws, f"F{r}", e['t'], e['sat']); rk = tv(ws, f"G{r}", e['r'], e['sat'])
        put(ws, f"H{r}", f"=IFERROR(G{r}/F{r}*100,0)", '0.00')
        tv(ws, f"I{r}", e.get('ren', e['t']), e['sat'])
        ag.key(fname, ws, r, year, e['name'], e['id'], tk, rk, f"B{r}",
               {"rule": "cell", "cells": [f"F{r}"]}, {"rule": "cell", "cells": [f"G{r}"]})
        r += 1 + _cont(ws, r, 'B', e)
    return r

def ra_cols(ag, fname, ws, year, E, r, cum=False):
    """Rencana Aksi: target tahunan + realisasi per TW (no annual realisasi)."""
    put(ws, f"A{r}", 'No', bold=True); put(ws, f"B{r}", 'Indikator Kinerja', bold=True)
    put(ws, f"C{r}", 'Satuan', bold=True); put(ws, f"D{r}", f'Target {year}', bold=True)
    put(ws, f"E{r}", 'Realisasi', bold=True); ws.merge_cells(f"E{r}:H{r}")
    for c in 'ABCD': ws.merge_cells(f"{c}{r}:{c}{r+1}")
    for i, c in enumerate('EFGH'):
        put(ws, f"{c}{r+1}", ('s.d. TW ' if cum else 'TW ') + ['I', 'II', 'III', 'IV'][i], bold=True)
    r += 2
    for n, e in enumerate(E, 1):
        put(ws, f"A{r}", f"{n}."); put(ws, f"B{r}", e['name'], wrap=True); put(ws, f"C{r}", e['sat'])
        tk = tv(ws, f"D{r}", e['t'], e['sat'])
        ks = [tv(ws, f"{c}{r}", q if q is not None else (None, 'dash'), e['sat']) for c, q in zip('EFGH', e['q'])]
        rule = 'last' if (cum or e['kind'] == 'L') else 'sum'
        rk = _agg(ks, 'L' if rule == 'last' else 'F')
        ag.key(fname, ws, r, year, e['name'], e['id'], tk, rk, f"B{r}",
               {"rule": "cell", "cells": [f"D{r}"]}, {"rule": rule, "cells": [f"{c}{r}" for c in 'EFGH']})
        r += 1 + _cont(ws, r, 'B', e)
    return r

def ra_pairs(ag, fname, ws, year, E, r):
    """row pairs Target/Realisasi, TW I-IV plus annual column; annual realisasi is a formula."""
    for i, h in enumerate(['No', 'Indikator Kinerja', 'Satuan', 'Uraian', 'TW I', 'TW II', 'TW III', 'TW IV', 'Tahunan'], 1):
        put(ws, f"{L(i)}{r}", h, bold=True)
    r += 1
    for n, e in enumerate(E, 1):
        put(ws, f"A{r}", n); put(ws, f"B{r}", e['name'], wrap=True); put(ws, f"C{r}", e['sat'])
        for c in 'ABC': ws.merge_cells(f"{c}{r}:{c}{r+1}")
        put(ws, f"D{r}", 'Target'); put(ws, f"D{r+1}", 'Realisasi')
        for c, q in zip('EFGH', e.get('qt', [None] * 4)):
            tv(ws, f"{c}{r}", q if q is not None else (None, 'dash'))
        tk = tv(ws, f"I{r}", e['t'], e['sat'])
        ks = [tv(ws, f"{c}{r+1}", q if q is not None else (None, 'dash')) for c, q in zip('EFGH', e['q'])]
        if e.get('typed_over') is not None:       # computed column typed over
            rk = tv(ws, f"I{r+1}", e['typed_over'])
        elif e['kind'] == 'F':
            rng = e.get('bad_range', 'E:H'); a, b = rng.split(':')
            put(ws, f"I{r+1}", f"=SUM({a}{r+1}:{b}{r+1})")
            cols = 'EFGH'['EFGH'.index(a): 'EFGH'.index(b) + 1]
            rk = _agg([ks['EFGH'.index(c)] for c in cols], 'F') or 0
        else:
            put(ws, f"I{r+1}", f"=H{r+1}"); rk = ks[3]
        ag.key(fname, ws, r, year, e['name'], e['id'], tk, rk, f"B{r}",
               {"rule": "cell", "cells": [f"I{r}"]}, {"rule": "cell", "cells": [f"I{r+1}"]})
        r += 2
    return r

def e81(ag, fname, ws, year, E, r):
    """Permendagri 86 form E.81: numbered columns, K/Rp pairs."""
    heads = [('A', 'No'), ('B', 'Kode'), ('C', 'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan'),
             ('D', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)'),
             ('E', 'Target Renstra SKPD pada Tahun 2026 (Akhir Periode Renstra)'),
             ('G', f'Realisasi Capaian Kinerja Renstra s.d. Renja SKPD Tahun Lalu ({year-1})'),
             ('I', f'Target Kinerja dan Anggaran Renja SKPD Tahun Berjalan ({year})'),
             ('K', 'Realisasi Kinerja Pada Triwulan'),
             ('S', f'Realisasi Capaian Kinerja dan Anggaran Renja yang dievaluasi ({year})')]
    for c, h in heads: put(ws, f"{c}{r}", h, bold=True, wrap=True)
    ws.merge_cells(f"E{r}:F{r}"); ws.merge_cells(f"G{r}:H{r}"); ws.merge_cells(f"I{r}:J{r}")
    ws.merge_cells(f"K{r}:R{r}"); ws.merge_cells(f"S{r}:T{r}")
    for c in 'ABCD': ws.merge_cells(f"{c}{r}:{c}{r+2}")
    nxt = {'K': 'L', 'M': 'N', 'O': 'P', 'Q': 'R', 'E': 'F', 'G': 'H', 'I': 'J', 'S': 'T'}
    for i, c in enumerate('KMOQ'):
        put(ws, f"{c}{r+1}", ['I', 'II', 'III', 'IV'][i]); ws.merge_cells(f"{c}{r+1}:{nxt[c]}{r+1}")
    for c in 'EGIS': ws.merge_cells(f"{c}{r+1}:{nxt[c]}{r+1}")
    for i in range(5, 21): put(ws, f"{L(i)}{r+2}", 'K' if i % 2 else 'Rp')
    r += 3
    for i in range(1, 21): put(ws, f"{L(i)}{r}", i)
    r += 1
    for e in E:
        if e.get('prog'):                         # programme/kegiatan line without own indicator
            put(ws, f"B{r}", e['kode']); put(ws, f"C{r}", e['prog'], bold=True)
            put(ws, f"J{r}", e.get('rp', 0)); r += 1; continue
        put(ws, f"B{r}", e.get('kode', '')); put(ws, f"C{r}", e.get('keg', ''))
        put(ws, f"D{r}", e['name'], wrap=True)
        tv(ws, f"E{r}", e.get('ren', e['t']), e['sat'])
        tv(ws, f"G{r}", e.get('prev', (None, 'dash')))
        tk = tv(ws, f"I{r}", e['t'], e['sat'])
        put(ws, f"J{r}", e.get('rp', 0), '#,##0')
        ks = [tv(ws, f"{c}{r}", q if q is not None else (None, 'dash')) for c, q in zip('KMOQ', e['q'])]
        if e.get('typed_over') is not None:       # computed column typed over
            rk = tv(ws, f"S{r}", e['typed_over'])
        elif e['kind'] == 'F':
            if e.get('bad'):                      # wrong formula: leaves out TW IV
                put(ws, f"S{r}", f"=K{r}+M{r}+O{r}"); rk = _agg(ks[:3], 'F') or 0
            else:
                put(ws, f"S{r}", f"=K{r}+M{r}+O{r}+Q{r}"); rk = _agg(ks, 'F') or 0
        else:
            rk = tv(ws, f"S{r}", e['r'], e['sat'])
        ag.key(fname, ws, r, year, e['name'], e['id'], tk, rk, f"D{r}",
               {"rule": "cell", "cells": [f"I{r}"]}, {"rule": "cell", "cells": [f"S{r}"]})
        r += 1
    return r

def renstra(ag, fname, ws, year, E, r, y0):
    hdr = ['No', 'Indikator Kinerja', 'Satuan', f'Kondisi Awal ({y0-1})'] + [f'Target {y}' for y in range(y0, y0 + 5)] + [f'Realisasi {year}', 'Ket.']
    for i, h in enumerate(hdr, 1): put(ws, f"{L(i)}{r}", h, bold=True, wrap=True)
    r += 1
    tcol = L(5 + year - y0)
    for n, e in enumerate(E, 1):
        put(ws, f"A{r}", n); put(ws, f"B{r}", e['name'], wrap=True); put(ws, f"C{r}", e['sat'])
        tv(ws, f"D{r}", e.get('awal', (None, 'dash')))
        tk = None
        for y in range(y0, y0 + 5):
            c = L(5 + y - y0)
            base = e['t'] if isinstance(e['t'], tuple) else (e['t'], 'num')
            if y == year: tk = tv(ws, f"{c}{r}", e['t'], e['sat'])
            else: tv(ws, f"{c}{r}", e.get('ty', {}).get(y, (base[0], base[1])), e['sat'])
        rk = tv(ws, f"J{r}", e['r'], e['sat'])
        ag.key(fname, ws, r, year, e['name'], e['id'], tk, rk, f"B{r}",
               {"rule": "cell", "cells": [f"{tcol}{r}"]}, {"rule": "cell", "cells": [f"J{r}"]})
        r += 1 + _cont(ws, r, 'B', e)
    return r

def cards(ag, fname, ws, year, E, r):
    """block per indicator"""
    for n, e in enumerate(E, 1):
        put(ws, f"A{r}", f"IKU {n:02d}", bold=True)
        put(ws, f"A{r+1}", 'Indikator'); put(ws, f"B{r+1}", e['name'], wrap=True); ws.merge_cells(f"B{r+1}:E{r+1}")
        put(ws, f"A{r+2}", 'Satuan'); put(ws, f"B{r+2}", e['sat'])
        put(ws, f"A{r+3}", 'Target'); tk = tv(ws, f"B{r+3}", e['t'], e['sat'])
        put(ws, f"C{r+3}", 'Realisasi'); rk = tv(ws, f"D{r+3}", e['r'], e['sat'])
        put(ws, f"A{r+4}", 'Sumber data'); put(ws, f"B{r+4}", e.get('src', 'Laporan bulanan'))
        ag.key(fname, ws, r + 1, year, e['name'], e['id'], tk, rk, f"B{r+1}",
               {"rule": "cell", "cells": [f"B{r+3}"]}, {"rule": "cell", "cells": [f"D{r+3}"]})
        r += 6
    return r

def transposed(ag, fname, ws, year, E, r):
    """indicators across columns; rows Satuan / Target / Realisasi"""
    put(ws, f"A{r}", 'Uraian', bold=True); put(ws, f"A{r+1}", 'Satuan'); put(ws, f"A{r+2}", f'Target {year}')
    put(ws, f"A{r+3}", f'Realisasi {year}'); put(ws, f"A{r+4}", 'Capaian')
    for i, e in enumerate(E):
        c = L(2 + i)
        put(ws, f"{c}{r}", e['name'], wrap=True); put(ws, f"{c}{r+1}", e['sat'])
        tk = tv(ws, f"{c}{r+2}", e['t'], e['sat']); rk = tv(ws, f"{c}{r+3}", e['r'], e['sat'])
        put(ws, f"{c}{r+4}", f"=IFERROR({c}{r+3}/{c}{r+2},0)", '0%')
        ag.key(fname, ws, r, year, e['name'], e['id'], tk, rk, f"{c}{r}",
               {"rule": "cell", "cells": [f"{c}{r+2}"]}, {"rule": "cell", "cells": [f"{c}{r+3}"]}, col=c)
    return r + 6

MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des']
def monthly(ag, fname, ws, year, E, r):
    hdr = ['No', 'Indikator', 'Satuan', 'Target'] + MONTHS + ['Keterangan']
    for i, h in enumerate(hdr, 1): put(ws, f"{L(i)}{r}", h, bold=True)
    r += 1
    mc = [L(i) for i in range(5, 17)]
    for n, e in enumerate(E, 1):
        put(ws, f"A{r}", n); put(ws, f"B{r}", e['name'], wrap=True); put(ws, f"C{r}", e['sat'])
        tk = tv(ws, f"D{r}", e['t'], e['sat'])
        ks = [tv(ws, f"{c}{r}", q if q is not None else (None, 'dash')) for c, q in zip(mc, e['m'])]
        rule = 'sum' if e['kind'] == 'F' else 'last'
        rk = _agg(ks, e['kind'])
        put(ws, f"Q{r}", e.get('ket', ''))
        ag.key(fname, ws, r, year, e['name'], e['id'], tk, rk, f"B{r}",
               {"rule": "cell", "cells": [f"D{r}"]}, {"rule": rule, "cells": [f"{c}{r}" for c in mc]})
        r += 1
    return r

def entries(IND, year, y0, seed, over=None, pct_style='num'):
    """IND: (id, sat, kind, base, {year: name}, sas).  Figures are the intended key figures."""
    rnd = random.Random(seed * 1000 + year)
    out = []
    for id_, sat, kind, base, names, sas in IND:
        if year not in names: continue
        isint = float(base).is_integer() and sat != '%'
        t = base * (1 + 0.04 * (year - y0))
        t = round(t) if isint else round(min(t, 100), 1)
        r = t * rnd.uniform(0.86, 1.08)
        r = round(r) if isint else round(min(r, 100), 1)
        if kind == 'F':
            if isint:
                parts = [r // 4] * 3; parts.append(r - sum(parts))
                m = [r // 12] * 11; m.append(r - sum(m))
            else:
                parts = [round(r / 4, 2)] * 3; parts.append(round(r - sum(parts), 2))
                m = [round(r / 12, 2)] * 11; m.append(round(r - sum(m), 2))
        else:
            parts = [round(r * f, 1) if not isint else round(r * f) for f in (0.7, 0.8, 0.9)] + [r]
            m = [round(r * (0.6 + 0.04 * i), 1) if not isint else round(r * (0.6 + 0.04 * i)) for i in range(11)] + [r]
        st = pct_style if sat == '%' else 'num'
        e = dict(id=id_, name=names[year], sat=sat, kind=kind, t=(t, st), r=(r, st),
                 q=list(parts), m=list(m), sas=sas, h=(round(r * 0.9, 1), round(r * 0.95, 1)))
        if over and (id_, year) in over: e.update(over[(id_, year)])
        out.append(e)
    return out
