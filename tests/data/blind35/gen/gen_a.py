"""Agency A: Dinas Perikanan Kabupaten Tanjung Wuluh, 2019-2022."""
from common import *

FOLDER = 'perikanan_tanjung_wuluh'
Y = [2019, 2020, 2021, 2022]
K = Keys('Dinas Perikanan Kabupaten Tanjung Wuluh', Y, FOLDER)
K.ambiguous = [['A09', 'A10'], ['A01', 'A23']]

# id: unit, polarity(+1/-1), kind(sum/level), sasaran, names[2019..2022], values {year:(t,r)}
D = {
 'A01': ('Ton', 1, 'sum', 1, ['Produksi Perikanan Tangkap', 'Jumlah produksi perikanan tangkap', '1.1 Produksi Perikanan Tangkap (laut dan perairan umum)', None],
         {2019: (12500, 12980), 2020: (13000, 11420), 2021: (13400, 13880)}),
 'A02': ('Ton', 1, 'sum', 1, ['Produksi Perikanan Budidaya', 'Jumlah produksi perikanan budi daya', '1.2 Produksi Perikanan Budidaya', None],
         {2019: (8200, 8645), 2020: (8600, 8120), 2021: (9000, 9310)}),
 'A23': ('Ton', 1, 'sum', 1, [None, None, None, 'Jumlah Produksi Perikanan (Tangkap dan Budidaya)'], {2022: (23200, 23917)}),
 'A03': ('%', 1, 'level', 1, ['Persentase pertumbuhan produksi perikanan', 'Prosentase Pertumbuhan Produksi Perikanan', '1.3 % pertumbuhan produksi perikanan', 'Persentase Pertumbuhan Produksi Perikanan Kab. Tanjung Wuluh'],
         {2019: (3.5, 3.9), 2020: (3.8, 1.2), 2021: (4.0, 5.1), 2022: (4.2, 3.7)}),
 'A21': ('Ha', 1, 'level', 1, ['Luas lahan budidaya ikan yang dimanfaatkan', 'Luas lahan budi daya yang dimanfaatkan', '1.4 Luas Lahan Budidaya Ikan yang dimanfaatkan', 'Luas lahan budidaya termanfaatkan'],
         {2019: (350, 362), 2020: (370, 371), 2021: (390, 402), 2022: (410, 415)}),
 'A20': ('Juta Ekor', 1, 'sum', 1, ['Produksi benih ikan di BBI', 'Jumlah produksi benih ikan BBI', None, None], {2019: (4.5, 4.8), 2020: (5.0, None)}),
 'A05': ('Nilai', 1, 'level', 2, ['Nilai Tukar Nelayan (NTN)', 'NTN', '2.1 Nilai Tukar Nelayan', 'Nilai Tukar Nelayan (NTN)'],
         {2019: (102.5, 103.1), 2020: (103, 101.8), 2021: (103.5, 104.2), 2022: (104, 104.6)}),
 'A06': ('Nilai', 1, 'level', 2, ['Nilai Tukar Pembudidaya Ikan (NTPi)', 'NTPi', '2.2 Nilai Tukar Pembudi Daya Ikan', 'Nilai Tukar Pembudidaya Ikan'],
         {2019: (101, 101.6), 2020: (101.5, 100.9), 2021: (102, 102.4), 2022: (102.5, 103.0)}),
 'A07': ('Kelompok', 1, 'sum', 2, ['Jumlah Pokdakan yang dibina', 'Jumlah kelompok pembudidaya ikan (Pokdakan) yang dibina', '2.3 Jumlah Kelompok Pembudidaya Ikan yang dibina', 'Jumlah Pokdakan binaan'],
         {2019: (45, 48), 2020: (50, 50), 2021: (55, 57), 2022: (60, 62)}),
 'A08': ('%', 1, 'level', 2, ['Persentase Pokdakan yang naik kelas', 'Prosentase kelompok pembudidaya ikan naik kelas', '2.4 Persentase Kelompok Pembudidaya Ikan yang meningkat kelasnya', 'Persentase Pokdakan naik kelas'],
         {2019: (20, 22.5), 2020: (22, 18), 2021: (24, 25), 2022: (26, 27.5)}),
 'A11': ('Orang', 1, 'sum', 2, ['Jumlah nelayan yang terlindungi asuransi', 'Jumlah Nelayan penerima premi asuransi', '2.5 Jumlah nelayan yang terlindungi asuransi nelayan', 'Jumlah nelayan terlindungi asuransi'],
         {2019: (1200, 1350), 2020: (1500, 1480), 2021: (1800, 1850), 2022: (2000, 2115)}),
 'A12': ('%', 1, 'level', 2, ['Persentase nelayan yang terlindungi asuransi', '% nelayan penerima premi asuransi', '2.6 Persentase nelayan yang terlindungi asuransi nelayan', 'Persentase nelayan terlindungi asuransi'],
         {2019: (25, 28.1), 2020: (30, 30.8), 2021: (35, 38.5), 2022: (40, 44)}),
 'A04': ('Kg/Kapita/Tahun', 1, 'level', 3, ['Angka Konsumsi Ikan (AKI)', 'Angka Konsumsi Ikan per kapita', '3.1 Tingkat konsumsi ikan masyarakat (AKI)', 'Angka Konsumsi Ikan'],
         {2019: (31.5, 32.1), 2020: (32.5, 32.9), 2021: (33.5, 34.2), 2022: (34.5, 35.0)}),
 'A15': ('%', 1, 'level', 3, ['Persentase hasil tangkapan yang ditangani sesuai standar mutu', 'Prosentase ikan hasil tangkapan yang ditangani sesuai standar', '3.2 Persentase hasil tangkapan yang ditangani sesuai standar mutu', 'Persentase Hasil Tangkapan sesuai Standar Mutu'],
         {2019: (60, 63), 2020: (65, 66), 2021: (70, 71.4), 2022: (75, 78)}),
 'A16': ('Unit', 1, 'sum', 3, ['Jumlah UPI yang memiliki SKP', 'Jumlah Unit Pengolahan Ikan (UPI) bersertifikat SKP', '3.3 Jumlah UPI bersertifikat Kelayakan Pengolahan', 'Jumlah UPI ber-SKP'],
         {2019: (12, 14), 2020: (15, 15), 2021: (18, 20), 2022: (20, 23)}),
 'A22': ('Ton', 1, 'sum', 3, ['Jumlah produksi olahan hasil perikanan', 'Produksi olahan hasil perikanan', '3.4 Produksi Olahan Hasil Perikanan', 'Jumlah Produksi Olahan Hasil Perikanan'],
         {2019: (1850, 1905), 2020: (1950, 1870), 2021: (2050, 2110), 2022: (2150, 2240)}),
 'A09': ('%', 1, 'level', 4, ['Persentase kapal perikanan yang memiliki izin', 'Prosentase kapal perikanan berizin', None, None], {2019: (75, 78), 2020: (80, 81.5)}),
 'A10': ('%', 1, 'level', 4, [None, None, '4.1 Persentase kapal perikanan < 10 GT yang terdaftar', 'Persentase Kapal Perikanan dibawah 10 GT yang terdaftar (BPKP)'], {2021: (70, 72), 2022: (75, 77)}),
 'A13': ('%', -1, 'level', 4, ['Persentase pelanggaran penangkapan ikan', 'Prosentase pelanggaran di bidang penangkapan ikan', '4.2 Persentase pelanggaran penangkapan ikan', 'Persentase Pelanggaran Penangkapan Ikan'],
         {2019: (5, 4.2), 2020: (4.5, 4.8), 2021: (4, 3.1), 2022: (3.5, 3.0)}),
 'A14': ('Kasus', -1, 'sum', 4, ['Jumlah kasus destructive fishing', 'Jumlah kasus penangkapan ikan yang merusak (destructive fishing)', '4.3 Jumlah kasus destructive fishing', 'Jumlah Kasus Destructive Fishing dan IUU Fishing'],
         {2019: (6, 4), 2020: (5, 7), 2021: (4, 3), 2022: (3, 2)}),
 'A17': ('Nilai', 1, 'level', 5, ['Nilai SAKIP Dinas Perikanan', 'Nilai Evaluasi SAKIP', '5.1 Nilai SAKIP', 'Nilai Evaluasi AKIP Dinas Perikanan'],
         {2019: ('B', 'B'), 2020: ('B', 'B'), 2021: ('BB', 'BB'), 2022: (70, 71.25)}),
 'A18': ('%', 1, 'level', 5, ['Persentase realisasi anggaran', 'Prosentase Serapan Anggaran', '5.2 Persentase serapan anggaran', 'Persentase Realisasi Anggaran Dinas'],
         {2019: (95, 93.4), 2020: (95, 88.7), 2021: (95, 96.2), 2022: (95, 97.1)}),
 'A19': ('Indeks', 1, 'level', 5, [None, None, '5.3 Indeks Kepuasan Masyarakat (IKM) pelayanan TPI', 'IKM Pelayanan Tempat Pelelangan Ikan'], {2021: (80, 82.3), 2022: (81, 83.4)}),
}
SAS = {1: 'Meningkatnya produksi dan produktivitas perikanan',
       2: 'Meningkatnya kesejahteraan nelayan dan pembudidaya ikan',
       3: 'Meningkatnya konsumsi dan mutu hasil perikanan',
       4: 'Terkendalinya pemanfaatan sumber daya kelautan dan perikanan',
       5: 'Meningkatnya akuntabilitas kinerja Dinas Perikanan'}
