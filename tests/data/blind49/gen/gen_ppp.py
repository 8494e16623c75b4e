"""Agency 1: UPTD Pelabuhan Perikanan Pantai (PPP) Tanjung Lamaru, DKP Provinsi Nusa Serindit, 2019-2022."""
import random
from common import *

SLUG = 'uptd_ppp_tanjung_lamaru'
AGENCY = 'UPTD Pelabuhan Perikanan Pantai Tanjung Lamaru, Dinas Kelautan dan Perikanan Provinsi Nusa Serindit'

SAS = {
    1: 'Meningkatnya produksi dan nilai produksi ikan yang didaratkan',
    2: 'Meningkatnya kualitas pelayanan kepelabuhanan perikanan',
    3: 'Meningkatnya pelayanan kebutuhan logistik nelayan',
    4: 'Meningkatnya kondisi sarana prasarana dan kebersihan kawasan pelabuhan',
    5: 'Meningkatnya pendapatan dan akuntabilitas kinerja UPTD',
}
# id: (sasaran, flow, negative)
META = {
    'P01': (1, True, False), 'P02': (1, True, False), 'P03': (1, True, False), 'P04': (1, False, False),
    'P18': (1, False, False), 'P24': (1, True, False),
    'P05': (2, False, False), 'P06': (2, True, False), 'P07': (2, True, False), 'P08': (2, False, False),
    'P08b': (2, False, False), 'P20': (2, False, True), 'P17': (2, False, False),
    'P09': (3, True, False), 'P10': (3, True, False), 'P13': (3, False, False), 'P14': (3, True, False),
    'P15': (4, False, False), 'P16': (4, False, False), 'P19': (4, True, True), 'P23': (4, False, False),
    'P12': (4, False, False),
    'P11': (5, True, False), 'P21': (5, False, False), 'P22': (5, True, False),
}
ORDER = ['P01', 'P02', 'P03', 'P04', 'P18', 'P24', 'P05', 'P06', 'P07', 'P08', 'P08b', 'P20', 'P17',
         'P09', 'P10', 'P13', 'P14', 'P15', 'P16', 'P19', 'P23', 'P12', 'P11', 'P21', 'P22']

