"""Agency 3: UPTD Balai Penyuluhan KB, Dinas Pengendalian Penduduk dan KB Kabupaten Gunung Talaga (2019-2022).

Files
  Matriks Renstra dan Realisasi BPKB 2019.ods  'Renstra 2018-2023' (six years of targets, realisasi
                                               2018 and 2019), notes sheet 'Definisi Operasional',
                                               hidden sheet 'Sheet1'
  IKU BPKB 2020.xlsx                           'IKU 2020 (1)' and 'IKU 2020 (2)': table turned over
                                               (indicators across), split over two sheets, PK Awal /
                                               PK Perubahan rows
  Rekap Kecamatan BPKB 2021.xls                'Rekap per Kecamatan': realisasi per kecamatan with a
                                               Kabupaten column (novel layout)
  Renaksi BPKB TW IV 2022.xlsx                 'RA TW IV 2022': quarterly blocks (Target Tahunan +
                                               TW I-IV rows), the whole table pasted twice
"""
import openpyxl

from common import (ACC, DEC1, DEC2, GREY, PALE, PCT0, PCT1, THOU, KeyBook, Sh, deliver, idn,
                    r2, split_int)

SLUG = "uptd_bpkb_kab_gunung_talaga"
AGENCY = "UPTD Balai Penyuluhan KB, Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Gunung Talaga"
YEARS = [2019, 2020, 2021, 2022]
FLOW = ["K03", "K05", "K08", "K14", "K22"]
AMBIG = [["K07", "K07b"]]

SAS = {
    1: "Meningkatnya kesertaan ber-KB pasangan usia subur",
    2: "Meningkatnya ketahanan keluarga melalui kelompok kegiatan (Poktan)",
    3: "Meningkatnya kualitas dan jangkauan penyuluhan KB",
}

