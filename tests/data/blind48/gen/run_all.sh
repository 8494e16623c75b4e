#!/bin/sh
# rebuilds everything under /work/blind48
set -e
cd /work/blind48/gen
rm -rf raw tmp; mkdir -p raw tmp
for a in uptd_pald_watu_pelangi diskopukm_prov_nusa_kencana bpbd_prov_kalimaya_barat; do rm -f ../$a/*.xls ../$a/*.xlsx ../$a/*.ods; done
python3 gen_iplt.py
python3 gen_diskop.py
python3 gen_bpbd.py
python3 convert.py
python3 make_docs.py
python3 ../verify.py
