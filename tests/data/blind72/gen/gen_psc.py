"""Agency 2: UPTD Public Safety Center (PSC) 119, Dinas Kesehatan Kota Karang Sembada (invented), 2021-2024.

Files
  PSC119_KotaKarangSembada_RA_2021.xlsx            sheet 'RA 2021' (Rencana Aksi in blocks:
                                                   Target Tahunan + TW 1 (B03) .. TW 4 (B12) lines)
  PSC119_KotaKarangSembada_Rekap_Bulanan_2022.ods  sheet 'Rekap 2022' (monthly recap), 'Keterangan'
  PSC119_KotaKarangSembada_Capaian_2023_2024.xls   sheets 'Laporan 2023' (numbered list),
                                                   'PK 2024' (PK Awal / PK Perubahan, part pasted twice,
                                                   hidden draft rows)
"""
from common import *  # noqa

SLUG = "psc119_karang_sembada"
AG = Agency(SLUG, "UPTD Public Safety Center (PSC) 119 Dinas Kesehatan Kota Karang Sembada",
            [2021, 2022, 2023, 2024], [["P04", "P04b"]],
            flow_ids=["P01", "P03", "P06", "P08", "P11", "P12", "P15", "P16", "P20"],
            lookalike=[["P09", "P10"], ["P11", "P12"]])

S1 = "Meningkatnya kecepatan dan ketepatan layanan kegawatdaruratan"
S2 = "Meningkatnya kesiapan sarana dan SDM layanan gawat darurat"
S3 = "Meningkatnya peran serta masyarakat dalam pertolongan pertama"
S4 = "Meningkatnya kualitas pelayanan dan akuntabilitas kinerja UPTD"

