#!/usr/bin/env bash
# Rebuild every workbook, key.json and cell map of blind25, then verify them.
# Needs python3 with openpyxl and LibreOffice (soffice); uses its own LO profile.
set -euo pipefail
cd "$(dirname "$0")"
for a in disnakertrans perkim ketahanan_pangan; do
  mkdir -p "../$a"
  find "../$a" -maxdepth 1 -type f \( -name '*.xlsx' -o -name '*.xls' -o -name '*.ods' -o -name key.json \) -delete
done
rm -rf _build
python3 agency_a.py
python3 agency_b.py
python3 agency_c.py
rm -rf _build
python3 names_table.py
python3 verify.py
