#!/bin/bash
# rebuild everything: generators -> raw openpyxl xlsx -> soffice conversion -> names -> verify
set -e
cd "$(dirname "$0")"; G=$PWD; R=$(dirname "$G")
rm -rf raw tmp; mkdir -p raw tmp/conv locators
for g in gen_griya.py gen_penyu.py gen_timbang.py; do python3 $g; done
for k in "$R"/*/key.json; do
  ag=$(basename $(dirname $k))
  for f in $(python3 -c "import json,sys;print(' '.join(json.load(open('$k'))['files']))"); do
    ext="${f##*.}"; base="${f%.*}"
    rm -rf tmp/conv/*
    soffice --headless -env:UserInstallation=file:///tmp/lo-blind84 --convert-to $ext --outdir tmp/conv "raw/${ag}__${base}.xlsx" >/dev/null 2>&1
    mv "tmp/conv/${ag}__${base}.${ext}" "$R/$ag/$f"
  done
done
python3 make_names.py
python3 "$R/verify.py"
