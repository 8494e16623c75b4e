"""Print the cells of a delivered workbook (converted to xlsx when needed) for eyeballing."""
import os, subprocess, sys, tempfile
from openpyxl import load_workbook
p = sys.argv[1]
sheet = sys.argv[2] if len(sys.argv) > 2 else None
if not p.endswith('.xlsx'):
    td = tempfile.mkdtemp(prefix='b67dump')
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind67', '--headless', '--convert-to', 'xlsx', '--outdir', td, p], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    p = os.path.join(td, os.path.splitext(os.path.basename(p))[0] + '.xlsx')
wb = load_workbook(p, data_only=True)
for ws in wb:
    if sheet and ws.title != sheet: continue
    print('=== sheet', repr(ws.title), ws.sheet_state, ws.dimensions)
    for row in ws.iter_rows():
        cells = [f"{c.coordinate}={c.value!r}" + (f"[{c.number_format}]" if c.number_format != 'General' else '') for c in row if c.value is not None]
        if cells:
            h = ' (HIDDEN)' if ws.row_dimensions[row[0].row].hidden else ''
            print(h + ' | '.join(cells))
