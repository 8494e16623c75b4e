#!/usr/bin/env python3
"""Re-read the SHIPPED blind13 workbooks and verify every key entry against the rules of domain.md.
.xls/.ods are converted to xlsx in /tmp first (LibreOffice); values are read with openpyxl data_only=True.
Usage: python3 gen/check.py      exit status 0 when everything holds."""
import json, os, re, shutil, subprocess, sys, tempfile
from decimal import Decimal as D
import openpyxl
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rules import rnd, capaian, category, parse_num, stated_pct, plain

GEN = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(GEN)
TMP = tempfile.mkdtemp(prefix='b13check_')
errors = []


def err(f, msg):
    errors.append(f'{f}: {msg}')


def load(path):
    ext = path.rsplit('.', 1)[1]
    if ext != 'xlsx':
        subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', TMP, path], check=True, capture_output=True)
        path = os.path.join(TMP, os.path.basename(path).rsplit('.', 1)[0] + '.xlsx')
    return openpyxl.load_workbook(path, data_only=True)


def pct(v):
    return 'undefined' if v is None else str(rnd(v, 2))


def check_book(specpath):
    spec = json.load(open(specpath))
    fname = spec['file']
    key = json.load(open(os.path.join(SET, fname.rsplit('.', 1)[0] + '.key.json')))
    wb = load(os.path.join(SET, fname))
    F = fname
    val = lambda s, c: wb[s][c].value
    fmt = lambda s, c: wb[s][c].number_format

    def num(s, c, hint=None, override=None):
        if override not in (None, False):
            return D(str(override))
        return parse_num(val(s, c), hint)

    computed = {}  # (sheet, cell) -> correct value computed here
    status = {}    # (sheet,row) -> list of (expect, role)
    for c in spec['checks']:
        s, cell, ty, ex = c['sheet'], c['cell'], c['type'], c['expect']
        status.setdefault((s, c['row']), []).append((ex, c.get('role'), ty))
        where = f"{s}!{cell} ({ty})"
        try:
            if ty == 'cap':
                t = num(s, c['tcell'], c.get('hint_t'), c.get('t_int'))
                r = num(s, c['rcell'], c.get('hint_r'), c.get('r_int'))
                if t is None or r is None:
                    err(F, f'{where}: unreadable target/realisasi {val(s, c["tcell"])!r} {val(s, c["rcell"])!r}'); continue
                exact = capaian(t, r, c['pol'], c.get('cap100', False))
                st, n = stated_pct(val(s, cell), fmt(s, cell))
                computed[(s, cell)] = pct(exact)
                if ex == 'ok':
                    if st is None or exact is None or rnd(exact, n) != st:
                        err(F, f'{where}: expected right, stated {st} vs exact {exact}')
                elif ex == 'bad':
                    if exact is not None and st is not None and rnd(exact, n) == st:
                        err(F, f'{where}: planted mistake agrees with the rule ({st})')
                    if exact is None and st is None:
                        err(F, f'{where}: target zero but nothing stated')
                elif ex == 'consequence':
                    tw = num(s, c['tcell'])
                    follow = capaian(tw, r, c['pol'])
                    if rnd(follow, n) != st or rnd(exact, n) == st:
                        err(F, f'{where}: consequence does not follow the wrong cell ({st}, {follow}, {exact})')
            elif ty == 'err':
                v = val(s, cell)
                if not (isinstance(v, str) and v.startswith('#')):
                    err(F, f'{where}: no cached error, got {v!r}')
                t = num(s, c['tcell']); r = num(s, c['rcell'])
                computed[(s, cell)] = 'undefined' if (t is None or t == 0) else pct(capaian(t, r, c['pol']))
            elif ty == 'sum':
                tot = sum(num(s, p) for p in c['parts'])
                stv = num(s, cell)
                computed[(s, cell)] = plain(tot)
                if (ex == 'ok') != (stv == tot):
                    err(F, f'{where}: total {stv} vs sum {tot} (expect {ex})')
            elif ty == 'cat':
                t = num(s, c['tcell']); r = num(s, c['rcell'], c.get('hint_r'), c.get('r_int'))
                v = capaian(t, r, c['pol'])
                want = category(v) if v is not None else None
                got = val(s, cell)
                computed[(s, cell)] = want
                if ex == 'ok' and got != want: err(F, f'{where}: category {got} vs {want}')
                if ex == 'bad' and got == want: err(F, f'{where}: planted category is right')
                if ex == 'consequence':
                    st, n = stated_pct(val(s, c['capcell']), fmt(s, c['capcell']))
                    if got == want or got != category(st):
                        err(F, f'{where}: category consequence does not follow {c["capcell"]} ({got}, {st}, {want})')
            elif ty == 'fig':
                got = parse_num(val(s, cell))
                it = D(c['intended'])
                if got == it: err(F, f'{where}: figure reads as intended, no mistake')
                st, n = stated_pct(val(s, c['capcell']), fmt(s, c['capcell']))
                if rnd(capaian(num(s, c['tcell']), it, c['pol']), n) != st:
                    err(F, f'{where}: stated capaian does not confirm the intended figure {it}')
                computed[(s, cell)] = plain(it)
            elif ty == 'year':
                v = str(val(s, cell))
                right = c['correct']
                if c['wrong'] not in v or right in v: err(F, f'{where}: title {v!r}')
                for e in c['evidence']:
                    if right not in str(val(s, e)): err(F, f'{where}: evidence {e} {val(s, e)!r} lacks {right}')
                computed[(s, cell)] = right
            elif ty == 'unit':
                nm = str(val(s, c['namecell'])); u = val(s, cell)
                if 'persentase' not in nm.lower() or u == '%': err(F, f'{where}: unit {u!r} name {nm!r}')
                computed[(s, cell)] = '%'
            elif ty == 'dup':
                for col in c['cols']:
                    a, b = val(s, f'{col}{c["row"]}'), val(s, f'{col}{c["other"]}')
                    pa, pb = parse_num(a), parse_num(b)
                    if a != b and (pa is None or pa != pb): err(F, f'{where}: column {col} differs {a!r} {b!r}')
                computed[(s, cell)] = ''
            elif ty == 'qual':
                t, r = val(s, c['tcell']), val(s, c['rcell'])
                if not (isinstance(t, str) and isinstance(r, str) and parse_num(t) is None and t.strip() == r.strip()):
                    err(F, f'{where}: qualitative {t!r} {r!r}')
                st, n = stated_pct(val(s, cell), fmt(s, cell))
                if st is not None and st != 100: err(F, f'{where}: stated {st}')
            elif ty == 'range':
                t = str(val(s, c['tcell'])); m = re.fullmatch(r'(\d+)\s*-\s*(\d+)', t.strip())
                r = num(s, c['rcell'])
                if not m or not (D(m.group(1)) <= r <= D(m.group(2))) or val(s, cell) not in (None, ''):
                    err(F, f'{where}: range {t!r} {r} {val(s, cell)!r}')
            elif ty == 'bound':
                t = str(val(s, c['tcell'])); m = re.fullmatch(r'(\u2265|>=|\u2264|<=|<|>)\s*(\d+(?:,\d+)?)', t.strip())
                r = num(s, c['rcell'])
                bt = parse_num(m.group(2))
                st, n = stated_pct(val(s, cell), fmt(s, cell))
                if rnd(capaian(bt, r, c['pol']), n) != st: err(F, f'{where}: bound capaian {st}')
            elif ty == 'sched':
                vs = [val(s, x) for x in c['cells']]
                ps = [parse_num(v) for v in vs]
                if not (all('%' in str(v) for v in vs) and ps == sorted(ps) and ps[-1] == 100):
                    err(F, f'{where}: schedule {vs}')
            elif ty == 'numtext':
                v = val(s, cell)
                if not isinstance(v, str) or parse_num(v) != D(c['value']) or '*' not in v: err(F, f'{where}: {v!r}')
            elif ty == 'ind':
                pass
            else:
                err(F, f'{where}: unknown check type')
        except Exception as e:  # noqa
            err(F, f'{where}: exception {e!r}')
        if c.get('role') == 'M' and computed.get((s, cell)) != c.get('correct'):
            err(F, f"{where}: spec correct {c.get('correct')!r} != computed {computed.get((s, cell))!r}")

    # key <-> checks
    mchecks = {(c['sheet'], c['cell']): c for c in spec['checks'] if c.get('role') == 'M'}
    tchecks = {(c['sheet'], c['cell']): c for c in spec['checks'] if c.get('role') == 'T'}
    km = {(m['sheet'], m['cell']): m for m in key['mistakes']}
    kt = {(t['sheet'], t['cell']): t for t in key['traps']}
    if set(km) != set(mchecks): err(F, f'mistakes in key vs checks differ: {set(km) ^ set(mchecks)}')
    if set(kt) != set(tchecks): err(F, f'traps in key vs checks differ: {set(kt) ^ set(tchecks)}')
    for k, m in km.items():
        if m['correct'] != computed.get(k): err(F, f'key mistake {k}: correct {m["correct"]!r} vs computed {computed.get(k)!r}')
        if int(re.sub(r'[A-Z]', '', m['cell'])) != m['row']: err(F, f'key mistake {k}: row/cell mismatch')
    for k, t in kt.items():
        if int(re.sub(r'[A-Z]', '', t['cell'])) != t['row']: err(F, f'key trap {k}: row/cell mismatch')
        for (ex, role, ty) in status.get((t['sheet'], t['row']), []):
            pass
    flagged = {(m['sheet'], m['row']) for m in key['mistakes']} | {(t['sheet'], t['row']) for t in key['traps']}
    for cr in key['clean_rows']:
        k = (cr['sheet'], cr['row'])
        st = status.get(k)
        if not st or k in flagged or any(ex != 'ok' or role for ex, role, ty in st):
            err(F, f'clean row {k} is not clean: {st}')
    # indicators
    inds = {(c['sheet'], c['row']): c for c in spec['checks'] if c['type'] == 'ind'}
    if {(i['sheet'], i['row']) for i in key['indicators']} != set(inds):
        err(F, 'indicator rows differ between key and spec')
    for i in key['indicators']:
        c = inds.get((i['sheet'], i['row']))
        if not c: continue
        t = num(c['sheet'], c['tcell'], c.get('hint_t'), c.get('t_int'))
        r = num(c['sheet'], c['rcell'], c.get('hint_r'), c.get('r_int'))
        if t is None or r is None or plain(t) != i['target'] or plain(r) != i['realisasi']:
            err(F, f"indicator {i['sheet']}!row {i['row']}: file {t}/{r} vs key {i['target']}/{i['realisasi']}")
        nm = val(c['sheet'], c['tcell'].rstrip('0123456789').replace(c['tcell'].rstrip('0123456789'), '') + c['tcell'])
    return key


