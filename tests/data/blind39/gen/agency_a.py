"""Agency A: UPTD Laboratorium Kesehatan Daerah, Kabupaten Watu Lerang (invented), 2019-2022."""
import random
from common import Agency, L, fmt_id, split_flow, level_path, deliver

KAB = "Watu Lerang"
SAS = {
    1: "Meningkatnya mutu pelayanan laboratorium kesehatan",
    2: "Meningkatnya cakupan pemeriksaan laboratorium kesehatan",
    3: "Meningkatnya tata kelola dan kemandirian keuangan UPTD",
}
# id: kind, polarity, unit, sasaran, {year: name}, {year: (target, realisasi)}
D = {
 "A01": ("level", "+", "%", 1, {
    2019: "Persentase sampel yang diperiksa sesuai standar mutu laboratorium",
    2020: "Prosentase sampel yg diperiksa sesuai standar mutu",
    2021: "Persentase Sampel Yang Diperiksa Sesuai Standar Mutu Laboratorium",
    2022: "Persentase sampel diperiksa sesuai standar mutu laboratorium (%)"},
    {2019: (90, 92.4), 2020: (92, 88.75), 2021: (93, 94.1), 2022: (95, 96.2)}),
 "A02": ("flow", "+", "sampel", 2, {
    2019: "Jumlah sampel yang diperiksa ",
    2020: "Jumlah seluruh sampel yang diperiksa",
    2021: "Jumlah sampel yang diperiksa (sampel)",
    2022: "Jumlah Sampel yg Diperiksa"},
    {2019: (12000, 12480), 2020: (12500, 10960), 2021: (13000, 14215), 2022: (14000, 14870)}),
 "A03": ("flow", "+", "sampel", 2, {
    2019: "Jumlah sampel klinik yang diperiksa",
    2020: "Jumlah sampel klinis yg diperiksa",
    2021: "Jumlah pemeriksaan sampel klinik",
    2022: "Jumlah Sampel Klinik yang Diperiksa"},
    {2019: (8000, 8315), 2020: (8300, 6920), 2021: (8600, 9480), 2022: (9200, 9610)}),
 "A04": ("flow", "+", "sampel", 2, {
    2019: "Jumlah sampel kesehatan lingkungan (air, makanan & minuman) yang diperiksa",
    2020: "Jumlah sampel kesling yg diperiksa",
    2021: "Jumlah pemeriksaan sampel kesehatan lingkungan",
    2022: "Jumlah Sampel Kesehatan Lingkungan yang Diperiksa"},
    {2019: (4000, 4165), 2020: (4200, 4040), 2021: (4400, 4735), 2022: (4800, 5260)}),
 "A05": ("level", "+", "%", 1, {
    2019: "Persentase hasil pemeriksaan yang disampaikan tepat waktu",
    2020: "Prosentase hasil pemeriksaan tepat waktu",
    2021: "Persentase hasil pemeriksaan laboratorium yang disampaikan tepat waktu",
    2022: "Persentase Hasil Pemeriksaan Disampaikan Tepat Waktu (%)"},
    {2019: (85, 87.3), 2020: (87, 81.6), 2021: (88, 90.2), 2022: (90, 91.45)}),
 "A06": ("level", "+", "nilai", 1, {
    2019: "Indeks Kepuasan Masyarakat (IKM)",
    2020: "Nilai IKM",
    2021: "Indeks Kepuasan Masyarakat terhadap pelayanan laboratorium",
    2022: "IKM Pelayanan Laboratorium"},
    {2019: (80, 82.35), 2020: (81, 83.1), 2021: (82, 84.72), 2022: (83, 85.06)}),
 "A07": ("level", "+", "nilai", 1, {
    2019: "Nilai Pemantapan Mutu Eksternal (PME)",
    2020: "Nilai PME",
    2021: "Nilai Pemantapan Mutu Eksternal",
    2022: "Nilai PME (Pemantapan Mutu Eksternal)"},
    {2019: (85, 88), 2020: (85, 86.5), 2021: (87, 89.25), 2022: (88, 90)}),
 "A08": ("grade", "+", "predikat", 3, {
    2019: "Nilai Evaluasi SAKIP UPTD",
    2020: "Predikat SAKIP"},
    {2019: (None, None), 2020: (None, None)}),
 "A09": ("level", "+", "%", 1, {
    2019: "Persentase alat laboratorium yang terkalibrasi",
    2020: "Prosentase alat lab terkalibrasi",
    2021: "Persentase peralatan laboratorium yang telah dikalibrasi",
    2022: "Persentase Alat Laboratorium Terkalibrasi (%)"},
    {2019: (80, 85.7), 2020: (85, 71.4), 2021: (90, 92.9), 2022: (95, 97.1)}),
 "A10": ("flow", "+", "unit", 1, {
    2019: "Jumlah alat laboratorium yang dikalibrasi",
    2020: "Jumlah alat lab yg dikalibrasi",
    2021: "Jumlah peralatan laboratorium yang dikalibrasi",
    2022: "Jumlah Alat Laboratorium yang Dikalibrasi (unit)"},
    {2019: (35, 36), 2020: (40, 30), 2021: (40, 39), 2022: (42, 41)}),
 "A11": ("level", "-", "jam", 1, {
    2019: "Rata-rata waktu tunggu hasil pemeriksaan (jam)",
    2020: "Rata - rata waktu tunggu hasil pemeriksaan",
    2021: "Waktu tunggu rata-rata hasil pemeriksaan laboratorium",
    2022: "Rata-rata Waktu Tunggu Hasil Pemeriksaan (jam)"},
    {2019: (24, 22.5), 2020: (24, 26), 2021: (22, 20.4), 2022: (20, 18.75)}),
 "A12": ("level", "-", "%", 1, {
    2019: "Persentase pemeriksaan ulang akibat kesalahan pra-analitik",
    2020: "Prosentase pemeriksaan ulang (re-test)",
    2021: "Persentase pemeriksaan ulang akibat kesalahan pra analitik",
    2022: "Persentase Pemeriksaan Ulang Karena Kesalahan Pra-Analitik (%)"},
    {2019: (5, 3.8), 2020: (5, 6.2), 2021: (4, 3.1), 2022: (2, 2.4)}),
 "A13": ("flow", "+", "spesimen", 2, {
    2020: "Jumlah spesimen COVID-19 yang diperiksa (RT-PCR)",
    2021: "Jumlah spesimen Covid-19 diperiksa dengan RT-PCR",
    2022: "Jumlah Spesimen COVID-19 yang Diperiksa (PCR)"},
    {2020: (2000, 3412), 2021: (6000, 8935), 2022: (3000, 1264)}),
 "A14": ("level", "+", "%", 2, {
    2020: "Prosentase hasil PCR keluar kurang dari 24 jam",
    2021: "Persentase hasil pemeriksaan RT-PCR yang keluar < 24 jam"},
    {2020: (80, 62.5), 2021: (85, 88.4)}),
 "A14b": ("level", "+", "%", 2, {
    2022: "Persentase hasil pemeriksaan COVID-19 (PCR & antigen) yang keluar kurang dari 24 jam"},
    {2022: (90, 93.8)}),
 "A15": ("level", "+", "fasyankes", 2, {
    2019: "Jumlah fasilitas pelayanan kesehatan yang bekerja sama (MoU)",
    2020: "Jumlah fasyankes yg bekerjasama",
    2021: "Jumlah fasyankes yang bekerja sama dengan Labkesda",
    2022: "Jumlah Fasilitas Pelayanan Kesehatan yang Bekerja Sama"},
    {2019: (20, 21), 2020: (24, 23), 2021: (26, 27), 2022: (28, 30)}),
 "A16": ("flow", "+", "fasyankes", 2, {
    2021: "Jumlah fasyankes baru yang bekerja sama",
    2022: "Jumlah Fasilitas Pelayanan Kesehatan Baru yang Bekerja Sama"},
    {2021: (3, 4), 2022: (3, 3)}),
 "A17": ("flow", "+", "Rp juta", 3, {
    2019: "Pendapatan retribusi pelayanan laboratorium (Rp. juta)",
    2020: "Realisasi retribusi pelayanan laboratorium (juta rupiah)",
    2021: "Pendapatan Retribusi Pelayanan Laboratorium Kesehatan",
    2022: "Pendapatan Retribusi Pelayanan Laboratorium (Rp juta)"},
    {2019: (1200, 1265.4), 2020: (1300, 1012.8), 2021: (1450000000, 1523750000), 2022: (1600, 1688.2)}),
 "A18": ("flow", "+", "orang", 3, {
    2019: "Jumlah tenaga laboratorium yang mengikuti pelatihan teknis",
    2020: "Jumlah tenaga lab (ATLM) yg mengikuti pelatihan",
    2021: "Jumlah tenaga laboratorium (ATLM) yang mengikuti pelatihan",
    2022: "Jumlah Tenaga Laboratorium yang Mengikuti Pelatihan Teknis"},
    {2019: (10, 12), 2020: (10, 4), 2021: (12, 12), 2022: (12, 14)}),
 "A19": ("level", "+", "%", 3, {
    2019: "Persentase limbah B3 laboratorium yang dikelola sesuai standar",
    2020: "Prosentase limbah B3 yg dikelola sesuai ketentuan",
    2021: "Persentase Limbah Bahan Berbahaya dan Beracun (B3) yang Dikelola Sesuai Standar",
    2022: "Persentase Limbah B3 yang Dikelola Sesuai Standar (%)"},
    {2019: (100, 100), 2020: (100, 100), 2021: (100, 98.5), 2022: (100, 100)}),
 "A20": ("flow", "+", "dokumen", 3, {
    2019: "Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun",
    2020: "Jumlah dokumen perencanaan & pelaporan",
    2021: "Jumlah Dokumen Perencanaan dan Pelaporan Kinerja UPTD",
    2022: "Jumlah dokumen perencanaan & pelaporan kinerja"},
    {2019: (6, 6), 2020: (6, 6), 2021: (7, 7), 2022: (7, 7)}),
 "A21": ("level", "+", "%", 3, {
    2019: "Persentase laporan bulanan yang disampaikan tepat waktu",
    2020: "Prosentase laporan bulanan tepat waktu"},
    {2019: (100, 91.7), 2020: (100, 83.3)}),
 "A22": ("level", "+", "parameter", 1, {
    2021: "Jumlah parameter pemeriksaan yang terakreditasi KAN",
    2022: "Jumlah Parameter Pemeriksaan Terakreditasi (KAN)"},
    {2021: (10, 12), 2022: (15, 15)}),
 "A23": ("level", "+", "%", 1, {
    2022: "Persentase Parameter Pemeriksaan yang Terakreditasi"},
    {2022: (40, 42.9)}),
}
ORDER = {
 2019: [1, ["A01", "A05", "A06", "A07", "A09", "A10", "A11", "A12"], 2, ["A02", "A03", "A04", "A15"],
        3, ["A08", "A17", "A18", "A19", "A20", "A21"]],
 2020: [1, ["A01", "A05", "A06", "A07", "A09", "A10", "A11", "A12"], 2, ["A02", "A03", "A04", "A13", "A14", "A15"],
        3, ["A08", "A17", "A18", "A19", "A20", "A21"]],
 2021: [1, ["A01", "A05", "A06", "A07", "A09", "A10", "A11", "A12", "A22"],
        2, ["A02", "A03", "A04", "A13", "A14", "A15", "A16"], 3, ["A17", "A18", "A19", "A20"]],
 2022: [1, ["A01", "A05", "A06", "A07", "A09", "A10", "A11", "A12", "A22", "A23"],
        2, ["A02", "A03", "A04", "A13", "A14b", "A15", "A16"], 3, ["A17", "A18", "A19", "A20"]],
}


