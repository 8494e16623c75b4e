"""Agency 2: UPTD Kebun Raya Manggala, Kabupaten Bukit Manggala, 2021-2024."""
import random
from common import *

SLUG = "uptd_kebun_raya_kab_bukit_manggala"
AG_NAME = "UPTD Kebun Raya Manggala, Dinas Lingkungan Hidup Kabupaten Bukit Manggala"
FLOW = {"B05", "B07", "B08", "B09", "B10", "B11", "B12", "B15", "B16", "B19", "B20", "B21"}
LEVEL = {"B01", "B02", "B03", "B04", "B06", "B06b", "B13", "B14", "B17", "B18"}

SAS = {
    "S1": "Meningkatnya koleksi dan konservasi tumbuhan secara ex situ",
    "S2": "Meningkatnya pemanfaatan Kebun Raya untuk penelitian dan pendidikan lingkungan",
    "S3": "Meningkatnya kunjungan wisata dan pendapatan Kebun Raya",
    "S4": "Meningkatnya akuntabilitas kinerja dan kapasitas aparatur",
}
UNIT = {"B01": "spesies", "B02": "spesimen", "B03": "%", "B04": "jenis", "B05": "spesimen", "B06": "%",
        "B06b": "%", "B07": "judul", "B08": "judul", "B21": "judul", "B09": "orang", "B10": "orang",
        "B11": "orang", "B12": "Rp", "B13": "nilai", "B14": "%", "B15": "ha", "B16": "kegiatan",
        "B17": "nilai", "B18": "%", "B19": "dokumen", "B20": "orang"}
NAMES = {
    "B01": {2021: "Jumlah koleksi tumbuhan (spesies)", 2022: "Jumlah spesies koleksi tumbuhan",
            2023: "Jumlah jenis koleksi tumbuhan hidup", 2024: "Koleksi tumbuhan (jenis/spesies)"},
    "B02": {2021: "Jumlah koleksi tumbuhan (spesimen)", 2022: "Jumlah spesimen koleksi tumbuhan",
            2023: "Jumlah spesimen koleksi tumbuhan hidup", 2024: "Koleksi tumbuhan (spesimen/nomor aksesi)"},
    "B03": {2021: "Persentase koleksi teridentifikasi sampai tingkat jenis",
            2022: "Prosentase koleksi yang teridentifikasi s/d tingkat jenis",
            2023: "Persentase koleksi tumbuhan yang teridentifikasi",
            2024: "Persentase koleksi teridentifikasi hingga tingkat jenis"},
    "B04": {2021: "Jumlah jenis tumbuhan terancam punah yang",  # wraps onto the next row
            2022: "Jumlah jenis tumbuhan langka & terancam punah yg dikonservasi ex-situ",
            2023: "Jumlah jenis tumbuhan terancam punah (IUCN) yang dikonservasi secara ex situ",
            2024: "Jumlah spesies terancam punah dikonservasi ex situ"},
    "B05": {2021: "Jumlah penambahan koleksi dari kegiatan eksplorasi (spesimen)",
            2022: "Jumlah koleksi baru hasil eksplorasi",
            2023: "Jumlah penambahan koleksi baru (spesimen)",
            2024: "Penambahan koleksi hasil eksplorasi dan pertukaran"},
    "B06": {2021: "Persentase keberhasilan hidup koleksi hasil eksplorasi",
            2022: "Persentase keberhasilan aklimatisasi koleksi hasil eksplorasi"},
    "B06b": {2023: "Persentase koleksi tumbuhan yang hidup dan terpelihara",
             2024: "Persentase koleksi hidup & terpelihara"},
    "B07": {2021: "Jumlah penelitian yang dilaksanakan di Kebun Raya",
            2022: "Jumlah kegiatan penelitian di kebun raya (judul)",
            2023: "Jumlah penelitian (judul)"},
    "B08": {2021: "Jumlah publikasi ilmiah", 2022: "Jumlah publikasi ilmiah (jurnal/prosiding)",
            2023: "Jumlah publikasi hasil penelitian"},
    "B21": {2024: "Jumlah penelitian dan publikasi ilmiah yang dihasilkan"},
    "B09": {2021: "Jumlah peserta program edukasi lingkungan", 2022: "Jumlah peserta edukasi konservasi tumbuhan",
            2023: "Jumlah peserta program edukasi & pendidikan lingkungan",
            2024: "Jumlah peserta edukasi lingkungan (orang)"},
    "B10": {2021: "Jumlah pengunjung Kebun Raya", 2022: "Jumlah pengunjung (orang)",
            2023: "Jumlah kunjungan wisatawan ke Kebun Raya", 2024: "JUMLAH PENGUNJUNG KEBUN RAYA"},
    "B11": {2023: "Jumlah kunjungan wisatawan mancanegara", 2024: "Jumlah pengunjung mancanegara"},
    "B12": {2021: "PNBP / retribusi masuk Kebun Raya (Rp)",
            2022: "Realisasi retribusi tempat rekreasi dan olahraga",
            2023: "Pendapatan Asli Daerah dari retribusi Kebun Raya",
            2024: "PAD retribusi Kebun Raya (Rp)"},
    "B13": {2021: "Indeks Kepuasan Pengunjung", 2022: "Indeks kepuasan pengunjung (IKP)",
            2023: "Indeks Kepuasan Masyarakat (pengunjung)", 2024: "Indeks Kepuasan Masyarakat"},
    "B14": {2021: "Persentase sarana dan prasarana kebun raya dalam kondisi baik",
            2022: "Persentase sarpras dalam kondisi baik",
            2023: "Persentase sarana prasarana Kebun Raya kondisi baik",
            2024: "Persentase sarpras kebun raya dalam kondisi baik"},
    "B15": {2021: "Luas kawasan kebun raya yang ditata (ha)", 2022: "Luas area yang ditata"},
    "B16": {2022: "Jumlah kegiatan promosi dan event", 2023: "Jumlah event dan promosi Kebun Raya",
            2024: "Jumlah kegiatan promosi/event"},
    "B17": {2021: "Nilai Evaluasi SAKIP", 2022: "Nilai evaluasi AKIP", 2023: "Nilai SAKIP (angka)",
            2024: "Nilai Hasil Evaluasi SAKIP"},
    "B18": {2021: "Persentase realisasi anggaran", 2022: "Persentase realisasi keuangan",
            2023: "Persentase Serapan Anggaran", 2024: "Persentase realisasi anggaran "},
    "B19": {2021: "Jumlah laporan kinerja dan keuangan", 2022: "Jumlah laporan kinerja & keuangan yang tersusun",
            2023: "Jumlah laporan kinerja dan keuangan (dokumen)", 2024: "Jumlah laporan kinerja dan laporan keuangan"},
    "B20": {2021: "Jumlah pegawai yang mengikuti pelatihan teknis",
            2023: "Jumlah SDM mengikuti pelatihan teknis konservasi",
            2024: "Jumlah pegawai yg mengikuti bimtek/pelatihan teknis"},
}
GROUPS = [("S1", ["B01", "B02", "B03", "B04", "B05", "B06", "B06b"]),
          ("S2", ["B07", "B08", "B21", "B09"]),
          ("S3", ["B10", "B11", "B12", "B13", "B14", "B15", "B16"]),
          ("S4", ["B17", "B18", "B19", "B20"])]


