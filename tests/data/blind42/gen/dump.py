#!/usr/bin/env python3
"""dump.py <file> [sheet] [maxrow]: print non-empty cells (cached values) of a delivered workbook."""
import sys, os, subprocess, openpyxl
path = sys.argv[1]
if not path.endswith('.xlsx'):
    out = '/tmp/dump42'; os.makedirs(out, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--calc', '--convert-to', 'xlsx', '--outdir', out, path], check=True, capture_output=True)
    path = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + '.xlsx')
wb = openpyxl.load_workbook(path, data_only=True)
for ws in wb.worksheets:
    if len(sys.argv) > 2 and ws.title != sys.argv[2]:
        print('#', ws.title, ws.sheet_state); continue
    print('=====', ws.title, ws.sheet_state, ws.dimensions)
    mx = int(sys.argv[3]) if len(sys.argv) > 3 else 9999
    for row in ws.iter_rows(max_row=mx):
        cells = [f'{c.coordinate}={c.value!r}' + (f'[{c.number_format}]' if '%' in c.number_format else '') for c in row if c.value is not None]
        if cells: print(' | '.join(cells))
