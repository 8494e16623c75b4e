"""Agency 1: UPTD Panti Sosial Tresna Werdha Seroja Kasih, Dinas Sosial Provinsi Tanjung Seruni (2018-2021)."""
from common import *

SLUG = 'uptd_pstw_seroja_kasih_tanjung_seruni'
AG = 'UPTD Panti Sosial Tresna Werdha Seroja Kasih, Dinas Sosial Provinsi Tanjung Seruni'
YEARS = [2018, 2019, 2020, 2021]
FLOWS = ['P04', 'P06', 'P06b', 'P09', 'P11', 'P12', 'P13', 'P17', 'P18']
NEG = ['P08']

N = {  # names per id per year (2020 gets a numbering prefix at write time)
 'P01': {2018: 'Jumlah lansia terlantar yang mendapatkan pelayanan sosial dalam panti',
         2019: 'Jumlah Lanjut Usia Terlantar yg mendapat pelayanan sosial dalam panti',
         2020: 'Jumlah Lansia Terlantar yang Mendapatkan Pelayanan dalam Panti (orang)',
         2021: 'Jumlah Lansia Terlantar Yang Mendapatkan Pelayanan Sosial Di Dalam Panti'},
 'P02': {2018: 'Prosentase lansia yang mendapatkan pemeriksaan kesehatan secara berkala',
         2019: 'Persentase lansia yg mendapat pemeriksaan kesehatan berkala',
         2020: 'Persentase Lansia yang Memperoleh Pemeriksaan Kesehatan Berkala',
         2021: 'Persentase lansia yang mendapatkan pemeriksaan kesehatan secara berkala'},
 'P03': {2018: 'Jumlah lansia yang mendapatkan pemeriksaan kesehatan',
         2019: 'Jumlah lansia yg mendapat pemeriksaan kesehatan',
         2020: 'Jumlah Lansia yang Memperoleh Pemeriksaan Kesehatan (orang)'},
 'P04': {2018: 'Jumlah lansia yang dikembalikan ke keluarga (reunifikasi)',
         2019: 'Jumlah lansia yg direunifikasi dengan keluarga',
         2020: 'Jumlah Lansia yang Dikembalikan kepada Keluarga/Reunifikasi',
         2021: 'Jumlah lansia yang berhasil direunifikasi dengan keluarga'},
 'P05': {2019: 'Prosentase lansia yg berhasil dikembalikan ke keluarga',
         2020: 'Persentase Lansia yang Dikembalikan kepada Keluarga',
         2021: 'Persentase lansia yang berhasil direunifikasi dengan keluarga'},
 'P06': {2018: 'Jumlah pengasuh yang mengikuti pelatihan',
         2019: 'Jumlah pengasuh (care giver) yg dilatih',
         2020: 'Jumlah Pengasuh/Care Giver yang Mengikuti Pelatihan',
         2021: 'Jumlah pengasuh lansia yang mengikuti pelatihan/bimtek'},
 'P06b': {2020: 'Jumlah Pekerja Sosial Fungsional yang Mengikuti Pelatihan',
          2021: 'Jumlah pekerja sosial fungsional yang mengikuti pelatihan/bimtek'},
 'P07': {2018: 'Indeks Kepuasan Masyarakat terhadap pelayanan panti',
         2019: 'IKM pelayanan panti',
         2020: 'Indeks Kepuasan Masyarakat (IKM) Pelayanan Panti'},
 'P07b': {2021: 'Persentase klien dan keluarga yang puas terhadap pelayanan panti'},
 'P08': {2018: 'Biaya makan per lansia per hari',
         2019: 'Biaya makan lansia / orang / hari (Rp)',
         2020: 'Rata-rata Biaya Permakanan per Lansia per Hari',
         2021: 'Biaya permakanan per orang lansia per hari'},
 'P09': {2018: 'Jumlah lansia baru yang diterima di panti',
         2019: 'Jumlah lansia baru yg diterima',
         2020: 'Jumlah Lansia Baru yang Diterima dalam Panti',
         2021: 'Jumlah penerimaan lansia baru di panti'},
 'P10': {2018: 'Prosentase lansia potensial yang mendapatkan bimbingan keterampilan',
         2019: 'Persentase lansia potensial yg mendapat bimbingan keterampilan',
         2020: 'Persentase Lansia Potensial yang Mendapatkan Bimbingan Ketrampilan'},
 'P11': {2018: 'Jumlah kegiatan bimbingan mental dan spiritual',
         2019: 'Jumlah kegiatan bimbingan mental & spiritual',
         2020: 'Jumlah Kegiatan Bimbingan Mental Spiritual (kegiatan)',
         2021: 'Jumlah kegiatan bimbingan mental, spiritual dan keagamaan'},
 'P12': {2018: 'Jumlah lansia yang dirujuk ke rumah sakit',
         2019: 'Jumlah lansia yg dirujuk ke RS'},
 'P13': {2018: 'Jumlah lansia meninggal dunia yang dimakamkan secara layak',
         2019: 'Jumlah lansia meninggal yg dimakamkan secara layak',
         2020: 'Jumlah Lansia Meninggal Dunia yang Mendapatkan Pemulasaraan dan Pemakaman Layak',
         2021: 'Jumlah lansia meninggal yang mendapat pemulasaraan jenazah dan pemakaman layak'},
 'P14': {2018: 'Prosentase sarana dan prasarana panti dalam kondisi baik',
         2019: 'Persentase sarpras panti dalam kondisi baik',
         2020: 'Persentase Sarana dan Prasarana Panti dalam Kondisi Baik',
         2021: 'Persentase sarana prasarana panti yang dalam kondisi baik'},
 'P15': {2018: 'Nilai evaluasi SAKIP UPTD',
         2020: 'Predikat Nilai Evaluasi AKIP UPTD'},
 'P16': {2018: 'Prosentase tertib administrasi keuangan',
         2019: 'Persentase tertib administrasi keuangan UPTD',
         2020: 'Persentase Tertib Administrasi Keuangan dan Barang Milik Daerah',
         2021: 'Persentase tertib administrasi keuangan & BMD'},
 'P17': {2018: 'Jumlah dokumen perencanaan dan laporan kinerja yang disusun ',
         2019: 'Jumlah dokumen perencanaan & pelaporan kinerja',
         2020: 'Jumlah Dokumen Perencanaan dan Laporan Kinerja (dokumen)',
         2021: 'Jumlah dokumen perencanaan, evaluasi dan pelaporan kinerja'},
 'P18': {2019: 'Jumlah kunjungan keluarga ke panti',
         2020: 'Jumlah Kunjungan Keluarga Lansia ke Panti (kali)',
         2021: 'Jumlah kunjungan keluarga lansia'},
 'P19': {2018: 'Tingkat hunian panti (%)',
         2019: 'Prosentase tingkat hunian panti',
         2020: 'Persentase Tingkat Hunian Panti terhadap Kapasitas',
         2021: 'Tingkat keterisian (hunian) panti terhadap daya tampung'},
}
UNIT = {'P01': 'orang', 'P02': '%', 'P03': 'orang', 'P04': 'orang', 'P05': '%', 'P06': 'orang', 'P06b': 'orang',
        'P07': 'nilai', 'P07b': '%', 'P08': 'Rp', 'P09': 'orang', 'P10': '%', 'P11': 'kegiatan', 'P12': 'orang',
        'P13': 'orang', 'P14': '%', 'P15': 'predikat', 'P16': '%', 'P17': 'dokumen', 'P18': 'kali', 'P19': '%'}