def ids_of(year):
    return [(s, [i for i in ids if year in NAMES[i]]) for s, ids in GROUPS]


KEPALA = ("Ir. SRI WAHYUNINGSIH, M.Si.", "Penata Tk. I (III/d)", "NIP. 19820317 200801 2 009")
KADIS = ("Drs. YOHANES BATAONA, M.AP.", "Pembina Utama Muda (IV/c)", "NIP. 19690815 199403 1 006")


def signature(sh, r, colL, date, who=KEPALA, title="Kepala UPTD Kebun Raya Manggala"):
    sh.put(f"{colL}{r}", f"Sungai Manggala, {date}")
    sh.put(f"{colL}{r+1}", title)
    sh.put(f"{colL}{r+5}", who[0], bold=True)
    sh.put(f"{colL}{r+6}", who[1])
    sh.put(f"{colL}{r+7}", who[2])


# =========================================================================== 2021: Renstra matrix (six years of targets)
def renstra2021(ag, book):
    Y = 2021
    sh = book.sheet("Renstra & Capaian 2021")
    for c, w in zip("ABCDEFGHIJKLMNO", (5, 26, 44, 10, 11, 11, 11, 11, 11, 11, 11, 12, 13, 10, 18)):
        sh.width(c, w)
    sh.merge("A1:O1", "MATRIKS RENCANA STRATEGIS DAN CAPAIAN KINERJA TAHUN 2021", bold=True, h="center", size=12)
    sh.merge("A2:O2", "UPTD KEBUN RAYA MANGGALA - DINAS LINGKUNGAN HIDUP KABUPATEN BUKIT MANGGALA (Renstra 2021-2026)",
             bold=True, h="center")
    sh.merge("A3:O3", "Tujuan : Terwujudnya kelestarian keanekaragaman hayati dan Kebun Raya sebagai pusat konservasi, "
             "penelitian, pendidikan dan wisata", italic=True)
    hd = dict(bold=True, h="center", wrap=True, border=True, fill=GREY)
    sh.merge("A5:A6", "No", **hd)
    sh.merge("B5:B6", "Sasaran", **hd)
    sh.merge("C5:C6", "Indikator Kinerja", **hd)
    sh.merge("D5:D6", "Satuan", **hd)
    sh.merge("E5:E6", "Kondisi Kinerja Awal (2020)", **hd)
    sh.merge("F5:K5", "Target Kinerja Tahun", **hd)
    for k, c in enumerate("FGHIJK"):
        sh.put(f"{c}6", str(2021 + k), **hd)
    sh.merge("L5:L6", "Kondisi Kinerja Akhir Periode Renstra (2026)", **hd)
    sh.merge("M5:M6", "Realisasi 2021", **hd)
    sh.merge("N5:N6", "Capaian 2021 (%)", **hd)
    sh.merge("O5:O6", "Ket.", **hd)
    for k, c in enumerate("ABCDEFGHIJKLMNO"):
        sh.put(f"{c}7", f"({k+1})", h="center", italic=True, border=True)
    # awal, targets 2021..2026 (first is keyed), realisasi
    D = {
        "B01": (1096, [1150, 1250, 1320, 1400, 1500, 1600], num(1182, FMT_INT)),
        "B02": (6230, [6500, 7000, 7600, 8200, 8600, 9000], num(6712, FMT_INT)),
        "B03": (82, [V(85, "85 %"), 86, 88, 90, 91, 92], pct(83.6)),
        "B04": (54, [60, 70, 80, 85, 92, 100], num(63)),
        "B05": (352, [400, 450, 500, 550, 600, 650], num(437)),
        "B06": (71, [75, 75, 78, 80, 80, 80], num(78.2, FMT_DEC1)),
        "B07": (10, [12, 15, 16, 18, 20, 22], num(14)),
        "B08": (2, [4, 5, 6, 6, 7, 8], num(3)),
        "B09": (1850, [2000, 2500, 3000, 3500, 4000, 4500], V(1240, "1.240 *)")),
        # planted: target 2021 typed 450.000 (45.000 meant; 2022 column reads 60.000)
        "B10": (38560, [V(450000, 450000, FMT_INT), 60000, 75000, 85000, 90000, 95000], num(31870, FMT_INT)),
        "B12": (402500000, [V(450000000, 450000000, FMT_ACC), 600000000, 750000000, 850000000, 900000000, 950000000],
                rpv(318900000, 2)),
        "B13": (78.5, [80, 80, 82, 83, 84, 85], num(81.3, FMT_DEC1)),
        "B14": (72, [80, 82, 85, 88, 90, 95], num(76.5, FMT_DEC1)),
        "B15": (8.5, [12, 15, 15, 15, 15, 15], num(12.5, FMT_DEC1)),
        "B17": (61.2, [65, 67, 70, 72, 75, 80], num(62.4, FMT_DEC1)),
        "B18": (89.4, [95, 95, 95, 96, 96, 97], num(91.2, FMT_DEC1)),
        "B19": (16, [16, 16, 17, 17, 18, 18], num(16)),
        "B20": (6, [10, 10, 12, 12, 12, 14], num(8)),
    }
    r = 8
    no = 0
    for s, ids in ids_of(Y):
        start = r
        for i in ids:
            no += 1
            awal, tg, re = D[i]
            tg = [x if isinstance(x, V) else num(x, FMT_INT if x >= 1000 else None) for x in tg]
            sh.put(f"A{r}", no, h="center", border=True)
            sh.put(f"C{r}", NAMES[i][Y], wrap=(i != "B04"), border=True)
            sh.put(f"D{r}", UNIT[i], h="center", border=True)
            sh.put(f"E{r}", awal, fmt=FMT_INT if awal >= 1000 else None, border=True)
            for k, c in enumerate("FGHIJK"):
                write_v(sh, f"{c}{r}", tg[k], border=True, h="right")
            sh.put(f"L{r}", f"=K{r}", fmt=FMT_ACC if i == "B12" else None, border=True)
            write_v(sh, f"M{r}", re, border=True, h="right")
            if i in ("B09", "B12", "B03"):
                sh.put(f"N{r}", {"B09": "62,00", "B12": "70,87", "B03": "98,35"}[i], h="right", border=True)
            else:
                sh.put(f"N{r}", f"=M{r}/F{r}*100", fmt=FMT_DEC2, border=True)
            sh.put(f"O{r}", None, border=True)
            ag.add(sh, f"C{r}", Y, i, NAMES[i][Y], tg[0].key, re.key, ([f"F{r}"], "value"), ([f"M{r}"], "value"))
            r += 1
            if i == "B04":
                # continuation row of the wrapped name (typed in the next row by the clerk)
                sh.put(f"C{r}", "dikonservasi ex situ", border=True)
                for c in "ADEFGHIJKLMNO":
                    sh.put(f"{c}{r}", None, border=True)
                r += 1
        sh.merge(f"B{start}:B{r-1}", SAS[s], wrap=True, v="top", border=True)
    r += 1
    sh.put(f"B{r}", "*) angka sementara; peserta edukasi bulan Desember belum direkap", italic=True)
    sh.put(f"B{r+1}", "Kondisi akhir periode Renstra sama dengan target tahun 2026.", italic=True)
    signature(sh, r + 3, "L", "31 Desember 2021")
    nt = book.sheet("Catatan Revisi")
    nt.width("A", 110)
    for k, l in enumerate(["Catatan revisi Renstra (reviu Bappeda, Oktober 2021):",
                           "- Indikator luas kawasan yang ditata hanya sampai 2022 (penataan kawasan selesai).",
                           "- Indikator promosi dan event ditambahkan mulai 2022.",
                           "- Target pengunjung disesuaikan dengan pembatasan kegiatan masyarakat."]):
        nt.put(f"A{k+1}", l)


