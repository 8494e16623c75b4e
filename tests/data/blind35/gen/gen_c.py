"""Agency C: Dinas Cipta Karya dan Tata Ruang Kota Pranaya, 2021-2024."""
from common import *

FOLDER = 'dcktr_kota_pranaya'
Y = [2021, 2022, 2023, 2024]
K = Keys('Dinas Cipta Karya dan Tata Ruang Kota Pranaya', Y, FOLDER)
K.ambiguous = [['C14', 'C21']]

D = {
 'C01': ('%', 1, 'level', 1, ['Persentase rumah tangga dengan akses air minum layak', 'Persentase Rumah Tangga yang mendapatkan akses air minum layak', 'Cakupan akses air minum layak', '% RT dengan akses air minum layak (Kota Pranaya)'],
         {2021: (88, 89.2), 2022: (90, 90.6), 2023: (92, 93.1), 2024: (94, 94.4)}),
 'C02': ('%', 1, 'level', 1, ['Persentase rumah tangga dengan akses sanitasi layak', 'Persentase Rumah Tangga yang mendapatkan akses sanitasi layak', 'Cakupan akses sanitasi layak', '% RT dengan akses sanitasi layak'],
         {2021: (80, 78.5), 2022: (83, 82.9), 2023: (85, 86.2), 2024: (87, 88.0)}),
 'C03': ('Ha', -1, 'level', 1, ['Luas kawasan permukiman kumuh', 'Luas Kawasan Kumuh Perkotaan', 'Luas kawasan kumuh', 'Luas Permukiman Kumuh (Ha)'],
         {2021: (62.5, 58.3), 2022: (50, 51.7), 2023: (42, 40.2), 2024: (35, 33.9)}),
 'C04': ('%', 1, 'level', 1, ['Persentase penurunan luas kawasan kumuh', 'Prosentase Penurunan Kawasan Kumuh', 'Persentase pengurangan luas kawasan kumuh', 'Persentase Penurunan Luas Permukiman Kumuh'],
         {2021: (15, 21.3), 2022: (12, 11.3), 2023: (15, 22.2), 2024: (15, 15.7)}),
 'C12': ('Km', 1, 'level', 1, ['Panjang drainase perkotaan dalam kondisi baik', 'Panjang jaringan drainase kondisi baik', 'Panjang Drainase Kondisi Baik', 'Panjang saluran drainase dalam kondisi baik'],
         {2021: (185, 187.4), 2022: (195, 192.8), 2023: (205, 209.5), 2024: (215, 218.2)}),
 'C13': ('%', 1, 'level', 1, ['Persentase drainase dalam kondisi baik', 'Persentase jaringan drainase kondisi baik', '% drainase kondisi baik', 'Persentase drainase perkotaan dalam kondisi baik (tidak tersumbat)'],
         {2021: (74, 75.0), 2022: (77, 78.2), 2023: (80, 82.1), 2024: (83, 84.6)}),
 'C14': ('Titik', -1, 'level', 1, ['Jumlah titik genangan', 'Jumlah titik genangan / banjir', 'Jumlah Titik Genangan di Kota Pranaya', 'Jumlah titik genangan'],
         {2021: (40, 37), 2022: (35, 36), 2023: (30, 26), 2024: (25, 22)}),
 'C21': ('Titik', 1, 'sum', 1, [None, 'Jumlah titik genangan yang tertangani', 'Jumlah Titik Genangan yang ditangani', 'Jumlah titik genangan tertangani'],
         {2022: (8, 9), 2023: (10, 10), 2024: (10, 12)}),
 'C15': ('SR', 1, 'sum', 1, ['Jumlah SR SPALD-T yang terbangun', 'Jumlah Sambungan Rumah (SR) SPALD-T terbangun', 'Jumlah SR Air Limbah Domestik (SPALD-T)', None],
         {2021: (500, 512), 2022: (600, 588), 2023: (650, 702)}),
 'C19': ('Lokasi', 1, 'sum', 1, [None, None, 'Jumlah PSU perumahan yang diserahterimakan', 'Jumlah lokasi PSU Perumahan yang diserahkan ke Pemkot'], {2023: (6, 7), 2024: (8, 8)}),
 'C05': ('Dokumen', 1, 'sum', 2, ['Jumlah IMB yang diterbitkan', 'Jumlah IMB/PBG yang diterbitkan', 'Jumlah Persetujuan Bangunan Gedung (PBG) yang diterbitkan', 'Jumlah PBG terbit'],
         {2021: (1800, 1850), 2022: (1500, 1212), 2023: (1400, 1466), 2024: (1500, 1538)}),
 'C06': ('%', 1, 'level', 2, ['Persentase bangunan gedung yang memiliki SLF', 'Persentase Bangunan Gedung ber-SLF', 'Prosentase bangunan gedung yang telah memiliki Sertifikat Laik Fungsi (SLF)', 'Persentase BG ber-SLF'],
         {2021: (65, 61.5), 2022: (68, 69.2), 2023: (70, 72.4), 2024: (72, 73.0)}),
 'C07': ('Bangunan', 1, 'sum', 2, ['Jumlah bangunan gedung yang memiliki SLF', 'Jumlah Bangunan Gedung yang diterbitkan SLF', 'Jumlah SLF yang diterbitkan', 'Jumlah SLF terbit'],
         {2021: (120, 97), 2022: (130, 141), 2023: (150, 163), 2024: (160, 158)}),
 'C20': ('Indeks', 1, 'level', 2, [None, None, 'Indeks Kepuasan Masyarakat (IKM) layanan PBG', 'IKM pelayanan PBG dan SLF'], {2023: (80, 81.7), 2024: (82, 83.9)}),
 'C08': ('%', 1, 'level', 3, ['Persentase kesesuaian pemanfaatan ruang dengan RTRW', 'Persentase kesesuaian pemanfaatan ruang', 'Tingkat kesesuaian pemanfaatan ruang terhadap RTRW', 'Persentase Kesesuaian Pemanfaatan Ruang dengan Rencana Tata Ruang'],
         {2021: (85, 86.4), 2022: (87, 86.1), 2023: (88, 89.3), 2024: (90, 91.2)}),
 'C09': ('Dokumen', 1, 'sum', 3, ['Jumlah dokumen RDTR yang ditetapkan', None, None, 'Jumlah RDTR yang ditetapkan dengan Perwal'], {2021: (2, 2), 2024: (1, 1)}),
 'C10': ('Ha', 1, 'level', 3, ['Luas RTH publik', 'Luas Ruang Terbuka Hijau (RTH) Publik', 'Luas RTH Publik Kota', 'Luas RTH publik'],
         {2021: (412, 415.6), 2022: (425, 431.2), 2023: (440, 446.8), 2024: (455, 452.1)}),
 'C11': ('%', 1, 'level', 3, ['Persentase luas RTH publik terhadap luas wilayah', 'Proporsi RTH publik thd luas wilayah kota', 'Persentase RTH Publik', 'Persentase luas RTH publik terhadap luas kota'],
         {2021: (11.5, 11.6), 2022: (11.8, 12.0), 2023: (12.2, 12.5), 2024: (12.6, 12.5)}),
 'C16': ('%', 1, 'level', 3, ['Persentase penyelesaian pengaduan pelanggaran tata ruang', 'Persentase pengaduan pelanggaran pemanfaatan ruang yang ditindaklanjuti', 'Persentase penanganan pengaduan tata ruang', 'Persentase pengaduan pelanggaran tata ruang yang diselesaikan'],
         {2021: (80, 84), 2022: (82, 85.5), 2023: (85, 88.2), 2024: (88, 90.0)}),
 'C17': ('Nilai', 1, 'level', 4, ['Nilai SAKIP Dinas', 'Nilai Evaluasi SAKIP DCKTR', 'Nilai AKIP', 'Nilai SAKIP Dinas Cipta Karya dan Tata Ruang'],
         {2021: ('B', 'B'), 2022: (62, 63.4), 2023: (65, 66.1), 2024: ('BB', 'BB')}),
 'C18': ('%', 1, 'level', 4, ['Persentase realisasi fisik kegiatan', 'Persentase Capaian Realisasi Fisik', 'Persentase realisasi fisik', 'Realisasi fisik kegiatan (%)'],
         {2021: (100, 97.8), 2022: (100, 98.6), 2023: (100, 99.1), 2024: (100, 99.5)}),
}
SAS = {1: 'Meningkatnya kualitas infrastruktur permukiman perkotaan',
       2: 'Meningkatnya tertib penyelenggaraan bangunan gedung',
       3: 'Meningkatnya kesesuaian pemanfaatan ruang',
       4: 'Meningkatnya akuntabilitas kinerja perangkat daerah'}
