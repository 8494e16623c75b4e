"""Agency 3: Kecamatan Talang Seruni, Kota Sirantau (ibu kota Provinsi Sumatera Tengah), 2019-2022.

Files
  PK_KECAMATAN_TALANG_SERUNI_2019.ods          2019  PK table split over two sheets (Hal 1 / Hal 2),
                                                     PK Awal / PK Perubahan, hidden scrap sheet
  RENCANA_AKSI_KEC_TALANG_SERUNI_2020.xlsx     2020  Rencana Aksi, T and R rows per indicator, hidden rows
  Kertas_Kerja_IKU_Kecamatan_2021.xls          2021  IKU worksheet: one block per indicator with
                                                     pembilang / penyebut / target / realisasi (novel)
  Capaian_sd_TW_Kecamatan_2022.xlsx            2022  cumulative "s.d. TW" columns, notes sheet
Everything here is invented.
"""
import openpyxl
from openpyxl.styles import PatternFill

from common import (BORDER, BLANK, CENTER, DASH, LEFT, RIGHT, F, G, Key, N, P, T, V,
                    agg_last, agg_sum, col, merge, put, raw_path, rhu, sig_block,
                    text, widths)

SLUG = "kec_talang_seruni_sirantau"
AGENCY = "Kecamatan Talang Seruni, Kota Sirantau"
YEARS = [2019, 2020, 2021, 2022]
FLOW = {"K02", "K05", "K11", "K15", "K19", "K19b", "K21"}
SIG = ("ANDI PRATAMA SYAHPUTRA, S.STP, M.Si", "Pembina", "NIP. 19850415 200312 1 002")
FILL = PatternFill("solid", fgColor="E2EFDA")

SAS = {
    "S1": "Meningkatnya kualitas pelayanan publik di kecamatan",
    "S2": "Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan",
    "S3": "Meningkatnya kinerja penyelenggaraan pemerintahan kelurahan",
    "S4": "Meningkatnya penerimaan Pajak Bumi dan Bangunan",
    "S5": "Meningkatnya keberdayaan masyarakat kelurahan",
    "S6": "Meningkatnya akuntabilitas kinerja kecamatan",
}

