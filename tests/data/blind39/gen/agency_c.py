"""Agency C: Badan Pengelolaan Aset Daerah, Provinsi Kepulauan Selindang (invented), 2022-2025."""
import random
from common import Agency, L, fmt_id, split_flow, level_path, deliver

PROV = "Kepulauan Selindang"
IBUKOTA = "Tanjung Birai"
SAS = {
    1: "Meningkatnya kepastian hukum dan tertib administrasi aset daerah",
    2: "Meningkatnya optimalisasi pemanfaatan aset daerah",
    3: "Meningkatnya kualitas pengelolaan dan pelaporan barang milik daerah",
    4: "Meningkatnya akuntabilitas dan kualitas pelayanan Badan",
}
D = {
 "C01": ("level", "+", "%", 1, {
    2022: "Persentase aset tanah milik Pemerintah Provinsi yang bersertifikat",
    2023: "Persentase Aset Tanah Pemprov Bersertifikat",
    2024: "Prosentase aset tanah yang telah bersertifikat",
    2025: "Persentase bidang tanah milik Pemprov yang bersertipikat"},
    {2022: (62.4, 63.1), 2023: (66, 67.25), 2024: (70, 71.8), 2025: (75, 74.2)}),
 "C02": ("flow", "+", "bidang", 1, {
    2022: "Jumlah bidang tanah yang disertifikatkan",
    2023: "Jumlah Bidang Tanah yang Disertipikatkan",
    2024: "Jumlah bidang tanah yg disertifikatkan",
    2025: "Jumlah bidang tanah yang disertipikatkan (bidang)"},
    {2022: (40, 46), 2023: (50, 58), 2024: (55, 49), 2025: (60, 64)}),
 "C03": ("grade", "+", "opini", 3, {
    2022: "Opini BPK atas LKPD",
    2023: "Opini BPK RI terhadap Laporan Keuangan Pemerintah Daerah",
    2024: "Opini BPK atas LKPD",
    2025: "Opini Badan Pemeriksa Keuangan (BPK) atas LKPD"},
    {2022: (None, None), 2023: (None, None), 2024: (None, None), 2025: (None, None)}),
 "C04": ("level", "+", "%", 1, {
    2022: "Persentase Barang Milik Daerah (BMD) yang tercatat dalam aplikasi SIMDA BMD",
    2023: "Persentase BMD yang Tercatat dalam Aplikasi",
    2024: "Prosentase BMD tercatat pada aplikasi SIPD-BMD",
    2025: "Persentase barang milik daerah yang tercatat dalam aplikasi SIPD BMD"},
    {2022: (90, 91.5), 2023: (92, 93.7), 2024: (95, 96.4), 2025: (97, 98.1)}),
 "C05": ("level", "-", "temuan", 3, {
    2022: "Jumlah temuan BPK terkait pengelolaan aset",
    2023: "Jumlah Temuan BPK Bidang Aset",
    2024: "Jumlah temuan BPK RI terkait pengelolaan BMD",
    2025: "Jumlah temuan pemeriksaan BPK terkait aset daerah"},
    {2022: (8, 9), 2023: (6, 5), 2024: (5, 5), 2025: (4, 3)}),
 "C06": ("level", "+", "%", 3, {
    2022: "Persentase tindak lanjut rekomendasi hasil pemeriksaan BPK bidang aset",
    2023: "Persentase Tindak Lanjut Rekomendasi BPK Bidang Aset",
    2024: "Prosentase tindak lanjut temuan BPK terkait aset",
    2025: "Persentase tindak lanjut rekomendasi BPK bidang aset yang diselesaikan"},
    {2022: (75, 77.8), 2023: (80, 83.3), 2024: (85, 80), 2025: (90, 92.31)}),
 "C07": ("flow", "+", "Rp juta", 2, {
    2022: "Pendapatan dari pemanfaatan aset daerah (Rp juta)",
    2023: "Pendapatan Pemanfaatan BMD",
    2024: "Pendapatan hasil pemanfaatan aset daerah (juta rupiah)",
    2025: "Pendapatan dari Pemanfaatan Aset Daerah"},
    {2022: (3000, 3185.6), 2023: (3250000000, 3412800000), 2024: (3500, 3377.25), 2025: (3750, 3910.4)}),
 "C08": ("level", "+", "perjanjian", 2, {
    2022: "Jumlah perjanjian pemanfaatan aset yang aktif",
    2023: "Jumlah Perjanjian Pemanfaatan Aset",
    2024: "Jumlah perjanjian pemanfaatan BMD (sewa, KSP, BGS/BSG)",
    2025: "Jumlah perjanjian pemanfaatan aset daerah"},
    {2022: (30, 32), 2023: (34, 35), 2024: (38, 41), 2025: (42, 44)}),
 "C09": ("flow", "+", "perjanjian", 2, {
    2022: "Jumlah perjanjian pemanfaatan aset baru",
    2023: "Jumlah Perjanjian Pemanfaatan Aset Baru",
    2024: "Jumlah perjanjian pemanfaatan  BMD baru",
    2025: "Jumlah perjanjian baru pemanfaatan aset daerah"},
    {2022: (4, 5), 2023: (4, 3), 2024: (5, 6), 2025: (5, 4)}),
 "C10": ("level", "+", "%", 1, {
    2022: "Persentase kendaraan dinas yang terinventarisasi",
    2023: "Persentase Kendaraan Dinas yang Terinventarisasi",
    2024: "Prosentase kendaraan dinas terinventarisir",
    2025: "Persentase kendaraan dinas yang terinventarisasi (%)"},
    {2022: (95, 97.2), 2023: (97, 98.6), 2024: (1000, 99.1), 2025: (100, 100)}),
 "C11": ("flow", "+", "unit", 3, {
    2022: "Jumlah kendaraan dinas yang dihapuskan",
    2023: "Jumlah Kendaraan Dinas yang Dihapuskan",
    2024: "Jumlah kendaraan dinas yg dihapus dari daftar BMD",
    2025: "Jumlah penghapusan kendaraan dinas"},
    {2022: (50, 48), 2023: (60, 72), 2024: (60, 55), 2025: (40, 45)}),
 "C12": ("flow", "+", "unit", 3, {
    2022: "Jumlah BMD selain kendaraan yang dihapuskan",
    2023: "Jumlah BMD Non Kendaraan yang Dihapuskan",
    2024: "Jumlah barang milik daerah selain kendaraan yg dihapus dari daftar BMD",
    2025: "Jumlah penghapusan BMD selain kendaraan dinas"},
    {2022: (1500, 1620), 2023: (1800, 1755), 2024: (2000, 2310), 2025: (2000, 2145)}),
 "C13": ("level", "+", "%", 1, {
    2022: "Persentase perangkat daerah yang menyampaikan laporan BMD semesteran tepat waktu",
    2023: "Persentase PD yang Menyampaikan Laporan BMD Tepat Waktu",
    2024: "Prosentase OPD yg menyampaikan laporan BMD semesteran tepat waktu",
    2025: "Persentase Perangkat Daerah yang menyampaikan laporan barang semesteran tepat waktu"},
    {2022: (85, 88.1), 2023: (90, 92.9), 2024: (92, 0.952), 2025: (95, 97.6)}),
 "C14": ("level", "-", "aset", 1, {
    2022: "Jumlah aset bermasalah (sengketa)",
    2023: "Jumlah Aset Sengketa",
    2024: "Jumlah aset daerah yang bersengketa",
    2025: "Jumlah aset bermasalah/sengketa"},
    {2022: (12, 14), 2023: (10, 11), 2024: (9, 7), 2025: (7, 7)}),
 "C15": ("level", "+", "%", 1, {
    2022: "Persentase penyelesaian aset bermasalah",
    2023: "Persentase Penyelesaian Aset Sengketa",
    2024: "Prosentase penyelesaian aset daerah yang bersengketa",
    2025: "Persentase aset bermasalah/sengketa yang diselesaikan"},
    {2022: (20, 14.3), 2023: (25, 27.3), 2024: (30, 33.3), 2025: (35, 42.9)}),
 "C16": ("level", "+", "Rp miliar", 3, {
    2022: "Nilai aset tetap yang direkonsiliasi (Rp miliar)",
    2023: "Nilai Aset Tetap Terekonsiliasi",
    2024: "Nilai aset tetap yang direkonsiliasi dengan BPKAD (Rp. Miliar)"},
    {2022: (12500, 12873.4), 2023: (13000, 13210.55), 2024: (13500, 13655.2)}),
 "C16b": ("level", "+", "%", 3, {
    2025: "Persentase nilai aset tetap yang telah direkonsiliasi"},
    {2025: (100, 100)}),
 "C17": ("flow", "+", "dokumen", 3, {
    2022: "Jumlah dokumen Rencana Kebutuhan Barang Milik Daerah (RKBMD) yang disusun",
    2023: "Jumlah Dokumen RKBMD",
    2024: "Jumlah dokumen RKBMD yg disusun",
    2025: "Jumlah dokumen RKBMD (pengadaan & pemeliharaan) yang disusun"},
    {2022: (2, 2), 2023: (2, 2), 2024: (2, 2), 2025: (2, 2)}),
 "C18": ("level", "+", "indeks", 4, {
    2024: "Indeks kepuasan perangkat daerah terhadap layanan pengelolaan aset"},
    {2024: (3.2, 3.31)}),
 "C18b": ("level", "+", "nilai", 4, {
    2025: "Indeks Kepuasan Masyarakat (IKM) Layanan Pengelolaan Aset"},
    {2025: (82, 84.6)}),
 "C19": ("level", "+", "nilai", 4, {
    2022: "Nilai SAKIP BPAD",
    2023: "Predikat SAKIP Badan Pengelolaan Aset Daerah"},
    {2022: (70, 68.45), 2023: (None, None)}),
 "C20": ("level", "+", "%", 1, {
    2023: "Persentase Aset Tanah yang Terpetakan dalam Sistem Informasi Geografis (SIG)",
    2024: "Prosentase aset tanah terpetakan dalam SIG",
    2025: "Persentase aset tanah yang telah dipetakan secara digital (GIS)"},
    {2023: (30, 34.5), 2024: (50, 52.8), 2025: (70, 68.2)}),
 "C21": ("level", "+", "%", 1, {
    2022: "Persentase capaian inventarisasi (sensus) BMD"},
    {2022: (80, 85.7)}),
}
ORDER = {
 2022: [1, ["C01", "C02", "C04", "C10", "C13", "C14", "C15", "C21"], 2, ["C07", "C08", "C09"],
        3, ["C03", "C05", "C06", "C11", "C12", "C16", "C17"], 4, ["C19"]],
 2023: [1, ["C01", "C02", "C04", "C10", "C13", "C14", "C15", "C20"], 2, ["C07", "C08", "C09"],
        3, ["C03", "C05", "C06", "C11", "C12", "C16", "C17"], 4, ["C19"]],
 2024: [1, ["C01", "C02", "C20", "C04", "C10", "C13", "C14", "C15"], 2, ["C07", "C08", "C09"],
        3, ["C03", "C05", "C06", "C11", "C12", "C16", "C17"], 4, ["C18"]],
 2025: [1, ["C01", "C02", "C20", "C04", "C10", "C13", "C14", "C15"], 2, ["C07", "C08", "C09"],
        3, ["C03", "C05", "C06", "C11", "C12", "C16b", "C17"], 4, ["C18b"]],
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def groups(y):
    o = ORDER[y]
    return [(o[i], o[i + 1]) for i in range(0, len(o), 2)]


def TR(i, y):
    return D[i][5][y]


def name(i, y):
    return D[i][4][y]


def sign(s, r, c, date, who=0, gov=False):
    heads = [("Drs. ANDREAS PALUPI MANURUNG, M.Si", "Pembina Utama Muda (IV/c)", "NIP. 19700815 199503 1 002"),
             ("Ir. NURLAILA SYAHRIR, M.T.", "Pembina Utama Muda (IV/c)", "NIP. 19730210 199803 2 006")]
    n, pk, nip = heads[who]
    s.text(r, c, f"{IBUKOTA}, {date}")
    s.text(r + 1, c, "Kepala Badan Pengelolaan Aset Daerah")
    s.text(r + 2, c, f"Provinsi {PROV}")
    s.text(r + 6, c, n, b=True)
    s.text(r + 7, c, pk)
    s.text(r + 8, c, nip)


# --------------------------------------------------------------------------- 2022 monthly (.xlsx)
SCHED = {  # months (1-based) in which a level indicator is reported
    "C01": [3, 6, 9, 12], "C05": [5, 12], "C06": [3, 6, 9, 12], "C14": [3, 6, 9, 12], "C15": [3, 6, 9],
    "C16": [6, 12], "C13": [7, 12], "C19": [10], "C21": [4, 8, 12], "C08": list(range(1, 13)),
    "C04": list(range(1, 13)), "C10": [6, 12],
}


def y2022(ag):
    Y = 2022
    rng = random.Random(2022)
    b = ag.book("Monitoring Bulanan Kinerja BPAD 2022", "xlsx")
    s = b.sheet("Monev 2022", doc="MONTHLY monitoring sheet: title rows 1-3, header rows 5-6 ('Realisasi Bulan' over Jan..Des), "
                "data rows {rows} with sasaran group rows (merged A:R); columns A No, B Indikator Kinerja, C Satuan, "
                "D Target 2022, E..P realisasi Jan..Des, Q Capaian s.d. Desember (%), R Keterangan. No annual realisasi "
                "column: key realisasi = sum of months for flows, last reported month for levels (several levels are "
                "reported only quarterly / per semester / once).")
    s.widths({"A": 5, "B": 50, "C": 10, "D": 11, "Q": 11, "R": 22})
    for c in range(5, 17):
        s.ws.column_dimensions[L(c)].width = 8
    s.merge(1, 1, 1, 18, "MONITORING CAPAIAN KINERJA BULANAN", b=True, h="center", box=False)
    s.merge(2, 1, 2, 18, f"BADAN PENGELOLAAN ASET DAERAH PROVINSI {PROV.upper()}", b=True, h="center", box=False)
    s.merge(3, 1, 3, 18, "TAHUN 2022", b=True, h="center", box=False)
    s.merge(5, 1, 6, 1, "No", b=True, h="center")
    s.merge(5, 2, 6, 2, "Indikator Kinerja", b=True, h="center")
    s.merge(5, 3, 6, 3, "Satuan", b=True, h="center")
    s.merge(5, 4, 6, 4, "Target 2022", b=True, h="center")
    s.merge(5, 5, 5, 16, "Realisasi Bulan", b=True, h="center")
    for k, m in enumerate(MONTHS):
        s.put(6, 5 + k, m, b=True, h="center")
    s.merge(5, 17, 6, 17, "Capaian s.d. Desember (%)", b=True, h="center")
    s.merge(5, 18, 6, 18, "Keterangan", b=True, h="center")
    r = 7
    n = 0
    letters = "ABCD"
    for g, ids in groups(Y):
        s.merge(r, 1, r, 18, f"{letters[g-1]}. {SAS[g]}", b=True)
        ag.note(b, s.title, r, "sasaran group row: not a key row")
        r += 1
        for i in ids:
            n += 1
            kind, pol, unit, _, _, _ = D[i]
            T, R = TR(i, Y)
            nm = name(i, Y)
            s.put(r, 1, n, h="center")
            s.put(r, 2, nm)
            s.put(r, 3, unit, h="center")
            month = [None] * 12
            ket = None
            fmt = "#,##0.0" if unit == "Rp juta" else ("#,##0.00" if unit == "Rp miliar" else "0.##")
            if kind == "flow":
                dec = 1 if unit == "Rp juta" else 0
                month = split_flow(R, 12, rng, dec)
                kR = round(sum(month), 6)
                agg = "sum"
            elif kind == "level":
                sched = SCHED.get(i, [3, 6, 9, 12])
                path = level_path(R, len(sched), rng, dec=2, integer=isinstance(R, int),
                                  cap=100 if unit == "%" else None, rising=(pol == "+"))
                for m, v in zip(sched, path):
                    month[m - 1] = v
                kR = R
                agg = "last"
            else:
                month[5] = "WTP"
                kR = None
                agg = "last"
            tcell, kT = T, T
            if i == "C03":
                tcell, kT = "WTP", None
                ket = "LHP BPK diterima Juni"
                ag.note(b, s.title, r, "C03 grade: target 'WTP', June 'WTP' -> key null/null")
            if i == "C15":
                ket = "data Desember belum masuk"
                ag.note(b, s.title, r, "C15 reported Mar/Jun/Sep only, December blank: last reported month Sep = 14,3 (capaian cell uses December -> 0)")
            if i == "C19":
                ket = "hasil evaluasi Inspektorat (Okt)"
                ag.note(b, s.title, r, "C19 numeric SAKIP score reported once (Oktober) = 68,45")
            if i == "C16":
                ag.note(b, s.title, r, "C16 level reported per semester (Jun, Des)")
            if i == "C02":
                month[2] = f"{month[2]} bidang"
                ag.note(b, s.title, r, f"C02 March realisasi typed as text '{month[2]}'")
            if i == "C07":
                month[6] = f"{fmt_id(month[6])} jt"
                ag.note(b, s.title, r, f"C07 July realisasi typed as text '{month[6]}' (SUM in capaian ignores it)")
            if i == "C12":
                month[9] = f"{fmt_id(month[9])} unit"
                ag.note(b, s.title, r, f"C12 October realisasi typed as text '{month[9]}'")
            if i == "C09":
                month = [("-" if v == 0 else v) for v in month]
                ag.note(b, s.title, r, "C09 flow: months without new agreements written '-' (= 0)")
            if i == "C17":
                month = [None] * 12
                month[1], month[10] = 1, 1
                ag.note(b, s.title, r, "C17 flow: RKBMD documents in Feb and Nov only, other months blank")
            pct = i in ("C04", "C10")
            if pct:
                fmt = "0.0%"
                ag.note(b, s.title, r, f"{i} row stored as fractions in percent-formatted cells -> key in percent points")
            s.put(r, 4, (tcell / 100 if pct else tcell), fmt=fmt if not isinstance(tcell, str) else None, h="center")
            for k in range(12):
                v = month[k]
                if pct and isinstance(v, (int, float)):
                    v = round(v / 100, 4)
                s.put(r, 5 + k, v, fmt=fmt if isinstance(v, (int, float)) else None, h="center")
            if kind == "flow":
                cap = f"=IFERROR(ROUND(SUM(E{r}:P{r})/D{r}*100,2),0)"
                if i == "C11":
                    cap = f"=IFERROR(ROUND(SUM(E{r}:O{r})/D{r}*100,2),0)"
                    ag.note(b, s.title, r, "C11 capaian SUM range stops at November (E:O), December left out")
            else:
                cap = f"=IFERROR(ROUND(P{r}/D{r}*100,2),0)"
                if pol == "-":
                    ag.note(b, s.title, r, f"{i} negative indicator with positive capaian formula P/D*100")
            s.put(r, 17, cap, fmt="0.00", h="center")
            s.put(r, 18, ket)
            ag.key(b, s, r, 2, Y, i, nm, kT, kR, dict(cells=[f"D{r}"], agg="one"),
                   dict(cells=[f"{L(5+k)}{r}" for k in range(12)], agg=agg))
            r += 1
    s.rows(7, r - 1)
    sign(s, r + 2, 14, "5 Januari 2023")

    h = b.sheet("Rekap Smt I", hidden=True, doc="HIDDEN semester-I recap (names, target, realisasi s.d. Juni): no key rows.")
    h.put(1, 1, "Indikator", b=True); h.put(1, 2, "Target", b=True); h.put(1, 3, "s.d. Juni", b=True)
    rr = 2
    for g, ids in groups(Y):
        for i in ids:
            T, R = TR(i, Y)
            h.put(rr, 1, name(i, Y)); h.put(rr, 2, T if T is not None else "WTP")
            h.put(rr, 3, round(R * 0.5, 1) if R is not None else "-")
            rr += 1
    ag.note(b, h.title, None, "hidden semester recap: no key rows")
    c = b.sheet("Catatan", doc="Notes sheet: no key rows.")
    c.text(1, 1, "Catatan:", b=True)
    c.text(2, 1, "1. Realisasi indikator persentase diisi pada bulan pelaporan (triwulan/semester).")
    c.text(3, 1, "2. Pendapatan pemanfaatan aset dalam juta rupiah, sumber: Bapenda (rekening 4.1.04).")
    c.text(4, 1, "3. Opini BPK atas LKPD TA 2021 diterbitkan Juni 2022.")
    ag.note(b, c.title, None, "notes sheet: no key rows")


# --------------------------------------------------------------------------- 2023 cards (.ods)
def y2023(ag):
    Y = 2023
    b = ag.book("Capaian IKU BPAD 2023", "ods")
    s = b.sheet("Capaian 2023", doc="CARD layout (one block per indicator, as pasted into the LKjIP narrative): title rows 1-3, "
                "then per sasaran a heading row 'SASARAN n : ...' (merged A:H) and per indicator a 5-row card: "
                "'Indikator Kinerja : <name>' (number like 1.1 in A, label B, ':' C, name D merged D:H), "
                "'Target : value | satuan', 'Realisasi : value | satuan', 'Capaian : value %', then a blank row. "
                "Data rows {rows}. Key row = the 'Indikator Kinerja' line; target and realisasi in column D of the next two lines.")
    s.widths({"A": 6, "B": 18, "C": 2, "D": 22, "E": 14, "F": 14, "G": 14, "H": 14})
    s.merge(1, 1, 1, 8, "CAPAIAN INDIKATOR KINERJA UTAMA", b=True, h="center", box=False)
    s.merge(2, 1, 2, 8, f"BADAN PENGELOLAAN ASET DAERAH PROVINSI {PROV.upper()}", b=True, h="center", box=False)
    s.merge(3, 1, 3, 8, "TAHUN 2023", b=True, h="center", box=False)
    r = 5
    first = r
    for g, ids in groups(Y):
        s.merge(r, 1, r, 8, f"SASARAN {g} : {SAS[g].upper()}", b=True, box=False)
        ag.note(b, s.title, r, "sasaran heading row: not a key row")
        r += 2
        for k, i in enumerate(ids, 1):
            kind, pol, unit, _, _, _ = D[i]
            T, R = TR(i, Y)
            nm = name(i, Y)
            s.text(r, 1, f"{g}.{k}", b=True)
            s.text(r, 2, "Indikator Kinerja", b=True)
            s.text(r, 3, ":")
            s.merge(r, 4, r, 8, nm, b=True, box=False)
            u = {"Rp juta": "Rp", "nilai": "", "indeks": ""}.get(unit, unit)
            tv, rv = T, R
            kT, kR = T, R
            if i == "C07":
                u = "rupiah"
                tv, rv = f"Rp. {fmt_id(T)}", f"Rp. {fmt_id(R)}"
                ag.note(b, s.title, r, "C07 figures typed as text in full rupiah 'Rp. 3.250.000.000' / 'Rp. 3.412.800.000' (other years in juta)")
            if i == "C13":
                tv = ">= 90"
                ag.note(b, s.title, r, "C13 target typed '>= 90' -> key 90")
            if i in ("C03", "C19"):
                tv = rv = "WTP" if i == "C03" else "BB"
                kT = kR = None
                ag.note(b, s.title, r, f"{i} grade '{tv}' / '{rv}' -> key null/null")
            if i == "C12":
                rv = f"{fmt_id(R)} unit"
                ag.note(b, s.title, r, "C12 realisasi typed as text '1.755 unit'")
            if i == "C16":
                rv = fmt_id(R)
                ag.note(b, s.title, r, "C16 realisasi typed as text '13.210,55' (Rp miliar)")
            s.text(r + 1, 2, "Target")
            s.text(r + 1, 3, ":")
            s.put(r + 1, 4, tv, h="left", box=False, wrap=False, fmt="#,##0.##" if isinstance(tv, (int, float)) else None)
            s.text(r + 1, 5, u)
            s.text(r + 2, 2, "Realisasi")
            s.text(r + 2, 3, ":")
            s.put(r + 2, 4, rv, h="left", box=False, wrap=False, fmt="#,##0.##" if isinstance(rv, (int, float)) else None)
            s.text(r + 2, 5, u)
            s.text(r + 3, 2, "Capaian")
            s.text(r + 3, 3, ":")
            cap = f"=ROUND(D{r+2}/D{r+1}*100,2)"
            if pol == "-":
                if i == "C05":
                    cap = f"=ROUND((D{r+1}-D{r+2})/D{r+1}*100,2)"
                    ag.note(b, s.title, r, "C05 negative indicator computed with (target - realisasi)/target x 100 = 16,67 (third formula variant)")
                else:
                    cap = f"=ROUND((2*D{r+1}-D{r+2})/D{r+1}*100,2)"
            if i == "C08":
                cap = 105
                ag.note(b, s.title, r, "C08 capaian typed 105 while 35/34 = 102,94 (typed capaian that disagrees)")
            if i in ("C03", "C19"):
                cap = 100
            if i in ("C07", "C13", "C12", "C16"):
                cap = {"C07": 105.01, "C13": 103.22, "C12": 97.5, "C16": 101.62}[i]
                if i == "C13":
                    ag.note(b, s.title, r, "C13 capaian typed 103,22 (92,9/90 = 103,22: right)")
            s.put(r + 3, 4, cap, h="left", box=False, wrap=False, fmt="0.00")
            s.text(r + 3, 5, "%")
            ag.key(b, s, r, 4, Y, i, nm, kT, kR, dict(cells=[f"D{r+1}"], agg="one"), dict(cells=[f"D{r+2}"], agg="one"))
            r += 5
        r += 1
    s.rows(first, r - 1)
    sign(s, r + 1, 5, "15 Januari 2024")

    h = b.sheet("data_grafik", hidden=True, doc="HIDDEN chart data: no key rows.")
    h.put(1, 1, "Indikator"); h.put(1, 2, "Target"); h.put(1, 3, "Realisasi")
    for k, i in enumerate(["C01", "C04", "C10", "C13", "C20"]):
        T, R = TR(i, Y)
        h.put(2 + k, 1, name(i, Y)); h.put(2 + k, 2, T); h.put(2 + k, 3, R)
    ag.note(b, h.title, None, "hidden chart-data sheet: no key rows")
    b.sheet("Sheet2", doc="empty default sheet.")


# --------------------------------------------------------------------------- 2024 LKjIP + 2025 PK / realisasi (.xls)
RENSTRA = {"C01": 80, "C02": 280, "C20": 90, "C04": 100, "C10": 100, "C13": 100, "C14": 5, "C15": 50, "C07": 18500,
           "C08": 45, "C09": 25, "C05": 3, "C06": 95, "C11": 300, "C12": 9500, "C16": 14500, "C17": 10, "C18": 3.5,
           "C03": "WTP"}


def y2024_2025(ag):
    rng = random.Random(2425)
    b = ag.book("LKjIP 2024 dan Realisasi 2025 BPAD", "xls")
    # ---------------- LKjIP 2024
    Y = 2024
    s = b.sheet("Tabel 3.2 LKjIP 2024", doc="LKjIP chapter III table: caption rows 1-2, header rows 4-5, numbered row 6 "
                "((1)..(12)), data rows {rows}; columns A No, B Sasaran (merged per group), C Indikator Kinerja, D Satuan, "
                "E Realisasi 2022, F Realisasi 2023, G Target 2024, H Realisasi 2024, I Capaian 2024 (%), J Target Akhir "
                "Renstra (2026), K Capaian s.d. 2024 thd Renstra (%), L Status. Only 2024 is keyed (target G, realisasi H).")
    s.widths({"A": 5, "B": 28, "C": 50, "D": 11, "E": 11, "F": 11, "G": 11, "H": 11, "I": 10, "J": 12, "K": 12, "L": 16})
    s.merge(1, 1, 1, 12, "Tabel 3.2", b=True, h="center", box=False)
    s.merge(2, 1, 2, 12, "Capaian Indikator Kinerja Utama BPAD Tahun 2024 dibandingkan Tahun Sebelumnya dan Target Renstra",
            b=True, h="center", box=False)
    for c, t in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan")]:
        s.merge(4, c, 5, c, t, b=True, h="center")
    s.merge(4, 5, 4, 6, "Realisasi", b=True, h="center")
    s.put(5, 5, "2022", b=True, h="center")
    s.put(5, 6, "2023", b=True, h="center")
    s.merge(4, 7, 4, 9, "Tahun 2024", b=True, h="center")
    for c, t in [(7, "Target"), (8, "Realisasi"), (9, "Capaian (%)")]:
        s.put(5, c, t, b=True, h="center")
    s.merge(4, 10, 5, 10, "Target Akhir Renstra (2026)", b=True, h="center")
    s.merge(4, 11, 5, 11, "Capaian s.d. 2024 thd Target Renstra (%)", b=True, h="center")
    s.merge(4, 12, 5, 12, "Status", b=True, h="center")
    for c in range(1, 13):
        s.put(6, c, f"({c})", h="center", i=True)
    r = 7
    n = 0
    for g, ids in groups(Y):
        g0 = r
        for i in ids:
            n += 1
            kind, pol, unit, _, _, vals = D[i]
            T, R = TR(i, Y)
            nm = name(i, Y)
            s.put(r, 1, n, h="center")
            s.put(r, 3, nm)
            s.put(r, 4, {"Rp juta": "Rp. Juta", "Rp miliar": "Rp. Miliar"}.get(unit, unit), h="center")
            fmt = "#,##0.00" if unit.startswith("Rp") else "#,##0.##"
            for k, yy in enumerate((2022, 2023)):
                v = vals.get(yy, (None, None))[1] if yy in vals else "-"
                if i == "C07" and yy == 2023:
                    v = 3412.8
                if v is None:
                    v = "WTP" if i == "C03" else ("BB" if i == "C19" else "-")
                s.put(r, 5 + k, v, fmt=fmt if isinstance(v, (int, float)) else None, h="center")
            tv, rv, kT, kR = T, R, T, R
            if i == "C03":
                tv = rv = "WTP"
            if i == "C10":
                ag.note(b, s.title, r, "C10 target typed 10x: 1000 for 100 %; keyed as typed 1000 (capaian 9,91)")
            if i == "C13":
                ag.note(b, s.title, r, "C13 realisasi 2024 typed as a fraction 0,952 in a general cell (95,2 meant); keyed as typed 0.952")
            if i == "C16":
                rv = fmt_id(R)
                ag.note(b, s.title, r, "C16 realisasi typed as text '13.655,2'")
            s.put(r, 7, tv, fmt=fmt if isinstance(tv, (int, float)) else None, h="center")
            s.put(r, 8, rv, fmt=fmt if isinstance(rv, (int, float)) else None, h="center")
            if pol == "-" and i != "C14":
                cap = f"=IFERROR(ROUND((2*G{r}-H{r})/G{r}*100,2),\"-\")"
            else:
                cap = f"=IFERROR(ROUND(H{r}/G{r}*100,2),\"-\")"
            if i == "C14":
                ag.note(b, s.title, r, "C14 negative indicator with positive formula H/G*100 (77,78 instead of 122,22)")
            if i == "C03":
                cap = 100
            s.put(r, 9, cap, fmt="0.00", h="center")
            s.put(r, 10, RENSTRA[i], fmt=fmt if not isinstance(RENSTRA[i], str) else None, h="center")
            if kind == "flow":
                kform = f"=IFERROR(ROUND((E{r}+F{r}+H{r})/J{r}*100,2),\"-\")"
            else:
                kform = f"=IFERROR(ROUND(H{r}/J{r}*100,2),\"-\")"
            s.put(r, 11, kform if i != "C03" else "-", fmt="0.00", h="center")
            s.put(r, 12, f'=IFERROR(IF(K{r}>=100,"Tercapai",IF(K{r}>=80,"Akan tercapai","Perlu usaha keras")),"-")', h="center")
            ag.key(b, s, r, 3, Y, i, nm, kT if i != "C03" else None, kR if i != "C03" else None,
                   dict(cells=[f"G{r}"], agg="one"), dict(cells=[f"H{r}"], agg="one"))
            r += 1
            if i == "C08":
                for c, v in [(1, n), (3, nm), (4, unit), (5, vals[2022][1]), (6, vals[2023][1]), (7, T), (8, R),
                             (9, f"=IFERROR(ROUND(H{r}/G{r}*100,2),\"-\")"), (10, RENSTRA[i]),
                             (11, f"=IFERROR(ROUND(H{r}/J{r}*100,2),\"-\")"),
                             (12, f'=IFERROR(IF(K{r}>=100,"Tercapai",IF(K{r}>=80,"Akan tercapai","Perlu usaha keras")),"-")')]:
                    s.put(r, c, v, h="center" if c != 3 else None)
                ag.note(b, s.title, r, "DUPLICATE of the C08 row above: not a key row")
                r += 1
        s.merge(g0, 2, r - 1, 2, SAS[g], v_al="top")
    s.rows(7, r - 1)
    ag.note(b, s.title, None, "C07 'Realisasi 2023' column shows 3.412,8 (juta) while the 2023 card says Rp. 3.412.800.000 (context column, not keyed)")
    s.text(r + 1, 3, "Sumber: Laporan Pengukuran Kinerja BPAD 2022-2024, diolah", size=9)

    # ---------------- PK 2025 (targets only) + Real 2025 (formulas pointing at PK)
    Y = 2025
    pk = b.sheet("PK 2025", doc="Perjanjian Kinerja 2025 with Rencana Aksi targets (targets only, NO realisasi): title rows 1-3, "
                 "header row 6, data rows {rows}; columns A No, B Sasaran, C Indikator Kinerja, D Satuan, E Target 2025, "
                 "F-I target TW I-IV. Not keyed: the 2025 key rows are on sheet 'Real 2025', whose name and target "
                 "cells are formulas pointing here.")
    pk.widths({"A": 5, "B": 30, "C": 52, "D": 11, "E": 11, "F": 9, "G": 9, "H": 9, "I": 9})
    pk.merge(1, 1, 1, 9, "PERJANJIAN KINERJA TAHUN 2025", b=True, h="center", box=False)
    pk.merge(2, 1, 2, 9, f"BADAN PENGELOLAAN ASET DAERAH PROVINSI {PROV.upper()}", b=True, h="center", box=False)
    pk.merge(3, 1, 3, 9, "BESERTA RENCANA AKSI TRIWULANAN", b=True, h="center", box=False)
    for c, t in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2025", "TW I", "TW II",
                           "TW III", "TW IV"], 1):
        pk.put(6, c, t, b=True, h="center")
    prow = {}
    r = 7
    n = 0
    qplan = {}
    for g, ids in groups(Y):
        g0 = r
        for i in ids:
            n += 1
            kind, pol, unit, _, _, _ = D[i]
            T, R = TR(i, Y)
            pk.put(r, 1, n, h="center")
            pk.put(r, 3, name(i, Y))
            pk.put(r, 4, unit, h="center")
            tv = T
            if i == "C03":
                tv = "WTP"
            if i == "C13":
                tv = "95-97"
            pk.put(r, 5, tv, fmt="#,##0.##" if isinstance(tv, (int, float)) else None, h="center")
            if kind == "flow":
                qt = split_flow(T, 4, rng, 1 if unit == "Rp juta" else 0)
            elif kind == "level":
                qt = [T] * 4 if unit != "%" else [round(T * f, 1) for f in (0.85, 0.9, 0.95, 1)]
            else:
                qt = ["-", "WTP", "-", "-"]
            for k in range(4):
                pk.put(r, 6 + k, qt[k], fmt="#,##0.##" if isinstance(qt[k], (int, float)) else None, h="center")
            prow[i] = r
            r += 1
        pk.merge(g0, 2, r - 1, 2, SAS[g], v_al="top")
    pk.rows(7, r - 1)
    ag.note(b, pk.title, None, "targets-only PK sheet (names and targets repeated by formula on 'Real 2025'): no key rows")
    r += 1
    pk.text(r, 2, "Gubernur Kepulauan Selindang", b=True)
    pk.text(r, 6, "Kepala Badan Pengelolaan Aset Daerah", b=True)
    pk.text(r + 4, 2, "Dr. H. SAMSUDIN RAJA ALAM, M.M.", b=True)
    pk.text(r + 4, 6, "Ir. NURLAILA SYAHRIR, M.T.", b=True)
    pk.text(r + 5, 6, "NIP. 19730210 199803 2 006")

    rs = b.sheet("Real 2025", doc="Realisasi 2025 sheet whose NAME, SATUAN and TARGET cells are FORMULAS pointing at sheet "
                 "'PK 2025' (e.g. ='PK 2025'!C7): title rows 1-3, header row 5, data rows {rows}; the header row is "
                 "REPEATED in the middle of the table (page 2 of the printout) and the sasaran column is absent. Columns: "
                 "A No, B Indikator Kinerja (formula), C Satuan (formula), D Sifat (Positif/Negatif), E Target (formula), "
                 "F-I Realisasi TW I-IV, J Realisasi s.d. TW IV (formula: sum for flows, TW IV for levels), K Capaian (%), "
                 "L Keterangan. Keyed: target E, realisasi J.")
    rs.widths({"A": 5, "B": 54, "C": 11, "D": 9, "E": 11, "F": 9, "G": 9, "H": 9, "I": 9, "J": 12, "K": 10, "L": 18})
    rs.merge(1, 1, 1, 12, "REALISASI CAPAIAN KINERJA TAHUN 2025", b=True, h="center", box=False)
    rs.merge(2, 1, 2, 12, f"BADAN PENGELOLAAN ASET DAERAH PROVINSI {PROV.upper()}", b=True, h="center", box=False)
    rs.merge(3, 1, 3, 12, "(posisi s.d. Triwulan IV)", h="center", box=False)
    hdr = ["No", "Indikator Kinerja", "Satuan", "Sifat", "Target", "TW I", "TW II", "TW III", "TW IV",
           "Realisasi s.d. TW IV", "Capaian (%)", "Keterangan"]

    def header(rr):
        for c, t in enumerate(hdr, 1):
            rs.put(rr, c, t, b=True, h="center")
    header(5)
    r = 6
    n = 0
    allids = [i for g, ids in groups(Y) for i in ids]
    for idx, i in enumerate(allids):
        if idx == 11:
            header(r)
            ag.note(b, rs.title, r, "REPEATED header row (page break of the printout): not a key row")
            r += 1
        n += 1
        kind, pol, unit, _, _, _ = D[i]
        T, R = TR(i, Y)
        nm = name(i, Y)
        pr = prow[i]
        rs.put(r, 1, n, h="center")
        rs.put(r, 2, f"='PK 2025'!C{pr}")
        rs.put(r, 3, f"='PK 2025'!D{pr}", h="center")
        rs.put(r, 4, "Negatif" if pol == "-" else "Positif", h="center")
        rs.put(r, 5, f"='PK 2025'!E{pr}", fmt="#,##0.##", h="center")
        dec = 1 if unit == "Rp juta" else 0
        if kind == "flow":
            q = split_flow(R, 4, rng, dec)
            jf = f"=SUM(F{r}:I{r})"
        elif kind == "level":
            q = level_path(R, 4, rng, dec=2, integer=isinstance(R, int), cap=100 if unit == "%" else None,
                           rising=(pol == "+"))
            jf = f"=I{r}"
        else:
            q = ["-", "WTP", "-", "-"]
            jf = f"=G{r}"
        kT, kR = T, R
        if i == "C03":
            kT = kR = None
            ag.note(b, rs.title, r, "C03 grade: target ='PK 2025'!E -> 'WTP', realisasi =G -> 'WTP': key null/null")
        if i == "C13":
            ag.note(b, rs.title, r, "C13 target cell is a formula returning the text range '95-97' from PK 2025 -> key 95")
        if i == "C01":
            q[3] = f"{fmt_id(R)} %"
            ag.note(b, rs.title, r, f"C01 TW IV typed as text '{q[3]}'; the annual formula =I copies the text -> 74.2")
        for k in range(4):
            rs.put(r, 6 + k, q[k], fmt="#,##0.##" if isinstance(q[k], (int, float)) else None, h="center")
        rs.put(r, 10, jf, fmt="#,##0.##", h="center")
        if pol == "-" and i != "C14":
            cap = f'=IFERROR(ROUND((2*E{r}-J{r})/E{r}*100,2),"-")'
        else:
            cap = f'=IFERROR(ROUND(J{r}/E{r}*100,2),"-")'
        if i == "C14":
            ag.note(b, rs.title, r, "C14 negative indicator with positive formula J/E*100")
        if i == "C02":
            cap = f'=IFERROR(ROUND(J{r+1}/E{r+1}*100,2),"-")'
            ag.note(b, rs.title, r, f"C02 capaian formula points at the next row (=J{r+1}/E{r+1})")
        rs.put(r, 11, cap, fmt="0.00", h="center")
        rs.put(r, 12, None)
        rs.ws.cell(row=r, column=2).value  # name is a formula; written = PK name
        ag.key(b, rs, r, 2, Y, i, nm, kT, kR, dict(cells=[f"E{r}"], agg="one"), dict(cells=[f"J{r}"], agg="one"))
        r += 1
    rs.rows(6, r - 1)
    rs.merge(r, 1, r, 10, "Rata-rata Capaian", b=True, h="right")
    rs.put(r, 11, f"=ROUND(AVERAGE(K6:K{r-1}),2)", fmt="0.00")
    ag.note(b, rs.title, r, "Rata-rata row: not a key row")
    sign(rs, r + 2, 9, "20 Januari 2026", who=1)

    h = b.sheet("PK 2025 (usulan)", hidden=True, doc="HIDDEN proposal draft of PK 2025: no key rows.")
    h.put(1, 1, "Indikator", b=True); h.put(1, 2, "Usulan Target", b=True)
    for k, i in enumerate(allids):
        T, _ = TR(i, 2025)
        h.put(2 + k, 1, name(i, 2025)); h.put(2 + k, 2, T if T is not None else "WTP")
    ag.note(b, h.title, None, "hidden draft sheet: no key rows")


def build():
    ag = Agency("c_bpad_kepulauan_selindang", f"Badan Pengelolaan Aset Daerah Provinsi {PROV}", [2022, 2023, 2024, 2025])
    ag.ambiguous = [["C18", "C18b"]]
    ag.flows = [i for i in D if D[i][0] == "flow"]
    y2022(ag); y2023(ag); y2024_2025(ag)
    return ag


if __name__ == "__main__":
    deliver(build())
