"""Build all agencies: raw workbooks (openpyxl) -> LibreOffice -> delivered files; key.json, cellmap.json,
NAMES.md and the generated part of README.md."""
import os, sys, json, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import importlib

MODULES = [m for m in os.environ.get('BLIND56_MODULES', 'pstw,radio,lab').split(',') if m]


def main():
    ags = []
    for name in MODULES:
        mod = importlib.import_module(name)
        shutil.rmtree(os.path.join(RAW, mod.SLUG), ignore_errors=True)
        ag = mod.build()
        outdir = os.path.join(ROOT, ag.slug)
        shutil.rmtree(outdir, ignore_errors=True)
        os.makedirs(outdir)
        for path, fmt in ag.raws:
            out = soffice_convert(path, fmt, outdir)
            print('delivered', os.path.relpath(out, ROOT))
        for f in ag.files:
            assert os.path.exists(os.path.join(outdir, f)), f
        key = {"agency": ag.name, "years": ag.years, "files": ag.files, "ambiguous": ag.ambiguous, "rows": ag.rows}
        with open(os.path.join(outdir, 'key.json'), 'w', encoding='utf-8') as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        ags.append(ag)
    cm_path = os.path.join(GEN, 'cellmap.json')
    cm = {}
    if os.path.exists(cm_path):
        cm = json.load(open(cm_path, encoding='utf-8'))
    for ag in ags:
        cm[ag.slug] = ag.cells
    with open(cm_path, 'w', encoding='utf-8') as fh:
        json.dump(cm, fh, ensure_ascii=False, indent=1)
    # per-agency doc fragments, assembled by docs.py
    for ag in ags:
        frag = {'slug': ag.slug, 'name': ag.name, 'years': ag.years, 'files': ag.files, 'rows': ag.rows,
                'ambiguous': ag.ambiguous, 'must_not_merge': ag.must_not_merge, 'flows': ag.flows,
                'negatives': ag.negatives,
                'sheets': [{'file': f, 'sheet': s, 'layout': ag.layout.get((f, s), ''), 'notes': ag.notes.get((f, s), [])}
                           for (f, s) in ag.sheet_order]}
        with open(os.path.join(GEN, 'doc_%s.json' % ag.slug), 'w', encoding='utf-8') as fh:
            json.dump(frag, fh, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
