"""UPTD Pengelolaan Objek Wisata Pemandian Air Panas, Kabupaten Gunung Halimun, 2021-2024 (prefix W)."""
import copy
from lib import *

Y = [2021, 2022, 2023, 2024]
SPEC = [
 ('W01', 'FLOW', 'orang', 185000, 15000, 0, ['Jumlah kunjungan wisatawan ke objek wisata pemandian air panas', 'Jumlah kunjungan wisatawan ke OW air panas',
                                             'Jumlah Kunjungan Wisatawan', 'Jumlah kunjungan wisatawan (total)']),
 ('W02', 'FLOW', 'orang', 900, 300, 0, ['Jumlah kunjungan wisatawan mancanegara', 'Jumlah kunjungan wisman', 'Jumlah Kunjungan Wisatawan Mancanegara', 'Kunjungan wisatawan mancanegara']),
 ('W03', 'FLOW', 'orang', 184000, 14700, 0, ['Jumlah kunjungan wisatawan nusantara', 'Jumlah kunjungan wisnus', 'Jumlah Kunjungan Wisatawan Nusantara', 'Kunjungan wisatawan nusantara']),
 ('W04', 'FLOW', 'Rp', 2300000000, 250000000, 0, ['Pendapatan retribusi tempat rekreasi dan olahraga', 'Pendapatan retribusi tempat rekreasi & olah raga',
                                                  'Realisasi PAD retribusi tempat rekreasi dan olahraga', 'Pendapatan Retribusi Tempat Rekreasi dan Olahraga (Rp)']),
 ('W05', 'FLOW', 'Rp', 180000000, 20000000, 0, ['Pendapatan sewa kios dan gazebo', 'Pendapatan sewa kios/gazebo', 'Pendapatan sewa kios, gazebo dan pondok', 'Penerimaan sewa kios & gazebo']),
 ('W06', 'LEVEL', '%', 55, 5, 1, ['Tingkat hunian pondok wisata', 'Tingkat hunian (okupansi) pondok wisata', 'Tingkat okupansi pondok wisata', 'Okupansi pondok wisata (%)']),
 ('W07', 'LEVEL', 'nilai', 76, 1.5, 2, ['Indeks Kepuasan Masyarakat (IKM)', 'Indeks kepuasan pengunjung', 'Nilai IKM pengunjung objek wisata', 'Indeks Kepuasan Pengunjung']),
 ('W08', 'LEVEL', '%', 75, 5, 1, ['Persentase kolam rendam dalam kondisi baik', 'Persentase fasilitas kolam rendam kondisi baik',
                                  'Persentase kolam rendam dlm kondisi baik', 'Persentase Kolam Rendam Dalam Kondisi Baik']),
 ('W09', 'FLOW', 'event', 6, 2, 0, ['Jumlah event wisata yang diselenggarakan', 'Jumlah event/atraksi wisata yang diselenggarakan',
                                    'Jumlah atraksi dan event wisata yg diselenggarakan', 'Jumlah event wisata diselenggarakan']),
 ('W10', 'LEVEL', 'hari', 1.2, 0.1, 2, ['Rata-rata lama tinggal wisatawan', 'Rata-rata lama tinggal wisatawan (hari)', 'Rata-rata lama menginap wisatawan', 'Rata-rata lama tinggal wisatawan']),
 ('W11', 'FLOW', 'kejadian', 5, -1, 0, ['Jumlah kejadian kecelakaan pengunjung', 'Jumlah kecelakaan pengunjung', 'Jumlah insiden kecelakaan pengunjung', 'Jumlah kejadian kecelakaan pengunjung ']),
 ('W12', 'LEVEL', '%', 80, 5, 1, ['Persentase sampel air kolam yang memenuhi baku mutu', 'Persentase sampel air kolam memenuhi baku mutu',
                                  'Persentase kualitas air kolam sesuai baku mutu', 'Persentase sampel air kolam yg memenuhi baku mutu']),
 ('W13', 'FLOW', 'sampel', 24, 0, 0, ['Jumlah sampel air kolam yang diuji', 'Jumlah sampel air kolam yg diuji', 'Jumlah uji kualitas air kolam', 'Jumlah sampel air kolam diuji']),
 ('W14', 'FLOW', 'paket', 350, 50, 0, ['Jumlah paket wisata terjual', 'Jumlah paket wisata yang terjual', 'Jumlah Paket Wisata Terjual', 'Paket wisata terjual']),
 ('W15', 'LEVEL', '%', 60, 10, 1, ['Persentase pedagang kaki lima yang tertata', 'Persentase PKL yang tertata', 'Persentase PKL di kawasan objek wisata yang tertata', 'Persentase PKL tertata']),
 ('W16', 'FLOW', 'pedagang', 40, 10, 0, ['Jumlah pedagang kaki lima yang ditata', 'Jumlah PKL yang ditata', 'Jumlah PKL di kawasan objek wisata yang ditata', 'Jumlah PKL ditata']),
 ('W17', 'FLOW', 'tiket', 20000, 15000, 0, [None, 'Jumlah tiket terjual secara daring', 'Jumlah tiket terjual melalui e-ticketing', 'Jumlah tiket daring (e-ticket) terjual']),
 ('W18', 'FLOW', 'konten', 48, 12, 0, ['Jumlah promosi objek wisata melalui media sosial', 'Jumlah promosi OW melalui medsos', None, None]),
 ('W18b', 'FLOW', 'konten', 90, 20, 0, [None, None, 'Jumlah konten promosi digital yang dipublikasikan', 'Jumlah konten promosi digital dipublikasikan']),
 ('W19', 'LEVEL', 'orang', 14, 2, 0, ['Jumlah pemandu wisata dan petugas penyelamat bersertifikat', 'Jumlah pemandu & lifeguard bersertifikat', None, None]),
 ('W19p', 'LEVEL', 'orang', 10, 2, 0, [None, None, 'Jumlah pemandu wisata bersertifikat', 'Jumlah pemandu wisata yang bersertifikat']),
 ('W19l', 'LEVEL', 'orang', 8, 2, 0, [None, None, 'Jumlah petugas penyelamat (lifeguard) bersertifikat', 'Jumlah lifeguard bersertifikat']),
 ('W20', 'FLOW', 'orang', 9000, 2000, 0, ['Jumlah kunjungan rombongan pelajar', 'Jumlah kunjungan rombongan pelajar/ study tour', None, None]),
 ('W21', 'LEVEL', 'm2', 4500, 500, 0, [None, None, 'Luas area parkir yang tertata', 'Luas area parkir tertata (m2)']),
]
D = build(SPEC, Y, 86003)
rng = random.Random(860031)
ag = Agency('uptd_air_panas_wisata_kab_gunung_halimun', Y, [['W18', 'W18b']])
HEAD = 'UPTD PENGELOLAAN OBJEK WISATA PEMANDIAN AIR PANAS'
DIN = 'DINAS PARIWISATA KABUPATEN GUNUNG HALIMUN'

