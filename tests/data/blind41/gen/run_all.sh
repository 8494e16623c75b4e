#!/bin/sh
# Rebuild the whole blind41 set: raw workbooks -> LibreOffice -> delivered files + key.json, docs, verify.
set -e
cd "$(dirname "$0")"
rm -rf tmp
python3 a_prokopim.py
python3 b_blk.py
python3 c_distamkam.py
python3 make_docs.py
cd ..
python3 verify.py
