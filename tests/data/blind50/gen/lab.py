"""Agency 1: UPTD Laboratorium Lingkungan, DLH Provinsi Lamboja Barat (invented). 2019-2022."""
from common import *

SLUG = 'lab_lingkungan_lamboja_barat'
AG_NAME = 'UPTD Laboratorium Lingkungan Dinas Lingkungan Hidup Provinsi Lamboja Barat'
YEARS = [2019, 2020, 2021, 2022]

# id: unit, polarity, kind, names per year, target, realisasi (true values, before planted mistakes)
D = {
 'L01': ('%', '+', 'level', {
    2019: 'Prosentase sampel uji yang diselesaikan tepat waktu',
    2020: 'Persentase Sampel Uji yg Selesai Tepat Waktu',
    2021: 'Persentase sampel yang diuji tepat waktu sesuai standar pelayanan',
    2022: '% Sampel Uji Selesai Tepat Waktu'},
    {2019: 90, 2020: 92, 2021: 93, 2022: 95}, {2019: 88.4, 2020: 93.1, 2021: 94.6, 2022: 96.2}),
 'L02': ('sampel', '+', 'flow', {
    2019: 'Jumlah sampel yang diuji',
    2020: 'Jumlah Sampel Uji yang Dianalisis',
    2021: 'Jumlah sampel lingkungan yang dianalisis di laboratorium',
    2022: 'Jumlah sampel uji (sampel)'},
    {2019: 1800, 2020: 2000, 2021: 2100, 2022: 2300}, {2019: 1850, 2020: 1712, 2021: 2240, 2022: 2410}),
 'L03': ('parameter', '+', 'level', {
    2019: 'Jumlah parameter uji yang terakreditasi KAN',
    2020: 'Jumlah Parameter Terakreditasi Komite Akreditasi Nasional',
    2021: 'Parameter uji terakreditasi (KAN)',
    2022: 'Jumlah parameter pengujian terakreditasi SNI ISO/IEC 17025:2017'},
    {2019: 45, 2020: 50, 2021: 55, 2022: 60}, {2019: 46, 2020: 50, 2021: 58, 2022: 61}),
 'L04': ('indeks', '+', 'level', {
    2019: 'Indeks Kepuasan Masyarakat (IKM)',
    2020: 'Nilai IKM terhadap pelayanan laboratorium',
    2021: 'Indeks Kepuasan Masyarakat',
    2022: 'IKM Layanan Pengujian Laboratorium'},
    {2019: 80, 2020: 81, 2021: 82, 2022: 83}, {2019: 82.35, 2020: 79.8, 2021: 84.12, 2022: 85.06}),
 'L05': ('%', '+', 'level', {
    2019: 'Persentase keluhan pelanggan yang ditindaklanjuti',
    2020: 'Prosentase pengaduan pelanggan yang ditindak lanjuti',
    2021: 'Persentase Keluhan Pelanggan Yang Ditindaklanjuti'},
    {2019: 100, 2020: 100, 2021: 100}, {2019: 100, 2020: 95.5, 2021: 100}),
 'L06': ('dokumen', '+', 'flow', {
    2019: 'Jumlah Laporan Hasil Uji (LHU) yang diterbitkan',
    2020: 'Jumlah LHU yang diterbitkan',
    2021: 'Jumlah laporan hasil uji yang diterbitkan',
    2022: 'Jumlah LHU terbit (dokumen)'},
    {2019: 600, 2020: 650, 2021: 700, 2022: 760}, {2019: 612, 2020: 540, 2021: 731, 2022: 788}),
 'L07': ('%', '-', 'level', {
    2019: 'Persentase LHU yang direvisi',
    2020: 'Persentase Laporan Hasil Uji yang Dikoreksi/Direvisi',
    2021: 'Prosentase LHU yg direvisi',
    2022: 'Persentase revisi LHU'},
    {2019: 5, 2020: 4, 2021: 4, 2022: 3}, {2019: 6.2, 2020: 3.5, 2021: 3.1, 2022: 2.4}),
 'L08': ('hari kerja', '-', 'level', {
    2019: 'Rata - rata waktu penyelesaian pengujian sampel',
    2020: 'Rata-rata Waktu Penyelesaian Pengujian (hari kerja)',
    2021: 'Rata-rata waktu pengujian sampel',
    2022: 'Rerata waktu penyelesaian uji sampel'},
    {2019: 14, 2020: 14, 2021: 12, 2022: 10}, {2019: 15, 2020: 12.5, 2021: 11.8, 2022: 9.6}),
 'L09': ('sampel', '+', 'flow', {
    2019: 'Jumlah sampel air sungai yang diuji',
    2020: 'Jumlah Sampel Air Sungai Yang Dipantau',
    2021: 'Jumlah sampel air permukaan (sungai) yang diuji',
    2022: 'Jml sampel air sungai diuji'},
    {2019: 240, 2020: 240, 2021: 264, 2022: 288}, {2019: 240, 2020: 216, 2021: 264, 2022: 290}),
 'L10': ('sampel', '+', 'flow', {
    2019: 'Jumlah sampel air limbah industri yang diuji',
    2020: 'Jumlah Sampel Air Limbah Industri Yang Diuji',
    2021: 'Jumlah sampel air limbah yang diuji',
    2022: 'Jml sampel air limbah industri diuji'},
    {2019: 520, 2020: 560, 2021: 600, 2022: 640}, {2019: 534, 2020: 498, 2021: 622, 2022: 655}),
 'L11': ('titik', '+', 'level', {
    2019: 'Jumlah titik pemantauan kualitas udara ambien',
    2020: 'Jumlah Titik Pantau Udara Ambien',
    2021: 'Jumlah lokasi/titik pemantauan kualitas udara ambien',
    2022: 'Titik pemantauan udara ambien (titik)'},
    {2019: 24, 2020: 24, 2021: 30, 2022: 30}, {2019: 24, 2020: 20, 2021: 30, 2022: 32}),
 'L12': ('%', '+', 'level', {
    2019: 'Persentase hasil uji profisiensi yang memuaskan',
    2020: 'Persentase Parameter Uji Profisiensi dengan Hasil Memuaskan',
    2021: 'Persentase hasil uji banding antar laboratorium (uji profisiensi) memuaskan',
    2022: '% hasil uji profisiensi memuaskan (z-score ≤ 2)'},
    {2019: 85, 2020: 85, 2021: 90, 2022: 90}, {2019: 87.5, 2020: 83.3, 2021: 91.7, 2022: 92.3}),
 'L13': ('Rp', '+', 'flow', {
    2019: 'Pendapatan Retribusi Pelayanan Laboratorium',
    2020: 'Pendapatan retribusi jasa laboratorium (Rp juta)',
    2021: 'Realisasi Retribusi Jasa Usaha Laboratorium',
    2022: 'Pendapatan retribusi laboratorium'},
    {2019: 850000000, 2020: 900, 2021: 950, 2022: 1050}, {2019: 872400000, 2020: 701.25, 2021: 988.6, 2022: 1112.3}),
 'L14': ('pelanggan', '+', 'flow', {
    2019: 'Jumlah pelanggan yang dilayani',
    2020: 'Jumlah Pelanggan Jasa Pengujian',
    2021: 'Jumlah pelanggan (perusahaan/instansi) yang dilayani',
    2022: 'Jumlah pelanggan dilayani'},
    {2019: 180, 2020: 190, 2021: 200, 2022: 220}, {2019: 187, 2020: 164, 2021: 213, 2022: 236}),
 'L15': ('pelanggan', '+', 'flow', {
    2020: 'Jumlah Pelanggan Baru',
    2021: 'Jumlah pelanggan baru',
    2022: 'Jumlah pelanggan baru dilayani'},
    {2020: 20, 2021: 25, 2022: 30}, {2020: 18, 2021: 31, 2022: 34}),
 'L16': ('%', '+', 'level', {
    2019: 'Persentase peralatan laboratorium yang terkalibrasi',
    2020: 'Prosentase Alat Laboratorium Terkalibrasi',
    2021: 'Persentase peralatan lab yang dikalibrasi',
    2022: 'Persentase alat ukur/uji terkalibrasi'},
    {2019: 90, 2020: 90, 2021: 95, 2022: 100}, {2019: 92, 2020: 86.7, 2021: 95.8, 2022: 100}),
 'L17': ('unit', '+', 'flow', {
    2019: 'Jumlah peralatan laboratorium yang dikalibrasi',
    2020: 'Jumlah Alat Laboratorium yang Dikalibrasi',
    2021: 'Jumlah peralatan lab yang dikalibrasi',
    2022: 'Jumlah alat dikalibrasi (unit)'},
    {2019: 46, 2020: 48, 2021: 48, 2022: 52}, {2019: 46, 2020: 39, 2021: 46, 2022: 52}),
 'L18': ('indeks', '+', 'level', {
    2019: 'Indeks Kualitas Air (IKA)',
    2020: 'IKA Provinsi Lamboja Barat',
    2021: 'Nilai Indeks Kualitas Air',
    2022: 'Indeks Kualitas Air'},
    {2019: 55, 2020: 56, 2021: 57, 2022: 58}, {2019: 53.4, 2020: 56.8, 2021: 57.2, 2022: 55.9}),
 'L19': ('indeks', '+', 'level', {
    2020: 'IKU (Indeks Kualitas Udara)',
    2021: 'Nilai Indeks Kualitas Udara',
    2022: 'Indeks Kualitas Udara'},
    {2020: 85, 2021: 86, 2022: 86.5}, {2020: 88.2, 2021: 87.1, 2022: 86.9}),
 'L20': ('orang', '+', 'level', {
    2019: 'Jumlah analis laboratorium bersertifikat kompetensi',
    2020: 'Jumlah SDM Analis Bersertifikat',
    2021: 'Jumlah analis bersertifikat kompetensi',
    2022: 'SDM analis tersertifikasi (orang)'},
    {2019: 8, 2020: 10, 2021: 12, 2022: 14}, {2019: 8, 2020: 9, 2021: 12, 2022: 15}),
 'L21': ('predikat', '+', 'grade', {
    2019: 'Nilai Evaluasi SAKIP UPTD',
    2020: 'Predikat SAKIP'},
    {2019: 'B', 2020: 'BB'}, {2019: 'BB', 2020: 'BB'}),
 'L22': ('%', '+', 'level', {
    2019: 'Persentase realisasi anggaran',
    2020: 'Persentase Serapan Anggaran',
    2021: 'Tingkat serapan anggaran UPTD',
    2022: 'Persentase realisasi belanja'},
    {2019: 95, 2020: 95, 2021: 95, 2022: 95}, {2019: 93.4, 2020: 81.7, 2021: 96.2, 2022: 97.05}),
 'L23': ('parameter', '+', 'level', {2021: 'Jumlah parameter uji mikrobiologi'}, {2021: 12}, {2021: 12}),
 'L23b': ('parameter', '+', 'level', {2022: 'Jumlah parameter uji mikrobiologi terakreditasi'}, {2022: 8}, {2022: 10}),
}

