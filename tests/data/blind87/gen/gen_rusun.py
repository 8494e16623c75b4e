import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from lib import *
AG = "uptd_pengelolaan_rusun_pekerja_kab_karang_emas"
ag = Agency(AG, [2020, 2021, 2022, 2023])
ag.ambiguous = [["R04", "R04b"]]
# kind: sum = FLOW, last = LEVEL
S = {
 "R01": ("last", "%", 85, 82.4, 2), "R02": ("last", "jiwa", 1150, 1118, 40), "R03": ("sum", "KK", 60, 71, 5),
 "R04": ("last", "%", 70, 64.5, 5), "R04b": ("last", "%", 75, 71.2, 5), "R05": ("sum", "Rp", 420000000, 398750000, 15000000),
 "R06": ("sum", "unit", 24, 22, 6), "R07": ("last", "%", 90, 88.6, 2), "R08": ("last", "unit", 432, 425, 12),
 "R09": ("last", "nilai", 80, 81.3, 1), "R10": ("last", "%", 90, 93.5, 1), "R11": ("sum", "laporan", 120, 134, -10),
 "R12": ("last", "%", 80, 76.8, 3), "R13": ("sum", "kegiatan", 12, 12, 2), "R14": ("last", "KK", 210, 204, 10),
 "R15": ("last", "KK", 150, 166, 8), "R16": ("last", "hari", 5, 6, -1), "R17": ("last", "%", 95, 92.1, 1),
 "R17a": ("last", "%", 97, 96.4, 1), "R17l": ("last", "%", 98, 99.2, 0.5), "R19": ("last", "%", 100, 87.5, 0),
 "R20": ("last", "KK", 30, 41, -5),
}
N = {
 "R01": ["Tingkat hunian (okupansi) rusunawa pekerja", "Tingkat Hunian Rusunawa Pekerja (%)", "Tingkat okupansi rusun pekerja", "Tingkat hunian/okupansi Rusunawa"],
 "R02": ["Jumlah penghuni rusunawa", "Jumlah Penghuni Rusunawa (jiwa)", "Jumlah penghuni rusun", "Jumlah penghuni Rusunawa Pekerja"],
 "R03": ["Jumlah penghuni baru", "Jumlah KK penghuni baru", "Jumlah penghuni baru yg menempati unit", "Jumlah penghuni baru (KK)"],
 "R04": ["Persentase tunggakan sewa yang tertagih", "Prosentase tunggakan sewa yg tertagih", None, None],
 "R04b": [None, None, "Persentase penyelesaian tunggakan sewa", "Persentase penyelesaian tunggakan sewa hunian"],
 "R05": ["Pendapatan retribusi sewa rusunawa", "Realisasi pendapatan retribusi sewa rusunawa", "Pendapatan retribusi sewa rusun ", "Pendapatan Retribusi Sewa Rusunawa (Rp)"],
 "R06": ["Jumlah unit hunian yang direhabilitasi", "Jumlah unit hunian yg direhab", "Jumlah unit hunian yang diperbaiki/direhabilitasi", "Jumlah unit hunian direhabilitasi"],
 "R07": ["Persentase unit hunian layak huni", "Prosentase unit hunian layak huni", "Persentase unit hunian dlm kondisi layak huni", "Persentase Unit Hunian Layak Huni"],
 "R08": ["Jumlah unit hunian layak huni", "Jumlah unit hunian layak huni (unit)", "Jumlah unit layak huni", "Jumlah Unit Hunian Layak Huni"],
 "R09": ["Indeks Kepuasan Masyarakat (IKM) penghuni", "Nilai IKM penghuni rusunawa", "Indeks kepuasan penghuni", "Indeks Kepuasan Penghuni Rusunawa"],
 "R10": ["Persentase keluhan penghuni yang ditindaklanjuti", "Persentase keluhan penghuni yg ditindaklanjuti", "Persentase pengaduan penghuni yang ditindaklanjuti", "Persentase pengaduan penghuni\nyang ditindaklanjuti"],
 "R11": ["Jumlah keluhan penghuni yang diterima", "Jumlah keluhan penghuni", "Jumlah pengaduan penghuni yang masuk", "Jumlah pengaduan penghuni yang diterima"],
 "R12": ["Persentase fasilitas umum rusunawa dalam kondisi baik", "Persentase fasum rusunawa kondisi baik", "Persentase fasilitas umum & sosial dalam kondisi baik", "Persentase fasum-fasos kondisi baik"],
 "R13": ["Jumlah kegiatan pembinaan penghuni", "Jumlah kegiatan pembinaan dan sosialisasi penghuni", "Jumlah kegiatan pembinaan penghuni", "Kegiatan pembinaan penghuni yang dilaksanakan"],
 "R14": ["Jumlah penghuni pekerja sektor formal", "Jumlah KK penghuni pekerja sektor formal", "Jumlah penghuni pekerja formal", "Jumlah penghuni pekerja sektor formal "],
 "R15": ["Jumlah penghuni pekerja sektor informal", "Jumlah KK penghuni pekerja sektor informal", "Jumlah penghuni pekerja informal", "Jumlah penghuni pekerja sektor informal"],
 "R16": ["Rata-rata waktu penanganan perbaikan", "Rata2 waktu penanganan perbaikan (hari)", "Waktu rata-rata penanganan perbaikan kerusakan", "Rata-rata waktu penanganan perbaikan kerusakan unit"],
 "R17": ["Persentase pemenuhan air bersih dan listrik", "Persentase pemenuhan air bersih & listrik", None, None],
 "R17a": [None, None, "Persentase pemenuhan air bersih", "Persentase unit terlayani air bersih"],
 "R17l": [None, None, "Persentase pemenuhan listrik", "Persentase unit terlayani listrik"],
 "R19": [None, None, "Persentase kelengkapan dokumen perjanjian sewa", "Persentase kelengkapan dokumen perjanjian sewa (SIP)"],
 "R20": ["Jumlah penghuni menunggak lebih dari 3 bulan", "Jumlah penghuni yg menunggak > 3 bulan", None, None],
}
O = {
 (2020, "R01"): {"t": 850},                                           # MISTAKE target typed 10x
 (2020, "R05"): {"t": T("Rp 420.000.000,-", 420000000), "r": T("Rp 398.750.000,-", 398750000)},
 (2020, "R09"): {"t": T("≥ 80", 80), "r": T("81,3", 81.3)},
 (2020, "R16"): {"t": T("5 hari", 5), "r": T("6 hari*)", 6)},
 (2021, "R05"): {"unit": "Rp juta", "t": 435, "r": 412.5},             # MISTAKE unit changes to Rp juta
 (2021, "R07"): {"r": 0.902},                                         # MISTAKE fraction in plain cell
 (2021, "R09"): {"t": T("80 - 85", 80), "r": T("B", None)},
 (2021, "R11"): {"r": T("-", None)},
 (2022, "R13"): {"rq": [3, 4, 30, 5]},                                # MISTAKE TW III typed 10x
 (2022, "R19"): {"rq": [None, 62.5, T("-", None), 87.5]},
 (2022, "R05"): {"t": 450000000},
 (2023, "R06"): {"rk": lambda row: F(f"=L{row}+N{row}+P{row}", 29)},   # MISTAKE wrong formula, TW IV missing (29 not 40)
 (2023, "R02"): {"t": T("1.270 jiwa", 1270)},
}
def mk(y): return build(S, N, y, y - 2020, O)

