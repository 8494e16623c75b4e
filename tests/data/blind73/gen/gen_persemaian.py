"""Agency 3: UPTD Persemaian Permanen dan Perbenihan Tanaman Hutan,
Dinas Lingkungan Hidup dan Kehutanan Kabupaten Gunung Seriang. Years 2019-2022.
  Rencana Aksi dan Capaian Kumulatif Persemaian 2019.xlsx  'RA 2019': cumulative "s.d. TW" columns,
                                                           the whole table pasted twice on the sheet
  Monev Kinerja Persemaian Permanen 2020-2021.ods          'T-R 2020': T/R rows per quarter;
                                                           'Capaian 2021': two-column ("koran") layout;
                                                           hidden 'Draft 2021 (lama)'
  PK dan Capaian Kinerja Persemaian 2022.xls               'PK 2022': PK Awal / PK Perubahan targets,
                                                           'Anggaran' budget sheet
"""
from common import *
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

AG = Agency("uptd_persemaian_kab_gunung_seriang",
            "UPTD Persemaian Permanen dan Perbenihan Tanaman Hutan, Dinas Lingkungan Hidup dan Kehutanan "
            "Kabupaten Gunung Seriang", [2019, 2020, 2021, 2022], "S")
AG.ambiguous = [["S04", "S04b"]]
FLOW = ["S01", "S02", "S07", "S08", "S09", "S13", "S14", "S15", "S16", "S20", "S21"]
LEVEL = ["S03", "S04", "S04b", "S05", "S06", "S10", "S11", "S12", "S17", "S18", "S19"]
AG.flow_ids, AG.level_ids = FLOW, LEVEL

NAMES = {
    "S01": {2019: "Jumlah bibit tanaman hutan yang diproduksi", 2020: "Jumlah produksi bibit tanaman hutan (batang)",
            2021: "Bibit tanaman hutan diproduksi", 2022: "Jumlah Bibit yang Diproduksi Persemaian Permanen"},
    "S02": {2019: "Jumlah bibit tanaman hutan yang didistribusikan",
            2020: "Jumlah distribusi bibit tanaman hutan (batang)",
            2021: "Bibit tanaman hutan didistribusikan ke masyarakat",
            2022: "Jumlah Bibit yang Didistribusikan kepada Masyarakat/ KTH"},
    "S03": {2019: "Persentase daya tumbuh bibit di persemaian", 2020: "Prosentase daya tumbuh bibit",
            2021: "Daya tumbuh bibit (%)", 2022: "Persentase Daya Tumbuh Bibit"},
    "S04": {2019: "Persentase daya kecambah benih", 2020: "Prosentase daya kecambah benih (uji lab)"},
    "S04b": {2021: "Viabilitas benih hasil uji (%)", 2022: "Persentase Viabilitas Benih yang Diuji"},
    "S05": {2019: "Jumlah sumber benih bersertifikat", 2020: "Jumlah sumber benih yang bersertifikat (unit)",
            2021: "Sumber benih bersertifikat (unit)", 2022: "Jumlah Sumber Benih Bersertifikat"},
    "S06": {2019: "Luas sumber benih bersertifikat", 2020: "Luas sumber benih yang bersertifikat (Ha)",
            2021: "Sumber benih bersertifikat (Ha)", 2022: "Luas Sumber Benih Bersertifikat"},
    "S07": {2019: "Jumlah benih yang diunduh/ dikumpulkan ", 2020: "Jumlah pengumpulan benih (kg)",
            2021: "Benih dikumpulkan dari sumber benih (kg)", 2022: "Jumlah Benih yang Dikumpulkan"},
    "S08": {2019: "Jumlah kebun bibit rakyat (KBR) yang dibina", 2020: "Jumlah KBR yang dibina (unit)",
            2021: "Kebun Bibit Rakyat (KBR) dibina", 2022: "Jumlah Kebun Bibit Rakyat yang Difasilitasi"},
    "S09": {2019: "Jumlah kelompok tani hutan penerima bibit", 2020: "Jumlah KTH penerima bibit (kelompok)",
            2021: "KTH penerima bibit", 2022: "Jumlah Kelompok Tani Hutan (KTH) Penerima Bibit"},
    "S10": {2019: "Persentase bibit tertanam yang tumbuh di lapangan",
            2020: "Prosentase tumbuh bibit di lapangan (monitoring)",
            2021: "Tingkat keberhasilan tumbuh bibit di lapangan (%)", 2022: "Persentase Bibit Tertanam yang Hidup"},
    "S11": {2019: "Jumlah jenis bibit yang diproduksi", 2020: "Jumlah jenis bibit (jenis)",
            2021: "Jenis bibit diproduksi", 2022: "Jumlah Jenis Tanaman yang Dibibitkan"},
    "S12": {2019: "Persentase bibit bersertifikat mutu", 2020: "Prosentase bibit bersertifikat mutu",
            2021: "Bibit bersertifikat mutu (%)",
            2022: "Persentase Bibit yang Memenuhi\nStandar Mutu (Bersertifikat)"},
    "S13": {2019: "Pendapatan dari penjualan bibit", 2020: "PAD penjualan bibit (Rp)",
            2021: "Pendapatan penjualan bibit", 2022: "Pendapatan Retribusi Penjualan Bibit"},
    "S14": {2019: "Jumlah sosialisasi/ penyuluhan penanaman", 2020: "Jumlah penyuluhan penanaman pohon (kali)",
            2021: "Penyuluhan & sosialisasi penanaman (kali)", 2022: "Jumlah Kegiatan Penyuluhan Penanaman"},
    "S15": {2021: "Pohon ditanam pada gerakan tanam pohon (batang)",
            2022: "Jumlah Pohon yang Ditanam melalui Gerakan Penanaman"},
    "S16": {2019: "Luas lahan kritis yang direhabilitasi", 2020: "Luas rehabilitasi lahan kritis (Ha)",
            2021: "Lahan kritis direhabilitasi dg bibit persemaian (Ha)", 2022: "Luas Lahan Kritis yang Direhabilitasi"},
    "S17": {2019: "Kapasitas produksi persemaian", 2020: "Kapasitas produksi persemaian (batang/tahun)",
            2021: "Kapasitas produksi (batang/thn)", 2022: "Kapasitas Produksi Persemaian Permanen"},
    "S18": {2020: "Prosentase bibit tersalur tepat waktu (musim tanam)", 2021: "Bibit disalurkan tepat waktu (%)",
            2022: "Persentase Bibit yang Disalurkan Tepat Waktu"},
    "S19": {2019: "Nilai evaluasi SAKIP", 2020: "Nilai evaluasi AKIP UPTD", 2021: "Hasil evaluasi AKIP",
            2022: "Nilai Evaluasi SAKIP UPTD"},
    "S20": {2019: "Jumlah tenaga persemaian yang dilatih", 2020: "Jumlah petugas persemaian yang dilatih (orang)"},
    "S21": {2020: "Jumlah bibit mati/ afkir (batang)", 2021: "Bibit mati/ afkir (batang)", 2022: "Jumlah Bibit Afkir"},
}
UNIT = {"S01": "batang", "S02": "batang", "S03": "%", "S04": "%", "S04b": "%", "S05": "unit", "S06": "Ha",
        "S07": "kg", "S08": "unit", "S09": "kelompok", "S10": "%", "S11": "jenis", "S12": "%", "S13": "Rp",
        "S14": "kali", "S15": "batang", "S16": "Ha", "S17": "batang/thn", "S18": "%", "S19": "predikat",
        "S20": "orang", "S21": "batang"}