KEPALA_1 = ('Ir. RUSDIANA PAKAILA, M.Si', 'Pembina Tk. I (IV/b)', 'NIP. 19710312 199803 2 004')
KEPALA_2 = ('HENDRIK SALEPPANG, S.T., M.Eng.', 'Pembina (IV/a)', 'NIP. 19800716 200501 1 009')


def unit(i): return D[i][0]
def name(i, y): return D[i][3][y]
def tg(i, y): return D[i][4][y]
def rl(i, y): return D[i][5][y]


# ---------------------------------------------------------------- 2019: annual PK (.xls, sheet PK 2019)
def pk2019(ag, wb, fname):
    ws = wb.create_sheet('PK 2019'); sh = Sheet(ws); y = 2019
    sh.widths(A=5, B=30, C=44, D=16, E=11, F=16, G=11, H=11, I=16)
    sh.merge('A1:I1', 'PENGUKURAN KINERJA', bold=True, align='center', size=12)
    sh.merge('A2:I2', 'UPTD LABORATORIUM LINGKUNGAN DINAS LINGKUNGAN HIDUP PROVINSI LAMBOJA BARAT', bold=True, align='center')
    sh.merge('A3:I3', 'TAHUN ANGGARAN 2019', bold=True, align='center')
    hdr = dict(bold=True, wrap=True, align='center')
    sh.merge('A5:A6', 'No', **hdr); sh.merge('B5:B6', 'Sasaran Strategis', **hdr)
    sh.merge('C5:C6', 'Indikator Kinerja', **hdr); sh.merge('D5:E5', 'Target', **hdr)
    sh.merge('F5:G5', 'Realisasi', **hdr); sh.merge('H5:H6', 'Capaian (%)', **hdr)
    sh.merge('I5:I6', 'Keterangan', **hdr)
    for c, t in zip('DEFG', ['Nilai', 'Satuan', 'Nilai', 'Satuan']):
        sh.put(f'{c}6', t, **hdr)
    for k, c in enumerate('ABCDEFGHI'):
        sh.put(f'{c}7', k + 1, align='center', italic=True)
    groups = [
        ('Meningkatnya kualitas dan ketepatan waktu pelayanan pengujian laboratorium lingkungan',
         ['L01', 'L02', 'L06', 'L07', 'L08', 'L03', 'L04', 'L05']),
        ('Tersedianya data kualitas lingkungan hidup yang akurat dan terpercaya',
         ['L09', 'L10', 'L11', 'L12', 'L18']),
        ('Meningkatnya kapasitas kelembagaan dan pendapatan laboratorium',
         ['L13', 'L14', 'L16', 'L17', 'L20', 'L20dup', 'L21', 'L22']),
    ]
    r = 8; no = 0
    for sas, ids in groups:
        r0 = r
        for i in ids:
            dup = i.endswith('dup'); i = i.replace('dup', '')
            no += 1
            u = unit(i); t = tg(i, y); v = rl(i, y)
            tV, rV = N(t), N(v); tu, ru = u, u
            cap = f'=F{r}/D{r}*100'
            if i == 'L02':
                rV = T('1.850 sampel', 1850); ru = None; cap = 102.78
                ag.note(fname, f"PK 2019 row {r} (L02): realisasi typed as text '1.850 sampel' (key 1850), its Satuan cell left empty; capaian typed 102.78.")
            if i == 'L06':
                cap = f'=F{r}/D{r-1}*100'
                ag.note(fname, f"PK 2019 row {r} (L06): capaian formula =F{r}/D{r-1}*100 points at the previous row's target (shows 34,00; true 102,00).")
            if i in ('L07', 'L08'):
                ag.note(fname, f"PK 2019 row {r} ({i}): negative indicator (lower is better) computed with the positive formula =F/D*100 ({'124,00' if i=='L07' else '107,14'}; the default negative formula gives {'76,00' if i=='L07' else '92,86'}).")
            if i == 'L11':
                tV = N(240)
                ag.note(fname, f"PK 2019 row {r} (L11): target typed 10x: 240 titik for 24 (key 240 as typed); capaian 10,00.")
            if i == 'L12':
                cap = 103.94
                ag.note(fname, f"PK 2019 row {r} (L12): capaian typed 103,94 where 87,5/85 = 102,94.")
            if i == 'L13':
                tV = T('Rp. 850.000.000', 850000000); rV = T('Rp. 872.400.000', 872400000); tu = ru = None; cap = '102,64'
                ag.note(fname, f"PK 2019 row {r} (L13): target and realisasi as text in full rupiah 'Rp. 850.000.000' / 'Rp. 872.400.000' (keys 850000000 / 872400000; later years are in Rp juta); capaian typed as text '102,64'.")
            if i == 'L16':
                tV = P(90, '0%'); rV = P(92, '0%')
                ag.note(fname, f"PK 2019 row {r} (L16): target and realisasi stored as fractions 0,9 / 0,92 in percent-formatted cells (keys 90 / 92).")
            if i == 'L21':
                tV = G('B'); rV = G('BB'); cap = 100
                ag.note(fname, f"PK 2019 row {r} (L21): grades 'B' target, 'BB' realisasi (keys null), capaian typed 100.")
            if i == 'L22':
                rV = T('93,4 %', 93.4); ru = None; cap = 98.32
                ag.note(fname, f"PK 2019 row {r} (L22): realisasi typed as text '93,4 %' (key 93.4); capaian typed 98.32.")
            sh.put(f'A{r}', no, align='center')
            sh.put(f'C{r}', name(i, y), wrap=True)
            sh.put(f'D{r}', tV, fmt='#,##0.##' if isinstance(tV.written, (int, float)) and not tV.fmt else None)
            sh.put(f'E{r}', tu); sh.put(f'F{r}', rV, fmt='#,##0.##' if isinstance(rV.written, (int, float)) and not rV.fmt else None)
            sh.put(f'G{r}', ru); sh.put(f'H{r}', cap, fmt='0.00')
            if dup:
                ag.note(fname, f"PK 2019 row {r}: duplicated row, a second copy of L20 (row {r-1}); not keyed.")
            else:
                ag.key(fname, 'PK 2019', r, y, name(i, y), i, tV.key, rV.key, [f'C{r}'], [f'D{r}'], [f'F{r}'])
            r += 1
        sh.merge(f'B{r0}:B{r-1}', sas, wrap=True, valign='top')
    sh.box('A', 5, 'I', r - 1)
    last = r - 1
    r += 1
    sh.put(f'B{r}', 'Jumlah Anggaran Tahun 2019'); sh.put(f'C{r}', ': Rp. 1.245.600.000,-')
    sh.put(f'B{r+1}', 'Jumlah Realisasi Anggaran Tahun 2019'); sh.put(f'C{r+1}', ': Rp. 1.163.390.400,-')
    signature(sh, 'F', r + 3, 'Watu Lamba, 31 Desember 2019', 'Kepala UPTD Laboratorium Lingkungan,', *KEPALA_1)
    ag.note(fname, f"PK 2019: title rows 1-3; header rows 5-6 (merged No / Sasaran / Indikator / Capaian / Ket; 'Target' and 'Realisasi' each over Nilai + Satuan); numbered column row 7 (1..9); data rows 8-{last}, Sasaran merged in column B over each group; columns A No, B Sasaran, C Indikator, D target, E satuan, F realisasi, G satuan, H capaian (formula =F/D*100 except where typed), I Ket. Budget lines and signature below (not keyed).")