IND = {
    "K01": ("orang", "n", {
        2019: ("Jumlah Peserta KB Aktif", 41200, 40866),
        2020: ("Jumlah Peserta KB\nAktif (PA)", 41800, 41932),
        2021: ("Peserta KB Aktif", 42300, 42105),
        2022: ("Jumlah peserta KB aktif (orang)", 42900, 43218)}),
    "K02": ("%", "p", {
        2019: ("Persentase Peserta KB Aktif terhadap PUS", 70, 69.4),
        2020: ("Prosentase Peserta KB Aktif thd\nPasangan Usia Subur (PUS)", 71, 71.3),
        2021: ("Persentase PA terhadap PUS (CPR)", 72, 71.8),
        2022: ("Angka Prevalensi Kontrasepsi (CPR)", 73, 73.6)}),
    "K03": ("orang", "n", {
        2019: ("Jumlah Peserta KB Baru", 6800, 6412),
        2020: ("Jumlah Peserta KB\nBaru (PB)", 6500, 5877),
        2021: ("Peserta KB Baru", 6600, 6731),
        2022: ("Jumlah peserta KB baru (orang)", 6700, 6954)}),
    "K04": ("%", "p", {
        2019: ("Persentase Peserta KB Aktif MKJP", 21, 20.3),
        2020: ("Prosentase Peserta\nKB MKJP", 22, 22.6),
        2021: ("Persentase Kesertaan ber-KB MKJP", 23, 23.4),
        2022: ("Persentase peserta KB Metode Kontrasepsi Jangka Panjang (MKJP)", 24, 25.1)}),
    "K05": ("orang", "n", {
        2020: ("Jumlah Peserta KB\nBaru MKJP", 1500, 1388),
        2021: ("Peserta KB Baru MKJP", 1600, 1712),
        2022: ("Jumlah peserta KB baru MKJP (IUD, implan, MOW, MOP)", 1700, 1765)}),
    "K06": ("%", "p", {
        2019: ("Angka Unmet Need", 12, 12.8),
        2020: ("Persentase\nUnmet Need", 11.5, 11.9),
        2021: ("Unmet Need KB (%)", 11, 10.6),
        2022: ("Persentase kebutuhan ber-KB yang tidak terpenuhi (unmet need)", 10.5, 9.8)}),
    "K07": ("kampung", "n", {
        2019: ("Jumlah Kampung KB", 14, 14),
        2020: ("Jumlah Kampung KB\nyang Terbentuk", 18, 18)}),
    "K07b": ("kampung", "n", {
        2021: ("Jumlah Kampung Keluarga Berkualitas", 22, 22),
        2022: ("Jumlah Kampung Keluarga Berkualitas yang terbentuk", 26, 25)}),
    "K08": ("kali", "n", {
        2019: ("Jumlah Penyuluhan KB yang Dilaksanakan", 240, 251),
        2020: ("Jumlah Kegiatan\nPenyuluhan KB", 240, 198),
        2021: ("Frekuensi Penyuluhan KB", 260, 259),
        2022: ("Jumlah penyuluhan KB (kali)", 280, 284)}),
    "K09": ("kelompok", "n", {
        2019: ("Jumlah Kelompok BKB Aktif", 120, 118),
        2020: ("Jumlah Kelompok Bina Keluarga\nBalita (BKB) Aktif", 124, 121),
        2022: ("Jumlah kelompok BKB yang aktif", 130, 132)}),
    "K10": ("kelompok", "n", {
        2019: ("Jumlah Kelompok BKR Aktif", 96, 94),
        2020: ("Jumlah Kelompok Bina Keluarga\nRemaja (BKR) Aktif", 100, 97),
        2022: ("Jumlah kelompok BKR yang aktif", 108, 109)}),
    "K11": ("kelompok", "n", {
        2019: ("Jumlah Kelompok BKL Aktif", 88, 85),
        2020: ("Jumlah Kelompok Bina Keluarga\nLansia (BKL) Aktif", 92, 90),
        2022: ("Jumlah kelompok BKL yang aktif", 98, 99)}),
    "K12": ("kelompok", "n", {
        2021: ("Jumlah Kelompok BKB, BKR dan BKL Aktif", 330, 328)}),
    "K13": ("%", "p", {
        2019: ("Persentase PUS Anggota Poktan yang Ber-KB", 75, 73.2),
        2020: ("Persentase PUS anggota\nkelompok kegiatan (BKB, BKR,\nBKL) yang ber-KB", 76, 77.0),
        2021: ("Persentase PUS Anggota Poktan Ber-KB", 78, 78.9),
        2022: ("Persentase PUS anggota Poktan yang menjadi peserta KB", 80, 79.4)}),
    "K14": ("orang", "n", {
        2019: ("Jumlah PUS yang Mendapatkan Konseling KB", 3000, 3126),
        2020: ("Jumlah PUS yg mendapat\nKIE dan konseling KB", 3200, 2744),
        2021: ("Jumlah PUS Mendapat Konseling KB", 3400, 3517),
        2022: ("Jumlah Pasangan Usia Subur yang mendapatkan konseling KB", 3600, 3688)}),
    "K15": ("%", "p", {
        2019: ("Angka Drop Out Peserta KB", 15, 16.2),
        2020: ("Persentase Drop Out\nPeserta KB", 14.5, 14.1),
        2021: ("Angka Putus Pakai (Drop Out) Kontrasepsi", 14, 13.6),
        2022: ("Angka drop out peserta KB (%)", 13.5, 12.9)}),
    "K16": ("orang", "n", {
        2019: ("Jumlah Penyuluh KB (PKB/PLKB)", 32, 30),
        2020: ("Jumlah PKB/PLKB\nyang bertugas", 32, 31),
        2021: ("Jumlah Penyuluh KB", 34, 33)}),
    "K17": ("%", "p", {
        2019: ("Persentase Kesertaan KB Pria", 3.5, 3.1),
        2020: ("Prosentase Peserta\nKB Pria", 3.8, 3.6),
        2021: ("Persentase Kesertaan ber-KB Pria (MOP & Kondom)", 4, 4.2),
        2022: ("Persentase KB pria", 4.3, 4.4)}),
    "K18": ("kelompok", "n", {
        2020: ("Jumlah Kelompok\nUPPKA Aktif", 40, 38),
        2021: ("Jumlah Kelompok UPPKA (Usaha Peningkatan Pendapatan Keluarga Akseptor) Aktif", 42, 43),
        2022: ("Jumlah UPPKA aktif", 45, 44)}),
    "K19": ("kelompok", "n", {
        2019: ("Jumlah PIK Remaja Aktif", 18, 17),
        2020: ("Jumlah Pusat Informasi dan\nKonseling Remaja (PIK-R)", 20, 20),
        2021: ("Jumlah PIK-R Aktif", 22, 21),
        2022: ("Jumlah PIK-R yang aktif (kelompok)", 24, 25)}),
    "K20": ("anak/wanita", "v", {
        2019: ("Angka Kelahiran Total (TFR)", 2.4, None),
        2021: ("Total Fertility Rate (TFR)", 2.35, 2.33),
        2022: ("TFR (angka kelahiran total)", 2.3, 2.28)}),
    "K21": ("%", "p", {
        2021: ("Persentase Peserta KB Pasca Persalinan", 40, 37.6),
        2022: ("Persentase KB pasca persalinan (KBPP)", 45, 46.2)}),
    "K22": ("keluarga", "n", {
        2019: ("Jumlah Keluarga yang Didata (Pendataan Keluarga)", 95000, 93412),
        2021: ("Jumlah keluarga yang didata (PK21)", 98000, 101226)}),
    "K23": ("%", "p", {
        2019: ("Persentase Faskes yang Melayani KB", 90, 92.5),
        2020: ("Persentase Faskes\nyang Melayani KB", 90, 93.3)}),
}


