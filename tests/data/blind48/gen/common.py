"""Shared helpers for the blind48 generators: value formatting, key recording, notes."""
import json, os, random
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter as L, column_index_from_string as CI

ROOT = '/work/blind48'
RAW = ROOT + '/gen/raw'
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical='top')
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)


def fmt_id(v, dec=None):
    """Indonesian number text: 1.234,5"""
    v = float(v)
    if dec is None:
        dec = 0 if v.is_integer() else (1 if round(v, 1) == v else 2)
    s = f"{v:,.{dec}f}"
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')


def val(kind, v, unit=''):
    """returns (cell content, number format or None, key value)"""
    if v is None:
        return None, None, None
    if isinstance(v, str):  # grade
        return v, None, None
    if kind == 'n':
        return v, None, v
    if kind == 'pct':
        return round(v / 100, 6), '0.00%', v
    if kind == 'pct0':
        return round(v / 100, 6), '0%', v
    if kind == 'txt':
        return f"{fmt_id(v)} {unit}".strip(), None, v
    if kind == 'pcttxt':
        return f"{fmt_id(v)} %", None, v
    if kind == 'pcttxt2':
        return f"{fmt_id(v)}%", None, v
    if kind == 'numtxt':
        return fmt_id(v), None, v
    if kind == 'range':
        return f"{fmt_id(v)}-{fmt_id(v + 5)}", None, v
    if kind == 'ge':
        return f">= {fmt_id(v)}", None, v
    if kind == 'x10':
        return round(v * 10, 2), None, round(v * 10, 2)
    if kind == 'frac':
        return round(v / 100, 4), None, round(v / 100, 4)
    if kind == 'dash':
        return '-', None, None
    if kind == 'na':
        return 'N/A', None, None
    if kind == 'blank':
        return None, None, None
    raise ValueError(kind)


def put(ws, ref, content, fmt=None, border=True, bold=False, align=None):
    c = ws[ref]
    c.value = content
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    if bold:
        c.font = BOLD
    if align:
        c.alignment = align
    return c


class Ctx:
    """collects key rows, cell map and README notes for one agency"""

    def __init__(self, slug, agency, years):
        self.slug, self.agency, self.years = slug, agency, years
        self.rows, self.cellmap, self.files, self.notes = [], [], [], {}
        self.ambiguous = []
        self.flows = []
        self.cur_file = None

    def file(self, name, raw, fmt):
        self.cur_file = name
        self.files.append({'name': name, 'raw': raw, 'fmt': fmt})
        self.notes[name] = []

    def note(self, text):
        self.notes[self.cur_file].append(text)

    def rec(self, sheet, row, col, year, it, tkey, rkey, tcells, rcells, ragg='one'):
        self.rows.append({'file': self.cur_file, 'sheet': sheet, 'row': row, 'col': col,
                          'year': year, 'written': it['name'], 'same_as': it['id'],
                          'target': tkey, 'realisasi': rkey})
        self.cellmap.append({'file': self.cur_file, 'sheet': sheet, 'name_cell': f"{col}{row}",
                             'same_as': it['id'], 'year': year,
                             'tcells': tcells, 'rcells': rcells, 'ragg': ragg})

    def dump(self):
        d = ROOT + '/' + self.slug
        os.makedirs(d, exist_ok=True)
        cnt = {}
        for r in self.rows:
            k = (r['file'], r['sheet'], r['row'])
            cnt[k] = cnt.get(k, 0) + 1
        rows = []
        for r in self.rows:
            r = dict(r)
            if cnt[(r['file'], r['sheet'], r['row'])] < 2:
                del r['col']
            for k in ('target', 'realisasi'):
                if isinstance(r[k], float):
                    r[k] = round(r[k], 6)
            rows.append(r)
        key = {'agency': self.agency, 'years': self.years, 'files': [f['name'] for f in self.files],
               'ambiguous': self.ambiguous, 'rows': rows}
        json.dump(key, open(d + '/key.json', 'w'), indent=1, ensure_ascii=False)
        json.dump({'files': self.files, 'cells': self.cellmap, 'notes': self.notes, 'flows': self.flows},
                  open(ROOT + f'/gen/cellmap_{self.slug}.json', 'w'), indent=1, ensure_ascii=False)


