"""Verify blind9 keys against LibreOffice CSV exports (decimal arithmetic, ROUND_HALF_UP)."""
import csv, json, glob, os, re, sys
from decimal import Decimal as D, ROUND_HALF_UP
CSV = '/work/blind9/gen/csv'
GROUPED = re.compile(r'^(?:Rp\.?\s*)?(\d{1,3}(?:\.\d{3})*)(?:,-)?$')

def col(c): return ord(c) - 64

def load(name, sheet):
    with open(f'{CSV}/{name}-{sheet}.csv', newline='', encoding='utf-8') as f:
        return [None] + list(csv.reader(f))

def cell(g, r, c):
    row = g[r]; i = col(c) - 1
    return row[i].strip() if i < len(row) else ''

def amount(s):
    """Decimal, or None when malformed."""
    if s == '-': return D(0)
    if re.fullmatch(r'-?\d+(\.\d+)?', s): return D(s)
    m = GROUPED.match(s)
    return D(m.group(1).replace('.', '')) if m else None

def pctval(s):
    """(value in percent points, decimals) or None for '-'/''."""
    if s in ('-', ''): return None
    if s.endswith('%'): s = s[:-1]
    s = s.replace(',', '.')
    dp = len(s.split('.')[1]) if '.' in s else 0
    return D(s), dp

def rnd(x, dp): return x.quantize(D(1).scaleb(-dp), ROUND_HALF_UP)

fails = []; stats = {'clean': 0, 'mistakes': 0, 'traps': 0}
def bad(msg): fails.append(msg)

