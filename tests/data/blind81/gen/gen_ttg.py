from lib import *
from openpyxl import Workbook
ag = Agency('uptd_balai_ttg_prov_rimba_jaya', 'T', [2020, 2021, 2022, 2023], 81001)
Y = ag.years
S1 = 'Meningkatnya pemanfaatan Teknologi Tepat Guna oleh masyarakat desa'
S2 = 'Meningkatnya kualitas layanan dan tata kelola Balai TTG'
D = [
 dict(id='T01', unit='%', kind='LEVEL', t0=41, inc=4, sas=S1, names=['Persentase desa yang memanfaatkan Teknologi Tepat Guna', 'Prosentase desa yg memanfaatkan TTG', 'Persentase Desa Yang Memanfaatkan Teknologi Tepat Guna (TTG)', 'Persentase desa pemanfaat TTG (%)']),
 dict(id='T02', unit='desa', kind='FLOW', t0=120, inc=15, sas=S1, names=['Jumlah desa yang memanfaatkan Teknologi Tepat Guna', 'Jumlah desa yg memanfaatkan TTG ', 'Jumlah Desa Yang Memanfaatkan Teknologi Tepat Guna (TTG)', 'Jumlah desa pemanfaat TTG (desa)']),
 dict(id='T03', unit='unit', kind='FLOW', t0=85, inc=10, sas=S1, names=['Jumlah alat TTG yang disalurkan kepada kelompok masyarakat', 'Jumlah alat TTG yang disalurkan kpd kelompok masyarakat', 'Jumlah alat TTG yang didistribusikan kepada kelompok masyarakat', 'Jumlah Alat TTG yang\nDidistribusikan ke Kelompok Masyarakat']),
 dict(id='T04', unit='inovasi', kind='FLOW', t0=12, inc=2, sas=S1, names=['Jumlah inovasi TTG yang diinventarisasi', 'Jumlah inovasi TTG yang diinventarisasi', 'Jumlah inovasi TTG terinventarisasi', 'Jumlah Inovasi TTG yang Diinventarisasi ']),
 dict(id='T05', unit='inovasi', kind='FLOW', t0=3, inc=1, sas=S1, names=['Jumlah inovasi TTG baru yang dikembangkan Balai', 'Jumlah inovasi TTG baru yg dikembangkan Balai', 'Jumlah inovasi baru TTG yang dikembangkan', 'Jumlah Inovasi TTG Baru hasil pengembangan Balai']),
 dict(id='T06', unit='unit', kind='LEVEL', t0=46, inc=4, sas=S1, names=['Jumlah Posyantek yang aktif', 'Jumlah Posyantek aktif', 'Jumlah Pos Pelayanan Teknologi (Posyantek) yang aktif', 'Jumlah Posyantek Aktif (unit)']),
 dict(id='T07', unit='%', kind='LEVEL', t0=60, inc=5, sas=S1, names=['Persentase Posyantek yang aktif', 'Prosentase Posyantek aktif', 'Persentase Pos Pelayanan Teknologi (Posyantek) yang aktif', 'Persentase Posyantek Aktif (%)']),
 dict(id='T08', unit='orang', kind='FLOW', t0=180, inc=20, sas=S1, names=['Jumlah peserta pelatihan TTG laki-laki', 'Jumlah peserta pelatihan TTG (laki-laki)', 'Jumlah peserta pelatihan pemanfaatan TTG - laki-laki', 'Jumlah Peserta Pelatihan TTG Laki-laki']),
 dict(id='T09', unit='orang', kind='FLOW', t0=120, inc=20, sas=S1, names=['Jumlah peserta pelatihan TTG perempuan', 'Jumlah peserta pelatihan TTG (perempuan)', 'Jumlah peserta pelatihan pemanfaatan TTG - perempuan', 'Jumlah Peserta Pelatihan TTG Perempuan']),
 dict(id='T10', unit='kali', kind='FLOW', t0=4, inc=0, sas=S1, names=['Jumlah pelaksanaan Gelar TTG tingkat provinsi', 'Jumlah pelaksanaan Gelar TTG tk. provinsi', 'Frekuensi pelaksanaan Gelar TTG tingkat provinsi', 'Jumlah Gelar TTG Tingkat Provinsi']),
 dict(id='T11', unit='nilai', kind='LEVEL', t0=62, inc=3, sas=S2, names=['Nilai SAKIP Balai TTG', 'Nilai SAKIP Balai', 'Nilai Akuntabilitas Kinerja (SAKIP) Balai TTG', 'Nilai SAKIP UPTD Balai TTG']),
 dict(id='T12', unit='%', kind='LEVEL', t0=92, inc=1, sas=S2, names=['Persentase realisasi anggaran Balai', 'Persentase penyerapan anggaran Balai', 'Persentase realisasi anggaran Balai TTG', 'Persentase Realisasi Anggaran (%)']),
 dict(id='T13', unit='Rp', kind='FLOW', t0=145000000, inc=10000000, sas=S2, names=['Jumlah anggaran pemeliharaan alat peraga TTG', 'Jumlah anggaran pemeliharaan alat peraga TTG (Rp juta)', 'Anggaran pemeliharaan alat peraga TTG', 'Jumlah Anggaran Pemeliharaan Alat Peraga TTG']),
 dict(id='T14', unit='indeks', kind='LEVEL', t0=78.5, inc=1, sas=S2, names=['Indeks Kepuasan Masyarakat terhadap layanan Balai', 'IKM thd layanan Balai', 'Indeks Kepuasan Masyarakat (IKM) terhadap layanan Balai TTG', 'Indeks Kepuasan Masyarakat thd Layanan Balai']),
 dict(id='T15', unit='dokumen', kind='FLOW', t0=4, inc=1, sas=S2, names=['Jumlah dokumen kajian kelayakan TTG', 'Jumlah dokumen kajian kelayakan TTG', 'Jumlah dokumen kajian kelayakan teknologi tepat guna', 'Jumlah Dokumen Kajian Kelayakan TTG']),
 dict(id='T16', unit='lembaga', kind='FLOW', t0=3, inc=2, sas=S2, names=[None, None, 'Jumlah lembaga mitra yang bekerja sama dengan Balai', 'Jumlah lembaga mitra yg bekerjasama dg Balai']),
 dict(id='T17', unit='kelompok', kind='FLOW', t0=30, inc=5, sas=S1, names=['Jumlah kelompok usaha pengguna TTG yang didampingi', 'Jumlah kelompok usaha pengguna TTG yang didampingi', None, None]),
 dict(id='T18', unit='unit', kind='FLOW', t0=10, inc=2, sas=S1, names=['Jumlah TTG yang diuji coba dan disertifikasi', 'Jumlah TTG yang diujicoba & disertifikasi', None, None]),
 dict(id='T18u', unit='unit', kind='FLOW', t0=10, inc=2, sas=S1, names=[None, None, 'Jumlah TTG yang diuji coba', 'Jumlah TTG yang Diujicoba']),
 dict(id='T18s', unit='unit', kind='FLOW', t0=3, inc=1, sas=S1, names=[None, None, 'Jumlah TTG yang disertifikasi', 'Jumlah TTG yang Tersertifikasi']),
 dict(id='T19', unit='desa', kind='FLOW', t0=25, inc=5, sas=S1, names=['Jumlah desa binaan TTG', 'Jumlah desa binaan Balai TTG', None, None]),
 dict(id='T19b', unit='desa', kind='FLOW', t0=35, inc=5, sas=S1, names=[None, None, 'Jumlah desa mitra penerapan TTG', 'Jumlah Desa Mitra Penerapan TTG']),
 dict(id='T20', unit='%', kind='LEVEL', t0=80, inc=3, sas=S2, names=['Persentase alat peraga TTG dalam kondisi baik', 'Persentase alat peraga TTG kondisi baik', 'Persentase alat peraga TTG dalam kondisi baik', 'Persentase Alat Peraga TTG Kondisi Baik (%)']),
 dict(id='T21', unit='orang', kind='FLOW', t0=900, inc=150, sas=S2, names=[None, 'Jumlah pengunjung showroom TTG', 'Jumlah pengunjung ruang pamer (showroom) TTG', 'Jumlah Pengunjung Showroom TTG']),
]
ag.ambiguous = [['T19', 'T19b']]
rnd = ag.rnd
I = {y: mkitems(D, Y, y, rnd) for y in Y}
KOP = ['PEMERINTAH PROVINSI RIMBA JAYA', 'DINAS PEMBERDAYAAN MASYARAKAT DAN DESA', 'UPTD BALAI PENGEMBANGAN TEKNOLOGI TEPAT GUNA']

