"""Agency 2: UPTD Terminal Penumpang Tipe B Pinang Lestari, Dinas Perhubungan Kota Sungai Rawa."""
from lib import *

SLUG = 'terminal_pinang_lestari'
AGENCY = 'UPTD Terminal Penumpang Tipe B Pinang Lestari - Dinas Perhubungan Kota Sungai Rawa'
YEARS = [2021, 2022, 2023, 2024]
I = {}
def ind(i, unit, pol, kind, names, T, R):
    I[i] = dict(unit=unit, pol=pol, kind=kind, names=dict(zip(YEARS, names)), T=dict(zip(YEARS, T)), R=dict(zip(YEARS, R)))

ind('B01', 'orang', '+', 'flow', ['Jumlah penumpang berangkat', 'Jumlah Penumpang Yang Berangkat dari Terminal', 'Jml penumpang berangkat (orang)', 'JUMLAH PENUMPANG BERANGKAT'],
    [84000, 96000, 110000, 118000], [79450, 101230, 112874, 121560])
ind('B02', 'orang', '+', 'flow', ['Jumlah penumpang datang', 'Jumlah Penumpang Yang Tiba di Terminal', 'Jml penumpang datang (orang)', 'JUMLAH PENUMPANG DATANG'],
    [80000, 92000, 105000, 112000], [76320, 97410, 108305, 115870])
ind('B03', 'rit', '+', 'flow', ['Jumlah keberangkatan bus AKDP', 'Jumlah Rit Keberangkatan Angkutan Antar Kota Dalam Provinsi (AKDP)', 'Jml keberangkatan AKDP (rit)', 'JUMLAH KEBERANGKATAN BUS AKDP'],
    [14000, 15500, 16000, 16500], [13288, 15940, 16211, 16480])
ind('B04', 'rit', '+', 'flow', ['Jumlah keberangkatan angkutan perdesaan', 'Jumlah Rit Keberangkatan Angkutan Perdesaan (Angdes)', 'Jml keberangkatan angdes (rit)', 'JUMLAH KEBERANGKATAN ANGKUTAN PERDESAAN'],
    [9000, 9000, 8500, 8000], [8420, 8610, 8122, 7640])
ind('B05', '%', '+', 'level', ['Persentase kendaraan yang lulus ramp check', 'Prosentase Kendaraan Laik Jalan hasil Ramp Check', '% kendaraan lulus ramp check', 'PERSENTASE KENDARAAN LULUS RAMP CHECK'],
    [85, 85, 90, 90], [82.5, 87.3, 88.9, 91.4])
ind('B06', 'unit', '+', 'flow', ['Jumlah kendaraan yang di ramp check', 'Jumlah Kendaraan Yang Dilakukan Ramp Check', 'Jml kendaraan di-ramp check (unit)', 'JUMLAH KENDARAAN RAMP CHECK'],
    [600, 700, 750, 800], [612, 688, 774, 805])
ind('B07', '%', '+', 'level', ['Persentase ketepatan waktu keberangkatan bus', 'Persentase Keberangkatan Tepat Waktu (On Time Performance)', 'OTP keberangkatan (%)', 'PERSENTASE KETEPATAN WAKTU KEBERANGKATAN (OTP)'],
    [75, 80, 80, 85], [71.2, 78.6, 82.4, 84.1])
ind('B08', 'nilai', '+', 'level', ['Indeks Kepuasan Masyarakat (IKM) pengguna terminal', 'Nilai IKM Terminal', 'IKM', 'INDEKS KEPUASAN MASYARAKAT'],
    [78, 80, 82, 83], [79.4, 81.06, 82.9, 84.25])
ind('B09', 'kejadian', '-', 'flow', ['Jumlah kecelakaan di area terminal', 'Jumlah Kejadian Kecelakaan di Lingkungan Terminal', 'Jml kecelakaan di terminal (kejadian)', 'JUMLAH KECELAKAAN DI AREA TERMINAL'],
    [3, 3, 2, 2], [4, 2, 1, 0])
ind('B10', 'kasus', '-', 'flow', ['Jumlah pelanggaran tata tertib terminal', 'Jumlah Pelanggaran Tatib Terminal', 'Jml pelanggaran tata tertib (kasus)', 'JUMLAH PELANGGARAN TATA TERTIB TERMINAL'],
    [120, 100, 90, 80], [134, 96, 88, 71])
