"""Agency C: Badan Pengelola Perbatasan Daerah Provinsi Sempadan Raya, 2021-2024 (3 files)."""
import os, sys
import openpyxl
from openpyxl.styles import Alignment, Font
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

AG = "Badan Pengelola Perbatasan Daerah Provinsi Sempadan Raya"
F1, F2, F3 = "BPPD_Sempadan_PK_2021.xls", "BPPD_Capaian_2021-2022.xlsx", "BPPD_RA_2023_dan_2024.ods"
R1, R2, R3 = "C_pk_2021.xlsx", "C_capaian_2022.xlsx", "C_ra_2023_2024.xlsx"
key = Key(AG, [2021, 2022, 2023, 2024], [F1, F2, F3], [["C03", "C03b"]])
Y = [2021, 2022, 2023, 2024]
def d(*a):
    return {y: v for y, v in zip(Y, a) if v != "x"}

# id: sasaran, unit, pol, names, T, R     ("x" = absent that year)
IND = {
 "C01": (1, "%", "+", d("Persentase desa perbatasan berstatus Desa Mandiri", "Prosentase Desa Mandiri di Kawasan Perbatasan", "1. Persentase desa mandiri di wilayah perbatasan", "% Desa Perbatasan Berstatus Mandiri"), d(12, 15, 18, 21), d(11.8, 15.63, 18.75, 22.4)),
 "C02": (1, "desa", "+", d("Jumlah desa perbatasan berstatus Desa Mandiri", "Jumlah Desa Mandiri di Kawasan Perbatasan", "2. Jumlah desa mandiri di wilayah perbatasan", "Jumlah Desa Perbatasan Berstatus Mandiri"), d(17, 22, 26, 30), d(17, 22, 27, 32)),
 "C03": (1, "indeks", "+", d("Indeks Pembangunan Desa (IPD) kawasan perbatasan", "Rata-rata Indeks Pembangunan Desa Kawasan Perbatasan", "x", "x"), d(58.5, 60, "x", "x"), d(58.92, 60.41, "x", "x")),
 "C03b": (1, "indeks", "+", d("x", "x", "3. Rata-rata Indeks Desa Membangun (IDM) desa perbatasan", "Rata - rata IDM Desa Perbatasan"), d("x", "x", 0.62, 0.64), d("x", "x", 0.6318, 0.6452)),
 "C04": (2, "lokasi", "+", d("Jumlah PLBN yang difasilitasi sarana dan prasarana", "Jumlah Pos Lintas Batas Negara (PLBN) yang difasilitasi Sarpras", "4. Jumlah PLBN difasilitasi sarpras", "Jumlah PLBN yang difasilitasi sarana prasarana pendukung"), d(3, 3, 4, 4), d(3, 3, 4, 4)),
 "C05": (2, "%", "+", d("Persentase infrastruktur dasar kawasan perbatasan dalam kondisi baik", "Persentase Infrastruktur Dasar Perbatasan Kondisi Baik", "5. Prosentase infrastruktur dasar kawasan perbatasan kondisi baik", "Persentase Infrastruktur Dasar Kawasan Perbatasan dalam Kondisi Baik"), d(55, 58, 62, 65), d(54.2, 58.9, 61.35, 66.1)),
 "C06": (2, "km", "+", d("Panjang jalan paralel perbatasan yang ditangani", "Panjang Jalan Paralel Perbatasan yang Ditangani (km)", "6. Panjang jalan paralel perbatasan yg ditangani", "Panjang Jalan Paralel Perbatasan Tertangani"), d(42, 45, 450, 50), d(40.5, 46.2, 48.9, 51.3)),
 "C08": (2, "%", "+", d("Rasio elektrifikasi desa perbatasan", "Rasio Elektrifikasi Desa-Desa Perbatasan", "8. Rasio elektrifikasi desa perbatasan", "Persentase rumah tangga berlistrik di desa perbatasan (rasio elektrifikasi)"), d(78, 82, 86, 90), d(79.4, 81.7, 86.6, 89.2)),
 "C19": (2, "%", "+", d("x", "x", "19. Persentase desa perbatasan yang terlayani sinyal 4G", "Persentase Desa Perbatasan Terlayani Jaringan 4G"), d("x", "x", 60, 70), d("x", "x", 63.9, 71.5)),
 "C20": (2, "desa", "+", d("x", "x", "x", "Jumlah Desa Perbatasan Terlayani Jaringan 4G"), d("x", "x", "x", 100), d("x", "x", "x", 103)),
 "C07": (3, "kecamatan", "+", d("Jumlah kecamatan lokasi prioritas (Lokpri) yang ditangani", "Jumlah Kecamatan Lokpri yang Ditangani", "7. Jumlah kecamatan lokpri yang ditangani", "Jumlah Kecamatan Lokasi Prioritas Perbatasan yang Ditangani"), d(15, 15, 15, 15), d(15, 15, 14, 15)),
 "C09": (3, "kasus", "-", d("Jumlah kasus pelintas batas ilegal", "Jumlah Kasus Pelintas Batas Ilegal", "9. Jumlah kasus pelintas batas illegal", "Jumlah Kasus Pelintas Batas Tidak Resmi (Ilegal)"), d(120, 110, 100, 90), d(134, 98, 87, 95)),
 "C10": (3, "patok", "+", d("Jumlah patok batas negara yang diinventarisasi", "Jumlah Patok Batas Negara yang Diinventarisasi dan Dipelihara", "10. Jumlah patok batas yang diinventarisir", "Jumlah Patok Batas Negara Terinventarisasi"), d(1850, 1900, 1950, 2000), d(1850, 1912, 1960, 2004)),
 "C11": (3, "dokumen", "+", d("Jumlah dokumen kerja sama Sosek Malindo yang ditindaklanjuti", "Jumlah Dokumen Kerja Sama Perbatasan (Sosek Malindo) yang Ditindaklanjuti", "11. Jumlah dokumen kerjasama perbatasan ditindaklanjuti", "Jumlah Dokumen Kerja Sama Lintas Batas yang Ditindaklanjuti"), d(4, 5, 5, 6), d(4, 5, 3, 6)),
 "C12": (4, "%", "-", d("Persentase penduduk miskin di kecamatan perbatasan", "Persentase Penduduk Miskin Kecamatan Perbatasan", "12. Persentase penduduk miskin di kec. perbatasan", "Persentase Penduduk Miskin di Kecamatan Perbatasan"), d(14.5, 14, 13.5, 13), d(14.82, 13.96, 13.41, 12.87)),
 "C13": (4, "%", "-", d("x", "Persentase Penduduk Miskin Ekstrem Kecamatan Perbatasan", "13. Persentase penduduk miskin ekstrem di kec. perbatasan", "Persentase Penduduk Miskin Ekstrem di Kecamatan Perbatasan"), d("x", 3.5, 2.5, 1.5), d("x", 3.21, 2.64, 1.38)),
 "C14": (4, "Rp miliar", "+", d("Nilai transaksi perdagangan lintas batas", "Nilai Transaksi Perdagangan Lintas Batas (Rp Miliar)", "14. Nilai transaksi perdagangan lintas batas negara", "Nilai Perdagangan Lintas Batas"), d(210, 230, 250, 270), d(196.4, 244.8, 262.15, 281.9)),
 "C15": (4, "pelaku usaha", "+", d("Jumlah pelaku usaha kawasan perbatasan yang difasilitasi", "Jumlah Pelaku Usaha Perbatasan yang Difasilitasi", "15. Jumlah pelaku usaha di kawasan perbatasan yg difasilitasi", "Jumlah Pelaku Usaha Kawasan Perbatasan yang Difasilitasi"), d(150, 175, 200, 200), d(162, 171, 214, None)),
 "C16": (5, "%", "+", d("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", "Persentase Tindak Lanjut Rekomendasi Hasil Pengawasan", "16. Prosentase rekomendasi pengawasan yang ditindaklanjuti", "Persentase Rekomendasi Hasil Pemeriksaan yang Ditindaklanjuti"), d(90, 100, 100, 100), d(92.5, 100, 95.24, 100)),
 "C17": (5, "nilai", "+", d("Nilai AKIP Badan Pengelola Perbatasan", "Nilai AKIP BPPD", "17. Nilai SAKIP", "Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP) BPPD"), d(None, 62, 65, 67), d(None, 63.4, 65.8, 70.02)),
 "C18": (5, "dokumen", "+", d("Tersedianya dokumen rencana aksi pengelolaan perbatasan", "Jumlah Dokumen Rencana Aksi Pengelolaan Perbatasan", "18. Jumlah dokumen rencana aksi pengelolaan perbatasan", "x"), d(1, 1, 1, "x"), d(1, 1, 1, "x")),
}
ORDER = ["C01", "C02", "C03", "C03b", "C04", "C05", "C06", "C08", "C19", "C20", "C07", "C09", "C10", "C11", "C12", "C13", "C14", "C15", "C16", "C17", "C18"]
SAS = {1: "Meningkatnya kemandirian desa di kawasan perbatasan", 2: "Meningkatnya ketersediaan infrastruktur kawasan perbatasan",
       3: "Meningkatnya keamanan dan pengelolaan batas wilayah negara", 4: "Meningkatnya kesejahteraan masyarakat perbatasan",
       5: "Meningkatnya akuntabilitas kinerja Badan"}