SAS = {
    2019: [("Meningkatnya produksi dan mutu bibit tanaman hutan", ["S01", "S11", "S03", "S04", "S12", "S17", "S07"]),
           ("Meningkatnya ketersediaan sumber benih bersertifikat", ["S05", "S06"]),
           ("Meningkatnya partisipasi masyarakat dalam rehabilitasi hutan dan lahan", ["S02", "S09", "S08", "S14", "S16", "S10"]),
           ("Meningkatnya tata kelola dan pendapatan UPTD", ["S13", "S20", "S19"])],
    2020: [("Meningkatnya produksi dan mutu bibit tanaman hutan", ["S01", "S11", "S03", "S04", "S12", "S17", "S07", "S21"]),
           ("Meningkatnya ketersediaan sumber benih bersertifikat", ["S05", "S06"]),
           ("Meningkatnya partisipasi masyarakat dalam RHL", ["S02", "S18", "S09", "S08", "S14", "S16", "S10"]),
           ("Meningkatnya tata kelola dan pendapatan UPTD", ["S13", "S20", "S19"])],
    2022: [("Meningkatnya produksi dan mutu bibit tanaman hutan", ["S01", "S03", "S04b", "S12", "S17", "S07", "S21", "S11"]),
           ("Meningkatnya ketersediaan sumber benih bersertifikat", ["S05", "S06"]),
           ("Meningkatnya rehabilitasi hutan dan lahan berbasis masyarakat", ["S02", "S18", "S09", "S08", "S14", "S15", "S16", "S10"]),
           ("Meningkatnya akuntabilitas dan pendapatan UPTD", ["S13", "S19"])],
}

F19 = "Rencana Aksi dan Capaian Kumulatif Persemaian 2019"
F2021 = "Monev Kinerja Persemaian Permanen 2020-2021"
F22 = "PK dan Capaian Kinerja Persemaian 2022"


def signature(ws, row, colL, place_date):
    ws[f"{colL}{row}"] = place_date
    ws[f"{colL}{row + 1}"] = "Kepala UPTD Persemaian Permanen"
    ws[f"{colL}{row + 5}"] = "Ir. BONIFASIUS LIMBONG, M.P."
    ws[f"{colL}{row + 5}"].font = Font(bold=True, underline="single")
    ws[f"{colL}{row + 6}"] = "Penata Tk. I (III/d)"
    ws[f"{colL}{row + 7}"] = "NIP. 19720405 199803 1 009"


