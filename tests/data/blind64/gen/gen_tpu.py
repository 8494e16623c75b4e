"""UPTD Pengelolaan Tempat Pemakaman Umum (TPU), Kota Tanjung Seruling (invented), 2021-2024.

Files:
  PK_dan_LKjIP_UPTD_TPU_2021_2022.xlsx  sheets 'PK 2021' (annual PK), 'Tabel 3.1' + 'Tabel 3.1 (lanjutan)'
                                          (LKjIP ch. III table 2022 split over two sheets), 'Catatan'
  RA_Triwulan_UPTD_TPU_2023.ods          Rencana Aksi in five-row blocks (Target Tahunan + TW I..IV)
  Papan_Kinerja_UPTD_TPU_2024.xls        'dashboard' of tiles, three per band (novel layout),
                                          hidden sheet with an old draft, notes sheet
"""
from openpyxl.styles import Alignment, Font

from common import (ACC, GREY, HEAD, RP, YEL, Agency, L, V, blank, boxes, dash, f, grade, merge,
                    mistake, n, p, put, t, text, widths)

FLOW = ["A03", "A04", "A05", "A07", "A08", "A10", "A13", "A14", "A16", "A20", "A22", "A23", "A24",
        "A25", "A26"]

ag = Agency("uptd_tpu_kota_tanjung_seruling",
            "UPTD Pengelolaan Tempat Pemakaman Umum (TPU), Dinas Perumahan dan Kawasan Permukiman, "
            "Kota Tanjung Seruling", [2021, 2022, 2023, 2024], FLOW)
ag.ambiguous = [["A09", "A09b"]]

KEPALA = ("SURYADI HAMDANI, S.T., M.Si", "Penata Tk. I (III/d)", "NIP. 19800614 200604 1 009")


def signature(ws, row, col, place_date, title_lines):
    text(ws, "%s%d" % (col, row), place_date)
    r = row + 1
    for tl in title_lines:
        text(ws, "%s%d" % (col, r), tl, bold=True)
        r += 1
    r += 3
    c = text(ws, "%s%d" % (col, r), KEPALA[0], bold=True)
    c.font = Font(bold=True, underline="single")
    text(ws, "%s%d" % (col, r + 1), KEPALA[1])
    text(ws, "%s%d" % (col, r + 2), KEPALA[2])
    return r + 2