def nm(i, y):
    return IND[i][2][y][0]


def tr(i, y):
    return IND[i][2][y][1], IND[i][2][y][2]


def unit(i):
    return IND[i][0]


def kind(i):
    return IND[i][1]


HEAD_1 = ("Hj. RAHMAWATI DAULAY, S.ST., M.Kes", "Penata Tk. I (III/d)", "NIP. 19770829 200312 2 005")
HEAD_2 = ("SYAHRIL EFENDI LUBIS, S.Sos", "Penata (III/c)", "NIP. 19810314 200701 1 011")
KADIS = ("dr. MARLINA TAMBUNAN, M.K.M.", "Pembina Tk. I (IV/b)", "NIP. 19690721 199903 2 002")


def sig(S, row, colL, date, head, title="Kepala UPTD Balai Penyuluhan KB,"):
    S.put(f"{colL}{row}", date)
    S.put(f"{colL}{row+1}", title)
    S.put(f"{colL}{row+5}", head[0], bold=True)
    S.put(f"{colL}{row+6}", head[1])
    S.put(f"{colL}{row+7}", head[2])


def fmt_for(iid, v):
    if isinstance(v, (int, float)) and not isinstance(v, bool) and kind(iid) == "n" and v >= 1000:
        return THOU
    return None


# ====================================================================== 2019: Renstra matrix
RENSTRA = {
    "K01": (39650, 40600, 41200, 41800, 42400, 43000, 43600, 40211),
    "K02": (68.2, 69, 70, 71, 72, 73, 74, 68.9),
    "K03": (6540, 6700, 6800, 6900, 7000, 7100, 7200, 6588),
    "K04": (19.4, 20, 21, 22, 23, 24, 25, 19.8),
    "K06": (13.1, 12.5, 12, 11.5, 11, 10.5, 10, 12.9),
    "K17": (2.9, 3.2, 3.5, 3.8, 4.1, 4.4, 4.7, 3.0),
    "K15": (16.4, 15.5, 15, 14.5, 14, 13.5, 13, 16.0),
    "K20": (2.51, 2.45, 2.4, 2.35, 2.3, 2.25, 2.2, 2.47),
    "K23": (86.0, 88, 90, 92, 94, 96, 98, 89.1),
    "K07": (3, 8, 14, 18, 22, 26, 30, 9),
    "K09": (109, 116, 120, 124, 128, 132, 136, 114),
    "K10": (87, 92, 96, 100, 104, 108, 112, 90),
    "K11": (79, 84, 88, 92, 96, 100, 104, 83),
    "K13": (72.5, 74, 75, 76, 77, 78, 79, 73.6),
    "K19": (12, 16, 18, 20, 22, 24, 26, 15),
    "K08": (226, 240, 240, 260, 260, 280, 280, 246),
    "K14": (2640, 2800, 3000, 3200, 3400, 3600, 3800, 2915),
    "K16": (29, 32, 32, 34, 34, 36, 36, 31),
    "K22": (92460, 94000, 95000, 96000, 97000, 98000, 99000, 94105),
}  # (kondisi awal 2017, target 2018..2023, realisasi 2018)


