"""Build all three agencies: raw xlsx via openpyxl -> delivered files via LibreOffice -> key.json, cellmap, docs."""
import json, os, shutil, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import dkpp, kesbangpol, bpsmb
import docs

LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-blind53"
FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods:calc8"}
AGENCIES = [
    (dkpp, {"years": [2018, 2019, 2020, 2021], "ambiguous": [["A01", "A01b"]]}),
    (kesbangpol, {"years": [2021, 2022, 2023, 2024], "ambiguous": [["B01", "B01b"]]}),
    (bpsmb, {"years": [2019, 2020, 2021, 2022], "ambiguous": [["C15", "C15b"]]}),
]


def convert(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", LO_PROFILE, "--headless", "--calc", "--convert-to", FILTERS[fmt], "--outdir", outdir, src]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0] + "." + fmt
    out = os.path.join(outdir, base)
    if not os.path.exists(out):
        raise SystemExit("conversion failed: %s\n%s\n%s" % (src, res.stdout, res.stderr))
    return out


def main():
    cellmap = []
    allbooks = []
    for mod, meta in AGENCIES:
        books = mod.build()
        outdir = os.path.join(ROOT, mod.SLUG)
        if os.path.isdir(outdir):
            shutil.rmtree(outdir)
        os.makedirs(outdir)
        rawdir = os.path.join(HERE, "raw", mod.SLUG)
        if os.path.isdir(rawdir):
            shutil.rmtree(rawdir)
        rows = []
        for b in books:
            raw = b.save(rawdir)
            convert(raw, b.fmt, outdir)
            for rec, cm in b.keys:
                rows.append(rec)
                cm = dict(cm)
                cm["agency"] = mod.SLUG
                cellmap.append(cm)
        key = {"agency": mod.AGENCY, "years": meta["years"], "files": [b.file for b in books],
               "ambiguous": meta["ambiguous"], "rows": rows}
        with open(os.path.join(outdir, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        allbooks.append((mod, meta, books, rows))
        print(mod.SLUG, len(rows), "key rows", {y: sum(1 for r in rows if r["year"] == y) for y in meta["years"]})
    with open(os.path.join(HERE, "cellmap.json"), "w", encoding="utf-8") as f:
        json.dump(cellmap, f, ensure_ascii=False, indent=1)
    docs.write(ROOT, allbooks)


if __name__ == "__main__":
    main()
