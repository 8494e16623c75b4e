"""Agency 2: UPTD Pelayanan Kesehatan Haji (klinik haji), Dinas Kesehatan Kota Rawa Seruni.
Years 2022-2025.  Everything invented.

Files
  H1 'Kinerja UPTD Yankes Haji 2022-2023.ods'   sheets 'Kartu IK 2022' (one card per indicator),
     'RA 2023' (Rencana Aksi, a 5-row block per indicator: Target Tahunan + TW I..IV)
  H2 'Evaluasi Renja UPTD Haji TW IV 2024.xlsx' sheet 'E81 TW IV 2024' (Permendagri 86 form, K/Rp pairs)
  H3 'Laporan Kinerja UPTD Haji 2025.xls'        sheets 'Daftar IKU 2025' (names by code),
     'Capaian TW IV 2025' (figures by code only), 'Catatan'
"""
from common import *

SLUG = 'uptd_kes_haji_kota_rawa_seruni'
AGENCY = 'UPTD Pelayanan Kesehatan Haji (klinik haji), Dinas Kesehatan Kota Rawa Seruni'
YEARS = [2022, 2023, 2024, 2025]
FLOWS = ['H01', 'H03', 'H04', 'H07', 'H09', 'H11', 'H12', 'H14', 'H17', 'H18', 'H22', 'H23', 'H24']
AMBIG = [['H06', 'H06b']]
K = Key(SLUG, AGENCY, YEARS, AMBIG, FLOWS)

H1 = 'Kinerja UPTD Yankes Haji 2022-2023.ods'
H2 = 'Evaluasi Renja UPTD Haji TW IV 2024.xlsx'
H3 = 'Laporan Kinerja UPTD Haji 2025.xls'

KEPALA = ('dr. NURUL HIDAYATI SYAMSUDIN, M.Kes', 'Pembina (IV/a)', 'NIP. 19790624 200604 2 011')
KADIS = ('dr. H. BAMBANG SUTRISNO ADI, M.M.Kes', 'Pembina Utama Muda (IV/c)', 'NIP. 19700211 199903 1 004')
SS1 = 'Meningkatnya derajat kesehatan jemaah haji Kota Rawa Seruni'
SS2 = 'Meningkatnya mutu pelayanan kesehatan klinik UPTD'


# ---------------------------------------------------------------- 2022: cards
def sheet_cards(wb):
    ws = wb.create_sheet('Kartu IK 2022')
    widths(ws, {'A': 3, 'B': 18, 'C': 2, 'D': 30, 'E': 22, 'F': 22})
    merge(ws, 'B1:F1', 'KARTU INDIKATOR KINERJA', bold=True, h='center', size=12)
    merge(ws, 'B2:F2', 'UPTD PELAYANAN KESEHATAN HAJI KOTA RAWA SERUNI', bold=True, h='center')
    merge(ws, 'B3:F3', 'TAHUN 2022', bold=True, h='center')
    cards = [
        (SS1, 'H01', 'Jumlah jemaah haji yang diperiksa kesehatan tahap pertama', 'orang',
         tx('412 orang', 412), n(405), 'Siskohatkes'),
        (SS1, 'H02', 'Persentase jemaah haji yang diperiksa kesehatan tahap pertama', '%',
         tx('100 %', 100), pc(98.3), 'Siskohatkes'),
        (SS1, 'H03', 'Jumlah jemaah haji yang diperiksa kesehatan tahap kedua', 'orang', n(412), n(398),
         'Siskohatkes'),
        (SS1, 'H04', 'Jumlah jemaah haji yang mendapat vaksinasi meningitis meningokokus', 'orang',
         n(412), n(391), 'Register imunisasi'),
        (SS1, 'H05', 'Cakupan vaksinasi meningitis meningokokus jemaah haji', '%', pc(100), pc(94.9),
         'Register imunisasi'),
        (SS1, 'H06', 'Persentase jemaah haji yang memenuhi syarat istithaah kesehatan', '%',
         tx('95%', 95), tx('96,6%', 96.6), 'Berita acara penetapan istithaah'),
        (SS1, 'H07', 'Jumlah jemaah haji risiko tinggi yang mendapat pembinaan kesehatan', 'orang',
         n(250), n(268), 'Kohort risti'),
        (SS1, 'H22', 'Jumlah jemaah haji yang mendapat vaksinasi COVID-19 dosis booster', 'orang',
         n(412), n(412), 'PCare Vaksinasi'),
        (SS1, 'H09', 'Jumlah kegiatan pembinaan kebugaran jasmani jemaah haji', 'kali', n(12), n(12),
         'Laporan kegiatan'),
        (SS1, 'H11', 'Jumlah jemaah haji yang mengikuti manasik kesehatan', 'orang', n(412), n(400),
         'Daftar hadir'),
        (SS1, 'H13', 'Persentase jemaah haji yang memiliki Kartu Kesehatan Jemaah Haji (KKJH)', '%',
         pc(100), pc(100), 'Siskohatkes'),
        (SS1, 'H12', 'Jumlah jemaah haji yang wafat', 'orang', n(0), n(1), 'Laporan PPIH'),
        (SS1, 'H14', 'Jumlah jemaah haji yang dipantau kesehatannya pasca kepulangan (K3JH)', 'orang',
         n(411), n(398), 'Form K3JH'),
        (SS2, 'H16', 'Indeks Kepuasan Masyarakat terhadap pelayanan klinik haji', 'nilai', n(80),
         tx('83,45', 83.45), 'Survei Kepuasan Masyarakat'),
        (SS2, 'H17', 'Jumlah tenaga kesehatan haji yang dilatih', 'orang', n(20), n(18), 'Sertifikat'),
        (SS2, 'H18', 'Jumlah kunjungan pasien rawat jalan klinik', 'kunjungan',
         tx('3.000 kunjungan', 3000), tx('3.412 kunjungan', 3412), 'Register rawat jalan'),
        (SS2, 'H19', 'Persentase ketersediaan obat dan BMHP', '%', n(90), n(92), 'Laporan LPLPO'),
    ]
    r = 5
    for no, (ss, sid, name, unit, t, re_, src) in enumerate(cards, 1):
        merge(ws, 'B%d:F%d' % (r, r), 'INDIKATOR KINERJA %d' % no, bold=True, fill=GREY)
        labels = ['Sasaran', 'Nama Indikator', 'Satuan', 'Target 2022', 'Realisasi 2022', 'Capaian',
                  'Sumber Data']
        for i, lab in enumerate(labels, 1):
            put(ws, 'B%d' % (r + i), lab, wrap=False)
            put(ws, 'C%d' % (r + i), ':', h='center')
        merge(ws, 'D%d:F%d' % (r + 1, r + 1), ss, wrap=True)
        merge(ws, 'D%d:F%d' % (r + 2, r + 2), name, wrap=True, bold=True)
        put(ws, 'D%d' % (r + 3), unit, h='left')
        put(ws, 'D%d' % (r + 4), t, h='left')
        put(ws, 'D%d' % (r + 5), re_, h='left')
        if isinstance(t.content, (int, float)) and isinstance(re_.content, (int, float)) and t.content:
            put(ws, 'D%d' % (r + 6), '=ROUND(D%d/D%d*100,2)' % (r + 5, r + 4), fmt='0.00" %"', h='left')
        else:
            put(ws, 'D%d' % (r + 6), '-' if not t.key else fmt_id(re_.key / t.key * 100, 2) + ' %', h='left')
        put(ws, 'D%d' % (r + 7), src, h='left')
        box(ws, 'B%d:F%d' % (r, r + 7))
        K.add(H1, 'Kartu IK 2022', 'D%d' % (r + 2), 2022, sid, name, t.key, re_.key,
              [('Kartu IK 2022', 'D%d' % (r + 4))], [('Kartu IK 2022', 'D%d' % (r + 5))])
        r += 9
    signature(ws, 'E', r + 1, 'Rawa Seruni, 30 Desember 2022', ['Kepala UPTD Pelayanan Kesehatan Haji,'],
              *KEPALA)


