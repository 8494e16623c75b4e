"""Agency 1: UPTD Balai Kesehatan Mata Masyarakat (BKMM), Provinsi Lembah Sagara, 2020-2023."""
import random
from common import *

SLUG = "uptd_bkmm_prov_lembah_sagara"
AG_NAME = "UPTD Balai Kesehatan Mata Masyarakat (BKMM) Provinsi Lembah Sagara"
FLOW = {"A01", "A03", "A06", "A07", "A09", "A10", "A13", "A14", "A15", "A16", "A20", "A21", "A24"}
LEVEL = {"A02", "A04", "A05", "A08", "A11", "A12", "A17", "A17b", "A18", "A19", "A22"}

SAS = {
    "S1": "Meningkatnya deteksi dini gangguan penglihatan pada masyarakat",
    "S2": "Meningkatnya penanganan katarak",
    "S3": "Meningkatnya mutu pelayanan kesehatan mata",
    "S4": "Meningkatnya kapasitas tenaga dan jejaring kesehatan mata",
    "S5": "Meningkatnya akuntabilitas kinerja UPTD",
}
UNIT = {"A01": "orang", "A02": "%", "A07": "siswa", "A06": "buah", "A08": "%", "A03": "operasi",
        "A04": "per 1 juta penduduk", "A05": "%", "A09": "kunjungan", "A10": "kunjungan", "A11": "nilai",
        "A12": "menit", "A13": "pasien", "A14": "kali", "A24": "orang", "A15": "orang", "A16": "orang",
        "A22": "%", "A17": "Puskesmas", "A17b": "FKTP", "A18": "predikat", "A19": "%", "A20": "dokumen",
        "A21": "Rp"}
NAMES = {
    "A01": {2020: "Jumlah penduduk yang mendapatkan skrining mata",
            2021: "Jumlah penduduk yg mendapat skrining kesehatan mata",
            2022: "Jumlah Penduduk yang Diskrining Kesehatan Mata (orang)",
            2023: "Jumlah penduduk yang mendapatkan skrining mata"},
    "A02": {2020: "Persentase penderita kelainan refraksi yang ditindaklanjuti",
            2021: "Prosentase penderita kelainan refraksi yang ditindak lanjuti",
            2022: "Persentase kelainan refraksi yang ditindaklanjuti",
            2023: "Persentase penderita kelainan refraksi yg ditindaklanjuti"},
    "A07": {2020: "Jumlah siswa SD/SMP yang diperiksa tajam penglihatan",
            2021: "Jumlah siswa SD dan SMP yang diperiksa tajam penglihatannya",
            2022: "Jumlah siswa yang diperiksa visus (SD/SMP)",
            2023: "Jumlah siswa SD/SMP yang diperiksa tajam penglihatan"},
    "A06": {2020: "Jumlah kacamata yang dibagikan kepada siswa",
            2021: "Jumlah kacamata gratis bagi siswa dg kelainan refraksi",
            2022: "Jumlah siswa penerima kacamata",
            2023: "Jumlah kacamata bagi siswa (buah)"},
    "A08": {2021: "Persentase siswa dg kelainan refraksi yang menerima kacamata",
            2022: "Persentase siswa penerima kacamata",
            2023: "Persentase siswa penerima kacamata thd siswa dg kelainan refraksi"},
    "A03": {2020: "Jumlah operasi katarak",
            2021: "Jumlah Operasi Katarak (mata)",
            2022: "JUMLAH OPERASI KATARAK",
            2023: "Jumlah tindakan operasi katarak"},
    "A04": {2020: "Cataract Surgical Rate\n(CSR)",
            2021: "Angka Cataract Surgical Rate (CSR) per 1 juta penduduk",
            2022: "CSR (per 1.000.000 penduduk)",
            2023: "Cataract Surgical Rate / CSR"},
    "A05": {2020: "Persentase pasien pasca operasi katarak dengan visus baik",
            2021: "Persentase operasi katarak dengan hasil tajam penglihatan baik (≥ 6/18)",
            2022: "Persentase pasca operasi katarak dg visus baik",
            2023: "Persentase pasien pasca operasi katarak dengan visus ≥ 6/18"},
    "A09": {2020: "Jumlah kunjungan rawat jalan",
            2021: "Jumlah kunjungan pasien rawat jalan",
            2022: "Jumlah Kunjungan Rawat Jalan (seluruh pasien)",
            2023: "Jumlah kunjungan rawat jalan"},
    "A10": {2020: "Jumlah kunjungan baru rawat jalan",
            2021: "Jumlah kunjungan pasien baru rawat jalan",
            2022: "Jumlah Kunjungan Baru Rawat Jalan",
            2023: "Jumlah kunjungan baru rawat jalan "},
    "A11": {2020: "Indeks Kepuasan Masyarakat (IKM)",
            2021: "Nilai IKM",
            2022: "Indeks Kepuasan Masyarakat",
            2023: "Indeks Kepuasan Masyarakat (IKM) thd pelayanan BKMM"},
    "A12": {2020: "Rata-rata waktu tunggu pelayanan rawat jalan (menit)",
            2021: "Rata - rata waktu tunggu rawat jalan",
            2022: "Rerata waktu tunggu pelayanan rawat jalan",
            2023: "Rata-rata waktu tunggu pelayanan (menit)"},
    "A13": {2021: "Jumlah pasien low vision yang mendapat layanan rehabilitasi",
            2022: "Jumlah pasien low vision yg dilayani",
            2023: "Jumlah layanan low vision (pasien)"},
    "A14": {2020: "Jumlah kegiatan pelayanan kesehatan mata keliling",
            2021: "Jumlah pelayanan mata keliling / bakti sosial (kali)",
            2022: "Frekuensi pelayanan kesehatan mata keliling"},
    "A24": {2020: "Jumlah tenaga kesehatan dan kader yang dilatih deteksi dini gangguan penglihatan"},
    "A15": {2021: "Jumlah tenaga kesehatan yang dilatih deteksi dini gangguan penglihatan",
            2022: "Jumlah nakes terlatih deteksi dini gangguan penglihatan",
            2023: "Jumlah tenaga kesehatan yang dilatih deteksi dini gangguan penglihatan & refraksi"},
    "A16": {2021: "Jumlah kader kesehatan mata yang dilatih",
            2022: "Jumlah kader terlatih kesehatan mata",
            2023: "Jumlah kader kesehatan mata yg dilatih"},
    "A22": {2020: "Persentase tenaga kesehatan yang memiliki STR aktif",
            2021: "Persentase nakes dengan STR aktif"},
    "A17": {2020: "Jumlah Puskesmas yang melaksanakan skrining mata",
            2021: "Jumlah Puskesmas yang melaksanakan skrining kesehatan mata"},
    "A17b": {2022: "Jumlah FKTP yang mampu melakukan deteksi dini gangguan penglihatan",
             2023: "Jumlah FKTP yang mampu deteksi dini gangguan penglihatan"},
    "A18": {2020: "Nilai evaluasi SAKIP UPTD",
            2021: "Hasil Evaluasi AKIP oleh Inspektorat",
            2022: "Nilai Evaluasi SAKIP",
            2023: "Predikat SAKIP UPTD"},
    "A19": {2020: "Persentase realisasi anggaran",
            2021: "Persentase serapan anggaran",
            2022: "Persentase Realisasi Anggaran UPTD",
            2023: "Persentase penyerapan anggaran"},
    "A20": {2020: "Jumlah dokumen perencanaan dan pelaporan yang tersusun tepat waktu",
            2021: "Jumlah dokumen perencanaan & pelaporan tepat waktu",
            2022: "Dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu (dok)",
            2023: "Jumlah dokumen perencanaan dan pelaporan tepat waktu"},
    "A21": {2020: "Pendapatan retribusi pelayanan kesehatan mata",
            2021: "Jumlah pendapatan retribusi pelayanan (Rp)",
            2022: "Realisasi pendapatan retribusi pelayanan kesehatan mata",
            2023: "Pendapatan retribusi pelayanan kesehatan mata (Rp)"},
}
GROUPS = [("S1", ["A01", "A02", "A07", "A06", "A08"]),
          ("S2", ["A03", "A04", "A05"]),
          ("S3", ["A09", "A10", "A11", "A12", "A13", "A14"]),
          ("S4", ["A24", "A15", "A16", "A22", "A17", "A17b"]),
          ("S5", ["A18", "A19", "A20", "A21"])]


