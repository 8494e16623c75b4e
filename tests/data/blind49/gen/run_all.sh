#!/bin/sh
# Rebuild the blind49 set: generate raw xlsx, save through LibreOffice, write keys and docs, verify.
set -e
cd "$(dirname "$0")"
rm -rf raw out tmp
mkdir -p raw out tmp
python3 gen_ppp.py
python3 gen_bpsdm.py
python3 gen_parkir.py
python3 convert.py
python3 make_keys.py
python3 make_docs.py
python3 ../verify.py
