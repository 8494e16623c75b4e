"""BRIDA Kabupaten Sindang Rawa: ONE sheet, four years side by side (2021-2024)."""
import openpyxl
from common import *

FOLDER = "brida"
FILE = "Monitoring Capaian Renstra BRIDA 2021-2024.ods"
SHEET = "Capaian IKU 2021-2024"
YEARS = [2021, 2022, 2023, 2024]
K = Key("Badan Riset dan Inovasi Daerah (BRIDA) Kabupaten Sindang Rawa", FOLDER, YEARS)
K.ambiguous = []

F = lambda: None  # marker: % column as formula
# (id, name, unit, [(target, realisasi, pct) x 4], target akhir 2026, keterangan)
S1 = ("I", "Meningkatnya kualitas dan jumlah inovasi daerah")
S2 = ("II", "Meningkatnya pemanfaatan hasil riset dan kajian dalam perumusan kebijakan daerah")
S3 = ("III", "Meningkatnya kualitas layanan riset dan inovasi")
DATA = [S1,
 ("b01", "Jumlah inovasi daerah yang diterapkan", "inovasi",
  [(45, 52, F), (55, 61, F), (65, 78, F), (75, 84, F)], 95, ""),
 ("b02", "Jumlah inovasi daerah yang diusulkan", "proposal",
  [(80, 96, F), (100, 117, F), (120, 133, F), (1400, 151, F)], 180, "target 2024 sesuai PK"),
 ("b03", "Indeks Inovasi Daerah (IID)", "skor",
  [(40, 42.15, F), (45, 48.62, F), (50, 57.31, 104.62), (55, 61.08, F)], 65, "skor IID Kemendagri"),
 ("b04", "Predikat Inovasi Daerah", "predikat",
  [("Inovatif", "Inovatif", 100), ("Inovatif", "Inovatif", 100),
   ("Sangat Inovatif", "Sangat Inovatif", 100), ("Sangat Inovatif", "Sangat Inovatif", 100)],
  "Sangat Inovatif", "IGA Kemendagri"),
 ("b09", "Jumlah inovasi daerah yang direplikasi OPD/daerah lain", "inovasi",
  [(2, 2, F), (3, 1, F), ("N/A", "N/A", "N/A"), ("N/A", "N/A", "N/A")], 10,
  "tidak diukur lagi sejak 2023"),
 ("b14", "Jumlah inovasi pelayanan publik masuk Top 45 KIPP", "inovasi",
  [(1, 0, F), (1, 1, F), (1, 0, F), (2, 1, F)], 2, ""),
 S2,
 ("b05", "Jumlah kajian/penelitian yang dimanfaatkan sebagai bahan kebijakan", "kajian",
  [(4, 3, F), (5, 5, F), (6, 7, F), (6, 6, F)], 8, ""),
 ("b06", "Jumlah kajian/penelitian yang dilaksanakan", "kajian",
  [(8, 8, F), (10, 9, F), (10, 11, F), (12, 12, F)], 14, ""),
 ("b12", "Jumlah rekomendasi kebijakan yang dihasilkan", "rekomendasi",
  [(10, 12, F), (12, 14, F), (14, 16, F), (15, 15, F)], 18, ""),
 ("b07", "Persentase rekomendasi kebijakan yang ditindaklanjuti", "%",
  [(P(0.6, 60), P(0.625, 62.5), F), (P(0.65, 65), P(0.7143, 71.43), F),
   (P(0.7, 70), P(0.6875, 68.75), F), (P(0.75, 75), P(0.8, 80), F)], P(0.8, 80), ""),
 ("b11", "Jumlah penelitian kerja sama dengan perguruan tinggi", "dokumen",
  [(2, 2, F), (2, 3, F), (3, 3, F), (3, 4, F)], 4, ""),
 ("b08", "Jumlah HKI yang didaftarkan", "HKI",
  [("-", "-", "-"), (3, 2, F), (4, 6, F), (5, 5, F)], 6, "indikator baru 2022"),
 ("b15", "Jumlah HKI yang diterbitkan (sertifikat)", "sertifikat",
  [(1, 1, F), (2, 2, F), (3, 2, F), (3, 4, F)], 4, ""),
 S3,
 ("b10", "Persentase OPD yang melaporkan inovasi ke IID", "%",
  [(70, 73.08, F), (80, 84.62, F), (90, 92.31, F), (100, 100, F)], 100, "jumlah OPD 26"),
 ("b13", "Indeks Kepuasan Masyarakat (IKM) layanan riset", "nilai",
  [(78, 80.12, F), (80, 81.5, F), (82, 81.07, 98.87), (83, 84.9, F)], 85, ""),
 ("b16", "Jumlah edisi Jurnal Litbang Sindang Rawa yang terbit", "edisi",
  [(2, 2, F), (2, 2, F), (2, 2, F), (2, 1, F)], 2, ""),
]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
put(ws, "A1", "TABEL MONITORING CAPAIAN INDIKATOR KINERJA RENSTRA 2021-2026", bold=True, border=False)
put(ws, "A2", "BADAN RISET DAN INOVASI DAERAH (BRIDA) KABUPATEN SINDANG RAWA", bold=True, border=False)
put(ws, "A3", "Capaian Tahun 2021 s.d. 2024", border=False)
merge(ws, "A5:A6", "No")
merge(ws, "B5:B6", "Sasaran / Indikator Kinerja")
merge(ws, "C5:C6", "Satuan")
for i, y in enumerate(YEARS):
    c0 = 4 + 3 * i
    a, b, c = (get_column_letter(c0 + k) for k in range(3))
    merge(ws, f"{a}5:{c}5", f"Tahun {y}")
    put(ws, f"{a}6", "Target", bold=True, align="center")
    put(ws, f"{b}6", "Realisasi", bold=True, align="center")
    put(ws, f"{c}6", "%", bold=True, align="center")
