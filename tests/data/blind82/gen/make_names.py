"""NAMES.md: every name per id and year"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AG = ["uptd_bib_ternak_prov_padang_sawitri", "uptd_slb_negeri_kab_lembah_arwana", "uptd_rsia_kota_bandar_melati"]
out = ["# NAMES - every written name per id and year", "", "Line breaks inside a cell are shown as `⏎`, trailing spaces as `␠`.", ""]
def show(s):
    s = s.replace("\n", "⏎").replace("|", "\\|")
    n = len(s) - len(s.rstrip(" "))
    return s.rstrip(" ") + "␠" * n
for a in AG:
    k = json.load(open(os.path.join(ROOT, a, "key.json")))
    ys = k["years"]
    out += [f"## {a}", "", "| id | " + " | ".join(map(str, ys)) + " |", "|---|" + "---|" * len(ys)]
    ids = []
    for r in k["rows"]:
        if r["same_as"] not in ids: ids.append(r["same_as"])
    for i in sorted(ids):
        cells = []
        for y in ys:
            w = [show(r["written"]) for r in k["rows"] if r["same_as"] == i and r["year"] == y]
            cells.append("; ".join(w) if w else "—")
        out.append(f"| {i} | " + " | ".join(cells) + " |")
    out.append("")
open(os.path.join(ROOT, "NAMES.md"), "w").write("\n".join(out))
