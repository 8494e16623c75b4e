"""print the delivered sheets as a grid (cached values), for eyeballing"""
import os, sys, openpyxl
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from verify import as_xlsx
slug, fname = sys.argv[1], sys.argv[2]
sheets = sys.argv[3:]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
wb = openpyxl.load_workbook(as_xlsx(slug, os.path.join(root, slug), fname), data_only=True)
for ws in wb:
    if sheets and ws.title not in sheets: continue
    print(f"=== {ws.title} [{ws.sheet_state}] {ws.dimensions}")
    hid = [r for r, d in ws.row_dimensions.items() if d.hidden]
    if hid: print("hidden rows", hid)
    for row in ws.iter_rows():
        cells = [f"{c.coordinate}={c.value!r}" + (f"[{c.number_format}]" if c.number_format != 'General' else '') for c in row if c.value is not None]
        if cells: print(" | ".join(cells)[:400])
