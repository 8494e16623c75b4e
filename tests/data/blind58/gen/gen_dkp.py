"""Agency 2: Dinas Ketahanan Pangan Provinsi Teluk Ambang, 2021-2024 (ids K..)."""
from common import Agency, D, F, N, P, T, V, idn, signature

SLUG = 'dkp_prov_teluk_ambang'
AG = Agency(SLUG, 'Dinas Ketahanan Pangan Provinsi Teluk Ambang', [2021, 2022, 2023, 2024],
            [['K07', 'K07b']], ['K05', 'K08', 'K13', 'K14', 'K16'])

KADIS1 = ('Ir. H. SYAHRIAL MANURUNG, M.P.', 'Pembina Utama Madya', 'NIP. 19680705 199303 1 009')
KADIS2 = ('Dr. Ir. NURHAYATI LUBIS, M.Si', 'Pembina Utama Muda', 'NIP. 19710227 199703 2 003')
JAB = ['Kepala Dinas Ketahanan Pangan', 'Provinsi Teluk Ambang']


def n(x):
    if x is None or isinstance(x, V):
        return x
    if isinstance(x, str):
        return D(x)
    return N(x)


def isnum(v):
    return isinstance(v, V) and isinstance(v.content, (int, float)) and v.key is not None


def capaian(s, ref, tref, rref, neg=False, fmt='0.00'):
    """Capaian: a formula when both cells are numbers, else a typed figure, else nothing."""
    tv, rv = s.vals.get(tref), s.vals.get(rref)
    if tv is None or rv is None or tv.key in (None, 0) or rv.key is None:
        return
    if isnum(tv) and isnum(rv):
        if neg:
            s.w(ref, F(f'=ROUND((2*{tref}-{rref})/{tref}*100,2)', None, fmt), h='right')
        else:
            s.w(ref, F(f'=ROUND({rref}/{tref}*100,2)', None, fmt), h='right')
    else:
        c = (2 * tv.key - rv.key) / tv.key * 100 if neg else rv.key / tv.key * 100
        s.w(ref, N(round(c, 2), fmt), h='right')


NEG = {'K06', 'K15', 'K17'}


