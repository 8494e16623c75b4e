"""UPTD Pengelolaan Kawasan Konservasi Perairan (KKP), Provinsi Nusa Kirana (invented), 2020-2023.

Files:
  Matriks_Renstra_Capaian_UPTD_KKP_2020.xls   Renstra 2019-2024 matrix (six target years) with realisasi
                                               2019 and 2020; hidden sheet with the old Renstra
  E81_Evaluasi_Renja_UPTD_KKP_TW_IV_2021.ods  Permendagri 86/2017 form E.81, K/Rp pairs, 16 numbered columns
  Capaian_IKU_Kumulatif_UPTD_KKP_2022.xlsx    turned-over table (indicators across) with s.d. TW rows;
                                               hidden sheet with the TW III version
  SKP_Kepala_UPTD_KKP_2023.xlsx               the head's SKP appraisal form (PP 46/2011 style: Kuant/Output,
                                               Kual/Mutu, Waktu, Biaya for target and realisasi) - novel layout
"""
from openpyxl.styles import Alignment, Font

from common import (ACC, GREY, HEAD, RP, YEL, Agency, L, V, blank, boxes, dash, f, merge, mistake, n, p, put,
                    t, text, widths)

FLOW = ["B04", "B05", "B08", "B09", "B10", "B13", "B14", "B15", "B16", "B17", "B18", "B20", "B22", "B24", "B25"]

ag = Agency("uptd_kkp_prov_nusa_kirana",
            "UPTD Pengelolaan Kawasan Konservasi Perairan (KKP), Dinas Kelautan dan Perikanan, Provinsi Nusa Kirana",
            [2020, 2021, 2022, 2023], FLOW)
ag.ambiguous = [["B03", "B03b"]]

KEPALA = ("Ir. MARLINA TAHIR SAPUTRI, M.Si", "Pembina (IV/a)", "NIP. 19760921 200212 2 004")
KADIS = ("Dr. ANDI RUSTAM PALEWAI, S.Pi., M.P.", "Pembina Utama Muda (IV/c)", "NIP. 19690305 199503 1 002")


def sign(ws, row, col, lines, who):
    r = row
    for s in lines:
        text(ws, "%s%d" % (col, r), s, bold=True)
        r += 1
    r += 3
    c = text(ws, "%s%d" % (col, r), who[0], bold=True)
    c.font = Font(bold=True, underline="single")
    text(ws, "%s%d" % (col, r + 1), who[1])
    text(ws, "%s%d" % (col, r + 2), who[2])


def title(ws, rng, s, size=12):
    ws.merge_cells(rng)
    text(ws, rng.split(":")[0], s, bold=True, size=size, h="center")


def nv(x, fmt=None):
    if isinstance(x, V):
        return x
    if x is None:
        return blank()
    if x == "-":
        return dash()
    if fmt is None and isinstance(x, int) and abs(x) >= 1000:
        fmt = ACC
    return n(x, fmt)


