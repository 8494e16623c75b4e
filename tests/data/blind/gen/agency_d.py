"""Agency D: Bappelitbangda Kabupaten Kepulauan Selayar, annual PK 2021-2024."""
import openpyxl
from common import Ind, rnd
from tables import write_annual

SLUG = "bappelitbangda-selayar"
AGENCY = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah (Bappelitbangda) Kabupaten Kepulauan Selayar"
YEARS = [2021, 2022, 2023, 2024]


def yrs(*vals):
    return {y: v for y, v in zip(YEARS, vals) if v is not None}


def N(a, b, c, d):
    return {y: n for y, n in zip(YEARS, (a, b, c, d)) if n is not None}


I = {}


def add(id, unit, pol, dec, names, tgt, renstra, **kw):
    i = Ind(id, unit, pol, dec, names, tgt, **kw)
    i.renstra = renstra
    I[id] = i


# S1 perencanaan
add("konsistensi", "%", "+", 2, N("Tingkat konsistensi program RKPD terhadap RPJMD",
    "Persentase konsistensi program RKPD terhadap RPJMD", "Persentase Konsistensi Program RKPD dengan RPJMD",
    "Tingkat Konsistensi Program RKPD terhadap RPJMD (%)"), yrs(90, 92, 94, 95), 100,
    real={2021: 91.3, 2022: 92.65, 2023: 93.1, 2024: 96.2})
add("musrenbang", "%", "+", 2, N("Persentase usulan Musrenbang yang diakomodir dalam RKPD",
    "Persentase usulan musrenbang yang terakomodir dalam RKPD",
    "Prosentase usulan hasil Musyawarah Perencanaan Pembangunan (Musrenbang) yang terakomodir dalam RKPD",
    "Persentase usulan Musrenbang yang diakomodir dalam RKPD"), yrs(35, 38, 40, 42), 45,
    real={2021: 33.8, 2022: 38.42, 2023: 41.05, 2024: 40.6})
add("dok-rencana", "dokumen", "+", 0, N("Jumlah dokumen perencanaan daerah yang ditetapkan tepat waktu",
    "Jumlah dokumen perencanaan daerah yang ditetapkan tepat waktu", "Jumlah dokumen perencanaan daerah yang tepat waktu",
    "Jumlah Dokumen Perencanaan Daerah yang ditetapkan tepat waktu"), yrs(4, 4, 5, 5), 5,
    real={2021: 4, 2022: 3, 2023: 5, 2024: 5})
# S2 makro
add("pe", "%", "+", 2, N("Laju pertumbuhan ekonomi", "Pertumbuhan ekonomi", "Laju Pertumbuhan Ekonomi (LPE)",
    "Pertumbuhan Ekonomi"), yrs(4.5, 5.0, 5.2, 5.4), 5.8, real={2021: 4.12, 2022: 5.31, 2023: 5.06, 2024: 5.47})
add("pdrb-kap", "Rp juta", "+", 2, N("PDRB per kapita atas dasar harga berlaku", "PDRB per Kapita ADHB",
    "PDRB perkapita atas dasar harga berlaku", "Produk Domestik Regional Bruto (PDRB) per kapita ADHB"),
    yrs(42.5, 45.0, 47.8, 50.5), 55.0, real={2021: 42.87, 2022: 46.12, 2023: 48.35, 2024: 51.02},
    units={2022: "juta rupiah", 2024: "Rp. juta"})
add("miskin", "%", "-", 2, N("Persentase penduduk miskin", "Persentase Penduduk Miskin", "Persentase penduduk miskin (P0)",
    "Persentase penduduk miskin"), yrs(12.8, 12.4, 12.0, 11.5), 10.5, real={2021: 12.91, 2022: 12.36, 2023: 12.08, 2024: 11.47})
add("miskin-ekstrem", "%", "-", 2, N(None, "Persentase penduduk miskin ekstrem", "Persentase Penduduk Miskin Ekstrem",
    "Persentase penduduk miskin ekstrem"), yrs(None, 2.1, 1.2, 0.5), 0, real={2022: 2.34, 2023: 1.15, 2024: 0.62})
