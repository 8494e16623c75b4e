"""Write NAMES.md: per id, the name written each year."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ["# NAMES: the name written for each indicator id, per year", "",
       "`—` = the indicator is not in that year's workbook. Same id = same indicator.", ""]
for ag in ["brida", "distan_tph", "kelurahan"]:
    k = json.load(open(os.path.join(ROOT, ag, "key.json")))
    ys = k["years"]
    out += [f"## {ag}: {k['agency']}", "", "| id | " + " | ".join(map(str, ys)) + " |",
            "|---|" + "---|" * len(ys)]
    by = {}
    for r in k["rows"]:
        by.setdefault(r["same_as"], {})[r["year"]] = r["written"]
    for sid in sorted(by):
        out.append(f"| {sid} | " + " | ".join(by[sid].get(y, "—") for y in ys) + " |")
    out += ["", "Ambiguous pairs: " + (", ".join(" / ".join(p) for p in k["ambiguous"]) or "none"), ""]
open(os.path.join(ROOT, "NAMES.md"), "w").write("\n".join(out))
print("NAMES.md written")
