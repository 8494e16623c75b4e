"""Agency 2: UPTD KPH Wilayah IV Pegunungan Ranowatu, Dinas Kehutanan Provinsi Tanjung Lirang (invented). 2020-2023."""
from common import *
from lab import asV, agg

SLUG = 'kph_ranowatu_tanjung_lirang'
AG_NAME = 'UPTD Kesatuan Pengelolaan Hutan (KPH) Wilayah IV Pegunungan Ranowatu, Dinas Kehutanan Provinsi Tanjung Lirang'
YEARS = [2020, 2021, 2022, 2023]
KEPALA = ('BAMBANG SIGARLAKI, S.Hut., M.P.', 'Pembina (IV/a)', 'NIP. 19760904 200212 1 003')
KADIS = ('Ir. YOHANA MANDAGI-ROREH, M.Si', 'Pembina Utama Muda (IV/c)', 'NIP. 19680512 199403 2 008')

U = {'K01': 'Ha', 'K02': '%', 'K03': 'batang', 'K04': '%', 'K05': 'kelompok', 'K06': 'kelompok',
     'K07': 'Ha', 'K08': 'KUPS', 'K09': 'kejadian', 'K10': 'Ha', 'K11': 'titik', 'K12': 'kasus',
     'K13': 'kali', 'K13b': 'kali', 'K14': 'ton', 'K15': 'Rp juta', 'K16': 'Km', 'K17': 'dokumen',
     'K18': 'kelompok', 'K19': 'Rp juta', 'K20': 'nilai', 'K21': '%', 'K22': 'Ha', 'K23': '%'}
FLOWS = ['K01', 'K03', 'K06', 'K09', 'K10', 'K11', 'K12', 'K13', 'K13b', 'K14', 'K15', 'K16', 'K17', 'K19', 'K22']
NEG = ['K09', 'K10', 'K11']

NAMES = {
 2020: {'K01': 'Luas lahan kritis yang direhabilitasi',
        'K02': 'Persentase penurunan luas lahan kritis',
        'K03': 'Jumlah bibit tanaman hutan yang disalurkan ke masyarakat',
        'K04': 'Persentase tumbuh tanaman rehabilitasi',
        'K05': 'Jumlah Kelompok Tani Hutan (KTH) yang dibina',
        'K07': 'Luas areal Perhutanan Sosial yang mendapat izin/persetujuan',
        'K08': 'Jumlah Kelompok Usaha Perhutanan Sosial (KUPS) yang difasilitasi',
        'K09': 'Jumlah kejadian kebakaran hutan dan lahan',
        'K10': 'Luas kebakaran hutan dan lahan',
        'K11': 'Jumlah hotspot (titik panas)',
        'K12': 'Jumlah kasus gangguan keamanan hutan yang ditangani',
        'K13': 'Frekuensi patroli pengamanan hutan',
        'K14': 'Produksi hasil hutan bukan kayu (HHBK)',
        'K15': 'Nilai transaksi ekonomi HHBK KUPS',
        'K16': 'Panjang batas kawasan hutan yang direkonstruksi',
        'K17': 'Jumlah dokumen Rencana Pengelolaan Hutan Jangka Pendek (RPHJPd) yang disusun',
        'K18': 'Jumlah Masyarakat Peduli Api (MPA) yang dibina',
        'K19': 'Penerimaan Negara Bukan Pajak (PNBP) dari pemanfaatan hutan',
        'K20': 'Indeks Kepuasan Masyarakat (IKM)',
        'K23': 'Persentase realisasi anggaran'},
 2021: {'K01': ('Luas', 'lahan kritis yang direhabilitasi di dalam kawasan hutan'),
        'K22': ('Luas', 'rehabilitasi hutan mangrove'),
        'K02': ('Persentase', 'penurunan lahan kritis'),
        'K04': ('Persentase', 'tanaman hidup pada areal rehabilitasi'),
        'K03': ('Jumlah', 'bibit yang disalurkan'),
        'K09': ('Jumlah', 'kejadian karhutla'),
        'K11': ('Jumlah', 'titik panas (hotspot)'),
        'K12': ('Jumlah', 'kasus pelanggaran kehutanan yg ditangani'),
        'K18': ('Jumlah', 'MPA binaan'),
        'K10': ('Luas', 'areal terbakar (karhutla)'),
        'K13': ('Frekuensi', 'patroli pengamanan hutan'),
        'K16': ('Panjang', 'rekonstruksi batas kawasan hutan'),
        'K07': ('Luas', 'areal perhutanan sosial (PS) yang telah mendapat persetujuan'),
        'K05': ('Jumlah', 'KTH binaan'),
        'K06': ('Jumlah', 'KTH baru yang terbentuk'),
        'K08': ('Jumlah', 'KUPS yang difasilitasi'),
        'K14': ('Produksi', 'HHBK kelompok binaan'),
        'K15': ('Nilai', 'transaksi ekonomi HHBK'),
        'K19': ('Jumlah', 'PNBP pemanfaatan hutan'),
        'K20': ('Indeks', 'Kepuasan Masyarakat (IKM)'),
        'K17': ('Jumlah', 'dokumen RPHJPd'),
        'K23': ('Persentase', 'serapan anggaran')},
 2022: {'K01': 'Luas Rehabilitasi Lahan Kritis (Ha)',
        'K22': 'Luas Rehabilitasi Mangrove (Ha)',
        'K02': 'Prosentase Penurunan Luas Lahan Kritis',
        'K04': 'Persen Tumbuh Tanaman RHL',
        'K03': 'Jumlah Bibit Tanaman Kehutanan & MPTS yang Didistribusikan',
        'K21': 'Persentase Tutupan Lahan Berhutan di Wilayah KPH',
        'K09': 'Jumlah Kejadian Kebakaran Hutan & Lahan (Karhutla)',
        'K10': 'Luas Areal Kebakaran Hutan & Lahan',
        'K11': 'Jumlah Titik Panas',
        'K12': 'Jumlah Kasus Gangguan Keamanan Hutan\n(Illegal Logging, Perambahan) yang Ditangani',
        'K13b': 'Jumlah Patroli Pengamanan Kawasan Hutan',
        'K16': 'Panjang Batas Kawasan yang Dipelihara/Direkonstruksi (Km)',
        'K18': 'Jumlah Kelompok MPA yang Dibina',
        'K07': 'Luas Areal PS yang Memperoleh Persetujuan',
        'K05': 'Jumlah KTH yang Dibina',
        'K06': 'Jumlah KTH Baru',
        'K08': 'Jumlah KUPS Difasilitasi',
        'K14': 'Produksi HHBK (madu, aren, kemiri, rotan)',
        'K15': 'Nilai Transaksi Ekonomi Hasil Hutan Bukan Kayu',
        'K19': 'PNBP Pemanfaatan Hutan (Rp juta)',
        'K20': 'Nilai IKM Pelayanan KPH',
        'K23': 'Tingkat Serapan Anggaran'},
 2023: {'K01': 'Luas lahan kritis yg direhabilitasi',
        'K22': 'Luas hutan mangrove yg direhabilitasi',
        'K02': 'Persentase penurunan lahan kritis di wilayah KPH',
        'K04': 'Persentase keberhasilan tumbuh tanaman RHL',
        'K03': 'Jumlah bibit yang didistribusikan (batang)',
        'K21': 'Persentase tutupan hutan',
        'K09': 'Jumlah kejadian kebakaran hutan dan lahan',
        'K10': 'Luas kebakaran hutan dan lahan (Ha)',
        'K12': 'Jumlah kasus gangguan kamhut yang ditangani',
        'K13': 'Frekuensi patroli pengamanan hutan (kali)',
        'K16': 'Panjang batas kawasan hutan direkonstruksi',
        'K18': 'Jumlah MPA yang dibina',
        'K07': 'Luas perhutanan sosial yang disetujui (Ha)',
        'K05': 'Jumlah kelompok tani hutan binaan',
        'K06': 'Jumlah kelompok tani hutan baru',
        'K08': 'Jumlah KUPS yang difasilitasi',
        'K14': 'Jumlah produksi hasil hutan bukan kayu',
        'K15': 'Nilai ekonomi HHBK yang dipasarkan (Rp juta)',
        'K19': 'Penerimaan Negara Bukan Pajak pemanfaatan hutan',
        'K20': 'Indeks kepuasan masyarakat',
        'K23': 'Persentase penyerapan anggaran'},
}

