"""Agency 2: UPTD Pusat Pelayanan Terpadu Disabilitas, Dinas Sosial Kota Sungai Permai (2021-2024).

Invented agency, places, people and figures.
Files:
  A  LKjIP 2021 UPTD PPTD - Bab III.ods  sheets 'Tabel 3.1', 'Tabel 3.1 (lanj.)' (one table split over
     two sheets), 'Catatan' (notes)
  B  Rekap Bulanan Capaian Kinerja UPTD PPTD 2022.xls  sheet 'Rekap Bulanan 2022' (months across)
  C  Capaian Kinerja UPTD PPTD 2023-2024.xlsx  sheets 'Kinerja 2023' (three side-by-side panels by
     seksi), 'RA Kumulatif 2024' (cumulative s.d. TW columns), hidden 'Draft RA'
"""
from common import *

SLUG = 'uptd_pptd_kota_sungai_permai'
FLOW = ['D01', 'D03', 'D04', 'D06', 'D08', 'D10', 'D11', 'D13', 'D14', 'D15', 'D16']
AG = Agency(SLUG, 'UPTD Pusat Pelayanan Terpadu Disabilitas - Dinas Sosial Kota Sungai Permai',
            [2021, 2022, 2023, 2024], flow_ids=FLOW, ambiguous=[['D07', 'D07b']])

KEPALA = ('Dra. YULIANA MARDININGSIH, M.Si.', 'Pembina (IV/a)', 'NIP. 19750809 200012 2 003')


def sign(ws, row, c, place_date, lines):
    put(ws, f'{c}{row}', place_date)
    r = row + 1
    for t in lines:
        put(ws, f'{c}{r}', t)
        r += 1
    r += 3
    put(ws, f'{c}{r}', KEPALA[0], bold=True)
    put(ws, f'{c}{r + 1}', KEPALA[1])
    put(ws, f'{c}{r + 2}', KEPALA[2])


