"""Agency B: Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A), Kab. Muara Selasih, 2021-2024.
Quarterly Rencana Aksi (TW I-IV targets and realisasi) at sasaran / program / kegiatan level, with
budgets, in four layouts.  All figures invented."""
import hashlib, os, random
from openpyxl import Workbook
from common import *

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Muara Selasih"
FOLDER = os.path.join(ROOT, "b_dp3a")
YEARS = [2021, 2022, 2023, 2024]
N = None


def only4(t, r):
    return (t, [N, N, N, t], [N, N, N, r])


def flat(t, rq):
    return (t, [t] * 4, rq)


def q(tq, rq):
    return (sum(x or 0 for x in tq), tq, rq)


def qc(tq, rq):   # cumulative quarter targets: annual = TW IV
    return (tq[-1], tq, rq)


# id: (kind, unit, op, {year: (name, (annual, tq, rq))})   op: last = TW IV is the year's value, sum = add quarters
IND = {
 "b01": ("idx", "Nilai", "last", {
    2021: ("Indeks Pembangunan Gender (IPG)", only4(91.20, 91.47)),
    2022: ("Indeks Pembangunan Gender", only4(91.50, 91.83)),
    2023: ("Indeks Pembangunan Gender (IPG)", only4(91.80, 92.05)),
    2024: ("IPG (Indeks Pembangunan Gender)", only4(92.10, N))}),
 "b02": ("idx", "Nilai", "last", {
    2021: ("Indeks Pemberdayaan Gender (IDG)", only4(68.50, 67.92)),
    2022: ("Indeks Pemberdayaan Gender", only4(69.00, 70.14)),
    2023: ("Indeks Pemberdayaan Gender (IDG)", only4(70.00, 71.26)),
    2024: ("IDG (Indeks Pemberdayaan Gender)", only4(71.00, N))}),
 "b03": ("pct", "%", "last", {
    2021: ("Persentase perempuan korban kekerasan yang tertangani", flat(100, [100, 100, 100, 100])),
    2022: ("Persentase perempuan korban kekerasan yang ditangani", flat(100, [100, 95.00, 96.30, 97.14])),
    2023: ("Persentase penanganan perempuan korban kekerasan", flat(100, [100, 100, 100, 100])),
    2024: ("Persentase perempuan korban kekerasan yang mendapatkan layanan penanganan",
           flat(100, [100, 96.15, 97.37, 98.04]))}),
 "b04": ("pct", "%", "last", {
    2021: ("Persentase anak korban kekerasan yang tertangani", flat(100, [100, 95.00, 96.88, 96.30])),
    2022: ("Persentase anak korban kekerasan yang ditangani", flat(100, [100, 100, 100, 100])),
    2023: ("Persentase penanganan anak korban kekerasan", flat(100, [100, 97.06, 98.00, 98.41])),
    2024: ("Persentase anak korban kekerasan yang mendapatkan layanan penanganan",
           flat(100, [100, 100, 100, 100]))}),
 "b05": ("grade", "Predikat", "null", {
    2021: ("Predikat Kabupaten Layak Anak (KLA)", only4("Pratama", "Pratama")),
    2022: ("Predikat KLA", only4("Madya", "Madya")),
    2023: ("Peringkat Kabupaten Layak Anak", only4("Madya", "Madya"))}),
 "b06": ("pct", "%", "last", {
    2024: ("Persentase desa/kelurahan yang menerapkan Desa Ramah Perempuan dan Peduli Anak (DRPPA)",
           only4(10.00, 11.24))}),
 "b07": ("pct", "%", "last", {
    2021: ("Persentase Perangkat Daerah yang telah melaksanakan PUG",
           qc([50, 55, 58, 60], [50.00, 56.25, 59.38, 62.50])),
    2022: ("Persentase perangkat daerah yang melaksanakan Pengarusutamaan Gender (PUG)",
           qc([62.5, 65, 68, 70], [62.50, 65.63, 68.75, 71.88])),
    2023: ("Persentase OPD yang menerapkan PUG", qc([72, 73, 74, 75], [71.88, 75.00, 75.00, 78.13])),
    2024: ("Persentase Perangkat Daerah yang menerapkan Pengarusutamaan Gender",
           qc([78, 79, 80, 80], [78.13, 78.13, 81.25, 81.25]))}),
 "b08": ("pct", "%", "last", {
    2021: ("Persentase dokumen perencanaan dan pelaporan kinerja yang tepat waktu", flat(100, [100] * 4)),
    2022: ("Prosentase dokumen perencanaan dan pelaporan kinerja yang tepat waktu", flat(100, [100] * 4)),
    2023: ("Persentase dokumen perencanaan, penganggaran dan evaluasi kinerja tepat waktu",
           flat(100, [100, 100, 100, 92.86])),
    2024: ("Persentase dokumen perencanaan & pelaporan kinerja DP3A tepat waktu", flat(100, [100] * 4))}),
 "b09": ("pct", "%", "last", {
    2023: ("Persentase organisasi perempuan yang dibina dan aktif", only4(80.00, 82.35)),
    2024: ("Persentase organisasi perempuan aktif yang dibina", only4(85.00, 88.24))}),
 "b10": ("pct", "%", "last", {
    2021: ("Persentase pengaduan kasus kekerasan terhadap perempuan yang ditindaklanjuti", flat(100, [100] * 4)),
    2022: ("Persentase pengaduan kekerasan terhadap perempuan yang ditindaklanjuti", flat(100, [100] * 4)),
    2023: ("Prosentase pengaduan kasus kekerasan terhadap perempuan yang ditindak lanjuti", flat(100, [100] * 4)),
    2024: ("Persentase pengaduan kasus kekerasan thd perempuan yang ditindaklanjuti UPTD PPA",
           flat(100, [100] * 4))}),
 "b11": ("pct", "%", "last", {
    2021: ("Persentase anak yang memerlukan perlindungan khusus (AMPK) yang terlayani", flat(100, [100] * 4)),
    2022: ("Persentase Anak Memerlukan Perlindungan Khusus (AMPK) yang dilayani",
           flat(100, [100, 96.43, 96.97, 97.06])),
    2023: ("Persentase AMPK yang terlayani", flat(100, [100] * 4)),
    2024: ("Persentase anak yang memerlukan perlindungan khusus yang mendapatkan layanan",
           flat(100, [100, 97.30, 98.18, 98.65]))}),
 "b12": ("pct", "%", "last", {
    2021: ("Persentase indikator KLA yang terpenuhi", only4(60.00, 62.50)),
    2022: ("Persentase indikator Kabupaten Layak Anak yang terpenuhi", only4(70.00, 70.83)),
    2023: ("Persentase pemenuhan indikator KLA", only4(75.00, 75.00)),
    2024: ("Persentase indikator KLA yang telah terpenuhi", only4(80.00, 83.33))}),
 "b13": ("pct", "%", "last", {
    2021: ("Persentase ketersediaan data terpilah gender dan anak", qc([25, 50, 75, 100], [25, 50, 75, 100])),
    2022: ("Persentase ketersediaan data terpilah", qc([25, 50, 75, 100], [25, 50, 70, 95])),
    2023: ("Persentase ketersediaan data gender dan anak", qc([25, 50, 75, 100], [25, 50, 75, 100])),
    2024: ("Persentase ketersediaan data terpilah gender dan anak DP3A", qc([25, 50, 75, 100], [25, 50, 75, 100]))}),
 "b14": ("cnt", "Keluarga", "last", {
    2022: ("Jumlah keluarga yang mendapatkan layanan konseling di Pusat Pembelajaran Keluarga (PUSPAGA)",
           qc([20, 45, 70, 100], [18, 42, 75, 104])),
    2023: ("Jumlah keluarga yang mendapat layanan PUSPAGA", qc([30, 60, 90, 120], [35, 66, 98, 131])),
    2024: ("Jumlah keluarga yang terlayani PUSPAGA", qc([40, 80, 115, 150], [37, 79, 118, 149]))}),
 "b15": ("cnt", "Dokumen", "sum", {
    2021: ("Jumlah dokumen perencanaan dan evaluasi kinerja perangkat daerah", q([2, 2, 2, 1], [2, 2, 2, 1])),
    2022: ("Jumlah Dokumen Perencanaan dan Evaluasi Kinerja PD", q([2, 2, 2, 1], [2, 2, 1, 2])),
    2023: ("Jumlah dokumen perencanaan dan evaluasi kinerja perangkat daerah", q([2, 2, 2, 1], [2, 2, 2, 1])),
    2024: ("Jumlah dokumen perencanaan, anggaran dan evaluasi kinerja perangkat daerah",
           q([2, 2, 2, 2], [2, 2, 2, 2]))}),
 "b16": ("cnt", "Laporan", "sum", {
    2021: ("Jumlah laporan keuangan bulanan dan tahunan", q([3, 3, 3, 4], [3, 3, 3, 4])),
    2022: ("Jumlah Laporan Keuangan Bulanan/Tahunan", q([3, 3, 3, 4], [3, 3, 3, 4])),
    2023: ("Jumlah laporan keuangan SKPD", q([3, 3, 3, 4], [3, 3, 3, 4])),
    2024: ("Jumlah laporan keuangan bulanan dan akhir tahun", q([3, 3, 3, 4], [3, 3, 3, 4]))}),
 "b17": ("cnt", "Bulan", "last", {
    2021: ("Jumlah bulan penyediaan gaji dan tunjangan ASN", qc([3, 6, 9, 12], [3, 6, 9, 12])),
    2022: ("Jumlah bulan pembayaran gaji dan tunjangan ASN", qc([3, 6, 9, 12], [3, 6, 9, 12])),
    2023: ("Jumlah bulan penyediaan gaji dan tunjangan ASN", qc([3, 6, 9, 12], [3, 6, 9, 12])),
    2024: ("Jumlah bulan terbayarnya gaji dan tunjangan ASN", qc([3, 6, 9, 12], [3, 6, 9, 12]))}),
 "b18": ("cnt", "Perangkat Daerah", "sum", {
    2021: ("Jumlah PD yang difasilitasi penyusunan Anggaran Responsif Gender (ARG)", q([0, 8, 8, 4], [0, 6, 9, 5])),
    2022: ("Jumlah Perangkat Daerah yang difasilitasi penyusunan ARG", q([0, 10, 8, 4], [0, 10, 9, 4])),
    2023: ("Jumlah perangkat daerah yang mendapat pendampingan penyusunan ARG", q([0, 10, 10, 4], [0, 9, 10, 4])),
    2024: ("Jumlah OPD yang difasilitasi dalam penyusunan ARG", q([0, 12, 10, 4], [0, 12, 11, 4]))}),
 "b19": ("cnt", "Orang", "sum", {
    2021: ("Jumlah perempuan pelaku usaha mikro yang dilatih", q([0, 40, 40, 0], [0, 40, 40, 0])),
    2022: ("Jumlah perempuan pelaku usaha yang mengikuti pelatihan", q([0, 50, 50, 0], [0, 50, 52, 0])),
    2023: ("Jumlah perempuan pelaku usaha yang dilatih", q([0, 60, 60, 0], [0, 60, 55, 0])),
    2024: ("Jumlah perempuan wirausaha yang dilatih", q([0, 60, 60, 0], [0, 61, 60, 0]))}),
 "b20": ("cnt", "Orang", "sum", {
    2021: ("Jumlah perempuan korban kekerasan yang mendapatkan pendampingan", q([10, 10, 10, 10], [8, 12, 9, 10])),
    2022: ("Jumlah perempuan korban kekerasan yang didampingi", q([10, 10, 10, 10], [7, 9, 10, 8])),
    2023: ("Jumlah perempuan korban kekerasan yang mendapat pendampingan UPTD PPA",
           q([12, 12, 12, 12], [11, 15, 12, 10])),
    2024: ("Jumlah perempuan korban kekerasan yang memperoleh pendampingan", q([12, 12, 12, 12], [13, 12, 14, 11]))}),
 "b21": ("cnt", "Kegiatan", "sum", {
    2021: ("Jumlah kegiatan sosialisasi pencegahan kekerasan terhadap perempuan", q([1, 2, 2, 1], [1, 2, 2, 1])),
    2022: ("Jumlah sosialisasi pencegahan kekerasan terhadap perempuan", q([2, 2, 2, 2], [1, 3, 2, 2]))}),
 "b29": ("cnt", "Kegiatan", "sum", {
    2023: ("Jumlah kegiatan sosialisasi pencegahan kekerasan terhadap perempuan dan anak",
           q([2, 3, 3, 2], [2, 3, 3, 2])),
    2024: ("Jumlah sosialisasi pencegahan kekerasan pada perempuan dan anak", q([3, 3, 3, 3], [2, 4, 3, 3]))}),
 "b22": ("cnt", "Orang", "sum", {
    2021: ("Jumlah anak korban kekerasan yang mendapatkan pendampingan", q([8, 8, 8, 8], [6, 7, 7, 6])),
    2022: ("Jumlah anak korban kekerasan yang didampingi", q([8, 8, 8, 8], [9, 8, 7, 6])),
    2023: ("Jumlah anak korban kekerasan yang mendapat pendampingan UPTD PPA", q([12, 12, 12, 12], [17, 16, 15, 14])),
    2024: ("Jumlah anak korban kekerasan yang memperoleh pendampingan", q([15, 15, 15, 15], [14, 16, 13, 12]))}),
 "b23": ("cnt", "Kelompok", "last", {
    2021: ("Jumlah PATBM yang dibentuk", qc([0, 2, 4, 6], [0, 1, 4, 6])),
    2022: ("Jumlah Perlindungan Anak Terpadu Berbasis Masyarakat (PATBM) yang terbentuk", qc([0, 3, 6, 8], [0, 3, 5, 9])),
    2023: ("Jumlah PATBM terbentuk", qc([0, 3, 6, 10], [0, 2, 7, 10])),
    2024: ("Jumlah kelompok PATBM yang dibentuk di desa/kelurahan", qc([0, 4, 8, 12], [0, 3, 8, 11]))}),
 "b24": ("cnt", "Forum", "last", {
    2021: ("Jumlah Forum Anak yang dibina", qc([5, 10, 15, 18], [4, 9, 16, 18])),
    2022: ("Jumlah Forum Anak desa/kecamatan yang dibina", qc([5, 10, 15, 20], [5, 11, 15, 20])),
    2023: ("Jumlah forum anak yang difasilitasi dan dibina", qc([6, 12, 18, 22], [6, 12, 19, 22])),
    2024: ("Jumlah Forum Anak yang dibina", qc([6, 12, 18, 24], [7, 13, 18, 23]))}),
 "b25": ("cnt", "Sekolah", "sum", {
    2021: ("Jumlah Sekolah Ramah Anak (SRA) yang difasilitasi", q([0, 5, 5, 0], [0, 4, 6, 0])),
    2022: ("Jumlah SRA yang difasilitasi", q([0, 6, 6, 0], [0, 6, 6, 0])),
    2023: ("Jumlah sekolah ramah anak yang dibina", q([0, 7, 7, 1], [0, 7, 8, 1])),
    2024: ("Jumlah Sekolah Ramah Anak (SRA) yang difasilitasi", q([0, 8, 8, 0], [0, 8, 7, 0]))}),
 "b26": ("cnt", "Desa", "sum", {
    2022: ("Jumlah desa yang difasilitasi DRPPA", q([0, 2, 2, 1], [0, 2, 2, 1])),
    2023: ("Jumlah Desa Ramah Perempuan dan Peduli Anak (DRPPA) yang difasilitasi", q([0, 3, 3, 2], [0, 3, 4, 2])),
    2024: ("Jumlah desa difasilitasi menjadi DRPPA", q([0, 3, 3, 2], [0, 2, 3, 2]))}),
 "b27": ("cnt", "Dokumen", "sum", {
    2021: ("Jumlah dokumen profil gender dan anak yang tersusun", q([0, 0, 1, 1], [0, 0, 1, 1])),
    2022: ("Jumlah dokumen Profil Gender dan Anak", q([0, 0, 1, 1], [0, 0, 1, 1])),
    2023: ("Jumlah dokumen data terpilah gender dan anak", q([0, 0, 1, 1], [0, 0, 1, 1])),
    2024: ("Jumlah dokumen profil gender dan profil anak", q([0, 0, 1, 1], [0, 0, 1, 0]))}),
 "b28": ("cnt", "Orang", "sum", {
    2022: ("Jumlah konselor PUSPAGA yang dilatih", q([0, 5, 5, 0], [0, 5, 5, 0])),
    2023: ("Jumlah tenaga konselor Pusat Pembelajaran Keluarga yang dilatih", q([0, 4, 4, 0], [0, 4, 3, 0])),
    2024: ("Jumlah konselor PUSPAGA yang mengikuti pelatihan", q([0, 5, 5, 0], [0, 6, 5, 0]))}),
}

