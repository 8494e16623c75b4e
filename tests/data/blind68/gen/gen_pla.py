"""Agency 2: UPTD Pusat Layanan Autis (PLA) Kota Tanjung Laras (invented),
Dinas Pendidikan, 2021-2024.

2021  LKjIP Bab III table with realisasi 2019/2020, Renstra target; the table
      pasted a second time below for the narrative                  (.xlsx)
2022  Rencana Aksi with cumulative "s.d. TW" targets and realisasi   (.xls)
2023  Permendagri 86 form E.81 (K/Rp pairs, columns 1-16)             (.ods)
2024  indicator cards, two per band, over two sheets, figures pulled
      by formulas from a hidden data sheet                            (.xlsx)
"""
from openpyxl import Workbook
from openpyxl.styles import Font

from common import (BOLD, BORDER, CARDFILL, CENTER, GREYFILL, HEADFILL, ITAL, TITLE,
                    WRAP, DASH, E, F, GR, KeyBook, N, P, T, box, col, merge, put,
                    signature, widths)

SLUG = "uptd_pla_kota_tanjung_laras"
AGENCY = "UPTD Pusat Layanan Autis Kota Tanjung Laras - Dinas Pendidikan Kota Tanjung Laras"
YEARS = [2021, 2022, 2023, 2024]
FLOW = ["P02", "P03", "P04", "P05", "P06", "P07", "P09", "P10", "P11", "P11b", "P14",
        "P15", "P16", "P21"]
kb = KeyBook(SLUG, AGENCY, YEARS, [["P11", "P11b"]], FLOW)

KEPALA = ("Dra. RAHMAWATI SULISTYANINGSIH, M.Pd.", "Pembina (IV/a)",
          "NIP. 19780322 200312 2 009")

S1 = "Meningkatnya akses layanan bagi anak dengan autisme"
S2 = "Meningkatnya kualitas layanan terapi dan pembelajaran"
S3 = "Meningkatnya kemandirian anak dan keterlibatan keluarga"
S4 = "Meningkatnya akuntabilitas kinerja UPTD"


