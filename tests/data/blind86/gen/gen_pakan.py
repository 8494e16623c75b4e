"""UPTD Laboratorium Pengujian Mutu Pakan dan Obat Hewan, Provinsi Bumi Lestari, 2019-2022 (prefix F)."""
from lib import *

Y = [2019, 2020, 2021, 2022]
SPEC = [
 ('F01', 'LEVEL', '%', 80, 3, 1, ['Persentase sampel pakan yang diuji sesuai SNI', 'Persentase sampel pakan yg diuji sesuai SNI',
                                  'Persentase Sampel Pakan Yang Diuji Sesuai Standar Nasional Indonesia', 'Persentase sampel pakan diuji sesuai SNI (%)']),
 ('F02', 'FLOW', 'sampel', 1200, 100, 0, ['Jumlah sampel pakan yang diuji', 'Jumlah sampel pakan ternak yang diuji',
                                          'Jumlah Sampel Pakan Yang Diuji', 'Jml sampel pakan yg diuji']),
 ('F03', 'FLOW', 'sampel', 420, 40, 0, ['Jumlah sampel obat hewan yang diuji', 'Jumlah sampel obat hewan yg diuji',
                                        'Jumlah Sampel Obat Hewan Yang Diuji', 'Jml sampel obat hewan yg diuji']),
 ('F04', 'LEVEL', '%', 85, 2, 1, ['Persentase sampel pakan yang memenuhi standar mutu', 'Prosentase sampel pakan yang memenuhi standar mutu',
                                  'Persentase sampel pakan memenuhi standar mutu', 'Persentase sampel pakan yg memenuhi standar mutu ']),
 ('F05', 'LEVEL', '%', 88, 2, 1, ['Persentase sampel obat hewan yang memenuhi standar mutu', 'Prosentase sampel obat hewan yang memenuhi standar mutu',
                                  'Persentase sampel obat hewan memenuhi standar mutu', 'Persentase sampel obat hewan yg memenuhi standar mutu']),
 ('F06', 'FLOW', 'metode', 6, 2, 0, ['Jumlah metode uji yang diverifikasi', 'Jumlah metode uji yang diverifikasi/divalidasi',
                                     'Jumlah metode pengujian yang diverifikasi', 'Jumlah Metode Uji Terverifikasi']),
 ('F07', 'LEVEL', 'parameter', 24, 4, 0, ['Jumlah ruang lingkup parameter uji terakreditasi ISO/IEC 17025', 'Jumlah parameter uji terakreditasi (ISO/IEC 17025:2017)',
                                          'Jumlah ruang lingkup akreditasi laboratorium', 'Jumlah parameter uji yang terakreditasi KAN']),
 ('F08', 'FLOW', 'Rp', 420000000, 30000000, 0, ['Pendapatan retribusi pengujian laboratorium', 'Pendapatan retribusi pelayanan laboratorium pengujian',
                                                'Penerimaan retribusi pengujian mutu pakan & obat hewan', 'Pendapatan retribusi pengujian (Rp)']),
 ('F09', 'LEVEL', 'nilai', 78, 1.5, 2, ['Indeks kepuasan pelanggan laboratorium', 'Indeks Kepuasan Masyarakat (IKM) layanan laboratorium',
                                        'Nilai IKM layanan pengujian', 'IKM Layanan Laboratorium Pengujian']),
 ('F10', 'FLOW', 'pelanggan', 310, 20, 0, ['Jumlah pelanggan laboratorium', 'Jumlah pelanggan yang dilayani laboratorium',
                                           'Jumlah pelanggan jasa pengujian', 'Jumlah seluruh pelanggan laboratorium']),
 ('F11', 'FLOW', 'pelanggan', 45, 5, 0, ['Jumlah pelanggan baru laboratorium', 'Jumlah pelanggan baru yang dilayani laboratorium',
                                         'Jumlah pelanggan baru jasa pengujian', 'Jumlah pelanggan baru']),
 ('F12', 'LEVEL', 'hari kerja', 10, -1, 0, ['Rata-rata waktu penyelesaian pengujian', 'Rata-rata waktu penyelesaian pengujian (hari kerja)',
                                            'Rerata lama pengujian sampel', 'Rata-rata waktu penyelesaian uji sampel']),
 ('F13p', 'FLOW', 'unit', 35, 3, 0, ['Jumlah pabrik pakan yang diawasi', 'Jumlah pabrik pakan yg diawasi', None, None]),
 ('F13t', 'FLOW', 'unit', 140, 10, 0, ['Jumlah depo/toko obat hewan yang diawasi', 'Jumlah depo & toko obat hewan yg diawasi', None, None]),
 ('F13m', 'FLOW', 'unit', 160, 10, 0, [None, None, 'Jumlah unit usaha pakan dan obat hewan yang diawasi', 'Jumlah unit usaha pakan & obat hewan yang diawasi']),
 ('F14', 'FLOW', 'orang', 8, 2, 0, ['Jumlah analis yang mengikuti uji profisiensi', 'Jumlah analis laboratorium yang mengikuti uji profisiensi',
                                    'Jumlah analis yg mengikuti uji banding/profisiensi', 'Jumlah analis mengikuti uji profisiensi']),
 ('F15', 'LEVEL', '%', 70, 8, 1, ['Persentase alat laboratorium yang terkalibrasi', 'Persentase peralatan laboratorium yang terkalibrasi',
                                  'Persentase alat lab terkalibrasi', 'Persentase Alat Laboratorium Yang Terkalibrasi']),
 ('F16', 'FLOW', 'sampel', 150, 30, 0, [None, 'Jumlah sampel pakan yang diuji residu antibiotik', 'Jumlah sampel uji residu antibiotik pada pakan',
                                        'Jumlah sampel pakan yg diuji residu antibiotika']),
 ('F17', 'FLOW', 'sampel', 200, 25, 0, ['Jumlah sampel pakan yang diuji kandungan aflatoksin', 'Jumlah sampel uji aflatoksin',
                                        'Jumlah sampel pakan yg diuji aflatoksin', 'Jumlah sampel uji kandungan aflatoksin pada pakan']),
 ('F18', 'LEVEL', '%', 85, 3, 1, ['Persentase hasil uji yang diterbitkan tepat waktu', 'Persentase laporan hasil uji yang terbit tepat waktu', None, None]),
 ('F18b', 'LEVEL', '%', 90, 3, 1, [None, None, 'Persentase sertifikat hasil uji yang terbit sesuai SLA', 'Persentase sertifikat hasil uji terbit sesuai janji layanan']),
 ('F19', 'FLOW', 'kali', 12, 0, 0, ['Jumlah sosialisasi mutu pakan kepada peternak', 'Jumlah kegiatan sosialisasi mutu pakan kpd peternak', None, None]),
 ('F20', 'FLOW', 'orang', 120, 20, 0, [None, None, 'Jumlah peternak laki-laki yang mengikuti bimtek mutu pakan', 'Jumlah peserta bimtek mutu pakan (laki-laki)']),
 ('F21', 'FLOW', 'orang', 60, 20, 0, [None, None, 'Jumlah peternak perempuan yang mengikuti bimtek mutu pakan', 'Jumlah peserta bimtek mutu pakan (perempuan)']),
]
D = build(SPEC, Y, 86002)
ag = Agency('uptd_pengujian_mutu_pakan_prov_bumi_lestari', Y, [['F18', 'F18b']])
HEAD = 'UPTD LABORATORIUM PENGUJIAN MUTU PAKAN DAN OBAT HEWAN'
DIN = 'DINAS PETERNAKAN PROVINSI BUMI LESTARI'