SAS = {
 "SB1": "Meningkatnya kesetaraan gender dan pemberdayaan perempuan",
 "SB2": "Meningkatnya perlindungan perempuan dan anak dari tindak kekerasan",
 "SB3": "Meningkatnya pemenuhan hak anak",
}
PROG = {
 "P1": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
 "P2": "Program Pengarusutamaan Gender dan Pemberdayaan Perempuan",
 "P3": "Program Perlindungan Perempuan",
 "P4": "Program Perlindungan Khusus Anak",
 "P5": "Program Pemenuhan Hak Anak (PHA)",
 "P6": "Program Pengelolaan Sistem Data Gender dan Anak",
 "P7": "Program Peningkatan Kualitas Keluarga",
}
KEG = {
 "K11": ("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 45_600_000, "Kasubbag Perencanaan dan Keuangan"),
 "K12": ("Administrasi Keuangan Perangkat Daerah", 2_385_400_000, "Kasubbag Perencanaan dan Keuangan"),
 "K21": ("Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Kabupaten/Kota", 68_250_000, "Kabid PUG dan Pemberdayaan Perempuan"),
 "K22": ("Pemberdayaan Perempuan Bidang Politik, Hukum, Sosial, dan Ekonomi", 112_500_000, "Kabid PUG dan Pemberdayaan Perempuan"),
 "K31": ("Pencegahan Kekerasan terhadap Perempuan", 54_800_000, "Kabid Perlindungan Perempuan"),
 "K32": ("Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan", 186_350_000, "Kepala UPTD PPA"),
 "K41": ("Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus", 142_700_000, "Kepala UPTD PPA"),
 "K42": ("Pencegahan Kekerasan terhadap Anak", 61_400_000, "Kabid Perlindungan Khusus Anak"),
 "K51": ("Penguatan dan Pengembangan Lembaga Penyedia Layanan Peningkatan Kualitas Hidup Anak", 97_150_000, "Kabid Pemenuhan Hak Anak"),
 "K52": ("Pelembagaan PHA pada Lembaga Pemerintah, Nonpemerintah, dan Dunia Usaha", 48_900_000, "Kabid Pemenuhan Hak Anak"),
 "K61": ("Pengumpulan, Pengolahan, Analisis dan Penyajian Data Gender dan Anak", 38_750_000, "Kabid Data dan Informasi Gender dan Anak"),
 "K71": ("Peningkatan Kualitas Keluarga dalam Mewujudkan Kesetaraan Gender dan Hak Anak", 72_300_000, "Kabid Kualitas Keluarga"),
}
PROG_PJ = {"P1": "Sekretaris", "P2": "Kabid PUG dan Pemberdayaan Perempuan", "P3": "Kabid Perlindungan Perempuan",
           "P4": "Kabid Perlindungan Khusus Anak", "P5": "Kabid Pemenuhan Hak Anak",
           "P6": "Kabid Data dan Informasi Gender dan Anak", "P7": "Kabid Kualitas Keluarga"}
YEAR_FACTOR = {2021: 1.00, 2022: 1.06, 2023: 1.11, 2024: 1.15}


def structure(year):
    sas = [("SB1", ["b01", "b02"] + (["b07"] if year >= 2023 else [])),
           ("SB2", ["b03", "b04"]),
           ("SB3", ["b05"] if year <= 2023 else ["b06"])]
    progs = [
        ("P1", ["b08"], [("K11", ["b15"]), ("K12", ["b16", "b17"])]),
        ("P2", ["b07"] if year <= 2022 else ["b09"], [("K21", ["b18"]), ("K22", ["b19"])]),
        ("P3", ["b10"], [("K31", ["b21"] if year <= 2022 else ["b29"]), ("K32", ["b20"])]),
        ("P4", ["b11"], [("K41", ["b22"]), ("K42", ["b23"])]),
        ("P5", ["b12"], [("K51", ["b24", "b25"])] + ([("K52", ["b26"])] if year >= 2022 else [])),
        ("P6", ["b13"], [("K61", ["b27"])]),
    ]
    if year >= 2022:
        progs.append(("P7", ["b14"], [("K71", ["b28"])]))
    return sas, progs


def budget(keg, year):
    base = KEG[keg][1] * YEAR_FACTOR[year]
    pagu = int(round(base / 1000.0)) * 1000
    rnd = random.Random(int(hashlib.md5(f"{keg}{year}".encode()).hexdigest()[:8], 16))
    shares = [rnd.uniform(0.14, 0.22), rnd.uniform(0.22, 0.28), rnd.uniform(0.22, 0.28), rnd.uniform(0.16, 0.26)]
    real = [int(round(pagu * s / 100.0)) * 100 for s in shares]
    return pagu, real


def prog_budget(kegs, year):
    pagu, real = 0, [0, 0, 0, 0]
    for k, _ in kegs:
        p, r = budget(k, year)
        pagu += p
        real = [a + b for a, b in zip(real, r)]
    return pagu, real


def ind(i, year):
    kind, unit, op, ys = IND[i]
    name, (t, tq, rq) = ys[year]
    if op == "sum":
        assert t == sum(x or 0 for x in tq), (i, year)
    if op == "last" and tq[3] is not None and kind != "grade":
        assert tq[3] == t, (i, year)
    if year == 2024 and i in ("b01", "b02"):
        op = "null"
    keyr = None
    if op == "sum":
        keyr = sum(x or 0 for x in rq)
    elif op == "last":
        keyr = rq[3]
    keyt = None if kind == "grade" else t
    return dict(kind=kind, unit=unit, op=op, name=name, t=t, tq=tq, rq=rq, keyt=keyt, keyr=keyr)


def qcap(t, r):
    if isinstance(t, str) or isinstance(r, str):
        return "100" if (t is not None and r == t) else "-"
    if t in (None, 0) or r is None:
        return None
    return r2(r / t * 100)


def signature(ws, row, col, year, date):
    text(ws, row, col, f"{IBUKOTA}, {date}")
    text(ws, row + 1, col, "KEPALA DINAS PEMBERDAYAAN PEREMPUAN")
    text(ws, row + 2, col, "DAN PERLINDUNGAN ANAK,")
    head = (("Dra. ENDANG PUSPITASARI, M.Si", "Pembina Utama Muda", "NIP. 19700418 199503 2 004") if year <= 2023
            else ("ARIF BUDIMAN SETIAWAN, S.STP., M.Si", "Pembina Tingkat I", "NIP. 19820911 200112 1 002"))
    text(ws, row + 6, col, head[0], bold=True)
    text(ws, row + 7, col, head[1])
    text(ws, row + 8, col, head[2])


def rows_in_order(year):
    """Yield (level, group_code, group_name, [ids]) in table order."""
    sas, progs = structure(year)
    out = []
    for code, ids in sas:
        out.append(("sasaran", code, SAS[code], ids))
    for pcode, pids, kegs in progs:
        out.append(("program", pcode, PROG[pcode], pids))
        for kcode, kids in kegs:
            out.append(("kegiatan", kcode, KEG[kcode][0], kids))
    return out


# ------------------------------------------------------------------ 2021: block of five rows per indicator
LABELS_A = ["Target Tahunan", "TW I (B03)", "TW II (B06)", "TW III (B09)", "TW IV (B12)"]


def sheet_2021(ws, rec, fname):
    year = 2021
    widths(ws, [6, 34, 40, 11, 15, 10, 10, 10, 15, 15, 22])
    for i, t in enumerate(["RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN",
                           "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
                           f"KABUPATEN {KAB_UP}", "TAHUN ANGGARAN 2021"], start=1):
        title(ws, i, t, 1, 11)
    for c, h in ((1, "No"), (2, "Sasaran Strategis / Program / Kegiatan"), (3, "Indikator Kinerja"),
                 (4, "Satuan"), (5, "Target / Triwulan"), (11, "Penanggung Jawab")):
        merge(ws, 6, c, 7, c, h, bold=True, align=CENTER)
    merge(ws, 6, 6, 6, 8, "Kinerja", bold=True, align=CENTER)
    merge(ws, 6, 9, 6, 10, "Anggaran (Rp)", bold=True, align=CENTER)
    for c, h in zip(range(6, 11), ("Target", "Realisasi", "Capaian (%)", "Pagu", "Realisasi")):
        put(ws, 7, c, h, bold=True, align=CENTER)
    for c in range(1, 12):
        put(ws, 8, c, c, align=CENTER)
    row = 9
    _, progs = structure(year)
    pmap = {p: kegs for p, _, kegs in progs}
    roman = iter(["I", "II", "III"])
    pno = 0
    for level, code, gname, ids in rows_in_order(year):
        start = row
        if level == "program":
            pno += 1; kno = 0
            label = str(pno)
            bud = prog_budget(pmap[code], year)
            pj = PROG_PJ[code]
        elif level == "kegiatan":
            kno += 1
            label = f"{pno}.{kno}"
            bud = budget(code, year)
            pj = KEG[code][2]
        else:
            label = next(roman)
            bud = None
            pj = "Kepala Dinas"
        for n, i in enumerate(ids):
            d = ind(i, year)
            merge(ws, row, 3, row + 4, 3, d["name"])
            merge(ws, row, 4, row + 4, 4, d["unit"] if d["kind"] != "pct" else "%", align=CENTER)
            for k in range(5):
                put(ws, row + k, 5, LABELS_A[k])
            fmt = '0.00' if d["kind"] in ("pct", "idx") else FMT_INT
            put(ws, row, 6, d["t"], fmt=fmt)
            put(ws, row, 7, None); put(ws, row, 8, None)
            for k in range(4):
                t, r = d["tq"][k], d["rq"][k]
                put(ws, row + 1 + k, 6, "-" if t in (None, 0) else t, fmt=fmt)
                put(ws, row + 1 + k, 7, "-" if r is None or (r == 0 and t in (None, 0)) else r, fmt=fmt)
                cp = qcap(t, r)
                put(ws, row + 1 + k, 8, "-" if cp is None else cp, fmt='0.00')
            if bud and n == 0:
                put(ws, row, 9, bud[0], fmt=FMT_ACC)
                put(ws, row, 10, sum(bud[1]), fmt=FMT_ACC)
                for k in range(4):
                    put(ws, row + 1 + k, 9, None)
                    put(ws, row + 1 + k, 10, bud[1][k], fmt=FMT_ACC)
            else:
                for k in range(5):
                    put(ws, row + k, 9, None); put(ws, row + k, 10, None)
            merge(ws, row, 11, row + 4, 11, pj)
            rq_cells = [cl(7, row + 1 + k) for k in range(4)]
            tspec = spec(cl(6, row), "null" if d["keyt"] is None else "one")
            if d["op"] == "sum":
                rspec = spec(rq_cells, "sum")
            elif d["op"] == "last":
                rspec = spec(rq_cells, "last")
            else:
                rspec = spec(rq_cells[-1:], "null")
            rec.add(fname, ws.title, row, year, d["name"], i, d["keyt"], d["keyr"], cl(3, row), tspec, rspec)
            row += 5
        merge(ws, start, 1, row - 1, 1, label, align=CENTER)
        merge(ws, start, 2, row - 1, 2, gname, bold=(level != "kegiatan"))
    signature(ws, row + 2, 9, year, "10 Januari 2022")


# ------------------------------------------------------------------ 2022: quarters side by side in columns
def sheet_2022(ws, rec, fname):
    year = 2022
    widths(ws, [6, 36, 44, 12, 10, 8, 8, 8, 8, 8, 8, 8, 8, 11, 16, 16, 9, 22])
    title(ws, 1, "RENCANA AKSI PERJANJIAN KINERJA TAHUN 2022", 1, 18)
    title(ws, 2, "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", 1, 18)
    title(ws, 3, f"KABUPATEN {KAB_UP}", 1, 18)
    text(ws, 4, 1, "Keadaan s.d. Triwulan IV (Desember 2022)")
    for c, h in ((1, "No"), (2, "Sasaran / Program / Kegiatan"), (3, "Indikator Kinerja"), (4, "Satuan"),
                 (5, "Target Tahunan"), (14, "Capaian Tahunan (%)"), (15, "Pagu Anggaran (Rp)"),
                 (16, "Realisasi Anggaran (Rp)"), (17, "Serapan (%)"), (18, "Penanggung Jawab")):
        merge(ws, 6, c, 7, c, h, bold=True, align=CENTER)
    merge(ws, 6, 6, 6, 9, "Target Triwulan", bold=True, align=CENTER)
    merge(ws, 6, 10, 6, 13, "Realisasi Triwulan", bold=True, align=CENTER)
    for c, h in zip(range(6, 14), ["I", "II", "III", "IV"] * 2):
        put(ws, 7, c, h, bold=True, align=CENTER)
    for c in range(1, 19):
        put(ws, 8, c, c, align=CENTER)
    row = 9
    _, progs = structure(year)
    pmap = {p: kegs for p, _, kegs in progs}
    sno, pno = 0, 0
    prog_rows = []
    for level, code, gname, ids in rows_in_order(year):
        start = row
        if level == "sasaran":
            sno += 1; label = f"S{sno}"; bud = None; pj = "Kepala Dinas"
        elif level == "program":
            pno += 1; kno = 0; label = str(pno); bud = prog_budget(pmap[code], year); pj = PROG_PJ[code]
            prog_rows.append(row)
        else:
            kno += 1; label = f"{pno}.{kno}"; bud = budget(code, year); pj = KEG[code][2]
        for n, i in enumerate(ids):
            d = ind(i, year)
            put(ws, row, 3, d["name"])
            put(ws, row, 4, d["unit"] if d["kind"] != "pct" else "%", align=CENTER)
            if d["kind"] == "pct":
                fmt, cv = FMT_PCT, (lambda v: v / 100)
            elif d["kind"] == "idx":
                fmt, cv = '0.00', (lambda v: v)
            else:
                fmt, cv = FMT_INT, (lambda v: v)
            if d["kind"] == "grade":
                put(ws, row, 5, d["t"], align=CENTER)
            else:
                put(ws, row, 5, cv(d["t"]), fmt=fmt)
            for k in range(4):
                t, r = d["tq"][k], d["rq"][k]
                if isinstance(t, str):
                    put(ws, row, 6 + k, t, align=CENTER)
                else:
                    put(ws, row, 6 + k, "-" if t in (None, 0) else cv(t), fmt=fmt, align=CENTER if t in (None, 0) else None)
                if isinstance(r, str):
                    put(ws, row, 10 + k, r, align=CENTER)
                else:
                    put(ws, row, 10 + k, "-" if r is None or (r == 0 and t in (None, 0)) else cv(r), fmt=fmt,
                        align=CENTER if r is None else None)
            if d["op"] == "sum":
                put(ws, row, 14, f"=ROUND(SUM(J{row}:M{row})/E{row}*100,2)", fmt='0.00')
            elif d["op"] == "last":
                put(ws, row, 14, f"=ROUND(M{row}/E{row}*100,2)", fmt='0.00')
            else:
                put(ws, row, 14, "Tercapai" if d["rq"][3] == d["t"] else "-", align=CENTER)
            if bud and n == 0:
                put(ws, row, 15, bud[0], fmt=FMT_ACC)
                put(ws, row, 16, sum(bud[1]), fmt=FMT_ACC)
                put(ws, row, 17, f"=ROUND(P{row}/O{row}*100,2)", fmt='0.00')
            else:
                for c in (15, 16, 17):
                    put(ws, row, c, None)
            put(ws, row, 18, pj)
            rq_cells = [cl(10 + k, row) for k in range(4)]
            tspec = spec(cl(5, row), "null" if d["keyt"] is None else "one")
            rspec = (spec(rq_cells, d["op"]) if d["op"] in ("sum", "last") else spec(rq_cells[-1:], "null"))
            rec.add(fname, ws.title, row, year, d["name"], i, d["keyt"], d["keyr"], cl(3, row), tspec, rspec)
            row += 1
        merge(ws, start, 1, row - 1, 1, label, align=CENTER)
        merge(ws, start, 2, row - 1, 2, ("   " if level == "kegiatan" else "") + gname, bold=(level != "kegiatan"))
        if bud and row - start > 1:
            for c in (15, 16, 17):
                merge(ws, start, c, row - 1, c)
    merge(ws, row, 1, row, 14, "JUMLAH", bold=True, align=CENTER)
    put(ws, row, 15, "=" + "+".join(f"O{r}" for r in prog_rows), fmt=FMT_ACC, bold=True)
    put(ws, row, 16, "=" + "+".join(f"P{r}" for r in prog_rows), fmt=FMT_ACC, bold=True)
    put(ws, row, 17, f"=ROUND(P{row}/O{row}*100,2)", fmt='0.00', bold=True)
    put(ws, row, 18, None)
    signature(ws, row + 3, 15, year, "9 Januari 2023")


# ------------------------------------------------------------------ 2023: T / R / % under each quarter
def sheet_2023(ws, rec, fname):
    year = 2023
    widths(ws, [6, 34, 44, 11, 10] + [8, 8, 8] * 4 + [11, 11, 16, 16, 20])
    title(ws, 1, "MONITORING DAN EVALUASI RENCANA AKSI TAHUN 2023", 1, 22)
    title(ws, 2, f"DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN {KAB_UP}", 1, 22)
    text(ws, 3, 1, "Periode : Triwulan IV")
    for c, h in ((1, "No"), (2, "Uraian"), (3, "Indikator"), (4, "Satuan"), (5, "Target 2023"),
                 (18, "Realisasi s.d. Triwulan IV"), (19, "Capaian Kinerja s.d. TW IV (%)"),
                 (20, "Pagu Anggaran (Rp)"), (21, "Realisasi Anggaran s.d. TW IV (Rp)"), (22, "Keterangan")):
        merge(ws, 5, c, 6, c, h, bold=True, align=CENTER)
    for k, tw in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
        c = 6 + 3 * k
        merge(ws, 5, c, 5, c + 2, tw, bold=True, align=CENTER)
        for j, h in enumerate(("T", "R", "%")):
            put(ws, 6, c + j, h, bold=True, align=CENTER)
    row = 7
    _, progs = structure(year)
    pmap = {p: kegs for p, _, kegs in progs}
    pno = 0
    for level, code, gname, ids in rows_in_order(year):
        if level == "sasaran":
            merge(ws, row, 1, row, 22, f"Sasaran Strategis : {gname}", bold=True)
            row += 1
            bud, pj, label = None, None, None
        elif level == "program":
            pno += 1; kno = 0; label = f"{pno}"; bud = prog_budget(pmap[code], year); pj = PROG_PJ[code]
        else:
            kno += 1; label = f"{pno}.{kno}"; bud = budget(code, year); pj = KEG[code][2]
        start = row
        for n, i in enumerate(ids):
            d = ind(i, year)
            put(ws, row, 3, d["name"])
            put(ws, row, 4, d["unit"] if d["kind"] != "pct" else "%", align=CENTER)
            fmt = '0.00' if d["kind"] in ("pct", "idx") else FMT_INT
            put(ws, row, 5, d["t"], fmt=fmt, align=CENTER if d["kind"] == "grade" else None)
            for k in range(4):
                c = 6 + 3 * k
                t, r = d["tq"][k], d["rq"][k]
                put(ws, row, c, "-" if t in (None, 0) else t, fmt=fmt)
                if i == "b07" and r is not None:           # typed as text
                    put(ws, row, c + 1, f"{fmt_id(r, 2)} %")
                else:
                    put(ws, row, c + 1, "-" if r is None or (r == 0 and t in (None, 0)) else r, fmt=fmt)
                cp = qcap(t, r)
                put(ws, row, c + 2, "-" if cp is None else cp, fmt='0.00')
            if d["op"] == "sum":
                put(ws, row, 18, f"=SUM(G{row},J{row},M{row},P{row})", fmt=fmt)
                put(ws, row, 19, f"=ROUND(R{row}/E{row}*100,2)", fmt='0.00')
            elif d["op"] == "last":
                put(ws, row, 18, f"=P{row}", fmt=fmt)
                if i == "b07":
                    put(ws, row, 19, capaian(d["t"], d["rq"][3]), fmt='0.00')
                else:
                    put(ws, row, 19, f"=ROUND(R{row}/E{row}*100,2)", fmt='0.00')
            else:
                put(ws, row, 18, f"=P{row}", align=CENTER)
                put(ws, row, 19, 100 if d["rq"][3] == d["t"] else "-", fmt='0.00')
            if bud and n == 0:
                put(ws, row, 20, bud[0], fmt=FMT_INT)
                put(ws, row, 21, sum(bud[1]), fmt=FMT_INT)
            else:
                put(ws, row, 20, None); put(ws, row, 21, None)
            put(ws, row, 22, "Nilai TW IV = nilai tahunan" if d["op"] == "last" and d["kind"] != "grade" else None)
            tspec = spec(cl(5, row), "null" if d["keyt"] is None else "one")
            rspec = spec(cl(18, row), "one" if d["op"] in ("sum", "last") else "null")
            rec.add(fname, ws.title, row, year, d["name"], i, d["keyt"], d["keyr"], cl(3, row), tspec, rspec)
            row += 1
        merge(ws, start, 1, row - 1, 1, label, align=CENTER)
        merge(ws, start, 2, row - 1, 2, None if level == "sasaran" else gname, bold=(level == "program"))
        if bud and row - start > 1:
            for c in (20, 21):
                merge(ws, start, c, row - 1, c)
    signature(ws, row + 2, 18, year, "12 Januari 2024")


# ------------------------------------------------------------------ 2024: Bone-style blocks, text with units
LABELS_B = ["Target Tahunan :", "TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :"]


def txt(d, v):
    if v is None:
        return "-"
    if isinstance(v, str):
        return v
    if d["kind"] == "pct":
        return f"{fmt_id(v, 0 if float(v).is_integer() else 2)}%"
    if d["kind"] == "idx":
        return fmt_id(v, 2)
    if v == 0:
        return "-"
    return f"{fmt_id(v, 0)} {d['unit']}"


def sheet_2024(ws, rec, fname):
    year = 2024
    widths(ws, [7, 38, 42, 18, 16, 16, 10, 26])
    title(ws, 1, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", 1, 8)
    title(ws, 2, f"DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN {KAB_UP}", 1, 8)
    title(ws, 3, "TAHUN ANGGARAN 2024", 1, 8)
    heads = ["NO", "SASARAN STRATEGIS / PROGRAM & ANGGARAN / KEGIATAN & ANGGARAN", "INDIKATOR",
             "KRITERIA KEBERHASILAN (TARGET TAHUNAN & TRIWULAN)", "TARGET", "REALISASI KINERJA", "%",
             "UNIT KERJA / PENANGGUNG JAWAB"]
    for c, h in enumerate(heads, start=1):
        put(ws, 5, c, h, bold=True, align=CENTER)
        put(ws, 6, c, c, align=CENTER)
    row = 7
    _, progs = structure(year)
    pmap = {p: kegs for p, _, kegs in progs}
    sno, pno = 0, 0
    for level, code, gname, ids in rows_in_order(year):
        start = row
        if level == "sasaran":
            sno += 1; label = f"{sno}."; gtext = gname; pj = "Kepala Dinas"
        elif level == "program":
            pno += 1; kno = 0; label = f"{pno}."
            gtext = f"{gname}\n{rupiah(prog_budget(pmap[code], year)[0], 'prog')}"; pj = PROG_PJ[code]
        else:
            kno += 1; label = f"{pno}.{kno}"
            gtext = f"{gname}\n{rupiah(budget(code, year)[0])}"; pj = KEG[code][2]
        for i in ids:
            d = ind(i, year)
            merge(ws, row, 3, row + 4, 3, d["name"])
            for k in range(5):
                put(ws, row + k, 4, LABELS_B[k])
            put(ws, row, 5, txt(d, d["t"]))
            put(ws, row, 6, None); put(ws, row, 7, None)
            for k in range(4):
                t, r = d["tq"][k], d["rq"][k]
                put(ws, row + 1 + k, 5, txt(d, t))
                if r is None and k == 3 and d["op"] == "null" and d["kind"] != "grade":
                    put(ws, row + 1 + k, 6, "*)")
                else:
                    put(ws, row + 1 + k, 6, "-" if (r is None or (r == 0 and t in (None, 0))) else txt(d, r))
                cp = qcap(t, r)
                put(ws, row + 1 + k, 7, "-" if cp is None else (cp if isinstance(cp, str) else f"{fmt_id(cp, 0 if float(cp).is_integer() else 2)}%"))
            merge(ws, row, 8, row + 4, 8, pj)
            rq_cells = [cl(6, row + 1 + k) for k in range(4)]
            tspec = spec(cl(5, row), "null" if d["keyt"] is None else "one")
            rspec = (spec(rq_cells, d["op"]) if d["op"] in ("sum", "last") else spec(rq_cells[-1:], "null"))
            rec.add(fname, ws.title, row, year, d["name"], i, d["keyt"], d["keyr"], cl(3, row), tspec, rspec)
            row += 5
        merge(ws, start, 1, row - 1, 1, label, align=CENTER)
        merge(ws, start, 2, row - 1, 2, gtext)
    text(ws, row + 1, 1, "*) Angka IPG dan IDG Tahun 2024 belum dirilis oleh BPS")
    signature(ws, row + 3, 6, year, "13 Januari 2025")


def main():
    rec = Recorder(AGENCY, YEARS)
    files = []
    for year, fn, sheet, raw, builder in (
            (2021, "Rencana Aksi DP3A 2021.xls", "RA TW 2021", "b_2021.xlsx", sheet_2021),
            (2022, "RA_PK_DP3A_2022.xlsx", "Rencana Aksi 2022", "b_2022.xlsx", sheet_2022),
            (2023, "Monev Rencana Aksi DP3A 2023.ods", "Monev TW IV", "b_2023.xlsx", sheet_2023),
            (2024, "Pengukuran Kinerja RA PK 2024.xlsx", "PK 2024", "b_2024.xlsx", sheet_2024)):
        wb = Workbook(); ws = wb.active; ws.title = sheet
        builder(ws, rec, fn)
        if year == 2022:      # a budget recap sheet without indicators
            rs = wb.create_sheet("Rekap Anggaran")
            widths(rs, [6, 60, 18, 18])
            for c, h in enumerate(("No", "Program", "Pagu (Rp)", "Realisasi (Rp)"), start=1):
                put(rs, 1, c, h, bold=True, align=CENTER)
            _, progs = structure(year)
            for n, (p, _, kegs) in enumerate(progs, start=1):
                pg, rl = prog_budget(kegs, year)
                put(rs, n + 1, 1, n); put(rs, n + 1, 2, PROG[p])
                put(rs, n + 1, 3, pg, fmt=FMT_INT); put(rs, n + 1, 4, sum(rl), fmt=FMT_INT)
        ship(wb, raw, FOLDER, fn)
        files.append(fn)
    rec.files = files
    rec.ambiguous = [["b21", "b29"]]
    rec.write(FOLDER, "b")
    print("agency B:", len(rec.rows), "key rows")


if __name__ == "__main__":
    main()