# =====================================================================
# 2021 : LKjIP Bab III (.xlsx)
# =====================================================================
def y2021():
    FN = "LKjIP 2021 UPTD PLA Tanjung Laras - Tabel Bab III.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabel 3.1"
    n = N
    # id: name, unit, r2019, r2020, target, realisasi, target akhir
    rows = {
        "P01": ("Jumlah anak autis yang mendapatkan layanan", "anak", n(131), n(142), n(150), n(156), n(200)),
        "P02": ("Jumlah anak autis baru yang mendapatkan layanan", "anak", n(35), n(38), n(40), n(43), n(55)),
        "P03": ("Jumlah anak yang diasesmen", "anak", n(52), n(58), n(60), n(64), n(90)),
        "P15": ("Jumlah PAUD yang mendapat layanan deteksi dini autisme", "lembaga", n(12), n(10), n(20),
                n(18), n(40)),
        "P16": ("Jumlah anak yang dirujuk ke fasilitas kesehatan", "anak", n(18), n(21), n(25), n(27), n(30)),
        "P04": ("Jumlah sesi terapi wicara dan okupasi", "sesi", N(3980, "#,##0"), N(4120, "#,##0"),
                N(4800, "#,##0"), T("4.652 sesi", 4652), N(6000, "#,##0")),
        "P07": ("Jumlah sesi terapi perilaku", "sesi", N(2950, "#,##0"), N(3104, "#,##0"),
                N(3600, "#,##0"), T("3.415 sesi", 3415), N(4500, "#,##0")),
        "P08": ("Persentase anak yang mencapai target PPI", "%", P(66.5, "0.0%"), P(69.8, "0.0%"),
                P(70, "0%"), P(72.4, "0.0%"), P(85, "0%")),
        "P17": ("Rata-rata kehadiran anak pada sesi terapi", "%", n(83.4), n(78.9), n(85), n(0.813), n(92)),
        "P19": ("Jumlah terapis yang bersertifikat", "orang", n(6), n(7), n(8), n(7), n(14)),
        "P09": ("Jumlah orang tua yang mengikuti pelatihan", "orang", n(75), n(60), n(100),
                T("96 orang", 96), n(160)),
        "P10": ("Jumlah pelatihan orang tua yang diselenggarakan", "angkatan", n(6), n(5), n(8), n(8), n(12)),
        "P11": ("Jumlah anak yang ditransisikan ke sekolah inklusi", "anak", n(8), n(6), n(12), n(10), n(25)),
        "P13": ("Jumlah sekolah inklusi yang didampingi", "sekolah", n(7), n(9), n(10), n(11), n(20)),
        "P14": ("Jumlah guru pendamping khusus yang dilatih", "orang", n(22), n(25), n(30), n(28), n(50)),
        "P18": ("Indeks Kepuasan Masyarakat (IKM)", "nilai", N(78.6, "0.00"), N(80.1, "0.00"), n(80),
                N(82.15, "0.00"), n(88)),
        "P20": ("Persentase serapan anggaran", "%", T("93,2 %", 93.2), T("89,5 %", 89.5),
                T("95 %", 95), T("91,8 %", 91.8), T("97 %", 97)),
        "P22": ("Nilai evaluasi AKIP UPTD", "predikat", GR("CC"), GR("B"), GR("B"), GR("B"), GR("A")),
    }
    groups = [(S1, ["P01", "P02", "P03", "P15", "P16"]),
              (S2, ["P04", "P07", "P08", "P17", "P19"]),
              (S3, ["P09", "P10", "P11", "P13", "P14"]),
              (S4, ["P18", "P20", "P22"])]

    def table(top, key, ncols):
        ws[f"A{top}"] = "Tabel 3.1"
        ws[f"A{top}"].font = BOLD
        ws[f"A{top + 1}"] = ("Capaian Indikator Kinerja UPTD Pusat Layanan Autis Kota Tanjung Laras "
                             "Tahun 2021")
        ws[f"A{top + 1}"].font = TITLE
        ws[f"A{top + 2}"] = "dibandingkan dengan realisasi tahun sebelumnya dan target akhir Renstra"
        ws[f"A{top + 2}"].font = ITAL
        h = top + 4
        for c, t in (("A", "No"), ("B", "Sasaran Strategis"), ("C", "Indikator Kinerja"),
                     ("D", "Satuan")):
            merge(ws, f"{c}{h}:{c}{h + 1}", t, font=BOLD, fill=HEADFILL)
        merge(ws, f"E{h}:F{h}", "Realisasi", font=BOLD, fill=HEADFILL)
        put(ws, f"E{h + 1}", "2019", align=CENTER, font=BOLD, fill=HEADFILL)
        put(ws, f"F{h + 1}", "2020", align=CENTER, font=BOLD, fill=HEADFILL)
        merge(ws, f"G{h}:I{h}", "Tahun 2021", font=BOLD, fill=HEADFILL)
        put(ws, f"G{h + 1}", "Target", align=CENTER, font=BOLD, fill=HEADFILL)
        put(ws, f"H{h + 1}", "Realisasi", align=CENTER, font=BOLD, fill=HEADFILL)
        put(ws, f"I{h + 1}", "Capaian (%)", align=CENTER, font=BOLD, fill=HEADFILL)
        if ncols > 9:
            merge(ws, f"J{h}:J{h + 1}", "Target Akhir Renstra (2026)", font=BOLD, fill=HEADFILL)
            merge(ws, f"K{h}:K{h + 1}", "Capaian s.d. 2021 thd Target Akhir Renstra (%)",
                  font=BOLD, fill=HEADFILL)
        for i in range(ncols):
            put(ws, f"{col(1 + i)}{h + 2}", f"({i + 1})", align=CENTER, font=ITAL)
        r = h + 3
        no = 0
        for sname, ids in groups:
            s0 = r
            for iid in ids:
                name, unit, r19, r20, tg, rl, akhir = rows[iid]
                no += 1
                put(ws, f"A{r}", no, align=CENTER)
                put(ws, f"C{r}", name, align=WRAP)
                put(ws, f"D{r}", unit, align=CENTER)
                put(ws, f"E{r}", r19, align=CENTER)
                put(ws, f"F{r}", r20, align=CENTER)
                put(ws, f"G{r}", tg, align=CENTER)
                put(ws, f"H{r}", rl, align=CENTER)
                if tg.kind == "n" and rl.kind == "n":
                    put(ws, f"I{r}", f"=H{r}/G{r}*100", align=CENTER)
                    ws[f"I{r}"].number_format = "0.00"
                elif rl.key is not None and tg.key:
                    put(ws, f"I{r}", round(rl.key / tg.key * 100, 2), align=CENTER)
                else:
                    put(ws, f"I{r}", 100, align=CENTER)
                if ncols > 9:
                    put(ws, f"J{r}", akhir, align=CENTER)
                    if akhir.kind == "n" and rl.kind == "n":
                        put(ws, f"K{r}", f"=H{r}/J{r}*100", align=CENTER)
                        ws[f"K{r}"].number_format = "0.00"
                    elif rl.key is not None and akhir.key:
                        put(ws, f"K{r}", round(rl.key / akhir.key * 100, 2), align=CENTER)
                    else:
                        put(ws, f"K{r}", "-", align=CENTER)
                if key:
                    kb.add(FN, ws, f"C{r}", 2021, iid, [(f"G{r}", tg)], [(f"H{r}", rl)], "single")
                r += 1
            merge(ws, f"B{s0}:B{r - 1}", sname, align=WRAP)
        return r

    widths(ws, {"A": 5, "B": 28, "C": 44, "D": 10, "E": 11, "F": 11, "G": 11, "H": 13,
                "I": 11, "J": 14, "K": 16})
    r = table(1, True, 11)
    ws[f"A{r + 1}"] = "Sumber : Laporan Triwulan IV UPTD PLA; Renstra Dinas Pendidikan 2022-2026."
    ws[f"A{r + 1}"].font = ITAL
    ws[f"A{r + 2}"] = ("Catatan: realisasi 2020 menurun karena layanan terapi tatap muka dibatasi "
                       "(pandemi COVID-19).")
    ws[f"A{r + 2}"].font = ITAL
    # the same table pasted again (narrower, for the Bab III narrative)
    r2 = table(r + 6, False, 9)
    signature(ws, r2 + 2, "H", "Tanjung Laras, 21 Februari 2022",
              ["Kepala UPTD Pusat Layanan Autis", "Kota Tanjung Laras"], *KEPALA)

    wa = wb.create_sheet("Tabel 3.2")
    wa["A1"] = "Tabel 3.2 Realisasi Anggaran UPTD PLA Tahun 2021"
    wa["A1"].font = TITLE
    hdr = ["No", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]
    for i, h in enumerate(hdr):
        put(wa, f"{col(1 + i)}3", h, align=CENTER, font=BOLD, fill=HEADFILL)
    items = [("Program Pengelolaan Pendidikan", 1845600000, 1702117500),
             ("Pengelolaan Pendidikan Khusus", 1245600000, 1158940250),
             ("Program Penunjang Urusan Pemerintahan Daerah", 612400000, 551822000)]
    for k, (nm, pg, rl) in enumerate(items):
        rr = 4 + k
        put(wa, f"A{rr}", k + 1)
        put(wa, f"B{rr}", nm)
        put(wa, f"C{rr}", N(pg, "#,##0"))
        put(wa, f"D{rr}", N(rl, "#,##0"))
        put(wa, f"E{rr}", f"=D{rr}/C{rr}*100")
        wa[f"E{rr}"].number_format = "0.00"
    widths(wa, {"B": 48, "C": 18, "D": 18, "E": 12})
    kb.save_raw(wb, FN)


