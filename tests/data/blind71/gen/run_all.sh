#!/usr/bin/env bash
# Rebuild blind71 from scratch: raw workbooks (openpyxl) -> LibreOffice (cached formula values) ->
# delivered .xlsx / .xls / .ods, key.json per agency, cell maps, NAMES.md; then run verify.py.
set -euo pipefail
cd "$(dirname "$0")"
command -v soffice >/dev/null || { echo "soffice missing: apt-get install -y libreoffice-calc-nogui" >&2; exit 1; }
python3 -c "import openpyxl" 2>/dev/null || pip install openpyxl
rm -rf raw tmp cellmap ../uptd_bkcb_prov_teluk_cendana ../uptd_terminal_kota_palawira ../uptd_bpkb_kab_gunung_talaga
mkdir -p raw tmp cellmap
python3 gen_bkcb.py
python3 gen_terminal.py
python3 gen_kb.py
python3 names.py
python3 ../verify.py
