"""print a delivered workbook's visible content, row by row (for a visual check).
usage: python3 dump.py <file> [sheet] [maxrow]"""
import os
import subprocess
import sys

import openpyxl

path = sys.argv[1]
if not path.endswith(".xlsx"):
    out = "/tmp/blind64_dump"
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-blind64", "--headless", "--convert-to",
                    "xlsx", "--outdir", out, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    path = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
wb = openpyxl.load_workbook(path, data_only=True)
sheets = [sys.argv[2]] if len(sys.argv) > 2 and sys.argv[2] != "-" else wb.sheetnames
mx = int(sys.argv[3]) if len(sys.argv) > 3 else 10 ** 6
for sn in sheets:
    ws = wb[sn]
    print("=== %s [%s] %s merges=%d" % (sn, ws.sheet_state, ws.dimensions, len(ws.merged_cells.ranges)))
    for row in ws.iter_rows(max_row=mx):
        cells = [(c.coordinate, c.value, c.number_format) for c in row if c.value is not None]
        if cells:
            hid = " (hidden)" if ws.row_dimensions[row[0].row].hidden else ""
            print("%d%s: " % (row[0].row, hid) + " | ".join(
                "%s=%r%s" % (co, v if not isinstance(v, str) else v[:40], "" if fm == "General" else " {%s}" % fm[:12])
                for co, v, fm in cells))
