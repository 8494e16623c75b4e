"""Agency B: Dinas Perindustrian dan Perdagangan, Pengukuran Kinerja 2019-2022.
2019 + 2020: one .xlsx with two sheets (Banjar-style table; then a numbered table with % as fractions);
2021: .xls annual table with programme and budget columns; 2022: .ods quarterly Rencana Aksi (Bone style)."""
from openpyxl import Workbook

from common import (BORDER, CENTER, FMT_DEC, FMT_INT, FMT_PCT2, IBUKOTA, KAB_UP, WRAP, Key, col, merge,
                    put, r2, rng, ship, widths)

SLUG = "disperindag"
AGENCY = "Dinas Perindustrian dan Perdagangan Kabupaten Tanah Lintang"
YEARS = [2019, 2020, 2021, 2022]

# id: kind, base target, unit; names per year (None = absent)
IND = {
 "b01": ("pct", 14.2, {2019: ("Kontribusi sektor industri pengolahan terhadap PDRB", "%"),
                      2020: ("Kontribusi Sektor Industri Pengolahan terhadap PDRB ADHB", "%"),
                      2021: ("Kontribusi sektor industri thd PDRB", "%"),
                      2022: ("Persentase kontribusi sektor industri pengolahan terhadap PDRB", "%")}),
 "b02": ("pct", 4.8, {2019: ("Laju pertumbuhan sektor industri pengolahan", "%"),
                     2020: ("Pertumbuhan Sektor Industri Pengolahan", "%"),
                     2021: ("Laju Pertumbuhan PDRB Sektor Industri Pengolahan", "%"),
                     2022: ("Pertumbuhan sektor industri pengolahan", "%")}),
 "b03": ("cnt", 320, {2019: ("Jumlah IKM yang dibina", "unit usaha"),
                     2020: ("Jumlah Industri Kecil Menengah (IKM) yang dibina", "unit usaha"),
                     2021: ("Jumlah IKM binaan", "IKM"),
                     2022: ("Jumlah IKM yang mendapatkan pembinaan", "IKM")}),
 "b04": ("cnt", 40, {2020: ("Jumlah IKM yang memiliki sertifikat halal", "IKM"),
                    2021: ("Jumlah IKM bersertifikat Halal", "IKM"),
                    2022: ("Jumlah IKM yg telah memiliki sertifikat halal", "IKM")}),
 "b05": ("cnt", 25, {2019: ("Jumlah IKM yang memiliki HKI/Merek", "IKM"),
                    2020: ("Jumlah IKM yang memiliki Hak Kekayaan Intelektual (merek)", "IKM"),
                    2021: ("Jumlah IKM yang memiliki HKI", "IKM"),
                    2022: ("Jumlah IKM pemilik sertifikat merek (HKI)", "IKM")}),
 "b06": ("cnt", 2150, {2019: ("Jumlah tenaga kerja yang terserap pada sektor IKM", "orang"),
                      2020: ("Jumlah tenaga kerja sektor IKM", "orang"),
                      2021: ("Penyerapan tenaga kerja sektor IKM", "orang")}),
 "b07": ("dec", 12.5, {2019: ("Nilai ekspor produk daerah", "US$ juta"),
                      2020: ("Nilai Ekspor Non Migas", "Juta US$"),
                      2021: ("Nilai ekspor non migas daerah", "US$ juta"),
                      2022: ("Nilai Ekspor Produk Non Migas", "Juta USD")}),
 "b08": ("dec", 3.4, {2019: ("Nilai impor bahan baku industri", "US$ juta"),
                     2020: ("Nilai Impor Bahan Baku/Penolong Industri", "Juta US$")}),
 "b09": ("cnt", 2, {2019: ("Jumlah pasar rakyat yang direvitalisasi", "unit"),
                   2020: ("Jumlah Pasar Rakyat yang Direvitalisasi", "unit"),
                   2021: ("Jml pasar rakyat yg direvitalisasi", "pasar"),
                   2022: ("Jumlah revitalisasi pasar rakyat", "pasar")}),
 "b10": ("cnt", 18, {2019: ("Jumlah pasar modern yang memiliki izin", "unit"),
                    2020: ("Jumlah Toko Modern/Pasar Modern Berizin", "unit"),
                    2021: ("Jumlah pasar modern berizin", "unit"),
                    2022: ("Jumlah toko swalayan / pasar modern yang berizin", "unit")}),
 "b11": ("pct", 55, {2019: ("Persentase pasar rakyat dalam kondisi baik", "%"),
                    2020: ("Prosentase pasar rakyat dengan kondisi baik", "%"),
                    2021: ("Persentase Pasar Rakyat Kondisi Baik", "%"),
                    2022: ("Persentase sarana pasar rakyat dalam kondisi baik", "%")}),
 "b12": ("cnt", 850, {2019: ("Jumlah pedagang pasar rakyat yang dibina", "orang"),
                     2020: ("Jumlah Pedagang Pasar Rakyat yang Dibina", "orang"),
                     2021: ("Jumlah pedagang pasar yang dibina", "orang")}),
 "b13": ("neg", 6.0, {2019: ("Koefisien variasi harga barang kebutuhan pokok", "%"),
                     2020: ("Koefisien Variasi Harga Bapok", "%"),
                     2021: ("Koefisien variasi harga barang kebutuhan pokok dan barang penting", "%"),
                     2022: ("Koefisien Variasi Harga Barang Kebutuhan Pokok", "%")}),
 "b14": ("cnt", 5200, {2019: ("Jumlah UTTP yang ditera/ditera ulang", "unit"),
                      2020: ("Jumlah Alat UTTP yang Ditera dan Ditera Ulang", "unit"),
                      2021: ("Jumlah UTTP tertera ulang", "unit"),
                      2022: ("Jumlah Alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP) yang Ditera Ulang", "unit")}),
 "b15": ("pct", 70, {2020: ("Persentase UTTP bertanda tera sah yang berlaku", "%"),
                    2021: ("Persentase UTTP yang Bertanda Tera Sah", "%"),
                    2022: ("Persentase Alat UTTP Bertanda Tera Sah yang Berlaku", "%")}),
 "b16": ("cnt", 30, {2019: ("Jumlah pelaku usaha yang mengikuti pameran/promosi dagang", "pelaku usaha"),
                    2020: ("Jumlah pelaku usaha yang mengikuti pameran", "pelaku usaha"),
                    2021: ("Jumlah Pelaku Usaha Peserta Pameran dan Promosi Dagang", "pelaku usaha"),
                    2022: ("Jumlah pelaku usaha yg ikut pameran/promosi", "pelaku usaha")}),
 "b17": ("cnt", 3, {2021: ("Jumlah sentra IKM yang dikembangkan", "sentra"),
                   2022: ("Jumlah Sentra IKM yang Dikembangkan", "sentra")}),
 "b18": ("dec", 61.5, {2019: ("Nilai SAKIP Dinas Perindag", "nilai"),
                      2020: ("Nilai Evaluasi SAKIP", "nilai"),
                      2021: ("Nilai AKIP Dinas Perindustrian dan Perdagangan", "nilai"),
                      2022: ("Nilai SAKIP", "nilai")}),
 "b19": ("pct", 95, {2019: ("Persentase realisasi anggaran", "%"),
                    2020: ("Tingkat serapan anggaran", "%"),
                    2021: ("Persentase Serapan Anggaran", "%"),
                    2022: ("Persentase realisasi anggaran Dinas", "%")}),
 "b20": ("pct", 100, {2019: ("Persentase laporan keuangan yang disusun tepat waktu", "%"),
                     2020: ("Persentase Laporan Keuangan Tepat Waktu", "%"),
                     2022: ("Persentase ketepatan waktu penyampaian laporan keuangan", "%")}),
 "b21": ("doc", 6, {2019: ("Jumlah dokumen perencanaan dan pelaporan kinerja", "dokumen"),
                   2020: ("Jumlah Dokumen Perencanaan dan Laporan Kinerja", "dokumen"),
                   2021: ("Jumlah dokumen perencanaan & pelaporan kinerja yang tersusun", "dok"),
                   2022: ("Jumlah Dokumen Perencanaan dan Pelaporan Kinerja Perangkat Daerah", "dokumen")}),
 "b22": ("dec", 78.5, {2020: ("Indeks Kepuasan Masyarakat terhadap layanan tera/tera ulang", "nilai"),
                      2021: ("IKM Layanan Metrologi Legal", "nilai"),
                      2022: ("Indeks Kepuasan Masyarakat (IKM) pelayanan tera ulang", "nilai")}),
 "b23": ("pct", 60, {2019: ("Persentase ASN yang mengikuti diklat/bimtek", "%"),
                    2020: ("Persentase aparatur yang mengikuti bimtek/diklat", "%"),
                    2021: ("Persentase ASN yang mengikuti diklat dan bimtek", "%")}),
 "b24": ("cnt", 45, {2021: ("Jumlah wirausaha baru sektor industri", "orang"),
                    2022: ("Jumlah Wirausaha Industri Baru", "orang")}),
 "b25": ("cnt", 420, {2019: ("Jumlah izin usaha perdagangan (SIUP) yang diterbitkan", "izin"),
                     2020: ("Jumlah SIUP yang diterbitkan", "izin")}),
}

