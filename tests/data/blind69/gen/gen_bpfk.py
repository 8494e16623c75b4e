"""Agency 3: UPTD Balai Pengamanan Fasilitas Kesehatan (BPFK), Kota Tanjung Rembulan, 2019-2022."""
from common import *

SLUG = "uptd_bpfk_kota_tanjung_rembulan"
AG_NAME = "UPTD Balai Pengamanan Fasilitas Kesehatan (BPFK) Kota Tanjung Rembulan"
FLOW = {"C01", "C02", "C04", "C05", "C07", "C10", "C10b", "C14", "C16", "C18", "C19", "C21"}
LEVEL = {"C03", "C06", "C08", "C09", "C11", "C12", "C13", "C15", "C17", "C20"}

SAS = {
    "S1": "Meningkatnya mutu dan keamanan alat kesehatan di fasilitas pelayanan kesehatan",
    "S2": "Meningkatnya jangkauan dan kualitas pelayanan pengamanan fasilitas kesehatan",
    "S3": "Meningkatnya kompetensi dan tata kelola UPTD",
}
UNIT = {"C01": "alat", "C02": "alat", "C03": "%", "C04": "alat", "C05": "sertifikat", "C18": "sertifikat",
        "C19": "sertifikat", "C06": "hari", "C07": "fasyankes", "C08": "%", "C09": "%", "C10": "kali",
        "C10b": "kali", "C11": "%", "C12": "nilai", "C13": "ruang lingkup", "C14": "orang", "C15": "%",
        "C16": "Rp", "C17": "%", "C20": "predikat", "C21": "dokumen"}