D = {
    "P01": ("flow", "panggilan", False, {
        2021: ("Jumlah panggilan darurat yang diterima", 12000, 11842),
        2022: ("Jumlah Panggilan Darurat Masuk", 13000, None),
        2023: ("1. Jumlah panggilan darurat 119 yang diterima", 14000, 14210),
        2024: ("Jumlah panggilan darurat diterima call center 119", 15000, 15388)}),
    "P02": ("level", "%", False, {
        2021: ("Persentase panggilan darurat yang ditindaklanjuti", 95, 96.2),
        2022: ("Prosentase Panggilan Darurat yg Ditindaklanjuti", 95, None),
        2023: ("2. Persentase panggilan yang ditindaklanjuti dengan layanan", 97, 96.8),
        2024: ("Persentase panggilan darurat ditindaklanjuti", 97, 98.1)}),
    "P03": ("flow", "panggilan", True, {
        2021: ("Jumlah panggilan iseng/palsu", 1500, 1874),
        2022: ("Jumlah Prank Call", 1200, None),
        2024: ("Jumlah panggilan tidak valid (iseng, salah sambung)", 1000, 905)}),
    "P04": ("level", "menit", True, {
        2021: ("Rata-rata waktu tanggap (response time) ambulans", 15, 13.4),
        2022: ("Rata-rata Response Time Ambulans (menit)", 15, None)}),
    "P04b": ("level", "menit", True, {
        2023: ("3. Rata-rata waktu tanggap layanan kegawatdaruratan", 10, 9.6),
        2024: ("Waktu tanggap pelayanan gawat darurat (menit)", 10, 9.1)}),
    "P05": ("level", "%", False, {
        2022: ("Prosentase Kasus dg Response Time ≤ 15 Menit", 80, None),
        2023: ("4. Persentase kasus dengan waktu tanggap kurang dari 15 menit", 85, 87.1),
        2024: ("Persentase kasus dengan waktu tanggap ≤ 15 menit", 88, 90.3)}),
    "P19": ("level", "detik", True, {
        2021: ("Rata-rata waktu menjawab panggilan", 10, 9.2),
        2022: ("Rata-rata Waktu Menjawab Panggilan (detik)", 10, None),
        2023: ("5. Rata-rata lama panggilan diangkat (detik)", 8, 7.9),
        2024: ("Rata-rata waktu angkat panggilan (detik)", 8, 6.8)}),
    "P06": ("flow", "orang", False, {
        2021: ("Jumlah pasien yang dirujuk ke fasilitas pelayanan kesehatan", 4000, 4215),
        2022: ("Jumlah Pasien Dirujuk ke Faskes", 4500, None),
        2023: ("6. Jumlah pasien dirujuk ke rumah sakit/puskesmas", 4800, 4932),
        2024: ("Jumlah pasien yang dirujuk", 5200, 5306)}),
    "P07": ("level", "%", False, {
        2021: ("Persentase rujukan pasien gawat darurat yang tepat waktu", 85, 86.4),
        2022: ("Prosentase Rujukan Tepat Waktu", 88, None),
        2023: ("7. Persentase rujukan tepat waktu", 90, 91.2),
        2024: ("Persentase rujukan pasien tepat waktu dan tepat tujuan", 92, 92.8)}),
    "P08": ("flow", "orang", False, {
        2021: ("Jumlah pasien yang ditangani di lokasi kejadian", 2500, 2604),
        2022: ("Jumlah Pasien Ditangani di TKP", 2800, None),
        2023: ("8. Jumlah pasien mendapat penanganan di tempat kejadian", 3000, 2987),
        2024: ("Jumlah pasien ditangani di lokasi", 3100, 3254)}),
    "P15": ("flow", "kejadian", False, {
        2021: ("Jumlah kejadian kecelakaan lalu lintas yang ditangani", 1200, 1254),
        2022: ("Jumlah Kasus Kecelakaan Lalu Lintas Ditangani", 1300, None)}),
    "P16": ("flow", "kasus", False, {
        2021: ("Jumlah kasus kegawatdaruratan medis (non trauma) yang ditangani", 2000, 2118),
        2022: ("Jumlah Kasus Gawat Darurat\nNon Trauma Ditangani", 2300, None)}),
    "P20": ("flow", "kasus", False, {
        2023: ("9. Jumlah kasus gawat darurat trauma & non trauma yang ditangani", 3900, 3985),
        2024: ("Jumlah kasus gawat darurat yang ditangani (trauma dan non trauma)", 4100, 4230)}),
    "P09": ("level", "%", False, {
        2021: ("Persentase ambulans dalam kondisi siap operasional", 90, 87.5),
        2022: ("Prosentase Ambulans Siap Operasional", 90, None),
        2023: ("10. Persentase kesiapan armada ambulans", 95, 95.8),
        2024: ("Persentase ambulans siap operasi", 95, 100)}),
    "P10": ("level", "unit", False, {
        2021: ("Jumlah ambulans siap operasional", 8, 7),
        2022: ("Jumlah Ambulans Siap Operasional", 12, None),
        2023: ("11. Jumlah armada ambulans siap operasi", 12, 12),
        2024: ("Jumlah ambulans siap operasi (unit)", 13, 13)}),
    "P14": ("level", "%", False, {
        2021: ("Persentase petugas PSC bersertifikat BTCLS", 70, 68.2),
        2022: ("Prosentase Petugas Bersertifikat BTCLS/PPGD", 80, None),
        2023: ("12. Persentase tenaga kesehatan PSC bersertifikat kegawatdaruratan", 90, 91.3),
        2024: ("Persentase petugas bersertifikat", 100, 96)}),
    "P18": ("level", "%", False, {
        2021: ("Persentase waktu layanan call center 24 jam aktif", 100, 99.2),
        2022: ("Prosentase Ketersediaan Layanan 24 Jam", 100, None),
        2023: ("13. Persentase ketersediaan layanan 24/7", 100, 99.9),
        2024: ("Persentase ketersediaan layanan 24 jam", 100, 100)}),
    "P11": ("flow", "orang", False, {
        2021: ("Jumlah masyarakat yang dilatih pertolongan pertama", 400, 356),
        2022: ("Jumlah Masyarakat Terlatih Pertolongan Pertama (orang)", 600, None),
        2023: ("14. Jumlah peserta pelatihan pertolongan pertama pada", 800, 812),
        2024: ("Jumlah masyarakat awam terlatih P3K/BHD", 1000, 1044)}),
    "P12": ("flow", "angkatan", False, {
        2021: ("Jumlah kegiatan pelatihan pertolongan pertama", 10, 9),
        2022: ("Jumlah Pelatihan Pertolongan Pertama (angkatan)", 15, None),
        2023: ("15. Jumlah angkatan pelatihan pertolongan pertama", 20, 20),
        2024: ("Jumlah pelatihan pertolongan pertama bagi masyarakat", 25, 26)}),
    "P13": ("level", "kelurahan", False, {
        2023: ("16. Jumlah kelurahan siaga gawat darurat terbentuk", 10, 11),
        2024: ("Jumlah kelurahan siaga gawat darurat", 15, 15)}),
    "P17": ("level", "nilai", False, {
        2021: ("Indeks Kepuasan Masyarakat", 80, 82.4),
        2022: ("Nilai IKM Layanan PSC 119", 82, None),
        2023: ("17. Indeks Kepuasan Masyarakat (IKM)", 83, 84.6),
        2024: ("IKM", 85, 86.2)}),
    "P21": ("level", "predikat", False, {
        2021: ("Nilai AKIP UPTD PSC 119", "B", "BB"),
        2023: ("18. Hasil evaluasi SAKIP", "BB", "BB"),
        2024: ("Predikat AKIP", "BB", "A")}),
}


def nm(i, y):
    return D[i][3][y][0]


def tg(i, y):
    return D[i][3][y][1]


def rl(i, y):
    return D[i][3][y][2]


def kind(i):
    return D[i][0]


