"""Dinas Perumahan dan Kawasan Permukiman Kota Lembahraya (invented), 2021-2024."""
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from common import (BOLD, BORDER, RAW, L, Recorder, blank, cell, cm, cum_path, dash, fmt_id, formula,
                    grade, hdr, hint_of, merge, num, pct, persen, put, raw, rng, rnd, signature,
                    split_flow, title, txt, txt_en, widths)

SLUG = "disperkim_lembahraya"
AGENCY = "Dinas Perumahan dan Kawasan Permukiman Kota Lembahraya"
YEARS = [2021, 2022, 2023, 2024]
OUT = os.path.join(RAW, SLUG)

SAS = {
    "S1": "Meningkatnya kualitas rumah dan kawasan permukiman yang layak huni",
    "S2": "Meningkatnya cakupan prasarana, sarana dan utilitas (PSU) permukiman",
    "S3": "Meningkatnya akses sanitasi dan air minum layak",
    "S4": "Meningkatnya kualitas tata kelola perangkat daerah",
}

META = {  # unit, polarity, kind
    "B01": ("%", "-", "level"), "B02": ("unit", "+", "flow"), "B02b": ("unit", "+", "flow"),
    "B03": ("%", "+", "level"), "B04": ("%", "-", "level"), "B05": ("Ha", "-", "level"),
    "B06": ("Ha", "+", "flow"), "B07": ("%", "+", "level"), "B08": ("lokasi", "+", "level"),
    "B09": ("%", "+", "level"), "B10": ("%", "+", "level"), "B11": ("SR", "+", "flow"),
    "B12": ("kelurahan", "+", "level"), "B13": ("%", "+", "level"), "B14": ("unit", "+", "flow"),
    "B15": ("%", "+", "level"), "B16": ("%", "+", "level"), "B17": ("titik", "+", "level"),
    "B18": ("titik", "+", "flow"), "B19": ("predikat", "+", "grade"), "B20": ("nilai", "+", "level"),
    "B21": ("%", "-", "level"),
}

NAMES = {
    "B01": {2021: "Persentase Rumah Tidak Layak Huni (RTLH)", 2022: "% RTLH",
            2023: "Persentase RTLH terhadap Jumlah Rumah",
            2024: "Prosentase rumah tidak layak huni di Kota Lembahraya"},
    "B02": {2021: "Jumlah RTLH yang ditangani", 2022: "Jml RTLH yg ditangani (unit)",
            2023: "Jumlah Rumah Tidak Layak Huni yang Tertangani"},
    "B02b": {2024: "Jumlah RTLH yang direhabilitasi melalui BSPS & APBD Kota"},
    "B03": {2021: "Persentase rumah layak huni", 2022: "% Rumah Layak Huni",
            2023: "Persentase Rumah Layak Huni (RLH)", 2024: "Prosentase rumah layak huni"},
    "B04": {2021: "Persentase luas kawasan permukiman kumuh", 2022: "% Luasan Kumuh",
            2023: "Persentase Luas Kawasan Kumuh Perkotaan",
            2024: "Prosentase luasan kawasan permukiman kumuh kota (%)"},
    "B05": {2021: "Luas kawasan permukiman kumuh", 2022: "Luasan Kumuh (Ha)", 2023: "Luas Kawasan Kumuh",
            2024: "Luas kawasan permukiman kumuh (Ha)"},
    "B06": {2021: "Luas kawasan kumuh yang ditangani", 2022: "Luasan Kumuh yg Tertangani (Ha)",
            2023: "Luas Kawasan Permukiman Kumuh yang Ditangani",
            2024: "Luas penanganan kawasan kumuh (Ha)"},
    "B07": {2021: "Persentase perumahan yang dilengkapi PSU", 2022: "% Perumahan dg PSU memadai",
            2023: "Persentase Perumahan yang Dilengkapi Prasarana, Sarana dan Utilitas",
            2024: "Prosentase perumahan yang dilengkapi PSU"},
    "B08": {2021: "Jumlah perumahan yang PSU-nya telah diserahkan kepada Pemerintah Kota ",
            2022: "Jml Perumahan yg PSU diserahkan ke Pemkot",
            2023: "Jumlah Lokasi Perumahan dengan PSU Telah Diserahterimakan",
            2024: "Jumlah perumahan yang PSU-nya diserahkan ke Pemerintah Kota (lokasi)"},
    "B09": {2021: "Persentase rumah tangga dengan akses sanitasi layak", 2022: "% RT akses sanitasi layak",
            2023: "Persentase Rumah Tangga yang Memiliki Akses Sanitasi Layak",
            2024: "Prosentase rumah tangga dengan akses sanitasi (air limbah domestik) layak"},
    "B10": {2021: "Persentase rumah tangga dengan akses sanitasi aman", 2022: "% RT akses sanitasi aman",
            2023: "Persentase Rumah Tangga yang Memiliki Akses Sanitasi Aman",
            2024: "Prosentase rumah tangga dengan akses sanitasi (air limbah domestik) aman"},
    "B11": {2021: "Jumlah Sambungan Rumah (SR) SPALD-T yang terbangun", 2022: "Jml SR SPALD-T terbangun",
            2023: "Jumlah SR Sistem Pengelolaan Air Limbah Domestik Terpusat (SPALD-T)",
            2024: "Jumlah sambungan rumah SPALD-T terbangun (SR)"},
    "B12": {2021: "Jumlah kelurahan ODF (Stop BABS)", 2022: "Jml Kelurahan Open Defecation Free",
            2023: "Jumlah Kelurahan Stop Buang Air Besar Sembarangan (SBS)",
            2024: "Jumlah kelurahan ODF (kelurahan)"},
    "B13": {2021: "Persentase rumah tangga yang terlayani air minum layak",
            2022: "% RT terlayani air minum layak",
            2023: "Persentase Rumah Tangga dengan Akses Air Minum Layak",
            2024: "Prosentase rumah tangga terlayani air minum layak"},
    "B14": {2022: "Jml rumah korban bencana yg ditangani",
            2023: "Jumlah Rumah Korban Bencana yang Tertangani",
            2024: "Jumlah rumah korban bencana & relokasi yang ditangani (unit)"},
    "B15": {2021: "Persentase TPU yang dikelola dengan baik", 2022: "% TPU terkelola baik",
            2023: "Persentase Tempat Pemakaman Umum (TPU) yang Dikelola dengan Baik"},
    "B16": {2021: "Persentase PJU yang berfungsi dengan baik", 2022: "% PJU berfungsi",
            2023: "Persentase Penerangan Jalan Umum yang Berfungsi Baik",
            2024: "Prosentase PJU yang berfungsi baik"},
    "B17": {2021: "Jumlah titik PJU terpasang", 2022: "Jml titik PJU terpasang",
            2023: "Jumlah Titik Penerangan Jalan Umum (PJU) Terpasang",
            2024: "Jumlah titik PJU terpasang (titik)"},
    "B18": {2021: "Jumlah titik PJU baru yang terpasang", 2022: "Jml titik PJU baru",
            2023: "Jumlah Titik PJU Baru Terpasang", 2024: "Jumlah pemasangan titik PJU baru (titik)"},
    "B19": {2021: "Predikat SAKIP Dinas Perumahan dan Kawasan Permukiman", 2022: "Predikat SAKIP Disperkim",
            2023: "Nilai SAKIP Perangkat Daerah"},
    "B20": {2021: "Indeks Kepuasan Masyarakat (IKM)", 2022: "IKM",
            2023: "Indeks Kepuasan Masyarakat terhadap Layanan Disperkim",
            2024: "Indeks kepuasan masyarakat (nilai)"},
    "B21": {2023: "Persentase Backlog Kepemilikan Rumah",
            2024: "Prosentase backlog kepemilikan rumah (%)"},
}

