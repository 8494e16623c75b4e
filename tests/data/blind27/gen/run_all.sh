#!/bin/sh
# Rebuild every workbook and key of /work/blind27, then verify.
set -e
cd "$(dirname "$0")"
rm -rf build && mkdir -p build
python3 bkpsdm.py
python3 damkar.py
python3 kesbangpol.py
python3 convert.py
python3 names.py
python3 verify.py