def sheet_2019(K, fname):
    y = 2019
    sh = "Renstra 2018-2023"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    S = Sh(ws)
    S.widths({"A": 5, "B": 28, "C": 42, "D": 11, "E": 11, "L": 12, "M": 11, "N": 11, "O": 11})
    for c in "FGHIJK":
        S.width(c, 10)
    S.merge("A1:O1", "MATRIKS RENCANA STRATEGIS (RENSTRA) 2018-2023 DAN REALISASI KINERJA TAHUN 2019", bold=True, h="center", size=12)
    S.merge("A2:O2", "UPTD BALAI PENYULUHAN KB KABUPATEN GUNUNG TALAGA", bold=True, h="center")
    hd = dict(bold=True, h="center", va="center", wrap=True, border=True, fill=GREY)
    S.merge("A4:A5", "No", **hd)
    S.merge("B4:B5", "Sasaran", **hd)
    S.merge("C4:C5", "Indikator Kinerja", **hd)
    S.merge("D4:D5", "Satuan", **hd)
    S.merge("E4:E5", "Kondisi Awal (2017)", **hd)
    S.merge("F4:K4", "Target Kinerja", **hd)
    for c, yy in zip("FGHIJK", range(2018, 2024)):
        S.put(f"{c}5", str(yy), **hd)
    S.merge("L4:L5", "Kondisi Akhir Renstra (2023)", **hd)
    S.merge("M4:M5", "Realisasi 2018", **hd)
    S.merge("N4:N5", "Realisasi 2019", **hd)
    S.merge("O4:O5", "Capaian 2019 (%)", **hd)
    for i, c in enumerate("ABCDEFGHIJKLMNO", 1):
        S.put(f"{c}6", f"({i})", h="center", border=True)
    groups = [(1, ["K01", "K02", "K03", "K04", "K06", "K17", "K15", "K20", "K23"]),
              (2, ["K07", "K09", "K10", "K11", "K13", "K19"]),
              (3, ["K08", "K14", "K16", "K22"])]
    row = 7
    no = 1
    rows_of = {}
    for sas, ids in groups:
        start = row
        for iid in ids:
            for c in "ABCDEFGHIJKLMNO":
                S.put(f"{c}{row}", None, border=True)
            name = nm(iid, y)
            t, r = tr(iid, y)
            rs = RENSTRA[iid]
            assert rs[2] == t, iid
            S.put(f"A{row}", no, h="center", va="top", border=True)
            no += 1
            S.put(f"C{row}", name, wrap=True, va="top", border=True)
            S.put(f"D{row}", unit(iid), h="center", border=True)
            S.put(f"E{row}", rs[0], fmt=fmt_for(iid, rs[0]), border=True)
            kt = t
            for c, v in zip("FGHIJK", rs[1:7]):
                if iid == "K16" and c == "G":
                    v = 320          # PLANT: 10x target (32 intended)
                    kt = 320
                S.put(f"{c}{row}", v, fmt=fmt_for(iid, v), border=True)
            S.put(f"L{row}", rs[6], fmt=fmt_for(iid, rs[6]), border=True)
            S.put(f"M{row}", rs[7], fmt=fmt_for(iid, rs[7]), border=True)
            kr = r
            if iid == "K02":
                S.put(f"N{row}", f"=ROUND(N{rows_of['K01']}/58886*100,2)", fmt=DEC2, border=True)
                kr = round(40866 / 58886 * 100, 2)
                assert abs(kr - r) < 1e-9
            elif iid == "K20":
                S.put(f"N{row}", "-*)", h="center", border=True)
                kr = None
            else:
                S.put(f"N{row}", r, fmt=fmt_for(iid, r), border=True)
            S.put(f"O{row}", f"=IFERROR(ROUND(N{row}/G{row}*100,2),\"-\")", fmt=DEC2, border=True)
            rows_of[iid] = row
            K.add(fname, sh, f"C{row}", y, name, iid, kt, kr, [f"G{row}"], [f"N{row}"])
            row += 1
        S.merge(f"B{start}:B{row - 1}", SAS[sas], wrap=True, va="top", border=True)
    S.put(f"A{row+1}", "*) TFR hasil SDKI / Long Form SP belum dirilis BPS, realisasi belum dapat diisi", italic=True)
    S.put(f"A{row+2}", "Catatan: jumlah PUS 2019 = 58.886 pasangan (hasil Pendataan Keluarga)", italic=True)
    sig(S, row + 4, "L", "Gunung Talaga, 30 Januari 2020", HEAD_1)

    d = wb.create_sheet("Definisi Operasional")
    D = Sh(d)
    D.widths({"A": 5, "B": 45, "C": 70})
    D.put("A1", "DEFINISI OPERASIONAL INDIKATOR", bold=True)
    for c, lab in zip("ABC", ["No", "Indikator", "Definisi / Formula"]):
        D.put(f"{c}3", lab, bold=True, border=True, fill=GREY)
    defs = [("K01", "Jumlah PUS yang sedang menggunakan alat/obat kontrasepsi pada akhir periode"),
            ("K02", "Peserta KB aktif / jumlah PUS x 100"),
            ("K03", "Jumlah PUS yang baru pertama kali menggunakan kontrasepsi atau setelah melahirkan/keguguran"),
            ("K06", "PUS yang tidak ingin anak lagi / menunda tetapi tidak ber-KB / jumlah PUS x 100"),
            ("K15", "Peserta KB yang berhenti menggunakan kontrasepsi / peserta KB aktif x 100")]
    for i, (iid, df) in enumerate(defs, 4):
        D.put(f"A{i}", i - 3, border=True)
        D.put(f"B{i}", nm(iid, y), border=True)
        D.put(f"C{i}", df, wrap=True, border=True)
    h = wb.create_sheet("Sheet1")
    H = Sh(h)
    H.put("A1", "draft")
    H.put("A2", "Jumlah Peserta KB Aktif")
    H.put("B2", 41000)
    h.sheet_state = "hidden"
    wb.active = 0
    deliver(wb, SLUG, fname)


