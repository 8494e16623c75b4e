"""Agency 1: UPTD TPA Regional Bukit Watu Kembar, Dinas Lingkungan Hidup
Provinsi Sagara Timur (invented), 2019-2022.

2019  Renstra matrix, six years of targets + realisasi 2019      (.xls)
2020  Rencana Aksi, T/R rows per indicator, quarters across       (.ods, sheet RA 2020)
2021  PK table, PK Awal / PK Perubahan, indicator in Sasaran col  (.ods, sheet PK 2021)
2022  turned-over RA: indicators across, quarters down, split
      over two sheets, annual realisasi row with formulas          (.xlsx)
"""
from openpyxl import Workbook
from openpyxl.styles import Font

from common import (BOLD, BORDER, CENTER, GREYFILL, HEADFILL, ITAL, TITLE, WRAP,
                    DASH, E, F, GR, KeyBook, N, P, T, box, col, merge, put,
                    signature, split, widths, fmt_id, jitter)

SLUG = "uptd_tpa_regional_prov_sagara_timur"
AGENCY = ("UPTD TPA Regional Bukit Watu Kembar - Dinas Lingkungan Hidup "
          "Provinsi Sagara Timur")
YEARS = [2019, 2020, 2021, 2022]
FLOW = ["T01", "T05", "T07", "T07b", "T09", "T11", "T13", "T15", "T16", "T17",
        "T21", "T22", "T23", "T24", "T25"]
kb = KeyBook(SLUG, AGENCY, YEARS, [["T07", "T07b"]], FLOW)

KEPALA = ("Ir. BENEDIKTUS LAMAWURAN, M.Si", "Pembina Tk. I (IV/b)",
          "NIP. 19720815 199803 1 007")

S1 = "Meningkatnya kualitas pengelolaan sampah di TPA Regional"
S2 = "Menurunnya pencemaran lingkungan dari kegiatan TPA Regional"
S3 = "Meningkatnya pemanfaatan sampah dan pemberdayaan masyarakat sekitar TPA"
S4 = "Meningkatnya kinerja pelayanan dan akuntabilitas UPTD"

UNIT = {"T01": "ton", "T02": "%", "T03": "sel", "T04": "%", "T05": "m3", "T06": "%",
        "T07": "m3", "T07b": "m3", "T08": "KK", "T09": "orang", "T10": "orang",
        "T11": "Rp", "T12": "kab/kota", "T13": "rit", "T14": "%", "T15": "kejadian",
        "T16": "kali", "T17": "ton", "T18": "%", "T19": "nilai", "T20": "predikat",
        "T21": "rit", "T22": "rit", "T23": "dokumen", "T24": "m2", "T25": "kali"}


