"""Makes teks-jadi-nol-2023.xls: an annual PK table whose Realisasi column is a reference to
the quarter column beside it (=H5), number-formatted; two quarters hold texts ("74,2 %", a
grade "BB"). LibreOffice saves a text result of a number-formatted formula in an .xls as the
number 0, although Excel and LibreOffice show the text once they calculate the file.
The capaian column is one formula filled down (shared: calamine gives no text for it).
`python3 make_teks.py` (needs openpyxl and soffice)."""
import shutil
import subprocess
import tempfile

import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "PK 2023"
ws.append(["PENGUKURAN KINERJA DINAS CONTOH TAHUN 2023"])
ws.append([])
ws.append(["No", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV",
           "Realisasi", "Capaian (%)"])
rows = [
    ("Persentase dokumen tepat waktu", "%", 75, 65.2, 67.6, 73.0, "74,2 %"),
    ("Jumlah layanan", "unit", 120, 30, 30, 30, 36),
    ("Predikat SAKIP", "predikat", "BB", "-", "-", "-", "BB"),
]
for i, (name, unit, target, q1, q2, q3, q4) in enumerate(rows):
    r = 4 + i
    # a flow sums its quarters, a level takes the last: the formulas differ from row to row,
    # so LibreOffice stores each on its own (no shared formula)
    year = f"=SUM(E{r}:H{r})" if unit == "unit" else f"=H{r}"
    ws.append([i + 1, name, unit, target, q1, q2, q3, q4, year, f"=IFERROR(I{r}/D{r}*100,\"-\")"])
    ws[f"I{r}"].number_format = "0.00"
with tempfile.TemporaryDirectory() as d:
    wb.save(f"{d}/teks-jadi-nol-2023.xlsx")
    subprocess.run(["soffice", "--headless", "--convert-to", "xls:MS Excel 97", "--outdir", d,
                    f"{d}/teks-jadi-nol-2023.xlsx"], check=True, capture_output=True)
    shutil.copy(f"{d}/teks-jadi-nol-2023.xls", "teks-jadi-nol-2023.xls")
