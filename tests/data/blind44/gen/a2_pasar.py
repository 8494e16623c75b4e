"""Agency 2: UPTD Pengelolaan Pasar, Dinas Perdagangan Kabupaten Muara Jelita (invented), 2021-2024."""
from common import (FMT_CAP, FMT_DEC2, FMT_INT, FMT_PCT, FMT_RP, GFILL, A, Agency, L, Sheet, num_sum,
                    quarters)

SLUG = "uptd_pasar_muara_jelita"
FLOW = {"M01", "M04", "M08", "M10", "M10b", "M11", "M12", "M17", "M17b", "M19"}
AG = Agency(
    SLUG, "UPTD Pengelolaan Pasar pada Dinas Perdagangan Kabupaten Muara Jelita", [2021, 2022, 2023, 2024],
    ambiguous=[["M10", "M10b"], ["M17", "M17b"]],
    flows=sorted(FLOW),
    levels=["M02 (cumulative %)", "M03", "M05", "M06", "M07", "M09", "M13", "M14", "M15", "M16", "M18",
            "M20", "M21 (cumulative count)"],
    negatives=["M11 (kebakaran; target 0)", "M12 (pengaduan pedagang)", "M16 (fluktuasi harga)"],
    mustnot=[("M01", "M02", "Jumlah / pendapatan retribusi (Rp) vs Persentase capaian target retribusi"),
             ("M03", "M04", "Jumlah pedagang (stock) vs Jumlah pedagang BARU (flow)"),
             ("M05", "M06", "kios vs los (two sub-types of market stalls)"),
             ("M07", "M08", "pasar yang dikelola vs pasar yang direvitalisasi"),
             ("M07", "M21", "pasar yang dikelola vs pasar yang menerapkan e-retribusi")])

U = {"M01": "Rp", "M02": "%", "M03": "orang", "M04": "orang", "M05": "%", "M06": "%", "M07": "pasar",
     "M08": "pasar", "M09": "%", "M10": "m3", "M10b": "ton", "M11": "kejadian", "M12": "kasus",
     "M13": "nilai", "M14": "nilai", "M15": "%", "M16": "%", "M17": "orang", "M17b": "orang", "M18": "%",
     "M19": "kali", "M20": "orang/hari", "M21": "pasar"}

V = {
    "M01": {2021: (1850000000, 1712455000), 2022: (1900000000, 1934120500), 2023: (2050000000, 2011870000),
            2024: (2200000000, 2263415000)},
    "M02": {2021: (100, 92.57), 2022: (100, 101.8), 2023: (100, 98.14), 2024: (100, 102.88)},
    "M03": {2021: (2400, 2436), 2022: (2450, 2512), 2023: (2550, 2587), 2024: (2600, 2655)},
    "M04": {2021: (60, 48), 2022: (70, 76), 2023: (75, 81), 2024: (80, 69)},
    "M05": {2021: (85, 81.2), 2022: (87, 86.4), 2023: (90, 91.3), 2024: (92, 93.05)},
    "M06": {2021: (80, 76.5), 2022: (82, 79.8), 2023: (85, 84.1), 2024: (88, 89.6)},
    "M07": {2021: (7, 7), 2022: (7, 7), 2023: (8, 8), 2024: (8, 8)},
    "M08": {2021: (1, 1), 2022: (1, 0), 2023: (2, 2), 2024: (1, 1)},
    "M09": {2021: (70, 72.4), 2022: (75, 68.9), 2023: (80, 83.2), 2024: (85, 86.7)},
    "M10": {2021: (4200, 4356), 2022: (4300, 4281), 2023: (4400, 4512)},
    "M10b": {2024: (1100, 1128.5)},
    "M11": {2021: (0, 0), 2022: (0, 1), 2023: (0, 0)},
    "M12": {2021: (40, 46), 2022: (35, 29), 2023: (30, 31), 2024: (25, 18)},
    "M13": {2021: (76, 77.85), 2022: (78, 79.12), 2023: (80, 81.47), 2024: (82, 83.2)},
    "M14": {2021: ("B", "B"), 2022: ("B", "BB"), 2023: (75, 78.5), 2024: (80, 82)},
    "M15": {2021: (60, 58.3), 2022: (65, 66.9), 2023: (70, 71.2), 2024: (75, 77.4)},
    "M16": {2021: (5, 6.2), 2022: (5, 4.1), 2023: (4.5, 4.8), 2024: (4, 3.6)},
    "M17": {2021: (120, 134), 2022: (100, 88), 2023: (100, 112)},
    "M17b": {2024: (80, 85)},
    "M18": {2021: (75, 73.6), 2022: (78, 79.2), 2023: (80, 82.5), 2024: (82, 83.9)},
    "M19": {2022: (4, 4), 2023: (6, 6), 2024: (6, 7)},
    "M20": {2021: (8500, 7960), 2022: (9000, 9340), 2023: (9500, 9812), 2024: (10000, 10455)},
    "M21": {2022: (2, 2), 2023: (4, 5), 2024: (7, 7)},
}

