"""Agency 1: Dinas Perhubungan Kota Bukit Jambangan, 2021-2024 (all invented)."""
import random

from common import *

SLUG = 'dishub_kota_bukit_jambangan'
AGENCY = 'Dinas Perhubungan Kota Bukit Jambangan'
YEARS = [2021, 2022, 2023, 2024]
FLOW = ['D01', 'D03', 'D03b', 'D07', 'D09', 'D11', 'D12', 'D21', 'D22', 'D23']

SAS = {
    'SS1': 'Meningkatnya kualitas pelayanan angkutan umum',
    'SS2': 'Meningkatnya pendapatan daerah dari sektor perhubungan',
    'SS3': 'Meningkatnya keselamatan, ketertiban dan kelancaran lalu lintas',
    'SS4': 'Meningkatnya kelaikan kendaraan bermotor',
    'SS5': 'Meningkatnya akuntabilitas kinerja perangkat daerah',
}

# id: unit, sasaran, {year: (name as written, target, realisasi)}  (figures as intended, before layout)
IND = {
    'D01': ('orang', 'SS1', {
        2021: ('Jumlah penumpang angkutan umum yang berangkat dari Terminal Tipe C', 410000, 352480),
        2022: ('Jumlah Penumpang Angkutan Umum yg Berangkat dari Terminal', 420000, 398215),
        2023: ('Jumlah penumpang berangkat di terminal (orang)', 450000, 471630),
        2024: ('Jumlah Penumpang Terminal yang Berangkat', 480000, 489902)}),
    'D02': ('%', 'SS1', {
        2021: ('Persentase terminal yang memenuhi Standar Pelayanan Minimal', 75, 75),
        2022: ('Prosentase Terminal yang Memenuhi SPM', 80, 75),
        2023: ('Persentase terminal sesuai standar pelayanan minimal (SPM)', 85, 87.5),
        2024: ('Persentase Terminal memenuhi SPM (%)', 90, 87.5)}),
    'D13': ('unit', 'SS1', {
        2021: ('Jumlah halte yang layak', 38, 36),
        2022: ('Jumlah Halte Dalam Kondisi Layak', 40, 41),
        2023: ('Jumlah halte / bus stop yang layak', 44, 43),
        2024: ('JUMLAH HALTE LAYAK', 46, 47)}),
    'D14': ('rasio', 'SS1', {
        2021: ('Rasio ketersediaan angkutan umum per 1.000 penduduk', 0.85, 0.81),
        2022: ('Rasio Ketersediaan Angkutan Umum', 0.85, 0.83)}),
    'D15': ('trayek', 'SS1', {
        2021: ('Jumlah trayek angkutan kota yang terlayani', 14, 12),
        2022: ('Jumlah trayek angkot yang dilayani', 14, 13),
        2023: ('Jumlah trayek angkutan perkotaan yang beroperasi', 15, 15),
        2024: ('Jumlah Trayek Angkutan Kota Beroperasi', 15, 14)}),
    'D03': ('Rp', 'SS2', {
        2021: ('Pendapatan Retribusi Parkir di Tepi Jalan Umum', 2450000000, 1987650000),
        2022: ('Pendapatan retribusi parkir tepi jalan umum', 2600000000, 2431118500)}),
    'D03b': ('Rp', 'SS2', {
        2023: ('Pendapatan Retribusi Parkir (Tepi Jalan Umum dan Tempat Khusus Parkir)', 3900000000, 3712440000),
        2024: ('Pendapatan retribusi parkir TJU & TKP', 4100000000, 4256870000)}),
    'D04': ('titik', 'SS2', {
        2021: ('Jumlah titik parkir yang dikelola', 185, 182),
        2022: ('Jumlah Titik Parkir Terkelola', 190, 194),
        2023: ('Jumlah titik lokasi parkir yang dikelola Dishub', 200, 203),
        2024: ('Titik parkir yang dikelola (titik)', 210, 207)}),
    'D19': ('orang', 'SS2', {
        2021: ('Jumlah juru parkir yang terdaftar', 420, 436),
        2022: ('Jumlah Juru Parkir Terdaftar & Berseragam', 450, 447),
        2023: ('Jumlah juru parkir resmi (terdaftar)', 470, 481),
        2024: ('Jumlah jukir terdaftar', 490, 502)}),
    'D05': ('unit', 'SS3', {
        2021: ('Jumlah lampu lalu lintas (APILL) yang berfungsi baik', 46, 44),
        2022: ('Jumlah APILL yang berfungsi dengan baik', 48, 47),
        2023: ('Jumlah Alat Pemberi Isyarat Lalu Lintas (APILL) yg berfungsi baik', 52, 52),
        2024: ('Jumlah APILL berfungsi baik (unit)', 55, 53)}),
    'D06': ('%', 'SS3', {
        2021: ('Persentase lampu lalu lintas (APILL) yang berfungsi baik', 95, 91.67),
        2022: ('Persentase APILL yang berfungsi dengan baik', 95, 94),
        2023: ('Persentase APILL yg berfungsi baik', 96, 96.3),
        2024: ('Persentase APILL berfungsi baik (%)', 97, 94.64)}),
    'D07': ('kejadian', 'SS3', {
        2021: ('Jumlah kecelakaan lalu lintas', 320, 298),
        2022: ('Jumlah Kejadian Kecelakaan Lalu Lintas', 300, 311),
        2023: ('Jumlah kecelakaan lalu lintas di jalan kota', 290, 276),
        2024: ('Angka kecelakaan lalu lintas (kejadian)', 280, 265)}),
    'D08': ('per 100.000 penduduk', 'SS3', {
        2021: ('Tingkat fatalitas kecelakaan per 100.000 penduduk', 4.5, 4.1),
        2022: ('Tingkat fatalitas kecelakaan lalu lintas per 100.000 penduduk', 4.3, 4.4),
        2023: ('Fatalitas kecelakaan per 100 ribu penduduk', 4.1, 3.9),
        2024: ('Tingkat Fatalitas Kecelakaan (per 100.000 penduduk)', 4.0, 3.7)}),
    'D11': ('buah', 'SS3', {
        2021: ('Jumlah rambu lalu lintas yang terpasang', 150, 162),
        2022: ('Jumlah Rambu Lalu Lintas Terpasang', 150, 138),
        2023: ('Rambu lalu lintas yang dipasang (buah)', 160, 171),
        2024: ('Jumlah rambu yang terpasang', 170, 166)}),
    'D12': ('km', 'SS3', {
        2021: ('Panjang jalan yang dilengkapi marka (km)', 12.5, 11.8),
        2022: ('Panjang Marka Jalan yang Terpasang', 13, 13.4),
        2023: ('Panjang jalan kota yang dilengkapi marka jalan', 14, 14.25),
        2024: ('Panjang marka jalan (km)', 15, 15.6)}),
    'D18': ('%', 'SS3', {
        2021: ('Persentase lampu Penerangan Jalan Umum (PJU) yang menyala', 92, 89.6),
        2022: ('Persentase PJU yang Menyala', 93, 94.2)}),
    'D24': ('%', 'SS3', {
        2022: ('Persentase ruas jalan dengan Level of Service (LoS) minimal C', 70, 68.5),
        2023: ('Persentase ruas jalan dg tingkat pelayanan minimal C', 72, 73.2),
        2024: ('Persentase ruas jalan dengan LoS ≥ C', 74, 74)}),
    'D20': ('menit', 'SS3', {
        2023: ('Rata-rata waktu tempuh pada\nkoridor utama (menit)', 25, 26.5),   # line break in the cell
        2024: ('Rata - rata waktu tempuh koridor utama', 24, 23.8)}),
    'D09': ('unit', 'SS4', {
        2021: ('Jumlah kendaraan wajib uji yang diuji berkala (KIR)', 4500, 4212),
        2022: ('Jumlah Kendaraan Wajib Uji yang Diuji (Uji KIR)', 4800, 4655)}),
    'D22': ('unit', 'SS4', {
        2023: ('Jumlah kendaraan angkutan barang yang diuji KIR', 3300, 3418),
        2024: ('Jumlah kendaraan barang yg diuji KIR', 3500, 3562)}),
    'D23': ('unit', 'SS4', {
        2023: ('Jumlah kendaraan angkutan penumpang yang diuji KIR', 1700, 1596),
        2024: ('Jumlah kendaraan penumpang yg diuji KIR', 1750, 1702)}),
    'D10': ('%', 'SS4', {
        2021: ('Persentase kendaraan wajib uji yang', 90, 92.4),   # wrapped: continues on next row
        2022: ('Persentase Kendaraan Lulus Uji Berkala', 90, 93.1),
        2023: ('Persentase kendaraan yang lulus uji KIR', 92, 93.4),
        2024: ('Prosentase kendaraan lulus uji', 92, 94.2)}),
    'D21': ('unit', 'SS4', {
        2022: ('Jumlah kendaraan bermotor yang diuji emisi', 1000, 1124),
        2023: ('Jumlah kendaraan yg diuji emisi gas buang', 1200, 1310),
        2024: ('Kendaraan bermotor yang diuji emisi (unit)', 1300, 1276)}),
    'D16': ('indeks', 'SS4', {
        2021: ('Indeks Kepuasan Masyarakat (IKM) pelayanan pengujian kendaraan bermotor', 80, 82.15),
        2022: ('IKM Pelayanan Pengujian Kendaraan Bermotor', 82, 83.4),
        2023: ('Indeks kepuasan masyarakat thd layanan uji KIR', 83, 84.07),
        2024: ('Nilai IKM pelayanan PKB (pengujian kendaraan bermotor)', 82, 85.12)}),
    'D17': ('predikat', 'SS5', {
        2021: ('Nilai Evaluasi SAKIP Dinas Perhubungan', 'B', 'B'),
        2022: ('Hasil Evaluasi SAKIP', 'BB', 'B'),
        2023: ('Nilai SAKIP Perangkat Daerah', 'BB', 'BB'),
        2024: ('Predikat SAKIP', 'BB', 'BB')}),
}
NEG = {'D07', 'D08', 'D20'}
ORDER = ['D01', 'D02', 'D13', 'D14', 'D15', 'D03', 'D03b', 'D04', 'D19', 'D05', 'D06', 'D07',
         'D08', 'D11', 'D12', 'D18', 'D24', 'D20', 'D09', 'D22', 'D23', 'D10', 'D21', 'D16', 'D17']


