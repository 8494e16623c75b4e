#!/bin/bash
# Rebuild every workbook, key.json, NAMES.md, then verify.
set -e
cd "$(dirname "$0")"
GEN=$(pwd); ROOT=$(dirname "$GEN")
PROFILE=/tmp/lo-blind26
mkdir -p $PROFILE/user
# make LibreOffice recalculate formulas on load, so that converted files carry cached values
if [ ! -f $PROFILE/user/registrymodifications.xcu ] || ! grep -q OOXMLRecalcMode $PROFILE/user/registrymodifications.xcu; then
cat > $PROFILE/user/registrymodifications.xcu <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
fi
rm -rf _stage
python3 build.py
python3 - <<'PY' > _stage/plan.tsv
import json
for p in json.load(open("_stage/plan.json")):
    print("\t".join([p["folder"], p["stage"], p["ext"], p["file"]]))
PY
while IFS=$'\t' read -r folder stage ext file; do
  case $ext in
    xlsx) filt="xlsx:Calc MS Excel 2007 XML";;
    xls)  filt="xls:MS Excel 97";;
    ods)  filt="ods";;
  esac
  soffice -env:UserInstallation=file://$PROFILE --headless --convert-to "$filt" --outdir "$ROOT/$folder" "_stage/$stage" >/dev/null 2>&1
  test -f "$ROOT/$folder/$file" || { echo "missing $folder/$file"; exit 1; }
  echo "built $folder/$file"
done < _stage/plan.tsv
python3 readme.py
rm -rf _stage
python3 verify.py