ind('B11', 'Rp', '+', 'flow', ['Pendapatan retribusi terminal', 'Realisasi Pendapatan Retribusi Terminal', 'Retribusi terminal (Rp)', 'PENDAPATAN RETRIBUSI TERMINAL'],
    [350000000, 400000000, 425000000, 450000000], [312450000, 418775000, 431260000, 462310000])
ind('B12', '%', '+', 'level', ['Persentase fasilitas terminal dalam kondisi baik', 'Persentase Sarana dan Prasarana Terminal Kondisi Baik', '% fasilitas kondisi baik', 'PERSENTASE FASILITAS TERMINAL KONDISI BAIK'],
    [80, 85, 85, 90], [78, 86.5, 84, 91])
ind('B13', 'PO', '+', 'level', ['Jumlah perusahaan otobus (PO) yang beroperasi', 'Jumlah PO Yang Beroperasi di Terminal', 'Jml PO beroperasi', 'JUMLAH PERUSAHAAN OTOBUS YANG BEROPERASI'],
    [24, 25, 26, 27], [23, 25, 27, 27])
ind('B14', 'PO', '+', 'flow', ['Jumlah PO baru yang terdaftar', 'Jumlah Perusahaan Otobus (PO) Baru Yang Terdaftar', 'Jml PO baru', 'JUMLAH PO BARU TERDAFTAR'],
    [2, 2, 2, 2], [1, 3, 2, 1])
ind('B15', '%', '+', 'level', ['Load factor angkutan AKDP', 'Tingkat Load Factor Bus AKDP', None, None], [60, 65, None, None], [54.3, 66.2, None, None])
ind('B15b', '%', '+', 'level', [None, None, 'Tingkat keterisian kendaraan (okupansi) (%)', 'TINGKAT OKUPANSI ANGKUTAN UMUM'], [None, None, 65, 68], [None, None, 67.5, 69.8])
ind('B16', '%', '+', 'level', ['Persentase pengaduan masyarakat yang ditindaklanjuti', 'Persentase Pengaduan yg Ditindaklanjuti', '% pengaduan ditindaklanjuti', 'PERSENTASE PENGADUAN YANG DITINDAKLANJUTI'],
    [100, 100, 100, 100], [92.3, 100, 96.7, 100])
ind('B17', 'orang', '+', 'flow', ['Jumlah calo & pedagang asongan yang ditertibkan', 'Jumlah Calo dan Pedagang Asongan yang Ditertibkan', None, None], [50, 40, None, None], [62, 35, None, None])
ind('B18', 'menit', '-', 'level', [None, None, 'Rata-rata waktu tunggu penumpang (menit)', 'RATA - RATA WAKTU TUNGGU PENUMPANG'], [None, None, 30, 25], [None, None, 28, 26])
ind('B19', 'predikat', '+', 'level', ['Predikat penilaian pelayanan terminal', 'Predikat Penilaian Pelayanan Terminal (Kemenhub)', 'Nilai penilaian pelayanan terminal', None],
    ['B', 'B', 75, None], ['B', 'A', 78.5, None])

SAS = {1: 'Meningkatnya kualitas pelayanan angkutan penumpang di terminal', 2: 'Meningkatnya keselamatan dan ketertiban di lingkungan terminal',
       3: 'Meningkatnya pendapatan dan kepuasan pengguna terminal'}
GRP = {'B01': 1, 'B02': 1, 'B03': 1, 'B04': 1, 'B07': 1, 'B13': 1, 'B14': 1, 'B15': 1, 'B15b': 1, 'B18': 1,
       'B05': 2, 'B06': 2, 'B09': 2, 'B10': 2, 'B17': 2, 'B12': 2,
       'B08': 3, 'B11': 3, 'B16': 3, 'B19': 3}
def order(y):
    ids = [i for i in I if I[i]['names'][y]]
    return sorted(ids, key=lambda i: (GRP[i], list(I).index(i)))

KEPALA = ('Rahmat Hidayatullah, S.SiT., M.T.', 'Penata Tk. I (III/d)', 'NIP. 19800615 200212 1 003')


def fmt_val(v, unit):
    """Value and unit in one cell, as typed by the clerk."""
    if isinstance(v, str):
        return v
    if unit == 'Rp':
        return 'Rp. ' + f'{v:,.0f}'.replace(',', '.')
    if float(v).is_integer():
        s = f'{int(v):,}'.replace(',', '.')
    else:
        s = f'{v}'.replace('.', ',')
    return s + (' %' if unit == '%' else (' ' + unit if unit not in ('nilai', 'predikat') else ''))


