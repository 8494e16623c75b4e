"""Agency 1: UPTD Balai Kesehatan Paru Masyarakat (BKPM), Dinas Kesehatan Provinsi Nusa Semanggi.
Years 2020-2023.
  PK dan Rencana Aksi UPTD BKPM 2020-2021.xls   sheets 'PK 2020' (annual PK), 'RA 2021' (quarter blocks),
                                                hidden 'Draft PK 2021'
  LKjIP 2022 UPTD BKPM - Tabel Bab III.xlsx     'Tabel 3.1' + 'Tabel 3.1 (lanjutan)' (one table split
                                                over two sheets), 'Sumber Data' notes
  Kartu Kinerja UPTD BKPM 2023.ods             'Kartu IKU 2023': indicator cards, two across
"""
from common import *
from openpyxl.styles import Alignment, Font

AG = Agency("uptd_bkpm_prov_nusa_semanggi",
            "UPTD Balai Kesehatan Paru Masyarakat (BKPM) Dinas Kesehatan Provinsi Nusa Semanggi",
            [2020, 2021, 2022, 2023], "P")
AG.ambiguous = [["P06", "P06b"]]

FLOW = ["P01", "P04", "P06", "P06b", "P07", "P08", "P09", "P10", "P11", "P12", "P13", "P17", "P19", "P20", "P22"]
LEVEL = ["P02", "P03", "P05", "P14", "P15", "P16", "P18", "P21", "P23"]
AG.flow_ids, AG.level_ids = FLOW, LEVEL

NAMES = {
    "P01": {2020: "Jumlah kasus TBC yang ditemukan", 2021: "Jumlah penemuan kasus TBC (semua tipe)",
            2022: "Jumlah kasus TBC ditemukan (semua kasus)", 2023: "Jml kasus TBC yg ditemukan"},
    "P02": {2020: "Persentase kasus TBC yang ditemukan terhadap perkiraan kasus",
            2021: "Prosentase penemuan kasus TBC (CDR)",
            2022: "Persentase Kasus TBC ditemukan (Treatment Coverage)",
            2023: "% kasus TBC yg ditemukan thd estimasi kasus"},
    "P03": {2020: "Angka keberhasilan pengobatan TBC (Success Rate)",
            2021: "Angka Keberhasilan Pengobatan Pasien TBC",
            2022: "Success Rate (angka keberhasilan pengobatan) TBC Paru",
            2023: "Angka keberhasilan pengobatan TBC (SR) (%)"},
    "P04": {2021: "Jumlah pasien TBC RO yang memulai pengobatan",
            2022: "Jumlah Pasien TBC Resisten Obat yg Memulai Pengobatan",
            2023: "Jml pasien TBC resistan obat (RO) mulai pengobatan"},
    "P05": {2020: "Persentase pasien TBC yang mengetahui status HIV",
            2021: "Prosentase pasien TBC dg status HIV diketahui",
            2022: "Persentase pasien TBC yang dilakukan tes HIV"},
    "P06": {2020: "Jumlah pemeriksaan spirometri", 2021: "Jumlah Pemeriksaan Spirometri (orang)"},
    "P06b": {2022: "Jumlah pemeriksaan faal paru (spirometri dan peak flow)",
             2023: "Jml pemeriksaan fungsi/faal paru"},
    "P07": {2020: "Jumlah kunjungan rawat jalan", 2021: "JUMLAH KUNJUNGAN RAWAT JALAN (UMUM & BPJS)"},
    "P19": {2022: "Jumlah kunjungan rawat jalan pasien umum",
            2023: "Kunjungan rawat jalan - pasien umum/ bayar"},
    "P20": {2022: "Jumlah kunjungan rawat jalan pasien JKN/BPJS",
            2023: "Kunjungan rawat jalan - peserta JKN"},
    "P08": {2020: "Jumlah kunjungan baru rawat jalan",
            2021: "Jumlah Kunjungan Baru Rawat Jalan (pasien baru)",
            2022: "Jumlah pasien baru rawat jalan",
            2023: "Jml kunjungan baru (pasien baru) rawat jalan"},
    "P09": {2020: "Jumlah pemeriksaan rontgen thorax",
            2021: "Jumlah Pemeriksaan Radiologi (Rontgen Thorax)",
            2022: "Jumlah pemeriksaan foto thorax", 2023: "Jml pemeriksaan rontgen/ foto thoraks"},
    "P10": {2020: "Jumlah pemeriksaan TCM (Tes Cepat Molekuler)",
            2021: "Jumlah pemeriksaan tes cepat molekuler (TCM) TB",
            2022: "Jumlah Pemeriksaan TCM / GeneXpert", 2023: "Jml pemeriksaan TCM"},
    "P11": {2020: "a) Jumlah kegiatan penyuluhan kesehatan paru",
            2021: "Jumlah Penyuluhan Kesehatan Paru (kali)",
            2022: "Jumlah kegiatan penyuluhan/ KIE kesehatan paru",
            2023: "Penyuluhan kesehatan paru (kegiatan)"},
    "P12": {2020: "b) Jumlah peserta penyuluhan kesehatan paru",
            2021: "Jumlah Peserta Penyuluhan (orang)",
            2022: "Jumlah masyarakat yang mengikuti penyuluhan kesehatan paru",
            2023: "Peserta penyuluhan kesehatan paru (orang)"},
    "P13": {2020: "Jumlah kontak serumah pasien TBC yang diinvestigasi",
            2021: "Jumlah investigasi kontak pasien TBC ",
            2022: "Jumlah kontak erat pasien TBC yang\ndilakukan investigasi kontak",
            2023: "Jml kontak pasien TBC yg diinvestigasi (IK)"},
    "P14": {2020: "Indeks Kepuasan Masyarakat (IKM)", 2021: "Nilai IKM",
            2022: "Indeks kepuasan masyarakat terhadap pelayanan BKPM", 2023: "IKM (nilai)"},
    "P15": {2020: "Persentase pelayanan sesuai standar operasional prosedur (SOP)",
            2021: "Prosentase Pelayanan Sesuai SOP",
            2022: "Persentase kepatuhan pelayanan terhadap SOP", 2023: "% layanan sesuai SOP"},
    "P16": {2020: "Rata-rata waktu tunggu pelayanan rawat jalan (menit)",
            2021: "Rata - rata waktu tunggu rawat jalan",
            2022: "Waktu tunggu rata-rata pelayanan rawat jalan (menit)",
            2023: "Rata2 waktu tunggu rawat jalan"},
    "P17": {2020: "Pendapatan retribusi pelayanan kesehatan",
            2021: "Realisasi Pendapatan Retribusi Pelayanan (Rp)",
            2022: "Pendapatan retribusi jasa layanan kesehatan paru", 2023: "Pendapatan retribusi (Rp)"},
    "P18": {2020: "Nilai evaluasi SAKIP UPTD", 2021: "Nilai Evaluasi AKIP",
            2022: "Hasil evaluasi SAKIP (predikat)", 2023: "Predikat SAKIP UPTD"},
    "P21": {2020: "Persentase alat kesehatan yang terkalibrasi",
            2021: "Prosentase Alat Kesehatan Terkalibrasi",
            2022: "Persentase alkes terkalibrasi",
            2023: "% alat kesehatan terkalibrasi & laik pakai"},
    "P22": {2022: "Jumlah layanan upaya berhenti merokok (UBM)",
            2023: "Jml klien konseling berhenti merokok"},
    "P23": {2020: "Persentase kelengkapan rekam medis", 2021: "Prosentase Rekam Medis Lengkap"},
}

