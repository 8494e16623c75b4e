"""Shared helpers for the blind18 generators (formula mistakes)."""
import json, os, shutil, subprocess, tempfile
from decimal import Decimal as D, getcontext, ROUND_HALF_UP, ROUND_DOWN
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
META = os.path.join(HERE, 'meta')

PCT = '0.00'
FRAC = '0.00%'
RP = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'
NUM = '#,##0.##'
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def q(x, dp=2):
    return D(x).quantize(D(1).scaleb(-dp), ROUND_HALF_UP)


def qs(x, dp=2):
    return str(q(x, dp))


def num(x):
    """a decimal string -> the number to type in a cell"""
    d = D(str(x))
    return int(d) if d == d.to_integral_value() else float(d)


def no_tie(x, dp=2):
    """assert the exact value is not on a rounding tie (float ROUND could go either way)"""
    x = D(x) * D(10) ** dp
    frac = abs(x - x.to_integral_value(rounding=ROUND_DOWN))
    assert abs(frac - D('0.5')) > D('1e-6'), x


class Book:
    def __init__(self, stem, ext, agency, form):
        self.stem, self.ext, self.agency, self.form = stem, ext, agency, form
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.cells = {}
        self.mistakes, self.traps, self.inds = [], [], []
        self.rows = []
        self.layout = ''
        self.formulas_used = ''

    def sheet(self, title):
        return self.wb.create_sheet(title)

    def put(self, ws, coord, v, fmt=None, bold=False, wrap=False, box=True):
        c = ws[coord]
        c.value = v
        if fmt:
            c.number_format = fmt
        if bold:
            c.font = Font(bold=True)
        if wrap:
            c.alignment = Alignment(wrap_text=True, vertical='top')
        if box:
            c.border = BOX
        return c

    def calc(self, ws, coord, content, expected, scale=1, dp=2, fmt=PCT, round_check=True):
        """a computed cell: content is a formula or a typed constant; expected is the exact right value
        (in the cell's stored unit) or None where no value is defensible"""
        self.put(ws, coord, content, fmt)
        isf = isinstance(content, str) and content.startswith('=')
        if expected is not None and round_check and dp > 0:
            try:
                no_tie(D(expected) * scale, dp)
            except AssertionError:
                raise AssertionError(f'tie at {ws.title}!{coord}: {expected}')
        self.cells[(ws.title, coord)] = dict(
            formula=content if isf else None,
            typed=None if isf else (content if isinstance(content, str) else str(D(str(content)))),
            expected=None if expected is None else str(D(expected)),
            scale=scale, dp=dp, value_right=False)
        r = int(''.join(ch for ch in coord if ch.isdigit()))
        if (ws.title, r) not in self.rows:
            self.rows.append((ws.title, r))

    def _row(self, coord):
        return int(''.join(ch for ch in coord if ch.isdigit()))

    def mistake(self, ws, coord, kind, note, value_right=False):
        c = self.cells[(ws.title, coord)]
        c['value_right'] = value_right
        correct = None if c['expected'] is None else qs(D(c['expected']) * c['scale'], c['dp'])
        self.mistakes.append(dict(sheet=ws.title, row=self._row(coord), cell=coord, kind=kind,
                                  correct=correct, formula=c['formula'], note=note))

    def trap(self, ws, coord, kind, note):
        assert (ws.title, coord) in self.cells, coord
        self.traps.append(dict(sheet=ws.title, row=self._row(coord), cell=coord, kind=kind, note=note))

    def ind(self, ws, row, name, target, real, note='', tcell=None, rcells=None):
        """target/real: decimal strings (or None); tcell/rcells: where check.py finds them"""
        self.inds.append(dict(sheet=ws.title, row=row, name=name,
                              target=None if target is None else str(D(str(target))),
                              realisasi=None if real is None else str(D(str(real))), note=note,
                              _tcell=tcell, _rcells=rcells))
        if (ws.title, row) not in self.rows:
            self.rows.append((ws.title, row))

    def key(self):
        bad = {(m['sheet'], m['row']) for m in self.mistakes} | {(t['sheet'], t['row']) for t in self.traps}
        clean = [dict(sheet=s, row=r) for (s, r) in sorted(self.rows, key=lambda x: (self.wb.sheetnames.index(x[0]), x[1]))
                 if (s, r) not in bad]
        inds = [{k: v for k, v in i.items() if not k.startswith('_')} for i in self.inds]
        return {"file": f"{self.stem}.{self.ext}", "layout": self.layout,
                "mistakes": self.mistakes, "traps": self.traps, "clean_rows": clean, "indicators": inds}

    def save(self):
        os.makedirs(META, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix='b18_')
        src = os.path.join(tmp, self.stem + '.xlsx')
        self.wb.save(src)
        outd = os.path.join(tmp, 'out')
        os.makedirs(outd)
        subprocess.run(['soffice', '--headless', '--calc', '--convert-to', self.ext, '--outdir', outd, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(outd, f'{self.stem}.{self.ext}')
        assert os.path.exists(produced), produced
        shutil.copyfile(produced, os.path.join(OUT, f'{self.stem}.{self.ext}'))
        shutil.rmtree(tmp)
        with open(os.path.join(OUT, self.stem + '.key.json'), 'w') as f:
            json.dump(self.key(), f, indent=1, ensure_ascii=False)
            f.write('\n')
        meta = dict(file=f'{self.stem}.{self.ext}', sheets=self.wb.sheetnames, agency=self.agency, form=self.form,
                    formulas=self.formulas_used,
                    cells=[dict(sheet=s, cell=c, **v) for (s, c), v in self.cells.items()],
                    indicators=[dict(sheet=i['sheet'], row=i['row'], target=i['target'], realisasi=i['realisasi'],
                                     tcell=i['_tcell'], rcells=i['_rcells']) for i in self.inds])
        with open(os.path.join(META, self.stem + '.json'), 'w') as f:
            json.dump(meta, f, indent=1, ensure_ascii=False)
            f.write('\n')


def title_rows(b, ws, lines, width_cols):
    for i, t in enumerate(lines, start=1):
        b.put(ws, f'A{i}', t, bold=True, box=False)
        ws.merge_cells(f'A{i}:{width_cols}{i}')
        ws[f'A{i}'].alignment = Alignment(horizontal='center')


def signature(b, ws, row, col, place_date, role, name, rank, nip):
    for i, t in enumerate([place_date, role, '', '', name, rank, 'NIP. ' + nip]):
        if t:
            b.put(ws, f'{col}{row + i}', t, bold=(i == 4), box=False)