# =====================================================================
# 2022 : Rencana Aksi, cumulative s.d. TW (.xls)
# =====================================================================
def y2022():
    FN = "RA dan Realisasi Triwulan PLA 2022.xls"
    wb = Workbook()
    ws = wb.active
    ws.title = "RA 2022"
    ws["A1"] = "RENCANA AKSI DAN REALISASI KINERJA KUMULATIF PER TRIWULAN"
    ws["A2"] = "UPTD PUSAT LAYANAN AUTIS KOTA TANJUNG LARAS"
    ws["A3"] = "TAHUN 2022"
    for c in ("A1", "A2", "A3"):
        ws[c].font = TITLE
    for c, t in (("A", "No"), ("B", "Indikator Kinerja"), ("C", "Satuan"), ("D", "Target 2022"),
                 ("M", "Capaian s.d. TW IV"), ("N", "Penanggung Jawab")):
        merge(ws, f"{c}5:{c}6", t, font=BOLD, fill=HEADFILL)
    merge(ws, "E5:H5", "Target Kumulatif", font=BOLD, fill=HEADFILL)
    merge(ws, "I5:L5", "Realisasi Kumulatif", font=BOLD, fill=HEADFILL)
    for i, t in enumerate(["s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"]):
        put(ws, f"{col(5 + i)}6", t, align=CENTER, font=BOLD, fill=HEADFILL)
        put(ws, f"{col(9 + i)}6", t, align=CENTER, font=BOLD, fill=HEADFILL)
    widths(ws, {"A": 5, "B": 50, "C": 10, "D": 11, "E": 10, "F": 10, "G": 10, "H": 10,
                "I": 10, "J": 10, "K": 10, "L": 10, "M": 12, "N": 22})
    d = DASH
    n = N
    pp = lambda v: P(v, "0.0%")  # noqa: E731
    # id: name, unit, target, cum targets, cum realisasi, pj
    rows = {
        "P01": ("1. Jumlah Anak Autis yang Dilayani", "anak", n(160), [n(160)] * 4,
                [n(158), n(160), n(161), n(163)], "Koord. Layanan"),
        "P02": ("2. Jumlah Anak Autis Baru yang Dilayani", "anak", n(45), [n(11), n(22), n(34), n(45)],
                [n(9), n(20), n(31), n(39)], "Koord. Layanan"),
        "P03": ("3. Jumlah Asesmen Awal yg Dilaksanakan", "anak", n(70), [n(17), n(35), n(52), n(70)],
                [n(17), n(35), n(55), n(72)], "Psikolog"),
        "P15": ("4. Jumlah Lokasi Skrining Deteksi Dini Autis di PAUD/TK", "lokasi", n(24),
                [n(6), n(12), n(18), n(24)], [n(6), n(12), n(19), n(25)], "Psikolog"),
        "P16": ("5. Jumlah Anak yang Dirujuk ke Dokter/Psikolog", "anak", n(25),
                [n(6), n(12), n(18), n(25)], [n(5), n(11), n(16), n(22)], "Psikolog"),
        "P04": ("6. Jumlah Sesi Terapi Wicara & Okupasi", "sesi", N(5200, "#,##0"),
                [N(1300, "#,##0"), N(2600, "#,##0"), N(3900, "#,##0"), N(5200, "#,##0")],
                [N(1204, "#,##0"), N(2561, "#,##0"), N(3950, "#,##0"), N(5318, "#,##0")], "Terapis"),
        "P07": ("7. Jumlah Sesi Terapi Perilaku (ABA)", "sesi", N(3800, "#,##0"),
                [N(950, "#,##0"), N(1900, "#,##0"), N(2850, "#,##0"), N(3800, "#,##0")],
                [N(905, "#,##0"), N(1890, "#,##0"), N(2915, "#,##0"), N(3902, "#,##0")], "Terapis"),
        "P08": ("8. Prosentase Anak Mencapai Target Program Pembelajaran Individual", "%", pp(72),
                [pp(72)] * 4, [pp(70.5), pp(71.8), pp(73), pp(74.1)], "Guru Pembimbing"),
        "P17": ("9. Rata - rata Kehadiran Anak dalam Sesi Terapi", "%", pp(85), [pp(85)] * 4,
                [pp(84.2), pp(85.9), pp(86.1), pp(86.7)], "Koord. Layanan"),
        "P19": ("10. Jumlah Terapis Bersertifikat Kompetensi", "orang", n(9), [n(9)] * 4,
                [n(8), n(9), n(9), E()], "Kasubag TU"),
        "P09": ("11. Jumlah Orang Tua Peserta Pelatihan Pengasuhan Anak Autis", "orang", n(120),
                [n(30), n(60), n(90), n(120)], [n(28), n(71), n(138), n(134)], "Koord. Keluarga"),
        "P10": ("12. Jumlah Angkatan Pelatihan Orang Tua", "angkatan", n(10), [n(2), n(5), n(8), n(10)],
                [n(2), n(5), n(8), n(10)], "Koord. Keluarga"),
        "P11": ("13. Jumlah Anak Transisi ke Sekolah Inklusi", "anak", n(15), [d(), n(5), n(10), n(15)],
                [d(), n(4), n(9), n(16)], "Koord. Transisi"),
        "P12": ("14. Persentase Anak Transisi yang Bertahan di Sekolah Inklusi", "%", pp(80),
                [pp(80)] * 4, [E(), pp(83.3), pp(85.7), pp(87.5)], "Koord. Transisi"),
        "P13": ("15. Jumlah Sekolah Penyelenggara Pendidikan Inklusif yg Didampingi", "sekolah", n(12),
                [n(12)] * 4, [n(12)] * 4, "Koord. Transisi"),
        "P14": ("16. Jumlah GPK yang Dilatih", "orang", n(35), [d(), n(20), n(20), n(35)],
                [d(), n(20), n(20), n(38)], "Koord. Transisi"),
        "P18": ("17. Nilai IKM UPTD PLA", "nilai", n(82), [d(), n(82), d(), n(82)],
                [E(), N(82.7, "0.00"), E(), N(83.4, "0.00")], "Kasubag TU"),
        "P20": ("18. Prosentase Realisasi Anggaran", "%", n(95), [n(25), n(50), n(75), n(95)],
                [n(21.4), n(45.8), n(70.2), n(96.4)], "Kasubag TU"),
    }
    groups = [("SASARAN 1 : " + S1, ["P01", "P02", "P03", "P15", "P16"]),
              ("SASARAN 2 : " + S2, ["P04", "P07", "P08", "P17", "P19"]),
              ("SASARAN 3 : " + S3, ["P09", "P10", "P11", "P12", "P13", "P14"]),
              ("SASARAN 4 : " + S4, ["P18", "P20"])]
    r = 7
    for gname, ids in groups:
        merge(ws, f"A{r}:N{r}", gname, align=None, font=BOLD, fill=GREYFILL)
        r += 1
        for iid in ids:
            name, unit, tg, ct, cr, pj = rows[iid]
            put(ws, f"A{r}", int(name.split(".")[0]), align=CENTER)
            put(ws, f"B{r}", name, align=WRAP)
            put(ws, f"C{r}", unit, align=CENTER)
            put(ws, f"D{r}", tg, align=CENTER)
            rc = []
            for i in range(4):
                put(ws, f"{col(5 + i)}{r}", ct[i], align=CENTER)
                put(ws, f"{col(9 + i)}{r}", cr[i], align=CENTER)
                rc.append((f"{col(9 + i)}{r}", cr[i]))
            if iid == "P19":
                put(ws, f"M{r}", f"=K{r}/D{r}", align=CENTER)
            else:
                put(ws, f"M{r}", f"=L{r}/D{r}", align=CENTER)
            ws[f"M{r}"].number_format = "0.00%"
            put(ws, f"N{r}", pj, align=WRAP)
            kb.add(FN, ws, f"B{r}", 2022, iid, [(f"D{r}", tg)], rc, "last")
            r += 1
            if iid == "P16":
                ws[f"B{r}"] = "Jumlah anak yang mendapat layanan home program (draft)"
                ws[f"C{r}"] = "anak"
                ws[f"D{r}"] = 30
                ws.row_dimensions[r].hidden = True
                r += 1
    r += 1
    ws[f"B{r}"] = "Keterangan :"
    ws[f"B{r}"].font = BOLD
    ws[f"B{r + 1}"] = "- Target dan realisasi bersifat kumulatif s.d. triwulan berjalan."
    ws[f"B{r + 2}"] = "- Data terapis bersertifikat TW IV belum masuk (menunggu SK sertifikasi)."
    ws[f"B{r + 3}"] = "- IKM disurvei pada semester I dan semester II."
    signature(ws, r + 5, "I", "Tanjung Laras, 12 Januari 2023",
              ["Kepala UPTD Pusat Layanan Autis", "Kota Tanjung Laras"], *KEPALA)
    ws.freeze_panes = "C7"
    wh = wb.create_sheet("RA 2022 (murni)")
    wh.sheet_state = "hidden"
    wh["A1"] = "RENCANA AKSI 2022 (sebelum perubahan anggaran)"
    wh.append(["No", "Indikator", "Satuan", "Target"])
    for iid in ["P01", "P02", "P03", "P04", "P07", "P09"]:
        wh.append([rows[iid][0].split(".")[0], rows[iid][0], rows[iid][1], rows[iid][2].value])
    kb.save_raw(wb, FN)