def groups(year):
    o = ORDER[year]
    return [(o[i], o[i + 1]) for i in range(0, len(o), 2)]


def TR(i, y):
    return D[i][5][y]


def name(i, y):
    return D[i][4][y]


def signature(s, r, c, year, date, head=0):
    heads = [("dr. RATNA SEKAR WULANDARI, M.Kes", "Pembina (IV/a)", "NIP. 19780312 200501 2 004"),
             ("YOSEF BRIA KELEN, S.Si., M.Kes", "Penata Tingkat I (III/d)", "NIP. 19810625 200604 1 011")]
    n, pk, nip = heads[head]
    s.text(r, c, f"{KAB}, {date}")
    s.text(r + 1, c, "Kepala UPTD Laboratorium Kesehatan Daerah")
    s.text(r + 2, c, f"Kabupaten {KAB}")
    s.text(r + 6, c, n, b=True)
    s.text(r + 7, c, pk)
    s.text(r + 8, c, nip)
    return r + 9


# --------------------------------------------------------------------------- 2019 (.xls)
def y2019(ag):
    Y = 2019
    b = ag.book("PK UPTD Labkesda 2019", "xls")
    s = b.sheet("PK 2019", doc="Annual Pengukuran Kinerja: title rows 1-3, header rows 5-6 (Target and Realisasi each "
                "split into Nilai / Satuan), numbered column row 7 (1..9), data rows {rows}, Sasaran merged per group "
                "(col B), No in col A, Indikator col C, Target D/E, Realisasi F/G, Capaian H (formula), Keterangan I; "
                "budget lines and signature below.")
    s.widths({"A": 5, "B": 28, "C": 48, "D": 10, "E": 10, "F": 10, "G": 10, "H": 11, "I": 18})
    for r, t in [(1, "PENGUKURAN KINERJA"), (2, f"UPTD LABORATORIUM KESEHATAN DAERAH KABUPATEN {KAB.upper()}"),
                 (3, "TAHUN ANGGARAN 2019")]:
        s.merge(r, 1, r, 9, t, b=True, h="center", box=False)
    s.merge(5, 1, 6, 1, "No", b=True, h="center")
    s.merge(5, 2, 6, 2, "Sasaran Strategis", b=True, h="center")
    s.merge(5, 3, 6, 3, "Indikator Kinerja", b=True, h="center")
    s.merge(5, 4, 5, 5, "Target", b=True, h="center")
    s.merge(5, 6, 5, 7, "Realisasi", b=True, h="center")
    s.merge(5, 8, 6, 8, "Capaian (%)", b=True, h="center")
    s.merge(5, 9, 6, 9, "Keterangan", b=True, h="center")
    for c, t in [(4, "Nilai"), (5, "Satuan"), (6, "Nilai"), (7, "Satuan")]:
        s.put(6, c, t, b=True, h="center")
    for c in range(1, 10):
        s.put(7, c, c, h="center", i=True)
    r = 8
    n = 0
    for g, ids in groups(Y):
        s.merge(r, 2, r + len(ids) - 1, 2, SAS[g], v_al="top")
        for i in ids:
            n += 1
            kind, pol, unit, _, _, _ = D[i]
            T, R = TR(i, Y)
            s.put(r, 1, n, h="center")
            nm = name(i, Y)
            s.put(r, 3, nm)
            unit_t = {"Rp juta": "Rp. juta"}.get(unit, unit)
            s.put(r, 5, unit_t, h="center")
            s.put(r, 7, unit_t, h="center")
            cap = f"=ROUND(F{r}/D{r}*100,2)"
            kT, kR = T, R
            tval, rval = T, R
            fmt = "#,##0.0" if unit == "Rp juta" else ("0.00" if isinstance(R, float) else "0")
            if i == "A08":
                tval, rval, cap = "B", "B", 100
                kT = kR = None
                ag.note(b, s.title, r, "A08 grade indicator: target 'B', realisasi 'B', capaian typed 100 -> key null/null")
            if i == "A09":
                tval = 800
                kT = 800
                ag.note(b, s.title, r, "A09 target typed 10x: 800 for 80 % (capaian formula then gives 10,71); keyed as typed 800")
            if i == "A21":
                rval = "91,7"
                ag.note(b, s.title, r, "A21 realisasi typed as text '91,7' (Indonesian decimal) -> 91.7")
            if i == "A05":
                cap = f"=ROUND(F{r+1}/D{r+1}*100,2)"
                ag.note(b, s.title, r, f"A05 capaian formula points at the next row (=F{r+1}/D{r+1}): shows A06's 102,94 instead of 102,71")
            if pol == "-":
                ag.note(b, s.title, r, f"{i} is a NEGATIVE indicator (lower is better) but column H uses the positive formula F/D*100")
            s.put(r, 4, tval, fmt=fmt if not isinstance(tval, str) else None, h="center")
            s.put(r, 6, rval, fmt=fmt if not isinstance(rval, str) else None, h="center")
            s.put(r, 8, cap, fmt="0.00", h="center")
            s.put(r, 9, "")
            ag.key(b, s, r, 3, Y, i, nm, kT, kR, dict(cells=[f"D{r}"], agg="one"), dict(cells=[f"F{r}"], agg="one"))
            r += 1
    last = r - 1
    s.rows(8, last)
    s.merge(r, 1, r, 7, "Rata-rata Capaian Kinerja", b=True, h="right")
    s.put(r, 8, f"=ROUND(AVERAGE(H8:H{last}),2)", fmt="0.00", b=True)
    s.put(r, 9, "")
    ag.note(b, s.title, r, "Rata-rata row (average of capaian): not a key row")
    r += 2
    s.text(r, 2, "Jumlah Anggaran")
    s.text(r, 3, ": Rp. 1.845.320.000,-")
    s.text(r + 1, 2, "Jumlah Realisasi Anggaran")
    s.text(r + 1, 3, ": Rp. 1.712.904.250,-")
    ag.note(b, s.title, r, "budget lines (Jumlah Anggaran / Realisasi Anggaran): not key rows")
    signature(s, r + 3, 7, Y, "31 Desember 2019")

    h = b.sheet("PK 2019 (draft)", hidden=True, doc="HIDDEN draft of the PK with older targets; not keyed.")
    h.put(1, 1, "DRAFT PK 2019 - jangan dipakai", b=True, box=False)
    h.put(3, 1, "No", b=True); h.put(3, 2, "Indikator", b=True); h.put(3, 3, "Target", b=True); h.put(3, 4, "Satuan", b=True)
    rr = 4
    for g, ids in groups(Y):
        for i in ids:
            T, _ = TR(i, Y)
            h.put(rr, 1, rr - 3); h.put(rr, 2, name(i, Y)); h.put(rr, 3, (T * 0.95 if isinstance(T, (int, float)) else "B"))
            h.put(rr, 4, D[i][2])
            rr += 1
    ag.note(b, h.title, None, "hidden draft sheet with the same indicator names and other targets: no key rows")

    c = b.sheet("Catatan", doc="Notes sheet (free text, mentions indicator names): no key rows.")
    c.text(1, 1, "Catatan penyusunan PK 2019", b=True)
    c.text(3, 1, "1. Target Persentase alat laboratorium yang terkalibrasi mengacu pada jadwal kalibrasi BPFK.")
    c.text(4, 1, "2. Indeks Kepuasan Masyarakat (IKM) diukur melalui survei semester II (responden 384).")
    c.text(5, 1, "3. Rata-rata waktu tunggu hasil pemeriksaan adalah indikator negatif (semakin kecil semakin baik).")
    c.text(6, 1, "4. Data retribusi bersumber dari BKU Bendahara Penerimaan per 31 Desember 2019.")
    ag.note(b, c.title, None, "notes sheet naming indicators in sentences: no key rows")


