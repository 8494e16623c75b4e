"""Agency 1: UPTD Balai Konservasi Cagar Budaya, Dinas Kebudayaan Provinsi Teluk Cendana (2020-2023).

Files
  PK dan LKjIP BKCB 2020-2021.xls   sheets 'PK 2020' (annual PK, merged Sasaran) and
                                    'Tabel 3.2 LKjIP 2021' (LKjIP chapter III, last years' columns,
                                    Indonesian text numbers)
  RENAKSI 2022 BKCB.ods             'RA 2022' quarters across (T/R pairs), no annual realisasi;
                                    hidden sheet 'RA 2022 (draft awal)', notes sheet 'Catatan'
  Kartu Kinerja BKCB 2023.xlsx      'Kartu Indikator 2023' (cards, two per band: novel layout) and
                                    'Data Kunjungan 2023' (monthly visitors feeding two cards)
"""
import openpyxl

from common import (ACC, DEC1, DEC2, GREY, PALE, PCT0, PCT1, THOU, KeyBook, Sh, deliver, idn,
                    r2, split_int)

SLUG = "uptd_bkcb_prov_teluk_cendana"
AGENCY = "UPTD Balai Konservasi Cagar Budaya, Dinas Kebudayaan Provinsi Teluk Cendana"
YEARS = [2020, 2021, 2022, 2023]
FLOW = ["C01", "C03", "C05", "C06", "C07", "C08", "C09", "C09b", "C10", "C13", "C14", "C15",
        "C19", "C20"]
AMBIG = [["C09", "C09b"]]

SAS = {
    1: "Meningkatnya pelestarian cagar budaya di Provinsi Teluk Cendana",
    2: "Meningkatnya pemanfaatan cagar budaya sebagai sarana edukasi dan wisata budaya",
    3: "Meningkatnya kualitas tata kelola dan pelayanan UPTD",
}

