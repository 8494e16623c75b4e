"""Agency C: Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Sumbawa Barat.
Quarterly Rencana Aksi 2019-2022, the four years as sheets of ONE workbook, in no particular order."""
import openpyxl
from common import Ind, rnd, id_num
from tables import write_ra

SLUG = "diskopukm-sumbawa-barat"
AGENCY = "Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Sumbawa Barat"
YEARS = [2019, 2020, 2021, 2022]
FILE = "renaksi-diskopukm-ksb-2019-2022.xlsx"


def yrs(*vals):
    return {y: v for y, v in zip(YEARS, vals) if v is not None}


def N(a, b, c, d):
    return {y: n for y, n in zip(YEARS, (a, b, c, d)) if n is not None}


I = {}


def add(id, unit, pol, dec, names, tgt, qstyle, pj, **kw):
    i = Ind(id, unit, pol, dec, names, tgt, **kw)
    i.qstyle, i.pj = qstyle, pj
    I[id] = i


KOP = "Kabid Kelembagaan dan Pengawasan Koperasi"
UM = "Kabid Pemberdayaan Usaha Mikro"
SEK = "Sekretaris"
# S1 koperasi
add("kop-aktif-jml", "unit", "+", 0, N("Jumlah koperasi aktif", "Jumlah Koperasi Aktif", "Jumlah koperasi yang aktif",
    "Jumlah koperasi aktif"), yrs(118, 124, 130, 136), "rate", KOP, real={2019: 121, 2020: 119, 2021: 131, 2022: 138})
add("kop-aktif-pct", "%", "+", 2, N("Persentase koperasi aktif", "Prosentase Koperasi Aktif", "Persentase koperasi yang aktif",
    "Persentase koperasi aktif"), yrs(52.0, 55.0, 58.0, 61.0), "rate", KOP,
    real={2019: 53.3, 2020: 52.43, 2021: 58.48, 2022: 61.33})
add("kop-rat", "%", "+", 2, N("Persentase koperasi yang melaksanakan RAT",
    "Prosentase koperasi yang melaksanakan Rapat Anggota Tahunan (RAT)", "Persentase koperasi aktif yang melaksanakan RAT",
    "Persentase koperasi yg melaksanakan RAT"), yrs(40, 45, 50, 55), "cum", KOP, real={2019: 42.15, 2020: 31.45, 2021: 48.09, 2022: 56.52})
add("kop-sehat", "%", "+", 2, N("Persentase koperasi sehat", "Persentase koperasi dengan predikat sehat",
    "Persentase koperasi berpredikat sehat", "Persentase Koperasi Sehat"), yrs(20, 22, 25, 28), "rate", KOP,
    real={2019: 20.66, 2020: 21.01, 2021: 25.19, 2022: 27.54})
add("anggota", "orang", "+", 0, N("Jumlah anggota koperasi", "Jumlah Anggota Koperasi", "Jumlah anggota koperasi",
    "Jumlah Anggota Koperasi"), yrs(14250, 14800, 15300, 15900), "rate", KOP,
    real={2019: 14386, 2020: 14512, 2021: 15418, 2022: 16027})
add("omzet-kop", "Rp (juta)", "+", 2, N("Rata-rata omzet koperasi", "Rata - rata omset koperasi", "Rata-rata Omzet Koperasi per tahun",
    "Rata-rata omset koperasi"), yrs(420, 450, 480, 520), "cum", KOP,
    real={2019: 431.25, 2020: 388.6, 2021: 476.8, 2022: 534.15}, units={2020: "Rp. juta", 2022: "juta rupiah"})
add("vol-usaha", "Rp", "+", 0, N("Volume usaha koperasi", "Volume Usaha Koperasi", "Jumlah volume usaha koperasi",
    "Volume usaha koperasi"), yrs(38500000000, 41000000000, 43000000000, 46000000000), "cum", KOP,
    real={2019: 39125400000, 2020: 36874250000, 2021: 43588900000, 2022: 47102300000})
# S2 usaha mikro
add("um-jml", "unit", "+", 0, N("Jumlah Usaha Mikro yang terdata", "Jumlah usaha mikro yang terdata",
    "Jumlah Usaha Mirko yang terdata", "Jumlah Usaha Mikro terdata"), yrs(9850, 10400, 11000, 11600), "rate", UM,
    real={2019: 10112, 2020: 10385, 2021: 11260, 2022: 11934}, units={2022: "pelaku usaha"})
