"""Agency 3: Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Tanah Kencana, 2020-2023
(all invented)."""
from common import *

SLUG = 'dp3a_prov_tanah_kencana'
AGENCY = 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Tanah Kencana'
YEARS = [2020, 2021, 2022, 2023]
FLOW = ['P22', 'P01', 'P02', 'P16', 'P19']

IND = {
    'P22': ('kasus', {2020: ('Jumlah kasus kekerasan terhadap perempuan dan anak yang ditangani', 420, 465)}),
    'P01': ('kasus', {
        2021: ('a) Jumlah kasus kekerasan terhadap perempuan yang ditangani', 200, 214),
        2022: ('Jumlah kasus kekerasan thd perempuan yg tertangani', 210, 236),
        2023: ('Jumlah kasus kekerasan terhadap perempuan yang mendapatkan penanganan', 220, 229)}),
    'P02': ('kasus', {
        2021: ('b) Jumlah kasus kekerasan terhadap anak yang ditangani', 260, 281),
        2022: ('Jumlah kasus kekerasan thd anak yg tertangani', 270, 302),
        2023: ('Jumlah kasus kekerasan terhadap anak yang mendapatkan penanganan', 280, 296)}),
    'P03': ('%', {
        2020: ('Persentase kasus kekerasan terhadap perempuan dan anak yang mendapat layanan komprehensif', 95, 97.2),
        2021: ('c) Prosentase kasus kekerasan thd perempuan & anak yang mendapat layanan komprehensif', 96, 98.1)}),
    'P03b': ('%', {
        2022: ('Persentase perempuan dan anak korban kekerasan yang mendapatkan layanan', 97, 96.4),
        2023: ('Persentase korban kekerasan perempuan dan anak yang terlayani', 98, 98.8)}),
    'P04': ('indeks', {
        2020: ('Indeks Pembangunan Gender (IPG)', 91.2, 91.05),
        2021: ('a) Indeks Pembangunan Gender', 91.4, 91.37),
        2022: ('IPG (Indeks Pembangunan Gender)', 91.6, 91.62),
        2023: ('Indeks Pembangunan Gender (IPG) Provinsi', 91.8, 91.9)}),
    'P05': ('indeks', {
        2020: ('Indeks Pemberdayaan Gender (IDG)', 68.5, 67.92),
        2021: ('b) Indeks Pemberdayaan Gender', 69, 70.11),
        2022: ('IDG (Indeks Pemberdayaan Gender)', 70, 70.84),
        2023: ('Indeks Pemberdayaan Gender (IDG) Provinsi', 71, 71.56)}),
    'P06': ('kab/kota', {
        2020: ('Jumlah kabupaten/kota yang memperoleh predikat Kabupaten/Kota Layak Anak (KLA)', 4, 4),
        2021: ('a) Jumlah Kab/Kota Layak Anak', 5, 5),
        2022: ('Jumlah kabupaten/kota yang mencapai predikat KLA', 6, 5),
        2023: ('Jumlah kab/kota berpredikat Layak Anak (KLA)', 7, 7)}),
    'P07': ('unit', {
        2020: ('Jumlah rumah aman (shelter) yang beroperasi', 3, 3),
        2021: ('d) Jumlah Rumah Aman / Shelter yang Beroperasi', 4, 4),
        2022: ('Jumlah shelter (rumah aman) yg beroperasi', 5, 5),
        2023: ('Jumlah rumah perlindungan sementara / shelter', 6, 6)}),
    'P08': ('jam', {
        2020: ('Rata-rata waktu respon pengaduan (jam)', 24, 26),
        2021: ('e) Rata - rata waktu respon pengaduan kasus', 24, 21.5),
        2022: ('Rata-rata waktu tanggap pengaduan (jam)', 18, 16.2),
        2023: ('Waktu rata-rata respon pengaduan masyarakat', 12, 12.4)}),
    'P09': ('%', {
        2020: ('Persentase keterwakilan perempuan di DPRD Provinsi', 20, 18.46),
        2021: ('c) Persentase Keterwakilan Perempuan di Parlemen', 20, 18.46),
        2022: ('Persentase perempuan di DPRD', 20, 18.46)}),
    'P10': ('unit', {
        2020: ('Jumlah UPTD PPA kabupaten/kota yang terbentuk', 3, 4),
        2021: ('f) Jumlah UPTD PPA Kab/Kota yang Terbentuk', 5, 5),
        2022: ('Jumlah UPTD PPA kab/kota terbentuk', 6, 7),
        2023: ('Jumlah Unit Pelaksana Teknis Daerah PPA di kab/kota', 8, 8)}),
    'P11': ('unit', {
        2020: ('Jumlah Pusat Pembelajaran Keluarga (PUSPAGA)', 2, 2),
        2021: ('b) Jumlah PUSPAGA yang terbentuk', 3, 3),
        2022: ('Jumlah Puspaga', 4, 4),
        2023: ('Jumlah PUSPAGA terbentuk dan aktif', 5, 6)}),
    'P13': ('desa/kel', {
        2021: ('c) Jumlah Desa Ramah Perempuan dan Peduli Anak (DRPPA)', 10, 12),
        2022: ('Jumlah desa/kelurahan ramah perempuan dan peduli anak', 25, 27),
        2023: ('Jumlah DRPPA', 40, 38)}),
    'P14': ('%', {
        2020: ('Persentase perkawinan usia anak', 10.5, 10.92),
        2021: ('d) Prevalensi Perkawinan Anak', 10, 9.85),
        2022: ('Angka perkawinan anak (%)', 9.5, 9.21),
        2023: ('Prevalensi perkawinan anak (perempuan usia 20-24 th yg menikah sebelum 18 th)', 9, 8.64)}),
    'P15': ('forum', {
        2020: ('Jumlah forum anak yang aktif', 8, 8),
        2021: ('e) Jumlah Forum Anak Kab/Kota Aktif', 8, 8),
        2022: ('Jumlah forum anak aktif (kab/kota)', 8, 8),
        2023: ('Forum Anak yang aktif', 9, 9)}),
    'P16': ('orang', {
        2020: ('Jumlah korban TPPO yang mendapatkan layanan', 40, 37),
        2021: ('g) Jumlah Korban Tindak Pidana Perdagangan Orang (TPPO) yang Dilayani', 40, 42),
        2022: ('Jumlah korban TPPO yang terlayani', 45, 41),
        2023: ('Korban TPPO mendapat layanan (orang)', 45, 48)}),
    'P17': ('%', {
        2020: ('Persentase perangkat daerah yang menerapkan Anggaran Responsif Gender (ARG)', 60, 0.625),
        2021: ('d) Persentase PD yang Menerapkan ARG', 70, 71.9),
        2022: ('Persentase OPD yg telah menerapkan PPRG / ARG', 80, 81.25),
        2023: ('Persentase perangkat daerah menerapkan ARG', 85, 87.5)}),
    'P18': ('predikat', {
        2020: ('Nilai Evaluasi SAKIP', 'B', 'B'),
        2021: ('a) Hasil Evaluasi AKIP', 'BB', 'B'),
        2022: ('Nilai SAKIP DP3A', 'BB', 'BB'),
        2023: ('Predikat Evaluasi SAKIP', 'A', 'BB')}),
    'P19': ('orang', {
        2020: ('Jumlah konselor dan pendamping korban yang dilatih', 60, 64),
        2021: ('h) Jumlah Konselor / Pendamping yang Dilatih', 60, 58),
        2022: ('Jumlah tenaga pendamping korban yang terlatih', 80, 85)}),
    'P20': ('%', {
        2022: ('Persentase kab/kota yang memiliki data terpilah gender dan anak', 75, 75),
        2023: ('Persentase Kab/Kota dg data terpilah gender & anak', 87.5, 100)}),
    'P21': ('%', {
        2020: ('Cakupan kepemilikan akta kelahiran anak', 90, 91.3),
        2021: ('f) Persentase anak yang memiliki akta kelahiran', 92, 93.5),
        2022: ('Cakupan kepemilikan akta kelahiran anak (0-18 th)', 94, 95.1),
        2023: ('Cakupan Akta Kelahiran Anak', 95, 96.2)}),
}

