"""Agency 1: Dinas Perpustakaan dan Kearsipan Kabupaten Lembah Sarangan, 2019-2022 (ids P..)."""
from common import Agency, D, F, N, P, T, V, idn, signature

SLUG = 'dispusip_lembah_sarangan'
AG = Agency(SLUG, 'Dinas Perpustakaan dan Kearsipan Kabupaten Lembah Sarangan',
            [2019, 2020, 2021, 2022], [['P11', 'P11b']],
            ['P01', 'P05', 'P08', 'P09', 'P10', 'P13', 'P15', 'P16', 'P21', 'P22', 'P23'])

KADIS1 = ('Dra. RATNA WULANSARI, M.Si', 'Pembina Tingkat I', 'NIP. 19690314 199403 2 007')
KADIS2 = ('H. MUHAMMAD ARIFIN NOOR, S.Sos., M.AP', 'Pembina Utama Muda',
          'NIP. 19720809 199803 1 004')


def tx(n, unit=''):
    """Indonesian text number, e.g. '1.250 orang'."""
    s = idn(n)
    return T(s + (' ' + unit if unit else ''), n)


def isnum(v):
    return isinstance(v, V) and isinstance(v.content, (int, float)) and v.key is not None


# ------------------------------------------------------------------------------------------
# 2019: annual PK, merged Sasaran, three header rows, value and unit in separate cells
# ------------------------------------------------------------------------------------------
def pk2019():
    b = AG.book('PK_DISPUSIP_2019', 'xls')
    s = b.sheet('PK 2019')
    for c, w in zip('ABCDEFGHI', [5, 30, 46, 10, 11, 10, 11, 10, 18]):
        s.width(c, w)
    for i, t in enumerate(['PENGUKURAN KINERJA', 'DINAS PERPUSTAKAAN DAN KEARSIPAN',
                           'KABUPATEN LEMBAH SARANGAN', 'TAHUN 2019'], start=1):
        s.m(f'A{i}:I{i}', t, bold=True, h='center', wrap=False)
    s.w('B6', 'Kabupaten          : Lembah Sarangan', wrap=False)
    s.w('B7', 'Nama SKPD        : Dinas Perpustakaan dan Kearsipan', wrap=False)
    s.m('A9:A10', 'No.', bold=True, h='center')
    s.m('B9:B10', 'Sasaran Strategis', bold=True, h='center')
    s.m('C9:C10', 'Indikator Kinerja', bold=True, h='center')
    s.m('D9:H9', 'Tahun 2019', bold=True, h='center')
    s.m('I9:I10', 'Keterangan', bold=True, h='center')
    s.m('D10:E10', 'Target', bold=True, h='center')
    s.m('F10:G10', 'Realisasi', bold=True, h='center')
    s.w('H10', '% Capaian', bold=True, h='center')
    for c, t in zip(['A', 'B', 'C', 'D', 'F', 'H', 'I'], ['(1)', '(2)', '(3)', '(4)', '(5)',
                                                          '(6)', '(7)']):
        s.w(f'{c}11', t, h='center')
    s.m('D11:E11')
    s.m('F11:G11')

    groups = [
        ('Meningkatnya minat baca dan budaya literasi masyarakat', [
            ('P01', 'Jumlah pengunjung perpustakaan', N(48000), 'orang', N(51235), 'orang'),
            ('P02', 'Nilai Tingkat Kegemaran Membaca Masyarakat', N(48.5), 'nilai', N(49.12),
             'nilai'),
            ('P09', 'Jumlah pemustaka layanan perpustakaan keliling', tx(6000, 'orang'), None,
             tx(6412, 'orang'), None),
            ('P10', 'Jumlah peserta kegiatan pembudayaan kegemaran membaca', N(1200), 'orang',
             N(1385), 'orang'),
            # indicator typed into the Sasaran column
            ('P21*', 'Jumlah karya cetak dan karya rekam yang dihimpun', N(350), 'eksemplar',
             N(297), 'eksemplar'),
        ]),
        ('Meningkatnya kualitas layanan dan koleksi perpustakaan', [
            ('P04', 'Jumlah koleksi bahan pustaka', N(62500), 'eksemplar', N(63118),
             'eksemplar'),
            ('P05', 'Jumlah penambahan koleksi bahan pustaka', N(3000), 'eksemplar', N(3618),
             'eksemplar'),
            ('P06', 'Jumlah anggota perpustakaan', tx(7500, 'orang'), None, tx(7926, 'orang'),
             None),
            # planted: fraction typed for 45 % in a plain cell
            ('P07', 'Prosentase perpustakaan desa yang dibina', N(40), '%', N(0.45), '%'),
            ('P08', 'Jumlah perpustakaan desa yang dibina', N(52), 'desa', N(58), 'desa'),
            ('P17', 'Indeks Kepuasan Masyarakat (IKM) terhadap layanan perpustakaan', N(78),
             'nilai', T('79,64*)', 79.64), 'nilai'),
            ('DRAFT', 'Indeks Kepuasan Masyarakat (IKM) terhadap layanan perpustakaan', N(75),
             'nilai', N(77.1), 'nilai'),
        ]),
        ('Meningkatnya pengelolaan dan penyelamatan arsip daerah', [
            ('P11', 'Persentase arsip OPD yang tertata sesuai standar', N(35), '%', N(37.5),
             '%'),
            ('P12', 'Jumlah arsip statis yang dikelola', N(4200), 'berkas', N(4385), 'berkas'),
            ('P13', 'Jumlah arsip yang didigitalisasi', N(2500), 'arsip', N(2710), 'arsip'),
            ('P15', 'Jumlah arsip statis yang diakuisisi', N(400), 'berkas', N(265), 'berkas'),
            ('P16', 'Jumlah OPD yang dibina dibidang kearsipan', N(20), 'OPD', N(24), 'OPD'),
            ('P14', 'Nilai hasil pengawasan kearsipan internal', T('≥ 70', 70), 'nilai',
             T('68,75*)', 68.75), 'nilai'),
        ]),
        ('Meningkatnya akuntabilitas kinerja perangkat daerah', [
            ('P18', 'Nilai SAKIP Dinas', D('B'), None, D('B'), None),
        ]),
    ]
    r = 12
    no = 1
    for sas, rows in groups:
        start = r
        moved_row = None
        for sid, name, tv, tu, rv, ru in rows:
            if sid.endswith('*'):
                moved_row = r
                s.w(f'B{r}', name)
            else:
                s.w(f'C{r}', name)
            if sid != 'DRAFT':
                s.w(f'A{r}', no, h='center')
                no += 1
            s.w(f'D{r}', tv, h='right')
            s.w(f'E{r}', tu)
            s.w(f'F{r}', rv, h='right')
            s.w(f'G{r}', ru)
            if sid == 'P07':
                s.w(f'H{r}', N(112.5))
            elif sid == 'P18':
                s.w(f'H{r}', N(100))
            elif isnum(tv) and isnum(rv):
                s.w(f'H{r}', F(f'=ROUND(F{r}/D{r}*100,2)', None, '0.00'))
            else:
                s.w(f'H{r}', N(round(rv.key / tv.key * 100, 2), '0.00'))
            if sid == 'DRAFT':
                s.w(f'I{r}', 'draft lama, jangan dicetak')
                s.hide_row(r)
            elif sid.endswith('*'):
                s.key(2019, sid[:-1], f'B{r}', f'D{r}', f'F{r}')
            else:
                s.key(2019, sid, f'C{r}', f'D{r}', f'F{r}')
            r += 1
        end = r - 1 if moved_row is None else moved_row - 1
        s.m(f'B{start}:B{end}', sas, va='top')
        if moved_row is None:
            pass
    last = r - 1
    s.box(f'A9:I{last}')
    s.w('I22', 'hasil survei sem. II')
    r = last + 2
    s.w(f'B{r}', 'Jumlah Anggaran Kegiatan Tahun 2019 : Rp. 3.412.875.000', wrap=False)
    s.w(f'B{r+1}', 'Jumlah Realisasi Anggaran Kegiatan Tahun 2019 : Rp. 3.106.442.350',
        wrap=False)
    s.w(f'B{r+3}', '*) angka sementara, menunggu hasil akhir survei/pengawasan', italic=True,
        wrap=False)
    signature(s, 'F', r + 5, 'Sarangan Hilir, 31 Desember 2019',
              ['Kepala Dinas Perpustakaan dan Kearsipan', 'Kabupaten Lembah Sarangan'], *KADIS1)

    # hidden sheet with last year's table (not keyed)
    h = b.sheet('PK 2018', hidden=True)
    h.w('A1', 'PENGUKURAN KINERJA DINAS PERPUSTAKAAN DAN KEARSIPAN TAHUN 2018', bold=True,
        wrap=False)
    for j, t in enumerate(['No.', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Satuan',
                           'Realisasi', 'Satuan', '%']):
        h.w(f'{"ABCDEFGH"[j]}3', t, bold=True)
    old = [('Jumlah pengunjung perpustakaan', 45000, 'orang', 46720),
           ('Nilai Tingkat Kegemaran Membaca Masyarakat', 47, 'nilai', 47.85),
           ('Jumlah koleksi bahan pustaka', 59000, 'eksemplar', 59500),
           ('Jumlah anggota perpustakaan', 7000, 'orang', 7308),
           ('Jumlah arsip statis yang dikelola', 3900, 'berkas', 3990),
           ('Jumlah arsip yang didigitalisasi', 2000, 'arsip', 2115)]
    for i, (nm, t, u, rr) in enumerate(old):
        rr_ = 4 + i
        h.w(f'A{rr_}', i + 1)
        h.w(f'C{rr_}', nm)
        h.w(f'D{rr_}', t)
        h.w(f'E{rr_}', u)
        h.w(f'F{rr_}', rr)
        h.w(f'G{rr_}', u)
        h.w(f'H{rr_}', round(rr / t * 100, 2))
    return b


