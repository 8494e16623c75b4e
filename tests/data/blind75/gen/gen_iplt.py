"""Agency 3: UPTD Pengelolaan Air Limbah Domestik (IPLT Sarimbun), Dinas Perumahan, Kawasan
Permukiman dan Pertanahan Kabupaten Lembah Sarimbun. Years 2019-2022. Everything is invented."""
from openpyxl.styles import Alignment, Font

from lib import (BOLD, CENTER, WRAP, WRAPC, Agency, DASH, F, G, GR, N, P, T, V, agg, box, put,
                 title, widths)

AG = Agency(
    "uptd_pald_lembah_sarimbun",
    "UPTD Pengelolaan Air Limbah Domestik (IPLT Sarimbun), Dinas Perkim Kabupaten Lembah Sarimbun",
    [2019, 2020, 2021, 2022],
    flow_ids=["L01", "L02", "L05", "L06", "L07", "L14", "L16", "L18", "L20"],
    ambiguous=[["L15", "L15b"]],
)
NEG = {"L10", "L11", "L21"}
KEPALA1 = ("BAGUS PRAMUDYA, S.T., M.Eng.", "Penata Tk. I (III/d)", "NIP. 19810227 200801 1 005")
KEPALA2 = ("Hj. SITI NURLAILA, S.T.", "Penata (III/c)", "NIP. 19840612 201001 2 014")
RPF = '"Rp"#,##0'


def sign(ws, row, colc, place_date, role, who):
    ws["%s%d" % (colc, row)] = place_date
    ws["%s%d" % (colc, row + 1)] = role
    ws["%s%d" % (colc, row + 5)] = who[0]
    ws["%s%d" % (colc, row + 5)].font = Font(bold=True, underline="single")
    ws["%s%d" % (colc, row + 6)] = who[1]
    ws["%s%d" % (colc, row + 7)] = who[2]