# year -> id -> (written name, unit, target, realisasi)
Y = {
 2019: {
  'P01': ('Produksi ikan yang didaratkan', 'ton', 4200, 4356),
  'P02': ('Nilai produksi ikan yang didaratkan', 'Rp juta', 92400, 95870),
  'P03': ('Jumlah kunjungan kapal perikanan', 'kali', 2400, 2518),
  'P04': ('Jumlah kapal perikanan yang berpangkalan', 'unit', 310, 322),
  'P05': ('Prosentase kapal perikanan yang memiliki SPB', '%', 90, 92.4),
  'P06': ('Jumlah SPB yang diterbitkan', 'dokumen', 2300, 2447),
  'P07': ('Jumlah STBLKK yang diterbitkan', 'dokumen', 2300, 2470),
  'P08': ('Persentase kapal yang menyerahkan log book penangkapan ikan', '%', 60, 58.3),
  'P20': ('Rata - rata waktu pelayanan penerbitan SPB', 'jam', 2, 1.5),
  'P17': ('Indeks Kepuasan Masyarakat (IKM)', 'nilai', 78, 79.45),
  'P09': ('Volume penyaluran BBM solar untuk nelayan', 'KL', 3600, 3742),
  'P10': ('Volume penyaluran es balok', 'ton', 12000, 12480),
  'P13': ('Jumlah nelayan yang terdaftar', 'orang', 3200, 3315),
  'P15': ('Persentase fasilitas pokok pelabuhan dalam kondisi baik', '%', 85, 86.5),
  'P16': ('Persentase fasilitas fungsional pelabuhan dalam kondisi baik', '%', 80, 79.2),
  'P19': ('Frekuensi kejadian pencemaran di kolam pelabuhan', 'kali', 6, 4),
  'P12': ('Tingkat hunian kios dan lahan industri pelabuhan', '%', 80, 84),
  'P11': ('Penerimaan retribusi jasa usaha pelabuhan perikanan', 'Rupiah', 1250000000, 1318450000),
  'P21': ('Nilai SAKIP UPTD', 'predikat', None, None),
  'P22': ('Jumlah laporan kinerja dan keuangan yang disusun tepat waktu', 'dokumen', 14, 14),
 },
 2020: {
  'P01': ('Jumlah produksi ikan yang didaratkan (ton)', 'ton', 4400, 3912),
  'P02': ('Nilai Produksi Ikan yg Didaratkan (Rp. Juta)', 'Rp juta', 96800, 84215),
  'P03': ('Jumlah Kunjungan Kapal Perikanan', 'kali', 2500, 2106),
  'P04': ('Jumlah kapal perikanan yang berpangkalan di PPP Tanjung Lamaru', 'unit', 330, 327),
  'P18': ('Persentase ikan didaratkan yang memenuhi standar mutu', '%', 75, 76.8),
  'P05': ('Persentase kapal perikanan yang memiliki Surat Persetujuan Berlayar (SPB)', '%', 92, 93.1),
  'P06': ('Jumlah Surat Persetujuan Berlayar (SPB) yang diterbitkan', 'dokumen', 2400, 2015),
  'P07': ('Jumlah Surat Tanda Bukti Lapor Kedatangan Kapal (STBLKK)', 'dokumen', 2400, 2044),
  'P08': ('Persentase kapal yang menyerahkan logbook penangkapan ikan', '%', 65, 66.2),
  'P20': ('Rata-rata waktu pelayanan SPB (jam)', 'jam', 2, 1.4),
  'P17': ('Nilai IKM pelayanan pelabuhan', 'nilai', 80, 81.2),
  'P09': ('Volume penyaluran BBM Solar bagi nelayan (KL)', 'KL', 3800, 3310),
  'P10': ('Volume penyaluran es untuk nelayan', 'ton', 12500, 11020),
  'P13': ('Jumlah Nelayan Terdaftar', 'orang', 3300, 3364),
  'P14': ('Jumlah nelayan baru yang terdaftar', 'orang', 100, 49),
  'P15': ('Persentase fasilitas pokok dalam kondisi baik', '%', 87, 87.2),
  'P16': ('Persentase fasilitas fungsional dalam kondisi baik', '%', 82, 83.0),
  'P19': ('Jumlah kejadian pencemaran kolam pelabuhan', 'kali', 5, 5),
  'P12': ('Tingkat Hunian Kios & Lahan Industri', '%', 85, None),
  'P11': ('Realisasi Pendapatan Asli Daerah (PAD) dari Retribusi Pelabuhan', 'Rp', 1300000000, 1104225000),
  'P21': ('Nilai AKIP', 'predikat', None, None),
  'P22': ('Jumlah Laporan Kinerja & Keuangan tepat waktu', 'dokumen', 14, 14),
 },
 2021: {
  'P01': ('Produksi Ikan Yang Didaratkan di PPP', 'ton', 4500, 4618),
  'P02': ('Nilai produksi ikan yang didaratkan', 'Rp juta', 99000, 104377),
  'P03': ('Frekuensi kunjungan kapal perikanan', 'kali', 2500, 2644),
  'P04': ('Jml kapal perikanan berpangkalan', 'unit', 340, 351),
  'P18': ('Persentase ikan yang didaratkan memenuhi standar mutu (organoleptik)', '%', 78, 80.3),
  'P05': ('Persentase kapal perikanan yg memiliki SPB', '%', 93, 95.0),
  'P06': ('Jumlah SPB yang diterbitkan', 'dokumen', 2400, 2563),
  'P07': ('Jumlah STBLKK yg diterbitkan', 'dokumen', 2400, 2590),
  'P08b': ('Tingkat kepatuhan pengisian logbook penangkapan ikan (%)', '%', 70, 71.5),
  'P20': ('Rata-rata waktu penerbitan SPB', 'jam', 1.5, 1.25),
  'P17': ('Indeks Kepuasan Masyarakat terhadap pelayanan pelabuhan', 'nilai', 81, 82.76),
  'P09': ('Volume penyaluran BBM solar nelayan', 'KL', 3800, 3905),
  'P10': ('Volume penyaluran es balok untuk nelayan', 'ton', 12500, 12870),
  'P13': ('Jumlah nelayan yang terdaftar di pelabuhan', 'orang', 3400, 3452),
  'P14': ('Jumlah nelayan baru terdaftar', 'orang', 100, 88),
  'P15': ('Persentase Fasilitas Pokok Pelabuhan Dalam Kondisi Baik', '%', 88, 90.1),
  'P16': ('Persentase Fasilitas Fungsional Pelabuhan Dalam Kondisi Baik', '%', 84, 85.6),
  'P19': ('Frekuensi kejadian pencemaran di kolam pelabuhan (kali)', 'kali', 4, 3),
  'P23': ('Cakupan kebersihan kawasan pelabuhan', '%', 80, 82),
  'P11': ('Pendapatan retribusi jasa pelabuhan perikanan (Rp)', 'Rp', 1350000000, 1402760500),
  'P21': ('Hasil evaluasi SAKIP UPTD', 'predikat', None, None),
  'P22': ('Jumlah laporan kinerja dan keuangan yg tepat waktu', 'dokumen', 16, 16),
 },
 2022: {
  'P01': ('Volume produksi ikan didaratkan', 'ton', 4700, 4802),
  'P02': ('Nilai produksi ikan didaratkan (Rp miliar)', 'Rp Miliar', 108.5, 112.36),
  'P03': ('Jumlah kunjungan kapal perikanan (kali)', 'kali', 2650, 2731),
  'P04': ('Jumlah kapal perikanan yang berpangkalan', 'unit', 355, 360),
  'P18': ('Persentase mutu ikan sesuai standar', '%', 80, 82.0),
  'P24': ('Jumlah kapal yang melakukan bongkar muat ikan', 'unit', 2300, 2390),
  'P05': ('Persentase Kapal Perikanan yang Memiliki Surat Persetujuan Berlayar', '%', 95, 96.2),
  'P06': ('Jumlah penerbitan Surat Persetujuan Berlayar', 'dokumen', 2550, 2640),
  'P07': ('Jumlah STBLKK yang diterbitkan', 'dokumen', 2550, 2655),
  'P08b': ('Persentase kepatuhan logbook penangkapan ikan', '%', 75, 77.0),
  'P20': ('Waktu rata-rata pelayanan penerbitan Surat Persetujuan Berlayar', 'jam', 1, 0.9),
  'P17': ('IKM', 'nilai', 82, 84.10),
  'P09': ('Volume penyaluran BBM (solar) untuk nelayan', 'KL', 4000, 4118),
  'P10': ('Penyaluran es balok (ton)', 'ton', 13000, 13215),
  'P13': ('Jumlah nelayan terdaftar (orang)', 'orang', 3500, 3540),
  'P14': ('Jumlah Nelayan Baru yang Terdaftar', 'orang', 100, 96),
  'P15': ('Prosentase fasilitas pokok pelabuhan kondisi baik', '%', 90, 91.4),
  'P16': ('Prosentase fasilitas fungsional pelabuhan kondisi baik', '%', 86, 87.3),
  'P19': ('Frekuensi Pencemaran Kolam Pelabuhan', 'kali', 4, 2),
  'P23': ('Persentase cakupan kebersihan kawasan pelabuhan', '%', 85, 86),
  'P11': ('PAD retribusi jasa usaha pelabuhan perikanan', 'Rp', 1450000000, 1487300000),
  'P21': ('Nilai Evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)', 'nilai', 70, 71.35),
  'P22': ('Jumlah laporan kinerja dan keuangan yang disusun tepat waktu', 'dokumen', 16, 15),
 },
}
GRADES = {2019: ('B', 'B'), 2020: ('B', 'BB'), 2021: ('BB', 'BB')}
KEPALA_1 = ('Darwis Lamatenggo, S.Pi., M.Si', 'Pembina (IV/a)', 'NIP. 19740312 200003 1 004')
KEPALA_2 = ('Yuliana Pattikawa, S.Pi', 'Penata Tk. I (III/d)', 'NIP. 19810627 200604 2 011')


def ids_of(year):
    return [i for i in ORDER if i in Y[year]]


