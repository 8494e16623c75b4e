#!/bin/sh
# Rebuild the blind50 set from scratch and verify it.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp locs
mkdir -p raw tmp
python3 build.py
cd ..
python3 verify.py
