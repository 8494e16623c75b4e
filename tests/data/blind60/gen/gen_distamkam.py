"""Agency 1: Dinas Pertamanan dan Pemakaman Kota Bukit Serindit, 2019-2022 (everything invented)."""
from openpyxl.styles import Font
from common import (BOLD, BOX, CENTER, DASH, E, GREY, TITLE, WRAP, Agency, F, G, N, P, RP, T,
                    TU, box, idn, merge, put, widths)

SLUG = "distamkam_kota_bukit_serindit"
A = Agency(
    SLUG,
    "Dinas Pertamanan dan Pemakaman Kota Bukit Serindit",
    [2019, 2020, 2021, 2022],
    [["A18", "A18b"]],
    ["A03", "A05", "A06", "A09", "A12", "A14", "A15", "A20"],
)

KADIS_1 = ("Ir. RUSDIANTO HALIM, M.T.", "Pembina Tingkat I", "19700314 199803 1 006")
KADIS_2 = ("SITI MARLINA ARDHI, S.T., M.Si.", "Pembina", "19760822 200212 2 004")


def signature(ws, r, c, date, who, title="Kepala Dinas Pertamanan dan Pemakaman"):
    ws[f"{c}{r}"] = date
    ws[f"{c}{r+1}"] = title
    ws[f"{c}{r+2}"] = "Kota Bukit Serindit,"
    ws[f"{c}{r+6}"] = who[0]
    ws[f"{c}{r+6}"].font = BOLD
    ws[f"{c}{r+7}"] = who[1]
    ws[f"{c}{r+8}"] = f"NIP. {who[2]}"


