"""Makes pk-tanpa-hasil-2023.xlsx: an annual Pengukuran Kinerja table written by openpyxl,
which stores formulas without their results (as web applications' exports do), and
pk-tanpa-hasil-2023-libreoffice.xlsx: the same workbook opened and saved by LibreOffice,
which computed and stored every result. `python3 make.py` (needs openpyxl and soffice)."""
import os
import shutil
import subprocess
import tempfile

import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "PK 2023"
ws.append(["PENGUKURAN KINERJA DINAS KOPERASI DAN UKM KABUPATEN CONTOH TAHUN 2023"])
ws.append([])
ws.append(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori"])
rows = [
    ("Meningkatnya koperasi yang sehat", "Persentase koperasi aktif", "%", 40, 38),
    ("Meningkatnya koperasi yang sehat", "Jumlah koperasi berprestasi", "unit", 120, 130),
    ("Meningkatnya koperasi yang sehat", "Jumlah anggota koperasi", "orang", 24220, 26773),
    ("Meningkatnya daya saing UMKM", "Jumlah UMKM yang dibina", "unit", 95, 98),
    ("Meningkatnya daya saing UMKM", "Jumlah wirausaha baru", "orang", 60, 41),
    ("Meningkatnya daya saing UMKM", "Persentase UMKM naik kelas", "%", 12.5, 11.25),
    ("Meningkatnya daya saing UMKM", "Nilai omzet UMKM binaan", "juta rupiah", 1500, 1725.5),
    ("Meningkatnya daya saing UMKM", "Jumlah pasar yang direvitalisasi", "unit", 10, 9),
]
for i, (s, ind, u, t, r) in enumerate(rows):
    n = 4 + i
    cap = f"=ROUND(F{n}/E{n}*100,2)"
    if i == 4:
        cap = 70.33  # typed, wrong: 41/60*100 = 68.33
    if i == 7:
        cap = f"=F{n}/E{n}*10"  # a formula that is wrong: 9 instead of 90
    if i == 3:
        cap = f"=INDEX(Data!B1:B3,MATCH(C{n},Data!A1:A3,0))"  # rakit does not compute INDEX
    kat = f'=IF(G{n}>90,"Sangat Tinggi",IF(G{n}>75,"Tinggi",IF(G{n}>65,"Sedang",IF(G{n}>50,"Rendah","Sangat Rendah"))))'
    ws.append([i + 1, s, ind, u, t, r, cap, kat])
last = 3 + len(rows)
ws.append([])
ws.append(["", "", "Rata-rata capaian", "", "", "", f"=ROUND(AVERAGE(G4:G{last}),2)", f"=IFERROR(G{last+2}/COUNT(G4:G{last}),0)"])
ws.append(["", "", "Capaian tertinggi - terendah", "", "", "", f"=MAX(G4:G{last})-MIN(G4:G{last})", f'="Jumlah indikator: "&COUNTA(C4:C{last})'])
ws.append(["", "", "Target kumulatif", "", f"=E4", "", f"=IF(AND(E4>0,F4>=0),ROUNDUP(F4/E4*100,1),\"-\")", f"=-2^2+MOD(-7,3)+50%"])
ws.append(["", "", "", "", f"=E{last+4}+E5", "", f"=ROUNDDOWN('Data Ref'!B1*100,2)", f"=IF(ISBLANK(A30),\"kosong\",\"isi\")"])
ws.append(["", "", "", "", f"=E{last+5}+E6", "", f"=SUM(E4:F5,10)/4", f"=NOT(OR(G4>100,G5<100))"])
ws.append(["", "", "", "", f'=SUMIF(D4:D{last},"unit",E4:E{last})', f'=COUNTIF(E4:E{last},">=60")', f'=VLOOKUP("Jumlah wirausaha baru",Data!A1:B3,2,FALSE)', f'=VLOOKUP(C5,C4:E{last},3,0)'])
ws.append([])
ws.append(["Jumlah Anggaran Kegiatan Tahun 2023 : Rp. 2.181.927.300"])
ws.append(["Kepala Dinas"])
data = wb.create_sheet("Data")
data.append(["Jumlah UMKM yang dibina", 103.16])
data.append(["Jumlah wirausaha baru", 68.33])
ref = wb.create_sheet("Data Ref")
ref.append([0.123456])
wb.save("pk-tanpa-hasil-2023.xlsx")

with tempfile.TemporaryDirectory() as d:
    shutil.copy("pk-tanpa-hasil-2023.xlsx", os.path.join(d, "in.xlsx"))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", os.path.join(d, "out"), os.path.join(d, "in.xlsx")],
        check=True,
        capture_output=True,
    )
    shutil.copy(os.path.join(d, "out", "in.xlsx"), "pk-tanpa-hasil-2023-libreoffice.xlsx")
