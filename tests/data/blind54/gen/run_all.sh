#!/bin/sh
# Rebuild every delivered workbook, key.json, gen/cellmap.json, README.md and NAMES.md, then verify.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 ../verify.py
