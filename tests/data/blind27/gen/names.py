"""Write NAMES.md: per id, the name written each year."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ["# NAMES: the indicator name as written each year, per id", "",
       "`—` = the indicator is not in that year's table. Pairs listed under *ambiguous* in key.json are marked ⚠.", ""]
for folder in ("bkpsdm", "damkar", "kesbangpol"):
    k = json.load(open(os.path.join(ROOT, folder, "key.json")))
    amb = {i for p in k["ambiguous"] for i in p}
    out += [f"## {folder}: {k['agency']}", "", "| id | " + " | ".join(map(str, k["years"])) + " |",
            "|---|" + "---|" * len(k["years"])]
    ids = sorted({r["same_as"] for r in k["rows"]})
    for i in ids:
        cells = []
        for y in k["years"]:
            w = [r["written"] for r in k["rows"] if r["same_as"] == i and r["year"] == y]
            cells.append(w[0].replace("|", "/") if w else "—")
        out.append(f"| {i}{' ⚠' if i in amb else ''} | " + " | ".join(cells) + " |")
    out += ["", "Ambiguous pairs: " + ", ".join(f"{a} / {b}" for a, b in k["ambiguous"]), ""]
open(os.path.join(ROOT, "NAMES.md"), "w").write("\n".join(out))
print("NAMES.md written")
