#!/bin/bash
# Rebuild every workbook and key, convert through LibreOffice, then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw
python3 build_bpkad.py
python3 build_setwan.py
python3 build_disnak.py
./convert.sh
python3 verify.py
python3 names.py
python3 readme.py