def unit(i):
    return D[i][1]


def neg(i):
    return D[i][2]


KOTA = "Karang Sembada"
KEPALA = ("dr. YOHANES ARDIANTO SIMBOLON", "Penata Tk. I", "NIP. 19850309 201101 1 012")
KEPALA_B = ("dr. MELATI PUSPARINI HANDOYO, Sp.EM", "Pembina", "NIP. 19800522 200604 2 019")


# =========================================================================== 2021: RA blocks
def ra2021(wb, fname):
    ws = wb.active
    ws.title = "RA 2021"
    sw = SW(ws)
    y = 2021
    sw.widths({"A": 5, "B": 24, "C": 34, "D": 16, "E": 12, "F": 12, "G": 9, "H": 30, "I": 20})
    sw.merge("A1", "I1", "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", bold=True, h="center")
    sw.merge("A2", "I2", "UPTD PUBLIC SAFETY CENTER (PSC) 119 KOTA KARANG SEMBADA", bold=True, h="center")
    sw.merge("A3", "I3", "TAHUN ANGGARAN 2021", bold=True, h="center")
    for c, t in (("A", "NO"), ("B", "SASARAN STRATEGIS"), ("C", "INDIKATOR SASARAN"),
                 ("H", "PROGRAM & ANGGARAN"), ("I", "UNIT KERJA / PENANGGUNG JAWAB")):
        sw.merge(f"{c}5", f"{c}6", t, bold=True, h="center", va="center", wrap=True)
    sw.merge("D5", "G5", "KRITERIA KEBERHASILAN SASARAN (TARGET TAHUNAN & TRIWULAN)", bold=True, h="center", wrap=True)
    for c, t in (("D", ""), ("E", "TARGET"), ("F", "REALISASI KINERJA"), ("G", "%")):
        sw.put(f"{c}6", t, bold=True, h="center", wrap=True)
    for c, t in zip("ABCDEFGHI", "1 2 3 4 5 6 7 8 9".split()):
        sw.put(f"{c}7", t, h="center", italic=True)
    sw.box(5, 1, 7, 9)
    ws.row_dimensions[5].height = 30

    # quarter targets and realisasi; strings are typed text
    Q = {
        "P01": ([3000] * 4, [2790, 2901, 3012, 3139]),
        "P02": ([0.95] * 4, [0.951, 0.958, 0.967, 0.962]),
        "P03": ([375] * 4, [512, 468, 455, 439]),
        "P04": ([15] * 4, [14.1, 13.8, 13.6, 13.4]),
        "P19": ([10] * 4, [9.8, 9.5, 9.3, 9.2]),
        "P06": ([1000] * 4, [998, 1040, 1066, 1111]),
        "P07": ([0.85] * 4, [0.842, 0.851, 0.86, 0.864]),
        "P08": ([625] * 4, [612, 640, 655, 697]),
        "P15": ([300] * 4, [301, 298, 322, 333]),
        "P16": ([500] * 4, [503, 522, 531, 562]),
        "P09": ([0.9] * 4, [0.875, 0.875, 0.875, 0.875]),
        "P10": ([8] * 4, [7, 7, 7, 7]),
        "P14": ([0.6, 0.65, 0.7, 0.7], [0.6, 0.65, 0.682, "-"]),      # TW IV not filled in
        "P18": ([1] * 4, [0.988, 0.991, 0.995, 0.992]),
        "P11": ([100] * 4, ["-", 120, 96, 140]),
        "P12": (["-", 3, 3, 4], ["-", 3, 3, 3]),
        "P17": (["-", 80, "-", 80], ["-", 81.9, "-", 82.4]),
        "P21": (["-", "-", "-", "B"], ["-", "-", "-", "BB"]),
    }
    pct = {"P02", "P07", "P09", "P14", "P18"}
    groups = [(S1, "Program Pelayanan Kegawatdaruratan Terpadu (PSC 119)\nRp. 1.245.800.000,-",
               ["P01", "P02", "P03", "P04", "P19", "P06", "P07", "P08", "P15", "P16"]),
              (S2, "Program Peningkatan Sarana dan SDM Layanan Gawat Darurat\nRp. 2.118.450.000,-",
               ["P09", "P10", "P14", "P18"]),
              (S3, "Program Pemberdayaan Masyarakat Bidang Kesehatan\nRp. 186.300.000,-", ["P11", "P12"]),
              (S4, "Program Penunjang Urusan Pemerintahan Daerah\nRp. 412.750.000,-", ["P17", "P21"])]
    unitkerja = {S1: "Koordinator Pelayanan / Call Center", S2: "Koordinator Sarana dan SDM",
                 S3: "Koordinator Edukasi Masyarakat", S4: "Kasubag Tata Usaha"}
    r = 8
    no = 0
    for sas, prog, ids in groups:
        g0 = r
        for i in ids:
            no += 1
            isp = i in pct
            fmt = PCT1 if isp else (NUM0 if kind(i) == "flow" or unit(i) in ("unit",) else NUM1)
            sw.merge(f"A{r}", f"A{r + 4}", f"{no}.", h="center", va="top")
            sw.merge(f"C{r}", f"C{r + 4}", nm(i, y), wrap=True, va="top")
            sw.put(f"D{r}", "Target Tahunan  :")
            t = tg(i, y)
            if i == "P11":
                tkey = wnum(sw, f"E{r}", 4000, NUM0)             # PLANTED: 10x target (400 meant)
            elif i == "P21":
                tkey = wtext(sw, f"E{r}", "B", None, h="right")
            elif isp:
                tkey = wnum(sw, f"E{r}", t / 100, PCT0)
            else:
                tkey = wnum(sw, f"E{r}", t, fmt)
            T, R = Q[i]
            vals = []
            for k in range(4):
                rr = r + 1 + k
                sw.put(f"D{rr}", f"TW {k + 1} (B{3 * (k + 1):02d}) :")
                tv, rv = T[k], R[k]
                if isinstance(tv, str):
                    sw.put(f"E{rr}", tv, h="right")
                else:
                    sw.put(f"E{rr}", tv, PCT0 if isp else fmt)
                if isinstance(rv, str):
                    sw.put(f"F{rr}", rv, h="right")
                    vals.append(None)
                    sw.put(f"G{rr}", "-", h="right")
                else:
                    vals.append(wnum(sw, f"F{rr}", rv, fmt))
                    if isinstance(tv, str):
                        sw.put(f"G{rr}", "-", h="right")
                    elif neg(i):
                        sw.put(f"G{rr}", f"=MIN((2*E{rr}-F{rr})/E{rr},1)", PCT0)
                    else:
                        sw.put(f"G{rr}", f"=MIN(F{rr}/E{rr},1)", PCT0)
            rep = [v for v in vals if v is not None]
            refs = [f"F{r + 1 + k}" for k in range(4)]
            if kind(i) == "flow":
                rkey, rspec = sum(rep), ("sum", refs)
            else:
                rkey, rspec = (rep[-1] if rep else None), ("last", refs)
            AG.add(fname, ws.title, f"C{r}", nm(i, y), i, y, tkey, rkey, ("cell", f"E{r}"), rspec)
            r += 5
        sw.merge(f"B{g0}", f"B{r - 1}", sas, wrap=True, va="top")
        sw.merge(f"H{g0}", f"H{r - 1}", prog, wrap=True, va="top")
        sw.merge(f"I{g0}", f"I{r - 1}", unitkerja[sas], wrap=True, va="top")
    sw.box(8, 1, r - 1, 9)
    sw.put(f"B{r + 1}", "Catatan: capaian triwulan dibatasi paling tinggi 100%.", italic=True)
    signature(sw, r + 3, 8, f"{KOTA}, 31 Desember 2021", ["Kepala UPTD PSC 119", "Kota Karang Sembada"], *KEPALA)
    ws.print_title_rows = "5:7"
    print_setup(ws)