UNIT = {"P01": "kasus", "P02": "%", "P03": "%", "P04": "orang", "P05": "%", "P06": "orang",
        "P06b": "pemeriksaan", "P07": "kunjungan", "P19": "kunjungan", "P20": "kunjungan",
        "P08": "kunjungan", "P09": "pemeriksaan", "P10": "pemeriksaan", "P11": "kali", "P12": "orang",
        "P13": "orang", "P14": "nilai", "P15": "%", "P16": "menit", "P17": "Rp", "P18": "predikat",
        "P21": "%", "P22": "orang", "P23": "%"}

SAS = {
    2020: [("Meningkatnya penemuan dan keberhasilan pengobatan TBC", ["P01", "P02", "P03", "P05", "P13", "P10"]),
           ("Meningkatnya mutu pelayanan kesehatan paru", ["P07", "P08", "P06", "P09", "P14", "P15", "P16", "P21", "P23"]),
           ("Meningkatnya promosi kesehatan paru masyarakat", ["P11", "P12"]),
           ("Meningkatnya akuntabilitas kinerja UPTD", ["P17", "P18"])],
    2021: [("Meningkatnya penemuan kasus dan keberhasilan pengobatan TBC", ["P01", "P02", "P03", "P04", "P05", "P13", "P10"]),
           ("Meningkatnya mutu pelayanan kesehatan paru", ["P07", "P08", "P06", "P09", "P14", "P15", "P16", "P21", "P23"]),
           ("Meningkatnya promosi kesehatan paru", ["P11", "P12"]),
           ("Meningkatnya akuntabilitas kinerja dan tata kelola keuangan UPTD", ["P17", "P18"])],
    2022: [("Meningkatnya penemuan kasus dan keberhasilan pengobatan TBC", ["P01", "P02", "P03", "P04", "P05", "P13", "P10"]),
           ("Meningkatnya mutu dan akses pelayanan kesehatan paru", ["P19", "P20", "P08", "P06b", "P09", "P14", "P15", "P16", "P21"]),
           ("Meningkatnya perilaku hidup sehat paru masyarakat", ["P11", "P12", "P22"]),
           ("Meningkatnya akuntabilitas kinerja UPTD", ["P17", "P18"])],
    2023: [("Meningkatnya penemuan kasus dan keberhasilan pengobatan TBC", ["P01", "P02", "P03", "P04", "P13", "P10"]),
           ("Meningkatnya mutu dan akses pelayanan kesehatan paru", ["P19", "P20", "P08", "P06b", "P09", "P14", "P15", "P16", "P21"]),
           ("Meningkatnya perilaku hidup sehat paru masyarakat", ["P11", "P12", "P22"]),
           ("Meningkatnya akuntabilitas kinerja UPTD", ["P17", "P18"])],
}

FILE_A = "PK dan Rencana Aksi UPTD BKPM 2020-2021"
FILE_B = "LKjIP 2022 UPTD BKPM - Tabel Bab III"
FILE_C = "Kartu Kinerja UPTD BKPM 2023"


def signature(ws, row, colL, place_date, extra_cols=None):
    ws[f"{colL}{row}"] = place_date
    ws[f"{colL}{row + 1}"] = "Kepala UPTD Balai Kesehatan Paru Masyarakat"
    ws[f"{colL}{row + 2}"] = "Provinsi Nusa Semanggi,"
    ws[f"{colL}{row + 6}"] = "dr. HENDRA WIRASATYA, Sp.P"
    ws[f"{colL}{row + 6}"].font = Font(bold=True, underline="single")
    ws[f"{colL}{row + 7}"] = "Pembina (IV/a)"
    ws[f"{colL}{row + 8}"] = "NIP. 19750812 200501 1 007"


