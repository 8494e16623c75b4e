"""Agency 3: UPTD Penerangan Jalan Umum (PJU) dan Pertamanan, Kabupaten Rimba Karang (invented), 2021-2024."""
from common import *

A = Agency(
    slug='uptd_pju_taman_kab_rimba_karang',
    name='UPTD Penerangan Jalan Umum (PJU) dan Pertamanan, Dinas Perumahan, Kawasan Permukiman dan Pertanahan, '
         'Kabupaten Rimba Karang',
    years=[2021, 2022, 2023, 2024],
    flow_ids=['C02', 'C06', 'C11', 'C12', 'C15', 'C18', 'C20'],
    ambiguous=[['C07', 'C07b']],
    lookalikes=[['C01', 'C02'], ['C12', 'C13'], ['C09', 'C10'], ['C01', 'C21']],
)
NEG = {'C14', 'C15'}
S1 = 'Meningkatnya cakupan dan kualitas penerangan jalan umum'
S2 = 'Meningkatnya kualitas dan luasan ruang terbuka hijau dan taman'
S3 = 'Meningkatnya kepuasan masyarakat terhadap layanan PJU dan pertamanan'
KEPALA = ['Kepala UPTD PJU dan Pertamanan,', None, None, None, 'YOHANES ARDIANSYAH PURBA, S.T.',
          'Penata Tingkat I', 'NIP. 19820117 200604 1 003']


def cap(t, r, neg):
    if neg:
        return '=IF(AND(ISNUMBER(%s),ISNUMBER(%s)),(2*%s-%s)/%s*100,"-")' % (t, r, t, r, t)
    return '=IF(AND(ISNUMBER(%s),ISNUMBER(%s)),%s/%s*100,"-")' % (t, r, r, t)