def isnum(v):
    return isinstance(v, V) and isinstance(v.raw, (int, float))


# =============================================================================== 2019: cumulative s.d. TW
def book_2019():
    Y = 2019
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "RA 2019"
    widths(ws, {"A": 5, "B": 44, "C": 11, "D": 15, "M": 11, "N": 20})
    for k in range(5, 13):
        ws.column_dimensions[get_column_letter(k)].width = 11

    D = {
        "S01": (T(450000, "batang"), [NI(50000), NI(160000), NI(320000), NI(450000)],
                [NI(38500), NI(146200), NI(301750), NI(432150)]),
        "S11": (N(12), [N(10), N(11), N(12), N(12)], [N(10), N(11), N(12), N(12)]),
        "S03": (P(85, "0%"), [P(85, "0%")] * 4, [P(84.0), P(85.1), P(86.0), P(86.4)]),
        "S04": (N(80), [None, N(80), None, N(80)], [None, N(76.2), None, N(78.5)]),
        "S12": (N(60), [None, None, N(55), N(60)], [None, None, N(55.0), N(58.4)]),
        "S17": (NI(500000), [NI(500000)] * 4, [NI(500000)] * 4),
        "S07": (N(250), [N(50), N(125), N(200), N(250)], [ND(42.5), ND(118.0), ND(189.25), ND(236.5)]),
        "S05": (N(4), [N(3), N(3), N(4), N(4)], [N(3), N(3), N(4), N(4)]),
        "S06": (T(12.5, "Ha"), [N(10), N(10), N(12.5), N(12.5)], [N(10.0), N(10.0), N(12.5), N(12.5)]),
        "S02": (NI(400000), [NI(40000), NI(150000), NI(300000), NI(400000)],
                [NI(35200), NI(141800), NI(312400), NI(301200, note="falls")]),
        "S09": (N(40), [N(5), N(15), N(30), N(40)], [N(5), N(14), N(29), N(37)]),
        "S08": (N(10), [N(2), N(5), N(8), N(10)], [N(2), N(5), N(8), N(10)]),
        "S14": (N(120, note="10x"), [N(3), N(6), N(9), N(12)], [N(3), N(6), N(9), N(12)]),
        "S16": (N(150), [DASH, N(40), N(100), N(150)], [DASH, ND(35.5), ND(98.25), ND(142.5)]),
        "S10": (N(75), [None, None, N(75), None], [None, None, N(71.2), None]),
        "S13": (RP(45000000), [NI(9000000), NI(20000000), NI(32000000), NI(45000000)],
                [NI(8250000), NI(19600000), NI(30125000), NI(41275000)]),
        "S20": (N(20), [DASH, N(10), N(20), N(20)], [DASH, N(8), N(18), None]),
        "S19": (G("B"), [DASH, DASH, DASH, G("B")], [DASH, DASH, DASH, G("B")]),
    }
    AG.mistake(Y, "S02", "cumulative realisasi falls: s.d. TW III 312.400, s.d. TW IV 301.200 (for 381.200); key = last reported 301200")
    AG.mistake(Y, "S14", "annual target typed 10x (120 for 12; the s.d. TW IV target is 12); key target 120")
    ket = {"S10": "monitoring lapangan TW III", "S20": "pelatihan selesai TW III", "S04": "uji lab semesteran",
           "S03": "", "S02": "", "S13": "disetor ke Kas Daerah"}

    def table(r, keyed):
        title(ws, r, "RENCANA AKSI DAN CAPAIAN KINERJA KUMULATIF", "N")
        title(ws, r + 1, "UPTD PERSEMAIAN PERMANEN DAN PERBENIHAN TANAMAN HUTAN", "N", bold=False)
        title(ws, r + 2, "DINAS LINGKUNGAN HIDUP DAN KEHUTANAN KABUPATEN GUNUNG SERIANG - TAHUN 2019", "N", bold=False)
        h = r + 4
        merge(ws, f"A{h}:A{h + 2}", "No", bold=True, fill=HEAD_FILL)
        merge(ws, f"B{h}:B{h + 2}", "Indikator Kinerja", bold=True, fill=HEAD_FILL)
        merge(ws, f"C{h}:C{h + 2}", "Satuan", bold=True, fill=HEAD_FILL)
        merge(ws, f"D{h}:D{h + 2}", "Target Tahun 2019", bold=True, fill=HEAD_FILL)
        merge(ws, f"E{h}:L{h}", "Target (T) dan Realisasi (R) Kumulatif", bold=True, fill=HEAD_FILL)
        for k, lab in enumerate(["s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"]):
            c0 = get_column_letter(5 + 2 * k)
            c1 = get_column_letter(6 + 2 * k)
            merge(ws, f"{c0}{h + 1}:{c1}{h + 1}", lab, bold=True, fill=HEAD_FILL)
            put(ws, f"{c0}{h + 2}", "T", bold=True, align="center", fill=HEAD_FILL)
            put(ws, f"{c1}{h + 2}", "R", bold=True, align="center", fill=HEAD_FILL)
        merge(ws, f"M{h}:M{h + 2}", "Capaian s.d. TW IV (%)", bold=True, fill=HEAD_FILL)
        merge(ws, f"N{h}:N{h + 2}", "Keterangan", bold=True, fill=HEAD_FILL)
        rr = h + 3
        no = 1
        for si, (sas, ids) in enumerate(SAS[Y], start=1):
            merge(ws, f"A{rr}:N{rr}", f"Sasaran {si}. {sas}", bold=True, align="left", fill=HEAD_FILL)
            rr += 1
            for iid in ids:
                t, qt, qr = D[iid]
                put(ws, f"A{rr}", no, align="center")
                put(ws, f"B{rr}", NAMES[iid][Y], wrap=True)
                put(ws, f"C{rr}", UNIT[iid], align="center")
                put(ws, f"D{rr}", t)
                pairs = []
                for k in range(4):
                    cT = get_column_letter(5 + 2 * k)
                    cR = get_column_letter(6 + 2 * k)
                    put(ws, f"{cT}{rr}", qt[k] if qt[k] is not None else None)
                    put(ws, f"{cR}{rr}", qr[k] if qr[k] is not None else None)
                    pairs.append((f"{cR}{rr}", qr[k]))
                if isnum(qr[3]) and isnum(t):
                    put(ws, f"M{rr}", f"=ROUND(L{rr}/D{rr}*100,2)", fmt="0.00")
                elif isnum(qr[3]) and isnum(qt[3]):
                    put(ws, f"M{rr}", f"=ROUND(L{rr}/K{rr}*100,2)", fmt="0.00")
                else:
                    put(ws, f"M{rr}", "-" if iid != "S19" else 100)
                put(ws, f"N{rr}", ket.get(iid, ""), wrap=True)
                if keyed:
                    AG.add(F19 + ".xlsx", ws.title, Y, iid, f"B{rr}", NAMES[iid][Y], spec_cell(f"D{rr}", t),
                           spec_last(pairs))
                rr += 1
                no += 1
        return rr

    end = table(1, True)
    ws[f"B{end + 1}"] = "T = target kumulatif s.d. triwulan; R = realisasi kumulatif s.d. triwulan."
    ws[f"B{end + 1}"].font = Font(italic=True, size=9)
    signature(ws, end + 3, "J", "Gunung Seriang, 6 Januari 2020")
    # the same table pasted a second time further down (not keyed)
    start2 = end + 14
    ws[f"A{start2 - 2}"] = "(salinan untuk lampiran LKjIP)"
    ws[f"A{start2 - 2}"].font = Font(italic=True, color="808080")
    table(start2, False)
    deliver(AG, wb, F19, "xlsx")
    AG.layouts[Y] = ("Rencana Aksi kumulatif 2019 (.xlsx, sheet 'RA 2019'): three header rows (merged 'Target (T) dan "
                     "Realisasi (R) Kumulatif', 's.d. TW I'..'s.d. TW IV', T/R), sasaran as full-width group rows; "
                     "the cumulative 's.d. TW' realisasi -> key = last reported (S10 only at TW III, S20 with no "
                     "TW IV, S04 only TW II and IV); S02's cumulative figure falls at TW IV; the WHOLE table "
                     "(titles, header, rows) pasted a second time below the signature (second copy not keyed); "
                     "targets '450.000 batang', '12,5 Ha', 'Rp 45.000.000', %-formatted 85 %.")