# =============================================================================== 2020: PK
def sheet_pk2020(wb):
    Y = 2020
    ws = wb.active
    ws.title = "PK 2020"
    for i, t in enumerate(["PENGUKURAN KINERJA", "UPTD BALAI KESEHATAN PARU MASYARAKAT (BKPM)",
                           "DINAS KESEHATAN PROVINSI NUSA SEMANGGI", "TAHUN ANGGARAN 2020"], start=1):
        title(ws, i, t, "I")
    merge(ws, "A6:A7", "No", bold=True, fill=HEAD_FILL)
    merge(ws, "B6:B7", "Sasaran Strategis", bold=True, fill=HEAD_FILL)
    merge(ws, "C6:C7", "Indikator Kinerja", bold=True, fill=HEAD_FILL)
    merge(ws, "D6:H6", "Tahun 2020", bold=True, fill=HEAD_FILL)
    for c, t in zip("DEFGH", ["Target", "Satuan", "Realisasi", "Satuan", "% Capaian"]):
        put(ws, f"{c}7", t, bold=True, align="center", fill=HEAD_FILL)
    merge(ws, "I6:I7", "Ket.", bold=True, fill=HEAD_FILL)
    for i, c in enumerate("ABCDEFGHI", start=1):
        put(ws, f"{c}8", f"({i})", align="center")
    widths(ws, {"A": 5, "B": 30, "C": 46, "D": 16, "E": 11, "F": 14, "G": 11, "H": 11, "I": 16})

    vals = {  # id: (target V, realisasi V, capaian (formula|typed|None), ket)
        "P01": (NI(1400), NI(1312), "f", ""),
        "P02": (P(70, "0%"), P(65.6, "0.0%"), "f", ""),
        "P03": (N(90), N(88.4), "f", "kohort 2019"),
        "P05": (TP(80), TP(76.5), 95.63, ""),
        "P13": (NI(3000), TXT("2.810*)", 2810), 93.67, ""),
        "P10": (NI(1800), NI(1654), "f", ""),
        "P07": (NI(24000), NI(21876), "f", "umum & BPJS"),
        "P08": (NI(6500), NI(6102), "f", ""),
        "P06": (NI(2400), NI(2215), "f", ""),
        "P09": (NI(52000, note="target typed 10x (52.000 for 5.200)"), NI(4987), "f", ""),
        "P14": (N(80), TXT("81,25", 81.25), 101.56, ""),
        "P15": (N(90), N(91), "f", ""),
        "P16": (CMP("≤", 60), N(58), 103.33, "indikator negatif"),
        "P21": (N(100), N(92), "f", ""),
        "P23": (N(95), DASH, "-", "data belum tersedia (SIMRS)"),
        "P11": (N(48), N(45), "f", ""),
        "P12": (NI(2400), NI(2130), "f", ""),
        "P17": (RP(850000000), NI(812345000), 95.57, ""),
        "P18": (G("B"), G("B"), 100, ""),
    }
    AG.mistake(Y, "P09", "target typed 10x: 52.000 for 5.200 (capaian formula gives 9,59); key target 52000")
    r = 9
    no = 1
    for si, (sas, ids) in enumerate(SAS[Y]):
        start = r
        for iid in ids:
            t, rv, cap, ket = vals[iid]
            put(ws, f"A{r}", no, align="center")
            put(ws, f"C{r}", NAMES[iid][Y], wrap=True)
            put(ws, f"D{r}", t)
            put(ws, f"E{r}", "-" if iid == "P18" else UNIT[iid])
            put(ws, f"F{r}", rv)
            put(ws, f"G{r}", UNIT[iid] if iid != "P18" else "-")
            if cap == "f":
                put(ws, f"H{r}", f"=ROUND(F{r}/D{r}*100,2)", fmt="0.00")
            elif cap == "-":
                put(ws, f"H{r}", "-", align="center")
            else:
                put(ws, f"H{r}", cap, fmt="0.00")
            put(ws, f"I{r}", ket, wrap=True)
            AG.add(FILE_A + ".xls", ws.title, Y, iid, f"C{r}", NAMES[iid][Y],
                   spec_cell(f"D{r}", t), spec_cell(f"F{r}", rv))
            r += 1
            no += 1
            if iid == "P07":
                # hidden draft row (not a key row)
                put(ws, f"C{r}", "Jumlah kunjungan rawat inap (draft, dihapus)")
                put(ws, f"D{r}", 0)
                put(ws, f"F{r}", 0)
                ws.row_dimensions[r].hidden = True
                r += 1
        merge(ws, f"B{start}:B{r - 1}", sas, wrap=True, align="left")
    # footnote, budget, signature
    ws[f"B{r}"] = "*) angka sementara, menunggu validasi SITB per 31 Januari 2021"
    ws[f"B{r}"].font = Font(italic=True, size=9)
    ws[f"B{r + 2}"] = "Jumlah Anggaran Tahun 2020"
    ws[f"D{r + 2}"] = ": Rp. 4.215.880.000,-"
    ws[f"B{r + 3}"] = "Jumlah Realisasi Anggaran Tahun 2020"
    ws[f"D{r + 3}"] = ": Rp. 3.998.112.450,-"
    signature(ws, r + 5, "F", "Rantau Selasih, 31 Desember 2020")
    AG.layouts[Y] = ("PK 2020 (.xls, sheet 'PK 2020'): annual Pengukuran Kinerja, 4 title rows, two header rows "
                     "(merged 'Tahun 2020' over Target/Satuan/Realisasi/Satuan/% Capaian) plus a numbered row (1)-(9); "
                     "Sasaran merged down column B; value and unit in separate cells; targets as numbers, a "
                     "%-formatted fraction (P02), '80 %' text, '≤ 60' (negative indicator), 'Rp 850.000.000' text, "
                     "grade B; realisasi '2.810*)' with a footnote, '81,25' text, P23 realisasi '-' ('data belum tersedia'); a hidden draft row "
                     "(rawat inap) after P07; indicators numbered 'a)'/'b)' under sasaran 3; budget lines "
                     "and signature below.")