NAMES = {
    "K01": {2019: "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan PATEN",
            2020: "Indeks Kepuasan Masyarakat thd Pelayanan Administrasi Terpadu Kecamatan",
            2021: "Nilai IKM Pelayanan Kecamatan",
            2022: "Indeks Kepuasan Masyarakat (IKM)"},
    "K02": {2019: "Jumlah pelayanan PATEN (perizinan dan non perizinan) yang diselesaikan",
            2020: "Jumlah layanan PATEN yang diselesaikan",
            2021: "Jumlah pelayanan perizinan & non perizinan melalui PATEN",
            2022: "Jumlah Pelayanan PATEN yang Terselesaikan (layanan)"},
    "K03": {2019: "Persentase pelayanan PATEN yang diselesaikan tepat waktu sesuai SOP",
            2020: "Prosentase pelayanan PATEN tepat waktu",
            2021: "Persentase layanan yang diselesaikan sesuai standar waktu (SOP)",
            2022: "Persentase pelayanan PATEN yang selesai tepat waktu"},
    "K04": {2019: "Persentase usulan musrenbang kecamatan yang diakomodir dalam RKPD",
            2020: "Persentase usulan Musrenbang yang diakomodir dalam RKPD Kota",
            2021: "Persentase usulan hasil musrenbang kecamatan yang masuk RKPD",
            2022: "Persentase usulan musrenbang yg terakomodir di RKPD"},
    "K05": {2019: "Jumlah usulan musrenbang kelurahan yang dibahas di musrenbang kecamatan",
            2020: "Jumlah usulan kelurahan yang dibahas pada Musrenbang Kecamatan",
            2021: "Jumlah usulan musrenbang kelurahan yang dibahas",
            2022: "Jumlah usulan pembangunan dari kelurahan yang dibahas (usulan)"},
    "K06": {2019: "Persentase kelurahan yang dibina dalam penyelenggaraan pemerintahan",
            2020: "Persentase kelurahan yang dibina",
            2021: "Persentase kelurahan yang mendapat pembinaan penyelenggaraan pemerintahan",
            2022: "Persentase Kelurahan yang Dibina"},
    "K07": {2019: "Jumlah kelurahan yang dibina dalam penyelenggaraan pemerintahan",
            2020: "Jumlah kelurahan yang dibina",
            2021: "Jumlah kelurahan yang mendapat pembinaan",
            2022: "Jumlah Kelurahan yang Dibina"},
    "K08": {2019: "Persentase kelurahan dengan administrasi",      # continues on the next row
            2020: "Persentase kelurahan yg tertib administrasi",
            2021: "Persentase kelurahan dengan tertib administrasi pemerintahan",
            2022: "Persentase kelurahan dengan administrasi tertib (kategori baik)"},
    "K09": {2019: "Persentase realisasi penerimaan PBB-P2",
            2020: "Persentase realisasi penerimaan Pajak Bumi dan Bangunan (PBB-P2) ",
            2021: "Persentase capaian penerimaan PBB",
            2022: "Persentase Realisasi Penerimaan PBB P2 terhadap ketetapan"},
    "K10": {2019: "Persentase SPPT PBB-P2 yang terdistribusi kepada wajib pajak",
            2020: "Persentase distribusi SPPT PBB-P2",
            2021: "Persentase SPPT PBB yang tersampaikan ke wajib pajak",
            2022: "Persentase SPPT PBB-P2 terdistribusi"},
    "K11": {2019: "Jumlah kegiatan pemberdayaan masyarakat yang difasilitasi",
            2020: "Jumlah kegiatan pemberdayaan masyarakat",
            2021: "Jumlah fasilitasi kegiatan pemberdayaan masyarakat kelurahan",
            2022: "Jumlah kegiatan pemberdayaan masyarakat yg difasilitasi (kegiatan)"},
    "K12": {2019: "Persentase Lembaga Kemasyarakatan Kelurahan (LKK) yang aktif",
            2020: "Persentase LKK aktif",
            2021: "Persentase lembaga kemasyarakatan kelurahan yang aktif",
            2022: "Persentase LKK yang aktif"},
    "K13": {2019: "Jumlah kader PKK dan Posyandu yang dibina",
            2020: "Jumlah kader PKK/Posyandu yang dibina",
            2021: "Jumlah kader yang dibina (PKK, Posyandu)",
            2022: "Kader PKK & Posyandu yang dibina (orang)"},
    "K14": {2019: "Persentase gangguan trantibum yang ditangani di tingkat kecamatan",
            2020: "Persentase penanganan gangguan trantibum kecamatan",
            2021: "Persentase gangguan ketenteraman dan ketertiban yang dapat diselesaikan",
            2022: "Persentase penanganan gangguan trantibum"},
    "K15": {2019: "JUMLAH RAPAT KOORDINASI MUSPIKA",
            2020: "Jumlah rapat koordinasi Forkopimcam",
            2021: "Jumlah rapat koordinasi tingkat kecamatan (Forkopimcam)"},
    "K16": {2019: "Nilai SAKIP Kecamatan",
            2020: "Nilai Akuntabilitas Kinerja Kecamatan",
            2021: "Nilai SAKIP",
            2022: "Nilai evaluasi SAKIP"},
    "K17": {2019: "Persentase realisasi anggaran",
            2020: "Persentase penyerapan anggaran",
            2021: "Persentase realisasi anggaran kecamatan",
            2022: "Persentase Realisasi Anggaran"},
    "K18": {2019: "Persentase kelurahan yang melaksanakan musrenbang tepat waktu",
            2020: "Persentase kelurahan melaksanakan Musrenbang Kelurahan sesuai dg jadwal"},
    "K19": {2019: "Jumlah UMKM yang difasilitasi",
            2020: "Jumlah UMKM yang difasilitasi kecamatan"},
    "K19b": {2021: "Jumlah pelaku usaha mikro yang dibina",
             2022: "Jumlah pelaku usaha mikro yang dibina dan difasilitasi"},
    "K20": {2021: "Persentase layanan administrasi kependudukan yang diselesaikan di kecamatan",
            2022: "Persentase layanan adminduk selesai di kecamatan"},
    "K21": {2019: "Jumlah penerimaan PBB-P2",
            2020: "Jumlah Penerimaan PBB-P2 (Rp)",
            2021: "Realisasi penerimaan PBB-P2 (Rupiah)",
            2022: "Jumlah penerimaan Pajak Bumi dan Bangunan P2"},
}
UNIT = {"K01": "nilai", "K02": "layanan", "K03": "%", "K04": "%", "K05": "usulan", "K06": "%",
        "K07": "kelurahan", "K08": "%", "K09": "%", "K10": "%", "K11": "kegiatan", "K12": "%",
        "K13": "orang", "K14": "%", "K15": "kali", "K16": "nilai", "K17": "%", "K18": "%",
        "K19": "unit", "K19b": "orang", "K20": "%", "K21": "Rp"}


def nm(i, y):
    return NAMES[i][y]


