"""Agency 3: UPTD Pelayanan Pendapatan Daerah (Samsat) Wilayah Kota Lambunu, Bapenda Provinsi Selat Widara (invented). 2022-2025."""
from common import *
from lab import asV, agg

SLUG = 'samsat_lambunu_selat_widara'
AG_NAME = 'UPTD Pelayanan Pendapatan Daerah (Samsat) Wilayah Kota Lambunu, Badan Pendapatan Daerah Provinsi Selat Widara'
YEARS = [2022, 2023, 2024, 2025]
KEP1 = ('Drs. ALWI TAMRIN KADDAS, M.Si.', 'Pembina Tk. I (IV/b)', 'NIP. 19690821 199003 1 006')
KEP2 = ('NI MADE SRIASIH PUNDAWA, S.E., M.Ak.', 'Pembina (IV/a)', 'NIP. 19830129 200604 2 011')
KABAN = ('Dr. H. SYAHRIR LANGGODA, S.E., M.M.', 'Pembina Utama Madya (IV/d)', 'NIP. 19700303 199503 1 002')

FLOWS = ['S01', 'S01b', 'S02', 'S03', 'S06', 'S10', 'S13', 'S16', 'S19', 'S20', 'S21', 'S22']
NEG = ['S08', 'S12', 'S16']
U = {'S01': 'Rp miliar', 'S01b': 'Rp miliar', 'S02': 'Rp miliar', 'S03': 'Rp juta', 'S04': '%', 'S05': 'unit',
     'S06': 'unit', 'S07': '%', 'S08': 'Rp miliar', 'S09': '%', 'S10': 'unit', 'S11': 'nilai', 'S12': 'menit',
     'S13': 'transaksi', 'S14': '%', 'S15': 'lokasi', 'S16': 'pengaduan', 'S17': '%', 'S18': 'predikat',
     'S19': 'unit', 'S20': 'Rp miliar', 'S21': 'Rp miliar', 'S22': 'Rp miliar', 'S23': '%'}

NAMES = {
 2022: {'S01': 'Realisasi penerimaan Pajak Kendaraan Bermotor (PKB)',
        'S02': 'Realisasi penerimaan Bea Balik Nama Kendaraan Bermotor (BBNKB)',
        'S03': 'Realisasi Pajak Air Permukaan',
        'S04': 'Persentase capaian target pendapatan daerah UPTD',
        'S05': 'Jumlah kendaraan bermotor terdaftar',
        'S06': 'Jumlah kendaraan yang membayar PKB',
        'S07': 'Persentase kepatuhan wajib pajak kendaraan bermotor',
        'S08': 'Jumlah tunggakan PKB',
        'S10': 'Jumlah kendaraan menunggak yang dikunjungi/ditagih (door to door)',
        'S11': 'Indeks Kepuasan Masyarakat (IKM)',
        'S12': 'Rata-rata waktu pelayanan pengesahan STNK tahunan',
        'S13': 'Jumlah transaksi e-Samsat',
        'S15': 'Jumlah titik layanan Samsat Keliling dan Gerai',
        'S16': 'Jumlah pengaduan masyarakat',
        'S17': 'Persentase pengaduan yang diselesaikan',
        'S18': 'Nilai SAKIP UPTD',
        'S19': 'Jumlah kendaraan baru terdaftar (BBN I)',
        'S23': 'Persentase realisasi anggaran belanja UPTD'},
 2023: {'S01': 'Realisasi Penerimaan PKB',
        'S02': 'Realisasi Penerimaan BBNKB',
        'S03': 'Realisasi Penerimaan Pajak Air Permukaan (PAP)',
        'S04': 'Persentase Capaian Target PAD',
        'S05': 'Jumlah Objek Pajak Kendaraan Bermotor Terdaftar',
        'S06': 'Jumlah Kendaraan Bermotor yang Melakukan Daftar Ulang',
        'S07': 'Tingkat Kepatuhan Wajib Pajak KB',
        'S08': 'Jumlah Tunggakan Pajak Kendaraan Bermotor',
        'S09': 'Persentase Penurunan Tunggakan PKB',
        'S10': 'Jumlah Penagihan Door to Door',
        'S11': 'Nilai IKM Pelayanan Samsat',
        'S12': 'Rata - rata Waktu Pelayanan Pengesahan STNK (menit)',
        'S13': 'Jumlah Transaksi Pembayaran Non Tunai (e-Samsat, QRIS, Marketplace)',
        'S14': 'Persentase Transaksi Pembayaran Non Tunai',
        'S15': 'Jumlah Gerai dan Titik Layanan Samsat Keliling',
        'S16': 'Jumlah Pengaduan Masyarakat terhadap Pelayanan',
        'S17': 'Persentase Pengaduan Masyarakat yang Ditindaklanjuti',
        'S18': 'Predikat Evaluasi SAKIP',
        'S19': 'Jumlah Kendaraan Bermotor Baru Terdaftar',
        'S20': 'Realisasi Penerimaan SWDKLLJ',
        'S23': 'Persentase Serapan Anggaran'},
 2024: {'S01': 'Penerimaan Pajak Kendaraan Bermotor',
        'S02': 'Penerimaan Bea Balik Nama Kendaraan Bermotor',
        'S03': 'Penerimaan PAP',
        'S04': 'Prosentase pencapaian target pendapatan',
        'S05': 'Jumlah kendaraan terdaftar (unit)',
        'S06': 'Jumlah kendaraan bayar pajak tahunan',
        'S07': 'Persentase kepatuhan WP PKB',
        'S08': 'Nilai tunggakan PKB',
        'S09': 'Persentase penurunan tunggakan PKB',
        'S10': 'Jumlah kendaraan menunggak yang ditagih',
        'S11': 'Indeks Kepuasan Masyarakat',
        'S12': 'Waktu rata-rata pelayanan pengesahan STNK tahunan',
        'S13': 'Jumlah transaksi pembayaran non tunai',
        'S14': 'Persentase transaksi pembayaran non tunai',
        'S15': 'Jumlah lokasi layanan Samsat keliling & gerai',
        'S16': 'Jumlah pengaduan layanan',
        'S17': 'Persentase pengaduan yang diselesaikan',
        'S19': 'Jumlah kendaraan baru terdaftar',
        'S20': 'Penerimaan Sumbangan Wajib Dana Kecelakaan Lalu Lintas Jalan (SWDKLLJ)',
        'S23': 'Prosentase realisasi belanja'},
 2025: {'S01b': 'Realisasi PKB (bagian Provinsi setelah opsen)',
        'S21': 'Realisasi Opsen PKB (bagian Kab/Kota)',
        'S02': 'Realisasi BBNKB',
        'S22': 'Realisasi Opsen BBNKB (bagian Kab/Kota)',
        'S04': 'Persentase capaian target pendapatan daerah',
        'S05': 'Jumlah Kendaraan Bermotor Terdaftar',
        'S06': 'Jumlah kendaraan yg membayar PKB',
        'S07': 'Persentase Kepatuhan Wajib Pajak Kendaraan Bermotor',
        'S08': 'Jumlah tunggakan PKB',
        'S09': '% penurunan tunggakan pajak kendaraan',
        'S10': 'Jumlah WP menunggak yang ditagih door to door',
        'S11': 'IKM',
        'S12': 'Rata-rata waktu layanan pengesahan STNK',
        'S13': 'Jumlah transaksi non tunai',
        'S14': 'Persentase transaksi non tunai',
        'S15': 'Jumlah gerai / Samsat keliling',
        'S16': 'Jumlah pengaduan masyarakat',
        'S17': 'Persentase penyelesaian pengaduan',
        'S19': 'Jumlah kendaraan bermotor baru',
        'S20': 'Realisasi SWDKLLJ',
        'S23': 'Persentase realisasi anggaran'},
}