# id: unit, sasaran, kind ('n' count, 'p' percent, 'v' value with decimals), {year: (name, t, r)}
IND = {
    "C01": ("objek", 1, "n", {
        2020: ("Jumlah Cagar Budaya yang ditetapkan", 12, 11),
        2021: ("Jumlah cagar budaya yg ditetapkan (objek)", 14, 14),
        2022: ("Jumlah Cagar Budaya Yang Ditetapkan Dengan SK Gubernur", 15, 16),
        2023: ("Cagar budaya yang ditetapkan (jumlah objek)", 18, 17)}),
    "C02": ("%", 1, "p", {
        2020: ("Persentase Cagar Budaya yang ditetapkan terhadap ODCB terdaftar", 28, 26.4),
        2021: ("Prosentase cagar budaya yang ditetapkan thd ODCB terdaftar (%)", 31, 30.8),
        2022: ("Persentase Cagar Budaya Ditetapkan terhadap ODCB yang Terdaftar", 34, 35.2),
        2023: ("Persentase CB yang ditetapkan thd ODCB terdaftar", 37, 36.5)}),
    "C03": ("situs", 1, "n", {
        2020: ("Jumlah Cagar Budaya yang Dipugar", 3, 3),
        2021: ("Jumlah cagar budaya yang dipugar / direstorasi", 4, 3),
        2022: ("Jumlah Situs Cagar Budaya yang Dipugar dan Direstorasi", 4, 4),
        2023: ("Jumlah cagar budaya dipugar", 5, 5)}),
    "C04": ("orang", 1, "n", {
        2020: ("Jumlah Juru Pelihara Cagar Budaya", 85, 85),
        2021: ("Jumlah juru pelihara (jupel) yang aktif", 92, 90),
        2022: ("Jumlah Juru Pelihara Aktif", 96, 96),
        2023: ("Juru pelihara cagar budaya yang aktif (orang)", 100, 98)}),
    "C05": ("orang", 1, "n", {
        2020: ("Jumlah Juru Pelihara yang Mengikuti Bimbingan Teknis", 30, 28),
        2021: ("Jumlah jupel yg mengikuti bimtek", 35, 35),
        2022: ("Jumlah Juru Pelihara yang Dilatih (Bimtek)", 40, 42),
        2023: ("Jumlah juru pelihara mengikuti bimbingan teknis pelestarian", 40, 38)}),
    "C06": ("orang", 2, "n", {
        2020: ("Jumlah Pengunjung Situs Cagar Budaya", 45000, 18730),
        2021: ("Jumlah pengunjung situs cagar budaya (domestik & mancanegara)", 30000, 24615)}),
    "C07": ("orang", 2, "n", {
        2022: ("Jumlah Pengunjung Nusantara pada Situs Cagar Budaya", 38000, 41266),
        2023: ("Jumlah pengunjung nusantara situs CB", 48000, 52118)}),
    "C08": ("orang", 2, "n", {
        2022: ("Jumlah Pengunjung Mancanegara pada Situs Cagar Budaya", 1500, 1172),
        2023: ("Jumlah pengunjung mancanegara situs CB", 2500, 2764)}),
    "C09": ("dokumen", 1, "n", {
        2020: ("Jumlah Kajian Pelestarian Cagar Budaya", 2, 2),
        2021: ("Jumlah dokumen kajian pelestarian cagar budaya", 3, 3)}),
    "C09b": ("dokumen", 1, "n", {
        2022: ("Jumlah Kajian Zonasi dan Delineasi Cagar Budaya", 2, 2),
        2023: ("Jumlah dokumen kajian zonasi situs cagar budaya", 3, 2)}),
    "C10": ("objek", 1, "n", {
        2020: ("Jumlah Objek Diduga Cagar Budaya (ODCB) yang Didaftarkan", 40, 44),
        2021: ("Jumlah ODCB yang didaftarkan", 45, 47),
        2022: ("Jumlah ODCB yang Didaftar dan Diverifikasi", 50, 38),
        2023: ("ODCB yang didaftarkan (objek)", 50, 52)}),
    "C11": ("situs", 1, "n", {
        2020: ("Jumlah Situs yang Dipelihara Secara Rutin ", 64, 64),   # trailing space as typed
        2021: ("Jumlah situs cagar budaya yang dipelihara rutin", 66, 66),
        2022: ("Jumlah Situs Cagar Budaya Terpelihara", 70, 69),
        2023: ("Jumlah situs CB yang terpelihara secara rutin", 72, 72)}),
    "C12": ("%", 1, "p", {
        2020: ("Persentase Cagar Budaya dalam Kondisi Baik", 72, 70.5),
        2021: ("Prosentase cagar budaya kondisi baik", 74, 73.8),
        2022: ("Persentase Cagar Budaya dengan Kondisi Baik (%)", 76, 77.1),
        2023: ("Persentase CB dalam kondisi baik", 78, 78.4)}),
    "C13": ("buah", 1, "n", {
        2020: ("Jumlah Benda Cagar Budaya yang Dikonservasi", 120, 126),
        2021: ("Jumlah benda cagar budaya yang dikonservasi", 130, 131),
        2022: ("Jumlah Koleksi Benda Cagar Budaya yang Dikonservasi", 140, 152),
        2023: ("Jumlah benda CB yg dikonservasi (buah)", 150, 149)}),
    "C14": ("kali", 2, "n", {
        2020: ("Jumlah Sosialisasi Pelestarian Cagar Budaya", 6, 4),
        2021: ("Jumlah kegiatan sosialisasi & penyuluhan pelestarian CB", 8, 8),
        2022: ("Frekuensi Sosialisasi Pelestarian Cagar Budaya", 10, 10),
        2023: ("Jumlah sosialisasi pelestarian cagar budaya kepada masyarakat", 12, 12)}),
    "C15": ("orang", 2, "n", {
        2021: ("Jumlah peserta sosialisasi pelestarian", 400, 436),
        2022: ("Jumlah Peserta Sosialisasi Pelestarian Cagar Budaya", 500, 512),
        2023: ("Peserta sosialisasi pelestarian CB (orang)", 600, 588)}),
    "C16": ("nilai", 3, "v", {
        2020: ("Indeks Kepuasan Masyarakat (IKM) terhadap Layanan Balai", 80, 81.25),
        2021: ("Nilai IKM pelayanan balai", 81, 82.4),
        2022: ("Indeks Kepuasan Masyarakat", 82, 83.1),
        2023: ("IKM Layanan UPTD Balai Konservasi Cagar Budaya", 83, 84.7)}),
    "C17": ("nilai", 3, "v", {
        2020: ("Nilai Evaluasi SAKIP UPTD", "B", "B"),
        2021: ("Hasil evaluasi AKIP oleh Inspektorat", "BB", "B"),
        2022: ("Nilai AKIP UPTD", 70, 68.45),
        2023: ("Nilai Hasil Evaluasi AKIP UPTD", 70, 71.2)}),
    "C18": ("%", 3, "p", {
        2020: ("Persentase Realisasi Anggaran", 95, 88.6),
        2021: ("Persentase penyerapan anggaran", 95, 93.2),
        2022: ("Persentase Serapan Anggaran UPTD", 95, 96.05)}),
    "C19": ("situs", 1, "n", {
        2021: ("Jumlah situs yg dilengkapi papan informasi & pagar pengaman", 10, 9),
        2022: ("Jumlah Situs Cagar Budaya yang Dilengkapi Papan Informasi dan Pagar Pengaman", 12, 12),
        2023: ("Situs dilengkapi papan informasi dan pagar pengaman (situs)", 12, 13)}),
    "C20": ("kegiatan", 2, "n", {
        2020: ("Jumlah Publikasi dan Pameran Cagar Budaya", 4, 2),
        2022: ("Jumlah Pameran & Publikasi Cagar Budaya", 5, 5),
        2023: ("Jumlah publikasi/pameran cagar budaya", 6, 7)}),
    "C21": ("orang", 1, "n", {
        2022: ("Jumlah Tenaga Ahli Cagar Budaya Bersertifikat", 5, 4),
        2023: ("Jumlah TACB bersertifikat", 6, 6)}),
    "C22": ("%", 1, "p", {
        2020: ("Persentase Rekomendasi Pelestarian yang Ditindaklanjuti", 80, 75),
        2021: ("Persentase rekomendasi pelestarian yang ditindaklanjuti", 85, 86)}),
}


