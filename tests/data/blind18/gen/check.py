#!/usr/bin/env python3
"""Re-read every blind18 workbook and verify its key against the cells.

Each file is converted to .xlsx in a temp dir with LibreOffice (also .xlsx, so that what is read is what
LibreOffice itself loads), then read twice with openpyxl: with formulas and with cached values.
Checks, per file:
  - every computed cell listed in gen/meta/<stem>.json holds the recorded formula (or typed constant);
  - its cached value equals the independently computed right value at the displayed precision,
    except for cells listed as mistakes, whose cached value must differ (or be an error, or be a number
    where no value is defensible), unless the mistake is flagged value_right (formula wrong, value right);
  - each key mistake's `correct` and `formula` agree with the meta and the cell;
  - each trap names a computed cell whose value is right;
  - indicators' target and realisasi agree with the cells they are read from;
  - every row with a computed cell or an indicator is a mistake row, a trap row or a clean row, and
    clean rows carry neither mistakes nor traps.
Exit 0 when all holds."""
import json, os, subprocess, sys, tempfile, shutil
from decimal import Decimal as D, ROUND_HALF_UP
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEY_FIELDS = ['file', 'layout', 'mistakes', 'traps', 'clean_rows', 'indicators']


def q(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), ROUND_HALF_UP)


def norm(f):
    return None if f is None else str(f).replace(' ', '').upper().lstrip('=')