# ====================================================================== 2020: turned over, two sheets
AWAL_2020 = {"K03": 6900, "K08": 260, "K14": 3400, "K05": "-"}


def sheet_2020(K, fname):
    y = 2020
    wb = openpyxl.Workbook()
    parts = [("IKU 2020 (1)", [("K01", 1), ("K02", 1), ("K03", 1), ("K05", 1), ("K04", 1), ("K06", 1),
                               ("K17", 1), ("K15", 1), ("K23", 1), ("K07", 2)]),
             ("IKU 2020 (2)", [("K09", 2), ("K10", 2), ("K11", 2), ("K13", 2), ("K18", 2), ("K19", 2),
                               ("K08", 3), ("K14", 3), ("K16", 3)])]
    no = 1
    for pi, (sh, items) in enumerate(parts):
        ws = wb.active if pi == 0 else wb.create_sheet(sh)
        ws.title = sh
        S = Sh(ws)
        S.width("A", 22)
        S.width("B", 3)
        last = chr(ord("C") + len(items) - 1)
        S.merge(f"A1:{last}1", "INDIKATOR KINERJA UTAMA DAN CAPAIAN TAHUN 2020" + ("" if pi == 0 else " (lanjutan)"),
                bold=True, h="center", size=12)
        S.merge(f"A2:{last}2", "UPTD BALAI PENYULUHAN KB - DINAS PENGENDALIAN PENDUDUK DAN KB KABUPATEN GUNUNG TALAGA",
                bold=True, h="center")
        labels = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target PK Awal", "Target PK Perubahan",
                  "Realisasi 2020", "Capaian (%)", "Keterangan"]
        for i, lab in enumerate(labels):
            S.merge(f"A{4+i}:B{4+i}", lab, bold=True, border=True, fill=GREY, va="center", wrap=True)
        S.height(6, 62)
        # sasaran spans
        spans = {}
        for j, (iid, sas) in enumerate(items):
            c = chr(ord("C") + j)
            spans.setdefault(sas, []).append(c)
        for sas, cs in spans.items():
            rng = f"{cs[0]}5:{cs[-1]}5"
            if len(cs) > 1:
                S.merge(rng, SAS[sas], bold=True, h="center", wrap=True, border=True, fill=PALE)
            else:
                S.put(f"{cs[0]}5", SAS[sas], bold=True, h="center", wrap=True, border=True, fill=PALE)
        S.height(5, 45)
        notes = {"K03": "Pelayanan KB terhenti Apr-Jun (PSBB)", "K08": "Penyuluhan tatap muka dibatasi",
                 "K05": "Indikator baru pada PK Perubahan", "K14": "Sebagian konseling daring"}
        for j, (iid, sas) in enumerate(items):
            c = chr(ord("C") + j)
            S.width(c, 17)
            name = nm(iid, y)
            t, r = tr(iid, y)
            S.put(f"{c}4", no, h="center", border=True)
            no += 1
            S.put(f"{c}6", name, wrap=True, h="center", va="center", border=True, bold=True)
            S.put(f"{c}7", unit(iid), h="center", border=True)
            pct = kind(iid) == "p"
            awal = AWAL_2020.get(iid, t)
            kt, kr = t, r
            if pct:
                S.put(f"{c}8", awal / 100 if not isinstance(awal, str) else awal, fmt=PCT1, h="center", border=True)
                if iid == "K23":
                    S.put(f"{c}9", "90 - 95", h="center", border=True)
                else:
                    S.put(f"{c}9", t / 100, fmt=PCT1, h="center", border=True)
                if iid == "K13":
                    S.put(f"{c}10", 0.77, h="center", border=True)     # PLANT: fraction in a plain cell
                    kr = 0.77
                else:
                    S.put(f"{c}10", r / 100, fmt=PCT1, h="center", border=True)
            else:
                S.put(f"{c}8", awal, fmt=fmt_for(iid, awal), h="center", border=True)
                S.put(f"{c}9", t, fmt=fmt_for(iid, t), h="center", border=True)
                S.put(f"{c}10", r, fmt=fmt_for(iid, r), h="center", border=True)
            if iid == "K23":
                S.put(f"{c}11", f"=IFERROR(ROUND({c}10/0.9*100,2),\"-\")", fmt=DEC2, h="center", border=True)
            else:
                S.put(f"{c}11", f"=IFERROR(ROUND({c}10/{c}9*100,2),\"-\")", fmt=DEC2, h="center", border=True)
            S.put(f"{c}12", notes.get(iid), wrap=True, border=True)
            S.height(12, 45)
            K.add(fname, sh, f"{c}6", y, name, iid, kt, kr, [f"{c}9"], [f"{c}10"], shared=True)
        if pi == 1:
            sig(S, 15, "H", "Gunung Talaga, 29 Januari 2021", HEAD_1)
            S.put("C15", "Mengetahui,")
            S.put("C16", "Kepala Dinas Pengendalian Penduduk dan KB,")
            S.put("C20", KADIS[0], bold=True)
            S.put("C21", KADIS[1])
            S.put("C22", KADIS[2])
        else:
            S.put("A14", "Bersambung ke lembar berikutnya ...", italic=True)
    wb.active = 0
    deliver(wb, SLUG, fname)