# ---------------------------------------------------------------- 2020: quarterly Rencana Aksi without annual realisasi
Q2020 = {
  # id: (quarter targets, quarter realisasi) ; values are V or numbers
  'L01': ([92, 92, 92, 92], [90.2, 91.8, 92.6, 93.1]),
  'L02': ([450, 500, 500, 550], [380, 402, 418, T('512 sampel', 512)]),
  'L03': ([45, 45, 50, 50], [46, 46, 48, 50]),
  'L04': (['-', 81, '-', 81], ['-', 78.6, '-', 79.8]),
  'L05': ([100, 100, 100, 100], [100, 92.3, 94.1, 95.5]),
  'L06': ([150, 160, 170, 170], [142, 108, 131, 159]),
  'L07': ([4, 4, 4, 4], [4.4, 3.9, 3.6, 3.5]),
  'L08': ([14, 14, 14, 14], [13.2, 12.9, 12.7, 12.5]),
  'L09': ([60, 60, 60, 60], [60, 36, 60, 60]),
  'L10': ([140, 140, 140, 140], [131, 96, 128, 143]),
  'L11': ([24, 24, 24, 24], [24, 18, 20, 20]),
  'L12': (['-', 85, '-', 85], ['-', 80.0, '-', 83.3]),
  'L13': ([200, 220, 230, 250], [176.5, 121.75, 181.0, 222.0]),
  'L14': ([45, 45, 50, 50], [41, 29, 44, 50]),
  'L15': ([5, 5, 5, 5], [4, 3, 5, 6]),
  'L16': ([P(90), P(90), P(90), P(90)], [P(80), P(82.2), P(84.4), P(86.7)]),
  'L17': ([10, 14, 12, 12], [8, 9, 12, 10]),
  'L18': (['-', 56, 56, 56], ['-', 55.9, 56.8, '-']),
  'L19': (['-', 85, '-', 85], ['-', 89.4, '-', 88.2]),
  'L20': ([10, 10, 10, 10], [8, 8, 9, 9]),
  'L21': (['-', '-', '-', 'BB'], ['-', '-', '-', 'BB']),
  'L22': ([P(20), P(45), P(70), P(95)], [P(14.2), P(31.5), P(55.8), P(81.7)]),
}