SS = {
    'SS1': 'Meningkatnya kesetaraan gender dan pemberdayaan perempuan',
    'SS2': 'Meningkatnya perlindungan perempuan dan anak dari tindak kekerasan',
    'SS3': 'Meningkatnya pemenuhan hak dan perlindungan khusus anak',
    'SS4': 'Meningkatnya akuntabilitas kinerja perangkat daerah',
}
NEG = {'P08', 'P14'}

man = Manifest(SLUG, AGENCY, YEARS, [['P03', 'P03b']], FLOW)
KADIS_A = ('Dr. Hj. RATNA KUSUMAWARDANI, M.Si', 'Pembina Utama Madya', 'NIP. 19690723 199403 2 005')
KADIS_B = ('Ir. MARLINA TAMBUNAN, M.A.P.', 'Pembina Utama Muda', 'NIP. 19740218 199903 2 002')


def nm(i, y):
    return IND[i][1][y][0]


def tr(i, y):
    return IND[i][1][y][1], IND[i][1][y][2]


def v(x, fmt=None):
    """Quick Val: '-' -> null, numbers -> N."""
    if x is None:
        return BLANK
    if isinstance(x, str):
        return G(x)
    return N(x, fmt)


# ---------------------------------------------------------------- 2020: Rencana Aksi in blocks (Bone style), .xlsx
B2020 = [
    ('SS1', 'Program Pengarusutamaan Gender dan Pemberdayaan Perempuan', 'Rp. 1.245.800.000,-', [
        ('P04', [None, None, None, 91.2], [None, None, None, 91.05]),
        ('P05', [None, None, None, 68.5], [None, None, None, 67.92]),
        ('P09', [20, 20, 20, 20], [18.46, 18.46, 18.46, 18.46]),
        ('P17', [15, 30, 45, 60], [12.5, 25, 43.75, 0.625]),          # TW IV typed as a fraction
    ]),
    ('SS2', 'Program Perlindungan Perempuan dan Anak', 'Rp. 3.872.415.000,-', [
        ('P22', [105, 105, 105, 105], [98, 121, 119, 127]),
        ('P03', ['%95', '%95', '%95', '%95'], ['%96.1', '%97.4', '%96.8', '%97.2']),
        ('P16', [10, 10, 10, 10], [8, 11, 9, 9]),
        ('P07', [3, 3, 3, 3], [3, 3, 3, 3]),
        ('P08', [24, 24, 24, 24], [30, 28, 27, 26]),
        ('P19', ['-', 30, 30, '-'], ['-', 34, 30, '-']),
        ('P10', [1, 2, 3, 3], [1, 2, 4, 4]),
    ]),
    ('SS3', 'Program Pemenuhan Hak Anak', 'Rp. 2.106.350.000,-', [
        ('P06', ['-', '-', 4, '-'], ['-', '-', 4, '-']),
        ('P15', [8, 8, 8, 8], [7, 8, 8, 8]),
        ('P21', [85, 87, 89, 90], [88.2, 89.5, 90.4, 91.3]),
        ('P14', ['-', '-', '-', 10.5], ['-', '-', '-', 10.92]),
        ('P11', [1, 1, 2, 2], [1, 1, 2, 2]),
    ]),
    ('SS4', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', 'Rp. 4.518.760.000,-', [
        ('P18', ['-', '-', '-', 'B'], ['-', '-', '-', 'B']),
    ]),
]


