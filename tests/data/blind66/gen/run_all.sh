#!/bin/bash
# Rebuild set blind66: generators -> raw .xlsx (gen/raw/<slug>/) + key.json + gen/cellmap/,
# then save every raw workbook through LibreOffice into its delivered format (cached formula values),
# then NAMES.md, then verify.py.
set -euo pipefail
cd "$(dirname "$0")"
GEN=$(pwd)
ROOT=$(dirname "$GEN")
PROFILE="-env:UserInstallation=file:///tmp/lo-blind66"
rm -rf "$GEN/raw" "$GEN/tmp" "$GEN/cellmap"
for s in uptd_bandara_prov_selat_lontar uptd_kes_haji_kota_rawa_seruni uptd_sentra_ikm_kab_lembah_randu; do
  rm -rf "$ROOT/$s"
done
python3 gen_bandara.py
python3 gen_haji.py
python3 gen_ikm.py
# delivered format of each file = extension recorded in key.json
python3 - "$ROOT" <<'PY' > "$GEN/convert.list"
import json, os, sys
root = sys.argv[1]
for d in sorted(os.listdir(root)):
    k = os.path.join(root, d, 'key.json')
    if os.path.isfile(k):
        for f in json.load(open(k, encoding='utf-8'))['files']:
            base, ext = os.path.splitext(f)
            print('%s\t%s\t%s' % (d, base, ext[1:]))
PY
while IFS=$'\t' read -r slug base ext; do
  src="$GEN/raw/$slug/$base.xlsx"
  soffice "$PROFILE" --headless --convert-to "$ext" --outdir "$ROOT/$slug" "$src" >/dev/null 2>&1
  test -f "$ROOT/$slug/$base.$ext" || { echo "conversion failed: $src -> $ext"; exit 1; }
  echo "  $slug/$base.$ext"
done < "$GEN/convert.list"
rm -f "$GEN/convert.list"
python3 names.py
cd "$ROOT" && python3 verify.py