# =============================================================================== 2020: T/R rows
def sheet_tr2020(wb):
    Y = 2020
    ws = wb.active
    ws.title = "T-R 2020"
    title(ws, 1, "MONITORING DAN EVALUASI CAPAIAN KINERJA TRIWULANAN TAHUN 2020", "K")
    title(ws, 2, "UPTD PERSEMAIAN PERMANEN - DLHK KABUPATEN GUNUNG SERIANG", "K", bold=False)
    merge(ws, "A4:A5", "No", bold=True, fill=HEAD_FILL)
    merge(ws, "B4:B5", "Sasaran", bold=True, fill=HEAD_FILL)
    merge(ws, "C4:C5", "Indikator Kinerja", bold=True, fill=HEAD_FILL)
    merge(ws, "D4:D5", "Satuan", bold=True, fill=HEAD_FILL)
    merge(ws, "E4:E5", "T/R", bold=True, fill=HEAD_FILL)
    merge(ws, "F4:F5", "Tahun 2020", bold=True, fill=HEAD_FILL)
    merge(ws, "G4:J4", "Triwulan", bold=True, fill=HEAD_FILL)
    for c, t in zip("GHIJ", ["I", "II", "III", "IV"]):
        put(ws, f"{c}5", t, bold=True, align="center", fill=HEAD_FILL)
    merge(ws, "K4:K5", "Ket.", bold=True, fill=HEAD_FILL)
    widths(ws, {"A": 5, "B": 26, "C": 40, "D": 11, "E": 5, "F": 14, "G": 11, "H": 11, "I": 11, "J": 11, "K": 18})

    D = {
        "S01": (NI(500000), [NI(75000), NI(125000), NI(175000), NI(125000)],
                [NI(64200), NI(121850), NI(188300), NI(138050)]),
        "S11": (N(14), [N(14)] * 4, [N(12), N(13), N(14), N(14)]),
        "S03": (P(85, "0%"), [P(85, "0%")] * 4, [P(85.2), P(84.6), P(84.1), P(83.9)]),
        "S04": (N(80), [None, N(80), None, N(80)], [None, N(80.4), None, N(82.3)]),
        "S12": (N(65), [None, N(65), N(65), N(65)], [None, N(61.5), N(64.0), N(66.2)]),
        "S17": (NI(600000), [NI(600000)] * 4, [NI(600000)] * 4),
        "S07": (N(275), [N(50), N(100), N(75), N(50)], [ND(45.5), ND(92.0), ND(86.25), ND(57.25)]),
        "S21": (NI(25000), [NI(6250)] * 4, [NI(4120), NI(5680), NI(6930), NI(4610)]),
        "S05": (N(5), [N(5)] * 4, [N(4), N(4), N(5), N(5)]),
        "S06": (N(15), [N(15)] * 4, [N(12.5), N(12.5), N(15.2), N(15.2)]),
        "S02": (NI(450000), [NI(50000), NI(125000), NI(200000), NI(75000)],
                [NI(38400), NI(112650), NI(201300), NI(89400)]),
        "S18": (N(90), [None, None, N(90), N(90)], [None, None, N(86.0), N(87.5)]),
        "S09": (N(45), [N(5), N(15), N(15), N(10)], [N(6), N(15), N(33, note="cumulative typed"), N(13)]),
        "S08": (N(12), [N(3)] * 4, [N(2), N(3), N(4), N(2)]),
        "S14": (N(12), [N(3)] * 4, [T(3, "kali"), T(4, "kali"), T(3, "kali"), T(3, "kali")]),
        "S16": (N(175), [N(15), N(50), N(80), N(30)], [ND(12.5), ND(48.75), ND(86.0), ND(34.0)]),
        "S10": (N(75), [None, None, N(75), None], [None, None, N(76.8), None]),
        "S13": (RP(50000000), [NI(12500000)] * 4, [NI(9850000), NI(13420000), NI(16275000), NI(12765000)]),
        "S20": (N(25), [DASH, N(12), N(13), DASH], [DASH, N(12), N(13), DASH]),
        "S19": (G("B"), [DASH, DASH, DASH, G("B")], [DASH, DASH, DASH, G("BB")]),
    }
    AG.mistake(Y, "S09", "TW III realisasi typed as the running total (33 = 6+15+12) instead of 12; flow id -> key realisasi is the sum as typed (67)")
    r = 6
    no = 1
    for sas, ids in SAS[Y]:
        start = r
        for iid in ids:
            t, qt, qr = D[iid]
            merge(ws, f"A{r}:A{r + 1}", no)
            merge(ws, f"C{r}:C{r + 1}", NAMES[iid][Y], align="left")
            merge(ws, f"D{r}:D{r + 1}", UNIT[iid])
            put(ws, f"E{r}", "T", align="center")
            put(ws, f"E{r + 1}", "R", align="center")
            put(ws, f"F{r}", t)
            put(ws, f"F{r + 1}", None)
            pairs = []
            for k, c in enumerate("GHIJ"):
                put(ws, f"{c}{r}", qt[k] if qt[k] is not None else None)
                put(ws, f"{c}{r + 1}", qr[k] if qr[k] is not None else None)
                pairs.append((f"{c}{r + 1}", qr[k]))
            merge(ws, f"K{r}:K{r + 1}", "bibit afkir: indikator negatif" if iid == "S21" else None)
            rspec = spec_sum(pairs) if iid in FLOW else spec_last(pairs)
            AG.add(F2021 + ".ods", ws.title, Y, iid, f"C{r}", NAMES[iid][Y], spec_cell(f"F{r}", t), rspec)
            r += 2
            no += 1
            if iid == "S07":
                # hidden draft indicator (two rows), not key rows
                put(ws, f"C{r}", "Jumlah bibit bantuan BPDAS (draft)")
                put(ws, f"E{r}", "T")
                put(ws, f"F{r}", 100000)
                put(ws, f"E{r + 1}", "R")
                put(ws, f"G{r + 1}", 0)
                ws.row_dimensions[r].hidden = True
                ws.row_dimensions[r + 1].hidden = True
                r += 2
        merge(ws, f"B{start}:B{r - 1}", sas, align="left")
    ws[f"C{r + 1}"] = "Keterangan: T = target triwulan, R = realisasi triwulan (bukan kumulatif)."
    ws[f"C{r + 1}"].font = Font(italic=True, size=9)
    signature(ws, r + 3, "H", "Gunung Seriang, 8 Januari 2021")
    AG.layouts[Y] = ("Monev T/R 2020 (.ods, sheet 'T-R 2020'): two rows per indicator (T row with the annual target "
                     "in 'Tahun 2020' and quarter targets; R row with quarter realisasi, 'Tahun 2020' left blank); "
                     "name, No, unit merged over the pair, Sasaran merged down column B; NO annual realisasi "
                     "(flow: sum of TW I-IV; level: last reported); S10 only TW III, S04 TW II/IV, S18 TW III/IV; "
                     "'3 kali' text; %-formatted fractions; two hidden draft rows (bibit bantuan BPDAS) after S07.")