# =====================================================================
# 2019 : Renstra matrix (.xls)
# =====================================================================
def y2019():
    wb = Workbook()
    ws = wb.active
    ws.title = "Matriks Renstra"
    FN = "Matriks Renstra dan Capaian 2019 UPTD TPA Regional.xls"
    ws["A1"] = "MATRIKS RENCANA STRATEGIS (RENSTRA) 2019 - 2024"
    ws["A2"] = "UPTD TEMPAT PEMROSESAN AKHIR (TPA) SAMPAH REGIONAL BUKIT WATU KEMBAR"
    ws["A3"] = "DINAS LINGKUNGAN HIDUP PROVINSI SAGARA TIMUR"
    ws["A4"] = "(disertai realisasi dan capaian kinerja Tahun 2019)"
    for c in ("A1", "A2", "A3"):
        ws[c].font = TITLE
    ws["A4"].font = ITAL
    # header rows 6-8
    for c, t in (("A", "No"), ("B", "Tujuan"), ("C", "Sasaran"), ("D", "Indikator Kinerja"),
                 ("E", "Satuan"), ("F", "Kondisi Awal (2018)"), ("M", "Realisasi 2019"),
                 ("N", "Capaian 2019 (%)"), ("O", "Keterangan")):
        merge(ws, f"{c}6:{c}7", t, font=BOLD, fill=HEADFILL)
    merge(ws, "G6:L6", "Target Kinerja Tahun", font=BOLD, fill=HEADFILL)
    for i, y in enumerate(range(2019, 2025)):
        put(ws, f"{col(7 + i)}7", y, align=CENTER, font=BOLD, fill=HEADFILL)
    for i in range(15):
        put(ws, f"{col(1 + i)}8", f"({i + 1})", align=CENTER, font=ITAL)
    widths(ws, {"A": 5, "B": 22, "C": 24, "D": 42, "E": 10, "F": 12, "G": 13, "H": 13,
                "I": 13, "J": 13, "K": 13, "L": 13, "M": 15, "N": 11, "O": 22})

    R = {  # id: name, awal 2018, targets 2019..2024 (as specs), realisasi spec, ket
        "T01": ("Jumlah sampah yang masuk ke TPA Regional", N(86250, "#,##0"),
                [N(920000, "#,##0"), N(95500, "#,##0"), N(98000, "#,##0"), N(101000, "#,##0"),
                 N(104000, "#,##0"), N(107000, "#,##0")],
                T("89.436,5", 89436.5), "data jembatan timbang"),
        "T02": ("Persentase sampah yang ditimbun secara sanitary landfill", N(72),
                [N(80), N(82), N(85), N(88), N(90), N(92)], N(78.4), ""),
        "T03": ("Jumlah sel landfill yang beroperasi", N(1),
                [N(2), N(2), N(3), N(3), N(3), N(4)], N(2), ""),
        "T04": ("Persentase luasan sel aktif yang ditutup tanah harian", N(55),
                [N(70), N(75), N(78), N(80), N(85), N(85)], N(66), ""),
        "T13": ("Jumlah ritase truk sampah yang ditimbang", N(19870, "#,##0"),
                [N(21000, "#,##0"), N(22000, "#,##0"), N(23000, "#,##0"), N(24000, "#,##0"),
                 N(25000, "#,##0"), N(26000, "#,##0")], N(20412, "#,##0"), ""),
        "T14": ("Persentase alat berat yang siap operasi", N(75),
                [N(85), N(85), N(90), N(90), N(90), N(95)], N(80), "1 excavator rusak berat"),
        "T05": ("Volume lindi yang diolah di IPL", N(31200, "#,##0"),
                [N(36000, "#,##0"), N(38000, "#,##0"), N(40000, "#,##0"), N(42000, "#,##0"),
                 N(44000, "#,##0"), N(46000, "#,##0")], N(34870, "#,##0"), ""),
        "T06": ("Persentase lindi yang diolah memenuhi baku mutu", N(68),
                [N(75), N(80), N(85), N(90), N(90), N(95)], N(72.5), "uji lab 4 kali"),
        "T07": ("Volume gas metan yang dimanfaatkan", N(85000, "#,##0"),
                [N(120000, "#,##0"), N(150000, "#,##0"), N(180000, "#,##0"), N(200000, "#,##0"),
                 N(220000, "#,##0"), N(250000, "#,##0")], N(98400, "#,##0"), ""),
        "T15": ("Jumlah kejadian kebakaran dan longsor di zona aktif", N(4),
                [N(2), N(2), N(1), N(0), N(0), N(0)], N(3), "indikator negatif"),
        "T16": ("Frekuensi pengujian kualitas air sumur pantau", N(2),
                [N(4), N(4), N(12), N(12), N(12), N(12)], N(4), ""),
        "T08": ("Jumlah rumah tangga penerima manfaat gas metan", N(42),
                [N(60), N(80), N(90), N(100), N(110), N(120)], N(54), ""),
        "T09": ("Jumlah pemulung yang dibina", N(95),
                [N(120), N(150), N(150), N(175), N(175), N(200)], N(112), ""),
        "T10": ("Jumlah pemulung yang terdata", N(264),
                [N(300), N(320), N(340), N(350), N(360), N(375)], N(287), ""),
        "T25": ("Jumlah sosialisasi pengurangan sampah ke kabupaten/kota", N(4),
                [N(6), N(6), N(6), N(6), N(6), N(6)], N(6), ""),
        "T11": ("Penerimaan retribusi tipping fee", N(792500000, "#,##0"),
                [N(850000000, "#,##0"), N(900000000, "#,##0"), N(1000000000, "#,##0"),
                 N(1200000000, "#,##0"), N(1300000000, "#,##0"), N(1400000000, "#,##0")],
                T("Rp 871.450.000", 871450000), "Perda retribusi 2018"),
        "T12": ("Jumlah kabupaten/kota yang terlayani TPA Regional", N(3),
                [N(4), N(5), N(5), N(5), N(6), N(6)], N(4), ""),
        "T19": ("Indeks Kepuasan Masyarakat", N(75.3, "0.00"),
                [N(78), N(80), N(82), N(82), N(84), N(85)], N(79.12, "0.00"), ""),
        "T20": ("Nilai hasil evaluasi SAKIP unit kerja", GR("CC"),
                [GR("B"), GR("B"), GR("BB"), GR("BB"), GR("BB"), GR("A")], GR("BB"), ""),
        "T23": ("Jumlah dokumen perencanaan dan laporan kinerja yang tersusun", N(4),
                [N(5), N(5), N(6), N(6), N(6), N(6)], N(5), ""),
    }
    UNIT19 = dict(UNIT)
    UNIT19.update({"T05": "m³", "T07": "m³", "T11": "Rupiah", "T19": "Indeks"})
    groups = [
        ("Terwujudnya pengelolaan sampah regional yang berwawasan lingkungan", [
            (S1, ["T01", "T02", "T03", "T04", "T13", "T14"]),
            (S2, ["T05", "T06", "T07", "T15", "T16"]),
            (S3, ["T08", "T09", "T10", "T25"])]),
        ("Terwujudnya tata kelola UPTD yang akuntabel dan berorientasi pelayanan", [
            (S4, ["T11", "T12", "T19", "T20", "T23"])]),
    ]
    r = 9
    no = 0
    for tujuan, sas in groups:
        t0 = r
        for sname, ids in sas:
            s0 = r
            for iid in ids:
                name, awal, tg, real, ket = R[iid]
                no += 1
                put(ws, f"A{r}", no, align=CENTER)
                put(ws, f"D{r}", name, align=WRAP)
                put(ws, f"E{r}", UNIT19[iid], align=CENTER)
                put(ws, f"F{r}", awal)
                for i, s in enumerate(tg):
                    put(ws, f"{col(7 + i)}{r}", s)
                put(ws, f"M{r}", real)
                if iid == "T20":
                    put(ws, f"N{r}", "100", align=CENTER)
                elif real.kind == "t":
                    put(ws, f"N{r}", round(real.key / tg[0].key * 100, 2), align=CENTER)
                    ws[f"N{r}"].number_format = "0.00"
                else:
                    put(ws, f"N{r}", f"=IFERROR(M{r}/G{r}*100,\"-\")", align=CENTER)
                    ws[f"N{r}"].number_format = "0.00"
                put(ws, f"O{r}", ket, align=WRAP)
                kb.add(FN, ws, f"D{r}", 2019, iid, [(f"G{r}", tg[0])], [(f"M{r}", real)], "single")
                r += 1
            merge(ws, f"C{s0}:C{r - 1}", sname, align=WRAP)
        merge(ws, f"B{t0}:B{r - 1}", tujuan, align=WRAP)
    r += 1
    ws[f"A{r}"] = "Catatan :"
    ws[f"A{r}"].font = BOLD
    ws[f"B{r + 1}"] = "1. Target tahun 2019 mengacu pada Renstra UPTD TPA Regional 2019-2024 (Pergub No. 41 Tahun 2019)."
    ws[f"B{r + 2}"] = "2. Capaian dihitung = Realisasi / Target x 100; untuk indikator negatif dibaca terbalik."
    ws[f"B{r + 3}"] = "3. Nilai SAKIP 2019 berdasarkan LHE Inspektorat Provinsi."
    signature(ws, r + 5, "L", "Tanjung Watu, 14 Januari 2020",
              ["Kepala UPTD TPA Regional", "Bukit Watu Kembar"], *KEPALA)
    ws.freeze_panes = "E9"

    # notes sheet and hidden draft
    wn = wb.create_sheet("Catatan")
    wn["A1"] = "Sumber data"
    wn["A2"] = "- Jembatan timbang: rekap harian operator (Sistem Informasi Timbangan)."
    wn["A3"] = "- Lindi: log book IPL dan hasil uji laboratorium DLH Provinsi."
    wn["A4"] = "- Retribusi: rekening kas BLUD / Bapenda Provinsi."
    wd = wb.create_sheet("Draft_2018")
    wd.sheet_state = "hidden"
    wd["A1"] = "DRAFT RENSTRA (versi Oktober 2018) - jangan dipakai"
    wd.append([])
    wd.append(["No", "Indikator", "Satuan", "2019", "2020", "2021", "2022", "2023"])
    wd.append([1, "Jumlah sampah yang masuk ke TPA Regional", "ton", 90000, 93000, 96000, 99000, 102000])
    wd.append([2, "Volume lindi yang diolah di IPL", "m3", 35000, 37000, 39000, 41000, 43000])
    wd.append([3, "Penerimaan retribusi tipping fee", "Rp", 800000000, 850000000, 900000000, 950000000, 1000000000])
    kb.save_raw(wb, FN)