def qv(x):
    if isinstance(x, str) and x.startswith('%'):
        p = float(x[1:])
        return P(p, '0%' if p == int(p) else '0.0%')
    return v(x)


def y2020():
    book = Book(man, 'RENAKSI PK DP3A 2020.xlsx')
    ws = book.sheet('RA TW IV 2020')
    widths(ws, {'A': 6, 'B': 26, 'C': 36, 'D': 16, 'E': 12, 'F': 12, 'G': 9, 'H': 30, 'I': 22})
    merge(ws, 'A1:I1', 'PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA', bold=True, align=CENTER)
    merge(ws, 'A2:I2', 'DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK PROVINSI TANAH KENCANA', bold=True, align=CENTER)
    merge(ws, 'A3:I3', 'TAHUN ANGGARAN 2020', bold=True, align=CENTER)
    put(ws, 'A5', 'TUJUAN :')
    put(ws, 'A6', '1. Mewujudkan kesetaraan gender dan perlindungan perempuan dan anak')
    put(ws, 'A7', '2. Meningkatkan akuntabilitas kinerja perangkat daerah')
    for rg, t in [('A9:A10', 'NO'), ('B9:B10', 'SASARAN STRATEGIS'), ('C9:C10', 'INDIKATOR SASARAN'),
                  ('D9:G9', 'KRITERIA KEBERHASILAN SASARAN (TARGET TAHUNAN & TRIWULAN)'),
                  ('H9:H10', 'PROGRAM & ANGGARAN'), ('I9:I10', 'UNIT KERJA / PENANGGUNG JAWAB')]:
        merge(ws, rg, t, bold=True, align=CENTER)
    for c, t in zip('DEFG', ['', 'TARGET', 'REALISASI KINERJA', '%']):
        put(ws, c + '10', t, bold=True, align=CENTER)
    for k, c in enumerate('ABCDEFGHI'):
        put(ws, c + '11', k + 1, align=CENTER)
    row = 12
    no = 0
    units = {'SS1': 'Kepala Bidang PUG dan Pemberdayaan Perempuan', 'SS2': 'Kepala Bidang Perlindungan Perempuan dan Anak',
             'SS3': 'Kepala Bidang Pemenuhan Hak Anak', 'SS4': 'Sekretaris'}
    for sno, (ss, prog, budget, blocks) in enumerate(B2020, 1):
        s0 = row
        for bno, (i, tq, rq) in enumerate(blocks):
            no += 1
            name = nm(i, 2020)
            t, r = tr(i, 2020)
            label = ('%d. %d.' % (sno, no)) if bno == 0 else '%d.' % no
            merge(ws, 'A%d:A%d' % (row, row + 4), label, align=Alignment(vertical='top'))
            merge(ws, 'C%d:C%d' % (row, row + 4), name, wrap=True)
            put(ws, 'D%d' % row, 'Target Tahunan :')
            if i == 'P18':
                tv = G(t)
            elif i == 'P03':
                tv = P(t, '0%')
            else:
                tv = N(t)
            put(ws, 'E%d' % row, tv)
            rvals = []
            for q in range(4):
                rr = row + 1 + q
                put(ws, 'D%d' % rr, 'TW %d (B%02d) :' % (q + 1, 3 * (q + 1)))
                a, b = qv(tq[q]), qv(rq[q])
                put(ws, 'E%d' % rr, a)
                put(ws, 'F%d' % rr, b)
                rvals.append(b)
                if isinstance(a.cell, (int, float)) and isinstance(b.cell, (int, float)):
                    if i in NEG:
                        put(ws, 'G%d' % rr, '=MIN(ROUND((2*E{0}-F{0})/E{0}*100,2),100)'.format(rr), fmt='0.00')
                    else:
                        put(ws, 'G%d' % rr, '=MIN(ROUND(F{0}/E{0}*100,2),100)'.format(rr), fmt='0.00')
                elif b.cell == 'B':
                    put(ws, 'G%d' % rr, 100)
                else:
                    put(ws, 'G%d' % rr, '-', align=CENTER)
            mode = 'sum' if i in FLOW else 'last'
            rkey = combine(rvals, mode)
            if i != 'P18':
                assert rkey == r6(r), (i, rkey, r)
            man.key(book, ws, 'C%d' % row, 2020, i, name, tv.key, rkey, ['E%d' % row],
                    ['F%d' % (row + 1 + q) for q in range(4)], 'one', mode)
            row += 5
        merge(ws, 'B%d:B%d' % (s0, row - 1), SS[ss], wrap=True)
        merge(ws, 'H%d:H%d' % (s0, row - 1), prog + '\n' + budget, wrap=True)
        merge(ws, 'I%d:I%d' % (s0, row - 1), units[ss], wrap=True)
    box(ws, 'A9:I%d' % (row - 1))
    signature(ws, row + 2, 'H', 'Kencana Raya, 31 Desember 2020',
              ['Kepala Dinas Pemberdayaan Perempuan dan', 'Perlindungan Anak Provinsi Tanah Kencana'], *KADIS_A)