# =============================================================================== 2021: RA blocks
def sheet_ra2021(wb):
    Y = 2021
    ws = wb.create_sheet("RA 2021")
    for i, t in enumerate(["PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA",
                           "UPTD BALAI KESEHATAN PARU MASYARAKAT PROVINSI NUSA SEMANGGI",
                           "TAHUN ANGGARAN 2021"], start=1):
        title(ws, i, t, "I")
    merge(ws, "A5:A6", "NO", bold=True, fill=HEAD_FILL)
    merge(ws, "B5:B6", "SASARAN STRATEGIS", bold=True, fill=HEAD_FILL)
    merge(ws, "C5:C6", "INDIKATOR SASARAN", bold=True, fill=HEAD_FILL)
    merge(ws, "D5:D6", "SATUAN", bold=True, fill=HEAD_FILL)
    merge(ws, "E5:H5", "KRITERIA KEBERHASILAN SASARAN (TARGET TAHUNAN & TRIWULAN)", bold=True, fill=HEAD_FILL)
    for c, t in zip("EFGH", ["PERIODE", "TARGET", "REALISASI KINERJA", "%"]):
        put(ws, f"{c}6", t, bold=True, align="center", fill=HEAD_FILL)
    merge(ws, "I5:I6", "PENANGGUNG JAWAB", bold=True, fill=HEAD_FILL)
    for i, c in enumerate("ABCDEFGHI", start=1):
        put(ws, f"{c}7", i, align="center")
    widths(ws, {"A": 5, "B": 28, "C": 40, "D": 12, "E": 16, "F": 16, "G": 16, "H": 9, "I": 22})

    # id: (annual target V, [quarter target V]*4, [quarter realisasi V|None]*4, pj)
    Q = {
        "P01": (NI(1450), [NI(360), NI(360), NI(365), NI(365)], [NI(352), NI(371), NI(389), NI(378)], "Seksi Pelayanan Medik"),
        "P02": (P(75, "0%"), [P(70, "0%"), P(72, "0%"), P(74, "0%"), P(75, "0%")],
                [P(68.2), P(70.5), P(72.1), P(73.4)], "Seksi Pelayanan Medik"),
        "P03": (N(90), [N(90)] * 4, [N(88.1), N(88.9), N(89.3), N(89.7)], "Seksi Pelayanan Medik"),
        "P04": (N(40), [N(10)] * 4, [N(7), N(9), N(11), N(9)], "Seksi Pelayanan Medik"),
        "P05": (TP(85), [TP(85)] * 4, [TP(80.2), TP(81.7), TP(82.4), TP(83.1)], "Seksi Pelayanan Medik"),
        "P13": (NI(3200), [NI(800)] * 4, [NI(768), NI(842), NI(880), NI(855)], "Seksi Promkes & Surveilans"),
        "P10": (NI(2000), [NI(500)] * 4, [NI(498), NI(530), NI(547), NI(535)], "Instalasi Laboratorium"),
        "P07": (NI(25000), [NI(6250)] * 4, [NI(6012), NI(6388), NI(6590), NI(6440)], "Seksi Pelayanan Medik"),
        "P08": (NI(6800), [NI(1700)] * 4, [NI(1650), NI(1748), NI(1802), NI(1750)], "Seksi Pelayanan Medik"),
        "P06": (NI(2500), [NI(625)] * 4, [NI(601), NI(655), NI(702), NI(672)], "Instalasi Faal Paru"),
        "P09": (NI(5400), [NI(1350)] * 4, [NI(1320), NI(1382), NI(1425), NI(1385)], "Instalasi Radiologi"),
        "P14": (N(81), [None, N(81), None, N(81)], [None, N(81.9), None, N(82.4)], "Subbag Tata Usaha"),
        "P15": (N(92), [N(92)] * 4, [N(92), N(92.5), N(93), N(0.93, note="TW IV typed 0,93 for 93 in a plain cell")],
                "Seksi Pelayanan Medik"),
        "P16": (CMP("≤", 55, "menit"), [N(55)] * 4, [N(56), N(54), N(53), N(52)], "Seksi Pelayanan Medik"),
        "P21": (P(100, "0%"), [P(25, "0%"), P(50, "0%"), P(75, "0%"), P(100, "0%")],
                [P(60, "0%"), P(80, "0%"), P(95, "0%"), None], "Subbag Tata Usaha"),
        "P23": (N(95), [N(95)] * 4, [N(94.0), N(95.2), N(95.8), N(96.1)], "Instalasi Rekam Medis"),
        "P11": (N(48), [N(12)] * 4, [N(11), N(13), N(14), N(12)], "Seksi Promkes & Surveilans"),
        "P12": (NI(2400), [NI(600)] * 4, [NI(560), NI(642), NI(688), NI(622)], "Seksi Promkes & Surveilans"),
        "P17": (RP(871450000), [NI(217862500)] * 4,
                [NI(205340000), NI(221775500), NI(236410000), NI(225595000)], "Bendahara Penerimaan"),
        "P18": (G("B"), [DASH, DASH, DASH, G("B")], [DASH, DASH, DASH, G("BB")], "Subbag Tata Usaha"),
    }
    AG.mistake(Y, "P15", "TW IV realisasi typed 0,93 in a plain cell (for 93 %); level id -> key realisasi 0.93")
    labels = ["Target Tahunan", "TW I (B03)", "TW II (B06)", "TW III (B09)", "TW IV (B12)"]
    r = 8
    no = 1
    for sas, ids in SAS[Y]:
        start = r
        for iid in ids:
            t, qt, qr, pj = Q[iid]
            merge(ws, f"A{r}:A{r + 4}", no)
            merge(ws, f"C{r}:C{r + 4}", NAMES[iid][Y], align="left")
            merge(ws, f"D{r}:D{r + 4}", UNIT[iid])
            merge(ws, f"I{r}:I{r + 4}", pj)
            for k, lab in enumerate(labels):
                put(ws, f"E{r + k}", lab)
            put(ws, f"F{r}", t)
            put(ws, f"G{r}", None)
            put(ws, f"H{r}", None)
            pairs = []
            for k in range(4):
                rr = r + 1 + k
                if qt[k] is not None:
                    put(ws, f"F{rr}", qt[k])
                else:
                    put(ws, f"F{rr}", None)
                if qr[k] is not None:
                    put(ws, f"G{rr}", qr[k])
                else:
                    put(ws, f"G{rr}", None)
                num_t = qt[k] is not None and isinstance(qt[k].raw, (int, float))
                num_r = qr[k] is not None and isinstance(qr[k].raw, (int, float))
                if num_t and num_r:
                    put(ws, f"H{rr}", f"=ROUND(G{rr}/F{rr}*100,2)", fmt="0.00")
                else:
                    put(ws, f"H{rr}", None)
                pairs.append((f"G{rr}", qr[k]))
            rspec = spec_sum(pairs) if iid in FLOW else spec_last(pairs)
            AG.add(FILE_A + ".xls", ws.title, Y, iid, f"C{r}", NAMES[iid][Y], spec_cell(f"F{r}", t), rspec)
            r += 5
            no += 1
        merge(ws, f"B{start}:B{r - 1}", sas, align="left")
    signature(ws, r + 2, "F", "Rantau Selasih, 31 Desember 2021")
    AG.layouts[Y] = ("RA 2021 (.xls, sheet 'RA 2021'): Rencana Aksi in Bone-style blocks - five rows per indicator "
                     "('Target Tahunan', 'TW I (B03)' .. 'TW IV (B12)'), name / unit / No / penanggung jawab merged "
                     "over the block, Sasaran merged over its blocks; columns Target / Realisasi / %; NO annual "
                     "realisasi (flow ids: sum of TW I-IV; level ids: last reported quarter). P14 (IKM) reported "
                     "only at TW II and TW IV; P21 has no TW IV report (last = TW III, %-formatted fractions); "
                     "P18 grade B/BB; P17 target 'Rp 871.450.000' as text.")


