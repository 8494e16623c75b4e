import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
Y = [2021, 2022, 2023, 2024]
I = [
 Ind("R01", "Jumlah persalinan normal", "int", 900, "F", unit="persalinan"),
 Ind("R02", "Jumlah persalinan dengan tindakan sectio caesarea", "int", 420, "F", unit="persalinan", names={2022: "Jumlah persalinan SC"}),
 Ind("R03", "Persentase persalinan sectio caesarea", "pct", 30, "L"),
 Ind("R04", "Angka kematian ibu di rumah sakit", "int", 2, "F", unit="kasus", names={2024: "Jumlah kematian ibu"}),
 Ind("R05", "Angka kematian bayi baru lahir (neonatal)", "int", 8, "F", unit="kasus"),
 Ind("R06", "Jumlah kunjungan rawat jalan", "int", 24000, "F", unit="kunjungan"),
 Ind("R07", "Jumlah kunjungan rawat jalan baru", "int", 8000, "F", unit="kunjungan"),
 Ind("R08", "Bed Occupancy Rate (BOR)", "pct", 70, "L"),
 Ind("R09", "Average Length of Stay (ALOS)", "dec", 3.5, "L", unit="hari"),
 Ind("R10", "Persentase bayi BBLR yang tertangani", "pct", 95, "L"),
 Ind("R11", "Cakupan imunisasi HB0 pada bayi baru lahir", "pct", 98, "L"),
 Ind("R12", "Pendapatan BLUD", "rp", 14000000000, "F", unit="Rupiah"),
 Ind("R13", "Indeks Kepuasan Masyarakat", "idx", 82, "L", unit="indeks"),
 Ind("R14", "Waktu tunggu rawat jalan", "int", 60, "L", unit="menit", names={2022: "IKU-14 Waktu tunggu rawat jalan", 2023: "Waktu tunggu pelayanan rawat jalan (menit)"}),
 Ind("R15", "Persentase rekam medis yang lengkap dalam 24 jam", "pct", 90, "L"),
 Ind("R16", "Jumlah pasien rawat inap", "int", 5200, "F", unit="pasien", years=[2021, 2022]),
 Ind("R16a", "Jumlah pasien rawat inap ibu", "int", 3000, "F", unit="pasien", years=[2023, 2024]),
 Ind("R16c", "Jumlah pasien rawat inap anak", "int", 2100, "F", unit="pasien", years=[2023, 2024]),
 Ind("R17", "Persentase ibu hamil yang melakukan kunjungan ANC", "pct", 85, "L", years=[2021, 2022, 2023]),
 Ind("R18", "Tingkat kepatuhan kebersihan tangan", "pct", 85, "L", years=[2021, 2022]),
 Ind("R18b", "Kepatuhan petugas terhadap PPI (cuci tangan & APD)", "pct", 88, "L", years=[2023, 2024]),
 Ind("R19", "Jumlah kelas ibu hamil yang dilaksanakan", "int", 24, "F", unit="kali", years=[2023, 2024]),
]
ag = Agency("uptd_rsia_kota_bandar_melati", "R", Y, I)
ag.ambiguous = [["R18", "R18b"]]
ag.mis = {("R06", 2021, "q"): 2, ("R10", 2022, "t"): "frac", ("R01", 2023, "q"): 2, ("R12", 2024, "t"): "juta"}
ag.mistakes = [
 ["2021", "Rekap 2021 Mar realisasi R06", "R06", "one month typed 10x", "sum incl. 10x month"],
 ["2022", "Dashboard target R10", "R10", "fraction typed in a plain cell", "as typed (0.95)"],
 ["2023", "TW 2023 s.d. TW III realisasi R01", "R01", "cumulative s.d. TW III typed 10x (last column left blank -> last reported is the wrong one)", "as typed"],
 ["2024", "PK 2024 target R12", "R12", "target in Rp juta while realisasi in full rupiah", "as typed"],
 ["2024", "PK 2024 % Capaian R13", "R13", "computed column typed over (not a key field)", "-"],
]
H = ["UPTD RUMAH SAKIT IBU DAN ANAK", "DINAS KESEHATAN KOTA BANDAR MELATI"]
F1 = "rekap_bulanan_rsia_2021.ods"
ws, r = lay_monthly(ag, F1, "Rekap 2021", 2021, ag.active(2021), ["REKAPITULASI INDIKATOR KINERJA BULANAN TAHUN 2021"] + H,
                    blanks={("R08", 11), ("R13", 11), ("R13", 10), ("R04", 5), ("R09", 11)})
ag.layouts.append(["2021", F1, "Rekap 2021", "monthly recap Jan-Des, no annual column (FLOW sum / LEVEL last reported); blank or '-' months"])
F2 = "Dashboard RSIA 2022-2023.xlsx"
a22 = ag.active(2022)
ws, r = lay_transposed(ag, F2, "2022", 2022, a22, ["DASHBOARD KINERJA RSIA TAHUN 2022"] + H, per_block=10)
ag.layouts.append(["2022", F2, "2022", "turned-over table: indicators across columns, two stacked blocks (rows Indikator/Satuan/Target/Capaian); key rows share sheet rows -> col"])
ws, r = lay_sdtw_pairs(ag, F2, "TW 2023", 2023, ag.active(2023), ["CAPAIAN KINERJA KUMULATIF TAHUN 2023"] + H, stop={"R01", "R13", "R09"})
ag.layouts.append(["2023", F2, "TW 2023", "row pairs Target/Realisasi, name merged over 2 rows, cumulative s.d. TW I-IV columns; TW IV blank for R01,R13,R09"])
F3 = "PK RSIA 2024.xls"
ws, r = lay_pk(ag, F3, "PK 2024", 2024, ag.active(2024), ["PERJANJIAN KINERJA DAN PENGUKURAN KINERJA TAHUN 2024"] + H, band=True,
               wrap_id="R15", paste_twice=True, capaian_over="R13",
               sasarans=["Menurunnya kematian ibu dan bayi", "Meningkatnya mutu pelayanan rumah sakit", "Meningkatnya kinerja keuangan"])
sign(ws, r, 6, "Bandar Melati", 2024, "dr. Ratna Kusumawardani, Sp.OG", "19790122 200604 2 011", "Direktur")
ag.layouts.append(["2024", F3, "PK 2024", "PK with sasaran bands; R15 name wrapped over two rows; the whole table pasted a second time below (not keyed)"])
ag.save()
