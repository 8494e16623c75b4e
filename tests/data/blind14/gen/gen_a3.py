"""Agency 3: Dinas Kesehatan Kota Kupang, one workbook: cover, hidden helper, one sheet per year."""
from openpyxl import Workbook
from common import *

FOLDER = "a3-dinkes-kupang"
S = {1: "Meningkatnya derajat kesehatan masyarakat",
     2: "Meningkatnya mutu dan akses pelayanan kesehatan",
     3: "Meningkatnya akuntabilitas kinerja Perangkat Daerah"}

def I(id, sas, unit, base, names, neg=False, txtunit=None):
    return {"id": id, "sas": sas, "unit": unit, "base": base, "neg": neg, "txtunit": txtunit or unit,
            "names": dict(zip(YEARS, names)) if isinstance(names, list) else names}

INDS = [
    I("aki", 1, "per 100.000 KH", (98, -4, "int"), ["Angka Kematian Ibu (AKI) per 100.000 kelahiran hidup", "Angka Kematian Ibu", "AKI per 100.000 KH", "Angka Kematian Ibu per 100.000 Kelahiran Hidup"], neg=True),
    I("akb", 1, "per 1.000 KH", (8.2, -0.3, "dec"), ["Angka Kematian Bayi (AKB) per 1.000 kelahiran hidup", "Angka Kematian Bayi", "AKB per 1.000 KH", "Angka Kematian Bayi per 1.000 Kelahiran Hidup"], neg=True),
    I("stunting", 1, "%", (19.6, -1.8, "pct"), ["Prevalensi balita stunting", "Prevalensi stunting pada balita", "Prevalensi Stunting (%)", "Prevalensi balita stuntng"], neg=True),
    I("dbd", 1, "per 100.000 penduduk", (45.3, -2.5, "dec"), ["Angka kesakitan DBD per 100.000 penduduk", "Incidence Rate DBD per 100.000 penduduk", "Angka Kesakitan (IR) DBD per 100.000 penduduk", "Angka kesakitan DBD per 100.000 penduduk"], neg=True),
    I("ht_l", 1, "%", (62, 6, "pct"), ["Persentase penduduk laki-laki usia ≥15 tahun yang mendapat skrining hipertensi", "Persentase penduduk laki-laki usia 15 tahun ke atas yang diskrining hipertensi", "Persentase penduduk usia ≥15 tahun laki-laki yang mendapat skrining hipertensi", "Persentase penduduk laki - laki usia ≥ 15 tahun yang mendapat skrining hipertensi"]),
    I("ht_p", 1, "%", (68, 6, "pct"), ["Persentase penduduk perempuan usia ≥15 tahun yang mendapat skrining hipertensi", "Persentase penduduk perempuan usia 15 tahun ke atas yang diskrining hipertensi", "Persentase penduduk usia ≥15 tahun perempuan yang mendapat skrining hipertensi", "Persentase penduduk perempuan usia ≥ 15 tahun yang mendapat skrining hipertensi"]),
    I("idl", 1, "%", (88.5, 2, "pct"), {2021: "Cakupan imunisasi dasar lengkap", 2022: "Persentase bayi yang mendapat imunisasi dasar lengkap (IDL)"}),
    I("irl", 1, "%", (80, 3, "pct"), {2023: "Cakupan imunisasi rutin lengkap", 2024: "Persentase anak yang mendapat imunisasi rutin lengkap (IRL)"}),
    I("k4", 1, "%", (90, 1.5, "pct"), {2021: "Cakupan pelayanan kesehatan ibu hamil (K4)", 2022: "Persentase ibu hamil mendapatkan pelayanan K4"}),
    I("k6", 1, "%", (70, 6, "pct"), {2023: "Cakupan pelayanan kesehatan ibu hamil (K6)", 2024: "Persentase ibu hamil mendapatkan pelayanan K6"}),
    I("vita6", 1, "%", (86, 2, "pct"), ["Cakupan pemberian Vitamin A pada bayi 6-11 bulan", "Cakupan pemberian Vit. A bayi 6-11 bulan", "Cakupan pemberian Vitamin A bayi usia 6 - 11 bulan", "Cakupan Vitamin A bayi 6-11 bulan (%)"]),
    I("vita12", 1, "%", (83, 2.5, "pct"), ["Cakupan pemberian Vitamin A pada balita 12-59 bulan", "Cakupan pemberian Vit. A balita 12-59 bulan", "Cakupan pemberian Vitamin A balita usia 12 - 59 bulan", "Cakupan Vitamin A balita 12-59 bulan (%)"]),
    I("persalinan", 1, "%", (91.5, 1.5, "pct"), ["Persentase persalinan di fasilitas pelayanan kesehatan", "Pers. persalinan di fasyankes", "Persentase persalinan di fasilitas pelayanan kesehatan (PF)", "Persentase Persalinan di Fasilitas Pelayanan Kesehatan Kota Kupang"]),
    I("posbindu", 1, "pos", (52, 6, "int"), {2021: "Jumlah Posbindu PTM aktif", 2022: "Jumlah Posbindu PTM yang aktif"}),
    I("rj", 2, "kunjungan", (125430, 4000, "int"), ["Jumlah kunjungan rawat jalan Puskesmas", "Jumlah kunjungan rawat jalan di Puskesmas", "Jml. kunjungan rawat jalan Puskesmas", "Jumlah Kunjungan Rawat Jalan Puskesmas (kunjungan)"]),
    I("ri", 2, "kunjungan", (3250, 150, "int"), ["Jumlah kunjungan rawat inap Puskesmas", "Jumlah kunjungan rawat inap di Puskesmas", "Jml. kunjungan rawat inap Puskesmas", "Jumlah Kunjungan Rawat Inap Puskesmas (kunjungan)"]),
    I("jpa", 2, "Puskesmas", (8, 1, "int"), ["Jumlah Puskesmas terakreditasi", "Jml. Puskesmas terakreditasi", "Jumlah Puskesmas yang terakreditasi", "Jumlah Puskesmas terakreditasi (unit)"]),
    I("ppa", 2, "%", (72.73, 9.09, "pct"), ["Persentase Puskesmas terakreditasi", "Prosentase Puskesmas terakreditasi", "Persentase Puskesmas yang terakreditasi", "Puskesmas terakreditasi (%)"]),
    I("sd", 2, "%", (78, 4, "pct"), ["Persentase anak usia SD yang mendapatkan skrining kesehatan", "Persentase siswa SD yang mendapat skrining kesehatan", "Prosentase anak usia pendidikan dasar (SD) yang mendapat skrining kesehatan", "Persentase anak SD yang mendapatkan skrining kesehatan sesuai standar"]),
    I("smp", 2, "%", (74, 4, "pct"), ["Persentase anak usia SMP yang mendapatkan skrining kesehatan", "Persentase siswa SMP yang mendapat skrining kesehatan", "Prosentase anak usia pendidikan dasar (SMP) yang mendapat skrining kesehatan", "Persentase anak SMP yang mendapatkan skrining kesehatan sesuai standar"]),
    I("alk_b", 2, "%", (81.5, 2, "pct"), ["Persentase alat kesehatan Puskesmas dalam kondisi baik", "Persentase alkes Puskesmas kondisi baik", "Persentase alat kesehatan Puskesmas kondisi baik", "Alat kesehatan Puskesmas kondisi baik (%)"]),
    I("alk_r", 2, "%", (11.2, -1, "pct"), ["Persentase alat kesehatan Puskesmas dalam kondisi rusak", "Persentase alkes Puskesmas kondisi rusak", "Persentase alat kesehatan Puskesmas kondisi rusak", "Alat kesehatan Puskesmas kondisi rusak (%)"], neg=True),
    I("rme", 2, "%", (20, 30, "pct"), {2023: "Persentase Puskesmas yang menerapkan rekam medis elektronik", 2024: "Persentase Puskesmas yang menerapkan RME"}),
    I("uhc", 2, "%", (92.4, 2, "pct"), ["Persentase penduduk yang memiliki jaminan kesehatan", "Persentase penduduk yang memiliki\njaminan kesehatan (UHC)", "Cakupan kepesertaan jaminan kesehatan (UHC)", "Persentase Penduduk Yang Memiliki Jaminan Kesehatan"]),
    I("sakip", 3, "nilai", (66.8, 1.7, "dec"), ["Nilai SAKIP Perangkat Daerah", "Nilai SAKIP OPD", "Nilai AKIP Perangkat Daerah", "Nilai SAKIP Dinas Kesehatan"]),
]
make_values(INDS, 1403)
KEY = Key("Dinas Kesehatan Kota Kupang", FOLDER)
KEY.ambiguous = [["idl", "irl"], ["k4", "k6"]]
FNAME = "Dinkes Kota Kupang - Capaian Kinerja 2021-2024.xlsx"

