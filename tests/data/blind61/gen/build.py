"""Run every generator, write keys + cell maps, convert raw workbooks through LibreOffice."""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import RAW, ROOT  # noqa: E402

import gen_spam  # noqa: E402
import gen_kerjasama  # noqa: E402
import gen_balai  # noqa: E402

PROFILE = "-env:UserInstallation=file:///tmp/lo-blind61"
FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}


def convert(raw, ext, outdir):
    cmd = ["soffice", PROFILE, "--headless", "--calc", "--convert-to", FILTERS[ext],
           "--outdir", outdir, raw]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    if os.path.isdir(RAW):
        shutil.rmtree(RAW)
    os.makedirs(RAW)
    recs = []
    for mod in (gen_spam, gen_kerjasama, gen_balai):
        rec = mod.build()
        outdir = os.path.join(ROOT, rec.slug)
        if os.path.isdir(outdir):
            shutil.rmtree(outdir)
        os.makedirs(outdir)
        rec.write()
        for f in rec.files:
            base, ext = os.path.splitext(f)
            raw = os.path.join(RAW, base + ".xlsx")
            convert(raw, ext[1:], outdir)
            assert os.path.exists(os.path.join(outdir, f)), f
        recs.append(rec)
        print("%-45s %3d key rows, files: %s" % (rec.slug, len(rec.rows), ", ".join(rec.files)))
    import names
    names.write(recs)


if __name__ == "__main__":
    main()