def rows_for(y):
    return [i for i in ORDER if y in IND[i][3]]
def title(ws, lines, span):
    for k, t in enumerate(lines):
        ws.merge_cells(f"A{k+1}:{span}{k+1}")
        c = ws[f"A{k+1}"]; c.value = t; c.font = Font(bold=True, size=12); c.alignment = Alignment(horizontal='center')
def cap(t, r, pol):
    return round(((2 * t - r) / t if pol == "-" else r / t) * 100, 2)

# ---------------------------------------------------------------- file 1: IKU 2021 (text values, formulasi column)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IKU 2021"
title(ws, ["PEMERINTAH PROVINSI SEMPADAN RAYA", "BADAN PENGELOLA PERBATASAN DAERAH", "PENGUKURAN KINERJA TAHUN 2021"], "I")
for k, t in enumerate(["Kode", "Sasaran Strategis", "Indikator Kinerja Utama", "Formulasi Perhitungan", "Sumber Data", "Target", "Realisasi", "Capaian (%)", "Kategori"]):
    put(ws, f"{get_column_letter(k+1)}5", t, True, CENTER, fill=GREY)
    put(ws, f"{get_column_letter(k+1)}6", f"({'abcdefghi'[k]})", False, CENTER, fill=GREY)
TX21 = {"C10": ("1.850 Patok", "1.850 Patok"), "C16": ("90-100 %", "92,5 %"), "C12": ("≤ 14,5 %", "14,82 %"), "C05": ("55 %", "54,2"),
        "C14": ("Rp 210 M", "Rp 196,4 M"), "C17": ("B", "B"), "C07": ("15 Kec.", "15 Kec."), "C03": (58.5, 58.92), "C04": (3, 3), "C18": ("1 Dok", "1 Dok")}
