"""UPTD Pusat Informasi Pariwisata, Dinas Pariwisata Kota Pantai Lestari, 2019-2022 (prefix P)"""
from lib import *

Y = [2019, 2020, 2021, 2022]
ag = Agency('uptd_pip_pariwisata_kota_pantai_lestari', Y, 8019, [['P06', 'P06b']])
rng = ag.rng
IND = {
 'P01': ('orang', 'FLOW', dict(base=18000, step=1500), {2019: 'Jumlah kunjungan wisatawan ke Pusat Informasi Pariwisata', 2020: 'Jumlah Kunjungan ke TIC', 2021: 'Jumlah kunjungan wisatawan ke TIC (Tourism Information Centre)', 2022: 'Jumlah kunjungan wisatawan ke PIP'}),
 'P02': ('orang', 'FLOW', dict(base=2500, step=200), {2019: 'Jumlah wisatawan mancanegara yang dilayani', 2020: 'Jml wisman yang dilayani', 2021: 'Jumlah wisatawan mancanegara (wisman) yang dilayani'}),
 'P03': ('orang', 'FLOW', dict(base=15000, step=1000), {2019: 'Jumlah wisatawan nusantara yang dilayani', 2020: 'Jml wisnus yang dilayani', 2021: 'Jumlah wisatawan nusantara (wisnus) yang dilayani'}),
 'P20': ('orang', 'FLOW', dict(base=21000, step=0), {2022: 'Jumlah wisatawan nusantara dan mancanegara yang dilayani'}),
 'P04': ('%', 'LEVEL', dict(base=82, step=1.5, dec=1, pct=1), {2019: 'Persentase wisatawan yang puas terhadap layanan informasi', 2020: 'Persentase wisatawan yg puas thd layanan informasi', 2021: 'Prosentase kepuasan wisatawan terhadap layanan informasi', 2022: 'Persentase wisatawan yang puas terhadap layanan informasi pariwisata'}),
 'P05': ('eksemplar', 'FLOW', dict(base=20000, step=1000), {2019: 'Jumlah brosur dan leaflet yang didistribusikan', 2020: 'Jumlah brosur/leaflet yang disalurkan', 2021: 'Jumlah bahan promosi cetak (brosur, leaflet) yang didistribusikan', 2022: 'Jumlah brosur & leaflet yang disebarluaskan'}),
 'P06': ('kunjungan', 'FLOW', dict(base=40000, step=6000), {2019: 'Jumlah pengunjung website pariwisata', 2020: 'Jumlah Pengunjung Website Pariwisata Kota'}),
 'P06b': ('kunjungan', 'FLOW', dict(base=65000, step=9000), {2021: 'Jumlah pengunjung kanal informasi digital (website & aplikasi)', 2022: 'Jumlah pengunjung kanal informasi digital\n(website dan aplikasi)'}),
 'P07': ('akun', 'LEVEL', dict(base=12000, step=3000), {2019: 'Jumlah pengikut (followers) media sosial', 2020: 'Jumlah followers medsos', 2021: 'Jumlah pengikut media sosial resmi', 2022: 'Jumlah pengikut akun media sosial'}),
 'P08': ('akun', 'FLOW', dict(base=3000, step=300), {2019: 'Jumlah pengikut baru media sosial', 2020: 'Jumlah followers baru medsos', 2021: 'Penambahan pengikut media sosial', 2022: 'Jumlah pengikut baru akun media sosial'}),
 'P09': ('paket', 'FLOW', dict(base=20, step=2), {2019: 'Jumlah paket informasi wisata yang diperbarui', 2020: 'Jumlah paket informasi wisata yang di-update', 2021: 'Jumlah paket informasi destinasi yang diperbaharui', 2022: 'Jumlah Paket Informasi Wisata Yang Diperbarui'}),
 'P10': ('event', 'FLOW', dict(base=15, step=1), {2019: 'Jumlah event pariwisata yang dipromosikan', 2020: 'Jumlah event wisata yg dipromosikan', 2021: 'Jumlah event pariwisata yang dipromosikan ', 2022: 'Jumlah event pariwisata yang dipromosikan melalui TIC'}),
 'P11': ('%', 'LEVEL', dict(base=60, step=8, dec=1, pct=1), {2019: 'Persentase pemandu informasi yang bersertifikat', 2020: 'Persentase petugas informasi bersertifikat', 2021: 'Persentase pemandu informasi bersertifikat kompetensi', 2022: 'Persentase pemandu informasi tersertifikasi'}),
 'P12': ('orang', 'LEVEL', dict(base=9, step=2), {2019: 'Jumlah pemandu informasi yang bersertifikat', 2020: 'Jumlah petugas informasi bersertifikat', 2021: 'Jumlah pemandu informasi bersertifikat kompetensi', 2022: 'Jumlah pemandu informasi tersertifikasi'}),
 'P13': ('menit', 'LEVEL', dict(base=15, step=-1, dec=1), {2019: 'Rata-rata waktu layanan informasi per pengunjung', 2020: 'Rata-rata waktu pelayanan informasi (menit)', 2021: 'Rata-rata lama layanan informasi', 2022: 'Rata2 waktu layanan informasi per pengunjung'}),
 'P14': ('nilai', 'LEVEL', dict(base=80, step=1, dec=2), {2019: 'Nilai Indeks Kepuasan Masyarakat (IKM)', 2020: 'Nilai IKM', 2021: 'Indeks Kepuasan Masyarakat (IKM) layanan TIC', 2022: 'Nilai Survei Kepuasan Masyarakat (SKM)'}),
 'P15': ('unit', 'LEVEL', dict(base=2, step=2), {2021: 'Jumlah kios informasi digital (anjungan) yang beroperasi', 2022: 'Jumlah kios informasi digital yang beroperasi'}),
 'P16': ('MoU', 'FLOW', dict(base=6, step=1), {2019: 'Jumlah kerja sama promosi dengan pelaku usaha pariwisata', 2020: 'Jumlah kerjasama promosi dg pelaku usaha', 2021: 'Jumlah perjanjian kerja sama promosi', 2022: 'Jumlah kerja sama promosi dengan industri pariwisata'}),
 'P17': ('%', 'LEVEL', dict(base=92, step=2, dec=1, pct=1), {2019: 'Persentase pengaduan wisatawan yang ditindaklanjuti', 2020: 'Persentase pengaduan wisatawan yang ditindak lanjuti', 2021: 'Persentase pengaduan wisatawan yang ditindaklanjuti ', 2022: 'Persentase Pengaduan Wisatawan Yang Ditindaklanjuti'}),
 'P18': ('Rp', 'FLOW', dict(base=45e6, step=5e6, rp=1), {2019: 'Pendapatan sewa booth promosi', 2020: 'Pendapatan sewa stand/booth promosi (Rp)'}),
 'P19': ('usaha', 'LEVEL', dict(base=150, step=20), {2019: 'Jumlah pelaku usaha pariwisata yang terdaftar dalam direktori', 2020: 'Jumlah pelaku usaha terdaftar di direktori', 2021: 'Jumlah usaha pariwisata dalam direktori informasi', 2022: 'Jumlah pelaku usaha pariwisata terdaftar dalam direktori'}),
 'P21': ('orang', 'FLOW', dict(base=900, step=150), {2020: 'Jumlah wisatawan yang menggunakan layanan pemanduan', 2021: 'Jumlah wisatawan pengguna layanan pemanduan', 2022: 'Jumlah wisatawan yang dipandu'}),
}
VAL = {}
for k, (u, kind, spec, names) in IND.items():
    for i, y in enumerate(Y):
        VAL[k, y] = vals(rng, spec, i)