ORDER = ['A01', 'A02', 'A23', 'A03', 'A21', 'A20', 'A05', 'A06', 'A07', 'A08', 'A11', 'A12',
         'A04', 'A15', 'A16', 'A22', 'A09', 'A10', 'A13', 'A14', 'A17', 'A18', 'A19']


def ids_for(year):
    return [i for i in ORDER if D[i][4][Y.index(year)] is not None]


def name(i, year):
    return D[i][4][Y.index(year)]


def tv(i, year):
    return D[i][5][year]


def nullify(v):
    return None if isinstance(v, str) else v


def sign_block(ws, r, col, place_date, jab, nama, pangkat, nip):
    for k, t in enumerate([place_date, jab, '', '', nama, pangkat, nip]):
        put(ws, r + k, col, t, border=False, bold=(k == 4))


# ---------------------------------------------------------------- 2019: PK .xls
def y2019():
    year = 2019
    wb = Workbook(); ws = wb.active; ws.title = 'PENGUKURAN KINERJA'
    fn = 'PK_DISKAN_2019.xls'
    merge(ws, 1, 1, 1, 8, 'PENGUKURAN KINERJA', bold=True, border=False, center=True)
    merge(ws, 2, 1, 2, 8, 'DINAS PERIKANAN KABUPATEN TANJUNG WULUH', bold=True, border=False, center=True)
    merge(ws, 3, 1, 3, 8, 'TAHUN 2018', bold=True, border=False, center=True)  # planted: wrong year
    put(ws, 5, 1, 'Kabupaten     : Tanjung Wuluh', border=False)
    put(ws, 6, 1, 'Nama SKPD    : Dinas Perikanan', border=False)
    for c, h in [(1, 'No'), (2, 'Sasaran Strategis'), (3, 'Indikator Kinerja'), (4, 'Satuan'), (8, 'Keterangan')]:
        merge(ws, 8, c, 9, c, h, bold=True, center=True)
    merge(ws, 8, 5, 8, 7, 'Tahun 2019', bold=True, center=True)
    for c, h in [(5, 'Target'), (6, 'Realisasi'), (7, 'Capaian (%)')]:
        put(ws, 9, c, h, bold=True, center=True)
    for c in range(1, 9):
        put(ws, 10, c, f'({c})', center=True)
    r = 11
    ids = ids_for(year)
    for s in range(1, 6):
        grp = [i for i in ids if D[i][3] == s]
        r0 = r
        for i in grp:
            unit, pol, kind = D[i][0], D[i][1], D[i][2]
            t, rv = tv(i, year)
            nm = name(i, year)
            put(ws, r, 3, nm, wrap=True); put(ws, r, 4, unit)
            kt, kr = nullify(t), nullify(rv)
            tcell, rcell = t, rv
            if i == 'A20':
                tcell = 45; kt = 45  # planted: target typed 10x (4,5 Juta Ekor)
            if i == 'A02':
                rcell = '8.645 Ton'  # planted: number stored as text
            put(ws, r, 5, tcell, fmt='#,##0.##'); put(ws, r, 6, rcell, fmt='#,##0.##')
            if i == 'A17':
                put(ws, r, 7, 100)  # grade: typed
            elif i == 'A05':
                put(ws, r, 7, f'=ROUND(F{r+1}/E{r+1}*100,2)', fmt='0.00')  # planted: next row
            elif pol < 0 and i != 'A14':
                put(ws, r, 7, f'=ROUND((2*E{r}-F{r})/E{r}*100,2)', fmt='0.00')
            elif i == 'A02':
                put(ws, r, 7, 105.43, fmt='0.00')  # typed because the realisasi is text
            else:
                put(ws, r, 7, f'=ROUND(F{r}/E{r}*100,2)', fmt='0.00')  # A14 negative with positive formula (planted)
            put(ws, r, 8, 'Polaritas negatif' if pol < 0 else None)
            K.add(fn, ws.title, r, year, nm, i, kt, kr)
            r += 1
        merge(ws, r0, 1, r - 1, 1, s, center=True)
        merge(ws, r0, 2, r - 1, 2, SAS[s], wrap=True)
    r += 1
    put(ws, r, 2, 'Jumlah Anggaran Kegiatan Tahun 2019 : Rp. 7.845.250.000', border=False)
    put(ws, r + 1, 2, 'Jumlah Realisasi Anggaran Kegiatan Tahun 2019 : Rp. 7.327.463.500', border=False)
    sign_block(ws, r + 3, 6, 'Tanjung Wuluh, 31 Desember 2019', 'KEPALA DINAS PERIKANAN', 'Ir. SUHARTONO DWI PRASETYO, M.Si',
               'Pembina Tingkat I', 'NIP. 19680314 199403 1 007')
    ws.column_dimensions['B'].width = 30; ws.column_dimensions['C'].width = 45
    wb.create_sheet('Sheet2')
    deliver(wb, FOLDER, fn, K)