for kf in sorted(glob.glob('/work/blind9/*.key.json')):
    key = json.load(open(kf)); name = os.path.basename(kf)[:-9]
    st = json.load(open(f'/work/blind9/gen/{name}.struct.json'))
    assert os.path.exists(f'/work/blind9/{key["file"]}'), key['file']
    grids = {}
    def G(sh):
        if sh not in grids: grids[sh] = load(name, sh)
        return grids[sh]
    subst = {(m['sheet'], m['cell']): D(m['correct']) for m in key['mistakes'] if m['kind'] == 'malformed-number'}
    srow = {(x['sheet'], x['row']): x for x in st['rows']}
    def val(sh, r, c, use_subst=True):
        if use_subst and (sh, f'{c}{r}') in subst: return subst[(sh, f'{c}{r}')]
        return amount(cell(G(sh), r, c))
    def row_errors(sh, r):
        """list of (cell, kind, correct) problems found in a row."""
        errs = []
        if sh == 'PK':
            g = G(sh); t, re_, p = D(cell(g, r, 'E')), D(cell(g, r, 'F')), pctval(cell(g, r, 'G'))
            exp = rnd(re_ / t * 100, p[1])
            if exp != p[0]: errs.append((f'G{r}', 'capaian', exp))
            return errs
        s = srow[(sh, r)]
        for c in s['amount']:
            if val(sh, r, c, use_subst=False) is None: errs.append((f'{c}{r}', 'malformed-number', None))
        if s['children']:
            for c in s['amount']:
                v = val(sh, r, c); tot = sum(val(sh, x, c) for x in s['children'])
                if v is not None and v != tot:
                    errs.append((f'{c}{r}', 'sum', tot))
        a, re_ = val(sh, r, s['ang']), val(sh, r, s['real'])
        if a is not None and re_ is not None:
            if re_ > a: errs.append((f'{s["real"]}{r}', 'realisasi-over-anggaran', a))
            p = pctval(cell(G(sh), r, s['pct']))
            if a == 0:
                if re_ != 0 or (p is not None and p[0] != 0): errs.append((f'{s["pct"]}{r}', 'zero-anggaran', None))
            elif p is None: errs.append((f'{s["pct"]}{r}', 'pct-missing', None))
            else:
                exp = rnd(re_ / a * 100, p[1])
                if exp != p[0]: errs.append((f'{s["pct"]}{r}', 'serapan-wrong', rnd(re_ / a * 100, 2)))
        q = s.get('quarters')
        if q:
            qs = [val(sh, r, c) for c in q]
            if any(qs[i] > qs[i + 1] for i in range(3)): errs.append((f'{q[0]}{r}', 'quarters-decrease', None))
            if qs[-1] != val(sh, r, s['real']): errs.append((f'{s["real"]}{r}', 'realisasi-not-tw4', qs[-1]))
        return errs
    for c in key['clean_rows']:
        stats['clean'] += 1
        e = row_errors(c['sheet'], c['row'])
        if e: bad(f'{name} clean row {c["sheet"]}!{c["row"]}: {e}')
    for t in key['traps']:
        stats['traps'] += 1
        e = row_errors(t['sheet'], t['row'])
        if e: bad(f'{name} trap {t["cell"]}: {e}')
        sh, r = t['sheet'], t['row']; s = srow[(sh, r)]
        if t['kind'] == 'serapan-100' and pctval(cell(G(sh), r, s['pct']))[0] != 100: bad(f'{name} trap {t["cell"]} not 100')
        if t['kind'] == 'pagu-perubahan-below-induk' and not val(sh, r, 'D') < val(sh, r, 'C'): bad(f'{name} trap {t["cell"]}')
        if t['kind'] == 'anggaran-zero-realisasi-dash' and not (val(sh, r, s['ang']) == 0 and cell(G(sh), r, s['real']) == '-'): bad(f'{name} trap {t["cell"]}')
        if t['kind'] == 'whole-number-percent' and pctval(cell(G(sh), r, s['pct']))[1] != 0: bad(f'{name} trap {t["cell"]}')
    for m in key['mistakes']:
        stats['mistakes'] += 1
        sh, r = m['sheet'], m['row']
        e = row_errors(sh, r)
        kinds = {'budget-sum': 'sum', 'total-sum': 'sum'}
        want = kinds.get(m['kind'], m['kind'])
        hit = [x for x in e if x[0] == m['cell'] and x[1] == want]
        if not hit: bad(f'{name} mistake {m["cell"]} {m["kind"]} not detected: {e}'); continue
        others = [x for x in e if x not in hit]
        if others: bad(f'{name} mistake row {r} has other problems too: {others}')
        if hit[0][2] is not None and m['kind'] != 'realisasi-over-anggaran':
            if m['kind'] == 'serapan-wrong':
                if str(hit[0][2]) != m['correct'] and D(m['correct']) != hit[0][2]: bad(f'{name} {m["cell"]} correct {m["correct"]} vs {hit[0][2]}')
            elif D(m['correct']) != hit[0][2]: bad(f'{name} {m["cell"]} correct {m["correct"]} vs {hit[0][2]}')
        if m['kind'] == 'total-sum' and srow[(sh, r)].get('kind', 'total') not in ('total', 'subtotal'): bad(f'{name} {m["cell"]} not a total row')
    # every budget row / PK row is accounted for exactly once
    listed = [(x['sheet'], x['row']) for x in key['clean_rows'] + key['mistakes'] + key['traps']]
    mrows = [(x['sheet'], x['row']) for x in key['mistakes']]
    if len(mrows) != len(set(mrows)): bad(f'{name}: two mistakes in one row')
    allrows = set(srow) | {('PK', r) for r in range(5, len(G('PK'))) if cell(G('PK'), r, 'C')}
    if set(listed) != allrows: bad(f'{name}: rows not covered {sorted(allrows - set(listed))} extra {sorted(set(listed) - allrows)}')
    if len(set(listed)) != len(listed) - (len(listed) - len(set(listed))):
        pass
    print(name, 'mistakes', len(key['mistakes']), 'traps', len(key['traps']), 'clean', len(key['clean_rows']))
print(stats)
print('FAILURES' if fails else 'ALL CHECKS PASSED')
for f in fails: print(' -', f)
sys.exit(1 if fails else 0)