# --------------------------------------------------------------------------- 2020 (.xlsx)
def y2020(ag):
    Y = 2020
    rng = random.Random(2020)
    b = ag.book("Rencana Aksi TW Labkesda 2020", "xlsx")
    s = b.sheet("RA 2020", doc="Quarterly Rencana Aksi: title rows 1-3, header rows 5-6 (Triwulan I..IV each Target / "
                "Realisasi), data rows {rows} with Sasaran group rows (merged B:N) between indicators; columns A No, "
                "B Indikator Kinerja, C Satuan, D Target Tahunan, E..L TW I-IV target/realisasi pairs, M Capaian (%), "
                "N Penanggung Jawab. NO annual realisasi column: realisasi = sum of quarters (flows) or last reported "
                "quarter (levels).")
    s.widths({"A": 5, "B": 46, "C": 10, "D": 11, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 9, "K": 9, "L": 9, "M": 10, "N": 20})
    for r, t in [(1, "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2020"),
                 (2, "UPTD LABORATORIUM KESEHATAN DAERAH"), (3, f"DINAS KESEHATAN KABUPATEN {KAB.upper()}")]:
        s.merge(r, 1, r, 14, t, b=True, h="center", box=False)
    s.merge(5, 1, 6, 1, "No", b=True, h="center")
    s.merge(5, 2, 6, 2, "Indikator Kinerja", b=True, h="center")
    s.merge(5, 3, 6, 3, "Satuan", b=True, h="center")
    s.merge(5, 4, 6, 4, "Target Tahunan", b=True, h="center")
    for k, t in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
        s.merge(5, 5 + 2 * k, 5, 6 + 2 * k, t, b=True, h="center")
        s.put(6, 5 + 2 * k, "Target", b=True, h="center")
        s.put(6, 6 + 2 * k, "Realisasi", b=True, h="center")
    s.merge(5, 13, 6, 13, "Capaian (%)", b=True, h="center")
    s.merge(5, 14, 6, 14, "Penanggung Jawab", b=True, h="center")
    r = 7
    n = 0
    roman = {1: "I", 2: "II", 3: "III"}
    for g, ids in groups(Y):
        s.put(r, 1, roman[g], b=True, h="center")
        s.merge(r, 2, r, 14, f"Sasaran {g}: {SAS[g]}", b=True)
        ag.note(b, s.title, r, "Sasaran group row: not a key row")
        r += 1
        for i in ids:
            n += 1
            kind, pol, unit, _, _, _ = D[i]
            T, R = TR(i, Y)
            nm = name(i, Y)
            s.put(r, 1, n, h="center")
            s.put(r, 2, nm)
            s.put(r, 3, unit, h="center")
            fmt = None
            dec = 1 if unit == "Rp juta" else 0
            if kind == "flow":
                qt = split_flow(T, 4, rng, dec)
                qr = split_flow(R, 4, rng, dec)
            elif kind == "level":
                qt = [T] * 4
                isint = isinstance(R, int)
                qr = level_path(R, 4, rng, dec=2, integer=isint, cap=100 if unit == "%" else None,
                                rising=(pol == "+"))
            else:
                qt, qr = ["-", "-", "-", "BB"], ["-", "-", "-", "B"]
            tcell = T
            kT = T
            kR = (sum(qr) if kind == "flow" else qr[-1]) if kind != "grade" else None
            rcells = [f"{L(6 + 2*k)}{r}" for k in range(4)]
            agg = "sum" if kind == "flow" else "last"
            if i == "A08":
                tcell, kT = "BB", None
                ag.note(b, s.title, r, "A08 grade: target 'BB', TW I-III '-', TW IV 'B' -> key null/null")
            if i == "A01":
                tcell = ">= 92"
                ag.note(b, s.title, r, "A01 annual target typed as text '>= 92' -> key 92 (capaian cell M shows 0: IFERROR on text)")
            if i == "A09":
                fmt = "0%"
                qt = [0.40, 0.60, 0.75, 0.85]
                ag.note(b, s.title, r, "A09 whole row stored as fractions in percent-formatted cells (0.85 shown 85%) -> key in percent points")
            if i == "A14":
                qt = [T] * 4
                qr = level_path(R, 3, rng, dec=1) + [None]
                qr[0] = None
                kR = qr[2]
                ag.note(b, s.title, r, "A14 TW I not applicable (blank) and TW IV not reported (blank): last reported quarter is TW III = 62,5 (capaian cell M shows 0)")
            if i == "A13":
                qt = [0, 500, 700, 800]
                qr = [None, 812, 1120, 1480]
                kR = 812 + 1120 + 1480
                ag.note(b, s.title, r, "A13 flow: TW I target 0 and realisasi '-' (no testing before April) -> realisasi = 812+1120+1480 = 3412")
            s.put(r, 4, tcell if fmt is None else tcell / 100, fmt=fmt, h="center")
            for k in range(4):
                tv = qt[k]
                rv = qr[k]
                if rv is None:
                    rv = "-" if i == "A13" else None
                s.put(r, 5 + 2 * k, tv, fmt=fmt, h="center")
                if i == "A09" and isinstance(rv, (int, float)):
                    rv = round(rv / 100, 4)
                s.put(r, 6 + 2 * k, rv, fmt=fmt, h="center")
            # text with units in some quarter cells
            if i == "A02":
                s.put(r, 8, f"{fmt_id(qr[1])} sampel", h="center")
                ag.note(b, s.title, r, f"A02 TW II realisasi typed as text with unit '{fmt_id(qr[1])} sampel'")
            if i == "A03":
                s.put(r, 10, f"{fmt_id(qr[2])} sampel", h="center")
                ag.note(b, s.title, r, f"A03 TW III realisasi typed as text with unit '{fmt_id(qr[2])} sampel'")
            if i == "A06":
                s.put(r, 12, fmt_id(qr[3]), h="center")
                ag.note(b, s.title, r, f"A06 TW IV realisasi typed as text '{fmt_id(qr[3])}' -> {qr[3]} (capaian cell M shows 0: IFERROR on text)")
            if i == "A05":
                s.put(r, 6, f"{fmt_id(qr[0])} %", h="center")
                ag.note(b, s.title, r, f"A05 TW I realisasi typed as text '{fmt_id(qr[0])} %'")
            # capaian: clerk divides TW IV realisasi by the annual target for every row
            if i == "A08":
                s.put(r, 13, "-", h="center")
            elif i == "A07":
                s.put(r, 13, 107.5, fmt="0.00", h="center")
                ag.note(b, s.title, r, "A07 capaian typed 107,50 while 86,5/85 = 101,76 (typed capaian that disagrees)")
            else:
                s.put(r, 13, f"=IFERROR(L{r}/D{r}*100,0)" if i != "A09" else f"=L{r}/D{r}*100", fmt="0.00", h="center")
                if kind == "flow":
                    ag.note(b, s.title, r, f"{i} is a flow but capaian M uses TW IV only (=L/D*100) instead of the sum of quarters")
                if pol == "-":
                    ag.note(b, s.title, r, f"{i} negative indicator with positive capaian formula")
            s.put(r, 14, "Kasubag TU" if g == 3 else "Koord. Pelayanan")
            ag.key(b, s, r, 2, Y, i, nm, kT, kR, dict(cells=[f"D{r}"], agg="one"), dict(cells=rcells, agg=agg))
            r += 1
    s.rows(7, r - 1)
    signature(s, r + 2, 11, Y, "8 Januari 2021")
    b.sheet("Sheet2", doc="empty default sheet.")