def pk2021(books):
    y = 2021
    b = Book(SLUG, 'PK_Terminal_Pinang_Lestari_2021.xlsx')
    ws = b.sheet('PK 2021')
    for k, t in enumerate(['PENGUKURAN KINERJA TAHUN 2021', 'UPTD TERMINAL PENUMPANG TIPE B PINANG LESTARI', 'DINAS PERHUBUNGAN KOTA SUNGAI RAWA']):
        merge(ws, f'A{k + 1}:G{k + 1}', t, bold=True, align=CENTER, border=False)
    for k, t in enumerate(['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Keterangan']):
        put(ws, f'{col(k + 1)}5', t, bold=True, align=CENTER)
    r = 6; no = 0; last = None; start = 6
    for i in order(y):
        d = I[i]; g = GRP[i]
        if g != last:
            if last is not None:
                merge(ws, f'A{start}:A{r - 1}', no, align=CENTER); merge(ws, f'B{start}:B{r - 1}', SAS[last], align=WRAP)
            no += 1; last = g; start = r
        name, T, R = d['names'][y], d['T'][y], d['R'][y]
        tcell, rcell, kt, kr = fmt_val(T, d['unit']), fmt_val(R, d['unit']), T, R
        cap = None
        if isinstance(T, (int, float)):
            c = R / T * 100 if d['pol'] == '+' else (2 * T - R) / T * 100
            cap = f'{c:.2f}'.replace('.', ',') + ' %'
        if i == 'B03':
            tcell = '13.500 - 14.000 rit'; kt = 13500; cap = '98,43 %'
        if i == 'B12':
            tcell = '>= 80 %'
        if i == 'B01':
            tcell = '840.000 orang'; kt = 840000; cap = '9,46 %'   # target typed 10x
        if i == 'B07':
            rcell = '71,2'
        if i == 'B09':
            cap = '133,33 %'   # positive formula on a negative indicator (true 66,67)
        if i == 'B16':
            cap = '100 %'      # typed capaian that disagrees (92,3 / 100)
        if i == 'B19':
            kt = kr = None; cap = 'Tercapai'
        put(ws, f'C{r}', name, align=WRAP); put(ws, f'D{r}', tcell); put(ws, f'E{r}', rcell); put(ws, f'F{r}', cap); put(ws, f'G{r}', '')
        b.key(ws, f'C{r}', y, i, name, kt, kr, ('one', [f'D{r}']), ('one', [f'E{r}']))
        r += 1
        if i == 'B13':   # duplicated row
            put(ws, f'C{r}', name, align=WRAP); put(ws, f'D{r}', tcell); put(ws, f'E{r}', rcell); put(ws, f'F{r}', cap); put(ws, f'G{r}', '')
            r += 1
    merge(ws, f'A{start}:A{r - 1}', no, align=CENTER); merge(ws, f'B{start}:B{r - 1}', SAS[last], align=WRAP)
    ws[f'B{r + 1}'] = 'Anggaran : Rp. 2.415.300.000,-   Realisasi : Rp. 2.287.114.650,- (94,69 %)'
    signature(ws, r + 3, 'E', 'Sungai Rawa, 14 Januari 2022', 'KEPALA UPTD TERMINAL PINANG LESTARI', *KEPALA)
    ws.column_dimensions['B'].width = 30; ws.column_dimensions['C'].width = 45; ws.column_dimensions['D'].width = 18; ws.column_dimensions['E'].width = 18
    b.sheet('Sheet2')
    wn = b.sheet('Catatan')
    wn['A1'] = 'Data penumpang dari manifest harian petugas loket; retribusi dari BKD.'
    wn['A2'] = 'Target penumpang berangkat sesuai PK: 84.000 orang.'
    books.append(b)