# ---------------------------------------------------------------- 2019: PK with PK Awal and PK Perubahan targets (.ods)
def y2019():
    b = AG.book("Capaian_PK_UPTD_PALD_2019.ods")
    ws = b.sheet("PK 2019")
    widths(ws, {"A": 5, "B": 28, "C": 46, "D": 8, "E": 14, "F": 14, "G": 17, "H": 11, "I": 24})
    title(ws, 1, "PENGUKURAN KINERJA TAHUN 2019", "A", "I", 13)
    title(ws, 2, "UPTD PENGELOLAAN AIR LIMBAH DOMESTIK (IPLT SARIMBUN)", "A", "I")
    title(ws, 3, "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN", "A", "I")
    title(ws, 4, "KABUPATEN LEMBAH SARIMBUN", "A", "I")
    for c, t in (("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"), ("D", "Satuan"),
                 ("G", "Realisasi 2019"), ("H", "Capaian (%)"), ("I", "Keterangan")):
        ws.merge_cells("%s6:%s7" % (c, c))
        put(ws, c + "6", t, CENTER, bold=True)
    ws.merge_cells("E6:F6")
    put(ws, "E6", "Target 2019", CENTER, bold=True)
    put(ws, "E7", "PK Awal", CENTER, bold=True)
    put(ws, "F7", "PK Perubahan", CENTER, bold=True)
    for i, c in enumerate("ABCDEFGHI"):
        put(ws, c + "8", "(%d)" % (i + 1), CENTER)
    box(ws, "A6:I7")
    groups = [
        ("Meningkatnya kapasitas pengolahan lumpur tinja di IPLT", [
            # planted: a 10x target in PK Perubahan (8.500 m³ meant)
            ("L01", "Volume lumpur tinja yang diolah (m³)", "m³", N(8000), N(85000), T("8.250 m³", 8250), None, ""),
            ("L02", "Volume lumpur tinja yang diterima IPLT (m³)", "m³", N(8800), N(9000), N(8905), None, ""),
            ("L03", "Persentase pemanfaatan kapasitas IPLT", "%", G(60), G(62), G(58.6), None, "kapasitas 40 m³/hari"),
        ]),
        ("Meningkatnya layanan penyedotan lumpur tinja", [
            ("L04", "Jumlah rumah tangga pelanggan LLTT", "KK", N(1200), N(1250), N(1318), None, ""),
            ("L05", "Jumlah penyedotan terjadwal (LLTT)", "kali", N(1400), N(1500), N(1472), None, ""),
            ("L06", "Jumlah penyedotan tidak terjadwal (on call)", "kali", N(900), N(900), N(1036), None, ""),
            ("L22", "Jumlah armada penyedotan beroperasi (truk & motor tinja)", "unit", G(8), G(8), G(8), None,
             "6 truk, 2 motor tinja"),
            ("L14", "Jumlah ritase truk tinja", "rit", N(2600), N(2700), N(2734), None, ""),
            ("L21", "Waktu respon layanan penyedotan (jam)", "jam", G(24), G(24), G(20), None, "indikator negatif"),
        ]),
        ("Meningkatnya akses masyarakat terhadap SPALD", [
            # planted: a computed column typed over (100 while 214 of 250)
            ("L07", "Jumlah sambungan rumah SPALD-T baru", "SR", G(250), G(250), G(214), 100, ""),
            ("L08", "Jumlah sambungan rumah SPALD-T terlayani", "SR", N(1850), N(1850), N(1814), None, ""),
            ("L15", "Cakupan layanan pengelolaan air limbah domestik", "%", P(0.125, "0.0%"), P(0.125, "0.0%"),
             P(0.128, "0.0%"), None, ""),
            ("L17", "Jumlah IPAL komunal yang berfungsi", "unit", G(24), G(24), G(22), None, "2 unit rusak ringan"),
        ]),
        ("Terjaganya kualitas efluen IPLT", [
            ("L09", "Persentase sampel efluen yang memenuhi baku mutu", "%", G(85), G(85), T("83,3 %", 83.3), None, ""),
            ("L10", "Kadar BOD efluen (mg/l)", "mg/l", T("≤ 50", 50), T("≤ 50", 50), G(46.2), None, "baku mutu PermenLHK 68/2016"),
            ("L11", "Kadar TSS efluen (mg/l)", "mg/l", G(60), G(60), T("N/A", None), "-", "alat uji TSS rusak, sampel tidak diuji"),
        ]),
        ("Meningkatnya pendapatan dan partisipasi masyarakat", [
            ("L16", "Retribusi penyedotan kakus (Rp)", "Rp", N(350000000), N(380000000),
             T("Rp 371.450.000", 371450000), None, ""),
            ("L18", "Jumlah kegiatan sosialisasi LLTT", "kali", G(12), G(12), G(14), None, ""),
        ]),
    ]
    r = 9
    for si, (sas, items) in enumerate(groups):
        start = r
        for k, (id_, name, unit, ta, tp, rv, cap, ket) in enumerate(items):
            name = "%s) %s" % ("abcdefg"[k], name)
            put(ws, "C%d" % r, name, WRAP)
            put(ws, "D%d" % r, unit, CENTER)
            put(ws, "E%d" % r, ta)
            put(ws, "F%d" % r, tp)
            put(ws, "G%d" % r, rv)
            if cap == "-":
                put(ws, "H%d" % r, "-", CENTER)
            elif cap is not None:
                put(ws, "H%d" % r, G(cap))
            elif isinstance(tp.content, (int, float)) and isinstance(rv.content, (int, float)):
                if id_ in NEG:
                    put(ws, "H%d" % r, F("=ROUND((2*F{0}-G{0})/F{0}*100,2)".format(r), None, "0.00"))
                else:
                    put(ws, "H%d" % r, F("=ROUND(G{0}/F{0}*100,2)".format(r), None, "0.00"))
            else:
                c = (2 * tp.key - rv.key) / tp.key * 100 if id_ in NEG else rv.key / tp.key * 100
                put(ws, "H%d" % r, T(("%.2f" % c).replace(".", ","), None))
            put(ws, "I%d" % r, ket, WRAP)
            AG.key(b, ws, "C%d" % r, 2019, id_, name, [tp], ["F%d" % r], "one", [rv], ["G%d" % r], "one")
            r += 1
        ws.merge_cells("A%d:A%d" % (start, r - 1))
        put(ws, "A%d" % start, si + 1, CENTER)
        ws.merge_cells("B%d:B%d" % (start, r - 1))
        put(ws, "B%d" % start, sas, WRAPC)
        box(ws, "A%d:B%d" % (start, r - 1))
    ws["B%d" % (r + 1)] = "Jumlah Anggaran UPTD Tahun 2019 : Rp. 1.284.600.000,-"
    ws["B%d" % (r + 2)] = "Realisasi Anggaran Tahun 2019   : Rp. 1.201.357.250,-"
    ws["B%d" % (r + 3)] = "Catatan: target PK Perubahan ditetapkan bersama APBD Perubahan (September 2019)."
    sign(ws, r + 5, "G", "Sarimbun, 31 Desember 2019", "Kepala UPTD PALD,", KEPALA1)