# ---------------------------------------------------------------- 2020 + 2021: .ods
QSH = {'A07': (0.3, 0.3, 0.2), 'A14': (0.4, 0.2, 0.2)}

def renaksi_2020(wb, fn):
    year = 2020
    ws = wb.active; ws.title = 'RENAKSI 2020'
    merge(ws, 1, 1, 1, 11, 'RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA', bold=True, border=False, center=True)
    merge(ws, 2, 1, 2, 11, 'DINAS PERIKANAN KABUPATEN TANJUNG WULUH', bold=True, border=False, center=True)
    merge(ws, 3, 1, 3, 11, 'TAHUN ANGGARAN 2020', bold=True, border=False, center=True)
    for c, h in [(1, 'No'), (2, 'Indikator Kinerja'), (3, 'Satuan'), (4, 'Target / Realisasi'), (9, 'Tahunan / s.d. TW IV'),
                 (10, 'Capaian (%)'), (11, 'Penanggung Jawab')]:
        merge(ws, 5, c, 6, c, h, bold=True, center=True)
    merge(ws, 5, 5, 5, 8, 'Triwulan', bold=True, center=True)
    for k, h in enumerate(['I', 'II', 'III', 'IV']):
        put(ws, 6, 5 + k, h, bold=True, center=True)
    for c in range(1, 12):
        put(ws, 7, c, c, center=True)
    PJ = {1: 'Kabid Perikanan Tangkap', 2: 'Kabid Pemberdayaan Nelayan', 3: 'Kabid Pengolahan dan Pemasaran',
          4: 'Kabid Pengawasan SDKP', 5: 'Sekretaris'}
    r = 8; n = 0
    ids = ids_for(year)
    for s in range(1, 6):
        merge(ws, r, 1, r, 11, f'SASARAN {s} : {SAS[s]}', bold=True)
        r += 1
        grp = [i for i in ids if D[i][3] == s]
        for i in grp:
            reps = 2 if i == 'A07' else 1  # planted: duplicated block
            for rep in range(reps):
                if rep == 0:
                    n += 1
                unit, pol, kind = D[i][0], D[i][1], D[i][2]
                t, rv = tv(i, year)
                nm = name(i, year)
                isint = isinstance(t, int)
                merge(ws, r, 1, r + 1, 1, n, center=True)
                merge(ws, r, 2, r + 1, 2, nm, wrap=True)
                merge(ws, r, 3, r + 1, 3, unit, center=True)
                put(ws, r, 4, 'Target'); put(ws, r + 1, 4, 'Realisasi')
                sh = QSH.get(i, (0.2, 0.3, 0.3))
                qt = quarters(t, kind, isint, shares=sh + (0,))
                qr = quarters(rv, kind, isinstance(rv, int), shares=sh + (0,))
                fmt = '#,##0.##'
                for k in range(4):
                    put(ws, r, 5 + k, qt[k], fmt=fmt)
                    if i == 'A20':
                        put(ws, r + 1, 5 + k, '-')
                    elif i == 'A12':
                        put(ws, r + 1, 5 + k, round(qr[k] / 100, 5), fmt='0.00%')  # planted: fractions in % cells
                    else:
                        put(ws, r + 1, 5 + k, qr[k], fmt=fmt)
                kt, kr = nullify(t), nullify(rv)
                if i == 'A11':
                    put(ws, r, 9, '1.500 Orang')  # planted: text target
                else:
                    put(ws, r, 9, t, fmt=fmt)
                if i == 'A20':
                    put(ws, r + 1, 9, '-')
                elif i == 'A03':
                    put(ws, r + 1, 9, f'=SUM(E{r+1}:H{r+1})', fmt='0.00')  # planted: % summed over quarters
                elif kind == 'sum':
                    put(ws, r + 1, 9, f'=SUM(E{r+1}:H{r+1})', fmt=fmt)
                else:
                    put(ws, r + 1, 9, f'=H{r+1}', fmt='0.00%' if i == 'A12' else fmt)
                put(ws, r, 10, None)
                if i == 'A13':
                    put(ws, r + 1, 10, 100)  # planted: constant typed over formula (true 93,33)
                elif i == 'A20' or i == 'A17':
                    put(ws, r + 1, 10, 100 if i == 'A17' else '-')
                elif pol < 0:
                    put(ws, r + 1, 10, f'=IFERROR(ROUND((2*I{r}-I{r+1})/I{r}*100,2),"-")', fmt='0.00')
                else:
                    put(ws, r + 1, 10, f'=IFERROR(ROUND(I{r+1}/I{r}*100,2),"-")', fmt='0.00')
                merge(ws, r, 11, r + 1, 11, PJ[s], wrap=True)
                if rep == 0:
                    K.add(fn, ws.title, r, year, nm, i, kt, kr)
                r += 2
    r += 1
    sign_block(ws, r, 9, 'Tanjung Wuluh, 31 Desember 2020', 'Kepala Dinas Perikanan', 'Ir. SUHARTONO DWI PRASETYO, M.Si',
               'Pembina Tingkat I', 'NIP. 19680314 199403 1 007')
    ws.column_dimensions['B'].width = 45


