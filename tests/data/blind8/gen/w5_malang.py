"""W5: Kabupaten Malang Dinas Pendidikan, Rencana Aksi 2024 (xlsx). Sheet "Rencana Aksi" holds the
PK table with quarterly (cumulative) targets; sheet "Lamp. Anggaran" the budget in thousands of
rupiah: Program -> Kegiatan -> Sub Kegiatan marked by a numbering column (1, 1.1, 1.1.1), parents
as formulas, Capaian Keuangan =ROUND(D/C*100,2), a Fisik (%) column, an empty Sumber Dana column,
and no total row."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from lib import *

NAME = 'malang-disdik-ra-2024'
EXT = 'xlsx'

wb = Workbook()
ra = wb.active
ra.title = 'Rencana Aksi'
for col, w in zip('ABCDEFGHIJK', (5, 38, 46, 9, 9, 8, 8, 8, 8, 10, 10)):
    ra.column_dimensions[col].width = w
ra['A1'] = 'RENCANA AKSI DAN CAPAIAN PERJANJIAN KINERJA TAHUN 2024'
ra['A2'] = 'DINAS PENDIDIKAN KABUPATEN MALANG'
for r in (1, 2):
    ra['A%d' % r].font = Font(bold=True)
    ra.merge_cells('A%d:K%d' % (r, r))
    ra['A%d' % r].alignment = Alignment(horizontal='center')
H = Alignment(horizontal='center', vertical='center', wrap_text=True)
for col, tx in (('A', 'No'), ('B', 'Sasaran Strategis'), ('C', 'Indikator Kinerja'), ('D', 'Satuan'),
                ('E', 'Target Tahunan'), ('J', 'Realisasi'), ('K', '% Capaian')):
    ra['%s4' % col] = tx
    ra.merge_cells('%s4:%s5' % (col, col))
ra['F4'] = 'Target Triwulan'
ra.merge_cells('F4:I4')
for col, tx in zip('FGHI', ('TW I', 'TW II', 'TW III', 'TW IV')):
    ra['%s5' % col] = tx
for row in ra['A4:K5']:
    for c in row:
        c.font = Font(bold=True)
        c.alignment = H
pk_rows = [
    ('Meningkatnya akses dan mutu pendidikan dasar', 'Angka Partisipasi Murni (APM) SD/MI', '%', D('97.50'), D('97.84')),
    (None, 'Angka Partisipasi Murni (APM) SMP/MTs', '%', D('80.00'), D('78.60')),
    (None, 'Rata-rata lama sekolah', 'tahun', D('7.95'), D('8.02')),
    ('Meningkatnya kualitas pendidik', 'Persentase guru bersertifikat pendidik', '%', D('72.00'), D('74.40')),
]
inds, last = write_pk(ra, pk_rows, 6, dict(no='A', sasaran='B', indikator='C', satuan='D', target='E',
                                           realisasi='J', capaian='K'), 'Rencana Aksi')
for i, (s, n, u, tg, r_) in enumerate(pk_rows):
    for col, frac in zip('FGHI', (D('0.25'), D('0.5'), D('0.75'), D(1))):
        # cumulative schedule; TW IV equals the annual target
        ra['%s%d' % (col, 6 + i)] = pyval(tg)  # rates measured once a year: same target each quarter
box(ra, 'A4:K%d' % last)

SHEET = 'Lamp. Anggaran'
ws = wb.create_sheet(SHEET)
for col, w in zip('ABCDEFG', (8, 70, 16, 16, 12, 9, 14)):
    ws.column_dimensions[col].width = w
ws['A1'] = 'LAMPIRAN RENCANA AKSI: REALISASI ANGGARAN PROGRAM, KEGIATAN DAN SUB KEGIATAN'
ws['A2'] = 'DINAS PENDIDIKAN KABUPATEN MALANG TAHUN ANGGARAN 2024'
ws['A3'] = '(dalam ribuan rupiah)'
for r in (1, 2, 3):
    ws['A%d' % r].font = Font(bold=(r < 3), italic=(r == 3))
    ws.merge_cells('A%d:G%d' % (r, r))
    ws['A%d' % r].alignment = Alignment(horizontal='center')
for i, h in enumerate(['No', 'Uraian', 'Alokasi (Rp 000)', 'Realisasi (Rp 000)', 'Capaian Keuangan (%)', 'Fisik (%)', 'Sumber Dana']):
    c = ws.cell(row=5, column=i + 1, value=h)
    c.font = Font(bold=True)
    c.alignment = H


def S(no, name, a, r, id, fisik=100):
    return N('subkegiatan', name, a, r, id=id, no=no, extra={'F': fisik})


def K(no, name, id, kids):
    return N('kegiatan', name, id=id, no=no, kids=kids)


P = [
    N('program', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', id='P1', no='1', kids=[
        K('1.1', 'Administrasi Keuangan Perangkat Daerah', 'K11', [
            S('1.1.1', 'Penyediaan Gaji dan Tunjangan ASN', 684215400, 671902318, 'S111'),
            S('1.1.2', 'Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD', 1245600, 1198470, 'S112'),
        ]),
        K('1.2', 'Administrasi Umum Perangkat Daerah', 'K12', [
            S('1.2.1', 'Penyediaan Peralatan dan Perlengkapan Kantor', 48500, 47925, 'S121'),
            S('1.2.2', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 312750, 298406, 'S122'),
        ]),
    ]),
    N('program', 'PROGRAM PENGELOLAAN PENDIDIKAN', id='P2', no='2', kids=[
        K('2.1', 'Pengelolaan Pendidikan Sekolah Dasar', 'K21', [
            S('2.1.1', 'Pembangunan Ruang Kelas Baru', 18450000, 17862315, 'S211', 96),
            S('2.1.2', 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', 24716800, 23904112, 'S212', 98),
            S('2.1.3', 'Pengelolaan Dana BOS Sekolah Dasar', 142380500, 140215880, 'S213'),
        ]),
        K('2.2', 'Pengelolaan Pendidikan Sekolah Menengah Pertama', 'K22', [
            S('2.2.1', 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', 15240000, 15588600, 'S221'),
            S('2.2.2', 'Pengelolaan Dana BOS Sekolah Menengah Pertama', 96825300, 95114760, 'S222'),
        ]),
        K('2.3', 'Pengelolaan Pendidikan Anak Usia Dini (PAUD)', 'K23', [
            S('2.3.1', 'Pembinaan Kelembagaan dan Manajemen PAUD', 2140000, 2046550, 'S231'),
        ]),
    ]),
    N('program', 'PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN', id='P3', no='3', kids=[
        K('3.1', 'Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan', 'K31', [
            S('3.1.1', 'Peningkatan Kompetensi Pendidik dan Tenaga Kependidikan', 3865200, 3702448, 'S311'),
        ]),
    ]),
    N('program', 'PROGRAM PENGEMBANGAN KURIKULUM', id='P4', no='4', kids=[
        K('4.1', 'Penetapan Kurikulum Muatan Lokal Pendidikan Dasar', 'K41', [
            S('4.1.1', 'Penyusunan Kurikulum Muatan Lokal Pendidikan Dasar', 425000, 411880, 'S411'),
        ]),
    ]),
    N('program', 'PROGRAM PENGENDALIAN PERIZINAN PENDIDIKAN', id='P5', no='5', kids=[
        K('5.1', 'Penerbitan Izin PAUD dan Pendidikan Nonformal yang Diselenggarakan oleh Masyarakat', 'K51', [
            S('5.1.1', 'Pengendalian dan Pengawasan Perizinan Pendidikan Anak Usia Dini dan Pendidikan Nonformal', 186400, 172915, 'S511'),
        ]),
    ]),
]
t = Table(dict(sheet=ws, title=SHEET, header_row=5, start_row=6,
               cols=dict(no='A', name='B', ang='C', real='D', ser='E'),
               name_style='plain', amount='num', amount_fmt=RP, parent='sum',
               ser='round_formula', ser_dec=2, unit='ribu'), P, total=False)
K21, P1 = t.by('K21'), t.by('P1')
s21 = sum((t.w(k, 'ang') for k in K21.kids), D(0))
t.mistake('K21', 'ang', 'budget-sum', 'kegiatan alokasi typed 185.457.300 over the formula; its sub kegiatan add to 185.547.300 (thousands)',
          content=185457300, written=D(185457300), fmt=RP)
p1r = sum((t.w(k, 'real') for k in P1.kids), D(0))
t.mistake('P1', 'real', 'budget-sum', 'programme realisasi typed 673.447.191 (last digits swapped); its kegiatan add to %s (thousands)' % fmt_id(p1r),
          content=673447191, written=D(673447191), fmt=RP)
t.mistake('S221', 'real', 'realisasi-over-anggaran', 'realisasi 15.588.600 exceeds the alokasi 15.240.000 (thousands; 102,29 %)')
t.mistake('S231', 'ser', 'serapan-wrong', 'Capaian Keuangan typed 96,53 over the formula; 2.046.550 / 2.140.000 = 95,63 %',
          content=96.53, written=D('96.53'), fmt='0.00')
t.trap('S121', 'ang', 'thousands-small', 'alokasi 48.500 in thousands = Rp 48.500.000: small-looking but right')
t.trap('S111', 'G%d', 'empty-sumber-dana', 'the Sumber Dana column (G) is empty on every row')
t.trap('P3', 'ang', 'single-kegiatan', 'programme 3 has one kegiatan with one sub kegiatan; all three alokasi are equal')
t.trap('S511', 'name', 'no-total-row', 'the table ends at this row: no JUMLAH row, nothing to check against')
t.render()
box(ws, 'A5:G%d' % t.end_row)
signature(ws, 'D', t.end_row + 2, 'Kepanjen, 31 Desember 2024', 'Kepala Dinas Pendidikan Kabupaten Malang',
          'Drs. SUHARIYANTO, M.Pd.', 'Pembina Utama Muda', 'NIP. 19680812 199303 1 009')
wb.save('tmp/%s.xlsx' % NAME)
b, m, tp, cl = t.key()
tp[1]['cell'] = 'G%d' % t.by('S111').row
save_key('../%s.key.json' % NAME, '%s.%s' % (NAME, EXT), [b], inds, m, tp,
         cl + [{'sheet': 'Rencana Aksi', 'row': i['row'], 'what': 'indicator'} for i in inds])
print(NAME, len(b['lines']), 'lines', len(m), 'mistakes', len(tp), 'traps')
