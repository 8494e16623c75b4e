#!/bin/bash
# Rebuild every workbook, key and locator of blind86, write NAMES.md, then verify.
set -e
cd "$(dirname "$0")"
BASE=..
rm -rf raw tmp locators "$BASE"/uptd_*/
mkdir -p raw tmp locators
python3 gen_makam.py
python3 gen_pakan.py
python3 gen_airpanas.py
python3 make_names.py
python3 "$BASE/verify.py"
