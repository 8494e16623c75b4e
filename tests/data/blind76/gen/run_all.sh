#!/usr/bin/env bash
# Rebuild blind76 from scratch: raw workbooks (openpyxl) -> LibreOffice (own profile) -> the
# agency folders, keys, locators, NAMES.md; then verify.
set -euo pipefail
cd "$(dirname "$0")"
python3 -c "import openpyxl" 2>/dev/null || pip install openpyxl
command -v soffice >/dev/null || { apt-get update && apt-get install -y libreoffice-calc-nogui; }
rm -rf raw tmp locators
python3 gen_bbi.py
python3 gen_tb.py
python3 gen_bptph.py
python3 make_names.py
cd ..
python3 verify.py
