"""UPTD Pengelolaan Pemakaman dan Krematorium, Kota Sirna Galih, 2020-2023 (prefix M)."""
from lib import *

Y = [2020, 2021, 2022, 2023]
S1 = 'Meningkatnya kualitas pelayanan pemakaman dan kremasi'
S2 = 'Meningkatnya ketersediaan dan kualitas lahan makam'
SPEC = [
 ('M01', 'LEVEL', '%', 70, 5, 1, ['Persentase lahan makam yang tertata', 'Prosentase lahan makam yang tertata ',
                                  'Persentase Lahan Makam Yang Tertata', 'Persentase lahan TPU tertata (%)']),
 ('M02', 'FLOW', 'jenazah', 2400, 100, 0, ['Jumlah jenazah yang dimakamkan dan dikremasi',
                                           'Jumlah jenazah yg dimakamkan & dikremasi', None, None]),
 ('M02m', 'FLOW', 'jenazah', 2050, 60, 0, [None, None, 'Jumlah jenazah yang dimakamkan di TPU', 'Jumlah Jenazah Dimakamkan']),
 ('M02k', 'FLOW', 'jenazah', 560, 40, 0, [None, None, 'Jumlah jenazah yang dikremasi', 'Jumlah jenazah dikremasi (pengabuan)']),
 ('M03', 'FLOW', 'izin', 1800, 50, 0, ['Jumlah izin penggunaan tanah makam (IPTM) yang diterbitkan',
                                       'Jumlah IPTM baru yang diterbitkan', 'Jml izin penggunaan tanah makam baru yg diterbitkan',
                                       'Jumlah IPTM baru diterbitkan']),
 ('M04', 'FLOW', 'izin', 5200, 150, 0, ['Jumlah izin penggunaan tanah makam (IPTM) yang diperpanjang',
                                        'Jumlah IPTM yang diperpanjang', 'Jml izin penggunaan tanah makam yg diperpanjang',
                                        'Jumlah perpanjangan IPTM']),
 ('M05', 'LEVEL', 'petak', 3100, -250, 0, ['Jumlah petak makam yang tersedia', 'Jumlah petak makam tersedia',
                                          'Jumlah Petak Makam Yang Tersedia', 'Jumlah petak makam siap pakai']),
 ('M06', 'LEVEL', '%', 12, -1, 1, ['Persentase petak makam yang tersedia', 'Persentase petak makam tersedia',
                                   'Persentase Petak Makam Yang Tersedia', 'Persentase petak makam siap pakai thd total petak']),
 ('M07', 'LEVEL', '%', 88, 2, 1, ['Persentase pelayanan pemakaman sesuai SOP', 'Persentase pelayanan pemakaman yang sesuai SOP', None, None]),
 ('M07b', 'LEVEL', '%', 90, 2, 1, [None, None, 'Persentase pelayanan pemakaman dan kremasi sesuai standar pelayanan',
                                    'Persentase layanan pemakaman & kremasi sesuai standar pelayanan']),
 ('M08', 'FLOW', 'Rp', 1650000000, 75000000, 0, ['Pendapatan retribusi pelayanan pemakaman', 'Realisasi retribusi pelayanan pemakaman (Rp)',
                                                 'Pendapatan Retribusi Pelayanan Pemakaman dan Pengabuan Mayat', 'Retribusi pelayanan pemakaman & pengabuan mayat']),
 ('M09', 'LEVEL', 'nilai', 80, 1, 2, ['Indeks Kepuasan Masyarakat (IKM) pelayanan pemakaman', 'Nilai IKM pelayanan pemakaman',
                                       'Indeks Kepuasan Masyarakat thd pelayanan pemakaman', 'IKM Pelayanan Pemakaman dan Krematorium']),
 ('M10', 'FLOW', 'makam', 120, 20, 0, ['Jumlah makam terlantar yang ditertibkan', 'Jumlah makam terlantar yg ditertibkan',
                                        'Jumlah makam tidak terawat yang ditertibkan', 'Jumlah makam terlantar ditertibkan']),
 ('M11', 'FLOW', 'pohon', 300, 50, 0, [None, 'Jumlah pohon peneduh yang ditanam di TPU', 'Jumlah pohon pelindung yang ditanam di TPU',
                                        'Jumlah pohon peneduh ditanam di area TPU']),
 ('M12', 'LEVEL', '%', 40, 15, 1, ['Persentase makam yang terdata dalam sistem informasi makam',
                                   ('Persentase makam yang terdata dalam', 'sistem informasi manajemen makam (SIMAM)'),
                                   'Persentase makam terdata dalam SIMAM', 'Persentase makam terdigitalisasi\n(terdata dalam SIMAM)']),
 ('M13', 'FLOW', 'jenazah', 45, 0, 0, ['Jumlah jenazah tanpa identitas yang dimakamkan', 'Jumlah jenazah Mr. X yang dimakamkan',
                                       'Jumlah jenazah tanpa identitas (Mr. X) yang dimakamkan', 'Jumlah pemakaman jenazah tanpa identitas']),
 ('M14', 'FLOW', 'layanan', 60, 10, 0, ['Jumlah layanan kremasi gratis bagi warga tidak mampu', 'Jumlah layanan kremasi bagi warga tidak mampu',
                                        'Jumlah layanan pengabuan mayat bagi warga tidak mampu', 'Jumlah layanan kremasi bagi warga miskin']),
 ('M15', 'LEVEL', 'meter', 4200, 300, 0, ['Panjang jalan lingkungan TPU dalam kondisi baik', 'Panjang jalan lingkungan TPU kondisi baik (m)',
                                          'Panjang jalan setapak TPU dalam kondisi baik', None]),
 ('M16', 'LEVEL', '%', 65, 5, 1, ['Persentase sarana dan prasarana TPU dalam kondisi baik', 'Persentase sarpras TPU dalam kondisi baik',
                                  'Persentase sarana prasarana TPU & krematorium kondisi baik', 'Persentase sarpras TPU dan krematorium dalam kondisi baik ']),
 ('M17', 'FLOW', 'laporan', 90, 10, 0, ['Jumlah pengaduan masyarakat yang ditindaklanjuti', 'Jumlah pengaduan masyarakat yg ditindaklanjuti',
                                        'Jumlah Pengaduan Masyarakat Yang Ditindaklanjuti', 'Jumlah pengaduan yang ditindaklanjuti']),
 ('M18', 'LEVEL', '%', 90, 2, 1, ['Persentase pengaduan masyarakat yang ditindaklanjuti', 'Prosentase pengaduan masyarakat yg ditindaklanjuti',
                                  'Persentase Pengaduan Masyarakat Yang Ditindaklanjuti', 'Persentase pengaduan yang ditindaklanjuti']),
 ('M19', 'FLOW', 'orang', 40, 10, 0, ['Jumlah petugas penggali makam yang dilatih', 'Jumlah petugas penggali makam yang mengikuti pelatihan', None, None]),
 ('M20', 'LEVEL', 'Ha', 1.5, 0.5, 2, [None, None, 'Luas lahan makam baru yang dibebaskan', 'Luas lahan TPU baru yang dibebaskan']),
 ('M21', 'LEVEL', 'Ha', 62.4, 1.5, 2, ['Luas lahan TPU yang dikelola', 'Luas lahan TPU yg dikelola', 'Luas lahan TPU yang dikelola (Ha)', 'Luas lahan TPU dikelola']),
]
D = build(SPEC, Y, 86001)
for y in Y:
    for x in D[y]:
        x['sas'] = S2 if x['id'] in ('M01', 'M05', 'M06', 'M15', 'M16', 'M20', 'M21', 'M11', 'M10') else S1