# =========================================================================== 2021: PK table
def pk2021(book):
    ws = book.sheet("PK 2021")
    widths(ws, {"A": 5, "B": 30, "C": 46, "D": 11, "E": 17, "F": 17, "G": 11, "H": 20})
    for i, s in enumerate(["PENGUKURAN KINERJA", "UPTD PENGELOLAAN TEMPAT PEMAKAMAN UMUM",
                           "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA TANJUNG SERULING",
                           "TAHUN ANGGARAN 2021"], start=1):
        ws.merge_cells("A%d:H%d" % (i, i))
        text(ws, "A%d" % i, s, bold=True, size=12, h="center")
    text(ws, "A6", "Unit Kerja          : UPTD Pengelolaan TPU")
    text(ws, "A7", "Perangkat Daerah : Dinas Perumahan dan Kawasan Permukiman")
    # three header rows
    merge(ws, "A9:A10", "No", bold=True, h="center", fill=HEAD)
    merge(ws, "B9:B10", "Sasaran Strategis", bold=True, h="center", fill=HEAD)
    merge(ws, "C9:C10", "Indikator Kinerja", bold=True, h="center", fill=HEAD)
    merge(ws, "D9:D10", "Satuan", bold=True, h="center", fill=HEAD)
    merge(ws, "E9:G9", "Tahun 2021", bold=True, h="center", fill=HEAD)
    merge(ws, "H9:H10", "Keterangan", bold=True, h="center", fill=HEAD)
    for c, s in zip("EFG", ["Target", "Realisasi", "Capaian (%)"]):
        put(ws, "%s10" % c, s, bold=True, h="center", fill=HEAD)
    for i, c in enumerate("ABCDEFGH", start=1):
        put(ws, "%s11" % c, "(%d)" % i, h="center", italic=True, fill=GREY)

    S = [
        ("Meningkatnya ketersediaan lahan dan sarana prasarana pemakaman", [
            ("A01", "Luas lahan makam yang tersedia", "Ha", n(42.5), n(42.5)),
            ("A02", "Prosentase sisa daya tampung lahan makam", "%", t("18 %", 18), t("16,4 %", 16.4)),
            ("A03", "Jumlah petak makam baru yang disiapkan", "petak", n(1200, ACC), t("1.185 petak", 1185)),
            ("A04", "Jumlah jenazah yang dimakamkan di TPU", "jenazah", n(2600, ACC), t("3.118*)", 3118)),
            ("A26", "Luas areal makam yang ditata dan dipelihara", "m²", n(25000, ACC), n(24350, ACC)),
            ("A15", "Persentase TPU dengan sarana prasarana dalam kondisi baik", "%", p(60), p(58.3)),
        ]),
        # indicator typed into the Sasaran column (own row, Indikator cell empty)
        ("MOVED", [("A16", "Jumlah pohon peneduh yang ditanam di TPU", "batang", n(300), n(315))]),
        ("Meningkatnya kualitas pelayanan perizinan pemakaman", [
            ("A05", "Jumlah izin pemakaman yang diterbitkan ", "izin", n(2600, ACC), n(3104, ACC)),
            ("A06", "Persentase izin pemakaman yang terbit\ntepat waktu (≤ 1 hari kerja)", "%", p(90), p(86.5)),
            ("A07", "Jumlah perpanjangan Izin Penggunaan", "izin", t("1.800 izin", 1800), t("1.652 izin", 1652)),
            ("CONT", "Tanah Makam (IPTM)", None, None, None),
            ("A19", "Indeks Kepuasan Masyarakat (IKM) terhadap layanan pemakaman", "nilai", n(80), n(81.25)),
            ("A20", "Jumlah pengaduan masyarakat yang ditindaklanjuti", "pengaduan", n(40), n(37)),
            ("A21", "Persentase pengaduan masyarakat yang ditindaklanjuti", "%", p(100), p(92.5)),
        ]),
        ("Terpenuhinya layanan pemakaman bagi warga tidak mampu", [
            ("A08", "Jumlah pemakaman warga tidak mampu yang difasilitasi", "jenazah", n(150), n(212)),
            ("A09", "Persentase warga tidak mampu yang dimakamkan tanpa biaya", "%", p(100), p(100)),
            ("A24", "Jumlah pemakaman jenazah dengan protokol COVID-19", "jenazah", dash(), n(684)),
        ]),
        ("Meningkatnya pendapatan retribusi pelayanan pemakaman", [
            ("A10", "Realisasi penerimaan retribusi pelayanan pemakaman", "Rp",
             mistake(t("Rp 8.714.500.000", 8714500000), "target typed 10x (Rp 8.714.500.000 for Rp 871.450.000)"),
             t("Rp 902.115.000", 902115000)),
            ("A11", "Persentase capaian target retribusi", "%", p(100), n(103.52)),
            ("A12", "Jumlah wajib retribusi yang menunggak", "orang", n(450), n(512)),
        ]),
    ]
    r = 12
    no = 0
    for sas, inds in S:
        r0 = r
        for sid, name, unit, tv, rv in inds:
            if sid == "CONT":
                put(ws, "C%d" % r, name)
                for c in "ADEFGH":
                    put(ws, "%s%d" % (c, r), None)
                r += 1
                continue
            no += 1
            put(ws, "A%d" % r, no, h="center")
            if sas == "MOVED":
                put(ws, "B%d" % r, name)
                put(ws, "C%d" % r, None)
                ncoord = "B%d" % r
            else:
                put(ws, "C%d" % r, name)
                ncoord = "C%d" % r
            put(ws, "D%d" % r, unit, h="center")
            put(ws, "E%d" % r, tv, h="right")
            put(ws, "F%d" % r, rv, h="right")
            if isinstance(tv.cell, (int, float)) and isinstance(rv.cell, (int, float)):
                put(ws, "G%d" % r, V("=ROUND(F%d/E%d*100,2)" % (r, r), None), h="right")
            elif sid == "A24":
                put(ws, "G%d" % r, "-", h="center")
            else:
                cap = {"A02": 109.76, "A03": 98.75, "A04": 119.92, "A07": 91.78, "A10": 10.35}[sid]
                put(ws, "G%d" % r, n(cap), h="right")
            put(ws, "H%d" % r, {"A16": "dipindah dari kegiatan RTH", "A24": "tidak ditargetkan",
                                "A04": "lonjakan kasus COVID-19"}.get(sid))
            ag.key(book, ws, ncoord, 2021, sid, tv, "E%d" % r, rv, "F%d" % r)
            r += 1
        if sas != "MOVED":
            ws.merge_cells("B%d:B%d" % (r0, r - 1))
            put(ws, "B%d" % r0, sas, va="top")
    boxes(ws, "A12:H%d" % (r - 1))
    r += 1
    text(ws, "B%d" % r, "Jumlah Anggaran Tahun 2021            : Rp. 2.845.600.000,-")
    text(ws, "B%d" % (r + 1), "Jumlah Realisasi Anggaran Tahun 2021 : Rp. 2.671.235.400,-")
    text(ws, "B%d" % (r + 2), "*) Data s.d. 31 Desember 2021, bersumber dari Register Pemakaman UPTD TPU",
         italic=True, size=9)
    signature(ws, r + 4, "F", "Tanjung Seruling, 31 Desember 2021", ["Kepala UPTD Pengelolaan TPU,"])
    ws.print_title_rows = "9:11"


