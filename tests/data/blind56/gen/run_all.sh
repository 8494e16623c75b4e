#!/bin/sh
# Rebuild the whole blind56 set (raw workbooks -> LibreOffice -> delivered files, key.json, docs) and verify it.
set -e
cd "$(dirname "$0")"
rm -f cellmap.json
python3 build.py
python3 docs.py
rm -rf tmp && mkdir -p tmp
python3 ../verify.py