def items(year):
    return [(i, IND[i][0], IND[i][1]) + IND[i][2][year] for i in ORDER if year in IND[i][2]]


def groups(year):
    out = []
    for i, unit, ss, name, t, r in items(year):
        if not out or out[-1][0] != ss:
            out.append((ss, []))
        out[-1][1].append((i, unit, name, t, r))
    return out


man = Manifest(SLUG, AGENCY, YEARS, [['D03', 'D03b']], FLOW)
KADIS_A = ('Drs. HENDRA WIRAYUDHA, M.Si', 'Pembina Utama Muda', 'NIP. 19700314 199503 1 004')
KADIS_B = ('RAHMAT SURYADINATA, S.T., M.T.', 'Pembina Tk. I', 'NIP. 19780921 200501 1 012')


# ---------------------------------------------------------------- 2021: annual PK, .xls
def y2021():
    book = Book(man, 'PK DISHUB 2021.xls')
    ws = book.sheet('PK 2021')
    widths(ws, {'A': 5, 'B': 28, 'C': 46, 'D': 15, 'E': 12, 'F': 15, 'G': 12, 'H': 11})
    for i, t in enumerate(['PENGUKURAN KINERJA', 'DINAS PERHUBUNGAN KOTA BUKIT JAMBANGAN', 'TAHUN 2021'], 1):
        merge(ws, 'A%d:H%d' % (i, i), t, bold=True, align=CENTER)
    put(ws, 'A5', 'Nama OPD')
    put(ws, 'C5', ': Dinas Perhubungan Kota Bukit Jambangan')
    merge(ws, 'A7:A8', 'No', bold=True, align=CENTER)
    merge(ws, 'B7:B8', 'Sasaran Strategis', bold=True, align=CENTER)
    merge(ws, 'C7:C8', 'Indikator Kinerja', bold=True, align=CENTER)
    merge(ws, 'D7:E7', 'Target', bold=True, align=CENTER)
    merge(ws, 'F7:G7', 'Realisasi', bold=True, align=CENTER)
    merge(ws, 'H7:H8', '% Capaian', bold=True, align=CENTER)
    for c, t in zip('DEFG', ['Nilai', 'Satuan', 'Nilai', 'Satuan']):
        put(ws, c + '8', t, bold=True, align=CENTER)
    for k, c in enumerate('ABCDEFGH'):
        put(ws, c + '9', '(%d)' % (k + 1), align=CENTER)
    row = 10
    no = 0
    for ss, inds in groups(2021):
        g0 = row
        for i, unit, name, t, r in inds:
            if i == 'D07':
                # old draft row, hidden; the corrected row follows it
                put(ws, 'C%d' % row, name, wrap=True)
                put(ws, 'D%d' % row, 320)
                put(ws, 'E%d' % row, 'kejadian')
                put(ws, 'F%d' % row, 231)
                put(ws, 'G%d' % row, 'kejadian')
                put(ws, 'H%d' % row, '=ROUND((2*D%d-F%d)/D%d*100,2)' % (row, row, row))
                ws.row_dimensions[row].hidden = True
                row += 1
            no += 1
            put(ws, 'A%d' % row, no, align=CENTER)
            put(ws, 'C%d' % row, name, wrap=True)
            tv, rv = N(t), N(r)
            if i == 'D09':
                tv = N(45000, FMT_RP)          # typed mistake: 10x the target (4.500)
            if i == 'D03':
                tv, rv = N(t, FMT_RP), N(r, FMT_RP)
            if i == 'D01':
                tv, rv = N(t, FMT_RP), N(r, FMT_RP)
            if i in ('D08',):
                tv, rv = N(t, '0.0'), N(r, '0.0')
            if i == 'D14':
                tv, rv = N(t, '0.00'), N(r, '0.00')
            if i == 'D07':
                rv = T('298 *)', 298)
            if i == 'D17':
                tv, rv = G(t), G(r)
            put(ws, 'D%d' % row, tv)
            put(ws, 'E%d' % row, unit if unit != '%' else '%')
            put(ws, 'F%d' % row, rv)
            put(ws, 'G%d' % row, unit)
            if i == 'D17':
                put(ws, 'H%d' % row, 100)
            elif i == 'D07':
                put(ws, 'H%d' % row, 106.88, fmt='0.00')
            elif i in NEG:
                put(ws, 'H%d' % row, '=ROUND((2*D%d-F%d)/D%d*100,2)' % (row, row, row), fmt='0.00')
            else:
                put(ws, 'H%d' % row, '=ROUND(F%d/D%d*100,2)' % (row, row), fmt='0.00')
            man.key(book, ws, 'C%d' % row, 2021, i, name, tv.key, rv.key, ['D%d' % row], ['F%d' % row])
            if i == 'D10':
                row += 1
                put(ws, 'C%d' % row, 'lulus uji berkala', wrap=True)   # continuation of the wrapped name
            row += 1
        if row - 1 > g0:
            merge(ws, 'B%d:B%d' % (g0, row - 1), SAS[ss], wrap=True)
        else:
            put(ws, 'B%d' % g0, SAS[ss], wrap=True)
    box(ws, 'A7:H%d' % (row - 1))
    row += 1
    put(ws, 'A%d' % row, '*) Data sementara Satlantas Polres Bukit Jambangan s.d. 31 Desember 2021')
    row += 2
    put(ws, 'B%d' % row, 'Jumlah Anggaran Tahun 2021')
    put(ws, 'C%d' % row, ': Rp. 18.462.775.000,-')
    put(ws, 'B%d' % (row + 1), 'Jumlah Realisasi Anggaran Tahun 2021')
    put(ws, 'C%d' % (row + 1), ': Rp. 16.903.418.260,-')
    signature(ws, row + 4, 'F', 'Bukit Jambangan, 31 Desember 2021', ['Kepala Dinas Perhubungan', 'Kota Bukit Jambangan'], *KADIS_A)


