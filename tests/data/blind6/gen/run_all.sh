#!/bin/sh
# regenerates every workbook and key in /work/blind6 (deterministic)
cd "$(dirname "$0")" && for f in w1_klaten w2_padang w3_sleman w4_makassar w5_banyumas w6_balikpapan; do python3 $f.py || exit 1; done
