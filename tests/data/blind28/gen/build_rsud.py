"""Agency B: RSUD Batara Lipu Kabupaten Muara Rinjang, 2021-2024."""
from openpyxl import Workbook
from common import *

S1 = "Meningkatnya mutu pelayanan kesehatan rumah sakit"
S2 = "Meningkatnya kepuasan masyarakat terhadap pelayanan RSUD"
S3 = "Meningkatnya kemandirian keuangan BLUD"
DIR = ("Direktur RSUD Batara Lipu,", "dr. RATNA WULANDARI, Sp.PK, M.Kes", "Pembina Tk. I", "19740509 200312 2 006")


def y2021(out, keys):
    """Plain PK, unusual column order: Realisasi BEFORE Target. Negative indicators marked in a Polaritas column."""
    wb = Workbook(); ws = wb.active; ws.title = "Pengukuran Kinerja"
    fn = "rsud_pk_2021.xls"
    title(ws, ["PENGUKURAN KINERJA", "RUMAH SAKIT UMUM DAERAH BATARA LIPU", KAB, "TAHUN 2021"], 9)
    hdr(ws, 6, 1, "No"); hdr(ws, 6, 2, "Sasaran Strategis"); hdr(ws, 6, 3, "Indikator Kinerja"); hdr(ws, 6, 4, "Satuan")
    hdr(ws, 6, 5, "Realisasi"); hdr(ws, 6, 6, "Target"); hdr(ws, 6, 7, "% Capaian"); hdr(ws, 6, 8, "Polaritas"); hdr(ws, 6, 9, "Keterangan")
    for i in range(1, 10):
        hdr(ws, 7, i, f"({i})")
    rows = [
        (S1, "b01", "BOR (Bed Occupancy Rate)", "%", 70, 58.4, "+", "Pandemi Covid-19"),
        (S1, "b02", "ALOS (Average Length of Stay)", "hari", 5, 3.6, "-", ""),
        (S1, "b03", "TOI (Turn Over Interval)", "hari", 3, 3.2, "-", ""),
        (S1, "b04", "BTO (Bed Turn Over)", "kali", 45, 38, "+", ""),
        (S1, "b05", "NDR (Net Death Rate)", "‰", 25, 27.4, "-", "Kasus Covid-19 berat"),
        (S1, "b06", "GDR (Gross Death Rate)", "‰", 45, 48.9, "-", ""),
        (S1, "b13", "Persentase capaian SPM RS", "%", 100, 82.5, "+", ""),
        (S1, "b14", "Kepatuhan kebersihan tangan", "%", 85, "-", "+", "Tidak dilakukan audit (PPI fokus Covid-19)"),
        (S1, "b12", "Status akreditasi RS", "Predikat", "Madya", "Madya", "+", "KARS 2019"),
        (S2, "b07", "Indeks Kepuasan Masyarakat", "Nilai", 78, 79.12, "+", ""),
        (S2, "b09", "Waktu tunggu rawat jalan", "menit", 60, 72, "-", ""),
        (S2, "b10", "Waktu tunggu pelayanan obat jadi", "menit", 30, 28, "-", ""),
        (S3, "b08", "Cost Recovery Rate", "%", 70, 68.3, "+", ""),
        (S3, "b17", "Jumlah kunjungan rawat jalan", "orang", 80000, 64518, "+", ""),
        (S3, "b19", "Pendapatan BLUD", "Rp", 38000000000, 35412876500, "+", ""),
    ]
    r = 8; prev = None
    for no, (sas, id_, name, unit, t, rl, pol, ket) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=no)
        if sas != prev:   # blank sasaran cells below = same as above (not merged)
            ws.cell(row=r, column=2, value=sas).alignment = WRAP; prev = sas
        ws.cell(row=r, column=3, value=name)
        ws.cell(row=r, column=4, value=unit)
        kr = put(ws, r, 5, rl); kt = put(ws, r, 6, t)
        if isinstance(t, str) or isinstance(rl, str):
            ws.cell(row=r, column=7, value=100 if t == rl else "-")
        elif pol == "-":
            ws.cell(row=r, column=7, value=f"=ROUND((2*F{r}-E{r})/F{r}*100,2)").number_format = "0.00"
        else:
            ws.cell(row=r, column=7, value=f"=ROUND(E{r}/F{r}*100,2)").number_format = "0.00"
        ws.cell(row=r, column=8, value="Positif" if pol == "+" else "Negatif")
        ws.cell(row=r, column=9, value=ket or None)
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2021, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 6), _r=ref(r, 5)))
        r += 1
    box(ws, 6, 1, r - 1, 9)
    r += 1
    ws.cell(row=r, column=2, value="Jumlah Anggaran (APBD + BLUD) Tahun 2021 : Rp. 71.284.600.000"); r += 1
    ws.cell(row=r, column=2, value="Jumlah Realisasi Anggaran Tahun 2021 : Rp. 66.930.118.245"); r += 2
    sign(ws, r, 6, "Muara Rinjang, 31 Desember 2021", *DIR)
    widths(ws, [5, 34, 38, 9, 16, 16, 11, 10, 30])
    wb.save(out + "/" + fn.replace(".xls", ".xlsx"))
    return fn


