"""Agency 2: UPTD Balai Latihan Kerja (BLK), Provinsi Sagara Timur (invented), 2020-2023.

Files
  BLK_LKjIP_2020.xlsx        sheet 'Tabel 3.1'           LKjIP chapter III table with 2017-2019 columns (2020)
  BLK_Renaksi_2021.ods       sheet 'Renaksi 2021'        PK Awal / PK Perubahan + quarters, realisasi 's.d. TW' (2021)
  BLK_PK_2022_2023.xls       sheets 'PK 2022 Hal.1', 'PK 2022 Hal.2'   annual PK split over two sheets,
                                                          Hal.2 pasted twice (2022)
                             sheet 'Kartu Kinerja 2023'  indicator cards, two side by side (2023)
"""
from openpyxl import Workbook
from common import *

SLUG = 'uptd_blk_prov_sagara_timur'
FLOW = ['B01', 'B02', 'B04', 'B05', 'B06', 'B09', 'B10', 'B11', 'B12', 'B13', 'B15', 'B17', 'B18']
LEVEL = ['B03', 'B07', 'B07b', 'B08', 'B14', 'B16', 'B19', 'B20', 'B21']
AG = Agency(SLUG, 'UPTD Balai Latihan Kerja (BLK) Dinas Tenaga Kerja dan Transmigrasi Provinsi Sagara Timur',
            [2020, 2021, 2022, 2023], [['B07', 'B07b']], FLOW, LEVEL)
hdr = dict(bold=True, h='center', wrap=True, border=True, fill=HEAD_FILL)


