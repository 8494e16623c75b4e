#!/bin/sh
# Rebuild the six workbooks and their keys.  openpyxl writes gen/tmp/NAME.xlsx (no cached values);
# LibreOffice headless converts it to the shipped format, computing every formula's value.
set -e
cd "$(dirname "$0")"
rm -rf tmp && mkdir -p tmp
for g in w1_sumedang w2_banyumas w3_banjar w4_gresik w5_malang w6_lomboktimur; do
  python3 $g.py
done
convert() {  # NAME EXT
  rm -f ../"$1.$2"
  soffice --headless --calc --convert-to "$2" --outdir .. "tmp/$1.xlsx" >/dev/null 2>&1
  test -s ../"$1.$2" || { echo "conversion failed: $1.$2"; exit 1; }
  echo "built ../$1.$2"
}
convert sumedang-dpupr-lkjip-2023 xlsx
convert banyumas-dinkes-lkjip-2024 xlsx
convert banjar-diskopum-lkjip-2022 xls
convert gresik-bappelitbangda-lkjip-2023 ods
convert malang-disdik-ra-2024 xlsx
convert lomboktimur-dpmptsp-lkjip-2021 xls
rm -rf tmp   # never leave the uncached openpyxl files next to the shipped ones