# =========================================================================== 2022: monthly recap
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def monthly2022(wb, fname):
    ws = wb.active
    ws.title = "Rekap 2022"
    sw = SW(ws)
    y = 2022
    sw.widths({"A": 5, "B": 44, "C": 10, "D": 11, "Q": 13, "R": 10, "S": 22})
    for k in range(12):
        ws.column_dimensions[get_column_letter(5 + k)].width = 8
    sw.merge("A1", "S1", "REKAPITULASI CAPAIAN INDIKATOR KINERJA BULANAN", bold=True, h="center")
    sw.merge("A2", "S2", "UPTD PUBLIC SAFETY CENTER (PSC) 119 KOTA KARANG SEMBADA", bold=True, h="center")
    sw.merge("A3", "S3", "TAHUN 2022", bold=True, h="center")
    for c, t in (("A", "No"), ("B", "Indikator Kinerja"), ("C", "Satuan"), ("D", "Target 2022"),
                 ("Q", "Realisasi s.d. Des 2022"), ("R", "Capaian (%)"), ("S", "Ket.")):
        sw.merge(f"{c}5", f"{c}6", t, bold=True, h="center", va="center", wrap=True)
    sw.merge("E5", "P5", "Realisasi Bulan", bold=True, h="center")
    for k, m in enumerate(MONTHS):
        sw.put(f"{get_column_letter(5 + k)}6", m, bold=True, h="center")
    sw.box(5, 1, 6, 19)

    M = {
        "P01": [1052, 1018, 1131, 1107, 1156, 1089, 1142, 1175, 1098, 1163, 1204, 1232],
        "P02": [96.8, 97.1, 97.5, 97.0, 97.9, 97.2, 97.6, 98.1, 97.4, 97.3, 97.7, 98.0],
        "P03": [121, 118, 104, 112, 97, 109, 115, 106, 103, 111, 108, 106],
        "P04": [13.4, 13.1, 12.9, 13.0, 12.6, 12.8, 12.7, 12.5, 12.9, 12.6, 12.4, 12.7],
        "P05": [80.4, 81.2, 81.9, 82.3, 82.0, 82.8, 83.1, 83.5, 82.6, 83.0, 83.4, 84.1],
        "P19": [9.4, 9.1, 8.9, 8.8, 8.6, 8.7, 8.5, 8.6, 8.4, 8.5, 8.3, 8.4],
        "P06": [361, 352, 389, 377, 402, 371, 388, 404, 379, 395, 386, 400],
        "P07": [86.9, 87.4, 87.8, 88.1, 87.5, 88.3, 88.0, 88.6, 87.9, 88.4, 88.2, 88.8],
        "P08": [236, 228, 251, 240, 247, 239, 244, 256, 241, 249, 249, None],   # Des not yet in
        "P15": [104, 99, 113, 108, 121, 107, 111, 116, 109, 114, 117, 118],
        "P16": [187, 179, 201, 196, 204, 193, 199, 208, 197, 203, 211, 224],
        "P09": [0.917, 0.917, 0.917, 0.833, 0.917, 0.917, 1, 0.917, 0.917, 0.917, 0.917, 0.917],
        "P10": [11, 11, 11, 10, 11, 11, 12, 11, 11, 11, 11, 11],
        "P14": [None, None, 72.4, None, None, 75.1, None, None, 77.6, None, None, 79.5],
        "P18": [99.1, 99.4, 99.8, 99.6, 99.9, 99.7, 99.5, 99.8, 99.9, 99.6, 99.7, 99.8],
        "P11": [None, 40, 65, 48, None, 72, 55, 60, 88, 70, 82, 65],
        "P12": [None, 1, 2, 1, None, 2, 1, 1, 2, 2, 2, 2],
        "P17": [None, None, None, None, None, 82.7, None, None, None, None, None, 83.5],
    }
    avg_ids = {"P02", "P04", "P05", "P19", "P07", "P09", "P18", "P17"}
    last_ids = {"P10", "P14"}
    groups = [("I", S1, ["P01", "P02", "P03", "P04", "P05", "P19", "P06", "P07", "P08", "P15", "P16"]),
              ("II", S2, ["P09", "P10", "P14", "P18"]),
              ("III", S3, ["P11", "P12"]),
              ("IV", S4, ["P17"])]
    r = 7
    no = 0
    first = r
    for roman, sas, ids in groups:
        sw.merge(f"A{r}", f"S{r}", f"{roman}. Sasaran : {sas}", bold=True, fill=GREY)
        r += 1
        for i in ids:
            no += 1
            sw.put(f"A{r}", no, h="center")
            sw.put(f"B{r}", nm(i, y), wrap=True)
            sw.put(f"C{r}", unit(i), h="center")
            t = tg(i, y)
            if i == "P03":
                tkey = wtext(sw, f"D{r}", "maks. 1.200", 1200, h="right")
            elif i == "P05":
                tkey = wtext(sw, f"D{r}", "≥ 80", 80, h="right")
            elif i == "P09":
                tkey = wnum(sw, f"D{r}", 0.9, PCT0)
            else:
                tkey = wnum(sw, f"D{r}", t, NUM0 if isinstance(t, int) else NUM1)
            vals = M[i]
            for k, v in enumerate(vals):
                if v is None:
                    continue
                c = get_column_letter(5 + k)
                if i == "P09":
                    sw.put(f"{c}{r}", v, PCT0)
                else:
                    sw.put(f"{c}{r}", v, NUM0 if isinstance(v, int) else NUM1)
            rep = [v for v in vals if v is not None]
            if i == "P01":
                f = f"=SUM(E{r}:O{r})"                  # PLANTED: range stops at November
                cached = sum(vals[:11])
                fmt = NUM0
            elif i == "P09":
                f = f"=AVERAGE(E{r}:P{r})"              # PLANTED: average of %-cells in a plain cell
                cached = sum(rep) / len(rep)
                fmt = "0.00"
            elif i in avg_ids:
                f = f"=AVERAGE(E{r}:P{r})"
                cached = sum(rep) / len(rep)
                fmt = NUM2
            elif i in last_ids:
                f = f"=P{r}"
                cached = vals[11]
                fmt = NUM0 if isinstance(vals[11], int) else NUM1
            else:
                f = f"=SUM(E{r}:P{r})"
                cached = sum(rep)
                fmt = NUM0
            rkey = wform(sw, f"Q{r}", f, cached, fmt, fill=YELLOW)
            if i == "P09":
                sw.put(f"R{r}", f"=ROUND(Q{r}/D{r}*100,2)", NUM2)
            elif i in ("P03",):
                sw.put(f"R{r}", f"=ROUND((2*1200-Q{r})/1200*100,2)", NUM2)
            elif i == "P05":
                sw.put(f"R{r}", f"=ROUND(Q{r}/80*100,2)", NUM2)
            elif neg(i):
                sw.put(f"R{r}", f"=ROUND((2*D{r}-Q{r})/D{r}*100,2)", NUM2)
            else:
                sw.put(f"R{r}", f"=ROUND(Q{r}/D{r}*100,2)", NUM2)
            note = {"P08": "data Desember belum masuk", "P14": "diukur per triwulan",
                    "P17": "survei semester", "P09": "rata-rata 12 bulan",
                    "P10": "posisi akhir tahun"}.get(i)
            if note:
                sw.put(f"S{r}", note, wrap=True)
            AG.add(fname, ws.title, f"B{r}", nm(i, y), i, y, tkey, rkey, ("cell", f"D{r}"), ("cell", f"Q{r}"))
            r += 1
    sw.box(first, 1, r - 1, 19)
    sw.put(f"B{r + 1}", "Sumber: aplikasi dispatch PSC 119 dan register ambulans, diolah.", italic=True)
    signature(sw, r + 3, 15, f"{KOTA}, 9 Januari 2023", ["Kepala UPTD PSC 119,"], *KEPALA)
    ws.freeze_panes = "E7"
    print_setup(ws)
    wk = wb.create_sheet("Keterangan")
    sk = SW(wk)
    sk.widths({"A": 100})
    for k, t in enumerate(["Keterangan pengisian",
                           "Indikator jumlah: realisasi s.d. Desember = jumlah 12 bulan.",
                           "Indikator persentase / rata-rata: realisasi = rata-rata bulan yang terisi.",
                           "Ambulans siap operasional: posisi bulan terakhir.",
                           "Response time dihitung dari panggilan diterima sampai ambulans tiba di lokasi."], 1):
        sk.put(f"A{k}", t, bold=(k == 1))


