#!/bin/sh
# Regenerate every agency (deterministic) and verify. Run from anywhere.
set -e
cd "$(dirname "$0")"
python3 gen_a.py
python3 gen_b.py
python3 gen_c.py
python3 verify.py