def isnum(v):
    return isinstance(v.value, (int, float)) or (isinstance(v.value, str) and v.value.startswith("="))


def rp(x):
    s = f"{int(x):,}".replace(",", ".")
    return T(f"Rp {s}", x)


# ======================================================================= 2019
PK2019 = {  # id: (PK awal, PK perubahan, realisasi)
    "K01": (N(78), N(78), T("79,35", 79.35)),
    "K02": (T("4.800 layanan", 4800), T("5.000 layanan", 5000), T("5.236 layanan", 5236)),
    "K03": (T("90 %", 90), T("90 %", 90), T("91,2 %", 91.2)),
    "K04": (N(35), N(40), N(42.3)),
    "K05": (N(180), N(180), N(187)),
    "K18": (P(100, "0%"), P(100, "0%"), P(100, "0%")),
    "K06": (N(100), N(100), N(100)),
    "K07": (N(9), N(9), N(9)),
    "K08": (N(66.67), N(66.67), N(66.67)),
    "K14": (N(90), N(90), N(92.0)),
    "K15": (N(12), N(12), N(12)),
    "K09": (N(85), N(85), T("87,4 %**", 87.4)),
    "K10": (P(100, "0%"), P(100, "0%"), P(98.5, "0.0%")),
    "K21": (rp(850000000), rp(8500000000), rp(871450000)),     # PK Perubahan typed 10x
    "K11": (N(20), N(24), N(26)),
    "K12": (N(80), N(80), N(82.5)),
    "K13": (N(270), N(270), T("276 orang", 276)),
    "K19": (N(40), N(40), N(45)),
    "K16": (G("B"), G("B"), G("B")),
    "K17": (N(95), N(95), F("=ROUND(4128475220/4296020000*100,2)", 96.1)),
}


def pk_header(ws, top):
    merge(ws, f"A{top}:A{top+1}", "No", True)
    merge(ws, f"B{top}:B{top+1}", "Sasaran Strategis", True)
    merge(ws, f"C{top}:C{top+1}", "Indikator Kinerja", True)
    merge(ws, f"D{top}:D{top+1}", "Satuan", True)
    merge(ws, f"E{top}:F{top}", "Target 2019", True)
    put(ws, f"E{top+1}", "PK Awal", CENTER, True)
    put(ws, f"F{top+1}", "PK Perubahan", CENTER, True)
    merge(ws, f"G{top}:G{top+1}", "Realisasi 2019", True)
    merge(ws, f"H{top}:H{top+1}", "Capaian (%)", True)
    merge(ws, f"I{top}:I{top+1}", "Ket.", True)
    for k, c in enumerate("ABCDEFGHI"):
        put(ws, f"{c}{top+2}", f"({k+1})", CENTER)
    widths(ws, {"A": 5, "B": 30, "C": 46, "D": 10, "E": 15, "F": 17, "G": 17, "H": 10, "I": 10})


def pk2019_rows(ws, key, final, r, order, n):
    y = 2019
    for s, ids in order:
        start = r
        for i in ids:
            aw, pr, rv = PK2019[i]
            moved = (i == "K21")
            ncell = f"B{r}" if moved else f"C{r}"
            put(ws, f"A{r}", n, CENTER)
            put(ws, ncell, nm(i, y), LEFT)
            if moved:
                put(ws, f"C{r}", None)
            put(ws, f"D{r}", UNIT[i] if UNIT[i] != "nilai" else "", CENTER)
            put(ws, f"E{r}", aw, RIGHT)
            put(ws, f"F{r}", pr, RIGHT)
            put(ws, f"G{r}", rv, RIGHT)
            if isnum(pr) and isnum(rv):
                put(ws, f"H{r}", f"=ROUND(G{r}/F{r}*100,2)", RIGHT)
            elif pr.key and rv.key:
                put(ws, f"H{r}", rhu(rv.key / pr.key * 100, 2), RIGHT)
            else:
                put(ws, f"H{r}", 100 if i == "K16" else "-", RIGHT)
            put(ws, f"I{r}", None)
            key.add(final, ws.title, r, y, i, nm(i, y), pr.key, "cell", [f"F{r}"], rv.key, "cell",
                    [f"G{r}"], ncell=ncell)
            r += 1
            n += 1
            if i == "K08":       # the wrapped name continues in its own row
                put(ws, f"C{r}", "pemerintahan kategori baik", LEFT)
                for c in "ADEFGHI":
                    put(ws, f"{c}{r}", None)
                r += 1
        end = r - 2 if s == "S4" else r - 1
        merge(ws, f"B{start}:B{end}", SAS[s], align=LEFT)
    return r, n


