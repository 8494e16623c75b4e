"""Dinas Peternakan dan Kesehatan Hewan Kabupaten Lembah Sabaru, 2019-2022."""
from openpyxl import Workbook
from openpyxl.styles import Font
from common import *

AG = Agency('disnakkeswan', 'Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan) Kabupaten Lembah Sabaru')
KADIS = ['KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN', KAB, '', '', '', 'drh. MARLINA SITOMPUL, M.Si',
         'Pembina Tingkat I (IV/b)', 'NIP. 19750621 200212 2 003']
S1 = 'Meningkatnya populasi dan produksi ternak'
S2 = 'Meningkatnya kesehatan hewan dan kesehatan masyarakat veteriner'
S3 = 'Meningkatnya produktivitas ternak melalui Inseminasi Buatan (IB)'
S4 = 'Meningkatnya konsumsi pangan asal hewan dan kesejahteraan peternak'
S5 = 'Meningkatnya akuntabilitas kinerja Dinas Peternakan dan Kesehatan Hewan'
FILES = {2019: 'LKjIP Disnakkeswan 2019 - Tabel Bab III.xls', 2020: 'Renaksi_Disnakkeswan_2020.xlsx',
         2021: 'PK Disnakkeswan 2021.ods', 2022: 'Evaluasi Renja Disnakkeswan 2022 TW IV.xlsx'}


