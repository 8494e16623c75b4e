#!/bin/sh
# Rebuild every delivered workbook and key.json from scratch, then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp ../perikanan_tanjung_wuluh ../biro_kesra_nusa_kencana ../dcktr_kota_pranaya
mkdir -p raw tmp
python3 gen_a.py
python3 gen_b.py
python3 gen_c.py
python3 names.py
python3 verify.py
