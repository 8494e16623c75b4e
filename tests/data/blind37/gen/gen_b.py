"""Agency B: Dinas Pertamanan dan Pemakaman Kota Tanjung Seruni (invented), 2020-2023."""
import os, openpyxl
from lib import *

AG = 'Dinas Pertamanan dan Pemakaman Kota Tanjung Seruni'
OUT = os.path.join(ROOT, 'distamkam_kota_tanjung_seruni')
os.makedirs(OUT, exist_ok=True)
key = Key(AG, [2020, 2021, 2022, 2023], [['B16', 'B21']])

D = {
 'B01': ('%', '+', {2020: ('Persentase luas RTH publik terhadap luas wilayah kota', 12.5, 12.1),
                    2021: ('Prosentase RTH Publik thd Luas Wilayah', 13.0, 13.2),
                    2022: ('Persentase Ruang Terbuka Hijau (RTH) publik terhadap luas wilayah', 14.0, 13.6),
                    2023: ('1.1 Persentase luas RTH publik terhadap luas wilayah Kota Tanjung Seruni', 15.0, 14.8)}),
 'B02': ('Ha', '+', {2020: ('Luas RTH publik yang dikelola', 182, 176.4),
                    2021: ('Luas RTH Publik yg dikelola', 190, 192.5),
                    2022: ('Luas Ruang Terbuka Hijau publik yang dikelola', 205, 198.2),
                    2023: ('1.2 Luas RTH publik yang dikelola', 215, 213.0)}),
 'B03': ('taman', '+', {2020: ('Jumlah taman kota yang dipelihara', 42, 42),
                    2021: ('Jumlah Taman Kota yang dipelihara', 45, 45),
                    2022: ('Jumlah taman kota yang terpelihara', 48, 49),
                    2023: ('1.3 Jumlah taman kota yang dipelihara', 52, 52)}),
 'B22': ('taman', '+', {2020: ('Jumlah taman tematik yang dibangun', 2, 2),
                    2021: ('Jumlah Taman Tematik yang dibangun', 2, 1),
                    2022: ('Jumlah taman tematik baru', 3, 3)}),
 'B04': ('%', '+', {2020: ('Persentase taman kota dalam kondisi baik', 80, 78.6),
                    2021: ('Prosentase Taman Kota Kondisi Baik', 82, 84.4),
                    2022: ('Persentase taman dalam kondisi baik', 85, 85.7),
                    2023: ('1.4 Persentase taman kota dalam kondisi baik', 80, 86.5)}),
 'B05': ('batang', '+', {2020: ('Jumlah pohon pelindung yang ditanam', 2000, 0),
                    2021: ('Jumlah Pohon Pelindung yang ditanam', 2400, 2575),
                    2022: ('Jumlah pohon peneduh/pelindung yang ditanam', 25000, 2610),
                    2023: ('2.1 Jumlah pohon pelindung yang ditanam', 2500, 3150)}),
 'B06': ('batang', '+', {2020: ('Jumlah pohon rawan tumbang yang ditangani', 600, 655),
                    2021: ('Jumlah Pohon Rawan Tumbang yang ditangani', 600, 612),
                    2022: ('Jumlah pohon rawan tumbang yang dipangkas/ditebang', 650, 701),
                    2023: ('2.2 Jumlah pohon rawan tumbang yang ditangani', 700, 688)}),
 'B16': ('km', '+', {2020: ('Panjang jalur hijau dan median jalan yang dipelihara', 38, 38),
                    2021: ('Panjang Jalur Hijau/Median Jalan yg dipelihara', 40, 41.2),
                    2022: ('Panjang jalur hijau yang dipelihara', 42, 42)}),
 'B21': ('m2', '+', {2023: ('2.3 Luas jalur hijau yang dipelihara', 185000, 187450)}),
 'B07': ('titik', '+', {2020: ('Jumlah titik lampu taman yang berfungsi', 1200, 1150),
                    2021: ('Jumlah Titik Lampu Taman yang Berfungsi', 1250, 1262),
                    2022: ('Jumlah lampu taman yang berfungsi', 1300, 1288),
                    2023: ('2.4 Jumlah titik lampu taman yang berfungsi', 1350, 1342)}),
 'B08': ('%', '+', {2020: ('Persentase lampu taman yang berfungsi', 90, 88.2),
                    2021: ('% Lampu Taman Berfungsi', 92, 93.1),
                    2022: ('Persentase lampu taman yang berfungsi baik', 93, 92.5),
                    2023: ('2.5 Persentase lampu taman yang berfungsi', 95, 95.4)}),
 'B10': ('%', '+', {2020: ('Persentase ketersediaan petak makam', 20, 18.4),
                    2021: ('Prosentase Ketersediaan Petak Makam', 18, 17.2),
                    2022: ('Persentase ketersediaan lahan makam', 25, 26.3),
                    2023: ('3.1 Persentase ketersediaan petak makam di TPU', 22, 21.0)}),
 'B09': ('Ha', '+', {2020: ('Luas TPU yang dikelola', 64.5, 64.5),
                    2021: ('Luas Tempat Pemakaman Umum (TPU) yang dikelola', 64.5, 64.5),
                    2022: ('Luas TPU yang dikelola', 70, 68.75),
                    2023: ('3.2 Luas TPU yang dikelola', 70, 70)}),
 'B11': ('petak', '+', {2020: ('Jumlah petak makam yang tersedia', 3000, 2760),
                    2021: ('Jumlah Petak Makam Tersedia', 2700, 2580),
                    2023: ('3.3 Jumlah petak makam yang tersedia', 3300, 3165)}),
 'B12': ('izin', '+', {2020: ('Jumlah izin penggunaan tanah makam yang diterbitkan', 1100, 1186),
                    2021: ('Jumlah Izin Penggunaan Tanah Makam (IPTM) yang diterbitkan', 1150, 1217),
                    2022: ('Jumlah IPTM yang diterbitkan', 1200, 1254),
                    2023: ('3.4 Jumlah izin penggunaan tanah makam yang diterbitkan', 1250, 1302)}),
 'B13': ('hari', '-', {2020: ('Rata-rata waktu pelayanan izin makam', 3, 3.2),
                    2021: ('Rata - rata Waktu Pelayanan Izin Makam', 3, 2.6),
                    2022: ('Rata-rata lama pelayanan IPTM', 3, 2.8),
                    2023: ('3.5 Rata-rata waktu pelayanan izin makam', 2, 2.5)}),
 'B20': ('makam', '+', {2022: ('Jumlah makam terlantar yang ditata', 150, 162),
                    2023: ('3.6 Jumlah makam terlantar yang ditata ulang', 200, None)}),
 'B17': ('Rp juta', '+', {2020: ('Realisasi retribusi pelayanan pemakaman', 850, 812.4),
                    2021: ('Retribusi Pelayanan Pemakaman', 900, 934.25),
                    2022: ('Pendapatan retribusi pelayanan pemakaman dan pengabuan mayat', 950, 1012.5),
                    2023: ('4.1 Realisasi retribusi pelayanan pemakaman', 1000, 1047.3)}),
 'B18': ('Rp juta', '+', {2020: ('Realisasi retribusi pemakaian kekayaan daerah (taman)', None, 96.5),
                    2021: ('Retribusi Pemakaian Taman', 120, 131.0),
                    2022: ('Pendapatan retribusi pemakaian taman', 140, 152.75),
                    2023: ('4.2 Realisasi retribusi pemakaian taman kota', 160, 158.4)}),
 'B14': ('aduan', '-', {2021: ('Jumlah Pengaduan Masyarakat terkait Taman dan Makam', 120, 97),
                    2022: ('Jumlah pengaduan masyarakat (taman & makam)', 100, 104),
                    2023: ('5.1 Jumlah pengaduan masyarakat terkait taman dan pemakaman', 90, 81)}),
 'B15': ('%', '+', {2021: ('Persentase Pengaduan yang ditindaklanjuti', 95, 100),
                    2022: ('Persentase pengaduan yang ditindaklanjuti', 95, 98.1),
                    2023: ('5.2 Persentase pengaduan masyarakat yang ditindaklanjuti', 100, 97.5)}),
 'B19': ('indeks', '+', {2020: ('Nilai IKM Dinas Pertamanan dan Pemakaman', 80, 81.3),
                    2021: ('Indeks Kepuasan Masyarakat (IKM)', 81, 82.07),
                    2022: ('Nilai Indeks Kepuasan Masyarakat', 82, 83.5),
                    2023: ('5.3 Nilai IKM', 83, None)}),
}
ORDER = ['B01', 'B02', 'B03', 'B22', 'B04', 'B05', 'B06', 'B16', 'B21', 'B07', 'B08', 'B10', 'B09', 'B11',
         'B12', 'B13', 'B20', 'B17', 'B18', 'B14', 'B15', 'B19']
