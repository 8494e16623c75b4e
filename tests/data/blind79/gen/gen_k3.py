"""UPTD Balai K3, Disnakertrans Provinsi Selat Mawar, 2019-2022 (prefix K)."""
from lib import *

SLUG = 'uptd_balai_k3_prov_selat_mawar'
S1 = 'Meningkatnya penerapan norma keselamatan dan kesehatan kerja di perusahaan'
S2 = 'Meningkatnya kualitas pelayanan pengujian dan laboratorium K3'
T = [
 ('K01', 'F', 'perusahaan', S1, {2019: 'Jumlah perusahaan yang dilakukan pengujian K3', 2020: 'Jumlah Perusahaan yg Diuji K3',
                                 2021: 'Jumlah perusahaan yang mendapat layanan pengujian K3', 2022: 'Jml perusahaan dilayani pengujian K3'}),
 ('K02', 'L', '%', S1, {2019: 'Persentase perusahaan wajib uji yang dilakukan pengujian K3', 2020: 'Prosentase perusahaan wajib uji yg diuji K3',
                        2021: 'Persentase Perusahaan Wajib Uji yang Mendapat Layanan Pengujian K3', 2022: '% perusahaan wajib uji dilayani pengujian K3'}),
 ('K03', 'F', 'unit', S2, {2019: 'Jumlah pesawat uap dan bejana tekan yang diuji', 2020: 'Jumlah pesawat uap & bejana tekan yg diuji',
                           2021: 'Jumlah objek pesawat uap, bejana tekan dan tangki timbun yang diuji', 2022: 'Jumlah objek PUBT yang diuji (unit)'}),
 ('K04', 'F', 'unit', S2, {2019: 'Jumlah pesawat angkat dan angkut yang diuji', 2020: 'Jumlah pesawat angkat & angkut yg diuji',
                           2021: 'Jumlah objek pesawat angkat dan angkut yang diuji', 2022: 'Jumlah objek PAA yang diuji (unit)'}),
 ('K05', 'F', 'orang', S1, {2019: 'Jumlah tenaga kerja laki-laki yang diperiksa kesehatannya', 2020: 'Jml TK laki-laki yg diperiksa kesehatan',
                            2021: 'Jumlah Tenaga Kerja Diperiksa Kesehatannya - Laki-laki'}),
 ('K06', 'F', 'orang', S1, {2019: 'Jumlah tenaga kerja perempuan yang diperiksa kesehatannya', 2020: 'Jml TK perempuan yg diperiksa kesehatan',
                            2021: 'Jumlah Tenaga Kerja Diperiksa Kesehatannya - Perempuan'}),
 ('K05m', 'F', 'orang', S1, {2022: 'Jumlah tenaga kerja yang diperiksa kesehatannya (L+P)'}),
 ('K07', 'F', 'kasus', S1, {2019: 'Jumlah kasus kecelakaan kerja', 2020: 'Jumlah kecelakaan kerja yang dilaporkan',
                            2021: 'Jumlah Kasus Kecelakaan Kerja', 2022: 'Kasus kecelakaan kerja yang tercatat'}),
 ('K08', 'F', 'kasus', S1, {2019: 'Jumlah kasus penyakit akibat kerja (PAK)', 2020: 'Jumlah kasus PAK yg ditemukan',
                            2021: 'Jumlah Kasus Penyakit Akibat Kerja', 2022: 'Kasus penyakit akibat kerja (PAK) teridentifikasi'}),
 ('K09', 'F', 'orang', S1, {2019: 'Jumlah ahli K3 umum yang dibina', 2020: 'Jumlah Ahli K3 Umum yg dibina'}),
 ('K09b', 'F', 'orang', S1, {2021: 'Jumlah personil K3 yang dibina (Ahli K3, operator, teknisi)', 2022: 'Jumlah personil K3 yang dibina'}),
 ('K10', 'L', '%', S2, {2019: 'Persentase titik pengujian lingkungan kerja di bawah NAB', 2020: 'Prosentase hasil uji lingkungan kerja dibawah NAB',
                        2021: 'Persentase Hasil Pengujian Lingkungan Kerja Memenuhi NAB', 2022: '% titik uji lingkungan kerja memenuhi NAB'}),
 ('K11', 'F', 'sampel', S2, {2019: 'Jumlah sampel yang diuji laboratorium', 2020: 'Jumlah sampel diuji di laboratorium K3',
                             2021: 'Jumlah Sampel Pengujian Laboratorium', 2022: 'Jumlah sampel uji laboratorium higiene industri'}),
 ('K12', 'F', 'Rp', S2, {2019: 'Realisasi retribusi pengujian K3', 2020: 'Jumlah penerimaan retribusi pengujian K3 (Rp)',
                         2021: 'Penerimaan Retribusi Jasa Pengujian K3', 2022: 'Pendapatan retribusi pelayanan K3'}),
 ('K13', 'L', '%', S1, {2019: 'Persentase perusahaan yang memiliki P2K3', 2020: 'Persentase perusahaan yg membentuk P2K3',
                        2021: 'Persentase Perusahaan Yang Memiliki P2K3', 2022: 'Persentase perusahaan dengan P2K3 aktif'}),
 ('K14', 'L', 'perusahaan', S1, {2019: 'Jumlah perusahaan yang menerapkan SMK3', 2020: 'Jumlah perusahaan penerap SMK3',
                                 2021: 'Jumlah Perusahaan yang Menerapkan SMK3', 2022: 'Perusahaan menerapkan SMK3 (kumulatif)'}),
 ('K15', 'F', 'kegiatan', S1, {2019: 'Jumlah kegiatan sosialisasi K3', 2020: 'Jumlah sosialisasi & pembinaan K3',
                               2021: 'Jumlah Kegiatan Pembinaan dan Sosialisasi K3', 2022: 'Frekuensi sosialisasi K3 (kali)'}),
 ('K16', 'L', '%', S2, {2019: 'Persentase laporan hasil uji yang selesai tepat waktu', 2020: 'Persentase LHU selesai tepat waktu',
                        2021: 'Persentase Laporan Hasil Uji (LHU) Tepat Waktu', 2022: 'Ketepatan waktu penerbitan LHU (%)'}),
 ('K17', 'L', 'nilai', S2, {2019: 'Indeks Kepuasan Masyarakat', 2020: 'Nilai IKM', 2021: 'Indeks Kepuasan Masyarakat (IKM)',
                            2022: 'IKM layanan pengujian K3'}),
 ('K18', 'F', 'perusahaan', S1, {2021: 'Jumlah perusahaan yang dilakukan audit SMK3', 2022: 'Jumlah audit SMK3 yg difasilitasi'}),
 ('K19', 'F', 'unit', S2, {2019: 'Jumlah kalibrasi alat ukur', 2020: 'Jumlah alat ukur yang dikalibrasi'}),
]
ORDER = lambda items: sorted(items, key=lambda it: (it['sas'] != S1, it['id']))
ag = Agency(SLUG, 'UPTD Balai K3', 'Dinas Tenaga Kerja dan Transmigrasi Provinsi Selat Mawar', [2019, 2020, 2021, 2022], 'Tanjung Mawar')
KEPALA = ('Ir. Rusdianto Pakpahan, M.T.', '19680921 199503 1 002')

