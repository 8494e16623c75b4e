"""Agency 3: UPTD Sentra Industri Kecil dan Menengah (kawasan sentra IKM),
Dinas Perindustrian dan Perdagangan Kabupaten Lembah Randu.  Years 2018-2021.  Everything invented.

Files
  S1 'PK Sentra IKM 2018.xlsx'                         sheets 'PK 2018' (table pasted twice), 'Sheet2'
  S2 'Rencana Aksi Sentra IKM 2019.ods'                sheets 'RA 2019' (T/R rows, cumulative s.d. TW),
     'Petunjuk'
  S3 'Matriks Renstra Sentra IKM - Capaian 2020.xls'   sheet 'Capaian 2020' (Renstra 2016-2021 matrix)
  S4 'Penilaian Kinerja UPTD Sentra IKM 2021.ods'      sheet 'Nilai Kinerja 2021' (weighted score sheet)
"""
from common import *

SLUG = 'uptd_sentra_ikm_kab_lembah_randu'
AGENCY = ('UPTD Sentra Industri Kecil dan Menengah (kawasan sentra IKM), Dinas Perindustrian dan '
          'Perdagangan Kabupaten Lembah Randu')
YEARS = [2018, 2019, 2020, 2021]
FLOWS = ['S04', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10', 'S11', 'S12b', 'S15', 'S16', 'S17', 'S19',
         'S20', 'S22', 'S23']
AMBIG = [['S12', 'S12b']]
K = Key(SLUG, AGENCY, YEARS, AMBIG, FLOWS)

S1 = 'PK Sentra IKM 2018.xlsx'
S2 = 'Rencana Aksi Sentra IKM 2019.ods'
S3 = 'Matriks Renstra Sentra IKM - Capaian 2020.xls'
S4 = 'Penilaian Kinerja UPTD Sentra IKM 2021.ods'

KEPALA = ('SUGENG PRIHATMOKO, S.E.', 'Penata Tk. I (III/d)', 'NIP. 19780918 200501 1 012')
KEPALA2 = ('Ir. RATNA DEWI KUSUMAWARDANI', 'Pembina (IV/a)', 'NIP. 19750422 200212 2 003')
SS1 = 'Meningkatnya pemanfaatan sentra IKM oleh pelaku industri kecil dan menengah'
SS2 = 'Meningkatnya produktivitas dan daya saing IKM di sentra'
SS3 = 'Meningkatnya kapasitas SDM dan akses pasar IKM'
SS4 = 'Meningkatnya pendapatan daerah dari pengelolaan sentra'


