#!/bin/bash
# Rebuild the whole blind45 set: raw workbooks -> LibreOffice -> delivered files, key.json, docs, verify.
set -e
cd "$(dirname "$0")"
pip show openpyxl >/dev/null 2>&1 || pip install openpyxl
rm -rf raw tmp meta
mkdir -p raw tmp meta
for d in uptd_rph_tanjung_seruni disdik_prov_tanah_lumbara uptd_pkb_lembah_kerinan; do rm -rf "../$d"; done
python3 a_rph.py
python3 b_disdik.py
python3 c_pkb.py
python3 build_docs.py
python3 ../verify.py