# =====================================================================  2020
def lkjip_2020():
    F = 'BLK_LKjIP_2020.xlsx'
    SH = 'Tabel 3.1'
    wb = Workbook()
    ws = wb.active
    ws.title = SH
    widths(ws, {'A': 5, 'B': 48, 'C': 10, 'D': 10, 'E': 10, 'F': 10, 'G': 12, 'H': 12, 'I': 11, 'J': 12, 'K': 14})
    merge(ws, 'A1:K1', 'BAB III AKUNTABILITAS KINERJA', bold=True, h='center')
    merge(ws, 'A2:K2', 'A. Capaian Kinerja Organisasi', bold=True)
    merge(ws, 'A3:K3', 'Tabel 3.1 Capaian Indikator Kinerja UPTD BLK Provinsi Sagara Timur Tahun 2020 '
                       'dibandingkan dengan Tahun Sebelumnya dan Target Akhir Renstra', italic=True, wrap=True)
    ws.row_dimensions[3].height = 30
    merge(ws, 'A5:A6', 'No', **hdr)
    merge(ws, 'B5:B6', 'Indikator Kinerja', **hdr)
    merge(ws, 'C5:C6', 'Satuan', **hdr)
    merge(ws, 'D5:F5', 'Realisasi Tahun Sebelumnya', **hdr)
    merge(ws, 'G5:I5', 'Tahun 2020', **hdr)
    merge(ws, 'J5:J6', 'Target Akhir Renstra (2023)', **hdr)
    merge(ws, 'K5:K6', 'Capaian s.d. 2020 thd Target Akhir Renstra (%)', **hdr)
    for c, t in zip('DEFGHI', ['2017', '2018', '2019', 'Target', 'Realisasi', 'Capaian (%)']):
        put(ws, f'{c}6', t, **hdr)
    for i, c in enumerate('ABCDEFGHIJK', start=1):
        put(ws, f'{c}7', i, h='center', border=True)
    # rows: ('S', sasaran text) or (id, name, unit, 2017, 2018, 2019, target(v, key), realisasi(v, key), renstra)
    R = []
    data = [
        ('S', 'Sasaran 1 : Meningkatnya kompetensi dan produktivitas tenaga kerja'),
        ('B01', 'Jumlah peserta pelatihan berbasis kompetensi (PBK)', 'orang', 960, 1024, 1088, (1120, 1120), (1096, 1096), 1250),
        ('B02', 'Jumlah peserta yang lulus uji kompetensi', 'orang', 790, 851, 912, (950, 950), (938, 938), 1100),
        ('B03', 'Persentase peserta yang lulus uji kompetensi', '%', 82.29, 83.11, 83.82, (85, 85), ('F:B02/B01', None), 88),
        ('B08', 'Jumlah instruktur bersertifikat', 'orang', 14, 16, 18, (20, 20), (19, 19), 26),
        ('B09', 'Jumlah peserta pelatihan kejuruan las', 'orang', 208, 224, 224, (240, 240), (236, 236), 288),
        ('B10', 'Jumlah peserta pelatihan kejuruan otomotif', 'orang', 288, 304, 304, (320, 320), (312, 312), 368),
        ('B11', 'Jumlah peserta pelatihan kejuruan menjahit', 'orang', 208, 208, 224, (240, 240), (228, 228), 288),
        ('B12', 'Jumlah peserta pelatihan kejuruan TIK', 'orang', 192, 224, 240, (256, 256), (272, 272), 336),
        ('B17', 'Jumlah peserta pelatihan kejuruan pengolahan hasil pertanian', 'orang', 64, 96, 96, (96, 96), ('80*)', 80), 96),
        ('B13', 'Jumlah paket pelatihan yang dilaksanakan', 'paket', 36, 38, 40, ('40 - 45', 40), (44, 44), 52),
        ('S', 'Sasaran 2 : Meningkatnya penyerapan lulusan pelatihan di pasar kerja'),
        ('B04', 'Jumlah alumni yang ditempatkan / berwirausaha', 'orang', 480, 515, 552, (560, 560), (603, 603), 650),
        ('B07', 'Persentase lulusan yang terserap pasar kerja', '%', 50.0, 50.29, 50.74, (55, 55), ('F:B04/B02', None), 60),
        ('B15', 'Jumlah kerja sama dengan dunia usaha dan dunia industri (DUDI)', 'MoU', 'N/A', 8, 10, (12, 12), (14, 14), 20),
        ('S', 'Sasaran 3 : Meningkatnya kualitas tata kelola dan layanan UPTD'),
        ('B16', 'Indeks kepuasan peserta pelatihan', 'nilai', 78.4, 79.1, 80.6, (80, 80), ('83,2', 83.2), 85),
        ('B19', 'Persentase sarana dan prasarana workshop dalam kondisi baik', '%', 80, 82, 84, (85, 85), (0.87, 0.87), 90),
        ('B20', 'Nilai evaluasi SAKIP UPTD', 'predikat', 'CC', 'B', 'B', ('BB', None), ('B', None), 'A'),
    ]
    r = 8
    rowof = {}
    no = 0
    for d in data:
        if d[0] == 'S':
            merge(ws, f'A{r}:K{r}', d[1], bold=True, fill=BAND_FILL, border=True)
            r += 1
            continue
        iid = d[0]
        rowof[iid] = r
        r += 1
    # second pass: write rows (formulas need the row numbers)
    r = 8
    for d in data:
        if d[0] == 'S':
            r += 1
            continue
        iid, name, unit, y17, y18, y19, (tv, tk), (rv, rk), ren = d
        no += 1
        put(ws, f'A{r}', no, h='center', border=True)
        put(ws, f'B{r}', name, wrap=True, border=True)
        put(ws, f'C{r}', unit, h='center', border=True)
        for c, v in zip('DEF', [y17, y18, y19]):
            put(ws, f'{c}{r}', v, fmt=THOU if isinstance(v, int) and v >= 1000 else None, h='right', border=True)
        put(ws, f'G{r}', tv, fmt=THOU if isinstance(tv, int) and tv >= 1000 else None, h='right', border=True)
        if isinstance(rv, str) and rv.startswith('F:'):
            a, b = rv[2:].split('/')
            # B07 is the planted wrong formula: its denominator is the lulus-uji row (B02)
            # where the indicator means alumni / peserta (B01); the key holds the cached value.
            put(ws, f'H{r}', f'=ROUND(H{rowof[a]}/H{rowof[b]}*100,2)', fmt=DEC2, border=True)
            num_ = {'B01': 1096, 'B02': 938, 'B04': 603}
            rk = round(num_[a] / num_[b] * 100 + 1e-12, 2)
        else:
            put(ws, f'H{r}', rv, fmt=THOU if isinstance(rv, int) and rv >= 1000 else None, h='right', border=True)
        if iid == 'B20':
            put(ws, f'I{r}', '-', h='center', border=True)
            put(ws, f'K{r}', '-', h='center', border=True)
        elif isinstance(tv, (int, float)) and not isinstance(rv, str):
            put(ws, f'I{r}', f'=ROUND(H{r}/G{r}*100,2)', fmt=DEC2, border=True)
            put(ws, f'K{r}', f'=ROUND(H{r}/J{r}*100,2)', fmt=DEC2, border=True)
        elif isinstance(rv, str) and rv.startswith('F:'):
            put(ws, f'I{r}', f'=ROUND(H{r}/G{r}*100,2)', fmt=DEC2, border=True)
            put(ws, f'K{r}', f'=ROUND(H{r}/J{r}*100,2)', fmt=DEC2, border=True)
        else:
            cap = {'B17': 83.33, 'B13': 110.0, 'B16': 104.0}[iid]
            put(ws, f'I{r}', cap, fmt=DEC2, border=True)
            put(ws, f'K{r}', '-', h='center', border=True)
        put(ws, f'J{r}', ren, fmt=THOU if isinstance(ren, int) and ren >= 1000 else None, h='right', border=True)
        AG.key(F, SH, f'B{r}', 2020, name, iid, tk, rk, one(f'G{r}'), one(f'H{r}'), ws)
        r += 1
    r += 1
    notes = ['Sumber: Laporan bulanan UPTD BLK dan SIAPkerja (diolah).',
             '*) angka sementara; kejuruan pengolahan hasil pertanian ditutup pertengahan tahun.',
             'Realisasi 2017 untuk kerja sama DUDI tidak tersedia (N/A) karena belum dicatat.',
             'Capaian dihitung: realisasi / target x 100; untuk target berupa rentang dipakai batas bawah.']
    for i, t in enumerate(notes):
        merge(ws, f'A{r+i}:K{r+i}', t, italic=True)
    r += len(notes) + 1
    put(ws, f'A{r}', 'Dari tabel di atas dapat dilihat bahwa sebagian besar indikator mencapai target. '
                     'Jumlah peserta PBK sedikit di bawah target karena pembatasan kegiatan tatap muka (pandemi).')
    # a second table: budget per programme (not indicators)
    w2 = wb.create_sheet('Tabel 3.2')
    widths(w2, {'A': 5, 'B': 60, 'C': 18, 'D': 18, 'E': 10})
    merge(w2, 'A1:E1', 'Tabel 3.2 Realisasi Anggaran per Program Tahun 2020', bold=True)
    for c, t in zip('ABCDE', ['No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', '%']):
        put(w2, f'{c}3', t, **hdr)
    progs = [('Program Pelayanan Administrasi Perkantoran', 412500000, 398112500),
             ('Program Peningkatan Kualitas dan Produktivitas Tenaga Kerja', 2865000000, 2706442000),
             ('Program Peningkatan Kesempatan Kerja', 524000000, 517920000)]
    for i, (p, a, b) in enumerate(progs):
        rr = 4 + i
        put(w2, f'A{rr}', i + 1, border=True)
        put(w2, f'B{rr}', p, border=True)
        put(w2, f'C{rr}', a, fmt=THOU, border=True)
        put(w2, f'D{rr}', b, fmt=THOU, border=True)
        put(w2, f'E{rr}', f'=ROUND(D{rr}/C{rr}*100,2)', fmt=DEC2, border=True)
    put(w2, 'B7', 'Jumlah', bold=True, border=True)
    put(w2, 'C7', '=SUM(C4:C6)', fmt=THOU, border=True)
    put(w2, 'D7', '=SUM(D4:D6)', fmt=THOU, border=True)
    put(w2, 'E7', '=ROUND(D7/C7*100,2)', fmt=DEC2, border=True)
    AG.save(wb, F)
    return rowof