SASARAN = [
    (["b01", "b02", "b03", "b04", "b05", "b06", "b17", "b24"],
     {2019: "Meningkatnya daya saing industri kecil dan menengah",
      2020: "Meningkatnya daya saing IKM",
      2021: "Meningkatnya daya saing industri kecil dan menengah",
      2022: "Meningkatnya Daya Saing dan Kontribusi Sektor Industri"}),
    (["b07", "b08", "b16", "b25"],
     {2019: "Meningkatnya kinerja perdagangan dalam dan luar negeri",
      2020: "Meningkatnya kinerja perdagangan dalam dan luar negeri",
      2021: "Meningkatnya kinerja perdagangan",
      2022: "Meningkatnya Kinerja Perdagangan Dalam dan Luar Negeri"}),
    (["b09", "b10", "b11", "b12", "b13"],
     {2019: "Meningkatnya kualitas sarana distribusi perdagangan dan stabilitas harga",
      2020: "Meningkatnya kualitas sarana distribusi dan stabilitas harga bahan pokok",
      2021: "Meningkatnya kualitas sarana distribusi perdagangan dan stabilitas harga",
      2022: "Terjaganya Stabilitas Harga dan Kualitas Sarana Distribusi"}),
    (["b14", "b15", "b22"],
     {2019: "Meningkatnya perlindungan konsumen dan tertib ukur",
      2020: "Meningkatnya perlindungan konsumen dan tertib ukur",
      2021: "Meningkatnya tertib ukur dan perlindungan konsumen",
      2022: "Meningkatnya Perlindungan Konsumen dan Tertib Ukur"}),
    (["b18", "b19", "b20", "b21", "b23"],
     {2019: "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan Dinas",
      2020: "Meningkatnya akuntabilitas kinerja Dinas",
      2021: "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan Dinas",
      2022: "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah"}),
]
PROGRAM = {0: "Program Pengembangan Industri Kecil dan Menengah", 1: "Program Peningkatan dan Pengembangan Ekspor",
           2: "Program Peningkatan Sarana Distribusi Perdagangan", 3: "Program Perlindungan Konsumen dan Pengamanan Perdagangan",
           4: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"}

ORDER_2021 = None  # keep sasaran order, but swap a few rows inside groups (below)


def values():
    R = rng(1902)
    v = {}
    for iid, (kind, base, names) in IND.items():
        for k, y in enumerate(YEARS):
            if y not in names:
                continue
            if kind == "pct":
                t = min(100.0, r2(base * (1 + 0.03 * k)))
                real = r2(t * R.uniform(0.88, 1.06))
                if base >= 90:
                    real = min(real, 100.0)
            elif kind == "neg":
                t = r2(base - 0.5 * k)
                real = r2(t * R.uniform(0.8, 1.2))
            elif kind == "dec":
                t = r2(base * (1 + 0.05 * k))
                real = r2(t * R.uniform(0.85, 1.1))
            elif kind == "doc":
                t = int(base)
                real = t
            else:
                t = int(round(base * (1 + 0.07 * k)))
                real = int(round(t * R.uniform(0.8, 1.15)))
            v[(iid, y)] = (t, real)
    return v


def rows_for(year, swap=()):
    out = []
    for gi, (ids, sas) in enumerate(SASARAN):
        ids = [i for i in ids if year in IND[i][2]]
        for a, b in swap:
            if a in ids and b in ids:
                ia, ib = ids.index(a), ids.index(b)
                ids[ia], ids[ib] = ids[ib], ids[ia]
        out.append((gi, sas[year], ids))
    return out


KADIS = ("Kepala Dinas Perindustrian dan Perdagangan", "H. MUHAMMAD ARSYAD, S.E., M.M",
         "Pembina Tk. I", "NIP. 19700611 199703 1 004")


def signature(ws, r, c, year, date):
    put(ws, r, c, "%s, %s" % (IBUKOTA, date), border=False)
    put(ws, r + 1, c, KADIS[0] + ",", border=False)
    put(ws, r + 5, c, KADIS[1], border=False, bold=True)
    put(ws, r + 6, c, KADIS[2], border=False)
    put(ws, r + 7, c, KADIS[3], border=False)


def sheet_2019(ws, key, fn, V):
    y = 2019
    ws.title = "PK 2019"
    for i, t in enumerate(["PENGUKURAN KINERJA", "DINAS PERINDUSTRIAN DAN PERDAGANGAN", KAB_UP, "TAHUN 2019"], 1):
        merge(ws, i, 1, i, 7, t, bold=True, border=False)
    put(ws, 6, 1, "Kabupaten : Tanah Lintang", border=False)
    put(ws, 7, 1, "Nama SKPD : Dinas Perindustrian dan Perdagangan", border=False)
    merge(ws, 9, 1, 9, 1, "Sasaran Strategis", bold=True)
    merge(ws, 9, 2, 9, 2, "Indikator Kinerja", bold=True)
    merge(ws, 9, 3, 9, 4, "Target", bold=True)
    merge(ws, 9, 5, 9, 6, "Realisasi", bold=True)
    merge(ws, 9, 7, 9, 7, "%", bold=True)
    for c_, t in [(1, "(1)"), (2, "(2)"), (3, "(3)"), (5, "(4)"), (7, "(5)")]:
        merge(ws, 10, c_, 10, c_ + (1 if c_ in (3, 5) else 0), t)
    r = 11
    for gi, sas, ids in rows_for(y):
        first = r
        for iid in ids:
            name, unit = IND[iid][2][y]
            t, real = V[(iid, y)]
            put(ws, r, 2, name)
            put(ws, r, 3, t, FMT_DEC if isinstance(t, float) else FMT_INT)
            put(ws, r, 4, unit)
            put(ws, r, 5, real, FMT_DEC if isinstance(real, float) else FMT_INT)
            put(ws, r, 6, unit)
            put(ws, r, 7, "=ROUND(E%d/C%d*100,2)" % (r, r), FMT_DEC)
            key.add(fn, ws.title, r, y, name, iid, t, real, "B%d" % r, "C%d" % r, "E%d" % r)
            r += 1
        merge(ws, first, 1, r - 1, 1, sas, align=WRAP)
    r += 1
    put(ws, r, 1, "Jumlah Anggaran Kegiatan Tahun 2019 :", border=False)
    put(ws, r, 3, 4318275500, "#,##0", border=False)
    put(ws, r + 1, 1, "Jumlah Realisasi Anggaran Kegiatan Tahun 2019 :", border=False)
    put(ws, r + 1, 3, 3951208340, "#,##0", border=False)
    signature(ws, r + 3, 5, y, "31 Desember 2019")
    widths(ws, {"A": 34, "B": 52, "C": 11, "D": 12, "E": 11, "F": 12, "G": 9})


def sheet_2020(ws, key, fn, V):
    y = 2020
    ws.title = "PK 2020 "
    merge(ws, 1, 1, 1, 8, "PENGUKURAN KINERJA TAHUN 2020", bold=True, border=False)
    merge(ws, 2, 1, 2, 8, "DINAS PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN TANAH LINTANG", bold=True, border=False)
    heads = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Keterangan"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, align=CENTER)
        put(ws, 5, i, i, align=CENTER)
    r = 6
    no = 0
    for gi, sas, ids in rows_for(y, swap=[("b09", "b10"), ("b19", "b21")]):
        for j, iid in enumerate(ids):
            no += 1
            name, unit = IND[iid][2][y]
            t, real = V[(iid, y)]
            pct = unit == "%"
            put(ws, r, 1, no)
            put(ws, r, 2, sas if j == 0 else None)
            put(ws, r, 3, name)
            put(ws, r, 4, unit)
            put(ws, r, 5, t / 100 if pct else t, FMT_PCT2 if pct else (FMT_DEC if isinstance(t, float) else FMT_INT))
            put(ws, r, 6, real / 100 if pct else real, FMT_PCT2 if pct else (FMT_DEC if isinstance(real, float) else FMT_INT))
            if IND[iid][0] == "neg":
                put(ws, r, 7, "=(2*E%d-F%d)/E%d" % (r, r, r), FMT_PCT2)
                put(ws, r, 8, "indikator negatif")
            else:
                put(ws, r, 7, "=F%d/E%d" % (r, r), FMT_PCT2)
                put(ws, r, 8, None)
            key.add(fn, ws.title, r, y, name, iid, t, real, "C%d" % r, "E%d" % r, "F%d" % r)
            r += 1
    r += 1
    put(ws, r, 2, "Jumlah Anggaran Tahun 2020", border=False)
    put(ws, r, 3, ": Rp. 3.607.918.000", border=False)
    put(ws, r + 1, 2, "Jumlah Realisasi Anggaran Tahun 2020", border=False)
    put(ws, r + 1, 3, ": Rp. 3.288.460.115", border=False)
    signature(ws, r + 3, 6, y, "31 Desember 2020")
    widths(ws, {"A": 5, "B": 30, "C": 52, "D": 11, "E": 11, "F": 11, "G": 11, "H": 16})


def book_2021(key, fn, V):
    y = 2021
    wb = Workbook()
    ws = wb.active
    ws.title = "Pengukuran Kinerja"
    merge(ws, 1, 1, 1, 11, "PENGUKURAN KINERJA", bold=True, border=False)
    merge(ws, 2, 1, 2, 11, "DINAS PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN TANAH LINTANG", bold=True, border=False)
    merge(ws, 3, 1, 3, 11, "TAHUN ANGGARAN 2021", bold=True, border=False)
    hr = 5
    for c_, h in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja")]:
        merge(ws, hr, c_, hr + 1, c_, h, bold=True)
    merge(ws, hr, 4, hr, 5, "Target 2021", bold=True)
    merge(ws, hr, 6, hr, 7, "Realisasi 2021", bold=True)
    merge(ws, hr, 8, hr + 1, 8, "% Capaian", bold=True)
    merge(ws, hr, 9, hr + 1, 9, "Program", bold=True)
    merge(ws, hr, 10, hr + 1, 10, "Anggaran (Rp)", bold=True)
    merge(ws, hr, 11, hr + 1, 11, "Realisasi Anggaran (Rp)", bold=True)
    for c_, h in [(4, "Nilai"), (5, "Satuan"), (6, "Nilai"), (7, "Satuan")]:
        put(ws, hr + 1, c_, h, bold=True, align=CENTER)
    for c_ in range(1, 12):
        put(ws, hr + 2, c_, "(%d)" % c_, align=CENTER)
    r = hr + 3
    R = rng(2021)
    bud_rows = []
    for gi, sas, ids in rows_for(y, swap=[("b03", "b04"), ("b14", "b15")]):
        first = r
        put(ws, r, 1, gi + 1)
        for iid in ids:
            name, unit = IND[iid][2][y]
            t, real = V[(iid, y)]
            put(ws, r, 3, name)
            put(ws, r, 4, t, FMT_DEC if isinstance(t, float) else FMT_INT)
            put(ws, r, 5, unit)
            put(ws, r, 6, real, FMT_DEC if isinstance(real, float) else FMT_INT)
            put(ws, r, 7, unit)
            put(ws, r, 8, "=F%d/D%d*100" % (r, r), FMT_DEC)
            key.add(fn, ws.title, r, y, name, iid, t, real, "C%d" % r, "D%d" % r, "F%d" % r)
            r += 1
        merge(ws, first, 1, r - 1, 1)
        merge(ws, first, 2, r - 1, 2, sas, align=WRAP)
        pagu = R.randrange(300, 1500) * 1_000_000 + R.randrange(0, 999) * 1000
        merge(ws, first, 9, r - 1, 9, PROGRAM[gi], align=WRAP)
        merge(ws, first, 10, r - 1, 10, pagu, align=WRAP)
        ws.cell(first, 10).number_format = "#,##0"
        merge(ws, first, 11, r - 1, 11, int(pagu * R.uniform(0.85, 0.98)), align=WRAP)
        ws.cell(first, 11).number_format = "#,##0"
        bud_rows.append(first)
    merge(ws, r, 1, r, 9, "JUMLAH", bold=True)
    put(ws, r, 10, "=SUM(J%d:J%d)" % (hr + 3, r - 1), "#,##0", bold=True)
    put(ws, r, 11, "=SUM(K%d:K%d)" % (hr + 3, r - 1), "#,##0", bold=True)
    signature(ws, r + 3, 9, y, "31 Desember 2021")
    widths(ws, {"A": 5, "B": 30, "C": 50, "D": 10, "E": 12, "F": 10, "G": 12, "H": 10, "I": 34, "J": 16, "K": 16})
    return wb


def book_2022(key, fn, V):
    y = 2022
    wb = Workbook()
    ws = wb.active
    ws.title = "RA PK 2022"
    merge(ws, 1, 1, 1, 9, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", bold=True, border=False)
    merge(ws, 2, 1, 2, 9, "DINAS PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN TANAH LINTANG", bold=True, border=False)
    merge(ws, 3, 1, 3, 9, "TAHUN ANGGARAN 2022", bold=True, border=False)
    heads = ["No", "Sasaran Strategis", "Indikator Sasaran", "Satuan", "Kriteria Keberhasilan (Target Tahunan & Triwulan)",
             "Target", "Realisasi Kinerja", "%", "Penanggung Jawab"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, align=CENTER)
        put(ws, 6, i, i, align=CENTER)
    r = 7
    no = 0
    pj = {0: "Kabid Perindustrian", 1: "Kabid Perdagangan", 2: "Kabid Sarana Distribusi", 3: "Kepala UPT Metrologi Legal",
          4: "Sekretaris"}
    for gi, sas, ids in rows_for(y, swap=[("b09", "b11")]):
        gfirst = r
        for iid in ids:
            no += 1
            name, unit = IND[iid][2][y]
            kind = IND[iid][0]
            t, real = V[(iid, y)]
            merge(ws, r, 1, r + 4, 1, "%d." % no)
            merge(ws, r, 3, r + 4, 3, name, align=WRAP)
            merge(ws, r, 4, r + 4, 4, unit)
            merge(ws, r, 9, r + 4, 9, pj[gi], align=WRAP)
            labels = ["Target Tahunan", "TW I (B03)", "TW II (B06)", "TW III (B09)", "TW IV (B12)"]
            fmt = FMT_DEC if isinstance(t, float) else FMT_INT
            if kind in ("cnt", "doc"):
                tq = [int(t * f) for f in (0.25, 0.5, 0.75)] + [t]
                rq = [int(real * f) for f in (0.22, 0.48, 0.77)] + [real]
            else:
                tq = ["-", "-", "-", t]
                rq = ["-", "-", "-", real]
            for i in range(5):
                put(ws, r + i, 5, labels[i])
                if i == 0:
                    put(ws, r, 6, t, fmt)
                    put(ws, r, 7, None)
                    put(ws, r, 8, None)
                else:
                    put(ws, r + i, 6, tq[i - 1], fmt)
                    put(ws, r + i, 7, rq[i - 1], fmt)
                    if tq[i - 1] == "-":
                        put(ws, r + i, 8, "-")
                    elif kind == "neg":
                        put(ws, r + i, 8, "=(2*F{0}-G{0})/F{0}*100".format(r + i), FMT_DEC)
                    else:
                        put(ws, r + i, 8, "=G{0}/F{0}*100".format(r + i), FMT_DEC)
            key.add(fn, ws.title, r, y, name, iid, t, real, "C%d" % r, "F%d" % r, "G%d" % (r + 4))
            r += 5
        merge(ws, gfirst, 2, r - 1, 2, sas, align=WRAP)
    r += 1
    put(ws, r, 2, "Jumlah Anggaran : Rp. 4.102.655.000,-", border=False)
    put(ws, r + 1, 2, "Realisasi Anggaran s.d. TW IV : Rp. 3.860.112.450,-", border=False)
    signature(ws, r + 3, 6, y, "30 Desember 2022")
    widths(ws, {"A": 5, "B": 30, "C": 46, "D": 12, "E": 18, "F": 11, "G": 11, "H": 9, "I": 20})
    return wb


def main():
    V = values()
    key = Key(AGENCY, SLUG, YEARS)
    key.ambiguous = []
    fn = "Pengukuran Kinerja Disperindag 2019-2020.xlsx"
    wb = Workbook()
    sheet_2019(wb.active, key, fn, V)
    sheet_2020(wb.create_sheet(), key, fn, V)
    ship(wb, SLUG, fn)
    key.files.append(fn)
    fn = "PK_DISPERINDAG_2021.xls"
    ship(book_2021(key, fn, V), SLUG, fn)
    key.files.append(fn)
    fn = "Rencana Aksi Disperindag TA 2022.ods"
    ship(book_2022(key, fn, V), SLUG, fn)
    key.files.append(fn)
    key.write()
    print(SLUG, len(key.rows), "key rows")


if __name__ == "__main__":
    main()