add("uk-jml", "unit", "+", 0, N("Jumlah Usaha Kecil yang terdata", "Jumlah usaha kecil yang terdata",
    "Jumlah Usaha Kecil yang terdata", "Jumlah Usaha Kecil terdata"), yrs(1120, 1180, 1240, 1300), "rate", UM,
    real={2019: 1134, 2020: 1162, 2021: 1251, 2022: 1287}, units={2022: "pelaku usaha"})
add("umen-jml", "unit", "+", 0, N("Jumlah Usaha Menengah yang terdata", "Jumlah usaha menengah yang terdata",
    "Jumlah Usaha Menengah yang terdata", None), yrs(145, 150, 158, None), "rate", UM,
    real={2019: 147, 2020: 149, 2021: 155})
add("um-omzet", "%", "+", 2, N("Persentase peningkatan omzet usaha mikro", "Persentase peningkatan omset Usaha Mikro",
    "Prosentase peningkatan omzet usaha mikro yang dibina", "Persentase peningkatan omzet Usaha Mikro"),
    yrs(5.0, 5.5, 6.0, 6.5), "cum", UM, real={2019: 5.12, 2020: 2.84, 2021: 6.35, 2022: 6.71})
add("um-nib", "unit", "+", 0, N("Jumlah usaha mikro yang memiliki legalitas usaha (NIB)", "Jumlah Usaha Mikro yang memiliki NIB",
    "Jumlah usaha mikro yang memiliki Nomor Induk Berusaha (NIB)", "Jumlah UM yang memiliki NIB"),
    yrs(300, 450, 600, 800), "cum", UM, real={2019: 286, 2020: 512, 2021: 734, 2022: 1046})
add("wub", "orang", "+", 0, N("Jumlah Wirausaha Baru (WUB)", "Jumlah WUB", "Jumlah Wirausaha Baru (WUB) yang tumbuh",
    "Jumlah wirausaha baru"), yrs(60, 75, 90, 100), "cum", UM, real={2019: 64, 2020: 58, 2021: 93, 2022: 104})
add("um-latih", "orang", "+", 0, N("Jumlah pelaku usaha mikro yang dilatih", "Jumlah pelaku Usaha Mikro yang dilatih",
    "Jumlah pelaku usaha mikro yang mengikuti pelatihan", "Jumlah pelaku usaha mikro yang dilatih"),
    yrs(120, 150, 180, 200), "cum", UM, real={2019: 120, 2020: 90, 2021: 185, 2022: 200})
add("kur", "unit", "+", 0, N("Jumlah usaha mikro yang mengakses KUR", "Jumlah Usaha Mikro yang mengakses Kredit Usaha Rakyat (KUR)",
    "Jumlah usaha mikro yang mengakses KUR", "Jumlah usaha mikro yang mengakses pembiayaan KUR"),
    yrs(250, 300, 350, 400), "cum", UM, real={2019: 262, 2020: 341, 2021: 366, 2022: 412})
add("um-digital", "unit", "+", 0, N(None, None, "Jumlah usaha mikro yang memanfaatkan pemasaran digital",
    "Jumlah Usaha Mikro yang memanfaatkan pemasaran digital (go digital)"), yrs(None, None, 150, 250), "cum", UM,
    real={2021: 162, 2022: 248})
# S3 akuntabilitas
add("sakip", "nilai", "+", 2, N("Nilai SAKIP OPD", "Nilai SAKIP Perangkat Daerah", "Nilai SAKIP OPD",
    "Nilai Evaluasi SAKIP Perangkat Daerah"), yrs(58, 61, 64, 66), "stock", SEK,
    real={2019: 57.2, 2020: 61.35, 2021: 63.8, 2022: 66.42})
add("dok", "dokumen", "+", 0, N("Jumlah dokumen laporan kinerja dan keuangan", "Jumlah dokumen laporan kinerja dan keuangan",
    "Jumlah laporan kinerja dan keuangan yang tersusun", "Jumlah dokumen laporan kinerja dan keuangan"),
    yrs(4, 4, 4, 4), "perq", SEK, real={2019: 4, 2020: 4, 2021: 4, 2022: 4}, units={2021: "laporan"})
add("serapan", "%", "+", 2, N("Persentase serapan anggaran", "Persentase Serapan Anggaran", "Persentase serapan anggaran OPD",
    "Persentase serapan anggaran"), yrs(95, 95, 95, 95), "cum", SEK, real={2019: 94.12, 2020: 86.75, 2021: 95.4, 2022: 96.08})

