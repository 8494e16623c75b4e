#!/bin/bash
set -e
cd "$(dirname "$0")"
rm -rf tmp/verify
python3 gen_lab.py
python3 gen_tpst.py
python3 gen_blk.py
python3 make_names.py
python3 ../verify.py
