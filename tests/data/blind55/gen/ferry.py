"""Agency 2: UPTD Pelabuhan Penyeberangan Ulu Sampan, Dinas Perhubungan Kabupaten Liwu Pesisir, 2021-2024."""
import os, datetime
from openpyxl import Workbook
from common import *

AGENCY = 'UPTD Pelabuhan Penyeberangan Ulu Sampan, Dinas Perhubungan Kabupaten Liwu Pesisir'
SLUG = 'uptd_pelabuhan_penyeberangan_liwu_pesisir'
YEARS = [2021, 2022, 2023, 2024]
F21 = 'Evaluasi Renja UPTD PP Ulu Sampan 2021.xls'
F22 = 'RA dan PK 2022 UPTD Pelabuhan Penyeberangan.ods'
F34 = 'Laporan Kinerja UPTD PP 2023-2024.xlsx'

# id: unit, kind, polarity (+/-), {year: (T, R)}
IND = {
 'F01': ('trip', 'flow', '+', {2021: (1460, 1402), 2022: (1500, 1538), 2023: (1550, 1571), 2024: (1600, 1589)}),
 'F02': ('orang', 'flow', '+', {2021: (95000, 88412), 2022: (100000, 104730), 2023: (110000, 113256), 2024: (115000, 118940)}),
 'F03': ('unit', 'flow', '+', {2021: (21000, 19844), 2022: (22000, 23105), 2023: (24000, 24870), 2024: (25000, 26312)}),
 'F04': ('unit', 'flow', '+', {2021: (6500, 6118), 2022: (7000, 7264), 2023: (7500, 7702), 2024: (8000, 8155)}),
 'F05': ('%', 'level', '+', {2021: (85, 82.6), 2022: (87, 88.1)}),
 'F05b': ('%', 'level', '+', {2023: (88, 90.3), 2024: (90, 91.2)}),
 'F06': ('kejadian', 'flow', '-', {2021: (2, 1), 2022: (1, 0), 2023: (1, 2), 2024: (1, 0)}),
 'F07': ('menit', 'level', '-', {2021: (45, 52), 2022: (40, 38), 2023: (35, 36.5), 2024: (30, 28)}),
 'F08': ('Rp', 'flow', '+', {2021: (1250000000, 1187450000), 2022: (1350000000, 1402600000), 2023: (1450000000, 1478325000), 2024: (1550000000, 1561980000)}),
 'F09': ('Rp', 'flow', '+', {2021: (180000000, 171240000), 2022: (190000000, 197880000), 2023: (200000000, 206415000), 2024: (215000000, 219070000)}),
 'F10': ('nilai', 'level', '+', {2021: (78, 79.45), 2022: (80, 81.02), 2023: (81, 82.7), 2024: (82, 'B')}),
 'F11': ('%', 'level', '+', {2021: (100, 100), 2022: (100, 100), 2023: (100, 83.33), 2024: (100, 100)}),
 'F12': ('unit', 'level', '+', {2021: (5, 5), 2022: (5, 5), 2023: (6, 6), 2024: (6, 5)}),
 'F13': ('ton', 'flow', '+', {2021: (12000, 11365.5), 2022: (12500, 13020.75), 2024: (14000, 14388.2)}),
 'F14': ('%', 'level', '+', {2021: (75, 72), 2022: (80, 81), 2023: (82, 80), 2024: (85, 86)}),
 'F15': ('orang', 'flow', '+', {2021: (10, 8), 2022: (12, 12), 2023: (12, 14), 2024: (15, 15)}),
 'F16': ('pengaduan', 'flow', '-', {2021: (40, 46), 2022: (35, 31), 2023: (30, 27), 2024: (25, 22)}),
 'F17': ('%', 'level', '+', {2021: (90, 93.48), 2022: (95, 100), 2023: (95, 96.3), 2024: (100, 100)}),
 'F18': ('trip', 'flow', '-', {2022: (30, 24), 2023: (25, 31), 2024: (25, 19)}),
 'F19': ('%', 'level', '+', {2021: (60, 57.8), 2022: (62, 64.5), 2023: (65, 66.2), 2024: (68, 69)}),
 'F20': ('lembar', 'flow', '+', {2023: (40000, 52318), 2024: (80000, 91207)}),
}