# ---------------------------------------------------------------- 2021: cumulative "s.d. TW" columns, .xls
S2021 = [
    ('SS1', [('P04', [None, None, None, 91.4], ['-', '-', '-', 91.37]),
             ('P05', [None, None, None, 69], ['-', '-', '-', 70.11]),
             ('P09', [20, 20, 20, 20], [18.46, 18.46, 18.46, 18.46]),
             ('P17', [40, 50, 60, 70], [50, 59.4, 65.6, 71.9])]),
    ('SS2', [('P01', [50, 100, 150, 200], [52, 104, 161, 'T214']),
             ('P02', [65, 130, 195, 260], [70, 138, 207, 281]),
             ('P03', ['%96'] * 4, ['%97.2', '%97.9', '%98', '%98.1']),
             ('P07', [4, 4, 4, 4], [4, 4, 4, 4]),
             ('P08', ['T24', 'T24', 'T24', 'T24'], [24, 23, 22, 21.5]),
             ('P10', [3, 4, 5, 5], [3, 4, 5, 5]),
             ('HIDDEN', None, None),
             ('P16', [10, 20, 30, 40], [12, 27, 45, 42]),                  # cumulative figure falls at TW IV
             ('P19', ['-', 30, 60, 60], ['-', 25, 58, 58])]),
    ('SS3', [('P06', ['-', '-', 5, 5], ['-', '-', 5, None]),
             ('P11', [2, 2, 3, 3], [2, 2, 3, 3]),
             ('P13', [0, 4, 8, 10], [0, 4, 12, None]),
             ('P14', [None, None, None, 10], ['-', '-', '-', 9.85]),
             ('P15', [8, 8, 8, 8], [8, 8, 8, 8]),
             ('P21', [90, 91, 91.5, 92], [91.8, 92.4, 93.0, 93.5])]),
    ('SS4', [('P18', ['-', '-', '-', 'BB'], ['-', '-', '-', 'B'])]),
]


