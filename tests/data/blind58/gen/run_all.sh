#!/bin/bash
# Rebuild blind58 from scratch: generators -> gen/raw/*.xlsx -> LibreOffice -> <slug>/ ->
# NAMES.md -> verify.py
set -euo pipefail
cd "$(dirname "$0")"
rm -rf raw cells tmp
python3 gen_dispusip.py
python3 gen_dkp.py
python3 gen_puskesmas.py
python3 build.py
python3 ../verify.py
