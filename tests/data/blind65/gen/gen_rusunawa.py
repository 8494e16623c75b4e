"""Agency 1: UPTD Rusunawa "Sarai Indah", Kota Lembah Sarai (invented), 2020-2023."""
from common import *

A = Agency(
    slug='uptd_rusunawa_kota_lembah_sarai',
    name='UPTD Rumah Susun Sederhana Sewa (Rusunawa) "Sarai Indah", Dinas Perumahan Rakyat dan '
         'Kawasan Permukiman, Kota Lembah Sarai',
    years=[2020, 2021, 2022, 2023],
    flow_ids=['A04', 'A05', 'A10', 'A12', 'A13', 'A14', 'A16', 'A17', 'A17b', 'A18', 'A22'],
    ambiguous=[['A17', 'A17b']],
    lookalikes=[['A01', 'A02'], ['A03', 'A04'], ['A05', 'A06']],
)
NEG = {'A07', 'A08', 'A09', 'A22'}

S1 = 'Meningkatnya keterhunian dan ketertiban hunian rusunawa'
S2 = 'Meningkatnya pendapatan retribusi sewa rusunawa'
S3 = 'Meningkatnya kualitas pelayanan dan kelayakan bangunan rusunawa'
S4 = 'Meningkatnya akuntabilitas kinerja UPTD'

KEPALA_1 = ['Kepala UPTD Rusunawa,', None, None, None, 'HENDRA SAPUTRO WIBISONO, S.T., M.T.',
            'Penata Tingkat I', 'NIP. 19780614 200501 1 008']


def cap_formula(t, r, neg, xls=True):
    if neg:
        return '=IF(AND(ISNUMBER(%s),ISNUMBER(%s)),(2*%s-%s)/%s*100,"-")' % (t, r, t, r, t)
    return '=IF(AND(ISNUMBER(%s),ISNUMBER(%s)),%s/%s*100,"-")' % (t, r, r, t)