# ---------------------------------------------------------------- 2023: RA in blocks
def sheet_ra2023(wb):
    ws = wb.create_sheet('RA 2023')
    widths(ws, {'A': 4, 'B': 24, 'C': 40, 'D': 10, 'E': 15, 'F': 12, 'G': 12, 'H': 11, 'I': 22})
    merge(ws, 'A1:I1', 'RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN', bold=True, h='center', size=12)
    merge(ws, 'A2:I2', 'UPTD PELAYANAN KESEHATAN HAJI KOTA RAWA SERUNI', bold=True, h='center')
    merge(ws, 'A3:I3', 'TAHUN 2023', bold=True, h='center')
    hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Periode', 'Target', 'Realisasi',
           'Capaian (%)', 'Penanggung Jawab']
    for i, t in enumerate(hdr):
        put(ws, '%s5' % CL(i + 1), t, bold=True, h='center', fill=GREY, wrap=True)
        put(ws, '%s6' % CL(i + 1), '(%d)' % (i + 1), italic=True, h='center')
    D = nul('-')
    P = ['TW I (B03)', 'TW II (B06)', 'TW III (B09)', 'TW IV (B12)']
    # sid, name, unit, annual target, [quarter targets], [quarter realisasi], pj
    S1 = [
        ('H01', 'Jumlah Jemaah Haji yg Diperiksa Kesehatan (Tahap I)', 'orang', n(905),
         [n(453), n(452), D, D], [n(612), n(305), D, D], 'Seksi Pelayanan Medik'),
        ('H02', 'Prosentase Jemaah Haji yg Diperiksa Kesehatan (Tahap I)', '%', tx('100%', 100),
         [pc(60), pc(100), pc(100), pc(100)], [pc(67.6), pc(100), pc(100), pc(100)], 'Seksi Pelayanan Medik'),
        ('H03', 'Jumlah Jemaah Haji yg Diperiksa Kesehatan (Tahap II)', 'orang', n(905),
         [n(200), n(705), D, D], [n(120), n(769), D, D], 'Seksi Pelayanan Medik'),
        ('H04', 'Jumlah Jemaah Haji yg Divaksinasi Meningitis', 'orang', n(9050),
         [D, n(905), D, D], [D, n(884), D, D], 'Seksi Pelayanan Medik'),
        ('H05', 'Cakupan Vaksinasi Meningitis (%)', '%', pc(100),
         [BLANK, pc(100), BLANK, BLANK], [BLANK, pc(97.68), BLANK, BLANK], 'Seksi Pelayanan Medik'),
        ('H06', 'Persentase Jemaah Haji Memenuhi Syarat Istithaah Kesehatan', '%', pc(95),
         [pc(90), pc(95), BLANK, BLANK], [pc(91.2), pc(97.3), BLANK, BLANK], 'Tim Penetapan Istithaah'),
        ('H07', 'Jumlah Jemaah Haji Risti yg Dibina', 'orang', n(560),
         [n(200), n(260), n(60), n(40)], [n(180), n(310), n(72), n(40)], 'Seksi Promkes'),
        ('H08', 'Proporsi Jemaah Haji Risiko Tinggi', '%', tx('\u2264 70 %', 70),
         [tx('\u2264 70 %', 70), BLANK, BLANK, BLANK], [tx('66,5 %', 66.5), BLANK, BLANK, BLANK],
         'Seksi Pelayanan Medik'),
        ('H09', 'Jumlah Kegiatan Pembinaan Kebugaran Jasmani', 'kali', n(24),
         [n(6), n(6), n(6), n(6)], [n(6), n(8), n(6), n(6)], 'Seksi Promkes'),
        ('H10', 'Persentase Jemaah Haji yg Mengikuti Pembinaan Kebugaran', '%', pc(80),
         [pc(50), pc(80), BLANK, BLANK], [pc(62), pc(84.2), BLANK, BLANK], 'Seksi Promkes'),
        ('H11', 'Jumlah Jemaah Haji yg Mengikuti Manasik Kesehatan', 'orang', n(905),
         [n(453), n(452), D, D], [n(455), n(455), D, D], 'Seksi Promkes'),
        ('H12', 'Jumlah Jemaah Haji Wafat', 'orang', n(0),
         [n(0), n(0), n(0), n(0)], [n(0), n(1), n(3), n(0)], 'Seksi Pelayanan Medik'),
        ('H13', 'Persentase Jemaah Haji yg Memiliki KKJH', '%', pc(100),
         [pc(100), pc(100), BLANK, BLANK], [pc(95.5), pc(99.12), BLANK, BLANK], 'Seksi Pelayanan Medik'),
        ('H14', 'Jumlah Jemaah Haji yg Dipantau Pasca Pulang (K3JH)', 'orang', n(900),
         [D, D, n(900), D], [D, D, n(873), D], 'Seksi Surveilans'),
        ('H15', 'Persentase Jemaah Haji yg Dipantau Pasca Pulang', '%', pc(100),
         [BLANK, BLANK, pc(100), BLANK], [BLANK, BLANK, pc(97), BLANK], 'Seksi Surveilans'),
        ('H23', 'Jumlah Jemaah Haji Lansia yg Mendapat Pendampingan', 'orang', n(250),
         [D, n(250), D, D], [D, n(263), D, D], 'Seksi Promkes'),
    ]
    S2 = [
        ('H16', 'Indeks Kepuasan Masyarakat (IKM)', 'predikat', nul('B'),
         [BLANK, nul('B'), BLANK, nul('B')], [BLANK, nul('B'), BLANK, nul('A')], 'Subbag Tata Usaha'),
        ('H17', 'Jumlah Petugas Kesehatan Haji yg Dilatih', 'orang', n(30),
         [n(30), D, D, D], [n(30), D, D, D], 'Subbag Tata Usaha'),
        ('H18', 'Jumlah Kunjungan Rawat Jalan', 'kunjungan', n(4000),
         [n(1000), n(1000), n(1000), n(1000)], [n(1085), n(1240), n(980), n(1084)], 'Seksi Pelayanan Medik'),
        ('H19', 'Persentase Ketersediaan Obat & BMHP', '%', pc(90),
         [pc(90), pc(90), pc(90), pc(90)], [pc(91), pc(89), pc(88), pc(88.5)], 'Instalasi Farmasi'),
        ('H21', 'Status Akreditasi Klinik', 'status', nul('Utama'),
         [BLANK, BLANK, BLANK, nul('Utama')], [BLANK, BLANK, BLANK, nul('Paripurna')], 'Subbag Tata Usaha'),
    ]
    r = 7
    for sno, (ss, items) in enumerate(((SS1, S1), (SS2, S2)), 1):
        r0 = r
        for k, (sid, name, unit, tan, qt, qr, pj) in enumerate(items, 1):
            name = '%d. %s' % (k, name)
            merge(ws, 'C%d:C%d' % (r, r + 4), name, wrap=True, v='top')
            merge(ws, 'D%d:D%d' % (r, r + 4), unit, h='center', v='top')
            merge(ws, 'I%d:I%d' % (r, r + 4), pj, wrap=True, v='top')
            put(ws, 'E%d' % r, 'Target Tahunan', bold=True, wrap=False)
            put(ws, 'F%d' % r, tan, h='right', bold=True)
            for q in range(4):
                rr = r + 1 + q
                put(ws, 'E%d' % rr, P[q], wrap=False)
                put(ws, 'F%d' % rr, qt[q], h='right')
                put(ws, 'G%d' % rr, qr[q], h='right')
                if (isinstance(qt[q].content, (int, float)) and isinstance(qr[q].content, (int, float))
                        and qt[q].content):
                    put(ws, 'H%d' % rr, '=ROUND(G%d/F%d*100,2)' % (rr, rr), fmt='0.00', h='right')
                elif qr[q].content is not None and qr[q].key is not None and qt[q].key:
                    put(ws, 'H%d' % rr, round(qr[q].key / qt[q].key * 100, 2), fmt='0.00', h='right')
            reported = [x.key for x in qr if x.key is not None]
            if sid in K.flows:
                real = sum(reported) if reported else None
            else:
                real = reported[-1] if reported else None
            K.add(H1, 'RA 2023', 'C%d' % r, 2023, sid, name, tan.key, real,
                  [('RA 2023', 'F%d' % r)], [('RA 2023', 'G%d' % (r + 1 + q)) for q in range(4)],
                  ragg=K.period_agg(sid))
            r += 5
        merge(ws, 'A%d:A%d' % (r0, r - 1), sno, h='center', v='top')
        merge(ws, 'B%d:B%d' % (r0, r - 1), ss, wrap=True, v='top')
    box(ws, 'A5:I%d' % (r - 1))
    r += 1
    put(ws, 'B%d' % r, 'Catatan: target tahunan jemaah = kuota 2023 (905 orang) termasuk cadangan.', wrap=False,
        italic=True)
    signature(ws, 'G', r + 2, 'Rawa Seruni, 29 Desember 2023', ['Kepala UPTD Pelayanan Kesehatan Haji,'],
              *KEPALA, merge_to='I')


