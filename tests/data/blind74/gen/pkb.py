"""Agency 3: UPTD Pengujian Kendaraan Bermotor (uji KIR), Kota Tirta Kencana (invented), 2022-2025.

Files
  PKB_Rekap_Bulanan_2022.xls     sheet 'Rekap 2022'          monthly recap, a T row and an R row per indicator (2022)
  PKB_Capaian_IKU_2023.xlsx      sheet 'IKU 2023'            annual table turned over: indicators across (2023)
  PKB_Laporan_2024_2025.ods      sheet 'Renstra 2021-2026'   Renstra matrix, six years of targets + Realisasi 2024 (2024)
                                 sheet 'Kinerja 2025'        one banded block per indicator (name row, mini header,
                                                             value row); quarter cells are formulas into a hidden
                                                             sheet 'input TW' (2025)
"""
import random
from openpyxl import Workbook
from common import *

SLUG = 'uptd_pkb_kota_tirta_kencana'
FLOW = ['K01', 'K02', 'K06', 'K06b', 'K07', 'K08', 'K14', 'K16', 'K19', 'K20']
LEVEL = ['K03', 'K04', 'K05', 'K09', 'K10', 'K11', 'K12', 'K13', 'K15']
AG = Agency(SLUG, 'UPTD Pengujian Kendaraan Bermotor Dinas Perhubungan Kota Tirta Kencana',
            [2022, 2023, 2024, 2025], [['K06', 'K06b']], FLOW, LEVEL)
hdr = dict(bold=True, h='center', wrap=True, border=True, fill=HEAD_FILL)
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des']
D = '-'