SIGN = ['Kepala UPTD Panti Sosial Tresna Werdha', 'Seroja Kasih,', '', '', '',
        'Dra. Hj. RUSMAWATI SIREGAR, M.Si', 'Pembina Tk. I / IV b', 'NIP. 19670412 199203 2 008']


def sig(ws, row, col, lines):
    for i, s in enumerate(lines):
        text(ws, '%s%d' % (col, row + i), s, bold=(i == 5))


# ----------------------------------------------------------------------------------------------- 2018
def y2018(ag):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'PK 2018'
    fname = 'PK PSTW Seroja Kasih 2018.xls'
    widths(ws, {'A': 5, 'B': 30, 'C': 48, 'D': 11, 'E': 10, 'F': 11, 'G': 10, 'H': 11, 'I': 22})
    for i, t in enumerate(['PENGUKURAN KINERJA', 'UPTD PANTI SOSIAL TRESNA WERDHA SEROJA KASIH',
                           'DINAS SOSIAL PROVINSI TANJUNG SERUNI', 'TAHUN ANGGARAN 2018'], 1):
        merge(ws, 'A%d:I%d' % (i, i), t, bold=True, border=False, size=12)

    def header(r):
        merge(ws, 'A%d:A%d' % (r, r + 1), 'No', bold=True)
        merge(ws, 'B%d:B%d' % (r, r + 1), 'Sasaran Strategis', bold=True)
        merge(ws, 'C%d:C%d' % (r, r + 1), 'Indikator Kinerja', bold=True)
        merge(ws, 'D%d:E%d' % (r, r), 'Target', bold=True)
        merge(ws, 'F%d:G%d' % (r, r), 'Realisasi', bold=True)
        merge(ws, 'H%d:H%d' % (r, r + 1), 'Capaian (%)', bold=True)
        merge(ws, 'I%d:I%d' % (r, r + 1), 'Keterangan', bold=True)
        for c, t in zip('DEFG', ['Nilai', 'Satuan', 'Nilai', 'Satuan']):
            text(ws, '%s%d' % (c, r + 1), t, bold=True, align=CENTER, border=True)
        for i, c in enumerate('ABCDEFGHI', 1):
            text(ws, '%s%d' % (c, r + 2), '(%d)' % i, align=CENTER, border=True, italic=True)

    header(6)
    # (id, target, realisasi, capaian: 'f' formula | ('wrong', row) | typed value, keterangan)
    plan = [
        ('S1', 'Meningkatnya kualitas pelayanan sosial bagi lanjut usia terlantar di dalam panti'),
        ('P01', 130, 127, 'f', ''),
        ('P19', V('>= 95', 95), 96.7, 101.79, 'kapasitas 120 TT'),
        ('P09', 25, 29, ('wrong', 12), ''),
        ('P02', 90, 91.5, 'f', ''),
        ('P03', 120, V('124 orang', 124), 103.33, ''),
        ('P10', 60, 62.5, 'f', ''),
        ('P11', 480, 50, 'f', ''),
        ('BREAK',),
        ('S1L', 'Meningkatnya kualitas pelayanan sosial bagi lanjut usia terlantar di dalam panti (lanjutan)'),
        ('P12', 35, 41, 'f', ''),
        ('P13', 10, V('-', None), '-', 'tidak ada lansia meninggal dunia yang dimakamkan oleh panti'),
        ('S2', 'Meningkatnya keberfungsian sosial lansia melalui reunifikasi dengan keluarga'),
        ('P04', 10, 8, 'f', ''),
        ('S3', 'Meningkatnya kualitas manajemen dan sumber daya manusia panti'),
        ('P06', 20, 18, 'f', ''),
        ('P07', 80, 81.25, 98.2, 'survei IKM Desember 2018'),
        ('P08', 35000, 34250, 'f', 'indikator negatif'),
        ('P14', V('85 - 90', 85), 86.4, 101.65, ''),
        ('P15', V('B', None), V('BB', None), 100, 'LHE Inspektorat'),
        ('P16', 100, V(1, 100, FMT_PCT0), 'f', ''),
        ('P17', 6, 6, 'f', ''),
        ('DUP', 'P17'),
    ]
    r = 9
    no = 0
    sas_start = None
    sas_text = None
    rows_of = {}

    def close_sas(end):
        if sas_start is not None:
            merge(ws, 'B%d:B%d' % (sas_start, end), sas_text, align=WRAP)

    for item in plan:
        if item[0] in ('S1', 'S2', 'S3', 'S1L'):
            close_sas(r - 1)
            sas_start, sas_text = r, item[1]
            continue
        if item[0] == 'BREAK':
            close_sas(r - 1)
            sas_start = None
            header(r)
            ag.note(fname, ws.title, 'rows %d-%d: the two header rows and the numbered row repeated in the middle of the table '
                    '(a page break pasted from Word); the Sasaran of the rows after it is repeated with "(lanjutan)" in B%d' % (r, r + 2, r + 3))
            r += 3
            continue
        if item[0] == 'DUP':
            src = rows_of[item[1]]
            for c in 'ACDEFGHI':
                ws['%s%d' % (c, r)].value = ws['%s%d' % (c, src)].value if c != 'H' else '=F%d/D%d*100' % (r, r)
                ws['%s%d' % (c, r)].border = BORDER
                ws['%s%d' % (c, r)].number_format = ws['%s%d' % (c, src)].number_format
            ws['C%d' % r].alignment = WRAP
            ag.note(fname, ws.title, 'row %d: exact duplicate of row %d (%s, same number "%s"); not a key row' % (r, src, item[1], ws['A%d' % src].value))
            r += 1
            continue
        sid, tg, rl, cap, ket = item
        no += 1
        rows_of[sid] = r
        put(ws, 'A%d' % r, no, align=CENTER)
        put(ws, 'C%d' % r, N[sid][2018], align=WRAP)
        u = UNIT[sid]
        fmt = FMT_INT if u in ('orang', 'kegiatan', 'dokumen', 'Rp') else FMT_DEC
        kt = put(ws, 'D%d' % r, as_v(tg) if not isinstance(tg, V) else tg, fmt=fmt)
        put(ws, 'E%d' % r, u, align=CENTER)
        kr = put(ws, 'F%d' % r, as_v(rl) if not isinstance(rl, V) else rl, fmt=fmt)
        put(ws, 'G%d' % r, u, align=CENTER)
        if cap == 'f':
            put(ws, 'H%d' % r, '=F%d/D%d*100' % (r, r), fmt=FMT_CAP)
        elif isinstance(cap, tuple):
            put(ws, 'H%d' % r, '=F%d/D%d*100' % (cap[1], cap[1]), fmt=FMT_CAP)
        else:
            put(ws, 'H%d' % r, cap, fmt=FMT_CAP)
        put(ws, 'I%d' % r, ket or None, align=WRAP)
        ag.key(fname, ws, r, 'C', 2018, sid, kt, kr, (['D%d' % r], 'one'), (['F%d' % r], 'one'))
        r += 1
    close_sas(r - 1)
    last = r - 1
    R = rows_of
    ag.note(fname, ws.title, 'row %d (P09): capaian formula =F%d/D%d*100 points at the next row (P02): shows 101,67 instead of 116,00' % (R['P09'], R['P02'], R['P02']))
    ag.note(fname, ws.title, 'row %d (P19): target typed ">= 95" (text) -> key 95; capaian typed 101,79' % R['P19'])
    ag.note(fname, ws.title, 'row %d (P03): realisasi typed as text "124 orang" -> key 124; capaian typed' % R['P03'])
    ag.note(fname, ws.title, 'row %d (P11): target typed 480 for 48 (10x; 2019 says 48) -> keyed as typed 480; capaian formula gives 10,42' % R['P11'])
    ag.note(fname, ws.title, 'row %d (P13): realisasi "-" and capaian "-" -> key realisasi null' % R['P13'])
    ag.note(fname, ws.title, 'row %d (P07): typed capaian 98,20 disagrees with 81,25 / 80 = 101,56' % R['P07'])
    ag.note(fname, ws.title, 'row %d (P08, NEGATIVE: meal cost): capaian uses the positive formula =F/D*100 (97,86); lower is better, (2T-R)/T = 102,14' % R['P08'])
    ag.note(fname, ws.title, 'row %d (P14): target typed as a range "85 - 90" -> key 85' % R['P14'])
    ag.note(fname, ws.title, 'row %d (P15): grades, target "B", realisasi "BB", capaian typed 100 -> key target and realisasi null' % R['P15'])
    ag.note(fname, ws.title, 'row %d (P16): target 100 in a plain cell but realisasi stored as 1 in a "0%%" cell (shows 100%%) -> key 100; '
            'the capaian formula therefore shows 1,00 (fraction error)' % R['P16'])
    ag.note(fname, ws.title, 'row %d (P17): the name cell ends with a trailing space (kept in "written")' % R['P17'])
    b = last + 2
    text(ws, 'B%d' % b, 'Jumlah Anggaran Tahun 2018')
    text(ws, 'C%d' % b, ': Rp. 4.815.250.000,-')
    text(ws, 'B%d' % (b + 1), 'Jumlah Realisasi Anggaran')
    text(ws, 'C%d' % (b + 1), ': Rp. 4.602.118.500,-')
    text(ws, 'G%d' % (b + 3), 'Tanjung Seruni, 15 Januari 2019')
    text(ws, 'B%d' % (b + 4), 'Kepala Dinas Sosial')
    text(ws, 'B%d' % (b + 5), 'Provinsi Tanjung Seruni,')
    text(ws, 'B%d' % (b + 9), 'Ir. H. ZAINUDDIN LUBIS, MM', bold=True)
    text(ws, 'B%d' % (b + 10), 'Pembina Utama Muda / IV c')
    text(ws, 'B%d' % (b + 11), 'NIP. 19640808 199003 1 015')
    sig(ws, b + 4, 'G', SIGN)
    ag.describe(fname, ws.title,
                'Classic annual PK. Title rows 1-4; header rows 6-7 (No | Sasaran Strategis | Indikator Kinerja | Target: Nilai, Satuan | '
                'Realisasi: Nilai, Satuan | Capaian (%%) | Keterangan), numbered column row 8 "(1)".."(9)". Data rows 9-%d with the Sasaran '
                'merged down column B; indicator names in C, target D, realisasi F, each with its own Satuan column (E, G); capaian H '
                'mostly =F/D*100. Budget lines, date and two signature blocks below. 17 key rows.' % last)
    # hidden draft sheet
    d = wb.create_sheet('PK 2018 (draft)')
    text(d, 'A1', 'DRAFT - jangan dicetak')
    for i, h in enumerate(['No', 'Indikator', 'Target', 'Satuan', 'Realisasi'], 1):
        d.cell(row=3, column=i, value=h)
    for i, (sid, t, rr) in enumerate([('P01', 125, 120), ('P02', 85, 88), ('P04', 8, 6), ('P06', 15, 15), ('P08', 33000, 34100),
                                      ('P09', 20, 22), ('P11', 48, 45), ('P17', 5, 5)], 1):
        d.cell(row=3 + i, column=1, value=i)
        d.cell(row=3 + i, column=2, value=N[sid][2018])
        d.cell(row=3 + i, column=3, value=t)
        d.cell(row=3 + i, column=4, value=UNIT[sid])
        d.cell(row=3 + i, column=5, value=rr)
    d.sheet_state = 'hidden'
    ag.describe(fname, d.title, 'HIDDEN draft sheet: an earlier version of the table with other figures (8 rows). Not key rows.')
    n = wb.create_sheet('Catatan')
    for i, s in enumerate(['Catatan penyusunan Pengukuran Kinerja 2018:',
                           '- data realisasi per 31 Desember 2018 (buku register penerima manfaat)',
                           '- kapasitas tempat tidur panti: 120 TT',
                           '- biaya makan = pagu permakanan / jumlah lansia / 365 hari',
                           '- IKM diukur dengan survei 1 kali setahun (Desember)'], 1):
        text(n, 'A%d' % i, s)
    ag.describe(fname, n.title, 'Notes sheet (five lines of text). Not key rows.')
    ag.save(wb, 'PK PSTW Seroja Kasih 2018', 'xls')


