"""Print the non-empty cells of a delivered workbook (converted to xlsx when needed), for inspection."""
import sys, os, subprocess, openpyxl
p = sys.argv[1]
sheet = sys.argv[2] if len(sys.argv) > 2 else None
rows = sys.argv[3] if len(sys.argv) > 3 else None
if not p.endswith(".xlsx"):
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp", "dump")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-blind71", "--headless", "--convert-to", "xlsx", "--outdir", out, p], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    p = os.path.join(out, os.path.splitext(os.path.basename(p))[0] + ".xlsx")
wb = openpyxl.load_workbook(p, data_only=True)
for ws in wb:
    if sheet and ws.title != sheet:
        continue
    print("==", ws.title, ws.sheet_state, ws.dimensions)
    lo, hi = (int(x) for x in rows.split("-")) if rows else (1, ws.max_row)
    for r in range(lo, min(hi, ws.max_row) + 1):
        cells = [f"{c.coordinate}={c.value!r}" + (f"[{c.number_format}]" if c.number_format not in ("General",) else "") for c in ws[r] if c.value is not None]
        if cells:
            print(("H " if ws.row_dimensions[r].hidden else "  ") + " | ".join(cells))
