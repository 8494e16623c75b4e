"""Makes pk-bermakro-2023.xlsm and pk-templat-2023.xltx: a small PK table (one wrong %
at G5) with a comment, a chart, a data validation, a conditional format, frozen panes and
print titles, saved by LibreOffice as a macro-enabled workbook and as a template.
`python3 make.py` (needs openpyxl and soffice)."""
import shutil
import subprocess
import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill, Font
wb=openpyxl.Workbook(); ws=wb.active; ws.title="PK 2023"
ws.append(["PENGUKURAN KINERJA DINAS X TAHUN 2023"]); ws.append([])
ws.append(["No","Sasaran","Indikator Kinerja","Satuan","Target","Realisasi","Capaian (%)"])
rows=[(1,"Meningkatnya A","Persentase desa mandiri","%",40,38,95),(2,"Meningkatnya A","Jumlah koperasi aktif","unit",120,130,180.33),(3,"Meningkatnya B","Jumlah UMKM","unit",95,98,103.16)]
for r in rows: ws.append(list(r))
ws["G5"].comment=Comment("diisi manual","operator")
ws["A1"].font=Font(bold=True,size=14)
ch=BarChart(); ch.add_data(Reference(ws,min_col=7,min_row=3,max_row=6),titles_from_data=True); ws.add_chart(ch,"I3")
dv=DataValidation(type="list",formula1='"%,unit"'); ws.add_data_validation(dv); dv.add("D4:D6")
ws.conditional_formatting.add("G4:G6",CellIsRule(operator="lessThan",formula=["100"],fill=PatternFill("solid",start_color="FFC7CE")))
ws.freeze_panes="A4"
ws.print_title_rows="3:3"
wb.save("/tmp/rakit-pk-kaya.xlsx")
# LibreOffice saves it as a macro workbook (.xlsm) and as a template (.xltx), with every
# cached value
for to, name in [("xlsm:Calc MS Excel 2007 VBA XML", "pk-bermakro-2023.xlsm"),
                 ("xltx:Calc MS Excel 2007 XML Template", "pk-templat-2023.xltx")]:
    subprocess.run(["soffice", "--headless", "--convert-to", to, "--outdir", "/tmp/rakit-lo",
                    "/tmp/rakit-pk-kaya.xlsx"], check=True, capture_output=True)
    shutil.move("/tmp/rakit-lo/rakit-pk-kaya." + name.rsplit(".", 1)[1], name)