def ids_of(year):
    return [(s, [i for i in ids if year in NAMES[i]]) for s, ids in GROUPS]


KEPALA1 = ("dr. RATNA KUSUMAWARDANI, Sp.M", "Pembina (IV/a)", "NIP. 19780412 200604 2 011")
KEPALA2 = ("dr. HENDRA WIRATAMA, Sp.M., M.Kes.", "Pembina Tk. I (IV/b)", "NIP. 19760923 200312 1 004")


def signature(sh, r, colL, date, who):
    sh.put(f"{colL}{r}", f"Wanaraja, {date}")
    sh.put(f"{colL}{r+1}", "Kepala UPTD Balai Kesehatan Mata Masyarakat")
    sh.put(f"{colL}{r+2}", "Provinsi Lembah Sagara")
    sh.put(f"{colL}{r+6}", who[0], bold=True)
    sh.put(f"{colL}{r+7}", who[1])
    sh.put(f"{colL}{r+8}", who[2])


# =========================================================================== 2020: PK (annual)
def pk2020(ag, book):
    Y = 2020
    sh = book.sheet("PK 2020")
    for c, w in zip("ABCDEFGHI", (5, 30, 48, 12, 13, 14, 14, 11, 22)):
        sh.width(c, w)
    sh.merge("A1:I1", "PENGUKURAN KINERJA", bold=True, h="center", size=13)
    sh.merge("A2:I2", "UPTD BALAI KESEHATAN MATA MASYARAKAT", bold=True, h="center")
    sh.merge("A3:I3", "DINAS KESEHATAN PROVINSI LEMBAH SAGARA", bold=True, h="center")
    sh.merge("A4:I4", "TAHUN ANGGARAN 2020", bold=True, h="center")
    hd = dict(bold=True, h="center", wrap=True, border=True, fill=GREY)
    sh.merge("A6:A7", "No", **hd)
    sh.merge("B6:B7", "Sasaran Strategis", **hd)
    sh.merge("C6:C7", "Indikator Kinerja", **hd)
    sh.merge("D6:D7", "Satuan", **hd)
    sh.merge("E6:F6", "Target 2020", **hd)
    sh.put("E7", "PK Awal", **hd)
    sh.put("F7", "PK Perubahan", **hd)
    sh.merge("G6:G7", "Realisasi 2020", **hd)
    sh.merge("H6:H7", "Capaian (%)", **hd)
    sh.merge("I6:I7", "Keterangan", **hd)
    for i, c in enumerate("ABCDEFGHI"):
        sh.put(f"{c}8", f"({i+1})", h="center", border=True, italic=True)
    # target (PK Perubahan), PK Awal, realisasi
    T = {"A01": (V(18000, "18.000 *)"), num(25000, FMT_INT), num(16412, FMT_INT)),
         "A02": (num(70), num(75), pct(68.4)),
         "A07": (num(9000, FMT_INT), num(12000, FMT_INT), num(7215, FMT_INT)),
         "A06": (num(1500, FMT_INT), num(2000, FMT_INT), num(1320, FMT_INT)),
         "A03": (num(1200, FMT_INT), num(1500, FMT_INT), num(948, FMT_INT)),
         "A04": (num(250), num(300), num(198)),
         "A05": (num(80), num(80), pct(83.1)),
         # planted: PK Perubahan typed 210.000 (ten times the 21.000 meant; PK Awal 24.000)
         "A09": (num(210000, FMT_INT), num(24000, FMT_INT), num(15634, FMT_INT)),
         "A10": (num(7500, FMT_INT), num(8000, FMT_INT), num(5210, FMT_INT)),
         "A11": (num(80), num(80), num(82.15, FMT_DEC2)),
         "A12": (num(60), num(60), num(72)),
         "A14": (num(24), num(36), num(14)),
         "A24": (num(300), num(400), num(214)),
         "A22": (num(100), num(100), num(92.3, FMT_DEC1)),
         "A17": (num(40), num(40), num(36)),
         "A18": (grade("B"), grade("B"), grade("B")),
         # planted: realisasi typed as a fraction (0,8862 for 88,62) in a plain cell
         "A19": (num(95), num(95), num(0.8862)),
         "A20": (num(6), num(6), num(6)),
         "A21": (num(850000000, FMT_ACC), num(1000000000, FMT_ACC), rpv(712340000, 2)),
         }
    r = 9
    no = 0
    for s, ids in ids_of(Y):
        start = r
        for i in ids:
            if i == "A02":
                pass
            no += 1
            t, ta, re = T[i]
            sh.put(f"A{r}", no, h="center", border=True)
            if i == "A17":
                # planted layout slip: the indicator typed in the Sasaran column, Indikator left empty
                sh.put(f"B{r}", NAMES[i][Y], wrap=True, border=True)
                sh.put(f"C{r}", None, border=True)
                name_cell = f"B{r}"
            else:
                sh.put(f"C{r}", NAMES[i][Y], wrap=True, border=True)
                name_cell = f"C{r}"
            sh.put(f"D{r}", UNIT[i], h="center", border=True)
            write_v(sh, f"E{r}", ta, border=True, h="right")
            write_v(sh, f"F{r}", t, border=True, h="right")
            write_v(sh, f"G{r}", re, border=True, h="right")
            if i in ("A18",):
                sh.put(f"H{r}", "-", h="center", border=True)
            elif i in ("A01", "A21"):
                val = {"A01": 91.18, "A21": 83.8}[i]
                sh.put(f"H{r}", val, fmt=FMT_DEC2, border=True)
            elif i == "A12":
                sh.put(f"H{r}", f"=(2*F{r}-G{r})/F{r}*100", fmt=FMT_DEC2, border=True)
            elif re.fmt and "%" in re.fmt:
                sh.put(f"H{r}", f"=(G{r}*100)/F{r}*100", fmt=FMT_DEC2, border=True)
            else:
                sh.put(f"H{r}", f"=G{r}/F{r}*100", fmt=FMT_DEC2, border=True)
            sh.put(f"I{r}", None, border=True)
            ag.add(sh, name_cell, Y, i, NAMES[i][Y], t.key, re.key, ([f"F{r}"], "value"), ([f"G{r}"], "value"))
            r += 1
            if i == "A02":
                # hidden draft row (an older formulation kept by the clerk)
                sh.put(f"C{r}", "Jumlah penduduk diskrining (usulan awal)", border=True)
                sh.put(f"D{r}", "orang", border=True)
                sh.put(f"E{r}", 30000, fmt=FMT_INT, border=True)
                sh.put(f"F{r}", 30000, fmt=FMT_INT, border=True)
                sh.hide_row(r)
                r += 1
        end = r - 1 if s != "S4" else r - 2  # S4: the last indicator sits in the Sasaran column
        if end > start:
            sh.merge(f"B{start}:B{end}", SAS[s], wrap=True, v="top", border=True)
        else:
            sh.put(f"B{start}", SAS[s], wrap=True, v="top", border=True)
    r += 1
    sh.put(f"B{r}", "*) Target PK Perubahan menyesuaikan refocusing anggaran penanganan COVID-19", italic=True)
    r += 2
    sh.put(f"B{r}", "Jumlah Anggaran Tahun 2020")
    sh.put(f"C{r}", ": Rp. 4.215.600.000,-")
    sh.put(f"B{r+1}", "Jumlah Realisasi Anggaran Tahun 2020")
    sh.put(f"C{r+1}", ": Rp. 3.642.118.450,-")
    signature(sh, r + 3, "G", "31 Desember 2020", KEPALA1)


