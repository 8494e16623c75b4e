"""Agency 3: UPT Puskesmas Sungai Medang, Kota Tirta Rambang, 2020-2023 (ids H..)."""
from common import Agency, D, F, N, P, T, V, idn, signature

SLUG = 'pkm_sungai_medang_tirta_rambang'
AG = Agency(SLUG, 'UPT Puskesmas Sungai Medang, Kota Tirta Rambang', [2020, 2021, 2022, 2023],
            [['H08', 'H08b']], ['H06', 'H09', 'H10', 'H16', 'H18', 'H23', 'H24', 'H25', 'H26'])

KAPUS1 = ('dr. ANDI SETIAWAN PRATAMA', 'Penata Tingkat I', 'NIP. 19820517 201001 1 012')
KAPUS2 = ('drg. MEILANI SARAGIH, M.Kes', 'Pembina', 'NIP. 19840911 201101 2 006')
KADINKES = ('dr. H. FIRMANSYAH ALWI, M.Kes', 'Pembina Utama Muda', 'NIP. 19750318 200312 1 005')
JAB = ['Kepala UPT Puskesmas Sungai Medang']


def n(x):
    if x is None or isinstance(x, V):
        return x
    if isinstance(x, str):
        return D(x)
    return N(x)


def isnum(v):
    return isinstance(v, V) and isinstance(v.content, (int, float)) and v.key is not None


MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Ags', 'Sep', 'Okt', 'Nov', 'Des']


def mon(vals):
    out = [None] * 12
    items = vals.items() if isinstance(vals, dict) else enumerate(vals)
    for i, x in items:
        out[i] = n(x)
    return out


