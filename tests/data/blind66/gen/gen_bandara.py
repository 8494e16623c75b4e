"""Agency 1: UPTD Bandar Udara Pulau Kenari (bandara perintis), Dinas Perhubungan Provinsi Selat Lontar.
Years 2019-2022.  Everything invented.

Files
  B1 'PK dan Rekap Bulanan UPTD Bandara 2019-2020.xls'  sheets 'PK 2019', 'Rekap Bulanan 2020',
     hidden 'Rekap 2020 (lama)', 'Catatan'
  B2 'LKjIP 2021 Bab III - Tabel Capaian.xlsx'          sheets 'Bab III', 'Tabel 3.1', 'Tabel 3.2', 'Tabel 3.3'
  B3 'Capaian Kinerja UPTD Bandara 2022.ods'             sheets 'Capaian 2022' (two tables side by side),
     hidden 'bantu'
"""
from common import *

SLUG = 'uptd_bandara_prov_selat_lontar'
AGENCY = ('UPTD Bandar Udara Pulau Kenari, Dinas Perhubungan Provinsi Selat Lontar '
          '(bandar udara perintis)')
YEARS = [2019, 2020, 2021, 2022]
FLOWS = ['A01', 'A02', 'A03', 'A04', 'A06', 'A09', 'A12', 'A16', 'A20', 'A21']
AMBIG = [['A07', 'A07b']]
K = Key(SLUG, AGENCY, YEARS, AMBIG, FLOWS)

B1 = 'PK dan Rekap Bulanan UPTD Bandara 2019-2020.xls'
B2 = 'LKjIP 2021 Bab III - Tabel Capaian.xlsx'
B3 = 'Capaian Kinerja UPTD Bandara 2022.ods'

KEPALA = ('ADRIANUS K. MANEK, S.T., M.T.', 'Pembina (IV/a)', 'NIP. 19740312 200003 1 005')
SS1 = 'Meningkatnya kualitas pelayanan jasa kebandarudaraan'
SS2 = 'Meningkatnya keselamatan dan keamanan penerbangan'
SS3 = 'Meningkatnya akuntabilitas kinerja UPTD'


