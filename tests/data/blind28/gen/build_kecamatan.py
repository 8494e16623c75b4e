"""Agency C: Kecamatan Sungai Pandan, Kabupaten Muara Rinjang, 2017-2020."""
from openpyxl import Workbook
from common import *

S1 = "Meningkatnya kualitas pelayanan publik di tingkat kecamatan"
S2 = "Meningkatnya kapasitas penyelenggaraan pemerintahan desa dan kelurahan"
S3 = "Terwujudnya ketentraman, ketertiban dan partisipasi masyarakat"
CAMAT = ("Camat Sungai Pandan,", "MUHAMMAD RIDWAN, S.STP, M.AP", "Penata Tk. I", "19830917 200212 1 003")


def y2017(out, keys):
    """Banjar-style PK: Target | satuan | Realisasi | satuan | %; blank sasaran = same as above."""
    wb = Workbook(); ws = wb.active; ws.title = "PK"
    fn = "kec_sungaipandan_pk_2017.xls"
    title(ws, ["PENGUKURAN KINERJA", "KECAMATAN SUNGAI PANDAN", KAB, "TAHUN 2017"], 7)
    ws["A6"] = "Kabupaten : Muara Rinjang"; ws["A7"] = "Nama SKPD : Kecamatan Sungai Pandan"
    hdr(ws, 9, 1, "Sasaran Strategis"); hdr(ws, 9, 2, "Indikator Kinerja")
    hdr(ws, 9, 3, "Target", c2=4); hdr(ws, 9, 5, "Realisasi", c2=6); hdr(ws, 9, 7, "%")
    hdr(ws, 10, 1, "(1)"); hdr(ws, 10, 2, "(2)"); hdr(ws, 10, 3, "(3)", c2=4); hdr(ws, 10, 5, "(4)", c2=6); hdr(ws, 10, 7, "(5)")
    rows = [
        (S1, "c01", "Persentase pelayanan PATEN yang tepat waktu", 85, 88.2, "%", "n"),
        (S1, "c02", "Indeks Kepuasan Masyarakat", 76, 77.85, "nilai", "n"),
        (S1, "c12", "Jumlah dokumen kependudukan yang difasilitasi", 1250, 1318, "dokumen", "t"),
        (S2, "c03", "Jumlah desa yang dibina", 14, 14, "desa", "n"),
        (S2, "c04", "Jumlah kelurahan yang dibina", 3, 3, "kelurahan", "n"),
        (S2, "c09", "Persentase desa yang menyampaikan laporan APBDes tepat waktu", 80, 71.43, "%", "n"),
        (S2, "c06", "Persentase usulan Musrenbang kecamatan yang diakomodir dalam RKPD", 30, 27.5, "%", "n"),
        (S2, "c08", "Persentase realisasi penerimaan PBB-P2", 85, 79.4, "%", "n"),
        (S3, "c05", "Persentase penyelesaian sengketa/konflik", 80, 83.33, "%", "n"),
        (S3, "c10", "Jumlah kegiatan patroli ketentraman dan ketertiban umum", 24, 26, "kali", "n"),
        (S3, "c13", "Persentase posyandu aktif", 75, 72.6, "%", "n"),
        (S3, "c14", "Jumlah lembaga kemasyarakatan desa yang dibina", 34, 34, "lembaga", "n"),
    ]
    r = 11; prev = None
    for sas, id_, name, t, rl, unit, st in rows:
        if sas != prev:
            ws.cell(row=r, column=1, value=sas).alignment = WRAP; prev = sas
        ws.cell(row=r, column=2, value=name).alignment = WRAP
        if st == "t":
            ws.cell(row=r, column=3, value=idn(t)); ws.cell(row=r, column=5, value=idn(rl))
            ws.cell(row=r, column=7, value=round(rl / t * 100, 2))
            kt, kr = float(t), float(rl)
        else:
            kt = put(ws, r, 3, t); kr = put(ws, r, 5, rl)
            ws.cell(row=r, column=7, value=f"=ROUND(E{r}/C{r}*100,2)").number_format = "0.00"
        ws.cell(row=r, column=4, value=unit); ws.cell(row=r, column=6, value=unit)
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2017, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 3), _r=ref(r, 5)))
        r += 1
    box(ws, 9, 1, r - 1, 7)
    r += 1
    ws.cell(row=r, column=1, value="Jumlah Anggaran Kegiatan Tahun 2017 : Rp. 1.284.500.000"); r += 1
    ws.cell(row=r, column=1, value="Jumlah Realisasi Anggaran Kegiatan Tahun 2017 : Rp. 1.196.322.150"); r += 2
    sign(ws, r, 5, "Sungai Pandan, 29 Desember 2017", *CAMAT)
    widths(ws, [34, 46, 10, 10, 10, 10, 9])
    wb.save(out + "/" + fn.replace(".xls", ".xlsx"))
    return fn


