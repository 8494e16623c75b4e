from lib import *
AG = 'uptd_command_center_kota_bandar_arunika'
Y = [2021, 2022, 2023, 2024]
ag = Agency(AG, Y); ag.ambiguous = [['C11', 'C11b']]
S1 = 'Meningkatnya kecepatan layanan pengaduan dan kedaruratan'
S2 = 'Meningkatnya pemanfaatan layanan kota cerdas'
IND = [
 ('C01', 'L', '%', S1, ['Persentase aduan masyarakat yang ditindaklanjuti', 'Persentase pengaduan masyarakat yang ditindaklanjuti', 'Prosentase aduan masyarakat yg ditindaklanjuti', 'Persentase aduan masyarakat yang ditindaklanjuti OPD'], [(85, 87.3), (88, 90.6), (90, 91.2), (92, 93.4)]),
 ('C02', 'F', 'aduan', S1, ['Jumlah aduan masyarakat yang diterima', 'Jumlah pengaduan masyarakat yang diterima', 'Jumlah aduan masyarakat yg diterima', 'Jumlah aduan masyarakat yang masuk'], [(4000, 4412), (4500, 0), (5000, 5236), (5200, 5508)]),
 ('C03', 'L', 'detik', S1, ['Rata-rata waktu tanggap panggilan darurat 112', 'Rata-rata waktu tanggap (response time) panggilan 112', 'Rata-rata waktu tanggap panggilan darurat 112 (detik)', 'Waktu tanggap rata-rata panggilan darurat 112'], [(240, 215), (210, 198), (1800, 176), (170, 162)]),
 ('C04', 'F', 'panggilan', S1, ['Jumlah panggilan darurat 112 yang ditangani', 'Jumlah panggilan darurat 112 yang ditangani', 'Jumlah panggilan darurat 112 yg ditangani', 'Jumlah panggilan darurat 112 yang tertangani'], [(35000, 37210), (38000, 41250), (40000, 42780), (42000, 44019)]),
 ('C05', 'L', '%', S1, ['Persentase panggilan 112 iseng (prank call)', 'Persentase panggilan prank/iseng 112', 'Persentase panggilan 112 yang tidak valid (iseng)', 'Persentase panggilan iseng ke 112'], [(30, 34.2), (28, 29.5), (25, 22.8), (22, 21.3)]),
 ('C15', 'F', 'insiden', S1, ['Jumlah insiden keamanan siber yang ditangani', 'Jumlah insiden siber yang ditangani', 'Jumlah insiden keamanan informasi yang ditangani', 'Jumlah insiden siber yang ditangani'], [(20, 26), (25, 31), (30, 28), (30, 37)]),
 ('C16', 'L', '%', S1, ['Persentase insiden siber yang diselesaikan', 'Persentase insiden siber yang terselesaikan', 'Persentase insiden keamanan informasi yang diselesaikan', 'Persentase insiden siber yang diselesaikan'], [(80, 84.6), (85, 87.1), (88, 89.3), (90, 91.9)]),
 ('C06', 'L', 'titik', S2, ['Jumlah titik CCTV yang aktif', 'Jumlah CCTV aktif', 'Jumlah titik CCTV aktif terhubung command center', 'Jumlah titik CCTV yang aktif'], [(300, 287), (350, 342), (400, 415), (450, 463)]),
 ('C07', 'F', 'titik', S2, ['Jumlah titik CCTV baru terpasang', 'Jumlah CCTV baru yang dipasang', 'Jumlah titik CCTV baru', 'Jumlah titik CCTV baru terpasang'], [(50, 42), (60, 55), (60, 73), (50, 48)]),
 ('C08', 'L', '%', S2, ['Persentase ketersediaan (uptime) jaringan command center', 'Persentase uptime jaringan Command Center', 'Persentase ketersediaan layanan jaringan command center', 'Persentase ketersediaan (uptime) jaringan command center'], [(99, 0.995), (99, 99.2), (99.5, 99.6), (99.5, 99.7)]),
 ('C09', 'L', 'aplikasi', S2, ['Jumlah aplikasi layanan publik yang terintegrasi ke dashboard', 'Jumlah aplikasi terintegrasi dashboard kota cerdas', 'Jumlah aplikasi layanan publik terintegrasi', 'Jumlah aplikasi layanan publik yang terintegrasi'], [(12, 11), (15, 16), (18, 19), (20, 22)]),
 ('C10', 'L', 'dataset', S2, ['Jumlah dataset yang dipublikasikan di portal Satu Data', 'Jumlah dataset dipublikasikan pada portal Satu Data Bandar Arunika', 'Jumlah dataset yang dipublikasikan', 'Jumlah dataset yg dipublikasi di portal Satu Data'], [(400, 436), (500, 528), (600, 611), (700, 742)]),
 ('C11', 'F', 'kunjungan', S2, ['Jumlah akses dashboard Kota Cerdas', 'Jumlah kunjungan dashboard Kota Cerdas', None, None], [(60000, 71240), (80000, 86915), None, None]),
 ('C11b', 'F', 'pengguna', S2, [None, None, 'Jumlah pengguna super app Bandar Arunika Pintar (termasuk dashboard kota cerdas)', 'Jumlah pengguna super app Bandar Arunika Pintar'], [None, None, (90000, 94380), (110000, 0)]),
 ('C12', 'L', '%', S2, ['Persentase OPD yang menggunakan aplikasi command center', 'Persentase OPD pengguna aplikasi Command Center', 'Persentase perangkat daerah yang memanfaatkan command center', 'Persentase OPD yang menggunakan aplikasi command center'], [(60, 58.3), (70, 72.2), (80, 80.6), (85, 86.1)]),
 ('C13', 'L', 'nilai', S2, ['Indeks Kepuasan Masyarakat (IKM)', 'Nilai IKM layanan command center', 'Indeks Kepuasan Masyarakat', 'Nilai Survei Kepuasan Masyarakat'], [(80, 81.6), (81, 82.4), (82, 83.75), (83, 84.1)]),
 ('C14', 'F', 'kegiatan', S2, ['Jumlah kegiatan sosialisasi kota cerdas', 'Jumlah kegiatan literasi digital dan sosialisasi kota cerdas', 'Jumlah kegiatan literasi digital', 'Jumlah kegiatan literasi digital & sosialisasi kota cerdas'], [(12, 14), (15, 15), (18, 21), (20, 24)]),
 ('C17', 'L', 'orang', S2, ['Jumlah operator command center bersertifikat', 'Jumlah operator Command Center yang bersertifikat', None, None], [(24, 21), (28, 30), None, None]),
 ('C17l', 'L', 'orang', S2, [None, None, 'Jumlah operator command center bersertifikat (laki-laki)', 'Jumlah operator bersertifikat - laki-laki'], [None, None, (18, 19), (20, 21)]),
 ('C17p', 'L', 'orang', S2, [None, None, 'Jumlah operator command center bersertifikat (perempuan)', 'Jumlah operator bersertifikat - perempuan'], [None, None, (14, 15), (16, 17)]),
 ('C18', 'L', 'titik', S2, [None, 'Jumlah titik hotspot WiFi publik aktif', 'Jumlah hotspot WiFi publik yang aktif', 'Jumlah titik WiFi publik aktif'], [None, (150, 162), (200, 196), (220, 231)]),
 ('C19', 'F', 'konten', S2, ['Jumlah konten informasi publik yang ditayangkan di videotron', 'Jumlah konten informasi publik di videotron', None, None], [(240, 265), (260, 251), None, None]),
]
O = {
 ('C08', 2021): {'rw': 0.995, 'mis': ('fraction typed in a plain (non-%) cell (0,995 for 99,5 %)', 'r')},
 ('C13', 2021): {'tw': '≥ 80', 'rw': '81,6'},
 ('C05', 2021): {'tw': '≤ 30 %', 'rw': '34,2 %'},
 ('C04', 2021): {'rw': '37.210*)'},
 ('C04', 2022): {'rw': 41250, 'mis': ('computed column 14 typed over (TW sum is 40.900)', 'r'), 'q': [9600, 10150, 10400, 10750]},
 ('C02', 2022): {'rformula': '=M%(r)d+O%(r)d+Q%(r)d+Q%(r)d', 'q': [1100, 1180, 1240, 1310], 'r': 1100 + 1180 + 1240 + 1240, 'mis': ('wrong formula: TW III added twice, TW IV left out', 'r')},
 ('C03', 2023): {'mis': ('target typed 10x (180 -> 1800)', 't')},
 ('C11b', 2023): {'cont': None},
}
D = build(ag, IND, Y, O)
PL, KS, NM, NIP = 'Bandar Arunika', 'Kepala UPTD Command Center dan Layanan Kota Cerdas', 'Rinaldi Pratama Wicaksono, S.Kom., M.T.', '19850417 201001 1 012'

