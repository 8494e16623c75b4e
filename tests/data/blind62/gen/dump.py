"""debug helper: print a sheet of a delivered workbook row by row (values as cached)."""
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
names = sys.argv[2:] or wb.sheetnames
for n in names:
    ws = wb[n]
    print("=== sheet", n, ws.sheet_state, ws.dimensions)
    for row in ws.iter_rows():
        cells = [f"{c.coordinate}={c.value!r}" + (f"[{c.number_format}]" if c.number_format != 'General' else '') for c in row if c.value is not None]
        if cells:
            hid = " (hidden)" if ws.row_dimensions[row[0].row].hidden else ""
            print(" | ".join(cells) + hid)