def e81_2022(books):
    y = 2022
    b = Book(SLUG, 'Evaluasi_Renja_Terminal_2022.xls')
    ws = b.sheet('E81 TW IV 2022')
    ws['A1'] = 'Formulir E.81'
    ws['A2'] = 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA SUNGAI RAWA'
    ws['A3'] = 'Renja Dinas Perhubungan (UPTD Terminal Penumpang Tipe B Pinang Lestari) Periode Pelaksanaan: Tahun 2022'
    ws['A4'] = 'Indikator dan target kinerja Perangkat Daerah Kota yang mengacu pada sasaran RKPD:'
    ids = order(y)
    g1 = [i for i in ids if GRP[i] == 1]; g2 = [i for i in ids if GRP[i] == 2]; g3 = [i for i in ids if GRP[i] == 3]
    progs = [('PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', (1850000000, [402000000, 455300000, 431900000, 498650000]),
              [('Penyediaan Pelayanan Terminal Penumpang Angkutan Jalan', (1240000000, [288000000, 301500000, 296800000, 330450000]), g1),
               ('Pengendalian dan Pengawasan Ketertiban Terminal', (610000000, [114000000, 153800000, 135100000, 168200000]), g2)]),
             ('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', (520000000, [98000000, 131000000, 122000000, 150400000]),
              [('Pengelolaan Retribusi dan Peningkatan Pelayanan Publik', (520000000, [98000000, 131000000, 122000000, 150400000]), g3)])]
    sas = {i: SAS[GRP[i]] for i in ids}
    q06 = split_flow(688); q06t = list(q06); q06t[2] = f'{q06[2]} unit'
    over = {
        'B06': dict(q=q06t, kr=688 - q06[2]),           # TW III typed as text -> SUM skips it
        'B16': dict(q=[100, 100, 100, 100]),
        'B19': dict(kt=None, kr=None, q=['-', '-', '-', 'A'], ann='A', tcell='B', renstra='A'),
        'B11': dict(tcell='400 Jt', kt=400),             # target typed in juta
        'B02': dict(prev=76320),
    }
    r, cols = e81(b, ws, y, I, ids, sas, progs, over, scheme17=False, unit_pd='UPTD Terminal Pinang Lestari')
    ws[f'D{r + 1}'] = 'Faktor pendorong : pemulihan mobilitas pasca pandemi.'
    ws[f'D{r + 2}'] = 'Faktor penghambat : keterbatasan petugas ramp check.'
    ws[f'D{r + 3}'] = 'Tindak lanjut : penambahan shift petugas pada Renja 2023.'
    signature(ws, r + 5, 'E', 'Disusun, Sungai Rawa, 16 Januari 2023', 'Kepala UPTD Terminal', *KEPALA)
    signature(ws, r + 5, 'T', 'Dievaluasi,', 'Kepala Bappeda Kota Sungai Rawa', 'Ir. Hendra Saputra Gultom, M.Si.', 'Pembina Utama Muda (IV/c)', 'NIP. 19690302 199503 1 002')
    ws.column_dimensions['E'].width = 45; ws.column_dimensions['D'].width = 30
    wh = b.sheet('E81 TW III 2022', hidden=True)
    wh['A1'] = 'Formulir E.81 - posisi Triwulan III (arsip)'
    for k, i in enumerate(ids):
        wh[f'E{k + 3}'] = I[i]['names'][y]; wh[f'J{k + 3}'] = str(I[i]['T'][y])
    books.append(b)


MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']


