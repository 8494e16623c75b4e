"""Agency A: Dinas Pendidikan dan Kebudayaan Kabupaten Sumba Timur, annual PK 2013-2016."""
import openpyxl
from common import Ind, rnd
from tables import write_annual

SLUG = "disdikbud-sumba-timur"
AGENCY = "Dinas Pendidikan dan Kebudayaan Kabupaten Sumba Timur"
YEARS = [2013, 2014, 2015, 2016]
Y = YEARS


def yrs(*vals):
    return {y: v for y, v in zip(YEARS, vals) if v is not None}


def N(a, b, c, d):
    return {y: n for y, n in zip(YEARS, (a, b, c, d)) if n is not None}


I = {}


def add(id, unit, pol, dec, names, tgt, **kw):
    I[id] = Ind(id, unit, pol, dec, names, tgt, **kw)


# S1 akses
add("apk-paud", "%", "+", 2, N("Angka Partisipasi Kasar (APK) PAUD", "APK PAUD",
    "Angka Partisipasi Kasar PAUD", "APK Pendidikan Anak Usia Dini (PAUD)"), yrs(48.5, 52, 55.5, 59))
add("apk-sd", "%", "+", 2, N("Angka Partisipasi Kasar (APK) SD/MI", "APK SD/MI",
    "Angka Partisipasi Kasar SD/MI", "APK SD / MI"), yrs(112.4, 111.8, 111.0, 110.5), spread=(0.98, 1.02))
add("apk-smp", "%", "+", 2, N("Angka Partisipasi Kasar (APK) SMP/MTs", "APK SMP/MTs",
    "Angka Partisipasi Kasar SMP/MTs", "APK SMP / MTs"), yrs(86.2, 88.0, 89.5, 91.0), spread=(0.97, 1.03))
add("apm-sd", "%", "+", 2, N("Angka Partisipasi Murni (APM) SD/MI", "APM SD/MI",
    "Angka Partisipasi Murni SD/MI", "APM SD/MI"), yrs(94.1, 94.6, 95.0, 95.4), spread=(0.98, 1.02))
add("apm-smp", "%", "+", 2, N("Angka Partisipasi Murni (APM) SMP/MTs", "APM SMP/MTs",
    "Angka Partisipasi Murni SMP/MTs", "APM SMP/MTs"), yrs(68.3, 70.0, 71.5, 73.0), spread=(0.96, 1.03))
add("aps-7-12", "%", "+", 2, N("Angka Partisipasi Sekolah (APS) usia 7-12 tahun", "APS Usia 7 - 12 Tahun",
    "Angka Partisipasi Sekolah usia 7-12 tahun", "APS usia 7-12 thn"), yrs(97.8, 98.0, 98.2, 98.4), spread=(0.99, 1.01))
add("aps-13-15", "%", "+", 2, N("Angka Partisipasi Sekolah (APS) usia 13-15 tahun", "APS Usia 13 - 15 Tahun",
    "Angka Partisipasi Sekolah usia 13-15 tahun", "APS usia 13-15 thn"), yrs(91.5, 92.3, 93.0, 93.8), spread=(0.98, 1.02))
add("amh-l", "%", "+", 2, N("Angka Melek Huruf (AMH) laki-laki usia 15 tahun ke atas",
    "AMH penduduk laki-laki usia 15+", "Angka melek huruf laki - laki usia 15 tahun keatas",
    "Angka Melek Huruf Laki-laki (15 tahun ke atas)"), yrs(93.2, 93.8, 94.3, 94.8), spread=(0.99, 1.01))
add("amh-p", "%", "+", 2, N("Angka Melek Huruf (AMH) perempuan usia 15 tahun ke atas",
    "AMH penduduk perempuan usia 15+", "Angka melek huruf perempuan usia 15 tahun keatas",
    "Angka Melek Huruf Perempuan (15 tahun ke atas)"), yrs(86.5, 87.6, 88.6, 89.5), spread=(0.98, 1.015))