# =====================================================================================
# Workbook 1 (.xls): PK 2020 + Rencana Aksi 2021
# =====================================================================================
def pk_2020(book):
    ws = book.sheet('PK 2020')
    widths(ws, {'A': 5, 'B': 30, 'C': 46, 'D': 10, 'E': 16, 'F': 16, 'G': 12, 'H': 18})
    title(ws, 1, 'PENGUKURAN KINERJA', 'H')
    title(ws, 2, 'UPTD RUMAH SUSUN SEDERHANA SEWA (RUSUNAWA) "SARAI INDAH"', 'H')
    title(ws, 3, 'DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN KOTA LEMBAH SARAI', 'H')
    title(ws, 4, 'TAHUN 2020', 'H')
    put(ws, 'A6', 'Kota')
    put(ws, 'C6', ': Lembah Sarai')
    put(ws, 'A7', 'Nama UPTD')
    put(ws, 'C7', ': UPTD Rusunawa "Sarai Indah"')
    # header: rows 9-11
    merge(ws, 'A9:A10', 'No')
    merge(ws, 'B9:B10', 'Sasaran Strategis')
    merge(ws, 'C9:C10', 'Indikator Kinerja')
    merge(ws, 'D9:D10', 'Satuan')
    merge(ws, 'E9:G9', 'Tahun 2020')
    put(ws, 'E10', 'Target')
    put(ws, 'F10', 'Realisasi')
    put(ws, 'G10', 'Capaian (%)')
    merge(ws, 'H9:H10', 'Keterangan')
    for i, t in enumerate(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)']):
        put(ws, '%s11' % L(i + 1), t)
    header(ws, 'A9:H11')

    rows = [
        (S1, 'A01', 'Tingkat hunian rusunawa', '%', P(90, '0%'), P(87.76)),
        (S1, 'A02', 'Jumlah unit hunian yang terisi', 'unit', N(346), N(337)),
        (S1, 'A03', 'Jumlah penghuni rusunawa', 'jiwa', N(1250, RP), N(1198, RP)),
        (S1, 'DRAFT', 'Jumlah penghuni rusunawa (data TW III)', 'jiwa', N(1250, RP), N(1187, RP)),
        (S1, 'A04', 'Jumlah penghuni baru', 'KK', N(60), N(54)),
        (S1, 'A15', 'Prosentase penghuni dari kelompok MBR', '%', P(95, '0%'), P(96.8, '0.0%')),
        (S1, 'A12', 'Jumlah perjanjian sewa yang diterbitkan / diperpanjang', 'dokumen', N(1350, RP), N(141)),
        (S1, 'A13', 'Sosialisasi tata tertib penghuni', 'kali', N(4), N(4)),
        (S2, 'A05', 'Penerimaan retribusi sewa rusunawa', 'Rp', N(1152000000, RP), N(1087530000, RP)),
        (S2, 'A06', 'Prosentase capaian target retribusi sewa', '%', P(100, '0%'), P(94.40)),
        (S2, 'A07', 'Jumlah tunggakan retribusi sewa', 'Rp', N(95000000, RP), N(112450000, RP)),
        (S2, 'A08', 'Prosentase penghuni yg menunggak sewa > 3 bulan', '%', P(8, '0%'), P(11.2, '0.0%')),
        (S3, 'A09', 'Rata-rata waktu tindak lanjut pengaduan penghuni', 'hari', N(3), N(3.4, '0.0')),
        (S3, 'A10', 'Jumlah pengaduan penghuni yang ditindaklanjuti', 'laporan', N(150), N(163)),
        (S3, 'A11', 'Indeks Kepuasan Masyarakat (IKM) penghuni', 'nilai', N(80, '0.00'), N(81.25, '0.00')),
        (S3, 'A16', 'Jumlah unit hunian yang direhabilitasi', 'unit', N(24), N(24)),
        (S3, 'A17', 'Pemeliharaan gedung dan instalasi rusunawa', 'paket', N(12), N(12)),
        (S3, 'A19', 'Prosentase kerusakan fasilitas gedung yang diperbaiki', '%', P(85, '0%'), P(88.4, '0.0%')),
        (S3, 'A20', 'Ketersediaan air bersih bagi penghuni', 'jam/hari', N(20), N(18.5, '0.0')),
        ('MOVED', 'A21', 'Nilai evaluasi SAKIP UPTD', 'predikat', G('B'), G('B')),
    ]
    r = 12
    no = 0
    groups = {}
    for sas, id_, name, unit, tv, rv in rows:
        if id_ == 'DRAFT':
            put(ws, 'C%d' % r, name)
            ws.row_dimensions[r].hidden = True
        else:
            no += 1
            put(ws, 'A%d' % r, no)
            if sas == 'MOVED':
                # the clerk typed the indicator in the Sasaran column
                put(ws, 'B%d' % r, name, wrap=True)
            else:
                put(ws, 'C%d' % r, name, wrap=True)
        put(ws, 'D%d' % r, unit)
        put(ws, 'E%d' % r, tv)
        put(ws, 'F%d' % r, rv)
        if id_ == 'A21':
            put(ws, 'G%d' % r, 100)
        else:
            put(ws, 'G%d' % r, cap_formula('E%d' % r, 'F%d' % r, id_ in NEG))
            ws['G%d' % r].number_format = '0.00'
        if sas != 'MOVED':
            groups.setdefault(sas, []).append(r)
        if id_ != 'DRAFT':
            nc = ('B%d' if sas == 'MOVED' else 'C%d') % r
            A.add(book, ws, nc, 2020, id_, name, tv, 'E%d' % r, ('cell', 'F%d' % r, rv))
        r += 1
    for sas, rr in groups.items():
        merge(ws, 'B%d:B%d' % (rr[0], rr[-1]), sas, wrap=True)
    last = r - 1
    grid(ws, 'A12:H%d' % last)
    put(ws, 'H14', 'data akhir Desember')
    put(ws, 'H18', 'target sesuai DPA')
    A.mistake(2020, 'A12', 'target typed 10x: 1.350 dokumen for 135 (realisasi 141, capaian formula shows 10,44 %)')
    A.mistake(2020, 'A21', 'indicator typed in the Sasaran column (column B), Indikator column empty')
    r = last + 2
    put(ws, 'B%d' % r, 'Jumlah Anggaran Kegiatan Tahun 2020')
    put(ws, 'C%d' % r, ': Rp. 2.845.600.000,-')
    put(ws, 'B%d' % (r + 1), 'Jumlah Realisasi Anggaran Kegiatan Tahun 2020')
    put(ws, 'C%d' % (r + 1), ': Rp. 2.701.334.500,-')
    signature(ws, r + 3, 'F', ['Lembah Sarai, 31 Desember 2020'] + KEPALA_1, 5)