V = {  # id: {year: (target, realisasi)}
    "B01": {2021: (6.8, 7.12), 2022: (6.2, 6.35), 2023: (5.6, 5.41), 2024: (5.0, 4.96)},
    "B02": {2021: (350, 312), 2022: (400, 428), 2023: (450, 455)},
    "B02b": {2024: (500, 536)},
    "B03": {2021: (93.2, 92.88), 2022: (93.8, 93.65), 2023: (94.4, 94.59), 2024: (95.0, 95.04)},
    "B04": {2021: (4.1, 4.35), 2022: (3.6, 3.72), 2023: (3.1, 3.05), 2024: (2.6, 2.48)},
    "B05": {2021: (142.5, 151.32), 2022: (125.0, 129.4), 2023: (108.0, 106.18), 2024: (90.0, 86.27)},
    "B06": {2021: (20, 17.6), 2022: (22, 21.92), 2023: (25, 23.22), 2024: (25, 19.91)},
    "B07": {2021: (70, 68.4), 2022: (74, 75.1), 2023: (78, 77.9), 2024: (82, 83.6)},
    "B08": {2021: (40, 37), 2022: (48, 45), 2023: (56, 58), 2024: (64, 66)},
    "B09": {2021: (88, 87.15), 2022: (90, 89.6), 2023: (92, 92.3), 2024: (94, 93.71)},
    "B10": {2021: (8, 6.4), 2022: (10, 9.25), 2023: (12, 11.8), 2024: (15, 14.02)},
    "B11": {2021: (1200, 1074), 2022: (1500, 1562), 2023: (1500, 1250), 2024: (1800, 1811)},
    "B12": {2021: (30, 28), 2022: (34, 35), 2023: (38, 39), 2024: (42, 41)},
    "B13": {2021: (91, 90.62), 2022: (92.5, 92.8), 2023: (94, 93.95), 2024: (95.5, 95.71)},
    "B14": {2022: (60, 48), 2023: (75, 81), 2024: (80, 77)},
    "B15": {2021: (60, 55), 2022: (70, 72.73), 2023: (80, 81.82)},
    "B16": {2021: (90, 88.4), 2022: (92, 93.1), 2023: (94, 94.62), 2024: (95, 96.05)},
    "B17": {2021: (14500, 14382), 2022: (15200, 15247), 2023: (16000, 16110), 2024: (16800, 16934)},
    "B18": {2021: (700, 612), 2022: (700, 865), 2023: (800, 863), 2024: (800, 824)},
    "B19": {2021: ("BB", "B"), 2022: ("BB", "BB"), 2023: ("A", "BB")},
    "B20": {2021: (80, 79.45), 2022: (82, 82.9), 2023: (83, 84.16), 2024: (85, 86.02)},
    "B21": {2023: (18.5, 19.2), 2024: (17.0, 17.34)},
}
START2021 = {"B01": 7.6, "B03": 92.4, "B04": 4.8, "B05": 166.9, "B07": 66.0, "B08": 33, "B09": 85.9,
             "B10": 5.1, "B12": 25, "B13": 89.8, "B15": 50, "B16": 87.2, "B17": 13770, "B20": 78.1}

KADIS = ("Ir. BAMBANG SETIAWIDJAJA, M.T.", "Pembina Tk. I (IV/b)", "NIP. 19710823 199803 1 006")
KABAPPEDA = ("Dr. ANNISA PURWANINGRUM, S.E., M.Si.", "Pembina Utama Muda (IV/c)", "NIP. 19750214 200003 2 002")


def spec_of(v, unit=None):
    if isinstance(v, str):
        return grade(v)
    return num(v)