NAMES = {
 'F01': {2021: 'Jumlah trip penyeberangan', 2022: 'Jumlah Trip Kapal Penyeberangan', 2023: 'Jml trip/frekuensi pelayaran', 2024: 'Frekuensi pelayaran kapal penyeberangan (trip)'},
 'F02': {2021: 'Jumlah penumpang yang diangkut', 2022: 'Jumlah Penumpang Yang Diangkut', 2023: 'Jml penumpang yg diangkut (org)', 2024: 'Jumlah penumpang terangkut'},
 'F03': {2021: 'Jumlah kendaraan roda 2 yang diangkut', 2022: 'Jumlah Kendaraan Roda Dua Yang Diangkut', 2023: 'Jml kendaraan R2 yg diangkut', 2024: 'Jumlah kendaraan roda dua (R2) terangkut'},
 'F04': {2021: 'Jumlah kendaraan roda 4 atau lebih yang diangkut', 2022: 'Jumlah Kendaraan Roda Empat Ke Atas Yang Diangkut', 2023: 'Jml kendaraan R4 & lebih yg diangkut', 2024: 'Jumlah kendaraan roda empat atau lebih (R4+) terangkut'},
 'F05': {2021: 'Persentase ketepatan waktu keberangkatan kapal', 2022: 'Prosentase Ketepatan Waktu Keberangkatan Kapal (On Time Performance)'},
 'F05b': {2023: 'OTP jadwal pelayaran (keberangkatan & kedatangan) (%)', 2024: 'Persentase ketepatan jadwal pelayaran (keberangkatan dan kedatangan)'},
 'F06': {2021: 'Jumlah kecelakaan kapal penyeberangan', 2022: 'Jumlah Kecelakaan Kapal Penyeberangan', 2023: 'Jml kejadian kecelakaan (kejadian)', 2024: 'Jumlah kejadian kecelakaan pelayaran penyeberangan'},
 'F07': {2021: 'Rata-rata waktu tunggu penumpang', 2022: 'Rata - Rata Waktu Tunggu Penumpang (Menit)', 2023: 'Rata2 waktu tunggu penumpang di dermaga (menit)', 2024: 'Waktu tunggu rata-rata penumpang'},
 'F08': {2021: 'Pendapatan retribusi jasa penyeberangan (tiket)', 2022: 'Pendapatan Retribusi Tiket Penyeberangan', 2023: 'Pendapatan retribusi tiket (Rp)', 2024: 'PAD retribusi tiket penyeberangan'},
 'F09': {2021: 'Pendapatan retribusi pas masuk pelabuhan', 2022: 'Pendapatan Retribusi Pas Masuk Pelabuhan', 2023: 'Pendapatan retribusi pas masuk (Rp)', 2024: 'PAD retribusi pas masuk pelabuhan'},
 'F10': {2021: 'Indeks Kepuasan Masyarakat pengguna jasa pelabuhan', 2022: 'Indeks Kepuasan Masyarakat (IKM)', 2023: 'IKM pengguna jasa', 2024: 'Nilai IKM Pelabuhan Penyeberangan'},
 'F11': {2021: 'Persentase kapal yang memenuhi standar kelaiklautan', 2022: 'Persentase Kapal Yang Laik Laut', 2023: '% kapal laik laut', 2024: 'Persentase kapal penyeberangan yang laik laut'},
 'F12': {2021: 'Jumlah kapal penyeberangan yang beroperasi', 2022: 'Jumlah Kapal Yang Beroperasi', 2023: 'Jml kapal beroperasi (unit)', 2024: 'Jumlah armada kapal yang beroperasi'},
 'F13': {2021: 'Volume barang yang diangkut', 2022: 'Volume Barang Yang Diangkut (Ton)', 2024: 'Volume muatan barang yg diangkut (ton)'},
 'F14': {2021: 'Persentase fasilitas pelabuhan dalam kondisi baik', 2022: 'Persentase Fasilitas Pelabuhan Dalam Kondisi Baik', 2023: '% fasilitas pelabuhan kondisi baik', 2024: 'Persentase sarana dan fasilitas pelabuhan dalam kondisi baik'},
 'F15': {2021: 'Jumlah petugas pelabuhan yang bersertifikat keselamatan', 2022: 'Jumlah Petugas Bersertifikat Keselamatan', 2023: 'Jml petugas bersertifikat diklat keselamatan (org)', 2024: 'Jumlah petugas pelabuhan bersertifikat keselamatan pelayaran'},
 'F16': {2021: 'Jumlah pengaduan pengguna jasa', 2022: 'Jumlah Pengaduan Pengguna Jasa', 2023: 'Jml pengaduan masyarakat/pengguna jasa', 2024: 'Jumlah pengaduan pengguna jasa pelabuhan'},
 'F17': {2021: 'Persentase pengaduan yang ditindaklanjuti', 2022: 'Persentase Pengaduan Yang Ditindaklanjuti', 2023: '% pengaduan yg ditindaklanjuti', 2024: 'Persentase pengaduan pengguna jasa yang ditindaklanjuti'},
 'F18': {2022: 'Jumlah Trip Yang Dibatalkan', 2023: 'Jml trip batal (cuaca/teknis)', 2024: 'Jumlah trip yang dibatalkan karena cuaca atau kerusakan'},
 'F19': {2021: 'Tingkat keterisian kapal (load factor)', 2022: 'Load Factor Kapal Penyeberangan', 2023: 'Load factor (%)', 2024: 'Tingkat keterisian (load factor) kapal penyeberangan'},
 'F20': {2023: 'Jml tiket elektronik (e-ticketing) terjual (lembar)', 2024: 'Jumlah e-tiket terjual'},
}

KEPALA = ('MUHAMMAD ARSYAD LATIEF, S.T.', 'Penata Tk. I (III/d)', 'NIP. 19800312 200501 1 007')
KADIS = ('Ir. BENEDIKTUS NGALA, M.T.', 'Pembina Utama Muda (IV/c)', 'NIP. 19690704 199503 1 002')


def TR(i, y):
    return IND[i][3][y]


