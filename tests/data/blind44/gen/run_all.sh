#!/bin/bash
# Rebuild blind44: raw workbooks (openpyxl) -> LibreOffice-saved deliveries + key.json -> docs -> verify
set -e
cd "$(dirname "$0")"
rm -rf raw out tmp
mkdir -p raw out tmp
python3 a1_dispar.py
python3 a2_pasar.py
python3 a3_dinsos.py
python3 deliver.py
python3 build_docs.py
python3 ../verify.py