# =====================================================================  2021
def renaksi_2021():
    F = 'BLK_Renaksi_2021.ods'
    SH = 'Renaksi 2021'
    wb = Workbook()
    ws = wb.active
    ws.title = SH
    widths(ws, {'A': 5, 'B': 26, 'C': 40, 'D': 9, 'E': 10, 'F': 11, 'O': 11, 'P': 24})
    for c in 'GHIJKLMN':
        ws.column_dimensions[c].width = 9
    merge(ws, 'A1:P1', 'RENCANA AKSI PERJANJIAN KINERJA (PERUBAHAN) TAHUN 2021', bold=True, h='center')
    merge(ws, 'A2:P2', 'UPTD BALAI LATIHAN KERJA DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI SAGARA TIMUR', bold=True, h='center')
    merge(ws, 'A3:P3', 'Posisi data : s.d. 31 Desember 2021', italic=True, h='center')
    merge(ws, 'A5:A6', 'No', **hdr)
    merge(ws, 'B5:B6', 'Sasaran Strategis', **hdr)
    merge(ws, 'C5:C6', 'Indikator Kinerja', **hdr)
    merge(ws, 'D5:D6', 'Satuan', **hdr)
    merge(ws, 'E5:F5', 'Target Tahunan', **hdr)
    put(ws, 'E6', 'PK Awal', **hdr)
    put(ws, 'F6', 'PK Perubahan', **hdr)
    merge(ws, 'G5:J5', 'Target Triwulan (kumulatif)', **hdr)
    merge(ws, 'K5:N5', 'Realisasi Kumulatif', **hdr)
    for c, t in zip('GHIJ', ['TW I', 'TW II', 'TW III', 'TW IV']):
        put(ws, f'{c}6', t, **hdr)
    for c, t in zip('KLMN', ['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV']):
        put(ws, f'{c}6', t, **hdr)
    merge(ws, 'O5:O6', 'Capaian s.d. TW IV (%)', **hdr)
    merge(ws, 'P5:P6', 'Keterangan', **hdr)
    for i, c in enumerate('ABCDEFGHIJKLMNOP', start=1):
        put(ws, f'{c}7', f'({i})', h='center', border=True)
    S1 = 'Meningkatnya kompetensi dan produktivitas tenaga kerja'
    S2 = 'Meningkatnya penyerapan lulusan pelatihan di pasar kerja'
    S3 = 'Meningkatnya kualitas tata kelola dan layanan UPTD'
    P = lambda x: (x, PCT1)
    # id, name, unit, PK awal, PK perubahan, quarter targets, cumulative realisasi s.d. TW I..IV, note
    rows = [
        (S1, 'B01', 'Jumlah Peserta Pelatihan Berbasis Kompetensi', 'orang', 1280, 1200, [288, 576, 896, 1200], [288, 640, 1184, 1148], 'refocusing anggaran'),
        (S1, 'B02', 'Jumlah Peserta Lulus Uji Kompetensi', 'orang', 1080, 1020, [240, 490, 760, 1020], [240, 551, 1003, 1009], ''),
        (S1, 'B03', 'Prosentase Peserta Lulus Uji Kompetensi thd Peserta Uji', '%', (0.85, PCT0), (0.85, PCT0), [P(0.85)] * 4,
         [P(0.833), P(0.861), P(0.847), P(0.879)], ''),
        (S1, 'B08', 'Jumlah Instruktur yang Bersertifikat Kompetensi', 'orang', 22, 22, [20, 20, 22, 22], [19, 20, 22, 22], ''),
        (S1, 'B09', 'Jumlah Peserta Kejuruan Las (Welding)', 'orang', 272, 256, [64, 128, 192, 256], [64, 128, 224, 256], ''),
        (S1, 'B10', 'Jumlah Peserta Kejuruan Otomotif', 'orang', 352, 336, [80, 160, 256, 336], [80, 176, 272, 344], ''),
        (S1, 'B11', 'Jumlah Peserta Kejuruan Garmen / Menjahit', 'orang', 272, 256, [64, 128, 192, 256], [64, 128, 208, 240], ''),
        (S1, 'B12', 'Jumlah Peserta Kejuruan Teknologi Informasi dan Komunikasi', 'orang', 288, 288, [72, 144, 216, 288], [72, 160, 256, 304], ''),
        (S1, 'HID', 'Jumlah peserta kejuruan pengolahan hasil pertanian', 'orang', 96, '-', ['-'] * 4, ['-'] * 4, 'dihapus pada PK Perubahan'),
        (S1, 'B13', 'Jumlah Paket Pelatihan yang Terlaksana', 'paket', 48, 46, [12, 24, 36, 46], [12, 24, 38, 47], ''),
        (S1, 'B14', 'Persentase Program Pelatihan Terakreditasi', '%', 60, 60, [50, 50, 60, 60], [50, 50, 62.5, None], 'hasil asesmen LA-LPK belum terbit'),
        (S2, 'B04', 'Jumlah Alumni Ditempatkan & Berwirausaha', 'orang', 640, 600, [100, 250, 420, 600], [95, 240, 410, 652], ''),
        (S2, 'B07', 'Prosentase Lulusan Terserap Pasar Kerja', '%', (0.58, PCT0), (0.58, PCT0), [P(0.58)] * 4,
         [P(0.12), P(0.25), P(0.4), P(0.575)], ''),
        (S2, 'B15', 'Jumlah Kerjasama dg DUDI', 'MoU', 15, 15, [3, 7, 11, 15], [3, 7, 12, 16], ''),
        (S2, 'B18', 'Jumlah Peserta Pemagangan Dalam Negeri', 'orang', 80, 60, [0, 20, 40, 60], [0, 20, 45, 64], ''),
        (S3, 'B16', 'INDEKS KEPUASAN PESERTA PELATIHAN', 'nilai', 81, 81, [81] * 4, [82.1, 82.1, 83.0, 84.2], ''),
        (S3, 'B19', 'Persentase Sarpras Workshop Kondisi Baik', '%', (0.87, PCT0), (0.87, PCT0), [P(0.87)] * 4,
         [P(0.86), P(0.86), P(0.88), P(0.89)], ''),
        (S3, 'B20', 'Nilai Evaluasi AKIP', 'predikat', 'BB', 'BB', ['-', '-', '-', 'BB'], ['-', '-', '-', 'BB'], 'LHE Inspektorat'),
    ]
    r = 8
    groups = {}
    no = 0
    for sas, iid, name, unit, awal, ubah, tq, rq, note in rows:
        groups.setdefault(sas, []).append(r)
        if iid != 'HID':
            no += 1
            put(ws, f'A{r}', no, h='center', border=True)
        else:
            put(ws, f'A{r}', None, border=True)
        put(ws, f'C{r}', name, wrap=True, border=True)
        put(ws, f'D{r}', unit, h='center', border=True)
        def w(c, v):
            fmt = None
            if isinstance(v, tuple):
                v, fmt = v
            elif isinstance(v, int) and v >= 1000:
                fmt = THOU
            put(ws, f'{c}{r}', v, fmt=fmt, h='right', border=True)
            if isinstance(v, (int, float)):
                return v * 100 if fmt and '%' in fmt else v
            return None
        w('E', awal)
        tk = w('F', ubah)
        for c, v in zip('GHIJ', tq):
            w(c, v)
        reals = [w(c, v) for c, v in zip('KLMN', rq)]
        if iid in ('HID', 'B20'):
            put(ws, f'O{r}', '-', h='center', border=True)
        elif iid == 'B14':
            put(ws, f'O{r}', f'=ROUND(M{r}/F{r}*100,2)', fmt=DEC2, border=True)
        else:
            put(ws, f'O{r}', f'=ROUND(N{r}/F{r}*100,2)', fmt=DEC2, border=True)
        put(ws, f'P{r}', note, wrap=True, border=True)
        if iid == 'HID':
            ws.row_dimensions[r].hidden = True
        else:
            rk = realise(reals, False)      # cumulative columns: the last reported
            if rk is not None:
                rk = round(rk, 6)
            if tk is not None:
                tk = round(tk, 6)
            AG.key(F, SH, f'C{r}', 2021, name, iid, tk, rk, one(f'F{r}'),
                   {'cells': [f'{c}{r}' for c in 'KLMN'], 'agg': 'cumlast'}, ws)
        r += 1
    for sas, rs in groups.items():
        merge(ws, f'B{rs[0]}:B{rs[-1]}', sas, wrap=True, v='top', border=True)
    r += 1
    put(ws, f'A{r}', 'Catatan: target PK Perubahan ditetapkan Agustus 2021 setelah refocusing anggaran (Pergub No. 41 Tahun 2021).', italic=True)
    put(ws, f'A{r+1}', 'Realisasi bersifat kumulatif sejak awal tahun.', italic=True)
    r += 3
    for i, t in enumerate(['Lamarang, 31 Desember 2021', 'Kepala UPTD Balai Latihan Kerja', '', '', '',
                           'Drs. YOHANES PALINGGI, M.M.', 'Pembina Tk. I (IV/b)', 'NIP. 19700811 199503 1 004']):
        if t:
            put(ws, f'L{r+i}', t, bold=(i == 5))
    ws.freeze_panes = 'D8'
    AG.save(wb, F)