def agg_key(keys, agg):
    ks = [k for k in keys if k is not None]
    if agg == 'one':
        return keys[0]
    if not ks:
        return None
    if agg == 'sum':
        return round(sum(ks), 6)
    if agg == 'last':
        return ks[-1]
    raise ValueError(agg)


# ---------------------------------------------------------------- values
def make_values(ind, years, seed):
    """ind: dict id -> spec with keys unit, kind(int/dec/pct/grade), flow, neg, t0, step.
    returns vals[(id, year)] = dict(t, r, qt, qr, mt, mr)"""
    rnd = random.Random(seed)
    out = {}
    for iid, s in ind.items():
        for yi, y in enumerate(years):
            k = s['kind']
            if k == 'grade':
                t = 'BB' if yi > 0 else 'B'
                r = ['B', 'BB', 'BB', 'A'][yi]
                out[(iid, y)] = dict(t=t, r=r)
                continue
            t = s['t0'] + s['step'] * yi
            if s.get('neg'):
                ratio = rnd.uniform(0.82, 1.12)
            else:
                ratio = rnd.uniform(0.86, 1.09)
            r = t * ratio
            if k == 'int':
                t, r = int(round(t)), int(round(r))
            else:
                t, r = round(t, 2), round(r, 2)
            if k == 'pct':
                r = min(r, 100.0)
            d = dict(t=t, r=r)
            # quarters
            d['qt'] = split(t, 4, s['flow'], k, rnd, even=True)
            d['qr'] = split(r, 4, s['flow'], k, rnd)
            d['mt'] = split(t, 12, s['flow'], k, rnd, even=True)
            d['mr'] = split(r, 12, s['flow'], k, rnd)
            out[(iid, y)] = d
    return out


def split(v, n, flow, kind, rnd, even=False):
    if flow:
        w = [1.0] * n if even else [rnd.uniform(0.6, 1.4) for _ in range(n)]
        sw = sum(w)
        if kind == 'int':
            parts = [int(v * x / sw) for x in w[:-1]]
            parts.append(int(v - sum(parts)))
        else:
            parts = [round(v * x / sw, 2) for x in w[:-1]]
            parts.append(round(v - sum(parts), 2))
        return parts
    # level: ramp ending at v
    out = []
    for i in range(n):
        f = 1 - (n - 1 - i) * (0.02 if n == 4 else 0.006)
        x = v * f
        out.append(int(round(x)) if kind == 'int' else round(x, 2))
    out[-1] = v
    return out


def title(ws, rows, span):
    for i, t in enumerate(rows, 1):
        ws.cell(row=i, column=1, value=t).font = BOLD
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=span)
        ws.cell(row=i, column=1).alignment = Alignment(horizontal='center')


def signature(ws, row, col, place_date, jab, name, pangkat, nip):
    lines = [place_date, jab, None, None, None, name, pangkat, nip]
    for i, t in enumerate(lines):
        if t:
            ws.cell(row=row + i, column=col, value=t)
    ws.cell(row=row + 5, column=col).font = Font(bold=True, underline='single')
    return row + len(lines)


def cap_formula(T, R, row, neg, mode=None, typed=None):
    """capaian formula; mode: None, 'wrongrow', 'pos' (positive on negative), 'typed'"""
    if mode == 'typed':
        return typed
    rr = row + 1 if mode == 'wrongrow' else row
    if neg and mode != 'pos':
        return f"=IFERROR((2*{T}{rr}-{R}{rr})/{T}{rr}*100,0)"
    return f"=IFERROR({R}{rr}/{T}{rr}*100,0)"


def items_for(year, names, ind, vals, order):
    """list of items present in that year, in the given order"""
    yi_map = {}
    out = []
    for iid in order:
        nm = names[iid][year]
        if nm is None:
            continue
        s = ind[iid]
        it = dict(id=iid, name=nm, **s)
        it.update(vals[(iid, year)])
        out.append(it)
    return out
