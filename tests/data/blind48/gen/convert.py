"""Save every raw workbook through LibreOffice into its agency folder in its delivery format."""
import json, glob, os, subprocess, shutil
ROOT = '/work/blind48'
FILT = {'xlsx': 'xlsx:Calc MS Excel 2007 XML', 'xls': 'xls:MS Excel 97', 'ods': 'ods:calc8'}
for cm in sorted(glob.glob(ROOT + '/gen/cellmap_*.json')):
    slug = os.path.basename(cm)[8:-5]
    d = json.load(open(cm))
    out = f"{ROOT}/{slug}"
    for f in d['files']:
        src = f"{ROOT}/gen/raw/{slug}/{f['raw']}"
        tmpd = f"{ROOT}/gen/tmp/conv_{slug}"
        os.makedirs(tmpd, exist_ok=True)
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind48', '--headless', '--calc',
                        '--convert-to', FILT[f['fmt']], '--outdir', tmpd, src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(tmpd, os.path.splitext(f['raw'])[0] + '.' + f['fmt'])
        shutil.move(produced, os.path.join(out, f['name']))
        print('->', slug, f['name'])
