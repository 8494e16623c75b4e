"""Convert each workbook to CSV with soffice (values as shown) and check that every key cell shows what the key says."""
import csv, glob, json, os, re, subprocess, sys
from decimal import Decimal as D, ROUND_HALF_UP
from openpyxl.utils import column_index_from_string as ci

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = '/tmp/blind6-verify'
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-blind6', '--headless']


def parse(s):
    s = s.strip()
    if s == '':
        return None
    if s == '-':
        return D(0)
    t = s.replace(',', '')
    if re.fullmatch(r'-?\d+(\.\d*)?', t):
        return D(t.rstrip('.')) if t.endswith('.') else D(t)
    return s


def same(shown_txt, want):
    sv = parse(shown_txt)
    if want is None:
        return sv is None
    if isinstance(sv, str) or sv is None:
        return sv == want
    try:
        w = D(want)
    except Exception:
        return False
    t = shown_txt.strip().replace(',', '')
    dec = len(t.split('.')[1]) if '.' in t else 0
    return w.quantize(D(1).scaleb(-dec), ROUND_HALF_UP) == sv


def main():
    os.makedirs(OUT, exist_ok=True)
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, '*.key.json')))
    for kf in keys:
        key = json.load(open(kf))
        src = os.path.join(HERE, key['file'])
        subprocess.run(LO + ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,true,false,false,-1',
                             '--outdir', OUT, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = os.path.splitext(key['file'])[0]
        cands = glob.glob(os.path.join(OUT, base + '*.csv'))
        rows = list(csv.reader(open(cands[0], encoding='utf-8')))
        def cell(coord):
            m = re.fullmatch(r'([A-Z]+)(\d+)', coord)
            r, c = int(m.group(2)) - 1, ci(m.group(1)) - 1
            return rows[r][c] if r < len(rows) and c < len(rows[r]) else ''
        special = {}
        for mk in key['mistakes']:
            special[mk['cell']] = mk['shows']
            for a in mk['affects']:
                special[a['cell']] = a['shows']
        n = 0
        for kr in key['rows']:
            for L, want in kr['cells'].items():
                coord = '%s%d' % (L, kr['row'])
                if coord in special:
                    continue
                n += 1
                if not same(cell(coord), want):
                    bad += 1; print('FAIL', key['file'], coord, 'shows', repr(cell(coord)), 'key', want)
            # blank meant cells that are not mistakes must be blank
            for col, L in key['columns'].items():
                coord = '%s%d' % (L, kr['row'])
                if col in ('no', 'kode', 'sasaran', 'uraian', 'indikator', 'satuan', 'unit', 'ket') or L in kr['cells'] or coord in special:
                    continue
                if parse(cell(coord)) is not None:
                    bad += 1; print('FAIL', key['file'], coord, 'should be blank, shows', repr(cell(coord)))
        for coord, want in special.items():
            n += 1
            if not same(cell(coord), want):
                bad += 1; print('FAIL mistake', key['file'], coord, 'shows', repr(cell(coord)), 'key', want)
        for mk in key['mistakes']:
            if mk['correct'] is not None and same(cell(mk['cell']), mk['correct']):
                bad += 1; print('FAIL mistake invisible', key['file'], mk['cell'])
        for sm in key['summary_rows']:
            n += 1
            if not same(cell(sm['cell']), sm['shows']):
                bad += 1; print('FAIL summary', key['file'], sm['cell'], repr(cell(sm['cell'])), sm['shows'])
        for tp in key['traps']:
            n += 1
            if not same(cell(tp['cell']), tp['shows']):
                bad += 1; print('FAIL trap', key['file'], tp['cell'], repr(cell(tp['cell'])), tp['shows'])
        # numbering row holds the rule text
        nr = rows[key['numbering_row'] - 1]
        if not any('=' in x and '+' in x for x in nr):
            bad += 1; print('FAIL numbering row', key['file'])
        print('%-40s %4d cells checked, %d mistakes, %d traps' % (key['file'], n, len(key['mistakes']), len(key['traps'])))
    print('OK' if bad == 0 else '%d failures' % bad)
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