def renaksi_2021(book):
    ws = book.sheet('Renaksi 2021')
    widths(ws, {'A': 5, 'B': 26, 'C': 34, 'D': 10, 'E': 15, 'F': 15, 'G': 15, 'H': 9, 'I': 22})
    title(ws, 1, 'RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN', 'I')
    title(ws, 2, 'UPTD RUSUNAWA "SARAI INDAH" KOTA LEMBAH SARAI', 'I')
    title(ws, 3, 'TAHUN ANGGARAN 2021', 'I')
    merge(ws, 'A6:A7', 'No')
    merge(ws, 'B6:B7', 'Sasaran Strategis')
    merge(ws, 'C6:C7', 'Indikator Kinerja')
    merge(ws, 'D6:D7', 'Satuan')
    merge(ws, 'E6:H6', 'Kriteria Keberhasilan (Target Tahunan & Triwulan)')
    put(ws, 'E7', 'Periode')
    put(ws, 'F7', 'Target')
    put(ws, 'G7', 'Realisasi')
    put(ws, 'H7', '%')
    merge(ws, 'I6:I7', 'Penanggung Jawab')
    for i in range(9):
        put(ws, '%s8' % L(i + 1), i + 1)
    header(ws, 'A6:I8')
    D = DASH
    PJ_H = 'Kepala Seksi Pengelolaan Hunian'
    PJ_K = 'Kepala Seksi Pendapatan dan Penagihan'
    PJ_P = 'Kepala Seksi Pemeliharaan dan Prasarana'
    PJ_T = 'Kepala Subbagian Tata Usaha'
    rows = [
        (S1, 'A01', 'Persentase tingkat hunian Rusunawa', '%', N(92), [89, 90, 91, 92],
         [N(88.02, '0.00'), N(89.58, '0.00'), N(90.36, '0.00'), N(91.15, '0.00')], PJ_H),
        (S1, 'A02', 'Jumlah unit hunian terisi', 'unit', N(353), [342, 346, 350, 353], [338, 344, 347, 350], PJ_H),
        (S1, 'A03', 'Jumlah penghuni Rusunawa (jiwa)', 'jiwa', N(1280, RP), [1210, 1235, 1260, 1280],
         [N(1205, RP), N(1231, RP), N(1244, RP), N(1262, RP)], PJ_H),
        (S1, 'A04', 'Jumlah KK penghuni baru', 'KK', N(60), [15, 15, 15, 15], [12, 17, 9, 15], PJ_H),
        (S1, 'A15', 'Persentase penghuni MBR', '%', N(95), [95, 95, 95, 95], [96.5, 96.5, 97.1, 97.1], PJ_H),
        (S1, 'A12', 'Jumlah perjanjian sewa diterbitkan/diperpanjang', 'dokumen', N(140), [35, 35, 35, 35],
         [35, 31, 38, 40], PJ_H),
        (S1, 'A13', 'Jumlah sosialisasi tata tertib penghuni', 'kali', N(4), [1, 1, 1, 1], [1, 1, 1, 1], PJ_H),
        (S1, 'A14', 'Jumlah kegiatan pemberdayaan ekonomi penghuni', 'kegiatan', N(3), [D(), 1, 1, 1],
         [D(), 1, 1, 1], PJ_H),
        (S2, 'A05', 'Realisasi penerimaan retribusi sewa Rusunawa', 'Rp', N(1180000000, RP),
         [N(295000000, RP)] * 4,
         [N(281400000, RP), N(290150000, RP), N(296820000, RP), N(304775000, RP)], PJ_K),
        (S2, 'A06', 'Persentase capaian target retribusi sewa', '%', N(100), [25, 50, 75, 100],
         [23.85, 48.44, 73.59, 99.42], PJ_K),
        (S2, 'A07', 'Jumlah tunggakan sewa', 'Rp', N(90000000, RP),
         [N(110000000, RP), N(103000000, RP), N(96000000, RP), N(90000000, RP)],
         [N(118200000, RP), N(109600000, RP), N(101350000, RP), N(96800000, RP)], PJ_K),
        (S2, 'A08', 'Persentase penghuni yg\nmenunggak > 3 bln', '%', N(8), [10, 9.5, 9, 8],
         [10.9, 10.1, 9.5, 8.8], PJ_K),
        (S3, 'A09', 'Rata - rata waktu tindak lanjut pengaduan', 'hari', N(3), [3, 3, 3, 3],
         [3.6, 3.2, 2.9, 2.8], PJ_T),
        (S3, 'A10', 'Jumlah pengaduan penghuni yg ditindak lanjuti', 'laporan', N(160), [40, 40, 40, 40],
         [41, 38, 45, 36], PJ_T),
        (S3, 'A11', 'IKM penghuni rusunawa', 'nilai', N(81), [D(), 81, D(), 81],
         [D(), N(81.90, '0.00'), D(), N(82.45, '0.00')], PJ_T),
        (S3, 'A16', 'Jumlah unit hunian direhabilitasi', 'unit', N(30), [D(), 10, 10, 10], [D(), 8, 12, 10], PJ_P),
        (S3, 'A17', 'Pemeliharaan gedung & instalasi rusunawa', 'paket', N(12), [3, 3, 3, 3], [3, 3, 3, 3], PJ_P),
        (S3, 'A19', 'Persentase kerusakan fasilitas gedung yg diperbaiki', '%', N(90), [90, 90, 90, 90],
         [85, 88, 90, N(0.92)], PJ_P),
        (S3, 'A20', 'Ketersediaan air bersih (jam/hari)', 'jam/hari', N(22), [20, 21, 21, 22],
         [19, 20.5, 21, 22], PJ_P),
        (S4, 'A21', 'Nilai SAKIP UPTD', 'predikat', G('BB'), [D(), D(), D(), G('BB')],
         [D(), D(), D(), G('BB')], PJ_T),
    ]
    labels = ['Target Tahunan', 'TW I (B03)', 'TW II (B06)', 'TW III (B09)', 'TW IV (B12)']
    r = 9
    groups = {}
    for no, (sas, id_, name, unit, tv, qt, qr, pj) in enumerate(rows, 1):
        merge(ws, 'A%d:A%d' % (r, r + 4), no)
        merge(ws, 'C%d:C%d' % (r, r + 4), name, wrap=True)
        merge(ws, 'D%d:D%d' % (r, r + 4), unit)
        merge(ws, 'I%d:I%d' % (r, r + 4), pj, wrap=True)
        for i, lab in enumerate(labels):
            put(ws, 'E%d' % (r + i), lab)
        put(ws, 'F%d' % r, tv)
        pairs = []
        for q in range(4):
            rr = r + 1 + q
            tq, rq = as_v(qt[q]), as_v(qr[q])
            if tq.fmt is None and isinstance(tq.raw, (int, float)) and unit in ('Rp',):
                tq.fmt = RP
            put(ws, 'F%d' % rr, tq)
            put(ws, 'G%d' % rr, rq)
            put(ws, 'H%d' % rr, cap_formula('F%d' % rr, 'G%d' % rr, id_ in NEG))
            ws['H%d' % rr].number_format = '0.00'
            pairs.append(('G%d' % rr, rq))
        groups.setdefault(sas, []).append(r)
        A.add(book, ws, 'C%d' % r, 2021, id_, name, tv, 'F%d' % r, ('periods', pairs))
        r += 5
    for sas, rr in groups.items():
        merge(ws, 'B%d:B%d' % (rr[0], rr[-1] + 4), sas, wrap=True)
    last = r - 1
    grid(ws, 'A9:I%d' % last)
    A.mistake(2021, 'A19', 'TW IV realisasi typed as the fraction 0,92 in a plain cell (TW I-III: 85, 88, 90)')
    r = last + 2
    put(ws, 'B%d' % r, 'Catatan: realisasi triwulan adalah realisasi pada triwulan berkenaan (bukan kumulatif),'
                       ' kecuali indikator persentase, nilai dan jumlah unit/penghuni (posisi akhir triwulan).')
    signature(ws, r + 2, 'G', ['Lembah Sarai, 7 Januari 2022'] + KEPALA_1, 5)

    notes = book.sheet('Catatan')
    widths(notes, {'A': 100})
    for i, t in enumerate([
        'CATATAN PENYUSUNAN',
        '1. Sheet "PK 2020" adalah pengukuran kinerja tahunan 2020 (angka final setelah rekonsiliasi).',
        '2. Sheet "Renaksi 2021" memuat target dan realisasi per triwulan tahun 2021.',
        '3. Target 2021 mengacu pada Perjanjian Kinerja yang ditandatangani 4 Februari 2021.',
        '4. Data retribusi bersumber dari Buku Kas Umum Penerimaan UPTD.',
    ], 1):
        put(notes, 'A%d' % i, t, bold=(i == 1))

    old = book.sheet('Rekap TW (lama)')
    old.sheet_state = 'hidden'
    put(old, 'A1', 'REKAP TW III 2021 (versi awal, jangan dipakai)')
    for i, (n, t, rr) in enumerate([('Persentase tingkat hunian Rusunawa', 92, 90.1),
                                    ('Jumlah unit hunian terisi', 353, 346),
                                    ('Jumlah penghuni Rusunawa (jiwa)', 1280, 1240)], 3):
        put(old, 'A%d' % i, n)
        put(old, 'B%d' % i, t)
        put(old, 'C%d' % i, rr)