S = {
    "kop": N("Meningkatnya kualitas kelembagaan koperasi", "Meningkatnya kualitas kelembagaan koperasi",
             "Meningkatnya kualitas kelembagaan dan usaha koperasi", "Meningkatnya kualitas kelembagaan koperasi"),
    "um": N("Meningkatnya daya saing Usaha Mikro, Kecil dan Menengah", "Meningkatnya daya saing usaha mikro",
            "Meningkatnya daya saing usaha mikro", "Meningkatnya daya saing dan kapasitas usaha mikro"),
    "akun": N("Meningkatnya akuntabilitas kinerja perangkat daerah", "Meningkatnya akuntabilitas kinerja OPD",
              "Meningkatnya akuntabilitas kinerja perangkat daerah", "Meningkatnya akuntabilitas kinerja perangkat daerah"),
}

BASE = [("kop", ["kop-aktif-jml", "kop-aktif-pct", "kop-rat", "kop-sehat", "anggota", "omzet-kop", "vol-usaha"]),
        ("um", ["um-jml", "uk-jml", "umen-jml", "um-omzet", "um-nib", "wub", "um-latih", "kur", "um-digital"]),
        ("akun", ["sakip", "dok", "serapan"])]


def groups(year, order):
    return [(S[s][year], [i for i in ids if year in I[i].names]) for s, ids in order]


SIG = lambda d: [d, "KEPALA DINAS KOPERASI, USAHA KECIL DAN MENENGAH", "KABUPATEN SUMBAWA BARAT", None, None, None,
                 "H. MUHAMMAD SYAFRUDDIN, S.E., M.M.", "Pembina Tk. I", "NIP. 19720305 199803 1 006"]


def tw_cols(labels, parts, group=None):
    cols = []
    for q, lab in enumerate(labels, start=1):
        for kind, plab in parts:
            path = ([group] if group else []) + [lab, plab]
            cols.append({"kind": f"{kind}{q}", "path": path})
    return cols