# =========================================================================== 2021: Rencana Aksi (quarters across, T/R)
def ra2021(ag, book):
    Y = 2021
    sh = book.sheet("RA 2021")
    widths = (5, 28, 46, 11, 12, 9, 9, 9, 9, 9, 9, 9, 9, 24)
    for c, w in zip("ABCDEFGHIJKLMN", widths):
        sh.width(c, w)
    sh.merge("A1:N1", "RENCANA AKSI DAN REALISASI KINERJA TRIWULANAN", bold=True, h="center", size=13)
    sh.merge("A2:N2", "UPTD BALAI KESEHATAN MATA MASYARAKAT PROVINSI LEMBAH SAGARA", bold=True, h="center")
    sh.merge("A3:N3", "TAHUN 2021", bold=True, h="center")
    hd = dict(bold=True, h="center", wrap=True, border=True, fill=BLUE)
    sh.merge("A5:A7", "No", **hd)
    sh.merge("B5:B7", "Sasaran", **hd)
    sh.merge("C5:C7", "Indikator Kinerja", **hd)
    sh.merge("D5:D7", "Satuan", **hd)
    sh.merge("E5:E7", "Target Tahunan", **hd)
    sh.merge("F5:M5", "Target dan Realisasi per Triwulan", **hd)
    for k, (lab, c1, c2) in enumerate([("TW I (Maret)", "F", "G"), ("TW II (Juni)", "H", "I"),
                                        ("TW III (September)", "J", "K"), ("TW IV (Desember)", "L", "M")]):
        sh.merge(f"{c1}6:{c2}6", lab, **hd)
        sh.put(f"{c1}7", "T", **hd)
        sh.put(f"{c2}7", "R", **hd)
    sh.merge("N5:N7", "Penanggung Jawab", **hd)
    N, D = num, dash
    I_ = FMT_INT
    # annual target, [T1..T4], [R1..R4]
    Q = {
        "A01": (num(15000, I_), [N(3000, I_), N(4000, I_), N(4000, I_), N(4000, I_)],
                # planted: TW III realisasi typed 4.21 (thousands lost: 4.210 meant)
                [N(3102, I_), N(4560, I_), N(4.21), N(3998, I_)]),
        "A02": (num(72), [N(72)] * 4, [pct(65.2), pct(69.8), pct(71.5), pct(74.1)]),
        "A07": (num(10000, I_), [N(0), N(4000, I_), N(2000, I_), N(4000, I_)],
                [D(), N(3850, I_), N(1420, I_), N(5218, I_)]),
        "A06": (num(1800, I_), [N(200), N(600), N(400), N(600)], [N(210), N(655), N(380), N(600)]),
        "A08": (num(80), [N(80)] * 4, [N(75.0, FMT_DEC1), N(78.3, FMT_DEC1), N(80.9, FMT_DEC1), N(82.6, FMT_DEC1)]),
        "A03": (num(1100, I_), [N(250), N(300), N(275), N(275)], [N(236), N(301), N(288), N(338)]),
        "A04": (num(240), [N(60), N(120), N(180), N(240)], [N(52), N(112), N(175), N(243)]),
        "A05": (num(80), [N(80)] * 4, [N(82.0, FMT_DEC1), N(83.5, FMT_DEC1), N(84.1, FMT_DEC1), N(84.6, FMT_DEC1)]),
        "A09": (num(18000, I_), [N(4000, I_), N(4500, I_), N(4500, I_), N(5000, I_)],
                [N(3870, I_), N(4512, I_), N(5206, I_), N(5619, I_)]),
        "A10": (num(6500, I_), [N(1500, I_), N(1600, I_), N(1700, I_), N(1700, I_)],
                [N(1420, I_), N(1688, I_), N(1795, I_), N(2001, I_)]),
        "A11": (num(81), [D(), N(81), D(), N(81)], [blank(), N(82.6, FMT_DEC2), blank(), N(83.40, FMT_DEC2)]),
        "A12": (num(60), [N(60)] * 4, [N(66), N(61), N(59), N(58)]),
        "A13": (num(120), [N(30)] * 4, [N(18), N(25), N(27), N(27)]),
        "A14": (num(24), [N(6)] * 4, [N(4), N(7), N(8), N(7)]),
        "A15": (num(120), [N(0), N(40), N(40), N(40)], [N(0), N(40), N(48), N(30)]),
        "A16": (num(180), [N(45)] * 4, [N(30), N(62), N(54), N(50)]),
        # level, TW IV not yet reported
        "A22": (num(100), [N(100)] * 4, [N(92.3, FMT_DEC1), N(94.2, FMT_DEC1), N(96.15, FMT_DEC2), blank()]),
        # level (Puskesmas running screening); the TW III count falls
        "A17": (num(45), [N(30), N(35), N(40), N(45)], [N(30), N(41), N(39), N(47)]),
        "A18": (grade("BB"), [D(), D(), D(), grade("BB")], [D(), D(), D(), grade("B")]),
        "A19": (num(95), [N(20), N(45), N(70), N(95)], [N(18.2, FMT_DEC1), N(41.6, FMT_DEC1), N(67.9, FMT_DEC1), N(93.4, FMT_DEC1)]),
        "A20": (num(6), [N(2), N(1), N(1), N(2)], [N(2), N(1), N(1), N(2)]),
        "A21": (num(800000000, FMT_ACC),
                [N(150000000, FMT_ACC), N(200000000, FMT_ACC), N(200000000, FMT_ACC), N(250000000, FMT_ACC)],
                [N(152300000, FMT_ACC), N(218775000, FMT_ACC), N(236900000, FMT_ACC), N(263475000, FMT_ACC)]),
    }
    PJ = {"S1": "Seksi Promosi dan Pencegahan", "S2": "Seksi Pelayanan Medik",
          "S3": "Seksi Pelayanan Medik", "S4": "Seksi Promosi dan Pencegahan", "S5": "Subbag Tata Usaha"}
    r = 8
    no = 0
    for s, ids in ids_of(Y):
        start = r
        for i in ids:
            no += 1
            t, qt, qr = Q[i]
            sh.put(f"A{r}", no, h="center", border=True)
            sh.put(f"C{r}", NAMES[i][Y], wrap=True, border=True)
            sh.put(f"D{r}", UNIT[i], h="center", border=True)
            write_v(sh, f"E{r}", t, border=True)
            tc, rc = ["F", "H", "J", "L"], ["G", "I", "K", "M"]
            for k in range(4):
                write_v(sh, f"{tc[k]}{r}", qt[k], border=True, h="right")
                write_v(sh, f"{rc[k]}{r}", qr[k], border=True, h="right")
            sh.put(f"N{r}", PJ[s], wrap=True, border=True)
            how = "sum" if i in FLOW else "last"
            ag.add(sh, f"C{r}", Y, i, NAMES[i][Y], t.key, agg(qr, how),
                   ([f"E{r}"], "value"), ([f"{c}{r}" for c in rc], how))
            r += 1
        sh.merge(f"B{start}:B{r-1}", SAS[s], wrap=True, v="top", border=True)
    r += 1
    sh.put(f"B{r}", "Keterangan: T = Target, R = Realisasi. Target triwulan indikator persentase dan indeks adalah nilai pada akhir triwulan.", italic=True)
    sh.put(f"B{r+1}", "Realisasi TW IV persentase nakes ber-STR belum masuk (menunggu data Bidang SDMK).", italic=True)
    signature(sh, r + 3, "K", "10 Januari 2022", KEPALA1)

    # a notes sheet and a hidden draft sheet (no key rows)
    nt = book.sheet("Catatan")
    nt.width("A", 110)
    lines = ["Catatan penyusunan Rencana Aksi 2021:",
             "1. Indikator jumlah tenaga kesehatan dan kader terlatih tahun 2020 dipecah menjadi dua indikator (nakes dan kader).",
             "2. Indikator low vision ditambahkan sesuai Renstra perubahan.",
             "3. Data kunjungan berasal dari SIMRS BKMM; data skrining dari laporan Puskesmas mitra.",
             "4. Realisasi triwulan diisi paling lambat tanggal 10 bulan berikutnya."]
    for k, l in enumerate(lines):
        nt.put(f"A{k+1}", l)
    dr = book.sheet("draft RA", hidden=True)
    dr.put("A1", "DRAFT - jangan dicetak")
    dr.put("A3", "Jumlah penduduk yg mendapat skrining kesehatan mata")
    dr.put("B3", 20000)
    dr.put("A4", "Jumlah Operasi Katarak (mata)")
    dr.put("B4", 1500)