def nm(i, y):
    return IND[i][3][y][0]


def tr(i, y):
    return IND[i][3][y][1], IND[i][3][y][2]


def unit(i):
    return IND[i][0]


def kind(i):
    return IND[i][2]


HEAD_OLD = ("Dra. SEKAR AYU WULANDARI, M.Hum", "Pembina (IV/a)", "NIP. 19710415 199803 2 006")
HEAD_NEW = ("MUHAMMAD RIZAL TANJUNG, S.S., M.A.", "Penata Tk. I (III/d)", "NIP. 19790922 200501 1 013")


def signature(S, row, colL, date, head, title="Kepala UPTD Balai Konservasi Cagar Budaya,"):
    S.put(f"{colL}{row}", date)
    S.put(f"{colL}{row+1}", title)
    S.put(f"{colL}{row+5}", head[0], bold=True)
    S.put(f"{colL}{row+6}", head[1])
    S.put(f"{colL}{row+7}", head[2])


# ====================================================================== 2020: PK annual table
def sheet_2020(wb, K, fname):
    y = 2020
    ws = wb.active
    ws.title = "PK 2020"
    S = Sh(ws)
    S.widths({"A": 5, "B": 30, "C": 46, "D": 9, "E": 9, "F": 9, "G": 9, "H": 11, "I": 28})
    S.merge("A1:I1", "PENGUKURAN KINERJA TAHUN 2020", bold=True, h="center", size=13)
    S.merge("A2:I2", "UPTD BALAI KONSERVASI CAGAR BUDAYA", bold=True, h="center")
    S.merge("A3:I3", "DINAS KEBUDAYAAN PROVINSI TELUK CENDANA", bold=True, h="center")
    S.put("A5", "Unit Kerja : UPTD Balai Konservasi Cagar Budaya")
    hd = dict(bold=True, h="center", va="center", wrap=True, border=True, fill=GREY)
    S.merge("A6:A7", "No", **hd)
    S.merge("B6:B7", "Sasaran Strategis", **hd)
    S.merge("C6:C7", "Indikator Kinerja", **hd)
    S.merge("D6:E6", "Target", **hd)
    S.merge("F6:G6", "Realisasi", **hd)
    S.merge("H6:H7", "Capaian (%)", **hd)
    S.merge("I6:I7", "Keterangan", **hd)
    for c, v in zip("DEFG", ["Nilai", "Satuan", "Nilai", "Satuan"]):
        S.put(f"{c}7", v, **hd)
    S.put("A8", "(1)", h="center", border=True)
    S.put("B8", "(2)", h="center", border=True)
    S.put("C8", "(3)", h="center", border=True)
    S.merge("D8:E8", "(4)", h="center", border=True)
    S.merge("F8:G8", "(5)", h="center", border=True)
    S.put("H8", "(6)", h="center", border=True)
    S.put("I8", "(7)", h="center", border=True)

    order = [("C01", 1), ("C02", 1), ("C03", 1), ("C10", 1), ("C04", 1), ("C05", 1), ("C11", 1),
             ("C12", 1), ("C13", 1), ("DRAFT", 1), ("C09", 1), ("C22", 1),
             ("C06", 2), ("C14", 2), ("C20", 2), ("C16", 3), ("C17", 3), ("C18", 3)]
    notes = {"C06": "Situs ditutup April - Agustus (pandemi COVID-19)",
             "C14": "2 kegiatan dibatalkan (refocusing anggaran)",
             "C20": "Pameran keliling ditiadakan",
             "C01": "Sidang TACB provinsi 2 kali"}
    row = 9
    no = 1
    for iid, sas in order:
        for c in "ABCDEFGHI":
            S.put(f"{c}{row}", None, border=True)
        if iid == "DRAFT":
            # hidden draft row: not a key row
            S.put(f"C{row}", "Jumlah naskah kuno yang didigitalisasi", border=True, wrap=True)
            S.put(f"D{row}", 50, border=True)
            S.put(f"E{row}", "naskah", border=True)
            S.put(f"F{row}", 0, border=True)
            S.put(f"G{row}", "naskah", border=True)
            S.hide_row(row)
            row += 1
            continue
        S.put(f"A{row}", no, h="center", va="top", border=True)
        no += 1
        name = nm(iid, y)
        t, r = tr(iid, y)
        if iid == "C01":
            t = 120  # PLANT: 10x target (12 intended)
        ref = f"C{row}"
        if iid == "C03":
            ref = f"B{row}"  # indicator typed into the Sasaran column
        S.put(ref, name, wrap=True, va="top", border=True)
        u = unit(iid)
        S.put(f"D{row}", t, border=True, h="center")
        S.put(f"E{row}", u if u != "nilai" else ("predikat" if isinstance(t, str) else "nilai"), border=True, h="center")
        S.put(f"F{row}", r, border=True, h="center")
        S.put(f"G{row}", S.ws[f"E{row}"].value, border=True, h="center")
        if isinstance(t, str):
            S.put(f"H{row}", 100, border=True, h="center")
            kt, kr = None, None
        else:
            S.put(f"H{row}", f"=IFERROR(ROUND(F{row}/D{row}*100,2),\"\")", fmt=DEC2, border=True, h="center")
            kt, kr = t, r
        if kind(iid) == "n" and t >= 1000:
            S.ws[f"D{row}"].number_format = THOU
            S.ws[f"F{row}"].number_format = THOU
        if iid in notes:
            S.put(f"I{row}", notes[iid], wrap=True, border=True)
        K.add(fname, "PK 2020", ref, y, name, iid, kt, kr, [f"D{row}"], [f"F{row}"])
        row += 1
    # sasaran column: merged as the clerk left it (C03 sits in B11)
    S.merge("B9:B10", SAS[1], wrap=True, va="top", border=True)
    S.merge("B12:B20", None)
    S.merge("B21:B23", SAS[2], wrap=True, va="top", border=True)
    S.merge("B24:B26", SAS[3], wrap=True, va="top", border=True)
    row += 1
    S.put(f"B{row}", "Jumlah Anggaran Tahun 2020 : Rp. 1.845.300.000,-")
    S.put(f"B{row+1}", "Jumlah Realisasi Anggaran Tahun 2020 : Rp. 1.634.936.580,- (88,60 %)")
    signature(S, row + 3, "G", "Bandar Cendana, 31 Desember 2020", HEAD_OLD)
    S.put(f"B{row+3}", "Mengetahui,")
    S.put(f"B{row+4}", "Kepala Dinas Kebudayaan Provinsi Teluk Cendana,")
    S.put(f"B{row+8}", "Drs. HENDRIK PATTINAMA, M.Si", bold=True)
    S.put(f"B{row+9}", "Pembina Utama Muda (IV/c)")
    S.put(f"B{row+10}", "NIP. 19660308 199203 1 009")