# =====================================================================================
# 2019: annual PK table, PK Awal / PK Perubahan, sasaran merged (SS1, SS3) or written once (SS2),
# one indicator typed in the Sasaran column, a hidden draft row, a wrapped name continued on the
# next row, text values with units, a footnote mark, signature.  -> .xls
# =====================================================================================
def y2019():
    wb, fn = A.book("PK_DISTAMKAM_2019", "xls")
    ws = wb.create_sheet("PK 2019")
    sh = ws.title
    widths(ws, {"A": 5, "B": 28, "C": 44, "D": 10, "E": 13, "F": 13, "G": 15, "H": 10, "I": 26})
    merge(ws, "A1:I1", "PENGUKURAN KINERJA", center=True, font=TITLE)
    merge(ws, "A2:I2", "DINAS PERTAMANAN DAN PEMAKAMAN KOTA BUKIT SERINDIT", center=True, font=TITLE)
    merge(ws, "A3:I3", "TAHUN ANGGARAN 2019", center=True, font=TITLE)
    ws["A5"] = "Kota"; ws["C5"] = ": Bukit Serindit"
    ws["A6"] = "Nama OPD"; ws["C6"] = ": Dinas Pertamanan dan Pemakaman"
    for rng, v in [("A8:A9", "No"), ("B8:B9", "Sasaran Strategis"), ("C8:C9", "Indikator Kinerja"),
                   ("D8:D9", "Satuan"), ("E8:F8", "Target"), ("G8:G9", "Realisasi"),
                   ("H8:H9", "Capaian (%)"), ("I8:I9", "Keterangan")]:
        merge(ws, rng, v, bold=True, center=True)
    ws["E9"] = "PK Awal"; ws["F9"] = "PK Perubahan"
    for c in "EF":
        ws[f"{c}9"].font = BOLD; ws[f"{c}9"].alignment = CENTER
    for i, c in enumerate("ABCDEFGHI"):
        ws[f"{c}10"] = f"({i+1})"; ws[f"{c}10"].alignment = CENTER
    for r in (8, 9, 10):
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].fill = GREY

    SS1 = "Meningkatnya luasan dan kualitas Ruang Terbuka Hijau (RTH) publik"
    SS2 = "Meningkatnya kualitas pelayanan pemakaman umum"
    SS3 = "Meningkatnya kualitas pelayanan publik dan akuntabilitas kinerja Dinas"
    # (id, name, unit, PK awal, PK perubahan, realisasi, keterangan)
    rows = [
        ("SS1", SS1),
        ("A01", "Persentase luas RTH publik\nterhadap luas wilayah kota", "%", N(11.2, "0.00"), N(11.2, "0.00"), N(11.05, "0.00"), ""),
        ("A02", "Luas taman kota yang dipelihara (m2)", "m2", N(185000), N(185000), N(182450), ""),
        ("A04", "Jumlah taman kota yang dikelola", "unit", N(46), N(46), N(46), ""),
        ("A03", "Jumlah taman kota baru yang dibangun", "unit", N(2), N(2), N(2), "Taman Lembah Hijau, Taman Pelangi"),
        ("A05", "Jumlah pohon pelindung yang ditanam", "batang", N(6000), N(6500), TU(6312, "batang"), "target diubah pada PK Perubahan"),
        ("A06", "Jumlah pohon penghijauan di bantaran sungai", "batang", N(2000), N(2000), N(2150), ""),
        ("A08", "Persentase lampu taman yang berfungsi", "%", N(90), N(90), TU(87.5, "%"), ""),
        ("A09", "Jumlah produksi bibit tanaman hias di kebun bibit", "polybag", N(25000), N(25000), N(26400), ""),
        ("HIDDEN", "Jumlah taman tematik yang dibangun (draft - dihapus)", "unit", N(1), N(1), N(0), "dihapus pada PK Perubahan"),
        ("A07", "Persentase pengaduan masyarakat yang ditindaklanjuti", "%", N(95), N(95), N(97.3, "0.0"), ""),
        ("A20", "Jumlah lomba keindahan taman lingkungan", "kali", N(1), N(1), N(1), ""),
        ("SS2", SS2),
        ("A10", "Jumlah petak makam yang tersedia", "petak", N(4800), N(4800), N(4620), "TPU Bukit Sari & TPU Kenanga"),
        ("A11*", "Persentase TPU yang terpelihara dengan baik", "%", N(85.71, "0.00"), N(85.71, "0.00"), N(85.71, "0.00"), "6 dari 7 TPU"),
        ("A12", "Jumlah pelayanan pemakaman jenazah", "jenazah", N(1000), N(1100), T("1.187*", 1187), ""),
        # planted: a fraction typed for 92,3 in a plain cell
        ("A13", "Persentase penerbitan IPTM tepat waktu", "%", N(90), N(90), N(0.923), ""),
        ("A14", "Realisasi PAD retribusi pelayanan pemakaman", "Rupiah", RP(420000000), RP(420000000), RP(437850000), ""),
        ("A15", "Realisasi PAD retribusi pemakaian taman", "Rupiah", N(150000000), N(150000000), N(162300000), ""),
        ("SS3", SS3),
        ("A18", "Indeks Kepuasan Masyarakat (IKM)", "nilai", N(78), N(78), N(80.12, "0.00"), "survei semester II"),
        ("A17", "Nilai evaluasi SAKIP Dinas", "predikat", G("B"), G("B"), G("B"), ""),
        ("A19", "Persentase dokumen perencanaan & pelaporan", "%", N(100), N(100), N(100), ""),
        ("CONT", "yang disusun tepat waktu"),
    ]
    r = 11
    no = 0
    ss_start = None
    ss_name = None
    ss_rows = []

    def close_ss(merge_it):
        if ss_start is None:
            return
        if merge_it and r - 1 > ss_start:
            merge(ws, f"B{ss_start}:B{r-1}", ss_name)
        else:
            ws[f"B{ss_start}"] = ss_name
            ws[f"B{ss_start}"].alignment = WRAP

    for item in rows:
        if item[0].startswith("SS"):
            close_ss(ss_name != SS2)
            ss_start, ss_name = r, item[1]
            continue
        if item[0] == "CONT":
            ws[f"C{r}"] = item[1]
            ws[f"C{r}"].alignment = WRAP
            box(ws, f"A{r}:I{r}")
            r += 1
            continue
        id_, name, unit, ta, tp, re_, ket = item
        namecol = "C"
        if id_ == "A11*":
            id_ = "A11"
            namecol = "B"  # typed in the Sasaran column
        if id_ != "HIDDEN":
            no += 1
            ws[f"A{r}"] = no
        ws[f"A{r}"].alignment = CENTER
        put(ws, f"{namecol}{r}", T(name, None), wrap=True)
        ws[f"D{r}"] = unit
        put(ws, f"E{r}", ta); put(ws, f"F{r}", tp); put(ws, f"G{r}", re_)
        if re_.kind == "num" and tp.kind == "num":
            ws[f"H{r}"] = f"=G{r}/F{r}*100"
            ws[f"H{r}"].number_format = "0.00"
        elif re_.kind == "text" and re_.key is not None and tp.key:
            ws[f"H{r}"] = round(re_.key / tp.key * 100, 2)
            ws[f"H{r}"].number_format = "0.00"
        elif re_.kind == "grade":
            ws[f"H{r}"] = 100
        ws[f"I{r}"] = ket
        box(ws, f"A{r}:I{r}")
        if id_ == "HIDDEN":
            ws.row_dimensions[r].hidden = True
        else:
            A.add(fn, sh, f"{namecol}{r}", 2019, name, id_, ([(f"F{r}", tp)], "single"), ([(f"G{r}", re_)], "single"))
        r += 1
    close_ss(True)
    r += 1
    ws[f"B{r}"] = "Jumlah Anggaran Tahun 2019"; ws[f"D{r}"] = ": Rp. 14.275.350.000,-"
    ws[f"B{r+1}"] = "Jumlah Realisasi Anggaran Tahun 2019"; ws[f"D{r+1}"] = ": Rp. 13.402.118.450,-"
    ws[f"B{r+3}"] = "*) termasuk 64 jenazah dari luar Kota Bukit Serindit (pelayanan lintas daerah)"
    ws[f"B{r+3}"].font = Font(italic=True)
    signature(ws, r + 5, "G", "Bukit Serindit, 31 Desember 2019", KADIS_1)
    ws.print_title_rows = "8:10"

    wn = wb.create_sheet("Ket")
    wn["A1"] = "Catatan penyusunan PK 2019"
    wn["A2"] = "- Target PK Perubahan ditetapkan bulan September 2019 setelah APBD-P."
    wn["A3"] = "- Capaian dihitung realisasi dibagi target PK Perubahan dikali 100."
    wn["A4"] = "- Data realisasi bersumber dari laporan bidang per 31 Desember 2019."