F1 = 'Capaian_Kinerja_UPTD_CC_2021.xlsx'
w = ag.wb(F1); ws = w.create_sheet('Capaian 2021')
r = title(ws, ['CAPAIAN INDIKATOR KINERJA TAHUN 2021', 'UPTD COMMAND CENTER DAN LAYANAN KOTA CERDAS', 'DISKOMINFO KOTA BANDAR ARUNIKA'], 10)
r = across(ag, F1, ws, 2021, D[2021], r)
ws.cell(r, 1, 'Anggaran 2021: Rp 3.412.750.000,-')
sign(ws, r + 2, 7, PL, '12 Januari 2022', KS, NM, NIP)
ag.layouts.append((2021, F1, 'Capaian 2021', 'turned-over table: indicators across columns in two blocks, fields down the rows (col given); % cells formatted as %'))

F2 = 'Evaluasi_Kinerja_2022_2023.xls'
w = ag.wb(F2); ws = w.create_sheet('E81 2022')
r = title(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA BANDAR ARUNIKA', 'UPTD COMMAND CENTER DAN LAYANAN KOTA CERDAS', 'PERIODE PELAKSANAAN: TAHUN 2022'], 24)
i22 = {i['id']: i for i in D[2022]}
G = [('2.16.03', 'PROGRAM PENGELOLAAN E-GOVERNMENT', None, [i22[k] for k in ('C01', 'C12', 'C13')]),
     ('2.16.03.2.02', 'Pengelolaan E-Government di Lingkup Pemerintah Daerah Kabupaten/Kota', 2950000000, []),
     ('2.16.03.2.02.0006', 'Pengelolaan Pusat Data dan Command Center', 1240000000, [i22[k] for k in ('C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08')]),
     ('2.16.03.2.02.0011', 'Penyelenggaraan Sistem Penghubung Layanan Pemerintah', 820000000, [i22[k] for k in ('C09', 'C10', 'C11', 'C18')]),
     ('2.16.03.2.02.0016', 'Pengembangan Literasi Digital dan Keamanan Informasi', 415000000, [i22[k] for k in ('C14', 'C15', 'C16', 'C17', 'C19')])]
r = e81(ag, F2, ws, 2022, G, r)
sign(ws, r + 1, 18, PL, '19 Januari 2023', KS, NM, NIP)
ag.layouts.append((2022, F2, 'E81 2022', 'Permendagri 86 E.81 with numbered columns, K/Rp pairs; realisasi K column is a formula (one wrong, one typed over)'))
ws = w.create_sheet('LKjIP 2023')
r = title(ws, ['TABEL 3.1 PERBANDINGAN REALISASI KINERJA', 'UPTD COMMAND CENTER DAN LAYANAN KOTA CERDAS TAHUN 2023'], 9)
for i in D[2023]:
    p = {}
    for y in (2021, 2022):
        p[y] = next((j['r'] for j in D[y] if j['id'] == i['id']), None)
    i['prev'] = (p[2021], p[2022]); i['akhir'] = '≥ %s' % i['t'] if i['t'] else '-'
D[2023][0]['sas_row'] = 'Sasaran 1: ' + S1
next(i for i in D[2023] if i['sas'] == S2)['sas_row'] = 'Sasaran 2: ' + S2
r = lkjip(ag, F2, ws, 2023, D[2023], r, pctfmt=True)
ws.cell(r + 1, 2, 'Capaian rata-rata: 104,2 % (Sangat Baik)')
ag.layouts.append((2023, F2, 'LKjIP 2023', 'LKjIP table, realisasi 2021 and 2022 beside target/realisasi 2023, sasaran band rows, % formatted cells'))

F3 = 'Rekap_Bulanan_2024.ods'
w = ag.wb(F3); ws = w.create_sheet('Rekap 2024')
r = title(ws, ['REKAPITULASI BULANAN INDIKATOR KINERJA', 'UPTD COMMAND CENTER KOTA BANDAR ARUNIKA', 'TAHUN 2024'], 17)
for i in D[2024]:
    i['m'] = months_of(i)
m = next(i for i in D[2024] if i['id'] == 'C11b')
m['m'] = [8200, 8450, 8710, 9020, 9140, 9380, 95200, 9810, 10050, 10230, 10460, 10690]
m['r'] = sum(m['m']); m['mis'] = ('July typed 10x (9.520 -> 95.200), FLOW sum', 'r')
m = next(i for i in D[2024] if i['id'] == 'C07'); m['m'] = ['-', '-', 6, '-', 9, 4, '-', 11, 8, '-', 10, '-']; m['r'] = 48
m = next(i for i in D[2024] if i['id'] == 'C06'); m['m'][11] = '-'; m['r'] = m['m'][10]
m = next(i for i in D[2024] if i['id'] == 'C13'); m['m'] = ['-'] * 5 + [83.9] + ['-'] * 5 + ['84,1']; m['r'] = 84.1
r = monthly(ag, F3, ws, 2024, D[2024], r)
ws.cell(r + 1, 2, 'Sumber: aplikasi Lapor Arunika, sistem CAD 112, NMS jaringan.')
ws.cell(r + 3, 2, 'Salinan tabel (untuk lampiran)').font = B
r = monthly(ag, F3, ws, 2024, D[2024], r + 4, key=False)
sign(ws, r + 2, 12, PL, '15 Januari 2025', KS, NM, NIP)
ag.layouts.append((2024, F3, 'Rekap 2024', 'monthly recap Jan-Des without an annual column (FLOW sum / LEVEL last reported month); table pasted a second time below (not keyed)'))
ws = w.create_sheet('Catatan'); ws['A1'] = 'Mulai 2023 operator bersertifikat dilaporkan terpisah laki-laki/perempuan.'; ws['A2'] = 'Dashboard Kota Cerdas digabung ke super app Bandar Arunika Pintar sejak Maret 2023.'
ag.save()
