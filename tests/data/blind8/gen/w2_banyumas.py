"""W2: Banyumas Dinas Kesehatan LKjIP 2024 (xlsx). PK on sheet "PK 2024"; budget on its own sheet
"Realisasi Anggaran": Program -> Kegiatan -> Sub Kegiatan (Permendagri 90 codes in a separate Kode
column), header over two rows with merged cells, a hidden Sumber Dana column and a Fisik (%) column.
Everything typed as constants (an SIPD export pasted as values)."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from lib import *

NAME = 'banyumas-dinkes-lkjip-2024'
EXT = 'xlsx'

wb = Workbook()
pk = wb.active
pk.title = 'PK 2024'
for col, w in zip('ABCDEFG', (5, 40, 50, 10, 10, 10, 11)):
    pk.column_dimensions[col].width = w
pk['A1'] = 'PENGUKURAN KINERJA DINAS KESEHATAN KABUPATEN BANYUMAS TAHUN 2024'
pk['A1'].font = Font(bold=True)
pk.merge_cells('A1:G1')
for i, h in enumerate(['No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']):
    c = pk.cell(row=3, column=i + 1, value=h)
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal='center', wrap_text=True)
pk_rows = [
    ('Meningkatnya derajat kesehatan masyarakat', 'Usia Harapan Hidup', 'tahun', D('74.10'), D('74.26')),
    (None, 'Persentase balita stunting (prevalensi, arah naik = capaian penurunan)', '%', D('14.00'), D('14.00')),
    ('Meningkatnya mutu pelayanan kesehatan', 'Persentase puskesmas terakreditasi paripurna', '%', D('40.00'), D('43.75')),
    (None, 'Indeks Kepuasan Masyarakat terhadap layanan puskesmas', 'indeks', D('85.00'), D('86.92')),
]
inds, last = write_pk(pk, pk_rows, 4, dict(no='A', sasaran='B', indikator='C', satuan='D', target='E',
                                           realisasi='F', capaian='G'), 'PK 2024')
box(pk, 'A3:G%d' % last)

SHEET = 'Realisasi Anggaran'
ws = wb.create_sheet(SHEET)
for col, w in zip('ABCDEFG', (24, 70, 14, 20, 20, 10, 10)):
    ws.column_dimensions[col].width = w
ws.column_dimensions['C'].hidden = True
ws['A1'] = 'REALISASI ANGGARAN PROGRAM, KEGIATAN DAN SUB KEGIATAN'
ws['A2'] = 'DINAS KESEHATAN KABUPATEN BANYUMAS TAHUN ANGGARAN 2024'
for r in (1, 2):
    ws['A%d' % r].font = Font(bold=True, size=12)
    ws['A%d' % r].alignment = Alignment(horizontal='center')
    ws.merge_cells('A%d:G%d' % (r, r))
# two-row header
H = Alignment(horizontal='center', vertical='center', wrap_text=True)
for col, text in (('A', 'Kode'), ('B', 'Program / Kegiatan / Sub Kegiatan'), ('C', 'Sumber Dana'),
                  ('D', 'Anggaran (Rp)'), ('G', 'Fisik (%)')):
    ws['%s5' % col] = text
    ws.merge_cells('%s5:%s6' % (col, col))
ws['E5'] = 'Realisasi Keuangan'
ws.merge_cells('E5:F5')
ws['E6'] = 'Rp'
ws['F6'] = '%'
for i, col in enumerate('ABCDEFG'):
    ws['%s7' % col] = '(%d)' % (i + 1)
for row in ws['A5:G7']:
    for c in row:
        c.font = Font(bold=True)
        c.alignment = H


def S(code, name, a, r, id, sd='DAU', fisik=100, **kw):
    ex = {'C': sd, 'G': fisik}
    return N('subkegiatan', name, a, r, id=id, code=code, extra=ex, **kw)


P = [
    N('program', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', id='P1', code='1.02.01', kids=[
        N('kegiatan', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', id='K1', code='1.02.01.2.01', kids=[
            S('1.02.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 148650000, 141220500, 'S11'),
            S('1.02.01.2.01.0007', 'Evaluasi Kinerja Perangkat Daerah', 96300000, 92145000, 'S12'),
        ]),
        N('kegiatan', 'Administrasi Keuangan Perangkat Daerah', id='K2', code='1.02.01.2.02', kids=[
            S('1.02.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 52418760000, 51306412885, 'S21'),
            S('1.02.01.2.02.0004', 'Koordinasi dan Pelaksanaan Akuntansi SKPD', 84500000, 80962000, 'S22', ser_dec=1),
        ]),
        N('kegiatan', 'Administrasi Umum Perangkat Daerah', id='K3', code='1.02.01.2.06', kids=[
            S('1.02.01.2.06.0001', 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', 45000000, 44820000, 'S31'),
            S('1.02.01.2.06.0005', 'Fasilitasi Kunjungan Tamu', 60000000, 57300000, 'S32'),
            S('1.02.01.2.06.0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 325750000, 318664150, 'S33'),
        ]),
    ]),
    N('program', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', id='P2', code='1.02.02', kids=[
        N('kegiatan', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota', id='K4', code='1.02.02.2.01', kids=[
            S('1.02.02.2.01.0014', 'Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan', 6874320000, 6512908400, 'S41', sd='DAK Fisik'),
            S('1.02.02.2.01.0020', 'Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan', 412000000, 425180000, 'S42'),
        ]),
        N('kegiatan', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', id='K5', code='1.02.02.2.02', kids=[
            S('1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 238400000, 226915000, 'S51', sd='DAK Non Fisik (BOK)'),
            S('1.02.02.2.02.0003', 'Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir', 186250000, 179840500, 'S52', sd='DAK Non Fisik (BOK)'),
            S('1.02.02.2.02.0011', 'Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis', 142800000, 138102000, 'S53', sd='DAK Non Fisik (BOK)'),
            S('1.02.02.2.02.0025', 'Pelayanan Kesehatan Penyakit Menular dan Tidak Menular', 0, 0, 'S54', real_raw='-', fisik='-'),
        ]),
        N('kegiatan', 'Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi', id='K6', code='1.02.02.2.03', kids=[
            S('1.02.02.2.03.0001', 'Pengelolaan Data dan Informasi Kesehatan', 95600000, 91872000, 'S61'),
        ]),
    ]),
    N('program', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN', id='P3', code='1.02.03', kids=[
        N('kegiatan', 'Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota', id='K7', code='1.02.03.2.02', kids=[
            S('1.02.03.2.02.0001', 'Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar', 1268400000, 1215772000, 'S71'),
        ]),
        N('kegiatan', 'Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota', id='K8', code='1.02.03.2.03', kids=[
            S('1.02.03.2.03.0001', 'Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan', 174500000, 166948000, 'S81'),
        ]),
    ]),
    N('program', 'PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN', id='P4', code='1.02.05', kids=[
        N('kegiatan', 'Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota', id='K9', code='1.02.05.2.01', kids=[
            S('1.02.05.2.01.0001', 'Peningkatan Upaya Advokasi Kesehatan, Pemberdayaan, Penggalangan Kemitraan, Peran Serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota', 118900000, 112455600, 'S91'),
        ]),
    ]),
]
t = Table(dict(sheet=ws, title=SHEET, header_row=5, header_rows=[5, 6], start_row=8,
               cols=dict(kode='A', name='B', ang='D', real='E', ser='F'),
               name_style='plain', amount='num', amount_fmt=RP, parent='const', total='const',
               total_label='JUMLAH', ser='const', ser_dec=2, unit='rupiah'), P)

K5, S41, S71 = t.by('K5'), t.by('S41'), t.by('S71')
k5_sum = sum((t.w(k, 'real') for k in K5.kids), D(0))
t.mistake('K5', 'real', 'budget-sum', 'kegiatan realisasi typed 554.857.500; its sub kegiatan add to 544.857.500',
          content=554857500, written=554857500, fmt=RP)
t.mistake('S41', 'ser', 'serapan-wrong', 'ratio upside down: anggaran / realisasi x 100 = 105,55; realisasi / anggaran x 100 = 94,74',
          content=float(pct(6874320000, 6512908400, 2)), written=pct(6874320000, 6512908400, 2), fmt='0.00')
t.mistake('S71', 'ser', 'serapan-wrong', 'two digits swapped: 95,58 written, 1.215.772.000 / 1.268.400.000 = 95,85 %',
          content=95.58, written=D('95.58'), fmt='0.00')
t.mistake('S42', 'real', 'realisasi-over-anggaran', 'realisasi 425.180.000 exceeds the anggaran 412.000.000 (serapan 103,20 %)')
true_total = sum((t.w(p, 'ang') for p in P), D(0))
wrong_total = true_total + 100000000
t.mistake('TOTAL', 'ang', 'total-sum', 'JUMLAH anggaran typed %s; the four programmes add to %s' % (fmt_id(wrong_total), fmt_id(true_total)),
          content=pyval(wrong_total), written=wrong_total, fmt=RP)

t.trap('S22', 'ser', 'serapan-rounded-1-decimal', '80.962.000 / 84.500.000 = 95,8130 %, written 95,8 with format 0.0: right at one decimal')
t.trap('K3', 'ang', 'subkegiatan-sums-right', 'kegiatan 1.02.01.2.06 = sum of its three sub kegiatan (430.750.000), realisasi likewise')
t.trap('S11', 'C8', 'hidden-sumber-dana', 'column C (Sumber Dana) is hidden; its text is not an amount')
t.trap('S54', 'ang', 'zero-anggaran-dash', 'sub kegiatan with anggaran 0 and realisasi "-": serapan "-", nothing to compute')
t.render()
# format the 1-decimal serapan
ws['F%d' % t.by('S22').row].number_format = '0.0'
tr = t.total.row
for col in 'AB':
    ws['%s%d' % (col, tr)].font = Font(bold=True)
ws.merge_cells('A%d:B%d' % (tr, tr))
ws['A%d' % tr] = 'JUMLAH'
box(ws, 'A5:G%d' % tr)
signature(ws, 'D', tr + 2, 'Purwokerto, 31 Desember 2024', 'Kepala Dinas Kesehatan Kabupaten Banyumas',
          'dr. RETNO WULANDARI, M.Kes.', 'Pembina Utama Muda', 'NIP. 19720918 200212 2 006')

wb.save('tmp/%s.xlsx' % NAME)
b, m, tp, cl = t.key()
# the total's name is written in the merged A:B cell
for L in b['lines']:
    if L['level'] == 'total':
        L['name_cell'] = 'A%d' % L['row']
tp[2]['cell'] = 'C%d' % t.by('S11').row
save_key('../%s.key.json' % NAME, '%s.%s' % (NAME, EXT), [b], inds, m, tp,
         cl + [{'sheet': 'PK 2024', 'row': i['row'], 'what': 'indicator'} for i in inds],
         extra={'hidden_columns': {SHEET: ['C']}})
print(NAME, len(b['lines']), 'lines', len(m), 'mistakes', len(tp), 'traps')