# =====================================================================  2022 + 2023
def pk_2022_2023():
    F = 'BLK_PK_2022_2023.xls'
    wb = Workbook()
    w1 = wb.active
    pk_2022(wb, w1, F)
    cards_2023(wb.create_sheet('Kartu Kinerja 2023'), F)
    AG.save(wb, F)


def pk_header(ws, page):
    widths(ws, {'A': 5, 'B': 28, 'C': 46, 'D': 16, 'E': 16, 'F': 11, 'G': 22})
    merge(ws, 'A1:G1', 'PENGUKURAN KINERJA', bold=True, h='center')
    merge(ws, 'A2:G2', 'UPTD BALAI LATIHAN KERJA PROVINSI SAGARA TIMUR', bold=True, h='center')
    merge(ws, 'A3:G3', 'TAHUN 2022', bold=True, h='center')
    put(ws, 'F4', f'Hal. {page}', italic=True)


def pk_table_head(ws, r):
    merge(ws, f'A{r}:A{r+1}', 'No', **hdr)
    merge(ws, f'B{r}:B{r+1}', 'Sasaran Strategis', **hdr)
    merge(ws, f'C{r}:C{r+1}', 'Indikator Kinerja', **hdr)
    merge(ws, f'D{r}:F{r}', 'Tahun 2022', **hdr)
    merge(ws, f'G{r}:G{r+1}', 'Keterangan', **hdr)
    for c, t in zip('DEF', ['Target', 'Realisasi', 'Capaian (%)']):
        put(ws, f'{c}{r+1}', t, **hdr)
    for i, c in enumerate('ABCDEFG', start=1):
        put(ws, f'{c}{r+2}', f'({i})', h='center', border=True)
    return r + 3