# ------------------------------------------------------------------------------------------
# 2021: Renstra matrix, six years of targets (2019-2024) and realisasi 2019-2021
# ------------------------------------------------------------------------------------------
def renstra2021():
    b = AG.book('Evaluasi_Renstra_DKP_2021', 'ods')
    s = b.sheet('Matriks Renstra')
    for c, w in zip('ABCDEFGHIJKLMNOP', [5, 28, 42, 13, 10, 11, 11, 11, 11, 11, 11, 11, 11, 11,
                                          10, 18]):
        s.width(c, w)
    for i, t in enumerate(['MATRIKS EVALUASI RENCANA STRATEGIS (RENSTRA) 2019-2024',
                           'DINAS KETAHANAN PANGAN PROVINSI TELUK AMBANG',
                           'Posisi Realisasi : Tahun 2021'], start=1):
        s.m(f'A{i}:P{i}', t, bold=True, h='center', wrap=False)
    s.m('A5:A6', 'No', bold=True, h='center')
    s.m('B5:B6', 'Tujuan / Sasaran', bold=True, h='center')
    s.m('C5:C6', 'Indikator Kinerja', bold=True, h='center')
    s.m('D5:D6', 'Satuan', bold=True, h='center')
    s.m('E5:E6', 'Kondisi Awal (2018)', bold=True, h='center')
    s.m('F5:K5', 'Target Kinerja Renstra', bold=True, h='center')
    s.m('L5:N5', 'Realisasi Kinerja', bold=True, h='center')
    s.m('O5:O6', 'Capaian 2021 (%)', bold=True, h='center')
    s.m('P5:P6', 'Keterangan', bold=True, h='center')
    for j, y in enumerate(range(2019, 2025)):
        s.w(f'{"FGHIJK"[j]}6', y, bold=True, h='center')
    for j, y in enumerate(range(2019, 2022)):
        s.w(f'{"LMN"[j]}6', y, bold=True, h='center')
    for j, c in enumerate('ABCDEFGHIJKLMNOP'):
        s.w(f'{c}7', f'({j+1})', h='center')
    s.w('A8', 'I', bold=True, h='center')
    s.m('B8:P8', 'TUJUAN : Meningkatnya ketahanan pangan dan gizi masyarakat Provinsi Teluk '
        'Ambang', bold=True)
    rng = [T('2.100 - 2.150', 2100)] * 3 + [T('2.150 - 2.200', 2150)] * 3
    groups = [
        ('Meningkatnya ketersediaan dan cadangan pangan', [
            ('K01', 'Indeks Ketahanan Pangan (IKP)', 'poin', 71.2,
             [72.0, 73.0, 74.0, 75.0, 76.0, 77.0], [72.35, 72.9, 74.62]),
            ('K03', 'Skor Pola Pangan Harapan (PPH) Ketersediaan', 'skor', 84.1,
             [85, 86, 87, 88, 89, 90], [85.6, 86.3, 88.1]),
            ('K04', 'Jumlah cadangan beras pemerintah provinsi', 'ton', 150,
             [200, 250, 300, 350, 400, 450], [210, 262.5, 318.25]),
            ('K22', 'Jumlah cadangan pangan non beras', 'ton', '-',
             ['-', 20, 30, 40, 50, 60], ['-', 18.4, 31.7]),
            ('K05', 'Jumlah cadangan pangan yang disalurkan', 'ton', 45,
             [50, 60, 75, 80, 85, 90], [62, 118.6, 96.35]),
            ('K12', 'Jumlah lumbung pangan masyarakat yang aktif', 'unit', 112,
             [115, 120, 125, 130, 135, 140], [116, 121, 119]),
            ('K18', 'Jumlah dokumen Neraca Bahan Makanan (NBM)', 'dokumen', 1,
             [1, 1, 1, 1, 1, 1], [1, 1, 1]),
        ]),
        ('Meningkatnya kualitas konsumsi pangan masyarakat', [
            ('K02', 'Skor Pola Pangan Harapan (PPH) Konsumsi', 'skor', 82.4,
             [83.5, 84.5, 85.5, 86.5, 87.5, 88.5], [83.9, 84.1, 85.92]),
            ('K10', 'Konsumsi energi (kkal/kapita/hari)', 'kkal/kap/hari', 2045, rng,
             [2088, 2101, 2116]),
            ('K11', 'Konsumsi protein (gram/kapita/hari)', 'gram/kap/hari', 55.8,
             [T('>= 57', 57)] * 6, [56.3, 58.1, 59.04]),
            ('K15', 'Prevalensi ketidakcukupan konsumsi pangan', '%', 9.8,
             [9.5, 9.0, 8.5, 8.0, 7.5, 7.0], [9.21, 8.84, 8.62]),
            ('K15cont', '(Prevalence of Undernourishment / PoU)'),
            ('K13', 'Jumlah kelompok penerima Pekarangan Pangan Lestari (P2L)', 'kelompok', 25,
             [30, 40, 50, 60, 70, 80], [32, 45, 51]),
        ]),
        ('Menurunnya kerawanan pangan', [
            ('K06', 'Jumlah desa rawan pangan', 'desa', 148,
             [140, 130, 120, 110, 100, 90], [137, 128, 117]),
            ('K07', 'Persentase penanganan daerah rawan pangan', '%', 18,
             [20, 25, 30, 35, 40, 45], [21.5, 26, 31.4]),
            ('K14', 'Jumlah pelaksanaan Gerakan Pangan Murah (GPM)', 'kali', 10,
             [12, 15, 18, 20, 22, 24], [14, 22, 27]),
        ]),
        ('Meningkatnya keamanan pangan segar', [
            # planted: 2021 target typed 10x (480 meant)
            ('K08', 'Jumlah sampel pangan segar yang diuji', 'sampel', 380,
             [400, 420, 4800, 500, 520, 550], [415, 436, 492]),
            # planted: fraction typed for 93 % in a plain cell
            ('K09', 'Persentase pangan segar yang memenuhi syarat keamanan pangan', '%', 89.5,
             [90, 91, 92, 93, 94, 95], [90.6, 91.8, 0.93]),
        ]),
        ('Meningkatnya akuntabilitas kinerja perangkat daerah', [
            ('K19', 'Nilai SAKIP Dinas Ketahanan Pangan', 'predikat', 'B',
             ['B', 'BB', 'BB', 'BB', 'A', 'A'], ['B', 'BB', 'BB']),
        ]),
    ]
    r = 9
    no = 1
    for sas, rows in groups:
        gstart = r
        for row in rows:
            if row[0] == 'K15cont':
                s.w(f'C{r}', row[1])
                r += 1
                continue
            sid, name, unit, awal, tg, rl = row
            s.w(f'A{r}', no, h='center')
            no += 1
            s.w(f'C{r}', name)
            s.w(f'D{r}', unit, h='center')
            s.w(f'E{r}', n(awal), h='right')
            for c, x in zip('FGHIJK', tg):
                s.w(f'{c}{r}', n(x), h='right')
            for c, x in zip('LMN', rl):
                s.w(f'{c}{r}', n(x), h='right')
            if sid == 'K19':
                s.w(f'O{r}', N(100), h='right')
            else:
                capaian(s, f'O{r}', f'H{r}', f'N{r}', neg=sid in NEG)
            s.key(2021, sid, f'C{r}', f'H{r}', f'N{r}')
            r += 1
        s.m(f'B{gstart}:B{r-1}', sas, va='top')
    last = r - 1
    s.w(f'P{last-1}', 'hasil uji OKKPD')
    s.w(f'P{last}', 'LHE AKIP 2021')
    s.box(f'A5:P{last}')
    s.w(f'B{last+2}', 'Sumber data: BPS, Badan Pangan Nasional, OKKPD Provinsi Teluk Ambang '
        '(data diolah).', italic=True, wrap=False)
    s.w(f'B{last+3}', 'Capaian indikator negatif (desa rawan pangan, PoU) dihitung '
        '(2 x target - realisasi) / target x 100.', italic=True, wrap=False)
    signature(s, 'L', last + 5, 'Ambang Jaya, 28 Februari 2022', JAB, *KADIS1)
    c = b.sheet('Catatan')
    c.w('A1', 'Catatan: target tahunan mengikuti Renstra 2019-2024 (Perubahan Renstra 2021).',
        wrap=False)
    c.w('A2', 'Realisasi 2021 bersifat sementara untuk indikator yang bersumber dari Susenas.',
        wrap=False)


