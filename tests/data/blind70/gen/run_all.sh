#!/bin/sh
# Rebuild every blind70 workbook, key.json, cellmap and NAMES.md, then run verify.py.
# Needs python3 + openpyxl and LibreOffice (soffice); installs them when missing.
set -e
cd "$(dirname "$0")"
python3 -c 'import openpyxl' 2>/dev/null || pip install openpyxl
command -v soffice >/dev/null 2>&1 || { apt-get update && apt-get install -y libreoffice-calc-nogui; }
rm -rf raw tmp
mkdir -p raw tmp cellmap
python3 gen_irigasi.py
python3 gen_disabilitas.py
python3 gen_tpi.py
python3 names.py
cd ..
python3 verify.py
