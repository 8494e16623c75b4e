from lib import *
AG = 'uptd_pasar_hewan_kab_padang_raya'
Y = [2019, 2020, 2021, 2022]
ag = Agency(AG, Y); ag.ambiguous = [['P13', 'P13b']]
S1 = 'Meningkatnya perdagangan ternak yang tertib dan sehat'
S2 = 'Meningkatnya pelayanan pasar hewan dan rumah potong unggas'
IND = [
 ('P01', 'F', 'ekor', S1, ['Jumlah ternak yang diperdagangkan di pasar hewan', 'Jumlah ternak yg diperdagangkan di Pasar Hewan', 'Jumlah ternak yang diperjualbelikan di pasar hewan', 'Jumlah Ternak Yang Diperdagangkan (ekor)'], [(24000, 23415), (25000, 19870), (22000, 22960), (24000, 25102)]),
 ('P02', 'F', 'ekor', S1, ['Jumlah ternak sapi yang masuk pasar', 'Jumlah sapi yang masuk pasar hewan', 'Jumlah ternak sapi/kerbau masuk pasar', 'Jumlah ternak sapi yang masuk pasar'], [(9000, 8760), (9500, 7412), (8500, 8833), (9000, 9318)]),
 ('P03', 'F', 'ekor', S1, ['Jumlah ternak kambing/domba yang masuk pasar', 'Jumlah kambing & domba yang masuk pasar hewan', 'Jumlah ternak kambing/domba masuk pasar', 'Jumlah ternak kambing dan domba yang masuk pasar'], [(15000, 14655), (15500, 12458), (13500, 14127), (15000, 15784)]),
 ('P10', 'L', '%', S1, ['Persentase ternak yang diperiksa kesehatannya sebelum masuk pasar', 'Persentase ternak diperiksa kesehatan sebelum masuk pasar', 'Prosentase ternak yang diperiksa kesehatannya', 'Persentase ternak yang diperiksa kesehatannya sebelum masuk pasar'], [(95, 96.2), (95, 0.92), (96, 97.5), (97, 98.1)]),
 ('P11', 'F', 'lembar', S1, ['Jumlah SKKH yang diterbitkan', 'Jumlah Surat Keterangan Kesehatan Hewan (SKKH) yang diterbitkan', 'Jumlah SKKH diterbitkan', 'Jumlah SKKH yang diterbitkan (lembar)'], [(3200, 3315), (3400, 2986), (3000, 3204), (3300, 3487)]),
 ('P12', 'F', 'kasus', S1, ['Jumlah kasus penyakit hewan menular yang ditemukan di pasar', 'Jumlah kasus PHM yang ditemukan di pasar hewan', 'Jumlah kasus penyakit hewan menular strategis yang ditemukan', 'Jumlah kasus penyakit hewan menular yg ditemukan di pasar'], [(10, 7), (10, 12), (8, 5), (8, 31)]),
 ('P18', 'F', 'unit', S1, [None, 'Jumlah kendaraan angkutan ternak yang diperiksa', 'Jumlah kendaraan pengangkut ternak yang diperiksa', 'Jumlah kendaraan angkutan ternak yg diperiksa'], [None, (1200, 1086), (1100, 1175), (1200, 1263)]),
 ('P04', 'F', 'ekor', S2, ['Jumlah unggas yang dipotong di RPU', 'Jumlah unggas yang dipotong di Rumah Potong Unggas', 'Jumlah pemotongan unggas di RPU', 'Jumlah unggas yang dipotong di RPU (ekor)'], [(180000, 176420), (185000, 191300), (190000, 187655), (195000, 2014800)]),
 ('P05', 'L', '%', S2, ['Persentase karkas unggas yang memenuhi syarat ASUH', 'Persentase karkas unggas memenuhi standar ASUH', 'Persentase karkas unggas yang Aman, Sehat, Utuh dan Halal (ASUH)', 'Persentase karkas unggas yang memenuhi syarat ASUH'], [(90, 91.4), (92, 92.8), (93, 94.0), (94, 95.3)]),
 ('P06', 'L', 'orang', S2, ['Jumlah pedagang ternak terdaftar', 'Jumlah pedagang ternak yang terdaftar', 'Jumlah pedagang terdaftar', 'Jumlah pedagang ternak terdaftar (orang)'], [(320, 314), (330, 326), (335, 341), (345, 352)]),
 ('P07', 'F', 'orang', S2, ['Jumlah pedagang ternak baru terdaftar', 'Jumlah pedagang ternak baru yang terdaftar', 'Jumlah pedagang baru terdaftar', 'Jumlah pedagang ternak baru yg terdaftar'], [(20, 18), (20, 14), (15, 17), (15, 16)]),
 ('P08', 'F', 'Rp', S2, ['Pendapatan retribusi pasar hewan', 'Pendapatan Retribusi Pasar Hewan', 'Realisasi pendapatan retribusi pasar hewan', None], [(185000000, 188450000), (190000000, 171200000), (185, 192.4), None]),
 ('P09', 'F', 'Rp', S2, ['Pendapatan retribusi rumah potong unggas', 'Pendapatan Retribusi RPU', 'Realisasi pendapatan retribusi RPU', None], [(42000000, 44150000), (45000000, 46300000), (47000000, 45820000), None]),
 ('P08m', 'F', 'Rp', S2, [None, None, None, 'Pendapatan retribusi pasar hewan dan RPU'], [None, None, None, (240000000, 0)]),
 ('P13', 'L', '%', S2, ['Persentase sampah pasar yang terangkut', 'Persentase sampah pasar hewan yang terangkut', None, None], [(85, 83.5), (87, 88.2), None, None]),
 ('P13b', 'L', '%', S2, [None, None, 'Persentase limbah pasar dan RPU yang dikelola', 'Persentase limbah pasar hewan dan RPU yang dikelola'], [None, None, (80, 78.4), (82, 84.6)]),
 ('P14', 'F', 'hari', S2, ['Jumlah hari operasional pasar', 'Jumlah hari pasar beroperasi', 'Jumlah hari operasional pasar hewan', 'Jumlah hari operasional pasar'], [(104, 104), (104, 71), (104, 98), (104, 104)]),
 ('P15', 'L', 'nilai', S2, ['Indeks Kepuasan Masyarakat (IKM)', 'Nilai IKM', 'Indeks Kepuasan Masyarakat', 'Nilai Survei Kepuasan Masyarakat'], [(78, 79.35), (80, 81.2), (80, 80.9), (82, 83.45)]),
 ('P16', 'L', '%', S2, ['Persentase los dan kandang pasar dalam kondisi baik', 'Persentase los/kandang pasar kondisi baik', 'Persentase los & kandang dalam kondisi baik', 'Persentase los dan kandang pasar dalam kondisi baik'], [(80, 82.0), (82, 81.5), (84, 85.0), (85, 86.7)]),
 ('P17', 'L', 'orang', S2, ['Jumlah juru sembelih halal bersertifikat', 'Jumlah juru sembelih halal (juleha) bersertifikat', 'Jumlah juleha bersertifikat', 'Jumlah Juru Sembelih Halal Bersertifikat'], [(60, 5), (6, 7), (8, 8), (9, 10)]),
 ('P19', 'L', '%', S2, ['Persentase pedagang yang membayar retribusi tepat waktu', 'Persentase pedagang membayar retribusi tepat waktu', None, None], [(90, 87.3), (90, 84.1), None, None]),
]
O = {
 ('P17', 2019): {'mis': ('target typed 10x (6 -> 60)', 't')},
 ('P08', 2019): {'tw': 'Rp 185.000.000,-', 'rw': 'Rp 188.450.000,-'},
 ('P15', 2019): {'tw': '≥ 78', 'rw': '79,35*)'},
 ('P01', 2019): {'rw': '23.415'},
 ('P06', 2019): {'in_sas': True},
 ('P10', 2019): {'name': 'Persentase ternak yang diperiksa kesehatannya', 'cont': 'sebelum masuk pasar'},
 ('P10', 2020): {'mis': ('fraction typed in a plain cell (0,92 for 92 %)', 'r')},
 ('P14', 2020): {'rw': '71 hari*)'},
 ('P16', 2020): {'tw': '80 - 85', 't': 80, 'rw': '81,5 %'},
 ('P08', 2021): {'unit': 'Rp juta', 'mis': ('unit changes to Rp juta (full rupiah elsewhere)', 'r')},
 ('P12', 2021): {'ta': 10},
 ('P04', 2022): {'q': [44100, 93250, 146780, 2014800], 'mis': ('s.d. TW IV realisasi typed 10x (201.480 -> 2.014.800)', 'r')},
 ('P08m', 2022): {'q': [52400000, 118750000, 176300000, '-'], 'r': 176300000},
 ('P12', 2022): {'q': [6, 14, 23, 31]},
 ('P15', 2022): {'q': ['-', 82.1, '-', 83.45]},
}
D = build(ag, IND, Y, O)
PL, KS, NM, NIP = 'Padang Raya', 'Kepala UPTD Pasar Hewan dan RPU', 'drh. Syafrizal Datuk Mangkuto', '19730905 200003 1 004'

