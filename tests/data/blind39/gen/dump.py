import sys, openpyxl, subprocess, os
p=sys.argv[1]
if not p.endswith('.xlsx'):
    os.makedirs('/tmp/dump',exist_ok=True)
    subprocess.run(["soffice","--headless","--convert-to","xlsx","--outdir","/tmp/dump",p],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
    p='/tmp/dump/'+os.path.splitext(os.path.basename(p))[0]+'.xlsx'
wb=openpyxl.load_workbook(p,data_only=True)
for ws in wb:
    if len(sys.argv)>2 and ws.title not in sys.argv[2:]: continue
    print('=====',ws.title,ws.sheet_state,ws.dimensions)
    for row in ws.iter_rows():
        vals=[f"{c.coordinate}={c.value!r}"+(f"[{c.number_format}]" if c.number_format!='General' and c.value is not None else '') for c in row if c.value is not None]
        if vals: print(' | '.join(vals))
