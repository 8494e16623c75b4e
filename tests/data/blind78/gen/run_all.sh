#!/bin/bash
# Rebuild every delivered workbook, key, locator, NAMES.md and README.md, then verify.
set -e
cd "$(dirname "$0")"
for a in uptd_psda_ws_batang_lirik uptd_bpp_tani_kab_gading_mas uptd_btp_prov_lembah_sari_raya; do rm -rf "../$a"; done
rm -rf raw tmp locators meta; mkdir -p raw tmp locators meta
python3 gen_psda.py
python3 gen_bpp.py
python3 gen_btp.py
python3 make_names.py
python3 make_readme.py
cd .. && python3 verify.py