# ---------------------------------------------------------------- 2020: monthly recap, months across
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def y2020(b):
    ws = b.sheet("Rekap Bulanan 2020")
    widths(ws, {"A": 4, "B": 44, "C": 8, "D": 14, "Q": 30})
    for c in "EFGHIJKLMNOP":
        ws.column_dimensions[c].width = 10.5
    title(ws, 1, "REKAPITULASI BULANAN INDIKATOR KINERJA UPTD PALD (IPLT SARIMBUN)", "A", "Q", 13)
    title(ws, 2, "KABUPATEN LEMBAH SARIMBUN - TAHUN 2020", "A", "Q")
    for c, t in (("A", "No"), ("B", "Indikator"), ("C", "Satuan"), ("D", "Target 2020"), ("Q", "Keterangan")):
        ws.merge_cells("%s4:%s5" % (c, c))
        put(ws, c + "4", t, CENTER, bold=True)
    ws.merge_cells("E4:P4")
    put(ws, "E4", "Realisasi per Bulan", CENTER, bold=True)
    for i, m in enumerate(MONTHS):
        put(ws, "%s5" % "EFGHIJKLMNOP"[i], m, CENTER, bold=True)
    box(ws, "A4:Q5")

    def m(xs, fmt="#,##0"):
        out = []
        for x in xs:
            if x is None:
                out.append(None)
            elif x == "-":
                out.append(DASH())
            elif fmt == "G":
                out.append(G(x))
            else:
                out.append(N(x, fmt))
        return out

    groups = [
        ("A. PENGOLAHAN LUMPUR TINJA", [
            ("L01", "Volume lumpur tinja diolah di IPLT", "m³", N(9000),
             m([812, 745, 690, 402, 388, 655, 760, 801, 778, 812, 790, 844]), ""),
            ("L02", "Volume lumpur tinja masuk IPLT", "m³", N(9500),
             m([851, 790, 735, 431, 410, 694, 802, 846, 820, 858, 834, 889]), ""),
            ("L03", "Prosentase kapasitas IPLT terpakai", "%", G(65),
             m([68.5, 62.8, 58.2, 33.9, 32.7, 55.2, 64.1, 67.5, 65.6, 68.5, 66.6, 71.2], "G"), ""),
            ("HID", "Volume air limbah SPALD-T diolah (m3)", "m³", N(0), m([None] * 12), "dihapus dari IKU"),
        ]),
        ("B. LAYANAN PENYEDOTAN LUMPUR TINJA", [
            # planted: a cumulative (level) figure that falls in December
            ("L04", "Jumlah pelanggan LLTT (KK)", "KK", N(1700),
             m([1352, 1398, 1436, 1452, 1470, 1521, 1580, 1642, 1705, 1768, 1842, 1784]), "akumulasi pelanggan"),
            ("L05", "Penyedotan terjadwal LLTT (kali)", "kali", N(2000),
             m([142, 138, 131, 64, 58, 120, 151, 160, 157, 165, 158, 171]), "Apr-Mei PSBB"),
            ("L06", "Penyedotan on call / tidak terjadwal (kali)", "kali", N(850),
             m([75, 70, 66, 41, 38, 62, 71, 69, 72, 70, 68, 74]), ""),
            ("L12", "Truk tinja beroperasi (unit)", "unit", G(6), m([6, 6, 6, 5, 5, 5, 6, 6, 6, 6, 6, 6], "G"), ""),
            ("L13", "Motor tinja beroperasi (unit)", "unit", G(3), m([2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3], "G"), ""),
            ("L14", "Ritase truk tinja (rit)", "rit", N(3000),
             m([246, 232, 220, 128, 120, 205, 238, 251, 244, 254, 247, 262]), ""),
            ("L21", "Waktu respon penyedotan (jam)", "jam", G(24),
             m([22, 21, 20, 30, 28, 22, 20, 19, 19, 18, 18, None], "G"), "Des belum direkap"),
        ]),
        ("C. SPALD DAN CAKUPAN LAYANAN", [
            ("L07", "SR SPALD-T baru", "SR", G(300), m([12, 15, "-", "-", "-", 20, 28, 31, 35, 42, 38, 44], "G"),
             "pekerjaan SR terhenti Mar-Mei"),
            ("L08", "Total SR SPALD-T terlayani", "SR", N(2150),
             m([1826, 1841, 1841, 1841, 1841, 1861, 1889, 1920, 1955, 1997, 2035, 2079]), ""),
            ("L15", "Cakupan layanan air limbah domestik (%)", "%", G(14), m([None] * 11 + [14.2], "G"),
             "dihitung akhir tahun"),
            ("L17", "IPAL komunal berfungsi (unit)", "unit", G(26), m([22, 22, 22, 23, 23, 23, 24, 24, 24, 25, 25, 25], "G"), ""),
            ("L18", "Sosialisasi / kampanye LLTT (kali)", "kali", G(12), m([1, 1, 1, "-", "-", 0, 1, 2, 1, 1, 2, 1], "G"), ""),
        ]),
        ("D. KUALITAS EFLUEN", [
            ("L09", "% efluen memenuhi baku mutu", "%", G(88),
             m([84.0, None, 85.5, None, None, 86.0, None, None, 87.2, None, 87.5, None], "G"),
             "uji laboratorium; hasil Des belum keluar"),
            ("L10", "BOD efluen rata-rata (mg/L)", "mg/L", G(45),
             m([44.1, None, 42.5, None, None, 41.0, None, None, 39.6, None, 38.9, None], "G"), ""),
            ("L11", "TSS efluen rata-rata (mg/L)", "mg/L", G(55),
             m([55.0, None, 54.1, None, None, 52.8, None, None, 51.9, None, 51.2, None], "G"), ""),
        ]),
        ("E. PENDAPATAN DAN PENGADUAN", [
            ("L16", "Pendapatan retribusi penyedotan kakus", "Rp", N(420000000, RPF),
             m([34500000, 31200000, 29800000, 15100000, 14200000, 28400000, 35600000, 37900000, 36200000,
                38800000, 37100000, 40600000], RPF), ""),
            ("L19", "Persentase pengaduan ditindaklanjuti", "%", G(90),
             m([None, 100, 85.7, 90, 100, 92.3, 88.9, 100, 95, 93.3, 100, 96.2], "G"), "Jan tidak ada pengaduan"),
        ]),
    ]
    r = 6
    no = 0
    for gname, items in groups:
        ws.merge_cells("A%d:Q%d" % (r, r))
        put(ws, "A%d" % r, gname, bold=True)
        box(ws, "A%d:Q%d" % (r, r))
        r += 1
        for id_, name, unit, tv, ms, ket in items:
            if id_ != "HID":
                no += 1
                put(ws, "A%d" % r, no, CENTER)
            else:
                put(ws, "A%d" % r, None)
            put(ws, "B%d" % r, name, WRAP)
            put(ws, "C%d" % r, unit, CENTER)
            put(ws, "D%d" % r, tv)
            cells = []
            for i, v in enumerate(ms):
                c = "%s%d" % ("EFGHIJKLMNOP"[i], r)
                put(ws, c, v)
                cells.append(c)
            put(ws, "Q%d" % r, ket, WRAP)
            if id_ == "HID":
                ws.row_dimensions[r].hidden = True
            else:
                AG.key(b, ws, "B%d" % r, 2020, id_, name, [tv], ["D%d" % r], "one", ms, cells, AG.mode(id_))
            r += 1
    ws["B%d" % (r + 1)] = "Keterangan: sel kosong = belum ada laporan; '-' = tidak ada kegiatan."
    ws["B%d" % (r + 2)] = "Sumber: buku register IPLT dan laporan operator truk tinja."
    sign(ws, r + 4, "M", "Sarimbun, 8 Januari 2021", "Kepala UPTD PALD,", KEPALA1)