# =====================================================================  2022
def rekap_2022():
    F = 'PKB_Rekap_Bulanan_2022.xls'
    SH = 'Rekap 2022'
    wb = Workbook()
    ws = wb.active
    ws.title = SH
    widths(ws, {'A': 5, 'B': 44, 'C': 9, 'D': 15, 'E': 5, 'R': 20})
    for c in 'FGHIJKLMNOPQ':
        ws.column_dimensions[c].width = 10
    merge(ws, 'A1:R1', 'REKAPITULASI BULANAN TARGET DAN REALISASI INDIKATOR KINERJA', bold=True, h='center')
    merge(ws, 'A2:R2', 'UPTD PENGUJIAN KENDARAAN BERMOTOR DINAS PERHUBUNGAN KOTA TIRTA KENCANA', bold=True, h='center')
    merge(ws, 'A3:R3', 'TAHUN 2022', bold=True, h='center')
    merge(ws, 'A5:A6', 'No', **hdr)
    merge(ws, 'B5:B6', 'Indikator Kinerja', **hdr)
    merge(ws, 'C5:C6', 'Satuan', **hdr)
    merge(ws, 'D5:D6', 'Target Tahunan 2022', **hdr)
    merge(ws, 'E5:E6', 'T/R', **hdr)
    merge(ws, 'F5:Q5', 'Bulan', **hdr)
    for c, m in zip('FGHIJKLMNOPQ', MON):
        put(ws, f'{c}6', m, **hdr)
    merge(ws, 'R5:R6', 'Keterangan', **hdr)
    sp = lambda tot, seed: split_int(tot, 12, random.Random(seed))
    # id, name, unit, (target cell, fmt, key), monthly targets (None = blank), monthly realisasi, note
    rows = [
        ('K01', 'Jumlah kendaraan bermotor yang diuji berkala', 'unit', (21000, THOU, 21000), [1750] * 12, sp(21684, 31), ''),
        ('K08', 'Jumlah kendaraan bermotor yang diuji pertama', 'unit', (1800, THOU, 1800), [150] * 12, sp(1934, 32), ''),
        ('K02', 'Jumlah kendaraan yang lulus uji berkala', 'unit', (19500, THOU, 19500), [1625] * 12, sp(20457, 33), ''),
        ('K03', 'Persentase kendaraan yang lulus uji berkala', '%', ('92 %', None, 92), [None] * 12,
         [93.8, 94.1, 94.6, 93.9, 94.4, 95.0, 94.8, 95.2, 95.1, 95.5, 95.4, 95.8], 'nilai bulan berjalan'),
        ('K04', 'Jumlah kendaraan wajib uji yang terdaftar', 'unit', (36000, THOU, 36000), [None] * 12,
         [35108, 35196, 35277, 35390, 35502, 35611, 35730, 35864, 35990, 36127, 36268, 36412], 'posisi akhir bulan'),
        ('K05', 'Persentase kendaraan wajib uji yang melakukan uji berkala', '%', (60, None, 60), [None] * 12,
         [58.2, 58.6, 59.0, 59.1, 59.5, 59.8, 60.1, 60.4, 60.2, 60.7, 61.0, 0.612], ''),
        ('K19', 'Jumlah kendaraan angkutan umum yang diuji', 'unit', (3200, THOU, 3200), [None] * 12, sp(3311, 34), ''),
        ('HID', 'Jumlah kendaraan yang diuji dengan unit uji keliling', 'unit', (600, None, None), [50] * 12, [D] * 12, 'batal - unit belum datang'),
        ('K16', 'Jumlah kendaraan tidak lulus yang melakukan uji ulang', 'unit', (1500, THOU, 1500), [125] * 12, sp(1438, 35), ''),
        ('K06', 'Jumlah buku uji yang diterbitkan', 'buku', (20000, THOU, 20000), [None] * 12, sp(20611, 36), ''),
        ('K07', 'Pendapatan retribusi pengujian kendaraan bermotor', 'Rp', (2100000000, THOU, 2100000000), [175000000] * 12,
         [x * 50000 for x in split_int(43749, 12, random.Random(37))], ''),
        ('K09', 'Rata-rata waktu pelayanan uji per kendaraan (menit)', 'menit', ('≤ 45', None, 45), [None] * 12,
         [44, 44, 43, 42, 42, 41, 40, 40, 39, 39, 38, 38], 'indikator negatif'),
        ('K10', 'Persentase alat uji yang terkalibrasi', '%', (100, None, 100), [None, None, 100, None, None, 100, None, None, 100, None, None, 100],
         [D, D, 100, D, D, 100, D, D, 96.5, D, D, D], 'tera ulang Des. ditunda'),
        ('K11', 'Indeks kepuasan masyarakat terhadap layanan pengujian', 'nilai', (80, None, 80), [None] * 12,
         [D, D, D, D, D, 80.7, D, D, D, D, D, 81.9], 'survei per semester'),
        ('K12', 'Jumlah penguji yang bersertifikat kompetensi', 'orang', (14, None, 14), [None] * 12,
         [12, 12, 12, 12, 13, 13, 13, 13, 14, 14, 14, 14], ''),
        ('K14', 'Jumlah pelaksanaan uji petik kendaraan di jalan', 'kali', (24, None, 24), [2] * 12,
         [2, 2, 2, 3, 2, 2, 2, 3, 2, 2, 2, 2], ''),
        ('K20', 'Jumlah sosialisasi keselamatan dan laik jalan kendaraan', 'kali', (12, None, 12), [1] * 12,
         [1, D, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1], ''),
    ]
    r = 7
    no = 0
    for iid, name, unit, (tv, tf, tk), mt, mr, note in rows:
        if iid != 'HID':
            no += 1
            merge(ws, f'A{r}:A{r+1}', no, h='center', v='top', border=True)
        else:
            merge(ws, f'A{r}:A{r+1}', None, border=True)
        merge(ws, f'B{r}:B{r+1}', name, wrap=True, v='top', border=True)
        merge(ws, f'C{r}:C{r+1}', unit, h='center', v='top', border=True)
        merge(ws, f'D{r}:D{r+1}', tv, fmt=tf, h='right', v='top', border=True)
        put(ws, f'E{r}', 'T', h='center', border=True)
        put(ws, f'E{r+1}', 'R', h='center', border=True)
        reals = []
        for c, t, v in zip('FGHIJKLMNOPQ', mt, mr):
            put(ws, f'{c}{r}', t, fmt=THOU if isinstance(t, int) and t >= 1000 else None, h='right', border=True)
            put(ws, f'{c}{r+1}', v, fmt=THOU if isinstance(v, int) and v >= 1000 else None, h='right', border=True)
            reals.append(v if isinstance(v, (int, float)) else None)
        merge(ws, f'R{r}:R{r+1}', note, wrap=True, v='top', border=True)
        if iid == 'HID':
            ws.row_dimensions[r].hidden = True
            ws.row_dimensions[r + 1].hidden = True
        else:
            flow = iid in FLOW
            AG.key(F, SH, f'B{r}', 2022, name, iid, tk, realise(reals, flow), one(f'D{r}'),
                   agg([f'{c}{r+1}' for c in 'FGHIJKLMNOPQ'], flow), ws)
        r += 2
    r += 1
    put(ws, f'B{r}', 'T = target bulanan; R = realisasi bulanan. Indikator persentase/indeks/waktu diisi nilai bulan berjalan.', italic=True)
    put(ws, f'B{r+1}', "'-' = tidak ada pengukuran pada bulan tersebut.", italic=True)
    r += 3
    for i, t in enumerate(['Tirta Kencana, 5 Januari 2023', 'Kepala UPTD Pengujian Kendaraan Bermotor', '', '', '',
                           'AGUS SALIM HARAHAP, S.T., M.T.', 'Penata Tk. I (III/d)', 'NIP. 19780605 200501 1 009']):
        if t:
            put(ws, f'M{r+i}', t, bold=(i == 5))
    ws.freeze_panes = 'F7'
    AG.save(wb, F)


