"""Agency 3: UPTD Pengelolaan Pasar Ikan Higienis dan Tempat Pelelangan Ikan, Dinas Perikanan
Kabupaten Tanjung Selaksa (2019-2022).

Invented agency, places, people and figures.
Files:
  A  Laporan Capaian IKU UPTD PPIH-TPI 2019.xls  sheet 'Capaian IKU 2019' (each indicator a merged heading
     row followed by one row of label / value pairs)
  B  Matriks Renstra dan Capaian UPTD PPIH-TPI 2020.ods  sheet 'Matriks Renstra 2020' (six years of targets,
     realisasi 2020; the whole table pasted a second time below the signature)
  C  RA dan Capaian Kinerja UPTD PPIH-TPI 2021-2022.xlsx  sheets 'RA 2021' (quarters across, T/R/% per
     quarter), 'Capaian 2022' (table turned over: indicators across, PK Awal / PK Perubahan rows)
"""
from common import *

SLUG = 'uptd_ppih_tpi_kab_tanjung_selaksa'
FLOW = ['T01', 'T02', 'T03', 'T05', 'T07', 'T11', 'T14', 'T17', 'T18', 'T19', 'T20', 'T21']
AG = Agency(SLUG, 'UPTD Pengelolaan Pasar Ikan Higienis dan Tempat Pelelangan Ikan - Dinas Perikanan '
                  'Kabupaten Tanjung Selaksa', [2019, 2020, 2021, 2022], flow_ids=FLOW,
            ambiguous=[['T12', 'T12b']])

KEPALA = ('HENDRA WIRASAPUTRA, S.Pi., M.M.', 'Penata Tk. I (III/d)', 'NIP. 19800421 200604 1 012')


def sign(ws, row, c, place_date, lines):
    put(ws, f'{c}{row}', place_date)
    r = row + 1
    for t in lines:
        put(ws, f'{c}{r}', t)
        r += 1
    r += 3
    put(ws, f'{c}{r}', KEPALA[0], bold=True)
    put(ws, f'{c}{r + 1}', KEPALA[1])
    put(ws, f'{c}{r + 2}', KEPALA[2])
    return r + 3