# ---- 2019 Renstra matrix .xls ----
bk = ag.book('Matriks_Renstra_Realisasi_2019.xls')
ws = bk.sheet('Renstra 2019-2023')
r19 = D[2019]
SAS = {'F01': 'Meningkatnya mutu pakan dan obat hewan yang beredar', 'F08': 'Meningkatnya kualitas layanan laboratorium'}
cur = None
for x in r19:
    cur = SAS.get(x['id'], cur); x['sas'] = cur
    x['ty'] = {y: N(round(x['tn'] + (y - 2019) * (1 if x['kind'] == 'LEVEL' else 5), 2)) for y in range(2019, 2024)}
    x['ka'] = N(round(x['tn'] * 0.92, 2))
find(r19, 'F12')['t'] = N(9000)           # MISTAKE: target typed 1000x (9 hari kerja -> 9000)
find(r19, 'F08')['t'] = RP(find(r19, 'F08')['tn'])
find(r19, 'F09')['r'] = T(find(r19, 'F09')['rn'])
find(r19, 'F19')['ket'] = 'dilaksanakan di 4 kabupaten'
find(r19, 'F02')['draft'] = ('Jumlah sampel pakan yang diuji (angka sementara)', 1000, 870)
lay_renstra(bk, ws, 2019, r19, ['MATRIKS RENCANA STRATEGIS DAN REALISASI TAHUN 2019', HEAD, DIN, 'PERIODE 2019 - 2023'], 2019, 2023)

