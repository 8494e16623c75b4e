#!/bin/bash
# Rebuild every workbook of blind80 and verify.
set -e
cd "$(dirname "$0")"
rm -rf raw tmp ../uptd_*/ && mkdir -p raw tmp locators
for g in gen_asrama.py gen_pariwisata.py gen_mangrove.py; do python3 "$g"; done
LO="soffice --headless -env:UserInstallation=file:///tmp/lo-blind80"
for plan in raw/*.plan; do
  while IFS=$'\t' read -r src dst; do
    ag="${src%%__*}"; ext="${dst##*.}"; stem="${src%.xlsx}"
    mkdir -p "tmp/$ext"
    $LO --convert-to "$ext" --outdir "tmp/$ext" "raw/$src" >/dev/null 2>&1
    cp "tmp/$ext/$stem.$ext" "../$ag/$dst"
  done < "$plan"
done
python3 make_names.py
cd .. && python3 verify.py