# =========================================================================== 2020: Renstra matrix
def renstra2020(book):
    ws = book.sheet("Matriks Renstra")
    widths(ws, {"A": 5, "B": 26, "C": 44, "D": 9, "E": 12, "F": 12, "G": 12, "H": 12, "I": 12, "J": 12,
                "K": 12, "L": 13, "M": 12, "N": 12, "O": 11, "P": 18})
    title(ws, "A1:P1", "MATRIKS RENCANA STRATEGIS (RENSTRA) 2019-2024 DAN CAPAIAN KINERJA TAHUN 2020")
    title(ws, "A2:P2", "UPTD PENGELOLAAN KAWASAN KONSERVASI PERAIRAN")
    title(ws, "A3:P3", "DINAS KELAUTAN DAN PERIKANAN PROVINSI NUSA KIRANA")
    merge(ws, "A5:A6", "No", bold=True, h="center", fill=HEAD)
    merge(ws, "B5:B6", "Sasaran", bold=True, h="center", fill=HEAD)
    merge(ws, "C5:C6", "Indikator Kinerja", bold=True, h="center", fill=HEAD)
    merge(ws, "D5:D6", "Satuan", bold=True, h="center", fill=HEAD)
    merge(ws, "E5:E6", "Kondisi Awal (2018)", bold=True, h="center", fill=HEAD)
    merge(ws, "F5:K5", "Target Kinerja Renstra", bold=True, h="center", fill=HEAD)
    for i, y in enumerate(range(2019, 2025)):
        put(ws, "%s6" % L(6 + i), str(y), bold=True, h="center", fill=HEAD)
    merge(ws, "L5:L6", "Kondisi Kinerja pada Akhir Periode Renstra (2024)", bold=True, h="center", fill=HEAD)
    merge(ws, "M5:N5", "Realisasi", bold=True, h="center", fill=HEAD)
    put(ws, "M6", "2019", bold=True, h="center", fill=HEAD)
    put(ws, "N6", "2020", bold=True, h="center", fill=HEAD)
    merge(ws, "O5:O6", "Capaian 2020 (%)", bold=True, h="center", fill=HEAD)
    merge(ws, "P5:P6", "Keterangan", bold=True, h="center", fill=HEAD)
    for i in range(16):
        put(ws, "%s7" % L(1 + i), "(%d)" % (i + 1), h="center", italic=True, fill=GREY)

    def le(x):
        return t("≤ %s" % x, x)

    G = [
        ("Tujuan 1 : Mewujudkan pengelolaan kawasan konservasi perairan yang efektif", [
            ("Meningkatnya efektivitas pengelolaan kawasan konservasi perairan", [
                ("B01", "Luas kawasan konservasi perairan yang dikelola", "Ha", 112300,
                 [118650, 118650, 118650, 125400, 131200, 131200], 131200, 118650, n(118650, ACC)),
                ("B02", "Jumlah kawasan konservasi yang memiliki dokumen Rencana Pengelolaan dan Zonasi (RPZ)",
                 "kawasan", 1, [2, 2, 3, 3, 4, 4], 4, 2, n(2)),
                ("B03", "Tingkat efektivitas pengelolaan kawasan konservasi (E-KKP3K)", "level", 2,
                 [3, 3, 3, 4, 4, 4], 4, 3, n(3)),
            ]),
            ("Terjaganya kawasan konservasi dari kegiatan yang merusak", [
                ("B04", "Jumlah patroli pengawasan kawasan konservasi", "kali", 36, [48, 48, 48, 60, 60, 60], 60, 42,
                 n(36)),
                ("B05", "Jumlah pelanggaran yang ditemukan saat patroli", "kasus", 22,
                 [le(18), le(15), le(12), le(10), le(10), le(8)], le(8), 13, n(11)),
                ("B06", "Prosentase pelanggaran yang ditindaklanjuti", "%", p(80),
                 [p(100)] * 6, p(100), p(84.6), p(90.9)),
                ("B24", "Jumlah tanda batas dan pelampung tambat (mooring buoy) yang terpasang", "unit", 4,
                 [16, 20, 24, 20, 16, 4], 100, 16, n(12)),
                ("B19", "Persentase nelayan yang mematuhi ketentuan zonasi", "%", 68, [72, 75, 78, 80, 82, 85], 85,
                 70.4, n(72)),
            ]),
        ]),
        ("Tujuan 2 : Memulihkan dan menjaga kondisi ekosistem perairan", [
            ("Meningkatnya kondisi ekosistem terumbu karang", [
                ("B07", "Persentase tutupan karang hidup", "%", 30.2, [31, 32, 33, 34, 35, 36], 36, 31.1, n(31.4)),
                ("B08", "Luas terumbu karang yang direhabilitasi", "m²", 0, [400, 500, 600, 800, 1000, 1000], 4300,
                 400, n(300)),
                ("B09", "Jumlah unit transplantasi karang yang ditanam", "unit", 0, [150, 200, 250, 300, 300, 300],
                 1500, 140, n(120)),
                ("B10", "Jumlah titik pemantauan kesehatan terumbu karang", "titik", 8, [10, 12, 12, 15, 15, 15], 15,
                 10, n(8)),
                ("B21", "Biomassa ikan karang", "kg/ha", 790, [830, 850, 870, 890, 900, 950], 950,
                 t("815*)", 815), t("812 kg/ha", 812)),
            ]),
        ]),
        ("Tujuan 3 : Meningkatkan peran serta masyarakat dan manfaat kawasan konservasi", [
            ("Meningkatnya peran serta masyarakat dalam pengawasan kawasan", [
                ("B11", "Jumlah Kelompok Masyarakat Pengawas (Pokmaswas) yang dibina", "kelompok", 10,
                 [12, 14, 16, 18, 20, 22], 22, 12, n(14)),
                ("B12", "Persentase Pokmaswas yang aktif", "%", 60, [65, 70, 75, 80, 85, 90], 90, 66.7, n(64.3)),
                ("B13", "Jumlah laporan pelanggaran dari Pokmaswas ", "laporan", 15, [24, 30, 36, 45, 48, 50], 233, 28,
                 n(22)),
                ("B14", "Jumlah anggota Pokmaswas yang dilatih", "orang", 20, [40, 60, 60, 80, 80, 80], 400, 55, n(40)),
                ("B18", "Jumlah sosialisasi konservasi kepada masyarakat pesisir", "kali", 6,
                 [10, 12, 12, 12, 12, 12], 70, 12, n(8)),
            ]),
            ("Meningkatnya pemanfaatan kawasan konservasi secara berkelanjutan", [
                ("B16", "Jumlah kunjungan wisatawan ke kawasan konservasi", "orang", 3200,
                 [4000, mistake(n(45000, ACC), "Renstra target 2020 typed 10x (45.000 for 4.500)"),
                  5000, 5500, 7000, 8000], 8000, 4230, n(1870, ACC)),
                ("B17", "Penerimaan pungutan masuk kawasan konservasi", "Rp", n(55000000, RP),
                 [n(x, RP) for x in (80000000, 90000000, 100000000, 100000000, 140000000, 160000000)],
                 n(160000000, RP), n(85200000, RP), n(37400000, RP)),
                ("B20", "Jumlah tukik penyu yang dilepasliarkan", "ekor", 500, [1000, 1000, 1000, 1200, 1200, 1500],
                 6900, 1105, n(1240, ACC)),
            ]),
        ]),
    ]
    r = 8
    no = 0
    for tuj, sass in G:
        merge(ws, "A%d:P%d" % (r, r), tuj, bold=True, fill=GREY)
        r += 1
        for sas, inds in sass:
            rs = r
            for sid, name, unit, awal, tg, akhir, r19, r20 in inds:
                no += 1
                put(ws, "A%d" % r, no, h="center")
                put(ws, "C%d" % r, name)
                put(ws, "D%d" % r, unit, h="center")
                put(ws, "E%d" % r, nv(awal), h="right")
                tvs = [nv(x) for x in tg]
                for i, v in enumerate(tvs):
                    put(ws, "%s%d" % (L(6 + i), r), v, h="right")
                put(ws, "L%d" % r, nv(akhir), h="right")
                put(ws, "M%d" % r, nv(r19), h="right")
                put(ws, "N%d" % r, r20, h="right")
                if isinstance(tvs[1].cell, (int, float)) and isinstance(r20.cell, (int, float)):
                    put(ws, "O%d" % r, V("=N%d/G%d*100" % (r, r), None, "0.00"), h="right")
                else:
                    put(ws, "O%d" % r, n({"B05": 126.67, "B21": 95.53}[sid], "0.00"), h="right")
                put(ws, "P%d" % r, {"B04": "refocusing anggaran COVID-19", "B16": "kawasan ditutup Apr-Agt 2020",
                                    "B05": "indikator negatif", "B21": "*) angka sementara"}.get(sid))
                ag.key(book, ws, "C%d" % r, 2020, sid, tvs[1], "G%d" % r, r20, "N%d" % r)
                r += 1
            merge(ws, "B%d:B%d" % (rs, r - 1), sas, va="top")
    r += 1
    text(ws, "C%d" % r, "Sumber: Renstra UPTD KKP 2019-2024 (Pergub Nusa Kirana No. 41 Tahun 2019) dan data "
         "monitoring UPTD KKP.", italic=True, size=9)
    text(ws, "C%d" % (r + 1), "*) angka sementara hasil survei Reef Health Monitoring, menunggu verifikasi.",
         italic=True, size=9)
    text(ws, "M%d" % (r + 3), "Bunga Karang, 18 Januari 2021")
    sign(ws, r + 4, "M", ["Kepala UPTD Pengelolaan", "Kawasan Konservasi Perairan,"], KEPALA)
    ws.freeze_panes = "D8"

    wh = book.sheet("Renstra 2014-2018")
    wh.sheet_state = "hidden"
    text(wh, "A1", "Matriks Renstra 2014-2018 (arsip)", bold=True)
    for i, (nm, a, b) in enumerate([("Luas kawasan konservasi", 98500, 112300), ("Jumlah patroli", 24, 36),
                                     ("Tutupan karang hidup (%)", 28.5, 30.2)], start=3):
        wh["A%d" % i], wh["B%d" % i], wh["C%d" % i] = nm, a, b


