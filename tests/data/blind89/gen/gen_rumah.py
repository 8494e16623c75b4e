import openpyxl
from lib import *

ag = Agency('uptd_rumah_singgah_prov_karang_sari', [2019, 2020, 2021, 2022])
S1 = 'Meningkatnya kualitas pelayanan sosial bagi anak terlantar'
S2 = 'Meningkatnya jangkauan layanan bagi anak jalanan'
S3 = 'Meningkatnya akuntabilitas kinerja UPTD'

# ---- 2019 PK + 2020 Rencana Aksi in one workbook
y19 = [
    I('R01', 'Jumlah anak terlantar yang mendapatkan pelayanan di Rumah Singgah', 'anak', 240, 251, sas=S1),
    I('R02', 'Prosentase anak terlantar yang mendapatkan pelayanan', '%', ('t', '≥ 80', 80), ('p', 0.8367), 'L', sas=S1),
    I('R03', 'Jumlah anak baru yang diterima di rumah singgah', 'anak', 150, 163, sas=S1),
    I('R04', 'Jumlah anak yang dikembalikan kepada keluarga', 'anak', 60, 58, sas=S1, wrap='(reunifikasi)'),
    I('R05', 'Persentase anak yang dikembalikan kepada keluarga', '%', 40, ('t', '35,6 %', 35.6), 'L', sas=S1),
    I('R06', 'Jumlah anak korban tindak kekerasan yang mendapat pendampingan psikososial', 'anak', 45, 47, sas=S1),
    I('R07', 'Jumlah anak yang memperoleh layanan pendidikan (formal/nonformal)', 'anak', 110, 104, sas=S1),
    I('R08', 'Persentase anak penerima manfaat yang memiliki akta kelahiran', '%', ('t', '80 - 85', 80), 78.2, 'L', sas=S1),
    I('R09', 'Jumlah kegiatan penjangkauan (outreach) anak jalanan', 'kali', 24, 26, sas=S2),
    I('R10', 'Jumlah anak jalanan yang berhasil dijangkau', 'anak', 1200, 131, sas=S2),   # target typed 10x
    I('R17', 'Persentase anak binaan yang kembali ke jalan', '%', ('t', '≤ 10', 10), 12.4, 'L', sas=S2),
    I('R11', 'Rata-rata lama tinggal anak di rumah singgah', 'hari', 30, 27.5, 'L', sas=S3),
    I('R12', 'Indeks Kepuasan Masyarakat (IKM)', 'indeks', 80, ('t', '82,15', 82.15), 'L', sas=S3),
    I('R13', 'Jumlah pekerja sosial yang mengikuti peningkatan kapasitas', 'orang', 12, 12, sas=S3),
    I('R14', 'Persentase realisasi anggaran', '%', 95, ('t', '93,48 %', 93.48), 'L', sas=S3),
    I('R15', 'Jumlah realisasi belanja UPTD (Rp)', 'Rp', ('t', 'Rp 1.150.000.000,-', 1150000000),
      ('t', 'Rp 1.075.020.500,-', 1075020500), insas=True),
    I('R18', 'Nilai Evaluasi AKIP UPTD', 'predikat', 'B', 'B', 'L', insas=True),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'PK 2019'
r = title(ws, ['PENGUKURAN KINERJA TAHUN 2019', 'UPTD RUMAH SINGGAH DAN PERLINDUNGAN ANAK',
               'DINAS SOSIAL PROVINSI KARANG SARI'], 7)
r = lay_pk(ag, 'R_Capaian_2019_2020.xlsx', ws, 2019, y19, r + 2,
           labels=['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian'],
           draft=('R09', 'Jumlah kegiatan penjangkauan (draft lama)', 30, 22))
text(ws, f'A{r + 1}', 'Jumlah Anggaran : Rp 1.150.000.000,-   Realisasi : Rp 1.075.020.500,- (93,48%)')
text(ws, f'A{r + 2}', '*) angka sementara, menunggu verifikasi BPKAD')
sign(ws, r + 4, 6, 'Sindang Laut, 31 Januari 2020', 'Kepala UPTD,', 'Drs. MARZUKI HASIBUAN', '19680412 199303 1 007')

y20 = [
    I('R01', 'Jumlah Anak Terlantar yg mendapat pelayanan di Rumah Singgah', 'anak', 250, [62, 70, 58, 66], sas=S1),
    I('R02', 'Persentase anak terlantar yg mendapat pelayanan (%)', '%', 82, [80.1, 81.0, '-', 83.4], 'L', sas=S1),
    I('R03', 'Jumlah anak baru yg diterima', 'anak', 155, [40, 36, 38, 45], sas=S1),
    I('R04', 'Jumlah anak yang direunifikasi dg keluarga', 'anak', 62, [14, 17, 50, 16], sas=S1),  # TW III 10x
    I('R05', 'Persentase anak direunifikasi dg keluarga', '%', 40, [None, 35.0, 37.5, 38.9], 'L', sas=S1),
    I('R06', 'Jumlah anak korban kekerasan yg didampingi psikososial', 'anak', 48, [11, 13, 10, 15], sas=S1),
    I('R07', 'Jumlah anak yang mendapat layanan pendidikan', 'anak', 112, [30, 28, 25, 27], sas=S1),
    I('R08', 'Persentase anak yang memiliki Akta Kelahiran', '%', 85, [70, 76.5, 80, None], 'L', sas=S1),
    I('R19', 'Jumlah keluarga yang mendapat bimbingan pengasuhan anak', 'KK', 40, [8, 12, 9, 13], sas=S1),
    I('R09', 'Jumlah kegiatan penjangkauan anak jalanan', 'kali', 24, [6, 4, '-', 8], sas=S2),
    I('R10', 'Jumlah anak jalanan yg dijangkau', 'anak', 125, [35, 22, 30, 41], sas=S2),
    I('R17', 'Persentase anak binaan yg kembali turun ke jalan', '%', 10, [13.0, 11.2, 10.5, 9.8], 'L', sas=S2),
    I('R11', 'Rata-rata lama tinggal anak (hari)', 'hari', 30, [31, 29, 28, 26.5], 'L', sas=S3),
    I('R12', 'Nilai IKM terhadap pelayanan rumah singgah', 'indeks', 81, [None, 81.9, None, 83.02], 'L', sas=S3),
    I('R13', 'Jumlah pekerja sosial yg mengikuti peningkatan kapasitas', 'orang', 14, [0, 6, 0, 8], sas=S3),
    I('R14', 'Prosentase serapan anggaran', '%', 95, [18.2, 41.5, 67.3, 94.1], 'L', sas=S3),
    I('R15', 'Realisasi belanja UPTD (Rp juta)', 'Rp juta', 1210, [220.4, 282.75, 310.1, 325.3], sas=S3),
    I('R18', 'Nilai evaluasi SAKIP', 'predikat', 'B', ['-', '-', '-', 'BB'], 'L', sas=S3),
]
ws = wb.create_sheet('RA 2020')
r = title(ws, ['RENCANA AKSI DAN REALISASI TRIWULAN TAHUN ANGGARAN 2020',
               'UPTD Rumah Singgah dan Perlindungan Anak Dinas Sosial Prov. Karang Sari'], 9)
text(ws, f'A{r}', 'Kondisi s.d. 31 Desember 2020')
r = lay_tw(ag, 'R_Capaian_2019_2020.xlsx', ws, 2020, y20, r + 2, 'plain')
text(ws, f'A{r + 1}', 'Catatan: TW III penjangkauan ditiadakan (PPKM); "-" = tidak dilaporkan')
sign(ws, r + 3, 7, 'Sindang Laut, 8 Januari 2021', 'Kepala UPTD,', 'Drs. MARZUKI HASIBUAN', '19680412 199303 1 007')
hs = wb.create_sheet('RA 2020 (lama)')
text(hs, 'A1', 'DRAFT - jangan dipakai')
for i, it in enumerate(y20[:8]):
    hs.cell(3 + i, 2, it['name'])
    hs.cell(3 + i, 4, it['t'] if not isinstance(it['t'], tuple) else 0)
    hs.cell(3 + i, 5, 1)
hs.sheet_state = 'hidden'
ag.save(wb, 'R_Capaian_2019_2020.xlsx')

# ---- 2021 LKjIP table (xls)
y21 = [
    I('R01', 'Jumlah anak terlantar yang dilayani di rumah singgah (anak)', 'anak', 255, 262, end=300, p2=251, p1=256),
    I('R02', 'Persentase anak terlantar yang dilayani', '%', 84, 85.1, 'L', end=90, p2=83.67, p1=83.4),
    I('R03', 'Jumlah penerimaan anak baru (anak)', 'anak', 158, 149, end=180, p2=163, p1=159),
    I('R04', 'Jumlah anak yang direunifikasi dengan keluarga/ keluarga pengganti', 'anak', 64, 66, end=75, p2=58, p1=97),
    I('R05', 'Persentase reunifikasi anak dengan keluarga', '%', 42, 41.5, 'L', end=50, p2=35.6, p1=38.9),
    I('R06', 'Jumlah anak korban kekerasan yang mendapat pendampingan psikososial', 'anak', 50, 53, end=60, p2=47, p1=49),
    I('R07l', 'Jumlah anak laki-laki yang mendapat layanan pendidikan', 'anak', 60, 57),
    I('R07p', 'Jumlah anak perempuan yang mendapat layanan pendidikan', 'anak', 55, 58),
    I('R08', 'Persentase anak yang memiliki akte kelahiran', '%', 88, 86.25, 'L', end=95, p2=78.2, p1=80),
    I('R19', 'Jumlah keluarga yg memperoleh bimbingan pengasuhan', 'KK', 42, 45, p1=42),
    I('R09', 'Frekuensi penjangkauan anak jalanan (kali)', 'kali', 24, 24, end=24, p2=26, p1=18),
    I('R10', 'Jumlah anak jalanan yang dijangkau (anak)', 'anak', 130, 142, end=150, p2=131, p1=128),
    I('R16', 'Jumlah kasus anak yang dirujuk ke lembaga layanan lanjutan', 'kasus', 20, 23),
    I('R11', 'Rata2 lama tinggal anak di Rumah Singgah', 'hari', 28, 26, 'L', end=21, p2=27.5, p1=26.5),
    I('R12', 'Nilai Survei Kepuasan Masyarakat (SKM)', 'nilai', 82, 84.37, 'L', end=85, p2=82.15, p1=83.02),
    I('R13', 'Jumlah peksos & pendamping yang mengikuti peningkatan kapasitas', 'orang', 15, 16, end=20, p2=12, p1=14),
    I('R14', 'Persentase realisasi anggaran UPTD', '%', 95, ('t', '96,02%', 96.02), 'L', end=97, p2=93.48, p1=94.1),
    I('R15', 'Realisasi belanja UPTD', 'Rp', ('t', 'Rp 1.250.000.000,-', 1250000000), 1187.4),  # unit: realisasi in juta
    I('R18', 'Hasil evaluasi AKIP (predikat)', 'predikat', 'BB', 'B', 'L', p2='B', p1='BB'),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Tabel 3.1'
r = title(ws, ['Tabel 3.1', 'Capaian Indikator Kinerja UPTD Rumah Singgah dan Perlindungan Anak Tahun 2021'], 10)
r = lay_lkjip(ag, 'R_LKjIP_2021.xls', ws, 2021, y21, r + 1, 2023)
text(ws, f'A{r}', 'Sumber: Laporan Triwulan UPTD dan aplikasi SIKS-NG, diolah')
text(ws, f'A{r + 1}', 'Ket: realisasi belanja dalam juta rupiah')
ns = wb.create_sheet('Catatan')
text(ns, 'A1', 'Catatan penyusunan LKjIP 2021')
text(ns, 'A2', '1. Indikator layanan pendidikan dipisah laki-laki/perempuan mulai 2021 (PUG).')
text(ns, 'A3', '2. Indikator rujukan kasus baru mulai 2021.')
ag.save(wb, 'R_LKjIP_2021.xls')

# ---- 2022 cards (ods)
y22 = [
    I('R01', 'Jumlah anak terlantar yang terlayani di UPTD Rumah Singgah', 'anak', 260, 270),
    I('R02', '% anak terlantar yang terlayani', '%', ('p', 0.85), ('f', '=270/312', 270 / 312, '0.00%'), 'L'),
    I('R03', 'Jumlah Anak Baru Yang Diterima', 'anak', 160, 171),
    I('R04', 'Jumlah anak reunifikasi dengan keluarga', 'anak', 66, 69),
    I('R05', 'Persentase anak yang berhasil direunifikasi ', '%', 44, ('t', '43,9 %', 43.9), 'L'),
    I('R06b', 'Jumlah anak korban kekerasan yang mendapat layanan rehabilitasi sosial', 'anak', 55, 61),
    I('R07l', 'Jumlah anak laki-laki yg memperoleh layanan pendidikan', 'anak', 62, 64),
    I('R07p', 'Jumlah anak perempuan yg memperoleh layanan pendidikan', 'anak', 58, 60),
    I('R08', 'Persentase anak yang telah memiliki\nakta kelahiran & NIK', '%', 90, 0.92, 'L'),  # fraction typed plain
    I('R19', 'Jumlah keluarga penerima bimbingan pengasuhan (KK)', 'KK', 45, 47),
    I('R09', 'Jumlah kegiatan outreach anak jalanan', 'kali', 24, 25),
    I('R10', 'Jumlah anak jalanan terjangkau', 'anak', 135, ('t', '1.185*)', 1185)),
    I('R16', 'Jumlah kasus yang dirujuk ke lembaga lain', 'kasus', 22, 19),
    I('R11', 'Rerata lama tinggal anak', 'hari', 25, 24, 'L'),
    I('R12', 'Indeks Kepuasan Masyarakat thd layanan UPTD', 'indeks', 83, 85.6, 'L'),
    I('R13', 'Jumlah pekerja sosial/pendamping yang ditingkatkan kapasitasnya', 'orang', 16, 16),
    I('R14', 'Persentase Realisasi Anggaran', '%', 96, 97.35, 'L'),
    I('R15', 'Jumlah realisasi belanja (Rp)', 'Rp', 1300000000, 1265550000),
    I('R18', 'Nilai evaluasi SAKIP', 'predikat', 'BB', 'BB', 'L'),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Kartu IKU 2022'
text(ws, 'B1', 'KARTU INDIKATOR KINERJA UTAMA (IKU) 2022', B)
text(ws, 'B2', 'UPTD Rumah Singgah dan Perlindungan Anak - Dinsos Prov. Karang Sari', B)
r = lay_cards(ag, 'R_Kartu_IKU_2022.ods', ws, 2022, y22, 4)
text(ws, f'B{r}', '*) termasuk penjangkauan gabungan dengan Satpol PP (angka kumulatif kunjungan)')
sign(ws, r + 2, 5, 'Sindang Laut, 20 Januari 2023', 'Kepala UPTD,', 'RATNA DEWI SIREGAR, S.Sos., M.Si', '19750921 200112 2 003')
ag.save(wb, 'R_Kartu_IKU_2022.ods')
ag.write([['R06', 'R06b']])
print('rumah', len(ag.rows))
