#!/usr/bin/env python3
"""Rebuild every blind18 workbook, its key and gen/meta/*.json (deterministic; needs openpyxl and soffice).

Each workbook is written with openpyxl as .xlsx, then opened and saved by LibreOffice headless in its final
format (.xlsx, .xls or .ods) so that every formula carries a cached value."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import w1_w2, w3_w4, w5_w6, w7

BUILDERS = [w1_w2.w1, w1_w2.w2, w3_w4.w3, w3_w4.w4, w5_w6.w5, w5_w6.w6, w7.w7]

if __name__ == '__main__':
    for fn in BUILDERS:
        b = fn()
        b.save()
        print('built', b.stem + '.' + b.ext, len(b.mistakes), 'mistakes', len(b.traps), 'traps')
    import readme
    readme.main()
    print('README.md written')