add("tpt", "%", "-", 2, N("Tingkat Pengangguran Terbuka (TPT)", "Tingkat Pengangguran Terbuka", "Tingkat pengangguran terbuka (TPT)",
    "Tingkat Pengangguran Terbuka"), yrs(4.2, 4.0, 3.8, 3.6), 3.2, real={2021: 4.35, 2022: 3.92, 2023: 3.71, 2024: 3.66})
add("ipm", "indeks", "+", 2, N("Indeks Pembangunan Manusia (IPM)", "IPM", "Indeks Pembangunan Manusia",
    "Indeks Pembangunan Manusia (IPM)"), yrs(67.5, 68.1, 68.7, 69.3), 70.5, real={2021: 67.61, 2022: 68.25, 2023: 68.84, 2024: 69.41})
add("gini", "indeks", "-", 3, N("Rasio Gini", "Gini Rasio", "Rasio gini", "Rasio Gini"), yrs(0.345, 0.340, 0.335, 0.330), 0.320,
    real={2021: 0.351, 2022: 0.338, 2023: 0.341, 2024: 0.329}, units={2022: "rasio", 2023: "rasio"})
add("jalan-baik", "%", "+", 2, N("Persentase panjang jalan kabupaten dalam kondisi baik", "Persentase jalan kabupaten kondisi baik",
    "Persentase Panjang Jalan Kabupaten Kondisi Baik", "Persentase panjang jalan kabupaten dalam kondisi baik"),
    yrs(45, 48, 51, 54), 60, real={2021: 44.12, 2022: 48.7, 2023: 50.35, 2024: 55.18})
add("jalan-sedang", "%", "+", 2, N("Persentase panjang jalan kabupaten dalam kondisi sedang",
    "Persentase jalan kabupaten kondisi sedang", "Persentase Panjang Jalan Kabupaten Kondisi Sedang",
    "Persentase panjang jalan kabupaten dalam kondisi sedang"), yrs(25, 24, 23, 22), 20,
    real={2021: 26.31, 2022: 23.84, 2023: 23.5, 2024: 21.66})
add("pendapatan", "%", "+", 2, N("Persentase realisasi pendapatan daerah", "Persentase realisasi Pendapatan Daerah",
    "Prosentase realisasi pendapatan daerah terhadap target", "Persentase realsiasi pendapatan daerah"),
    yrs(95, 95, 96, 97), 98, real={2021: 93.48, 2022: 97.12, 2023: 95.66, 2024: 98.03})
add("belanja", "%", "+", 2, N("Persentase realisasi belanja daerah", "Persentase Realisasi Belanja Daerah",
    "Prosentase realisasi belanja daerah terhadap pagu", "Persentase realisasi belanja daerah"),
    yrs(92, 93, 94, 95), 96, real={2021: 89.75, 2022: 91.4, 2023: 94.22, 2024: 93.86})
# S3 pengendalian / evaluasi
add("rekomendasi", "%", "+", 2, N("Persentase rekomendasi hasil pengendalian dan evaluasi yang ditindaklanjuti",
    "Persentase rekomendasi hasil pengendalian dan evaluasi pembangunan yang ditindaklanjuti Perangkat Daerah",
    "Persentase rekomendasi hasil evaluasi dan pengendalian yang ditindaklanjuti",
    "Persentase rekomendasi hasil pengendalian dan evaluasi yang ditindaklanjuti"), yrs(70, 75, 80, 85), 90,
    real={2021: 68.42, 2022: 76.19, 2023: 81.25, 2024: 84.0})
add("pd-sakip", "%", "+", 2, N("Persentase Perangkat Daerah dengan nilai SAKIP minimal B",
    "Persentase OPD dengan nilai SAKIP minimal B", "Persentase Perangkat Daerah (PD) dengan nilai SAKIP minimal B", None),
    yrs(60, 70, 80, None), 100, real={2021: 58.06, 2022: 70.97, 2023: 83.87})
