import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
Y = [2020, 2021, 2022, 2023]
I = [
 Ind("B01", "Jumlah dosis semen beku yang diproduksi", "int", 180000, "F", unit="dosis"),
 Ind("B02", "Jumlah dosis semen beku yang disalurkan ke kabupaten/kota", "int", 150000, "F", unit="dosis",
     names={2022: "Jumlah dosis semen beku yang didistribusikan ke kab/kota", 2023: "Jumlah Semen Beku Didistribusikan (dosis)"}),
 Ind("B03", "Persentase semen beku yang memenuhi SNI", "pct", 95, "L"),
 Ind("B04", "Jumlah akseptor IB", "int", 42000, "F", unit="ekor", names={2023: "Jumlah akseptor inseminasi buatan (IB)"}),
 Ind("B05", "Service per Conception (S/C)", "dec", 1.8, "L", unit="kali", names={2022: "Angka S/C (service per conception)"}),
 Ind("B06", "Conception Rate (CR)", "pct", 65, "L", years=[2020, 2021]),
 Ind("B06b", "Persentase kebuntingan hasil IB (Pregnancy Rate)", "pct", 60, "L", years=[2022, 2023]),
 Ind("B07", "Jumlah kelahiran pedet hasil IB", "int", 21000, "F", unit="ekor", years=[2020, 2021]),
 Ind("B07j", "Jumlah kelahiran pedet jantan hasil IB", "int", 10500, "F", unit="ekor", years=[2022, 2023]),
 Ind("B07t", "Jumlah kelahiran pedet betina hasil IB", "int", 10000, "F", unit="ekor", years=[2022, 2023]),
 Ind("B08", "Jumlah pejantan unggul yang dipelihara", "int", 48, "L", unit="ekor"),
 Ind("B09", "Jumlah pejantan unggul baru", "int", 6, "F", unit="ekor", names={2021: "Jumlah Pejantan Unggul Baru (pengadaan)"}),
 Ind("B10", "Jumlah inseminator terlatih", "int", 320, "L", unit="orang"),
 Ind("B11", "Persentase inseminator terlatih yang aktif melapor", "pct", 80, "L"),
 Ind("B12", "Indeks Kepuasan Masyarakat terhadap layanan BIB", "idx", 82, "L", unit="indeks"),
 Ind("B13", "Persentase realisasi anggaran", "pct", 95, "L", names={2023: "Persentase serapan anggaran"}),
 Ind("B14", "Pendapatan retribusi penjualan semen beku", "rp", 450000000, "F", unit="Rupiah"),
 Ind("B15", "Jumlah sampel semen yang diuji mutu", "int", 1200, "F", unit="sampel", names={2021: "3.2 Jumlah sampel semen yang diuji mutu"}),
 Ind("B16", "Persentase peralatan laboratorium yang terkalibrasi", "pct", 90, "L", years=[2020, 2021, 2022]),
 Ind("B17", "Jumlah nitrogen cair yang diproduksi", "int", 60000, "F", unit="liter"),
 Ind("B18", "Jumlah nitrogen cair yang didistribusikan", "int", 52000, "F", unit="liter", years=[2022, 2023]),
 Ind("B19", "Jumlah straw semen sapi Bali yang diproduksi", "int", 40000, "F", unit="straw", years=[2020, 2021]),
]
ag = Agency("uptd_bib_ternak_prov_padang_sawitri", "B", Y, I)
ag.ambiguous = [["B06", "B06b"]]
ag.mis = {("B13", 2020, "t"): "x10", ("B03", 2021, "r"): "frac", ("B04", 2022, "q"): 1,
          ("B14", 2022, "t"): "juta", ("B14", 2022, "r"): "juta"}
