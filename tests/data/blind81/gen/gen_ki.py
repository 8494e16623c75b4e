from lib import *
from openpyxl import Workbook
ag = Agency('uptd_kawasan_industri_kab_sungai_barasa', 'K', [2019, 2020, 2021, 2022], 81002)
Y = ag.years
D = [
 dict(id='K01', unit='%', kind='LEVEL', t0=55, inc=5, names=['Persentase lahan kawasan industri yang terisi', 'Prosentase lahan kawasan industri terisi', 'Persentase Lahan Kawasan Industri yang Terisi (%)', 'Persentase luas lahan KI yang terisi']),
 dict(id='K02', unit='ha', kind='LEVEL', t0=42.5, inc=6, names=['Luas lahan kawasan industri yang terisi', 'Luas lahan kawasan industri terisi (ha)', 'Luas Lahan Kawasan Industri yang Terisi', 'Luas lahan KI yang terisi (Ha)']),
 dict(id='K03', unit='perusahaan', kind='LEVEL', t0=18, inc=3, names=['Jumlah perusahaan yang beroperasi di kawasan industri', 'Jumlah perusahaan yg beroperasi di KI', 'Jumlah Perusahaan yang Beroperasi di Kawasan Industri', 'Jumlah tenant yang beroperasi di kawasan industri']),
 dict(id='K04', unit='perusahaan', kind='FLOW', t0=3, inc=1, names=['Jumlah perusahaan baru yang masuk kawasan industri', 'Jumlah perusahaan baru yg masuk KI', 'Jumlah Perusahaan Baru yang Masuk Kawasan Industri', 'Jumlah tenant baru di kawasan industri']),
 dict(id='K05', unit='orang', kind='LEVEL', t0=2400, inc=300, names=['Jumlah tenaga kerja yang terserap di kawasan industri', 'Jumlah tenaga kerja terserap di KI', 'Jumlah Tenaga Kerja yang Terserap di Kawasan Industri', None]),
 dict(id='K05l', unit='orang', kind='LEVEL', t0=2200, inc=0, names=[None, None, None, 'Jumlah tenaga kerja lokal yang terserap di kawasan industri']),
 dict(id='K05n', unit='orang', kind='LEVEL', t0=1000, inc=0, names=[None, None, None, 'Jumlah tenaga kerja non lokal yang terserap di kawasan industri']),
 dict(id='K06', unit='Rp', kind='FLOW', t0=120000000000, inc=15000000000, names=['Nilai investasi di kawasan industri', 'Nilai investasi di KI', 'Nilai Investasi di Kawasan Industri (Rp)', 'Nilai realisasi investasi di kawasan industri']),
 dict(id='K07', unit='Rp', kind='FLOW', t0=850000000, inc=50000000, names=['Pendapatan retribusi pemakaian kekayaan daerah kawasan industri', 'Pendapatan retribusi sewa lahan & bangunan KI', 'Pendapatan Retribusi Pemakaian Kekayaan Daerah (KI)', 'Pendapatan retribusi pemakaian kekayaan daerah di kawasan industri']),
 dict(id='K08', unit='km', kind='FLOW', t0=3, inc=0.5, names=['Panjang jalan kawasan yang dibangun', 'Panjang jalan kawasan yg dibangun', 'Panjang Jalan Kawasan yang Dibangun', 'Panjang jalan dalam kawasan yang dibangun (km)']),
 dict(id='K09', unit='km', kind='FLOW', t0=5, inc=0.5, names=['Panjang jalan kawasan yang dipelihara', 'Panjang jalan kawasan yg dipelihara', 'Panjang Jalan Kawasan yang Dipelihara', 'Panjang jalan dalam kawasan yang dipelihara (km)']),
 dict(id='K10', unit='%', kind='LEVEL', t0=70, inc=5, names=['Persentase infrastruktur kawasan dalam kondisi baik', 'Persentase infrastruktur KI kondisi baik', 'Persentase Infrastruktur Kawasan dalam Kondisi Baik', 'Persentase infrastruktur kawasan dalam kondisi baik ']),
 dict(id='K11', unit='%', kind='LEVEL', t0=80, inc=4, names=['Persentase perusahaan yang memiliki dokumen lingkungan', 'Prosentase perusahaan yg memiliki dokumen lingkungan', 'Persentase Perusahaan yang Memiliki Dokumen Lingkungan', 'Persentase tenant yang memiliki dokumen lingkungan']),
 dict(id='K12', unit='dokumen', kind='FLOW', t0=2, inc=0, names=['Jumlah dokumen perencanaan kawasan industri', 'Jumlah dokumen perencanaan KI', 'Jumlah Dokumen Perencanaan Kawasan Industri', 'Jumlah dokumen perencanaan kawasan industri']),
 dict(id='K13', unit='kali', kind='FLOW', t0=4, inc=2, names=['Jumlah promosi kawasan industri', 'Jumlah kegiatan promosi KI', 'Jumlah Kegiatan Promosi Kawasan Industri', 'Frekuensi promosi kawasan industri']),
 dict(id='K14', unit='indeks', kind='LEVEL', t0=76, inc=1.5, names=['Indeks Kepuasan Tenant', 'Indeks kepuasan tenant KI', 'Indeks Kepuasan Tenant Kawasan Industri', 'Indeks Kepuasan Tenant']),
 dict(id='K15', unit='%', kind='LEVEL', t0=90, inc=2, names=['Persentase pengaduan tenant yang ditindaklanjuti', 'Persentase pengaduan tenant yg ditindaklanjuti', 'Persentase Pengaduan Tenant yang Ditindaklanjuti', 'Persentase pengaduan yang ditindaklanjuti']),
 dict(id='K16', unit='m3/detik', kind='LEVEL', t0=40, inc=5, names=['Kapasitas Instalasi Pengolahan Air Limbah terpasang', 'Kapasitas IPAL terpasang', None, None]),
 dict(id='K17', unit='%', kind='LEVEL', t0=60, inc=5, names=[None, 'Persentase limbah cair yang diolah IPAL', 'Persentase Limbah Cair yang Diolah IPAL', 'Persentase limbah cair yg diolah di IPAL']),
 dict(id='K18', unit='izin', kind='FLOW', t0=10, inc=2, names=['Jumlah izin usaha kawasan yang diterbitkan', None, None, None]),
 dict(id='K19', unit='unit', kind='FLOW', t0=4, inc=1, names=['Jumlah unit bangunan pabrik siap pakai yang disewakan', 'Jumlah unit bangunan pabrik siap pakai yg disewakan', 'Jumlah bangunan pabrik siap pakai (BPSP) yang disewa', None]),
 dict(id='K19b', unit='unit', kind='FLOW', t0=6, inc=1, names=[None, None, None, 'Jumlah BPSP yang dimanfaatkan tenant']),
 dict(id='K20', unit='%', kind='LEVEL', t0=91, inc=1, names=[None, 'Persentase realisasi anggaran UPTD', 'Persentase Realisasi Anggaran UPTD', 'Persentase realisasi anggaran']),
]
ag.ambiguous = [['K19', 'K19b']]
rnd = ag.rnd
I = {y: mkitems(D, Y, y, rnd) for y in Y}
KOP = ['PEMERINTAH KABUPATEN SUNGAI BARASA', 'DINAS PERINDUSTRIAN DAN PERDAGANGAN', 'UPTD PENGELOLAAN KAWASAN INDUSTRI']
# ---- 2019 E.81 .ods
it = I[2019]
x5 = by(it, 'K05'); x5['typed_over'] = x5['r'] + 137
ag.mistake(2019, 'Q (realisasi K) of K05 row', 'K05', 'computed column typed over (number instead of last-TW formula)', x5['typed_over'])
x13 = by(it, 'K13'); x13['q10'] = 2
ag.mistake(2019, 'M (TW III K) of K13 row', 'K13', 'quarter typed 10x; realisasi formula SUM picks it up', sum(quarters(x13)))
by(it, 'K15')['qblank'] = [3]
g = lambda ids: [by(it, i) for i in ids]
groups = [
 ('P', '3.31.01', 'PROGRAM PENGELOLAAN KAWASAN INDUSTRI', g(['K01', 'K02', 'K03', 'K04', 'K05']), (2150000000, [300000000, 520000000, 610000000, 640000000])),
 ('K', '3.31.01.2.01', 'Penyediaan Prasarana dan Sarana Kawasan Industri', [], None),
 ('S', '3.31.01.2.01.01', 'Pembangunan dan Pemeliharaan Jalan Kawasan', g(['K08', 'K09', 'K10']), (1200000000, [150000000, 300000000, 350000000, 370000000])),
 ('S', '3.31.01.2.01.02', 'Pengelolaan Instalasi Pengolahan Air Limbah', g(['K16', 'K11']), (350000000, [60000000, 90000000, 90000000, 95000000])),
 ('K', '3.31.01.2.02', 'Promosi dan Pelayanan Investasi Kawasan', g(['K06', 'K07', 'K13', 'K18', 'K19']), (400000000, [50000000, 100000000, 120000000, 110000000])),
 ('K', '3.31.01.2.03', 'Perencanaan dan Pelayanan Tenant', g(['K12', 'K14', 'K15']), (200000000, [20000000, 50000000, 60000000, 65000000])),
]
wb = Workbook(); ws = wb.active; ws.title = 'E.81 2019'
r = title(ws, ['Formulir E.81', 'Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten', 'Renja UPTD Pengelolaan Kawasan Industri Kabupaten Sungai Barasa', 'Periode Pelaksanaan: Tahun 2019'], 20) + 1
r = e81(ag, ws, 'E81_Evaluasi_Renja_KI_2019.ods', 2019, groups, r)
ws.cell(r, 4, 'Jumlah Anggaran'); ws.cell(r, 8, '=SUM(H10:H%d)' % (r - 1)); r += 2
ws.cell(r, 1, 'Faktor pendorong: dukungan investor; Faktor penghambat: pembebasan lahan'); r += 2
sign(ws, r, 14, 'Barasa', '20 Januari 2020', 'Kepala UPTD', 'Hendra Saputra Lubis, S.T., M.M.', '19780922 200501 1 004')
ag.meta['layouts'].append([2019, 'E81_Evaluasi_Renja_KI_2019.ods', 'E.81 2019', 'Permendagri 86 form E.81: numbered columns, K/Rp pairs, program/kegiatan/sub kegiatan rows (kegiatan row without indicator not keyed), indicator rows, realisasi K as formulas (FLOW sum of TW, LEVEL = last reported TW), budget formulas, total, signature'])
ag.save(wb, 'E81_Evaluasi_Renja_KI_2019.ods')

