"""Agency B: Dinas Kesehatan Kota Bitung, annual PK 2017-2020."""
import openpyxl
from common import Ind, rnd
from tables import write_annual

SLUG = "dinkes-kota-bitung"
AGENCY = "Dinas Kesehatan Kota Bitung"
YEARS = [2017, 2018, 2019, 2020]


def yrs(*vals):
    return {y: v for y, v in zip(YEARS, vals) if v is not None}


def N(a, b, c, d):
    return {y: n for y, n in zip(YEARS, (a, b, c, d)) if n is not None}


I = {}


def add(id, unit, pol, dec, names, tgt, **kw):
    I[id] = Ind(id, unit, pol, dec, names, tgt, **kw)


KH5 = "per 100.000 KH"
KH3 = "per 1.000 KH"
# S1 derajat kesehatan
add("aki", KH5, "-", 2, N("Angka Kematian Ibu (AKI)", "Angka Kematian Ibu",
    "AKI (Angka Kematian Ibu) per 100.000 kelahiran hidup", "Angka Kematian Ibu (AKI) per 100.000 KH"),
    yrs(120, 115, 110, 105), real={2017: 102.56, 2018: 128.37, 2019: 96.15, 2020: 110.22},
    units={2019: "per 100.000 kelahiran hidup"})
add("akb", KH3, "-", 2, N("Angka Kematian Bayi (AKB)", "Angka Kematian Bayi", "AKB (Angka Kematian Bayi) per 1.000 kelahiran hidup",
    "Angka Kematian Bayi (AKB) per 1.000 KH"), yrs(9.0, 8.5, 8.0, 7.5), real={2017: 8.72, 2018: 8.10, 2019: 8.35, 2020: 7.08},
    units={2019: "per 1.000 kelahiran hidup"})
add("akaba", KH3, "-", 2, N("Angka Kematian Balita (AKABA)", "Angka Kematian Balita", "AKABA per 1.000 kelahiran hidup",
    "Angka Kematian Balita (AKABA)"), yrs(11.0, 10.5, 10.0, 9.5), real={2017: 10.41, 2018: 10.62, 2019: 9.73, 2020: 9.12},
    units={2019: "per 1.000 kelahiran hidup"})
add("persalinan", "%", "+", 2, N("Persentase persalinan di fasilitas pelayanan kesehatan",
    "Persentase Persalinan di Fasilitas Pelayanan Kesehatan (PF)", "Prosentase persalinan di fasyankes",
    "Persentase persalinan di fasilitas pelayanan kesehatan"), yrs(90, 92, 94, 95), spread=(0.97, 1.04))
add("idl", "%", "+", 2, N("Persentase bayi yang mendapat imunisasi dasar lengkap (IDL)",
    "Persentase Imunisasi Dasar Lengkap (IDL) pada bayi", "Persentase bayi usia 0-11 bulan yang mendapat imunisasi dasar lengkap",
    "Persentase bayi yang mendapat Imunisasi Dasar Lengkap"), yrs(92, 93, 94, 95), spread=(0.9, 1.05))
add("uci", "%", "+", 2, N("Persentase kelurahan UCI (Universal Child Immunization)", "Persentase Kelurahan UCI",
    "Persentase kelurahan Universal Child Immunization (UCI)", None), yrs(85, 88, 90, None),
    real={2017: 82.35, 2018: 87.69, 2019: 90.77})
# S2 gizi
add("stunting", "%", "-", 2, N("Prevalensi stunting pada balita", "Prevalensi balita stunting",
    "Prevalensi Stunting (pendek dan sangat pendek) pada balita", "Prevalensi stunting pada balita"),
    yrs(24, 22, 20, 18), real={2017: 25.1, 2018: 21.4, 2019: 19.65, 2020: 18.9})
add("gizi-buruk", "%", "-", 2, N("Persentase balita gizi buruk", "Prosentase balita gizi buruk",
    "Persentase balita dengan gizi buruk", "Persentase Balita Gizi Buruk"), yrs(0.8, 0.7, 0.6, 0.5),
    real={2017: 0.74, 2018: 0.71, 2019: 0.52, 2020: 0.55})
