import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from lib import *
AG = "uptd_pusat_kuliner_kota_seruni_jaya"
ag = Agency(AG, [2021, 2022, 2023, 2024])
ag.ambiguous = [["K16", "K16b"]]
S = {
 "K01": ("sum", "pedagang", 120, 104, 30), "K02": ("last", "%", 40, 34.7, 10), "K03": ("last", "pedagang", 650, 662, 50),
 "K04": ("sum", "pedagang", 80, 91, 10), "K05": ("last", "%", 75, 71.4, 5), "K06": ("sum", "orang", 240000, 226480, 30000),
 "K07": ("last", "Rp", 6500000, 6120000, 500000), "K08": ("sum", "Rp", 360000000, 341250000, 40000000),
 "K09": ("sum", "orang", 150, 163, 25), "K10": ("last", "pedagang", 80, 64, 40), "K11": ("last", "pedagang", 300, 318, 60),
 "K12": ("last", "%", 30, 36.5, 10), "K13": ("last", "nilai", 80, 78.9, 1), "K14": ("last", "%", 85, 82.3, 2),
 "K15": ("sum", "event", 6, 7, 2), "K16": ("sum", "ton", 420, 437.5, 20), "K16b": ("sum", "ton", 380, 402.6, 20),
 "K17": ("last", "orang", 380, 391, 20), "K18": ("last", "orang", 270, 271, 30), "K19": ("last", "%", 70, 63.2, 5),
 "K19s": ("last", "%", 80, 77.5, 5), "K19k": ("last", "%", 75, 70.1, 5), "K20": ("sum", "lokasi", 12, 15, -2),
}
N = {
 "K01": ["Jumlah PKL yang direlokasi ke sentra", "Jumlah PKL direlokasi ke Sentra PKL", "Jumlah pedagang kaki lima yang direlokasi ke sentra", "Jumlah PKL yang direlokasi"],
 "K02": ["Persentase PKL yang direlokasi ke sentra", "Persentase PKL direlokasi ke Sentra PKL", "Persentase pedagang kaki lima yang direlokasi", "Persentase PKL yang telah direlokasi"],
 "K03": ["Jumlah PKL binaan", "Jumlah PKL Binaan", "Jumlah pedagang kaki lima binaan", "Jumlah PKL binaan (pedagang)"],
 "K04": ["Jumlah PKL binaan baru", "Jumlah PKL Binaan Baru", "Jumlah pedagang binaan baru", "Jumlah PKL binaan baru "],
 "K05": ["Tingkat keterisian los/kios pusat kuliner", "Tingkat Keterisian Kios", "Tingkat keterisian los dan kios pusat kuliner (%)", "Persentase keterisian los/kios"],
 "K06": ["Jumlah pengunjung pusat kuliner", "Jumlah Pengunjung", "Jumlah pengunjung pusat kuliner dan sentra PKL", "Jumlah kunjungan ke pusat kuliner"],
 "K07": ["Rata-rata omzet pedagang per bulan", "Omzet Rata-rata Pedagang/bulan", "Rata-rata omzet pedagang per bulan (Rp)", "Rata2 omzet pedagang per bulan"],
 "K08": ["Pendapatan retribusi pemakaian kios", "Retribusi Pemakaian Kios", "Pendapatan retribusi pemakaian kekayaan daerah (kios)", "Pendapatan retribusi kios pusat kuliner"],
 "K09": ["Jumlah pedagang yang mengikuti pelatihan", "Jumlah Pedagang Dilatih", "Jumlah pedagang yang dilatih", "Jumlah pedagang peserta pelatihan"],
 "K10": ["Jumlah pedagang bersertifikat halal", "Jumlah Pedagang Bersertifikat Halal", "Jumlah pedagang yg memiliki sertifikat halal", "Jumlah pedagang bersertifikat halal"],
 "K11": ["Jumlah pedagang yang memiliki NIB", "Jumlah Pedagang ber-NIB", "Jumlah pedagang yg memiliki NIB", "Jumlah pedagang memiliki Nomor Induk Berusaha (NIB)"],
 "K12": ["Persentase pedagang yang menggunakan pembayaran non tunai", "% Pedagang Pengguna QRIS", "Persentase pedagang menggunakan pembayaran non tunai (QRIS)", "Persentase pedagang pengguna pembayaran nontunai"],
 "K13": ["Indeks kepuasan pengunjung", "Indeks Kepuasan Pengunjung", "Indeks kepuasan pengunjung pusat kuliner", "IKM pengunjung pusat kuliner"],
 "K14": ["Persentase sarana prasarana pusat kuliner dalam kondisi baik", "Sarpras Kondisi Baik", "Persentase sarpras dlm kondisi baik", "Persentase sarana dan prasarana kondisi baik"],
 "K15": ["Jumlah event promosi kuliner", "Jumlah Event Promosi", "Jumlah event promosi kuliner yang diselenggarakan", "Jumlah event/festival promosi kuliner"],
 "K16": ["Volume sampah pusat kuliner yang dikelola", "Volume Sampah Dikelola (ton)", None, None],
 "K16b": [None, None, "Volume sampah yang terangkut ke TPS", "Volume sampah terangkut ke TPS (ton)"],
 "K17": [None, "Jumlah PKL Binaan Perempuan", "Jumlah pedagang binaan perempuan", "Jumlah PKL binaan perempuan"],
 "K18": [None, "Jumlah PKL Binaan Laki-laki", "Jumlah pedagang binaan laki-laki", "Jumlah PKL binaan laki-laki"],
 "K19": ["Persentase pedagang lolos uji sanitasi dan keamanan pangan", "% Pedagang Lolos Uji Sanitasi & Keamanan Pangan", None, None],
 "K19s": [None, None, "Persentase pedagang lolos uji sanitasi", "Persentase pedagang yang lolos uji sanitasi"],
 "K19k": [None, None, "Persentase pedagang lolos uji keamanan pangan", "Persentase pedagang yang lolos uji keamanan pangan"],
 "K20": ["Jumlah lokasi PKL liar yang ditertibkan", "Jumlah Lokasi PKL Ditertibkan", None, None],
}
O = {
 (2021, "K06"): {"rk": lambda row: F(f"=L{row}+N{row}+P{row}+P{row}", 49826 + 56620 + 58885 + 58885)},  # MISTAKE wrong formula: TW III counted twice
 (2021, "K13"): {"t": T("80,0", 80)},
 (2021, "K07"): {"t": T("Rp 6.500.000", 6500000)},
 (2022, "K12"): {"r": 0.465},                                                     # MISTAKE fraction in plain cell
 (2022, "K08"): {"t": T("Rp 400.000.000,-", 400000000), "r": T("Rp 381.250.000,-", 381250000)},
 (2022, "K13"): {"t": T("≥ 81", 81), "r": T("B", None)},
 (2022, "K06"): {"r": T("256.480*)", 256480)},
 (2023, "K08"): {"unit": "Rp juta", "t": 440, "r": 421.25},                       # MISTAKE unit changes to Rp juta
 (2023, "K05"): {"t": T("80 - 85", 80)},
 (2023, "K16b"): {"r": T("422,6", 422.6)},
 (2024, "K01"): {"t": 2100},                                                      # MISTAKE target typed 10x
 (2024, "K10"): {"r": T("-", None)},
 (2024, "K07"): {"t": T("Rp 8.000.000,-", 8000000), "r": T("Rp 7.620.000,-", 7620000)},
}
def mk(y): return build(S, N, y, y - 2021, O)

