#!/bin/bash
# Rebuild every delivered workbook and key.json from scratch.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
GEN=$(pwd); ROOT=$(dirname "$GEN")
PROFILE="-env:UserInstallation=file:///tmp/lo-b38"
rm -rf raw tmp; mkdir -p raw tmp/out
python3 gen_A.py; python3 gen_B.py; python3 gen_C.py
declare -A DIR=( [A]=disperin_tanjung_sarira [B]=rsgm_sukamenanti [C]=bppd_sempadan_raya )
# raw file | agency | delivered name
while read raw ag out; do
  [ -z "$raw" ] && continue
  ext="${out##*.}"
  filt="$ext"; [ "$ext" = xlsx ] && filt='xlsx:Calc MS Excel 2007 XML'; [ "$ext" = xls ] && filt='xls:MS Excel 97'
  soffice $PROFILE --headless --convert-to "$filt" --outdir tmp/out "raw/$raw" >/dev/null 2>&1
  mkdir -p "$ROOT/${DIR[$ag]}"
  mv "tmp/out/${raw%.xlsx}.$ext" "$ROOT/${DIR[$ag]}/$out"
done <<'LIST'
A_pk_2019_2020.xlsx A Disperin_TjSarira_PK_2019-2020.xls
A_renaksi_2021.xlsx A Rencana Aksi Disperin 2021.ods
A_lkjip_2022.xlsx A LKjIP_Disperin_2022.xlsx
B_bulanan_2020.xlsx B RSGM_Sukamenanti_Realisasi_Bulanan_2020.xlsx
B_e81_2021.xlsx B Evaluasi_Renja_RSGM_2021.ods
B_pk_lkjip_2022_2023.xlsx B LKjIP_RSGM_2022_2023.xls
C_pk_2021.xlsx C BPPD_Sempadan_PK_2021.xls
C_capaian_2022.xlsx C BPPD_Capaian_2021-2022.xlsx
C_ra_2023_2024.xlsx C BPPD_RA_2023_dan_2024.ods
LIST
for ag in A B C; do cp "raw/key_$ag.json" "$ROOT/${DIR[$ag]}/key.json"; done
python3 names.py
echo "built."