# ---- 2021 PK, table pasted twice, .ods ----
bk = ag.book('PK_UPTD_Air_Panas_2021.ods')
ws = bk.sheet('Pengukuran Kinerja')
r21 = D[2021]
for x in r21:
    x['sas'] = 'Meningkatnya kunjungan dan pendapatan objek wisata' if x['id'] in ('W01', 'W02', 'W03', 'W04', 'W05', 'W06', 'W09', 'W10', 'W14', 'W18', 'W20') else 'Meningkatnya kualitas pelayanan dan keselamatan pengunjung'
r21.sort(key=lambda x: x['sas'], reverse=True)
find(r21, 'W08')['r'] = FR(find(r21, 'W08')['rn'])    # MISTAKE: fraction in a plain cell
find(r21, 'W04')['t'] = RP(find(r21, 'W04')['tn']); find(r21, 'W04')['r'] = RP(find(r21, 'W04')['rn'])
find(r21, 'W07')['t'] = RG(76, 80); find(r21, 'W07')['r'] = T(find(r21, 'W07')['rn'])
find(r21, 'W11')['t'] = V(5, '\u2264 5')
find(r21, 'W06')['t'] = T(find(r21, 'W06')['tn'], ' %'); find(r21, 'W06')['r'] = T(find(r21, 'W06')['rn'], '%')
find(r21, 'W19')['name'] = 'Jumlah pemandu wisata dan petugas penyelamat'; find(r21, 'W19')['wrap'] = 'bersertifikat'
r = lay_pk(bk, ws, 2021, r21, ['PENGUKURAN KINERJA TAHUN 2021', HEAD, DIN])
sign(ws, r + 1, 'E', 'Cibeureum', '14 Januari 2022', 'Kepala UPTD,', 'Asep Sunandar, S.Sos., M.M.', '19780905 200604 1 011')
lay_pk(NoKey(), ws, 2021, copy.deepcopy(r21), ['PENGUKURAN KINERJA TAHUN 2021 (salinan)', HEAD], start=r + 12)

# ---- 2022 Rencana Aksi, cumulative s.d. TW columns, .xlsx ----
bk = ag.book('Renaksi_Kumulatif_2022.xlsx')
ws = bk.sheet('Renaksi 2022')
r22 = D[2022]
for x in r22:
    if x['kind'] == 'FLOW':
        c, out = 0, []
        for v in x['q']: c += v.key; out.append(N(c))
        x['q'] = out
    if x['sat'] == '%':
        x['t'] = P(x['tn']); x['q'] = [P(v.key) for v in x['q']]