def pk_rows(ws, r, groups, no, F, SH, record=True):
    """groups: [(sasaran, [(id, name, target text, target key, realisasi text, realisasi key, capaian, note)])]"""
    for sas, items in groups:
        start = r
        for iid, name, tt, tk, rt, rk, cap, note in items:
            no += 1
            put(ws, f'A{r}', no, h='center', v='top', border=True)
            if iid.endswith('*'):            # indicator typed into the Sasaran column
                iid = iid[:-1]
                put(ws, f'B{r}', name, wrap=True, v='top', border=True)
                put(ws, f'C{r}', None, border=True)
                ncell = f'B{r}'
                moved = True
            else:
                put(ws, f'C{r}', name, wrap=True, v='top', border=True)
                ncell = f'C{r}'
                moved = False
            put(ws, f'D{r}', tt, h='right', border=True)
            put(ws, f'E{r}', rt, h='right', border=True)
            put(ws, f'F{r}', cap, fmt=DEC2 if isinstance(cap, float) else None, h='right', border=True)
            put(ws, f'G{r}', note, wrap=True, border=True)
            if record:
                AG.key(F, SH, ncell, 2022, name, iid, tk, rk, one(f'D{r}'), one(f'E{r}'), ws)
            r += 1
        # the sasaran merge covers the normal rows only; a row whose indicator was
        # typed into the Sasaran column stands alone (always last in its group here)
        normal = [rr for rr in range(start, r) if ws[f'C{rr}'].value is not None]
        merge(ws, f'B{normal[0]}:B{normal[-1]}', sas, wrap=True, v='top', border=True)
    return r, no