# ---------------------------------------------------------------- 2022: Rencana Aksi T/R rows, .ods
def y2022():
    book = Book(man, 'RENAKSI DISHUB TA 2022.ods')
    ws = book.sheet('RENAKSI')
    rng = random.Random(2022)
    widths(ws, {'A': 5, 'B': 26, 'C': 44, 'D': 11, 'E': 15, 'F': 5, 'G': 14, 'H': 14, 'I': 14, 'J': 14, 'K': 18})
    merge(ws, 'A1:K1', 'RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2022', bold=True, align=CENTER)
    merge(ws, 'A2:K2', 'DINAS PERHUBUNGAN KOTA BUKIT JAMBANGAN', bold=True, align=CENTER)
    merge(ws, 'A3:K3', 'Posisi : Triwulan IV (Desember 2022)', align=CENTER)
    for rngs, t in [('A5:A6', 'No'), ('B5:B6', 'Sasaran Strategis'), ('C5:C6', 'Indikator Kinerja'),
                    ('D5:D6', 'Satuan'), ('E5:E6', 'Target Tahun 2022'), ('F5:F6', 'T/R'),
                    ('G5:J5', 'Target dan Realisasi per Triwulan'), ('K5:K6', 'Keterangan')]:
        merge(ws, rngs, t, bold=True, align=CENTER)
    for c, t in zip('GHIJ', ['TW I', 'TW II', 'TW III', 'TW IV']):
        put(ws, c + '6', t, bold=True, align=CENTER)
    row = 7
    no = 0
    for ss, inds in groups(2022):
        g0 = row
        for i, unit, name, t, r in inds:
            no += 1
            tq, rq, tval = quarters2022(i, unit, t, r, rng)
            merge(ws, 'A%d:A%d' % (row, row + 1), no, align=CENTER)
            merge(ws, 'C%d:C%d' % (row, row + 1), name, wrap=True)
            merge(ws, 'D%d:D%d' % (row, row + 1), unit, align=CENTER)
            merge(ws, 'E%d:E%d' % (row, row + 1), tval)
            put(ws, 'F%d' % row, 'T', align=CENTER)
            put(ws, 'F%d' % (row + 1), 'R', align=CENTER)
            for k, c in enumerate('GHIJ'):
                put(ws, '%s%d' % (c, row), tq[k])
                put(ws, '%s%d' % (c, row + 1), rq[k])
            if i == 'D04':
                put(ws, 'K%d' % row, 'data TW IV menyusul')
            mode = 'sum' if i in FLOW else 'last'
            rkey = combine(rq, mode)
            if i != 'D17':
                assert rkey == r6(r), (i, rkey, r)
            man.key(book, ws, 'C%d' % row, 2022, i, name, tval.key, rkey, ['E%d' % row],
                    ['%s%d' % (c, row + 1) for c in 'GHIJ'], 'one', mode)
            row += 2
        merge(ws, 'B%d:B%d' % (g0, row - 1), SAS[ss], wrap=True)
    box(ws, 'A5:K%d' % (row - 1))
    put(ws, 'B%d' % (row + 1), 'Keterangan: T = Target, R = Realisasi; realisasi diisi per triwulan (bukan kumulatif), kecuali indikator persentase/indeks (posisi akhir triwulan).')
    signature(ws, row + 3, 'I', 'Bukit Jambangan, 10 Januari 2023', ['Kepala Dinas Perhubungan'], *KADIS_A)
    ws2 = book.sheet('Petunjuk')
    put(ws2, 'A1', 'Petunjuk pengisian:')
    put(ws2, 'A2', '1. Realisasi jumlah (orang, unit, Rp) diisi per triwulan.')
    put(ws2, 'A3', '2. Realisasi persentase dan indeks diisi posisi akhir triwulan.')
    put(ws2, 'A4', '3. Kolom yang belum ada datanya dikosongkan.')