# --------------------------------------------------------------------------- 2021 (.ods)
PREV = {  # realisasi shown for earlier years in the 2021 LKjIP table (A01 2020 revised: trap)
}


def y2021(ag):
    Y = 2021
    b = ag.book("LKjIP 2021 Tabel Bab III", "ods")
    s = b.sheet("Tabel 3.1", doc="LKjIP chapter III table: caption rows 1-2, header rows 4-5 (Realisasi 2019/2020/2021, "
                "Target 2021, Capaian 2019/2020/2021, Target Akhir Renstra 2023, Capaian thd Renstra), numbered "
                "column row 6, data rows {rows} with Sasaran group rows. Only 2021 is keyed: target col G, realisasi col F; col H Polaritas. "
                "NOTE the realisasi columns come BEFORE the target column.")
    s.widths({"A": 5, "B": 48, "C": 9, "D": 10, "E": 10, "F": 10, "G": 10, "H": 10, "I": 9, "J": 9, "K": 9, "L": 10, "M": 10})
    s.merge(1, 1, 1, 13, "Tabel 3.1", b=True, h="center", box=False)
    s.merge(2, 1, 2, 13, "Perbandingan Realisasi dan Capaian Kinerja UPTD Labkesda Tahun 2019 s.d. 2021", b=True, h="center", box=False)
    s.merge(4, 1, 5, 1, "No", b=True, h="center")
    s.merge(4, 2, 5, 2, "Indikator Kinerja", b=True, h="center")
    s.merge(4, 3, 5, 3, "Satuan", b=True, h="center")
    s.merge(4, 4, 4, 6, "Realisasi", b=True, h="center")
    for k, yy in enumerate([2019, 2020, 2021]):
        s.put(5, 4 + k, yy, b=True, h="center")
        s.put(5, 9 + k, yy, b=True, h="center")
    # realisasi 2021 is column F (6), target 2021 column G (7)
    s.merge(4, 7, 5, 7, "Target 2021", b=True, h="center")
    s.merge(4, 8, 5, 8, "Polaritas", b=True, h="center")
    s.merge(4, 9, 4, 11, "Capaian (%)", b=True, h="center")
    s.merge(4, 12, 5, 12, "Target Akhir Renstra (2023)", b=True, h="center")
    s.merge(4, 13, 5, 13, "Capaian thd Renstra (%)", b=True, h="center")
    for c in range(1, 14):
        s.put(6, c, f"({c})", h="center", i=True)
    renstra = {"A01": 95, "A02": 14500, "A03": 9500, "A04": 5000, "A05": 90, "A06": 85, "A07": 90, "A09": 100,
               "A10": 45, "A11": 18, "A12": 2, "A13": 3000, "A14": 90, "A15": 30, "A16": 3, "A17": 1700000000,
               "A18": 12, "A19": 100, "A20": 7, "A22": 20}
    r = 7
    n = 0
    for g, ids in groups(Y):
        s.merge(r, 1, r, 13, f"Sasaran {g} : {SAS[g]}", b=True)
        ag.note(b, s.title, r, "Sasaran group row: not a key row")
        r += 1
        for i in ids:
            n += 1
            kind, pol, unit, _, names, vals = D[i]
            T, R = TR(i, Y)
            nm = name(i, Y)
            s.put(r, 1, n, h="center")
            s.put(r, 2, nm)
            u = "Rp" if i == "A17" else unit
            s.put(r, 3, u, h="center")
            fmt = '0.00" %"' if unit == "%" else ("#,##0" if (u in ("sampel", "Rp", "spesimen")) else "0.##")
            prev = []
            for yy in (2019, 2020):
                if yy in vals and vals[yy][1] is not None:
                    pv = vals[yy][1]
                    if i == "A17":
                        pv = pv * 1000000
                    if i == "A01" and yy == 2020:
                        pv = 89.02
                    prev.append(pv)
                else:
                    prev.append("-")
            s.put(r, 4, prev[0], fmt=fmt if prev[0] != "-" else None, h="center")
            s.put(r, 5, prev[1], fmt=fmt if prev[1] != "-" else None, h="center")
            rv, kR = R, R
            if i == "A05":
                rv, kR = 0.902, 0.902
                ag.note(b, s.title, r, "A05 realisasi 2021 typed as a fraction 0,902 (cell format 0.00\" %\", displayed '0,90 %') where the column holds percent points (90,2 meant); keyed as typed 0.902")
            if i == "A17":
                rv = "Rp. " + fmt_id(R)
                ag.note(b, s.title, r, "A17 unit switched to full rupiah this year; realisasi typed as text 'Rp. 1.523.750.000' -> 1523750000; target 1.450.000.000 as number")
            s.put(r, 6, rv, fmt=fmt if not isinstance(rv, str) else None, h="center")
            s.put(r, 7, T, fmt=fmt, h="center")
            s.put(r, 8, "Negatif" if pol == "-" else "Positif", h="center")
            # capaian columns
            for k, yy in enumerate((2019, 2020)):
                if yy in vals and i != "A08":
                    t0, r0 = vals[yy]
                    if pol == "-":
                        cp = round((2 * t0 - r0) / t0 * 100, 2)
                    else:
                        cp = round(r0 / t0 * 100, 2)
                    s.put(r, 9 + k, cp, fmt="0.00", h="center")
                else:
                    s.put(r, 9 + k, "-", h="center")
            if pol == "-":
                cap = f"=ROUND((2*G{r}-F{r})/G{r}*100,2)"
            else:
                cap = f"=ROUND(F{r}/G{r}*100,2)"
            if i == "A15":
                cap = 110
                ag.note(b, s.title, r, "A15 capaian 2021 typed 110 while 27/26 = 103,85 (typed capaian that disagrees)")
            if i == "A01":
                ag.note(b, s.title, r, "A01 'Realisasi 2020' shows 89,02 although the 2020 Rencana Aksi says 88,75 (revised figure; 2020 column is not keyed here)")
            if unit == "%":
                ag.note(b, s.title, r, f"{i} values carry the custom number format 0.00\" %\" (literal percent sign, NOT a percent format): stored 2021 value is percent points")
            s.put(r, 11, cap, fmt="0.00", h="center")
            s.put(r, 12, renstra[i], fmt=fmt, h="center")
            s.put(r, 13, f"=IFERROR(ROUND(F{r}/L{r}*100,2),\"-\")", fmt="0.00", h="center")
            ag.key(b, s, r, 2, Y, i, nm, T, kR, dict(cells=[f"G{r}"], agg="one"), dict(cells=[f"F{r}"], agg="one"))
            r += 1
    s.rows(7, r - 1)
    s.text(r + 1, 2, "Sumber: Laporan Bulanan UPTD Labkesda dan SIMLAB, diolah", size=9)

    a = b.sheet("Tabel 3.2 Anggaran", doc="Budget table per programme (no indicators): no key rows.")
    a.put(1, 1, "Tabel 3.2 Realisasi Anggaran Tahun 2021", b=True, box=False)
    hdr = ["No", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]
    for c, t in enumerate(hdr, 1):
        a.put(3, c, t, b=True, h="center")
    rows = [("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1325400000, 1248713500),
            ("2", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 986250000, 941020300),
            ("", "Jumlah", "=SUM(C4:C5)", "=SUM(D4:D5)")]
    for k, row in enumerate(rows):
        rr = 4 + k
        for c, v in enumerate(row, 1):
            a.put(rr, c, v, fmt="#,##0" if c in (3, 4) else None)
        a.put(rr, 5, f"=ROUND(D{rr}/C{rr}*100,2)", fmt="0.00")
    a.widths({"B": 60, "C": 16, "D": 16})
    ag.note(b, a.title, None, "budget table: no key rows")

    h = b.sheet("olah data", hidden=True, doc="HIDDEN chart data (years as columns): no key rows.")
    h.put(1, 1, "indikator"); h.put(1, 2, 2019); h.put(1, 3, 2020); h.put(1, 4, 2021)
    for k, i in enumerate(["A01", "A05", "A06", "A09"]):
        h.put(2 + k, 1, name(i, Y))
        for j, yy in enumerate((2019, 2020, 2021)):
            h.put(2 + k, 2 + j, D[i][5][yy][1])
    ag.note(b, h.title, None, "hidden chart-data sheet: no key rows")


# --------------------------------------------------------------------------- 2022 (.xlsx)
def y2022(ag):
    Y = 2022
    b = ag.book("Pengukuran Kinerja Labkesda 2022", "xlsx")
    s = b.sheet("PK 2022", doc="Banjar-style annual table: title rows 1-4, Kabupaten / Nama UPTD lines 6-7, one header "
                "row 9 (Sasaran Strategis | Indikator Kinerja | Target | Realisasi | % Realisasi), data rows {rows}. "
                "Value and unit in ONE text cell ('95 %', '14.000 sampel', 'Rp. 1.600 (juta)'); indicator names carry "
                "numbering prefixes '1. '..'21. '; Sasaran written once, blank cells below mean 'same as above' (not merged).")
    s.widths({"A": 30, "B": 58, "C": 16, "D": 16, "E": 11, "F": 4})
    s.merge(1, 1, 1, 5, "PENGUKURAN KINERJA", b=True, h="center", box=False)
    s.merge(2, 1, 2, 5, "UPTD LABORATORIUM KESEHATAN DAERAH", b=True, h="center", box=False)
    s.merge(3, 1, 3, 5, f"KABUPATEN {KAB.upper()}", b=True, h="center", box=False)
    s.merge(4, 1, 4, 5, "TAHUN 2022", b=True, h="center", box=False)
    s.text(6, 1, f"Kabupaten : {KAB}")
    s.text(7, 1, "Nama UPTD : UPTD Laboratorium Kesehatan Daerah")
    for c, t in enumerate(["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Realisasi"], 1):
        s.put(9, c, t, b=True, h="center")
    r = 10
    n = 0

    def vt(i, v):
        unit = D[i][2]
        if v is None:
            return "-"
        if unit == "%":
            return f"{fmt_id(v)} %"
        if unit == "Rp juta":
            return f"Rp. {fmt_id(v)} (juta)"
        if unit == "nilai":
            return fmt_id(v)
        return f"{fmt_id(v)} {unit}"

    for g, ids in groups(Y):
        first = True
        for i in ids:
            n += 1
            kind, pol, unit, _, _, _ = D[i]
            T, R = TR(i, Y)
            nm = f"{n}. {name(i, Y)}"
            s.put(r, 1, SAS[g] if first else None, v_al="top")
            first = False
            s.put(r, 2, nm)
            tt, rt = vt(i, T), vt(i, R)
            kT, kR = T, R
            if pol == "-":
                cap = round((2 * T - R) / T * 100, 2)
            else:
                cap = round(R / T * 100, 2)
            if i == "A12":
                tt = "2-3 %"
                ag.note(b, s.title, r, "A12 target typed as a range '2-3 %' -> key lower bound 2 (negative indicator: % 80 = (2*2-2,4)/2)")
                cap = 80
            if i == "A23":
                tt = ">= 40 %"
                ag.note(b, s.title, r, "A23 target typed '>= 40 %' -> key 40")
            if i == "A02":
                cap = 106.12
                ag.note(b, s.title, r, "A02 % typed 106,12 while 14.870/14.000 = 106,21 (digits swapped)")
            if i == "A11":
                ag.note(b, s.title, r, "A11 negative indicator: % 106,25 computed as (2T-R)/T")
            if i == "A09":
                tt = "95%"
            s.put(r, 3, tt, h="center")
            s.put(r, 4, rt, h="center")
            s.put(r, 5, fmt_id(cap) if i not in ("A09",) else cap, h="center")
            ag.key(b, s, r, 2, Y, i, nm, kT, kR, dict(cells=[f"C{r}"], agg="one"), dict(cells=[f"D{r}"], agg="one"))
            r += 1
            if i == "A10":
                # duplicated row (copy-paste), same content
                s.put(r, 1, None)
                s.put(r, 2, nm)
                s.put(r, 3, tt, h="center")
                s.put(r, 4, rt, h="center")
                s.put(r, 5, fmt_id(cap), h="center")
                ag.note(b, s.title, r, f"DUPLICATE of the A10 row above (same name, same figures): second copy is not a key row")
                r += 1
    s.rows(10, r - 1)
    r += 1
    s.text(r, 1, "Jumlah Anggaran Kegiatan Tahun 2022 : Rp. 2.310.450.000,-")
    s.text(r + 1, 1, "Jumlah Realisasi Anggaran Kegiatan Tahun 2022 : Rp. 2.187.664.120,-")
    ag.note(b, s.title, r, "budget lines: not key rows")
    signature(s, r + 3, 4, Y, "16 Januari 2023", head=1)

    d = b.sheet("Definisi Operasional", doc="Definitions sheet (indicator names with formulas and data sources): no key rows.")
    for c, t in enumerate(["No", "Indikator", "Formulasi", "Sumber Data"], 1):
        d.put(1, c, t, b=True)
    defs = [("A01", "Jumlah sampel sesuai standar mutu / jumlah sampel diperiksa x 100%", "SIMLAB"),
            ("A11", "Total waktu tunggu / jumlah pemeriksaan (jam)", "Register pelayanan"),
            ("A23", "Parameter terakreditasi / seluruh parameter x 100%", "Sertifikat KAN"),
            ("A22", "Jumlah parameter dalam ruang lingkup akreditasi KAN", "Sertifikat KAN")]
    for k, (i, f, sd) in enumerate(defs):
        d.put(2 + k, 1, k + 1); d.put(2 + k, 2, name(i, Y)); d.put(2 + k, 3, f); d.put(2 + k, 4, sd)
    d.widths({"B": 60, "C": 55, "D": 20})
    ag.note(b, d.title, None, "definitions sheet repeats indicator names: no key rows")

    h = b.sheet("PK 2022 (2)", hidden=True, doc="HIDDEN earlier copy of the table with unrevised targets: no key rows.")
    h.put(1, 1, "Indikator Kinerja", b=True); h.put(1, 2, "Target", b=True)
    rr = 2
    for g, ids in groups(Y):
        for i in ids:
            T, _ = TR(i, Y)
            h.put(rr, 1, name(i, Y)); h.put(rr, 2, T)
            rr += 1
    ag.note(b, h.title, None, "hidden copy sheet: no key rows")


def build():
    ag = Agency("a_labkesda_watu_lerang",
                f"UPTD Laboratorium Kesehatan Daerah Kabupaten {KAB}", [2019, 2020, 2021, 2022])
    ag.ambiguous = [["A14", "A14b"]]
    ag.flows = [i for i in D if D[i][0] == "flow"]
    y2019(ag); y2020(ag); y2021(ag); y2022(ag)
    return ag


if __name__ == "__main__":
    deliver(build())