# =====================================================================  2023
def iku_2023():
    F = 'PKB_Capaian_IKU_2023.xlsx'
    SH = 'IKU 2023'
    wb = Workbook()
    ws = wb.active
    ws.title = SH
    ws.column_dimensions['A'].width = 3
    ws.column_dimensions['B'].width = 18
    merge(ws, 'B1:T1', 'CAPAIAN INDIKATOR KINERJA UTAMA (IKU) TAHUN 2023', bold=True, h='center')
    merge(ws, 'B2:T2', 'UPTD PENGUJIAN KENDARAAN BERMOTOR KOTA TIRTA KENCANA', bold=True, h='center')
    merge(ws, 'B3:T3', '(format ringkas untuk papan informasi kinerja)', italic=True, h='center')
    cols = [
        ('C', 'K01', 'Jumlah Kendaraan\nyang Diuji (Uji Berkala)', 'unit', '+', (22000, THOU, 22000), (22745, THOU, 22745)),
        ('D', 'K08', 'Jumlah Kendaraan\nyang Diuji (Uji Pertama)', 'unit', '+', (2000, THOU, 2000), (2156, THOU, 2156)),
        ('E', 'K02', 'Jumlah Kendaraan Lulus Uji Berkala', 'unit', '+', (20500, THOU, 20500), (21380, THOU, 21380)),
        ('F', 'K03', 'Prosentase Kendaraan Lulus Uji Berkala', '%', '+', (93, None, 93), ('=ROUND(E10/C10*100,2)', DEC2, round(21380 / 22745 * 100, 2))),
        ('G', 'K04', 'Jumlah Kendaraan Wajib Uji Terdaftar', 'unit', '+', (37500, THOU, 37500), ('37.208 unit', None, 37208)),
        ('H', 'K05', 'Tingkat Kepatuhan Uji Berkala (%)', '%', '+', (0.62, PCT0, 62), (0.611, PCT1, 61.1)),
        ('I', 'K19', 'Jumlah Angkutan Umum yang Diuji', 'unit', '+', (3300, THOU, 3300), (3412, THOU, 3412)),
        ('J', 'K16', 'Jumlah Kendaraan Uji Ulang', 'unit', '+', (1450, THOU, 1450), (1366, THOU, 1366)),
        ('K', 'K06', 'Jumlah Buku Uji / Tanda Uji yang Diterbitkan', 'buku', '+', (21000, THOU, 21000), (21790, THOU, 21790)),
        ('L', 'K07', 'Pendapatan Retribusi Pengujian Kendaraan Bermotor (Rp)', 'Rp', '+', (23000000000, THOU, 23000000000),
         (2412650000, THOU, 2412650000)),
        ('M', 'K09', 'Waktu Pelayanan Pengujian per Kendaraan', 'menit', '-', ('≤ 40 menit', None, 40), ('36,5 menit', None, 36.5)),
        ('N', 'K10', 'Persentase Alat Uji Terkalibrasi / Tera Ulang', '%', '+', (100, None, 100), (100, None, 100)),
        ('O', 'K11', 'IKM Layanan Pengujian Kendaraan Bermotor', 'nilai', '+', ('82 - 84', None, 82), (83.47, None, 83.47)),
        ('P', 'K12', 'Jumlah Tenaga Penguji Bersertifikat', 'orang', '+', (16, None, 16), (15, None, 15)),
        ('Q', 'K13', 'Akreditasi Unit Pelaksana Uji Berkala', 'predikat', '+', ('A', None, None), ('B', None, None)),
        ('R', 'K14', 'Jumlah Uji Petik / Operasi Gabungan Kendaraan', 'kali', '+', (24, None, 24), (25, None, 25)),
        ('S', 'K15', 'Persentase Pendaftaran Uji Secara Online', '%', '+', (30, None, 30), ('34,6 %', None, 34.6)),
        ('T', 'K20', 'Jumlah Sosialisasi Laik Jalan', 'kali', '+', (12, None, 12), (14, None, 14)),
    ]
    groups = [('C', 'F', 'Sasaran 1: Meningkatnya kendaraan bermotor yang laik jalan'),
              ('G', 'J', 'Sasaran 2: Meningkatnya kepatuhan uji berkala'),
              ('K', 'P', 'Sasaran 3: Meningkatnya kualitas layanan pengujian'),
              ('Q', 'T', 'Sasaran 4: Meningkatnya tata kelola dan pengawasan')]
    for a, b, t in groups:
        merge(ws, f'{a}5:{b}5', t, **hdr)
    put(ws, 'B5', None, border=True)
    for r, t in [(6, 'Indikator Kinerja'), (7, 'Satuan'), (8, 'Sifat'), (9, 'Target 2023'), (10, 'Realisasi 2023'),
                 (11, 'Capaian (%)'), (12, 'Sumber data')]:
        put(ws, f'B{r}', t, bold=True, border=True, fill=HEAD_FILL)
    ws.row_dimensions[6].height = 62
    for c, iid, name, unit, sifat, (tv, tf, tk), (rv, rf, rk) in cols:
        ws.column_dimensions[c].width = 14
        put(ws, f'{c}6', name, **hdr)
        put(ws, f'{c}7', unit, h='center', border=True)
        put(ws, f'{c}8', sifat, h='center', border=True)
        put(ws, f'{c}9', tv, fmt=tf, h='right', border=True)
        put(ws, f'{c}10', rv, fmt=rf, h='right', border=True)
        if iid == 'K13':
            put(ws, f'{c}11', '-', h='center', border=True)
        elif iid == 'K09':
            put(ws, f'{c}11', round((2 * 40 - 36.5) / 40 * 100, 2), fmt=DEC2, border=True)
        elif isinstance(tv, (int, float)) and not (isinstance(rv, str) and not rv.startswith('=')):
            put(ws, f'{c}11', f'=ROUND({c}10/{c}9*100,2)', fmt=DEC2, border=True)
        else:
            put(ws, f'{c}11', round(rk / tk * 100, 2), fmt=DEC2, border=True)
        put(ws, f'{c}12', 'e-KIR' if unit in ('unit', 'buku') else 'rekap UPTD', h='center', border=True)
        AG.key(F, SH, f'{c}6', 2023, name, iid, tk, rk, one(f'{c}9'), one(f'{c}10'), ws)
    put(ws, 'B14', 'Sifat (+): semakin tinggi semakin baik; (-): semakin rendah semakin baik.', italic=True)
    put(ws, 'B15', 'Realisasi retribusi sesuai STS yang disetor ke Kas Daerah s.d. 31 Desember 2023.', italic=True)
    for i, t in enumerate(['Tirta Kencana, 8 Januari 2024', 'Kepala UPTD Pengujian Kendaraan Bermotor', '', '', '',
                           'AGUS SALIM HARAHAP, S.T., M.T.', 'Penata Tk. I (III/d)', 'NIP. 19780605 200501 1 009']):
        if t:
            put(ws, f'P{17+i}', t, bold=(i == 5))
    AG.save(wb, F)