# =====================================================================================
# 2020: Rencana Aksi with quarterly T/R rows per indicator (a "Target Tahunan" row and four TW
# rows), names and sasaran merged over the block, numbering "1." inside the name. -> .ods
# =====================================================================================
def y2020():
    wb, fn = A.book("RENAKSI_PK_TRIWULAN_DISTAMKAM_2020", "ods")
    ws = wb.create_sheet("RA 2020")
    sh = ws.title
    widths(ws, {"A": 5, "B": 26, "C": 42, "D": 10, "E": 15, "F": 15, "G": 15, "H": 11, "I": 26})
    merge(ws, "A1:I1", "RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN", center=True, font=TITLE)
    merge(ws, "A2:I2", "DINAS PERTAMANAN DAN PEMAKAMAN KOTA BUKIT SERINDIT", center=True, font=TITLE)
    merge(ws, "A3:I3", "TAHUN 2020", center=True, font=TITLE)
    hdr = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Periode", "Target", "Realisasi",
           "Capaian (%)", "Penanggung Jawab"]
    for i, h in enumerate(hdr):
        c = "ABCDEFGHI"[i]
        put(ws, f"{c}5", h, bold=True, center=True, fill=GREY, border=True)
        put(ws, f"{c}6", i + 1, center=True, fill=GREY, border=True)
    PER = ["Target Tahunan", "TW I (B03)", "TW II (B06)", "TW III (B09)", "TW IV (B12)"]
    SS = {
        1: "Meningkatnya luasan dan kualitas Ruang Terbuka Hijau (RTH) publik",
        2: "Meningkatnya kualitas pelayanan pemakaman umum",
        3: "Meningkatnya kualitas pelayanan publik dan akuntabilitas kinerja Dinas",
    }
    PJ1, PJ2, PJ3 = "Kepala Bidang Pertamanan", "Kepala Bidang Pemakaman", "Sekretaris"
    e = E
    # (ss, id, name, unit, annual target, [qT], [qR], rule, pj)
    blocks = [
        (1, "A01", "1. Prosentase luas RTH Publik thd luas wilayah kota", "%", N(11.6, "0.00"),
         [N(11.5, "0.00"), N(11.5, "0.00"), N(11.55, "0.00"), N(11.6, "0.00")],
         [N(11.46, "0.00"), N(11.47, "0.00"), N(11.48, "0.00"), e], "last", PJ1),
        (1, "A02", "2. Luas Taman Kota yg Dipelihara", "m2", N(190000),
         [N(190000)] * 4, [N(186300), N(188900), N(191200), N(191200)], "last", PJ1),
        (1, "A03", "3. Jumlah pembangunan taman kota baru", "unit", N(3),
         [DASH, N(1), N(1), N(1)], [DASH, N(0), N(1), N(1)], "sum", PJ1),
        (1, "A04", "4. Jumlah taman kota yg dikelola", "unit", N(49),
         [N(46), N(47), N(48), N(49)], [N(46), N(47), N(48), N(48)], "last", PJ1),
        (1, "A05", "5. Jumlah penanaman pohon pelindung", "batang", N(7000),
         [N(1500), N(2000), N(2000), N(1500)], [N(1240), N(2115), N(2310), N(1480)], "sum", PJ1),
        (1, "A06", "6. Jumlah pohon penghijauan pada bantaran sungai dan lahan kritis", "batang", N(2500),
         [N(500), N(750), N(750), N(500)], [N(420), N(690), N(780), N(490)], "sum", PJ1),
        (1, "A07", "7. Persentase pengaduan masyarakat yang ditindak lanjuti", "%", P(95, "0%"),
         [P(95, "0%")] * 4, [P(92.3, "0.0%"), P(94.1, "0.0%"), P(96.0, "0.0%"), P(96.4, "0.0%")], "last", PJ3),
        (1, "A08", "8. Persentase Lampu Penerangan Taman yang Berfungsi Baik", "%", P(92, "0%"),
         [P(92, "0%")] * 4, [P(90.2, "0.0%"), P(91.5, "0.0%"), P(92.8, "0.0%"), P(93.1, "0.0%")], "last", PJ1),
        (1, "A09", "9. Jumlah bibit tanaman hias yang diproduksi", "polybag", N(30000),
         [N(7500)] * 4, [N(6200), N(7450), N(7800), N(7300)], "sum", PJ1),
        (1, "A20", "10. Jumlah lomba kebersihan dan keindahan taman lingkungan", "kali", N(1),
         [DASH, DASH, N(1), DASH], [DASH, DASH, N(0), DASH], "sum", PJ1),
        (2, "A10", "11. Jumlah ketersediaan petak makam di TPU", "petak", N(5500),
         [N(5500)] * 4, [N(5980), N(5760), N(5610), N(5430)], "last", PJ2),
        (2, "A11", "12. Persentase Tempat Pemakaman Umum (TPU) yang terpelihara", "%", N(100),
         [N(100)] * 4, [N(85.71, "0.00")] * 4, "last", PJ2),
        (2, "A12", "13. Jumlah jenazah yang dimakamkan di TPU", "jenazah", N(1150),
         [N(287), N(288), N(287), N(288)], [N(352), N(398), N(421), N(471)], "sum", PJ2),
        (2, "A13", "14. Persentase penerbitan Izin Penggunaan Tanah Makam (IPTM) tepat waktu", "%", N(95),
         [N(95)] * 4, [N(93.5, "0.0"), N(94.0, "0.0"), N(94.8, "0.0"), e], "last", PJ2),
        (2, "A14", "15. Pendapatan retribusi pelayanan pemakaman (Rp)", "Rp", N(450000000),
         [N(112500000)] * 4, [N(96450000), N(88300000), N(104900000), N(108550000)], "sum", PJ2),
        (2, "A15", "16. Pendapatan retribusi pemakaian taman kota (Rp)", "Rp", N(160000000),
         [N(40000000)] * 4, [N(38250000), N(4500000), N(18700000), N(27000000)], "sum", PJ1),
        (3, "A17", "17. Hasil Evaluasi SAKIP oleh APIP", "predikat", G("BB"),
         [DASH, DASH, DASH, G("BB")], [DASH, DASH, DASH, G("B")], "last", PJ3),
        (3, "A18", "18. Indeks Kepuasan Masyarakat (IKM) Dinas", "nilai", N(80),
         [e, N(80), e, N(80)], [e, N(80.95, "0.00"), e, N(81.37, "0.00")], "last", PJ3),
        (3, "A19", "19. Persentase dokumen perencanaan dan pelaporan tepat waktu", "%", N(100),
         [N(100)] * 4, [N(100)] * 4, "last", PJ3),
    ]
    r = 7
    cur_ss, ss_start = None, None
    for ss, id_, name, unit, tann, qt, qr, rule, pj in blocks:
        if ss != cur_ss:
            if cur_ss is not None:
                merge(ws, f"B{ss_start}:B{r-1}", SS[cur_ss])
            cur_ss, ss_start = ss, r
            ws[f"A{r}"] = ss
            ws[f"A{r}"].alignment = CENTER
        merge(ws, f"C{r}:C{r+4}", name)
        merge(ws, f"D{r}:D{r+4}", unit, center=True)
        merge(ws, f"I{r}:I{r+4}", pj)
        for k in range(5):
            ws[f"E{r+k}"] = PER[k]
        put(ws, f"F{r}", tann)
        for k in range(4):
            put(ws, f"F{r+1+k}", qt[k])
            put(ws, f"G{r+1+k}", qr[k])
            if qr[k].kind in ("num", "pct") and qt[k].kind in ("num", "pct"):
                ws[f"H{r+1+k}"] = f"=IF(F{r+1+k}=0,\"-\",MIN(G{r+1+k}/F{r+1+k}*100,100))"
                ws[f"H{r+1+k}"].number_format = "0.00"
            elif qr[k].kind == "dash":
                ws[f"H{r+1+k}"] = "-"
        box(ws, f"A{r}:I{r+4}")
        A.add(fn, sh, f"C{r}", 2020, name, id_, ([(f"F{r}", tann)], "single"),
              ([(f"G{r+1+k}", qr[k]) for k in range(4)], rule))
        r += 5
    merge(ws, f"B{ss_start}:B{r-1}", SS[cur_ss])
    ws[f"B{r+1}"] = "Keterangan: capaian triwulan dibatasi paling tinggi 100%."
    ws[f"B{r+2}"] = "Lomba taman lingkungan 2020 ditiadakan (pandemi COVID-19)."
    signature(ws, r + 4, "G", "Bukit Serindit, 8 Januari 2021", KADIS_1)


