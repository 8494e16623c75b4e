import json, os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ["# NAMES (written by gen/make_names.py)", ""]
for kp in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
    k = json.load(open(kp)); ys = k["years"]
    out += [f"## {k['agency']}", "", "| id | " + " | ".join(map(str, ys)) + " |", "|---|" + "---|" * len(ys)]
    ids = sorted({r["same_as"] for r in k["rows"]})
    for i in ids:
        cells = []
        for y in ys:
            w = [r["written"] for r in k["rows"] if r["same_as"] == i and r["year"] == y]
            cells.append(repr(w[0]).replace("|", "\\|") if w else "—")
        out.append(f"| {i} | " + " | ".join(cells) + " |")
    out.append("")
open(os.path.join(ROOT, "NAMES.md"), "w").write("\n".join(out))
