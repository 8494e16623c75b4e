#!/usr/bin/env python3
"""Write /work/blind30/NAMES.md: per id, the name written each year (from the key.json files)."""
import json, os
GEN = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(GEN)
out = ["# NAMES: the name written for each indicator id, per year", "",
       "Generated from key.json by gen/names.py. `—` = the indicator is absent that year.", ""]
for ag in ["kebudayaan", "setda", "puskesmas"]:
    k = json.load(open(os.path.join(ROOT, ag, "key.json")))
    ys = k["years"]
    out += ["## %s (%s)" % (k["agency"], ag), "", "| id | " + " | ".join(map(str, ys)) + " |",
            "| --- |" + " --- |" * len(ys)]
    ids = sorted({r["same_as"] for r in k["rows"]})
    for i in ids:
        cells = []
        for y in ys:
            w = [r["written"] for r in k["rows"] if r["same_as"] == i and r["year"] == y]
            cells.append(" / ".join(w).replace("|", "\\|") if w else "—")
        out.append("| %s | %s |" % (i, " | ".join(cells)))
    out += ["", "Ambiguous pairs: " + ", ".join("%s~%s" % tuple(p) for p in k["ambiguous"]), ""]
open(os.path.join(ROOT, "NAMES.md"), "w").write("\n".join(out))
print("NAMES.md written")