# =========================================================================== 2021: E.81
def e81_2021(book):
    ws = book.sheet("Evaluasi Renja TW IV")
    widths(ws, {"A": 6, "B": 18, "C": 28, "D": 38, "E": 9})
    for c in range(6, 26):
        ws.column_dimensions[L(c)].width = 11 if c % 2 == 0 else 14
    ws.column_dimensions["Z"].width = 16
    title(ws, "A1:Z1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI")
    title(ws, "A2:Z2", "UPTD PENGELOLAAN KAWASAN KONSERVASI PERAIRAN - DINAS KELAUTAN DAN PERIKANAN PROVINSI NUSA KIRANA")
    title(ws, "A3:Z3", "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2021", size=11)
    text(ws, "A4", "Indikator dan target kinerja Perangkat Daerah Provinsi yang mengacu pada sasaran RPJMD: "
         "Meningkatnya kualitas lingkungan hidup dan pengelolaan sumber daya kelautan", italic=True)
    H = [("A6:A8", "No"), ("B6:B8", "Sasaran"), ("C6:C8", "Program / Kegiatan / Sub Kegiatan"),
         ("D6:D8", "Indikator Kinerja Program (outcome) / Kegiatan (output)"), ("E6:E8", "Satuan"),
         ("F6:G7", "Target Renstra Perangkat Daerah pada Tahun 2024 (Akhir Periode Renstra PD)"),
         ("H6:I7", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)"),
         ("J6:K7", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi"),
         ("L6:S6", "Realisasi Kinerja pada Triwulan"), ("L7:M7", "I"), ("N7:O7", "II"), ("P7:Q7", "III"),
         ("R7:S7", "IV"),
         ("T6:U7", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"),
         ("V6:W7", "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2021"),
         ("X6:Y7", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2021 (%)"),
         ("Z6:Z8", "Unit PD Penanggung Jawab")]
    for rng, s in H:
        merge(ws, rng, s, bold=True, h="center", fill=HEAD)
    for c in range(6, 26):
        put(ws, "%s8" % L(c), "K" if c % 2 == 0 else "Rp", bold=True, h="center", fill=HEAD)
    nums = [("A9", "1"), ("B9", "2"), ("C9", "3"), ("D9", "4"), ("E9", "5"), ("F9:G9", "6"), ("H9:I9", "7"),
            ("J9:K9", "8"), ("L9:M9", "9"), ("N9:O9", "10"), ("P9:Q9", "11"), ("R9:S9", "12"),
            ("T9:U9", "13 = 9+10+11+12"), ("V9:W9", "14 = 7+13"), ("X9:Y9", "15 = 14/6 x 100"), ("Z9", "16")]
    for rng, s in nums:
        if ":" in rng:
            merge(ws, rng, s, h="center", italic=True, fill=GREY)
        else:
            put(ws, rng, s, h="center", italic=True, fill=GREY)

    LV = "LEVEL"
    # (code, program/kegiatan name, budget per TW or None, [indicators])
    # indicator: (sid, name, unit, renstra, real2020, target2021, [tw1..tw4], col13 mode)
    blocks = [
        ("1", "Program Pengelolaan Kelautan, Pesisir dan Pulau-Pulau Kecil", "PROG", [
            ("B01", "1. Luas Kawasan Konservasi Perairan yang Dikelola (Ha)", "Ha", 131200, 118650, 118650,
             [118650] * 4, "last"),
            ("B07", "2. Persentase Tutupan Karang Hidup di Kawasan Konservasi", "%", 36, 31.4, 33,
             ["-", 33.1, "-", 33.8], "last"),
            ("B19", "3. Persentase Nelayan yang Mematuhi Aturan Zonasi", "%", 85, 72, 78, ["-", "-", 79, 80.5], "last"),
        ]),
        ("1.1", "Pengelolaan Ruang Laut sampai dengan 12 Mil di Luar Minyak dan Gas Bumi", "KEG", [
            ("B02", "Jumlah Kawasan Konservasi yang Memiliki Dokumen RPZ", "kawasan", 4, 2, 3, [2, 2, 2, 2], "last"),
            ("B03", "Nilai Efektivitas Pengelolaan Kawasan Konservasi (E-KKP3K)", "level", 4, 3, 3,
             ["-", "-", "-", 3], "last"),
        ]),
        ("1.1.1", "Pengelolaan Kawasan Konservasi Perairan dan Pengawasan Pemanfaatannya",
         [642500000, 98400000, 176250000, 188900000, 163700000], [
             ("B04", "Jumlah Patroli Pengawasan Kawasan", "kali", 264, 78, 48, [12, 14, 13, 13], "typed0"),
             ("B05", "Jumlah Pelanggaran yang Ditemukan pada saat Patroli", "kasus", 50, 24, 12, [3, 4, 5, 2], "sum"),
             ("B06", "Persentase Pelanggaran yang Ditindaklanjuti", "%", 100, 90.9, 100, [100, 75, 80, 85.7], "last"),
             ("B24", "Jumlah Tanda Batas & Mooring Buoy yang Dipasang", "unit", 100, 28, 24, [0, 8, 10, 6], "sum"),
         ]),
        ("1.1.2", "Rehabilitasi Wilayah Perairan Pesisir dan Pulau-Pulau Kecil",
         [418750000, 31200000, 142600000, 171350000, 64900000], [
             ("B08", "Luas Rehabilitasi Terumbu Karang (m2)", "m2", 4000, 700, 600, [0, 250, 390, 0], "sum"),
             ("B09", "Jumlah Unit Transplantasi Karang yang Ditanam", "unit", 1200, 260, 250, [0, 100, 160, 0], "sum"),
             ("B10", "Jumlah Titik Monitoring Kesehatan Terumbu Karang", "titik", 70, 18, 12, [3, 3, 3, 3], "sum"),
             ("B21", "Biomassa Ikan Karang (kg/ha)", "kg/ha", 950, 812, 870, ["-", "-", 905, "-"], "typed905"),
         ]),
        ("1.1.3", "Peningkatan Kapasitas Masyarakat dan Kelompok Pengawas Kawasan Konservasi",
         [296400000, 42100000, 88650000, 97300000, 61850000], [
             ("B11", "Jumlah Pokmaswas yang Dibina", "kelompok", 22, 14, 16, [14, 15, 16, 16], "last"),
             ("B12", "Persentase Pokmaswas Aktif", "%", 90, 64.3, 75, [64.3, 68.8, 75, 75], "last"),
             ("B13", "Jumlah Laporan Pelanggaran yang Disampaikan Pokmaswas", "laporan", 220, 50, 36, [8, 11, 12, 10],
              "sum"),
             ("B14", "Jumlah Anggota Pokmaswas yang Mengikuti Pelatihan", "orang", 360, 95, 60, [0, 30, 30, 0],
              "nextrow"),
             ("B18", "Jumlah Kegiatan Sosialisasi Konservasi kpd Masyarakat Pesisir", "kali", 60, 20, 12,
              [3, 3, 3, 3], "sum"),
             ("B22", "Jumlah Kelompok Mata Pencaharian Alternatif (MPA) yang Dibina", "kelompok", 8, 0, 4,
              [0, 0, 2, 2], "sum"),
         ]),
        ("1.1.4", "Pemanfaatan Kawasan Konservasi untuk Pariwisata Alam Perairan",
         [187300000, 20500000, 51200000, 60450000, 49800000], [
             ("B16", "Jumlah Kunjungan Wisatawan di Kawasan Konservasi", "orang", 30000, 6100, 3000,
              [412, 655, 890, 997], "sum"),
             ("B17", "Penerimaan Pungutan Masuk Kawasan", "Rp", 700000000, 122600000, 60000000,
              [8240000, 13100000, 17800000, 19940000], "sum"),
             ("B20", "Jumlah Tukik yang Dilepasliarkan", "ekor", 6000, 2340, 1000, [0, 310, 555, 0], "sum"),
         ]),
    ]
    # flatten rows to know the next row's quarter sums
    flat = []
    for code, pname, bud, inds in blocks:
        for ind in inds:
            flat.append(ind)
    qsum = {}
    r = 10
    first = r
    sub_rows = []
    keg_row = prog_row = None
    idx = 0
    for code, pname, bud, inds in blocks:
        rs = r
        for j, (sid, name, unit, ren, r20, t21, tw, mode) in enumerate(inds):
            put(ws, "D%d" % r, name)
            put(ws, "E%d" % r, unit, h="center")
            put(ws, "F%d" % r, nv(ren), h="right")
            put(ws, "H%d" % r, nv(r20), h="right")
            tv = nv(t21)
            put(ws, "J%d" % r, tv, h="right")
            tws = [nv(x) for x in tw]
            cells = ["L", "N", "P", "R"]
            for c, v in zip(cells, tws):
                put(ws, "%s%d" % (c, r), v, h="right")
            nums_ = [x for x in tw if isinstance(x, (int, float))]
            if mode == "sum":
                rv = f("=L%d+N%d+P%d+R%d" % (r, r, r, r), sum(tw), ACC if sum(tw) >= 1000 else None)
            elif mode == "last":
                rv = f("=R%d" % r, tw[3])
            elif mode == "typed0":
                rv = mistake(n(0), "column 13 typed over as 0 while TW I-IV hold 12+14+13+13 = 52")
            elif mode == "typed905":
                rv = n(905)
            elif mode == "nextrow":
                nxt = flat[idx + 1][6]
                rv = mistake(f("=L%d+N%d+P%d+R%d" % (r + 1, r + 1, r + 1, r + 1), sum(nxt)),
                             "column 13 formula points at the next row (12 instead of 60)")
            put(ws, "T%d" % r, rv, h="right")
            if sid in FLOW:
                put(ws, "V%d" % r, V("=H%d+T%d" % (r, r), None, ACC if ren >= 1000 else None), h="right")
            else:
                put(ws, "V%d" % r, V("=T%d" % r, None), h="right")
            put(ws, "X%d" % r, V("=V%d/F%d*100" % (r, r), None, "0.00"), h="right")
            put(ws, "Z%d" % r, "UPTD KKP" if j else "Kepala UPTD KKP")
            for c in "GIKMOQSUWY":
                if ws["%s%d" % (c, r)].value is None:
                    put(ws, "%s%d" % (c, r), None)
            ag.key(book, ws, "D%d" % r, 2021, sid, tv, "J%d" % r, rv, "T%d" % r)
            r += 1
            idx += 1
        merge(ws, "A%d:A%d" % (rs, r - 1), code, h="center", va="top")
        merge(ws, "C%d:C%d" % (rs, r - 1), pname, va="top", bold=(bud == "PROG"))
        # Rp columns on the first row of the block
        if isinstance(bud, list):
            put(ws, "K%d" % rs, n(bud[0], ACC), h="right")
            for c, x in zip("MOQS", bud[1:]):
                put(ws, "%s%d" % (c, rs), n(x, ACC), h="right")
            sub_rows.append(rs)
        elif bud == "KEG":
            keg_row = rs
        else:
            prog_row = rs
        if isinstance(bud, list):
            put(ws, "G%d" % rs, n(bud[0] * 5 + 85000000, ACC), h="right")
            put(ws, "I%d" % rs, n(int(bud[0] * 0.93), ACC), h="right")
    last = r - 1
    for c in "GIKMOQS":
        refs = "+".join("%s%d" % (c, x) for x in sub_rows)
        put(ws, "%s%d" % (c, keg_row), V("=" + refs, None, ACC), h="right")
        put(ws, "%s%d" % (c, prog_row), V("=%s%d" % (c, keg_row), None, ACC), h="right")
    for rr in [prog_row, keg_row] + sub_rows:
        put(ws, "U%d" % rr, V("=M%d+O%d+Q%d+S%d" % (rr, rr, rr, rr), None, ACC), h="right")
        put(ws, "W%d" % rr, V("=I%d+U%d" % (rr, rr), None, ACC), h="right")
        put(ws, "Y%d" % rr, V("=W%d/G%d*100" % (rr, rr), None, "0.00"), h="right")
    merge(ws, "B%d:B%d" % (first, last), "Meningkatnya pengelolaan kawasan konservasi perairan yang efektif "
          "dan berkelanjutan", va="top")
    boxes(ws, "A%d:Z%d" % (first, last))
    r = last + 1
    merge(ws, "A%d:W%d" % (r, r), "Rata-rata capaian kinerja (%)", bold=True, h="right")
    put(ws, "X%d" % r, V("=ROUND(AVERAGE(X%d:X%d),1)" % (first, last), None, "0.0"), bold=True)
    put(ws, "Y%d" % r, V("=ROUND(AVERAGE(Y%d:Y%d),1)" % (first, last), None, "0.0"), bold=True)
    merge(ws, "A%d:W%d" % (r + 1, r + 1), "Predikat kinerja", bold=True, h="right")
    merge(ws, "X%d:Y%d" % (r + 1, r + 1), "Rendah", bold=True)
    r += 3
    for lab, s in [("Faktor pendorong keberhasilan pencapaian:", "Dukungan Pokmaswas dan mitra LSM dalam patroli bersama."),
                   ("Faktor penghambat pencapaian kinerja:", "Cuaca ekstrem pada bulan Januari-Februari; "
                    "keterbatasan BBM kapal patroli."),
                   ("Tindak lanjut yang diperlukan dalam triwulan berikutnya:", "-"),
                   ("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya:",
                    "Penambahan pagu BBM patroli dan pemeliharaan mooring buoy.")]:
        text(ws, "B%d" % r, lab, bold=True)
        text(ws, "F%d" % r, s)
        r += 1
    r += 1
    text(ws, "C%d" % r, "Disusun", bold=True)
    text(ws, "T%d" % r, "Dievaluasi", bold=True)
    text(ws, "C%d" % (r + 1), "Bunga Karang, 14 Januari 2022")
    text(ws, "T%d" % (r + 1), "Bunga Karang, 21 Januari 2022")
    sign(ws, r + 2, "C", ["Kepala UPTD Pengelolaan KKP"], KEPALA)
    sign(ws, r + 2, "T", ["Kepala Dinas Kelautan dan Perikanan", "Provinsi Nusa Kirana"], KADIS)


# =========================================================================== 2022: turned over, s.d. TW
def turned2022(book):
    ws = book.sheet("Capaian IKU 2022")
    title(ws, "A1:V1", "CAPAIAN INDIKATOR KINERJA UPTD PENGELOLAAN KAWASAN KONSERVASI PERAIRAN TAHUN 2022")
    title(ws, "A2:V2", "(realisasi kumulatif sampai dengan triwulan berjalan)", size=10)
    widths(ws, {"A": 24})
    for c in range(2, 23):
        ws.column_dimensions[L(c)].width = 13
    S = [
        ("Meningkatnya efektivitas pengelolaan kawasan konservasi", [
            ("B01", "Luas kawasan konservasi yg dikelola (Ha)", "Ha", n(125400, ACC),
             [n(118650, ACC), n(118650, ACC), n(125400, ACC), n(125400, ACC)]),
            ("B02", "Kawasan konservasi dengan dokumen RPZ", "kawasan", n(3), [2, 2, 3, 3]),
            ("B03b", "Nilai EVIKA (Evaluasi Efektivitas Pengelolaan Kawasan Konservasi)", "%", n(60),
             ["-", "-", "-", 63.5]),
            ("B23", "Luas zona inti (Ha)", "Ha", n(4200, ACC), [n(4200, ACC)] * 4),
        ]),
        ("Terjaganya kawasan konservasi dari kegiatan yang merusak", [
            ("B04", "Jumlah patroli pengawasan", "kali", n(60), [14, 31, 47, 63]),
            ("B05", "Jumlah pelanggaran yang ditemukan", "kasus", t("≤ 10", 10), [2, 5, 7, 9]),
            ("B06", "% pelanggaran yang ditindaklanjuti", "%", p(100), [p(100)] * 4),
            ("B15", "Tanda batas kawasan yang dipasang", "unit", n(10), [0, 4, 10, 10]),
            ("B25", "Mooring buoy yang dipasang", "unit", n(16), [0, 6, 14, 14]),
            ("B19", "Kepatuhan nelayan thd zonasi (%)", "%", n(80), ["-", 79.5, "-", 81]),
        ]),
        ("Meningkatnya kondisi ekosistem terumbu karang", [
            ("B07", "Tutupan karang hidup (%)", "%", n(34), ["-", 33.9, 34.2, "-"]),
            ("B08", "Luas rehabilitasi terumbu karang (m²)", "m²", n(800), [0, 300, 820, 820]),
            ("B10", "Titik monitoring terumbu karang", "titik", n(15), [4, 8, 12, 15]),
            ("B21", "Biomassa ikan karang (kg/ha)", "kg/ha", n(890), ["-", "-", 912, "-"]),
        ]),
        ("Meningkatnya peran serta masyarakat dalam pengawasan", [
            ("B11", "Pokmaswas yang dibina", "kelompok", n(18), [16, 17, 18, 18]),
            ("B12", "Persentase Pokmaswas aktif", "%", p(80), [p(75), p(77.8), p(83.3), p(83.3)]),
            ("B13", "Laporan pelanggaran dari Pokmaswas", "laporan", n(45),
             [14, 31, 45, mistake(n(41), "cumulative s.d. TW figure falls (45 at TW III, 41 at TW IV)")]),
            ("B14", "Anggota Pokmaswas yang dilatih", "orang", n(80), [0, 40, 84, 84]),
            ("B22", "Kelompok MPA yang dibina", "kelompok", n(5), [0, 2, 5, 5]),
        ]),
        ("Meningkatnya pemanfaatan kawasan berkelanjutan", [
            ("B16", "Kunjungan wisatawan (orang)", "orang", t("5.000 orang", 5000),
             [t("1.020 org", 1020), t("2.640 org", 2640), t("4.410 org", 4410), t("6.120 org", 6120)]),
            ("B17", "Pungutan masuk kawasan (Rp)", "Rp", n(100000000, RP),
             [n(20400000, RP), n(52800000, RP), n(88200000, RP), n(122400000, RP)]),
        ]),
    ]
    labels = [(4, "No. IKU"), (5, "Sasaran"), (6, "Indikator Kinerja"), (7, "Satuan"), (8, "Target 2022"),
              (9, "Realisasi s.d. TW I"), (10, "Realisasi s.d. TW II"), (11, "Realisasi s.d. TW III"),
              (12, "Realisasi s.d. TW IV"), (13, "Capaian s.d. TW IV (%)"), (14, "Keterangan")]
    for r, s in labels:
        put(ws, "A%d" % r, s, bold=True, fill=HEAD if r <= 8 else None)
    ws.row_dimensions[6].height = 62
    ws.row_dimensions[5].height = 45
    c = 2
    for sas, inds in S:
        c0 = c
        for sid, name, unit, tv, cum in inds:
            col = L(c)
            put(ws, "%s4" % col, c - 1, h="center", fill=GREY)
            put(ws, "%s6" % col, name, bold=True, h="center", fill=YEL)
            put(ws, "%s7" % col, unit, h="center")
            put(ws, "%s8" % col, tv, h="right")
            cv = [nv(x) for x in cum]
            locs = []
            for k, v in enumerate(cv):
                put(ws, "%s%d" % (col, 9 + k), v, h="right")
                locs.append("%s%d" % (col, 9 + k))
            if isinstance(tv.cell, (int, float)) and isinstance(cv[3].cell, (int, float)) and tv.cell:
                put(ws, "%s13" % col, V("=%s12/%s8" % (col, col), None, "0.00%"), h="right")
            else:
                put(ws, "%s13" % col, {"B03b": "-", "B05": "110,00%", "B19": "101,25%", "B07": "-",
                                       "B21": "-", "B16": "122,40%"}.get(sid, "-"), h="right")
            put(ws, "%s14" % col, {"B07": "survei TW II-III", "B21": "survei UVC TW III", "B13": "koreksi data",
                                   "B03b": "hasil EVIKA Des 2022", "B05": "indikator negatif"}.get(sid), italic=True)
            ag.key(book, ws, "%s6" % col, 2022, sid, tv, "%s8" % col, cv, locs, rule="cum")
            c += 1
        merge(ws, "%s5:%s5" % (L(c0), L(c - 1)), sas, bold=True, h="center", fill=HEAD)
    text(ws, "A16", "Catatan: angka realisasi bersifat kumulatif s.d. akhir triwulan; \"-\" = belum ada pengukuran.",
         italic=True, size=9)
    text(ws, "A17", "Sumber: laporan patroli, data Pokmaswas, monitoring RHM dan karcis masuk kawasan.",
         italic=True, size=9)
    text(ws, "S19", "Bunga Karang, 9 Januari 2023")
    sign(ws, 20, "S", ["Kepala UPTD Pengelolaan KKP"], KEPALA)
    ws.freeze_panes = "B7"

    wh = book.sheet("s.d. TW III (arsip)")
    wh.sheet_state = "hidden"
    text(wh, "A1", "Versi laporan s.d. TW III 2022 (arsip)", bold=True)
    wh["A3"], wh["B3"], wh["C3"] = "Jumlah patroli pengawasan", 60, 47
    wh["A4"], wh["B4"], wh["C4"] = "Laporan pelanggaran dari Pokmaswas", 45, 45


# =========================================================================== 2023: SKP appraisal (novel)
def skp2023(book):
    ws = book.sheet("Penilaian SKP 2023")
    widths(ws, {"A": 5, "B": 44, "C": 5, "D": 12, "E": 9, "F": 8, "G": 6, "H": 6, "I": 8, "J": 5, "K": 12,
                "L": 9, "M": 8, "N": 6, "O": 6, "P": 8, "Q": 12, "R": 12})
    title(ws, "A1:R1", "PENILAIAN CAPAIAN SASARAN KERJA PEGAWAI NEGERI SIPIL")
    text(ws, "A2", "Jangka Waktu Penilaian : 02 Januari s.d. 31 Desember 2023")
    text(ws, "A3", "Nama / NIP : %s / %s" % (KEPALA[0], KEPALA[2].replace("NIP. ", "")))
    text(ws, "A4", "Jabatan : Kepala UPTD Pengelolaan Kawasan Konservasi Perairan, DKP Provinsi Nusa Kirana")
    H = [("A6:A7", "NO"), ("B6:B7", "I. KEGIATAN TUGAS JABATAN"), ("C6:C7", "AK"), ("D6:I6", "TARGET"),
         ("D7:E7", "KUANT/ OUTPUT"), ("F7", "KUAL/ MUTU"), ("G7:H7", "WAKTU"), ("I7", "BIAYA"), ("J6:J7", "AK"),
         ("K6:P6", "REALISASI"), ("K7:L7", "KUANT/ OUTPUT"), ("M7", "KUAL/ MUTU"), ("N7:O7", "WAKTU"),
         ("P7", "BIAYA"), ("Q6:Q7", "PERHITUNGAN"), ("R6:R7", "NILAI CAPAIAN SKP")]
    for rng, s in H:
        if ":" in rng:
            merge(ws, rng, s, bold=True, h="center", fill=HEAD)
        else:
            put(ws, rng, s, bold=True, h="center", fill=HEAD)
    for i, c in enumerate(["A", "B", "C", "D", "F", "G", "I", "J", "K", "M", "N", "P", "Q", "R"], start=1):
        put(ws, "%s8" % c, i, h="center", italic=True, fill=GREY)
    for c in "EHLO":
        put(ws, "%s8" % c, None, fill=GREY)
    rows = [
        ("B01", "Luas kawasan konservasi perairan yang dikelola", "Ha", n(131200, ACC), n(125400, ACC), 95),
        ("B02", "Kawasan konservasi yang memiliki dokumen RPZ", "dokumen", n(4), n(3), 90),
        ("B03b", "Nilai EVIKA pengelolaan kawasan konservasi", "%", n(70), t("71,85", 71.85), 92),
        ("B23", "Luas zona inti kawasan konservasi", "Ha", n(4200, ACC), n(4350, ACC), 95),
        ("B04", "Terlaksananya patroli pengawasan kawasan konservasi", "kali", n(60), n(58), 92),
        ("B05", "Pelanggaran yang ditemukan dalam patroli", "kasus", n(10), n(7), 90),
        ("B06", "Pelanggaran yang ditindaklanjuti (%)", "%", n(100), n(100), 95),
        ("B15", "Pemasangan tanda batas kawasan", "unit", n(12), n(12), 95),
        ("B25", "Pemasangan mooring buoy", "unit", n(16), n(18), 95),
        ("B19", "Kepatuhan nelayan terhadap zonasi", "%", n(82), n(83.6), 90),
        ("B07", "Tutupan karang hidup", "%", n(35), n(33.9), 90),
        ("B08", "Rehabilitasi terumbu karang (luas)", "m2", n(1000, ACC), n(975), 92),
        ("B10", "Pemantauan kesehatan terumbu karang", "titik", n(15), n(16), 95),
        ("B11", "Pembinaan Pokmaswas", "kelompok", n(20), n(19), 92),
        ("B12", "Persentase Pokmaswas aktif", "%", n(85),
         mistake(n(0.84), "fraction typed in a plain cell (0,84 for 84 %)"), 90),
        ("B13", "Laporan pelanggaran dari Pokmaswas", "laporan", n(48), n(52), 92),
        ("B14", "Pelatihan anggota Pokmaswas", "orang", n(80), n(80), 95),
        ("B18", "Sosialisasi konservasi kepada masyarakat pesisir", "kali", n(10), n(11), 92),
        ("B22", "Pembinaan kelompok MPA", "kelompok", n(6), n(6), 90),
        ("B16", "Kunjungan wisata bahari di kawasan konservasi", "orang", n(7000, ACC), n(7845, ACC), 95),
        ("B17", "Pungutan masuk kawasan konservasi", "Rp", n(140000000, ACC), n(156900000, ACC), 95),
    ]
    r = 9
    for i, (sid, name, unit, tv, rv, kual) in enumerate(rows, start=1):
        put(ws, "A%d" % r, i, h="center")
        put(ws, "B%d" % r, name)
        put(ws, "C%d" % r, "-", h="center")
        put(ws, "D%d" % r, tv, h="right")
        put(ws, "E%d" % r, unit)
        put(ws, "F%d" % r, 100, h="center")
        put(ws, "G%d" % r, 12, h="center")
        put(ws, "H%d" % r, "bln")
        put(ws, "I%d" % r, "-", h="center")
        put(ws, "J%d" % r, "-", h="center")
        put(ws, "K%d" % r, rv, h="right")
        put(ws, "L%d" % r, unit)
        put(ws, "M%d" % r, kual, h="center")
        put(ws, "N%d" % r, 12, h="center")
        put(ws, "O%d" % r, "bln")
        put(ws, "P%d" % r, "-", h="center")
        if isinstance(rv.cell, (int, float)):
            put(ws, "Q%d" % r, V("=K%d/D%d*100+M%d/F%d*100+((1.76*G%d-N%d)/G%d)*100" % ((r,) * 7), None, "0.00"))
        else:
            put(ws, "Q%d" % r, n(294.64, "0.00"))
        put(ws, "R%d" % r, V("=Q%d/3" % r, None, "0.00"))
        ag.key(book, ws, "B%d" % r, 2023, sid, tv, "D%d" % r, rv, "K%d" % r)
        r += 1
    put(ws, "A%d" % r, None)
    merge(ws, "B%d:R%d" % (r, r), "II. TUGAS TAMBAHAN DAN KREATIVITAS :", bold=True)
    r += 1
    for s, v in [("1. Anggota Tim Penyusun Dokumen RZWP3K Provinsi", 1), ("2. Narasumber Bimtek Pokmaswas Nasional", 1)]:
        put(ws, "B%d" % r, s)
        put(ws, "R%d" % r, v, h="center")
        r += 1
    merge(ws, "A%d:Q%d" % (r, r), "Nilai Capaian SKP", bold=True, h="center")
    put(ws, "R%d" % r, V("=AVERAGE(R9:R%d)+0.2" % (r - 4), None, "0.00"), bold=True)
    merge(ws, "A%d:Q%d" % (r + 1, r + 1), "", h="center")
    put(ws, "R%d" % (r + 1), "(Baik)", h="center")
    r += 3
    text(ws, "K%d" % r, "Bunga Karang, 29 Desember 2023")
    text(ws, "B%d" % (r + 1), "Pejabat Penilai,", bold=True)
    text(ws, "K%d" % (r + 1), "Pegawai Negeri Sipil Yang Dinilai,", bold=True)
    for who, col in [(KADIS, "B"), (KEPALA, "K")]:
        c = text(ws, "%s%d" % (col, r + 5), who[0], bold=True)
        c.font = Font(bold=True, underline="single")
        text(ws, "%s%d" % (col, r + 6), who[2])

    w2 = book.sheet("Perilaku Kerja")
    widths(w2, {"A": 5, "B": 30, "C": 10, "D": 14})
    title(w2, "A1:D1", "PENILAIAN PERILAKU KERJA 2023", size=11)
    for c, s in zip("ABCD", ["No", "Aspek", "Nilai", "Sebutan"]):
        put(w2, "%s3" % c, s, bold=True, fill=HEAD)
    for i, (a, v) in enumerate([("Orientasi Pelayanan", 86), ("Integritas", 88), ("Komitmen", 85),
                                 ("Disiplin", 84), ("Kerja Sama", 87), ("Kepemimpinan", 83)], start=1):
        put(w2, "A%d" % (3 + i), i)
        put(w2, "B%d" % (3 + i), a)
        put(w2, "C%d" % (3 + i), v)
        put(w2, "D%d" % (3 + i), "Baik")


def main():
    b1 = ag.book("Matriks_Renstra_Capaian_UPTD_KKP_2020", "xls")
    renstra2020(b1)
    b1.save()
    b2 = ag.book("E81_Evaluasi_Renja_UPTD_KKP_TW_IV_2021", "ods")
    e81_2021(b2)
    b2.save()
    b3 = ag.book("Capaian_IKU_Kumulatif_UPTD_KKP_2022", "xlsx")
    turned2022(b3)
    b3.save()
    b4 = ag.book("SKP_Kepala_UPTD_KKP_2023", "xlsx")
    skp2023(b4)
    b4.save()
    ag.finish()


if __name__ == "__main__":
    main()
