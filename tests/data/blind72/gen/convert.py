"""Save every raw workbook (gen/raw/*.xlsx, written by openpyxl without cached values) through
LibreOffice into its agency folder in the final format, so formulas carry cached values."""
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROFILE = "-env:UserInstallation=file:///tmp/lo-blind72"
FILTER = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods:calc8"}


def soffice(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", PROFILE, "--headless", "--convert-to", FILTER[fmt], "--outdir", outdir, src]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
    if not os.path.exists(out):
        sys.exit(f"conversion failed: {src} -> {fmt}\n{res.stdout}\n{res.stderr}")
    return out


def main():
    work = os.path.join(HERE, "tmp", "conv")
    shutil.rmtree(work, ignore_errors=True)
    for spec in sorted(glob.glob(os.path.join(HERE, "spec", "*.json"))):
        s = json.load(open(spec, encoding="utf-8"))
        dest = os.path.join(ROOT, s["slug"])
        os.makedirs(dest, exist_ok=True)
        for final, raw, fmt in s["files"]:
            out = soffice(os.path.join(HERE, "raw", raw), fmt, os.path.join(work, s["slug"]))
            shutil.move(out, os.path.join(dest, final))
            print(f"{s['slug']}/{final}")


if __name__ == "__main__":
    main()