# ---------------------------------------------------------------- 2019: LKjIP Bab III comparison table, .xls
def y2019():
    wb = Workbook(); ws = wb.active; ws.title = 'Tabel 3.2'
    n = title(ws, ['Tabel 3.2', 'Perbandingan Realisasi Kinerja Tahun 2019 dengan Tahun-Tahun Sebelumnya',
                   'dan Target Akhir Renstra Dinas Peternakan dan Kesehatan Hewan'], 12)
    top = n + 1
    cols = ['no', 'sas', 'ind', 'sat', 'r16', 'r17', 'r18', 't', 'r', 'cap', 'ren', 'capren']
    h = header(ws, top, 1, [
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Realisasi', 'Realisasi', 'Realisasi', 'Tahun 2019', 'Tahun 2019',
         'Tahun 2019', 'Target Akhir Renstra 2021', 'Capaian s/d 2019 thd Target 2021 (%)'],
        [None, None, None, None, '2016', '2017', '2018', 'Target', 'Realisasi', 'Capaian (%)', None, None],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)']])
    N0, N2 = '#,##0', '#,##0.00'
    T = Table(ws, cols, sas_mode='first', num_fields=['r16', 'r17', 'r18', 't', 'r', 'ren'],
              defaults=dict(cap='=ROUND({r}{n}/{t}{n}*100,2)', capren='=ROUND({r}{n}/{ren}{n}*100,2)'))
    NEG = '=ROUND((2*{t}{n}-{r}{n})/{t}{n}*100,2)'
    R = [
        dict(no=1, sas=S1, id='n01', ind='Populasi ternak sapi potong', sat='ekor', r16=41250, r17=42980, r18=44315, t=46000, r=45872,
             ren=52000, fmt=N0),
        dict(no=2, sas=S1, id='n02', ind='Populasi kerbau', sat='ekor', r16=3120, r17=3054, r18=2987, t=3100, r=2941, ren=3300, fmt=N0),
        dict(no=3, sas=S1, id='n03', ind='Populasi kambing', sat='ekor', r16=61200, r17=63415, r18=65002, t=67000, r=68230, ren=75000, fmt=N0),
        dict(no=4, sas=S1, id='n04', ind='Populasi ayam buras', sat='ekor', r16=412500, r17=428300, r18=441270, t=455000, r=449860,
             ren=500000, fmt=N0),
        dict(no=5, sas=S1, id='n05', ind='Populasi ayam ras pedaging', sat='ekor', r16=1250000, r17=1310400, r18=1402650, t=1450000,
             r=1521300, ren=1700000, fmt=N0),
        dict(no=6, sas=S1, id='n06', ind='Produksi daging', sat='ton', r16=2412.5, r17=2530.1, r18=2611.4, t=2700, r=2688.35, ren=3100, fmt=N2),
        dict(no=7, sas=S1, id='n07', ind='Produksi telur', sat='ton', r16=1105.2, r17=1160.8, r18=1214.6, t=1280000, r=1251.3, ren=1400,
             fmt=N2),   # target typed in kg (1.280.000) while the unit is ton
        dict(no=8, sas=S1, id='n08', ind='Produksi susu segar', sat='liter', r16=18500, r17=19200, r18='-', t=20000, r=17450, ren=25000, fmt=N0),
        dict(no=9, sas=S2, id='n09', ind='Persentase kasus penyakit hewan menular strategis (PHMS) yang tertangani', sat='%',
             r16=82.1, r17=85.4, r18=88.0, t=90, r=91.25, ren=95),
        dict(no=10, sas=S2, id='n10', ind='Cakupan vaksinasi rabies', sat='%', r16=62.3, r17=65.8, r18=68.1, t=70, r=71.4, ren=80,
             cap=97.42),   # typed; 71,4/70 = 102,00
        dict(no=11, sas=S2, id='n19', ind='Jumlah kasus gigitan hewan penular rabies (GHPR)', sat='kasus', r16=214, r17=198, r18=176,
             t=160, r=143, ren=120, cap=NEG, capren='-'),
        dict(no=12, sas=S2, id='n17', ind='Jumlah RPH yang memiliki sertifikat NKV', sat='unit', r16=0, r17=0, r18=1, t=1, r=1, ren=2),
        dict(no=13, sas=S3, id='n11', ind='Jumlah akseptor IB', sat='ekor', r16=3850, r17=4120, r18=4415, t=4600, r=4702, ren=5500, fmt=N0),
        dict(no=14, sas=S3, id='n12', ind='Jumlah kelahiran pedet hasil IB', sat='ekor', r16=2214, r17=2406, r18=2630, t=2800, r=2755,
             ren=3300, fmt=N0),
        dict(no=15, sas=S3, id='n13', ind='Service per Conception (S/C)', sat='kali', r16=2.1, r17=1.95, r18=1.9, t=1.8, r=1.74, ren=1.6,
             cap=NEG, capren='-'),
        dict(no=16, sas=S4, id='n15', ind='Konsumsi daging per kapita', sat='kg/kapita/tahun', r16=5.12, r17=5.4, r18=5.61, t=5.9, r=5.83,
             ren=6.5),
        dict(no=17, sas=S4, id='n14', ind='Konsumsi protein hewani asal ternak', sat='gram/kapita/hari', r16=5.8, r17=6.1, r18=6.35,
             t=6.5, r=6.42, ren=7.2),
        dict(no=18, sas=S4, id='n16', ind='Nilai Tukar Petani (NTP) subsektor peternakan', sat='indeks', r16=101.2, r17=102.85, r18=103.4,
             t=104, r=102.96, ren=106),
    ]
    n = T.write(h, R, FILES[2019], ws.title, 2019)
    ws.cell(n, 1, 'Sumber : Bidang Produksi, Bidang Keswan dan Kesmavet, diolah')
    ws.cell(n + 2, 1, 'Realisasi anggaran Tahun 2019 sebesar Rp. 8.914.306.250,- (92,18 %) dari pagu Rp. 9.670.500.000,-')
    widths(ws, {'A': 5, 'B': 30, 'C': 44, 'D': 14, 'K': 14, 'L': 16})
    AG.add(2019, FILES[2019], wb, [T])


# ---------------------------------------------------------------- 2020: Rencana Aksi, Bone-style blocks, cover sheet, .xlsx
class Blocks:
    def __init__(self):
        self.keys, self.locs = [], []