def quarters2022(i, unit, t, r, rng):
    """Quarter targets and realisasi for the 2022 Renaksi; returns (tq, rq, annual target Val)."""
    if i in FLOW:
        dec = 1 if i == 'D12' else 0
        tparts = split_total(t, 4, rng, dec, spread=0.0)
        rparts = split_total(r, 4, rng, dec)
        fmt = FMT_RP if i in ('D03', 'D01') else None
        tq = [N(x, fmt) for x in tparts]
        rq = [N(x, fmt) for x in rparts]
        if i == 'D03':
            rq[2] = TX(rparts[2], pre='Rp ')        # one quarter typed as text
        return tq, rq, N(t, fmt)
    if i == 'D17':
        return [G('-'), G('-'), G('-'), G('BB')], [G('-'), G('-'), G('-'), G('B')], G('BB')
    if i == 'D16':
        return [G('-'), N(82), G('-'), N(82)], [G('-'), N(82.9), G('-'), N(83.4)], N(t)
    if i == 'D14':
        return [G('-'), G('-'), G('-'), N(0.85, '0.00')], [G('-'), G('-'), G('-'), N(0.83, '0.00')], N(t, '0.00')
    if i == 'D18':
        return ([P(x, '0.0%') for x in (90, 91, 92, 93)], [P(x, '0.0%') for x in (91, 92.5, 93.8, 94.2)],
                P(t, '0%'))
    if i == 'D02':
        return ([P(x, '0%') for x in (70, 75, 80, 80)], [P(x, '0%') for x in (70, 72.5, 75, 75)], P(t, '0%'))
    if i == 'D06':
        return ([N(95)] * 4, [N(92), N(93), N(95), T('94 %', 94)], N(t))
    if i == 'D08':
        return ([N(x, '0.0') for x in (1.1, 2.2, 3.2, 4.3)], [N(x, '0.0') for x in (1.1, 2.2, 3.3, 4.4)], N(t, '0.0'))
    if i == 'D04':
        return ([N(x) for x in (185, 187, 189, 190)], [N(186), N(189), N(194), BLANK], N(t))
    if i == 'D10':
        return ([N(x) for x in (90, 90, 90, 90)], [N(x) for x in (91.2, 92.5, 92.8, 93.1)], N(t))
    if i == 'D24':
        return ([N(x) for x in (66, 67, 68.5, 70)], [N(x) for x in (66, 67.2, 68, 68.5)], N(t))
    if i == 'D19':
        return ([N(x) for x in (430, 440, 445, 450)], [N(x) for x in (440, 451, 449, 447)], N(t))
    # plain counts (level): progress towards r
    seq = [r - 3, r - 2, r - 1, r] if r > 10 else [max(r - 2, 0), r - 1, r, r]
    tseq = [t - 3, t - 2, t - 1, t] if t > 10 else [t - 1, t - 1, t, t]
    return [N(x) for x in tseq], [N(x) for x in seq], N(t)


