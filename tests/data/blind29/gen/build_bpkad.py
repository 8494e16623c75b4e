"""BPKAD Kabupaten Lembah Sabaru, 2017-2020."""
from openpyxl import Workbook
from openpyxl.styles import Font
from common import *

AG = Agency('bpkad', 'Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Kabupaten Lembah Sabaru')
KABAN = ['KEPALA BADAN PENGELOLAAN KEUANGAN', 'DAN ASET DAERAH', '', '', '',
         'Drs. HENDRA WIJAYAKUSUMA, M.Si', 'Pembina Utama Muda (IV/c)', 'NIP. 19680412 199303 1 007']
S1 = 'Meningkatnya kualitas pengelolaan keuangan daerah'
S2 = 'Meningkatnya ketepatan waktu penyusunan dokumen keuangan daerah'
S3 = 'Meningkatnya tertib administrasi aset daerah'
S4 = 'Meningkatnya akuntabilitas kinerja BPKAD'

# ---------------------------------------------------------------- 2017: PK annual, .xls
def y2017():
    wb = Workbook(); ws = wb.active; ws.title = 'PK 2017'
    n = title(ws, ['PENGUKURAN KINERJA', 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
                   KAB, 'TAHUN 2016'], 6)          # wrong year copied from last year's file
    ws.cell(n + 1, 1, 'Kabupaten : Lembah Sabaru')
    ws.cell(n + 2, 1, 'Nama SKPD : Badan Pengelolaan Keuangan dan Aset Daerah')
    top = n + 4
    cols = ['no', 'sas', 'ind', 't', 'r', 'cap']
    h = header(ws, top, 1, [['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Tahun 2017', 'Tahun 2017', 'Tahun 2017'],
                            [None, None, None, 'Target', 'Realisasi', '% Realisasi']])
    T = Table(ws, cols, sas_mode='first')
    R = [
        dict(no=1, sas=S1, id='b01', ind='Opini BPK atas LKPD', t='WTP', r='WDP', tk=None, rk=None, cap='-'),
        dict(sas=S1, id='b02', ind='Persentase realisasi PAD', t=('100 %', 100), r=('94,27 %', 94.27), cap='94,27'),
        dict(sas=S1, id='b03', ind='Persentase realisasi pendapatan transfer', t=('100 %', 100), r=('98,61 %', 98.61), cap='98,61'),
        dict(sas=S1, id='b14', ind='Realisasi Pendapatan Asli Daerah', t=('Rp. 185,5 M', 185500000000),
             r=('Rp. 174,87 M', 174870000000), cap='94,27'),
        dict(sas=S1, id='b04', ind='Persentase penyerapan anggaran belanja', t=('95 %', 95), r=('88,4 %', 88.4), cap='93,05'),
        dict(sas=S1, id='b16', ind='Rasio kemandirian keuangan daerah', t=('12,5 %', 12.5), r=('11,9 %', 11.9), cap='95,2'),
        dict(no=2, sas=S2, id='b05', ind='Ketepatan waktu penyampaian Raperda APBD', t=('100 %', 100), r=('100 %', 100), cap='100'),
        dict(sas=S2, id='b06', ind='Ketepatan waktu penyampaian LKPD (unaudited) ke BPK', t=('100 %', 100), r=('100 %', 100), cap='100'),
        dict(sas=S2, id='b17', ind='Jumlah dokumen LKPD yang disusun', t=('1 dokumen', 1), r=('1 dokumen', 1), cap='100'),
        dict(sas=S2, id='b12', ind='Persentase SP2D terbit tepat waktu', t=('90 %', 90), r=('86,5 %', 86.5), cap='96,11'),
        dict(sas=S2, id='b13', ind='Jumlah SP2D yang diterbitkan', t=('9.800 lembar', 9800), r=('10.412 lembar', 10412), cap='106,24'),
        dict(no=3, sas=S3, id='b07', ind='Persentase aset tanah yang bersertifikat', t=('35 %', 35), r=('31,2 %', 31.2), cap='89,14'),
        dict(sas=S3, id='b15', ind='Persentase barang milik daerah yang terinventarisasi', t=('80 %', 80), r=('82 %', 82),
             cap='120,5'),   # typo: true 102,5
        dict(no=4, sas=S4, id='b08', ind='Nilai SAKIP BPKAD', t=60, r=('58,34', 58.34), cap='97,23'),
        dict(sas=S4, id='b10', ind='Persentase tindak lanjut temuan BPK', t=('75 %', 75), r=('68 %', 68), cap='90,67'),
        dict(sas=S4, id='b11', ind='Jumlah temuan BPK', t=('10 temuan', 10), r=('14 temuan', 14),
             cap='140'),     # negative indicator computed R/T; (2T-R)/T = 60
        dict(sas=S4, id='b19', ind='Indeks kepuasan SKPD terhadap layanan BPKAD', t=('75', 75), r='N/A', rk=None, cap='-'),
    ]
    n = T.write(h, R, AG_FILE[2017], ws.title, 2017)
    ws.cell(n + 1, 1, 'Jumlah Anggaran Tahun 2017 : Rp. 14.872.356.000,-')
    ws.cell(n + 2, 1, 'Jumlah Realisasi Anggaran Tahun 2017 : Rp. 13.906.113.450,-')
    sign(ws, n + 4, 5, ['Sabaru Raya, 29 Desember 2017'] + KABAN)
    widths(ws, {'A': 5, 'B': 34, 'C': 42, 'D': 16, 'E': 16, 'F': 12})
    AG.add(2017, AG_FILE[2017], wb, [T])

