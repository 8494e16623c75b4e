"""Agency 2: Bagian Sumber Daya Alam, Sekretariat Daerah Kabupaten Sapta Lembah, 2021-2024 (invented)."""
from openpyxl.styles import Font

from common import (BOLD, BOX, CENTER, DASH, E, GREY, TITLE, WRAP, Agency, F, G, N, P, RP, T,
                    TU, box, merge, put, widths)

SLUG = "bagian_sda_setda_kab_sapta_lembah"
A = Agency(
    SLUG,
    "Bagian Sumber Daya Alam Sekretariat Daerah Kabupaten Sapta Lembah",
    [2021, 2022, 2023, 2024],
    [["B03", "B03b"]],
    ["B02", "B03", "B03b", "B04", "B05", "B06", "B07", "B08", "B10", "B12", "B13", "B18", "B19", "B20"],
)

KABAG_1 = ("ANDI FIRMANSYAH PUTRA, S.P., M.M.", "Pembina", "19800611 200501 1 013")
KABAG_2 = ("Hj. NURLAILA SAPUTRI, S.Hut., M.Si.", "Pembina", "19830217 200801 2 009")
BAPPEDA = ("Ir. YOHANES PARULIAN TAMBA, M.T.", "Pembina Utama Muda", "19710203 199903 1 005")


def sig(ws, r, c, lines):
    for i, t in enumerate(lines):
        if t:
            ws[f"{c}{r+i}"] = t


