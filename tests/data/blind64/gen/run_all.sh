#!/bin/sh
# Rebuild the whole blind64 set: raw workbooks (openpyxl, gen/raw/) -> LibreOffice with its own profile
# (/tmp/lo-blind64) -> delivered .xlsx/.xls/.ods with cached formula values; key.json per agency;
# gen/cells/*.json (locators for verify.py); NAMES.md; then verify.py.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp cells
rm -rf ../uptd_tpu_kota_tanjung_seruling ../uptd_kkp_prov_nusa_kirana ../uptd_psbr_kab_sungai_lirang
mkdir -p raw tmp cells
python3 gen_tpu.py
python3 gen_kkp.py
python3 gen_psbr.py
python3 names.py
cd ..
python3 verify.py
