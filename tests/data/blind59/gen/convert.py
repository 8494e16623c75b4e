"""Save every raw workbook through LibreOffice into its final format (so that formulas carry
cached values), and write <slug>/key.json and gen/locators/<slug>.json from the manifests."""
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RAW = os.path.join(HERE, 'raw')
LOC = os.path.join(HERE, 'locators')
PROFILE = '-env:UserInstallation=file:///tmp/lo-blind59'
FILTERS = {'.xlsx': 'xlsx:Calc MS Excel 2007 XML', '.xls': 'xls:MS Excel 97', '.ods': 'ods:calc8'}


def soffice(src, filt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', PROFILE, '--headless', '--convert-to', filt, '--outdir', outdir, src]
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
    if res.returncode != 0:
        sys.exit('soffice failed on %s: %s' % (src, res.stderr))


def main():
    os.makedirs(LOC, exist_ok=True)
    total = 0
    for mpath in sorted(glob.glob(os.path.join(RAW, '*', 'manifest.json'))):
        man = json.load(open(mpath, encoding='utf-8'))
        slug = man['slug']
        out = os.path.join(ROOT, slug)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(out)
        stage = os.path.join(HERE, 'tmp', 'stage', slug)
        for b in man['books']:
            ext = os.path.splitext(b['final'])[1]
            soffice(os.path.join(RAW, slug, b['raw']), FILTERS[ext], stage)
            produced = os.path.join(stage, os.path.splitext(b['raw'])[0] + ext)
            shutil.move(produced, os.path.join(out, b['final']))
        shared = {}
        for r in man['rows']:
            shared.setdefault((r['file'], r['sheet'], r['row']), []).append(r)
        rows, locs = [], []
        for r in man['rows']:
            k = {'file': r['file'], 'sheet': r['sheet'], 'row': r['row']}
            if len(shared[(r['file'], r['sheet'], r['row'])]) > 1:
                k['col'] = r['name_col']
            k.update({'year': r['year'], 'written': r['written'], 'same_as': r['same_as'],
                      'target': r['target'], 'realisasi': r['realisasi']})
            rows.append(k)
            locs.append({'file': r['file'], 'sheet': r['sheet'], 'row': r['row'], 'year': r['year'],
                         'id': r['same_as'], 'name_cell': '%s%d' % (r['name_col'], r['row']),
                         't': r['loc']['t'], 'r': r['loc']['r']})
        key = {'agency': man['agency'], 'years': man['years'],
               'files': [b['final'] for b in man['books']],
               'ambiguous': man['ambiguous'], 'rows': rows}
        with open(os.path.join(out, 'key.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        with open(os.path.join(LOC, slug + '.json'), 'w', encoding='utf-8') as f:
            json.dump({'flow_ids': man['flow_ids'], 'rows': locs}, f, ensure_ascii=False, indent=1)
        print('%s: %d files, %d key rows' % (slug, len(man['books']), len(rows)))
        total += len(rows)
    shutil.rmtree(os.path.join(HERE, 'tmp', 'stage'), ignore_errors=True)
    print('total key rows:', total)


if __name__ == '__main__':
    main()