# =====================================================================
# 2020 (RA, T/R rows) and 2021 (PK) : one .ods workbook
# =====================================================================
def ra2020(wb, FN):
    ws = wb.active
    ws.title = "RA 2020"
    ws["A1"] = "RENCANA AKSI DAN REALISASI KINERJA TRIWULANAN"
    ws["A2"] = "UPTD TPA REGIONAL BUKIT WATU KEMBAR"
    ws["A3"] = "TAHUN ANGGARAN 2020"
    for c in ("A1", "A2", "A3"):
        ws[c].font = TITLE
    for c, t in (("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"),
                 ("D", "Satuan"), ("E", "Target Tahun 2020"), ("F", "Uraian"),
                 ("K", "Penanggung Jawab")):
        merge(ws, f"{c}5:{c}6", t, font=BOLD, fill=HEADFILL)
    merge(ws, "G5:J5", "Triwulan", font=BOLD, fill=HEADFILL)
    for i, t in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        put(ws, f"{col(7 + i)}6", t, align=CENTER, font=BOLD, fill=HEADFILL)
    widths(ws, {"A": 5, "B": 26, "C": 44, "D": 10, "E": 16, "F": 10, "G": 15,
                "H": 15, "I": 15, "J": 15, "K": 22})
    n = lambda v: N(v, "#,##0")  # noqa: E731
    d = DASH
    # id: name, unit, target spec, quarter targets, quarter realisasi, rule, pj
    rows = {
        "T01": ("Jumlah Sampah Masuk TPA Regional (ton)", "ton", n(95500),
                [n(23000), n(23500), n(24000), n(25000)],
                [N(22604, "#,##0.0"), N(23115.5, "#,##0.0"), N(23380, "#,##0.0"), N(24018.5, "#,##0.0")],
                "sum", "Seksi Operasional"),
        "T02": ("Prosentase sampah ditimbun dg metode sanitary landfill", "%", P(82, "0%"),
                [P(82, "0%")] * 4, [P(80.4, "0.0%"), P(81.7, "0.0%"), P(82.6, "0.0%"), P(83.1, "0.0%")],
                "last", "Seksi Operasional"),
        "T03": ("Jumlah Sel Landfill Aktif", "sel", N(2), [N(2)] * 4, [N(2)] * 4, "last",
                "Seksi Operasional"),
        "T04": ("Persentase Penutupan Tanah Harian pada Sel Aktif", "%", P(75, "0%"),
                [P(75, "0%")] * 4, [P(68, "0.0%"), P(69.5, "0.0%"), P(70.2, "0.0%"), P(71.5, "0.0%")],
                "last", "Seksi Operasional"),
        "T13": ("Jumlah Ritase Kendaraan Pengangkut Sampah (rit)", "rit", n(22000),
                [n(v) for v in split(22000, [1, 1, 1, 1])],
                [n(v) for v in split(22650, jitter(4, 21, 0.08))], "sum", "Petugas Jembatan Timbang"),
        "T14": ("Prosentase Kesiapan Alat Berat", "%", P(85, "0%"), [P(85, "0%")] * 4,
                [P(80, "0.0%"), P(83.3, "0.0%"), P(87.5, "0.0%"), E()], "last", "Bengkel Alat Berat"),
        "T05": ("Volume Air Lindi yg Diolah IPL (m3)", "m3", T("38.000 m3", 38000),
                [n(v) for v in split(38000, [1, 1, 1, 1])],
                [n(v) for v in split(38412, [27, 22, 21, 30])], "sum", "Seksi Pengendalian Pencemaran"),
        "T06": ("Prosentase Lindi Olahan Memenuhi Baku Mutu", "%", N(80),
                [N(80)] * 4, [N(78), N(79.5), N(80.5), N(0.81)], "last",
                "Seksi Pengendalian Pencemaran"),
        "T07": ("Volume Gas Metan yang Dimanfaatkan Masyarakat (m3)", "m3", n(150000),
                [n(v) for v in split(150000, [1, 1, 1, 1])],
                [n(v) for v in split(151200, jitter(4, 22, 0.1, [22, 24, 26, 28]))], "sum", "Seksi Pemanfaatan"),
        "T15": ("Jumlah Kejadian Kebakaran/Longsor Sampah", "kejadian", T("<= 2", 2),
                [d(), d(), d(), d()], [d(), N(1), d(), d()], "sum", "Seksi Operasional"),
        "T16": ("Jumlah Pengujian Air Sumur Pantau (kali)", "kali", N(4), [N(1)] * 4,
                [N(1), N(1), d(), N(1)], "sum", "Seksi Pengendalian Pencemaran"),
        "T08": ("Jumlah KK Pengguna Gas Metan TPA", "KK", N(80), [N(65), N(70), N(75), N(80)],
                [N(62), N(70), N(77), N(81)], "last", "Seksi Pemanfaatan"),
        "T09": ("Jumlah Pemulung yang Mendapat Pembinaan (orang)", "orang", N(150),
                [N(35), N(40), N(40), N(35)], [N(35), N(48), N(41), N(39)], "sum", "Seksi Pemanfaatan"),
        "T10": ("Jumlah Pemulung Terdaftar (ber-KTA)", "orang", N(320), [N(320)] * 4,
                [N(296), N(305), N(311), N(318)], "last", "Seksi Pemanfaatan"),
        "T17": ("Jumlah Produksi Kompos (ton)", "ton", N(600),
                [N(150)] * 4, [N(98.6), N(120.2), N(141.3), N(152.3)], "sum", "Seksi Pemanfaatan"),
        "T11": ("Realisasi Penerimaan Retribusi Tipping Fee (Rp)", "Rp", n(900000000),
                [n(200000000), n(225000000), n(225000000), n(250000000)],
                [n(187450000), n(214380500), n(201950000), n(238520000)], "sum", "Sub Bagian Tata Usaha"),
        "T12": ("Jumlah Kab/Kota Mitra TPA Regional", "kab/kota", N(5), [N(5)] * 4, [N(4)] * 4,
                "last", "Kepala UPTD"),
        "T19": ("Nilai IKM Layanan TPA Regional", "nilai", N(80), [d(), N(80), d(), N(80)],
                [E(), N(80.6), E(), N(81.4)], "last", "Sub Bagian Tata Usaha"),
        "T20": ("Hasil Evaluasi SAKIP oleh Inspektorat", "predikat", GR("B"),
                [d(), d(), d(), GR("B")], [d(), d(), d(), GR("BB")], "last", "Sub Bagian Tata Usaha"),
        "T23": ("Jumlah Dokumen Perencanaan & Pelaporan (dok)", "dok", N(5),
                [N(1), N(1), N(1), N(2)], [N(1), N(1), N(1), N(2)], "sum", "Sub Bagian Tata Usaha"),
    }
    groups = [(S1, ["T01", "T02", "T03", "T04", "T13", "T14"]),
              (S2, ["T05", "T06", "T07", "T15", "T16"]),
              (S3, ["T08", "T09", "T10", "T17"]),
              (S4, ["T11", "T12", "T19", "T20", "T23"])]
    r = 7
    no = 0
    for sname, ids in groups:
        s0 = r
        for iid in ids:
            name, unit, tgt, tq, rq, rule, pj = rows[iid]
            no += 1
            merge(ws, f"A{r}:A{r + 1}", no)
            merge(ws, f"C{r}:C{r + 1}", name, align=WRAP)
            merge(ws, f"D{r}:D{r + 1}", unit)
            merge(ws, f"E{r}:E{r + 1}", None, align=CENTER)
            put(ws, f"E{r}", tgt, align=CENTER)
            merge(ws, f"K{r}:K{r + 1}", pj, align=WRAP)
            put(ws, f"F{r}", "Target", align=CENTER)
            put(ws, f"F{r + 1}", "Realisasi", align=CENTER)
            rc = []
            for i in range(4):
                put(ws, f"{col(7 + i)}{r}", tq[i], align=CENTER)
                put(ws, f"{col(7 + i)}{r + 1}", rq[i], align=CENTER)
                rc.append((f"{col(7 + i)}{r + 1}", rq[i]))
            kb.add(FN, ws, f"C{r}", 2020, iid, [(f"E{r}", tgt)], rc, rule)
            r += 2
            if iid == "T13":
                # hidden draft row left over from the Renstra review
                ws[f"C{r}"] = "Jumlah truk sampah yang ditimbang (usulan indikator baru)"
                ws[f"D{r}"] = "unit"
                ws[f"E{r}"] = 60
                ws[f"F{r}"] = "Target"
                ws.row_dimensions[r].hidden = True
                r += 1
        merge(ws, f"B{s0}:B{r - 1}", sname, align=WRAP)
    r += 1
    ws[f"B{r}"] = "Keterangan :"
    ws[f"B{r}"].font = BOLD
    ws[f"B{r + 1}"] = "- Target triwulan indikator persentase/jumlah tetap = kondisi yang dipertahankan tiap triwulan."
    ws[f"B{r + 2}"] = "- Survei IKM dilaksanakan per semester (TW II dan TW IV)."
    ws[f"B{r + 3}"] = "- Kolom kosong = belum dilaporkan."
    signature(ws, r + 5, "I", "Tanjung Watu, 8 Januari 2021",
              ["Kepala UPTD TPA Regional", "Bukit Watu Kembar"], *KEPALA)