def pk2019(key):
    raw = "PK_KECAMATAN_TALANG_SERUNI_2019.xlsx"
    final = "PK_KECAMATAN_TALANG_SERUNI_2019.ods"
    key.add_file(raw, final)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Hal 1"
    merge(ws, "A1:I1", "PERJANJIAN KINERJA DAN PENGUKURAN KINERJA", True, border=False)
    merge(ws, "A2:I2", "KECAMATAN TALANG SERUNI KOTA SIRANTAU", True, border=False)
    merge(ws, "A3:I3", "TAHUN 2019", True, border=False)
    pk_header(ws, 5)
    r, n = pk2019_rows(ws, key, final, 8, [("S1", ["K01", "K02", "K03"]),
                                           ("S2", ["K04", "K05", "K18"]),
                                           ("S3", ["K06", "K07", "K08", "K14", "K15"])], 1)
    text(ws, f"I{r+1}", "bersambung ...")
    ws2 = wb.create_sheet("Hal 2")
    text(ws2, "E1", "- 2 -")
    pk_header(ws2, 2)
    r, n = pk2019_rows(ws2, key, final, 5, [("S4", ["K09", "K10", "K21"]),
                                            ("S5", ["K11", "K12", "K13", "K19"]),
                                            ("S6", ["K16", "K17"])], n)
    text(ws2, f"B{r}", "**) data SIM PBB Bapenda Kota Sirantau per 31 Desember 2019")
    text(ws2, f"B{r+2}", "Jumlah Anggaran Tahun 2019 : Rp. 4.296.020.000,-")
    text(ws2, f"B{r+3}", "Jumlah Realisasi Anggaran Tahun 2019 : Rp. 4.128.475.220,-")
    sig_block(ws2, r + 5, "F", "Sirantau, 31 Desember 2019", ["Camat Talang Seruni,"], *SIG)
    s3 = wb.create_sheet("Sheet3")
    text(s3, "A1", "coret-coretan")
    text(s3, "A2", "Persentase kelurahan dengan administrasi pemerintahan kategori baik")
    text(s3, "B2", 6)
    text(s3, "C2", 9)
    s3.sheet_state = "hidden"
    wb.save(raw_path(SLUG, raw))


# ======================================================================= 2020
def q(*xs):
    out = []
    for x in xs:
        if x is None:
            out.append(DASH())
        elif isinstance(x, V):
            out.append(x)
        else:
            out.append(N(x))
    return out


RA2020 = {  # id: (annual target, T quarters, R quarters)
    "K01": (N(79), q(None, 79, None, 79), q(None, 79.6, None, 80.12)),
    "K02": (N(4500, "#,##0"), q(1125, 1125, 1125, 1125), q(N(1320, "#,##0"), 702, N(1105, "#,##0"), N(1261, "#,##0"))),
    "K03": (N(92), q(92, 92, 92, 92), q(90.5, 91.8, 92.4, V(0.93, 0.93))),    # 0,93 typed for 93
    "K04": (N(40), q(None, None, 40, 40), q(None, None, 36.8, 36.8)),
    "K05": (N(180), q(180, None, None, None), q(172, None, None, None)),
    "K18": (P(100, "0%"), q(P(100, "0%"), None, None, None), q(P(88.89), None, None, None)),
    "K06": (N(100), q(100, 100, 100, 100), q(100, 88.89, 88.89, 88.89)),
    "K07": (N(9), q(9, 9, 9, 9), q(9, 8, 8, 8)),
    "K08": (N(77.78), q(None, None, None, 77.78), q(None, None, None, 77.78)),
    "K14": (N(90), q(90, 90, 90, 90), q(90.0, 91.2, 91.5, 91.7)),
    "K15": (N(12), q(3, 3, 3, 3), q(3, 1, 2, 3)),
    "K09": (N(80), q(20, 45, 70, 80), q(18.2, 45.6, 66.1, 78.2)),
    "K10": (N(100), q(100, 100, 100, 100), q(62.4, 97.9, 97.9, 97.9)),
    "K21": (rp(900000000), q(rp(225000000), rp(225000000), rp(225000000), rp(225000000)),
            q(rp(102450000), rp(221300000), rp(198750000), rp(229800000))),
    "K11": (N(20), q(5, 5, 5, 5), q(5, None, 4, 6)),
    "K12": (N(80), q(None, None, None, 80), q(None, None, None, 76.3)),
    "K13": (N(270), q(None, 270, None, 270), q(None, 248, None, 254)),
    "K19": (N(40), q(10, 10, 10, 10), q(10, 3, 8, 10)),
    "K16": (N(60), q(None, None, None, 60), q(None, None, None, 61.5)),
    "K17": (N(95), q(20, 45, 70, 95), q(14.3, 35.9, 60.2, 91.4)),
}
KET2020 = {"K05": "Musrenbang Kecamatan 19 Februari 2020",
           "K11": "TW II ditiadakan (pandemi COVID-19)",
           "K21": "sumber: SIM PBB Bapenda",
           "K13": "pembinaan per semester"}