def pk_2022(wb, w1, F):
    S1 = 'Meningkatnya kompetensi dan produktivitas tenaga kerja'
    S2 = 'Meningkatnya mutu dan jangkauan pelatihan per kejuruan'
    S3 = 'Meningkatnya penyerapan alumni pelatihan di pasar kerja'
    S4 = 'Meningkatnya kualitas tata kelola dan layanan UPTD'
    g1 = [(S1, [
        ('B01', 'Jumlah peserta PBK yang dilatih', '1.280 orang', 1280, '1.312 orang', 1312, 102.5, ''),
        ('B02', 'Jumlah peserta yg lulus uji kompetensi', '1.100 orang', 1100, '1.150 orang', 1150, 104.55, 'uji oleh LSP P1'),
        ('B03', 'Persentase peserta yg lulus uji kompetensi', '86 %', 86, '88,4 %', 88.4, 102.79, ''),
        ('B08', 'Jumlah instruktur bersertifikat kompetensi dan metodologi', '24 orang', 24, '25 orang', 25, 104.17, ''),
    ]), (S2, [
        ('B09', 'a) Jumlah peserta pelatihan kejuruan pengelasan', '272 orang', 272, '288 orang', 288, 105.88, ''),
        ('B10', 'b) Jumlah peserta pelatihan kejuruan otomotif', '352 orang', 352, '368 orang', 368, 104.55, ''),
        ('B11', 'c) Jumlah peserta pelatihan kejuruan garmen (menjahit)', '272 orang', 272, '272 orang', 272, 100.0, ''),
        ('B12', 'd) Jumlah peserta pelatihan kejuruan TIK', '320 orang', 320, '336 orang', 336, 105.0, ''),
        ('B14', 'Persentase program pelatihan yang terakreditasi LA-LPK', '70 %', 70, '75 %', 75, 107.14, '6 dari 8 program'),
        ('B13*', 'Jumlah paket pelatihan terlaksana', '48 paket', 48, '51 paket', 51, 106.25, ''),
    ])]
    g2 = [(S3, [
        ('B05', 'Jumlah alumni yang ditempatkan kerja', '450 orang', 450, '478 orang', 478, 106.22, ''),
        ('B06', 'Jumlah alumni yang berwirausaha', '200 orang', 200, '187 orang', 187, 93.5, ''),
        ('B07b', 'Persentase alumni yang bekerja dan berwirausaha', '60 %', 60, '50,7 %', 50.7, 84.5, 'tracer study'),
        ('B15', 'Jumlah kerja sama dengan DUDI', '18 MoU', 18, '21 MoU', 21, 116.67, ''),
        ('B18', 'Jumlah peserta pemagangan dalam negeri', '80 orang', 80, '86 orang', 86, 107.5, ''),
    ]), (S4, [
        ('B16', 'Indeks kepuasan peserta pelatihan (IKM)', '82', 82, '85,4', 85.4, 104.15, ''),
        ('B19', 'Persentase sarana prasarana workshop kondisi baik', '88 %', 88, '90,2 %', 90.2, 102.5, ''),
        ('B20', 'Hasil evaluasi SAKIP oleh APIP', 'BB', None, 'BB', None, 100.0, ''),
    ])]
    SH1, SH2 = 'PK 2022 Hal.1', 'PK 2022 Hal.2'
    w1.title = SH1
    pk_header(w1, 1)
    r = pk_table_head(w1, 6)
    r, no = pk_rows(w1, r, g1, 0, F, SH1)
    put(w1, f'C{r+1}', 'bersambung ke Hal. 2', italic=True)
    w2 = wb.create_sheet(SH2)
    pk_header(w2, 2)
    r = pk_table_head(w2, 6)
    start2 = r
    r, no2 = pk_rows(w2, r, g2, no, F, SH2)
    r += 1
    put(w2, f'B{r}', 'Jumlah Anggaran Kegiatan Tahun 2022 : Rp. 3.912.775.000')
    put(w2, f'B{r+1}', 'Jumlah Realisasi Anggaran Kegiatan Tahun 2022 : Rp. 3.760.118.250')
    r += 3
    for i, t in enumerate(['Lamarang, 30 Desember 2022', 'Kepala UPTD Balai Latihan Kerja', '', '', '',
                           'Ir. SITTI NURHALIZAH DAENG MATTIRO', 'Pembina (IV/a)', 'NIP. 19760402 200212 2 003']):
        if t:
            put(w2, f'E{r+i}', t, bold=(i == 5))
    # the clerk pasted the Hal.2 table a second time further down (not keyed)
    r += 11
    put(w2, f'A{r}', 'PENGUKURAN KINERJA TAHUN 2022 (lanjutan)', bold=True)
    r = pk_table_head(w2, r + 1)
    pk_rows(w2, r, g2, no, F, SH2, record=False)
    # hidden draft sheet
    wd = wb.create_sheet('draft')
    put(wd, 'A1', 'draft PK 2022 - versi sebelum revisi target')
    for i, (sas, items) in enumerate(g1 + g2):
        for j, it in enumerate(items):
            put(wd, f'A{3+i*10+j}', it[1].rstrip('*'))
            put(wd, f'B{3+i*10+j}', it[2])
    wd.sheet_state = 'hidden'


