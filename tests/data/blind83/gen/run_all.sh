#!/bin/bash
# Rebuild every workbook, key and locator, NAMES.md/README.md, then verify.
set -e
cd "$(dirname "$0")/.."
rm -rf gen/raw gen/tmp gen/locators uptd_*/
mkdir -p gen/raw gen/tmp gen/locators
python3 gen/gen_brt.py
python3 gen/gen_rehsos.py
python3 gen/gen_embung.py
python3 gen/make_names.py
python3 verify.py
