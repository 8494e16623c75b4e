"""Build raw xlsx workbooks (gen/_raw), key.json per agency, gen/cells.json (verify spec) and NAMES.md."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import build_inspektorat, build_rsud, build_kecamatan

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AGENCIES = [
    ("inspektorat", "Inspektorat Daerah Kabupaten Muara Rinjang", build_inspektorat),
    ("rsud", "RSUD Batara Lipu Kabupaten Muara Rinjang", build_rsud),
    ("kecamatan", "Kecamatan Sungai Pandan Kabupaten Muara Rinjang", build_kecamatan),
]
AMBIG = {
    "inspektorat": [["a05", "a06"]],
    "rsud": [],
    "kecamatan": [],
}
cells = {}
names = ["# NAMES\n", "Per id, the indicator name as written each year (— = absent that year).\n"]
for short, agency, mod in AGENCIES:
    raw = os.path.join(ROOT, "gen", "_raw", short); os.makedirs(raw, exist_ok=True)
    os.makedirs(os.path.join(ROOT, short), exist_ok=True)
    keys = []
    files = mod.build(raw, keys)
    years = sorted({k["year"] for k in keys})
    pub = []
    for k in keys:
        pub.append({f: k[f] for f in ["file", "sheet", "row", "year", "written", "same_as", "target", "realisasi"]})
        cells.setdefault(short, []).append({"file": k["file"], "sheet": k["sheet"], "row": k["row"], "t": k["_t"], "r": k["_r"]})
    key = {"agency": agency, "years": years, "files": files, "ambiguous": AMBIG[short], "rows": pub}
    with open(os.path.join(ROOT, short, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    # NAMES
    names.append(f"\n## {short}: {agency}\n\n| id | " + " | ".join(map(str, years)) + " |\n|---|" + "---|" * len(years) + "\n")
    ids = sorted({k["same_as"] for k in keys})
    for i in ids:
        row = []
        for y in years:
            w = [k["written"] for k in keys if k["same_as"] == i and k["year"] == y]
            row.append(" / ".join(w) if w else "—")
        names.append(f"| {i} | " + " | ".join(x.replace("|", "/") for x in row) + " |\n")
    print(short, years, files, len(keys), "rows")
with open(os.path.join(ROOT, "gen", "cells.json"), "w", encoding="utf-8") as f:
    json.dump(cells, f, ensure_ascii=False, indent=1)
with open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8") as f:
    f.write("".join(names))
