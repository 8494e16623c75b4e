#!/bin/sh
# Rebuild every workbook, key.json and cell map of /work/blind24, then verify them.
# Needs python3 + openpyxl and LibreOffice (soffice) on the PATH; uses its own LO profile.
set -e
cd "$(dirname "$0")"
rm -f cellmap/*.json
python3 agency_a.py
python3 agency_b.py
python3 agency_c.py
rm -rf __pycache__
python3 verify.py
