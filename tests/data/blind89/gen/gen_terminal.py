import openpyxl
from lib import *

ag = Agency('uptd_terminal_tipe_b_kota_pelita_timur', [2020, 2021, 2022, 2023])
S1 = 'Meningkatnya kualitas pelayanan terminal penumpang'
S2 = 'Meningkatnya keselamatan angkutan umum'
S3 = 'Meningkatnya akuntabilitas kinerja dan pendapatan'

# ---- 2020 Rencana Aksi, cumulative s.d. TW (xls)
F = 'P_RA_2020.xls'
y20 = [
    I('P01', 'Jumlah penumpang berangkat', 'orang', 210000, [52310, 61200, 98450, 141870], sas=S1),
    I('P02', 'Jumlah penumpang datang', 'orang', 205000, [50120, 58840, 95010, 137225], sas=S1),
    I('P03', 'Jumlah ritase bus yang masuk terminal', 'rit', 24000, [6010, 9150, 14300, 19880], sas=S1),
    I('P11', 'Jumlah trayek yang dilayani', 'trayek', 18, [18, 14, 15, 16], 'L', sas=S1),
    I('P06', 'Persentase ketepatan waktu keberangkatan bus', '%', 85, [82.1, 79.5, 84.0, '-'], 'L', sas=S1),
    I('P10', 'Persentase fasilitas terminal dalam kondisi baik', '%', ('t', '≥ 80', 80), [76, 76, 78.5, 81], 'L', sas=S1),
    I('P13', 'Jumlah penumpang prioritas (lansia, disabilitas, ibu hamil) yang dilayani', 'orang', 1500, [410, 520, 790, 1105], sas=S1),
    I('P17', 'Rata-rata load factor bus AKDP', '%', 65, [58.2, 31.4, 44.8, 49.9], 'L', sas=S1),
    I('P05', 'Jumlah kendaraan yang diperiksa (ramp check)', 'kendaraan', 600, [140, 210, 355, 512], sas=S2),
    I('P04', 'Persentase kendaraan yang lulus ramp check', '%', 90, [88.6, 87.1, 89.3, 90.2], 'L', sas=S2),
    I('P14', 'Jumlah kegiatan sosialisasi keselamatan berlalu lintas', 'kali', 12, [3, 6, 9, 120], sas=S2),  # s.d. TW IV typed 10x
    I('P15', 'Jumlah pengemudi yang diperiksa kesehatan', 'orang', 400, [95, 95, 210, 318], sas=S2),
    I('P20', 'Jumlah kendaraan yang ditindak karena pelanggaran', 'kendaraan', ('t', '-', None), [12, 30, 41, 57], sas=S2),
    I('P09', 'Jumlah kejadian gangguan keamanan dan ketertiban di terminal', 'kejadian', 6, [1, 2, 4, 5], sas=S2),
    I('P07', 'Pendapatan retribusi terminal (Rp)', 'Rp', ('t', 'Rp 1.450.000.000,-', 1450000000),
      [310250000, 402100000, 688400000, 951375000], sas=S3),
    I('P08', 'Indeks Kepuasan Masyarakat', 'indeks', 78, [None, 77.9, None, ('t', '79,32', 79.32)], 'L', sas=S3),
    I('P16', 'Persentase realisasi anggaran', '%', 95, [15.2, 33.0, 61.7, 89.95], 'L', sas=S3),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'RA 2020'
r = title(ws, ['RENCANA AKSI KINERJA TAHUN 2020', 'UPTD PENGELOLAAN TERMINAL PENUMPANG TIPE B "MANGGALA"',
               'DINAS PERHUBUNGAN KOTA PELITA TIMUR'], 9)
text(ws, f'A{r}', 'Realisasi kumulatif s.d. akhir triwulan')
r = lay_tw(ag, F, ws, 2020, y20, r + 2, 'sd')
text(ws, f'A{r + 1}', 'Ket: TW II-III terminal dibatasi operasionalnya (pembatasan mudik COVID-19).')
sign(ws, r + 3, 6, 'Pelita Timur, 11 Januari 2021', 'Kepala UPTD Terminal,', 'BAMBANG SETYO WIBOWO, S.T.', '19760118 200212 1 005')
ag.save(wb, F)

# ---- 2021 PK over two sheets (xlsx)
F = 'P_PK_2021.xlsx'
a21 = [
    I('P01', 'Jumlah penumpang yang berangkat dari terminal', 'orang', 180000, ('f', '=48210+51377+39950', 139537), sas=S1),  # TW IV left out
    I('P02', 'Jumlah penumpang yang datang ke terminal', 'orang', 175000, 168042, sas=S1),
    I('P03', 'Jumlah ritase kendaraan umum masuk terminal', 'rit', 22000, 21460, sas=S1),
    I('P11', 'Jumlah trayek AKDP yg dilayani terminal', 'trayek', 17, 16, 'L', sas=S1),
    I('P12', 'Jumlah trayek baru yang dibuka', 'trayek', 1, 1, sas=S1),
    I('P06', 'Persentase bus berangkat tepat waktu', '%', 85, 0.874, 'L', sas=S1),  # fraction in plain cell
    I('P10', 'Persentase fasilitas utama dlm kondisi baik', '%', 82, ('t', '83,5 %', 83.5), 'L', sas=S1),
    I('P13', 'Jumlah penumpang prioritas yg dilayani', 'orang', 1300, 1412, sas=S1),
    I('P17', 'Load factor rata-rata bus AKDP (%)', '%', 60, 52.7, 'L', sas=S1),
]
b21 = [
    I('P05', 'Jumlah kendaraan yg di ramp check', 'kendaraan', 600, 634, sas=S2),
    I('P04', 'Prosentase kendaraan umum yg laik jalan (ramp check)', '%', ('p', 0.9), ('p', 0.912), 'L', sas=S2),
    I('P14', 'Jumlah sosialisasi keselamatan LLAJ', 'kali', 12, 12, sas=S2),
    I('P15', 'Jumlah pemeriksaan kesehatan pengemudi', 'orang', 400, 388, sas=S2),
    I('P20', 'Jumlah kendaraan yang ditindak pelanggaran', 'kendaraan', 60, 71, sas=S2),
    I('P09', 'Jumlah kejadian gangguan kamtib di terminal', 'kejadian', 5, 3, sas=S2),
    I('P07', 'Realisasi pendapatan retribusi pelayanan terminal', 'Rp', 1500000000, ('t', '1.387.650.000', 1387650000), sas=S3),
    I('P08', 'IKM pelayanan terminal', 'indeks', 80, 81.06, 'L', sas=S3),
    I('P16', 'Persentase realisasi anggaran', '%', 95, 93.7, 'L', insas=True),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'PK 2021 (1)'
r = title(ws, ['PENGUKURAN KINERJA TAHUN 2021', 'UPTD Pengelolaan Terminal Penumpang Tipe B', 'Dinas Perhubungan Kota Pelita Timur'], 7)
text(ws, f'A{r}', 'Sasaran 1 (lanjutan di lembar berikutnya)')
r = lay_pk(ag, F, ws, 2021, a21, r + 2,
           labels=['No.', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian'])
text(ws, f'B{r + 1}', 'Realisasi penumpang berangkat = TW I + TW II + TW III (TW IV menyusul)')
ws = wb.create_sheet('PK 2021 (2)')
text(ws, 'A1', 'PENGUKURAN KINERJA TAHUN 2021 (lanjutan)', B)
r = lay_pk(ag, F, ws, 2021, b21, 3, order=('No', 'Sasaran', 'Indikator', 'Target', 'Satuan', 'Realisasi', 'Capaian'),
           labels=['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET 2021', 'SATUAN', 'REALISASI 2021', '%'],
           numbered_hdr=True, copy_below=True)
sign(ws, r + 2, 5, 'Pelita Timur, 28 Januari 2022', 'Kepala UPTD Terminal,', 'BAMBANG SETYO WIBOWO, S.T.', '19760118 200212 1 005')
ag.save(wb, F)

# ---- 2022 LKjIP + 2023 E.81 (ods)
F = 'P_LKjIP_Evaluasi_2022_2023.ods'
y22 = [
    I('P01', 'Jumlah penumpang berangkat melalui Terminal Tipe B (orang)', 'orang', 195000, 201334, end=240000, p2=141870, p1=139537),
    I('P02', 'Jumlah penumpang datang melalui Terminal Tipe B (orang)', 'orang', 190000, 196870, end=235000, p2=137225, p1=168042),
    I('P03', 'Jumlah ritase angkutan umum yang masuk terminal', 'rit', 23000, 23315, end=26000, p2=19880, p1=21460),
    I('P11', 'Jumlah trayek AKDP yang dilayani', 'trayek', 17, 17, 'L', end=20, p2=16, p1=16),
    I('P12', 'Jumlah trayek baru yang dibuka', 'trayek', 1, 0, end=3, p1=1),
    I('P18', 'Jumlah penumpang angkutan lebaran', 'orang', 25000, 31408),
    I('P06', 'Persentase keberangkatan bus tepat waktu', '%', 87, 88.2, 'L', end=92, p2='-', p1=87.4),
    I('P10u', 'Persentase fasilitas utama terminal dalam kondisi baik', '%', 85, 86, 'L', end=95),
    I('P10p', 'Persentase fasilitas penunjang terminal dalam kondisi baik', '%', 75, 71.5, 'L', end=90),
    I('P13', 'Jumlah layanan penumpang prioritas', 'orang', 1500, 1688, end=2000, p2=1105, p1=1412),
    I('P19', 'Persentase transaksi tiket non tunai', '%', 20, 14.3, 'L', end=50),
    I('P05', 'Jumlah kendaraan yang dilakukan ramp check', 'kendaraan', 6000, 655, end=700, p2=512, p1=634),  # target 10x
    I('P04', 'Persentase kendaraan laik jalan hasil ramp check', '%', 91, 92.4, 'L', end=95, p2=90.2, p1=91.2),
    I('P14', 'Jumlah kegiatan sosialisasi keselamatan', 'kali', 12, 14, end=12, p2=12, p1=12),
    I('P15', 'Jumlah pengemudi yg diperiksa kesehatan & tes urine', 'orang', 420, 436, end=500, p2=318, p1=388),
    I('P20', 'Jumlah kendaraan yang ditindak pelanggaran ', 'kendaraan', 60, 48, end=50, p2=57, p1=71),
    I('P09', 'Jumlah kejadian gangguan kamtib di terminal', 'kejadian', 4, 4, end=2, p2=5, p1=3),
    I('P07', 'Pendapatan retribusi terminal (Rp juta)', 'Rp juta', 1650, ('t', '1.712,35', 1712.35), end=2000, p2=951.38, p1=1387.65),
    I('P08', 'Nilai SKM pelayanan terminal', 'nilai', 81, 82.44, 'L', end=85, p2=79.32, p1=81.06),
    I('P16', 'Persentase realisasi anggaran', '%', 95, 96.18, 'L', end=95, p2=89.95, p1=93.7),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Tabel 3.2 LKjIP 2022'
r = title(ws, ['Tabel 3.2', 'Perbandingan Realisasi Kinerja Tahun 2022 dengan Tahun Sebelumnya dan Target Akhir Renstra'], 10)
r = lay_lkjip(ag, F, ws, 2022, y22, r + 1, 2026)
text(ws, f'A{r}', 'Rata-rata capaian', B)
ws[f'I{r}'] = f'=AVERAGE(I{r - 20}:I{r - 1})'
text(ws, f'A{r + 1}', 'Mulai 2022 satuan retribusi dalam juta rupiah; fasilitas dipisah utama/penunjang (Permenhub 24/2021).')

P = ('PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', '2.15.02', [
    I('P08', 'Indeks Kepuasan Pengguna Jasa Terminal', 'indeks', 82, None, 'L', q=[None, 82.1, None, 83.7], end=85,
      rp=3850000000, rp_end=19000000000, rpq=[610000000, 905500000, 1102300000, 1008750000]),
    I('P16', 'Persentase realisasi anggaran', '%', 95, None, 'L', q=[15.8, 39.3, 67.9, 94.1], end=95),
])
BL = [
    ('Pengelolaan Terminal Penumpang Tipe B', '2.15.02.2.03', []),
    ('Pengoperasian Terminal Penumpang Tipe B', '2.15.02.2.03.01', [
        I('P01', 'Jumlah keberangkatan penumpang', 'orang', 215000, None, q=[49800, 61250, 52400, 58930], end=240000,
          rspec=224000, rp=2100000000, rpq=[340000000, 505000000, 612000000, 588400000]),  # computed col typed over
        I('P02', 'Jumlah kedatangan penumpang', 'orang', 210000, None, q=[48730, 60110, 51980, 57620], end=235000),
        I('P03', 'Jumlah Ritase Kendaraan Masuk Terminal (rit)', 'rit', 24000, None, q=[5950, 6310, 6020, 6240], end=26000),
        I('P11', 'Jumlah Trayek AKDP Terlayani', 'trayek', 18, None, 'L', q=[17, 17, 18, 18], end=20),
        I('P12', 'Jumlah trayek AKDP baru', 'trayek', 1, None, q=[0, 0, 1, 0], end=3),
        I('P18', 'Jumlah penumpang pada masa angkutan lebaran', 'orang', 32000, None, q=[0, 35120, 0, 0]),
        I('P06', 'Persentase ketepatan jadwal keberangkatan', '%', 88, None, 'L', q=[86.9, 88.0, 89.4, 88.8], end=92),
        I('P10u', 'Persentase fasilitas utama dalam kondisi baik', '%', 88, None, 'L', q=[86, 87, 87, 89], end=95),
        I('P10p', 'Persentase fasilitas penunjang dalam kondisi baik', '%', 78, None, 'L', q=[72, 74, 76.5, 79], end=90),
        I('P13b', 'Jumlah penumpang penyandang disabilitas yang mendapat layanan pendampingan', 'orang', 400, None,
          q=[84, 102, 95, 121], end=500),
        I('P19', 'Persentase transaksi tiket non-tunai', '%', 25, None, 'L', q=[15.1, 18.6, 22.0, 26.35], end=50),
        I('P07', 'Pendapatan Retribusi Terminal', 'Rp', 1800000000, None,
          q=[402150000, 468300000, 451700000, 495125000], end=2000000000),
    ]),
    ('Pengawasan Keselamatan Angkutan Umum di Terminal', '2.15.02.2.03.02', [
        I('P05', 'Jumlah pemeriksaan ramp check kendaraan', 'kendaraan', 650, None, q=[150, 170, 160, 188], end=700,
          rp=450000000, rpq=[80000000, 120000000, 130000000, 112600000]),
        I('P04', '% kendaraan lulus ramp check', '%', 92, None, 'L', q=[91.3, 92.0, 92.8, 93.1], end=95),
        I('P14', 'Frekuensi sosialisasi keselamatan (kali)', 'kali', 12, None, q=[3, 3, 3, 4], end=12),
        I('P15', 'Jumlah pengemudi yang diperiksa kesehatannya', 'orang', 450, None, q=[98, 140, 110, 125], end=500),
        I('P20', 'Jumlah kendaraan yg ditindak krn pelanggaran', 'kendaraan', 55, None, q=[10, 14, 9, 12], end=50),
        I('P09', 'Jumlah kejadian gangguan keamanan & ketertiban', 'kejadian', 3, None, q=[1, 1, 0, 1], end=2),
    ]),
]
ws = wb.create_sheet('E.81 2023')
r = title(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KOTA PELITA TIMUR', 'UPTD TERMINAL PENUMPANG TIPE B - DINAS PERHUBUNGAN',
               'PERIODE PELAKSANAAN TAHUN 2023'], 21)
r = lay_e81(ag, F, ws, 2023, BL, r + 1, P)
text(ws, f'C{r}', 'Rata-rata capaian kinerja', B)
text(ws, f'C{r + 1}', 'Predikat', B)
text(ws, f'T{r + 1}', 'Sangat Tinggi')
sign(ws, r + 3, 16, 'Pelita Timur, 15 Januari 2024', 'Kepala UPTD Terminal,', 'Hj. SRI WAHYUNINGSIH, S.E., M.M.', '19790524 200501 2 009')
hs = wb.create_sheet('E.81 2023 (rev0)')
text(hs, 'A1', 'Versi awal sebelum rekonsiliasi Bappeda')
for i, it in enumerate(BL[1][2]):
    hs.cell(3 + i, 4, it['name'])
    hs.cell(3 + i, 8, it['t'])
    hs.cell(3 + i, 18, 0)
hs.sheet_state = 'hidden'
ag.save(wb, F)
ag.write([['P13', 'P13b']])
print('terminal', len(ag.rows))