# S2 mutu
add("putus-sd", "%", "-", 2, N("Angka Putus Sekolah SD/MI", "Angka putus sekolah SD/MI",
    "Angka Putus Sekolah jenjang SD/MI", "Angka Putus Sekolah SD/MI"), yrs(0.62, 0.55, 0.48, 0.42), spread=(0.9, 1.1))
add("putus-smp", "%", "-", 2, N("Angka Putus Sekolah SMP/MTs", "Angka putus sekolah SMP/MTs",
    "Angka Putus Sekolah jenjang SMP/MTs", "Angka Putus Sekolah SMP/MTs"), yrs(1.35, 1.20, 1.05, 0.95), spread=(0.9, 1.1))
add("lulus-sd", "%", "+", 2, N("Angka Kelulusan SD/MI", "Angka kelulusan SD/MI", "Angka Kelulusan SD/MI",
    "Angka kelulusan jenjang SD/MI"), yrs(99.0, 99.2, 99.3, 99.5), spread=(0.995, 1.004))
add("lulus-smp", "%", "+", 2, N("Angka Kelulusan SMP/MTs", "Angka kelulusan SMP/MTs", "Angka Kelulusan SMP/MTs",
    "Angka kelulusan jenjang SMP/MTs"), yrs(97.5, 98.0, 98.3, 98.6), spread=(0.99, 1.012))
add("un-smp", "nilai", "+", 2, N("Rata-rata Nilai UN SMP/MTs", "Rata - rata nilai Ujian Nasional (UN) SMP/MTs",
    "Rata-rata nilai UN SMP/MTs", None), yrs(6.25, 6.40, 6.55, None), spread=(0.95, 1.03))
add("unbk-smp", "%", "+", 2, N(None, None, None,
    "Persentase SMP/MTs penyelenggara Ujian Nasional Berbasis Komputer (UNBK)"), yrs(None, None, None, 25.0),
    real={2016: 27.27})
add("akred-sd-pct", "%", "+", 2, N("Persentase SD terakreditasi minimal B", "Prosentase SD/MI terakreditasi minimal B",
    "Persentase SD yang terakreditasi minimal B", "Persentase SD terakreditasi minimal B"),
    yrs(55.0, 60.0, 65.0, 70.0), real={2013: 56.67, 2014: 59.17, 2015: 66.25, 2016: 71.25})
add("akred-sd-jml", "unit", "+", 0, N("Jumlah SD terakreditasi minimal B", "Jumlah SD/MI terakreditasi min. B",
    "Jumlah SD yang terakreditasi minimal B", "Jumlah SD terakreditasi minimal B"),
    yrs(132, 144, 156, 168), real={2013: 136, 2014: 142, 2015: 159, 2016: 171}, units={2014: "sekolah", 2015: "sekolah"})
add("akred-smp-pct", "%", "+", 2, N("Persentase SMP terakreditasi minimal B", "Prosentase SMP/MTs terakreditasi minimal B",
    "Persentase SMP yang terakreditasi minimal B", "Persentase SMP terakreditasi minimal B"), yrs(60, 64, 68, 72))
# S3 pendidik
add("guru-s1-sd", "%", "+", 2, N("Persentase guru SD berkualifikasi S1/D-IV", "Prosentase Guru SD yang berkualifikasi S1/D4",
    "Persentase guru SD/MI berkualifikasi S1/D-IV", None), yrs(72, 78, 83, None))
add("guru-s1-sert-sd", "%", "+", 2, N(None, None, None,
    "Persentase guru SD berkualifikasi S1/D-IV dan bersertifikat pendidik"), yrs(None, None, None, 45), real={2016: 43.8})
add("guru-s1-smp", "%", "+", 2, N("Persentase guru SMP berkualifikasi S1/D-IV", "Prosentase Guru SMP yang berkualifikasi S1/D4",
    "Persentase guru SMP/MTs berkualifikasi S1/D-IV", "Persentase guru SMP berkualifikasi S1/D-IV"), yrs(88, 91, 93.5, 95),
    spread=(0.98, 1.03))