def quarters_real(i, y, n=4):
    unit, kind, pol, v = IND[i]
    t, r = v[y]
    if kind == 'flow':
        if unit == 'Rp':
            return [q * 5000 for q in split_int(r // 5000, [0.22, 0.27, 0.24, 0.27][:n] if n == 4 else [1] * n)]
        if unit == 'ton':
            return split_dec(r, [0.23, 0.25, 0.26, 0.26], 2)
        return split_int(r, [0.22, 0.27, 0.24, 0.27])
    return None


# ---------------------------------------------------------------- 2021: Permendagri 86 form E.81, .xls
PROGRAMS21 = [
 ('Meningkatnya kualitas pelayanan angkutan penyeberangan', 'Program Pengelolaan Pelayaran', ['F02', 'F05', 'F10', 'F19'],
  [('Pengelolaan Operasional Pelabuhan Penyeberangan', ['F01', 'F03', 'F04', 'F13', 'F12'], 612500000, 588214300),
   ('Pemungutan Retribusi Jasa Kepelabuhanan', ['F08', 'F09'], 118000000, 109427500),
   ('Penanganan Pengaduan dan Pelayanan Pengguna Jasa', ['F16', 'F17', 'F07'], 74500000, 70115000)]),
 ('Meningkatnya keselamatan pelayaran penyeberangan', 'Program Peningkatan Keselamatan Pelayaran', ['F06', 'F11'],
  [('Pemeliharaan Fasilitas Pelabuhan Penyeberangan', ['F14'], 486250000, 451902750),
   ('Peningkatan Kompetensi Petugas Keselamatan', ['F15'], 96000000, 88640000)]),
]
RENSTRA26 = {'F01': 9600, 'F02': 640000, 'F03': 140000, 'F04': 45000, 'F05': 92, 'F06': 0, 'F07': 25, 'F08': 8500000000,
             'F09': 1250000000, 'F10': 85, 'F11': 100, 'F12': 7, 'F13': 80000, 'F14': 90, 'F15': 70, 'F16': 15, 'F17': 100, 'F19': 72}
PREV20 = {'F05': 80.4, 'F07': 55, 'F10': 77.1, 'F11': 100, 'F12': 5, 'F14': 70, 'F17': 88.2, 'F19': 55.3}
LEVELQ21 = {'F05': [80.1, 81.5, 83.0, 82.6], 'F07': [55, 50, 48, 52], 'F10': ['-', 78.9, '-', 79.45], 'F11': [100, 100, 100, 100],
            'F12': [5, 5, 5, 5], 'F14': [70, 70, 72, 72], 'F17': [90, 92, 95, 93.48], 'F19': [52.4, 58.7, 56.1, 57.8]}


def e81(ws, kb, keyed, upto, file):
    sh = ws.title
    year = 2021
    M(ws, 'A1:Z1', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', bold=True, h='center')
    M(ws, 'A2:Z2', 'KABUPATEN LIWU PESISIR', bold=True, h='center')
    M(ws, 'A3:Z3', f'Periode Pelaksanaan : Triwulan {"IV" if upto == 4 else "II"} Tahun {year}', bold=True, h='center')
    W(ws, 'A4', 'Perangkat Daerah : Dinas Perhubungan - UPTD Pelabuhan Penyeberangan Ulu Sampan')
    M(ws, 'A6:A8', 'No', bold=True, h='center', border=True)
    M(ws, 'B6:B8', 'Sasaran', bold=True, h='center', border=True)
    M(ws, 'C6:C8', 'Program / Kegiatan', bold=True, h='center', border=True, wrap=True)
    M(ws, 'D6:D8', 'Indikator Kinerja Program (outcome) / Kegiatan (output)', bold=True, h='center', border=True, wrap=True)
    M(ws, 'E6:E8', 'Satuan', bold=True, h='center', border=True)
    heads = [('F', 'G', 'Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)'),
             ('H', 'I', 'Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2020)'),
             ('J', 'K', f'Target Kinerja dan Anggaran Renja PD Tahun Berjalan ({year})'),
             ('T', 'U', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'),
             ('V', 'W', f'Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun {year}'),
             ('X', 'Y', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD (%)')]
    for a, b, t in heads:
        M(ws, f'{a}6:{b}7', t, bold=True, h='center', wrap=True, border=True)
        W(ws, f'{a}8', 'K', bold=True, h='center', border=True)
        W(ws, f'{b}8', 'Rp', bold=True, h='center', border=True)
    M(ws, 'L6:S6', 'Realisasi Kinerja Pada Triwulan', bold=True, h='center', border=True)
    for k, (a, b) in enumerate([('L', 'M'), ('N', 'O'), ('P', 'Q'), ('R', 'S')]):
        M(ws, f'{a}7:{b}7', ['I', 'II', 'III', 'IV'][k], bold=True, h='center', border=True)
        W(ws, f'{a}8', 'K', bold=True, h='center', border=True)
        W(ws, f'{b}8', 'Rp', bold=True, h='center', border=True)
    M(ws, 'Z6:Z8', 'Unit PD Penanggung Jawab', bold=True, h='center', wrap=True, border=True)
    nums = {'A': '1', 'B': '2', 'C': '3', 'D': '4', 'E': '5', 'F': '6', 'H': '7', 'J': '8', 'L': '9', 'N': '10', 'P': '11',
            'R': '12', 'T': '13 = 9+10+11+12', 'V': '14 = 7+13', 'X': '15 = 14/6 x 100', 'Z': '16'}
    for c, t in nums.items():
        if c in 'FHJLNPRTVX':
            M(ws, f'{c}9:{col(coln(c)+1)}9', t, h='center', border=True, italic=True)
        else:
            W(ws, f'{c}9', t, h='center', border=True, italic=True)
    for c, w in {'B': 24, 'C': 30, 'D': 40, 'E': 10}.items():
        ws.column_dimensions[c].width = w
    for c in 'FHJLNPRTVX':
        ws.column_dimensions[c].width = 12
    for c in 'GIKMOQSUWY':
        ws.column_dimensions[c].width = 15
    M(ws, 'A10:Z10', 'Urusan Pemerintahan Bidang Perhubungan', bold=True, border=True)
    r = 11
    no = 1
    caprows = []
    for sas, prog, outs, kegs in PROGRAMS21:
        rs0 = r
        blocks = [(prog, outs, sum(k[2] for k in kegs), sum(k[3] for k in kegs), True)] + \
                 [(k[0], k[1], k[2], k[3], False) for k in kegs]
        for name, ids, pagu, real, isprog in blocks:
            rb0 = r
            for j, i in enumerate(ids):
                unit, kind, pol, v = IND[i]
                t, rv = v[year]
                fm = FMT_ACC if unit in ('orang', 'unit', 'trip', 'Rp') else None
                W(ws, f'D{r}', NAMES[i][year], wrap=True, border=True)
                W(ws, f'E{r}', unit, h='center', border=True)
                W(ws, f'F{r}', RENSTRA26[i], fmt=fm, border=True)
                H = PREV20.get(i, 0)
                W(ws, f'H{r}', H, fmt=fm if kind == 'flow' else None, border=True)
                W(ws, f'J{r}', t, fmt=fm, border=True)
                if kind == 'flow':
                    q = quarters_real(i, year)
                    if i == 'F06':
                        q = [0, 1, 0, 0]
                    if i == 'F15':
                        q = [2, 3, 0, 3]
                    if i == 'F13':
                        q = ['-', round(rv * 0.32, 2), round(rv * 0.33, 2)]
                        q.append(round(rv - q[1] - q[2], 2))
                else:
                    q = LEVELQ21[i]
                for k, c in enumerate('LNPR'):
                    val = q[k] if k < upto else None
                    W(ws, f'{c}{r}', val, fmt=fm, border=True, h='right' if val == '-' else None)
                tkey, rkey = t, rv
                rspec = spec(f'T{r}')
                if kind == 'flow':
                    W(ws, f'T{r}', f'=SUM(L{r},N{r},P{r},R{r})', fmt=fm, border=True)
                    W(ws, f'V{r}', f'=H{r}+T{r}', fmt=fm, border=True)
                else:
                    W(ws, f'T{r}', q[upto - 1], border=True)
                    W(ws, f'V{r}', f'=T{r}', border=True)
                if pol == '-':
                    W(ws, f'X{r}', f'=IF(F{r}=0,0,(2*F{r}-V{r})/F{r}*100)', fmt='0.00', border=True)
                else:
                    W(ws, f'X{r}', f'=V{r}/F{r}*100', fmt='0.00', border=True)
                if keyed:
                    if i == 'F15':
                        W(ws, f'T{r}', 0, fmt=fm, border=True)
                        rkey = 0
                        kb.note(file, sh, f'row {r} ({i}): column 13 typed 0 over the formula while the quarters hold 2+3+0+3 = 8; keyed AS TYPED 0')
                    if i == 'F16':
                        W(ws, f'X{r}', f'=V{r}/F{r}*100', fmt='0.00', border=True)
                        kb.note(file, sh, f'row {r} ({i}): negative indicator (complaints) but column 15 uses the positive formula =V/F*100 (306,67)')
                    if i == 'F19':
                        W(ws, f'T{r}', '57,8 %', border=True, h='right')
                        W(ws, f'V{r}', 57.8, border=True)
                        kb.note(file, sh, f'row {r} ({i}): column 13 typed as text "57,8 %" (keyed 57.8); level indicator, so 13 is the TW IV value, not a sum')
                    if i == 'F13':
                        kb.note(file, sh, f'row {r} ({i}): TW I realisasi "-" (the cargo wharf opened in April); column 13 =SUM ignores it')
                    if i == 'F10':
                        kb.note(file, sh, f'row {r} ({i}): IKM surveyed in TW II and TW IV only ("-" in I and III); column 13 typed 79,45 (TW IV)')
                    if i == 'F06':
                        kb.note(file, sh, f'row {r} ({i}): negative indicator, Renstra target 0: column 15 =IF(F=0,0,...) writes 0')
                    if kind == 'level' and i not in ('F19', 'F10'):
                        pass
                    kb.add(file, sh, r, 'D', year, NAMES[i][year], i, tkey, rkey, spec(f'J{r}'), rspec)
                W(ws, f'Z{r}', 'UPTD PP Ulu Sampan', border=True, wrap=True)
                for c in 'GIKMOQSUWY':
                    W(ws, f'{c}{r}', None, border=True)
                r += 1
            # budget on the first row of the block
            fmr = FMT_ACC
            W(ws, f'G{rb0}', pagu * 5, fmt=fmr, border=True)
            W(ws, f'I{rb0}', 0, fmt=fmr, border=True)
            W(ws, f'K{rb0}', pagu, fmt=fmr, border=True)
            qs = split_int(real // 100, [0.15, 0.25, 0.25, 0.35])
            for k, c in enumerate('MOQS'):
                W(ws, f'{c}{rb0}', qs[k] * 100 if k < upto else None, fmt=fmr, border=True)
            W(ws, f'U{rb0}', f'=M{rb0}+O{rb0}+Q{rb0}+S{rb0}', fmt=fmr, border=True)
            W(ws, f'W{rb0}', f'=I{rb0}+U{rb0}', fmt=fmr, border=True)
            W(ws, f'Y{rb0}', f'=W{rb0}/G{rb0}*100', fmt='0.00', border=True)
            if name.startswith('Pemungutan') and keyed and upto == 4:
                W(ws, f'U{rb0}', f'=109427500-M{rb0}+M{rb0}', fmt=fmr, border=True)
                kb.note(file, sh, f'row {rb0}: Rp realisasi of the kegiatan written as =109427500-M{rb0}+M{rb0} (a constant inside a formula); budget column, not keyed')
            M(ws, f'C{rb0}:C{r-1}', name, wrap=True, v='top', border=True, bold=isprog)
            M(ws, f'A{rb0}:A{r-1}', no, h='center', v='top', border=True)
            no += 1
        M(ws, f'B{rs0}:B{r-1}', sas, wrap=True, v='top', border=True)
    last = r - 1
    M(ws, f'A{r}:W{r}', 'Rata-rata capaian kinerja (%)', bold=True, border=True)
    W(ws, f'X{r}', f'=ROUND(AVERAGE(X11:X{last}),1)', fmt='0.0', border=True)
    W(ws, f'Y{r}', f'=ROUND(AVERAGE(Y11:Y{last}),1)', fmt='0.0', border=True)
    M(ws, f'A{r+1}:W{r+1}', 'Predikat kinerja', bold=True, border=True)
    M(ws, f'X{r+1}:Y{r+1}', 'Tinggi', border=True)
    if keyed:
        kb.note(file, sh, f'row {r}: Rata-rata capaian (of column 15, the Renstra capaian) is 55,8 but row {r+1} writes the Predikat "Tinggi" (55,8 is Rendah on the 51-65 scale)')
    texts = [('Faktor pendorong keberhasilan pencapaian', 'Penambahan 1 unit KMP dan jadwal trip malam mulai Agustus.'),
             ('Faktor penghambat pencapaian kinerja', 'Cuaca buruk bulan Januari-Februari, PPKM Juli-Agustus 2021.'),
             ('Tindak lanjut yang diperlukan dalam triwulan berikutnya', 'Penambahan petugas loket dan e-ticketing.'),
             ('Tindak lanjut yang diperlukan dalam Renja berikutnya', 'Pengusulan rehabilitasi dermaga II.')]
    rr = r + 2
    for a, b in texts:
        M(ws, f'A{rr}:F{rr}', a, border=True)
        M(ws, f'G{rr}:Z{rr}', b, border=True)
        rr += 1
    rr += 1
    W(ws, f'C{rr}', 'Disusun')
    W(ws, f'C{rr+1}', 'Kepala UPTD Pelabuhan Penyeberangan Ulu Sampan')
    W(ws, f'C{rr+5}', KEPALA[0], bold=True)
    W(ws, f'C{rr+6}', KEPALA[2])
    W(ws, f'T{rr-1}', 'Karang Liwu, 12 Januari 2022' if upto == 4 else 'Karang Liwu, 9 Juli 2021')
    W(ws, f'T{rr}', 'Dievaluasi')
    W(ws, f'T{rr+1}', 'Kepala Dinas Perhubungan Kabupaten Liwu Pesisir')
    W(ws, f'T{rr+5}', KADIS[0], bold=True)
    W(ws, f'T{rr+6}', KADIS[2])
    return last, r


def build_2021(kb, outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = 'TW IV 2021'
    last, avg = e81(ws, kb, True, 4, F21)
    kb.describe(F21, 'TW IV 2021', 'Permendagri 86/2017 form E.81 (Evaluasi terhadap hasil Renja), Triwulan IV 2021. '
                'Title rows 1-4; three header rows 6-8 (No | Sasaran | Program/Kegiatan | Indikator | Satuan | six K/Rp '
                'pairs: Target Renstra 2026, Realisasi s.d. 2020, Target Renja 2021, TW I..IV, Realisasi Renja (13), '
                'Realisasi Renstra s.d. 2021 (14), Tingkat capaian Renstra (15) | Unit PD), numbered row 9 with the '
                'rules "13 = 9+10+11+12", "14 = 7+13", "15 = 14/6 x 100"; row 10 the Urusan line; data rows 11-%d: '
                'programme blocks (programme name in C, merged down over its outcome indicators, budget on the first '
                'row) followed by kegiatan blocks (kegiatan name merged in C, output indicators in D). The name cell is D. '
                'Key: target = column 8 (J, Target Renja 2021, K), realisasi = column 13 (T, K): a SUM formula for '
                'flows, the TW IV value typed for level indicators. Row %d Rata-rata capaian, then Predikat, Faktor '
                'pendorong/penghambat, Tindak lanjut and the two signatures (Disusun / Dievaluasi): not keyed. '
                'Zeros are shown as "-" by the accounting format (column 7 of flows).' % (last, avg))
    w2 = wb.create_sheet('TW II 2021')
    e81(w2, kb, False, 2, F21)
    w2.sheet_state = 'hidden'
    kb.describe(F21, 'TW II 2021', 'HIDDEN sheet: the same form as sent for Triwulan II (TW III and IV empty, column 13 '
                'holds half-year figures). Not keyed.')
    p = os.path.join(outdir, F21.replace('.xls', '.xlsx'))
    wb.save(p)
    return p, 'xls'


# ---------------------------------------------------------------- 2022: each indicator on two rows (T / R), .ods
SAS22 = [('Meningkatnya kinerja pelayanan angkutan penyeberangan', ['F01', 'F02', 'F03', 'F04', 'F13', 'F19', 'F12']),
         ('Meningkatnya ketepatan dan kenyamanan pelayanan', ['F05', 'F07', 'F10', 'F16', 'F17', 'F18']),
         ('Meningkatnya keselamatan pelayaran', ['F06', 'F11', 'F14', 'F15']),
         ('Meningkatnya PAD dari jasa kepelabuhanan', ['F08', 'F09'])]
LEVELQ22 = {'F05': ([87, 87, 87, 87], [85.2, 86.9, 87.5, 88.1]), 'F07': ([40, 40, 40, 40], [44, 41, 39, 38]),
            'F10': (['-', 80, '-', 80], ['-', 80.6, '-', '81,02']), 'F11': ([100] * 4, [100] * 4), 'F12': ([5] * 4, [5] * 4),
            'F14': ([75, 77, 79, 80], [74, 76, 80, 81]), 'F17': ([95] * 4, [96.5, 100, 97.2, 100]),
            'F19': ([0.62] * 4, [0.61, 0.63, 0.66, 0.645])}


def build_2022(kb, outdir):
    year = 2022
    wb = Workbook()
    ws = wb.active
    ws.title = 'RA 2022'
    sh = ws.title
    file = F22
    M(ws, 'A1:L1', 'RENCANA AKSI DAN PENGUKURAN KINERJA', bold=True, h='center')
    M(ws, 'A2:L2', 'UPTD PELABUHAN PENYEBERANGAN ULU SAMPAN - DINAS PERHUBUNGAN KAB. LIWU PESISIR', bold=True, h='center')
    M(ws, 'A3:L3', 'TAHUN ANGGARAN 2021', bold=True, h='center')
    kb.note(file, sh, 'row 3: the title still says "TAHUN ANGGARAN 2021" (last year\'s template); sheet name, header '
            '"Tahun 2022", file name and date line say 2022. Keyed as 2022')
    hdr = ['No', 'Indikator Kinerja', 'Satuan', 'T/R', 'Tahun 2022', 'TW I', 'TW II', 'TW III', 'TW IV', 'Capaian (%)',
           'Polaritas', 'Keterangan']
    for k, t in enumerate(hdr):
        W(ws, f'{col(k+1)}5', t, bold=True, h='center', wrap=True, border=True)
        W(ws, f'{col(k+1)}6', f'({k+1})', h='center', italic=True, border=True)
    for c, w in {'A': 5, 'B': 46, 'C': 10, 'D': 5, 'E': 14, 'F': 12, 'G': 12, 'H': 12, 'I': 12, 'J': 11, 'K': 10, 'L': 28}.items():
        ws.column_dimensions[c].width = w
    r = 7
    n = 1
    for s_i, (sas, ids) in enumerate(SAS22, 1):
        M(ws, f'A{r}:L{r}', f'Sasaran {s_i} : {sas}', bold=True, border=True, fill='DDEBF7')
        r += 1
        seq = []
        for i in ids:
            seq.append((i, False))
            if i == 'F12':
                seq.append((i, True))
        for i, dup in seq:
            unit, kind, pol, v = IND[i]
            t, rv = v[year]
            pct = i == 'F19'
            fm = FMT_PCT1 if pct else (FMT_INT if unit in ('orang', 'unit', 'trip', 'Rp') else None)
            M(ws, f'A{r}:A{r+1}', n if not dup else n - 1, h='center', border=True)
            M(ws, f'B{r}:B{r+1}', NAMES[i][year], wrap=True, border=True)
            M(ws, f'C{r}:C{r+1}', unit, h='center', border=True)
            W(ws, f'D{r}', 'T', h='center', border=True)
            W(ws, f'D{r+1}', 'R', h='center', border=True)
            W(ws, f'E{r}', t / 100 if pct else t, fmt=fm, border=True)
            W(ws, f'E{r+1}', None, border=True)
            if kind == 'flow':
                if unit == 'Rp':
                    qt = [q * 1000000 for q in split_int(t // 1000000, [1, 1, 1, 1])]
                elif i == 'F06':
                    qt = [0, 0, 0, 1]
                else:
                    qt = split_int(int(t), [1, 1, 1, 1])
                qr = quarters_real(i, year)
                if i == 'F06':
                    qr = [0, 0, 0, 0]
            else:
                qt, qr = LEVELQ22[i]
            for k, c in enumerate('FGHI'):
                W(ws, f'{c}{r}', qt[k], fmt=fm, border=True, h='right' if qt[k] == '-' else None)
                W(ws, f'{c}{r+1}', qr[k], fmt=fm, border=True, h='right' if isinstance(qr[k], str) else None)
            if kind == 'flow':
                num = f'SUM(F{r+1}:I{r+1})'
                agg = 'sum'
            else:
                num = f'I{r+1}'
                agg = 'last'
            if pol == '-' and i != 'F07':
                W(ws, f'J{r+1}', f'=(2*E{r}-{num})/E{r}*100', fmt='0.00', border=True)
            else:
                W(ws, f'J{r+1}', f'={num}/E{r}*100', fmt='0.00', border=True)
            W(ws, f'J{r}', None, border=True)
            M(ws, f'K{r}:K{r+1}', 'Negatif' if pol == '-' else 'Positif', h='center', border=True)
            M(ws, f'L{r}:L{r+1}', None, wrap=True, border=True)
            tkey = t
            rkey = rv
            if i == 'F13':
                W(ws, f'E{r}', '12.500 ton', border=True, h='right')
                kb.note(file, sh, f'row {r} ({i}): annual target typed as text "12.500 ton" (keyed 12500); capaian shows #VALUE!')
            if i == 'F17':
                W(ws, f'E{r}', '95-100', border=True, h='right')
                kb.note(file, sh, f'row {r} ({i}): annual target typed as a range "95-100" (keyed 95)')
            if i == 'F07':
                kb.note(file, sh, f'row {r+1} ({i}): negative indicator (Polaritas "Negatif") but capaian uses the positive formula =I{r+1}/E{r}*100 (95,00; the (2T-R)/T formula gives 105,00)')
            if i == 'F10':
                kb.note(file, sh, f'row {r+1} ({i}): IKM only in TW II and TW IV; TW IV realisasi typed as text "81,02" (keyed 81.02, last reported quarter); capaian formula gives #VALUE!')
            if i == 'F19':
                kb.note(file, sh, f'rows {r}-{r+1} ({i}): percent-formatted fractions (target 0,62, realisasi 0,61..0,645): keyed 62 / 64.5')
            if i == 'F16':
                W(ws, f'L{r}', 'turun 15 pengaduan dr th 2021')
                kb.note(file, sh, f'row {r} ({i}): Keterangan holds a number ("turun 15 pengaduan dr th 2021")')
            if i == 'F01':
                W(ws, f'L{r}', 'naik 136 trip dibanding 2021 (tambah KMP Liwu Jaya)')
            if i == 'F06':
                kb.note(file, sh, f'rows {r}-{r+1} ({i}): negative flow; realisasi 0 in every quarter (sum 0)')
            if dup:
                kb.note(file, sh, f'rows {r}-{r+1} ({i}): duplicate of rows {r-2}-{r-1} (same number, name and figures); not keyed')
            else:
                kb.add(file, sh, r, 'B', year, NAMES[i][year], i, tkey, rkey, spec(f'E{r}'),
                       spec([f'{c}{r+1}' for c in 'FGHI'], agg))
                n += 1
            r += 2
    last = r - 1
    r += 1
    W(ws, f'I{r}', 'Karang Liwu, 30 Desember 2022')
    W(ws, f'I{r+1}', 'Kepala UPTD Pelabuhan Penyeberangan')
    W(ws, f'I{r+5}', KEPALA[0], bold=True)
    W(ws, f'I{r+6}', KEPALA[1])
    W(ws, f'I{r+7}', KEPALA[2])
    kb.describe(file, sh, 'Rencana Aksi with each indicator on TWO rows: a "T" row (target) and an "R" row (realisasi), '
                'told apart by the small column D "T/R". Title rows 1-3, header row 5 (No | Indikator Kinerja | Satuan | '
                'T/R | Tahun 2022 | TW I | TW II | TW III | TW IV | Capaian (%%) | Polaritas | Keterangan), numbered row 6, '
                'sasaran rows (merged A:L, shaded) and indicator pairs in rows 8-%d. No, Indikator, Satuan, Polaritas and '
                'Keterangan are merged over the two rows; the key row is the T row (top-left of the merge). The annual '
                'column holds only the target; the R row has no annual figure, so realisasi = sum of TW I-IV for flows, '
                'TW IV (last reported) for level indicators. Quarter targets are per quarter for flows.' % last)
    wn = wb.create_sheet('Catatan')
    for k, t in enumerate(['Sumber data: manifest penumpang & kendaraan, STS retribusi, laporan nakhoda.',
                           'Trip dibatalkan 24 kali (cuaca 19, kerusakan mesin 5).',
                           'Target tahunan sesuai PK 2022 yang ditandatangani 10 Januari 2022.'], 1):
        W(wn, f'A{k}', t)
    kb.describe(file, 'Catatan', 'Notes sheet; not keyed.')
    p = os.path.join(outdir, F22.replace('.ods', '.xlsx'))
    wb.save(p)
    return p, 'ods'


# ---------------------------------------------------------------- 2023 monthly (date headers) + 2024 two years side by side
GROUPS23 = [('A. PELAYANAN ANGKUTAN', ['F01', 'F02', 'F03', 'F04', 'F20', 'F19', 'F12', 'F18']),
            ('B. MUTU PELAYANAN', ['F05b', 'F07', 'F10', 'F16', 'F17']),
            ('C. KESELAMATAN', ['F06', 'F11', 'F14', 'F15']),
            ('D. PENDAPATAN', ['F08', 'F09'])]
SEASON = [0.075, 0.07, 0.075, 0.11, 0.08, 0.095, 0.1, 0.08, 0.075, 0.075, 0.07, 0.095]
LEVELM23 = {
 'F05b': [0.86, 0.87, 0.88, 0.84, 0.89, 0.9, 0.88, 0.91, 0.9, 0.92, 0.91, 0.903],
 'F07': [42, 40, 39, 45, 38, 40, 41, 37, 36, 35, 36, 36.5],
 'F10': ['-', '-', '-', '-', '-', 81.9, '-', '-', '-', '-', '-', 82.7],
 'F11': [100] * 11 + [83.33],
 'F12': [6] * 12,
 'F14': [82] * 6 + [81] * 5 + [80],
 'F17': [95, 96, 100, 94, 97, 96, 100, 95, 96, 97, 98, 96.3],
 'F19': [62.1, 60.4, 63.3, 71.2, 64.8, 67.5, 70.1, 65.2, 63.9, 64.4, 62.8, 66.2]}


def build_2023_2024(kb, outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = 'Bulanan 2023'
    sh = ws.title
    file = F34
    year = 2023
    M(ws, 'A1:Q1', 'LAPORAN REALISASI KINERJA BULANAN', bold=True, h='center')
    M(ws, 'A2:Q2', 'UPTD PELABUHAN PENYEBERANGAN ULU SAMPAN', bold=True, h='center')
    M(ws, 'A3:Q3', 'TAHUN 2023', bold=True, h='center')
    for c, t in zip('ABCD', ['No', 'Indikator Kinerja', 'Satuan', 'Target 2023']):
        M(ws, f'{c}5:{c}6', t, bold=True, h='center', wrap=True, border=True)
    M(ws, 'E5:P5', 'Realisasi per Bulan', bold=True, h='center', border=True)
    for m in range(12):
        W(ws, f'{col(5+m)}6', datetime.datetime(2023, m + 1, 1), fmt='mmm-yy', bold=True, h='center', border=True)
        ws.column_dimensions[col(5 + m)].width = 11
    M(ws, 'Q5:Q6', 'Keterangan', bold=True, h='center', border=True)
    ws.column_dimensions['B'].width = 44
    ws.column_dimensions['D'].width = 15
    ws.column_dimensions['Q'].width = 30
    r = 7
    n = 1
    for g, ids in GROUPS23:
        M(ws, f'A{r}:Q{r}', g, bold=True, border=True)
        r += 1
        for i in ids:
            unit, kind, pol, v = IND[i]
            t, rv = v[year]
            pct = i == 'F05b'
            fm = FMT_PCT1 if pct else (FMT_INT if unit in ('orang', 'unit', 'trip', 'Rp', 'lembar') else None)
            W(ws, f'A{r}', n, h='center', border=True)
            W(ws, f'B{r}', NAMES[i][year], wrap=True, border=True)
            W(ws, f'C{r}', unit, h='center', border=True)
            W(ws, f'D{r}', t / 100 if pct else t, fmt=fm, border=True)
            tkey, rkey = t, rv
            if kind == 'flow':
                if unit == 'Rp':
                    mv = [q * 5000 for q in split_int(rv // 5000, SEASON)]
                elif i == 'F06':
                    mv = [0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0]
                elif i == 'F20':
                    mv = [None, None, None] + split_int(rv, [0.6, 0.8, 0.9, 1.1, 1.1, 1.15, 1.2, 1.25, 1.4])
                else:
                    mv = split_int(rv, SEASON)
                if i == 'F02':
                    diff = mv[6] - 12450
                    mv[6] = 12450
                    mv[7] += diff
                agg = 'sum'
            else:
                mv = list(LEVELM23[i])
                agg = 'last'
            for m in range(12):
                val = mv[m]
                W(ws, f'{col(5+m)}{r}', val, fmt=fm, border=True, h='right' if isinstance(val, str) else None)
            W(ws, f'Q{r}', None, border=True, wrap=True)
            if i == 'F02':
                W(ws, f'K{r}', '12.450 orang', border=True, h='right')
                kb.note(file, sh, f'row {r} ({i}): Jul-23 realisasi typed as text "12.450 orang"; it counts in the sum (keyed realisasi {rv})')
            if i == 'F09':
                W(ws, f'D{r}', t * 10, fmt=fm, border=True)
                tkey = t * 10
                kb.note(file, sh, f'row {r} ({i}): target typed 10x: 2.000.000.000 for 200.000.000; keyed as typed')
            if i == 'F15':
                W(ws, f'D{r}', '12 org', border=True, h='right')
                kb.note(file, sh, f'row {r} ({i}): target typed as text "12 org" (keyed 12)')
            if i == 'F01':
                W(ws, f'Q{r}', 'naik 33 trip dr 2022', border=True)
                kb.note(file, sh, f'row {r} ({i}): Keterangan holds a number ("naik 33 trip dr 2022")')
            if i == 'F20':
                W(ws, f'Q{r}', 'e-ticketing mulai 3 April 2023', border=True)
                kb.note(file, sh, f'row {r} ({i}): Jan-Mar blank (service began in April)')
            if i == 'F10':
                kb.note(file, sh, f'row {r} ({i}): IKM surveyed in June and December only, "-" elsewhere: realisasi = December 82.7')
            if i == 'F05b':
                kb.note(file, sh, f'row {r} ({i}): percent-formatted fractions; keyed 88 / 90.3 (December)')
            if i == 'F11':
                kb.note(file, sh, f'row {r} ({i}): 100 every month but December 83,33 (one ship failed inspection): level, keyed 83.33')
            kb.add(file, sh, r, 'B', year, NAMES[i][year], i, tkey, rkey, spec(f'D{r}'),
                   spec([f'{col(5+m)}{r}' for m in range(12)], agg))
            n += 1
            r += 1
    last = r - 1
    W(ws, f'M{r+1}', 'Karang Liwu, 5 Januari 2024')
    W(ws, f'M{r+2}', 'Kepala UPTD,')
    W(ws, f'M{r+6}', KEPALA[0], bold=True)
    W(ws, f'M{r+7}', KEPALA[2])
    kb.describe(file, sh, 'Monthly realisation sheet. Title rows 1-3; header rows 5-6: No | Indikator Kinerja | Satuan | '
                'Target 2023 | "Realisasi per Bulan" over E:P with the twelve month headers in row 6 as real DATE cells '
                '(2023-01-01 .. 2023-12-01) formatted "mmm-yy" | Keterangan. Group rows A.-D. (merged A:Q, not keyed), '
                'indicator rows 8-%d. No annual realisasi column: realisasi = sum of the months for flows, the last '
                'reported month (December) for level indicators.' % last)

    # ---- 2024: two years side by side; only 2024 is keyed
    w4 = wb.create_sheet('PK 2024')
    pk2024(w4, kb, True, file)
    wh = wb.create_sheet('PK 2024 (lama)')
    pk2024(wh, kb, False, file)
    wh.sheet_state = 'hidden'
    kb.describe(file, 'PK 2024 (lama)', 'HIDDEN sheet: the same table before the APBD-P target revision (older targets, '
                'realisasi s.d. TW III). Not keyed.')
    wn = wb.create_sheet('Keterangan')
    for k, t in enumerate(['Realisasi 2023 pada sheet PK 2024 sudah disesuaikan dengan LKjIP 2023 (angka final).',
                           'IKM 2024 hanya tersedia dalam bentuk mutu pelayanan (B = Baik), nilai indeks menunggu rilis Bagian Organisasi.',
                           'Trip batal 2024: 19 (cuaca 15, teknis 4).'], 1):
        W(wn, f'A{k}', t)
    kb.describe(file, 'Keterangan', 'Notes sheet; not keyed.')
    p = os.path.join(outdir, F34)
    wb.save(p)
    return p, 'xlsx'


SAS24 = [('Meningkatnya kinerja pelayanan angkutan penyeberangan', ['F01', 'F02', 'F03', 'F04', 'F13', 'F20', 'F19', 'F12', 'F18']),
         ('Meningkatnya mutu pelayanan kepada pengguna jasa', ['F05b', 'F07', 'F10', 'F16', 'F17']),
         ('Meningkatnya keselamatan pelayaran', ['F06', 'F11', 'F14', 'F15']),
         ('Meningkatnya PAD dari jasa kepelabuhanan', ['F08', 'F09'])]


def pk2024(ws, kb, keyed, file):
    sh = ws.title
    M(ws, 'A1:L1', 'PENGUKURAN KINERJA TAHUN 2024', bold=True, h='center')
    M(ws, 'A2:L2', 'UPTD PELABUHAN PENYEBERANGAN ULU SAMPAN', bold=True, h='center')
    M(ws, 'A3:L3', 'DINAS PERHUBUNGAN KABUPATEN LIWU PESISIR', bold=True, h='center')
    for c, t in zip('ABCDE', ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Polaritas']):
        M(ws, f'{c}5:{c}6', t, bold=True, h='center', wrap=True, border=True)
    M(ws, 'F5:H5', 'Tahun 2023', bold=True, h='center', border=True)
    M(ws, 'I5:K5', 'Tahun 2024', bold=True, h='center', border=True)
    for c, t in zip('FGHIJK', ['Target', 'Realisasi', 'Capaian (%)'] * 2):
        W(ws, f'{c}6', t, bold=True, h='center', border=True)
    M(ws, 'L5:L6', 'Keterangan', bold=True, h='center', border=True)
    for c, w in {'B': 30, 'C': 44, 'D': 10, 'E': 10, 'F': 15, 'G': 15, 'I': 15, 'J': 15, 'L': 28}.items():
        ws.column_dimensions[c].width = w
    r = 7
    for s_n, (sas, ids) in enumerate(SAS24, 1):
        r0 = r
        for i in ids:
            unit, kind, pol, v = IND[i]
            t, rv = v[2024]
            if not keyed and isinstance(rv, (int, float)):
                rv = round(rv * 0.74, 2) if kind == 'flow' else rv
                t = t if i not in ('F02', 'F03') else int(t * 0.95)
            t23, r23 = v.get(2023, ('-', '-'))
            pct = i == 'F19'
            fm = FMT_PCT0 if pct else (FMT_INT if unit in ('orang', 'unit', 'trip', 'Rp', 'lembar') else None)
            W(ws, f'C{r}', NAMES[i][2024], wrap=True, border=True)
            W(ws, f'D{r}', unit, h='center', border=True)
            W(ws, f'E{r}', 'Negatif' if pol == '-' else 'Positif', h='center', border=True)
            def pv(x):
                return x / 100 if (pct and isinstance(x, (int, float))) else x
            W(ws, f'F{r}', pv(t23), fmt=fm, border=True, h='right' if t23 == '-' else None)
            W(ws, f'G{r}', pv(r23), fmt=fm, border=True, h='right' if r23 == '-' else None)
            W(ws, f'I{r}', pv(t), fmt=fm, border=True)
            W(ws, f'J{r}', pv(rv), fmt=fm, border=True, h='center' if isinstance(rv, str) else None)
            for a, b, cc in (('F', 'G', 'H'), ('I', 'J', 'K')):
                if pol == '-':
                    W(ws, f'{cc}{r}', f'=IFERROR((2*{a}{r}-{b}{r})/{a}{r}*100,"-")', fmt='0.00', border=True)
                else:
                    W(ws, f'{cc}{r}', f'=IFERROR({b}{r}/{a}{r}*100,"-")', fmt='0.00', border=True)
            W(ws, f'L{r}', None, border=True, wrap=True)
            tkey, rkey = t, rv
            if keyed:
                if i == 'F06':
                    W(ws, f'K{r}', f'=IFERROR(J{r}/I{r}*100,"-")', fmt='0.00', border=True)
                    kb.note(file, sh, f'row {r} ({i}): negative indicator (Polaritas "Negatif") but the 2024 capaian uses the positive formula =J/I*100: 0 accidents against a target of 1 gives 0,00 (the (2T-R)/T formula gives 200)')
                if i == 'F02':
                    W(ws, f'K{r}', 104.25, fmt='0.00', border=True)
                    W(ws, f'L{r}', 'naik 5.684 org dr 2023', border=True)
                    kb.note(file, sh, f'row {r} ({i}): capaian 2024 typed 104,25 (true 118.940/115.000 = 103,43); Keterangan holds a number ("naik 5.684 org dr 2023")')
                if i == 'F10':
                    W(ws, f'K{r}', '-', border=True, h='center')
                    rkey = None
                    kb.note(file, sh, f'row {r} ({i}): realisasi 2024 is the grade "B" (mutu pelayanan Baik) instead of an index: keyed null')
                if i == 'F11':
                    W(ws, f'I{r}', '100 %', border=True, h='right')
                    kb.note(file, sh, f'row {r} ({i}): target 2024 typed as text "100 %" (keyed 100); the cached capaian is 10.000,00 because LibreOffice reads the text "100 %" as 1 in arithmetic (Excel would give #VALUE! and IFERROR "-")')
                if i == 'F14':
                    W(ws, f'J{r}', '86 %', border=True, h='right')
                    kb.note(file, sh, f'row {r} ({i}): realisasi 2024 typed as text "86 %" (keyed 86); the cached capaian is 1,01 (LibreOffice reads the text as 0,86)')
                if i == 'F19':
                    kb.note(file, sh, f'row {r} ({i}): percent-formatted fractions 0,68 / 0,69 in 2024 (keyed 68 / 69)')
                if i == 'F13':
                    kb.note(file, sh, f'row {r} ({i}): not reported in 2023: the 2023 cells are "-"')
                if i == 'F12':
                    W(ws, f'L{r}', 'KMP Sampan Indah docking Nov-Des', border=True)
                kb.add(file, sh, r, 'C', 2024, NAMES[i][2024], i, tkey, rkey, spec(f'I{r}'), spec(f'J{r}'))
            r += 1
        M(ws, f'A{r0}:A{r-1}', s_n, h='center', v='top', border=True)
        M(ws, f'B{r0}:B{r-1}', sas, wrap=True, v='top', border=True)
    last = r - 1
    if keyed:
        kb.describe(file, sh, 'Pengukuran Kinerja 2024 with the previous year SIDE BY SIDE. Title rows 1-3; header rows 5-6: '
                    'No | Sasaran Strategis | Indikator Kinerja | Satuan | Polaritas | Tahun 2023 [Target, Realisasi, '
                    'Capaian (%%)] | Tahun 2024 [Target, Realisasi, Capaian (%%)] | Keterangan; data rows 7-%d with No and '
                    'Sasaran merged vertically. Only 2024 is keyed (columns I and J); the 2023 columns (final figures, '
                    'F09 target 200.000.000 here) are context. Capaian uses (2T-R)/T for negatives except row noted.' % last)
    r += 1
    W(ws, f'B{r}', 'Jumlah anggaran 2024 : Rp 1.642.780.000 ; realisasi : Rp 1.571.306.450 (95,65 %)')
    W(ws, f'J{r+2}', 'Karang Liwu, 20 Januari 2025')
    W(ws, f'J{r+3}', 'Kepala UPTD Pelabuhan Penyeberangan Ulu Sampan')
    W(ws, f'J{r+7}', KEPALA[0], bold=True)
    W(ws, f'J{r+8}', KEPALA[2])


def build(outdir):
    kb = KeyBook(AGENCY, SLUG, YEARS)
    kb.flows = sorted(i for i in IND if IND[i][1] == 'flow')
    kb.ambiguous = [['F05', 'F05b']]
    kb.must_not_merge = [
        ('F03 / F04', 'two vehicle sub-types: roda dua (R2) vs roda empat atau lebih (R4+)'),
        ('F08 / F09', 'two retribution sub-types: ferry tickets vs port entry passes (pas masuk)'),
        ('F16 / F17', 'number of complaints (negative) vs percentage of complaints followed up (Jumlah vs Persentase)'),
        ('F01 / F18', 'trips made vs trips cancelled (negative)'),
        ('F11 / F12', 'percentage of seaworthy ships vs number of ships operating'),
        ('F02 / F20', 'passengers carried vs e-tickets sold'),
    ]
    kb.negatives = sorted(i for i in IND if IND[i][2] == '-')
    os.makedirs(outdir, exist_ok=True)
    raws = [build_2021(kb, outdir), build_2022(kb, outdir), build_2023_2024(kb, outdir)]
    kb.files = [F21, F22, F34]
    return kb, raws
