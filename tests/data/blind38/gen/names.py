"""Write ../NAMES.md from the three key.json files: per agency, id x year of the names as written."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ["# Indicator names as written, per agency (id x year; — = absent that year)", ""]
for ag in ["disperin_tanjung_sarira", "rsgm_sukamenanti", "bppd_sempadan_raya"]:
    k = json.load(open(os.path.join(ROOT, ag, "key.json")))
    ys = k["years"]; ids = []
    tab = {}
    for r in k["rows"]:
        if r["same_as"] not in ids: ids.append(r["same_as"])
        tab[(r["same_as"], r["year"])] = r["written"].replace("|", "/")
    out += [f"## {k['agency']} (`{ag}/`)", "", "| id | " + " | ".join(map(str, ys)) + " |", "|---" * (len(ys) + 1) + "|"]
    for i in sorted(ids):
        out.append(f"| {i} | " + " | ".join(tab.get((i, y), "—") for y in ys) + " |")
    out += ["", "Ambiguous pairs (a reader could merge them or not): " + ", ".join(f"{a} / {b}" for a, b in k["ambiguous"]), ""]
open(os.path.join(ROOT, "NAMES.md"), "w").write("\n".join(out))
