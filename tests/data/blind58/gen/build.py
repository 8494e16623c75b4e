"""Convert the raw openpyxl workbooks through LibreOffice (so formulas carry cached values)
into the delivered formats, and write NAMES.md from the keys."""
import glob
import json
import os
import subprocess
from collections import defaultdict

from common import RAW, ROOT

PROFILE = 'file:///tmp/lo-blind58'


def soffice(fmt, files, outdir):
    cmd = ['soffice', f'-env:UserInstallation={PROFILE}', '--headless', '--convert-to', fmt,
           '--outdir', outdir] + files
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert():
    for slug in sorted(os.listdir(RAW)):
        rawdir = os.path.join(RAW, slug)
        man = json.load(open(os.path.join(rawdir, 'manifest.json')))
        outdir = os.path.join(ROOT, slug)
        os.makedirs(outdir, exist_ok=True)
        for old in glob.glob(os.path.join(outdir, '*')):
            if os.path.splitext(old)[1] in ('.xlsx', '.xls', '.ods'):
                os.remove(old)
        by = defaultdict(list)
        for m in man:
            by[m['ext']].append(os.path.join(rawdir, m['raw']))
        for ext, files in by.items():
            soffice(ext, files, outdir)
        for m in man:
            assert os.path.exists(os.path.join(outdir, m['file'])), m['file']
        print('converted', slug, [m['file'] for m in man])


def esc(t):
    return t.replace('|', '\\|').replace('\n', ' ⏎ ')


def names():
    out = ['# NAMES: every indicator name per id per year (blind58)', '',
           'The name is the text of the key row\'s name cell, as written. A line break is shown '
           'as ⏎, and a trailing space as ␠. Ids ending in `b` are the second member of an '
           'ambiguous pair. A blank cell means that the indicator is not reported that year.',
           '']
    for keyf in sorted(glob.glob(os.path.join(ROOT, '*', 'key.json'))):
        k = json.load(open(keyf))
        slug = os.path.basename(os.path.dirname(keyf))
        years = k['years']
        tab = defaultdict(dict)
        for r in k['rows']:
            w = r['written']
            if w.endswith(' '):
                w = w[:-1] + '␠'
            tab[r['same_as']][r['year']] = w
        out.append(f'## {k["agency"]} (`{slug}`)')
        out.append('')
        out.append('Ambiguous pairs: ' + ', '.join(' / '.join(p) for p in k['ambiguous']))
        out.append('')
        out.append('| id | ' + ' | '.join(str(y) for y in years) + ' |')
        out.append('|---|' + '---|' * len(years))

        def idkey(i):
            return (int(''.join(ch for ch in i[1:] if ch.isdigit())), i)
        for sid in sorted(tab, key=idkey):
            cells = [esc(tab[sid].get(y, '')) for y in years]
            out.append(f'| {sid} | ' + ' | '.join(cells) + ' |')
        counts = defaultdict(int)
        for r in k['rows']:
            counts[r['year']] += 1
        out.append('')
        out.append('Key rows per year: ' + ', '.join(f'{y}: {counts[y]}' for y in years)
                   + f'; total {len(k["rows"])}.')
        out.append('')
    with open(os.path.join(ROOT, 'NAMES.md'), 'w') as f:
        f.write('\n'.join(out))
    print('wrote NAMES.md')


if __name__ == '__main__':
    convert()
    names()
