#!/usr/bin/env bash
# Rebuild blind73 from scratch: raw workbooks (openpyxl) -> LibreOffice -> agency dirs; key.json,
# cell maps, NAMES.md, README.md; then verify.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd .. && pwd)"
rm -rf raw tmp cellmap
mkdir -p raw tmp cellmap
for d in uptd_bkpm_prov_nusa_semanggi uptd_psaa_kota_tanjung_kemuning uptd_persemaian_kab_gunung_seriang; do
  rm -rf "$ROOT/$d"
done
python3 gen_bkpm.py
python3 gen_psaa.py
python3 gen_persemaian.py
python3 names.py
python3 readme.py
cd "$ROOT" && python3 verify.py
