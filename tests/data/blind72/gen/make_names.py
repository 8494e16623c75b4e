"""Write NAMES.md: every indicator name as written, per id and year, from the agencies' key.json."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def cell(t):
    return t.replace("|", "\\|").replace("\n", "⏎")


def main():
    out = ["# NAMES: every indicator name as written, per id and year", "",
           "Generated from the key.json files by gen/make_names.py. A line break inside a cell is shown as ⏎;",
           "spaces are kept as written (a trailing space or a double space is part of the name, shown in `code`).",
           "Ids ending in `b` are the second member of an ambiguous pair; `(S)` marks a name typed in the",
           "Sasaran column; `(cont.)` marks a name whose cell holds only the first line of a wrapped name.", ""]
    for kp in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
        k = json.load(open(kp, encoding="utf-8"))
        slug = os.path.basename(os.path.dirname(kp))
        years = k["years"]
        out.append(f"## {k['agency']} (`{slug}`)")
        out.append("")
        out.append("| id | " + " | ".join(str(y) for y in years) + " |")
        out.append("|---|" + "---|" * len(years))
        spec = json.load(open(os.path.join(HERE, "spec", slug + ".json"), encoding="utf-8"))["rows"]
        names = {}
        order = []
        for r, sr in zip(k["rows"], spec):
            i = r["same_as"]
            if i not in names:
                names[i] = {}
                order.append(i)
            t = r["written"]
            shown = cell(t)
            if t != t.strip() or "  " in t:
                shown = "`" + shown + "`"
            if sr.get("note") == "S":
                shown += " (S)"
            elif sr.get("note") == "cont":
                shown += " (cont.)"
            names[i][r["year"]] = shown
        for i in sorted(order, key=lambda x: (x.rstrip("b"), x)):
            out.append(f"| {i} | " + " | ".join(names[i].get(y, "—") for y in years) + " |")
        out.append("")
        out.append("Ambiguous pairs: " + ", ".join(" / ".join(p) for p in k["ambiguous"]))
        out.append("")
    open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