# ----------------------------------------------------------------------------------------------- 2019 + 2020
def y2019(ag, wb, fname):
    ws = wb.active
    ws.title = 'Smt 2019'
    widths(ws, {'A': 5, 'B': 50, 'C': 10, 'D': 12, 'E': 11, 'F': 11, 'G': 11, 'H': 11, 'I': 30})
    merge(ws, 'A1:I1', 'RENCANA AKSI DAN REALISASI KINERJA PER SEMESTER', bold=True, border=False, size=12)
    merge(ws, 'A2:I2', 'UPTD PSTW SEROJA KASIH - DINAS SOSIAL PROV. TANJUNG SERUNI', bold=True, border=False)
    merge(ws, 'A3:I3', 'TAHUN 2019', bold=True, border=False)
    merge(ws, 'A5:A6', 'No', bold=True)
    merge(ws, 'B5:B6', 'Indikator Kinerja', bold=True)
    merge(ws, 'C5:C6', 'Satuan', bold=True)
    merge(ws, 'D5:D6', 'Target Tahun 2019', bold=True)
    merge(ws, 'E5:F5', 'Semester I', bold=True)
    merge(ws, 'G5:H5', 'Semester II', bold=True)
    merge(ws, 'I5:I6', 'Keterangan', bold=True)
    for c, t in zip('EFGH', ['Target', 'Realisasi', 'Target', 'Realisasi']):
        text(ws, '%s6' % c, t, bold=True, align=CENTER, border=True)
    P = V(1, 100, FMT_PCT0)
    plan = [
        ('G', 'SASARAN 1 : Meningkatnya kualitas pelayanan sosial bagi lanjut usia terlantar di dalam panti'),
        ('P01', 135, (135, 129), (135, V('138*', 138)), ''),
        ('P03', 125, (125, 117), (125, 131), ''),
        ('P02', 92, (92, 90.4), (92, 93.8), ''),
        ('P09', 25, (12, V('14²', 14)), (13, 13), ''),
        ('P10', 65, (65, 58.3), (65, V(0.667, 0.667)), ''),
        ('P11', 48, (24, 24), (24, 24), 'rutin 2 kali seminggu'),
        ('P12', 350, (17, 16), (18, 17), ''),
        ('P13', 10, (V('-', None), 5), (10, 7), ''),
        ('P18', 450, (200, 220), (250, V('271 ¹', 271)), ''),
        ('P19', V('95-100', 95), (V('95-100', 95), 97.5), (V('95-100', 95), 99.2), 'kapasitas 120 TT'),
        ('G', 'SASARAN 2 : Meningkatnya keberfungsian sosial lansia melalui reunifikasi dengan keluarga'),
        ('P04', 12, (6, 5), (6, 8), ''),
        ('P05', 8, (8, 3.85), (8, 9.42), 'jumlah direunifikasi / jumlah lansia dilayani'),
        ('G', 'SASARAN 3 : Meningkatnya kualitas manajemen dan sumber daya manusia panti'),
        ('P06', 20, (10, 10), (10, 12), ''),
        ('P07', 82, (82, 81.9), (82, V('83,40a', 83.4)), ''),
        ('P08', 37500, (37500, 36900), (37500, 38100), 'indikator negatif (makin kecil makin baik)'),
        ('P14', 85, (85, 87.2), (85, 88.0), ''),
        ('P16', P, (P, P), (P, P), ''),
        ('P17', 6, (2, 2), (4, 4), 'Renja, RKA, Renaksi, LKjIP, Lap. Triwulan'),
    ]
    r = 7
    no = 0
    R = {}
    for item in plan:
        if item[0] == 'G':
            merge(ws, 'A%d:I%d' % (r, r), item[1], bold=True, align=Alignment(vertical='center'), fill=GREY)
            r += 1
            continue
        sid, tg, s1, s2, ket = item
        no += 1
        R[sid] = r
        u = UNIT[sid]
        fmt = FMT_INT if u in ('orang', 'kegiatan', 'dokumen', 'Rp', 'kali') else FMT_DEC
        put(ws, 'A%d' % r, no, align=CENTER)
        put(ws, 'B%d' % r, N[sid][2019], align=WRAP)
        put(ws, 'C%d' % r, u, align=CENTER)
        kt = put(ws, 'D%d' % r, tg if isinstance(tg, V) else as_v(tg), fmt=fmt)
        put(ws, 'E%d' % r, s1[0] if isinstance(s1[0], V) else as_v(s1[0]), fmt=fmt)
        k1 = put(ws, 'F%d' % r, s1[1] if isinstance(s1[1], V) else as_v(s1[1]), fmt=fmt)
        put(ws, 'G%d' % r, s2[0] if isinstance(s2[0], V) else as_v(s2[0]), fmt=fmt)
        k2 = put(ws, 'H%d' % r, s2[1] if isinstance(s2[1], V) else as_v(s2[1]), fmt=fmt)
        put(ws, 'I%d' % r, ket or None, align=WRAP)
        how = 'sum' if sid in FLOWS else 'last'
        kr = agg([k1, k2], how)
        ag.key(fname, ws, r, 'B', 2019, sid, kt, kr, (['D%d' % r], 'one'), (['F%d' % r, 'H%d' % r], how))
        r += 1
    last = r - 1
    f = r + 1
    for i, s in enumerate(['Keterangan :',
                           '*)  angka sementara, menunggu verifikasi Dinas Sosial Provinsi',
                           'a)  hasil survei IKM semester II oleh tim independen',
                           '¹)  termasuk kunjungan keluarga pada Hari Lanjut Usia Nasional (HLUN)',
                           '²)  termasuk 3 orang lansia titipan Dinas Sosial Kabupaten']):
        text(ws, 'B%d' % (f + i), s, italic=(i > 0))
    text(ws, 'G%d' % (f + 6), 'Tanjung Seruni, 10 Januari 2020')
    sig(ws, f + 7, 'G', SIGN)
    ag.describe(fname, ws.title,
                'Own-year realisation by SEMESTER. Title rows 1-3; header rows 5-6 (No | Indikator Kinerja | Satuan | Target Tahun 2019 | '
                'Semester I: Target, Realisasi | Semester II: Target, Realisasi | Keterangan). NO annual realisasi column: key realisasi = '
                'Semester I + Semester II for flow ids, Semester II (last reported) for level ids. Sasaran written as full-width grey group '
                'rows (not key rows) at rows 7, %d, %d. Data rows 8-%d; footnote block and signature below. 18 key rows.'
                % (R['P04'] - 1, R['P06'] - 1, last))
    ag.note(fname, ws.title, 'row %d (P01): Semester II realisasi "138*" (footnote mark) -> 138' % R['P01'])
    ag.note(fname, ws.title, 'row %d (P09): Semester I realisasi "14²" (superscript footnote digit glued to the number; NOT 142) -> 14; key 14 + 13 = 27' % R['P09'])
    ag.note(fname, ws.title, 'row %d (P10): Semester II realisasi typed as the fraction 0.667 in a General cell (66,7 %% meant) -> keyed as typed 0.667' % R['P10'])
    ag.note(fname, ws.title, 'row %d (P12): annual target typed 350 for 35 (semester targets 17 + 18) -> keyed 350' % R['P12'])
    ag.note(fname, ws.title, 'row %d (P13): Semester I target "-"' % R['P13'])
    ag.note(fname, ws.title, 'row %d (P18): Semester II realisasi "271 ¹" (footnote) -> 271; key 220 + 271 = 491' % R['P18'])
    ag.note(fname, ws.title, 'row %d (P19): targets typed as the range "95-100" -> key 95' % R['P19'])
    ag.note(fname, ws.title, 'row %d (P07): Semester II realisasi "83,40a" (footnote letter) -> 83.4' % R['P07'])
    ag.note(fname, ws.title, 'row %d (P16): all cells 1 in "0%%" format -> key 100' % R['P16'])
    ag.note(fname, ws.title, 'row %d (P08): negative indicator; level -> Semester II 38.100 (above the 37.500 target: not achieved)' % R['P08'])