SIGN = ('Kepala Dinas Pertamanan dan Pemakaman', 'Ir. HENDRA WIJAYAKUSUMA, M.T.', 'Pembina Utama Muda (IV/c)',
        '19680321 199403 1 006')
FN20 = 'Evaluasi Renja Distamkam TW IV 2020.ods'
FN2122 = 'Distamkam Realisasi 2021 dan PK 2022.xlsx'
FN23 = 'PK DISTAMKAM 2023.xls'


def ids(y):
    return [i for i in ORDER if y in D[i][2]]

# ------------------------------------------------------------ 2020: E.81 form (.ods)
# structure: programs with outcome indicator, kegiatan with output indicators
PROG20 = [
 ('1.03.1.03.01', 'Program Pengelolaan Ruang Terbuka Hijau', 'B01', [
    ('1.03.1.03.01.01', 'Pemeliharaan Taman dan RTH', ['B02', 'B03', 'B04']),
    ('1.03.1.03.01.02', 'Pembangunan Taman Tematik', ['B22']),
    ('1.03.1.03.01.03', 'Penghijauan dan Penataan Pohon Kota', ['B05', 'B06', 'B16']),
    ('1.03.1.03.01.04', 'Pemeliharaan Penerangan Taman', ['B07', 'B08'])]),
 ('1.03.1.03.02', 'Program Penyediaan dan Pengelolaan Pemakaman', 'B10', [
    ('1.03.1.03.02.01', 'Pengelolaan Tempat Pemakaman Umum', ['B09', 'B11']),
    ('1.03.1.03.02.02', 'Pelayanan Perizinan Pemakaman', ['B12', 'B13']),
    ('1.03.1.03.02.03', 'Pemungutan Retribusi Daerah', ['B17', 'B18'])]),
 ('1.03.1.03.03', 'Program Peningkatan Pelayanan Publik', 'B19', []),
]
# quarterly K (per quarter for flows; progress values for levels)
Q20 = {
 'B01': ([11.6, 11.8, 12.0, 12.1], 'L'), 'B02': ([170.0, 172.5, 175.0, 176.4], 'L'),
 'B03': ([42, 42, 42, 42], 'L'), 'B04': ([74.0, 76.2, 77.5, 78.6], 'L'), 'B22': ([0, 0, 1, 1], 'S'),
 'B05': ([300, 450, 610, 500], 'S'), 'B06': ([140, 185, 170, 160], 'S'), 'B16': ([38, 38, 38, 38], 'L'),
 'B07': ([1120, 1135, 1142, 1150], 'L'), 'B08': ([86.5, 87.0, 87.8, 88.2], 'L'),
 'B10': ([21.0, 20.1, 19.2, 18.4], 'L'), 'B09': ([64.5, 64.5, 64.5, 64.5], 'L'),
 'B11': ([2990, 2910, 2840, 2760], 'L'), 'B12': ([280, 301, 322, 283], 'S'), 'B13': ([3.5, 3.3, 3.1, 3.2], 'L'),
 'B17': ([190.5, 205.3, 210.1, 206.5], 'S'), 'B18': ([30.5, 12.0, 22.0, 32.0], 'S'),
 'B19': ([0, 0, 0, 81.3], 'L'),
}
REN = {'B01': (18, 11.9), 'B02': (230, 170), 'B03': (55, 40), 'B04': (90, 75.2), 'B22': (10, 3), 'B05': (12000, 4100),
       'B06': (3000, 1180), 'B16': (45, 36), 'B07': (1500, 1105), 'B08': (95, 86.0), 'B10': (25, 21.5),
       'B09': (80, 64.5), 'B11': (3500, 3050), 'B12': (6000, 2150), 'B13': (2, 3.5), 'B17': (5000, 1560),
       'B18': (800, 210), 'B19': (85, 79.8)}


