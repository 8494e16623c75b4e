#!/bin/bash
set -e
cd "$(dirname "$0")"
rm -rf _raw
python3 build.py
bash convert.sh
python3 verify.py
