"""Agency C: Badan Pendapatan Daerah (Bapenda), 2020-2023, four uncommon layouts:
2020 .xlsx LKjIP chapter III comparison table (realisasi 2017-2019 side by side + 2020 target/realisasi/capaian);
2021 .ods table with Target Akhir Renstra and 'Capaian s.d. 2021 terhadap Renstra' (% stored as fractions);
2022 .xlsx Target / Realisasi / Capaian stacked as rows under each indicator;
2023 .xls one sheet with two tables: IKU above, other indicators below."""
from openpyxl import Workbook

from common import (CENTER, FMT_DEC, FMT_INT, FMT_PCT2, IBUKOTA, KAB_UP, WRAP, Key, merge, put, r2, rng,
                    ship, widths)

SLUG = "bapenda"
AGENCY = "Badan Pendapatan Daerah Kabupaten Tanah Lintang"
YEARS = [2020, 2021, 2022, 2023]
MIL, JT = "Rp Miliar", "Rp Juta"

IND = {
 "c01": ("pct", 8.5, {2020: "Persentase peningkatan PAD", 2021: "Persentase Pertumbuhan PAD",
                     2022: "Persentase peningkatan Pendapatan Asli Daerah", 2023: "Pertumbuhan PAD"}, "%"),
 "c02": ("pct", 11.2, {2020: "Rasio PAD terhadap total pendapatan daerah", 2021: "Rasio PAD thd Pendapatan Daerah",
                      2022: "Kontribusi PAD terhadap Pendapatan Daerah", 2023: "Rasio PAD terhadap Total Pendapatan"}, "%"),
 "c03": ("dec", 182.5, {2020: "Realisasi Pendapatan Asli Daerah", 2021: "Jumlah realisasi PAD",
                       2022: "Realisasi PAD", 2023: "Realisasi Penerimaan PAD"}, MIL),
 "c04": ("dec", 64.3, {2020: "Realisasi penerimaan pajak daerah", 2021: "Realisasi PAD dari Pajak Daerah",
                      2022: "Penerimaan Pajak Daerah", 2023: "Realisasi pajak daerah"}, MIL),
 "c05": ("dec", 21.7, {2020: "Realisasi penerimaan retribusi daerah", 2021: "Realisasi PAD dari Retribusi Daerah",
                      2022: "Penerimaan Retribusi Daerah"}, MIL),
 "c06": ("pct", 100, {2020: "Persentase capaian target pajak daerah", 2021: "Persentase Pencapaian Target Pajak Daerah",
                     2022: "Capaian target penerimaan pajak daerah", 2023: "Persentase capaian target pajak daerah"}, "%"),
 "c07": ("pct", 100, {2020: "Persentase capaian target retribusi daerah",
                     2021: "Persentase Pencapaian Target Retribusi Daerah"}, "%"),
 "c08": ("dec", 9.8, {2020: "Realisasi penerimaan PBB-P2", 2021: "Realisasi Penerimaan PBB P2",
                     2022: "Penerimaan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
                     2023: "Realisasi PBB-P2"}, MIL),
 "c09": ("dec", 14.6, {2020: "Realisasi penerimaan BPHTB", 2021: "Realisasi Penerimaan BPHTB",
                      2022: "Penerimaan Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)", 2023: "Realisasi BPHTB"}, MIL),
 "c10": ("pct", 35, {2020: "Persentase tunggakan PBB-P2 yang tertagih", 2021: "Persentase Piutang PBB-P2 yang Tertagih",
                    2022: "Persentase penagihan tunggakan PBB-P2", 2023: "Persentase tunggakan PBB P2 tertagih"}, "%"),
 "c11": ("cnt", 4850, {2020: "Jumlah wajib pajak daerah terdaftar", 2021: "Jumlah WP daerah yang terdaftar",
                      2022: "Jumlah Wajib Pajak Daerah Terdaftar", 2023: "Jumlah wajib pajak (WP) daerah terdaftar"}, "WP"),
 "c12": ("cnt", 40, {2021: "Jumlah wajib pajak yang terpasang alat perekam transaksi (tapping box)",
                    2022: "Jumlah WP yang Menggunakan Tapping Box", 2023: "Jumlah wajib pajak terpasang tapping box"}, "WP"),
 "c13": ("int", 2450, {2020: "Realisasi pajak hotel", 2021: "Realisasi Pajak Hotel", 2022: "Penerimaan Pajak Hotel",
                      2023: "Pajak Hotel"}, JT),
 "c14": ("int", 8900, {2020: "Realisasi pajak restoran", 2021: "Realisasi Pajak Restoran",
                      2022: "Penerimaan Pajak Restoran", 2023: "Pajak Restoran"}, JT),
 "c15": ("pct", 92, {2020: "Persentase SPPT PBB-P2 yang terdistribusi", 2021: "Persentase distribusi SPPT PBB-P2",
                    2022: "Persentase SPPT PBB-P2 yang Tersampaikan kepada Wajib Pajak",
                    2023: "Persentase SPPT PBB-P2 terdistribusi"}, "%"),
 "c16": ("cnt", 12000, {2020: "Jumlah objek pajak PBB-P2 yang dimutakhirkan", 2021: "Jumlah NOP PBB-P2 yang Dimutakhirkan",
                       2022: "Jumlah objek PBB-P2 yang dimutakhirkan datanya",
                       2023: "Jumlah Objek Pajak PBB-P2 yang Dimutakhirkan"}, "NOP"),
 "c17": ("pct", 100, {2022: "Rasio efektivitas pemungutan pajak daerah", 2023: "Rasio Efektivitas Pajak Daerah"}, "%"),
 "c18": ("dec", 63.2, {2020: "Nilai SAKIP Bapenda", 2021: "Nilai AKIP Badan Pendapatan Daerah",
                      2022: "Nilai hasil evaluasi SAKIP", 2023: "Nilai SAKIP"}, "nilai"),
 "c19": ("dec", 79.4, {2020: "Indeks Kepuasan Masyarakat terhadap pelayanan pajak daerah",
                      2021: "Indeks Kepuasan Masyarakat (IKM)", 2022: "Nilai IKM Pelayanan Bapenda",
                      2023: "IKM pelayanan pajak daerah"}, "nilai"),
 "c20": ("pct", 95, {2020: "Persentase realisasi anggaran", 2021: "Persentase Penyerapan Anggaran",
                    2022: "Persentase realisasi anggaran Bapenda"}, "%"),
 "c21": ("cnt", 2, {2022: "Jumlah inovasi pelayanan pajak daerah", 2023: "Jumlah Inovasi Layanan Pajak Daerah"}, "inovasi"),
 "c22": ("int", 5200, {2020: "Realisasi pajak penerangan jalan", 2021: "Realisasi Pajak Penerangan Jalan (PPJ)",
                      2022: "Penerimaan PPJ"}, JT),
 "c23": ("int", 1350, {2020: "Realisasi pajak reklame", 2021: "Realisasi Pajak Reklame", 2022: "Penerimaan Pajak Reklame",
                      2023: "Pajak Reklame"}, JT),
 "c24": ("pct", 70, {2021: "Persentase wajib pajak yang membayar tepat waktu", 2022: "Persentase WP Patuh Bayar Tepat Waktu",
                    2023: "Tingkat kepatuhan wajib pajak membayar tepat waktu"}, "%"),
 "c26": ("cnt", 28, {2020: "Jumlah desa/kelurahan lunas PBB-P2", 2021: "Jumlah Desa/Kelurahan yang Lunas PBB-P2",
                    2023: "Jumlah desa/kelurahan lunas PBB-P2"}, "desa"),
 "c27": ("cnt", 12, {2022: "Jumlah desa lunas PBB P2 sebelum jatuh tempo"}, "desa"),
}

