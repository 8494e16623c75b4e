"""Print a sheet of a delivered workbook (converted back to xlsx in gen/tmp if needed) as a grid."""
import sys, os, openpyxl
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from verify import to_xlsx, TMP
path, sheet = sys.argv[1], sys.argv[2]
rows = sys.argv[3] if len(sys.argv) > 3 else '1:60'
a, b = map(int, rows.split(':'))
p = path if path.endswith('.xlsx') else to_xlsx(path, os.path.join(TMP, 'dump'))
for formulas in (False,):
    wb = openpyxl.load_workbook(p, data_only=True)
ws = wb[sheet]
print('sheets:', [(s.title, s.sheet_state) for s in wb], 'merged:', len(ws.merged_cells.ranges))
print('hidden rows:', [k for k, v in ws.row_dimensions.items() if v.hidden])
for row in ws.iter_rows(min_row=a, max_row=b):
    cells = ['%s=%r%s' % (c.coordinate, c.value, ('[' + c.number_format + ']') if '%' in c.number_format else '')
             for c in row if c.value is not None]
    if cells:
        print(' | '.join(cells))
