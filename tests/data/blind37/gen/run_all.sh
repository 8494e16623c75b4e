#!/bin/bash
# Rebuild everything in /work/blind37 from scratch, then verify.
set -e
cd "$(dirname "$0")"
G=$(pwd); R=$(dirname "$G")
rm -rf "$G/raw" "$G/tmp" \
  "$R/dinas_syariat_islam_bukit_seulanga" "$R/distamkam_kota_tanjung_seruni" "$R/biro_pemotda_provinsi_nusa_kenari"
mkdir -p "$G/raw" "$G/tmp"
python3 gen_a.py
python3 gen_b.py
python3 gen_c.py
python3 names.py
python3 verify.py