# ====================================================================== 2021: per kecamatan (novel)
KEC = ["Talaga Hulu", "Talaga Hilir", "Sungai Rumbai", "Batu Betumpang", "Lubuk Sirih", "Padang Lalang"]
KW = [21, 18, 16, 17, 14, 14]


def sheet_2021(K, fname):
    y = 2021
    sh = "Rekap per Kecamatan"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    S = Sh(ws)
    S.widths({"A": 5, "B": 46, "C": 11, "D": 12, "K": 13, "L": 11})
    for c in "EFGHIJ":
        S.width(c, 12)
    S.merge("A1:L1", "REKAPITULASI CAPAIAN INDIKATOR KINERJA PER KECAMATAN", bold=True, h="center", size=12)
    S.merge("A2:L2", "UPTD BALAI PENYULUHAN KB KABUPATEN GUNUNG TALAGA - TAHUN 2021", bold=True, h="center")
    hd = dict(bold=True, h="center", va="center", wrap=True, border=True, fill=GREY)
    S.merge("A4:A5", "No", **hd)
    S.merge("B4:B5", "Indikator Kinerja", **hd)
    S.merge("C4:C5", "Satuan", **hd)
    S.merge("D4:D5", "Target Kab. 2021", **hd)
    S.merge("E4:J4", "Realisasi per Kecamatan", **hd)
    for c, k in zip("EFGHIJ", KEC):
        S.put(f"{c}5", k, **hd)
    S.merge("K4:K5", "Kabupaten", **hd)
    S.merge("L4:L5", "Capaian (%)", **hd)
    groups = [(1, ["K01", "K02", "K03", "K05", "K04", "K06", "K17", "K15", "K20", "K21"]),
              (2, ["K07b", "K12", "K13", "K18", "K19"]),
              (3, ["K08", "K14", "K16", "K22"])]
    pct_kec = {
        "K02": ([73.4, 70.2, 72.5, 71.1, 69.8, 72.9], 71.8, "typed"),
        "K04": ([21.8, 24.6, 22.9, 25.1, 23.0, 23.0], None, "avg"),
        "K06": ([11.2, 9.8, 10.4, 11.6, 10.1, 10.5], None, "avg"),
        "K17": ([4.9, 3.8, 4.1, 4.4, 3.9, 4.0], 4.2, "typed"),
        "K15": ([14.1, 12.8, 13.9, 13.2, 14.0, 13.6], None, "avg"),
        "K20": ([2.29, 2.41, 2.35, 2.30, 2.38, 2.26], 2.33, "typed"),
        "K21": ([41.2, 35.0, 36.8, 38.1, 34.9, 38.6], 37.6, "typed"),
        "K13": ([77.5, 80.2, 79.1, 78.0, 79.6, 79.0], None, "avg"),
    }
    row = 6
    no = 1
    for sas, ids in groups:
        S.merge(f"A{row}:L{row}", f"{'ABC'[sas - 1]}. {SAS[sas]}", bold=True, fill=PALE, border=True)
        row += 1
        for iid in ids:
            for c in "ABCDEFGHIJKL":
                S.put(f"{c}{row}", None, border=True)
            name = nm(iid, y)
            t, r = tr(iid, y)
            S.put(f"A{row}", no, h="center", border=True)
            no += 1
            S.put(f"B{row}", name, wrap=True, border=True)
            S.put(f"C{row}", unit(iid), h="center", border=True)
            S.put(f"D{row}", t, fmt=fmt_for(iid, t), border=True)
            if iid in pct_kec:
                vals, typed, how = pct_kec[iid]
                for c, v in zip("EFGHIJ", vals):
                    S.put(f"{c}{row}", v, border=True)
                if how == "typed":
                    S.put(f"K{row}", typed, border=True, bold=True)
                    kr = typed
                else:
                    S.put(f"K{row}", f"=AVERAGE(E{row}:J{row})", fmt=DEC2, border=True, bold=True)
                    kr = r2(sum(vals) / 6)
                    assert abs(kr - r) < 1e-6, (iid, kr, r)
            else:
                parts = split_int(r, KW if iid != "K07b" else [5, 4, 4, 4, 3, 2])
                for c, v in zip("EFGHIJ", parts):
                    S.put(f"{c}{row}", v, fmt=fmt_for(iid, v), border=True)
                if iid == "K08":
                    S.put(f"K{row}", 266, border=True, bold=True)     # PLANT: total typed over (sum is 259)
                    kr = 266
                elif iid == "K14":
                    S.put(f"K{row}", f"=SUM(E{row}:I{row})", fmt=THOU, border=True, bold=True)  # PLANT: range misses J
                    kr = sum(parts[:5])
                else:
                    S.put(f"K{row}", f"=SUM(E{row}:J{row})", fmt=fmt_for(iid, r), border=True, bold=True)
                    kr = sum(parts)
                    assert kr == r
            S.put(f"L{row}", f"=IFERROR(ROUND(K{row}/D{row}*100,2),\"-\")", fmt=DEC2, border=True)
            K.add(fname, sh, f"B{row}", y, name, iid, t, kr, [f"D{row}"], [f"K{row}"])
            row += 1
            if iid == "K16":   # the row pasted a second time, numbering and all (not a key row)
                for c in "ABCDEFGHIJKL":
                    src = ws[f"{c}{row - 1}"]
                    v = src.value
                    if isinstance(v, str) and v.startswith("="):
                        v = v.replace(str(row - 1), str(row))
                    S.put(f"{c}{row}", v, fmt=src.number_format, border=True)
                row += 1
    S.put(f"B{row+1}", "Keterangan: kolom Kabupaten untuk indikator persentase = rata-rata kecamatan, kecuali CPR, KB pria, TFR dan KBPP (hasil olah data SIGA).", italic=True)
    S.put(f"B{row+2}", "Sumber: SIGA BKKBN dan laporan bulanan PKB/PLKB kecamatan.", italic=True)
    sig(S, row + 4, "I", "Gunung Talaga, 24 Januari 2022", HEAD_2)
    wb.active = 0
    deliver(wb, SLUG, fname)