SRC = {1: "Kemendes PDTT / DPMD", 2: "Bidang Infrastruktur Kawasan", 3: "Bidang Pengelolaan Batas Wilayah", 4: "BPS Prov. Sempadan Raya", 5: "Inspektorat / Sekretariat"}
def kat(c):
    return "Sangat Tinggi" if c >= 91 else "Tinggi" if c >= 76 else "Sedang" if c >= 66 else "Rendah" if c >= 51 else "Sangat Rendah"
r = 7; no = 0
for s in range(1, 6):
    ids = [i for i in rows_for(2021) if IND[i][0] == s]
    merge(ws, f"B{r}:B{r+len(ids)-1}", SAS[s], align=WRAP)
    for iid in ids:
        _, unit, pol, names, T, R = IND[iid]; no += 1
        put(ws, f"A{r}", f"IKU.{no:02d}", align=CENTER); put(ws, f"C{r}", names[2021], align=WRAP)
        put(ws, f"D{r}", ("(jumlah yang memenuhi / jumlah seluruh) x 100%" if unit == "%" else f"Jumlah {unit} pada akhir tahun") if iid != "C09" else "Jumlah kasus yang tercatat (semakin kecil semakin baik)", align=WRAP)
        put(ws, f"E{r}", SRC[s], align=WRAP)
        if iid in TX21:
            tv, rv = TX21[iid]
        elif unit == "%":
            tv, rv = f"{idn(T[2021])} %", f"{idn(R[2021])} %"
        else:
            tv, rv = f"{idn(T[2021])} {unit}", f"{idn(R[2021])} {unit}"
        put(ws, f"F{r}", tv, align=CENTER); put(ws, f"G{r}", rv, align=CENTER)
        if iid == "C17":
            put(ws, f"H{r}", 100); put(ws, f"I{r}", "Sangat Tinggi")
        elif isinstance(tv, (int, float)):
            put(ws, f"H{r}", f"=ROUND(G{r}/F{r}*100,2)"); put(ws, f"I{r}", kat(cap(T[2021], R[2021], pol)))
        else:
            c = round(R[2021] / T[2021] * 100, 2) if iid == "C09" else cap(T[2021], R[2021], pol)   # MISTAKE C-3 (C09)
            if iid == "C12": c = 97.79   # typed as if the negative formula was T/R x 100
            put(ws, f"H{r}", c); put(ws, f"I{r}", kat(c))
        key.add(F1, "IKU 2021", r, 2021, names[2021], iid, T[2021], R[2021])
        r += 1