ag = Agency('uptd_pemakaman_krematorium_kota_sirna_galih', Y, [['M07', 'M07b']])
HEAD = 'UPTD PENGELOLAAN PEMAKAMAN DAN KREMATORIUM'
DIN = 'DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA SIRNA GALIH'

# ---- 2020 PK + 2021 LKjIP in one xlsx ----
bk = ag.book('PK_dan_LKjIP_UPTD_Makam_2020-2021.xlsx')
ws = bk.sheet('PK 2020')
r20 = D[2020]
for x in r20:
    if x['sat'] == '%': x['t'], x['r'] = P(x['tn']), P(x['rn'])
find(r20, 'M08')['t'] = RP(1650000000); find(r20, 'M08')['r'] = RP(find(r20, 'M08')['rn'])
find(r20, 'M09')['t'] = GE(80); find(r20, 'M09')['r'] = T(find(r20, 'M09')['rn'])
find(r20, 'M13')['t'] = RG(40, 50)
find(r20, 'M04')['t'] = N(52000)                 # MISTAKE: target typed 10x (5200)
find(r20, 'M17')['at_sas'] = True               # name typed in the Sasaran column
find(r20, 'M10')['draft'] = ('Jumlah makam terlantar yang didata (draft)', 300, 280)
r = lay_pk(bk, ws, 2020, r20, ['PENGUKURAN KINERJA', HEAD, DIN, 'TAHUN ANGGARAN 2020'])
put(ws, f'B{r+1}', 'Catatan: *) data s.d. 31 Desember 2020 berdasarkan buku register TPU')
sign(ws, r + 3, 'F', 'Sirna Galih', '15 Januari 2021', 'Kepala UPTD,', 'Drs. Hendra Wiratmaja', '19700312 199503 1 004')

