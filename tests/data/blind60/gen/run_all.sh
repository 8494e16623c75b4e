#!/bin/bash
# Rebuild set blind60 from scratch: generators -> raw workbooks -> LibreOffice -> delivered files, then verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp cells
python3 gen_distamkam.py
python3 gen_bagsda.py
python3 gen_balatkop.py
python3 names.py
python3 build.py
python3 ../verify.py