r += 1
ws[f"C{r}"] = "Jumlah Anggaran : Rp. 18.455.120.000     Realisasi : Rp. 16.902.774.315 (91,59 %)"
signature(ws, r + 2, 7, ["Tanjung Batas, 31 Desember 2021", "Kepala Badan Pengelola Perbatasan Daerah", "Provinsi Sempadan Raya,", "", "", "Drs. YOHANES LAKA MBULU, M.Si", "Pembina Utama Madya", "NIP. 19660921 199203 1 007"])
widths(ws, {"A": 9, "B": 28, "C": 44, "D": 30, "E": 20, "F": 12, "G": 12, "H": 11, "I": 13})
lk = wb.create_sheet("Lookup")
for k, t in enumerate(["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"]):
    lk.cell(k + 1, 1, t); lk.cell(k + 1, 2, [91, 76, 66, 51, 0][k])
lk.sheet_state = "hidden"
wb.save(os.path.join(RAW, R1))

# ---------------------------------------------------------------- file 2: 2022 with 2021 side by side
PREV = {iid: IND[iid][5].get(2021) for iid in ORDER}
PREV["C03"] = 58.97; PREV["C14"] = 198.1          # revised 2021 figures (differ from file 1)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Capaian 2022"
title(ws, ["CAPAIAN KINERJA BADAN PENGELOLA PERBATASAN DAERAH PROVINSI SEMPADAN RAYA", "TAHUN 2022 (DIBANDINGKAN DENGAN TAHUN 2021)"], "K")
merge(ws, "A4:A5", "No", True, fill=GREY); merge(ws, "B4:B5", "Indikator Kinerja", True, fill=GREY); merge(ws, "C4:C5", "Satuan", True, fill=GREY)
merge(ws, "D4:F4", "Tahun 2021", True, fill=GREY); merge(ws, "G4:I4", "Tahun 2022", True, fill=GREY)
for c, t in zip("DEFGHI", ["Target", "Realisasi", "%"] * 2):
    put(ws, f"{c}5", t, True, CENTER, fill=GREY)
merge(ws, "J4:J5", "Sifat", True, fill=GREY); merge(ws, "K4:K5", "Keterangan", True, fill=GREY)
ROM = ["I", "II", "III", "IV", "V"]
r = 6; no = 0; first = None
for s in range(1, 6):
    merge(ws, f"A{r}:K{r}", f"{ROM[s-1]}. {SAS[s]}", True, Alignment(horizontal='left'), fill=GREY); r += 1
    for iid in [i for i in rows_for(2022) if IND[i][0] == s]:
        _, unit, pol, names, T, R = IND[iid]; no += 1
        first = first or r
        frac = iid in ("C01", "C08"); fmt = "0.00%" if frac else None
        put(ws, f"A{r}", no, align=CENTER); put(ws, f"B{r}", names[2022], align=WRAP); put(ws, f"C{r}", unit, align=CENTER)
        t1, r1 = IND[iid][4].get(2021, "-"), PREV.get(iid)
        if iid == "C17": t1, r1 = "B", "B"
        if r1 is None: r1 = "-"
        for c, v in (("D", t1), ("E", r1)):
            put(ws, f"{c}{r}", v / 100 if (frac and isinstance(v, (int, float))) else v, fmt=fmt if isinstance(v, (int, float)) else None, align=CENTER)
        put(ws, f"G{r}", T[2022] / 100 if frac else T[2022], fmt=fmt, align=CENTER)
        put(ws, f"H{r}", R[2022] / 100 if frac else R[2022], fmt=fmt, align=CENTER)
        if iid in ("C13", "C17"): put(ws, f"F{r}", "-")
        elif pol == "-": put(ws, f"F{r}", f"=ROUND((2*D{r}-E{r})/D{r}*100,2)")
        else: put(ws, f"F{r}", f"=ROUND(E{r}/D{r}*100,2)")
        if iid == "C05": put(ws, f"I{r}", f"=ROUND(E{r}/D{r}*100,2)")               # MISTAKE C-5: 2022 % reads the 2021 columns
        elif iid == "C02": put(ws, f"I{r}", 100)                                   # MISTAKE C-6: constant over formula (right)
        elif pol == "-": put(ws, f"I{r}", f"=ROUND((2*G{r}-H{r})/G{r}*100,2)")
        else: put(ws, f"I{r}", f"=ROUND(H{r}/G{r}*100,2)")
        put(ws, f"J{r}", "Negatif" if pol == "-" else "Positif", align=CENTER)
        put(ws, f"K{r}", {"C03": "angka 2021 dimutakhirkan", "C14": "angka 2021 revisi BPS", "C13": "indikator baru 2022 (Inpres 4/2022)"}.get(iid))
        key.add(F2, "Capaian 2022", r, 2022, names[2022], iid, T[2022], R[2022])
        r += 1
