"""Agency C: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP), Kab. Muara Selasih,
2020-2023.  Plain Pengukuran Kinerja tables (2020, 2022) and the Permendagri 86/2017 form E.81
"Evaluasi terhadap Hasil Renja Perangkat Daerah" (2021: 16-column scheme with Satuan,
13 = 9+10+11+12; 2023: older 17-column scheme, 12 = 8+9+10+11, 13 = 12/7 x 100).  All invented."""
import hashlib, os, random
from openpyxl import Workbook
from common import *

AGENCY = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Muara Selasih"
FOLDER = os.path.join(ROOT, "c_dpmptsp")
YEARS = [2020, 2021, 2022, 2023]
N = None

# id: (kind, unit, polarity, op for E.81, {year: (name, target, realisasi, quarters K or None)})
IND = {
 "c01": ("mrp", "Miliar Rupiah", "+", "sum", {
    2020: ("Nilai realisasi investasi PMA dan PMDN", 850, 912.46, N),
    2021: ("Nilai realisasi investasi PMA/PMDN", 900, 1034.18, [215.40, 248.77, 276.93, 293.08]),
    2022: ("Jumlah nilai investasi (PMA + PMDN)", 1000, 1127.55, N),
    2023: ("Nilai Realisasi Investasi Penanaman Modal Asing dan Penanaman Modal Dalam Negeri", 1150, 1206.30,
           [268.42, 295.17, 310.58, 332.13])}),
 "c02": ("mrp", "Miliar Rupiah", "+", "sum", {
    2020: ("Nilai realisasi investasi PMA", 300, 276.15, N),
    2021: ("Nilai investasi PMA", 320, 389.62, [80.15, 95.22, 101.37, 112.88]),
    2022: ("Realisasi investasi Penanaman Modal Asing (PMA)", 350, 402.80, N),
    2023: ("Nilai realisasi investasi PMA", 400, 371.95, [85.30, 92.45, 90.12, 104.08])}),
 "c03": ("mrp", "Miliar Rupiah", "+", "sum", {
    2020: ("Nilai realisasi investasi PMDN", 550, 636.31, N),
    2021: ("Nilai investasi PMDN", 580, 644.56, [135.25, 153.55, 175.56, 180.20]),
    2022: ("Realisasi investasi Penanaman Modal Dalam Negeri (PMDN)", 650, 724.75, N),
    2023: ("Nilai realisasi investasi PMDN", 750, 834.35, [183.12, 202.72, 220.46, 228.05])}),
 "c18": ("cnt", "Proyek", "+", "sum", {
    2020: ("Jumlah proyek investasi PMA/PMDN", 120, 134, N),
    2022: ("Jumlah proyek investasi (PMA dan PMDN)", 150, 168, N)}),
 "c05": ("pct", "%", "+", "last", {
    2020: ("Persentase perizinan yang diterbitkan tepat waktu", 95, 96.42, N),
    2021: ("Persentase izin yang terbit tepat waktu sesuai SOP", 96, 97.10, [96.50, 96.85, 97.02, 97.10]),
    2022: ("Persentase izin yang diterbitkan tepat waktu", 97, 98.25, N),
    2023: ("Prosentase perizinan terbit tepat waktu", 98, 98.64, [98.10, 98.32, 98.51, 98.64])}),
 "c06": ("idx", "Nilai", "+", "last", {
    2020: ("Indeks Kepuasan Masyarakat (IKM)", 82, 83.47, N),
    2021: ("Nilai IKM pelayanan perizinan", 83, 84.12, [N, 83.40, N, 84.12]),
    2022: ("Indeks Kepuasan Masyarakat terhadap pelayanan DPMPTSP", 84, 85.90, N),
    2023: ("Indeks Kepuasan Masyarakat (IKM) Pelayanan Perizinan dan Non Perizinan", 85, 86.31,
           [N, 85.74, N, 86.31])}),
 "c10": ("hari", "Hari", "-", "last", {
    2020: ("Rata - rata waktu penyelesaian perizinan", 5, 4.6, N),
    2022: ("Rata-rata lama penyelesaian izin", 4, 3.2, N)}),
 "c07": ("cnt", "NIB", "+", "sum", {
    2020: ("Jumlah Nomor Induk Berusaha (NIB) yang diterbitkan", 1500, 1862, N),
    2021: ("Jumlah NIB yang diterbitkan melalui OSS", 2000, 2415, [498, 602, 611, 704]),
    2022: ("Jumlah NIB terbit melalui sistem OSS-RBA", 2500, 3106, N),
    2023: ("Jumlah NIB yang diterbitkan", 3000, 3384, [780, 842, 865, 897])}),
 "c08": ("cnt", "Izin", "+", "sum", {
    2020: ("Jumlah izin yang diterbitkan", 2400, 2637, N),
    2021: ("Jumlah perizinan yang diterbitkan", 2200, 2318, [512, 590, 604, 612]),
    2022: ("Jumlah izin yang diterbitkan", 2300, 2455, N),
    2023: ("Jumlah dokumen perizinan yang diterbitkan", 2400, 2502, [590, 628, 637, 647])}),
 "c09": ("cnt", "Dokumen", "+", "sum", {
    2020: ("Jumlah non perizinan yang diterbitkan", 600, 574, N),
    2021: ("Jumlah non perizinan yang diterbitkan", 600, 611, [140, 151, 158, 162]),
    2022: ("Jumlah dokumen non perizinan yang diterbitkan", 650, 688, N),
    2023: ("Jumlah non perizinan yang diterbitkan", 680, 702, [165, 172, 180, 185])}),
 "c11": ("pct", "%", "+", "last", {
    2020: ("Persentase pengaduan yang ditindaklanjuti", 100, 100, N),
    2021: ("Persentase pengaduan masyarakat yang ditindaklanjuti", 100, 100, [100, 100, 100, 100]),
    2022: ("Persentase pengaduan pelayanan perizinan yang ditindaklanjuti", 100, 95.83, N)}),
 "c19": ("pct", "%", "+", "last", {
    2023: ("Persentase pengaduan yang diselesaikan", 100, 97.30, [100, 95.45, 96.67, 97.30])}),
 "c12": ("cnt", "Pelaku Usaha", "+", "sum", {
    2021: ("Jumlah pelaku UMKM yang difasilitasi perizinan berusaha", 200, 236, [40, 62, 71, 63]),
    2022: ("Jumlah UMKM yang difasilitasi perizinan", 250, 271, N),
    2023: ("Jumlah pelaku usaha mikro dan kecil yang difasilitasi perizinan berusaha", 300, 318, [60, 85, 90, 83])}),
 "c15": ("pct", "%", "+", "last", {
    2020: ("Persentase perusahaan yang menyampaikan LKPM", 60, 58.33, N),
    2021: ("Persentase pelaku usaha yang menyampaikan Laporan Kegiatan Penanaman Modal (LKPM)", 65, 67.40,
           [55.20, 60.10, 63.80, 67.40]),
    2022: ("Persentase perusahaan yang menyampaikan LKPM", 70, 72.15, N),
    2023: ("Persentase kepatuhan penyampaian LKPM", 75, 76.92, [68.40, 71.25, 74.10, 76.92])}),
 "c16": ("cnt", "Laporan", "+", "sum", {
    2020: ("Jumlah LKPM yang diverifikasi", 400, 436, N),
    2021: ("Jumlah Laporan Kegiatan Penanaman Modal (LKPM) yang diverifikasi", 450, 512, [118, 125, 131, 138]),
    2022: ("Jumlah LKPM terverifikasi", 500, 547, N),
    2023: ("Jumlah LKPM yang diverifikasi", 550, 603, [140, 148, 152, 163])}),
 "c17": ("cnt", "Perusahaan", "+", "sum", {
    2020: ("Jumlah perusahaan yang dilakukan pengawasan", 40, 42, N),
    2021: ("Jumlah perusahaan yang dipantau dan diawasi", 45, 45, [8, 12, 13, 12]),
    2022: ("Jumlah perusahaan yang diawasi", 50, 53, N),
    2023: ("Jumlah perusahaan PMA/PMDN yang dilakukan pemantauan dan pengawasan", 55, 57, [10, 15, 17, 15])}),
 "c13": ("cnt", "Kegiatan", "+", "sum", {
    2020: ("Jumlah kegiatan promosi investasi", 4, 4, N),
    2021: ("Jumlah kegiatan promosi penanaman modal yang dilaksanakan", 3, 3, [0, 1, 1, 1]),
    2022: ("Jumlah promosi investasi", 4, 5, N),
    2023: ("Jumlah kegiatan promosi penanaman modal", 5, 5, [1, 1, 2, 1])}),
 "c14": ("cnt", "Dokumen", "+", "sum", {
    2020: ("Jumlah dokumen peta potensi investasi", 1, 1, N),
    2021: ("Jumlah dokumen potensi dan peluang investasi daerah", 1, 1, [0, 0, 0, 1]),
    2022: ("Tersedianya dokumen potensi dan peluang investasi", 1, 1, N),
    2023: ("Jumlah dokumen potensi dan peluang investasi", 2, 2, [0, 1, 0, 1])}),
 "c20": ("pct", "%", "+", "last", {
    2021: ("Persentase ketersediaan data dan informasi penanaman modal", 90, 92, [85, 88, 90, 92]),
    2022: ("Persentase data penanaman modal yang termutakhirkan", 92, 93.5, N),
    2023: ("Persentase ketersediaan data dan informasi penanaman modal", 95, 95, [92, 93, 94, 95])}),
 "c21": ("pct", "%", "+", "last", {
    2020: ("Persentase dokumen perencanaan dan pelaporan kinerja yang tepat waktu", 100, 100, N),
    2021: ("Persentase dokumen perencanaan dan pelaporan kinerja perangkat daerah tepat waktu", 100, 100,
           [100, 100, 100, 100]),
    2022: ("Persentase dokumen perencanaan dan pelaporan kinerja yang tepat waktu", 100, 100, N),
    2023: ("Persentase dokumen perencanaan dan evaluasi kinerja yang tersusun tepat waktu", 100, 100,
           [100, 100, 100, 100])}),
 "c22": ("grade", "Predikat", "+", "null", {
    2020: ("Nilai evaluasi SAKIP", "B", "B", N),
    2022: ("Nilai evaluasi SAKIP DPMPTSP", "BB", "B", N)}),
 "c23": ("cnt", "Dokumen", "+", "sum", {
    2021: ("Jumlah dokumen perencanaan perangkat daerah", 4, 4, [1, 1, 1, 1]),
    2023: ("Jumlah Dokumen Perencanaan Perangkat Daerah", 5, 5, [1, 2, 1, 1])}),
 "c24": ("cnt", "Laporan", "+", "sum", {
    2021: ("Jumlah laporan keuangan bulanan dan tahunan SKPD", 13, 13, [3, 3, 3, 4]),
    2023: ("Jumlah laporan keuangan SKPD", 13, 13, [3, 3, 3, 4])}),
 "c25": ("cnt", "Orang", "+", "last", {
    2021: ("Jumlah orang yang menerima gaji dan tunjangan ASN", 42, 42, [42, 42, 42, 42]),
    2023: ("Jumlah ASN yang menerima gaji dan tunjangan", 45, 44, [45, 45, 44, 44])}),
 "c27": ("cnt", "Dokumen", "+", "sum", {
    2021: ("Jumlah dokumen data penanaman modal yang dimutakhirkan", 4, 4, [1, 1, 1, 1]),
    2023: ("Jumlah dokumen data dan informasi penanaman modal yang diperbarui", 4, 4, [1, 1, 1, 1])}),
}

