import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
Y = [2019, 2020, 2021, 2022]
I = [
 Ind("L01", "Angka Partisipasi Sekolah anak berkebutuhan khusus", "pct", 62, "L", names={2021: "APS Anak Berkebutuhan Khusus (ABK)"}),
 Ind("L02", "Jumlah peserta didik SLB", "int", 240, "L", unit="siswa"),
 Ind("L03", "Jumlah peserta didik baru", "int", 45, "F", unit="siswa", names={2022: "Jumlah siswa baru yang diterima"}),
 Ind("L04", "Persentase peserta didik yang lulus", "pct", 98, "L"),
 Ind("L05", "Jumlah lulusan yang terserap dunia kerja", "int", 12, "F", unit="orang", years=[2019, 2020]),
 Ind("L05n", "Jumlah lulusan yang bekerja", "int", 7, "F", unit="orang", years=[2021, 2022]),
 Ind("L05w", "Jumlah lulusan yang berwirausaha", "int", 5, "F", unit="orang", years=[2021, 2022]),
 Ind("L06", "Persentase guru berkualifikasi S1/D4", "pct", 92, "L", names={2020: "Prosentase guru berkualifikasi minimal S1/D-IV"}),
 Ind("L07", "Persentase guru bersertifikat pendidik", "pct", 70, "L"),
 Ind("L08", "Jumlah guru pendidikan khusus yang mengikuti diklat", "int", 18, "F", unit="orang", names={2020: "a. Jumlah guru PK yg mengikuti diklat/bimtek"}),
 Ind("L09", "Rasio guru terhadap peserta didik", "dec", 4.5, "L", unit="rasio"),
 Ind("L10", "Persentase peserta didik tunanetra yang mendapat buku braille", "pct", 85, "L", names={2022: "Persentase peserta didik tunanetra\nyang mendapat buku braille"}),
 Ind("L11", "Persentase peserta didik tunarungu yang mendapat alat bantu dengar", "pct", 60, "L", names={2021: "Persentase Peserta Didik Tunarungu Yg Mendapat ABD "}),
 Ind("L12", "Rata-rata nilai ujian sekolah", "idx", 76, "L", unit="nilai", names={2022: "Nilai rata-rata US"}),
 Ind("L13", "Persentase ruang kelas dalam kondisi baik", "pct", 80, "L"),
 Ind("L14", "Jumlah ruang keterampilan vokasional", "int", 6, "L", unit="ruang", years=[2020, 2021, 2022]),
 Ind("L15", "Persentase peserta didik yang mengikuti program asrama", "pct", 40, "L", years=[2019, 2020, 2021]),
 Ind("L16", "Indeks Kepuasan Masyarakat", "idx", 80, "L", unit="indeks"),
 Ind("L17", "Nilai akreditasi sekolah", "idx", 88, "L", unit="nilai", years=[2019, 2020]),
 Ind("L17b", "Nilai Standar Nasional Pendidikan (rapor mutu)", "idx", 5.6, "L", unit="skor", years=[2021, 2022]),
 Ind("L18", "Persentase serapan anggaran BOS", "pct", 97, "L"),
]
ag = Agency("uptd_slb_negeri_kab_lembah_arwana", "L", Y, I)
ag.ambiguous = [["L17", "L17b"]]
ag.mis = {("L07", 2019, "t"): "x10", ("L03", 2021, "r"): "frac", ("L18", 2022, "t"): "x1000", ("L04", 2020, "r"): "frac"}
ag.mistakes = [
 ["2019", "LKjIP 2019 target L07", "L07", "target typed 10x", "as typed"],
 ["2020", "Renstra realisasi 2020 L04", "L04", "fraction typed in a plain (non-%) cell", "as typed (0.xx)"],
 ["2021", "card IKU realisasi L03", "L03", "fraction typed in a plain cell for a count (student count / 100)", "as typed"],
 ["2022", "PK 2022 Perubahan target L18", "L18", "target typed 1000x", "as typed"],
]
H = ["UPTD SLB NEGERI LEMBAH ARWANA", "DINAS PENDIDIKAN PROVINSI"]
F1 = "LKjIP SLB Lembah Arwana 2019.xls"
ws, r = lay_lkjip(ag, F1, "Tabel 3.1", 2019, ag.active(2019), ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2019"] + H, renstra_first=True)
sign(ws, r, 7, "Lembah Arwana", 2019, "Dra. Sri Handayani Lubis, M.Pd", "19680412 199203 2 006", "Kepala Sekolah")
ag.layouts.append(["2019", F1, "Tabel 3.1", "LKjIP chapter III with Renstra end target BEFORE realisasi 2017/2018, then target/realisasi 2019"])
F2 = "capaian_kinerja_slb_2020_2021.ods"
ws, r = lay_renstra(ag, F2, "Renstra", 2020, ag.active(2020), ["MATRIKS RENSTRA 2019-2023 DAN REALISASI TAHUN 2020"] + H, 2019)
ag.layouts.append(["2020", F2, "Renstra", "Renstra matrix: kondisi awal 2018, targets 2019-2023 under merged header, realisasi 2020 only; target ranges"])
ws, r = lay_cards(ag, F2, "IKU 2021", 2021, ag.active(2021), ["KARTU CAPAIAN IKU TAHUN 2021"] + H)
ag.layouts.append(["2021", F2, "IKU 2021", "cards: one block per indicator (name merged B:E, Satuan/Target/Realisasi/Capaian rows), '≥' targets, '*)' realisasi"])
F3 = "PK_Perubahan_SLB_2022.xlsx"
a22 = ag.active(2022)
ws, r = lay_pk(ag, F3, "Kinerja Utama", 2022, a22[:9], ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2022"] + H, band=False, perubahan=True,
               sasarans=["Meningkatnya akses layanan pendidikan khusus", "Meningkatnya mutu lulusan"])
W(ws, r, 3, "bersambung ke sheet Kinerja Pendukung")
ws, r = lay_pk(ag, F3, "Kinerja Pendukung", 2022, a22[9:], ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2022 (lanjutan)"] + H, band=False, perubahan=True,
               sasarans=["Meningkatnya kualitas pendidik", "Meningkatnya tata kelola sekolah"], start=10, capaian_over="L16")
sign(ws, r, 6, "Lembah Arwana", 2022, "Yohanes Simanjuntak, S.Pd., M.Pd", "19750809 200012 1 002", "Kepala Sekolah")
ag.layouts.append(["2022", F3, "Kinerja Utama + Kinerja Pendukung", "one year spread over two sheets; PK Awal / PK Perubahan columns, Sasaran merged vertically; numbering continues 10.. on 2nd sheet; % Capaian typed over for L16"])
ag.save()
