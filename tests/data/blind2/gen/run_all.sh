#!/bin/sh
# Regenerate all three agencies and verify every key row against soffice CSV exports.
set -e
cd "$(dirname "$0")"
python3 agency1_pupr_ketapang.py
python3 agency2_satpolpp_banyuasin.py
python3 agency3_disparpora_beltim.py
python3 verify.py