def ra2020(key):
    raw = final = "RENCANA_AKSI_KEC_TALANG_SERUNI_2020.xlsx"
    key.add_file(raw, final)
    y = 2020
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RA 2020"
    merge(ws, "A1:K1", "RENCANA AKSI DAN REALISASI KINERJA", True, border=False)
    merge(ws, "A2:K2", "KECAMATAN TALANG SERUNI - KOTA SIRANTAU", True, border=False)
    merge(ws, "A3:K3", "TAHUN 2020", True, border=False)
    merge(ws, "A5:A6", "No", True)
    merge(ws, "B5:B6", "Sasaran Strategis", True)
    merge(ws, "C5:C6", "Indikator Kinerja", True)
    merge(ws, "D5:D6", "Satuan", True)
    merge(ws, "E5:E6", "Target 2020", True)
    merge(ws, "F5:F6", "T / R", True)
    merge(ws, "G5:J5", "Triwulan", True)
    for k, s in enumerate(["I", "II", "III", "IV"]):
        put(ws, f"{col(7 + k)}6", s, CENTER, True)
    merge(ws, "K5:K6", "Keterangan", True)
    order = [("S1", ["K01", "K02", "K03"]), ("S2", ["K04", "K05", "K18"]),
             ("S3", ["K06", "K07", "K08", "K14", "K15"]), ("S4", ["K09", "K10", "K21"]),
             ("S5", ["K11", "K12", "K13", "K19"]), ("S6", ["K16", "K17"])]
    r = 7
    n = 1
    for s, ids in order:
        start = r
        for i in ids:
            tv, qt, qr = RA2020[i]
            merge(ws, f"A{r}:A{r+1}", n, align=CENTER)
            merge(ws, f"C{r}:C{r+1}", nm(i, y), align=LEFT)
            merge(ws, f"D{r}:D{r+1}", UNIT[i], align=CENTER)
            merge(ws, f"E{r}:E{r+1}", None, align=RIGHT)
            put(ws, f"E{r}", tv, RIGHT)
            put(ws, f"F{r}", "T", CENTER)
            put(ws, f"F{r+1}", "R", CENTER)
            cells = []
            for k in range(4):
                put(ws, f"{col(7 + k)}{r}", qt[k], RIGHT)
                put(ws, f"{col(7 + k)}{r+1}", qr[k], RIGHT)
                cells.append(f"{col(7 + k)}{r+1}")
            merge(ws, f"K{r}:K{r+1}", KET2020.get(i), align=LEFT)
            if i in FLOW:
                rv, rule = agg_sum(qr), "sum"
            else:
                rv, rule = agg_last(qr), "last"
            key.add(final, ws.title, r, y, i, nm(i, y), tv.key, "cell", [f"E{r}"], rv, rule, cells,
                    ncell=f"C{r}")
            r += 2
            n += 1
            if i == "K15":   # a draft indicator, rows hidden (not key rows)
                put(ws, f"C{r}", "Persentase RT/RW yang aktif (draft)", LEFT)
                put(ws, f"E{r}", 90)
                put(ws, f"F{r}", "T")
                put(ws, f"F{r+1}", "R")
                for k in range(4):
                    put(ws, f"{col(7 + k)}{r}", 90)
                    put(ws, f"{col(7 + k)}{r+1}", 85 + k)
                ws.row_dimensions[r].hidden = True
                ws.row_dimensions[r + 1].hidden = True
                r += 2
        merge(ws, f"B{start}:B{r-1}", SAS[s], align=LEFT)
    text(ws, f"B{r+1}", "T = Target triwulan ; R = Realisasi triwulan ; - = tidak diukur pada triwulan tersebut")
    sig_block(ws, r + 3, "H", "Sirantau, 8 Januari 2021", ["Camat Talang Seruni,"], *SIG)
    widths(ws, {"A": 5, "B": 28, "C": 46, "D": 10, "E": 16, "F": 6, "G": 15, "H": 15, "I": 15,
                "J": 15, "K": 26})
    wb.save(raw_path(SLUG, raw))


