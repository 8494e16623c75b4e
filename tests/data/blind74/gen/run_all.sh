#!/bin/sh
# Rebuild blind74 from scratch: raw workbooks -> LibreOffice -> delivered files, keys, NAMES.md, verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp locs
mkdir -p raw tmp locs
python3 labkesda.py
python3 blk.py
python3 pkb.py
python3 convert.py
python3 names.py
cd ..
python3 verify.py
