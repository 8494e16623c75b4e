#!/bin/bash
# convert.sh <input file> <xlsx|xls|ods> <outdir>
# LibreOffice headless with a private profile; the profile's registrymodifications.xcu sets
# "recalculate on load: always" so every formula gets a cached value.
set -e
IN="$1"; FMT="$2"; OUT="$3"
PROFILE=/tmp/lo-blind32
mkdir -p "$PROFILE/user" "$OUT"
XCU="$PROFILE/user/registrymodifications.xcu"
if ! grep -q OOXMLRecalcMode "$XCU" 2>/dev/null; then
cat > "$XCU" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
X
fi
case "$FMT" in
  xlsx) FILTER='xlsx:Calc MS Excel 2007 XML' ;;
  xls)  FILTER='xls:MS Excel 97' ;;
  ods)  FILTER='ods:calc8' ;;
  *) echo "unknown format $FMT"; exit 2 ;;
esac
soffice -env:UserInstallation=file://$PROFILE --headless --norestore --convert-to "$FILTER" --outdir "$OUT" "$IN" >/dev/null 2>&1
test -s "$OUT/$(basename "${IN%.*}").$FMT"
