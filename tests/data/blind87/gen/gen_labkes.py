import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from lib import *
AG = "uptd_lab_kalibrasi_prov_tirta_raharja"
ag = Agency(AG, [2019, 2020, 2021, 2022])
ag.ambiguous = [["L16", "L16b"]]
S = {
 "L01": ("sum", "alat", 4200, 4386, 300), "L03": ("last", "%", 60, 57.4, 5), "L04": ("sum", "fasyankes", 180, 171, 15),
 "L05": ("sum", "fasyankes", 25, 31, 5), "L06": ("sum", "alat", 900, 944, 60), "L07": ("last", "%", 90, 86.7, 2),
 "L08": ("last", "hari kerja", 7, 8, -1), "L09": ("last", "nilai", 82, 83.6, 1), "L10": ("sum", "Rp", 850000000, 912300000, 50000000),
 "L11": ("last", "parameter", 24, 24, 3), "L12": ("last", "%", 95, 96.2, 1), "L13": ("last", "orang", 14, 13, 2),
 "L14": ("sum", "kali", 6, 7, 2), "L15": ("last", "%", 90, 95.1, 2), "L16": ("last", "%", 80, 74.3, 5),
 "L16b": ("last", "%", 75, 68.4, 5), "L17": ("last", "%", 70, 66.2, 5), "L18": ("last", "%", 40, 35.8, 5),
 "L17m": ("last", "%", 60, 58.9, 5), "L19": ("sum", "kunjungan", 36, 41, 12), "L20": ("last", "predikat", 0, 0, 0),
 "L21": ("sum", "dokumen", 10, 12, 5),
}
N = {
 "L01": ["Jumlah alat kesehatan yang dikalibrasi", "Jumlah alkes yang dikalibrasi", "Jumlah Alat Kesehatan Yang Dikalibrasi", "Jumlah alat kesehatan terkalibrasi (alat)"],
 "L03": ["Persentase alat kesehatan di fasyankes yang terkalibrasi", "Prosentase alkes di fasyankes yg terkalibrasi", "Persentase Alat Kesehatan Terkalibrasi di Fasyankes", "Persentase alat kesehatan terkalibrasi"],
 "L04": ["Jumlah fasyankes yang dilayani", "Jumlah fasilitas pelayanan kesehatan yang dilayani", "Jumlah Fasyankes Yang Dilayani", "Jumlah fasyankes pengguna layanan"],
 "L05": ["Jumlah fasyankes baru yang dilayani", "Jumlah fasyankes baru yg dilayani", "Jumlah Fasyankes Pengguna Baru", "Jumlah fasyankes pengguna layanan baru"],
 "L06": ["Jumlah alat kesehatan yang diuji", "Jumlah alkes yang diuji (pengujian)", "Jumlah Pengujian Alat Kesehatan", "Jumlah alat kesehatan yang diuji "],
 "L07": ["Persentase sertifikat kalibrasi terbit tepat waktu", "Persentase sertifikat kalibrasi yang terbit tepat waktu", "Persentase Sertifikat Terbit Tepat Waktu", "Persentase sertifikat kalibrasi\nterbit tepat waktu"],
 "L08": ["Rata-rata waktu penyelesaian kalibrasi", "Rata2 waktu penyelesaian kalibrasi (hari kerja)", "Rata-rata Waktu Penyelesaian Layanan Kalibrasi", "Waktu rata-rata penyelesaian kalibrasi"],
 "L09": ["Indeks Kepuasan Pelanggan", "Nilai IKM pelanggan laboratorium", "Indeks Kepuasan Masyarakat", "Indeks kepuasan pelanggan (IKM)"],
 "L10": ["Pendapatan retribusi pelayanan kalibrasi", "Pendapatan retribusi jasa kalibrasi & pengujian", "Pendapatan Retribusi Pelayanan Kalibrasi dan Pengujian", "Realisasi pendapatan retribusi kalibrasi"],
 "L11": ["Jumlah ruang lingkup kalibrasi terakreditasi KAN", "Jumlah ruang lingkup terakreditasi KAN", "Jumlah Parameter Terakreditasi KAN", "Jumlah ruang lingkup (parameter) terakreditasi"],
 "L12": ["Persentase alat ukur standar yang tertelusur", "Persentase alat standar tertelusur", "Persentase Alat Ukur Standar Tertelusur ke SI", "Persentase alat ukur standar tertelusur"],
 "L13": ["Jumlah tenaga kalibrator bersertifikat", "Jumlah kalibrator bersertifikat", "Jumlah Tenaga Kalibrator Bersertifikat", "Jumlah SDM kalibrator bersertifikat (orang)"],
 "L14": ["Jumlah pelatihan teknis bagi petugas fasyankes", "Jumlah pelatihan pemeliharaan alkes bagi petugas fasyankes", "Jumlah Pelatihan Teknis Petugas Fasyankes", "Jumlah pelatihan teknis petugas fasyankes"],
 "L15": ["Persentase keluhan pelanggan yang ditindaklanjuti", "Persentase keluhan pelanggan yg ditindaklanjuti", "Persentase Pengaduan Pelanggan Yang Ditindaklanjuti", "Persentase pengaduan yg ditindaklanjuti"],
 "L16": ["Persentase alat kesehatan tidak laik pakai yang ditindaklanjuti", "Persentase alkes tidak laik pakai yg ditindaklanjuti", None, None],
 "L16b": [None, None, "Persentase Rekomendasi Hasil Uji Yang Ditindaklanjuti Fasyankes", "Persentase rekomendasi hasil uji yang ditindaklanjuti"],
 "L17": ["Persentase fasyankes pemerintah yang alat kesehatannya terkalibrasi", "Persentase fasyankes pemerintah dg alkes terkalibrasi", None, None],
 "L18": ["Persentase fasyankes swasta yang alat kesehatannya terkalibrasi", "Persentase fasyankes swasta dg alkes terkalibrasi", None, None],
 "L17m": [None, None, "Persentase Fasyankes Dengan Alat Kesehatan Terkalibrasi", "Persentase fasyankes dengan alkes terkalibrasi"],
 "L19": [None, "Jumlah kunjungan kalibrasi lapangan (mobile)", "Jumlah Kunjungan Kalibrasi Lapangan", "Jumlah kunjungan layanan kalibrasi keliling"],
 "L20": ["Nilai evaluasi SAKIP UPTD", None, None, None],
 "L21": [None, None, "Jumlah Dokumen Sistem Mutu Yang Ditetapkan", "Jumlah dokumen mutu (SOP/IK) yang ditetapkan"],
}
O = {
 (2019, "L08"): {"t": 70},                                              # MISTAKE target typed 10x
 (2019, "L20"): {"t": T("BB", None), "r": T("B", None)},
 (2019, "L10"): {"t": T("Rp 850.000.000,-", 850000000), "r": T("Rp 912.300.000", 912300000)},
 (2019, "L09"): {"t": T("82,00", 82), "r": T("83,6*)", 83.6)},
 (2020, "L12"): {"rq": [95.8, 96.0, T("-", None), 0.972]},                   # MISTAKE fraction typed in a plain cell (last period)
 (2020, "L01"): {"rq": [1012, 1138, T("1.190", 1190), T("1.346*)", 1346)]},
 (2020, "L19"): {"rq": [None, 6, 14, 21]},
 (2021, "L10"): {"unit": "Rp juta", "t": 950, "r": 1018.4},              # MISTAKE unit changes to Rp juta
 (2021, "L09"): {"t": T("≥ 84", 84), "r": T("85,12", 85.12)},
 (2021, "L08"): {"t": T("5 hari kerja", 5), "r": T("5,5 hari", 5.5)},
 (2022, "L06"): {"t": 1080000},                                          # MISTAKE target typed 1000x
 (2022, "L11"): {"t": T("33 parameter", 33), "r": T("33 parameter", 33)},
 (2022, "L13"): {"r": T("-", None), "ket": "data BKD belum masuk"},
}
def mk(y): return build(S, N, y, y - 2019, O)