# ---- 2020 Renstra matrix + 2021 rowpair, one .xlsx
wb = Workbook(); ws = wb.active; ws.title = 'Matriks Renstra'
it = I[2020]
for x in it:
    base = x['t']
    for k, yy in enumerate(range(2019, 2024)):
        if yy == 2020: continue
        v = base + (yy - 2020) * (D[[d['id'] for d in D].index(x['id'])].get('inc', 0))
        if x['unit'] == '%': v = min(100, v)
        x[f'o_{yy}'] = V(round(v, 2) if isinstance(v, float) else v, 'num')
    x['o_ka'] = V(x['t'] - D[[d['id'] for d in D].index(x['id'])].get('inc', 0) * 1.5 if x['unit'] != 'Rp' else int(x['t'] * 0.8), 'num')
    if x['unit'] == 'Rp': x['ts'] = 'num'; x['rs'] = 'rp'
x6 = by(it, 'K06'); x6['t'] = x6['t'] * 1000; ag.mistake(2020, 'target 2020 col of K06 row', 'K06', 'target typed 1000x', x6['t'])
by(it, 'K14')['rs'] = 'txt'; by(it, 'K01')['rs'] = 'txtpct'
r = title(ws, ['MATRIKS RENCANA STRATEGIS 2019-2023', 'TARGET KINERJA DAN REALISASI TAHUN 2020'] + KOP[2:], 11) + 1
r = table(ag, ws, 'Renstra_dan_RA_KI_2020_2021.xlsx', 2020, it, r,
          [('No', 'no'), ('Indikator Kinerja Utama / Kinerja Kunci', 'name'), ('Satuan', 'unit'), ('Kondisi Awal (2018)', 'o_ka'),
           (('Target', '2019'), 'o_2019'), (('Target', '2020'), 't'), (('Target', '2021'), 'o_2021'), (('Target', '2022'), 'o_2022'), (('Target', '2023'), 'o_2023'),
           ('Realisasi 2020', 'r'), ('Keterangan', 'ket')], {'numrow': True})
