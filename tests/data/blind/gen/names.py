#!/usr/bin/env python3
"""Print, per agency, every id with the name written in each year (from key.json)."""
import collections, glob, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for k in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
    d = json.load(open(k))
    by = collections.defaultdict(dict)
    for r in d["rows"]:
        by[r["same_as"]][r["year"]] = r["written"]
    print("##", d["agency"])
    for i, v in by.items():
        print(f"{i}:", " | ".join(f"{y}: {v.get(y, '-')}" for y in d["years"]))
    print()