RENSTRA = {"c21": 100, "c23": 30, "c24": 78, "c25": 45, "c01": 7200, "c02": 2400, "c03": 4800, "c13": 26,
           "c14": 6, "c05": 99, "c06": 87, "c07": 16000, "c08": 14000, "c09": 4000, "c11": 100, "c19": 100,
           "c12": 1500, "c15": 85, "c16": 3300, "c17": 300, "c20": 100, "c27": 24}
# realisasi of the Renstra up to the year before (K): 2021 form = baseline for "last" rows, 0 for sums
SD_2020 = {"c21": 100, "c25": 40, "c05": 96.42, "c06": 83.47, "c11": 100, "c15": 58.33}
SD_2022 = {"c21": 100, "c25": 42, "c05": 98.25, "c06": 85.90, "c19": N, "c15": 72.15, "c20": 93.5,
           "c23": 9, "c24": 26, "c01": 2161.73, "c02": 792.42, "c03": 1369.31, "c13": 8, "c14": 2,
           "c07": 5521, "c08": 4773, "c09": 1299, "c12": 507, "c16": 1059, "c17": 98, "c27": 8}

SAS = {
 "SC1": "Meningkatnya realisasi investasi di Kabupaten Muara Selasih",
 "SC2": "Meningkatnya kualitas pelayanan perizinan dan non perizinan",
 "SC3": "Meningkatnya pengendalian pelaksanaan penanaman modal",
 "SC4": "Meningkatnya promosi dan ketersediaan informasi peluang investasi",
 "SC5": "Meningkatnya akuntabilitas kinerja perangkat daerah",
}
PK_GROUPS = [("SC1", ["c01", "c02", "c03", "c18"]),
             ("SC2", ["c05", "c06", "c10", "c07", "c08", "c09", "c11", "c12"]),
             ("SC3", ["c15", "c16", "c17"]),
             ("SC4", ["c13", "c14", "c20"]),
             ("SC5", ["c21", "c22"])]
