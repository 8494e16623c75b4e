"""Agency B: UPTD Pengelolaan Persampahan, Dinas Lingkungan Hidup Kota Tanjung Mersik (invented).
Years 2021-2024."""
from lib import (Agency, idn, split, ramp, agg, one, many, cref, CL, PCT0, PCT1, PCT2, INT, DEC1, DEC2, ACC)

SLUG = 'b_uptd_sampah_tanjung_mersik'
AG = 'UPTD Pengelolaan Persampahan Dinas Lingkungan Hidup Kota Tanjung Mersik'

META = {
    'B01': ('%', 'level', False), 'B02': ('%', 'level', False), 'B03': ('ton', 'flow', False),
    'B04': ('ton/hari', 'level', False), 'B05': ('unit', 'level', False), 'B06': ('%', 'level', False),
    'B07': ('rit', 'flow', False), 'B08': ('unit', 'level', False), 'B09': ('unit', 'flow', False),
    'B10': ('unit', 'level', False), 'B11': ('unit', 'level', False), 'B12': ('orang', 'level', False),
    'B12b': ('orang', 'level', False), 'B13': ('ton', 'flow', False), 'B14': ('%', 'level', False),
    'B15': ('kelurahan', 'level', False), 'B16': ('Rp', 'flow', False), 'B17': ('titik', 'level', True),
    'B18': ('aduan', 'flow', True), 'B19': ('%', 'level', False), 'B19b': ('%', 'level', False),
    'B20': ('nilai', 'level', False), 'B21': ('ton', 'flow', False), 'B22': ('m3', 'flow', False),
    'B23': ('orang', 'level', False), 'B24': ('%', 'level', False),
}

Y = {
    2021: {
        'B01': ('Persentase sampah yang tertangani', 72, 70.4),
        'B02': ('Persentase pengurangan sampah', 18, 15.2),
        'B03': ('Volume sampah yang diangkut ke TPA', 52000, None),   # monthly, computed
        'B04': ('Rata-rata sampah terangkut per hari', 142, 136.6),
        'B05': ('Jumlah armada pengangkut sampah yang beroperasi', 46, 44),
        'B06': ('Persentase armada dalam kondisi layak jalan', 90, 86.9),
        'B07': ('Jumlah ritase pengangkutan sampah', 21000, 20412),
        'B08': ('Jumlah TPS3R yang beroperasi', 8, 8),
        'B10': ('Jumlah bank sampah aktif', 60, 58),
        'B11': ('Jumlah bank sampah yang terbentuk', 85, 88),
        'B12': ('Jumlah nasabah bank sampah', 4500, 4312),
        'B13': ('Volume sampah yang dikelola bank sampah', 900, 846.5),
        'B14': ('Persentase kelurahan yang terlayani pengangkutan sampah', 80, 80),
        'B15': ('Jumlah kelurahan yang terlayani pengangkutan sampah', 28, 28),
        'B16': ('Realisasi retribusi pelayanan persampahan', 3600000000, 3412850000),
        'B17': ('Jumlah titik timbulan sampah liar', 25, 31),
        'B18': ('Jumlah pengaduan masyarakat terkait persampahan', 120, 143),
        'B19': ('Persentase pengaduan yang ditindaklanjuti', 100, 96.5),
        'B21': ('Volume kompos yang dihasilkan', 240, 226),
        'B22': ('Volume air lindi yang diolah di IPL TPA', 18000, 16540),
        'B23': ('Jumlah petugas pengangkut sampah', 310, 310),
    },
    2022: {
        'B01': ('Persentase Penanganan Sampah', 74, 73.1),
        'B02': ('Persentase Pengurangan Sampah di sumber', 20, 17.9),
        'B03': ('Jumlah sampah terangkut ke TPA', 53000, 51226),
        'B05': ('Jumlah armada angkutan sampah yang operasional', 48, 47),
        'B06': ('Prosentase armada pengangkut layak jalan', 90, 88.2),
        'B07': ('Jumlah Ritase Angkutan Sampah', 21500, 21884),
        'B08': ('Jumlah TPS 3R yang aktif beroperasi', 10, 9),
        'B09': ('Jumlah TPS3R baru yang dibangun', 2, 2),
        'B10': ('Jumlah Bank Sampah yang aktif', 70, 66),
        'B11': ('Jumlah bank sampah terbentuk', 95, 97),
        'B12': ('Jumlah nasabah bank sampah', 5000, 5207),
        'B13': ('Volume sampah terkelola di bank sampah (ton)', 1000, 1012.4),
        'B14': ('Persentase cakupan kelurahan terlayani angkutan sampah', 82, 82.86),
        'B16': ('Pendapatan retribusi pelayanan persampahan/kebersihan', 3800000000, 3921400000),
        'B17': ('Jumlah titik sampah liar', 22, 24),
        'B18': ('Jumlah pengaduan masyarakat tentang sampah', 110, 97),
        'B19': ('Persentase pengaduan masyarakat yang ditindaklanjuti', 100, 100),
        'B20': ('Indeks Kepuasan Masyarakat (IKM)', 78, 79.45),
        'B21': ('Jumlah kompos yang diproduksi', 260, 271),
        'B22': ('Volume lindi terolah', 18000, 17210),
    },
    2023: {
        'B01': ('Persentase sampah tertangani', 76, None),
        'B02': ('Persentase sampah yang dikurangi', 22, None),
        'B03': ('Volume sampah terangkut ke TPA (ton)', 54000, 52940),
        'B04': ('Rata-rata volume sampah terangkut per hari', 148, 145),
        'B05': ('Jumlah armada pengangkut sampah beroperasi', 50, 48),
        'B06': ('Persentase armada pengangkut sampah layak operasi', 92, None),
        'B07': ('Jumlah rit pengangkutan sampah ke TPA', 22000, 21730),
        'B08': ('Jumlah Tempat Pengolahan Sampah Reduce-Reuse-Recycle (TPS3R) yang beroperasi', 12, 11),
        'B09': ('Jumlah pembangunan TPS3R baru', 2, 1),
        'B10': ('Jumlah bank sampah aktif', 80, 83),
        'B12': ('Jumlah Nasabah Bank Sampah', 5500, 5884),
        'B13': ('Jumlah sampah yang dikelola oleh bank sampah', 1100, 1088),
        'B14': ('Prosentase kelurahan terlayani pengangkutan sampah', 85, None),
        'B15': ('Jumlah kelurahan terlayani pengangkutan sampah', 30, 30),
        'B16': ('Realisasi Retribusi Persampahan', 4000000000, 4108725000),
        'B17': ('Jumlah lokasi pembuangan sampah liar', 20, 17),
        'B18': ('Jumlah aduan masyarakat bidang persampahan', 100, 104),
        'B19': ('% pengaduan ditindaklanjuti', 100, None),
        'B20': ('IKM Layanan Persampahan', 80, 81.2),
        'B21': ('Volume kompos yg dihasilkan TPS3R', 280, 264),
        'B22': ('Volume air lindi yang diolah', 18500, 18905),
        'B24': ('Persentase sel TPA yang dilakukan penutupan tanah (cover soil)', 80, None),
    },
    2024: {
        'B01': ('Prosentase sampah yang ditangani', 78, 79.2),
        'B02': ('Persentase pengurangan sampah', 24, 24.6),
        'B03': ('Volume Sampah Yang Diangkut Ke TPA Sei Lumut', 54000, 53388),
        'B04': ('Rata - rata sampah terangkut/hari', 148, 146.3),
        'B05': ('Jumlah Armada Pengangkut Sampah Yang Beroperasi', 52, 52),
        'B07': ('Ritase pengangkutan sampah', 22000, 22519),
        'B08': ('Jumlah TPS3R beroperasi', 13, 13),
        'B09': ('Jumlah TPS3R baru yg dibangun', 1, 1),
        'B10': ('Bank sampah aktif', 90, 92),
        'B11': ('Jumlah bank sampah yang terbentuk (kumulatif)', 120, 118),
        'B12b': ('Nasabah bank sampah yang aktif', 6000, 6140),
        'B13': ('Volume sampah dikelola bank sampah', 1200, 1254.6),
        'B14': ('Persentase Kel. yang terlayani pengangkutan sampah', 88, 88.57),
        'B15': ('Jumlah Kelurahan Yang Terlayani Angkutan Sampah', 31, 31),
        'B16': ('Penerimaan retribusi pelayanan persampahan', 4200000000, 4390115500),
        'B17': ('Jumlah titik TPS liar', 15, 16),
        'B18': ('Jumlah Pengaduan Masyarakat Terkait Persampahan', 90, 81),
        'B19b': ('Persentase pengaduan yang ditindaklanjuti <= 3 hari kerja', 95, 97.53),
        'B20': ('Indeks Kepuasan Masyarakat terhadap pelayanan persampahan', 82, 82.6),
        'B21': ('Produksi kompos', 300, 312),
        'B23': ('Jumlah petugas pengangkutan sampah', 330, 328),
        'B24': ('Persentase penutupan sel aktif TPA dengan tanah penutup', 85, 88),
    },
}

