"""W4: Gresik Bappelitbangda LKjIP 2023 (ods). Clean PK table on sheet "PK"; on sheet
"Kinerja Program" the budget is columns of the programme indicator table itself:
No | Program | Indikator | Satuan | Target | Realisasi | % | Anggaran | Realisasi Anggaran | Serapan.
Programmes only (no kegiatan), amounts in millions of rupiah with two decimals, serapan as a
fraction with a percent format. One programme has two indicators: its budget cells are merged."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from lib import *

NAME = 'gresik-bappelitbangda-lkjip-2023'
EXT = 'ods'

wb = Workbook()
pk = wb.active
pk.title = 'PK'
for col, w in zip('ABCDEFG', (5, 42, 48, 10, 10, 10, 11)):
    pk.column_dimensions[col].width = w
pk['A1'] = 'PENGUKURAN KINERJA TAHUN 2023'
pk['A2'] = 'BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH KABUPATEN GRESIK'
for r in (1, 2):
    pk['A%d' % r].font = Font(bold=True)
    pk.merge_cells('A%d:G%d' % (r, r))
for i, h in enumerate(['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian']):
    c = pk.cell(row=4, column=i + 1, value=h)
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal='center', wrap_text=True)
pk_rows = [
    ('Meningkatnya kualitas perencanaan pembangunan daerah', 'Persentase konsistensi program RKPD terhadap RPJMD', '%', D(100), D('97.50')),
    (None, 'Persentase capaian indikator kinerja RPJMD', '%', D(85), D('88.20')),
    ('Meningkatnya pemanfaatan hasil penelitian dan inovasi daerah', 'Indeks Inovasi Daerah', 'indeks', D('50.00'), D('57.28')),
]
inds, last = write_pk(pk, pk_rows, 5, dict(no='A', sasaran='B', indikator='C', satuan='D', target='E',
                                           realisasi='F', capaian='G'), 'PK')
box(pk, 'A4:G%d' % last)
pk['B%d' % (last + 2)] = 'Gresik, 29 Desember 2023'

SHEET = 'Kinerja Program'
ws = wb.create_sheet(SHEET)
for col, w in zip('ABCDEFGHIJ', (5, 44, 44, 12, 9, 9, 9, 16, 16, 11)):
    ws.column_dimensions[col].width = w
ws['A1'] = 'CAPAIAN KINERJA DAN REALISASI ANGGARAN PROGRAM TAHUN 2023'
ws['A2'] = 'BAPPELITBANGDA KABUPATEN GRESIK'
ws['A3'] = '(anggaran dalam Rp juta)'
for r in (1, 2, 3):
    ws['A%d' % r].font = Font(bold=(r < 3), italic=(r == 3))
    ws.merge_cells('A%d:J%d' % (r, r))
    ws['A%d' % r].alignment = Alignment(horizontal='center')
hdr = ['No', 'Program', 'Indikator Program', 'Satuan', 'Target', 'Realisasi', '%', 'Anggaran (Rp juta)',
       'Realisasi Anggaran (Rp juta)', 'Serapan (%)']
for i, h in enumerate(hdr):
    c = ws.cell(row=5, column=i + 1, value=h)
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.cell(row=6, column=i + 1, value='(%d)' % (i + 1)).alignment = Alignment(horizontal='center')

prog_inds = []


def ind(ind_name, sat, tg, re_):
    tg, re_ = D(tg), D(re_)
    return {'C': ind_name, 'D': sat, 'E': pyval(tg), 'F': pyval(re_), 'G': pyval(pct(re_, tg, 2))}


P = [
    N('program', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '14286.45', '13402.17', id='P1', no=1,
      extra=ind('Nilai evaluasi SAKIP Bappelitbangda', 'nilai', '75.00', '76.12')),
    N('program', 'PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', '3845.20', '3612.88', id='P2', no=2,
      span=2, merge_fields=('no', 'name', 'ang', 'real', 'ser'),
      extra=ind('Persentase dokumen perencanaan yang ditetapkan tepat waktu', '%', 100, 100)),
    N('program', 'PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH', '2178.60', '2241.35', id='P3', no=3,
      extra=ind('Persentase kesesuaian program Renja PD dengan RKPD', '%', '95.00', '96.40')),
    N('program', 'PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH', '1420.75', '1318.09', id='P4', no=4,
      extra=ind('Jumlah rekomendasi hasil penelitian yang dimanfaatkan', 'rekomendasi', 6, 7)),
    N('program', 'PROGRAM PENGELOLAAN DAN PENGEMBANGAN INOVASI DAERAH', '865.30', '812.64', id='P5', no=5,
      extra=ind('Jumlah inovasi daerah yang terdaftar', 'inovasi', 40, 52)),
]
t = Table(dict(sheet=ws, title=SHEET, header_row=5, start_row=7,
               cols=dict(no='A', name='B', ang='H', real='I', ser='J'),
               name_style='plain', amount='num', amount_fmt='#,##0.00', amount_dec=2, parent='const', total='sum',
               total_label='JUMLAH', ser='pct_formula', ser_dec=2, unit='juta'), P, total=True)
P1, P2, P3, P4, P5 = (t.by('P%d' % i) for i in range(1, 6))
# second indicator of P2
ws['C%d' % (P2.row + 1)] = 'Persentase program RPJMD yang terevaluasi'
ws['D%d' % (P2.row + 1)] = '%'
ws['E%d' % (P2.row + 1)] = 100
ws['F%d' % (P2.row + 1)] = 95
ws['G%d' % (P2.row + 1)] = 95
for n in P:
    e = n.kw['extra']
    prog_inds.append({'sheet': SHEET, 'row': n.row, 'name': e['C'], 'satuan': e['D'], 'target': ds(str(e['E'])),
                      'realisasi': ds(str(e['F'])), 'capaian_written': ds(str(e['G'])), 'target_cell': 'E%d' % n.row,
                      'realisasi_cell': 'F%d' % n.row, 'capaian_cell': 'G%d' % n.row, 'table': 'program'})
    if n is P2:
        prog_inds.append({'sheet': SHEET, 'row': n.row + 1, 'name': 'Persentase program RPJMD yang terevaluasi',
                          'satuan': '%', 'target': '100', 'realisasi': '95', 'capaian_written': '95',
                          'target_cell': 'E%d' % (n.row + 1), 'realisasi_cell': 'F%d' % (n.row + 1),
                          'capaian_cell': 'G%d' % (n.row + 1), 'table': 'program'})

TOT = t.total
t.mistake('TOTAL', 'ang', 'total-sum', 'JUMLAH anggaran =SUM(H%d:H%d) stops one row short: it leaves out programme 5 (H%d, 865,30); the five programmes add to 22.596,30'
          % (P1.row, P5.row - 1, P5.row),
          content='=SUM(H%d:H%d)' % (P1.row, P5.row - 1),
          written=lambda t: sum((t.w(p, 'ang') for p in P[:4]), D(0)), fmt='#,##0.00')
t.mistake('P3', 'real', 'realisasi-over-anggaran', 'realisasi anggaran 2.241,35 juta exceeds the anggaran 2.178,60 juta (serapan 102,88 %)')
s3 = pct(t.w(P3, 'real'), t.w(P3, 'ang'), 4)  # fraction digits for a 0.00% cell
t.mistake('P4', 'ser', 'serapan-wrong', 'serapan typed as the row above\'s value (102,88 %%, copied from programme 3); 1.318,09 / 1.420,75 = %s %%'
          % fmt_id(pct(D('1318.09'), D('1420.75'), 2), 2),
          content=float(pct(t.w(P3, 'real'), t.w(P3, 'ang'), 2) / 100), written=pct(t.w(P3, 'real'), t.w(P3, 'ang'), 2), fmt='0.00%')
right1 = pct(D('13402.17'), D('14286.45'), 2)
t.mistake('P1', 'ser', 'serapan-wrong', 'serapan typed 93,18 %% (digits swapped) in a percent cell; 13.402,17 / 14.286,45 = %s %%' % fmt_id(right1, 2),
          content=0.9318, written=D('93.18'), fmt='0.00%')
t.trap('P2', 'ser', 'serapan-percent-format', 'serapan =I/H shown through a 0.00% format (stores the fraction 0.9396): right')
t.trap('P5', 'ang', 'juta-decimal', 'anggaran 865,30 in Rp juta (Rp 865.300.000), a decimal amount: right')
t.render()
tr = TOT.row
ws['A%d' % tr] = None
box(ws, 'A5:J%d' % tr)
signature(ws, 'H', tr + 2, 'Gresik, 29 Desember 2023', 'KEPALA BAPPELITBANGDA', 'Dr. ACHMAD FAUZI WIBISONO, S.T., M.Si.',
          'Pembina Utama Muda', 'NIP. 19750221 200003 1 003')
wb.save('tmp/%s.xlsx' % NAME)
b, m, tp, cl = t.key()
b['note'] = 'budget columns H:J of the programme indicator table; programme 2 spans rows %d-%d (merged budget cells)' % (P2.row, P2.row + 1)
save_key('../%s.key.json' % NAME, '%s.%s' % (NAME, EXT), [b], inds + prog_inds, m, tp,
         cl + [{'sheet': i['sheet'], 'row': i['row'], 'what': 'indicator'} for i in inds + prog_inds
               if i['sheet'] == 'PK' or i['row'] not in {x['row'] for x in m}])
print(NAME, len(b['lines']), 'lines', len(m), 'mistakes', len(tp), 'traps')