def book_h1():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheet_cards(wb)
    sheet_ra2023(wb)
    wb.save(raw_path(SLUG, H1))
    K.file(H1)


# ---------------------------------------------------------------- 2024: E.81 form
def book_h2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'E81 TW IV 2024'
    SH = ws.title
    widths(ws, {'A': 4, 'B': 18, 'C': 30, 'D': 42, 'E': 9, 'F': 9, 'G': 15, 'H': 9, 'I': 15, 'J': 9,
                'K': 15, 'L': 8, 'M': 13, 'N': 8, 'O': 13, 'P': 8, 'Q': 13, 'R': 8, 'S': 13, 'T': 9,
                'U': 15, 'V': 9, 'W': 15, 'X': 9, 'Y': 9, 'Z': 20})
    merge(ws, 'A1:Z1', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', bold=True, h='center', size=12)
    merge(ws, 'A2:Z2', 'UPTD PELAYANAN KESEHATAN HAJI - DINAS KESEHATAN KOTA RAWA SERUNI', bold=True, h='center')
    merge(ws, 'A3:Z3', 'PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2024', bold=True, h='center')
    put(ws, 'A4', 'Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD : '
        'meningkatnya derajat kesehatan masyarakat', wrap=False, italic=True)
    H = dict(bold=True, h='center', fill=GREY, wrap=True)
    merge(ws, 'A6:A7', 'No', **H)
    merge(ws, 'B6:B7', 'Sasaran', **H)
    merge(ws, 'C6:C7', 'Program / Kegiatan / Sub Kegiatan', **H)
    merge(ws, 'D6:D7', 'Indikator Kinerja Program (Outcome) / Kegiatan (Output)', **H)
    merge(ws, 'E6:E7', 'Satuan', **H)
    merge(ws, 'F6:G7', 'Target Kinerja dan Anggaran Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)', **H)
    merge(ws, 'H6:I7', 'Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja PD Tahun 2023', **H)
    merge(ws, 'J6:K7', 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (Tahun 2024) yang Dievaluasi', **H)
    merge(ws, 'L6:S6', 'Realisasi Kinerja Pada Triwulan', **H)
    for c1, c2, t in (('L', 'M', 'I'), ('N', 'O', 'II'), ('P', 'Q', 'III'), ('R', 'S', 'IV')):
        merge(ws, '%s7:%s7' % (c1, c2), t, **H)
    merge(ws, 'T6:U7', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi', **H)
    merge(ws, 'V6:W7', 'Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024', **H)
    merge(ws, 'X6:Y7', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)', **H)
    merge(ws, 'Z6:Z7', 'Unit PD Penanggung Jawab', **H)
    ws.row_dimensions[6].height = 30
    ws.row_dimensions[7].height = 60
    nums = [('A', 1), ('B', 2), ('C', 3), ('D', 4), ('E', 5), ('F', 6), ('H', 7), ('J', 8), ('L', 9),
            ('N', 10), ('P', 11), ('R', 12), ('T', '13 = 9 + 10 + 11 + 12'), ('V', '14 = 7 + 13'),
            ('X', '15 = 14 / 6 x 100'), ('Z', 16)]
    for c, t in nums:
        if c in 'FHJLNPRTVX':
            merge(ws, '%s8:%s8' % (c, CL(CI(c) + 1)), t, italic=True, h='center')
        else:
            put(ws, '%s8' % c, t, italic=True, h='center')
    for c in 'FHJLNPRTVX':
        put(ws, '%s9' % c, 'K', bold=True, h='center')
        put(ws, '%s9' % CL(CI(c) + 1), 'Rp.', bold=True, h='center')
    Q = ['L', 'N', 'P', 'R']

    # sid, name, unit, renstra K (col 6), real s.d. 2023 K (col 7), target K (col 8), quarters K, col13 mode
    # col13 mode: 'sum' formula 9+10+11+12, 'sum3' (forgets TW IV), 'typed:<v>', or a column letter (=that TW)
    def q(*xs):
        return list(xs)
    P1 = ('PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', [
        ('H02', 'Persentase jemaah haji yang mendapatkan pemeriksaan kesehatan tahap pertama', '%',
         100, 100, n(100), q(72.4, 100, None, None), 'typed:100'),
        ('H06b', 'Persentase jemaah haji yang ditetapkan istithaah kesehatan (termasuk istithaah dengan '
         'pendampingan)', '%', 98, 97.3, n(97), q(96.1, 98.45, None, None), 'typed:98.45'),
        ('H05', 'Persentase cakupan imunisasi meningitis meningokokus jemaah haji', '%', 100, 97.68, n(100),
         q(None, 97.83, None, None), 'N'),
    ])
    K1 = ('Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', [
        ('H15', 'Persentase jemaah haji yang dilakukan surveilans 21 hari setelah kepulangan', '%', 100, 97,
         n(100), q(None, None, 97.9, None), 'P'),
    ])
    SK1 = ('Pengelolaan Pelayanan Kesehatan Haji', [
        ('H01', 'Jumlah jemaah haji yang mendapatkan pemeriksaan kesehatan tahap pertama', 'orang', 4500,
         1322, n(968), q(640, 372, 0, 0), 'sum'),
        ('H03', 'Jumlah jemaah haji yang mendapatkan pemeriksaan kesehatan tahap kedua', 'orang', 4500, 1287,
         n(968), q(150, 805, 0, 0), 'sum'),
        ('H04', 'Jumlah jemaah haji yang diberikan vaksin meningitis meningokokus (MM)', 'orang', 4500, 1275,
         n(968), q(0, 947, 0, 0), 'sum'),
        ('H07', 'Jumlah jemaah haji risiko tinggi (risti) yang dibina', 'orang', 2800, 870, n(620),
         q(190, 330, 81, 50), 'sum'),
        ('H09', 'Frekuensi pembinaan kebugaran jasmani jemaah haji (kali)', 'kali', 110, 38, n(24),
         q(6, 6, 6, 6), 'sum3'),
        ('H10', 'Persentase jemaah haji yang mengikuti pembinaan kebugaran jasmani', '%', 90, 84.2, n(85),
         q(70.2, 88.9, None, None), 'N'),
        ('H11', 'Jumlah peserta manasik kesehatan haji', 'orang', 4500, 1310, n(968), q(500, 490, 0, 0), 'sum'),
        ('H12', 'Jumlah kematian jemaah haji (wafat di Arab Saudi)', 'orang', 0, 5, n(0), q(0, 2, 1, 0), 'sum'),
        ('H14', 'Jumlah jemaah haji yang dilakukan surveilans 21 hari setelah kepulangan', 'orang', 4450, 1271,
         n(960), q(0, 0, 941, 0), 'sum'),
        ('H23', 'Jumlah jemaah haji lanjut usia (\u2265 65 tahun) yang mendapat pendampingan kesehatan',
         'orang', 1200, 263, n(280), q(40, 261, 0, 0), 'sum'),
    ])
    K2 = ('Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota', [
        ('H16', 'Nilai IKM pelayanan UPTD', 'nilai', 85, 83.45, n(82), q(None, 85.3, None, 86.1), 'R'),
    ])
    SK2 = ('Operasional Pelayanan Fasilitas Kesehatan Lainnya', [
        ('H18', 'Jumlah kunjungan pasien (rawat jalan) klinik UPTD', 'kunjungan', 21000, 7801, n(4200),
         q(1110, 1205, 1150, 1190), 'typed:0'),
        ('H19', 'Tingkat ketersediaan obat dan bahan medis habis pakai', '%', 95, 88.5, n(95),
         q(92, 95, 96, 96), 'sum'),
    ])
    SK3 = ('Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan', [
        ('H17', 'Jumlah tenaga kesehatan haji (TKHK/TKHD) yang mendapat pelatihan', 'orang', 140, 48, n(30),
         q(0, 34, 0, 0), 'sum'),
    ])
    P3 = ('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', [
        ('H21', 'Status akreditasi klinik UPTD', 'status', 'Paripurna', 'Paripurna', nul('Paripurna'),
         q(None, None, None, 'Paripurna'), 'typed:Paripurna'),
    ])
    SK4 = ('Pengelolaan Sistem Informasi Kesehatan', [
        ('H20', 'Persentase data pemeriksaan jemaah haji yang terinput dalam Siskohatkes', '%', 100, 0,
         n(100), q(None, 99.1, None, 99.38), 'R'),
        ('H13', 'Persentase kepemilikan Kartu Kesehatan Jemaah Haji', '%', 100, 99.12, n(100),
         q(None, 100, None, None), 'typed:100'),
    ])
    budgets = {  # renstra Rp, real s.d. 2023 Rp, target Rp, quarter Rp
        'SK1': (6250000000, 2410550000, 1245000000, [212400000, 498750000, 301200000, 187350000]),
        'SK2': (3100000000, 1120800000, 624500000, [131250000, 158900000, 149600000, 171300000]),
        'SK3': (600000000, 190250000, 118000000, [0, 109450000, 0, 0]),
        'SK4': (450000000, 120000000, 86500000, [18200000, 21300000, 19900000, 25650000]),
    }
    r = 10
    first_data = r
    put(ws, 'A%d' % r, None)

    def rp_cells(row, b, span):
        ren, sd, tg, qs = b
        end = row + span - 1
        for col, val in (('G', ren), ('I', sd), ('K', tg), ('M', qs[0]), ('O', qs[1]), ('Q', qs[2]),
                         ('S', qs[3])):
            put(ws, '%s%d' % (col, row), val, fmt='#,##0')
            if span > 1:
                ws.merge_cells('%s%d:%s%d' % (col, row, col, end))
        put(ws, 'U%d' % row, '=M%d+O%d+Q%d+S%d' % (row, row, row, row), fmt='#,##0')
        put(ws, 'W%d' % row, '=I%d+U%d' % (row, row), fmt='#,##0')
        put(ws, 'Y%d' % row, '=ROUND(W%d/G%d*100,2)' % (row, row), fmt='0.00')
        if span > 1:
            for col in 'UWY':
                ws.merge_cells('%s%d:%s%d' % (col, row, col, end))

    def ind_row(row, item, unitpd):
        sid, name, unit, ren, sd, tgt, qk, mode = item
        put(ws, 'D%d' % row, name, wrap=True)
        put(ws, 'E%d' % row, unit, h='center')
        put(ws, 'F%d' % row, ren, h='right')
        put(ws, 'H%d' % row, sd, h='right')
        put(ws, 'J%d' % row, tgt, h='right')
        for i, x in enumerate(qk):
            if x is not None:
                put(ws, '%s%d' % (Q[i], row), x, h='right')
        T = 'T%d' % row
        if mode == 'sum':
            put(ws, T, '=L%d+N%d+P%d+R%d' % (row, row, row, row), fmt='#,##0.##')
            real = sum(x for x in qk if x is not None)
        elif mode == 'sum3':
            put(ws, T, '=L%d+N%d+P%d' % (row, row, row), fmt='#,##0.##')
            real = sum(x for x in qk[:3] if x is not None)
        elif mode.startswith('typed:'):
            v = mode[6:]
            try:
                v = float(v)
                put(ws, T, v, fmt='#,##0.##')
                real = v
            except ValueError:
                put(ws, T, v)
                real = None
        else:
            put(ws, T, '=%s%d' % (mode, row), fmt='#,##0.##')
            real = qk[Q.index(mode)]
        if isinstance(ren, (int, float)):
            put(ws, 'V%d' % row, '=H%d+T%d' % (row, row), fmt='#,##0.##')
            if ren:
                put(ws, 'X%d' % row, '=ROUND(V%d/F%d*100,2)' % (row, row), fmt='0.00')
        put(ws, 'Z%d' % row, unitpd, wrap=True)
        K.add(H2, SH, 'D%d' % row, 2024, sid, name, tgt.key, real, [(SH, 'J%d' % row)], [(SH, T)])

    def level(row, title, items, budget_key, unitpd, bold=False, rp_formula=None):
        span = max(1, len(items))
        if span > 1:
            merge(ws, 'C%d:C%d' % (row, row + span - 1), title, wrap=True, v='top', bold=bold)
        else:
            put(ws, 'C%d' % row, title, wrap=True, bold=bold)
        if budget_key:
            rp_cells(row, budgets[budget_key], span)
        elif rp_formula:
            for col in 'GIKMOQS':
                put(ws, '%s%d' % (col, row), rp_formula(col), fmt='#,##0')
                if span > 1:
                    ws.merge_cells('%s%d:%s%d' % (col, row, col, row + span - 1))
            put(ws, 'U%d' % row, '=M%d+O%d+Q%d+S%d' % (row, row, row, row), fmt='#,##0')
            put(ws, 'W%d' % row, '=I%d+U%d' % (row, row), fmt='#,##0')
            put(ws, 'Y%d' % row, '=ROUND(W%d/G%d*100,2)' % (row, row), fmt='0.00')
            if span > 1:
                for col in 'UWY':
                    ws.merge_cells('%s%d:%s%d' % (col, row, col, row + span - 1))
        for i, it in enumerate(items):
            ind_row(row + i, it, unitpd)
        return row + span

    UPJ = 'UPTD Pelayanan Kesehatan Haji'
    # rows are laid out first, budget formulas of parents point at their children
    # P1 (3 rows), K1 (1), SK1 (10), hidden draft row, K2 (1), SK2 (2), P2 (1), K3 (1), SK3 (1), P3 (1), K4(1), SK4 (2)
    rP1 = r
    rK1 = rP1 + 3
    rSK1 = rK1 + 1
    rHid = rSK1 + 10
    rK2 = rHid + 1
    rSK2 = rK2 + 1
    rP2 = rSK2 + 2
    rK3 = rP2 + 1
    rSK3 = rK3 + 1
    rP3 = rSK3 + 1
    rK4 = rP3 + 1
    rSK4 = rK4 + 1
    end = rSK4 + 2
    level(rP1, P1[0], P1[1], None, UPJ, bold=True,
          rp_formula=lambda c: '=%s%d+%s%d' % (c, rK1, c, rK2))
    level(rK1, K1[0], K1[1], None, UPJ, rp_formula=lambda c: '=%s%d' % (c, rSK1))
    level(rSK1, SK1[0], SK1[1], 'SK1', 'Seksi Pelayanan Kesehatan Haji')
    # hidden draft row: an indicator dropped from the 2024 Renja (not a key row)
    put(ws, 'D%d' % rHid, 'Jumlah jemaah haji yang mendapat vaksinasi COVID-19 dosis booster', wrap=True)
    put(ws, 'E%d' % rHid, 'orang', h='center')
    put(ws, 'J%d' % rHid, 968)
    put(ws, 'L%d' % rHid, 0)
    put(ws, 'N%d' % rHid, 0)
    put(ws, 'T%d' % rHid, '=L%d+N%d+P%d+R%d' % (rHid, rHid, rHid, rHid))
    ws.row_dimensions[rHid].hidden = True
    level(rK2, K2[0], K2[1], None, UPJ, rp_formula=lambda c: '=%s%d' % (c, rSK2))
    level(rSK2, SK2[0], SK2[1], 'SK2', 'Subbag Tata Usaha')
    level(rP2, 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN', [], None, UPJ, bold=True,
          rp_formula=lambda c: '=%s%d' % (c, rK3))
    level(rK3, 'Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di '
          'Wilayah Kabupaten/Kota', [], None, UPJ, rp_formula=lambda c: '=%s%d' % (c, rSK3))
    level(rSK3, SK3[0], SK3[1], 'SK3', 'Subbag Tata Usaha')
    level(rP3, P3[0], P3[1], None, UPJ, bold=True, rp_formula=lambda c: '=%s%d' % (c, rK4))
    level(rK4, 'Administrasi Umum Perangkat Daerah', [], None, UPJ, rp_formula=lambda c: '=%s%d' % (c, rSK4))
    level(rSK4, SK4[0], SK4[1], 'SK4', 'Subbag Tata Usaha')
    merge(ws, 'A%d:A%d' % (first_data, end - 1), 1, h='center', v='top')
    merge(ws, 'B%d:B%d' % (first_data, end - 1), SS1 + '; ' + SS2.lower(), wrap=True, v='top')
    box(ws, 'A6:Z%d' % (end - 1))
    r = end
    merge(ws, 'A%d:S%d' % (r, r), 'Rata-rata capaian kinerja (%)', bold=True, h='right')
    put(ws, 'X%d' % r, '=ROUND(AVERAGE(X%d:X%d),1)' % (first_data, end - 1), fmt='0.0')
    put(ws, 'Y%d' % r, '=ROUND(AVERAGE(Y%d:Y%d),1)' % (first_data, end - 1), fmt='0.0')
    merge(ws, 'A%d:S%d' % (r + 1, r + 1), 'Predikat kinerja', bold=True, h='right')
    put(ws, 'X%d' % (r + 1), 'Sangat Tinggi')
    box(ws, 'A%d:Z%d' % (r, r + 1))
    lines = ['Faktor pendorong keberhasilan pencapaian : dukungan Kemenag Kota dan KBIHU dalam mobilisasi jemaah.',
             'Faktor penghambat pencapaian kinerja : sebagian jemaah lansia belum dapat mengikuti kebugaran.',
             'Tindak lanjut yang diperlukan dalam triwulan berikutnya : -',
             'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya : penambahan jadwal '
             'pembinaan kebugaran di KBIHU.']
    for i, t in enumerate(lines):
        put(ws, 'B%d' % (r + 3 + i), t, wrap=False)
    rs = r + 8
    signature(ws, 'C', rs, 'Disusun', ['Rawa Seruni, 10 Januari 2025', 'Kepala UPTD Pelayanan Kesehatan Haji,'],
              *KEPALA)
    signature(ws, 'T', rs, 'Dievaluasi', ['Rawa Seruni, 17 Januari 2025', 'Kepala Dinas Kesehatan Kota Rawa Seruni,'],
              *KADIS, merge_to='Y')
    ws.freeze_panes = 'E10'
    wb.save(raw_path(SLUG, H2))
    K.file(H2)


# ---------------------------------------------------------------- 2025: names by code / figures by code
def book_h3():
    wb = openpyxl.Workbook()
    wl = wb.active
    wl.title = 'Daftar IKU 2025'
    wc = wb.create_sheet('Capaian TW IV 2025')
    wn = wb.create_sheet('Catatan')
    widths(wl, {'A': 10, 'B': 52, 'C': 11, 'D': 60, 'E': 22})
    merge(wl, 'A1:E1', 'DAFTAR INDIKATOR KINERJA UPTD PELAYANAN KESEHATAN HAJI', bold=True, h='center', size=12)
    merge(wl, 'A2:E2', 'KOTA RAWA SERUNI TAHUN 2025', bold=True, h='center')
    for i, t in enumerate(['Kode', 'Sasaran / Indikator Kinerja', 'Satuan', 'Definisi Operasional / Formula',
                           'Sumber Data']):
        put(wl, '%s4' % CL(i + 1), t, bold=True, h='center', fill=GREY)
    # code, sid, name, unit, definition, source, target V, realisasi V
    L1 = [
        ('IK-01', 'H01', 'Jml jemaah haji diperiksa kesehatan thp I (orang)', 'orang',
         'Jumlah jemaah (termasuk cadangan) yang diperiksa kesehatan tahap pertama di Puskesmas/klinik',
         'Siskohatkes', n(880), tx('894 orang', 894)),
        ('IKU-01', 'H02', '% jemaah haji diperiksa kesehatan thp I', '%',
         'Jemaah diperiksa tahap I / jemaah berhak lunas x 100 %', 'Siskohatkes', pc(100), pc(100)),
        ('IK-02', 'H03', 'Jml jemaah haji diperiksa kesehatan thp II (orang)', 'orang',
         'Jumlah jemaah yang diperiksa kesehatan tahap kedua oleh Tim Penyelenggara Kesehatan Haji',
         'Siskohatkes', n(880), n(871)),
        ('IK-03', 'H04', 'Jml jemaah haji divaksin MM (orang)', 'orang',
         'Jumlah jemaah yang mendapat vaksin meningitis meningokokus (ICV)', 'Register ICV', n(880), n(866)),
        ('IKU-03', 'H05', 'Cakupan vaksinasi MM (%)', '%', 'Jemaah divaksin MM / jemaah berangkat x 100 %',
         'Register ICV', n(100), tx('98,41 %', 98.41)),
        ('IKU-02', 'H06b', '% jemaah haji istithaah & istithaah dg pendampingan', '%',
         '(Istithaah + istithaah dengan pendampingan) / jemaah diperiksa tahap II x 100 %',
         'BA penetapan istithaah', pc(97), g(0.912)),
        ('IK-04', 'H07', 'Jml jemaah risti yg mendapat pembinaan (orang)', 'orang',
         'Jumlah jemaah risiko tinggi yang dibina minimal 3 kali', 'Kohort risti', n(600), n(577)),
        ('IK-05', 'H08', 'Persentase jemaah haji risiko tinggi (risti)', '%',
         'Jemaah risti / jemaah diperiksa tahap I x 100 % (indikator negatif)', 'Siskohatkes',
         tx('\u2264 70 %', 70), tx('65,57 %', 65.57)),
        ('IK-06', 'H09', 'Jml kegiatan kebugaran jasmani jemaah (kali)', 'kali',
         'Jumlah sesi pembinaan kebugaran (senam, jalan kaki, tes Rockport)', 'Laporan kegiatan', n(24), n(22)),
        ('IK-07', 'H10', '% jemaah haji ikut pembinaan kebugaran', '%',
         'Jemaah yang mengikuti min. 4 sesi / jemaah berangkat x 100 %', 'Daftar hadir', pc(85), pc(90.1)),
        ('IK-11', 'H24', 'Jml jemaah ikut manasik kesehatan & pembinaan kebugaran (orang)', 'orang',
         'Jemaah yang mengikuti manasik kesehatan dan sesi kebugaran (gabungan sejak 2025)', 'Daftar hadir',
         n(880), n(868)),
        ('IK-08', 'H12', 'Jml jemaah haji wafat (orang)', 'orang', 'Jemaah wafat di embarkasi / Arab Saudi',
         'Laporan PPIH', n(0), n(2)),
        ('IK-09', 'H14', 'Jml jemaah dipantau 21 hr pasca kepulangan (orang)', 'orang',
         'Jemaah pulang yang dipantau dengan K3JH selama 21 hari', 'Form K3JH', n(875), n(859)),
        ('IKU-04', 'H15', '% jemaah dipantau 21 hr pasca kepulangan', '%',
         'Jemaah dipantau / jemaah pulang x 100 %', 'Form K3JH', pc(100), pc(98.2)),
        ('IK-10', 'H23', 'Jml jemaah lansia didampingi (orang)', 'orang',
         'Jemaah usia \u2265 65 tahun yang mendapat pendampingan kesehatan', 'Kohort lansia', n(260), n(248)),
    ]
    L2 = [
        ('IKU-05', 'H16', 'Indeks kepuasan masyarakat (IKM) thd pelayanan klinik', 'nilai',
         'Nilai SKM sesuai PermenPANRB 14/2017', 'Survei SKM', n(82), n(85.72)),
        ('IK-12', 'H18', 'Jml kunjungan rawat jalan (kunjungan)', 'kunjungan', 'Kunjungan pasien rawat jalan klinik',
         'SIMPUS', tx('4.500 kunjungan', 4500), n(4731)),
        ('IK-13', 'H19', '% ketersediaan obat & BMHP', '%', 'Item obat tersedia / item obat esensial x 100 %',
         'LPLPO', tx('95-100 %', 95), pc(97)),
        ('IK-14', 'H20', '% data kesehatan jemaah terinput di SISKOHATKES', '%',
         'Data pemeriksaan terinput / jemaah diperiksa x 100 %', 'Siskohatkes', pc(100), pc(100)),
        ('IK-15', 'H21', 'Akreditasi klinik', 'status', 'Status akreditasi Klinik Utama oleh LAFKI',
         'Sertifikat akreditasi', nul('Paripurna'), nul('Paripurna')),
    ]
    r = 5
    codes = {}
    for sscode, ss, items in (('SS.1', SS1, L1), ('SS.2', SS2, L2)):
        put(wl, 'A%d' % r, sscode, bold=True)
        merge(wl, 'B%d:E%d' % (r, r), ss, bold=True, fill=YELLOW)
        r += 1
        for code, sid, name, unit, defi, src, t, re_ in items:
            put(wl, 'A%d' % r, code)
            put(wl, 'B%d' % r, name, wrap=True)
            put(wl, 'C%d' % r, unit, h='center')
            put(wl, 'D%d' % r, defi, wrap=True)
            put(wl, 'E%d' % r, src, wrap=True)
            codes[code] = (sid, name, r, t, re_)
            r += 1
    box(wl, 'A4:E%d' % (r - 1))
    put(wl, 'A%d' % (r + 1), 'IKU = Indikator Kinerja Utama; IK = Indikator Kinerja (pendukung).', italic=True,
        wrap=False)
    # figures by code, sorted IKU then IK
    widths(wc, {'A': 10, 'B': 14, 'C': 16, 'D': 12, 'E': 15, 'F': 40})
    merge(wc, 'A1:F1', 'CAPAIAN KINERJA S.D. TRIWULAN IV TAHUN 2025', bold=True, h='center', size=12)
    merge(wc, 'A2:F2', 'UPTD Pelayanan Kesehatan Haji Kota Rawa Seruni (lihat sheet Daftar IKU 2025)',
          h='center', italic=True)
    for i, t in enumerate(['Kode IK', 'Target 2025', 'Realisasi s.d. TW IV', 'Capaian (%)', 'Kategori',
                           'Keterangan']):
        put(wc, '%s4' % CL(i + 1), t, bold=True, h='center', fill=GREY, wrap=True)

    def sortkey(c):
        kind, num = c.split('-')
        return (0 if kind == 'IKU' else 1, int(num))
    rr = 5
    ket = {'H06b': 'sumber: BA penetapan istithaah TW II', 'H08': 'indikator negatif',
           'H21': 'sertifikat berlaku s.d. 2028', 'H12': 'indikator negatif'}
    for code in sorted(codes, key=sortkey):
        sid, name, nr, t, re_ = codes[code]
        put(wc, 'A%d' % rr, code, h='center')
        put(wc, 'B%d' % rr, t, h='right')
        put(wc, 'C%d' % rr, re_, h='right')
        if isinstance(t.content, (int, float)) and isinstance(re_.content, (int, float)):
            put(wc, 'D%d' % rr, '=IFERROR(ROUND(C%d/B%d*100,2),"-")' % (rr, rr), fmt='0.00', h='right')
        elif t.key and re_.key is not None:      # text cells: the clerk typed the capaian
            cap = (2 * t.key - re_.key) / t.key * 100 if sid == 'H08' else re_.key / t.key * 100
            put(wc, 'D%d' % rr, round(cap, 2), fmt='0.00', h='right')
        else:
            put(wc, 'D%d' % rr, '-', h='right')
        put(wc, 'E%d' % rr, '=IF(ISNUMBER(D%d),IF(D%d>=91,"Sangat Tinggi",IF(D%d>=76,"Tinggi",'
            'IF(D%d>=66,"Sedang",IF(D%d>=51,"Rendah","Sangat Rendah")))),"-")' % (rr, rr, rr, rr, rr))
        put(wc, 'F%d' % rr, ket.get(sid, ''))
        K.add(H3, 'Daftar IKU 2025', 'B%d' % nr, 2025, sid, name, t.key, re_.key,
              [('Capaian TW IV 2025', 'B%d' % rr)], [('Capaian TW IV 2025', 'C%d' % rr)])
        rr += 1
    box(wc, 'A4:F%d' % (rr - 1))
    signature(wc, 'D', rr + 2, 'Rawa Seruni, 9 Januari 2026', ['Kepala UPTD Pelayanan Kesehatan Haji,'],
              *KEPALA, merge_to='F')
    widths(wn, {'A': 110})
    for i, t in enumerate([
            'CATATAN',
            '1. Mulai 2025 indikator manasik kesehatan digabung dengan pembinaan kebugaran (IK-11).',
            '2. Istithaah dihitung termasuk istithaah dengan pendampingan (sesuai Permenkes terbaru).',
            '3. Kuota jemaah Kota Rawa Seruni 2025: 880 orang.',
            '4. Kolom Realisasi s.d. TW IV merupakan angka kumulatif / kondisi akhir tahun.'], 1):
        put(wn, 'A%d' % i, t, bold=(i == 1), wrap=False)
    wb.save(raw_path(SLUG, H3))
    K.file(H3)


if __name__ == '__main__':
    book_h1()
    book_h2()
    book_h3()
    K.save()
