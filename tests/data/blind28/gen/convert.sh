#!/bin/bash
# Convert gen/_raw/<agency>/<stem>.xlsx to <agency>/<stem>.<ext> with LibreOffice (own profile),
# forcing a recalculation on load so every formula has a cached value.
set -e
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PROF=/tmp/lo-blind28
mkdir -p "$PROF/user"
cat > "$PROF/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
SO="soffice -env:UserInstallation=file://$PROF --headless"
for ag in inspektorat rsud kecamatan; do
  files=$(python3 -c "import json;print(' '.join(json.load(open('$ROOT/$ag/key.json'))['files']))")
  for f in $files; do
    stem="${f%.*}"; ext="${f##*.}"
    case "$ext" in
      xlsx) filt='xlsx:Calc MS Excel 2007 XML';;
      xls)  filt='xls:MS Excel 97';;
      ods)  filt='ods';;
    esac
    rm -f "$ROOT/$ag/$f"
    $SO --convert-to "$filt" --outdir "$ROOT/$ag" "$ROOT/gen/_raw/$ag/$stem.xlsx" >/dev/null 2>&1
    test -f "$ROOT/$ag/$f" || { echo "conversion failed: $ag/$f"; exit 1; }
  done
done
echo converted