# ---- 2021 xlsx: E.81
b1 = ag.book("Evaluasi_Renja_E81_Kuliner_2021.xlsx")
ws = b1.sheet("E81")
r = b1.title(ws, ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA SERUNI JAYA", "Renja Perangkat Daerah: UPTD Pengelolaan Pusat Kuliner dan Sentra PKL", "Periode Pelaksanaan: Tahun 2021"], 12) + 1
it = mk(2021)
subs = ["Penataan dan Pemberdayaan PKL", "Pengelolaan Pusat Kuliner", "Peningkatan Kapasitas Pedagang", "Pengelolaan Retribusi", "Pengelolaan Kebersihan"]
for k, x in enumerate(it):
    x["renstra"] = S[x["id"]][2] + 4 * S[x["id"]][4]; x["prev"] = "-"
    if k % 4 == 0: x["sub"] = subs[k // 4]
    if x["unit"] == "%": pctify(x); x["rq"] = [P(round(v / 100, 6)) if isinstance(v, (int, float)) else v for v in x["rq"]]
    if x["unit"] == "%" and "rk" not in x: x["rk"] = x["r"]
it[0]["rp"] = 245000000
r = layout_e81(ag, b1, ws, 2021, "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL DAN USAHA MIKRO", "Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan", it, r)
put(ws, f"D{r}", "Rata-rata capaian kinerja (%)"); put(ws, f"V{r}", F(f"=AVERAGE(V{r-len(it)}:V{r-1})", None, "0.00"))
put(ws, f"D{r+1}", "Predikat kinerja"); put(ws, f"V{r+1}", "T (Tinggi)")
ws.cell(r + 3, 4, "Faktor pendorong: dukungan Satpol PP dalam relokasi PKL.")
b1.sign(ws, r + 5, 18, "Seruni Jaya, 12 Januari 2022", "YUSNIAR RAHMAWATI, S.E., M.M.", "19800704 200604 2 019")
# ---- 2022 ods: turned-over table (indicators across)
b2 = ag.book("IKU_Kuliner_2022.ods")
ws = b2.sheet("IKU 2022")
ws["A1"] = "CAPAIAN IKU UPTD PUSAT KULINER DAN SENTRA PKL TAHUN 2022"; ws["A1"].font = Font(bold=True)
ws["A2"] = "Kota Seruni Jaya"
it = [pctify(x) if x["id"] != "K12" else x for x in mk(2022)]
r = layout_across(ag, b2, ws, 2022, it, 4)
ws.cell(r + 1, 1, "Sumber data: rekap bulanan pengelola sentra")
ws3 = b2.sheet("Rekap bulanan", hidden=True)
ws3["A1"] = "rekap lama (belum final)"; ws3["B2"] = 123
# ---- 2023 + 2024 xls: LKjIP table 2023; PK 2024 on two sheets
b3 = ag.book("LKj_Kuliner_2023_2024.xls")
ws = b3.sheet("Tabel 3.1 (2023)")
r = b3.title(ws, ["Tabel 3.1", "Perbandingan Realisasi Kinerja s.d. Tahun 2023 dengan Target Akhir Renstra"], 11) + 1
it = mk(2023)
prevs = {y: {x["id"]: kv(x["r"]) for x in mk(y)} for y in (2021, 2022)}
for x in it:
    x["prev"] = ["-", prevs[2021].get(x["id"], "-"), prevs[2022].get(x["id"], "-")]
    x["renstra"] = S[x["id"]][2] + 4 * S[x["id"]][4]
r0 = r
r = layout_lkjip(ag, b3, ws, 2023, it, r)
ws[f"I{r0+3}"] = 100                       # computed column typed over (not a key field)
ws.cell(r + 1, 2, "Tabel yang sama (salinan untuk lampiran):")
cp = r + 2
for i, x in enumerate(it[:5]): ws.cell(cp + i, 2, x["name"]); ws.cell(cp + i, 7, kv(x["t"]))
it24 = [pctify(x) for x in mk(2024)]
byid = {x["id"]: x for x in it24}
g1 = ["K01", "K02", "K03", "K04", "K17", "K18", "K09", "K10", "K11", "K19s", "K19k"]
g2 = [i for i in byid if i not in g1]
ws = b3.sheet("PK 2024")
r = b3.title(ws, ["PERJANJIAN KINERJA TAHUN 2024", "UPTD PENGELOLAAN PUSAT KULINER DAN SENTRA PKL KOTA SERUNI JAYA"], 7) + 1
byid["K03"]["wrap2"] = "(terdaftar di SIMPKL)"
r = layout_pk(ag, b3, ws, 2024, [("Meningkatnya kapasitas dan ketertiban PKL", [byid[i] for i in g1])], r)
ws.cell(r + 1, 2, "bersambung ke lembar berikut")
ws = b3.sheet("PK 2024 (lanjutan)")
ws["A1"] = "PERJANJIAN KINERJA TAHUN 2024 (lanjutan)"
r = layout_pk(ag, b3, ws, 2024, [("Meningkatnya daya tarik pusat kuliner", [byid[i] for i in g2])], 3)
b3.sign(ws, r + 2, 5, "Seruni Jaya, 2 Januari 2024", "YUSNIAR RAHMAWATI, S.E., M.M.", "19800704 200604 2 019")
ag.save()
