#!/bin/sh
# Rebuild every file of blind14 (build in /tmp/blind14build, convert with LibreOffice), then the README tables, then verify.
set -e
cd "$(dirname "$0")"
rm -rf /tmp/blind14build /tmp/blind14verify
python3 gen_a1.py
python3 gen_a2.py
python3 gen_a3.py
python3 make_readme.py
python3 verify.py
