"""Shared helpers for the blind79 generators: typed values, layouts, key + locator registry."""
import json, os, random, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter as CL, column_index_from_string as CI

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(ROOT, 'gen', 'raw')
TMP = os.path.join(ROOT, 'gen', 'tmp')
LOC = os.path.join(ROOT, 'gen', 'locators')
LO_PROFILE = 'file:///tmp/lo-blind79'
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical='top')
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)


# ---------------------------------------------------------------- typed values
class V:
    """cell = what is typed (number, text or '=formula'); key = intended keyed value."""
    def __init__(self, cell, key, fmt=None):
        self.cell, self.key, self.fmt = cell, key, fmt


def fmt_id(x, dec=None):
    """Indonesian number text: 1185 -> '1.185', 85.2 -> '85,2'."""
    if dec is None:
        dec = 0 if float(x) == int(x) else (1 if round(x, 1) == x else 2)
    s = f"{x:,.{dec}f}"
    return s.replace(',', '#').replace('.', ',').replace('#', '.')


def n(x, fmt=None):
    return V(x, x, fmt)


def pf(x):
    """percent points x typed as a fraction in a %-formatted cell."""
    return V(round(x / 100.0, 6), x, '0.0%' if round(x, 1) != int(x) or True else '0%')


def txt(x, unit=''):
    if unit == '%':
        return V(fmt_id(x) + ' %', x)
    if unit == 'Rp':
        return V('Rp ' + fmt_id(x) + ',-', x)
    return V(fmt_id(x) + ('' if not unit else ' ' + unit), x)


def star(x):
    return V(fmt_id(x) + '*)', x)


def rng_txt(lo, hi):
    return V(f"{fmt_id(lo)} - {fmt_id(hi)}", lo)


def ge(x, sign='≥'):
    return V(f"{sign} {fmt_id(x)}", x)


def dash():
    return V('-', None)


def blank():
    return V(None, None)


def grade(g):
    return V(g, None)


def style(x, unit, mode):
    if x is None:
        return dash()
    if mode == 'pf' and unit == '%':
        return pf(x)
    if mode == 'txt':
        return txt(x, unit if unit in ('%', 'Rp') else '')
    if mode == 'star' and float(x) == int(x):
        return star(x)
    if mode == 'rp' and unit == 'Rp':
        return txt(x, 'Rp')
    if unit == 'Rp':
        return n(x, '#,##0')
    return n(x)


# ---------------------------------------------------------------- figures
SCALE = {'kunjungan': [38000, 42500, 51000], 'orang': [150, 240, 1200, 2600], 'pemeriksaan': [6000, 8500],
         'perusahaan': [60, 85, 120, 140], 'unit': [300, 420, 650], 'kasus': [40, 65], 'sampel': [900, 1250],
         'kegiatan': [12, 24], 'eksemplar': [2500, 4000, 6000], 'naskah': [40, 60, 120], 'judul': [4, 6, 10],
         'sekolah': [45, 80, 120], 'lema': [1500, 2500], 'bahasa': [3, 4]}


def base_pair(rng, unit, kind):
    if unit == '%':
        t = rng.choice([75, 80, 85, 90, 95, 100, 70, 60, 82.5])
        r = round(t * rng.uniform(0.85, 1.08), 1)
        return t, min(r, 100.0)
    if unit == 'Rp':
        t = rng.randint(8, 90) * 25_000_000
        return t, int(t * rng.uniform(0.78, 0.99)) // 1000 * 1000
    if unit in ('hari',):
        return rng.choice([4, 5, 6]), round(rng.uniform(4.1, 6.8), 1)
    if unit in ('menit',):
        return 60, rng.randint(38, 75)
    if unit in ('permil', '‰'):
        return rng.choice([25, 30, 45]), round(rng.uniform(12, 40), 1)
    if unit in ('nilai',):
        return rng.choice([80, 82, 85]), round(rng.uniform(78, 89), 2)
    if unit in ('indeks',):
        return rng.choice([3, 3.5, 4]), round(rng.uniform(2.6, 3.9), 2)
    if unit in ('indeks01', 'indeks (0-1)'):
        return rng.choice([0.6, 0.65, 0.7]), round(rng.uniform(0.51, 0.74), 2)
    big = rng.choice(SCALE.get(unit, [12, 25, 40, 120, 350]))
    t = big
    r = int(t * rng.uniform(0.8, 1.15))
    return t, r


