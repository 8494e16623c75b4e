"""Write NAMES.md: every indicator name (as written in the name cell) per id per year, from the keys."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cell(s):
    return s.replace("|", "\\|").replace("\n", "⏎")


out = ["# blind69: indicator names per id and year", "",
       "Each cell is the name cell's text exactly as keyed (`written`); `⏎` marks a line break inside the cell, "
       "and a trailing space is shown as `·` at the end. An empty cell means the indicator is absent that year. "
       "Ids ending in `b` are the second member of an ambiguous pair.", ""]
for slug in sorted(os.listdir(ROOT)):
    kp = os.path.join(ROOT, slug, "key.json")
    if not os.path.exists(kp):
        continue
    key = json.load(open(kp, encoding="utf-8"))
    cm = json.load(open(os.path.join(ROOT, "gen", "cellmap", slug + ".json"), encoding="utf-8"))
    years = key["years"]
    by = {}
    order = []
    for r in key["rows"]:
        i = r["same_as"]
        if i not in by:
            by[i] = {}
            order.append(i)
        w = r["written"]
        if w.endswith(" "):
            w = w.rstrip(" ") + "·"
        by[i][r["year"]] = cell(w)
    order = sorted(order, key=lambda x: (x[:3], x))
    out.append(f"## {key['agency']} (`{slug}`)")
    out.append("")
    out.append(f"Ambiguous pairs: {', '.join(' / '.join(p) for p in key['ambiguous'])}. "
               f"FLOW ids: {' '.join(cm['flow'])}. LEVEL ids: {' '.join(cm['level'])}.")
    out.append("")
    out.append("| id | kind | " + " | ".join(str(y) for y in years) + " |")
    out.append("| --- | --- | " + " | ".join("---" for _ in years) + " |")
    for i in order:
        kind = "flow" if i in cm["flow"] else "level"
        out.append(f"| {i} | {kind} | " + " | ".join(by[i].get(y, "") for y in years) + " |")
    out.append("")
open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8").write("\n".join(out))
print("NAMES.md written")