# ------------------------------------------------------------------------------------------
# 2022: PK with PK Awal / PK Perubahan, indicator in the Sasaran column, table pasted twice
# ------------------------------------------------------------------------------------------
def pk2022():
    b = AG.book('PK_Perubahan_DKP_2022', 'xlsx')
    s = b.sheet('PK Perubahan 2022')
    for c, w in zip('ABCDEFGHI', [5, 30, 44, 12, 11, 12, 12, 10, 18]):
        s.width(c, w)
    groups = [
        ('Meningkatnya ketersediaan dan cadangan pangan daerah', [
            ('K01', 'Indeks Ketahanan Pangan Provinsi', 'poin', N(75), N(75), N(75.88)),
            ('K03', 'Skor PPH Ketersediaan Pangan', 'skor', N(88), N(87.5), N(88.34)),
            ('K04', 'Jumlah Cadangan Beras Pemerintah Provinsi (CBPP) (ton)', 'ton', N(350),
             N(400), N(412.6)),
            ('K22', 'Cadangan pangan pemerintah provinsi non beras (ton)', 'ton', N(40), N(40),
             T('38,5 ton', 38.5)),
            # planted: realisasi formula sums the hidden quarter columns but misses TW IV
            ('K05', 'Jumlah penyaluran cadangan pangan (ton)', 'ton', N(80), N(95), 'SUMQ'),
            ('K20', 'Jumlah pasar yang dipantau harga pangannya', 'pasar', N(24), N(24), N(24)),
        ]),
        ('Meningkatnya kualitas dan keragaman konsumsi pangan', [
            ('K02', 'Skor PPH Konsumsi Pangan', 'skor', N(86.5), N(86.5), N(87.02)),
            ('K10', 'Tingkat konsumsi energi per kapita per hari', 'kkal', N(2150), N(2150),
             T('2.134', 2134)),
            ('K11', 'Tingkat konsumsi protein per kapita per hari ', 'gram', N(57), N(57),
             N(60.27)),
            ('K15', 'Prevalence of Undernourishment (PoU)', '%', P(8), P(8), P(8.15)),
            ('K13', 'Jumlah kelompok P2L yang difasilitasi', 'kelompok', N(60), N(75), N(75)),
        ]),
        ('Menurunnya daerah rawan pangan', [
            ('K06', 'Jumlah Desa Rawan Pangan (desa)', 'desa', N(110), N(110), N(104)),
            ('K07', 'Prosentase penanganan daerah rawan pangan', '%', P(35), P(35), P(36.8)),
            ('K14', 'Frekuensi Gerakan Pangan Murah', 'kali', N(20), N(36), N(41)),
        ]),
        ('Meningkatnya jaminan keamanan pangan segar', [
            ('K08', 'Jumlah sampel PSAT (pangan segar asal tumbuhan) yang diuji', 'sampel',
             N(500), N(500), N(534)),
            ('K09', 'Persentase Pangan Segar yang Aman Dikonsumsi', '%', P(93), P(93),
             P(94.19)),
            ('K16', 'Jumlah pelaku usaha PSAT yang terdaftar/tersertifikasi', 'pelaku usaha',
             N(40), N(50), N(57)),
        ]),
        (None, [
            ('K17', 'Koefisien variasi harga pangan pokok di tingkat konsumen', '%',
             T('≤ 5', 5), T('≤ 5', 5), T('4,12 %', 4.12)),
        ]),
        ('Meningkatnya akuntabilitas kinerja Dinas', [
            ('K19', 'Nilai Evaluasi AKIP', 'nilai', N(70), N(70), T('71,08', 71.08)),
        ]),
    ]
    QW = [18.5, 22, 27.25, 30.1]

    def table(top, keyed):
        s.m(f'A{top}:I{top}', 'PENGUKURAN KINERJA', bold=True, h='center', wrap=False)
        s.m(f'A{top+1}:I{top+1}', 'BERDASARKAN PERJANJIAN KINERJA PERUBAHAN TAHUN 2022',
            bold=True, h='center', wrap=False)
        s.m(f'A{top+2}:I{top+2}', 'DINAS KETAHANAN PANGAN PROVINSI TELUK AMBANG', bold=True,
            h='center', wrap=False)
        h1, h2, h3 = top + 4, top + 5, top + 6
        s.m(f'A{h1}:A{h2}', 'No', bold=True, h='center')
        s.m(f'B{h1}:B{h2}', 'Sasaran Strategis', bold=True, h='center')
        s.m(f'C{h1}:C{h2}', 'Indikator Kinerja', bold=True, h='center')
        s.m(f'D{h1}:D{h2}', 'Satuan', bold=True, h='center')
        s.m(f'E{h1}:F{h1}', 'Target', bold=True, h='center')
        s.w(f'E{h2}', 'PK Awal', bold=True, h='center')
        s.w(f'F{h2}', 'PK Perubahan', bold=True, h='center')
        s.m(f'G{h1}:G{h2}', 'Realisasi', bold=True, h='center')
        s.m(f'H{h1}:H{h2}', 'Capaian (%)', bold=True, h='center')
        s.m(f'I{h1}:I{h2}', 'Keterangan', bold=True, h='center')
        for j, c in enumerate('ABCDEFGHI'):
            s.w(f'{c}{h3}', f'({j+1})', h='center')
        s.w(f'M{h1}', 'bantu: realisasi triwulan', italic=True, wrap=False)
        for c, t in zip('MNOP', ['TW I', 'TW II', 'TW III', 'TW IV']):
            s.w(f'{c}{h2}', t, h='center')
        r = h3 + 1
        no = 1
        for sas, rows in groups:
            gstart = r
            for sid, name, unit, awal, perub, real in rows:
                s.w(f'A{r}', no, h='center')
                no += 1
                if sas is None:
                    s.w(f'B{r}', name)           # indicator typed into the Sasaran column
                    nref = f'B{r}'
                else:
                    s.w(f'C{r}', name)
                    nref = f'C{r}'
                s.w(f'D{r}', unit, h='center')
                s.w(f'E{r}', awal, h='right')
                s.w(f'F{r}', perub, h='right')
                if real == 'SUMQ':
                    for c, x in zip('MNOP', QW):
                        s.w(f'{c}{r}', N(x))
                    real = F(f'=SUM(M{r}:O{r})', round(sum(QW[:3]), 6))
                s.w(f'G{r}', real, h='right')
                capaian(s, f'H{r}', f'F{r}', f'G{r}', neg=sid in NEG)
                if keyed:
                    s.key(2022, sid, nref, f'F{r}', f'G{r}')
                r += 1
            if sas is not None:
                s.m(f'B{gstart}:B{r-1}', sas, va='top')
        s.box(f'A{h1}:I{r-1}')
        return r - 1

    last = table(1, True)
    s.w(f'I{last-8}', 'target naik (PK Perubahan)')
    s.w(f'B{last+2}', 'Jumlah Anggaran Tahun 2022 : Rp. 18.745.320.000', wrap=False)
    s.w(f'B{last+3}', 'Jumlah Realisasi Anggaran Tahun 2022 : Rp. 17.902.118.455', wrap=False)
    end = signature(s, 'F', last + 5, 'Ambang Jaya, 31 Desember 2022', JAB, *KADIS1)
    # the clerk pasted the whole table a second time below (not keyed)
    table(end + 3, False)
    for c in 'MNOP':
        s.hide_col(c)


