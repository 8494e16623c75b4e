"""Write NAMES.md: every indicator name per id per year, from the key files."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CELLMAP = os.path.join(ROOT, "gen", "cellmap")


def show(s):
    s = s.replace("|", "\\|").replace("\n", "↵")
    if s.endswith(" "):
        s = s[:-1] + "␣"
    return s


def main():
    out = ["# blind73 - indicator names per id and year", "",
           "Each cell is the name cell's text as written (`↵` = a line break inside the cell, `␣` = a trailing "
           "space). `—` = the indicator does not appear that year. Ids ending in `b` are the second member of an "
           "ambiguous pair (see README). Kind: F = flow (quarters / months add up), L = level (last reported "
           "period counts).", ""]
    for slug in sorted(d for d in os.listdir(ROOT) if os.path.exists(os.path.join(ROOT, d, "key.json"))):
        key = json.load(open(os.path.join(ROOT, slug, "key.json"), encoding="utf-8"))
        cm = json.load(open(os.path.join(CELLMAP, slug + ".json"), encoding="utf-8"))
        flows = set(cm["flow_ids"])
        years = key["years"]
        ids = []
        names = {}
        for r in key["rows"]:
            if r["same_as"] not in ids:
                ids.append(r["same_as"])
            names[(r["same_as"], r["year"])] = r["written"]
        ids.sort(key=lambda x: (int(x[1:3]), x))
        out += [f"## {key['agency']} (`{slug}`)", "",
                "| id | kind | " + " | ".join(str(y) for y in years) + " |",
                "|---|---|" + "---|" * len(years)]
        for i in ids:
            cells = [show(names[(i, y)]) if (i, y) in names else "—" for y in years]
            out.append(f"| {i} | {'F' if i in flows else 'L'} | " + " | ".join(cells) + " |")
        n = {y: sum(1 for r in key["rows"] if r["year"] == y) for y in years}
        out += ["", "Indicators per year: " + ", ".join(f"{y}: {n[y]}" for y in years) +
                f"; ambiguous pairs: {key['ambiguous']}.", ""]
    with open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
