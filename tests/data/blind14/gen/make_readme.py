"""README.md = README_head.md + tables generated from the key.json files (names as written, year by year)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
out = [open(os.path.join(HERE, "README_head.md"), encoding="utf-8").read()]
out.append("\n## Appendix: every key row, by indicator id (generated from key.json)\n")
out.append("Cells: name as written (a line break shown as ⏎) — target / realisasi — row. `·` = not in that year.\n")
for f in ["a1-disdik-sleman", "a2-dpmd-gowa", "a3-dinkes-kupang"]:
    k = json.load(open(os.path.join(ROOT, f, "key.json"), encoding="utf-8"))
    out.append(f"\n### {f} ({k['agency']})\n")
    ids = []
    for r in k["rows"]:
        if r["same_as"] not in ids: ids.append(r["same_as"])
    by = {(r["same_as"], r["year"]): r for r in k["rows"]}
    out.append("| id | " + " | ".join(str(y) for y in k["years"]) + " |")
    out.append("|---|" + "---|" * len(k["years"]))
    for i in ids:
        cells = []
        for y in k["years"]:
            r = by.get((i, y))
            cells.append("·" if r is None else f"{r['written'].replace(chr(10), '⏎')} — {r['target']:g} / {r['realisasi']:g} — r{r['row']}")
        out.append(f"| `{i}` | " + " | ".join(cells) + " |")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