# ------------------------------------------------------------------------------------------
# 2023: Rencana Aksi with T / R rows and cumulative "s.d. TW" columns
# ------------------------------------------------------------------------------------------
def ra2023(b):
    s = b.sheet('RA 2023')
    for c, w in zip('ABCDEFGHIJKL', [5, 26, 42, 12, 11, 6, 11, 11, 11, 11, 11, 24]):
        s.width(c, w)
    for i, t in enumerate(['RENCANA AKSI DAN REALISASI KINERJA KUMULATIF TAHUN 2023',
                           'DINAS KETAHANAN PANGAN PROVINSI TELUK AMBANG',
                           'Keadaan s.d. Triwulan IV'], start=1):
        s.m(f'A{i}:L{i}', t, bold=True, h='center', wrap=False)
    s.m('A5:A6', 'No', bold=True, h='center')
    s.m('B5:B6', 'Sasaran Strategis', bold=True, h='center')
    s.m('C5:C6', 'Indikator Kinerja', bold=True, h='center')
    s.m('D5:D6', 'Satuan', bold=True, h='center')
    s.m('E5:E6', 'Target 2023', bold=True, h='center')
    s.m('F5:F6', 'T / R', bold=True, h='center')
    s.m('G5:J5', 'Target (T) dan Realisasi (R) Kumulatif', bold=True, h='center')
    for c, t in zip('GHIJ', ['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV']):
        s.w(f'{c}6', t, bold=True, h='center')
    s.m('K5:K6', 'Capaian s.d. TW terakhir (%)', bold=True, h='center')
    s.m('L5:L6', 'Penanggung Jawab', bold=True, h='center')
    BK = 'Bidang Ketersediaan dan Kerawanan Pangan'
    BD = 'Bidang Distribusi dan Cadangan Pangan'
    BS = 'Bidang Konsumsi dan Keamanan Pangan'
    groups = [
        ('Meningkatnya ketersediaan pangan', [
            ('K01', 'Indeks Ketahanan Pangan (IKP) Provinsi Teluk Ambang', 'poin', N(76),
             ['-', '-', '-', 76], ['-', '-', '-', 76.93], BK),
            ('K03', 'Skor Pola Pangan Harapan (PPH) tingkat ketersediaan', 'skor', N(89),
             ['-', '-', '-', 89], ['-', '-', '-', T('89,6', 89.6)], BK),
            ('K23', 'Jumlah cadangan pangan pemerintah provinsi (beras & non beras)', 'ton',
             N(500), [200, 300, 400, 500], [215.4, 310.2, 425.75, 518.3], BD),
            ('K05', 'Penyaluran cadangan pangan pemerintah provinsi', 'ton', N(100),
             [25, 50, 75, 100], [12.5, 48.2, 81.6, 104.35], BD),
            ('K12', 'Jumlah lumbung pangan masyarakat aktif yang dibina', 'unit', N(130),
             [130, 130, 130, 130], [124, 127, 131, 133], BD),
            ('K18', 'Jumlah dokumen NBM yang tersusun', 'dokumen', N(1),
             ['-', '-', '-', 1], ['-', '-', '-', T('1 dok', 1)], BK),
            ('K21', 'Jumlah kabupaten/kota yang menyusun peta FSVA', 'kab/kota', N(12),
             [0, 4, 8, 12], [0, 3, 9, None], BK),
        ]),
        ('Meningkatnya kualitas konsumsi pangan', [
            ('K02', 'Skor Pola Pangan Harapan (PPH) tingkat konsumsi', 'skor', N(88),
             ['-', '-', '-', 88], ['-', '-', '-', 88.41], BS),
            ('K10', 'Rata-rata konsumsi energi (kkal/kap/hari)', 'kkal', N(2150),
             ['-', 2150, '-', 2150], ['-', 2129, '-', 2162], BS),
            ('K11', 'Rata - rata konsumsi protein (gram/kap/hari)', 'gram', N(57),
             ['-', 57, '-', 57], ['-', 61.2, '-', 62.05], BS),
            ('K13', 'Jumlah Kelompok Wanita Tani (KWT) penerima P2L', 'kelompok', N(80),
             [0, 40, 80, 80], [0, 38, 80, 82], BS),
        ]),
        ('Menurunnya kerawanan pangan', [
            ('K06', 'Jumlah desa rawan pangan (Prioritas 1-3)', 'desa', N(100),
             ['-', '-', '-', 100], ['-', '-', '-', 96], BK),
            ('K07b', 'Persentase desa rawan pangan yang diintervensi', '%', P(40, '0%'),
             [P(10, '0%'), P(20, '0%'), P(30, '0%'), P(40, '0%')],
             [P(9.6), P(21.15), P(33.3), P(42.31)], BK),
            ('K14', 'Jumlah GPM yang dilaksanakan', 'kali', N(40), [10, 20, 30, 40],
             [12, 25, 38, 47], BD),
        ]),
        ('Meningkatnya keamanan pangan segar', [
            # planted: the cumulative realisasi falls at TW IV (410 -> 395)
            ('K08', 'Jumlah sampel pangan segar yg diuji keamanannya', 'sampel', N(520),
             [130, 260, 390, 520], [120, 260, 410, 395], BS),
            ('K09', 'Persentase pangan segar dg hasil uji memenuhi syarat keamanan', '%', N(94),
             [94, 94, 94, 94], [95.83, 94.62, 95.12, 94.94], BS),
            ('K16', 'Jumlah pelaku usaha pangan segar yang disertifikasi', 'pelaku usaha',
             N(60), [15, 30, 45, 60], [11, 27, 44, 63], BS),
        ]),
        ('Stabilnya harga pangan pokok', [
            ('K17', 'Koefisien Variasi (CV) harga pangan pokok', '%', T('maks. 5', 5),
             ['-', '-', '-', T('maks. 5', 5)], [3.8, 4.05, 4.4, '-'], BD),
        ]),
    ]
    r = 7
    no = 1
    for sas, rows in groups:
        gstart = r
        for sid, name, unit, tgt, tq, rq, pj in rows:
            s.m(f'A{r}:A{r+1}', no, h='center', va='top')
            no += 1
            s.m(f'C{r}:C{r+1}', name, va='top')
            s.m(f'D{r}:D{r+1}', unit, h='center', va='top')
            s.m(f'E{r}:E{r+1}', tgt, h='right', va='top')
            s.m(f'L{r}:L{r+1}', pj, va='top')
            s.w(f'F{r}', 'T', h='center')
            s.w(f'F{r+1}', 'R', h='center')
            for c, x in zip('GHIJ', tq):
                s.w(f'{c}{r}', n(x), h='right')
            for c, x in zip('GHIJ', rq):
                s.w(f'{c}{r+1}', n(x), h='right')
            reals = [f'{c}{r+1}' for c in 'GHIJ']
            lastref = None
            for ref in reals:
                if s.k(ref) is not None:
                    lastref = ref
            if lastref:
                capaian(s, f'K{r}', f'E{r}', lastref, neg=sid in NEG)
            s.m(f'K{r}:K{r+1}')
            s.key(2023, sid, f'C{r}', f'E{r}', ('lastcum', reals))
            r += 2
        s.m(f'B{gstart}:B{r-1}', sas, va='top')
    s.box(f'A5:L{r-1}')
    s.w(f'B{r+1}', 'Keterangan: T = target kumulatif, R = realisasi kumulatif; "-" = belum '
        'ada pengukuran pada triwulan tersebut.', italic=True, wrap=False)
    signature(s, 'I', r + 3, 'Ambang Jaya, 12 Januari 2024', JAB, *KADIS2)