# ---------------------------------------------------------------- 2018: annual PK, value | unit cells
def pk2018_table(ws, r, record):
    """writes title + table + budget + signature from row r; returns next free row"""
    for t in ['PENGUKURAN KINERJA', 'UPTD SENTRA INDUSTRI KECIL DAN MENENGAH',
              'DINAS PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN LEMBAH RANDU', 'TAHUN 2018']:
        merge(ws, 'A%d:G%d' % (r, r), t, bold=True, h='center')
        r += 1
    r += 1
    put(ws, 'A%d' % r, 'Kabupaten      : Lembah Randu', wrap=False)
    put(ws, 'A%d' % (r + 1), 'Nama SKPD    : UPTD Sentra IKM - Disperindag', wrap=False)
    r += 3
    hr = r
    put(ws, 'A%d' % r, 'Sasaran Strategis', bold=True, h='center', fill=GREY, wrap=True)
    put(ws, 'B%d' % r, 'Indikator Kinerja', bold=True, h='center', fill=GREY)
    merge(ws, 'C%d:D%d' % (r, r), 'Target', bold=True, h='center', fill=GREY)
    merge(ws, 'E%d:F%d' % (r, r), 'Realisasi', bold=True, h='center', fill=GREY)
    put(ws, 'G%d' % r, '%', bold=True, h='center', fill=GREY)
    r += 1
    put(ws, 'A%d' % r, '(1)', h='center')
    put(ws, 'B%d' % r, '(2)', h='center')
    merge(ws, 'C%d:D%d' % (r, r), '(3)', h='center')
    merge(ws, 'E%d:F%d' % (r, r), '(4)', h='center')
    put(ws, 'G%d' % r, '(5)', h='center')
    r += 1
    rows = [
        (SS1, 'S01', 'Jumlah tenant yang menempati los sentra IKM', n(40), 'tenant', n(37), 'tenant', '92,5'),
        (None, 'S02', 'Tingkat okupansi los sentra IKM', tx('83,33', 83.33), '%', tx('77,08', 77.08), '%', '92,5'),
        (None, 'S03*', 'Jumlah los yang siap pakai', n(48), 'los', n(48), 'los', '100'),
        (None, 'S04', 'Jumlah tenant baru', n(8), 'tenant', n(6), 'tenant', '75'),
        (None, 'S13', 'Jumlah tenaga kerja yang terserap', n(150), 'orang', n(146), 'orang', '97,33'),
        (SS2, 'S05', 'Volume produksi IKM di sentra', tx('120.000', 120000), 'pcs', tx('112.450', 112450), 'pcs',
         '93,71'),
        (None, 'S06', 'Nilai produksi IKM di sentra', n(3600000000), 'Rp', n(3412500000), 'Rp', '94,79'),
        (None, 'S07', 'Omset penjualan IKM sentra', n(40000000000), 'Rp', n(3815200000), 'Rp', '9,54'),
        (None, 'S14', 'Persentase IKM yang menerapkan standar mutu (SNI/CPPB)', n(20), '%', tx('18,92', 18.92),
         '%', '94,6'),
        (None, 'S10', 'Jumlah IKM yang memperoleh sertifikat halal', n(10), 'IKM', n(7), 'IKM', '70'),
        (None, 'S11', 'Jumlah IKM yang difasilitasi pendaftaran merek', n(10), 'IKM', n(10), 'IKM', '100'),
        (None, 'S12', 'Jumlah IKM yang memiliki izin usaha industri', n(30), 'IKM', n(33), 'IKM', '110'),
        (None, 'S18', 'Persentase peralatan produksi bersama yang berfungsi baik', n(90), '%', tx('85,71', 85.71),
         '%', '95,23'),
        (SS3, 'S08', 'Jumlah pelatihan yang dilaksanakan', n(4), 'kali', n(4), 'kali', '100'),
        (None, 'S09', 'Jumlah IKM yang dilatih', n(100), 'orang', n(104), 'orang', '104'),
        (None, 'S15', 'Jumlah pengunjung sentra IKM', tx('12.000', 12000), 'orang', tx('13.450', 13450), 'orang',
         '112,08'),
        (None, 'S20', 'Jumlah pameran / promosi yang diikuti', n(4), 'kali', n(5), 'kali', '125'),
        (SS4, 'S17', 'Pendapatan retribusi sewa los', n(96000000), 'Rp', n(88800000), 'Rp', '92,5'),
    ]
    for ss, sid, name, t, tu, re_, ru, pct in rows:
        if ss:
            put(ws, 'A%d' % r, ss, wrap=True, v='top')
        moved = sid.endswith('*')
        sid = sid.rstrip('*')
        ncol = 'A' if moved else 'B'      # S03: the clerk typed the indicator in the Sasaran column
        put(ws, '%s%d' % (ncol, r), name, wrap=True, v='top')
        put(ws, 'C%d' % r, t, h='right')
        put(ws, 'D%d' % r, tu)
        put(ws, 'E%d' % r, re_, h='right')
        put(ws, 'F%d' % r, ru)
        put(ws, 'G%d' % r, pct, h='right')
        if record:
            K.add(S1, 'PK 2018', '%s%d' % (ncol, r), 2018, sid, name, t.key, re_.key,
                  [('PK 2018', 'C%d' % r)], [('PK 2018', 'E%d' % r)])
        r += 1
    box(ws, 'A%d:G%d' % (hr, r - 1))
    r += 1
    put(ws, 'A%d' % r, 'Jumlah Anggaran Kegiatan Tahun 2018 : Rp. 1.245.600.000', wrap=False)
    put(ws, 'A%d' % (r + 1), 'Jumlah Realisasi Anggaran Kegiatan Tahun 2018 : Rp. 1.118.342.500', wrap=False)
    r = signature(ws, 'E', r + 3, 'Lembah Randu, 31 Desember 2018', ['Kepala UPTD Sentra IKM,'], *KEPALA,
                  merge_to='G')
    return r


def book_s1():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'PK 2018'
    widths(ws, {'A': 34, 'B': 44, 'C': 17, 'D': 8, 'E': 17, 'F': 8, 'G': 9})
    r = pk2018_table(ws, 1, True)
    # the same table pasted a second time below (print copy): not key rows
    r = pk2018_table(ws, r + 4, False)
    wb.create_sheet('Sheet2')
    wb.save(raw_path(SLUG, S1))
    K.file(S1)