# ---------------------------------------------------------------- 2021: Rencana Aksi in five-line blocks (Bone style)
def y2021(b):
    ws = b.sheet("RA 2021")
    widths(ws, {"A": 4, "B": 26, "C": 38, "D": 15, "E": 14, "F": 14, "G": 9, "H": 22})
    title(ws, 1, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", "A", "H", 12)
    title(ws, 2, "UPTD PALD (IPLT SARIMBUN) KABUPATEN LEMBAH SARIMBUN TAHUN ANGGARAN 2021", "A", "H")
    for c, t in (("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Sasaran"), ("H", "Penanggung Jawab")):
        ws.merge_cells("%s4:%s5" % (c, c))
        put(ws, c + "4", t, CENTER, bold=True)
    ws.merge_cells("D4:G4")
    put(ws, "D4", "Kriteria Keberhasilan (Target Tahunan & Triwulan)", CENTER, bold=True)
    for c, t in (("D", "Waktu"), ("E", "Target"), ("F", "Realisasi"), ("G", "%")):
        put(ws, c + "5", t, CENTER, bold=True)
    for i, c in enumerate("ABCDEFGH"):
        put(ws, c + "6", str(i + 1), CENTER)
    box(ws, "A4:H6")

    def pp(xs, fmt):
        return [None if x is None else P(x, fmt) for x in xs]

    def gg(xs):
        return [None if x is None else (DASH() if x == "-" else (x if isinstance(x, V) else G(x))) for x in xs]

    def nn(xs):
        return [None if x is None else N(x) for x in xs]

    groups = [
        ("Meningkatnya kapasitas pengolahan lumpur tinja", "Seksi Operasional IPLT", [
            ("L01", "Volume Lumpur Tinja yg Diolah IPLT (m3)", N(9600), nn([2400] * 4), nn([2310, 2405, 2498, 2561])),
            ("L02", "Volume Lumpur Tinja yg Diterima IPLT (m3)", N(10000), nn([2500] * 4), nn([2420, 2515, 2604, 2688])),
            ("L03", "Persentase Pemanfaatan Kapasitas Terpasang IPLT", P(0.68, "0%"), pp([0.68] * 4, "0%"),
             pp([0.662, 0.675, 0.691, 0.704], "0.0%")),
            ("L20", "Jumlah Lumpur Kering yang Dimanfaatkan (ton)", G(40), gg([10] * 4), gg([8.5, 9.2, 10.1, 11.4])),
        ]),
        ("Meningkatnya cakupan dan mutu layanan penyedotan", "Seksi Layanan Penyedotan", [
            ("L04", "Jumlah Rumah Tangga Terdaftar Layanan Lumpur Tinja Terjadwal", N(2100),
             nn([1850, 1950, 2025, 2100]), nn([1905, 1988, 2064, 2140])),
            ("L24", "Jumlah Desa/Kelurahan Terlayani LLTT", G(20), gg([16, 17, 19, 20]), gg([15, 17, 19, 21])),
            ("L05", "Jumlah Layanan Penyedotan Lumpur Tinja Terjadwal", N(2400), nn([600] * 4), nn([560, 598, 622, 645])),
            ("L06", "Jumlah Layanan Penyedotan Tidak Terjadwal", N(800), nn([200] * 4), nn([205, 198, 187, 176])),
            ("L12", "Jumlah Truk Tinja yang Beroperasi", G(7), gg([7] * 4), gg([6, 7, 7, 7])),
            ("L13", "Jumlah Motor Tinja yang Beroperasi", G(4), gg([4] * 4), gg([3, 4, 4, 4])),
            ("L14", "Jumlah Ritase Pengangkutan Lumpur Tinja", N(3200), nn([800] * 4), nn([790, 812, 834, 851])),
        ]),
        ("Meningkatnya akses sambungan rumah SPALD-T", "Seksi Jaringan SPALD", [
            ("L07", "Jumlah Sambungan Rumah (SR) SPALD-T Baru", G(350), gg([50, 100, 100, 100]), gg([42, 96, 118, 121])),
            ("L08", "Jumlah Total Sambungan Rumah SPALD-T", N(2450), nn([2130, 2230, 2330, 2450]),
             nn([2121, 2217, 2335, 2456])),
            ("L15", "Cakupan Pelayanan Pengelolaan Air Limbah Domestik", G(16), gg(["-", "-", "-", 16]),
             gg([None, None, None, T("16,4", 16.4)])),
            ("L17", "Jumlah IPAL Komunal yang Berfungsi Baik", G(28), gg([28] * 4), gg([26, 27, 27, 28])),
        ]),
        ("Terjaganya kualitas efluen IPLT", "Laboratorium IPLT", [
            # planted: TW IV of a %-formatted series typed as the plain fraction 0.917 (91,7 % meant)
            ("L09", "Persentase Efluen IPLT Memenuhi Baku Mutu", P(0.9, "0%"), pp([0.9] * 4, "0%"),
             pp([0.885, 0.9, 0.912], "0.0%") + [G(0.917)]),
            ("L10", "Kadar BOD Efluen", G(40), gg([40] * 4), gg([41.2, 39.4, 37.8, 36.5])),
            ("L11", "Kadar TSS Efluen", G(50), gg([50] * 4), gg([49.5, 48.1, 46.9, 45.3])),
        ]),
        ("Meningkatnya pendapatan retribusi dan kepuasan pelanggan", "Subbag Tata Usaha", [
            ("L16", "Penerimaan Retribusi Pelayanan Penyedotan Kakus", N(480000000, RPF), [N(120000000, RPF)] * 4,
             [N(x, RPF) for x in (112450000, 118900000, 124300000, 131250000)]),
            ("L19", "Persentase Pengaduan Pelanggan yang Ditindaklanjuti", G(92), gg([92] * 4), gg([90.5, 93.8, 94.1, 95.0])),
        ]),
    ]
    labels = ["Target Tahunan :", "TW I (B03) :", "TW II (B06) :", "TW III (B09) :", "TW IV (B12) :"]
    r = 7
    no = 0
    for sas, pj, items in groups:
        start = r
        for id_, name, tv, qt, qr in items:
            no += 1
            top = r
            for c in "ACH":
                ws.merge_cells("%s%d:%s%d" % (c, top, c, top + 4))
            put(ws, "A%d" % top, "%d." % no, Alignment(horizontal="center", vertical="top"))
            put(ws, "C%d" % top, name, WRAP)
            put(ws, "H%d" % top, pj, WRAP)
            for k, lab in enumerate(labels):
                put(ws, "D%d" % (top + k), lab)
            put(ws, "E%d" % top, tv)
            put(ws, "F%d" % top, None)
            put(ws, "G%d" % top, None)
            rcells = []
            for k in range(4):
                rr = top + 1 + k
                put(ws, "E%d" % rr, qt[k])
                put(ws, "F%d" % rr, qr[k])
                rcells.append("F%d" % rr)
                if qr[k] is None or qt[k] is None or qt[k].content == "-":
                    put(ws, "G%d" % rr, None)
                elif id_ == "L06" and k == 3:
                    put(ws, "G%d" % rr, P(1.0, "0%"))  # planted: computed % typed over
                elif id_ in NEG:
                    put(ws, "G%d" % rr, F("=IFERROR((2*E{0}-F{0})/E{0},\"\")".format(rr), None, "0%"))
                else:
                    put(ws, "G%d" % rr, F("=IFERROR(F{0}/E{0},\"\")".format(rr), None, "0%"))
            box(ws, "A%d:H%d" % (top, top + 4))
            AG.key(b, ws, "C%d" % top, 2021, id_, name, [tv], ["E%d" % top], "one", qr, rcells, AG.mode(id_))
            r += 5
        ws.merge_cells("B%d:B%d" % (start, r - 1))
        put(ws, "B%d" % start, sas, WRAP)
        box(ws, "B%d:B%d" % (start, r - 1))
    ws["C%d" % (r + 1)] = "Catatan: % triwulan = realisasi triwulan / target triwulan; indikator BOD dan TSS negatif."
    sign(ws, r + 3, "E", "Sarimbun, 14 Januari 2022", "Kepala UPTD PALD,", KEPALA1)


def book2():
    b = AG.book("Monitoring_UPTD_PALD_2020_2021.xlsx")
    y2020(b)
    y2021(b)


# ---------------------------------------------------------------- 2022: three-year dashboard, turned over, in two bands (.xls)
def y2022():
    b = AG.book("Data_Kinerja_UPTD_PALD_2022.xls")
    ws = b.sheet("Data Kinerja 2020-2022")
    ws.column_dimensions["A"].width = 20
    for c in "BCDEFGHIJ":
        ws.column_dimensions[c].width = 15
    title(ws, 1, "DATA KINERJA UPTD PALD (IPLT SARIMBUN) TAHUN 2022", "A", "J", 13)
    title(ws, 2, "perbandingan tiga tahun (2020 - 2022)", "A", "J", 11, False)
    ws["A3"] = "Kabupaten Lembah Sarimbun"
    rows_lbl = ["Uraian", "Satuan", "Target 2020", "Realisasi 2020", "Target 2021", "Realisasi 2021",
                "Target 2022", "Realisasi 2022", "Capaian 2022 (%)"]
    # (id, name, unit, t20, r20, t21, r21, t22, r22)
    band1 = [
        ("L01", "Lumpur tinja terolah (m³)", "m³", N(9000), N(8477), N(9600), N(9774), N(10200), N(10418)),
        ("L02", "Lumpur tinja masuk (m³)", "m³", N(9500), N(8960), N(10000), N(10227), N(10700), N(10962)),
        ("L03", "Utilisasi kapasitas IPLT (%)", "%", G(65), G(71.2), G(68), G(70.4), P(0.72, "0%"), P(0.7305, "0.00%")),
        ("L20", "Lumpur kering dimanfaatkan (ton)", "ton", DASH(), DASH(), G(40), G(39.2), G(48), G(51.3)),
        ("L04", "Pelanggan LLTT (SR)", "SR", N(1700), N(1842), N(2100), N(2140), N(2500), N(2562)),
        ("L24", "Desa/kelurahan terlayani LLTT", "desa", DASH(), DASH(), G(20), G(21), G(24), G(25)),
        ("L05", "Layanan sedot terjadwal (kali)", "kali", N(2000), N(1615), N(2400), N(2425), N(2800), N(2911)),
        ("L12", "Truk tinja beroperasi (unit)", "unit", G(6), G(6), G(7), G(7), G(8), G(7)),
        ("L13", "Motor sedot tinja beroperasi (unit)", "unit", G(3), G(3), G(4), G(4), G(5), G(5)),
    ]
    band2 = [
        ("L14", "Ritase truk tinja ke IPLT (rit)", "rit", N(3000), N(2647), N(3200), N(3287), N(3400), N(3512)),
        ("L07", "Sambungan rumah baru SPALD-T (SR)", "SR", G(300), G(265), G(350), G(377), G(400), G(385)),
        # planted: a wrong formula: total SR = Target 2021 + new SR (should be Realisasi 2021 + new SR)
        ("L08", "Sambungan rumah SPALD-T s.d. tahun berjalan (SR)", "SR", N(2150), N(2079), N(2450), N(2456),
         N(2850), "FORMULA"),
        ("L15b", "Persentase rumah tangga dg akses sanitasi aman (%)", "%", DASH(), DASH(), DASH(), DASH(),
         G(18), T("18,6 %", 18.6)),
        ("L17", "IPAL komunal berfungsi (unit)", "unit", G(26), G(25), G(28), G(28), G(30), G(29)),
        ("L09", "Efluen memenuhi baku mutu (%)", "%", G(88), G(87.5), G(90), G(91.7), P(0.92, "0%"), P(0.933, "0.0%")),
        ("L10", "Kadar BOD efluen (mg/l)", "mg/l", G(45), G(38.9), G(40), G(36.5), G(35), G(33.8)),
        ("L16", "Retribusi sedot tinja (Rp)", "Rp", N(420000000, RPF), N(379400000, RPF), N(480000000, RPF),
         N(486900000, RPF), N(540000000, RPF), N(556210000, RPF)),
        ("L19", "Pengaduan ditindaklanjuti (%)", "%", G(90), G(96.2), G(92), G(95), G(95), G(96.4)),
    ]
    for h, band in ((5, band1), (16, band2)):
        for k, lbl in enumerate(rows_lbl):
            put(ws, "A%d" % (h + k), lbl, WRAPC, bold=(k == 0))
        ws.row_dimensions[h].height = 45
        cols = {}
        for i, it in enumerate(band):
            c = "BCDEFGHIJ"[i]
            cols[it[0]] = c
        for i, (id_, name, unit, t20, r20, t21, r21, t22, r22) in enumerate(band):
            c = "BCDEFGHIJ"[i]
            put(ws, "%s%d" % (c, h), name, CENTER, bold=True)
            put(ws, "%s%d" % (c, h + 1), unit, CENTER)
            for k, v in enumerate((t20, r20, t21, r21, t22)):
                put(ws, "%s%d" % (c, h + 2 + k), v)
            if r22 == "FORMULA":
                cl = cols["L07"]
                r22 = F("=%s%d+%s%d" % (c, h + 4, cl, h + 7), 2450 + 385, "#,##0")
            put(ws, "%s%d" % (c, h + 7), r22)
            if id_ in NEG:
                put(ws, "%s%d" % (c, h + 8), F("=IFERROR(ROUND((2*{c}{t}-{c}{x})/{c}{t}*100,2),\"-\")".format(c=c, t=h + 6, x=h + 7), None, "0.00"))
            else:
                put(ws, "%s%d" % (c, h + 8), F("=IFERROR(ROUND({c}{x}/{c}{t}*100,2),\"-\")".format(c=c, t=h + 6, x=h + 7), None, "0.00"))
            AG.key(b, ws, "%s%d" % (c, h), 2022, id_, name, [t22], ["%s%d" % (c, h + 6)], "one",
                   [r22], ["%s%d" % (c, h + 7)], "one", with_col=True)
        box(ws, "A%d:J%d" % (h, h + 8))
    ws["A27"] = "Ket: angka 2020 dan 2021 dari LKjIP; realisasi 2022 s.d. Desember 2022."
    ws["A28"] = "Indikator akses sanitasi aman mulai diukur 2022 (data Susenas dan pendataan UPTD)."
    sign(ws, 30, "G", "Sarimbun, 25 Januari 2023", "Kepala UPTD PALD,", KEPALA2)
    ns = b.sheet("Catatan")
    ns.column_dimensions["A"].width = 100
    ns["A1"] = "Catatan penyusunan"
    ns["A2"] = "1. Motor tinja ke-5 mulai beroperasi Agustus 2022."
    ns["A3"] = "2. Truk tinja unit 03 rusak berat sejak Oktober 2022, menunggu penghapusan."
    hs = b.sheet("Sheet2", hidden=True)
    hs["A1"] = "hitungan sementara"
    hs["A2"] = "SR 2021"
    hs["B2"] = 2456
    hs["A3"] = "SR baru 2022"
    hs["B3"] = 385


if __name__ == "__main__":
    y2019()
    book2()
    y2022()
    AG.save()