# true values (target, realisasi) per year
TR = {
 'K01': {2020: (350, 362.5), 2021: (400, 385), 2022: (420, 431.2), 2023: (450, 468)},
 'K02': {2020: (2.5, 2.61), 2021: (2.5, 2.38), 2022: (3, 3.12), 2023: (3, 3.05)},
 'K03': {2020: (150000, 152400), 2021: (175000, 168250), 2022: (200000, 204800), 2023: (200000, 211350)},
 'K04': {2020: (75, 78.3), 2021: (75, 72.6), 2022: (80, 81.5), 2023: (80, 83.0)},
 'K05': {2020: (40, 41), 2021: (45, 45), 2022: (50, 52), 2023: (55, 57)},
 'K06': {2021: (5, 4), 2022: (5, 7), 2023: (6, 6)},
 'K07': {2020: (4200, 4315), 2021: (5000, 4980), 2022: (5800, 6012.75), 2023: (6500, 6640)},
 'K08': {2020: (12, 12), 2021: (15, 14), 2022: (18, 19), 2023: (20, 21)},
 'K09': {2020: (10, 7), 2021: (8, 9), 2022: (8, 5), 2023: (6, 12)},
 'K10': {2020: (50, 31.5), 2021: (40, 44.2), 2022: (40, 18.6), 2023: (30, 86.4)},
 'K11': {2020: (60, 41), 2021: (50, 57), 2022: (45, 33)},
 'K12': {2020: (12, 14), 2021: (12, 11), 2022: (15, 15), 2023: (15, 17)},
 'K13': {2020: (96, 102), 2021: (96, 88), 2023: (120, 131)},
 'K13b': {2022: (120, 126)},
 'K14': {2020: (85, 88.6), 2021: (90, 79.4), 2022: (100, 104.25), 2023: (110, 117.8)},
 'K15': {2020: (1200, 1262.5), 2021: (1350, 1184.0), 2022: (1500, 1633.4), 2023: (1750, 1802.75)},
 'K16': {2020: (25, 25), 2021: (30, 22.5), 2022: (30, 31.2), 2023: (35, 35)},
 'K17': {2020: (1, 1), 2021: (1, 1)},
 'K18': {2020: (8, 8), 2021: (10, 10), 2022: (12, 12), 2023: (14, 15)},
 'K19': {2020: (450, 471.3), 2021: (500, 388.6), 2022: (550, 562.0), 2023: (600, 640.25)},
 'K20': {2020: (78, 80.5), 2021: (80, 81.2), 2022: (80, 82.6), 2023: (82, 83.4)},
 'K21': {2022: (62, 61.8), 2023: (62.5, 62.9)},
 'K22': {2021: (20, 18), 2022: (25, 26.5), 2023: (30, 31)},
 'K23': {2020: (95, 88.2), 2021: (95, 94.1), 2022: (95, 97.3), 2023: (95, 98.05)},
}


def nm(i, y):
    n = NAMES[y][i]
    return n if isinstance(n, str) else n[0] + ' ' + n[1]


def fmtnum(v):
    return '#,##0.##' if isinstance(v, (int, float)) else None


# ================================================================ 2020: Formulir E.81 (.xlsx)
Q2020 = {  # quarter targets, quarter realisasi, col12 kind
 'K01': ([0, 100, 150, 100], [0, 85.5, 162, 115]),
 'K02': ([0.5, 1.0, 1.8, 2.5], [0.42, 0.96, 1.85, 2.61]),
 'K03': ([0, 50000, 60000, 40000], [0, 45000, 62400, 45000]),
 'K04': (['-', '-', 75, 75], ['-', '-', 76.1, 78.3]),
 'K05': ([36, 38, 40, 40], [36, 38, 40, 41]),
 'K07': ([3900, 4000, 4100, 4200], [4050, 4120, 4200, 4315]),
 'K08': ([10, 10, 11, 12], [10, 11, 11, 12]),
 'K09': ([1, 2, 5, 2], [0, 1, 4, 2]),
 'K10': ([5, 10, 25, 10], [0, 4.5, 21, 6]),
 'K11': ([6, 12, 30, 12], [3, 9, 22, 7]),
 'K12': ([3, 3, 3, 3], [2, 4, 5, 3]),
 'K13': ([24, 24, 24, 24], [24, 22, 28, 28]),
 'K14': ([15, 20, 25, 25], [14.2, 21.5, 26.4, 26.5]),
 'K15': ([200, 300, 350, 350], [185.25, 312.75, 372.0, 392.5]),
 'K16': ([0, 10, 10, 5], [0, 8, 12, 5]),
 'K17': ([0, 0, 0, 1], [0, 0, 0, 1]),
 'K18': ([8, 8, 8, 8], [6, 7, 8, 8]),
 'K19': ([100, 110, 120, 120], [96.4, 118.2, 125.6, 131.1]),
 'K20': (['-', '-', '-', 78], ['-', '-', '-', 80.5]),
 'K23': ([P(20), P(45), P(70), P(95)], [P(16.4), P(38.9), P(60.2), P(88.2)]),
}
RENSTRA20 = {'K01': (1800, 700), 'K02': (3, 2.2), 'K03': (800000, 310000), 'K04': (80, 74.2),
             'K05': (55, 38), 'K07': (6500, 3890), 'K08': (20, 10), 'K09': (6, 11), 'K10': (30, 58.2),
             'K11': (40, 72), 'K12': (60, 25), 'K13': (500, 192), 'K14': (500, 160.4), 'K15': (8000, 2210.5),
             'K16': (None, 40), 'K17': (5, 2), 'K18': (14, 7), 'K19': (2800, 830.2), 'K20': (82, 77.9),
             'K23': (P(95), P(91.3))}
STRUCT20 = [
 ('Meningkatnya kualitas tutupan hutan dan lahan', [
   ('P', '3.27.03', 'Program Rehabilitasi Hutan dan Lahan', ['K02'], None),
   ('K', '3.27.03.01', 'Rehabilitasi lahan kritis di dalam kawasan hutan', ['K01'], 685400000),
   ('K', '3.27.03.02', 'Pengadaan dan penyaluran bibit tanaman hutan', ['K03'], 412750000),
   ('K', '3.27.03.03', 'Pemeliharaan tanaman rehabilitasi', ['K04'], 156300000)]),
 ('Menurunnya gangguan keamanan hutan serta kebakaran hutan dan lahan', [
   ('P', '3.27.04', 'Program Perlindungan dan Konservasi Sumber Daya Hutan', ['K10'], None),
   ('K', '3.27.04.01', 'Pengendalian kebakaran hutan dan lahan', ['K09', 'K11', 'K18'], 298600000),
   ('K', '3.27.04.02', 'Pengamanan dan perlindungan hutan', ['K12', 'K13'], 364900000),
   ('K', '3.27.04.03', 'Pemeliharaan dan rekonstruksi batas kawasan hutan', ['K16'], 187250000)]),
 ('Meningkatnya kesejahteraan masyarakat sekitar hutan', [
   ('P', '3.27.05', 'Program Pemanfaatan Potensi Sumber Daya Hutan', ['K07'], None),
   ('K', '3.27.05.01', 'Fasilitasi perhutanan sosial', ['K08', 'K05'], 246800000),
   ('K', '3.27.05.02', 'Pengembangan usaha hasil hutan bukan kayu', ['K14', 'K15'], 198450000),
   ('K', '3.27.05.03', 'Optimalisasi penerimaan dari pemanfaatan hutan', ['K19'], 74300000)]),
 ('Meningkatnya akuntabilitas kinerja dan kualitas pelayanan UPTD', [
   ('P', '3.27.01', 'Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan', ['K23'], None),
   ('K', '3.27.01.01', 'Penyusunan rencana pengelolaan hutan jangka pendek', ['K17'], 64500000),
   ('K', '3.27.01.02', 'Survei kepuasan masyarakat', ['K20'], 28750000)]),
]
BUDGET_W = (0.12, 0.31, 0.33, 0.17)  # share of budget realised per quarter