# =====================================================================================
# 2021: Rencana Aksi, quarters across (T/R pairs) + annual realisasi column; .xls
# =====================================================================================
def ra_2021(book):
    ws = book.sheet('RA 2021')
    widths(ws, {'A': 5, 'B': 24, 'C': 38, 'D': 9, 'E': 13, 'N': 14, 'O': 10, 'P': 22})
    for c in 'FGHIJKLM':
        ws.column_dimensions[c].width = 11
    title(ws, 1, 'RENCANA AKSI DAN REALISASI KINERJA TAHUN 2021', 'P')
    title(ws, 2, 'UPTD PENERANGAN JALAN UMUM DAN PERTAMANAN', 'P')
    title(ws, 3, 'DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN KABUPATEN RIMBA KARANG', 'P')
    for col, t in [('A', 'No'), ('B', 'Sasaran'), ('C', 'Indikator Kinerja'), ('D', 'Satuan'),
                   ('E', 'Target Tahunan'), ('N', 'Realisasi s.d. Desember 2021'), ('O', 'Capaian (%)'),
                   ('P', 'Penanggung Jawab')]:
        merge(ws, '%s5:%s6' % (col, col), t)
    for c1, c2, t in [('F', 'G', 'Triwulan I'), ('H', 'I', 'Triwulan II'), ('J', 'K', 'Triwulan III'),
                      ('L', 'M', 'Triwulan IV')]:
        merge(ws, '%s5:%s5' % (c1, c2), t)
        put(ws, '%s6' % c1, 'T')
        put(ws, '%s6' % c2, 'R')
    for i in range(16):
        put(ws, '%s7' % L(i + 1), '(%d)' % (i + 1))
    header(ws, 'A5:P7')
    D = DASH
    pc = lambda *xs: [x if isinstance(x, V) else P(x, '0.0%') for x in xs]
    PJ1, PJ2, PJ3 = 'Kasi Penerangan Jalan Umum', 'Kasi Pertamanan dan RTH', 'Kasubbag Tata Usaha'
    # annual spec: 'sum' | 'last' | 'sumbad' (SUM of percentage quarters) | V typed
    rows = [
        (S1, 'C01', 'Jumlah titik PJU terpasang', 'titik', N(6200, RP), [5800, 5950, 6100, 6200],
         [5790, 5905, 6032, 6145], 'last', PJ1),
        (S1, 'C02', 'Jumlah titik PJU baru yang dipasang', 'titik', N(450), [40, 150, 150, 110], [40, 115, 127, 113],
         'sum', PJ1),
        (S1, 'C03', 'Jumlah titik PJU tenaga surya (PJUTS) terpasang', 'titik', N(420), [330, 360, 390, 420],
         [318, 352, 401, 436], 'last', PJ1),
        (S1, 'C04', 'Jumlah titik PJU lampu LED terpasang', 'titik', N(2100, RP), [1750, 1850, 2000, 2100],
         [1712, 1905, 2048, 2212], 'last', PJ1),
        (S1, 'C05', 'Persentase lampu PJU yang menyala', '%', P(90, '0%'), pc(90, 90, 90, 90),
         pc(86.2, 87.5, 88.1, 88.6), 'last', PJ1),
        (S1, 'C06', 'Jumlah lampu PJU yang diganti/diperbaiki', 'unit', N(1200, RP), [300, 300, 300, 300],
         [287, 331, 298, 329], N(1180, RP), PJ1),
        (S1, 'C14', 'Rata-rata waktu perbaikan PJU padam', 'jam', N(48), [48, 48, 48, 48], [58, 55, 53, 52], 'last', PJ1),
        (S1, 'C15', 'Konsumsi energi listrik PJU', 'kWh', N(3850000, RP), [962500] * 4,
         [968200, 975400, 981300, 987500], 'sum', PJ1),
        (S1, 'C17', 'Persentase titik PJU yang bermeter', '%', P(60, '0%'), pc(52, 55, 58, 60),
         pc(51.3, 54.0, 56.8, 58.4), 'last', PJ1),
        (S2, 'C07', 'Luas taman kota yang dipelihara', 'm2', N(48500, RP), [48500] * 4, [48500] * 4, 'last', PJ2),
        (S2, 'C08', 'Jumlah taman kota yang dikelola', 'lokasi', N(12), [11, 11, 12, 12], [11, 11, 12, 12], 'last', PJ2),
        (S2, 'C09', 'Persentase luas RTH publik terhadap luas kawasan perkotaan', '%', P(12.5, '0.0%'),
         [D(), D(), D(), P(12.5, '0.0%')], [D(), D(), D(), P(12.1, '0.0%')], 'last', PJ2),
        (S2, 'C10', 'Luas RTH publik', 'ha', N(310), [D(), D(), D(), 310], [D(), D(), D(), N(301.4, '0.0')], 'last', PJ2),
        (S2, 'C11', 'Jumlah pohon peneduh yang ditanam', 'batang', N(2000, RP), [0, 800, 800, 400], [0, 950, 1020, 380],
         'sum', PJ2),
        (S2, 'C18', 'Jumlah fasilitas taman yang diperbaiki', 'unit', N(40), [10, 10, 10, 10], [8, 14, 12, 12], 'sum', PJ2),
        (S2, 'C20', 'Jumlah lokasi penataan median dan pulau jalan', 'lokasi', N(6), [0, 2, 2, 2], [0, 1, 3, 2], 'sum', PJ2),
        (S3, 'C12', 'Jumlah pengaduan masyarakat yang diterima', 'laporan', D(), [D(), D(), D(), D()],
         [148, 162, 157, 145], 'sum', PJ3),
        (S3, 'C13', 'Persentase pengaduan masyarakat yang ditindaklanjuti', '%', P(85, '0%'), pc(85, 85, 85, 85),
         pc(82, 86, 88, 87.5), 'sumbad', PJ3),
        (S3, 'C19', 'Indeks Kepuasan Masyarakat (IKM) layanan PJU dan pertamanan', 'nilai', N(78),
         [D(), 78, D(), 78], [D(), N(78.6, '0.00'), D(), N(79.35, '0.00')], 'last', PJ3),
    ]
    r = 8
    groups = {}
    for no, (sas, id_, name, unit, tv, qt, qr, aspec, pj) in enumerate(rows, 1):
        put(ws, 'A%d' % r, no)
        put(ws, 'C%d' % r, name, wrap=True)
        put(ws, 'D%d' % r, unit)
        put(ws, 'E%d' % r, tv)
        qrv = []
        for q in range(4):
            t_, r_ = as_v(qt[q]), as_v(qr[q])
            for v in (t_, r_):
                if v.fmt is None and isinstance(v.raw, (int, float)) and v.raw >= 1000:
                    v.fmt = RP
            put(ws, '%s%d' % ('FHJL'[q], r), t_)
            put(ws, '%s%d' % ('GIKM'[q], r), r_)
            qrv.append(r_)
        keys = [v.key for v in qrv if v.key is not None]
        pct = isinstance(tv.fmt, str) and '%' in tv.fmt
        if aspec == 'sum':
            nv = F('=G{0}+I{0}+K{0}+M{0}'.format(r), sum(keys), RP if sum(keys) >= 1000 else None)
        elif aspec == 'last':
            nv = F('=M%d' % r, qrv[3].key, qrv[3].fmt)
        elif aspec == 'sumbad':
            nv = F('=SUM(G{0},I{0},K{0},M{0})'.format(r), sum(keys), '0.0%')
        else:
            nv = aspec
        put(ws, 'N%d' % r, nv)
        put(ws, 'O%d' % r, cap('E%d' % r, 'N%d' % r, id_ in NEG))
        ws['O%d' % r].number_format = '0.00'
        put(ws, 'P%d' % r, pj, wrap=True)
        groups.setdefault(sas, []).append(r)
        A.add(book, ws, 'C%d' % r, 2021, id_, name, tv, 'E%d' % r, ('cell', 'N%d' % r, nv))
        r += 1
    for sas, rr in groups.items():
        merge(ws, 'B%d:B%d' % (rr[0], rr[-1]), sas, wrap=True)
    last = r - 1
    grid(ws, 'A8:P%d' % last)
    A.mistake(2021, 'C06', 'annual realisasi typed over: 1.180 while the quarters add up to 1.245')
    A.mistake(2021, 'C13', 'annual realisasi =SUM(G,I,K,M) adds four quarterly percentages: cached 343,5 % '
                           '(the other level rows take TW IV)')
    r = last + 2
    put(ws, 'B%d' % r, 'Pagu anggaran UPTD TA 2021')
    put(ws, 'D%d' % r, ': Rp 6.874.215.000')
    put(ws, 'B%d' % (r + 1), 'Realisasi anggaran s.d. 31 Desember 2021')
    put(ws, 'D%d' % (r + 1), ': Rp 6.512.908.450 (94,74 %)')
    signature(ws, r + 3, 'L', ['Rimba Karang, 5 Januari 2022'] + KEPALA, 5)