# ---------------------------------------------------------------- 2023: LKjIP Tabel 3.1, split over two sheets, .xlsx
def y2023(book):
    its = items(2023)
    first, second = its[:12], its[12:]
    prev = {y: {i: IND[i][2][y][2] for i in IND if y in IND[i][2]} for y in (2021, 2022)}
    for part, (title, chunk) in enumerate([('Tabel 3.1', first), ('Tabel 3.1 (lanj)', second)]):
        ws = book.sheet(title)
        widths(ws, {'A': 5, 'B': 26, 'C': 44, 'D': 11, 'E': 13, 'F': 13, 'G': 15, 'H': 15, 'I': 11, 'J': 15, 'K': 13})
        put(ws, 'A1', 'Tabel 3.1' if part == 0 else 'Tabel 3.1 (lanjutan)', bold=True)
        put(ws, 'A2', 'Capaian Indikator Kinerja Utama Dinas Perhubungan Kota Bukit Jambangan Tahun 2023')
        put(ws, 'A3', 'dibandingkan dengan realisasi tahun 2021-2022 dan target akhir Renstra (2026)')
        for rngs, t in [('A5:A6', 'No'), ('B5:B6', 'Sasaran'), ('C5:C6', 'Indikator Kinerja'), ('D5:D6', 'Satuan'),
                        ('E5:F5', 'Realisasi'), ('G5:I5', 'Tahun 2023'), ('J5:J6', 'Target Akhir Renstra (2026)'),
                        ('K5:K6', 'Capaian thd Target Renstra (%)')]:
            merge(ws, rngs, t, bold=True, align=CENTER)
        for c, t in zip('EFGHI', ['2021', '2022', 'Target', 'Realisasi', 'Capaian (%)']):
            put(ws, c + '6', t, bold=True, align=CENTER)
        for k, c in enumerate('ABCDEFGHIJK'):
            put(ws, c + '7', k + 1, align=CENTER)
        row = 8
        no = 0 if part == 0 else len(first)
        cur = None
        g0 = row
        for i, unit, ss, name, t, r in chunk:
            if ss != cur:
                if cur is not None:
                    merge(ws, 'B%d:B%d' % (g0, row - 1), SAS[cur], wrap=True) if row - 1 > g0 else put(ws, 'B%d' % g0, SAS[cur], wrap=True)
                cur, g0 = ss, row
            no += 1
            put(ws, 'A%d' % row, no, align=CENTER)
            put(ws, 'C%d' % row, name, wrap=True)
            put(ws, 'D%d' % row, unit)
            tv, rv = N(t), N(r)
            fmt = None
            if unit == 'Rp':
                fmt = FMT_RP2
            elif i == 'D01':
                fmt = FMT_RP
            if fmt:
                tv, rv = N(t, fmt), N(r, fmt)
            # earlier years
            for c, y in (('E', 2021), ('F', 2022)):
                pv = prev[y].get(i)
                if i == 'D06':
                    put(ws, '%s%d' % (c, row), P(pv, '0.0%'))
                elif pv is None or isinstance(pv, str) and i != 'D17':
                    put(ws, '%s%d' % (c, row), '-', align=CENTER)
                else:
                    put(ws, '%s%d' % (c, row), pv, fmt=fmt)
            if i == 'D06':
                tv, rv = P(96, '0%'), P(96.3, '0.0%')
            if i == 'D10':
                rv = N(0.934)                                  # typed mistake: fraction in a plain cell
            if i == 'D12':
                rv = F('=F%d' % row, 13.4, '0.00')             # wrong formula: points at the 2022 column
            if i == 'D04':
                rv = T('203 titik', 203)
            if i == 'D07':
                rv = T('276*)', 276)
            if i == 'D17':
                tv, rv = G('BB'), G('BB')
            put(ws, 'G%d' % row, tv)
            put(ws, 'H%d' % row, rv)
            if i == 'D17':
                put(ws, 'I%d' % row, 100)
            elif i == 'D07':
                put(ws, 'I%d' % row, 104.83, fmt='0.00')
            elif i == 'D04':
                put(ws, 'I%d' % row, 101.5, fmt='0.00')
            elif i in NEG:
                put(ws, 'I%d' % row, '=(2*G%d-H%d)/G%d*100' % (row, row, row), fmt='0.00')
            else:
                put(ws, 'I%d' % row, '=H%d/G%d*100' % (row, row), fmt='0.00')
            ren = renstra2026(i, t)
            if i == 'D06':
                put(ws, 'J%d' % row, P(98, '0%'))
            else:
                put(ws, 'J%d' % row, ren, fmt=fmt if not isinstance(ren, str) else None)
            if isinstance(ren, str) or i in ('D17', 'D07', 'D04'):
                put(ws, 'K%d' % row, '-', align=CENTER)
            else:
                put(ws, 'K%d' % row, '=ROUND(H%d/J%d*100,2)' % (row, row), fmt='0.00')
            man.key(book, ws, 'C%d' % row, 2023, i, name, tv.key, rv.key, ['G%d' % row], ['H%d' % row])
            row += 1
        merge(ws, 'B%d:B%d' % (g0, row - 1), SAS[cur], wrap=True) if row - 1 > g0 else put(ws, 'B%d' % g0, SAS[cur], wrap=True)
        box(ws, 'A5:K%d' % (row - 1))
        if part == 1:
            put(ws, 'A%d' % (row + 1), '*) angka sementara, menunggu data final Satlantas Polres Bukit Jambangan')
            put(ws, 'A%d' % (row + 2), 'Sumber: Bidang LLAJ dan UPTD Pengujian Kendaraan Bermotor, diolah')
        else:
            put(ws, 'A%d' % (row + 1), 'bersambung ke halaman berikut ...')