# ---- 2020 + 2021 in one xlsx
b1 = ag.book("PK_LKjIP_Rusunawa_2020_2021.xlsx")
ws = b1.sheet("PK 2020")
r = b1.title(ws, ["PERJANJIAN KINERJA TAHUN 2020", "UPTD PENGELOLAAN RUMAH SUSUN PEKERJA", "DINAS PERUMAHAN RAKYAT KABUPATEN KARANG EMAS"], 7)
ws.cell(r, 1, "Periode: Januari s.d. Desember 2020"); r += 2
it = [pctify(x) for x in mk(2020)]
byid = {x["id"]: x for x in it}
g1 = [byid[i] for i in ["R01", "R02", "R03", "R14", "R15", "R20", "R04", "R05"]]
g2 = [byid[i] for i in ["R06", "R07", "R08", "R17", "R12", "R16"]]
g3 = [byid[i] for i in ["R09", "R10", "R11", "R13"]]
byid["R12"]["wrap2"] = "(sarana air, listrik, jalan lingkungan)"
byid["R13"]["name_in_sasaran"] = True
r = layout_pk(ag, b1, ws, 2020, [("Meningkatnya keterhunian rusunawa pekerja", g1), ("Meningkatnya kualitas hunian", g2),
                               ("Meningkatnya kualitas layanan kepada penghuni", g3)], r)