add("gizi-kurang", "%", "-", 2, N("Persentase balita gizi kurang", "Prosentase balita gizi kurang",
    "Persentase balita dengan gizi kurang", "Persentase Balita Gizi Kurang"), yrs(6.5, 6.0, 5.5, 5.0),
    real={2017: 6.21, 2018: 6.34, 2019: 5.38, 2020: 5.12})
add("asi", "%", "+", 2, N("Persentase bayi usia < 6 bulan mendapat ASI eksklusif", "Persentase bayi mendapat ASI Eksklusif",
    "Persentase bayi mendapat ASI eksklusif", "Persentase bayi usia kurang dari 6 bulan yang mendapat ASI eksklusif"),
    yrs(50, 55, 60, 65), spread=(0.9, 1.08))
# S3 pelayanan
add("rajal", "kunjungan", "+", 0, N("Jumlah kunjungan rawat jalan di Puskesmas", "Jumlah kunjungan rawat jalan Puskesmas",
    "Jumlah Kunjungan Rawat Jalan di Puskesmas", "Jumlah kunjungan pasien rawat jalan di Puskesmas"),
    yrs(142000, 148000, 152000, 120000), real={2017: 145318, 2018: 150247, 2019: 149882, 2020: 103415})
add("ranap", "kunjungan", "+", 0, N("Jumlah kunjungan rawat inap di Puskesmas", "Jumlah kunjungan rawat inap Puskesmas",
    "Jumlah Kunjungan Rawat Inap di Puskesmas", "Jumlah kunjungan pasien rawat inap di Puskesmas"),
    yrs(3200, 3350, 3500, 2800), real={2017: 3264, 2018: 3198, 2019: 3577, 2020: 2311})
add("pkm-akred-pct", "%", "+", 2, N("Persentase Puskesmas terakreditasi", "Prosentase Puskesmas yang terakreditasi",
    "Persentase Puskesmas terakreditasi", "Persentase puskesmas terakreditasi"), yrs(33.33, 55.56, 77.78, 100),
    real={2017: 33.33, 2018: 55.56, 2019: 88.89, 2020: 100})
add("pkm-akred-jml", "puskesmas", "+", 0, N("Jumlah Puskesmas terakreditasi", "Jumlah Puskesmas yang terakreditasi",
    "Jumlah Puskesmas terakreditasi", "Jumlah Puskesmas Terakreditasi"), yrs(3, 5, 7, 9),
    real={2017: 3, 2018: 5, 2019: 8, 2020: 9})
add("ikm", "indeks", "+", 2, N("Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan Puskesmas",
    "Indeks Kepuasan Masyarakat terhadap pelayanan puskesmas", "IKM pelayanan Puskesmas",
    "Indeks Kepuasan Masyarakat (IKM) Puskesmas"), yrs(76, 78, 80, 82), spread=(0.97, 1.03))
add("jkn", "%", "+", 2, N("Persentase penduduk yang menjadi peserta JKN",
    "Persentase penduduk yang menjadi peserta Jaminan Kesehatan Nasional (JKN)", "Persentase penduduk peserta JKN",
    "Persentase penduduk yang menjadi peserta JKN-KIS"), yrs(75, 82, 90, 95), spread=(0.93, 1.03))
# S4 penyakit
add("tb-sr", "%", "+", 2, N("Angka keberhasilan pengobatan TB (Success Rate)", "Angka keberhasilan pengobatan TB",
    "Angka Keberhasilan Pengobatan Tuberkulosis (TB)", "Angka keberhasilan pengobatan TB paru"), yrs(90, 90, 90, 90),
    real={2017: 87.5, 2018: 91.2, 2019: 89.36, 2020: 84.1})