# =============================================================================== 2021: two-column layout
def sheet_koran2021(wb):
    Y = 2021
    ws = wb.create_sheet("Capaian 2021")
    title(ws, 1, "CAPAIAN INDIKATOR KINERJA TAHUN 2021", "M")
    title(ws, 2, "UPTD PERSEMAIAN PERMANEN DAN PERBENIHAN TANAMAN HUTAN KABUPATEN GUNUNG SERIANG", "M", bold=False)
    widths(ws, {"A": 4, "B": 36, "C": 9, "D": 13, "E": 13, "F": 10, "G": 3,
                "H": 4, "I": 36, "J": 9, "K": 13, "L": 13, "M": 10})
    for c0 in ("A", "H"):
        ci = cidx(c0)
        for k, t in enumerate(["No", "Indikator Kinerja", "Satuan", "Target 2021", "Realisasi 2021", "Capaian (%)"]):
            put(ws, f"{get_column_letter(ci + k)}4", t, bold=True, align="center", fill=HEAD_FILL, wrap=True)
            put(ws, f"{get_column_letter(ci + k)}5", f"({k + 1})", align="center")
    D = {
        "S01": (T(600000, "batang"), N(587.3, note="thousands dropped")),
        "S11": (N(15), N(16)),
        "S03": (P(87, "0%"), P(88.2)),
        "S04b": (N(85), TP(87.1)),
        "S12": (N(70), N(71.9)),
        "S17": (NI(700000), NI(700000)),
        "S07": (N(300), ND(309.4, "#,##0.0")),
        "S21": (NI(30000), NI(27215)),
        "S05": (N(6), N(6)),
        "S06": (ND(18, "0.0"), T(18.6, "Ha")),
        "S02": (NI(550000), NI(560120)),
        "S18": (N(90), N(92.3)),
        "S09": (N(50), N(52)),
        "S08": (N(15), N(15)),
        "S14": (N(16), N(17)),
        "S15": (NI(25000), NI(27340)),
        "S16": (N(200), ND(205.75)),
        "S10": (N(80), N(79.5)),
        "S13": (RP(55000000, style=2), NI(57842500)),
        "S19": (G("BB"), G("BB")),
    }
    AG.mistake(Y, "S01", "realisasi typed 587,3 (in thousands: 587.300 batang) in a batang column; key 587.3")
    left = [("A. PRODUKSI DAN MUTU BIBIT", ["S01", "S11", "S03", "S04b", "S12", "S17", "S07", "S21"]),
            ("B. SUMBER BENIH", ["S05", "S06"])]
    right = [("C. DISTRIBUSI BIBIT DAN REHABILITASI LAHAN", ["S02", "S18", "S09", "S08", "S14", "S15", "S16", "S10"]),
             ("D. TATA KELOLA", ["S13", "S19"])]
    no = 1
    for half, c0 in ((left, "A"), (right, "H")):
        ci = cidx(c0)
        cNo, cN, cU, cT, cR, cC = [get_column_letter(ci + k) for k in range(6)]
        r = 6
        for grp, ids in half:
            merge(ws, f"{cNo}{r}:{cC}{r}", grp, bold=True, align="left")
            r += 1
            for iid in ids:
                t, rv = D[iid]
                put(ws, f"{cNo}{r}", no, align="center")
                put(ws, f"{cN}{r}", NAMES[iid][Y], wrap=True)
                put(ws, f"{cU}{r}", UNIT[iid], align="center")
                put(ws, f"{cT}{r}", t)
                put(ws, f"{cR}{r}", rv)
                if isnum(t) and isnum(rv):
                    if iid == "S21":
                        put(ws, f"{cC}{r}", f"=ROUND((2*{cT}{r}-{cR}{r})/{cT}{r}*100,2)", fmt="0.00")
                    else:
                        put(ws, f"{cC}{r}", f"=ROUND({cR}{r}/{cT}{r}*100,2)", fmt="0.00")
                elif iid == "S19":
                    put(ws, f"{cC}{r}", 100, fmt="0.00")
                else:
                    put(ws, f"{cC}{r}", {"S01": 97.88, "S04b": 102.47, "S06": 103.33, "S13": 105.17}[iid], fmt="0.00")
                AG.add(F2021 + ".ods", ws.title, Y, iid, f"{cN}{r}", NAMES[iid][Y], spec_cell(f"{cT}{r}", t),
                       spec_cell(f"{cR}{r}", rv), with_col=True)
                r += 1
                no += 1
        end = r
    ws[f"A{end + 1}"] = "Capaian indikator negatif (bibit afkir) dihitung (2 x target - realisasi) / target x 100."
    ws[f"A{end + 1}"].font = Font(italic=True, size=9)
    signature(ws, end + 3, "K", "Gunung Seriang, 11 Januari 2022")
    AG.layouts[Y] = ("Capaian 2021 (.ods, sheet 'Capaian 2021'): NEW LAYOUT - 'koran' two-column page: indicators 1-10 "
                     "in a left block (A:F) and 11-20 in a right block (H:M) on the SAME rows, each block with its own "
                     "header (No, Indikator, Satuan, Target 2021, Realisasi 2021, Capaian) and its own group rows "
                     "(A./B. left, C./D. right) - key rows share sheet rows, hence 'col'; S01 realisasi typed "
                     "587,3 (thousands dropped); '87,1 %', '18,6 Ha' text; 'Rp. 55.000.000,-'.")