# ====================================================================== 2021: LKjIP chapter III
REAL_2019 = {"C01": 9, "C02": 24.1, "C03": 2, "C04": 80, "C05": 25, "C06": 51874, "C09": 2,
             "C10": 38, "C11": 61, "C12": 69.8, "C13": 104, "C14": 6, "C16": 79.6, "C17": "B",
             "C18": 91.37, "C22": None, "C15": None, "C19": None}
RENSTRA_END = {"C01": 22, "C02": 40, "C03": 6, "C04": 105, "C05": 45, "C06": 60000, "C09": 3,
               "C10": 55, "C11": 75, "C12": 80, "C13": 160, "C14": 12, "C15": 600, "C16": 85,
               "C17": "A", "C18": 95, "C19": 15, "C22": 90}


def txt(iid, v, dec=None):
    """Value as a clerk types it in Indonesian text with its unit."""
    if v is None:
        return "-"
    if isinstance(v, str):
        return v
    k = kind(iid)
    u = unit(iid)
    if k == "p":
        d = 1 if dec is None else dec
        if float(v).is_integer():
            d = 0
        return f"{idn(v, d)} %"
    if k == "v":
        d = 2 if dec is None else dec
        if float(v).is_integer():
            d = 0
        return idn(v, d)
    return f"{idn(v)} {u}"