find(r22, 'W09')['q'][3] = N(find(r22, 'W09')['q'][3].key * 10)     # MISTAKE: s.d. TW IV typed 10x
find(r22, 'W12')['q'][3] = DASH; find(r22, 'W12')['ket'] = 'hasil uji TW IV belum keluar'
find(r22, 'W17')['q'][0] = BLANK
find(r22, 'W04')['t'] = RP(find(r22, 'W04')['tn'])
r = lay_ra(bk, ws, 2022, r22, ['RENCANA AKSI DAN REALISASI KUMULATIF', HEAD, 'TAHUN 2022'], sd=True)
sign(ws, r + 2, 'F', 'Cibeureum', '9 Januari 2023', 'Kepala UPTD,', 'Asep Sunandar, S.Sos., M.M.', '19780905 200604 1 011')

# ---- 2023 LKjIP + 2024 (monthly recap + E.81) in one .xls ----
bk = ag.book('LKjIP_2023_dan_Evaluasi_2024_Air_Panas.xls')
ws = bk.sheet('Tabel 3.2 Th 2023')
r23 = D[2023]
for x in r23:
    x['p2'], x['p1'] = N(round(x['tn'] * 0.85, 2)), N(round(x['tn'] * 0.93, 2))
    x['ren'] = T(round(x['tn'] * 1.1, 1))
find(r23, 'W10')['t'] = N(1400)          # MISTAKE: target typed 1000x (1,4 hari)
find(r23, 'W04')['t'] = RP(find(r23, 'W04')['tn']); find(r23, 'W04')['r'] = ST(find(r23, 'W04')['rn'])
find(r23, 'W07')['r'] = GR('BB')
find(r23, 'W21')['t'] = T(find(r23, 'W21')['tn'], ' m2')
lay_lkjip(bk, ws, 2023, r23, ['Tabel 3.2', 'Perbandingan Realisasi Kinerja s.d. Tahun 2023 dengan Target Akhir Renstra 2021-2026'], 2026)

r24 = D[2024]
MON = ('W01', 'W02', 'W03', 'W04', 'W05', 'W06', 'W14', 'W17')
ws = bk.sheet('Rekap Bulanan 2024')
mrows = [x for x in r24 if x['id'] in MON]
for x in mrows:
    x['q'] = split(x['kind'], x['rn'], 12, rng, x['kind'] == 'FLOW')
find(mrows, 'W06')['q'][11] = DASH
find(mrows, 'W05')['q'][6] = BLANK
r = lay_monthly(bk, ws, 2024, mrows, ['REKAPITULASI BULANAN KUNJUNGAN DAN PENDAPATAN', HEAD, 'TAHUN 2024'])
put(ws, f'B{r+1}', 'Ket: data Desember okupansi belum masuk')
ws = bk.sheet('E81 2024')
erows = [x for x in r24 if x['id'] not in MON]
for x in erows:
    x['ren'] = N(round(x['tn'] * 1.05, 2)); x['p1'] = N(round(x['tn'] * 0.95, 2))
g = lambda *ids: [find(erows, i) for i in ids]
q = find(erows, 'W12')['q']
wrong = {'W12': ('=SUM(L{r},N{r},P{r},R{r})', round(sum(v.key for v in q), 6))}   # MISTAKE: LEVEL summed over quarters
items = [
 ('prog', '3.26.02', 'PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA', None, g('W07', 'W10')),
 ('keg', '3.26.02.1.01', 'Pengelolaan Daya Tarik Wisata Kabupaten/Kota', 2150000000, g('W08', 'W12', 'W13')),
 ('sub', '3.26.02.1.01.01', 'Pembangunan dan Pemeliharaan Fasilitas Daya Tarik Wisata', 1450000000, g('W21', 'W11')),
 ('sub', '3.26.02.1.01.03', 'Penataan Kawasan dan Pedagang di Daya Tarik Wisata', 210000000, g('W15', 'W16')),
 ('prog', '3.26.03', 'PROGRAM PEMASARAN PARIWISATA', None, None),
 ('keg', '3.26.03.1.01', 'Pemasaran Pariwisata Dalam dan Luar Negeri', 340000000, g('W09', 'W18b')),
 ('sub', '3.26.03.1.01.02', 'Peningkatan Kapasitas SDM Pariwisata', 95000000, g('W19p', 'W19l')),
]
lay_e81(bk, ws, 2024, items, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KABUPATEN GUNUNG HALIMUN', HEAD,
                               'PERIODE PELAKSANAAN: TAHUN 2024'], 2026, wrong)
ws = bk.sheet('Draf Lama', hidden=True)
put(ws, 'A1', 'Draf tabel 2023 (jangan dipakai)')
for i, x in enumerate(r23[:5]):
    put(ws, f'A{i+2}', x['name']); put(ws, f'B{i+2}', x['tn'] * 0.5)
ag.finish()
