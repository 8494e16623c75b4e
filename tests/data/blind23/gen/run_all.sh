#!/bin/sh
# Build all three agencies' workbooks and keys, then verify them.
set -e
cd "$(dirname "$0")"
rm -f cellmap.json
python3 gen_a.py
python3 gen_b.py
python3 gen_c.py
python3 docs.py
python3 verify.py