KEPALA = ('ANDREAS WIBISONO SIREGAR, S.T.', 'Penata Tk. I (III/d)', 'NIP. 19840306 201001 1 012')
KADIS = ('Ir. MARLINA TAMBUNAN, M.T.', 'Pembina Tk. I (IV/b)', 'NIP. 19700412 199503 2 004')
MW = [7.9, 7.6, 8.3, 8.1, 8.4, 8.2, 8.5, 8.6, 8.3, 8.5, 8.7, 8.9]   # monthly weights
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']


def sig(sh, r, c, who, jab, date=None):
    if date:
        sh.text(r, c, date)
    sh.text(r + 1, c, jab)
    sh.text(r + 5, c, who[0], b=True)
    sh.text(r + 6, c, who[1])
    sh.text(r + 7, c, who[2])


def is_flow(i):
    return META[i][1] == 'flow'


# ---------------------------------------------------------------- 2021 monthly, two rows per indicator (.xlsx)
M2021 = {
    # id: (monthly targets, monthly realisasi) ; None = blank, '-' = dash
    'B01': (['-'] * 5 + [72] + ['-'] * 5 + [72], ['-'] * 5 + [68.9] + ['-'] * 5 + [70.4]),
    'B02': (['-'] * 5 + [18] + ['-'] * 5 + [18], ['-'] * 5 + [13.8] + ['-'] * 5 + [15.2]),
    'B04': ([142] * 12, [131.2, 132.0, 133.1, 133.9, 134.2, 134.8, 135.0, 135.5, 135.9, 136.2, 136.4, 136.6]),
    'B05': ([46] * 12, [42, 42, 43, 43, 43, 44, 44, 44, 44, 44, 44, 44]),
    'B06': ([90] * 12, [84.1, 84.1, 84.8, 85.2, 85.2, 85.9, 86.1, 86.1, 86.4, 86.9, 86.9, None]),
    'B08': ([8] * 12, [6, 6, 7, 7, 7, 8, 8, 8, 8, 8, 8, 8]),
    'B10': (['-', '-', 60, '-', '-', 60, '-', '-', 60, '-', '-', 60], ['-', '-', 51, '-', '-', 54, '-', '-', 56, '-', '-', 58]),
    'B11': (['-', '-', 85, '-', '-', 85, '-', '-', 85, '-', '-', 85], ['-', '-', 79, '-', '-', 82, '-', '-', 86, '-', '-', 88]),
    'B12': ([4500] * 12, [3905, 3941, 3988, 4020, 4067, 4102, 4150, 4188, 4213, 4251, 4290, 4312]),
    'B14': ([0.8] * 12, [26 / 35, 26 / 35, 26 / 35, 27 / 35, 27 / 35, 27 / 35, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8]),
    'B15': ([28] * 12, [26, 26, 26, 27, 27, 27, 28, 28, 28, 28, 28, 28]),
    'B17': (['-', '-', 25, '-', '-', 25, '-', '-', 25, '-', '-', 25], ['-', '-', 28, '-', '-', 33, '-', '-', 30, '-', '-', 31]),
    'B19': ([100] * 12, [92.3, 93.8, 95.0, 94.1, 95.5, 96.0, 95.2, 95.8, 96.3, 96.1, 96.4, 96.5]),
    'B23': ([310] * 12, [305, 305, 310, 310, 310, 310, 310, 310, 310, 310, 310, 310]),
}