# ---------------------------------------------------------------- 2019: T/R rows, cumulative s.d. TW
def book_s2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'RA 2019'
    SH = ws.title
    widths(ws, {'A': 5, 'B': 44, 'C': 9, 'D': 16, 'E': 6, 'F': 15, 'G': 15, 'H': 15, 'I': 15, 'J': 26})
    merge(ws, 'A1:J1', 'RENCANA AKSI DAN REALISASI KINERJA TAHUN 2019', bold=True, h='center', size=12)
    merge(ws, 'A2:J2', 'UPTD SENTRA IKM KABUPATEN LEMBAH RANDU', bold=True, h='center')
    hdr = ['No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'T / R', 's.d. TW I', 's.d. TW II',
           's.d. TW III', 's.d. TW IV', 'Keterangan']
    for i, t in enumerate(hdr):
        put(ws, '%s4' % CL(i + 1), t, bold=True, h='center', fill=GREY, wrap=True)
        put(ws, '%s5' % CL(i + 1), '(%d)' % (i + 1), italic=True, h='center')
    # sid, name, unit, annual target, cumulative targets, cumulative realisasi, ket
    groups = [
        ('SASARAN 1 : ' + SS1, [
            ('S01', 'Jumlah Tenant Menempati Los', 'tenant', n(44), [n(40), n(42), n(43), n(44)],
             [n(41), n(43), n(46), n(45)], '2 tenant keluar pd TW IV'),
            ('S02', 'Tingkat Hunian (Okupansi) Los', '%', tx('90 - 95 %', 90), [pc(85), pc(87.5), pc(90), pc(90)],
             [pc(85.42), pc(89.58), pc(95.83), pc(93.75)], ''),
            ('S03', 'Jumlah Los Siap Pakai', 'los', n(48), [n(48)] * 4, [n(48)] * 4, ''),
            ('S04', 'Jumlah Tenant Baru yang Masuk Sentra', 'tenant', n(6), [n(2), n(3), n(5), n(6)],
             [n(2), n(5), n(10), n(9)], ''),
            ('S13', 'Jumlah Tenaga Kerja Terserap di Sentra', 'orang', n(170), [n(155), n(160), n(165), n(170)],
             [n(160), n(168), n(175), n(182)], ''),
        ]),
        ('SASARAN 2 : ' + SS2, [
            ('S05', 'Volume Produksi (pcs)', 'pcs', n(130000), [n(32500), n(65000), n(97500), n(130000)],
             [n(31200), n(66850), n(101400), n(138220)], ''),
            ('S06', 'Nilai Produksi (Rp)', 'Rp', n(3900000000),
             [n(975000000), n(1950000000), n(2925000000), n(3900000000)],
             [n(950000000), n(2010400000), n(3050900000), n(4105750000)], ''),
            ('S07', 'Omzet Penjualan (Rp)', 'Rp', n(4400000000),
             [n(1100000000), n(2200000000), n(3300000000), n(4400000000)],
             [n(1080000000), n(2255600000), n(3402150000), n(4620300000)], 'hasil pendataan tenant'),
            ('S14', 'Prosentase IKM Menerapkan Standar Mutu', '%', pc(25), [pc(20), pc(22), pc(24), pc(25)],
             [pc(20), pc(22.22), pc(24.44), pc(26.67)], ''),
            ('S10', 'Jumlah IKM Bersertifikat Halal', 'IKM', n(12), [n(3), n(6), n(9), n(12)],
             [n(3), n(6), n(11), n(15)], 'fasilitasi LPPOM'),
            ('S11', 'Jumlah IKM Difasilitasi HKI / Merek', 'IKM', n(10), [n(2), n(5), n(8), n(10)],
             [n(2), n(5), n(9), n(12)], ''),
            ('S12', 'Jumlah IKM yang Memiliki Izin Usaha (IUI / SPP-IRT)', 'IKM', n(40),
             [n(33), n(35), n(38), n(40)], [n(35), n(37), n(42), BLANK], 'data TW IV menyusul'),
            ('S18', 'Prosentase Mesin/Peralatan Bersama Berfungsi Baik', '%', pc(90),
             [pc(90)] * 4, [BLANK, pc(85.71), BLANK, pc(92.86)], 'diperiksa per semester'),
        ]),
        ('SASARAN 3 : ' + SS3, [
            ('S08', 'Jumlah Pelatihan (Angkatan)', 'angkatan', n(5), [n(1), n(2), n(4), n(5)],
             [n(1), n(2), n(4), n(5)], ''),
            ('S09', 'Jumlah Peserta Pelatihan (Orang)', 'orang', n(125), [n(25), n(50), n(100), n(125)],
             [n(24), n(52), n(101), n(131)], ''),
            ('S15', 'Jumlah Pengunjung / Pembeli Sentra', 'orang', tx('14.000', 14000),
             [n(3500), n(7000), n(10500), n(14000)], [n(3210), n(7150), n(11020), n(15210)], ''),
            ('S16', 'Jumlah Kontrak Dagang / Kerjasama Pemasaran', 'kontrak', n(3), [n(0), n(1), n(2), n(3)],
             [n(1), n(2), n(4), BLANK], ''),
            ('S20', 'Jumlah Keikutsertaan Pameran', 'kali', n(5), [n(1), n(2), n(4), n(5)],
             [n(1), n(2), n(4), n(5)], ''),
            ('S21', 'Indeks Kepuasan Tenant', 'nilai', n(75), [BLANK, BLANK, BLANK, n(75)],
             [BLANK, BLANK, BLANK, tx('78,4', 78.4)], 'survei Desember'),
        ]),
        ('SASARAN 4 : ' + SS4, [
            ('S17', 'Penerimaan Retribusi Sewa Los (Rp)', 'Rp', n(105600000),
             [n(26400000), n(52800000), n(79200000), n(105600000)],
             [n(26400000), n(52800000), n(80400000), n(108000000)], ''),
        ]),
    ]
    r = 6
    no = 0
    for title, items in groups:
        merge(ws, 'A%d:J%d' % (r, r), title, bold=True, fill=YELLOW)
        r += 1
        for sid, name, unit, tan, ct, cr, ket in items:
            no += 1
            for c, val in (('A', no), ('B', name), ('C', unit), ('D', tan), ('J', ket)):
                merge(ws, '%s%d:%s%d' % (c, r, c, r + 1), val, wrap=(c in 'BJ'), v='top',
                      h='center' if c in 'AC' else None)
            put(ws, 'E%d' % r, 'T', h='center')
            put(ws, 'E%d' % (r + 1), 'R', h='center', bold=True)
            for q in range(4):
                put(ws, '%s%d' % (CL(6 + q), r), ct[q], h='right')
                put(ws, '%s%d' % (CL(6 + q), r + 1), cr[q], h='right')
            rep = [x.key for x in cr if x.key is not None]
            K.add(S2, SH, 'B%d' % r, 2019, sid, name, tan.key, rep[-1], [(SH, 'D%d' % r)],
                  [(SH, '%s%d' % (CL(6 + q), r + 1)) for q in range(4)], ragg='last')
            r += 2
            if sid == 'S07':      # hidden draft row of an earlier realisasi (not a key row)
                put(ws, 'E%d' % r, 'R*', h='center')
                for q, v in enumerate([1020000000, 2190000000, 3350000000, 4480000000]):
                    put(ws, '%s%d' % (CL(6 + q), r), v, fmt='#,##0')
                put(ws, 'J%d' % r, 'angka lama sebelum pendataan ulang')
                ws.row_dimensions[r].hidden = True
                r += 1
    box(ws, 'A4:J%d' % (r - 1))
    put(ws, 'B%d' % (r + 1), 'T = target kumulatif s.d. triwulan berkenaan; R = realisasi kumulatif.',
        italic=True, wrap=False)
    signature(ws, 'H', r + 3, 'Lembah Randu, 6 Januari 2020', ['Kepala UPTD Sentra IKM,'], *KEPALA,
              merge_to='J')
    wp = wb.create_sheet('Petunjuk')
    widths(wp, {'A': 100})
    for i, t in enumerate(['PETUNJUK PENGISIAN',
                           '1. Isikan angka kumulatif sampai dengan triwulan berkenaan pada baris R.',
                           '2. Persentase diisi dalam format persen (contoh 93,75%).',
                           '3. Baris T diisi sesuai Rencana Aksi yang ditetapkan Kepala Dinas.',
                           '4. Laporan disampaikan paling lambat tanggal 10 bulan berikutnya.'], 1):
        put(wp, 'A%d' % i, t, bold=(i == 1), wrap=False)
    wb.save(raw_path(SLUG, S2))
    K.file(S2)


