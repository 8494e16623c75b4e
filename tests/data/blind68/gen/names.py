"""write NAMES.md: every indicator name per id per year, from the key files"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ["# NAMES: every indicator name per id per year (blind68)", "",
       "Cells are the `written` text of the key (line breaks shown as ⏎, a trailing space as ␠).",
       "Ids ending in `b` are the second member of an ambiguous pair. `—` = indicator absent that year.", ""]
for slug in sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "key.json"))):
    key = json.load(open(os.path.join(ROOT, slug, "key.json"), encoding="utf-8"))
    years = key["years"]
    ids = []
    tab = {}
    for r in key["rows"]:
        if r["same_as"] not in ids:
            ids.append(r["same_as"])
        w = r["written"].replace("\n", "⏎").replace("|", "\\|")
        if w.endswith(" "):
            w = w[:-1] + "␠"
        tab[(r["same_as"], r["year"])] = w
    ids.sort(key=lambda i: (i.rstrip("b"), i))
    out += [f"## {key['agency']}", f"`{slug}`; ambiguous pairs: {key['ambiguous']}", "",
            "| id | " + " | ".join(str(y) for y in years) + " |",
            "|---|" + "---|" * len(years)]
    for i in ids:
        out.append(f"| {i} | " + " | ".join(tab.get((i, y), "—") for y in years) + " |")
    out.append("")
open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8").write("\n".join(out))
print("NAMES.md written")