ag.mistakes = [
 ["2020", "PK 2020 target B13", "B13", "target typed 10x (950 for 95 %)", "950"],
 ["2021", "Capaian 2021 realisasi B03", "B03", "fraction typed in a plain cell", "as typed (0.xx)"],
 ["2022", "RA 2022 TW II realisasi B04", "B04", "one quarter typed 10x", "sum incl. 10x quarter"],
 ["2022", "RA 2022 target + quarters B14", "B14", "Rp juta instead of full rupiah (target, 4 quarters)", "as typed (juta)"],
 ["2023", "E.81 col 20 (T) B01", "B01", "wrong formula =L+N+P (TW IV left out)", "cached value"],
 ["2023", "E.81 col 20 (T) B10", "B10", "computed column typed over with a number", "as typed"],
]
H = ["UPTD BALAI INSEMINASI BUATAN DAERAH", "DINAS PETERNAKAN DAN KESEHATAN HEWAN PROVINSI PADANG SAWITRI"]
F1 = "PK_dan_Capaian_BIB_2020-2021.xlsx"
ws, r = lay_pk(ag, F1, "PK 2020", 2020, ag.active(2020), ["PENGUKURAN KINERJA TAHUN 2020"] + H,
               band=True, name_in_sasaran="B12", draft="B09",
               sasarans=["Meningkatnya produksi dan mutu semen beku", "Meningkatnya populasi ternak melalui IB", "Meningkatnya kualitas pelayanan"])
sign(ws, r + 1, 6, "Kota Sawitri", 2020, "drh. Made Wiranata, M.Si", "19720315 199903 1 004")
ag.layouts.append(["2020", F1, "PK 2020", "PK Sasaran|Indikator|Satuan|Target|Realisasi|%Capaian, sasaran bands A-C, B12 name typed in Sasaran column, hidden draft row after B09, average + predikat, signature"])
ws, r = lay_lkjip(ag, F1, "Capaian 2021", 2021, ag.active(2021), ["BAB III AKUNTABILITAS KINERJA", "LKjIP UPTD BIB DAERAH TAHUN 2021"])
ag.layouts.append(["2021", F1, "Capaian 2021", "LKjIP chapter III table: realisasi 2019, 2020, target/realisasi 2021, Renstra end target; hidden sheet 'lama' with stale 2021 figures"])
st = ag.book(F1).create_sheet("lama")
for i, ind in enumerate(ag.active(2021)):
    st.cell(i + 1, 1, ag.name(ind, 2021)); st.cell(i + 1, 2, vals(ind, 2021)[0] + 1); st.cell(i + 1, 3, vals(ind, 2020)[1])
st.sheet_state = "hidden"
F2 = "RENCANA AKSI 2022 UPTD BIB.xls"
inds22 = ag.active(2022)
ws, r = lay_quarter(ag, F2, "RA 2022", 2022, inds22, ["RENCANA AKSI DAN REALISASI TRIWULAN TAHUN 2022"] + H,
                    blanks={("B11", 3), ("B09", 2), ("B09", 3), ("B05", 3)})
W(ws, r, 2, "Ket: TW IV B11/B05 belum dilaporkan; retribusi dalam Rp juta")
ag.layouts.append(["2022", F2, "RA 2022", "Rencana Aksi: Target tahun + TW I-IV target/realisasi pairs under merged 2-row header, NO annual realisasi (FLOW sum / LEVEL last reported)"])
F3 = "evaluasi_renja_2023_bib.ods"
ws, r = lay_e81(ag, F3, "E81 2023", 2023, ag.active(2023),
                ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI PADANG SAWITRI", "RENJA PERANGKAT DAERAH UPTD BIB DAERAH", "PERIODE PELAKSANAAN: TAHUN 2023"],
                wrong="B01", over="B10")
ns = ag.book(F3).create_sheet("Catatan")
ns.cell(1, 1, "Catatan verifikasi: kolom 20 dihitung dari TW I-IV; B10 diisi manual oleh operator.")
ag.layouts.append(["2023", F3, "E81 2023", "Permendagri 86 form E.81: numbered columns 1-24, K/Rp pairs, programme/kegiatan rows without indicator, formulas; notes sheet"])
ag.save()