# =========================================================================== 2022: LKjIP table, split
def lkjip2022(book):
    rows1 = [
        ("Sasaran 1 : Meningkatnya ketersediaan lahan dan sarana prasarana pemakaman", [
            ("A01", "Luas lahan makam yang tersedia (Ha)", "Ha", 40.0, 42.5, n(44), n(43.2), 50),
            ("A02", "Persentase sisa daya tampung lahan makam", "%", 20.1, 16.4, n(15), n(13.8), 10),
            ("A03", "Jumlah petak makam baru yg disiapkan", "petak", 1050, 1185, n(1300, ACC), n(1342, ACC), 7000),
            ("A04", "Jumlah jenazah yang dimakamkan pada TPU milik Pemerintah Kota", "jenazah", 2915, 3118,
             n(2400, ACC), n(2287, ACC), 2300),
            ("A26", "Luas areal makam yang ditata & dipelihara (m2)", "m2", 22100, 24350, n(27500, ACC),
             n(28120, ACC), 150000),
            ("A15", "Persentase TPU dg sarana prasarana kondisi baik", "%", 50, 58.3, n(65), n(66.7), 90),
            ("A16", "Jumlah pohon peneduh yang ditanam", "batang", 250, 315, n(350), n(280), 1800),
        ]),
        ("Sasaran 2 : Meningkatnya kualitas pelayanan perizinan pemakaman", [
            ("A05", "Jumlah izin pemakaman yang diterbitkan", "izin", 2890, 3104, n(2400, ACC), n(2271, ACC), 2300),
            ("A06", "Persentase izin pemakaman yang terbit tepat waktu", "%", 84, 86.5, n(92),
             mistake(n(0.93), "fraction typed in a plain cell (0,93 for 93 %)"), 98),
            ("A07", "Jumlah perpanjangan IPTM", "izin", 1540, 1652, n(1900, ACC), n(1977, ACC), 2200),
            ("A17", "Jumlah TPU yang terdata dalam Sistem Informasi Makam (SIMAKAM)", "lokasi", None, None,
             n(4), n(4), 12),
            ("A19", "Indeks Kepuasan Masyarakat (IKM)", "nilai", 79.1, 81.25, n(82), t("83,40", 83.4), 85),
            ("A20", "Jumlah pengaduan yang ditindaklanjuti", "pengaduan", 35, 37, n(40), n(44), 40),
            ("A21", "Persentase pengaduan yang ditindaklanjuti", "%", 100, 92.5, n(100), n(100), 100),
        ]),
    ]
    rows2 = [
        ("Sasaran 3 : Terpenuhinya layanan pemakaman bagi warga tidak mampu", [
            ("A08", "Jumlah pemakaman warga tidak mampu yang difasilitasi", "jenazah", 131, 212, n(160), n(174), 200),
            ("A09", "Persentase warga tidak mampu yang dimakamkan tanpa dipungut biaya", "%", 100, 100, n(100),
             n(100), 100),
            ("A24", "Jumlah pemakaman dengan protokol Covid-19", "jenazah", 402, 684, n(100), n(37), None),
        ]),
        ("Sasaran 4 : Meningkatnya pendapatan retribusi pelayanan pemakaman", [
            ("A10", "Penerimaan retribusi pelayanan pemakaman (Rp)", "Rp", 845200500, 902115000,
             n(925000000, ACC), n(948730500, ACC), 1250000000),
            ("A11", "Persentase capaian target retribusi", "%", 98.2, 103.52, p(100), "FORMULA", 100),
            ("A12", "Jumlah wajib retribusi yg menunggak", "orang", 520, 512, n(400), n(376), 150),
        ]),
    ]

    def header(ws, title, r0):
        ws.merge_cells("A%d:J%d" % (r0, r0))
        text(ws, "A%d" % r0, title, bold=True, h="center")
        h = r0 + 2
        merge(ws, "A%d:A%d" % (h, h + 1), "No", bold=True, h="center", fill=HEAD)
        merge(ws, "B%d:B%d" % (h, h + 1), "Sasaran / Indikator Kinerja", bold=True, h="center", fill=HEAD)
        merge(ws, "C%d:C%d" % (h, h + 1), "Satuan", bold=True, h="center", fill=HEAD)
        merge(ws, "D%d:E%d" % (h, h), "Realisasi", bold=True, h="center", fill=HEAD)
        merge(ws, "F%d:H%d" % (h, h), "Tahun 2022", bold=True, h="center", fill=HEAD)
        merge(ws, "I%d:I%d" % (h, h + 1), "Target Akhir Renstra (2026)", bold=True, h="center", fill=HEAD)
        merge(ws, "J%d:J%d" % (h, h + 1), "Capaian s.d. 2022 thd Target Akhir Renstra (%)", bold=True,
              h="center", fill=HEAD)
        for c, s in zip("DEFGH", ["2020", "2021", "Target", "Realisasi", "Capaian (%)"]):
            put(ws, "%s%d" % (c, h + 1), s, bold=True, h="center", fill=HEAD)
        return h + 2

    def body(ws, groups, r, no):
        a10 = {}
        for gname, inds in groups:
            merge(ws, "A%d:J%d" % (r, r), gname, bold=True, fill=GREY)
            r += 1
            for sid, name, unit, r20, r21, tv, rv, renstra in inds:
                no += 1
                put(ws, "A%d" % r, no, h="center")
                put(ws, "B%d" % r, name)
                put(ws, "C%d" % r, unit, h="center")
                big = (r21 or 0) >= 1000
                frac = any(isinstance(x, float) and x != int(x) for x in (r20, r21, renstra) if x is not None)
                fmt = ACC if big else ("0.00" if frac else "0")
                put(ws, "D%d" % r, V(r20, None, fmt) if r20 is not None else "-", h="right")
                put(ws, "E%d" % r, V(r21, None, fmt) if r21 is not None else "-", h="right")
                put(ws, "F%d" % r, tv, h="right")
                if rv == "FORMULA":
                    rr = a10["row"]
                    rv = f("=G%d/F%d" % (rr, rr), 948730500 / 925000000, "0.00%")
                put(ws, "G%d" % r, rv, h="right")
                if sid == "A11":
                    put(ws, "H%d" % r, V("=G%d/F%d*100" % (r, r), None, "0.00"), h="right")
                elif isinstance(rv.cell, (int, float)):
                    put(ws, "H%d" % r, V("=G%d/F%d*100" % (r, r), None, "0.00"), h="right")
                else:
                    put(ws, "H%d" % r, n(101.71, "0.00"), h="right")
                if renstra is None:
                    put(ws, "I%d" % r, "-", h="center")
                    put(ws, "J%d" % r, "-", h="center")
                else:
                    put(ws, "I%d" % r, V(renstra, None, fmt), h="right")
                    if isinstance(rv.cell, (int, float)) or sid == "A11":
                        put(ws, "J%d" % r, V("=G%d/I%d*100" % (r, r), None, "0.00"), h="right")
                    else:
                        put(ws, "J%d" % r, n(98.12, "0.00"), h="right")
                if sid == "A10":
                    a10["row"] = r
                ag.key(book, ws, "B%d" % r, 2022, sid, tv, "F%d" % r, rv, "G%d" % r)
                r += 1
        return r, no

    ws = book.sheet("Tabel 3.1")
    widths(ws, {"A": 5, "B": 50, "C": 10, "D": 13, "E": 13, "F": 14, "G": 14, "H": 11, "I": 14, "J": 16})
    text(ws, "A1", "BAB III  AKUNTABILITAS KINERJA", bold=True, size=12)
    text(ws, "A2", "3.1 Capaian Kinerja Organisasi", bold=True)
    ws.merge_cells("A3:J4")
    c = ws["A3"]
    c.value = ("Capaian kinerja UPTD Pengelolaan TPU tahun 2022 diukur dengan membandingkan target dan realisasi "
               "indikator kinerja pada Perjanjian Kinerja 2022, serta membandingkannya dengan realisasi tahun "
               "2020 dan 2021 dan target akhir Renstra 2022-2026, sebagaimana tabel berikut.")
    c.alignment = Alignment(wrap_text=True, vertical="top")
    r = header(ws, "Tabel 3.1  Perbandingan Realisasi Kinerja Tahun 2022 dengan Tahun Sebelumnya "
                   "dan Target Akhir Renstra", 6)
    r, no = body(ws, rows1, r, 0)
    text(ws, "B%d" % (r + 1), "bersambung ke halaman berikutnya ...", italic=True, size=9)

    ws2 = book.sheet("Tabel 3.1 (lanjutan)")
    widths(ws2, {"A": 5, "B": 50, "C": 10, "D": 15, "E": 15, "F": 15, "G": 15, "H": 11, "I": 15, "J": 16})
    r = header(ws2, "Tabel 3.1  (lanjutan)", 1)
    r, no = body(ws2, rows2, r, no)
    text(ws2, "B%d" % (r + 1), "Sumber : Register UPTD Pengelolaan TPU dan aplikasi SIMAKAM, diolah.",
         italic=True, size=9)
    text(ws2, "B%d" % (r + 2), "Catatan : realisasi 2021 mengikuti data final Register, dapat berbeda dengan "
         "dokumen Pengukuran Kinerja 2021.", italic=True, size=9)


