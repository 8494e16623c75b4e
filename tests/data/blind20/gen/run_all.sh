#!/bin/sh
# Run from /work/blind20:  sh gen/run_all.sh
set -e
cd "$(dirname "$0")"
python3 a1_dishub.py
python3 a2_distan.py
python3 a3_dinsos.py
python3 verify.py
python3 make_readme.py