ids = lambda y: [k for k in IND if y in IND[k][3]]

# ---------------- 2019 Renstra matrix (.xls) ----------------
b1 = Book(ag, 'Matriks_Renstra_PIP_2019-2023.xls')
s = b1.sheet('Renstra 2019-2023')
y = 2019
title_block(s, ['MATRIKS RENCANA STRATEGIS 2019 - 2023', 'UPTD PUSAT INFORMASI PARIWISATA', 'DINAS PARIWISATA KOTA PANTAI LESTARI',
                'disertai realisasi tahun pertama (2019)'], merge_to='M')
for a, v in [('A6', 'No'), ('B6', 'Tujuan / Sasaran'), ('C6', 'Indikator Kinerja'), ('D6', 'Satuan'), ('E6', 'Kondisi Awal (2018)'),
             ('F6', 'Target Kinerja Tahun ke-'), ('K6', 'Kondisi Akhir Renstra'), ('L6', 'Realisasi 2019'), ('M6', 'Capaian 2019 (%)'),
             ('F7', '2019'), ('G7', '2020'), ('H7', '2021'), ('I7', '2022'), ('J7', '2023')]:
    s.w(a, v, bold=True, wrap=True)
for m in ['A6:A7', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:E7', 'F6:J6', 'K6:K7', 'L6:L7', 'M6:M7']:
    s.merge(m)
r = 8
bands = [('Sasaran : Meningkatnya kualitas layanan informasi pariwisata', ['P01', 'P02', 'P03', 'P04', 'P13', 'P14', 'P17']),
         ('Sasaran : Meningkatnya jangkauan promosi dan informasi pariwisata', ['P05', 'P06', 'P07', 'P08', 'P09', 'P10', 'P16', 'P19']),
         ('Sasaran : Meningkatnya kapasitas SDM dan pendapatan layanan', ['P11', 'P12', 'P18'])]
no = 0
for band, ks in bands:
    s.w(f'B{r}', band, bold=True); s.merge(f'B{r}:M{r}'); r += 1
    for k in ks:
        no += 1
        u, kind, spec = IND[k][0], IND[k][1], IND[k][2]
        t, re_ = VAL[k, y]
        s.w(f'A{r}', no); s.w(f'C{r}', IND[k][3][y], wrap=True); s.w(f'D{r}', u)
        s.w(f'E{r}', round(t * 0.93, 1) if isinstance(t, float) else int(t * 0.93))
        fut = [t + spec['step'] * j for j in range(5)]
        for j, c in enumerate('FGHIJ'):
            s.w(f'{c}{r}', round(fut[j], 2) if isinstance(t, float) else int(fut[j]))
        tv = N(t)
        rv = N(re_)
        if k == 'P04':
            tv = T(f'{idn(t)} - {idn(t + 3)}', t)
        if k == 'P13':
            tv = T(f'≤ {idn(t)}', t)
        if k == 'P14':
            tv = G('B'); rv = T(f'{idn(re_)} (B)', re_)
        if k == 'P18':
            tv = T(f'Rp {idn(t)}', t); rv = T(f'Rp {idn(re_)},-', re_)
        if k == 'P07':
            rv = T(f'{idn(re_)} akun', re_)
        s.w(f'F{r}', tv)
        s.w(f'K{r}', f'=J{r}')
        s.w(f'L{r}', rv)
        s.w(f'M{r}', f'=IFERROR(L{r}/F{r}*100,"-")', fmt='0.00')
        s.key(y, k, f'C{r}', ('cell', [f'F{r}']), ('cell', [f'L{r}']))
        r += 1
        if k == 'P06':
            s.w(f'C{r}', 'Jumlah pengunjung website (angka lama)'); s.w(f'F{r}', 35000); s.w(f'L{r}', 30111); s.hide_row(r); r += 1
s.w(f'B{r+1}', 'Catatan: target IKM 2019 ditetapkan dalam bentuk mutu pelayanan (B); realisasi berupa nilai.')
signature(s, r + 3, 'K', 'Pantai Lestari, 20 Januari 2020', 'Kepala UPTD Pusat Informasi Pariwisata', 'Yohana Marpaung, S.ST.Par', 'NIP 19810622 200604 2 011')
s.width('C', 50)

# ---------------- 2020 monthly recap (.xlsx) ----------------
b2 = Book(ag, 'Rekap_Bulanan_TIC_2020.xlsx')
y = 2020
s = b2.sheet('Rekap 2020')
title_block(s, ['REKAPITULASI BULANAN CAPAIAN INDIKATOR KINERJA', 'UPTD PUSAT INFORMASI PARIWISATA KOTA PANTAI LESTARI', 'TAHUN ANGGARAN 2020'])
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des']
MC = [get_column_letter(5 + i) for i in range(12)]   # E..P
for a, v in [('A5', 'No'), ('B5', 'Indikator'), ('C5', 'Satuan'), ('D5', 'Target 2020'), ('E5', 'Realisasi Bulan'), ('Q5', 'Realisasi 2020'), ('R5', 'Capaian (%)')]:
    s.w(a, v, bold=True)
for m in ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:P5', 'Q5:Q6', 'R5:R6']:
    s.merge(m)
for c, mname in zip(MC, MON):
    s.w(f'{c}6', mname, bold=True)
r = 7
for n, k in enumerate(ids(y), 1):
    u, kind = IND[k][0], IND[k][1]
    t, re_ = VAL[k, y]
    s.w(f'A{r}', n); s.w(f'B{r}', IND[k][3][y]); s.w(f'C{r}', u)
    integer = isinstance(re_, int)
    if kind == 'FLOW':
        q = split4(re_, rng, integer)
        mon = []
        for qq in q:
            a = split4(qq, rng, integer)[:3]
            a = [a[0], a[1], round(qq - a[0] - a[1], 2) if not integer else qq - a[0] - a[1]]
            mon += a
        if k == 'P01':          # pandemic months reported as "-"
            mon[3] = mon[3] + mon[4]; mon[4] = None
    else:
        mon = [round(re_ * (0.9 + 0.1 * i / 11), 1) if not integer else int(re_ * (0.9 + 0.1 * i / 11)) for i in range(11)] + [re_]
    for c, v in zip(MC, mon):
        if v is None:
            s.w(f'{c}{r}', DASH)
        elif u == '%':
            s.w(f'{c}{r}', P(v / 100))
        else:
            s.w(f'{c}{r}', N(v, '#,##0' if u == 'Rp' else None))
    tv = P(t / 100) if u == '%' else N(t)
    if k == 'P13':
        tv = N(t * 1000)                     # MISTAKE: target typed 1000x
    s.w(f'D{r}', tv)
    reps = [v for v in mon if v is not None]
    if k == 'P01':                           # MISTAKE: wrong formula, December left out
        rv = F(f'=SUM(E{r}:O{r})', sum(v for v in mon[:11] if v is not None))
    elif k == 'P05':                         # MISTAKE: computed column typed over
        rv = N(re_ + 1250)
    elif kind == 'FLOW':
        rv = F(f'=SUM(E{r}:P{r})', round(sum(reps), 9), '#,##0' if u == 'Rp' else None)
    else:
        rv = F(f'=P{r}', re_ if u != '%' else round(re_, 9), '0.0%' if u == '%' else None)
        if u == '%':
            rv = V(f'=P{r}', round(re_ / 100 * 100, 9), '0.0%')
    s.w(f'Q{r}', rv)
    s.w(f'R{r}', f'=IFERROR(Q{r}/D{r}*100,"-")', fmt='0.00')
    s.key(y, k, f'B{r}', ('cell', [f'D{r}']), ('cell', [f'Q{r}']))
    r += 1
s.w(f'B{r}', 'Jumlah wisatawan dilayani (wisman + wisnus)', bold=True)
s.w(f'Q{r}', f'=SUM(Q8:Q9)')
s.w(f'B{r+2}', 'Ket: April-Mei layanan TIC ditutup sementara (PPKM); data Mei digabung ke April.')
signature(s, r + 4, 'N', 'Pantai Lestari, 8 Januari 2021', 'Kepala UPTD PIP', 'Yohana Marpaung, S.ST.Par', 'NIP 19810622 200604 2 011')
s.width('B', 48)
h = b2.sheet('Rekap 2019 (lama)', hidden=True)
for i, k in enumerate(ids(2019)):
    h.w(f'A{i+1}', IND[k][3][2019]); h.w(f'B{i+1}', VAL[k, 2019][1] + 7)
c = b2.sheet('Catatan')
c.w('A1', 'Sumber data: buku tamu TIC, Google Analytics website, laporan media sosial.')
c.w('A2', 'Target 2020 mengikuti Renstra (belum direvisi untuk refocusing).')

# ---------------- 2021 RA cumulative + 2022 PK on two sheets (.ods) ----------------
b3 = Book(ag, 'RA_2021_dan_PK_2022_PIP.ods')
y = 2021
s = b3.sheet('RA 2021')
title_block(s, ['MONITORING RENCANA AKSI TAHUN 2021', 'UPTD Pusat Informasi Pariwisata - Dinas Pariwisata Kota Pantai Lestari'])
for a, v in [('A4', 'No'), ('B4', 'Indikator Kinerja'), ('C4', 'Satuan'), ('D4', 'Target 2021'), ('E4', 'Realisasi Kumulatif'),
             ('I4', 'Capaian (%)'), ('J4', 'Ket'), ('E5', 'TW I'), ('F5', 's.d. TW II'), ('G5', 's.d. TW III'), ('H5', 's.d. TW IV')]:
    s.w(a, v, bold=True)
for m in ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:H4', 'I4:I5', 'J4:J5']:
    s.merge(m)
for i, c in enumerate('ABCDEFGHIJ'):
    s.w(f'{c}6', i + 1)
r = 7
for n, k in enumerate(ids(y), 1):
    u, kind = IND[k][0], IND[k][1]
    t, re_ = VAL[k, y]
    integer = isinstance(re_, int)
    if kind == 'FLOW':
        q = split4(re_, rng, integer)
        cum = [sum(q[:j + 1]) for j in range(4)]
    else:
        cum = level4(re_, rng, integer)
    vs = [N(x) for x in cum]
    if u == '%':
        vs = [T(f'{idn(x)}%', x) for x in cum]
    if k == 'P14':
        vs = [DASH, N(cum[1]), DASH, N(cum[3])]
    if k == 'P15':
        vs = [N(cum[0]), N(cum[1]), N(cum[2]), DASH]
    if k == 'P04':
        vs[3] = V(round(cum[3] / 100, 3), round(cum[3] / 100, 3))     # MISTAKE: fraction in plain cell
    if k == 'P10':
        vs[3] = N(cum[3] * 10)                                        # MISTAKE: quarter typed 10x
    if k == 'P21':
        vs[3] = V(None, None)                                         # blank = not reported
    s.w(f'A{r}', n); s.w(f'B{r}', IND[k][3][y], wrap=True); s.w(f'C{r}', u)
    s.w(f'D{r}', T(f'{idn(t)}%', t) if u == '%' else N(t))
    for c, v in zip('EFGH', vs):
        s.w(f'{c}{r}', v)
    s.w(f'I{r}', f'=IFERROR(LOOKUP(2,1/ISNUMBER(E{r}:H{r}),E{r}:H{r})/D{r}*100,"")', fmt='0.00')
    s.key(y, k, f'B{r}', ('cell', [f'D{r}']), ('last', [f'E{r}', f'F{r}', f'G{r}', f'H{r}']))
    r += 1
    if k == 'P16':
        s.w(f'B{r}', 'dengan pelaku usaha'); r += 1
s.w(f'B{r+1}', 'Realisasi TW IV kios digital belum masuk (menunggu BAST).')
s.width('B', 52)

y = 2022
IKU = ['P01', 'P20', 'P04', 'P14', 'P17', 'P19']
IKK = [k for k in ids(y) if k not in IKU]
for title, lst in (('PK 2022 (IKU)', IKU), ('PK 2022 (IKK)', IKK)):
    s = b3.sheet(title)
    title_block(s, ['PENGUKURAN KINERJA TAHUN 2022', 'UPTD PUSAT INFORMASI PARIWISATA',
                    'Indikator Kinerja Utama' if 'IKU' in title else 'Indikator Kinerja Kegiatan / Sub Kegiatan'])
    copies = 2 if 'IKK' in title else 1
    r = 5
    for cp in range(copies):
        for i, h in enumerate(['No', 'Indikator Kinerja', 'Target', 'Satuan', 'Realisasi', 'Capaian', 'Keterangan']):
            s.w(f'{chr(65+i)}{r}', h, bold=True)
        r += 1
        for n, k in enumerate(lst, 1):
            u = IND[k][0]
            t, re_ = VAL[k, y]
            s.w(f'A{r}', f'{n}.'); s.w(f'B{r}', IND[k][3][y], wrap=True); s.w(f'D{r}', u)
            if u == '%':
                tv, rv = T(f'{idn(t)}%', t), T(f'{idn(re_)} %', re_)
            elif k == 'P13':
                tv, rv = T(f'{idn(t)} menit', t), T(f'{idn(re_)} menit', re_)
            elif k == 'P14':
                tv, rv = T(f'{idn(t)} (Baik)', t), N(re_)
            else:
                tv, rv = N(t), N(re_)
            s.w(f'C{r}', tv); s.w(f'E{r}', rv)
            s.w(f'F{r}', f'=IFERROR(N(E{r})/N(C{r}),"")', fmt='0.0%')
            if cp == 0:
                s.key(y, k, f'B{r}', ('cell', [f'C{r}']), ('cell', [f'E{r}']))
            r += 1
        r += 3
        if cp == 0 and copies == 2:
            s.w(f'A{r-2}', '(tabel di bawah ini salinan untuk lampiran)')
    signature(s, r, 'E', 'Pantai Lestari, 16 Januari 2023', 'Kepala UPTD PIP', 'Bonifasius Lumban Gaol, S.E.', 'NIP 19790317 200501 1 009')
    s.width('B', 52)

ag.finish()
print(ag.name, len(ag.rows))
