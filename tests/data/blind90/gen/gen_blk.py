from lib import *
ag = Agency('uptd_balai_latihan_kerja_kab_sungai_deras', 'UPTD Balai Latihan Kerja', 'B', [2021, 2022, 2023, 2024])
S1, S2 = 'Meningkatnya kompetensi tenaga kerja', 'Meningkatnya penempatan lulusan pelatihan'
Y = lambda a, b, c, d: {k: v for k, v in zip((2021, 2022, 2023, 2024), (a, b, c, d)) if v is not None}
IND = [
 ('B01', 'orang', 'F', 480, Y('Jumlah peserta pelatihan berbasis kompetensi', 'Jumlah peserta pelatihan berbasis kompetensi (PBK)', 'Jumlah Peserta Pelatihan', 'Jml peserta pelatihan berbasis kompetensi'), S1),
 ('B02', 'orang', 'F', 430, Y('Jumlah lulusan pelatihan', 'Jumlah peserta yang lulus pelatihan', 'Jumlah Lulusan', 'Jumlah lulusan pelatihan berbasis kompetensi'), S1),
 ('B03', '%', 'L', 90, Y('Persentase kelulusan peserta pelatihan', 'Prosentase kelulusan peserta pelatihan', 'Persentase Kelulusan', 'Persentase peserta yg lulus pelatihan'), S1),
 ('B04', 'orang', 'F', 300, Y('Jumlah lulusan yang tersertifikasi kompetensi', 'Jumlah lulusan tersertifikasi BNSP', 'Jumlah Lulusan Bersertifikat Kompetensi', 'Jumlah lulusan yg tersertifikasi'), S1),
 ('B05', '%', 'L', 65, Y('Persentase lulusan yang tersertifikasi', 'Persentase lulusan tersertifikasi', 'Persentase Lulusan Bersertifikat', 'Persentase lulusan yang bersertifikat kompetensi'), S1),
 ('B06', 'orang', 'F', 180, Y('Jumlah lulusan yang ditempatkan/bekerja', 'Jumlah lulusan yg terserap di dunia kerja', 'Jumlah lulusan bekerja', None), S2),
 ('B06b', 'orang', 'F', 230, Y(None, None, None, 'Jumlah lulusan yang terserap pasar kerja (termasuk wirausaha)'), S2),
 ('B07', '%', 'L', 40, Y('Persentase lulusan yang ditempatkan/bekerja', 'Persentase lulusan yg terserap dunia kerja', 'Persentase lulusan bekerja', 'Persentase alumni pelatihan yang bekerja'), S2),
 ('B08', 'orang', 'F', 60, Y('Jumlah lulusan yang berwirausaha', 'Jumlah lulusan berwirausaha', 'Jumlah lulusan yang membuka usaha mandiri', 'Jml lulusan berwirausaha'), S2),
 ('B09', 'paket', 'F', 24, Y('Jumlah paket pelatihan yang dilaksanakan', 'Jumlah paket pelatihan dilaksanakan', 'Jumlah Paket Pelatihan', 'Jumlah paket pelatihan yg diselenggarakan'), S1),
 ('B10', 'kejuruan', 'L', 7, Y('Jumlah kejuruan yang tersedia', 'Jumlah kejuruan', 'Jumlah kejuruan pelatihan', 'Jumlah Kejuruan Yang Dibuka'), S1),
 ('B11', 'orang', 'L', 22, Y('Jumlah instruktur bersertifikat', 'Jumlah instruktur yang bersertifikat kompetensi', 'Jumlah instruktur bersertifikat', 'Jumlah instruktur yg bersertifikat'), S1),
 ('B12', 'orang', 'F', 8, Y('Jumlah instruktur yang mengikuti peningkatan kompetensi', 'Jumlah instruktur mengikuti upgrading', 'Jumlah instruktur yg di-upgrade', None), S1),
 ('B13', 'perusahaan', 'L', 35, Y('Jumlah perusahaan mitra kerja sama', 'Jumlah perusahaan mitra', 'Jumlah mitra industri (perusahaan)', 'Jumlah perusahaan/industri mitra kerja sama'), S2),
 ('B14', 'orang', 'F', 120, Y('Jumlah peserta pemagangan', 'Jumlah peserta program pemagangan', None, None), S2),
 ('B14d', 'orang', 'F', 95, Y(None, None, 'Jumlah peserta pemagangan dalam negeri', 'Jumlah Peserta Pemagangan Dalam Negeri'), S2),
 ('B14l', 'orang', 'F', 30, Y(None, None, 'Jumlah peserta pemagangan luar negeri', 'Jumlah Peserta Pemagangan ke Luar Negeri'), S2),
 ('B15', 'nilai', 'L', 82, Y('Indeks Kepuasan Masyarakat', 'Indeks Kepuasan Peserta Pelatihan', 'IKM', 'Indeks Kepuasan Masyarakat (IKM)'), S1),
 ('B16', 'orang', 'F', 200, Y('Jumlah peserta pelatihan dari keluarga miskin', 'Jumlah peserta pelatihan dari keluarga miskin/rentan', None, None), S1),
 ('B17', 'orang', 'F', 60, Y(None, None, 'Jumlah peserta pelatihan penyandang disabilitas', 'Jumlah peserta disabilitas'), S1),
 ('B18', 'orang', 'F', 280, Y('Jumlah peserta pelatihan laki-laki', 'Jumlah peserta pelatihan laki-laki', 'Jumlah peserta pelatihan laki laki', 'Jml peserta laki-laki'), S1),
 ('B19', 'orang', 'F', 200, Y('Jumlah peserta pelatihan perempuan', 'Jumlah peserta pelatihan perempuan', 'Jumlah peserta pelatihan perempuan', 'Jml peserta perempuan'), S1),
 ('B20', 'Rp', 'F', 90000000, Y(None, 'Pendapatan dari unit produksi BLK', 'Pendapatan unit produksi/jasa BLK', 'PNBP unit produksi BLK'), S2),
 ('B21', 'jam', 'L', 240, Y('Rata-rata jam pelatihan per paket', None, None, None), S1),
 ('B22', 'orang', 'L', 160, Y(None, None, 'Jumlah pencari kerja terdaftar yang dilatih', 'Jumlah pencaker terdaftar yg dilatih'), S2),
]
ag.ambiguous = [['B06', 'B06b']]
# ---- 2021 LKjIP (.ods); planted: B09 target typed 10x
F1 = 'LKjIP_BLK_2021.ods'
wb = ag.book(F1)
E = entries(IND, 2021, 2021, 33, {('B09', 2021): dict(t=(240, 'num')), ('B15', 2021): dict(r=(None, 'grade:BB'), t=(82, 'ge')),
                                  ('B01', 2021): dict(name='1. Jumlah peserta pelatihan berbasis kompetensi'),
                                  ('B05', 2021): dict(cont='kompetensi oleh LSP/BNSP', name='Persentase lulusan yang tersertifikasi')})
