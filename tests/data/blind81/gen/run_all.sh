#!/bin/bash
set -e
cd "$(dirname "$0")"
rm -rf ../uptd_* raw tmp locators meta_*.json; mkdir -p raw tmp locators
python3 gen_ttg.py
python3 gen_ki.py
python3 gen_geo.py
python3 make_names.py
python3 make_readme.py
cd .. && python3 verify.py
