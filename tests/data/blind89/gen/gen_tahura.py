import openpyxl
from lib import *

ag = Agency('uptd_pengelolaan_taman_hutan_raya_kab_bukit_gading', [2021, 2022, 2023, 2024])
F = 'T_Matriks_Renstra_2021.ods'
S1 = 'Meningkatnya kualitas pengelolaan kawasan Tahura'
S2 = 'Meningkatnya pemanfaatan jasa lingkungan Tahura'
S3 = 'Terlindunginya kawasan Tahura dari gangguan'
S4 = 'Meningkatnya tata kelola UPTD'


def ts(a, d):
    return [round(a + d * k, 2) for k in range(5)]


y21 = [
    I('T01', 'Luas kawasan Tahura yang dikelola sesuai blok pengelolaan', 'ha', None, 4820.5, 'L', sas=S1, ts=ts(4800, 150), awal=4650),
    I('T02', 'Persentase luas kawasan Tahura yang dikelola', '%', None, 78.4, 'L', sas=S1, ts=ts(78, 3), awal=75.6),
    I('T03', 'Luas lahan kritis dalam kawasan Tahura yang direhabilitasi', 'ha', None, 52, sas=S1, ts=[50000, 55, 60, 60, 65], awal=40),
    I('T04', 'Jumlah bibit tanaman kehutanan yang disalurkan kepada masyarakat', 'batang', None, 23150, sas=S1, ts=ts(20000, 2500), awal=15000),
    I('T05', 'Jumlah bibit yang diproduksi di persemaian Tahura', 'batang', None, 31200, sas=S1, ts=ts(30000, 2000), awal=26000,
      draft='Jumlah bibit produksi (angka Renstra lama)'),
    I('T15', 'Jumlah jenis koleksi tumbuhan', 'jenis', None, 214, 'L', sas=S1, ts=ts(210, 10), awal=198),
    I('T16', 'Persentase pal batas kawasan dalam kondisi baik', '%', None, ('t', '86,5%', 86.5), 'L', sas=S1, ts=ts(85, 2.5), awal=80),
    I('T06', 'Jumlah pengunjung Tahura', 'orang', None, 18430, sas=S2, ts=ts(25000, 2500), awal=31250),
    I('T07', 'Jumlah pengunjung mancanegara', 'orang', None, 37, sas=S2, ts=ts(100, 50), awal=412),
    I('T08', 'Pendapatan retribusi tiket masuk Tahura (Rp)', 'Rp', None, ('t', 'Rp 184.300.000,-', 184300000), sas=S2,
      ts=[('t', 'Rp 250.000.000', 250000000), 275000000, 300000000, 325000000, 350000000], awal=312500000),
    I('T19', 'Jumlah sarana prasarana wisata alam yang dibangun', 'unit', None, 3, sas=S2, ts=ts(3, 1), awal=12),
    I('T20', 'Jumlah sarana prasarana wisata alam yang dipelihara', 'unit', None, 14, sas=S2, ts=ts(12, 2), awal=10),
    I('T09', 'Jumlah kejadian kebakaran hutan di kawasan Tahura', 'kejadian', None, 2, sas=S3, ts=[('t', '≤ 3', 3), 3, 2, 2, 1], awal=5),
    I('T10', 'Luas areal kawasan yang terbakar', 'ha', None, ('t', '4,75', 4.75), sas=S3, ts=ts(10, -2), awal=18.2),
    I('T11', 'Jumlah patroli pengamanan kawasan', 'kali', None, 52, sas=S3, ts=ts(48, 0), awal=36),
    I('T12', 'Jumlah kasus gangguan keamanan hutan yang ditangani', 'kasus', None, 7, sas=S3, ts=ts(8, 0), awal=11),
    I('T13', 'Jumlah kelompok tani hutan (KTH) yang dibina', 'kelompok', None, 18, 'L', sas=S3, ts=ts(18, 2), awal=14),
    I('T17', 'Indeks Kepuasan Masyarakat', 'indeks', None, 79.85, 'L', sas=S4, ts=ts(78, 1), awal=76.2),
    I('T18', 'Persentase realisasi anggaran', '%', None, 91.37, 'L', sas=S4, ts=ts(95, 0), awal=88.5),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Matriks Renstra'
r = title(ws, ['MATRIKS RENCANA STRATEGIS UPTD PENGELOLAAN TAMAN HUTAN RAYA', 'DINAS LINGKUNGAN HIDUP DAN KEHUTANAN KABUPATEN BUKIT GADING',
               'PERIODE 2021 - 2025', '(dengan realisasi tahun 2021)'], 12)
r = lay_renstra(ag, F, ws, 2021, y21, r + 1, 2021)
text(ws, f'B{r + 1}', 'Catatan: kunjungan 2021 turun karena penutupan kawasan (PPKM Level 3) Juli-September.')
sign(ws, r + 3, 10, 'Watu Gading, 14 Februari 2022', 'Kepala UPTD Tahura,', 'Ir. YOHANES PANDAPOTAN', '19700305 199803 1 004')
ns = wb.create_sheet('Ket')
text(ns, 'A1', 'Blok pengelolaan: blok perlindungan, blok pemanfaatan, blok koleksi tumbuhan, blok religi/budaya, blok khusus.')
ag.save(wb, F)

# ---- E.81 2022 + turned-over 2023 (xlsx)
F = 'T_Evaluasi_2022_2023.xlsx'
P = ('PROGRAM PENGELOLAAN KEANEKARAGAMAN HAYATI (KEHATI)', '2.17.03', [
    I('T01', 'Luas kawasan Tahura yang terkelola', 'ha', 4950, None, 'L', q=[4880, 4905, 4930, 4955], end=5400),
    I('T02', 'Prosentase luas kawasan Tahura yang terkelola', '%', 81, None, 'L', q=[79.1, 79.6, 80.0, 80.5], end=90,
      rp=2150000000, rp_end=11500000000, rpq=[402500000, 515800000, 601250000, 552100000]),
])
BL = [
    ('Pengelolaan Taman Hutan Raya (TAHURA) Kabupaten/Kota', '2.17.03.2.01', []),
    ('Pelaksanaan Rehabilitasi Hutan dan Lahan di Kawasan Tahura', '2.17.03.2.01.01', [
        I('T03', 'Luas lahan kritis yang direhabilitasi (ha)', 'ha', 55, None, q=[0, 12, 25, 21], end=60,
          rp=640000000, rpq=[20000000, 180500000, 250000000, 175300000]),
        I('T04', 'Jumlah bibit yang didistribusikan ke masyarakat', 'batang', 22500, None, q=[3000, 6500, 8200, 5900], end=30000),
        I('T05', 'Jumlah produksi bibit persemaian', 'batang', 32000, None, q=[8000, 9100, 8800, 7400], end=38000),
        I('T15', 'Jumlah jenis flora koleksi Tahura', 'jenis', 220, None, 'L', q=[214, 216, 221, 223], end=250),
        I('T16', 'Persentase pal batas dalam kondisi baik', '%', 87.5, None, 'L', q=[86.5, None, 88, 90], end=95),
    ]),
    ('Pengembangan Pemanfaatan Jasa Lingkungan dan Wisata Alam', '2.17.03.2.01.02', [
        I('T06', 'Jumlah kunjungan wisatawan ke Tahura', 'orang', 27500, None, q=[5120, 7800, 8950, 9310], end=35000,
          rspec=29180, rp=520000000, rpq=[85000000, 140000000, 155500000, 121000000]),  # computed col typed over
        I('T07', 'Jumlah kunjungan wisatawan mancanegara', 'orang', 150, None, q=[12, 35, 61, 48], end=300),
        I('T08', 'Realisasi retribusi masuk kawasan Tahura', 'Rp', 275000000, None,
          q=[48500000, 71250000, 80400000, 88100000], end=350000000),
        I('T19', 'Jumlah sarana prasarana wisata alam yang dibangun', 'unit', 4, None, q=[0, 1, 2, 1], end=7),
        I('T20', 'Jumlah sarpras wisata alam yang dipelihara', 'unit', 14, None, q=[3, 4, 4, 4], end=20),
        I('T14', 'Jumlah KTH baru yang dibentuk', 'kelompok', 2, None, q=[0, 1, 0, 1]),
    ]),
    ('Perlindungan dan Pengamanan Kawasan Tahura', '2.17.03.2.01.03', [
        I('T09', 'Jumlah kejadian karhutla', 'kejadian', 3, None, q=[0, 0, 1, 0], end=1,
          rp=310000000, rpq=[60000000, 70000000, 95000000, 80400000]),
        I('T10', 'Luas areal terbakar (ha)', 'ha', 8, None, q=[0, 0, 2.5, 0], end=2),
        I('T11', 'Frekuensi patroli pengamanan hutan', 'kali', 48, None, q=[12, 12, 13, 12], end=48,
          rspec=('f', '=J{r}+L{r}+N{r}', 37)),  # wrong formula: TW IV left out
        I('T12', 'Jumlah kasus gangguan keamanan hutan yg ditangani', 'kasus', 8, None, q=[2, 1, 3, 2], end=8),
        I('T13', 'Jumlah KTH binaan', 'kelompok', 20, None, 'L', q=[18, 19, 19, 21], end=26),
    ]),
    ('Penyelenggaraan Administrasi UPTD', '2.17.01.2.01', [
        I('T17', 'Nilai IKM', 'indeks', 79, None, 'L', q=[None, 80.12, None, 81.4], end=82),
        I('T18', 'Persentase realisasi anggaran', '%', 95, None, 'L', q=[17.6, 39.2, 68.8, 93.05], end=95),
    ]),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'E81 2022'
r = title(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN BUKIT GADING',
               'RENJA UPTD PENGELOLAAN TAHURA - DINAS LINGKUNGAN HIDUP DAN KEHUTANAN',
               'PERIODE PELAKSANAAN: TAHUN 2022'], 21)
text(ws, f'A{r}', 'Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RPJMD: Meningkatnya kualitas lingkungan hidup')
start = r + 2
# rspec formula rows need the actual row number: resolve lazily
row_guess = start + 4
for name, code, its in [(P[0], P[1], P[2])] + BL:
    for it in its:
        if isinstance(it.get('rspec'), tuple) and it['rspec'][0] == 'f':
            it['rspec'] = ('f', it['rspec'][1].format(r=row_guess), it['rspec'][2])
        row_guess += 1
    if not its:
        row_guess += 1
r = lay_e81(ag, F, ws, 2022, BL, start, P)
text(ws, f'C{r}', 'Rata-rata capaian kinerja (%)', B)
ws[f'T{r}'] = f'=AVERAGE(T{start + 4}:T{r - 1})'
text(ws, f'C{r + 1}', 'Predikat kinerja', B)
text(ws, f'T{r + 1}', 'Tinggi')
text(ws, f'C{r + 3}', 'Faktor pendorong: dukungan Manggala Agni dan MPA; penghambat: kemarau panjang TW III.')
sign(ws, r + 5, 16, 'Watu Gading, 10 Januari 2023', 'Kepala UPTD Tahura,', 'Ir. YOHANES PANDAPOTAN', '19700305 199803 1 004')

y23 = [
    I('T01', 'Luas Kawasan TAHURA\nyang terkelola (ha)', 'ha', 5100, 5082.25, 'L'),
    I('T02', 'Persentase Luas Kawasan Tahura Terkelola', '%', ('p', 0.83), ('p', 0.8275), 'L'),
    I('T03', 'Luas rehabilitasi lahan kritis', 'ha', 60, 64.5),
    I('T04', 'Jumlah bibit tanaman yg disalurkan', 'batang', 25000, 26340),
    I('T05', 'Jumlah bibit yang diproduksi (batang)', 'batang', 34000, 33875),
    I('T15', 'Jumlah jenis koleksi flora (jenis)', 'jenis', 230, 232, 'L'),
    I('T06', 'Jumlah pengunjung\n(orang)', 'orang', 30000, ('t', '34.612', 34612)),
    I('T07', 'Jumlah pengunjung wisman', 'orang', 200, 187),
    I('T08', 'Retribusi tiket masuk (Rp juta)', 'Rp juta', 300, 362480000),  # unit changes: full rupiah
    I('T19m', 'Jumlah sarana prasarana wisata alam yang dibangun dan dipelihara', 'unit', 20, 21),
    I('T14', 'Jumlah kelompok tani hutan baru', 'kelompok', 2, 3),
    I('T13', 'Jumlah Kelompok Tani Hutan yang dibina', 'kelompok', 22, 23, 'L'),
    I('T09', 'Jumlah kejadian kebakaran hutan & lahan', 'kejadian', ('t', '≤ 2', 2), 4),
    I('T10', 'Luas kebakaran hutan', 'ha', 6, ('t', '11,3 ha', 11.3)),
    I('T11', 'Jumlah patroli pengamanan kawasan Tahura', 'kali', 48, 50),
    I('T12b', 'Jumlah kasus tipihut yang ditindaklanjuti', 'kasus', 6, 5),
    I('T17', 'Indeks kepuasan pengunjung', 'indeks', 80, ('t', '82,6', 82.6), 'L'),
    I('T18', 'Persentase realisasi anggaran ', '%', 95, '-', 'L'),
]
ws = wb.create_sheet('Capaian 2023')
text(ws, 'A1', 'REKAPITULASI CAPAIAN KINERJA UPTD TAHURA TAHUN 2023', B)
text(ws, 'A2', '(angka realisasi anggaran menunggu LRA audited)')
r = lay_turned(ag, F, ws, 2023, y23, 4)
text(ws, f'A{r + 1}', 'Sumber: buku tamu loket, laporan patroli, data persemaian.')
ag.save(wb, F)

# ---- 2024 Rencana Aksi, target/realisasi row pairs (xls)
F = 'T_RA_2024.xls'
y24 = [
    I('T01', 'Luas kawasan Tahura terkelola (Ha)', 'ha', 5250, [5110, 5140, 5188, 5230], 'L', tq=[5120, 5160, 5200, 5250]),
    I('T02', '% luas kawasan Tahura yg terkelola', '%', 85, [83.2, 83.7, 84.5, 85.2], 'L', tq=[83, 84, 84.5, 85]),
    I('T03', 'Luas lahan kritis yg direhabilitasi', 'ha', 65, [0, 20, 28.5, 19], tq=[0, 20, 25, 20]),
    I('T04', 'Jumlah bibit didistribusikan kepada masyarakat (batang)', 'batang', 27500, [4200, 61500, 9800, 7050], tq=[4000, 7000, 9500, 7000]),  # TW II 10x
    I('T05', 'Jumlah bibit hasil produksi persemaian', 'batang', 36000, [9200, 9400, 8900, 8650], tq=[9000] * 4),
    I('T15', 'Jumlah koleksi jenis tumbuhan', 'jenis', 240, [233, 235, None, 241], 'L', tq=[232, 235, 238, 240]),
    I('T06', 'Jumlah Pengunjung Tahura Bukit Gading', 'orang', 35000, [7400, 9850, 10020, 9940], tq=[7000, 9000, 10000, 9000]),
    I('T07', 'Jumlah Pengunjung Mancanegara', 'orang', 220, [31, 52, 80, 66], tq=[40, 50, 70, 60]),
    I('T08', 'Pendapatan retribusi masuk Tahura', 'Rp', ('t', 'Rp 380.000.000,-', 380000000),
      [72500000, 96400000, 101250000, 99800000], tq=[70000000, 95000000, 110000000, 105000000]),
    I('T19m', 'Jumlah sarpras wisata alam dibangun & dipelihara', 'unit', 22, [5, 6, 6, 6], tq=[5, 6, 6, 5]),
    I('T14', 'Jumlah KTH baru terbentuk', 'kelompok', 2, [0, '-', 1, 1], tq=[0, 1, 0, 1]),
    I('T13', 'Jumlah KTH yang mendapat pembinaan', 'kelompok', 24, [23, 23, 24, 25], 'L', tq=[23, 23, 24, 24]),
    I('T09', 'Jumlah kejadian karhutla dalam kawasan', 'kejadian', 2, [0, 0, 1, '-'], tq=[0, 0, 1, 1]),
    I('T10', 'Luas areal yg terbakar', 'ha', 5, [0, 0, 1.75, None], tq=[0, 0, 3, 2]),
    I('T21', 'Jumlah titik panas (hotspot) yang dipantau', 'titik', 40, [6, 9, 21, 7], tq=[5, 10, 15, 10]),
    I('T11', 'Jumlah patroli pengamanan hutan (kali)', 'kali', 48, [12, 12, 14, 12], tq=[12] * 4),
    I('T12b', 'Jumlah kasus tindak pidana kehutanan yang ditindaklanjuti', 'kasus', 5, [1, 2, 1, 0], tq=[1, 2, 1, 1]),
    I('T17', 'Nilai Survei Kepuasan Masyarakat (SKM)', 'nilai', 82, ['-', 82.9, '-', 83.45], 'L', tq=[82, 82, 82, 82]),
    I('T18', 'Persentase realisasi anggaran', '%', 95, [18.9, 44.1, 70.2, 96.3], 'L', tq=[20, 45, 70, 95], note='*) LRA unaudited'),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'RA TW 2024'
r = title(ws, ['RENCANA AKSI DAN CAPAIAN TRIWULAN', 'UPTD PENGELOLAAN TAHURA KAB. BUKIT GADING', 'TAHUN ANGGARAN 2024'], 10)
r = lay_tw(ag, F, ws, 2024, y24, r + 1, 'pairs')
text(ws, f'B{r + 1}', 'Total anggaran UPTD 2024: Rp 2.410.000.000,-  (realisasi Rp 2.320.830.000,-)')
sign(ws, r + 3, 7, 'Watu Gading, 9 Januari 2025', 'Kepala UPTD,', 'NOVITA HUTAGALUNG, S.Hut., M.Sc', '19820611 200604 2 012')
ag.save(wb, F)
ag.write([['T12', 'T12b']])
print('tahura', len(ag.rows))