add("pd-sakip-bb", "%", "+", 2, N(None, None, None, "Persentase Perangkat Daerah dengan nilai SAKIP minimal BB"),
    yrs(None, None, None, 40), 60, real={2024: 35.48})
add("sakip-kab", "nilai", "+", 2, N("Nilai SAKIP Pemerintah Kabupaten", "Nilai SAKIP Pemerintah Kabupaten Kepulauan Selayar",
    "Nilai Evaluasi SAKIP Pemerintah Kabupaten", "Nilai SAKIP Pemerintah Daerah"), yrs(62, 64, 66, 68), 70,
    real={2021: 61.37, 2022: 64.18, 2023: 65.52, 2024: 68.9})
# S4 litbang / inovasi
add("kajian", "kajian", "+", 0, N("Jumlah hasil penelitian dan kajian yang dimanfaatkan",
    "Jumlah hasil kajian/penelitian yang dimanfaatkan", "Jumlah hasil penelitian dan pengembangan yang dimanfaatkan",
    "Jumlah hasil penelitian dan kajian yang dimanfaatkan dalam perencanaan"), yrs(3, 4, 4, 5), 5,
    real={2021: 3, 2022: 4, 2023: 3, 2024: 5}, units={2022: "dokumen", 2023: "dokumen"})
add("inovasi", "inovasi", "+", 0, N("Jumlah inovasi daerah yang diterapkan", "Jumlah inovasi daerah yang diterapkan",
    "Jumlah Inovasi Daerah yang diterapkan", None), yrs(10, 15, 20, None), 30, real={2021: 12, 2022: 17, 2023: 24})
add("indeks-inovasi", "skor", "+", 2, N(None, None, None, "Indeks Inovasi Daerah"), yrs(None, None, None, 45), 55,
    real={2024: 47.35})
# S5 akuntabilitas OPD
add("sakip-opd", "nilai", "+", 2, N("Nilai SAKIP Bappelitbangda", "Nilai SAKIP Bappelitbangda", "Nilai SAKIP Bappelitbangda",
    "Nilai Evaluasi SAKIP Bappelitbangda"), yrs(65, 67, 70, 72), 75, real={2021: 66.2, 2022: 67.45, 2023: 70.81, 2024: 71.3})
add("asn", "%", "+", 2, N("Persentase ASN yang memenuhi standar kompetensi jabatan",
    "Persentase Aparatur Sipil Negara (ASN) yang memenuhi standar kompetensi jabatan",
    "Persentase ASN yang memenuhi standar kompetensi", "Persentase ASN Bappelitbangda yang memenuhi standar kompetensi jabatan"),
    yrs(60, 65, 70, 75), 80, real={2021: 62.5, 2022: 64.1, 2023: 71.79, 2024: 75.0})

for i in I.values():
    if 2021 in i.tgt:
        i.prev = {2020: rnd(i.real[2021] * (1.015 if i.pol == "-" else 0.985), i.dec)}

S = {
    "rencana": N("Meningkatnya kualitas perencanaan pembangunan daerah", "Meningkatnya kualitas perencanaan pembangunan daerah",
                 "Meningkatnya kualitas dokumen perencanaan pembangunan daerah", "Meningkatnya kualitas perencanaan pembangunan daerah"),
    "makro": N("Meningkatnya capaian indikator makro pembangunan daerah", "Tercapainya target indikator makro pembangunan daerah",
               "Meningkatnya capaian indikator makro pembangunan daerah", "Meningkatnya capaian indikator makro pembangunan daerah"),
    "dalev": N("Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah",
               "Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah",
               "Meningkatnya efektivitas pengendalian dan evaluasi pembangunan",
               "Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah"),
    "litbang": N("Meningkatnya pemanfaatan hasil penelitian dan inovasi daerah", "Meningkatnya pemanfaatan hasil penelitian dan inovasi daerah",
                 "Meningkatnya pemanfaatan hasil penelitian, pengembangan dan inovasi", "Meningkatnya kualitas inovasi daerah"),
    "akun": N("Meningkatnya akuntabilitas kinerja Bappelitbangda", "Meningkatnya akuntabilitas kinerja Bappelitbangda",
              "Meningkatnya akuntabilitas kinerja perangkat daerah", "Meningkatnya akuntabilitas kinerja Bappelitbangda"),
}