# =====================================================================================
# 2021: indicator cards (KARTU IKU), two cards side by side, each a small form; a hidden draft
# sheet.  -> .xlsx  (the layout not seen in the seeds)
# =====================================================================================
def y2021():
    wb, fn = A.book("KARTU_IKU_DISTAMKAM_2021", "xlsx")
    ws = wb.create_sheet("Kartu IKU 2021")
    sh = ws.title
    widths(ws, {"A": 17, "B": 16, "C": 15, "D": 16, "E": 3, "F": 17, "G": 16, "H": 15, "I": 16})
    merge(ws, "A1:I1", "KARTU PENGUKURAN INDIKATOR KINERJA UTAMA (IKU)", center=True, font=TITLE)
    merge(ws, "A2:I2", "DINAS PERTAMANAN DAN PEMAKAMAN KOTA BUKIT SERINDIT - TAHUN 2021", center=True, font=TITLE)
    S1 = "Meningkatnya kuantitas dan kualitas RTH publik"
    S2 = "Meningkatnya kualitas layanan pemakaman"
    S3 = "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan"
    K1, K2, K3 = "Kepala Bidang Pertamanan", "Kepala Bidang Pemakaman", "Sekretaris Dinas"
    # (id, sasaran, name, unit, sifat, target, realisasi, kategori, pj)
    cards = [
        ("A01", S1, "Persentase Luasan Ruang Terbuka Hijau (RTH) Publik terhadap Luas Wilayah Kota (%)", "%", "Maksimal", P(12.0), P(11.93), "Sangat Tinggi", K1),
        ("A02", S1, "Luas taman kota yang terpelihara dengan baik", "m2", "Maksimal", N(196500), TU(194800, "m2"), "Sangat Tinggi", K1),
        ("A03", S1, "Jumlah Taman Kota Baru (unit)", "unit", "Maksimal", N(2), N(2), "Sangat Tinggi", K1),
        ("A04", S1, "Jumlah Taman Kota (unit)", "unit", "Maksimal", N(50), N(50), "Sangat Tinggi", K1),
        ("A05", S1, "Jumlah Pohon Pelindung yang Ditanam (batang)", "batang", "Maksimal", N(5000), N(5230), "Sangat Tinggi", K1),
        ("A07", S1, "Persentase pengaduan masyarakat yang ditindaklanjuti", "%", "Maksimal", N(95), N(97.8, "0.0"), "Sangat Tinggi", K3),
        ("A08", S1, "persentase lampu taman yang berfungsi baik", "%", "Maksimal", N(93), TU(91.4, "%"), "Sangat Tinggi", K1),
        # planted: target typed ten times too large (30.000 meant)
        ("A09", S1, "Produksi bibit tanaman hias dan pelindung (polybag)", "polybag", "Maksimal", N(300000), N(31020), "Sangat Rendah", K1),
        ("A21", S2, "Persentase pengaduan pemakaman yang ditindaklanjuti (%)", "%", "Maksimal", N(90), N(94.4, "0.0"), "Sangat Tinggi", K2),
        ("A10", S2, "Ketersediaan petak makam pada TPU (petak)", "petak", "Maksimal", N(5000), N(4875), "Sangat Tinggi", K2),
        ("A11", S2, "Persentase TPU terpelihara", "%", "Maksimal", N(100), N(100), "Sangat Tinggi", K2),
        ("A12", S2, "Jumlah layanan pemakaman (jenazah)", "jenazah", "-", N(1300), N(1958), "-", K2),
        ("A13", S2, "Persentase IPTM yang diterbitkan tepat waktu", "%", "Maksimal", P(95), P(97.2), "Sangat Tinggi", K2),
        ("A14", S2, "Retribusi Pelayanan Pemakaman dan Pengabuan Mayat", "Rp", "Maksimal", RP(450000000), RP(512675000), "Sangat Tinggi", K2),
        ("A15", S1, "Retribusi Pemakaian Kekayaan Daerah (sewa taman)", "Rp", "Maksimal", N(120000000), N(97600000), "Tinggi", K1),
        ("A16", S2, "Persentase makam yang terdata pada Sistem Informasi Makam", "%", "Maksimal", DASH, N(38.5, "0.0"), "-", K2),
        ("A18b", S2, "Nilai IKM Pelayanan Pemakaman", "nilai", "Maksimal", N(81), N(79.85, "0.00"), "Sangat Tinggi", K2),
        ("A17", S3, "Nilai AKIP Perangkat Daerah", "nilai", "Maksimal", N(70, "0.00"), N(68.45, "0.00"), "Sangat Tinggi", K3),
        ("A19", S3, "Persentase Ketepatan Waktu Penyampaian Dokumen Perencanaan dan Pelaporan", "%", "Maksimal", N(100), N(90), "Tinggi", K3),
    ]
    top = 4
    for i, (id_, ss, name, unit, sifat, tg, rl, kat, pj) in enumerate(cards):
        band, side = divmod(i, 2)
        r = top + band * 8
        c0, c1, c2, c3 = ("A", "B", "C", "D") if side == 0 else ("F", "G", "H", "I")
        merge(ws, f"{c0}{r}:{c3}{r}", f"KARTU IKU No. {i+1}", bold=True, center=True)
        ws[f"{c0}{r}"].fill = GREY
        ws[f"{c0}{r+1}"] = "Sasaran"
        merge(ws, f"{c1}{r+1}:{c3}{r+1}", ss)
        ws[f"{c0}{r+2}"] = "Indikator Kinerja"
        merge(ws, f"{c1}{r+2}:{c3}{r+2}", None)
        put(ws, f"{c1}{r+2}", T(name, None), wrap=True, bold=True)
        ws.row_dimensions[r + 2].height = 45
        ws[f"{c0}{r+3}"] = "Satuan"; ws[f"{c1}{r+3}"] = unit
        ws[f"{c2}{r+3}"] = "Sifat"; ws[f"{c3}{r+3}"] = sifat
        ws[f"{c0}{r+4}"] = "Target 2021"; put(ws, f"{c1}{r+4}", tg)
        ws[f"{c2}{r+4}"] = "Realisasi 2021"; put(ws, f"{c3}{r+4}", rl)
        ws[f"{c0}{r+5}"] = "Capaian (%)"
        if tg.kind in ("num", "pct") and rl.kind in ("num", "pct"):
            ws[f"{c1}{r+5}"] = f"={c3}{r+4}/{c1}{r+4}*100"
        elif tg.key and rl.key is not None:
            ws[f"{c1}{r+5}"] = round(rl.key / tg.key * 100, 2)
        else:
            ws[f"{c1}{r+5}"] = "-"
        ws[f"{c1}{r+5}"].number_format = "0.00"
        ws[f"{c2}{r+5}"] = "Kategori"; ws[f"{c3}{r+5}"] = kat
        ws[f"{c0}{r+6}"] = "Penanggung Jawab"
        merge(ws, f"{c1}{r+6}:{c3}{r+6}", pj)
        box(ws, f"{c0}{r}:{c3}{r+6}")
        A.add(fn, sh, f"{c1}{r+2}", 2021, name, id_, ([(f"{c1}{r+4}", tg)], "single"),
              ([(f"{c3}{r+4}", rl)], "single"), with_col=True)
    end = top + 10 * 8
    ws[f"A{end}"] = "Catatan: Capaian = Realisasi / Target x 100. Kategori menurut Permendagri 86/2017."
    ws[f"A{end+1}"] = "IKU No. 16 merupakan indikator baru (tahun dasar), belum ditetapkan target."
    signature(ws, end + 3, "G", "Bukit Serindit, 14 Januari 2022", KADIS_2)

    wd = wb.create_sheet("draft kartu")
    wd["A1"] = "DRAFT - jangan dicetak"
    wd["A3"] = "Indikator"; wd["B3"] = "Target"; wd["C3"] = "Realisasi"
    wd["A4"] = "Jumlah Pohon Pelindung yang Ditanam (batang)"; wd["B4"] = 5000; wd["C4"] = 4980
    wd["A5"] = "Nilai IKM Pelayanan Pemakaman"; wd["B5"] = 81; wd["C5"] = 78.1
    wd["A6"] = "Persentase TPU terpelihara"; wd["B6"] = 100; wd["C6"] = 85.71
    wd.sheet_state = "hidden"