# =====================================================================================  2021 E.81
def y2021(rec):
    fname = rec.add_file("Evaluasi Renja E81 Disperkim 2021 TW IV.xlsx", "xlsx",
                         "Permendagri 86/2017 form E.81 (older 17-column scheme), K/Rp pairs, programme and "
                         "kegiatan rows; column 12 is the year's realisation.")
    wb = Workbook()
    ws = wb.active
    ws.title = "E.81 TW IV"
    sh = ws.title
    title(ws, 1, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA LEMBAHRAYA", "A", "AC")
    title(ws, 2, "RENJA DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA LEMBAHRAYA", "A", "AC")
    title(ws, 3, "PERIODE PELAKSANAAN : TAHUN 2021 (TRIWULAN IV)", "A", "AC")
    ws["A4"] = ("Indikator dan target kinerja Perangkat Daerah Kota yang mengacu pada sasaran RKPD : "
                "Meningkatnya kualitas lingkungan permukiman")
    hdr(ws, "A6", "No", merge_to="A8")
    hdr(ws, "B6", "Sasaran", merge_to="B8")
    hdr(ws, "C6", "Program / Kegiatan", merge_to="C8")
    hdr(ws, "D6", "Indikator Kinerja Program (outcome) / Kegiatan (output)", merge_to="D8")
    hdr(ws, "E6", "Satuan", merge_to="E8")
    hdr(ws, "F6", "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)", merge_to="G7")
    hdr(ws, "H6", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)", merge_to="I7")
    hdr(ws, "J6", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi", merge_to="K7")
    hdr(ws, "L6", "Realisasi Kinerja Pada Triwulan", merge_to="S6")
    for i, tw in enumerate(["I", "II", "III", "IV"]):
        hdr(ws, f"{L(12 + 2 * i)}7", tw, merge_to=f"{L(13 + 2 * i)}7")
    hdr(ws, "T6", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", merge_to="U7")
    hdr(ws, "V6", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)", merge_to="W7")
    hdr(ws, "X6", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021", merge_to="Y7")
    hdr(ws, "Z6", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)", merge_to="AA7")
    hdr(ws, "AB6", "Unit PD Penanggung Jawab", merge_to="AB8")
    hdr(ws, "AC6", "Ket.", merge_to="AC8")
    for c in range(6, 28, 2):
        hdr(ws, f"{L(c)}8", "K")
        hdr(ws, f"{L(c + 1)}8", "Rp.")
    nums = {"A": "1", "B": "2", "C": "3", "D": "4", "E": "", "F": "5", "H": "6", "J": "7", "L": "8", "N": "9",
            "P": "10", "R": "11", "T": "12 = 8+9+10+11", "V": "13 = 12/7 x 100", "X": "14 = 6 + 12",
            "Z": "15 = 14/5 x 100", "AB": "16", "AC": "17"}
    for c, t in nums.items():
        if c in ("A", "B", "C", "D", "E", "AB", "AC"):
            hdr(ws, f"{c}9", t)
        else:
            from common import ci
            hdr(ws, f"{c}9", t, merge_to=f"{L(ci(c) + 1)}9")
    widths(ws, {"A": 4, "B": 24, "C": 30, "D": 40, "E": 9})
    rec.sheet_doc(fname, sh, "visible",
                  "Title rows 1-4; header rows 6-8 (row 7 holds the quarters I-IV, row 8 the K / Rp. pairs); "
                  "row 9 numbers the columns 1-17 with their rules ('12 = 8+9+10+11', '13 = 12/7 x 100', "
                  "'14 = 6 + 12', '15 = 14/5 x 100'); E Satuan is not numbered. Columns: A No, B Sasaran "
                  "(merged over its programmes), C Program / Kegiatan (programme names bold; merged when a "
                  "programme or kegiatan has several indicators), D indicator, E satuan, F/G target Renstra "
                  "2026, H/I realisasi Renstra s.d. 2020, J/K target 2021, L/M..R/S TW I-IV, T/U realisasi "
                  "2021 (col 12), V/W capaian, X/Y realisasi Renstra s.d. 2021, Z/AA its capaian, AB unit, "
                  "AC ket. Key: name D, target J, realisasi T (flows =L+N+P+R, levels =R).")
    structure = [
        ("S1", [("Program Pengembangan Perumahan", ["B01", "B03"],
                 [("Pendataan dan Rehabilitasi Rumah Tidak Layak Huni", ["B02"])]),
                ("Program Kawasan Permukiman", ["B04", "B05"],
                 [("Penataan dan Peningkatan Kualitas Kawasan Permukiman Kumuh", ["B06"])])]),
        ("S2", [("Program Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)", ["B07"],
                 [("Penyerahan PSU Perumahan kepada Pemerintah Kota", ["B08"]),
                  ("Pengelolaan Tempat Pemakaman Umum", ["B15"]),
                  ("Penyediaan dan Pemeliharaan Penerangan Jalan Umum", ["B16", "B17", "B18"])])]),
        ("S3", [("Program Pengelolaan dan Pengembangan Sistem Air Limbah", ["B09", "B10"],
                 [("Pembangunan SPALD-T Skala Permukiman", ["B11"]),
                  ("Pemicuan dan Verifikasi Kelurahan ODF", ["B12"])]),
                ("Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum", ["B13"], [])]),
        ("S4", [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", ["B19", "B20"], [])]),
    ]
    renstra = {"B01": 3.5, "B03": 96.5, "B02": 2200, "B04": 1.5, "B05": 55, "B06": 120, "B07": 90,
               "B08": 80, "B15": 95, "B16": 97, "B17": 18500, "B18": 4000, "B09": 98, "B10": 20,
               "B11": 9000, "B12": 46, "B13": 98, "B19": "A", "B20": 88}
    rg = random.Random(81)
    annual_only = {"B01", "B03", "B04", "B05", "B09", "B10", "B13", "B19", "B20"}
    r = 10
    no = 1
    first_data = r
    for s, progs in structure:
        s_top = r
        for pname, pinds, kegs in progs:
            p_top = r
            rows_for = [(pname, pinds, True)] + [(k, ki, False) for k, ki in kegs]
            prog_rp_rows = []
            for name, inds, is_prog in rows_for:
                n_top = r
                for j, sid in enumerate(inds):
                    text = NAMES[sid][2021]
                    unit = META[sid][0]
                    kind = META[sid][2]
                    T, R = V[sid][2021]
                    ws[f"D{r}"] = text
                    ws[f"D{r}"].alignment = Alignment(wrap_text=True, vertical="top")
                    ws[f"D{r}"].border = BORDER
                    cell(ws, f"E{r}", unit)
                    put(ws, f"F{r}", spec_of(renstra[sid]))
                    start = START2021.get(sid)
                    prev = {"B02": 1180, "B06": 41.3, "B11": 2350, "B18": 1350}.get(sid, start)
                    put(ws, f"H{r}", spec_of(prev) if prev is not None else dash())
                    tspec = spec_of(T)
                    if sid == "B12":
                        tspec = raw(300, 300)
                        rec.note(fname, sh, r, "B12: target typed 300 (10x of 30; only 46 kelurahan exist); keyed as typed (300).")
                    if sid == "B08":
                        tspec = txt(40, "lokasi")
                        rec.note(fname, sh, r, "B08: target typed as text '40 lokasi' (key 40).")
                    t = put(ws, f"J{r}", tspec)
                    # quarters
                    if kind == "flow":
                        dec = 2 if unit == "Ha" else 0
                        q = split_flow(R, [0.1, 0.25, 0.3, 0.35], dec)
                        qs = [num(v) for v in q]
                    elif kind == "grade":
                        qs = [dash(), dash(), dash(), grade(R)]
                    elif sid in annual_only:
                        qs = [dash(), dash(), dash(), num(R)]
                    else:
                        path = cum_path(R, [0.25, 0.5, 0.75, 1.0], 0 if unit in ("lokasi", "titik", "kelurahan") else 2, start=start)
                        qs = [num(v) for v in path]
                    for i in range(4):
                        put(ws, f"{L(12 + 2 * i)}{r}", qs[i])
                    if kind == "flow":
                        ws[f"T{r}"] = f"=L{r}+N{r}+P{r}+R{r}"
                        rv = rnd(sum(x[2] for x in qs), 4)
                        if sid == "B06":
                            ws[f"T{r}"] = 0
                            rv = 0
                            rec.note(fname, sh, r, "B06 (flow): column 12 (T) typed 0 over the formula while the quarters hold 1,76 + 4,40 + 5,28 + 6,16 = 17,6 Ha; keyed as typed (realisasi 0).")
                    else:
                        ws[f"T{r}"] = f"=R{r}"
                        rv = qs[3][2]
                    ws[f"T{r}"].border = BORDER
                    # capaian
                    neg = META[sid][1] == "-"
                    if kind == "grade":
                        ws[f"V{r}"] = "-"
                    elif sid == "B11":
                        ws[f"V{r}"] = f"=ROUND(T{r + 1}/J{r + 1}*100,2)"
                        rec.note(fname, sh, r, "B11: capaian V points at the next row (=T%d/J%d), 9,33 instead of 89,50." % (r + 1, r + 1))
                    elif neg and sid != "B01":
                        ws[f"V{r}"] = f"=ROUND((2*J{r}-T{r})/J{r}*100,2)"
                    else:
                        ws[f"V{r}"] = f"=ROUND(T{r}/J{r}*100,2)"
                        if sid == "B01":
                            rec.note(fname, sh, r, "B01 (negative, % RTLH): capaian V uses the positive formula T/J*100 (104,71 instead of 95,29).")
                        if sid == "B08":
                            ws[f"V{r}"] = 92.5
                            rec.note(fname, sh, r, "B08: capaian typed 92,5 (37/40 = 92,5, right; the formula could not divide by the text target).")
                    ws[f"V{r}"].border = BORDER
                    if kind == "flow":
                        ws[f"X{r}"] = f"=H{r}+T{r}"
                    elif sid == "B17":
                        ws[f"X{r}"] = f"=H{r}+T{r}"
                        rec.note(fname, sh, r, "B17 (cumulative count of PJU points): column 14 adds last year's cumulative 13.770 to this year's 14.382 (28.152 titik), double counting; column 12 (the key) is right.")
                    else:
                        ws[f"X{r}"] = f"=T{r}"
                    if kind != "grade":
                        ws[f"Z{r}"] = f"=ROUND(X{r}/F{r}*100,2)"
                    for c in "XZ":
                        ws[f"{c}{r}"].border = BORDER
                    cell(ws, f"AB{r}", {"S1": "Bidang Perumahan", "S2": "Bidang PSU", "S3": "Bidang Permukiman",
                                        "S4": "Sekretariat"}[s])
                    rec.key(fname, sh, f"D{r}", 2021, text, sid, t, rv, cm("cell", f"J{r}", hint_of(tspec)),
                            cm("cell", f"T{r}"))
                    if sid == "B19":
                        rec.note(fname, sh, r, "B19: grades (target BB, TW IV and column 12 'B'): key null / null.")
                    if sid == "B02":
                        rec.note(fname, sh, r, "B02: TW II Rp cell O holds a constant inside the formula (=1265400000-M%d)." % r)
                    r += 1
                # budget on the first row of the programme / kegiatan
                budget = rg.choice([845, 1265, 2380, 640, 312, 1990, 4120, 455]) * 1000000
                if is_prog:
                    prog_row = n_top
                    cell(ws, f"C{n_top}", name, bold=True)
                else:
                    cell(ws, f"C{n_top}", name)
                    prog_rp_rows.append(n_top)
                    ws[f"K{n_top}"] = budget
                    parts = split_flow(budget * rg.uniform(0.82, 0.98) // 1000 * 1000, [0.1, 0.25, 0.3, 0.35], 0)
                    for i in range(4):
                        ws[f"{L(13 + 2 * i)}{n_top}"] = parts[i]
                    if inds == ["B02"]:
                        ws[f"O{n_top}"] = f"=1265400000-M{n_top}"
                    ws[f"U{n_top}"] = f"=M{n_top}+O{n_top}+Q{n_top}+S{n_top}"
                    ws[f"W{n_top}"] = f"=ROUND(U{n_top}/K{n_top}*100,2)"
                if r - 1 > n_top:
                    merge(ws, f"C{n_top}:C{r - 1}")
            # programme Rp = sum of its kegiatan
            if prog_rp_rows:
                ws[f"K{prog_row}"] = "=" + "+".join(f"K{x}" for x in prog_rp_rows)
                ws[f"U{prog_row}"] = "=" + "+".join(f"U{x}" for x in prog_rp_rows)
            else:
                ws[f"K{prog_row}"] = 2845000000 if s == "S4" else 610000000
                ws[f"U{prog_row}"] = 2611420500 if s == "S4" else 590150000
            ws[f"W{prog_row}"] = f"=ROUND(U{prog_row}/K{prog_row}*100,2)"
            ws[f"A{p_top}"] = no
            no += 1
        ws[f"B{s_top}"] = SAS[s]
        ws[f"B{s_top}"].alignment = Alignment(wrap_text=True, vertical="top")
        merge(ws, f"B{s_top}:B{r - 1}")
    last = r - 1
    rec.sheet_doc(fname, sh, "", f"Data rows {first_data}-{last}: 19 indicators on programme and kegiatan rows "
                  "(each row holds one indicator; the programme / kegiatan name sits in C of its first row).")
    ws[f"C{r + 1}"] = "Rata-rata capaian kinerja (%)"
    ws[f"V{r + 1}"] = f"=ROUND(AVERAGE(V{first_data}:V{last}),1)"
    ws[f"W{r + 1}"] = f"=ROUND(AVERAGE(W{first_data}:W{last}),1)"
    ws[f"C{r + 2}"] = "Predikat kinerja"
    ws[f"V{r + 2}"] = "Tinggi"
    ws[f"C{r + 3}"] = "Faktor pendorong : dukungan DAK Sanitasi dan program BSPS Kementerian PUPR"
    ws[f"C{r + 4}"] = "Faktor penghambat : refocusing anggaran COVID-19, keterlambatan lelang"
    ws[f"C{r + 5}"] = "Tindak lanjut triwulan berikutnya / Renja berikutnya : percepatan proses pengadaan"
    rec.note(fname, sh, r + 1, "Rows below the table: 'Rata-rata capaian kinerja', 'Predikat kinerja', faktor pendorong / penghambat, tindak lanjut (not key rows).")
    signature(ws, r + 7, "C", "Disusun", ["Kepala Dinas Perumahan dan", "Kawasan Permukiman Kota Lembahraya"], *KADIS)
    signature(ws, r + 7, "T", "Dievaluasi", ["Kepala Bappeda", "Kota Lembahraya"], *KABAPPEDA)
    wb.save(os.path.join(OUT, "Evaluasi Renja E81 Disperkim 2021 TW IV.xlsx"))


# =====================================================================================  2022 + 2023 (ods)
def y2022_2023(rec):
    fname = rec.add_file("Monev Kinerja Disperkim 2022-2023.xlsx", "ods",
                         "Two years in one workbook: 2022 as a monthly sheet turned over (indicators across the "
                         "columns, months down the rows), 2023 as a pivot-like e-Monev export with one row per "
                         "(indicator, period).")
    wb = Workbook()
    ws = wb.active
    ws.title = "Monitoring Bulanan 2022"
    sh = ws.title
    title(ws, 1, "MONITORING CAPAIAN INDIKATOR KINERJA BULANAN TAHUN 2022", "A", "L")
    title(ws, 2, "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA LEMBAHRAYA", "A", "L")
    order = ["B01", "B02", "B03", "B04", "B05", "B06", "B14", "B07", "B08", "B15", "B16", "B17", "B18",
             "B09", "B10", "B11", "B12", "B13", "B19", "B20"]
    labels = ["Kode", "Indikator Kinerja", "Satuan", "Polaritas", "Target 2022", "Januari", "Februari",
              "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
              "Desember", "Realisasi s.d. Desember", "Capaian (%)", "Keterangan"]
    for i, lab in enumerate(labels):
        cell(ws, f"A{4 + i}", lab, bold=True)
    ws.column_dimensions["A"].width = 22
    ws.row_dimensions[5].height = 80
    rg = random.Random(2022)
    flow_w = [0, 0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 0.14, 0.15, 0.15]
    codes = {"S1": "1", "S2": "2", "S3": "3", "S4": "4"}
    sas_of = {"B01": "S1", "B02": "S1", "B03": "S1", "B04": "S1", "B05": "S1", "B06": "S1", "B14": "S1",
              "B07": "S2", "B08": "S2", "B15": "S2", "B16": "S2", "B17": "S2", "B18": "S2", "B09": "S3",
              "B10": "S3", "B11": "S3", "B12": "S3", "B13": "S3", "B19": "S4", "B20": "S4"}
    cnt = {}
    for j, sid in enumerate(order):
        c = L(2 + j)
        ws.column_dimensions[c].width = 13
        s = sas_of[sid]
        cnt[s] = cnt.get(s, 0) + 1
        cell(ws, f"{c}4", f"IKU {codes[s]}.{cnt[s]}", bold=True)
        text = NAMES[sid][2022]
        ws[f"{c}5"] = text
        ws[f"{c}5"].alignment = Alignment(wrap_text=True, vertical="top", horizontal="center")
        ws[f"{c}5"].border = BORDER
        unit, pol, kind = META[sid]
        cell(ws, f"{c}6", unit)
        cell(ws, f"{c}7", "(-)" if pol == "-" else "(+)")
        T, R = V[sid][2022]
        tspec = spec_of(T)
        if sid == "B11":
            tspec = txt_en(1500, "SR")
        if sid == "B17":
            tspec = txt_en(15200, "titik")
        if sid == "B10":
            tspec = raw(100, 100)
            rec.note(fname, sh, 8, f"B10 (column {c}): target typed 100 (10x of 10 %); keyed as typed (100).")
        t = put(ws, f"{c}8", tspec)
        months = [blank()] * 12
        if kind == "flow":
            dec = 2 if unit == "Ha" else 0
            parts = split_flow(R, flow_w, dec)
            months = [num(v) if v else dash() for v in parts]
        elif kind == "grade":
            months = [blank()] * 11 + [grade(R)]
        elif sid in ("B20",):
            months = [blank()] * 5 + [num(81.7)] + [blank()] * 5 + [num(R)]
        else:
            st = {"B01": 7.12, "B03": 92.88, "B04": 4.35, "B05": 151.32, "B07": 68.4, "B08": 37, "B15": 55,
                  "B16": 88.4, "B17": 14382, "B09": 87.15, "B10": 6.4, "B12": 28, "B13": 90.62}[sid]
            dec = 0 if unit in ("lokasi", "titik", "kelurahan") else 2
            path = cum_path(R, [0.25, 0.5, 0.75, 1.0], dec, start=st)
            months = [blank(), blank(), num(path[0]), blank(), blank(), num(path[1]), blank(), blank(),
                      num(path[2]), blank(), blank(), num(path[3])]
        if sid == "B17":
            months[11] = txt_en(15247)
        if sid == "B18":
            months[7] = txt(months[7][2], "titik")
        for i in range(12):
            put(ws, f"{c}{9 + i}", months[i])
        if kind == "flow":
            ws[f"{c}21"] = f"=SUM({c}9:{c}20)"
            rv = sum(m[2] for m in months if m[2] is not None and not isinstance(m[0], str))
            rv = rnd(rv, 4)
        else:
            ws[f"{c}21"] = f"={c}20"
            rv = months[11][2]
        ws[f"{c}21"].border = BORDER
        ws[f"{c}21"].font = BOLD
        if kind == "grade":
            ws[f"{c}22"] = "-"
        else:
            ws[f"{c}22"] = f"=ROUND({c}21/{c}8*100,2)"
        ws[f"{c}22"].border = BORDER
        hint = "en" if sid == "B17" else None
        rec.key(fname, sh, f"{c}5", 2022, text, sid, t, rv, cm("cell", f"{c}8", hint_of(tspec)),
                cm("cell", f"{c}21", hint))
        if sid == "B11":
            rec.note(fname, sh, 8, f"B11 (column {c}): target typed in English grouping '1,500 SR' (a count: key 1500).")
        if sid == "B17":
            rec.note(fname, sh, 20, f"B17 (column {c}): target '15,200 titik' and December '15,247' typed in English grouping; row 21 (=Desember) carries the text '15,247': key target 15200, realisasi 15247; its capaian (row 22) is #VALUE!.")
        if sid == "B18":
            rec.note(fname, sh, 16, f"B18 (column {c}, flow): August typed as text '{months[7][0]}', so the SUM in row 21 skips it: the workbook states {int(rv)} (key, as stated) while the months add up to {V[sid][2022][1]}.")
        if sid in ("B01", "B04", "B05"):
            rec.note(fname, sh, 22, f"{sid} (column {c}, polarity (-)): capaian row 22 uses the positive formula for every column, also for this negative indicator.")
        if sid == "B19":
            rec.note(fname, sh, 20, f"B19 (column {c}): grades (target BB, December BB): key null / null.")
    rec.sheet_doc(fname, sh, "visible",
                  "A table turned over: row labels in A4:A23; one column per indicator B..U (20 indicators). "
                  "Row 4 code 'IKU n.m', row 5 the indicator name (all key rows share row 5, so the key gives "
                  "'col'), row 6 Satuan, row 7 Polaritas '(+)'/'(-)', row 8 Target 2022, rows 9-20 Januari-"
                  "Desember, row 21 'Realisasi s.d. Desember' (=SUM of the months for flows, =Desember for "
                  "levels), row 22 Capaian (%), row 23 Keterangan. Key: name row 5, target row 8, realisasi "
                  "row 21.")
    signature(ws, 26, "N", "Lembahraya, 10 Januari 2023", ["KEPALA DINAS PERUMAHAN DAN", "KAWASAN PERMUKIMAN"],
              *KADIS)

    # ---------------- 2023 export
    we = wb.create_sheet("Export e-Monev TW 2023")
    sh2 = we.title
    we["A1"] = "Data Export e-Monev Kinerja - Dinas Perumahan dan Kawasan Permukiman - Tahun 2023"
    we["A2"] = "Dicetak: 15/01/2024 09:12:47 oleh operator_disperkim"
    heads = ["No", "Kode", "Indikator", "Satuan", "Polaritas", "Periode", "Target", "Realisasi",
             "Capaian (%)", "Status"]
    for i, h in enumerate(heads):
        hdr(we, f"{L(1 + i)}4", h)
    widths(we, {"A": 5, "B": 10, "C": 60, "D": 10, "E": 10, "F": 9, "G": 12, "H": 12, "I": 11, "J": 15})
    order23 = ["B01", "B02", "B03", "B04", "B05", "B06", "B14", "B21", "B07", "B08", "B15", "B16", "B17",
               "B18", "B09", "B10", "B11", "B12", "B13", "B19", "B20"]
    sas23 = dict(sas_of)
    sas23["B21"] = "S1"
    r = 5
    n = 1
    cnt = {}
    start23 = {"B01": 6.35, "B03": 93.65, "B04": 3.72, "B05": 129.4, "B07": 75.1, "B08": 45, "B15": 72.73,
               "B16": 93.1, "B17": 15247, "B09": 89.6, "B10": 9.25, "B12": 35, "B13": 92.8, "B20": 82.9,
               "B21": 19.9}

    def t2(v, dec=2):
        return fmt_id(v, dec)

    for sid in order23:
        s = sas23[sid]
        cnt[s] = cnt.get(s, 0) + 1
        code = f"{s[1]}.{cnt[s]:02d}"
        text = NAMES[sid][2023]
        unit, pol, kind = META[sid]
        T, R = V[sid][2023]
        if kind == "flow":
            dec = 2 if unit == "Ha" else 0
            qr = split_flow(R, [0.15, 0.25, 0.3, 0.3], dec)
            qt = split_flow(T, [0.15, 0.25, 0.3, 0.3], dec)
        elif kind == "grade":
            qr = [None, None, None, R]
            qt = [None, None, None, T]
        else:
            dec = 0 if unit in ("lokasi", "titik", "kelurahan") else 2
            qr = cum_path(R, [0.25, 0.5, 0.75, 1.0], dec, start=start23[sid])
            qt = cum_path(T, [0.25, 0.5, 0.75, 1.0], dec, start=start23[sid])
        periods = [("TW I", qt[0], qr[0]), ("TW II", qt[1], qr[1]), ("TW III", qt[2], qr[2]),
                   ("TW IV", qt[3], qr[3])]
        ann_r = R
        if sid == "B04":
            ann_r = qr[2]
        periods.append(("Tahunan", T, ann_r))
        for per, tv, rv in periods:
            we[f"A{r}"] = n
            n += 1
            we[f"B{r}"] = code
            we[f"C{r}"] = text
            we[f"D{r}"] = unit
            we[f"E{r}"] = "Negatif" if pol == "-" else "Positif"
            we[f"F{r}"] = per
            if kind == "grade":
                ts = grade(tv) if tv else dash()
                rs = grade(rv) if rv else dash()
                cap = "-"
            else:
                ts = (t2(tv), "@", tv, None)
                rs = (t2(rv), "@", rv, None)
                if pol == "-":
                    cv = max(0.0, (2 * tv - rv) / tv * 100)
                else:
                    cv = rv / tv * 100
                cap = t2(rnd(cv, 2))
            put(we, f"G{r}", ts, style=False)
            put(we, f"H{r}", rs, style=False)
            we[f"I{r}"] = cap
            if kind == "grade":
                we[f"J{r}"] = "-"
            else:
                we[f"J{r}"] = "Tercapai" if (cv >= 100) else "Tidak Tercapai"
            if per == "Tahunan":
                rec.key(fname, sh2, f"C{r}", 2023, text, sid, ts[2], rs[2], cm("cell", f"G{r}"),
                        cm("cell", f"H{r}"))
                if sid == "B04":
                    rec.note(fname, sh2, r, f"B04 'Tahunan' row: realisasi {fmt_id(ann_r, 2)} is the TW III value (TW IV, row {r - 1}, says 3,05): the export took TW III as the year's; keyed as stated ({ann_r}).")
                if sid == "B19":
                    rec.note(fname, sh2, r, "B19: grades (target A, realisasi BB): key null / null.")
                if sid == "B11":
                    rec.note(fname, sh2, r, "B11 'Tahunan': '1.500,00' / '1.250,00' as text in Indonesian notation (key 1500 / 1250).")
            r += 1
    rec.note(fname, sh2, 5, "Key ('Tahunan') rows: " + ", ".join(f"{k['same_as']} {k['row']}" for k in rec.keys if k["year"] == 2023) + ".")
    rec.sheet_doc(fname, sh2, "visible",
                  "Pivot-like export: rows 1-2 export title and print stamp, row 4 header (A No, B Kode, "
                  "C Indikator, D Satuan, E Polaritas, F Periode, G Target, H Realisasi, I Capaian (%), "
                  f"J Status), rows 5-{r - 1}: 5 rows per indicator (21 indicators), the name repeated on each, "
                  "Periode sorted 'TW I', 'TW II', 'TW III', 'TW IV', 'Tahunan' (alphabetical: the annual row "
                  "comes LAST). Every number is TEXT in Indonesian notation with two decimals ('1.500,00', "
                  "'92,30'). Key: the 'Tahunan' row of each indicator (name C, target G, realisasi H). Flows: "
                  "quarter rows hold per-quarter values, the Tahunan row their sum; levels: cumulative.")
    wk = wb.create_sheet("Keterangan")
    for i, t in enumerate(["Keterangan:",
                           "- Sheet Monitoring Bulanan 2022 diisi oleh masing-masing bidang setiap tanggal 5.",
                           "- Export e-Monev 2023 diunduh dari aplikasi e-Monev Kota Lembahraya.",
                           "- Data RTLH berdasarkan verifikasi lapangan & e-RTLH Kementerian PUPR.",
                           "- Luas kumuh berdasarkan SK Walikota No. 648/Kep.112-Disperkim/2020 (175,40 Ha)."]):
        wk.cell(i + 1, 1, t)
    rec.sheet_doc(fname, "Keterangan", "visible", "Notes only. No key rows.")
    wh = wb.create_sheet("Sheet1")
    wh["A1"] = "Indikator"
    wh["B1"] = "TW"
    wh["C1"] = "Real"
    for i, sid in enumerate(["B01", "B02", "B03"]):
        wh.cell(2 + i, 1, NAMES[sid][2023])
        wh.cell(2 + i, 2, "TW III")
        wh.cell(2 + i, 3, V[sid][2023][1])
    wh.sheet_state = "hidden"
    rec.sheet_doc(fname, "Sheet1", "hidden", "Raw pivot scrap (3 rows). Hidden: no key rows.")
    wb.save(os.path.join(OUT, "Monev Kinerja Disperkim 2022-2023.xlsx"))


# =====================================================================================  2024 (xls)
def y2024(rec):
    fname = rec.add_file("LKjIP Disperkim 2024.xlsx", "xls",
                         "LKjIP table split across two sheets (indicators 1-12, then 13-19), every header a "
                         "single merged cell with a line break ('Target\\nTahun 2024'); a cover page first.")
    wb = Workbook()
    wc = wb.active
    wc.title = "Cover"
    for rr, t in [(6, "LAPORAN KINERJA INSTANSI PEMERINTAH"), (7, "(LKjIP)"), (9, "TAHUN 2024"),
                  (18, "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"), (19, "KOTA LEMBAHRAYA"),
                  (21, "Jl. Jenderal Sudirman No. 88, Lembahraya")]:
        title(wc, rr, t, "B", "J", 14)
    rec.sheet_doc(fname, "Cover", "visible", "Cover page. No table.")
    order = ["B01", "B02b", "B03", "B04", "B05", "B06", "B14", "B21", "B07", "B08", "B16", "B17", "B18",
             "B09", "B10", "B11", "B12", "B13", "B20"]
    sas_of = {"B01": "S1", "B02b": "S1", "B03": "S1", "B04": "S1", "B05": "S1", "B06": "S1", "B14": "S1",
              "B21": "S1", "B07": "S2", "B08": "S2", "B16": "S2", "B17": "S2", "B18": "S2", "B09": "S3",
              "B10": "S3", "B11": "S3", "B12": "S3", "B13": "S3", "B20": "S4"}
    renstra = {"B01": 3.5, "B02b": 2200, "B03": 96.5, "B04": 1.5, "B05": 55, "B06": 120, "B14": 350,
               "B21": 14, "B07": 90, "B08": 80, "B16": 97, "B17": 18500, "B18": 4000, "B09": 98, "B10": 20,
               "B11": 9000, "B12": 46, "B13": 98, "B20": 88}
    r22 = {"B01": 6.35, "B02b": 428, "B03": 93.65, "B04": 3.72, "B05": 129.4, "B06": 21.92, "B14": 48,
           "B21": None, "B07": 75.1, "B08": 45, "B16": 93.1, "B17": 15247, "B18": 780, "B09": 89.6,
           "B10": 9.25, "B11": 1562, "B12": 35, "B13": 92.8, "B20": 82.9}
    r23 = {k: (V[k][2023][1] if k in V and 2023 in V[k] else None) for k in order}
    r23["B02b"] = 455
    specs = {sid: (spec_of(V[sid][2024][0]), spec_of(V[sid][2024][1])) for sid in order}
    specs["B11"] = (num(1800), txt(1811, "SR"))
    specs["B06"] = (num(25), txt(19.91, "Ha"))
    specs["B05"] = (rng(85, 90, "Ha", dash=" - "), num(86.27))
    specs["B10"] = (num(15), raw(0.1402, 0.1402))
    sheets = []

    def header(ws, sheetname, cont):
        title(ws, 1, "Tabel 3.1" + (" (lanjutan)" if cont else ""), "A", "L")
        title(ws, 2, "Capaian Kinerja Dinas Perumahan dan Kawasan Permukiman Kota Lembahraya Tahun 2024", "A", "L")
        heads = ["No", "Sasaran\nStrategis", "Indikator\nKinerja", "Satuan", "Realisasi\nTahun 2022",
                 "Realisasi\nTahun 2023", "Target\nTahun 2024", "Realisasi\nTahun 2024", "Capaian\n2024 (%)",
                 "Target Akhir\nRenstra (2026)", "Capaian thd\nTarget Renstra (%)", "Status"]
        for i, h in enumerate(heads):
            hdr(ws, f"{L(1 + i)}4", h, merge_to=f"{L(1 + i)}5")
        for i in range(12):
            hdr(ws, f"{L(1 + i)}6", f"({i + 1})")
        widths(ws, {"A": 5, "B": 28, "C": 50, "D": 10, "E": 11, "F": 11, "G": 11, "H": 11, "I": 11, "J": 12,
                    "K": 12, "L": 14})

    w1 = wb.create_sheet("Tabel 3.1")
    w2 = wb.create_sheet("Tabel 3.1 (lanj)")
    header(w1, "Tabel 3.1", False)
    header(w2, "Tabel 3.1 (lanj)", True)

    def write_row(ws, sh, r, i, sid, key=True):
        text = NAMES[sid][2024]
        unit, pol, kind = META[sid]
        cell(ws, f"A{r}", i)
        ts, rs = specs[sid]
        if key:
            ws[f"C{r}"] = text
            ws[f"C{r}"].alignment = Alignment(wrap_text=True, vertical="top")
            ws[f"C{r}"].border = BORDER
            t = put(ws, f"G{r}", ts)
            rv = put(ws, f"H{r}", rs)
            rec.key(fname, sh, f"C{r}", 2024, text, sid, t, rv, cm("cell", f"G{r}", hint_of(ts)),
                    cm("cell", f"H{r}", hint_of(rs)))
        else:
            cell(ws, f"C{r}", text)
            put(ws, f"G{r}", ts)
            put(ws, f"H{r}", rs)
        cell(ws, f"D{r}", unit)
        cell(ws, f"E{r}", "-" if r22[sid] is None else r22[sid])
        cell(ws, f"F{r}", "-" if r23[sid] is None else r23[sid])
        neg = pol == "-"
        if neg and sid != "B21":
            ws[f"I{r}"] = f"=ROUND((2*G{r}-H{r})/G{r}*100,2)"
        else:
            ws[f"I{r}"] = f"=ROUND(H{r}/G{r}*100,2)"
        if sid == "B20":
            ws[f"I{r}"] = 104.2
        if sid in ("B11", "B06", "B05"):
            ws[f"I{r}"] = {"B11": 100.61, "B06": 79.64, "B05": 104.14}[sid]
        ws[f"I{r}"].border = BORDER
        cell(ws, f"J{r}", renstra[sid])
        ws[f"K{r}"] = f"=ROUND(H{r}/J{r}*100,2)" if sid not in ("B11", "B06") else "-"
        ws[f"K{r}"].border = BORDER
        cell(ws, f"L{r}", "Tercapai" if sid not in ("B06", "B12", "B09", "B10", "B14") else "Belum Tercapai")

    # sheet 1: indicators 1-12
    r = 7
    idx = 1
    sas_rows = {}
    for sid in order[:12]:
        s = sas_of[sid]
        sas_rows.setdefault(s, []).append(r)
        write_row(w1, "Tabel 3.1", r, idx, sid)
        idx += 1
        r += 1
    for s, rows in sas_rows.items():
        w1[f"B{rows[0]}"] = SAS[s]
        w1[f"B{rows[0]}"].alignment = Alignment(wrap_text=True, vertical="top")
        if len(rows) > 1:
            merge(w1, f"B{rows[0]}:B{rows[-1]}")
    w1[f"C{r + 1}"] = "bersambung ke Tabel 3.1 (lanjutan) ..."
    rec.sheet_doc(fname, "Tabel 3.1", "visible",
                  "Title rows 1-2; header rows 4-5 where every header is ONE merged cell (A4:A5 ... L4:L5) with "
                  "a line break inside ('Target\\nTahun 2024', 'Realisasi\\nTahun 2024', 'Realisasi\\nTahun "
                  "2022', ...); row 6 numbers (1)-(12). Columns: A No, B Sasaran Strategis (merged), C Indikator "
                  "Kinerja, D Satuan, E Realisasi 2022, F Realisasi 2023, G Target 2024, H Realisasi 2024, "
                  "I Capaian 2024, J Target Akhir Renstra (2026), K Capaian thd Renstra, L Status. Data rows "
                  f"7-{r - 1} (indicators 1-12); row {r + 1} says 'bersambung'. Key: name C, target G, "
                  "realisasi H (E/F are earlier years, not keyed).")
    # sheet 2: repeat of 12 then 13-19
    r = 7
    sas_rows = {}
    write_row(w2, "Tabel 3.1 (lanj)", r, 12, "B17", key=False)
    rec.note(fname, "Tabel 3.1 (lanj)", r, "B17 (No. 12) repeated at the top of the continuation sheet (second copy of the last row of 'Tabel 3.1'; not a key row).")
    sas_rows.setdefault("S2", []).append(r)
    r += 1
    for sid in order[12:]:
        s = sas_of[sid]
        sas_rows.setdefault(s, []).append(r)
        write_row(w2, "Tabel 3.1 (lanj)", r, idx, sid)
        idx += 1
        r += 1
    for s, rows in sas_rows.items():
        w2[f"B{rows[0]}"] = SAS[s] + (" (lanjutan)" if s == "S2" else "")
        w2[f"B{rows[0]}"].alignment = Alignment(wrap_text=True, vertical="top")
        if len(rows) > 1:
            merge(w2, f"B{rows[0]}:B{rows[-1]}")
    rec.sheet_doc(fname, "Tabel 3.1 (lanj)", "visible",
                  f"Same header (title says 'Tabel 3.1 (lanjutan)'). Row 7 repeats indicator 12 (B17); rows 8-{r - 1} "
                  "hold indicators 13-19. Sasaran 2 continues with '(lanjutan)' in B.")
    w2[f"B{r + 1}"] = "Sumber: Disperkim Kota Lembahraya, 2025 (diolah)"
    signature(w2, r + 3, "H", "Lembahraya, 20 Januari 2025",
              ["KEPALA DINAS PERUMAHAN DAN", "KAWASAN PERMUKIMAN KOTA LEMBAHRAYA"], *KADIS)
    # notes by row (sheet 1 rows 7..18 in order)
    rows1 = {sid: 7 + i for i, sid in enumerate(order[:12])}
    rows2 = {sid: 8 + i for i, sid in enumerate(order[12:])}
    rec.note(fname, "Tabel 3.1", rows1["B21"], "B21 (negative, backlog): capaian I uses the positive formula H/G*100 (102,0 instead of 98,0).")
    rec.note(fname, "Tabel 3.1", rows1["B06"], "B06: realisasi typed '19,91 Ha' (key 19.91); capaian typed 79,64 (right).")
    rec.note(fname, "Tabel 3.1", rows1["B05"], "B05: target typed as a range '85 - 90 Ha' (key 85); capaian typed 104,14 (computed against 90 with the negative formula).")
    rec.note(fname, "Tabel 3.1", rows1["B02b"], "B02b ('direhabilitasi melalui BSPS & APBD Kota') replaces B02 ('yang ditangani'): ambiguous pair [B02, B02b]; the 2022/2023 columns E/F carry B02's figures.")
    rec.note(fname, "Tabel 3.1", rows1["B04"], "B04: Realisasi 2023 (column F) says 3,05 (the export's TW IV) while the 2023 export's Tahunan row states the TW III value (not keyed here).")
    rec.note(fname, "Tabel 3.1 (lanj)", rows2["B11"], "B11: realisasi typed '1.811 SR' (Indonesian grouping, key 1811); capaian typed 100,61.")
    rec.note(fname, "Tabel 3.1 (lanj)", rows2["B10"], "B10: realisasi typed as a fraction 0,1402 (true 14,02 %); keyed as typed (0.1402); capaian formula gives 0,93.")
    rec.note(fname, "Tabel 3.1 (lanj)", rows2["B20"], "B20: capaian typed 104,2 while 86,02/85 = 101,20 (typed capaian disagrees).")
    wb.save(os.path.join(OUT, "LKjIP Disperkim 2024.xlsx"))


AGENCY_NOTES = (
    "Flows (per-period quantities; a sum of quarters / months is the year): B02, B02b, B06, B11, B14, B18. "
    "Levels / cumulative (the last reported period is the year): all the others; B08 and B17 are "
    "cumulative counts, B19 is a grade. Negative indicators: B01, B04, B05, B21.")

LOOKALIKES = (
    "Look-alikes that must NOT be merged: B01 'Persentase RTLH' vs B03 'Persentase rumah layak huni' (tidak); "
    "B04 'Persentase luas kawasan kumuh' vs B05 'Luas kawasan kumuh' (Persentase vs a Ha area) vs B06 'Luas "
    "kawasan kumuh yang ditangani' (the handled area, a flow); B09 sanitasi 'layak' vs B10 sanitasi 'aman' "
    "(two sub-types); B17 'Jumlah titik PJU terpasang' vs B18 'Jumlah titik PJU baru terpasang' (X vs X baru); "
    "B16 '% PJU berfungsi' vs B17/B18; B13 air minum vs B09/B10 sanitasi. Ambiguous: B02 'Jumlah RTLH yang "
    "ditangani' (2021-2023) vs B02b 'Jumlah RTLH yang direhabilitasi melalui BSPS & APBD Kota' (2024).")


def build():
    os.makedirs(OUT, exist_ok=True)
    rec = Recorder(AGENCY, SLUG, YEARS)
    y2021(rec)
    y2022_2023(rec)
    y2024(rec)
    return rec, [["B02", "B02b"]]


if __name__ == "__main__":
    build()