def sheet_draft2021(wb):
    ws = wb.create_sheet("Draft PK 2021")
    ws["A1"] = "DRAFT - PERJANJIAN KINERJA 2021 (belum final, jangan dipakai)"
    ws["A3"] = "No"
    ws["B3"] = "Indikator"
    ws["C3"] = "Target"
    for i, (n, t) in enumerate([("Jumlah kasus TBC ditemukan", 1500), ("Success rate TBC", 90),
                                ("Jumlah kunjungan rawat jalan", 26000), ("Jumlah pemeriksaan spirometri", 2600)],
                               start=1):
        ws[f"A{3 + i}"] = i
        ws[f"B{3 + i}"] = n
        ws[f"C{3 + i}"] = t
    ws.sheet_state = "hidden"


# =============================================================================== 2022: LKjIP
def sheet_lkjip_header(ws, r0, cont=False):
    merge(ws, f"A{r0}:A{r0 + 1}", "No", bold=True, fill=HEAD_FILL)
    merge(ws, f"B{r0}:B{r0 + 1}", "Sasaran Strategis", bold=True, fill=HEAD_FILL)
    merge(ws, f"C{r0}:C{r0 + 1}", "Indikator Kinerja", bold=True, fill=HEAD_FILL)
    merge(ws, f"D{r0}:D{r0 + 1}", "Satuan", bold=True, fill=HEAD_FILL)
    merge(ws, f"E{r0}:F{r0}", "Realisasi", bold=True, fill=HEAD_FILL)
    put(ws, f"E{r0 + 1}", "2020", bold=True, align="center", fill=HEAD_FILL)
    put(ws, f"F{r0 + 1}", "2021", bold=True, align="center", fill=HEAD_FILL)
    merge(ws, f"G{r0}:I{r0}", "Tahun 2022", bold=True, fill=HEAD_FILL)
    for c, t in zip("GHI", ["Target", "Realisasi", "Capaian (%)"]):
        put(ws, f"{c}{r0 + 1}", t, bold=True, align="center", fill=HEAD_FILL)
    merge(ws, f"J{r0}:J{r0 + 1}", "Target Akhir Renstra (2023)", bold=True, fill=HEAD_FILL)
    merge(ws, f"K{r0}:K{r0 + 1}", "Capaian 2022 thd Target Akhir Renstra (%)", bold=True, fill=HEAD_FILL)
    for i, c in enumerate("ABCDEFGHIJK", start=1):
        put(ws, f"{c}{r0 + 2}", f"({i})", align="center")
    widths(ws, {"A": 5, "B": 28, "C": 46, "D": 12, "E": 12, "F": 12, "G": 14, "H": 14, "I": 11, "J": 14, "K": 14})