def cv(x, unit):
    if isinstance(x, str) and x.startswith('T'):
        return TX(float(x[1:]) if '.' in x else int(x[1:]), unit)
    if isinstance(x, str) and x.startswith('%'):
        p = float(x[1:])
        return P(p, '0.0%')
    return v(x)


def y2021():
    book = Book(man, 'LAPORAN TW IV DP3A 2021.xls')
    ws = book.sheet('TW IV')
    widths(ws, {'A': 5, 'B': 46, 'C': 10, 'D': 11, 'M': 12, 'N': 26})
    for c in 'EFGHIJKL':
        ws.column_dimensions[c].width = 10
    merge(ws, 'A1:N1', 'LAPORAN CAPAIAN KINERJA TRIWULAN IV TAHUN 2021', bold=True, align=CENTER)
    merge(ws, 'A2:N2', 'DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK PROVINSI TANAH KENCANA', bold=True, align=CENTER)
    for rg, t in [('A4:A5', 'No'), ('B4:B5', 'Sasaran / Indikator Kinerja'), ('C4:C5', 'Satuan'), ('D4:D5', 'Target 2021'),
                  ('E4:H4', 'Target Kumulatif'), ('I4:L4', 'Realisasi Kumulatif'), ('M4:M5', 'Capaian s.d. TW IV (%)'),
                  ('N4:N5', 'Keterangan')]:
        merge(ws, rg, t, bold=True, align=CENTER)
    for k, c in enumerate('EFGH'):
        put(ws, c + '5', 'TW %s' % ['I', 'II', 'III', 'IV'][k], bold=True, align=CENTER)
    for k, c in enumerate('IJKL'):
        put(ws, c + '5', 's.d. TW %s' % ['I', 'II', 'III', 'IV'][k], bold=True, align=CENTER)
    row = 6
    for sno, (ss, inds) in enumerate(S2021):
        put(ws, 'A%d' % row, ['I', 'II', 'III', 'IV'][sno], bold=True, align=CENTER)
        merge(ws, 'B%d:N%d' % (row, row), 'Sasaran %d : %s' % (sno + 1, SS[ss]), bold=True)
        row += 1
        for i, tq, rq in inds:
            if i == 'HIDDEN':
                name16 = nm('P16', 2021)
                put(ws, 'B%d' % row, name16, wrap=True)
                put(ws, 'C%d' % row, 'orang')
                put(ws, 'D%d' % row, 40)
                for c, x in zip('IJKL', [12, 27, 38, None]):
                    if x is not None:
                        put(ws, '%s%d' % (c, row), x)
                put(ws, 'N%d' % row, 'draft - TW III')
                ws.row_dimensions[row].hidden = True
                row += 1
                continue
            name = nm(i, 2021)
            t, r = tr(i, 2021)
            unit = IND[i][0]
            if i == 'P18':
                tv = G(t)
            elif i == 'P03':
                tv = P(t, '0%')
            elif i == 'P08':
                tv = TX(t, 'jam')
            else:
                tv = N(t)
            put(ws, 'B%d' % row, name, wrap=True)
            put(ws, 'C%d' % row, unit)
            put(ws, 'D%d' % row, tv)
            for c, x in zip('EFGH', tq):
                put(ws, '%s%d' % (c, row), cv(x, unit) if x is not None else G('-'))
            rvals = []
            for c, x in zip('IJKL', rq):
                val = cv(x, unit)
                rvals.append(val)
                if x is not None:
                    put(ws, '%s%d' % (c, row), val)
            rkey = combine(rvals, 'last_cum')
            if i != 'P18':
                assert rkey == r6(r), (i, rkey, r)
            lastc = 'IJKL'[max(k for k, x in enumerate(rq) if x is not None)]
            if i == 'P18':
                put(ws, 'M%d' % row, '-', align=CENTER)
            elif isinstance(tv.cell, (int, float)) and isinstance(rvals[-1].cell, (int, float)) and rq[-1] is not None:
                f = '(2*D{0}-L{0})/D{0}*100' if i in NEG else 'L{0}/D{0}*100'
                put(ws, 'M%d' % row, ('=ROUND(' + f + ',2)').format(row), fmt='0.00')
            else:
                cap = (2 * tv.key - rkey) / tv.key * 100 if i in NEG else rkey / tv.key * 100
                put(ws, 'M%d' % row, round(cap, 2), fmt='0.00')
            if lastc != 'L':
                put(ws, 'N%d' % row, 'posisi s.d. TW %s' % {'I': 'I', 'J': 'II', 'K': 'III'}[lastc])
            if i in ('P04', 'P05', 'P14'):
                put(ws, 'N%d' % row, 'rilis BPS')
            man.key(book, ws, 'B%d' % row, 2021, i, name, tv.key, rkey, ['D%d' % row],
                    ['%s%d' % (c, row) for c in 'IJKL'], 'one', 'last_cum')
            row += 1
    box(ws, 'A4:N%d' % (row - 1))
    put(ws, 'B%d' % (row + 1), 'Catatan: realisasi ditulis kumulatif (s.d. triwulan berkenaan).')
    signature(ws, row + 3, 'I', 'Kencana Raya, 14 Januari 2022', ['Kepala Dinas'], *KADIS_A)


