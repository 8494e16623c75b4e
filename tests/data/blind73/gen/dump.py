"""Dump the non-empty cells of a delivered workbook (converted to xlsx when needed), row by row.
usage: python3 dump.py <file> [sheet] [maxrow]"""
import sys, os, subprocess, openpyxl
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from verify import to_xlsx
f = sys.argv[1]
p = to_xlsx(os.path.abspath(f), "_dump")
wb = openpyxl.load_workbook(p, data_only=True)
for ws in wb:
    if len(sys.argv) > 2 and ws.title != sys.argv[2]:
        continue
    print(f"=== {ws.title} [{ws.sheet_state}] {ws.dimensions}")
    mx = int(sys.argv[3]) if len(sys.argv) > 3 else ws.max_row
    for row in ws.iter_rows(max_row=mx):
        cells = [f"{c.coordinate}={c.value!r}" + (f"[{c.number_format}]" if c.number_format not in ("General", "@") and c.value is not None else "")
                 for c in row if c.value is not None]
        if cells:
            h = " (hidden)" if ws.row_dimensions[row[0].row].hidden else ""
            print(" | ".join(cells) + h)