def y2020():
    wb = Workbook(); cv = wb.active; cv.title = 'Sampul'
    for i, t in enumerate(['PENGUKURAN KINERJA', 'BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA', 'TAHUN ANGGARAN 2020', '',
                           'DINAS PETERNAKAN DAN KESEHATAN HEWAN', KAB]):
        cv.cell(4 + i, 2, t).font = Font(bold=True, size=14)
    ws = wb.create_sheet('RA TW IV')
    n = title(ws, ['PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA',
                   'DINAS PETERNAKAN DAN KESEHATAN HEWAN ' + KAB, 'TAHUN ANGGARAN 2020'], 8)
    top = n + 1
    h = header(ws, top, 1, [['No', 'Sasaran Strategis', 'Indikator Sasaran', 'Satuan', 'Kriteria Keberhasilan', 'Kriteria Keberhasilan',
                             'Kriteria Keberhasilan', 'Kriteria Keberhasilan'],
                            [None, None, None, None, 'Periode', 'Target', 'Realisasi', '%'],
                            ['1', '2', '3', '4', '5', '5', '5', '5']])
    d = '-'
    # (id, name, unit, annual target (written, key), quarter targets, quarter realisasi, rule)
    B = [
        (S1, 'n01', 'Populasi Sapi Potong', 'ekor', ('47.500 ekor', 47500), [46200, 46700, 47100, 47500],
         [('46.010', 46010), ('46.480', 46480), ('46.930', 46930), ('47.215', 47215)], 'last'),
        (S1, 'n02', 'Populasi Kerbau', 'ekor', 3000, [2950, 2970, 2985, 3000], [2935, 2922, 2910, 2904], 'last'),
        (S1, 'n03', 'Populasi Kambing', 'ekor', 70000, [68500, 69000, 69500, 70000], [68600, 69150, 69810, 70420], 'last'),
        (S1, 'n04', 'Populasi Ayam Buras', 'ekor', 460000, [452000, 455000, 457500, 460000], [450100, 452300, 455900, 458120], 'last'),
        (S1, 'n06', 'Produksi daging (ton)', 'ton', 2800, [700, 700, 700, 700], [661.2, 702.45, 688.3, 731.05], 'sum'),
        (S1, 'n07', 'Produksi telur (ton)', 'ton', 1300, [325, 325, 325, 325], [318.4, 322.1, 330.75, 336.2], 'sum'),
        (S2, 'n09', 'Persentase kasus PHMS tertangani', '%', 92, [92, 92, 92, 92], [88.5, 90.2, 91.7, 93.05], 'last'),
        (S2, 'n10', 'Cakupan Vaksinasi Rabies (%)', '%', 72, [10, 30, 55, 72], [8.2, 27.5, 51.0, 70.6], 'last'),
        (S2, 'n23', 'Cakupan vaksinasi SE (Septicaemia Epizootica) pada sapi dan kerbau', '%', 60, [15, 30, 45, 60],
         [12, 26, 40.5, 58.3], 'last'),
        (S2, 'n19', 'Jumlah kasus GHPR', 'kasus', 150, [38, 37, 38, 37], [41, 35, 30, 29], 'sum'),
        (S3, 'n11', 'Jumlah akseptor Inseminasi Buatan (IB)', 'ekor', 4800, [1200, 1200, 1200, 1200], [1105, 982, 1310, 1288], 'sum'),
        (S3, 'n12', 'Jumlah kelahiran pedet hasil IB', 'ekor', 2900, [725, 725, 725, 725], [690, 701, 744, 752], 'sum'),
        (S3, 'n13', 'S/C (Service per Conception)', 'kali', 1.8, [1.8, 1.8, 1.8, 1.8], [1.82, 1.78, 1.75, 1.71], 'last'),
        (S4, 'n15', 'Konsumsi daging masyarakat (kg/kapita/tahun)', 'kg/kap/th', 6.0, [d, d, d, 6.0], [d, d, d, 5.91], 'last'),
        (S4, 'n16', 'NTP Subsektor Peternakan', 'indeks', 104.5, [104.5, 104.5, 104.5, 104.5], [101.3, 99.8, 100.9, 102.1], 'last'),
    ]
    blk = Blocks()
    r = h
    sas_rows = {}
    for k, (sas, id, name, sat, tA, qt, qr, rule) in enumerate(B):
        sas_rows.setdefault(sas, [r, r])
        sas_rows[sas][1] = r + 4
        ws.cell(r, 1, '%d.' % (k + 1))
        ws.cell(r, 3, name).alignment = WRAP
        ws.cell(r, 4, sat)
        ws.cell(r, 5, 'Target Tahunan :')
        ws.cell(r, 6, written(tA))
        for i in range(4):
            rr = r + 1 + i
            ws.cell(rr, 5, 'TW %d (B%02d) :' % (i + 1, 3 * (i + 1)))
            ws.cell(rr, 6, qt[i])
            ws.cell(rr, 7, written(qr[i]))
            if isinstance(qt[i], (int, float)):
                tv = qt[i]
                rv = qr[i][1] if isinstance(qr[i], tuple) else qr[i]
                if id == 'n13':
                    pct = '%s%%' % ('{:.2f}'.format(rv / tv * 100).replace('.', ','))   # negative indicator computed R/T
                elif rule == 'last' and id != 'n16':
                    pct = '%s%%' % ('{:.2f}'.format(min(rv / tv * 100, 100)).replace('.', ','))   # capped at 100
                else:
                    pct = '%s%%' % ('{:.2f}'.format(rv / tv * 100).replace('.', ','))
                ws.cell(rr, 8, pct)
            else:
                ws.cell(rr, 8, '-')
        for rr in range(r, r + 5):
            for c in range(1, 9):
                ws.cell(rr, c).border = BORDER
        ws.merge_cells(start_row=r, start_column=3, end_row=r + 4, end_column=3)
        ws.merge_cells(start_row=r, start_column=4, end_row=r + 4, end_column=4)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 4, end_column=1)
        qv = [x[1] if isinstance(x, tuple) else (None if x == d else x) for x in qr]
        nn = [x for x in qv if x is not None]
        rk = round(sum(nn), 9) if rule == 'sum' else nn[-1]
        blk.keys.append({'file': FILES[2020], 'sheet': ws.title, 'row': r, 'year': 2020, 'written': name, 'same_as': id,
                         'target': tA[1] if isinstance(tA, tuple) else tA, 'realisasi': rk})
        blk.locs.append({'file': FILES[2020], 'sheet': ws.title, 'row': r, 'name': 'C%d' % r, 'target': 'F%d' % r,
                         'realisasi': [rule, ['G%d' % (r + 1 + i) for i in range(4)]]})
        r += 5
    for sas, (a, b) in sas_rows.items():
        ws.cell(a, 2, sas).alignment = WRAP
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    ws.cell(r + 1, 2, 'Jumlah Anggaran Tahun 2020 : Rp. 7.215.840.000,- (setelah refocusing)')
    ws.cell(r + 2, 2, 'Jumlah Realisasi Anggaran Tahun 2020 : Rp. 6.598.112.700,-')
    sign(ws, r + 4, 6, ['Sabaru Raya, 8 Januari 2021'] + KADIS)
    widths(ws, {'A': 5, 'B': 28, 'C': 40, 'D': 10, 'E': 16, 'F': 12, 'G': 12, 'H': 10})
    AG.add(2020, FILES[2020], wb, [blk])