def split4(rng, r, unit, kind):
    """quarter realisasi whose sum (FLOW) or last value (LEVEL) is r."""
    if kind == 'F':
        if unit == 'Rp':
            parts = [int(r * w) // 1000 * 1000 for w in (0.18, 0.24, 0.27)]
            return parts + [r - sum(parts)]
        if isinstance(r, float) and r != int(r):
            a = round(r * 0.2, 1); b = round(r * 0.25, 1); c = round(r * 0.25, 1)
            return [a, b, c, round(r - a - b - c, 1)]
        r = int(r)
        a = r * 21 // 100; b = r * 26 // 100; c = r * 24 // 100
        return [a, b, c, r - a - b - c]
    if unit == '%' or isinstance(r, float):
        return [round(r * 0.8, 1), round(r * 0.88, 1), round(r * 0.95, 1), r]
    return [int(r * 0.7), int(r * 0.82), int(r * 0.93), r]


def split12(rng, r, unit, kind):
    if kind == 'F':
        if unit == 'Rp':
            parts = [int(r / 12 * rng.uniform(0.5, 1.4)) // 1000 * 1000 for _ in range(11)]
            return parts + [r - sum(parts)]
        r = int(r)
        parts = [max(0, int(r / 12 * rng.uniform(0.4, 1.5))) for _ in range(11)]
        while sum(parts) > r:
            i = parts.index(max(parts)); parts[i] -= 1
        return parts + [r - sum(parts)]
    vals = []
    for i in range(12):
        f = 0.7 + 0.3 * (i + 1) / 12
        v = round(r * f, 1) if (unit in ('%', 'nilai', 'indeks', 'indeks01', 'indeks (0-1)', '‰', 'hari') or isinstance(r, float)) else int(r * f)
        if unit in ('indeks01', 'indeks (0-1)'):
            v = round(r * f, 2)
        vals.append(v)
    vals[-1] = r
    return vals


def combine(vals, rule):
    ks = [v.key for v in vals if v.key is not None]
    if not ks:
        return None
    if rule == 'sum':
        s = sum(ks)
        return round(s, 6) if isinstance(s, float) else s
    return ks[-1]


# ---------------------------------------------------------------- registry
class Agency:
    def __init__(self, slug, title, dinas, years, city):
        self.slug, self.title, self.dinas, self.years, self.city = slug, title, dinas, years, city
        self.rows, self.locs, self.books = [], [], []
        os.makedirs(os.path.join(ROOT, slug), exist_ok=True)

    def book(self, fname):
        wb = Workbook()
        wb.remove(wb.active)
        self.books.append((fname, wb))
        return wb

    mute = False

    def key(self, file, ws, name_cell, year, id_, target, real, tloc, rloc):
        if self.mute:
            return
        r, c = name_cell
        written = ws[f"{c}{r}"].value
        self.rows.append({"file": file, "sheet": ws.title, "row": r, "col": c, "year": year,
                          "written": written, "same_as": id_, "target": target, "realisasi": real})
        self.locs.append({"file": file, "sheet": ws.title, "year": year, "id": id_,
                          "name": f"{c}{r}", "target": tloc, "realisasi": rloc})

    def save(self, ambiguous):
        files = []
        for fname, wb in self.books:
            raw = os.path.join(RAW, self.slug + '__' + os.path.splitext(fname)[0] + '.xlsx')
            wb.save(raw)
            ext = os.path.splitext(fname)[1][1:]
            outdir = os.path.join(TMP, self.slug)
            os.makedirs(outdir, exist_ok=True)
            subprocess.run(['soffice', '--headless', f'-env:UserInstallation={LO_PROFILE}',
                            '--convert-to', ext, '--outdir', outdir, raw],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            conv = os.path.join(outdir, os.path.splitext(os.path.basename(raw))[0] + '.' + ext)
            shutil.move(conv, os.path.join(ROOT, self.slug, fname))
            files.append(fname)
        # col only where key rows share a sheet row
        cnt = {}
        for r in self.rows:
            k = (r['file'], r['sheet'], r['row']); cnt[k] = cnt.get(k, 0) + 1
        rows = []
        for r in self.rows:
            r = dict(r)
            if cnt[(r['file'], r['sheet'], r['row'])] < 2:
                del r['col']
            else:
                r = {k: r[k] for k in ('file', 'sheet', 'row', 'col', 'year', 'written', 'same_as', 'target', 'realisasi')}
            rows.append(r)
        key = {"agency": self.slug, "years": self.years, "files": files,
               "ambiguous": ambiguous, "rows": rows}
        with open(os.path.join(ROOT, self.slug, 'key.json'), 'w') as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(LOC, self.slug + '.json'), 'w') as fh:
            json.dump(self.locs, fh, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- drawing helpers
def put(ws, ref, v, fmt=None, bold=False, box=True, align=None):
    c = ws[ref]
    if isinstance(v, V):
        c.value = v.cell
        if v.fmt:
            c.number_format = v.fmt
    else:
        c.value = v
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if box:
        c.border = BOX
    if align:
        c.alignment = align
    return c


def title(ws, lines, ncols, start=1):
    r = start
    for ln in lines:
        ws.cell(r, 1, ln).font = BOLD
        ws.cell(r, 1).alignment = Alignment(horizontal='center')
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    return r + 1


def sign(ws, r, col, place, year, role, name, nip, date='31 Desember'):
    c = CI(col)
    ws.cell(r, c, f"{place}, {date} {year}")
    ws.cell(r + 1, c, role)
    ws.cell(r + 5, c, name).font = Font(bold=True, underline='single')
    ws.cell(r + 6, c, f"NIP. {nip}")
    return r + 8


def widths(ws, d):
    for k, w in d.items():
        ws.column_dimensions[k].width = w


def q_key(it, rule):
    return combine(it['q'], rule)


def rule_of(it):
    return 'sum' if it['kind'] == 'F' else 'last'


# ---------------------------------------------------------------- layouts
def layout_pk(ag, file, ws, year, items, head, r0, perubahan=False, draft=None):
    """Sasaran (merged vertically) | Indikator | Satuan | Target [Awal, Perubahan] | Realisasi | % Capaian"""
    cols = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']
    hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan']
    if perubahan:
        hdr += ['Target', '', 'Realisasi', '% Capaian']
        for i, h in enumerate(hdr):
            put(ws, f"{cols[i]}{r0}", h, bold=True, align=CENTER)
        put(ws, f"E{r0+1}", 'PK Awal', bold=True, align=CENTER)
        put(ws, f"F{r0+1}", 'PK Perubahan', bold=True, align=CENTER)
        ws.merge_cells(f"E{r0}:F{r0}")
        for c in 'ABCDGH':
            ws.merge_cells(f"{c}{r0}:{c}{r0+1}")
        r = r0 + 2
        tc, rc, cc = 'F', 'G', 'H'
    else:
        hdr += ['Target', 'Realisasi', '% Capaian']
        for i, h in enumerate(hdr):
            put(ws, f"{cols[i]}{r0}", h, bold=True, align=CENTER)
        r = r0 + 1
        for i in range(7):
            put(ws, f"{cols[i]}{r}", f"({i+1})", align=CENTER)
        r += 1
        tc, rc, cc = 'E', 'F', 'G'
    no = 0
    groups = []
    for it in items:
        if groups and groups[-1][0] == it['sas']:
            groups[-1][1].append(it)
        else:
            groups.append((it['sas'], [it]))
    for sas, its in groups:
        top = r
        no += 1
        put(ws, f"A{r}", no, align=CENTER)
        put(ws, f"B{r}", sas, align=WRAP)
        for it in its:
            put(ws, f"C{r}", it['name'], align=WRAP)
            put(ws, f"D{r}", it['unit'])
            if perubahan:
                put(ws, f"E{r}", it.get('t_awal', it['t']))
            put(ws, f"{tc}{r}", it['t'])
            put(ws, f"{rc}{r}", it['r'])
            put(ws, f"{cc}{r}", f"=IFERROR({rc}{r}/{tc}{r}*100,\"\")", fmt='0.00')
            ag.key(file, ws, (r, 'C'), year, it['id'], it['t'].key, it['r'].key,
                   {"rule": "cell", "cells": [f"{tc}{r}"]}, {"rule": "cell", "cells": [f"{rc}{r}"]})
            r += 1
            if it.get('wrap'):
                put(ws, f"C{r}", it['wrap'], align=WRAP)
                r += 1
            if it.get('draft'):
                put(ws, f"C{r}", it['draft'][0]); put(ws, f"D{r}", it['unit'])
                put(ws, f"{tc}{r}", it['draft'][1]); put(ws, f"{rc}{r}", it['draft'][2])
                ws.row_dimensions[r].hidden = True
                r += 1
        if r - 1 > top:
            ws.merge_cells(f"B{top}:B{r-1}")
            ws.merge_cells(f"A{top}:A{r-1}")
    widths(ws, {'A': 5, 'B': 34, 'C': 46, 'D': 11, 'E': 13, 'F': 13, 'G': 13, 'H': 12})
    return r


def layout_lkjip(ag, file, ws, year, items, r0, renstra_year, prev):
    """Chapter III table: band rows per sasaran; several years' realisasi; Renstra end target."""
    put(ws, f"A{r0}", 'No', bold=True, align=CENTER)
    put(ws, f"B{r0}", 'Indikator Kinerja', bold=True, align=CENTER)
    ws.merge_cells(f"B{r0}:C{r0+1}")
    put(ws, f"D{r0}", 'Satuan', bold=True, align=CENTER)
    put(ws, f"E{r0}", f"Target Akhir Renstra ({renstra_year})", bold=True, align=CENTER)
    put(ws, f"F{r0}", 'Realisasi', bold=True, align=CENTER)
    ws.merge_cells(f"F{r0}:G{r0}")
    put(ws, f"F{r0+1}", str(year - 2), bold=True); put(ws, f"G{r0+1}", str(year - 1), bold=True)
    put(ws, f"H{r0}", f"Tahun {year}", bold=True, align=CENTER)
    ws.merge_cells(f"H{r0}:J{r0}")
    put(ws, f"H{r0+1}", 'Target', bold=True); put(ws, f"I{r0+1}", 'Realisasi', bold=True)
    put(ws, f"J{r0+1}", 'Capaian (%)', bold=True)
    put(ws, f"K{r0}", 'Capaian thd Target Renstra (%)', bold=True, align=CENTER)
    for c in 'ADEK':
        ws.merge_cells(f"{c}{r0}:{c}{r0+1}")
    r = r0 + 2
    sas_prev, sn, no = None, 0, 0
    for it in items:
        if it['sas'] != sas_prev:
            sn += 1
            put(ws, f"A{r}", f"S{sn}", bold=True)
            put(ws, f"B{r}", f"Sasaran {sn}: {it['sas']}", bold=True)
            ws.merge_cells(f"B{r}:K{r}")
            sas_prev = it['sas']; r += 1
        no += 1
        put(ws, f"A{r}", no)
        nc = 'B' if it.get('sascol') else 'C'
        put(ws, f"{nc}{r}", it['name'], align=WRAP)
        put(ws, f"D{r}", it['unit'])
        put(ws, f"E{r}", it.get('renstra', it['t']))
        p = prev.get(it['id'], (None, None))
        put(ws, f"F{r}", p[0] if p[0] is not None else '-')
        put(ws, f"G{r}", p[1] if p[1] is not None else '-')
        put(ws, f"H{r}", it['t']); put(ws, f"I{r}", it['r'])
        put(ws, f"J{r}", f"=IFERROR(I{r}/H{r}*100,\"-\")", fmt='0.0')
        put(ws, f"K{r}", f"=IFERROR(I{r}/E{r}*100,\"-\")", fmt='0.0')
        ag.key(file, ws, (r, nc), year, it['id'], it['t'].key, it['r'].key,
               {"rule": "cell", "cells": [f"H{r}"]}, {"rule": "cell", "cells": [f"I{r}"]})
        r += 1
    widths(ws, {'A': 5, 'B': 10, 'C': 48, 'D': 10, 'E': 14, 'F': 11, 'G': 11, 'H': 12, 'I': 12, 'J': 10, 'K': 12})
    return r


def layout_ra(ag, file, ws, year, items, r0, cum=False):
    """Rencana Aksi: target TW I-IV, realisasi TW I-IV (or s.d. TW), no annual realisasi."""
    put(ws, f"A{r0}", 'No', bold=True, align=CENTER)
    put(ws, f"B{r0}", 'Indikator Kinerja', bold=True, align=CENTER)
    put(ws, f"C{r0}", 'Satuan', bold=True, align=CENTER)
    put(ws, f"D{r0}", f"Target {year}", bold=True, align=CENTER)
    put(ws, f"E{r0}", 'Target Triwulan', bold=True, align=CENTER)
    ws.merge_cells(f"E{r0}:H{r0}")
    put(ws, f"I{r0}", 'Realisasi Kumulatif' if cum else 'Realisasi Triwulan', bold=True, align=CENTER)
    ws.merge_cells(f"I{r0}:L{r0}")
    put(ws, f"M{r0}", 'Ket.', bold=True, align=CENTER)
    tws = ['I', 'II', 'III', 'IV']
    for i, c in enumerate('EFGH'):
        put(ws, f"{c}{r0+1}", f"TW {tws[i]}", bold=True, align=CENTER)
    for i, c in enumerate('IJKL'):
        put(ws, f"{c}{r0+1}", (f"s.d. TW {tws[i]}" if cum else f"TW {tws[i]}"), bold=True, align=CENTER)
    for c in 'ABCDM':
        ws.merge_cells(f"{c}{r0}:{c}{r0+1}")
    r = r0 + 2
    sas_prev, no = None, 0
    for it in items:
        if it['sas'] != sas_prev:
            put(ws, f"B{r}", it['sas'], bold=True); ws.merge_cells(f"B{r}:M{r}")
            sas_prev = it['sas']; r += 1
        no += 1
        put(ws, f"A{r}", no)
        put(ws, f"B{r}", it['name'], align=WRAP); put(ws, f"C{r}", it['unit'])
        put(ws, f"D{r}", it['t'])
        for c, v in zip('EFGH', it['qt']):
            put(ws, f"{c}{r}", v)
        for c, v in zip('IJKL', it['q']):
            put(ws, f"{c}{r}", v)
        if it.get('ket'):
            put(ws, f"M{r}", it['ket'])
        rule = 'last' if cum else rule_of(it)
        ag.key(file, ws, (r, 'B'), year, it['id'], it['t'].key, combine(it['q'], rule),
               {"rule": "cell", "cells": [f"D{r}"]}, {"rule": rule, "cells": [f"{c}{r}" for c in 'IJKL']})
        r += 1
        if it.get('draft'):
            put(ws, f"B{r}", it['draft'][0]); put(ws, f"D{r}", it['draft'][1])
            ws.row_dimensions[r].hidden = True; r += 1
    widths(ws, {'A': 5, 'B': 50, 'C': 11, 'D': 12, **{c: 10 for c in 'EFGHIJKL'}, 'M': 16})
    return r


def layout_ra_pairs(ag, file, ws, year, items, r0):
    """Rencana Aksi in row pairs: Target row / Realisasi row, TW I-IV + Tahunan (target only)."""
    hdr = ['No', 'Indikator Kinerja', 'Satuan', 'Uraian', 'TW I', 'TW II', 'TW III', 'TW IV', 'Tahunan']
    for i, h in enumerate(hdr):
        put(ws, f"{CL(i+1)}{r0}", h, bold=True, align=CENTER)
    r = r0 + 1
    for i in range(9):
        put(ws, f"{CL(i+1)}{r}", i + 1, align=CENTER)
    r += 1
    for no, it in enumerate(items, 1):
        put(ws, f"A{r}", no); put(ws, f"B{r}", it['name'], align=WRAP); put(ws, f"C{r}", it['unit'])
        put(ws, f"A{r+1}", None); put(ws, f"B{r+1}", None); put(ws, f"C{r+1}", None)
        ws.merge_cells(f"A{r}:A{r+1}"); ws.merge_cells(f"B{r}:B{r+1}"); ws.merge_cells(f"C{r}:C{r+1}")
        put(ws, f"D{r}", 'Target'); put(ws, f"D{r+1}", 'Realisasi')
        for c, v in zip('EFGH', it['qt']):
            put(ws, f"{c}{r}", v)
        for c, v in zip('EFGH', it['q']):
            put(ws, f"{c}{r+1}", v)
        if it.get('t_sum_formula'):
            put(ws, f"I{r}", f"=SUM(E{r}:H{r})")
            tkey = combine(it['qt'], 'sum')
        else:
            put(ws, f"I{r}", it['t']); tkey = it['t'].key
        put(ws, f"I{r+1}", None)
        ag.key(file, ws, (r, 'B'), year, it['id'], tkey, combine(it['q'], rule_of(it)),
               {"rule": "cell", "cells": [f"I{r}"]}, {"rule": rule_of(it), "cells": [f"{c}{r+1}" for c in 'EFGH']})
        r += 2
    widths(ws, {'A': 5, 'B': 50, 'C': 11, 'D': 11, **{c: 11 for c in 'EFGHI'}})
    return r


E81_COLS = {  # numbered column -> (K col, Rp col)
    6: ('F', 'G'), 7: ('H', 'I'), 8: ('J', 'K'), 9: ('L', 'M'), 10: ('N', 'O'), 11: ('P', 'Q'),
    12: ('R', 'S'), 13: ('T', 'U'), 14: ('V', 'W'), 15: ('X', 'Y')}


def layout_e81(ag, file, ws, year, tree, r0, renstra_end):
    """Permendagri 86 form E.81. tree: list of (kind, kode, uraian, [items], pagu)."""
    h = {1: 'No', 2: 'Sasaran', 3: 'Kode', 4: 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan',
         5: 'Indikator Kinerja Program (outcome) / Kegiatan (output)',
         6: f"Target Renstra Perangkat Daerah pada Tahun {renstra_end} (Akhir Periode Renstra)",
         7: f"Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Tahun Lalu ({year-1})",
         8: f"Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan ({year}) yang Dievaluasi",
         9: 'Realisasi Kinerja Pada Triwulan', 13: f"Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi ({year})",
         14: f"Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun {year}",
         15: f"Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun {year} (%)",
         16: 'Unit Perangkat Daerah Penanggung Jawab', 17: 'Ket.'}
    for i, c in enumerate('ABCDE', 1):
        put(ws, f"{c}{r0}", h[i], bold=True, align=CENTER); ws.merge_cells(f"{c}{r0}:{c}{r0+2}")
    for num in (6, 7, 8, 13, 14, 15):
        k, rp = E81_COLS[num]
        put(ws, f"{k}{r0}", h[num], bold=True, align=CENTER); ws.merge_cells(f"{k}{r0}:{rp}{r0+1}")
    put(ws, f"L{r0}", h[9], bold=True, align=CENTER); ws.merge_cells(f"L{r0}:S{r0}")
    for i, num in enumerate((9, 10, 11, 12)):
        k, rp = E81_COLS[num]
        put(ws, f"{k}{r0+1}", ['I', 'II', 'III', 'IV'][i], bold=True, align=CENTER); ws.merge_cells(f"{k}{r0+1}:{rp}{r0+1}")
    for num in range(6, 16):
        k, rp = E81_COLS[num]
        put(ws, f"{k}{r0+2}", 'K', bold=True, align=CENTER); put(ws, f"{rp}{r0+2}", 'Rp', bold=True, align=CENTER)
    put(ws, f"Z{r0}", h[16], bold=True, align=CENTER); ws.merge_cells(f"Z{r0}:Z{r0+2}")
    put(ws, f"AA{r0}", h[17], bold=True, align=CENTER); ws.merge_cells(f"AA{r0}:AA{r0+2}")
    r = r0 + 3
    for i, c in enumerate('ABCDE', 1):
        put(ws, f"{c}{r}", i, align=CENTER)
    for num in range(6, 16):
        k, rp = E81_COLS[num]
        put(ws, f"{k}{r}", num, align=CENTER); ws.merge_cells(f"{k}{r}:{rp}{r}")
    put(ws, f"Z{r}", 16, align=CENTER); put(ws, f"AA{r}", 17, align=CENTER)
    r += 1
    no = 0
    tot_rows = []
    for kind, kode, uraian, its, pagu in tree:
        no += 1
        put(ws, f"A{r}", no); put(ws, f"C{r}", kode); put(ws, f"D{r}", uraian, bold=(kind == 'program'), align=WRAP)
        if not its:  # programme/kegiatan name without own indicator: budget only
            put(ws, f"K{r}", pagu, fmt='#,##0'); r += 1; continue
        first = True
        for it in its:
            if not first:
                put(ws, f"A{r}", None)
            put(ws, f"E{r}", it['name'], align=WRAP)
            put(ws, f"F{r}", it['renstra']); put(ws, f"H{r}", it['prev'])
            put(ws, f"J{r}", it['t'])
            if first:
                put(ws, f"K{r}", pagu, fmt='#,##0')
                qs = [int(pagu * w) // 1000 * 1000 for w in (0.15, 0.22, 0.26)]
                qs.append(int(pagu * 0.93) // 1000 * 1000 - sum(qs))
                for c, v in zip('MOQS', qs):
                    put(ws, f"{c}{r}", v, fmt='#,##0')
                put(ws, f"U{r}", f"=M{r}+O{r}+Q{r}+S{r}", fmt='#,##0')
                put(ws, f"W{r}", f"=I{r}+U{r}", fmt='#,##0') if False else put(ws, f"W{r}", f"=U{r}", fmt='#,##0')
                put(ws, f"Y{r}", f"=IFERROR(W{r}/K{r}*100,0)", fmt='0.00')
                tot_rows.append(r)
            for c, v in zip('LNPR', it['q']):
                put(ws, f"{c}{r}", v)
            mode = it.get('e81r', 'formula')
            rule = rule_of(it)
            if mode == 'formula':
                if rule == 'sum':
                    put(ws, f"T{r}", f"=SUM(L{r},N{r},P{r},R{r})"); rk = combine(it['q'], 'sum')
                else:
                    put(ws, f"T{r}", f"=R{r}"); rk = it['q'][3].key
            elif mode == 'wrong':   # planted: TW IV left out of the sum
                put(ws, f"T{r}", f"=L{r}+N{r}+P{r}"); rk = combine(it['q'][:3], 'sum')
            else:                   # typed over
                put(ws, f"T{r}", it['r']); rk = it['r'].key
            put(ws, f"V{r}", f"=T{r}"); put(ws, f"X{r}", f"=IFERROR(V{r}/F{r}*100,0)", fmt='0.00')
            put(ws, f"Z{r}", it.get('unitpj', 'Seksi Pengujian'))
            ag.key(file, ws, (r, 'E'), year, it['id'], it['t'].key, rk,
                   {"rule": "cell", "cells": [f"J{r}"]}, {"rule": "cell", "cells": [f"T{r}"]})
            first = False
            r += 1
    put(ws, f"D{r}", 'Jumlah', bold=True)
    put(ws, f"K{r}", '=' + '+'.join(f"K{x}" for x in tot_rows), fmt='#,##0')
    put(ws, f"U{r}", '=' + '+'.join(f"U{x}" for x in tot_rows), fmt='#,##0')
    r += 1
    put(ws, f"D{r}", 'Rata-rata capaian kinerja (%)', bold=True); put(ws, f"X{r}", 87.4)
    r += 1
    put(ws, f"D{r}", 'Predikat kinerja', bold=True); put(ws, f"X{r}", 'Tinggi')
    widths(ws, {'A': 4, 'B': 18, 'C': 12, 'D': 34, 'E': 40, **{c: 11 for c in 'FGHIJKLMNOPQRSTUVWXY'}, 'Z': 16})
    return r + 2


def layout_renstra(ag, file, ws, year, items, r0, y1):
    """Renstra matrix: targets of five years, realisasi of one year."""
    put(ws, f"A{r0}", 'No', bold=True, align=CENTER)
    put(ws, f"B{r0}", 'Tujuan / Sasaran', bold=True, align=CENTER)
    put(ws, f"C{r0}", 'Indikator Kinerja Tujuan / Sasaran', bold=True, align=CENTER)
    put(ws, f"D{r0}", 'Satuan', bold=True, align=CENTER)
    put(ws, f"E{r0}", f"Kondisi Awal ({y1-1})", bold=True, align=CENTER)
    put(ws, f"F{r0}", 'Target Kinerja pada Tahun ke-', bold=True, align=CENTER); ws.merge_cells(f"F{r0}:J{r0}")
    for i, c in enumerate('FGHIJ'):
        put(ws, f"{c}{r0+1}", f"{y1+i}", bold=True, align=CENTER)
    put(ws, f"K{r0}", f"Realisasi {year}", bold=True, align=CENTER)
    put(ws, f"L{r0}", 'Keterangan', bold=True, align=CENTER)
    for c in 'ABCDEKL':
        ws.merge_cells(f"{c}{r0}:{c}{r0+1}")
    tcol = 'FGHIJ'[year - y1]
    r = r0 + 2
    sas_prev, no = None, 0
    for it in items:
        if it['sas'] != sas_prev:
            put(ws, f"B{r}", it['sas'], bold=True, align=WRAP); ws.merge_cells(f"B{r}:L{r}")
            sas_prev = it['sas']; r += 1
        no += 1
        put(ws, f"A{r}", no); put(ws, f"C{r}", it['name'], align=WRAP); put(ws, f"D{r}", it['unit'])
        put(ws, f"E{r}", it['awal'])
        for i, c in enumerate('FGHIJ'):
            put(ws, f"{c}{r}", it['t'] if c == tcol else it['t5'][i])
        put(ws, f"K{r}", it['r'])
        if it.get('ket'):
            put(ws, f"L{r}", it['ket'])
        ag.key(file, ws, (r, 'C'), year, it['id'], it['t'].key, it['r'].key,
               {"rule": "cell", "cells": [f"{tcol}{r}"]}, {"rule": "cell", "cells": [f"K{r}"]})
        r += 1
    widths(ws, {'A': 5, 'B': 6, 'C': 50, 'D': 11, **{c: 11 for c in 'EFGHIJK'}, 'L': 18})
    return r


def layout_cards(ag, file, ws, year, items, r0):
    """Dashboard cards, two per band (left B:F, right H:L)."""
    r = r0
    for i in range(0, len(items), 2):
        pair = items[i:i + 2]
        for it, (c0, cl, cv, ce) in zip(pair, [('B', 'B', 'D', 'F'), ('H', 'H', 'J', 'L')]):
            put(ws, f"{c0}{r}", it['name'], bold=True, align=WRAP)
            ws.merge_cells(f"{c0}{r}:{ce}{r}")
            ws.row_dimensions[r].height = 32
            put(ws, f"{cl}{r+1}", 'Satuan'); put(ws, f"{cv}{r+1}", it['unit'])
            put(ws, f"{cl}{r+2}", f"Target {year}"); put(ws, f"{cv}{r+2}", it['t'])
            put(ws, f"{cl}{r+3}", 'Realisasi'); put(ws, f"{cv}{r+3}", it['r'])
            put(ws, f"{cl}{r+4}", 'Capaian')
            put(ws, f"{cv}{r+4}", f"=IFERROR({cv}{r+3}/{cv}{r+2},\"-\")", fmt='0.0%')
            ag.key(file, ws, (r, c0), year, it['id'], it['t'].key, it['r'].key,
                   {"rule": "cell", "cells": [f"{cv}{r+2}"]}, {"rule": "cell", "cells": [f"{cv}{r+3}"]})
        r += 6
    widths(ws, {c: 12 for c in 'BCDEFGHIJKL'})
    ws.column_dimensions['G'].width = 3
    return r


def layout_transposed(ag, file, ws, year, items, r0, start_no=1):
    """Turned-over table: indicators across columns."""
    labels = ['No', 'Indikator Kinerja', 'Satuan', f"Target {year}", f"Realisasi {year}", 'Capaian (%)']
    for i, lab in enumerate(labels):
        put(ws, f"B{r0+i}", lab, bold=True)
    for j, it in enumerate(items):
        c = CL(3 + j)
        put(ws, f"{c}{r0}", start_no + j, align=CENTER)
        put(ws, f"{c}{r0+1}", it['name'], align=WRAP)
        put(ws, f"{c}{r0+2}", it['unit'], align=CENTER)
        put(ws, f"{c}{r0+3}", it['t']); put(ws, f"{c}{r0+4}", it['r'])
        put(ws, f"{c}{r0+5}", f"=IFERROR({c}{r0+4}/{c}{r0+3}*100,\"-\")", fmt='0.0')
        ws.column_dimensions[c].width = 18
        ag.key(file, ws, (r0 + 1, c), year, it['id'], it['t'].key, it['r'].key,
               {"rule": "cell", "cells": [f"{c}{r0+3}"]}, {"rule": "cell", "cells": [f"{c}{r0+4}"]})
    ws.row_dimensions[r0 + 1].height = 90
    ws.column_dimensions['B'].width = 20
    return r0 + 7


MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']


def layout_blocks(ag, file, ws, year, items, r0):
    """Block per indicator with a monthly realisasi line (no annual realisasi)."""
    r = r0
    for no, it in enumerate(items, 1):
        put(ws, f"A{r}", f"{no}.", bold=True, box=False)
        put(ws, f"B{r}", 'Indikator Kinerja', bold=True)
        put(ws, f"C{r}", it['name'], align=WRAP); ws.merge_cells(f"C{r}:N{r}")
        put(ws, f"B{r+1}", 'Satuan'); put(ws, f"C{r+1}", it['unit'])
        put(ws, f"E{r+1}", f"Target {year}"); ws.merge_cells(f"E{r+1}:F{r+1}")
        put(ws, f"G{r+1}", it['t'])
        put(ws, f"B{r+2}", 'Bulan')
        for i, m in enumerate(MONTHS):
            put(ws, f"{CL(3+i)}{r+2}", m, bold=True, align=CENTER)
        put(ws, f"B{r+3}", 'Realisasi')
        for i, v in enumerate(it['m']):
            put(ws, f"{CL(3+i)}{r+3}", v)
        rule = rule_of(it)
        ag.key(file, ws, (r, 'C'), year, it['id'], it['t'].key, combine(it['m'], rule),
               {"rule": "cell", "cells": [f"G{r+1}"]},
               {"rule": rule, "cells": [f"{CL(3+i)}{r+3}" for i in range(12)]})
        r += 5
    widths(ws, {'A': 4, 'B': 16, **{CL(3 + i): 10 for i in range(12)}})
    return r


# ---------------------------------------------------------------- items
def make_items(seed, table, year, tmodes=('num',), rmodes=('num',)):
    """table rows: (id, kind F/L, unit, sasaran, {year: name or (name, continuation)})"""
    items = []
    for id_, kind, unit, sas, names in table:
        if year not in names:
            continue
        rng = random.Random(f"{seed}-{id_}-{year}")
        nm = names[year]
        wrap = None
        if isinstance(nm, tuple):
            nm, wrap = nm
        t, r = base_pair(rng, unit, kind)
        q = split4(rng, r, unit, kind)
        if kind == 'F':
            qt = split4(rng, t, unit, 'F')
            r = q[0] + q[1] + q[2] + q[3]
            r = round(r, 6) if isinstance(r, float) else r
        else:
            qt = [t, t, t, t]
        m = split12(rng, r, unit, kind)
        tm, rm = rng.choice(tmodes), rng.choice(rmodes)
        it = dict(id=id_, kind=kind, unit=unit, sas=sas, name=nm, wrap=wrap,
                  tv=t, rv=r, t=style(t, unit, tm), r=style(r, unit, rm),
                  q=[n(x) for x in q], qt=[n(x) for x in qt], m=[n(x) for x in m])
        items.append(it)
    return items


def by_id(items):
    return {it['id']: it for it in items}