# ---------------- workbook 1 (.xls): Permendagri 86 E.81, 2019
F1 = 'Evaluasi_Renja_E81_BalaiK3_2019.xls'
wb = ag.book(F1)
ws = wb.create_sheet('E.81 TA 2019')
it19 = make_items('K', T, 2019, tmodes=('num',), rmodes=('num',))
d = by_id(it19)
for it in it19:
    it['renstra'] = n(it['tv'] * (5 if it['kind'] == 'F' and it['unit'] != 'Rp' else 1) if it['unit'] != 'Rp' else it['tv'] * 5, '#,##0' if it['unit'] == 'Rp' else None)
    it['prev'] = n(0 if it['kind'] == 'F' else round(it['tv'] * 0.9, 1))
    if it['unit'] == 'Rp':
        it['t'] = n(it['tv'], '#,##0'); it['q'] = [n(x.key, '#,##0') for x in it['q']]
d['K07']['e81r'] = 'typed'; d['K07']['r'] = n(d['K07']['rv'] + 9)   # MISTAKE: computed column 13 typed over
d['K11']['e81r'] = 'wrong'                                           # MISTAKE: wrong formula (TW IV left out)
d['K17']['q'] = [dash(), n(79.5), dash(), n(d['K17']['rv'])]
tree = [
 ('program', '1.02.01', 'Program Pelayanan Administrasi Perkantoran', [], 245_000_000),
 ('program', '1.02.02', 'Program Peningkatan Pengawasan Keselamatan dan Kesehatan Kerja', [d['K02'], d['K13'], d['K14']], 1_150_000_000),
 ('kegiatan', '1.02.02.01', 'Pelayanan Pengujian K3 di Perusahaan', [d['K01'], d['K12']], 385_000_000),
 ('kegiatan', '1.02.02.02', 'Pengujian Pesawat Uap dan Bejana Tekan', [d['K03']], 212_500_000),
 ('kegiatan', '1.02.02.03', 'Pengujian Pesawat Angkat dan Angkut', [d['K04']], 198_000_000),
 ('kegiatan', '1.02.02.04', 'Pemeriksaan Kesehatan Tenaga Kerja', [d['K05'], d['K06'], d['K08']], 276_000_000),
 ('kegiatan', '1.02.02.05', 'Pembinaan dan Sosialisasi K3', [d['K09'], d['K15'], d['K07']], 164_250_000),
 ('program', '1.02.03', 'Program Peningkatan Mutu Pelayanan Laboratorium K3', [d['K10'], d['K16']], 640_000_000),
 ('kegiatan', '1.02.03.01', 'Pelayanan Pengujian Laboratorium Higiene Industri', [d['K11'], d['K19']], 318_000_000),
 ('kegiatan', '1.02.03.02', 'Survei Kepuasan Pengguna Layanan', [d['K17']], 42_000_000),
]
r = title(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI SELAT MAWAR',
               'RENJA UPTD BALAI KESELAMATAN DAN KESEHATAN KERJA PROVINSI SELAT MAWAR TAHUN 2019',
               'Periode Pelaksanaan: Triwulan I s.d. IV Tahun 2019',
               'Indikator dan target kinerja Perangkat Daerah Provinsi yang mengacu pada sasaran RKPD: -'], 27)
