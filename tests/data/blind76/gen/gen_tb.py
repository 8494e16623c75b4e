"""UPTD Taman Budaya Provinsi Nusa Kencana (invented), Dinas Kebudayaan, 2021-2024.

2021  Permendagri 86 evaluation form E.81, TW IV (.xlsx): K/Rp pairs, columns numbered
      1..16 with 13 = 9+10+11+12, 14 = 7+13, 15 = 14/6 x 100 as formulas; programme / kegiatan /
      sub kegiatan rows each carrying indicators; one column-13 cell typed over with 0, one formula
      that leaves TW IV out, "Nilai akhir" and AVERAGE formulas for the percentages and the IKM.
2022  PK turned over (.ods, sheet 1): indicators across in columns, names with line breaks,
      Sasaran merged across their indicator columns, Target / Realisasi / Capaian rows.
2023  Rencana Aksi in Bone-style blocks (.ods, sheet 2): each indicator a 5-line block
      (Target Tahunan, TW 1 (B03) .. TW 4 (B12)) with the name merged over the block.
2024  LKjIP Tabel 3.2 (.xls) laid out years across (2021..2024) with Target / Realisasi /
      Capaian rows under each indicator; the table pasted a second time below the signature.
"""
from openpyxl import Workbook

from lib import (Agency, BAND_FILL, FMT_DEC1, FMT_DEC2, FMT_INT, FMT_PCT0, FMT_RP, HEAD_FILL,
                 merge, put, signature, text, widths)
from openpyxl.utils import get_column_letter

A = Agency("uptd_taman_budaya_nusa_kencana",
           "UPTD Taman Budaya Provinsi Nusa Kencana, Dinas Kebudayaan Provinsi Nusa Kencana",
           [2021, 2022, 2023, 2024])
A.ambiguous = [["T03", "T03b"]]
A.flow = ["T01", "T02", "T03", "T03b", "T05", "T06", "T08", "T09", "T10", "T13", "T14", "T15",
          "T16", "T17", "T18", "T19", "T20"]
A.level = ["T04", "T07", "T11", "T12", "T21"]

KEPALA = ("Drs. I MADE ARYA WIGUNA, M.Sn", "Pembina Tk. I (IV/b)", "NIP. 19700815 199803 1 006")
KADIS = ("Dr. Hj. RAHMAWATI DAENG MASIKI, M.Si", "Pembina Utama Muda (IV/c)",
         "NIP. 19680402 199303 2 008")

S1 = "Meningkatnya apresiasi masyarakat terhadap seni budaya"
S2 = "Meningkatnya kualitas pelaku dan lembaga seni"
S3 = "Meningkatnya pemanfaatan dan kualitas layanan fasilitas kesenian"
S4 = "Terdokumentasinya karya seni dan meluasnya jejaring kesenian"
S5 = "Meningkatnya akuntabilitas kinerja UPTD"


def numfmt(v):
    if isinstance(v, float):
        return FMT_DEC2 if round(v, 1) != v else FMT_DEC1
    if isinstance(v, int) and abs(v) >= 1000:
        return FMT_INT
    return None