def renstra2026(i, t):
    if isinstance(t, str):
        return 'A'
    special = {'D01': 520000, 'D02': 100, 'D03b': 4800000000, 'D08': 3.5, 'D07': 250, 'D20': 20,
               'D12': 18, 'D16': 85, 'D10': 95, 'D24': 80}
    if i in special:
        return special[i]
    return round(t * 1.15) if t > 20 else t + 3


# ---------------------------------------------------------------- 2024: indicator cards, same .xlsx
def y2024(book):
    ws = book.sheet('Kartu IKU 2024')
    widths(ws, {'A': 2, 'B': 15, 'C': 14, 'D': 14, 'E': 14, 'F': 3, 'G': 15, 'H': 14, 'I': 14, 'J': 14})
    merge(ws, 'B1:J1', 'KARTU CAPAIAN INDIKATOR KINERJA UTAMA (IKU) TAHUN 2024', bold=True, align=CENTER)
    merge(ws, 'B2:J2', 'Dinas Perhubungan Kota Bukit Jambangan', align=CENTER)
    its = items(2024)
    top = 4
    for n, (i, unit, ss, name, t, r) in enumerate(its):
        left = n % 2 == 0
        lab, v0, v1 = ('B', 'C', 'E') if left else ('G', 'H', 'J')
        rr = top + (n // 2) * 9
        merge(ws, '%s%d:%s%d' % (lab, rr, v1, rr), 'KARTU IKU No. %d' % (n + 1), bold=True, align=CENTER)
        labels = ['Sasaran', 'Indikator', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Capaian', 'Sumber Data']
        for k, lb in enumerate(labels):
            put(ws, '%s%d' % (lab, rr + 1 + k), lb, bold=True)
            ws.merge_cells('%s%d:%s%d' % (v0, rr + 1 + k, v1, rr + 1 + k))
        put(ws, '%s%d' % (v0, rr + 1), SAS[ss], wrap=True)
        put(ws, '%s%d' % (v0, rr + 2), name, wrap=True)
        put(ws, '%s%d' % (v0, rr + 3), unit)
        tv, rv = N(t), N(r)
        if i == 'D03b':
            tv, rv = TX(t, pre='Rp '), N(r, '"Rp "#,##0')
        elif i == 'D01':
            tv, rv = N(t, '#,##0 "orang"'), N(r, '#,##0 "orang"')
        elif i == 'D02':
            tv, rv = P(90, '0%'), P(87.5, '0.0%')
        elif i == 'D06':
            rv = T('94,64 %', 94.64)
        elif i == 'D16':
            tv = T('82 - 85', 82)
        elif i == 'D24':
            tv = T('>= 74 %', 74)
        elif i == 'D17':
            tv, rv = G('BB'), G('BB')
        elif i in ('D08', 'D12', 'D20'):
            tv, rv = N(t, '0.0'), N(r, '0.0')
        elif i == 'D22':
            rv = TX(r, 'unit')
        put(ws, '%s%d' % (v0, rr + 4), tv, align=Alignment(horizontal='left'))
        put(ws, '%s%d' % (v0, rr + 5), rv, align=Alignment(horizontal='left'))
        if isinstance(tv.cell, (int, float)) and isinstance(rv.cell, (int, float)) and i not in NEG:
            put(ws, '%s%d' % (v0, rr + 6), '=%s%d/%s%d' % (v0, rr + 5, v0, rr + 4), fmt='0.00%', align=Alignment(horizontal='left'))
        elif i in NEG:
            put(ws, '%s%d' % (v0, rr + 6), '=(2*%s%d-%s%d)/%s%d' % (v0, rr + 4, v0, rr + 5, v0, rr + 4), fmt='0.00%', align=Alignment(horizontal='left'))
        elif i == 'D17':
            put(ws, '%s%d' % (v0, rr + 6), 'tercapai')
        else:
            put(ws, '%s%d' % (v0, rr + 6), T('%s %%' % idn(round((rv.key or 0) / (tv.key or 1) * 100, 2)), None))
        put(ws, '%s%d' % (v0, rr + 7), 'Bidang ' + ('Angkutan' if ss == 'SS1' else 'LLAJ' if ss in ('SS2', 'SS3') else 'Sekretariat' if ss == 'SS5' else 'UPTD PKB'))
        box(ws, '%s%d:%s%d' % (lab, rr, v1, rr + 7))
        man.key(book, ws, '%s%d' % (v0, rr + 2), 2024, i, name, tv.key, rv.key,
                ['%s%d' % (v0, rr + 4)], ['%s%d' % (v0, rr + 5)])
    last = top + ((len(its) + 1) // 2) * 9
    signature(ws, last + 1, 'G', 'Bukit Jambangan, 15 Januari 2025', ['Kepala Dinas Perhubungan'], *KADIS_B)


def extras(book):
    ws = book.sheet('Catatan')
    put(ws, 'A1', 'Catatan penyusunan LKjIP:')
    put(ws, 'A2', '- Tabel 3.1 disalin dari aplikasi e-SAKIP lalu disesuaikan.')
    put(ws, 'A3', '- Indikator uji KIR sejak 2023 dipecah menjadi angkutan barang dan angkutan penumpang.')
    put(ws, 'A4', '- Retribusi parkir sejak 2023 mencakup parkir tepi jalan umum dan tempat khusus parkir.')
    wh = book.sheet('olah data', hidden=True)
    put(wh, 'A1', 'DRAFT - jangan dicetak')
    put(wh, 'A2', 'Indikator')
    put(wh, 'B2', 'Target')
    put(wh, 'C2', 'Realisasi')
    for k, (i, unit, ss, name, t, r) in enumerate(items(2023)[:8]):
        put(wh, 'A%d' % (3 + k), name)
        put(wh, 'B%d' % (3 + k), t)
        put(wh, 'C%d' % (3 + k), r if isinstance(r, str) else round(r * 0.9, 2))


y2021()
y2022()
b = Book(man, 'LKjIP Dishub 2023-2024.xlsx')
y2023(b)
y2024(b)
extras(b)
man.save()
print(SLUG, len(man.rows), 'key rows')
