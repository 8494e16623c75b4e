#!/bin/sh
# Rebuild every delivered workbook and key, then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp && mkdir -p raw tmp
python3 build.py
python3 docs.py
python3 ../verify.py
