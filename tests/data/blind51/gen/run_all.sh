#!/bin/sh
# Rebuild every workbook, key.json, NAMES.md and README.md, then verify.
set -e
cd "$(dirname "$0")"
rm -rf tmp
python3 build.py
cd ..
python3 verify.py