last = r - 1
r += 1
signature(ws, r, 8, ["Tanjung Batas, 30 Desember 2022", "Kepala Badan,", "", "", "Drs. YOHANES LAKA MBULU, M.Si", "NIP. 19660921 199203 1 007"])
widths(ws, {"A": 5, "B": 52, "C": 11, "J": 9, "K": 28})
dr = wb.create_sheet("Draft_2022")
dr["A1"] = "DRAFT - target usulan 2022 sebelum PK ditandatangani"
for k, iid in enumerate(["C01", "C02", "C05", "C06", "C09", "C14"]):
    dr.cell(k + 3, 1, IND[iid][3][2022]); dr.cell(k + 3, 2, {"C01": 16, "C02": 23, "C05": 60, "C06": 55, "C09": 105, "C14": 240}[iid])
dr.sheet_state = "hidden"
rk = wb.create_sheet("Rekap")
rk["A1"] = "Rekap capaian 2022"; rk["A2"] = "Rata-rata capaian 2022"; rk["B2"] = f"=ROUND(AVERAGE('Capaian 2022'!I{first}:I{last}),2)"
rk["A3"] = "Rata-rata capaian 2021"; rk["B3"] = f"=ROUND(AVERAGE('Capaian 2022'!F{first}:F{last}),2)"
rk["A4"] = "Jumlah IKU >= 100%"; rk["B4"] = f"=COUNTIF('Capaian 2022'!I{first}:I{last},\">=100\")"
rk["A5"] = "Predikat"; rk["B5"] = '=IF(B2>90,"Sangat Tinggi",IF(B2>75,"Tinggi","Sedang"))'
wb.save(os.path.join(RAW, R2))

# ---------------------------------------------------------------- file 3: Renaksi 2023 (quarters) + Semester 2024
Q23 = {
 "C01": ([0.15, 0.16, 0.17, 0.18], [0.1528, 0.1597, 0.1736, 0.1875], "LAST"), "C02": ([22, 23, 25, 26], [22, 23, 25, 27], "LAST"),
 "C03b": (["-", "-", "-", 0.62], ["-", "-", "-", 0.6318], "LAST"), "C04": ([4, 4, 4, 4], [3, 4, 4, 4], "LAST"),
 "C05": ([0.59, 0.60, 0.61, 0.62], [0.589, 0.5955, 0.6049, 0.6135], "LAST"), "C06": ([112.5, 112.5, 112.5, 112.5], ["-", 12.4, 18.3, 18.2], "SUM"),
 "C08": ([83, 84, 85, 86], [82.4, 83.9, 85.1, 86.6], "LAST"), "C19": ([50, 53, 56, 60], [51.2, 55.6, 59.8, 63.9], "LAST"),
 "C07": ([15, 15, 15, 15], [15, 15, 14, 14], "LAST"), "C09": ([25, 25, 25, 25], [20, 25, 22, 20], "SUM"),
 "C10": ([1912, 1925, 1940, 1950], [1912, 1930, 1945, 1960], "LAST"), "C11": ([1, 1, 2, 1], [0, 1, 1, 1], "SUM"),
 "C12": (["-", "-", 13.5, "-"], ["-", "-", 13.41, "-"], "LAST"), "C13": (["-", "-", 2.5, "-"], ["-", "-", 2.64, "-"], "LAST"),
 "C14": ([60, 60, 65, 65], [55.3, 63.85, 70.2, 72.8], "SUM"), "C15": ([50, 50, 50, 50], [40, 52, 60, 62], "SUM"),
 "C16": ([100, 100, 100, 100], [100, 90, 95, 95.24], "LAST"), "C17": (["-", "-", "-", 65], ["-", "-", "-", 65.8], "LAST"),
 "C18": (["-", "-", 1, "-"], ["-", "-", 1, "-"], "SUM"),
}
FRAC23 = {"C01", "C05"}
for iid, (qt, qr, mode) in Q23.items():
    nums = [x for x in qr if isinstance(x, (int, float))]
    v = nums[-1] if mode == "LAST" else sum(nums)
    if iid in FRAC23: v *= 100
    assert abs(v - IND[iid][5][2023]) < 1e-6, (iid, v)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Renaksi 2023"
