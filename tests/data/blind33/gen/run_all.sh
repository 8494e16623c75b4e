#!/bin/bash
# Rebuild the whole blind33 set: workbooks, key.json files, NAMES.md, then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp ../arsip ../esdm ../organisasi
mkdir -p raw tmp ../arsip ../esdm ../organisasi
python3 gen_arsip.py
python3 gen_esdm.py
python3 gen_organisasi.py
python3 names.py
python3 verify.py