def sheet_2021(wb, K, fname):
    y = 2021
    ws = wb.create_sheet("Tabel 3.2 LKjIP 2021")
    S = Sh(ws)
    S.widths({"A": 52, "B": 13, "C": 13, "D": 13, "E": 13, "F": 10, "G": 14, "H": 14})
    S.put("A1", "BAB III  AKUNTABILITAS KINERJA", bold=True)
    S.put("A2", "Tabel 3.2", bold=True)
    S.put("A3", "Perbandingan Realisasi dan Capaian Indikator Kinerja Tahun 2021 dengan Tahun-Tahun Sebelumnya", italic=True)
    hd = dict(bold=True, h="center", va="center", wrap=True, border=True, fill=GREY)
    S.merge("A5:A6", "Indikator Kinerja", **hd)
    S.merge("B5:C5", "Realisasi", **hd)
    S.put("B6", "2019", **hd)
    S.put("C6", "2020", **hd)
    S.merge("D5:F5", "Tahun 2021", **hd)
    S.put("D6", "Target", **hd)
    S.put("E6", "Realisasi", **hd)
    S.put("F6", "% Capaian", **hd)
    S.merge("G5:G6", "Target Akhir Renstra (2023)", **hd)
    S.merge("H5:H6", "Capaian s.d. 2021 thd Target Akhir Renstra (%)", **hd)
    groups = [(1, ["C01", "C02", "C03", "C04", "C05", "C10", "C11", "C12", "C13", "C19", "C09", "C22"]),
              (2, ["C06", "C14", "C15"]), (3, ["C16", "C17", "C18"])]
    row = 7
    no = 1
    for sas, ids in groups:
        S.merge(f"A{row}:H{row}", f"Sasaran {sas} : {SAS[sas]}", bold=True, fill=PALE, border=True)
        row += 1
        for iid in ids:
            name = f"{no}. {nm(iid, y)}"
            no += 1
            t, r = tr(iid, y)
            S.put(f"A{row}", name, wrap=True, va="top", border=True)
            r20 = IND[iid][3].get(2020)
            S.put(f"B{row}", txt(iid, REAL_2019.get(iid)), h="right", border=True)
            S.put(f"C{row}", txt(iid, r20[2] if r20 else None), h="right", border=True)
            S.put(f"D{row}", txt(iid, t), h="right", border=True)
            kt, kr = t, r
            if iid == "C12":
                S.put(f"E{row}", 0.738, h="right", border=True)   # PLANT: fraction in a plain cell
                kr = 0.738
            elif iid == "C06":
                S.put(f"E{row}", txt(iid, r) + "*)", h="right", border=True)
            else:
                S.put(f"E{row}", txt(iid, r), h="right", border=True)
            if isinstance(t, str):
                kt, kr = None, None
                S.put(f"F{row}", "-", h="center", border=True)
                S.put(f"H{row}", "-", h="center", border=True)
            else:
                S.put(f"F{row}", idn(r2(r / t * 100, 2), 2), h="right", border=True)
                end = RENSTRA_END[iid]
                S.put(f"H{row}", idn(r2(r / end * 100, 2), 2), h="right", border=True)
            S.put(f"G{row}", txt(iid, RENSTRA_END[iid]), h="right", border=True)
            K.add(fname, "Tabel 3.2 LKjIP 2021", f"A{row}", y, name, iid, kt, kr, [f"D{row}"], [f"E{row}"])
            row += 1
    S.put(f"A{row}", "*) Data kunjungan bulan Desember 2021 masih bersifat sementara", italic=True)
    S.put(f"A{row+1}", "Sumber: Laporan Tahunan UPTD BKCB 2019-2021, diolah", italic=True)
    row += 3
    para = ("Dari 18 indikator kinerja, 9 indikator mencapai atau melampaui target. Indikator jumlah "
            "pengunjung situs belum mencapai target karena pembatasan kegiatan masyarakat (PPKM) pada "
            "bulan Juli - September 2021.")
    S.merge(f"A{row}:H{row+2}", para, wrap=True, va="top")
    row += 4
    S.put(f"A{row}", "Tabel 3.3", bold=True)
    S.put(f"A{row+1}", "Realisasi Anggaran per Program Tahun 2021", italic=True)
    S.put(f"A{row+2}", "Program", **hd)
    S.put(f"B{row+2}", "Anggaran (Rp)", **hd)
    S.put(f"C{row+2}", "Realisasi (Rp)", **hd)
    S.put(f"D{row+2}", "%", **hd)
    progs = [("Program Penunjang Urusan Pemerintahan Daerah Provinsi", 1132400000, 1071835560),
             ("Program Pelestarian dan Pengelolaan Cagar Budaya", 968750000, 891224300)]
    rr = row + 3
    for p, a, b in progs:
        S.put(f"A{rr}", p, border=True, wrap=True)
        S.put(f"B{rr}", a, fmt=ACC, border=True)
        S.put(f"C{rr}", b, fmt=ACC, border=True)
        S.put(f"D{rr}", f"=ROUND(C{rr}/B{rr}*100,2)", fmt=DEC2, border=True)
        rr += 1
    S.put(f"A{rr}", "Jumlah", bold=True, border=True)
    S.put(f"B{rr}", f"=SUM(B{row+3}:B{rr-1})", fmt=ACC, border=True)
    S.put(f"C{rr}", f"=SUM(C{row+3}:C{rr-1})", fmt=ACC, border=True)
    S.put(f"D{rr}", f"=ROUND(C{rr}/B{rr}*100,2)", fmt=DEC2, border=True)


# ====================================================================== 2022: Rencana Aksi, quarters across
def quarters_2022(iid):
    """(quarter targets, quarter realisasi) as written; None = blank; '-' = dash."""
    t, r = tr(iid, 2022)
    k = kind(iid)
    if iid == "C16":
        return ["-", 82, "-", 82], ["-", 82.6, "-", 83.1]
    if iid == "C17":
        return ["-", "-", "-", 70], ["-", "-", "-", 68.45]
    if iid == "C18":
        return [0.2, 0.45, 0.7, 0.95], [0.187, 0.4213, 0.6882, 0.9605]
    if iid == "C02":
        return [0.31, 0.32, 0.33, 0.34], [0.318, 0.327, 0.339, 0.352]
    if iid == "C12":
        return [0.74, 0.745, 0.75, 0.76], [0.742, 0.751, 0.763, 0.771]
    if iid == "C21":
        return ["-", 3, 4, 5], ["-", 3, 4, 4]
    if iid == "C09b":
        return ["-", "-", 1, 1], ["-", "-", 1, 1]
    if iid == "C19":
        return [3, 3, 3, 3], [3, 5, 4, None]  # TW IV not reported yet
    if iid in ("C04", "C11"):      # level counts: cumulative
        tq = [t - 6, t - 4, t - 2, t] if iid == "C04" else [t - 3, t - 2, t - 1, t]
        rq = [r - 5, r - 3, r - 1, r] if iid == "C04" else [r - 2, r - 2, r - 1, r]
        return tq, rq
    if iid in FLOW:
        wt = {"C07": [18, 24, 27, 31], "C08": [9, 20, 33, 38], "C13": [20, 30, 30, 20],
              "C15": [15, 30, 30, 25], "C10": [10, 30, 40, 20]}.get(iid, [25, 25, 25, 25])
        tq = split_int(t, [25, 25, 25, 25]) if t >= 4 else split_int(t, [0, 1, 1, 1])
        rq = split_int(r, wt)
        return tq, rq
    raise ValueError(iid)


