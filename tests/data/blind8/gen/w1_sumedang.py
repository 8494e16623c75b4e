"""W1: Sumedang DPUPR LKjIP 2023 (xlsx). PK table, Analisis paragraph, then the budget table on the
same sheet. Program -> Kegiatan, kegiatan marked by leading spaces. Amounts as numbers, parents as
=SUM formulas, serapan =D/C*100, Sisa Anggaran =C-D, JUMLAH = sum of program rows only."""
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from lib import *

NAME = 'sumedang-dpupr-lkjip-2023'
EXT = 'xlsx'
SHEET = 'Pengukuran Kinerja'

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip('ABCDEFG', (6, 58, 20, 20, 12, 18, 22)):
    ws.column_dimensions[col].width = w
for r, t in ((1, 'PENGUKURAN KINERJA'), (2, 'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN SUMEDANG'),
             (3, 'TAHUN 2023')):
    ws['A%d' % r] = t
    ws['A%d' % r].font = Font(bold=True, size=12)
    ws['A%d' % r].alignment = Alignment(horizontal='center')
    ws.merge_cells('A%d:G%d' % (r, r))
hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian']
# PK table uses A..G with its own column meaning
for i, h in enumerate(hdr):
    c = ws.cell(row=5, column=i + 1, value=h)
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.cell(row=6, column=i + 1, value='(%d)' % (i + 1)).alignment = Alignment(horizontal='center')
pk_rows = [
    ('Meningkatnya kualitas infrastruktur jalan dan jembatan', 'Persentase panjang jalan kabupaten dalam kondisi mantap', '%', D('72.50'), D('74.18')),
    (None, 'Persentase jembatan kabupaten dalam kondisi baik', '%', D('80.00'), D('78.40')),
    ('Meningkatnya layanan air baku dan air minum', 'Persentase rumah tangga dengan akses air minum layak', '%', D('88.00'), D('89.32')),
    ('Meningkatnya kesesuaian pemanfaatan ruang', 'Persentase kesesuaian pemanfaatan ruang terhadap RTRW', '%', D('65.00'), D('61.75')),
]
inds, last = write_pk(ws, pk_rows, 7, dict(no='A', sasaran='B', indikator='C', satuan='D', target='E',
                                           realisasi='F', capaian='G'), SHEET)
box(ws, 'A5:G%d' % last)

ws['A12'] = 'Analisis:'
ws['A12'].font = Font(bold=True)
ws['A13'] = ('Capaian kinerja jalan mantap melampaui target karena penanganan ruas Cimalaka - Paseh dan '
             'Tanjungsari - Rancakalong selesai pada triwulan IV; kesesuaian pemanfaatan ruang belum '
             'mencapai target karena RDTR kawasan perkotaan Jatinangor masih dalam proses persetujuan substansi.')
ws['A13'].alignment = Alignment(wrap_text=True, vertical='top')
ws.merge_cells('A13:G13')
ws.row_dimensions[13].height = 48

ws['A15'] = 'REALISASI ANGGARAN PROGRAM DAN KEGIATAN TAHUN ANGGARAN 2023'
ws['A15'].font = Font(bold=True)
ws.merge_cells('A15:G15')
bh = ['No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Sisa Anggaran (Rp)', 'Keterangan']
for i, h in enumerate(bh):
    c = ws.cell(row=16, column=i + 1, value=h)
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)

