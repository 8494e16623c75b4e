# -*- coding: utf-8 -*-
"""Print, per agency, a markdown table id x year -> written name (for README)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for slug in ["disdukcapil-banyumas", "bpbd-cianjur", "dp3ap2kb-kediri"]:
    k = json.load(open(os.path.join(ROOT, slug, "key.json"), encoding="utf-8"))
    ys = k["years"]
    ids = []
    for r in k["rows"]:
        if r["same_as"] not in ids:
            ids.append(r["same_as"])
    ids.sort()
    cell = {(r["same_as"], r["year"]): r for r in k["rows"]}
    print(f"#### {slug}\n")
    print("| id | " + " | ".join(str(y) for y in ys) + " |")
    print("|---|" + "---|" * len(ys))
    for i in ids:
        row = []
        for y in ys:
            r = cell.get((i, y))
            row.append("—" if r is None else r["written"].replace("\n", "⏎").replace("  ", "␣␣").replace("|", "\\|"))
        print(f"| {i} | " + " | ".join(row) + " |")
    print()