# ------------------------------------------------------------------------------------------
# 2020: Rencana Aksi, quarters in blocks (Target Tahunan + TW I..IV rows per indicator)
# ------------------------------------------------------------------------------------------
def ra2020(b):
    s = b.sheet('RA 2020')
    for c, w in zip('ABCDEFGHI', [5, 28, 40, 10, 14, 12, 12, 9, 22]):
        s.width(c, w)
    for i, t in enumerate(['RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN',
                           'DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN LEMBAH SARANGAN',
                           'TAHUN ANGGARAN 2020'], start=1):
        s.m(f'A{i}:I{i}', t, bold=True, h='center', wrap=False)
    s.m('A5:A6', 'NO', bold=True, h='center')
    s.m('B5:B6', 'SASARAN STRATEGIS', bold=True, h='center')
    s.m('C5:C6', 'INDIKATOR KINERJA', bold=True, h='center')
    s.m('D5:D6', 'SATUAN', bold=True, h='center')
    s.m('E5:H5', 'KRITERIA KEBERHASILAN (TARGET TAHUNAN & TRIWULAN)', bold=True, h='center')
    s.m('I5:I6', 'PENANGGUNG JAWAB', bold=True, h='center')
    for c, t in zip('EFGH', ['Periode', 'Target', 'Realisasi', '%']):
        s.w(f'{c}6', t, bold=True, h='center')
    for j, c in enumerate('ABCDEFGHI'):
        s.w(f'{c}7', j + 1, h='center')

    def q(*xs):
        out = []
        for x in xs:
            if x is None:
                out.append(None)
            elif isinstance(x, V):
                out.append(x)
            elif x == '-':
                out.append(D('-'))
            else:
                out.append(N(x))
        return out

    PL = 'Bidang Layanan Perpustakaan'
    PK = 'Bidang Pengembangan Koleksi'
    AR = 'Bidang Kearsipan'
    SK = 'Sekretariat'
    groups = [
        ('Meningkatnya budaya gemar membaca dan literasi masyarakat', [
            ('P01', 'Jumlah Pengunjung\nPerpustakaan (orang)', 'orang', N(30000),
             q(9000, 4000, 7000, 10000), q(11250, 1830, 5420, 8976), 'sum', PL),
            ('P02', 'Tingkat Kegemaran Membaca (TGM) masyarakat', 'nilai', N(50),
             q('-', '-', '-', 50), q('-', '-', '-', 51.37), 'last', PL),
            ('P03', 'Indeks Pembangunan Literasi Masyarakat (IPLM)', 'nilai', N(45.2),
             q('-', '-', '-', 45.2), q('-', '-', '-', 46.08), 'last', PL),
            ('P09', 'Jumlah pemustaka yg dilayani perpustakaan keliling', 'orang', N(4000),
             q(1200, 400, 1000, 1400), q(1310, 0, 845, 1122), 'sum', PL),
            ('P10', 'Jumlah peserta lomba & kegiatan gemar membaca', 'orang', N(600),
             q(150, 150, 150, 150), q(210, '-', 96, 188), 'sum', PL),
        ]),
        ('Meningkatnya kualitas layanan dan koleksi perpustakaan', [
            ('P04', 'Jumlah Koleksi Bahan Pustaka (eksemplar)', 'eksemplar', N(65000),
             q(63600, 64000, 64500, 65000), q(63350, 63620, 64115, 65874), 'last', PK),
            # planted: annual target typed 10x (the quarter targets add up to 2.500)
            ('P05', 'Jumlah koleksi bahan pustaka baru', 'eksemplar', N(25000),
             q(500, 500, 700, 800), q(232, 0, 1140, 1391), 'sum', PK),
            ('P20', 'Jumlah koleksi digital (e-book)', 'judul', N(1500),
             q(600, 900, 1200, 1500), q(640, 980, 1315, 1522), 'last', PK),
            ('P06', 'Jumlah anggota perpustakaan terdaftar', 'orang', tx(8500),
             q(8100, 8200, 8350, 8500), q(8034, 8127, 8410, None), 'last', PL),
            ('P07', 'Persentase Perpustakaan Desa/Kelurahan yang Dibina', '%', P(45, '0%'),
             [P(10, '0%'), P(20, '0%'), P(35, '0%'), P(45, '0%')],
             [P(11.25), P(20), P(33.75), P(46.25)], 'last', PL),
            ('P08', 'Jumlah perpustakaan desa/kelurahan yang dibina', 'unit', N(36),
             q(9, 9, 9, 9), q(9, 7, 11, 10), 'sum', PL),
            ('P17', 'IKM layanan perpustakaan', 'nilai', N(79),
             q('-', 79, '-', 79), [D('-'), T('78,9', 78.9), D('-'), T('80,12', 80.12)],
             'last', SK),
        ]),
        ('Meningkatnya tata kelola kearsipan daerah', [
            ('P11', 'Prosentase arsip perangkat daerah yang tertata sesuai standar', '%',
             N(40), q(10, 20, 30, 40), q(9.5, 18.75, 31.25, 41.5), 'last', AR),
            ('P12', 'Jumlah Arsip Statis yang Dikelola (berkas)', 'berkas', N(4700),
             q(4400, 4500, 4600, 4700), q(4402, 4511, 4498, 4736), 'last', AR),
            ('P13', 'Jumlah arsip yang dialihmediakan (digitalisasi)', 'arsip', N(3000),
             q(600, 600, 900, 900), q(410, 655, 1020, 1187), 'sum', AR),
            ('P15', 'Jumlah akuisisi arsip statis', 'berkas', N(300),
             q('-', 100, 100, 100), q('-', 0, 85, 140), 'sum', AR),
            ('P16', 'Jumlah perangkat daerah yang dibina kearsipan', 'OPD', N(24),
             q(6, 6, 6, 6), q(6, 4, 8, 7), 'sum', AR),
            ('P14', 'Hasil Pengawasan Kearsipan Internal', 'nilai', T('70 - 75', 70),
             [D('-'), D('-'), D('-'), T('70 - 75', 70)], q('-', '-', '-', 71.25), 'last', AR),
        ]),
        ('Meningkatnya akuntabilitas kinerja', [
            ('P18', 'Nilai Evaluasi SAKIP Perangkat Daerah', 'nilai', N(62),
             q('-', '-', '-', 62), [D('-'), D('-'), D('-'), T('63,40', 63.4)], 'last', SK),
        ]),
    ]
    labels = ['Target Tahunan', 'TW I (B03)', 'TW II (B06)', 'TW III (B09)', 'TW IV (B12)']
    r = 8
    no = 1
    for sas, rows in groups:
        gstart = r
        for sid, name, unit, ann, tq, rq, rule, pj in rows:
            s.m(f'A{r}:A{r+4}', no, h='center', va='top')
            s.m(f'C{r}:C{r+4}', name, va='top')
            s.m(f'D{r}:D{r+4}', unit, h='center', va='top')
            s.m(f'I{r}:I{r+4}', pj, va='top')
            for j, lab in enumerate(labels):
                s.w(f'E{r+j}', lab, wrap=False)
            s.w(f'F{r}', ann, h='right')
            for j in range(4):
                rr = r + 1 + j
                s.w(f'F{rr}', tq[j], h='right')
                s.w(f'G{rr}', rq[j], h='right')
                if isnum(tq[j]) and isnum(rq[j]) and tq[j].key:
                    s.w(f'H{rr}', F(f'=ROUND(G{rr}/F{rr}*100,2)', None, '0.00'))
                elif tq[j] is not None and rq[j] is not None and tq[j].key and \
                        rq[j].key is not None:
                    s.w(f'H{rr}', N(round(rq[j].key / tq[j].key * 100, 2)))
            s.key(2020, sid, f'C{r}', f'F{r}', (rule, [f'G{r+1+j}' for j in range(4)]))
            r += 5
            no += 1
        s.m(f'B{gstart}:B{r-1}', sas, va='top')
    s.box(f'A5:I{r-1}')
    signature(s, 'F', r + 2, 'Sarangan Hilir, 31 Desember 2020',
              ['Kepala Dinas Perpustakaan dan Kearsipan', 'Kabupaten Lembah Sarangan'], *KADIS1)