NAMES = {
    "C01": {2019: "Jumlah alat kesehatan yang diuji", 2020: "Jumlah alat kesehatan yg diuji (unit)",
            2021: "Jumlah alkes yang dilakukan pengujian", 2022: "Jumlah alat kesehatan diuji"},
    "C02": {2019: "Jumlah alat kesehatan yang dikalibrasi", 2020: "Jumlah alat kesehatan yg dikalibrasi (unit)",
            2021: "Jumlah alkes yang dilakukan kalibrasi", 2022: "Jumlah alat kesehatan dikalibrasi"},
    "C03": {2019: "Persentase alat kesehatan yang laik pakai", 2020: "Prosentase alat kesehatan laik pakai",
            2021: "Persentase alkes hasil uji/kalibrasi yang dinyatakan laik pakai",
            2022: "Persentase alat kesehatan laik pakai"},
    "C04": {2021: "Jumlah alkes yang dinyatakan laik pakai", 2022: "Jumlah alat kesehatan laik pakai"},
    "C05": {2019: "Jumlah sertifikat yang diterbitkan",
            2020: "Jumlah sertifikat hasil pengujian dan kalibrasi yang terbit",
            2021: "Jumlah sertifikat pengujian & kalibrasi terbit"},
    "C18": {2022: "Jumlah sertifikat hasil pengujian terbit"},
    "C19": {2022: "Jumlah sertifikat hasil kalibrasi terbit"},
    "C06": {2019: "Rata-rata waktu penerbitan sertifikat (hari kerja)", 2020: "Rata - rata waktu penerbitan sertifikat",
            2021: "Waktu rata-rata penyelesaian sertifikat", 2022: "Rata-rata waktu terbit sertifikat (hari)"},
    "C07": {2019: "Jumlah fasilitas pelayanan kesehatan yang dilayani", 2020: "Jumlah fasyankes yang dilayani",
            2021: "Jumlah fasilitas kesehatan yang mendapat pelayanan pengujian/kalibrasi",
            2022: "Jumlah fasyankes yang dilayani"},
    "C08": {2019: "Persentase Puskesmas yang alat kesehatannya terkalibrasi",
            2020: "Persentase puskesmas dengan alkes terkalibrasi",
            2021: "Persentase Puskesmas yang alkesnya telah dikalibrasi",
            2022: "Persentase Puskesmas dengan alat kesehatan terkalibrasi"},
    "C09": {2019: "Persentase rumah sakit yang alat kesehatannya terkalibrasi",
            2020: "Persentase RS dengan alkes terkalibrasi",
            2021: "Persentase Rumah Sakit yang alkesnya telah dikalibrasi",
            2022: "Persentase RS dengan alat kesehatan terkalibrasi"},
    "C10": {2019: "Jumlah pelayanan pengujian keliling"},
    "C10b": {2021: "Jumlah kegiatan pelayanan jemput bola (kali)", 2022: "Jumlah layanan jemput bola ke fasyankes"},
    "C11": {2019: "Persentase pengaduan pelanggan yang ditindaklanjuti",
            2020: "Persentase keluhan pelanggan yang ditindaklanjuti",
            2021: "Persentase pengaduan yg ditindak lanjuti", 2022: "Persentase pengaduan pelanggan ditindaklanjuti"},
    "C12": {2019: "Indeks Kepuasan Masyarakat ", 2020: "IKM", 2021: "Indeks Kepuasan Pelanggan",
            2022: "Indeks Kepuasan Masyarakat (IKM)"},
    "C13": {2019: "Jumlah ruang lingkup pengujian terakreditasi KAN",
            2020: "Jumlah ruang lingkup terakreditasi (parameter)",
            2021: "Jumlah ruang lingkup pengujian/kalibrasi terakreditasi",
            2022: "Jumlah ruang lingkup terakreditasi KAN"},
    "C14": {2019: "Jumlah tenaga elektromedis yang mengikuti pelatihan", 2020: "Jumlah tenaga teknis yang dilatih",
            2021: "Jumlah tenaga teknis/elektromedis mengikuti pelatihan",
            2022: "Jumlah tenaga teknis yang mengikuti pelatihan"},
    "C15": {2019: "Persentase alat standar/kalibrator yang tertelusur", 2020: "Persentase kalibrator yang tertelusur",
            2021: "Prosentase alat standar yang memiliki sertifikat ketertelusuran",
            2022: "Persentase alat standar tertelusur"},
    "C16": {2019: "Pendapatan retribusi pelayanan pengujian dan kalibrasi (Rp)", 2020: "Realisasi pendapatan retribusi",
            2021: "Pendapatan retribusi pengujian & kalibrasi",
            2022: "Pendapatan retribusi pengujian dan kalibrasi alat kesehatan"},
    "C17": {2019: "Persentase realisasi anggaran", 2020: "Persentase realisasi anggaran belanja",
            2021: "Persentase penyerapan anggaran", 2022: "Persentase realisasi anggaran"},
    "C20": {2019: "Nilai SAKIP", 2020: "Hasil evaluasi SAKIP", 2021: "Predikat SAKIP"},
    "C21": {2019: "Jumlah dokumen perencanaan dan laporan kinerja", 2020: "Jumlah dokumen perencanaan & pelaporan",
            2021: "Jumlah dokumen perencanaan dan pelaporan kinerja (dok)",
            2022: "Dokumen perencanaan dan laporan kinerja"},
}
GROUPS = [("S1", ["C01", "C02", "C03", "C04", "C05", "C18", "C19", "C06"]),
          ("S2", ["C07", "C08", "C09", "C10", "C10b", "C11", "C12"]),
          ("S3", ["C13", "C14", "C15", "C16", "C17", "C20", "C21"])]


def ids_of(year):
    return [(s, [i for i in ids if year in NAMES[i]]) for s, ids in GROUPS]


KEPALA1 = ("Ir. BAMBANG SETIADJI, M.T.", "Pembina (IV/a)", "NIP. 19750228 200212 1 003")
KEPALA2 = ("dr. ARIEF PRASETYO NUGROHO, M.Kes.", "Pembina (IV/a)", "NIP. 19800611 200903 1 002")


def signature(sh, r, colL, date, who):
    sh.put(f"{colL}{r}", f"Tanjung Rembulan, {date}")
    sh.put(f"{colL}{r+1}", "Kepala UPTD Balai Pengamanan Fasilitas Kesehatan")
    sh.put(f"{colL}{r+5}", who[0], bold=True)
    sh.put(f"{colL}{r+6}", who[1])
    sh.put(f"{colL}{r+7}", who[2])


NEG = {"C06"}


def capaian(t, r, i):
    if t is None or r is None or t == 0:
        return None
    if i in NEG:
        return r2((2 * t - r) / t * 100, 2)
    return r2(r / t * 100, 2)


