"""Print a delivered workbook (cached values) for a visual check: python3 dump.py <agency>/<file> [sheet]"""
import os
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from verify import to_xlsx  # noqa: E402

path = sys.argv[1]
slug, fn = path.rstrip('/').split('/')[-2:]
wb = openpyxl.load_workbook(to_xlsx(slug, fn), data_only=True)
for ws in wb:
    if len(sys.argv) > 2 and ws.title != sys.argv[2]:
        continue
    print('=== %s [%s] %s merges=%d' % (ws.title, ws.sheet_state, ws.dimensions, len(ws.merged_cells.ranges)))
    for row in ws.iter_rows():
        vals = [(c.coordinate, c.value if '%' not in (c.number_format or '') else '%s [%s]' % (c.value, c.number_format))
                for c in row if c.value is not None]
        if vals:
            hid = ' (hidden)' if ws.row_dimensions[row[0].row].hidden else ''
            print(row[0].row, hid, ' | '.join('%s=%r' % v for v in vals))