# ---------------------------------------------------------------- 2021: PK annual, text numbers, satuan last, .ods
def y2021():
    wb = Workbook(); ws = wb.active; ws.title = 'Pengukuran Kinerja'
    n = title(ws, ['PENGUKURAN KINERJA TAHUN 2021', 'DINAS PETERNAKAN DAN KESEHATAN HEWAN', KAB], 7)
    top = n + 1
    cols = ['no', 'sas', 'ind', 't', 'r', 'cap', 'sat']
    h = header(ws, top, 1, [['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TAHUN 2021', 'TAHUN 2021', 'TAHUN 2021', 'SATUAN'],
                            [None, None, None, 'TARGET', 'REALISASI', '% CAPAIAN', None],
                            ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']])
    T = Table(ws, cols, sas_mode='merge')
    R = [
        dict(no=1, sas=S1, id='n01', ind='Populasi sapi potong', t=('48.500', 48500), r=('48.102', 48102), cap='99,18', sat='ekor'),
        dict(no=2, sas=S1, id='n02', ind='Populasi kerbau', t=('2.950', 2950), r=('2.899', 2899), cap='98,27', sat='ekor'),
        dict(no=3, sas=S1, id='n03', ind='Populasi kambing', t=72000, r=71855, cap='99,8', sat='ekor'),
        dict(no=4, sas=S1, id='n26', ind='Populasi domba', t=8500, r=8730, cap='102,71', sat='ekor'),
        dict(no=5, sas=S1, id='n04', ind='Populasi ayam kampung (buras)', t=465000, r=470215, cap='101,12', sat='ekor'),
        dict(no=6, sas=S1, id='n05', ind='Populasi ayam ras pedaging (broiler)', t=1600000, r=1587400, cap='99,21', sat='ekor'),
        dict(no=7, sas=S1, id='n06', ind='Produksi daging', t=('2.900 ton', 2900), r=('2.934,6 ton', 2934.6), cap='101,19', sat='ton'),
        dict(no=8, sas=S1, id='n07', ind='Produksi telur', t=('1.350 ton', 1350), r=('1.318,25 ton', 1318.25), cap='97,65', sat='ton'),
        dict(no=9, sas=S2, id='n09', ind='Persentase penanganan kasus PHMS', t=('93 %', 93), r=('94,10 %', 94.1), cap='101,18', sat='%'),
        dict(no=10, sas=S2, id='n10', ind='Cakupan vaksinasi rabies pada HPR', t=('75 %', 75), r=('63,2 %', 63.2), cap='84,27', sat='%'),
        dict(no=11, sas=S2, id='n19', ind='Kasus GHPR', t=140, r=152, cap='108,57', sat='kasus'),   # negative computed R/T; (2T-R)/T = 91,43
        dict(no=12, sas=S2, id='n17', ind='Jumlah RPH bersertifikat NKV', t=('2 unit', 2), r=('1 unit', 1), cap='50', sat='unit'),
        dict(no=13, sas=S2, id='n18', ind='Persentase unit usaha produk hewan yang memiliki NKV', t=('25 %', 25), r=('30 %', 30),
             cap='120', sat='%'),
        dict(no=14, sas=S3, id='n11', ind='Jumlah akseptor IB', t=5000, r=5123, cap='102,46', sat='ekor'),
        dict(no=15, sas=S3, id='n12', ind='Angka kelahiran pedet hasil IB', t=3000, r=3046, cap='101,53', sat='ekor'),
        dict(no=16, sas=S3, id='n27', ind='Jumlah ternak sapi bibit yang didistribusikan', t=('15 ekor', 15), r=('12 ekor', 12), cap='80',
             sat='ekor'),
        dict(no=17, sas=S3, id='n13', ind='Service per Conception (S/C) IB', t=('1,75', 1.75), r=('1,68', 1.68), cap='104', sat='kali'),
        dict(no=18, sas=S4, id='n14', ind='Konsumsi protein hewani', t=('6,7', 6.7), r=('6,81', 6.81), cap='101,64', sat='gram/kapita/hari'),
        dict(no=19, sas=S4, id='n16', ind='NTP Subsektor Peternakan', t=105, r=('103,72', 103.72), cap='98,78', sat='indeks'),
        dict(no=20, sas=S4, id='n21', ind='Nilai SAKIP Dinas', t=65, r=('63,8', 63.8), cap='98,15', sat='nilai'),
        dict(no=21, sas=S4, id='n28', ind='Predikat SAKIP', t='B', r='B', tk=None, rk=None, cap='100', sat='predikat'),
    ]
    n = T.write(h, R, FILES[2021], ws.title, 2021)
    ws.cell(n + 1, 2, 'Jumlah Anggaran Tahun 2021 : Rp. 9.842.115.000,-')
    ws.cell(n + 2, 2, 'Jumlah Realisasi Anggaran Tahun 2021 : Rp. 9.017.662.430,-')
    sign(ws, n + 4, 4, ['Sabaru Raya, 31 Desember 2021'] + KADIS)
    widths(ws, {'A': 5, 'B': 32, 'C': 46, 'D': 14, 'E': 14, 'F': 11, 'G': 16})
    AG.add(2021, FILES[2021], wb, [T])


# ---------------------------------------------------------------- 2022: E.81 with K/%/Rp per quarter, Satuan numbered, .xlsx
def y2022():
    wb = Workbook(); ws = wb.active; ws.title = 'Realisasi TW IV'
    ws.cell(1, 1, 'Evaluasi Terhadap Hasil Renja Perangkat Daerah').font = BOLD
    ws.cell(2, 1, 'Kabupaten Lembah Sabaru')
    ws.cell(3, 1, 'Tahun 2022')
    ws.cell(4, 1, 'Perangkat Daerah : Dinas Peternakan dan Kesehatan Hewan')
    top = 6
    cols = ['no', 'sas', 'prog', 'ind', 'sat', 'k6', 'rp6', 'k7', 'rp7', 't', 'rp8',
            'q1', 'p1', 'q1rp', 'q2', 'p2', 'q2rp', 'q3', 'p3', 'q3rp', 'q4', 'p4', 'q4rp',
            'k13', 'rp13', 'k14', 'rp14', 'k15', 'rp15', 'unit']
    A = 'Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)'
    B = 'Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun 2021'
    C = 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (Tahun 2022) yang dievaluasi'
    D = 'Realisasi Kinerja Pada Triwulan'
    E = 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'
    F = 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2022'
    G = 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2022 (%)'
    h = header(ws, top, 1, [
        ['No', 'Sasaran Perangkat Daerah', 'Program / Kegiatan / Sub Kegiatan', 'Indikator Kinerja Program (Outcome) / Kegiatan (Output)',
         'Satuan', A, A, B, B, C, C] + [D] * 12 + [E, E, F, F, G, G, 'Unit PD Penanggung Jawab'],
        [None] * 11 + ['I', 'I', 'I', 'II', 'II', 'II', 'III', 'III', 'III', 'IV', 'IV', 'IV'] + [None] * 7,
        [None] * 5 + ['K', 'Rp.', 'K', 'Rp.', 'K', 'Rp.'] + ['K', '%', 'Rp.'] * 4 + ['K', 'Rp.', 'K', 'Rp.', 'K', 'Rp.', None],
        ['1', '2', '3', '4', '5', '6', '6', '7', '7', '8', '8'] + ['9'] * 3 + ['10'] * 3 + ['11'] * 3 + ['12'] * 3 +
        ['13 = 9 + 10 + 11 + 12'] * 2 + ['14 = 7 + 13'] * 2 + ['15 = 14 / 6 x 100'] * 2 + ['16']])
    RP = '#,##0'
    T = Table(ws, cols, key_r='k13', sas_mode='merge',
              defaults=dict(p1='=IF({t}{n}=0,0,{q1}{n}/{t}{n}*100)', p2='=IF({t}{n}=0,0,{q2}{n}/{t}{n}*100)',
                            p3='=IF({t}{n}=0,0,{q3}{n}/{t}{n}*100)', p4='=IF({t}{n}=0,0,{q4}{n}/{t}{n}*100)',
                            k14='={k7}{n}+{k13}{n}', k15='=IF({k6}{n}=0,0,{k14}{n}/{k6}{n}*100)'))
    def e(id, ind, sat, k6, k7, t, qs, mode, rp=None, **kw):
        row = dict(id=id, ind=ind, sat=sat, k6=k6, k7=k7, t=t, q1=qs[0], q2=qs[1], q3=qs[2], q4=qs[3])
        if mode == 'sum':
            row['k13'] = '=SUM({q1}{n},{q2}{n},{q3}{n},{q4}{n})'
            row['rk'] = round(sum(x for x in qs if x is not None), 9)
        else:
            row['k13'] = '={q4}{n}'
            row['rk'] = qs[3]
        if rp:
            row.update(rp6=rp[0], rp7=rp[1], rp8=rp[2], q1rp=rp[3], q2rp=rp[4], q3rp=rp[5], q4rp=rp[6],
                       rp13='={q1rp}{n}+{q2rp}{n}+{q3rp}{n}+{q4rp}{n}', rp14='={rp7}{n}+{rp13}{n}',
                       rp15='=IF({rp6}{n}=0,0,{rp14}{n}/{rp6}{n}*100)')
            row['fmts'] = {f: RP for f in ['rp6', 'rp7', 'rp8', 'q1rp', 'q2rp', 'q3rp', 'q4rp', 'rp13', 'rp14']}
        row.update(kw)
        return row
    P1 = 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN'
    P2 = 'PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER'
    P3 = 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA'
    R = [
        e('n01', 'Populasi ternak sapi', 'ekor', 56000, 48102, 49000, [48350, 48620, 48910, 49240], 'last',
          no=1, sas=S1, prog=P1, unit='Bidang Produksi Peternakan'),
        e('n06', 'Produksi daging', 'ton', 3600, 2934.6, 3000, [712.4, 760.15, 731.8, 802.2], 'sum', sas=S1, unit='Bidang Produksi Peternakan'),
        e('n07', 'Produksi telur ayam', 'ton', 1600, 1318.25, 1400, [342.5, 351.2, 338.9, 360.4], 'sum', sas=S1, unit='Bidang Produksi Peternakan'),
        e('n16', 'NTP Subsektor Peternakan', 'indeks', 108, 103.72, 105.5, [103.1, 104.2, 104.9, 105.8], 'last', sas=S1,
          unit='Bidang Produksi Peternakan'),
        e('n14', 'Konsumsi protein hewani asal ternak (gram/kapita/hari)', 'gram/kap/hari', 7.5, 6.81, 7, [None, None, None, 6.94], 'last',
          sas=S1, unit='Bidang Produksi Peternakan'),
        e('n11', 'Jumlah akseptor IB', 'ekor', 26000, 5123, 5200, [1250, 1310, 1402, 1380], 'sum',
          rp=[4500000000, 845000000, 910000000, 205000000, 231500000, 198000000, 248300000],
          no=2, sas=S1, prog='Penyediaan Benih/Bibit Ternak dan Hijauan Pakan Ternak yang Sumbernya dalam 1 (Satu) Daerah Kabupaten/Kota',
          unit='Bidang Produksi Peternakan'),
        e('n12', 'Jumlah pedet lahir hasil IB', 'ekor', 16000, 3046, 3100, [740, 770, 801, 812], 'sum', sas=S1, unit='Bidang Produksi Peternakan'),
        e('n29', 'Jumlah semen beku yang didistribusikan', 'dosis', 30000, 5900, 6000, [1500, 1620, 1480, 1710], 'sum', sas=S1,
          unit='Bidang Produksi Peternakan'),
        e('n09', 'Persentase kasus PHMS yang tertangani', '%', 97, 94.1, 94, [91.5, 93, 94.2, 95.1], 'sum',
          no=3, sas=S2, prog=P2, unit='Bidang Keswan dan Kesmavet'),    # SUM over quarters of a percentage -> 373,8
        e('n10', 'Cakupan vaksinasi rabies', '%', 85, 63.2, 78, [20.5, 41, 60.2, 79.35], 'last', sas=S2, unit='Bidang Keswan dan Kesmavet'),
        e('n30', 'Jumlah hewan penular rabies (HPR) yang divaksin', 'ekor', 95000, 16800, 18000, [3100, 4250, 5600, 5420], 'sum',
          rp=[2800000000, 512000000, 560000000, 88000000, 140500000, 171200000, 150300000],
          no=4, sas=S2, prog='Pengendalian dan Penanggulangan Penyakit Hewan Menular dan Tidak Menular', unit='Bidang Keswan dan Kesmavet'),
        e('n23', 'Cakupan vaksinasi SE', '%', 75, 58.3, 65, [16, 33, 49, 66.2], 'last', sas=S2, unit='Bidang Keswan dan Kesmavet'),
        e('n19', 'Jumlah kasus GHPR', 'kasus', 100, 152, 130, [35, 28, 31, 30], 'sum',
          rp=[900000000, 165000000, 180000000, 36000000, 41000000, 44500000, 52100000],
          no=5, sas=S2, prog='Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah', unit='Bidang Keswan dan Kesmavet'),
        e('n17', 'Jumlah RPH bersertifikat NKV', 'unit', 3, 1, 2, [0, 0, 0, 2], 'sum',
          rp=[1500000000, 240000000, 310000000, 22000000, 58000000, 91500000, 127300000],
          no=6, sas=S2, prog='Pengawasan Kesehatan Masyarakat Veteriner', unit='Bidang Keswan dan Kesmavet'),
        e('n18', 'Persentase unit usaha produk hewan ber-NKV', '%', 50, 30, 30, [None, None, None, 35], 'last', sas=S2,
          unit='Bidang Keswan dan Kesmavet'),
        e('n21', 'Nilai SAKIP Disnakkeswan', 'nilai', 75, 63.8, 67, [0, 64.9, 64.9, 64.9], 'last',
          no=7, sas=S5, prog=P3, unit='Sekretariat'),
        e('n22', 'Persentase serapan anggaran Disnakkeswan', '%', 97, 91.6, 95, [14.8, 38.2, 65.4, 94.1], 'last', sas=S5,
          unit='Sekretariat'),
        e('n31', 'Jumlah laporan keuangan bulanan/semesteran yang disusun', 'laporan', 70, 14, 14, [3, 3, 4, 4], 'sum',
          rp=[1100000000, 205000000, 220000000, 48000000, 52500000, 55000000, 61200000],
          no=8, sas=S5, prog='Administrasi Keuangan Perangkat Daerah', unit='Sekretariat'),
    ]
    n = T.write(h, R, FILES[2022], ws.title, 2022)
    L = T.L
    def rr(i): return h + i
    for p, ks in {0: [5], 8: [10, 12, 13], 15: [17]}.items():
        for f in ['rp6', 'rp7', 'rp8', 'q1rp', 'q2rp', 'q3rp', 'q4rp']:
            c = ws['%s%d' % (L[f], rr(p))]
            c.value = '=' + '+'.join('%s%d' % (L[f], rr(k)) for k in ks)
            c.number_format = RP
        ws['%s%d' % (L['rp13'], rr(p))] = '={0}{4}+{1}{4}+{2}{4}+{3}{4}'.format(L['q1rp'], L['q2rp'], L['q3rp'], L['q4rp'], rr(p))
        ws['%s%d' % (L['rp14'], rr(p))] = '={0}{2}+{1}{2}'.format(L['rp7'], L['rp13'], rr(p))
        ws['%s%d' % (L['rp15'], rr(p))] = '=IF({0}{2}=0,0,{1}{2}/{0}{2}*100)'.format(L['rp6'], L['rp14'], rr(p))
    ws.cell(n, 4, 'Rata-rata Capaian Kinerja (%)')
    ws.cell(n, 28, '=ROUND(AVERAGE(%s%d:%s%d),1)' % (L['k15'], h, L['k15'], n - 1))
    ws.cell(n + 1, 4, 'Predikat Kinerja')
    ws.cell(n + 2, 4, 'Faktor pendorong capaian kinerja : tersedianya tenaga inseminator dan vaksinator di setiap kecamatan')
    ws.cell(n + 3, 4, 'Faktor penghambat pencapaian kinerja : wabah PMK sejak pertengahan tahun 2022')
    ws.cell(n + 4, 4, 'Tindak lanjut yang diperlukan dalam Renja PD berikutnya : penambahan stok vaksin PMK dan LSD')
    sign(ws, n + 6, 3, ['Disusun', 'Sabaru Raya, 13 Januari 2023'] + KADIS)
    sign(ws, n + 6, 20, ['Dievaluasi', 'KEPALA BAPPEDA', KAB, '', '', '', 'Dr. RAHMAT HIDAYAT, SE, M.Si',
                         'Pembina Utama Muda (IV/c)', 'NIP. 19720505 199703 1 006'])
    widths(ws, {'B': 24, 'C': 34, 'D': 38})
    AG.add(2022, FILES[2022], wb, [T])


if __name__ == '__main__':
    y2019(); y2020(); y2021(); y2022()
    AG.ambiguous = []
    AG.save()