# ---------------------------------------------------------------- 2020: Renstra matrix with 6 target years
def book_s3():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Capaian 2020'
    SH = ws.title
    widths(ws, {'A': 5, 'B': 44, 'C': 8, 'D': 13, 'E': 13, 'F': 13, 'G': 13, 'H': 13, 'I': 14, 'J': 13,
                'K': 14, 'L': 15, 'M': 10, 'N': 13, 'O': 13, 'P': 13, 'Q': 13, 'R': 24})
    merge(ws, 'A1:R1', 'MATRIKS RENCANA STRATEGIS (RENSTRA) 2016 - 2021 DAN CAPAIAN KINERJA TAHUN 2020',
          bold=True, h='center', size=12)
    merge(ws, 'A2:R2', 'UPTD SENTRA IKM - DINAS PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN LEMBAH RANDU',
          bold=True, h='center')
    H = dict(bold=True, h='center', fill=GREY, wrap=True)
    merge(ws, 'A4:A5', 'No', **H)
    merge(ws, 'B4:B5', 'Indikator Kinerja', **H)
    merge(ws, 'C4:C5', 'Satuan', **H)
    merge(ws, 'D4:D5', 'Kondisi Awal (2015)', **H)
    merge(ws, 'E4:J4', 'Target Kinerja Renstra', **H)
    for i, y in enumerate(range(2016, 2022)):
        put(ws, '%s5' % CL(5 + i), str(y), **H)
    merge(ws, 'K4:K5', 'Realisasi 2019', **H)
    merge(ws, 'L4:L5', 'Realisasi 2020', **H)
    merge(ws, 'M4:M5', 'Capaian 2020 (%)', **H)
    merge(ws, 'N4:Q4', 'Rincian Realisasi 2020 per Triwulan', **H)
    for i, t in enumerate(['TW I', 'TW II', 'TW III', 'TW IV']):
        put(ws, '%s5' % CL(14 + i), t, **H)
    merge(ws, 'R4:R5', 'Keterangan', **H)
    for i in range(18):
        put(ws, '%s6' % CL(i + 1), i + 1, italic=True, h='center')
    # sid, name, unit, kondisi awal, targets 2016..2021 (2020 = index 4), real 2019, real 2020 spec
    # real spec: ('q', [q1..q4]) -> =SUM(N:Q); ('q3', [..]) -> =SUM(N:P) (forgets TW IV); V -> typed
    R = [
        ('S01', 'Jumlah IKM (tenant) yang menempati los', 'tenant', 28, [34, 38, 40, 44, 52, 56], n(45),
         n(47), [48, 45, 46, 47], ''),
        ('S02', 'Persentase tingkat okupansi los', '%', pc(58.33), [70, 79.17, 83.33, 90, 86.67, 93.33],
         pc(93.75), pc(78.33), None, 'jml los 60 sejak 2020'),
        ('S03', 'Jumlah los tersedia (siap pakai)', 'los', 48, [48, 48, 48, 48, 60, 60], n(48), n(60), None,
         'penambahan 12 los'),
        ('S04', 'Jumlah IKM baru yang menempati los', 'tenant', 5, [6, 7, 8, 6, 10, 6], n(9), ('q', [2, 0, 1, 1]),
         None, ''),
        ('S05', 'Jumlah produksi IKM sentra (pcs)', 'pcs', 82000, [95000, 108000, 120000, 130000, 140000, 150000],
         n(138220), ('q', [31500, 18250, 21340, 26225]), None, ''),
        ('S06', 'Nilai produksi IKM sentra (Rp)', 'Rp', 2450000000,
         [2800000000, 3200000000, 3600000000, 3900000000, 4200000000, 4500000000], n(4105750000),
         ('q', [920400000, 545100000, 687300000, 834800000]), None, ''),
        ('S07', 'Jumlah omzet tenant sentra IKM', 'Rp', 2900000000,
         [3300000000, 3700000000, 4000000000, 4400000000, 4800000000, 5200000000], n(4620300000),
         ('q3', [1012500000, 578250000, 735400000, 884300000]), None, ''),
        ('S08', 'Jumlah pelaksanaan pelatihan teknis & manajemen', 'angkatan', 2, [3, 3, 4, 5, 4, 4], n(5),
         ('q', [1, 0, 0, 1]), None, ''),
        ('S09', 'Jumlah peserta pelatihan teknis & manajemen', 'orang', 50, [75, 75, 100, 125, 100, 100],
         n(131), ('q', [24, 0, 0, 24]), None, 'pelatihan daring TW IV'),
        ('S10', 'Jumlah IKM yang mendapat sertifikat halal', 'IKM', 2, [5, 8, 10, 12, 15, 15], n(15),
         ('q', [5, 3, 4, 6]), None, ''),
        ('S11', 'Jumlah IKM yg difasilitasi pendaftaran HKI (merek)', 'IKM', 3, [5, 8, 10, 10, 10, 10], n(12),
         ('q', [2, 2, 2, 3]), None, ''),
        ('S12b', 'Jumlah IKM yg difasilitasi perizinan berusaha (NIB / SPP-IRT)', 'IKM', '-',
         ['-', '-', '-', '-', 20, 20], nul('-'), ('q', [5, 7, 6, 8]), None, 'indikator baru (OSS-RBA)'),
        ('S13', 'Jumlah penyerapan tenaga kerja pada sentra IKM', 'orang', 110, [120, 135, 150, 170, 200, 210],
         n(182), n(171), None, ''),
        ('S14', 'Persentase IKM yang menerapkan SNI / CPPB', '%', pc(10), [12, 15, 20, 25, 30, 35], pc(26.67),
         pc(29.79), None, ''),
        ('S16', 'Jumlah kerjasama pemasaran (kontrak dagang)', 'kontrak', '-', ['-', '-', 2, 3, 4, 4], n(4),
         ('q', [1, 0, 0, 1]), None, ''),
        ('S17', 'Pendapatan retribusi pemakaian kekayaan daerah (sewa los)', 'Rp', 60000000,
         [72000000, 84000000, 96000000, 105600000, 124800000, 129600000], n(108000000),
         ('q', [31200000, 12600000, 18000000, 22800000]), None, 'keringanan sewa Covid-19 TW II'),
        ('S19', 'Jumlah IKM yang memasarkan produk secara daring (online)', 'IKM', '-',
         ['-', '-', '-', '-', 15, 25], nul('-'), ('q', [3, 8, 6, 6]), None, 'indikator baru'),
        ('S20', 'Jumlah promosi & pameran produk IKM', 'kali', 2, [3, 3, 4, 5, 4, 4], n(5), ('q', [1, 0, 0, 0]),
         None, 'pameran dibatalkan (Covid-19)'),
    ]
    r = 7
    for no, (sid, name, unit, awal, tg, r19, r20, qlev, ket) in enumerate(R, 1):
        put(ws, 'A%d' % r, no, h='center')
        put(ws, 'B%d' % r, name, wrap=True)
        put(ws, 'C%d' % r, unit, h='center')
        pct = unit == '%'
        put(ws, 'D%d' % r, awal if isinstance(awal, V) else (nul('-') if awal == '-' else n(awal)), h='right')
        tvals = []
        for i, x in enumerate(tg):
            if x == '-':
                v = nul('-')
            elif pct:
                v = pc(x)
            else:
                v = n(x)
            tvals.append(v)
            put(ws, '%s%d' % (CL(5 + i), r), v, h='right')
        put(ws, 'K%d' % r, r19, h='right')
        fmt = '#,##0'
        if isinstance(r20, tuple):
            kind, qs = r20
            for i, x in enumerate(qs):
                put(ws, '%s%d' % (CL(14 + i), r), x, fmt=fmt, h='right')
            if kind == 'q':
                put(ws, 'L%d' % r, '=SUM(N%d:Q%d)' % (r, r), fmt=fmt, h='right')
                real = sum(qs)
            else:
                put(ws, 'L%d' % r, '=SUM(N%d:P%d)' % (r, r), fmt=fmt, h='right')
                real = sum(qs[:3])
        else:
            put(ws, 'L%d' % r, r20, h='right')
            real = r20.key
            if qlev:
                for i, x in enumerate(qlev):
                    put(ws, '%s%d' % (CL(14 + i), r), x, fmt=fmt, h='right')
        put(ws, 'M%d' % r, '=IFERROR(ROUND(L%d/I%d*100,2),"-")' % (r, r), fmt='0.00', h='right')
        put(ws, 'R%d' % r, ket, wrap=True)
        K.add(S3, SH, 'B%d' % r, 2020, sid, name, tvals[4].key, real, [(SH, 'I%d' % r)], [(SH, 'L%d' % r)])
        r += 1
    box(ws, 'A4:R%d' % (r - 1))
    put(ws, 'B%d' % (r + 1), 'Catatan: sentra ditutup sementara April - Juni 2020 (pembatasan Covid-19); '
        'target 2020 mengikuti Renstra perubahan.', italic=True, wrap=False)
    put(ws, 'B%d' % (r + 2), 'Sumber: pendataan tenant dan laporan keuangan UPTD.', italic=True, wrap=False)
    signature(ws, 'L', r + 4, 'Lembah Randu, 15 Januari 2021', ['Kepala UPTD Sentra IKM,'], *KEPALA2,
              merge_to='O')
    wb.save(raw_path(SLUG, S3))
    K.file(S3)