def y2021(ag):
    fn = 'Monitoring Bulanan UPTD Persampahan 2021.xlsx'
    b = ag.book(fn, 'monthly monitoring 2021, two rows (Target / Realisasi) per indicator')
    sh = b.sheet('Monitoring 2021')
    d = Y[2021]
    sh.title_merge(1, 1, 19, 'MONITORING CAPAIAN KINERJA BULANAN')
    sh.title_merge(2, 1, 19, 'UPTD PENGELOLAAN PERSAMPAHAN DINAS LINGKUNGAN HIDUP KOTA TANJUNG MERSIK')
    sh.title_merge(3, 1, 19, 'TAHUN 2021')
    for c, t in ((1, 'No'), (2, 'Indikator Kinerja'), (3, 'Satuan'), (4, 'Target Tahun 2021'), (5, 'T/R'),
                 (18, 'Capaian (%)'), (19, 'Keterangan')):
        sh.merge(5, c, 6, c, t, b=True, h='center')
    sh.merge(5, 6, 5, 17, 'Bulan', b=True, h='center')
    for k, m in enumerate(MONTHS):
        sh.put(6, 6 + k, m, b=True, h='center')
    sh.widths({'A': 5, 'B': 48, 'C': 10, 'D': 14, 'E': 5, 'R': 11, 'S': 26})
    for k in range(12):
        sh.ws.column_dimensions[CL(6 + k)].width = 10
    groups = [('A. PENANGANAN SAMPAH', ['B01', 'B03', 'B04', 'B05', 'B06', 'B07', 'B14', 'B15', 'B22', 'B23']),
              ('B. PENGURANGAN SAMPAH', ['B02', 'B08', 'B10', 'B11', 'B12', 'B13', 'B21']),
              ('C. PELAYANAN, RETRIBUSI DAN PENGADUAN', ['B16', 'B17', 'B18', 'B19'])]
    r = 7
    no = 0
    blocks = {}
    for g, ids in groups:
        sh.merge(r, 1, r, 19, g, b=True)
        ag.trap(sh, r, f'group row "{g}" (merged A:S): not a key row')
        r += 1
        for i in ids:
            no += 1
            r = block_2021(ag, sh, r, no, i, d, blocks)
    # duplicated block of B13 at the end
    ag.trap(sh, r, 'duplicated block: B13 (Volume sampah yang dikelola bank sampah) pasted again at the end, same figures: second copy, not a key row')
    src = blocks['B13']
    for dr in range(2):
        for c in range(1, 20):
            v = sh.ws.cell(src + dr, c).value
            f = sh.ws.cell(src + dr, c).number_format
            if isinstance(v, str) and v.startswith('='):
                v = v.replace(str(src + 1), str(r + 1)).replace(f'D{src}', f'D{r}')
            sh.put(r + dr, c, v, fmt=f, h='center' if c > 2 else None)
    for c in (1, 2, 3, 4, 18, 19):
        sh.ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
    sh.ws.cell(r, 1).value = no + 1
    r += 2
    last = r - 1
    sig(sh, r + 2, 14, KEPALA, 'Kepala UPTD Pengelolaan Persampahan,', 'Tanjung Mersik, 7 Januari 2022')
    ag.sheet_doc(sh, f'UNUSUAL monthly monitoring: title rows 1-3, header rows 5-6 (Jan..Des under a merged "Bulan"), no numbered row; '
                     f'group rows (A./B./C., merged A:S); each indicator takes TWO rows: row n "T" (monthly targets) and row n+1 "R" '
                     f'(monthly realisasi), with No, Indikator, Satuan, Target Tahun 2021, Capaian and Keterangan merged over both rows '
                     f'(key row = the T row, top-left of the name merge). Data rows 8-{last}. No annual realisasi column: flows = sum of '
                     f'months, levels = last reported month (Keterangan says "kumulatif" / "per triwulan" / "per semester").')

    hid = b.sheet('Rekap TW (draft)', hidden=True)
    hid.put(1, 1, 'Rekap triwulan (draft, belum final)', b=True, border=False)
    for c, t in enumerate(['Indikator', 'TW I', 'TW II', 'TW III', 'TW IV'], 1):
        hid.put(3, c, t, b=True)
    for k, i in enumerate(['B03', 'B07', 'B13', 'B21'], 4):
        hid.put(k, 1, d[i][0])
        for q in range(4):
            hid.put(k, 2 + q, f"=SUM('Monitoring 2021'!{CL(6 + 3 * q)}{blocks[i] + 1}:{CL(8 + 3 * q)}{blocks[i] + 1})", fmt=DEC1)
    ag.sheet_doc(hid, 'HIDDEN quarterly recap (formulas into the monitoring sheet): not keyed.')
    nt = b.sheet('Keterangan')
    for k, t in enumerate(['KETERANGAN',
                           '1. Data volume sampah berdasarkan jembatan timbang TPA Sei Lumut.',
                           '2. Persentase sampah tertangani dan pengurangan sampah dihitung per semester (Jaktrasda).',
                           '3. Jumlah bank sampah aktif dan terbentuk dilaporkan per triwulan.',
                           '4. Realisasi Desember persentase armada layak jalan belum masuk dari bengkel.',
                           '5. Retribusi: setoran ke kas daerah (Rp).'], 1):
        nt.text(k, 1, t)
    ag.sheet_doc(nt, 'Notes sheet: no key rows.')
    b.save()
    ag.layouts[2021] = (f'`{fn}` / `Monitoring 2021`: UNUSUAL monthly sheet with TWO rows per indicator (T row / R row, '
                        'Jan..Des columns), name/satuan/annual target merged over both rows, no annual realisasi; '
                        'levels reported monthly, quarterly or per semester; duplicated block; hidden recap; notes')


def block_2021(ag, sh, r, no, i, d, blocks):
    name, T, R = d[i]
    u, kind, neg = META[i]
    blocks[i] = r
    pct = (i == 'B14')
    if i in M2021:
        tm, rm = M2021[i]
    else:
        dec = 1 if i == 'B13' else 0
        base = {'B03': 49870}.get(i, R)
        tm = split(T, [1] * 12, dec)
        rm = split(base, MW, dec)
    fmt = PCT0 if pct else (ACC if i == 'B16' else (DEC1 if i in ('B01', 'B02', 'B04', 'B06', 'B13', 'B19') else INT))
    rfmt = PCT2 if pct else fmt
    for c, v in ((1, no), (2, name), (3, u)):
        sh.merge(r, c, r + 1, c, v, h='center' if c != 2 else None)
    sh.merge(r, 4, r + 1, 4, 0.8 if pct else T, fmt=fmt, h='center')
    sh.put(r, 5, 'T', h='center')
    sh.put(r + 1, 5, 'R', h='center')
    vals = []
    for k in range(12):
        tv = tm[k]
        rv = rm[k]
        num = None if (rv is None or rv == '-') else (rv * 100 if pct else rv)
        if i == 'B03' and k == 7:
            rv = rv * 10
            num = rv
            ag.trap(sh, r + 1, f'B03 August realisasi typed 10x: {idn(rv)} (about {idn(rv // 10)} meant); the sum of months is keyed AS TYPED')
        if i == 'B03' and k == 2:
            rv = idn(rv, unit='ton')
            ag.trap(sh, r + 1, f"B03 March realisasi typed as text '{rv}' -> {num}")
        if i == 'B12' and k == 11:
            rv = '4.312 org'
            ag.trap(sh, r + 1, "B12 December realisasi typed as text '4.312 org' -> 4312 (level: last reported month)")
        vals.append(num)
        sh.put(r, 6 + k, tv, fmt=fmt, h='center')
        sh.put(r + 1, 6 + k, rv, fmt=rfmt, h='center')
    mode = 'sum' if kind == 'flow' else 'last'
    kr = agg(vals, mode)
    if kind == 'flow':
        cap = f'=ROUND(SUM(F{r + 1}:Q{r + 1})/D{r}*100,2)'
    else:
        cap = f'=ROUND(Q{r + 1}/D{r}*100,2)'
    if i == 'B07':
        cap = f'=ROUND(SUM(F{r}:Q{r})/D{r}*100,2)'
        ag.trap(sh, r, 'B07 capaian formula sums the TARGET row (F:Q of the T row) instead of the R row: always 100')
    if i in ('B17', 'B18'):
        ag.trap(sh, r, f'{i} is NEGATIVE (lower is better) but capaian uses the positive formula realisasi/target*100')
    if i == 'B12':
        ag.trap(sh, r, 'B12 capaian formula (=Q/D) hits the text December cell and shows #VALUE! (not a key cell)')
    if i == 'B06':
        ag.trap(sh, r + 1, 'B06 December realisasi left blank (see Keterangan sheet): last reported month is November 86,9 -> key 86.9; capaian formula on Q shows 0')
    if i == 'B14':
        ag.trap(sh, r, 'B14 annual target, monthly targets (0% format) and monthly realisasi (0.00% format) are fractions -> key 80 / 80 in percent points')
    if i == 'B04':
        ag.trap(sh, r, 'B04 monthly realisasi is a running (cumulative) average, so the last month is the year value')
    sh.merge(r, 18, r + 1, 18, cap, fmt=DEC2, h='center')
    ket = {'flow': 'jumlah bulanan'}.get(kind, 'posisi akhir bulan')
    if i in ('B01', 'B02'):
        ket = 'dihitung per semester'
    if i in ('B10', 'B11', 'B17'):
        ket = 'dilaporkan per triwulan'
    if i == 'B04':
        ket = 'rata-rata kumulatif s.d. bulan berjalan'
    if i == 'B16':
        ket = 'setoran retribusi (Rp)'
    sh.merge(r, 19, r + 1, 19, ket)
    ag.key(sh, r, 2, 2021, i, T, kr, one(r, 4), many(mode, r + 1, range(6, 18)))
    return r + 2


