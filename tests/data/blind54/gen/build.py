"""Build everything: raw workbooks -> LibreOffice -> delivered files, key.json, cellmap.json, README.md, NAMES.md."""
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import HERE, ROOT  # noqa: E402
import dpm  # noqa: E402
import rsud  # noqa: E402
import pbj  # noqa: E402
import docs  # noqa: E402

LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-blind54", "--headless"]
FILTER = {".xlsx": 'xlsx:Calc MS Excel 2007 XML', ".xls": "xls:MS Excel 97", ".ods": "ods"}


def convert(ag):
    out = os.path.join(ROOT, ag.slug)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    by_ext = {}
    for f in ag.files:
        by_ext.setdefault(os.path.splitext(f)[1], []).append(ag.raw[f])
    for ext, raws in by_ext.items():
        subprocess.run(LO + ["--convert-to", FILTER[ext], "--outdir", out] + raws, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for f in ag.files:
        assert os.path.exists(os.path.join(out, f)), f
    return out


def main():
    raw = os.path.join(HERE, "raw")
    if os.path.isdir(raw):
        shutil.rmtree(raw)
    agencies = [dpm.build(), rsud.build(), pbj.build()]
    cellmap = {}
    for ag in agencies:
        out = convert(ag)
        key = {"agency": ag.agency, "years": ag.years, "files": ag.files, "ambiguous": ag.ambiguous,
               "rows": ag.rows}
        with open(os.path.join(out, "key.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        cellmap[ag.slug] = ag.cellmap
    with open(os.path.join(HERE, "cellmap.json"), "w", encoding="utf-8") as fh:
        json.dump(cellmap, fh, ensure_ascii=False, indent=1)
    docs.write(agencies, {"A": dpm, "B": rsud, "C": pbj})
    for ag in agencies:
        print(ag.slug, len(ag.rows), "key rows")


if __name__ == "__main__":
    main()
