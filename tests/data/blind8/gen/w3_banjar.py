"""W3: Banjar Dinas Koperasi dan Usaha Mikro LKjIP 2022 (xls). Banjar-style sheet: PK table, a blank
row, then the budget table on the same sheet. Program -> Kegiatan with a "- " prefix; amounts typed as
text "Rp. 1.234.500.000,-"; % Realisasi typed numbers; JUMLAH typed text."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from lib import *

NAME = 'banjar-diskopum-lkjip-2022'
EXT = 'xls'
SHEET = 'PK 2022'

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip('ABCDEFG', (6, 60, 24, 24, 12, 12, 26)):
    ws.column_dimensions[col].width = w
for r, tx in ((1, 'PENGUKURAN KINERJA'), (2, 'DINAS KOPERASI DAN USAHA MIKRO'), (3, 'KABUPATEN BANJAR'), (4, 'TAHUN 2022')):
    ws['A%d' % r] = tx
    ws['A%d' % r].font = Font(bold=True, size=12)
    ws['A%d' % r].alignment = Alignment(horizontal='center')
    ws.merge_cells('A%d:G%d' % (r, r))
ws['A6'] = 'Kabupaten : Banjar'
ws['A7'] = 'Nama SKPD : Dinas Koperasi dan Usaha Mikro'
# PK table: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | % Realisasi
for i, h in enumerate(['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Realisasi']):
    c = ws.cell(row=9, column=i + 1, value=h)
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal='center', wrap_text=True)
    ws.cell(row=10, column=i + 1, value='(%d)' % (i + 1)).alignment = Alignment(horizontal='center')
pk_rows = [
    ('Meningkatnya kualitas kelembagaan koperasi', 'Persentase koperasi aktif', '%', D('64.00'), D('66.25')),
    (None, 'Persentase koperasi sehat', '%', D('20.00'), D('18.50')),
    ('Meningkatnya daya saing usaha mikro', 'Jumlah usaha mikro yang naik kelas', 'unit usaha', D(150), D(163)),
    (None, 'Jumlah usaha mikro yang memiliki legalitas usaha (NIB)', 'unit usaha', D(1200), D(1348)),
    ('Meningkatnya akuntabilitas kinerja perangkat daerah', 'Nilai SAKIP perangkat daerah', 'nilai', D('70.00'), D('71.45')),
]
inds, last = write_pk(ws, pk_rows, 11, dict(no='A', sasaran='B', indikator='C', satuan='D', target='E',
                                            realisasi='F', capaian='G'), SHEET)
box(ws, 'A9:G%d' % last)
# blank row 16
ws['A17'] = 'REALISASI ANGGARAN PROGRAM / KEGIATAN TAHUN ANGGARAN 2022'
ws['A17'].font = Font(bold=True)
ws.merge_cells('A17:F17')
for i, h in enumerate(['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '% Realisasi', 'Keterangan']):
    c = ws.cell(row=18, column=i + 1, value=h)
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal='center', wrap_text=True)

K = lambda name, a, r, id, **kw: N('kegiatan', name, a, r, id=id, **kw)
P = [
    N('program', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', id='P1', no=1, kids=[
        K('Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 185400000, 176290500, 'K11'),
        K('Administrasi Keuangan Perangkat Daerah', 1642750000, 1601233400, 'K12'),
        K('Administrasi Umum Perangkat Daerah', 412600000, 398745000, 'K13'),
        K('Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 259250000, 247066750, 'K14'),
    ]),
    N('program', 'PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI', id='P2', no=2, kids=[
        K('Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota', 200000000, 184690000, 'K21'),
    ]),
    N('program', 'PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI', id='P3', no=3, kids=[
        K('Penilaian Kesehatan KSP/USP Koperasi yang Wilayah Keanggotaannya dalam 1 (satu) Daerah Kabupaten/Kota', 96500000, 88240000, 'K31'),
    ]),
    N('program', 'PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN', id='P4', no=4, kids=[
        K('Pendidikan dan Latihan Perkoperasian bagi Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota', 1215340000, 1187905000, 'K41'),
        K('Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi', 318400000, 301862000, 'K42'),
    ]),
    N('program', 'PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI', id='P5', no=5, kids=[
        K('Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya dalam Daerah Kabupaten/Kota', 275000000, 263418000, 'K51'),
        K('Fasilitasi Kemitraan dan Akses Pembiayaan Koperasi', 120000000, 45860000, 'K52',
          extra={'F': 'Sebagian kegiatan ditunda (refocusing)'}),
    ]),
    N('program', 'PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)', id='P6', no=6, kids=[
        K('Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan', 684250000, 652118500, 'K61'),
        K('Fasilitasi Pelatihan dan Pendampingan Usaha Mikro', 356800000, 341905600, 'K62'),
    ]),
    N('program', 'PROGRAM PENGEMBANGAN UMKM', id='P7', no=7, kids=[
        K('Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil', 492300000, 478650000, 'K71'),
    ]),
]
t = Table(dict(sheet=ws, title=SHEET, header_row=18, start_row=19,
               cols=dict(no='A', name='B', ang='C', real='D', ser='E'),
               name_style='dash', amount='rp_dot', parent='const', total='const',
               total_label='JUMLAH', ser='const', ser_dec=2, unit='rupiah'), P)

t.mistake('K41', 'ang', 'malformed-number', 'a group of four digits: "Rp. 1.215.3400.000,-" for 1.215.340.000 (P4 pagu 1.533.740.000 minus 318.400.000)',
          content='Rp. 1.215.3400.000,-')
t.mistake('K52', 'real', 'malformed-number', 'a group of two digits: "Rp. 45.86.000,-" for 45.860.000 (P5 realisasi 309.278.000 minus 263.418.000; 38,22 % written)',
          content='Rp. 45.86.000,-')
P6 = t.by('P6')
s6 = sum((t.w(k, 'ang') for k in P6.kids), D(0))
t.mistake('P6', 'ang', 'budget-sum', 'programme pagu typed Rp. 1.014.050.000,- (digits swapped); its kegiatan add to 1.041.050.000',
          content='Rp. 1.014.050.000,-', written=D(1014050000))
t.mistake('K31', 'ser', 'serapan-wrong', 'typo: 92,44 written; 88.240.000 / 96.500.000 = 91,44 %',
          content=92.44, written=D('92.44'), fmt='0.00')
tot_r = sum((t.w(p, 'real') for p in P), D(0))
t.mistake('TOTAL', 'real', 'total-sum', 'JUMLAH realisasi typed %s; the programmes add to %s' % (amount_text(tot_r - 9000000, 'rp_dot'), fmt_id(tot_r)),
          content=amount_text(tot_r - 9000000, 'rp_dot'), written=tot_r - 9000000)

t.trap('P1', 'ang', 'rp-trailing-dash', 'programme pagu "Rp. 2.500.000.000,-" is right (the four kegiatan add to 2.500.000.000)')
t.trap('K21', 'ser', 'serapan-half-up', '184.690.000 / 200.000.000 = 92,345 % exactly; 92,35 is right (half away from zero)')
t.render()
tr = t.total.row
box(ws, 'A18:F%d' % tr)
signature(ws, 'D', tr + 2, 'Martapura, 30 Desember 2022', 'Kepala Dinas,', 'Hj. NORLATIFAH, S.E., M.M.',
          'Pembina Tingkat I', 'NIP. 19710605 199803 2 008')
wb.save('tmp/%s.xlsx' % NAME)
b, m, tp, cl = t.key()
save_key('../%s.key.json' % NAME, '%s.%s' % (NAME, EXT), [b], inds, m, tp,
         cl + [{'sheet': SHEET, 'row': i['row'], 'what': 'indicator'} for i in inds])
print(NAME, len(b['lines']), 'lines', len(m), 'mistakes', len(tp), 'traps')
