"""Print a delivered workbook sheet row by row (cached values) - a debugging aid."""
import sys, os, subprocess, openpyxl
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import LO_PROFILE
p = sys.argv[1]
if not p.endswith('.xlsx'):
    out = '/tmp/lo-dump69'; os.makedirs(out, exist_ok=True)
    subprocess.run(['soffice', '--headless', LO_PROFILE, '--convert-to', 'xlsx', '--outdir', out, p], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    p = os.path.join(out, os.path.splitext(os.path.basename(p))[0] + '.xlsx')
wb = openpyxl.load_workbook(p, data_only=True)
sheets = sys.argv[2:] or wb.sheetnames
for sn in sheets:
    ws = wb[sn]
    print('=====', sn, ws.sheet_state, ws.dimensions)
    for row in ws.iter_rows():
        vals = [f"{c.coordinate}={c.value!r}" + (f"[{c.number_format}]" if c.number_format != 'General' else '') for c in row if c.value is not None]
        if vals:
            h = ' (HIDDEN)' if ws.row_dimensions[row[0].row].hidden else ''
            print(row[0].row, h, ' | '.join(vals))