# ---------------------------------------------------------------- 2018: Rencana Aksi, cover sheet, .ods
def y2018():
    wb = Workbook(); cv = wb.active; cv.title = 'Cover'
    for i, t in enumerate(['RENCANA AKSI', 'PERJANJIAN KINERJA TAHUN 2018', '',
                           'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH', KAB, '', 'SABARU RAYA', '2018']):
        cv.cell(5 + i, 3, t).font = Font(bold=True, size=16)
    ws = wb.create_sheet('RA 2018')
    n = title(ws, ['RENCANA AKSI PERJANJIAN KINERJA TAHUN 2018',
                   'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH ' + KAB], 14)
    top = n + 1
    cols = ['no', 'ind', 'sat', 't', 'q1t', 'q1r', 'q2t', 'q2r', 'q3t', 'q3r', 'q4t', 'q4r', 'pj']
    h = header(ws, top, 1, [
        ['No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target Tahunan', 'Triwulan I', 'Triwulan I', 'Triwulan II', 'Triwulan II',
         'Triwulan III', 'Triwulan III', 'Triwulan IV', 'Triwulan IV', 'Penanggung Jawab'],
        [None, None, None, None, 'Target', 'Realisasi', 'Target', 'Realisasi', 'Target', 'Realisasi', 'Target', 'Realisasi', None],
        ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']])
    LAST = ('last', ['q1r', 'q2r', 'q3r', 'q4r'])
    SUM = ('sum', ['q1r', 'q2r', 'q3r', 'q4r'])
    T = Table(ws, cols, key_r=LAST, num_fields=['t', 'q1t', 'q1r', 'q2t', 'q2r', 'q3t', 'q3r', 'q4t', 'q4r'])
    d = '-'
    def q(t, r):
        return dict(q1t=t[0], q2t=t[1], q3t=t[2], q4t=t[3], q1r=r[0], q2r=r[1], q3r=r[2], q4r=r[3])
    R = [
        dict(group='Sasaran 1 : ' + S1, span=True),
        dict(no=1, id='b01', ind='Opini BPK terhadap LKPD', sat='Opini', t='WTP', tk=None, rk=None,
             **q([d, 'WTP', d, d], [d, 'WDP', d, d]), pj='Bidang Akuntansi'),
        dict(no=2, id='b02', ind='Prosentase realisasi Pendapatan Asli Daerah (PAD)', sat='%', t=100,
             **q([20, 45, 70, 100], [18.2, 41.7, 66.0, 97.35]), pj='Bidang Pendapatan'),
        dict(no=3, id='b03', ind='Prosentase realisasi dana transfer', sat='%', t=100,
             **q([25, 50, 75, 100], [24.1, 52.3, 71.9, 99.02]), pj='Bidang Pendapatan'),
        dict(no=4, id='b04', ind='Persentase penyerapan anggaran', sat='%', t=0.95,   # typed as fraction, General format
             **q([15, 40, 70, 95], [11.3, 35.8, 62.4, 91.7]), pj='Bidang Anggaran'),
        dict(no=5, id='b16', ind='Rasio Kemandirian Keuangan Daerah (%)', sat='%', t=13,
             **q([d, d, d, 13], [d, d, d, 12.4]), pj='Bidang Anggaran'),
        dict(group='Sasaran 2 : ' + S2, span=True),
        dict(no=6, id='b05', ind='Ketepatan waktu penyampaian Rancangan Perda APBD ke DPRD', sat='%', t=100,
             **q([d, d, d, 100], [d, d, d, 100]), pj='Bidang Anggaran'),
        dict(no=7, id='b06', ind='Ketepatan waktu penyampaian LKPD unaudited', sat='%', t=100,
             **q([100, d, d, d], [100, d, d, d]), pj='Bidang Akuntansi'),
        dict(no=8, id='b22', ind='Jumlah dokumen laporan keuangan (LKPD, laporan semesteran, prognosis)', sat='dokumen', t=3,
             **q([1, d, 2, d], [1, d, 2, d]), key_r=SUM, pj='Bidang Akuntansi'),
        dict(no=9, id='b12', ind='Persentase SP2D yang terbit tepat waktu', sat='%', t=90,
             **q([90, 90, 90, 90], [84, 87.5, 89.1, 90.6]), pj='Bidang Perbendaharaan'),
        dict(no=10, id='b13', ind='Jumlah SP2D diterbitkan', sat='lembar', t=10000, fmts={'t': '#,##0'},
             **q([2000, 2500, 2500, 3000], [1873, 2612, 2540, 3391]), key_r=SUM, pj='Bidang Perbendaharaan'),
        dict(group='Sasaran 3 : ' + S3, span=True),
        dict(no=11, id='b07', ind='Persentase aset tanah bersertifikat', sat='%', t=40,
             **q([30, 33, 36, 40], [31.5, 33.0, 35.2, 38.75]), pj='Bidang Aset'),
        dict(no=12, id='b15', ind='Persentase BMD yang terinventarisasi', sat='%', t=85,
             **q([d, d, d, 85], [d, d, d, 86.1]), pj='Bidang Aset'),
        dict(no=13, id='b20', ind='Persentase penyelesaian kerugian daerah (TP-TGR)', sat='%', t=50,
             **q([d, d, d, 50], [d, d, d, 42]), pj='Bidang Aset'),
        dict(group='Sasaran 4 : ' + S4, span=True),
        dict(no=14, id='b08', ind='Nilai evaluasi SAKIP', sat='nilai', t=62,
             **q([d, 62, d, d], [d, 61.05, d, d]), pj='Sekretariat'),
        dict(no=15, id='b09', ind='Predikat SAKIP', sat='predikat', t='B', tk=None, rk=None,
             **q([d, 'B', d, d], [d, 'B', d, d]), pj='Sekretariat'),
        dict(no=16, id='b10', ind='Persentase tindak lanjut rekomendasi BPK', sat='%', t=80,
             **q([20, 40, 60, 80], [15, 38, 55, 72]), pj='Sekretariat'),
        dict(no=17, id='b11', ind='Jumlah temuan BPK atas LKPD', sat='temuan', t=8,
             **q([d, 8, d, d], [d, 11, d, d]), pj='Bidang Akuntansi'),
        dict(no=18, id='b19', ind='Indeks Kepuasan SKPD terhadap layanan BPKAD', sat='indeks', t=76,
             **q([d, d, d, 76], [d, d, d, 77.4]), pj='Sekretariat'),
    ]
    n = T.write(h, R, AG_FILE[2018], ws.title, 2018)
    sign(ws, n + 2, 10, ['Sabaru Raya, 2 Januari 2018'] + KABAN)
    widths(ws, {'A': 5, 'B': 48, 'C': 10, 'D': 10, 'M': 20})
    AG.add(2018, AG_FILE[2018], wb, [T])

# ---------------------------------------------------------------- 2019: Evaluasi Renja E.81 (15 columns), .xlsx
def y2019():
    wb = Workbook(); ws = wb.active; ws.title = 'E81 TW IV'
    n = title(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', KAB,
                   'PERANGKAT DAERAH : BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH',
                   'PERIODE PELAKSANAAN : TRIWULAN IV TAHUN ANGGARAN 2019'], 26)
    top = n + 1
    cols = ['no', 'sas', 'prog', 'ind', 'sat', 'k5', 'rp5', 'k6', 'rp6', 't', 'rp7', 'q1', 'q1rp', 'q2', 'q2rp',
            'q3', 'q3rp', 'q4', 'q4rp', 'k12', 'rp12', 'k13', 'rp13', 'k14', 'rp14', 'unit']
    A = 'Target Kinerja dan Anggaran Renstra PD pada Tahun 2021 (Akhir Periode Renstra)'
    B = 'Realisasi Capaian Kinerja dan Anggaran Renstra PD s/d Renja PD Tahun Lalu (2018)'
    C = 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2019) yang Dievaluasi'
    D = 'Realisasi Kinerja pada Triwulan'
    E = 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'
    F = 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2019'
    G = 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2019 (%)'
    h = header(ws, top, 1, [
        ['No', 'Sasaran', 'Program / Kegiatan', 'Indikator Kinerja Program (outcome) / Kegiatan (output)', 'Satuan',
         A, A, B, B, C, C, D, D, D, D, D, D, D, D, E, E, F, F, G, G, 'Unit PD Penanggung Jawab'],
        [None, None, None, None, None, None, None, None, None, None, None, 'I', 'I', 'II', 'II', 'III', 'III', 'IV', 'IV',
         None, None, None, None, None, None, None],
        [None, None, None, None, None, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp',
         'K', 'Rp', 'K', 'Rp', 'K', 'Rp', None],
        ['1', '2', '3', '4', '', '5', '5', '6', '6', '7', '7', '8', '8', '9', '9', '10', '10', '11', '11',
         '12 = 8+9+10+11', '12 = 8+9+10+11', '13 = 6+12', '13 = 6+12', '14 = 13/5 x 100', '14 = 13/5 x 100', '15']])
    RP = '#,##0'
    T = Table(ws, cols, key_r='k12', sas_mode='merge', num_fields=[],
              defaults=dict(k13='={k6}{n}+{k12}{n}', rp13='={rp6}{n}+{rp12}{n}',
                            k14='=IF({k5}{n}=0,0,{k13}{n}/{k5}{n}*100)', rp14='=IF({rp5}{n}=0,0,{rp13}{n}/{rp5}{n}*100)',
                            rp12='=SUM({q1rp}{n},{q2rp}{n},{q3rp}{n},{q4rp}{n})'))
    def e(id, ind, sat, k5, k6, t, qs, mode, rp=None, **kw):
        qv = [x if x is not None else None for x in qs]
        row = dict(id=id, ind=ind, sat=sat, k5=k5, k6=k6, t=t, q1=qv[0], q2=qv[1], q3=qv[2], q4=qv[3])
        if mode == 'sum':
            row['k12'] = '=SUM({q1}{n},{q2}{n},{q3}{n},{q4}{n})'
            row['rk'] = round(sum(x for x in qs if x is not None), 9)
        else:
            row['k12'] = '={q4}{n}'
            row['rk'] = qs[3]
        if rp:
            row.update(rp5=rp[0], rp6=rp[1], rp7=rp[2], q1rp=rp[3], q2rp=rp[4], q3rp=rp[5], q4rp=rp[6])
            row['fmts'] = {f: RP for f in ['rp5', 'rp6', 'rp7', 'q1rp', 'q2rp', 'q3rp', 'q4rp', 'rp12', 'rp13']}
        else:
            for f in ['rp12', 'rp13', 'rp14']:
                row[f] = None
        row.update(kw)
        return row
    R = [
        e('b02', 'Persentase Realisasi PAD terhadap target', '%', 100, 97.35, 100, [21.4, 46.9, 72.3, 101.2], 'last',
          no=1, sas=S1, prog='Program Peningkatan dan Pengembangan Pengelolaan Keuangan Daerah', unit='BPKAD'),
        e('b04', 'Persentase penyerapan anggaran belanja daerah', '%', 95, 91.7, 95, [12.6, 37.9, 66.1, 93.84], 'last', sas=S1, unit='BPKAD'),
        e('b14', 'Jumlah realisasi PAD (Rp milyar)', 'Rp milyar', 240, 174.87, 205.4, [41.2, 52.7, 48.9, 68.3], 'sum',
          rp=[2150000000, 412500000, 465000000, 98500000, 121000000, 110250000, 130400000],
          no=2, sas=S1, prog='Intensifikasi dan ekstensifikasi sumber-sumber PAD', unit='Bidang Pendapatan'),
        e('b05', 'Ketepatan waktu penyampaian Ranperda APBD', '%', 100, 100, 100, [None, None, None, 100], 'last',
          rp=[980000000, 188000000, 205000000, 22500000, 41000000, 37800000, 96000000],
          no=3, sas=S1, prog='Penyusunan Rancangan Peraturan Daerah tentang APBD', unit='Bidang Anggaran'),
        e('b06', 'Ketepatan waktu penyampaian LKPD Unaudited ke BPK RI', '%', 100, 100, 100, [100, 100, 100, 100], 'last',
          rp=[1250000000, 236000000, 260000000, 118000000, 44500000, 39200000, 51800000],
          no=4, sas=S1, prog='Penyusunan Laporan Keuangan Pemerintah Daerah (LKPD)', unit='Bidang Akuntansi'),
        e('b17', 'Jumlah dokumen LKPD', 'dokumen', 5, 2, 1, [1, None, None, None], 'sum', sas=S1, unit='Bidang Akuntansi'),
        e('b12', 'Persentase SP2D terbit tepat waktu (≤ 3 hari kerja)', '%', 95, 90.6, 92, [90.1, 91.5, 92.8, 93.4], 'last',
          rp=[760000000, 142000000, 150000000, 30100000, 36400000, 35250000, 44900000],
          no=5, sas=S1, prog='Penatausahaan dan pengelolaan kas daerah', unit='Bidang Perbendaharaan'),
        e('b13', 'Jumlah SP2D yang diterbitkan', 'lembar', 52000, 20828, 10500, [2104, 2655, 2711, 3402], 'sum',
          sas=S1, unit='Bidang Perbendaharaan', k12=0, rk=0),   # column 12 typed over as 0 (true sum 10.872)
        e('b07', 'Persentase aset tanah yang telah bersertifikat', '%', 60, 38.75, 45, [39.1, 40.6, 42.3, 44.05], 'last',
          no=6, sas=S3, prog='Program Peningkatan Pengelolaan Aset Daerah', unit='Bidang Aset'),
        e('b23', 'Jumlah bidang tanah yang disertifikatkan', 'bidang', 600, 0, 120, [0, 35, 40, 38], 'sum',
          rp=[3000000000, 0, 600000000, 0, 168000000, 192500000, 181000000],
          no=7, sas=S3, prog='Sertifikasi tanah milik Pemerintah Daerah', unit='Bidang Aset'),
        e('b15', 'Persentase Barang Milik Daerah terinventarisasi', '%', 95, 86.1, 90, [None, None, None, 91.3], 'last',
          rp=[900000000, 171000000, 185000000, 12000000, 28000000, 61000000, 80500000],
          no=8, sas=S3, prog='Inventarisasi Barang Milik Daerah', unit='Bidang Aset'),
        e('b24', 'Jumlah BMD yang dihapuskan', 'unit', 1000, 480, 250, [0, 0, 0, 310], 'sum',
          rp=[250000000, 47000000, 52000000, 0, 0, 9500000, 40100000],
          no=9, sas=S3, prog='Penghapusan Barang Milik Daerah', unit='Bidang Aset'),
        e('b08', 'Nilai SAKIP', 'nilai', 70, 61.05, 65, [None, 63.12, 63.12, 63.12], 'last',
          no=10, sas=S4, prog='Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan', unit='Sekretariat'),
        e('b10', 'Persentase tindak lanjut hasil pemeriksaan BPK', '%', 90, 72, 85, [20, 45, 65, 78.5], 'last', sas=S4, unit='Sekretariat'),
        e('b26', 'Persentase pemenuhan layanan administrasi perkantoran', '%', 100, 100, 100, [25, 50, 75, 100], 'last',
          no=11, sas=S4, prog='Program Pelayanan Administrasi Perkantoran', unit='Sekretariat'),
        e('b27', 'Jumlah bulan layanan jasa komunikasi, air dan listrik', 'bulan', 60, 24, 12, [3, 3, 3, 3], 'sum',
          rp=[2400000000, 905000000, 480000000, 104000000, 118500000, 112300000, 131900000],
          no=12, sas=S4, prog='Penyediaan jasa komunikasi, sumber daya air dan listrik', unit='Sekretariat'),
    ]
    n = T.write(h, R, AG_FILE[2019], ws.title, 2019)
    # program budgets = sum of their kegiatan (as formulas), on the program rows
    L = T.L
    first = h
    def rr(i): return first + i
    progs = {0: [2, 3, 4, 6], 8: [9, 10, 11], 12: [], 14: [15]}
    for p, ks in progs.items():
        for f in ['rp5', 'rp6', 'rp7', 'q1rp', 'q2rp', 'q3rp', 'q4rp']:
            if ks:
                c = ws['%s%d' % (L[f], rr(p))]
                c.value = '=' + '+'.join('%s%d' % (L[f], rr(k)) for k in ks)
                c.number_format = RP
        for f in ['rp12', 'rp13', 'rp14']:
            pass
        if ks:
            ws['%s%d' % (L['rp12'], rr(p))] = '=SUM({0}{1},{2}{1},{3}{1},{4}{1})'.format(L['q1rp'], rr(p), L['q2rp'], L['q3rp'], L['q4rp'])
            ws['%s%d' % (L['rp13'], rr(p))] = '={0}{2}+{1}{2}'.format(L['rp6'], L['rp12'], rr(p))
            ws['%s%d' % (L['rp14'], rr(p))] = '=IF({0}{2}=0,0,{1}{2}/{0}{2}*100)'.format(L['rp5'], L['rp13'], rr(p))
    ws.cell(n, 4, 'Rata-rata capaian kinerja (%)').font = BOLD
    ws.cell(n, 24, '=ROUND(AVERAGE(%s%d:%s%d),1)' % (L['k14'], h, L['k14'], n - 1))
    ws.cell(n + 1, 4, 'Predikat kinerja').font = BOLD
    ws.cell(n + 1, 24, 'Sedang')
    ws.cell(n + 2, 4, 'Faktor pendorong : komitmen pimpinan dan dukungan aplikasi SIMDA Keuangan')
    ws.cell(n + 3, 4, 'Faktor penghambat : keterlambatan data aset dari perangkat daerah')
    ws.cell(n + 4, 4, 'Tindak lanjut : percepatan rekonsiliasi aset pada Renja 2020')
    sign(ws, n + 6, 3, ['Disusun', 'Sabaru Raya, 10 Januari 2020'] + KABAN)
    sign(ws, n + 6, 18, ['Dievaluasi', 'KEPALA BAPPEDA', KAB, '', '', '', 'Ir. SUTAN MARAJO, MT',
                         'Pembina Utama Muda (IV/c)', 'NIP. 19700303 199603 1 004'])
    widths(ws, {'B': 22, 'C': 30, 'D': 36, 'Z': 16})
    AG.add(2019, AG_FILE[2019], wb, [T])