# --------------------------------------------------------------------------------------------
# A / 2019: heading row per indicator + one row of label/value pairs
# --------------------------------------------------------------------------------------------
def iku2019(book):
    FILE = book.final_name
    ws = book.sheet('Capaian IKU 2019')
    SH = ws.title
    widths(ws, {'A': 6, 'B': 11, 'C': 20, 'D': 11, 'E': 20, 'F': 10, 'G': 11, 'H': 26})
    for i, t in enumerate(['LAPORAN CAPAIAN INDIKATOR KINERJA UTAMA (IKU)',
                           'UPTD PENGELOLAAN PASAR IKAN HIGIENIS DAN TEMPAT PELELANGAN IKAN',
                           'DINAS PERIKANAN KABUPATEN TANJUNG SELAKSA',
                           'TAHUN 2019'], start=1):
        merge(ws, f'A{i}:H{i}', t, bold=True, h='center')
    # (id, name, target cell, realisasi cell, fmt, capaian (None -> formula, else typed text), unit, kt, kr)
    groups = [
        ('Meningkatnya volume dan nilai produksi perikanan yang dipasarkan melalui lelang', [
            ('T05', 'Volume Ikan yang Didaratkan', 3100, 3245.8, NUM1, None, 'ton', 3100, 3245.8),
            ('T01', 'Volume Ikan yang Dilelang', 2300, 2412.6, NUM1, None, 'ton', 2300, 2412.6),
            # number format with a literal ' %' (value 74.33, not a fraction)
            ('T13', 'Persentase Ikan Dilelang terhadap Ikan Didaratkan', 74, 74.33, '0.00" %"', None, '%', 74, 74.33),
            ('T02', 'Nilai Transaksi Lelang Ikan', 'Rp 36.800.000.000', 'Rp 39.214.650.000', None, '106,56 %',
             'Rupiah', 36800000000, 39214650000),
            ('T12', 'Harga Rata-rata Ikan Layang di TPI', 18500, 19240, NUM0, None, 'Rp/kg', 18500, 19240),
        ]),
        ('Meningkatnya pendapatan daerah dari retribusi pelelangan ikan', [
            ('T03', 'Retribusi Jasa Lelang Ikan yang Diterima', 'Rp 736.000.000', 'Rp 784.293.000', None, '106,56 %',
             'Rupiah (5% dari nilai lelang x 40%)', 736000000, 784293000),
            # planted: target typed ten times too large (310 hari intended)
            ('T11', 'Jumlah Hari Operasional Lelang', 3100, 306, NUM0, None, 'hari', 3100, 306),
        ]),
        ('Meningkatnya mutu dan keamanan hasil perikanan', [
            ('T07', 'Jumlah Sampel Ikan yang Diuji Mutu', 96, 104, NUM0, None, 'sampel', 96, 104),
            ('T08', 'Persentase Sampel Ikan yang Memenuhi Standar Mutu', '90 %', '92,3 %', None, '102,56 %', '%',
             90, 92.3),
            ('T14', 'Jumlah Pelaku Usaha yang Mendapat Penyuluhan Cara Penanganan Ikan yang Baik', 150, 162, NUM0,
             None, 'orang', 150, 162),
            ('T18', 'Volume Es Balok yang Disalurkan kepada Nelayan', 1200, 1318.5, NUM1, None, 'ton', 1200, 1318.5),
        ]),
        ('Meningkatnya kualitas layanan TPI dan Pasar Ikan Higienis', [
            ('T04', 'Jumlah Nelayan yang Terdaftar', 1850, 1912, NUM0, None, 'orang', 1850, 1912),
            ('T09', 'Jumlah Pedagang/Bakul Ikan yang Terdaftar', 320, 334, NUM0, None, 'orang', 320, 334),
            ('T19', 'Jumlah Kunjungan Kapal < 10 GT yang Bongkar', 9600, 9874, NUM0, None, 'trip', 9600, 9874),
            ('T20', 'Jumlah Kunjungan Kapal 10 - 30 GT yang Bongkar', 1150, 1206, NUM0, None, 'trip', 1150, 1206),
            ('T10', 'Persentase Tingkat Hunian Los/Kios Pasar Ikan Higienis', 0.75, 0.714, PCT1, None, '%', 75, 71.4),
            ('T16', 'Persentase Sarana Prasarana TPI dalam Kondisi Baik', 0.70, 0.72, PCT0, None, '%', 70, 72),
            ('T15', 'Indeks Kepuasan Masyarakat', 78, '79,35 (Baik)', '0.00', '101,73 %', 'nilai (skala 100)', 78, 79.35),
        ]),
    ]
    r = 6
    for gi, (sas, items) in enumerate(groups, start=1):
        merge(ws, f'A{r}:H{r}', f'SASARAN {gi} : {sas}', bold=True, fill=HEAD_FILL, wrap=True)
        ws.row_dimensions[r].height = 30
        box(ws, f'A{r}:H{r}')
        r += 1
        for ii, (iid, name, t, rv, fmt, cap, unit, kt, kr) in enumerate(items, start=1):
            put(ws, f'A{r}', f'{gi}.{ii}', bold=True, h='center', v='top')
            merge(ws, f'B{r}:H{r}', name, bold=True, wrap=True)
            box(ws, f'A{r}:H{r}')
            q = r + 1
            put(ws, f'B{q}', 'Target', italic=True)
            put(ws, f'C{q}', t, fmt=fmt, h='right')
            put(ws, f'D{q}', 'Realisasi', italic=True)
            put(ws, f'E{q}', rv, fmt=fmt, h='right')
            put(ws, f'F{q}', 'Capaian', italic=True)
            if cap is None:
                put(ws, f'G{q}', f'=IFERROR(E{q}/C{q},"")', fmt=PCT2)
            else:
                put(ws, f'G{q}', cap, h='right')
            put(ws, f'H{q}', 'Satuan : ' + unit, wrap=True)
            box(ws, f'A{q}:H{q}')
            AG.add(FILE, SH, r, 'B', 2019, iid, name, kt, kr, one(f'C{q}'), one(f'E{q}'))
            r += 2
        r += 1
    put(ws, f'A{r}', 'Sumber data : Buku Register Lelang harian TPI Muara Selaksa dan TPI Teluk Barune; '
                     'hasil uji Laboratorium Mini UPTD.', italic=True)
    put(ws, f'A{r + 1}', 'Capaian IKM dihitung dari nilai survei terhadap target nilai.', italic=True)
    sign(ws, r + 3, 'E', 'Muara Selaksa, 6 Januari 2020', ['Kepala UPTD PPIH dan TPI,'])