def y2022(out, keys):
    """IKU with Formulasi, Sumber Data, Penanggung Jawab; sasaran as group header rows; numbering 1.1;
    figures as Indonesian text with units; average row at the bottom."""
    wb = Workbook(); ws = wb.active; ws.title = "IKU 2022"
    fn = "rsud_iku_2022.xlsx"
    title(ws, ["CAPAIAN INDIKATOR KINERJA UTAMA (IKU)", "RSUD BATARA LIPU " + KAB, "TAHUN 2022"], 10)
    heads = ["No", "Indikator Kinerja Utama", "Formulasi / Cara Pengukuran", "Sumber Data", "Penanggung Jawab",
             "Target 2022", "Realisasi 2022", "Capaian (%)", "Alasan", "Keterangan"]
    for i, h in enumerate(heads, 1):
        hdr(ws, 5, i, h)
    groups = [
        ("SASARAN 1 : " + S1.upper(), [
            ("b01", "Bed Occupancy Rate (BOR)", "(Jumlah hari perawatan / (jumlah TT x jumlah hari dalam satu periode)) x 100%", "SIMRS / RL 1.2", "Kabid Pelayanan", "70 %", "63,2 %", 70, 63.2, "+", None),
            ("b02", "LOS (Average Length of Stay)", "Jumlah lama dirawat / jumlah pasien keluar (hidup + mati)", "SIMRS / RL 1.2", "Kabid Pelayanan", "5 hari", "3,8 hari", 5, 3.8, "-", None),
            ("b03", "TOI", "((Jumlah TT x periode) - hari perawatan) / jumlah pasien keluar", "SIMRS / RL 1.2", "Kabid Pelayanan", "3 hari", "2,6 hari", 3, 2.6, "-", None),
            ("b04", "BTO", "Jumlah pasien keluar (hidup + mati) / jumlah tempat tidur", "SIMRS / RL 1.2", "Kabid Pelayanan", "45 kali", "41 kali", 45, 41, "+", None),
            ("b05", "Angka kematian pasien > 48 jam (NDR)", "(Jumlah pasien mati > 48 jam dirawat / jumlah pasien keluar) x 1000‰", "Rekam Medik", "Komite Medik", "≤ 25 ‰", "22,1 ‰", 25, 22.1, "-", None),
            ("b06", "Angka kematian kasar (GDR)", "(Jumlah pasien mati seluruhnya / jumlah pasien keluar) x 1000‰", "Rekam Medik", "Komite Medik", "≤ 45 ‰", "41,7 ‰", 45, 41.7, "-", None),
            ("b12", "Akreditasi RS", "Hasil survei akreditasi KARS / LAM", "Sertifikat akreditasi", "Komite Mutu", "Paripurna", "Utama", None, None, "+", "-"),
            ("b13", "Capaian SPM Rumah Sakit", "(Jumlah indikator SPM yang mencapai standar / jumlah indikator SPM) x 100%", "Laporan SPM", "Komite Mutu", "100 %", "87,5 %", 100, 87.5, "+", 85.7),
            ("b14", "Kepatuhan cuci tangan", "(Jumlah tindakan cuci tangan dilakukan / jumlah peluang) x 100%", "Audit PPI", "Komite PPI", "85 %", "89,2 %", 85, 89.2, "+", None),
            ("b15", "Angka kejadian Infeksi Daerah Operasi (IDO)", "(Jumlah kasus IDO / jumlah pasien operasi) x 100%", "Surveilans PPI", "Komite PPI", "≤ 2 %", "1,4 %", 2, 1.4, "-", None),
            ("b16", "Waktu tanggap pelayanan dokter di IGD ≤ 5 menit", "(Pasien IGD dilayani ≤ 5 menit / seluruh pasien IGD yang disampling) x 100%", "Indikator mutu IGD", "Ka. Instalasi Gawat Darurat", "100 %", "96,4 %", 100, 96.4, "+", None),
        ]),
        ("SASARAN 2 : " + S2.upper(), [
            ("b07", "Indeks Kepuasan Masyarakat (IKM)", "Survei Kepuasan Masyarakat sesuai PermenPAN-RB 14/2017", "Laporan SKM", "Bag. Humas", 80, 81.46, 80, 81.46, "+", None),
            ("b09", "Waktu tunggu rawat jalan (menit)", "Rata-rata waktu sejak pasien mendaftar sampai dilayani dokter spesialis", "Indikator mutu", "Ka. Instalasi Rawat Jalan", 60, 52, 60, 52, "-", "POS"),
            ("b10", "Waktu tunggu pelayanan obat jadi (menit)", "Rata-rata waktu sejak resep diterima sampai obat jadi diserahkan", "Indikator mutu", "Ka. Instalasi Farmasi", 30, 27, 30, 27, "-", None),
            ("b11", "Persentase rujukan", "(Jumlah pasien yang dirujuk ke RS lain / jumlah pasien) x 100%", "SIMRS", "Kabid Pelayanan", "10 %", "8,7 %", 10, 8.7, "-", None),
        ]),
        ("SASARAN 3 : " + S3.upper(), [
            ("b08", "Cost Recovery Rate (CRR)", "(Pendapatan operasional / biaya operasional) x 100%", "Laporan Keuangan BLUD", "Kabid Keuangan", "75 %", "78,2 %", 75, 78.2, "+", None),
            ("b17", "Jumlah kunjungan rawat jalan", "Jumlah kunjungan pasien rawat jalan dalam 1 tahun", "SIMRS / RL 5.1", "Kabid Pelayanan", "85.000", "79.412", 85000, 79412, "+", None),
            ("b19", "Pendapatan BLUD", "Realisasi pendapatan BLUD dalam 1 tahun anggaran", "Laporan Keuangan BLUD", "Kabid Keuangan", "Rp. 42,5 M", "Rp. 43.118.250.400", 42500000000, 43118250400, "+", None),
        ]),
    ]
    r = 6; first = None
    for gi, (glabel, items) in enumerate(groups, 1):
        ws.cell(row=r, column=1, value=f"{gi}").font = BOLD
        ws.cell(row=r, column=2, value=glabel).font = BOLD
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        r += 1
        for k, (id_, name, form, src, pj, td, rd, tv, rv, pol, special) in enumerate(items, 1):
            if first is None:
                first = r
            ws.cell(row=r, column=1, value=f"{gi}.{k}")
            ws.cell(row=r, column=2, value=name).alignment = WRAP
            ws.cell(row=r, column=3, value=form).alignment = WRAP
            ws.cell(row=r, column=4, value=src); ws.cell(row=r, column=5, value=pj)
            ws.cell(row=r, column=6, value=td).alignment = CENTER
            ws.cell(row=r, column=7, value=rd).alignment = CENTER
            if special == "-":
                ws.cell(row=r, column=8, value="-")
            elif special == "POS":     # negative indicator computed like a positive one: 52/60 = 86,67 (should be 113,33)
                ws.cell(row=r, column=8, value=f"=ROUND(G{r}/F{r}*100,2)").number_format = "0.00"
            elif isinstance(special, float):   # typed wrong %: 87,5/100 = 87,5
                ws.cell(row=r, column=8, value=special)
            elif isinstance(td, (int, float)):
                f = f"=ROUND((2*F{r}-G{r})/F{r}*100,2)" if pol == "-" else f"=ROUND(G{r}/F{r}*100,2)"
                ws.cell(row=r, column=8, value=f).number_format = "0.00"
            else:
                v = (2 * tv - rv) / tv * 100 if pol == "-" else rv / tv * 100
                ws.cell(row=r, column=8, value=round(v, 2))
            if name.startswith("Angka kematian pasien"):
                ws.cell(row=r, column=9, value="Peningkatan kompetensi tim code blue")
            keys.append(dict(file=fn, sheet=ws.title, row=r, year=2022, written=name, same_as=id_,
                             target=None if tv is None else float(tv), realisasi=None if rv is None else float(rv),
                             _t=ref(r, 6), _r=ref(r, 7)))
            r += 1
    ws.cell(row=r, column=2, value="Rata-rata Capaian Kinerja").font = BOLD
    ws.cell(row=r, column=8, value=f"=ROUND(AVERAGE(H{first}:H{r-1}),2)").number_format = "0.00"
    box(ws, 5, 1, r, 10)
    sign(ws, r + 3, 7, "Muara Rinjang, 16 Januari 2023", *DIR)
    widths(ws, [6, 40, 48, 20, 22, 12, 16, 11, 28, 14])
    wb.save(out + "/" + fn)
    return fn