r = layout_e81(ag, F1, ws, 2019, tree, r, 2023)
ws.cell(r, 4, 'Faktor pendorong: dukungan perusahaan dalam pemenuhan kewajiban uji riksa')
ws.cell(r + 1, 4, 'Faktor penghambat: keterbatasan tenaga penguji (4 orang Ahli K3 Spesialis)')
sign(ws, r + 3, 'T', 'Tanjung Mawar', 2019, 'Kepala UPTD Balai K3,', *KEPALA, date='15 Januari')

# ---------------- workbook 2 (.ods): Renstra matrix (realisasi 2020) + PK 2021 with PK Awal/Perubahan
F2 = 'Renstra_dan_PK_BalaiK3_2020_2021.ods'
wb = ag.book(F2)
ws = wb.create_sheet('Matriks Renstra')
it20 = ORDER(make_items('K', T, 2020, tmodes=('num', 'pf'), rmodes=('num', 'txt', 'pf')))
d = by_id(it20)
for it in it20:
    tv = it['tv']
    base = [round(tv * f, 1) if isinstance(tv, float) or it['unit'] == '%' else int(tv * f) for f in (0.95, 1.0, 1.04, 1.08, 1.12)]
    if it['unit'] == '%':
        base = [min(100, x) for x in base]
    it['t5'] = base
    it['awal'] = base[0]