def sheet_hidden2021(wb):
    ws = wb.create_sheet("Draft 2021 (lama)")
    ws["A1"] = "DRAFT capaian 2021 - versi lama, jangan dipakai"
    ws["A3"] = "Bibit tanaman hutan diproduksi"
    ws["B3"] = 600000
    ws["C3"] = 575000
    ws["A4"] = "Bibit tanaman hutan didistribusikan ke masyarakat"
    ws["B4"] = 550000
    ws["C4"] = 540000
    ws.sheet_state = "hidden"


# =============================================================================== 2022: PK awal / perubahan
def book_2022():
    Y = 2022
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "PK 2022"
    for i, t in enumerate(["PENGUKURAN KINERJA TAHUN 2022", "UPTD PERSEMAIAN PERMANEN DAN PERBENIHAN TANAMAN HUTAN",
                           "DINAS LINGKUNGAN HIDUP DAN KEHUTANAN KABUPATEN GUNUNG SERIANG"], start=1):
        title(ws, i, t, "I")
    merge(ws, "A6:A7", "No", bold=True, fill=HEAD_FILL)
    merge(ws, "B6:B7", "Sasaran Strategis", bold=True, fill=HEAD_FILL)
    merge(ws, "C6:C7", "Indikator Kinerja", bold=True, fill=HEAD_FILL)
    merge(ws, "D6:D7", "Satuan", bold=True, fill=HEAD_FILL)
    merge(ws, "E6:F6", "Target 2022", bold=True, fill=HEAD_FILL)
    put(ws, "E7", "PK Awal", bold=True, align="center", fill=HEAD_FILL)
    put(ws, "F7", "PK Perubahan", bold=True, align="center", fill=HEAD_FILL)
    merge(ws, "G6:G7", "Realisasi 2022", bold=True, fill=HEAD_FILL)
    merge(ws, "H6:H7", "Capaian (%)", bold=True, fill=HEAD_FILL)
    merge(ws, "I6:I7", "Ket.", bold=True, fill=HEAD_FILL)
    for i, c in enumerate("ABCDEFGHI", start=1):
        put(ws, f"{c}8", i, align="center")
    widths(ws, {"A": 5, "B": 30, "C": 44, "D": 11, "E": 15, "F": 15, "G": 15, "H": 11, "I": 18})
    D = {
        "S01": (T(600000, "batang"), T(650000, "batang"), NI(671250), ""),
        "S03": (N(90), RNG(88, 90), P(90.6), "target perubahan berupa rentang"),
        "S04b": (N(85), N(85), N(84.6), ""),
        "S12": (N(75), N(75), N(0.741, note="fraction"), ""),
        "S17": (NI(750000), NI(750000), NI(750000), ""),
        "S07": (N(320), N(320), ND(327.8, "#,##0.0"), ""),
        "S21": (NI(30000), NI(30000), NI(31890), "indikator negatif"),
        "S11": (N(15), N(15), N(15), ""),
        "S05": (N(7), N(7), N(6), ""),
        "S06": (N(20), N(20), T(19.4, "Ha"), ""),
        "S02": (NI(600000), NI(600000), NI(598400), ""),
        "S18": (N(92), N(92), TP(94.1), ""),
        "S09": (N(55), N(550, note="10x"), N(57), ""),
        "S08": (N(15), N(15), N(16), ""),
        "S14": (N(16), N(16), N(15), ""),
        "S15": (NI(25000), NI(30000), NI(31275), "ditambah pada PK perubahan"),
        "S16": (N(220), N(220), N(214.4), ""),
        "S10": (N(80), N(80), N(82.3), ""),
        "S13": (RP(60000000), RP(60000000), RP(63105000, style=2), ""),
        "S19": (G("BB"), G("BB"), G("BB"), ""),
    }
    AG.mistake(Y, "S12", "realisasi typed 0,741 in a plain cell (for 74,1 %); key 0.741")
    AG.mistake(Y, "S09", "PK Perubahan target typed 10x (550 for 55; PK Awal says 55); key target 550")
    r = 9
    no = 1
    for sas, ids in SAS[Y]:
        start = r
        moved_row = None
        for iid in ids:
            e, f, g, ket = D[iid]
            put(ws, f"A{r}", no, align="center")
            if iid == "S11":
                # the indicator typed into the Sasaran column (column C left empty)
                put(ws, f"B{r}", NAMES[iid][Y], wrap=True)
                put(ws, f"C{r}", None)
                name_cell = f"B{r}"
                moved_row = r
            else:
                put(ws, f"C{r}", NAMES[iid][Y], wrap=True)
                name_cell = f"C{r}"
            put(ws, f"D{r}", UNIT[iid], align="center")
            put(ws, f"E{r}", e)
            put(ws, f"F{r}", f)
            put(ws, f"G{r}", g)
            if isnum(f) and isnum(g):
                if iid == "S21":
                    put(ws, f"H{r}", f"=ROUND((2*F{r}-G{r})/F{r}*100,2)", fmt="0.00")
                else:
                    put(ws, f"H{r}", f"=ROUND(G{r}/F{r}*100,2)", fmt="0.00")
            else:
                put(ws, f"H{r}", {"S01": 103.27, "S03": 102.95, "S06": 97.0, "S18": 102.28, "S13": 105.18,
                                  "S19": 100}[iid], fmt="0.00")
            put(ws, f"I{r}", ket, wrap=True)
            AG.add(F22 + ".xls", ws.title, Y, iid, name_cell, NAMES[iid][Y], spec_cell(f"F{r}", f),
                   spec_cell(f"G{r}", g))
            r += 1
            no += 1
        last_sas_row = (moved_row - 1) if moved_row else (r - 1)
        merge(ws, f"B{start}:B{last_sas_row}", sas, align="left")
    ws[f"B{r + 1}"] = "Jumlah Anggaran Tahun 2022"
    ws[f"D{r + 1}"] = "Rp. 1.846.275.000"
    ws[f"B{r + 2}"] = "Jumlah Realisasi Anggaran Tahun 2022"
    ws[f"D{r + 2}"] = "Rp. 1.792.004.350"
    signature(ws, r + 4, "F", "Gunung Seriang, 13 Januari 2023")
    wa = wb.create_sheet("Anggaran")
    wa["A1"] = "REALISASI ANGGARAN UPTD PERSEMAIAN PERMANEN TAHUN 2022"
    rows = [("Program Rehabilitasi Hutan dan Lahan", 1214500000, 1186230000),
            ("  Kegiatan Pengelolaan Persemaian Permanen", 864500000, 851760350),
            ("  Kegiatan Penyediaan Bibit untuk Masyarakat", 350000000, 334470000),
            ("Program Penunjang Urusan Pemerintahan Daerah", 631775000, 605774000)]
    wa["A3"], wa["B3"], wa["C3"], wa["D3"] = "Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"
    for i, (n, a, b) in enumerate(rows, start=4):
        wa[f"A{i}"] = n
        wa[f"B{i}"] = a
        wa[f"C{i}"] = b
        wa[f"D{i}"] = f"=ROUND(C{i}/B{i}*100,2)"
        wa[f"B{i}"].number_format = wa[f"C{i}"].number_format = "#,##0"
    wa["A9"] = "Jumlah"
    wa["B9"] = "=B4+B7"
    wa["C9"] = "=C4+C7"
    wa.column_dimensions["A"].width = 48
    deliver(AG, wb, F22, "xls")
    AG.layouts[Y] = ("PK 2022 (.xls, sheet 'PK 2022'): Pengukuran Kinerja with two target columns PK Awal / PK Perubahan "
                     "(key target = PK Perubahan), Sasaran merged, numbered row 1-9; S11 typed into the Sasaran "
                     "column (column C empty; name cell B) below the merged sasaran of its group; S03 target range "
                     "'88 - 90'; S09 PK Perubahan 10x; S12 realisasi 0,741 plain; budget lines, signature, a "
                     "budget sheet 'Anggaran' (not keyed).")


def build():
    book_2019()
    from openpyxl import Workbook
    wb = Workbook()
    sheet_tr2020(wb)
    sheet_koran2021(wb)
    sheet_hidden2021(wb)
    deliver(AG, wb, F2021, "ods")
    book_2022()
    AG.save()
    return AG


if __name__ == "__main__":
    build()
    print("Persemaian:", len(AG.rows), "key rows")
