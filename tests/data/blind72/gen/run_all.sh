#!/bin/sh
# Rebuild blind72 from scratch: raw workbooks (openpyxl) -> LibreOffice -> agency folders,
# keys, NAMES.md, then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw spec tmp
rm -f ../*/key.json ../*/*.xlsx ../*/*.xls ../*/*.ods
python3 gen_utd.py
python3 gen_psc.py
python3 gen_jalan.py
python3 convert.py
python3 make_names.py
cd ..
python3 verify.py