# ------------------------------------------------------------------------------------------
# 2021: Permendagri 86 evaluation form (E.81), K / Rp pairs, column numbers as Deli Serdang
# ------------------------------------------------------------------------------------------
def e81_2021(b):
    s = b.sheet('Evaluasi Renja TW IV 2021')
    widths = {'A': 5, 'B': 22, 'C': 30, 'D': 38, 'E': 10, 'Z': 18}
    for c in 'FGHIJKLMNOPQRSTUVWXY':
        widths[c] = 11 if c in 'FHJLNPRTVX' else 14
    for c, w in widths.items():
        s.width(c, w)
    s.m('A1:Z1', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', bold=True, h='center',
        wrap=False)
    s.m('A2:Z2', 'DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN LEMBAH SARANGAN', bold=True,
        h='center', wrap=False)
    s.m('A3:Z3', 'PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2021', bold=True, h='center',
        wrap=False)
    s.w('A4', 'Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD '
        'Kabupaten Lembah Sarangan 2019-2024', wrap=False, italic=True)
    hdr = [('A6:A7', 'No'), ('B6:B7', 'Sasaran'), ('C6:C7', 'Program / Kegiatan'),
           ('D6:D7', 'Indikator Kinerja Program (Outcome) / Kegiatan (Output)'),
           ('E6:E7', 'Satuan'),
           ('F6:G7', 'Target Renstra Perangkat Daerah pada Tahun 2024 (Akhir Periode Renstra)'),
           ('H6:I7', 'Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Tahun 2020'),
           ('J6:K7', 'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan '
                     '(Tahun 2021) yang Dievaluasi'),
           ('L6:S6', 'Realisasi Kinerja Pada Triwulan'),
           ('T6:U7', 'Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang '
                     'Dievaluasi'),
           ('V6:W7', 'Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun 2021'),
           ('X6:Y7', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah '
                     's.d. Tahun 2021 (%)'),
           ('Z6:Z7', 'Unit Perangkat Daerah Penanggung Jawab')]
    for rng, t in hdr:
        s.m(rng, t, bold=True, h='center')
    for rng, t in [('L7:M7', 'I'), ('N7:O7', 'II'), ('P7:Q7', 'III'), ('R7:S7', 'IV')]:
        s.m(rng, t, bold=True, h='center')
    nums = [('A8', '1'), ('B8', '2'), ('C8', '3'), ('D8', '4'), ('E8', '5'), ('F8:G8', '6'),
            ('H8:I8', '7'), ('J8:K8', '8'), ('L8:M8', '9'), ('N8:O8', '10'), ('P8:Q8', '11'),
            ('R8:S8', '12'), ('T8:U8', '13 = 9 + 10 + 11 + 12'), ('V8:W8', '14 = 7 + 13'),
            ('X8:Y8', '15 = 14 / 6 x 100'), ('Z8', '16')]
    for rng, t in nums:
        s.m(rng, t, h='center')
    for c in 'FHJLNPRTVX':
        s.w(f'{c}9', 'K', h='center', bold=True)
        s.w(f'{chr(ord(c)+1)}9', 'Rp.', h='center', bold=True)
    RP = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'

    # indicator rows: (sid, name, unit, renstra, sd2020, target, [tw1..tw4], col13)
    # col13: 'sum' -> =L+N+P+R ; 'R' -> =R ; ('typed', V) ; 'next' -> formula on the next row ;
    #        'sumall' -> SUM of all four quarters of a stock (wrong for a level indicator)
    def n(x):
        if x is None:
            return None
        if isinstance(x, V):
            return x
        if x == '-':
            return D('-')
        return N(x)

    rows = [
        ('group', 'URUSAN PEMERINTAHAN BIDANG PERPUSTAKAAN'),
        ('prog', 'Program Pembinaan Perpustakaan',
         'Meningkatnya budaya gemar membaca dan kualitas layanan perpustakaan', [
             ('P02', 'Indeks Tingkat Kegemaran Membaca', 'nilai', 60, 51.37, 53,
              ['-', '-', '-', 54.06], ('typed', N(54.06))),
             ('P03', 'Indeks Pembangunan Literasi Masyarakat', 'nilai', 55, 46.08, 48,
              ['-', '-', '-', 49.5], 'R'),
         ]),
        ('keg', 'Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota',
         (412500000, 398730150, [61200000, 98450000, 104300000, 134780150]), [
             ('P22', 'Jumlah kunjungan fisik ke perpustakaan', 'orang', 60000, 27476, 35000,
              [6210, 8840, 10315, 12980], 'sum'),
             # planted: col 13 formula points at the next row
             ('P23', 'Jumlah akses layanan perpustakaan digital', 'akses', 50000, '-', 20000,
              [4420, 5610, 6105, 7033], 'next'),
             ('P04', 'Jumlah seluruh koleksi bahan pustaka', 'eksemplar', 75000, 65874, 68000,
              [66200, 66850, 67410, 68125], ('typed', N(68125))),
             ('P05', 'Penambahan koleksi bahan pustaka (judul/eksemplar)', 'eksemplar', 15000,
              6381, 2500, [310, 650, 560, 1176], 'sum'),
             # planted: stock summed over the quarters
             ('P20', 'Jumlah judul koleksi digital', 'judul', 5000, 1522, 2200,
              [1700, 1840, 2015, 2290], 'sumall'),
             ('P06', 'Jumlah Anggota Perpustakaan Yang Terdaftar', 'orang', 11000, 8410, 9000,
              [8520, 8705, 8890, 9140], ('typed', N(9140))),
             ('P17', 'Indeks kepuasan masyarakat thd layanan perpustakaan', 'nilai', 82, 80.12,
              80, ['-', 80.5, '-', 81.27], 'R'),
         ]),
        ('keg', 'Pembudayaan Gemar Membaca Tingkat Daerah Kabupaten/Kota',
         (186000000, 171245000, [22150000, 41870000, 48300000, 59880000]), [
             ('P10', 'Jumlah peserta kegiatan pembudayaan gemar membaca', 'orang', 6000, 1879,
              900, [120, 240, 310, 365], 'sum'),
             # planted: computed column typed over with 0
             ('P09', 'Jumlah pemustaka layanan pusling (perpustakaan keliling)', 'orang', 25000,
              9689, 4500, [980, 1250, 1330, 1402], ('typed', N(0))),
         ]),
        ('keg', 'Pembinaan Perpustakaan pada Satuan Pendidikan Dasar di Seluruh Wilayah '
                'Kabupaten/Kota Sesuai dengan Standar Nasional Perpustakaan',
         (97500000, 88420000, [8750000, 21500000, 27680000, 30490000]), [
             ('P19', 'Jumlah perpustakaan sekolah yang terakreditasi', 'perpustakaan', 40, 18,
              24, ['-', 20, '-', 25], ('typed', N(25))),
             ('P07', 'Persentase perpustakaan desa/kel. yg dibina', '%', 75, 46.25, 55,
              [15, 30, 45, 56.25], ('typed', N(56.25))),
         ]),
        ('prog', 'Program Pelestarian Koleksi Nasional dan Naskah Kuno',
         'Meningkatnya budaya gemar membaca dan kualitas layanan perpustakaan', [
             ('P21', 'Jumlah KCKR (karya cetak & karya rekam) yang dihimpun', 'eksemplar',
              2000, 297, 400, [60, 95, 110, 152], 'sum'),
         ], (64000000, 57300000, [6400000, 15200000, 16850000, 18720000])),
        ('group', 'URUSAN PEMERINTAHAN BIDANG KEARSIPAN'),
        ('prog', 'Program Pengelolaan Arsip', 'Meningkatnya kualitas pengelolaan arsip daerah', [
            ('P11b', 'Persentase perangkat daerah yang menerapkan pengelolaan arsip dinamis '
                     'sesuai standar', '%', 80, 41.5, 50, ['-', '-', '-', 52.38], 'R'),
        ]),
        ('keg', 'Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota',
         (118000000, 104560000, [14200000, 27300000, 29840000, 33220000]), [
            ('P16', 'Jumlah OPD yg mendapat pembinaan kearsipan', 'OPD', 120, 49, 26,
             [5, 7, 8, 6], 'sum'),
            ('P14', 'Nilai pengawasan kearsipan internal (skor)', 'nilai', 80, 71.25, 72,
             ['-', '-', '-', 73.5], ('typed', N(73.5))),
         ]),
        ('keg', 'Pengelolaan Arsip Statis oleh Pemerintah Daerah Kabupaten/Kota',
         (236000000, 219870500, [31200000, 52480000, 61700000, 74490500]), [
            ('P12', 'Jumlah arsip statis yg dikelola di depo arsip', 'berkas', 6500, 4736, 5100,
             [4810, 4925, 5040, 5188], ('typed', N(5188))),
            ('P13', 'Jumlah arsip yang dialihmediakan ke bentuk digital', 'arsip', 15000, 5982,
             3500, [700, 910, 1005, 1260], 'sum'),
            ('P24', 'Persentase arsip statis yang telah didigitalisasi', '%', 60, 18.4, 30,
             [21.5, 24.2, 27.9, 31.06], ('typed', N(31.06))),
         ]),
        ('group', 'UNSUR PENUNJANG URUSAN PEMERINTAHAN'),
        ('prog', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
         'Meningkatnya akuntabilitas kinerja perangkat daerah', [
             ('P18', 'Nilai Evaluasi AKIP Perangkat Daerah', 'nilai', 70, 63.4, 64,
              ['-', '-', '-', 65.12], ('typed', T('65,12', 65.12))),
         ], (1896500000, 1805230000, [402300000, 456800000, 471250000, 498700000])),
    ]
    # assign rows first (needed by the next-row formula and the program sums)
    r = 10
    plan = []
    for item in rows:
        if item[0] == 'group':
            plan.append((r, item))
            r += 1
        else:
            plan.append((r, item))
            r += len(item[3])
    last_row = r - 1
    qrow = {}
    for r0, item in plan:
        if item[0] != 'group':
            for j, ind in enumerate(item[3]):
                qrow[r0 + j] = ind
    unit_pj = {'P': 'Bidang Layanan dan Pembinaan Perpustakaan',
               'A': 'Bidang Kearsipan', 'S': 'Sekretariat'}

    # which program owns which kegiatan (for the Rp sums and the Sasaran merge)
    prog_of = {}
    cur = None
    for r0, item in plan:
        if item[0] == 'prog':
            cur = r0
            prog_of[r0] = [r0]
        elif item[0] == 'keg':
            prog_of[cur].append(r0)
        else:
            cur = None

    def write_budget(r0, bud):
        pagu, renstra_sd, tws = bud
        s.w(f'G{r0}', N(int(round(pagu * 4.6, -5)), RP))
        s.w(f'I{r0}', N(renstra_sd, RP) if renstra_sd else None)
        s.w(f'K{r0}', N(pagu, RP))
        for c, x in zip('MOQS', tws):
            s.w(f'{c}{r0}', N(x, RP))
        s.w(f'U{r0}', F(f'=M{r0}+O{r0}+Q{r0}+S{r0}', sum(tws), RP))
        s.w(f'W{r0}', F(f'=I{r0}+U{r0}', None, RP))
        s.w(f'Y{r0}', F(f'=ROUND(W{r0}/G{r0}*100,2)', None, '0.00'))

    for r0, item in plan:
        if item[0] == 'group':
            s.m(f'C{r0}:E{r0}', item[1], bold=True)
            continue
        kind, title = item[0], item[1]
        inds = item[3]
        s.m(f'C{r0}:C{r0 + len(inds) - 1}', title, va='top', bold=(kind == 'prog'))
        if kind == 'prog':
            members = prog_of[r0]
            end = r0 + len(inds) - 1
            for r1, it in plan:
                if r1 in members:
                    end = max(end, r1 + len(it[3]) - 1)
            s.m(f'B{r0}:B{end}', item[2], va='top')
            keg_rows = [x for x in members if x != r0]
            if len(item) > 4:
                write_budget(r0, item[4])
            elif keg_rows:
                for c in 'GIKMOQSU':
                    f = '=' + '+'.join(f'{c}{x}' for x in keg_rows)
                    s.w(f'{c}{r0}', F(f, None, RP))
                s.w(f'W{r0}', F(f'=I{r0}+U{r0}', None, RP))
                s.w(f'Y{r0}', F(f'=ROUND(W{r0}/G{r0}*100,2)', None, '0.00'))
        else:
            write_budget(r0, item[2])
        for j, ind in enumerate(inds):
            rr = r0 + j
            sid, name, unit, ren, sd, tgt, tws, c13 = ind
            s.w(f'A{rr}', None)
            s.w(f'D{rr}', name, va='top')
            s.w(f'E{rr}', unit, h='center')
            s.w(f'F{rr}', n(ren))
            s.w(f'H{rr}', n(sd))
            s.w(f'J{rr}', n(tgt))
            for c, x in zip('LNPR', tws):
                s.w(f'{c}{rr}', n(x))
            qk = [s.k(f'{c}{rr}') for c in 'LNPR']
            if c13 == 'sum':
                v13 = F(f'=L{rr}+N{rr}+P{rr}+R{rr}', sum(qk))
            elif c13 == 'R':
                v13 = F(f'=R{rr}', qk[3])
            elif c13 == 'next':
                nxt = qrow[rr + 1][6]
                v13 = F(f'=L{rr+1}+N{rr+1}+P{rr+1}+R{rr+1}', sum(nxt))
            elif c13 == 'sumall':
                v13 = F(f'=SUM(L{rr},N{rr},P{rr},R{rr})', sum(qk))
            else:
                v13 = c13[1]
            s.w(f'T{rr}', v13)
            if isinstance(s.vals[f'H{rr}'].content, (int, float)):
                s.w(f'V{rr}', F(f'=H{rr}+T{rr}', None))
            else:
                s.w(f'V{rr}', F(f'=T{rr}', None))
            s.w(f'X{rr}', F(f'=ROUND(V{rr}/F{rr}*100,2)', None, '0.00'))
            s.w(f'Z{rr}', unit_pj['A' if sid[1:3] in ('11', '12', '13', '14', '16', '24')
                                 else ('S' if sid == 'P18' else 'P')])
            s.key(2021, sid, f'D{rr}', f'J{rr}', f'T{rr}')
    # numbering in column A: programs and kegiatan
    no = 1
    for r0, item in plan:
        if item[0] in ('prog', 'keg'):
            s.m(f'A{r0}:A{r0 + len(item[3]) - 1}', no, h='center', va='top')
            no += 1
    s.box(f'A6:Z{last_row}')
    r = last_row + 2
    s.m(f'A{r}:E{r}', 'Rata-rata capaian kinerja (%)', bold=True)
    s.w(f'X{r}', N(87.4, '0.0'))
    s.m(f'A{r+1}:E{r+1}', 'Predikat kinerja', bold=True)
    s.w(f'X{r+1}', 'Tinggi')
    s.w(f'A{r+2}', 'Faktor pendorong keberhasilan pencapaian: dukungan anggaran DAK '
        'non fisik perpustakaan dan aplikasi e-Sarangan.', wrap=False)
    s.w(f'A{r+3}', 'Faktor penghambat pencapaian kinerja: pembatasan kegiatan masyarakat '
        'pada triwulan III.', wrap=False)
    s.w(f'A{r+4}', 'Tindak lanjut yang diperlukan dalam triwulan berikutnya: -', wrap=False)
    s.w(f'A{r+5}', 'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya: '
        'penambahan armada perpustakaan keliling.', wrap=False)
    r += 7
    s.w(f'C{r}', 'Disusun', bold=True)
    signature(s, 'C', r + 1, 'Sarangan Hilir, 10 Januari 2022',
              ['Kepala Dinas Perpustakaan dan Kearsipan', 'Kabupaten Lembah Sarangan'], *KADIS2)
    s.w(f'R{r}', 'Dievaluasi', bold=True)
    signature(s, 'R', r + 1, 'Sarangan Hilir, 17 Januari 2022',
              ['Kepala Bappeda', 'Kabupaten Lembah Sarangan'],
              'Ir. BAMBANG SETIADJI, M.T.', 'Pembina Utama Muda', 'NIP. 19700122 199603 1 002')

    # hidden sheet: an older quarter's copy (not keyed)
    h = b.sheet('TW III 2021', hidden=True)
    h.w('A1', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH - TRIWULAN III TAHUN 2021',
        bold=True, wrap=False)
    h.w('D3', 'Indikator')
    h.w('J3', 'Target 2021')
    h.w('L3', 'TW I')
    h.w('N3', 'TW II')
    h.w('P3', 'TW III')
    h.w('T3', 'Realisasi s.d. TW III')
    for i, (nm, t, qs) in enumerate([
            ('Jumlah kunjungan fisik ke perpustakaan', 35000, [6210, 8840, 10315]),
            ('Jumlah akses layanan perpustakaan digital', 20000, [4420, 5610, 6105]),
            ('Jumlah seluruh koleksi bahan pustaka', 68000, [66200, 66850, 67410])]):
        rr = 4 + i
        h.w(f'D{rr}', nm)
        h.w(f'J{rr}', t)
        for c, x in zip('LNP', qs):
            h.w(f'{c}{rr}', x)
        h.w(f'T{rr}', F(f'=L{rr}+N{rr}+P{rr}', None))


