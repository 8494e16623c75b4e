#!/bin/bash
# Rebuild every workbook, key and locator, write NAMES.md, then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw/* tmp/* locators/*
for a in uptd_balai_benih_ikan_kab_watu_kembar uptd_perpustakaan_keliling_kota_bumi_asri uptd_pengelolaan_air_limbah_prov_sungai_rata; do
  rm -rf "../$a"
done
python3 gen_bbi.py
python3 gen_perpus.py
python3 gen_ipal.py
python3 make_names.py
cd .. && python3 verify.py