def pk2021(wb, FN):
    ws = wb.create_sheet("PK 2021")
    ws["A1"] = "PERJANJIAN KINERJA DAN CAPAIAN TAHUN 2021"
    ws["A2"] = "UPTD TPA REGIONAL BUKIT WATU KEMBAR"
    ws["A3"] = "DINAS LINGKUNGAN HIDUP PROVINSI SAGARA TIMUR"
    for c in ("A1", "A2", "A3"):
        ws[c].font = TITLE
    for c, t in (("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"),
                 ("D", "Satuan"), ("G", "Realisasi 2021"), ("H", "Capaian (%)"),
                 ("I", "Keterangan")):
        merge(ws, f"{c}5:{c}6", t, font=BOLD, fill=HEADFILL)
    merge(ws, "E5:F5", "Target 2021", font=BOLD, fill=HEADFILL)
    put(ws, "E6", "PK Awal", align=CENTER, font=BOLD, fill=HEADFILL)
    put(ws, "F6", "PK Perubahan", align=CENTER, font=BOLD, fill=HEADFILL)
    for i in range(9):
        put(ws, f"{col(1 + i)}7", f"({i + 1})", align=CENTER, font=ITAL)
    widths(ws, {"A": 5, "B": 30, "C": 46, "D": 10, "E": 16, "F": 16, "G": 18, "H": 11, "I": 24})
    n = lambda v: N(v, "#,##0")  # noqa: E731
    rows = {  # id: name, unit, awal, perubahan, realisasi, ket
        "T01": ("Jumlah timbulan sampah yang diterima di TPA Regional", "ton", n(97000), n(98000),
                T("99.472 ton", 99472), ""),
        "T02": ("Persentase Sampah yang Diproses secara Sanitary Landfill", "%", N(85), N(85),
                T("84,2 %", 84.2), ""),
        "T03": ("Jumlah sel landfill yang dioperasikan (sel)", "sel", N(3), N(3), N(3), "sel 3 mulai Mei 2021"),
        "T21": ("Jumlah ritase truk pengangkut milik kabupaten/kota", "rit", n(19500), n(19500),
                n(19880), ""),
        "T22": ("Jumlah ritase kendaraan pengangkut swasta", "rit", n(2500), n(3000), n(3412),
                "pecahan indikator ritase 2020"),
        "T14": ("Persentase alat berat (excavator, bulldozer, wheel loader) dalam kondisi siap operasi",
                "%", N(90), N(90), T("90 %", 90), ""),
        "T05": ("Volume lindi terolah pada Instalasi Pengolahan Lindi", "m3", n(40000), n(40000),
                T("39.150 m3", 39150), ""),
        "T06": ("Persentase hasil olahan lindi yang memenuhi baku mutu air limbah", "%", N(85),
                T("85-90", 85), T("79,2 %", 79.2), "2 dari 12 sampel melebihi BOD"),
        "T07b": ("Volume gas metana yang ditangkap dan dibakar (flaring)", "m3", n(240000), n(240000),
                 T("226.800 m3", 226800), "flare baru terpasang"),
        "T15": ("Jumlah kejadian kebakaran & longsor pada zona aktif TPA", "kejadian", N(0), N(0),
                DASH(), "indikator negatif"),
        "T16": ("Jumlah pemantauan kualitas air tanah pada sumur pantau", "kali", N(12), N(12),
                N(12), "bulanan"),
        "T08": ("Jumlah KK penerima manfaat gas metana", "KK", N(90), N(90), N(88), ""),
        "T09": ("Jumlah pemulung dibina (pelatihan K3 dan pemilahan)", "orang", N(150), N(150),
                T("148 orang", 148), ""),
        "T10": ("Jumlah pemulung terdaftar dan memiliki kartu anggota", "orang", N(340), N(340),
                N(342), ""),
        "T17": ("Volume kompos yang dihasilkan dari sampah organik", "ton", N(750), N(750),
                T("768 ton", 768), ""),
        "T18": ("Persentase sampah yang diolah menjadi kompos", "%", N(1), N(1),
                T("0,86 %", 0.86), "768 / 99.472 ton"),
        "T11": ("Pendapatan retribusi jasa pengolahan sampah (tipping fee)", "Rp",
                n(1000000000), n(1050000000), T("Rp 1.086.725.000", 1086725000), "tarif naik Juli 2021"),
        "T12": ("Jumlah kabupaten/kota yang memanfaatkan TPA Regional ", "kab/kota", N(5), N(5),
                N(5), ""),
        "T19": ("Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan TPA", "nilai", N(82), N(82),
                T("80,95*)", 80.95), ""),
        "T20": ("Nilai SAKIP UPTD", "predikat", GR("BB"), GR("BB"), GR("BB"), ""),
        "T23": ("Jumlah dokumen perencanaan, evaluasi dan pelaporan kinerja", "dokumen", N(6), N(6),
                N(6), ""),
    }
    groups = [(S1, ["T01", "T02", "T03", "T21"], ["T22", "T14"]),
              (S2, ["T05", "T06", "T07b", "T15", "T16"], []),
              (S3, ["T08", "T09", "T10", "T17", "T18"], []),
              (S4, ["T11", "T12", "T19", "T20", "T23"], [])]
    r = 8
    no = 0
    for sname, ids, after in groups:
        s0 = r
        s_end = None
        for iid in ids + after:
            name, unit, awal, per, real, ket = rows[iid]
            no += 1
            put(ws, f"A{r}", no, align=CENTER)
            if iid == "T22":
                # the clerk typed this indicator into the Sasaran column
                put(ws, f"B{r}", name, align=WRAP)
                put(ws, f"C{r}", None)
                namec = f"B{r}"
            else:
                put(ws, f"C{r}", name, align=WRAP)
                namec = f"C{r}"
            put(ws, f"D{r}", unit, align=CENTER)
            put(ws, f"E{r}", awal, align=CENTER)
            put(ws, f"F{r}", per, align=CENTER)
            put(ws, f"G{r}", real, align=CENTER)
            if real.kind == "n" and per.kind == "n" and per.key:
                put(ws, f"H{r}", f"=G{r}/F{r}*100", align=CENTER)
                ws[f"H{r}"].number_format = "0.00"
            elif iid == "T20":
                put(ws, f"H{r}", 100, align=CENTER)
            elif real.key is not None and per.key:
                put(ws, f"H{r}", round(real.key / per.key * 100, 2), align=CENTER)
            else:
                put(ws, f"H{r}", "-", align=CENTER)
            put(ws, f"I{r}", ket, align=WRAP)
            kb.add(FN, ws, namec, 2021, iid, [(f"F{r}", per)], [(f"G{r}", real)], "single",
                   note="name typed in the Sasaran column" if iid == "T22" else None)
            if iid == ids[-1]:
                s_end = r
            r += 1
            if iid == "T07b":
                ws[f"C{r}"] = "Volume gas metan yang dimanfaatkan"
                ws[f"D{r}"] = "m3"
                ws[f"E{r}"] = 180000
                ws[f"F{r}"] = 180000
                ws[f"G{r}"] = 0
                ws[f"I{r}"] = "dihapus (PK Perubahan)"
                ws.row_dimensions[r].hidden = True
                r += 1
        merge(ws, f"B{s0}:B{(s_end if after else r - 1)}", sname, align=WRAP)
        if after:
            box(ws, f"B{s_end + 1}:B{r - 1}")
    r += 1
    ws[f"B{r}"] = "*) angka sementara, menunggu hasil survei IKM semester II"
    ws[f"B{r}"].font = ITAL
    ws[f"B{r + 1}"] = "Target yang dipakai untuk pengukuran capaian adalah target PK Perubahan."
    ws[f"B{r + 1}"].font = ITAL
    ws[f"B{r + 3}"] = "Jumlah Anggaran Tahun 2021 : Rp. 4.286.375.000"
    ws[f"B{r + 4}"] = "Jumlah Realisasi Anggaran Tahun 2021 : Rp. 4.012.918.460"
    signature(ws, r + 6, "G", "Tanjung Watu, 31 Desember 2021",
              ["Kepala UPTD TPA Regional", "Bukit Watu Kembar"], *KEPALA)
    # hidden older version of the sheet
    wh = wb.create_sheet("PK 2021 (awal)")
    wh.sheet_state = "hidden"
    wh["A1"] = "PERJANJIAN KINERJA TAHUN 2021 (sebelum perubahan)"
    wh.append([])
    wh.append(["No", "Indikator Kinerja", "Satuan", "Target"])
    k = 0
    for iid in ["T01", "T02", "T03", "T05", "T06", "T11"]:
        k += 1
        wh.append([k, rows[iid][0], rows[iid][1], rows[iid][2].value])