# ---------------------------------------------------------------- 2019: annual PK
def sheet_pk2019(wb):
    ws = wb.create_sheet('PK 2019')
    widths(ws, {'A': 5, 'B': 28, 'C': 46, 'D': 10, 'E': 16, 'F': 16, 'G': 17, 'H': 11, 'I': 24})
    for i, t in enumerate(['PENGUKURAN KINERJA', 'UPTD BANDAR UDARA PULAU KENARI',
                           'DINAS PERHUBUNGAN PROVINSI SELAT LONTAR', 'TAHUN ANGGARAN 2019'], 1):
        merge(ws, 'A%d:I%d' % (i, i), t, bold=True, h='center', size=12)
    merge(ws, 'A6:A7', 'No', bold=True, h='center', fill=GREY)
    merge(ws, 'B6:B7', 'Sasaran Strategis', bold=True, h='center', fill=GREY)
    merge(ws, 'C6:C7', 'Indikator Kinerja', bold=True, h='center', fill=GREY)
    merge(ws, 'D6:D7', 'Satuan', bold=True, h='center', fill=GREY)
    merge(ws, 'E6:F6', 'Target', bold=True, h='center', fill=GREY)
    put(ws, 'E7', 'PK Awal', bold=True, h='center', fill=GREY)
    put(ws, 'F7', 'PK Perubahan', bold=True, h='center', fill=GREY)
    merge(ws, 'G6:G7', 'Realisasi', bold=True, h='center', fill=GREY)
    merge(ws, 'H6:H7', 'Capaian (%)', bold=True, h='center', fill=GREY)
    merge(ws, 'I6:I7', 'Keterangan', bold=True, h='center', fill=GREY)
    for i, c in enumerate('ABCDEFGHI', 1):
        put(ws, '%s8' % c, '(%d)' % i, h='center', italic=True)
    # sid, name, unit, PK awal, PK perubahan, realisasi, capaian(typed or None -> formula), ket
    S1 = [
        ('A03', 'Jumlah penumpang datang & berangkat', 'orang', n(18500), n(18500), n(18212), None, ''),
        ('A04', 'Jumlah pergerakan pesawat (take off - landing)', 'pergerakan', n(936), n(9360), n(918),
         None, 'PK Perubahan'),
        ('A05', 'Prosentase ketepatan waktu penerbangan (On Time Performance)', '%', pc(85), pc(85),
         pc(87.6), None, ''),
        ('A06', 'Jumlah kargo yang dilayani (kg)', 'kg', n(40000), n(42000), tx('39.870 kg', 39870),
         94.93, ''),
        ('A09', 'Pendapatan Asli Daerah (PAD) dari jasa kebandarudaraan', 'Rupiah',
         tx('Rp 1.100.000.000', 1100000000), tx('Rp 950.000.000', 950000000),
         tx('Rp 871.450.000', 871450000), 91.73, 'target diturunkan pd PK Perubahan'),
        ('A10', 'Jumlah rute penerbangan perintis yang dilayani', 'rute', n(4), n(4), n(4), None, ''),
        ('A14', 'Indeks Kepuasan Masyarakat (IKM) pengguna jasa bandar udara', 'nilai', n(78), n(78),
         tx('80,12', 80.12), 102.72, 'survei semester II'),
    ]
    S2 = [
        ('A07', 'Persentase fasilitas sisi udara yang laik operasi', '%', pc(90), pc(90), pc(92.5), None, ''),
        ('A08', 'Persentase fasilitas sisi darat yang laik operasi', '%', pc(85), pc(85), pc(86.2), None, ''),
        ('A11', 'Persentase pemenuhan standar keselamatan penerbangan', '%', n(100), n(100), n(95), None,
         'hasil inspeksi Ditjen Hubud'),
        ('A12', 'Jumlah kejadian kecelakaan / insiden penerbangan di bandara', 'kejadian', n(0, ACC),
         n(0, ACC), n(0, ACC), '-', 'nihil'),
        ('A13', 'Persentase personel bandara yang memiliki lisensi / sertifikat kompetensi', '%', pc(80),
         pc(80), pc(78.26), None, ''),
        ('A15', 'Tingkat ketersediaan peralatan navigasi dan ', '%', tx('95 %', 95), tx('95 %', 95),
         tx('96,4 %', 96.4), 101.47, ''),
        ('cont', 'alat bantu pendaratan visual (AFL)'),
        ('A16', 'Jumlah latihan penanggulangan keadaan darurat (PKD)', 'kali', n(4), n(4), n(4), None, ''),
        ('A17', 'Waktu tanggap (response time) unit PKP-PK', 'menit', tx('\u2264 3 menit', 3),
         tx('\u2264 3 menit', 3), tx('2,5 menit', 2.5), 116.67, 'indikator negatif'),
        ('A21', 'Jumlah sosialisasi Kawasan Keselamatan Operasi Penerbangan (KKOP)', 'kali', n(2), n(2),
         n(2), None, ''),
        ('A22', 'Panjang landas pacu (runway) dalam kondisi baik', 'meter', n(1400), n(1400),
         tx('1.400 m', 1400), 100, ''),
    ]
    S3 = [
        ('A19', 'Nilai evaluasi SAKIP UPTD', 'predikat', nul('B'), nul('B'), nul('B'), 100, 'LHE Inspektorat'),
    ]
    r = 9
    no = 0
    for ss, items in ((SS1, S1), (SS2, S2), (SS3, S3)):
        r0 = r
        for it in items:
            if it[0] == 'cont':           # wrapped name typed on a second row
                put(ws, 'C%d' % r, it[1], wrap=True)
                r += 1
                continue
            sid, name, unit, awal, perub, real, cap, ket = it
            no += 1
            put(ws, 'A%d' % r, no, h='center')
            put(ws, 'C%d' % r, name, wrap=True)
            put(ws, 'D%d' % r, unit, h='center')
            put(ws, 'E%d' % r, awal, h='right')
            put(ws, 'F%d' % r, perub, h='right')
            put(ws, 'G%d' % r, real, h='right')
            if cap is None:
                put(ws, 'H%d' % r, '=IFERROR(ROUND(G%d/F%d*100,2),"-")' % (r, r), fmt='0.00', h='right')
            else:
                put(ws, 'H%d' % r, cap, fmt='0.00', h='right')
            put(ws, 'I%d' % r, ket)
            K.add(B1, 'PK 2019', 'C%d' % r, 2019, sid, name, perub.key, real.key,
                  [('PK 2019', 'F%d' % r)], [('PK 2019', 'G%d' % r)])
            r += 1
        merge(ws, 'B%d:B%d' % (r0, r - 1), ss, wrap=True, v='top')
    box(ws, 'A6:I%d' % (r - 1))
    r += 1
    put(ws, 'B%d' % r, 'Jumlah Anggaran Tahun 2019', wrap=False)
    put(ws, 'C%d' % r, ': Rp. 2.314.560.000,-', wrap=False)
    put(ws, 'B%d' % (r + 1), 'Jumlah Realisasi Anggaran Tahun 2019', wrap=False)
    put(ws, 'C%d' % (r + 1), ': Rp. 2.101.337.250,-', wrap=False)
    signature(ws, 'G', r + 3, 'Pulau Kenari, 31 Desember 2019',
              ['Kepala UPTD Bandar Udara Pulau Kenari,'], *KEPALA, merge_to='I')


