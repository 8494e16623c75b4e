#!/bin/sh
# Rebuild every blind21 workbook and key, then verify them.
set -e
cd "$(dirname "$0")/.."
python3 -c "import openpyxl" 2>/dev/null || pip install openpyxl
python3 gen/build.py
python3 gen/verify.py
python3 gen/tables.py > gen/id_tables.md
cat gen/README.head.md gen/id_tables.md > README.md