def asV(x):
    if isinstance(x, V):
        return x
    if x == '-':
        return DASH
    if isinstance(x, str):
        return G(x)
    return N(x)


def agg(vals, how):
    ks = [v.key for v in vals if v.key is not None]
    if not ks:
        return None
    if how == 'sum':
        return rnd(sum(ks))
    return ks[-1]


def ra2020(ag, wb, fname, draft=False):
    title = 'RA 2020 (draft)' if draft else 'RA 2020'
    ws = wb.create_sheet(title); sh = Sheet(ws); y = 2020
    sh.widths(A=5, B=28, C=42, D=11, E=12, **{c: 10 for c in 'FGHIJKLM'}, N=22)
    sh.merge('A1:N1', 'RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2020', bold=True, align='center', size=12)
    sh.merge('A2:N2', 'UPTD LABORATORIUM LINGKUNGAN - DINAS LINGKUNGAN HIDUP PROVINSI LAMBOJA BARAT', bold=True, align='center')
    if draft:
        sh.put('A3', 'DRAFT - belum final (usulan awal Januari 2020)', italic=True)
    hdr = dict(bold=True, wrap=True, align='center')
    for c, t in zip('ABCDE', ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target Tahun 2020']):
        sh.merge(f'{c}5:{c}6', t, **hdr)
    for k, q in enumerate(['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV']):
        c1 = col(6 + 2 * k); c2 = col(7 + 2 * k)
        sh.merge(f'{c1}5:{c2}5', q, **hdr)
        sh.put(f'{c1}6', 'Target', **hdr); sh.put(f'{c2}6', 'Realisasi', **hdr)
    sh.merge('N5:N6', 'Penanggung Jawab', **hdr)
    groups = [
        ('Meningkatnya kualitas dan ketepatan waktu pelayanan pengujian laboratorium lingkungan',
         ['L01', 'L02', 'L06', 'L07', 'L08', 'L03', 'L04', 'L05'], 'Kasubag TU / Koord. Pelayanan'),
        ('Tersedianya data kualitas lingkungan hidup yang akurat dan terpercaya',
         ['L09', 'L10', 'L11', 'L12', 'L18', 'L19'], 'Koord. Pengujian'),
        ('Meningkatnya kapasitas kelembagaan dan pendapatan laboratorium',
         ['L13', 'L14', 'L15', 'L16', 'L17', 'L20', 'L21', 'L22'], 'Kasubag TU'),
    ]
    r = 7; no = 0
    for sas, ids, pj in groups:
        r0 = r
        for i in ids:
            no += 1
            qt, qr = Q2020[i]
            qt = [asV(x) for x in qt]; qr = [asV(x) for x in qr]
            t = tg(i, y)
            tV = G(t) if isinstance(t, str) else N(t)
            if i == 'L11':
                tV = T('>= 24', 24)
            if i == 'L12':
                tV = T('85-90', 85)
            if i in ('L16', 'L22'):
                tV = P(t)
            if draft:
                tV = N(t + 5) if isinstance(t, (int, float)) else tV
                qr = [BLANK] * 4
            sh.put(f'A{r}', no, align='center')
            sh.put(f'C{r}', name(i, y), wrap=True)
            sh.put(f'D{r}', unit(i) if i != 'L13' else 'Rp juta', align='center')
            sh.put(f'E{r}', tV, align='right')
            for k in range(4):
                sh.put(f'{col(6+2*k)}{r}', qt[k], align='right')
                sh.put(f'{col(7+2*k)}{r}', qr[k], align='right')
            kind = D[i][2]
            how = 'sum' if kind == 'flow' else 'last'
            if not draft:
                ag.key(fname, title, r, y, name(i, y), i, tV.key, agg(qr, how), [f'C{r}'], [f'E{r}'],
                       [f'{col(7+2*k)}{r}' for k in range(4)], r_agg=how)
                if i == 'L02':
                    ag.note(fname, f"RA 2020 row {r} (L02): TW IV realisasi typed as text '512 sampel'; flow, realisasi = 380+402+418+512 = 1712.")
                if i == 'L04':
                    ag.note(fname, f"RA 2020 row {r} (L04): IKM measured in TW II and TW IV only ('-' in TW I and III); level, realisasi = TW IV 79,8.")
                if i == 'L11':
                    ag.note(fname, f"RA 2020 row {r} (L11): target typed '>= 24' (key 24); level, realisasi = TW IV 20.")
                if i == 'L12':
                    ag.note(fname, f"RA 2020 row {r} (L12): target typed as a range '85-90' (key 85); measured TW II / TW IV; realisasi 83,3.")
                if i == 'L18':
                    ag.note(fname, f"RA 2020 row {r} (L18): TW IV realisasi '-' (IKA not yet published); level, realisasi = last reported quarter TW III = 56,8.")
                if i == 'L21':
                    ag.note(fname, f"RA 2020 row {r} (L21): grade 'BB' target and realisasi in TW IV (keys null).")
                if i in ('L16', 'L22'):
                    ag.note(fname, f"RA 2020 row {r} ({i}): target and quarters stored as fractions in percent-formatted cells (keys in points); {'L22 quarter targets are a cumulative schedule 20/45/70/95 %' if i=='L22' else 'level'}; realisasi = TW IV.")
                if i in ('L07', 'L08'):
                    ag.note(fname, f"RA 2020 row {r} ({i}): negative indicator (lower is better); no capaian column on this sheet.")
            r += 1
        sh.merge(f'B{r0}:B{r-1}', sas, wrap=True, valign='top')
        sh.merge(f'N{r0}:N{r-1}', pj, wrap=True, valign='top')
    sh.box('A', 5, 'N', r - 1)
    if not draft:
        ag.note(fname, f"RA 2020: title rows 1-2; header rows 5-6 (No, Sasaran, Indikator Kinerja, Satuan, Target Tahun 2020 merged over both; 'Triwulan I'..'IV' each over Target + Realisasi); no numbered column row; data rows 7-{r-1}; columns A No, B Sasaran (merged), C Indikator, D Satuan, E annual target, F/G TW I target/realisasi, H/I TW II, J/K TW III, L/M TW IV, N Penanggung Jawab (merged per group). NO annual realisasi column: key realisasi = sum of quarters for flows, last reported quarter for levels. Quarter targets of flows are per quarter (they add up to the annual target), levels repeat the annual target.")
        signature(sh, 'J', r + 2, 'Watu Lamba, 8 Januari 2021', 'Kepala UPTD Laboratorium Lingkungan,', *KEPALA_1)


def notes_sheet(wb):
    ws = wb.create_sheet('Catatan'); sh = Sheet(ws)
    sh.widths(A=110)
    lines = [
        'CATATAN PENGISIAN (jangan dicetak)',
        '1. Sheet PK 2019 = Pengukuran Kinerja akhir tahun 2019 (sudah ditandatangani).',
        '2. Sheet RA 2020 = Rencana Aksi 2020, realisasi diisi tiap triwulan oleh masing-masing koordinator.',
        '3. Indikator "Jumlah Sampel Uji yang Dianalisis" dan "Jumlah LHU yang diterbitkan" turun karena pembatasan layanan (pandemi Covid-19) April-Juni 2020.',
        '4. IKA 2020 belum terbit dari KLHK s/d laporan ini dibuat, dipakai angka TW III.',
        '5. Target "Jumlah Titik Pantau Udara Ambien" 24 titik, realisasi 20 titik (4 alat passive sampler rusak).',
        '6. Sheet "RA 2020 (draft)" adalah usulan awal, tidak dipakai.',
    ]
    for k, t in enumerate(lines):
        sh.put(f'A{k+1}', t, bold=(k == 0))


# ---------------------------------------------------------------- 2021: LKjIP chapter III table (.ods)
def lkjip2021(ag, wb, fname):
    ws = wb.create_sheet('Tabel 3.1'); sh = Sheet(ws); y = 2021
    sh.widths(A=6, B=52, C=11, D=11, E=11, F=11, G=12, H=11, I=13, J=14, K=18)
    sh.merge('A1:K1', 'BAB III  AKUNTABILITAS KINERJA', bold=True, align='center', size=12)
    sh.merge('A2:K2', 'Tabel 3.1  Capaian Indikator Kinerja Sasaran UPTD Laboratorium Lingkungan Tahun 2021', bold=True, align='center')
    hdr = dict(bold=True, wrap=True, align='center')
    sh.merge('A4:A5', 'No', **hdr); sh.merge('B4:B5', 'Indikator Kinerja', **hdr); sh.merge('C4:C5', 'Satuan', **hdr)
    sh.merge('D4:E4', 'Realisasi', **hdr); sh.put('D5', '2019', **hdr); sh.put('E5', '2020', **hdr)
    sh.merge('F4:H4', 'Tahun 2021', **hdr)
    for c, t in zip('FGH', ['Target', 'Realisasi', 'Capaian (%)']):
        sh.put(f'{c}5', t, **hdr)
    sh.merge('I4:I5', 'Target Akhir Renstra (2023)', **hdr)
    sh.merge('J4:J5', 'Capaian s/d 2021 terhadap Target Renstra (%)', **hdr)
    sh.merge('K4:K5', 'Keterangan', **hdr)
    for k, c in enumerate('ABCDEFGHIJK'):
        sh.put(f'{c}6', f'({k+1})', align='center', italic=True)
    renstra = {'L01': 95, 'L02': 2400, 'L06': 800, 'L07': 3, 'L08': 10, 'L03': 65, 'L23': 20, 'L04': 85,
               'L05': 100, 'L09': 288, 'L10': 680, 'L11': 36, 'L12': 95, 'L18': 60, 'L19': 87,
               'L13': 1200, 'L14': 240, 'L15': 150, 'L16': 100, 'L17': 55, 'L20': 16, 'L22': 95}
    restated = {('L02', 2020): 1721, ('L13', 2019): 872.4, ('L06', 2020): 541}
    groups = [
        ('I', 'Sasaran 1 : Meningkatnya kualitas dan ketepatan waktu pelayanan pengujian laboratorium lingkungan',
         ['L01', 'L02', 'L06', 'L07', 'L08', 'L03', 'L23', 'L04', 'L05']),
        ('II', 'Sasaran 2 : Tersedianya data kualitas lingkungan hidup yang akurat dan terpercaya',
         ['L09', 'L10', 'L11', 'L12', 'L18', 'L19']),
        ('III', 'Sasaran 3 : Meningkatnya kapasitas kelembagaan dan pendapatan laboratorium',
         ['L13', 'L14', 'L15', 'L16', 'L17', 'L20', 'L22']),
    ]
    r = 7; first = None
    for gi, (rom, sas, ids) in enumerate(groups):
        sh.put(f'A{r}', rom, bold=True, align='center')
        sh.merge(f'B{r}:K{r}', sas, bold=True)
        r += 1
        for k, i in enumerate(ids):
            first = first or r
            written = f'{gi+1}.{k+1} {name(i, y)}'
            u = unit(i) if i != 'L13' else 'Rp juta'
            prev = []
            for yy in (2019, 2020):
                if yy in D[i][5] and not isinstance(D[i][5][yy], str):
                    pv = restated.get((i, yy), D[i][5][yy])
                    if i == 'L13' and yy == 2019:
                        pv = 872.4
                    prev.append(pv)
                else:
                    prev.append('-')
            tV, rV = N(tg(i, y)), N(rl(i, y))
            cap = f'=G{r}/F{r}*100'
            if i == 'L08':
                cap = f'=(2*F{r}-G{r})/F{r}*100'
                ag.note(fname, f"Tabel 3.1 row {r} (L08): negative indicator with the negative formula =(2*F-G)/F*100 (101,67).")
            if i == 'L07':
                ag.note(fname, f"Tabel 3.1 row {r} (L07): negative indicator computed with the positive formula =G/F*100 (77,50; the negative formula gives 122,50).")
            if i == 'L10':
                cap = f'=G{r+1}/F{r}*100'
                ag.note(fname, f"Tabel 3.1 row {r} (L10): capaian formula =G{r+1}/F{r}*100 points at the next row's realisasi (shows 5,00; true 103,67).")
            if i == 'L09':
                rV = T('264 sampel', 264)
                cap = 100
                ag.note(fname, f"Tabel 3.1 row {r} (L09): realisasi typed as text '264 sampel' (key 264), capaian typed 100.")
            if i == 'L20':
                tV = N(120)
                ag.note(fname, f"Tabel 3.1 row {r} (L20): target typed 10x: 120 orang for 12 (key 120 as typed), capaian 10,00.")
            if i == 'L01':
                tV, rV = P(93), P(94.6)
                ag.note(fname, f"Tabel 3.1 row {r} (L01): target and realisasi stored as fractions in percent-formatted cells (keys 93 / 94,6); the Renstra target I is typed 95 in points, so the capaian vs Renstra J shows 1,00 (mixed scales).")
            if i == 'L22':
                rV = T('96,2%', 96.2); cap = 101.26
                ag.note(fname, f"Tabel 3.1 row {r} (L22): realisasi typed as text '96,2%' (key 96.2), capaian typed 101,26.")
            if i == 'L04':
                cap = 102.85
                ag.note(fname, f"Tabel 3.1 row {r} (L04): capaian typed 102,85 where 84,12/82 = 102,59.")
            if i == 'L23':
                ag.note(fname, f"Tabel 3.1 row {r} (L23): new indicator, '-' in the 2019 and 2020 columns.")
            sh.put(f'B{r}', written, wrap=True)
            sh.put(f'C{r}', u, align='center')
            for c, pv in zip('DE', prev):
                sh.put(f'{c}{r}', pv, align='right', fmt='#,##0.##' if not isinstance(pv, str) else None)
            sh.put(f'F{r}', tV, align='right'); sh.put(f'G{r}', rV, align='right')
            sh.put(f'H{r}', cap, fmt='0.00')
            sh.put(f'I{r}', renstra[i], align='right')
            sh.put(f'J{r}', f'=IFERROR(G{r}/I{r}*100,"-")', fmt='0.00')
            ag.key(fname, 'Tabel 3.1', r, y, written, i, tV.key, rV.key, [f'B{r}'], [f'F{r}'], [f'G{r}'])
            r += 1
    sh.box('A', 4, 'K', r - 1)
    sh.merge(f'A{r}:G{r}', 'Rata-rata Capaian Kinerja', bold=True, align='center')
    sh.put(f'H{r}', f'=AVERAGE(H{first}:H{r-1})', fmt='0.00', bold=True)
    sh.box('A', r, 'K', r)
    sh.put(f'A{r+2}', 'Sumber : Data UPTD Laboratorium Lingkungan, diolah (Januari 2022)', italic=True)
    sh.put(f'A{r+3}', 'Catatan: realisasi 2019 dan 2020 sesuai LKjIP tahun berkenaan (angka 2020 jumlah sampel dan LHU dimutakhirkan).', italic=True)
    ag.note(fname, f"Tabel 3.1: title rows 1-2; header rows 4-5 ('Realisasi' over 2019/2020, 'Tahun 2021' over Target/Realisasi/Capaian); numbered row 6 '(1)'..'(11)'; group rows 7, 17, 24 ('I'/'II'/'III' + Sasaran text merged B:K, not keyed); data rows 8-{r-1}; indicator names carry a numbering prefix '1.1 ', '2.3 ' ... that is part of the cell text (and of 'written'). Columns: A No (empty on indicator rows), B Indikator, C Satuan, D Realisasi 2019, E Realisasi 2020 (earlier years: NOT keyed; a few are restated, e.g. L02 2020 = 1.721 here vs 1.712 in the RA 2020 sheet), F Target 2021, G Realisasi 2021, H Capaian, I Target akhir Renstra 2023, J capaian vs Renstra. Row {r}: 'Rata-rata Capaian Kinerja' (average, not keyed). Source lines below.")
    # second sheet: budget
    ws2 = wb.create_sheet('Tabel 3.2 Anggaran'); s2 = Sheet(ws2)
    s2.widths(A=6, B=60, C=18, D=18, E=10)
    s2.merge('A1:E1', 'Tabel 3.2  Realisasi Anggaran UPTD Laboratorium Lingkungan Tahun 2021', bold=True)
    for c, t in zip('ABCDE', ['No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%']):
        s2.put(f'{c}3', t, bold=True, border=True, align='center')
    rows = [('1', 'Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup', None, None),
            ('', 'Pengelolaan laboratorium lingkungan dan pelayanan pengujian', 812450000, 784911250),
            ('', 'Pemantauan kualitas air, udara dan tanah', 398200000, 380512600),
            ('2', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', None, None),
            ('', 'Administrasi umum dan pemeliharaan peralatan laboratorium', 286900000, 274150400)]
    rr = 4
    for no, nm, a, b in rows:
        s2.put(f'A{rr}', no, border=True); s2.put(f'B{rr}', nm, border=True, wrap=True)
        if a is None:
            s2.put(f'C{rr}', f'=SUM(C{rr+1}:C{rr+2})' if no == '1' else f'=C{rr+1}', fmt='#,##0', border=True)
            s2.put(f'D{rr}', f'=SUM(D{rr+1}:D{rr+2})' if no == '1' else f'=D{rr+1}', fmt='#,##0', border=True)
        else:
            s2.put(f'C{rr}', a, fmt='#,##0', border=True); s2.put(f'D{rr}', b, fmt='#,##0', border=True)
        s2.put(f'E{rr}', f'=D{rr}/C{rr}*100', fmt='0.00', border=True)
        rr += 1
    s2.put(f'B{rr}', 'JUMLAH', bold=True, border=True)
    s2.put(f'C{rr}', f'=C4+C7', fmt='#,##0', border=True); s2.put(f'D{rr}', f'=D4+D7', fmt='#,##0', border=True)
    s2.put(f'E{rr}', f'=D{rr}/C{rr}*100', fmt='0.00', border=True)
    ag.note(fname, "Tabel 3.2 Anggaran: budget per programme / kegiatan (not keyed).")


# ---------------------------------------------------------------- 2022: monthly recap, table turned over (.xlsx)
MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
          'Oktober', 'November', 'Desember']


def monthly_level(final, pattern):
    """pattern: list of 12 entries: None=blank, number, or 'F' for final"""
    return [final if p == 'F' else p for p in pattern]


def rekap2022(ag, wb, fname):
    ws = wb.create_sheet('Rekap Bulanan 2022'); sh = Sheet(ws); y = 2022
    ids = ['L01', 'L02', 'L03', 'L04', 'L06', 'L07', 'L08', 'L09', 'L10', 'L11', 'L12', 'L13', 'L14',
           'L15', 'L16', 'L17', 'L18', 'L19', 'L20', 'L22', 'L23b']
    cols = [col(3 + k) for k in range(len(ids))]
    lastc = cols[-1]
    sh.widths(A=12, B=26, **{c: 14 for c in cols})
    sh.merge(f'A1:{lastc}1', 'REKAPITULASI REALISASI INDIKATOR KINERJA BULANAN', bold=True, size=12)
    sh.merge(f'A2:{lastc}2', 'UPTD LABORATORIUM LINGKUNGAN DLH PROVINSI LAMBOJA BARAT  -  TAHUN 2022', bold=True)
    hdr = dict(bold=True, wrap=True, align='center')
    sh.merge('A4:B4', 'No. Indikator', **hdr)
    sh.merge('A5:B5', 'Indikator Kinerja', **hdr)
    sh.merge('A6:B6', 'Satuan', **hdr)
    sh.merge('A7:B7', 'Sifat data', **hdr)
    sh.merge('A8:B8', 'Target Tahun 2022', **hdr)
    sh.merge('A9:A20', 'Realisasi', **hdr)
    for k, m in enumerate(MONTHS):
        sh.put(f'B{9+k}', m)
    sh.merge('A21:B21', 'Realisasi s/d Desember 2022', **hdr)
    sh.merge('A22:B22', 'Capaian (%)', **hdr)
    ws.row_dimensions[5].height = 75
    rng = lambda a, b: list(range(a, b))
    monthly = {
        'L01': monthly_level(96.2, [94.1, 94.8, 95.0, 95.3, 95.1, 95.4, 95.8, 95.9, 96.0, 96.1, 96.1, 'F']),
        'L02': split_flow(2410, 12, 0, (150, 170, 205, 198, 190, 214, 212, 220, 216, 225, 210, 200)),
        'L03': monthly_level(61, [58] * 7 + [61] * 4 + ['F']),
        'L04': monthly_level(85.06, [None] * 5 + [84.7] + [None] * 5 + ['F']),
        'L06': split_flow(788, 12, 0, (52, 58, 64, 66, 63, 70, 68, 71, 69, 72, 70, 65)),
        'L07': monthly_level(2.4, [3.1, 2.9, 2.8, 2.8, 2.7, 2.6, 2.6, 2.5, 2.5, 2.5, 2.4, 'F']),
        'L08': monthly_level(9.6, [10.4, 10.2, 10.1, 10.0, 9.9, 9.9, 9.8, 9.8, 9.7, 9.7, 9.6, 'F']),
        'L09': [24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 26, 24],
        'L10': split_flow(655, 12, 0, (50, 52, 55, 54, 53, 56, 57, 56, 55, 57, 56, 54)),
        'L11': monthly_level(32, [30] * 7 + [32] * 4 + ['F']),
        'L12': [None] * 5 + [91.7] + [None] * 6,
        'L13': split_flow(1112.3, 12, 2, (70, 78, 92, 95, 88, 97, 96, 99, 98, 102, 100, 97)),
        'L14': split_flow(236, 12, 0, (15, 17, 20, 20, 19, 21, 20, 21, 20, 22, 21, 20)),
        'L15': [2, 3, 3, 3, 2, 3, 3, 4, 3, 3, 3, 2],
        'L16': [P(x) for x in [91.7, 91.7, 93.3, 95.0, 95.0, 96.7, 96.7, 98.3, 98.3, 100, 100, 100]],
        'L17': [0, 4, 6, 8, 4, 6, 2, 6, 4, 8, 4, 0],
        'L18': [None] * 5 + [54.8] + [None] * 5 + [55.9],
        'L19': [None] * 5 + [87.3] + [None] * 5 + [86.9],
        'L20': monthly_level(15, [12] * 8 + [15] * 3 + ['F']),
        'L22': [P(x) for x in [3.1, 9.8, 18.2, 26.0, 33.4, 45.1, 52.7, 60.3, 68.8, 77.5, 85.9, 97.05]],
        'L23b': monthly_level(10, [8] * 9 + [10] * 2 + ['F']),
    }
    assert sum(monthly['L09']) == 290 and sum(monthly['L15']) == 34 and sum(monthly['L17']) == 52
    for k, i in enumerate(ids):
        c = cols[k]
        kind = D[i][2]
        sh.put(f'{c}4', f'IKU-{k+1:02d}', align='center')
        sh.put(f'{c}5', name(i, y), wrap=True, align='center')
        sh.put(f'{c}6', unit(i) if i != 'L13' else 'Rp juta', align='center')
        sh.put(f'{c}7', 'Kumulatif' if kind == 'flow' else 'Posisi akhir', align='center')
        t = tg(i, y)
        tV = N(t)
        if i in ('L16', 'L22'):
            tV = P(t)
        if i == 'L02':
            tV = T('2.300 sampel', 2300)
        sh.put(f'{c}8', tV, align='right')
        mv = monthly[i]
        for m in range(12):
            v = mv[m]
            if i == 'L12' and m == 11:
                v = 0.923
            sh.put(f'{c}{9+m}', v, fmt='#,##0.##' if isinstance(v, (int, float)) else None)
        if kind == 'flow':
            sh.put(f'{c}21', f'=SUM({c}9:{c}20)', fmt='#,##0.##', bold=True)
            rv = rl(i, y)
        else:
            sh.put(f'{c}21', f'={c}20', bold=True, fmt='0.00%' if i in ('L16', 'L22') else '#,##0.###')
            rv = rl(i, y)
            if i == 'L12':
                rv = 0.923
        cap = f'={c}21/{c}8*100'
        if i == 'L07':
            cap = f'=(2*{c}8-{c}21)/{c}8*100'
        if i == 'L10':
            pc = cols[k - 1]
            cap = f'={c}21/{pc}8*100'
            ag.note(fname, f"Rekap Bulanan 2022 cell {c}22 (L10): capaian formula ={c}21/{pc}8*100 divides by the neighbouring column's (L09's) target (shows 227,43; true 102,34).")
        sh.put(f'{c}22', cap, fmt='0.00')
        ag.key(fname, 'Rekap Bulanan 2022', 5, y, name(i, y), i, tV.key, rv, [f'{c}5'], [f'{c}8'], [f'{c}21'], col_=c)
        if i == 'L02':
            ag.note(fname, f"Rekap Bulanan 2022 cell {c}8 (L02): target typed as text '2.300 sampel' (key 2300); its capaian {c}22 is #VALUE!.")
        if i == 'L12':
            ag.note(fname, f"Rekap Bulanan 2022 cell {c}20 (L12): December value typed as the fraction 0,923 in a General cell (unit %; June is 91,7); the year total {c}21 (=December, 'Posisi akhir') is 0,923 -> key 0.923 as typed; capaian 1,03.")
        if i == 'L08':
            ag.note(fname, f"Rekap Bulanan 2022 cell {c}22 (L08): negative indicator with the positive formula (96,00; negative formula 104,00). L07 (column {cols[ids.index('L07')]}) uses the negative formula (2T-R)/T.")
        if i in ('L16', 'L22'):
            ag.note(fname, f"Rekap Bulanan 2022 column {c} ({i}): target, months and total stored as fractions in percent-formatted cells (keys in points: target {t}, realisasi {rl(i, y)}).")
        if i in ('L04', 'L18', 'L19'):
            ag.note(fname, f"Rekap Bulanan 2022 column {c} ({i}): measured only in June and December; total = December.")
    sh.box('A', 4, lastc, 22)
    signature(sh, cols[14], 25, 'Watu Lamba, 10 Januari 2023', 'Kepala UPTD Laboratorium Lingkungan,', *KEPALA_2)
    ag.note(fname, f"Rekap Bulanan 2022: the table is turned over: one COLUMN per indicator (C..{lastc}, 21 indicators), rows are: 4 code 'IKU-01'.., 5 indicator name (the name cell; every key row has row 5 and its column letter in 'col'), 6 Satuan, 7 'Sifat data' (Kumulatif = flow / Posisi akhir = level), 8 Target 2022, 9-20 monthly realisasi Januari..Desember (A9:A20 merged 'Realisasi', month names in B), 21 'Realisasi s/d Desember 2022' (=SUM for Kumulatif, =December for Posisi akhir; this is the keyed realisasi), 22 Capaian (%). Signature below.")
    # notes sheet
    ws2 = wb.create_sheet('Petunjuk'); s2 = Sheet(ws2); s2.widths(A=100)
    for k, t in enumerate(['PETUNJUK PENGISIAN REKAP BULANAN',
                           '- Isi realisasi setiap bulan paling lambat tanggal 5 bulan berikutnya.',
                           '- Sifat data "Kumulatif": realisasi tahunan = jumlah 12 bulan.',
                           '- Sifat data "Posisi akhir": realisasi tahunan = angka bulan terakhir (Desember).',
                           '- IKM, IKA dan IKU diisi per semester (Juni dan Desember).',
                           '- Persentase diisi dalam format persen (%).']):
        s2.put(f'A{k+1}', t, bold=(k == 0))
    ag.note(fname, "Petunjuk: filling instructions (notes sheet, not keyed).")
    # hidden raw-data sheet
    ws3 = wb.create_sheet('Data Sampel'); s3 = Sheet(ws3)
    for c, t in zip('ABCD', ['Tanggal terima', 'Kode sampel', 'Jenis', 'Parameter']):
        s3.put(f'{c}1', t, bold=True)
    jen = ['Air sungai', 'Air limbah industri', 'Udara ambien', 'Air tanah']
    for k in range(40):
        s3.put(f'A{k+2}', f'{(k % 28) + 1:02d}/{(k // 28) + 1:02d}/2022')
        s3.put(f'B{k+2}', f'LL-22-{k+1:04d}'); s3.put(f'C{k+2}', jen[k % 4])
        s3.put(f'D{k+2}', ['pH, TSS, BOD, COD', 'COD, BOD, minyak lemak', 'SO2, NO2, TSP', 'Fe, Mn, E. coli'][k % 4])
    ws3.sheet_state = 'hidden'
    ag.hidden.append((fname, 'Data Sampel'))
    ag.note(fname, "Data Sampel: HIDDEN sheet, a log of received samples (not keyed).")


def build():
    ag = Agency(SLUG, AG_NAME, YEARS)
    ag.flows = ['L02', 'L06', 'L09', 'L10', 'L13', 'L14', 'L15', 'L17']
    ag.negatives = ['L07', 'L08']
    ag.ambiguous = [['L23', 'L23b']]
    books = []
    # file A: xls with 2019 + 2020
    fa = 'PK_RA_LabLing_2019-2020.xls'
    raw = ag.add_file(fa, 'xls')
    wb = new_book(); pk2019(ag, wb, fa); ra2020(ag, wb, fa); ra2020(ag, wb, fa, draft=True); notes_sheet(wb)
    wb['RA 2020 (draft)'].sheet_state = 'hidden'; ag.hidden.append((fa, 'RA 2020 (draft)'))
    ag.note(fa, "RA 2020 (draft): HIDDEN sheet, same layout as RA 2020 with draft targets (target+5) and no realisasi; not keyed.")
    ag.note(fa, "Catatan: visible notes sheet (plain text, mentions indicator names); not keyed.")
    books.append((raw, wb))
    # file B: ods 2021
    fb = 'LKjIP_2021_Bab_III_Tabel.ods'
    raw = ag.add_file(fb, 'ods'); wb = new_book(); lkjip2021(ag, wb, fb); books.append((raw, wb))
    # file C: xlsx 2022
    fc = 'Rekap_Kinerja_Bulanan_2022.xlsx'
    raw = ag.add_file(fc, 'xlsx'); wb = new_book(); rekap2022(ag, wb, fc); books.append((raw, wb))
    return ag, books
