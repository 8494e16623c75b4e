"""Build the blind50 set: raw workbooks (openpyxl) -> LibreOffice -> delivered files, key.json, README, NAMES."""
import json, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import GEN, ROOT, RAW
import lab, kph, samsat

LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-blind50', '--headless']
FILTER = {'xls': 'xls:MS Excel 97', 'ods': 'ods:calc8', 'xlsx': 'xlsx:Calc MS Excel 2007 XML'}


def convert(raws, fmt, outdir):
    cmd = LO + ['--convert-to', FILTER[fmt], '--outdir', outdir] + raws
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        print(p.stdout, p.stderr)
        raise SystemExit('soffice failed')


def main():
    os.makedirs(RAW, exist_ok=True)
    os.makedirs(os.path.join(GEN, 'locs'), exist_ok=True)
    agencies = []
    for mod in (lab, kph, samsat):
        ag, books = mod.build()
        outdir = os.path.join(ROOT, ag.slug)
        if os.path.isdir(outdir):
            shutil.rmtree(outdir)
        os.makedirs(outdir)
        for raw, wb in books:
            wb.save(os.path.join(RAW, raw))
        byfmt = {}
        for name, raw, fmt in ag.files:
            byfmt.setdefault(fmt, []).append(os.path.join(RAW, raw))
        for fmt, raws in byfmt.items():
            convert(raws, fmt, outdir)
        for name, raw, fmt in ag.files:
            assert os.path.exists(os.path.join(outdir, name)), name
        locs = ag.write(outdir)
        with open(os.path.join(GEN, 'locs', ag.slug + '.json'), 'w') as fh:
            json.dump(locs, fh, ensure_ascii=False, indent=1)
        agencies.append((mod, ag))
        print(ag.slug, len(ag.rows), 'key rows')
    import docs
    docs.write_docs(agencies)


if __name__ == '__main__':
    main()