# ====================================================================== 2022: quarterly blocks, pasted twice
def quarters_2022(iid):
    t, r = tr(iid, 2022)
    data = {
        "K01": ([42600, 42700, 42800, 42900], [42480, 42611, 42895, 43218]),
        "K02": ([0.725, 0.727, 0.729, 0.73], [0.721, 0.728, 0.731, 0.736]),
        "K04": ([23.3, 23.5, 23.8, 24], [23.9, 24.3, 24.8, 25.1]),
        "K06": ([10.9, 10.8, 10.6, 10.5], [10.4, 10.1, 9.9, 9.8]),
        "K17": ([0.04, 0.041, 0.042, 0.043], [0.041, 0.042, 0.043, 0.044]),
        "K15": ([13.9, 13.8, 13.6, 13.5], [13.4, 13.2, 13.0, 12.9]),
        "K20": (["-", "-", "-", 2.3], ["-", "-", "-", 2.28]),
        "K21": ([0.45, 0.45, 0.45, 0.45], [0.412, 0.437, 0.451, 0.462]),
        "K07b": ([24, 24, 26, 26], ["-", 24, "-", 25]),
        "K09": ([127, 128, 129, 130], [128, 130, 131, 132]),
        "K10": ([105, 106, 107, 108], [105, 107, 108, 109]),
        "K11": ([95, 96, 97, 98], [95, 97, 98, 99]),
        "K13": ([78, 79, 79, 80], [78.6, 79.0, 79.2, 79.4]),
        "K18": ([45, 45, 45, 45], [44, 44, 45, 44]),
        "K19": ([22, 23, 23, 24], [22, 23, 25, None]),
        "K03": (split_int(6700, [25, 25, 25, 25]), split_int(6954, [22, 25, 26, 27])),
        "K05": (split_int(1700, [25, 25, 25, 25]), split_int(1765, [20, 24, 27, 29])),
        "K08": ([70, 70, 70, 70], [70, 72, 71, 71]),
        "K14": ([900, 1800, 2700, 3600], split_int(3688, [23, 26, 24, 27])),   # cumulative targets
    }
    return data[iid]


PCT_2022 = {"K02", "K17", "K21"}