def groups(year):
    out = []
    for s in sorted(SAS):
        ids = [i for i in ids_of(year) if META[i][0] == s]
        if ids:
            out.append((s, ids))
    return out


def tl(ws, rows, ncol):
    for i, s in enumerate(rows):
        text(ws, i + 1, 1, s, bold=True, merge_to=(i + 1, ncol), align=Alignment(horizontal='center'))


# ---------------------------------------------------------------- 2019: annual PK, 2 header rows + numbers
def f2019():
    b = Book(SLUG, 'PK UPTD PPP Tanjung Lamaru 2019.xls')
    ws = b.ws('PK 2019')
    tl(ws, ['PENGUKURAN KINERJA', 'UPTD PELABUHAN PERIKANAN PANTAI TANJUNG LAMARU',
            'DINAS KELAUTAN DAN PERIKANAN PROVINSI NUSA SERINDIT', 'TAHUN ANGGARAN 2019'], 9)
    hdr(ws, 6, 1, 'No', 7, 1); hdr(ws, 6, 2, 'Sasaran Strategis', 7, 2); hdr(ws, 6, 3, 'Indikator Kinerja', 7, 3)
    hdr(ws, 6, 4, 'Target', 6, 5); hdr(ws, 6, 6, 'Realisasi', 6, 7); hdr(ws, 6, 8, 'Capaian (%)', 7, 8)
    hdr(ws, 6, 9, 'Keterangan', 7, 9)
    for c, s in zip((4, 5, 6, 7), ('Nilai', 'Satuan', 'Nilai', 'Satuan')):
        hdr(ws, 7, c, s)
    for c in range(1, 10):
        hdr(ws, 8, c, '(%d)' % c)
    widths(ws, dict(A=5, B=30, C=48, D=16, E=10, F=16, G=10, H=11, I=18))
    r = 9
    traps = []
    year = 2019
    for gi, (s, ids) in enumerate(groups(year), 1):
        r0 = r
        rows = list(ids)
        if s == 5:
            rows = rows + ['DUP']
        for i in rows:
            dup = (i == 'DUP')
            i = 'P22' if dup else i
            name, unit, t, re_ = Y[year][i]
            neg = META[i][2]
            put(ws, r, 3, name, align=WRAP)
            tu, ru = unit, unit
            ts, rs = N(t, RP if (t or 0) >= 1000 else None), N(re_, RP if (re_ or 0) >= 1000 else None)
            cap = F('=ROUND((2*D%d-F%d)/D%d*100,2)' % (r, r, r) if neg else '=ROUND(F%d/D%d*100,2)' % (r, r))
            if i == 'P05':
                ts, rs = P(90, '0%'), P(92.4, '0.0%')
            if i == 'P11':
                ts = T('Rp. 1.250.000.000', 1250000000); cap = N(105.48)
                traps.append('row %d (P11): target typed as text `Rp. 1.250.000.000` (key 1250000000); capaian typed 105,48' % r)
            if i == 'P13':
                rs = T('3.315 orang', 3315); ru = None; cap = N(103.59)
                traps.append('row %d (P13): realisasi typed as text `3.315 orang` (key 3315), its Satuan cell left empty; capaian typed' % r)
            if i == 'P17':
                ts = T('78 - 80', 78); cap = N(101.86)
                traps.append('row %d (P17): target is a range `78 - 80` (key 78, lower bound); capaian typed 101,86' % r)
            if i == 'P20':
                rs = T('1,5 jam', 1.5); ru = None; cap = N(125)
                traps.append('row %d (P20, negative): realisasi text `1,5 jam` (key 1.5); capaian typed 125 = (2x2-1,5)/2' % r)
            if i == 'P19':
                cap = F('=ROUND(F%d/D%d*100,2)' % (r, r))
                traps.append('row %d (P19, negative: fewer pollution events is better): capaian uses the POSITIVE formula F/D*100 = 66,67 (negative formula gives 133,33)' % r)
            if i == 'P07':
                cap = F('=ROUND(F%d/D%d*100,2)' % (r + 1, r + 1))
                traps.append('row %d (P07): capaian formula points at the next row (=F%d/D%d) and shows P08\'s 97,17' % (r, r + 1, r + 1))
            if i == 'P10':
                cap = N(105.2)
                traps.append('row %d (P10): capaian typed 105,2 while 12.480/12.000 = 104,00' % r)
            if i == 'P21':
                ts, rs = T('B'), T('B'); cap = T('100')
                traps.append('row %d (P21): grades `B` / `B` (key null/null); capaian typed as text "100"' % r)
            tk = put(ws, r, 4, ts); put(ws, r, 5, tu)
            rk = put(ws, r, 6, rs); put(ws, r, 7, ru)
            put(ws, r, 8, cap)
            put(ws, r, 9, None)
            if dup:
                traps.append('row %d: exact duplicate of row %d (P22); second copy not keyed' % (r, r - 1))
            else:
                b.key(ws, r, 3, year, i, ('value', ['D%d' % r], tk), ('value', ['F%d' % r], rk))
            r += 1
        merge(ws, r0, 1, r - 1, 1); ws.cell(r0, 1).value = gi; ws.cell(r0, 1).alignment = CENTER
        merge(ws, r0, 2, r - 1, 2); ws.cell(r0, 2).value = SAS[s]; ws.cell(r0, 2).alignment = WRAP
    last = r - 1
    text(ws, r + 1, 2, 'Jumlah Anggaran Tahun 2019'); text(ws, r + 1, 3, ': Rp. 2.845.600.000,-')
    text(ws, r + 2, 2, 'Jumlah Realisasi Anggaran Tahun 2019'); text(ws, r + 2, 3, ': Rp. 2.701.993.500,-')
    signature(ws, r + 4, 6, 'Tanjung Lamaru, 20 Januari 2020',
              ['Kepala UPTD Pelabuhan Perikanan Pantai', 'Tanjung Lamaru'], *KEPALA_1)
    # budget sheet (not keyed)
    wa = b.ws('Anggaran 2019')
    text(wa, 1, 1, 'REALISASI ANGGARAN UPTD PPP TANJUNG LAMARU TAHUN 2019', bold=True)
    for c, s in enumerate(['Kode', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'], 1):
        hdr(wa, 3, c, s)
    prog = [('2.03.15', 'Program Pengembangan Kapasitas Pelabuhan Perikanan', None, None),
            ('2.03.15.01', 'Operasional dan pemeliharaan fasilitas pelabuhan', 1285400000, 1224870000),
            ('2.03.15.02', 'Pelayanan kesyahbandaran dan administrasi kapal perikanan', 642300000, 615411500),
            ('2.03.15.03', 'Pengelolaan pendapatan jasa pelabuhan', 398900000, 372512000),
            ('1.01.01', 'Program Pelayanan Administrasi Perkantoran', 519000000, 489200000)]
    for k, (code, nm, p, q) in enumerate(prog, 4):
        put(wa, k, 1, code); put(wa, k, 2, nm)
        if p is None:
            put(wa, k, 3, F('=SUM(C5:C7)', fmt=RP)); put(wa, k, 4, F('=SUM(D5:D7)', fmt=RP))
        else:
            put(wa, k, 3, N(p, RP)); put(wa, k, 4, N(q, RP))
        put(wa, k, 5, F('=ROUND(D%d/C%d*100,2)' % (k, k)))
    widths(wa, dict(A=12, B=60, C=18, D=18, E=12))
    b.ws('Sheet3')
    b.d('Sheet `PK 2019`: title rows 1-4 (year 2019 in row 4). Two header rows 6-7: `No | Sasaran Strategis | Indikator Kinerja | Target (Nilai, Satuan) | Realisasi (Nilai, Satuan) | Capaian (%%) | Keterangan` '
        '(Target and Realisasi merged over their Nilai/Satuan sub-columns), row 8 numbers the columns (1)..(9). '
        'Data rows 9-%d: No and Sasaran merged per sasaran (5 groups); indicator name in C, target in D with its unit in E, realisasi in F with unit in G, capaian in H (formulas, positive R/T, negative (2T-R)/T). '
        'Budget lines and a signature block below the table.' % last)
    b.d('Sheet `Anggaran 2019`: programme / kegiatan budget table (not keyed). Sheet `Sheet3`: empty.')
    b.d('Traps: ' + '; '.join(traps) + '. P05 target and realisasi are %-formatted fractions (0,9 / 0,924; key 90 / 92.4). P02 is in Rp juta, P11 in Rupiah.')
    b.save()


# ---------------------------------------------------------------- 2020: vertical quarterly blocks (Bone style)
Q20 = {  # id: (quarter targets, quarter realisasi, rule)
    'P01': ([1000, 1100, 1150, 1150], [1052, 688, 1036, 1136], 'sum'),
    'P02': ([22000, 24200, 25300, 25300], [23410, 14830, 21975, 24000], 'sum'),
    'P03': ([600, 620, 640, 640], [588, 362, 556, 600], 'sum'),
    'P04': ([330, 330, 330, 330], [318, 309, 321, 327], 'last'),
    'P18': ([75, 75, 75, 75], [74.2, 75.0, 76.1, 76.8], 'last'),
    'P05': ([92, 92, 92, 92], ['91,8 %', '92,5 %', '92,9 %', '93,1 %'], 'last'),
    'P06': ([580, 600, 610, 610], [566, 351, 521, 577], 'sum'),
    'P07': ([580, 600, 610, 610], [570, 355, 531, 588], 'sum'),
    'P08': ([65, 65, 65, 65], [61.0, 63.4, 65.0, 66.2], 'last'),
    'P20': ([2, 2, 2, 2], [1.6, 1.5, 1.5, 1.4], 'last'),
    'P17': (['-', 80, '-', 80], ['-', 80.6, '-', 81.2], 'last'),
    'P09': ([900, 950, 975, 975], [894, 611, 842, 963], 'sum'),
    'P10': ([3000, 3100, 3200, 3200], [2980, 1988, 2860, 3192], 'sum'),
    'P13': ([3300, 3300, 3300, 3300], [3318, 3330, 3351, 3364], 'last'),
    'P14': ([25, 25, 25, 25], [10, 4, 15, 20], 'sum'),
    'P15': ([87, 87, 87, 87], [85.0, 85.6, 86.4, 87.2], 'last'),
    'P16': ([82, 82, 82, 82], [80.1, 81.0, 82.2, 83.0], 'last'),
    'P19': ([2, 1, 1, 1], [1, 2, 1, 1], 'sum'),
    'P12': ([85, 85, 85, 85], ['-', '-', '-', '-'], 'last'),
    'P11': ([325000000, 650000000, 975000000, 1300000000], [301500000, 512800000, 798400000, 1104225000], 'last'),
    'P21': (['-', '-', '-', 'B'], ['-', '-', '-', 'BB'], 'last'),
    'P22': ([3, 4, 3, 4], [3, 4, 3, 4], 'sum'),
}
PJ = {1: 'Kasi Operasional', 2: 'Kasi Kesyahbandaran', 3: 'Kasi Operasional', 4: 'Kasi Sarana Prasarana', 5: 'Kasubag Tata Usaha'}


def ra_blocks(b, ws, year, data, draft=False):
    r = 7
    traps = []
    for gi, (s, ids) in enumerate(groups(year), 1):
        rs0 = r
        for n_i, i in enumerate(ids):
            name, unit, t, re_ = Y[year][i]
            neg = META[i][2]
            qt, qr, rule = data[i]
            if draft:
                qr = [None] * 4
            put(ws, r, 3, name, align=WRAP); merge(ws, r, 3, r + 4, 3)
            put(ws, r, 4, unit, align=CENTER); merge(ws, r, 4, r + 4, 4)
            put(ws, r, 9, PJ[s], align=WRAP); merge(ws, r, 9, r + 4, 9)
            put(ws, r, 5, 'Target Tahunan')
            tspec = N(t, RP if t >= 1000 else None) if t is not None else T('B')
            if i == 'P14' and not draft:
                tspec = N(1000)
                traps.append('row %d (P14): annual target typed 1000 (10x; the quarter targets add up to 100); key 1000 as typed' % r)
            if i in ('P18', 'P15', 'P16'):
                tspec = P(t, '0%')
            if draft and t is not None:
                tspec = N(round(t * 1.08, 2) if isinstance(t, float) else int(round(t * 1.08)), RP if t >= 1000 else None)
            tk = put(ws, r, 6, tspec); put(ws, r, 7, None); put(ws, r, 8, None)
            cells, keys = [], []
            for q in range(4):
                rr = r + 1 + q
                put(ws, rr, 5, ['TW I (B03)', 'TW II (B06)', 'TW III (B09)', 'TW IV (B12)'][q])
                tq, rq = qt[q], qr[q]
                fmt = RP if isinstance(tq, (int, float)) and tq >= 1000 else None
                if i in ('P18', 'P15', 'P16') and isinstance(tq, (int, float)):
                    ts_, rs_ = P(tq, '0%'), (P(rq, '0.0%') if isinstance(rq, (int, float)) else as_spec(rq))
                else:
                    ts_ = N(tq, fmt) if isinstance(tq, (int, float)) else T(tq)
                    if isinstance(rq, (int, float)):
                        rs_ = N(rq, fmt)
                    elif isinstance(rq, str) and '%' in rq:
                        rs_ = T(rq, float(rq.replace(' %', '').replace(',', '.')))
                    else:
                        rs_ = as_spec(rq)
                put(ws, rr, 6, ts_)
                keys.append(put(ws, rr, 7, rs_)); cells.append('G%d' % rr)
                if isinstance(tq, (int, float)) and isinstance(rq, (int, float)):
                    if i == 'P09' and q == 2:
                        cap = F('=ROUND(G%d/F%d*100,2)' % (rr + 1, rr + 1))
                        traps.append('row %d (P09 TW III): capaian formula points at the TW IV row' % rr)
                    elif neg and i == 'P20':
                        cap = F('=ROUND(F%d/G%d*100,2)' % (rr, rr))
                    else:
                        cap = F('=ROUND(G%d/F%d*100,2)' % (rr, rr))
                else:
                    cap = T('-') if not (isinstance(rq, str) and '%' in rq) else N(round(float(rq.replace(' %', '').replace(',', '.')) / tq * 100, 2))
                put(ws, rr, 8, cap if not draft else None)
            if not draft:
                b.key(ws, r, 3, year, i, ('value', ['F%d' % r], tk), agg(rule, cells, keys))
            put(ws, r, 1, gi if n_i == 0 else None)
            r += 5
        merge(ws, rs0, 2, r - 1, 2); ws.cell(rs0, 2).value = SAS[s]; ws.cell(rs0, 2).alignment = WRAP
        merge(ws, rs0, 1, r - 1, 1); ws.cell(rs0, 1).alignment = CENTER
    return r, traps


def f2020():
    b = Book(SLUG, 'RA TW PPP Tanjung Lamaru 2020.ods')
    for draft in (False, True):
        ws = b.ws('RA PK 2020 (draft)' if draft else 'RA PK 2020', hidden=draft)
        tl(ws, ['RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN', 'UPTD PELABUHAN PERIKANAN PANTAI TANJUNG LAMARU',
                'TAHUN 2020' + (' (DRAFT AWAL - SEBELUM REFOCUSING)' if draft else '')], 9)
        for c, s in enumerate(['No', 'Sasaran Strategis', 'Indikator Sasaran', 'Satuan', 'Periode', 'Target',
                               'Realisasi', 'Capaian (%)', 'Penanggung Jawab'], 1):
            hdr(ws, 5, c, s); hdr(ws, 6, c, '(%d)' % c)
        widths(ws, dict(A=5, B=28, C=42, D=10, E=16, F=16, G=16, H=11, I=18))
        end, tr = ra_blocks(b, ws, 2020, Q20, draft)
        if not draft:
            traps = tr
            signature(ws, end + 2, 6, 'Tanjung Lamaru, 11 Januari 2021',
                      ['Kepala UPTD Pelabuhan Perikanan Pantai', 'Tanjung Lamaru'], *KEPALA_1)
            last = end - 1
    wn = b.ws('Keterangan')
    for k, s in enumerate(['Keterangan pengisian:',
                           '1. Realisasi TW II menurun karena pembatasan aktivitas pelabuhan (Covid-19).',
                           '2. Tingkat Hunian Kios & Lahan Industri tidak dapat diukur pada tahun 2020 (kios ditutup).',
                           '3. Realisasi PAD dilaporkan kumulatif s.d. triwulan berjalan; indikator jumlah lainnya per triwulan.',
                           '4. IKM diukur per semester (TW II dan TW IV).',
                           '5. Sheet draft disimpan sebagai arsip, tidak digunakan.'], 1):
        text(wn, k, 1, s)
    b.d('Sheet `RA PK 2020`: title rows 1-3. Header row 5 `No | Sasaran Strategis | Indikator Sasaran | Satuan | Periode | Target | Realisasi | Capaian (%%) | Penanggung Jawab`, row 6 numbers (1)..(9). '
        'Data rows 7-%d in blocks of five rows per indicator (Bone style): the name (C), Satuan (D) and Penanggung Jawab (I) merged over the block; '
        'first line `Target Tahunan` with the annual target in F, then `TW I (B03)` .. `TW IV (B12)` with quarter target (F), realisasi (G) and capaian (H). '
        'No annual realisasi: key = sum of the four quarters for flows, the TW IV (last reported) value for levels. '
        'P11 (PAD) is reported CUMULATIVELY (quarter targets 325 / 650 / 975 / 1.300 juta) -> key = TW IV value. P17 (IKM) is measured in TW II and TW IV only (others `-`). '
        'P18, P15, P16 targets/realisasi are %%-formatted fractions.' % last)
    b.d('Traps: ' + '; '.join(traps) + '; P12 (Tingkat Hunian Kios) realisasi `-` in every quarter -> key realisasi null; '
        'P05 quarter realisasi typed as text `91,8 %` .. `93,1 %` (key 93.1, the last); P21 grades (`B` target, `BB` realisasi at TW IV) -> null; '
        'P19 (negative) quarter capaian use the positive formula G/F; P20 (negative) quarter capaian use target/realisasi.')
    b.d('Sheet `RA PK 2020 (draft)` is HIDDEN: the same blocks with pre-refocusing targets and no realisasi (not keyed). Sheet `Keterangan`: notes (not keyed).')
    b.save()


# ---------------------------------------------------------------- 2021: monthly realisation sheet
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']


def monthly_flow(total, rnd, dec=0):
    w = [rnd.uniform(0.8, 1.2) for _ in range(12)]
    s = sum(w)
    parts = [round(total * x / s, dec) for x in w[:11]]
    parts.append(round(total - sum(parts), dec))
    return [int(p) for p in parts] if dec == 0 else parts


def f2021():
    rnd = random.Random(2021)
    year = 2021
    b = Book(SLUG, 'Monitoring Realisasi Bulanan PPP 2021.xlsx')
    ws = b.ws('Realisasi 2021')
    tl(ws, ['MONITORING REALISASI KINERJA BULANAN', 'UPTD PELABUHAN PERIKANAN PANTAI TANJUNG LAMARU', 'TAHUN 2021'], 19)
    hdr(ws, 5, 1, 'No', 6, 1); hdr(ws, 5, 2, 'Indikator Kinerja', 6, 2); hdr(ws, 5, 3, 'Satuan', 6, 3)
    hdr(ws, 5, 4, 'Target 2021', 6, 4); hdr(ws, 5, 5, 'Realisasi Bulan', 5, 16)
    for k, m in enumerate(MONTHS):
        hdr(ws, 6, 5 + k, m)
    hdr(ws, 5, 17, 'Realisasi s.d. Desember', 6, 17); hdr(ws, 5, 18, 'Capaian (%)', 6, 18); hdr(ws, 5, 19, 'Ket.', 6, 19)
    widths(ws, dict(A=5, B=46, C=9, D=14, Q=16, R=11, S=14))
    for k in range(12):
        ws.column_dimensions[L(5 + k)].width = 9
    r = 7
    traps = []
    roman = ['A', 'B', 'C', 'D', 'E']
    no = 0
    for gi, (s, ids) in enumerate(groups(year)):
        text(ws, r, 1, '%s. %s' % (roman[gi], SAS[s].upper()), bold=True, merge_to=(r, 19), border=True)
        r += 1
        seq = list(ids)
        if 'P09' in seq:
            seq.insert(seq.index('P09') + 1, 'DUP')
        prev = None
        for i in seq:
            dup = i == 'DUP'
            if dup:
                i = 'P09'
            else:
                no += 1
            name, unit, t, re_ = Y[year][i]
            flow, neg = META[i][1], META[i][2]
            put(ws, r, 1, no); put(ws, r, 2, name, align=WRAP); put(ws, r, 3, unit)
            pct = i in ('P05', 'P15', 'P16')
            if t is None:
                tk = put(ws, r, 4, T(GRADES[year][0]))
            elif i == 'P04':
                tk = put(ws, r, 4, N(3400))
                traps.append('row %d (P04): target typed 3400 (10x 340); key 3400 as typed' % r)
            elif pct:
                tk = put(ws, r, 4, P(t, '0%'))
            else:
                tk = put(ws, r, 4, N(t, RP if t >= 1000 else None))
            # monthly values
            if dup:
                vals = prev
            elif i == 'P21':
                vals = [None] * 11 + ['BB']
            elif i == 'P19':
                vals = ['-', '-', 1, '-', '-', 1, '-', '-', '-', 1, '-', '-']
            elif i == 'P14':
                vals = [8, 6, 9, 7, 5, 8, 10, 6, 7, 9, 6, 7]
            elif i == 'P22':
                vals = [1, 1, 2, 1, 1, 3, 1, 1, 2, 1, 1, 1]
            elif flow:
                vals = monthly_flow(re_, rnd)
            elif i == 'P17':
                vals = ['-'] * 5 + [81.9] + ['-'] * 5 + [re_]
            elif i in ('P15', 'P16'):
                vals = [None, None, round(re_ - 2.1, 1), None, None, round(re_ - 1.4, 1), None, None, round(re_ - 0.6, 1), None, None, re_]
            elif i == 'P23':
                vals = [None, None, None, 76, 77.5, 78, 79, 80, 80.5, 81, 81.5, re_]
            elif i in ('P04', 'P13'):
                base = re_ - 20 if i == 'P13' else re_ - 9
                vals = [base + k * (re_ - base) // 11 for k in range(11)] + [re_]
            elif i == 'P20':
                vals = [1.5, 1.45, 1.4, 1.4, 1.35, 1.35, 1.3, 1.3, 1.3, 1.25, 1.25, 1.25]
            else:
                vals = [round(re_ - 3 + k * 3 / 11, 1) for k in range(11)] + [re_]
            prev = vals
            for k, v in enumerate(vals):
                if v is None:
                    put(ws, r, 5 + k, None)
                elif isinstance(v, str):
                    put(ws, r, 5 + k, T(v))
                elif pct:
                    put(ws, r, 5 + k, P(v, '0.0%'))
                else:
                    put(ws, r, 5 + k, N(v, RP if v >= 1000 else None))
            if flow:
                rk = put(ws, r, 17, F('=SUM(E%d:P%d)' % (r, r), re_, RP if re_ >= 1000 else None))
            elif i == 'P21':
                rk = put(ws, r, 17, F('=P%d' % r, None))
            else:
                rk = put(ws, r, 17, F('=P%d' % r, re_, '0.0%' if pct else None))
            if i == 'P21':
                put(ws, r, 18, T('-'))
            elif i == 'P10':
                put(ws, r, 18, F('=ROUND(Q%d/D%d*100,2)' % (r + 1, r + 1)))
                traps.append('row %d (P10): capaian formula points at the next row (=Q%d/D%d)' % (r, r + 1, r + 1))
            elif neg:
                put(ws, r, 18, F('=ROUND((2*D%d-Q%d)/D%d*100,2)' % (r, r, r)))
            else:
                put(ws, r, 18, F('=ROUND(Q%d/D%d*100,2)' % (r, r)))
            put(ws, r, 19, 'diukur per semester' if i == 'P17' else ('mulai April' if i == 'P23' else None))
            if dup:
                traps.append('row %d: duplicate of row %d (P09), same figures; second copy not keyed' % (r, r - 1))
            else:
                b.key(ws, r, 2, year, i, ('value', ['D%d' % r], tk), ('value', ['Q%d' % r], rk))
            r += 1
    last = r - 1
    signature(ws, r + 2, 15, 'Tanjung Lamaru, 10 Januari 2022',
              ['Kepala UPTD PPP Tanjung Lamaru'], *KEPALA_2)
    wp = b.ws('Petunjuk')
    for k, s in enumerate(['PETUNJUK PENGISIAN',
                           '- Isi realisasi setiap bulan paling lambat tanggal 5 bulan berikutnya.',
                           '- Indikator jumlah/volume: kolom s.d. Desember = penjumlahan bulan.',
                           '- Indikator persentase/indeks/jumlah kapal & nelayan terdaftar: kolom s.d. Desember = nilai bulan terakhir.',
                           '- Jangan mengubah rumus pada kolom Realisasi s.d. Desember dan Capaian.'], 1):
        text(wp, k, 1, s)
    b.d('Sheet `Realisasi 2021`: title rows 1-3. Two header rows 5-6: `No | Indikator Kinerja | Satuan | Target 2021 | Realisasi Bulan (Jan .. Des, E-P) | Realisasi s.d. Desember (Q) | Capaian (%%) | Ket.`. '
        'Data rows 7-%d; each sasaran is a full-width group row (`A. MENINGKATNYA ...`, not keyed) followed by its indicators, numbered in A. '
        'Column Q is a formula: SUM(E:P) for flows, =P (December) for levels; key realisasi = Q. P05, P15, P16 targets and monthly values are %%-formatted fractions (key in points); P08b and P23 are plain numbers. '
        'P15/P16 are measured quarterly (Mar/Jun/Sep/Des, other months blank), P17 (IKM) in Jun and Des (other months `-`), P23 from April.' % last)
    b.d('Traps: ' + '; '.join(traps) + '; P21 grades (target `BB`, December `BB`, Q = `BB`) -> null; P19 months with `-` for none.')
    b.d('Sheet `Petunjuk`: filling instructions (not keyed).')
    b.save()


# ---------------------------------------------------------------- 2022: LKjIP table, one block of 4 year-rows per indicator
REVISE = {('P01', 2021): (4500, 4620), ('P11', 2020): (1300000000, 1104250000), ('P06', 2021): (2400, 2565)}
RENSTRA = {'P01': 5000, 'P02': 115, 'P03': 2800, 'P04': 370, 'P18': 85, 'P24': 2500, 'P05': 97, 'P06': 2700,
           'P07': 2700, 'P08b': 80, 'P20': 1, 'P17': 85, 'P09': 4200, 'P10': 13500, 'P13': 3600, 'P14': 100,
           'P15': 92, 'P16': 90, 'P19': 3, 'P23': 90, 'P11': 1550000000, 'P21': 75, 'P22': 16}


def f2022():
    year = 2022
    b = Book(SLUG, 'LKjIP 2022 Bab III PPP Tanjung Lamaru.xlsx')
    ws = b.ws('Tabel 3.2')
    text(ws, 1, 1, 'Tabel 3.2', bold=True)
    text(ws, 2, 1, 'Perbandingan Target, Realisasi dan Capaian Kinerja Tahun 2019 s.d. 2022 serta Capaian terhadap Target Akhir Renstra', bold=True)
    text(ws, 3, 1, 'UPTD Pelabuhan Perikanan Pantai Tanjung Lamaru')
    hdr(ws, 5, 1, 'No', 6, 1); hdr(ws, 5, 2, 'Sasaran Strategis', 6, 2); hdr(ws, 5, 3, 'Indikator Kinerja', 6, 3)
    hdr(ws, 5, 4, 'Satuan', 6, 4); hdr(ws, 5, 5, 'Tahun', 6, 5); hdr(ws, 5, 6, 'Kinerja', 5, 8)
    hdr(ws, 6, 6, 'Target'); hdr(ws, 6, 7, 'Realisasi'); hdr(ws, 6, 8, 'Capaian (%)')
    hdr(ws, 5, 9, 'Target Akhir Renstra (2023)', 6, 9); hdr(ws, 5, 10, 'Capaian 2022 thd Target Renstra (%)', 6, 10)
    widths(ws, dict(A=5, B=28, C=44, D=11, E=8, F=15, G=15, H=11, I=15, J=14))
    r = 7
    traps = []
    avg_rows = {}
    for gi, (s, ids) in enumerate(groups(year), 1):
        rs0 = r
        for i in ids:
            name, unit, t, re_ = Y[year][i]
            neg = META[i][2]
            put(ws, r, 3, name, align=WRAP); merge(ws, r, 3, r + 3, 3)
            put(ws, r, 4, unit, align=CENTER); merge(ws, r, 4, r + 3, 4)
            for k, yy in enumerate((2019, 2020, 2021, 2022)):
                rr = r + k
                put(ws, rr, 5, yy)
                src = i
                if i == 'P08b' and yy < 2021:
                    src = 'P08'
                if src in Y[yy]:
                    _, _, ty, ryy = Y[yy][src]
                    if (i, yy) in REVISE:
                        ty, ryy = REVISE[(i, yy)]
                    if i == 'P02':
                        ty, ryy = (round(ty / 1000, 2), round(ryy / 1000, 2)) if yy < 2022 else (ty, ryy)
                    if i == 'P21' and yy < 2022:
                        ty, ryy = GRADES[yy]
                    if i == 'P14' and yy == 2020:
                        ty = 100
                    if i == 'P12':
                        pass
                else:
                    ty = ryy = '-'
                fmt = RP if isinstance(ty, (int, float)) and ty >= 1000 else None
                ts = N(ty, fmt) if isinstance(ty, (int, float)) else T(ty)
                rs = (N(ryy, fmt) if isinstance(ryy, (int, float)) else (T(ryy) if ryy is not None else T('-')))
                cap = None
                if yy == 2022:
                    if i == 'P15':
                        rs = N(0.914)
                        traps.append('row %d (P15, 2022): realisasi typed 0,914 in a General cell (a fraction for 91,4 %%); key 0.914 as typed; capaian formula gives 1,02' % rr)
                    if i == 'P13':
                        rs = T('3.540 orang', 3540); cap = N(101.14)
                        traps.append('row %d (P13, 2022): realisasi text `3.540 orang` (key 3540), capaian typed 101,14' % rr)
                    if i == 'P03':
                        cap = N(103.5)
                        traps.append('row %d (P03, 2022): capaian typed 103,5 while 2.731/2.650 = 103,06' % rr)
                    if i == 'P20':
                        cap = F('=ROUND(G%d/F%d*100,2)' % (rr, rr))
                        traps.append('row %d (P20 negative, 2022): capaian uses the positive formula (90,00; the 2019-2021 rows use (2T-R)/T)' % rr)
                if cap is None:
                    if isinstance(ts.key, (int, float)) and isinstance(rs.val, (int, float)):
                        cap = F('=ROUND((2*F%d-G%d)/F%d*100,2)' % (rr, rr, rr)) if neg else F('=ROUND(G%d/F%d*100,2)' % (rr, rr))
                    else:
                        cap = T('-')
                tk = put(ws, rr, 6, ts); rk = put(ws, rr, 7, rs); put(ws, rr, 8, cap)
                if yy == 2022:
                    b.key(ws, r, 3, year, i, ('value', ['F%d' % rr], tk), ('value', ['G%d' % rr], rk))
                    avg_rows.setdefault(s, []).append(rr)
            put(ws, r, 9, N(RENSTRA[i], RP if RENSTRA[i] >= 1000 else None), align=CENTER); merge(ws, r, 9, r + 3, 9)
            if i == 'P21':
                put(ws, r, 10, F('=ROUND(G%d/I%d*100,2)' % (r + 3, r)))
            elif i == 'P13':
                put(ws, r, 10, N(98.33))
            else:
                put(ws, r, 10, F('=ROUND(G%d/I%d*100,2)' % (r + 3, r)))
            merge(ws, r, 10, r + 3, 10)
            r += 4
        merge(ws, rs0, 1, r - 1, 1); ws.cell(rs0, 1).value = gi; ws.cell(rs0, 1).alignment = CENTER
        merge(ws, rs0, 2, r - 1, 2); ws.cell(rs0, 2).value = SAS[s]; ws.cell(rs0, 2).alignment = WRAP
    last = r - 1
    text(ws, r + 1, 1, 'Sumber: Pengukuran Kinerja UPTD PPP Tanjung Lamaru 2019-2022 (diolah). Realisasi 2021 produksi ikan dan 2020 PAD telah dimutakhirkan.')
    # Tabel 3.1 averages (not keyed)
    w1 = b.ws('Tabel 3.1')
    text(w1, 1, 1, 'Tabel 3.1 Rata-rata Capaian per Sasaran Strategis Tahun 2022', bold=True)
    for c, s_ in enumerate(['No', 'Sasaran Strategis', 'Jumlah Indikator', 'Rata-rata Capaian (%)', 'Predikat'], 1):
        hdr(w1, 3, c, s_)
    for k, s in enumerate(sorted(avg_rows), 4):
        put(w1, k, 1, k - 3); put(w1, k, 2, SAS[s], align=WRAP); put(w1, k, 3, len(avg_rows[s]))
        put(w1, k, 4, F('=ROUND(AVERAGE(%s),2)' % ','.join("'Tabel 3.2'!H%d" % x for x in avg_rows[s])))
        put(w1, k, 5, F('=IF(D%d>90,"Sangat Baik",IF(D%d>75,"Baik",IF(D%d>65,"Cukup","Kurang")))' % (k, k, k)))
    widths(w1, dict(A=5, B=60, C=14, D=16, E=14))
    w3 = b.ws('Tabel 3.3')
    text(w3, 1, 1, 'Tabel 3.3 Realisasi Anggaran per Program Tahun 2022', bold=True)
    for c, s_ in enumerate(['Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Serapan (%)'], 1):
        hdr(w3, 3, c, s_)
    for k, (nm, p, q) in enumerate([('Program Pengelolaan Perikanan Tangkap', 2960000000, 2871450000),
                                    ('Kegiatan Pengelolaan Pelabuhan Perikanan Provinsi', 2410000000, 2344120000),
                                    ('Kegiatan Penerbitan Izin dan Pelayanan Kapal Perikanan', 550000000, 527330000),
                                    ('Program Penunjang Urusan Pemerintahan Daerah Provinsi', 610000000, 588905000)], 4):
        put(w3, k, 1, nm); put(w3, k, 2, N(p, RP)); put(w3, k, 3, N(q, RP)); put(w3, k, 4, F('=ROUND(C%d/B%d*100,2)' % (k, k)))
    widths(w3, dict(A=58, B=18, C=18, D=12))
    b.d('Sheet `Tabel 3.2`: LKjIP table in LONG format. Caption rows 1-3. Two header rows 5-6: `No | Sasaran Strategis | Indikator Kinerja | Satuan | Tahun | Kinerja (Target, Realisasi, Capaian (%%)) | Target Akhir Renstra (2023) | Capaian 2022 thd Target Renstra (%%)`. '
        'Data rows 7-%d: one block of FOUR rows per indicator (years 2019, 2020, 2021, 2022 in column E); name (C), Satuan (D), Renstra target (I) and Renstra capaian (J) merged over the block; No and Sasaran merged per sasaran. '
        'Only 2022 is keyed: the key row is the block\'s first row (the name cell), target and realisasi come from the block\'s 4th row (Tahun 2022). '
        'Years before an indicator existed hold `-`. P08b\'s block carries the old P08 logbook values for 2019-2020 (a hint that a reader may merge P08/P08b). '
        'P02 is in Rp Miliar here, with the earlier years converted (95,87 for 95.870 juta). P21 has grades for 2019-2021 and a numeric score 70 / 71,35 for 2022. '
        'Earlier-year figures revised against the original files: P01 2021 realisasi 4.620 (4.618 in the 2021 workbook), P06 2021 2.565 (2.563), P11 2020 1.104.250.000 (1.104.225.000).' % last)
    b.d('Traps: ' + '; '.join(traps) + '.')
    b.d('Sheet `Tabel 3.1`: averages of capaian per sasaran (not keyed). Sheet `Tabel 3.3`: budget per programme (not keyed).')
    b.save()


if __name__ == '__main__':
    f2019(); f2020(); f2021(); f2022()