# --------------------------------------------------------------------------------------------
# A / LKjIP 2021 chapter III table, values as Indonesian text, split over two sheets
# --------------------------------------------------------------------------------------------
def lkjip2021(book):
    FILE = book.final_name
    # (id, name, r2019, r2020, target text, realisasi text, key target, key real, capaian, renstra, cap renstra)
    part1 = [
        ('Meningkatnya kualitas layanan rehabilitasi sosial penyandang disabilitas', [
            ('D01', 'a) Jumlah penyandang disabilitas yang mendapat layanan rehabilitasi sosial',
             '1.032 orang', '1.118 orang', '1.200 orang', '1.254 orang', 1200, 1254, 104.5, '1.750 orang', 71.66),
            ('D02', 'b) Persentase penyandang disabilitas yang mendapat layanan rehabilitasi sosial dasar',
             '55,2 %', '58,7 %', '60 %', '62,4 %', 60, 62.4, 104.0, '80 %', 78.0),
            ('D03', 'c) Jumlah alat bantu disabilitas yang disalurkan',
             '288 unit', '315 unit', '350 unit', '372 unit', 350, 372, 106.29, '2.000 unit', 48.75),
        ]),
        ('Meningkatnya kemandirian ekonomi penyandang disabilitas', [
            ('D04', 'a) Jumlah penyandang disabilitas yang mengikuti pelatihan vokasi',
             '96 orang', '104 orang', '120 orang', '118 orang', 120, 118, 98.33, '150 orang', 78.67),
            ('D05', 'b) Persentase lulusan pelatihan vokasi yang bekerja atau berwirausaha',
             '31,5 %', '36,8 %', '40 %', '43,2 %', 40, 43.2, 108.0, '60 %', 72.0),
        ]),
        ('Meningkatnya perlindungan dan pemenuhan hak penyandang disabilitas', [
            ('D06', 'a) Jumlah Kartu Penyandang Disabilitas (KPD) yang diterbitkan',
             '410 kartu', '455 kartu', '500 kartu', '612 kartu', 500, 612, 122.4, '3.500 kartu', 41.49),
            ('D19', 'b) Jumlah penyandang disabilitas pemegang KPD',
             '1.451 orang', '1.906 orang', '2.400 orang', '2.518 orang', 2400, 2518, 104.92, '5.000 orang', 50.36),
            ('D07', 'c) Persentase penyandang disabilitas yang terdata dalam basis data terpadu',
             '71,2 %', '76,5 %', '80 %', '83,5 %', 80, 83.5, 104.38, '95 %', 87.89),
        ]),
    ]
    part2 = [
        ('Meningkatnya aksesibilitas lingkungan bagi penyandang disabilitas', [
            ('D08', 'a) Jumlah fasilitas pelayanan publik yang diaudit aksesibilitasnya',
             '14 lokasi', '18 lokasi', '20 lokasi', '22 lokasi', 20, 22, 110.0, '120 lokasi', 61.67),
            ('D09', 'b) Persentase fasilitas pelayanan publik yang telah',
             '28,6 %', '31,9 %', '35 %', '36,4 %', 35, 36.4, 104.0, '60 %', 60.67),
            ('CONT', 'memenuhi standar aksesibilitas'),
        ]),
        ('Meningkatnya dukungan keluarga dan advokasi bagi penyandang disabilitas', [
            ('D10', 'a) Jumlah sesi layanan terapi (fisioterapi, okupasi, wicara)',
             '4.215 sesi', '4.530 sesi', '4.800 sesi', '5.136 sesi', 4800, 5136, 107.0, '6.500 sesi', 79.02),
            ('D11', 'b) Jumlah keluarga penyandang disabilitas yang mendapat bimbingan',
             '242 KK', '276 KK', '300 KK', '318 KK', 300, 318, 106.0, '350 KK', 90.86),
            # planted: target typed ten times too large (35 kasus intended)
            ('D13', 'c) Jumlah kasus penyandang disabilitas yang mendapat advokasi',
             '27 kasus', '31 kasus', '350 kasus', '41 kasus', 350, 41, 11.71, '250 kasus', 16.4),
        ]),
        ('Meningkatnya akuntabilitas dan kualitas pelayanan UPTD', [
            ('D12', 'Indeks Kepuasan Masyarakat (IKM) terhadap layanan UPTD',
             '78,45', '80,12', '80', '82,15*)', 80, 82.15, 102.69, '85', 96.65),
            ('D20', 'Predikat SAKIP UPTD', 'CC', 'B', 'B', 'BB', None, None, 100, 'A', '-'),
            ('D21', 'Persentase pengaduan layanan yang diselesaikan',
             '85,0 %', '88,6 %', '80 - 85 %', '92,3 %', 80, 92.3, 115.38, '95 %', 97.16),
        ]),
    ]

    def header(ws, cont=False):
        widths(ws, {'A': 5, 'B': 28, 'C': 48, 'D': 12, 'E': 12, 'F': 12, 'G': 12, 'H': 11, 'I': 13, 'J': 13})
        put(ws, 'A1', 'BAB III', bold=True)
        put(ws, 'A2', 'AKUNTABILITAS KINERJA', bold=True)
        t = 'Tabel 3.1 (lanjutan)' if cont else 'Tabel 3.1'
        merge(ws, 'A4:J4', t, bold=True, h='center')
        merge(ws, 'A5:J5', 'Perbandingan Target dan Realisasi Kinerja Tahun 2021 dengan Realisasi Tahun-Tahun '
                           'Sebelumnya serta Target Akhir Renstra', h='center', wrap=True)
        ws.row_dimensions[5].height = 30
        merge(ws, 'A7:A8', 'No', bold=True, h='center')
        merge(ws, 'B7:B8', 'Sasaran Strategis', bold=True, h='center')
        merge(ws, 'C7:C8', 'Indikator Kinerja', bold=True, h='center')
        merge(ws, 'D7:E7', 'Realisasi', bold=True, h='center')
        put(ws, 'D8', '2019', bold=True, h='center')
        put(ws, 'E8', '2020', bold=True, h='center')
        merge(ws, 'F7:H7', 'Tahun 2021', bold=True, h='center')
        put(ws, 'F8', 'Target', bold=True, h='center')
        put(ws, 'G8', 'Realisasi', bold=True, h='center')
        put(ws, 'H8', 'Capaian (%)', bold=True, h='center', wrap=True)
        merge(ws, 'I7:I8', 'Target Akhir Renstra (2026)', bold=True, h='center', wrap=True)
        merge(ws, 'J7:J8', 'Capaian thd Target Akhir Renstra (%)', bold=True, h='center', wrap=True)
        for i, c in enumerate('ABCDEFGHIJ', start=1):
            put(ws, f'{c}9', f'({i})', h='center', italic=True)
        box(ws, 'A7:J9')

    def body(ws, groups, r, no):
        for sas, items in groups:
            start = r
            for it in items:
                if it[0] == 'CONT':
                    put(ws, f'C{r}', it[1], wrap=True, v='top')
                    box(ws, f'A{r}:J{r}')
                    r += 1
                    continue
                iid, name, r19, r20, tt, rt, kt, kr, cap, ren, capr = it
                put(ws, f'C{r}', name, wrap=True, v='top')
                for c, v in zip('DEFG', [r19, r20, tt, rt]):
                    put(ws, f'{c}{r}', v, h='right', v='top')
                put(ws, f'H{r}', cap, fmt=NUM2, v='top')
                put(ws, f'I{r}', ren, h='right', v='top')
                put(ws, f'J{r}', capr, fmt=NUM2, v='top', h='right')
                box(ws, f'A{r}:J{r}')
                AG.add(FILE, ws.title, r, 'C', 2021, iid, name, kt, kr, one(f'F{r}'), one(f'G{r}'))
                r += 1
            merge(ws, f'A{start}:A{r - 1}', f'{no}.', h='center', v='top')
            merge(ws, f'B{start}:B{r - 1}', sas, wrap=True, v='top')
            no += 1
        return r, no

    ws = book.sheet('Tabel 3.1')
    header(ws)
    r, no = body(ws, part1, 10, 1)
    put(ws, f'C{r}', 'bersambung ke halaman berikut ...', italic=True)

    ws2 = book.sheet('Tabel 3.1 (lanj.)')
    header(ws2, cont=True)
    r, no = body(ws2, part2, 10, no)
    r += 1
    put(ws2, f'A{r}', 'Sumber : Laporan Bulanan Seksi dan Aplikasi SIKS-NG (diolah)', italic=True)
    put(ws2, f'A{r + 1}', '*) Hasil Survei Kepuasan Masyarakat Semester II Tahun 2021', italic=True)
    put(ws2, f'A{r + 2}', 'Capaian indikator predikat dihitung 100 % bila predikat sama atau lebih baik dari target.',
        italic=True)
    sign(ws2, r + 4, 'G', 'Sungai Permai, 28 Februari 2022', ['Kepala UPTD Pusat Pelayanan', 'Terpadu Disabilitas,'])

    ws3 = book.sheet('Catatan')
    widths(ws3, {'A': 100})
    for i, t in enumerate([
        'CATATAN PENYUSUNAN TABEL 3.1',
        '1. Realisasi 2019 dan 2020 diambil dari LKjIP tahun berkenaan.',
        '2. Target jumlah kasus advokasi 2021 mengikuti dokumen PK awal; mohon dicek ulang dengan Renstra.',
        '3. Indikator persentase fasilitas aksesibel mengacu pada hasil audit aksesibilitas (Permen PUPR 14/2017).',
        '4. Tabel dipotong dua halaman agar muat saat dicetak A4 landscape.'], start=1):
        put(ws3, f'A{i}', t, bold=(i == 1))