RENSTRA = {'A01': 14500, 'A02': 9800, 'A03': 4.5, 'A21': 430, 'A05': 105, 'A06': 103.5, 'A07': 250, 'A08': 30,
           'A11': 9000, 'A12': 50, 'A04': 36, 'A15': 80, 'A16': 25, 'A22': 2350, 'A10': 85, 'A13': 3, 'A14': 2,
           'A17': 'BB', 'A18': 95, 'A19': 83}
ROMAN = {1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V'}

def lkjip_2021(wb, fn):
    year = 2021
    ws = wb.create_sheet('LKjIP 2021')
    merge(ws, 1, 1, 1, 11, 'TABEL 3.1 CAPAIAN KINERJA DINAS PERIKANAN KABUPATEN TANJUNG WULUH TAHUN 2021', bold=True, border=False)
    merge(ws, 2, 1, 2, 11, '(perbandingan dengan realisasi tahun sebelumnya dan target akhir Renstra)', border=False)
    for c, h in [(1, 'No'), (2, 'Sasaran / Indikator Kinerja'), (3, 'Satuan'), (9, 'Target Akhir Renstra (2024)'),
                 (10, 'Capaian s.d. 2021 thd Renstra (%)'), (11, 'Ket.')]:
        merge(ws, 4, c, 5, c, h, bold=True, center=True)
    merge(ws, 4, 4, 4, 5, 'Realisasi', bold=True, center=True)
    put(ws, 5, 4, 2019, bold=True, center=True); put(ws, 5, 5, 2020, bold=True, center=True)
    merge(ws, 4, 6, 4, 8, 'Tahun 2021', bold=True, center=True)
    for c, h in [(6, 'Target'), (7, 'Realisasi'), (8, '% Capaian')]:
        put(ws, 5, c, h, bold=True, center=True)
    for c in range(1, 12):
        put(ws, 6, c, f'({c})', center=True)
    r = 7
    ids = ids_for(year)
    first_row = None
    for s in range(1, 6):
        put(ws, r, 1, ROMAN[s], bold=True); put(ws, r, 2, SAS[s], bold=True)
        for c in range(3, 12):
            put(ws, r, c, None)
        r += 1
        for i in [i for i in ids if D[i][3] == s]:
            unit, pol, kind = D[i][0], D[i][1], D[i][2]
            t, rv = tv(i, year); nm = name(i, year)
            put(ws, r, 1, None); put(ws, r, 2, nm, wrap=True); put(ws, r, 3, unit)
            for c, yy in [(4, 2019), (5, 2020)]:
                v = D[i][5].get(yy, (None, None))[1]
                put(ws, r, c, '-' if v is None else v, fmt='#,##0.##')
            kt, kr = nullify(t), nullify(rv)
            tcell, rcell = t, rv
            if i == 'A10':
                tcell = '70-75'  # planted: range
            if i == 'A15':
                rcell = '71,4'  # planted: text with decimal comma
            if i == 'A19':
                tcell = '≥ 80'  # planted: bound
            put(ws, r, 6, tcell, fmt='#,##0.##'); put(ws, r, 7, rcell, fmt='#,##0.##')
            if i == 'A04':
                put(ws, r, 8, f'=G{r}/F{r}', fmt='0.00')  # planted: capaian as fraction
            elif i in ('A10', 'A15', 'A19', 'A17'):
                put(ws, r, 8, {'A10': 102.86, 'A15': 102, 'A19': 102.88, 'A17': 100}[i], fmt='0.00')
            elif pol < 0 and i != 'A13':
                put(ws, r, 8, f'=ROUND((2*F{r}-G{r})/F{r}*100,2)', fmt='0.00')
            else:
                put(ws, r, 8, f'=ROUND(G{r}/F{r}*100,2)', fmt='0.00')  # A13 negative, positive formula (planted)
            rt = RENSTRA[i]
            put(ws, r, 9, rt, fmt='#,##0.##')
            if isinstance(rt, str) or i in ('A15',):
                put(ws, r, 10, '-')
            elif i == 'A01':
                put(ws, r, 10, f'=ROUND(G{r+1}/I{r+1}*100,2)', fmt='0.00')  # planted: wrong row
            else:
                put(ws, r, 10, f'=ROUND(G{r}/I{r}*100,2)', fmt='0.00')
            put(ws, r, 11, {'A10': 'indikator baru (perubahan Renstra)', 'A19': 'indikator baru', 'A13': 'indikator negatif'}.get(i))
            K.add(fn, ws.title, r, year, nm, i, kt, kr)
            r += 1
    ws.column_dimensions['B'].width = 50
    ref = wb.create_sheet('ref'); ref.sheet_state = 'hidden'
    for k, u in enumerate(['Ton', '%', 'Ha', 'Orang', 'Kelompok', 'Unit', 'Kasus', 'Nilai', 'Indeks', 'Kg/Kapita/Tahun']):
        put(ref, k + 1, 1, u, border=False)


def y2020_2021():
    fn = 'RENAKSI_LKJIP_DISKAN_2020_2021.ods'
    wb = Workbook()
    renaksi_2020(wb, fn)
    lkjip_2021(wb, fn)
    deliver(wb, FOLDER, fn, K)


# ---------------------------------------------------------------- 2022: E.81 .xlsx
PROG = [
 ('Program Pengelolaan Perikanan Tangkap', 1, [('Pengelolaan Penangkapan Ikan di Wilayah Sungai, Danau dan Rawa', ['A03'])], 'A23'),
 ('Program Pengelolaan Perikanan Budidaya', 1, [('Penerbitan IzPPI di Bidang Pembudidayaan Ikan', ['A21']),
                                                ('Pemberdayaan Pembudi Daya Ikan Kecil', ['A07', 'A08'])], 'A06'),
 ('Program Pengelolaan Perikanan Tangkap (Pemberdayaan Nelayan)', 2, [('Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten', ['A11', 'A12'])], 'A05'),
 ('Program Pengolahan dan Pemasaran Hasil Perikanan', 3, [('Pembinaan Mutu dan Keamanan Hasil Perikanan', ['A15', 'A16']),
                                                          ('Penyediaan dan Penyaluran Bahan Baku Industri Pengolahan Ikan', ['A22'])], 'A04'),
 ('Program Pengawasan Sumber Daya Kelautan dan Perikanan', 4, [('Pengawasan Penangkapan Ikan', ['A13', 'A14', 'A10'])], None),
 ('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 5, [('Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', ['A17', 'A18']),
                                                                     ('Layanan Pelelangan Ikan di TPI', ['A19'])], None),
]
H6 = {'A23': 22100, 'A03': 4.1, 'A21': 402, 'A07': 212, 'A08': 25, 'A06': 102.4, 'A11': 6645, 'A12': 38.5, 'A05': 104.2,
      'A15': 71.4, 'A16': 69, 'A22': 8025, 'A04': 34.2, 'A13': 3.1, 'A14': 18, 'A10': 72, 'A17': 68.1, 'A18': 96.2, 'A19': 82.3}