# =====================================================================  2024 + 2025
def laporan_2024_2025():
    F = 'PKB_Laporan_2024_2025.ods'
    wb = Workbook()
    renstra_2024(wb.active, F)
    kinerja_2025(wb, F)
    AG.save(wb, F)


def renstra_2024(ws, F):
    SH = 'Renstra 2021-2026'
    ws.title = SH
    widths(ws, {'A': 5, 'B': 26, 'C': 42, 'D': 9, 'O': 22})
    for c in 'EFGHIJKLMN':
        ws.column_dimensions[c].width = 13
    merge(ws, 'A1:O1', 'MATRIKS RENCANA STRATEGIS 2021-2026 DAN CAPAIAN TAHUN 2024', bold=True, h='center')
    merge(ws, 'A2:O2', 'UPTD PENGUJIAN KENDARAAN BERMOTOR DINAS PERHUBUNGAN KOTA TIRTA KENCANA', bold=True, h='center')
    merge(ws, 'A3:O3', '(Renstra Perubahan, Perwali No. 17 Tahun 2024)', italic=True, h='center')
    merge(ws, 'A5:A6', 'No', **hdr)
    merge(ws, 'B5:B6', 'Sasaran', **hdr)
    merge(ws, 'C5:C6', 'Indikator Kinerja', **hdr)
    merge(ws, 'D5:D6', 'Satuan', **hdr)
    merge(ws, 'E5:E6', 'Kondisi Kinerja Awal (2020)', **hdr)
    merge(ws, 'F5:K5', 'Target Kinerja Tahun', **hdr)
    for c, y in zip('FGHIJK', range(2021, 2027)):
        put(ws, f'{c}6', str(y), **hdr)
    merge(ws, 'L5:L6', 'Kondisi Kinerja pada Akhir Periode Renstra', **hdr)
    merge(ws, 'M5:N5', 'Tahun 2024', **hdr)
    put(ws, 'M6', 'Realisasi', **hdr)
    put(ws, 'N6', 'Capaian (%)', **hdr)
    merge(ws, 'O5:O6', 'Penanggung Jawab', **hdr)
    for i, c in enumerate('ABCDEFGHIJKLMNO', start=1):
        put(ws, f'{c}7', f'({i})', h='center', border=True)
    S1 = 'Meningkatnya kendaraan bermotor yang laik jalan'
    S2 = 'Meningkatnya kepatuhan uji berkala'
    S3 = 'Meningkatnya kualitas layanan dan tata kelola pengujian'
    PJ1, PJ2 = 'Seksi Pengujian', 'Subbag Tata Usaha'
    # id, name, unit, [awal, 2021..2026, akhir], realisasi (value, fmt, key), negative?
    rows = [
        ('T', 'TUJUAN : Meningkatnya keselamatan lalu lintas dan angkutan jalan'),
        (S1, 'K01', 'Jumlah kendaraan bermotor diuji berkala', 'unit', [19850, 20000, 21000, 22000, 23000, 24000, 25000, 25000], (23512, THOU, 23512), PJ1),
        (S1, 'K08', 'Jumlah kendaraan bermotor diuji pertama kali', 'unit', [1650, 1700, 1800, 2000, 2100, 2200, 2300, 2300], (2087, THOU, 2087), PJ1),
        (S1, 'K02', 'Jumlah kendaraan lulus uji berkala', 'unit', [18400, 18600, 19500, 20500, 21500, 22500, 23500, 23500], (22106, THOU, 22106), PJ1),
        (S1, 'K03', 'Persentase kelulusan uji berkala kendaraan bermotor', '%', [92.7, 92, 92, 93, 93, 94, 94, 94], ('WRONG', DEC2, None), PJ1),
        (S1, 'K19', 'Jumlah kendaraan angkutan umum yang diuji berkala', 'unit', [3050, 3100, 3200, 3300, 3400, 3450, 3500, 3500], (3356, THOU, 3356), PJ1),
        (S1, 'K16', 'Jumlah kendaraan yang melaksanakan uji ulang', 'unit', [1620, 1550, 1500, 1450, 1400, 1350, 1300, 1300], (1405, THOU, 1405), PJ1),
        (S2, 'K04', 'Jumlah kendaraan wajib uji terdaftar di UPTD', 'unit', [34500, 35000, 36000, 37500, 38500, 39500, 40500, 40500], (38650, THOU, 38650), PJ1),
        (S2, 'K05', 'Persentase kepatuhan kendaraan wajib uji melakukan uji berkala', '%', [57.5, 58, 60, 62, 64, 65, 66, 66], ('60,8 %', None, 60.8), PJ1),
        (S2, 'K15', 'Persentase pendaftaran uji berkala melalui aplikasi online', '%', [D, D, D, 30, 50, 70, 80, 80], ('57,2', None, 57.2), PJ2),
        (S2, 'K14', 'Jumlah kegiatan uji petik kendaraan di jalan', 'kali', [24, 24, 24, 24, 24, 24, 24, 24], (22, None, 22), PJ1),
        (S3, 'K06b', 'Jumlah kartu uji elektronik (BLUe) yang diterbitkan', 'kartu', [D, D, D, D, 22000, 23500, 25000, 25000], (22960, THOU, 22960), PJ1),
        (S3, 'K07', 'Realisasi retribusi pengujian kendaraan bermotor', 'Rp',
         [1950000000, 2000000000, 2100000000, 2300000000, 2450000000, 2600000000, 2750000000, 2750000000], (2501380000, THOU, 2501380000), PJ2),
        (S3, 'K09', 'Rata - rata waktu layanan pengujian kendaraan', 'menit', [48, 45, 45, 40, 35, 30, 30, 30], (33, None, 33), PJ1),
        (S3, 'K10', 'Persentase peralatan pengujian yang terkalibrasi', '%', [100] * 8, (92.3, None, 92.3), PJ1),
        (S3, 'K11', 'Indeks Kepuasan Masyarakat (IKM) UPTD PKB', 'nilai', [79.2, 80, 80, 82, 83, 84, 85, 85], (84.1, None, 84.1), PJ2),
        (S3, 'K12', 'Jumlah penguji bersertifikat kompetensi', 'orang', [12, 13, 14, 16, 17, 18, 20, 20], (18, None, 18), PJ2),
        (S3, 'K13', 'Status akreditasi UPUBKB', 'predikat', ['B', 'B', 'B', 'A', 'A', 'A', 'A', 'A'], ('A', None, None), PJ2),
        (S3, 'K20', 'Jumlah kegiatan sosialisasi keselamatan kendaraan', 'kali', [12] * 8, (12, None, 12), PJ1),
    ]
    # first pass for row numbers (the wrong formula points at K04 instead of K01)
    r = 8
    rowof = {}
    for x in rows:
        if x[0] != 'T':
            rowof[x[1]] = r
        r += 1
    r = 8
    groups = {}
    no = 0
    for x in rows:
        if x[0] == 'T':
            merge(ws, f'A{r}:O{r}', x[1], bold=True, fill=BAND_FILL, border=True)
            r += 1
            continue
        sas, iid, name, unit, ts, (rv, rf, rk), pj = x
        no += 1
        groups.setdefault(sas, []).append(r)
        put(ws, f'A{r}', no, h='center', border=True)
        put(ws, f'C{r}', name, wrap=True, border=True)
        put(ws, f'D{r}', unit, h='center', border=True)
        for c, v in zip('EFGHIJKL', ts):
            put(ws, f'{c}{r}', v, fmt=THOU if isinstance(v, int) and v >= 1000 else None, h='right', border=True)
        if rv == 'WRONG':
            put(ws, f'M{r}', f'=ROUND(M{rowof["K02"]}/M{rowof["K04"]}*100,2)', fmt=DEC2, border=True)
            rk = round(22106 / 38650 * 100 + 1e-12, 2)
        else:
            put(ws, f'M{r}', rv, fmt=rf, h='right', border=True)
        if iid == 'K13':
            put(ws, f'N{r}', '-', h='center', border=True)
        elif iid == 'K09':
            put(ws, f'N{r}', f'=ROUND((2*I{r}-M{r})/I{r}*100,2)', fmt=DEC2, border=True)
        elif isinstance(rv, str) and rv != 'WRONG':
            put(ws, f'N{r}', round(rk / ts[4] * 100, 2), fmt=DEC2, border=True)
        else:
            put(ws, f'N{r}', f'=ROUND(M{r}/I{r}*100,2)', fmt=DEC2, border=True)
        put(ws, f'O{r}', pj, border=True)
        tk = ts[4] if isinstance(ts[4], (int, float)) else None
        AG.key(F, SH, f'C{r}', 2024, name, iid, tk, rk, one(f'I{r}'), one(f'M{r}'), ws)
        r += 1
    for sas, rs in groups.items():
        merge(ws, f'B{rs[0]}:B{rs[-1]}', sas, wrap=True, v='top', border=True)
    r += 1
    put(ws, f'A{r}', 'Catatan: kartu uji elektronik (BLUe) menggantikan buku uji mulai 1 Januari 2024 (Permenhub 19/2021).', italic=True)
    put(ws, f'A{r+1}', 'Target akreditasi mengacu pada penilaian Ditjen Hubdat.', italic=True)
    r += 3
    for i, t in enumerate(['Tirta Kencana, 10 Januari 2025', 'Kepala UPTD Pengujian Kendaraan Bermotor', '', '', '',
                           'BUDI SANTOSO WIRAWAN, A.TD., M.M.', 'Pembina (IV/a)', 'NIP. 19830112 200604 1 002']):
        if t:
            put(ws, f'L{r+i}', t, bold=(i == 5))
    ws.freeze_panes = 'E8'


