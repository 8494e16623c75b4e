#!/bin/bash
# rebuild every workbook, key and locator, NAMES.md, then verify
set -e
cd "$(dirname "$0")"
rm -rf tmp/verify
python3 gen_smk.py
python3 gen_pasar.py
python3 gen_cc.py
python3 make_names.py
cd .. && python3 verify.py