def year_inds(y):
    return [i for i in INDS if y in i["names"]]

def capf(ind, t, r):
    return f"=ROUND((2*{t}-{r})/{t}*100,2)" if ind["neg"] else f"=ROUND({r}/{t}*100,2)"

def cap_value(ind, t, r):
    return r2((2 * t - r) / t * 100) if ind["neg"] else r2(r / t * 100)

def text_fig(ind, v, k):
    """figure typed as text with its unit, styles vary by row"""
    if ind["unit"] == "%":
        dec = None
        s = idn(v)
        return s + (" %" if k % 2 == 0 else "%")
    if ind["unit"].startswith("per "):
        return idn(v) + " " + ind["unit"]
    if ind["unit"] == "nilai":
        return idn(v) + " poin"
    return idn(v) + " " + ind["unit"].lower()

def table(ws, y, order, r0, mode):
    """order: list of 'no','sas','ind','sat','t','r','cap'"""
    heads = {"no": "No", "sas": "Sasaran", "ind": "Indikator Kinerja", "sat": "Satuan", "t": f"Target {y}",
             "r": f"Realisasi {y}", "cap": "Capaian (%)"}
    col = {k: j + 1 for j, k in enumerate(order)}
    for k, c in col.items():
        ws.cell(r0, c, heads[k]).font = BOLD
    r = r0 + 1; n = 1; k_alt = 0
    for s in S:
        first = True
        for ind in year_inds(y):
            if ind["sas"] != s: continue
            t, re = ind["v"][y]
            ws.cell(r, col["no"], n)
            ncol = col["ind"]
            if y == 2024 and ind["id"] == "sakip":
                ncol = col["sas"]  # indicator typed in the Sasaran column
            elif first:
                ws.cell(r, col["sas"], S[s])
            first = False
            ws.cell(r, ncol, ind["names"][y]).alignment = WRAP
            if "sat" in col: ws.cell(r, col["sat"], ind["unit"])
            tc, rc = ws.cell(r, col["t"]), ws.cell(r, col["r"])
            if mode == "text":
                tc.value = text_fig(ind, t, k_alt); rc.value = text_fig(ind, re, k_alt + 1); k_alt += 1
                ws.cell(r, col["cap"], idn(cap_value(ind, t, re), 2) + " %")
            elif mode == "frac" and ind["unit"] == "%":
                tc.value = round(t / 100, 6); rc.value = round(re / 100, 6)
                tc.number_format = rc.number_format = "0.00%"
                ws.cell(r, col["cap"], capf(ind, tc.coordinate, rc.coordinate).replace("*100,2)", ",4)")).number_format = "0.00%"
            else:
                tc.value = t; rc.value = re
                fmt = "#,##0" if ind["base"][2] == "int" else "#,##0.00"
                tc.number_format = rc.number_format = fmt
                ws.cell(r, col["cap"], capf(ind, tc.coordinate, rc.coordinate)).number_format = "0.00"
            KEY.add(FNAME, ws.title, r, y, ind["names"][y], ind["id"], t, re)
            lay = KEY.layout.setdefault((FNAME, ws.title), {"name": col["ind"], "target": col["t"], "realisasi": col["r"],
                                                             "mode": "text" if mode == "text" else "num", "name_col_override": {}})
            if ncol != col["ind"]: lay["name_col_override"][str(r)] = ncol
            r += 1; n += 1
    box(ws, f"A{r0}:{chr(64 + len(order))}{r-1}")
    ws.cell(r + 2, 5, f"Kupang, Januari {y + 1}")
    ws.cell(r + 3, 5, "Kepala Dinas Kesehatan Kota Kupang,")
    ws.cell(r + 7, 5, "dr. Maria Goreti Lalang Ndolu, M.Kes.")
    ws.cell(r + 8, 5, "NIP. 19740611 200212 2 009")
    ws.column_dimensions["C"].width = 55