# =====================================================================================
# 2022: PK with two target columns (PK Awal / PK Perubahan); the table is pasted twice; .xlsx
# =====================================================================================
PK22 = [
    (S1, 'C01', 'Jumlah Titik PJU Terpasang (titik)', 'titik', T('6.550 titik', 6550), T('6.600 titik', 6600),
     T('6.582 titik', 6582)),
    (S1, 'C02', 'Jumlah Titik PJU Baru', 'titik', N(400), N(450), N(437)),
    (S1, 'C03', 'Jumlah PJU Tenaga Surya Terpasang', 'titik', N(560), N(560), N(548)),
    (S1, 'C04', 'Jumlah PJU LED Terpasang', 'titik', N(2800, RP), N(2800, RP), N(2760, RP)),
    (S1, 'C05', 'Prosentase Lampu PJU Menyala', '%', T('92 %', 92), T('92 %', 92), T('91,4 %', 91.4)),
    (S1, 'C06', 'Jumlah Lampu PJU Yang Diganti / Diperbaiki', 'unit', N(1300, RP), N(1300, RP), N(1352, RP)),
    (S1, 'C14', 'Waktu Rata-Rata Perbaikan PJU Padam', 'jam', N(48), N(48), N(44)),
    (S1, 'C15', 'Konsumsi Energi Listrik PJU (kWh)', 'kWh', N(3750000, RP), N(3700000, RP), N(3655180, RP)),
    (S1, 'C17', 'Prosentase Titik PJU Bermeter', '%', T('65 %', 65), T('65 %', 65), T('66,1 %', 66.1)),
    ('MOVED', 'C22', 'Jumlah desa/kelurahan yang terlayani PJU', 'desa', N(115), N(118), N(121)),
    (S2, 'C07', 'Luas Taman Kota Terpelihara', 'm2', N(52000, RP), N(52000, RP), T('51.750 m2', 51750)),
    (S2, 'C08', 'Jumlah Taman Kota Yang Dikelola', 'lokasi', N(13), N(13), N(13)),
    (S2, 'C09', 'Prosentase RTH Publik thd Luas Kawasan Perkotaan', '%', T('13 %', 13), T('13 %', 13),
     T('12,9 %', 12.9)),
    (S2, 'C10', 'Luas Ruang Terbuka Hijau (RTH) Publik', 'ha', N(322), N(322), N(320.6, '0.0')),
    (S2, 'C11', 'Jumlah Pohon Peneduh Ditanam', 'batang', N(2000, RP), N(2500, RP), N(2480, RP)),
    (S2, 'C18', 'Jumlah Fasilitas Taman Yang Diperbaiki', 'unit', N(45), N(45), N(41)),
    (S2, 'C20', 'Penataan Median dan Pulau Jalan', 'lokasi', N(8), N(8), N(7)),
    (S3, 'C12', 'Jumlah Pengaduan Masyarakat', 'laporan', DASH(), DASH(), N(587)),
    (S3, 'C13', 'Prosentase Pengaduan Masyarakat Yang Ditindaklanjuti', '%', T('90 %', 90), T('90 %', 90),
     T('91,2 %', 91.2)),
    (S3, 'C19', 'Indeks Kepuasan Masyarakat', 'nilai', N(80), N(80), N(80.12, '0.00')),
]