def y2020():
    Y = 2020
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'TW IV'
    for i, t in enumerate(['Formulir E.81', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KOTA TANJUNG SERUNI',
                           'Renja Perangkat Daerah Dinas Pertamanan dan Pemakaman Kota Tanjung Seruni',
                           'Periode Pelaksanaan : Triwulan IV Tahun 2020'], 1):
        ws.cell(i, 1, t).font = BOLD
    # columns: A no, B sasaran, C kode, D program/kegiatan, E indikator, F satuan,
    # G/H (5) renstra K Rp, I/J (6) real s/d 2019, K/L (7) target 2020, M..T (8-11) TW K/Rp,
    # U/V (12), W/X (13), Y/Z (14), AA (15) unit
    hr = 6
    hdr(ws, f'A{hr}', 'No', f'A{hr}:A{hr+1}'); hdr(ws, f'B{hr}', 'Sasaran', f'B{hr}:B{hr+1}')
    hdr(ws, f'C{hr}', 'Kode', f'C{hr}:C{hr+1}')
    hdr(ws, f'D{hr}', 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan', f'D{hr}:D{hr+1}')
    hdr(ws, f'E{hr}', 'Indikator Kinerja Program (outcome)/Kegiatan (output)', f'E{hr}:E{hr+1}')
    hdr(ws, f'F{hr}', 'Satuan', f'F{hr}:F{hr+1}')
    hdr(ws, f'G{hr}', 'Target Renstra Perangkat Daerah pada Tahun 2023 (Akhir Periode Renstra PD)', f'G{hr}:H{hr}')
    hdr(ws, f'I{hr}', 'Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2019)', f'I{hr}:J{hr}')
    hdr(ws, f'K{hr}', 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2020) yang dievaluasi', f'K{hr}:L{hr}')
    hdr(ws, f'M{hr}', 'Realisasi Kinerja Pada Triwulan', f'M{hr}:T{hr}')
    hdr(ws, f'U{hr}', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi', f'U{hr}:V{hr}')
    hdr(ws, f'W{hr}', 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2020', f'W{hr}:X{hr}')
    hdr(ws, f'Y{hr}', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2020 (%)', f'Y{hr}:Z{hr}')
    hdr(ws, f'AA{hr}', 'Unit PD Penanggung Jawab', f'AA{hr}:AA{hr+1}')
    for k, tw in enumerate(['I', 'II', 'III', 'IV']):
        c = 13 + 2 * k
        hdr(ws, f'{L(c)}{hr+1}', tw, f'{L(c)}{hr+1}:{L(c+1)}{hr+1}')
    for c in ['G', 'I', 'K', 'U', 'W', 'Y']:
        pass
    nr = hr + 2
    nums = {'A': '1', 'B': '2', 'D': '3', 'E': '4', 'G': '5', 'I': '6', 'K': '7', 'M': '8', 'O': '9', 'Q': '10',
            'S': '11', 'U': '12 = 8+9+10+11', 'W': '13 = 6 + 12', 'Y': '14 = 13/5 x 100', 'AA': '15'}
    for c, t in nums.items():
        put(ws, f'{c}{nr}', t, center=True)
        if c in ('G', 'I', 'K', 'M', 'O', 'Q', 'S', 'U', 'W', 'Y'):
            ws.merge_cells(f'{c}{nr}:{L(openpyxl.utils.column_index_from_string(c)+1)}{nr}')
    kr = nr + 1
    for c in range(7, 27):
        put(ws, f'{L(c)}{kr}', 'K' if c % 2 == 1 else 'Rp', center=True)
    r = kr + 1
    put(ws, f'D{r}', 'Urusan Pemerintahan Bidang Lingkungan Hidup - Dinas Pertamanan dan Pemakaman', bold=True)
    ws.merge_cells(f'D{r}:AA{r}'); r += 1
    no = 1
    budgets = iter([(1850000000, 1720000000, [410e6, 455e6, 480e6, 330e6]),
                    (950000000, 930000000, [200e6, 230e6, 250e6, 235e6]),
                    (420000000, 410000000, [0, 90e6, 180e6, 132e6]),
                    (380000000, 365000000, [70e6, 95e6, 100e6, 88e6]),
                    (100000000, 98000000, [20e6, 25e6, 30e6, 21e6]),
                    (700000000, 690000000, [150e6, 160e6, 190e6, 180e6]),
                    (450000000, 440000000, [90e6, 110e6, 120e6, 115e6]),
                    (130000000, 125000000, [25e6, 30e6, 35e6, 37e6]),
                    (120000000, 125000000, [20e6, 30e6, 33e6, 34e6]),
                    (160000000, 150000000, [30e6, 40e6, 45e6, 40e6]),
                    (160000000, 150000000, [30e6, 40e6, 45e6, 40e6])])
    sas = {'B01': 'Meningkatnya kualitas dan kuantitas RTH publik', 'B10': 'Meningkatnya pelayanan pemakaman',
           'B19': 'Meningkatnya kualitas pelayanan publik Dinas'}

    def ind_row(r, i, level):
        unit, pol, yd = D[i]; name, t, re = yd[Y]
        vals, mode = Q20[i]
        put(ws, f'E{r}', name, wrap=True); put(ws, f'F{r}', unit)
        rk, rr = REN[i]
        put(ws, f'G{r}', rk, fmt='#,##0.##'); put(ws, f'I{r}', rr, fmt='#,##0.##')
        put(ws, f'K{r}', t, fmt='#,##0.##')
        for k in range(4):
            v = vals[k]
            if i == 'B19' and k < 3: v = '-'
            put(ws, f'{L(13+2*k)}{r}', v, fmt='#,##0.##')
        if i == 'B05':
            put(ws, f'U{r}', 0, fmt='#,##0.##', fill=None)          # MISTAKE: col 12 typed 0
        elif i == 'B03':
            put(ws, f'U{r}', 42, fmt='#,##0.##')                    # constant over formula (right)
        elif mode == 'S':
            put(ws, f'U{r}', f'=M{r}+O{r}+Q{r}+S{r}', fmt='#,##0.##')
        else:
            put(ws, f'U{r}', f'=S{r}', fmt='#,##0.##')
        put(ws, f'W{r}', f'=I{r}+U{r}' if mode == 'S' else f'=U{r}', fmt='#,##0.##')
        if i == 'B07':
            put(ws, f'Y{r}', f'=W{r+1}/G{r}*100', fmt='0.00')        # MISTAKE: next row
        else:
            put(ws, f'Y{r}', f'=W{r}/G{r}*100', fmt='0.00')
        put(ws, f'AA{r}', 'Bidang Pertamanan' if i < 'B09' or i in ('B16', 'B22') else 'Bidang Pemakaman')
        key.add(FN20, 'TW IV', r, Y, name, i, t, re)

    for code, pname, outc, kegs in PROG20:
        put(ws, f'A{r}', no, center=True); put(ws, f'B{r}', sas[outc], wrap=True)
        put(ws, f'C{r}', code); put(ws, f'D{r}', pname, bold=True, wrap=True)
        prog_row = r
        ind_row(r, outc, 'P')
        r += 1
        kstart = r
        for kcode, kname, inds in kegs:
            pg, rl, qs = next(budgets)
            first = r
            put(ws, f'C{r}', kcode); put(ws, f'D{r}', kname, wrap=True)
            put(ws, f'L{r}', pg, fmt='#,##0'); put(ws, f'H{r}', pg * 3.6, fmt='#,##0'); put(ws, f'J{r}', pg * 1.7, fmt='#,##0')
            for k in range(4):
                put(ws, f'{L(14+2*k)}{r}', qs[k], fmt='#,##0')
            put(ws, f'V{r}', f'=N{r}+P{r}+R{r}+T{r}', fmt='#,##0')
            put(ws, f'X{r}', f'=J{r}+V{r}', fmt='#,##0'); put(ws, f'Z{r}', f'=X{r}/H{r}*100', fmt='0.00')
            for j, i in enumerate(inds):
                if j: put(ws, f'C{r}', None); put(ws, f'D{r}', None)
                ind_row(r, i, 'K'); r += 1
            if len(inds) > 1:
                ws.merge_cells(f'D{first}:D{r-1}'); ws.merge_cells(f'C{first}:C{r-1}')
        if kegs:
            krows = [x for x in range(kstart, r) if ws[f'L{x}'].value is not None]
            for c in ['H', 'J', 'L', 'N', 'P', 'R', 'T', 'V', 'X']:
                put(ws, f'{c}{prog_row}', '=' + '+'.join(f'{c}{x}' for x in krows), fmt='#,##0')
            put(ws, f'Z{prog_row}', f'=X{prog_row}/H{prog_row}*100', fmt='0.00')
        else:
            pg, rl, qs = next(budgets)
            put(ws, f'L{prog_row}', pg, fmt='#,##0')
            for k in range(4):
                put(ws, f'{L(14+2*k)}{prog_row}', qs[k], fmt='#,##0')
            put(ws, f'V{prog_row}', f'=N{prog_row}+P{prog_row}+R{prog_row}+T{prog_row}', fmt='#,##0')
        box(ws, prog_row, r - 1, 1, 27)
        no += 1
    last = r - 1
    r += 1
    ws[f'D{r}'] = 'Rata-rata capaian kinerja (%)'; ws[f'Y{r}'] = f'=ROUND(AVERAGE(Y12:Y{last}),1)'; r += 1
    ws[f'D{r}'] = 'Predikat kinerja'; ws[f'Y{r}'] = f'=IF(Y{r-1}>90,"Sangat Tinggi",IF(Y{r-1}>75,"Tinggi",IF(Y{r-1}>65,"Sedang",IF(Y{r-1}>50,"Rendah","Sangat Rendah"))))'; r += 1
    ws[f'D{r}'] = 'Faktor pendorong : dukungan anggaran dan partisipasi masyarakat'; r += 1
    ws[f'D{r}'] = 'Faktor penghambat : pandemi COVID-19, refocusing anggaran'; r += 1
    ws[f'D{r}'] = 'Tindak lanjut : optimalisasi kegiatan pada Renja 2021'; r += 2
    signature(ws, r, 'D', 'Disusun, Tanjung Seruni, 15 Januari 2021', *SIGN)
    signature(ws, r, 'U', 'Dievaluasi,', 'Kepala Bappeda Kota Tanjung Seruni', 'Dr. RUSLAN EFENDI, S.E., M.Si',
              'Pembina Utama Muda (IV/c)', '19700102 199503 1 002')
    ws.column_dimensions['D'].width = 36; ws.column_dimensions['E'].width = 40; ws.column_dimensions['B'].width = 22
    raw = os.path.join(RAW, 'b_2020.xlsx'); wb.save(raw)
    convert(raw, 'ods', OUT, FN20)

# ------------------------------------------------------------ 2021 monthly + 2022 side by side (.xlsx)
M21 = {  # monthly values; None = blank, '-' = dash
 'B01': 'Q', 'B02': 'Q', 'B03': 'Q', 'B04': 'Q', 'B16': 'Q', 'B07': 'Q', 'B08': 'Q', 'B10': 'Q', 'B09': 'Q',
 'B11': 'Q', 'B13': 'D', 'B15': 'Q', 'B19': 'D',
 'B22': [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
 'B05': [0, 150, 320, 280, 190, 0, 210, 300, 410, 395, 220, 100],
 'B06': [45, 60, 58, 52, 41, 39, 50, 48, 55, 62, 57, 45],
 'B12': [98, 91, 105, 97, 110, 102, 99, 104, 96, 108, 101, 106],
 'B17': [71.5, 70.25, 80.0, 75.5, 82.0, 78.0, 76.5, 79.0, 74.0, 81.5, 80.0, 86.0],
 'B18': [8.5, 9.0, 10.5, 11.0, 12.5, 10.0, 11.5, 12.0, 10.0, 11.5, 12.0, 12.5],
 'B14': [10, 8, 9, 7, 6, 9, 8, 7, 10, 8, 7, 8],
}
Q21 = {'B01': [12.4, 12.7, 13.0, 13.2], 'B02': [184.0, 186.5, 190.0, 192.5], 'B03': [43, 44, 45, 45],
       'B04': [80.1, 81.7, 83.0, 84.4], 'B16': [38, 39.5, 40.6, 41.2], 'B07': [1170, 1210, 1240, 1262],
       'B08': [.885, .902, .917, .931], 'B10': [18.2, 17.9, 17.5, 17.2], 'B09': [64.5, 64.5, 64.5, 64.5],
       'B11': [2720, 2680, 2630, 2580], 'B15': [100, 100, 100, 100]}


def y2021_2022():
    Y = 2021
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Realisasi Bulanan 2021'
    ws['A1'] = 'REALISASI KINERJA BULANAN TAHUN 2021'; ws['A1'].font = TITLE
    ws['A2'] = 'DINAS PERTAMANAN DAN PEMAKAMAN KOTA TANJUNG SERUNI'; ws['A2'].font = TITLE
    ws['A3'] = '(diisi oleh masing-masing bidang paling lambat tanggal 5 bulan berikutnya)'
    hdr(ws, 'A5', 'No', 'A5:A6'); hdr(ws, 'B5', 'Indikator Kinerja', 'B5:B6'); hdr(ws, 'C5', 'Satuan', 'C5:C6')
    hdr(ws, 'D5', 'Target 2021', 'D5:D6'); hdr(ws, 'E5', 'Realisasi Bulan', 'E5:P5')
    for k, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des']):
        hdr(ws, f'{L(5+k)}6', m)
    hdr(ws, 'Q5', 'Capaian (%)', 'Q5:Q6'); hdr(ws, 'R5', 'Ket.', 'R5:R6')
    r = 7
    for no, i in enumerate(ids(Y), 1):
        unit, pol, yd = D[i]; name, t, re = yd[Y]
        put(ws, f'A{r}', no, center=True); put(ws, f'B{r}', name, wrap=True); put(ws, f'C{r}', unit)
        pf = '0.0%' if i == 'B08' else '#,##0.##'
        put(ws, f'D{r}', t / 100 if i == 'B08' else t, fmt=pf)
        m = M21[i]
        if m == 'Q':
            vals = [None] * 12
            for k, v in enumerate(Q21[i]): vals[2 + 3 * k] = v
        elif m == 'D':
            vals = ['-'] * 11 + [re]
        else:
            vals = [('-' if v == 0 else v) for v in m]
        for k, v in enumerate(vals):
            put(ws, f'{L(5+k)}{r}', v, fmt=pf, center=True)
        flow = isinstance(m, list)
        if i == 'B12':
            put(ws, f'Q{r}', f'=SUM(E{r}:O{r})/D{r}*100', fmt='0.00')    # MISTAKE: range misses Des
        elif pol == '-' and flow:
            put(ws, f'Q{r}', f'=(2*D{r}-SUM(E{r}:P{r}))/D{r}*100', fmt='0.00')
        elif pol == '-':
            put(ws, f'Q{r}', f'=(2*D{r}-P{r})/D{r}*100', fmt='0.00')
        elif flow:
            put(ws, f'Q{r}', f'=SUM(E{r}:P{r})/D{r}*100', fmt='0.00')
        else:
            put(ws, f'Q{r}', f'=P{r}/D{r}*100', fmt='0.00')
        put(ws, f'R{r}', 'data triwulanan' if m == 'Q' else ('survei akhir tahun' if m == 'D' else None))
        key.add(FN2122, 'Realisasi Bulanan 2021', r, Y, name, i, t, re)
        r += 1
    ws.column_dimensions['B'].width = 46; ws.freeze_panes = 'E7'

    # ---- 2022 vs 2021 side by side
    Y = 2022
    w2 = wb.create_sheet('PK 2022')
    w2['A1'] = 'PERBANDINGAN CAPAIAN KINERJA TAHUN 2022 DENGAN TAHUN 2021'; w2['A1'].font = TITLE
    w2['A2'] = 'DINAS PERTAMANAN DAN PEMAKAMAN KOTA TANJUNG SERUNI'; w2['A2'].font = TITLE
    hdr(w2, 'A4', 'No', 'A4:A5'); hdr(w2, 'B4', 'Indikator Kinerja', 'B4:B5'); hdr(w2, 'C4', 'Satuan', 'C4:C5')
    hdr(w2, 'D4', 'Tahun 2021', 'D4:F4'); hdr(w2, 'G4', 'Tahun 2022', 'G4:I4'); hdr(w2, 'J4', 'Keterangan', 'J4:J5')
    for c, t in zip('DEFGHI', ['Target', 'Realisasi', '%'] * 2):
        hdr(w2, f'{c}5', t)
    groups = [('Sasaran 1 : Meningkatnya kualitas dan kuantitas RTH publik',
               ['B01', 'B02', 'B03', 'B22', 'B04', 'B05', 'B06', 'B16', 'B07', 'B08']),
              ('Sasaran 2 : Meningkatnya pelayanan pemakaman', ['B10', 'B09', 'B12', 'B13', 'B20']),
              ('Sasaran 3 : Meningkatnya pendapatan retribusi', ['B17', 'B18']),
              ('Sasaran 4 : Meningkatnya kualitas pelayanan publik', ['B14', 'B15', 'B19'])]
    r = 6; no = 1
    for g, gids in groups:
        put(w2, f'A{r}', g, bold=True, fill=YELLOW); w2.merge_cells(f'A{r}:J{r}'); r += 1
        for i in gids:
            unit, pol, yd = D[i]; name, t, re = yd[Y]
            p = yd.get(2021)
            put(w2, f'A{r}', no, center=True); put(w2, f'B{r}', name, wrap=True); put(w2, f'C{r}', unit)
            if p:
                pt, pr = p[1], p[2]
                if i == 'B17': pr = 934.3
                put(w2, f'D{r}', pt, fmt='#,##0.##'); put(w2, f'E{r}', pr, fmt='#,##0.##')
                put(w2, f'F{r}', f'=E{r}/D{r}*100' if pol == '+' else f'=(2*D{r}-E{r})/D{r}*100', fmt='0.00')
            else:
                for c in 'DEF': put(w2, f'{c}{r}', '-', center=True)
            tw, rw, ket = t, re, None
            if i == 'B17': rw = '1.012,5'                      # text, Indonesian decimal
            if i == 'B15': tw = '≥ 95'
            if i == 'B05': ket = 'penanaman 2.610 batang di 7 kecamatan'
            if i == 'B04':
                put(w2, f'G{r}', t / 100, fmt='0.00%'); put(w2, f'H{r}', re / 100, fmt='0.00%')
            else:
                put(w2, f'G{r}', tw, fmt='#,##0.##'); put(w2, f'H{r}', rw, fmt='#,##0.##')
            if i == 'B17':
                put(w2, f'I{r}', 106.58, fmt='0.00')
            elif i == 'B15':
                put(w2, f'I{r}', 103.26, fmt='0.00')
            elif i == 'B13':
                put(w2, f'I{r}', f'=H{r}/G{r}*100', fmt='0.00')     # MISTAKE: negative with positive formula
            elif pol == '-':
                put(w2, f'I{r}', f'=(2*G{r}-H{r})/G{r}*100', fmt='0.00')
            else:
                put(w2, f'I{r}', f'=H{r}/G{r}*100', fmt='0.00')
            put(w2, f'J{r}', ket)
            key.add(FN2122, 'PK 2022', r, Y, name, i, t, re)
            r += 1; no += 1
    r += 1
    signature(w2, r, 'G', 'Tanjung Seruni, 30 Desember 2022', *SIGN)
    w2.column_dimensions['B'].width = 50; w2.column_dimensions['J'].width = 30
    h = wb.create_sheet('data_lama'); h.sheet_state = 'hidden'
    h['A1'] = 'Target awal 2022 (sebelum perubahan)'
    for k, i in enumerate(ids(2022), 2):
        h.cell(k, 1, D[i][2][2022][0]); h.cell(k, 2, D[i][2][2022][1])
    raw = os.path.join(RAW, 'b_2021_2022.xlsx'); wb.save(raw)
    convert(raw, 'xlsx', OUT, FN2122)

# ------------------------------------------------------------ 2023 PK with polarity (.xls)
def y2023():
    Y = 2023
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'PK'
    for k, t in enumerate(['LAPORAN PENGUKURAN KINERJA', 'DINAS PERTAMANAN DAN PEMAKAMAN',
                           'KOTA TANJUNG SERUNI', 'TAHUN 2023'], 1):
        ws.cell(k, 2, t).font = TITLE
    for c, t in zip('BCDEFGHI', ['Sasaran Strategis / Indikator Kinerja', 'Polaritas', 'Satuan', 'Target',
                                 'Realisasi', 'Capaian (%)', 'Kategori', 'Keterangan']):
        hdr(ws, f'{c}6', t)
    groups = [('I. Meningkatnya kualitas dan kuantitas RTH publik', ['B01', 'B02', 'B03', 'B04']),
              ('II. Meningkatnya tutupan vegetasi dan sarana taman', ['B05', 'B06', 'B21', 'B07', 'B08']),
              ('III. Meningkatnya kualitas pelayanan pemakaman', ['B10', 'B09', 'B11', 'B12', 'B13', 'B20']),
              ('IV. Meningkatnya pendapatan retribusi', ['B17', 'B18']),
              ('V. Meningkatnya kualitas pelayanan publik', ['B14', 'B15', 'B19'])]
    r = 7
    for g, gids in groups:
        put(ws, f'B{r}', g, bold=True); ws.merge_cells(f'B{r}:I{r}'); r += 1
        for i in gids:
            unit, pol, yd = D[i]; name, t, re = yd[Y]
            tw, rw, ket = t, re, None
            if i == 'B04': tw = '80-85'
            if i == 'B05': rw = '3.150 batang'
            if i == 'B19': rw, ket = 'B (Baik)', 'hasil survei IKM dlm kategori'
            if i == 'B20': rw, ket = '-', 'kegiatan ditunda (refocusing)'
            polw = '' if i == 'B07' else pol            # MISTAKE: blank polarity -> negative branch
            put(ws, f'B{r}', name, wrap=True); put(ws, f'C{r}', polw, center=True); put(ws, f'D{r}', unit)
            put(ws, f'E{r}', tw, fmt='#,##0.##'); put(ws, f'F{r}', rw, fmt='#,##0.##')
            if i == 'B15':
                put(ws, f'G{r}', 100, fmt='0.00')         # MISTAKE: constant (true 97,50)
            elif i in ('B04', 'B05', 'B19', 'B20'):
                put(ws, f'G{r}', {'B04': 108.13, 'B05': 126.0, 'B19': None, 'B20': None}[i], fmt='0.00')
            else:
                put(ws, f'G{r}', f'=IF(C{r}="+",F{r}/E{r}*100,(2*E{r}-F{r})/E{r}*100)', fmt='0.00')
            put(ws, f'H{r}', f'=IF(G{r}="","",IF(G{r}>=91,"Sangat Tinggi",IF(G{r}>=76,"Tinggi",IF(G{r}>=66,"Sedang",IF(G{r}>=51,"Rendah","Sangat Rendah")))))')
            put(ws, f'I{r}', ket)
            key.add(FN23, 'PK', r, Y, name, i, t, re)
            r += 1
    r += 1
    ws[f'B{r}'] = 'Jumlah Anggaran Tahun 2023 : Rp. 14.275.600.000'; r += 1
    ws[f'B{r}'] = 'Realisasi Anggaran Tahun 2023 : Rp. 13.108.442.915 (91,83%)'; r += 2
    signature(ws, r, 'F', 'Tanjung Seruni, 29 Desember 2023', *SIGN)
    ws.column_dimensions['A'].width = 2; ws.column_dimensions['B'].width = 60; ws.column_dimensions['I'].width = 30
    n = wb.create_sheet('Petunjuk')
    n['A1'] = 'Polaritas: + = semakin tinggi semakin baik; - = semakin rendah semakin baik'
    raw = os.path.join(RAW, 'b_2023.xlsx'); wb.save(raw)
    convert(raw, 'xls', OUT, FN23)


y2020(); y2021_2022(); y2023()
key.save(OUT)
print('B rows', len(key.d['rows']))
