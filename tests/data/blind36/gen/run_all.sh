#!/bin/bash
# Rebuild every delivered workbook and key.json from scratch.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
LO="soffice -env:UserInstallation=file:///tmp/lo-blind36 --headless"
rm -rf raw tmp; mkdir -p raw tmp
for d in ukpbj_tanjung_rawa rsj_sei_lumut dppkb_kota_pinang_baru; do rm -rf "$ROOT/$d"; mkdir -p "$ROOT/$d"; done
python3 build_a.py
python3 build_b.py
python3 build_c.py
python3 - <<'PY' > tmp/convert.list
import json
for d in ["ukpbj_tanjung_rawa", "rsj_sei_lumut", "dppkb_kota_pinang_baru"]:
    k = json.load(open(f"../{d}/key.json"))
    for f in k["files"]:
        print(d + "\t" + f)
PY
while IFS=$'\t' read -r d f; do
  ext="${f##*.}"; base="${f%.*}"
  $LO --convert-to "$ext" --outdir "$ROOT/$d" "raw/$base.xlsx" >/dev/null 2>&1
  test -f "$ROOT/$d/$f" || { echo "conversion failed: $d/$f"; exit 1; }
done < tmp/convert.list
python3 names.py
python3 readme.py
python3 verify.py
