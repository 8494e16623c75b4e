import sys, openpyxl
p=sys.argv[1]; sheet=sys.argv[2] if len(sys.argv)>2 else None
wb=openpyxl.load_workbook(p,data_only=True)
for ws in wb:
    if sheet and ws.title!=sheet: continue
    print('==',ws.title,ws.sheet_state,ws.dimensions)
    for row in ws.iter_rows():
        vals=[f"{c.coordinate}={c.value!r}{'['+c.number_format+']' if c.number_format!='General' else ''}" for c in row if c.value is not None]
        if vals: print(' | '.join(vals))