# --------------------------------------------------------------------------------------------
# B / monthly recap 2022: Target and twelve months across, no annual realisasi column
# --------------------------------------------------------------------------------------------
def bulanan2022(book):
    FILE = book.final_name
    ws = book.sheet('Rekap Bulanan 2022')
    SH = ws.title
    widths(ws, {'A': 5, 'B': 46, 'C': 9, 'D': 10, 'Q': 26})
    for c in 'EFGHIJKLMNOP':
        ws.column_dimensions[c].width = 8
    merge(ws, 'A1:Q1', 'REKAPITULASI BULANAN CAPAIAN INDIKATOR KINERJA', bold=True, h='center')
    merge(ws, 'A2:Q2', 'UPTD PUSAT PELAYANAN TERPADU DISABILITAS DINAS SOSIAL KOTA SUNGAI PERMAI', bold=True, h='center')
    merge(ws, 'A3:Q3', 'BULAN JANUARI S.D. DESEMBER 2022', bold=True, h='center')
    merge(ws, 'A5:A6', 'No', bold=True, h='center')
    merge(ws, 'B5:B6', 'Indikator Kinerja', bold=True, h='center')
    merge(ws, 'C5:C6', 'Satuan', bold=True, h='center')
    merge(ws, 'D5:D6', 'Target 2022', bold=True, h='center', wrap=True)
    merge(ws, 'E5:P5', 'Realisasi Bulan', bold=True, h='center')
    for c, m in zip('EFGHIJKLMNOP', ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des']):
        put(ws, f'{c}6', m, bold=True, h='center')
    merge(ws, 'Q5:Q6', 'Keterangan', bold=True, h='center')
    box(ws, 'A5:Q6')
    B = None
    # (id, name, unit, target (cell value), target fmt, key target, months, fmt, note)
    groups = [
        ('I. REHABILITASI SOSIAL', [
            ('D01', 'Jml Penyandang Disabilitas yg Mendapat Layanan Rehsos', 'orang', 1300, NUM0, 1300,
             [98, 104, 112, 106, 95, 117, '121 org', 109, 114, 108, 116, 118], NUM0, ''),
            ('D02', 'Persentase PD yg Mendapat Layanan Rehsos Dasar', '%', 65, NUM0, 65,
             [62.5, 62.8, 63.1, 63.4, 63.6, 64.0, 64.3, 64.7, 65.0, 65.4, 65.8, 66.1], NUM1, 'posisi akhir bulan'),
            ('D03', 'Jml Alat Bantu (kursi roda, kruk, ABD, tongkat) yg Disalurkan', 'unit', 400, NUM0, 400,
             [0, 18, 42, 25, 31, 40, 28, 36, 44, 39, 52, 61], NUM0, ''),
            ('D10', 'Jml Sesi Terapi (Fisio, Okupasi, Wicara)', 'sesi', 5200, NUM0, 5200,
             [402, 418, 455, 437, 398, 461, 472, 469, 458, 476, 463, 448], NUM0, ''),
            ('D11', 'Jml Keluarga PD yg Mendapat Bimbingan', 'KK', 320, NUM0, 320,
             [24, 26, 27, 25, 22, 28, 29, 27, 30, 28, 29, 31], NUM0, ''),
        ]),
        ('II. PEMBERDAYAAN DAN VOKASI', [
            ('D04', 'Jml PD yg Mengikuti Pelatihan Vokasional', 'orang', 130, NUM0, 130,
             [0, 0, 32, 0, 0, 30, 0, 0, 34, 0, 33, 0], NUM0, '4 angkatan'),
            ('D05', '% Lulusan Vokasional yg Bekerja/Berwirausaha', '%', 45, NUM0, 45,
             [B, B, B, B, B, B, B, B, B, B, B, '47,5 %'], NUM1, 'tracer study Desember'),
            ('D16', 'Jml Lulusan Vokasional yg Ditempatkan Kerja', 'orang', 30, NUM0, 30,
             [0, 0, 0, 3, 2, 4, 3, 2, 5, 4, 3, 6], NUM0, 'indikator baru'),
        ]),
        ('III. PERLINDUNGAN, PENDATAAN DAN AKSESIBILITAS', [
            ('D06', 'Jml KPD yg Diterbitkan', 'kartu', 600, NUM0, 600,
             [38, 44, 52, 47, 41, 55, 58, 51, 49, 56, 60, 61], NUM0, ''),
            ('D19', 'Jml Pemegang KPD (kumulatif)', 'orang', 3000, NUM0, 3000,
             [2556, 2600, 2652, 2699, 2740, 2795, 2853, 2904, 2953, 3009, 3069, 3130], NUM0, 'posisi akhir bulan'),
            ('D07', 'Persentase PD Terdata dlm Basis Data Terpadu', '%', 85, NUM0, 85,
             [83.9, 84.1, 84.4, 84.6, 84.9, 85.2, 85.5, 85.8, 86.0, 86.3, 86.6, 86.9], NUM1, ''),
            ('D13', 'Jml Kasus PD yg Mendapat Advokasi & Pendampingan', 'kasus', 40, NUM0, 40,
             [2, 3, 4, 3, 5, 3, 4, 3, 4, 3, 5, 4], NUM0, ''),
            ('D08', 'Jml Fasilitas Publik yg Diaudit Aksesibilitas', 'lokasi', 24, NUM0, 24,
             [0, 2, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2], NUM0, ''),
            # planted: December typed as a fraction in a plain cell (41,5 intended)
            ('D09', 'Persentase Fasilitas Publik dg Standar Aksesibel', '%', 40, NUM0, 40,
             [36.6, 36.8, 37.1, 37.5, 38.0, 38.4, 38.9, 39.5, 40.1, 40.6, 41.0, 0.415], 'General', ''),
        ]),
        ('IV. TATA KELOLA DAN PELAYANAN', [
            ('D12', 'IKM Layanan UPTD', 'nilai', 82, '0.00', 82,
             [B, B, B, B, B, 82.7, B, B, B, B, B, 83.4], '0.00', 'survei semesteran'),
            ('D20', 'Nilai/Predikat AKIP UPTD', 'predikat', 'BB', None, None,
             [B, B, B, B, B, B, B, B, B, B, B, 'BB'], None, 'hasil evaluasi Inspektorat'),
            ('D21', 'Persentase Pengaduan yg Diselesaikan', '%', 0.85, PCT0, 85,
             [0.9, 0.912, 0.905, 0.918, 0.921, 0.925, 0.93, 0.927, 0.931, 0.935, 0.936, 0.938], PCT1, ''),
        ]),
    ]
    r = 7
    no = 1
    for g, items in groups:
        merge(ws, f'A{r}:Q{r}', g, bold=True, fill=SUB_FILL)
        box(ws, f'A{r}:Q{r}')
        r += 1
        for iid, name, unit, tcell, tfmt, kt, months, fmt, note in items:
            put(ws, f'A{r}', no, h='center')
            put(ws, f'B{r}', name, wrap=True)
            put(ws, f'C{r}', unit, h='center')
            put(ws, f'D{r}', tcell, fmt=tfmt, h='right')
            for c, v in zip('EFGHIJKLMNOP', months):
                if v is not None:
                    put(ws, f'{c}{r}', v, fmt=fmt, h='right')
            put(ws, f'Q{r}', note or None, wrap=True)
            box(ws, f'A{r}:Q{r}')
            rep = [v for v in months if v is not None]
            if iid in FLOW:
                kr = sum(int(str(v).split()[0]) if isinstance(v, str) else v for v in rep)
                agg = 'sum'
            else:
                last = rep[-1]
                if isinstance(last, str):
                    kr = None if last in ('BB', 'B', 'A') else float(last.split()[0].replace(',', '.'))
                else:
                    kr = last * 100 if fmt and fmt.endswith('%') else last
                agg = 'last'
            AG.add(FILE, SH, r, 'B', 2022, iid, name, kt, rnd(kr), one(f'D{r}'),
                   many([f'{c}{r}' for c in 'EFGHIJKLMNOP'], agg))
            no += 1
            r += 1
            if iid == 'D03':
                # hidden draft row, not an indicator of the year
                put(ws, f'B{r}', 'Jml Penerima Bantuan Sosial Disabilitas (draft)')
                put(ws, f'D{r}', 250)
                for c, v in zip('EFGHIJKLMNOP', [20] * 12):
                    put(ws, f'{c}{r}', v)
                ws.row_dimensions[r].hidden = True
                r += 1
    r += 1
    put(ws, f'B{r}', 'Catatan: bulan yang kosong berarti belum ada pengukuran pada bulan tersebut.', italic=True)
    sign(ws, r + 2, 'L', 'Sungai Permai, 5 Januari 2023', ['Kepala UPTD PPTD,'])
    ws.freeze_panes = 'E7'


# --------------------------------------------------------------------------------------------
# C / 2023: three side-by-side panels, one per seksi (several key rows share a sheet row)
# --------------------------------------------------------------------------------------------
def panel2023(book):
    FILE = book.final_name
    ws = book.sheet('Kinerja 2023')
    SH = ws.title
    widths(ws, {'A': 4, 'B': 40, 'C': 10, 'D': 10, 'E': 9, 'F': 2,
                'G': 4, 'H': 38, 'I': 10, 'J': 10, 'K': 9, 'L': 2,
                'M': 4, 'N': 38, 'O': 10, 'P': 10, 'Q': 9})
    merge(ws, 'A1:Q1', 'CAPAIAN INDIKATOR KINERJA PER SEKSI TAHUN 2023', bold=True, h='center', size=13)
    merge(ws, 'A2:Q2', 'UPTD PUSAT PELAYANAN TERPADU DISABILITAS - DINAS SOSIAL KOTA SUNGAI PERMAI', bold=True, h='center')
    merge(ws, 'A3:Q3', '(bahan rapat evaluasi kinerja akhir tahun, 22 Desember 2023)', italic=True, h='center')
    panels = [
        ('A', 'SEKSI REHABILITASI SOSIAL', [
            ('D01', 'Jumlah Penyandang Disabilitas yang Memperoleh Layanan Rehabilitasi Sosial (orang)',
             1400, 1437, NUM0, 1400, 1437),
            ('D02', 'Persentase Penyandang Disabilitas yang Memperoleh Layanan Rehabilitasi Sosial Dasar (%)',
             0.70, 0.718, PCT1, 70, 71.8),
            ('D14', 'Jumlah Alat Bantu Mobilitas yang Disalurkan (unit)', 260, 248, NUM0, 260, 248),
            ('D15', 'Jumlah Alat Bantu Dengar dan Alat Bantu Netra yang Disalurkan (unit)', 150, 163, NUM0, 150, 163),
            ('D10', 'Jumlah Sesi Layanan Terapi (sesi)', 5600, 5912, NUM0, 5600, 5912),
            ('D11', 'Jumlah Keluarga Penyandang Disabilitas yang Dibimbing (KK)', 340, 352, NUM0, 340, 352),
            ('D13', 'Jumlah Kasus Advokasi dan Pendampingan Hukum Penyandang Disabilitas (kasus)',
             45, 47, NUM0, 45, 47),
            ('D17', 'Persentase Anak Disabilitas yang Mendapat Deteksi dan Intervensi Dini (%)',
             0.5, '-', PCT0, 50, None),
        ]),
        ('G', 'SEKSI PEMBERDAYAAN DAN VOKASI', [
            ('D04', 'Jumlah Peserta Pelatihan Vokasi Penyandang Disabilitas (orang)', 140, 146, NUM0, 140, 146),
            ('D05', 'Persentase Lulusan Pelatihan Vokasi yang Bekerja/Berwirausaha (%)', 0.5, 0.486, PCT1, 50, 48.6),
            ('D16', 'Jumlah Lulusan Vokasi yang Ditempatkan Bekerja (orang)', 35, 38, NUM0, 35, 38),
            ('D08', 'Jumlah Fasilitas Pelayanan Publik yang Diaudit Aksesibilitasnya (lokasi)', 25, 25, NUM0, 25, 25),
            ('D09', 'Persentase Fasilitas Pelayanan Publik yang Aksesibel (%)', 0.45, 0.461, PCT1, 45, 46.1),
        ]),
        ('M', 'SUBBAG TATA USAHA, PENDATAAN & PERLINDUNGAN', [
            ('D06', 'Jumlah KPD Baru yang Diterbitkan (kartu)', 700, 688, NUM0, 700, 688),
            ('D19', 'Jumlah Penyandang Disabilitas Pemegang KPD s.d. Tahun Berjalan (orang)',
             3700, 3818, NUM0, 3700, 3818),
            ('D07b', 'Persentase Penyandang Disabilitas Terverifikasi dalam DTKS (%)', 0.7, 0.724, PCT1, 70, 72.4),
            # planted: decimal slip, 83,7 intended
            ('D12', 'Nilai Indeks Kepuasan Masyarakat (nilai)', 83, '8,37', '0.00', 83, 8.37),
            ('D20', 'Predikat Evaluasi AKIP (predikat)', 'BB', 'A', None, None, None),
            ('D21', 'Persentase Pengaduan Layanan Terselesaikan (%)', 0.9, 0.95, PCT0, 90, 95),
        ]),
    ]
    maxr = 0
    for c0, title, items in panels:
        ci = col(c0)
        cN, cName, cT, cR, cC = [L(ci + k) for k in range(5)]
        merge(ws, f'{cN}5:{cC}5', title, bold=True, h='center', fill=HEAD_FILL)
        for c, t in zip([cN, cName, cT, cR, cC], ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)']):
            put(ws, f'{c}6', t, bold=True, h='center', wrap=True, fill=HEAD_FILL)
        box(ws, f'{cN}5:{cC}6')
        r = 7
        for i, (iid, name, t, rv, fmt, kt, kr) in enumerate(items, start=1):
            put(ws, f'{cN}{r}', i, h='center', v='top')
            put(ws, f'{cName}{r}', name, wrap=True, v='top')
            put(ws, f'{cT}{r}', t, fmt=fmt, h='right', v='top')
            put(ws, f'{cR}{r}', rv, fmt=fmt, h='right', v='top')
            put(ws, f'{cC}{r}', f'=IFERROR({cR}{r}/{cT}{r}*100,"-")', fmt=NUM2, v='top')
            box(ws, f'{cN}{r}:{cC}{r}')
            AG.add(FILE, SH, r, cName, 2023, iid, name, kt, kr, one(f'{cT}{r}'), one(f'{cR}{r}'))
            r += 1
        maxr = max(maxr, r)
    r = maxr + 1
    put(ws, f'A{r}', 'Keterangan:', bold=True)
    put(ws, f'A{r + 1}', '- Indikator anak disabilitas (deteksi dan intervensi dini) baru ditetapkan pada PK Perubahan 2023; '
                         'pengukuran dimulai 2024.')
    put(ws, f'A{r + 2}', '- Data IKM dari Survei Kepuasan Masyarakat semester II 2023.')
    put(ws, f'A{r + 3}', '- Alat bantu 2023 dipecah: alat bantu mobilitas dan alat bantu dengar/netra.')
    sign(ws, r + 5, 'N', 'Sungai Permai, 22 Desember 2023', ['Kepala UPTD PPTD,'])


# --------------------------------------------------------------------------------------------
# C / 2024: Rencana Aksi with cumulative s.d. TW targets and realisasi
# --------------------------------------------------------------------------------------------
def kumulatif2024(book):
    FILE = book.final_name
    ws = book.sheet('RA Kumulatif 2024')
    SH = ws.title
    widths(ws, {'A': 5, 'B': 26, 'C': 44, 'D': 9, 'E': 10, 'N': 11, 'O': 22})
    for c in 'FGHIJKLM':
        ws.column_dimensions[c].width = 9.5
    merge(ws, 'A1:O1', 'RENCANA AKSI DAN REALISASI KUMULATIF INDIKATOR KINERJA TAHUN 2024', bold=True, h='center')
    merge(ws, 'A2:O2', 'UPTD PUSAT PELAYANAN TERPADU DISABILITAS KOTA SUNGAI PERMAI', bold=True, h='center')
    merge(ws, 'A3:O3', 'POSISI : TRIWULAN IV', bold=True, h='center')
    merge(ws, 'A5:A6', 'No', bold=True, h='center')
    merge(ws, 'B5:B6', 'Sasaran', bold=True, h='center')
    merge(ws, 'C5:C6', 'Indikator Kinerja', bold=True, h='center')
    merge(ws, 'D5:D6', 'Satuan', bold=True, h='center')
    merge(ws, 'E5:E6', 'Target 2024', bold=True, h='center', wrap=True)
    merge(ws, 'F5:I5', 'Target Kumulatif', bold=True, h='center')
    merge(ws, 'J5:M5', 'Realisasi Kumulatif', bold=True, h='center')
    for cs in ('FGHI', 'JKLM'):
        for c, t in zip(cs, ['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV']):
            put(ws, f'{c}6', t, bold=True, h='center', wrap=True)
    merge(ws, 'N5:N6', 'Capaian s.d. TW IV (%)', bold=True, h='center', wrap=True)
    merge(ws, 'O5:O6', 'Keterangan', bold=True, h='center')
    box(ws, 'A5:O6')
    B = None
    # (id, name, unit, target, target fmt, cumulative targets, cumulative realisasi, fmt, key t, key r, note)
    groups = [
        ('Meningkatnya kualitas layanan rehabilitasi sosial penyandang disabilitas', [
            ('D01', 'Penyandang Disabilitas yang Mendapatkan Layanan Rehabilitasi Sosial di UPTD', 'orang', 1500,
             [375, 750, 1125, 1500], [362, 751, '1.139', 1528], NUM0, 1500, 1528, ''),
            ('D02', 'Prosentase Penyandang Disabilitas Terlayani Rehabilitasi Sosial Dasar', '%', 75,
             [72, 73, 74, 75], [69.8, 71.5, 73.0, 74.2], NUM1, 75, 74.2, ''),
            ('D14', 'Alat Bantu Mobilitas (Kursi Roda, Kruk, Tongkat) Tersalurkan', 'unit', 280,
             [70, 140, 210, 280], [61, 140, 212, 291], NUM0, 280, 291, ''),
            ('D15', 'Alat Bantu Dengar & Alat Bantu Netra Tersalurkan', 'unit', 160,
             [40, 80, 120, 160], [35, 78, 121, B], NUM0, 160, 121, 'data TW IV menunggu BAST'),
            ('D10', 'Layanan Terapi Fisik, Okupasi dan Wicara yang Diberikan (sesi)', 'sesi', 6000,
             [1500, 3000, 4500, 6000], [1512, 3098, 4671, 6245], NUM0, 6000, 6245, ''),
            ('D17', 'Prosentase Anak Disabilitas Terlayani Intervensi Dini', '%', 55,
             [40, 45, 50, 55], [B, 41.0, 50.2, 58.5], NUM1, 55, 58.5, ''),
        ]),
        ('Meningkatnya kemandirian ekonomi penyandang disabilitas', [
            # planted: cumulative figure falls at TW IV (118 -> 96)
            ('D04', 'Penyandang Disabilitas yang Mengikuti Pelatihan Vokasi', 'orang', 150,
             [30, 60, 120, 150], [30, 62, 118, 96], NUM0, 150, 96, ''),
            ('D05', 'Prosentase Alumni Pelatihan Vokasi yang Bekerja atau Berwirausaha', '%', 55,
             ['-', '-', 50, 55], ['-', '-', 52.1, 56.3], NUM1, 55, 56.3, ''),
            ('D16', 'Lulusan Pelatihan Vokasi yang Ditempatkan pada Dunia Kerja', 'orang', 40,
             [10, 20, 30, 40], [8, 19, 31, 44], NUM0, 40, 44, ''),
        ]),
        ('Meningkatnya perlindungan dan pemenuhan hak penyandang disabilitas', [
            ('D06', 'Kartu Penyandang Disabilitas (KPD) Baru Terbit', 'kartu', 700,
             [175, 350, 525, 700], [171, 355, 540, 731], NUM0, 700, 731, ''),
            ('D19', 'Penyandang Disabilitas Pemegang KPD (kumulatif)', 'orang', 4400,
             [4000, 4150, 4275, 4400], [3990, 4174, 4359, 4549], NUM0, 4400, 4549, ''),
            ('D07b', 'Prosentase Penyandang Disabilitas yang Masuk DTKS Terverifikasi', '%', 75,
             [73, 74, 74.5, 75], [73.1, 74.4, 75.8, 77.0], NUM1, 75, 77.0, ''),
            ('D13', 'Kasus Penyandang Disabilitas yang Didampingi/Diadvokasi', 'kasus', 50,
             [12, 25, 37, 50], [11, 24, 39, 52], NUM0, 50, 52, ''),
        ]),
        ('Meningkatnya aksesibilitas lingkungan bagi penyandang disabilitas', [
            ('D08', 'Fasilitas Publik yang Dilakukan Audit Aksesibilitas', 'lokasi', 30,
             [7, 15, 22, 30], [6, 14, 21, 27], NUM0, 30, 27, ''),
            ('D09', 'Prosentase Fasilitas Publik Ramah Disabilitas (Aksesibel)', '%', 50,
             [47, 48, 49, 50], [47.2, 48.9, 50.1, 51.3], NUM1, 50, 51.3, ''),
        ]),
        ('Meningkatnya akuntabilitas dan kualitas pelayanan UPTD', [
            ('D12', 'Indeks Kepuasan Masyarakat thd Pelayanan UPTD PPTD', 'nilai', 85,
             ['-', 85, '-', 85], [B, 85.31, B, 86.02], '0.00', 85, 86.02, 'survei semesteran'),
            ('D21', 'Prosentase Penyelesaian Pengaduan Layanan', '%', 0.9,
             [0.9, 0.9, 0.9, 0.9], [0.951, 0.958, 0.962, 0.964], PCT1, 90, 96.4, ''),
        ]),
    ]
    r = 7
    no = 1
    for sas, items in groups:
        start = r
        for iid, name, unit, tgt, tq, rq, fmt, kt, kr, note in items:
            put(ws, f'A{r}', no, h='center', v='top')
            put(ws, f'C{r}', name, wrap=True, v='top')
            put(ws, f'D{r}', unit, h='center', v='top')
            put(ws, f'E{r}', tgt, fmt=fmt, h='right', v='top')
            for c, v in zip('FGHI', tq):
                put(ws, f'{c}{r}', v, fmt=fmt, h='right', v='top')
            for c, v in zip('JKLM', rq):
                if v is not None:
                    put(ws, f'{c}{r}', v, fmt=fmt, h='right', v='top')
            put(ws, f'N{r}', f'=IFERROR(M{r}/I{r}*100,"")', fmt=NUM2, v='top')
            put(ws, f'O{r}', note or None, wrap=True, v='top')
            box(ws, f'A{r}:O{r}')
            AG.add(FILE, SH, r, 'C', 2024, iid, name, kt, kr, one(f'E{r}'), many([f'{c}{r}' for c in 'JKLM'], 'cumlast'))
            no += 1
            r += 1
        merge(ws, f'B{start}:B{r - 1}', sas, wrap=True, v='top')
    r += 1
    put(ws, f'B{r}', 'Catatan: realisasi kumulatif s.d. triwulan berjalan; kolom kosong = belum dilaporkan.', italic=True)
    sign(ws, r + 2, 'K', 'Sungai Permai, 10 Januari 2025', ['Kepala UPTD Pusat Pelayanan', 'Terpadu Disabilitas,'])
    ws.freeze_panes = 'E7'

    d = book.sheet('Draft RA')
    put(d, 'A1', 'DRAFT RA 2024 - jangan dicetak')
    put(d, 'A2', 'Penyandang Disabilitas yang Mendapatkan Layanan Rehabilitasi Sosial di UPTD')
    put(d, 'B2', 1450)
    put(d, 'A3', 'Penyandang Disabilitas yang Mengikuti Pelatihan Vokasi')
    put(d, 'B3', 140)
    d.sheet_state = 'hidden'


def main():
    a = Book(AG, 'LKjIP 2021 UPTD PPTD - Bab III.ods')
    lkjip2021(a)
    a.save()
    b = Book(AG, 'Rekap Bulanan Capaian Kinerja UPTD PPTD 2022.xls')
    bulanan2022(b)
    b.save()
    c = Book(AG, 'Capaian Kinerja UPTD PPTD 2023-2024.xlsx')
    panel2023(c)
    kumulatif2024(c)
    c.save()
    AG.write()
    print(SLUG, len(AG.rows), 'key rows')


if __name__ == '__main__':
    main()