# ---- 2020 E.81 + 2021 PK (awal/perubahan) in one .ods ----
bk = ag.book('Evaluasi_Renja_dan_PK_Labkeswan_2020_2021.ods')
ws = bk.sheet('E81 TA 2020')
r20 = D[2020]
g = lambda *ids: [find(r20, i) for i in ids]
for x in r20:
    x['ren'] = N(round(x['tn'] * 1.15, 2)); x['p1'] = N(round(x['tn'] * 0.9, 2))
find(r20, 'F04')['t'] = GE(87, ' %'); find(r20, 'F05')['t'] = T(90, ' %')
q = find(r20, 'F02')['q']
wrong = {'F02': ('=SUM(L{r},N{r},P{r})', sum(v.key for v in q[:3]))}   # MISTAKE: wrong formula, TW IV left out
find(r20, 'F10')['q'][3] = N(find(r20, 'F10')['q'][3].key)
typed = {'F10': N(find(r20, 'F10')['rn'] + 17)}   # MISTAKE: computed column typed over (differs from sum of quarters)
items = [
 ('prog', '3.27.05', 'PROGRAM PENINGKATAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER', None, g('F04', 'F05')),
 ('keg', '3.27.05.1.01', 'Pengawasan Mutu Pakan dan Obat Hewan', 1250000000, g('F01')),
 ('sub', '3.27.05.1.01.01', 'Pengujian Mutu dan Keamanan Pakan', 480000000, g('F02', 'F17', 'F16')),
 ('sub', '3.27.05.1.01.02', 'Pengujian Mutu Obat Hewan', 310000000, g('F03')),
 ('sub', '3.27.05.1.01.03', 'Pengawasan Peredaran Pakan dan Obat Hewan', 150000000, g('F13p', 'F13t', 'F19')),
 ('prog', '3.27.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', None, None),
 ('keg', '3.27.01.1.02', 'Pengelolaan Laboratorium Pengujian', 620000000, g('F06', 'F07', 'F12', 'F15', 'F14', 'F18')),
 ('sub', '3.27.01.1.02.05', 'Pelayanan Jasa Pengujian Laboratorium', 95000000, g('F08', 'F09', 'F10', 'F11')),
]
lay_e81(bk, ws, 2020, items, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI BUMI LESTARI',
                               'RENJA UPTD LABORATORIUM PENGUJIAN MUTU PAKAN DAN OBAT HEWAN', 'PERIODE PELAKSANAAN: TAHUN 2020',
                               'Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: -'], 2023, wrong, typed)
ws = bk.sheet('PK 2021')
r21 = D[2021]
for x in r21:
    x['t0'] = N(x['tn'])
    if x['sat'] == '%': x['t0'], x['t'], x['r'] = P(x['tn'] - 2), P(x['tn']), P(x['rn'])
    x['sas'] = 'Meningkatnya mutu pakan dan obat hewan yang beredar' if x['id'] in ('F01', 'F02', 'F03', 'F04', 'F05', 'F13m', 'F16', 'F17', 'F20', 'F21') else 'Meningkatnya kualitas layanan laboratorium'
r21.sort(key=lambda x: x['sas'])
find(r21, 'F11')['t'] = N(550)             # MISTAKE: target typed 10x (55)
find(r21, 'F08')['t0'] = RP(400000000); find(r21, 'F08')['t'] = RP(find(r21, 'F08')['tn']); find(r21, 'F08')['r'] = RP(find(r21, 'F08')['rn'])
find(r21, 'F09')['t'] = RG(80, 85)
lay_pk(bk, ws, 2021, r21, ['PENGUKURAN KINERJA (PK AWAL DAN PK PERUBAHAN)', HEAD, 'TAHUN 2021'], awal=True)
ws = bk.sheet('Catatan')
put(ws, 'A1', 'PK Perubahan ditandatangani 2 Agustus 2021 menyesuaikan refocusing anggaran.')

# ---- 2022 turned-over table .xlsx ----
bk = ag.book('Capaian_Indikator_Lab_Pakan_2022.xlsx')
ws = bk.sheet('Capaian 2022')
r22 = D[2022]
find(r22, 'F08')['r'] = N(round(find(r22, 'F08')['rn'] / 1e6, 1))   # MISTAKE: realisasi in Rp juta, target full rupiah
find(r22, 'F15')['r'] = DASH
find(r22, 'F12')['t'] = V(7, '\u2264 7 hari')
find(r22, 'F02')['r'] = ST(find(r22, 'F02')['rn'])
r = lay_across(bk, ws, 2022, r22, ['CAPAIAN INDIKATOR KINERJA TAHUN 2022', HEAD, DIN])
put(ws, f'A{r+1}', '*) termasuk sampel titipan Balai Veteriner')
put(ws, f'A{r+2}', 'Realisasi pendapatan dalam juta rupiah')
ag.finish()
