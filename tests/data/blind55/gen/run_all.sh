#!/bin/sh
# Rebuild the whole blind55 set and check it.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 ../verify.py