# ---------------------------------------------------------------- 2022 E.81 (.xls)
Q2022 = {
    'B01': [71.2, 72.0, 72.6, 73.1], 'B02': [15.9, 16.4, 17.2, 17.9], 'B05': [45, 46, 47, 47],
    'B06': [86.5, 87.0, 87.6, 88.2], 'B08': [8, 8, 9, 9], 'B10': [61, 63, 64, 66], 'B11': [90, 92, 95, 97],
    'B12': [4455, 4680, 4921, '5.207 orang'], 'B14': [80, 80, 82.86, 82.86], 'B17': [27, 25, 26, 24],
    'B19': [96, 100, 98.5, 100], 'B20': ['-', 78.9, '-', 79.45], 'B09': [0, 0, 1, 1],
}
RENSTRA_B = {'B01': 85, 'B02': 30, 'B03': 270000, 'B05': 55, 'B06': 95, 'B07': 110000, 'B08': 15, 'B09': 8,
             'B10': 110, 'B11': 130, 'B12': 7500, 'B13': 6000, 'B14': 100, 'B16': 21000000000, 'B17': 10,
             'B18': 80, 'B19': 100, 'B20': 85, 'B21': 1500, 'B22': 92000}
PREV_B = {'B03': 147950, 'B07': 61200, 'B09': 0, 'B13': 2410.8, 'B16': 9870300000, 'B18': 412, 'B20': 77.3,
          'B21': 655, 'B22': 49820}


