#!/bin/sh
# Rebuild blind68 from scratch: raw workbooks (openpyxl) -> LibreOffice
# (own profile, so formulas get cached values) -> agency folders, key.json,
# cell maps; then NAMES.md and the verification.
set -e
cd "$(dirname "$0")"
command -v soffice >/dev/null || { echo "soffice missing (apt-get install libreoffice-calc-nogui)"; exit 1; }
python3 -c "import openpyxl" 2>/dev/null || pip install openpyxl
rm -rf raw tmp cellmap
mkdir -p raw tmp cellmap
python3 gen_tpa.py
python3 gen_pla.py
python3 gen_puskeswan.py
python3 names.py
cd ..
python3 verify.py