def book_lkjip2022():
    Y = 2022
    from openpyxl import Workbook
    wb = Workbook()
    ws1 = wb.active
    ws1.title = "Tabel 3.1"
    ws2 = wb.create_sheet("Tabel 3.1 (lanjutan)")
    ws3 = wb.create_sheet("Sumber Data")
    title(ws1, 1, "BAB III AKUNTABILITAS KINERJA", "K")
    title(ws1, 2, "Tabel 3.1", "K", bold=False)
    title(ws1, 3, "Perbandingan Target dan Realisasi Kinerja Tahun 2022 dengan Realisasi Tahun-tahun Sebelumnya", "K", bold=False)
    title(ws1, 4, "UPTD Balai Kesehatan Paru Masyarakat Provinsi Nusa Semanggi", "K", bold=False)
    sheet_lkjip_header(ws1, 6)
    title(ws2, 1, "Tabel 3.1 (lanjutan)", "K", bold=False)
    sheet_lkjip_header(ws2, 3)

    # id: (real 2020, real 2021, target V, realisasi V, renstra 2023)
    D = {
        "P01": (1312, 1490, NI(1500), NI(1538), 1560),
        "P02": (65.6, 73.4, N(80), None, 85),  # realisasi: wrong formula (below)
        "P03": (88.4, 89.7, N(90), P(91.2, "0.0%"), 90),
        "P04": ("-", 36, N(45), N(47), 50),
        "P05": (76.5, 83.1, N(90), TP(92.4), 90),
        "P13": (2810, 3345, NI(3500), NI(3560), 3800),
        "P10": (1654, 2110, NI(2200), NI(2305), 2400),
        "P19": ("-", "-", NI(9000), NI(9412), 9500),
        "P20": ("-", "-", NI(17000), NI(16840), 17500),
        "P08": (6102, 6950, NI(7000), NI(7123), 7200),
        "P06b": ("-", "-", NI(3200), NI(3318), 3400),
        "P09": (4987, 5512, NI(5600), NI(5733), 5800),
        "P14": (81.25, 82.4, N(82), N(83.1), 83),
        "P15": (91, 93, N(95), N(95.5), 95),
        "P16": (58, 52, CMP("≤", 50), N(47), 45),
        "P21": (92, 95, N(100), N(100), 100),
        "P11": (45, 50, N(52), N(55), 52),
        "P12": (2130, 2512, NI(2600), NI(2788), 2600),
        "P22": ("-", "-", N(300), N(284), 350),
        "P17": (812345000, 889120500, NI(900000000), NI(912600000), 925000000),
        "P18": ("B", "BB", G("BB"), G("BB"), "A"),
    }
    AG.mistake(Y, "P02", "realisasi is a wrong formula =ROUND(G{P01}/1894*100,2): it divides the P01 TARGET "
                         "(1.500) instead of its realisasi (1.538) by the estimate -> 79,2 instead of 81,2; key 79.2 "
                         "(the column as it stands)")
    no = 1
    p01_row = None
    layout = [(ws1, SAS[Y][0:2], 9), (ws2, SAS[Y][2:4], 6)]
    for ws, groups, r in layout:
        for sas, ids in groups:
            start = r
            for iid in ids:
                e, f, t, rv, ren = D[iid]
                put(ws, f"A{r}", no, align="center")
                put(ws, f"C{r}", NAMES[iid][Y], wrap=True)
                put(ws, f"D{r}", UNIT[iid])
                for cc, x in (("E", e), ("F", f)):
                    put(ws, f"{cc}{r}", x, fmt="#,##0" if isinstance(x, (int, float)) and x >= 1000 else None)
                put(ws, f"G{r}", t)
                if iid == "P01":
                    p01_row = r
                if iid == "P02":
                    rv = F(f"=ROUND(G{p01_row}/1894*100,2)", round(1500 / 1894 * 100, 2), "0.00",
                           note="wrong formula")
                put(ws, f"H{r}", rv)
                if iid not in ("P18",):
                    if iid == "P16":
                        put(ws, f"I{r}", f"=ROUND((2*50-H{r})/50*100,2)", fmt="0.00")
                    elif iid == "P03":
                        put(ws, f"I{r}", f"=ROUND(H{r}*100/G{r}*100,2)", fmt="0.00")
                    elif iid == "P05":
                        put(ws, f"I{r}", 102.67, fmt="0.00")
                    else:
                        put(ws, f"I{r}", f"=ROUND(H{r}/G{r}*100,2)", fmt="0.00")
                else:
                    put(ws, f"I{r}", 100, fmt="0.00")
                put(ws, f"J{r}", ren, fmt="#,##0" if isinstance(ren, (int, float)) and ren >= 1000 else None)
                if iid in ("P18",):
                    put(ws, f"K{r}", "-")
                elif iid == "P16":
                    put(ws, f"K{r}", f"=ROUND((2*J{r}-H{r})/J{r}*100,2)", fmt="0.00")
                elif iid == "P03":
                    put(ws, f"K{r}", f"=ROUND(H{r}*100/J{r}*100,2)", fmt="0.00")
                elif iid == "P05":
                    put(ws, f"K{r}", 102.67, fmt="0.00")
                else:
                    put(ws, f"K{r}", f"=ROUND(H{r}/J{r}*100,2)", fmt="0.00")
                AG.add(FILE_B + ".xlsx", ws.title, Y, iid, f"C{r}", NAMES[iid][Y],
                       spec_cell(f"G{r}", t), spec_cell(f"H{r}", rv))
                r += 1
                no += 1
            merge(ws, f"B{start}:B{r - 1}", sas, align="left")
        last = r
    # footnotes and signature on sheet 2
    ws2[f"A{last + 1}"] = "Sumber: SITB (Sistem Informasi Tuberkulosis), SIMRS BKPM, Laporan Keuangan UPTD 2022 (diolah)."
    ws2[f"A{last + 2}"] = ("*) Mulai 2022 indikator kunjungan rawat jalan dipisah menurut cara bayar (umum / JKN); "
                           "pemeriksaan spirometri digabung ke pemeriksaan faal paru.")
    for rr in (last + 1, last + 2):
        ws2[f"A{rr}"].font = Font(italic=True, size=9)
    signature(ws2, last + 4, "H", "Rantau Selasih, 28 Februari 2023")
    ws3["A1"] = "Catatan penyusunan Tabel 3.1"
    ws3["A2"] = "1. Realisasi 2020 dan 2021 diambil dari LKjIP tahun berkenaan."
    ws3["A3"] = "2. Estimasi kasus TBC 2022 (dasar perhitungan treatment coverage) = 1.894 kasus."
    ws3["A4"] = "3. Indikator negatif: waktu tunggu (capaian = (2 x target - realisasi) / target x 100)."
    deliver(AG, wb, FILE_B, "xlsx")
    AG.layouts[Y] = ("LKjIP 2022 (.xlsx): Bab III Tabel 3.1 split over two sheets ('Tabel 3.1' holds sasaran 1-2, "
                     "'Tabel 3.1 (lanjutan)' repeats the header and holds sasaran 3-4, numbering continues), columns "
                     "Realisasi 2020 / 2021 (not keyed), Target / Realisasi / Capaian 2022, Target Akhir Renstra 2023; "
                     "capaian formulas; P03 realisasi a %-formatted fraction; '92,4 %' text; '≤ 50' target; "
                     "notes sheet 'Sumber Data'; footnotes and signature under the second part. P07 is split into "
                     "P19 (umum) and P20 (JKN); P06 becomes P06b (faal paru).")


