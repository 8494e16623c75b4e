"""Deterministic generator for /work/blind5. Run: python3 gen/build.py (from anywhere)."""
import json, os, subprocess, sys, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pk import build_pk
from specs_pk import PK_SPECS
from ra import RA_BUILDERS

OUT = os.path.dirname(HERE)
RAW = os.path.join(HERE, "_raw")
SOFFICE = ["soffice", "-env:UserInstallation=file:///tmp/lo-blind5", "--headless", "--convert-to"]


def finish(wb, key, fmt, d):
    stem = os.path.splitext(key["file"])[0]
    os.makedirs(RAW, exist_ok=True)
    raw = os.path.join(RAW, stem + ".xlsx")
    wb.save(raw)
    dest = os.path.join(OUT, d)
    os.makedirs(dest, exist_ok=True)
    # soffice opens the openpyxl file, computes every formula and saves with cached values
    subprocess.run(SOFFICE + [fmt, "--outdir", dest, raw], check=True, capture_output=True)
    assert os.path.exists(os.path.join(dest, key["file"])), key["file"]
    key["file"] = key["file"]
    with open(os.path.join(dest, stem + ".key.json"), "w") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
    print(d, key["file"], len(key["mistakes"]), "mistakes", len(key["traps"]), "traps")


for spec in PK_SPECS:
    wb, key = build_pk(spec)
    finish(wb, key, spec["fmt"], spec["dir"])
for b in RA_BUILDERS:
    wb, key, fmt, d = b()
    finish(wb, key, fmt, d)