def y2018(out, keys):
    """E.81, older 17-column scheme with capaian Renja (13 = 12/7 x 100). Some % stored as fractions with % format.
    Column 12 = 8+9+10+11 for additive counts, = TW IV for rates AND for 'Jumlah desa/kelurahan yang dibina'
    (a stock, not a flow)."""
    wb = Workbook(); ws = wb.active; ws.title = "Evaluasi Renja"
    fn = "kec_sungaipandan_e81_2018.xlsx"
    title(ws, ["Formulir E.81", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN MUARA RINJANG",
               "RENJA KECAMATAN SUNGAI PANDAN", "PERIODE PELAKSANAAN : TAHUN 2018"], 31)
    hdr(ws, 6, 1, "No", 7); hdr(ws, 6, 2, "Sasaran", 7); hdr(ws, 6, 3, "Program / Kegiatan", 7); hdr(ws, 6, 4, "Indikator Kinerja Program (outcome) / Kegiatan (output)", 7)
    hdr(ws, 6, 5, "Target Renstra PD Tahun 2021", 7, 6)
    hdr(ws, 6, 7, "Realisasi Capaian Kinerja Renstra PD s/d Renja Tahun 2017", 7, 8)
    hdr(ws, 6, 9, "Target Kinerja dan Anggaran Renja Tahun 2018", 7, 10)
    hdr(ws, 6, 11, "Realisasi Kinerja Pada Triwulan", c2=18)
    for q, nm in enumerate(["I", "II", "III", "IV"]):
        hdr(ws, 7, 11 + 2 * q, nm, c2=12 + 2 * q)
    hdr(ws, 6, 19, "Realisasi Capaian Kinerja dan Anggaran Renja yang dievaluasi", 7, 20)
    hdr(ws, 6, 21, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)", 7, 22)
    hdr(ws, 6, 23, "Realisasi Kinerja dan Anggaran Renstra s/d Tahun 2018", 7, 24)
    hdr(ws, 6, 25, "Tingkat Capaian Kinerja Renstra s/d 2018 (%)", 7, 26)
    hdr(ws, 6, 27, "Unit PD Penanggung Jawab", 7); hdr(ws, 6, 28, "Keterangan", 7)
    nums = [("1", 1), ("2", 1), ("3", 1), ("4", 1), ("5", 2), ("6", 2), ("7", 2), ("8", 2), ("9", 2), ("10", 2), ("11", 2),
            ("12 = 8+9+10+11", 2), ("13 = 12/7 x 100", 2), ("14 = 6 + 12", 2), ("15 = 14/5 x 100", 2), ("16", 1), ("17", 1)]
    c = 1
    for n, s in nums:
        hdr(ws, 8, c, n, c2=c + s - 1); c += s
    for c in range(5, 27, 2):
        hdr(ws, 9, c, "K"); hdr(ws, 9, c + 1, "Rp")
    P, K = "P", "K"
    D = "-"
    # (lvl, label, id, name, style, renstra, sd2017, target, q[4], mode, rp)
    rows = [
        (P, "Program Peningkatan Pelayanan Publik Kecamatan", "c01", "Persentase layanan PATEN yang diselesaikan tepat waktu", "p", 95, 88.2, 90, [86.4, 89.0, 90.5, 91.7], "last", 185000000),
        (P, None, "c02", "Nilai IKM Kecamatan", "n", 82, 77.85, 78, [D, 78.6, D, 79.3], "last", None),
        (K, "Pelayanan Administrasi Terpadu Kecamatan (PATEN)", "c12", "Jumlah dokumen administrasi kependudukan yang difasilitasi", "n", 6500, 1318, 1300, [320, 356, 298, 371], "sum", 96500000),
        (P, "Program Penyelenggaraan Pemerintahan Desa dan Kelurahan", "c03", "Jumlah desa yang dibina", "n", 14, 14, 14, [14, 14, 14, 14], "last", 212000000),
        (P, None, "c04", "Jumlah kelurahan yang dibina", "n", 3, 3, 3, [3, 3, 3, 3], "last", None),
        (K, "Pembinaan Administrasi Pemerintahan Desa", "c09", "Persentase desa yang tertib menyampaikan laporan APBDes", "p", 100, 71.43, 85, [D, 50, 64.29, 78.57], "last", 88400000),
        (K, None, "c15", "Jumlah desa berstatus Desa Maju/Mandiri (IDM)", "n", 8, 3, 4, [D, D, D, 5], "last", None),
        (P, "Program Perencanaan Pembangunan Kecamatan", "c06", "Persentase usulan Musrenbang yang diakomodir dalam RKPD", "p", 40, 27.5, 32, [D, 29.1, D, 29.1], "last", 64000000),
        (K, "Penyelenggaraan Musrenbang Kecamatan", "c07", "Jumlah desa yang melaksanakan Musrenbangdes tepat waktu", "n", 14, 12, 14, [13, D, D, D], "sum", 38500000),
        (P, "Program Peningkatan Pendapatan Daerah", "c08", "Persentase capaian penerimaan PBB-P2", "p", 95, 79.4, 85, [10, 35, 60, 81.2], "last", 45000000),
        (P, "Program Ketentraman dan Ketertiban Umum", "c05", "Persentase konflik sosial yang diselesaikan", "p", 95, 83.33, 85, [100, 75, 80, 87.5], "last", 126000000),
        (K, "Patroli dan Pengamanan Wilayah", "c10", "Jumlah patroli trantibum", "n", 120, 26, 24, [6, 7, 6, 6], "sum", 71000000),
        (K, None, "c11", "Persentase pelanggaran Perda yang ditangani", "p", 90, "-", 70, ["N/A", "N/A", "N/A", "N/A"], "na", None),
        (P, "Program Pemberdayaan Masyarakat", "c13", "Persentase Posyandu aktif", "n", 85, 72.6, 78, [D, 74.0, D, 76.2], "last", 92000000),
        (K, "Pembinaan Lembaga Kemasyarakatan Desa", "c14", "Jumlah LKD yang dibina", "n", 34, 34, 34, [34, 34, 34, 34], "last", 35000000),
    ]
    r = 10
    ws.cell(row=r, column=2, value=S1).alignment = WRAP
    no = 0
    for lvl, label, id_, name, st, ren, sd, tgt, q, mode, rp in rows:
        if label:
            no += 1
            ws.cell(row=r, column=1, value=no if lvl == P else f"{no}")
            ws.cell(row=r, column=3, value=label).alignment = WRAP
        if id_ == "c03":
            ws.cell(row=r, column=2, value=S2).alignment = WRAP
        if id_ == "c05":
            ws.cell(row=r, column=2, value=S3).alignment = WRAP
        ws.cell(row=r, column=4, value=name).alignment = WRAP
        put(ws, r, 5, ren, st); put(ws, r, 7, sd, st)
        kt = put(ws, r, 9, tgt, st)
        if rp:
            ws.cell(row=r, column=10, value=rp).number_format = "#,##0"
            spent = [round(rp * f, -3) for f in (0.12, 0.24, 0.27, 0.31)]
            for i in range(4):
                ws.cell(row=r, column=12 + 2 * i, value=spent[i]).number_format = "#,##0"
            ws.cell(row=r, column=20, value=f"=L{r}+N{r}+P{r}+R{r}").number_format = "#,##0"
            ws.cell(row=r, column=22, value=f"=ROUND(T{r}/J{r}*100,2)")
        for i in range(4):
            put(ws, r, 11 + 2 * i, q[i], st)
        fmt = "0.00%" if st == "p" else "#,##0.00"
        if mode == "sum":
            ws.cell(row=r, column=19, value=f"=SUM(K{r},M{r},O{r},Q{r})")
            ws.cell(row=r, column=23, value=f"=G{r}+S{r}")
            kr = float(sum(x for x in q if not isinstance(x, str)))
        elif mode == "last":
            ws.cell(row=r, column=19, value=f"=Q{r}")
            ws.cell(row=r, column=23, value=f"=S{r}")
            kr = float(q[3])
        else:
            ws.cell(row=r, column=19, value="N/A"); kr = None
        ws.cell(row=r, column=19).number_format = fmt
        ws.cell(row=r, column=23).number_format = fmt
        if mode != "na":
            ws.cell(row=r, column=21, value=f"=ROUND(S{r}/I{r}*100,2)")
            ws.cell(row=r, column=25, value=f"=ROUND(W{r}/E{r}*100,2)")
        ws.cell(row=r, column=27, value="Kecamatan Sungai Pandan")
        if mode == "na":
            ws.cell(row=r, column=28, value="Belum ada data dari Satpol PP")
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2018, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 9), _r=ref(r, 19)))
        r += 1
    box(ws, 6, 1, r - 1, 28)
    r += 1
    ws.cell(row=r, column=3, value="Rata-rata capaian kinerja (%)")
    ws.cell(row=r, column=21, value=f"=ROUND(AVERAGE(U10:U{r-2}),1)"); r += 1
    ws.cell(row=r, column=3, value="Predikat kinerja"); ws.cell(row=r, column=21, value="Sangat Tinggi"); r += 2
    ws.cell(row=r, column=3, value="Disusun"); ws.cell(row=r, column=19, value="Dievaluasi")
    sign(ws, r + 1, 3, "Sungai Pandan, 8 Januari 2019", *CAMAT)
    sign(ws, r + 1, 19, "Muara Rinjang, 21 Januari 2019", "Kepala Bappeda,", "Ir. SYAMSUL BAHRI, MT", "Pembina Utama Muda", "19700822 199703 1 004")
    widths(ws, [5, 24, 30, 40] + [10] * 22 + [16, 18])
    wb.save(out + "/" + fn)
    return fn