d['K13']['t'] = n(d['K13']['tv'] * 10)        # MISTAKE: target typed 10x
d['K12']['t'] = txt(d['K12']['tv'], 'Rp'); d['K12']['r'] = txt(d['K12']['rv'], 'Rp')
d['K07']['t'] = ge(d['K07']['tv'], '≤'); d['K07']['ket'] = 'indikator negatif'
d['K17']['t'] = rng_txt(80, 85)
d['K19']['ket'] = 'dihapus pada reviu Renstra'
r = title(ws, ['MATRIKS RENCANA STRATEGIS 2019-2023', 'UPTD BALAI K3 PROVINSI SELAT MAWAR',
               '(disertai realisasi tahun 2020)'], 12)
r = layout_renstra(ag, F2, ws, 2020, it20, r, 2019)
ws.cell(r + 1, 3, 'Sumber: Renstra Disnakertrans 2019-2023 (reviu 2020), realisasi dari laporan triwulan IV 2020')

ws = wb.create_sheet('PK 2021')
it21 = ORDER(make_items('K', T, 2021, tmodes=('num',), rmodes=('num', 'star', 'pf')))
d = by_id(it21)
for it in it21:
    it['t_awal'] = it['t']
d['K12']['t'] = n(d['K12']['tv'] * 1000, '#,##0')       # MISTAKE: target typed 1000x
d['K12']['t_awal'] = n(d['K12']['tv'], '#,##0'); d['K12']['r'] = n(d['K12']['rv'], '#,##0')
d['K04']['t_awal'] = n(int(d['K04']['tv'] * 1.2))
d['K11']['t_awal'] = n(int(d['K11']['tv'] * 1.1))
d['K09b']['wrap'] = 'tersertifikasi'
d['K17']['r'] = grade('B')
r = title(ws, ['PERJANJIAN KINERJA TAHUN 2021 (PERUBAHAN)', 'UPTD BALAI KESELAMATAN DAN KESEHATAN KERJA', 'DISNAKERTRANS PROVINSI SELAT MAWAR'], 8)
r = layout_pk(ag, F2, ws, 2021, it21, None, r, perubahan=True)
ws.cell(r + 1, 2, 'Program: Peningkatan Pengawasan K3   Anggaran: Rp 2.085.400.000,-')
sign(ws, r + 3, 'F', 'Tanjung Mawar', 2021, 'Kepala UPTD,', *KEPALA, date='2 Agustus')

# ---------------- workbook 3 (.xlsx): 2022 turned-over table across two sheets
F3 = 'Capaian_Kinerja_BalaiK3_2022.xlsx'
wb = ag.book(F3)
it22 = ORDER(make_items('K', T, 2022, tmodes=('num', 'txt'), rmodes=('num', 'txt', 'star')))
d = by_id(it22)
d['K10']['r'] = n(0.88)                        # MISTAKE: fraction in a plain cell
d['K02']['r'] = pf(d['K02']['rv'])
d['K12']['t'] = n(d['K12']['tv'], '#,##0'); d['K12']['r'] = txt(d['K12']['rv'], 'Rp')
ws = wb.create_sheet('Hal 1')
r = title(ws, ['CAPAIAN INDIKATOR KINERJA TAHUN 2022', 'UPTD Balai K3 Provinsi Selat Mawar (halaman 1 dari 2)'], 12)
layout_transposed(ag, F3, ws, 2022, it22[:9], r)
ws = wb.create_sheet('Hal 2')
r = title(ws, ['CAPAIAN INDIKATOR KINERJA TAHUN 2022 (lanjutan)'], 12)
r = layout_transposed(ag, F3, ws, 2022, it22[9:], r, start_no=10)
sign(ws, r + 1, 'H', 'Tanjung Mawar', 2022, 'Kepala UPTD Balai K3,', *KEPALA)
ws = wb.create_sheet('Draft lama')
ws.sheet_state = 'hidden'
for i, it in enumerate(it22[:6]):
    ws.cell(2, 2 + i, it['name']); ws.cell(3, 2 + i, 1)

ag.save([['K09', 'K09b']])