def y2020(ag, wb, fname):
    ws = wb.create_sheet('Tabel 3.2 LKjIP 2020')
    widths(ws, {'A': 5, 'B': 28, 'C': 50, 'D': 9, 'E': 11, 'F': 11, 'G': 11, 'H': 11, 'I': 15, 'J': 13, 'K': 24})
    text(ws, 'A1', 'Tabel 3.2', bold=True)
    text(ws, 'A2', 'Perbandingan Realisasi Kinerja Tahun 2020 dengan Tahun Sebelumnya dan Target Akhir Renstra', bold=True)
    text(ws, 'A3', 'UPTD Panti Sosial Tresna Werdha Seroja Kasih')
    merge(ws, 'A5:A6', 'No', bold=True)
    merge(ws, 'B5:B6', 'Sasaran', bold=True)
    merge(ws, 'C5:C6', 'Indikator Kinerja', bold=True)
    merge(ws, 'D5:D6', 'Satuan', bold=True)
    merge(ws, 'E5:F5', 'Realisasi Tahun Sebelumnya', bold=True)
    merge(ws, 'G5:I5', 'Tahun 2020', bold=True)
    merge(ws, 'J5:J6', 'Target Akhir Renstra (2023)', bold=True)
    merge(ws, 'K5:K6', 'Keterangan', bold=True)
    for c, t in zip('EFGHI', ['2018', '2019', 'Target', 'Realisasi', 'Capaian']):
        text(ws, '%s6' % c, t, bold=True, align=CENTER, border=True)
    for i, c in enumerate('ABCDEFGHIJK', 1):
        text(ws, '%s7' % c, '(%d)' % i, align=CENTER, border=True, italic=True)
    # id, r2018, r2019, target, realisasi, word, renstra, ket
    plan = [
        ('S', 'Meningkatnya kualitas pelayanan sosial bagi lanjut usia terlantar di dalam panti'),
        ('P01', 127, 136, 140, 131, None, 150, 'pembatasan penerimaan masa pandemi'),
        ('P19', 96.7, 99.2, V(0.95, 95, FMT_PCT0), V(0.933, 93.3, FMT_PCT1), None, V(1, 100, FMT_PCT0), ''),
        ('P09', 29, 27, 25, 18, None, 30, ''),
        ('P02', 91.5, 93.8, 95, V(0.882, 88.2, FMT_PCT1), None, 100, 'pemeriksaan terhenti April-Juni'),
        ('P03', 124, 131, 130, 119, None, 150, ''),
        ('P10', 62.5, V(0.667, None), 70, 54.2, 'Tercapai', 80, ''),
        ('P11', 50, 48, 52, 41, None, 52, ''),
        ('P13', '-', 12, 120, 15, None, 12, ''),
        ('P18', '-', 491, 300, V('188 kali', 188), None, 500, 'kunjungan dibatasi (protokol kesehatan)'),
        ('S', 'Meningkatnya keberfungsian sosial lansia melalui reunifikasi dengan keluarga'),
        ('P04', 8, 13, 12, 6, None, 15, ''),
        ('P05', '-', 9.42, 8.5, V('4,58', 4.58), None, 10, ''),
        ('S', 'Meningkatnya kualitas manajemen dan sumber daya manusia panti'),
        ('P06', 18, 22, 25, V('12 orang', 12), None, 25, 'pelatihan tatap muka ditunda'),
        ('P06b', '-', '-', 6, 4, None, 8, 'indikator baru'),
        ('P07', 81.25, 83.4, 83, 82.1, None, 85, ''),
        ('P08', 34250, 38100, 40000, 39750, 'Tidak Tercapai', 42000, 'indikator negatif'),
        ('P14', 86.4, 88.0, 90, 90.5, None, 95, ''),
        ('P15', V('BB', None), '-', V('BB', None), V('BB', None), 'Tercapai', V('A', None), ''),
        ('P16', 100, 100, 100, 97.5, None, 100, ''),
        ('P17', 6, 6, 7, 7, None, 7, ''),
    ]
    r = 8
    no = 0
    R = {}
    sas_start = None
    sas_text = None
    for item in plan:
        if item[0] == 'S':
            if sas_start is not None:
                merge(ws, 'B%d:B%d' % (sas_start, r - 1), sas_text, align=WRAP)
            sas_start, sas_text = r, item[1]
            continue
        sid, r18, r19, tg, rl, word, ren, ket = item
        no += 1
        R[sid] = r
        u = UNIT[sid]
        fmt = FMT_INT if u in ('orang', 'kegiatan', 'dokumen', 'Rp', 'kali') else FMT_DEC
        put(ws, 'A%d' % r, no, align=CENTER)
        put(ws, 'C%d' % r, '%d. %s' % (no, N[sid][2020]), align=WRAP)
        put(ws, 'D%d' % r, u, align=CENTER)
        for c, x in (('E', r18), ('F', r19), ('J', ren)):
            put(ws, '%s%d' % (c, r), x, fmt=fmt)
        kt = put(ws, 'G%d' % r, tg if isinstance(tg, V) else as_v(tg), fmt=fmt)
        kr = put(ws, 'H%d' % r, rl if isinstance(rl, V) else as_v(rl), fmt=fmt)
        if word is None:
            pos = sid not in NEG
            word = 'Tercapai' if ((kr >= kt) if pos else (kr <= kt)) else 'Tidak Tercapai'
        put(ws, 'I%d' % r, word, align=CENTER)
        put(ws, 'K%d' % r, ket or None, align=WRAP)
        ag.key(fname, ws, r, 'C', 2020, sid, kt, kr, (['G%d' % r], 'one'), (['H%d' % r], 'one'))
        r += 1
    merge(ws, 'B%d:B%d' % (sas_start, r - 1), sas_text, align=WRAP)
    last = r - 1
    text(ws, 'A%d' % (r + 1), 'Sumber: data diolah UPTD PSTW Seroja Kasih, 2021', italic=True)
    ag.describe(fname, ws.title,
                'LKjIP chapter III table. Rows 1-3 caption; header rows 5-6 (No | Sasaran | Indikator Kinerja | Satuan | Realisasi Tahun '
                'Sebelumnya: 2018, 2019 | Tahun 2020: Target, Realisasi, Capaian | Target Akhir Renstra (2023) | Keterangan), numbered row 7. '
                'Data rows 8-%d, Sasaran merged down B; names carry a numbering prefix "1. " .. "19. ". Capaian written as WORDS only '
                '("Tercapai" / "Tidak Tercapai"), no %%. Only 2020 (G, H) is keyed; the 2018/2019 columns are not key rows. 19 key rows.' % last)
    ag.note(fname, ws.title, 'row %d (P01): the "2019" column says 136 while the 2019 sheet says 138 (an earlier year restated; not keyed)' % R['P01'])
    ag.note(fname, ws.title, 'row %d (P10): capaian word "Tercapai" although 54,2 < 70 (wrong word); its 2019 column holds "0.667" as in the 2019 sheet' % R['P10'])
    ag.note(fname, ws.title, 'row %d (P08, NEGATIVE): 39.750 against 40.000 is achieved, but the word is "Tidak Tercapai" (positive logic on a negative indicator)' % R['P08'])
    ag.note(fname, ws.title, 'row %d (P13): target typed 120 for 12 (10x) -> keyed 120; 2018 column "-"' % R['P13'])
    ag.note(fname, ws.title, 'rows %d, %d, %d (P19, P02): target/realisasi stored as fractions in %% cells (0,95 / 0,933 / 0,882) -> keyed 95 / 93.3 / 88.2'
            % (R['P19'], R['P19'], R['P02']))
    ag.note(fname, ws.title, 'rows %d, %d, %d (P18, P05, P06): realisasi typed as text "188 kali", "4,58", "12 orang" -> 188, 4.58, 12' % (R['P18'], R['P05'], R['P06']))
    ag.note(fname, ws.title, 'row %d (P15): grades "BB" / "BB" (Renstra "A") -> key null' % R['P15'])
    ag.note(fname, ws.title, 'row %d (P06b): new indicator (pekerja sosial, a different sub-type from P06 pengasuh)' % R['P06b'])


