"""Write ../NAMES.md: every indicator name (the key's `written`) per id per year, per agency."""
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def show(s):
    t = s.replace("|", "\\|").replace("\n", " ⏎ ")
    if s != s.rstrip(" "):
        t = t.rstrip(" ") + "␠" * (len(s) - len(s.rstrip(" ")))
    return t


out = ["# NAMES: indicator names per id per year (blind62)", "",
       "Each cell is the key's `written` text (the name cell exactly as typed). A line break inside the cell is",
       "shown as ⏎, a trailing space as ␠. `—` = the indicator is not in that year's workbook.",
       "Ids ending in `b` are the second member of an ambiguous pair; flow ids are marked (F), level ids (L).", ""]
for kf in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
    slug = os.path.basename(os.path.dirname(kf))
    key = json.load(open(kf, encoding="utf-8"))
    spec = json.load(open(os.path.join(ROOT, "gen", "cells", slug + ".json"), encoding="utf-8"))
    flow = set(spec["flow_ids"])
    years = key["years"]
    ids = sorted({r["same_as"] for r in key["rows"]}, key=lambda x: (x.rstrip("b"), x))
    by = {(r["same_as"], r["year"]): r["written"] for r in key["rows"]}
    out += [f"## {key['agency']} (`{slug}`)", "",
            "Ambiguous: " + ", ".join(" / ".join(p) for p in key["ambiguous"]), "",
            "| id | " + " | ".join(str(y) for y in years) + " |",
            "|---|" + "---|" * len(years)]
    for i in ids:
        cells = [show(by[(i, y)]) if (i, y) in by else "—" for y in years]
        out.append(f"| {i} ({'F' if i in flow else 'L'}) | " + " | ".join(cells) + " |")
    counts = [sum(1 for r in key["rows"] if r["year"] == y) for y in years]
    out += ["", "Indicators per year: " + ", ".join(f"{y}: {n}" for y, n in zip(years, counts)), ""]
open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8").write("\n".join(out))
print("NAMES.md written")