E81 = [  # (program, sasaran text, outcome ids, [(kegiatan, ids)])
 ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", SAS["SC5"], ["c21"],
  [("K11", ["c23"]), ("K12", ["c24", "c25"])]),
 ("Program Promosi Penanaman Modal", SAS["SC1"], ["c01", "c02", "c03"],
  [("K21", ["c13"]), ("K22", ["c14"])]),
 ("Program Pelayanan Penanaman Modal", SAS["SC2"], ["c05", "c06"],
  [("K31", ["c07", "c08", "c09", "c11", "c19", "c12"])]),
 ("Program Pengendalian Pelaksanaan Penanaman Modal", SAS["SC3"], ["c15"], [("K41", ["c16", "c17"])]),
 ("Program Pengelolaan Data dan Sistem Informasi Penanaman Modal",
  "Meningkatnya ketersediaan data dan informasi penanaman modal", ["c20"], [("K51", ["c27"])]),
]
KEG = {
 "K11": ("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 52_400_000, "Sekretariat"),
 "K12": ("Administrasi Keuangan Perangkat Daerah", 3_146_800_000, "Sekretariat"),
 "K21": ("Penyelenggaraan Promosi Penanaman Modal Daerah Kabupaten/Kota", 186_500_000, "Bidang Promosi Penanaman Modal"),
 "K22": ("Penyusunan Peta Potensi Investasi Kabupaten/Kota", 94_250_000, "Bidang Promosi Penanaman Modal"),
 "K31": ("Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu di bidang Penanaman Modal "
         "yang menjadi Kewenangan Daerah Kabupaten/Kota", 412_600_000, "Bidang Pelayanan Perizinan"),
 "K41": ("Pengendalian Pelaksanaan Penanaman Modal yang menjadi Kewenangan Daerah Kabupaten/Kota",
         128_300_000, "Bidang Pengendalian Pelaksanaan PM"),
 "K51": ("Pengelolaan Data dan Informasi Perizinan dan Non Perizinan yang Terintegrasi pada Tingkat "
         "Daerah Kabupaten/Kota", 167_900_000, "Bidang Data dan Sistem Informasi"),
}
FACTOR = {2021: 1.0, 2023: 1.09}
HEAD = {2020: ("Ir. MUHAMMAD RIZAL FAHMI, M.T.", "Pembina Tingkat I", "NIP. 19721105 199803 1 006"),
        2021: ("Ir. MUHAMMAD RIZAL FAHMI, M.T.", "Pembina Tingkat I", "NIP. 19721105 199803 1 006"),
        2022: ("Ir. MUHAMMAD RIZAL FAHMI, M.T.", "Pembina Utama Muda", "NIP. 19721105 199803 1 006"),
        2023: ("Dra. LIDYA ANGGRAINI, M.M.", "Pembina Tingkat I", "NIP. 19740630 199903 2 005")}
BAPPEDA = ("Dr. BAMBANG SURYADARMA, S.E., M.Si", "Pembina Utama Muda", "NIP. 19690227 199403 1 005")


def d(i, year):
    kind, unit, pol, op, ys = IND[i]
    name, t, r, qs = ys[year]
    if qs is not None:
        if op == "sum":
            assert abs(sum(x or 0 for x in qs) - r) < 1e-9, (i, year)
        else:
            assert qs[3] == r, (i, year)
    return dict(kind=kind, unit=unit, pol=pol, op=op, name=name, t=t, r=r, qs=qs,
                keyt=None if kind == "grade" else t, keyr=None if kind == "grade" else r)


def kbudget(k, year):
    pagu = int(round(KEG[k][1] * FACTOR[year] / 1000.0)) * 1000
    rnd = random.Random(int(hashlib.md5(f"C{k}{year}".encode()).hexdigest()[:8], 16))
    shares = [rnd.uniform(0.12, 0.2), rnd.uniform(0.2, 0.27), rnd.uniform(0.22, 0.28), rnd.uniform(0.2, 0.3)]
    real = [int(round(pagu * s / 100.0)) * 100 for s in shares]
    renstra = int(round(pagu * 6.4 / 1_000_000.0)) * 1_000_000
    if year == 2021:
        sd = 0
    else:
        sd = int(round(pagu * 1.93 / 1000.0)) * 1000
    return dict(pagu=pagu, real=real, renstra=renstra, sd=sd)


def category(c):
    if c is None:
        return "-"
    if c > 90:
        return "Sangat Tinggi"
    if c > 75:
        return "Tinggi"
    if c > 65:
        return "Sedang"
    if c > 50:
        return "Rendah"
    return "Sangat Rendah"


def kfmt(kind):
    return {"mrp": FMT_2, "pct": '0.00', "idx": '0.00', "hari": '0.0'}.get(kind, FMT_INT)


def sign_pk(ws, row, col, year, date):
    text(ws, row, col, f"{IBUKOTA}, {date}")
    text(ws, row + 1, col, "KEPALA DINAS PENANAMAN MODAL DAN")
    text(ws, row + 2, col, "PELAYANAN TERPADU SATU PINTU,")
    h = HEAD[year]
    text(ws, row + 6, col, h[0], bold=True); text(ws, row + 7, col, h[1]); text(ws, row + 8, col, h[2])


# ---------------------------------------------------------------- 2020: plain PK table (xls)
def sheet_2020(ws, rec, fname):
    year = 2020
    widths(ws, [5, 34, 52, 14, 12, 12, 11, 24])
    for n, t in enumerate(["PENGUKURAN KINERJA", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
                           f"KABUPATEN {KAB_UP}", "TAHUN ANGGARAN 2020"], start=1):
        title(ws, n, t, 1, 8)
    heads = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Keterangan"]
    for c, h in enumerate(heads, start=1):
        put(ws, 6, c, h, bold=True, align=CENTER)
        put(ws, 7, c, f"({c})", align=CENTER)
    row, no = 8, 1
    for sc, ids in PK_GROUPS:
        start = row
        for i in [x for x in ids if year in IND[x][4]]:
            x = d(i, year)
            put(ws, row, 1, no, align=CENTER)
            put(ws, row, 3, x["name"])
            put(ws, row, 4, x["unit"], align=CENTER)
            if x["kind"] == "grade":
                put(ws, row, 5, x["t"], align=CENTER); put(ws, row, 6, x["r"], align=CENTER)
                put(ws, row, 7, 100, fmt='0.00')
            else:
                put(ws, row, 5, x["t"], fmt=kfmt(x["kind"]))
                if i in ("c07", "c08"):
                    put(ws, row, 6, fmt_id(x["r"], 0))
                else:
                    put(ws, row, 6, x["r"], fmt=kfmt(x["kind"]))
                put(ws, row, 7, capaian(x["t"], x["r"], neg=x["pol"] == "-"), fmt='0.00')
            put(ws, row, 8, "Indikator negatif" if x["pol"] == "-" else None)
            rec.add(fname, ws.title, row, year, x["name"], i, x["keyt"], x["keyr"], cl(3, row),
                    spec(cl(5, row), "null" if x["keyt"] is None else "one"),
                    spec(cl(6, row), "null" if x["keyr"] is None else "one"))
            row += 1; no += 1
        merge(ws, start, 2, row - 1, 2, SAS[sc])
    row += 1
    for c, h in enumerate(["No", "Program", "", "", "Anggaran (Rp)", "Realisasi (Rp)", "%"], start=1):
        if c in (3, 4):
            continue
        put(ws, row, c, h, bold=True, align=CENTER)
    merge(ws, row, 2, row, 4)
    progs = [("Program Pelayanan Administrasi Perkantoran", 612_450_000, 571_338_200),
             ("Program Peningkatan Sarana dan Prasarana Aparatur", 184_300_000, 166_912_500),
             ("Program Peningkatan Promosi dan Kerjasama Investasi", 236_750_000, 148_226_000),
             ("Program Peningkatan Iklim Investasi dan Realisasi Investasi", 158_900_000, 141_035_750),
             ("Program Peningkatan Kualitas Pelayanan Perizinan", 389_600_000, 352_184_900)]
    for n, (p, a, r) in enumerate(progs, start=1):
        rr = row + n
        put(ws, rr, 1, n, align=CENTER)
        merge(ws, rr, 2, rr, 4, p)
        put(ws, rr, 5, a, fmt=FMT_INT); put(ws, rr, 6, r, fmt=FMT_INT)
        put(ws, rr, 7, f"=ROUND(F{rr}/E{rr}*100,2)", fmt='0.00')
    rr = row + len(progs) + 1
    merge(ws, rr, 1, rr, 4, "JUMLAH", bold=True, align=CENTER)
    put(ws, rr, 5, f"=SUM(E{row+1}:E{rr-1})", fmt=FMT_INT, bold=True)
    put(ws, rr, 6, f"=SUM(F{row+1}:F{rr-1})", fmt=FMT_INT, bold=True)
    put(ws, rr, 7, f"=ROUND(F{rr}/E{rr}*100,2)", fmt='0.00', bold=True)
    sign_pk(ws, rr + 2, 5, year, "31 Desember 2020")


# ---------------------------------------------------------------- 2022: PK with text numbers and % fractions (ods)
def sheet_2022(ws, rec, fname):
    year = 2022
    widths(ws, [5, 32, 54, 12, 12, 14, 11, 15])
    title(ws, 1, "PENGUKURAN KINERJA TAHUN 2022", 1, 8)
    title(ws, 2, "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", 1, 8)
    title(ws, 3, f"KABUPATEN {KAB_UP}", 1, 8)
    for c, h in ((1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (6, "Satuan"),
                 (7, "Capaian (%)"), (8, "Kategori Capaian")):
        merge(ws, 5, c, 6, c, h, bold=True, align=CENTER)
    merge(ws, 5, 4, 5, 5, "Tahun 2022", bold=True, align=CENTER)
    put(ws, 6, 4, "Target", bold=True, align=CENTER)
    put(ws, 6, 5, "Realisasi", bold=True, align=CENTER)
    row, no = 7, 1
    for sc, ids in PK_GROUPS:
        start = row
        for i in [x for x in ids if year in IND[x][4]]:
            x = d(i, year)
            put(ws, row, 1, f"{no}.", align=CENTER)
            put(ws, row, 3, x["name"])
            put(ws, row, 6, x["unit"], align=CENTER)
            cp = None
            if x["kind"] == "grade":
                put(ws, row, 4, x["t"], align=CENTER); put(ws, row, 5, x["r"], align=CENTER)
                put(ws, row, 7, "-", align=CENTER)
                put(ws, row, 8, "Tidak tercapai", align=CENTER)
            elif x["kind"] == "mrp" or i in ("c07", "c08", "c09", "c16"):
                dec = 2 if x["kind"] == "mrp" else 0
                put(ws, row, 4, fmt_id(x["t"], 0))
                put(ws, row, 5, fmt_id(x["r"], dec))
                cp = capaian(x["t"], x["r"])
                put(ws, row, 7, cp, fmt='0.00')
            elif x["kind"] == "pct":
                put(ws, row, 4, x["t"] / 100, fmt=FMT_PCT)
                put(ws, row, 5, x["r"] / 100, fmt=FMT_PCT)
                put(ws, row, 7, f"=ROUND(E{row}/D{row}*100,2)", fmt='0.00')
                cp = capaian(x["t"], x["r"])
            else:
                put(ws, row, 4, x["t"], fmt=kfmt(x["kind"]))
                put(ws, row, 5, x["r"], fmt=kfmt(x["kind"]))
                if x["pol"] == "-":
                    put(ws, row, 7, f"=ROUND((2*D{row}-E{row})/D{row}*100,2)", fmt='0.00')
                else:
                    put(ws, row, 7, f"=ROUND(E{row}/D{row}*100,2)", fmt='0.00')
                cp = capaian(x["t"], x["r"], neg=x["pol"] == "-")
            if x["kind"] != "grade":
                put(ws, row, 8, category(cp), align=CENTER)
            rec.add(fname, ws.title, row, year, x["name"], i, x["keyt"], x["keyr"], cl(3, row),
                    spec(cl(4, row), "null" if x["keyt"] is None else "one"),
                    spec(cl(5, row), "null" if x["keyr"] is None else "one"))
            row += 1; no += 1
        merge(ws, start, 2, row - 1, 2, SAS[sc])
    text(ws, row + 1, 2, "Catatan: nilai investasi dalam miliar rupiah (sumber: LKPM Online / OSS-RBA BKPM).")
    text(ws, row + 2, 2, "Jumlah Anggaran Tahun 2022 : Rp. 4.318.940.000 ; Realisasi : Rp. 3.996.107.315 (92,53 %)")
    sign_pk(ws, row + 4, 5, year, "31 Desember 2022")


# ---------------------------------------------------------------- E.81 (2021 and 2023)
def sheet_e81(ws, rec, fname, year):
    old = (year == 2023)           # older 17-column scheme with this year's capaian
    prev = year - 1
    sd = SD_2020 if year == 2021 else SD_2022
    # column plan: name -> column index
    C = dict(no=1, sas=2, prog=3, ind=4, sat=5, ren=6, sd=8, tgt=10, q1=12, q2=14, q3=16, q4=18, real=20)
    if old:
        C.update(capr=22, sdn=24, capn=26, unit=28, ket=29)
        last = 29
    else:
        C.update(sdn=22, capn=24, unit=26)
        last = 26
    widths(ws, [5, 22, 34, 40, 10] + [9, 14] * ((last - 5) // 2) + [18, 14])
    title(ws, 1, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH" if not old else
          "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN", 1, last)
    title(ws, 2, f"DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN {KAB_UP}", 1, last)
    title(ws, 3, f"PERIODE PELAKSANAAN : TRIWULAN IV TAHUN {year}", 1, last)
    text(ws, 4, 1, "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD : "
         "Meningkatnya investasi dan kemudahan berusaha")
    H = 6
    heads = [(C["no"], "No"), (C["sas"], "Sasaran"), (C["prog"], "Program / Kegiatan"),
             (C["ind"], "Indikator Kinerja Program (outcome) / Kegiatan (output)"), (C["sat"], "Satuan")]
    for c, h in heads:
        merge(ws, H, c, H + 1, c, h, bold=True, align=CENTER)
    pair_heads = [(C["ren"], f"Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)"),
                  (C["sd"], f"Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu ({prev})"),
                  (C["tgt"], f"Target Kinerja dan Anggaran Renja PD Tahun Berjalan (Tahun {year}) yang Dievaluasi"),
                  (C["real"], f"Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi ({year})"),
                  (C["sdn"], f"Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun {year}"),
                  (C["capn"], f"Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun {year} (%)")]
    if old:
        pair_heads.append((C["capr"], f"Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)"))
    for c, h in pair_heads:
        merge(ws, H, c, H + 1, c + 1, h, bold=True, align=CENTER)
    merge(ws, H, C["q1"], H, C["q4"] + 1, "Realisasi Kinerja Pada Triwulan", bold=True, align=CENTER)
    for k, rn in enumerate(["I", "II", "III", "IV"]):
        merge(ws, H + 1, C["q1"] + 2 * k, H + 1, C["q1"] + 2 * k + 1, rn, bold=True, align=CENTER)
    merge(ws, H, C["unit"], H + 1, C["unit"], "Unit Perangkat Daerah Penanggung Jawab", bold=True, align=CENTER)
    if old:
        merge(ws, H, C["ket"], H + 1, C["ket"], "Keterangan", bold=True, align=CENTER)
    ws.row_dimensions[H].height = 75
    # numbering row
    NR = H + 2
    if old:
        nums = [(C["no"], "1"), (C["sas"], "2"), (C["prog"], "3"), (C["ren"], "5"), (C["sd"], "6"),
                (C["tgt"], "7"), (C["q1"], "8"), (C["q2"], "9"), (C["q3"], "10"), (C["q4"], "11"),
                (C["real"], "12 = 8+9+10+11"), (C["capr"], "13 = 12/7 x 100"), (C["sdn"], "14 = 6 + 12"),
                (C["capn"], "15 = 14/5 x 100"), (C["unit"], "16"), (C["ket"], "17")]
        merge(ws, NR, C["ind"], NR, C["sat"], "4", align=CENTER)
    else:
        nums = [(C["no"], "1"), (C["sas"], "2"), (C["prog"], "3"), (C["ind"], "4"), (C["sat"], "5"),
                (C["ren"], "6"), (C["sd"], "7"), (C["tgt"], "8"), (C["q1"], "9"), (C["q2"], "10"),
                (C["q3"], "11"), (C["q4"], "12"), (C["real"], "13 = 9 + 10 + 11 + 12"),
                (C["sdn"], "14 = 7 + 13"), (C["capn"], "15 = 14 / 6 x 100"), (C["unit"], "16")]
    for c, v in nums:
        if c in (C["ind"], C["sat"]) and old:
            continue
        if c >= C["ren"] and c < C["unit"]:
            merge(ws, NR, c, NR, c + 1, v, align=CENTER)
        else:
            put(ws, NR, c, v, align=CENTER)
    KR = NR + 1
    for c in range(C["ren"], C["unit"], 2):
        put(ws, KR, c, "K", bold=True, align=CENTER)
        put(ws, KR, c + 1, "Rp.", bold=True, align=CENTER)
    for c in (C["no"], C["sas"], C["prog"], C["ind"], C["sat"], C["unit"]) + ((C["ket"],) if old else ()):
        put(ws, KR, c, None)
    row = KR + 1
    merge(ws, row, 1, row, last, "Perangkat Daerah : Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
          bold=True)
    row += 1
    L = get_column_letter
    caps = []
    for pn, (pname, sastext, pids, kegs) in enumerate(E81, start=1):
        pids = [i for i in pids if year in IND[i][4]]
        prow = row
        kg_rows = []
        # ---- program rows
        block = []
        for i in pids:
            block.append(i)
        nrows_prog = len(block)
        # precompute kegiatan rows
        r_ = prow + nrows_prog
        keg_plan = []
        for kcode, kids in kegs:
            kids = [i for i in kids if year in IND[i][4]]
            keg_plan.append((kcode, kids, r_))
            r_ += len(kids)
        sas_end = r_ - 1
        merge(ws, prow, C["sas"], sas_end, C["sas"], sastext)
        # program block
        merge(ws, prow, C["no"], prow + nrows_prog - 1, C["no"], str(pn), align=CENTER)
        merge(ws, prow, C["prog"], prow + nrows_prog - 1, C["prog"], pname, bold=True)
        ktops = [kr for _, _, kr in keg_plan]
        money_cols = [C["ren"] + 1, C["sd"] + 1, C["tgt"] + 1, C["q1"] + 1, C["q2"] + 1, C["q3"] + 1, C["q4"] + 1]
        for mc in money_cols:
            f = "=" + "+".join(f"{L(mc)}{kr}" for kr in ktops)
            merge(ws, prow, mc, prow + nrows_prog - 1, mc, f, fmt=FMT_ACC, bold=True)
        write_calc_money(ws, C, prow, prow + nrows_prog - 1, old, bold=True)
        merge(ws, prow, C["unit"], prow + nrows_prog - 1, C["unit"], "Kepala Dinas / Sekretaris" if pn == 1 else "Kepala Bidang terkait")
        rr = prow
        for i in block:
            write_k(ws, C, rr, i, year, sd, old, rec, fname, caps)
            rr += 1
        # kegiatan blocks
        for kn, (kcode, kids, ktop) in enumerate(keg_plan, start=1):
            kend = ktop + len(kids) - 1
            b = kbudget(kcode, year)
            merge(ws, ktop, C["no"], kend, C["no"], f"{pn}.{kn}", align=CENTER)
            merge(ws, ktop, C["prog"], kend, C["prog"], KEG[kcode][0])
            for mc, v in ((C["ren"] + 1, b["renstra"]), (C["sd"] + 1, b["sd"]), (C["tgt"] + 1, b["pagu"]),
                          (C["q1"] + 1, b["real"][0]), (C["q2"] + 1, b["real"][1]), (C["q3"] + 1, b["real"][2]),
                          (C["q4"] + 1, b["real"][3])):
                merge(ws, ktop, mc, kend, mc, v, fmt=FMT_ACC)
            write_calc_money(ws, C, ktop, kend, old)
            merge(ws, ktop, C["unit"], kend, C["unit"], KEG[kcode][2])
            for n, i in enumerate(kids):
                write_k(ws, C, ktop + n, i, year, sd, old, rec, fname, caps)
        row = sas_end + 1
    # ---- under the table
    avg = r2(sum(caps) / len(caps), 1)
    row += 1
    merge(ws, row, 1, row, 5, f"Rata-rata capaian kinerja Renja Tahun {year} (%)", bold=True)
    put(ws, row, 6, avg, fmt='0.0', bold=True)
    merge(ws, row + 1, 1, row + 1, 5, "Predikat kinerja", bold=True)
    put(ws, row + 1, 6, category(avg), bold=True)
    texts = [("Faktor pendorong keberhasilan pencapaian",
              "Penerapan OSS-RBA dan pendampingan pelaku usaha oleh petugas front office."),
             ("Faktor penghambat pencapaian kinerja",
              "Sebagian pelaku usaha belum memahami kewajiban penyampaian LKPM; jaringan internet di kecamatan terbatas."),
             ("Tindak lanjut yang diperlukan dalam triwulan berikutnya",
              "Sosialisasi LKPM dan bimbingan teknis OSS-RBA di tingkat kecamatan."),
             (f"Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah Tahun {year + 1}",
              "Penambahan anggaran promosi investasi dan pemutakhiran peta potensi investasi.")]
    for n, (a, b) in enumerate(texts, start=row + 2):
        merge(ws, n, 1, n, 5, a, bold=True)
        merge(ws, n, 6, n, 18, b)
    s = row + 8
    text(ws, s, 3, "Disusun")
    text(ws, s, C["q3"], "Dievaluasi")
    text(ws, s + 1, 3, f"{IBUKOTA}, {'14' if year == 2021 else '12'} Januari {year + 1}")
    text(ws, s + 1, C["q3"], f"{IBUKOTA}, {'21' if year == 2021 else '19'} Januari {year + 1}")
    text(ws, s + 2, 3, "Kepala Dinas Penanaman Modal dan PTSP")
    text(ws, s + 2, C["q3"], f"Kepala Bappeda Kabupaten {KAB}")
    h = HEAD[year]
    for n, (a, b) in enumerate(zip(h, BAPPEDA)):
        text(ws, s + 6 + n, 3, a, bold=(n == 0))
        text(ws, s + 6 + n, C["q3"], b, bold=(n == 0))


def write_calc_money(ws, C, top, end, old, bold=False):
    from openpyxl.utils import get_column_letter as L
    q = [L(C[k] + 1) for k in ("q1", "q2", "q3", "q4")]
    rc = C["real"] + 1
    merge(ws, top, rc, end, rc, "=" + "+".join(f"{x}{top}" for x in q), fmt=FMT_ACC, bold=bold)
    merge(ws, top, C["sdn"] + 1, end, C["sdn"] + 1, f"={L(C['sd'] + 1)}{top}+{L(rc)}{top}", fmt=FMT_ACC, bold=bold)
    merge(ws, top, C["capn"] + 1, end, C["capn"] + 1,
          f"=ROUND({L(C['sdn'] + 1)}{top}/{L(C['ren'] + 1)}{top}*100,2)", fmt='0.00', bold=bold)
    if old:
        merge(ws, top, C["capr"] + 1, end, C["capr"] + 1,
              f"=ROUND({L(rc)}{top}/{L(C['tgt'] + 1)}{top}*100,2)", fmt='0.00', bold=bold)


def write_k(ws, C, r, i, year, sd, old, rec, fname, caps):
    from openpyxl.utils import get_column_letter as L
    x = d(i, year)
    frac = old and x["kind"] == "pct"           # 2023: percentages stored as fractions with a % format
    fmt = FMT_PCT if frac else kfmt(x["kind"])
    cv = (lambda v: v / 100) if frac else (lambda v: v)
    put(ws, r, C["ind"], x["name"])
    put(ws, r, C["sat"], x["unit"], align=CENTER)
    put(ws, r, C["ren"], cv(RENSTRA[i]), fmt=fmt)
    s = sd.get(i, 0)
    put(ws, r, C["sd"], "-" if s is None else cv(s), fmt=fmt)
    put(ws, r, C["tgt"], cv(x["t"]), fmt=fmt)
    for k, key in enumerate(("q1", "q2", "q3", "q4")):
        v = x["qs"][k]
        put(ws, r, C[key], "-" if v is None else cv(v), fmt=fmt)
    q = [f"{L(C[k])}{r}" for k in ("q1", "q2", "q3", "q4")]
    rc, sdc, rec_c, sdn, ren = (f"{L(C['real'])}{r}", f"{L(C['sd'])}{r}", f"{L(C['tgt'])}{r}",
                                f"{L(C['sdn'])}{r}", f"{L(C['ren'])}{r}")
    if x["op"] == "sum":
        put(ws, r, C["real"], "=" + "+".join(q), fmt=fmt)
        put(ws, r, C["sdn"], f"={sdc}+{rc}", fmt=fmt)
    else:
        put(ws, r, C["real"], f"={q[3]}", fmt=fmt)
        put(ws, r, C["sdn"], f"={rc}", fmt=fmt)
    put(ws, r, C["capn"], f"=ROUND({sdn}/{ren}*100,2)", fmt='0.00')
    if old:
        put(ws, r, C["capr"], f"=ROUND({rc}/{rec_c}*100,2)", fmt='0.00')
        put(ws, r, C["ket"], "Nilai akhir (TW IV)" if x["op"] == "last" else None)
    caps.append(capaian(x["t"], x["r"]))
    rec.add(fname, ws.title, r, year, x["name"], i, x["keyt"], x["keyr"], cl(C["ind"], r),
            spec(cl(C["tgt"], r)), spec(cl(C["real"], r)))


def main():
    rec = Recorder(AGENCY, YEARS)
    files = []
    for year, fn, sheet, raw in ((2020, "PK DPMPTSP 2020.xls", "Pengukuran Kinerja", "c_2020.xlsx"),
                                 (2021, "Evaluasi Renja DPMPTSP TW IV 2021.xlsx", "E.81 TW IV", "c_2021.xlsx"),
                                 (2022, "Pengukuran Kinerja DPMPTSP 2022.ods", "PK 2022", "c_2022.xlsx"),
                                 (2023, "Evaluasi Hasil Renja 2023 DPMPTSP.xls", "Realisasi TW IV", "c_2023.xlsx")):
        wb = Workbook(); ws = wb.active; ws.title = sheet
        if year == 2020:
            sheet_2020(ws, rec, fn)
        elif year == 2022:
            sheet_2022(ws, rec, fn)
        else:
            sheet_e81(ws, rec, fn, year)
            if year == 2021:
                wb.create_sheet("Sheet2")
        ship(wb, raw, FOLDER, fn)
        files.append(fn)
    rec.files = files
    rec.ambiguous = [["c11", "c19"]]
    rec.write(FOLDER, "c")
    print("agency C:", len(rec.rows), "key rows")


if __name__ == "__main__":
    main()
