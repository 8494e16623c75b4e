#!/bin/bash
# Rebuild every workbook and key from scratch, then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp; mkdir -p raw/brida raw/distan_tph raw/kelurahan tmp
for a in brida distan_tph kelurahan; do rm -f ../$a/*.xlsx ../$a/*.xls ../$a/*.ods; done
python3 gen_brida.py
python3 gen_distan.py
python3 gen_kelurahan.py
python3 - <<'P'
import json, subprocess
for a in ["brida", "distan_tph", "kelurahan"]:
    plan = json.load(open(f"raw/{a}_spec.json"))["convert"]
    for raw, fmt, final in plan:
        subprocess.run(["bash", "convert.sh", f"raw/{a}/{raw}", fmt, f"../{a}"], check=True)
        print("built", a, final)
P
python3 names.py
python3 verify.py