# =====================================================================
# 2023 : E.81 (.ods)
# =====================================================================
def y2023():
    FN = "Evaluasi Renja E81 UPTD PLA 2023.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "E81 TW IV"
    ws["A1"] = "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH"
    ws["A2"] = "UPTD PUSAT LAYANAN AUTIS - DINAS PENDIDIKAN KOTA TANJUNG LARAS"
    ws["A3"] = "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2023"
    for c in ("A1", "A2", "A3"):
        ws[c].font = TITLE
    ws["A4"] = "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD : 2023"
    ws["A4"].font = ITAL
    # header rows 6-9
    merge(ws, "A6:A7", "No", font=BOLD, fill=HEADFILL)
    merge(ws, "B6:B7", "Sasaran", font=BOLD, fill=HEADFILL)
    merge(ws, "C6:C7", "Program / Kegiatan / Sub Kegiatan", font=BOLD, fill=HEADFILL)
    merge(ws, "D6:D7", "Indikator Kinerja Program (outcome) / Kegiatan (output)", font=BOLD, fill=HEADFILL)
    merge(ws, "E6:E7", "Satuan", font=BOLD, fill=HEADFILL)
    merge(ws, "F6:G7", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", font=BOLD, fill=HEADFILL)
    merge(ws, "H6:I7", "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2022", font=BOLD, fill=HEADFILL)
    merge(ws, "J6:K7", "Target Kinerja dan Anggaran Renja PD Tahun 2023 yang dievaluasi", font=BOLD,
          fill=HEADFILL)
    merge(ws, "L6:S6", "Realisasi Kinerja Pada Triwulan", font=BOLD, fill=HEADFILL)
    for i, t in enumerate(["I", "II", "III", "IV"]):
        merge(ws, f"{col(12 + 2 * i)}7:{col(13 + 2 * i)}7", t, font=BOLD, fill=HEADFILL)
    merge(ws, "T6:U7", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi", font=BOLD,
          fill=HEADFILL)
    merge(ws, "V6:W7", "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2023", font=BOLD,
          fill=HEADFILL)
    merge(ws, "X6:Y7", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2023 (%)",
          font=BOLD, fill=HEADFILL)
    merge(ws, "Z6:Z7", "Unit PD Penanggung Jawab", font=BOLD, fill=HEADFILL)
    nums = [("A", "1"), ("B", "2"), ("C", "3"), ("D", "4"), ("E", "5"), ("F", "6"), ("H", "7"),
            ("J", "8"), ("L", "9"), ("N", "10"), ("P", "11"), ("R", "12"), ("T", "13 = 9+10+11+12"),
            ("V", "14 = 7+13"), ("X", "15 = 14/6 x 100"), ("Z", "16")]
    for c, t in nums:
        if c in "ABCDEZ":
            put(ws, f"{c}8", t, align=CENTER, font=ITAL)
        else:
            c2 = col(ws[f"{c}8"].column + 1)
            merge(ws, f"{c}8:{c2}8", t, font=ITAL)
    for k in range(10):
        put(ws, f"{col(6 + 2 * k)}9", "K", align=CENTER, font=BOLD)
        put(ws, f"{col(7 + 2 * k)}9", "Rp", align=CENTER, font=BOLD)
    for c in "ABCDEZ":
        put(ws, f"{c}9", None, align=CENTER)
    widths(ws, {"A": 5, "B": 22, "C": 30, "D": 42, "E": 9, "Z": 18})
    for k in range(20):
        ws.column_dimensions[col(6 + k)].width = 11 if k % 2 == 0 else 14

    # blocks: (level name, sasaran, budget row values, [(id, name, unit, renstra, s.d.2022,
    #          target spec, quarters, kind)])
    n = N
    blocks = [
        ("PROGRAM PENGELOLAAN PENDIDIKAN", S1 + "; " + S2, (2150000000, 5980000000, 1948800000,
                                                           2018350000, [402150000, 496300000, 511870000, 512600000]), [
            ("P01", "Jumlah anak dengan gangguan spektrum autisme (GSA) yang dilayani", "anak", 200, 163,
             n(175), [163, 166, 169, 171], "last"),
            ("P08", "Persentase peserta didik autis yang mencapai target program pembelajaran individual (PPI)",
             "%", 85, 74.1, n(75), [71.2, 72.0, 72.9, 73.6], "last"),
            ("P12", "Persentase anak pasca transisi yang tetap bersekolah di sekolah inklusi", "%", 90, 87.5,
             T("85 %", 85), [None, 80.0, None, 82.4], "last"),
        ]),
        ("Pengelolaan Pendidikan Khusus (Layanan Autis)", None, (1420000000, 3990000000, 1301500000,
                                                                 1358200000, [268000000, 331900000, 342100000, 347700000]), [
            ("P02", "Jumlah anak GSA baru yang terdaftar dan dilayani", "anak", 55, 120, n(45),
             [14, 11, 12, 10], "sum"),
            ("P03", "Jumlah anak yang mengikuti asesmen (identifikasi dan asesmen awal)", "anak", 90, 194,
             n(70), [18, 16, 17, 15], "sum"),
            ("P21", "Jumlah layanan konsultasi keluarga", "kunjungan", 400, 0, n(300), [72, 81, 85, 80], "sum"),
        ]),
        ("Penyelenggaraan Layanan Terapi Anak Autis", None, (980000000, 2700000000, 897400000, 936100000,
                                                             [184300000, 228700000, 236400000, 244500000]), [
            ("P05", "Jumlah sesi terapi wicara", "sesi", 3500, 0, N(2900, "#,##0"), [690, 735, 742, 707], "sum"),
            ("P06", "Jumlah sesi terapi okupasi", "sesi", 3300, 0, N(2700, "#,##0"), [598, 640, 651, 623], "sum"),
            ("P07", "Jumlah sesi terapi perilaku/ Applied Behavior Analysis", "sesi", 4500, 7006,
             N(4000, "#,##0"), [987, 1042, 1069, 1022], "typed0"),
            ("P17", "Persentase rata-rata kehadiran anak dalam terapi", "%", 92, 86.7, n(88),
             [88.1, 89.5, 90.0, 89.2], "wrongsum"),
        ]),
        ("Pembinaan Keluarga dan Transisi ke Sekolah Inklusi", None, (310000000, 880000000, 286300000,
                                                                      298900000, [55100000, 72800000, 89400000, 81600000]), [
            ("P09", "Jumlah orang tua/wali yang dilatih (parent training)", "orang", 160, 230, n(120),
             [30, 35, 32, 30], "sum"),
            ("P10", "Frekuensi pelatihan orang tua (angkatan)", "angkatan", 12, 18, n(10), [2, 3, 2, 2], "sum"),
            ("P11b", "Jumlah anak yang lulus program transisi sekolah", "anak", 25, 0, n(18),
             [None, None, 17, None], "sum"),
            ("P13", "Jumlah sekolah mitra inklusi yang mendapat pendampingan", "sekolah", 20, 12, n(14),
             [13, 13, 13, 13], "last"),
            ("P14", "Jumlah Guru Pendamping Khusus (GPK) sekolah inklusi yang mengikuti pelatihan", "orang",
             50, 66, n(40), [None, 20, 21, None], "sum"),
        ]),
        ("Deteksi Dini dan Identifikasi Anak Berkebutuhan Khusus", None, (130000000, 390000000, 121500000,
                                                                          125200000, [18500000, 35200000, 39800000, 31700000]), [
            ("P15", "Jumlah satuan PAUD yang dilakukan deteksi dini", "lembaga", 40, 43, n(30),
             [8, 9, 7, 7], "sum"),
        ]),
        ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", S4, (640000000, 1850000000,
                                                                            598700000, 602450000, [128900000, 151300000, 148050000, 174200000]), [
            ("P18", "Indeks kepuasan orang tua/masyarakat terhadap layanan PLA", "nilai", 88, 83.4, n(83),
             [None, 84.1, None, 84.9], "last"),
            ("P20", "Persentase penyerapan anggaran UPTD", "%", 97, 96.4, n(95), [22.3, 47.9, 71.5, 97.1], "last"),
        ]),
        ("Administrasi Kepegawaian Perangkat Daerah", None, (85000000, 240000000, 78200000, 80150000,
                                                             [15200000, 21400000, 19850000, 23700000]), [
            ("P19", "Jumlah tenaga terapis yang memiliki sertifikat kompetensi", "orang", 14, 9, n(10),
             [10, 10, 10, 10], "last"),
        ]),
    ]
    r = 10
    no = 0
    caps = []
    pj = {"P": "UPTD PLA"}
    for lvl, sas, (rp_renja, rp_renstra, rp_sd22, _rp_unused, rpq), inds in blocks:
        b0 = r
        for j, (iid, name, unit, renstra, sd22, tgt, q, kind) in enumerate(inds):
            no += 1
            put(ws, f"A{r}", no, align=CENTER)
            put(ws, f"D{r}", name, align=WRAP)
            put(ws, f"E{r}", unit, align=CENTER)
            put(ws, f"F{r}", N(renstra, "#,##0.##"))
            put(ws, f"H{r}", N(sd22, "#,##0.##"))
            put(ws, f"J{r}", tgt)
            qs = []
            for i, v in enumerate(q):
                c = col(12 + 2 * i)
                s = E() if v is None else N(v, "#,##0.##")
                put(ws, f"{c}{r}", s)
                qs.append(s)
            qv = [v for v in q if v is not None]
            if kind in ("sum", "wrongsum"):
                real = F(f"=L{r}+N{r}+P{r}+R{r}", sum(qv), "#,##0.##")
            elif kind == "last":
                real = F(f"=R{r}", q[3], "#,##0.##")
            elif kind == "typed0":
                real = N(0)
            put(ws, f"T{r}", real, fill=GREYFILL)
            put(ws, f"V{r}", f"=H{r}+T{r}")
            ws[f"V{r}"].number_format = "#,##0.##"
            put(ws, f"X{r}", f"=IFERROR(V{r}/F{r}*100,0)")
            ws[f"X{r}"].number_format = "0.00"
            caps.append(f"X{r}")
            if j == 0:
                put(ws, f"G{r}", N(rp_renstra, "#,##0"))
                put(ws, f"I{r}", N(rp_sd22, "#,##0"))
                put(ws, f"K{r}", N(rp_renja, "#,##0"))
                for i, v in enumerate(rpq):
                    put(ws, f"{col(13 + 2 * i)}{r}", N(v, "#,##0"))
                put(ws, f"U{r}", f"=M{r}+O{r}+Q{r}+S{r}")
                put(ws, f"W{r}", f"=I{r}+U{r}")
                put(ws, f"Y{r}", f"=IFERROR(W{r}/G{r}*100,0)")
                ws[f"U{r}"].number_format = "#,##0"
                ws[f"W{r}"].number_format = "#,##0"
                ws[f"Y{r}"].number_format = "0.00"
            else:
                for c in "GIKMOQSUWY":
                    put(ws, f"{c}{r}", None)
            put(ws, f"Z{r}", "UPTD PLA", align=CENTER)
            kb.add(FN, ws, f"D{r}", 2023, iid, [(f"J{r}", tgt)], [(f"T{r}", real)], "single")
            r += 1
        merge(ws, f"C{b0}:C{r - 1}", lvl, align=WRAP,
              font=BOLD if lvl.isupper() else None)
        if sas:
            ws[f"B{b0}"] = sas
            ws[f"B{b0}"].alignment = WRAP
        box(ws, f"B{b0}:B{r - 1}")
    r += 1
    ws[f"C{r}"] = "Rata-rata capaian kinerja (%)"
    ws[f"C{r}"].font = BOLD
    ws[f"X{r}"] = f"=AVERAGE({caps[0]}:{caps[-1]})"
    ws[f"X{r}"].number_format = "0.0"
    ws[f"C{r + 1}"] = "Predikat kinerja"
    ws[f"C{r + 1}"].font = BOLD
    ws[f"X{r + 1}"] = "Tinggi"
    ws[f"C{r + 2}"] = "Faktor pendorong capaian kinerja :"
    ws[f"D{r + 2}"] = "dukungan orang tua dan sekolah mitra; penambahan 2 terapis bersertifikat."
    ws[f"C{r + 3}"] = "Faktor penghambat pencapaian kinerja :"
    ws[f"D{r + 3}"] = "ruang terapi terbatas; daftar tunggu asesmen 3 bulan."
    ws[f"C{r + 4}"] = "Tindak lanjut yang diperlukan dalam triwulan berikutnya :"
    ws[f"D{r + 4}"] = "penjadwalan ulang sesi terapi okupasi; kerja sama dengan RSUD Tanjung Laras."
    ws[f"C{r + 5}"] = "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya :"
    ws[f"D{r + 5}"] = "usulan penambahan ruang terapi sensori integrasi."
    s = r + 7
    ws[f"C{s}"] = "Disusun"
    ws[f"C{s + 1}"] = "Tanjung Laras, 15 Januari 2024"
    ws[f"C{s + 2}"] = "Kepala UPTD Pusat Layanan Autis"
    ws[f"C{s + 6}"] = KEPALA[0]
    ws[f"C{s + 6}"].font = Font(bold=True, underline="single")
    ws[f"C{s + 7}"] = KEPALA[2]
    ws[f"T{s}"] = "Dievaluasi"
    ws[f"T{s + 1}"] = "Tanjung Laras, 22 Januari 2024"
    ws[f"T{s + 2}"] = "Kepala Dinas Pendidikan Kota Tanjung Laras"
    ws[f"T{s + 6}"] = "Drs. HENDRIKUS MBOI TALAO, M.M."
    ws[f"T{s + 6}"].font = Font(bold=True, underline="single")
    ws[f"T{s + 7}"] = "NIP. 19690904 199403 1 011"
    ws.freeze_panes = "E10"
    kb.save_raw(wb, FN)