# ---------------------------------------------------------------- 2020: monthly recap, turned over
MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
          'Oktober', 'November', 'Desember']


def sheet_rekap2020(wb):
    ws = wb.create_sheet('Rekap Bulanan 2020')
    D = None
    # (sid, header name, target V, monthly list of V/None)
    def nums(lst, fmt='#,##0', dash_zero=False):
        out = []
        for x in lst:
            if x is None:
                out.append(None)
            elif dash_zero and x == 0:
                out.append(nul('-'))
            else:
                out.append(n(x, fmt))
        return out
    cols = [
        ('A01', 'PENUMPANG DATANG\n(ORANG)', n(9400),
         nums([820, 760, 540, 0, 0, 95, 260, 330, 310, 340, 320, 352], dash_zero=True)),
        ('A02', 'PENUMPANG BERANGKAT\n(ORANG)', n(9600),
         nums([845, 790, 560, 0, 0, 110, 270, 340, 325, 352, 338, 372], dash_zero=True)),
        ('A04', 'Pergerakan Pesawat\n(take off/landing)', n(940),
         nums([92, 86, 64, 0, 0, 12, 36, 44, 42, 46, 44, 46], dash_zero=True)),
        ('A05', 'On Time Performance / OTP (%)', tx('85 %', 85),
         nums([84.8, 86.1, 88.0, None, None, 90.5, 89.7, 91.0, 90.2, 92.4, 90.8, 91.2], '0.0')),
        ('A06', 'Kargo (kg)', n(45000),
         nums([2510, 2380, 1905, 620, 585, 1240, 1610, 1880, 1935, 2150, 2205, 2435])),
        ('A09', 'PAD Jasa Kebandarudaraan (Rp)', n(1000000000),
         nums([61250000, 57400000, 41800000, 3150000, 2980000, 12450000, 24600000, 31250000,
               30100000, 45500000, 48300000, 53600500])),
        ('A10', 'Rute yg dilayani', n(4), nums([4, 4, 4, 0, 0, 2, 3, 3, 3, 3, 3, 3], ACC)),
        ('A07', 'Fasilitas sisi udara laik operasi (%)', n(90),
         nums([92, 92, 91, 90, 90, 89, 89, 88, 88, 88, 88, 88], '0.0')),
        ('A08', 'Fasilitas sisi darat laik operasi (%)', n(85),
         nums([86, 86, 86, 85, 85, 85, 84, 84, 84, 84, 84, 84], '0.0')),
        ('A11', 'Pemenuhan standar keselamatan (%)', n(100),
         nums([None, None, 95, None, None, None, None, None, 97.5, None, None, None], '0.0')),
        ('A12', 'Insiden / kecelakaan (kejadian)', n(0, ACC),
         nums([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0], ACC)),
        ('A13', 'Personel berlisensi (%)', pc(85),
         [None, None, pc(78.3), None, None, pc(80), None, None, pc(80), None, None, pc(82.6)]),
        ('A14', 'IKM pengguna jasa (nilai)', n(78),
         nums([None, None, None, None, None, 79.2, None, None, None, None, None, 81.5], '0.00')),
        ('A15', 'Availability peralatan navigasi & AFL (%)', n(95),
         nums([96.5, 96.8, 97.1, 95.0, 95.0, 96.2, 96.9, 97.3, 97.0, 96.8, 97.1, 97.0], '0.0')),
        ('A16', 'Latihan PKD / PKP-PK (kali)', n(4),
         nums([None, 1, None, None, None, None, None, None, None, None, 1, None])),
        ('A17', 'Response time PKP-PK (menit)', tx('\u2264 3', 3),
         [None, tx('3,1', 3.1), None, None, None, None, None, None, None, None, tx('2,8', 2.8), None]),
        ('A21', 'Sosialisasi KKOP (kali)', n(2),
         nums([None, None, None, None, None, None, None, 1, None, None, None, None])),
        ('A22', 'Runway kondisi baik (m)', n(1600),
         nums([1400] * 9 + [1600] * 3)),
    ]
    last = CL(1 + len(cols))
    widths(ws, {'A': 14})
    for i in range(len(cols)):
        ws.column_dimensions[CL(2 + i)].width = 13
    merge(ws, 'A1:%s1' % last, 'REKAPITULASI DATA KINERJA BULANAN UPTD BANDAR UDARA PULAU KENARI',
          bold=True, h='center', size=12)
    merge(ws, 'A2:%s2' % last, 'TAHUN 2020', bold=True, h='center')
    merge(ws, 'A3:%s3' % last, '(lalu lintas angkutan udara dan kinerja pelayanan)', italic=True, h='center')
    put(ws, 'A5', 'Bulan', bold=True, h='center', fill=GREY)
    put(ws, 'A6', 'Target 2020', bold=True, fill=YELLOW)
    for m, name in enumerate(MONTHS):
        put(ws, 'A%d' % (7 + m), name)
    ws.row_dimensions[5].height = 62
    for i, (sid, name, tgt, months) in enumerate(cols):
        c = CL(2 + i)
        put(ws, '%s5' % c, name, bold=True, h='center', wrap=True, fill=GREY)
        put(ws, '%s6' % c, tgt, h='right', fill=YELLOW)
        for m, val in enumerate(months):
            if val is not None:
                put(ws, '%s%d' % (c, 7 + m), val, h='right')
        reported = [v.key for v in months if v is not None]
        if sid in K.flows:
            real = sum(x for x in reported if x is not None)
        else:
            real = [x for x in reported if x is not None][-1]
        K.add(B1, 'Rekap Bulanan 2020', '%s5' % c, 2020, sid, name, tgt.key, real,
              [('Rekap Bulanan 2020', '%s6' % c)],
              [('Rekap Bulanan 2020', '%s%d' % (c, 7 + m)) for m in range(12)],
              ragg=K.period_agg(sid))
    box(ws, 'A5:%s18' % last)
    put(ws, 'A20', 'Keterangan :', bold=True, wrap=False)
    notes = ['- April s.d. Mei 2020 bandara tidak melayani penerbangan penumpang (pembatasan Covid-19);'
             ' hanya penerbangan kargo dan medevac.',
             '- OTP dihitung oleh Unit AMC dari jadwal vs realisasi block-on; IKM dari survei semester.',
             '- Data bulan Desember 2020 angka sementara (belum rekonsiliasi dengan maskapai).']
    for i, t in enumerate(notes):
        put(ws, 'B%d' % (21 + i), t, wrap=False)
    signature(ws, CL(len(cols) - 3), 26, 'Pulau Kenari, 8 Januari 2021',
              ['Kepala UPTD Bandar Udara Pulau Kenari,'], *KEPALA)
    # an older draft of the same recap, hidden (not key rows)
    wd = wb.create_sheet('Rekap 2020 (lama)')
    put(wd, 'A1', 'REKAP BULANAN 2020 - DRAFT (JANGAN DIPAKAI)', bold=True, wrap=False)
    put(wd, 'A3', 'Bulan', bold=True)
    for i, (sid, name, tgt, months) in enumerate(cols[:8]):
        c = CL(2 + i)
        put(wd, '%s3' % c, name, bold=True)
        put(wd, '%s4' % c, tgt)
        for m in range(6):
            val = months[m]
            if val is not None and isinstance(val.content, (int, float)):
                put(wd, '%s%d' % (c, 5 + m), round(val.content * 1.07, 2))
    for m in range(6):
        put(wd, 'A%d' % (5 + m), MONTHS[m])
    put(wd, 'A4', 'Target')
    wd.sheet_state = 'hidden'


