"""Save every raw workbook through LibreOffice into /work/blind44/<slug>/ and write key.json."""
import glob
import json
import os
import shutil
import subprocess

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
PROFILE = "file:///tmp/lo_profile_blind44_deliver"
FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods:calc8"}


def convert(src, outdir, ext):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--norestore",
                    "--convert-to", FILTERS[ext], "--outdir", outdir, src],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True, timeout=600)


def main():
    for path in sorted(glob.glob(os.path.join(GEN, "out", "*.json"))):
        ag = json.load(open(path))
        slug = ag["slug"]
        dest = os.path.join(ROOT, slug)
        if os.path.isdir(dest):
            shutil.rmtree(dest)
        os.makedirs(dest)
        for fname in ag["files"]:
            ext = fname.rsplit(".", 1)[1]
            src = os.path.join(GEN, "raw", slug, ag["raw"][fname])
            convert(src, dest, ext)
            assert os.path.exists(os.path.join(dest, fname)), fname
        key = {"agency": ag["agency"], "years": ag["years"], "files": ag["files"],
               "ambiguous": ag["ambiguous"], "rows": ag["rows"]}
        with open(os.path.join(dest, "key.json"), "w") as f:
            json.dump(key, f, indent=1, ensure_ascii=False)
        print("delivered", slug, len(ag["rows"]), "key rows")


if __name__ == "__main__":
    main()
