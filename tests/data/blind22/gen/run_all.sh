#!/bin/sh
# Build the blind22 set, write the docs, verify. Exit status = verify's.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 docs.py
python3 verify.py