# ======================================================================= 2021
KK2021 = [  # (sasaran, [(id, formulasi, pembilang, penyebut, target V, kind, extra)])
    ("S1", [
        ("K01", "Nilai IKM = (Total nilai persepsi per unsur / total unsur yang terisi) x 25",
         None, None, N(80), "typed", 81.7),
        ("K02", "Jumlah pelayanan perizinan dan non perizinan yang diselesaikan dalam 1 tahun",
         5410, None, N(5200, "#,##0"), "count", None),
        ("K03", "(Jumlah layanan selesai tepat waktu / Jumlah layanan) x 100%",
         5091, 5410, N(93), "ratio", None),
        ("K20", "(Jumlah layanan adminduk selesai di kecamatan / Jumlah permohonan adminduk) x 100%",
         3148, 3403, N(90), "ratio", None)]),
    ("S2", [
        ("K04", "(Jumlah usulan yang diakomodir dalam RKPD / Jumlah usulan musrenbang kecamatan) x 100%",
         24, 51, N(45), "ratio", None),
        ("K05", "Jumlah usulan musrenbang kelurahan yang dibahas", 204, None, N(190), "count", None)]),
    ("S3", [
        ("K06", "(Jumlah kelurahan yang dibina / Jumlah kelurahan) x 100%", 9, 9, N(100), "ratio", None),
        ("K07", "Jumlah kelurahan yang dibina", 9, None, N(9), "count", None),
        ("K08", "(Jumlah kelurahan tertib administrasi / Jumlah kelurahan) x 100%",
         7, 9, N(77.78), "typedover", 88.89),
        ("K14", "(Jumlah gangguan trantibum yang ditangani / Jumlah gangguan yang dilaporkan) x 100%",
         56, 60, N(92), "ratio", None),
        ("K15", "Jumlah rapat koordinasi Forkopimcam", 14, None, N(12), "count", None)]),
    ("S4", [
        ("K09", "(Realisasi penerimaan PBB-P2 / Ketetapan PBB-P2) x 100%",
         912785000, 1050400000, N(85), "ratio", None),
        ("K10", "(Jumlah SPPT terdistribusi / Jumlah SPPT) x 100%", 24610, 24808, N(100), "ratio", None),
        ("K21", "Jumlah penerimaan PBB-P2 dalam 1 tahun", None, None, rp(950000000), "text",
         rp(912785000))]),
    ("S5", [
        ("K11", "Jumlah kegiatan pemberdayaan masyarakat yang difasilitasi", 25, None, N(24), "count", None),
        ("K12", "(Jumlah LKK aktif / Jumlah LKK) x 100%", 31, 36, N(85), "inverted", None),
        ("K13", "Jumlah kader PKK dan Posyandu yang dibina", 288, None, N(280), "count", None),
        ("K19b", "Jumlah pelaku usaha mikro yang dibina", 56, None, N(50), "count", None)]),
    ("S6", [
        ("K16", "Nilai hasil evaluasi SAKIP oleh Inspektorat", None, None, N(62), "typed", 63.8),
        ("K17", "(Realisasi anggaran / Pagu anggaran) x 100%", 4512300150, 4712040000, N(95), "ratio",
         None)]),
]


