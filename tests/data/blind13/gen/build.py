#!/usr/bin/env python3
"""Build the blind13 set: six workbooks + keys + specs (for check.py).
Usage: python3 gen/build.py   (from anywhere; needs openpyxl and soffice)"""
import json, os, shutil, subprocess, sys
from decimal import Decimal as D
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rules import rnd, capaian, category, plain, num_decimals_from_format

GEN = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(GEN)
RAW = '/tmp/b13raw'
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)


def pctstr(v):
    return 'undefined' if v is None else str(rnd(v, 2))


class Book:
    def __init__(self, name, ext, layout, cap100=False):
        self.name, self.ext, self.layout, self.cap100 = name, ext, layout, cap100
        self.wb = Workbook(); self.wb.remove(self.wb.active)
        self.checks, self.mist, self.traps, self.inds = [], [], [], []
        self.noclean = set()

    def sheet(self, title):
        return self.wb.create_sheet(title)

    def w(self, ws, cell, v, fmt=None, bold=False, box=True, center=False):
        ws[cell] = v
        if fmt: ws[cell].number_format = fmt
        if bold: ws[cell].font = BOLD
        if box: ws[cell].border = BOX
        if center: ws[cell].alignment = CENTER

    def merge(self, ws, rng, v=None, bold=True, box=True):
        first = rng.split(':')[0]
        if v is not None:
            ws[first] = v
        ws.merge_cells(rng)
        ws[first].alignment = CENTER
        if bold: ws[first].font = BOLD
        if box:
            for row in ws[rng]:
                for c in row: c.border = BOX

    def role(self, ws, row, cell, role, correct=None):
        if not role: return
        kind, note = role[1], role[2]
        if role[0] == 'M':
            self.mist.append({'sheet': ws.title, 'row': row, 'cell': cell, 'kind': kind,
                              'correct': correct if len(role) < 4 else role[3], 'note': note})
        else:
            self.traps.append({'sheet': ws.title, 'row': row, 'cell': cell, 'kind': kind, 'note': note})

    def add(self, ws, row, cell, ctype, expect='ok', role=None, correct=None, **kw):
        d = {'type': ctype, 'sheet': ws.title, 'row': row, 'cell': cell, 'expect': expect,
             'role': role[0] if role else None}
        d.update(kw)
        if role and role[0] == 'M':
            d['correct'] = correct if len(role) < 4 else role[3]
        self.checks.append(d)
        self.role(ws, row, cell, role, correct)

    def cap(self, ws, row, cell, t, r, tcell, rcell, pol='+', stated='auto', fmt='0.00', role=None,
            cap100=None, t_int=None, r_int=None, expect=None, hint_t=None, hint_r=None):
        """A capaian cell. t, r: intended numbers (for the key); tcell/rcell: where they are."""
        cap100 = self.cap100 if cap100 is None else cap100
        v = capaian(t, r, pol, cap100)
        pct = fmt and '%' in fmt
        if stated == 'auto':
            n = num_decimals_from_format(fmt)
            val = rnd(v / 100, n + 2) if pct else rnd(v, n)
            stated = float(val) if n else int(val)
        elif stated == 'F':
            base = f'{rcell}/{tcell}' if pol == '+' else f'(2*{tcell}-{rcell})/{tcell}'
            base = base if pct else base + '*100'
            stated = f'=MIN({base},{1 if pct else 100})' if cap100 else f'={base}'
        self.w(ws, cell, stated, fmt if not isinstance(stated, str) or stated.startswith('=') else None)
        if expect is None:
            expect = 'bad' if role and role[0] == 'M' else 'ok'
        self.add(ws, row, cell, 'cap', expect, role, pctstr(v), tcell=tcell, rcell=rcell, pol=pol,
                 cap100=cap100, t_int=None if t_int is None else str(t_int),
                 r_int=None if r_int is None else str(r_int), hint_t=hint_t, hint_r=hint_r)
        return v

    def ind(self, ws, row, name, tcell, rcell, t, r, t_int=False, r_int=False, hint_t=None, hint_r=None, note=None):
        e = {'sheet': ws.title, 'row': row, 'name': name, 'target': plain(t), 'realisasi': plain(r)}
        if note: e['note'] = note
        self.inds.append(e)
        self.checks.append({'type': 'ind', 'sheet': ws.title, 'row': row, 'cell': tcell, 'tcell': tcell,
                            'rcell': rcell, 'expect': 'ok', 'role': None, 't_int': t_int, 'r_int': r_int,
                            'hint_t': hint_t, 'hint_r': hint_r})

    def save(self):
        os.makedirs(RAW, exist_ok=True)
        raw = os.path.join(RAW, self.name + '.xlsx')
        self.wb.save(raw)
        tmpout = os.path.join(RAW, 'out_' + self.ext)
        os.makedirs(tmpout, exist_ok=True)
        subprocess.run(['soffice', '--headless', '--convert-to', self.ext, '--outdir', tmpout, raw],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(tmpout, self.name + '.' + self.ext), os.path.join(OUT, self.name + '.' + self.ext))
        flagged = {(m['sheet'], m['row']) for m in self.mist} | {(t['sheet'], t['row']) for t in self.traps}
        rows = {}
        for c in self.checks:
            rows.setdefault((c['sheet'], c['row']), []).append(c)
        clean = []
        for (s, r), cs in rows.items():
            if (s, r) in flagged or (s, r) in self.noclean: continue
            if all(c['expect'] == 'ok' and not c['role'] for c in cs) and any(c['type'] != 'ind' for c in cs):
                clean.append({'sheet': s, 'row': r})
        key = {'file': self.name + '.' + self.ext, 'layout': self.layout, 'mistakes': self.mist,
               'traps': self.traps, 'clean_rows': clean, 'indicators': self.inds}
        with open(os.path.join(OUT, self.name + '.key.json'), 'w') as f:
            json.dump(key, f, indent=1, ensure_ascii=False)
        os.makedirs(os.path.join(GEN, 'spec'), exist_ok=True)
        with open(os.path.join(GEN, 'spec', self.name + '.json'), 'w') as f:
            json.dump({'file': key['file'], 'cap100': self.cap100, 'checks': self.checks,
                       'noclean': sorted(map(list, self.noclean))}, f, indent=1, ensure_ascii=False)
        print(self.name, len(self.mist), 'mistakes', len(self.traps), 'traps', len(clean), 'clean', len(self.inds), 'indicators')


def sign(B, ws, col, row, place_date, jab, name, rank, nip):
    for i, v in enumerate([place_date, jab, '', '', '', name, rank, nip]):
        if v: B.w(ws, f'{col}{row + i}', v, box=False, bold=(i == 5))

from books import BOOKS  # noqa: E402

if __name__ == '__main__':
    for make in BOOKS:
        make(Book, sign).save()
