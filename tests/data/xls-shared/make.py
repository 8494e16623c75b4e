"""Makes pk-rumus-bersama-2023.xls: an annual PK table whose % column is one formula filled
down (=F4/E4*100 ...) with one typed wrong value (G6 = 88), saved by LibreOffice as .xls,
which stores a filled-down formula as a shared formula (SHRFMLA) that calamine gives no text
for. `python3 make.py` (needs openpyxl and soffice)."""
import shutil
import subprocess
import tempfile

import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "PK 2023"
ws.append(["PENGUKURAN KINERJA DINAS CONTOH TAHUN 2023"])
ws.append([])
ws.append(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"])
for i in range(8):
    r = 4 + i
    ws.append([i + 1, "Meningkatnya layanan", f"Jumlah layanan jenis {i + 1}", "unit",
               100 + i, 95 + 2 * i, f"=F{r}/E{r}*100"])
ws["G6"] = 88.0
with tempfile.TemporaryDirectory() as d:
    wb.save(f"{d}/pk-rumus-bersama-2023.xlsx")
    subprocess.run(["soffice", "--headless", "--convert-to", "xls:MS Excel 97", "--outdir", d,
                    f"{d}/pk-rumus-bersama-2023.xlsx"], check=True, capture_output=True)
    shutil.copy(f"{d}/pk-rumus-bersama-2023.xls", "pk-rumus-bersama-2023.xls")
