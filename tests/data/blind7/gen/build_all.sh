#!/bin/sh
# Rebuild all six workbooks and keys (deterministic content; LibreOffice stamps file metadata).
set -e
cd "$(dirname "$0")"
for f in w1_sleman w2_malang w3_gowa w4_banyuwangi w5_pekanbaru w6_lotim; do python3 $f.py; done
