"""W6: Lombok Timur DPMPTSP LKjIP 2021 (xls). PK on sheet "PK"; budget on its own sheet "Anggaran":
Program -> Kegiatan with the Permendagri 90 code written in front of the name (2.18.01 / 2.18.01.2.01),
header over two rows with merged cells, amounts typed as text ("Rp 1.234.500.000" for programmes,
"1.234.500.000" for kegiatan), a Sisa Anggaran column, Sumber Dana and Keterangan columns, a typed
JUMLAH row."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from lib import *

NAME = 'lomboktimur-dpmptsp-lkjip-2021'
EXT = 'xls'

wb = Workbook()
pk = wb.active
pk.title = 'PK'
for col, w in zip('ABCDEFG', (5, 40, 48, 11, 10, 10, 11)):
    pk.column_dimensions[col].width = w
pk['A1'] = 'PENGUKURAN KINERJA'
pk['A2'] = 'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN LOMBOK TIMUR'
pk['A3'] = 'TAHUN 2021'
for r in (1, 2, 3):
    pk['A%d' % r].font = Font(bold=True)
    pk['A%d' % r].alignment = Alignment(horizontal='center')
    pk.merge_cells('A%d:G%d' % (r, r))
for i, h in enumerate(['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']):
    c = pk.cell(row=5, column=i + 1, value=h)
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal='center', wrap_text=True)
pk_rows = [
    ('Meningkatnya investasi di Kabupaten Lombok Timur', 'Nilai realisasi investasi (PMA dan PMDN)', 'Rp miliar', D('1250.00'), D('1387.45')),
    (None, 'Pertumbuhan jumlah investor', '%', D('5.00'), D('4.60')),
    ('Meningkatnya kualitas pelayanan perizinan', 'Indeks Kepuasan Masyarakat (IKM) pelayanan perizinan', 'indeks', D('82.00'), D('85.63')),
    (None, 'Persentase izin yang terbit tepat waktu', '%', D('95.00'), D('97.20')),
]
inds, last = write_pk(pk, pk_rows, 6, dict(no='A', sasaran='B', indikator='C', satuan='D', target='E',
                                           realisasi='F', capaian='G'), 'PK')
box(pk, 'A5:G%d' % last)

SHEET = 'Anggaran'
ws = wb.create_sheet(SHEET)
for col, w in zip('ABCDEFG', (72, 20, 20, 10, 18, 16, 24)):
    ws.column_dimensions[col].width = w
ws['A1'] = 'REALISASI ANGGARAN PROGRAM DAN KEGIATAN'
ws['A2'] = 'DPMPTSP KABUPATEN LOMBOK TIMUR'
ws['A3'] = 'TAHUN ANGGARAN 2021'
for r in (1, 2, 3):
    ws['A%d' % r].font = Font(bold=True)
    ws['A%d' % r].alignment = Alignment(horizontal='center')
    ws.merge_cells('A%d:G%d' % (r, r))
H = Alignment(horizontal='center', vertical='center', wrap_text=True)
for col, tx in (('A', 'Kode / Program / Kegiatan'), ('B', 'Anggaran (Rp)'), ('E', 'Sisa Anggaran (Rp)'),
                ('F', 'Sumber Dana'), ('G', 'Keterangan')):
    ws['%s5' % col] = tx
    ws.merge_cells('%s5:%s6' % (col, col))
ws['C5'] = 'Realisasi s.d. 31 Desember 2021'
ws.merge_cells('C5:D5')
ws['C6'] = 'Rp'
ws['D6'] = '%'
for row in ws['A5:G6']:
    for c in row:
        c.font = Font(bold=True)
        c.alignment = H


def K(code, name, a, r, id, sd='DAU', ket=None, **kw):
    ex = {'F': sd}
    if ket:
        ex['G'] = ket
    return N('kegiatan', name, a, r, id=id, code=code, extra=ex, ang_style='plain', real_style='plain', **kw)


P = [
    N('program', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', id='P1', code='2.18.01', kids=[
        K('2.18.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 126450000, 119872500, 'K11'),
        K('2.18.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 3942186000, 3861447320, 'K12'),
        K('2.18.01.2.06', 'Administrasi Umum Perangkat Daerah', 684750000, 661208000, 'K13'),
        K('2.18.01.2.09', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 215300000, 204118600, 'K14'),
    ]),
    N('program', 'PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL', id='P2', code='2.18.02', kids=[
        K('2.18.02.2.01', 'Penetapan Pemberian Fasilitas/Insentif dalam Bidang Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota', 200000000, 173000000, 'K21', ser_dec=0),
        K('2.18.02.2.02', 'Pembuatan Peta Potensi Investasi Kabupaten/Kota', 145600000, 139980000, 'K22'),
    ]),
    N('program', 'PROGRAM PROMOSI PENANAMAN MODAL', id='P3', code='2.18.03', kids=[
        K('2.18.03.2.01', 'Penyelenggaraan Promosi Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota', 412500000, 398625000, 'K31'),
    ]),
    N('program', 'PROGRAM PELAYANAN PENANAMAN MODAL', id='P4', code='2.18.04', kids=[
        K('2.18.04.2.01', 'Pelayanan Perizinan dan Nonperizinan secara Terpadu Satu Pintu di Bidang Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota', 538200000, 521904700, 'K41'),
        K('2.18.04.2.02', 'Pelaksanaan Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik (OSS)', 186000000, 179455000, 'K42'),
    ]),
    N('program', 'PROGRAM PENGENDALIAN PELAKSANAAN PENANAMAN MODAL', id='P5', code='2.18.05', kids=[
        K('2.18.05.2.01', 'Pengendalian Pelaksanaan Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota', 265800000, 251337400, 'K51'),
    ]),
    N('program', 'PROGRAM PENGELOLAAN DATA DAN SISTEM INFORMASI PENANAMAN MODAL', id='P6', code='2.18.06', kids=[
        K('2.18.06.2.01', 'Pengelolaan Data dan Informasi Perizinan dan Non Perizinan yang Terintegrasi pada Tingkat Daerah Kabupaten/Kota', 158400000, 150226500, 'K61', sd='DAK Non Fisik PM'),
    ]),
]
t = Table(dict(sheet=ws, title=SHEET, header_row=5, header_rows=[5, 6], start_row=7,
               cols=dict(name='A', ang='B', real='C', ser='D', sisa='E'),
               name_style='codeprefix', amount='rp', parent='const', total='const',
               total_label='JUMLAH', ser='const', ser_dec=2, sisa='const', unit='rupiah'), P)
K13, K14, K22, K41, P4 = (t.by(x) for x in ('K13', 'K14', 'K22', 'K41', 'P4'))
t.mistake('K13', 'ang', 'malformed-number', 'a group of four digits: "684.7500.000" for 684.750.000 (sisa 23.542.000 and serapan 96,56 on the row imply it)',
          content='684.7500.000')
t.mistake('K22', 'real', 'malformed-number', 'a group of two digits: "139.98.000" for 139.980.000 (programme realisasi 312.980.000 minus 173.000.000)',
          content='139.98.000')
sisa13 = t.w(K13, 'sisa')
t.mistake('K14', 'sisa', 'sisa-wrong', 'Sisa Anggaran copied from the row above (%s); 215.300.000 - 204.118.600 = 11.181.400' % amount_text(sisa13, 'rp'),
          content=amount_text(sisa13, 'rp'), written=sisa13)
t.mistake('K41', 'sisa', 'sisa-wrong', 'Sisa Anggaran typed Rp 16.259.300 (digits swapped); 538.200.000 - 521.904.700 = 16.295.300',
          content='Rp 16.259.300', written=D(16259300))
p4r = sum((t.w(k, 'real') for k in P4.kids), D(0))
t.mistake('P4', 'real', 'budget-sum', 'programme realisasi typed Rp 710.359.700; its kegiatan add to %s' % fmt_id(p4r),
          content='Rp 710.359.700', written=D(710359700))
t.mistake('K31', 'ser', 'serapan-wrong', 'typo: 96,84 written; 398.625.000 / 412.500.000 = 96,64 %',
          content=96.84, written=D('96.84'), fmt='0.00')
tot_a = sum((t.w(p, 'ang') for p in P), D(0))
wrong_a = tot_a + 250000000
t.mistake('TOTAL', 'ang', 'total-sum', 'JUMLAH anggaran typed %s; the six programmes add to %s' % (amount_text(wrong_a, 'rp'), fmt_id(tot_a)),
          content=amount_text(wrong_a, 'rp'), written=wrong_a)
t.trap('K21', 'ser', 'serapan-whole-number-half-up', '173.000.000 / 200.000.000 = 86,5 % exactly; 87 written without decimals is right (half away from zero)')
t.trap('K11', 'ang', 'amount-plain-text', 'kegiatan amounts typed as plain text "126.450.000" (no Rp): right')
t.render()
tr = t.total.row
box(ws, 'A5:G%d' % tr)
signature(ws, 'E', tr + 2, 'Selong, 31 Desember 2021', 'KEPALA DPMPTSP KABUPATEN LOMBOK TIMUR',
          'H. LALU MUHAMMAD ZAINUDDIN, S.Sos., M.M.', 'Pembina Tingkat I', 'NIP. 19730409 199903 1 005')
wb.save('tmp/%s.xlsx' % NAME)
b, m, tp, cl = t.key()
save_key('../%s.key.json' % NAME, '%s.%s' % (NAME, EXT), [b], inds, m, tp,
         cl + [{'sheet': 'PK', 'row': i['row'], 'what': 'indicator'} for i in inds])
print(NAME, len(b['lines']), 'lines', len(m), 'mistakes', len(tp), 'traps')
