#!/bin/bash
# rebuild everything and verify
set -e
cd "$(dirname "$0")/.."
rm -rf gen/raw gen/tmp gen/locators gen/meta
mkdir -p gen/raw gen/tmp gen/locators gen/meta
for g in bib slb rsia; do python3 gen/gen_$g.py; done
for a in uptd_bib_ternak_prov_padang_sawitri uptd_slb_negeri_kab_lembah_arwana uptd_rsia_kota_bandar_melati; do
  find "$a" -maxdepth 1 -type f ! -name key.json -delete
  python3 - "$a" <<'PY' | while IFS=$'\t' read -r src ext; do
import json, os, sys
a = sys.argv[1]
for f in json.load(open(f"{a}/key.json"))["files"]:
    b, e = os.path.splitext(f)
    print(f"gen/raw/{a}/{b}.xlsx\t{e[1:]}")
PY
    soffice --headless -env:UserInstallation=file:///tmp/lo-blind82 --convert-to "$ext" --outdir "$a" "$src" >/dev/null 2>&1
  done
done
python3 gen/make_names.py
python3 verify.py