# ------------------------------------------------------------------------------------------
# 2020: monthly recap (months across, no annual column)
# ------------------------------------------------------------------------------------------
def bulanan2020():
    b = AG.book('Laporan_Bulanan_Kinerja_PKM_2020', 'xls')
    s = b.sheet('Rekap 2020')
    s.width('A', 5)
    s.width('B', 46)
    s.width('C', 10)
    s.width('D', 10)
    for j in range(12):
        s.width(chr(ord('E') + j), 8)
    s.width('Q', 22)
    for i, t in enumerate(['REKAPITULASI LAPORAN BULANAN CAPAIAN KINERJA',
                           'UPT PUSKESMAS SUNGAI MEDANG - KOTA TIRTA RAMBANG', 'TAHUN 2020'],
                          start=1):
        s.m(f'A{i}:Q{i}', t, bold=True, h='center', wrap=False)
    s.m('A5:A6', 'No', bold=True, h='center')
    s.m('B5:B6', 'Indikator', bold=True, h='center')
    s.m('C5:C6', 'Satuan', bold=True, h='center')
    s.m('D5:D6', 'Target 2020', bold=True, h='center')
    s.m('E5:P5', 'Realisasi Bulan', bold=True, h='center')
    for j, mname in enumerate(MONTHS):
        s.w(f'{chr(ord("E") + j)}6', mname, bold=True, h='center')
    s.m('Q5:Q6', 'Keterangan', bold=True, h='center')
    groups = [
        ('A. UPAYA KESEHATAN MASYARAKAT (UKM) ESENSIAL', [
            ('H01', 'Cakupan Imunisasi Dasar Lengkap (IDL)', '%', N(95),
             mon([6.8, 13.5, 19.9, 24.1, 28.0, 33.6, 41.2, 49.5, 58.3, 67.9, 79.6, 91.35]),
             'last', None),
            ('HIDDEN', 'Sasaran bayi (proyeksi Dinkes)', 'bayi', N(1184), [None] * 12, None,
             None),
            ('H03', 'Cakupan kunjungan ibu hamil K4', '%', P(95, '0%'),
             [P(x) for x in [7.2, 14.9, 21.8, 27.5, 33.9, 41.2, 48.6, 56.1, 63.8, 71.4, 80.2,
                             88.6]], 'last', None),
            ('H05', 'Cakupan persalinan di fasilitas kesehatan ', '%', N(100),
             mon([8.1, 16.3, 24.2, 32.0, 40.4, 48.9, 57.3, 65.2, 73.8, 81.5, 89.6, 97.21]),
             'last', None),
            ('H13', 'Cakupan pelayanan kesehatan balita', '%', N(90),
             mon({2: 21.4, 5: 40.2, 8: 61.7, 11: 84.35}), 'last', 'dilaporkan per triwulan'),
            ('H14', 'Persentase ibu hamil mendapat TTD 90 tablet', '%', N(90),
             mon([6.5, 13.1, 19.8, 25.2, 31.7, 38.4, 45.9, 52.3, 60.1, 70.6, 81.45, '-']),
             'last', 'Des belum masuk'),
            ('H15', 'Cakupan ASI eksklusif', '%', N(50), mon({1: 46.2, 7: 52.8}), 'last',
             'bulan penimbangan'),
            ('H08', 'Prevalensi balita stunting', '%', N(14),
             mon({1: T('16,8 %', 16.8), 7: T('15,32 %', 15.32)}), 'last',
             'bulan penimbangan (Feb/Ags)'),
            # planted: December typed as a fraction (0,96 for 96 %) in a plain cell
            ('H19', 'Angka Bebas Jentik (ABJ)', '%', N(95),
             mon([91.2, 92.0, 92.8, 93.5, 90.1, 89.6, 91.8, 93.2, 94.0, 93.7, 94.1, 0.96]),
             'last', None),
            ('H20', 'Persentase posyandu aktif', '%', N(80),
             mon({2: 72.5, 5: 72.5, 8: 75, 11: 77.5}), 'last', None),
            ('H21', 'Cakupan penjaringan kesehatan siswa SD/MI', '%', N(100),
             mon({1: 12.5, 2: 31.6, 3: '-', 4: '-', 5: '-', 6: '-', 7: '-', 8: '-', 9: '-',
                  10: 48.3}), 'last', 'sekolah tutup (pandemi)'),
            ('H06', 'Jumlah kasus TB yang ditemukan', 'kasus', N(96),
             mon([9, 7, 5, 3, 4, 6, 8, 7, 6, 9, 8, 7]), 'sum', None),
            ('H07', 'Case Detection Rate (CDR) TB', '%', N(70),
             mon({2: 15.3, 5: 25.5, 8: 42.8, 11: 57.6}), 'last', None),
            ('H16', 'Jumlah penderita hipertensi yang mendapat pelayanan', 'orang', N(2400),
             mon([168, 182, 175, 121, 134, 190, 205, 214, 198, 226, 240, 233]), 'sum', None),
            ('H18', 'Jumlah penderita DM yang mendapat pelayanan', 'orang', N(600),
             mon([41, 44, 47, 30, 35, 48, 52, 55, 49, 53, 56, 53]), 'sum', None),
            ('H23', 'Jumlah kematian ibu dan bayi', 'orang', N(0),
             mon([0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0]), 'sum', '1 ibu (Apr), 1 bayi (Sep)'),
        ]),
        ('B. UPAYA KESEHATAN PERORANGAN (UKP)', [
            ('H09', 'Jumlah kunjungan pasien rawat jalan', 'kunjungan', N(24000),
             mon([T('2.245', 2245), 2198, T('2.310', 2310), 1540, 1395, 1688, 1802,
                  T('1.845', 1845), 1910, 2036, 2104, 2091]), 'sum', None),
            ('H10', 'Jumlah kunjungan pasien baru', 'kunjungan', N(6000),
             mon([612, 570, 598, 402, 355, 431, 468, 470, 489, 512, 530, 474]), 'sum', None),
        ]),
        ('C. MANAJEMEN PUSKESMAS', [
            ('H12', 'Indeks Kepuasan Masyarakat (IKM)', 'nilai', N(80),
             mon({5: T('78,5', 78.5), 11: T('81,20', 81.2)}), 'last', 'survei semesteran'),
        ]),
    ]
    r = 7
    no = 1
    for gname, rows in groups:
        s.m(f'A{r}:Q{r}', gname, bold=True)
        r += 1
        for sid, name, unit, tgt, months, rule, ket in rows:
            if sid != 'HIDDEN':
                s.w(f'A{r}', no, h='center')
                no += 1
            s.w(f'B{r}', name)
            s.w(f'C{r}', unit, h='center')
            s.w(f'D{r}', tgt, h='right')
            for j, x in enumerate(months):
                if x is not None:
                    s.w(f'{chr(ord("E") + j)}{r}', x, h='right')
            if ket:
                s.w(f'Q{r}', ket)
            if sid == 'HIDDEN':
                s.hide_row(r)
            else:
                s.key(2020, sid, f'B{r}', f'D{r}',
                      (rule, [f'{chr(ord("E") + j)}{r}' for j in range(12)]))
            r += 1
    s.box(f'A5:Q{r-1}')
    s.w(f'B{r+1}', 'Sumber: SIMPUS, PWS KIA, SITB, e-PPGBM. Cakupan (%) bersifat kumulatif '
        's.d. bulan laporan.', italic=True, wrap=False)
    signature(s, 'L', r + 3, 'Tirta Rambang, 8 Januari 2021', JAB, *KAPUS1)
    c = b.sheet('Catatan')
    for i, t in enumerate(['Catatan pengisian:',
                           '- angka kunjungan diambil dari register SIMPUS per bulan;',
                           '- ABJ bulan Desember perlu dicek ulang (input petugas jumantik);',
                           '- penjaringan anak sekolah terhenti Apr-Okt karena sekolah daring.']):
        c.w(f'A{i+1}', t, wrap=False)


