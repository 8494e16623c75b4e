from lib import *
from openpyxl import Workbook
ag = Agency('uptd_geospasial_prov_tanjung_permai', 'G', [2021, 2022, 2023, 2024], 81003)
Y = ag.years
D = [
 dict(id='G01', unit='%', kind='LEVEL', t0=60, inc=8, names=['Persentase perangkat daerah yang menggunakan data geospasial', 'Prosentase PD yang menggunakan data geospasial', 'Persentase Perangkat Daerah Pengguna Data Geospasial', 'Persentase perangkat daerah yg memanfaatkan data geospasial']),
 dict(id='G02', unit='PD', kind='LEVEL', t0=20, inc=4, names=['Jumlah perangkat daerah yang menggunakan data geospasial', 'Jumlah PD yang menggunakan data geospasial', 'Jumlah Perangkat Daerah Pengguna Data Geospasial', 'Jumlah perangkat daerah yg memanfaatkan data geospasial']),
 dict(id='G03', unit='peta', kind='FLOW', t0=40, inc=10, names=['Jumlah peta tematik yang diterbitkan', 'Jumlah peta tematik yg diterbitkan', 'Jumlah Peta Tematik yang Dipublikasikan', 'Jumlah peta tematik yang diterbitkan (peta)']),
 dict(id='G04', unit='peta', kind='FLOW', t0=8, inc=2, names=['Jumlah peta tematik baru yang disusun', 'Jumlah peta tematik baru yg disusun', 'Jumlah Peta Tematik Baru yang Disusun', 'Jumlah peta tematik baru']),
 dict(id='G05', unit='dataset', kind='FLOW', t0=120, inc=30, names=['Jumlah dataset geospasial yang dipublikasikan di geoportal', 'Jumlah dataset geospasial di geoportal', 'Jumlah Dataset Geospasial yang Diunggah ke Geoportal', 'Jumlah dataset geospasial yang dipublikasikan pada Geoportal Tanjung Permai']),
 dict(id='G06', unit='%', kind='LEVEL', t0=50, inc=10, names=['Persentase dataset geospasial yang memenuhi standar metadata', 'Persentase dataset yg memenuhi standar metadata', 'Persentase Dataset Geospasial Sesuai Standar Metadata', 'Persentase dataset geospasial yang memenuhi standar metadata']),
 dict(id='G07', unit='km2', kind='LEVEL', t0=1200, inc=800, names=['Luas wilayah yang tersedia peta skala 1:5.000', 'Luas wilayah tersedia peta skala 1:5.000', 'Luas Wilayah yang Tersedia Peta Dasar Skala 1:5.000', 'Luas wilayah yang tersedia peta skala besar (1:5.000)']),
 dict(id='G08', unit='%', kind='LEVEL', t0=30, inc=10, names=['Persentase desa yang memiliki peta batas desa definitif', 'Persentase desa yg memiliki peta batas desa definitif', 'Persentase Desa dengan Peta Batas Definitif', 'Persentase desa yang telah memiliki peta batas desa']),
 dict(id='G09', unit='desa', kind='FLOW', t0=60, inc=20, names=['Jumlah desa yang difasilitasi penegasan batas', 'Jumlah desa yg difasilitasi penegasan batas desa', 'Jumlah Desa yang Difasilitasi Penegasan Batas', 'Jumlah desa yang difasilitasi penegasan batas']),
 dict(id='G10', unit='orang', kind='FLOW', t0=40, inc=10, names=['Jumlah ASN yang dilatih SIG', 'Jumlah ASN yg dilatih Sistem Informasi Geografis', 'Jumlah ASN yang Mengikuti Pelatihan SIG', None]),
 dict(id='G10l', unit='orang', kind='FLOW', t0=42, inc=0, names=[None, None, None, 'Jumlah ASN terlatih SIG - laki-laki']),
 dict(id='G10p', unit='orang', kind='FLOW', t0=30, inc=0, names=[None, None, None, 'Jumlah ASN terlatih SIG - perempuan']),
 dict(id='G11', unit='simpul', kind='LEVEL', t0=10, inc=3, names=['Jumlah simpul jaringan informasi geospasial yang terhubung', 'Jumlah simpul jaringan IG yg terhubung', 'Jumlah Simpul Jaringan Informasi Geospasial yang Terhubung', 'Jumlah simpul jaringan yang terhubung ke geoportal']),
 dict(id='G12', unit='%', kind='LEVEL', t0=95, inc=1, names=['Persentase ketersediaan layanan geoportal (uptime)', 'Persentase uptime layanan geoportal', 'Persentase Ketersediaan Layanan Geoportal', 'Ketersediaan layanan geoportal (uptime) (%)']),
 dict(id='G13', unit='kunjungan', kind='FLOW', t0=15000, inc=5000, names=['Jumlah kunjungan geoportal', 'Jumlah kunjungan ke geoportal', 'Jumlah Pengunjung Geoportal', 'Jumlah kunjungan geoportal ']),
 dict(id='G14', unit='permohonan', kind='FLOW', t0=150, inc=30, names=['Jumlah permohonan data geospasial yang dilayani', 'Jumlah permohonan data geospasial yg dilayani', 'Jumlah Permohonan Data yang Dilayani', 'Jumlah permohonan data geospasial yang dilayani']),
 dict(id='G15', unit='%', kind='LEVEL', t0=85, inc=3, names=['Persentase permohonan data yang dilayani tepat waktu', 'Persentase permohonan data yg dilayani tepat waktu', 'Persentase Permohonan Data yang Dilayani Tepat Waktu', 'Persentase permohonan data geospasial yg dilayani tepat waktu']),
 dict(id='G16', unit='Rp', kind='FLOW', t0=310000000, inc=20000000, names=['Jumlah belanja lisensi perangkat lunak SIG', 'Belanja lisensi perangkat lunak SIG', 'Jumlah Belanja Lisensi Software SIG', 'Jumlah belanja lisensi perangkat lunak SIG (Rp juta)']),
 dict(id='G17', unit='indeks', kind='LEVEL', t0=3.1, inc=0.2, names=[None, 'Indeks Pemanfaatan Data Geospasial', 'Indeks Pemanfaatan Data Geospasial Daerah', 'Indeks Pemanfaatan Data Geospasial']),
 dict(id='G18', unit='dokumen', kind='FLOW', t0=2, inc=0, names=['Jumlah dokumen kebijakan satu peta daerah', 'Jumlah dokumen kebijakan satu peta', None, None]),
 dict(id='G19', unit='aplikasi', kind='FLOW', t0=2, inc=1, names=['Jumlah aplikasi berbasis spasial yang dikembangkan', 'Jumlah aplikasi spasial yang dikembangkan', 'Jumlah Aplikasi Berbasis Spasial yang Dikembangkan', None]),
 dict(id='G19b', unit='aplikasi', kind='LEVEL', t0=7, inc=0, names=[None, None, None, 'Jumlah aplikasi berbasis spasial yang terintegrasi dengan geoportal']),
 dict(id='G20', unit='%', kind='LEVEL', t0=60, inc=10, names=[None, None, 'Persentase Rencana Tata Ruang yang Terdigitalisasi', 'Persentase rencana tata ruang yg terdigitalisasi']),
]
ag.ambiguous = [['G19', 'G19b']]
rnd = ag.rnd
I = {y: mkitems(D, Y, y, rnd) for y in Y}
KOP = ['PEMERINTAH PROVINSI TANJUNG PERMAI', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH', 'UPTD PUSAT DATA DAN INFORMASI GEOSPASIAL']
# ---- 2021 PK Awal / PK Perubahan .xlsx
it = I[2021]
for x in it:
    x['o_awal'] = V(x['t'] if x['id'] not in ('G03', 'G05', 'G09') else int(x['t'] * 0.8), 'num')
    if x['unit'] == '%': x['rs'] = 'pct'; x['ts'] = 'pct0'
    if x['unit'] == 'Rp': x['ts'] = 'rp'; x['rs'] = 'rp'
x7 = by(it, 'G07'); x7['t'] = x7['t'] * 10; ag.mistake(2021, 'PK Perubahan target of G07', 'G07', 'target typed 10x', x7['t'])
by(it, 'G13')['rs'] = 'txt'; by(it, 'G10')['draft_after'] = 'Jumlah ASN yang dilatih SIG (usulan)'
by(it, 'G05')['name'] = '3. ' + by(it, 'G05')['name']
wb = Workbook(); ws = wb.active; ws.title = 'PK 2021'
r = title(ws, ['PERJANJIAN KINERJA TAHUN 2021 (AWAL DAN PERUBAHAN)'] + KOP, 8) + 1
r = table(ag, ws, 'PK_Geospasial_2021.xlsx', 2021, it, r,
          [('No', 'no'), ('Indikator Kinerja', 'name'), ('Satuan', 'unit'), (('Target', 'PK Awal'), 'o_awal'), (('Target', 'PK Perubahan'), 't'), ('Realisasi', 'r'), ('Capaian (%)', 'cap'), ('Penjelasan', 'ket')])
ws.cell(r + 1, 2, 'Anggaran: Rp 4.250.000.000,- (APBD Provinsi Tahun Anggaran 2021)')
sign(ws, r + 3, 6, 'Tanjung Permai', '31 Desember 2021', 'Kepala UPTD Pusdatin Geospasial', 'Dr. Rina Maharani Siregar, S.Si., M.T.', '19820507 200801 2 013')
n = wb.create_sheet('Keterangan'); n['A1'] = 'PK Perubahan ditandatangani 2 Agustus 2021 setelah refocusing anggaran.'
ag.meta['layouts'].append([2021, 'PK_Geospasial_2021.xlsx', 'PK 2021', 'PK Awal and PK Perubahan target columns (Perubahan keyed), %-formatted realisasi, hidden draft row after G10, numbering inside the G05 name, budget line, signature, notes sheet'])
ag.save(wb, 'PK_Geospasial_2021.xlsx')

# ---- 2022 RA with annual formula + 2023 years across, one .ods
wb = Workbook(); ws = wb.active; ws.title = 'Renaksi 2022'
it = I[2022]
for x in it:
    x['qs'] = 'pct' if x['unit'] == '%' else 'num'
    x['tqv'] = [None, None, None, None]
x3 = by(it, 'G03'); x3['rform'] = 'sum3'
ag.mistake(2022, 'Realisasi (formula) of G03', 'G03', 'wrong formula =SUM(TW I:TW III) leaves out TW IV; keyed by cached value', sum(quarters(x3)[:3]))
x14 = by(it, 'G14'); x14['rform'] = 'sum3'
ag.mistake(2022, 'Realisasi (formula) of G14', 'G14', 'wrong formula =SUM(TW I:TW III); keyed by cached value', sum(quarters(x14)[:3]))
by(it, 'G12')['qblank'] = [3]
r = title(ws, ['RENCANA AKSI DAN MONITORING CAPAIAN KINERJA TAHUN 2022', 'UPTD Pusat Data dan Informasi Geospasial'], 11) + 1
r = table(ag, ws, 'Renaksi_dan_Capaian_Geospasial_2022_2023.ods', 2022, it, r,
          [('No', 'no'), ('Indikator', 'name'), ('Satuan', 'unit'), ('Target Tahunan', 't'), (('Target', 'TW I'), 'tq1'), (('Target', 'TW II'), 'tq2'), (('Realisasi', 'TW I'), 'q1'), (('Realisasi', 'TW II'), 'q2'), (('Realisasi', 'TW III'), 'q3'), (('Realisasi', 'TW IV'), 'q4'), ('Realisasi Tahunan', 'r'), ('Capaian', 'cap')], {'rformula': True})
ag.meta['layouts'].append([2022, 'Renaksi_dan_Capaian_Geospasial_2022_2023.ods', 'Renaksi 2022', 'Rencana Aksi: TW realisasi plus an annual realisasi formula column (keyed as it stands by cached value; two formulas wrong); empty TW target columns'])
ws = wb.create_sheet('Capaian 2021-2023')
it = I[2023]; p21 = {x['id']: x for x in I[2021]}; p22 = {x['id']: x for x in I[2022]}
for x in it:
    for yy, p in ((2021, p21), (2022, p22)):
        q = p.get(x['id'])
        x[f'o_t{yy}'] = V(q['t'], 'num') if q else ('-', None, None); x[f'o_r{yy}'] = V(q['r'], 'num') if q else ('-', None, None)
    if x['unit'] == '%': x['ts'] = 'txtpct'; x['rs'] = 'txtpct'
    if x['unit'] == 'Rp': x['ts'] = 'rp'; x['rs'] = 'rp'
x6 = by(it, 'G06'); x6['rs'] = 'frac'; ag.mistake(2023, 'Realisasi 2023 of G06', 'G06', 'fraction typed in a plain cell', round(x6['r'] / 100, 4))
by(it, 'G17')['ts'] = 'ge'; by(it, 'G01')['name'] = 'Persentase Perangkat Daerah\nPengguna Data Geospasial'
r = title(ws, ['CAPAIAN KINERJA 2021 - 2023', 'UPTD Pusat Data dan Informasi Geospasial'], 10) + 1
r = table(ag, ws, 'Renaksi_dan_Capaian_Geospasial_2022_2023.ods', 2023, it, r,
          [('No', 'no'), ('Indikator Kinerja', 'name'), ('Satuan', 'unit'), (('2021', 'T'), 'o_t2021'), (('2021', 'R'), 'o_r2021'), (('2022', 'T'), 'o_t2022'), (('2022', 'R'), 'o_r2022'), (('2023', 'T'), 't'), (('2023', 'R'), 'r'), ('Capaian 2023', 'cap')])
ag.meta['layouts'].append([2023, 'Renaksi_dan_Capaian_Geospasial_2022_2023.ods', 'Capaian 2021-2023', 'years across (T/R pairs for 2021, 2022, 2023); only 2023 keyed; line break inside the G01 name; % values as text'])
ag.save(wb, 'Renaksi_dan_Capaian_Geospasial_2022_2023.ods')

# ---- 2024 cumulative s.d. TW, .xls
it = I[2024]
for x in it:
    x['qs'] = 'num'
    if x['unit'] == '%': x['ts'] = 'txtpct'
x16 = by(it, 'G16'); x16['t'] = round(x16['t'] / 1e6, 1); x16['r'] = round(x16['r'] / 1e6, 2); x16['unit'] = 'Rp juta'; x16['ts'] = 'txt'
ag.mistake(2024, 'Target of G16', 'G16', 'unit changes to Rp juta (name says so; other years full rupiah)', x16['t'])
# cumulative: FLOW quarters become cumulative values
for x in it:
    if x['kind'] == 'FLOW': x['kind_orig'] = 'FLOW'
by(it, 'G13')['qblank'] = [3]
wb = Workbook(); ws = wb.active; ws.title = 'Monev TW 2024'
r = title(ws, ['MONITORING DAN EVALUASI KINERJA TRIWULANAN', 'TAHUN ANGGARAN 2024', 'UPTD Pusat Data dan Informasi Geospasial - Bappeda Provinsi Tanjung Permai'], 9) + 1
# cumulative columns: write cumulative values by overriding quarters (typed as cumulative)
def cumq(x):
    q = quarters(x); out = []; s = 0
    for v in q:
        if v is None: out.append(None); continue
        s = s + v if x['kind'] == 'FLOW' else v
        out.append(round(s, 6) if isinstance(s, float) else s)
    return out
for x in it:
    cq = cumq(x)
    for i in range(4): x[f'o_c{i}'] = V(cq[i], 'num') if cq[i] is not None else ('-', None, None)
    x['_cq'] = cq
hdr = [('No', 'no'), ('Uraian Indikator', 'name'), ('Satuan', 'unit'), ('Target 2024', 't'), ('Capaian s.d. TW I', 'o_c0'), ('Capaian s.d. TW II', 'o_c1'), ('Capaian s.d. TW III', 'o_c2'), ('Capaian s.d. TW IV', 'o_c3'), ('Keterangan', 'ket')]
r = table(ag, ws, 'Monev_Triwulan_Geospasial_2024.xls', 2024, it, r, [(h, f) for h, f in hdr])
# realisasi is the last reported cumulative column: rewrite key + locator
n = len(it)
for row, loc, x in zip(ag.rows[-n:], ag.locs[-n:], it):
    rr = row['row']; rep = [v for v in x['_cq'] if v is not None]
    row['realisasi'] = rep[-1]
    loc['realisasi'] = {'rule': 'last', 'cells': [f'{c}{rr}' for c in 'EFGH']}
ws.cell(r + 1, 2, 'Catatan: kolom s.d. TW bersifat kumulatif; TW IV kunjungan geoportal belum direkap.')
h = wb.create_sheet('TW IV (draft)'); h.sheet_state = 'hidden'
for k, x in enumerate(it): h.cell(k + 1, 1, x['name']); h.cell(k + 1, 2, x['r'])
ag.meta['layouts'].append([2024, 'Monev_Triwulan_Geospasial_2024.xls', 'Monev TW 2024', 'cumulative "s.d. TW I..IV" columns only (realisasi = last reported column, whatever FLOW/LEVEL), no annual realisasi; hidden draft sheet with stale figures; G16 in Rp juta'])
ag.save(wb, 'Monev_Triwulan_Geospasial_2024.xls')
ag.meta['flow_level'] = {d['id']: d['kind'] for d in D}
ag.finish(); print('geo', len(ag.rows))