def pk_table(ws, r0, keyed, book):
    """writes the header at r0..r0+2 and the body; returns the last row"""
    for col, t in [('A', 'No'), ('B', 'Sasaran Strategis'), ('C', 'Indikator Kinerja'), ('D', 'Satuan'),
                   ('G', 'Realisasi 2022'), ('H', 'Capaian (%)'), ('I', 'Keterangan')]:
        merge(ws, '%s%d:%s%d' % (col, r0, col, r0 + 1), t)
    merge(ws, 'E%d:F%d' % (r0, r0), 'Target 2022')
    put(ws, 'E%d' % (r0 + 1), 'PK Awal')
    put(ws, 'F%d' % (r0 + 1), 'PK Perubahan')
    for i in range(9):
        put(ws, '%s%d' % (L(i + 1), r0 + 2), i + 1)
    header(ws, 'A%d:I%d' % (r0, r0 + 2))
    r = r0 + 3
    groups = {}
    for no, (sas, id_, name, unit, awal, perub, real) in enumerate(PK22, 1):
        put(ws, 'A%d' % r, no)
        if sas == 'MOVED':
            put(ws, 'B%d' % r, name, wrap=True)
        else:
            put(ws, 'C%d' % r, name, wrap=True)
            groups.setdefault(sas, []).append(r)
        put(ws, 'D%d' % r, unit)
        put(ws, 'E%d' % r, awal)
        put(ws, 'F%d' % r, perub)
        put(ws, 'G%d' % r, real)
        if isinstance(perub.raw, (int, float)) and isinstance(real.raw, (int, float)):
            put(ws, 'H%d' % r, cap('F%d' % r, 'G%d' % r, id_ in NEG))
        elif perub.key is None:
            put(ws, 'H%d' % r, '-')
        else:
            c = (2 * perub.key - real.key) / perub.key * 100 if id_ in NEG else real.key / perub.key * 100
            put(ws, 'H%d' % r, round(c, 2))
        ws['H%d' % r].number_format = '0.00'
        if perub.raw != awal.raw:
            put(ws, 'I%d' % r, 'target diubah (PK Perubahan)', wrap=True)
        if keyed:
            nc = ('B%d' if sas == 'MOVED' else 'C%d') % r
            A.add(book, ws, nc, 2022, id_, name, perub, 'F%d' % r, ('cell', 'G%d' % r, real))
        r += 1
    for sas, rr in groups.items():
        merge(ws, 'B%d:B%d' % (rr[0], rr[-1]), sas, wrap=True)
    grid(ws, 'A%d:I%d' % (r0 + 3, r - 1))
    return r - 1