# ---------------------------------------------------------------- 2022: PK with PK Awal / PK Perubahan, pasted twice, .ods
S2022 = [
    ('SS1', ['P04', 'P05', 'P09', 'P17', 'P20']),
    ('SS2', ['P01', 'P02', 'P03b', 'P16', 'P07', 'P08', 'P10', 'P19']),
    ('SS3', ['P06', 'P21', 'P14', 'P11', 'P13', 'P15']),     # P15 written in the Sasaran column
    ('SS4', ['P18']),
]
AWAL_2022 = {'P01': 200, 'P06': 5, 'P13': 20, 'P17': 75}


def vals2022(i, t, r):
    """(PK Awal Val, PK Perubahan Val, realisasi Val)."""
    a = AWAL_2022.get(i, t)
    if i == 'P01':
        return N(a), N(t), TX(r, 'kasus')
    if i == 'P03b':
        return P(a, '0%'), P(t, '0%'), P(r, '0.0%')
    if i == 'P17':
        return T('75 %', 75), T('80 - 85 %', 80), TX(r, '%')
    if i == 'P08':
        return TX(a, 'jam'), TX(t, 'jam'), N(r)
    if i == 'P18':
        return G(a), G(t), G(r)
    if i == 'P16':
        return N(a), N(t), TX(r, 'orang')
    return N(a), N(t), N(r)


def table2022(book, ws, top, keyed):
    for rg, t in [('A%d:A%d', 'No'), ('B%d:B%d', 'Sasaran Strategis'), ('C%d:C%d', 'Indikator Kinerja'),
                  ('D%d:D%d', 'Satuan'), ('G%d:G%d', 'Realisasi 2022'), ('H%d:H%d', 'Capaian (%)'),
                  ('I%d:I%d', 'Keterangan')]:
        merge(ws, rg % (top, top + 1), t, bold=True, align=CENTER)
    merge(ws, 'E%d:F%d' % (top, top), 'Target 2022', bold=True, align=CENTER)
    put(ws, 'E%d' % (top + 1), 'PK Awal', bold=True, align=CENTER)
    put(ws, 'F%d' % (top + 1), 'PK Perubahan', bold=True, align=CENTER)
    row = top + 2
    no = 0
    for ss, ids in S2022:
        s0 = row
        for i in ids:
            no += 1
            name = nm(i, 2022)
            t, r = tr(i, 2022)
            a, tv, rv = vals2022(i, t, r)
            put(ws, 'A%d' % row, no, align=CENTER)
            namecell = 'C%d' % row
            if i == 'P15':
                namecell = 'B%d' % row
            put(ws, namecell, name, wrap=True)
            put(ws, 'D%d' % row, IND[i][0])
            put(ws, 'E%d' % row, a)
            put(ws, 'F%d' % row, tv)
            put(ws, 'G%d' % row, rv)
            if isinstance(tv.cell, (int, float)) and isinstance(rv.cell, (int, float)):
                f = '(2*F{0}-G{0})/F{0}*100' if i in NEG else 'G{0}/F{0}*100'
                put(ws, 'H%d' % row, ('=ROUND(' + f + ',2)').format(row), fmt='0.00')
            elif i == 'P18':
                put(ws, 'H%d' % row, 100)
            else:
                cap = (2 * tv.key - rv.key) / tv.key * 100 if i in NEG else rv.key / tv.key * 100
                put(ws, 'H%d' % row, idn(round(cap, 2), 2))
            if i in AWAL_2022:
                put(ws, 'I%d' % row, 'target diubah pada PK Perubahan')
            if keyed:
                man.key(book, ws, namecell, 2022, i, name, tv.key, rv.key, ['F%d' % row], ['G%d' % row])
            row += 1
        last = row - 2 if ss == 'SS3' else row - 1
        if last > s0:
            merge(ws, 'B%d:B%d' % (s0, last), SS[ss], wrap=True)
        else:
            put(ws, 'B%d' % s0, SS[ss], wrap=True)
    box(ws, 'A%d:I%d' % (top, row - 1))
    return row