def y2022(ag):
    fn = 'Evaluasi Renja E81 UPTD Persampahan 2022.xls'
    b = ag.book(fn, 'Permendagri 86 form E.81 (Evaluasi Hasil Renja) TW IV 2022, with K, % and Rp under every quarter')
    sh = b.sheet('E81 TW IV 2022')
    d = Y[2022]
    ncol = 33
    sh.title_merge(1, 1, ncol, 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA TANJUNG MERSIK')
    sh.title_merge(2, 1, ncol, 'UPTD PENGELOLAAN PERSAMPAHAN - DINAS LINGKUNGAN HIDUP')
    sh.title_merge(3, 1, ncol, 'PERIODE PELAKSANAAN : TRIWULAN IV TAHUN ANGGARAN 2022')
    sh.text(4, 1, 'Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD : Meningkatnya kualitas lingkungan hidup perkotaan', it=True)
    for c, t in ((1, 'No'), (2, 'Sasaran'), (3, 'Program / Kegiatan / Sub Kegiatan'),
                 (4, 'Indikator Kinerja Program (outcome) / Kegiatan (output)'), (5, 'Satuan'),
                 (32, 'Unit PD Penanggung Jawab'), (33, 'Ket.')):
        sh.merge(6, c, 8, c, t, b=True, h='center')
    pairs = [(6, 'Target Kinerja dan Anggaran Renstra PD Tahun 2026 (Akhir Periode Renstra PD)'),
             (8, 'Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja PD Tahun Lalu (2021)'),
             (10, 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2022) yang Dievaluasi'),
             (24, 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'),
             (26, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)'),
             (28, 'Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2022'),
             (30, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2022 (%)')]
    for c, t in pairs:
        sh.merge(6, c, 7, c + 1, t, b=True, h='center', size=8)
        sh.put(8, c, 'K', b=True, h='center')
        sh.put(8, c + 1, 'Rp', b=True, h='center')
    sh.merge(6, 12, 6, 23, 'Realisasi Kinerja Pada Triwulan', b=True, h='center')
    for q, t in enumerate(['I', 'II', 'III', 'IV']):
        c = 12 + 3 * q
        sh.merge(7, c, 7, c + 2, t, b=True, h='center')
        for k, lab in enumerate(['K', '%', 'Rp']):
            sh.put(8, c + k, lab, b=True, h='center')
    nums = {1: '1', 2: '2', 3: '3', 4: '4', 5: '5', 6: '6', 8: '7', 10: '8', 12: '9', 15: '10', 18: '11', 21: '12',
            24: '13 = 9+10+11+12', 26: '14 = 13/8 x 100', 28: '15 = 7 + 13', 30: '16 = 15/6 x 100', 32: '17', 33: '18'}
    spans = {6: 1, 8: 1, 10: 1, 12: 2, 15: 2, 18: 2, 21: 2, 24: 1, 26: 1, 28: 1, 30: 1}
    for c, t in nums.items():
        sh.merge(9, c, 9, c + spans.get(c, 0), t, h='center', it=True, size=8)
    sh.widths({'A': 6, 'B': 22, 'C': 34, 'D': 40, 'E': 9, 'AF': 16, 'AG': 14})
    # structure: (level, name, ids, pagu)
    S = [
        ('prog', 'PROGRAM PENGELOLAAN PERSAMPAHAN', ['B01', 'B02'], None),
        ('keg', 'Pengelolaan Sampah', ['B03', 'B14'], None),
        ('sub', 'Penyediaan Sarana dan Prasarana Pengelolaan Sampah', ['B05', 'B06'], 2850000000),
        ('sub', 'Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan Akhir', ['B07', 'B22'], 6420000000),
        ('sub', 'Pembangunan dan Pengoperasian TPS3R', ['B09', 'B08'], 1900000000),
        ('sub', 'Pengurangan Sampah dengan Melakukan Pembatasan, Pendauran Ulang dan Pemanfaatan Kembali', ['B10', 'B11', 'B12', 'B13', 'B21'], 845000000),
        ('keg', 'Pengelolaan Retribusi dan Pengawasan Persampahan', ['B16', 'B17', 'B18'], None),
        ('sub', 'Pemungutan Retribusi Pelayanan Persampahan/Kebersihan', [], 310000000),
        ('sub', 'Penanganan Pengaduan Masyarakat Terkait Persampahan', ['B19', 'B20'], 185000000),
        ('prog', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', [], None),
        ('keg', 'Administrasi Keuangan dan Umum Perangkat Daerah', [], None),
        ('sub', 'Penyediaan Gaji dan Tunjangan ASN', [], 1480000000),
        ('sub', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', [], 96000000),
    ]
    r = 10
    ent_rows = []
    numbering = {'prog': 0, 'keg': 0, 'sub': 0}
    for lvl, name, ids, pagu in S:
        n = max(1, len(ids))
        ent_rows.append((lvl, r, n, pagu))
        if lvl == 'prog':
            numbering['prog'] += 1
            numbering['keg'] = 0
            numbering['sub'] = 0
            code = f"{numbering['prog']}"
        elif lvl == 'keg':
            numbering['keg'] += 1
            numbering['sub'] = 0
            code = f"{numbering['prog']}.{numbering['keg']}"
        else:
            numbering['sub'] += 1
            code = f"{numbering['prog']}.{numbering['keg']}.{numbering['sub']}"
        sh.merge(r, 1, r + n - 1, 1, code, h='center')
        sh.merge(r, 3, r + n - 1, 3, name, b=(lvl != 'sub'), va='top')
        for k in range(n):
            rr = r + k
            for c in range(4, 34):
                sh.put(rr, c, None)
            sh.put(rr, 32, 'UPTD Pengelolaan Persampahan', size=8)
            if not ids:
                ag.trap(sh, rr, f'{lvl} row "{name[:50]}" without indicator (budget only): not a key row')
                continue
            i = ids[k]
            e81_indicator(ag, sh, rr, i, d)
        r += n
    last = r - 1
    sh.merge(10, 2, last, 2, 'Meningkatnya cakupan pengelolaan sampah perkotaan', va='top')
    # Rp columns
    for idx, (lvl, r0, n, pagu) in enumerate(ent_rows):
        if lvl == 'sub':
            qs = split(round(pagu * 0.962, -3), [18, 24, 27, 31], -3)
            qs = [int(x) for x in qs]
            sh.put(r0, 7, pagu * 5, fmt=ACC)
            sh.put(r0, 9, round(pagu * 2.8, -3), fmt=ACC)
            sh.put(r0, 11, pagu, fmt=ACC)
            for q in range(4):
                sh.put(r0, 14 + 3 * q, qs[q], fmt=ACC)
            if r0 == ent_rows[3][1]:
                sh.put(r0, 17, f'={qs[0] + qs[1]}-N{r0}', fmt=ACC)
                ag.trap(sh, r0, 'Rp TW II of this sub kegiatan is a formula with a constant inside (=<cumulative>-N): budget, not a key value')
        else:
            # children until next entity of same or higher level
            kids = []
            for lv2, r2, n2, p2 in ent_rows[idx + 1:]:
                if lvl == 'prog' and lv2 == 'prog':
                    break
                if lvl == 'keg' and lv2 in ('prog', 'keg'):
                    break
                if lv2 == 'sub':
                    kids.append(r2)
            for c in (7, 9, 11, 14, 17, 20, 23):
                refs = [f'{CL(c)}{k}' for k in kids]
                if lvl == 'keg' and idx == 1 and c == 25 - 2:
                    refs.append(refs[0])
                sh.put(r0, c, '=' + '+'.join(refs), fmt=ACC)
            if lvl == 'keg' and idx == 1:
                ag.trap(sh, r0, 'kegiatan Rp TW IV (col W) sums its first sub kegiatan twice (parent SUM counts a child twice): budget, not a key value')
        sh.put(r0, 25, f'=N{r0}+Q{r0}+T{r0}+W{r0}', fmt=ACC)
        sh.put(r0, 27, f'=IF(K{r0}=0,0,ROUND(Y{r0}/K{r0}*100,2))', fmt=DEC2)
        sh.put(r0, 29, f'=I{r0}+Y{r0}', fmt=ACC)
        sh.put(r0, 31, f'=IF(G{r0}=0,0,ROUND(AC{r0}/G{r0}*100,2))', fmt=DEC2)
    r = last + 1
    sh.merge(r, 1, r, 25, 'Rata-rata capaian kinerja (%)', b=True, h='right')
    sh.put(r, 26, f'=ROUND(AVERAGE(Z10:Z{last}),1)', fmt=DEC1, b=True)
    sh.put(r, 27, f'=ROUND(AVERAGE(AA10:AA{last}),1)', fmt=DEC1, b=True)
    ag.trap(sh, r, 'Rata-rata capaian kinerja row: not a key row')
    sh.merge(r + 1, 1, r + 1, 25, 'Predikat kinerja', b=True, h='right')
    sh.put(r + 1, 26, 'Sangat Tinggi', b=True)
    ag.trap(sh, r + 1, 'Predikat kinerja row: not a key row')
    texts = ['Faktor pendorong keberhasilan pencapaian : dukungan armada baru dan partisipasi bank sampah.',
             'Faktor penghambat pencapaian kinerja : kerusakan armada, keterbatasan sel aktif TPA.',
             'Tindak lanjut yang diperlukan dalam triwulan berikutnya : optimalisasi jadwal ritase.',
             'Tindak lanjut yang diperlukan dalam Renja PD berikutnya : penambahan TPS3R dan armada.']
    for k, t in enumerate(texts):
        sh.text(r + 3 + k, 1, t)
    sg = r + 8
    sh.text(sg, 4, 'Disusun')
    sig(sh, sg + 1, 4, KEPALA, 'Kepala UPTD Pengelolaan Persampahan', 'Tanjung Mersik, 16 Januari 2023')
    sh.text(sg, 24, 'Dievaluasi')
    sig(sh, sg + 1, 24, KADIS, 'Kepala Dinas Lingkungan Hidup', 'Tanjung Mersik, 20 Januari 2023')
    ag.sheet_doc(sh, f'Permendagri 86 form E.81 (TW IV): title rows 1-4, header rows 6-8 (K / Rp pairs; every quarter has K | % | Rp), '
                     f'numbered row 9 with rules ("13 = 9+10+11+12", "14 = 13/8 x 100", "15 = 7 + 13", "16 = 15/6 x 100"), data rows 10-{last}: '
                     f'No/code A, Sasaran B (merged), Program/Kegiatan/Sub kegiatan C (merged per entity), Indikator D, Satuan E, '
                     f'Renstra 2026 F/G, Realisasi Renstra s.d. 2021 H/I, Target Renja 2022 J/K, TW I L/M/N, TW II O/P/Q, TW III R/S/T, '
                     f'TW IV U/V/W, Realisasi Renja X/Y (X = SUM(L,O,R,U) for flows, = U for levels), capaian Z/AA, Renstra s.d. 2022 AB/AC, '
                     f'capaian Renstra AD/AE, Unit AF, Ket AG. Key: target = J, realisasi = X as it stands. Below: Rata-rata, Predikat, '
                     f'faktor / tindak lanjut lines, two signatures (Disusun / Dievaluasi).')
    # hidden TW III
    h3 = b.sheet('TW III', hidden=True)
    h3.put(1, 1, 'EVALUASI RENJA TRIWULAN III 2022 (arsip)', b=True, border=False)
    for c, t in enumerate(['Indikator', 'Target', 'TW I', 'TW II', 'TW III', 'Realisasi s.d. TW III'], 1):
        h3.put(3, c, t, b=True)
    for k, i in enumerate(['B01', 'B03', 'B07', 'B13', 'B21'], 4):
        h3.put(k, 1, d[i][0])
        h3.put(k, 2, d[i][1])
    ag.sheet_doc(h3, 'HIDDEN archived TW III version (indicator names and targets only): not keyed.')
    b.save()
    ag.layouts[2022] = (f'`{fn}` / `E81 TW IV 2022`: Permendagri 86 form E.81 with K, % and Rp under EACH quarter, program / kegiatan / '
                        'sub kegiatan rows (codes 1, 1.1, 1.1.1), K/Rp pairs, numbered row with rules, Rata-rata / Predikat / '
                        'faktor lines, two signatures; hidden TW III sheet')


def e81_indicator(ag, sh, r, i, d):
    name, T, R = d[i]
    u, kind, neg = META[i]
    if i in Q2022:
        q = Q2022[i]
    else:
        dec = 1 if i == 'B13' else 0
        q = split(R, [23, 25, 26, 26], dec)
    fmt = DEC2 if (u in ('%', 'nilai') or i == 'B13') else (ACC if i == 'B16' else INT)
    sh.put(r, 4, name)
    sh.put(r, 5, u, h='center')
    sh.put(r, 6, RENSTRA_B[i], fmt=fmt)
    prev = PREV_B.get(i, Y[2021].get(i, (None, None, None))[2])
    if i == 'B12':
        prev = 4312
    if i == 'B01':
        prev = 70.4
    sh.put(r, 8, prev, fmt=fmt)
    tv = T
    if i == 'B07':
        tv = 215000
        ag.trap(sh, r, 'B07 target (col J) typed 10x: 215.000 rit for 21.500; keyed as typed 215000 (capaian then 10,18)')
    sh.put(r, 10, tv, fmt=fmt)
    nums = []
    for k in range(4):
        c = 12 + 3 * k
        sh.put(r, c, q[k], fmt=fmt)
        if isinstance(q[k], str):
            sh.put(r, c + 1, '-' if q[k] == '-' else 104.14, fmt=DEC2)
        else:
            sh.put(r, c + 1, f'=ROUND({CL(c)}{r}/J{r}*100,2)', fmt=DEC2)
        nums.append(None if q[k] == '-' else (5207 if isinstance(q[k], str) else q[k]))
    if kind == 'flow':
        x = f'=SUM(L{r},O{r},R{r},U{r})'
        kr = agg(nums, 'sum')
    else:
        x = f'=U{r}'
        kr = nums[3]
    if i == 'B19':
        x = f'=SUM(L{r},O{r},R{r},U{r})'
        kr = agg(nums, 'sum')
        ag.trap(sh, r, f'B19 (a percentage, level) column 13 (X) = SUM of the four quarters -> {idn(kr)} %; keyed AS IT STANDS ({kr}); the last quarter (100) was meant')
    if i == 'B21':
        x = 0
        kr = 0
        ag.trap(sh, r, 'B21 column 13 (X) typed over with 0 while the quarters hold 271 ton in total: keyed as typed 0')
    if i == 'B12':
        ag.trap(sh, r, "B12 TW IV K typed as text '5.207 orang'; X (=U) therefore holds the text -> 5207; TW IV % and capaian typed 104,14")
    if i in ('B17', 'B18'):
        ag.trap(sh, r, f'{i} is NEGATIVE but the capaian column 14 uses the positive formula X/J*100')
    if i == 'B20':
        ag.trap(sh, r, "B20 IKM surveyed in TW II and TW IV only (TW I/III '-'); X = U")
    sh.put(r, 24, x, fmt=fmt)
    if i == 'B12':
        sh.put(r, 26, 104.14, fmt=DEC2)
    else:
        sh.put(r, 26, f'=ROUND(X{r}/J{r}*100,2)', fmt=DEC2)
    if kind == 'flow':
        sh.put(r, 28, f'=H{r}+X{r}', fmt=fmt)
    else:
        sh.put(r, 28, 5207 if i == 'B12' else f'=X{r}', fmt=fmt)
    sh.put(r, 30, f'=ROUND(AB{r}/F{r}*100,2)', fmt=DEC2)
    kt = 215000 if i == 'B07' else T
    ag.key(sh, r, 4, 2022, i, kt, kr, one(r, 10), one(r, 24))


# ---------------------------------------------------------------- 2023 + 2024 (.ods)
PP2023 = {  # id: (formulasi, pembilang, penyebut)
    'B01': ('Jumlah sampah yang tertangani / jumlah timbulan sampah x 100%', 54311, 71650),
    'B02': ('Jumlah sampah yang dikurangi / jumlah timbulan sampah x 100%', 15333, 71650),
    'B06': ('Jumlah armada layak operasi / jumlah armada x 100%', 45, 50),
    'B14': ('Jumlah kelurahan terlayani / jumlah kelurahan x 100%', 30, 35),
    'B19': ('Jumlah pengaduan ditindaklanjuti / jumlah pengaduan x 100%', 102, 104),
    'B24': ('Jumlah sel aktif yang ditutup tanah / jumlah sel aktif x 100%', 19, 25),
}
FORM = {
    'B03': 'Jumlah tonase sampah yang masuk TPA (jembatan timbang)', 'B04': 'Jumlah tonase setahun / 365 hari',
    'B05': 'Jumlah armada yang beroperasi', 'B07': 'Jumlah rit kendaraan pengangkut ke TPA',
    'B08': 'Jumlah TPS3R yang beroperasi', 'B09': 'Jumlah TPS3R yang selesai dibangun', 'B10': 'Jumlah bank sampah yang aktif bertransaksi',
    'B12': 'Jumlah nasabah terdaftar', 'B13': 'Jumlah tonase sampah yang diterima bank sampah', 'B15': 'Jumlah kelurahan yang terlayani',
    'B16': 'Jumlah setoran retribusi ke kas daerah', 'B17': 'Jumlah titik pembuangan liar hasil pemantauan',
    'B18': 'Jumlah aduan yang masuk (SP4N-LAPOR, WA, langsung)', 'B20': 'Hasil survei kepuasan masyarakat',
    'B21': 'Jumlah kompos yang dihasilkan TPS3R', 'B22': 'Volume lindi yang diolah di IPL',
}


def xround(x, n):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP))


def y2023_2024(ag):
    fn = 'Kinerja UPTD Persampahan 2023-2024.ods'
    b = ag.book(fn, 'PK 2023 with pembilang / penyebut columns, and a semester sheet 2024, in one workbook')
    sheet_2023(ag, b)
    sheet_2024(ag, b)
    dr = b.sheet('Draft Smt II', hidden=True)
    dr.put(1, 1, 'DRAFT realisasi semester II 2024 (belum diverifikasi)', b=True, border=False)
    for k, i in enumerate(['B03', 'B07', 'B13', 'B16'], 3):
        dr.put(k, 1, Y[2024][i][0])
        dr.put(k, 2, round(Y[2024][i][2] * 0.5), fmt=INT)
    ag.sheet_doc(dr, 'HIDDEN draft of the semester II figures: not keyed.')
    nt = b.sheet('Catatan')
    for k, t in enumerate(['CATATAN',
                           '- PK 2023: realisasi indikator persentase dihitung dari pembilang / penyebut.',
                           '- Polaritas: Positif = semakin tinggi semakin baik; Negatif = semakin rendah semakin baik.',
                           '- 2024: pengukuran per semester sesuai surat Kepala Dinas LH.',
                           '- Indikator Persentase pengaduan yang ditindaklanjuti mulai 2024 diukur dengan batas waktu <= 3 hari kerja.',
                           '- Nasabah bank sampah 2024 hanya menghitung nasabah yang aktif menabung.'], 1):
        nt.text(k, 1, t)
    ag.sheet_doc(nt, 'Notes sheet: no key rows.')
    b.save()


def sheet_2023(ag, b):
    sh = b.sheet('PK 2023')
    d = Y[2023]
    sh.title_merge(1, 1, 12, 'PENGUKURAN KINERJA TAHUN 2023')
    sh.title_merge(2, 1, 12, 'UPTD PENGELOLAAN PERSAMPAHAN')
    sh.title_merge(3, 1, 12, 'DINAS LINGKUNGAN HIDUP KOTA TANJUNG MERSIK')
    heads = ['No', 'Sasaran', 'Indikator Kinerja', 'Formulasi Perhitungan', 'Satuan', 'Polaritas', 'Target 2023',
             'Pembilang', 'Penyebut', 'Realisasi 2023', 'Capaian (%)', 'Sumber Data']
    for c, t in enumerate(heads, 1):
        sh.put(5, c, t, b=True, h='center')
        sh.put(6, c, f'({c})', h='center', it=True)
    sh.widths({'A': 5, 'B': 28, 'C': 46, 'D': 40, 'E': 9, 'F': 10, 'G': 14, 'H': 11, 'I': 11, 'J': 14, 'K': 11, 'L': 22})
    groups = [('Meningkatnya penanganan sampah perkotaan', ['B01', 'B03', 'B04', 'B05', 'B06', 'B07', 'B14', 'B15', 'B22', 'B24']),
              ('Meningkatnya pengurangan sampah dari sumbernya', ['B02', 'B08', 'B09', 'B10', 'B12', 'B13', 'B21']),
              ('Meningkatnya kualitas pelayanan persampahan', ['B16', 'B17', 'B18', 'B19', 'B20'])]
    r = 7
    no = 0
    for sas, ids in groups:
        r0 = r
        for i in ids:
            no += 1
            name, T, R = d[i]
            u, kind, neg = META[i]
            fmt = ACC if i == 'B16' else (DEC2 if u in ('%', 'nilai', 'ton/hari') else INT)
            sh.put(r, 1, no, h='center')
            sh.put(r, 3, name)
            sh.put(r, 5, u, h='center')
            pol = 'Negatif' if neg else 'Positif'
            if i == 'B05':
                pol = None
                ag.trap(sh, r, 'B05 Polaritas cell left BLANK: the capaian IF(F="Positif", J/G, (2G-J)/G) sends it down the NEGATIVE branch: 104 where 96 is meant')
            sh.put(r, 6, pol, h='center')
            tv = T
            if i == 'B03':
                tv = '54.000 ton'
                ag.trap(sh, r, "B03 target typed as text '54.000 ton' -> 54000; capaian typed 98,04")
            sh.put(r, 7, tv, fmt=fmt, h='center')
            cap = f'=IF(F{r}="Positif",ROUND(J{r}/G{r}*100,2),ROUND((2*G{r}-J{r})/G{r}*100,2))'
            if i in PP2023:
                f, p, q = PP2023[i]
                sh.put(r, 4, f)
                sh.put(r, 8, p, fmt=INT, h='center')
                sh.put(r, 9, q, fmt=INT, h='center')
                if i == 'B14':
                    sh.put(r, 10, f'=H{r}/I{r}', fmt='General', h='center')
                    kr = p / q
                    ag.trap(sh, r, 'B14 realisasi formula =H/I forgets the x100: 0,857 in a General cell (not % format) -> keyed AS IT STANDS 0.857143; capaian shows 1,01')
                else:
                    sh.put(r, 10, f'=ROUND(H{r}/I{r}*100,2)', fmt=DEC2, h='center')
                    kr = xround(p / q * 100, 2)
            else:
                sh.put(r, 4, FORM[i])
                sh.put(r, 8, '-', h='center')
                sh.put(r, 9, '-', h='center')
                rv = R
                if i == 'B20':
                    rv = '81,2'
                    cap = 101.5
                    ag.trap(sh, r, "B20 realisasi typed as text '81,2' -> 81.2; capaian typed 101,5")
                sh.put(r, 10, rv, fmt=fmt, h='center')
                kr = R
            if i == 'B03':
                cap = 98.04
            if i == 'B07':
                cap = 100
                ag.trap(sh, r, 'B07 capaian typed 100 although 21.730 / 22.000 = 98,77 (typed capaian disagrees)')
            sh.put(r, 11, cap, fmt=DEC2, h='center')
            src = 'Laporan bulanan UPTD' if i not in ('B03', 'B04', 'B07') else 'Jembatan timbang TPA'
            sh.put(r, 12, src)
            ag.key(sh, r, 3, 2023, i, T, kr, one(r, 7), one(r, 10))
            r += 1
        sh.merge(r0, 2, r - 1, 2, sas, va='top')
    last = r - 1
    sig(sh, r + 2, 9, KEPALA, 'Kepala UPTD Pengelolaan Persampahan,', 'Tanjung Mersik, 12 Januari 2024')
    ag.sheet_doc(sh, f'UNUSUAL PK with pembilang / penyebut: title rows 1-3, single header row 5, numbered row 6, data rows 7-{last}: '
                     f'No A, Sasaran B (merged), Indikator C, Formulasi D, Satuan E, Polaritas F, Target 2023 G, Pembilang H, '
                     f'Penyebut I, Realisasi 2023 J (=ROUND(H/I*100,2) for the six percentage indicators, typed for the others; '
                     f'H/I are "-" there), Capaian K (=IF(F="Positif", J/G*100, (2G-J)/G*100)), Sumber Data L.')


S2024 = {  # id: (smt I target, smt I real, smt II target, smt II real)
    'B01': (76, 77.4, 78, 79.2), 'B02': (22, 22.8, 24, 24.6), 'B04': (148, 145.1, 148, 146.3),
    'B05': (52, 50, 52, 52), 'B08': (12, 12, 13, 13), 'B10': (85, 87, 90, 92), 'B11': (110, 109, 120, 118),
    'B12b': (6000, 5620, 6000, 6140), 'B14': (88, 85.71, 88, 88.57), 'B15': (31, 30, 31, 31),
    'B17': (15, 19, 15, 16), 'B19b': ('>= 95', 96.8, '>= 95', 97.53), 'B20': ('-', '-', 82, '82,6'),
    'B23': (330, 326, 330, 328), 'B24': ('85-90', 82, '85-90', 88), 'B13': (600, 598.2, 600, 656.4),
}


def sheet_2024(ag, b):
    sh = b.sheet('Smt 2024')
    d = Y[2024]
    sh.title_merge(1, 1, 13, 'PENGUKURAN CAPAIAN KINERJA PER SEMESTER TAHUN 2024')
    sh.title_merge(2, 1, 13, 'UPTD PENGELOLAAN PERSAMPAHAN DLH KOTA TANJUNG MERSIK')
    for c, t in ((1, 'No'), (2, 'Indikator Kinerja'), (3, 'Satuan'), (4, 'Target 2024'), (11, 'Realisasi 2024'),
                 (12, 'Capaian 2024 (%)'), (13, 'Keterangan')):
        sh.merge(4, c, 5, c, t, b=True, h='center')
    for c, t in ((5, 'Semester I'), (8, 'Semester II')):
        sh.merge(4, c, 4, c + 2, t, b=True, h='center')
        for k, lab in enumerate(['Target', 'Realisasi', '%']):
            sh.put(5, c + k, lab, b=True, h='center')
    for c in range(1, 14):
        sh.put(6, c, f'({c})', h='center', it=True)
    sh.widths({'A': 5, 'B': 50, 'C': 10, 'D': 14, 'K': 14, 'L': 11, 'M': 26})
    groups = [('Sasaran 1 : Meningkatnya penanganan sampah perkotaan', ['B01', 'B03', 'B04', 'B05', 'B07', 'B14', 'B15', 'B23', 'B24']),
              ('Sasaran 2 : Meningkatnya pengurangan sampah dari sumbernya', ['B02', 'B08', 'B09', 'B10', 'B11', 'B12b', 'B13', 'B21']),
              ('Sasaran 3 : Meningkatnya kualitas pelayanan persampahan', ['B16', 'B17', 'B18', 'B19b', 'B20'])]
    r = 7
    no = 0
    for sas, ids in groups:
        sh.merge(r, 1, r, 13, sas, b=True)
        ag.trap(sh, r, 'sasaran row (merged A:M): not a key row')
        r += 1
        for i in ids:
            no += 1
            name, T, R = d[i]
            u, kind, neg = META[i]
            pct = i in ('B01', 'B02')
            fmt = PCT1 if pct else (ACC if i == 'B16' else (DEC2 if u in ('%', 'nilai', 'ton/hari') or i == 'B13' else INT))
            cv = (lambda v: v / 100 if (pct and not isinstance(v, str)) else v)
            if i in S2024:
                t1, r1, t2, r2 = S2024[i]
            else:
                t1, t2 = split(T, [1, 1], 0)
                r1, r2 = split(R, [48, 52], 0)
            sh.put(r, 1, no, h='center')
            sh.put(r, 2, name)
            sh.put(r, 3, u, h='center')
            tv = T
            if i == 'B19b':
                tv = '>= 95'
                ag.trap(sh, r, "B19b target typed '>= 95' (annual and both semesters) -> 95; % columns and capaian typed")
            if i == 'B24':
                tv = '85-90'
                ag.trap(sh, r, "B24 target typed as range '85-90' -> 85; % columns and capaian typed")
            if i == 'B13':
                tv = 12000
                ag.trap(sh, r, 'B13 annual target typed 10x: 12.000 ton (semester targets say 600 + 600): keyed as typed 12000; capaian formula shows 10,46')
            sh.put(r, 4, cv(tv), fmt=fmt, h='center')
            for c, v in ((5, t1), (6, r1), (8, t2), (9, r2)):
                sh.put(r, c, cv(v), fmt=fmt, h='center')
            typed = isinstance(t1, str) or isinstance(r2, str) or isinstance(tv, str)
            if typed:
                sh.put(r, 7, '-' if r1 == '-' else xround(r1 / 95 * 100, 2) if i == 'B19b' else (96.47 if i == 'B24' else '-'), fmt=DEC2, h='center')
                sh.put(r, 10, {'B19b': 102.66, 'B24': 103.53, 'B20': 100.73}[i], fmt=DEC2, h='center')
            else:
                sh.put(r, 7, f'=ROUND(F{r}/E{r}*100,2)', fmt=DEC2, h='center')
                sh.put(r, 10, f'=ROUND(I{r}/H{r}*100,2)', fmt=DEC2, h='center')
            if kind == 'flow':
                k = f'=F{r}+I{r}'
                kr = r1 + r2
            else:
                k = f'=I{r}'
                kr = 82.6 if i == 'B20' else r2
            sh.put(r, 11, k, fmt=fmt, h='center')
            if typed:
                cap = {'B19b': 102.66, 'B24': 103.53, 'B20': 100.73}[i]
            elif i == 'B17':
                cap = f'=ROUND(D{r}/K{r}*100,2)'
            elif neg:
                cap = f'=ROUND((2*D{r}-K{r})/D{r}*100,2)'
            else:
                cap = f'=ROUND(K{r}/D{r}*100,2)'
            if i == 'B07':
                cap = f'=ROUND(K{r + 1}/D{r + 1}*100,2)'
                ag.trap(sh, r, 'B07 capaian formula points at the next row (B14): shows 100,65 instead of 102,36')
            if i == 'B09':
                ag.trap(sh, r, 'B09 semester I target 0 (1 TPS3R planned in semester II): the Smt I % formula shows #DIV/0! (not a key cell)')
            if i == 'B20':
                ag.trap(sh, r, "B20 semester II realisasi typed as text '82,6'; Realisasi 2024 (=I) carries the text -> 82.6; capaian typed 100,73")
            if pct:
                ag.trap(sh, r, f'{i}: target, semester and annual values are fractions in 0.0% cells -> key in percent points')
            if i == 'B17':
                ag.trap(sh, r, 'B17 (negative) capaian uses target/realisasi x 100 while B18 uses (2T-R)/T: two negative formulas in one sheet')
            sh.put(r, 12, cap, fmt=DEC2, h='center')
            ket = 'Semester II = posisi akhir tahun' if kind == 'level' else 'Smt I + Smt II'
            if i == 'B12b':
                ket = 'hanya nasabah aktif'
            sh.put(r, 13, ket)
            kt = {'B19b': 95, 'B24': 85, 'B13': 12000}.get(i, T)
            ag.key(sh, r, 2, 2024, i, kt, kr, one(r, 4), one(r, 11))
            r += 1
    last = r - 1
    sig(sh, r + 2, 9, KEPALA, 'Kepala UPTD Pengelolaan Persampahan,', 'Tanjung Mersik, 10 Januari 2025')
    ag.sheet_doc(sh, f'Semester sheet: title rows 1-2, header rows 4-5 (Semester I and II each Target | Realisasi | %), numbered row 6 '
                     f'((1)..(13)), sasaran rows merged A:M, indicator rows 8-{last}: No A, Indikator B, Satuan C, Target 2024 D, '
                     f'Smt I E/F/G, Smt II H/I/J, Realisasi 2024 K (=F+I for flows, =I for levels), Capaian L, Keterangan M. K is keyed.')


def build():
    ag = Agency(SLUG, AG, [2021, 2022, 2023, 2024])
    y2021(ag)
    y2022(ag)
    y2023_2024(ag)
    ag.layouts[2023] = ('`Kinerja UPTD Persampahan 2023-2024.ods` / `PK 2023`: UNUSUAL PK with Formulasi, Polaritas, Pembilang and '
                        'Penyebut columns; realisasi of percentage indicators is a formula H/I*100; capaian IF on the polarity cell')
    ag.layouts[2024] = ('`Kinerja UPTD Persampahan 2023-2024.ods` / `Smt 2024`: semester layout (Smt I and Smt II each Target | '
                        'Realisasi | %) with an annual Realisasi column; sasaran as full-width rows; hidden draft sheet; notes sheet')
    ag.flows = sorted(i for i, m in META.items() if m[1] == 'flow')
    ag.ambiguous = [['B12', 'B12b'], ['B19', 'B19b']]
    ag.lookalikes = [
        'B01 / B02: Persentase sampah tertangani (ditangani, penanganan) vs Persentase sampah dikurangi (pengurangan) - never merge',
        'B03 / B04: Volume sampah diangkut ke TPA (ton per year) vs Rata-rata sampah terangkut per hari (ton/hari) - never merge',
        'B05 / B06: Jumlah armada beroperasi vs Persentase armada layak jalan/operasi - never merge',
        'B08 / B09: Jumlah TPS3R beroperasi vs Jumlah TPS3R BARU dibangun - never merge',
        'B10 / B11: Jumlah bank sampah AKTIF vs Jumlah bank sampah TERBENTUK (all, cumulative) - two sub-types, never merge',
        'B13 / B21: Volume sampah dikelola bank sampah vs Volume kompos dihasilkan - different ids (both ton, both flows)',
        'B14 / B15: Persentase kelurahan terlayani vs Jumlah kelurahan terlayani - never merge',
        'B18 / B19: Jumlah pengaduan vs Persentase pengaduan ditindaklanjuti - never merge',
        'B12 / B12b and B19 / B19b: ambiguous (2024 counts only ACTIVE nasabah; 2024 adds a 3-working-day limit)',
        'same id despite drift: B03 (Volume / Jumlah, "(ton)" in name, "TPA Sei Lumut"), B07 (ritase / Ritase Angkutan / rit ... ke TPA), '
        'B08 (TPS3R / TPS 3R / the acronym spelled out "Tempat Pengolahan Sampah Reduce-Reuse-Recycle (TPS3R)"), '
        'B14 (Persentase / Prosentase / "cakupan" / "Kel."), B17 (titik timbulan sampah liar / titik sampah liar / lokasi pembuangan sampah liar / titik TPS liar), '
        'B20 (IKM / Indeks Kepuasan Masyarakat ...), B21 (Volume kompos / Jumlah kompos diproduksi / Produksi kompos), B22 (air lindi / lindi terolah)',
    ]
    ag.write()
    return ag


if __name__ == '__main__':
    build()