def pk_2022(book):
    ws = book.sheet('PK 2022')
    widths(ws, {'A': 5, 'B': 28, 'C': 42, 'D': 9, 'E': 14, 'F': 14, 'G': 14, 'H': 11, 'I': 20})
    title(ws, 1, 'PENGUKURAN KINERJA BERDASARKAN PERJANJIAN KINERJA PERUBAHAN', 'I')
    title(ws, 2, 'UPTD PENERANGAN JALAN UMUM DAN PERTAMANAN KABUPATEN RIMBA KARANG', 'I')
    title(ws, 3, 'TAHUN 2022', 'I')
    put(ws, 'A5', 'Perangkat Daerah : Dinas Perumahan, Kawasan Permukiman dan Pertanahan')
    last = pk_table(ws, 7, True, book)
    A.mistake(2022, 'C22', 'indicator typed in the Sasaran column (column B), Indikator column empty')
    r = last + 2
    put(ws, 'B%d' % r, 'Jumlah Anggaran : Rp 7.215.400.000')
    put(ws, 'B%d' % (r + 1), 'Realisasi Anggaran : Rp 6.988.102.375')
    r = signature(ws, r + 3, 'F', ['Rimba Karang, 31 Desember 2022'] + KEPALA, 5)
    # the whole table pasted a second time below (a print copy): not keyed
    last2 = pk_table(ws, r + 3, False, book)

    arc = book.sheet('PK Awal (arsip)')
    arc.sheet_state = 'hidden'
    put(arc, 'A1', 'PERJANJIAN KINERJA AWAL TAHUN 2022 (arsip)')
    for i, (sas, id_, name, unit, awal, perub, real) in enumerate(PK22, 3):
        put(arc, 'A%d' % i, name)
        put(arc, 'B%d' % i, unit)
        put(arc, 'C%d' % i, awal)


