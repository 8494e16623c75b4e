"""Build all raw workbooks, deliver them through LibreOffice, write key.json, README.md, NAMES.md."""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RAW = os.path.join(HERE, "raw")
sys.path.insert(0, HERE)

import a1_ifk
import a2_adpem
import a3_dlh
from common import MISSING

AGENCIES = [a1_ifk, a2_adpem, a3_dlh]
SOFFICE = ["soffice", "-env:UserInstallation=file:///tmp/lo-blind46", "--headless"]
FILTER = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}


def deliver(bk, outdir):
    raw = os.path.join(RAW, bk.stem + ".xlsx")
    bk.wb.save(raw)
    tmpdir = os.path.join(HERE, "tmp", "deliver")
    os.makedirs(tmpdir, exist_ok=True)
    subprocess.run(SOFFICE + ["--convert-to", FILTER[bk.fmt], "--outdir", tmpdir, raw], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.join(tmpdir, bk.stem + "." + bk.fmt)
    assert os.path.exists(produced), produced
    shutil.move(produced, os.path.join(outdir, bk.fname))


def main():
    os.makedirs(RAW, exist_ok=True)
    allspecs = []
    docs = []
    for mod in AGENCIES:
        outdir = os.path.join(ROOT, mod.SLUG)
        if os.path.isdir(outdir):
            shutil.rmtree(outdir)
        os.makedirs(outdir)
        books = mod.build()
        rows = []
        for bk in books:
            for kr in bk.keyrows:
                for f in ("target", "realisasi"):
                    assert kr[f] is not MISSING, (bk.fname, kr)
            rows.extend(bk.keyrows)
            allspecs.extend(bk.specs)
            deliver(bk, outdir)
        key = {"agency": mod.AGENCY, "years": mod.YEARS, "files": [b.fname for b in books],
               "ambiguous": mod.AMBIGUOUS, "rows": rows}
        with open(os.path.join(outdir, "key.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        docs.append((mod, books, rows))
        print(mod.SLUG, len(rows), "key rows")
    with open(os.path.join(HERE, "spec.json"), "w", encoding="utf-8") as fh:
        json.dump(allspecs, fh, ensure_ascii=False, indent=1)
    import build_docs
    build_docs.write(ROOT, docs)


if __name__ == "__main__":
    main()
