#!/bin/sh
# Rebuild set blind75 from scratch: raw workbooks (openpyxl) -> LibreOffice -> delivered files,
# keys, locators; then verify.  Needs python3 + openpyxl and LibreOffice (soffice).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"
rm -rf raw tmp locators
python3 gen_samsat.py
python3 gen_rsj.py
python3 gen_iplt.py
python3 convert.py
python3 make_names.py
cd ..
python3 verify.py