# =====================================================================================
# 2023: one table printed in two halves side by side (left: Sasaran 1, right: Sasaran 2 and 3); .ods
# =====================================================================================
def dua_kolom_2023(book):
    ws = book.sheet('Capaian 2023')
    widths(ws, {'A': 4, 'B': 34, 'C': 8, 'D': 12, 'E': 12, 'F': 9, 'G': 3,
                'H': 4, 'I': 34, 'J': 8, 'K': 12, 'L': 12, 'M': 9})
    title(ws, 1, 'CAPAIAN INDIKATOR KINERJA UPTD PJU DAN PERTAMANAN TAHUN 2023', 'M')
    title(ws, 2, 'KABUPATEN RIMBA KARANG', 'M')
    for half in ('ABCDEF', 'HIJKLM'):
        for c, t in zip(half, ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']):
            put(ws, '%s4' % c, t)
        for i, c in enumerate(half):
            put(ws, '%s5' % c, '(%d)' % (i + 1))
        header(ws, '%s4:%s5' % (half[0], half[-1]))
    left = [
        ('SAS', 'SASARAN 1 : ' + S1),
        ('C01', 'Titik PJU terpasang (kumulatif)', 'titik', N(7000, RP), N(7034, RP)),
        ('C02', 'Penambahan titik PJU baru ', 'titik', N(400), N(452)),
        ('C21', 'Jumlah titik PJU hemat energi (LED & tenaga surya)', 'titik', N(3900, RP), N(3874, RP)),
        ('C05', '% lampu PJU menyala', '%', N(93), T('93,8', 93.8)),
        ('C06', 'Lampu PJU diganti/diperbaiki', 'unit', N(1350, RP), N(1298, RP)),
        ('C14', 'Rata2 waktu perbaikan PJU padam (jam)', 'jam', N(36), N(38)),
        ('C15', 'Pemakaian energi listrik PJU', 'kWh', N(36000000, RP), N(3571900, RP)),
        ('C17', 'Titik PJU dg meter (%)', '%', N(70), N(69.3, '0.0')),
        ('C22', 'Desa/kelurahan terlayani PJU', 'desa', N(130), N(128)),
    ]
    right = [
        ('SAS', 'SASARAN 2 : ' + S2),
        ('C07b', 'Luas taman & jalur hijau yg dipelihara', 'm2', N(86000, RP), N(84920, RP)),
        ('C08', 'Taman kota yg dikelola', 'lokasi', N(14), N(14)),
        ('C09', 'Proporsi RTH publik thd luas kawasan perkotaan', '%', N(13.5, '0.0'), N(13.6, '0.0')),
        ('C10', 'Luas RTH publik (ha) ', 'ha', N(336), T('338,2', 338.2)),
        ('C11', 'Penanaman pohon peneduh', 'batang', N(2500, RP), N(3105, RP)),
        ('C20', 'Penataan median/pulau jalan', 'lokasi', N(8), N(9)),
        ('SAS', 'SASARAN 3 : ' + S3),
        ('C12', 'Pengaduan masyarakat yg masuk', 'laporan', N(550), N(534)),
        ('C13', 'Pengaduan masyarakat yg ditindaklanjuti (%)', '%', N(92), N(93.4, '0.0')),
        ('C19', 'IKM PJU & Pertamanan', 'nilai', N(81), N(82.4, '0.0')),
    ]
    no = 0
    for half, items in (('ABCDEF', left), ('HIJKLM', right)):
        r = 6
        for it in items:
            if it[0] == 'SAS':
                merge(ws, '%s%d:%s%d' % (half[0], r, half[-1], r), it[1], bold=True, fill=GFILL, wrap=True)
                ws.row_dimensions[r].height = 30
            else:
                id_, name, unit, tv, rv = it
                no += 1
                c_no, c_n, c_u, c_t, c_r, c_c = half
                put(ws, '%s%d' % (c_no, r), no)
                put(ws, '%s%d' % (c_n, r), name, wrap=True)
                put(ws, '%s%d' % (c_u, r), unit)
                put(ws, '%s%d' % (c_t, r), tv)
                put(ws, '%s%d' % (c_r, r), rv)
                if isinstance(rv.raw, (int, float)):
                    put(ws, '%s%d' % (c_c, r), cap('%s%d' % (c_t, r), '%s%d' % (c_r, r), id_ in NEG))
                else:
                    put(ws, '%s%d' % (c_c, r), round(rv.key / tv.key * 100, 2))
                ws['%s%d' % (c_c, r)].number_format = '0.00'
                A.add(book, ws, '%s%d' % (c_n, r), 2023, id_, name, tv, '%s%d' % (c_t, r),
                      ('cell', '%s%d' % (c_r, r), rv), col=True)
            r += 1
        grid(ws, '%s6:%s%d' % (half[0], half[-1], r - 1))
    A.mistake(2023, 'C15', 'target typed 10x: 36.000.000 kWh for 3.600.000 (realisasi 3.571.900)')
    r = 20
    put(ws, 'A%d' % r, 'Catatan: capaian indikator negatif (waktu perbaikan, konsumsi energi) = (2 x target - '
                       'realisasi) / target x 100.')
    put(ws, 'A%d' % (r + 1), 'Mulai 2023 PJU tenaga surya dan PJU LED dilaporkan sebagai satu indikator '
                             '(PJU hemat energi).')
    signature(ws, r + 3, 'J', ['Rimba Karang, 8 Januari 2024'] + KEPALA, 5)


# =====================================================================================
# 2024: Rencana Aksi with T / R rows per indicator, quarters across, no annual column; same .ods
# =====================================================================================
def tr_2024(book):
    ws = book.sheet('RA TW 2024')
    widths(ws, {'A': 5, 'B': 44, 'C': 9, 'D': 13, 'E': 6, 'F': 12, 'G': 12, 'H': 12, 'I': 12, 'J': 24})
    title(ws, 1, 'RENCANA AKSI DAN REALISASI TRIWULAN TAHUN 2024', 'J')
    title(ws, 2, 'UPTD PJU DAN PERTAMANAN KABUPATEN RIMBA KARANG', 'J')
    for col, t in [('A', 'No'), ('B', 'Indikator Kinerja'), ('C', 'Satuan'), ('D', 'Target 2024'), ('E', 'T/R'),
                   ('J', 'Keterangan')]:
        merge(ws, '%s4:%s5' % (col, col), t)
    merge(ws, 'F4:I4', 'Triwulan')
    for i, t in enumerate(['I', 'II', 'III', 'IV']):
        put(ws, '%s5' % 'FGHI'[i], t)
    header(ws, 'A4:J5')
    D = DASH
    groups = [
        ('Sasaran 1 : ' + S1, [
            ('C01', 'a) Jumlah titik PJU terpasang', 'titik', N(7400, RP), [7100, 7200, 7300, 7400],
             [7068, 7155, 7270, 7389]),
            ('C02', 'b) Jumlah titik PJU baru terpasang', 'titik', N(400), [50, 150, 100, 100], [34, 87, 115, 119]),
            ('C21', 'c) Jumlah titik PJU hemat energi\n(LED dan PJUTS)', 'titik', N(4600, RP),
             [4000, 4200, 4400, 4600], [3960, 4218, 4455, T('4.712*)', 4712)]),
            ('C05', 'd) Persentase PJU menyala', '%', N(95), [95, 95, 95, 95],
             [N(93.9, '0.0'), N(94.2, '0.0'), N(94.5, '0.0'), N(94.7, '0.0')]),
            ('C06', 'e) Jumlah lampu PJU yang diganti atau diperbaiki', 'unit', N(1400, RP), [350] * 4,
             [362, 341, 378, T('355*)', 355)]),
            ('C14', 'f) Rata-rata waktu perbaikan PJU padam', 'jam', N(24), [30, 28, 26, 24], [33, 30, 27, None]),
            ('C15', 'g) Konsumsi energi listrik PJU', 'kWh', N(3500000, RP), [875000] * 4,
             [871300, 869850, 874600, 872500]),
            ('C17', 'h) Persentase titik PJU bermeter (meterisasi)', '%', N(75), [70, 72, 74, 75],
             [N(71.2, '0.0'), N(73.0, '0.0'), N(74.8, '0.0'), N(76.2, '0.0')]),
            ('C22', 'i) Jumlah desa/kelurahan terlayani PJU', 'desa', N(140), [132, 135, 138, 140],
             [130, 133, 135, 137]),
        ]),
        ('Sasaran 2 : ' + S2, [
            ('C07b', 'a) Luas taman dan jalur hijau yang dipelihara', 'm2', N(90000, RP), [90000] * 4,
             [86450, 88900, 91305, 91305]),
            ('C08', 'b) Jumlah taman kota yang dikelola', 'lokasi', N(15), [14, 14, 15, 15], [14, 14, 14, 14]),
            ('C09', 'c) Persentase RTH publik terhadap luas kawasan perkotaan', '%', N(14), [D(), D(), D(), 14],
             [D(), D(), D(), N(13.9, '0.0')]),
            ('C10', 'd) Luas RTH publik', 'ha', N(348), [D(), D(), D(), 348], [D(), D(), D(), N(345.7, '0.0')]),
            ('C11', 'e) Jumlah pohon peneduh yang ditanam', 'batang', N(3000, RP), [500, 1000, 1000, 500],
             [420, 1130, 960, 360]),
            ('C20', 'f) Jumlah lokasi penataan median & pulau jalan', 'lokasi', N(10), [1, 3, 3, 3], [1, 3, 4, 2]),
            ('C24', 'g) Persentase taman kota ramah disabilitas', '%', N(40), [D(), 20, 30, 40],
             [D(), N(21.4, '0.0'), N(35.7, '0.0'), N(42.9, '0.0')]),
            ('DRAFT', 'h) Jumlah fasilitas taman yang diperbaiki', 'unit', N(40), [10] * 4, [9, 11, D(), D()]),
        ]),
        ('Sasaran 3 : ' + S3, [
            ('C12', 'a) Jumlah pengaduan masyarakat yang diterima', 'laporan', N(500), [125] * 4, [131, 118, 122, 107]),
            ('C13', 'b) Persentase pengaduan yang ditindaklanjuti', '%', N(95), [95] * 4,
             [N(94.7, '0.0'), N(95.8, '0.0'), N(96.3, '0.0'), N(0.961)]),
            ('C19', 'c) Indeks Kepuasan Masyarakat (IKM) PJU dan Pertamanan', 'nilai', N(82), [D(), 82, D(), 82],
             [D(), N(82.7, '0.00'), D(), N(83.05, '0.00')]),
        ]),
    ]
    r = 6
    no = 0
    for sas, items in groups:
        merge(ws, 'A%d:J%d' % (r, r), sas, bold=True, fill=GFILL)
        r += 1
        for id_, name, unit, tv, qt, qr in items:
            if id_ == 'DRAFT':
                ws.row_dimensions[r].hidden = True
                ws.row_dimensions[r + 1].hidden = True
                ws.merge_cells('A%d:A%d' % (r, r + 1))
            else:
                no += 1
                merge(ws, 'A%d:A%d' % (r, r + 1), no)
            merge(ws, 'B%d:B%d' % (r, r + 1), name, wrap=True)
            merge(ws, 'C%d:C%d' % (r, r + 1), unit)
            merge(ws, 'D%d:D%d' % (r, r + 1), tv)
            put(ws, 'E%d' % r, 'T')
            put(ws, 'E%d' % (r + 1), 'R')
            pairs = []
            for q in range(4):
                t_, r_ = as_v(qt[q]), as_v(qr[q])
                for v in (t_, r_):
                    if v.fmt is None and isinstance(v.raw, (int, float)) and v.raw >= 1000:
                        v.fmt = RP
                put(ws, '%s%d' % ('FGHI'[q], r), t_)
                put(ws, '%s%d' % ('FGHI'[q], r + 1), r_)
                pairs.append(('%s%d' % ('FGHI'[q], r + 1), r_))
            if id_ == 'C14':
                put(ws, 'J%d' % r, 'TW IV belum diukur (menunggu rekap pengaduan PJU padam Desember)', wrap=True)
            if id_ != 'DRAFT':
                A.add(book, ws, 'B%d' % r, 2024, id_, name, tv, 'D%d' % r, ('periods', pairs))
            r += 2
    last = r - 1
    grid(ws, 'A6:J%d' % last)
    A.mistake(2024, 'C13', 'TW IV realisasi typed as the fraction 0,961 in a plain cell (TW I-III: 94,7; 95,8; 96,3)')
    r = last + 2
    put(ws, 'A%d' % r, '*) angka sementara per 20 Desember 2024')
    put(ws, 'A%d' % (r + 1), 'Realisasi indikator jumlah diisi per triwulan (tidak kumulatif); indikator posisi '
                             'diisi kondisi akhir triwulan.')
    signature(ws, r + 3, 'G', ['Rimba Karang, 23 Desember 2024'] + KEPALA, 5)


def main():
    b1 = Book(A, 'Rencana_Aksi_UPTD_PJU_Taman_2021.xls')
    ra_2021(b1)
    b1.save()
    b2 = Book(A, 'PK_Perubahan_UPTD_PJU_Taman_2022.xlsx')
    pk_2022(b2)
    b2.save()
    b3 = Book(A, 'Laporan_Kinerja_UPTD_PJU_Taman_2023_2024.ods')
    dua_kolom_2023(b3)
    tr_2024(b3)
    b3.save()
    A.write()


if __name__ == '__main__':
    main()