N = {
    "M01": {2021: "Realisasi Pendapatan Retribusi Pelayanan Pasar", 2022: "Jumlah pendapatan retribusi pasar (Rp)",
            2023: "Pendapatan Retribusi Pelayanan Pasar", 2024: "Jumlah PAD dari retribusi pelayanan pasar"},
    "M02": {2021: "Persentase Capaian Target Retribusi Pasar", 2022: "Prosentase realisasi target retribusi pasar",
            2023: "Persentase capaian target retribusi pelayanan pasar", 2024: "% capaian target retribusi pasar"},
    "M03": {2021: "Jumlah Pedagang Pasar yang Terdata", 2022: "Jumlah pedagang pasar yg terdata",
            2023: "Jumlah Pedagang Pasar Terdata", 2024: "Jumlah pedagang pasar yang terdata (orang)"},
    "M04": {2021: "Jumlah Pedagang Baru", 2022: "Jumlah pedagang baru yg terdaftar",
            2023: "Jumlah Pedagang Pasar Baru", 2024: "Jumlah  pedagang baru"},
    "M05": {2021: "Persentase Kios yang Terisi", 2022: "Persentase kios\nyang termanfaatkan",
            2023: "Tingkat keterisian kios pasar (%)", 2024: "Persentase kios yang terisi/dimanfaatkan"},
    "M06": {2021: "Persentase Los yang Terisi", 2022: "Persentase los\nyang termanfaatkan",
            2023: "Tingkat keterisian los pasar (%)", 2024: "Persentase los yang terisi/dimanfaatkan"},
    "M07": {2021: "Jumlah Pasar yang Dikelola", 2022: "Jumlah pasar tradisional yang dikelola UPTD",
            2023: "Jumlah Pasar Rakyat yang dikelola", 2024: "Jumlah pasar yang dikelola (Kab. Muara Jelita)"},
    "M08": {2021: "Jumlah Pasar yang Direvitalisasi", 2022: "Jumlah pasar rakyat yang direvitalisasi",
            2023: "Jumlah Pasar Direvitalisasi", 2024: "Pasar yang direvitalisasi (unit)"},
    "M09": {2021: "Persentase UTTP (Alat Ukur, Takar, Timbang dan Perlengkapannya) Pedagang yang Ditera Ulang",
            2022: "Persentase UTTP pedagang yg ditera ulang",
            2023: "Persentase alat ukur, takar, timbang & perlengkapannya milik pedagang yang ditera ulang",
            2024: "Prosentase UTTP yang ditera ulang"},
    "M10": {2021: "Volume Sampah Pasar yang Terangkut", 2022: "Volume sampah pasar terangkut ke TPA (m3)",
            2023: "Volume Sampah Pasar yang Terangkut (m³)"},
    "M10b": {2024: "Volume sampah pasar yang terangkut (ton)"},
    "M11": {2021: "Jumlah Kejadian Kebakaran Pasar", 2022: "Jumlah kejadian kebakaran di pasar",
            2023: "Kejadian Kebakaran Pasar"},
    "M12": {2021: "Jumlah Pengaduan Pedagang", 2022: "Jumlah keluhan/pengaduan pedagang",
            2023: "Jumlah Pengaduan Pedagang yang Masuk", 2024: "Jumlah pengaduan pedagang"},
    "M13": {2021: "Indeks Kepuasan Masyarakat (IKM) terhadap Pelayanan Pasar", 2022: "IKM pelayanan pasar",
            2023: "Indeks Kepuasan Masyarakat Pelayanan Pasar", 2024: "Nilai IKM UPTD Pengelolaan Pasar"},
    "M14": {2021: "Predikat Penilaian Pasar Sehat", 2022: "Predikat pasar sehat",
            2023: "Nilai Penilaian Pasar Sehat", 2024: "Nilai penilaian pasar sehat"},
    "M15": {2021: "Persentase Pedagang yang Memiliki Kartu Tanda Usaha (KTU)", 2022: "Persentase pedagang ber-KTU",
            2023: "Persentase Pedagang Yang Memiliki KTU", 2024: "Persentase pedagang yang memiliki kartu tanda usaha"},
    "M16": {2021: "Persentase Fluktuasi Harga Barang Kebutuhan Pokok",
            2022: "Prosentase fluktuasi harga bapok di pasar",
            2023: "Tingkat Fluktuasi Harga Bahan Pokok (%)",
            2024: "Persentase fluktuasi harga barang kebutuhan pokok"},
    "M17": {2021: "Jumlah Pedagang Kaki Lima (PKL) yang Ditata", 2022: "Jumlah PKL yang ditata",
            2023: "Jumlah Pedagang Kaki Lima yang Ditata"},
    "M17b": {2024: "Jumlah PKL yang direlokasi ke dalam pasar"},
    "M18": {2021: "Persentase Sarana dan Prasarana Pasar dalam Kondisi Baik",
            2022: "Persentase sarpras pasar dalam kondisi baik",
            2023: "Persentase Sarana & Prasarana Pasar Kondisi Baik",
            2024: "Persentase sarana prasarana pasar yang dalam kondisi baik"},
    "M19": {2022: "Jumlah pelaksanaan pasar murah", 2023: "Jumlah Kegiatan Pasar Murah/Operasi Pasar",
            2024: "Jumlah pelaksanaan pasar murah (kali)"},
    "M20": {2021: "Rata-rata Jumlah Pengunjung Pasar per Hari", 2022: "Rata - rata pengunjung pasar per hari",
            2023: "Rata-rata Jumlah Pengunjung Pasar Perhari", 2024: "Rata-rata pengunjung pasar/hari"},
    "M21": {2022: "Jumlah pasar yang menerapkan e-retribusi",
            2023: "Jumlah Pasar yang Menerapkan Retribusi Non Tunai",
            2024: "Jumlah pasar yg menerapkan pembayaran retribusi non tunai (e-retribusi)"},
}

SAS22 = [
    ("Meningkatnya pendapatan retribusi pasar", ["M01", "M02", "M21"]),
    ("Meningkatnya kualitas sarana dan pengelolaan pasar rakyat",
     ["M07", "M08", "M05", "M06", "M18", "M10", "M10b", "M11", "M20"]),
    ("Meningkatnya ketertiban dan kepuasan pedagang", ["M03", "M04", "M15", "M17", "M17b", "M12", "M13", "M14"]),
    ("Terjaganya stabilitas harga dan tertib ukur di pasar", ["M16", "M19", "M09"]),
]


def groups(year):
    return [(s, [i for i in ids if year in V[i]]) for s, ids in SAS22]


def nfmt(sid, v):
    if U[sid] == "Rp":
        return FMT_RP
    if isinstance(v, float) and v != int(v):
        return FMT_DEC2
    return FMT_INT


def fmt_of(sid, v):
    return None if isinstance(v, str) or v is None else nfmt(sid, v)


def sign2(S, r, c1, c2, left, right):
    for i, (a, b) in enumerate(zip(left, right)):
        S.plain(r + i, c1, a, al="center", b=(i == 5))
        S.plain(r + i, c2, b, al="center", b=(i == 5))


# ---------------------------------------------------------------- 2021: E.81 (.xls)
E81_BLOCKS = [
    # (sasaran, [(level, name, rp, [ids])])
    ("Meningkatnya pendapatan retribusi dan kualitas pengelolaan pasar rakyat", [
        ("P", "Program Peningkatan Sarana Distribusi Perdagangan", None, ["M01", "M02", "M05", "M06", "M13"]),
        ("K", "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
         (1245600000, [185400000, 312750000, 398120000, 296830000]),
         ["M03", "M04", "M07", "M08", "M10", "M18", "M20"]),
        ("K", "Pembinaan dan Penataan Pedagang Pasar Rakyat",
         (342500000, [48200000, 96350000, 101400000, 82150000]), ["M15", "M17", "M11", "M12", "M14"]),
    ]),
    ("Terjaganya stabilitas harga dan tertib ukur di pasar", [
        ("P", "Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting",
         (215000000, [32000000, 61500000, 58250000, 55900000]), ["M16"]),
        ("P", "Program Standardisasi dan Perlindungan Konsumen",
         (128750000, [0, 45600000, 52300000, 24100000]), ["M09"]),
    ]),
]
RENSTRA26 = {"M01": 10500000000, "M02": 100, "M03": 2800, "M04": 400, "M05": 95, "M06": 92, "M07": 8,
             "M08": 6, "M09": 90, "M10": 23000, "M11": 0, "M12": 20, "M13": 85, "M14": "BB", "M15": 85,
             "M16": 3, "M17": 500, "M18": 88, "M20": 11000}
