"""Save every raw workbook (gen/raw/<slug>/*.xlsx, written by openpyxl without cached values)
through LibreOffice into its delivered format (xlsx, xls or ods) in /work/exam/blind75/<slug>/.
LibreOffice computes the formulas on load, so the delivered files carry cached values."""
import glob
import json
import os
import shutil
import subprocess
import sys

from lib import EXAM, LOC, RAW

PROFILE = "-env:UserInstallation=file:///tmp/lo-blind75"
FILTERS = {"xlsx": 'xlsx:Calc MS Excel 2007 XML', "xls": "xls:MS Excel 97", "ods": "ods"}


def soffice(src, outdir, filt):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", PROFILE, "--headless", "--convert-to", filt, "--outdir", outdir, src]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        sys.exit("soffice failed: %s\n%s" % (cmd, p.stderr))


def main():
    for locf in sorted(glob.glob(os.path.join(LOC, "*.json"))):
        loc = json.load(open(locf, encoding="utf-8"))
        slug = loc["slug"]
        outdir = os.path.join(EXAM, slug)
        for old in glob.glob(os.path.join(outdir, "*")):
            if os.path.basename(old) != "key.json":
                os.remove(old)
        for bk in loc["books"]:
            src = os.path.join(RAW, slug, bk["raw"])
            tmpd = os.path.join(EXAM, "gen", "tmp", "convert", slug)
            soffice(src, tmpd, FILTERS[bk["ext"]])
            produced = os.path.join(tmpd, os.path.splitext(bk["raw"])[0] + "." + bk["ext"])
            shutil.move(produced, os.path.join(outdir, bk["file"]))
            print("wrote", os.path.join(slug, bk["file"]))


if __name__ == "__main__":
    main()
