"""Save every raw workbook through LibreOffice headless into its agency folder, in its delivered format."""
import os, json, glob, subprocess, shutil, sys
from common import GEN, ROOT

LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-blind49', '--headless']
FILTER = {'.xlsx': 'xlsx:Calc MS Excel 2007 XML', '.xls': 'xls:MS Excel 97', '.ods': 'ods'}


def run(args):
    p = subprocess.run(LO + args, capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        print(p.stdout, p.stderr)
        sys.exit(1)


def main(slugs=None):
    for outdir in sorted(glob.glob(os.path.join(GEN, 'out', '*'))):
        slug = os.path.basename(outdir)
        if slugs and slug not in slugs:
            continue
        dest = os.path.join(ROOT, slug)
        os.makedirs(dest, exist_ok=True)
        for f in glob.glob(os.path.join(dest, '*')):
            if not f.endswith('key.json'):
                os.remove(f)
        byfmt = {}
        for j in sorted(glob.glob(os.path.join(outdir, '*.json'))):
            fname = json.load(open(j))['file']
            stem, ext = os.path.splitext(fname)
            byfmt.setdefault(ext, []).append(os.path.join(GEN, 'raw', slug, stem + '.xlsx'))
        for ext, files in byfmt.items():
            run(['--convert-to', FILTER[ext], '--outdir', dest] + files)
        print(slug, sorted(os.listdir(dest)))


if __name__ == '__main__':
    main(sys.argv[1:] or None)