def fmtnum(v):
    return '#,##0.##' if isinstance(v, (int, float)) else None


# ================================================================ 2022: annual PK, one header row, values typed with units (.xlsx)
ROWS22 = [
 ('Meningkatnya penerimaan pendapatan asli daerah dari pajak kendaraan bermotor', [
   ('S01', T('Rp. 212.500.000.000', 212500000000), T('Rp. 219.361.845.200', 219361845200), '103,23'),
   ('S02', T('Rp. 118.000.000.000', 118000000000), T('Rp. 126.714.260.000', 126714260000), 107.39),
   ('S03', T('Rp. 1.450.000.000', 1450000000), T('Rp. 1.512.800.450', 1512800450), 104.33),
   ('S04', P(100, '0%'), P(102.9, '0.0%'), 'F'),
   ('S19', DASH, T('22.310 unit', 22310), '-')]),
 ('Meningkatnya kepatuhan wajib pajak kendaraan bermotor', [
   ('S05', T('412.000 unit', 412000), T('415.236 unit', 415236), 100.79),
   ('S06', T('300.000 unit', 300000), T('296.450 unit', 296450), '98,28'),
   ('S07', T('72 - 75 %', 72), T('71,4 %', 71.4), 99.17),
   ('S08', T('Rp. 48.000.000.000', 48000000000), T('Rp. 51.370.000.000', 51370000000), 107.02),
   ('S10', T('6.000 unit', 6000), T('6.240 unit', 6240), 104)]),
 ('Meningkatnya kualitas pelayanan publik', [
   ('S11', N(82), N(84.72), 'F'),
   ('S12', N(30, '0" menit"'), N(27, '0" menit"'), 'F'),
   ('S13', T('40.000 transaksi', 40000), T('43.215 transaksi', 43215), 108.04),
   ('S15', T('80 lokasi', 80), T('8 lokasi', 8), 10),
   ('S16', T('60 pengaduan', 60), T('52 pengaduan', 52), 113.33),
   ('S17', N(100, '0" %"'), N(96.2, '0.0" %"'), 'F'),
   ('S11dup', N(82), N(84.72), 'F')]),
 ('Meningkatnya akuntabilitas kinerja UPTD', [
   ('S18', G('B'), G('B'), '100'),
   ('S23', N(95, '0" %"'), N(96.8, '0.0" %"'), 'F')]),
]