ws = bk.sheet('Tabel 3.1 (2021)')
r21 = D[2021]
for x in r21:
    x['p2'], x['p1'], x['ren'] = N(round(x['tn'] * 0.9, 2)), N(round(x['tn'] * 0.95, 2)), N(round(x['tn'] * 1.2, 2))
    if x['sat'] == '%': x['t'], x['r'] = T(x['tn'], ' %'), T(x['rn'], ' %')
find(r21, 'M06')['r'] = FR(find(r21, 'M06')['rn'])   # MISTAKE: fraction in a plain cell
find(r21, 'M09')['t'] = N(81); find(r21, 'M09')['r'] = GR('B')   # grade only -> null
find(r21, 'M03')['r'] = ST(find(r21, 'M03')['rn'])
find(r21, 'M15')['r'] = DASH
r = lay_lkjip(bk, ws, 2021, r21, ['Tabel 3.1', 'Capaian Indikator Kinerja UPTD Pengelolaan Pemakaman dan Krematorium Tahun 2021'], 2024)
put(ws, f'B{r+1}', '*) termasuk IPTM yang diterbitkan melalui aplikasi SIMAM')
ws = bk.sheet('Lama', hidden=True)                 # hidden sheet with stale figures
put(ws, 'A1', 'Indikator'); put(ws, 'B1', 'Target'); put(ws, 'C1', 'Realisasi')
for i, x in enumerate(D[2021][:6]):
    put(ws, f'A{i+2}', x['name']); put(ws, f'B{i+2}', x['tn']); put(ws, f'C{i+2}', 1)

# ---- 2022 Rencana Aksi row pairs, .xls ----
bk = ag.book('Rencana_Aksi_2022_UPTD_Pemakaman.xls')
ws = bk.sheet('RA 2022')
r22 = D[2022]
for x in r22:
    x['qt'] = [BLANK, BLANK, BLANK, N(x['tn'])] if x['kind'] == 'LEVEL' else [N(round(x['tn'] / 4, 2))] * 4
find(r22, 'M08')['t'] = N(1800)    # MISTAKE: unit changes - target in Rp juta (others full rupiah)
q = find(r22, 'M08')['q']; find(r22, 'M08')['q'] = q
find(r22, 'M10')['q'][2] = N(find(r22, 'M10')['q'][2].key * 10)   # MISTAKE: a quarter typed 10x
find(r22, 'M16')['q'][3] = DASH; find(r22, 'M16')['ket'] = 'TW IV belum dilaporkan'
find(r22, 'M02k')['q'][0] = T(find(r22, 'M02k')['q'][0].key, ' jenazah')
r = lay_ra(bk, ws, 2022, r22, ['RENCANA AKSI KINERJA TAHUN 2022', HEAD, DIN], pairs=True)
sign(ws, r + 2, 'G', 'Sirna Galih', '10 Januari 2023', 'Kepala UPTD,', 'Drs. Hendra Wiratmaja', '19700312 199503 1 004')

# ---- 2023 cards over two sheets, .ods ----
bk = ag.book('Kartu_Kinerja_UPTD_Makam_2023.ods')
r23 = D[2023]
for x in r23:
    if x['sat'] == '%': x['t'], x['r'] = P(x['tn']), P(x['rn'])
find(r23, 'M08')['t'] = RP(find(r23, 'M08')['tn']); find(r23, 'M08')['r'] = RP(find(r23, 'M08')['rn'])
find(r23, 'M20')['t'] = T(find(r23, 'M20')['tn'], ' Ha')
find(r23, 'M01')['t'] = N(8500)          # MISTAKE: % target typed without decimal (85,00 -> 8500, 100x)
ws = bk.sheet('Kartu Pelayanan')
lay_cards(bk, ws, 2023, [x for x in r23 if x['sas'] == S1], ['KARTU KINERJA INDIKATOR 2023 - PELAYANAN', HEAD])
ws = bk.sheet('Kartu Lahan & Sarpras')
lay_cards(bk, ws, 2023, [x for x in r23 if x['sas'] == S2], ['KARTU KINERJA INDIKATOR 2023 - LAHAN DAN SARPRAS', HEAD])
ws = bk.sheet('Catatan')
put(ws, 'A1', 'Catatan: kartu disusun dari laporan bulanan TPU Cikawung, TPU Pasir Luhur dan Krematorium Sirna Rasa.')
ag.finish()
