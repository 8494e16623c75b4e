#!/bin/sh
# Rebuild every workbook, key.json and NAMES.md of blind61, then verify.
set -e
cd "$(dirname "$0")"
python3 build.py
cd ..
python3 verify.py