def isnum(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def main():
    errors = []
    tmp = tempfile.mkdtemp(prefix='b18chk_')
    keys = sorted(f for f in os.listdir(OUT) if f.endswith('.key.json'))
    totals = dict(files=0, mistakes=0, traps=0, clean=0, indicators=0)
    for kf in keys:
        key = json.load(open(os.path.join(OUT, kf)))
        stem = kf[:-len('.key.json')]
        meta = json.load(open(os.path.join(HERE, 'meta', stem + '.json')))
        def err(msg):
            errors.append(f'{key.get("file")}: {msg}')
        if list(key.keys()) != KEY_FIELDS:
            err(f'key fields {list(key.keys())}')
        path = os.path.join(OUT, key['file'])
        if not os.path.exists(path):
            err('file missing'); continue
        d = os.path.join(tmp, stem)
        os.makedirs(d)
        subprocess.run(['soffice', '--headless', '--calc', '--convert-to', 'xlsx', '--outdir', d, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        x = os.path.join(d, stem + '.xlsx')
        wf = openpyxl.load_workbook(x)
        wv = openpyxl.load_workbook(x, data_only=True)
        # the original file itself, when .xlsx, must carry cached values too
        if key['file'].endswith('.xlsx'):
            wo = openpyxl.load_workbook(path, data_only=True)
            wof = openpyxl.load_workbook(path)
            for c in meta['cells']:
                if c['formula'] and wof[c['sheet']][c['cell']].value is not None and wo[c['sheet']][c['cell']].value is None:
                    err(f'{c["sheet"]}!{c["cell"]} has no cached value in the original file')
        mist = {(m['sheet'], m['cell']): m for m in key['mistakes']}
        traps = {(t['sheet'], t['cell']): t for t in key['traps']}
        cells = {(c['sheet'], c['cell']): c for c in meta['cells']}
        for (s, cc), c in cells.items():
            f = wf[s][cc].value
            v = wv[s][cc].value
            where = f'{s}!{cc}'
            if c['formula']:
                if norm(f) != norm(c['formula']):
                    err(f'{where} formula {f!r} != {c["formula"]!r}')
            else:
                if isinstance(f, str) and f.startswith('='):
                    err(f'{where} should be typed, has {f!r}')
                elif isnum(f) and D(repr(f)) != D(c['typed']) or (not isnum(f) and str(f) != c['typed']):
                    err(f'{where} typed {f!r} != {c["typed"]!r}')
            exp = c['expected']
            right = None
            if exp is None:
                right = not isnum(v) and not (isinstance(v, str) and v.startswith('#'))
            elif isnum(v):
                right = q(D(repr(v)) * c['scale'], c['dp']) == q(D(exp) * c['scale'], c['dp'])
            else:
                right = False
            if (s, cc) in mist:
                m = mist[(s, cc)]
                if c['value_right']:
                    if not right:
                        err(f'{where} mistake flagged value_right but value {v!r} is not right')
                elif right:
                    err(f'{where} listed as a mistake but its cached value {v!r} is right')
                want = None if exp is None else str(q(D(exp) * c['scale'], c['dp']))
                if m['correct'] != want:
                    err(f'{where} key correct {m["correct"]!r} != {want!r}')
                if norm(m['formula']) != norm(c['formula']):
                    err(f'{where} key formula {m["formula"]!r} != {c["formula"]!r}')
            else:
                if not right:
                    err(f'{where} cached {v!r} but expected {exp} (x{c["scale"]}, {c["dp"]} dp)')
        for k in list(mist) + list(traps):
            if k not in cells:
                err(f'{k} in key but not a computed cell of the meta')
        for k, m in mist.items():
            if m['row'] != int(''.join(ch for ch in m['cell'] if ch.isdigit())):
                err(f'{k} row/cell disagree')
        for k, t in traps.items():
            if t['row'] != int(''.join(ch for ch in t['cell'] if ch.isdigit())):
                err(f'{k} row/cell disagree')
        # indicators
        kinds = {(i['sheet'], i['row']): i for i in key['indicators']}
        for i in meta['indicators']:
            ki = kinds.get((i['sheet'], i['row']))
            if ki is None or ki['target'] != i['target'] or ki['realisasi'] != i['realisasi']:
                err(f'indicator {i["sheet"]}!{i["row"]} key/meta disagree')
            if i['tcell']:
                v = wv[i['sheet']][i['tcell']].value
                if not isnum(v) or D(repr(v)) != D(i['target']):
                    err(f'indicator row {i["row"]}: target cell {i["tcell"]}={v!r} != {i["target"]}')
            elif i['target'] is not None:
                err(f'indicator row {i["row"]}: target without a cell')
            if i['rcells']:
                tot = D(0)
                for rc in i['rcells']:
                    v = wv[i['sheet']][rc].value
                    if v is None or v == '-':
                        continue
                    if not isnum(v):
                        err(f'indicator row {i["row"]}: realisasi cell {rc}={v!r}')
                        continue
                    tot += D(repr(v))
                if i['realisasi'] is None or tot != D(i['realisasi']):
                    err(f'indicator row {i["row"]}: realisasi {tot} != {i["realisasi"]}')
            elif i['realisasi'] is not None:
                err(f'indicator row {i["row"]}: realisasi without a cell')
        # row classification
        bad = {(m['sheet'], m['row']) for m in key['mistakes']} | {(t['sheet'], t['row']) for t in key['traps']}
        clean = {(c['sheet'], c['row']) for c in key['clean_rows']}
        if clean & bad:
            err(f'clean rows with mistakes/traps: {sorted(clean & bad)}')
        rows = {(c['sheet'], int(''.join(ch for ch in c['cell'] if ch.isdigit()))) for c in meta['cells']}
        rows |= {(i['sheet'], i['row']) for i in key['indicators']}
        missing = rows - bad - clean
        if missing:
            err(f'rows not classified: {sorted(missing)}')
        for s in {c['sheet'] for c in key['clean_rows']} | {m['sheet'] for m in key['mistakes']}:
            if s not in wf.sheetnames:
                err(f'sheet {s!r} missing')
        totals['files'] += 1
        totals['mistakes'] += len(key['mistakes'])
        totals['traps'] += len(key['traps'])
        totals['clean'] += len(key['clean_rows'])
        totals['indicators'] += len(key['indicators'])
        print(f'{key["file"]}: {len(key["mistakes"])} mistakes, {len(key["traps"])} traps, '
              f'{len(key["clean_rows"])} clean rows, {len(key["indicators"])} indicators')
    shutil.rmtree(tmp)
    for e in errors:
        print('FAIL', e)
    print('totals', totals)
    if errors:
        print(f'{len(errors)} problem(s)')
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