# =========================================================================== 2023: numbered list
def list2023(wb, fname):
    ws = wb.active
    ws.title = "Laporan 2023"
    sw = SW(ws)
    y = 2023
    sw.widths({"A": 3, "B": 6, "C": 14, "D": 2, "E": 22, "F": 30})
    sw.put("B1", "LAPORAN CAPAIAN INDIKATOR KINERJA", bold=True, size=12)
    sw.put("B2", "UPTD PSC 119 KOTA KARANG SEMBADA - TAHUN 2023", bold=True)
    sw.put("B3", "(disampaikan kepada Kepala Dinas Kesehatan sebagai bahan LKjIP)", italic=True)
    V = {   # target text / realisasi text (or numbers) with their key values; capaian text; ket
        "P01": (("14.000 panggilan", 14000), ("14.210 panggilan", 14210), "101,50 %", "Tercapai"),
        "P02": (("97 %", 97), ("0,968", 0.968), "99,79 %", "Belum tercapai"),    # PLANTED: fraction typed
        "P04b": (("≤ 10 menit", 10), ("9,6 menit", 9.6), "104,00 %", "Tercapai"),
        "P05": (("85 %", 85), ("87,1 %", 87.1), "102,47 %", "Tercapai"),
        "P19": (("8 detik", 8), ("7,9 detik", 7.9), "101,25 %", "Tercapai"),
        "P06": (("4.800 orang", 4800), ("4.932 orang", 4932), "102,75 %", "Tercapai"),
        "P07": (("90 %", 90), ("91,2 %", 91.2), "101,33 %", "Tercapai"),
        "P08": (("3.000 orang", 3000), ("2.987 orang", 2987), "99,57 %", "Belum tercapai"),
        "P20": (("3.900 kasus", 3900), ("3.985 kasus", 3985), "102,18 %", "Tercapai"),
        "P09": ((0.95, PCT0), (0.958, PCT1), "100,84 %", "Tercapai"),
        "P10": (("12 unit", 12), ("12 unit", 12), "100,00 %", "Tercapai"),
        "P14": (("90 %", 90), ("91,3 %", 91.3), "101,44 %", "Tercapai"),
        "P18": (("100 %", 100), ("99,9 %", 99.9), "99,90 %", "Belum tercapai"),
        "P11": (("800 orang", 800), ("812 orang", 812), "101,50 %", "Tercapai"),
        "P12": (("20 angkatan", 20), ("20 angkatan", 20), "100,00 %", "Tercapai"),
        "P13": (("10 kelurahan", 10), ("11 kelurahan", 11), "110,00 %", "Tercapai"),
        "P17": (("83", 83), ("84,60", 84.6), "101,93 %", "Tercapai"),
        "P21": (("BB", None), ("BB", None), "100 %", "Tercapai"),
    }
    groups = [("A", S1, ["P01", "P02", "P04b", "P05", "P19", "P06", "P07", "P08", "P20"]),
              ("B", S2, ["P09", "P10", "P14", "P18"]),
              ("C", S3, ["P11", "P12", "P13"]),
              ("D", S4, ["P17", "P21"])]
    r = 5
    for letter, sas, ids in groups:
        sw.put(f"A{r}", f"{letter}.", bold=True)
        sw.put(f"B{r}", f"SASARAN : {sas}", bold=True)
        r += 2
        for i in ids:
            name_ref = f"B{r}"
            sw.put(name_ref, nm(i, y), bold=True)
            r += 1
            if i == "P11":
                sw.put(f"B{r}", "      kegawatdaruratan (orang)", bold=True)    # continuation of a wrapped name
                r += 1
            (tv, tk), (rv, rk), cap, ket = V[i]
            sw.put(f"C{r}", "Target")
            sw.put(f"D{r}", ":")
            if i == "P09":
                tkey = wnum(sw, f"E{r}", tv, tk, h="left")
            else:
                tkey = wtext(sw, f"E{r}", tv, tk, h="left")
            tref = f"E{r}"
            sw.put(f"C{r + 1}", "Realisasi")
            sw.put(f"D{r + 1}", ":")
            if i == "P09":
                rkey = wnum(sw, f"E{r + 1}", rv, rk, h="left")
            else:
                rkey = wtext(sw, f"E{r + 1}", rv, rk, h="left")
            rref = f"E{r + 1}"
            sw.put(f"C{r + 2}", "Capaian")
            sw.put(f"D{r + 2}", ":")
            sw.put(f"E{r + 2}", cap, h="left")
            sw.put(f"C{r + 3}", "Keterangan")
            sw.put(f"D{r + 3}", ":")
            sw.put(f"E{r + 3}", ket, h="left")
            AG.add(fname, ws.title, name_ref, nm(i, y), i, y, tkey, rkey, ("cell", tref), ("cell", rref),
                   note="cont" if i == "P11" else None)
            r += 5
        r += 1
    sw.put(f"B{r}", "Demikian laporan capaian kinerja ini disampaikan untuk dipergunakan sebagaimana mestinya.")
    signature(sw, r + 2, 5, f"{KOTA}, 12 Januari 2024", ["Kepala UPTD PSC 119,"], *KEPALA_B)
    print_setup(ws, landscape=False)


