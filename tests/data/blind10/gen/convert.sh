#!/bin/sh
# Convert the raw openpyxl workbooks (formulas without cached values) into the shipped files with
# LibreOffice, which computes every formula and stores its value.  Run after gen.py.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$HERE")
PROFILE="file:///tmp/lo_blind10_profile_$$"
lo() { soffice -env:UserInstallation="$PROFILE" --headless --convert-to "$1" --outdir "$OUT" "$HERE/raw/$2"; }
lo xlsx lkjip-dinkes-lembahsari-2023.xlsx
lo ods pk-bpkad-tanjungwangi-2024.xlsx
lo 'xls:MS Excel 97' rencana-aksi-dpmptsp-bukitseruni-2023.xlsx
lo xlsx rekap-iku-bappelitbangda-muarakelam-2023.xlsx
lo xlsx iku-dpmd-danauteluk-2024.xlsx
lo xlsx evaluasi-renstra-dlh-pasirmulya-2024.xlsx
rm -rf "/tmp/lo_blind10_profile_$$"