def pk2022(ag, wb, fname, draft=False):
    title = 'PK 2022 awal' if draft else 'PK 2022'
    ws = wb.create_sheet(title); sh = Sheet(ws); y = 2022
    sh.widths(A=5, B=34, C=48, D=22, E=22, F=11, G=24)
    sh.merge('A1:G1', 'PENGUKURAN KINERJA TAHUN 2022', bold=True, align='center', size=12)
    sh.merge('A2:G2', 'UPTD PELAYANAN PENDAPATAN DAERAH (SAMSAT) WILAYAH KOTA LAMBUNU', bold=True, align='center')
    sh.merge('A3:G3', 'BADAN PENDAPATAN DAERAH PROVINSI SELAT WIDARA', bold=True, align='center')
    if draft:
        sh.put('A4', 'konsep awal - sebelum perubahan target (APBD-P)', italic=True)
    for c, t in zip('ABCDEFG', ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', '% Capaian', 'Keterangan']):
        sh.put(f'{c}5', t, bold=True, wrap=True, align='center', border=True)
    r = 6; no = 0
    for sas, items in ROWS22:
        sh.put(f'B{r}', sas, wrap=True, valign='top')   # blank Sasaran below = same as above
        for i, tV, rV, cap in items:
            dup = i.endswith('dup'); i = i.replace('dup', '')
            no += 1
            if draft:
                rV = BLANK; cap = None
            sh.put(f'A{r}', no, align='center')
            sh.put(f'C{r}', NAMES[y][i], wrap=True)
            sh.put(f'D{r}', tV, align='right', fmt=fmtnum(tV.written) if not tV.fmt else None)
            sh.put(f'E{r}', rV, align='right', fmt=fmtnum(rV.written) if not rV.fmt else None)
            if cap == 'F':
                cap = f'=E{r}/D{r}*100'
            sh.put(f'F{r}', cap, fmt='0.00', align='right')
            if draft:
                r += 1; continue
            if dup:
                ag.note(fname, f"PK 2022 row {r}: duplicated row, a second copy of S11 (row {r - 6}) placed in the same sasaran; not keyed.")
            else:
                ag.key(fname, title, r, y, NAMES[y][i], i, tV.key, rV.key, [f'C{r}'], [f'D{r}'], [f'E{r}'])
            r += 1
    last = r - 1
    sh.box('A', 5, 'G', last)
    if draft:
        return
    notes = {
        'S01': "target/realisasi typed as text in full rupiah 'Rp. 212.500.000.000' / 'Rp. 219.361.845.200' (keys 212500000000 / 219361845200; later years are in Rp miliar); capaian typed as text '103,23'",
        'S02': "text in full rupiah (keys 118000000000 / 126714260000)",
        'S03': "text in full rupiah (keys 1450000000 / 1512800450; later years in Rp juta)",
        'S04': "fractions 1 / 1,029 in percent-formatted cells (keys 100 / 102,9)",
        'S19': "target '-' (key null), realisasi '22.310 unit' (key 22310), capaian '-'",
        'S06': "capaian typed '98,28' where 296.450/300.000 = 98,82 (digits swapped)",
        'S07': "target typed as a range '72 - 75 %' (key 72); realisasi '71,4 %' (key 71.4)",
        'S08': "negative indicator (tunggakan); capaian typed 107,02 = the positive ratio (negative formula gives 92,98)",
        'S12': "negative indicator; numbers with the number format 0\" menit\" (keys 30 / 27); capaian formula =E/D*100 is the positive one (90,00; negative 110,00)",
        'S15': "target typed 10x: '80 lokasi' for 8 (key 80 as typed); capaian typed 10",
        'S16': "negative indicator; capaian typed 113,33 = (2x60-52)/60 (right)",
        'S17': "numbers 100 / 96,2 with the number format 0\" %\" / 0.0\" %\": the % is a literal suffix, NOT a percent format (keys 100 / 96.2, not 10000 / 9620)",
        'S18': "grades 'B' / 'B' (keys null), capaian '100' typed as text",
        'S23': "numbers 95 / 96,8 with the literal-% number format 0\" %\" (keys 95 / 96.8)",
    }
    for row in ag.rows:
        if row['file'] == fname and row['sheet'] == title and row['same_as'] in notes:
            ag.note(fname, f"PK 2022 row {row['row']} ({row['same_as']}): {notes[row['same_as']]}.")
    sh.put(f'B{r+1}', 'Jumlah Anggaran :'); sh.put(f'C{r+1}', 'Rp. 4.812.650.000,-')
    sh.put(f'B{r+2}', 'Jumlah Realisasi Anggaran :'); sh.put(f'C{r+2}', 'Rp. 4.658.645.200,- (96,80 %)')
    signature(sh, 'E', r + 4, 'Lambunu, 9 Januari 2023', 'Kepala UPTD PPD Wilayah Kota Lambunu,', *KEP1)
    ag.note(fname, f"PK 2022: title rows 1-3; ONE header row 5 (No, Sasaran Strategis, Indikator Kinerja, Target, Realisasi, % Capaian, Keterangan), no numbered row; data rows 6-{last}. Sasaran written only on the first row of each group (rows 6, 11, 16, 23), blank cells below mean 'same as above' (no merge). Values mostly typed as text with their unit in the same cell ('412.000 unit', 'Rp. 212.500.000.000'); capaian typed except where a formula =E/D*100 could work. Budget lines and signature below.")


# ================================================================ 2023: Formulir E.81, 15-column scheme (.xls)
Q23 = {
 'S01': ([57, 57, 57, 57], [54.12, 58.37, 57.81, 61.12]),
 'S02': ([31, 31, 31, 31.5], [28.41, 30.96, 29.75, 30.72]),
 'S03': ([375, 375, 375, 375], [352.4, 371.15, 360.8, 382.0]),
 'S20': ([5.3, 5.4, 5.4, 5.4], [5.31, 5.48, 5.52, 5.73]),
 'S04': ([25, 50, 75, 100], [24.1, 49.3, 74.0, 99.1]),
 'S05': ([428000] * 4, [425310, 427904, 429655, 431870]),
 'S06': ([78750] * 4, [79250, 80112, 78433, 81177]),
 'S19': ([5500] * 4, [4870, 5320, 5105, 5580]),
 'S13': ([15000] * 4, [14210, 15985, 17240, 18685]),
 'S14': ([20] * 4, [18.2, 19.5, 20.1, 20.7]),
 'S08': ([45] * 4, [50.8, 48.9, 46.3, 44.12]),
 'S09': (['-', 2.5, '-', 5], ['-', 4.8, '-', 14.1]),
 'S10': ([1875] * 4, [1650, 2040, 1987, 2135]),
 'S07': ([74] * 4, [70.2, 71.8, 72.9, 73.9]),
 'S18': (['-', '-', '-', 'BB'], ['-', '-', '-', 'B']),
 'S23': ([P(20), P(45), P(70), P(95)], [P(19.4), P(43.2), P(68.9), P(97.35)]),
 'S11': (['-', 83, '-', 83], ['-', 84.6, '-', 85.1]),
 'S12': ([25] * 4, [26, 24, 23, 22]),
 'S15': ([10] * 4, [9, 10, 10, 11]),
 'S16': ([13, 13, 12, 12], [12, 16, 14, 15]),
 'S17': ([100] * 4, [100, 100, 100, 100]),
}
T23 = {'S01': 228.0, 'S02': 124.5, 'S03': 1500, 'S20': 21.5, 'S04': 100, 'S05': 428000, 'S06': 315000,
       'S19': 22000, 'S13': 60000, 'S14': 20, 'S08': 45, 'S09': 5, 'S10': 7500, 'S07': 74, 'S18': 'BB',
       'S23': 95, 'S11': 83, 'S12': 25, 'S15': 10, 'S16': 50, 'S17': 100}
REN26 = {'S01': (265.0, 219.36), 'S02': (145.0, 126.71), 'S03': (1700, 1512.8), 'S20': (25.0, None),
         'S04': (100, 102.9), 'S05': (480000, 415236), 'S06': (370000, 296450), 'S19': (26000, 22310),
         'S13': (150000, 43215), 'S14': (40, None), 'S08': (35, 51.37), 'S09': (None, None), 'S10': (9000, 6240),
         'S07': (80, 71.4), 'S18': ('A', 'B'), 'S23': (P(95), P(96.8)), 'S11': (88, 84.72), 'S12': (15, 27),
         'S15': (14, 8), 'S16': (30, 52), 'S17': (100, 96.2)}
STRUCT23 = [
 ('Meningkatnya pendapatan asli daerah dari pajak daerah', [
   ('P', '5.02.02', 'PROGRAM PENGELOLAAN PENDAPATAN DAERAH', ['S04'], None),
   ('K', '5.02.02.1.01', 'Pengelolaan Pendapatan Daerah', ['S01', 'S02', 'S03', 'S20'], None),
   ('S', '5.02.02.1.01.0002', 'Pelayanan Penerimaan Pajak Daerah', ['S05', 'S06', 'S19', 'S13', 'S14'], 1286400000),
   ('S', '5.02.02.1.01.0004', 'Penagihan Pajak Daerah', ['S08', 'S09', 'S10'], 642750000),
   ('S', '5.02.02.1.01.0001', 'Pendataan dan Pendaftaran Objek Pajak Daerah', ['S07'], 418200000)]),
 ('Meningkatnya kualitas pelayanan publik dan akuntabilitas kinerja', [
   ('P', '5.02.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', ['S18'], None),
   ('K', '5.02.01.1.02', 'Administrasi Keuangan Perangkat Daerah', ['S23'], 1937300000),
   ('K', '5.02.01.1.08', 'Penyediaan Jasa Penunjang dan Layanan Pengaduan', ['S11', 'S12', 'S15', 'S16', 'S17'], 526900000)]),
]


def e81_2023(ag, wb, fname, upto=4):
    title = 'E81 TW IV 2023' if upto == 4 else 'E81 TW III 2023'
    keyed = upto == 4
    ws = wb.create_sheet(title); sh = Sheet(ws); y = 2023
    sh.widths(A=5, B=22, C=16, D=34, E=40, F=10, AA=18, AB=18)
    for c in range(7, 27):
        ws.column_dimensions[col(c)].width = 12
    sh.merge('A1:AB1', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI SELAT WIDARA', bold=True, align='center', size=12)
    sh.merge('A2:AB2', 'RENJA UPTD PPD WILAYAH KOTA LAMBUNU (BAPENDA) TAHUN 2023', bold=True, align='center')
    sh.merge('A3:AB3', f'Periode Pelaksanaan : s.d. Triwulan {"IV" if upto == 4 else "III"}', align='center')
    hdr = dict(bold=True, wrap=True, align='center')
    for c, t in [('A', 'No'), ('B', 'Sasaran'), ('C', 'Kode'), ('D', 'Urusan / Program / Kegiatan / Sub Kegiatan'),
                 ('E', 'Indikator Kinerja Program (outcome) / Kegiatan (output)'), ('F', 'Satuan'),
                 ('AA', 'Unit PD Penanggung Jawab'), ('AB', 'Keterangan')]:
        sh.merge(f'{c}6:{c}7', t, **hdr)
    pairs = [('G', 'Target Renstra PD pada Tahun 2026 (akhir periode Renstra)'),
             ('I', 'Realisasi Capaian Kinerja Renstra PD s/d Renja Tahun Lalu (2022)'),
             ('K', 'Target Kinerja dan Anggaran Renja PD Tahun 2023 yang Dievaluasi'),
             ('U', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'),
             ('W', 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2023'),
             ('Y', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2023 (%)')]
    for c, t in pairs:
        sh.merge(f'{c}6:{shift(c,1)}7', t, **hdr)
    sh.merge('M6:T6', 'Realisasi Kinerja pada Triwulan', **hdr)
    for k, q in enumerate(['I', 'II', 'III', 'IV']):
        c = col(13 + 2 * k); sh.merge(f'{c}7:{shift(c,1)}7', q, **hdr)
    nums = [('A', '1'), ('B', '2'), ('D', '3'), ('E', '4'), ('G', '5'), ('I', '6'), ('K', '7'), ('M', '8'),
            ('O', '9'), ('Q', '10'), ('S', '11'), ('U', '12 = 8+9+10+11'), ('W', '13 = 6 + 12'),
            ('Y', '14 = 13/5 x 100'), ('AA', '15'), ('AB', '16')]
    for c, t in nums:
        if c in ('A', 'B', 'D', 'E', 'AA', 'AB'):
            sh.put(f'{c}8', t, align='center', italic=True)
        else:
            sh.merge(f'{c}8:{shift(c,1)}8', t, align='center', italic=True)
    for k in range(10):
        c = col(7 + 2 * k)
        sh.put(f'{c}9', 'K', **hdr); sh.put(f'{shift(c,1)}9', 'Rp', **hdr)
    sh.merge('A10:AB10', 'Perangkat Daerah : Badan Pendapatan Daerah - UPTD PPD Wilayah Kota Lambunu', bold=True)
    r = 11; no = 0; prog_rows = []
    for sas, items in STRUCT23:
        rs = r
        prow = None; krow = None; subrows = []
        for typ, kode, pname, ids, budget in items:
            rk = r
            for j, i in enumerate(ids):
                no += 1
                qt, qr = Q23[i]
                qt = [asV(x) for x in qt]; qr = [asV(x) for x in qr]
                if upto == 3:
                    qr[3] = BLANK
                t = T23[i]
                tV = G(t) if isinstance(t, str) else (P(t) if i == 'S23' else N(t))
                g, ii = REN26[i]
                sh.put(f'A{r}', no, align='center')
                sh.put(f'E{r}', NAMES[y][i], wrap=True)
                sh.put(f'F{r}', U[i], align='center')
                sh.put(f'G{r}', asV(g) if g is not None else None, fmt=fmtnum(g))
                sh.put(f'I{r}', asV(ii) if ii is not None else '-', fmt=fmtnum(ii))
                sh.put(f'K{r}', tV, fmt=fmtnum(tV.written) if not tV.fmt else None)
                for k in range(4):
                    c = col(13 + 2 * k)
                    sh.put(f'{c}{r}', qr[k], fmt=fmtnum(qr[k].written) if not qr[k].fmt else None)
                if i in FLOWS:
                    u12 = F(f'=SUM(M{r},O{r},Q{r},S{r})', agg(qr, 'sum'))
                    if i == 'S10' and keyed:
                        u12 = T('7.812 unit', 7812)
                        ag.note(fname, f"{title} row {r} (S10): column 12 (U) typed as text '7.812 unit' over the formula (key 7812).")
                elif i == 'S17':
                    u12 = F(f'=SUM(M{r},O{r},Q{r},S{r})', agg(qr, 'sum'))
                    if keyed:
                        ag.note(fname, f"{title} row {r} (S17): a percentage summed over the quarters: column 12 =SUM(M,O,Q,S) = 400 for 100 % every quarter -> key realisasi 400 as the cell stands (the last quarter would be 100); column 14 400,00.")
                elif i == 'S14' and keyed:
                    u12 = N(0.207)
                    ag.note(fname, f"{title} row {r} (S14): column 12 typed 0,207 (a fraction in a General cell; unit %, TW IV 20,7) -> key 0.207 as typed.")
                elif i in ('S09', 'S18'):
                    last = agg(qr, 'last')
                    u12 = N(last) if i == 'S09' else G('B')
                else:
                    u12 = F(f'=S{r}', agg(qr, 'last'), fmt='0.00%' if i == 'S23' else None)
                if upto == 3 and i not in FLOWS and i != 'S17':
                    u12 = F(f'=Q{r}', None)
                sh.put(f'U{r}', u12, fmt=fmtnum(u12.key) if not u12.fmt else None)
                if i in FLOWS:
                    sh.put(f'W{r}', f'=I{r}+U{r}', fmt='#,##0.##')
                else:
                    sh.put(f'W{r}', f'=U{r}', fmt='0.00%' if i == 'S23' else '#,##0.##')
                sh.put(f'Y{r}', f'=W{r}/G{r}*100', fmt='0.00')
                if keyed:
                    ag.key(fname, title, r, y, NAMES[y][i], i, tV.key, u12.key, [f'E{r}'], [f'K{r}'], [f'U{r}'])
                    if i == 'S09':
                        ag.note(fname, f"{title} row {r} (S09): measured at semesters ('-' in TW I and III); Renstra target (G) blank so column 14 shows #DIV/0!; column 12 typed 14,1.")
                    if i == 'S18':
                        ag.note(fname, f"{title} row {r} (S18): grades: target 'BB', TW IV and column 12 'B' (keys null); Renstra target 'A'.")
                    if i == 'S23':
                        ag.note(fname, f"{title} row {r} (S23): target, quarters and column 12 as fractions in percent-formatted cells (keys 95 / 97,35); quarters a cumulative schedule.")
                    if i == 'S11':
                        ag.note(fname, f"{title} row {r} (S11): IKM surveyed in TW II and TW IV; column 12 =S (85,1).")
                    if i == 'S20':
                        ag.note(fname, f"{title} row {r} (S20): new indicator, column 6 (I) '-' so columns 13 and 14 show #VALUE!; the 'Rata-rata capaian kinerja' line below therefore shows #VALUE! too.")
                    if i in ('S01', 'S02', 'S03'):
                        ag.note(fname, f"{title} row {r} ({i}): kegiatan-level indicator in Rp; column 13 = 6 + 12 adds last year's realisation to this year's (the form's rule, meaningless for a yearly revenue).")
                    if i in ('S08', 'S12'):
                        ag.note(fname, f"{title} row {r} ({i}): negative indicator, level: column 12 =S (TW IV); column 14 =W/G*100 positive.")
                if budget and j == 0:
                    sh.put(f'H{r}', budget * 4 + 212000000, fmt='#,##0')
                    sh.put(f'J{r}', int(budget * 0.97), fmt='#,##0')
                    sh.put(f'L{r}', budget, fmt='#,##0')
                    parts = split_flow(int(budget * 0.961), 4, 0, (0.18, 0.26, 0.25, 0.31))
                    for k in range(4):
                        c = col(14 + 2 * k)
                        if upto == 3 and k == 3:
                            continue
                        if i == 'S05' and k == 1:
                            sh.put(f'{c}{r}', f'={parts[0] + parts[1]}-N{r}', fmt='#,##0')
                            if keyed:
                                ag.note(fname, f"{title} row {r}: Rp of TW II (P{r}) is '={parts[0]+parts[1]}-N{r}' (a constant inside the formula).")
                        else:
                            sh.put(f'{c}{r}', parts[k], fmt='#,##0')
                    sh.put(f'V{r}', f'=SUM(N{r},P{r},R{r},T{r})', fmt='#,##0')
                    sh.put(f'X{r}', f'=J{r}+V{r}', fmt='#,##0')
                    sh.put(f'Z{r}', f'=X{r}/H{r}*100', fmt='0.00')
                    subrows.append(r)
                if typ == 'P' and j == 0:
                    prow = r
                if typ == 'K' and budget is None and j == 0:
                    krow = r
                sh.put(f'AA{r}', 'Seksi Penetapan dan Penagihan' if sas.startswith('Meningkatnya pend') else 'Sub Bagian Tata Usaha', wrap=True)
                r += 1
            sh.put(f'C{rk}', kode)
            if r - rk > 1:
                sh.merge(f'D{rk}:D{r-1}', pname, wrap=True, valign='top', bold=(typ != 'S'))
            else:
                sh.put(f'D{rk}', pname, wrap=True, bold=(typ != 'S'))
        for c in ['H', 'J', 'L', 'N', 'P', 'R', 'T', 'V', 'X']:
            if upto == 3 and c == 'T':
                continue
            s = '=' + '+'.join(f'{c}{k}' for k in subrows)
            if krow:
                sh.put(f'{c}{krow}', s, fmt='#,##0')
                sh.put(f'{c}{prow}', f'={c}{krow}', fmt='#,##0')
            else:
                sh.put(f'{c}{prow}', s, fmt='#,##0')
        prog_rows.append(prow)
        sh.merge(f'B{rs}:B{r-1}', sas, wrap=True, valign='top')
    last = r - 1
    sh.box('A', 6, 'AB', last)
    sh.merge(f'A{r}:F{r}', 'JUMLAH', bold=True, align='center')
    for c in ['H', 'J', 'L', 'N', 'P', 'R', 'T', 'V', 'X']:
        if upto == 3 and c == 'T':
            continue
        sh.put(f'{c}{r}', '=' + '+'.join(f'{c}{k}' for k in prog_rows), fmt='#,##0', bold=True)
    sh.box('A', r, 'AB', r)
    r += 2
    sh.put(f'D{r}', 'Rata-rata capaian kinerja (%)', bold=True); sh.put(f'Y{r}', f'=AVERAGE(Y11:Y{last})', fmt='0.0')
    sh.put(f'D{r+1}', 'Predikat kinerja', bold=True); sh.put(f'Y{r+1}', 'Sangat Tinggi')
    sh.put(f'D{r+2}', 'Faktor pendorong keberhasilan pencapaian :', bold=True); sh.put(f'E{r+2}', 'Layanan non tunai (QRIS, marketplace) dan Samsat keliling malam.')
    sh.put(f'D{r+3}', 'Faktor penghambat pencapaian kinerja :', bold=True); sh.put(f'E{r+3}', 'Penurunan penjualan kendaraan baru (BBNKB) pada semester I.')
    sh.put(f'D{r+4}', 'Tindak lanjut dalam Renja berikutnya :', bold=True); sh.put(f'E{r+4}', 'Persiapan penerapan opsen PKB dan BBNKB mulai 5 Januari 2025.')
    r += 6
    sh.put(f'D{r}', 'Disusun', bold=True); sh.put(f'U{r}', 'Dievaluasi', bold=True)
    signature(sh, 'D', r + 1, 'Lambunu, 12 Januari 2024', 'Kepala UPTD PPD Wilayah Kota Lambunu,', *KEP1)
    signature(sh, 'U', r + 1, 'Lambunu, 18 Januari 2024', 'Kepala Badan Pendapatan Daerah,', *KABAN)
    if keyed:
        ag.note(fname, f"{title}: Formulir E.81, 15-column scheme plus unnumbered Kode, Satuan and Keterangan. Title rows 1-3; header rows 6-7, row 8 column numbers ('12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'), row 9 K / Rp; row 10 'Perangkat Daerah : ...' (not keyed); data rows 11-{last}: programme rows (bold, with an outcome indicator: keyed), kegiatan rows (bold) and sub kegiatan rows, the name in D merged over its indicator rows. Columns: A No, B Sasaran (merged), C Kode, D Program/Kegiatan/Sub Kegiatan, E Indikator (name cell), F Satuan, G/H (5) Renstra 2026, I/J (6) realisasi s/d 2022, K/L (7) target 2023 (key target = K), M/N..S/T (8-11) TW I-IV, U/V (12) (key realisasi = U), W/X (13), Y/Z (14), AA (15), AB Ket. Row {last+1} JUMLAH (budget), then 'Rata-rata capaian kinerja (%)', 'Predikat kinerja', Faktor pendorong/penghambat, Tindak lanjut, signatures (not keyed). S01-S03 and S20 are kegiatan-level indicators, K in Rp miliar / Rp juta.")


# ================================================================ 2024 + 2025: Rencana Aksi printed twice side by side (.ods)
Q24 = {
 'S01': ([58, 60, 60, 63.75], [57.4, T('61,25', 61.25), 58.95, 61.3]),
 'S02': ([32, 33, 32, 34], [30.15, 32.4, 31.05, 33.7]),
 'S03': ([375, 385, 390, 400], [380.5, 401.2, 395.0, 421.5]),
 'S04': ([P(25), P(50), P(75), P(100)], [P(24.6), P(49.1), P(73.2), P(98.6)]),
 'S19': ([5800, 5900, 5800, 6000], [5210, 5630, 5480, 5720]),
 'S20': ([5.7, 5.7, 5.7, 5.7], [5.42, 5.61, 5.5, 5.78]),
 'S05': ([445000] * 4, [433120, 437560, 442015, 447102]),
 'S06': ([82500] * 4, [80120, 82433, 79870, 85017]),
 'S07': ([75] * 4, [70.1, 71.6, 72.4, 73.2]),
 'S08': ([42] * 4, [45.8, 44.9, 43.6, 43.05]),
 'S09': (['-', 2.5, '-', 5], ['-', 1.1, '-', 2.4]),
 'S10': ([2000] * 4, [1720, 1905, 1830, 1935]),
 'S11': (['-', 84, '-', 84], ['-', 85.4, '-', 86.03]),
 'S12': ([20] * 4, [23, 22, 21, 21]),
 'S13': ([20000] * 4, [18120, 19365, T('19.870 trx', 19870), 21100]),
 'S14': ([25] * 4, [22.6, 23.1, 23.8, 24.0]),
 'S15': ([10, 11, 12, 12], [10, 11, 12, 12]),
 'S16': ([12, 11, 11, 11], [9, 11, 8, 10]),
 'S17': ([100] * 4, [95.0, 96.3, 98.1, 97.4]),
 'S23': ([P(20), P(45), P(70), P(95)], [P(18.3), P(41.7), P(66.4), P(95.12)]),
}
T24 = {'S01': N(241.75), 'S02': N(131.0), 'S03': N(1550), 'S04': P(100), 'S19': N(23500), 'S20': N(228),
       'S05': N(445000), 'S06': N(330000), 'S07': N(75), 'S08': N(42), 'S09': N(5), 'S10': N(8000),
       'S11': N(84), 'S12': N(20), 'S13': N(80000), 'S14': N(25), 'S15': T('10-12', 10), 'S16': N(45),
       'S17': N(100), 'S23': P(95)}
Q25 = {
 'S01b': ([40.5, 42.0, 42.4, 43.5], [39.87, 41.6, 41.38]),
 'S21': ([27, 28, 28.3, 29], [26.55, 27.74, 27.61]),
 'S02': ([22.6, 23, 23.5, 23.5], [22.9, 23.65, 23.57]),
 'S22': ([15, 15.4, 15.6, 15.7], [15.32, 15.78, 15.65]),
 'S04': ([25, 50, 75, 100], [24.2, 49.0, 74.3]),
 'S19': ([6000] * 4, [5340, 5610, 5530]),
 'S20': ([5.8, 5.9, 5.9, 5.9], [5.61, 5.77, 5.82]),
 'S05': ([460000] * 4, [448900, 450712, 452318]),
 'S06': ([85000] * 4, [82410, 84675, 84215]),
 'S07': ([19, 38, 57, 76], [19.8, 37.4, 55.6]),
 'S08': ([40] * 4, [45.2, 47.8, 46.9]),
 'S09': (['-', 2.5, '-', 5], ['-', 1.2, '-']),
 'S10': ([2000] * 4, [1610, 1795, 1715]),
 'S11': (['-', 85, '-', 85], ['-', 86.4, '-']),
 'S12': ([20] * 4, [20, 19, 18]),
 'S13': ([23750] * 4, [22840, 24395, 25775]),
 'S14': ([30] * 4, [26.2, 27.5, 28.9]),
 'S15': ([12] * 4, [12, 12, 12]),
 'S16': ([10] * 4, [8, 6, 7]),
 'S17': ([100] * 4, [100, 100, 100]),
 'S23': ([P(20), P(45), P(70), P(95)], [P(17.9), P(42.6), P(68.4)]),
}
T25 = {'S01b': N(168.4), 'S21': N(112.3), 'S02': N(92.6), 'S22': N(61.7), 'S04': T('100%', 100), 'S19': N(24000),
       'S20': N(23.5), 'S05': N(460000), 'S06': N(340000), 'S07': N(76), 'S08': N(40), 'S09': N(5), 'S10': N(8000),
       'S11': T('>= 85', 85), 'S12': N(20), 'S13': N(95000), 'S14': N(30), 'S15': N(12), 'S16': N(40), 'S17': N(100),
       'S23': P(95)}
SAS = ['Sasaran 1 : Meningkatnya penerimaan pajak daerah', 'Sasaran 2 : Meningkatnya kepatuhan wajib pajak',
       'Sasaran 3 : Meningkatnya kualitas pelayanan publik', 'Sasaran 4 : Meningkatnya akuntabilitas kinerja']
ORDER24 = [['S01', 'S02', 'S03', 'S04', 'S19', 'S20'], ['S05', 'S06', 'S07', 'S08', 'S09', 'S10'],
           ['S11', 'S12', 'S13', 'S14', 'S15', 'S16', 'S16dup', 'S17'], ['S23']]
ORDER25 = [['S01b', 'S21', 'S02', 'S22', 'S04', 'S19', 'S20'], ['S05', 'S06', 'S07', 'S08', 'S09', 'S10'],
           ['S11', 'S12', 'S13', 'S14', 'S15', 'S16', 'S17'], ['S23']]


def block(ag, sh, fname, sheet, c0, y, order, Q, Tt, upto, triplets=False):
    """one Rencana Aksi table whose first column is c0; quarters as T/R pairs or T/R/% triplets"""
    C = lambda k: shift(c0, k)
    w = 3 if triplets else 2
    last_c = C(4 + 4 * w)
    title = f'RENCANA AKSI DAN REALISASI KINERJA TAHUN {y}' + ('' if upto == 4 else ' (s.d. Triwulan III)')
    sh.merge(f'{C(0)}1:{last_c}1', title, bold=True, align='center', size=12)
    sh.merge(f'{C(0)}2:{last_c}2', 'UPTD PPD (SAMSAT) WILAYAH KOTA LAMBUNU - BAPENDA PROVINSI SELAT WIDARA', bold=True, align='center')
    hdr = dict(bold=True, wrap=True, align='center')
    for k, t in enumerate(['No', 'Indikator Kinerja', 'Satuan', f'Target {y}']):
        sh.merge(f'{C(k)}4:{C(k)}5', t, **hdr)
    for q in range(4):
        c = C(4 + w * q)
        sh.merge(f'{c}4:{shift(c, w - 1)}4', f'Triwulan {["I", "II", "III", "IV"][q]}', **hdr)
        sh.put(f'{c}5', 'T', **hdr); sh.put(f'{shift(c,1)}5', 'R', **hdr)
        if triplets:
            sh.put(f'{shift(c,2)}5', '%', **hdr)
    sh.merge(f'{last_c}4:{last_c}5', 'Ket.', **hdr)
    r = 6; no = 0
    for gi, ids in enumerate(order):
        sh.merge(f'{C(0)}{r}:{last_c}{r}', SAS[gi], bold=True)
        r += 1
        for i in ids:
            dup = i.endswith('dup'); i = i.replace('dup', '')
            no += 1
            qt, qr = Q[i]
            qt = [asV(x) for x in qt]; qr = [asV(x) for x in qr]
            while len(qr) < 4:
                qr.append(BLANK)
            tV = Tt[i]
            sh.put(f'{C(0)}{r}', no, align='center')
            sh.put(f'{C(1)}{r}', NAMES[y][i], wrap=True)
            sh.put(f'{C(2)}{r}', U[i], align='center')
            sh.put(f'{C(3)}{r}', tV, fmt=fmtnum(tV.written) if not tV.fmt else None)
            for q in range(4):
                c = C(4 + w * q)
                sh.put(f'{c}{r}', qt[q], fmt=fmtnum(qt[q].written) if not qt[q].fmt else None)
                sh.put(f'{shift(c,1)}{r}', qr[q], fmt=fmtnum(qr[q].written) if not qr[q].fmt else None)
                if triplets and qr[q].written is not None:
                    sh.put(f'{shift(c,2)}{r}', f'=IFERROR({shift(c,1)}{r}/{c}{r}*100,"-")', fmt='0.00')
            how = 'sum' if i in FLOWS else 'last'
            rcells = [f'{C(5 + w * q)}{r}' for q in range(4)]
            if dup:
                ag.note(fname, f"{sheet} row {r}, columns {C(0)}:{last_c} ({y}): duplicated row, a second copy of {i} (row {r-1}); not keyed.")
            else:
                ag.key(fname, sheet, r, y, NAMES[y][i], i, tV.key, agg(qr, how), [f'{C(1)}{r}'], [f'{C(3)}{r}'],
                       rcells, r_agg=how, col_=C(1))
            r += 1
    sh.box(C(0), 4, last_c, r - 1)
    return r


def ra2425(ag, wb, fname):
    sheet = 'Renaksi 2024-2025'
    ws = wb.create_sheet(sheet); sh = Sheet(ws)
    for c0, w in (('A', 2), ('O', 3)):
        sh.widths(**{c0: 5, shift(c0, 1): 40, shift(c0, 2): 10, shift(c0, 3): 11, shift(c0, 4 + 4 * w): 14})
        for k in range(4, 4 + 4 * w):
            ws.column_dimensions[shift(c0, k)].width = 9
    sh.widths(N=3)
    r1 = block(ag, sh, fname, sheet, 'A', 2024, ORDER24, Q24, T24, 4)
    r2 = block(ag, sh, fname, sheet, 'O', 2025, ORDER25, Q25, T25, 3, triplets=True)
    signature(sh, 'H', max(r1, r2) + 2, 'Lambunu, 10 Januari 2025', 'Kepala UPTD PPD Wilayah Kota Lambunu,', *KEP2)
    signature(sh, 'Y', max(r1, r2) + 2, 'Lambunu, 6 Oktober 2025', 'Kepala UPTD PPD Wilayah Kota Lambunu,', *KEP2)
    sh.put(f'O{max(r1, r2) + 12}', 'Realisasi Triwulan IV 2025 belum tersedia.', italic=True)
    # notes by row
    byid = {(k['year'], k['same_as']): k for k in ag.rows if k['file'] == fname}
    def rr(y, i): return byid[(y, i)]['row']
    n = [
     (2024, 'S01', "TW II realisasi typed as text '61,25' (Indonesian decimal); flow, realisasi = 57,4+61,25+58,95+61,3 = 238,9"),
     (2024, 'S04', "target and quarters as fractions in percent-formatted cells (key target 100, realisasi = TW IV 98,6)"),
     (2024, 'S20', "target typed 10x: 228 for 22,8 (the quarter targets 5,7 x 4 add up to 22,8; key 228 as typed)"),
     (2024, 'S09', "measured at semesters ('-' in TW I/III); realisasi = TW IV 2,4"),
     (2024, 'S11', "IKM in TW II and TW IV only; realisasi = TW IV 86,03"),
     (2024, 'S13', "TW III realisasi typed as text '19.870 trx'; flow, realisasi = 78.455"),
     (2024, 'S15', "target typed as a range '10-12' (key 10)"),
     (2024, 'S08', "negative level indicator; realisasi = TW IV 43,05"),
     (2024, 'S12', "negative level indicator; realisasi = TW IV 21"),
     (2024, 'S16', "negative flow indicator; realisasi = 9+11+8+10 = 38"),
     (2024, 'S23', "target and quarters as fractions in percent-formatted cells (keys 95 / 95,12)"),
     (2025, 'S01b', "PKB after the 2025 opsen split (target 168,4 against 241,75 in 2024): listed as ambiguous with S01; flow, realisasi = TW I-III = 122,85"),
     (2025, 'S21', "new: Opsen PKB; must not be merged with S01/S01b nor with S22 (Opsen BBNKB)"),
     (2025, 'S04', "target typed as text '100%' (key 100); quarters are plain numbers here (not percent-formatted)"),
     (2025, 'S07', "quarter targets cumulative 19/38/57/76; level, realisasi = TW III 55,6"),
     (2025, 'S09', "TW III '-' after TW II 1,2: realisasi = last reported quarter = TW II 1,2"),
     (2025, 'S11', "target typed '>= 85' (key 85); TW III '-': realisasi = TW II 86,4"),
     (2025, 'S23', "target and quarters as fractions in percent-formatted cells; realisasi = TW III 68,4"),
    ]
    for y, i, t in n:
        k = byid[(y, i)]
        ag.note(fname, f"{sheet} row {k['row']} col {k['col']} ({y}, {i}): {t}.")
    ag.note(fname, f"{sheet} (unexpected layout: the Rencana Aksi printed TWICE SIDE BY SIDE): left table A:M = 2024 (final; quarters as T / R pairs: E/F TW I, G/H TW II, I/J TW III, K/L TW IV, M Ket.), right table O:AE = 2025 (s.d. Triwulan III; quarters as T / R / % triplets: S/T/U TW I, V/W/X TW II, Y/Z/AA TW III, AB/AC/AD TW IV, AE Ket.), column N empty. Each table: title rows 1-2; header rows 4-5 (No, Indikator Kinerja, Satuan, Target merged over both; 'Triwulan I'..'IV' over T / R (/ %)); group rows 6, 13/14, 20/21, 29 ('Sasaran n : ...' merged across the table, not keyed); data rows 7-{r1-1} (2024) and 7-{r2-1} (2025). NO annual realisasi column: realisasi = sum of quarters for flows, last reported quarter for levels. The two tables list different indicators in a different order, so the same sheet row holds a 2024 and a 2025 indicator: every key row of this sheet carries 'col' (B for 2024, P for 2025). 2025 TW IV realisasi cells are empty (not yet reported): the 2025 realisasi is TW I-III (flows) or TW III / the last reported quarter (levels). Two signature blocks below.")
    # notes sheet
    ws2 = wb.create_sheet('Catatan'); s2 = Sheet(ws2); s2.widths(A=110)
    for k, t in enumerate(['Catatan',
                           '1. Mulai 5 Januari 2025 berlaku opsen PKB dan opsen BBNKB (UU 1/2022 HKPD): penerimaan dibagi antara Provinsi dan Kab/Kota.',
                           '2. Target PKB 2025 adalah bagian Provinsi saja, tidak sebanding langsung dengan tahun 2024.',
                           '3. Pajak Air Permukaan mulai 2025 dikelola Bidang Pendapatan Bapenda (tidak lagi di UPTD).',
                           '4. Realisasi TW IV 2025 akan diisi setelah rekonsiliasi dengan Jasa Raharja dan Bank Daerah.']):
        s2.put(f'A{k+1}', t, bold=(k == 0))
    ag.note(fname, "Catatan: notes sheet (text, not keyed).")


def build():
    ag = Agency(SLUG, AG_NAME, YEARS)
    ag.flows = FLOWS
    ag.negatives = NEG
    ag.ambiguous = [['S01', 'S01b']]
    books = []
    fg = 'PK_UPTD_PPD_Lambunu_2022.xlsx'
    raw = ag.add_file(fg, 'xlsx'); wb = new_book(); pk2022(ag, wb, fg); pk2022(ag, wb, fg, draft=True)
    wb['PK 2022 awal'].sheet_state = 'hidden'; ag.hidden.append((fg, 'PK 2022 awal'))
    ag.note(fg, "PK 2022 awal: HIDDEN sheet, the draft with the original targets and no realisasi; not keyed.")
    ws = wb.create_sheet('Lampiran Anggaran'); sh = Sheet(ws); sh.widths(A=60, B=20, C=20)
    for k, (a, b, c) in enumerate([('Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
                                   ('Belanja Pegawai', 2315400000, 2298715600),
                                   ('Belanja Barang dan Jasa', 2184250000, 2068432100),
                                   ('Belanja Modal', 313000000, 291497500)]):
        sh.put(f'A{k+1}', a, bold=(k == 0), border=True); sh.put(f'B{k+1}', b, fmt='#,##0', border=True); sh.put(f'C{k+1}', c, fmt='#,##0', border=True)
    sh.put('A5', 'JUMLAH', bold=True); sh.put('B5', '=SUM(B2:B4)', fmt='#,##0'); sh.put('C5', '=SUM(C2:C4)', fmt='#,##0')
    ag.note(fg, "Lampiran Anggaran: budget lines (not keyed).")
    books.append((raw, wb))
    fh = 'Evaluasi_Renja_E81_Samsat_2023.xls'
    raw = ag.add_file(fh, 'xls'); wb = new_book(); e81_2023(ag, wb, fh, 4); e81_2023(ag, wb, fh, 3)
    wb['E81 TW III 2023'].sheet_state = 'hidden'; ag.hidden.append((fh, 'E81 TW III 2023'))
    ag.note(fh, "E81 TW III 2023: HIDDEN sheet, the Triwulan III report of the same form (TW IV empty); not keyed.")
    books.append((raw, wb))
    fi = 'Renaksi_Samsat_2024_2025.ods'
    raw = ag.add_file(fi, 'ods'); wb = new_book(); ra2425(ag, wb, fi); books.append((raw, wb))
    return ag, books