# ---- 2019 ods: Renstra matrix
b1 = ag.book("Matriks_Renstra_Labkes_2019-2023.ods")
ws = b1.sheet("Renstra")
r = b1.title(ws, ["MATRIKS RENCANA STRATEGIS 2019-2023", "UPTD LABORATORIUM KALIBRASI DAN PENGUJIAN ALAT KESEHATAN", "DINAS KESEHATAN PROVINSI TIRTA RAHARJA", "(dengan realisasi tahun 2019)"], 11) + 1
it = mk(2019)
for x in it:
    k, u, t0, r0, st = S[x["id"]]
    x["t5"] = [t0 + st * j for j in range(5)] if x["id"] != "L20" else ["BB", "BB", "A", "A", "A"]
    x["awal"] = round(r0 - st, 2) if x["id"] != "L20" else "B"
    if isinstance(x["t"], T): x["t5"] = [x["t"].t if j == 0 else v for j, v in enumerate(x["t5"])]
it[0]["band"] = "Tujuan: Terjaminnya mutu alat kesehatan di fasilitas pelayanan kesehatan"
it[6]["band"] = "Sasaran: Meningkatnya mutu layanan laboratorium"
r = layout_renstra(ag, b1, ws, 2019, [2019, 2020, 2021, 2022, 2023], it, r)
ws.cell(r + 1, 2, "Keterangan: target akhir Renstra = target 2023")
b1.sign(ws, r + 3, 8, "Tirta Raharja, 20 Januari 2020", "dr. HENDRAWAN PRASETYA, M.Kes", "19720115 200112 1 003")
ws2 = b1.sheet("Renstra (salinan lama)", hidden=True)
for i, x in enumerate(it): ws2.cell(i + 1, 2, x["name"]); ws2.cell(i + 1, 5, 1)
# ---- 2020 + 2021 xls: RA row pairs 2020, PK (perubahan) 2021
b2 = ag.book("Kinerja_Labkes_2020_2021.xls")
ws = b2.sheet("RA 2020")
r = b2.title(ws, ["RENCANA AKSI DAN CAPAIAN TRIWULANAN TAHUN 2020", "UPTD Lab. Kalibrasi dan Pengujian Alkes"], 10) + 1
it = mk(2020)
for x in it:
    if x["unit"] == "%" and x["id"] != "L12": x["tq"] = [None, None, None, x["t"]]
    x["t"] = x["t"]
    if x["id"] == "L12": x["tq"] = [95, 95, 95, 95]