def y2019(out, keys):
    """Rencana Aksi with T / R / % per quarter AND an annual 'Realisasi Tahunan' column."""
    wb = Workbook(); ws = wb.active; ws.title = "Rencana Aksi"
    fn = "kec_sungaipandan_renaksi_2019.ods"
    title(ws, ["PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", "KECAMATAN SUNGAI PANDAN " + KAB,
               "TAHUN ANGGARAN 2019"], 20)
    hdr(ws, 5, 1, "No", 6); hdr(ws, 5, 2, "Sasaran Strategis", 6); hdr(ws, 5, 3, "Indikator Kinerja", 6)
    hdr(ws, 5, 4, "Satuan", 6); hdr(ws, 5, 5, "Target Tahunan", 6)
    for q, nm in enumerate(["TW 1 (B03)", "TW 2 (B06)", "TW 3 (B09)", "TW 4 (B12)"]):
        c = 6 + 3 * q
        hdr(ws, 5, c, nm, c2=c + 2); hdr(ws, 6, c, "T"); hdr(ws, 6, c + 1, "R"); hdr(ws, 6, c + 2, "%")
    hdr(ws, 5, 18, "Realisasi Tahunan", 6); hdr(ws, 5, 19, "Capaian Tahunan (%)", 6); hdr(ws, 5, 20, "Penanggung Jawab", 6)
    D = "-"
    rows = [
        (S1, "c01", "Persentase pelayanan administrasi terpadu kecamatan (PATEN) yang tepat waktu", "%", 92, [92] * 4, [90.1, 92.8, 93.0, 93.4], 93.4, "Kasi Pelayanan"),
        (S1, "c02", "Indeks Kepuasan Masyarakat (IKM)", "nilai", 80, [D, 80, D, 80], [D, 79.6, D, 81.2], 81.2, "Kasi Pelayanan"),
        (S1, "c12", "Jumlah dokumen administrasi kependudukan yang difasilitasi", "dokumen", 1350, [300, 350, 350, 350], [318, 362, 341, 381], "1.402", "Kasi Pelayanan"),
        (S2, "c03", "Jumlah desa yang dibina", "desa", 14, [14] * 4, [14] * 4, 14, "Kasi Pemerintahan"),
        (S2, "c04", "Jumlah kelurahan yang dibina", "kelurahan", 3, [3] * 4, [3] * 4, 3, "Kasi Pemerintahan"),
        (S2, "c09", "Persentase desa yang menyampaikan laporan pertanggungjawaban APBDes tepat waktu", "%", 90, [D, 50, 75, 90], [D, 57.14, 71.43, 85.71], 85.71, "Kasi Pemerintahan"),
        (S2, "c15", "Jumlah desa Maju/Mandiri berdasarkan IDM", "desa", 5, [D, D, D, 5], [D, D, D, 6], 6, "Kasi PMD"),
        (S2, "c06", "Persentase usulan Musrenbang Kecamatan yang terakomodir di RKPD", "%", 33, [D, 33, D, D], [D, 35.2, D, D], 35.2, "Sekcam"),
        (S2, "c07", "Jumlah desa yang melaksanakan Musrenbang Desa tepat waktu", "desa", 14, [14, D, D, D], [14, D, D, D], 14, "Kasi PMD"),
        (S2, "c08", "Persentase realisasi PBB-P2", "%", 87, [10, 35, 65, 87], [12.3, 37.9, 61.2, 84.6], 84.6, "Kasi Pemerintahan"),
        (S3, "c05", "Persentase penyelesaian sengketa/konflik di masyarakat", "%", 85, [85] * 4, [100, 80, 100, 90], 90, "Kasi Trantib"),
        (S3, "c10", "Jumlah patroli trantibum", "kali", 24, [6] * 4, [6, 6, 6, 6], 24, "Kasi Trantib"),
        (S3, "c13", "Persentase Posyandu aktif", "%", 80, [D, 80, D, 80], [D, 78.4, D, 81.3], 81.3, "Kasi Kesos"),
        (S3, "c16", "Nilai SAKIP Kecamatan", "predikat", "B", [D, D, D, "B"], [D, D, D, "BB"], "BB", "Sekcam"),
        (S3, "c17", "Persentase rekomendasi hasil pemeriksaan Inspektorat yang ditindaklanjuti", "%", 100, [D, D, 50, 100], [D, D, 38.46, 92.31], 92.31, "Sekcam"),
    ]
    r = 7; prev = None
    for no, (sas, id_, name, unit, t, qt, qr, ann, pj) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=f"{no}.")
        if sas != prev:
            ws.cell(row=r, column=2, value=sas).alignment = WRAP; prev = sas
        ws.cell(row=r, column=3, value=name).alignment = WRAP
        ws.cell(row=r, column=4, value=unit)
        kt = put(ws, r, 5, t)
        for q in range(4):
            c = 6 + 3 * q
            put(ws, r, c, qt[q]); put(ws, r, c + 1, qr[q])
            if not isinstance(qt[q], str) and not isinstance(qr[q], str):
                ws.cell(row=r, column=c + 2, value=f"=ROUND({ref(r, c+1)}/{ref(r, c)}*100,2)")
            else:
                ws.cell(row=r, column=c + 2, value="100" if qt[q] == qr[q] and qt[q] != D else D if qt[q] == D else "100")
        if isinstance(ann, str) and ann[0].isdigit():
            ws.cell(row=r, column=18, value=ann).alignment = CENTER
            kr = float(ann.replace(".", ""))
            ws.cell(row=r, column=19, value=round(kr / t * 100, 2))
        else:
            kr = put(ws, r, 18, ann)
            if kr is not None:
                ws.cell(row=r, column=19, value=f"=ROUND(R{r}/E{r}*100,2)")
            else:
                ws.cell(row=r, column=19, value=100)
        ws.cell(row=r, column=20, value=pj)
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2019, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 5), _r=ref(r, 18)))
        r += 1
    box(ws, 5, 1, r - 1, 20)
    sign(ws, r + 2, 15, "Sungai Pandan, 31 Desember 2019", *CAMAT)
    widths(ws, [5, 30, 44, 9, 9] + [7] * 12 + [11, 11, 16])
    wb.save(out + "/" + fn.replace(".ods", ".xlsx"))
    return fn