def table_2022(S, top, K, fname, sh, record):
    hd = dict(bold=True, h="center", va="center", wrap=True, border=True, fill=GREY)
    for c, lab in zip("ABCDEFGH", ["No", "Sasaran Strategis", "Indikator Sasaran", "Periode", "Target",
                                   "Realisasi", "Capaian (%)", "Penanggung Jawab"]):
        S.put(f"{c}{top}", lab, **hd)
    for i, c in enumerate("ABCDEFGH", 1):
        S.put(f"{c}{top+1}", i, h="center", border=True)
    groups = [(1, ["K01", "K02", "K03", "K05", "K04", "K06", "K17", "K15", "K20", "K21"]),
              (2, ["K07b", "K09", "K10", "K11", "K13", "K18", "K19"]),
              (3, ["K08", "K14"])]
    pj = {1: "Koordinator PKB", 2: "Seksi Ketahanan Keluarga", 3: "Koordinator PKB"}
    row = top + 2
    no = 1
    for sas, ids in groups:
        start = row
        for iid in ids:
            name = nm(iid, 2022)
            t, r = tr(iid, 2022)
            tq, rq = quarters_2022(iid)
            pct = iid in PCT_2022
            for i in range(5):
                for c in "ABCDEFGH":
                    S.put(f"{c}{row+i}", None, border=True)
            S.put(f"A{row}", f"{no}.", h="center", va="top", border=True)
            no += 1
            S.put(f"C{row}", name, wrap=True, va="top", border=True)
            S.put(f"H{row}", pj[sas], wrap=True, va="top", border=True)
            S.put(f"D{row}", "Target Tahunan", border=True, bold=True)
            if pct:
                S.put(f"E{row}", t / 100, fmt=PCT1, border=True, bold=True)
            else:
                S.put(f"E{row}", t, fmt=fmt_for(iid, t) or (DEC2 if iid == "K20" else None), border=True, bold=True)
            for i, lab in enumerate(["TW I (B03)", "TW II (B06)", "TW III (B09)", "TW IV (B12)"]):
                rr = row + 1 + i
                S.put(f"D{rr}", lab, border=True)
                vt, vr = tq[i], rq[i]
                f = PCT1 if pct else (fmt_for(iid, vt) if isinstance(vt, (int, float)) else None)
                S.put(f"E{rr}", vt, fmt=f, border=True)
                if vr is not None:
                    f2 = PCT1 if pct else fmt_for(iid, vr)
                    S.put(f"F{rr}", vr, fmt=f2, border=True)
                    S.put(f"G{rr}", f"=IFERROR(ROUND(F{rr}/E{rr}*100,2),\"-\")", fmt=DEC2, border=True)
            for c in "ACH":
                S.merge(f"{c}{row}:{c}{row+4}", None)
            if record:
                vals = [v for v in rq if isinstance(v, (int, float))]
                if pct:
                    vals = [v * 100 for v in vals]
                if iid in FLOW:
                    kr, op = sum(vals), "sum"
                else:
                    kr, op = vals[-1], "last"
                assert abs(kr - r) < 1e-9, (iid, kr, r)
                K.add(fname, sh, f"C{row}", 2022, name, iid, t, r2(kr), [f"E{row}"],
                      [f"F{row+1}", f"F{row+2}", f"F{row+3}", f"F{row+4}"], r_op=op)
            row += 5
        S.merge(f"B{start}:B{row - 1}", SAS[sas], wrap=True, va="top", border=True)
    return row


def sheet_2022(K, fname):
    sh = "RA TW IV 2022"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    S = Sh(ws)
    S.widths({"A": 5, "B": 28, "C": 42, "D": 14, "E": 12, "F": 12, "G": 11, "H": 18})
    S.merge("A1:H1", "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", bold=True, h="center", size=12)
    S.merge("A2:H2", "UPTD BALAI PENYULUHAN KB KABUPATEN GUNUNG TALAGA", bold=True, h="center")
    S.merge("A3:H3", "TAHUN ANGGARAN 2022 (POSISI TRIWULAN IV)", bold=True, h="center")
    end = table_2022(S, 5, K, fname, sh, record=True)
    # the same table pasted a second time below (not keyed)
    end2 = table_2022(S, end + 3, K, fname, sh, record=False)
    sig(S, end2 + 2, "F", "Gunung Talaga, 16 Januari 2023", HEAD_2)
    wb.active = 0
    deliver(wb, SLUG, fname)


def main():
    K = KeyBook(SLUG, AGENCY, YEARS, AMBIG, FLOW)
    f1 = "Matriks Renstra dan Realisasi BPKB 2019.ods"
    f2 = "IKU BPKB 2020.xlsx"
    f3 = "Rekap Kecamatan BPKB 2021.xls"
    f4 = "Renaksi BPKB TW IV 2022.xlsx"
    sheet_2019(K, f1)
    sheet_2020(K, f2)
    sheet_2021(K, f3)
    sheet_2022(K, f4)
    K.files = [f1, f2, f3, f4]
    K.write()
    print(SLUG, len(K.rows), "key rows")


if __name__ == "__main__":
    main()
