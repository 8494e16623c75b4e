#!/bin/sh
set -e
cd /work/blind9/gen
for f in raw/*.xlsx; do
  n=$(basename $f .xlsx)
  fmt=$(python3 -c "import json;print(json.load(open('$n.struct.json'))['fmt'])")
  case $fmt in xls) t=xls;; ods) t=ods;; *) t=xlsx;; esac
  soffice --headless --convert-to $t --outdir /work/blind9 $f >/dev/null 2>&1
done
rm -rf csv; mkdir csv
for f in /work/blind9/*.xlsx /work/blind9/*.xls /work/blind9/*.ods; do
  soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' --outdir csv "$f" >/dev/null 2>&1
done
ls csv
