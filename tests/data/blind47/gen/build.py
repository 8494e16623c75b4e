"""Build all workbooks: openpyxl -> gen/raw, soffice -> delivered folders, key.json + gen/cellmap.json."""
import json, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import ROOT, GEN, RAW
import puskeswan, terminal, inspektorat

LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-blind47', '--headless', '--convert-to']
FILTER = {'.xlsx': 'xlsx:Calc MS Excel 2007 XML', '.xls': 'xls:MS Excel 97', '.ods': 'ods'}


def convert(raw_path, out_path):
    ext = os.path.splitext(out_path)[1]
    tmp = os.path.join(GEN, 'tmp', 'conv')
    shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
    subprocess.run(LO + [FILTER[ext], '--outdir', tmp, raw_path], check=True, capture_output=True, timeout=180)
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(raw_path))[0] + ext)
    shutil.move(produced, out_path)


def main():
    cellmap = []
    for mod in (puskeswan, terminal, inspektorat):
        a = mod.build()
        out_dir = os.path.join(ROOT, a['slug'])
        shutil.rmtree(out_dir, ignore_errors=True); os.makedirs(out_dir)
        rows = []
        for b in a['books']:
            b.save()
            convert(os.path.join(RAW, b.raw_name), os.path.join(out_dir, b.out_name))
            shared = {}
            for k in b.keys:
                shared.setdefault((k['sheet'], k['row']), []).append(k)
            for k in b.keys:
                row = dict(file=k['file'], sheet=k['sheet'], row=k['row'])
                if len(shared[(k['sheet'], k['row'])]) > 1:
                    row['col'] = k['col']
                row.update(year=k['year'], written=k['written'], same_as=k['same_as'], target=k['target'], realisasi=k['realisasi'])
                rows.append(row)
                cellmap.append(dict(agency=a['slug'], file=k['file'], sheet=k['sheet'], name_cell=f"{k['col']}{k['row']}",
                                    year=k['year'], same_as=k['same_as'], tspec=k['tspec'], rspec=k['rspec']))
        key = dict(agency=a['agency'], years=a['years'], files=[b.out_name for b in a['books']], ambiguous=a['ambiguous'], rows=rows)
        with open(os.path.join(out_dir, 'key.json'), 'w') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        print(a['slug'], len(rows), 'key rows')
    with open(os.path.join(GEN, 'cellmap.json'), 'w') as f:
        json.dump(cellmap, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