def sheet_catatan_b1(wb):
    ws = wb.create_sheet('Catatan')
    widths(ws, {'A': 100})
    for i, t in enumerate([
            'CATATAN PENYUSUNAN',
            '1. Sheet "PK 2019" disalin dari dokumen Perjanjian Kinerja 2019 yang telah ditandatangani,'
            ' kolom PK Perubahan sesuai adendum bulan Agustus 2019.',
            '2. Sheet "Rekap Bulanan 2020" diisi oleh Seksi Pelayanan dan Operasional setiap tanggal 5.',
            '3. Mulai tahun 2020 indikator jumlah penumpang dipisah menjadi penumpang datang dan berangkat.',
            '4. Angka PAD sesuai STS yang disetor ke Kas Daerah.'], 1):
        put(ws, 'A%d' % i, t, bold=(i == 1), wrap=False)


def book_b1():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheet_pk2019(wb)
    sheet_rekap2020(wb)
    sheet_catatan_b1(wb)
    wb.save(raw_path(SLUG, B1))
    K.file(B1)


# ---------------------------------------------------------------- 2021: LKjIP ch. III tables over 3 sheets
def lkjip_sheet(wb, title, caption, rows, footnotes):
    ws = wb.create_sheet(title)
    widths(ws, {'A': 5, 'B': 46, 'C': 10, 'D': 12, 'E': 12, 'F': 15, 'G': 17, 'H': 11, 'I': 14, 'J': 15})
    put(ws, 'A1', title.replace('Tabel', 'Tabel'), bold=True, wrap=False)
    put(ws, 'A2', caption, bold=True, wrap=False)
    merge(ws, 'A4:A5', 'No', bold=True, h='center', fill=GREY)
    merge(ws, 'B4:B5', 'Indikator Kinerja', bold=True, h='center', fill=GREY)
    merge(ws, 'C4:C5', 'Satuan', bold=True, h='center', fill=GREY)
    merge(ws, 'D4:E4', 'Realisasi', bold=True, h='center', fill=GREY)
    put(ws, 'D5', '2019', bold=True, h='center', fill=GREY)
    put(ws, 'E5', '2020', bold=True, h='center', fill=GREY)
    merge(ws, 'F4:H4', 'Tahun 2021', bold=True, h='center', fill=GREY)
    put(ws, 'F5', 'Target', bold=True, h='center', fill=GREY)
    put(ws, 'G5', 'Realisasi', bold=True, h='center', fill=GREY)
    put(ws, 'H5', 'Capaian (%)', bold=True, h='center', fill=GREY)
    merge(ws, 'I4:I5', 'Target Akhir Renstra (2023)', bold=True, h='center', fill=GREY, wrap=True)
    merge(ws, 'J4:J5', 'Capaian s.d. 2021 thd Target Renstra (%)', bold=True, h='center', fill=GREY,
          wrap=True)
    for i, c in enumerate('ABCDEFGHIJ', 1):
        put(ws, '%s6' % c, i, h='center', italic=True)
    r = 7
    for no, (sid, name, unit, r19, r20, t, re_, ren, cap_typed) in enumerate(rows, 1):
        put(ws, 'A%d' % r, no, h='center')
        put(ws, 'B%d' % r, name, wrap=True)
        put(ws, 'C%d' % r, unit, h='center')
        put(ws, 'D%d' % r, r19, h='right')
        put(ws, 'E%d' % r, r20, h='right')
        put(ws, 'F%d' % r, t, h='right')
        put(ws, 'G%d' % r, re_, h='right')
        if cap_typed is None:
            put(ws, 'H%d' % r, '=IFERROR(ROUND(G%d/F%d*100,2),"-")' % (r, r), fmt='0.00', h='right')
        else:
            put(ws, 'H%d' % r, cap_typed, h='right')
        put(ws, 'I%d' % r, ren, h='right')
        put(ws, 'J%d' % r, '=IFERROR(ROUND(G%d/I%d*100,2),"-")' % (r, r), fmt='0.00', h='right')
        K.add(B2, title, 'B%d' % r, 2021, sid, name, t.key, re_.key, [(title, 'F%d' % r)], [(title, 'G%d' % r)])
        r += 1
    box(ws, 'A4:J%d' % (r - 1))
    r += 1
    for f in footnotes:
        put(ws, 'A%d' % r, f, italic=True, wrap=False)
        r += 1
    return ws, r