add("tb-cdr", "%", "+", 2, N("Angka penemuan kasus TB (CDR)", "Angka penemuan kasus TB",
    "Angka Penemuan Kasus Tuberkulosis (CDR)", "Angka penemuan kasus TB (Case Detection Rate)"), yrs(70, 72, 75, 78),
    real={2017: 61.2, 2018: 66.85, 2019: 71.4, 2020: 52.3})
add("hipertensi", "%", "+", 2, N("Persentase penderita hipertensi yang mendapat pelayanan kesehatan sesuai standar",
    "Persentase penderita hipertensi yang mendapat pelayanan kesehatan sesuai standar",
    "Persentase penderita hipertensi yang mendapatkan pelayanan kesehatan sesuai standar",
    "Persentase Penderita Hipertensi mendapat pelayanan kesehatan sesuai standar"), yrs(60, 70, 80, 100),
    real={2017: 48.3, 2018: 63.9, 2019: 74.25, 2020: 58.6})
add("dm", "%", "+", 2, N("Persentase penderita Diabetes Melitus (DM) yang mendapat pelayanan kesehatan sesuai standar",
    "Persentase penderita DM yang mendapat pelayanan kesehatan sesuai standar",
    "Persentase penderita diabetes melitus yang mendapatkan pelayanan kesehatan sesuai standar",
    "Persentase Penderita DM mendapat pelayanan kesehatan sesuai standar"), yrs(60, 70, 80, 100),
    real={2017: 55.1, 2018: 71.45, 2019: 77.8, 2020: 66.2})
add("odgj", "%", "+", 2, N("Persentase ODGJ berat yang mendapat pelayanan kesehatan sesuai standar",
    "Persentase ODGJ berat yang mendapat pelayanan kesehatan jiwa sesuai standar",
    "Persentase Orang Dengan Gangguan Jiwa (ODGJ) berat yang mendapat pelayanan kesehatan sesuai standar",
    "Persentase ODGJ berat yang mendapat pelayanan kesehatan sesuai standar"), yrs(70, 80, 90, 100),
    real={2017: 72.4, 2018: 78.95, 2019: 92.1, 2020: 100})
add("covid", "%", "+", 2, N(None, None, None, "Persentase kasus konfirmasi COVID-19 yang ditangani sesuai standar"),
    yrs(None, None, None, 100), real={2020: 100})
# S5 akuntabilitas
add("sakip", "nilai", "+", 2, N("Nilai SAKIP Dinas Kesehatan", "Nilai Evaluasi SAKIP Dinas Kesehatan",
    "Nilai SAKIP Dinas Kesehatan", "Nilai SAKIP Dinas Kesehatan Kota Bitung"), yrs(60, 62, 65, 67),
    real={2017: 58.41, 2018: 62.3, 2019: 65.74, 2020: 66.18})
add("serapan", "%", "+", 2, N("Persentase realisasi anggaran Dinas Kesehatan", "Persentase realisasi anggaran",
    "Persentase Realisasi Anggaran Dinas Kesehatan", "Persentase realisasi anggaran Dinas Kesehatan"),
    yrs(95, 95, 95, 90), real={2017: 93.12, 2018: 94.87, 2019: 96.05, 2020: 88.4})

for i in I.values():
    if 2017 in i.tgt:
        i.prev = {2016: rnd(i.real[2017] * (1.02 if i.pol == "-" else 0.98), i.dec)}

S = {
    "derajat": N("Meningkatnya derajat kesehatan masyarakat", "Meningkatnya derajat kesehatan masyarakat",
      "Meningkatnya derajat kesehatan ibu, bayi dan balita", "Meningkatnya derajat kesehatan masyarakat"),
    "gizi": N("Meningkatnya status gizi masyarakat", "Meningkatnya status gizi masyarakat",
              "Meningkatnya status gizi balita", "Meningkatnya status gizi masyarakat"),
    "layanan": N("Meningkatnya akses dan mutu pelayanan kesehatan", "Meningkatnya akses dan mutu pelayanan kesehatan",
                 "Meningkatnya mutu dan akses pelayanan kesehatan dasar", "Meningkatnya akses dan mutu pelayanan kesehatan"),
    "penyakit": N("Menurunnya angka kesakitan penyakit menular dan tidak menular",
                  "Menurunnya angka kesakitan penyakit menular dan tidak menular",
                  "Terkendalinya penyakit menular dan tidak menular",
                  "Terkendalinya penyakit menular dan tidak menular"),
    "akun": N("Meningkatnya akuntabilitas kinerja Dinas Kesehatan", "Meningkatnya akuntabilitas kinerja Dinas Kesehatan",
              "Meningkatnya akuntabilitas kinerja perangkat daerah", "Meningkatnya akuntabilitas kinerja Dinas Kesehatan"),
}

