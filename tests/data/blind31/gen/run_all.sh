#!/bin/bash
# Rebuild everything: raw xlsx + keys, final formats, then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp && mkdir -p raw tmp
python3 gen_pupr.py
python3 gen_pertanahan.py
python3 gen_perkebunan.py
./convert.sh
python3 names.py
python3 verify.py