F1 = 'Capaian_Renstra_2019.xls'
w = ag.wb(F1); ws = w.create_sheet('Renstra 2019-2023')
r = title(ws, ['MATRIKS RENSTRA DAN CAPAIAN KINERJA', 'UPTD PASAR HEWAN DAN RUMAH POTONG UNGGAS', 'DINAS PETERNAKAN KABUPATEN PADANG RAYA', 'Capaian Tahun 2019'], 12)
r = renstra(ag, F1, ws, 2019, D[2019], r, 2019)
ws.cell(r + 1, 2, 'Ket: *) angka sementara per 31 Desember 2019')
sign(ws, r + 3, 9, PL, '20 Januari 2020', KS, NM, NIP)
ag.layouts.append((2019, F1, 'Renstra 2019-2023', 'Renstra matrix: targets 2019-2023, realisasi 2019 only; P06 typed in the Sasaran column; P10 wrapped'))

F2 = 'Kinerja_UPTD_2020_2021.ods'
w = ag.wb(F2); ws = w.create_sheet('Kartu Kinerja 2020')
r = title(ws, ['KARTU KINERJA UPTD PASAR HEWAN DAN RPU', 'TAHUN 2020 (masa pandemi: pasar ditutup 33 hari pasar)'], 9)
r = cards(ag, F2, ws, 2020, D[2020], r)
sign(ws, r + 1, 6, PL, '18 Januari 2021', KS, NM, NIP)
ag.layouts.append((2020, F2, 'Kartu Kinerja 2020', 'cards, two per band side by side (key rows share sheet rows: col given)'))
ws = w.create_sheet('PK 2021')
r = title(ws, ['PERJANJIAN KINERJA PERUBAHAN DAN REALISASI', 'UPTD PASAR HEWAN DAN RPU KAB. PADANG RAYA', 'TAHUN 2021'], 8)
r = pk(ag, F2, ws, 2021, D[2021], r, awal=True, pctfmt=False, draft=('P13b', 'Persentase sampah terangkut (lama)', 87, 85))
ws.cell(r + 1, 3, 'Anggaran: Rp 1.126.400.000,-  Realisasi: Rp 1.043.915.250,-')
sign(ws, r + 3, 6, PL, '14 Januari 2022', KS, NM, NIP)
ag.layouts.append((2021, F2, 'PK 2021', 'PK with Target Awal and Target Perubahan columns (Perubahan keyed), hidden draft row'))

F3 = 'RA_Triwulan_2022.xlsx'
w = ag.wb(F3); ws = w.create_sheet('RA 2022')
r = title(ws, ['RENCANA AKSI DAN CAPAIAN KUMULATIF', 'UPTD PASAR HEWAN DAN RPU', 'TAHUN 2022'], 10)
r = tw(ag, F3, ws, 2022, D[2022], r, pairs=True, cum=True)
ws.cell(r + 1, 2, 'Realisasi kumulatif s.d. triwulan berkenaan; "-" = belum dilaporkan')
sign(ws, r + 3, 7, PL, '16 Januari 2023', KS, NM, NIP)
ag.layouts.append((2022, F3, 'RA 2022', 'Rencana Aksi row pairs (Target/Realisasi), cumulative s.d. TW columns, no annual realisasi: last reported column'))
ws = w.create_sheet('RA 2022 (draft)'); ws.sheet_state = 'hidden'
for k, i in enumerate(D[2022][:6], 1): ws.cell(k, 1, i['name']); ws.cell(k, 2, 1)
ag.save()
