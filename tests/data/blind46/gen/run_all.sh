#!/bin/sh
# Rebuild every blind46 workbook, key.json, README.md and NAMES.md, then verify.
# LibreOffice runs with its own profile so it does not clash with other examiners.
set -e
cd "$(dirname "$0")"
rm -rf tmp raw
mkdir -p raw tmp
python3 build.py
cd ..
python3 verify.py