def y2023(out, keys):
    """LKjIP table: realisasi 2020-2022, target and realisasi 2023, standar nasional. No sasaran column.
    Mistake: kunjungan rawat jalan target typed 8.500 (should be 85.000); capaian typed against 85.000."""
    wb = Workbook(); ws = wb.active; ws.title = "Tabel 3.1"
    fn = "rsud_lkjip_2023.ods"
    title(ws, ["Tabel 3.1 Capaian Indikator Kinerja RSUD Batara Lipu Tahun 2023 dibandingkan Tahun Sebelumnya"], 11)
    hdr(ws, 3, 1, "No", 4); hdr(ws, 3, 2, "Indikator Kinerja", 4); hdr(ws, 3, 3, "Satuan", 4)
    hdr(ws, 3, 4, "Realisasi", c2=6)
    for i, y in enumerate([2020, 2021, 2022]):
        hdr(ws, 4, 4 + i, str(y))
    hdr(ws, 3, 7, "Tahun 2023", c2=9); hdr(ws, 4, 7, "Target"); hdr(ws, 4, 8, "Realisasi"); hdr(ws, 4, 9, "% Capaian")
    hdr(ws, 3, 10, "Standar Nasional", 4); hdr(ws, 3, 11, "Keterangan", 4)
    rows = [
        ("b01", "BOR", "%", [52.1, 58.4, 63.2], 72, 71.5, "+", "60 - 85 %", None),
        ("b02", "Average Length of Stay (AvLOS)", "hari", [3.5, 3.6, 3.8], 5, 4.1, "-", "6 - 9 hari", None),
        ("b03", "TOI (Turn Over Interval)", "hari", [3.9, 3.2, 2.6], 3, 2.2, "-", "1 - 3 hari", None),
        ("b04", "BTO (Bed Turn Over)", "kali", [31, 38, 41], 45, 47, "+", "40 - 50 kali", None),
        ("b05", "NDR", "‰", [29.8, 27.4, 22.1], 25, 19.8, "-", "< 25 ‰", None),
        ("b06", "GDR", "‰", [51.2, 48.9, 41.7], 45, 38.6, "-", "< 45 ‰", None),
        ("b11", "Persentase pasien rujukan", "%", ["-", "-", 8.7], 10, 9.1, "-", "-", None),
        ("b12", "Status Akreditasi", "Predikat", ["Madya", "Madya", "Utama"], "Paripurna", "Paripurna", "+", "Paripurna", None),
        ("b13", "Persentase capaian SPM RS", "%", [80.0, 82.5, 87.5], 100, 91.3, "+", "100 %", None),
        ("b07", "IKM", "Nilai", [77.9, 79.12, 81.46], 82, 83.05, "+", "-", None),
        ("b09", "Rata-rata waktu tunggu rawat jalan", "menit", [75, 72, 52], 60, 47, "-", "≤ 60 menit", None),
        ("b10", "Waktu tunggu pelayanan obat jadi", "menit", [31, 28, 27], 30, 24, "-", "≤ 30 menit", None),
        ("b08", "Cost Recovery Rate", "%", [64.5, 68.3, 78.2], 80, 81.7, "+", "-", None),
        ("b17", "Jumlah kunjungan rawat jalan", "orang", [58230, 64518, 79412], 8500, 84120, "+", "-", 98.96),
        ("b18", "Jumlah pasien rawat inap", "orang", ["-", "-", "-"], 9600, 10245, "+", "-", None),
        ("b19", "Pendapatan BLUD (Rp)", "Rp", [31850400000, 35412876500, 43118250400], 48500000000, 46215330120, "+", "-", None),
    ]
    r = 5
    for no, (id_, name, unit, prev3, t, rl, pol, std, typed) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=name)
        ws.cell(row=r, column=3, value=unit)
        for i, v in enumerate(prev3):
            put(ws, r, 4 + i, v)
        kt = put(ws, r, 7, t); kr = put(ws, r, 8, rl)
        if typed is not None:
            ws.cell(row=r, column=9, value=typed)
        elif isinstance(t, str):
            ws.cell(row=r, column=9, value=100 if t == rl else "-")
        else:
            f = f"=ROUND((2*G{r}-H{r})/G{r}*100,2)" if pol == "-" else f"=ROUND(H{r}/G{r}*100,2)"
            ws.cell(row=r, column=9, value=f).number_format = "0.00"
        ws.cell(row=r, column=10, value=std)
        ws.cell(row=r, column=11, value="Indikator negatif" if pol == "-" else None)
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2023, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 7), _r=ref(r, 8)))
        r += 1
    box(ws, 3, 1, r - 1, 11)
    ws.cell(row=r + 1, column=2, value="Sumber: SIMRS dan Laporan Keuangan BLUD RSUD Batara Lipu, diolah")
    widths(ws, [5, 40, 9, 15, 15, 15, 15, 15, 11, 14, 18])
    wb.save(out + "/" + fn.replace(".ods", ".xlsx"))
    return fn


