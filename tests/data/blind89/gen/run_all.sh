#!/bin/bash
# Rebuild every workbook, key and locator, write NAMES.md, then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp ../uptd_*/
mkdir -p raw tmp locators
python3 gen_rumah.py
python3 gen_tahura.py
python3 gen_terminal.py
python3 make_names.py
cd .. && python3 verify.py