R5 = dict(RENSTRA); R5.update({'A23': 24500, 'A06': 103.5, 'A05': 105, 'A17': 75, 'A14': 20, 'A16': 90, 'A22': 10200, 'A07': 270, 'A11': 9000})

def y2022():
    year = 2022
    fn = 'Evaluasi Renja Dinas Perikanan 2022.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'E.81 TW IV'
    merge(ws, 1, 1, 1, 26, 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TANJUNG WULUH', bold=True, border=False, center=True)
    merge(ws, 2, 1, 2, 26, 'RENJA PERANGKAT DAERAH DINAS PERIKANAN KABUPATEN TANJUNG WULUH', bold=True, border=False, center=True)
    merge(ws, 3, 1, 3, 26, 'PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2022', bold=True, border=False, center=True)
    put(ws, 4, 1, 'Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RPJMD : Meningkatnya kontribusi sektor kelautan dan perikanan', border=False)
    hdr = [(1, 'No'), (2, 'Sasaran'), (3, 'Program / Kegiatan'), (4, 'Indikator Kinerja Program (outcome) / Kegiatan (output)'), (5, 'Satuan')]
    for c, h in hdr:
        merge(ws, 6, c, 8, c, h, bold=True, center=True)
    pairs = [(6, 'Target Renstra Perangkat Daerah pada Tahun 2024 (Akhir Periode Renstra PD)'),
             (8, 'Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2021)'),
             (10, 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2022) yang Dievaluasi'),
             (20, 'Realisasi Kinerja dan Anggaran Renja PD yang Dievaluasi'),
             (22, 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2022'),
             (24, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2022 (%)')]
    for c, h in pairs:
        merge(ws, 6, c, 7, c + 1, h, bold=True, center=True)
    merge(ws, 6, 12, 6, 19, 'Realisasi Kinerja Pada Triwulan', bold=True, center=True)
    for k, h in enumerate(['I', 'II', 'III', 'IV']):
        merge(ws, 7, 12 + 2 * k, 7, 13 + 2 * k, h, bold=True, center=True)
    merge(ws, 6, 26, 8, 26, 'Unit Perangkat Daerah Penanggung Jawab', bold=True, center=True)
    for c in range(6, 26):
        put(ws, 8, c, 'K' if c % 2 == 0 else 'Rp', bold=True, center=True)
    for c, h in [(1, '1'), (2, '2'), (3, '3'), (4, '4'), (5, '')]:
        put(ws, 9, c, h, center=True)
    nums = ['5', '6', '7', '8', '9', '10', '11', '12 = 8+9+10+11', '13 = 6+12', '14 = 13/5 x 100']
    for k, h in enumerate(nums):
        merge(ws, 9, 6 + 2 * k, 9, 7 + 2 * k, h, center=True)
    put(ws, 9, 26, '15', center=True)
    merge(ws, 10, 1, 10, 26, 'URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN', bold=True)
    r = 11; no = 0
    budgets = iter([185000000, 96500000, 342750000, 412300000, 128400000, 210900000, 87600000, 156250000,
                    1250000000, 64800000, 73500000, 99900000, 58000000])
    cap_rows = []
    sas_start = {}
    for pname, s, keg, pind in PROG:
        no += 1
        prow = r
        keg_rows = []
        # program row
        rows_here = [(pname, pind, True)]
        for kn, inds in keg:
            for j, i in enumerate(inds):
                rows_here.append((kn if j == 0 else None, i, False))
        for label, i, isprog in rows_here:
            put(ws, r, 1, f'{no}' if isprog else None, center=True)
            put(ws, r, 3, label, bold=isprog, wrap=True)
            for c in range(4, 27):
                put(ws, r, c, None)
            if not isprog and label is not None:
                keg_rows.append(r)
            if i is not None:
                unit, pol, kind = D[i][0], D[i][1], D[i][2]
                t, rv = tv(i, year); nm = name(i, year)
                isint = isinstance(rv, int)
                put(ws, r, 4, nm, wrap=True); put(ws, r, 5, unit)
                put(ws, r, 6, R5[i], fmt='#,##0.##'); put(ws, r, 8, H6[i], fmt='#,##0.##')
                tcell = t
                if i == 'A05':
                    tcell = 1040  # planted: 10x target
                if i == 'A23':
                    tcell = '23.200 Ton'  # planted: text
                if i == 'A19':
                    tcell = '81,00'  # planted: text with decimal comma
                put(ws, r, 10, tcell, fmt='#,##0.##')
                qr = quarters(rv, kind, isint, shares=(0.22, 0.26, 0.27, 0))
                if i == 'A14':
                    qr = ['-', '-', 1, 1]
                for k in range(4):
                    if i == 'A18':
                        put(ws, r, 12 + 2 * k, round(qr[k] / 100, 5), fmt='0.00%')  # planted: fraction in % cell
                    else:
                        put(ws, r, 12 + 2 * k, qr[k], fmt='#,##0.##')
                if kind == 'sum':
                    put(ws, r, 20, f'=SUM(L{r},N{r},P{r},R{r})', fmt='#,##0.##')
                    put(ws, r, 22, f'=H{r}+T{r}' if i != 'A08' else f'=H{r+1}+T{r+1}', fmt='#,##0.##')
                else:
                    put(ws, r, 20, f'=R{r}', fmt='0.00%' if i == 'A18' else '#,##0.##')
                    put(ws, r, 22, f'=T{r}' if i != 'A08' else f'=T{r+1}', fmt='#,##0.##')  # A08: planted next-row reference
                if i == 'A16':
                    put(ws, r, 24, 100)  # planted: constant over formula (true 92)
                else:
                    put(ws, r, 24, f'=IFERROR(ROUND(V{r}/F{r}*100,2),"-")', fmt='0.00')
                cap_rows.append(r)
                K.add(fn, ws.title, r, year, nm, i, 1040 if i == 'A05' else nullify(t), rv)
            if not isprog and label is not None:
                b = next(budgets)
                put(ws, r, 7, round(b * 4.6, -3), fmt='#,##0'); put(ws, r, 9, round(b * 2.7, -3), fmt='#,##0')
                put(ws, r, 11, b, fmt='#,##0')
                sp = [round(b * f, -3) for f in (0.12, 0.24, 0.28)]
                sp.append(round(b * 0.955, -3) - sum(sp))
                for k in range(4):
                    put(ws, r, 13 + 2 * k, sp[k], fmt='#,##0')
                put(ws, r, 21, f'=N{r}+P{r}+R{r}+T{r}'.replace('N', 'M').replace('P', 'O').replace('R', 'Q').replace('T', 'S'), fmt='#,##0')
                put(ws, r, 23, f'=I{r}+U{r}', fmt='#,##0'); put(ws, r, 25, f'=IFERROR(ROUND(W{r}/G{r}*100,2),"-")', fmt='0.00')
            put(ws, r, 26, {1: 'Bidang Perikanan Tangkap', 2: 'Bidang Perikanan Budidaya', 3: 'Bidang P2HP', 4: 'Bidang Pengawasan', 5: 'Sekretariat'}[s])
            r += 1
        # program Rp sums
        for col in (7, 9, 11, 13, 15, 17, 19, 21, 23):
            cl = L(col)
            put(ws, prow, col, '=' + '+'.join(f'{cl}{x}' for x in keg_rows), fmt='#,##0')
        put(ws, prow, 25, f'=IFERROR(ROUND(W{prow}/G{prow}*100,2),"-")', fmt='0.00')
        sas_start.setdefault(s, []).append((prow, r - 1))
    for s, spans in sas_start.items():
        a, b = spans[0][0], spans[-1][1]
        merge(ws, a, 2, b, 2, SAS[s], wrap=True)
    r += 1
    put(ws, r, 3, 'Rata-rata capaian kinerja (%)', bold=True)
    put(ws, r, 24, '=ROUND(AVERAGE(' + ','.join(f'X{x}' for x in cap_rows) + '),1)', fmt='0.0')
    put(ws, r + 1, 3, 'Predikat kinerja', bold=True); put(ws, r + 1, 24, 'Tinggi')
    put(ws, r + 2, 3, 'Faktor pendorong keberhasilan pencapaian :', border=False)
    put(ws, r + 3, 3, 'Faktor penghambat pencapaian kinerja :', border=False)
    put(ws, r + 4, 3, 'Tindak lanjut yang diperlukan dalam triwulan berikutnya / Renja PD berikutnya :', border=False)
    put(ws, r + 6, 3, 'Disusun', border=False); put(ws, r + 6, 20, 'Dievaluasi', border=False)
    put(ws, r + 7, 3, 'Tanjung Wuluh, 13 Januari 2023', border=False); put(ws, r + 7, 20, 'Tanjung Wuluh, 20 Januari 2023', border=False)
    put(ws, r + 8, 3, 'KEPALA DINAS PERIKANAN', border=False); put(ws, r + 8, 20, 'KEPALA BAPPEDA', border=False)
    put(ws, r + 11, 3, 'Ir. SUHARTONO DWI PRASETYO, M.Si', border=False, bold=True)
    put(ws, r + 11, 20, 'Dr. RAHMAT HIDAYAT, S.E., M.M', border=False, bold=True)
    ws.column_dimensions['C'].width = 36; ws.column_dimensions['D'].width = 44
    # Rekap sheet of formulas
    rk = wb.create_sheet('Rekap')
    put(rk, 1, 1, 'REKAP CAPAIAN INDIKATOR 2022', bold=True, border=False)
    for c, h in enumerate(['Indikator', 'Target', 'Realisasi', 'Capaian Renstra'], start=1):
        put(rk, 2, c, h, bold=True)
    for k, x in enumerate(cap_rows):
        put(rk, 3 + k, 1, f"='E.81 TW IV'!D{x}"); put(rk, 3 + k, 2, f"='E.81 TW IV'!J{x}")
        put(rk, 3 + k, 3, f"='E.81 TW IV'!T{x}"); put(rk, 3 + k, 4, f"='E.81 TW IV'!X{x}")
    ref = wb.create_sheet('Ref'); ref.sheet_state = 'hidden'
    for k, u in enumerate(['Ton', '%', 'Ha', 'Orang', 'Kelompok', 'Unit', 'Kasus', 'Nilai', 'Indeks']):
        put(ref, k + 1, 1, u, border=False)
    deliver(wb, FOLDER, fn, K)


if __name__ == '__main__':
    y2019(); y2020_2021(); y2022(); K.save()
    from collections import Counter
    print('A', Counter(r['year'] for r in K.rows))