merge(ws, "P5:P6", "Target Akhir Renstra (2026)")
merge(ws, "Q5:Q6", "Keterangan")
for i in range(17):
    put(ws, f"{get_column_letter(i + 1)}7", i + 1, align="center")

r, no = 8, 0
for item in DATA:
    if len(item) == 2:
        put(ws, f"A{r}", item[0], bold=True)
        merge(ws, f"B{r}:Q{r}", item[1], wrap=False)
        r += 1
        continue
    sid, name, unit, per, akhir, ket = item
    no += 1
    put(ws, f"A{r}", no)
    put(ws, f"B{r}", name, wrap=True)
    put(ws, f"C{r}", unit)
    for i, (t, re_, pc) in enumerate(per):
        c0 = 4 + 3 * i
        a, b, c = (get_column_letter(c0 + k) for k in range(3))
        tk = putv(ws, f"{a}{r}", t, "#,##0.##")
        rk = putv(ws, f"{b}{r}", re_, "#,##0.##")
        if pc is F:
            put(ws, f"{c}{r}", f"=ROUND({b}{r}/{a}{r}*100,2)", "0.00")
        else:
            put(ws, f"{c}{r}", pc, "0.00" if isinstance(pc, (int, float)) else None)
        K.add(FILE, SHEET, f"B{r}", YEARS[i], name, sid, tk, rk, f"{a}{r}", f"{b}{r}")
    putv(ws, f"P{r}", akhir, "#,##0.##")
    put(ws, f"Q{r}", ket or None, wrap=True)
    r += 1

signature(ws, r + 2, "M", "Sindang Rawa, 20 Januari 2025", "Kepala Badan Riset dan Inovasi Daerah,",
          "Dr. HENDRA WIRATAMA, S.Si., M.Si.", "Pembina Tk. I (IV/b)", "19780314 200312 1 004")
widths(ws, {"A": 5, "B": 48, "C": 11, "Q": 24})
K.files = [FILE]
wb.save(f"{RAW}/{FOLDER}/{FILE[:-4]}.xlsx")
K.save([[FILE[:-4] + ".xlsx", "ods", FILE]])
print(FOLDER, len(K.rows), "key rows")