SAS = [
    ("Meningkatnya Pendapatan Asli Daerah", ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c17", "c13", "c14", "c22", "c23"]),
    ("Meningkatnya optimalisasi penerimaan PBB-P2 dan BPHTB", ["c08", "c09", "c10", "c15", "c16", "c26", "c27"]),
    ("Meningkatnya kepatuhan wajib pajak daerah", ["c11", "c12", "c24", "c21"]),
    ("Meningkatnya akuntabilitas kinerja dan kualitas pelayanan Bapenda", ["c18", "c19", "c20"]),
]


def values():
    R = rng(2023)
    v = {}
    for iid, (kind, base, names, unit) in IND.items():
        hist = []
        for k, y in enumerate([2017, 2018, 2019] + YEARS):
            g = 1 + 0.06 * (k - 3)
            if kind == "pct":
                t = min(100.0, r2(base * (1 + 0.02 * (k - 3))))
                real = r2(t * R.uniform(0.9, 1.06))
                if base >= 90:
                    real = min(real, r2(100 * R.uniform(0.93, 1.0))) if base < 100 else r2(R.uniform(88, 104))
            elif kind == "dec":
                t = r2(base * g)
                real = r2(t * R.uniform(0.88, 1.08))
            elif kind == "int":
                t = int(round(base * g))
                real = int(round(t * R.uniform(0.85, 1.1)))
            else:
                t = max(1, int(round(base * g)))
                real = int(round(t * R.uniform(0.85, 1.15)))
            v[(iid, y)] = (t, real)
    return v


def present(y, ids):
    return [i for i in ids if y in IND[i][2]]


def sig(ws, r, c, date, kepala=True):
    put(ws, r, c, "%s, %s" % (IBUKOTA, date), border=False)
    put(ws, r + 1, c, "KEPALA BADAN PENDAPATAN DAERAH", border=False)
    put(ws, r + 2, c, KAB_UP + ",", border=False)
    put(ws, r + 6, c, "Drs. SYAMSUL BAHRI NASUTION, M.Si", border=False, bold=True)
    put(ws, r + 7, c, "Pembina Utama Muda", border=False)
    put(ws, r + 8, c, "NIP. 19680304 199403 1 008", border=False)


def fmt_of(x):
    return FMT_DEC if isinstance(x, float) else "#,##0"


def book_2020(key, fn, V):
    y = 2020
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabel 3.2"
    merge(ws, 1, 1, 1, 11, "Tabel 3.2", bold=True, border=False)
    merge(ws, 2, 1, 2, 11, "Perbandingan Realisasi Kinerja Tahun 2020 dengan Tahun-Tahun Sebelumnya", bold=True, border=False)
    merge(ws, 3, 1, 3, 11, "Badan Pendapatan Daerah Kabupaten Tanah Lintang", bold=True, border=False)
    for c_, h in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan")]:
        merge(ws, 5, c_, 6, c_, h, bold=True)
    merge(ws, 5, 5, 5, 7, "Realisasi", bold=True)
    for i, yy in enumerate([2017, 2018, 2019]):
        put(ws, 6, 5 + i, yy, bold=True, align=CENTER)
    merge(ws, 5, 8, 5, 10, "Tahun 2020", bold=True)
    for i, h in enumerate(["Target", "Realisasi", "Capaian (%)"]):
        put(ws, 6, 8 + i, h, bold=True, align=CENTER)
    merge(ws, 5, 11, 6, 11, "Peningkatan dari Tahun Lalu", bold=True)
    r = 7
    no = 0
    for si, (sas, ids) in enumerate(SAS):
        ids = present(y, ids)
        first = r
        for iid in ids:
            no += 1
            kind, base, names, unit = IND[iid]
            t, real = V[(iid, y)]
            put(ws, r, 1, no)
            put(ws, r, 3, names[y])
            put(ws, r, 4, unit)
            for i, yy in enumerate([2017, 2018, 2019]):
                hv = V[(iid, yy)][1]
                if iid == "c26" and yy == 2017:
                    hv = "-"
                put(ws, r, 5 + i, hv, fmt_of(hv))
            put(ws, r, 8, t, fmt_of(t))
            put(ws, r, 9, real, fmt_of(real))
            put(ws, r, 10, "=ROUND(I%d/H%d*100,2)" % (r, r), FMT_DEC)
            put(ws, r, 11, "=I%d-G%d" % (r, r), fmt_of(real))
            key.add(fn, ws.title, r, y, names[y], iid, t, real, "C%d" % r, "H%d" % r, "I%d" % r)
            r += 1
        merge(ws, first, 2, r - 1, 2, sas, align=WRAP)
    r += 1
    put(ws, r, 3, "Sumber : Bapenda Kab. Tanah Lintang (data diolah)", border=False)
    put(ws, r + 1, 3, "Anggaran Bapenda Tahun 2020 : Rp. 9.815.402.000 ; Realisasi : Rp. 8.967.213.780 (91,36%)", border=False)
    sig(ws, r + 3, 8, "15 Februari 2021")
    widths(ws, {"A": 5, "B": 28, "C": 48, "D": 11, "E": 11, "F": 11, "G": 11, "H": 11, "I": 11, "J": 11, "K": 12})
    return wb


def book_2021(key, fn, V):
    y = 2021
    wb = Workbook()
    ws = wb.active
    ws.title = "Capaian Renstra"
    merge(ws, 1, 1, 1, 9, "CAPAIAN KINERJA TAHUN 2021 DAN CAPAIAN TERHADAP TARGET AKHIR RENSTRA", bold=True, border=False)
    merge(ws, 2, 1, 2, 9, "BADAN PENDAPATAN DAERAH KABUPATEN TANAH LINTANG", bold=True, border=False)
    for c_, h in [(1, "No."), (2, "Indikator Kinerja"), (3, "Satuan"), (4, "Realisasi 2020")]:
        merge(ws, 4, c_, 5, c_, h, bold=True)
    merge(ws, 4, 5, 4, 7, "Tahun 2021", bold=True)
    for i, h in enumerate(["Target", "Realisasi", "% Capaian"]):
        put(ws, 5, 5 + i, h, bold=True, align=CENTER)
    merge(ws, 4, 8, 5, 8, "Target Akhir Renstra (2026)", bold=True)
    merge(ws, 4, 9, 5, 9, "Capaian s.d. 2021 terhadap Renstra (%)", bold=True)
    for c_ in range(1, 10):
        put(ws, 6, c_, c_, align=CENTER)
    r = 7
    no = 0
    R = rng(77)
    for si, (sas, ids) in enumerate(SAS):
        ids = present(y, ids)
        merge(ws, r, 1, r, 9, "Sasaran %d : %s" % (si + 1, sas), bold=True, align=WRAP)
        r += 1
        for iid in ids:
            no += 1
            kind, base, names, unit = IND[iid]
            t, real = V[(iid, y)]
            prev = V[(iid, 2020)][1] if 2020 in names else "-"
            pct = unit == "%"
            sc = (lambda x: x / 100) if pct else (lambda x: x)
            f = FMT_PCT2 if pct else None
            put(ws, r, 1, no)
            put(ws, r, 2, names[y])
            put(ws, r, 3, unit)
            put(ws, r, 4, sc(prev) if prev != "-" else "-", f or fmt_of(prev))
            put(ws, r, 5, sc(t), f or fmt_of(t))
            put(ws, r, 6, sc(real), f or fmt_of(real))
            put(ws, r, 7, "=F%d/E%d*100" % (r, r), FMT_DEC)
            if kind == "pct":
                ren = min(100.0, r2(t * 1.1))
            elif kind in ("cnt",):
                ren = int(round(t * 1.3))
            elif kind == "int":
                ren = int(round(t * 1.35))
            else:
                ren = r2(t * 1.32)
            put(ws, r, 8, sc(ren), f or fmt_of(ren))
            put(ws, r, 9, "=ROUND(F%d/H%d*100,2)" % (r, r), FMT_DEC)
            key.add(fn, ws.title, r, y, names[y], iid, t, real, "B%d" % r, "E%d" % r, "F%d" % r)
            r += 1
    r += 1
    sig(ws, r, 6, "31 Desember 2021")
    widths(ws, {"A": 5, "B": 52, "C": 11, "D": 12, "E": 12, "F": 12, "G": 10, "H": 14, "I": 14})
    return wb


def book_2022(key, fn, V):
    y = 2022
    wb = Workbook()
    ws = wb.active
    ws.title = "PK 2022"
    merge(ws, 1, 1, 1, 6, "PENGUKURAN KINERJA", bold=True, border=False)
    merge(ws, 2, 1, 2, 6, "BADAN PENDAPATAN DAERAH KABUPATEN TANAH LINTANG", bold=True, border=False)
    merge(ws, 3, 1, 3, 6, "TAHUN 2022", bold=True, border=False)
    for i, h in enumerate(["No", "Sasaran / Indikator Kinerja", "Uraian", "Nilai", "Satuan", "Keterangan"], 1):
        put(ws, 5, i, h, bold=True, align=CENTER)
    r = 6
    for si, (sas, ids) in enumerate(SAS):
        ids = present(y, ids)
        put(ws, r, 1, "%s." % "ABCD"[si], bold=True)
        merge(ws, r, 2, r, 6, "Sasaran Strategis : " + sas, bold=True, align=WRAP)
        r += 1
        for j, iid in enumerate(ids, 1):
            kind, base, names, unit = IND[iid]
            t, real = V[(iid, y)]
            put(ws, r, 1, "%d.%d" % (si + 1, j))
            merge(ws, r, 2, r, 6, names[y], align=WRAP)
            for i, lab in enumerate(["Target", "Realisasi", "Capaian"]):
                put(ws, r + 1 + i, 1, None)
                put(ws, r + 1 + i, 2, None)
                put(ws, r + 1 + i, 3, lab)
            put(ws, r + 1, 4, t, fmt_of(t)); put(ws, r + 1, 5, unit)
            put(ws, r + 2, 4, real, fmt_of(real)); put(ws, r + 2, 5, unit)
            put(ws, r + 3, 4, "=D%d/D%d" % (r + 2, r + 1), FMT_PCT2); put(ws, r + 3, 5, "%")
            for i in range(3):
                put(ws, r + 1 + i, 6, None)
            key.add(fn, ws.title, r, y, names[y], iid, t, real, "B%d" % r, "D%d" % (r + 1), "D%d" % (r + 2))
            r += 4
    r += 1
    put(ws, r, 2, "Jumlah Anggaran Tahun 2022 : Rp. 10.442.870.500", border=False)
    put(ws, r + 1, 2, "Jumlah Realisasi Anggaran Tahun 2022 : Rp. 9.702.118.064", border=False)
    sig(ws, r + 3, 4, "30 Desember 2022")
    widths(ws, {"A": 6, "B": 50, "C": 12, "D": 14, "E": 11, "F": 14})
    return wb


IKU_2023 = ["c01", "c02", "c03", "c06", "c18", "c19"]


def book_2023(key, fn, V):
    y = 2023
    wb = Workbook()
    ws = wb.active
    ws.title = "Capaian 2023"
    merge(ws, 1, 1, 1, 8, "CAPAIAN KINERJA BADAN PENDAPATAN DAERAH", bold=True, border=False)
    merge(ws, 2, 1, 2, 8, "KABUPATEN TANAH LINTANG TAHUN 2023", bold=True, border=False)
    r = 4
    merge(ws, r, 1, r, 8, "A. INDIKATOR KINERJA UTAMA (IKU)", bold=True, border=False, align=WRAP)
    r += 1
    for i, h in enumerate(["No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)"], 1):
        put(ws, r, i, h, bold=True, align=CENTER)
    r += 1
    for n, iid in enumerate(IKU_2023, 1):
        kind, base, names, unit = IND[iid]
        t, real = V[(iid, y)]
        pct = unit == "%"
        put(ws, r, 1, n)
        put(ws, r, 2, names[y])
        put(ws, r, 3, unit)
        put(ws, r, 4, t / 100 if pct else t, FMT_PCT2 if pct else fmt_of(t))
        put(ws, r, 5, real / 100 if pct else real, FMT_PCT2 if pct else fmt_of(real))
        put(ws, r, 6, "=E%d/D%d" % (r, r), FMT_PCT2)
        key.add(fn, ws.title, r, y, names[y], iid, t, real, "B%d" % r, "D%d" % r, "E%d" % r)
        r += 1
    r += 2
    merge(ws, r, 1, r, 8, "B. INDIKATOR KINERJA LAINNYA (INDIKATOR PROGRAM)", bold=True, border=False, align=WRAP)
    r += 1
    for i, h in enumerate(["No", "Indikator Kinerja", "Satuan", "Target 2023", "Realisasi 2023", "%",
                           "Realisasi 2022", "Peningkatan"], 1):
        put(ws, r, i, h, bold=True, align=CENTER)
    r += 1
    n = 0
    for sas, ids in SAS:
        for iid in present(y, ids):
            if iid in IKU_2023:
                continue
            n += 1
            kind, base, names, unit = IND[iid]
            t, real = V[(iid, y)]
            put(ws, r, 1, n)
            put(ws, r, 2, names[y])
            put(ws, r, 3, unit)
            put(ws, r, 4, t, fmt_of(t))
            put(ws, r, 5, real, fmt_of(real))
            put(ws, r, 6, "=ROUND(E%d/D%d*100,2)" % (r, r), FMT_DEC)
            prev = V[(iid, 2022)][1] if 2022 in names else None
            put(ws, r, 7, prev if prev is not None else "-", fmt_of(prev) if prev is not None else None)
            put(ws, r, 8, "=E%d-G%d" % (r, r) if prev is not None else "-", fmt_of(real))
            key.add(fn, ws.title, r, y, names[y], iid, t, real, "B%d" % r, "D%d" % r, "E%d" % r)
            r += 1
    r += 1
    put(ws, r, 2, "Pagu Anggaran 2023 : Rp 11.208.560.000 ; Realisasi : Rp 10.388.914.250", border=False)
    sig(ws, r + 2, 5, "29 Desember 2023")
    widths(ws, {"A": 5, "B": 52, "C": 11, "D": 12, "E": 12, "F": 10, "G": 12, "H": 12})
    return wb


def main():
    V = values()
    key = Key(AGENCY, SLUG, YEARS)
    key.ambiguous = [["c06", "c17"], ["c26", "c27"]]
    plan = [("LKjIP Bapenda 2020 - Tabel Bab III.xlsx", book_2020),
            ("Capaian Kinerja Bapenda 2021.ods", book_2021),
            ("PENGUKURAN KINERJA BAPENDA 2022.xlsx", book_2022),
            ("Capaian IKU dan Indikator Lainnya Bapenda 2023.xls", book_2023)]
    for fn, f in plan:
        ship(f(key, fn, V), SLUG, fn)
        key.files.append(fn)
    key.write()
    print(SLUG, len(key.rows), "key rows")


if __name__ == "__main__":
    main()
