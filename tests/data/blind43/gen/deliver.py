"""Save every raw workbook through LibreOffice headless into the delivered format,
write <agency>/key.json and gen/verify_spec.json."""
import json
import os
import shutil
import subprocess
import sys

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
OUT = os.path.join(GEN, "out")
RAW = os.path.join(GEN, "raw")
AGENCIES = ["bagpem_lubuk_semilang", "bbi_sungai_rantau", "dinas_pangan_padang_halimun"]
FILTER = {"xls": 'xls:MS Excel 97', "ods": "ods", "xlsx": 'xlsx:Calc MS Excel 2007 XML'}
LO_PROFILE = "file:///tmp/lo_profile_blind43"


def soffice(args):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--norestore"] + args
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=600)
    if p.returncode != 0:
        print(p.stdout, p.stderr)
        sys.exit("soffice failed")
    return p


def main():
    spec_all = {}
    for slug in AGENCIES:
        d = json.load(open(os.path.join(OUT, slug + ".json")))
        dest = os.path.join(ROOT, slug)
        if os.path.isdir(dest):
            shutil.rmtree(dest)
        os.makedirs(dest)
        by_ext = {}
        for fname in d["files"]:
            ext = fname.rsplit(".", 1)[1]
            by_ext.setdefault(ext, []).append(os.path.join(RAW, slug, d["raw"][fname]))
        for ext, srcs in by_ext.items():
            soffice(["--convert-to", FILTER[ext], "--outdir", dest] + srcs)
        for fname in d["files"]:
            assert os.path.exists(os.path.join(dest, fname)), fname
        key = {"agency": d["agency"], "years": d["years"], "files": d["files"],
               "ambiguous": d["ambiguous"], "rows": d["rows"]}
        with open(os.path.join(dest, "key.json"), "w") as f:
            json.dump(key, f, indent=1, ensure_ascii=False)
        spec_all[slug] = d["spec"]
        print(slug, "delivered:", ", ".join(d["files"]), "| key rows:", len(d["rows"]))
    with open(os.path.join(GEN, "verify_spec.json"), "w") as f:
        json.dump(spec_all, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
