"""Write ../NAMES.md: every indicator name per id per year, from the key files."""
import glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def show(s):
    s = s.replace("|", "\\|").replace("\n", "⏎")
    if s.endswith(" "):
        s = s.rstrip(" ") + "␠" * (len(s) - len(s.rstrip(" ")))
    return s


out = ["# NAMES: every indicator name per id per year (blind71)", "",
       "Names exactly as written in the name cell (`⏎` = a line break inside the cell, `␠` = a trailing space).",
       "Ids ending in `b` are the second member of the ambiguous pair; `—` = the indicator is absent that year.",
       "Flow ids (realisasi of period sheets = sum of the reported periods) are marked *flow*.", ""]
for kf in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
    key = json.load(open(kf, encoding="utf-8"))
    slug = os.path.basename(os.path.dirname(kf))
    cm = json.load(open(os.path.join(HERE, "cellmap", slug + ".json"), encoding="utf-8"))
    years = key["years"]
    ids = sorted({r["same_as"] for r in key["rows"]}, key=lambda i: (i.rstrip("b"), i))
    out.append(f"## {key['agency']} (`{slug}`)")
    out.append("")
    out.append(f"Ambiguous pair(s): {', '.join(' / '.join(p) for p in key['ambiguous'])}")
    out.append("")
    out.append("| id | " + " | ".join(str(y) for y in years) + " |")
    out.append("|---|" + "---|" * len(years))
    for i in ids:
        cells = []
        for y in years:
            rr = [r for r in key["rows"] if r["same_as"] == i and r["year"] == y]
            cells.append(show(rr[0]["written"]) if rr else "—")
        tag = f"{i} *flow*" if i in cm["flow_ids"] else i
        out.append(f"| {tag} | " + " | ".join(cells) + " |")
    out.append("")
    n = len(key["rows"])
    per = {y: sum(1 for r in key["rows"] if r["year"] == y) for y in years}
    out.append(f"{n} key rows; per year: " + ", ".join(f"{y}: {c}" for y, c in per.items()))
    out.append("")
open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8").write("\n".join(out))
print("NAMES.md written")
