#!/bin/bash
# Rebuild everything for blind77 and run verify.py.
set -euo pipefail
cd "$(dirname "$0")/.."
SOFFICE=(soffice --headless -env:UserInstallation=file:///tmp/lo-blind77)
python3 -c "import openpyxl" 2>/dev/null || pip install openpyxl
command -v soffice >/dev/null || { apt-get update && apt-get install -y libreoffice-calc-nogui; }

rm -rf gen/raw gen/tmp gen/locators
rm -rf uptd_bpsb_tph_nusa_lontar uptd_taman_satwa_kota_bukit_sarang uptd_lppmhp_teluk_kelambu
mkdir -p gen/locators gen/tmp
(cd gen && for g in gen_bpsb.py gen_ts.py gen_lp.py; do if [ -f "$g" ]; then python3 "$g"; fi; done)

# every delivered file is saved through soffice so that every formula carries a cached value
for agdir in gen/raw/*/; do
  ag=$(basename "$agdir")
  for ext in xlsx xls ods; do
    [ -d "gen/raw/$ag/$ext" ] || continue
    out="gen/tmp/$ag/$ext"
    mkdir -p "$out"
    "${SOFFICE[@]}" --convert-to "$ext" --outdir "$out" gen/raw/"$ag"/"$ext"/*.xlsx >/dev/null 2>&1
    cp "$out"/*."$ext" "$ag"/
  done
done

python3 gen/make_names.py
python3 verify.py