def e81_2020(ag, wb, fname, upto=4):
    title = 'TW IV' if upto == 4 else 'TW III'
    ws = wb.create_sheet(title); sh = Sheet(ws); y = 2020
    keyed = upto == 4
    sh.widths(A=5, B=22, C=11, D=34, E=40, F=10, AC=18)
    for c in range(7, 29):
        ws.column_dimensions[col(c)].width = 11
    sh.merge('A1:AC1', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', bold=True, align='center', size=12)
    sh.merge('A2:AC2', 'UPTD KPH WILAYAH IV PEGUNUNGAN RANOWATU - DINAS KEHUTANAN PROVINSI TANJUNG LIRANG', bold=True, align='center')
    sh.merge('A3:AC3', f'Periode Pelaksanaan : Triwulan {"IV" if upto == 4 else "III"} Tahun 2020', bold=True, align='center')
    sh.put('A4', 'Indikator dan target kinerja Perangkat Daerah Provinsi yang mengacu pada sasaran RPJMD : Meningkatnya tutupan hutan dan kesejahteraan masyarakat sekitar hutan', italic=True)
    hdr = dict(bold=True, wrap=True, align='center')
    for c, t in [('A', 'No'), ('B', 'Sasaran'), ('C', 'Kode'), ('D', 'Program / Kegiatan'),
                 ('E', 'Indikator Kinerja Program (outcome) / Kegiatan (output)'), ('F', 'Satuan'), ('AC', 'Unit Perangkat Daerah Penanggung Jawab')]:
        sh.merge(f'{c}6:{c}7', t, **hdr)
    pairs = [('G', 'Target Kinerja dan Anggaran Renstra PD Tahun 2023 (Akhir Periode Renstra)'),
             ('I', 'Realisasi Capaian Kinerja dan Anggaran Renstra PD s/d Renja PD Tahun Lalu (2019)'),
             ('K', 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2020) yang Dievaluasi'),
             ('U', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'),
             ('W', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)'),
             ('Y', 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2020'),
             ('AA', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2020 (%)')]
    for c, t in pairs:
        sh.merge(f'{c}6:{shift(c,1)}7', t, **hdr)
    sh.merge('M6:T6', 'Realisasi Kinerja Pada Triwulan', **hdr)
    for k, q in enumerate(['I', 'II', 'III', 'IV']):
        c = col(13 + 2 * k); sh.merge(f'{c}7:{shift(c,1)}7', q, **hdr)
    nums = [('A', '1'), ('B', '2'), ('D', '3'), ('E', '4'), ('G', '5'), ('I', '6'), ('K', '7'), ('M', '8'),
            ('O', '9'), ('Q', '10'), ('S', '11'), ('U', '12 = 8+9+10+11'), ('W', '13 = 12/7 x 100'),
            ('Y', '14 = 6 + 12'), ('AA', '15 = 14/5 x 100'), ('AC', '16')]
    for c, t in nums:
        if c in ('A', 'B', 'D', 'E', 'AC'):
            sh.put(f'{c}8', t, align='center', italic=True)
        else:
            sh.merge(f'{c}8:{shift(c,1)}8', t, align='center', italic=True)
    for k in range(11):
        c = col(7 + 2 * k)
        sh.put(f'{c}9', 'K', **hdr); sh.put(f'{shift(c,1)}9', 'Rp', **hdr)
    sh.merge('A10:AC10', 'Perangkat Daerah : UPTD Kesatuan Pengelolaan Hutan Wilayah IV Pegunungan Ranowatu', bold=True)
    r = 11; no = 0
    prog_rows = []
    for sas, items in STRUCT20:
        rs = r
        prow = None; kegrows = []
        for typ, kode, pname, ids, budget in items:
            rk = r
            for j, i in enumerate(ids):
                no += 1
                t, rv = TR[i][y]
                qt, qr = Q2020[i]
                qt = [asV(x) for x in qt]; qr = [asV(x) for x in qr]
                if upto == 3:
                    qr[3] = BLANK
                sh.put(f'A{r}', no, align='center')
                sh.put(f'E{r}', nm(i, y), wrap=True)
                sh.put(f'F{r}', U[i], align='center')
                g, ii = RENSTRA20[i]
                sh.put(f'G{r}', asV(g) if g is not None else None, fmt=fmtnum(g))
                sh.put(f'I{r}', asV(ii), fmt=fmtnum(ii))
                tV = P(t) if i == 'K23' else N(t)
                if i == 'K02':
                    tV = T('2,5 %', 2.5)
                sh.put(f'K{r}', tV, fmt=fmtnum(tV.written) if not tV.fmt else None)
                for k in range(4):
                    c = col(13 + 2 * k)
                    sh.put(f'{c}{r}', qr[k], fmt=fmtnum(qr[k].written) if not qr[k].fmt else None)
                # column 12
                if i in FLOWS:
                    u12 = F(f'=SUM(M{r},O{r},Q{r},S{r})', agg(qr, 'sum'))
                    if i == 'K13' and keyed:
                        u12 = N(0)
                        ag.note(fname, f"TW IV row {r} (K13): column 12 (U) typed 0 over the formula while the quarters hold 24+22+28+28 = 102 -> key realisasi 0 as typed.")
                else:
                    last = agg(qr, 'last')
                    if i in ('K05', 'K07', 'K08', 'K18'):
                        u12 = F(f'=S{r}', last)
                    elif i == 'K23':
                        u12 = F(f'=S{r}', last, fmt='0.0%')
                    else:
                        u12 = N(last)
                    if i == 'K04' and keyed:
                        u12 = N(76.1)
                        ag.note(fname, f"TW IV row {r} (K04): column 12 (U) typed 76,1 = the TW III value while TW IV holds 78,3 (TW III value taken as the year's) -> key 76.1 as typed.")
                sh.put(f'U{r}', u12, fmt=fmtnum(u12.key) if not u12.fmt else None)
                wf = f'=U{r}/K{r}*100'
                if i == 'K03':
                    wf = f'=U{r+1}/K{r}*100'
                    if keyed:
                        ag.note(fname, f"TW IV row {r} (K03): column 13 formula =U{r+1}/K{r}*100 points at the next row's realisasi.")
                if i == 'K02':
                    wf = 104.4
                sh.put(f'W{r}', wf, fmt='0.00')
                if i in FLOWS:
                    sh.put(f'Y{r}', f'=I{r}+U{r}', fmt='#,##0.##')
                else:
                    sh.put(f'Y{r}', f'=U{r}', fmt='0.0%' if i == 'K23' else '#,##0.##')
                sh.put(f'AA{r}', f'=Y{r}/G{r}*100', fmt='0.00')
                if keyed:
                    ag.key(fname, title, r, y, nm(i, y), i, tV.key, u12.key, [f'E{r}'], [f'K{r}'], [f'U{r}'])
                    if i == 'K16':
                        ag.note(fname, f"TW IV row {r} (K16): Renstra target (column 5, G) left blank, so column 15 (AA) shows #DIV/0!.")
                    if i == 'K02':
                        ag.note(fname, f"TW IV row {r} (K02): target typed as text '2,5 %' (key 2.5); column 12 typed 2,61 (level, = TW IV); column 13 typed 104,4.")
                    if i == 'K23':
                        ag.note(fname, f"TW IV row {r} (K23): target, quarters and column 12 stored as fractions in percent-formatted cells (keys 95 / 88,2); quarters are a cumulative schedule.")
                    if i == 'K20':
                        ag.note(fname, f"TW IV row {r} (K20): IKM surveyed in TW IV only ('-' in TW I-III); column 12 typed 80,5.")
                    if i in NEG:
                        ag.note(fname, f"TW IV row {r} ({i}): negative indicator; column 13 uses the form's positive formula =U/K*100 like every row.")
                if typ == 'K' and j == 0:
                    # budget of the kegiatan
                    sh.put(f'H{r}', budget * 4 + 125000000, fmt='#,##0')
                    sh.put(f'J{r}', int(budget * 1.9), fmt='#,##0')
                    sh.put(f'L{r}', budget, fmt='#,##0')
                    share = {685400000: 0.958, 412750000: 0.931, 156300000: 0.874, 298600000: 0.962, 364900000: 0.897,
                             187250000: 0.912, 246800000: 0.945, 198450000: 0.903, 74300000: 0.988, 64500000: 1.0,
                             28750000: 0.958}[budget]
                    parts = split_flow(int(budget * share), 4, 0, BUDGET_W)
                    for k in range(4):
                        c = col(14 + 2 * k)
                        if upto == 3 and k == 3:
                            continue
                        if i == 'K01' and k == 1:
                            sh.put(f'{c}{r}', f'={parts[0] + parts[1]}-N{r}', fmt='#,##0')
                            if keyed:
                                ag.note(fname, f"TW IV row {r}: Rp of TW II (P{r}) is '={parts[0]+parts[1]}-N{r}' (a constant inside the formula).")
                        else:
                            sh.put(f'{c}{r}', parts[k], fmt='#,##0')
                    sh.put(f'V{r}', f'=SUM(N{r},P{r},R{r},T{r})', fmt='#,##0')
                    sh.put(f'X{r}', f'=V{r}/L{r}*100', fmt='0.00')
                    sh.put(f'Z{r}', f'=J{r}+V{r}', fmt='#,##0')
                    sh.put(f'AB{r}', f'=Z{r}/H{r}*100', fmt='0.00')
                    kegrows.append(r)
                if typ == 'P':
                    prow = r
                unit_pd = {'Meningkatnya kualitas tutupan hutan dan lahan': 'Seksi Perencanaan dan Pemanfaatan Hutan',
                           'Menurunnya gangguan keamanan hutan serta kebakaran hutan dan lahan': 'Seksi Perlindungan, KSDAE dan Pemberdayaan Masyarakat',
                           'Meningkatnya kesejahteraan masyarakat sekitar hutan': 'Seksi Perlindungan, KSDAE dan Pemberdayaan Masyarakat'}.get(sas, 'Sub Bagian Tata Usaha')
                sh.put(f'AC{r}', unit_pd, wrap=True)
                r += 1
            sh.put(f'C{rk}', kode)
            if r - rk > 1:
                sh.merge(f'D{rk}:D{r-1}', pname, wrap=True, valign='top', bold=(typ == 'P'))
            else:
                sh.put(f'D{rk}', pname, wrap=True, bold=(typ == 'P'))
        # program budget = sum of its kegiatan
        for c in ['H', 'J', 'L', 'N', 'P', 'R', 'T', 'V', 'Z']:
            if upto == 3 and c == 'T':
                continue
            sh.put(f'{c}{prow}', '=' + '+'.join(f'{c}{k}' for k in kegrows), fmt='#,##0')
        sh.put(f'X{prow}', f'=V{prow}/L{prow}*100', fmt='0.00')
        sh.put(f'AB{prow}', f'=Z{prow}/H{prow}*100', fmt='0.00')
        prog_rows.append(prow)
        sh.merge(f'B{rs}:B{r-1}', sas, wrap=True, valign='top')
    last = r - 1
    sh.box('A', 6, 'AC', last)
    sh.merge(f'A{r}:F{r}', 'JUMLAH', bold=True, align='center')
    for c in ['H', 'J', 'L', 'N', 'P', 'R', 'T', 'V', 'Z']:
        if upto == 3 and c == 'T':
            continue
        sh.put(f'{c}{r}', '=' + '+'.join(f'{c}{k}' for k in prog_rows), fmt='#,##0', bold=True)
    sh.put(f'X{r}', f'=V{r}/L{r}*100', fmt='0.00', bold=True)
    sh.box('A', r, 'AC', r)
    r += 1
    sh.merge(f'A{r}:V{r}', 'Rata-rata capaian kinerja (%)', bold=True, align='right')
    sh.put(f'W{r}', f'=AVERAGE(W11:W{last})', fmt='0.0', bold=True)
    sh.put(f'X{r}', f'=X{r-1}', fmt='0.0', bold=True)
    sh.merge(f'A{r+1}:V{r+1}', 'Predikat kinerja', bold=True, align='right')
    sh.put(f'W{r+1}', 'Sangat Tinggi', bold=True)
    txt = [('Faktor pendorong keberhasilan pencapaian :', 'Dukungan KTH dan MPA binaan; musim hujan normal sehingga hotspot rendah.'),
           ('Faktor penghambat pencapaian kinerja :', 'Refocusing anggaran Covid-19 (serapan 88,2 %); keterbatasan personel Polhut.'),
           ('Tindak lanjut yang diperlukan dalam triwulan berikutnya :', '-'),
           ('Tindak lanjut yang diperlukan dalam Renja PD berikutnya :', 'Penambahan target rehabilitasi mangrove mulai 2021.')]
    for k, (a, b) in enumerate(txt):
        sh.put(f'A{r+3+k}', a, bold=True); sh.put(f'E{r+3+k}', b)
    rr = r + 9
    sh.put(f'D{rr}', 'Disusun', bold=True); sh.put(f'W{rr}', 'Dievaluasi', bold=True)
    signature(sh, 'D', rr + 1, 'Watu Ranowatu, 15 Januari 2021', 'Kepala UPTD KPH Wilayah IV,', *KEPALA)
    signature(sh, 'W', rr + 1, 'Watu Ranowatu, 20 Januari 2021', 'Kepala Dinas Kehutanan,', *KADIS)
    if keyed:
        ag.note(fname, f"TW IV: Formulir E.81 (17-column scheme plus unnumbered Kode and Satuan). Title rows 1-4; header rows 6-7 (merged, 'Realisasi Kinerja Pada Triwulan' over I-IV), row 8 column numbers incl. '12 = 8+9+10+11', '13 = 12/7 x 100', '14 = 6 + 12', '15 = 14/5 x 100'; row 9 K / Rp under each pair; row 10 'Perangkat Daerah : ...' (not keyed); data rows 11-{last}. Columns: A No, B Sasaran (merged per sasaran), C Kode, D Program (bold) / Kegiatan name (merged over the kegiatan's indicator rows), E Indikator (the name cell), F Satuan, G/H (5) Renstra 2023, I/J (6) realisasi s/d 2019, K/L (7) target 2020 (key target = K), M/N..S/T (8-11) TW I-IV, U/V (12) (key realisasi = U: =SUM of quarters for flows, typed or =S for levels), W/X (13), Y/Z (14), AA/AB (15), AC (16) unit. Programme rows carry an outcome indicator (keyed) and Rp sums of their kegiatan. Row {last+1} JUMLAH (budget line), row {last+2} 'Rata-rata capaian kinerja (%)' and row {last+3} 'Predikat kinerja' (not keyed), then Faktor pendorong / penghambat / Tindak lanjut and two signatures (Disusun / Dievaluasi).")


# ================================================================ 2021: PK with indicator names split over two cells (.ods)
STRUCT21 = [
 ('Meningkatnya luas tutupan hutan dan lahan', [('Luas', ['K01', 'K22']), ('Persentase', ['K02', 'K04']), ('Jumlah', ['K03'])]),
 ('Menurunnya gangguan keamanan hutan serta kebakaran hutan dan lahan',
  [('Jumlah', ['K09', 'K11', 'K12', 'K12dup', 'K18']), ('Luas', ['K10']), ('Frekuensi', ['K13']), ('Panjang', ['K16'])]),
 ('Meningkatnya kesejahteraan masyarakat sekitar hutan melalui perhutanan sosial',
  [('Luas', ['K07']), ('Jumlah', ['K05', 'K06', 'K08']), ('Produksi', ['K14']), ('Nilai', ['K15']), ('Jumlah', ['K19'])]),
 ('Meningkatnya tata kelola dan kualitas pelayanan UPTD', [('Indeks', ['K20']), ('Jumlah', ['K17']), ('Persentase', ['K23'])]),
]


def pk2021(ag, wb, fname):
    ws = wb.create_sheet('PK 2021'); sh = Sheet(ws); y = 2021
    sh.widths(A=5, B=30, C=12, D=44, E=11, F=13, G=13, H=11, I=22)
    sh.merge('A1:I1', 'PENGUKURAN KINERJA TAHUN 2021', bold=True, align='center', size=12)
    sh.merge('A2:I2', 'UPTD KESATUAN PENGELOLAAN HUTAN WILAYAH IV PEGUNUNGAN RANOWATU', bold=True, align='center')
    sh.merge('A3:I3', 'DINAS KEHUTANAN PROVINSI TANJUNG LIRANG', bold=True, align='center')
    hdr = dict(bold=True, wrap=True, align='center')
    for c, t in zip('ABEFGHI', ['No', 'Sasaran Strategis', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan']):
        sh.put(f'{c}5', t, **hdr)
    sh.merge('C5:D5', 'Indikator Kinerja', **hdr)
    for c, t in zip('ABEFGHI', ['(1)', '(2)', '(4)', '(5)', '(6)', '(7)', '(8)']):
        sh.put(f'{c}6', t, align='center', italic=True)
    sh.merge('C6:D6', '(3)', align='center', italic=True)
    r = 7; no = 0
    for sas, groups in STRUCT21:
        rs = r
        for measure, ids in groups:
            rm = r
            for i in ids:
                dup = i.endswith('dup'); i = i.replace('dup', '')
                meas, subj = NAMES[y][i]
                assert meas == measure
                t, rv = TR[i][y]
                tV, rV = N(t), N(rv)
                cap = f'=G{r}/F{r}*100'
                if i in ('K09', 'K11'):
                    cap = f'=(2*F{r}-G{r})/F{r}*100'
                if i == 'K10':
                    ag.note(fname, f"PK 2021 row {r} (K10): negative indicator computed with the positive formula =G/F*100 (110,50; negative formula 89,50), while K09 and K11 use =(2*F-G)/F*100.")
                if i == 'K03':
                    rV = T('168.250 batang', 168250); cap = 96.14
                    ag.note(fname, f"PK 2021 row {r} (K03): realisasi typed as text '168.250 batang' (key 168250); capaian typed 96,14.")
                if i == 'K07':
                    tV = N(50000)
                    ag.note(fname, f"PK 2021 row {r} (K07): target typed 10x: 50.000 Ha for 5.000 (key 50000 as typed); capaian 9,96.")
                if i == 'K14':
                    cap = 92.2
                    ag.note(fname, f"PK 2021 row {r} (K14): capaian typed 92,2 where 79,4/90 = 88,22.")
                if i == 'K20':
                    rV = T('81,2', 81.2); cap = 101.5
                    ag.note(fname, f"PK 2021 row {r} (K20): realisasi typed as text '81,2' (key 81.2); capaian typed 101,5.")
                if i == 'K23':
                    tV = T('>= 95', 95); rV = N(94.1); cap = 99.05
                    ag.note(fname, f"PK 2021 row {r} (K23): target typed '>= 95' (key 95); capaian typed 99,05.")
                no += 1
                sh.put(f'A{r}', no, align='center')
                sh.put(f'D{r}', subj, wrap=True)
                sh.put(f'E{r}', U[i], align='center')
                sh.put(f'F{r}', tV, fmt=fmtnum(tV.written)); sh.put(f'G{r}', rV, fmt=fmtnum(rV.written))
                sh.put(f'H{r}', cap, fmt='0.00')
                if dup:
                    ag.note(fname, f"PK 2021 row {r}: duplicated row, a second copy of K12 (row {r-1}); not keyed.")
                else:
                    ag.key(fname, 'PK 2021', r, y, meas + ' ' + subj, i, tV.key, rV.key,
                           [f'C{rm}', f'D{r}'], [f'F{r}'], [f'G{r}'])
                r += 1
            if r - rm > 1:
                sh.merge(f'C{rm}:C{r-1}', measure, valign='top')
            else:
                sh.put(f'C{rm}', measure)
        sh.merge(f'B{rs}:B{r-1}', sas, wrap=True, valign='top')
    last = r - 1
    sh.box('A', 5, 'I', last)
    sh.put(f'B{r+1}', 'Jumlah Anggaran Tahun 2021'); sh.put(f'D{r+1}', ': Rp. 3.487.250.000,-')
    sh.put(f'B{r+2}', 'Jumlah Realisasi Anggaran Tahun 2021'); sh.put(f'D{r+2}', ': Rp. 3.281.502.250,- (94,10 %)')
    signature(sh, 'F', r + 4, 'Watu Ranowatu, 12 Januari 2022', 'Kepala UPTD KPH Wilayah IV,', *KEPALA)
    ag.note(fname, f"PK 2021 (unexpected layout: names SPLIT over two cells): title rows 1-3; header row 5 ('Indikator Kinerja' merged over C:D); numbered row 6 '(1)'..'(8)' with '(3)' over C:D; data rows 7-{last}. Column C holds the measure word ('Luas', 'Persentase', 'Jumlah', 'Frekuensi', 'Panjang', 'Produksi', 'Nilai', 'Indeks'), merged vertically over consecutive indicators that share it; column D holds the rest of the name. Key 'written' = C text (top-left of its merge) + ' ' + D text; 'row' = the row of the D cell. Columns: A No, B Sasaran (merged), C/D Indikator, E Satuan, F Target, G Realisasi, H Capaian (=G/F*100 or typed), I Ket. Budget lines and signature below.")


# ================================================================ 2022: quarterly Rencana Aksi with annual realisasi (.ods)
Q2022 = {
 'K01': ([0, 120, 180, 120], [0, 110.5, 196.2, 124.5]),
 'K22': ([0, 10, 10, 5], [0, 9.5, 12, 5]),
 'K02': ([0.75, 1.5, 2.25, 3], [0.8, 1.62, 2.4, 3.12]),
 'K04': (['-', '-', 80, 80], ['-', '-', P(79.2), P(81.5)]),
 'K03': ([0, 80000, 80000, 40000], [0, 76500, 88300, 40000]),
 'K21': (['-', 62, '-', 62], ['-', 61.9, '-', 61.8]),
 'K09': ([1, 2, 4, 1], [0, 1, 3, 1]),
 'K10': ([4, 8, 22, 6], [0, 2.5, 14.1, 2]),
 'K11': ([5, 10, 22, 8], [2, 7, 19, 5]),
 'K12': ([3, 4, 4, 4], [3, 3, 5, 4]),
 'K13b': ([30, 30, 30, 30], [28, 31, 33, 34]),
 'K16': ([0, 10, 15, 5], [0, 9.2, 16, 6]),
 'K18': ([12, 12, 12, 12], [10, 11, 12, 12]),
 'K07': ([5200, 5400, 5600, 5800], [5120.5, 5388.25, 5702.0, 6012.75]),
 'K05': ([46, 48, 50, 50], [47, 49, 51, 52]),
 'K06': ([1, 2, 1, 1], [1, 3, 2, 1]),
 'K08': ([15, 16, 17, 18], [15, 17, 18, 19]),
 'K14': ([20, 25, 30, 25], [18.5, 26.75, 31.5, 27.5]),
 'K15': ([300, 350, 400, 450], [288.4, 377.0, 452.5, 515.5]),
 'K19': ([120, 140, 140, 150], [118.6, 139.9, 148.5, 155.0]),
 'K20': (['-', 'B', '-', 'B'], ['-', 81.9, '-', 82.6]),
 'K23': ([P(20), P(45), P(70), P(95)], [P(18.7), P(44.1), P(69.8), P(97.3)]),
}
STRUCT22 = [
 ('Meningkatnya luas tutupan hutan dan lahan', ['K01', 'K22', 'K02', 'K04', 'K03', 'K21'], 'Seksi Perencanaan'),
 ('Menurunnya gangguan keamanan hutan serta kebakaran hutan dan lahan', ['K09', 'K10', 'K11', 'K12', 'K13b', 'K16', 'K18'], 'Seksi Perlindungan'),
 ('Meningkatnya kesejahteraan masyarakat sekitar hutan melalui perhutanan sosial', ['K07', 'K05', 'K06', 'K08', 'K14', 'K15', 'K19'], 'Seksi Pemberdayaan'),
 ('Meningkatnya tata kelola dan kualitas pelayanan UPTD', ['K20', 'K23'], 'Sub Bag TU'),
]


def ra2022(ag, wb, fname, draft=False):
    title = 'Renaksi 2022 (usulan)' if draft else 'Renaksi 2022'
    ws = wb.create_sheet(title); sh = Sheet(ws); y = 2022
    sh.widths(A=5, B=26, C=42, D=9, E=10, F=11, S=12, T=11, U=16)
    for c in range(7, 19):
        ws.column_dimensions[col(c)].width = 9
    sh.merge('A1:U1', 'RENCANA AKSI PERJANJIAN KINERJA DAN REALISASI TAHUN 2022', bold=True, align='center', size=12)
    sh.merge('A2:U2', 'UPTD KPH WILAYAH IV PEGUNUNGAN RANOWATU', bold=True, align='center')
    if draft:
        sh.put('A3', 'USULAN (belum ditetapkan)', italic=True)
    hdr = dict(bold=True, wrap=True, align='center')
    for c, t in zip('ABCDEF', ['No', 'Sasaran', 'Indikator Kinerja', 'Sifat', 'Satuan', 'Target Tahun 2022']):
        sh.merge(f'{c}5:{c}6', t, **hdr)
    for k, q in enumerate(['TW I', 'TW II', 'TW III', 'TW IV']):
        c = col(7 + 3 * k)
        sh.merge(f'{c}5:{shift(c,2)}5', q, **hdr)
        for j, t in enumerate(['T', 'R', '%']):
            sh.put(f'{shift(c,j)}6', t, **hdr)
    sh.merge('S5:S6', 'Realisasi Tahun 2022', **hdr)
    sh.merge('T5:T6', 'Capaian (%)', **hdr)
    sh.merge('U5:U6', 'Penanggung Jawab', **hdr)
    for k in range(21):
        sh.put(f'{col(k+1)}7', k + 1, align='center', italic=True)
    r = 8; no = 0
    for sas, ids, pj in STRUCT22:
        rs = r
        for i in ids:
            no += 1
            t, rv = TR[i][y]
            qt, qr = Q2022[i]
            qt = [asV(x) for x in qt]; qr = [asV(x) for x in qr]
            tV = N(t)
            if i == 'K23':
                tV = P(t)
            if i == 'K04':
                tV = T('80 - 85', 80)
            if i == 'K20':
                tV = G('B')
            if draft:
                qr = [BLANK] * 4
                if isinstance(tV.written, (int, float)) and not tV.fmt:
                    tV = N(round(t * 0.95, 2))
            sh.put(f'A{r}', no, align='center')
            sh.put(f'C{r}', nm(i, y), wrap=True)
            sh.put(f'D{r}', 'Negatif' if i in NEG else 'Positif', align='center')
            sh.put(f'E{r}', U[i], align='center')
            sh.put(f'F{r}', tV, fmt=fmtnum(tV.written) if not tV.fmt else None)
            for k in range(4):
                c = col(7 + 3 * k)
                sh.put(f'{c}{r}', qt[k], fmt=fmtnum(qt[k].written) if not qt[k].fmt else None)
                sh.put(f'{shift(c,1)}{r}', qr[k], fmt=fmtnum(qr[k].written) if not qr[k].fmt else None)
                sh.put(f'{shift(c,2)}{r}', f'=IFERROR({shift(c,1)}{r}/{c}{r}*100,"-")', fmt='0.00')
            if draft:
                r += 1
                continue
            if i in FLOWS:
                sV = F(f'=SUM(H{r},K{r},N{r},Q{r})', agg(qr, 'sum'))
            else:
                sV = F(f'=Q{r}', agg(qr, 'last'), fmt='0.00%' if i in ('K04', 'K23') else None)
            if i == 'K15':
                sV = T('1.633,4', 1633.4)
                ag.note(fname, f"Renaksi 2022 row {r} (K15): annual realisasi (S) typed as text '1.633,4' (key 1633.4) over the SUM; capaian T shows #VALUE!.")
            sh.put(f'S{r}', sV, fmt=fmtnum(sV.written) if not sV.fmt and not str(sV.written).startswith('=') else (None if sV.fmt else '#,##0.##'))
            cap = f'=S{r}/F{r}*100'
            if i in ('K10', 'K11'):
                cap = f'=(2*F{r}-S{r})/F{r}*100'
            if i == 'K05':
                cap = f'=S{r-1}/F{r}*100'
                ag.note(fname, f"Renaksi 2022 row {r} (K05): capaian formula =S{r-1}/F{r}*100 points at the previous row's realisasi (K07's 6.012,75 Ha; shows 12.025,50; true 104,00).")
            if i == 'K09':
                ag.note(fname, f"Renaksi 2022 row {r} (K09): 'Sifat' says Negatif but the capaian uses the positive formula =S/F*100 (62,50; negative formula 137,50); K10 and K11 use (2F-S)/F.")
            sh.put(f'T{r}', cap, fmt='0.00')
            ag.key(fname, title, r, y, nm(i, y), i, tV.key, sV.key, [f'C{r}'], [f'F{r}'], [f'S{r}'])
            if i == 'K04':
                ag.note(fname, f"Renaksi 2022 row {r} (K04): target typed as a range '80 - 85' (key 80); TW III/IV quarter targets typed 80 (points) but the quarter realisasi and S stored as fractions in percent-formatted cells (key 81,5), so the quarter % columns show 0,99 / 1,02; capaian #VALUE!.")
            if i == 'K12':
                ag.note(fname, f"Renaksi 2022 row {r} (K12): the name cell holds a line break (Alt+Enter) before '(Illegal Logging, Perambahan)'; 'written' keeps it as \\n.")
            if i == 'K20':
                ag.note(fname, f"Renaksi 2022 row {r} (K20): target is the grade 'B' (IKM quality category; key null) while realisasi is the score 82,6 (key 82.6); capaian #VALUE!.")
            if i == 'K23':
                ag.note(fname, f"Renaksi 2022 row {r} (K23): target, quarters and S as fractions in percent-formatted cells (keys 95 / 97,3).")
            if i == 'K13b':
                ag.note(fname, f"Renaksi 2022 row {r} (K13b): 'Jumlah Patroli Pengamanan Kawasan Hutan' - the measure word changed from Frekuensi to Jumlah (listed as ambiguous with K13).")
            r += 1
        sh.merge(f'B{rs}:B{r-1}', sas, wrap=True, valign='top')
        sh.merge(f'U{rs}:U{r-1}', pj, wrap=True, valign='top')
    sh.box('A', 5, 'U', r - 1)
    if not draft:
        ag.note(fname, f"Renaksi 2022: title rows 1-2; header rows 5-6 (TW I..TW IV each over T / R / %); numbered row 7 (1..21); data rows 8-{r-1}. Columns: A No, B Sasaran (merged), C Indikator, D Sifat (Positif/Negatif), E Satuan, F Target 2022, G-I TW I (T, R, %), J-L TW II, M-O TW III, P-R TW IV, S Realisasi Tahun 2022 (=SUM of quarter R for flows, =Q (TW IV) for levels; the keyed realisasi), T Capaian, U Penanggung Jawab (merged). Quarter targets: flows per quarter, K02 cumulative (0,75/1,5/2,25/3), K23 a schedule in % (20/45/70/95).")
        signature(sh, 'Q', r + 2, 'Watu Ranowatu, 16 Januari 2023', 'Kepala UPTD KPH Wilayah IV,', *KEPALA)


def catatan(wb):
    ws = wb.create_sheet('Catatan'); sh = Sheet(ws); sh.widths(A=100)
    for k, t in enumerate(['Catatan internal Sub Bagian TU',
                           '- PK 2021 diketik ulang dari dokumen PK yang ditandatangani (format lama).',
                           '- Mulai 2022 "Frekuensi patroli" dicatat sebagai "Jumlah Patroli" (kali) sesuai Renstra perubahan.',
                           '- Indikator titik panas (hotspot) tidak lagi dipakai mulai 2023 (diganti luas karhutla).',
                           '- Target IKM 2022 dinyatakan dalam mutu pelayanan (B = Baik).',
                           '- Sheet "Renaksi 2022 (usulan)" tidak dipakai.']):
        sh.put(f'A{k+1}', t, bold=(k == 0))


# ================================================================ 2023: LKjIP comparison table, Target/Realisasi/Capaian as rows, years as columns (.xls)
STRUCT23 = [
 ('SASARAN 1 : Meningkatnya luas tutupan hutan dan lahan', ['K01', 'K22', 'K02', 'K04', 'K03', 'K21']),
 ('SASARAN 2 : Menurunnya gangguan keamanan hutan serta kebakaran hutan dan lahan', ['K09', 'K10', 'K12', 'K13', 'K16', 'K18']),
 ('SASARAN 3 : Meningkatnya kesejahteraan masyarakat sekitar hutan melalui perhutanan sosial', ['K07', 'K05', 'K06', 'K08', 'K14', 'K15', 'K19']),
 ('SASARAN 4 : Meningkatnya tata kelola dan kualitas pelayanan UPTD', ['K20', 'K23']),
]
RENSTRA26 = {'K01': 2300, 'K22': 150, 'K02': 3.5, 'K04': 85, 'K03': 1000000, 'K21': 64, 'K09': 5, 'K10': 25,
             'K12': 80, 'K13': 600, 'K16': 160, 'K18': 20, 'K07': 9000, 'K05': 70, 'K06': 30, 'K08': 30,
             'K14': 600, 'K15': 9500, 'K19': 3200, 'K20': 85, 'K23': 95}


def lkjip2023(ag, wb, fname):
    ws = wb.create_sheet('Tabel 3.4'); sh = Sheet(ws); y = 2023
    sh.widths(A=5, B=44, C=11, D=13, E=13, F=13, G=13, H=14, I=14, J=24)
    sh.merge('A1:J1', 'TABEL 3.4', bold=True, align='center')
    sh.merge('A2:J2', 'PERBANDINGAN TARGET DAN REALISASI KINERJA TAHUN 2021 - 2023', bold=True, align='center')
    sh.merge('A3:J3', 'UPTD KPH WILAYAH IV PEGUNUNGAN RANOWATU  -  LKjIP TAHUN 2023', bold=True, align='center')
    hdr = dict(bold=True, wrap=True, align='center')
    for c, t in zip('ABCDEFGHIJ', ['No', 'Indikator Kinerja', 'Satuan', 'Uraian', '2021', '2022', '2023',
                                   'Target Akhir Renstra (2026)', 'Capaian 2023 terhadap Target Renstra (%)', 'Keterangan']):
        sh.put(f'{c}5', t, **hdr)
    for k, c in enumerate('ABCDEFGHIJ'):
        sh.put(f'{c}6', f'({k+1})', align='center', italic=True)
    r = 7; no = 0
    for sas, ids in STRUCT23:
        sh.merge(f'A{r}:J{r}', sas, bold=True)
        r += 1
        for i in ids:
            no += 1
            vals = {}
            for yy in (2021, 2022, 2023):
                src = TR.get(i, {}).get(yy)
                if i == 'K13' and yy == 2022:
                    src = TR['K13b'][2022]
                vals[yy] = src
            # restated earlier-year figures (not keyed)
            if i == 'K07':
                vals[2022] = (5800, 6015)
            if i == 'K21':
                vals[2021] = None
            sh.put(f'A{r}', no, align='center')
            sh.merge(f'A{r}:A{r+2}')
            sh.merge(f'B{r}:B{r+2}', nm(i, y), wrap=True, valign='center')
            sh.merge(f'C{r}:C{r+2}', U[i], align='center')
            for k, t in enumerate(['Target', 'Realisasi', 'Capaian (%)']):
                sh.put(f'D{r+k}', t)
            for c, yy in zip('EFG', (2021, 2022, 2023)):
                v = vals[yy]
                if v is None:
                    sh.put(f'{c}{r}', '-', align='center'); sh.put(f'{c}{r+1}', '-', align='center'); sh.put(f'{c}{r+2}', '-', align='center')
                    continue
                tt, rr_ = v
                if i == 'K23':
                    tW, rW = P(tt), P(rr_)
                else:
                    tW, rW = N(tt), N(rr_)
                if yy == 2023:
                    if i == 'K03':
                        tW = N(2000000)
                    if i == 'K10':
                        rW = T('86,4 Ha', 86.4)
                    if i == 'K20':
                        tW = T('≥ 82', 82)
                    if i == 'K16':
                        tW = DASH
                sh.put(f'{c}{r}', tW, fmt=fmtnum(tW.written) if not tW.fmt else None)
                sh.put(f'{c}{r+1}', rW, fmt=fmtnum(rW.written) if not rW.fmt else None)
                capf = f'={c}{r+1}/{c}{r}*100'
                if i in NEG and not (yy == 2023 and i == 'K09'):
                    capf = f'=(2*{c}{r}-{c}{r+1})/{c}{r}*100'
                if yy == 2023:
                    if i == 'K10':
                        capf = 0
                    if i == 'K20':
                        capf = 101.71
                    if i == 'K16':
                        capf = '-'
                    if i == 'K14':
                        capf = f'={c}{r+4}/{c}{r}*100'
                sh.put(f'{c}{r+2}', capf, fmt='0.00')
                if yy == 2023:
                    ag.key(fname, 'Tabel 3.4', r, y, nm(i, y), i, tW.key, rW.key, [f'B{r}'], [f'G{r}'], [f'G{r+1}'])
                    if i == 'K03':
                        ag.note(fname, f"Tabel 3.4 rows {r}-{r+2} (K03): 2023 target typed 10x: 2.000.000 batang for 200.000 (key 2000000 as typed); capaian 10,57.")
                    if i == 'K10':
                        ag.note(fname, f"Tabel 3.4 rows {r}-{r+2} (K10): 2023 realisasi typed as text '86,4 Ha' (key 86.4); 2023 capaian typed 0 (the negative formula gives -88, floored).")
                    if i == 'K09':
                        ag.note(fname, f"Tabel 3.4 rows {r}-{r+2} (K09): negative indicator; 2023 capaian uses the positive formula (200,00; negative formula 0,00) while 2021/2022 use (2T-R)/T.")
                    if i == 'K20':
                        ag.note(fname, f"Tabel 3.4 rows {r}-{r+2} (K20): 2023 target typed '≥ 82' (key 82); capaian typed 101,71.")
                    if i == 'K16':
                        ag.note(fname, f"Tabel 3.4 rows {r}-{r+2} (K16): 2023 target '-' (key null), realisasi 35; capaian '-'.")
                    if i == 'K14':
                        ag.note(fname, f"Tabel 3.4 rows {r}-{r+2} (K14): 2023 capaian formula ={c}{r+4}/{c}{r}*100 points at K15's realisasi (row {r+4}).")
                    if i == 'K23':
                        ag.note(fname, f"Tabel 3.4 rows {r}-{r+2} (K23): targets and realisasi of every year stored as fractions in percent-formatted cells (2023 keys 95 / 98,05); the Renstra target H is 95 in points, so I shows 1,03 (mixed scales).")
            sh.merge(f'H{r}:H{r+2}', RENSTRA26[i], align='center')
            ws[f'H{r}'].number_format = '#,##0.##'
            sh.merge(f'I{r}:I{r+2}', f'=IFERROR(G{r+1}/H{r}*100,"-")', align='center')
            ws[f'I{r}'].number_format = '0.00'
            kt = {'K10': 'El Nino 2023, kemarau panjang', 'K09': 'El Nino 2023', 'K21': 'indikator baru 2022',
                  'K06': 'indikator baru 2021', 'K22': 'indikator baru 2021', 'K13': 'th 2022: Jumlah patroli'}.get(i)
            sh.merge(f'J{r}:J{r+2}', kt, wrap=True)
            r += 3
    sh.box('A', 5, 'J', r - 1)
    sh.put(f'A{r+1}', 'Sumber: Laporan Kinerja UPTD KPH Wilayah IV 2021, 2022 dan data olahan 2023. Angka 2022 luas PS dimutakhirkan (6.015 Ha).', italic=True)
    ag.note(fname, f"Tabel 3.4 (unexpected layout: values in ROWS, years in COLUMNS): title rows 1-3; header row 5; numbered row 6 '(1)'..'(10)'; sasaran rows 7, 26, 45, 67 (merged A:J, not keyed); each indicator takes three rows, D = 'Target' / 'Realisasi' / 'Capaian (%)', with the name (B), Satuan (C), Renstra target (H), capaian vs Renstra (I) and Ket (J) merged over the three rows; data rows 8-{r-1}. Year columns E 2021, F 2022, G 2023: only 2023 is keyed (target = G of the 'Target' row = the name row, realisasi = G of the next row). Earlier-year columns are not keyed; K07 2022 is restated (6.015 vs 6.012,75 in Renaksi 2022), K13's 2022 column holds the 'Jumlah patroli' (K13b) figures.")
    # budget sheet
    ws2 = wb.create_sheet('Tabel 3.5 Anggaran'); s2 = Sheet(ws2); s2.widths(A=5, B=64, C=18, D=18, E=10)
    s2.merge('A1:E1', 'TABEL 3.5 REALISASI ANGGARAN PER PROGRAM TAHUN 2023', bold=True)
    for c, t in zip('ABCDE', ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%']):
        s2.put(f'{c}3', t, bold=True, border=True)
    rows = [('Program Penunjang Urusan Pemerintahan Daerah Provinsi', 1148200000, 1129716800),
            ('Program Pengelolaan Hutan', 2486500000, 2440130450),
            ('Program Pendidikan dan Pelatihan, Penyuluhan dan Pemberdayaan Masyarakat di Bidang Kehutanan', 612400000, 596148600)]
    for k, (p, a, b) in enumerate(rows):
        rr = 4 + k
        s2.put(f'A{rr}', k + 1, border=True); s2.put(f'B{rr}', p, border=True, wrap=True)
        s2.put(f'C{rr}', a, fmt='#,##0', border=True); s2.put(f'D{rr}', b, fmt='#,##0', border=True)
        s2.put(f'E{rr}', f'=D{rr}/C{rr}*100', fmt='0.00', border=True)
    s2.put('B7', 'JUMLAH', bold=True, border=True)
    s2.put('C7', '=SUM(C4:C6)', fmt='#,##0', border=True); s2.put('D7', '=SUM(D4:D6)', fmt='#,##0', border=True)
    s2.put('E7', '=D7/C7*100', fmt='0.00', border=True)
    ag.note(fname, "Tabel 3.5 Anggaran: budget per programme (not keyed).")


def build():
    ag = Agency(SLUG, AG_NAME, YEARS)
    ag.flows = FLOWS
    ag.negatives = NEG
    ag.ambiguous = [['K13', 'K13b']]
    books = []
    fd = 'Evaluasi_Renja_E81_KPH_2020.xlsx'
    raw = ag.add_file(fd, 'xlsx'); wb = new_book()
    e81_2020(ag, wb, fd, 4); e81_2020(ag, wb, fd, 3)
    wb['TW III'].sheet_state = 'hidden'; ag.hidden.append((fd, 'TW III'))
    ag.note(fd, "TW III: HIDDEN sheet, the same form for Triwulan III (TW IV columns empty); not keyed.")
    books.append((raw, wb))
    fe = 'PK2021_Renaksi2022_KPH_Ranowatu.ods'
    raw = ag.add_file(fe, 'ods'); wb = new_book()
    pk2021(ag, wb, fe); ra2022(ag, wb, fe); ra2022(ag, wb, fe, draft=True); catatan(wb)
    wb['Renaksi 2022 (usulan)'].sheet_state = 'hidden'; ag.hidden.append((fe, 'Renaksi 2022 (usulan)'))
    ag.note(fe, "Renaksi 2022 (usulan): HIDDEN sheet, the proposal with targets x0,95 and no realisasi; not keyed.")
    ag.note(fe, "Catatan: visible notes sheet (text); not keyed.")
    books.append((raw, wb))
    ff = 'LKjIP_2023_Tabel_Perbandingan_KPH.xls'
    raw = ag.add_file(ff, 'xls'); wb = new_book(); lkjip2023(ag, wb, ff); books.append((raw, wb))
    return ag, books