def notes(book):
    ws = book.sheet("Catatan")
    widths(ws, {"A": 100})
    for i, s in enumerate([
        "Catatan penyusun:",
        "- Sheet PK 2021 disalin dari dokumen Pengukuran Kinerja yang ditandatangani Kepala UPTD.",
        "- Tabel 3.1 adalah bahan LKjIP 2022, dipotong dua karena tidak muat satu halaman cetak.",
        "- Target retribusi 2021 menurut DPA Perubahan Rp 871.450.000.",
        "- Penataan dan pemeliharaan makam mulai 2023 dipisah menjadi dua indikator.",
    ], start=1):
        text(ws, "A%d" % i, s, bold=(i == 1))


# =========================================================================== 2023: RA blocks
def ra2023(book):
    ws = book.sheet("RA TW 2023")
    widths(ws, {"A": 5, "B": 26, "C": 38, "D": 9, "E": 15, "F": 16, "G": 16, "H": 9, "I": 22, "J": 28})
    for i, s in enumerate(["RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN",
                           "UPTD PENGELOLAAN TEMPAT PEMAKAMAN UMUM KOTA TANJUNG SERULING",
                           "TAHUN ANGGARAN 2023"], start=1):
        ws.merge_cells("A%d:J%d" % (i, i))
        text(ws, "A%d" % i, s, bold=True, size=12, h="center")
    merge(ws, "A5:A6", "No", bold=True, h="center", fill=HEAD)
    merge(ws, "B5:B6", "Sasaran Strategis", bold=True, h="center", fill=HEAD)
    merge(ws, "C5:C6", "Indikator Kinerja", bold=True, h="center", fill=HEAD)
    merge(ws, "D5:D6", "Satuan", bold=True, h="center", fill=HEAD)
    merge(ws, "E5:H5", "Kriteria Keberhasilan (Target Tahunan & Triwulan)", bold=True, h="center", fill=HEAD)
    for c, s in zip("EFGH", ["Periode", "Target", "Realisasi", "%"]):
        put(ws, "%s6" % c, s, bold=True, h="center", fill=HEAD)
    merge(ws, "I5:I6", "Penanggung Jawab", bold=True, h="center", fill=HEAD)
    merge(ws, "J5:J6", "Kegiatan & Anggaran", bold=True, h="center", fill=HEAD)
    for i, c in enumerate("ABCDEFGHIJ", start=1):
        put(ws, "%s7" % c, i, h="center", italic=True, fill=GREY)

    PJ1, PJ2, PJ3 = "Kasubbag Tata Usaha", "Koordinator Pelayanan Pemakaman", "Koordinator Sarana Prasarana"

    def q(vals):
        out = []
        for x in vals:
            if isinstance(x, V):
                out.append(x)
            elif x is None:
                out.append(blank())
            elif x == "-":
                out.append(dash())
            else:
                out.append(n(x))
        return out

    def qp(vals):
        return [p(x) if isinstance(x, (int, float)) else (dash() if x == "-" else x) for x in vals]

    S = [
        ("Meningkatnya ketersediaan lahan dan sarana prasarana pemakaman",
         "Penyediaan Lahan Makam\nRp. 1.284.000.000,-", [
             ("A01", "Luas Lahan Makam Tersedia", "Ha", n(45.5), q([44, 44, 45.5, 45.5]), q([44, 44, 45.5, 45.5]), PJ3),
             ("A02", "Persentase Sisa Daya Tampung Lahan Makam", "%", p(14), qp([14, 14, 14, 14]),
              qp([15.2, 14.9, 14.6, 14.6]), PJ3),
             ("A03", "Jumlah Petak Makam Baru yang Disiapkan", "petak", n(1400), q([350, 350, 350, 350]),
              q([320, 365, 351, 352]), PJ3),
             ("A04", "Jumlah Jenazah yang Dimakamkan", "jenazah", n(2300), q([575, 575, 575, 575]),
              q([601, 572, 588, 595]), PJ2),
             ("A13", "Luas Areal Makam yang Ditata", "m2", n(8000, ACC), q([2000, 2000, 2000, 2000]),
              q([1850, 2010, 1920, 1860]), PJ3),
             ("DRAFT", "Jumlah pohon peneduh yang ditanam (usulan, dihapus)", "batang", n(200), q([50, 50, 50, 50]),
              q([0, 0, 0, 0]), PJ3),
             ("A25", "Luas Areal Makam yang Dipelihara", "m2", n(21000, ACC), q([5250, 5250, 5250, 5250]),
              q([5200, 5400, 5380, 5500]), PJ3),
             ("A15", "Persentase TPU dengan Sarpras Kondisi Baik", "%", p(70), qp([70, 70, 70, 70]),
              qp([62.5, 62.5, 66.7, 66.7]), PJ3),
             ("A23", "Jumlah Makam Terlantar yang Didata", "makam", n(500), q([100, 150, 150, 100]),
              q([0, 120, 198, 145]), PJ2),
         ]),
        ("Meningkatnya kualitas pelayanan perizinan pemakaman",
         "Pelayanan Perizinan Pemakaman\nRp. 386.500.000,-", [
             ("A05", "JUMLAH IZIN PEMAKAMAN YANG DITERBITKAN", "izin", n(2300), q([575, 575, 575, 575]),
              q([599, 570, 586, 594]), PJ2),
             ("A06", "Persentase Izin Pemakaman Terbit Tepat Waktu", "%", p(94), qp([94, 94, 94, 94]),
              qp([93.1, 94.8, 95.0, 95.2]), PJ2),
             ("A07", "Jumlah Perpanjangan Izin Penggunaan Tanah Makam", "izin", n(2000), q([500, 500, 500, 500]),
              q([498, 541, 530, 535]), PJ2),
             ("A17", "Jumlah Lokasi TPU yang Terdata dalam SIMAKAM", "lokasi", n(6), q([4, 5, 5, 6]),
              q([4, 5, 5, 6]), PJ1),
             ("A18", "Persentase Data Makam yang Terdigitalisasi", "%", p(60), qp([15, 30, 45, 60]),
              qp([40, 62, 81, mistake(p(78), "cumulative figure falls (81 % at TW III, 78 % at TW IV)")]), PJ1),
             ("A19", "Indeks Kepuasan Masyarakat", "nilai", t("76,61 - 88,30", 76.61),
              q(["-", t("76,61", 76.61), "-", t("76,61", 76.61)]), q(["-", 83.2, "-", 84.1]), PJ1),
             ("A21", "Persentase Pengaduan yang Ditindaklanjuti", "%", p(100), qp([100, 100, 100, 100]),
              qp([100, 100, 100, 100]), PJ1),
             ("A22", "Jumlah Petugas Penggali Makam yang Mengikuti Pelatihan K3", "orang", n(24), q(["-", 24, "-", "-"]),
              q(["-", 24, "-", "-"]), PJ1),
         ]),
        ("Terpenuhinya layanan pemakaman bagi warga tidak mampu",
         "Fasilitasi Pemakaman Warga Tidak Mampu\nRp. 212.750.000,-", [
             ("A08", "Jumlah Warga Tidak Mampu yang Dimakamkan secara Gratis", "jenazah", n(170),
              q([43, 42, 43, 42]), q([44, 39, 41, 42]), PJ2),
             ("A09b", "Persentase Pelayanan Pemakaman Gratis bagi Warga Miskin yang Terpenuhi", "%", p(100),
              qp([100, 100, 100, 100]), qp([100, 100, 95.1, 97.6]), PJ2),
         ]),
        ("Meningkatnya pendapatan retribusi pelayanan pemakaman",
         "Pemungutan Retribusi Pemakaman\nRp. 96.300.000,-", [
             ("A10", "Penerimaan Retribusi Pelayanan Pemakaman dan Pengabuan Mayat", "Rp", n(980000000, RP),
              [n(245000000, RP)] * 4,
              [n(241560000, RP), n(255118000, RP), n(249902500, RP), n(265865500, RP)], PJ1),
             ("A12", "Jumlah Wajib Retribusi yang Menunggak", "orang", n(350), q([350, 350, 350, 350]),
              q([402, 388, 365, 341]), PJ1),
         ]),
    ]
    r = 8
    no = 0
    for sas, keg, inds in S:
        rs = r
        for sid, name, unit, tv, qt, qr, pj in inds:
            if sid == "DRAFT":
                # one hidden draft row, left over from the first version of the RA
                put(ws, "C%d" % r, name)
                put(ws, "D%d" % r, unit)
                put(ws, "E%d" % r, "Target Tahunan")
                put(ws, "F%d" % r, tv)
                ws.row_dimensions[r].hidden = True
                r += 1
                continue
            no += 1
            merge(ws, "A%d:A%d" % (r, r + 4), no, h="center", va="top")
            merge(ws, "C%d:C%d" % (r, r + 4), name, va="top")
            merge(ws, "D%d:D%d" % (r, r + 4), unit, h="center", va="top")
            merge(ws, "I%d:I%d" % (r, r + 4), pj, va="top")
            put(ws, "E%d" % r, "Target Tahunan", bold=True)
            put(ws, "F%d" % r, tv, h="right", fill=YEL)
            put(ws, "G%d" % r, None)
            put(ws, "H%d" % r, None)
            rl = []
            for k, lab in enumerate(["TW I (B03)", "TW II (B06)", "TW III (B09)", "TW IV (B12)"]):
                rr = r + 1 + k
                put(ws, "E%d" % rr, lab)
                put(ws, "F%d" % rr, qt[k], h="right")
                put(ws, "G%d" % rr, qr[k], h="right")
                if isinstance(qt[k].cell, (int, float)) and isinstance(qr[k].cell, (int, float)) and qt[k].cell:
                    put(ws, "H%d" % rr, V("=IF(G%d/F%d>1,1,G%d/F%d)" % (rr, rr, rr, rr), None, "0%"), h="right")
                else:
                    put(ws, "H%d" % rr, "-", h="center")
                rl.append("G%d" % rr)
            ag.key(book, ws, "C%d" % r, 2023, sid, tv, "F%d" % r, qr, rl, rule="period")
            r += 5
        merge(ws, "B%d:B%d" % (rs, r - 1), sas, va="top")
        merge(ws, "J%d:J%d" % (rs, r - 1), keg, va="top")
    r += 1
    text(ws, "C%d" % r, "Keterangan: % triwulan dibatasi paling tinggi 100%.", italic=True, size=9)
    signature(ws, r + 2, "G", "Tanjung Seruling,    Januari 2024", ["Kepala UPTD Pengelolaan TPU"])