ws.cell(r + 1, 2, 'Sumber: Renstra Disperindag 2019-2023 (Perbup No. 14 Tahun 2019)')
ag.meta['layouts'].append([2020, 'Renstra_dan_RA_KI_2020_2021.xlsx', 'Matriks Renstra', 'Renstra matrix: kondisi awal, targets 2019-2023 (target 2020 keyed), realisasi 2020, numbering row'])
ws = wb.create_sheet('RA Triwulan 2021')
it = I[2021]
for x in it:
    x['qs'] = 'num'
    x['tqv'] = [None, None, None, None]
x3 = by(it, 'K03'); x3['q10'] = 0; ag.mistake(2021, 'TW I realisasi of K03', 'K03', 'quarter typed 10x; LEVEL id so the last TW is keyed and the mistake does not reach the key', 'TW I typed 10x, realisasi = TW IV')
by(it, 'K17')['qblank'] = [2, 3]; by(it, 'K04')['qblank'] = [1]
x7 = by(it, 'K07'); x7['t'] = round(x7['t'] / 1e6); x7['r'] = round(x7['r'] / 1e6); x7['unit'] = 'Rp juta'
ag.mistake(2021, 'TW IV target cell of K07', 'K07', 'unit changes to Rp juta (other years full rupiah)', x7['t'])
r = title(ws, ['RENCANA AKSI TAHUN 2021', 'UPTD PENGELOLAAN KAWASAN INDUSTRI'], 8) + 1
r = rowpair(ag, ws, 'Renstra_dan_RA_KI_2020_2021.xlsx', 2021, it, r, annual=False)
ws.cell(r + 1, 2, 'Target tahunan diisikan pada kolom TW IV baris Target.')
ag.meta['layouts'].append([2021, 'Renstra_dan_RA_KI_2020_2021.xlsx', 'RA Triwulan 2021', 'Rencana Aksi in Target/Realisasi row pairs, name and No merged over the pair, annual target only in the TW IV target cell, no annual realisasi (FLOW sum, LEVEL last reported)'])
ag.save(wb, 'Renstra_dan_RA_KI_2020_2021.xlsx')

