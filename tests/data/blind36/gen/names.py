"""Write NAMES.md: per agency a table id x year of the names as written (from key.json)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
out = ["# Indicator names as written, per agency, id x year", "",
       "\"—\" = indicator absent that year. Names are copied from the key rows (the cell as typed).", ""]
for folder in ["ukpbj_tanjung_rawa", "rsj_sei_lumut", "dppkb_kota_pinang_baru"]:
    k = json.load(open(os.path.join(ROOT, folder, "key.json"), encoding="utf-8"))
    ys = k["years"]
    ids = sorted({r["same_as"] for r in k["rows"]})
    cell = {(r["same_as"], r["year"]): r["written"] for r in k["rows"]}
    out += [f"## {k['agency']} (`{folder}/`)", "", "| id | " + " | ".join(map(str, ys)) + " |",
            "|---|" + "---|" * len(ys)]
    for i in ids:
        out.append(f"| {i} | " + " | ".join(cell.get((i, y), "—").replace("|", "/") for y in ys) + " |")
    out += ["", "Ambiguous pairs (a reasonable reader could merge or not): " +
            (", ".join(f"{a}/{b}" for a, b in k["ambiguous"]) or "none"), ""]
open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8").write("\n".join(out))