# =========================================================================== 2024: PK Awal / Perubahan
def pk2024(wb, fname):
    ws = wb.create_sheet("PK 2024")
    sw = SW(ws)
    y = 2024
    sw.widths({"A": 5, "B": 28, "C": 46, "D": 11, "E": 12, "F": 13, "G": 12, "H": 11, "I": 20})
    for r, t in ((1, "PENGUKURAN KINERJA"), (2, "UPTD PUBLIC SAFETY CENTER (PSC) 119"),
                 (3, "DINAS KESEHATAN KOTA KARANG SEMBADA"), (4, "TAHUN 2024")):
        sw.merge(f"A{r}", f"I{r}", t, bold=True, h="center")
    for c, t in (("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"), ("D", "Satuan"),
                 ("G", "Realisasi 2024"), ("H", "Capaian (%)"), ("I", "Keterangan")):
        sw.merge(f"{c}6", f"{c}7", t, bold=True, h="center", va="center", wrap=True)
    sw.merge("E6", "F6", "Target 2024", bold=True, h="center")
    sw.put("E7", "PK Awal", bold=True, h="center")
    sw.put("F7", "PK Perubahan", bold=True, h="center")
    for c, t in zip("ABCDEFGHI", ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)")):
        sw.put(f"{c}8", t, h="center", italic=True)
    sw.box(6, 1, 8, 9)

    # E (PK Awal), F (PK Perubahan: None = formula '=E'), G realisasi
    V = {
        "P01": (15000, None, 15388), "P02": (97, None, 98.1), "P03": (1000, 1000, 905),
        "P04b": ("≤ 12", "≤ 10", 9.1), "P05": (0.85, 0.88, 0.903), "P19": (8, None, 6.8),
        "P06": (5000, 5200, 5.306),                       # PLANTED: realisasi 5.306 typed for 5.306 orang
        "P07": (92, None, 92.8), "P08": (3100, None, 3254), "P20": (4100, None, 4230),
        "P09": (0.95, None, 1), "P10": (13, None, 13), "P14": (1, None, 0.96), "P18": (1, None, 1),
        "P11": (1000, None, 1044), "P12": (25, None, 26), "P13": (15, None, 15),
        "P17": ("85 - 88", "85 - 88", 86.2), "P21": ("BB", "BB", "A"),
    }
    pct = {"P05": (PCT0, PCT1), "P09": (PCT0, PCT0), "P14": (PCT0, PCT0), "P18": (PCT0, PCT0)}
    tkeys = {"P04b": 10, "P17": 85, "P21": None}
    groups = [(S1, ["P01", "P02", "P03", "P04b", "P05", "P19", "P06", "P07", "P08", "P20"]),
              (S2, ["P09", "P10", "P14", "P18"]),
              (S3, ["P11", "P12", "P13"]),
              (S4, ["P17", "P21"])]

    def write_row(r, i, no, record):
        e, f, g = V[i]
        tf, rf = pct.get(i, (None, None))
        sw.put(f"A{r}", f"{no}.", h="center")
        sw.put(f"C{r}", nm(i, y), wrap=True)
        sw.put(f"D{r}", unit(i), h="center")
        if isinstance(e, str):
            sw.put(f"E{r}", e, h="right")
        else:
            sw.put(f"E{r}", e, tf or (NUM0 if isinstance(e, int) else NUM1))
        if f is None:
            tkey = wform(sw, f"F{r}", f"=E{r}", e, tf or (NUM0 if isinstance(e, int) else NUM1))
        elif isinstance(f, str):
            tkey = wtext(sw, f"F{r}", f, tkeys[i], h="right")
        else:
            tkey = wnum(sw, f"F{r}", f, tf or (NUM0 if isinstance(f, int) else NUM1))
        if isinstance(g, str):
            rkey = wtext(sw, f"G{r}", g, None, h="right")
        else:
            rkey = wnum(sw, f"G{r}", g, rf or (NUM0 if isinstance(g, int) else ("#,##0.000" if i == "P06" else NUM1)))
        if i == "P21":
            sw.put(f"H{r}", "100", h="right")
        elif i == "P04b":
            sw.put(f"H{r}", 109.0, NUM2)
        elif i == "P17":
            sw.put(f"H{r}", 101.41, NUM2)
        elif neg(i):
            sw.put(f"H{r}", f"=ROUND((2*F{r}-G{r})/F{r}*100,2)", NUM2)
        else:
            sw.put(f"H{r}", f"=ROUND(G{r}/F{r}*100,2)", NUM2)
        if i in ("P03", "P05", "P06", "P04b"):
            sw.put(f"I{r}", "target diubah pada PK Perubahan" if i != "P03" else "", wrap=True)
        if record:
            AG.add(fname, ws.title, f"C{r}", nm(i, y), i, y, tkey, rkey, ("cell", f"F{r}"), ("cell", f"G{r}"))

    r = 9
    no = 0
    for sas, ids in groups:
        g0 = r
        for i in ids:
            no += 1
            write_row(r, i, no, True)
            r += 1
            if i == "P03":
                # hidden draft rows (not key rows)
                for txt, e in (("Jumlah panggilan darurat ditolak (draft)", 500),
                               ("Persentase panggilan terverifikasi (draft)", 90)):
                    sw.put(f"C{r}", txt)
                    sw.put(f"E{r}", e)
                    sw.put(f"F{r}", e)
                    sw.hide_row(r)
                    r += 1
        sw.merge(f"B{g0}", f"B{r - 1}", sas, wrap=True, va="top")
    # the clerk pasted the Sasaran 3 block a second time under the table (not key rows)
    g0 = r
    no = 14
    for i in ["P11", "P12", "P13"]:
        no += 1
        write_row(r, i, no, False)
        r += 1
    sw.merge(f"B{g0}", f"B{r - 1}", S3, wrap=True, va="top")
    sw.box(9, 1, r - 1, 9)
    sw.put(f"B{r + 1}", "Jumlah Anggaran Tahun 2024 : Rp 4.212.650.000,-")
    sw.put(f"B{r + 2}", "Jumlah Realisasi Anggaran Tahun 2024 : Rp 3.987.114.380,-")
    signature(sw, r + 4, 7, f"{KOTA}, 31 Desember 2024", ["Kepala UPTD PSC 119", "Kota Karang Sembada,"], *KEPALA_B)
    print_setup(ws)


def main():
    f1 = "PSC119_KotaKarangSembada_RA_2021.xlsx"
    wb = new_book()
    ra2021(wb, f1)
    save_raw(wb, "psc_2021.xlsx")
    AG.add_file(f1, "psc_2021.xlsx", "xlsx")

    f2 = "PSC119_KotaKarangSembada_Rekap_Bulanan_2022.ods"
    wb = new_book()
    monthly2022(wb, f2)
    save_raw(wb, "psc_2022.xlsx")
    AG.add_file(f2, "psc_2022.xlsx", "ods")

    f3 = "PSC119_KotaKarangSembada_Capaian_2023_2024.xls"
    wb = new_book()
    list2023(wb, f3)
    pk2024(wb, f3)
    save_raw(wb, "psc_2023_2024.xlsx")
    AG.add_file(f3, "psc_2023_2024.xlsx", "xls")
    AG.write()


if __name__ == "__main__":
    main()