# ------------------------------------------------------------------------------------------
# 2024: a list form (one block of label : value lines per indicator)
# ------------------------------------------------------------------------------------------
def isian2024(b):
    s = b.sheet('Isian IKU 2024')
    for c, w in zip('ABCDE', [4, 36, 3, 24, 34]):
        s.width(c, w)
    for i, t in enumerate(['LEMBAR ISIAN CAPAIAN INDIKATOR KINERJA UTAMA',
                           'DINAS KETAHANAN PANGAN PROVINSI TELUK AMBANG', 'TAHUN 2024'],
                          start=1):
        s.m(f'A{i}:E{i}', t, bold=True, h='center', wrap=False)
    BPS = 'BPS / Badan Pangan Nasional'
    groups = [
        ('SASARAN 1 : Meningkatnya ketersediaan pangan', [
            ('K01', '1. Indeks Ketahanan Pangan', 'poin', [('Target', N(77))],
             [('Realisasi', N(77.45))], BPS),
            ('K03', '2. Skor PPH ketersediaan', 'skor', [('Target', N(90))],
             [('Realisasi', N(90.12))], 'Bidang Ketersediaan dan Kerawanan Pangan'),
            # planted: the total was a formula (beras + non beras = 499,3), typed over
            ('K23', '3. Jumlah Cadangan Pangan Pemerintah Provinsi', 'ton',
             [('Target', N(550))],
             [('Realisasi (jumlah)', N(515.3)), ('   - Beras', N(402.5)),
              ('   - Non beras', N(96.8))], 'Bidang Distribusi dan Cadangan Pangan'),
            ('K05', '4. Jumlah cadangan pangan yg disalurkan utk keadaan darurat & rawan pangan',
             'ton', [('Target Awal', N(100)), ('Target Perubahan', N(120))],
             [('Realisasi', T('126,45 ton', 126.45))], 'Bidang Distribusi dan Cadangan Pangan'),
            ('K20', '5. Jumlah pasar yang dipantau harga pangan pokok', 'pasar',
             [('Target', N(26))], [('Realisasi', N(26))], 'Panel Harga Pangan'),
            ('K21', '6. Jumlah kab/kota yg memiliki Peta Ketahanan dan Kerentanan Pangan (FSVA)',
             'kab/kota', [('Target', N(14))], [('Realisasi', N(14))],
             'Bidang Ketersediaan dan Kerawanan Pangan'),
        ]),
        ('SASARAN 2 : Meningkatnya kualitas konsumsi pangan', [
            ('K02', '7. Skor PPH konsumsi', 'skor', [('Target', N(89))],
             [('Realisasi', N(88.76))], 'Susenas (diolah)'),
            ('K10', '8. Konsumsi Energi Per Kapita', 'kkal/kap/hari',
             [('Target', T('2.100 - 2.150', 2100))], [('Realisasi', T('2.171', 2171))],
             'Susenas (diolah)'),
            ('K11', '9. Konsumsi Protein Per Kapita', 'gram/kap/hari',
             [('Target', T('>= 57', 57))], [('Realisasi', N(63.4))], 'Susenas (diolah)'),
            ('K15', '10. Prevalensi Ketidakcukupan Konsumsi Pangan', '%',
             [('Target', P(7.5, '0.0%'))], [('Realisasi', P(7.92))], BPS),
            ('K13', '11. Jumlah kelompok penerima manfaat Pekarangan Pangan Lestari',
             'kelompok', [('Target', N(90))], [('Realisasi', N(93))],
             'Bidang Konsumsi dan Keamanan Pangan'),
        ]),
        ('SASARAN 3 : Menurunnya kerawanan pangan', [
            ('K06', '12. Desa rawan pangan', 'desa', [('Target', N(90))],
             [('Realisasi', N(88))], 'FSVA 2024'),
            ('K07b', '13. Persentase desa rawan pangan yang mendapat intervensi', '%',
             [('Target', N(45))], [('Realisasi', T('47,5 %', 47.5))],
             'Bidang Ketersediaan dan Kerawanan Pangan'),
            ('K14', '14. Jumlah pelaksanaan gerakan pangan murah', 'kali', [('Target', N(48))],
             [('Realisasi', N(52))], 'Bidang Distribusi dan Cadangan Pangan'),
        ]),
        ('SASARAN 4 : Meningkatnya keamanan pangan segar', [
            ('K08', '15. Jumlah uji keamanan pangan segar (sampel)', 'sampel',
             [('Target', N(550))], [('Realisasi', N(561))], 'OKKPD'),
            ('K09', '16. Persentase sampel pangan segar yang memenuhi syarat (aman)', '%',
             [('Target', P(95, '0%'))], [('Realisasi', P(95.9))], 'OKKPD'),
            ('K16', '17. Jumlah pelaku usaha PSAT tersertifikasi & terdaftar', 'pelaku usaha',
             [('Target', N(70))], [('Realisasi', N(74))], 'OKKPD'),
        ]),
        ('SASARAN 5 : Stabilnya harga pangan pokok', [
            ('K17', '18. CV harga pangan pokok tingkat konsumen (%)', '%',
             [('Target', T('≤ 5', 5))], [('Realisasi', N(3.94))], 'Panel Harga Pangan'),
        ]),
        ('SASARAN 6 : Meningkatnya akuntabilitas kinerja', [
            ('K19', '19. Nilai AKIP Perangkat Daerah', 'predikat', [('Target', D('BB'))],
             [('Realisasi', D('A'))], 'LHE AKIP Inspektorat'),
        ]),
    ]
    r = 5
    for sas, blocks in groups:
        s.m(f'A{r}:E{r}', sas, bold=True)
        r += 2
        for sid, name, unit, tl, rl, src in blocks:
            top = r
            s.m(f'B{r}:E{r}', name, bold=True)
            r += 1
            lines = [('Satuan', unit)] + tl + rl
            tref = rref = None
            for lab, v in lines:
                s.w(f'B{r}', lab, wrap=False)
                s.w(f'C{r}', ':', h='center')
                s.w(f'D{r}', v, h='left')
                if lab.startswith('Target'):
                    tref = f'D{r}'
                if lab.startswith('Realisasi'):
                    rref = f'D{r}'
                r += 1
            s.w(f'B{r}', 'Capaian', wrap=False)
            s.w(f'C{r}', ':', h='center')
            if sid == 'K19':
                s.w(f'D{r}', '100 %', h='left')
            else:
                capaian(s, f'D{r}', tref, rref, neg=sid in NEG)
            s.w(f'E{r}', '%')
            r += 1
            s.w(f'B{r}', 'Sumber data', wrap=False)
            s.w(f'C{r}', ':', h='center')
            s.w(f'D{r}', src)
            s.box(f'B{top}:E{r}')
            s.key(2024, sid, f'B{top}', tref, rref)
            r += 2
    s.w(f'B{r}', 'Catatan: realisasi IKP, PPH dan konsumsi bersifat sementara (angka '
        'prognosa) sampai rilis resmi.', italic=True, wrap=False)
    signature(s, 'D', r + 2, 'Ambang Jaya, 15 Januari 2025', JAB, *KADIS2)


def main():
    renstra2021()
    pk2022()
    b = AG.book('RA_dan_Isian_IKU_DKP_2023_2024', 'xls')
    ra2023(b)
    isian2024(b)
    AG.save()


if __name__ == '__main__':
    main()