def y2020(out, keys):
    """LKjIP table, unusual order: this year's target/realisasi/% first, then realisasi 2019, 2018, 2017
    (descending), unit last. Second table below: Indikator Kinerja Program."""
    wb = Workbook(); ws = wb.active; ws.title = "Bab III"
    fn = "kec_sungaipandan_lkjip_2020.xlsx"
    title(ws, ["Tabel 3.1", "Capaian Kinerja Kecamatan Sungai Pandan Tahun 2020 dan Perbandingan dengan Tahun Sebelumnya"], 10)
    hdr(ws, 4, 1, "No", 5); hdr(ws, 4, 2, "Indikator Kinerja", 5)
    hdr(ws, 4, 3, "Tahun 2020", c2=5); hdr(ws, 5, 3, "Target"); hdr(ws, 5, 4, "Realisasi"); hdr(ws, 5, 5, "% Capaian")
    hdr(ws, 4, 6, "Realisasi Tahun", c2=8)
    for i, y in enumerate([2019, 2018, 2017]):
        hdr(ws, 5, 6 + i, str(y))
    hdr(ws, 4, 9, "Satuan", 5); hdr(ws, 4, 10, "Analisis / Alasan", 5)
    for i in range(1, 11):
        hdr(ws, 6, i, str(i))
    rows = [
        ("c01", "Persentase layanan PATEN yang selesai tepat waktu", 93, 90.8, [93.4, 91.7, 88.2], "%", "Pembatasan layanan tatap muka (Covid-19)"),
        ("c02", "Indeks Kepuasan Masyarakat", 82, 80.45, [81.2, 79.3, 77.85], "nilai", ""),
        ("c12", "Jumlah dokumen administrasi kependudukan yang difasilitasi", 1400, "1.156", ["1.402", "1.345", "1.318"], "dokumen", "Layanan dialihkan ke daring Disdukcapil"),
        ("c03", "Jumlah desa binaan", 14, 14, [14, 14, 14], "desa", ""),
        ("c04", "Jumlah kelurahan binaan", 3, 3, [3, 3, 3], "kelurahan", ""),
        ("c09", "Persentase desa yang menyampaikan LPJ APBDes tepat waktu", 92, 92.86, [85.71, 78.57, 71.43], "%", ""),
        ("c15", "Jumlah desa berstatus Maju/Mandiri (IDM)", 6, 8, [6, 5, "-"], "desa", ""),
        ("c06", "Persentase usulan Musrenbang yang diakomodir dalam RKPD", 35, 18.4, [35.2, 29.1, 27.5], "%", "Refocusing anggaran Covid-19"),
        ("c08", "Persentase realisasi penerimaan PBB-P2", 88, 76.9, [84.6, 81.2, 79.4], "%", "Daya bayar masyarakat menurun"),
        ("c05", "Persentase penyelesaian konflik/sengketa", 85, 100, [90, 87.5, 83.33], "%", ""),
        ("c13", "Persentase posyandu aktif", 82, "-", [81.3, 76.2, 72.6], "%", "Posyandu tidak beroperasi selama pandemi"),
        ("c16", "Nilai SAKIP Kecamatan", "BB", "BB", ["BB", "-", "-"], "predikat", ""),
        ("c21", "Jumlah desa tangguh Covid-19", 14, 14, ["-", "-", "-"], "desa", "Indikator baru 2020"),
    ]
    r = 7
    for no, (id_, name, t, rl, prev3, unit, al) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=name).alignment = WRAP
        kt = put(ws, r, 3, t)
        if isinstance(rl, str) and rl[0].isdigit():
            ws.cell(row=r, column=4, value=rl).alignment = CENTER
            kr = float(rl.replace(".", ""))
            ws.cell(row=r, column=5, value=round(kr / t * 100, 2))
        else:
            kr = put(ws, r, 4, rl)
            if kr is not None and kt is not None:
                ws.cell(row=r, column=5, value=f"=ROUND(D{r}/C{r}*100,2)")
            elif isinstance(t, str) and t == rl:
                ws.cell(row=r, column=5, value=100)
            else:
                ws.cell(row=r, column=5, value="-")
        for i, v in enumerate(prev3):
            put(ws, r, 6 + i, v)
        ws.cell(row=r, column=9, value=unit)
        ws.cell(row=r, column=10, value=al or None).alignment = WRAP
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2020, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 3), _r=ref(r, 4)))
        r += 1
    box(ws, 4, 1, r - 1, 10)
    r += 2
    ws.cell(row=r, column=1, value="Tabel 3.2 Indikator Kinerja Program Tahun 2020").font = BOLD; r += 1
    h = r
    for i, t in enumerate(["No", "Indikator Kinerja Program", "Target", "Realisasi", "% Capaian", "", "", "", "Satuan", "Keterangan"], 1):
        if t:
            hdr(ws, r, i, t)
    r += 1
    prog = [
        ("c18", "Cakupan pelayanan administrasi perkantoran", 100, 100, "%"),
        ("c19", "Persentase ASN Kecamatan yang mengikuti pengembangan kompetensi", 50, 46.15, "%"),
        ("c20", "Persentase dokumen perencanaan dan pelaporan kinerja yang tepat waktu", 100, 100, "%"),
    ]
    for no, (id_, name, t, rl, unit) in enumerate(prog, 1):
        ws.cell(row=r, column=1, value=no); ws.cell(row=r, column=2, value=name).alignment = WRAP
        kt = put(ws, r, 3, t); kr = put(ws, r, 4, rl)
        ws.cell(row=r, column=5, value=f"=ROUND(D{r}/C{r}*100,2)")
        ws.cell(row=r, column=9, value=unit)
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2020, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 3), _r=ref(r, 4)))
        r += 1
    box(ws, h, 1, r - 1, 10)
    widths(ws, [5, 46, 10, 10, 10, 10, 10, 10, 10, 36])
    wb.save(out + "/" + fn)
    return fn


def build(out, keys):
    return [y2017(out, keys), y2018(out, keys), y2019(out, keys), y2020(out, keys)]