def ods2324(books):
    b = Book(SLUG, 'Terminal_Pinang_Lestari_2023_2024.ods')
    # --- 2023 monthly
    y = 2023
    ws = b.sheet('Bulanan 2023')
    ws['A1'] = 'REKAPITULASI CAPAIAN KINERJA BULANAN TAHUN 2023'; ws['A2'] = 'UPTD Terminal Tipe B Pinang Lestari'
    hdr = ['No', 'Indikator Kinerja', 'Satuan', 'Target 2023'] + MONTHS + ['Realisasi 2023', 'Capaian (%)']
    for k, t in enumerate(hdr):
        put(ws, f'{col(k + 1)}4', t, bold=True, align=CENTER)
    r = 5; n = 0
    for i in order(y):
        d = I[i]; n += 1
        name, T, R = d['names'][y], d['T'][y], d['R'][y]
        integer = float(R).is_integer()
        if d['kind'] == 'flow':
            w = [1 / 12] * 12
            ms = split_flow(R, n=12, w=w, integer=integer)
            ann = f'=SUM(E{r}:P{r})'
        else:
            ms = [round(R * (0.9 + 0.1 * k / 11), 2) for k in range(12)]; ms[-1] = R
            ann = f'=P{r}'
        kr = R
        if i == 'B01':
            ann = f'=SUM(E{r}:O{r})'; kr = R - ms[11]   # range misses December
        if i == 'B07':
            ann = f'=AVERAGE(E{r}:P{r})'; kr = round(sum(ms) / 12, 6)   # average instead of the December level
        if i == 'B12':
            ann = R   # typed
        if i == 'B19':
            ms = [None] * 11 + [R]
        if i == 'B14':
            ms = [0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0]
        put(ws, f'A{r}', n); put(ws, f'B{r}', name, align=WRAP); put(ws, f'C{r}', d['unit']); put(ws, f'D{r}', T)
        for k in range(12):
            put(ws, f'{col(5 + k)}{r}', ms[k] if ms[k] is not None else '')
        put(ws, f'Q{r}', ann)
        if d['pol'] == '-' and i != 'B18':
            put(ws, f'R{r}', f'=(2*D{r}-Q{r})/D{r}*100', fmt='0.00')
        else:
            put(ws, f'R{r}', f'=Q{r}/D{r}*100', fmt='0.00')   # B18 negative with positive formula
        b.key(ws, f'B{r}', y, i, name, T, kr, ('one', [f'D{r}']), ('one', [f'Q{r}']))
        r += 1
    put(ws, f'B{r}', 'Rata-rata capaian'); put(ws, f'R{r}', f'=AVERAGE(R5:R{r - 1})', fmt='0.00')
    signature(ws, r + 2, 'N', 'Sungai Rawa, 15 Januari 2024', 'Kepala UPTD,', *KEPALA)
    ws.column_dimensions['B'].width = 42
    # --- 2024 transposed, two blocks
    y = 2024
    ws = b.sheet('Rekap 2024')
    ws['A1'] = 'CAPAIAN INDIKATOR KINERJA UPTD TERMINAL PINANG LESTARI TAHUN 2024'
    ids = order(y)
    blocks = [ids[:9], ids[9:]]
    top = 3
    for bl in blocks:
        labels = ['Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Capaian (%)']
        for k, t in enumerate(labels):
            put(ws, f'A{top + k}', t, bold=True)
        for j, i in enumerate(bl):
            c = col(2 + j); d = I[i]
            name, T, R = d['names'][y], d['T'][y], d['R'][y]
            pct = d['unit'] == '%'
            tcell = T / 100 if pct else T; rcell = R / 100 if pct else R
            fmt = '0.0%' if pct else '#,##0.##'
            kt, kr = T, R
            if i == 'B16':
                rcell = '100%'; fmt = 'General'
            if i == 'B10':
                tcell = 800; kt = 800   # typed 10x
            put(ws, f'{c}{top}', name, bold=True, align=CENTER)
            put(ws, f'{c}{top + 1}', d['unit']); put(ws, f'{c}{top + 2}', tcell, fmt='0.0%' if pct else fmt); put(ws, f'{c}{top + 3}', rcell, fmt=fmt)
            if i == 'B16':
                cap = 100
            elif d['pol'] == '-' and i != 'B18':
                cap = f'=(2*{c}{top + 2}-{c}{top + 3})/{c}{top + 2}*100'
            else:
                cap = f'={c}{top + 3}/{c}{top + 2}*100'
            put(ws, f'{c}{top + 4}', cap, fmt='0.00')
            b.key(ws, f'{c}{top}', y, i, name, kt, kr, ('one', [f'{c}{top + 2}']), ('one', [f'{c}{top + 3}']), share_col=True)
            ws.column_dimensions[c].width = 16
        top += 8
    ws.column_dimensions['A'].width = 18
    signature(ws, top, 'H', 'Sungai Rawa, 13 Januari 2025', 'Kepala UPTD Terminal', 'Yuliana Sembiring, S.T.', 'Penata Tk. I (III/d)', 'NIP. 19830710 200604 2 011')
    wn = b.sheet('Catatan')
    wn['A1'] = 'Mulai 2023 load factor diganti indikator okupansi (definisi baru: seluruh angkutan umum, bukan hanya AKDP).'
    wn['A2'] = 'Rekap 2024 dibuat 2 baris agar muat dicetak landscape.'
    books.append(b)


def build():
    books = []
    pk2021(books); e81_2022(books); ods2324(books)
    return dict(slug=SLUG, agency=AGENCY, years=YEARS, books=books, ambiguous=[['B15', 'B15b']], I=I)
