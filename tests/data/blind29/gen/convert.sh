#!/bin/bash
# Convert gen/raw/<agency>/<stem>.xlsx (written by openpyxl, no cached values) into the final
# format named in <agency>/key.json, through LibreOffice, which recalculates on load.
set -e
GEN="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$GEN")"
PROF=/tmp/lo-blind29
mkdir -p "$PROF/user"
if ! grep -q OOXMLRecalcMode "$PROF/user/registrymodifications.xcu" 2>/dev/null; then
cat > "$PROF/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
fi
for ag in bpkad setwan disnakkeswan; do
  [ -f "$ROOT/$ag/key.json" ] || continue
  python3 -c "import json,sys;print('\n'.join(json.load(open(sys.argv[1]))['files']))" "$ROOT/$ag/key.json" | while IFS= read -r f; do
    ext="${f##*.}"; stem="${f%.*}"
    case $ext in xls) filt='xls:MS Excel 97';; ods) filt=ods;; xlsx) filt='xlsx:Calc MS Excel 2007 XML';; esac
    rm -f "$ROOT/$ag/$f"
    soffice -env:UserInstallation=file://$PROF --headless --calc --convert-to "$filt" --outdir "$ROOT/$ag" "$GEN/raw/$ag/$stem.xlsx" >/dev/null 2>&1
    [ -f "$ROOT/$ag/$f" ] || { echo "FAILED $ag/$f"; exit 1; }
    echo "made $ag/$f"
  done
done