# =========================================================================== 2024: tiles (novel)
def tiles2024(book):
    ws = book.sheet("Papan Kinerja 2024")
    widths(ws, {"A": 2, "B": 11, "C": 17, "D": 9, "E": 2, "F": 11, "G": 17, "H": 9, "I": 2, "J": 11,
                "K": 17, "L": 9})
    ws.merge_cells("B1:L1")
    text(ws, "B1", "PAPAN KINERJA UPTD PENGELOLAAN TPU - TAHUN 2024", bold=True, size=14, h="center")
    ws.merge_cells("B2:L2")
    text(ws, "B2", "Kota Tanjung Seruling  |  posisi data: 31 Desember 2024", italic=True, h="center")
    groups = [
        ("SASARAN 1  Lahan & sarana prasarana pemakaman", [
            ("A01", "Luas lahan makam tersedia", t("47 Ha", 47), t("46,1 Ha", 46.1), None),
            ("A02", "Sisa daya tampung lahan makam (%)", p(12), p(11.9), "%"),
            ("A03", "Petak makam baru disiapkan", n(1500, ACC), n(1465, ACC), "petak"),
            ("A04", "Jenazah yang dimakamkan", n(2300, ACC), n(2241, ACC), "jenazah"),
            ("A23", "Makam terlantar yang didata", n(600), n(655), "makam"),
            ("A13", "Luas makam yang ditata", n(9000, ACC), n(9215, ACC), "m2"),
            ("A25", "Luas makam yang dipelihara", n(22000, ACC), n(21760, ACC), "m2"),
            ("A14", "Makam pahlawan / tokoh yang dipugar", n(12), n(12), "unit"),
            ("A15", "TPU dg sarpras kondisi baik", p(75), p(75), "%"),
        ]),
        ("SASARAN 2  Pelayanan perizinan & data makam", [
            ("A05", "Izin pemakaman diterbitkan", n(2300, ACC), n(2238, ACC), "izin"),
            ("A06", "Izin pemakaman terbit tepat waktu", p(95), p(96.1), "%"),
            ("A17", "TPU terdata di SIMAKAM", n(9), n(8), "lokasi"),
            ("A18", "Data makam terdigitalisasi", p(85), p(88.4), "%"),
            ("A19", "IKM layanan pemakaman", grade("B"), n(84.72), "mutu / nilai"),
            ("A21", "Pengaduan ditindaklanjuti", p(100), p(95.8), "%"),
            ("A22", "Petugas penggali makam dilatih K3", t("30 orang", 30), t("28 orang", 28), None),
        ]),
        ("SASARAN 3  Pemakaman warga tidak mampu", [
            ("A08", "Warga tidak mampu dimakamkan gratis", n(180), n(189), "jenazah"),
            ("A09b", "Pelayanan pemakaman gratis warga miskin terpenuhi", p(100), p(100), "%"),
        ]),
        ("SASARAN 4  Retribusi pelayanan pemakaman", [
            ("A10", "Retribusi pelayanan pemakaman", n(1050000000, RP), n(1031870000, RP), "Rp"),
            ("A11", "Capaian target retribusi", n(100), "WRONG", "%"),
        ]),
    ]
    r = 4
    for gname, tiles in groups:
        ws.merge_cells("B%d:L%d" % (r, r))
        text(ws, "B%d" % r, gname, bold=True)
        ws["B%d" % r].fill = HEAD
        r += 1
        a10 = None
        for k in range(0, len(tiles), 3):
            band = tiles[k:k + 3]
            ws.row_dimensions[r].height = 32
            for j, (sid, name, tv, rv, unit) in enumerate(band):
                c0 = 2 + 4 * j
                cl, cv, cu = L(c0), L(c0 + 1), L(c0 + 2)
                merge(ws, "%s%d:%s%d" % (cl, r, cu, r), name, bold=True, h="center", fill=YEL)
                put(ws, "%s%d" % (cl, r + 1), "Target")
                put(ws, "%s%d" % (cv, r + 1), tv, h="right")
                put(ws, "%s%d" % (cu, r + 1), unit)
                put(ws, "%s%d" % (cl, r + 2), "Realisasi")
                if rv == "WRONG":
                    # the clerk forgot the x100 in a plain cell
                    rv = mistake(f("=%s%d/%s%d" % (a10[0], a10[1] + 2, a10[0], a10[1] + 1),
                                   1031870000 / 1050000000, "0.00"),
                                 "wrong formula: realisasi = R/T without x100 in a plain cell (0,98 for 98,27)")
                put(ws, "%s%d" % (cv, r + 2), rv, h="right")
                put(ws, "%s%d" % (cu, r + 2), unit)
                put(ws, "%s%d" % (cl, r + 3), "Capaian")
                if isinstance(tv.cell, (int, float)) and isinstance(rv.cell, (int, float)):
                    put(ws, "%s%d" % (cv, r + 3), V("=%s%d/%s%d" % (cv, r + 2, cv, r + 1), None, "0.0%"), h="right")
                elif sid == "A11":
                    put(ws, "%s%d" % (cv, r + 3), V("=%s%d/%s%d" % (cv, r + 2, cv, r + 1), None, "0.0%"), h="right")
                else:
                    put(ws, "%s%d" % (cv, r + 3), {"A01": "98,1%", "A19": "Baik", "A22": "93,3%"}[sid], h="right")
                put(ws, "%s%d" % (cu, r + 3), None)
                put(ws, "%s%d" % (cl, r + 4), "Ket.")
                merge(ws, "%s%d:%s%d" % (cv, r + 4, cu, r + 4),
                      {"A01": "lahan Blok D belum serah terima", "A19": "survei IKM semester II",
                       "A11": "lihat tile retribusi", "A14": "DAK 2024"}.get(sid, ""), italic=True)
                if sid == "A10":
                    a10 = (cv, r)
                ag.key(book, ws, "%s%d" % (cl, r), 2024, sid, tv, "%s%d" % (cv, r + 1), rv, "%s%d" % (cv, r + 2))
            r += 6
    text(ws, "B%d" % r, "Capaian = Realisasi / Target. Warna kuning: nama indikator sesuai PK 2024.",
         italic=True, size=9)
    signature(ws, r + 2, "J", "Tanjung Seruling, 6 Januari 2025", ["Kepala UPTD Pengelolaan TPU"])

    # a hidden sheet with the first draft of the board (not a key sheet)
    wh = book.sheet("Papan 2024 (draft)")
    wh.sheet_state = "hidden"
    text(wh, "A1", "DRAFT - jangan dicetak", bold=True)
    for i, (nm, tv, rv) in enumerate([("Luas lahan makam tersedia", 47, 45.5), ("Izin pemakaman diterbitkan", 2300, 1710),
                                       ("Retribusi pelayanan pemakaman", 1050000000, 780400000)], start=3):
        wh["A%d" % i] = nm
        wh["B%d" % i] = tv
        wh["C%d" % i] = rv
    wn = book.sheet("Keterangan")
    widths(wn, {"A": 95})
    for i, s in enumerate(["Keterangan papan kinerja:",
                           "1. Setiap kotak memuat satu indikator Perjanjian Kinerja 2024.",
                           "2. Target IKM dinyatakan dalam mutu pelayanan (B = Baik).",
                           "3. Indikator perpanjangan IPTM tidak lagi masuk PK sejak 2024 (dialihkan ke DPMPTSP).",
                           "4. Indikator jumlah wajib retribusi menunggak dihapus pada PK 2024."], start=1):
        text(wn, "A%d" % i, s, bold=(i == 1))


def main():
    b1 = ag.book("PK_dan_LKjIP_UPTD_TPU_2021_2022", "xlsx")
    pk2021(b1)
    lkjip2022(b1)
    notes(b1)
    b1.save()
    b2 = ag.book("RA_Triwulan_UPTD_TPU_2023", "ods")
    ra2023(b2)
    b2.save()
    b3 = ag.book("Papan_Kinerja_UPTD_TPU_2024", "xls")
    tiles2024(b3)
    b3.save()
    ag.finish()


if __name__ == "__main__":
    main()