BASE = [("rencana", ["konsistensi", "musrenbang", "dok-rencana"]),
        ("makro", ["pe", "pdrb-kap", "miskin", "miskin-ekstrem", "tpt", "ipm", "gini", "jalan-baik", "jalan-sedang",
                   "pendapatan", "belanja"]),
        ("dalev", ["rekomendasi", "pd-sakip", "pd-sakip-bb", "sakip-kab"]),
        ("litbang", ["kajian", "inovasi", "indeks-inovasi"]),
        ("akun", ["sakip-opd", "asn"])]


def groups(year, order):
    return [(S[s][year], [i for i in ids if year in I[i].names]) for s, ids in order]


SIG = lambda d: [d, "KEPALA BAPPELITBANGDA", "KABUPATEN KEPULAUAN SELAYAR", None, None, None,
                 "Dr. ANDI MUH. ARSYAD, S.STP., M.Si", "Pembina Utama Muda", "NIP. 19780917 199712 1 002"]


def build(outdir, tmpdir):
    keys, files = [], []
    # ---- 2021 xlsx: Polaritas column
    y = 2021
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "PK 2021"
    spec = {
        "titles": ["PENGUKURAN KINERJA", "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
                   "KABUPATEN KEPULAUAN SELAYAR", "TAHUN 2021"],
        "header_row": 6,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Kinerja"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "pol", "path": ["Polaritas"]}, {"kind": "tgt", "path": ["Target"]},
                 {"kind": "real", "path": ["Realisasi"]}, {"kind": "cap", "path": ["Capaian (%)"]}],
        "footer": ["Jumlah Anggaran Tahun 2021 : Rp. 6.245.780.000", "Jumlah Realisasi Anggaran : Rp. 5.912.034.615"],
        "signature": SIG("Benteng, 31 Desember 2021"),
    }
    keys += write_annual(ws, spec, I, y, groups(y, BASE), "pk-bappelitbangda-2021.xlsx", "PK 2021")
    wb.save(f"{outdir}/pk-bappelitbangda-2021.xlsx"); files.append(("pk-bappelitbangda-2021.xlsx", None))

    # ---- 2022 xls: IKU, Realisasi 2021 column, "Tahun 2022" over Target/Realisasi/% Capaian, (1)..(9), Keterangan
    y = 2022
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Pengukuran Kinerja"
    spec = {
        "titles": ["PENGUKURAN KINERJA TAHUN 2022", "BAPPELITBANGDA KABUPATEN KEPULAUAN SELAYAR"],
        "header_row": 4,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran"]},
                 {"kind": "ind", "path": ["Indikator Kinerja Utama (IKU)"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "real_prev", "path": ["Realisasi 2021"]},
                 {"kind": "tgt", "path": ["Tahun 2022", "Target"]}, {"kind": "real", "path": ["Tahun 2022", "Realisasi"]},
                 {"kind": "cap", "path": ["Tahun 2022", "% Capaian"]}, {"kind": "ket", "path": ["Keterangan"]}],
        "numbering": "paren",
        "ket": {"miskin-ekstrem": "indikator baru (Inpres 4/2022)", "pe": "angka sementara BPS", "pdrb-kap": "angka sementara BPS",
                "dok-rencana": "KUA-PPAS terlambat"},
        "footer": ["Jumlah Anggaran Tahun 2022 : Rp. 6.812.400.000", "Jumlah Realisasi Anggaran : Rp. 6.407.225.980"],
        "signature": SIG("Benteng, 30 Desember 2022"),
    }
    o22 = [BASE[0], ("makro", ["pe", "pdrb-kap", "ipm", "miskin", "miskin-ekstrem", "tpt", "gini", "jalan-baik",
                                "jalan-sedang", "pendapatan", "belanja"]), BASE[2], BASE[3], BASE[4]]
    keys += write_annual(ws, spec, I, y, groups(y, o22), "pk-bappelitbangda-2022.xls", "Pengukuran Kinerja")
    wb.save(f"{tmpdir}/pk-bappelitbangda-2022.xlsx"); files.append(("pk-bappelitbangda-2022.xlsx", "xls"))

    # ---- 2023 xlsx: table lower, macro block moved to the end, Target Akhir RPJMD column, text numbers
    y = 2023
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Lamp. PK 2023"
    spec = {
        "title_row": 3,
        "titles": ["LAMPIRAN LAPORAN KINERJA", "PENGUKURAN KINERJA TAHUN 2023",
                   "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH", "KABUPATEN KEPULAUAN SELAYAR"],
        "info": ["Perangkat Daerah : Bappelitbangda", "Tahun Anggaran : 2023"],
        "header_row": 11,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Kinerja"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "tgt", "path": ["Target"]}, {"kind": "real", "path": ["Realisasi"]},
                 {"kind": "cap", "path": ["Capaian (%)"]}, {"kind": "renstra", "path": ["Target Akhir RPJMD (2026)"]}],
        "numbering": "arabic",
        "text": {"tgt": lambda i: i.dec > 0 and i.unit != "%", "real": lambda i: i.dec > 0,
                 "renstra": lambda i: i.dec > 0 and i.unit != "%"},
        "text_pct_suffix": "%",
        "cap_wrong": {"tpt": 102.36},
        "signature": SIG("Benteng, 29 Desember 2023"),
    }
    o23 = [BASE[0], ("dalev", ["sakip-kab", "pd-sakip", "rekomendasi"]), BASE[3], BASE[4],
           ("makro", ["pe", "pdrb-kap", "miskin", "miskin-ekstrem", "tpt", "ipm", "gini", "jalan-baik", "jalan-sedang",
                      "belanja", "pendapatan"])]
    keys += write_annual(ws, spec, I, y, groups(y, o23), "pk-bappelitbangda-2023.xlsx", "Lamp. PK 2023")
    wb.save(f"{outdir}/pk-bappelitbangda-2023.xlsx"); files.append(("pk-bappelitbangda-2023.xlsx", None))

    # ---- 2024 ods: sasaran repeated on each row, Satuan after the figures, "Kinerja" over target/realisasi
    y = 2024
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "PK2024"
    spec = {
        "titles": ["PENGUKURAN KINERJA BAPPELITBANGDA", "KABUPATEN KEPULAUAN SELAYAR", "TAHUN 2024"],
        "header_row": 5,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Kinerja"]},
                 {"kind": "tgt", "path": ["Kinerja", "Target"]}, {"kind": "real", "path": ["Kinerja", "Realisasi"]},
                 {"kind": "sat", "path": ["Satuan"]}, {"kind": "cap", "path": ["Capaian (%)"]},
                 {"kind": "ket", "path": ["Ket."]}],
        "sasaran_mode": "repeat", "ket_auto": True,
        "ket": {"indeks-inovasi": "Kategori Inovatif", "pd-sakip-bb": "11 dari 31 PD"},
        "footer": ["Pagu Anggaran 2024 : Rp. 7.120.655.000", "Realisasi Anggaran 2024 : Rp. 6.894.310.420 (96,82 %)"],
        "signature": SIG("Benteng, 31 Desember 2024"),
    }
    keys += write_annual(ws, spec, I, y, groups(y, BASE), "pk-bappelitbangda-2024.ods", "PK2024")
    wb.save(f"{tmpdir}/pk-bappelitbangda-2024.xlsx"); files.append(("pk-bappelitbangda-2024.xlsx", "ods"))
    return keys, files, [["pd-sakip", "pd-sakip-bb"]]
