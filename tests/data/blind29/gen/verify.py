"""Re-read every key row from the final workbooks and check it against key.json.

.xls/.ods are converted back to .xlsx with LibreOffice (own profile) into /tmp/blind29-verify.
Checks: name cell text, target and realisasi (parsed as a reader would), ids unique per year,
rows listed in locs match key rows, every formula cell has a cached value.
"""
import json, os, re, subprocess, sys, shutil
import openpyxl

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
TMP = '/tmp/blind29-verify'
AGS = ['bpkad', 'setwan', 'disnakkeswan']
NONE_TEXT = {'', '-', 'N/A', 'n/a', '—'}


def parse(v, fmt):
    """A careful reader's value of a cell: number or None."""
    if v is None:
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if fmt and '%' in fmt:
            return round(v * 100, 9)
        return v
    s = str(v).strip()
    if s in NONE_TEXT:
        return None
    if re.match(r'(?i)^level\s*\d', s):      # maturity grade written as text
        return None
    if not re.search(r'\d', s):               # WTP, BB, ...
        return None
    mult = 1
    low = s.lower()
    if re.search(r'\d\s*(m|miliar|milyar)\b', low):
        mult = 1e9
    elif re.search(r'\d\s*(jt|juta)\b', low):
        mult = 1e6
    m = re.search(r'\d[\d.,]*', s)
    tok = m.group(0).rstrip('.,')
    if ',' in tok and '.' in tok:
        if tok.rfind(',') > tok.rfind('.'):
            tok = tok.replace('.', '').replace(',', '.')
        else:
            tok = tok.replace(',', '')
    elif ',' in tok:
        tok = tok.replace(',', '.')
    elif '.' in tok:
        if re.fullmatch(r'\d{1,3}(\.\d{3})+', tok):
            tok = tok.replace('.', '')
    x = float(tok) * mult
    return round(x, 9)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))


def xlsx_of(ag, f):
    p = os.path.join(ROOT, ag, f)
    if f.endswith('.xlsx'):
        return p
    out = os.path.join(TMP, ag)
    os.makedirs(out, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind29', '--headless', '--calc',
                    '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, p],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return os.path.join(out, os.path.splitext(f)[0] + '.xlsx')


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    fails, checked = 0, 0
    def fail(msg):
        nonlocal fails
        fails += 1
        print('FAIL', msg)
    for ag in AGS:
        kp = os.path.join(ROOT, ag, 'key.json')
        if not os.path.exists(kp):
            fail('%s: no key.json' % ag); continue
        key = json.load(open(kp))
        locs = json.load(open(os.path.join(GEN, 'locs_%s.json' % ag)))
        if len(key['years']) != 4 or sorted(key['years']) != list(range(min(key['years']), min(key['years']) + 4)):
            fail('%s: years not 4 consecutive' % ag)
        if len({os.path.splitext(f)[1] for f in key['files']}) < 3:
            fail('%s: fewer than 3 formats' % ag)
        books = {}
        for f in key['files']:
            x = xlsx_of(ag, f)
            books[f] = (openpyxl.load_workbook(x, data_only=True), openpyxl.load_workbook(x, data_only=False))
            for wsf in books[f][1]:
                wsv = books[f][0][wsf.title]
                for row in wsf.iter_rows():
                    for c in row:
                        if isinstance(c.value, str) and c.value.startswith('='):
                            cv = wsv[c.coordinate].value
                            if cv is None:
                                fail('%s/%s!%s formula %s has no cached value' % (ag, f, c.coordinate, c.value))
                            elif isinstance(cv, str) and cv.startswith('#'):
                                fail('%s/%s!%s formula error %s' % (ag, f, c.coordinate, cv))
        seen = {}
        if len(locs) != len(key['rows']):
            fail('%s: %d locs vs %d rows' % (ag, len(locs), len(key['rows'])))
        for kr, lc in zip(key['rows'], locs):
            checked += 1
            tag = '%s/%s!%s row %d (%s)' % (ag, kr['file'], kr['sheet'], kr['row'], kr['same_as'])
            if (kr['file'], kr['sheet'], kr['row']) != (lc['file'], lc['sheet'], lc['row']):
                fail(tag + ' loc mismatch'); continue
            if kr['year'] not in key['years'] or key['files'][key['years'].index(kr['year'])] != kr['file']:
                fail(tag + ' year/file mismatch')
            k = (kr['year'], kr['same_as'])
            if k in seen:
                fail(tag + ' duplicate id in year %d' % kr['year'])
            seen[k] = 1
            wb = books[kr['file']][0]
            if kr['sheet'] not in wb.sheetnames:
                fail(tag + ' no sheet'); continue
            ws = wb[kr['sheet']]
            nc = ws[lc['name']]
            if nc.row != kr['row']:
                fail(tag + ' name cell not on key row')
            if nc.value != kr['written']:
                fail(tag + ' name %r != %r' % (nc.value, kr['written']))
            tc = ws[lc['target']]
            t = parse(tc.value, tc.number_format)
            if not same(t, kr['target']):
                fail(tag + ' target %r (%s) -> %r != key %r' % (tc.value, tc.number_format, t, kr['target']))
            rl = lc['realisasi']
            if isinstance(rl, str):
                rc = ws[rl]
                r = parse(rc.value, rc.number_format)
                raw = rc.value
            else:
                xs = [parse(ws[a].value, ws[a].number_format) for a in rl[1]]
                raw = [ws[a].value for a in rl[1]]
                nn = [x for x in xs if x is not None]
                if rl[0] == 'sum':
                    r = round(sum(nn), 9) if nn else None
                else:
                    r = nn[-1] if nn else None
            if not same(r, kr['realisasi']):
                fail(tag + ' realisasi %r -> %r != key %r' % (raw, r, kr['realisasi']))
    print('checked %d key rows, %d failures' % (checked, fails))
    return fails


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