# ----------------------------------------------------------------------------------------------- 2021 (E.81)
def y2021(ag):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'E81 TW IV 2021'
    fname = 'Evaluasi Renja E81 PSTW TW IV 2021.xlsx'
    cols = [chr(c) for c in range(ord('A'), ord('Z') + 1)] + ['AA', 'AB']
    widths(ws, {'A': 4, 'B': 22, 'C': 28, 'D': 40, 'E': 9, 'AB': 16})
    for c in cols[5:27]:
        ws.column_dimensions[c].width = 11
    text(ws, 'A1', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI TANJUNG SERUNI', bold=True, size=12)
    text(ws, 'A2', 'UPTD PANTI SOSIAL TRESNA WERDHA SEROJA KASIH - DINAS SOSIAL', bold=True)
    text(ws, 'A3', 'PERIODE PELAKSANAAN : TAHUN 2021 (TRIWULAN IV)', bold=True)
    text(ws, 'A4', 'Indikator dan target kinerja Perangkat Daerah Provinsi yang mengacu pada sasaran RKPD : Meningkatnya kualitas '
                   'penyelenggaraan kesejahteraan sosial')
    H = 6
    merge(ws, 'A6:A7', 'No', bold=True)
    merge(ws, 'B6:B7', 'Sasaran', bold=True)
    merge(ws, 'C6:C7', 'Program / Kegiatan', bold=True)
    merge(ws, 'D6:D7', 'Indikator Kinerja Program (outcome) / Kegiatan (output)', bold=True)
    merge(ws, 'E6:E7', 'Satuan', bold=True)
    merge(ws, 'F6:G7', 'Target Renstra PD Tahun 2023 (Akhir Periode Renstra)', bold=True)
    merge(ws, 'H6:I7', 'Realisasi Capaian Kinerja Renstra PD s/d Renja PD Tahun Lalu (2020)', bold=True)
    merge(ws, 'J6:K7', 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi', bold=True)
    merge(ws, 'L6:S6', 'Realisasi Kinerja Pada Triwulan', bold=True)
    for c, t in zip(['L7:M7', 'N7:O7', 'P7:Q7', 'R7:S7'], ['I', 'II', 'III', 'IV']):
        merge(ws, c, t, bold=True)
    merge(ws, 'T6:U7', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi', bold=True)
    merge(ws, 'V6:W7', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)', bold=True)
    merge(ws, 'X6:Y7', 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021', bold=True)
    merge(ws, 'Z6:AA7', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)', bold=True)
    merge(ws, 'AB6:AB7', 'Unit PD Penanggung Jawab', bold=True)
    for c, t in zip('ABCDE', '12345'):
        text(ws, '%s8' % c, t, align=CENTER, border=True, italic=True)
    for rng, t in zip(['F8:G8', 'H8:I8', 'J8:K8', 'L8:M8', 'N8:O8', 'P8:Q8', 'R8:S8', 'T8:U8', 'V8:W8', 'X8:Y8', 'Z8:AA8'],
                      ['6', '7', '8', '9', '10', '11', '12', '13 = 9+10+11+12', '14 = 13/8 x 100', '15 = 7 + 13', '16 = 15/6 x 100']):
        merge(ws, rng, t)
    text(ws, 'AB8', '17', align=CENTER, border=True, italic=True)
    for i in range(5, 27, 2):
        text(ws, '%s9' % cols[i], 'K', bold=True, align=CENTER, border=True)
        text(ws, '%s9' % cols[i + 1], 'Rp', bold=True, align=CENTER, border=True)
    for c in 'ABCDE':
        ws['%s9' % c].border = BORDER
    ws['AB9'].border = BORDER
    # blocks: (program/kegiatan label, level, budget(target Rp, quarter Rp list), [rows])
    # row: (id, renstra, sd2020, target, quarters(4), col13 override)
    D = '-'
    blocks = [
        ('PROGRAM REHABILITASI SOSIAL', 'prog', None, [
            ('P01', 150, 138, 140, (None, None, None, 142), None),
            ('P19', 100, 99.2, 95, (None, None, None, 98.3), None),
            ('P07b', 90, 83.4, 85, (None, None, None, 87.3), None),
        ]),
        ('Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di dalam Panti', 'keg',
         (3625400000, [812350000, 905100000, 887650000, 961300000]), [
            ('P09', 150, 74, V('28 orang', 28), (7, 9, 8, 7), None),
            ('P02', 100, 93.8, 95, (90.5, 91.2, 93.0, 96.4), None),
            ('P08', 42000, 39750, 42000, (None, None, None, 41500), None),
            ('P11', 260, 139, 52, (13, 14, 14, 14), None),
            ('P13', 60, 36, 12, (3, 2, 2, 3), None),
            ('P18', 2200, 1141, 350, (90, 95, 98, 94), 0),
        ]),
        ('Reunifikasi Keluarga dan Reintegrasi Sosial Lanjut Usia', 'keg',
         (186500000, [21400000, 48750000, 52300000, 59900000]), [
            ('P04', 65, 27, 14, (2, 3, 3, 3), None),
            ('P05', 10, 4.58, 10, (None, None, None, 7.75), None),
        ]),
        ('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', 'prog', None, [
            ('P16', 100, 97.5, 100, (None, None, None, 100), None),
        ]),
        ('Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'keg',
         (96250000, [18400000, 26100000, 21950000, 27300000]), [
            ('P17', 35, 19, 7, (2, 2, 2, 2), None),
        ]),
        ('Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 'keg',
         (412800000, [65200000, 118400000, 102750000, 119300000]), [
            ('P14', 95, 90.5, 90, (None, None, None, 91.2), None),
        ]),
        ('Peningkatan Kapasitas Sumber Daya Manusia', 'keg',
         (148900000, [0, 52600000, 61150000, 30450000]), [
            ('P06', 120, 52, 25, (D, 12, 15, D), None),
            ('P06b', 30, 4, 8, (D, D, 8, D), None),
        ]),
    ]
    r = 10
    R = {}
    prog_rows = []
    keg_rows_of_prog = {}
    cur_prog = None
    no = 0
    sas = [(10, 'Meningkatnya kualitas pelayanan dan keberfungsian sosial lanjut usia terlantar'),
           (None, 'Meningkatnya akuntabilitas kinerja dan tata kelola UPTD')]
    sas_rows = []
    for label, lvl, budget, rows in blocks:
        start = r
        if lvl == 'prog':
            cur_prog = r
            prog_rows.append(r)
            keg_rows_of_prog[r] = []
            sas_rows.append(r)
        else:
            keg_rows_of_prog[cur_prog].append(r)
        no += 1
        put(ws, 'A%d' % r, no, align=CENTER)
        for (sid, ren, sd, tg, qs, over) in rows:
            R[sid] = r
            u = UNIT[sid]
            fmt = FMT_INT if u in ('orang', 'kegiatan', 'dokumen', 'Rp', 'kali') else FMT_DEC
            put(ws, 'D%d' % r, N[sid][2021], align=WRAP)
            put(ws, 'E%d' % r, u, align=CENTER)
            put(ws, 'F%d' % r, ren, fmt=fmt)
            put(ws, 'H%d' % r, sd, fmt=fmt)
            kt = put(ws, 'J%d' % r, tg if isinstance(tg, V) else as_v(tg), fmt=fmt)
            ks = []
            for c, q in zip('LNPR', qs):
                ks.append(put(ws, '%s%d' % (c, r), q if isinstance(q, V) else as_v(q), fmt=fmt))
            if over is None:
                put(ws, 'T%d' % r, '=SUM(L%d,N%d,P%d,R%d)' % (r, r, r, r), fmt=fmt)
                kr = agg(ks, 'sum')
            else:
                kr = put(ws, 'T%d' % r, over, fmt=fmt)
            if sid == 'P09':
                put(ws, 'V%d' % r, '=T%d/J%d*100' % (r + 1, r + 1), fmt=FMT_CAP)
            else:
                put(ws, 'V%d' % r, '=T%d/J%d*100' % (r, r), fmt=FMT_CAP)
            if sid in FLOWS:
                put(ws, 'X%d' % r, '=H%d+T%d' % (r, r), fmt=fmt)
            else:
                put(ws, 'X%d' % r, '=T%d' % r, fmt=fmt)
            put(ws, 'Z%d' % r, '=X%d/F%d*100' % (r, r), fmt=FMT_CAP)
            for c in ['G', 'I', 'K', 'M', 'O', 'Q', 'S', 'U', 'W', 'Y', 'AA', 'AB']:
                ws['%s%d' % (c, r)].border = BORDER
            ag.key(fname, ws, r, 'D', 2021, sid, kt, kr, (['J%d' % r], 'one'), (['T%d' % r], 'one'))
            r += 1
        end = r - 1
        merge(ws, 'C%d:C%d' % (start, end), label, align=WRAP, bold=(lvl == 'prog'))
        if end > start:
            ws.merge_cells('A%d:A%d' % (start, end))
        if budget:
            tot, qrp = budget
            put(ws, 'K%d' % start, tot, fmt=FMT_RP)
            for c, q in zip('MOQS', qrp):
                put(ws, '%s%d' % (c, start), q, fmt=FMT_RP)
            put(ws, 'U%d' % start, '=SUM(M%d,O%d,Q%d,S%d)' % (start, start, start, start), fmt=FMT_RP)
            put(ws, 'W%d' % start, '=U%d/K%d*100' % (start, start), fmt=FMT_CAP)
        put(ws, 'AB%d' % start, 'UPTD PSTW Seroja Kasih', align=WRAP)
    last = r - 1
    for p in prog_rows:
        ks = keg_rows_of_prog[p]
        for c in 'KMOQSU':
            put(ws, '%s%d' % (c, p), '=' + '+'.join('%s%d' % (c, k) for k in ks), fmt=FMT_RP)
        put(ws, 'W%d' % p, '=U%d/K%d*100' % (p, p), fmt=FMT_CAP)
    merge(ws, 'B%d:B%d' % (prog_rows[0], prog_rows[1] - 1), sas[0][1], align=WRAP)
    merge(ws, 'B%d:B%d' % (prog_rows[1], last), sas[1][1], align=WRAP)
    s = last + 1
    merge(ws, 'A%d:U%d' % (s, s), 'Rata-rata capaian kinerja (%)', bold=True, align=Alignment(horizontal='right'))
    put(ws, 'V%d' % s, '=AVERAGE(V10:V%d)' % last, fmt='0.0')
    put(ws, 'W%d' % s, '=AVERAGE(W10:W%d)' % last, fmt='0.0')
    merge(ws, 'A%d:U%d' % (s + 1, s + 1), 'Predikat kinerja', bold=True, align=Alignment(horizontal='right'))
    put(ws, 'V%d' % (s + 1), 'Sangat Tinggi')
    for i, (k, v) in enumerate([('Faktor pendorong keberhasilan pencapaian :', 'dukungan anggaran permakanan dan tenaga kesehatan mitra puskesmas'),
                                ('Faktor penghambat pencapaian kinerja :', 'pembatasan kunjungan dan penerimaan lansia baru selama PPKM'),
                                ('Tindak lanjut yang diperlukan dalam triwulan berikutnya :', '-'),
                                ('Tindak lanjut yang diperlukan dalam Renja PD berikutnya :', 'penambahan tenaga pengasuh bersertifikat')]):
        text(ws, 'B%d' % (s + 3 + i), k)
        text(ws, 'F%d' % (s + 3 + i), v)
    b = s + 8
    text(ws, 'C%d' % b, 'Disusun', bold=True)
    text(ws, 'T%d' % b, 'Dievaluasi', bold=True)
    text(ws, 'T%d' % (b + 1), 'Tanjung Seruni, 12 Januari 2022')
    for i, sline in enumerate(SIGN):
        text(ws, 'C%d' % (b + 2 + i), sline, bold=(i == 5))
    for i, sline in enumerate(['Kepala Dinas Sosial', 'Provinsi Tanjung Seruni,', '', '', '', 'Ir. H. ZAINUDDIN LUBIS, MM',
                               'Pembina Utama Muda / IV c', 'NIP. 19640808 199003 1 015']):
        text(ws, 'T%d' % (b + 2 + i), sline, bold=(i == 5))
    ag.describe(fname, ws.title,
                'Permendagri 86/2017 form E.81 (17-column scheme with a numbered Satuan column). Title rows 1-4; header rows 6-7 (merged '
                'titles; quarters I-IV in row 7), numbered row 8 ("13 = 9+10+11+12", "14 = 13/8 x 100", "15 = 7 + 13", "16 = 15/6 x 100"), '
                'K / Rp row 9. Data rows 10-%d: programme rows (name in C, outcome indicator in D on the same row, Rp = sum of its kegiatan) '
                'and kegiatan rows (name merged down C over its output indicators, Rp on the first row). Key: target = column 8 K (J), '
                'realisasi = column 13 K (T) AS IT STANDS. Quarter K cells of flow ids hold the quarter amounts; level ids have only TW IV '
                'filled. Rata-rata / Predikat / faktor / tindak lanjut / two signatures (Disusun, Dievaluasi) below. 16 key rows.' % last)
    ag.note(fname, ws.title, 'row %d (P09): target K typed "28 orang" (text) -> 28; capaian K formula =T%d/J%d*100 points at the next row (P02)'
            % (R['P09'], R['P09'] + 1, R['P09'] + 1))
    ag.note(fname, ws.title, 'row %d (P02, a percentage): every quarter filled (90,5 / 91,2 / 93,0 / 96,4) and column 13 sums them -> 371,1; '
            'keyed as it stands (371.1); the true year value is 96,4' % R['P02'])
    ag.note(fname, ws.title, 'row %d (P08, NEGATIVE): capaian K = T/J*100 = 98,81 (positive formula); (2T-R)/T = 101,19' % R['P08'])
    ag.note(fname, ws.title, 'row %d (P18): column 13 typed over as 0 while the quarters hold 90+95+98+94 = 377 -> keyed as typed 0' % R['P18'])
    ag.note(fname, ws.title, 'rows %d-%d (P06, P06b): quarters with "-" cells; SUM ignores them (27 and 8)' % (R['P06'], R['P06b']))
    ag.note(fname, ws.title, 'row %d (P07b): new indicator "Persentase klien dan keluarga yang puas" - ambiguous with P07 (IKM, 2018-2020)' % R['P07b'])
    # hidden TW III copy
    h = wb.create_sheet('E81 TW III 2021')
    text(h, 'A1', 'EVALUASI TERHADAP HASIL RENJA - TRIWULAN III 2021 (arsip)')
    for i, h_ in enumerate(['Indikator', 'Target', 'TW I', 'TW II', 'TW III'], 1):
        h.cell(row=3, column=i, value=h_)
    for i, (sid, t, a, b_, c) in enumerate([('P01', 140, None, None, 139), ('P09', 28, 7, 9, 8), ('P11', 52, 13, 14, 14),
                                            ('P04', 14, 2, 3, 3), ('P18', 350, 90, 95, 98)], 1):
        for j, v in enumerate([N[sid][2021], t, a, b_, c], 1):
            h.cell(row=3 + i, column=j, value=v)
    h.sheet_state = 'hidden'
    ag.describe(fname, h.title, 'HIDDEN archive of the TW III report (5 rows). Not key rows.')
    ag.save(wb, 'Evaluasi Renja E81 PSTW TW IV 2021', 'xlsx')


def build():
    ag = Agency(SLUG, AG, YEARS)
    ag.flows = FLOWS
    ag.negatives = NEG
    ag.ambiguous = [['P07', 'P07b']]
    ag.must_not_merge = [
        ('P01 / P09', 'lansia dilayani (all residents served) vs lansia BARU yang diterima (new admissions)'),
        ('P02 / P03', 'Persentase vs Jumlah lansia yang mendapat pemeriksaan kesehatan'),
        ('P04 / P05', 'Jumlah vs Persentase lansia yang dikembalikan/direunifikasi ke keluarga'),
        ('P06 / P06b', 'two sub-types of staff trained: pengasuh (care givers) vs pekerja sosial fungsional'),
        ('P01 / P19', 'Jumlah lansia dilayani vs tingkat hunian panti (%)'),
    ]
    y2018(ag)
    wb = openpyxl.Workbook()
    fname = 'Renaksi Semester dan LKjIP PSTW 2019-2020.ods'
    y2019(ag, wb, fname)
    y2020(ag, wb, fname)
    ag.save(wb, 'Renaksi Semester dan LKjIP PSTW 2019-2020', 'ods')
    y2021(ag)
    return ag
