#!/bin/bash
# Rebuild blind62 from scratch: raw workbooks (gen/raw), delivered workbooks saved through LibreOffice
# (own profile /tmp/lo-blind62, so formulas carry cached values), key.json per agency, gen/cells specs,
# NAMES.md, then run verify.py.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf raw tmp cells
python3 gen_metrologi.py
python3 gen_bapelkes.py
python3 gen_gor.py
python3 names.py
python3 ../verify.py