# --------------------------------------------------------------------------------------------
# B / 2020: Renstra matrix (targets 2019-2024) with realisasi 2020; table pasted twice
# --------------------------------------------------------------------------------------------
def renstra2020(book):
    FILE = book.final_name
    ws = book.sheet('Matriks Renstra 2020')
    SH = ws.title
    widths(ws, {'A': 5, 'B': 26, 'C': 42, 'D': 9, 'E': 13, 'F': 13, 'G': 13, 'H': 13, 'I': 13, 'J': 13, 'K': 13,
                'L': 13, 'M': 10, 'N': 22})
    # (id, name, unit, kondisi awal, targets 2019..2024, realisasi 2020, fmt, key target, key real, note)
    groups = [
        ('Meningkatnya volume dan nilai produksi perikanan yang dipasarkan melalui lelang', [
            ('T05', 'Volume ikan yang didaratkan di PPI/TPI', 'ton', 2980, [3100, 3200, 3300, 3450, 3600, 3750],
             2987.5, NUM1, 3200, 2987.5, ''),
            ('T01', 'Volume ikan yang dilelang di TPI', 'ton', 2150, [2300, 2450, 2500, 2650, 2800, 2950],
             2198.3, NUM1, 2450, 2198.3, ''),
            ('T13', 'Prosentase ikan yang dilelang thd ikan yang didaratkan', '%', 72.1, [74, 76, 76, 78, 80, 80],
             'FORMULA', NUM2, 76, None, 'dihitung otomatis'),
            ('T02', 'Nilai transaksi lelang', 'Rp juta', 34250, [36800, 39000, 41000, 44000, 47000, 50000],
             35870.4, NUM1, 39000, 35870.4, ''),
            ('T12', 'Harga rata-rata ikan layang di TPI (Rp/kg)', 'Rp/kg', 17600,
             [18500, 19000, 19500, 20000, 20500, 21000], 17850, NUM0, 19000, 17850, ''),
        ]),
        ('Meningkatnya pendapatan daerah dari retribusi pelelangan ikan', [
            ('T03', 'Penerimaan retribusi jasa lelang', 'Rp', 685000000,
             [736000000, 780000000, 820000000, 880000000, 940000000, 1000000000], 717408000, ACC, 780000000,
             717408000, ''),
            ('T11', 'Jumlah hari pelaksanaan lelang', 'hari', 298, [310, 300, 300, 305, 310, 310], 251, NUM0, 300, 251,
             'lelang dihentikan April-Mei 2020 (pandemi)'),
        ]),
        ('Meningkatnya mutu dan keamanan hasil perikanan', [
            ('T07', 'Jumlah sampel uji mutu ikan', 'sampel', 84, [96, 100, 120, 130, 140, 150], 88, NUM0, 100, 88, ''),
            ('T08', 'Prosentase sampel ikan memenuhi standar mutu (bebas formalin & histamin)', '%', 88.5,
             [90, 92, 93, 95, 95, 96], 93.2, NUM1, 92, 93.2, ''),
            ('T14', 'Jumlah pelaku usaha yang dibina cara penanganan ikan yang baik (CPIB)', 'orang', 130,
             [150, 160, 170, 180, 190, 200], 120, NUM0, 160, 120, ''),
            ('T18', 'Volume es balok tersalur ke nelayan', 'ton', 1105, [1200, 1250, 1300, '-', '-', '-'],
             1106.2, NUM1, 1250, 1106.2, 'pabrik es dialihkan ke BUMD mulai 2022'),
        ]),
        ('Meningkatnya kualitas layanan TPI dan Pasar Ikan Higienis', [
            ('T04', 'Jumlah nelayan terdaftar di TPI', 'orang', 1790, [1850, 1950, 2050, 2150, 2250, 2350], 1988, NUM0,
             1950, 1988, ''),
            ('T09', 'Jumlah pedagang ikan terdaftar', 'orang', 305, [320, 340, 350, 365, 380, 400], 329, NUM0, 340, 329,
             ''),
            ('T19', 'Jumlah kunjungan kapal dibawah 10 GT yang bongkar ikan', 'trip', 9420,
             [9600, 9800, '-', '-', '-', '-'], 8652, NUM0, 9800, 8652, 'mulai 2021 digabung'),
            ('T20', 'Jumlah kunjungan kapal 10-30 GT yang bongkar ikan', 'trip', 1090, [1150, 1200, '-', '-', '-', '-'],
             1047, NUM0, 1200, 1047, 'mulai 2021 digabung'),
            ('T10', 'Tingkat hunian los dan kios PIH (%)', '%', 68, ['75', '80 - 85', '80', '85', '85 - 90', '90'],
             68.3, NUM1, 80, 68.3, ''),
            ('T16', 'Prosentase sarpras TPI & PIH kondisi baik', '%', 68, [70, 72, 75, 78, 80, 82], 73.5, NUM1, 72, 73.5,
             ''),
            ('T15', 'Indeks kepuasan masyarakat (IKM)', 'nilai', 76.8, [78, 80, 81, 82, 83, 85], 80.92, NUM2, 80, 80.92,
             ''),
        ]),
    ]

    def table(top, record):
        for i, t in enumerate(['MATRIKS RENCANA STRATEGIS DAN CAPAIAN KINERJA TAHUN 2020',
                               'UPTD PENGELOLAAN PASAR IKAN HIGIENIS DAN TEMPAT PELELANGAN IKAN',
                               'KABUPATEN TANJUNG SELAKSA - RENSTRA 2019-2024']):
            merge(ws, f'A{top + i}:N{top + i}', t, bold=True, h='center')
        h = top + 4
        merge(ws, f'A{h}:A{h + 1}', 'No', bold=True, h='center')
        merge(ws, f'B{h}:B{h + 1}', 'Sasaran', bold=True, h='center')
        merge(ws, f'C{h}:C{h + 1}', 'Indikator Kinerja', bold=True, h='center')
        merge(ws, f'D{h}:D{h + 1}', 'Satuan', bold=True, h='center')
        merge(ws, f'E{h}:E{h + 1}', 'Kondisi Awal (2018)', bold=True, h='center', wrap=True)
        merge(ws, f'F{h}:K{h}', 'Target Kinerja Tahun', bold=True, h='center')
        for c, y in zip('FGHIJK', range(2019, 2025)):
            put(ws, f'{c}{h + 1}', y, bold=True, h='center')
        merge(ws, f'L{h}:M{h}', 'Tahun 2020', bold=True, h='center')
        put(ws, f'L{h + 1}', 'Realisasi', bold=True, h='center')
        put(ws, f'M{h + 1}', 'Capaian (%)', bold=True, h='center', wrap=True)
        merge(ws, f'N{h}:N{h + 1}', 'Keterangan', bold=True, h='center')
        for i, c in enumerate('ABCDEFGHIJKLMN', start=1):
            put(ws, f'{c}{h + 2}', i, h='center', italic=True)
        box(ws, f'A{h}:N{h + 2}')
        r = h + 3
        no = 1
        rows = {}
        for sas, items in groups:
            start = r
            for iid, name, unit, awal, tg, real, fmt, kt, kr, note in items:
                rows[iid] = r
                r += 1
            r = start
            for iid, name, unit, awal, tg, real, fmt, kt, kr, note in items:
                put(ws, f'A{r}', no, h='center', v='top')
                put(ws, f'C{r}', name, wrap=True, v='top')
                put(ws, f'D{r}', unit, h='center', v='top')
                put(ws, f'E{r}', awal, fmt=fmt, v='top')
                for c, v in zip('FGHIJK', tg):
                    put(ws, f'{c}{r}', v, fmt=fmt, v='top', h='right')
                if real == 'FORMULA':
                    # planted: should divide by the 'didaratkan' row above, points at the row below instead
                    put(ws, f'L{r}', f'=L{rows["T01"]}/L{rows["T02"]}*100', fmt=NUM2, v='top')
                    kr = rnd(2198.3 / 35870.4 * 100)
                else:
                    put(ws, f'L{r}', real, fmt=fmt, v='top')
                put(ws, f'M{r}', f'=IFERROR(L{r}/G{r}*100,"")', fmt=NUM2, v='top')
                put(ws, f'N{r}', note or None, wrap=True, v='top')
                box(ws, f'A{r}:N{r}')
                if record:
                    AG.add(FILE, SH, r, 'C', 2020, iid, name, kt, kr, one(f'G{r}'), one(f'L{r}'))
                no += 1
                r += 1
            merge(ws, f'B{start}:B{r - 1}', sas, wrap=True, v='top')
        r += 1
        put(ws, f'A{r}', 'Catatan: target 2020 tidak direvisi meskipun ada refocusing anggaran (pandemi Covid-19).',
            italic=True)
        return sign(ws, r + 2, 'K', 'Muara Selaksa, 8 Januari 2021', ['Kepala UPTD PPIH dan TPI,'])

    end = table(1, True)
    table(end + 3, False)      # the same table pasted a second time (not key rows)