def y2020_2021():
    FN = "PK dan RA TPA Regional 2020-2021.ods"
    wb = Workbook()
    ra2020(wb, FN)
    pk2021(wb, FN)
    wc = wb.create_sheet("Catatan")
    wc["A1"] = "Catatan penyusun"
    wc["A2"] = "Mulai 2021 indikator ritase dipisah: truk kab/kota dan kendaraan swasta."
    wc["A3"] = "Indikator gas metan 2021 diukur dari flow meter flare (volume tertangkap)."
    kb.save_raw(wb, FN)


# =====================================================================
# 2022 : turned-over RA (.xlsx), two sheets
# =====================================================================
def y2022():
    FN = "Capaian IKU Triwulanan TPA Regional 2022.xlsx"
    wb = Workbook()
    d = DASH
    n = lambda v: N(v, "#,##0")  # noqa: E731
    # id: header name, unit, target, q targets, q realisasi, formula kind, sumber
    data = {
        "T01": ("Sampah masuk\nTPA Regional", "ton", T("101.000 ton", 101000),
                [n(24500), n(25000), n(25500), n(26000)],
                [N(24310, "#,##0.0"), N(24988.5, "#,##0.0"), N(25102, "#,##0.0"), N(25814.5, "#,##0.0")],
                "sum", "jembatan timbang", "#,##0.0"),
        "T02": ("% sampah tertimbun\nsanitary landfill", "%", P(88, "0%"), [P(88, "0%")] * 4,
                [P(86, "0.0%"), P(87, "0.0%"), P(88, "0.0%"), P(88.9, "0.0%")],
                "wrongsum", "log operasional", "0.0%"),
        "T03": ("Sel landfill aktif", "sel", N(3), [N(3)] * 4, [N(3), N(3), N(2), N(2)],
                "last", "log operasional", "0"),
        "T04": ("Persentase cover soil\nharian sel aktif", "%", P(80, "0%"), [P(80, "0%")] * 4,
                [P(78, "0.0%"), P(79.5, "0.0%"), P(81, "0.0%"), P(82, "0.0%")],
                "last", "log operasional", "0.0%"),
        "T21": ("Ritase truk\nkab/kota", "rit", n(20000), [n(v) for v in split(20000, [1, 1, 1, 1])],
                [n(v) for v in split(20315, jitter(4, 23, 0.06))], "sum", "jembatan timbang", "#,##0"),
        "T22": ("Ritase kendaraan\nswasta", "rit", n(3200), [n(800)] * 4,
                [n(v) for v in split(3105, [22, 25, 26, 27])], "sum", "jembatan timbang", "#,##0"),
        "T14": ("Kesiapan\nalat berat", "%", P(90, "0%"), [P(90, "0%")] * 4,
                [P(90, "0.0%"), P(83.3, "0.0%"), P(83.3, "0.0%"), P(83.3, "0.0%")],
                "last", "bengkel", "0.0%"),
        "T05": ("Volume lindi\ndiolah (m³)", "m³", n(42000), [n(10500)] * 4,
                [n(10120), n(10884), n(11230), n(10772)], "sum3", "log book IPL", "#,##0"),
        "T06": ("% lindi olahan\nsesuai baku mutu", "%", N(90), [N(90)] * 4,
                [N(88.5), N(90.2), N(91), N(91.7)], "last", "uji lab", "0.0"),
        "T07b": ("Gas metana\ntertangkap (m3)", "m3", n(260000),
                 [n(v) for v in split(260000, [1, 1, 1, 1])],
                 [n(v) for v in split(271350, jitter(4, 24, 0.08))], "sum", "flow meter flare", "#,##0"),
        "T15": ("Kejadian kebakaran/\nlongsor", "kejadian", N(0), [N(0)] * 4,
                [d(), N(1), N(1), d()], "sum", "laporan kejadian", "0"),
        # sheet 2
        "T16": ("Uji kualitas air\nsumur pantau", "kali", N(12), [N(3)] * 4,
                [N(3), N(3), N(2), N(3)], "sum", "LHU laboratorium", "0"),
        "T08": ("KK penerima\ngas metana", "KK", N(100), [N(100)] * 4,
                [N(90), N(93), N(95), N(97)], "last", "pendataan", "0"),
        "T09": ("Pemulung\ndibina", "orang", N(175), [N(45), N(45), N(45), N(40)],
                [N(40), N(52), N(45), N(43)], "sum", "daftar hadir", "0"),
        "T10": ("Pemulung terdaftar\n(ber-KTA)", "orang", N(350), [N(350)] * 4,
                [N(331), N(335), N(338), N(339)], "last", "database KTA", "0"),
        "T17": ("Produksi\nkompos (ton)", "ton", N(900), [N(225)] * 4,
                [N(190.5), N(214), N(222.5), N(218)], "sum", "rumah kompos", "0.0"),
        "T18": ("% sampah\ndikomposkan", "%", P(1.2, "0.00%"), [P(1.2, "0.00%")] * 4,
                [P(0.79, "0.00%"), P(0.81, "0.00%"), P(0.83, "0.00%"), P(0.84, "0.00%")],
                "last", "rumah kompos", "0.00%"),
        "T24": ("Luas green belt\nditanami (m²)", "m²", n(5000), [d(), n(2000), n(3000), d()],
                [d(), n(1500), n(2750), d()], "sum", "Seksi Pemanfaatan", "#,##0"),
        "T11": ("Retribusi\ntipping fee (Rp)", "Rp", T("Rp 1.200.000.000", 1200000000),
                [n(v) for v in split(1200000000, [1, 1, 1, 1])],
                [n(265400000), n(289150000), n(301780000), n(302150000)], "typed",
                "Bapenda", "#,##0"),
        "T19": ("IKM", "nilai", N(82), [d(), N(82), d(), N(82)],
                [E(), N(82.9), E(), N(83.6)], "last", "survei IKM", "0.00"),
        "T23": ("Dokumen rencana &\nlaporan kinerja", "dokumen", N(6), [N(1), N(2), N(1), N(2)],
                [N(1), N(2), N(1), N(2)], "sum", "Subbag TU", "0"),
    }
    sheets = [("IKU (1)", ["T01", "T02", "T03", "T04", "T21", "T22", "T14", "T05", "T06", "T07b", "T15"]),
              ("IKU (2)", ["T16", "T08", "T09", "T10", "T17", "T18", "T24", "T11", "T19", "T23"])]
    no = 0
    for si, (title, ids) in enumerate(sheets):
        ws = wb.active if si == 0 else wb.create_sheet(title)
        ws.title = title
        ws["A1"] = "MATRIKS CAPAIAN INDIKATOR KINERJA UTAMA (IKU) PER TRIWULAN"
        ws["A2"] = "UPTD TPA REGIONAL BUKIT WATU KEMBAR - TAHUN 2022"
        ws["A1"].font = TITLE
        ws["A2"].font = TITLE
        if si == 1:
            ws["A3"] = "(lanjutan)"
            ws["A3"].font = ITAL
        merge(ws, "A5:B5", "Uraian", font=BOLD, fill=HEADFILL)
        merge(ws, "A6:B6", "Indikator Kinerja", font=BOLD, fill=HEADFILL)
        merge(ws, "A7:B7", "Satuan", font=BOLD)
        merge(ws, "A8:B8", "Target Tahun 2022", font=BOLD)
        for q in range(4):
            merge(ws, f"A{9 + 2 * q}:A{10 + 2 * q}", ["TW I", "TW II", "TW III", "TW IV"][q], font=BOLD)
            put(ws, f"B{9 + 2 * q}", "Target", align=CENTER)
            put(ws, f"B{10 + 2 * q}", "Realisasi", align=CENTER)
        merge(ws, "A17:B17", "Realisasi s.d. Desember 2022", font=BOLD, fill=GREYFILL)
        merge(ws, "A18:B18", "Capaian (%)", font=BOLD)
        merge(ws, "A19:B19", "Sumber data", font=BOLD)
        widths(ws, {"A": 9, "B": 11})
        for j, iid in enumerate(ids):
            c = col(3 + j)
            ws.column_dimensions[c].width = 17
            name, unit, tgt, tq, rq, kind, src, rfmt = data[iid]
            no += 1
            put(ws, f"{c}5", f"IKU-{no:02d}", align=CENTER, font=BOLD, fill=HEADFILL)
            put(ws, f"{c}6", name, align=CENTER, font=BOLD, fill=HEADFILL)
            put(ws, f"{c}7", unit, align=CENTER)
            put(ws, f"{c}8", tgt, align=CENTER)
            rc = []
            for q in range(4):
                put(ws, f"{c}{9 + 2 * q}", tq[q], align=CENTER)
                put(ws, f"{c}{10 + 2 * q}", rq[q], align=CENTER)
                rc.append(rq[q])
            qcells = [f"{c}{10 + 2 * q}" for q in range(4)]
            nums = [s.value for s in rc if s.kind == "n"]
            if kind == "sum":
                real = F(f"=SUM({','.join(qcells)})", sum(nums), rfmt)
            elif kind == "sum3":  # planted: TW IV left out of the range
                real = F(f"=SUM({','.join(qcells[:3])})",
                         sum(s.value for s in rc[:3] if s.kind == "n"), rfmt)
            elif kind == "wrongsum":  # planted: a level indicator summed
                real = F(f"=SUM({','.join(qcells)})", sum(nums), rfmt)
            elif kind == "last":
                last = [s for s in rc if s.kind == "n"][-1]
                lastc = [qc for qc, s in zip(qcells, rc) if s.kind == "n"][-1]
                real = F(f"={lastc}", last.value, rfmt)
            elif kind == "typed":  # planted: computed cell typed over
                real = N(1163980000, "#,##0")
            put(ws, f"{c}17", real, align=CENTER, fill=GREYFILL)
            put(ws, f"{c}18", f"=IFERROR({c}17/{c}8,\"-\")", align=CENTER)
            ws[f"{c}18"].number_format = "0.00%"
            put(ws, f"{c}19", src, align=CENTER, font=ITAL)
            kb.add(FN, ws, f"{c}6", 2022, iid, [(f"{c}8", tgt)], [(f"{c}17", real)], "single",
                   usecol=True)
        ws.row_dimensions[6].height = 45
        ws.freeze_panes = "C7"
        if si == 1:
            ws["A22"] = "Catatan:"
            ws["A22"].font = BOLD
            ws["A23"] = "1. Realisasi indikator jumlah = penjumlahan triwulan; indikator persentase/posisi = nilai triwulan terakhir."
            ws["A24"] = "2. Kejadian kebakaran/longsor: indikator negatif (target 0)."
            ws["A25"] = "3. IKM disurvei per semester."
            signature(ws, 27, "H", "Tanjung Watu, 10 Januari 2023",
                      ["Kepala UPTD TPA Regional", "Bukit Watu Kembar"], *KEPALA)
    kb.save_raw(wb, FN)


if __name__ == "__main__":
    y2019()
    y2020_2021()
    y2022()
    kb.finish()
