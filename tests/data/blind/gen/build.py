#!/usr/bin/env python3
"""Rebuild the blind held-out set: python3 build.py  (needs openpyxl and LibreOffice's soffice)."""
import json, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import agency_a, agency_b, agency_c, agency_d

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TMP = os.path.join(ROOT, "gen", "_tmp")


def soffice(fmt, src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    for mod in (agency_a, agency_b, agency_c, agency_d):
        out = os.path.join(ROOT, mod.SLUG)
        tmp = os.path.join(TMP, mod.SLUG)
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(out); os.makedirs(tmp)
        keys, files, ambiguous = mod.build(out, tmp)
        final = []
        for name, conv in files:
            if conv is None:
                final.append(name)
                continue
            soffice(conv, os.path.join(tmp, name), out)   # xls / ods / xlsx (re-saved: formulas get cached values)
            final.append(os.path.splitext(name)[0] + "." + conv)
        for k in keys:
            assert k["file"] in final, (k["file"], final)
        keys.sort(key=lambda k: (k["year"], k["file"], k["sheet"], k["row"]))
        key = {"agency": mod.AGENCY, "years": mod.YEARS, "files": sorted(final), "rows": keys, "ambiguous": ambiguous}
        with open(os.path.join(out, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        print(mod.SLUG, sorted(final), len(keys), "rows")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