# ---------------------------------------------------------------------------------------- 2021
def y2021():
    fname = "Evaluasi_Renja_E81_Taman_Budaya_TW_IV_2021.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "E.81 TW IV 2021"
    widths(ws, {"A": 5, "B": 22, "C": 30, "D": 38, "E": 9, "Z": 18})
    for i in range(6, 26):
        ws.column_dimensions[get_column_letter(i)].width = 11 if i % 2 == 0 else 14
    text(ws, "A1", "Formulir E.81", italic=True)
    text(ws, "A2", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", bold=True)
    text(ws, "A3", "UPTD TAMAN BUDAYA PROVINSI NUSA KENCANA", bold=True)
    text(ws, "A4", "Periode Pelaksanaan : Triwulan IV Tahun Anggaran 2021")
    h = dict(bold=True, h="center", fill=HEAD_FILL)
    merge(ws, "A6:A7", "No", **h)
    merge(ws, "B6:B7", "Sasaran", **h)
    merge(ws, "C6:C7", "Program / Kegiatan / Sub Kegiatan", **h)
    merge(ws, "D6:D7", "Indikator Kinerja Program (Outcome) / Kegiatan (Output)", **h)
    merge(ws, "E6:E7", "Satuan", **h)
    merge(ws, "F6:G7", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", **h)
    merge(ws, "H6:I7", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu "
                       "(2020)", **h)
    merge(ws, "J6:K7", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang "
                       "Dievaluasi", **h)
    merge(ws, "L6:S6", "Realisasi Kinerja Pada Triwulan", **h)
    for c, v in zip(["L7:M7", "N7:O7", "P7:Q7", "R7:S7"], ["I", "II", "III", "IV"]):
        merge(ws, c, v, **h)
    merge(ws, "T6:U7", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", **h)
    merge(ws, "V6:W7", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021", **h)
    merge(ws, "X6:Y7", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun "
                       "2021 (%)", **h)
    merge(ws, "Z6:Z7", "Unit PD Penanggung Jawab", **h)
    nums = [("A8", "1"), ("B8", "2"), ("C8", "3"), ("D8", "4"), ("E8", "5"), ("F8:G8", "6"),
            ("H8:I8", "7"), ("J8:K8", "8"), ("L8:M8", "9"), ("N8:O8", "10"), ("P8:Q8", "11"),
            ("R8:S8", "12"), ("T8:U8", "13 = 9+10+11+12"), ("V8:W8", "14 = 7+13"),
            ("X8:Y8", "15 = 14/6 x 100"), ("Z8", "16")]
    for ref, v in nums:
        if ":" in ref:
            merge(ws, ref, v, h="center", italic=True)
        else:
            put(ws, ref, v, h="center", italic=True)
    for i in range(6, 26, 2):
        put(ws, "%s9" % get_column_letter(i), "K", h="center", bold=True)
        put(ws, "%s9" % get_column_letter(i + 1), "Rp.", h="center", bold=True)
    merge(ws, "A10:Z10", "Perangkat Daerah : UPTD Taman Budaya Provinsi Nusa Kencana", bold=True)

    # level rows: (kind, name of prog/keg/subkeg, budget tuple or None, indicators)
    # indicator: id, name, unit, renstra K, real-lalu K, target K, [TW K], col13 spec
    #   col13: "sum" formula, "sum3" (TW IV left out), "zero" (typed over), "last", "avg", text
    PROGS = [
        ("PROGRAM PENGEMBANGAN KEBUDAYAAN", S1, (5200000000, 1032500000, 1085000000,
                                                [180450000, 265300000, 301800000, 297250000]), [
            ("T16", "Jumlah seni tradisi yang direvitalisasi", "jenis", 20, 2, 3, [0, 1, 0, 1],
             "sum"),
            ("T03", "Jumlah pengunjung Taman Budaya", "orang", 50000, 12800, 25000,
             [1250, 2980, 4870, 5250], "sum"),
        ], [
            ("Pengelolaan Kesenian Tradisional", (2150000000, 395000000, 420000000,
                                                  [70250000, 101500000, 118000000, 121600000]), [
                ("T04", "Jumlah sanggar seni yang dibina", "sanggar", 90, 55, 60,
                 [15, 18, 14, 15], "sum"),
            ], [
                ("Pembinaan Kesenian yang Masyarakat Pelakunya Lintas Daerah Kabupaten/Kota",
                 (950000000, 175000000, 185000000, [30000000, 45250000, 52500000, 51750000]), [
                     ("T06", "Jumlah seniman dan budayawan yang dibina", "orang", 450, 210, 300,
                      [40, 65, 70, 70], "sum"),
                     ("T18", "Jumlah generasi muda yang dilatih seni tradisi", "orang", 300, 90,
                      150, [20, 30, 35, 35], "sum"),
                 ]),
                ("Penyelenggaraan Pergelaran, Pameran dan Festival Seni",
                 (1200000000, 220000000, 235000000, [40250000, 56250000, 65500000, 69850000]), [
                     ("T01", "Jumlah pergelaran seni pertunjukan yang difasilitasi", "kali", 48,
                      12, 24, [3, 4, 5, 6], "sum3"),
                     ("T02", "Jumlah pameran seni rupa", "kali", 10, 2, 4, [0, 1, 1, 1], "sum"),
                     ("T09", "Jumlah festival seni budaya yang diselenggarakan", "kali", 5, 0, 2,
                      [0, 0, 1, 0], "sum"),
                     ("T10", "Jumlah peserta festival", "orang", 2000, 0, 800, [0, 0, 420, 0],
                      "sum"),
                     ("T20", "Jumlah misi kesenian ke luar daerah", "kali", 5, 0, 2,
                      [0, 0, 0, 0], "sum"),
                 ]),
            ]),
            ("Dokumentasi dan Publikasi Karya Seni", (3050000000, 637500000, 665000000,
                                                      [110200000, 163800000, 183800000,
                                                       175650000]), [], [
                ("Dokumentasi dan Publikasi Karya Seni Pertunjukan dan Seni Rupa",
                 (3050000000, 637500000, 665000000, [110200000, 163800000, 183800000,
                                                     175650000]), [
                     ("T13", "Jumlah karya seni yang didokumentasikan", "karya", 60, 25, 40,
                      [8, 9, 10, 9], "sum"),
                     ("T14", "Jumlah karya seni yang dipublikasikan", "karya", 40, 12, 20,
                      [4, 6, 6, 6], "sum"),
                 ]),
            ]),
        ]),
        ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", S3,
         (3400000000, 640000000, 705000000, [150300000, 171900000, 180650000, 189350000]), [
             ("T21", "Nilai SAKIP UPTD", "predikat", "A", "B", "B", ["-", "-", "-", "B"],
              "grade"),
             ("T12", "Indeks Kepuasan Masyarakat (IKM)", "indeks", 85, 77.5, 78,
              [None, 79.84, None, 80.4], "avg"),
         ], [
             ("Pengelolaan Sarana dan Prasarana UPTD Taman Budaya",
              (3400000000, 640000000, 705000000, [150300000, 171900000, 180650000, 189350000]), [
                  ("T07", "Persentase pemanfaatan fasilitas gedung kesenian", "%", 75, 41.2, 60,
                   [35.0, 42.5, 46.0, 48.5], "last"),
                  ("T11", "Persentase fasilitas gedung kesenian dalam kondisi baik", "%", 90, 72,
                   80, [72, 73, 75, 75], "last"),
              ], [
                  ("Pemeliharaan dan Pemanfaatan Gedung Kesenian",
                   (3400000000, 640000000, 705000000, [150300000, 171900000, 180650000,
                                                       189350000]), [
                       ("T08", "Jumlah hari pemakaian gedung kesenian", "hari", 250, 95, 180,
                        [28, 35, 41, 38], "zero"),
                       ("T19", "Pendapatan sewa gedung kesenian", "Rupiah", 250000000, 62400000,
                        150000000, [12500000, 21000000, 28750000, 34250000], "sum"),
                   ]),
              ]),
         ]),
    ]

    r = 11
    state = {"no": 1}

    def budget(r0, b):
        ren, lalu, tgt, tw = b
        put(ws, "G%d" % r0, ren, fmt=FMT_INT)
        put(ws, "I%d" % r0, lalu, fmt=FMT_INT)
        put(ws, "K%d" % r0, tgt, fmt=FMT_INT)
        for c, v in zip("MOQS", tw):
            put(ws, "%s%d" % (c, r0), v, fmt=FMT_INT)
        put(ws, "U%d" % r0, "=M%d+O%d+Q%d+S%d" % (r0, r0, r0, r0), fmt=FMT_INT)
        put(ws, "W%d" % r0, "=I%d+U%d" % (r0, r0), fmt=FMT_INT)
        put(ws, "Y%d" % r0, "=IFERROR(W%d/G%d*100,0)" % (r0, r0), fmt=FMT_DEC2)

    def indicator_rows(r0, label, b, inds, unit_pd):
        """Write one programme / kegiatan / sub kegiatan with its indicators; return next row."""
        n = max(1, len(inds))
        put(ws, "A%d" % r0, state["no"], h="center")
        state["no"] += 1
        if n > 1:
            merge(ws, "C%d:C%d" % (r0, r0 + n - 1), label, v="top",
                  bold=label.isupper())
        else:
            put(ws, "C%d" % r0, label, v="top", bold=label.isupper())
        budget(r0, b)
        for k, ind in enumerate(inds):
            rr = r0 + k
            iid, name, unit, ren, lalu, tgt, tw, c13 = ind
            put(ws, "D%d" % rr, name)
            put(ws, "E%d" % rr, unit, h="center")
            put(ws, "F%d" % rr, ren, fmt=numfmt(ren), h="right")
            put(ws, "H%d" % rr, lalu, fmt=numfmt(lalu), h="right")
            put(ws, "J%d" % rr, tgt, fmt=numfmt(tgt), h="right")
            for c, v in zip("LNPR", tw):
                put(ws, "%s%d" % (c, rr), v, fmt=numfmt(v), h="right")
            if c13 == "sum":
                f = "=L%d+N%d+P%d+R%d" % (rr, rr, rr, rr)
                val = sum(v for v in tw if isinstance(v, (int, float)))
            elif c13 == "sum3":       # wrong formula: TW IV left out
                f = "=L%d+N%d+P%d" % (rr, rr, rr)
                val = sum(tw[:3])
            elif c13 == "zero":       # computed column typed over
                f = 0
                val = 0
            elif c13 == "last":       # "Nilai akhir": the TW IV value
                f = "=R%d" % rr
                val = tw[3]
            elif c13 == "avg":
                f = "=AVERAGE(L%d,N%d,P%d,R%d)" % (rr, rr, rr, rr)
                nums = [v for v in tw if isinstance(v, (int, float))]
                val = sum(nums) / len(nums)
            elif c13 == "grade":
                f = "B"
                val = None
            put(ws, "T%d" % rr, f, fmt=FMT_DEC2 if c13 in ("avg", "last") else None, h="right")
            if c13 == "grade":
                put(ws, "V%d" % rr, "B", h="right")
                put(ws, "X%d" % rr, "-", h="center")
                tkey = None
            else:
                put(ws, "V%d" % rr, "=H%d+T%d" % (rr, rr), fmt=numfmt(lalu), h="right")
                put(ws, "X%d" % rr, "=IFERROR(V%d/F%d*100,0)" % (rr, rr), fmt=FMT_DEC2,
                    h="right")
                tkey = tgt
            put(ws, "Z%d" % rr, unit_pd)
            A.key(fname, ws, "D%d" % rr, 2021, iid, tkey, val, ("cell", ["J%d" % rr]),
                  ("cell", ["T%d" % rr]))
        return r0 + n

    for (pname, sas, pb, pinds, kegs) in PROGS:
        first = r
        r = indicator_rows(r, pname, pb, pinds, "Kepala UPTD")
        for (kname, kb, kinds, subs) in kegs:
            if kinds:
                r = indicator_rows(r, kname, kb, kinds, "Kepala UPTD")
            else:
                # kegiatan row without an indicator of its own (budget only)
                put(ws, "A%d" % r, state["no"], h="center")
                state["no"] += 1
                put(ws, "C%d" % r, kname)
                budget(r, kb)
                r += 1
            for (sname, sb, sinds) in subs:
                unit_pd = "Seksi Pengembangan Seni" if sas == S1 else "Subbag Tata Usaha"
                r = indicator_rows(r, sname, sb, sinds, unit_pd)
        merge(ws, "B%d:B%d" % (first, r - 1), sas, v="top")

    put(ws, "D%d" % r, "Rata-rata capaian kinerja (%)", bold=True)
    put(ws, "X%d" % r, "=AVERAGE(X11:X%d)" % (r - 1), fmt=FMT_DEC2)
    put(ws, "Y%d" % r, "=AVERAGE(Y11:Y%d)" % (r - 1), fmt=FMT_DEC2)
    put(ws, "D%d" % (r + 1), "Predikat kinerja", bold=True)
    put(ws, "X%d" % (r + 1), "Sedang")
    put(ws, "Y%d" % (r + 1), "Rendah")
    rr = r + 3
    for i, line in enumerate([
        "Faktor pendorong keberhasilan pencapaian : dukungan komunitas seni dan sanggar binaan.",
        "Faktor penghambat pencapaian kinerja : pembatasan kegiatan masyarakat (PPKM) hingga "
        "Triwulan III; festival dan misi kesenian ditunda.",
        "Tindak lanjut yang diperlukan dalam triwulan berikutnya : pergelaran daring dan hibrida.",
        "Tindak lanjut yang diperlukan dalam Renja PD berikutnya : penyesuaian target pengunjung.",
    ]):
        text(ws, "B%d" % (rr + i), line)
    rr += 6
    text(ws, "C%d" % rr, "Disusun")
    text(ws, "T%d" % rr, "Dievaluasi")
    signature(ws, rr + 1, "C", "Bandar Kencana, 14 Januari 2022",
              "Kepala UPTD Taman Budaya", *KEPALA)
    signature(ws, rr + 1, "T", "Bandar Kencana, 20 Januari 2022",
              "Kepala Dinas Kebudayaan Provinsi Nusa Kencana", *KADIS)
    return wb, fname


# ---------------------------------------------------------------------------------------- 2022
def sheet2022(wb, fname):
    ws = wb.active
    ws.title = "PK 2022"
    widths(ws, {"A": 12, "B": 14})
    text(ws, "A1", "PENGUKURAN KINERJA TAHUN 2022", bold=True)
    text(ws, "A2", "UPTD TAMAN BUDAYA PROVINSI NUSA KENCANA", bold=True)
    text(ws, "A3", "Dinas Kebudayaan Provinsi Nusa Kencana")
    h = dict(bold=True, h="center", fill=HEAD_FILL)
    merge(ws, "A5:B5", "Sasaran Strategis", **h)
    merge(ws, "A6:B6", "Indikator Kinerja", **h)
    merge(ws, "A7:B7", "Satuan", **h)
    merge(ws, "A8:A10", "Tahun 2022", **h)
    put(ws, "B8", "Target", bold=True)
    put(ws, "B9", "Realisasi", bold=True)
    put(ws, "B10", "Capaian (%)", bold=True)
    merge(ws, "A11:B11", "Penanggung Jawab", **h)
    ws.row_dimensions[6].height = 75
    # id, name, unit, target (cell,key,fmt), realisasi (cell,key,fmt), pj
    G = [
        (S1, [
            ("T01", "Jumlah Pergelaran\nSeni Pertunjukan", "kali", (30, 30, None),
             (33, 33, None)),
            ("T02", "Jumlah Pameran\nSeni Rupa", "kali", (6, 6, None), (6, 6, None)),
            ("T03", "Jumlah Pengunjung\nTaman Budaya", "orang", (30000, 30000, FMT_INT),
             ("31.240 orang", 31240, None)),
            ("T09", "Jumlah Festival\nSeni Budaya", "kali", (3, 3, None), (3, 3, None)),
            ("T10", "Jumlah Peserta\nFestival Seni", "orang", (1000, 1000, FMT_INT),
             (1145, 1145, FMT_INT)),
        ]),
        (S2, [
            ("T04", "Jumlah Sanggar Seni\nyang Dibina", "sanggar", (65, 65, None), (66, 66, None)),
            ("T05", "Jumlah Sanggar\nBinaan Baru", "sanggar", (5, 5, None), (4, 4, None)),
            ("T06", "Jumlah Seniman\nyang Dibina", "orang", (350, 350, None), (362, 362, None)),
            ("T18", "Jumlah Generasi Muda yang Dilatih Seni Tradisi", "orang", (200, 200, None),
             (215, 215, None)),
            ("T16", "Jumlah Seni Tradisi yang Direvitalisasi", "jenis", (3, 3, None),
             (3, 3, None)),
        ]),
        (S3, [
            # realisasi typed as a fraction in a plain cell (0,78 for 78 %)
            ("T07", "Prosentase Pemanfaatan\nGedung Kesenian", "%", (65, 65, None),
             (0.78, 0.78, FMT_DEC2)),
            ("T08", "Jumlah Hari Pemanfaatan\nGedung Kesenian", "hari", (200, 200, None),
             (228, 228, None)),
            ("T11", "Persentase Fasilitas Gedung Kesenian Kondisi Baik", "%",
             (0.80, 80, FMT_PCT0), (0.82, 82, FMT_PCT0)),
            ("T12", "Nilai IKM", "indeks", ("80 - 82", 80, None), (81.4, 81.4, FMT_DEC2)),
            ("T19", "Pendapatan Retribusi\nPemakaian Gedung", "Rupiah",
             (175000000, 175000000, FMT_RP), (188250000, 188250000, FMT_RP)),
        ]),
        (S4, [
            ("T13", "Jumlah Karya Seni Terdokumentasi", "karya", (45, 45, None), (47, 47, None)),
            ("T14", "Jumlah Karya Seni yang Dipublikasikan", "karya", (25, 25, None),
             (25, 25, None)),
            ("T17", "Jumlah Kerja Sama Kesenian dengan Pihak Ketiga", "naskah", (4, 4, None),
             (5, 5, None)),
            ("T20", "Jumlah Misi Kesenian ke Luar Daerah", "kali", (3, 3, None), (2, 2, None)),
        ]),
    ]
    c = 3
    for sas, inds in G:
        c0 = c
        for (iid, name, unit, (tc, tk, tf), (rc, rk, rf)) in inds:
            L = get_column_letter(c)
            ws.column_dimensions[L].width = 15
            put(ws, "%s6" % L, name, bold=True, h="center")
            put(ws, "%s7" % L, unit, h="center")
            put(ws, "%s8" % L, tc, fmt=tf, h="right")
            put(ws, "%s9" % L, rc, fmt=rf, h="right")
            if isinstance(rc, str) or isinstance(tc, str):
                put(ws, "%s10" % L, round(rk / tk * 100, 2), fmt=FMT_DEC2, h="right")
            else:
                put(ws, "%s10" % L, "=IFERROR(%s9/%s8*100,\"-\")" % (L, L), fmt=FMT_DEC2,
                    h="right")
            put(ws, "%s11" % L, "Seksi Pengembangan" if sas in (S1, S2) else "Subbag TU",
                h="center")
            A.key(fname, ws, "%s6" % L, 2022, iid, tk, rk, ("cell", ["%s8" % L]),
                  ("cell", ["%s9" % L]), with_col=True)
            c += 1
        merge(ws, "%s5:%s5" % (get_column_letter(c0), get_column_letter(c - 1)), sas, bold=True,
              h="center", fill=BAND_FILL)
    text(ws, "A13", "Catatan: tabel disajikan mendatar (indikator pada kolom) mengikuti format "
                    "papan informasi UPTD.", italic=True)
    text(ws, "A14", "Jumlah Anggaran UPTD Tahun 2022 : Rp 2.315.400.000,-   Realisasi : "
                    "Rp 2.198.761.450,- (94,96 %)")
    signature(ws, 16, "P", "Bandar Kencana, 13 Januari 2023", "Kepala UPTD Taman Budaya",
              *KEPALA)


# ---------------------------------------------------------------------------------------- 2023
def sheet2023(wb, fname):
    ws = wb.create_sheet("Renaksi 2023")
    widths(ws, {"A": 5, "B": 24, "C": 34, "D": 16, "E": 15, "F": 16, "G": 9, "H": 20})
    text(ws, "A1", "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", bold=True)
    text(ws, "A2", "UPTD TAMAN BUDAYA PROVINSI NUSA KENCANA", bold=True)
    text(ws, "A3", "TAHUN ANGGARAN 2023", bold=True)
    h = dict(bold=True, h="center", fill=HEAD_FILL)
    merge(ws, "A5:A6", "NO", **h)
    merge(ws, "B5:B6", "SASARAN STRATEGIS", **h)
    merge(ws, "C5:C6", "INDIKATOR SASARAN", **h)
    merge(ws, "D5:G5", "KRITERIA KEBERHASILAN SASARAN (TARGET TAHUNAN & TRIWULAN)", **h)
    put(ws, "D6", "", **h)
    put(ws, "E6", "TARGET", **h)
    put(ws, "F6", "REALISASI KINERJA", **h)
    put(ws, "G6", "%", **h)
    merge(ws, "H5:H6", "UNIT KERJA PENANGGUNG JAWAB", **h)
    for i, c in enumerate("ABCDEFGH"):
        put(ws, "%s7" % c, str(i + 1), h="center", italic=True)
    LBL = ["Target Tahunan :", "TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :"]
    # id, name, target (cell, key), q-targets, q-realisasi (cell values), q-real keys, flow, pj
    G = [
        (S1, "Seksi Pengembangan Seni", [
            ("T01", "Jumlah pergelaran/pementasan seni yang diselenggarakan", (36, 36),
             [6, 10, 10, 10], [7, 11, 9, 11], None, True),
            ("T02", "Jumlah pameran seni rupa yang diselenggarakan", (6, 6), [1, 2, 2, 1],
             [1, 2, 3, 1], None, True),
            ("T03b", "Jumlah penonton/pengunjung kegiatan seni di Taman Budaya",
             ("40.000 orang", 40000), [8000, 10000, 12000, 10000], [8450, 10230, 12875, 11060],
             None, True),
            ("T09", "Jumlah festival seni budaya daerah", (3, 3), ["-", 1, 1, 1], ["-", 1, 1, 1],
             None, True),
            ("T10", "Jumlah peserta festival seni budaya (orang)", (1200, 1200),
             ["-", 400, 400, 400], ["-", 385, 470, 455], None, True),
        ]),
        (S2, "Seksi Pengembangan Seni", [
            ("T04", "Jumlah sanggar seni binaan (total)", (70, 70), [66, 68, 69, 70],
             [66, 68, 70, 71], None, False),
            ("T05", "Jumlah sanggar seni binaan baru", (5, 5), [1, 2, 1, 1], [1, 2, 2, 0], None,
             True),
            ("T06", "Jumlah seniman/pelaku seni yang dibina", (400, 400), [100, 100, 100, 100],
             [96, 112, 104, 103], None, True),
            ("T18", "Jumlah generasi muda dilatih seni tradisi (orang)", (220, 220),
             [50, 60, 60, 50], [48, 66, 64, 58], None, True),
            ("T16", "Jumlah kesenian tradisional yang direvitalisasi", (4, 4), [1, 1, 1, 1],
             [1, 1, 1, 1], None, True),
        ]),
        (S3, "Subbag Tata Usaha", [
            ("T07", "Tingkat pemanfaatan fasilitas gedung kesenian (%)", (70, 70),
             [70, 70, 70, 70], [68.2, 71.5, 72.8, 73.4], None, False),
            ("T08", "Jumlah hari pemakaian gedung kesenian (hari)", (220, 220),
             [50, 60, 60, 50], [52, 63, 66, 60], None, True),
            ("T11", "Persentase sarpras gedung kesenian dalam kondisi baik", (85, 85),
             [85, 85, 85, 85], [82, 83, 84, None], None, False),
            ("T12", "Indeks kepuasan pengunjung (IKM)", (80, 80), ["-", 80, "-", 80],
             [None, 81.9, None, 82.66], None, False),
            ("T19", "Retribusi pemakaian gedung kesenian (Rp)", ("Rp 200.000.000", 200000000),
             [50000000] * 4, [46200000, "Rp 52.500.000,-", 58300000, 57700000],
             [46200000, 52500000, 58300000, 57700000], True),
        ]),
        (S4, "Seksi Dokumentasi dan Publikasi", [
            ("T13", "Jumlah karya seni yg didokumentasikan", (50, 50), [12, 13, 13, 12],
             [11, 14, 14, 13], None, True),
            ("T14", "Jumlah karya seni dipublikasikan", (25, 25), [6, 6, 7, 6], [6, 8, 7, 7],
             None, True),
            ("T17", "Jumlah kerjasama kesenian dg pihak ketiga (naskah)", (5, 5), [1, 1, 2, 1],
             [1, 2, 2, 1], None, True),
        ]),
    ]
    r = 8
    no = 1
    for sas, pj, inds in G:
        first = r
        for (iid, name, (tc, tk), qt, qr, qkeys, flow) in inds:
            merge(ws, "A%d:A%d" % (r, r + 4), "%d." % no, h="center", v="top")
            merge(ws, "C%d:C%d" % (r, r + 4), name, v="top")
            for i, lbl in enumerate(LBL):
                put(ws, "D%d" % (r + i), lbl)
            put(ws, "E%d" % r, tc, fmt=numfmt(tc), h="right")
            put(ws, "F%d" % r, None)
            put(ws, "G%d" % r, None)
            for i in range(4):
                rr = r + 1 + i
                put(ws, "E%d" % rr, qt[i], fmt=numfmt(qt[i]), h="right")
                put(ws, "F%d" % rr, qr[i], fmt=numfmt(qr[i]), h="right")
                if isinstance(qt[i], (int, float)) and isinstance(qr[i], (int, float)):
                    put(ws, "G%d" % rr, "=MIN(100,ROUND(F%d/E%d*100,2))" % (rr, rr),
                        fmt=FMT_DEC2, h="right")
                elif isinstance(qr[i], str) and qr[i] != "-":
                    put(ws, "G%d" % rr, 100, h="right")
                else:
                    put(ws, "G%d" % rr, None)
            merge(ws, "H%d:H%d" % (r, r + 4), pj, v="top")
            keys = qkeys or qr
            nums = [v for v in keys if isinstance(v, (int, float))]
            rk = sum(nums) if flow else nums[-1]
            cells = ["F%d" % (r + 1 + i) for i in range(4)]
            A.key(fname, ws, "C%d" % r, 2023, iid, tk, rk, ("cell", ["E%d" % r]),
                  ("sum" if flow else "last", cells))
            r += 5
            no += 1
        merge(ws, "B%d:B%d" % (first, r - 1), sas, v="top")
    signature(ws, r + 2, "F", "Bandar Kencana, 31 Desember 2023", "Kepala UPTD Taman Budaya",
              *KEPALA)


# ---------------------------------------------------------------------------------------- 2024
def y2024():
    fname = "LKjIP_Taman_Budaya_2024_Tabel_3.2.xls"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabel 3.2"
    widths(ws, {"A": 5, "B": 40, "C": 10, "D": 13, "E": 13, "F": 13, "G": 13, "H": 14, "I": 15,
                "J": 15})
    # id, name, unit, [T21,T22,T23,T24], [R21..R24] as cells, key T24, key R24, renstra
    G = [
        (S1, [
            ("T01", "Pergelaran & pementasan seni (kali)", "kali", [24, 30, 36, 40],
             [18, 33, 38, 41], 40, 41, 48),
            ("T02", "Pameran seni rupa (kali)", "kali", [4, 6, 6, 8], [3, 6, 7, 8], 8, 8, 10),
            ("T03b", "Jumlah penonton dan pengunjung kegiatan kesenian", "orang",
             ["-", "-", 40000, 45000], ["-", "-", 42615, 47880], 45000, 47880, 55000),
            ("T09", "Festival seni budaya (kali)", "kali", [2, 3, 3, 4], [1, 3, 3, 4], 4, 4, 5),
            ("T10", "Peserta festival (orang)", "orang", [800, 1000, 1200, 1300],
             [420, 1145, 1310, 1420], 1300, 1420, 2000),
        ]),
        (S2, [
            ("T04", "Sanggar seni yang dibina (sanggar)", "sanggar", [60, 65, 70, 75],
             [62, 66, 71, 74], 75, 74, 90),
            ("T05", "Sanggar binaan baru (sanggar)", "sanggar", ["-", 5, 5, 5], ["-", 4, 5, 3],
             5, 3, 5),
            ("T06", "Seniman dibina (orang)", "orang", [300, 350, 400, 420],
             [245, 362, 415, 436], 420, 436, 450),
            ("T18", "Generasi muda dilatih seni tradisi", "orang", [150, 200, 220, 250],
             [120, 215, 236, 262], 250, 262, 300),
            ("T16", "Seni tradisi direvitalisasi (jenis)", "jenis", [3, 3, 4, 4], [2, 3, 4, 4],
             4, 4, 5),
        ]),
        (S3, [
            ("T07", "Persentase pemanfaatan gedung kesenian", "%", [60, 65, 70, 75],
             [48.5, 78, 73.4, 76.2], 75, 76.2, 80),
            # 10x target as typed: 2.400 for 240
            ("T08", "Hari pemakaian gedung kesenian", "hari", [180, 200, 220, 2400],
             [142, 228, 241, 252], 2400, 252, 250),
            ("T11", "Fasilitas gedung kesenian kondisi baik (%)", "%", [80, 80, 85, 85],
             [75, 82, 84, 88], 85, 88, 90),
            ("T12", "Indeks Kepuasan Masyarakat terhadap layanan Taman Budaya", "indeks",
             [78, 80, 80, 82], [80.12, 81.4, 82.66, "83,90 *)"], 82, 83.9, 85),
            ("T19", "Pendapatan retribusi pemakaian gedung (Rp)", "Rupiah",
             [150000000, 175000000, 200000000, 220000000],
             [96500000, 188250000, 214700000, 231900000], 220000000, 231900000, 250000000),
        ]),
        (S4, [
            ("T15", "Jumlah karya seni yang didokumentasikan dan dipublikasikan", "karya",
             ["-", "-", "-", 80], ["-", "-", "-", 84], 80, 84, 100),
            ("T17", "Kerja sama kesenian (naskah)", "naskah", ["-", 4, 5, 6], ["-", 5, 6, 6], 6,
             6, 8),
            ("T20", "Misi kesenian luar daerah/luar negeri (kali)", "kali", [2, 3, "-", 3],
             [0, 2, "-", 3], 3, 3, 5),
        ]),
        (S5, [
            ("T21", "Nilai Evaluasi AKIP", "nilai", ["B", "-", "-", 65], ["B", "-", "-", 68.5],
             65, 68.5, 75),
        ]),
    ]

    def table(top, keyed):
        text(ws, "A%d" % top, "Tabel 3.2", bold=True)
        text(ws, "A%d" % (top + 1), "Perbandingan Target dan Realisasi Kinerja UPTD Taman Budaya "
                                    "Tahun 2021 - 2024", bold=True)
        h = dict(bold=True, h="center", fill=HEAD_FILL)
        a = top + 3
        merge(ws, "A%d:A%d" % (a, a + 1), "No", **h)
        merge(ws, "B%d:B%d" % (a, a + 1), "Indikator Kinerja", **h)
        merge(ws, "C%d:C%d" % (a, a + 1), "Satuan", **h)
        merge(ws, "D%d:D%d" % (a, a + 1), "Uraian", **h)
        merge(ws, "E%d:H%d" % (a, a), "Tahun", **h)
        for c, y in zip("EFGH", ["2021", "2022", "2023", "2024"]):
            put(ws, "%s%d" % (c, a + 1), y, **h)
        merge(ws, "I%d:I%d" % (a, a + 1), "Target Akhir Renstra (2026)", **h)
        merge(ws, "J%d:J%d" % (a, a + 1), "Capaian 2024 thd Target Akhir (%)", **h)
        r = a + 2
        no = 1
        for sas, inds in G:
            merge(ws, "A%d:J%d" % (r, r), "Sasaran : " + sas, bold=True, fill=BAND_FILL)
            r += 1
            for (iid, name, unit, ts, rs, tk, rk, ren) in inds:
                merge(ws, "A%d:A%d" % (r, r + 2), no, h="center", v="top")
                merge(ws, "B%d:B%d" % (r, r + 2), name, v="top")
                merge(ws, "C%d:C%d" % (r, r + 2), unit, h="center", v="top")
                put(ws, "D%d" % r, "Target")
                put(ws, "D%d" % (r + 1), "Realisasi")
                put(ws, "D%d" % (r + 2), "Capaian (%)")
                for i, c in enumerate("EFGH"):
                    tv, rv = ts[i], rs[i]
                    ft = FMT_RP if unit == "Rupiah" and not isinstance(tv, str) else numfmt(tv)
                    fr = FMT_RP if unit == "Rupiah" and not isinstance(rv, str) else numfmt(rv)
                    put(ws, "%s%d" % (c, r), tv, fmt=ft, h="right")
                    put(ws, "%s%d" % (c, r + 1), rv, fmt=fr, h="right")
                    if isinstance(tv, (int, float)) and isinstance(rv, (int, float)):
                        put(ws, "%s%d" % (c, r + 2), "=IFERROR(%s%d/%s%d*100,\"-\")"
                            % (c, r + 1, c, r), fmt=FMT_DEC2, h="right")
                    elif isinstance(rv, str) and rv not in ("-", "B"):
                        put(ws, "%s%d" % (c, r + 2), round(rk / tk * 100, 2), fmt=FMT_DEC2,
                            h="right")
                    else:
                        put(ws, "%s%d" % (c, r + 2), "-", h="center")
                merge(ws, "I%d:I%d" % (r, r + 2), ren,
                      fmt=FMT_RP if unit == "Rupiah" else numfmt(ren), h="right", v="top")
                if isinstance(rs[3], (int, float)):
                    f = "=IFERROR(H%d/I%d*100,\"-\")" % (r + 1, r)
                else:
                    f = round(rk / ren * 100, 2)
                merge(ws, "J%d:J%d" % (r, r + 2), f, fmt=FMT_DEC2, h="right", v="top")
                if keyed:
                    A.key(fname, ws, "B%d" % r, 2024, iid, tk, rk, ("cell", ["H%d" % r]),
                          ("cell", ["H%d" % (r + 1)]))
                r += 3
                no += 1
        return r

    text(ws, "A1", "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024", bold=True)
    text(ws, "A2", "UPTD TAMAN BUDAYA PROVINSI NUSA KENCANA")
    r = table(4, True)
    text(ws, "A%d" % (r + 1), "*) hasil survei IKM semester II 2024, angka final menunggu "
                              "rilis Biro Organisasi", italic=True)
    text(ws, "A%d" % (r + 2), "Sumber: Laporan Rencana Aksi 2021 - 2024 (data diolah)",
         italic=True)
    r = signature(ws, r + 4, "G", "Bandar Kencana, 20 Februari 2025", "Kepala UPTD Taman Budaya",
                  *KEPALA)
    # the same table pasted a second time below the signature (not keyed)
    table(r + 4, False)
    return wb, fname


def main():
    wb, f = y2021()
    A.save_book(wb, f)
    wb = Workbook()
    f = "Kinerja_Taman_Budaya_2022_2023.ods"
    sheet2022(wb, f)
    sheet2023(wb, f)
    h = wb.create_sheet("Rekap TW (lama)")
    h.sheet_state = "hidden"
    text(h, "A1", "Rekap triwulan lama - tidak dipakai")
    put(h, "A3", "Jumlah pengunjung Taman Budaya")
    put(h, "B3", 30000)
    put(h, "C3", 27410)
    A.save_book(wb, f)
    wb, f = y2024()
    A.save_book(wb, f)
    A.finish()


if __name__ == "__main__":
    main()
