#!/bin/bash
# Rebuild blind67 from scratch: raw workbooks (openpyxl) -> LibreOffice -> agency folders, keys,
# cell maps, NAMES.md, then verify.  LibreOffice runs headless with its own profile.
set -euo pipefail
cd "$(dirname "$0")"
HERE="$(pwd)"
BASE="$(dirname "$HERE")"
for slug in uptd_bppp_prov_nusa_kenanga uptd_rumah_singgah_kota_tirta_lestari uptd_hutan_kota_kab_gunung_sarimbun; do
    mkdir -p "$BASE/$slug"
    find "$BASE/$slug" -maxdepth 1 -type f \( -name '*.xlsx' -o -name '*.xls' -o -name '*.ods' -o -name 'key.json' \) -delete
done
rm -rf "$HERE/raw" "$HERE/tmp" "$HERE/cellmap"
mkdir -p "$HERE/raw" "$HERE/tmp" "$HERE/cellmap"
python3 gen_bppp.py
python3 gen_rumah_singgah.py
python3 gen_hutan_kota.py
python3 names.py
cd "$BASE"
python3 verify.py