add("guru-sert", "%", "+", 2, N("Persentase guru yang bersertifikat pendidik", "Persentase guru bersertifikat pendidik",
    "Persentase Guru yang telah bersertifikat pendidik", "Persentase guru yang bersertifikat pendidik"), yrs(38, 42, 46, 50))
# S4 budaya
add("cagar", "situs", "+", 0, N("Jumlah situs cagar budaya yang dilestarikan", "Jumlah cagar budaya yang dilestarikan",
    "Jumlah Situs Cagar Budaya yang dilestarikan", "Jumlah situs cagar budaya yang dilestarikan"), yrs(8, 10, 12, 14),
    real={2013: 8, 2014: 9, 2015: 12, 2016: 15})
add("sanggar", "sanggar", "+", 0, N("Jumlah sanggar seni yang aktif", "Jumlah sanggar seni budaya yang aktif",
    "Jumlah Sanggar Seni aktif", "Jumlah sanggar seni yang aktif"), yrs(24, 26, 28, 30), real={2013: 25, 2014: 26, 2015: 27, 2016: 31})
# S5 tata kelola
add("sakip", "nilai", "+", 2, N("Nilai SAKIP Dinas", "Nilai Evaluasi SAKIP Dinas", "Nilai SAKIP Dinas Pendidikan dan Kebudayaan",
    "Nilai SAKIP Dinas"), yrs(55, 58, 61, 64), real={2013: 52.35, 2014: 57.12, 2015: 60.48, 2016: 63.9})
add("ikm", "indeks", "+", 2, N("Indeks Kepuasan Masyarakat (IKM) terhadap layanan pendidikan", "IKM layanan pendidikan",
    "Indeks Kepuasan Masyarakat terhadap layanan pendidikan", "Indeks Kepuasan Masyarakat (IKM) layanan pendidikan"),
    yrs(72, 74, 76, 78), spread=(0.97, 1.04))
add("lapor", "%", "+", 2, N("Persentase laporan kinerja dan keuangan yang disampaikan tepat waktu",
    "Persentase laporan kinerja dan keuangan yang disampaikan tepat waktu",
    "Persentase laporan keuangan dan kinerja yang disampaikan tepat waktu",
    "Persentase laporan kinerja dan keuangan tepat waktu"), yrs(100, 100, 100, 100), real={2013: 100, 2014: 87.5, 2015: 100, 2016: 100})

for i in I.values():
    if 2013 in i.tgt:
        i.prev = {2012: rnd(i.real[2013] * 0.985, i.dec)}

S = {
    "akses": N("Meningkatnya akses dan pemerataan pendidikan", "Meningkatnya akses dan pemerataan pendidikan",
               "Meningkatnya akses, pemerataan dan perluasan layanan pendidikan", "Meningkatnya akses dan pemerataan pendidikan"),
    "mutu": N("Meningkatnya mutu dan relevansi pendidikan", "Meningkatnya mutu dan relevansi pendidikan",
              "Meningkatnya mutu dan daya saing pendidikan", "Meningkatnya mutu pendidikan"),
    "ptk": N("Meningkatnya kompetensi pendidik dan tenaga kependidikan", "Meningkatnya kualifikasi dan kompetensi pendidik",
             "Meningkatnya kompetensi pendidik dan tenaga kependidikan", "Meningkatnya kompetensi pendidik dan tenaga kependidikan"),
    "budaya": N("Meningkatnya pelestarian nilai budaya daerah", "Meningkatnya pelestarian nilai budaya daerah",
                "Lestarinya nilai-nilai budaya daerah", "Meningkatnya pelestarian budaya daerah"),
    "tata": N("Meningkatnya akuntabilitas kinerja dan tata kelola dinas", "Meningkatnya akuntabilitas kinerja dinas",
              "Meningkatnya akuntabilitas kinerja dan tata kelola dinas", "Meningkatnya tata kelola dan akuntabilitas kinerja"),
}

SIG = lambda y, place_date: [place_date, "KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "KABUPATEN SUMBA TIMUR", None, None, None,
                              "Drs. MARTHINUS U. NDAKULARAK, M.Pd", "Pembina Utama Muda", "NIP. 19650814 199103 1 009"]