def kinerja_2025(wb, F):
    SH = 'Kinerja 2025'
    ws = wb.create_sheet(SH)
    wi = wb.create_sheet('input TW')
    widths(ws, {'A': 16, 'B': 10, 'C': 18, 'D': 13, 'E': 13, 'F': 13, 'G': 13, 'H': 16, 'I': 12})
    merge(ws, 'A1:I1', 'LAPORAN KINERJA UPTD PENGUJIAN KENDARAAN BERMOTOR', bold=True, h='center')
    merge(ws, 'A2:I2', 'KOTA TIRTA KENCANA TAHUN 2025', bold=True, h='center')
    merge(ws, 'A3:I3', 'Triwulan diambil otomatis dari lembar input; Realisasi 2025 = jumlah (indikator jumlah) atau TW IV (indikator nilai)',
          italic=True, h='center', wrap=True)
    ws.row_dimensions[3].height = 30
    put(wi, 'A1', 'INPUT TRIWULAN 2025 (jangan diubah strukturnya)')
    for c, t in zip('ABCDEF', ['kode', 'indikator', 'TW I', 'TW II', 'TW III', 'TW IV']):
        put(wi, f'{c}2', t, bold=True)
    S = ['SASARAN 1 : Meningkatnya kendaraan bermotor yang laik jalan',
         'SASARAN 2 : Meningkatnya kepatuhan uji berkala',
         'SASARAN 3 : Meningkatnya kualitas layanan dan tata kelola pengujian']
    # sas index, id, name, unit, sifat, target (value, fmt, key), quarters, H mode
    # H mode: 'sum' | 'last' | 'sum3' (wrong: omits TW IV) | ('typed', v)
    blocks = [
        (0, 'K01', '1. Jumlah kendaraan yang diuji berkala', 'unit', '+', (24000, THOU, 24000), [5980, 6120, 6240, 6311], 'sum3'),
        (0, 'K08', '2. Jumlah kendaraan yang diuji pertama', 'unit', '+', (2200, THOU, 2200), [540, 566, 581, 602], 'sum'),
        (0, 'K02', '3. Jumlah kendaraan lulus uji', 'unit', '+', (22500, THOU, 22500), [5620, 5790, 5880, 5968], 'sum'),
        (0, 'K03', '4. Persentase kendaraan lulus uji berkala', '%', '+', ((0.94, PCT0), 94), [94.0, 94.6, 94.2, 95.2], 'last'),
        (1, 'K04', '5. Kendaraan wajib uji terdaftar', 'unit', '+', (39500, THOU, 39500), [38950, 39210, 39480, 39702], 'last'),
        (1, 'K05', '6. Persentase kendaraan wajib uji yg melaksanakan uji berkala', '%', '+', (65, None, 65), [61.5, 62.2, 63.0, 63.4], 'last'),
        (2, 'K06b', '7. Jumlah kartu BLUe diterbitkan', 'kartu', '+', (23500, THOU, 23500), [5810, 5930, 6020, 6105], 'sum'),
        (2, 'K07', '8. Retribusi pengujian kendaraan bermotor', 'Rp', '+', ('Rp 2.600.000.000', None, 2600000000),
         [648250000, 662100000, 671400000, 690750000], 'sum'),
        (2, 'K09', '9. Waktu layanan uji per kendaraan (menit)', 'menit', '-', (30, None, 30), [31.0, 30.0, 29.0, 28.5], 'last'),
        (2, 'K10', '10. % alat uji terkalibrasi', '%', '+', (100, None, 100), [100, 100, 92.0, 92.0], ('typed', 85)),
        (2, 'K11', '11. Indeks kepuasan masyarakat', 'nilai', '+', (84, None, 84), [D, 84.2, D, 85.0], 'last'),
        (2, 'K12', '12. Penguji bersertifikat kompetensi', 'orang', '+', (18, None, 18), [17, 17, 18, 18], 'last'),
        (2, 'K13', '13. Nilai akreditasi unit pelaksana pengujian', 'predikat', '+', ('A', None, None), [D, D, D, 'A'], 'last'),
        (1, 'K15', '14. % pendaftaran uji online', '%', '+', ('≥ 70 %', None, 70), [66.0, 69.5, 72.8, 74.8], 'last'),
        (0, 'K16', '15. Kendaraan yang diuji ulang', 'unit', '+', (1350, THOU, 1350), [330, 342, 351, 329], 'sum'),
        (0, 'K19', '16. Angkutan umum diuji', 'unit', '+', (3450, THOU, 3450), [850, 866, 874, 882], 'sum'),
        (2, 'K20', '17. Sosialisasi keselamatan kendaraan (kali)', 'kali', '+', (12, None, 12), [3, 3, 3, 4], 'sum'),
    ]
    # the clerk kept the numbering but grouped the blocks by sasaran
    order = sorted(range(len(blocks)), key=lambda i: (blocks[i][0], i))
    r = 5
    cur = None
    ir = 3
    first_vals, caps = [], []
    for i in order:
        sidx, iid, name, unit, sifat, tspec, qs, mode = blocks[i]
        if len(tspec) == 2:
            (tv, tf), tk = tspec
        else:
            tv, tf, tk = tspec
        if sidx != cur:
            merge(ws, f'A{r}:I{r}', S[sidx], bold=True, fill=HEAD_FILL, border=True)
            cur = sidx
            r += 2
        merge(ws, f'A{r}:I{r}', name, bold=True, fill=BAND_FILL, border=True)
        for c, t in zip('ABCDEFGHI', ['Satuan', 'Sifat', 'Target 2025', 'TW I', 'TW II', 'TW III', 'TW IV',
                                      'Realisasi 2025', 'Capaian (%)']):
            put(ws, f'{c}{r+1}', t, bold=True, h='center', border=True)
        v = r + 2
        put(ws, f'A{v}', unit, h='center', border=True)
        put(ws, f'B{v}', sifat, h='center', border=True)
        put(ws, f'C{v}', tv, fmt=tf, h='right', border=True)
        # hidden input sheet row
        put(wi, f'A{ir}', iid)
        put(wi, f'B{ir}', name.split('. ', 1)[1])
        big = any(isinstance(q, (int, float)) and q >= 1000 for q in qs)
        for c_in, c_out, q in zip('CDEF', 'DEFG', qs):
            put(wi, f'{c_in}{ir}', q, fmt=THOU if big else None)
            put(ws, f'{c_out}{v}', f"='input TW'!{c_in}{ir}", fmt=THOU if big else None, h='right', border=True)
        if mode == 'sum':
            put(ws, f'H{v}', f'=SUM(D{v}:G{v})', fmt=THOU if big else None, border=True)
            hk = sum(qs)
        elif mode == 'sum3':
            put(ws, f'H{v}', f'=SUM(D{v}:F{v})', fmt=THOU, border=True)
            hk = sum(qs[:3])
        elif mode == 'last':
            put(ws, f'H{v}', f'=G{v}', fmt=THOU if big else None, border=True)
            hk = qs[-1] if isinstance(qs[-1], (int, float)) else None
        else:
            put(ws, f'H{v}', mode[1], border=True)
            hk = mode[1]
        if iid == 'K13':
            put(ws, f'I{v}', '-', h='center', border=True)
        elif sifat == '-':
            put(ws, f'I{v}', f'=ROUND((2*C{v}-H{v})/C{v}*100,2)', fmt=DEC2, border=True)
            caps.append(f'I{v}')
        elif isinstance(tv, str):
            put(ws, f'I{v}', f'=ROUND(H{v}/{tk}*100,2)', fmt=DEC2, border=True)
            caps.append(f'I{v}')
        else:
            put(ws, f'I{v}', f'=ROUND(H{v}/C{v}*100,2)', fmt=DEC2, border=True)
            caps.append(f'I{v}')
        AG.key(F, SH, f'A{r}', 2025, name, iid, tk, hk, one(f'C{v}'), one(f'H{v}'), ws)
        ir += 1
        r += 4
    put(ws, f'A{r}', 'Rata-rata capaian kinerja', bold=True)
    put(ws, f'I{r}', '=ROUND(AVERAGE(' + ','.join(caps) + '),2)', fmt=DEC2, bold=True)
    put(ws, f'A{r+1}', 'Predikat', bold=True)
    put(ws, f'I{r+1}', 'Sangat Tinggi')
    r += 3
    for i, t in enumerate(['Tirta Kencana, 9 Januari 2026', 'Kepala UPTD Pengujian Kendaraan Bermotor', '', '', '',
                           'BUDI SANTOSO WIRAWAN, A.TD., M.M.', 'Pembina (IV/a)', 'NIP. 19830112 200604 1 002']):
        if t:
            put(ws, f'F{r+i}', t, bold=(i == 5))
    wi.sheet_state = 'hidden'


if __name__ == '__main__':
    rekap_2022()
    iku_2023()
    laporan_2024_2025()
    AG.write()
