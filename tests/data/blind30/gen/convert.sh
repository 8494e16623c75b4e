#!/bin/bash
# Convert raw openpyxl workbooks (gen/raw) into the delivered formats, with LibreOffice
# recalculating every formula on load (profile /tmp/lo-blind30 sets OOXML/ODF recalc = always).
set -e
GEN="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$GEN")"
PROFILE=/tmp/lo-blind30
mkdir -p $PROFILE/user
if [ ! -f $PROFILE/user/registrymodifications.xcu ] || ! grep -q OOXMLRecalcMode $PROFILE/user/registrymodifications.xcu; then
cat > $PROFILE/user/registrymodifications.xcu <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
fi
conv() { # raw-name agency-folder format(xls|ods|xlsx)
  local src="$GEN/raw/$1" out="$ROOT/$2" fmt="$3"
  mkdir -p "$out"
  case $fmt in
    xls) filt='xls:MS Excel 97';;
    ods) filt='ods:calc8';;
    xlsx) filt='xlsx:Calc MS Excel 2007 XML';;
  esac
  soffice -env:UserInstallation=file://$PROFILE --headless --calc --convert-to "$filt" --outdir "$out" "$src" >/dev/null 2>&1
  ls "$out/${1%.xlsx}.$fmt" >/dev/null
}
conv PK_Disbud_2017.xlsx kebudayaan xls
conv RA_Disbud_2018.xlsx kebudayaan xlsx
conv LKjIP_Disbud_2019.xlsx kebudayaan ods
conv Evaluasi_Renja_Disbud_2020_TW4.xlsx kebudayaan xlsx
conv Kinerja_Setda_2021-2024.xlsx setda xlsx
conv PKP_Puskesmas_Tanjung_Harapan_2020.xlsx puskesmas xlsx
conv PK_Puskesmas_2021.xlsx puskesmas xls
conv RA_Puskesmas_TH_2022.xlsx puskesmas ods
conv Capaian_Kinerja_Puskesmas_TH_2023.xlsx puskesmas xls
echo converted
