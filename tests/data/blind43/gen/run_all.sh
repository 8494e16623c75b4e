#!/bin/bash
# Rebuild blind43 from scratch: raw workbooks -> LibreOffice-saved deliveries -> key.json -> docs -> verify
set -e
cd "$(dirname "$0")"
rm -rf raw out tmp
mkdir -p raw out tmp
python3 a1_bagpem.py
python3 a2_bbi.py
python3 a3_pangan.py
python3 deliver.py
python3 build_docs.py
python3 ../verify.py