title(ws, ["RENCANA AKSI DAN REALISASI KINERJA TRIWULANAN TAHUN 2023", "BADAN PENGELOLA PERBATASAN DAERAH PROVINSI SEMPADAN RAYA"], "N")
merge(ws, "A4:A5", "No", True, fill=GREY); merge(ws, "B4:B5", "Indikator Kinerja", True, fill=GREY); merge(ws, "C4:C5", "Satuan", True, fill=GREY)
merge(ws, "D4:D5", "Target Tahunan", True, fill=GREY); merge(ws, "E4:H4", "Target Triwulan", True, fill=GREY); merge(ws, "I4:L4", "Realisasi Triwulan", True, fill=GREY)
for k, c in enumerate("EFGHIJKL"):
    put(ws, f"{c}5", ["I", "II", "III", "IV"][k % 4], True, CENTER, fill=GREY)
merge(ws, "M4:M5", "Capaian s/d TW IV (%)", True, fill=GREY); merge(ws, "N4:N5", "Keterangan", True, fill=GREY)
r = 6
for s in range(1, 6):
    merge(ws, f"B{r}:N{r}", f"SS {s}. {SAS[s]}", True, Alignment(horizontal='left')); put(ws, f"A{r}", None); r += 1
    for iid in [i for i in rows_for(2023) if IND[i][0] == s]:
        _, unit, pol, names, T, R = IND[iid]
        qt, qr, mode = Q23[iid]; frac = iid in FRAC23; fmt = "0.00%" if frac else None
        put(ws, f"A{r}", None); put(ws, f"B{r}", names[2023], align=WRAP); put(ws, f"C{r}", unit, align=CENTER)
        put(ws, f"D{r}", T[2023] / 100 if frac else T[2023], fmt=fmt, align=CENTER)      # C06: 450 typed (10x)
        for k in range(4):
            put(ws, f"{'EFGH'[k]}{r}", qt[k], fmt=fmt if qt[k] != "-" else None, align=CENTER)
            put(ws, f"{'IJKL'[k]}{r}", qr[k], fmt=fmt if qr[k] != "-" else None, align=CENTER)
        if mode == "SUM" and pol == "-": put(ws, f"M{r}", f"=ROUND((2*D{r}-SUM(I{r}:L{r}))/D{r}*100,2)")
        elif mode == "SUM": put(ws, f"M{r}", f"=ROUND(SUM(I{r}:L{r})/D{r}*100,2)")
        elif iid in ("C12", "C13"): put(ws, f"M{r}", f"=ROUND(K{r}/D{r}*100,2)")        # MISTAKE C-9: negative, positive formula, TW III
        elif iid == "C03b": put(ws, f"M{r}", 101.9)                                      # constant (right)
        elif iid == "C17": put(ws, f"M{r}", f"=ROUND(L{r}/D{r}*100,2)")
        else: put(ws, f"M{r}", f"=ROUND(L{r}/D{r}*100,2)")
        put(ws, f"N{r}", {"C06": "TW I belum ada kontrak", "C12": "data BPS Maret (rilis Juli)", "C13": "data BPS Maret", "C18": "Pergub ditetapkan TW III"}.get(iid))
        key.add(F3, "Renaksi 2023", r, 2023, names[2023], iid, T[2023], R[2023])
        r += 1