# =====================================================================================
# Workbook 2 (.ods): LKjIP 2022, Tabel 3.1 split over two sheets
# =====================================================================================
def lkjip_2022(book):
    D = DASH
    S1rows = [
        ('A01', 'Tingkat Hunian Rusunawa (%)', '%', [P(86.46), P(87.76), P(91.15)], P(90, '0%'), P(85.31), P(95, '0%')),
        ('A02', 'Jumlah Unit Hunian Yang Terisi', 'unit', [332, 337, 350], N(410), N(389), N(440)),
        ('A03', 'Jumlah Penghuni', 'jiwa', [N(1181, RP), N(1198, RP), N(1262, RP)], N(1480, RP),
         T('1.437 jiwa', 1437), N(1600, RP)),
        ('A04', 'Jumlah Penghuni Baru (KK)', 'KK', [58, 54, 53], N(110), N(118), D()),
        ('A12', 'Jumlah Perjanjian Sewa Unit Hunian', 'dokumen', [138, 141, 144], N(200), N(214), N(180)),
        ('A13', 'Jumlah Sosialisasi Tata Tertib dan Hak Kewajiban Penghuni', 'kali', [4, 4, 4], N(6), N(6), N(6)),
        ('A14', 'Jumlah Kegiatan Pemberdayaan Penghuni', 'kegiatan', [D(), D(), 3], N(4), N(5), N(6)),
        ('A22', 'Jumlah Penghuni Yang Diberi Surat Peringatan', 'orang', [D(), D(), D()], N(30), N(34), N(20)),
    ]
    S2rows = [
        ('A05', 'Penerimaan Retribusi Sewa', 'Rp', [N(1064200000, RP), N(1087530000, RP), N(1173145000, RP)],
         N(1320000000, RP), T('Rp 1.318.450.000', 1318450000), N(1600000000, RP)),
        ('A06', 'Persentase Realisasi Retribusi Sewa thd Target', '%', [P(97.1), P(94.40), P(99.42)],
         P(100, '0%'), T('99,88 %', 99.88), P(100, '0%')),
        ('A07', 'Nilai Tunggakan Retribusi Sewa', 'Rp', [N(104700000, RP), N(112450000, RP), N(96800000, RP)],
         T('Rp 85.000.000', 85000000), T('Rp 88.150.000', 88150000), N(60000000, RP)),
        ('A08', 'Persentase Penghuni Menunggak Sewa Lebih Dari 3 Bulan', '%', [P(10.4), P(11.2), P(8.8)],
         P(7, '0%'), P(7.6, '0.0%'), P(5, '0%')),
    ]
    S3rows = [
        ('A09', 'Waktu Rata-Rata Tindak Lanjut Pengaduan Penghuni', 'hari', [N(3.8, '0.0'), N(3.4, '0.0'), N(2.8, '0.0')],
         N(2.5, '0.0'), T('2,6 hari', 2.6), N(2)),
        ('A10', 'Jumlah Pengaduan Yang Ditindaklanjuti', 'laporan', [148, 163, 160], N(170), T('182*)', 182), N(200)),
        ('A11', 'Indeks Kepuasan Penghuni Rusunawa', 'nilai', [N(79.6, '0.00'), N(81.25, '0.00'), N(82.45, '0.00')],
         T('82 - 85', 82), N(83.12, '0.00'), N(86)),
        ('A16', 'Jumlah Unit Hunian Yang Direhabilitasi', 'unit', [20, 24, 30], N(36), N(28), N(40)),
        ('A17b', 'Pemeliharaan Gedung Rusunawa', 'paket', [T('12**)', 12), T('12**)', 12), T('12**)', 12)],
         N(8), N(8), N(10)),
        ('A18', 'Pemeliharaan Instalasi Listrik, Air Bersih dan Pompa', 'kali', [D(), D(), D()], N(24), N(26), N(30)),
        ('A19', 'Persentase Kerusakan Fasilitas Yang Diperbaiki', '%', [P(84), P(88.4), P(92)], P(90, '0%'),
         T('91,3 %', 91.3), P(95, '0%')),
        ('A20', 'Rata-rata Ketersediaan Air Bersih', 'jam/hari', [N(18), N(18.5, '0.0'), N(22)], N(24),
         N(21.5, '0.0'), N(24)),
    ]

    def head(ws, cont):
        widths(ws, {'A': 5, 'B': 26, 'C': 40, 'D': 10, 'E': 14, 'F': 14, 'G': 14, 'H': 15, 'I': 17,
                    'J': 11, 'K': 15, 'L': 13})
        put(ws, 'A1', 'BAB III  AKUNTABILITAS KINERJA', bold=True)
        put(ws, 'A2', 'Tabel 3.1' + (' (lanjutan)' if cont else ''), bold=True)
        put(ws, 'A3', 'Perbandingan Realisasi dan Capaian Indikator Kinerja UPTD Rusunawa "Sarai Indah" '
                      'Tahun 2019 s.d. 2022 serta terhadap Target Akhir Renstra')
        merge(ws, 'A5:A6', 'No')
        merge(ws, 'B5:B6', 'Sasaran Strategis')
        merge(ws, 'C5:C6', 'Indikator Kinerja')
        merge(ws, 'D5:D6', 'Satuan')
        merge(ws, 'E5:G5', 'Realisasi')
        put(ws, 'E6', '2019')
        put(ws, 'F6', '2020')
        put(ws, 'G6', '2021')
        merge(ws, 'H5:J5', 'Tahun 2022')
        put(ws, 'H6', 'Target')
        put(ws, 'I6', 'Realisasi')
        put(ws, 'J6', 'Capaian (%)')
        merge(ws, 'K5:K6', 'Target Akhir Renstra (2026)')
        merge(ws, 'L5:L6', 'Capaian s.d. 2022 thd Target Renstra (%)')
        for i in range(12):
            put(ws, '%s7' % L(i + 1), '(%d)' % (i + 1))
        header(ws, 'A5:L7')

    def body(ws, start, no0, groups):
        r = start
        no = no0
        for sas, rows in groups:
            r0 = r
            for id_, name, unit, prev, tv, rv, ren in rows:
                no += 1
                put(ws, 'A%d' % r, no)
                put(ws, 'C%d' % r, name, wrap=True)
                put(ws, 'D%d' % r, unit)
                for j, pv in enumerate(prev):
                    put(ws, '%s%d' % ('EFG'[j], r), as_v(pv))
                put(ws, 'H%d' % r, tv)
                put(ws, 'I%d' % r, rv)
                put(ws, 'K%d' % r, as_v(ren))
                numeric = isinstance(tv.raw, (int, float)) and isinstance(rv.raw, (int, float))
                if numeric:
                    put(ws, 'J%d' % r, cap_formula('H%d' % r, 'I%d' % r, id_ in NEG))
                else:
                    t, re_ = tv.key, rv.key
                    c = (2 * t - re_) / t * 100 if id_ in NEG else re_ / t * 100
                    put(ws, 'J%d' % r, round(c, 2))
                ws['J%d' % r].number_format = '0.00'
                if isinstance(rv.raw, (int, float)) and isinstance(as_v(ren).raw, (int, float)):
                    put(ws, 'L%d' % r, '=IFERROR(I%d/K%d*100,"-")' % (r, r))
                else:
                    put(ws, 'L%d' % r, '-')
                ws['L%d' % r].number_format = '0.00'
                A.add(book, ws, 'C%d' % r, 2022, id_, name, tv, 'H%d' % r, ('cell', 'I%d' % r, rv))
                r += 1
            merge(ws, 'B%d:B%d' % (r0, r - 1), sas, wrap=True)
        grid(ws, 'A%d:L%d' % (start, r - 1))
        return r, no

    ws1 = book.sheet('Tabel 3.1')
    head(ws1, False)
    r, no = body(ws1, 8, 0, [(S1, S1rows), (S2, S2rows)])
    put(ws1, 'C%d' % (r + 1), 'bersambung ke halaman berikut ...', italic=True)
    ws2 = book.sheet('Tabel 3.1 (lanjutan)')
    head(ws2, True)
    r, no = body(ws2, 8, no, [(S3, S3rows)])
    put(ws2, 'B%d' % (r + 1), 'Keterangan:')
    put(ws2, 'B%d' % (r + 2), '*)  termasuk 27 pengaduan yang masuk melalui kanal SP4N-LAPOR!')
    put(ws2, 'B%d' % (r + 3), '**) s.d. tahun 2021 indikator ini adalah "Pemeliharaan gedung dan instalasi rusunawa"')
    put(ws2, 'B%d' % (r + 4), 'Sumber: Data UPTD Rusunawa "Sarai Indah" (diolah)')
    signature(ws2, r + 6, 'I', ['Lembah Sarai, 20 Februari 2023'] + KEPALA_1, 5)