SIG = lambda d: [d, "KEPALA DINAS KESEHATAN", "KOTA BITUNG", None, None, None,
                 "dr. JOHANIS E. LUMENTUT, M.Kes", "Pembina Tingkat I", "NIP. 19700321 200003 1 004"]

BASE = [
    ("derajat", ["aki", "akb", "akaba", "persalinan", "idl", "uci"]),
    ("gizi", ["stunting", "gizi-buruk", "gizi-kurang", "asi"]),
    ("layanan", ["rajal", "ranap", "pkm-akred-pct", "pkm-akred-jml", "ikm", "jkn"]),
    ("penyakit", ["tb-cdr", "tb-sr", "hipertensi", "dm", "odgj", "covid"]),
    ("akun", ["sakip", "serapan"]),
]


def groups(year, order):
    return [(S[s][year], [i for i in ids if year in I[i].names]) for s, ids in order]


def build(outdir, tmpdir):
    keys, files = [], []
    # ---- 2017 xlsx: two-row header "Tahun 2017", numbering row, sasaran merged
    y = 2017
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "PK 2017"
    spec = {
        "titles": ["PENGUKURAN KINERJA TAHUN 2017", "DINAS KESEHATAN KOTA BITUNG"],
        "header_row": 4,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Kinerja"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "tgt", "path": ["Tahun 2017", "Target"]}, {"kind": "real", "path": ["Tahun 2017", "Realisasi"]},
                 {"kind": "cap", "path": ["Tahun 2017", "Capaian (%)"]}],
        "numbering": "arabic",
        "footer": ["Jumlah Anggaran Tahun 2017 : Rp. 98.412.650.300", "Jumlah Realisasi Anggaran : Rp. 91.645.108.722"],
        "signature": SIG("Bitung, 31 Desember 2017"),
    }
    keys += write_annual(ws, spec, I, y, groups(y, BASE), "pk-dinkes-2017.xlsx", "PK 2017")
    wb.save(f"{outdir}/pk-dinkes-2017.xlsx"); files.append(("pk-dinkes-2017.xlsx", None))

    # ---- 2018 xlsx: sasaran as section rows (no sasaran column), IKU, Polaritas, capaian stored as fraction with 0.00%
    y = 2018
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IKU 2018"
    spec = {
        "titles": ["DINAS KESEHATAN KOTA BITUNG", "PENGUKURAN KINERJA INDIKATOR KINERJA UTAMA (IKU)", "TAHUN ANGGARAN 2018"],
        "header_row": 5,
        "cols": [{"kind": "no", "path": ["No."]}, {"kind": "ind", "path": ["Indikator Kinerja Utama"]},
                 {"kind": "sat", "path": ["Satuan"]}, {"kind": "pol", "path": ["Polaritas"]},
                 {"kind": "tgt", "path": ["Target 2018"]}, {"kind": "real", "path": ["Realisasi 2018"]},
                 {"kind": "cap", "path": ["% Capaian"]}],
        "sasaran_mode": "section", "section_fmt": "Sasaran Strategis {n} : {s}",
        "pol_words": ("Maximize", "Minimize"), "cap": "fraction",
        "footer": ["Keterangan : capaian indikator dengan polaritas minimize dihitung (2 x target - realisasi) / target x 100"],
        "signature": SIG("Bitung, 31 Januari 2019"),
    }
    o18 = [BASE[0], BASE[1], ("layanan", ["rajal", "ranap", "pkm-akred-pct", "pkm-akred-jml", "jkn", "ikm"]), BASE[3], BASE[4]]
    keys += write_annual(ws, spec, I, y, groups(y, o18), "pk-dinkes-2018.xlsx", "IKU 2018")
    wb.save(f"{outdir}/pk-dinkes-2018.xlsx"); files.append(("pk-dinkes-2018.xlsx", None))

    # ---- 2019 ods: LKjIP table lower, Realisasi 2018 column, some numbers typed as text ("142.000", "12,3 %"), Keterangan
    y = 2019
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Tabel 3.1"
    spec = {
        "titles": ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "DINAS KESEHATAN KOTA BITUNG TAHUN 2019",
                   "BAB III AKUNTABILITAS KINERJA", "Tabel 3.1", "Capaian Indikator Kinerja Utama Tahun 2019"],
        "header_row": 9,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Kinerja"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "real_prev", "path": ["Realisasi Tahun Lalu (2018)"]},
                 {"kind": "tgt", "path": ["Target 2019"]}, {"kind": "real", "path": ["Realisasi 2019"]},
                 {"kind": "cap", "path": ["Capaian (%)"]}, {"kind": "ket", "path": ["Keterangan"]}],
        "text": {"tgt": lambda i: i.unit in ("%", "kunjungan"), "real": lambda i: i.unit in ("%", "kunjungan"),
                 "real_prev": lambda i: i.unit == "kunjungan"},
        "text_pct_suffix": " %", "ket_auto": True,
        "cap_wrong": {"gizi-kurang": 97.82},
        "signature": SIG("Bitung, 28 Februari 2020"),
    }
    o19 = [BASE[0], BASE[1], ("layanan", ["rajal", "ranap", "pkm-akred-jml", "pkm-akred-pct", "ikm", "jkn"]), BASE[3], BASE[4]]
    keys += write_annual(ws, spec, I, y, groups(y, o19), "pk-dinkes-2019.ods", "Tabel 3.1")
    wb.save(f"{tmpdir}/pk-dinkes-2019.xlsx"); files.append(("pk-dinkes-2019.xlsx", "ods"))

    # ---- 2020 xlsx (re-saved by LibreOffice so formulas have cached values): Polaritas column, rows reordered
    y = 2020
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Pengukuran Kinerja 2020"
    spec = {
        "titles": ["PENGUKURAN KINERJA", "DINAS KESEHATAN", "KOTA BITUNG", "TAHUN 2020"],
        "header_row": 7,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Kinerja"]}, {"kind": "pol", "path": ["Polaritas"]},
                 {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "tgt", "path": ["Kinerja", "Target"]}, {"kind": "real", "path": ["Kinerja", "Realisasi"]},
                 {"kind": "cap", "path": ["Kinerja", "Capaian"]}],
        "pol_words": ("(+)", "(-)"), "cap": "formula", "numbering": "arabic",
        "footer": ["Pagu Anggaran 2020 : Rp. 112.506.000.000", "Realisasi Anggaran 2020 : Rp. 99.455.304.000"],
        "signature": SIG("Bitung, 31 Desember 2020"),
    }
    o20 = [("derajat", ["akb", "aki", "akaba", "idl", "persalinan"]),
           ("penyakit", ["covid", "tb-cdr", "tb-sr", "dm", "hipertensi", "odgj"]),
           ("gizi", ["stunting", "gizi-kurang", "gizi-buruk", "asi"]),
           ("layanan", ["jkn", "rajal", "ranap", "pkm-akred-jml", "pkm-akred-pct", "ikm"]), BASE[4]]
    keys += write_annual(ws, spec, I, y, groups(y, o20), "pk-dinkes-2020.xlsx", "Pengukuran Kinerja 2020")
    wb.save(f"{tmpdir}/pk-dinkes-2020.xlsx"); files.append(("pk-dinkes-2020.xlsx", "xlsx"))
    return keys, files, []