# =========================================================================== 2022: LKjIP Bab III, split over two sheets
def lkjip2022(ag, book):
    Y = 2022
    # hidden data sheet that the Realisasi 2022 column links to
    data_rows = {}
    R22 = {"A01": 21344, "A02": 77.0, "A07": 12960, "A06": 2110, "A08": 88.9, "A03": 1452, "A04": 301,
           "A05": 86.2, "A09": 23418, "A10": 8377, "A11": 84.02, "A12": 47, "A14": 31, "A15": 156, "A16": 188,
           "A17b": 58, "A19": 96.71, "A20": 7}
    order = ["A01", "A02", "A07", "A06", "A08", "A03", "A04", "A05", "A09", "A10", "A11", "A12", "A14",
             "A15", "A16", "A17b", "A19", "A20"]
    specs = {
        # id: (target V, real2020, real2021, renstra2023)
        "A01": (num(20000, FMT_INT), txt(16412), txt(15870), num(24000, FMT_INT)),
        "A02": (num(75), V(None, "68,4"), V(None, "74,1"), num(78)),
        "A07": (num(12000, FMT_INT), txt(7215), txt(10488), num(14000, FMT_INT)),
        "A06": (num(2000, FMT_INT), txt(1320), txt(1845), num(2400, FMT_INT)),
        "A08": (num(85), dash(), V(None, "82,6"), num(90)),
        "A03": (num(1400, FMT_INT), txt(948), txt(1163), num(1600, FMT_INT)),
        "A04": (num(290), txt(198), txt(243), num(330)),
        "A05": (num(85), V(None, "83,1"), V(None, "84,6"), num(85)),
        "A09": (num(22000, FMT_INT), txt(15634), txt(19207), num(25000, FMT_INT)),
        "A10": (num(8000, FMT_INT), txt(5210), txt(6904), num(9000, FMT_INT)),
        "A11": (V(82, "≥ 82"), V(None, "82,15"), V(None, "83,40"), num(83)),
        "A12": (V(45, "45 - 50"), txt(72), txt(58), num(45)),
        "A13": (num(150), dash(), txt(97), num(180)),
        "A14": (num(30), txt(14), txt(26), num(30)),
        "A15": (num(150), dash(), txt(118), num(160)),
        "A16": (num(200), dash(), txt(196), num(220)),
        "A17b": (num(60), dash(), dash(), num(70)),
        "A18": (grade("BB"), grade("B"), grade("B"), grade("A")),
        "A19": (num(95), V(None, "88,62"), V(None, "93,4"), num(97)),
        "A20": (num(7), txt(6), txt(6), num(7)),
        "A21": (num(950000000, FMT_ACC), rpv(712340000), rpv(871450000), num(1100000000, FMT_ACC)),
    }
    SHORT = {"A01": "skrining", "A02": "refraksi ditindaklanjuti", "A07": "siswa diperiksa", "A06": "kacamata",
             "A08": "% siswa kacamata", "A03": "op katarak", "A04": "CSR", "A05": "visus baik", "A09": "kunjungan RJ",
             "A10": "kunjungan baru", "A11": "IKM", "A12": "waktu tunggu", "A14": "keliling", "A15": "nakes latih",
             "A16": "kader latih", "A17b": "FKTP", "A19": "serapan", "A20": "dokumen"}
    dat = book.sheet("data", hidden=True)
    dat.put("A1", "rekap realisasi 2022 (dari seksi)")
    for k, i in enumerate(order):
        rr = 3 + k
        data_rows[i] = rr
        dat.put(f"A{rr}", SHORT[i])
        dat.put(f"B{rr}", UNIT[i])
        dat.put(f"C{rr}", R22[i])

    def header(sh, title):
        for c, w in zip("ABCDEFGHIJ", (6, 50, 12, 13, 13, 13, 13, 11, 14, 13)):
            sh.width(c, w)
        sh.merge("A1:J1", "BAB III  AKUNTABILITAS KINERJA", bold=True, size=12)
        sh.merge("A2:J2", title, bold=True)
        sh.merge("A3:J3", "Perbandingan Realisasi Kinerja Tahun 2020 s.d. 2022 dan Target Akhir Renstra UPTD BKMM", italic=True)
        hd = dict(bold=True, h="center", wrap=True, border=True, fill=GREY)
        sh.merge("A5:A6", "No", **hd)
        sh.merge("B5:B6", "Indikator Kinerja", **hd)
        sh.merge("C5:C6", "Satuan", **hd)
        sh.merge("D5:E5", "Realisasi", **hd)
        sh.put("D6", "2020", **hd)
        sh.put("E6", "2021", **hd)
        sh.merge("F5:H5", "Tahun 2022", **hd)
        sh.put("F6", "Target", **hd)
        sh.put("G6", "Realisasi", **hd)
        sh.put("H6", "Capaian (%)", **hd)
        sh.merge("I5:I6", "Target Akhir Renstra (2023)", **hd)
        sh.merge("J5:J6", "Capaian s.d. 2022 thd Target Renstra (%)", **hd)
        for k, c in enumerate("ABCDEFGHIJ"):
            sh.put(f"{c}7", f"({k+1})", h="center", italic=True, border=True)

    sheets = [("Tabel 3.1", "Tabel 3.1 Capaian Indikator Kinerja Sasaran Tahun 2022", ["S1", "S2", "S3"]),
              ("Tabel 3.1 (lanjutan)", "Tabel 3.1 (lanjutan)", ["S4", "S5"])]
    no = 0
    snum = 0
    for title, caption, sas in sheets:
        sh = book.sheet(title)
        header(sh, caption)
        r = 8
        for s, ids in ids_of(Y):
            if s not in sas:
                continue
            snum += 1
            sh.merge(f"A{r}:J{r}", f"Sasaran {snum} : {SAS[s]}", bold=True, fill=YELLOW, border=True)
            r += 1
            for i in ids:
                no += 1
                t, d20, d21, ren = specs[i]
                sh.put(f"A{r}", no, h="center", border=True)
                sh.put(f"B{r}", NAMES[i][Y], wrap=True, border=True)
                sh.put(f"C{r}", UNIT[i], h="center", border=True)
                write_v(sh, f"D{r}", d20, border=True, h="right")
                write_v(sh, f"E{r}", d21, border=True, h="right")
                write_v(sh, f"F{r}", t, border=True, h="right")
                if i == "A13":
                    re = V(162, "162 *)")
                    write_v(sh, f"G{r}", re, border=True, h="right")
                elif i == "A18":
                    re = grade("BB")
                    write_v(sh, f"G{r}", re, border=True, h="center")
                elif i == "A21":
                    re = rpv(1012675000)
                    write_v(sh, f"G{r}", re, border=True, h="right")
                else:
                    src = data_rows[i]
                    if i == "A05":
                        src += 1  # planted: the link points one row down (A09's figure)
                    val = R22[order[order.index(i) + 1]] if i == "A05" else R22[i]
                    re = V(val, f"='data'!C{src}")
                    sh.put(f"G{r}", re.write, fmt=FMT_INT if val >= 1000 else "0.00", border=True)
                if i in ("A13", "A18", "A21", "A12"):
                    typed = {"A13": 108, "A18": 100, "A21": 106.6, "A12": 95.56}[i]
                    sh.put(f"H{r}", typed, fmt=FMT_DEC2, border=True)
                elif i == "A11":
                    sh.put(f"H{r}", f"=G{r}/82*100", fmt=FMT_DEC2, border=True)
                else:
                    sh.put(f"H{r}", f"=G{r}/F{r}*100", fmt=FMT_DEC2, border=True)
                write_v(sh, f"I{r}", ren, border=True, h="right")
                if i in ("A18", "A13", "A21", "A12"):
                    sh.put(f"J{r}", "-", h="center", border=True)
                else:
                    sh.put(f"J{r}", f"=G{r}/I{r}*100", fmt=FMT_DEC2, border=True)
                ag.add(sh, f"B{r}", Y, i, NAMES[i][Y], t.key, re.key, ([f"F{r}"], "value"), ([f"G{r}"], "value"))
                r += 1
        r += 1
        sh.put(f"B{r}", "*) data sementara s.d. 31 Desember 2022, menunggu validasi Dinas Kesehatan", italic=True)
        sh.put(f"B{r+1}", "Sumber: Laporan bulanan Seksi Pelayanan Medik dan Seksi Promosi & Pencegahan BKMM", italic=True)
        if title.endswith("(lanjutan)"):
            signature(sh, r + 3, "F", "20 Februari 2023", KEPALA2)
    ket = book.sheet("Keterangan")
    ket.width("A", 120)
    for k, l in enumerate([
        "Analisis capaian:",
        "- Indikator jumlah Puskesmas yang melaksanakan skrining mata (2020-2021) diganti menjadi jumlah FKTP yang mampu melakukan deteksi dini gangguan penglihatan (Renstra perubahan).",
        "- Pelayanan mata keliling tahun 2023 tidak lagi menjadi indikator kinerja.",
        "- Capaian waktu tunggu dihitung dengan rumus indikator negatif."]):
        ket.put(f"A{k+1}", l)


