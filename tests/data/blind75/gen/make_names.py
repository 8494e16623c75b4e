"""Write NAMES.md: every indicator name per id per year, from the keys."""
import glob
import json
import os

from lib import EXAM


def cell(s):
    if s is None:
        return ""
    s = s.replace("|", "\\|").replace("\n", "⏎")
    if s != s.rstrip(" "):
        s = s.rstrip(" ") + "␠"
    return s


def main():
    out = ["# NAMES: every indicator name per id per year (set blind75)", "",
           "Names as written in the name cell. `⏎` marks a line break inside the cell, `␠` a trailing space.",
           "Ids ending in `b` are the second member of an ambiguous pair. An empty cell: the indicator is",
           "absent that year.", ""]
    for kf in sorted(glob.glob(os.path.join(EXAM, "*", "key.json"))):
        k = json.load(open(kf, encoding="utf-8"))
        slug = os.path.basename(os.path.dirname(kf))
        years = k["years"]
        ids = []
        names = {}
        for r in k["rows"]:
            if r["same_as"] not in ids:
                ids.append(r["same_as"])
            names[(r["same_as"], r["year"])] = r["written"]
        ids.sort(key=lambda i: (i[:3], i))
        out.append("## %s" % slug)
        out.append("")
        out.append(k["agency"] + "; ambiguous pairs: " + ", ".join(" / ".join(p) for p in k["ambiguous"]))
        out.append("")
        out.append("| id | " + " | ".join(str(y) for y in years) + " |")
        out.append("| --- |" + " --- |" * len(years))
        for i in ids:
            out.append("| %s | %s |" % (i, " | ".join(cell(names.get((i, y))) for y in years)))
        out.append("")
        counts = [sum(1 for r in k["rows"] if r["year"] == y) for y in years]
        out.append("Indicators per year: " + ", ".join("%d: %d" % (y, c) for y, c in zip(years, counts))
                   + "; key rows: %d." % len(k["rows"]))
        out.append("")
    with open(os.path.join(EXAM, "NAMES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote NAMES.md")


if __name__ == "__main__":
    main()