# ------------------------------------------------------------------------------------------
# 2022: monthly recap turned over (indicators across, months down), split over two sheets
# ------------------------------------------------------------------------------------------
MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
          'September', 'Oktober', 'November', 'Desember']


def rekap2022():
    b = AG.book('Rekap_Bulanan_Kinerja_Dispusip_2022', 'xlsx')
    s = b.sheet('Perpustakaan')

    def mon(vals):
        """12 monthly cells from a dict {month index: value} or a list (Jan..)."""
        out = [None] * 12
        if isinstance(vals, dict):
            items = vals.items()
        else:
            items = enumerate(vals)
        for i, x in items:
            if x is None:
                continue
            if isinstance(x, V):
                out[i] = x
            elif isinstance(x, str):
                out[i] = D(x)
            else:
                out[i] = N(x)
        return out

    cols = [
        ('P22', 'Jumlah Kunjungan Fisik ke Perpustakaan Daerah', 'orang', N(42000), 'sum',
         mon([3105, 3240, 3518, 2876, 2950, 3612, 3890, 3744, 3561, 3920, 3688])),
        ('P23', 'Jumlah akses perpustakaan digital (e-Sarangan)', 'akses',
         T('30.000 akses', 30000), 'sum',
         mon([tx(2310), tx(2455), 2610, tx(2198), 2540, 2775, tx(2904), 2866, 2731, tx(3012),
              2958])),
        ('P02', 'Nilai TGM Masyarakat (skor)', 'skor', N(55), 'last', mon({9: 56.2})),
        ('P03', 'Nilai IPLM (Indeks Pembangunan Literasi Masyarakat)', 'nilai', N(50), 'last',
         mon({10: T('51,04', 51.04)})),
        ('P04', 'Jml. koleksi bahan pustaka perpustakaan daerah', 'eksemplar', N(71000),
         'last', mon([68420, 68510, 68655, 68790, 68910, 69180, 69470, 69815, 70120, 70466,
                      70980])),
        ('P05', 'Jumlah koleksi baru yg diadakan', 'eksemplar', N(2800), 'sum',
         mon([110, 85, 145, 0, 120, 655, 210, 340, 305, 345, 514])),
        ('P20', 'Koleksi digital / e-book (judul)', 'judul', N(2800), 'last',
         mon({2: 2360, 5: 2510, 8: 2744})),
        ('P06', 'Anggota perpustakaan terdaftar (kumulatif)', 'orang', N(9800), 'last',
         mon([9160, 9205, 9262, 9301, 9355, 9418, 9490, 9547, 9603, 9688, 9741])),
        ('P07', 'Persentase perpustakaan desa/kelurahan yang mendapat pembinaan', '%',
         P(65, '0%'), 'last',
         [P(x) for x in [5, 8.75, 13.75, 18.75, 23.75, 30, 36.25, 42.5, 48.75, 56.25, 63.75]]
         + [None]),
        ('P08', 'Jumlah Perpustakaan Desa/Kelurahan Dibina (unit)', 'unit', N(52), 'sum',
         mon([4, 5, 4, 6, 3, 5, 4, 6, 5, 4, 5])),
        # planted: target typed 10x (5.200 meant)
        ('P09', 'Jumlah Pemustaka Perpustakaan Keliling', 'orang', N(52000), 'sum',
         mon([410, 455, 470, 380, 0, 505, 520, 498, 476, 512, 489])),
        ('P10', 'Peserta kegiatan pembudayaan kegemaran membaca (orang)', 'orang', N(1000),
         'sum', mon({3: 150, 6: 320, 7: 210, 9: 185, 10: 96})),
        ('P19', 'Jumlah Perpustakaan Sekolah Terakreditasi', 'perpustakaan', N(30), 'last',
         mon({5: 27, 10: 31})),
        ('P21', 'Jumlah karya cetak & karya rekam yang dihimpun', 'eksemplar', N(420), 'sum',
         mon([22, 35, '-', 41, 28, 30, '-', 55, 38, 47, 60])),
        ('P17', 'Indeks Kepuasan Masyarakat (IKM)', 'nilai', N(82), 'last',
         mon({5: T('81,90', 81.9), 10: T('82,46', 82.46)})),
    ]
    ncol = len(cols)
    last = chr(ord('A') + ncol)
    s.width('A', 22)
    for j in range(ncol):
        s.width(chr(ord('B') + j), 14)
    for i, t in enumerate(['REKAPITULASI CAPAIAN KINERJA BULANAN',
                           'BIDANG LAYANAN DAN PENGEMBANGAN PERPUSTAKAAN',
                           'DINAS PERPUSTAKAAN DAN KEARSIPAN KAB. LEMBAH SARANGAN - TAHUN 2022'],
                          start=1):
        s.m(f'A{i}:{last}{i}', t, bold=True, h='center', wrap=False)
    s.w('A5', 'No.', bold=True)
    s.w('A6', 'Indikator Kinerja', bold=True)
    s.w('A7', 'Satuan', bold=True)
    s.w('A8', 'Target 2022', bold=True)
    s.m(f'A9:{last}9', 'Realisasi per bulan :', bold=True, italic=True)
    s.height(6, 92)
    for i, mname in enumerate(MONTHS):
        s.w(f'A{10+i}', mname)
    s.w('A22', 'Keterangan', bold=True)
    for j, (sid, name, unit, tgt, rule, months) in enumerate(cols):
        c = chr(ord('B') + j)
        s.w(f'{c}5', j + 1, h='center')
        s.w(f'{c}6', name, h='center', bold=True)
        s.w(f'{c}7', unit, h='center')
        s.w(f'{c}8', tgt, h='right')
        for i, x in enumerate(months):
            if x is not None:
                s.w(f'{c}{10+i}', x, h='right')
        s.key(2022, sid, f'{c}6', f'{c}8', (rule, [f'{c}{10+i}' for i in range(12)]), col=True)
    s.w('D22', 'survei Oktober')
    s.w('E22', 'kajian Nov.')
    s.w('H22', 'dilaporkan per triwulan')
    s.w('P22', 'survei semesteran')
    s.box(f'A5:{last}22')
    s.w('A24', 'Catatan: rekap per 9 Desember 2022; data bulan Desember belum masuk.',
        italic=True, wrap=False)
    signature(s, 'L', 26, 'Sarangan Hilir, 9 Desember 2022',
              ['Kepala Dinas Perpustakaan dan Kearsipan', 'Kabupaten Lembah Sarangan'], *KADIS2)

    # ---- Kearsipan: same turned-over recap, but with an annual "Realisasi" row ----------
    k = b.sheet('Kearsipan')
    k.width('A', 26)
    for c in 'BCDEF':
        k.width(c, 16)
    for i, t in enumerate(['REKAPITULASI CAPAIAN KINERJA BULANAN', 'BIDANG KEARSIPAN',
                           'DINAS PERPUSTAKAAN DAN KEARSIPAN KAB. LEMBAH SARANGAN - TAHUN 2022'],
                          start=1):
        k.m(f'A{i}:F{i}', t, bold=True, h='center', wrap=False)
    k.w('A5', 'No.', bold=True)
    k.w('A6', 'Indikator Kinerja', bold=True)
    k.w('A7', 'Satuan', bold=True)
    k.w('A8', 'Target 2022', bold=True)
    k.m('A9:F9', 'Realisasi per bulan :', bold=True, italic=True)
    k.height(6, 92)
    for i, mname in enumerate(MONTHS):
        k.w(f'A{10+i}', mname)
    k.w('A22', 'Realisasi Tahun 2022', bold=True)
    k.w('A23', 'Capaian (%)', bold=True)
    p11 = [None] * 12
    for i, x in {2: 52.63, 5: 55.26, 8: 60.53, 11: 63.16}.items():
        p11[i] = P(x)
    p12 = [N(x) for x in [5210, 5234, 5262, 5290, 5315, 5348, 5402, 5433, 5470, 5521, 5580,
                          5636]]
    p13 = [N(x) for x in [280, 315, 350, 298, 330, 362, 341, 377, 365, 352, 388, 401]]
    p16 = [N(x) for x in [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3]]
    p24 = [None] * 12
    for i, x in {2: 33.2, 5: 35.9, 8: 38.4, 11: 41.7}.items():
        p24[i] = N(x)
    kc = [
        ('P11b', 'Persentase OPD yang menerapkan pengelolaan arsip dinamis sesuai standar',
         '%', P(60, '0%'), p11, F('=B21', 63.16, '0.00%')),
        ('P12', 'Arsip statis yang dikelola', 'berkas', N(5600), p12,
         F('=MAX(C10:C21)', 5636)),
        ('P13', 'Jumlah Arsip Terdigitalisasi', 'arsip', N(4000), p13,
         F('=SUM(D10:D21)', sum(x.key for x in p13))),
        # planted: annual cell typed over (months add up to 30)
        ('P16', 'Jumlah OPD dibina dalam pengelolaan arsip', 'OPD', N(28), p16, N(28)),
        # planted: a level indicator averaged over the year instead of its last value
        ('P24', 'Persentase arsip statis yang didigitalisasi', '%', N(40), p24,
         F('=AVERAGE(F10:F21)', round((33.2 + 35.9 + 38.4 + 41.7) / 4, 6), '0.00')),
    ]
    for j, (sid, name, unit, tgt, months, annual) in enumerate(kc):
        c = 'BCDEF'[j]
        k.w(f'{c}5', j + 1, h='center')
        k.w(f'{c}6', name, h='center', bold=True)
        k.w(f'{c}7', unit, h='center')
        k.w(f'{c}8', tgt, h='right')
        for i, x in enumerate(months):
            if x is not None:
                k.w(f'{c}{10+i}', x, h='right')
        k.w(f'{c}22', annual, h='right', bold=True)
        k.w(f'{c}23', F(f'=ROUND({c}22/{c}8*100,2)', None, '0.00'), h='right')
        k.key(2022, sid, f'{c}6', f'{c}8', f'{c}22', col=True)
    k.box('A5:F23')
    k.w('A25', 'Sumber: aplikasi SIKN/JIKN daerah dan laporan pembinaan kearsipan.',
        italic=True, wrap=False)
    signature(k, 'D', 27, 'Sarangan Hilir, 9 Januari 2023',
              ['Kepala Dinas Perpustakaan dan Kearsipan', 'Kabupaten Lembah Sarangan'], *KADIS2)

    raw = b.sheet('Data Mentah', hidden=True)
    raw.w('A1', 'Data harian kunjungan (buku tamu) - jangan diubah', bold=True, wrap=False)
    raw.w('A2', 'Tanggal')
    raw.w('B2', 'Kunjungan fisik')
    raw.w('C2', 'Akses digital')
    for i in range(31):
        raw.w(f'A{3+i}', f'{i+1:02d}/11/2022')
        raw.w(f'B{3+i}', 100 + (i * 37) % 60)
        raw.w(f'C{3+i}', 80 + (i * 53) % 40)
    cat = b.sheet('Catatan')
    notes = ['Catatan penyusunan rekap bulanan 2022:',
             '1. Nilai TGM dan IPLM diisi pada bulan hasil kajian diterima.',
             '2. IKM diukur per semester (Juni dan November).',
             '3. Koleksi digital dilaporkan per triwulan oleh seksi otomasi.',
             '4. Bidang Kearsipan mengisi lembar tersendiri (sheet Kearsipan).']
    for i, t in enumerate(notes):
        cat.w(f'A{1+i}', t, wrap=False)


def main():
    pk2019()
    b = AG.book('Dispusip_RA2020_EvaluasiRenja2021', 'ods')
    ra2020(b)
    e81_2021(b)
    rekap2022()
    AG.save()


if __name__ == '__main__':
    main()