# ------------------------------------------------------------------------------------------
# 2021: LKjIP chapter III table with the previous years' realisasi
# ------------------------------------------------------------------------------------------
def lkjip2021():
    b = AG.book('LKjIP_PKM_Sungai_Medang_2021', 'ods')
    s = b.sheet('Tabel 3.1 Capaian')
    for c, w in zip('ABCDEFGHIJKL', [5, 26, 46, 11, 10, 10, 10, 10, 11, 10, 12, 12]):
        s.width(c, w)
    s.m('A1:L1', 'Tabel 3.1', bold=True, h='center', wrap=False)
    s.m('A2:L2', 'Perbandingan Realisasi Kinerja Tahun 2021 dengan Tahun-Tahun Sebelumnya dan '
        'Target Akhir Renstra', bold=True, h='center', wrap=False)
    s.m('A3:L3', 'UPT Puskesmas Sungai Medang Kota Tirta Rambang', bold=True, h='center',
        wrap=False)
    s.m('A5:A6', 'No', bold=True, h='center')
    s.m('B5:B6', 'Sasaran', bold=True, h='center')
    s.m('C5:C6', 'Indikator Kinerja', bold=True, h='center')
    s.m('D5:D6', 'Satuan', bold=True, h='center')
    s.m('E5:G5', 'Realisasi', bold=True, h='center')
    for c, y in zip('EFG', ['2018', '2019', '2020']):
        s.w(f'{c}6', y, bold=True, h='center')
    s.m('H5:J5', 'Tahun 2021', bold=True, h='center')
    for c, t in zip('HIJ', ['Target', 'Realisasi', 'Capaian (%)']):
        s.w(f'{c}6', t, bold=True, h='center')
    s.m('K5:K6', 'Target Akhir Renstra (2026)', bold=True, h='center')
    s.m('L5:L6', 'Capaian s.d. 2021 thd Renstra (%)', bold=True, h='center')
    for j, c in enumerate('ABCDEFGHIJKL'):
        s.w(f'{c}7', j + 1, h='center')
    s.w('N5', 'penyebut', italic=True)
    s.w('O5', 'pembilang', italic=True)
    NEG = {'H08', 'H23'}
    groups = [
        ('Meningkatnya derajat kesehatan ibu dan anak', [
            ('H01', 'Cakupan imunisasi dasar lengkap pada bayi', '%', 93.1, 94.6, 91.35, N(95),
             ('frac', 1162, 1093), 98),
            ('H03', 'Cakupan K4 ibu hamil', '%', 89.2, 90.4, 88.6, N(95), ('frac', 1240, 1152),
             98),
            ('H05', 'Cakupan Persalinan di Fasyankes (PF)', '%', 96.5, 97.8, 97.21, N(100),
             N(98.4), 100),
            # planted: the formula divides by the next row's denominator
            ('H13', 'Cakupan pelayanan kesehatan balita sesuai standar', '%', 82, 86.1, 84.35,
             N(90), ('next', 4710, 4192), 95),
            ('H14', 'Prosentase bumil yang mendapat Tablet Tambah Darah (TTD) 90 tablet', '%',
             80.3, 83.5, 81.45, N(90), ('typed', 1240, 1100, P(88.71)), 95),
            ('H15', 'Cakupan bayi mendapat ASI eksklusif', '%', 48.5, 51.2, 52.8, N(55),
             N(58.36), 65),
            ('H08', 'Prevalensi Stunting pada Balita', '%', 18.9, 17.2, 15.32, N(14), N(13.86),
             10),
            ('H23', 'Jumlah kematian ibu & bayi', 'orang', 3, 2, 2, N(0), N(1), 0),
        ]),
        ('Menurunnya angka kesakitan penyakit menular dan tidak menular', [
            ('H06', 'Jumlah kasus TBC ditemukan dan diobati', 'kasus', 88, 102, 79, N(110),
             N(118), 150),
            ('H07', 'Cakupan penemuan kasus TBC (CDR)', '%', 48.2, 60.1, 57.6, N(75), N(80.3),
             90),
            ('H16', 'Jumlah penderita hipertensi yg mendapat pelayanan kesehatan sesuai '
                    'standar', 'orang', 1890, 2210, 2286, N(2600), T('2.748', 2748), 4000),
            ('H17', 'Persentase penderita hipertensi yang mendapat pelayanan kesehatan sesuai '
                    'standar', '%', '-', '-', '-', N(60), N(63.2), 100),
            ('H18', 'Jumlah penderita Diabetes Melitus yang dilayani sesuai standar', 'orang',
             412, 498, 563, N(650), N(702), 1000),
            ('H19', 'Angka bebas jentik', '%', 93.8, 94.6, 94.2, N(95), N(95.4), 95),
            ('H21', 'Cakupan penjaringan kesehatan anak sekolah SD / MI', '%', 98.7, 100, 48.3,
             N(100), N(76.5), 100),
            ('H22', 'Cakupan skrining kesehatan usia produktif', '%', '-', '-', '-', N(60),
             N(54.8), 100),
        ]),
        ('Meningkatnya mutu dan akses pelayanan Puskesmas', [
            # planted: target typed 10x (24.500 meant)
            ('H09', 'Jumlah kunjungan rawat jalan (seluruh pasien)', 'kunjungan', 27410, 28935,
             23164, N(245000), N(25873), 30000),
            ('H10', 'Jumlah kunjungan pasien baru rawat jalan', 'kunjungan', 7120, 7388, 5911,
             N(6500), N(6804), 8000),
            ('H26', 'Jumlah pendapatan BLUD Puskesmas', 'Rp', '-', '-', '-',
             T('Rp 1.850.000.000', 1850000000), T('Rp 1.927.415.500', 1927415500),
             'Rp 2.500.000.000'),
            ('H11', 'Status akreditasi Puskesmas', 'predikat', 'Dasar', 'Madya', 'Madya',
             D('Utama'), D('Madya'), 'Paripurna'),
            ('H12', 'Indeks Kepuasan Masyarakat', 'nilai', 78.2, 79.6, 81.2, N(82),
             T('82,74', 82.74), 88),
            ('DUP', 'Indeks Kepuasan Masyarakat', 'nilai', 78.2, 79.6, 81.2, N(82),
             T('82,74', 82.74), 88),
        ]),
    ]
    # first pass: rows and denominators (the planted formula needs the next row)
    r = 8
    plan = []
    for sas, rows in groups:
        for row in rows:
            plan.append((r, row))
            r += 1
    den = {}
    for rr, row in plan:
        spec = row[7]
        if isinstance(spec, tuple):
            den[rr] = spec[1]
    no = 1
    r = 8
    for sas, rows in groups:
        gstart = r
        for row in rows:
            sid, name, unit, r18, r19, r20, tgt, real, ren = row
            s.w(f'A{r}', no if sid != 'DUP' else no - 1, h='center')
            if sid != 'DUP':
                no += 1
            s.w(f'C{r}', name)
            s.w(f'D{r}', unit, h='center')
            for c, x in zip('EFG', [r18, r19, r20]):
                s.w(f'{c}{r}', n(x), h='right')
            s.w(f'H{r}', tgt, h='right')
            if isinstance(real, tuple):
                kind, nn, oo = real[0], real[1], real[2]
                s.w(f'N{r}', N(nn))
                s.w(f'O{r}', N(oo))
                if kind == 'frac':
                    real = F(f'=ROUND(O{r}/N{r}*100,2)', round(oo / nn * 100, 2))
                elif kind == 'next':
                    real = F(f'=ROUND(O{r}/N{r+1}*100,2)', round(oo / den[r + 1] * 100, 2))
                else:
                    real = real[3]
            s.w(f'I{r}', real, h='right')
            tv, rv = s.vals[f'H{r}'], s.vals[f'I{r}']
            if sid == 'H11':
                s.w(f'J{r}', '-', h='center')
            elif tv.key == 0:
                s.w(f'J{r}', N(0), h='right')
            elif isnum(tv) and isnum(rv):
                if sid in NEG:
                    s.w(f'J{r}', F(f'=ROUND((2*H{r}-I{r})/H{r}*100,2)', None, '0.00'))
                else:
                    s.w(f'J{r}', F(f'=ROUND(I{r}/H{r}*100,2)', None, '0.00'))
            else:
                s.w(f'J{r}', N(round(rv.key / tv.key * 100, 2), '0.00'))
            s.w(f'K{r}', n(ren), h='right')
            if isnum(rv) and isinstance(ren, (int, float)) and ren and sid not in NEG:
                s.w(f'L{r}', F(f'=ROUND(I{r}/K{r}*100,2)', None, '0.00'))
            if sid != 'DUP':
                s.key(2021, sid, f'C{r}', f'H{r}', f'I{r}')
            r += 1
        s.m(f'B{gstart}:B{r-1}', sas, va='top')
    last = r - 1
    s.hide_col('N')
    s.hide_col('O')
    s.box(f'A5:L{last}')
    s.w(f'B{last+2}', 'Sumber: SIMPUS, PWS KIA, SITB, e-PPGBM, Survei Kepuasan Masyarakat 2021 '
        '(diolah).', italic=True, wrap=False)
    s.w(f'B{last+3}', 'Indikator negatif (stunting, kematian) dihitung dengan rumus '
        '(Target - (Realisasi - Target)) / Target x 100.', italic=True, wrap=False)
    s.w(f'B{last+5}', 'Mengetahui,', wrap=False)
    signature(s, 'B', last + 6, '', ['Kepala Dinas Kesehatan', 'Kota Tirta Rambang'],
              *KADINKES)
    signature(s, 'I', last + 5, 'Tirta Rambang, 14 Februari 2022', JAB, *KAPUS1)

    a = b.sheet('Tabel 3.2 Anggaran')
    for c, w in zip('ABCDEF', [5, 60, 18, 18, 10, 20]):
        a.width(c, w)
    a.m('A1:F1', 'Tabel 3.2 Realisasi Anggaran per Program Tahun 2021', bold=True, h='center',
        wrap=False)
    for c, t in zip('ABCDE', ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%']):
        a.w(f'{c}3', t, bold=True, h='center')
    progs = [('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 2184350000,
              2091772400),
             ('Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat',
              1476200000, 1398315250),
             ('Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', 84500000,
              79120000),
             ('Program Pemberdayaan Masyarakat Bidang Kesehatan', 61300000, 58940500)]
    RP = '#,##0'
    for i, (p, pg, rl) in enumerate(progs):
        rr = 4 + i
        a.w(f'A{rr}', i + 1, h='center')
        a.w(f'B{rr}', p)
        a.w(f'C{rr}', N(pg, RP))
        a.w(f'D{rr}', N(rl, RP))
        a.w(f'E{rr}', F(f'=ROUND(D{rr}/C{rr}*100,2)', None, '0.00'))
    a.w('B8', 'Jumlah', bold=True)
    a.w('C8', F('=SUM(C4:C7)', None, RP))
    a.w('D8', F('=SUM(D4:D7)', None, RP))
    a.w('E8', F('=ROUND(D8/C8*100,2)', None, '0.00'))
    a.box('A3:E8')


# ------------------------------------------------------------------------------------------
# 2022: Rencana Aksi, quarters across (targets TW I-IV, realisasi TW I-IV), two sheets
# ------------------------------------------------------------------------------------------
def ra2022():
    b = AG.book('Rencana_Aksi_PKM_2022', 'xlsx')

    def sheet(title, subtitle, rows, hidden=False, keyed=True):
        s = b.sheet(title, hidden=hidden)
        for c, w in zip('ABCDEFGHIJKLMN', [5, 46, 10, 11, 8, 8, 8, 8, 8, 8, 8, 8, 10, 16]):
            s.width(c, w)
        for i, t in enumerate(['RENCANA AKSI DAN REALISASI KINERJA TRIWULANAN TAHUN 2022',
                               'UPT PUSKESMAS SUNGAI MEDANG - KOTA TIRTA RAMBANG', subtitle],
                              start=1):
            s.m(f'A{i}:N{i}', t, bold=True, h='center', wrap=False)
        s.m('A5:A6', 'No', bold=True, h='center')
        s.m('B5:B6', 'Indikator Kinerja', bold=True, h='center')
        s.m('C5:C6', 'Satuan', bold=True, h='center')
        s.m('D5:D6', 'Target Tahunan', bold=True, h='center')
        s.m('E5:H5', 'Target Triwulan', bold=True, h='center')
        s.m('I5:L5', 'Realisasi Triwulan', bold=True, h='center')
        for c, t in zip('EFGHIJKL', ['TW I', 'TW II', 'TW III', 'TW IV'] * 2):
            s.w(f'{c}6', t, bold=True, h='center')
        s.m('M5:M6', 'Capaian (%)', bold=True, h='center')
        s.m('N5:N6', 'Ket.', bold=True, h='center')
        for j, c in enumerate('ABCDEFGHIJKLMN'):
            s.w(f'{c}7', f'({j+1})', h='center')
        r = 8
        for i, (sid, name, unit, ann, tq, rq, rule, ket) in enumerate(rows):
            s.w(f'A{r}', i + 1, h='center')
            s.w(f'B{r}', name)
            s.w(f'C{r}', unit, h='center')
            if ann == 'SUM4':
                ann = F(f'=SUM(E{r}:H{r})', sum(tq))
            elif ann == 'SUM3':      # planted: the range stops at TW III
                ann = F(f'=SUM(E{r}:G{r})', sum(tq[:3]))
            s.w(f'D{r}', ann, h='right')
            for c, x in zip('EFGH', tq):
                s.w(f'{c}{r}', n(x), h='right')
            for c, x in zip('IJKL', rq):
                s.w(f'{c}{r}', n(x), h='right')
            refs = [f'{c}{r}' for c in 'IJKL']
            dv = s.vals[f'D{r}']
            if rule == 'sum':
                if all(isnum(s.vals.get(x)) for x in refs) and isinstance(dv.content, str) \
                        and dv.content.startswith('='):
                    s.w(f'M{r}', F(f'=ROUND(SUM(I{r}:L{r})/D{r}*100,2)', None, '0.00'))
                elif dv.key:
                    tot = sum(s.k(x) for x in refs if s.k(x) is not None)
                    s.w(f'M{r}', N(round(tot / dv.key * 100, 2), '0.00'))
                else:
                    s.w(f'M{r}', '-', h='center')
            else:
                lastref = [x for x in refs if s.k(x) is not None][-1]
                if isnum(dv) and isnum(s.vals[lastref]):
                    s.w(f'M{r}', F(f'=ROUND({lastref}/D{r}*100,2)', None, '0.00'))
                else:
                    s.w(f'M{r}', N(round(s.k(lastref) / dv.key * 100, 2), '0.00'))
            if ket:
                s.w(f'N{r}', ket)
            if keyed:
                s.key(2022, sid, f'B{r}', f'D{r}', (rule, refs))
            r += 1
        s.box(f'A5:N{r-1}')
        return s, r

    RP = '#,##0'

    def pc(*xs, fmt='0.00%'):
        return [P(x, fmt) for x in xs]

    ukm = [
        ('H01', 'Persentase bayi yg mendapat imunisasi dasar lengkap', '%', P(95, '0%'),
         pc(20, 45, 70, 95, fmt='0%'), pc(22.4, 46.1, 71.8, 96.2), 'last', None),
        ('H02', 'Persentase kelurahan UCI', '%', N(100), ['-', '-', '-', 100],
         ['-', '-', '-', 87.5], 'last', '7 dari 8 kelurahan'),
        ('H03', 'Cakupan pelayanan ibu hamil K4', '%', N(95), [24, 48, 72, 95],
         [23.1, 47.9, 70.2, 93.6], 'last', None),
        ('H04', 'Cakupan pelayanan ibu hamil K6', '%', N(80), [20, 40, 60, 80],
         [15.2, 33.7, 52.4, 71.9], 'last', 'indikator baru 2022'),
        ('H05', 'Persentase persalinan di fasilitas pelayanan kesehatan', '%', N(100),
         [25, 50, 75, 100], [26.3, 49.8, 75.6, 98.85], 'last', None),
        ('H13', 'Persentase balita yg mendapat pelayanan kesehatan sesuai standar', '%', N(90),
         [22.5, 45, 67.5, 90], [21, 44.6, 69.3, '-'], 'last', 'TW IV menunggu validasi'),
        ('H15', 'Persentase bayi usia < 6 bulan mendapat ASI eksklusif', '%', N(60),
         ['-', 60, '-', 60], ['-', 57.4, '-', 61.25], 'last', None),
        ('H08b', 'Persentase balita pendek dan sangat pendek (TB/U)', '%', N(13),
         ['-', 13, '-', 13], ['-', 12.7, '-', T('11,94', 11.94)], 'last', 'e-PPGBM'),
        ('H19', 'ABJ (Angka Bebas Jentik)', '%', T('>= 95', 95), [95, 95, 95, 95],
         [93.4, 95.1, 96.2, 95.8], 'last', None),
        ('H06', 'Jumlah kasus TBC yang ditemukan & diobati (kasus)', 'kasus', 'SUM4',
         [30, 30, 30, 35], [27, 33, 36, 31], 'sum', None),
        ('H07', 'Persentase penemuan kasus TBC (Case Detection Rate)', '%', N(85),
         [21, 42, 63, 85], [20.5, 43.1, 66.8, 88.2], 'last', None),
        ('H17', 'Persentase penderita hipertensi mendapat pelayanan sesuai standar', '%',
         N(70), [17.5, 35, 52.5, 70], [18.2, 36.9, 55.1, 72.4], 'last', None),
        ('H18', 'Jumlah penderita DM dilayani sesuai standar (orang)', 'orang', 'SUM3',
         [180, 180, 180, 180], [171, 188, 195, 203], 'sum', None),
        ('H22', 'Persentase usia produktif yang mendapat skrining kesehatan', '%', N(70),
         [15, 35, 55, 70], [16.8, 33.2, 58.9, 74.1], 'last', None),
        ('H24', 'Jumlah kematian ibu', 'orang', N(0), [0, 0, 0, 0], [0, 0, 1, 0], 'sum',
         'Agustus 2022'),
        ('H25', 'Jumlah kematian bayi', 'orang', N(0), [0, 0, 0, 0], [1, 0, 0, '-'], 'sum',
         None),
    ]
    s, r = sheet('RA UKM', 'UPAYA KESEHATAN MASYARAKAT (UKM)', ukm)
    s.w(f'B{r+1}', 'Cakupan (%) ditulis kumulatif s.d. triwulan; jumlah kasus/kunjungan per '
        'triwulan.', italic=True, wrap=False)
    signature(s, 'J', r + 3, 'Tirta Rambang, 10 Januari 2023', JAB, *KAPUS2)
    ukp = [
        ('H09', 'Jumlah Kunjungan Pasien Rawat Jalan (Lama + Baru)', 'kunjungan',
         T('26.000 kunjungan', 26000), [6500] * 4, [6412, 6890, 7015, 7240], 'sum', None),
        ('H10', 'Jumlah kunjungan baru rawat jalan', 'kunjungan', N(7000), [1750] * 4,
         [1802, 1766, 1931, 1889], 'sum', None),
        ('H12', 'IKM Puskesmas', 'nilai', N(83), ['-', 83, '-', 83], ['-', 82.1, '-', 84.05],
         'last', 'survei semesteran'),
        ('H26', 'Pendapatan BLUD (kapitasi & non kapitasi)', 'Rp',
         T('Rp 2.000.000.000,-', 2000000000), [N(500000000, RP)] * 4,
         [N(487250000, RP), T('Rp 512.430.000', 512430000), N(498115750, RP),
          N(553902000, RP)], 'sum', 'per triwulan'),
    ]
    s2, r2 = sheet('RA UKP & Manajemen', 'UPAYA KESEHATAN PERORANGAN (UKP) DAN MANAJEMEN', ukp)
    for c in 'DEFGHIJKL':
        s2.width(c, 14)
    signature(s2, 'J', r2 + 2, 'Tirta Rambang, 10 Januari 2023', JAB, *KAPUS2)
    # an older draft, hidden (not keyed)
    draft = [
        ('H01', 'Persentase bayi yg mendapat imunisasi dasar lengkap', '%', P(95, '0%'),
         pc(20, 45, 70, 95, fmt='0%'), pc(22.4, 46.1, 71.8, 90.5), 'last', 'draft'),
        ('H03', 'Cakupan pelayanan ibu hamil K4', '%', N(95), [24, 48, 72, 95],
         [23.1, 47.9, 70.2, 89.0], 'last', 'draft'),
        ('H06', 'Jumlah kasus TBC yang ditemukan & diobati (kasus)', 'kasus', N(120),
         [30, 30, 30, 30], [27, 33, 36, 20], 'sum', 'draft'),
    ]
    sheet('RA UKM (lama)', 'DRAFT - JANGAN DIPAKAI', draft, hidden=True, keyed=False)


# ------------------------------------------------------------------------------------------
# 2023: two tables side by side on one page ("newspaper" columns) for the notice board
# ------------------------------------------------------------------------------------------
def papan2023():
    b = AG.book('Papan_Capaian_Kinerja_PKM_2023', 'ods')
    s = b.sheet('Capaian 2023')
    for c, w in zip('ABCDEFGHIJKL', [40, 9, 9, 10, 9, 2, 4, 38, 10, 15, 17, 9]):
        s.width(c, w)
    s.m('A1:L1', 'CAPAIAN INDIKATOR KINERJA UPT PUSKESMAS SUNGAI MEDANG TAHUN 2023', bold=True,
        h='center', wrap=False)
    s.m('A2:L2', 'Kota Tirta Rambang', bold=True, h='center', wrap=False)
    s.m('A3:L3', '(lampiran papan informasi kinerja dan LKjIP 2023)', italic=True, h='center',
        wrap=False)
    for c, t in zip('ABCDE', ['Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']):
        s.w(f'{c}5', t, bold=True, h='center')
    for c, t in zip('GHIJKL', ['No', 'Indikator', 'Satuan', 'Target', 'Realisasi',
                               'Capaian (%)']):
        s.w(f'{c}5', t, bold=True, h='center')
    s.m('A6:E6', 'UPAYA KESEHATAN MASYARAKAT', bold=True)
    s.m('G6:L6', 'UPAYA KESEHATAN PERORANGAN, P2P & MANAJEMEN', bold=True)
    LIT = '0.00" %"'
    left = [
        ('H01', 'a) Cakupan IDL pada bayi usia 0-11 bulan', '%', N(95), N(97.12)),
        ('H02', 'b) Cakupan Kelurahan UCI (Universal Child Immunization)', '%', N(100), N(100)),
        ('H03', 'c) Cakupan Kunjungan Bumil K4', '%', P(95, '0%'), P(94.27)),
        ('H04', 'd) Cakupan Kunjungan Bumil K6', '%', P(85, '0%'), P(82.6)),
        ('H05', 'e) Cakupan persalinan di faskes', '%', N(100), N(99.1)),
        ('H13', 'f) Cakupan yankes balita', '%', N(92), N(93.45)),
        ('H14', 'g) Persentase ibu hamil yang mengonsumsi TTD minimal 90 tablet', '%', N(92),
         N(90.3)),
        ('H15', 'h) Cakupan Pemberian ASI Eksklusif', '%', N(62), T('64,8 %', 64.8)),
        # the number format writes a literal " %": the value is already in percent points
        ('H08b', 'i) Persentase balita pendek & sangat pendek', '%', V(12, 12, LIT),
         V(10.85, 10.85, LIT)),
        ('H20', 'j) Persentase Posyandu Aktif (Purnama & Mandiri)', '%', N(85), N(86.7)),
        ('H19', 'k) Angka Bebas Jentik (%)', '%', N(95), N(96.4)),
    ]
    right = [
        ('H06', 'Jml kasus TBC ditemukan', 'kasus', N(135), N(142)),
        ('H07', 'CDR TBC (%)', '%', N(90), N(91.6)),
        ('H17', 'Persentase pelayanan kesehatan penderita hipertensi', '%', N(80), N(78.45)),
        # planted: "2.145" typed where the locale read the dot as a decimal point
        ('H18', 'Jumlah pelayanan penderita diabetes melitus', 'orang', N(2150), N(2.145)),
        ('H22', 'Cakupan skrining usia produktif (15-59 th)', '%', N(75), N(77.9)),
        ('H24', 'Jumlah Kematian Ibu (AKI)', 'orang', N(0), N(0)),
        ('H25', 'Jumlah Kematian Bayi', 'orang', N(0), D('-')),
        ('H09', 'Kunjungan rawat jalan total', 'kunjungan', N(28000), T('29.314', 29314)),
        ('H12', 'Nilai IKM (Survei Kepuasan Masyarakat)', 'nilai', N(84), N(85.03)),
        ('H11', 'Status Akreditasi Puskesmas (Kemenkes)', 'predikat', D('Paripurna'),
         D('Paripurna')),
        ('H26', 'Realisasi pendapatan BLUD (Rp)', 'Rp', N(2200000000, '#,##0'),
         T('Rp 2.318.764.250', 2318764250)),
    ]
    NEG = {'H08b', 'H24', 'H25'}

    def cap(ref, tref, rref, sid):
        tv, rv = s.vals[tref], s.vals[rref]
        if sid in ('H24', 'H25', 'H11'):
            s.w(ref, N(100), h='right')
        elif isnum(tv) and isnum(rv):
            if sid in NEG:
                s.w(ref, F(f'=ROUND((2*{tref}-{rref})/{tref}*100,2)', None, '0.00'))
            else:
                s.w(ref, F(f'=ROUND({rref}/{tref}*100,2)', None, '0.00'))
        else:
            s.w(ref, N(round(rv.key / tv.key * 100, 2), '0.00'))

    for i, (sid, name, unit, t, rl) in enumerate(left):
        r = 7 + i
        s.w(f'A{r}', name)
        s.w(f'B{r}', unit, h='center')
        s.w(f'C{r}', t, h='right')
        s.w(f'D{r}', rl, h='right')
        cap(f'E{r}', f'C{r}', f'D{r}', sid)
        s.key(2023, sid, f'A{r}', f'C{r}', f'D{r}', col=True)
    for i, (sid, name, unit, t, rl) in enumerate(right):
        r = 7 + i
        s.w(f'G{r}', 12 + i, h='center')
        s.w(f'H{r}', name)
        s.w(f'I{r}', unit, h='center')
        s.w(f'J{r}', t, h='right')
        s.w(f'K{r}', rl, h='right')
        cap(f'L{r}', f'J{r}', f'K{r}', sid)
        s.key(2023, sid, f'H{r}', f'J{r}', f'K{r}', col=True)
    s.box('A5:E17')
    s.box('G5:L17')
    s.w('A19', 'Indikator negatif (balita pendek, kematian): capaian = (2 x target - '
        'realisasi) / target x 100; target 0 dan realisasi 0 ditulis 100.', italic=True,
        wrap=False)
    s.w('A20', 'Sumber: ASIK, SITB, e-PPGBM, SIMPUS, survei IKM Desember 2023.', italic=True,
        wrap=False)
    s.w('A22', 'Mengetahui,', wrap=False)
    signature(s, 'A', 23, '', ['Kepala Dinas Kesehatan Kota Tirta Rambang'], *KADINKES)
    signature(s, 'H', 22, 'Tirta Rambang, 5 Januari 2024', JAB, *KAPUS2)


def main():
    bulanan2020()
    lkjip2021()
    ra2022()
    papan2023()
    AG.save()


if __name__ == '__main__':
    main()