def y2024(out, keys):
    """Rencana Aksi TW I-IV, target and realisasi per quarter, no annual realisasi.
    Rates: TW values are cumulative to date -> realisasi = TW IV. Counts/money: per quarter -> sum."""
    wb = Workbook(); ws = wb.active; ws.title = "Renaksi"
    fn = "rsud_renaksi_2024.xlsx"
    title(ws, ["RENCANA AKSI PERJANJIAN KINERJA DAN REALISASI TRIWULAN", "RSUD BATARA LIPU " + KAB, "TAHUN 2024"], 14)
    hdr(ws, 5, 1, "No", 6); hdr(ws, 5, 2, "Indikator Kinerja", 6); hdr(ws, 5, 3, "Satuan", 6); hdr(ws, 5, 4, "Target 2024", 6)
    for q, nm in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
        c = 5 + 2 * q
        hdr(ws, 5, c, nm, c2=c + 1); hdr(ws, 6, c, "T"); hdr(ws, 6, c + 1, "R")
    hdr(ws, 5, 13, "Sifat", 6); hdr(ws, 5, 14, "PJ", 6)
    D = "-"
    rows = [
        ("S1", S1),
        ("b01", "BOR (Bed Occupancy Rate)", "%", 75, [75] * 4, [70.2, 73.5, 74.8, 74.1], "last", "+"),
        ("b02", "ALOS", "hari", 5, [5] * 4, [4.3, 4.0, 4.2, 4.0], "last", "-"),
        ("b03", "TOI", "hari", 3, [3] * 4, [2.4, 2.1, 2.0, 2.1], "last", "-"),
        ("b04", "BTO", "kali", 48, [12, 24, 36, 48], [12.5, 24.8, 37.1, 49.3], "last", "+"),
        ("b05", "Net Death Rate (NDR)", "‰", 25, [25] * 4, [21, 20.4, 19.9, 18.7], "last", "-"),
        ("b06", "Gross Death Rate (GDR)", "‰", 45, [45] * 4, [40.2, 39.8, 37.5, 36.9], "last", "-"),
        ("b13", "Capaian SPM RS", "%", 100, [100] * 4, [90, 92.5, 95, 95], "last", "+"),
        ("b14", "Kepatuhan kebersihan tangan (hand hygiene)", "%", 85, [85] * 4, [86.1, 88.4, 90.2, 91], "last", "+"),
        ("b15", "Kejadian Infeksi Daerah Operasi (IDO)", "%", 2, [2] * 4, [1.2, 1.1, 0.9, 1.0], "last", "-"),
        ("b16", "Emergency Response Time (waktu tanggap IGD ≤ 5 menit)", "%", 100, [100] * 4, [97, 98, 100, 100], "last", "+"),
        ("S2", S2),
        ("b07", "Indeks Kepuasan Masyarakat", "Nilai", 83, [D, 83, D, 83], [D, 82.1, D, 84.6], "last", "+"),
        ("b09", "Waktu tunggu rawat jalan", "menit", 60, [60] * 4, [49, 46, 45, 45], "last", "-"),
        ("b10", "Waktu tunggu pelayanan resep obat jadi", "menit", 30, [30] * 4, [25, 23, 22, 22], "last", "-"),
        ("b11", "Persentase rujukan", "%", 9, [9] * 4, [8.8, 8.1, 7.9, 8.2], "last", "-"),
        ("S3", S3),
        ("b08", "Cost Recovery Rate (CRR)", "%", 85, [70, 75, 80, 85], [80.1, 82.4, 84.9, 86.2], "last", "+"),
        ("b17", "Jumlah kunjungan rawat jalan", "orang", 88000, [22000] * 4, [21456, 22310, 23004, 22871], "sum", "+"),
        ("b18", "Jumlah pasien rawat inap", "orang", 10000, [2500] * 4, [2412, 2598, 2637, 2701], "sum", "+"),
        ("b19", "Pendapatan BLUD", "Rp", 52000000000, [13000000000] * 4, [11204550000, 13870112300, 12995400000, 15311280750], "sum", "+"),
    ]
    r = 7; no = 0
    for item in rows:
        if len(item) == 2:
            ws.cell(row=r, column=2, value="Sasaran : " + item[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=14)
            r += 1; continue
        id_, name, unit, t, qt, qr, mode, pol = item
        no += 1
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=name)
        ws.cell(row=r, column=3, value=unit)
        kt = put(ws, r, 4, t)
        for q in range(4):
            put(ws, r, 5 + 2 * q, qt[q]); put(ws, r, 6 + 2 * q, qr[q])
        ws.cell(row=r, column=13, value="(+)" if pol == "+" else "(-)")
        ws.cell(row=r, column=14, value="Bid. Pelayanan" if unit != "Rp" else "Bid. Keuangan")
        if mode == "sum":
            kr = float(sum(qr)); rs = {"sum": [ref(r, 6 + 2 * q) for q in range(4)]}
        else:
            kr = float(qr[3]); rs = {"last": ref(r, 12)}
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2024, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 4), _r=rs, _mode=mode))
        r += 1
    box(ws, 5, 1, r - 1, 14)
    sign(ws, r + 2, 10, "Muara Rinjang, 15 Januari 2025", *DIR)
    widths(ws, [5, 44, 8, 16] + [14] * 8 + [7, 14])
    wb.save(out + "/" + fn)
    return fn


def build(out, keys):
    return [y2021(out, keys), y2022(out, keys), y2023(out, keys), y2024(out, keys)]