ws.cell(r + 1, 2, "Anggaran: Program Pengembangan Perumahan  Rp 1.275.400.000,-")
ws.cell(r + 2, 2, "*) data s.d. November 2020")
b1.sign(ws, r + 4, 5, "Karang Emas, 4 Januari 2021", "Ir. SUHARJONO WIBISONO", "19700312 199803 1 007")
wh = b1.sheet("PK 2020 awal", hidden=True)
layout_pk(Agency.__new__(Agency) if False else type("X", (), {"key": lambda *a, **k: None})(), b1, wh, 2020,
          [("(draft)", [dict(x, t=1, r=1) for x in g1])], 1)
ws = b1.sheet("LKjIP 2021")
r = b1.title(ws, ["Tabel 3.2 Capaian Indikator Kinerja UPTD Rusunawa Pekerja Tahun 2021"], 11) + 1
it = mk(2021)
for x in it:
    x["prev"] = [None, None, kv(mk(2020)[0]["r"]) if False else None]
    base = next((p for p in mk(2020) if p["id"] == x["id"]), None)
    x["prev"] = [None, round(kv(base["r"]) * 0.95, 2) if base and isinstance(kv(base["r"]), (int, float)) else "-", kv(base["r"]) if base else "-"]
    x["renstra"] = S[x["id"]][2] + 4 * S[x["id"]][4]
    if x["unit"] == "%" and isinstance(x["t"], (int, float)) and x["id"] != "R07": pctify(x)
# hidden draft row between
r = layout_lkjip(ag, b1, ws, 2021, it, r)
ws.cell(r + 1, 2, "Sumber: Laporan bulanan UPTD, diolah")
# ---- 2022 xls: rencana aksi quarterly, no annual realisasi
b2 = ag.book("Rencana_Aksi_Rusunawa_2022.xls")
ws = b2.sheet("RENAKSI")
r = b2.title(ws, ["RENCANA AKSI DAN REALISASI TRIWULAN", "UPTD Pengelolaan Rumah Susun Pekerja - Tahun Anggaran 2022"], 12) + 1
it = mk(2022)
it[0]["band"] = "Sasaran 1: Meningkatnya keterhunian rusunawa pekerja"
r = layout_tw(ag, b2, ws, 2022, it, r)
ws.insert_rows  # no-op
hr = r; ws.cell(hr, 2, "Jumlah penghuni (draft lama)"); ws.row_dimensions[hr].hidden = True
ws.cell(r + 2, 2, "Catatan: kolom realisasi diisi angka triwulan berjalan; '-' = belum dilaporkan")
nt = b2.sheet("Catatan"); nt["A1"] = "Indikator R17 dipecah menjadi air bersih dan listrik mulai 2022 (Renstra perubahan)."
# ---- 2023 ods: E.81 + additional cards sheet
b3 = ag.book("Evaluasi_Renja_Rusunawa_2023.ods")
ws = b3.sheet("E.81 2023")
r = b3.title(ws, ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", "LINGKUP KABUPATEN KARANG EMAS", "Periode Pelaksanaan: Tahun 2023"], 12) + 1
it = mk(2023); byid = {x["id"]: x for x in it}
main = [x for x in it if x["id"] not in ("R09", "R10", "R11", "R13")]
for k, x in enumerate(main):
    x["renstra"] = S[x["id"]][2] + 4 * S[x["id"]][4]; x["prev"] = None
    if k % 4 == 0: x["sub"] = ["Pengelolaan Rumah Susun Umum", "Pemeliharaan Rusun", "Pembinaan Penghuni", "Penyediaan Sarana Utilitas", "Penatausahaan Retribusi"][k // 4]
byid["R05"]["rp"] = 185000000
r = layout_e81(ag, b3, ws, 2023, "PROGRAM PENGEMBANGAN PERUMAHAN", "Pengelolaan dan Pengembangan Rumah Susun", main, r)
put(ws, f"D{r}", "JUMLAH", bold=True); put(ws, f"K{r}", F(f"=SUM(K{r-len(main)}:K{r-1})", None))
b3.sign(ws, r + 3, 15, "Karang Emas, 15 Januari 2024", "MARLINA SETYOWATI, S.T., M.T.", "19780922 200501 2 011")
ws2 = b3.sheet("IKU Pelayanan 2023")
ws2["A1"] = "Indikator Kinerja Layanan Penghuni Tahun 2023"; ws2["A1"].font = Font(bold=True)
cards = [byid[i] for i in ("R09", "R10", "R11", "R13")]
for c in cards: pctify(c)
layout_cards(ag, b3, ws2, 2023, cards, 3)
ag.save()