def build(outdir, tmpdir):
    keys = []
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    ws20 = wb.create_sheet("2020")
    ws21 = wb.create_sheet("Renaksi 2021 (rev)")
    ws19 = wb.create_sheet("RA 2019")
    ws22 = wb.create_sheet("PK-RA 2022")

    # ---- RA 2019: 3-row header, no year-end column (TW IV realisasi is cumulative), all cumulative
    y = 2019
    spec = {
        "titles": ["RENCANA AKSI PERJANJIAN KINERJA", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH",
                   "KABUPATEN SUMBAWA BARAT", "TAHUN 2019"],
        "header_row": 6,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Kinerja"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "tgt", "path": ["Target Tahunan"]}]
                + tw_cols(["TW I", "TW II", "TW III", "TW IV"], [("twT", "Target"), ("twR", "Realisasi")],
                          "Target dan Realisasi Triwulan (kumulatif)")
                + [{"kind": "cap", "path": ["Capaian (%)"]}, {"kind": "pj", "path": ["Penanggung Jawab"]}],
        "qstyle": {"dok": "cum"},
        "signature": SIG("Taliwang, 31 Desember 2019"),
    }
    keys += write_ra(ws19, spec, I, y, groups(y, BASE), FILE, "RA 2019")

    # ---- 2020: TW 1 (B03) .. with Target / Realisasi / %, year-end column, capaian capped at 100, numbering row
    y = 2020
    spec = {
        "titles": ["PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA",
                   "DINAS KOPERASI, USAHA KECIL DAN MENENGAH KABUPATEN SUMBAWA BARAT", "TAHUN ANGGARAN 2020"],
        "header_row": 5,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Sasaran"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "tgt", "path": ["Target Tahunan"]}]
                + tw_cols(["TW 1 (B03)", "TW 2 (B06)", "TW 3 (B09)", "TW 4 (B12)"],
                          [("twT", "Target"), ("twR", "Realisasi"), ("twC", "%")])
                + [{"kind": "real_year", "path": ["Realisasi Tahunan"]}, {"kind": "cap", "path": ["Capaian Tahunan (%)"]}],
        "numbering": True, "cap_max100": True,
        "signature": SIG("Taliwang, 31 Desember 2020"),
    }
    o20 = [("kop", ["kop-aktif-jml", "kop-aktif-pct", "kop-rat", "kop-sehat", "anggota", "vol-usaha", "omzet-kop"]),
           ("um", ["um-jml", "uk-jml", "umen-jml", "um-nib", "um-omzet", "wub", "um-latih", "kur"]), BASE[2]]
    keys += write_ra(ws20, spec, I, y, groups(y, o20), FILE, "2020")

    # ---- Renaksi 2021 (rev): empty column A, quarter targets then quarter realisasi, counts typed as text
    y = 2021
    spec = {
        "start_col": 2,
        "titles": ["RENCANA AKSI (PERUBAHAN) TAHUN 2021", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH", "KABUPATEN SUMBAWA BARAT"],
        "title_row": 2, "header_row": 6,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran"]},
                 {"kind": "ind", "path": ["Indikator Kinerja"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "tgt", "path": ["Target 2021"]}]
                + [{"kind": f"twT{q}", "path": ["Target Triwulan", r]} for q, r in enumerate(["I", "II", "III", "IV"], 1)]
                + [{"kind": f"twR{q}", "path": ["Realisasi Triwulan", r]} for q, r in enumerate(["I", "II", "III", "IV"], 1)]
                + [{"kind": "real_year", "path": ["Realisasi s/d TW IV"]}, {"kind": "cap", "path": ["Capaian (%)"]},
                   {"kind": "pj", "path": ["Penanggung Jawab"]}],
        "text": {"tgt": lambda i: i.dec == 0 and i.tgt.get(2021, 0) >= 1000,
                 "tw": lambda i: i.dec == 0 and i.tgt.get(2021, 0) >= 1000,
                 "real_year": lambda i: i.dec == 0 and i.tgt.get(2021, 0) >= 1000},
        "text_fmt": {"vol-usaha": lambda v: "Rp. " + id_num(v, 0)},
        "signature": SIG("Taliwang, 31 Desember 2021"),
    }
    o21 = [("kop", ["kop-aktif-pct", "kop-aktif-jml", "kop-rat", "kop-sehat", "anggota", "omzet-kop", "vol-usaha"]),
           ("um", ["um-jml", "uk-jml", "umen-jml", "um-omzet", "um-nib", "um-digital", "wub", "um-latih", "kur"]), BASE[2]]
    keys += write_ra(ws21, spec, I, y, groups(y, o21), FILE, "Renaksi 2021 (rev)")

    # ---- PK-RA 2022: table lower, indicator moved into the Sasaran column, percentages typed as text, Keterangan
    y = 2022
    spec = {
        "titles": ["PEMERINTAH KABUPATEN SUMBAWA BARAT", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH",
                   "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA", "TAHUN 2022"],
        "info": ["Perangkat Daerah : Dinas Koperasi, Usaha Kecil dan Menengah", "Periode : Januari s/d Desember 2022"],
        "header_row": 10,
        "cols": [{"kind": "no", "path": ["No"]}, {"kind": "sasaran", "path": ["Sasaran Strategis"]},
                 {"kind": "ind", "path": ["Indikator Kinerja Utama"]}, {"kind": "sat", "path": ["Satuan"]},
                 {"kind": "tgt", "path": ["Target 2022"]}]
                + tw_cols(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"], [("twT", "T"), ("twR", "R")])
                + [{"kind": "real_year", "path": ["Realisasi Akhir Tahun"]}, {"kind": "cap", "path": ["% Capaian"]},
                   {"kind": "ket", "path": ["Keterangan"]}],
        "shifted": {"anggota"},
        "text": {"tgt": lambda i: i.unit == "%", "tw": lambda i: i.unit == "%", "real_year": lambda i: i.unit == "%"},
        "text_trim": True,
        "ket": {"umen-jml": None, "dok": "LKjIP, Laporan Keuangan, Renja, RKA", "kop-rat": "RAT s/d Juni 2022"},
        "signature": SIG("Taliwang, 30 Desember 2022"),
    }
    o22 = [("kop", ["kop-aktif-jml", "kop-aktif-pct", "kop-sehat", "kop-rat", "omzet-kop", "vol-usaha", "anggota"]),
           ("um", ["um-jml", "uk-jml", "um-nib", "um-digital", "um-omzet", "kur", "wub", "um-latih"]),
           ("akun", ["sakip", "serapan", "dok"])]
    keys += write_ra(ws22, spec, I, y, groups(y, o22), FILE, "PK-RA 2022")

    wb.save(f"{outdir}/{FILE}")
    return keys, [(FILE, None)], []