# =====================================================================================
# 2021: Permendagri 86/2017 evaluation form E.81 (K / Rp pairs), Satuan numbered so that column 8 is
# the Renja target and column 13 = 9+10+11+12; programme / kegiatan / sub kegiatan in column 3 merged
# over their indicator rows; one column 13 typed over, one wrong formula, #DIV/0!, a constant inside a
# formula, a hidden draft row, averages, predikat, faktor rows and two signatures. -> .xls
# =====================================================================================
def y2021():
    wb, fn = A.book("E81_EVALUASI_RENJA_BAGIAN_SDA_TW_IV_2021", "xls")
    ws = wb.create_sheet("TW IV 2021")
    sh = ws.title
    widths(ws, {"A": 6, "B": 20, "C": 28, "D": 38, "E": 10})
    for c in "FGHIJKLMNOPQRSTUVWXY":
        ws.column_dimensions[c].width = 12
    widths(ws, {"Z": 18, "AA": 16})
    merge(ws, "A1:AA1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", center=True, font=TITLE)
    merge(ws, "A2:AA2", "KABUPATEN SAPTA LEMBAH", center=True, font=TITLE)
    merge(ws, "A3:AA3", "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2021", center=True, font=TITLE)
    ws["A4"] = "Perangkat Daerah : Sekretariat Daerah - Bagian Sumber Daya Alam"
    ws["A5"] = "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD :"
    H = [("A7:A8", "No"), ("B7:B8", "Sasaran"), ("C7:C8", "Program / Kegiatan / Sub Kegiatan"),
         ("D7:D8", "Indikator Kinerja Program (outcome) / Kegiatan (output)"), ("E7:E8", "Satuan"),
         ("F7:G8", "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)"),
         ("H7:I8", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)"),
         ("J7:K8", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi"),
         ("L7:S7", "Realisasi Kinerja Pada Triwulan"),
         ("T7:U8", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"),
         ("V7:W8", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021"),
         ("X7:Y8", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)"),
         ("Z7:Z8", "Unit PD Penanggung Jawab"), ("AA7:AA8", "Keterangan")]
    for rng, v in H:
        merge(ws, rng, v, bold=True, center=True)
    for rng, v in [("L8:M8", "I"), ("N8:O8", "II"), ("P8:Q8", "III"), ("R8:S8", "IV")]:
        merge(ws, rng, v, bold=True, center=True)
    nums = [("A9", "1"), ("B9", "2"), ("C9", "3"), ("D9", "4"), ("E9", "5"), ("F9:G9", "6"), ("H9:I9", "7"),
            ("J9:K9", "8"), ("L9:M9", "9"), ("N9:O9", "10"), ("P9:Q9", "11"), ("R9:S9", "12"),
            ("T9:U9", "13 = 9+10+11+12"), ("V9:W9", "14 = 7 + 13"), ("X9:Y9", "15 = 14 / 6 x 100"),
            ("Z9", "16"), ("AA9", "17")]
    for rng, v in nums:
        merge(ws, rng, v, center=True)
    for i, c in enumerate("FGHIJKLMNOPQRSTUVWXY"):
        ws[f"{c}10"] = "K" if i % 2 == 0 else "Rp"
        ws[f"{c}10"].alignment = CENTER
    for r in range(7, 11):
        for ci in range(1, 28):
            cell = ws.cell(r, ci)
            cell.fill = GREY
            cell.border = BOX
    ws["C11"] = "URUSAN PEMERINTAHAN FUNGSI PENUNJANG - SEKRETARIAT DAERAH"
    ws["C11"].font = BOLD

    SS1 = "Meningkatnya kualitas perumusan dan koordinasi kebijakan bidang sumber daya alam"
    SS2 = "Meningkatnya akuntabilitas kinerja Bagian"
    # groups: (level, code, name, budget (renstra, sd2020, target, q1..q4) or parent refs, indicators)
    # indicator: (id, name, unit, renstra K, sd2020 K, target K, [q1..q4], col13)
    #   col13: "sum" | "last" | ("typed", v) | ("formula", f_template, key)
    G1 = [
        ("prog", "4.01.01", "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN", None, [
            ("B01", "Persentase rekomendasi kebijakan bidang SDA yang ditindaklanjuti", "%", 90, 70, 80, [50, 60, 70, 75], "last"),
        ]),
        ("keg", "4.01.01.2.02", "Pelaksanaan Kebijakan Pengelolaan Sumber Daya Alam", None, [
            ("B02", "Jumlah rekomendasi kebijakan bidang SDA yang disusun", "dokumen", 75, 10, 12, [3, 3, 3, 3], "sum"),
            ("B05", "Jumlah rancangan produk hukum daerah bidang SDA yang difasilitasi", "ranperda/ranperbup", 24, 4, 4, [0, 1, 1, 1], "sum"),
        ]),
        ("sub", "4.01.01.2.02.01", "Koordinasi, Sinkronisasi, dan Evaluasi Kebijakan Pengelolaan Pertanian, Kehutanan, Kelautan dan Perikanan",
         (2150000000, 410250000, 465000000, 72150000, 118400000, 121300000, 131875000, None), [
            ("B03", "Jumlah laporan hasil koordinasi bidang pertanian dan ketahanan pangan", "laporan", 60, 12, 12, [3, 3, 3, 3], "sum"),
            ("B04", "Jumlah laporan hasil koordinasi bidang kelautan dan perikanan", "laporan", 20, 4, 4, [1, 1, 1, 1], "sum"),
            ("B06", "Jumlah laporan hasil koordinasi bidang kehutanan dan lingkungan hidup", "laporan", 24, 4, 4, [1, 1, 1, 1], "sum"),
            ("B10", "Jumlah proposal bantuan sarana pertanian yang diverifikasi", "proposal", 250, 38, 40, [10, 12, 14, 10], "sum"),
            # planted: a wrong formula, TW II left out
            ("B12", "Jumlah rapat koordinasi Dewan Ketahanan Pangan", "kali", 24, 4, 4, [1, 1, 1, 0], ("formula", "=L{r}+P{r}+R{r}", 2)),
            ("B13", "Jumlah laporan monitoring harga dan stok bahan pangan pokok", "laporan", 60, 12, 12, [3, 3, 3, 3], "sum"),
            ("B15", "Luas lahan pertanian pangan berkelanjutan (LP2B) yang ditetapkan", "Ha", 13500, 12350, 12500, [12380, 12400, 12430, 12430], "last"),
            ("B20", "Jumlah laporan pelaksanaan Program Kampung Iklim (ProKlim)", "laporan", None, 2, 2, [0, 1, 0, 1], "sum"),
            ("HIDDEN", "Jumlah laporan koordinasi pengelolaan irigasi (draft, dihapus)", "laporan", 12, 2, 2, [0, 0, 0, 0], "sum"),
        ]),
        ("sub", "4.01.01.2.02.02", "Koordinasi, Sinkronisasi, dan Evaluasi Kebijakan Pengelolaan Energi dan Sumber Daya Mineral",
         (850000000, 152300000, 175000000, 25600000, "=69750000-M{r}", 41900000, 52300000, 44150000), [
            # planted: column 13 typed over with 0 while the quarters hold 1+2+1+1
            ("B07", "Jumlah laporan pemantauan kegiatan pertambangan MBLB", "laporan", 36, 6, 6, [1, 2, 1, 1], ("typed", 0)),
            ("B08", "Jumlah laporan koordinasi energi dan ketenagalistrikan", "laporan", 16, 2, 2, [0, 1, 0, 1], "sum"),
            ("B09", "Rasio elektrifikasi desa ", "%", 100, 96.1, 96.5, [96.2, 96.4, 96.6, 96.8], "last"),
        ]),
        ("sub", "4.01.01.2.02.03", "Fasilitasi Penyelesaian Permasalahan Pengelolaan Sumber Daya Alam",
         (600000000, 98500000, 120000000, 18250000, 27400000, 33100000, 35800000, None), [
            ("B11", "Persentase konflik pengelolaan SDA yang difasilitasi penyelesaiannya", "%", 90, 70, 75, [66.67, 75, 80, 80], "last"),
            ("B14", "Persentase perusahaan sektor SDA yang menyampaikan laporan TJSL", "%", 80, 52, 60, [35, 40, 50, 55], "last"),
        ]),
    ]
    G2 = [
        ("prog", "4.01.02", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None, [
            ("B16", "Nilai evaluasi AKIP Bagian Sumber Daya Alam", "nilai", 80, 68.5, 70, [None, None, None, 71.25], "last"),
            ("B17", "Persentase capaian kinerja kegiatan Bagian SDA", "%", 100, 95, 100, [25, 50, 75, 96.5], "last"),
        ]),
        ("keg", "4.01.02.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
         (1100000000, 205000000, 230000000, 48300000, 55200000, 61750000, 58900000, None), [
            ("B18", "Jumlah dokumen perencanaan dan pelaporan kinerja Bagian", "dokumen", 30, 6, 6, [2, 1, 1, 2], "sum"),
        ]),
    ]
    KCOL = ["L", "N", "P", "R"]
    RCOL = ["M", "O", "Q", "S"]
    r = 12
    first_rows = {}

    def write_group(groups, ss):
        nonlocal r
        ss_start = r
        for level, code, gname, budget, inds in groups:
            g0 = r
            ws[f"A{g0}"] = code
            ws[f"A{g0}"].alignment = WRAP
            first_rows.setdefault(level, []).append(g0)
            for id_, name, unit, ren, sd, tg, q, c13 in inds:
                put(ws, f"D{r}", T(name, None), wrap=True)
                ws[f"E{r}"] = unit
                if ren is not None:
                    ws[f"F{r}"] = ren
                ws[f"H{r}"] = sd
                tspec = put(ws, f"J{r}", N(tg))
                qs = []
                for k in range(4):
                    if q[k] is None:
                        qs.append(E)
                    else:
                        qs.append(put(ws, f"{KCOL[k]}{r}", N(q[k])))
                if c13 == "sum":
                    rs = F(f"=L{r}+N{r}+P{r}+R{r}", sum(x for x in q if x is not None))
                elif c13 == "last":
                    rs = F(f"=R{r}", q[3])
                elif c13[0] == "typed":
                    rs = N(c13[1])
                else:
                    rs = F(c13[1].format(r=r), c13[2])
                put(ws, f"T{r}", rs)
                ws[f"V{r}"] = f"=H{r}+T{r}"
                ws[f"X{r}"] = f"=V{r}/F{r}*100"
                ws[f"X{r}"].number_format = "0.00"
                ws[f"Z{r}"] = "Bagian SDA"
                if id_ == "HIDDEN":
                    ws.row_dimensions[r].hidden = True
                else:
                    A.add(fn, sh, f"D{r}", 2021, name, id_, ([(f"J{r}", tspec)], "single"), ([(f"T{r}", rs)], "single"))
                r += 1
            merge(ws, f"C{g0}:C{r-1}", gname)
            if level == "prog":
                ws[f"C{g0}"].font = BOLD
            if budget:
                for c, v in zip(["G", "I", "K", "M", "O", "Q", "S"], budget[:7]):
                    if isinstance(v, str):
                        ws[f"{c}{g0}"] = v.format(r=g0)
                    else:
                        ws[f"{c}{g0}"] = v
                    ws[f"{c}{g0}"].number_format = "#,##0"
                ws[f"U{g0}"] = f"=M{g0}+O{g0}+Q{g0}+S{g0}"
                ws[f"W{g0}"] = f"=I{g0}+U{g0}"
                ws[f"Y{g0}"] = f"=W{g0}/G{g0}*100"
                for c in "UW":
                    ws[f"{c}{g0}"].number_format = "#,##0"
                ws[f"Y{g0}"].number_format = "0.00"
        merge(ws, f"B{ss_start}:B{r-1}", ss)
        box(ws, f"A{ss_start}:AA{r-1}")

    write_group(G1, SS1)
    # parent budgets as sums of their children (first rows)
    subs = first_rows["sub"]
    keg1, prog1 = first_rows["keg"][0], first_rows["prog"][0]
    for c in ["G", "I", "K", "M", "O", "Q", "S", "U", "W"]:
        ws[f"{c}{keg1}"] = "=" + "+".join(f"{c}{x}" for x in subs)
        ws[f"{c}{prog1}"] = f"={c}{keg1}"
        ws[f"{c}{keg1}"].number_format = ws[f"{c}{prog1}"].number_format = "#,##0"
    for x in (keg1, prog1):
        ws[f"Y{x}"] = f"=W{x}/G{x}*100"
        ws[f"Y{x}"].number_format = "0.00"
    write_group(G2, SS2)
    keg2, prog2 = first_rows["keg"][1], first_rows["prog"][1]
    for c in ["G", "I", "K", "M", "O", "Q", "S", "U", "W"]:
        ws[f"{c}{prog2}"] = f"={c}{keg2}"
        ws[f"{c}{prog2}"].number_format = "#,##0"
    ws[f"Y{prog2}"] = f"=W{prog2}/G{prog2}*100"
    end = r
    ws[f"D{end}"] = "Rata-rata capaian kinerja (%)"
    ws[f"X{end}"] = f"=AVERAGE(X12:X{end-1})"
    ws[f"Y{end}"] = f"=AVERAGE(Y12:Y{end-1})"
    ws[f"D{end+1}"] = "Predikat kinerja"
    ws[f"X{end+1}"] = "Tinggi"
    box(ws, f"A{end}:AA{end+1}")
    ws[f"B{end+3}"] = "Faktor pendorong keberhasilan pencapaian :"
    ws[f"D{end+3}"] = "Dukungan pimpinan dan koordinasi lintas perangkat daerah berjalan baik."
    ws[f"B{end+4}"] = "Faktor penghambat pencapaian kinerja :"
    ws[f"D{end+4}"] = "Refocusing anggaran penanganan COVID-19; pembatasan rapat tatap muka."
    ws[f"B{end+5}"] = "Tindak lanjut yang diperlukan dalam triwulan berikutnya :"
    ws[f"D{end+5}"] = "-"
    ws[f"B{end+6}"] = "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya :"
    ws[f"D{end+6}"] = "Penyesuaian target laporan pemantauan MBLB dengan jadwal inspeksi Provinsi."
    sig(ws, end + 8, "C", ["Disusun", "Pasir Lembah, 10 Januari 2022", "KEPALA BAGIAN SUMBER DAYA ALAM", "", "", "",
                            KABAG_1[0], KABAG_1[1], "NIP. " + KABAG_1[2]])
    sig(ws, end + 8, "T", ["Dievaluasi", "Pasir Lembah, 24 Januari 2022", "KEPALA BAPPEDA KABUPATEN SAPTA LEMBAH", "", "", "",
                            BAPPEDA[0], BAPPEDA[1], "NIP. " + BAPPEDA[2]])


# =====================================================================================
# 2022: Renstra matrix, six years of targets (2021-2026) and realisasi 2021 and 2022 (only 2022 is
# keyed: target of the 2022 column); one indicator typed in the Sasaran column; a 10x target, a ">= "
# target, % as fractions for one row. -> sheet 1 of the .ods
# 2023: monthly recap, Jan..Des across, no annual realisasi; flows add up, levels take the last month
# reported; one cumulative level falls in December. -> sheet 2 of the .ods (+ notes, hidden sheet)
# =====================================================================================
def y2022_2023():
    wb, fn = A.book("MATRIKS_RENSTRA_DAN_REKAP_BULANAN_BAG_SDA_2022_2023", "ods")
    ws = wb.create_sheet("Capaian Renstra 2022")
    sh = ws.title
    widths(ws, {"A": 5, "B": 26, "C": 44, "D": 9})
    for c in "EFGHIJKLMNO":
        ws.column_dimensions[c].width = 10
    ws.column_dimensions["P"].width = 26
    merge(ws, "A1:P1", "MATRIKS RENCANA STRATEGIS DAN CAPAIAN KINERJA", center=True, font=TITLE)
    merge(ws, "A2:P2", "BAGIAN SUMBER DAYA ALAM SEKRETARIAT DAERAH KABUPATEN SAPTA LEMBAH", center=True, font=TITLE)
    merge(ws, "A3:P3", "POSISI S.D. TAHUN 2022", center=True, font=TITLE)
    for rng, v in [("A5:A6", "No"), ("B5:B6", "Tujuan / Sasaran"), ("C5:C6", "Indikator Kinerja"), ("D5:D6", "Satuan"),
                   ("E5:E6", "Kondisi Awal (2020)"), ("F5:K5", "Target Kinerja"), ("L5:L6", "Kondisi Akhir Renstra (2026)"),
                   ("M5:N5", "Realisasi"), ("O5:O6", "Capaian 2022 (%)"), ("P5:P6", "Ket.")]:
        merge(ws, rng, v, bold=True, center=True)
    for c, y in zip("FGHIJK", range(2021, 2027)):
        put(ws, f"{c}6", str(y), bold=True, center=True)
    put(ws, "M6", "2021", bold=True, center=True)
    put(ws, "N6", "2022", bold=True, center=True)
    for i, c in enumerate("ABCDEFGHIJKLMNOP"):
        ws[f"{c}7"] = i + 1
        ws[f"{c}7"].alignment = CENTER
    for r in (5, 6, 7):
        for c in "ABCDEFGHIJKLMNOP":
            ws[f"{c}{r}"].fill = GREY
            ws[f"{c}{r}"].border = BOX
    ws["A8"] = "I"
    merge(ws, "B8:P8", "TUJUAN : Meningkatnya kualitas tata kelola sumber daya alam daerah", bold=True)
    SS1 = "Meningkatnya kualitas perumusan dan koordinasi kebijakan bidang sumber daya alam"
    SS2 = "Meningkatnya akuntabilitas kinerja Bagian"

    def n(v):
        return v if hasattr(v, "kind") else N(v)

    rows = [
        (SS1, "B01", "Prosentase rekomendasi kebijakan bidang sumber daya alam yang ditindaklanjuti", "%", 70, [80, 80, 85, 85, 90, 90], 75, 83.33, ""),
        (SS1, "B02", "Jumlah rekomendasi kebijakan bidang sumber daya alam", "dokumen", 10, [12, 12, 15, 15, 16, 16], 12, 12, ""),
        (SS1, "B05", "Jumlah rancangan produk hukum bidang SDA yang difasilitasi", "dokumen", 4, [4, 5, 4, 5, 5, 5], 3, 5, ""),
        (SS1, "B03", "Jumlah laporan koordinasi pertanian & ketahanan pangan", "laporan", 12, [12] * 6, 12, 11, ""),
        (SS1, "B04", "Jumlah laporan koordinasi kelautan & perikanan", "laporan", 4, [4] * 6, 4, 4, ""),
        (SS1, "B06", "Jumlah laporan koordinasi kehutanan & lingkungan hidup", "laporan", 4, [4, 4, 6, 6, 6, 6], 4, 4, ""),
        (SS1, "B07", "Jumlah laporan pemantauan pertambangan mineral bukan logam dan batuan (MBLB)", "laporan", 6, [6, 6, 8, 8, 8, 8], 5, 6, ""),
        (SS1, "B08", "Jumlah laporan koordinasi bidang energi dan sumber daya mineral", "laporan", 2, [2, 4, 4, 4, 4, 4], 2, 4, ""),
        (SS1, "B09", "Rasio desa berlistrik (%)", "%", P(96.1), [P(96.5), P(97.5), P(98.5), P(99), P(100), P(100)], P(96.8), P(97.9), ""),
        (SS1, "B10", "Jumlah proposal bantuan saprodi pertanian yang diverifikasi", "proposal", 38, [40, 45, 50, 50, 55, 55], 46, 52, ""),
        (SS1, "B11", "Persentase fasilitasi penyelesaian konflik SDA", "%", 70, [75, 80, 80, 85, 85, 90], 80, N(77.78, "0.00"), "7 dari 9 konflik"),
        (SS1, "B12", "Jumlah rakor Dewan Ketahanan Pangan Daerah", "kali", 4, [4, 4, 6, 6, 6, 6], 3, 4, ""),
        # planted: the 2022 target typed as 120 (12 meant)
        (SS1, "B13", "Jumlah laporan pemantauan harga & stok bahan pokok", "laporan", 12, [12, 120, 12, 24, 24, 24], 12, 12, ""),
        (SS1, "B14", "Persentase perusahaan bidang SDA yang melaporkan pelaksanaan TJSL/CSR", "%", 52, [60, T("≥ 65", 65), 70, 75, 80, 80], 55, N(68.42, "0.00"), "13 dari 19 perusahaan"),
        (SS1, "B15", "Luas LP2B yang ditetapkan (Ha)", "Ha", 12350, [12500, 12500, 13000, 13000, 13500, 13500], 12430, T("12.512,75", 12512.75), ""),
        ("MOVED", "B20", "Jumlah laporan pembinaan Kampung Iklim", "laporan", 2, [2, 2, DASH, DASH, DASH, DASH], 2, 1, "tidak dilanjutkan 2023 (kewenangan DLH)"),
        (SS2, "B16", "Nilai AKIP Bagian SDA", "nilai", N(68.5, "0.00"), [70, 72, 75, 77, 80, 80], N(71.25, "0.00"), N(73.10, "0.00"), ""),
        (SS2, "B17", "Persentase capaian kinerja program dan kegiatan", "%", 95, [100] * 6, N(96.5, "0.00"), N(97.25, "0.00"), ""),
        (SS2, "B18", "Jumlah dokumen perencanaan dan pelaporan", "dokumen", 6, [6, 6, 7, 7, 7, 7], 6, 6, ""),
    ]
    r = 9
    cur, start = None, None
    no = 0
    for ss, id_, name, unit, e0, tg, r21, r22, ket in rows:
        if ss != cur:
            if cur not in (None, "MOVED"):
                merge(ws, f"B{start}:B{r-1}", cur)
            cur, start = ss, r
        no += 1
        ws[f"A{r}"] = no
        namecol = "B" if ss == "MOVED" else "C"
        put(ws, f"{namecol}{r}", T(name, None), wrap=True)
        ws[f"D{r}"] = unit
        put(ws, f"E{r}", n(e0))
        specs = [put(ws, f"{c}{r}", n(v)) for c, v in zip("FGHIJK", tg)]
        put(ws, f"L{r}", n(tg[-1]))
        put(ws, f"M{r}", n(r21))
        rs = put(ws, f"N{r}", n(r22))
        ws[f"O{r}"] = f"=IFERROR(N{r}/G{r}*100,\"-\")"
        ws[f"O{r}"].number_format = "0.00"
        ws[f"P{r}"] = ket
        box(ws, f"A{r}:P{r}")
        A.add(fn, sh, f"{namecol}{r}", 2022, name, id_, ([(f"G{r}", specs[1])], "single"), ([(f"N{r}", rs)], "single"))
        r += 1
    merge(ws, f"B{start}:B{r-1}", cur)
    ws[f"B{r+1}"] = "Catatan: target 2021-2026 mengacu pada Renstra Sekretariat Daerah 2021-2026; realisasi 2021 dari LKjIP 2021."
    ws[f"B{r+2}"] = "Capaian 2022 = realisasi 2022 / target 2022 x 100."
    sig(ws, r + 4, "M", ["Pasir Lembah, 16 Januari 2023", "KEPALA BAGIAN SUMBER DAYA ALAM", "", "", "",
                          KABAG_1[0], KABAG_1[1], "NIP. " + KABAG_1[2]])

    # ------------------------------------------------------------------ 2023 monthly recap
    ws = wb.create_sheet("Rekap Bulanan 2023")
    sh = ws.title
    widths(ws, {"A": 5, "B": 46, "C": 9, "D": 10, "Q": 28})
    for c in "EFGHIJKLMNOP":
        ws.column_dimensions[c].width = 8
    merge(ws, "A1:Q1", "REKAPITULASI CAPAIAN KINERJA BULANAN", center=True, font=TITLE)
    merge(ws, "A2:Q2", "BAGIAN SUMBER DAYA ALAM SETDA KAB. SAPTA LEMBAH", center=True, font=TITLE)
    merge(ws, "A3:Q3", "TAHUN ANGGARAN 2023", center=True, font=TITLE)
    for rng, v in [("A5:A6", "No"), ("B5:B6", "Indikator Kinerja"), ("C5:C6", "Satuan"), ("D5:D6", "Target 2023"),
                   ("E5:P5", "Realisasi Bulan"), ("Q5:Q6", "Keterangan")]:
        merge(ws, rng, v, bold=True, center=True)
    MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
    MC = "EFGHIJKLMNOP"
    for c, m in zip(MC, MON):
        put(ws, f"{c}6", m, bold=True, center=True)
    for r in (5, 6):
        for c in "ABCDEFGHIJKLMNOPQ":
            ws[f"{c}{r}"].fill = GREY
            ws[f"{c}{r}"].border = BOX

    def months(d, default=None):
        out = []
        for m in MON:
            v = d.get(m, default)
            if v is None:
                out.append(E)
            elif hasattr(v, "kind"):
                out.append(v)
            else:
                out.append(N(v))
        return out

    one = {m: 1 for m in MON}
    q4 = {"Mar": 1, "Jun": 1, "Sep": 1, "Des": 1}
    rows = [
        ("SASARAN 1 : Meningkatnya kualitas perumusan dan koordinasi kebijakan bidang sumber daya alam",),
        ("B01", "Persentase Rekomendasi Kebijakan SDA yg Ditindaklanjuti Pimpinan", "%", N(85),
         months({"Mar": 80, "Jun": N(83.33, "0.00"), "Sep": 85, "Des": N(86.67, "0.00")}), "last", "dilaporkan per triwulan"),
        ("B02", "Jumlah Rekomendasi Kebijakan SDA yg Disusun", "dokumen", N(15),
         months(dict(zip(MON, [1, 1, 2, 1, 1, 2, 1, 1, 1, 2, 1, 1]))), "sum", ""),
        ("B05", "Jumlah Ranperda/Ranperbup bidang SDA yang difasilitasi", "dokumen", N(4),
         months({"Mar": 1, "Jun": 1, "Sep": 1, "Nov": 1}, DASH), "sum", ""),
        ("B03", "Jml laporan koordinasi bid. pertanian dan ketahanan pangan", "laporan", N(12), months(one), "sum", ""),
        ("B04", "Jml laporan koordinasi bid. kelautan dan perikanan", "laporan", N(4),
         months({"Mar": 1, "Jun": 1, "Sep": 1}, DASH), "sum", "rakor TW IV batal"),
        ("B06", "Jml laporan koordinasi bid. kehutanan dan LH", "laporan", N(6),
         months({"Feb": 1, "Apr": 1, "Jun": 1, "Agt": 1, "Okt": 1, "Des": 1}, DASH), "sum", ""),
        ("B19", "Jumlah laporan koordinasi pengendalian kebakaran hutan dan lahan (karhutla)", "laporan", N(6),
         months({"Jul": 1, "Agt": 2, "Sep": 2, "Okt": 1}), "sum", "musim kemarau"),
        ("B07", "Jumlah Laporan Monitoring Pertambangan Galian C / MBLB", "laporan", N(8),
         months({"Jan": 1, "Mar": 1, "Apr": 1, "Jun": 1, "Jul": 1, "Sep": 1, "Okt": 1, "Des": 1}, DASH), "sum", ""),
        ("B08", "Jml laporan koordinasi bid. ESDM", "laporan", N(4), months(q4, DASH), "sum", ""),
        ("B09", "Rasio Elektrifikasi Desa", "%", P(98.5, "0.0%"), months({"Jun": P(98.0, "0.0%"), "Des": P(98.2, "0.0%")}), "last", "data PLN per semester"),
        ("B10", "Jumlah Proposal Bantuan Sarana Pertanian yg Diverifikasi", "proposal", N(50),
         months({"Feb": 5, "Mar": T("8 proposal", 8), "Apr": 6, "Mei": 4, "Jun": 7, "Jul": 3, "Agt": 5, "Sep": 4, "Okt": 3, "Nov": 2}), "sum", ""),
        ("B11", "Persentase Konflik SDA yang Difasilitasi Penyelesaiannya", "%", N(80),
         months({"Jun": 75, "Des": N(85.71, "0.00")}), "last", "6 dari 7 konflik"),
        ("B12", "Jumlah Rapat Koordinasi Dewan Ketahanan Pangan", "kali", N(6),
         months({"Feb": 1, "Apr": 1, "Jun": 1, "Agt": 1, "Okt": 1, "Des": 1}, DASH), "sum", ""),
        ("B13", "Jumlah Laporan Monitoring Harga dan Stok Pangan Pokok", "laporan", N(12), months(one), "sum", ""),
        ("B14", "Persentase Perusahaan Sektor SDA yang Menyampaikan Laporan TJSL", "%", N(70),
         months({"Des": N(71.05, "0.00")}), "last", "27 dari 38 perusahaan"),
        # planted: the cumulative area falls in December (13.050 -> 12.980)
        ("B15", "Luas Lahan Pertanian Pangan Berkelanjutan yang Ditetapkan", "Ha", N(13000),
         months({"Mar": 12900, "Jun": 12950, "Sep": 13010, "Nov": 13050, "Des": 12980}), "last", "kumulatif"),
        ("SASARAN 2 : Meningkatnya akuntabilitas kinerja Bagian",),
        ("B16", "Nilai Evaluasi Akuntabilitas Kinerja Bagian", "nilai", N(75), months({"Des": N(74.40, "0.00")}), "last", "hasil evaluasi Inspektorat"),
        ("B17", "Persentase Capaian Kinerja Kegiatan", "%", N(100),
         months({"Mar": 22, "Jun": N(48.5, "0.0"), "Sep": 73, "Des": N(98.1, "0.0")}), "last", ""),
        ("B18", "Jumlah Dokumen Perencanaan & Laporan Kinerja", "dokumen", N(7),
         months({"Jan": 1, "Mar": 1, "Apr": 1, "Jun": 1, "Jul": 1, "Sep": 1, "Des": 1}, DASH), "sum", ""),
    ]
    r = 7
    no = 0
    for it in rows:
        if len(it) == 1:
            merge(ws, f"A{r}:Q{r}", it[0], bold=True)
            r += 1
            continue
        id_, name, unit, tg, ms, rule, ket = it
        no += 1
        ws[f"A{r}"] = no
        put(ws, f"B{r}", T(name, None), wrap=True)
        ws[f"C{r}"] = unit
        put(ws, f"D{r}", tg)
        for c, s in zip(MC, ms):
            put(ws, f"{c}{r}", s)
        ws[f"Q{r}"] = ket
        box(ws, f"A{r}:Q{r}")
        A.add(fn, sh, f"B{r}", 2023, name, id_, ([(f"D{r}", tg)], "single"),
              ([(f"{c}{r}", s) for c, s in zip(MC, ms)], rule))
        r += 1
    ws[f"B{r+1}"] = "Keterangan: sel kosong = belum/tidak dilaporkan pada bulan tersebut; \"-\" = tidak ada kegiatan."
    sig(ws, r + 3, "M", ["Pasir Lembah, 5 Januari 2024", "KEPALA BAGIAN SUMBER DAYA ALAM", "", "", "",
                          KABAG_2[0], KABAG_2[1], "NIP. " + KABAG_2[2]])

    wn = wb.create_sheet("Catatan")
    wn["A1"] = "Catatan pengisian"
    wn["A2"] = "1. Sheet Capaian Renstra 2022 memuat target seluruh periode Renstra; yang dievaluasi tahun 2022."
    wn["A3"] = "2. Rekap bulanan 2023 diisi oleh masing-masing Kasubbag paling lambat tanggal 5 bulan berikutnya."
    wn["A4"] = "3. Indikator ProKlim tidak dilanjutkan mulai 2023."

    wh = wb.create_sheet("Rekap Bulanan 2023 (lama)")
    wh["A1"] = "versi awal - tidak dipakai"
    wh["B3"] = "Jumlah Rekomendasi Kebijakan SDA yg Disusun"; wh["C3"] = 15; wh["D3"] = 14
    wh["B4"] = "Luas Lahan Pertanian Pangan Berkelanjutan yang Ditetapkan"; wh["C4"] = 13000; wh["D4"] = 13050
    wh.sheet_state = "hidden"


# =====================================================================================
# 2024: semester report, one sheet per sasaran (the sasaran stated above each table, not in a
# column), Semester I / Semester II realisasi and no annual column; a few semester-I figures pulled by
# formula from a hidden sheet; a signature sheet. -> .xlsx
# =====================================================================================
def y2024():
    wb, fn = A.book("LAPKIN_SEMESTERAN_BAGIAN_SDA_2024", "xlsx")
    wd = None  # hidden data sheet created at the end, referenced by name
    SHEETS = [
        ("SS 1 Kebijakan", "Sasaran Strategis 1", "Meningkatnya kualitas perumusan kebijakan bidang sumber daya alam", [
            ("B01", "Persentase rekomendasi kebijakan SDA yang ditindaklanjuti oleh pimpinan daerah (%)", "%", N(85), N(82.35, "0.00"), N(88.24, "0.00"), "last", ""),
            ("B02", "Jumlah rekomendasi kebijakan SDA (dokumen)", "dokumen", N(17), N(8), N(9), "sum", ""),
            ("B05", "Jumlah fasilitasi rancangan produk hukum daerah bidang sumber daya alam", "dokumen", N(5), T("2 ranperbup", 2), T("4 ranperbup", 4), "sum", "melampaui target"),
            ("B21", "Persentase rekomendasi perizinan berusaha sektor SDA yang diselesaikan tepat waktu", "%", P(90, "0%"), P(88.9, "0.0%"), P(92.5, "0.0%"), "last", "indikator baru 2024"),
        ]),
        ("SS 2 Koordinasi", "Sasaran Strategis 2", "Meningkatnya efektivitas koordinasi pelaksanaan kebijakan bidang sumber daya alam", [
            ("B03b", "Jumlah laporan koordinasi bidang pertanian, ketahanan pangan dan perikanan", "laporan", N(16), N(8), N(8), "sum", "gabungan sejak 2024"),
            ("B06", "Jumlah laporan koordinasi bidang lingkungan hidup dan kehutanan", "laporan", N(6), N(3), N(3), "sum", ""),
            ("B19", "Jumlah laporan koordinasi pengendalian karhutla", "laporan", N(6), N(5), N(3), "sum", ""),
            ("B07", "Jumlah laporan pemantauan pertambangan MBLB", "laporan", N(8), "REF:4", N(3), "sum", ""),
            ("B08", "Jumlah laporan koordinasi energi & sumber daya mineral", "laporan", N(4), N(2), N(2), "sum", ""),
            ("B09", "Persentase desa yang teraliri listrik (rasio elektrifikasi desa)", "%", N(99), N(99.1, "0.0"), N(99.4, "0.0"), "last", ""),
            ("B10", "Jumlah proposal bantuan sarana dan prasarana pertanian yang diverifikasi", "proposal", N(50), "REF:31", N(27), "sum", ""),
            ("B11", "Persentase konflik sumber daya alam yg difasilitasi penyelesaiannya", "%", N(85), N(88.89, "0.00"), N(90), "last", ""),
            ("B12", "Jumlah rapat koordinasi ketahanan pangan daerah", "kali", N(6), N(3), N(2), "sum", ""),
            ("B13", "Jumlah laporan monitoring harga dan ketersediaan bahan pangan pokok", "laporan", N(24), N(12), N(12), "sum", "dua mingguan"),
            ("B14", "Persentase perusahaan sektor SDA yang menyampaikan laporan Tanggung Jawab Sosial dan Lingkungan (TJSL)", "%", N(75), E, N(73.68, "0.00"), "last", "dilaporkan tahunan"),
            ("B15", "Luas LP2B yang telah ditetapkan", "Ha", N(13000), N(13100), T("13.210,5 Ha", 13210.5), "last", ""),
        ]),
        ("SS 3 Akuntabilitas", "Sasaran Strategis 3", "Meningkatnya akuntabilitas kinerja Bagian Sumber Daya Alam", [
            ("B16", "Nilai evaluasi internal AKIP Bagian SDA", "nilai", N(77), DASH, N(78.05, "0.00"), "last", "evaluasi dilakukan semester II"),
            ("B17", "Persentase capaian kinerja sub kegiatan Bagian SDA", "%", N(100), N(47.5, "0.0"), N(99.05, "0.00"), "last", ""),
            ("B18", "Jumlah dokumen perencanaan dan pelaporan kinerja yang tersusun", "dokumen", N(7), N(4), N(3), "sum", ""),
        ]),
    ]
    refs = []
    for title, sslabel, ssname, items in SHEETS:
        ws = wb.create_sheet(title)
        sh = ws.title
        widths(ws, {"A": 5, "B": 52, "C": 10, "D": 12, "E": 13, "F": 13, "G": 26})
        merge(ws, "A1:G1", "LAPORAN CAPAIAN KINERJA SEMESTERAN TAHUN 2024", center=True, font=TITLE)
        merge(ws, "A2:G2", "BAGIAN SUMBER DAYA ALAM SEKRETARIAT DAERAH KABUPATEN SAPTA LEMBAH", center=True, font=TITLE)
        ws["A4"] = sslabel + " :"
        ws["A4"].font = BOLD
        merge(ws, "C4:G4", ssname, bold=True)
        for rng, v in [("A6:A7", "No"), ("B6:B7", "Indikator Kinerja"), ("C6:C7", "Satuan"), ("D6:D7", "Target 2024"),
                       ("E6:F6", "Realisasi"), ("G6:G7", "Keterangan")]:
            merge(ws, rng, v, bold=True, center=True)
        put(ws, "E7", "Semester I", bold=True, center=True)
        put(ws, "F7", "Semester II", bold=True, center=True)
        for i, c in enumerate("ABCDEFG"):
            ws[f"{c}8"] = f"({i+1})"
            ws[f"{c}8"].alignment = CENTER
        for r in (6, 7, 8):
            for c in "ABCDEFG":
                ws[f"{c}{r}"].fill = GREY
                ws[f"{c}{r}"].border = BOX
        r = 9
        for k, (id_, name, unit, tg, s1, s2, rule, ket) in enumerate(items):
            ws[f"A{r}"] = k + 1
            put(ws, f"B{r}", T(name, None), wrap=True)
            ws[f"C{r}"] = unit
            put(ws, f"D{r}", tg)
            if isinstance(s1, str) and s1.startswith("REF:"):
                v = int(s1[4:])
                refs.append((id_, name, v))
                s1 = F(f"='data smt I'!C{len(refs)+2}", v)
            put(ws, f"E{r}", s1)
            put(ws, f"F{r}", s2)
            ws[f"G{r}"] = ket
            box(ws, f"A{r}:G{r}")
            A.add(fn, sh, f"B{r}", 2024, name, id_, ([(f"D{r}", tg)], "single"), ([(f"E{r}", s1), (f"F{r}", s2)], rule))
            r += 1
        ws[f"B{r+1}"] = "Catatan: realisasi Semester II merupakan posisi s.d. 31 Desember 2024 untuk indikator persentase/nilai."
    ws = wb.create_sheet("Pengesahan")
    sig(ws, 2, "B", ["Pasir Lembah, 8 Januari 2025", "KEPALA BAGIAN SUMBER DAYA ALAM", "SEKRETARIAT DAERAH KABUPATEN SAPTA LEMBAH",
                     "", "", "", KABAG_2[0], KABAG_2[1], "NIP. " + KABAG_2[2]])
    wd = wb.create_sheet("data smt I")
    wd["A1"] = "rekap semester I dari Kasubbag (bantu)"
    wd["A2"] = "Indikator"; wd["C2"] = "Smt I"
    for i, (id_, name, v) in enumerate(refs):
        wd[f"A{i+3}"] = name
        wd[f"C{i+3}"] = v
    wd.sheet_state = "hidden"


y2021()
y2022_2023()
y2024()
A.save()