def sheet_2022(K, fname):
    y = 2022
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RA 2022"
    S = Sh(ws)
    S.widths({"A": 5, "B": 50, "C": 10, "D": 11, "E": 9, "F": 10, "G": 9, "H": 10, "I": 9, "J": 10,
              "K": 9, "L": 10, "M": 26})
    S.merge("A1:M1", "RENCANA AKSI DAN REALISASI KINERJA", bold=True, h="center", size=13)
    S.merge("A2:M2", "UPTD BALAI KONSERVASI CAGAR BUDAYA PROVINSI TELUK CENDANA", bold=True, h="center")
    S.merge("A3:M3", "TAHUN ANGGARAN 2022", bold=True, h="center")
    hd = dict(bold=True, h="center", va="center", wrap=True, border=True, fill=GREY)
    S.merge("A5:A6", "No", **hd)
    S.merge("B5:B6", "Sasaran / Indikator Kinerja", **hd)
    S.merge("C5:C6", "Satuan", **hd)
    S.merge("D5:D6", "Target 2022", **hd)
    for i, (a, b) in enumerate([("E", "F"), ("G", "H"), ("I", "J"), ("K", "L")]):
        S.merge(f"{a}5:{b}5", f"Triwulan {'I' * (i + 1) if i < 3 else 'IV'}", **hd)
        S.put(f"{a}6", "Target", **hd)
        S.put(f"{b}6", "Realisasi", **hd)
    S.merge("M5:M6", "Keterangan", **hd)
    groups = [(1, ["C01", "C02", "C03", "C04", "C05", "C10", "C11", "C12", "C13", "HID", "C19", "C21", "C09b"]),
              (2, ["C07", "C08", "C14", "C15", "C20"]), (3, ["C16", "C17", "C18"])]
    notes = {"C19": "TW IV dalam proses verifikasi", "C16": "Survei IKM per semester",
             "C17": "LHE Inspektorat diterima Desember", "C08": "Kunjungan kapal pesiar TW III-IV",
             "C10": "Verifikasi lapangan terkendala cuaca"}
    row = 7
    roman = {1: "I", 2: "II", 3: "III"}
    for sas, ids in groups:
        S.put(f"A{row}", roman[sas], bold=True, h="center", border=True)
        S.merge(f"B{row}:M{row}", f"SASARAN {sas} : {SAS[sas].upper()}", bold=True, fill=PALE, border=True)
        row += 1
        letter = 0
        for iid in ids:
            for c in "ABCDEFGHIJKLM":
                S.put(f"{c}{row}", None, border=True)
            if iid == "HID":
                S.put(f"B{row}", "Jumlah prasasti yang dialihaksarakan", border=True)
                S.put(f"C{row}", "prasasti", border=True)
                S.put(f"D{row}", 6, border=True)
                S.hide_row(row)
                row += 1
                continue
            name = f"{'abcdefghijklmnop'[letter]}) {nm(iid, y)}"
            letter += 1
            t, r = tr(iid, y)
            tq, rq = quarters_2022(iid)
            S.put(f"B{row}", name, wrap=True, va="top", border=True)
            S.put(f"C{row}", unit(iid), h="center", border=True)
            pct = kind(iid) == "p"
            kt = t
            if iid == "C16":
                S.put(f"D{row}", "82 - 84", h="center", border=True)
                kt = 82
            elif iid == "C18":
                S.put(f"D{row}", "≥ 95 %", h="center", border=True)
                kt = 95
            elif pct:
                S.put(f"D{row}", t / 100, fmt=PCT0, h="center", border=True)
            else:
                S.put(f"D{row}", t, fmt=THOU if t >= 1000 else None, h="center", border=True)
            cols = [("E", "F"), ("G", "H"), ("I", "J"), ("K", "L")]
            for (ct, cr), vt, vr in zip(cols, tq, rq):
                fmt = None
                if pct:
                    fmt = PCT1 if iid != "C18" else "0.00%"
                elif isinstance(vr, (int, float)) and vr >= 1000:
                    fmt = THOU
                elif iid in ("C16", "C17"):
                    fmt = DEC2
                S.put(f"{ct}{row}", vt, fmt=(PCT0 if pct and iid != "C12" else fmt), h="center", border=True)
                if vr is not None:
                    S.put(f"{cr}{row}", vr, fmt=fmt, h="center", border=True)
            if iid in notes:
                S.put(f"M{row}", notes[iid], wrap=True, border=True)
            # key realisasi: flows = sum of reported quarters, levels = last reported
            vals = [v for v in rq if isinstance(v, (int, float))]
            if pct:
                vals = [v * 100 for v in vals]
            if iid in FLOW:
                kr = sum(vals)
                op = "sum"
            else:
                kr = vals[-1]
                op = "last"
            assert abs(kr - r) < 1e-9, (iid, kr, r)
            K.add(fname, "RA 2022", f"B{row}", y, name, iid, kt, r2(kr, 6), [f"D{row}"],
                  [f"F{row}", f"H{row}", f"J{row}", f"L{row}"], r_op=op)
            row += 1
    row += 1
    S.put(f"B{row}", "Catatan: realisasi TW IV merupakan data s.d. 31 Desember 2022", italic=True)
    signature(S, row + 2, "I", "Bandar Cendana, 9 Januari 2023", HEAD_NEW)

    # hidden draft sheet (older targets) -- not keyed
    d = wb.create_sheet("RA 2022 (draft awal)")
    D = Sh(d)
    D.put("A1", "DRAFT RENCANA AKSI 2022 (sebelum PK Perubahan)", bold=True)
    D.put("A3", "Indikator")
    D.put("B3", "Target")
    rr = 4
    for iid in ["C01", "C02", "C04", "C07", "C08", "C13"]:
        D.put(f"A{rr}", nm(iid, y))
        t, _ = tr(iid, y)
        D.put(f"B{rr}", round(t * 1.1) if kind(iid) == "n" else t)
        rr += 1
    d.sheet_state = "hidden"
    c = wb.create_sheet("Catatan")
    C = Sh(c)
    lines = ["Catatan penyusunan Rencana Aksi 2022:",
             "1. Target triwulan indikator kumulatif (jupel aktif, situs terpelihara) ditulis kumulatif.",
             "2. Target triwulan indikator jumlah kegiatan ditulis per triwulan.",
             "3. Data pengunjung bersumber dari buku tamu dan tiket situs.",
             "4. Nilai AKIP bersumber dari LHE Inspektorat Provinsi."]
    for i, l in enumerate(lines, 1):
        C.put(f"A{i}", l)
    wb.active = 0
    deliver(wb, SLUG, fname)


