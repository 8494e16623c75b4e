"""Agency 1: UPTD Pusat Pelayanan Pendapatan Daerah (Samsat) Wilayah Kota Batu Rangin,
Bapenda Provinsi Kepulauan Sanggar Laut. Years 2020-2023. Everything is invented."""
from openpyxl.styles import Alignment, Font

from lib import (BOLD, BORDER, CENTER, WRAP, WRAPC, Agency, DASH, F, G, GR, N, P, T, V, agg,
                 box, put, rhu, title, widths)

AG = Agency(
    "uptd_ppd_batu_rangin",
    "UPTD Pusat Pelayanan Pendapatan Daerah Wilayah Kota Batu Rangin "
    "(Bapenda Provinsi Kepulauan Sanggar Laut)",
    [2020, 2021, 2022, 2023],
    flow_ids=["S01", "S02", "S03", "S05", "S08", "S09", "S13", "S14", "S19", "S20", "S22"],
    ambiguous=[["S10", "S10b"]],
)

RP = '"Rp "#,##0'


def neg_cap(t, r):
    return "=ROUND((2*%s-%s)/%s*100,2)" % (t, r, t)


def pos_cap(t, r):
    return "=ROUND(%s/%s*100,2)" % (r, t)


# ---------------------------------------------------------------- 2020: annual PK table (.xls)
def y2020():
    b = AG.book("PK_UPTD_PPD_BATU_RANGIN_2020.xls")
    ws = b.sheet("PENGUKURAN KINERJA 2020")
    widths(ws, {"A": 5, "B": 30, "C": 44, "D": 11, "E": 20, "F": 20, "G": 11, "H": 28})
    title(ws, 1, "PENGUKURAN KINERJA", "A", "H", 14)
    title(ws, 2, "UPTD PUSAT PELAYANAN PENDAPATAN DAERAH WILAYAH KOTA BATU RANGIN", "A", "H")
    title(ws, 3, "BADAN PENDAPATAN DAERAH PROVINSI KEPULAUAN SANGGAR LAUT", "A", "H")
    title(ws, 4, "TAHUN ANGGARAN 2020", "A", "H")
    for c, t in (("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"),
                 ("D", "Satuan"), ("H", "Keterangan")):
        ws.merge_cells("%s6:%s7" % (c, c))
        put(ws, c + "6", t, CENTER, bold=True)
    ws.merge_cells("E6:G6")
    put(ws, "E6", "Tahun 2020", CENTER, bold=True)
    for c, t in (("E", "Target"), ("F", "Realisasi"), ("G", "Capaian (%)")):
        put(ws, c + "7", t, CENTER, bold=True)
    for i, c in enumerate("ABCDEFGH"):
        put(ws, c + "8", "(%d)" % (i + 1), CENTER)
    box(ws, "A6:H7")

    # (id, name, unit, target, realisasi, polarity, keterangan)
    groups = [
        ("Meningkatnya penerimaan pajak daerah dari sektor kendaraan bermotor", [
            ("S03", "Jumlah penerimaan PKB & BBNKB", "Rp", N(148000000000), N(139612775300), "+", ""),
            ("S13", "Penerimaan Pajak Air Permukaan *)", "Rp", N(1250000000), N(1318406000), "+", ""),
            ("S06", "Jumlah tunggakan PKB", "Rp", N(21000000000), N(23418560000), "-", "indikator negatif"),
            ("S07", "Prosentase tunggakan PKB terhadap ketetapan", "%", G(15), G(16.77), "-", "indikator negatif"),
            # planted: realisasi 93 % typed as the fraction 0.93 in a plain cell
            ("S10", "Persentase kepatuhan wajib pajak kendaraan", "%", G(93), G(0.93), "+", ""),
            ("S22", "Jumlah kegiatan sosialisasi pajak kendaraan", "kali", G(24), G(20), "+", ""),
        ]),
        ("Meningkatnya cakupan basis data objek pajak kendaraan bermotor", [
            ("S04", "Jumlah objek pajak kendaraan bermotor terdaftar", "unit", T("412.000 unit", 412000), N(418356), "+", ""),
            ("S05", "Jumlah objek pajak kendaraan bermotor baru", "unit", T("24.000 unit", 24000), N(21455), "+", ""),
            ("DRAFT", "Jumlah objek pajak kendaraan bermotor (data 2019)", "unit", N(398000), N(401227), "+", "draft, jangan dicetak"),
            ("S19", "Jumlah kendaraan yang didata melalui pendataan door to door", "unit", N(15000), N(12870), "+", ""),
        ]),
        ("Meningkatnya kualitas pelayanan kepada wajib pajak", [
            ("S08", "Jumlah transaksi layanan Samsat Keliling", "transaksi", N(36000), N(28744), "+", "pembatasan layanan masa pandemi"),
            ("S09", "Jumlah transaksi e-Samsat", "transaksi", N(12000), N(15630), "+", ""),
            ("S12", "Rata-rata waktu pelayanan pengesahan STNK", "menit", T("45 menit", 45), G(52), "-", "indikator negatif"),
            ("S11", "Indeks Kepuasan Masyarakat (IKM)", "nilai", G(82), T("83,25", 83.25), "+", "survei semester II"),
            ("S18", "Persentase pengaduan yang ditindaklanjuti", "%", P(0.90, "0%"), P(0.885, "0.0%"), "+", ""),
            ("S15", "Jumlah gerai layanan Samsat (Samsat Corner, Samsat Desa)", "gerai", G(6), G(6), "+", ""),
            ("S16", "Jumlah inovasi pelayanan", "inovasi", G(2), G(2), "+", ""),
        ]),
    ]
    r = 9
    no = 0
    for sas, items in groups:
        start = r
        for id_, name, unit, tv, rv, pol, ket in items:
            if id_ == "DRAFT":
                put(ws, "C%d" % r, name, WRAP)
                put(ws, "D%d" % r, unit, CENTER)
                put(ws, "E%d" % r, tv)
                put(ws, "F%d" % r, rv)
                put(ws, "H%d" % r, ket, WRAP)
                ws.row_dimensions[r].hidden = True
                r += 1
                continue
            no += 1
            put(ws, "A%d" % r, no, CENTER)
            put(ws, "C%d" % r, name, WRAP)
            put(ws, "D%d" % r, unit, CENTER)
            put(ws, "E%d" % r, tv)
            put(ws, "F%d" % r, rv)
            if isinstance(tv.content, (int, float)) and isinstance(rv.content, (int, float)) \
                    and not (tv.fmt or "").endswith("%"):
                form = neg_cap if pol == "-" else pos_cap
                put(ws, "G%d" % r, F(form("E%d" % r, "F%d" % r), None, "0.00"))
            elif id_ == "S18":
                put(ws, "G%d" % r, F("=ROUND(F%d/E%d*100,2)" % (r, r), None, "0.00"))
            elif id_ == "S04" or id_ == "S05":
                t = tv.key
                cap = rhu(rv.key / t * 100)
                put(ws, "G%d" % r, G(cap))
            elif id_ == "S12":
                put(ws, "G%d" % r, G(rhu((2 * 45 - 52) / 45 * 100)))
            elif id_ == "S11":
                put(ws, "G%d" % r, G(101.52))
            put(ws, "H%d" % r, ket, WRAP)
            AG.key(b, ws, "C%d" % r, 2020, id_, name, [tv], ["E%d" % r], "one", [rv], ["F%d" % r], "one")
            r += 1
            if id_ == "S10":
                # the wrapped name goes on in the next row, which holds no figure
                put(ws, "C%d" % r, "bermotor (roda dua dan roda empat)", WRAP)
                for c in "ADEFGH":
                    put(ws, "%s%d" % (c, r), None)
                r += 1
        ws.merge_cells("B%d:B%d" % (start, r - 1))
        put(ws, "B%d" % start, sas, WRAPC)
        box(ws, "B%d:B%d" % (start, r - 1))
    # the akuntabilitas indicator typed into the Sasaran column, the Indikator cell left blank
    no += 1
    put(ws, "A%d" % r, no, CENTER)
    name = "Nilai hasil evaluasi AKIP UPTD"
    put(ws, "B%d" % r, name, WRAP)
    put(ws, "C%d" % r, None)
    put(ws, "D%d" % r, "predikat", CENTER)
    tv, rv = GR("B"), GR("BB")
    put(ws, "E%d" % r, tv, CENTER)
    put(ws, "F%d" % r, rv, CENTER)
    put(ws, "G%d" % r, G(100))
    put(ws, "H%d" % r, "hasil evaluasi Inspektorat", WRAP)
    AG.key(b, ws, "B%d" % r, 2020, "S17", name, [tv], ["E%d" % r], "one", [rv], ["F%d" % r], "one")
    r += 2
    ws["B%d" % r] = "Jumlah Anggaran Tahun 2020"
    ws["C%d" % r] = ": Rp. 4.812.550.000,-"
    ws["B%d" % (r + 1)] = "Jumlah Realisasi Anggaran Tahun 2020"
    ws["C%d" % (r + 1)] = ": Rp. 4.391.078.600,-"
    ws["B%d" % (r + 3)] = "*) PAP dipungut oleh UPTD sampai dengan pengalihan kewenangan pemungutan."
    ws["B%d" % (r + 4)] = ("Capaian indikator negatif (tunggakan, waktu pelayanan) = "
                           "(2 x Target - Realisasi) / Target x 100")
    s = r + 6
    ws["F%d" % s] = "Batu Rangin, 31 Desember 2020"
    ws["F%d" % (s + 1)] = "Kepala UPTD PPD Wilayah Kota Batu Rangin,"
    ws["F%d" % (s + 5)] = "Drs. HENDRIK SALAWANGI, M.Si"
    ws["F%d" % (s + 5)].font = Font(bold=True, underline="single")
    ws["F%d" % (s + 6)] = "Pembina Tk. I (IV/b)"
    ws["F%d" % (s + 7)] = "NIP. 19700314 199503 1 004"
    ws.print_title_rows = "6:8"


