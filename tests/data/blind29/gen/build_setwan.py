"""Sekretariat DPRD Kabupaten Lembah Sabaru, 2021-2024."""
from openpyxl import Workbook
from common import *

AG = Agency('setwan', 'Sekretariat DPRD Kabupaten Lembah Sabaru')
SEKWAN = ['SEKRETARIS DPRD', KAB, '', '', '', 'H. ZULKIFLI RANGKUTI, S.Sos, M.AP',
          'Pembina Tingkat I (IV/b)', 'NIP. 19740818 199803 1 002']
S1 = 'Meningkatnya kualitas fasilitasi fungsi legislasi DPRD'
S2 = 'Meningkatnya kualitas fasilitasi fungsi anggaran dan pengawasan DPRD'
S3 = 'Meningkatnya akuntabilitas kinerja dan kualitas pelayanan Sekretariat DPRD'
FILES = {2021: 'Evaluasi Renja Setwan 2021.ods', 2022: 'IKU Sekretariat DPRD 2022.xlsx',
         2023: 'PK SETWAN 2023.xls', 2024: 'RA Setwan 2024 TW4.xlsx'}


# ---------------------------------------------------------------- 2021: E.81, 17-column scheme, .ods
def y2021():
    wb = Workbook(); ws = wb.active; ws.title = 'Evaluasi Renja'
    n = title(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LEMBAH SABARU',
                   'RENJA PERANGKAT DAERAH SEKRETARIAT DPRD KABUPATEN LEMBAH SABARU TAHUN 2021',
                   'Periode Pelaksanaan : Triwulan IV'], 29)
    top = n + 1
    cols = ['no', 'sas', 'prog', 'ind', 'k5', 'rp5', 'k6', 'rp6', 't', 'rp7', 'q1', 'q1rp', 'q2', 'q2rp', 'q3', 'q3rp',
            'q4', 'q4rp', 'k12', 'rp12', 'k13', 'rp13', 'k14', 'rp14', 'k15', 'rp15', 'unit', 'ket']
    A = 'Target Kinerja dan Anggaran Renstra PD Tahun 2026'
    B = 'Realisasi Capaian Kinerja dan Anggaran Renstra PD s/d Renja Tahun Lalu'
    C = 'Target Kinerja dan Anggaran Renja PD Tahun 2021'
    D = 'Realisasi Kinerja pada Triwulan'
    E = 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'
    F = 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)'
    G = 'Realisasi Kinerja dan Anggaran Renstra s/d Tahun 2021'
    H = 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%)'
    h = header(ws, top, 1, [
        ['No', 'Sasaran', 'Program / Kegiatan', 'Indikator Kinerja', A, A, B, B, C, C, D, D, D, D, D, D, D, D, E, E, F, F, G, G, H, H,
         'Unit PD Penanggung Jawab', 'Ket.'],
        [None, None, None, None, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'I', 'I', 'II', 'II', 'III', 'III', 'IV', 'IV',
         'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', None, None],
        [None, None, None, None, None, None, None, None, None, None, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp',
         None, None, None, None, None, None, None, None, None, None],
        ['1', '2', '3', '4', '5', '5', '6', '6', '7', '7', '8', '8', '9', '9', '10', '10', '11', '11',
         '12', '12', '13', '13', '14', '14', '15', '15', '16', '17']])
    RP = '#,##0'
    T = Table(ws, cols, key_r='k12', sas_mode='merge',
              defaults=dict(k13='=IF({t}{n}=0,0,{k12}{n}/{t}{n}*100)', k14='={k6}{n}+{k12}{n}',
                            k15='=IF({k5}{n}=0,0,{k14}{n}/{k5}{n}*100)'))
    def e(id, ind, k5, k6, t, qs, mode, rp=None, **kw):
        row = dict(id=id, ind=ind, k5=k5, k6=k6, t=t, q1=qs[0], q2=qs[1], q3=qs[2], q4=qs[3])
        if mode == 'sum':
            row['k12'] = '=SUM({q1}{n}:{q4}{n})'   # range also covers the Rp cells! see below
            row['k12'] = '={q1}{n}+{q2}{n}+{q3}{n}+{q4}{n}'
            row['rk'] = round(sum(x for x in qs if x is not None), 9)
        else:
            row['k12'] = '={q4}{n}'
            row['rk'] = qs[3]
        if rp:
            row.update(rp5=rp[0], rp6=rp[1], rp7=rp[2], q1rp=rp[3], q2rp=rp[4], q3rp=rp[5], q4rp=rp[6],
                       rp12='={q1rp}{n}+{q2rp}{n}+{q3rp}{n}+{q4rp}{n}', rp13='=IF({rp7}{n}=0,0,{rp12}{n}/{rp7}{n}*100)',
                       rp14='={rp6}{n}+{rp12}{n}', rp15='=IF({rp5}{n}=0,0,{rp14}{n}/{rp5}{n}*100)')
            row['fmts'] = {f: RP for f in ['rp5', 'rp6', 'rp7', 'q1rp', 'q2rp', 'q3rp', 'q4rp', 'rp12', 'rp14']}
        row.update(kw)
        return row
    P1 = 'Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD'
    R = [
        e('d01', 'Persentase Raperda yang ditetapkan menjadi Perda', 85, 78.5, 80, [0, 25, 50, 76.9], 'last',
          no='1', sas=S1, prog=P1, unit='Bagian Persidangan dan Perundang-undangan'),
        e('d06', 'Persentase reses yang terlaksana', 100, 66.67, 100, [33.33, 66.67, 100, 100], 'last', sas=S1,
          unit='Bagian Fasilitasi Penganggaran dan Pengawasan'),
        e('d02', 'Jumlah Raperda inisiatif DPRD yang dibahas', 20, 2, 4, [0, 1, 1, 1], 'sum',
          rp=[3200000000, 410000000, 640000000, 42000000, 151000000, 138500000, 204700000],
          no='1.1', sas=S1, prog='Pembentukan Peraturan Daerah dan Peraturan DPRD', unit='Bagian Persidangan dan Perundang-undangan'),
        e('d03', 'Jumlah Raperda usulan Pemerintah Daerah yang dibahas', 50, 9, 10, [2, 3, 2, 4], 'sum', sas=S1,
          unit='Bagian Persidangan dan Perundang-undangan'),
        e('d22', 'Jumlah naskah akademik Raperda inisiatif', 20, 2, 4, [1, 1, 1, 0], 'sum', sas=S1,
          unit='Bagian Persidangan dan Perundang-undangan'),
        e('d04', 'Jumlah rapat paripurna', 120, 22, 24, [5, 7, 4, 8], 'sum',
          rp=[4100000000, 655000000, 820000000, 164300000, 201500000, 158700000, 280950000],
          no='1.2', sas=S2, prog='Pembahasan Kebijakan Anggaran', unit='Bagian Persidangan dan Perundang-undangan'),
        e('d10', 'Jumlah kunjungan kerja komisi dalam daerah', 180, 30, 36, [6, 10, 11, 12], 'sum',
          rp=[9500000000, 1210000000, 1900000000, 250000000, 480500000, 512000000, 601300000],
          no='1.3', sas=S2, prog='Pengawasan Penyelenggaraan Pemerintahan', unit='Bagian Fasilitasi Penganggaran dan Pengawasan'),
        e('d11', 'Jumlah kunjungan kerja luar daerah', 120, 14, 24, [2, 8, 6, 7], 'sum', sas=S2,
          unit='Bagian Fasilitasi Penganggaran dan Pengawasan'),
        e('d16', 'Persentase aspirasi masyarakat yang ditindaklanjuti', 85, 70, 75, [60, 65, 70, 72.5], 'last',
          rp=[1800000000, 290000000, 360000000, 61000000, 88500000, 90200000, 104700000],
          no='1.4', sas=S2, prog='Penyerapan dan Penghimpunan Aspirasi Masyarakat', unit='Bagian Umum'),
        e('d07', 'Persentase pokok-pokok pikiran DPRD yang terakomodir dalam RKPD', 75, 52, 60, [None, 55.2, 55.2, 55.2], 'last',
          sas=S2, unit='Bagian Fasilitasi Penganggaran dan Pengawasan'),
        e('d09', 'Ketepatan waktu penyusunan risalah rapat', 100, 95, 100, [90, 92, 95, 97], 'last',
          rp=[600000000, 98000000, 120000000, 25000000, 29800000, 30100000, 33900000],
          no='1.5', sas=S2, prog='Fasilitasi Tugas DPRD', unit='Bagian Persidangan dan Perundang-undangan',
          k12='={q3}{n}', rk=95),   # formula takes TW III instead of TW IV (97)
        e('d12', 'Nilai SAKIP Sekretariat DPRD', 75, 58.2, 65, [None, 61.7, 61.7, 61.7], 'last',
          no='2', sas=S3, prog='Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', unit='Sub Bagian Program'),
        e('d14', 'Persentase penyerapan anggaran', 95, 90.4, 95, [18.2, 41.5, 67.3, 92.15], 'last', sas=S3, unit='Sub Bagian Keuangan'),
        e('d08', 'Indeks kepuasan anggota DPRD terhadap pelayanan Setwan', 85, 78.1, 80, [None, None, None, 81.3], 'last',
          rp=[12500000000, 2310000000, 2500000000, 498000000, 601200000, 577800000, 752300000],
          no='2.1', sas=S3, prog='Administrasi Umum Perangkat Daerah', unit='Bagian Umum'),
        e('d15', 'Jumlah publikasi kegiatan DPRD di media massa', 250, 40, 48, [12, 11, 14, 15], 'sum',
          rp=[2250000000, 402000000, 450000000, 98000000, 104500000, 110200000, 131000000],
          no='2.2', sas=S3, prog='Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', unit='Bagian Umum'),
    ]
    n = T.write(h, R, FILES[2021], ws.title, 2021)
    ws.cell(n, 4, 'Rata-rata capaian kinerja (%)')
    ws.cell(n, 21, '=ROUND(AVERAGE(%s%d:%s%d),1)' % (T.L['k13'], h, T.L['k13'], n - 1))
    ws.cell(n + 1, 4, 'Predikat kinerja')
    ws.cell(n + 1, 21, 'Sangat Tinggi')
    ws.cell(n + 2, 4, 'Faktor pendorong : dukungan pimpinan DPRD')
    ws.cell(n + 3, 4, 'Faktor penghambat : pembatasan kegiatan akibat pandemi Covid-19')
    ws.cell(n + 4, 4, 'Tindak lanjut : penjadwalan ulang kunjungan kerja pada Renja 2022')
    sign(ws, n + 6, 3, ['Disusun', 'Sabaru Raya, 14 Januari 2022'] + SEKWAN)
    sign(ws, n + 6, 19, ['Dievaluasi', 'KEPALA BAPPEDA', KAB, '', '', '', 'Dr. RAHMAT HIDAYAT, SE, M.Si',
                         'Pembina Utama Muda (IV/c)', 'NIP. 19720505 199703 1 006'])
    widths(ws, {'B': 24, 'C': 30, 'D': 38})
    AG.add(2021, FILES[2021], wb, [T])


