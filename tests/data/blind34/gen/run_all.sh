#!/bin/bash
# Rebuilds every workbook, key.json, then verifies.
set -e
cd "$(dirname "$0")"
G=$(pwd); B=$(cd .. && pwd)
rm -rf raw tmp; mkdir -p raw tmp/lo
python3 gen_kehutanan.py; python3 gen_sdabm.py; python3 gen_hukum.py
LO="soffice -env:UserInstallation=file:///tmp/lo-blind34 --headless"
conv() { # raw-xlsx-name  target-ext  agency  final-name
  src="raw/$1"; ext="$2"; ag="$3"; final="$4"
  rm -rf tmp/lo/*; $LO --convert-to "$ext" --outdir tmp/lo "$src" >/dev/null 2>&1
  base="${1%.xlsx}"; cp "tmp/lo/$base.$ext" "$B/$ag/$final"
}
rm -f "$B"/kehutanan/*.xls* "$B"/kehutanan/*.ods "$B"/sdabm/*.xls* "$B"/sdabm/*.ods "$B"/hukum/*.xls* "$B"/hukum/*.ods
conv "Pengukuran_Kinerja_Dishut_2018.xlsx" xls kehutanan "Pengukuran_Kinerja_Dishut_2018.xls"
conv "RENAKSI DISHUT 2019.xlsx" ods kehutanan "RENAKSI DISHUT 2019.ods"
conv "LKjIP_Dishut_2020-2021.xlsx" xlsx kehutanan "LKjIP_Dishut_2020-2021.xlsx"
conv "E81_Evaluasi_Renja_DSDABM_TW4_2021.xlsx" xlsx sdabm "E81_Evaluasi_Renja_DSDABM_TW4_2021.xlsx"
conv "Realisasi_Bulanan_DSDABM_2022.xlsx" xls sdabm "Realisasi_Bulanan_DSDABM_2022.xls"
conv "Kinerja DSDABM 2023-2024.xlsx" ods sdabm "Kinerja DSDABM 2023-2024.ods"
conv "PK_Bagian_Hukum_2016.xlsx" xlsx hukum "PK_Bagian_Hukum_2016.xlsx"
conv "Renaksi Bag Hukum 2017.xlsx" ods hukum "Renaksi Bag Hukum 2017.ods"
conv "LKjIP_BagHukum_2018_2019.xlsx" xls hukum "LKjIP_BagHukum_2018_2019.xls"
python3 make_docs.py
python3 verify.py
