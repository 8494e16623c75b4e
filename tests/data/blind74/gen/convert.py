"""Save every raw workbook (gen/raw/<slug>/*.xlsx) through LibreOffice into its delivered
format (<slug>/<name>.xlsx|.xls|.ods) so that every formula carries a cached value."""
import glob
import json
import os
import shutil
import subprocess
import sys

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
PROFILE = 'file:///tmp/lo-blind74'
FILTER = {'xlsx': 'xlsx:Calc MS Excel 2007 XML', 'xls': 'xls:MS Excel 97', 'ods': 'ods'}


def soffice(fmt, outdir, files):
    cmd = ['soffice', f'-env:UserInstallation={PROFILE}', '--headless', '--convert-to', FILTER[fmt],
           '--outdir', outdir] + files
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if res.returncode != 0:
        sys.exit(f'soffice failed: {res.stderr}')


def main():
    for locs in sorted(glob.glob(os.path.join(GEN, 'locs', '*.json'))):
        d = json.load(open(locs, encoding='utf-8'))
        slug = d['slug']
        out = os.path.join(ROOT, slug)
        os.makedirs(out, exist_ok=True)
        for name, fmt in d['files']:
            base = os.path.splitext(name)[0]
            raw = os.path.join(GEN, 'raw', slug, base + '.xlsx')
            target = os.path.join(out, name)
            if os.path.exists(target):
                os.remove(target)
            soffice(fmt, out, [raw])
            assert os.path.exists(target), target
            print('  ', slug + '/' + name)


if __name__ == '__main__':
    main()