def features():
    """Layout features the README promises, read from the shipped files."""
    wb = openpyxl.load_workbook(os.path.join(SET, 'pk_dkp_kab_pati_2023.xlsx'))
    ws = wb['PK 2023']
    if not ws.row_dimensions[19].hidden: err('features', 'Pati row 19 not hidden')
    if 'J11:J12' not in [str(m) for m in ws.merged_cells.ranges]: err('features', 'Pati header merge missing')
    wb = openpyxl.load_workbook(os.path.join(SET, 'pengukuran_dinsos_kab_sumedang_2022.xlsx'))
    for s in wb.sheetnames:
        if not wb[s].auto_filter.ref: err('features', f'Sumedang {s}: no autofilter')
    for f in ['lkjip_dpmptsp_kab_gresik_2024.xls', 'pengukuran_dishub_kab_klaten_2023.xls',
              'ra_bapenda_kab_banyuwangi_2024.ods', 'pk_dpupr_kab_kulon_progo_2024.ods']:
        with open(os.path.join(SET, f), 'rb') as fh:
            head = fh.read(8)
        if f.endswith('.xls') and head[:4] != b'\xd0\xcf\x11\xe0': err('features', f'{f} is not an OLE2 .xls')
        if f.endswith('.ods') and head[:2] != b'PK': err('features', f'{f} is not a zip/ods')


if __name__ == '__main__':
    tot = {}
    for sp in sorted(os.listdir(os.path.join(GEN, 'spec'))):
        k = check_book(os.path.join(GEN, 'spec', sp))
        tot[k['file']] = (len(k['mistakes']), len(k['traps']), len(k['clean_rows']), len(k['indicators']))
    features()
    for f, v in tot.items():
        print(f'{f:45s} mistakes {v[0]:2d} traps {v[1]:2d} clean {v[2]:2d} indicators {v[3]:2d}')
    print('TOTAL', [sum(x) for x in zip(*tot.values())])
    shutil.rmtree(TMP, ignore_errors=True)
    if errors:
        print('\n'.join(errors)); print(len(errors), 'ERRORS'); sys.exit(1)
    print('ALL CHECKS PASS')