r += 1
signature(ws, r, 10, ["Tanjung Batas, 12 Januari 2024", "Kepala Badan,", "", "", "Ir. MARTHEN LUTHER NDOEN, M.T.", "NIP. 19710505 199803 1 012"])
widths(ws, {"A": 4, "B": 52, "C": 11, "D": 10, "M": 12, "N": 26})

ws = wb.create_sheet("Semester 2024")
title(ws, ["PENGUKURAN KINERJA TAHUN 2023", "Badan Pengelola Perbatasan Daerah Prov. Sempadan Raya"], "J")   # MISTAKE C-10: wrong year
for k, t in enumerate(["No", "Sasaran", "Indikator", "Satuan", "Target 2024", "Realisasi Smt I", "Realisasi Smt II", "Realisasi 2024", "Capaian (%)", "Catatan"]):
    put(ws, f"{get_column_letter(k+1)}4", t, True, CENTER, fill=GREY)
SMT = {"C02": (28, 32), "C10": (1978, 2004), "C06": (20.4, 30.9), "C09": (41, 54), "C11": (2, 4), "C14": (130.5, 151.4), "C20": (88, 103)}
r = 5; no = 0
for s in range(1, 6):
    ids = [i for i in rows_for(2024) if IND[i][0] == s]
    dup = s == 3
    n = len(ids) + (1 if dup else 0)
    merge(ws, f"B{r}:B{r+n-1}", SAS[s], align=WRAP)
    items = ids[:2] + (["C07"] if dup else []) + ids[2:] if dup else ids
    seen = set()
    for iid in items:
        _, unit, pol, names, T, R = IND[iid]
        isdup = iid in seen; seen.add(iid)
        if not isdup: no += 1
        put(ws, f"A{r}", no, align=CENTER); put(ws, f"C{r}", names[2024], align=WRAP); put(ws, f"D{r}", unit, align=CENTER)
        put(ws, f"E{r}", T[2024], align=CENTER)
        s1, s2 = SMT.get(iid, (R[2024], R[2024]) if R[2024] is not None else ("-", "-"))
        if iid == "C15": s1, s2 = 96, "-"
        put(ws, f"F{r}", s1, align=CENTER); put(ws, f"G{r}", s2, align=CENTER)
        hv = R[2024]
        if iid == "C04": hv = "4 Lokasi"
        if iid == "C15": hv = "-"
        if iid == "C01": s1 = 19.6; put(ws, f"F{r}", s1, align=CENTER)
        put(ws, f"H{r}", hv, align=CENTER)
        if iid == "C15": put(ws, f"I{r}", "-")
        elif iid == "C04": put(ws, f"I{r}", 100)
        elif pol == "-": put(ws, f"I{r}", f"=ROUND((2*E{r}-H{r})/E{r}*100,2)")
        else: put(ws, f"I{r}", f"=ROUND(H{r}/E{r}*100,2)")
        put(ws, f"J{r}", {"C15": "Smt II belum dilaporkan bidang", "C20": "data Diskominfo", "C03b": "IDM 2024 Kemendes"}.get(iid))
        if not isdup:
            key.add(F3, "Semester 2024", r, 2024, names[2024], iid, T[2024], R[2024])
        r += 1
r += 1
signature(ws, r, 7, ["Tanjung Batas, 31 Desember 2024", "Kepala Badan,", "", "", "Ir. MARTHEN LUTHER NDOEN, M.T.", "NIP. 19710505 199803 1 012"])
widths(ws, {"A": 4, "B": 26, "C": 50, "D": 11, "E": 10, "F": 10, "G": 10, "H": 11, "I": 10, "J": 28})
ct = wb.create_sheet("Catatan")
ct["A1"] = "Catatan: realisasi semester II 2024 bidang ekonomi menyusul."
ct["A2"] = "Triwulan: indikator kumulatif diisi posisi akhir triwulan; jalan, kasus, dokumen, transaksi dan pelaku usaha diisi per triwulan."
wb.save(os.path.join(RAW, R3))
key.save(os.path.join(RAW, "key_C.json"))
print("C rows:", len(key.d["rows"]))