# =============================================================================== 2023: cards
def book_cards2023():
    Y = 2023
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Kartu IKU 2023"
    widths(ws, {"A": 2, "B": 13, "C": 13, "D": 13, "E": 13, "F": 16, "G": 3,
                "H": 13, "I": 13, "J": 13, "K": 13, "L": 16})
    title(ws, 1, "KARTU CAPAIAN INDIKATOR KINERJA TAHUN 2023", "L")
    title(ws, 2, "UPTD BALAI KESEHATAN PARU MASYARAKAT - DINAS KESEHATAN PROVINSI NUSA SEMANGGI", "L", bold=False)
    ws["B3"] = "Keadaan s.d. 31 Desember 2023 (TW IV)"
    ws["B3"].font = Font(italic=True)

    # id: (target V, [TW V|None]*4, annual: 'sum'|'last'|V(typed)|('formula', text, value), arah)
    C = {
        "P01": (T(1560, "kasus"), [NI(372), NI(401), NI(418), NI(410)], "sum", "Naik"),
        "P02": (TP(85), [N(80.1), N(82.6), N(84.9), N(86.9)], "last", "Naik"),
        "P03": (N(90), [N(89.6), N(90.1), N(90.8), N(90.5)], "wrongsum", "Naik"),
        "P04": (N(50), [N(11), N(13), N(15), N(13)], "sum", "Naik"),
        "P13": (NI(3800), [NI(921), NI(987), NI(1010), NI(987)], "sum", "Naik"),
        "P10": (NI(2400), [NI(560), NI(598), NI(641), NI(661)], N(2406, note="typed over"), "Naik"),
        "P19": (NI(9500), [NI(2301), NI(2398), NI(2512), NI(2477)], "sum", "Naik"),
        "P20": (NI(17500), [NI(4380), NI(4512), NI(4655), NI(4555)], "sum", "Naik"),
        "P08": (NI(7200), [NI(1702), NI(1766), NI(1812), NI(1760)], "sum", "Naik"),
        "P06b": (NI(3400), [NI(842), NI(871), NI(905), NI(884)], "sum", "Naik"),
        "P09": (NI(5800), [NI(1381), NI(1420), NI(1466), NI(1423)], "sum", "Naik"),
        "P14": (N(83), [None, N(83.5), None, N(84.02)], "last", "Naik"),
        "P15": (CMP("≥", 95), [N(95.1), N(95.8), N(96.0), N(96.2)], "last", "Naik"),
        "P16": (CMP("≤", 45, "menit"), [N(46), N(44), N(43), N(43)], "last", "Turun"),
        "P21": (P(100, "0%"), [P(95), P(96), P(97), P(97.5)], "last", "Naik"),
        "P11": (N(52), [N(12), N(14), N(15), N(13)], "sum", "Naik"),
        "P12": (NI(2600), [NI(612), NI(689), NI(731), NI(669)], "sum", "Naik"),
        "P22": (N(350), [N(82), N(95), N(101), N(93)], "sum", "Naik"),
        "P17": (RP(925000000, style=2), [NI(215430000), NI(231905000), NI(248760000), NI(252180000)], "sum", "Naik"),
        "P18": (G("BB"), [DASH, DASH, DASH, G("A")], G("A"), "Naik"),
    }
    AG.mistake(Y, "P03", "card annual realisasi is a wrong formula =SUM(TW I:TW IV) over four quarterly rates "
                         "(89,6+90,1+90,8+90,5) -> 361; key 361 (the cell as it stands)")
    AG.mistake(Y, "P10", "card annual realisasi typed over: 2.406 while TW I-IV add up to 2.460; key 2406")
    r = 5
    n = 1
    for si, (sas, ids) in enumerate(SAS[Y], start=1):
        merge(ws, f"B{r}:L{r}", f"SASARAN {si} : {sas}", bold=True, align="left", fill=HEAD_FILL)
        r += 2
        for k in range(0, len(ids), 2):
            pair = ids[k:k + 2]
            for j, iid in enumerate(pair):
                cs = ["B", "C", "D", "E", "F"] if j == 0 else ["H", "I", "J", "K", "L"]
                c0, c1, c2, c3, c4 = cs
                t, qs, ann, arah = C[iid]
                name = f"{n}. {NAMES[iid][Y]}"
                merge(ws, f"{c0}{r}:{c4}{r}", name, bold=True, align="left", fill=CARD_FILL)
                ws.row_dimensions[r].height = 30
                put(ws, f"{c0}{r + 1}", "Satuan")
                merge(ws, f"{c1}{r + 1}:{c2}{r + 1}", UNIT[iid], align="left")
                put(ws, f"{c3}{r + 1}", "Arah")
                put(ws, f"{c4}{r + 1}", arah)
                put(ws, f"{c0}{r + 2}", "Target 2023")
                merge(ws, f"{c1}{r + 2}:{c2}{r + 2}", None, align="left")
                put(ws, f"{c1}{r + 2}", t)
                put(ws, f"{c3}{r + 2}", "Sumber")
                put(ws, f"{c4}{r + 2}", "SITB" if iid in ("P01", "P02", "P03", "P04", "P13") else "SIMRS/Lap. Seksi")
                for cc, lab in zip(cs, ["TW I", "TW II", "TW III", "TW IV", "Realisasi 2023"]):
                    put(ws, f"{cc}{r + 3}", lab, bold=True, align="center")
                pairs = []
                for cc, q in zip(cs[:4], qs):
                    put(ws, f"{cc}{r + 4}", q if q is not None else None)
                    pairs.append((f"{cc}{r + 4}", q))
                acell = f"{c4}{r + 4}"
                if ann == "sum":
                    sp, val = spec_sum(pairs)
                    fmt = qs[0].fmt if qs[0].fmt not in ("@",) else "General"
                    av = F(f"=SUM({c0}{r + 4}:{c3}{r + 4})", val, fmt)
                elif ann == "wrongsum":
                    sp, val = spec_sum(pairs)
                    av = F(f"=SUM({c0}{r + 4}:{c3}{r + 4})", val, "0.0", note="wrong formula")
                elif ann == "last":
                    sp, val = spec_last(pairs)
                    fmt = qs[3].fmt if qs[3].fmt != "@" else "General"
                    av = F(f"={c3}{r + 4}", val, fmt)
                else:
                    av = ann
                put(ws, acell, av)
                put(ws, f"{c0}{r + 5}", "Capaian")
                if isinstance(t.raw, (int, float)) and ann != "typedgrade" and iid != "P18":
                    merge(ws, f"{c1}{r + 5}:{c2}{r + 5}", None)
                    put(ws, f"{c1}{r + 5}", f"=IFERROR(ROUND({acell}/{c1}{r + 2}*100,2),\"-\")", fmt="0.00")
                else:
                    merge(ws, f"{c1}{r + 5}:{c2}{r + 5}", None)
                    put(ws, f"{c1}{r + 5}", "-" if iid != "P18" else 100)
                put(ws, f"{c3}{r + 5}", "Kategori")
                put(ws, f"{c4}{r + 5}", "Sangat Tinggi")
                AG.add(FILE_C + ".ods", ws.title, Y, iid, f"{c0}{r}", name, spec_cell(f"{c1}{r + 2}", t),
                       spec_cell(acell, av), with_col=True)
                n += 1
            r += 7
    ws[f"B{r}"] = ("Catatan: Realisasi 2023 = jumlah TW I s.d. TW IV untuk indikator jumlah; nilai TW IV untuk "
                   "indikator persentase/indeks/waktu.")
    ws[f"B{r}"].font = Font(italic=True, size=9)
    signature(ws, r + 2, "I", "Rantau Selasih, 15 Januari 2024")
    deliver(AG, wb, FILE_C, "ods")
    AG.layouts[Y] = ("Kartu Kinerja 2023 (.ods, sheet 'Kartu IKU 2023'): NEW LAYOUT - one card per indicator, two "
                     "cards side by side (cards in B:F and H:L share sheet rows, hence 'col' in the key); each card: "
                     "numbered name merged across the card, Satuan/Arah, 'Target 2023', a TW I-IV row and a "
                     "'Realisasi 2023' cell (a formula: SUM for counts, =TW IV for rates), Capaian and Kategori; "
                     "sasaran header bands between card groups; card P03's annual formula wrongly SUMs four "
                     "rates, card P10's annual is typed over; target '1.560 kasus', 'Rp. 925.000.000,-', "
                     "'≤ 45 menit', '≥ 95', '85 %'; grade BB/A.")


def build():
    from openpyxl import Workbook
    wb = Workbook()
    sheet_pk2020(wb)
    sheet_ra2021(wb)
    sheet_draft2021(wb)
    deliver(AG, wb, FILE_A, "xls")
    book_lkjip2022()
    book_cards2023()
    AG.save()
    return AG


if __name__ == "__main__":
    build()
    print("BKPM:", len(AG.rows), "key rows")
