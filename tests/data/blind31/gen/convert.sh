#!/bin/bash
# Convert gen/raw/<agency>/<base>.xlsx (openpyxl output, no cached values) to the final format
# named in key.json, via LibreOffice (recalculates formulas, so cached values exist).
set -e
cd "$(dirname "$0")/.."
PROFILE=file:///tmp/lo-blind31
for ag in dinas_pupr dinas_pertanahan dinas_perkebunan; do
  [ -f $ag/key.json ] || continue
  for f in $(python3 -c "import json;print(' '.join(json.load(open('$ag/key.json'))['files']))"); do
    base="${f%.*}"; ext="${f##*.}"
    case $ext in
      xlsx) filt='xlsx:Calc MS Excel 2007 XML';;
      xls)  filt='xls:MS Excel 97';;
      ods)  filt='ods';;
    esac
    rm -rf gen/tmp/conv && mkdir -p gen/tmp/conv
    soffice -env:UserInstallation=$PROFILE --headless --convert-to "$filt" --outdir gen/tmp/conv "gen/raw/$ag/$base.xlsx" >/dev/null 2>&1
    mv "gen/tmp/conv/$base.$ext" "$ag/$f"
  done
done
python3 gen/freeze_fix.py
