"""Bagian Organisasi Sekretariat Daerah Kabupaten Rantau Melati, 2017-2020."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

AG = 'organisasi'
C = {
 'o01': ('nilai', '+', 'lvl', {2017: ('Nilai SAKIP Pemerintah Kabupaten', 55, 52.34), 2018: ('Nilai Evaluasi SAKIP Pemda', 60, 61.05), 2019: ('Nilai SAKIP Pemerintah Daerah', 65, 63.8), 2020: ('Nilai AKIP Kabupaten Rantau Melati', 68, 66.21)}),
 'o02': ('%', '+', 'lvl', {2017: ('Persentase SKPD dengan nilai SAKIP minimal B', 40, 35.71), 2018: ('Persentase perangkat daerah dengan nilai SAKIP minimal B', 50, 53.57), 2019: ('% PD dengan nilai AKIP min. B', 60, 57.14), 2020: ('Persentase Perangkat Daerah yang memperoleh nilai SAKIP minimal B', 70, 75.0)}),
 'o03': ('predikat', '+', 'grade', {2018: ('Predikat SAKIP Pemerintah Daerah', None, None), 2020: ('Predikat AKIP Kabupaten', None, None)}),
 'o04': ('indeks', '+', 'lvl', {2017: ('Indeks Reformasi Birokrasi', 50, 48.2), 2018: ('Nilai Indeks RB', 55, 56.71), 2019: ('Indeks RB Kabupaten Rantau Melati', 60, 61.35), 2020: ('Indeks Reformasi Birokrasi (RB)', 65, 63.9)}),
 'o05': ('unit kerja', '+', 'cnt', {2019: ('Jumlah unit kerja yang diusulkan menuju WBK', 2, 1), 2020: ('Unit kerja yang diusulkan Zona Integritas WBK', 3, 3)}),
 'o06': ('unit kerja', '+', 'cnt', {2018: ('Jumlah unit kerja yang mencanangkan Zona Integritas', 3, 3), 2019: ('Unit kerja yang membangun ZI', 5, 6), 2020: ('Jumlah unit kerja pembangunan zona integritas', 7, 7)}),
 'o07': ('indeks', '+', 'lvl', {2017: ('Indeks Kepuasan Masyarakat (IKM)', 75, 76.4), 2018: ('IKM', 77, 78.25), 2019: ('Nilai IKM Pelayanan Publik', 79, 80.6), 2020: ('Indeks Kepuasan Masyarakat terhadap Pelayanan Publik', 80, 82.13)}),
 'o08': ('%', '+', 'lvl', {2017: ('Persentase SKPD yang melakukan SKM', 60, 64.29), 2018: ('Persentase perangkat daerah yang melaksanakan Survei Kepuasan Masyarakat', 70, 67.86), 2019: ('Prosentase PD yang melaksanakan SKM', 80, 85.71), 2020: ('Persentase perangkat daerah yang melaksanakan SKM secara elektronik', 90, 92.86)}),
 'o09': ('%', '+', 'lvl', {2017: ('Persentase unit pelayanan yang menerapkan standar pelayanan', 50, 51.2), 2018: ('Persentase unit pelayanan publik yang menerapkan standar pelayanan', 60, 62.5), 2019: ('Persentase unit pelayanan yang telah menerapkan Standar Pelayanan', 70, 68.4), 2020: ('Unit pelayanan publik yang menerapkan standar pelayanan (%)', 80, 83.3)}),
 'o10': ('%', '+', 'lvl', {2017: ('Persentase SKPD yang memiliki SOP', 70, 71.43), 2018: ('Persentase perangkat daerah yang memiliki SOP AP', 80, 82.14), 2019: ('Persentase PD yang telah menyusun SOP', 90, 92.86)}),
 'o11': ('nilai', '+', 'lvl', {2018: ('Nilai kepatuhan standar pelayanan publik (Ombudsman)', 60, 58.33), 2019: ('Nilai Kepatuhan Pelayanan Publik', 70, 74.12), 2020: ('Skor Kepatuhan Ombudsman RI', 80, 81.6)}),
 'o12': ('%', '+', 'lvl', {2017: ('Persentase SKPD yang dievaluasi kelembagaannya', 25, 25), 2018: ('Persentase perangkat daerah yang dievaluasi kelembagaannya', 30, 32.14), 2019: ('Persentase evaluasi kelembagaan perangkat daerah', 40, 39.29), 2020: ('% Perangkat Daerah yang dievaluasi kelembagaan', 50, 53.57)}),
 'o13': ('PD', '+', 'lvl', {2017: ('Jumlah SKPD yang menyusun Analisis Jabatan dan ABK', 20, 18), 2018: ('Jumlah perangkat daerah yang menyusun anjab dan ABK', 28, 28), 2019: ('Jumlah PD yang telah menyusun Anjab-ABK', 30, 31), 2020: ('Perangkat daerah dengan dokumen Anjab dan ABK', 32, 32)}),
 'o14': ('jabatan', '+', 'cnt', {2019: ('Jumlah jabatan yang dievaluasi (evjab)', 150, 168), 2020: ('Jumlah jabatan yang telah dievaluasi', 200, 214)}),
 'o15': ('%', '+', 'lvl', {2017: ('Persentase rekomendasi hasil evaluasi AKIP yang ditindaklanjuti', 75, 70), 2018: ('Persentase tindak lanjut rekomendasi LHE SAKIP', 80, 84.5), 2020: ('Persentase rekomendasi LHE AKIP yang ditindaklanjuti', 90, 88.2)}),
 'o16': ('%', '+', 'lvl', {2017: ('Persentase SKPD yang menyampaikan LKjIP tepat waktu', 85, 82.14), 2018: ('Persentase PD yang menyampaikan LKjIP tepat waktu', 90, 92.86), 2019: ('Ketepatan waktu penyampaian LKjIP Perangkat Daerah (%)', 95, 96.43), 2020: ('Persentase perangkat daerah yang tepat waktu menyampaikan LKjIP', 100, 100)}),
 'o17': ('pengaduan', '-', 'cnt', {2018: ('Jumlah pengaduan pelayanan publik yang tidak terselesaikan', 10, 7), 2019: ('Jumlah pengaduan yang tidak ditindaklanjuti', 8, 9), 2020: ('Pengaduan pelayanan publik yang belum diselesaikan', 5, 3)}),
 'o18': ('inovasi', '+', 'cnt', {2017: ('Jumlah inovasi pelayanan publik', 5, 7), 2018: ('Inovasi Pelayanan Publik', 8, 8), 2019: ('Jumlah Inovasi Pelayanan Publik Perangkat Daerah', 10, 12), 2020: ('Jumlah inovasi pelayanan publik yang diterapkan', 12, 15)}),
}
SAS = [
 ('Meningkatnya akuntabilitas kinerja instansi pemerintah daerah', ['o01', 'o02', 'o03', 'o15', 'o16']),
 ('Meningkatnya kualitas pelaksanaan reformasi birokrasi', ['o04', 'o05', 'o06']),
 ('Meningkatnya efektivitas kelembagaan dan ketatalaksanaan', ['o12', 'o13', 'o14', 'o10']),
 ('Meningkatnya kualitas pelayanan publik', ['o07', 'o08', 'o09', 'o11', 'o17', 'o18']),
]
GRADES = {2018: ('B', 'B'), 2020: ('BB', 'B')}
KABAG = {2017: ('RUSMINI HANDAYANI, S.Sos, M.AP', 'Pembina', '19750617 199803 2 005'),
         2018: ('RUSMINI HANDAYANI, S.Sos, M.AP', 'Pembina', '19750617 199803 2 005'),
         2019: ('ADRIANSYAH PUTRA, S.STP, M.Si', 'Pembina', '19820411 200112 1 003'),
         2020: ('ADRIANSYAH PUTRA, S.STP, M.Si', 'Pembina', '19820411 200112 1 003')}
KEY = Key('Bagian Organisasi Sekretariat Daerah Kabupaten Rantau Melati', [2017, 2018, 2019, 2020])
def ids(year):
    return [(s, [i for i in lst if year in C[i][3]]) for s, lst in SAS]
def txt(v, unit, dec=2):
    """value as an OPD types it: '35,71 %', '18 SKPD'"""
    if float(v).is_integer():
        s = idn(v, 0)
    else:
        s = idn(v, dec)
    return f'{s} %' if unit == '%' else (f'{s} {unit}' if unit not in ('nilai', 'indeks') else s)

# ------------------------------------------------------------ 2017: numbers typed as text, 3-row header, starts at column B
def f2017():
    Y, fn = 2017, 'Pengkin Bag Organisasi 2017.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Pengkin 2017'
    for k, t in enumerate(['PENGUKURAN KINERJA', 'BAGIAN ORGANISASI SEKRETARIAT DAERAH', 'KABUPATEN RANTAU MELATI', 'TAHUN 2017']):
        title(ws, 1 + k, 2, 8, t)
    hdr = dict(bold=True, h='center', fill=GREY)
    for c, t in [(2, 'No'), (3, 'Sasaran Strategis'), (4, 'Indikator Kinerja'), (5, 'Satuan')]:
        merge(ws, 6, c, 8, c, t, **hdr)
    merge(ws, 6, 6, 6, 8, 'TAHUN 2017', **hdr)
    merge(ws, 7, 6, 7, 7, 'Kinerja', **hdr); merge(ws, 7, 8, 8, 8, '% Realisasi', **hdr)
    put(ws, 8, 6, 'Target', **hdr); put(ws, 8, 7, 'Realisasi', **hdr)
    unit17 = {'o13': 'SKPD', 'o18': 'inovasi'}
    r, no = 9, 1
    for s, lst in ids(Y):
        merge(ws, r, 3, r + len(lst) - 1, 3, s)
        for i in lst:
            unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
            u = unit17.get(i, unit)
            put(ws, r, 2, no, h='center'); put(ws, r, 4, name); put(ws, r, 5, u if u != 'nilai' else 'nilai', h='center')
            tt, kt = txt(t, u), t
            if i == 'o16':
                tt, kt = '8,5 %', 8.5  # MISTAKE: 85 % typed as 8,5 %
            put(ws, r, 6, tt, h='right'); put(ws, r, 7, txt(re, u), h='right')
            cap = round(re / t * 100, 2)
            if i == 'o08':
                cap = 64.29  # MISTAKE: realisasi copied into the % column (true 107,15)
            if i == 'o16':
                cap = round(re / 85 * 100, 2)  # computed against the intended 85
            put(ws, r, 8, idn(cap, 2), h='right')
            KEY.add(fn, ws.title, r, Y, name, i, kt, re)
            r += 1; no += 1
    r += 1
    ws.cell(row=r, column=3, value='Jumlah Anggaran Tahun 2017 : Rp. 1.246.870.000,-')
    ws.cell(row=r + 1, column=3, value='Jumlah Realisasi Anggaran : Rp. 1.198.552.350,-')
    ws.cell(row=r + 2, column=3, value='Serapan (%)')
    ws.cell(row=r + 2, column=4, value='=ROUND(1198552350/1246870000*100,2)')
    signature(ws, r + 4, 7, 'Rantau Melati, 29 Desember 2017', 'Kepala Bagian Organisasi,', *KABAG[Y])
    widths(ws, {'A': 2, 'B': 5, 'C': 30, 'D': 46, 'E': 10, 'F': 13, 'G': 13, 'H': 12})
    deliver(wb, AG, fn, KEY)

# ------------------------------------------------------------ 2018: LKjIP table, year headings merged, 2017 beside 2018
def f2018():
    Y, fn = 2018, 'LKjIP ORG 2018.xls'
    wb = Workbook(); cv = wb.active; cv.title = 'Sampul'
    for r, t in [(5, 'LAPORAN KINERJA INSTANSI PEMERINTAH'), (6, '(LKjIP) TAHUN 2018'), (9, 'BAGIAN ORGANISASI'), (10, 'SEKRETARIAT DAERAH KABUPATEN RANTAU MELATI')]:
        cv.cell(row=r, column=2, value=t).font = Font(bold=True, size=14)
    ws = wb.create_sheet('Capaian IKU')
    title(ws, 1, 1, 10, 'Tabel 3.1 Capaian Indikator Kinerja Bagian Organisasi Tahun 2018 dibandingkan Tahun 2017')
    hdr = dict(bold=True, h='center', fill=GREY)
    for c, t in [(1, 'No'), (2, 'Indikator Kinerja'), (3, 'Satuan')]:
        merge(ws, 3, c, 4, c, t, **hdr)
    merge(ws, 3, 4, 3, 5, '2017', **hdr); put(ws, 4, 4, 'Realisasi', **hdr); put(ws, 4, 5, 'Capaian', **hdr)
    merge(ws, 3, 6, 3, 8, '2018', **hdr)
    for c, t in [(6, 'Target'), (7, 'Realisasi'), (8, 'Capaian')]:
        put(ws, 4, c, t, **hdr)
    merge(ws, 3, 9, 4, 9, 'Target Akhir RPJMD (2021)', **hdr); merge(ws, 3, 10, 4, 10, 'Capaian s.d. 2018 thd RPJMD (%)', **hdr)
    rpjmd = {'o01': 70, 'o02': 80, 'o04': 70, 'o06': 10, 'o07': 82, 'o08': 100, 'o09': 100, 'o10': 100, 'o11': 90, 'o12': 100,
             'o13': 34, 'o15': 100, 'o16': 100, 'o17': 2, 'o18': 20}
    r, no = 5, 1
    for sn, (s, lst) in enumerate(ids(Y), 1):
        merge(ws, r, 1, r, 10, f'Sasaran {sn}: {s}', bold=True); r += 1
        for i in lst:
            unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
            pct = unit == '%'
            fmt = '0.00%' if pct else ('#,##0' if float(t or 0).is_integer() and float(re or 0).is_integer() else '#,##0.00')
            sc = (lambda x: round(x / 100, 6)) if pct else (lambda x: x)
            put(ws, r, 1, no, h='center'); put(ws, r, 2, name); put(ws, r, 3, unit, h='center')
            if kind == 'grade':
                gt, gr = GRADES[Y]
                put(ws, r, 4, 'CC', h='center'); put(ws, r, 5, '-', h='center')
                put(ws, r, 6, gt, h='center'); put(ws, r, 7, gr, h='center'); put(ws, r, 8, 100, fmt='0.00')
                put(ws, r, 9, 'BB', h='center'); put(ws, r, 10, '-', h='center')
                KEY.add(fn, ws.title, r, Y, name, i, None, None)
                r += 1; no += 1
                continue
            prev = C[i][3].get(2017)
            if prev:
                pr = prev[2]
                if i == 'o02':
                    pr = 37.51  # ODDITY: 2017 realisasi written 37,51 here, 35,71 in the 2017 workbook
                put(ws, r, 4, sc(pr), fmt=fmt); put(ws, r, 5, round(prev[2] / prev[1] * 100, 2), fmt='0.00')
            else:
                put(ws, r, 4, '-', h='center'); put(ws, r, 5, '-', h='center')
            put(ws, r, 6, sc(t), fmt=fmt); put(ws, r, 7, sc(re), fmt=fmt)
            if i == 'o07':
                put(ws, r, 8, 101.62, fmt='0.00')  # formula overwritten by a constant (true 101,62)
            else:
                # o17 negative: positive formula used (MISTAKE)
                put(ws, r, 8, f'=ROUND(G{r}/F{r}*100,2)', fmt='0.00')
            put(ws, r, 9, sc(rpjmd[i]), fmt=fmt)
            put(ws, r, 10, f'=ROUND(G{r}/I{r}*100,2)', fmt='0.00')
            KEY.add(fn, ws.title, r, Y, name, i, t, re)
            r += 1; no += 1
    ws.column_dimensions['E'].hidden = True
    r += 1
    put(ws, r, 2, 'Rata-rata capaian 2018', bold=True); put(ws, r, 8, f'=ROUND(AVERAGE(H6:H{r-2}),2)', fmt='0.00')
    signature(ws, r + 3, 7, 'Rantau Melati, 28 Februari 2019', 'Kepala Bagian Organisasi,', *KABAG[Y])
    widths(ws, {'A': 5, 'B': 50, 'C': 11, 'D': 11, 'E': 10, 'F': 11, 'G': 11, 'H': 10, 'I': 12, 'J': 13})
    deliver(wb, AG, fn, KEY)

# ------------------------------------------------------------ 2019 + 2020 in one .ods
TQ19 = {'o01': [0, 0, 0, 65], 'o04': [0, 0, 0, 60], 'o07': [0, 78, 0, 79], 'o11': [0, 0, 70, 70], 'o12': [10, 20, 30, 40],
        'o13': [22, 25, 28, 30], 'o16': [95, '-', '-', 95], 'o02': [15, 30, 45, 60], 'o08': [20, 40, 60, 80], 'o09': [17.5, 35, 52.5, 70],
        'o10': [22.5, 45, 67.5, 90]}
RQ19 = {'o01': [0, 0, 0, 63.8], 'o04': [0, 0, 0, 61.35], 'o07': [0, 79.4, 0, 80.6], 'o11': [0, 0, 74.12, 74.12], 'o12': [10.71, 21.43, 28.57, 39.29],
        'o13': [24, 27, 29, 31], 'o16': [96.43, '-', '-', 96.43], 'o02': [17.86, 32.14, 46.43, '57,14%'], 'o08': [25, 46.43, 71.43, 85.71],
        'o09': [18.2, 36.5, 'data belum masuk', 68.4], 'o10': [25, 50, 71.43, 92.86],
        'o05': [0, 0, 0, 1], 'o06': [0, 2, 1, 3], 'o14': [20, 45, 52, 51], 'o17': [3, 2, 1, 3], 'o18': [0, 3, 4, 5]}
def f2019_2020():
    fn = 'renaksi_organisasi_2019-2020.ods'
    wb = Workbook(); ws = wb.active; ws.title = 'RA 2019'
    Y = 2019
    title(ws, 1, 1, 15, 'RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN TAHUN 2019')
    title(ws, 2, 1, 15, 'BAGIAN ORGANISASI SETDA KABUPATEN RANTAU MELATI')
    hdr = dict(bold=True, h='center', fill=GREY)
    for c, t in [(1, 'No'), (2, 'Sasaran'), (3, 'Indikator Kinerja'), (4, 'Satuan'), (5, 'Target 2019'), (14, 'Capaian TW IV (%)'), (15, 'Ket.')]:
        merge(ws, 4, c, 5, c, t, **hdr)
    merge(ws, 4, 6, 4, 9, 'Target Triwulan', **hdr); merge(ws, 4, 10, 4, 13, 'Realisasi Triwulan', **hdr)
    for k, q in enumerate(['I', 'II', 'III', 'IV']):
        put(ws, 5, 6 + k, q, **hdr); put(ws, 5, 10 + k, q, **hdr)
    r, no = 6, 1
    for s, lst in ids(Y):
        merge(ws, r, 2, r + len(lst) - 1, 2, s)
        for i in lst:
            unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
            fmt = '#,##0' if kind == 'cnt' or i == 'o13' else '#,##0.00'
            put(ws, r, 1, no, h='center'); put(ws, r, 3, name); put(ws, r, 4, unit, h='center'); put(ws, r, 5, t, fmt=fmt)
            tq = q_split(t) if kind == 'cnt' else TQ19[i]
            for k in range(4):
                put(ws, r, 6 + k, tq[k], fmt=fmt, h='center' if isinstance(tq[k], str) else None)
                v = RQ19[i][k]
                put(ws, r, 10 + k, v, fmt=fmt, h='right' if isinstance(v, str) else None)
            if kind == 'cnt':
                real = sum(RQ19[i]); assert real == re, i
                # o17 negative, positive formula (MISTAKE)
                put(ws, r, 14, f'=ROUND(SUM(J{r}:M{r})/E{r}*100,2)', fmt='0.00')
            elif i == 'o02':
                real = 57.14; put(ws, r, 14, 95.23, fmt='0.00')
            else:
                real = RQ19[i][3]; assert real == re, i
                put(ws, r, 14, f'=ROUND(M{r}/E{r}*100,2)', fmt='0.00')
            if i == 'o16':
                put(ws, r, 15, 'diukur TW I dan TW IV')
            KEY.add(fn, ws.title, r, Y, name, i, t, real)
            r += 1; no += 1
    signature(ws, r + 2, 11, 'Rantau Melati, 10 Januari 2020', 'Kepala Bagian Organisasi,', *KABAG[Y])
    widths(ws, {'A': 5, 'B': 28, 'C': 44, 'D': 10, 'E': 10, 'O': 18})
    # ---- PK 2020: names merged over two rows, Realisasi left of Target, polarity column, title still says 2019
    Y = 2020
    ws = wb.create_sheet('PK 2020')
    title(ws, 1, 1, 8, 'PENGUKURAN KINERJA BAGIAN ORGANISASI SETDA TAHUN 2019')  # ODDITY: title not updated
    title(ws, 2, 1, 8, 'KABUPATEN RANTAU MELATI')
    for c, t in enumerate(['No', 'Indikator Kinerja', 'Satuan', 'Sifat', 'R', 'T', 'Capaian (%)', 'Keterangan'], 1):
        put(ws, 4, c, t, **hdr)
    for c in range(1, 9):
        put(ws, 5, c, f'({c})', h='center', italic=True)
    r, no = 6, 1
    for s, lst in ids(Y):
        merge(ws, r, 1, r, 8, s.upper(), bold=True); r += 1
        for i in lst:
            unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
            merge(ws, r, 1, r + 1, 1, no, h='center'); merge(ws, r, 2, r + 1, 2, name)
            merge(ws, r, 3, r + 1, 3, unit, h='center'); merge(ws, r, 4, r + 1, 4, '(+)' if pol == '+' else '(-)', h='center')
            if kind == 'grade':
                gt, gr = GRADES[Y]
                merge(ws, r, 5, r + 1, 5, gr, h='center'); merge(ws, r, 6, r + 1, 6, gt, h='center')
                merge(ws, r, 7, r + 1, 7, '-', h='center'); merge(ws, r, 8, r + 1, 8, 'di bawah target')
                KEY.add(fn, ws.title, r, Y, name, i, None, None)
                r += 2; no += 1
                continue
            pct = unit == '%'
            fmt = '0.00%' if pct else ('#,##0' if float(t).is_integer() and float(re).is_integer() else '#,##0.00')
            sc = (lambda x: round(x / 100, 6)) if pct else (lambda x: x)
            rv = sc(re)
            if i == 'o05':
                rv = '3 unit'
            merge(ws, r, 5, r + 1, 5, rv, fmt=fmt, h='right' if isinstance(rv, str) else None)
            merge(ws, r, 6, r + 1, 6, sc(t), fmt=fmt)
            if i == 'o17':
                f = f'=ROUND((F{r}-E{r})/F{r}*100,2)'  # negative: (T-R)/T
            elif i == 'o05':
                f = 100
            else:
                f = f'=ROUND(E{r}/F{r}*100,2)'
            merge(ws, r, 7, r + 1, 7, f, fmt='0.00')
            KEY.add(fn, ws.title, r, Y, name, i, t, re)
            r += 2; no += 1
    signature(ws, r + 2, 5, 'Rantau Melati, 8 Januari 2021', 'Kepala Bagian Organisasi,', *KABAG[Y])
    widths(ws, {'A': 5, 'B': 50, 'C': 11, 'D': 7, 'E': 11, 'F': 11, 'G': 11, 'H': 18})
    deliver(wb, AG, fn, KEY)

if __name__ == '__main__':
    f2017(); f2018(); f2019_2020()
    KEY.amb = [['o05', 'o06']]
    KEY.dump(os.path.join(ROOT, AG, 'key.json'))
    print(AG, len(KEY.rows), 'rows')