# ---- 2022 transposed, spread over two sheets, .xls
it = I[2022]
for x in it:
    if x['unit'] == '%': x['ts'] = 'ge'; x['rs'] = 'pct'
    if x['unit'] == 'Rp': x['ts'] = 'rp'; x['rs'] = 'rp'
x10 = by(it, 'K10'); x10['rs'] = 'frac'; ag.mistake(2022, 'Realisasi cell of K10', 'K10', 'fraction typed in a plain cell', round(x10['r'] / 100, 4))
wb = Workbook(); ws = wb.active; ws.title = 'Kinerja Kawasan'
half = [x for x in it if x['id'] in ('K01', 'K02', 'K03', 'K04', 'K05l', 'K05n', 'K06', 'K07', 'K19b', 'K13')]
rest = [x for x in it if x not in half]
r = title(ws, ['CAPAIAN KINERJA 2022 - BAGIAN A: KINERJA KAWASAN'], 9) + 1
transposed(ag, ws, 'Capaian_KI_2022.xls', 2022, half, r, per_band=5)
ws = wb.create_sheet('Layanan & Infrastruktur')
r = title(ws, ['CAPAIAN KINERJA 2022 - BAGIAN B: LAYANAN DAN INFRASTRUKTUR'], 9) + 1
r = transposed(ag, ws, 'Capaian_KI_2022.xls', 2022, rest, r, per_band=6)
h = wb.create_sheet('draft'); h.sheet_state = 'hidden'; h['A1'] = 'angka lama, jangan dipakai'
ag.meta['layouts'].append([2022, 'Capaian_KI_2022.xls', 'Kinerja Kawasan + Layanan & Infrastruktur', 'turned-over table (indicators across columns, labels down column A) in bands, the year spread over two sheets, hidden "draft" sheet; K05 split into K05l/K05n'])
ag.save(wb, 'Capaian_KI_2022.xls')
ag.meta['flow_level'] = {d['id']: d['kind'] for d in D}
ag.finish(); print('ki', len(ag.rows))