def book_b2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Bab III'
    widths(ws, {'A': 110})
    for i, t in enumerate([
            'BAB III', 'AKUNTABILITAS KINERJA', '',
            'A. CAPAIAN KINERJA ORGANISASI',
            'Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi indikator kinerja '
            'sasaran sebagaimana tercantum dalam Perjanjian Kinerja Tahun 2021.',
            'Capaian setiap sasaran disajikan pada Tabel 3.1 s.d. Tabel 3.3 berikut, disertai realisasi '
            'tahun 2019 dan 2020 sebagai pembanding serta target akhir Renstra 2019-2023.',
            'Secara umum lalu lintas penumpang tahun 2021 mulai pulih walaupun belum mencapai kondisi '
            'sebelum pandemi (18.212 penumpang pada tahun 2019).',
            '', 'B. REALISASI ANGGARAN',
            'Pagu anggaran UPTD tahun 2021 sebesar Rp 1.987.400.000 dengan realisasi '
            'Rp 1.842.116.300 (92,69 %).'], 1):
        put(ws, 'A%d' % i, t, bold=(i <= 4 or t.startswith('B.')), wrap=False)
    A = [
        ('A01', 'Jumlah Penumpang Datang', 'orang', n(9021), n(4127), n(5000), n(5436), n(9500), None),
        ('A02', 'Jumlah Penumpang Berangkat', 'orang', n(9191), n(4302), n(5000), n(5517), n(9700), None),
        ('A04', 'Jumlah Pergerakan Pesawat Udara', 'pergerakan', n(918), n(512), n(600), n(644), n(960), None),
        ('A05', 'Persentase Ketepatan Waktu Penerbangan', '%', pc(87.6), pc(91.2), pc(85), g(0.874),
         pc(90), None),
        ('A06', 'Jumlah Kargo dan Pos yang Dilayani', 'kg', n(39870), n(21455), n(30000), n(33612),
         n(48000), None),
        ('A09', 'Realisasi PAD dari Retribusi Jasa Kebandarudaraan', 'Rp', tx('Rp 871.450.000', 871450000),
         tx('Rp 412.380.500', 412380500), tx('Rp 600.000.000', 600000000),
         tx('Rp 655.120.000 *)', 655120000), tx('Rp 1.200.000.000', 1200000000), '109,19'),
        ('A10', 'Jumlah Rute Penerbangan yang Dilayani', 'rute', n(4), n(3), n(3), n(3), n(5), None),
        ('A14', 'Nilai Survei Kepuasan Masyarakat Pengguna Jasa Bandara', 'nilai', n(80.12), n(81.5),
         n(80), tx('82,40', 82.4), n(85), '103,00'),
        ('A20', 'Jumlah Penerbangan Non Reguler (Charter, Medevac, Extra Flight)', 'penerbangan',
         nul('-'), nul('-'), n(12), n(17), n(20), None),
        ('A18', 'Persentase Keluhan Pengguna Jasa yang Ditindaklanjuti', '%', nul('-'), nul('-'),
         pc(100), pc(100), pc(100), None),
    ]
    lkjip_sheet(wb, 'Tabel 3.1', 'Capaian Indikator Kinerja Sasaran 1: ' + SS1, A,
                ['*) angka sementara, menunggu rekonsiliasi dengan BPKAD Provinsi Selat Lontar',
                 'Sumber: laporan bulanan UPTD Bandar Udara Pulau Kenari (diolah)'])
    B = [
        ('A07b', 'Tingkat Kelaikan Fasilitas Bandar Udara', '%', nul('-'), nul('-'), pc(90), pc(91.4),
         pc(95), None),
        ('A11', 'Persentase Pemenuhan Standar Keselamatan dan Keamanan Penerbangan', '%', n(95), n(97.5),
         tx('100 %', 100), tx('100 %', 100), tx('100 %', 100), '100'),
        ('A12', 'Jumlah Kejadian Kecelakaan dan Insiden Penerbangan', 'kejadian', n(0), n(1), nul('-'),
         nul('-'), n(0), '-'),
        ('A13', 'Persentase Personel Bandar Udara Bersertifikat Kompetensi', '%', pc(78.26), pc(82.6),
         pc(85), pc(86.96), pc(95), None),
        ('A15', 'Persentase Ketersediaan Peralatan Navigasi Udara dan AFL', '%', n(96.4), n(97.0), n(95),
         n(98.1), n(98), None),
        ('A16', 'Jumlah Latihan Penanggulangan Keadaan Darurat', 'kali', n(4), n(2), n(4), n(4), n(4), None),
        ('A17', 'Waktu Tanggap PKP-PK', 'menit', tx('2,5', 2.5), tx('2,8', 2.8), tx('\u2264 3 menit', 3),
         tx('2,6 menit', 2.6), tx('\u2264 3 menit', 3), '113,33'),
        ('A22', 'Panjang Runway Dalam Kondisi Baik', 'meter', n(1400), n(1600), n(1600), n(1600), n(1800),
         None),
    ]
    lkjip_sheet(wb, 'Tabel 3.2', 'Capaian Indikator Kinerja Sasaran 2: ' + SS2, B,
                ['Catatan: indikator kelaikan fasilitas sejak 2021 mencakup sisi udara dan sisi darat.',
                 'Waktu tanggap merupakan indikator negatif (semakin kecil semakin baik).'])
    C = [
        ('A19', 'Nilai Hasil Evaluasi AKIP UPTD Bandar Udara', 'nilai', nul('B'), nul('-'), n(62.5),
         n(64.18), n(70), None),
    ]
    ws, r = lkjip_sheet(wb, 'Tabel 3.3', 'Capaian Indikator Kinerja Sasaran 3: ' + SS3, C,
                        ['Nilai 2019 berupa predikat (B); evaluasi 2020 tidak dilaksanakan.'])
    signature(ws, 'G', r + 2, 'Pulau Kenari, 14 Februari 2022', ['Kepala UPTD Bandar Udara Pulau Kenari,'],
              *KEPALA)
    wb.save(raw_path(SLUG, B2))
    K.file(B2)