# --------------------------------------------------------------------------------------------
# C / RA 2021: quarters across, T / R / % per quarter, no annual realisasi column
# --------------------------------------------------------------------------------------------
def ra2021(book):
    FILE = book.final_name
    ws = book.sheet('RA 2021')
    SH = ws.title
    widths(ws, {'A': 5, 'B': 24, 'C': 40, 'D': 12, 'Q': 20})
    for c in 'EFGHIJKLMNOP':
        ws.column_dimensions[c].width = 9.5
    merge(ws, 'A1:Q1', 'RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2021', bold=True, h='center')
    merge(ws, 'A2:Q2', 'UPTD PENGELOLAAN PASAR IKAN HIGIENIS DAN TEMPAT PELELANGAN IKAN KAB. TANJUNG SELAKSA',
          bold=True, h='center')
    merge(ws, 'A5:A7', 'No', bold=True, h='center')
    merge(ws, 'B5:B7', 'Sasaran', bold=True, h='center')
    merge(ws, 'C5:C7', 'Indikator Kinerja', bold=True, h='center')
    merge(ws, 'D5:D7', 'Target Tahunan 2021', bold=True, h='center', wrap=True)
    merge(ws, 'E5:P5', 'Rencana Aksi dan Realisasi per Triwulan', bold=True, h='center')
    for i, c in enumerate(['E', 'H', 'K', 'N']):
        c2 = L(col(c) + 2)
        merge(ws, f'{c}6:{c2}6', f'Triwulan {["I", "II", "III", "IV"][i]}', bold=True, h='center')
        for k, t in enumerate(['T', 'R', '%']):
            put(ws, f'{L(col(c) + k)}7', t, bold=True, h='center')
    merge(ws, 'Q5:Q7', 'Penanggung Jawab', bold=True, h='center')
    box(ws, 'A5:Q7')
    B = None
    # (id, name, target, qT, qR, fmt, key t, key r, pj)
    groups = [
        ('Meningkatnya volume dan nilai produksi perikanan yang dipasarkan melalui lelang', [
            ('T05', 'Vol. Ikan Didaratkan (ton)', 3300, [750, 820, 860, 870], [705.4, 811.9, 902.3, 914.0], NUM1,
             3300, 3333.6, 'Koord. TPI'),
            ('T01', 'Vol. Ikan Dilelang (ton)', 2500, [560, 620, 650, 670], [540.2, 612.8, 688.1, 701.5], NUM1,
             2500, 2542.6, 'Koord. TPI'),
            ('T13', '% Ikan Dilelang thd Didaratkan', 76, [76, 76, 76, 76], [76.6, 75.5, 76.3, 76.7], NUM1,
             76, 76.7, 'Koord. TPI'),
            ('T02', 'Nilai Transaksi Pelelangan Ikan (Rp juta)', 41000, [9200, 10100, 10700, 11000],
             [8912.5, 10204.3, 11538.7, 11896.2], NUM1, 41000, 42551.7, 'Koord. TPI'),
            ('T12b', 'Harga Rata-rata Ikan di Tingkat Nelayan (Rp/kg)', 17500, [17000, 17200, 17400, 17500],
             [16900, 17350, 17820, 18140], NUM0, 17500, 18140, 'Seksi Pemasaran'),
        ]),
        ('Meningkatnya pendapatan daerah dari retribusi pelelangan ikan', [
            ('T03', 'Retribusi Lelang (Rp)', 820000000, [184000000, 202000000, 214000000, 220000000],
             [178250000, 204086000, 230774000, 237924000], ACC, 820000000, 851034000, 'Bendahara Penerimaan'),
            ('T11', 'Hari Operasional Lelang (hari)', 300, [75, 75, 75, 75], [74, 76, 77, 76], NUM0, 300, 303,
             'Koord. TPI'),
        ]),
        ('Meningkatnya mutu dan keamanan hasil perikanan', [
            # planted: annual target typed ten times too large (120 intended; quarters add to 120)
            ('T07', 'Sampel Ikan Diuji Mutu (sampel)', 1200, [30, 30, 30, 30], [24, 31, 35, 33], NUM0, 1200, 123,
             'Lab. Mini'),
            ('T08', '% Sampel Memenuhi Standar Mutu', 93, [93, 93, 93, 93], [91.7, 93.5, 94.1, 94.6], NUM1, 93, 94.6,
             'Lab. Mini'),
            ('T14', 'Pelaku Usaha Disuluh CPIB (org)', 170, [0, 60, 55, 55], [0, 60, 55, 62], NUM0, 170, 177,
             'Seksi Mutu'),
            ('T17', 'Sertifikat CPIB/SKP yang Difasilitasi (sertifikat)', 12, [0, 4, 4, 4], [0, 3, 4, 6], NUM0, 12, 13,
             'Seksi Mutu'),
            ('T18', 'Vol. Es Balok Tersalurkan (ton)', 1300, [300, 330, 340, 330], [290.4, 335.1, 352.8, 361.0], NUM1,
             1300, 1339.3, 'Pabrik Es'),
        ]),
        ('Meningkatnya kualitas layanan TPI dan Pasar Ikan Higienis', [
            ('T04', 'Jml. Nelayan Terdaftar (org)', 2050, [1990, 2010, 2030, 2050], [1995, 2021, 2046, 2087], NUM0,
             2050, 2087, 'Seksi Pelayanan'),
            ('T09', 'Jml. Bakul/Pedagang Ikan Terdaftar (org)', 350, [335, 340, 345, 350], [331, 338, 346, 352], NUM0,
             350, 352, 'Seksi Pelayanan'),
            ('T21', 'Kunjungan Kapal Perikanan Bongkar Muat (trip)', 11000, [2600, 2750, 2850, 2800],
             [2612, 2795, 2901, 2876], NUM0, 11000, 11184, 'Syahbandar Perikanan'),
            ('T10', 'Tingkat Hunian Los/Kios (%)', 80, [70, 74, 77, 80], [69.0, 72.5, 76.2, 78.9], NUM1, 80, 78.9,
             'Pengelola PIH'),
            ('T16', '% Sarpras Kondisi Baik', 75, [73, 73, 74, 75], [73.5, 74.0, 74.0, 76.5], NUM1, 75, 76.5,
             'Subbag TU'),
            ('T15', 'IKM (nilai)', 81, ['-', 81, '-', 81], [B, 81.6, B, 82.3], '0.00', 81, 82.3, 'Subbag TU'),
        ]),
    ]
    r = 8
    no = 1
    for sas, items in groups:
        start = r
        for iid, name, tgt, qt, qr, fmt, kt, kr, pj in items:
            put(ws, f'A{r}', no, h='center', v='top')
            put(ws, f'C{r}', name, wrap=True, v='top')
            put(ws, f'D{r}', tgt, fmt=fmt, h='right', v='top')
            rc = []
            for i, c in enumerate(['E', 'H', 'K', 'N']):
                ct, cr, cp = c, L(col(c) + 1), L(col(c) + 2)
                put(ws, f'{ct}{r}', qt[i], fmt=fmt, h='right', v='top')
                if qr[i] is not None:
                    put(ws, f'{cr}{r}', qr[i], fmt=fmt, h='right', v='top')
                    put(ws, f'{cp}{r}', f'=IFERROR({cr}{r}/{ct}{r}*100,"")', fmt='0.0', v='top')
                rc.append(f'{cr}{r}')
            put(ws, f'Q{r}', pj, wrap=True, v='top')
            box(ws, f'A{r}:Q{r}')
            agg = 'sum' if iid in FLOW else 'last'
            AG.add(FILE, SH, r, 'C', 2021, iid, name, kt, rnd(kr), one(f'D{r}'), many(rc, agg))
            no += 1
            r += 1
            if iid == 'T21':
                # hidden draft row: the 2020 indicator left in the sheet
                put(ws, f'C{r}', 'Jumlah Kunjungan Kapal < 10 GT yang Bongkar')
                put(ws, f'D{r}', 9900)
                for i, c in enumerate(['E', 'H', 'K', 'N']):
                    put(ws, f'{c}{r}', 2475)
                ws.row_dimensions[r].hidden = True
                r += 1
        merge(ws, f'B{start}:B{r - 1}', sas, wrap=True, v='top')
    r += 1
    put(ws, f'B{r}', 'Target triwulan indikator jumlah = target per triwulan; indikator persentase/nilai = posisi '
                     'akhir triwulan.', italic=True)
    sign(ws, r + 2, 'M', 'Muara Selaksa, 7 Januari 2022', ['Kepala UPTD PPIH dan TPI,'])
    ws.freeze_panes = 'E8'


