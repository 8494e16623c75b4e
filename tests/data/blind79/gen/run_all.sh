#!/bin/bash
# Rebuild every workbook, key and locator, write NAMES.md, then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp && mkdir -p raw tmp locators
for a in uptd_rsk_paru_prov_bukit_kenanga uptd_balai_k3_prov_selat_mawar uptd_balai_bahasa_kab_rantau_pandan; do
  rm -rf "../$a"
done
python3 gen_paru.py
python3 gen_k3.py
python3 gen_bahasa.py
python3 make_names.py
python3 ../verify.py