ORDER = ['C01', 'C02', 'C03', 'C04', 'C12', 'C13', 'C14', 'C21', 'C15', 'C19', 'C05', 'C06', 'C07', 'C20',
         'C08', 'C09', 'C10', 'C11', 'C16', 'C17', 'C18']
ROM = {1: 'I.', 2: 'II.', 3: 'III.', 4: 'IV.'}


def ids_for(year): return [i for i in ORDER if D[i][4][Y.index(year)] is not None]
def name(i, year): return D[i][4][Y.index(year)]
def tv(i, year): return D[i][5][year]
def nullify(v): return None if isinstance(v, str) else v

SIGN = ['KEPALA DINAS CIPTA KARYA DAN TATA RUANG', 'KOTA PRANAYA', '', '', 'Ir. NYOMAN ADI WIRAWAN, M.T.', 'Pembina Utama Muda (IV/c)', 'NIP. 19710605 199803 1 009']


def sign_block(ws, r, col, first):
    put(ws, r, col, first, border=False)
    for k, t in enumerate(SIGN):
        put(ws, r + 1 + k, col, t, border=False, bold=(k == 4))


# ---------------------------------------------------------------- 2021 .ods, value/unit split
def y2021():
    year = 2021
    fn = 'Pengukuran Kinerja DCKTR 2021.ods'
    wb = Workbook(); ws = wb.active; ws.title = 'PK 2021'
    for k, t in enumerate(['PENGUKURAN KINERJA TAHUN 2021', 'DINAS CIPTA KARYA DAN TATA RUANG', 'KOTA PRANAYA']):
        merge(ws, 1 + k, 1, 1 + k, 8, t, bold=True, border=False, center=True)
    put(ws, 6, 1, 'Nama OPD : Dinas Cipta Karya dan Tata Ruang Kota Pranaya', border=False)
    put(ws, 8, 1, 'No', bold=True, center=True); put(ws, 8, 2, 'Sasaran Strategis / Indikator Kinerja', bold=True, center=True)
    merge(ws, 8, 3, 8, 4, 'Target', bold=True, center=True); merge(ws, 8, 5, 8, 6, 'Realisasi', bold=True, center=True)
    put(ws, 8, 7, '%', bold=True, center=True); put(ws, 8, 8, 'Keterangan', bold=True, center=True)
    put(ws, 9, 1, '(1)', center=True); put(ws, 9, 2, '(2)', center=True)
    merge(ws, 9, 3, 9, 4, '(3)', center=True); merge(ws, 9, 5, 9, 6, '(4)', center=True)
    put(ws, 9, 7, '(5)', center=True); put(ws, 9, 8, '(6)', center=True)
    r = 10
    ids = ids_for(year)
    for s in range(1, 5):
        put(ws, r, 1, ROM[s], bold=True); put(ws, r, 2, SAS[s], bold=True)
        for c in range(3, 9):
            put(ws, r, c, None)
        r += 1
        for j, i in enumerate([i for i in ids if D[i][3] == s], start=1):
            reps = 2 if i == 'C12' else 1  # planted: duplicated row
            for rep in range(reps):
                unit, pol, kind = D[i][0], D[i][1], D[i][2]
                t, rv = tv(i, year); nm = name(i, year)
                put(ws, r, 1, f'{s}.{j}'); put(ws, r, 2, nm, wrap=True)
                tcell, rcell = t, rv
                kt, kr = nullify(t), nullify(rv)
                if i == 'C06':
                    tcell = 650; kt = 650  # planted: 10x target
                if i == 'C05':
                    rcell = '1.850'  # planted: text
                if i == 'C16':
                    tcell = '80-85'; kt = 80  # planted: range
                put(ws, r, 3, tcell, fmt='#,##0.##'); put(ws, r, 4, unit)
                if i == 'C13':
                    put(ws, r, 5, rv / 100, fmt='0%')  # planted: fraction in % cell
                else:
                    put(ws, r, 5, rcell, fmt='#,##0.##')
                put(ws, r, 6, unit)
                if i == 'C05':
                    put(ws, r, 7, 102.78, fmt='0.00')
                elif i == 'C17':
                    put(ws, r, 7, 100, fmt='0.00')
                elif i == 'C16':
                    put(ws, r, 7, 105, fmt='0.00')
                elif pol < 0 and i != 'C03':
                    put(ws, r, 7, f'=ROUND((2*C{r}-E{r})/C{r}*100,2)', fmt='0.00')
                else:
                    put(ws, r, 7, f'=ROUND(E{r}/C{r}*100,2)', fmt='0.00')  # C03 negative with positive formula
                put(ws, r, 8, {'C03': 'semakin kecil semakin baik', 'C14': 'indikator negatif', 'C09': 'RDTR BWP Utara dan Timur'}.get(i))
                if rep == 0:
                    K.add(fn, ws.title, r, year, nm, i, kt, kr)
                r += 1
    r += 1
    sign_block(ws, r, 6, 'Pranaya, 31 Desember 2021')
    ws.column_dimensions['B'].width = 52
    an = wb.create_sheet('Anggaran')
    put(an, 1, 1, 'REALISASI ANGGARAN PER PROGRAM TAHUN 2021', bold=True, border=False)
    for c, h in enumerate(['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'], start=1):
        put(an, 3, c, h, bold=True)
    progs = [('Program Pengelolaan dan Pengembangan Sistem Air Minum', 4250000000, 4102500000),
             ('Program Pengelolaan dan Pengembangan Sistem Air Limbah', 3875000000, 3790150000),
             ('Program Pengelolaan dan Pengembangan Sistem Drainase', 6120000000, 5987300000),
             ('Program Penataan Bangunan Gedung', 1450000000, 1388700000),
             ('Program Penyelenggaraan Penataan Ruang', 2210000000, 2105600000),
             ('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 9845000000, 9521450000)]
    for k, (p, a, b) in enumerate(progs):
        rr = 4 + k
        put(an, rr, 1, k + 1); put(an, rr, 2, p); put(an, rr, 3, a, fmt='#,##0'); put(an, rr, 4, b, fmt='#,##0')
        put(an, rr, 5, f'=ROUND(D{rr}/C{rr}*100,2)', fmt='0.00')
    put(an, 10, 2, 'JUMLAH', bold=True); put(an, 10, 3, '=SUM(C4:C9)', fmt='#,##0'); put(an, 10, 4, '=SUM(D4:D9)', fmt='#,##0')
    deliver(wb, FOLDER, fn, K)


# ---------------------------------------------------------------- 2022 cards + 2023 semester .xlsx
def cards_2022(wb, fn):
    year = 2022
    ws = wb.active; ws.title = 'Form Capaian 2022'
    merge(ws, 1, 1, 1, 6, 'FORMULIR ANALISIS CAPAIAN KINERJA', bold=True, border=False, center=True)
    merge(ws, 2, 1, 2, 6, 'DINAS CIPTA KARYA DAN TATA RUANG KOTA PRANAYA TAHUN 2022', bold=True, border=False, center=True)
    ws.column_dimensions['A'].width = 22; ws.column_dimensions['B'].width = 2; ws.column_dimensions['C'].width = 60
    r = 4
    ids = ids_for(year)
    prev_block = None
    for s in range(1, 5):
        merge(ws, r, 1, r, 6, f'SASARAN STRATEGIS {s} : {SAS[s]}', bold=True)
        r += 2
        for i in [i for i in ids if D[i][3] == s]:
            unit, pol, kind = D[i][0], D[i][1], D[i][2]
            t, rv = tv(i, year); nm = name(i, year)
            tcell, rcell = t, rv
            kt, kr = nullify(t), nullify(rv)
            if i == 'C05':
                rcell = '1.212 Dokumen'  # planted: text
            if i == 'C11':
                tcell = '≥ 11,8'  # planted: bound
            if i == 'C07':
                tcell = 1300; kt = 1300  # planted: 10x target
            labels = ['Indikator Kinerja', 'Satuan', 'Target 2022', 'Realisasi 2022', 'Capaian (%)', 'Analisis / Penjelasan']
            for k, lab in enumerate(labels):
                put(ws, r + k, 1, lab, bold=(k == 0)); put(ws, r + k, 2, ':')
            merge(ws, r, 3, r, 6, nm, bold=True, wrap=True)
            put(ws, r + 1, 3, unit)
            put(ws, r + 2, 3, tcell, fmt='#,##0.##')
            if i == 'C18':
                put(ws, r + 3, 3, rv / 100, fmt='0.0%')  # planted: fraction in % cell
            else:
                put(ws, r + 3, 3, rcell, fmt='#,##0.##')
            if i == 'C04' and prev_block:
                put(ws, r + 4, 3, f'=ROUND(C{prev_block+3}/C{prev_block+2}*100,2)', fmt='0.00')  # planted: previous block
            elif i in ('C05', 'C11', 'C17'):
                put(ws, r + 4, 3, {'C05': 80.8, 'C11': 101.69, 'C17': 102.26}[i], fmt='0.00')
            elif pol < 0 and i != 'C14':
                put(ws, r + 4, 3, f'=ROUND((2*C{r+2}-C{r+3})/C{r+2}*100,2)', fmt='0.00')
            else:
                put(ws, r + 4, 3, f'=ROUND(C{r+3}/C{r+2}*100,2)', fmt='0.00')  # C14 negative, positive formula
            merge(ws, r + 5, 3, r + 5, 6, 'Capaian dipengaruhi oleh ketersediaan anggaran dan koordinasi lintas OPD.', wrap=True)
            K.add(fn, ws.title, r, year, nm, i, kt if i != 'C11' else 11.8, kr)
            prev_block = r
            r += 7
    sign_block(ws, r, 3, 'Pranaya, 16 Januari 2023')


HIDDEN_E = {'C05': 1500, 'C07': 140, 'C15': 600, 'C08': 87}


def sem_2023(wb, fn):
    year = 2023
    ws = wb.create_sheet('PK 2023')
    merge(ws, 1, 1, 1, 11, 'CAPAIAN PERJANJIAN KINERJA (PERUBAHAN) TAHUN 2023', bold=True, border=False, center=True)
    merge(ws, 2, 1, 2, 11, 'DINAS CIPTA KARYA DAN TATA RUANG KOTA PRANAYA', bold=True, border=False, center=True)
    for c, h in [(1, 'No'), (2, 'Sasaran'), (3, 'Indikator Kinerja'), (4, 'Satuan'), (5, 'Target PK Awal'),
                 (6, 'Target PK Perubahan'), (10, 'Capaian (%)'), (11, 'Sumber Data')]:
        merge(ws, 4, c, 5, c, h, bold=True, center=True)
    merge(ws, 4, 7, 4, 9, 'Realisasi', bold=True, center=True)
    for c, h in [(7, 'Semester I'), (8, 'Semester II'), (9, 'Tahun 2023')]:
        put(ws, 5, c, h, bold=True, center=True)
    for c in range(1, 12):
        put(ws, 6, c, c, center=True)
    ws.column_dimensions['E'].hidden = True
    ws.column_dimensions['C'].width = 50; ws.column_dimensions['B'].width = 28
    r = 7; n = 0
    ids = ids_for(year)
    for s in range(1, 5):
        grp = [i for i in ids if D[i][3] == s]
        r0 = r
        for i in grp:
            unit, pol, kind = D[i][0], D[i][1], D[i][2]
            t, rv = tv(i, year); nm = name(i, year)
            n += 1
            put(ws, r, 1, n, center=True); put(ws, r, 3, nm, wrap=True); put(ws, r, 4, unit)
            put(ws, r, 5, HIDDEN_E.get(i, t), fmt='#,##0.##')
            put(ws, r, 6, '80,0' if i == 'C20' else t, fmt='#,##0.##')  # C20: text target
            if kind == 'sum':
                s1 = int(round(rv * 0.45)) if isinstance(rv, int) else round(rv * 0.45, 2)
                s2 = rv - s1
            else:
                s1, s2 = round(rv * 0.97, 2), rv
            put(ws, r, 7, s1, fmt='#,##0.##')
            put(ws, r, 8, '66,10' if i == 'C17' else s2, fmt='#,##0.##')  # C17: text realisasi
            if i == 'C19':
                put(ws, r, 9, 7)  # constant over formula (right)
            elif i == 'C17':
                put(ws, r, 9, 66.1, fmt='#,##0.##')
            elif kind == 'sum' or i == 'C13':
                put(ws, r, 9, f'=G{r}+H{r}', fmt='#,##0.##')  # C13: percentage summed over semesters (planted)
            else:
                put(ws, r, 9, f'=H{r}', fmt='#,##0.##')
            if i == 'C20':
                put(ws, r, 10, 102.13, fmt='0.00')
            elif i == 'C10':
                put(ws, r, 10, f'=ROUND(I{r-1}/F{r-1}*100,2)', fmt='0.00')  # planted: previous row
            elif pol < 0:
                put(ws, r, 10, f'=ROUND((2*F{r}-I{r})/F{r}*100,2)', fmt='0.00')
            else:
                put(ws, r, 10, f'=ROUND(I{r}/F{r}*100,2)', fmt='0.00')
            put(ws, r, 11, {1: 'Bidang Prasarana Permukiman', 2: 'Bidang Bangunan Gedung', 3: 'Bidang Tata Ruang', 4: 'Sekretariat'}[s])
            K.add(fn, ws.title, r, year, nm, i, nullify(t), nullify(rv))
            r += 1
        merge(ws, r0, 2, r - 1, 2, SAS[s], wrap=True)
    sign_block(ws, r + 1, 8, 'Pranaya, 15 Januari 2024')
    wb.create_sheet('Sheet3')


def y2022_2023():
    fn = 'Laporan Kinerja DCKTR 2022-2023.xlsx'
    wb = Workbook()
    cards_2022(wb, fn); sem_2023(wb, fn)
    deliver(wb, FOLDER, fn, K)


# ---------------------------------------------------------------- 2024 cumulative quarterly .xls
def y2024():
    year = 2024
    fn = 'Renaksi DCKTR 2024.xls'
    wb = Workbook(); ws = wb.active; ws.title = 'Renaksi TW IV'
    merge(ws, 1, 1, 1, 15, 'RENCANA AKSI DAN REALISASI KINERJA', bold=True, border=False, center=True)
    merge(ws, 2, 1, 2, 15, 'DINAS CIPTA KARYA DAN TATA RUANG KOTA PRANAYA', bold=True, border=False, center=True)
    merge(ws, 3, 1, 3, 15, 'TAHUN 2023', bold=True, border=False, center=True)  # planted: wrong year
    for c, h in [(1, 'No'), (2, 'Indikator Kinerja'), (3, 'Satuan'), (4, 'Polaritas'), (5, 'Target 2024'),
                 (14, 'Capaian s.d. TW IV (%)'), (15, 'Keterangan')]:
        merge(ws, 5, c, 6, c, h, bold=True, center=True)
    for k, tw in enumerate(['s.d. Triwulan I', 's.d. Triwulan II', 's.d. Triwulan III', 's.d. Triwulan IV']):
        merge(ws, 5, 6 + 2 * k, 5, 7 + 2 * k, tw, bold=True, center=True)
        put(ws, 6, 6 + 2 * k, 'Target', bold=True, center=True); put(ws, 6, 7 + 2 * k, 'Realisasi', bold=True, center=True)
    for c in range(1, 16):
        put(ws, 7, c, f'({c})', center=True)
    r = 8; n = 0
    ids = ids_for(year)
    cum = (0.2, 0.5, 0.75, 1.0)
    for s in range(1, 5):
        merge(ws, r, 1, r, 15, f'{"ABCD"[s-1]}. Sasaran : {SAS[s]}', bold=True)
        r += 1
        for i in [i for i in ids if D[i][3] == s]:
            unit, pol, kind = D[i][0], D[i][1], D[i][2]
            t, rv = tv(i, year); nm = name(i, year)
            n += 1
            put(ws, r, 1, n, center=True); put(ws, r, 2, nm, wrap=True); put(ws, r, 3, unit)
            put(ws, r, 4, '(-)' if pol < 0 else '(+)', center=True)
            put(ws, r, 5, '1.500 dokumen' if i == 'C05' else t, fmt='#,##0.##')  # C05: text target
            def series(v):
                if isinstance(v, str):
                    return ['-', '-', '-', v]
                if kind == 'sum':
                    if i == 'C09':
                        return ['-', '-', '-', v]
                    out = [int(round(v * f)) if isinstance(v, int) else round(v * f, 2) for f in cum]
                    out[-1] = v
                    return out
                ramp = (1.1, 1.06, 1.03, 1.0) if pol < 0 else (0.94, 0.96, 0.98, 1.0)
                return [round(v * f, 2) for f in ramp[:3]] + [v]
            st, sr = series(t), series(rv)
            for k in range(4):
                put(ws, r, 6 + 2 * k, st[k], fmt='#,##0.##')
                v = sr[k]
                if i == 'C11' and k == 3:
                    put(ws, r, 7 + 2 * k, v / 100, fmt='0.0%')  # planted: fraction in % cell
                elif i == 'C20' and k == 3:
                    put(ws, r, 7 + 2 * k, '83,9')  # planted: text
                else:
                    put(ws, r, 7 + 2 * k, v, fmt='#,##0.##')
            if i == 'C21':
                put(ws, r, 14, 100)  # planted: constant typed over formula (true 120)
            elif i == 'C17':
                put(ws, r, 14, 100)
            elif pol < 0 and i != 'C03':
                put(ws, r, 14, f'=IFERROR(ROUND((2*L{r}-M{r})/L{r}*100,2),"-")', fmt='0.00')
            else:
                put(ws, r, 14, f'=IFERROR(ROUND(M{r}/L{r}*100,2),"-")', fmt='0.00')  # C03 negative with positive formula
            put(ws, r, 15, {'C09': 'RDTR BWP Selatan ditetapkan Perwal No. 18/2024', 'C14': 'data BPBD'}.get(i))
            K.add(fn, ws.title, r, year, nm, i, nullify(t), nullify(rv))
            r += 1
    sign_block(ws, r + 1, 11, 'Pranaya, 10 Januari 2025')
    ws.column_dimensions['B'].width = 50
    gr = wb.create_sheet('Grafik')
    put(gr, 1, 1, 'Data grafik capaian', bold=True, border=False)
    for k in range(8):
        put(gr, 2 + k, 1, f"='Renaksi TW IV'!B{9 + k}"); put(gr, 2 + k, 2, f"='Renaksi TW IV'!N{9 + k}")
    ref = wb.create_sheet('Ref'); ref.sheet_state = 'hidden'
    for k, u in enumerate(['%', 'Ha', 'Km', 'Titik', 'SR', 'Lokasi', 'Dokumen', 'Bangunan', 'Indeks', 'Nilai']):
        put(ref, k + 1, 1, u, border=False)
    deliver(wb, FOLDER, fn, K)


if __name__ == '__main__':
    y2021(); y2022_2023(); y2024(); K.save()
    from collections import Counter
    print('C', Counter(r['year'] for r in K.rows))
