"""write NAMES.md: every indicator name per id per year, from the agencies' key.json files."""
import glob
import json
import os

from common import CELLS, ROOT


def cell(s):
    return s.replace("|", "\\|").replace("\n", "⏎") if s is not None else ""


out = ["# NAMES: every indicator name as written, per id and year", "",
       "Same id = the same indicator across years (the grouping a careful reader makes). Ids ending in `b` are the "
       "second member of an ambiguous pair. `⏎` marks a line break inside the cell; a trailing space is shown as "
       "`␠`. F = FLOW id (periods are summed), L = LEVEL id (last reported period).", ""]
for kf in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
    key = json.load(open(kf, encoding="utf-8"))
    slug = os.path.basename(os.path.dirname(kf))
    flow = set(json.load(open(os.path.join(CELLS, slug + ".json"), encoding="utf-8"))["flow"])
    years = key["years"]
    out.append("## %s (`%s`)" % (key["agency"], slug))
    out.append("")
    out.append("| id | F/L | " + " | ".join(str(y) for y in years) + " |")
    out.append("|---|---|" + "---|" * len(years))
    by = {}
    for r in key["rows"]:
        w = r["written"]
        if w.endswith(" "):
            w = w.rstrip(" ") + "␠"
        by.setdefault(r["same_as"], {})[r["year"]] = w
    for sid in sorted(by, key=lambda s: (s[:3], s)):
        out.append("| %s | %s | " % (sid, "F" if sid in flow else "L") +
                   " | ".join(cell(by[sid].get(y)) or "—" for y in years) + " |")
    out.append("")
    out.append("Ambiguous pairs: " + ", ".join(" / ".join(p) for p in key["ambiguous"]))
    out.append("")
open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8").write("\n".join(out))
print("NAMES.md written")