# ---------------------------------------------------------------- 2022: two tables side by side
def book_b3():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Capaian 2022'
    widths(ws, {'A': 4, 'B': 38, 'C': 10, 'D': 14, 'E': 15, 'F': 9, 'G': 3,
                'H': 4, 'I': 38, 'J': 10, 'K': 14, 'L': 14, 'M': 9})
    merge(ws, 'A1:M1', 'LAPORAN CAPAIAN KINERJA TAHUN 2022', bold=True, h='center', size=12)
    merge(ws, 'A2:M2', 'UPTD BANDAR UDARA PULAU KENARI - DINAS PERHUBUNGAN PROVINSI SELAT LONTAR',
          bold=True, h='center')
    merge(ws, 'A3:M3', '(berdasarkan Perjanjian Kinerja Tahun 2022)', italic=True, h='center')
    for base in ('A', 'H'):
        b = CI(base)
        for i, t in enumerate(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']):
            put(ws, '%s5' % CL(b + i), t, bold=True, h='center', fill=GREY, wrap=True)
            put(ws, '%s6' % CL(b + i), '(%d)' % (i + 1), italic=True, h='center')
    merge(ws, 'A7:F7', 'I. ' + SS1, bold=True, fill=YELLOW)
    merge(ws, 'H7:M7', 'II. ' + SS2, bold=True, fill=YELLOW)
    # helper sheet with PAD per quarter; the realisasi formula forgets TW IV
    hb = wb.create_sheet('bantu')
    put(hb, 'A2', 'PAD per triwulan 2022 (STS)', bold=True, wrap=False)
    put(hb, 'A3', 'Triwulan', bold=True)
    put(hb, 'B3', 'Rp', bold=True)
    pad = [221450000, 238900000, 246125000, 256300000]
    for i, v in enumerate(pad):
        put(hb, 'A%d' % (4 + i), 'TW %s' % ['I', 'II', 'III', 'IV'][i])
        put(hb, 'B%d' % (4 + i), v, fmt='#,##0')
    put(hb, 'A8', 'Jumlah')
    put(hb, 'B8', '=SUM(B4:B7)', fmt='#,##0')
    hb.sheet_state = 'hidden'
    pad_wrong = sum(pad[:3])
    left = [
        ('A01', 'Jml. penumpang yg datang (orang)', 'orang', n(8000), n(8781)),
        ('A02', 'Jml. penumpang yg berangkat (orang)', 'orang', n(8200), n(8950)),
        ('A04', 'Jumlah pergerakan pesawat udara (aircraft movement)', 'pergerakan', n(880), n(902)),
        ('A05', 'Tingkat ketepatan waktu penerbangan (OTP)', '%', tx('\u2265 85 %', 85), pc(88.35)),
        ('A06', 'Volume kargo (kg)', 'kg', tx('40.000 kg', 40000), tx('44.108 kg', 44108)),
        ('A09', 'Jumlah PAD jasa kebandarudaraan (Rp)', 'Rp', tx('Rp 900.000.000', 900000000),
         fx('=SUM(bantu!B4:B6)', pad_wrong, '#,##0')),
        ('A10', 'Jumlah rute penerbangan (perintis & komersial) yang dilayani', 'rute', n(4), n(4)),
        ('A14', 'Indeks kepuasan pengguna jasa bandar udara', 'predikat', nul('B'), nul('A')),
        ('A18', 'Persentase pengaduan pengguna jasa yang ditindaklanjuti', '%', pc(100), pc(95.65)),
        ('A20', 'Jumlah penerbangan tidak berjadwal (charter/medevac/extra flight)', 'penerbangan',
         n(15), n(21)),
    ]
    right = [
        ('A07b', 'Persentase kelaikan fasilitas bandar udara (sisi udara & sisi darat)', '%', pc(92),
         pc(93.75)),
        ('A11', 'Prosentase pemenuhan standar keselamatan & keamanan penerbangan', '%', n(100), n(98)),
        ('A12', 'Jumlah insiden & kecelakaan penerbangan di wilayah bandara', 'kejadian', n(0, ACC),
         n(0, ACC)),
        ('A13', 'Persentase SDM bandara yg bersertifikat kompetensi', '%', tx('90 - 95 %', 90), pc(91.3)),
        ('A15', 'Tingkat kesiapan peralatan navigasi dan alat bantu pendaratan visual (AFL)', '%', n(95),
         n(97.25)),
        ('A16', 'Jumlah pelaksanaan latihan PKD & PKP-PK', 'kali', n(4), n(5)),
        ('A17', 'Rata - rata waktu tanggap (response time) PKP-PK', 'menit', tx('\u2264 3 menit', 3),
         tx('2,4 menit', 2.4)),
        'III. ' + SS3,
        ('A19', 'Nilai AKIP', 'nilai', n(65), nul('BB')),
    ]

    def block(items, base, r):
        b = CI(base)
        no = 0
        for it in items:
            if isinstance(it, str):
                merge(ws, '%s%d:%s%d' % (CL(b), r, CL(b + 5), r), it, bold=True, fill=YELLOW)
                r += 1
                continue
            sid, name, unit, t, re_ = it
            no += 1
            c = [CL(b + i) for i in range(6)]
            put(ws, '%s%d' % (c[0], r), no, h='center')
            put(ws, '%s%d' % (c[1], r), name, wrap=True)
            put(ws, '%s%d' % (c[2], r), unit, h='center')
            put(ws, '%s%d' % (c[3], r), t, h='right')
            put(ws, '%s%d' % (c[4], r), re_, h='right')
            put(ws, '%s%d' % (c[5], r), '=IFERROR(ROUND(%s%d/%s%d*100,2),"-")' % (c[4], r, c[3], r),
                fmt='0.00', h='right')
            K.add(B3, 'Capaian 2022', '%s%d' % (c[1], r), 2022, sid, name, t.key, re_.key,
                  [('Capaian 2022', '%s%d' % (c[3], r))], [('Capaian 2022', '%s%d' % (c[4], r))])
            r += 1
        return r
    rl = block(left, 'A', 8)
    rr = block(right, 'H', 8)
    box(ws, 'A5:F%d' % (rl - 1))
    box(ws, 'H5:M%d' % (rr - 1))
    r = max(rl, rr) + 1
    put(ws, 'A%d' % r, 'Catatan:', bold=True, wrap=False)
    put(ws, 'B%d' % (r + 1), '- Realisasi PAD berdasarkan STS s.d. Desember 2022 (lembar bantu).', wrap=False)
    put(ws, 'B%d' % (r + 2), '- Indeks kepuasan dan nilai AKIP dinyatakan dalam predikat hasil survei / LHE.',
        wrap=False)
    signature(ws, 'I', r + 4, 'Pulau Kenari, 20 Januari 2023', ['Kepala UPTD Bandar Udara Pulau Kenari,'],
              *KEPALA, merge_to='L')
    wb.save(raw_path(SLUG, B3))
    K.file(B3)


if __name__ == '__main__':
    book_b1()
    book_b2()
    book_b3()
    K.save()