# =========================================================================== 2023: form, label : value blocks (novel)
def form2023(ag, book):
    Y = 2023
    sh = book.sheet("Form Capaian 2023")
    for c, w in zip("ABCDEFG", (5, 20, 2, 22, 16, 16, 16)):
        sh.width(c, w)
    sh.merge("A1:G1", "FORMULIR ISIAN CAPAIAN INDIKATOR KINERJA TAHUN 2023", bold=True, h="center", size=12)
    sh.merge("A2:G2", "UPTD Balai Kesehatan Mata Masyarakat Provinsi Lembah Sagara", bold=True, h="center")
    sh.merge("A3:G3", "(diisi oleh masing-masing Seksi, direkap oleh Subbag Tata Usaha)", italic=True, h="center")
    # target V, realisasi V, capaian (formula or text), penjelasan
    F = {
        "A01": (txt(24000, "orang"), num(23105, FMT_INT), None, "Skrining massal di 11 kabupaten/kota; 2 lokasi batal karena banjir."),
        "A02": (txt(78, "%"), pct(80.25, FMT_PCT2), None, "Tindak lanjut berupa pemberian kacamata dan rujukan."),
        "A07": (num(14000, FMT_INT), txt(13702, "siswa"), None, "Pemeriksaan visus di 212 sekolah."),
        "A06": (num(2400, FMT_INT), num(2275, FMT_INT), None, "Pengadaan kacamata dari APBD dan CSR Bank Sagara."),
        "A08": (txt(90, "%"), V(87.4, "87,4 %"), "typed:97,11 %", "Sebagian siswa belum mengambil kacamata."),
        "A03": (num(1600, FMT_INT), num(1588, FMT_INT), None, "Termasuk operasi bakti sosial."),
        "A04": (num(330), num(327.5, FMT_DEC1), None, "Jumlah penduduk proyeksi BPS 2023."),
        "A05": (num(85), num(88.0, FMT_DEC1), None, "Visus dinilai 4 minggu pasca operasi."),
        "A09": (txt(25000, "kunjungan"), num(26031, FMT_INT), None, "Data SIMRS."),
        "A10": (txt(9000, "kunjungan"), num(9145, FMT_INT), None, "Data SIMRS (pasien baru)."),
        "A11": (num(83), num(85.6, FMT_DEC2), None, "Survei semester I dan II, 400 responden."),
        "A12": (V(45, "≤ 45 menit"), V(44, "44 menit"), "typed:102,22 %", "Indikator negatif: makin kecil makin baik."),
        "A13": (num(180), num(171), None, "Layanan rehabilitasi low vision."),
        "A15": (num(160), num(149), None, "Pelatihan bagi dokter dan perawat Puskesmas."),
        "A16": (num(220), num(231), None, "Kader posyandu lansia."),
        "A17b": (num(70), num(72), None, "FKTP yang memiliki tenaga terlatih dan alat Snellen chart."),
        "A18": (grade("BB"), grade("BB"), "typed:100 %", "Hasil evaluasi Inspektorat Provinsi."),
        "A19": (txt(97, "%"), V(95.8, "95,8 %"), "typed:98,76 %", "Sisa anggaran dari efisiensi pengadaan."),
        "A20": (num(7), num(6), None, "LKjIP terlambat disampaikan."),
        # planted: target typed Rp 1.100.000 (a thousand times too small; Rp 1.100.000.000 meant)
        "A21": (rpv(1100000), rpv(1064120500), "typed:96,74 %", "Tarif sesuai Perda retribusi jasa umum."),
    }
    r = 5
    no = 0
    for s, ids in ids_of(Y):
        sh.merge(f"A{r}:G{r}", f"SASARAN : {SAS[s]}", bold=True, fill=GREY, border=True)
        r += 2
        for i in ids:
            no += 1
            t, re, cap, expl = F[i]
            sh.put(f"A{r}", f"{no}.", v="top")
            sh.put(f"B{r}", "Nama Indikator", v="top")
            sh.put(f"C{r}", ":", v="top")
            sh.merge(f"D{r}:G{r}", NAMES[i][Y], wrap=True, bold=True)
            sh.ws.row_dimensions[r].height = 30
            sh.put(f"B{r+1}", "Satuan")
            sh.put(f"C{r+1}", ":")
            sh.put(f"D{r+1}", UNIT[i])
            sh.put(f"B{r+2}", "Target 2023")
            sh.put(f"C{r+2}", ":")
            write_v(sh, f"D{r+2}", t, h="left")
            sh.put(f"B{r+3}", "Realisasi 2023")
            sh.put(f"C{r+3}", ":")
            write_v(sh, f"D{r+3}", re, h="left")
            sh.put(f"B{r+4}", "Capaian")
            sh.put(f"C{r+4}", ":")
            numeric = all(isinstance(v.write, (int, float)) for v in (t, re))
            if cap is None and numeric:
                pf = "*100" if re.fmt and "%" in re.fmt else ""
                sh.put(f"D{r+4}", f"=D{r+3}{pf}/D{r+2}", fmt=FMT_PCT2, h="left")
            elif cap is None:
                sh.put(f"D{r+4}", idn(r2(re.key / t.key * 100), 2) + " %", h="left")
            else:
                sh.put(f"D{r+4}", cap.split(":", 1)[1], h="left")
            sh.put(f"B{r+5}", "Penjelasan")
            sh.put(f"C{r+5}", ":")
            sh.merge(f"D{r+5}:G{r+5}", expl, wrap=True, italic=True)
            ag.add(sh, f"D{r}", Y, i, NAMES[i][Y], t.key, re.key, ([f"D{r+2}"], "value"), ([f"D{r+3}"], "value"))
            r += 7
    signature(sh, r + 1, "E", "15 Januari 2024", KEPALA2)
    p = book.sheet("Petunjuk")
    p.width("A", 100)
    for k, l in enumerate(["Petunjuk pengisian:",
                           "1. Isi target sesuai Perjanjian Kinerja 2023.",
                           "2. Realisasi diisi angka akhir tahun (kumulatif Januari - Desember).",
                           "3. Capaian = Realisasi / Target x 100%; indikator waktu tunggu dihitung terbalik.",
                           "4. Indikator pelayanan mata keliling tidak lagi dilaporkan mulai 2023."]):
        p.put(f"A{k+1}", l)
    old = book.sheet("rekap lama", hidden=True)
    old.put("A1", "Rekap 2022 (arsip)")
    old.put("A2", "Jumlah Penduduk yang Diskrining Kesehatan Mata (orang)")
    old.put("B2", 21344)


def main():
    ag = Agency(SLUG, AG_NAME, [2020, 2021, 2022, 2023], FLOW, LEVEL)
    ag.ambiguous = [["A17", "A17b"]]
    b1 = Book(ag, "PK dan RA BKMM 2020-2021", "xlsx")
    pk2020(ag, b1)
    ra2021(ag, b1)
    b2 = Book(ag, "LKjIP 2022 BKMM - Bab III", "xls")
    lkjip2022(ag, b2)
    b3 = Book(ag, "Formulir Capaian Kinerja BKMM 2023", "ods")
    form2023(ag, b3)
    ag.finish()
    return ag


if __name__ == "__main__":
    a = main()
    print(SLUG, len(a.rows), "key rows")
