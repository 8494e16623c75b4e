#!/bin/sh
# Rebuild blind59 from scratch: raw workbooks (openpyxl) -> LibreOffice -> delivered files, keys, NAMES.md; then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp locators
python3 gen_dishub.py
python3 gen_bapenda.py
python3 gen_dp3a.py
python3 convert.py
python3 make_names.py
cd ..
python3 verify.py
