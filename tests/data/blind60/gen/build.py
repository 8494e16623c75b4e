"""Save every raw workbook (gen/raw/<slug>/*.xlsx, written by openpyxl without cached values)
through LibreOffice into its delivered format (.xlsx / .xls / .ods) in /work/exam/blind60/<slug>/,
so that every formula carries a cached value."""
import glob
import json
import os
import shutil
import subprocess
import sys

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
PROFILE = "-env:UserInstallation=file:///tmp/lo-blind60"


def soffice(src, ext, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "--headless", PROFILE, "--convert-to", ext, "--outdir", outdir, src]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    if res.returncode != 0 or not os.path.exists(out):
        sys.exit(f"conversion failed: {src} -> {ext}\n{res.stdout}\n{res.stderr}")
    return out


def main():
    for man in sorted(glob.glob(os.path.join(GEN, "raw", "*", "manifest.json"))):
        slug = os.path.basename(os.path.dirname(man))
        dest = os.path.join(ROOT, slug)
        for old in glob.glob(os.path.join(dest, "*")):
            if old.endswith((".xlsx", ".xls", ".ods")):
                os.remove(old)
        for m in json.load(open(man)):
            out = soffice(m["raw"], m["ext"], dest)
            assert os.path.basename(out) == m["file"], (out, m["file"])
            print("built", os.path.relpath(out, ROOT))


if __name__ == "__main__":
    main()
