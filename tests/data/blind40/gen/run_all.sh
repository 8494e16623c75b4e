#!/bin/sh
# Rebuild the whole blind40 set (raw workbooks, LibreOffice-saved deliverables, keys, docs) and verify it.
set -e
cd "$(dirname "$0")"
python3 make_all.py
python3 ../verify.py