# ---------------------------------------------------------------- 2021: weighted score sheet
def book_s4():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Nilai Kinerja 2021'
    SH = ws.title
    widths(ws, {'A': 5, 'B': 26, 'C': 44, 'D': 9, 'E': 9, 'F': 18, 'G': 18, 'H': 11, 'I': 11, 'J': 12})
    merge(ws, 'A1:J1', 'LEMBAR PENILAIAN KINERJA UPTD', bold=True, h='center', size=12)
    merge(ws, 'A2:J2', 'UPTD SENTRA INDUSTRI KECIL DAN MENENGAH KABUPATEN LEMBAH RANDU', bold=True, h='center')
    merge(ws, 'A3:J3', 'TAHUN 2021', bold=True, h='center')
    hdr = ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Bobot (%)', 'Target', 'Realisasi', 'Capaian (%)',
           'Capaian Maks. 120 %', 'Nilai (Bobot x Capaian)']
    for i, t in enumerate(hdr):
        put(ws, '%s5' % CL(i + 1), t, bold=True, h='center', fill=GREY, wrap=True)
    for i, t in enumerate(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8) = (7)/(6)x100',
                           '(9)', '(10) = (5)x(9)/100']):
        put(ws, '%s6' % CL(i + 1), t, italic=True, h='center', wrap=True)
    # sid, name (letter added), unit, bobot, target, realisasi
    groups = [
        (SS1, [
            ('S01', 'Jumlah tenant aktif yang menempati los', 'tenant', 8, n(54), n(56)),
            ('S02', 'Tingkat okupansi los (%)', '%', 10, pc(90), pc(91.67)),
            ('S04', 'Jumlah tenant baru', 'tenant', 5, n(6), n(11)),
            ('S13', 'Tenaga kerja terserap', 'orang', 5, n(210), n(224)),
        ]),
        (SS2, [
            ('S06', 'Nilai produksi', 'Rp', 8, tx('Rp 3.500.000.000', 3500000000),
             tx('Rp 3.844.150.000', 3844150000)),
            ('S07', 'Omset', 'Rp', 10, n(4000000000), n(4377900000)),
            ('S14', '% IKM menerapkan standar mutu produk', '%', 6, pc(35), pc(37.5)),
            ('S12b', 'Jumlah IKM difasilitasi perizinan (NIB)', 'IKM', 5, n(20), n(31)),
            ('S23', 'Jumlah IKM difasilitasi sertifikasi (halal, merek, SNI)', 'IKM', 6, n(25), n(29)),
            ('S22', 'Jumlah IKM naik kelas', 'IKM', 5, n(3), n(4)),
        ]),
        (SS3, [
            ('S08', 'Frekuensi pelatihan', 'angkatan', 4, n(4), n(5)),
            ('S09', 'Jumlah peserta pelatihan', 'orang', 5, n(100), n(122)),
            ('S16', 'Jumlah kemitraan pemasaran', 'kontrak', 5, n(4), n(6)),
            ('S19', 'Jumlah IKM pemasaran online / e-commerce', 'IKM', 4, n(25), n(34)),
            ('S20', 'Jumlah pameran yg diikuti', 'kali', 2, n(4), n(3)),
            'HIDDEN',
            ('S21', 'Indeks kepuasan tenant thd pelayanan UPTD', 'predikat', 4, nul('B'), nul('B')),
        ]),
        (SS4, [
            ('S17', 'Retribusi sewa los', 'Rp', 8, n(129600000), n(134400000)),
        ]),
    ]
    letters = 'abcdefghijklmnopqrstuvwxyz'
    r = 7
    k = 0
    no = 0
    first = r
    for ss, items in groups:
        r0 = r
        no += 1
        for it in items:
            if it == 'HIDDEN':   # draft row of a dropped indicator, hidden (not a key row)
                put(ws, 'C%d' % r, 'Jumlah pengunjung sentra IKM', wrap=True)
                put(ws, 'D%d' % r, 'orang')
                put(ws, 'E%d' % r, 0)
                put(ws, 'F%d' % r, 15000, fmt='#,##0')
                put(ws, 'G%d' % r, 9870, fmt='#,##0')
                ws.row_dimensions[r].hidden = True
                r += 1
                continue
            sid, name, unit, bobot, t, re_ = it
            name = '%s) %s' % (letters[k], name)
            k += 1
            put(ws, 'C%d' % r, name, wrap=True)
            put(ws, 'D%d' % r, unit, h='center')
            put(ws, 'E%d' % r, bobot, fmt='0', h='center')
            put(ws, 'F%d' % r, t, h='right')
            put(ws, 'G%d' % r, re_, h='right')
            if isinstance(t.content, (int, float)) and isinstance(re_.content, (int, float)):
                put(ws, 'H%d' % r, '=ROUND(G%d/F%d*100,2)' % (r, r), fmt='0.00', h='right')
            elif t.key is None:
                put(ws, 'H%d' % r, 100, fmt='0.00', h='right')
            else:
                put(ws, 'H%d' % r, round(re_.key / t.key * 100, 2), fmt='0.00', h='right')
            put(ws, 'I%d' % r, '=MIN(H%d,120)' % r, fmt='0.00', h='right')
            put(ws, 'J%d' % r, '=ROUND(E%d*I%d/100,2)' % (r, r), fmt='0.00', h='right')
            K.add(S4, SH, 'C%d' % r, 2021, sid, name, t.key, re_.key, [(SH, 'F%d' % r)], [(SH, 'G%d' % r)])
            r += 1
        merge(ws, 'A%d:A%d' % (r0, r - 1), no, h='center', v='top')
        merge(ws, 'B%d:B%d' % (r0, r - 1), ss, wrap=True, v='top')
    last = r - 1
    merge(ws, 'A%d:D%d' % (r, r), 'Jumlah', bold=True, h='center')
    put(ws, 'E%d' % r, '=SUM(E%d:E%d)' % (first, last), fmt='0', bold=True, h='center')
    put(ws, 'J%d' % r, '=SUM(J%d:J%d)' % (first, last), fmt='0.00', bold=True)
    merge(ws, 'A%d:I%d' % (r + 1, r + 1), 'NILAI KINERJA UPTD', bold=True, h='right')
    put(ws, 'J%d' % (r + 1), '=J%d' % r, fmt='0.00', bold=True)
    merge(ws, 'A%d:I%d' % (r + 2, r + 2), 'PREDIKAT', bold=True, h='right')
    put(ws, 'J%d' % (r + 2), '=IF(J%d>90,"Sangat Baik",IF(J%d>75,"Baik",IF(J%d>65,"Cukup","Kurang")))'
        % (r + 1, r + 1, r + 1), bold=True)
    box(ws, 'A5:J%d' % (r + 2))
    put(ws, 'B%d' % (r + 4), 'Keterangan: capaian di atas 120 % dihitung 120 %; predikat tenant berupa huruf '
        '(hasil survei) dinilai 100 %.', italic=True, wrap=False)
    put(ws, 'B%d' % (r + 5), 'Okupansi = tenant aktif / jumlah los (60 los) x 100 %.', italic=True, wrap=False)
    rs = r + 7
    signature(ws, 'B', rs, 'Mengetahui,', ['Kepala Dinas Perindustrian dan Perdagangan', 'Kabupaten Lembah Randu,'],
              'Drs. HENDRA WIJAYAKUSUMA, M.Si', 'Pembina Utama Muda (IV/c)', 'NIP. 19680730 199403 1 006')
    signature(ws, 'G', rs, 'Lembah Randu, 12 Januari 2022', ['Kepala UPTD Sentra IKM,', ''], *KEPALA2,
              merge_to='J')
    wb.save(raw_path(SLUG, S4))
    K.file(S4)


if __name__ == '__main__':
    book_s1()
    book_s2()
    book_s3()
    book_s4()
    K.save()