# ---------------------------------------------------------------- 2022: IKU table + program table, .xlsx
def y2022():
    wb = Workbook(); ws = wb.active; ws.title = 'IKU 2021'      # sheet name left from last year
    n = title(ws, ['PENGUKURAN INDIKATOR KINERJA UTAMA (IKU)', 'SEKRETARIAT DPRD ' + KAB, 'TAHUN ANGGARAN 2022'], 8)
    top = n + 1
    cols = ['no', 'ind', 'form', 'sat', 'r', 't', 'cap', 'src']
    h = header(ws, top, 1, [['No', 'Indikator Kinerja Utama', 'Formulasi / Cara Pengukuran', 'Satuan', 'Realisasi 2022',
                             'Target 2022', 'Capaian (%)', 'Sumber Data'],
                            ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7) = (5)/(6) x 100', '(8)']])
    P = '0.00%'
    T = Table(ws, cols, num_fields=['r', 't'], defaults=dict(cap='=ROUND({r}{n}/{t}{n}*100,2)'))
    R = [
        dict(group='Sasaran 1 : ' + S1, span=True),
        dict(no=1, id='d01', ind='Prosentase Raperda yang ditetapkan menjadi Perda', form='Raperda ditetapkan / Raperda dibahas x 100',
             sat='%', r=0.8462, t=0.8, fmt=P, src='Bagian Persidangan'),
        dict(no=2, id='d02', ind='Jumlah Raperda Inisiatif DPRD', form='Jumlah Raperda inisiatif yang dibahas', sat='buah', r=4, t=4,
             src='Bagian Persidangan'),
        dict(no=3, id='d03', ind='Jumlah Raperda usulan eksekutif', form='Jumlah Raperda dari Pemda yang dibahas', sat='buah', r=9, t=12,
             src='Bagian Persidangan'),
        dict(no=4, id='d09', ind='Persentase risalah rapat yang tersusun tepat waktu', form='Risalah tepat waktu / jumlah rapat x 100',
             sat='%', r=0.98, t=1, fmt=P, src='Bagian Persidangan'),
        dict(group='Sasaran 2 : Meningkatnya kualitas fasilitasi fungsi pengawasan dan penyerapan aspirasi masyarakat', span=True),
        dict(no=5, id='d06', ind='Persentase pelaksanaan reses', form='Reses terlaksana / reses terjadwal x 100', sat='%', r=1, t=1, fmt=P,
             src='Bagian Fasilitasi'),
        dict(no=6, id='d07', ind='Persentase pokir DPRD terakomodir dalam RKPD', form='Pokir terakomodir / pokir diusulkan x 100', sat='%',
             r=0.614, t=0.65, fmt=P, src='Bagian Fasilitasi'),
        dict(no=7, id='d16', ind='Persentase aspirasi masyarakat yang ditindaklanjuti', form='Aspirasi ditindaklanjuti / aspirasi masuk x 100',
             sat='%', r=0.7, t=0.75, fmt=P, cap=107.14, src='Bagian Umum'),   # typed: T/R instead of R/T (93,33)
        dict(group='Sasaran 3 : ' + S3, span=True),
        dict(no=8, id='d08', ind='Indeks Kepuasan Anggota DPRD', form='Survei kepuasan anggota DPRD', sat='indeks', r=82.05, t=81,
             src='Bagian Umum'),
        dict(no=9, id='d20', ind='Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan Sekretariat DPRD', form='Survei IKM (PermenPAN RB 14/2017)',
             sat='indeks', r=79.6, t=78, src='Bagian Umum'),
        dict(no=10, id='d12', ind='Nilai SAKIP', form='Hasil evaluasi Inspektorat', sat='nilai', r=64.3, t=67, src='Sub Bagian Program'),
        dict(no=11, id='d13', ind='Predikat SAKIP', form='Hasil evaluasi Inspektorat', sat='predikat', r='B', t='BB', tk=None, rk=None,
             cap='-', src='Sub Bagian Program'),
        dict(no=12, id='d21', ind='Tingkat maturitas SPIP', form='Penilaian BPKP', sat='level', r='Level 2', t='Level 3', tk=None, rk=None,
             cap='-', src='Sub Bagian Program'),
    ]
    n = T.write(h, R, FILES[2022], ws.title, 2022)
    ws.cell(n + 1, 1, 'Tabel 2. Capaian Indikator Kinerja Program Tahun 2022').font = BOLD
    cols2 = ['no', 'prog', 'ind', 't', 'r', 'cap']
    h2 = header(ws, n + 2, 1, [['No', 'Program', 'Indikator Program', 'Target', 'Realisasi', '%']])
    T2 = Table(ws, cols2, sas_field='prog', sas_mode='first')
    PA = 'Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD'
    PB = 'Program Penunjang Urusan Pemerintahan Daerah'
    R2 = [
        dict(no=1, sas=PA, prog=PA, id='d04', ind='Jumlah rapat paripurna', t=26, r=('25 kali', 25), cap='96,15'),
        dict(sas=PA, id='d05', ind='Jumlah rapat alat kelengkapan DPRD', t=180, r=212, cap='117,78'),
        dict(sas=PA, id='d10', ind='Jumlah kunker dalam daerah', t=40, r=41, cap='102,5'),
        dict(sas=PA, id='d11', ind='Jumlah kunjungan kerja luar daerah', t=24, r=18, cap='75'),
        dict(no=2, sas=PB, prog=PB, id='d14', ind='Persentase penyerapan anggaran Setwan', t=95, r=96.2, cap='101,26'),
        dict(sas=PB, id='d15', ind='Jumlah publikasi kegiatan DPRD', t=52, r=60, cap='115,38'),
    ]
    for r in R2:
        r.pop('prog', None)
    n2 = T2.write(h2, R2, FILES[2022], ws.title, 2022)
    sign(ws, n2 + 2, 6, ['Sabaru Raya, 20 Januari 2023'] + SEKWAN)
    widths(ws, {'A': 5, 'B': 44, 'C': 40, 'D': 10, 'E': 12, 'F': 12, 'G': 14, 'H': 18})
    AG.add(2022, FILES[2022], wb, [T, T2])


# ---------------------------------------------------------------- 2023: PK annual, .xls
def y2023():
    wb = Workbook(); ws = wb.active; ws.title = 'PK 2023'
    n = title(ws, ['PENGUKURAN KINERJA', 'SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH', KAB, 'TAHUN 2023'], 8)
    top = n + 1
    cols = ['no', 'sas', 'ind', 'sat', 't', 'r', 'cap', 'ket']
    h = header(ws, top, 1, [['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Tahun 2023', 'Tahun 2023', 'Tahun 2023', 'Keterangan'],
                            [None, None, None, None, 'Target', 'Realisasi', 'Capaian (%)', None],
                            ['1', '2', '3', '4', '5', '6', '7', '8']])
    T = Table(ws, cols, sas_mode='merge', num_fields=['t', 'r', 'cap'], defaults=dict(cap='=ROUND({r}{n}/{t}{n}*100,2)'))
    R = [
        dict(no=1, sas=S1, id='d01', ind='Persentase Raperda yang ditetapkan', sat='%', t=('80 %', 80), r=('87,5 %', 87.5), cap='109,38'),
        dict(no=2, sas=S1, id='d02', ind='Jumlah Raperda Inisiatif DPRD', sat='buah', t=5, r=3),
        dict(no=3, sas=S1, id='d03', ind='Jumlah Raperda usulan Pemerintah Daerah', sat='buah', t=10, r=13),
        dict(no=4, sas=S1, id='d22', ind='Jumlah naskah akademik yang disusun', sat='naskah', t=5, r=3),
        dict(no=5, sas=S1, id='d23', ind='Jumlah Raperda yang belum selesai dibahas', sat='buah', t=2, r=3, ket='Indikator negatif',
             cap='=ROUND({r}{n}/{t}{n}*100,2)'),    # negative indicator computed R/T = 150
        dict(no=6, sas=S2, id='d04', ind='Jumlah rapat paripurna DPRD', sat='kali', t=26, r=('28 kali', 28), cap='107,69'),
        dict(no=7, sas=S2, id='d18', ind='Persentase kehadiran anggota DPRD dalam rapat paripurna', sat='%', t=85, r=0.8132,
             fmts={'r': '0.00%'}, cap='95,67'),
        dict(no=8, sas=S2, id='d05', ind='Jumlah rapat AKD (Komisi, Banggar, Bapemperda, BK)', sat='kali', t=190, r=204),
        dict(no=9, sas=S2, id='d10', ind='Jumlah kunjungan kerja (dalam daerah)', sat='kali', t=40, r=44),
        dict(no=10, sas=S2, id='d11', ind='Jumlah kunjungan kerja ke luar daerah', sat='kali', t=24, r=26),
        dict(no=11, sas=S2, id='d06', ind='Persentase reses terlaksana', sat='%', t=100, r=100),
        dict(no=12, sas=S2, id='d07', ind='Persentase pokir yang terakomodir', sat='%', t=65, r=68.4),
        dict(no=13, sas=S2, id='d09', ind='Meningkatnya ketepatan waktu penyusunan risalah rapat', sat='%', t=100, r=98),
        dict(no=14, sas=S3, id='d08', ind='Indeks kepuasan anggota DPRD', sat='indeks', t=('82', 82), r=('83,14', 83.14), cap='101,39'),
        dict(no=15, sas=S3, id='d20', ind='IKM Sekretariat DPRD', sat='indeks', t=80, r=81.02),
        dict(no=16, sas=S3, id='d12', ind='Nilai SAKIP', sat='nilai', t=68, r=66.9),
        dict(no=17, sas=S3, id='d13', ind='Predikat SAKIP', sat='predikat', t='BB', r='B', tk=None, rk=None, cap='-'),
        dict(no=18, sas=S3, id='d14', ind='Persentase penyerapan anggaran', sat='%', t=95, r=0.937, cap='98,63'),  # 0,937 typed, no % format
        dict(no=19, sas=S3, id='d21', ind='Maturitas SPIP', sat='level', t='Level 3', r='Level 3', tk=None, rk=None, cap='100'),
    ]
    n = T.write(h, R, FILES[2023], ws.title, 2023)
    ws.cell(n + 1, 2, 'Tabel Anggaran').font = BOLD
    header(ws, n + 2, 2, [['Program', 'Anggaran (Rp)', 'Realisasi (Rp)', '%']])
    budget = [('Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD', 21450000000, 20117365400),
              ('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 14820500000, 13905112250)]
    for i, (p, a, b) in enumerate(budget):
        r = n + 3 + i
        ws.cell(r, 2, p); ws.cell(r, 3, a).number_format = '#,##0'; ws.cell(r, 4, b).number_format = '#,##0'
        ws.cell(r, 5, '=ROUND(D%d/C%d*100,2)' % (r, r))
    r = n + 5
    ws.cell(r, 2, 'JUMLAH'); ws.cell(r, 3, '=SUM(C%d:C%d)' % (n + 3, n + 4)).number_format = '#,##0'
    ws.cell(r, 4, '=SUM(D%d:D%d)' % (n + 3, n + 4)).number_format = '#,##0'
    ws.cell(r, 5, '=ROUND(D%d/C%d*100,2)' % (r, r))
    sign(ws, r + 2, 6, ['Sabaru Raya, 31 Januari 2024'] + SEKWAN)
    widths(ws, {'A': 5, 'B': 32, 'C': 44, 'D': 12, 'E': 12, 'F': 12, 'G': 12, 'H': 18})
    AG.add(2023, FILES[2023], wb, [T])


# ---------------------------------------------------------------- 2024: Rencana Aksi with annual realisasi column, .xlsx
def y2024():
    wb = Workbook(); ws = wb.active; ws.title = 'Renaksi TW IV'
    n = title(ws, ['RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA', 'SEKRETARIAT DPRD KABUPATEN LEMBAH SABARU',
                   'TAHUN 2024 (s/d TRIWULAN IV)'], 17)
    top = n + 1
    cols = ['no', 'sas', 'ind', 'sat', 't', 'q1t', 'q1r', 'q2t', 'q2r', 'q3t', 'q3r', 'q4t', 'q4r', 'r', 'cap', 'pj']
    h = header(ws, top, 1, [
        ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'TW I', 'TW I', 'TW II', 'TW II', 'TW III', 'TW III', 'TW IV', 'TW IV',
         'Realisasi s/d TW IV', 'Capaian (%)', 'Penanggung Jawab'],
        [None, None, None, None, None, 'T', 'R', 'T', 'R', 'T', 'R', 'T', 'R', None, None, None]])
    P = '0.00%'
    T = Table(ws, cols, sas_mode='every', num_fields=['t', 'q1t', 'q1r', 'q2t', 'q2r', 'q3t', 'q3r', 'q4t', 'q4r', 'r'],
              defaults=dict(cap='=IFERROR(ROUND({r}{n}/{t}{n}*100,2),"-")'))
    d = '-'
    def q(t, r, ann, **kw):
        row = dict(q1t=t[0], q2t=t[1], q3t=t[2], q4t=t[3], q1r=r[0], q2r=r[1], q3r=r[2], q4r=r[3])
        if ann == 'sum':
            row['r'] = '=SUM({q1r}{n},{q2r}{n},{q3r}{n},{q4r}{n})'
            row['rk'] = sum(x for x in r if isinstance(x, (int, float)))
        else:
            row['r'] = ann
        row.update(kw)
        return row
    R = [
        dict(no=1, sas=S1, id='d01', ind='Persentase Raperda yang ditetapkan menjadi Perda (%)', sat='%', t=80,
             **q([d, d, 40, 80], [d, d, 50, 83.33], 83.33), pj='Kabag Persidangan'),
        dict(no=2, sas=S1, id='d02', ind='Jml Raperda inisiatif DPRD', sat='buah', t=5,
             **q([0, 1, 2, 2], [0, 1, 1, 2], 'sum'), pj='Kabag Persidangan'),
        dict(no=3, sas=S1, id='d03', ind='Jml Raperda usulan eksekutif', sat='buah', t=12,
             **q([2, 3, 3, 4], [2, 3, 3, 4], 'sum'), pj='Kabag Persidangan'),
        dict(no=4, sas=S2, id='d04', ind='Jumlah Rapat Paripurna', sat='kali', t=26,
             **q([6, 7, 6, 7], [6, 8, 5, 7], 'sum'), pj='Kabag Persidangan'),
        dict(no=5, sas=S2, id='d05', ind='Jumlah Rapat Alat Kelengkapan Dewan', sat='kali', t=200,
             **q([45, 55, 50, 50], [48, 55, 51, 60], 'sum', cap=170), pj='Kabag Persidangan'),   # capaian typed 170 (true 107)
        dict(no=6, sas=S2, id='d10', ind='Jumlah Kunjungan Kerja Dalam Daerah Anggota DPRD', sat='kali', t=40,
             **q([8, 10, 11, 11], [8, 11, 10, 12], 'sum'), pj='Kabag Fasilitasi'),
        dict(no=7, sas=S2, id='d11', ind='Jumlah Kunjungan Kerja Luar Daerah', sat='kali', t=20,
             **q([4, 6, 5, 5], [3, 6, 5, 4], 'sum'), pj='Kabag Fasilitasi'),
        dict(no=8, sas=S2, id='d06', ind='Persentase reses yang terlaksana', sat='%', t=100,
             **q([33, 67, 100, 100], [33, 67, 100, 100], 100), pj='Kabag Fasilitasi'),
        dict(no=9, sas=S1, id='d09', ind='Ketepatan waktu penyusunan risalah rapat paripurna', sat='%', t=100,
             **q([100, 100, 100, 100], [95, 96, 98, 99], 99), pj='Kabag Persidangan'),
        dict(no=10, sas=S2, id='d07', ind='Persentase pokir terakomodir dalam RKPD 2025', sat='%', t=70,
             **q([d, 70, 70, 70], [d, 71.3, 71.3, 71.3], 71.3), pj='Kabag Fasilitasi'),
        dict(no=11, sas=S3, id='d08', ind='Indeks kepuasan anggota DPRD terhadap layanan Sekretariat DPRD', sat='indeks', t=83,
             **q([d, d, d, 83], [d, d, d, 84.6], 84.6), pj='Kabag Umum'),
        dict(no=12, sas=S3, id='d12', ind='Nilai SAKIP Setwan', sat='nilai', t=70,
             **q([d, 70, d, d], [d, 69.45, d, d], ('69,45', 69.45)), cap='99,21', pj='Kasubbag Program'),
        dict(no=13, sas=S3, id='d14', ind='Persentase serapan anggaran Setwan', sat='%', t=0.95, fmt=P,
             **q([0.2, 0.45, 0.7, 0.95], [0.1875, 0.4402, 0.6931, 0.9612], 0.9612), cap='=IFERROR(ROUND({r}{n}/{t}{n}*100,2),"-")',
             pj='Kasubbag Keuangan'),
        dict(no=14, sas=S3, id='d17', ind='Jumlah keputusan DPRD yang ditetapkan', sat='keputusan', t=30,
             **q([7, 8, 7, 8], [8, 9, 7, 10], 'sum'), pj='Kabag Persidangan'),
        dict(no=15, sas=S3, id='d20', ind='Indeks Kepuasan Masyarakat', sat='indeks', t=81,
             **q([d, d, d, 81], [d, d, d, 'N/A'], 'N/A'), rk=None, cap='-', pj='Kabag Umum'),
    ]
    n = T.write(h, R, FILES[2024], ws.title, 2024)
    ws.cell(n + 1, 2, 'Pagu anggaran 2024 : Rp. 38.402.115.000,-   Realisasi : Rp. 36.911.720.840,-')
    sign(ws, n + 3, 12, ['Sabaru Raya, 15 Januari 2025'] + SEKWAN)
    widths(ws, {'A': 5, 'B': 30, 'C': 44, 'D': 10, 'N': 12, 'P': 20})
    AG.add(2024, FILES[2024], wb, [T])


if __name__ == '__main__':
    y2021(); y2022(); y2023(); y2024()
    AG.ambiguous = []
    AG.save()
