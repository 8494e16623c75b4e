#!/bin/sh
# Rebuild the whole blind63 set: raw workbooks (openpyxl) -> LibreOffice (own profile) -> delivered
# .xlsx/.xls/.ods with cached formula values, key.json per agency, NAMES.md; then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp cells
rm -rf ../uptd_bpp_kec_lubuk_sembilang_kab_rawa_kemuning ../uptd_ppa_kota_bandar_seruni \
       ../uptd_bpthpt_prov_teluk_gading
mkdir -p raw tmp cells
python3 gen_bpp.py
python3 gen_ppa.py
python3 gen_bibit.py
python3 names.py
cd ..
python3 verify.py