# =====================================================================
# 2024 : indicator cards fed by a hidden data sheet (.xlsx)
# =====================================================================
def y2024():
    FN = "Kartu Kinerja UPTD PLA 2024.xlsx"
    wb = Workbook()
    # id: card name, db name, unit, sifat, target spec (db), realisasi spec (db), card fmt, sumber
    pf = "0.0%"
    cards = [
        ("P01", "Jumlah anak autis terlayani (anak)", "anak", N(185), N(192), None, "register layanan"),
        ("P02", "Jumlah anak autis baru terlayani (anak)", "anak", N(50), N(52), None, "register layanan"),
        ("P03", "Jumlah layanan asesmen (anak)", "anak", N(80), N(85), None, "laporan psikolog"),
        ("P15", "Skrining deteksi dini di PAUD (lokasi)", "lokasi", N(300), N(33), None, "berita acara skrining"),
        ("P05", "Sesi terapi wicara (sesi)", "sesi", N(3100, "#,##0"), N(3245, "#,##0"), "#,##0", "jadwal terapi"),
        ("P06", "Sesi terapi okupasi (sesi)", "sesi", N(2900, "#,##0"), N(2961, "#,##0"), "#,##0", "jadwal terapi"),
        ("P07", "Sesi terapi perilaku (sesi)", "sesi", N(4200, "#,##0"), N(4044, "#,##0"), "#,##0", "jadwal terapi"),
        ("P08", "% anak capai target PPI", "%", P(78, pf), P(80.2, pf), pf, "rapor PPI"),
        ("P17", "Rata2 kehadiran terapi (%)", "%", N(90), N(87.5), "0.0", "presensi"),
        ("P19", "Terapis bersertifikat (orang)", "orang", N(12), N(11), None, "SK sertifikasi"),
        ("P09", "Orang tua terlatih (orang)", "orang", N(140), N(151), None, "daftar hadir"),
        ("P11b", "Anak lulus program transisi (anak)", "anak", N(20), N(22), None, "laporan transisi"),
        ("P12", "% anak bertahan di sekolah inklusi", "%", P(85, pf), P(90.9, pf), pf, "pemantauan sekolah"),
        ("P13", "Sekolah inklusi didampingi (sekolah)", "sekolah", N(15), N(16), None, "MoU sekolah"),
        ("P14", "GPK dilatih (orang) ", "orang", N(40), N(36), None, "sertifikat pelatihan"),
        ("P21", "Konsultasi keluarga (kunjungan)", "kunjungan", N(350), N(342), None, "buku tamu"),
        ("P18", "IKM (nilai)", "nilai", T("85 - 88", 85), N(86.25, "0.00"), "0.00", "survei IKM"),
        ("P20", "Serapan anggaran (%)", "%", P(95, pf), P(93.6, pf), pf, "SIPD"),
    ]
    db = wb.create_sheet("db")
    db.sheet_state = "hidden"
    db.append(["kode", "indikator", "satuan", "target_2024", "realisasi_2024", "sumber"])
    dbrow = {}
    for k, (iid, name, unit, tg, rl, cf, src) in enumerate(cards):
        rr = k + 2
        dbrow[iid] = rr
        db[f"A{rr}"] = f"IKU-{k + 1:02d}"
        db[f"B{rr}"] = name.strip()
        db[f"C{rr}"] = unit
        put(db, f"D{rr}", tg, border=False)
        put(db, f"E{rr}", rl, border=False)
        db[f"F{rr}"] = src
    wb.remove(wb["Sheet"])
    sheets = [("Kartu (1)", cards[:10]), ("Kartu (2)", cards[10:])]
    kno = 0
    for si, (title, cs) in enumerate(sheets):
        ws = wb.create_sheet(title, si)
        ws["A1"] = "KARTU KINERJA INDIKATOR - UPTD PUSAT LAYANAN AUTIS KOTA TANJUNG LARAS"
        ws["A2"] = "Tahun 2024" + ("" if si == 0 else " (lanjutan)")
        ws["A1"].font = TITLE
        ws["A2"].font = BOLD
        widths(ws, {"A": 14, "B": 12, "C": 14, "D": 12, "E": 12, "F": 3,
                    "G": 14, "H": 12, "I": 14, "J": 12, "K": 12})
        top = 4
        for k, (iid, name, unit, tg, rl, cf, src) in enumerate(cs):
            kno += 1
            left = (k % 2 == 0)
            c0 = 1 if left else 7
            L = [col(c0 + i) for i in range(5)]
            r = top + (k // 2) * 7
            merge(ws, f"{L[0]}{r}:{L[4]}{r}", f"IKU {kno:02d}", font=BOLD, fill=CARDFILL)
            put(ws, f"{L[0]}{r + 1}", "Indikator", font=BOLD)
            merge(ws, f"{L[1]}{r + 1}:{L[4]}{r + 1}", name, align=WRAP)
            put(ws, f"{L[0]}{r + 2}", "Satuan", font=BOLD)
            put(ws, f"{L[1]}{r + 2}", unit, align=CENTER)
            put(ws, f"{L[2]}{r + 2}", "Sifat", font=BOLD)
            merge(ws, f"{L[3]}{r + 2}:{L[4]}{r + 2}", "Positif (maksimal)")
            put(ws, f"{L[0]}{r + 3}", "Target 2024", font=BOLD)
            dr = dbrow[iid]
            tspec = F(f"=db!D{dr}", tg.value if tg.kind != "t" else tg.value, tg.fmt or cf)
            if tg.kind == "t":
                tspec = F(f"=db!D{dr}", tg.value, None)
            rspec = F(f"=db!E{dr}", rl.value, rl.fmt or cf)
            put(ws, f"{L[1]}{r + 3}", tspec, align=CENTER)
            put(ws, f"{L[2]}{r + 3}", "Realisasi 2024", font=BOLD)
            merge(ws, f"{L[3]}{r + 3}:{L[4]}{r + 3}", None)
            put(ws, f"{L[3]}{r + 3}", rspec, align=CENTER)
            put(ws, f"{L[0]}{r + 4}", "Capaian", font=BOLD)
            put(ws, f"{L[1]}{r + 4}", f"=IFERROR({L[3]}{r + 3}/{L[1]}{r + 3},\"-\")", align=CENTER)
            ws[f"{L[1]}{r + 4}"].number_format = "0.00%"
            put(ws, f"{L[2]}{r + 4}", "Kategori", font=BOLD)
            merge(ws, f"{L[3]}{r + 4}:{L[4]}{r + 4}",
                  f"=IF({L[1]}{r + 4}>=0.91,\"Sangat Tinggi\",IF({L[1]}{r + 4}>=0.76,\"Tinggi\",\"Sedang\"))")
            put(ws, f"{L[0]}{r + 5}", "Sumber Data", font=BOLD)
            merge(ws, f"{L[1]}{r + 5}:{L[4]}{r + 5}", f"=db!F{dr}", align=None)
            ws.row_dimensions[r + 1].height = 30
            kb.add(FN, ws, f"{L[1]}{r + 1}", 2024, iid, [(f"{L[1]}{r + 3}", tspec)],
                   [(f"{L[3]}{r + 3}", rspec)], "single", usecol=True)
        last = top + ((len(cs) + 1) // 2) * 7
        if si == 1:
            ws[f"A{last}"] = "Catatan: kartu otomatis terisi dari lembar data; jangan mengetik di sel target/realisasi."
            ws[f"A{last}"].font = ITAL
            signature(ws, last + 2, "G", "Tanjung Laras, 13 Januari 2025",
                      ["Kepala UPTD Pusat Layanan Autis", "Kota Tanjung Laras"], *KEPALA)
    kb.save_raw(wb, FN)


if __name__ == "__main__":
    y2021()
    y2022()
    y2023()
    y2024()
    kb.finish()