def kk2021(key):
    raw = "Kertas_Kerja_IKU_Kecamatan_2021.xlsx"
    final = "Kertas_Kerja_IKU_Kecamatan_2021.xls"
    key.add_file(raw, final)
    y = 2021
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Perhitungan IKU 2021"
    merge(ws, "A1:E1", "KERTAS KERJA PERHITUNGAN CAPAIAN INDIKATOR KINERJA UTAMA (IKU)", True, border=False)
    merge(ws, "A2:E2", "KECAMATAN TALANG SERUNI - TAHUN 2021", True, border=False)
    merge(ws, "A3:E3", "(lampiran LKjIP Tahun 2021)", False, border=False)
    r = 5
    n = 1
    for sn, (s, items) in enumerate(KK2021, 1):
        merge(ws, f"A{r}:E{r}", f"Sasaran {sn} : {SAS[s]}", True, align=LEFT)
        ws[f"A{r}"].fill = FILL
        r += 1
        for i, formulasi, num, den, tv, kind, extra in items:
            put(ws, f"A{r}", f"{n}.", CENTER)
            merge(ws, f"B{r}:E{r}", nm(i, y), True, align=LEFT)
            put(ws, f"B{r+1}", "Formulasi", LEFT)
            merge(ws, f"C{r+1}:E{r+1}", formulasi, align=LEFT)
            put(ws, f"B{r+2}", "Pembilang", LEFT)
            put(ws, f"B{r+3}", "Penyebut", LEFT)
            big = "#,##0"
            if kind == "text":
                put(ws, f"C{r+2}", extra, RIGHT)
            else:
                put(ws, f"C{r+2}", N(num, big) if num is not None else DASH(), RIGHT)
            put(ws, f"C{r+3}", N(den, big) if den is not None else DASH(), RIGHT)
            nu = {"K03": "layanan", "K20": "layanan", "K04": "usulan", "K06": "kelurahan",
                  "K08": "kelurahan", "K14": "kejadian", "K09": "Rp", "K10": "SPPT", "K12": "LKK",
                  "K17": "Rp"}.get(i, UNIT[i])
            put(ws, f"D{r+2}", nu if num is not None or kind == "text" else "", CENTER)
            put(ws, f"D{r+3}", nu if den is not None else "", CENTER)
            put(ws, f"B{r+4}", "Target 2021", LEFT)
            put(ws, f"C{r+4}", tv, RIGHT)
            put(ws, f"B{r+5}", "Realisasi 2021", LEFT, bold=True)
            if kind == "ratio":
                rv = F(f"=ROUND(C{r+2}/C{r+3}*100,2)", rhu(num / den * 100, 2))
            elif kind == "inverted":            # wrong formula: penyebut / pembilang
                rv = F(f"=ROUND(C{r+3}/C{r+2}*100,2)", rhu(den / num * 100, 2))
            elif kind == "typedover":           # computed cell typed over
                rv = N(extra)
            elif kind == "count":
                rv = F(f"=C{r+2}", num, big if num >= 1000 else None)
            elif kind == "typed":
                rv = N(extra)
            elif kind == "text":
                rv = extra
            put(ws, f"C{r+5}", rv, RIGHT, bold=True)
            put(ws, f"B{r+6}", "Capaian (%)", LEFT)
            if isnum(tv) and kind != "text":
                put(ws, f"C{r+6}", f"=ROUND(C{r+5}/C{r+4}*100,2)", RIGHT)
            else:
                put(ws, f"C{r+6}", rhu(extra.key / tv.key * 100, 2), RIGHT)
            put(ws, f"B{r+7}", "Sumber data", LEFT)
            src = {"S1": "Register PATEN / SIMPel Kecamatan", "S2": "Berita acara Musrenbang, RKPD 2022",
                   "S3": "Laporan Kasi Pemerintahan dan Kasi Trantib", "S4": "SIM PBB Bapenda",
                   "S5": "Laporan Kasi PMK", "S6": "LHE Inspektorat / LRA"}[s]
            merge(ws, f"C{r+7}:E{r+7}", src, align=LEFT)
            for rr in range(r + 1, r + 8):
                for c in "ABCDE":
                    ws[f"{c}{rr}"].border = BORDER
            key.add(final, ws.title, r, y, i, nm(i, y), tv.key, "cell", [f"C{r+4}"], rv.key, "cell",
                    [f"C{r+5}"], ncell=f"B{r}")
            r += 9
            n += 1
    text(ws, f"B{r}", "Catatan: realisasi K08 disesuaikan hasil verifikasi Bagian Tapem (lihat BA tgl 20-12-2021).")
    sig_block(ws, r + 2, "C", "Sirantau, 14 Januari 2022", ["Camat Talang Seruni,"], *SIG)
    widths(ws, {"A": 5, "B": 18, "C": 22, "D": 12, "E": 30})
    wb.save(raw_path(SLUG, raw))


# ======================================================================= 2022
SD2022 = [
    ("S1", [("K01", T("81 - 83", 81), q(None, 81.9, None, 82.45)),
            ("K02", N(5500, "#,##0"), q(N(1410, "#,##0"), N(2850, "#,##0"), N(4220, "#,##0"), N(5702, "#,##0"))),
            ("K03", P(95, "0%"), q(P(94.8), P(95.1), P(95.3), P(95.6))),
            ("K20", N(92), q(91.5, 92.4, 92.8, 93.1))]),
    ("S2", [("K04", N(50), q(None, None, 51.2, 51.2)),
            ("K05", N(200), q(211, 211, 211, 211))]),
    ("S3", [("K06", N(100), q(100, 100, 100, 100)),
            ("K07", N(9), q(9, 9, 9, 9)),
            ("K08", N(88.89), q(None, 77.78, None, 88.89)),
            ("K14", N(93), q(93.8, 94.0, 94.2, 94.4))]),
    ("S4", [("K09", N(88), q(21.4, 52.3, 74.8, 90.3)),
            ("K10", N(100), q(45.0, 99.6, BLANK(), BLANK())),
            ("K21", rp(1000000000), q(rp(198400000), rp(487900000), rp(802115000), rp(1046210500)))]),
    ("S5", [("K11", N(26), q(6, 13, 20, 18)),              # cumulative that falls
            ("K12", N(85), q(80.2, 84.0, 87.0, BLANK())),
            ("K13", N(300), q(280, 290, 295, 301)),
            ("K19b", N(60), q(15, 31, 47, 63))]),
    ("S6", [("K16", G("BB"), q(None, None, None, G("BB"))),
            ("K17", N(95), q(18.5, 44.1, 71.9, 97.3))]),
]