# ---- 2020: PK annual, .xls, sasaran bands, hidden stale sheet, signature
it = I[2020]
for x in it:
    if x['unit'] == '%': x['ts'] = 'num'; x['rs'] = 'pct'
    if x['unit'] == 'Rp': x['ts'] = 'rp'; x['rs'] = 'rp'
by(it, 'T06')['t'] *= 10; ag.mistake(2020, 'E of T06 row', 'T06', 'target typed 10x (460 for 46)', by(it, 'T06')['t'])
by(it, 'T11').update(ts='ge')
by(it, 'T01')['wrap'] = ('Persentase desa yang memanfaatkan', 'Teknologi Tepat Guna')
by(it, 'T01')['name'] = 'Persentase desa yang memanfaatkan'
by(it, 'T15')['draft_after'] = 'Jumlah dokumen kajian kelayakan TTG (draft)'
wb = Workbook(); ws = wb.active; ws.title = 'PK 2020'
r = title(ws, ['PENGUKURAN KINERJA TAHUN 2020'] + KOP, 7)
ws.cell(r, 1, 'Periode: Januari s.d. Desember 2020'); r += 2
r = table(ag, ws, 'PK_Balai_TTG_2020.xls', 2020, sorted(it, key=lambda x: x['sas'] != S1), r,
          [('No', 'no'), ('Sasaran Strategis', 'sas'), ('Indikator Kinerja', 'name'), ('Satuan', 'unit'), ('Target', 't'), ('Realisasi', 'r'), ('% Capaian', 'cap')],
          {'band': lambda s: 'Sasaran: ' + s})
