"""Write ../NAMES.md: every id with the name written in each year (from the key.json files)."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ["# Names per id (generated from key.json by gen/names_table.py)", ""]
for folder in ("disnakertrans", "perkim", "ketahanan_pangan"):
    key = json.load(open(os.path.join(ROOT, folder, "key.json"), encoding="utf-8"))
    ys = key["years"]
    out += [f"## {key['agency']} ({folder})", "", "| id | " + " | ".join(map(str, ys)) + " |",
            "|---|" + "---|" * len(ys)]
    ids = {}
    for r in key["rows"]:
        ids.setdefault(r["same_as"], {})[r["year"]] = r["written"].replace("\n", "⏎")
    for i in sorted(ids):
        out.append(f"| {i} | " + " | ".join(ids[i].get(y, "—") for y in ys) + " |")
    out += ["", "ambiguous: " + ", ".join("/".join(p) for p in key["ambiguous"]), ""]
open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8").write("\n".join(out))