def groups(year, order):
    out = []
    for s, ids in order:
        ids = [i for i in ids if year in I[i].names]
        out.append((S[s][year], ids))
    return out


BASE_ORDER = [
    ("akses", ["apk-paud", "apk-sd", "apk-smp", "apm-sd", "apm-smp", "aps-7-12", "aps-13-15", "amh-l", "amh-p"]),
    ("mutu", ["putus-sd", "putus-smp", "lulus-sd", "lulus-smp", "un-smp", "unbk-smp", "akred-sd-pct", "akred-sd-jml", "akred-smp-pct"]),
    ("ptk", ["guru-s1-sd", "guru-s1-sert-sd", "guru-s1-smp", "guru-sert"]),
    ("budaya", ["cagar", "sanggar"]),
    ("tata", ["sakip", "ikm", "lapor"]),
]


def build(outdir, tmpdir):
    keys = []
    files = []
    # ---- 2013: Banjar-like, no "No" column, value and unit in separate cells, (1)..(5), blank sasaran below
    y = 2013
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "PK 2013"
    spec = {
        "titles": ["PENGUKURAN KINERJA", "DINAS PENDIDIKAN DAN KEBUDAYAAN", "KABUPATEN SUMBA TIMUR", "TAHUN 2013"],
        "info": [None and "", "Kabupaten : Sumba Timur", "Nama SKPD : Dinas Pendidikan dan Kebudayaan"],
        "header_row": 9,
        "cols": [{"kind": "sasaran", "path": ["Sasaran Strategis"]}, {"kind": "ind", "path": ["Indikator Kinerja"]},
                 {"kind": "tgt", "path": ["Target"]}, {"kind": "tgt_unit", "path": ["Target"]},
                 {"kind": "real", "path": ["Realisasi"]}, {"kind": "real_unit", "path": ["Realisasi"]},
                 {"kind": "cap", "path": ["%"]}],
        "numbering": "paren", "sasaran_mode": "first",
        "footer": ["Jumlah Anggaran Kegiatan Tahun 2013 : Rp. 14.872.455.000",
                   "Jumlah Realisasi Anggaran Kegiatan Tahun 2013 : Rp. 13.906.118.250"],
        "signature": SIG(y, "Waingapu, 31 Desember 2013"),
    }
    spec["info"] = ["Kabupaten : Sumba Timur", "Nama SKPD : Dinas Pendidikan dan Kebudayaan"]
    spec["title_row"] = 2
    g = groups(y, BASE_ORDER)
    keys += write_annual(ws, spec, I, y, g, "pk-2013.xls", "PK 2013")
    wb.save(f"{tmpdir}/pk-2013.xlsx"); files.append(("pk-2013.xlsx", "xls"))

    # ---- 2014: empty column A, text numbers in Indonesian style, Keterangan
    y = 2014
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Sheet1"
    spec = {
        "start_col": 2,
        "titles": ["PENGUKURAN KINERJA TAHUN 2014", "DINAS PENDIDIKAN DAN KEBUDAYAAN KAB. SUMBA TIMUR"],
        "header_row": 4,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Kinerja Utama"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "tgt", "path": ["Target"]}, {"kind": "real", "path": ["Realisasi"]},
                 {"kind": "cap", "path": ["Capaian (%)"]}, {"kind": "ket", "path": ["Keterangan"]}],
        "numbering": "arabic",
        "text": {"tgt": lambda i: i.dec > 0, "real": lambda i: i.dec > 0, "cap": True}, "text_trim": True,
        "ket": {"lapor": "1 laporan terlambat", "putus-smp": "data Dapodik", "sakip": "LHE Inspektorat"},
        "cap_wrong": {"apk-paud": 101.2},
        "footer": ["Jumlah Anggaran : Rp. 15.630.210.000", "Realisasi Anggaran : Rp. 14.987.004.500 (95,89 %)"],
        "signature": SIG(y, "Waingapu, 30 Desember 2014"),
    }
    order14 = [BASE_ORDER[0], ("mutu", ["putus-sd", "putus-smp", "lulus-sd", "lulus-smp", "un-smp",
                                        "akred-sd-pct", "akred-smp-pct", "akred-sd-jml"]), BASE_ORDER[2], BASE_ORDER[3], BASE_ORDER[4]]
    keys += write_annual(ws, spec, I, y, groups(y, order14), "pk-2014.xlsx", "Sheet1")
    wb.save(f"{outdir}/pk-2014.xlsx"); files.append(("pk-2014.xlsx", None))

    # ---- 2015: table lower, two-row header "Tahun 2015", Realisasi 2014 column, indicator in Sasaran column
    y = 2015
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Pengukuran Kinerja"
    spec = {
        "titles": ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2015", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                   "KABUPATEN SUMBA TIMUR", "Tabel 3.1 Pengukuran Kinerja Tahun 2015"],
        "title_row": 2, "header_row": 10,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Kinerja"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "real_prev", "path": ["Realisasi 2014"]},
                 {"kind": "tgt", "path": ["Tahun 2015", "Target"]}, {"kind": "real", "path": ["Tahun 2015", "Realisasi"]},
                 {"kind": "cap", "path": ["Tahun 2015", "% Capaian"]}],
        "numbering": None, "shifted": {"akred-sd-jml"},
        "footer": ["Sumber: Dapodik dan data olahan Dinas Pendidikan dan Kebudayaan, 2015"],
        "signature": SIG(y, "Waingapu, 31 Desember 2015"),
    }
    order15 = [("akses", ["apk-paud", "apk-sd", "apm-sd", "apk-smp", "apm-smp", "aps-7-12", "aps-13-15", "amh-l", "amh-p"]),
               ("mutu", ["lulus-sd", "lulus-smp", "putus-sd", "putus-smp", "un-smp", "akred-sd-pct", "akred-smp-pct", "akred-sd-jml"]),
               BASE_ORDER[2], BASE_ORDER[3], BASE_ORDER[4]]
    keys += write_annual(ws, spec, I, y, groups(y, order15), "pk-2015.xlsx", "Pengukuran Kinerja")
    ws["A8"] = "Kabupaten Sumba Timur"  # stray note above table
    wb.save(f"{outdir}/pk-2015.xlsx"); files.append(("pk-2015.xlsx", None))

    # ---- 2016: .ods, "Target 2016 / Realisasi s/d Desember 2016", Satuan after realisasi, budaya before ptk,
    #            capaian as formulas
    y = 2016
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "2016"
    spec = {
        "titles": ["PENGUKURAN KINERJA", "DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN SUMBA TIMUR", "TAHUN 2016"],
        "header_row": 5,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Kinerja"]}, {"kind": "tgt", "path": ["Target 2016"]},
                 {"kind": "real", "path": ["Realisasi s/d Desember 2016"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "cap", "path": ["Capaian (%)"]}],
        "numbering": "arabic", "cap": "formula", "no_style": "dot",
        "footer": ["Jumlah Anggaran Tahun 2016 : Rp. 17.204.880.000", "Jumlah Realisasi Anggaran Tahun 2016 : Rp. 16.311.562.740"],
        "signature": SIG(y, "Waingapu, 31 Desember 2016"),
    }
    order16 = [("akses", ["apk-paud", "apk-sd", "apk-smp", "apm-sd", "apm-smp", "aps-7-12", "aps-13-15", "amh-p", "amh-l"]),
               ("mutu", ["putus-sd", "putus-smp", "lulus-sd", "lulus-smp", "unbk-smp", "akred-sd-pct", "akred-sd-jml", "akred-smp-pct"]),
               BASE_ORDER[3], ("ptk", ["guru-s1-sert-sd", "guru-s1-smp", "guru-sert"]), BASE_ORDER[4]]
    keys += write_annual(ws, spec, I, y, groups(y, order16), "pk-2016.ods", "2016")
    wb.save(f"{tmpdir}/pk-2016.xlsx"); files.append(("pk-2016.xlsx", "ods"))

    ambiguous = [["guru-s1-sd", "guru-s1-sert-sd"]]
    return keys, files, ambiguous