# =====================================================================================
# 2022: LKjIP chapter III table with realisasi of 2019-2021, target/realisasi 2022, Renstra end
# target; names numbered a) b) ...; %-formatted fractions; realisasi of the two retribusi rows
# computed from semester helper columns (one formula wrong); notes sheet; hidden sheet. -> .xlsx
# =====================================================================================
def y2022():
    wb, fn = A.book("LKjIP_DISTAMKAM_2022_TABEL_BAB_III", "xlsx")
    ws = wb.create_sheet("Tabel 3.1")
    sh = ws.title
    widths(ws, {"A": 5, "B": 24, "C": 42, "D": 9, "E": 12, "F": 12, "G": 12, "H": 13, "I": 13,
                "J": 10, "K": 13, "L": 11, "M": 3, "N": 14, "O": 14})
    ws["A1"] = "Tabel 3.1"; ws["A1"].font = BOLD
    ws["A2"] = "Perbandingan Target dan Realisasi Kinerja Tahun 2022 serta Realisasi Tahun-Tahun Sebelumnya"
    ws["A3"] = "Dinas Pertamanan dan Pemakaman Kota Bukit Serindit"
    for rng, v in [("A5:A6", "No"), ("B5:B6", "Sasaran Strategis"), ("C5:C6", "Indikator Kinerja"),
                   ("D5:D6", "Satuan"), ("E5:G5", "Realisasi"), ("H5:J5", "Tahun 2022"),
                   ("K5:K6", "Target Akhir Renstra (2026)"), ("L5:L6", "Capaian s.d. 2022 thd Renstra (%)"),
                   ("N5:O5", "Rincian realisasi per semester (bantu)")]:
        merge(ws, rng, v, bold=True, center=True)
    for c, v in zip("EFGHIJNO", ["2019", "2020", "2021", "Target", "Realisasi", "Capaian (%)", "Smt I", "Smt II"]):
        put(ws, f"{c}6", v, bold=True, center=True)
    for i, c in enumerate("ABCDEFGHIJKL"):
        ws[f"{c}7"] = f"({i+1})"; ws[f"{c}7"].alignment = CENTER
    for r in (5, 6, 7):
        for c in "ABCDEFGHIJKL":
            ws[f"{c}{r}"].fill = GREY
            ws[f"{c}{r}"].border = BOX
    S1 = "Meningkatnya kuantitas dan kualitas RTH publik"
    S2 = "Meningkatnya kualitas layanan pemakaman"
    S3 = "Meningkatnya akuntabilitas kinerja perangkat daerah"
    # (ss, id, name, unit, r2019, r2020, r2021, target, realisasi, renstra, semesters)
    rows = [
        (S1, "A01", "a) Persentase luas RTH publik terhadap luas wilayah", "%", P(11.05), P(11.48), P(11.93), P(12.5), P(12.31), P(15.0), None),
        (S1, "A02", "b) LUAS TAMAN KOTA YANG DIPELIHARA", "m2", N(182450), N(191200), N(194800), N(205000), N(203940), N(230000), None),
        (S1, "A03", "c) Jumlah taman baru yang dibangun", "unit", N(2), N(2), N(2), N(3), N(3), N(14), None),
        (S1, "A04", "d) Jumlah seluruh taman kota yang dikelola", "unit", N(46), N(48), N(50), N(53), N(53), N(60), None),
        (S1, "A22", "e) Persentase taman kota ramah anak dan disabilitas", "%", DASH, DASH, DASH, N(20), N(18.87, "0.00"), N(50), None),
        (S1, "A05", "f) Jumlah pohon pelindung yg ditanam", "batang", N(6312), N(7145), N(5230), N(6000), N(5874), N(30000), None),
        (S1, "A07", "g) Persentase pengaduan masyarakat bidang pertamanan yang ditindaklanjuti", "%", N(97.3, "0.0"), N(96.4, "0.0"), N(97.8, "0.0"), N(95), N(98.2, "0.0"), N(100), None),
        (S1, "A08", "h) Persentase lampu taman berfungsi (%)", "%", N(87.5, "0.0"), N(93.1, "0.0"), N(91.4, "0.0"), N(95), N(96.2, "0.0"), N(98), None),
        (S1, "A09", "i) Jumlah bibit tanaman yang diproduksi Kebun Bibit Dinas", "polybag", N(26400), N(28750), N(31020), N(32000), N(33480), N(40000), None),
        (S2, "A21", "a) Prosentase pengaduan bidang pemakaman yg ditindaklanjuti", "%", DASH, DASH, N(94.4, "0.0"), N(92), N(95.1, "0.0"), N(100), None),
        (S2, "A10", "b) Jumlah petak makam tersedia", "petak", N(4620), N(5430), N(4875), N(6000), N(6140), N(8000), None),
        (S2, "A11", "c) Persentase TPU yang dipelihara", "%", N(85.71, "0.00"), N(85.71, "0.00"), N(100), N(100), N(100), N(100), None),
        (S2, "A12", "d) Jumlah pelayanan pemakaman", "jenazah", N(1187), N(1642), N(1958), N(1350), N(1402), DASH, None),
        (S2, "A13", "e) Prosentase penerbitan IPTM tepat waktu", "%", P(92.3), P(94.8), P(97.2), P(97), P(98.1), P(100), None),
        (S2, "A16", "f) Persentase data makam yg terinput dlm SIMAKAM", "%", DASH, DASH, N(38.5, "0.0"), N(70), N(72.4, "0.0"), N(100), None),
        # planted: realisasi formula counts semester II twice (=O+O instead of =N+O)
        (S2, "A14", "g) Pendapatan retribusi pemakaman", "Rp", N(437850000), N(398200000), N(512675000), N(480000000), "WRONG", N(550000000), (226300000, 245150000)),
        (S1, "A15", "h) Pendapatan retribusi pemakaian taman", "Rp", N(162300000), N(88450000), N(97600000), N(150000000), "OK", N(200000000), (79200000, 92250000)),
        (S2, "A18b", "i) Indeks Kepuasan Masyarakat (IKM) pelayanan pemakaman", "nilai", N(80.12, "0.00"), N(81.37, "0.00"), N(79.85, "0.00"), N(82), N(83.4, "0.00"), N(85), None),
        (S3, "A17", "a) Nilai Evaluasi AKIP", "predikat", G("B"), G("B"), N(68.45, "0.00"), G("BB"), G("BB"), G("A"), None),
        (S3, "A19", "b) Persentase dokumen perencanaan dan laporan kinerja tepat waktu", "%", N(100), N(100), N(90), N(100), N(100), N(100), None),
    ]
    # A15 belongs to the RTH sasaran in the Renstra but the clerk listed it under pemakaman next to A14:
    # the sasaran column follows the table as typed (S2 block covers it).
    r = 8
    no = 0
    cur, start = None, None
    for ss, id_, name, unit, r19, r20, r21, tg, rl, ren, sem in rows:
        if id_ == "A15":
            ss = S2
        if ss != cur:
            if cur is not None:
                merge(ws, f"B{start}:B{r-1}", cur)
            cur, start = ss, r
        no += 1
        ws[f"A{r}"] = no
        put(ws, f"C{r}", T(name, None), wrap=True)
        ws[f"D{r}"] = unit
        for c, s in zip("EFGHK", [r19, r20, r21, tg, ren]):
            put(ws, f"{c}{r}", s)
        if sem:
            put(ws, f"N{r}", N(sem[0])); put(ws, f"O{r}", N(sem[1]))
            if rl == "WRONG":
                rl = F(f"=O{r}+O{r}", sem[1] * 2, "#,##0")
            else:
                rl = F(f"=N{r}+O{r}", sem[0] + sem[1], "#,##0")
        put(ws, f"I{r}", rl)
        if tg.kind in ("num", "pct") and rl.kind in ("num", "pct", "formula"):
            ws[f"J{r}"] = f"=IFERROR(I{r}/H{r}*100,\"-\")"
        else:
            ws[f"J{r}"] = "-"
        ws[f"J{r}"].number_format = "0.00"
        if ren.kind in ("num", "pct") and rl.kind in ("num", "pct", "formula"):
            ws[f"L{r}"] = f"=IFERROR(I{r}/K{r}*100,\"-\")"
        else:
            ws[f"L{r}"] = "-"
        ws[f"L{r}"].number_format = "0.00"
        box(ws, f"A{r}:L{r}")
        A.add(fn, sh, f"C{r}", 2022, name, id_, ([(f"H{r}", tg)], "single"), ([(f"I{r}", rl)], "single"))
        r += 1
    merge(ws, f"B{start}:B{r-1}", cur)
    ws[f"A{r+1}"] = "Sumber: Bidang Pertamanan, Bidang Pemakaman dan Sekretariat, diolah."
    ws[f"A{r+2}"] = "Catatan: indikator e) Persentase taman ramah anak baru ditetapkan pada Renstra Perubahan 2022."
    signature(ws, r + 4, "I", "Bukit Serindit, 20 Februari 2023", KADIS_2)

    wn = wb.create_sheet("Catatan")
    wn["A1"] = "Catatan analisis capaian"
    wn["A2"] = "1. Jumlah pelayanan pemakaman tidak ditargetkan dalam Renstra (indikator pelayanan)."
    wn["A3"] = "2. Retribusi pemakaian taman naik setelah pembukaan kembali taman kota pasca PPKM."
    wn["A4"] = "3. Nilai AKIP 2021 disampaikan dalam angka, tahun 2022 dalam predikat."

    wh = wb.create_sheet("olah data")
    wh["A1"] = "Indikator"; wh["B1"] = "Target"; wh["C1"] = "Realisasi"
    wh["A2"] = "Pendapatan retribusi pemakaman"; wh["B2"] = 480000000; wh["C2"] = 471450000
    wh["A3"] = "Jumlah petak makam tersedia"; wh["B3"] = 6000; wh["C3"] = 6100
    wh.sheet_state = "hidden"


y2019()
y2020()
y2021()
y2022()
A.save()
