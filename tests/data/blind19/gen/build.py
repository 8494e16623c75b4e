#!/usr/bin/env python3
"""Build the blind19 test set: seven quarterly Rencana Aksi workbooks, their keys and README.md.

Usage: python3 gen/build.py      (deterministic; needs openpyxl and LibreOffice `soffice`)
Every workbook is written with openpyxl, then converted by LibreOffice (xlsx->xlsx/xls/ods) so that formula
cells carry cached values.
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import OUT  # noqa: E402
import f1_klaten, f2_madiun, f3_gowa, f4_pekalongan, f5_banyuwangi, f6_sumedang, f7_lotim  # noqa: E402
import readme  # noqa: E402

BUILDERS = [f1_klaten, f2_madiun, f3_gowa, f4_pekalongan, f5_banyuwangi, f6_sumedang, f7_lotim]


def main():
    books = []
    with tempfile.TemporaryDirectory() as tmp:
        for mod in BUILDERS:
            b = mod.build()
            b.save(tmp)
            books.append(b)
            print(f"{b.file}: {len(b.mistakes)} mistakes, {len(b.traps)} traps, {len(b.clean)} clean rows, "
                  f"{len(b.indicators)} indicators")
    readme.write(books, os.path.join(OUT, "README.md"))
    print("README.md written")


if __name__ == "__main__":
    main()