# =========================================================================== 2019 (top) and 2020 (below) on one sheet
def pk2019_2020(ag, book):
    sh = book.sheet("PK")
    for c, w in zip("ABCDEFGHIJ", (5, 30, 46, 16, 18, 12, 12, 12, 12, 16)):
        sh.width(c, w)
    # ---------------- 2019: value and unit in one cell
    Y = 2019
    sh.merge("A1:G1", "PENGUKURAN KINERJA TAHUN 2019", bold=True, h="center", size=12)
    sh.merge("A2:G2", "UPTD BALAI PENGAMANAN FASILITAS KESEHATAN", bold=True, h="center")
    sh.merge("A3:G3", "DINAS KESEHATAN KOTA TANJUNG REMBULAN", bold=True, h="center")
    hd = dict(bold=True, h="center", wrap=True, border=True, fill=GREY)
    for c, t in zip("ABCDEFG", ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "%", "Keterangan"]):
        sh.put(f"{c}5", t, **hd)
        sh.put(f"{c}6", f"({'ABCDEFG'.index(c)+1})", h="center", italic=True, border=True)
    D19 = {
        "C01": (txt(2400, "alat"), txt(2531, "alat")), "C02": (txt(3100, "alat"), txt(3247, "alat")),
        "C03": (txt(90, "%"), txt(92.4, "%")), "C05": (txt(5500, "sertifikat"), txt(5778, "sertifikat")),
        "C06": (txt(14, "hari"), txt(12, "hari")), "C07": (txt(120, "fasyankes"), txt(131, "fasyankes")),
        "C08": (txt(80, "%"), txt(78.6, "%")), "C09": (txt(90, "%"), txt(93.3, "%")),
        "C10": (txt(12, "kali"), txt(12, "kali")), "C11": (txt(100, "%"), txt(100, "%")),
        "C12": (V(78, "78 - 80"), V(80.2, "80,20")),
        "C13": (txt(20, "ruang lingkup"), txt(18, "ruang lingkup")), "C14": (txt(8, "orang"), txt(8, "orang")),
        "C15": (txt(100, "%"), txt(85.7, "%")), "C16": (rpv(1250000000), rpv(1318540000, 2)),
        "C17": (txt(95, "%"), txt(93.8, "%")), "C20": (grade("B"), grade("B")),
        "C21": (txt(5, "dokumen"), txt(5, "dokumen")),
    }
    r = 7
    no = 0
    for s, ids in ids_of(Y):
        start = r
        for i in ids:
            no += 1
            t, re = D19[i]
            sh.put(f"A{r}", no, h="center", border=True)
            sh.put(f"C{r}", NAMES[i][Y], wrap=True, border=True)
            write_v(sh, f"D{r}", t, h="right", border=True)
            write_v(sh, f"E{r}", re, h="right", border=True)
            cp = capaian(t.key, re.key, i)
            sh.put(f"F{r}", idn(cp, 2) if cp is not None else "100", h="right", border=True)
            sh.put(f"G{r}", "indikator negatif" if i in NEG else None, border=True, italic=True)
            ag.add(sh, f"C{r}", Y, i, NAMES[i][Y], t.key, re.key, ([f"D{r}"], "value"), ([f"E{r}"], "value"))
            r += 1
        sh.merge(f"B{start}:B{r-1}", SAS[s], wrap=True, v="top", border=True)
    r += 1
    sh.put(f"B{r}", "Jumlah Anggaran Tahun 2019")
    sh.put(f"C{r}", ": Rp. 3.412.650.000,-")
    sh.put(f"B{r+1}", "Jumlah Realisasi Anggaran Tahun 2019")
    sh.put(f"C{r+1}", ": Rp. 3.198.004.310,-")
    signature(sh, r + 3, "E", "31 Desember 2019", KEPALA1)
    # ---------------- 2020: semesters, no annual realisasi
    Y = 2020
    top = r + 14
    sh.merge(f"A{top}:J{top}", "PENGUKURAN KINERJA TAHUN 2020 (CAPAIAN PER SEMESTER)", bold=True, h="center", size=12)
    sh.merge(f"A{top+1}:J{top+1}", "UPTD BALAI PENGAMANAN FASILITAS KESEHATAN KOTA TANJUNG REMBULAN", bold=True, h="center")
    h1, h2 = top + 3, top + 4
    for c, t in zip("ABCDE", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2020"]):
        sh.merge(f"{c}{h1}:{c}{h2}", t, **hd)
    sh.merge(f"F{h1}:G{h1}", "Semester I", **hd)
    sh.merge(f"H{h1}:I{h1}", "Semester II", **hd)
    sh.merge(f"J{h1}:J{h2}", "Keterangan", **hd)
    for c, t in zip("FGHI", ["Target", "Realisasi", "Target", "Realisasi"]):
        sh.put(f"{c}{h2}", t, **hd)
    N, I_ = num, FMT_INT
    D20 = {
        "C01": (N(2600, I_), [N(1300, I_), N(842, I_), N(1300, I_), N(1142, I_)]),
        "C02": (N(3300, I_), [N(1650, I_), N(1105, I_), N(1650, I_), N(1550, I_)]),
        "C03": (N(90), [N(90), N(89.6, FMT_DEC1), N(90), N(91.1, FMT_DEC1)]),
        "C05": (N(5900, I_), [N(2950, I_), N(1947, I_), N(2950, I_), N(2692, I_)]),
        "C06": (N(14), [N(14), N(16), N(14), N(15)]),
        "C07": (N(130), [N(65), N(48), N(65), N(56)]),
        "C08": (N(85), [N(85), N(68.0, FMT_DEC1), N(85), N(71.4, FMT_DEC1)]),
        # semester II not reported
        "C09": (N(90), [N(90), N(86.7, FMT_DEC1), N(90), blank()]),
        "C11": (N(100), [N(100), N(100), N(100), N(100)]),
        "C12": (N(80), [dash(), dash(), N(80), N(81.75, FMT_DEC2)]),
        "C13": (N(24), [N(22), N(22), N(24), N(24)]),
        # planted: annual target typed 100 (10 meant; semesters say 5 + 5)
        "C14": (N(100), [N(5), N(2), N(5), N(4)]),
        "C15": (N(100), [N(100), N(88.1, FMT_DEC1), N(100), N(90.5, FMT_DEC1)]),
        "C16": (N(1400000000, FMT_ACC), [N(700000000, FMT_ACC), N(438120000, FMT_ACC), N(700000000, FMT_ACC),
                                          N(588750000, FMT_ACC)]),
        "C17": (N(95), [N(40), N(31.6, FMT_DEC1), N(95), N(84.1, FMT_DEC1)]),
        "C20": (grade("B"), [dash(), dash(), grade("B"), grade("BB")]),
        "C21": (N(5), [N(2), N(2), N(3), N(3)]),
    }
    r = h2 + 1
    no = 0
    for s, ids in ids_of(Y):
        start = r
        for i in ids:
            no += 1
            t, sem = D20[i]
            sh.put(f"A{r}", no, h="center", border=True)
            sh.put(f"C{r}", NAMES[i][Y], wrap=True, border=True)
            sh.put(f"D{r}", UNIT[i], h="center", border=True)
            write_v(sh, f"E{r}", t, border=True)
            for c, v in zip("FGHI", sem):
                write_v(sh, f"{c}{r}", v, border=True, h="right")
            sh.put(f"J{r}", "belum dilaporkan RS swasta" if i == "C09" else None, border=True, italic=True)
            how = "sum" if i in FLOW else "last"
            rv = [sem[1], sem[3]]
            ag.add(sh, f"C{r}", Y, i, NAMES[i][Y], t.key, agg(rv, how), ([f"E{r}"], "value"), ([f"G{r}", f"I{r}"], how))
            r += 1
        sh.merge(f"B{start}:B{r-1}", SAS[s], wrap=True, v="top", border=True)
    r += 1
    sh.put(f"B{r}", "Catatan: pelayanan pengujian keliling ditiadakan tahun 2020 (pandemi COVID-19).", italic=True)
    signature(sh, r + 2, "G", "31 Desember 2020", KEPALA1)
    old = book.sheet("PK 2018", hidden=True)
    old.put("A1", "PENGUKURAN KINERJA TAHUN 2018 (arsip)")
    old.put("C3", "Jumlah alat kesehatan yang diuji")
    old.put("D3", "2.150 alat")
    old.put("E3", "2.204 alat")


# =========================================================================== 2021: turned over, cumulative s.d. TW rows (novel)
def turned2021(ag, book):
    Y = 2021
    sh = book.sheet("Realisasi Kumulatif 2021")
    N, I_ = num, FMT_INT
    # target, [T sd TW1..4], [R sd TW1..4]
    D = {
        # planted: annual target typed 25.000 (2.500 meant; the s.d. TW targets reach 2.500)
        "C01": (N(25000, I_), [625, 1250, 1875, 2500], [N(598, I_), N(1305, I_), N(2011, I_), N(2716, I_)]),
        "C02": (N(3200, I_), [800, 1600, 2400, 3200], [N(770), N(1652, I_), N(2488, I_), N(3390, I_)]),
        "C03": (N(92), [92] * 4, [pct(91.8), pct(92.5), pct(93.1), pct(93.6)]),
        "C04": (N(5400, I_), [1350, 2700, 4050, 5400], [N(1290, I_), N(2790, I_), N(4215, I_), N(5713, I_)]),
        "C05": (N(5700, I_), [1425, 2850, 4275, 5700], [N(1399, I_), N(2987, I_), N(4533, I_), N(6106, I_)]),
        "C06": (N(12), [12] * 4, [N(13), N(12), N(11), N(11)]),
        # planted: the cumulative count falls from 147 (s.d. TW III) to 142 (s.d. TW IV)
        "C07": (N(135), [34, 68, 101, 135], [N(38), N(71), N(147), N(142)]),
        "C08": (N(85), [85] * 4, [N(72.5, FMT_DEC1), N(78.4, FMT_DEC1), N(84.0, FMT_DEC1), N(88.1, FMT_DEC1)]),
        "C09": (N(92), [92] * 4, [N(86.7, FMT_DEC1), N(90.0, FMT_DEC1), N(93.3, FMT_DEC1), N(93.3, FMT_DEC1)]),
        "C10b": (N(10), [2, 5, 7, 10], [N(2), N(5), N(8), N(11)]),
        "C11": (N(100), [100] * 4, [N(100), N(100), N(95.45, FMT_DEC2), N(95.45, FMT_DEC2)]),
        "C12": (N(80), [80] * 4, [dash(), N(81.9, FMT_DEC1), dash(), N(82.3, FMT_DEC1)]),
        "C13": (N(28), [25, 26, 27, 28], [N(25), N(26), N(28), N(29)]),
        "C14": (N(10), [0, 4, 8, 10], [N(0), N(4), N(9), N(12)]),
        # s.d. TW IV not yet filled
        "C15": (N(100), [100] * 4, [N(90.5, FMT_DEC1), N(92.9, FMT_DEC1), N(95.2, FMT_DEC1), blank()]),
        "C16": (N(1300000000, FMT_ACC), [325000000, 650000000, 975000000, 1300000000],
                [N(301250000, FMT_ACC), N(688400000, FMT_ACC), N(1061950000, FMT_ACC), N(1447210500, FMT_ACC)]),
        "C17": (N(95), [20, 45, 70, 95], [N(17.8, FMT_DEC1), N(43.5, FMT_DEC1), N(70.2, FMT_DEC1), N(96.4, FMT_DEC1)]),
        "C20": (grade("BB"), ["-", "-", "BB", "BB"], [dash(), dash(), grade("BB"), grade("BB")]),
        "C21": (N(6), [1, 3, 4, 6], [N(1), N(3), N(4), N(6)]),
    }
    order = [i for s, ids in ids_of(Y) for i in ids]
    # columns: A labels; indicators from B; a hidden draft column after C02
    cols = {}
    c = 2
    hidden_col = None
    for i in order:
        cols[i] = col(c)
        c += 1
        if i == "C02":
            hidden_col = col(c)
            c += 1
    lastc = col(c - 1)
    sh.width("A", 26)
    for i in order:
        sh.width(cols[i], 15)
    sh.merge(f"A1:{lastc}1", "RENCANA AKSI DAN REALISASI KINERJA KUMULATIF TAHUN 2021", bold=True, h="center", size=12)
    sh.merge(f"A2:{lastc}2", "UPTD BALAI PENGAMANAN FASILITAS KESEHATAN KOTA TANJUNG REMBULAN", bold=True, h="center")
    sh.merge(f"A3:{lastc}3", "(posisi s.d. 31 Desember 2021)", italic=True, h="center")
    hd = dict(bold=True, h="center", wrap=True, border=True, fill=GREY)
    sh.put("A5", "Sasaran", **hd)
    sh.put("A6", "Indikator Kinerja", **hd)
    sh.put("A7", "Satuan", **hd)
    sh.put("A8", "Target Tahun 2021", bold=True, border=True)
    labels = ["Target s.d. TW I", "Realisasi s.d. TW I", "Target s.d. TW II", "Realisasi s.d. TW II",
              "Target s.d. TW III", "Realisasi s.d. TW III", "Target s.d. TW IV", "Realisasi s.d. TW IV"]
    for k, l in enumerate(labels):
        sh.put(f"A{9+k}", l, border=True, bold=(k % 2 == 1), fill=(BLUE if k % 2 == 1 else None))
    sh.put("A17", "Capaian s.d. TW IV (%)", border=True, italic=True)
    sh.put("A18", "Penanggung Jawab", border=True)
    for s, ids in ids_of(Y):
        a = cols[ids[0]]
        b = cols[ids[-1]]
        sh.merge(f"{a}5:{b}5", SAS[s], **hd)
    PJ = {"S1": "Seksi Pengujian dan Kalibrasi", "S2": "Seksi Pelayanan Teknis", "S3": "Subbag Tata Usaha"}
    for s, ids in ids_of(Y):
        for i in ids:
            L = cols[i]
            t, tt, rr = D[i]
            sh.put(f"{L}6", NAMES[i][Y], wrap=True, v="top", border=True, bold=True)
            sh.put(f"{L}7", UNIT[i], h="center", border=True)
            write_v(sh, f"{L}8", t, border=True)
            rcells = []
            for k in range(4):
                tv = tt[k]
                sh.put(f"{L}{9+2*k}", tv, fmt=(FMT_ACC if i == "C16" else (FMT_INT if isinstance(tv, int) and tv >= 1000 else None)),
                       border=True, h="right")
                write_v(sh, f"{L}{10+2*k}", rr[k], border=True, h="right")
                rcells.append(f"{L}{10+2*k}")
            if i == "C20":
                sh.put(f"{L}17", "-", h="center", border=True)
            elif i in NEG:
                sh.put(f"{L}17", f"=(2*{L}15-{L}16)/{L}15*100", fmt=FMT_DEC2, border=True)
            elif i == "C15":
                sh.put(f"{L}17", "-", h="center", border=True)
            elif i == "C03":
                sh.put(f"{L}17", f"={L}16*100/{L}15*100", fmt=FMT_DEC2, border=True)
            else:
                sh.put(f"{L}17", f"={L}16/{L}15*100", fmt=FMT_DEC2, border=True)
            sh.put(f"{L}18", PJ[s], wrap=True, border=True)
            ag.add(sh, f"{L}6", Y, i, NAMES[i][Y], t.key, agg(rr, "last"), ([f"{L}8"], "value"), (rcells, "last"), col=True)
    # hidden draft column: a combined indicator dropped before the PK was signed
    H = hidden_col
    sh.put(f"{H}6", "Jumlah alkes yang diuji dan dikalibrasi (gabungan)", wrap=True, border=True)
    sh.put(f"{H}7", "alat")
    sh.put(f"{H}8", 5700, fmt=FMT_INT)
    sh.hide_col(H)
    sh.put("A20", "Catatan: angka realisasi bersifat kumulatif sejak awal tahun. Ketertelusuran alat standar TW IV menunggu sertifikat dari laboratorium rujukan.", italic=True)
    signature(sh, 22, cols[order[-5]], "14 Januari 2022", KEPALA2)
    nt = book.sheet("Catatan")
    nt.width("A", 100)
    for k, l in enumerate(["Mulai 2021 pelayanan keliling diganti pelayanan jemput bola ke fasyankes (SK Kepala Dinas).",
                           "Indikator jumlah alkes laik pakai ditambahkan untuk mendukung indikator persentase laik pakai.",
                           "Realisasi s.d. TW III jumlah fasyankes dilayani termasuk fasyankes yang dilayani dua kali (akan dikoreksi)."]):
        nt.put(f"A{k+1}", l)


# =========================================================================== 2022: cards with quarterly mini tables (novel)
def cards2022(ag, book):
    Y = 2022
    sh = book.sheet("Kartu IKU 2022")
    N, I_ = num, FMT_INT
    # annual target V, TW targets, TW realisasi, annual realisasi mode
    #   mode: "sum" -> =SUM(TW I..IV); "sum3" -> =SUM(TW I..III) (planted); "last" -> =TW IV; "avg" -> =AVERAGE;
    #         ("typed", V) -> typed value
    D = {
        "C01": (txt(2800, "alat"), [700] * 4, [655, 742, 768, 739], "sum"),
        "C02": (N(3500, I_), [875] * 4, [850, 912, 936, 914], "sum3"),
        "C03": (txt(92, "%"), [92] * 4, [93.1, 93.8, 94.2, 94.05], "last"),
        "C04": (N(5900, I_), [1475] * 4, [1420, 1562, 1605, 1541], "sum"),
        "C18": (N(2800, I_), [700] * 4, [651, 738, 770, 735], "sum"),
        "C19": (N(3500, I_), [875] * 4, [846, 905, 931, 916], "sum"),
        "C06": (V(10, "≤ 10 hari"), [10] * 4, [11, 10.5, 10, 10.5], "avg"),
        "C07": (N(150), [38, 37, 38, 37], [36, 41, 44, 37], "sum"),
        "C08": (N(90), [90] * 4, [85.71, 88.57, 91.43, 92.86], "last"),
        "C09": (N(95), [95] * 4, [93.3, 96.7, 100, 100], "last"),
        "C10b": (N(12), [3] * 4, [3, 4, 3, 4], "sum"),
        "C11": (N(100), [100] * 4, [100, 95, 100, 100], "avg"),
        "C12": (N(82), [None, 82, None, 82], [None, 83.1, None, 83.6], ("typed", N(83.6, FMT_DEC2))),
        "C13": (N(32), [29, 30, 31, 32], [29, 30, 30, 31], "last"),
        "C14": (N(12), [3] * 4, [0, 5, 4, 3], "sum"),
        "C15": (N(100), [100] * 4, [95.2, 100, 100, 100], "last"),
        # planted: computed annual cell typed over (1.621.300.000 while the quarters add up to 1.612.300.000)
        "C16": (rpv(1550000000), [387500000] * 4, [362150000, 401800000, 418350000, 430000000],
                ("typed", N(1621300000, FMT_ACC))),
        "C17": (N(96), [20, 45, 70, 96], [19.4, 45.1, 71.8, 97.05], "last"),
        "C21": (N(6), [1, 2, 1, 2], [1, 2, 1, 2], "sum"),
    }
    starts = ["A", "F", "K"]
    for c0 in starts:
        b = ci(c0)
        sh.width(col(b), 11)
        sh.width(col(b + 1), 14)
        sh.width(col(b + 2), 14)
        sh.width(col(b + 3), 9)
    sh.width("E", 3)
    sh.width("J", 3)
    sh.merge("A1:N1", "KARTU KINERJA INDIKATOR KINERJA UTAMA (IKU) TAHUN 2022", bold=True, h="center", size=12)
    sh.merge("A2:N2", "UPTD BALAI PENGAMANAN FASILITAS KESEHATAN - DINAS KESEHATAN KOTA TANJUNG REMBULAN", bold=True, h="center")
    r = 4
    letter = 0
    hd = dict(bold=True, h="center", border=True, fill=GREY)
    for s, ids in ids_of(Y):
        sh.merge(f"A{r}:N{r}", f"SASARAN : {SAS[s]}", bold=True, fill=YELLOW, border=True)
        r += 2
        for k in range(0, len(ids), 3):
            for j, i in enumerate(ids[k:k + 3]):
                c0 = ci(starts[j])
                C = [col(c0 + x) for x in range(4)]
                name = f"{'abcdefghijklmnopqrs'[letter]}) {NAMES[i][Y]}"
                letter += 1
                sh.merge(f"{C[0]}{r}:{C[3]}{r}", name, bold=True, wrap=True, border=True, fill=BLUE)
                sh.ws.row_dimensions[r].height = 32
                sh.put(f"{C[0]}{r+1}", "Satuan", border=True)
                sh.merge(f"{C[1]}{r+1}:{C[3]}{r+1}", UNIT[i], border=True)
                for x, t in enumerate(["Periode", "Target", "Realisasi", "%"]):
                    sh.put(f"{C[x]}{r+2}", t, **hd)
                t, tq, rq, mode = D[i]
                fm = FMT_ACC if i == "C16" else (FMT_INT if max(v for v in tq if v is not None) >= 1000 else None)
                for q in range(4):
                    rr = r + 3 + q
                    sh.put(f"{C[0]}{rr}", ["TW I", "TW II", "TW III", "TW IV"][q], border=True)
                    sh.put(f"{C[1]}{rr}", tq[q] if tq[q] is not None else "-", fmt=fm, border=True, h="right")
                    sh.put(f"{C[2]}{rr}", rq[q] if rq[q] is not None else "-", fmt=fm, border=True, h="right")
                    if tq[q] is not None and rq[q] is not None:
                        f = f"=(2*{C[1]}{rr}-{C[2]}{rr})/{C[1]}{rr}*100" if i in NEG else f"={C[2]}{rr}/{C[1]}{rr}*100"
                        sh.put(f"{C[3]}{rr}", f, fmt=FMT_DEC1, border=True)
                    else:
                        sh.put(f"{C[3]}{rr}", "-", h="center", border=True)
                ya = r + 7
                sh.put(f"{C[0]}{ya}", "Tahun 2022", bold=True, border=True)
                write_v(sh, f"{C[1]}{ya}", t, bold=True, border=True, h="right", numfmt=fm)
                q1, q4 = f"{C[2]}{r+3}", f"{C[2]}{r+6}"
                q3 = f"{C[2]}{r+5}"
                vals = [v for v in rq if v is not None]
                if mode == "sum":
                    sh.put(f"{C[2]}{ya}", f"=SUM({q1}:{q4})", fmt=fm, bold=True, border=True)
                    real = r2(sum(vals), 6)
                elif mode == "sum3":
                    sh.put(f"{C[2]}{ya}", f"=SUM({q1}:{q3})", fmt=fm, bold=True, border=True)
                    real = r2(sum(rq[:3]), 6)
                elif mode == "last":
                    sh.put(f"{C[2]}{ya}", f"={q4}", fmt=fm, bold=True, border=True)
                    real = rq[3]
                elif mode == "avg":
                    sh.put(f"{C[2]}{ya}", f"=AVERAGE({q1}:{q4})", fmt=FMT_DEC2, bold=True, border=True)
                    real = r2(sum(vals) / len(vals), 6)
                else:
                    write_v(sh, f"{C[2]}{ya}", mode[1], bold=True, border=True)
                    real = mode[1].key
                if isinstance(t.write, (int, float)):
                    f = f"=(2*{C[1]}{ya}-{C[2]}{ya})/{C[1]}{ya}*100" if i in NEG else f"={C[2]}{ya}/{C[1]}{ya}*100"
                    sh.put(f"{C[3]}{ya}", f, fmt=FMT_DEC1, bold=True, border=True)
                else:
                    cp = capaian(t.key, real, i)
                    sh.put(f"{C[3]}{ya}", idn(cp, 1), bold=True, border=True, h="right")
                ag.add(sh, f"{C[0]}{r}", Y, i, name, t.key, real, ([f"{C[1]}{ya}"], "value"),
                       ([f"{C[2]}{ya}"], "value"), col=True)
            r += 9
        r += 1
    sh.put(f"A{r}", "Catatan: mulai 2022 sertifikat hasil pengujian dan hasil kalibrasi dilaporkan terpisah.", italic=True)
    signature(sh, r + 2, "K", "16 Januari 2023", KEPALA2)
    p = book.sheet("Petunjuk")
    p.width("A", 100)
    for k, l in enumerate(["Satu kartu untuk satu indikator. Baris 'Tahun 2022' berisi target dan realisasi tahunan.",
                           "Indikator jumlah dihitung dengan menjumlahkan triwulan; indikator persentase memakai nilai TW IV.",
                           "Waktu terbit sertifikat adalah indikator negatif (makin kecil makin baik)."]):
        p.put(f"A{k+1}", l)
    dat = book.sheet("Data", hidden=True)
    dat.put("A1", "data mentah SIMALKES (jangan diubah)")
    dat.put("A2", "alat diuji")
    dat.put("B2", 2904)
    dat.put("A3", "alat dikalibrasi")
    dat.put("B3", 3612)


def main():
    ag = Agency(SLUG, AG_NAME, [2019, 2020, 2021, 2022], FLOW, LEVEL)
    ag.ambiguous = [["C10", "C10b"]]
    b1 = Book(ag, "Pengukuran Kinerja BPFK 2019-2020", "xls")
    pk2019_2020(ag, b1)
    b2 = Book(ag, "RA dan Realisasi Kumulatif BPFK 2021", "xlsx")
    turned2021(ag, b2)
    b3 = Book(ag, "Kartu Kinerja IKU BPFK 2022", "ods")
    cards2022(ag, b3)
    ag.finish()
    return ag


if __name__ == "__main__":
    a = main()
    print(SLUG, len(a.rows), "key rows")