def cards_2023(ws, F):
    SH = 'Kartu Kinerja 2023'
    widths(ws, {'A': 2, 'B': 16, 'C': 14, 'D': 14, 'E': 14, 'F': 3, 'G': 16, 'H': 14, 'I': 14, 'J': 14})
    merge(ws, 'B1:J1', 'KARTU KINERJA INDIKATOR TAHUN 2023', bold=True, h='center')
    merge(ws, 'B2:J2', 'UPTD BALAI LATIHAN KERJA PROVINSI SAGARA TIMUR', bold=True, h='center')
    merge(ws, 'B3:J3', '(satu kartu untuk setiap indikator; capaian = realisasi / target x 100)', italic=True, h='center')
    cards = [
        ('B01', 'Peserta pelatihan berbasis kompetensi', 'orang', 1350, 1350, 1376, 1376),
        ('B02', 'Jumlah lulusan uji kompetensi', 'orang', 1180, 1180, 1214, 1214),
        ('B03', 'Persentase kelulusan uji kompetensi', '%', '≥ 87 %', 87, 'F:B02/B01', None),
        ('B08', 'Instruktur bersertifikat', 'orang', 260, 260, 27, 27),
        ('B21', 'Jumlah asesor kompetensi yang dimiliki', 'orang', 8, 8, 9, 9),
        ('B09', 'Peserta kejuruan las', 'orang', 288, 288, 304, 304),
        ('B10', 'Peserta kejuruan otomotif (sepeda motor & mobil)', 'orang', 368, 368, 352, 352),
        ('B11', 'Peserta kejuruan menjahit', 'orang', 288, 288, 304, 304),
        ('B12', 'Peserta kejuruan TIK', 'orang', 336, 336, 352, 352),
        ('B13', 'Paket pelatihan terlaksana', 'paket', 52, 52, 54, 54),
        ('B14', 'Program pelatihan terakreditasi (%)', '%', (0.8, PCT0), 80, (0.8125, PCT2), 81.25),
        ('B05', 'Alumni ditempatkan di perusahaan', 'orang', 480, 480, 511, 511),
        ('B06', 'Alumni berwirausaha mandiri', 'orang', 210, 210, 236, 236),
        ('B07b', 'Persentase alumni bekerja / berwirausaha', '%', 62, 62, 'F:B05+B06/B01', None),
        ('B15', 'Kerja sama DUDI (MoU/PKS)', 'dokumen', 20, 20, 19, 19),
        ('B18', 'Peserta pemagangan (dalam negeri)', 'orang', 100, 100, 112, 112),
        ('B16', 'IKM peserta pelatihan', 'nilai', 83, 83, '86,05', 86.05),
        ('B19', 'Sarpras workshop kondisi baik (%)', '%', 90, 90, 91.5, 91.5),
        ('B20', 'Predikat SAKIP UPTD', 'predikat', 'A', None, 'BB', None),
    ]
    labels = ['No. IKU', 'Indikator', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)', 'Sumber Data']
    src = {'orang': 'SIAPkerja / absensi pelatihan', '%': 'rekap seksi', 'paket': 'laporan pelatihan',
           'dokumen': 'arsip PKS', 'nilai': 'survei IKM', 'predikat': 'LHE Inspektorat'}
    # first pass: positions
    pos = {}
    for i, c in enumerate(cards):
        band, side = divmod(i, 2)
        top = 5 + band * 8
        L, V = ('B', 'C') if side == 0 else ('G', 'H')
        pos[c[0]] = (top, L, V)
    for i, (iid, name, unit, tv, tk, rv, rk) in enumerate(cards):
        top, L, V = pos[iid]
        last = 'E' if V == 'C' else 'J'
        for j, lab in enumerate(labels):
            put(ws, f'{L}{top+j}', lab, bold=True, border=True, fill=HEAD_FILL if j == 1 else None)
            merge(ws, f'{V}{top+j}:{last}{top+j}', None, border=True)
        put(ws, f'{V}{top}', f'IKU-{i+1:02d}', border=True)
        put(ws, f'{V}{top+1}', name, bold=True, wrap=True, border=True, fill=BAND_FILL)
        put(ws, f'{V}{top+2}', unit, border=True)
        fmt = None
        if isinstance(tv, tuple):
            tv, fmt = tv
        put(ws, f'{V}{top+3}', tv, fmt=fmt, h='left', border=True)
        rfmt = None
        if isinstance(rv, tuple):
            rv, rfmt = rv
        if isinstance(rv, str) and rv.startswith('F:'):
            expr = rv[2:]
            if '+' in expr:
                num, den = expr.split('/')
                a, b = num.split('+')
                ta, la, va = pos[a]
                tb, lb, vb = pos[b]
                td, ld, vd = pos[den]
                f = f'=ROUND(({va}{ta+4}+{vb}{tb+4})/{vd}{td+4}*100,2)'
                rk = round((511 + 236) / 1376 * 100 + 1e-12, 2)
            else:
                a, den = expr.split('/')
                ta, la, va = pos[a]
                td, ld, vd = pos[den]
                f = f'=ROUND({va}{ta+4}/{vd}{td+4}*100,2)'
                rk = round(1214 / 1376 * 100 + 1e-12, 2)
            put(ws, f'{V}{top+4}', f, fmt=DEC2, h='left', border=True)
        else:
            put(ws, f'{V}{top+4}', rv, fmt=rfmt, h='left', border=True)
        if iid == 'B20':
            put(ws, f'{V}{top+5}', '-', h='left', border=True)
        elif isinstance(tv, (int, float)):
            put(ws, f'{V}{top+5}', f'=ROUND({V}{top+4}/{V}{top+3}*100,2)', fmt=DEC2, h='left', border=True)
        else:
            put(ws, f'{V}{top+5}', f'=ROUND({V}{top+4}/{tk}*100,2)', fmt=DEC2, h='left', border=True)
        put(ws, f'{V}{top+6}', src[unit], border=True)
        AG.key(F, SH, f'{V}{top+1}', 2023, name, iid, tk, rk, one(f'{V}{top+3}'), one(f'{V}{top+4}'), ws)
    r = 5 + 10 * 8 + 1
    put(ws, f'B{r}', 'Catatan: target instruktur bersertifikat mengikuti dokumen PK yang ditandatangani.', italic=True)
    for i, t in enumerate(['Lamarang, 29 Desember 2023', 'Kepala UPTD Balai Latihan Kerja', '', '', '',
                           'Ir. SITTI NURHALIZAH DAENG MATTIRO', 'Pembina Tk. I (IV/b)', 'NIP. 19760402 200212 2 003']):
        if t:
            put(ws, f'H{r+2+i}', t, bold=(i == 5))


if __name__ == '__main__':
    lkjip_2020()
    renaksi_2021()
    pk_2022_2023()
    AG.write()
