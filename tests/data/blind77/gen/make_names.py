"""Write NAMES.md: every name (the `written` text) per id and year, from each <agency>/key.json."""
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def show(s):
    if s is None:
        return ""
    core = s.rstrip(" ")
    trail = len(s) - len(core)
    out = core.replace("|", "\\|").replace("\n", " ⏎ ")
    return out + "␠" * trail


def idkey(i):
    return (i[1:3], i)


def main():
    lines = ["# NAMES", "",
             "Every name as written (the `written` field of key.json), per id and year.",
             "`⏎` marks a line break inside the cell, `␠` a trailing space. Written by gen/make_names.py.", ""]
    for kp in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
        key = json.load(open(kp, encoding="utf-8"))
        years = key["years"]
        names = {}
        where = {}
        for r in key["rows"]:
            names.setdefault(r["same_as"], {})[r["year"]] = r["written"]
            where.setdefault(r["same_as"], {})[r["year"]] = f"{r['sheet']}!{r.get('col', '')}{r['row']}"
        lines.append(f"## {key['agency']}")
        lines.append("")
        amb = ", ".join(" / ".join(p) for p in key.get("ambiguous", []))
        lines.append(f"Ambiguous pair: {amb}. Workbooks: {', '.join(key['files'])}.")
        lines.append("")
        lines.append("| id | " + " | ".join(str(y) for y in years) + " |")
        lines.append("|---|" + "---|" * len(years))
        for i in sorted(names, key=idkey):
            cells = []
            for y in years:
                n = names[i].get(y)
                cells.append("—" if n is None else f"{show(n)} <sub>({where[i][y]})</sub>")
            lines.append(f"| {i} | " + " | ".join(cells) + " |")
        lines.append("")
        lines.append(f"Key rows per year: " + ", ".join(
            f"{y}: {sum(1 for r in key['rows'] if r['year'] == y)}" for y in years))
        lines.append("")
    with open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("NAMES.md written")


if __name__ == "__main__":
    main()