r = layout_tw(ag, b2, ws, 2020, it, r, pairs=True)
ws.cell(r + 1, 2, "Realisasi triwulan bersifat non-kumulatif untuk indikator jumlah; indikator persentase = posisi akhir triwulan.")
ws = b2.sheet("PK 2021")
r = b2.title(ws, ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2021", "UPTD LABORATORIUM KALIBRASI DAN PENGUJIAN ALAT KESEHATAN"], 6) + 1
it = [pctify(x) for x in mk(2021)]
byid = {x["id"]: x for x in it}
g1 = [byid[i] for i in ["L01", "L03", "L06", "L17m", "L16b", "L04", "L05", "L19", "L14"]]
g2 = [byid[i] for i in ["L07", "L08", "L09", "L15", "L10", "L11", "L12", "L13", "L21"]]
r = layout_pk(ag, b2, ws, 2021, [("Meningkatnya cakupan alat kesehatan yang terkalibrasi", g1), ("Meningkatnya mutu layanan laboratorium", g2)], r, variant=1)
b2.sign(ws, r + 2, 4, "Tirta Raharja, 1 Oktober 2021", "dr. HENDRAWAN PRASETYA, M.Kes", "19720115 200112 1 003")
wa = b2.sheet("PK 2021 awal")   # visible but superseded: PK Awal, not keyed (Perubahan wins)
wa["A1"] = "PK AWAL 2021 (digantikan PK Perubahan)"
for i, x in enumerate(g1 + g2): wa.cell(i + 3, 2, x["name"]); wa.cell(i + 3, 4, kv(x["t"]))
# ---- 2022 xlsx: cards
b3 = ag.book("Kartu_IKU_Labkes_2022.xlsx")
ws = b3.sheet("Kartu IKU 2022")
ws["A1"] = "KARTU CAPAIAN INDIKATOR KINERJA TAHUN 2022"; ws["A1"].font = Font(bold=True)
ws["A2"] = "UPTD Laboratorium Kalibrasi dan Pengujian Alat Kesehatan Provinsi Tirta Raharja"
it = [pctify(x) if x["id"] not in ("L03",) else x for x in mk(2022)]
it[1]["t"] = T("75 %", 75); it[1]["r"] = T("72,3 %", 72.3)
layout_cards(ag, b3, ws, 2022, it, 4)
nt = b3.sheet("Catatan")
nt["A1"] = "Indikator fasyankes pemerintah & swasta digabung sejak 2021."
ag.save()
