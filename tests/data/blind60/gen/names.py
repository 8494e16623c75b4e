"""Write NAMES.md: every indicator name per id per year, from the keys."""
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


out = ["# NAMES: every indicator name per id per year (set blind60)", "",
       "Names exactly as written in the name cell; `⏎` marks a line break inside the cell, `␠` a trailing space.",
       "Ids ending in `b` are the second member of an ambiguous pair; empty cells: the indicator is absent that year.", ""]
for keyfile in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
    k = json.load(open(keyfile))
    slug = os.path.basename(os.path.dirname(keyfile))
    years = k["years"]
    names = {}
    for r in k["rows"]:
        w = r["written"].replace("|", "\\|").replace("\n", "⏎")
        if w.endswith(" "):
            w = w[:-1] + "␠"
        names.setdefault(r["same_as"], {})[r["year"]] = w
    out.append(f"## {k['agency']} (`{slug}`)")
    out.append("")
    out.append(f"Ambiguous pairs: {', '.join(' / '.join(p) for p in k['ambiguous'])}")
    out.append("")
    out.append("| id | " + " | ".join(str(y) for y in years) + " |")
    out.append("|---|" + "---|" * len(years))

    def sk(i):
        return (i.rstrip("b"), i)
    for i in sorted(names, key=sk):
        out.append(f"| {i} | " + " | ".join(names[i].get(y, "") for y in years) + " |")
    out.append("")
open(os.path.join(ROOT, "NAMES.md"), "w").write("\n".join(out))
print("NAMES.md written")