# =========================================================================== 2022: monthly recap (no annual realisasi column)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def monthly2022(ag, book):
    Y = 2022
    rng = random.Random(2022)
    sh = book.sheet("Rekap Bulanan 2022")
    sh.width("A", 5)
    sh.width("B", 46)
    sh.width("C", 10)
    sh.width("D", 13)
    for k in range(12):
        sh.width(col(5 + k), 10)
    sh.width("Q", 24)
    sh.merge("A1:Q1", "REKAPITULASI BULANAN REALISASI INDIKATOR KINERJA TAHUN 2022", bold=True, h="center", size=12)
    sh.merge("A2:Q2", "UPTD KEBUN RAYA MANGGALA KABUPATEN BUKIT MANGGALA", bold=True, h="center")
    hd = dict(bold=True, h="center", wrap=True, border=True, fill=BLUE)
    sh.merge("A4:A5", "No", **hd)
    sh.merge("B4:B5", "Indikator Kinerja", **hd)
    sh.merge("C4:C5", "Satuan", **hd)
    sh.merge("D4:D5", "Target 2022", **hd)
    sh.merge("E4:P4", "Realisasi Bulan", **hd)
    for k, m in enumerate(MONTHS):
        sh.put(f"{col(5+k)}5", m, **hd)
    sh.merge("Q4:Q5", "Keterangan", **hd)
    N, B = num, blank

    def sparse(d, fmt=None):
        out = [B() for _ in range(12)]
        for m, v in d.items():
            out[MONTHS.index(m)] = v if isinstance(v, V) else num(v, fmt)
        return out

    def flow(total, step=1, fmt=FMT_INT, zero_months=()):
        w = [rng.uniform(0.6, 1.4) if MONTHS[k] not in zero_months else 0 for k in range(12)]
        parts = split_flow(total, 12, rng, step=step, weights=w)
        return [num(p, fmt) if MONTHS[k] not in zero_months else B() for k, p in enumerate(parts)]

    def level(start, final, nd=0, fmt=None):
        vals = path_level(final, 12, rng, start, nd)
        return [num(v, fmt) for v in vals]

    LITPCT = '0.0" %"'
    M = {
        "B01": (num(1250, FMT_INT), level(1182, 1236, fmt=FMT_INT), None),
        "B02": (num(7000, FMT_INT), level(6712, 7045, fmt=FMT_INT), None),
        # literal-% format: the cell shows "87,2 %" but holds 87.2 (not a fraction)
        "B03": (num(86), sparse({"Mar": 84.1, "Jun": 85.0, "Sep": 86.3, "Des": 87.2}, LITPCT), "diukur per triwulan"),
        "B04": (num(70), sparse({"Mar": 64, "Jun": 66, "Sep": 69, "Nov": 71}), "data Desember menunggu verifikasi"),
        "B05": (num(450), flow(398, fmt=None, zero_months=("Jan", "Feb")), None),
        "B06": (num(75), sparse({"Jun": 70.4, "Des": 72.5}, FMT_DEC1), "semesteran"),
        "B07": (num(15), sparse({"Feb": 2, "Mar": 1, "Mei": 3, "Jul": 2, "Agu": 1, "Sep": 2, "Okt": 1, "Nov": 2, "Des": 1}), None),
        "B08": (num(5), sparse({"Apr": 1, "Jul": 2, "Okt": 1, "Des": 2}), None),
        "B09": (num(2500, FMT_INT), flow(2815), None),
        "B10": (num(60000, FMT_INT), None, None),
        "B12": (num(600000000, FMT_ACC), None, None),
        "B13": (num(80), sparse({"Jun": 81.9, "Des": 82.7}, FMT_DEC1), "survei semesteran"),
        "B14": (num(82), sparse({"Mar": 80.5, "Jun": 82, "Sep": 83, "Des": 84}, FMT_DEC1), None),
        "B15": (num(15), sparse({"Mar": 2.5, "Mei": 3.0, "Jul": 4.3, "Sep": 2.0, "Nov": 3.0}, FMT_DEC1), None),
        "B16": (num(6), sparse({"Feb": 1, "Apr": 1, "Jun": 2, "Agu": 1, "Okt": 1, "Des": 1}), None),
        "B17": (num(67), sparse({"Mar": 68.1}, FMT_DEC1), "LHE SAKIP terbit Maret"),
        # planted: December typed as a fraction (0,9487 for 94,87) in a plain cell
        "B18": (num(95), [num(x, FMT_DEC1) for x in (5.2, 11.8, 19.6, 27.4, 35.1, 44.0, 52.3, 60.8, 69.5, 77.9, 86.2)]
                + [num(0.9487)], "kumulatif"),
        "B19": (num(16), [num(x) for x in (2, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 1)], None),
    }
    # pengunjung: numbers, a few typed as text with a unit
    pv = split_flow(68412, 12, rng, weights=[0.8, 0.7, 0.9, 1.0, 1.4, 1.3, 1.5, 1.0, 0.9, 0.9, 0.8, 1.6])
    M["B10"] = (M["B10"][0], [txt(p, "org") if k in (3, 7) else num(p, FMT_INT) for k, p in enumerate(pv)], None)
    rv = split_flow(684125000, 12, rng, step=25000,
                    weights=[0.8, 0.7, 0.9, 1.0, 1.4, 1.3, 1.5, 1.0, 0.9, 0.9, 0.8, 1.6])
    M["B12"] = (M["B12"][0], [num(p, FMT_ACC) for p in rv], None)
    r = 6
    no = 0
    roman = ["I", "II", "III", "IV"]
    for k, (s, ids) in enumerate(ids_of(Y)):
        sh.merge(f"A{r}:Q{r}", f"{roman[k]}. {SAS[s]}", bold=True, fill=YELLOW, border=True)
        r += 1
        for i in ids:
            no += 1
            t, months, ket = M[i]
            sh.put(f"A{r}", no, h="center", border=True)
            sh.put(f"B{r}", NAMES[i][Y], wrap=True, border=True)
            sh.put(f"C{r}", UNIT[i], h="center", border=True)
            write_v(sh, f"D{r}", t, border=True)
            cells = []
            for m in range(12):
                c = f"{col(5+m)}{r}"
                write_v(sh, c, months[m], border=True, h="right")
                cells.append(c)
            sh.put(f"Q{r}", ket, wrap=True, border=True, italic=True)
            how = "sum" if i in FLOW else "last"
            ag.add(sh, f"B{r}", Y, i, NAMES[i][Y], t.key, agg(months, how), ([f"D{r}"], "value"), (cells, how))
            r += 1
            if i == "B10":
                # hidden row: figures from the Dinas Pariwisata kept for comparison (not an indicator of the UPTD)
                sh.put(f"B{r}", "Jumlah pengunjung (data Dinas Pariwisata)", border=True)
                for m in range(12):
                    sh.put(f"{col(5+m)}{r}", int(pv[m] * 1.07), fmt=FMT_INT, border=True)
                sh.hide_row(r)
                r += 1
    r += 1
    sh.put(f"B{r}", "Keterangan: realisasi bulanan; indikator persentase dan indeks diisi nilai pada bulan pengukuran.", italic=True)
    sh.put(f"B{r+1}", "Sumber data: buku tamu & e-ticket (pengunjung), BKU bendahara penerimaan (retribusi), herbarium (koleksi).", italic=True)
    signature(sh, r + 3, "M", "9 Januari 2023")
    nt = book.sheet("Keterangan")
    nt.width("A", 100)
    for k, l in enumerate(["Rekap disusun oleh Subbag Tata Usaha dari laporan bulanan seksi.",
                           "Pengunjung bulan April dan Agustus dicatat manual (e-ticket gangguan).",
                           "Indikator pelatihan teknis pegawai tidak dianggarkan tahun 2022."]):
        nt.put(f"A{k+1}", l)