ws = wb.create_sheet('Bab III')
r = titles(ws, ['BAB III AKUNTABILITAS KINERJA', 'Tabel 3.2 Capaian Indikator Kinerja UPTD BLK Kabupaten Sungai Deras Tahun 2021'], 9)
r = lkjip(ag, F1, ws, 2021, E, r + 1, 2026)
ws2 = wb.create_sheet('Catatan'); put(ws2, 'A1', 'Angka 2019 dan 2020 bersumber dari LKjIP tahun sebelumnya.')
# ---- 2022 E.81 and 2023 turned-over table, one .xlsx
F2 = 'Evaluasi_dan_Capaian_BLK_2022_2023.xlsx'
wb = ag.book(F2)
E = entries(IND, 2022, 2021, 33, {('B02', 2022): dict(typed_over=(405, 'num')), ('B20', 2022): dict(t=(93600000, 'num'))})
ws = wb.create_sheet('E81_2022')
r = titles(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KABUPATEN SUNGAI DERAS', 'UPTD Balai Latihan Kerja - Periode Pelaksanaan Tahun 2022'], 20)
rows = [dict(prog='PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA', kode='2.07.02', rp=1650000000)]
for i, e in enumerate(E):
    e['kode'] = '2.07.02.1.01' if e['sas'] == S1 else '2.07.03.1.02'; e['keg'] = 'Pelaksanaan pelatihan berdasarkan unit kompetensi' if e['sas'] == S1 else 'Penempatan tenaga kerja'
    e['rp'] = 40000000 + 2500000 * i
    if i == 12: rows.append(dict(prog='PROGRAM PENEMPATAN TENAGA KERJA', kode='2.07.03', rp=380000000))
    rows.append(e)
r = e81(ag, F2, ws, 2022, rows, r + 1)
E = entries(IND, 2023, 2021, 33, {('B05', 2023): dict(r=(0.68, 'num')), ('B03', 2023): dict(t=(92, 'pct'), r=(94.1, 'pct')),
                                  ('B20', 2023): dict(t=(97200000, 'rp'))})
ws = wb.create_sheet('Capaian 2023')
r = titles(ws, ['CAPAIAN INDIKATOR KINERJA TAHUN 2023 (MENDATAR)'], 12)
r = transposed(ag, F2, ws, 2023, E, r + 1)
ws3 = wb.create_sheet('2023 lama'); ws3.sheet_state = 'hidden'
put(ws3, 'A1', 'Jumlah Peserta Pelatihan'); put(ws3, 'B1', 455)
# ---- 2024 Rencana Aksi row pairs (.xls); planted: B01 annual SUM formula leaves out TW IV
F3 = 'Renaksi_TW_BLK_2024.xls'
wb = ag.book(F3)
E = entries(IND, 2024, 2021, 33, {('B01', 2024): dict(bad_range='E:G'), ('B15', 2024): dict(t=(83, 'ge'))})
for e in E:
    e['qt'] = [round(e['t'][0] / 4) if e['kind'] == 'F' and e['sat'] != 'Rp' else None] * 4
    if e['kind'] == 'F' and e['sat'] != 'Rp': e['qt'][3] = e['t'][0] - 3 * e['qt'][0]
ws = wb.create_sheet('Renaksi 2024')
r = titles(ws, ['RENCANA AKSI DAN REALISASI PER TRIWULAN', 'UPTD BALAI LATIHAN KERJA', 'TAHUN 2024'], 9)
r = ra_pairs(ag, F3, ws, 2024, E, r + 1)
sign(ws, r + 2, 'G', 'Sungai Deras', 2024, 'Drs. Yohanes Simanjuntak', '19710605 199803 1 002', 'Kepala UPTD BLK')
ag.save()