SD2020 = {"M01": 3425800000, "M02": 96.4, "M03": 2372, "M04": 105, "M05": 79, "M06": 74.2, "M07": 7,
          "M08": 1, "M09": 66.8, "M10": 8415, "M11": 1, "M12": 51, "M13": 75.1, "M14": "C", "M15": 52.6,
          "M16": 7.1, "M17": 240, "M18": 70.5, "M20": 8120}


def e81_2021():
    f = "E81 UPTD PASAR TW IV 2021.xls"
    wb = AG.new_file(f, "Permendagri 86/2017 form E.81 'Evaluasi terhadap hasil Renja Perangkat Daerah', "
                        "Triwulan IV 2021, 17-column scheme with a K / Rp pair under every numbered column, "
                        "programme and kegiatan names beside their indicators, summary lines and two "
                        "signatures; a hidden TW III copy.")
    ws = wb.active
    ws.title = "E81 TW IV 2021"
    S = Sheet(ws)
    S.widths({"A": 5, "B": 22, "C": 28, "D": 40, "E": 9, "AB": 16, "AC": 18})
    for c in range(6, 28):
        ws.column_dimensions[L(c)].width = 13 if c % 2 == 0 else 15
    S.title(1, 1, 29, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH")
    S.title(2, 1, 29, "UPTD PENGELOLAAN PASAR DINAS PERDAGANGAN KABUPATEN MUARA JELITA")
    S.title(3, 1, 29, "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2021")
    S.plain(4, 1, "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RPJMD : "
                  "Meningkatnya daya saing perdagangan daerah")
    top = [(1, "No"), (2, "Sasaran"), (3, "Program / Kegiatan"),
           (4, "Indikator Kinerja Program (outcome) / Kegiatan (output)"), (5, "Satuan"),
           (28, "Unit Perangkat Daerah Penanggung Jawab"), (29, "Keterangan")]
    for c, t in top:
        S.h(6, c, t)
        S.m(6, c, 8, c)
    pairs = [(6, "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)"),
             (8, "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)"),
             (10, "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi"),
             (20, "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2021)"),
             (22, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)"),
             (24, "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021"),
             (26, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)")]
    for c, t in pairs:
        S.h(6, c, t, size=9)
        S.m(6, c, 7, c + 1)
    S.h(6, 12, "Realisasi Kinerja pada Triwulan")
    S.m(6, 12, 6, 19)
    for i, q in enumerate(["I", "II", "III", "IV"]):
        S.h(7, 12 + 2 * i, q)
        S.m(7, 12 + 2 * i, 7, 13 + 2 * i)
    for c in range(6, 28):
        S.h(8, c, "K" if c % 2 == 0 else "Rp")
    nums = {1: "1", 2: "2", 3: "3", 4: "4", 6: "5", 8: "6", 10: "7", 12: "8", 14: "9", 16: "10", 18: "11",
            20: "12 = 8+9+10+11", 22: "13 = 12/7 x 100", 24: "14 = 6 + 12", 26: "15 = 14/5 x 100", 28: "16",
            29: "17"}
    for c in range(1, 30):
        S.h(9, c, nums.get(c), b=False, size=9)
    for c in range(6, 28, 2):
        S.m(9, c, 9, c + 1)
    notes = AG.sheet_doc(
        f, "E81 TW IV 2021", "key sheet (2021)",
        header="rows 6-8 (row 6 titles, row 7 quarters I-IV, row 8 K / Rp), row 9 numbers the columns "
               "1-17 (Satuan, column E, is not numbered; '12 = 8+9+10+11', '13 = 12/7 x 100', '14 = 6 + 12', "
               "'15 = 14/5 x 100')",
        columns="A No | B Sasaran (merged) | C Program / Kegiatan (merged over its indicators) | D Indikator | "
                "E Satuan | F/G (5) Renstra 2026 K/Rp | H/I (6) realisasi s.d. 2020 | J/K (7) target 2021 | "
                "L/M, N/O, P/Q, R/S (8-11) TW I-IV | T/U (12) realisasi 2021 | V/W (13) capaian % | "
                "X/Y (14) Renstra s.d. 2021 | Z/AA (15) capaian Renstra % | AB (16) unit | AC (17) ket. "
                "Key: target = J, realisasi = T (column 12 K).")
    year = 2021
    r = 10
    S.c(r, 3, "URUSAN PEMERINTAHAN BIDANG PERDAGANGAN", b=True, fill=GFILL)
    S.m(r, 3, r, 29)
    notes.append("row 10: urusan group row (not a key row).")
    r = 11
    vrows = []
    prog_rows = {}
    no = 0
    for sas, blocks in E81_BLOCKS:
        sstart = r
        kg_rows = []
        for lvl, pname, rp, ids in blocks:
            bstart = r
            no += 1
            S.c(r, 1, no, al="center", valign="top")
            S.c(r, 3, pname, b=(lvl == "P"), valign="top")
            # budget K/Rp columns on the block's first row
            if rp is not None:
                pagu, qrp = rp
                S.c(r, 11, pagu, fmt=FMT_INT)
                for i, q in enumerate(qrp):
                    S.c(r, 13 + 2 * i, q, fmt=FMT_INT)
                if pname.startswith("Pembangunan"):
                    S.c(r, 15, "=498150000-M%d" % r, fmt=FMT_INT)
                    notes.append("row %d: TW II Rp is '=498150000-M%d' (a cumulative constant inside the "
                                 "formula)." % (r, r))
                if pname.startswith("Pembinaan"):
                    S.c(r, 21, "=M%d+O%d+Q%d+S%d+V%d" % (r, r, r, r, r), fmt=FMT_INT)
                    notes.append("row %d: column 12 Rp (U%d) adds the capaian %% of column 13 K (=...+V%d): "
                                 "a %% added to rupiah." % (r, r, r))
                else:
                    S.c(r, 21, "=M%d+O%d+Q%d+S%d" % (r, r, r, r), fmt=FMT_INT)
                S.c(r, 23, "=ROUND(U%d/K%d*100,2)" % (r, r), fmt=FMT_CAP)
                S.c(r, 7, pagu * 5, fmt=FMT_INT)
                S.c(r, 9, int(pagu * 0.92), fmt=FMT_INT)
                S.c(r, 25, "=I%d+U%d" % (r, r), fmt=FMT_INT)
                S.c(r, 27, "=ROUND(Y%d/G%d*100,2)" % (r, r), fmt=FMT_CAP)
                if lvl == "K":
                    kg_rows.append(r)
            else:
                prog_rows["P1"] = r
            for sid in ids:
                T, R = V[sid][year]
                name = N[sid][year]
                S.c(r, 4, name)
                S.c(r, 5, U[sid], al="center")
                S.c(r, 6, RENSTRA26[sid], fmt=fmt_of(sid, RENSTRA26[sid]), al="right")
                S.c(r, 8, SD2020[sid], fmt=fmt_of(sid, SD2020[sid]), al="right")
                S.c(r, 10, T, fmt=fmt_of(sid, T), al="right")
                tkey, rkey = T, R
                if sid == "M14":
                    qr = ["-", "-", "-", "B"]
                    tkey = rkey = None
                else:
                    _, qr = quarters(sid, year, T, R, sid in FLOW)
                    if sid == "M08":
                        qr = ["-", "-", "-", 1]
                    if sid == "M11":
                        qr = ["-", "-", "-", "-"]
                    if sid == "M07":
                        qr = [7, 7, 7, 7]
                for i, v in enumerate(qr):
                    S.c(r, 12 + 2 * i, v, fmt=fmt_of(sid, v), al="right")
                if sid == "M14":
                    notes.append("row %d (M14): grade indicator - target 'B', TW IV 'B', column 12 'B', "
                                 "capaian typed 100, Renstra 'BB'; keyed null / null." % r)
                    S.c(r, 20, "B", al="right")
                elif sid == "M08":
                    S.c(r, 20, 0, fmt=FMT_INT)
                    rkey = 0
                    notes.append("row %d (M08): column 12 K typed over as 0 (T%d) while TW IV (R%d) holds 1; "
                                 "keyed as typed: realisasi 0." % (r, r, r))
                elif sid in FLOW:
                    S.c(r, 20, "=SUM(L{0},N{0},P{0},R{0})".format(r), fmt=nfmt(sid, R))
                else:
                    S.c(r, 20, "=R%d" % r, fmt=nfmt(sid, R))
                # column 13: capaian
                if sid == "M14":
                    S.c(r, 22, 100, fmt=FMT_CAP)
                elif sid == "M16":
                    S.c(r, 22, "=ROUND((2*J{0}-T{0})/J{0}*100,2)".format(r), fmt=FMT_CAP)
                    notes.append("row %d (M16, negative): capaian (2T-R)/T = 76 (right)." % r)
                elif sid == "M03":
                    S.c(r, 22, "=ROUND(T{0}/J{0}*100,2)".format(r + 1), fmt=FMT_CAP)
                    notes.append("row %d (M03): capaian formula V%d points at the next row (=T%d/J%d): "
                                 "80,00 instead of 101,50." % (r, r, r + 1, r + 1))
                else:
                    S.c(r, 22, "=ROUND(T{0}/J{0}*100,2)".format(r), fmt=FMT_CAP)
                if sid == "M12":
                    notes.append("row %d (M12, negative): capaian uses the positive formula T/J*100 = 115 "
                                 "while M16 uses (2T-R)/T: two formulas in one form; (2T-R)/T gives 85." % r)
                if sid == "M11":
                    notes.append("row %d (M11, negative): target 0, quarters '-', column 12 = 0: capaian "
                                 "=T/J*100 is #DIV/0!; the 'Rata-rata capaian' line below is #DIV/0! as a "
                                 "result." % r)
                # column 14/15
                if sid == "M14":
                    S.c(r, 24, "BB", al="right")
                    S.c(r, 26, "-", al="right")
                else:
                    if sid in FLOW or sid == "M05":
                        S.c(r, 24, "=H{0}+T{0}".format(r), fmt=nfmt(sid, R))
                    else:
                        S.c(r, 24, "=T%d" % r, fmt=nfmt(sid, R))
                    if sid == "M11":
                        S.c(r, 26, "-", al="right")
                    else:
                        S.c(r, 26, "=ROUND(X{0}/F{0}*100,2)".format(r), fmt=FMT_CAP)
                if sid == "M05":
                    notes.append("row %d (M05, a level): column 14 adds last year's level to this year's "
                                 "(=H+T = 160,2 %%) as for flows; other levels take =T." % r)
                S.c(r, 28, "UPTD Pengelolaan Pasar", size=9)
                S.c(r, 29, None)
                AG.key(f, "E81 TW IV 2021", r, 4, year, name, sid, tkey, rkey, {"cell": A(r, 10)},
                       {"cell": A(r, 20)})
                vrows.append(r)
                r += 1
            S.m(bstart, 1, r - 1, 1)
            S.m(bstart, 3, r - 1, 3)
            if rp is None:
                pass
        # programme 1 budget = sum of its kegiatan rows
        if "P1" in prog_rows and kg_rows and len(kg_rows) == 2:
            pr = prog_rows.pop("P1")
            a, b = kg_rows
            for c in [7, 9, 11, 13, 15, 17, 19, 21, 25]:
                S.c(pr, c, "=%s%d+%s%d" % (L(c), a, L(c), b), fmt=FMT_INT)
            S.c(pr, 23, "=ROUND(U%d/K%d*100,2)" % (pr, pr), fmt=FMT_CAP)
            S.c(pr, 27, "=ROUND(Y%d/G%d*100,2)" % (pr, pr), fmt=FMT_CAP)
        S.c(sstart, 2, sas, valign="top")
        S.m(sstart, 2, r - 1, 2)
    AG.docs[f]["sheets"][-1]["data_rows"] = "11-%d (19 indicators in 5 programme / kegiatan blocks)" % (r - 1)
    notes.append("budget (Rp) figures sit on the first row of each programme / kegiatan block; programme 1's "
                 "Rp cells are sums of its two kegiatan.")
    notes.append("column 14 / 15 (Renstra) and the Rp columns are not keyed.")
    r += 1
    S.plain(r, 4, "Rata-rata capaian kinerja (%)", b=True)
    S.c(r, 22, "=ROUND(AVERAGE(V%d:V%d),1)" % (vrows[0], vrows[-1]), fmt=FMT_CAP)
    S.plain(r + 1, 4, "Predikat kinerja", b=True)
    S.plain(r + 1, 22, "Sangat Tinggi")
    S.plain(r + 2, 4, "Faktor pendorong : dukungan pedagang dan aplikasi retribusi")
    S.plain(r + 3, 4, "Faktor penghambat : penurunan kunjungan akibat PPKM Juli-Agustus 2021")
    S.plain(r + 4, 4, "Tindak lanjut triwulan berikutnya : penagihan retribusi tertunggak")
    notes.append("rows %d-%d: summary lines (average, predikat, faktor pendorong / penghambat, tindak lanjut)"
                 " - not key rows." % (r, r + 4))
    sign2(S, r + 6, 4, 22,
          ["Disusun", "Muara Jelita, 10 Januari 2022", "KEPALA UPTD PENGELOLAAN PASAR", "", "",
           "HERLINA SITUMEANG, S.E.", "Penata Tk. I (III/d)", "NIP. 19790823 200501 2 004"],
          ["Dievaluasi", "Muara Jelita, 14 Januari 2022", "KEPALA DINAS PERDAGANGAN", "", "",
           "Ir. BONAR TAMBUNAN, M.M.", "Pembina (IV/a)", "NIP. 19700516 199803 1 002"])

    # hidden TW III copy
    wh = wb.create_sheet("E81 TW III 2021")
    wh.sheet_state = "hidden"
    H = Sheet(wh)
    H.plain(1, 1, "EVALUASI TERHADAP HASIL RENJA - TRIWULAN III TAHUN 2021", b=True)
    for i, t in enumerate(["No", "Indikator", "Satuan", "Target 2021", "TW I", "TW II", "TW III",
                           "Realisasi s.d. TW III"]):
        H.h(3, i + 1, t)
    rr = 4
    for sas, blocks in E81_BLOCKS:
        for lvl, pname, rp, ids in blocks:
            for sid in ids:
                T, R = V[sid][year]
                H.c(rr, 1, rr - 3)
                H.c(rr, 2, N[sid][year])
                H.c(rr, 3, U[sid])
                H.c(rr, 4, T)
                if sid != "M14":
                    _, qr = quarters(sid, year, T, R, sid in FLOW)
                    for i in range(3):
                        H.c(rr, 5 + i, qr[i])
                    H.c(rr, 8, "=SUM(E%d:G%d)" % (rr, rr) if sid in FLOW else "=G%d" % rr)
                rr += 1
    AG.sheet_doc(f, "E81 TW III 2021", "HIDDEN earlier quarterly report of the same year: not key rows")
    AG.save(wb, f)


# ---------------------------------------------------------------- 2022: quarterly Rencana Aksi (.ods)
def renaksi2022():
    f = "Rencana Aksi UPTD Pasar 2022.ods"
    wb = AG.new_file(f, "Quarterly Rencana Aksi 2022 with target / realisasi / % under each of TW I-IV AND an "
                        "annual realisasi column and capaian; notes sheet and a hidden old sheet.")
    ws = wb.active
    ws.title = "Renaksi 2022"
    S = Sheet(ws)
    S.widths({"A": 5, "B": 24, "C": 40, "D": 10, "E": 16, "R": 16, "S": 11, "T": 22})
    for c in range(6, 18):
        ws.column_dimensions[L(c)].width = 12 if (c - 6) % 3 != 2 else 8
    S.title(1, 1, 20, "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2022")
    S.title(2, 1, 20, "UPTD PENGELOLAAN PASAR")
    S.title(3, 1, 20, "DINAS PERDAGANGAN KABUPATEN MUARA JELITA")
    for c, t in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"),
                 (5, "Target 2022"), (18, "Realisasi Tahun 2022"), (19, "Capaian (%)"),
                 (20, "Penanggung Jawab")]:
        S.h(5, c, t)
        S.m(5, c, 6, c)
    for q in range(4):
        c = 6 + 3 * q
        S.h(5, c, "Triwulan " + ["I", "II", "III", "IV"][q])
        S.m(5, c, 5, c + 2)
        for j, t in enumerate(["Target", "Realisasi", "%"]):
            S.h(6, c + j, t)
    for c in range(1, 21):
        S.h(7, c, "(%d)" % c, b=False)
    notes = AG.sheet_doc(
        f, "Renaksi 2022", "key sheet (2022)",
        header="rows 5-6 (Triwulan I-IV each merged over Target / Realisasi / %), row 7 numbers the columns "
               "(1)-(20)",
        columns="A No | B Sasaran Strategis (merged) | C Indikator Kinerja | D Satuan | E Target 2022 | "
                "F-H TW I (T, R, %) | I-K TW II | L-N TW III | O-Q TW IV | R Realisasi Tahun 2022 (formula "
                "sum of quarters for flows, typed for levels) | S Capaian (%) | T Penanggung jawab. Key: E / R.")
    year = 2022
    r = 8
    no = 0
    pj = {"M01": "Kasubag TU / Bendahara Penerimaan", "M09": "Seksi Metrologi", "M16": "Seksi Pengawasan"}
    for sas, ids in groups(year):
        sstart = r
        seq = list(ids)
        if "M20" in seq:
            seq.insert(seq.index("M20") + 1, "DUP:M20")
        for sid in seq:
            dup = sid.startswith("DUP:")
            sid = sid[4:] if dup else sid
            T, R = V[sid][year]
            name = N[sid][year]
            if not dup:
                no += 1
            S.c(r, 1, no, al="center")
            S.c(r, 3, name)
            S.c(r, 4, U[sid], al="center")
            pct = sid in ("M05", "M06")
            flow = sid in FLOW
            qt, qr = quarters(sid, year, T, R, flow) if sid != "M14" else (["-"] * 3 + ["B"], ["-"] * 3 + ["BB"])
            if sid == "M08":
                qt, qr = [0, 0, 1, 0], ["-", "-", "-", "-"]
            if sid == "M11":
                qt, qr = [0, 0, 0, 0], ["-", "-", 1, "-"]
            if sid == "M07":
                qt, qr = [7] * 4, [7] * 4
            if sid == "M21":
                qt, qr = [0, 1, 1, 2], [0, 1, 2, 2]
            if sid == "M19":
                qt, qr = [1, 1, 1, 1], [1, 1, 1, 1]
            if sid == "M15":
                qt = [62, 63, 64, "65-70"]
            ecell, tkey, rkey = T, T, R
            if pct:
                ecell = T / 100.0
                qt = [v / 100.0 for v in qt]
                qr = [round(v / 100.0, 6) for v in qr]
            if sid == "M01":
                ecell = "Rp. 1.900.000.000,-"
                notes.append("row %d (M01): target typed as text 'Rp. 1.900.000.000,-' and annual realisasi as "
                             "text '1.934.120.500' (quarters are numbers); keys 1900000000 / 1934120500; "
                             "capaian typed 101,8." % r)
            if sid == "M15":
                ecell = "65-70"
                tkey = 65
                notes.append("row %d (M15): target range '65-70' (E%d and TW IV target); key 65; capaian "
                             "typed 102,92 (66,9/65)." % (r, r))
            if sid == "M14":
                tkey = rkey = None
            S.c(r, 5, ecell, fmt=FMT_PCT if pct else fmt_of(sid, ecell), al="right")
            for q in range(4):
                c = 6 + 3 * q
                S.c(r, c, qt[q], fmt=FMT_PCT if pct and not isinstance(qt[q], str) else fmt_of(sid, qt[q]),
                    al="right")
                S.c(r, c + 1, qr[q], fmt=FMT_PCT if pct and not isinstance(qr[q], str) else fmt_of(sid, qr[q]),
                    al="right")
                if sid == "M14":
                    S.c(r, c + 2, "-" if q < 3 else 100, al="right")
                else:
                    S.c(r, c + 2, '=IFERROR(ROUND({1}{0}/{2}{0}*100,2),"-")'.format(r, L(c + 1), L(c)),
                        fmt=FMT_CAP)
            # annual realisasi
            if sid == "M01":
                S.c(r, 18, "1.934.120.500", al="right")
            elif sid == "M14":
                S.c(r, 18, "BB", al="right")
            elif sid == "M09":
                S.c(r, 18, 0.689, fmt=FMT_DEC2)
                rkey = 0.689
                notes.append("row %d (M09): annual realisasi typed as a fraction 0,689 in a percent-points "
                             "column (TW IV shows 68,9); keyed as typed 0.689; capaian formula 0,92." % r)
            elif flow:
                S.c(r, 18, "=SUM(G{0},J{0},M{0},P{0})".format(r), fmt=nfmt(sid, R))
            else:
                S.c(r, 18, qr[3], fmt=FMT_PCT if pct else fmt_of(sid, qr[3]))
            if pct:
                notes.append("row %d (%s): E, quarter and annual cells are fractions in %%-formatted cells "
                             "(key %s / %s)." % (r, sid, T, R))
            # capaian
            cap = "=ROUND(R{0}/E{0}*100,2)".format(r)
            if sid == "M01":
                cap = 101.8
            elif sid == "M15":
                cap = 102.92
            elif sid == "M14":
                cap = 100
                notes.append("row %d (M14): grades, target 'B', realisasi 'BB', capaian typed 100; keyed "
                             "null / null." % r)
            elif sid == "M13":
                cap = "=ROUND(R{0}/E{0}*100,2)".format(r + 1)
                notes.append("row %d (M13): capaian S%d points at the next row (M14, grades) and shows "
                             "#VALUE!." % (r, r))
            elif sid == "M12":
                cap = "=ROUND((2*E{0}-R{0})/E{0}*100,2)".format(r)
                notes.append("row %d (M12, negative): capaian (2T-R)/T = 117,14 (right)." % r)
            elif sid == "M16":
                notes.append("row %d (M16, negative): capaian uses the positive formula R/E*100 = 82 "
                             "((2T-R)/T = 118)." % r)
            elif sid == "M11":
                notes.append("row %d (M11, negative): target 0, one fire in TW III: capaian #DIV/0!." % r)
            elif sid == "M08":
                notes.append("row %d (M08): target 1, no quarter realised ('-'), annual = 0 (SUM of '-')." % r)
            S.c(r, 19, cap, fmt=FMT_CAP)
            S.c(r, 20, pj.get(sid, "Kepala UPTD"), size=9)
            if dup:
                notes.append("row %d: duplicate of the M20 row above (same name and figures): not a key row." % r)
            else:
                AG.key(f, "Renaksi 2022", r, 3, year, name, sid, tkey, rkey, {"cell": A(r, 5)}, {"cell": A(r, 18)})
            r += 1
        S.c(sstart, 2, sas, valign="top")
        S.m(sstart, 2, r - 1, 2)
    AG.docs[f]["sheets"][-1]["data_rows"] = "8-%d (21 indicators + 1 duplicate)" % (r - 1)
    notes.append("M05 / M06 names contain a line break (Alt+Enter) after 'kios' / 'los'.")
    notes.append("quarter targets: flows split per quarter (equal parts), levels rise to the annual target.")
    sg = r + 2
    for i, t in enumerate(["Muara Jelita, 16 Januari 2023", "Kepala UPTD Pengelolaan Pasar", "", "", "",
                           "HERLINA SITUMEANG, S.E.", "NIP. 19790823 200501 2 004"]):
        S.plain(sg + i, 16, t, al="center", b=(i == 5))
    wc = wb.create_sheet("Catatan")
    C = Sheet(wc)
    C.widths({"A": 110})
    for i, t in enumerate(["CATATAN:", "1. Revitalisasi Pasar Sungai Lebar ditunda ke 2023 (DAK tidak turun).",
                           "2. Kebakaran kios Blok C Pasar Inpres (TW III).",
                           "3. Data tera ulang dari UPT Metrologi Legal Dinas Perdagangan.",
                           "4. Pengunjung dihitung dari sampel karcis parkir."]):
        C.plain(i + 1, 1, t)
    AG.sheet_doc(f, "Catatan", "notes only (not key rows)")
    wo = wb.create_sheet("Sheet3 (lama)")
    wo.sheet_state = "hidden"
    O = Sheet(wo)
    O.plain(1, 1, "Indikator")
    O.plain(1, 2, "Target")
    for i, sid in enumerate(["M01", "M03", "M05"]):
        O.plain(2 + i, 1, N[sid][2021])
        O.plain(2 + i, 2, V[sid][2021][0])
    AG.sheet_doc(f, "Sheet3 (lama)", "HIDDEN leftover with 2021 names and targets: not key rows")
    AG.save(wb, f)


# ---------------------------------------------------------------- 2023 (two rows per indicator) + 2024 side by side (.xlsx)
def pk2023(wb, f):
    ws = wb.active
    ws.title = "PK 2023"
    S = Sheet(ws)
    S.widths({"A": 5, "B": 24, "C": 42, "D": 10, "E": 11, "F": 14, "G": 14, "H": 14, "I": 14, "J": 16,
              "K": 11, "L": 20})
    S.title(1, 1, 12, "PENGUKURAN KINERJA TAHUN 2023")
    S.title(2, 1, 12, "UPTD PENGELOLAAN PASAR DINAS PERDAGANGAN KABUPATEN MUARA JELITA")
    for c, t in [(1, "No"), (2, "Sasaran"), (3, "Indikator Kinerja"), (4, "Satuan"), (5, "Uraian"),
                 (10, "Tahunan"), (11, "Capaian (%)"), (12, "Ket.")]:
        S.h(4, c, t)
        S.m(4, c, 5, c)
    S.h(4, 6, "Triwulan")
    S.m(4, 6, 4, 9)
    for i, t in enumerate(["I", "II", "III", "IV"]):
        S.h(5, 6 + i, t)
    notes = AG.sheet_doc(
        f, "PK 2023", "key sheet (2023); UNUSUAL LAYOUT: every indicator takes two rows",
        header="rows 4-5 (Triwulan merged over I-IV)",
        columns="A No | B Sasaran (merged) | C Indikator Kinerja (merged over its two rows) | D Satuan | "
                "E Uraian ('Target' on the first row, 'Realisasi' on the second) | F-I TW I-IV | J Tahunan "
                "(typed target on the Target row; =SUM(F:I) for flows or =I for levels on the Realisasi row) | "
                "K Capaian (%) (merged) | L Ket. Key: target = J of the first row, realisasi = J of the second; "
                "'row' is the first row of the pair.")
    year = 2023
    r = 6
    no = 0
    for sas, ids in groups(year):
        sstart = r
        for sid in ids:
            T, R = V[sid][year]
            name = N[sid][year]
            no += 1
            flow = sid in FLOW
            qt, qr = quarters(sid, year, T, R, flow)
            if sid == "M08":
                qt, qr = [0, 0, 1, 1], ["-", "-", 1, 1]
            if sid == "M11":
                qt, qr = [0, 0, 0, 0], ["-", "-", "-", "-"]
            if sid == "M07":
                qt, qr = [8] * 4, [8] * 4
            if sid == "M21":
                qt, qr = [2, 3, 3, 4], [3, 4, 5, 5]
            if sid == "M19":
                qt, qr = [1, 2, 1, 2], [1, 2, 1, 2]
            if sid == "M14":
                qt, qr = ["-", "-", "-", 75], ["-", "-", "-", 78.5]
            S.c(r, 1, no, al="center")
            S.c(r, 3, name)
            S.c(r, 4, U[sid], al="center")
            S.c(r, 5, "Target")
            S.c(r + 1, 5, "Realisasi")
            for i in range(4):
                S.c(r, 6 + i, qt[i], fmt=fmt_of(sid, qt[i]), al="right")
                S.c(r + 1, 6 + i, qr[i], fmt=fmt_of(sid, qr[i]), al="right")
            tcell, tkey, rkey = T, T, R
            if sid == "M20":
                tcell = tkey = 95000
                notes.append("rows %d-%d (M20): annual target typed 10x, J%d = 95.000 (quarters say 9.500); "
                             "key 95000; capaian 10,33." % (r, r + 1, r))
            S.c(r, 10, tcell, fmt=nfmt(sid, T))
            if sid == "M03":
                S.c(r + 1, 10, "2.587 org", al="right")
                notes.append("rows %d-%d (M03): realisasi Tahunan typed as text '2.587 org' in J%d (key 2587); "
                             "the capaian formula over it gives #VALUE!." % (r, r + 1, r + 1))
            elif flow:
                S.c(r + 1, 10, "=SUM(F{0}:I{0})".format(r + 1), fmt=nfmt(sid, R))
            else:
                S.c(r + 1, 10, "=I%d" % (r + 1), fmt=nfmt(sid, R))
            cap = "=ROUND(J{1}/J{0}*100,2)".format(r, r + 1)
            if sid == "M16":
                cap = "=ROUND((2*J{0}-J{1})/J{0}*100,2)".format(r, r + 1)
                notes.append("rows %d-%d (M16, negative): capaian (2T-R)/T = 93,33 (right)." % (r, r + 1))
            if sid == "M12":
                notes.append("rows %d-%d (M12, negative): capaian uses the positive formula = 103,33 "
                             "((2T-R)/T = 96,67)." % (r, r + 1))
            if sid == "M06":
                cap = "=ROUND(J{1}/J{0}*100,2)".format(r - 2, r - 1)
                notes.append("rows %d-%d (M06): capaian K%d points at the M05 pair above (=J%d/J%d): 101,44 "
                             "instead of 98,94." % (r, r + 1, r, r - 1, r - 2))
            if sid == "M11":
                cap = "-"
                notes.append("rows %d-%d (M11): target 0, realisasi 0, capaian typed '-'." % (r, r + 1))
            S.c(r, 11, cap, fmt=FMT_CAP)
            S.c(r, 12, None)
            for c in (1, 3, 4, 11, 12):
                S.m(r, c, r + 1, c)
            AG.key(f, "PK 2023", r, 3, year, name, sid, tkey, rkey, {"cell": A(r, 10)}, {"cell": A(r + 1, 10)})
            r += 2
        S.c(sstart, 2, sas, valign="top")
        S.m(sstart, 2, r - 1, 2)
    AG.docs[f]["sheets"][-1]["data_rows"] = "6-%d (21 indicators x 2 rows)" % (r - 1)
    notes.append("M08 TW I-II realisasi '-' (works done in TW III-IV); M14 is a score this year (75 / 78,5).")
    sg = r + 2
    for i, t in enumerate(["Muara Jelita, 12 Januari 2024", "Kepala UPTD Pengelolaan Pasar", "", "", "",
                           "HERLINA SITUMEANG, S.E.", "NIP. 19790823 200501 2 004"]):
        S.plain(sg + i, 9, t, al="center", b=(i == 5))


def pk2024(wb, f):
    ws = wb.create_sheet("PK 2024")
    S = Sheet(ws)
    S.widths({"A": 5, "B": 44, "C": 11, "D": 15, "E": 15, "F": 11, "G": 15, "H": 15, "I": 11, "J": 15, "K": 22})
    S.title(1, 1, 11, "PENGUKURAN KINERJA TAHUN 2024 DAN PERBANDINGAN DENGAN TAHUN 2023")
    S.title(2, 1, 11, "UPTD PENGELOLAAN PASAR DINAS PERDAGANGAN KABUPATEN MUARA JELITA")
    for c, t in [(1, "No"), (2, "Indikator Kinerja"), (3, "Satuan"), (10, "Kenaikan / Penurunan Realisasi"),
                 (11, "Ket.")]:
        S.h(4, c, t)
        S.m(4, c, 5, c)
    S.h(4, 4, "Tahun 2023")
    S.m(4, 4, 4, 6)
    S.h(4, 7, "Tahun 2024")
    S.m(4, 7, 4, 9)
    for i, t in enumerate(["Target", "Realisasi", "Capaian (%)"] * 2):
        S.h(5, 4 + i, t)
    notes = AG.sheet_doc(
        f, "PK 2024", "key sheet (2024); two years side by side, only 2024 is keyed",
        header="rows 4-5 (Tahun 2023 and Tahun 2024 each merged over Target / Realisasi / Capaian)",
        columns="A No | B Indikator Kinerja | C Satuan | D-F 2023 target / realisasi / capaian | G-I 2024 "
                "target / realisasi / capaian | J Kenaikan / Penurunan (=H-E) | K Ket. Sasaran are full-width "
                "group rows. Key: G / H.")
    year = 2024
    r = 6
    no = 0
    for sno, (sas, ids) in enumerate(groups(year), 1):
        S.c(r, 1, "Sasaran %d: %s" % (sno, sas), b=True, fill=GFILL)
        S.m(r, 1, r, 11)
        notes.append("row %d: sasaran group row (not a key row)." % r)
        r += 1
        for sid in ids:
            T, R = V[sid][year]
            name = N[sid][year]
            no += 1
            S.c(r, 1, no, al="center")
            S.c(r, 2, name)
            S.c(r, 3, U[sid], al="center")
            if sid in ("M10b", "M17b"):
                pT = pR = "-"
            else:
                pT, pR = V[sid][2023]
            if sid == "M01":
                pR = 2013455000
                notes.append("row %d (M01): the 2023 realisasi here (2.013.455.000, 'audited') differs from "
                             "PK 2023 (2.011.870.000); only 2024 is keyed." % r)
            S.c(r, 4, pT, fmt=fmt_of(sid, pT), al="right")
            S.c(r, 5, pR, fmt=fmt_of(sid, pR), al="right")
            if isinstance(pR, str):
                S.c(r, 6, "-", al="right")
            elif sid in ("M12", "M16"):
                S.c(r, 6, "=ROUND((2*D{0}-E{0})/D{0}*100,2)".format(r), fmt=FMT_CAP)
            else:
                S.c(r, 6, "=ROUND(E{0}/D{0}*100,2)".format(r), fmt=FMT_CAP)
            gcell, hcell, tkey, rkey = T, R, T, R
            cap = "=ROUND(H{0}/G{0}*100,2)".format(r)
            if sid == "M18":
                gcell = ">= 82"
                cap = 102.32
                notes.append("row %d (M18): target '>= 82' (key 82); capaian typed 102,32." % r)
            if sid == "M05":
                hcell = "93,05 %"
                cap = 101.14
                notes.append("row %d (M05): realisasi typed as text '93,05 %%' (key 93.05); capaian typed "
                             "101,14 (right)." % r)
            if sid == "M04":
                cap = 96.25
                notes.append("row %d (M04): typed capaian 96,25 disagrees with 69/80 = 86,25." % r)
            if sid == "M12":
                cap = "=ROUND((2*G{0}-H{0})/G{0}*100,2)".format(r)
                notes.append("row %d (M12, negative): (2T-R)/T = 128 (right)." % r)
            if sid == "M16":
                cap = "=ROUND(G{0}/H{0}*100,2)".format(r)
                notes.append("row %d (M16, negative): capaian uses target/realisasi = 111,11 while M12 uses "
                             "(2T-R)/T (two negative formulas in one table)." % r)
            if sid in ("M10b", "M17b"):
                notes.append("row %d (%s): new name this year, 2023 columns '-' (ambiguous with %s)."
                             % (r, sid, sid[:3]))
            S.c(r, 7, gcell, fmt=fmt_of(sid, gcell), al="right")
            S.c(r, 8, hcell, fmt=fmt_of(sid, hcell), al="right")
            S.c(r, 9, cap, fmt=FMT_CAP)
            if isinstance(pR, str) or isinstance(hcell, str):
                S.c(r, 10, "-", al="right")
            else:
                S.c(r, 10, "=H{0}-E{0}".format(r), fmt=nfmt(sid, R))
            S.c(r, 11, None)
            AG.key(f, "PK 2024", r, 2, year, name, sid, tkey, rkey, {"cell": A(r, 7)}, {"cell": A(r, 8)})
            r += 1
    AG.docs[f]["sheets"][-1]["data_rows"] = "6-%d (4 sasaran group rows, 20 indicators)" % (r - 1)
    notes.append("M04's name has a double space ('Jumlah  pedagang baru'); M07 adds '(Kab. Muara Jelita)'.")
    notes.append("M10b (ton) replaces M10 (m3); M17b (PKL direlokasi ke dalam pasar) replaces M17 (PKL ditata); "
                 "M11 (kebakaran) is dropped in 2024.")
    sg = r + 2
    for i, t in enumerate(["Muara Jelita, 15 Januari 2025", "Kepala UPTD Pengelolaan Pasar", "", "", "",
                           "RAHMAT HIDAYAT NASUTION, S.STP", "NIP. 19860302 200801 1 003"]):
        S.plain(sg + i, 8, t, al="center", b=(i == 5))


def wb2023_2024():
    f = "PK UPTD PASAR 2023-2024.xlsx"
    wb = AG.new_file(f, "Two years in one workbook: 'PK 2023' puts every indicator on two rows (Target / "
                        "Realisasi) with quarters across; 'PK 2024' compares 2023 and 2024 side by side; "
                        "'Rekap' averages the capaian.")
    pk2023(wb, f)
    pk2024(wb, f)
    wr = wb.create_sheet("Rekap")
    R = Sheet(wr)
    R.widths({"A": 10, "B": 22, "C": 18})
    for i, t in enumerate(["Tahun", "Rata-rata capaian (%)", "Predikat"]):
        R.h(1, i + 1, t)
    R.c(2, 1, 2023)
    R.c(2, 2, "=ROUND(AVERAGE('PK 2023'!K6:K47),2)", fmt=FMT_CAP)
    R.c(2, 3, "Sangat Tinggi")
    R.c(3, 1, 2024)
    R.c(3, 2, "=ROUND(AVERAGE('PK 2024'!I6:I30),2)", fmt=FMT_CAP)
    R.c(3, 3, "Sangat Tinggi")
    AG.sheet_doc(f, "Rekap", "averages of the capaian columns per year (not key rows)")
    AG.save(wb, f)


if __name__ == "__main__":
    e81_2021()
    renaksi2022()
    wb2023_2024()
    AG.dump()
    print(SLUG, len(AG.rows))