def y2022(book):
    ws = book.sheet('PK 2022')
    widths(ws, {'A': 5, 'B': 30, 'C': 46, 'D': 10, 'E': 12, 'F': 14, 'G': 14, 'H': 11, 'I': 24})
    merge(ws, 'A1:I1', 'PENGUKURAN KINERJA TAHUN 2022', bold=True, align=CENTER)
    merge(ws, 'A2:I2', 'DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK', bold=True, align=CENTER)
    merge(ws, 'A3:I3', 'PROVINSI TANAH KENCANA', bold=True, align=CENTER)
    end = table2022(book, ws, 5, True)
    put(ws, 'B%d' % (end + 1), 'Jumlah Anggaran Tahun 2022 : Rp. 12.904.118.000,-')
    put(ws, 'B%d' % (end + 2), 'Jumlah Realisasi Anggaran Tahun 2022 : Rp. 11.877.560.415,-')
    sig_end = signature(ws, end + 4, 'F', 'Kencana Raya, 31 Desember 2022', ['Kepala Dinas'], *KADIS_B)
    # the same table pasted again further down (a leftover copy): no key rows
    put(ws, 'A%d' % (sig_end + 4), 'PENGUKURAN KINERJA TAHUN 2022', bold=True)
    table2022(book, ws, sig_end + 6, False)
    wn = book.sheet('Catatan')
    put(wn, 'A1', 'Catatan:')
    put(wn, 'A2', '1. Target PK Perubahan ditetapkan setelah APBD Perubahan 2022.')
    put(wn, 'A3', '2. Indikator persentase korban kekerasan yang mendapat layanan menggantikan indikator persentase kasus yang mendapat layanan komprehensif.')
    put(wn, 'A4', '3. IPG dan IDG tahun 2022 berdasarkan rilis BPS.')


# ---------------------------------------------------------------- 2023: realisasi by kabupaten/kota, same .ods
KABKOTA = ['Kota Sempana', 'Kab. Lubuk Rindang', 'Kab. Tanjung Merapah', 'Kab. Air Selasih',
           'Kab. Bukit Kerinduan', 'Kota Pelabuhan Ratna', 'Kab. Seberang Padi', 'Kab. Ulu Senamat']
ORDER_2023 = ['P04', 'P05', 'P17', 'P20', 'P01', 'P02', 'P03b', 'P16', 'P07', 'P08', 'P10',
              'P06', 'P21', 'P14', 'P11', 'P13', 'P15', 'P18']
KAB_2023 = {  # per kab/kota values, provincial value as typed / formula
    'P04': ([93.4, 90.2, 89.8, 91.1, 88.6, 92.7, 90.5, 89.9], T('91,90*)', 91.9)),
    'P05': ([74.2, 69.8, 70.3, 71.0, 66.9, 73.5, 68.2, 67.7], N(71.56)),
    'P17': (['-'] * 8, P(87.5, '0.0%')),
    'P20': (['ada'] * 8, N(100)),
    'P01': ([58, 31, 27, 22, 19, 41, 16, 15], 'SUM'),
    'P02': ([71, 38, 35, 30, 24, 52, 25, 21], 'SUM7'),       # wrong formula: SUM stops one column short
    'P03b': ([99.1, 98.5, 98.0, 100, 97.4, 99.3, 98.8, 97.9], N(98.8)),
    'P16': ([11, 9, 6, 4, 3, 8, 4, 3], 'SUM'),
    'P07': ([1, 1, 1, 0, 1, 1, 1, 0], 'SUM'),
    'P08': ([8.5, 14.0, 13.5, 12.0, 16.5, 9.0, 14.5, 12.5], N(12.4)),
    'P10': ([1] * 8, 'SUM'),
    'P06': (['Nindya', 'Pratama', 'Madya', 'Pratama', '-', 'Madya', 'Pratama', 'Pratama'], N(7)),
    'P21': ([98.7, 95.2, 96.0, 94.8, 93.9, 98.1, 95.5, 94.6], N(96.2)),
    'P14': ([5.1, 9.8, 10.2, 8.7, 11.4, 6.0, 9.9, 10.6], N(8.64)),
    'P11': ([1, 1, 1, 0, 1, 1, 1, 0], 'SUM'),
    'P13': ([9, 5, 4, 4, 3, 6, 4, 3], 'SUM'),
    'P15': ([1] * 8, N(9)),
    'P18': (['-'] * 8, G('BB')),
}