P = [
    N('program', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', id='P1', no=1, kids=[
        N('kegiatan', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 412350000, 398116500, id='K11'),
        N('kegiatan', 'Administrasi Keuangan Perangkat Daerah', 6845210000, 6702884350, id='K12'),
        N('kegiatan', 'Administrasi Umum Perangkat Daerah', 1128400000, 1128400000, id='K13'),
        N('kegiatan', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 986500000, 941227600, id='K14'),
    ]),
    N('program', 'PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', id='P2', no=2, kids=[
        N('kegiatan', 'Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota', 3250000000, 3101845000, id='K21'),
        N('kegiatan', 'Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya dibawah 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota', 7480600000, 7215330900, id='K22'),
    ]),
    N('program', 'PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM', id='P3', no=3, kids=[
        N('kegiatan', 'Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota', 2150000000, 2098712000, id='K31'),
    ]),
    N('program', 'PROGRAM PENYELENGGARAAN JALAN', id='P4', no=4, kids=[
        N('kegiatan', 'Penyelenggaraan Jalan Kabupaten/Kota', 48625400000, 46980155200, id='K41'),
        N('kegiatan', 'Pembangunan dan Rehabilitasi Jembatan Kabupaten/Kota', 4200000000, 4286500000, id='K42'),
    ]),
    N('program', 'PROGRAM PENATAAN BANGUNAN DAN LINGKUNGANNYA', id='P5', no=5, kids=[
        N('kegiatan', 'Penyelenggaraan Penataan Bangunan dan Lingkungan di Kawasan Strategis Daerah Kabupaten/Kota', 845000000, 0, id='K51',
          extra={'G': 'Gagal lelang, dianggarkan kembali 2024'}),
        N('kegiatan', 'Penyusunan Rencana Tata Bangunan dan Lingkungan (RTBL) untuk Kawasan Strategis Daerah Kabupaten/Kota', 512300000, 487950000, id='K52'),
    ]),
    N('program', 'PROGRAM PENYELENGGARAAN PENATAAN RUANG', id='P6', no=6, kids=[
        N('kegiatan', 'Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kabupaten/Kota', 1240000000, 1187560000, id='K61'),
        N('kegiatan', 'Koordinasi dan Sinkronisasi Pemanfaatan Ruang Daerah Kabupaten/Kota', 385750000, 371224800, id='K62'),
    ]),
]
t = Table(dict(sheet=ws, title=SHEET, header_row=16, start_row=17,
               cols=dict(no='A', name='B', ang='C', real='D', ser='E', sisa='F'),
               name_style='indent', amount='num', amount_fmt=ACC, parent='sum', total='plus',
               total_label='JUMLAH', ser='formula', ser_dec=2, sisa='formula', unit='rupiah'), P)

# --- mistakes
P2, K21, K12, K52, K42 = (t.by(x) for x in ('P2', 'K21', 'K12', 'K52', 'K42'))
t.mistake('P2', 'ang', 'budget-sum', 'programme anggaran typed over the =SUM formula as 10.830.600.000; its two kegiatan add to 10.730.600.000',
          content=10830600000, written=10830600000, fmt=ACC)
t.mistake('K21', 'ser', 'serapan-wrong', 'serapan formula divides by the next row\'s anggaran (=D%d/C%d*100): 41,47 %% instead of 95,44 %%' % (K21.row, K21.row + 1),
          content='=D%d/C%d*100' % (K21.row, K21.row + 1),
          written=lambda t: pct(t.w(K21, 'real'), t.w(t.by('K22'), 'ang'), 2), fmt='0.00')
t.mistake('K12', 'sisa', 'sisa-wrong', 'Sisa Anggaran typed 142.352.650 (digits swapped); 6.845.210.000 - 6.702.884.350 = 142.325.650',
          content=142352650, written=142352650, fmt=ACC)
t.mistake('K52', 'sisa', 'sisa-wrong', 'Sisa Anggaran typed 24.530.000; 512.300.000 - 487.950.000 = 24.350.000',
          content=24530000, written=24530000, fmt=ACC)
t.mistake('K42', 'real', 'realisasi-over-anggaran', 'realisasi 4.286.500.000 exceeds the anggaran 4.200.000.000 (serapan 102,06 %)')
# --- traps
t.trap('K13', 'ser', 'serapan-100', 'realisasi equals anggaran: serapan exactly 100,00 %')
t.trap('P3', 'ang', 'single-kegiatan', 'programme with one kegiatan; its anggaran (=C of the kegiatan) equals it')
t.trap('K51', 'ser', 'realisasi-zero', 'realisasi 0 (accounting format shows "-"), serapan 0,00 and sisa equal to the anggaran')
t.trap('TOTAL', 'ang', 'total-formula-programs-only', 'JUMLAH is =C17+C22+... over the programme rows only, skipping kegiatan rows: right')
t.render()
tr = t.total.row
box(ws, 'A16:G%d' % tr)
signature(ws, 'E', tr + 2, 'Sumedang, 31 Desember 2023', 'KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG',
          'Ir. HERMAN SURYADI, M.T.', 'Pembina Utama Muda', 'NIP. 19690314 199503 1 004')

wb.save('tmp/%s.xlsx' % NAME)
b, m, tp, cl = t.key()
save_key('../%s.key.json' % NAME, '%s.%s' % (NAME, EXT), [b], inds, m, tp,
         cl + [{'sheet': SHEET, 'row': i['row'], 'what': 'indicator'} for i in inds])
print(NAME, len(b['lines']), 'lines', len(m), 'mistakes', len(tp), 'traps')