ws.cell(r, 3, 'Rata-rata capaian'); ws.cell(r, 7, '=AVERAGE(G8:G%d)' % (r - 1)).number_format = '0.00%'; r += 1
ws.cell(r, 3, 'Predikat'); ws.cell(r, 7, 'Sangat Baik'); r += 2
ws.cell(r, 1, 'Catatan: *) angka sementara, menunggu hasil verifikasi Inspektorat'); r += 2
sign(ws, r, 5, 'Kota Rimba', '15 Januari 2021', 'Kepala UPTD Balai TTG', 'Ir. Sutan Marajo Lelo, M.Si', '19690314 199403 1 007')
h = wb.create_sheet('PK 2020 (lama)'); h.sheet_state = 'hidden'
for k, x in enumerate(it): h.cell(k + 1, 1, x['name']); h.cell(k + 1, 2, x['t']); h.cell(k + 1, 3, 0)
ag.meta['layouts'].append([2020, 'PK_Balai_TTG_2020.xls', 'PK 2020', 'annual PK, sasaran bands as merged rows, % Capaian formulas, average + predikat, signature; hidden sheet "PK 2020 (lama)" with stale figures; hidden draft row after T15; T01 name wrapped over two rows'])
ag.save(wb, 'PK_Balai_TTG_2020.xls')

# ---- 2021 LKjIP table + 2022 Rencana Aksi quarterly, one .xlsx
wb = Workbook(); ws = wb.active; ws.title = 'Tabel 3.1 LKjIP 2021'
it = I[2021]
prev = {x['id']: x for x in I[2020]}
for x in it:
    p = prev.get(x['id'])
    x['o_r19'] = V(round(p['r'] * 0.93, 2) if p and x['unit'] != 'Rp' else (int(p['r'] * 0.93) if p else None), 'num') if p else ('-', None, None)
    x['o_r20'] = V(p['r'], 'num') if p else ('-', None, None)
    x['o_ren'] = V(x['t'] * 1.2 if x['unit'] != '%' else min(100, x['t'] + 8), 'num')
    if x['unit'] == '%': x['ts'] = 'txtpct'; x['rs'] = 'txtpct'
t13 = by(it, 'T13'); t13['t'] = round(t13['t'] / 1e6, 1); t13['r'] = round(t13['r'] / 1e6, 2); t13['unit'] = 'Rp juta'; t13['ts'] = t13['rs'] = 'txt'
ag.mistake(2021, 'H of T13 row', 'T13', 'unit changes to Rp juta (other years full rupiah)', f"{t13['t']} / {t13['r']}")
t20 = by(it, 'T20'); t20['rs'] = 'frac'; ag.mistake(2021, 'H of T20 row', 'T20', 'fraction typed in a plain cell (no % format)', round(t20['r'] / 100, 4))
by(it, 'T02')['rs'] = 'star'; by(it, 'T21')['rs'] = 'star'
by(it, 'T07')['in_sas'] = True
r = title(ws, ['Tabel 3.1', 'Capaian Indikator Kinerja UPTD Balai TTG Tahun 2021', 'Dibandingkan dengan Tahun Sebelumnya dan Target Akhir Renstra 2024'], 9)
r += 1
r = table(ag, ws, 'LKjIP_Balai_TTG_2021_2022.xlsx', 2021, it, r,
          [('No', 'no'), ('Sasaran', 'sas'), ('Indikator Kinerja', 'name'), ('Satuan', 'unit'), (('Realisasi', '2019'), 'o_r19'), (('Realisasi', '2020'), 'o_r20'),
           (('Tahun 2021', 'Target'), 't'), (('Tahun 2021', 'Realisasi'), 'r'), (('Tahun 2021', 'Capaian'), 'cap'), ('Target Akhir Renstra (2024)', 'o_ren')])