# =========================================================================== 2023: Permendagri 86 evaluation form E.81
def e81_2023(ag, book):
    Y = 2023
    sh = book.sheet("E81 TW IV 2023")
    widths = {"A": 6, "B": 22, "C": 30, "D": 38, "E": 9, "Z": 18}
    for c in range(1, 27):
        L = col(c)
        sh.width(L, widths.get(L, 12))
    sh.merge("A1:Z1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", bold=True, h="center", size=12)
    sh.merge("A2:Z2", "LINGKUP UPTD KEBUN RAYA MANGGALA - DINAS LINGKUNGAN HIDUP KABUPATEN BUKIT MANGGALA", bold=True, h="center")
    sh.merge("A3:Z3", "PERIODE PELAKSANAAN : TAHUN 2023 (TRIWULAN IV)", bold=True, h="center")
    sh.put("A4", "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RPJMD : Meningkatnya kualitas lingkungan hidup", italic=True)
    hd = dict(bold=True, h="center", wrap=True, border=True, fill=GREY)
    sh.merge("A6:A8", "No", **hd)
    sh.merge("B6:B8", "Sasaran", **hd)
    sh.merge("C6:C8", "Program / Kegiatan / Sub Kegiatan", **hd)
    sh.merge("D6:D8", "Indikator Kinerja Program (outcome) / Kegiatan (output)", **hd)
    sh.merge("E6:E8", "Satuan", **hd)
    sh.merge("F6:G7", "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)", **hd)
    sh.merge("H6:I7", "Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Tahun Lalu (2022)", **hd)
    sh.merge("J6:K7", "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2023) yang Dievaluasi", **hd)
    sh.merge("L6:S6", "Realisasi Kinerja Pada Triwulan", **hd)
    for k, (a, b) in enumerate([("L", "M"), ("N", "O"), ("P", "Q"), ("R", "S")]):
        sh.merge(f"{a}7:{b}7", ["I", "II", "III", "IV"][k], **hd)
    sh.merge("T6:U7", "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi", **hd)
    sh.merge("V6:W7", "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun 2023", **hd)
    sh.merge("X6:Y7", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2023 (%)", **hd)
    sh.merge("Z6:Z8", "Unit Perangkat Daerah Penanggung Jawab", **hd)
    for a in "FHJLNPRTVX":
        b = col(ci(a) + 1)
        sh.put(f"{a}8", "K", **hd)
        sh.put(f"{b}8", "Rp.", **hd)
    nums = {"A": "1", "B": "2", "C": "3", "D": "4", "E": "5", "F": "6", "H": "7", "J": "8", "L": "9", "N": "10",
            "P": "11", "R": "12", "T": "13 = 9+10+11+12", "V": "14 = 7 + 13", "X": "15 = 14 / 6 x 100", "Z": "16"}
    for a, t in nums.items():
        if a in "FHJLNPRTVX":
            sh.merge(f"{a}9:{col(ci(a)+1)}9", t, h="center", italic=True, border=True)
        else:
            sh.put(f"{a}9", t, h="center", italic=True, border=True)
    sh.merge("A10:Z10", "UPTD KEBUN RAYA MANGGALA", bold=True, fill=YELLOW, border=True)
    # K data: renstra, s.d. 2022, target 2023, [TW I..IV], col13 mode
    #   col13 mode: "sum" formula, "last" formula =R, ("typed", V), ("formula", text, key)
    K = {
        "B01": (1600, 1236, 1320, [1262, 1288, 1310, 1341], ("typed", num(1341, FMT_INT))),
        "B02": (9000, 7045, 7600, [7180, 7320, 7495, 7688], "last"),
        "B03": (92, 87.2, 88, [87.5, 88.0, 88.4, 88.9], ("typed", num(88.9, FMT_DEC1))),
        "B04": (100, 71, 80, [72, 74, 75, 77], "last"),
        # planted: formula leaves out TW IV
        "B05": (2800, 835, 500, [96, 141, 150, 125], "sum3"),
        "B06b": (90, None, 85, [84.0, 85.2, 85.9, 86.3], ("typed", num(86.3, FMT_DEC1))),
        "B07": (90, 29, 16, [3, 5, 6, 5], "sum"),
        "B08": (32, 9, 6, [1, 1, 2, 2], "sum"),
        "B09": (17000, 4055, 3000, [640, 910, 820, 950], "sum"),
        # planted: computed column typed over as 0 while the quarters hold values
        "B10": (450000, 100282, 75000, [17420, 19888, 20115, 21810], ("typed", num(0, FMT_INT))),
        "B11": (5000, None, 600, [96, 131, 167, 148], "sum"),
        "B12": (4800000000, 1003025000, 750000000, [171250000, 198600000, 203775000, 218775000], "sum"),
        "B13": (85, 82.7, 82, [None, 82.60, None, 83.05], ("typed", num(83.05, FMT_DEC2))),
        "B14": (95, 84, 85, [84.5, 85.0, 85.8, 86.4], "last"),
        "B16": (50, 7, 8, [1, 3, 2, 3], "sum"),
        "B17": (80, 68.1, 70, [None, 70.55, None, None], ("typed", num(70.55, FMT_DEC2))),
        # planted: a percentage summed over the quarters (cumulative %) -> 226,1
        "B18": (97, 94.87, 95, [18.5, 42.3, 68.0, 97.3], "sum"),
        "B19": (102, 32, 17, [5, 4, 4, 4], "sum"),
        "B20": (70, 8, 12, [0, 5, 4, 3], "sum"),
    }
    # structure: (level, name, [ids], rp) ; rp = (renstra, sd2022, pagu2023, [tw rp]) or "sum:<rows>"
    S = [
        ("P", "S1", "PROGRAM PENGELOLAAN KEANEKARAGAMAN HAYATI (KEHATI)", ["B01", "B02"], "sumK"),
        ("K", "S1", "Pengelolaan Keanekaragaman Hayati Kabupaten", ["B03", "B04"], "sumS"),
        ("S", "S1", "Pengelolaan Taman Keanekaragaman Hayati / Kebun Raya", ["B05", "B06b"],
         (2150000000, 812400000, 415600000, [62150000, 98420000, 121300000, 118940000])),
        ("S", "S1", "Penelitian, Pengembangan dan Publikasi Koleksi Tumbuhan", ["B07", "B08"],
         (780000000, 241700000, 148250000, [18600000, 35400000, 41250000, 47900000])),
        ("P", "S2", "PROGRAM PENINGKATAN PENDIDIKAN, PELATIHAN DAN PENYULUHAN LINGKUNGAN HIDUP UNTUK MASYARAKAT", ["B09"],
         (640000000, 196300000, 112500000, [21750000, 30600000, 27900000, 29850000])),
        ("P", "S3", "PROGRAM PENGELOLAAN DAYA TARIK WISATA KEBUN RAYA", ["B10", "B11", "B12", "B13"], "sumS"),
        ("S", "S3", "Pemeliharaan Sarana dan Prasarana Kebun Raya", ["B14"],
         (3900000000, 1320450000, 684300000, [110250000, 184600000, 176900000, 201450000])),
        ("S", "S3", "Penyelenggaraan Event dan Promosi Kebun Raya", ["B16"],
         (520000000, 96800000, 87500000, [7500000, 28400000, 21350000, 29800000])),
        ("P", "S4", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", ["B17", "B18"], "sumK"),
        ("K", "S4", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", ["B19"],
         (310000000, 104600000, 58200000, [9800000, 14650000, 13900000, 18350000])),
        ("K", "S4", "Administrasi Kepegawaian Perangkat Daerah", ["B20"],
         (280000000, 41250000, 46800000, [0, 17400000, 12650000, 14300000])),
    ]
    r = 11
    no = 0
    first_rows = {}
    sas_rows = {}
    rp_cols = ["G", "I", "K", "M", "O", "Q", "S"]
    blocks = []
    for lvl, s, pname, ids, rp_ in S:
        start = r
        blocks.append((lvl, start, len(ids), rp_))
        sas_rows.setdefault(s, []).append(start)
        no += 1
        sh.put(f"A{start}", no, h="center", v="top", border=True)
        if len(ids) > 1:
            sh.merge(f"A{start}:A{start+len(ids)-1}", None, border=True)
            sh.merge(f"C{start}:C{start+len(ids)-1}", pname, wrap=True, v="top", border=True,
                     bold=(lvl == "P"))
        else:
            sh.put(f"C{start}", pname, wrap=True, v="top", border=True, bold=(lvl == "P"))
        for k, i in enumerate(ids):
            rr = r + k
            ren, sd, tg, tw, mode = K[i]
            fm = FMT_INT if (tg or 0) >= 1000 else None
            if i == "B12":
                fm = FMT_ACC
            sh.put(f"D{rr}", NAMES[i][Y], wrap=True, border=True)
            sh.put(f"E{rr}", UNIT[i], h="center", border=True)
            sh.put(f"F{rr}", ren, fmt=fm, border=True)
            sh.put(f"H{rr}", sd if sd is not None else "-", fmt=fm, border=True, h="right")
            sh.put(f"J{rr}", tg, fmt=fm, border=True)
            twv = []
            for q, c in enumerate(["L", "N", "P", "R"]):
                v = tw[q]
                twv.append(v)
                sh.put(f"{c}{rr}", v if v is not None else "-", fmt=fm, border=True, h="right")
            if mode == "sum":
                sh.put(f"T{rr}", f"=L{rr}+N{rr}+P{rr}+R{rr}", fmt=fm, border=True)
                real = r2(sum(v for v in twv if v is not None), 6)
            elif mode == "sum3":
                sh.put(f"T{rr}", f"=L{rr}+N{rr}+P{rr}", fmt=fm, border=True)
                real = r2(sum(twv[:3]), 6)
            elif mode == "last":
                sh.put(f"T{rr}", f"=R{rr}", fmt=fm, border=True)
                real = twv[3]
            else:
                write_v(sh, f"T{rr}", mode[1], border=True)
                real = mode[1].key
            if sd is None:
                sh.put(f"V{rr}", f"=T{rr}", fmt=fm, border=True)
            else:
                sh.put(f"V{rr}", f"=H{rr}+T{rr}", fmt=fm, border=True)
            sh.put(f"X{rr}", f"=V{rr}/F{rr}*100", fmt=FMT_DEC2, border=True)
            sh.put(f"Z{rr}", {"S1": "Seksi Koleksi dan Konservasi", "S2": "Seksi Penelitian dan Edukasi",
                              "S3": "Seksi Pelayanan dan Wisata", "S4": "Subbag Tata Usaha"}[s],
                   wrap=True, border=True)
            ag.add(sh, f"D{rr}", Y, i, NAMES[i][Y], tg, real, ([f"J{rr}"], "value"), ([f"T{rr}"], "value"))
        r += len(ids)
    # budgets (Rp): leaves typed, parents summed; only on the first row of each block
    for bi, (lvl, start, n, rp_) in enumerate(blocks):
        if isinstance(rp_, tuple):
            ren, sd, pagu, tw = rp_
            for c, v in zip(rp_cols, [ren, sd, pagu] + tw):
                sh.put(f"{c}{start}", v, fmt=FMT_ACC, border=True)
        else:
            # children: following blocks of lower level until the next block of same-or-higher level
            order = {"P": 0, "K": 1, "S": 2}
            kids = []
            want = "K" if rp_ == "sumK" else "S"
            for lvl2, start2, n2, rp2 in blocks[bi + 1:]:
                if order[lvl2] <= order[lvl]:
                    break
                if lvl2 == want or (want == "K" and lvl2 == "K"):
                    kids.append(start2)
            if rp_ == "sumK" and not kids:
                kids = [b[1] for b in blocks[bi + 1:] if b[0] == "S"]
            for c in rp_cols:
                sh.put(f"{c}{start}", "=" + "+".join(f"{c}{k}" for k in kids), fmt=FMT_ACC, border=True)
        sh.put(f"U{start}", f"=M{start}+O{start}+Q{start}+S{start}", fmt=FMT_ACC, border=True)
        sh.put(f"W{start}", f"=I{start}+U{start}", fmt=FMT_ACC, border=True)
        sh.put(f"Y{start}", f"=W{start}/G{start}*100", fmt=FMT_DEC2, border=True)
    for s, rows_ in sas_rows.items():
        a, b = rows_[0], r - 1
        nxt = [x for x in sum(sas_rows.values(), []) if x > a and x not in rows_]
        if nxt:
            b = min(nxt) - 1
        sh.merge(f"B{a}:B{b}", SAS[s], wrap=True, v="top", border=True)
    last = r - 1
    r += 1
    sh.put(f"C{r}", "Rata-rata capaian kinerja (%)", bold=True)
    sh.put(f"X{r}", f"=AVERAGE(X11:X{last})", fmt=FMT_DEC2)
    sh.put(f"Y{r}", f"=AVERAGE(Y11:Y{last})", fmt=FMT_DEC2)
    sh.put(f"C{r+1}", "Predikat kinerja", bold=True)
    sh.put(f"X{r+1}", "Sangat Tinggi")
    sh.put(f"C{r+2}", "Faktor pendorong keberhasilan pencapaian :")
    sh.put(f"D{r+2}", "Dukungan mitra perguruan tinggi dan komunitas pecinta tanaman.")
    sh.put(f"C{r+3}", "Faktor penghambat pencapaian kinerja :")
    sh.put(f"D{r+3}", "Cuaca ekstrem menghambat eksplorasi; sistem e-ticket belum terintegrasi.")
    sh.put(f"C{r+4}", "Tindak lanjut yang diperlukan dalam triwulan berikutnya :")
    sh.put(f"D{r+4}", "Percepatan pengadaan bibit dan integrasi data pengunjung.")
    sh.put(f"C{r+5}", "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya :")
    sh.put(f"D{r+5}", "Penyesuaian target pengunjung mancanegara.")
    r += 7
    sh.put(f"C{r}", "Disusun")
    sh.put(f"C{r+1}", "Sungai Manggala, 12 Januari 2024")
    sh.put(f"C{r+2}", "Kepala UPTD Kebun Raya Manggala")
    sh.put(f"C{r+6}", KEPALA[0], bold=True)
    sh.put(f"C{r+7}", KEPALA[2])
    sh.put(f"T{r}", "Dievaluasi")
    sh.put(f"T{r+1}", "Sungai Manggala, 19 Januari 2024")
    sh.put(f"T{r+2}", "Kepala Dinas Lingkungan Hidup Kabupaten Bukit Manggala")
    sh.put(f"T{r+6}", KADIS[0], bold=True)
    sh.put(f"T{r+7}", KADIS[2])


# =========================================================================== 2024: two half-tables side by side, pasted twice (novel)
def sidebyside2024(ag, book):
    Y = 2024
    sh = book.sheet("Capaian 2024")
    for c, w in zip("ABCDEFGHIJK", (44, 10, 13, 14, 10, 3, 44, 10, 13, 14, 10)):
        sh.width(c, w)
    V_ = {
        "B01": (num(1400, FMT_INT), num(1418, FMT_INT)),
        # planted: realisasi typed 8.106 (thousands lost, 8.106 spesimen meant)
        "B02": (num(8200, FMT_INT), num(8.106)),
        "B03": (V(90, "90 %"), pct(91.3)),
        "B04": (num(85), num(88)),
        "B05": (num(550), num(561)),
        "B06b": (num(87), V(88.5, "88,5 %")),
        "B21": (num(24), num(25)),
        # planted: target typed 35.000 (3.500 meant)
        "B09": (num(35000, FMT_INT), num(3410, FMT_INT)),
        "B10": (num(85000, FMT_INT), num(83904, FMT_INT)),
        "B11": (num(800), num(861)),
        "B12": (num(850000000, FMT_ACC), rpv(836775000)),
        "B13": (num(83), num(84.4, FMT_DEC1)),
        "B14": (num(88), num(87.5, FMT_DEC1)),
        "B16": (num(10), num(10)),
        "B17": (V(72, "≥ 72"), num(73.2, FMT_DEC1)),
        "B18": (num(96), num(95.1, FMT_DEC1)),
        "B19": (num(17), num(17)),
        "B20": (num(12), num(14)),
    }
    halves = [("A", ["S1", "S2"]), ("G", ["S3", "S4"])]

    def table(top, keyed):
        sh.merge(f"A{top}:K{top}", "LAPORAN CAPAIAN INDIKATOR KINERJA TAHUN 2024", bold=True, h="center", size=12)
        sh.merge(f"A{top+1}:K{top+1}", "UPTD KEBUN RAYA MANGGALA - DINAS LINGKUNGAN HIDUP KABUPATEN BUKIT MANGGALA",
                 bold=True, h="center")
        hr = top + 3
        end = hr
        no = 0
        for c0, sas in halves:
            cs = [col(ci(c0) + k) for k in range(5)]
            hd = dict(bold=True, h="center", wrap=True, border=True, fill=GREY)
            for c, t in zip(cs, ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]):
                sh.put(f"{c}{hr}", t, **hd)
            r = hr + 1
            for s, ids in ids_of(Y):
                if s not in sas:
                    continue
                sh.merge(f"{cs[0]}{r}:{cs[4]}{r}", SAS[s], bold=True, fill=YELLOW, wrap=True, border=True)
                sh.ws.row_dimensions[r].height = 30
                r += 1
                for i in ids:
                    no += 1
                    t, re = V_[i]
                    name = f"{no}. {NAMES[i][Y]}"
                    sh.put(f"{cs[0]}{r}", name, wrap=True, border=True)
                    sh.put(f"{cs[1]}{r}", UNIT[i], h="center", border=True)
                    write_v(sh, f"{cs[2]}{r}", t, border=True, h="right")
                    write_v(sh, f"{cs[3]}{r}", re, border=True, h="right")
                    if isinstance(t.write, (int, float)) and isinstance(re.write, (int, float)):
                        f = f"={cs[3]}{r}/{cs[2]}{r}*100" if not (re.fmt and "%" in re.fmt) else f"={cs[3]}{r}*100/{cs[2]}{r}*100"
                        sh.put(f"{cs[4]}{r}", f, fmt=FMT_DEC2, border=True)
                    else:
                        sh.put(f"{cs[4]}{r}", idn(r2(re.key / t.key * 100), 2), h="right", border=True)
                    if keyed:
                        ag.add(sh, f"{cs[0]}{r}", Y, i, name, t.key, re.key,
                               ([f"{cs[2]}{r}"], "value"), ([f"{cs[3]}{r}"], "value"), col=True)
                    r += 1
            end = max(end, r)
        return end

    end = table(1, True)
    sh.put(f"A{end+1}", "Catatan: indikator penelitian dan publikasi digabung menjadi satu indikator mulai 2024.", italic=True)
    signature(sh, end + 3, "H", "31 Desember 2024")
    top2 = end + 14
    sh.merge(f"A{top2-2}:K{top2-2}", "SALINAN (untuk lampiran LKjIP 2024)", italic=True)
    table(top2, False)


def main():
    ag = Agency(SLUG, AG_NAME, [2021, 2022, 2023, 2024], FLOW, LEVEL)
    ag.ambiguous = [["B06", "B06b"]]
    b1 = Book(ag, "Matriks Renstra dan Capaian Kebun Raya 2021", "ods")
    renstra2021(ag, b1)
    b2 = Book(ag, "Rekap Bulanan Kinerja Kebun Raya 2022", "xlsx")
    monthly2022(ag, b2)
    b3 = Book(ag, "Evaluasi Renja E81 Kebun Raya 2023", "xls")
    e81_2023(ag, b3)
    b4 = Book(ag, "Laporan Capaian Kinerja Kebun Raya 2024", "xlsx")
    sidebyside2024(ag, b4)
    ag.finish()
    return ag


if __name__ == "__main__":
    a = main()
    print(SLUG, len(a.rows), "key rows")