# =====================================================================================
# Workbook 3 (.xlsx): Rekap per Blok 2023 (realisation broken down by housing block)
# =====================================================================================
def blok_2023(book):
    ws = book.sheet('Rekap per Blok 2023')
    widths(ws, {'A': 5, 'B': 40, 'C': 10, 'D': 15, 'E': 14, 'F': 14, 'G': 14, 'H': 14, 'I': 14,
                'J': 16, 'K': 11, 'L': 24})
    title(ws, 1, 'REKAPITULASI CAPAIAN KINERJA PER BLOK HUNIAN', 'L')
    title(ws, 2, 'UPTD RUMAH SUSUN SEDERHANA SEWA "SARAI INDAH" KOTA LEMBAH SARAI', 'L')
    title(ws, 3, 'TAHUN 2023', 'L')
    put(ws, 'A4', 'Posisi data: 31 Desember 2023', italic=True)
    merge(ws, 'A6:A7', 'No')
    merge(ws, 'B6:B7', 'Indikator Kinerja')
    merge(ws, 'C6:C7', 'Satuan')
    merge(ws, 'D6:D7', 'Target 2023')
    merge(ws, 'E6:I6', 'Realisasi per Blok Hunian')
    for j, b in enumerate(['Blok A', 'Blok B', 'Blok C', 'Blok D', 'Blok E']):
        put(ws, '%s7' % 'EFGHI'[j], b)
    merge(ws, 'J6:J7', 'Realisasi UPTD')
    merge(ws, 'K6:K7', 'Capaian (%)')
    merge(ws, 'L6:L7', 'Keterangan')
    for i in range(12):
        put(ws, '%s8' % L(i + 1), i + 1)
    header(ws, 'A6:L8')
    D = DASH
    P_ = lambda x: P(x)
    # J spec: 'sum' | 'sum4' (wrong formula) | 'avg' | V (typed) | ('ratio', 'A05')
    groups = [
        ('SASARAN 1 : ' + S1, [
            ('A01', 'Tingkat Hunian Rusunawa', '%', P(92, '0%'), [P_(97.92), P_(95.83), P_(98.96), P_(93.75), P_(84.72)], 'avg'),
            ('A02', 'Unit hunian terisi', 'unit', N(420), [94, 92, 95, 90, 61], 'sum4'),
            ('A03', 'Jumlah penghuni (jiwa)', 'jiwa', N(1520, RP), [318, 305, 322, 297, 236], 'sum'),
            ('A04', 'Penghuni baru', 'KK', N(70), [11, 9, 14, 8, 21], 'sum'),
            ('A12', 'Perjanjian sewa diterbitkan / diperpanjang', 'dok', N(160), [32, 35, 30, 34, 28], 'sum'),
            ('A13', 'Sosialisasi tatib penghuni', 'kali', N(5), [1, 1, 1, 1, 1], 'sum'),
            ('A14', 'Kegiatan pemberdayaan ekonomi penghuni', 'keg', N(5), [1, 1, 2, 1, 1], 'sum'),
            ('A22', 'Penghuni diberi SP (surat peringatan)', 'orang', N(25), [5, 7, 3, 6, 2], 'sum'),
            ('A23', 'Persentase unit hunian siap huni', '%', P(95, '0%'), [P_(100), P_(97.92), P_(98.96), P_(95.83), P_(90.28)],
             P(96.71)),
        ]),
        ('SASARAN 2 : ' + S2, [
            ('A05', 'Retribusi sewa yang diterima', 'Rp', N(1450000000, RP),
             [N(318600000, RP), N(309250000, RP), N(322900000, RP), N(296400000, RP), N(165200000, RP)],
             N(1402350000, RP)),
            ('A06', 'Capaian target retribusi sewa (%)', '%', P(100, '0%'), [D()] * 5, ('ratio', 'A05')),
            ('A07', 'Tunggakan retribusi sewa', 'Rp', N(80000000, RP),
             [N(15200000, RP), N(19800000, RP), N(12450000, RP), N(22100000, RP), N(9300000, RP)], 'sum'),
            ('A08', 'Penghuni menunggak > 3 bulan (%)', '%', P(7, '0%'), [P_(5.2), P_(7.6), P_(4.2), P_(9.4), P_(7.9)],
             P(6.9, '0.0%')),
        ]),
        ('SASARAN 3 : ' + S3, [
            ('A09', 'Rata2 waktu tindak lanjut pengaduan', 'hari', N(2), [D()] * 5, N(2.3, '0.0')),
            ('A10', 'Pengaduan penghuni yg ditindaklanjuti', 'laporan', N(180), [39, 44, 36, 41, 27], 'sum'),
            ('A11', 'Indeks Kepuasan Masyarakat Penghuni', 'nilai', N(84), [D()] * 5, N(84.67, '0.00')),
            ('A16', 'Unit hunian direhabilitasi', 'unit', N(40), [10, 12, 8, 6, D()], 'sum'),
            ('A17b', 'Pemeliharaan gedung', 'paket', N(10), [2, 2, 2, 2, 2], 'sum'),
            ('A18', 'Pemeliharaan instalasi listrik, air & pompa', 'kali', N(30), [6, 6, 6, 6, 5], 'sum'),
            ('A19', 'Kerusakan fasilitas yg diperbaiki (%)', '%', P(92, '0%'), [P_(94.1), P_(90.5), P_(95.6), P_(88.9), P_(97.3)], 'avg'),
            ('A20', 'Ketersediaan air bersih', 'jam/hari', N(24), [D()] * 5, N(22.8, '0.0')),
        ]),
        ('SASARAN 4 : ' + S4, [
            ('A21', 'Nilai AKIP UPTD', 'predikat', G('BB'), [D()] * 5, G('A')),
        ]),
    ]
    # first pass: row numbers
    rowmap = {}
    r = 9
    for sas, rows in groups:
        r += 1
        for row in rows:
            rowmap[row[0]] = r
            r += 1
    jkeys = {}
    r = 9
    no = 0
    for sas, rows in groups:
        merge(ws, 'A%d:L%d' % (r, r), sas, bold=True, fill=GFILL)
        r += 1
        for id_, name, unit, tv, blocks, jspec in rows:
            no += 1
            put(ws, 'A%d' % r, no)
            put(ws, 'B%d' % r, name, wrap=True)
            put(ws, 'C%d' % r, unit)
            put(ws, 'D%d' % r, tv)
            bvals = [as_v(b) for b in blocks]
            for j, bv in enumerate(bvals):
                put(ws, '%s%d' % ('EFGHI'[j], r), bv)
            nums = [b.key for b in bvals if isinstance(b.raw, (int, float))]
            if jspec == 'sum':
                fmt = RP if unit in ('Rp', 'jiwa') else None
                jv = F('=SUM(E%d:I%d)' % (r, r), sum(nums), fmt)
            elif jspec == 'sum4':
                jv = F('=SUM(E%d:H%d)' % (r, r), sum(b.key for b in bvals[:4]))
            elif jspec == 'avg':
                jv = F('=AVERAGE(E%d:I%d)' % (r, r), sum(nums) / len(nums), '0.00%')
            elif isinstance(jspec, tuple):
                src = rowmap[jspec[1]]
                jv = F('=J%d/D%d' % (src, src), jkeys[jspec[1]] / 1450000000 * 100, '0.00%')
            else:
                jv = jspec
            put(ws, 'J%d' % r, jv)
            jkeys[id_] = jv.key if not (isinstance(jv.fmt, str) and '%' in jv.fmt) else None
            if id_ == 'A21':
                put(ws, 'K%d' % r, '-')
            else:
                put(ws, 'K%d' % r, '=IFERROR(' + cap_formula('D%d' % r, 'J%d' % r, id_ in NEG)[1:] + ',"-")')
                if isinstance(tv.fmt, str) and '%' in tv.fmt:
                    pass
            ws['K%d' % r].number_format = '0.00'
            A.add(book, ws, 'B%d' % r, 2023, id_, name, tv, 'D%d' % r, ('cell', 'J%d' % r, jv))
            r += 1
    last = r - 1
    grid(ws, 'A9:L%d' % last)
    put(ws, 'L%d' % rowmap['A05'], 'sesuai STS s.d. 29 Des 2023', wrap=True)
    put(ws, 'L%d' % rowmap['A09'], 'data UPTD (tidak per blok)', wrap=True)
    put(ws, 'L%d' % rowmap['A11'], 'survei IKM semester II', wrap=True)
    A.mistake(2023, 'A02', 'Realisasi UPTD formula =SUM(E:H) leaves out Blok E: cached 371 (the five blocks add up to 432)')
    A.mistake(2023, 'A05', 'Realisasi UPTD typed over: Rp 1.402.350.000 while the five blocks add up to Rp 1.412.350.000')
    r = last + 2
    put(ws, 'B%d' % r, 'Catatan:', bold=True)
    put(ws, 'B%d' % (r + 1), '1. Blok E (72 unit) mulai dihuni bulan Juli 2022; jumlah unit seluruhnya 456 unit.')
    put(ws, 'B%d' % (r + 2), '2. Indikator persentase tingkat UPTD = rata-rata blok, kecuali yang diisi langsung.')
    put(ws, 'B%d' % (r + 3), '3. Indikator pelayanan (waktu tindak lanjut, IKM, air bersih) tidak dipilah per blok.')
    signature(ws, r + 5, 'I', ['Lembah Sarai, 10 Januari 2024', 'Kepala UPTD Rusunawa,', None, None, None,
                               'RINA KARTIKASARI, S.E., M.M.', 'Penata Tingkat I', 'NIP. 19830921 200902 2 004'], 5)

    raw = book.sheet('Data mentah')
    raw.sheet_state = 'hidden'
    put(raw, 'A1', 'Data mentah hunian per bulan (input petugas blok)')
    for i, b in enumerate(['Blok A', 'Blok B', 'Blok C', 'Blok D', 'Blok E'], 3):
        put(raw, 'A%d' % i, b)
        for m in range(12):
            put(raw, '%s%d' % (L(m + 2), i), [94, 92, 95, 90, 61][i - 3] - (m % 3))


def main():
    b1 = Book(A, 'PK_dan_Renaksi_UPTD_Rusunawa_2020_2021.xls')
    pk_2020(b1)
    renaksi_2021(b1)
    b1.save()
    b2 = Book(A, 'LKjIP_2022_Bab_III_UPTD_Rusunawa.ods')
    lkjip_2022(b2)
    b2.save()
    b3 = Book(A, 'Rekap_Kinerja_per_Blok_Rusunawa_2023.xlsx')
    blok_2023(b3)
    b3.save()
    A.write()


if __name__ == '__main__':
    main()
