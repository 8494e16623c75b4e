"""dump.py FILE [SHEET]: print the cells of a delivered workbook (cached values) for a visual check."""
import os, sys, openpyxl
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import convert
p = sys.argv[1]
if not p.endswith('.xlsx'):
    p = convert(p, 'xlsx', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tmp', 'dump'))
wb = openpyxl.load_workbook(p, data_only=True)
for ws in wb:
    if len(sys.argv) > 2 and ws.title != sys.argv[2]:
        continue
    print('=== %s [%s] %s merges=%d' % (ws.title, ws.sheet_state, ws.dimensions, len(ws.merged_cells.ranges)))
    for row in ws.iter_rows():
        vals = ['%s=%r%s' % (c.coordinate, c.value, ('{%s}' % c.number_format) if c.number_format != 'General' else '')
                for c in row if c.value is not None]
        if vals:
            h = ' (hidden)' if ws.row_dimensions[row[0].row].hidden else ''
            print(h + ' | '.join(vals))