def y2023(book):
    ws = book.sheet('Kab-Kota 2023')
    widths(ws, {'A': 5, 'B': 44, 'C': 10, 'D': 12, 'M': 13, 'N': 11, 'O': 26})
    for k in range(8):
        ws.column_dimensions[L(5 + k)].width = 11
    merge(ws, 'A1:O1', 'CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2023 MENURUT KABUPATEN/KOTA', bold=True, align=CENTER)
    merge(ws, 'A2:O2', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Tanah Kencana', align=CENTER)
    for rg, t in [('A4:A5', 'No'), ('B4:B5', 'Indikator Kinerja'), ('C4:C5', 'Satuan'), ('D4:D5', 'Target 2023 (Provinsi)'),
                  ('E4:L4', 'Realisasi 2023 menurut Kabupaten/Kota'), ('M4:M5', 'Realisasi Provinsi'),
                  ('N4:N5', 'Capaian (%)'), ('O4:O5', 'Keterangan')]:
        merge(ws, rg, t, bold=True, align=CENTER)
    for k, kk in enumerate(KABKOTA):
        put(ws, '%s5' % L(5 + k), kk, bold=True, align=CENTER)
    ws.row_dimensions[5].height = 45
    row = 6
    for n, i in enumerate(ORDER_2023, 1):
        name = nm(i, 2023)
        t, r = tr(i, 2023)
        per, prov = KAB_2023[i]
        put(ws, 'A%d' % row, n, align=CENTER)
        put(ws, 'B%d' % row, name, wrap=True)
        put(ws, 'C%d' % row, IND[i][0])
        if i == 'P16':
            tv = N(450)                                    # typed mistake: target 10x (45)
        elif i == 'P18':
            tv = G(t)
        elif i == 'P17':
            tv = P(t, '0%')
        else:
            tv = N(t)
        put(ws, 'D%d' % row, tv)
        for k, x in enumerate(per):
            put(ws, '%s%d' % (L(5 + k), row), x, align=CENTER if isinstance(x, str) else None)
        if prov == 'SUM':
            rv = F('=SUM(E{0}:L{0})'.format(row), sum(per))
            assert sum(per) == r, (i, sum(per), r)
        elif prov == 'SUM7':
            rv = F('=SUM(E{0}:K{0})'.format(row), sum(per[:7]))
            assert sum(per) == r
        else:
            rv = prov
            assert rv.key == r or i == 'P18', (i, rv.key, r)
        put(ws, 'M%d' % row, rv)
        if isinstance(tv.cell, (int, float)) and rv.key is not None:
            f = '(2*D{0}-M{0})/D{0}*100' if i in NEG else 'M{0}/D{0}*100'
            if isinstance(rv.cell, str) and not rv.cell.startswith('='):
                put(ws, 'N%d' % row, round(rv.key / t * 100, 2), fmt='0.00')
            else:
                put(ws, 'N%d' % row, ('=ROUND(' + f + ',2)').format(row), fmt='0.00')
        else:
            put(ws, 'N%d' % row, '-', align=CENTER)
        if i == 'P15':
            put(ws, 'O%d' % row, 'termasuk Forum Anak Provinsi')
        if i == 'P06':
            put(ws, 'O%d' % row, 'predikat KLA 2023')
        if i in ('P17', 'P18'):
            put(ws, 'O%d' % row, 'indikator tingkat provinsi')
        man.key(book, ws, 'B%d' % row, 2023, i, name, tv.key, rv.key, ['D%d' % row], ['M%d' % row])
        row += 1
    box(ws, 'A4:O%d' % (row - 1))
    put(ws, 'B%d' % (row + 1), '*) angka sementara BPS Provinsi Tanah Kencana')
    put(ws, 'B%d' % (row + 2), 'Sumber: UPTD PPA dan DP3A kabupaten/kota, diolah')
    signature(ws, row + 4, 'L', 'Kencana Raya, 12 Januari 2024', ['Kepala Dinas'], *KADIS_B)
    wh = book.sheet('lama', hidden=True)
    put(wh, 'A1', 'rekap lama (jangan dipakai)')
    for k, i in enumerate(ORDER_2023[:9]):
        put(wh, 'A%d' % (k + 2), nm(i, 2023))
        put(wh, 'B%d' % (k + 2), tr(i, 2023)[0])


y2020()
y2021()
bk = Book(man, 'KINERJA DP3A 2022 2023.ods')
y2022(bk)
y2023(bk)
man.save()
print(SLUG, len(man.rows), 'key rows')
