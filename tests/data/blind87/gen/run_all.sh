#!/bin/bash
set -e
cd "$(dirname "$0")"
rm -rf raw tmp; mkdir -p raw tmp locators
for a in ../uptd_*/; do rm -f "$a"/*; done
python3 gen_rusun.py
python3 gen_labkes.py
python3 gen_kuliner.py
python3 make_names.py
cd .. && python3 verify.py