def sd2022(key):
    raw = final = "Capaian_sd_TW_Kecamatan_2022.xlsx"
    key.add_file(raw, final)
    y = 2022
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "s.d. TW IV 2022"
    merge(ws, "A1:J1", "LAPORAN CAPAIAN KINERJA KUMULATIF", True, border=False)
    merge(ws, "A2:J2", "KECAMATAN TALANG SERUNI KOTA SIRANTAU TAHUN 2022", True, border=False)
    merge(ws, "A5:A6", "No", True)
    merge(ws, "B5:B6", "Sasaran / Indikator Kinerja", True)
    merge(ws, "C5:C6", "Satuan", True)
    merge(ws, "D5:D6", "Target 2022", True)
    merge(ws, "E5:H5", "Realisasi Kumulatif", True)
    for k, s in enumerate(["s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"]):
        put(ws, f"{col(5 + k)}6", s, CENTER, True)
    merge(ws, "I5:I6", "Capaian s.d. TW IV (%)", True)
    merge(ws, "J5:J6", "Keterangan", True)
    r = 7
    for sn, (s, items) in enumerate(SD2022):
        put(ws, f"A{r}", "ABCDEF"[sn] + ".", CENTER, True)
        merge(ws, f"B{r}:J{r}", f"SASARAN : {SAS[s]}", True, align=LEFT)
        ws[f"B{r}"].fill = FILL
        r += 1
        for k, (i, tv, qs) in enumerate(items):
            name = f"{'abcd'[k]}) {nm(i, y)}"
            put(ws, f"A{r}", None)
            put(ws, f"B{r}", name, LEFT)
            put(ws, f"C{r}", UNIT[i], CENTER)
            put(ws, f"D{r}", tv, RIGHT)
            cells = []
            for j in range(4):
                put(ws, f"{col(5 + j)}{r}", qs[j], RIGHT)
                cells.append(f"{col(5 + j)}{r}")
            if isnum(tv) and isnum(qs[3]):
                put(ws, f"I{r}", f"=ROUND(H{r}/D{r}*100,2)", RIGHT)
            else:
                put(ws, f"I{r}", "-", RIGHT)
            ket = {"K10": "SPPT selesai didistribusikan TW II", "K12": "data TW IV menyusul",
                   "K11": "angka TW IV hasil rekap ulang", "K16": "LHE Inspektorat"}.get(i)
            put(ws, f"J{r}", ket, LEFT)
            key.add(final, ws.title, r, y, i, name, tv.key, "cell", [f"D{r}"], agg_last(qs), "last",
                    cells, ncell=f"B{r}")
            r += 1
    text(ws, f"B{r+1}", "Realisasi kumulatif sampai dengan triwulan berkenaan; sel kosong = belum dilaporkan.")
    sig_block(ws, r + 3, "G", "Sirantau, 16 Januari 2023", ["Camat Talang Seruni,"], *SIG)
    widths(ws, {"A": 5, "B": 58, "C": 10, "D": 16, "E": 15, "F": 15, "G": 15, "H": 16, "I": 11, "J": 26})
    n2 = wb.create_sheet("Catatan")
    text(n2, "A1", "Catatan evaluasi internal (tidak untuk dicetak)")
    text(n2, "A2", "1. Kegiatan pemberdayaan: angka s.d. TW IV (18) lebih kecil dari s.d. TW III (20), perlu dicek.")
    text(n2, "A3", "2. Distribusi SPPT selesai di TW II.")
    text(n2, "A4", "3. Jumlah kegiatan pemberdayaan masyarakat yang difasilitasi", )
    text(n2, "B4", 26)
    wb.save(raw_path(SLUG, raw))


def main():
    key = Key(SLUG, AGENCY, YEARS)
    key.ambiguous = [["K19", "K19b"]]
    pk2019(key)
    ra2020(key)
    kk2021(key)
    sd2022(key)
    key.write()


if __name__ == "__main__":
    main()
