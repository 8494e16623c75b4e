#!/bin/sh
# Rebuild blind57: generators -> raw workbooks -> LibreOffice -> delivered files -> verify.
set -e
cd "$(dirname "$0")"
rm -rf raw cells tmp
for g in gen_disdukcapil.py gen_satpolpp.py gen_kecamatan.py; do
  [ -f "$g" ] && python3 "$g"
done
python3 build.py
python3 ../verify.py
