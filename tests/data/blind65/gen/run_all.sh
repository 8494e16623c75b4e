#!/bin/sh
# Rebuild blind65 from scratch: raw workbooks (openpyxl) -> LibreOffice (own profile) -> key.json, NAMES.md, verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp cells
mkdir -p raw tmp cells
for d in uptd_rusunawa_kota_lembah_sarai uptd_alat_berat_prov_tanjung_arum uptd_pju_taman_kab_rimba_karang; do
  rm -rf "../$d"
done
python3 gen_rusunawa.py
python3 gen_alatberat.py
python3 gen_pju.py
python3 names.py
cd ..
python3 verify.py
