"""Build the blind40 set: raw workbooks -> LibreOffice-saved deliverables, key.json, README.md, NAMES.md."""
import glob
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import REG, RAW, ROOT, HERE  # noqa: E402
import build_a, build_b, build_c  # noqa: E402
import data_a, data_b, data_c  # noqa: E402

AGENCIES = [("A", data_a, build_a), ("B", data_b, build_b), ("C", data_c, build_c)]
FILTER = {"xls": "xls:MS Excel 97", "ods": "ods", "xlsx": "xlsx:Calc MS Excel 2007 XML"}


def soffice_convert(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    profile = "file://" + os.path.join(HERE, "tmp", "lo_profile")
    cmd = ["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", FILTER[fmt],
           "--outdir", outdir, src]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if res.returncode != 0:
        raise RuntimeError(res.stderr)


def main():
    for d in glob.glob(os.path.join(RAW, "*")):
        os.remove(d)
    for ag, data, build in AGENCIES:
        build.build()
    all_specs = {}
    for ag, data, build in AGENCIES:
        out = os.path.join(ROOT, data.SLUG)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(out)
        for raw, delivered, fmt in REG.files[ag]:
            soffice_convert(os.path.join(RAW, raw), fmt, out)
            assert os.path.exists(os.path.join(out, delivered)), delivered
        keys = REG.keys[ag]
        key = {"agency": data.AGENCY, "years": data.YEARS,
               "files": [f[1] for f in REG.files[ag]],
               "ambiguous": data.AMBIGUOUS,
               "rows": keys}
        with open(os.path.join(out, "key.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        all_specs[data.SLUG] = REG.specs[ag]
    with open(os.path.join(HERE, "cellspec.json"), "w", encoding="utf-8") as fh:
        json.dump(all_specs, fh, ensure_ascii=False, indent=1)
    import write_docs
    write_docs.write(REG, AGENCIES)
    print("built:", {data.SLUG: len(REG.keys[ag]) for ag, data, _ in AGENCIES})


if __name__ == "__main__":
    main()