ws.cell(r + 1, 1, '*) data sementara per 31 Desember 2021')
ag.meta['layouts'].append([2021, 'LKjIP_Balai_TTG_2021_2022.xlsx', 'Tabel 3.1 LKjIP 2021', 'LKjIP chapter III: realisasi 2019, 2020, target/realisasi/capaian 2021 under a two-row header, Renstra end target; T07 typed in the Sasaran column; T13 in Rp juta; footnote marks'])
ws = wb.create_sheet('RA 2022')
it = I[2022]
for x in it:
    x['qs'] = 'pct' if x['unit'] == '%' else 'num'
    if x['unit'] == '%': x['ts'] = 'range'
by(it, 'T10')['q10'] = 1; ag.mistake(2022, 'TW II of T10 row', 'T10', 'quarter typed 10x (realisasi = sum of TW, includes it)', sum(q for q in quarters(by(it, 'T10')) if q is not None))
by(it, 'T14')['qblank'] = [3]; by(it, 'T21')['qblank'] = [3]; by(it, 'T16')['qblank'] = [0]
by(it, 'T03')['vmerge'] = True
r = title(ws, ['RENCANA AKSI DAN REALISASI TRIWULANAN TAHUN 2022', 'UPTD Balai Pengembangan Teknologi Tepat Guna'], 9) + 1
r0 = r
r = table(ag, ws, 'LKjIP_Balai_TTG_2021_2022.xlsx', 2022, it, r,
          [('No', 'no'), ('Indikator Kinerja', 'name'), ('Satuan', 'unit'), ('Target 2022', 't'), (('Realisasi', 'TW I'), 'q1'), (('Realisasi', 'TW II'), 'q2'), (('Realisasi', 'TW III'), 'q3'), (('Realisasi', 'TW IV'), 'q4'), ('Ket.', 'ket')], {'numrow': True})
# pasted twice: second copy (not key) below
r += 2; ws.cell(r, 1, '(salinan untuk bahan rapat)'); r += 1
for rr in range(r0, r0 + (r - 3 - r0)):
    for cc in range(1, 10):
        v = ws.cell(rr, cc).value
        if v is not None and not (isinstance(v, str) and v.startswith('=')): ws.cell(r + rr - r0, cc, v); ws.cell(r + rr - r0, cc).number_format = ws.cell(rr, cc).number_format
ag.meta['layouts'].append([2022, 'LKjIP_Balai_TTG_2021_2022.xlsx', 'RA 2022', 'Rencana Aksi quarterly, realisasi per TW in rows, no annual realisasi (FLOW=sum, LEVEL=last reported), numbering row, targets typed as ranges for % ids, table pasted twice (second copy not keyed), T03 name merged over two rows'])
ag.save(wb, 'LKjIP_Balai_TTG_2021_2022.xlsx')

# ---- 2023 cards .ods
wb = Workbook(); ws = wb.active; ws.title = 'Kartu Kinerja 2023'
it = I[2023]
for x in it:
    if x['unit'] == '%': x['ts'] = 'pct0'; x['rs'] = 'pct'
    if x['unit'] == 'Rp': x['ts'] = 'rp2'; x['rs'] = 'rp2'
by(it, 'T11').update(ts='grade'); by(it, 'T06')['rs'] = 'unit'; by(it, 'T15')['rs'] = 'dash'
t12 = by(it, 'T12'); t12['t'] = t12['t'] * 10; t12['ts'] = 'num'
ag.mistake(2023, 'Target cell of T12 card', 'T12', 'target typed 10x (930 for 93 %)', t12['t'])
r = title(ws, ['KARTU KINERJA INDIKATOR TAHUN 2023', 'UPTD Balai TTG - DPMD Provinsi Rimba Jaya'], 9) + 1
r = cards(ag, ws, 'Kartu_Kinerja_TTG_2023.ods', 2023, it, r, per_row=2)
n = wb.create_sheet('Catatan'); n.cell(1, 1, 'Nilai SAKIP 2023 belum diumumkan; target ditulis sebagai predikat (BB).'); n.cell(2, 1, 'T15: dokumen kajian belum dilaporkan (-).')
ag.meta['layouts'].append([2023, 'Kartu_Kinerja_TTG_2023.ods', 'Kartu Kinerja 2023', 'cards, two per band side by side (key rows share sheet rows -> col), target grade BB for T11 (null), "-" realisasi for T15, unit in text for T06; notes sheet'])
ag.save(wb, 'Kartu_Kinerja_TTG_2023.ods')
ag.meta['flow_level'] = {d['id']: d['kind'] for d in D}
ag.finish()
print('ttg', len(ag.rows))
