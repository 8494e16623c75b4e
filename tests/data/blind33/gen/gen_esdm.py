"""Dinas Energi dan Sumber Daya Mineral Provinsi Nusa Kencana, 2021-2024."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

AG = 'esdm'
C = {
 'e01': ('%', '+', 'lvl', {2021: ('Rasio Elektrifikasi', 96.5, 96.82), 2022: ('Rasio Elektrifikasi Provinsi Nusa Kencana', 97.5, 97.64), 2023: ('Rasio elektrifikasi (RE)', 98.5, 98.31), 2024: ('Rasio Elektrifikasi Rumah Tangga', 99.5, 99.12)}),
 'e02': ('%', '+', 'lvl', {2021: ('Rasio desa berlistrik', 97, 97.45), 2022: ('Persentase desa berlistrik', 98, 98.6), 2023: ('Rasio Desa Berlistrik PLN dan non PLN', 99, 99.38), 2024: ('Rasio Desa Berlistrik', 100, 99.84)}),
 'e03': ('%', '+', 'lvl', {2021: ('Persentase bauran energi baru terbarukan', 14, 13.2), 2022: ('Bauran Energi Baru Terbarukan (EBT)', 15.5, 15.85), 2023: ('Porsi EBT dalam bauran energi primer daerah', 17, 16.4), 2024: ('Bauran EBT', 19, 19.35)}),
 'e04': ('MW', '+', 'lvl', {2021: ('Kapasitas terpasang pembangkit listrik EBT', 120, 118.6), 2022: ('Kapasitas Terpasang Pembangkit EBT (MW)', 140, 146.25), 2023: ('Jumlah kapasitas pembangkit energi terbarukan terpasang', 165, 158.4), 2024: ('Kapasitas pembangkit EBT terpasang', 190, 201.7)}),
 'e05': ('RT', '+', 'cnt', {2021: ('Jumlah rumah tangga yang mendapat bantuan pasang baru listrik', 1500, 1620), 2022: ('Jumlah RT penerima bantuan pasang baru listrik', 2000, 2145), 2023: ('Rumah tangga miskin penerima Bantuan Pasang Baru Listrik (BPBL)', 2500, 2318), 2024: ('Jumlah Rumah Tangga Penerima BPBL', 3000, 3120)}),
 'e06': ('unit', '+', 'cnt', {2022: ('Jumlah PLTS atap terpasang di gedung pemerintah', 5, 6), 2023: ('PLTS Atap pada gedung pemerintah provinsi', 8, 8), 2024: ('Jumlah PLTS Atap terpasang', 10, 12)}),
 'e07': ('%', '+', 'lvl', {2021: ('Persentase IUP yang dibina dan diawasi', 70, 72.5), 2022: ('Prosentase Izin Usaha Pertambangan (IUP) yang diawasi', 75, 78.3), 2023: ('Persentase IUP yang diawasi', 80, 81.2), 2024: ('Persentase pemegang IUP yang dibina dan diawasi', 85, 86.4)}),
 'e08': ('%', '+', 'lvl', {2021: ('Persentase pemegang IUP yang menyampaikan laporan berkala', 60, 54.2), 2022: ('Persentase IUP yang menyampaikan laporan', 65, 67.8), 2024: ('Persentase pemegang IUP yang patuh menyampaikan laporan berkala', 75, 71.6)}),
 'e09': ('kejadian', '-', 'cnt', {2021: ('Jumlah kecelakaan kerja pertambangan', 10, 8), 2022: ('Jumlah kecelakaan tambang', 8, 9), 2023: ('Angka kecelakaan kerja di wilayah pertambangan', 6, 4), 2024: ('Jumlah Kecelakaan Kerja Tambang', 5, 5)}),
 'e10': ('Ha', '+', 'cnt', {2021: ('Luas lahan reklamasi pasca tambang', 250, 231.5), 2022: ('Luas lahan bekas tambang yang direklamasi', 300, 318.75), 2023: ('Luas Lahan Terganggu yang Direklamasi', 350, 362.4), 2024: ('Luasan reklamasi lahan bekas tambang', 400, 388.9)}),
 'e11': ('%', '+', 'lvl', {2023: ('Persentase lahan terganggu yang telah direklamasi', 60, 62.3), 2024: ('Persentase reklamasi lahan terganggu', 65, 66.1)}),
 'e12': ('titik', '+', 'cnt', {2021: ('Jumlah sumur bor air bersih di daerah sulit air', 20, 18), 2022: ('Jumlah sumur bor yang dibangun', 25, 27), 2023: ('Sumur bor air tanah untuk daerah sulit air', 30, 30)}),
 'e13': ('%', '-', 'lvl', {2022: ('Persentase pengambilan air tanah tanpa izin (SIPA)', 15, 12.4), 2023: ('Prosentase titik pengambilan air tanah yang tidak berizin', 12, 13.1), 2024: ('Persentase pemanfaatan air tanah tanpa izin', 10, 8.7)}),
 'e14': ('kWh/kapita', '+', 'lvl', {2021: ('Konsumsi listrik per kapita', 820, 804.6), 2022: ('Konsumsi Listrik perkapita (kWh)', 860, 871.2), 2023: ('Konsumsi energi listrik per kapita', 900, 912.5), 2024: ('Konsumsi Listrik Per Kapita Provinsi', 950, 938.7)}),
 'e15': ('indeks', '+', 'lvl', {2021: ('Indeks Kepuasan Masyarakat', 80, 82.35), 2022: ('IKM Pelayanan Dinas ESDM', 81, 83.1), 2023: ('Indeks Kepuasan Masyarakat (IKM)', 82, 84.72), 2024: ('Indeks Kepuasan Masyarakat terhadap layanan rekomendasi teknis ESDM', 83, 85.04)}),
 'e16': ('nilai', '+', 'lvl', {2021: ('Nilai SAKIP Dinas ESDM', 70, 71.25), 2022: ('Nilai Akuntabilitas Kinerja (SAKIP)', 72, 73.4), 2023: ('Nilai SAKIP', None, None), 2024: ('Nilai evaluasi SAKIP Perangkat Daerah', 75, 76.12)}),
 'e17': ('dokumen', '+', 'cnt', {2021: ('Jumlah peta kawasan rawan bencana geologi', 2, 2), 2023: ('Jumlah dokumen peta rawan bencana geologi', 3, 3), 2024: ('Peta Kawasan Rawan Bencana Geologi', 2, 1)}),
 'e18': ('desa', '+', 'lvl', {2023: ('Jumlah desa mandiri energi', 10, 12), 2024: ('Desa Mandiri Energi (DME)', 15, 14)}),
 'e19': ('lokasi', '-', 'cnt', {2021: ('Jumlah lokasi pertambangan tanpa izin (PETI)', 40, 46), 2022: ('Jumlah lokasi PETI', 35, 31)}),
 'e20': ('lokasi', '+', 'cnt', {2023: ('Jumlah lokasi PETI yang ditertibkan', 12, 15), 2024: ('Lokasi PETI yang ditertibkan', 15, 17)}),
}
SAS = [
 ('Meningkatnya akses dan ketersediaan energi listrik', ['e01', 'e02', 'e05', 'e14']),
 ('Meningkatnya pemanfaatan energi baru terbarukan', ['e03', 'e04', 'e06', 'e18']),
 ('Meningkatnya tata kelola pertambangan yang baik dan berwawasan lingkungan', ['e07', 'e08', 'e09', 'e10', 'e11', 'e19', 'e20']),
 ('Meningkatnya pengelolaan air tanah dan mitigasi bencana geologi', ['e12', 'e13', 'e17']),
 ('Meningkatnya kualitas tata kelola dan pelayanan Dinas ESDM', ['e15', 'e16']),
]
KADIS = ('Ir. BAMBANG SETYO PRANOTO, M.Eng', 'Pembina Utama Muda', '19680925 199503 1 002')
KEY = Key('Dinas Energi dan Sumber Daya Mineral Provinsi Nusa Kencana', [2021, 2022, 2023, 2024])
def ids(year):
    return [(s, [i for i in lst if year in C[i][3]]) for s, lst in SAS]
def numfmt(i, t, re):
    return '#,##0' if all(x is None or float(x).is_integer() for x in (t, re)) else '#,##0.00'

# ------------------------------------------------------------ 2021: IKU matrix, % as fractions, hidden baseline column
def f2021():
    Y, fn = 2021, 'IKU_ESDM_2021.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'IKU 2021'
    title(ws, 1, 1, 11, 'MATRIKS INDIKATOR KINERJA UTAMA (IKU)')
    title(ws, 2, 1, 11, 'DINAS ENERGI DAN SUMBER DAYA MINERAL PROVINSI NUSA KENCANA')
    title(ws, 3, 1, 11, 'CAPAIAN TAHUN 2021')
    hdr = dict(bold=True, h='center', fill=GREY)
    for c, t in [(1, 'No'), (2, 'Sasaran Strategis'), (3, 'Indikator Kinerja Utama'), (4, 'Definisi Operasional / Formulasi'),
                 (5, 'Satuan'), (6, 'Polaritas'), (7, 'Baseline 2019'), (11, 'Sumber Data')]:
        merge(ws, 5, c, 6, c, t, **hdr)
    merge(ws, 5, 8, 5, 10, 'Tahun 2021', **hdr)
    for c, t in [(8, 'Target'), (9, 'Realisasi'), (10, 'Capaian (%)')]:
        put(ws, 6, c, t, **hdr)
    defs = {'e01': 'Jumlah RT berlistrik / jumlah RT x 100%', 'e02': 'Desa berlistrik / jumlah desa x 100%',
            'e03': 'Pasokan energi EBT / total energi primer x 100%', 'e07': 'IUP yang dibina / IUP aktif x 100%',
            'e08': 'IUP yang melapor / IUP aktif x 100%', 'e09': 'Jumlah kejadian kecelakaan kerja tambang dalam 1 tahun',
            'e19': 'Jumlah lokasi PETI hasil pemantauan', 'e14': 'Konsumsi listrik (kWh) / jumlah penduduk'}
    base = {'e01': 95.1, 'e02': 96.2, 'e03': 12.1, 'e04': 96.4, 'e05': 850, 'e07': 64, 'e08': 48.5, 'e09': 13, 'e10': 180.2,
            'e12': 14, 'e14': 776.3, 'e15': 78.9, 'e16': 66.4, 'e17': 1, 'e19': 52}
    r, no = 7, 1
    for s, lst in ids(Y):
        merge(ws, r, 2, r + len(lst) - 1, 2, s)
        for i in lst:
            unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
            pct = unit == '%'
            fmt = '0.00%' if pct else numfmt(i, t, re)
            sc = (lambda x: round(x / 100, 6)) if pct else (lambda x: x)
            put(ws, r, 1, no, h='center'); put(ws, r, 3, name); put(ws, r, 4, defs.get(i, '-'))
            put(ws, r, 5, unit, h='center')
            put(ws, r, 6, '' if i == 'e12' else ('Maximize' if pol == '+' else 'Minimize'), h='center')  # e12: blank polarity
            put(ws, r, 7, sc(base[i]), fmt=fmt)
            tt, rr = sc(t), sc(re)
            kt, kr = t, re
            if i == 'e14':
                tt = kt = 8200  # MISTAKE: target typed with an extra zero (true 820)
            if i == 'e05':
                rr = '1.620 RT'  # text in a number cell
            put(ws, r, 8, tt, fmt=fmt); put(ws, r, 9, rr, fmt=fmt, h='right' if isinstance(rr, str) else None)
            if i == 'e09':
                put(ws, r, 10, f'=ROUND(I{r}/H{r}*100,2)', fmt='0.00')  # MISTAKE: negative indicator, positive formula
            elif i == 'e05':
                put(ws, r, 10, 108, fmt='0.00')
            else:
                put(ws, r, 10, f'=ROUND(IF(F{r}="Maximize",I{r}/H{r}*100,(2*H{r}-I{r})/H{r}*100),2)', fmt='0.00')
            put(ws, r, 11, 'Bidang ' + ['Ketenagalistrikan', 'EBTKE', 'Minerba', 'Geologi dan Air Tanah', 'Sekretariat'][[x[0] for x in SAS].index(s)])
            KEY.add(fn, ws.title, r, Y, name, i, kt, kr)
            r += 1; no += 1
    ws.column_dimensions['G'].hidden = True
    signature(ws, r + 2, 9, 'Kota Seruni, 14 Januari 2022', 'Kepala Dinas ESDM Provinsi Nusa Kencana,', *KADIS)
    widths(ws, {'A': 5, 'B': 30, 'C': 42, 'D': 34, 'E': 11, 'F': 11, 'H': 11, 'I': 11, 'J': 11, 'K': 22})
    deliver(wb, AG, fn, KEY)

# ------------------------------------------------------------ 2022: .xls, two tables on one sheet, Real. left of Target
def f2022():
    Y, fn = 2022, 'pengukuran kinerja esdm 2022.xls'
    wb = Workbook(); ws = wb.active; ws.title = 'Pengukuran 2022'
    title(ws, 1, 1, 8, 'PENGUKURAN KINERJA DINAS ESDM PROV. NUSA KENCANA TAHUN 2022')
    ws.cell(row=3, column=1, value='Tabel 1. Capaian Indikator Kinerja Sasaran').font = Font(bold=True)
    hdr = dict(bold=True, h='center', fill=GREY)
    for c, t in enumerate(['No', 'Kode', 'Indikator Kinerja', 'Satuan', 'Real. 2022', 'Tgt 2022', '%', 'Ket.'], 1):
        put(ws, 4, c, t, **hdr)
    t1 = ['e01', 'e02', 'e03', 'e07', 'e09', 'e10', 'e13', 'e14', 'e15', 'e16']
    t2 = ['e04', 'e05', 'e06', 'e08', 'e12', 'e19']
    r = 5
    for n, i in enumerate(t1, 1):
        unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
        put(ws, r, 1, n, h='center'); put(ws, r, 2, f'IKS.{n:02d}'); put(ws, r, 3, name); put(ws, r, 4, unit, h='center')
        rv = re
        if i == 'e14':
            rv = '871,2 kWh'
        elif i == 'e10':
            rv = '318,75 Ha'
        put(ws, r, 5, rv, fmt='#,##0.00', h='right' if isinstance(rv, str) else None); put(ws, r, 6, t, fmt='#,##0.00')
        if i == 'e14':
            put(ws, r, 7, 101.3, fmt='0.00')
        elif i == 'e10':
            put(ws, r, 7, 106.25, fmt='0.00')
        elif i == 'e03':
            put(ws, r, 7, 120.26, fmt='0.00')  # MISTAKE: % typed wrong (true 102,26)
        elif i == 'e13':
            put(ws, r, 7, f'=ROUND((2*F{r}-E{r})/F{r}*100,2)', fmt='0.00'); put(ws, r, 8, 'indikator negatif')
        else:
            put(ws, r, 7, f'=ROUND(E{r}/F{r}*100,2)', fmt='0.00')  # e09 negative with positive formula (MISTAKE)
        KEY.add(fn, ws.title, r, Y, name, i, t, re)
        r += 1
    put(ws, r, 3, 'Rata-rata capaian', bold=True); put(ws, r, 7, f'=ROUND(AVERAGE(G5:G{r-1}),2)', fmt='0.00')
    # second table
    r = 33
    ws.cell(row=31, column=1, value='Tabel 2. Capaian Indikator Kinerja Program').font = Font(bold=True)
    for c, t in enumerate(['No', 'Program', 'Indikator Program', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Anggaran (Rp)'], 1):
        put(ws, 32, c, t, **hdr)
    prog = {'e04': 'Program Pengelolaan Energi Terbarukan', 'e05': 'Program Pengelolaan Ketenagalistrikan',
            'e06': 'Program Pengelolaan Energi Terbarukan', 'e08': 'Program Pengelolaan Mineral dan Batubara',
            'e12': 'Program Pengelolaan Geologi dan Air Tanah', 'e19': 'Program Pengelolaan Mineral dan Batubara'}
    for n, i in enumerate(t2, 1):
        unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
        put(ws, r, 1, n, h='center'); put(ws, r, 2, prog[i]); put(ws, r, 3, name); put(ws, r, 4, unit, h='center')
        rv = re
        if i == 'e06':
            rv = '6 unit'
        elif i == 'e12':
            rv = '27 titik'
        put(ws, r, 5, t, fmt=numfmt(i, t, re)); put(ws, r, 6, rv, fmt=numfmt(i, t, re), h='right' if isinstance(rv, str) else None)
        if isinstance(rv, str):
            put(ws, r, 7, round(re / t * 100, 2), fmt='0.00')
        elif i == 'e19':
            put(ws, r, 7, f'=ROUND((2*E{r}-F{r})/E{r}*100,2)', fmt='0.00')
        else:
            put(ws, r, 7, f'=ROUND(F{r}/E{r}*100,2)', fmt='0.00')
        put(ws, r, 8, [1850400000, 4275000000, 1850400000, 912300000, 2640750000, 912300000][n - 1], fmt='#,##0')
        KEY.add(fn, ws.title, r, Y, name, i, t, re)
        r += 1
    signature(ws, r + 2, 6, 'Kota Seruni, 10 Januari 2023', 'Kepala Dinas,', *KADIS)
    widths(ws, {'A': 5, 'B': 30, 'C': 44, 'D': 11, 'E': 12, 'F': 12, 'G': 10, 'H': 16})
    deliver(wb, AG, fn, KEY)

# ------------------------------------------------------------ 2023: .ods, E.81 15-column scheme (no capaian Renja column)
Q23 = {'e01': [98.02, 98.11, 98.2, 98.31], 'e02': [99.1, 99.2, 99.3, 99.38], 'e05': [0, 612, 1040, 666], 'e14': [228.1, 455.3, 681.9, 912.5],
       'e03': [15.2, 15.6, 16.0, 16.4], 'e04': [150.2, 152.4, 155.9, 158.4], 'e06': [0, 2, 3, 3], 'e18': [10, 10, 11, 12],
       'e07': [20.5, 45.1, 62.4, 81.2], 'e09': [1, 2, 0, 1], 'e10': [60.4, 95.5, 101.1, 105.4], 'e11': [55.2, 57.4, 60.1, 62.3],
       'e20': [2, 4, 5, 4], 'e12': [0, 8, 12, 10], 'e13': [12.8, 13.4, 13.2, 13.1], 'e17': [0, 1, 1, 1],
       'e15': [0, 84.1, 0, 84.72], 'e16': [None, None, None, 'BB']}
REN23 = {'e01': 100, 'e02': 100, 'e05': 12000, 'e14': 1000, 'e03': 23, 'e04': 250, 'e06': 40, 'e18': 40, 'e07': 95, 'e09': 3, 'e10': 1800,
         'e11': 75, 'e20': 60, 'e12': 120, 'e13': 5, 'e17': 10, 'e15': 85, 'e16': 'A'}
PRV23 = {'e01': 97.64, 'e02': 98.6, 'e05': 3765, 'e14': 871.2, 'e03': 15.85, 'e04': 146.25, 'e06': 6, 'e18': 6, 'e07': 78.3, 'e09': 17,
         'e10': 550.25, 'e11': 0, 'e20': 0, 'e12': 45, 'e13': 12.4, 'e17': 2, 'e15': 83.1, 'e16': 'BB'}
E23 = [
 ('Meningkatnya akses dan ketersediaan energi listrik', [('Program Pengelolaan Ketenagalistrikan', ['e01', 'e02', 'e14']),
   ('Pelaksanaan Bantuan Pasang Baru Listrik bagi Rumah Tangga Miskin', ['e05'])]),
 ('Meningkatnya pemanfaatan energi baru terbarukan', [('Program Pengelolaan Energi Baru Terbarukan', ['e03', 'e04']),
   ('Pembangunan PLTS Atap dan Desa Mandiri Energi', ['e06', 'e18'])]),
 ('Meningkatnya tata kelola pertambangan yang baik dan berwawasan lingkungan', [('Program Pengelolaan Mineral dan Batubara', ['e07', 'e09', 'e11']),
   ('Pengawasan Reklamasi dan Pascatambang serta Penertiban PETI', ['e10', 'e20'])]),
 ('Meningkatnya pengelolaan air tanah dan mitigasi bencana geologi', [('Program Pengelolaan Geologi dan Air Tanah', ['e13']),
   ('Pengeboran Air Tanah dan Pemetaan Kawasan Rawan Bencana Geologi', ['e12', 'e17'])]),
 ('Meningkatnya kualitas tata kelola dan pelayanan Dinas ESDM', [('Program Penunjang Urusan Pemerintahan Daerah Provinsi', ['e15', 'e16'])]),
]
def f2023():
    Y, fn = 2023, 'Evaluasi Renja ESDM TW IV 2023.ods'
    wb = Workbook(); ws = wb.active; ws.title = 'TW IV'
    title(ws, 1, 1, 26, 'Formulir E.81')
    title(ws, 2, 1, 26, 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH PROVINSI NUSA KENCANA')
    title(ws, 3, 1, 26, 'Dinas Energi dan Sumber Daya Mineral - Periode Pelaksanaan: Triwulan IV Tahun 2023')
    hdr = dict(bold=True, h='center', fill=GREY)
    for c, t in [(1, 'No'), (2, 'Sasaran'), (3, 'Program/Kegiatan'), (4, 'Indikator Kinerja'), (5, 'Satuan'), (26, 'Unit PD Penanggung Jawab')]:
        merge(ws, 5, c, 7, c, t, **hdr)
    grp = [(6, 'Target Renstra PD Tahun 2026'), (8, 'Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2022'),
           (10, 'Target Kinerja dan Anggaran Renja PD Tahun 2023')]
    for c, t in grp:
        merge(ws, 5, c, 6, c + 1, t, **hdr)
    merge(ws, 5, 12, 5, 19, 'Realisasi Kinerja Pada Triwulan', **hdr)
    for k, q in enumerate(['I', 'II', 'III', 'IV']):
        merge(ws, 6, 12 + 2 * k, 6, 13 + 2 * k, q, **hdr)
    for c, t in [(20, 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'), (22, 'Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2023'),
                 (24, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2023 (%)')]:
        merge(ws, 5, c, 6, c + 1, t, **hdr)
    for c in range(6, 26, 2):
        put(ws, 7, c, 'K', **hdr); put(ws, 7, c + 1, 'Rp', **hdr)
    labels = ['1', '2', '3', '4', '', '5', '6', '7', '8', '9', '10', '11', '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100']
    cs = [1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]
    for c, t in zip(cs, labels):
        if c <= 5:
            put(ws, 8, c, t, h='center', italic=True)
        else:
            merge(ws, 8, c, 8, c + 1, t, h='center', italic=True)
    put(ws, 8, 26, '15', h='center', italic=True)
    r, no = 9, 1
    rp_seed = 700000000
    for s, blocks in E23:
        n_all = sum(len(b[1]) for b in blocks)
        merge(ws, r, 1, r + n_all - 1, 1, no, h='center'); merge(ws, r, 2, r + n_all - 1, 2, s)
        for pname, inds in blocks:
            n = len(inds)
            merge(ws, r, 3, r + n - 1, 3, pname, bold=pname.startswith('Program'))
            rp = rp_seed; rp_seed += 137500000
            rq = [round(rp * f, -3) for f in (0.14, 0.25, 0.28, 0.27)]
            for c, v in [(7, rp * 5), (9, round(rp * 2.6, -3)), (11, rp), (13, rq[0]), (15, rq[1]), (17, rq[2]), (19, rq[3])]:
                merge(ws, r, c, r + n - 1, c, v, fmt='#,##0')
            merge(ws, r, 21, r + n - 1, 21, f'=M{r}+O{r}+Q{r}+S{r}', fmt='#,##0')
            merge(ws, r, 23, r + n - 1, 23, f'=I{r}+U{r}', fmt='#,##0')
            merge(ws, r, 25, r + n - 1, 25, f'=ROUND(W{r}/G{r}*100,2)', fmt='0.00')
            for j, i in enumerate(inds):
                rr = r + j
                unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
                put(ws, rr, 4, name); put(ws, rr, 5, unit, h='center')
                fmt = numfmt(i, t, re) if i != 'e16' else 'General'
                put(ws, rr, 6, REN23[i], fmt=fmt); put(ws, rr, 8, PRV23[i], fmt=fmt)
                put(ws, rr, 10, 'BB' if i == 'e16' else t, fmt=fmt, h='center' if i == 'e16' else None)
                for k in range(4):
                    v = Q23[i][k]
                    if v is None:
                        v = '-'
                    put(ws, rr, 12 + 2 * k, v, fmt=fmt, h='center' if isinstance(v, str) else None)
                if i == 'e16':
                    put(ws, rr, 20, 'BB', h='center'); put(ws, rr, 22, 'BB', h='center'); put(ws, rr, 24, '-', h='center')
                    KEY.add(fn, ws.title, rr, Y, name, i, None, None)
                    continue
                if i == 'e07':
                    f = f'=R{rr + 1}'  # MISTAKE: points at the next row's TW IV
                    real = Q23['e09'][3]
                elif i == 'e14':
                    f = f'=P{rr}'  # MISTAKE: TW III taken as the year's value
                    real = Q23[i][2]
                elif kind == 'cnt':
                    f = f'=L{rr}+N{rr}+P{rr}+R{rr}'; real = round(sum(Q23[i]), 2)
                    assert abs(real - re) < 1e-9, (i, real, re)
                else:
                    f = f'=R{rr}'; real = Q23[i][3]; assert real == re, i
                put(ws, rr, 20, f, fmt=fmt)
                put(ws, rr, 22, f'=H{rr}+T{rr}' if kind == 'cnt' else f'=T{rr}', fmt=fmt)
                # e09/e13 negative, Renstra % with positive formula (as the whole form does)
                put(ws, rr, 24, f'=ROUND(V{rr}/F{rr}*100,2)', fmt='0.00')
                KEY.add(fn, ws.title, rr, Y, name, i, t, real)
            r += n
        no += 1
    put(ws, r, 4, 'Rata-rata capaian kinerja (%)', bold=True); put(ws, r, 24, f'=ROUND(AVERAGE(X9:X{r-1}),1)', fmt='0.0')
    put(ws, r + 1, 4, 'Predikat kinerja', bold=True); put(ws, r + 1, 24, 'Tinggi')
    signature(ws, r + 4, 4, 'Disusun : Kota Seruni, 12 Januari 2024', 'Kepala Dinas ESDM', *KADIS)
    signature(ws, r + 4, 20, 'Dievaluasi : Kota Seruni, 19 Januari 2024', 'Kepala Bappeda Provinsi Nusa Kencana',
              'Dr. Ir. MAHYUDIN LATUCONSINA, M.Si', 'Pembina Utama Madya', '19660310 199203 1 011')
    widths(ws, {'A': 4, 'B': 24, 'C': 30, 'D': 40, 'E': 10, 'Z': 18})
    for c in range(6, 26):
        ws.column_dimensions[L(c)].width = 12
    deliver(wb, AG, fn, KEY)

# ------------------------------------------------------------ 2024: .xlsx, Rencana Aksi, one sheet per sasaran, T/R per quarter
Q24 = {'e01': [98.9, 99.0, 99.05, 99.12], 'e02': [99.5, 99.6, 99.8, 99.84], 'e05': [0, 1250, 1320, 550], 'e14': [236.1, 470.8, 702.3, 938.7],
       'e03': [17.8, 18.4, 18.9, 19.35], 'e04': [172.3, 181.9, 195.2, 201.7], 'e06': [0, 3, 5, 4], 'e18': [11, 12, 13, 14],
       'e07': [21.6, 43.2, 64.8, 86.4], 'e08': [68.1, 69.4, 70.2, 71.6], 'e09': [2, 0, 1, 2], 'e10': [80.5, 95.2, 110.7, 102.5], 'e11': [63.2, 64.1, 65.0, '66,1 %'],
       'e20': [3, 5, 4, 5], 'e13': [9.6, 9.2, 8.9, 8.7], 'e17': [0, 0, 0, 1],
       'e15': [0, 84.8, 0, 85.04], 'e16': [0, 0, 0, 7612]}
def f2024():
    Y, fn = 2024, 'Renaksi_PK_2024.xlsx'
    wb = Workbook(); cv = wb.active; cv.title = 'Cover'
    for r, t in [(6, 'RENCANA AKSI DAN MONITORING CAPAIAN'), (7, 'PERJANJIAN KINERJA TAHUN 2024'), (9, 'DINAS ENERGI DAN SUMBER DAYA MINERAL'), (10, 'PROVINSI NUSA KENCANA')]:
        cv.cell(row=r, column=2, value=t).font = Font(bold=True, size=14)
    cv.cell(row=13, column=2, value='Status: Realisasi s.d. Triwulan IV (Desember 2024)')
    groups = ids(Y)
    # sasaran 5 (tata kelola) goes onto sheet 4 together with sasaran 4, as a second block
    sheets = [groups[0], groups[1], groups[2], (groups[3][0] + ' / ' + groups[4][0], groups[3][1] + groups[4][1])]
    hdr = dict(bold=True, h='center', fill=GREY)
    for sn, (s, lst) in enumerate(sheets, 1):
        ws = wb.create_sheet(f'Sasaran {sn}')
        title(ws, 1, 1, 14, 'RENCANA AKSI PERJANJIAN KINERJA TAHUN 2024')
        ws.cell(row=3, column=1, value=f'Sasaran Strategis {sn} : {s}').font = Font(bold=True)
        merge(ws, 5, 1, 6, 1, 'No', **hdr); merge(ws, 5, 2, 6, 2, 'Indikator Kinerja', **hdr); merge(ws, 5, 3, 6, 3, 'Satuan', **hdr)
        merge(ws, 5, 4, 6, 4, 'Target 2024', **hdr)
        for k, q in enumerate(['TW I', 'TW II', 'TW III', 'TW IV']):
            merge(ws, 5, 5 + 2 * k, 5, 6 + 2 * k, q, **hdr); put(ws, 6, 5 + 2 * k, 'T', **hdr); put(ws, 6, 6 + 2 * k, 'R', **hdr)
        merge(ws, 5, 13, 6, 13, 'Capaian (%)', **hdr); merge(ws, 5, 14, 6, 14, 'Keterangan', **hdr)
        r = 7
        for n, i in enumerate(lst, 1):
            unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
            pct = unit == '%'
            fmt = '0.00%' if pct else numfmt(i, t, re)
            put(ws, r, 1, n, h='center'); put(ws, r, 2, name); put(ws, r, 3, unit, h='center')
            put(ws, r, 4, round(t / 100, 6) if pct else t, fmt=fmt)
            if kind == 'cnt':
                tq = q_split(t)
            elif i == 'e09':
                tq = q_split(t)
            else:
                tq = {'e01': [99.2, 99.3, 99.4, 99.5], 'e02': [99.6, 99.7, 99.8, 100], 'e14': [237.5, 475, 712.5, 950], 'e03': [17.5, 18, 18.5, 19],
                      'e04': [170, 175, 180, 190], 'e18': [12, 13, 14, 15], 'e07': [21.25, 42.5, 63.75, 85], 'e08': [70, 72, 73, 75],
                      'e11': [62, 63, 64, 65], 'e13': [10, 10, 10, 10], 'e15': [0, 82, 0, 83], 'e16': [0, 0, 0, 75]}[i]
            for k in range(4):
                tv = tq[k]; rv = Q24[i][k]
                if pct and i != 'e11':
                    tv = round(tv / 100, 6); rv = round(rv / 100, 6) if not isinstance(rv, str) else rv
                put(ws, r, 5 + 2 * k, tv, fmt=fmt if not (i == 'e11') else '0.00')  # e11: quarters typed in points, annual as %
                put(ws, r, 6 + 2 * k, rv, fmt=fmt if not (i == 'e11') else '0.00', h='right' if isinstance(rv, str) else None)
            if kind == 'cnt':
                put(ws, r, 13, f'=ROUND((F{r}+H{r}+J{r}+L{r})/D{r}*100,2)', fmt='0.00')
                real = round(sum(Q24[i]), 2); assert abs(real - re) < 1e-9, (i, real, re)
            elif i == 'e11':
                put(ws, r, 13, 101.69, fmt='0.00'); real = 66.1
            else:
                put(ws, r, 13, f'=ROUND(L{r}/D{r}*100,2)', fmt='0.00')  # e13 negative with positive formula
                real = Q24[i][3]
                if i != 'e16':
                    assert real == re, i
            if i == 'e09':
                put(ws, r, 14, 'kumulatif 5 kejadian (negatif)')
            if i == 'e16':
                put(ws, r, 14, 'LHE SAKIP diterima Desember')
            KEY.add(fn, ws.title, r, Y, name, i, t, real)
            r += 1
        signature(ws, r + 2, 10, 'Kota Seruni, 15 Januari 2025', 'Kepala Dinas,', *KADIS)
        widths(ws, {'A': 5, 'B': 46, 'C': 11, 'D': 11, 'N': 24})
        for c in range(5, 14):
            ws.column_dimensions[L(c)].width = 9
    deliver(wb, AG, fn, KEY)

if __name__ == '__main__':
    f2021(); f2022(); f2023(); f2024()
    KEY.amb = [['e19', 'e20']]
    KEY.dump(os.path.join(ROOT, AG, 'key.json'))
    print(AG, len(KEY.rows), 'rows')