# ====================================================================== 2023: cards (novel)
def sheet_2023(K, fname):
    y = 2023
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kartu Indikator 2023"
    S = Sh(ws)
    S.widths({"A": 17, "B": 16, "C": 14, "D": 14, "E": 3, "F": 17, "G": 16, "H": 14, "I": 14})
    S.merge("A1:I1", "KARTU INDIKATOR KINERJA TAHUN 2023", bold=True, h="center", size=13)
    S.merge("A2:I2", "UPTD BALAI KONSERVASI CAGAR BUDAYA - DINAS KEBUDAYAAN PROVINSI TELUK CENDANA", bold=True, h="center")
    S.merge("A3:I3", "(satu kartu untuk setiap indikator kinerja; data s.d. 31 Desember 2023)", italic=True, h="center")

    # monthly visitors sheet feeding C07 / C08
    dv = wb.create_sheet("Data Kunjungan 2023")
    DV = Sh(dv)
    DV.widths({"A": 14, "B": 14, "C": 14, "D": 14})
    DV.put("A1", "DATA KUNJUNGAN SITUS CAGAR BUDAYA TAHUN 2023", bold=True)
    DV.put("A2", "Sumber: buku tamu dan tiket masuk 9 situs")
    for c, v in zip("ABCD", ["Bulan", "Nusantara", "Mancanegara", "Jumlah"]):
        DV.put(f"{c}5", v, bold=True, border=True, fill=GREY, h="center")
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
    nus = split_int(52118, [9, 7, 7, 12, 8, 10, 11, 9, 6, 6, 6, 9])
    man = split_int(2764, [5, 4, 5, 6, 7, 9, 14, 15, 10, 8, 7, 10])
    for i, mth in enumerate(months):
        rr = 6 + i
        DV.put(f"A{rr}", mth, border=True)
        DV.put(f"B{rr}", nus[i], fmt=THOU, border=True)
        DV.put(f"C{rr}", man[i], fmt=THOU, border=True)
        DV.put(f"D{rr}", f"=B{rr}+C{rr}", fmt=THOU, border=True)
    DV.put("A18", "Jumlah", bold=True, border=True)
    for c in "BCD":
        DV.put(f"{c}18", f"=SUM({c}6:{c}17)", fmt=THOU, bold=True, border=True)

    order = [("C01", 1), ("C02", 1), ("C03", 1), ("C04", 1), ("C05", 1), ("C10", 1), ("C11", 1),
             ("C12", 1), ("C13", 1), ("C19", 1), ("C21", 1), ("C09b", 1),
             ("C07", 2), ("C08", 2), ("C14", 2), ("C15", 2), ("C20", 2), ("C16", 3), ("C17", 3)]
    sources = {1: "Seksi Pelestarian", 2: "Seksi Pemanfaatan", 3: "Subbag Tata Usaha"}
    top = 5
    for n, (iid, sas) in enumerate(order):
        band, side = divmod(n, 2)
        r0 = top + band * 9
        L, V1, V3 = ("A", "B", "D") if side == 0 else ("F", "G", "I")
        lab = dict(bold=True, border=True, fill=PALE)
        S.merge(f"{L}{r0}:{V3}{r0}", f"KARTU INDIKATOR No. {n + 1}", bold=True, h="center", fill=GREY, border=True)
        S.put(f"{L}{r0+1}", "Sasaran", **lab)
        S.merge(f"{V1}{r0+1}:{V3}{r0+1}", SAS[sas], wrap=True, border=True)
        S.height(r0 + 1, 30)
        S.put(f"{L}{r0+2}", "Indikator Kinerja", **lab)
        name = nm(iid, y)
        S.merge(f"{V1}{r0+2}:{V3}{r0+2}", name, wrap=True, border=True, bold=True)
        S.height(r0 + 2, 30)
        S.put(f"{L}{r0+3}", "Satuan", **lab)
        S.merge(f"{V1}{r0+3}:{V3}{r0+3}", unit(iid), border=True)
        S.put(f"{L}{r0+4}", "Target 2023", **lab)
        S.put(f"{L}{r0+5}", "Realisasi 2023", **lab)
        S.put(f"{L}{r0+6}", "Capaian (%)", **lab)
        S.put(f"{L}{r0+7}", "Sumber Data", **lab)
        S.merge(f"{V1}{r0+7}:{V3}{r0+7}", sources[sas], border=True)
        t, r = tr(iid, y)
        kt, kr = t, r
        tref, rref = f"{V1}{r0+4}", f"{V1}{r0+5}"
        numeric = True
        if iid == "C01":
            S.put(tref, t, border=True, h="left")
            S.put(rref, f"{idn(r)} objek", border=True, h="left")
            numeric = False
        elif iid == "C02":
            S.put(tref, t / 100, fmt=PCT0, border=True, h="left")
            S.put(rref, r / 100, fmt=PCT1, border=True, h="left")
        elif iid == "C12":
            S.put(tref, "78 %", border=True, h="left")
            S.put(rref, "78,4 %", border=True, h="left")
            numeric = False
        elif iid == "C07":
            S.put(tref, t, fmt=THOU, border=True, h="left")
            S.put(rref, "=SUM('Data Kunjungan 2023'!B6:B17)", fmt=THOU, border=True, h="left")
        elif iid == "C08":
            S.put(tref, t, fmt=THOU, border=True, h="left")
            # PLANT: wrong formula, the range stops at November
            S.put(rref, "=SUM('Data Kunjungan 2023'!C6:C16)", fmt=THOU, border=True, h="left")
            kr = sum(man[:11])
        elif iid == "C15":
            S.put(tref, "600 orang", border=True, h="left")
            S.put(rref, "588 orang", border=True, h="left")
            numeric = False
        elif iid == "C16":
            S.put(tref, t, fmt=DEC2, border=True, h="left")
            S.put(rref, r, fmt=DEC2, border=True, h="left")
        elif iid == "C17":
            S.put(tref, "≥ 70", border=True, h="left")
            S.put(rref, r, fmt=DEC2, border=True, h="left")
            numeric = False
            kt = 70
        else:
            S.put(tref, t, border=True, h="left")
            S.put(rref, r, border=True, h="left")
        for rr in (r0 + 4, r0 + 5, r0 + 6):
            S.merge(f"{V1}{rr}:{V3}{rr}", None)
        if numeric:
            S.put(f"{V1}{r0+6}", f"=IFERROR(ROUND({rref}/{tref}*100,2),\"-\")", fmt=DEC2, border=True, h="left")
        else:
            cap = {"C01": 94.44, "C12": 100.51, "C15": 98.0, "C17": 101.71}[iid]
            S.put(f"{V1}{r0+6}", cap, fmt=DEC2, border=True, h="left")
        K.add(fname, "Kartu Indikator 2023", f"{V1}{r0+2}", y, name, iid, kt, r2(kr, 6),
              [tref], [rref], shared=True)
    last = top + ((len(order) + 1) // 2) * 9 + 1
    S.put(f"A{last}", "Keterangan: capaian dihitung realisasi / target x 100", italic=True)
    signature(S, last + 2, "F", "Bandar Cendana, 8 Januari 2024", HEAD_NEW)
    wb.active = 0
    deliver(wb, SLUG, fname)


def main():
    K = KeyBook(SLUG, AGENCY, YEARS, AMBIG, FLOW)
    f1 = "PK dan LKjIP BKCB 2020-2021.xls"
    wb = openpyxl.Workbook()
    sheet_2020(wb, K, f1)
    sheet_2021(wb, K, f1)
    deliver(wb, SLUG, f1)
    f2 = "RENAKSI 2022 BKCB.ods"
    sheet_2022(K, f2)
    f3 = "Kartu Kinerja BKCB 2023.xlsx"
    sheet_2023(K, f3)
    K.files = [f1, f2, f3]
    K.write()
    print(SLUG, len(K.rows), "key rows")


if __name__ == "__main__":
    main()
