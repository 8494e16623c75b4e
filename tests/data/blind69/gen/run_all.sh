#!/bin/sh
# Rebuild the whole blind69 set: raw workbooks (openpyxl) -> LibreOffice (cached formula values)
# -> agency folders with key.json, gen/cellmap, NAMES.md; then verify.
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
cd "$HERE"
rm -rf raw tmp cellmap
mkdir -p raw tmp cellmap
for d in uptd_bkmm_prov_lembah_sagara uptd_kebun_raya_kab_bukit_manggala uptd_bpfk_kota_tanjung_rembulan; do
  rm -rf "$ROOT/$d"
done
python3 gen_bkmm.py
python3 gen_kebunraya.py
python3 gen_bpfk.py
python3 names.py
cd "$ROOT"
python3 verify.py