# --------------------------------------------------------------------------------------------
# C / Capaian 2022: table turned over (indicators across), PK Awal and PK Perubahan rows
# --------------------------------------------------------------------------------------------
def turned2022(book):
    FILE = book.final_name
    ws = book.sheet('Capaian 2022')
    SH = ws.title
    ws.column_dimensions['A'].width = 24
    merge(ws, 'A1:S1', 'CAPAIAN INDIKATOR KINERJA TAHUN 2022', bold=True, h='center', size=13)
    merge(ws, 'A2:S2', 'UPTD PENGELOLAAN PASAR IKAN HIGIENIS DAN TEMPAT PELELANGAN IKAN - KAB. TANJUNG SELAKSA',
          bold=True, h='center')
    # (id, name, unit, PK awal, PK perubahan, realisasi, fmt of targets, fmt of realisasi, key t, key r)
    groups = [
        ('SASARAN 1\nVolume dan nilai produksi yang dilelang meningkat', [
            ('T05', 'Volume Pendaratan Ikan', 'ton', 3450, 3400, 3502.7, NUM1, NUM1, 3400, 3502.7),
            ('T01', 'Volume Produksi Ikan\nyang Dilelang', 'ton', 2650, 2600, 2731.4, NUM1, NUM1, 2600, 2731.4),
            ('T13', 'Rasio Ikan Dilelang\nterhadap Ikan Didaratkan', '%', 0.78, 0.77, 0.7798, PCT0, PCT2, 77, 77.98),
            ('T02', 'Nilai Produksi Ikan\nyang Dilelang (Rp juta)', 'Rp juta', 44000, 43500, 45612.8, NUM0, NUM1,
             43500, 45612.8),
            ('T12b', 'Harga Ikan Rata-rata\ndi Tingkat Nelayan', 'Rp/kg', 18500, 18500, 'Rp 18.960/kg', NUM0, None,
             18500, 18960),
        ]),
        ('SASARAN 2\nPAD retribusi lelang meningkat', [
            ('T03', 'Pendapatan Retribusi\nTempat Pelelangan Ikan', 'Rp', 880000000, 870000000, 'Rp 912.256.000',
             ACC, None, 870000000, 912256000),
            ('T11', 'Hari Lelang\nEfektif', 'hari', 305, 305, 309, NUM0, NUM0, 305, 309),
        ]),
        ('SASARAN 3\nMutu hasil perikanan terjamin', [
            ('T07', 'Uji Mutu Ikan\n(jumlah sampel)', 'sampel', 130, 130, 137, NUM0, NUM0, 130, 137),
            # planted: realisasi typed as a fraction into a plain cell (94,8 intended)
            ('T08', 'Persentase Ikan Bebas\nFormalin & Histamin', '%', 0.95, 0.95, 0.948, PCT0, 'General', 95, 0.948),
            ('T14', 'Pelaku Usaha Ikan\nyang Mendapat Penyuluhan', 'orang', 180, 180, 186, NUM0, NUM0, 180, 186),
            ('T17', 'Sertifikat CPIB & SKP\nDifasilitasi', 'sertifikat', 15, 15, 16, NUM0, NUM0, 15, 16),
        ]),
        ('SASARAN 4\nLayanan TPI dan PIH berkualitas', [
            ('T04', 'Nelayan Terdaftar\n(Kartu KUSUKA)', 'orang', 2150, 2150, 2164, NUM0, NUM0, 2150, 2164),
            ('T09', 'Pedagang Ikan Terdaftar', 'orang', 365, 360, 371, NUM0, NUM0, 360, 371),
            ('T21', 'Kunjungan Kapal\nBongkar Muat', 'trip', 11400, 11300, 11529, NUM0, NUM0, 11300, 11529),
            ('T10', 'Tingkat Keterisian\nLos & Kios PIH', '%', 0.85, 0.82, 0.8125, PCT0, PCT2, 82, 81.25),
            ('T16', 'Sarana Prasarana\nKondisi Baik (%)', '%', 0.78, 0.78, 0.792, PCT0, PCT1, 78, 79.2),
            ('T15', 'Nilai IKM\nPelayanan TPI', 'nilai', 82, 82, 83.05, '0.00', '0.00', 82, 83.05),
            ('T23', 'Pembayaran Lelang ke\nNelayan Tepat Waktu (%)', '%', 0.95, 0.95, 0.967, PCT0, PCT1, 95, 96.7),
        ]),
    ]
    labels = [(4, 'No.'), (5, 'Sasaran'), (6, 'Indikator Kinerja'), (7, 'Satuan'), (8, 'Target PK Awal'),
              (9, 'Target PK Perubahan'), (10, 'Realisasi'), (11, 'Capaian (%)'), (12, 'Kategori')]
    for rr, t in labels:
        put(ws, f'A{rr}', t, bold=True, fill=HEAD_FILL, wrap=True)
    c = 2
    no = 1
    for sas, items in groups:
        c0 = c
        for iid, name, unit, pka, pkp, real, tf, rf, kt, kr in items:
            cl = L(c)
            ws.column_dimensions[cl].width = 14
            put(ws, f'{cl}4', no, h='center')
            put(ws, f'{cl}6', name, bold=True, wrap=True, h='center', v='top')
            put(ws, f'{cl}7', unit, h='center')
            put(ws, f'{cl}8', pka, fmt=tf, h='right')
            put(ws, f'{cl}9', pkp, fmt=tf, h='right')
            put(ws, f'{cl}10', real, fmt=rf, h='right')
            put(ws, f'{cl}11', f'=IFERROR({cl}10/{cl}9*100,"-")', fmt=NUM2)
            put(ws, f'{cl}12', f'=IF(ISNUMBER({cl}11),IF({cl}11>=91,"Sangat Tinggi",IF({cl}11>=76,"Tinggi",'
                               f'IF({cl}11>=66,"Sedang",IF({cl}11>=51,"Rendah","Sangat Rendah")))),"-")', h='center')
            AG.add(FILE, SH, 6, cl, 2022, iid, name, kt, kr, one(f'{cl}9'), one(f'{cl}10'))
            no += 1
            c += 1
        merge(ws, f'{L(c0)}5:{L(c - 1)}5', sas, bold=True, h='center', wrap=True, fill=SUB_FILL)
    last = L(c - 1)
    ws.row_dimensions[5].height = 45
    ws.row_dimensions[6].height = 48
    box(ws, f'A4:{last}12')
    put(ws, 'A14', 'Catatan :', bold=True)
    put(ws, 'A15', '1. Target PK Perubahan ditetapkan September 2022 (penyesuaian harga BBM).')
    put(ws, 'A16', '2. Es balok tidak lagi menjadi indikator UPTD sejak pabrik es dikelola BUMD.')
    put(ws, 'A17', '3. Kapal < 10 GT dan 10-30 GT digabung menjadi satu indikator kunjungan kapal sejak 2021.')
    sign(ws, 19, 'M', 'Muara Selaksa, 9 Januari 2023', ['Kepala UPTD PPIH dan TPI,'])
    ws.freeze_panes = 'B7'


def main():
    a = Book(AG, 'Laporan Capaian IKU UPTD PPIH-TPI 2019.xls')
    iku2019(a)
    a.save()
    b = Book(AG, 'Matriks Renstra dan Capaian UPTD PPIH-TPI 2020.ods')
    renstra2020(b)
    b.save()
    c = Book(AG, 'RA dan Capaian Kinerja UPTD PPIH-TPI 2021-2022.xlsx')
    ra2021(c)
    turned2022(c)
    c.save()
    AG.write()
    print(SLUG, len(AG.rows), 'key rows')


if __name__ == '__main__':
    main()