# ---------------------------------------------------------------- 2020: LKjIP Bab III, fractions, .xlsx
def y2020():
    wb = Workbook(); ws = wb.active; ws.title = 'Bab III 2019'   # sheet name copied from last year
    ws.cell(1, 1, 'BAB III AKUNTABILITAS KINERJA').font = BOLD
    ws.cell(2, 1, 'A. Capaian Kinerja Organisasi').font = BOLD
    ws.cell(3, 1, 'Tabel 3.1 Perbandingan Target dan Realisasi Kinerja BPKAD Tahun 2020 serta Realisasi Tahun Sebelumnya')
    top = 5
    cols = ['no', 'sas', 'ind', 'sat', 'r17', 'r18', 'r19', 't', 'r', 'cap', 'ren', 'capren']
    h = header(ws, top, 1, [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Realisasi', 'Realisasi', 'Realisasi', 'Tahun 2020', 'Tahun 2020',
         'Tahun 2020', 'Target Akhir Renstra (2021)', 'Capaian s/d 2020 terhadap Renstra (%)'],
        [None, None, None, None, '2017', '2018', '2019', 'Target', 'Realisasi', 'Capaian (%)', None, None]])
    P = '0.00%'
    T = Table(ws, cols, sas_mode='merge', num_fields=['r17', 'r18', 'r19', 't', 'r', 'cap', 'ren', 'capren'],
              defaults=dict(cap='=IFERROR({r}{n}/{t}{n},"-")', capren='=IFERROR({r}{n}/{ren}{n},"-")'))
    def p(**kw):
        kw.setdefault('fmt', P)
        return kw
    R = [
        dict(no=1, sas=S1, id='b01', ind='Opini BPK', sat='opini', r17='WDP', r18='WTP', r19='WTP', t='WTP', r='WTP', tk=None, rk=None,
             cap='100 %', ren='WTP', capren='100 %'),
        p(sas=S1, id='b02', ind='Persentase realisasi Pendapatan Asli Daerah', sat='%', r17=0.9427, r18=0.9735, r19=1.012, t=1, r=0.8862, ren=1),
        p(sas=S1, id='b03', ind='Persentase realisasi pendapatan transfer', sat='%', r17=0.9861, r18=0.9902, r19='-', t=1, r=0.9311, ren=1),
        p(sas=S1, id='b04', ind='Persentase serapan anggaran belanja daerah', sat='%', r17=0.884, r18=0.917, r19=0.9384, t=0.95, r=0.8736, ren=0.95),
        p(sas=S1, id='b16', ind='Rasio kemandirian keuangan daerah', sat='%', r17=0.119, r18=0.124, r19=0.131,
          t=13.5, r=0.1208, ren=0.15),   # target typed as 13,5 into a % cell -> shows 1350.00%
        p(no=2, sas=S2, id='b05', ind='Ketepatan waktu penyampaian Ranperda APBD', sat='%', r17=1, r18=1, r19=1, t=1, r=1, ren=1),
        p(sas=S2, id='b06', ind='Ketepatan waktu penyampaian LKPD', sat='%', r17=1, r18=1, r19=1, t=1, r=1, ren=1),
        p(sas=S2, id='b12', ind='Persentase SP2D terbit tepat waktu', sat='%', r17=0.865, r18=0.906, r19=0.934, t=0.94, r=0.951, ren=0.95),
        dict(sas=S2, id='b13', ind='Jumlah SP2D terbit', sat='lembar', r17=10412, r18=10416, r19=10872, t=10000, r=9214, ren=10500,
             fmt='#,##0', fmts={'cap': P, 'capren': P}),
        p(no=3, sas=S3, id='b07', ind='Persentase aset tanah bersertifikat', sat='%', r17=0.312, r18=0.3875, r19=0.4405, t=0.5, r=0.4788, ren=0.6),
        p(sas=S3, id='b15', ind='Persentase BMD yang terinventarisasi dan tercatat dalam KIB', sat='%', r17=0.82, r18=0.861, r19=0.913,
          t=0.95, r=0.957, ren=0.95),
        dict(sas=S3, id='b23', ind='Jumlah bidang tanah yang disertifikatkan', sat='bidang', r17='-', r18='-', r19=113, t=150, r=96, ren=600,
             fmts={'cap': P, 'capren': P}),
        dict(no=4, sas=S4, id='b08', ind='Nilai SAKIP BPKAD', sat='nilai', r17=58.34, r18=61.05, r19=63.12, t=67, r=66.41, ren=70,
             fmts={'cap': P, 'capren': P}),
        dict(sas=S4, id='b09', ind='Predikat SAKIP', sat='predikat', r17='CC', r18='B', r19='B', t='BB', r='B', tk=None, rk=None,
             cap='-', ren='BB', capren='-'),
        p(sas=S4, id='b10', ind='Persentase tindak lanjut rekomendasi hasil pemeriksaan BPK', sat='%', r17=0.68, r18=0.72, r19=0.785,
          t=0.85, r=0.8123, ren=0.9),
        dict(sas=S4, id='b11', ind='Jumlah temuan BPK (indikator negatif)', sat='temuan', r17=14, r18=11, r19=9, t=7, r=6, ren=5,
             cap='=(2*{t}{n}-{r}{n})/{t}{n}', capren='-', fmts={'cap': P}),
        dict(sas=S4, id='b19', ind='Indeks kepuasan perangkat daerah terhadap layanan BPKAD', sat='indeks', r17='N/A', r18=77.4, r19='N/A',
             t=78, r=79.15, ren=80, fmts={'cap': P, 'capren': P}),
        p(sas=S4, id='b20', ind='Persentase penyelesaian TP-TGR', sat='%', r17='-', r18=0.42, r19='-', t=0.55, r=0.47, ren=0.7),
    ]
    n = T.write(h, R, AG_FILE[2020], ws.title, 2020)
    ws.cell(n + 1, 1, 'Sumber : Data BPKAD Kabupaten Lembah Sabaru, diolah')
    # second table: IKK
    ws.cell(n + 3, 1, 'Tabel 3.2 Capaian Indikator Kinerja Kunci (IKK) Urusan Keuangan Tahun 2020').font = BOLD
    cols2 = ['no', 'ind', 'sat', 't', 'r', 'cap']
    h2 = header(ws, n + 4, 1, [['No', 'Indikator Kinerja Kunci', 'Satuan', 'Target', 'Realisasi', 'Capaian']])
    T2 = Table(ws, cols2, num_fields=['t', 'r', 'cap'], defaults=dict(cap='={r}{n}/{t}{n}'))
    R2 = [
        p(no=1, id='b29', ind='Rasio PAD terhadap total pendapatan daerah', sat='%', t=0.11, r=0.1034),
        p(no=2, id='b30', ind='Persentase belanja modal terhadap total belanja', sat='%', t=0.22, r=0.1687),
        p(no=3, id='b31', ind='Rasio belanja pegawai terhadap total belanja', sat='%', t=0.38, r=0.4012),
    ]
    n2 = T2.write(h2, R2, AG_FILE[2020], ws.title, 2020)
    ws.cell(n2 + 1, 1, 'Realisasi anggaran BPKAD Tahun 2020 : Rp. 16.204.775.310,- dari pagu Rp. 18.113.500.000,- (89,46 %)')
    widths(ws, {'A': 5, 'B': 30, 'C': 44, 'D': 10, 'K': 14, 'L': 14})
    AG.add(2020, AG_FILE[2020], wb, [T, T2])


AG_FILE = {2017: 'PK_BPKAD_2017.xls', 2018: 'Rencana Aksi BPKAD 2018.ods',
           2019: 'Evaluasi Renja BPKAD TW IV 2019.xlsx', 2020: 'LKjIP BPKAD 2020 Bab III.xlsx'}
if __name__ == '__main__':
    y2017(); y2018(); y2019(); y2020()
    AG.ambiguous = [['b17', 'b22']]
    AG.save()