def build():
    wb = Workbook()
    cov = wb.active; cov.title = "Sampul"
    for i, t in enumerate(["LAPORAN CAPAIAN KINERJA", "DINAS KESEHATAN KOTA KUPANG", "TAHUN 2021 - 2024", "",
                           "Disusun oleh: Sub Bagian Perencanaan dan Pelaporan", "Jl. S.K. Lerik, Kelapa Lima, Kota Kupang",
                           "Dokumen ini memuat pengukuran kinerja tahunan (lembar per tahun).", "Lembar 'ref' adalah daftar bantu (jangan dihapus)."], 3):
        cov.cell(i, 2, t).font = BOLD if i < 6 else Font()
    ref = wb.create_sheet("ref")
    ref.append(["Kode", "Indikator (Renstra 2021-2026)", "Satuan", "Polaritas", "Target akhir Renstra 2026"])
    for j, ind in enumerate([i for i in INDS if 2021 in i["names"]], 1):
        t = ind["v"][2021][0]
        ref.append([f"IKU-{j:02d}", ind["names"][2021], ind["unit"], "Negatif" if ind["neg"] else "Positif",
                    t if ind["base"][2] != "pct" else min(100, r2(t + 5))])
    ref.cell(1, 8, "Satuan"); ref.cell(1, 9, "Polaritas")
    for j, u in enumerate(["%", "kunjungan", "Puskesmas", "pos", "nilai", "per 1.000 KH", "per 100.000 KH"], 2):
        ref.cell(j, 8, u)
    ref.cell(2, 9, "Positif"); ref.cell(3, 9, "Negatif")
    ref.sheet_state = "hidden"

    ws = wb.create_sheet("Capaian 2021")
    ws["A1"] = "CAPAIAN KINERJA DINAS KESEHATAN KOTA KUPANG TAHUN 2021"; ws["A1"].font = BOLD
    table(ws, 2021, ["no", "sas", "ind", "sat", "t", "r", "cap"], 3, "num")

    ws = wb.create_sheet("TH 2022")
    ws["A1"] = "PENGUKURAN KINERJA TAHUN 2022"; ws["A2"] = "DINAS KESEHATAN KOTA KUPANG"
    table(ws, 2022, ["no", "sas", "ind", "sat", "r", "t", "cap"], 4, "num")   # Realisasi before Target

    ws = wb.create_sheet("2023 (revisi)")
    ws["A1"] = "PENGUKURAN KINERJA DINAS KESEHATAN KOTA KUPANG TAHUN 2023 (REVISI)"
    ws["A2"] = "angka realisasi direvisi sesuai data SIMPUS per 15 Februari 2024"
    table(ws, 2023, ["no", "sas", "ind", "t", "r", "cap"], 4, "text")         # figures as text with units

    ws = wb.create_sheet("Lap. 2024")
    ws["A1"] = "LAPORAN PENGUKURAN KINERJA TAHUN 2024"; ws["A2"] = "DINAS KESEHATAN KOTA KUPANG"
    table(ws, 2024, ["no", "sas", "ind", "sat", "t", "r", "cap"], 4, "frac")  # % as fractions, 0.00%
    KEY.files.append(FNAME)
    ship(wb, FOLDER, FNAME)

if __name__ == "__main__":
    build()
    KEY.write()
    print(FOLDER, len(KEY.rows), "rows")
