"""Agency 2: UPTD Taman Hutan Raya (Tahura) Bukit Lamasi, Provinsi Tanjung Mandala (invented). Years 2021-2024."""
from wbmodel import Workbook
from common import *

SLUG = 'tahura_bukit_lamasi'
AGENCY = 'UPTD Taman Hutan Raya Bukit Lamasi - Dinas Kehutanan Provinsi Tanjung Mandala'
YEARS = [2021, 2022, 2023, 2024]
F21 = 'E81 Evaluasi Renja Tahura TW IV 2021.xlsx'
F22 = 'Laporan Kinerja TW IV 2022.xls'
F23 = 'Kinerja Tahura 2023 dan Bulanan 2024.ods'

IND = {
 'T01': ('%', '+', False, 1, {2021: ('Persentase Tutupan Lahan Berhutan di Kawasan Tahura', 78, 78.4),
                              2022: ('Persentase tutupan hutan', 78.5, 78.9),
                              2023: ('Prosentase Tutupan Hutan Kawasan Tahura', 79, 79.1),
                              2024: ('Persentase luas tutupan hutan (%)', 79.5, 79.6)}),
 'T02': ('Ha', '+', False, 1, {2021: ('Luas kawasan berhutan', 17550, 17640),
                               2022: ('Luas Tutupan Hutan (Ha)', 17660, 17750),
                               2023: ('Luas tutupan hutan', 17775, 17800),
                               2024: ('Luas tutupan hutan Tahura', 17890, 17915)}),
 'T03': ('titik', '-', True, 1, {2021: ('Jumlah Titik Panas (Hotspot)', 10, 6),
                                 2022: ('Jumlah hotspot', 10, 14),
                                 2023: ('Jumlah titik api/hotspot di kawasan', 8, 21),
                                 2024: ('Jumlah titik panas', 8, 5)}),
 'T04': ('Ha', '-', True, 1, {2021: ('Luas areal terbakar', 5, 2.5),
                              2022: ('Luas kebakaran hutan dan lahan (Karhutla)', 5, 7.2),
                              2023: ('Luas Karhutla (Ha)', 4, 18.6),
                              2024: ('Luas kebakaran hutan & lahan', 4, 1.2)}),
 'T05': ('kasus', '-', True, 1, {2021: ('Jumlah kasus gangguan keamanan kawasan', 3, 2),
                                 2022: ('Jumlah kasus perambahan & illegal logging', 3, 4),
                                 2023: ('Jumlah Kasus Gangguan Keamanan Hutan', 2, 2),
                                 2024: ('Jumlah kasus gangguan kawasan (perambahan, pembalakan liar)', 2, 1)}),
 'T06': ('kali', '+', True, 1, {2021: ('Jumlah kegiatan patroli pengamanan hutan', 48, 52),
                                2022: ('Jumlah patroli', 48, 48),
                                2023: ('Frekuensi patroli pengamanan kawasan', 52, 55),
                                2024: ('Jumlah Patroli Pengamanan Hutan (kali)', 52, 53)}),
 'T07': ('batang', '+', True, 2, {2021: ('Jumlah bibit yang ditanam', 25000, 26350),
                                  2022: ('Jumlah bibit ditanam', 30000, 28400),
                                  2023: ('Jumlah Bibit Tanaman Hutan yang Ditanam', 30000, 31250),
                                  2024: ('Jumlah penanaman bibit (batang)', 35000, 35800)}),
 'T08': ('batang', '+', True, 2, {2022: ('Jumlah bibit yang diproduksi persemaian', 40000, 42100),
                                  2023: ('Jumlah produksi bibit di persemaian', 40000, 38900),
                                  2024: ('Jumlah bibit diproduksi', 45000, 46020)}),
 'T09': ('Ha', '+', True, 2, {2021: ('Luas rehabilitasi kawasan terdegradasi', 40, 42),
                              2022: ('Luas areal yang direhabilitasi', 45, 45)}),
 'T09b': ('Ha', '+', True, 2, {2023: ('Luas pemulihan ekosistem (Ha)', 50, 48),
                               2024: ('Luas Pemulihan Ekosistem', 55, 57)}),
 'T10': ('%', '+', False, 2, {2021: ('Persentase tumbuh tanaman rehabilitasi', 80, 76),
                              2022: ('Persentase hidup tanaman', 80, 82),
                              2023: ('Prosentase tanaman hidup', 80, 79),
                              2024: ('Persentase keberhasilan tumbuh tanaman', 85, 86)}),
 'T11': ('orang', '+', True, 3, {2021: ('Jumlah pengunjung Tahura', 40000, 28750),
                                 2022: ('Jumlah Pengunjung', 45000, 51200),
                                 2023: ('Jumlah kunjungan wisatawan', 55000, 60340),
                                 2024: ('Jumlah pengunjung wisata alam', 60000, 64120)}),
 'T12': ('orang', '+', True, 3, {2022: ('Jumlah pengunjung mancanegara', 500, 430),
                                 2023: ('Jumlah kunjungan wisman', 600, 655),
                                 2024: ('Jumlah pengunjung wisatawan mancanegara', 700, 712)}),
 'T13': ('Rp', '+', True, 3, {2021: ('Realisasi penerimaan retribusi masuk kawasan', 400000000, 287500000),
                              2022: ('Pendapatan Retribusi Tahura (Rp)', 450000000, 512000000),
                              2023: ('Jumlah PAD dari retribusi', 550000000, 603400000),
                              2024: ('Penerimaan retribusi/PNBP Tahura', 600000000, 641200000)}),
 'T14': ('%', '+', False, 3, {2021: ('Persentase capaian target retribusi', 100, 71.88),
                              2022: ('Persentase realisasi target PAD', 100, 113.78)}),
 'T15': ('kelompok', '+', False, 3, {2021: ('Jumlah Kelompok Tani Hutan binaan', 12, 12),
                                     2022: ('Jumlah KTH binaan', 14, 14),
                                     2023: ('Jumlah KTH yang dibina', 16, 15),
                                     2024: ('Jumlah kelompok tani hutan (KTH) binaan', 18, 18)}),
 'T16': ('jenis', '+', False, 3, {2021: ('Jumlah koleksi jenis tumbuhan', 320, 326),
                                  2022: ('Jumlah jenis koleksi tumbuhan', 330, 334),
                                  2023: ('Jumlah koleksi tumbuhan (jenis)', 340, 341),
                                  2024: ('Jumlah Jenis Koleksi Flora', 350, 352)}),
 'T17': ('kegiatan', '+', True, 3, {2021: ('Jumlah kegiatan penelitian\ndan pendidikan', 15, 12),
                                    2022: ('Jumlah penelitian & pendidikan lingkungan', 15, 18),
                                    2023: ('Jumlah kegiatan penelitian/pendidikan', 18, 22),
                                    2024: ('Jumlah Kegiatan Penelitian dan Pendidikan Lingkungan', 20, 21)}),
 'T18': ('indeks', '+', False, 4, {2021: ('Indeks Kepuasan Masyarakat', 80, 81.2),
                                   2022: ('IKM', 81, 82.5),
                                   2023: ('Nilai IKM pelayanan Tahura', 82, 83.0),
                                   2024: ('Indeks kepuasan masyarakat (IKM)', 83, 84.7)}),
 'T19': ('nilai', '+', False, 4, {2021: ('Nilai SAKIP UPTD', 'BB', 'BB'),
                                  2022: ('Nilai Akuntabilitas Kinerja', 70, 71.5),
                                  2023: ('Nilai AKIP', 72, 72.1),
                                  2024: ('Nilai SAKIP', 'A', 'BB')}),
 'T20': ('%', '+', False, 4, {2022: ('Persentase sarana prasarana wisata dalam kondisi baik', 75, 78),
                              2023: ('Persentase sarpras wisata kondisi baik', 80, 80),
                              2024: ('% Sarpras Wisata Kondisi Baik', 85, 83)}),
 'T21': ('buah', '+', True, 1, {2021: ('Jumlah pal batas kawasan yang dipelihara', 150, 150),
                                2022: ('Jumlah pal batas yang dipelihara', 150, 162)}),
 'T22': ('km', '+', True, 4, {2024: ('Panjang batas kawasan yang direkonstruksi (km)', 12, 12)}),
}