# ---------------------------------------------------------------- 2021: performance cards, two per row (.ods)
def y2021():
    b = AG.book("Lembar_Kinerja_UPTD_PPD_2021.ods")
    ws = b.sheet("KARTU KINERJA 2021")
    widths(ws, {"A": 2, "B": 16, "C": 16, "D": 14, "E": 14, "F": 3, "G": 16, "H": 16, "I": 14, "J": 14})
    title(ws, 1, "LEMBAR KINERJA INDIKATOR KINERJA UTAMA (IKU)", "B", "J", 13)
    title(ws, 2, "UPTD PPD WILAYAH KOTA BATU RANGIN - TAHUN 2021", "B", "J")
    ws["B3"] = "(satu kartu untuk setiap indikator; capaian negatif = (2T - R)/T x 100)"
    ws["B3"].font = Font(italic=True, size=9)
    S1 = "Meningkatnya penerimaan pajak kendaraan bermotor"
    S2 = "Meningkatnya basis data objek pajak"
    S3 = "Meningkatnya kualitas layanan Samsat"
    cards = [
        ("S01", S1, "Penerimaan Pajak Kendaraan Bermotor (PKB)", "Rupiah",
         T("Rp 96.500.000.000", 96500000000), T("Rp 93.871.450.000", 93871450000), "97,27", ""),
        ("S02", S1, "Penerimaan Bea Balik Nama Kendaraan Bermotor (BBNKB)", "Rupiah",
         N(58000000000, RP), N(61204880000, RP), "+", ""),
        ("S13", S1, "Penerimaan Pajak Air Permukaan (PAP)", "Rupiah",
         N(1300000000, RP), T("Rp 1.276.220.500*", 1276220500), "98,17", "*) angka sementara, menunggu rekonsiliasi"),
        ("S06", S1, "Jumlah Tunggakan Pajak Kendaraan Bermotor", "Rupiah",
         N(20000000000, RP), N(19875300000, RP), "-", "indikator negatif"),
        ("S07", S1, "Persentase Tunggakan PKB thd Ketetapan", "%",
         T("14 %", 14), T("13,82 %", 13.82), "101,29", "indikator negatif"),
        ("S10", S1, "Tingkat Kepatuhan Wajib Pajak (%)", "%", G(94), G(94.35), "+", ""),
        ("S04", S2, "Jumlah Objek PKB Terdaftar", "unit",
         N(425000), T("431.902 unit", 431902), "101,62", ""),
        ("S05", S2, "Jumlah Objek PKB Baru", "unit", N(25000), N(26310), "+", ""),
        ("S19", S2, "Jumlah Kendaraan Terdata (Door to Door)", "unit", N(18000), N(19244), "+", ""),
        # planted: a 10x target (1.800 meant)
        ("S20", S2, "Jumlah Mutasi Masuk Kendaraan", "unit", N(18000), N(2045), "+", ""),
        ("S08", S3, "Jumlah Transaksi Layanan\nSamsat Keliling", "transaksi", N(32000), N(33519), "+", ""),
        ("S09", S3, "Jumlah Transaksi e-Samsat", "transaksi", N(20000), N(27455), "+", ""),
        ("S12", S3, "Waktu Rata - rata Pelayanan Pengesahan STNK (menit)", "menit", G(40), G(38), "-", "indikator negatif"),
        ("S11", S3, "Indeks Kepuasan Masyarakat", "nilai", G(83), T("84,10", 84.10), "101,33", ""),
        ("S18", S3, "Persentase Pengaduan Masyarakat yg Ditindaklanjuti", "%",
         P(0.92, "0%"), P(0.958, "0.0%"), "+", ""),
        ("S15", S3, "Jumlah Gerai Samsat", "gerai", T("8 gerai", 8), T("7 gerai", 7), "87,5", "1 gerai Samsat Desa belum beroperasi"),
        ("S16", S3, "Jumlah Inovasi Pelayanan Publik", "inovasi", G(3), G(3), "+", ""),
        ("S22", S3, "Jumlah Sosialisasi Pajak Daerah", "kali", G(24), T("26 kali", 26), "108,33", ""),
    ]
    r0 = 5
    for i, (id_, sas, name, unit, tv, rv, cap, ket) in enumerate(cards):
        left = i % 2 == 0
        lab = "B" if left else "G"
        c1, c3 = ("C", "E") if left else ("H", "J")
        top = r0 + (i // 2) * 8
        labels = ["Sasaran", "Indikator", "Satuan", "Target 2021", "Realisasi 2021", "Capaian (%)", "Keterangan"]
        for k, lbl in enumerate(labels):
            rr = top + k
            put(ws, "%s%d" % (lab, rr), lbl, WRAPC, bold=(k == 1))
            ws.merge_cells("%s%d:%s%d" % (c1, rr, c3, rr))
            box(ws, "%s%d:%s%d" % (c1, rr, c3, rr))
        put(ws, "%s%d" % (c1, top), sas, WRAPC)
        put(ws, "%s%d" % (c1, top + 1), name, WRAPC, bold=True)
        ws.row_dimensions[top + 1].height = 30
        put(ws, "%s%d" % (c1, top + 2), unit)
        put(ws, "%s%d" % (c1, top + 3), tv, Alignment(horizontal="left"))
        put(ws, "%s%d" % (c1, top + 4), rv, Alignment(horizontal="left"))
        tc, rc = "%s%d" % (c1, top + 3), "%s%d" % (c1, top + 4)
        if cap == "+":
            put(ws, "%s%d" % (c1, top + 5), F(pos_cap(tc, rc), None, "0.00"), Alignment(horizontal="left"))
        elif cap == "-":
            put(ws, "%s%d" % (c1, top + 5), F(neg_cap(tc, rc), None, "0.00"), Alignment(horizontal="left"))
        else:
            put(ws, "%s%d" % (c1, top + 5), cap, Alignment(horizontal="left"))
        put(ws, "%s%d" % (c1, top + 6), ket, WRAPC)
        ws["%s%d" % (lab, top)].font = Font(size=9)
        AG.key(b, ws, "%s%d" % (c1, top + 1), 2021, id_, name, [tv], [tc], "one", [rv], [rc], "one",
               with_col=True)
    end = r0 + ((len(cards) + 1) // 2) * 8
    ws["B%d" % end] = "Catatan: kartu disusun dari aplikasi SIMPADA per 14 Januari 2022."
    ws["G%d" % (end + 2)] = "Batu Rangin, 17 Januari 2022"
    ws["G%d" % (end + 3)] = "Kepala UPTD,"
    ws["G%d" % (end + 7)] = "Drs. HENDRIK SALAWANGI, M.Si"
    ws["G%d" % (end + 8)] = "NIP. 19700314 199503 1 004"

    # hidden draft sheet: a flat list of the first figures, never to be read
    hs = b.sheet("rekap_awal", hidden=True)
    hs["A1"] = "REKAP AWAL (draft, belum final)"
    hs.append(["No", "Indikator", "Target", "Realisasi"])
    hs.append([1, "Penerimaan PKB", 96500000000, 91200000000])
    hs.append([2, "Penerimaan BBNKB", 58000000000, 60100000000])
    hs.append([3, "Jumlah Transaksi e-Samsat", 20000, 26900])
    hs.append([4, "Tingkat Kepatuhan Wajib Pajak (%)", 94, 93.8])


# ---------------------------------------------------------------- 2022: LKjIP chapter III, split over two sheets (.xlsx)
LK_HEAD = [("A", "No"), ("B", "Indikator Kinerja"), ("C", "Satuan")]


def lkjip_header(ws, tab, sub):
    widths(ws, {"A": 5, "B": 42, "C": 11, "D": 18, "E": 18, "F": 18, "G": 18, "H": 11, "I": 18, "J": 13})
    ws["A1"] = tab
    ws["A1"].font = BOLD
    ws.merge_cells("A2:J2")
    ws["A2"] = sub
    ws["A2"].font = BOLD
    for c, t in LK_HEAD:
        ws.merge_cells("%s4:%s5" % (c, c))
        put(ws, c + "4", t, CENTER, bold=True)
    ws.merge_cells("D4:E4")
    put(ws, "D4", "Realisasi", CENTER, bold=True)
    ws.merge_cells("F4:H4")
    put(ws, "F4", "Tahun 2022", CENTER, bold=True)
    ws.merge_cells("I4:J4")
    put(ws, "I4", "Renstra 2022-2026", CENTER, bold=True)
    for c, t in (("D", "2020"), ("E", "2021"), ("F", "Target"), ("G", "Realisasi"), ("H", "Capaian (%)"),
                 ("I", "Target Akhir (2026)"), ("J", "Capaian thd Target Akhir (%)")):
        put(ws, c + "5", t, CENTER, bold=True)
    for i, c in enumerate("ABCDEFGHIJ"):
        put(ws, c + "6", "(%d)" % (i + 1), CENTER)
    box(ws, "A4:J5")


def lkjip_rows(b, ws, r, no, sas, items):
    ws.merge_cells("A%d:J%d" % (r, r))
    put(ws, "A%d" % r, sas, WRAP, bold=True)
    box(ws, "A%d:J%d" % (r, r))
    r += 1
    for it in items:
        id_, name, unit, d, e, tv, rv, pol, ren = it[:9]
        cap_over = it[9] if len(it) > 9 else None
        no += 1
        put(ws, "A%d" % r, no, CENTER)
        put(ws, "B%d" % r, name, WRAP)
        put(ws, "C%d" % r, unit, CENTER)
        put(ws, "D%d" % r, d)
        put(ws, "E%d" % r, e)
        put(ws, "F%d" % r, tv)
        if isinstance(rv, V) and isinstance(rv.content, str) and rv.content.startswith("=") \
                and "{" in rv.content:
            rv = F(rv.content.format(r=r, up=r - 1, up2=r - 2), rv.key, rv.fmt)
        put(ws, "G%d" % r, rv)
        if cap_over is not None:
            put(ws, "H%d" % r, G(cap_over))
        elif isinstance(tv.content, (int, float)) and isinstance(rv.content, (int, float)) or \
                (isinstance(rv.content, str) and rv.content.startswith("=")):
            f = neg_cap if pol == "-" else pos_cap
            put(ws, "H%d" % r, F(f("F%d" % r, "G%d" % r), None, "0.00"))
        else:
            put(ws, "H%d" % r, "-", CENTER)
        put(ws, "I%d" % r, ren)
        if isinstance(ren, V) and isinstance(ren.content, (int, float)) and isinstance(rv.content, (int, float)):
            put(ws, "J%d" % r, F("=ROUND(G%d/I%d*100,2)" % (r, r), None, "0.00"))
        else:
            put(ws, "J%d" % r, "-", CENTER)
        AG.key(b, ws, "B%d" % r, 2022, id_, name, [tv], ["F%d" % r], "one", [rv], ["G%d" % r], "one")
        r += 1
    return r, no


def y2022():
    b = AG.book("LKjIP_UPTD_PPD_2022.xlsx")
    ws = b.sheet("Tabel 3.1")
    lkjip_header(ws, "Tabel 3.1",
                 "Capaian Indikator Kinerja Sasaran 1 UPTD PPD Wilayah Kota Batu Rangin Tahun 2022")
    # planted: S07's realisasi is a formula meant to read the tunggakan (row above, S06) but it
    # points two rows up (S02, BBNKB); the key holds its cached value
    s07_key = rhu(59876125000 / 149950000000 * 100)
    items1 = [
        ("S01", "Realisasi penerimaan PKB (Rp)", "Rp", DASH(), N(93871450000), N(104000000000), N(108245600500), "+", N(125000000000)),
        # planted: a computed column typed over (capaian 100 while realisasi < target)
        ("S02", "Realisasi penerimaan BBNKB (Rp)", "Rp", DASH(), N(61204880000), N(63500000000), N(59876125000), "+", N(75000000000), 100),
        ("S06", "Tunggakan PKB (Rp)", "Rp", N(23418560000), N(19875300000), N(18500000000), N(17902440000), "-", N(12000000000)),
        ("S07", "Persentase tunggakan PKB (%)", "%", G(16.77), G(13.82), G(12.5),
         F("=ROUND(G{up2}/149950000000*100,2)", s07_key, "0.00"), "-", G(8)),
        ("S10", "Persentase kepatuhan WP kendaraan bermotor", "%", G(93), G(94.35), P(0.95, "0%"), P(0.9512, "0.00%"), "+", P(0.97, "0%")),
        ("S14", "Jumlah WP yang memanfaatkan program pembebasan denda", "WP", DASH(), DASH(), N(15000), N(18236), "+", DASH()),
        ("S22", "Sosialisasi PKB dan BBNKB (kali)", "kali", G(20), G(26), G(30), G(30), "+", G(30)),
    ]
    r, no = lkjip_rows(b, ws, 7, 0, "Sasaran 1 : Meningkatnya penerimaan PKB dan BBNKB", items1)
    ws["A%d" % (r + 1)] = "Sumber: SIMPADA Bapenda dan aplikasi e-Samsat (diolah). Bersambung ke Tabel 3.1 lanjutan."
    ws["A%d" % (r + 1)].font = Font(italic=True, size=9)

    ws2 = b.sheet("Tabel 3.1 lanjutan")
    lkjip_header(ws2, "Tabel 3.1 (lanjutan)",
                 "Capaian Indikator Kinerja Sasaran 2 s.d. 4 UPTD PPD Wilayah Kota Batu Rangin Tahun 2022")
    items2 = [
        ("S04", "Objek pajak kendaraan terdaftar (unit)", "unit", N(418356), N(431902), N(440000), N(447118), "+", N(480000)),
        ("S05", "Objek pajak kendaraan baru (unit)", "unit", N(21455), N(26310), N(26500), N(27842), "+", N(30000)),
        ("S19", "Pendataan kendaraan door to door (unit)", "unit", N(12870), N(19244), N(20000), N(21560), "+", N(25000)),
        ("S20", "Kendaraan mutasi masuk (unit)", "unit", DASH(), N(2045), N(2000), N(2210), "+", N(2500)),
    ]
    r, no = lkjip_rows(b, ws2, 7, no, "Sasaran 2 : Meningkatnya cakupan basis data objek pajak kendaraan bermotor", items2)
    items3 = [
        ("S08", "Transaksi Samsat Keliling (transaksi)", "transaksi", N(28744), N(33519), N(35000), N(36870), "+", N(40000)),
        ("S09", "Transaksi pembayaran PKB melalui e-Samsat", "transaksi", N(15630), N(27455), N(30000), N(41208), "+", N(60000)),
        ("S12", "Rata-rata waktu layanan pengesahan STNK tahunan", "menit", G(52), G(38), G(35), T("31 menit", 31), "-", G(25)),
        ("S11", "Nilai IKM pelayanan Samsat", "nilai", G(83.25), G(84.10), G(84), G(85.02), "+", G(88)),
        ("S18", "Prosentase pengaduan ditindaklanjuti", "%", G(88.5), G(95.8), G(95), G(97.3), "+", G(100)),
        ("S15", "Jumlah gerai/outlet layanan Samsat", "gerai", G(6), G(7), G(9), G(10), "+", G(14)),
        ("S16", "Inovasi pelayanan yang diterapkan", "inovasi", G(2), G(3), G(3), G(4), "+", G(5)),
    ]
    r, no = lkjip_rows(b, ws2, r, no, "Sasaran 3 : Meningkatnya kualitas pelayanan pajak daerah", items3)
    items4 = [
        ("S17", "Nilai SAKIP UPTD", "predikat", GR("BB"), DASH(), GR("BB"), GR("BB"), "+", GR("A")),
    ]
    r, no = lkjip_rows(b, ws2, r, no, "Sasaran 4 : Meningkatnya akuntabilitas kinerja UPTD", items4)
    ws2["A%d" % (r + 1)] = ("Catatan: realisasi 2020 PKB dan BBNKB dilaporkan gabung (Rp 139.612.775.300); "
                            "lihat lembar Catatan.")
    ws2["A%d" % (r + 1)].font = Font(italic=True, size=9)
    ws2["H%d" % (r + 3)] = "Batu Rangin, 20 Februari 2023"
    ws2["H%d" % (r + 4)] = "Kepala UPTD PPD Wilayah Kota Batu Rangin"
    ws2["H%d" % (r + 8)] = "YOHANA M. PATTIRUHU, S.E., M.M."
    ws2["H%d" % (r + 9)] = "Pembina (IV/a)"
    ws2["H%d" % (r + 10)] = "NIP. 19780921 200212 2 003"

    ns = b.sheet("Catatan")
    ns.column_dimensions["A"].width = 110
    notes = [
        "CATATAN ANALISIS CAPAIAN KINERJA 2022",
        "1. Penerimaan PKB melampaui target karena program pembebasan denda (Juli - September 2022).",
        "2. Penerimaan BBNKB di bawah target; penjualan kendaraan baru menurun pada triwulan IV.",
        "3. Persentase tunggakan dihitung terhadap total ketetapan PKB Rp 149.950.000.000.",
        "4. Waktu layanan pengesahan STNK turun menjadi 31 menit setelah antrian daring diterapkan.",
        "5. Indikator 'Pendataan kendaraan door to door' tidak lagi menjadi IKU pada Renstra Perubahan.",
    ]
    for i, t in enumerate(notes):
        ns["A%d" % (i + 1)] = t
    hs = b.sheet("Data SIMPADA", hidden=True)
    hs.append(["Bulan", "PKB", "BBNKB"])
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    for i, m in enumerate(months):
        hs.append([m, 8500000000 + i * 120000000, 4900000000 + (i % 3) * 80000000])


# ---------------------------------------------------------------- 2023: Permendagri 86 evaluation form E.81 (.xlsx)
def y2023():
    b = AG.book("Evaluasi_Renja_UPTD_PPD_TW_IV_2023.xlsx")
    ws = b.sheet("TW IV 2023")
    cols = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    widths(ws, {"A": 4, "B": 20, "C": 26, "D": 34, "E": 9, "Z": 16})
    for c in "FGHIJKLMNOPQRSTUVWXY":
        ws.column_dimensions[c].width = 15
    title(ws, 1, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", "A", "Z", 13)
    title(ws, 2, "UPTD PPD WILAYAH KOTA BATU RANGIN - BAPENDA PROVINSI KEPULAUAN SANGGAR LAUT", "A", "Z")
    title(ws, 3, "Periode Pelaksanaan : Triwulan IV Tahun 2023", "A", "Z", 11, False)
    ws["A4"] = ("Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD : "
                "Meningkatnya kemandirian keuangan daerah")
    heads = [("A", "No"), ("B", "Sasaran"), ("C", "Program / Kegiatan / Sub Kegiatan"),
             ("D", "Indikator Kinerja Program (Outcome) / Kegiatan (Output)"), ("E", "Satuan")]
    for c, t in heads:
        ws.merge_cells("%s6:%s7" % (c, c))
        put(ws, c + "6", t, CENTER, bold=True)
    pairs = [("F", "Target Kinerja dan Anggaran Renstra PD Tahun 2026 (Akhir Periode Renstra)"),
             ("H", "Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja Tahun Lalu (2022)"),
             ("J", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2023) yang Dievaluasi"),
             ("T", "Realisasi Kinerja dan Anggaran Renja PD yang Dievaluasi"),
             ("V", "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2023"),
             ("X", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2023 (%)")]
    for c, t in pairs:
        c2 = cols[cols.index(c) + 1]
        ws.merge_cells("%s6:%s7" % (c, c2))
        put(ws, c + "6", t, CENTER, bold=True)
    ws.merge_cells("L6:S6")
    put(ws, "L6", "Realisasi Kinerja Pada Triwulan", CENTER, bold=True)
    for c, t in (("L", "I"), ("N", "II"), ("P", "III"), ("R", "IV")):
        c2 = cols[cols.index(c) + 1]
        ws.merge_cells("%s7:%s7" % (c, c2))
        put(ws, c + "7", t, CENTER, bold=True)
    ws.merge_cells("Z6:Z7")
    put(ws, "Z6", "Unit PD Penanggung Jawab", CENTER, bold=True)
    nums = [("A", "1"), ("B", "2"), ("C", "3"), ("D", "4"), ("E", "5"), ("F", "6"), ("H", "7"), ("J", "8"),
            ("L", "9"), ("N", "10"), ("P", "11"), ("R", "12"), ("T", "13 = 9+10+11+12"), ("V", "14 = 7 + 13"),
            ("X", "15 = 14 / 6 x 100"), ("Z", "16")]
    for c, t in nums:
        if c in "FHJLNPRTVX":
            c2 = cols[cols.index(c) + 1]
            ws.merge_cells("%s8:%s8" % (c, c2))
            put(ws, c + "9", "K", CENTER, bold=True)
            put(ws, c2 + "9", "Rp.", CENTER, bold=True)
        put(ws, c + "8", t, CENTER)
    box(ws, "A6:Z9")

    RPF = "#,##0"
    # (row kind, C text or None, budget, id, name, unit, renstra, s.d.2022, target, q1..q4, col13 style)
    blocks = [
        ("PROGRAM PENGELOLAAN PENDAPATAN DAERAH", 9850000000, [
            ("S01", "Jumlah Penerimaan Pajak Kendaraan Bermotor", "Rp", 125000000000, 108245600500, 112750000000,
             [25912440100, 27305118600, 28110905000, 29589870500], "sum"),
            ("S02", "Jumlah Penerimaan Bea Balik Nama Kendaraan Bermotor", "Rp", 75000000000, 59876125000, 66000000000,
             [16102330000, 16875440000, 17230618000, 18232522000], "sum"),
            ("S06", "NILAI TUNGGAKAN PAJAK KENDARAAN BERMOTOR", "Rp", 12000000000, 17902440000, 17000000000,
             [19120500000, 18604300000, 18011250000, 17655010000], "last"),
        ]),
        ("Kegiatan Pengelolaan Pendapatan Daerah", 6120000000, [
            ("S07", "Rasio tunggakan PKB terhadap total ketetapan PKB", "%", 8, 11.94, 11,
             [12.9, 12.4, 11.8, 11.36], "last"),
            # planted: column 13 of a percentage written as the sum of the quarters
            ("S10b", "Persentase wajib pajak yang membayar PKB tepat waktu", "%", 92, None, 88,
             [84.2, 85.1, 85.9, 86.4], "sum"),
        ]),
        ("Sub Kegiatan Pendataan dan Pendaftaran Objek Pajak Daerah", 1450000000, [
            ("S04", "Jumlah kendaraan bermotor terdaftar sbg objek PKB", "unit", 480000, 447118, 455000,
             [449870, 453210, 457655, 461870], "last"),
            ("S05", "Jumlah kendaraan bermotor baru yg terdaftar", "unit", 30000, 27842, 28000,
             [6540, 6812, 6955, 6808], "sum"),
            # planted: column 13 typed over as 0 while the quarters hold values
            ("S20", "Jumlah kendaraan mutasi masuk dari luar provinsi", "unit", 2500, 2210, 2200,
             [512, 498, 560, 548], "zero"),
        ]),
        ("Sub Kegiatan Pelayanan Pajak Daerah", 2210000000, [
            ("S08", "Jumlah layanan Samsat Keliling ", "transaksi", 40000, 36870, 36500,
             [8120, 9034, 9410, 9348], "sum"),
            # planted: a formula that leaves out TW IV
            ("S09", "Jumlah transaksi pembayaran online (e-Samsat & Samsat Digital Nasional)", "transaksi", 60000,
             41208, 45000, [11840, 12975, 13660, 14299], "sum3"),
            ("S12", "Waktu penyelesaian pengesahan STNK tahunan", "menit", 25, 31, 30,
             [33, 31, 30, 29], "last"),
        ]),
        ("HIDDEN", 0, [
            ("HID", "Jumlah aplikasi pelayanan yang dipelihara", "aplikasi", 2, 2, 2, [0, 0, 0, 0], "sum"),
        ]),
        ("Sub Kegiatan Penagihan Pajak Daerah", 980000000, [
            ("S14", "Jumlah wajib pajak yg memanfaatkan pembebasan denda & BBNKB II", "WP", 40000, 18236, 12000,
             [2410, 2605, 2388, 2471], "sum"),
        ]),
        ("Sub Kegiatan Penyuluhan dan Sosialisasi Pajak Daerah", 640000000, [
            ("S22", "Jumlah kegiatan sosialisasi & penyuluhan pajak daerah", "kali", 30, 30, 30,
             [6, 9, 8, 9], "sum"),
        ]),
        ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", 3275000000, [
            ("S17", "Nilai Evaluasi Akuntabilitas Kinerja UPTD", "predikat", "A", "BB", "BB",
             ["-", "-", "-", "A"], "grade"),
            ("S11", "IKM UPTD PPD", "nilai", 88, 85.02, 85, [None, 85.72, None, 86.48], "last"),
        ]),
        ("Kegiatan Peningkatan Pelayanan Publik", 1120000000, [
            ("S15", "Gerai Layanan Samsat yg beroperasi", "gerai", 14, 10, 11, [10, 10, 11, 11], "last"),
            ("S16", "Jumlah inovasi pelayanan publik yg diimplementasikan", "inovasi", 5, 4, 4, [3, 3, 4, 4], "last"),
            ("S18", "persentase pengaduan wajib pajak yang diselesaikan", "%", 1.0, 0.973, 0.95,
             [0.96, 0.98, 1.0, 1.0], "lastpct"),
        ]),
    ]
    r = 10
    no = 0
    sas_rows = {1: [], 2: []}
    for ci, (ctext, budget, items) in enumerate(blocks):
        start = r
        sas = 1 if ci < 7 else 2
        for j, (id_, name, unit, ren, sd, tgt, qs, style) in enumerate(items):
            no += 1
            sas_rows[sas].append(r)
            put(ws, "A%d" % r, no, CENTER)
            put(ws, "D%d" % r, name, WRAP)
            put(ws, "E%d" % r, unit, CENTER)
            pct = style == "lastpct"
            fmtk = "0%" if pct else ("#,##0" if unit in ("Rp", "unit", "transaksi", "WP") else "General")
            if style == "grade":
                tv = GR(tgt)
                put(ws, "F%d" % r, GR(ren), CENTER)
                put(ws, "H%d" % r, GR(sd), CENTER)
                put(ws, "J%d" % r, tv, CENTER)
                qv = [GR(q) if q != "-" else DASH() for q in qs]
                for c, v in zip("LNPR", qv):
                    put(ws, "%s%d" % (c, r), v, CENTER)
                rv = GR("A")
                put(ws, "T%d" % r, rv, CENTER)
                for c in "VX":
                    put(ws, "%s%d" % (c, r), "-", CENTER)
            else:
                tv = P(tgt, "0%") if pct else V(tgt, fmtk, tgt)
                put(ws, "F%d" % r, P(ren, "0%") if pct else V(ren, fmtk, ren))
                put(ws, "H%d" % r, (P(sd, "0.0%") if pct else V(sd, fmtk, sd)) if sd is not None else DASH())
                put(ws, "J%d" % r, tv)
                qv = []
                for c, q in zip("LNPR", qs):
                    v = None if q is None else (P(q, "0%") if pct else V(q, fmtk, q))
                    qv.append(v)
                    put(ws, "%s%d" % (c, r), v)
                present = [q for q in qs if q is not None]
                if style == "sum":
                    rv = F("=L{0}+N{0}+P{0}+R{0}".format(r), agg(qv, "sum"), fmtk)
                elif style == "sum3":
                    rv = F("=L{0}+N{0}+P{0}".format(r), agg(qv[:3], "sum"), fmtk)
                elif style == "zero":
                    rv = V(0, fmtk, 0)
                elif style == "last":
                    rv = F("=R%d" % r, present[-1], fmtk)
                elif style == "lastpct":
                    rv = F("=R%d" % r, qs[-1] * 100, "0%")
                put(ws, "T%d" % r, rv)
                if sd is not None:
                    put(ws, "V%d" % r, F("=H{0}+T{0}".format(r), None, fmtk if not pct else "0%"))
                    put(ws, "X%d" % r, F("=IFERROR(V{0}/F{0}*100,0)".format(r), None, "0.00"))
                else:
                    put(ws, "V%d" % r, F("=T%d" % r, None, fmtk))
                    put(ws, "X%d" % r, F("=IFERROR(V{0}/F{0}*100,0)".format(r), None, "0.00"))
            # budgets (Rp) on the first row of each programme / kegiatan / sub kegiatan
            if j == 0 and budget:
                put(ws, "G%d" % r, V(budget * 5, RPF))
                put(ws, "I%d" % r, V(int(budget * 0.93) * 3, RPF))
                put(ws, "K%d" % r, V(budget, RPF))
                qb = [int(budget * f) for f in (0.18, 0.24, 0.27, 0.25)]
                for c, v in zip("MOQS", qb):
                    put(ws, "%s%d" % (c, r), V(v, RPF))
                put(ws, "U%d" % r, F("=M{0}+O{0}+Q{0}+S{0}".format(r), None, RPF))
                put(ws, "W%d" % r, F("=I{0}+U{0}".format(r), None, RPF))
                put(ws, "Y%d" % r, F("=W{0}/G{0}*100".format(r), None, "0.00"))
            else:
                for c in "GIKMOQSUWY":
                    put(ws, "%s%d" % (c, r), None)
            put(ws, "Z%d" % r, "UPTD PPD Batu Rangin" if sas == 1 else "Subbag TU UPTD", WRAP)
            if ctext == "HIDDEN":
                ws.row_dimensions[r].hidden = True
                put(ws, "C%d" % r, "Sub Kegiatan Pemeliharaan Aplikasi e-Samsat", WRAP)
            else:
                AG.key(b, ws, "D%d" % r, 2023, id_, name, [tv], ["J%d" % r], "one", [rv], ["T%d" % r], "one")
            r += 1
        if ctext != "HIDDEN":
            if r - 1 > start:
                ws.merge_cells("C%d:C%d" % (start, r - 1))
            put(ws, "C%d" % start, ctext, WRAP, bold=ctext.isupper())
            box(ws, "C%d:C%d" % (start, r - 1))
    ws.merge_cells("B%d:B%d" % (sas_rows[1][0], sas_rows[1][-1]))
    put(ws, "B%d" % sas_rows[1][0], "Meningkatnya pendapatan daerah dari sektor PKB dan BBNKB", WRAP)
    ws.merge_cells("B%d:B%d" % (sas_rows[2][0], sas_rows[2][-1]))
    put(ws, "B%d" % sas_rows[2][0], "Meningkatnya kualitas pelayanan dan akuntabilitas kinerja UPTD", WRAP)
    box(ws, "A10:Z%d" % (r - 1))
    r += 1
    ws["C%d" % r] = "Rata-rata capaian kinerja (%)"
    ws["X%d" % r] = "=ROUND(AVERAGE(X10:X%d),1)" % (r - 2)
    ws["C%d" % (r + 1)] = "Predikat kinerja"
    ws["X%d" % (r + 1)] = "Sangat Tinggi"
    ws["C%d" % (r + 3)] = "Faktor pendorong : program pembebasan denda dan perluasan kanal pembayaran daring."
    ws["C%d" % (r + 4)] = "Faktor penghambat : menurunnya penjualan kendaraan baru pada triwulan IV."
    ws["C%d" % (r + 5)] = "Tindak lanjut : optimalisasi Samsat Keliling ke kecamatan kepulauan pada Renja 2024."
    s = r + 7
    ws["C%d" % s] = "Disusun"
    ws["C%d" % (s + 1)] = "Kepala UPTD PPD Wilayah Kota Batu Rangin"
    ws["C%d" % (s + 5)] = "YOHANA M. PATTIRUHU, S.E., M.M."
    ws["C%d" % (s + 6)] = "NIP. 19780921 200212 2 003"
    ws["T%d" % s] = "Dievaluasi"
    ws["T%d" % (s + 1)] = "Kepala Badan Pendapatan Daerah"
    ws["T%d" % (s + 5)] = "Ir. MARKUS LEIWAKABESSY, M.T."
    ws["T%d" % (s + 6)] = "NIP. 19680802 199403 1 011"

    # the previous quarter's form, left in the workbook as a hidden sheet
    hs = b.sheet("TW III 2023", hidden=True)
    hs["A1"] = "EVALUASI RENJA TRIWULAN III 2023 (arsip)"
    hs.append(["No", "Indikator", "Target", "TW I", "TW II", "TW III"])
    hs.append([1, "Jumlah Penerimaan Pajak Kendaraan Bermotor", 112750000000, 25912440100, 27305118600, 28110905000])
    hs.append([2, "Jumlah transaksi pembayaran online (e-Samsat & Samsat Digital Nasional)", 45000, 11840, 12975, 13660])
    hs.append([3, "IKM UPTD PPD", 85, None, 85.72, None])


if __name__ == "__main__":
    y2020()
    y2021()
    y2022()
    y2023()
    AG.save()
