#!/bin/bash
set -e
cd "$(dirname "$0")"
rm -rf raw; mkdir -p raw
python3 gen_kebudayaan.py
python3 gen_setda.py
python3 gen_puskesmas.py
./convert.sh
python3 names.py
python3 verify.py