def nm(i, y):
    return IND[i][4][y][0]


def tr(i, y):
    return IND[i][4][y][1], IND[i][4][y][2]


def dv(x):
    return G(x) if isinstance(x, str) else N(x)


KUPTD = [('Kepala UPTD Taman Hutan Raya Bukit Lamasi', 'sig'), ('', 'sig'), ('', 'sig'), ('', 'sig'),
         ('Ir. RAHMAD SYAHPUTRA NAINGGOLAN, M.Si.', 'sigb'), ('Pembina Tk. I', 'sig'), ('NIP. 19740215 200003 1 004', 'sig')]
KDIN = [('Kepala Dinas Kehutanan Provinsi Tanjung Mandala', 'sig'), ('', 'sig'), ('', 'sig'), ('', 'sig'),
        ('Dr. Ir. HENDRIKUS TAMBUNAN RAJAGUKGUK, M.P.', 'sigb'), ('Pembina Utama Madya', 'sig'),
        ('NIP. 19660730 199203 1 002', 'sig')]


# ------------------------------------------------------------------ 2021: E.81 (xlsx)
def sheet_e81(ctx, wb, upto=4):
    y, fn = 2021, F21
    sn = 'E81 TW IV 2021' if upto == 4 else 'E81 TW III 2021'
    keyed = upto == 4
    sh = wb.add(sn)
    sh.hidden = not keyed
    widths = {'A': 5, 'B': 20, 'C': 30, 'D': 36, 'E': 8, 'AB': 16}
    for c in range(6, 28):
        sh.width(c, 12 if c % 2 == 1 else 15)
    for c, w in widths.items():
        sh.width(c, w)
    sh.set(1, 1, 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH PROVINSI TANJUNG MANDALA', 'titlel')
    sh.set(2, 1, 'UPTD TAMAN HUTAN RAYA BUKIT LAMASI - DINAS KEHUTANAN', 'titlel')
    sh.set(3, 1, 'Periode Pelaksanaan : Triwulan %s Tahun 2021' % ('IV' if upto == 4 else 'III'), 'bold')
    single = [('A', 'No'), ('B', 'Sasaran'), ('C', 'Program / Kegiatan'),
              ('D', 'Indikator Kinerja Program (outcome) / Kegiatan (output)'), ('E', 'Satuan'), ('AB', 'Unit PD Penanggung Jawab')]
    for col, h in single:
        sh.set(5, col, h, 'hdr'); sh.merge(5, col, 7, col)
    pairs = [('F', 'Target Renstra PD pada Tahun 2023 (Akhir Periode Renstra)'),
             ('H', 'Realisasi Capaian Kinerja Renstra PD s/d Renja Tahun 2020'),
             ('J', 'Target Kinerja dan Anggaran Renja PD Tahun 2021 yang dievaluasi'),
             ('T', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi'),
             ('V', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang dievaluasi (%)'),
             ('X', 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021'),
             ('Z', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)')]
    for col, h in pairs:
        c = CI(col)
        sh.set(5, c, h, 'hdr'); sh.merge(5, c, 6, c + 1)
    sh.set(5, 'L', 'Realisasi Kinerja Pada Triwulan', 'hdr'); sh.merge(5, 'L', 5, 'S')
    for k, col in enumerate(['L', 'N', 'P', 'R']):
        c = CI(col)
        sh.set(6, c, ['I', 'II', 'III', 'IV'][k], 'hdr'); sh.merge(6, c, 6, c + 1)
    for c in range(6, 28):
        sh.set(7, c, 'K' if c % 2 == 0 else 'Rp', 'hdr')
    nums = {'A': '1', 'B': '2', 'C': '3', 'D': '4', 'E': '5', 'F': '6', 'H': '7', 'J': '8', 'L': '9', 'N': '10', 'P': '11',
            'R': '12', 'T': '13 = 9+10+11+12', 'V': '14 = 13/8 x 100', 'X': '15 = 7 + 13', 'Z': '16 = 15/6 x 100', 'AB': '17'}
    for col, t in nums.items():
        c = CI(col)
        sh.set(8, c, t, 'hdrn')
        if c >= 6 and col != 'AB':
            sh.merge(8, c, 8, c + 1)
    sh.set(9, 'C', '3.27 URUSAN PEMERINTAHAN BIDANG KEHUTANAN', 'txtb'); sh.merge(9, 'C', 9, 'E')
    d = '-'
    # id: renstra F, realisasi s/d 2020 H, target J (V), quarters, col13 mode, cap mode, note
    KD = {
        'T01': (80, 78.0, None, [78.1, 78.2, 78.3, 78.4], 'last', 'pos', None),
        'T02': (17900, 17480, None, [d, d, d, 17640], 'last', 'pos', None),
        'T03': (8, 35, None, [0, 1, 4, 1], 'sum', 'pos', 'NEGATIVE indicator (hotspots) with the positive formula 13/8x100 = 60 (should be 140)'),
        'T04': (4, 12.7, None, [0, 0, 2.5, 0], 'sum', 'neg2', 'negative, (2T-R)/T x100 = 150'),
        'T05': (2, 7, None, [1, 0, 1, 0], 'sum', 'negdiv', 'negative, T/R x100 = 150: a third negative formula in the same sheet'),
        'T06': (52, 96, None, [12, 14, 13, 13], 'sum', 'pos', None),
        'T21': (150, 300, None, [0, 50, 60, 40], 'sum', 'pos', None),
        'T16': (340, 318, None, [320, 322, 324, 326], 'last', 'pos', None),
        'T17': (18, 21, None, [2, 3, 1, 3], 'typed', 'pos', 'col 13 TYPED OVER as 12 while the quarters add up to 9 (key 12 as typed); name has a line break inside the cell'),
        'T09': (50, 70, None, [0, 10, 22, 10], 'sum', 'pos', None),
        'T10': (85, 74, None, [d, d, 76, 76], 'last', 'pos', None),
        'T07': (35000, 42000, None, [0, 5000, 12350, 9000], 'sum', 'pos', None),
        'T11': (60000, 61500, None, [9200, 3150, 4800, 11600], 'sum', 'pos', None),
        'T13': (600000000, 655000000, S('Rp. 400.000.000,-', 400000000), [0, 45000000, 112500000, 130000000], 'sum', 'typed71.88',
                'target typed as text "Rp. 400.000.000,-" (key 400000000); capaian typed 71,88'),
        'T14': (100, 84.5, None, [15.1, 33.6, 61.75, 71.88], 'last', 'pos', None),
        'T15': (18, 10, None, [12, 12, 12, 12], 'last', 'pos', None),
        'T18': (85, 79.4, None, [d, 80.5, d, 81.2], 'last', 'pos', None),
        'T19': ('A', 'B', G('BB'), [d, d, d, G('BB')], 'last', 'typed100', 'grades: target "BB", realisasi "BB" (col 13 =R picks the grade): both null; capaian typed 100'),
    }
    blocks = [
        (1, 'P', '3.27.05 PROGRAM KONSERVASI SUMBER DAYA ALAM HAYATI DAN EKOSISTEMNYA',
         (9850000000, 3720000000, 2150000000, [310500000, 512750000, 598200000, 640300000]), ['T01', 'T02', 'T03', 'T04', 'T05']),
        (1, 'K', '3.27.05.1.01 Pelaksanaan Pengelolaan Taman Hutan Raya (TAHURA) Lintas Kabupaten/Kota',
         (6120000000, 2310000000, 1385000000, [210000000, 340500000, 401250000, 'F']), ['T06', 'T21', 'T21', 'T16', 'T17']),
        (2, 'P', '3.27.03 PROGRAM PENGELOLAAN DAERAH ALIRAN SUNGAI (DAS)',
         (4400000000, 1650000000, 975000000, [95000000, 210400000, 305600000, 331000000]), ['T09', 'T10']),
        (2, 'K', '3.27.03.1.02 Pelaksanaan Rehabilitasi Hutan dan Lahan',
         (3800000000, 1420000000, 810000000, [80000000, 180200000, 260100000, 270500000]), ['T07']),
        (3, 'K', '3.27.05.1.03 Pengelolaan Jasa Lingkungan dan Wisata Alam Tahura',
         (2150000000, 760000000, 465000000, [88000000, 97500000, 120300000, 141200000]), ['T11', 'T13', 'T14']),
        (3, 'P', '3.27.06 PROGRAM PENDIDIKAN DAN PELATIHAN, PENYULUHAN DAN PEMBERDAYAAN MASYARAKAT DI BIDANG KEHUTANAN',
         (1250000000, 430000000, 260000000, [40000000, 65000000, 70500000, 79000000]), ['T15']),
        (4, 'P', '3.27.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI',
         (7800000000, 2950000000, 1620000000, [380000000, 395000000, 401000000, 428000000]), ['T18', 'T19']),
    ]
    SAS = {1: 'Terjaganya kelestarian kawasan Tahura Bukit Lamasi', 2: 'Meningkatnya luas dan keberhasilan rehabilitasi hutan',
           3: 'Meningkatnya pemanfaatan jasa lingkungan dan pemberdayaan masyarakat',
           4: 'Meningkatnya akuntabilitas kinerja dan kualitas pelayanan'}
    r = 10
    sas_rows = {}
    no = 0
    seen = set()
    vrows = []
    for s, kind, pname, budget, ids in blocks:
        sas_rows.setdefault(s, [r, r])
        start = r
        no += 1
        for j, i in enumerate(ids):
            dup = i in seen
            seen.add(i)
            F_, H_, Jv, qs, mode, cap, note = KD[i]
            t, rv = tr(i, y)
            qs = list(qs)
            if upto == 3:
                qs[3] = None
            tv = Jv if Jv is not None else dv(t)
            sh.set(r, 'D', nm(i, y), 'txt')
            sh.set(r, 'E', IND[i][0], 'txtc')
            put(sh, r, 'F', G(F_) if isinstance(F_, str) else N(F_))
            put(sh, r, 'H', G(H_) if isinstance(H_, str) else N(H_))
            kt = put(sh, r, 'J', tv)
            for k, col in enumerate('LNPR'):
                put(sh, r, col, qs[k] if qs[k] is not None else E())
            if mode == 'sum':
                sh.set(r, 'T', None, 'num', formula=f'=L{r}+N{r}+P{r}+R{r}')
                kr = qsum(qs)
            elif mode == 'last':
                lc = 'R' if upto == 4 else 'P'
                sh.set(r, 'T', None, 'num', formula=f'={lc}{r}')
                kr = as_v(qs[3 if upto == 4 else 2]).key
            else:   # typed over
                sh.set(r, 'T', 12 if upto == 4 else 6, 'num')
                kr = 12
            if cap == 'pos':
                sh.set(r, 'V', None, 'dec2', formula=f'=T{r}/J{r}*100')
            elif cap == 'neg2':
                sh.set(r, 'V', None, 'dec2', formula=f'=(2*J{r}-T{r})/J{r}*100')
            elif cap == 'negdiv':
                sh.set(r, 'V', None, 'dec2', formula=f'=J{r}/T{r}*100')
            elif cap.startswith('typed'):
                sh.set(r, 'V', float(cap[5:]), 'dec2')
            vrows.append(r)
            if isinstance(F_, str):
                sh.set(r, 'X', None, 'num', formula=f'=T{r}'); sh.set(r, 'Z', '-', 'strr')
            else:
                if IND[i][2]:
                    sh.set(r, 'X', None, 'num', formula=f'=H{r}+T{r}')
                else:
                    sh.set(r, 'X', None, 'num', formula=f'=T{r}')
                sh.set(r, 'Z', None, 'dec2', formula=f'=X{r}/F{r}*100')
            if j == 0:
                G_, I_, K_, rq = budget
                sh.set(r, 'G', G_, 'rp'); sh.set(r, 'I', I_, 'rp'); sh.set(r, 'K', K_, 'rp')
                for k, col in enumerate('MOQS'):
                    if rq[k] == 'F':
                        sh.set(r, col, None, 'rp', formula=f'=1385000000-M{r}-O{r}-Q{r}-' + '316450000')
                    elif upto == 3 and k == 3:
                        sh.set(r, col, None, 'rp')
                    else:
                        sh.set(r, col, rq[k], 'rp')
                sh.set(r, 'U', None, 'rp', formula=f'=M{r}+O{r}+Q{r}+S{r}')
                sh.set(r, 'W', None, 'dec2', formula=f'=U{r}/K{r}*100')
                sh.set(r, 'Y', None, 'rp', formula=f'=I{r}+U{r}')
                sh.set(r, 'AA', None, 'dec2', formula=f'=Y{r}/G{r}*100')
            else:
                for col in ['G', 'I', 'K', 'M', 'O', 'Q', 'S', 'U', 'W', 'Y', 'AA']:
                    sh.set(r, col, None, 'rp')
            if keyed and j == 0 and 'F' in budget[3]:
                ctx.note(fn, sn, r, 'budget cell S (TW IV Rp) is =1385000000-M-O-Q-316450000: constants inside a formula (Rp, not keyed)')
            if keyed:
                if dup:
                    ctx.note(fn, sn, r, f'DUPLICATE of the row above ({i}, same figures): second copy, not keyed')
                else:
                    ctx.key(fn, sn, r, 'D', y, nm(i, y), i, kt, kr, f'J{r}', f'T{r}')
                    if note:
                        ctx.note(fn, sn, r, f'{i}: ' + note)
            r += 1
        end = r - 1
        sh.set(start, 'A', no, 'txtc'); sh.merge(start, 'A', end, 'A')
        sh.set(start, 'C', pname, 'txtb' if kind == 'P' else 'txt'); sh.merge(start, 'C', end, 'C')
        sh.set(start, 'AB', 'UPTD Tahura', 'txt'); sh.merge(start, 'AB', end, 'AB')
        sas_rows[s][1] = end
    last = r - 1
    for s, (a, b) in sas_rows.items():
        sh.set(a, 'B', SAS[s], 'txt'); sh.merge(a, 'B', b, 'B')
    r = last + 1
    sh.set(r, 'C', 'Rata-rata capaian kinerja (%)', 'txtb'); sh.merge(r, 'C', r, 'U')
    sh.set(r, 'V', None, 'dec2', formula=f'=AVERAGE(V10:V{last})')
    sh.set(r + 1, 'C', 'Predikat kinerja', 'txtb'); sh.merge(r + 1, 'C', r + 1, 'U'); sh.set(r + 1, 'V', 'Sangat Tinggi', 'txt')
    sh.set(r + 2, 'C', 'Faktor pendorong keberhasilan pencapaian:', 'bold')
    sh.set(r + 3, 'C', 'Dukungan masyarakat sekitar kawasan dan KTH binaan dalam patroli dan penanaman.', 'plain')
    sh.set(r + 4, 'C', 'Faktor penghambat pencapaian kinerja:', 'bold')
    sh.set(r + 5, 'C', 'Pembatasan kunjungan (PPKM) pada triwulan II dan III menurunkan jumlah pengunjung dan retribusi.', 'plain')
    sh.set(r + 6, 'C', 'Tindak lanjut yang diperlukan dalam triwulan berikutnya / Renja berikutnya:', 'bold')
    sh.set(r + 7, 'C', 'Promosi wisata alam dan penambahan loket retribusi non tunai.', 'plain')
    sh.set(r + 9, 'D', 'Disusun', 'sig'); sh.set(r + 9, 'V', 'Dievaluasi', 'sig'); sh.merge(r + 9, 'V', r + 9, 'Z')
    sh.set(r + 10, 'D', 'Tanjung Mandala, 10 Januari 2022', 'sig')
    signature(sh, r + 11, 'D', KUPTD, 1)
    signature(sh, r + 11, 'V', KDIN, 5)
    if keyed:
        ctx.note(fn, sn, 9, 'Urusan row "3.27 URUSAN PEMERINTAHAN BIDANG KEHUTANAN": not a key row')
        ctx.note(fn, sn, last + 1, '"Rata-rata capaian kinerja", "Predikat kinerja", faktor pendorong/penghambat, tindak lanjut and the two signatures: not key rows')
        ctx.describe(fn, sn, f'Permendagri 86 form E.81 (17-column scheme with Satuan numbered 5), Triwulan IV {y}. Title rows 1-3; '
                     'THREE header rows 5-7 (5: column titles, "Realisasi Kinerja Pada Triwulan" over L:S; 6: I/II/III/IV; 7: K / Rp pairs) '
                     'and the numbered row 8 ("13 = 9+10+11+12", "14 = 13/8 x 100", "15 = 7 + 13", "16 = 15/6 x 100"). '
                     f'Columns: A No | B Sasaran | C Program/Kegiatan | D Indikator | E Satuan | F:G Target Renstra 2023 | '
                     f'H:I Realisasi Renstra s/d 2020 | J:K Target Renja 2021 | L:S TW I-IV (K,Rp) | T:U realisasi Renja (13) | '
                     f'V:W capaian (14) | X:Y Renstra s/d 2021 (15) | Z:AA (16) | AB Unit PJ. Data rows 10-{last}: programme (bold) and kegiatan '
                     f'names merged in C over their indicator rows; budgets (Rp) only on the first row of each programme/kegiatan. '
                     'Key: target = J (col 8), realisasi = T (col 13; SUM of quarters for flows, "=R" TW IV for levels). 18 key rows + 1 duplicate.')
    else:
        ctx.describe(fn, sn, 'HIDDEN sheet: the same form as submitted for Triwulan III (TW IV empty, col 13 up to TW III). Not keyed.')


# ------------------------------------------------------------------ 2022: s/d TW III + proyeksi TW IV, numbering glued (xls)
def sheet_2022(ctx, wb, draft=False):
    y, fn = 2022, F22
    sn = 'TW III 2022 (draft)' if draft else 'TW IV 2022'
    sh = wb.add(sn)
    sh.hidden = draft
    for c, w in zip('ABCDEFGHI', [5, 52, 9, 13, 14, 13, 14, 11, 24]):
        sh.width(c, w)
    sh.set(1, 1, 'LAPORAN CAPAIAN KINERJA TRIWULAN IV TAHUN 2022', 'title'); sh.merge(1, 1, 1, 9)
    sh.set(2, 1, 'UPTD TAMAN HUTAN RAYA BUKIT LAMASI', 'title'); sh.merge(2, 1, 2, 9)
    sh.set(3, 1, 'DINAS KEHUTANAN PROVINSI TANJUNG MANDALA', 'title'); sh.merge(3, 1, 3, 9)
    hdr = ['No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target 2022', 'Realisasi s/d TW III', 'Proyeksi TW IV',
           'Realisasi Tahun 2022', 'Tingkat Capaian (%)', 'Keterangan']
    nums = ['1', '2', '3', '4', '5', '6', '7 = 5 + 6', '8 = 7 / 4 x 100', '9']
    for c, (h, n) in enumerate(zip(hdr, nums), 1):
        sh.set(5, c, h, 'hdr'); sh.set(6, c, n, 'hdrn')
    d = '-'
    # id: code, target V, s/d TW III, proyeksi, cap mode, note
    KD = {
        'T01': ('I.a.', None, 78.9, d, 'pos', None),
        'T02': ('I.b ', None, 17750, d, 'pos', None),
        'T03': ('I.c.', None, 13, 1, 'neg2', 'negative, (2T-R)/T x100 = 60'),
        'T04': ('I.d.', None, 7.2, 0, 'negdiv', 'negative, but T/R x100 = 69,44 (T03 and T05 use (2T-R)/T): formulas mixed'),
        'T05': ('I.e.', None, 3, 1, 'neg2', None),
        'T06': ('I.f.', None, 36, 12, 'typed110', 'typed capaian 110 disagrees with 48/48x100 = 100'),
        'T21': ('I.g.', None, 120, 42, 'pos', None),
        'T07': ('II.a.', None, 20400, 8000, 'pos', None),
        'T08': ('II.b.', Q('40000', 40000), 35100, 7000, 'typed105.25', "target typed with a leading apostrophe ('40000, text): key 40000; capaian typed"),
        'T09': ('II.c.', None, 38, 7, 'pos', None),
        'T10': ('II.d.', None, 82, d, 'pos', None),
        'T11': ('III.a.', None, 39800, 11400, 'pos', None),
        'T12': ('III.b.', N(5000), 310, 120, 'pos', 'TARGET TYPED 10x: 5000 for 500 (key 5000 as typed); capaian formula gives 8,6'),
        'T13': ('III.c.', S('Rp 450.000.000', 450000000), 398500000, 113500000, 'typed113.78',
                'target typed as text "Rp 450.000.000" (key 450000000); capaian typed 113,78'),
        'T14': ('III.d.', N(1), 1.1378, d, 'pos', 'FRACTIONS in a % row (General format): target 1, realisasi 1,1378 meaning 100 % / 113,78 %; keyed as typed (1 and 1,1378)'),
        'T15': ('III.e.', None, 14, d, 'pos', None),
        'T16': ('III.f.', None, 334, d, 'wrongrow', 'capaian formula points at the target of the row above (=G/D{r-1}*100)'),
        'T17': ('III.g.', None, 13, 5, 'pos', None),
        'T18': ('IV.a.', None, 82.5, d, 'pos', None),
        'T19': ('IV.b.', S('70-75', 70), 71.5, d, 'typed102.14', 'target written as a range "70-75" (key 70); capaian typed 102,14'),
        'T20': ('IV.c.', None, 78, d, 'pos', None),
    }
    groups = [('I.', 'Terjaganya kelestarian dan keamanan kawasan Tahura', ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T21']),
              ('II.', 'Meningkatnya rehabilitasi hutan dan lahan', ['T07', 'T07', 'T08', 'T09', 'T10']),
              ('III.', 'Meningkatnya pemanfaatan jasa lingkungan', ['T11', 'T12', 'T13', 'T14', 'T15', 'T16', 'T17']),
              ('IV.', 'Meningkatnya tata kelola dan pelayanan publik', ['T18', 'T19', 'T20'])]
    r = 7
    no = 0
    seen = set()
    for code, stext, ids in groups:
        sh.set(r, 2, code + ' ' + stext, 'txtb')
        for c in (1, 3, 4, 5, 6, 7, 8, 9):
            sh.set(r, c, None, 'txt')
        if not draft:
            ctx.note(fn, sn, r, f'sasaran row "{code} {stext}": not a key row')
        r += 1
        for i in ids:
            dup = i in seen
            seen.add(i)
            cd, tv, e, f, cap, note = KD[i]
            t, rv = tr(i, y)
            if draft:
                f = d
            tv = tv if tv is not None else dv(t)
            name = cd + ' ' + nm(i, y) if not cd.endswith(' ') else cd + nm(i, y)
            if not dup:
                no += 1
            sh.set(r, 1, no, 'txtc')
            sh.set(r, 2, name, 'txt')
            sh.set(r, 3, IND[i][0], 'txtc')
            kt = put(sh, r, 4, tv)
            ke = put(sh, r, 5, N(e) if e != d else D())
            kf = put(sh, r, 6, N(f) if f != d else D())
            sh.set(r, 7, None, 'num', formula=f'=SUM(E{r}:F{r})')
            kr = round((ke or 0) + (kf or 0), 6)
            if cap == 'pos':
                sh.set(r, 8, None, 'dec2', formula=f'=G{r}/D{r}*100')
            elif cap == 'neg2':
                sh.set(r, 8, None, 'dec2', formula=f'=(2*D{r}-G{r})/D{r}*100')
            elif cap == 'negdiv':
                sh.set(r, 8, None, 'dec2', formula=f'=D{r}/G{r}*100')
            elif cap == 'wrongrow':
                sh.set(r, 8, None, 'dec2', formula=f'=G{r}/D{r-1}*100')
            else:
                sh.set(r, 8, float(cap[5:]), 'dec2')
            sh.set(r, 9, 'proyeksi' if f != d and not draft else None, 'txt')
            if not draft:
                if dup:
                    ctx.note(fn, sn, r, f'DUPLICATE of the row above ({i} with the same code II.a., same figures): not keyed')
                else:
                    assert abs(kr - rv) < 1e-6 or i in ('T14',), (i, kr, rv)
                    ctx.key(fn, sn, r, 'B', y, name, i, kt, kr, f'D{r}', f'G{r}')
                    if note:
                        ctx.note(fn, sn, r, f'{i}: ' + note)
            r += 1
    last = r - 1
    sh.set(last + 2, 7, 'Tanjung Mandala, 12 Januari 2023', 'sig'); sh.merge(last + 2, 7, last + 2, 9)
    signature(sh, last + 3, 7, KUPTD, 3)
    if draft:
        ctx.describe(fn, sn, 'HIDDEN draft sheet (Proyeksi TW IV still "-"). Not keyed.')
    else:
        ctx.describe(fn, sn, f'Quarter-IV report {y} whose realisasi is split into "Realisasi s/d TW III" (E) and "Proyeksi TW IV" (F); '
                     'the sheet states the annual realisasi itself in G "Realisasi Tahun 2022" = SUM(E:F) (numbered "7 = 5 + 6"); '
                     'levels have "-" as projection. ONE header row 5 + numbered row 6. Indicator numbering "I.a.", "II.b." GLUED to '
                     'the name in column B (written keeps it; one code is "I.b " without the dot); sasaran rows "I. ..." in bold. '
                     f'Data rows 8-{last}. Key: target = D, realisasi = G. Header says "Tingkat Capaian (%)". 21 key rows + 1 duplicate.')


# ------------------------------------------------------------------ 2023: one small table per sasaran, Realisasi before Target (ods)
def sheet_2023(ctx, wb):
    y, fn, sn = 2023, F23, 'PK 2023'
    sh = wb.add(sn)
    for c, w in zip('ABCDEF', [5, 50, 10, 14, 14, 12]):
        sh.width(c, w)
    sh.set(1, 1, 'PENGUKURAN KINERJA TAHUN 2023', 'title'); sh.merge(1, 1, 1, 6)
    sh.set(2, 1, 'UPTD TAHURA BUKIT LAMASI', 'title'); sh.merge(2, 1, 2, 6)
    SAS = [(1, 'Terjaganya kelestarian dan keamanan kawasan Tahura', ['T01', 'T02', 'T03', 'T04', 'T05', 'T06']),
           (2, 'Meningkatnya keberhasilan rehabilitasi dan pemulihan ekosistem', ['T07', 'T08', 'T09b', 'T10']),
           (3, 'Meningkatnya pemanfaatan jasa lingkungan dan pemberdayaan masyarakat', ['T11', 'T12', 'T13', 'T15', 'T15', 'T16', 'T17']),
           (4, 'Meningkatnya tata kelola dan kualitas pelayanan', ['T18', 'T19', 'T20'])]
    KD = {
        'T02': (S('17.800 Ha', 17800), None, 'typed100.14', 'realisasi typed "17.800 Ha" (key 17800); capaian typed 100,14'),
        'T07': (S('31.250 batang', 31250), None, 'typed104.17', 'realisasi typed "31.250 batang" (key 31250); capaian typed'),
        'T10': (S('79 %', 79), None, 'typed98.75', 'realisasi typed "79 %" (key 79)'),
        'T18': (S('83,0', 83.0), None, 'typed101.22', 'realisasi typed "83,0" as text (key 83); capaian typed'),
        'T03': (None, None, 'pos', 'NEGATIVE (hotspots 21 against 8) with the positive formula D/E*100 = 262,5'),
        'T04': (None, None, 'neg2', 'negative, (2T-R)/T x100 = (8-18,6)/4x100 = -265 (not floored)'),
        'T05': (None, None, 'neg2', None),
        'T11': (None, None, 'inv', 'capaian formula inverted =E/D*100 (target/realisasi: the clerk was misled by the swapped columns) = 91,15'),
        'T20': (None, S('>= 80', 80), 'typed100', 'target written ">= 80" (key 80); capaian typed 100'),
        'T12': (None, None, 'pos', None),
    }
    r = 4
    seen = set()
    for s, stext, ids in SAS:
        sh.set(r, 1, f'Sasaran Strategis {s} : {stext}', 'bold'); sh.merge(r, 1, r, 6)
        ctx.note(fn, sn, r, f'sasaran title line {s} (not a key row); the next row repeats the header')
        r += 1
        for c, h in enumerate(['No', 'Indikator Kinerja', 'Satuan', 'Realisasi', 'Target', 'Kinerja (%)'], 1):
            sh.set(r, c, h, 'hdr')
        r += 1
        no = 0
        for i in ids:
            dup = i in seen
            seen.add(i)
            t, rv = tr(i, y)
            rvv, tvv, cap, note = KD.get(i, (None, None, 'pos', None))
            rvv = rvv or dv(rv)
            tvv = tvv or dv(t)
            if not dup:
                no += 1
            sh.set(r, 1, no, 'txtc')
            sh.set(r, 2, nm(i, y), 'txt')
            sh.set(r, 3, IND[i][0], 'txtc')
            kr = put(sh, r, 4, rvv)
            kt = put(sh, r, 5, tvv)
            if cap == 'pos':
                sh.set(r, 6, None, 'dec2', formula=f'=D{r}/E{r}*100')
            elif cap == 'neg2':
                sh.set(r, 6, None, 'dec2', formula=f'=(2*E{r}-D{r})/E{r}*100')
            elif cap == 'inv':
                sh.set(r, 6, None, 'dec2', formula=f'=E{r}/D{r}*100')
            else:
                sh.set(r, 6, float(cap[5:]), 'dec2')
            if dup:
                ctx.note(fn, sn, r, f'DUPLICATE of the row above (T15, same No and figures): not keyed')
            else:
                ctx.key(fn, sn, r, 'B', y, nm(i, y), i, kt, kr, f'E{r}', f'D{r}')
                if note:
                    ctx.note(fn, sn, r, f'{i}: ' + note)
            r += 1
        r += 1
    last = r - 2
    sh.set(r + 1, 4, 'Tanjung Mandala, 15 Januari 2024', 'sig'); sh.merge(r + 1, 4, r + 1, 6)
    signature(sh, r + 2, 4, KUPTD, 3)
    ctx.describe(fn, sn, f'Annual PK {y} as FOUR SMALL TABLES, one per sasaran: a bold title line "Sasaran Strategis n : ..." then its OWN '
                 'header row (No | Indikator Kinerja | Satuan | Realisasi | Target | Kinerja (%)) then its rows, then a blank row. '
                 'REALISASI (D) comes BEFORE TARGET (E); capaian header is "Kinerja (%)". Numbering restarts in each table. '
                 f'Rows 4-{last}. Key: target = E, realisasi = D. 19 key rows + 1 duplicate.')


# ------------------------------------------------------------------ 2024: monthly with Indikator / Sub Indikator (ods)
def sheet_2024(ctx, wb):
    y, fn, sn = 2024, F23, 'Realisasi Bulanan 2024'
    sh = wb.add(sn)
    for c, w in zip('ABCDE', [5, 40, 40, 9, 13]):
        sh.width(c, w)
    for c in range(6, 18):
        sh.width(c, 10)
    sh.width('R', 14); sh.width('S', 11)
    sh.set(1, 1, 'REKAPITULASI REALISASI KINERJA BULANAN TAHUN 2024', 'titlel')
    sh.set(2, 1, 'UPTD Taman Hutan Raya Bukit Lamasi', 'titlel')
    for col, h in [('A', 'No'), ('B', 'Indikator'), ('C', 'Sub Indikator'), ('D', 'Satuan'), ('E', 'Target 2024'),
                   ('R', 'Realisasi s/d Desember 2024'), ('S', 'Capaian (%)')]:
        sh.set(4, col, h, 'hdr'); sh.merge(4, col, 5, col)
    sh.set(4, 'F', 'Realisasi Bulanan', 'hdr'); sh.merge(4, 'F', 4, 'Q')
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
    for k, m in enumerate(months):
        sh.set(5, 6 + k, m, 'hdr')
    z = None
    def mo(**kw):
        out = [None] * 12
        for k, v in kw.items():
            out[months.index(k.capitalize() if k != 'mei' else 'Mei')] = v
        return out
    # rows: (kind, id or group text, name-col, monthly list, target V, cap mode, note)
    rows = [
        ('ind', 'T01', 'B', mo(jun=79.3, des=79.6), None, 'pos', 'level: measured in Jun and Des; annual column R = Des'),
        ('ind', 'T02', 'B', mo(jun=17860, des=17915), None, 'pos', None),
        ('grp', 'Gangguan terhadap kawasan', None, None, None, None, 'group row in the Indikator column with no figures: not a key row; its three Sub Indikator rows are keyed'),
        ('ind', 'T03', 'C', [0, 0, 0, 0, 1, 0, 2, 1, 1, 0, 0, 0], None, 'neg2', 'negative, (2T-R)/T = 137,5'),
        ('ind', 'T04', 'C', mo(agu=0.8, sep=0.4), None, 'pos', 'NEGATIVE with the positive formula R/E*100 = 30'),
        ('ind', 'T05', 'C', mo(mar=1), None, 'neg2', None),
        ('ind', 'T06', 'B', [4, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4], S('52 kali', 52), 'typed101.92', 'target typed "52 kali" (key 52); capaian typed'),
        ('grp', 'Rehabilitasi dan persemaian', None, None, None, None, 'group row with no figures: not a key row'),
        ('ind', 'T07', 'C', mo(jan=3000, feb=4500, mar=2500, okt=6000, nov=10800, des=9000), None, 'pos', None),
        ('ind', 'T08', 'C', [3835] * 12, None, 'typed100', 'typed capaian 100 disagrees with 46020/45000 = 102,27'),
        ('ind', 'T09b', 'C', mo(nov=30, des=27), None, 'pos', None),
        ('ind', 'T10', 'C', mo(jun=84, des=86), None, 'pos', None),
        ('ind', 'T11', 'B', [5200, 4100, 3900, 6800, 5100, 6900, 6400, 5200, 4300, 4700, 4520, 7000], None, 'pos',
         'this row has figures in the Indikator column; the row below is its Sub Indikator (a different indicator, not a part to add)'),
        ('ind', 'T12', 'C', [50, 48, 52, 70, 55, 71, 80, 75, 60, 50, 45, 56], Q('700', 700), 'pos', "target typed with a leading apostrophe ('700): key 700"),
        ('ind', 'T13', 'B', [52000000, 41000000, 39000000, 68000000, 51000000, 69000000, 64000000, 52000000, 43000000, 47000000,
                             45200000, 70000000], S('Rp600.000.000', 600000000), 'typed106.87', 'target typed as text "Rp600.000.000" (key 600000000)'),
        ('ind', 'T15', 'B', mo(jun=16, des=18), None, 'pos', None),
        ('ind', 'T16', 'B', mo(jun=346, des=352), None, 'wrongrow', 'capaian formula points at the target of the row above'),
        ('ind', 'T17', 'B', [1, 2, 2, 3, 1, 2, 2, 1, 3, 2, 1, 1], None, 'pos', None),
        ('ind', 'T18', 'B', mo(jun=83.9, des=84.7), None, 'pos', None),
        ('ind', 'T19', 'B', mo(des=G('BB')), G('A'), 'typed-', 'grades: target "A", December "BB" (R = Des returns "BB"): both null'),
        ('ind', 'T20', 'B', mo(des=83), None, 'pos', None),
        ('ind', 'T22', 'B', mo(agu=4, sep=5, okt=3), None, 'pos', None),
    ]
    r = 6
    no = 0
    for kind, i, ncol, ms, tv, cap, note in rows:
        if kind == 'grp':
            no += 1
            sh.set(r, 'A', no, 'txtc'); sh.set(r, 'B', i, 'txtb')
            for c in range(3, 20):
                sh.set(r, c, None, 'txt')
            ctx.note(fn, sn, r, f'"{i}": ' + note)
            r += 1
            continue
        t, rv = tr(i, y)
        if ncol == 'B':
            no += 1
            sh.set(r, 'A', no, 'txtc')
            sh.set(r, 'B', nm(i, y), 'txt'); sh.set(r, 'C', None, 'txt')
        else:
            sh.set(r, 'A', None, 'txtc'); sh.set(r, 'B', None, 'txt')
            sh.set(r, 'C', nm(i, y), 'txt')
        sh.set(r, 'D', IND[i][0], 'txtc')
        kt = put(sh, r, 'E', tv if tv is not None else dv(t))
        for k in range(12):
            put(sh, r, 6 + k, ms[k] if ms[k] is not None else E())
        if IND[i][2]:
            sh.set(r, 'R', None, 'num', formula=f'=SUM(F{r}:Q{r})')
            kr = qsum([m for m in ms])
        else:
            sh.set(r, 'R', None, 'num', formula=f'=Q{r}')
            kr = as_v(ms[11]).key if ms[11] is not None else None
        if cap == 'pos':
            sh.set(r, 'S', None, 'dec2', formula=f'=R{r}/E{r}*100')
        elif cap == 'neg2':
            sh.set(r, 'S', None, 'dec2', formula=f'=(2*E{r}-R{r})/E{r}*100')
        elif cap == 'wrongrow':
            sh.set(r, 'S', None, 'dec2', formula=f'=R{r}/E{r-1}*100')
        elif cap == 'typed-':
            sh.set(r, 'S', '-', 'strr')
        else:
            sh.set(r, 'S', float(cap[5:]), 'dec2')
        if IND[i][4][y][1] is not None and not isinstance(rv, str):
            assert abs(kr - rv) < 1e-6, (i, kr, rv)
        ctx.key(fn, sn, r, ncol, y, nm(i, y), i, kt, kr, f'E{r}', f'R{r}')
        if note:
            ctx.note(fn, sn, r, f'{i}: ' + note)
        r += 1
    last = r - 1
    sh.set(last + 2, 'B', 'Catatan: realisasi s/d Desember = jumlah Jan-Des untuk indikator kumulatif, nilai Desember untuk indikator persentase/indeks/luas tutupan.', 'ital')
    sh.set(last + 4, 'P', 'Tanjung Mandala, 6 Januari 2025', 'sig'); sh.merge(last + 4, 'P', last + 4, 'S')
    signature(sh, last + 5, 'P', KUPTD, 4)
    ctx.describe(fn, sn, f'Monthly realisation sheet {y}. TWO header rows 4-5 (No | Indikator | Sub Indikator | Satuan | Target 2024 | '
                 'Realisasi Bulanan Jan..Des (F:Q) | Realisasi s/d Desember 2024 | Capaian (%)). The name column is SPLIT: some '
                 'indicators are written in "Indikator" (B), others in "Sub Indikator" (C) under a group row that has no figures, and '
                 'T12 (foreign visitors) sits as a Sub Indikator under T11 (all visitors), which has its own figures. R = SUM(F:Q) for '
                 f'flows and =Q (December) for levels. Data rows 6-{last}. Key: target = E, realisasi = R; name cell is B or C as written. '
                 '20 key rows + 2 group rows.')


def sheet_notes(ctx, wb):
    sh = wb.add('Keterangan')
    sh.width('A', 110)
    for k, l in enumerate(['Keterangan:', 'Sheet PK 2023 = pengukuran kinerja tahunan 2023 (per sasaran).',
                           'Sheet Realisasi Bulanan 2024 = rekap bulanan 2024, target dari PK 2024.',
                           'Data titik panas dari SiPongi; pengunjung dari karcis masuk; retribusi dari STS yang disetor ke Kas Daerah.',
                           'Indikator "Luas areal yang direhabilitasi" (s.d. 2022) diganti "Luas pemulihan ekosistem" mulai 2023.'], 1):
        sh.set(k, 1, l)
    ctx.describe(F23, 'Keterangan', 'Notes sheet. Not keyed.')


def build(raw):
    ctx = Ctx(SLUG, AGENCY, YEARS)
    wb = Workbook()
    sheet_e81(ctx, wb, 4)
    sheet_e81(ctx, wb, 3)
    wb.save(f'{raw}/{F21}')
    wb = Workbook()
    sheet_2022(ctx, wb)
    sheet_2022(ctx, wb, draft=True)
    wb.save(f'{raw}/{F22}')
    wb = Workbook()
    sheet_2023(ctx, wb)
    sheet_2024(ctx, wb)
    sheet_notes(ctx, wb)
    wb.save(f'{raw}/{F23}')
    ctx.files = [F21, F22, F23]
    ctx.ambiguous = [['T09', 'T09b']]
    ctx.ambiguous_why = {('T09', 'T09b'): '"Luas areal yang direhabilitasi" (2021-2022) vs "Luas pemulihan ekosistem" (2023-2024); the notes sheet says one replaced the other'}
    ctx.flows = [i for i in IND if IND[i][2]]
    ctx.negative = [i for i in IND if IND[i][1] == '-']
    ctx.lookalikes = [('T01', 'T02', 'Persentase tutupan hutan vs Luas tutupan hutan (Ha)'),
                      ('T03', 'T04', 'Jumlah titik panas vs Luas kebakaran (Ha)'),
                      ('T07', 'T08', 'bibit DITANAM vs bibit DIPRODUKSI di persemaian'),
                      ('T11', 'T12', 'Jumlah pengunjung (all) vs pengunjung MANCANEGARA (sub-type)'),
                      ('T13', 'T14', 'Penerimaan retribusi (Rp) vs Persentase capaian target retribusi'),
                      ('T21', 'T22', 'pal batas dipelihara (buah) vs batas kawasan direkonstruksi (km)')]
    return ctx
