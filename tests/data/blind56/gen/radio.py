"""Agency 2: LPPL Radio Suara Lembah Rindang, Dinas Kominfo Kabupaten Lembah Rindang (2020-2023)."""
from common import *

SLUG = 'lppl_radio_suara_lembah_rindang'
AG = 'LPPL Radio Suara Lembah Rindang, Dinas Komunikasi dan Informatika Kabupaten Lembah Rindang'
YEARS = [2020, 2021, 2022, 2023]
FLOWS = ['R01', 'R03', 'R04', 'R04b', 'R05', 'R06', 'R07', 'R12', 'R13', 'R15', 'R16', 'R18', 'R20']
NEG = ['R05', 'R18']

N = {
 'R01': {2020: 'Jumlah jam siaran', 2021: 'Jumlah Jam Siaran per Tahun',
         2022: 'Jumlah jam siaran dalam setahun (jam/tahun)', 2023: 'Jam siaran LPPL per tahun'},
 'R02': {2020: 'Prosentase konten lokal dalam program siaran', 2021: 'Persentase Konten Lokal dalam Program Siaran',
         2022: 'Persentase muatan lokal pada program siaran', 2023: 'Persentase konten lokal pada mata acara siaran'},
 'R03': {2020: 'Jumlah pendengar yang disurvei', 2021: 'Jumlah Responden Survei Pendengar',
         2022: 'Jumlah responden survey pendengar', 2023: 'Jumlah pendengar yang di survei (responden)'},
 'R04': {2020: 'Pendapatan iklan', 2021: 'Pendapatan dari Iklan Siaran (Rp)', 2022: 'Penerimaan iklan siaran'},
 'R04b': {2023: 'Pendapatan jasa siaran (iklan dan sponsorship)'},
 'R05': {2020: 'Jumlah jam gangguan pemancar', 2021: 'Lama Gangguan/Downtime Pemancar (jam)',
         2022: 'Jumlah jam downtime pemancar', 2023: 'Jumlah jam gangguan (downtime) pemancar'},
 'R06': {2020: 'Jumlah Iklan Layanan Masyarakat yang disiarkan', 2021: 'Jumlah ILM yang Disiarkan',
         2022: 'Jumlah iklan layanan masyarakat (ILM) yg disiarkan', 2023: 'ILM yang disiarkan (spot)'},
 'R07': {2020: 'Jumlah program siaran baru', 2021: 'Jumlah Program Acara Baru',
         2022: 'Jumlah program siaran baru yang diluncurkan', 2023: 'Program siaran baru'},
 'R08': {2020: 'Jumlah program siaran', 2021: 'Jumlah Program Acara Siaran',
         2022: 'Jumlah mata acara/program siaran', 2023: 'Jumlah program siaran reguler'},
 'R09': {2020: 'Persentase masyarakat yang mendengarkan LPPL',
         2021: 'Persentase Masyarakat Pendengar Radio Suara Lembah Rindang'},
 'R10': {2021: 'Jumlah Pendengar (estimasi)', 2022: 'Estimasi jumlah pendengar', 2023: 'Jumlah pendengar radio (estimasi)'},
 'R11': {2020: 'Indeks kepuasan pendengar', 2021: 'Indeks Kepuasan Pendengar',
         2022: 'Indeks kepuasan pendengar terhadap program siaran', 2023: 'IKP (Indeks Kepuasan Pendengar)'},
 'R12': {2020: 'Jumlah siaran langsung kegiatan pemerintah daerah', 2021: 'Jumlah Siaran Langsung Kegiatan Pemda',
         2022: 'Jumlah siaran langsung (live) kegiatan Pemerintah Kabupaten', 2023: 'Siaran langsung kegiatan Pemkab (kali)'},
 'R13': {2020: 'Jumlah penyiar yang mengikuti pelatihan', 2021: 'Jumlah Penyiar yang Mengikuti Bimtek/Pelatihan',
         2022: 'Jumlah penyiar yang dilatih', 2023: 'Penyiar yang mengikuti pelatihan (orang)'},
 'R14': {2020: 'Persentase ketersediaan pemancar (uptime)', 2021: 'Persentase Uptime Pemancar',
         2022: 'Prosentase waktu pemancar beroperasi normal', 2023: 'Persentase ketersediaan (uptime) pemancar'},
 'R15': {2020: 'Jumlah kerjasama siaran dengan mitra', 2021: 'Jumlah PKS Siaran dengan Mitra',
         2023: 'Jumlah perjanjian kerja sama (PKS) siaran'},
 'R16': {2022: 'Jumlah interaksi pendengar melalui media sosial', 2023: 'Interaksi pendengar lewat medsos & streaming'},
 'R17': {2022: 'Jumlah akun pendengar streaming', 2023: 'Jumlah pendengar streaming/aplikasi (akun)'},
 'R18': {2020: 'Jumlah keluhan pendengar', 2021: 'Jumlah Pengaduan Pendengar',
         2022: 'Jumlah keluhan/pengaduan pendengar', 2023: 'Pengaduan pendengar yang diterima'},
 'R19': {2021: 'Persentase Program Siaran Berbahasa Daerah', 2022: 'Persentase siaran berbahasa daerah'},
 'R20': {2020: 'Jumlah spot iklan komersial yang disiarkan', 2021: 'Jumlah Spot Iklan Komersial',
         2022: 'Jumlah iklan komersial yang disiarkan (spot)', 2023: 'Spot iklan komersial'},
}
UNIT = {'R01': 'jam', 'R02': '%', 'R03': 'responden', 'R04': 'Rp', 'R04b': 'Rp', 'R05': 'jam', 'R06': 'spot',
        'R07': 'program', 'R08': 'program', 'R09': '%', 'R10': 'orang', 'R11': 'nilai', 'R12': 'kali', 'R13': 'orang',
        'R14': '%', 'R15': 'dokumen', 'R16': 'kali', 'R17': 'akun', 'R18': 'aduan', 'R19': '%', 'R20': 'spot'}
INTU = ('jam', 'responden', 'Rp', 'spot', 'program', 'orang', 'kali', 'dokumen', 'akun', 'aduan')


def fmt_of(sid):
    return FMT_INT if UNIT[sid] in INTU else FMT_DEC


def idr(n):
    return '{:,}'.format(int(n)).replace(',', '.')


DIR = ['Direktur LPPL Radio Suara', 'Lembah Rindang,', '', '', '', 'HENDRA KURNIAWAN PASARIBU, S.Sos', 'Penata Tk. I / III d',
       'NIP. 19800517 200604 1 009']
KADIS = ['Kepala Dinas Komunikasi dan Informatika', 'Kabupaten Lembah Rindang,', '', '', '', 'Drs. MARULI TAMBUNAN, M.AP',
         'Pembina Tk. I / IV b', 'NIP. 19700223 199503 1 002']


def sig(ws, row, col, lines):
    for i, s in enumerate(lines):
        text(ws, '%s%d' % (col, row + i), s, bold=(i == 5))


# ----------------------------------------------------------------------------------------------- 2020 monthly
def y2020(ag):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Rekap 2020'
    fname = 'Rekap Bulanan Kinerja LPPL 2020.xlsx'
    widths(ws, {'A': 5, 'B': 44, 'C': 10, 'D': 13, 'Q': 24})
    for c in 'EFGHIJKLMNOP':
        ws.column_dimensions[c].width = 11
    merge(ws, 'A1:Q1', 'REKAPITULASI CAPAIAN KINERJA BULANAN', bold=True, border=False, size=12)
    merge(ws, 'A2:Q2', 'LPPL RADIO SUARA LEMBAH RINDANG (FM 98,4 MHz)', bold=True, border=False)
    merge(ws, 'A3:Q3', 'TAHUN 2020', bold=True, border=False)
    merge(ws, 'A5:A6', 'No', bold=True)
    merge(ws, 'B5:B6', 'Indikator Kinerja', bold=True)
    merge(ws, 'C5:C6', 'Satuan', bold=True)
    merge(ws, 'D5:D6', 'Target 2020', bold=True)
    merge(ws, 'E5:P5', 'Realisasi Bulan', bold=True)
    merge(ws, 'Q5:Q6', 'Ket.', bold=True)
    months = ['Jan', 'Peb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nop', 'Des']
    MC = list('EFGHIJKLMNOP')
    for c, m in zip(MC, months):
        text(ws, '%s6' % c, m, bold=True, align=CENTER, border=True)
    B = None
    rev = split_flow(98750000, 12, 41, 'Rp', weights=[1.2, 1.1, 0.7, 0.4, 0.5, 0.6, 0.8, 0.9, 1.0, 1.1, 1.2, 1.5])
    rev_v = [V('Rp %s' % idr(x), x) if i in (3, 4, 10) else x for i, x in enumerate(rev)]
    plan = [
        ('G', 'A. KINERJA SIARAN'),
        ('R01', 6570, split_flow(6312, 12, 11, 'jam', weights=[31, 29, 31, 30, 31, 30, 31, 31, 29, 31, 30, 28]), ''),
        ('R02', V('60-65', 60), [V(x, x * 100, FMT_PCT1) for x in
                                 [0.552, 0.557, 0.561, 0.566, 0.569, 0.571, 0.574, 0.577, 0.578, 0.581, 0.582, 0.584]], ''),
        ('R08', 30, [30] * 6 + [29] * 6, 'jumlah mata acara tetap'),
        ('R07', 4, [B, B, 1, B, B, B, 1, B, B, 1, B, B], ''),
        ('R14', V('>= 95', 95), [93.1, 92.4, 94.0, 93.8, 92.9, 93.5, 94.2, 93.6, 92.8, 93.3, 93.0, V(0.932, 0.932)], ''),
        ('R05', 72, [12, '-', 8, 15, '-', 6, 22, 9, '-', 11, 7, 5], '(-) makin kecil makin baik'),
        ('G', 'B. KINERJA PENDENGAR'),
        ('R03', 400, [B, B, B, B, B, 105, B, B, B, B, 110, B], 'survei Juni & November'),
        ('R09', 25, [B, B, B, B, B, 21.4, B, B, B, B, B, 22.6], ''),
        ('R11', 78, [B, B, B, B, B, 76.8, B, B, B, B, 77.2, B], ''),
        ('R18', 24, split_flow(31, 12, 7), '(-) makin kecil makin baik'),
        ('G', 'C. KINERJA USAHA DAN LAYANAN PUBLIK'),
        ('R04', 150000000, rev_v, ''),
        ('R20', 2400, split_flow(1875, 12, 5, weights=[1.3, 1.2, 0.8, 0.4, 0.5, 0.6, 0.8, 0.9, 1.0, 1.1, 1.2, 1.4]), ''),
        ('R06', 1200, split_flow(1352, 12, 6), 'termasuk ILM protokol kesehatan'),
        ('DUP', 'R06'),
        ('R12', 1200, split_flow(97, 12, 9), ''),
        ('R13', 6, [B, 2, B, B, B, B, B, 4, B, B, B, B], ''),
        ('R15', 3, ['-', '-', '-', 1, '-', '-', '-', '-', 1, '-', '-', '-'], ''),
    ]
    r = 7
    no = 0
    R = {}
    for item in plan:
        if item[0] == 'G':
            text(ws, 'B%d' % r, item[1], bold=True, border=True)
            box(ws, 'A%d:Q%d' % (r, r))
            r += 1
            continue
        if item[0] == 'DUP':
            src = R[item[1]]
            for c in ['A', 'B', 'C', 'D'] + MC + ['Q']:
                ws['%s%d' % (c, r)].value = ws['%s%d' % (c, src)].value
                ws['%s%d' % (c, r)].number_format = ws['%s%d' % (c, src)].number_format
                ws['%s%d' % (c, r)].border = BORDER
            ag.note(fname, ws.title, 'row %d: exact duplicate of row %d (R06, same number); not a key row' % (r, src))
            r += 1
            continue
        sid, tg, ms, ket = item
        no += 1
        R[sid] = r
        fmt = fmt_of(sid)
        put(ws, 'A%d' % r, no, align=CENTER)
        put(ws, 'B%d' % r, N[sid][2020], align=WRAP)
        put(ws, 'C%d' % r, UNIT[sid], align=CENTER)
        kt = put(ws, 'D%d' % r, tg if isinstance(tg, V) else as_v(tg), fmt=fmt)
        ks = [put(ws, '%s%d' % (c, r), m if isinstance(m, V) else as_v(m), fmt=fmt) for c, m in zip(MC, ms)]
        put(ws, 'Q%d' % r, ket or None, align=WRAP)
        how = 'sum' if sid in FLOWS else 'last'
        ag.key(fname, ws, r, 'B', 2020, sid, kt, agg(ks, how), (['D%d' % r], 'one'), (['%s%d' % (c, r) for c in MC], how))
        r += 1
    last = r - 1
    text(ws, 'B%d' % (r + 1), 'Sumber: log siaran harian, buku kas penerimaan iklan, laporan teknisi pemancar', italic=True)
    text(ws, 'M%d' % (r + 2), 'Lembah Rindang, 8 Januari 2021')
    sig(ws, r + 3, 'M', DIR)
    ag.describe(fname, ws.title,
                'MONTHLY sheet. Title rows 1-3; header rows 5-6 (No | Indikator Kinerja | Satuan | Target 2020 | Realisasi Bulan: Jan Peb Mar '
                'Apr Mei Jun Jul Agt Sep Okt Nop Des (Indonesian month abbreviations) | Ket.). NO annual realisasi column: key realisasi = sum '
                'of the months for flow ids, the last month with a figure for level ids. Group rows "A./B./C. KINERJA ..." (text in B, '
                'not key rows) at rows 7, %d, %d. Data rows 8-%d. 16 key rows.' % (R['R03'] - 1, R['R04'] - 1, last))
    ag.note(fname, ws.title, 'row %d (R02): target typed as the range "60-65" -> 60; months stored as fractions in "0.0%%" cells -> Des 58,4' % R['R02'])
    ag.note(fname, ws.title, 'row %d (R14): target ">= 95" -> 95; the Des figure typed as the fraction 0.932 in a plain cell (other months 92-94) '
            '-> keyed as typed 0.932 (last reported month)' % R['R14'])
    ag.note(fname, ws.title, 'row %d (R05, NEGATIVE, flow): "-" in Peb, Mei, Sep; sum of the others 95 (worse than the target 72)' % R['R05'])
    ag.note(fname, ws.title, 'rows %d-%d (R03, R09, R11): survey figures only in some months; R11 last reported in Nop (77,2), R09 in Des, '
            'R03 sums Jun + Nop = 215' % (R['R03'], R['R11']))
    ag.note(fname, ws.title, 'row %d (R04): Apr, Mei and Nop typed as text (%s) -> parsed the Indonesian way; key = sum of all twelve months = 98.750.000'
            % (R['R04'], ', '.join('"%s"' % v.cell for v in rev_v if isinstance(v, V))))
    ag.note(fname, ws.title, 'row %d (R12): target typed 1.200 for 120 (10x; 2021 says 120) -> keyed 1200' % R['R12'])
    ag.note(fname, ws.title, 'row %d (R15): months "-" except Apr and Sep' % R['R15'])
    d = wb.create_sheet('Jan-Jun (draft)')
    text(d, 'A1', 'draft rekap semester I - belum final')
    for i, h in enumerate(['Indikator', 'Target'] + months[:6], 1):
        d.cell(row=2, column=i, value=h)
    for i, sid in enumerate(['R01', 'R04', 'R06', 'R20'], 1):
        d.cell(row=2 + i, column=1, value=N[sid][2020])
        d.cell(row=2 + i, column=2, value={'R01': 6570, 'R04': 150000000, 'R06': 1200, 'R20': 2400}[sid])
        for j in range(6):
            d.cell(row=2 + i, column=3 + j, value=[500, 8000000, 100, 180][i - 1])
    d.sheet_state = 'hidden'
    ag.describe(fname, d.title, 'HIDDEN draft of the first semester (4 rows). Not key rows.')
    k = wb.create_sheet('Keterangan')
    for i, s in enumerate(['Singkatan:', 'ILM = Iklan Layanan Masyarakat', 'PKS = Perjanjian Kerja Sama',
                           'Pemancar FM 98,4 MHz, 2 kW, Bukit Sigulang', 'Survei pendengar dilaksanakan Juni dan November 2020',
                           'Jam siaran normal 05.00 - 23.00 WIB (18 jam)'], 1):
        text(k, 'A%d' % i, s)
    ag.describe(fname, k.title, 'Notes sheet (abbreviations, transmitter, survey months). Not key rows.')
    ag.save(wb, 'Rekap Bulanan Kinerja LPPL 2020', 'xlsx')


# ----------------------------------------------------------------------------------------------- 2021 unit in next cell
def y2021(ag):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'PK 2021'
    fname = 'PK LPPL Suara Lembah Rindang 2021.xls'
    widths(ws, {'A': 9, 'B': 30, 'C': 46, 'D': 14, 'E': 10, 'F': 14, 'G': 10, 'H': 9, 'I': 4, 'J': 20})
    merge(ws, 'A1:J1', 'PENGUKURAN KINERJA TAHUN 2021', bold=True, border=False, size=12)
    merge(ws, 'A2:J2', 'LEMBAGA PENYIARAN PUBLIK LOKAL (LPPL) RADIO SUARA LEMBAH RINDANG', bold=True, border=False)
    merge(ws, 'A3:J3', 'DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN LEMBAH RINDANG', bold=True, border=False)
    for c, t in (('A6', 'Kode'), ('B6', 'Sasaran Strategis'), ('C6', 'Indikator Kinerja'), ('J6', 'Ket.')):
        text(ws, c, t, bold=True, align=CENTER, border=True)
    merge(ws, 'D6:E6', 'Target', bold=True)
    merge(ws, 'F6:G6', 'Realisasi', bold=True)
    merge(ws, 'H6:I6', 'Capaian', bold=True)
    U = {'R01': 'jam', 'R02': '%', 'R19': '%', 'R14': '%', 'R05': 'jam', 'R08': 'program', 'R07': 'program', 'R09': '%',
         'R10': 'orang', 'R03': 'responden', 'R11': 'nilai', 'R18': 'aduan', 'R04': 'Rp', 'R20': 'spot', 'R06': 'spot',
         'R15': 'dokumen', 'R12': 'kali', 'R13': 'orang'}
    # id, target, realisasi, capaian ('f' | 'neg' | ('wrong', id) | typed)
    plan = [
        ('S', 'Meningkatnya kualitas dan jangkauan layanan siaran publik lokal'),
        ('R01', 6570, 6498, 'f'),
        ('R02', V('62 - 65', 62), 63.1, 101.77),
        ('R19', 20, 21.5, 'f'),
        ('R14', V('≥ 96', 96), 97.1, 101.15),
        ('R05', 60, 52, 'f'),
        ('R08', 32, 32, 'f'),
        ('R07', 4, 5, 'f'),
        ('S', 'Meningkatnya partisipasi dan kepuasan pendengar'),
        ('R09', 27, V(0.279, 27.9, FMT_PCT1), 'f'),
        ('R10', 450000, 47250, 'f'),
        ('R03', 400, 412, 'f'),
        ('R11', 79, V('80,15', 80.15), 101.46),
        ('R18', 20, 17, 'neg'),
        ('S', 'Meningkatnya kemandirian pendanaan dan kerjasama LPPL'),
        ('R04', V('175.000.000', 175000000), 162300000, 92.74),
        ('R20', 2600, 2710, ('wrong',)),
        ('R06', 1300, 1288, 'f'),
        ('R15', V('-', None), 4, '-'),
        ('R12', 120, 126, 'f'),
        ('R13', 8, 7, 100),
    ]
    r = 7
    R = {}
    code = 0
    sas_start = sas_text = None
    for item in plan:
        if item[0] == 'S':
            if sas_start is not None:
                merge(ws, 'B%d:B%d' % (sas_start, r - 1), sas_text, align=WRAP)
            sas_start, sas_text = r, item[1]
            continue
        sid, tg, rl, cap = item
        code += 1
        R[sid] = r
        fmt = fmt_of(sid)
        put(ws, 'A%d' % r, 'IKU.%02d' % code, align=CENTER)
        put(ws, 'C%d' % r, N[sid][2021], align=WRAP)
        kt = put(ws, 'D%d' % r, tg if isinstance(tg, V) else as_v(tg), fmt=fmt)
        put(ws, 'E%d' % r, U[sid])
        kr = put(ws, 'F%d' % r, rl if isinstance(rl, V) else as_v(rl), fmt=fmt)
        put(ws, 'G%d' % r, U[sid])
        if cap == 'f':
            put(ws, 'H%d' % r, '=F%d/D%d*100' % (r, r), fmt=FMT_CAP)
        elif cap == 'neg':
            put(ws, 'H%d' % r, '=(2*D%d-F%d)/D%d*100' % (r, r, r), fmt=FMT_CAP)
        elif isinstance(cap, tuple):
            put(ws, 'H%d' % r, '=F%d/D%d*100' % (r + 1, r + 1), fmt=FMT_CAP)
        else:
            put(ws, 'H%d' % r, cap, fmt=FMT_CAP)
        put(ws, 'I%d' % r, '%')
        put(ws, 'J%d' % r, '(-) negatif' if sid in NEG else None)
        ag.key(fname, ws, r, 'C', 2021, sid, kt, kr, (['D%d' % r], 'one'), (['F%d' % r], 'one'))
        r += 1
    merge(ws, 'B%d:B%d' % (sas_start, r - 1), sas_text, align=WRAP)
    last = r - 1
    text(ws, 'B%d' % (r + 1), 'Jumlah Anggaran')
    text(ws, 'C%d' % (r + 1), ': Rp. 1.284.600.000,-')
    text(ws, 'B%d' % (r + 2), 'Realisasi Anggaran')
    text(ws, 'C%d' % (r + 2), ': Rp. 1.197.352.250,- (93,21 %)')
    text(ws, 'F%d' % (r + 4), 'Lembah Rindang, 17 Januari 2022')
    sig(ws, r + 5, 'B', KADIS)
    sig(ws, r + 5, 'F', DIR)
    ag.describe(fname, ws.title,
                'Annual PK where EACH FIGURE IS FOLLOWED BY ITS UNIT IN THE NEXT CELL ("6.570 | jam", "97,1 | %%", "162.300.000 | Rp", '
                'capaian "101,77 | %%") and a Kode column. Title rows 1-3; ONE header row 6 (Kode | Sasaran Strategis | Indikator Kinerja | '
                'Target (merged D:E) | Realisasi (F:G) | Capaian (H:I) | Ket.): the unit cells have no header of their own. Codes IKU.01 .. '
                'IKU.18 in this year\'s order (2022 reuses the same codes for other indicators). Data rows 7-%d, Sasaran merged down B. '
                'Budget, date, two signatures below. 18 key rows.' % last)
    ag.note(fname, ws.title, 'row %d (R02): target "62 - 65" (range, text) -> 62; capaian typed' % R['R02'])
    ag.note(fname, ws.title, 'row %d (R14): target "≥ 96" -> 96' % R['R14'])
    ag.note(fname, ws.title, 'row %d (R05, NEGATIVE): capaian =F/D*100 = 86,67 (positive formula); (2T-R)/T = 113,33. R18 (row %d) uses (2T-R)/T correctly'
            % (R['R05'], R['R18']))
    ag.note(fname, ws.title, 'row %d (R09): realisasi stored as 0,279 in a "0.0%%" cell -> key 27.9; the capaian formula shows 1,03 (fraction error)' % R['R09'])
    ag.note(fname, ws.title, 'row %d (R10): target typed 450.000 for 45.000 (10x) -> keyed 450000' % R['R10'])
    ag.note(fname, ws.title, 'row %d (R11): realisasi typed as text "80,15" -> 80.15' % R['R11'])
    ag.note(fname, ws.title, 'row %d (R04): target typed as text "175.000.000" -> 175000000' % R['R04'])
    ag.note(fname, ws.title, 'row %d (R20): capaian formula points at the next row (R06): 99,08 instead of 104,23' % R['R20'])
    ag.note(fname, ws.title, 'row %d (R15): target "-" -> null; capaian "-"' % R['R15'])
    ag.note(fname, ws.title, 'row %d (R13): capaian typed 100 while 7 / 8 = 87,50' % R['R13'])
    ag.save(wb, 'PK LPPL Suara Lembah Rindang 2021', 'xls')


# ----------------------------------------------------------------------------------------------- 2022 bilingual + 2023 PK-P
def y2022(ag, wb, fname):
    ws = wb.active
    ws.title = 'Kinerja 2022 (ID-EN)'
    widths(ws, {'A': 6, 'B': 9, 'C': 46, 'D': 11, 'E': 13, 'F': 13, 'G': 13, 'H': 14, 'I': 26})
    merge(ws, 'A1:I1', 'LAPORAN CAPAIAN KINERJA / PERFORMANCE ACHIEVEMENT REPORT', bold=True, border=False, size=12)
    merge(ws, 'A2:I2', 'LPPL RADIO SUARA LEMBAH RINDANG - TAHUN / YEAR 2022', bold=True, border=False)
    heads = ['No.\nNo.', 'Kode\nCode', 'Indikator Kinerja\nPerformance Indicator', 'Satuan\nUnit', 'Realisasi 2021\nActual 2021',
             'Target 2022\nTarget 2022', 'Realisasi 2022\nActual 2022', 'Capaian (%)\nAchievement (%)', 'Keterangan\nRemarks']
    for c, h in zip('ABCDEFGHI', heads):
        text(ws, '%s4' % c, h, bold=True, align=CENTER, border=True)
    ws.row_dimensions[4].height = 32
    # id, real2021, target, realisasi, capaian ('f'|'neg'|'tr'|typed), ket
    plan = [
        ('G', 'Sasaran 1 / Objective 1: Meningkatnya kualitas siaran publik lokal / Improved quality of local public broadcasting'),
        ('R02', 63.1, 65, 66.0, 'f', ''),
        ('R19', 21.5, 22, V('20,8%', 20.8), 94.55, ''),
        ('R01', 6489, 6570, 6603, 'f', ''),
        ('R08', 32, 34, 35, 100, ''),
        ('R07', 5, 5, 5, 'f', ''),
        ('R14', 97.1, 97, V('98,4 %', 98.4), 101.44, ''),
        ('R05', 52, 48, 41, 'tr', 'indikator negatif / lower is better'),
        ('G', 'Sasaran 2 / Objective 2: Meningkatnya jangkauan dan kepuasan pendengar / Wider reach and listener satisfaction'),
        ('R10', 47250, 48000, V('46.120 orang', 46120), 96.08, ''),
        ('R17', '-', 1500, 1236, 'f', 'baru / new'),
        ('R16', '-', 5000, 6842, 'f', 'baru / new'),
        ('DUP', 'R16'),
        ('R03', 412, 500, 520, 'f', ''),
        ('R11', 80.15, 80, 81.4, 'f', ''),
        ('R18', 17, 20, 22, 'neg', 'indikator negatif / lower is better'),
        ('G', 'Sasaran 3 / Objective 3: Meningkatnya pendapatan dan layanan informasi publik / Higher revenue and public information services'),
        ('R04', 162300000, 200000000, 214650000, 'f', ''),
        ('R20', 2710, 2800, 2955, 'f', ''),
        ('R06', 1288, 1400, 1467, 'f', ''),
        ('R12', 126, 130, 138, 'f', ''),
        ('R13', 7, 80, 9, 'f', ''),
    ]
    r = 5
    no = 0
    R = {}
    for item in plan:
        if item[0] == 'G':
            merge(ws, 'A%d:I%d' % (r, r), item[1], bold=True, align=Alignment(vertical='center', wrap_text=True))
            r += 1
            continue
        if item[0] == 'DUP':
            src = R[item[1]]
            for c in 'ABCDEFGHI':
                v = ws['%s%d' % (c, src)].value
                ws['%s%d' % (c, r)].value = ('=G%d/F%d*100' % (r, r)) if c == 'H' else v
                ws['%s%d' % (c, r)].number_format = ws['%s%d' % (c, src)].number_format
                ws['%s%d' % (c, r)].border = BORDER
            ag.note(fname, ws.title, 'row %d: exact duplicate of row %d (R16, same No. and code); not a key row' % (r, src))
            r += 1
            continue
        sid, r21, tg, rl, cap, ket = item
        no += 1
        R[sid] = r
        fmt = fmt_of(sid)
        put(ws, 'A%d' % r, no, align=CENTER)
        put(ws, 'B%d' % r, 'IKU.%02d' % no, align=CENTER)
        put(ws, 'C%d' % r, N[sid][2022], align=WRAP)
        put(ws, 'D%d' % r, UNIT[sid], align=CENTER)
        put(ws, 'E%d' % r, r21, fmt=fmt)
        kt = put(ws, 'F%d' % r, tg if isinstance(tg, V) else as_v(tg), fmt=fmt)
        kr = put(ws, 'G%d' % r, rl if isinstance(rl, V) else as_v(rl), fmt=fmt)
        if cap == 'f':
            put(ws, 'H%d' % r, '=G%d/F%d*100' % (r, r), fmt=FMT_CAP)
        elif cap == 'neg':
            put(ws, 'H%d' % r, '=(2*F%d-G%d)/F%d*100' % (r, r, r), fmt=FMT_CAP)
        elif cap == 'tr':
            put(ws, 'H%d' % r, '=F%d/G%d*100' % (r, r), fmt=FMT_CAP)
        else:
            put(ws, 'H%d' % r, cap, fmt=FMT_CAP)
        put(ws, 'I%d' % r, ket or None, align=WRAP)
        ag.key(fname, ws, r, 'C', 2022, sid, kt, kr, (['F%d' % r], 'one'), (['G%d' % r], 'one'))
        r += 1
    last = r - 1
    text(ws, 'F%d' % (r + 1), 'Lembah Rindang, 16 Januari 2023')
    sig(ws, r + 2, 'F', ['Direktur / Director'] + DIR[1:])
    ag.describe(fname, ws.title,
                'BILINGUAL header: one header row 4 where every cell holds Indonesian and English on two lines ("Target 2022\\nTarget 2022", '
                '"Realisasi 2022\\nActual 2022", "Capaian (%%)\\nAchievement (%%)"). Columns No. | Kode (IKU.01 .. IKU.18, RE-NUMBERED: the same '
                'code names another indicator than in 2021) | Indikator | Satuan | Realisasi 2021 (previous year, BEFORE the target; not keyed) | '
                'Target 2022 | Realisasi 2022 | Capaian | Keterangan. Group rows "Sasaran n / Objective n" merged A:I. Data rows 6-%d. 18 key rows.' % last)
    ag.note(fname, ws.title, 'row %d (R01): the "Realisasi 2021" column says 6.489 while the 2021 file says 6.498 (not keyed)' % R['R01'])
    ag.note(fname, ws.title, 'rows %d, %d, %d (R19, R14, R10): realisasi typed as text "20,8%%", "98,4 %%", "46.120 orang" -> 20.8, 98.4, 46120; capaian typed'
            % (R['R19'], R['R14'], R['R10']))
    ag.note(fname, ws.title, 'row %d (R08): capaian typed 100 while 35 / 34 = 102,94' % R['R08'])
    ag.note(fname, ws.title, 'row %d (R05, NEGATIVE) uses T/R*100 (117,07) while row %d (R18, NEGATIVE) uses (2T-R)/T*100 (90,00): '
            'two negative formulas in one sheet' % (R['R05'], R['R18']))
    ag.note(fname, ws.title, 'row %d (R13): target typed 80 for 8 (10x) -> keyed 80' % R['R13'])
    ag.note(fname, ws.title, 'rows %d, %d (R17, R16): new indicators, "Realisasi 2021" = "-"' % (R['R17'], R['R16']))


def y2023(ag, wb, fname):
    ws = wb.create_sheet('PK-P 2023')
    widths(ws, {'A': 5, 'B': 26, 'C': 42, 'D': 10, 'E': 14, 'F': 14, 'O': 14, 'P': 10, 'Q': 22})
    for c in 'GHIJKLMN':
        ws.column_dimensions[c].width = 11
    merge(ws, 'A1:Q1', 'PERJANJIAN KINERJA PERUBAHAN (PK-P) DAN REALISASI RENCANA AKSI TAHUN 2023', bold=True, border=False, size=12)
    merge(ws, 'A2:Q2', 'LPPL RADIO SUARA LEMBAH RINDANG', bold=True, border=False)
    merge(ws, 'A3:Q3', 'DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN LEMBAH RINDANG', bold=True, border=False)
    merge(ws, 'A5:A7', 'No', bold=True)
    merge(ws, 'B5:B7', 'Sasaran', bold=True)
    merge(ws, 'C5:C7', 'Indikator Kinerja', bold=True)
    merge(ws, 'D5:D7', 'Satuan', bold=True)
    merge(ws, 'E5:F5', 'Target Tahun 2023', bold=True)
    merge(ws, 'E6:E7', 'PK Awal', bold=True)
    merge(ws, 'F6:F7', 'PK Perubahan', bold=True)
    merge(ws, 'G5:N5', 'Rencana Aksi dan Realisasi per Triwulan', bold=True)
    for rng, t in zip(['G6:H6', 'I6:J6', 'K6:L6', 'M6:N6'], ['TW I', 'TW II', 'TW III', 'TW IV']):
        merge(ws, rng, t, bold=True)
    for c in 'GIKM':
        text(ws, '%s7' % c, 'T', bold=True, align=CENTER, border=True)
    for c in 'HJLN':
        text(ws, '%s7' % c, 'R', bold=True, align=CENTER, border=True)
    merge(ws, 'O5:O7', 'Realisasi Tahun 2023', bold=True)
    merge(ws, 'P5:P7', 'Capaian (%)', bold=True)
    merge(ws, 'Q5:Q7', 'Ket.', bold=True)
    D = '-'
    # id, awal, pkp, qT(4), qR(4), O ('sum'|'last'|'sumlevel'), capaian ('f'|'neg'|'pos_on_neg'|typed)
    plan = [
        ('S', 'Meningkatnya kualitas siaran publik lokal'),
        ('R01', 6570, 6935, (1734, 1734, 1734, 1733), (1688, 1721, 1739, 1722), 'sum', 'f'),
        ('R02', 65, 65, (65, 65, 65, 65), (62.8, 63.5, 64.0, 64.2), 'last', 'f'),
        ('R08', 35, 35, (35, 35, 35, 35), (34, 35, 35, 35), 'last', 'f'),
        ('R07', 5, 5, (1, 2, 1, 1), (1, 2, 1, 2), 'sum', 'f'),
        ('R14', 97, 97, (97, 97, 97, 97), (95.9, 96.8, 97.2, 96.5), 'last', 'f'),
        ('R05', 48, 48, (12, 12, 12, 12), (10, 21, 14, 12), 'sum', 'neg'),
        ('S', 'Meningkatnya jangkauan dan kepuasan pendengar'),
        ('R10', 50000, 50000, (48500, 49000, 49500, 50000), (48900, 49650, 50420, V('51.380 orang', 51380)), 'last', 96.0),
        ('R17', 2000, 2000, (1550, 1700, 1850, 2000), (1620, 1790, 1990, 2184), 'sumlevel', 'f'),
        ('R16', 6000, 7000, (1750, 1750, 1750, 1750), (1650, 1820, 1905, 1940), 'sum', 'f'),
        ('R03', 500, 500, (D, 250, D, 250), (D, 240, D, 248), 'sum', 'f'),
        ('R11', 81, 81, (D, 81, D, 81), (D, 80.9, D, 80.6), 'last', 'f'),
        ('R18', 18, 18, (5, 4, 5, 4), (4, 3, 2, 3), 'sum', 'pos_on_neg'),
        ('S', 'Meningkatnya kemandirian pendanaan LPPL'),
        ('R04b', 300000000, 260000000, (65000000, 65000000, 65000000, 65000000),
         (52400000, V('Rp 61.350.000', 61350000), 63900000, 71250000), 'sum', 'f'),
        ('R20', 3000, 3000, (750, 750, 750, 750), (702, 768, 811, 839), 'sum', 'f'),
        ('R06', 1500, 1500, (375, 375, 375, 375), (351, 386, 372, 403), 'sum', 'f'),
        ('R12', 130, 130, (30, 35, 30, 35), (28, 37, 31, 33), 'sum', 100),
        ('R13', 12, 10, (D, 4, 6, D), (D, 4, 6, D), 'sum', 'f'),
        ('R15', V('-', None), 5, (1, 1, 2, 1), (1, 2, 1, 2), 'sum', 'f'),
    ]
    r = 8
    no = 0
    R = {}
    sas_start = sas_text = None
    QT, QR = 'GIKM', 'HJLN'
    for item in plan:
        if item[0] == 'S':
            if sas_start is not None:
                merge(ws, 'B%d:B%d' % (sas_start, r - 1), sas_text, align=WRAP)
            sas_start, sas_text = r, item[1]
            continue
        sid, awal, pkp, qt, qr, how, cap = item
        no += 1
        R[sid] = r
        fmt = fmt_of(sid)
        put(ws, 'A%d' % r, no, align=CENTER)
        put(ws, 'C%d' % r, N[sid][2023], align=WRAP)
        put(ws, 'D%d' % r, UNIT[sid], align=CENTER)
        put(ws, 'E%d' % r, awal if isinstance(awal, V) else as_v(awal), fmt=fmt)
        kt = put(ws, 'F%d' % r, as_v(pkp), fmt=fmt)
        for c, x in zip(QT, qt):
            put(ws, '%s%d' % (c, r), as_v(x), fmt=fmt)
        ks = [put(ws, '%s%d' % (c, r), x if isinstance(x, V) else as_v(x), fmt=fmt) for c, x in zip(QR, qr)]
        if how == 'sum':
            put(ws, 'O%d' % r, '=SUM(H%d,J%d,L%d,N%d)' % (r, r, r, r), fmt=fmt)
            kr = sum(k for k, x in zip(ks, qr) if k is not None and isinstance(x, (int, float)))  # SUM skips text cells
        elif how == 'sumlevel':
            put(ws, 'O%d' % r, '=SUM(H%d,J%d,L%d,N%d)' % (r, r, r, r), fmt=fmt)
            kr = sum(ks)
        else:
            put(ws, 'O%d' % r, '=N%d' % r, fmt=fmt)
            kr = ks[-1]
        if cap == 'f':
            put(ws, 'P%d' % r, '=O%d/F%d*100' % (r, r), fmt=FMT_CAP)
        elif cap == 'neg':
            put(ws, 'P%d' % r, '=(2*F%d-O%d)/F%d*100' % (r, r, r), fmt=FMT_CAP)
        elif cap == 'pos_on_neg':
            put(ws, 'P%d' % r, '=O%d/F%d*100' % (r, r), fmt=FMT_CAP)
        else:
            put(ws, 'P%d' % r, cap, fmt=FMT_CAP)
        put(ws, 'Q%d' % r, '(-) negatif' if sid in NEG else ('target diubah pada PK-P' if not isinstance(awal, V) and awal != pkp else None), align=WRAP)
        ag.key(fname, ws, r, 'C', 2023, sid, kt, kr, (['F%d' % r], 'one'), (['O%d' % r], 'one'))
        r += 1
    merge(ws, 'B%d:B%d' % (sas_start, r - 1), sas_text, align=WRAP)
    last = r - 1
    text(ws, 'B%d' % (r + 1), 'Catatan: capaian dihitung terhadap target PK Perubahan (ditetapkan 2 Oktober 2023).', italic=True)
    text(ws, 'L%d' % (r + 2), 'Lembah Rindang, 15 Januari 2024')
    sig(ws, r + 3, 'C', KADIS)
    sig(ws, r + 3, 'L', DIR)
    ag.describe(fname, ws.title,
                'PK-P with quarterly Rencana Aksi: TWO TARGET COLUMNS "PK Awal" and "PK Perubahan" (the amended agreement), TW I-IV T/R pairs '
                'and an annual "Realisasi Tahun 2023" column. Title rows 1-3; header rows 5-7 (row 5 groups, row 6 PK Awal / PK Perubahan / '
                'TW I..TW IV, row 7 T / R). Key: target = PK PERUBAHAN (F) (the capaian column and the note under the table use it), '
                'realisasi = column O AS IT STANDS (=SUM of the quarters for flows, =N for levels). Data rows 8-%d, Sasaran merged down B. '
                '18 key rows.' % last)
    for sid in ('R01', 'R16', 'R13', 'R04b'):
        ag.note(fname, ws.title, 'row %d (%s): PK Awal and PK Perubahan differ (E vs F) -> key target = F' % (R[sid], sid))
    ag.note(fname, ws.title, 'row %d (R04b): TW II realisasi typed as text "Rp 61.350.000"; the annual =SUM() skips text, so O = 187.550.000 '
            '(true 248.900.000) -> keyed as it stands, 187550000' % R['R04b'])
    ag.note(fname, ws.title, 'row %d (R17, a cumulative level): O =SUM of the four quarters = 7.584 instead of the TW IV 2.184 -> keyed as it stands 7584' % R['R17'])
    ag.note(fname, ws.title, 'row %d (R10): O =N and N is text "51.380 orang" -> 51380; capaian typed 96,0 (true 102,76)' % R['R10'])
    ag.note(fname, ws.title, 'row %d (R18, NEGATIVE): capaian =O/F*100 = 66,67 (positive formula); (2T-R)/T = 133,33' % R['R18'])
    ag.note(fname, ws.title, 'row %d (R12): capaian typed 100 while 129 / 130 = 99,23' % R['R12'])
    ag.note(fname, ws.title, 'row %d (R15): PK Awal "-" (no target before the amendment); PK Perubahan 5' % R['R15'])
    ag.note(fname, ws.title, 'rows %d, %d (R03, R11): "-" in TW I and TW III (survey twice a year)' % (R['R03'], R['R11']))
    ag.note(fname, ws.title, 'row %d (R04b): "Pendapatan jasa siaran (iklan dan sponsorship)" - ambiguous with R04 "Pendapatan iklan"' % R['R04b'])


def build():
    ag = Agency(SLUG, AG, YEARS)
    ag.flows = FLOWS
    ag.negatives = NEG
    ag.ambiguous = [['R04', 'R04b']]
    ag.must_not_merge = [
        ('R06 / R20', 'two sub-types of spots: Iklan Layanan Masyarakat (ILM, public service) vs iklan komersial'),
        ('R07 / R08', 'program siaran BARU (new programmes launched) vs program siaran (all programmes)'),
        ('R03 / R10', 'pendengar yang disurvei (survey respondents) vs jumlah pendengar (estimated audience)'),
        ('R05 / R14', 'jam gangguan/downtime pemancar (hours, negative) vs persentase uptime pemancar (%, positive)'),
        ('R02 / R19', 'konten lokal vs siaran berbahasa daerah (two different shares)'),
        ('R16 / R17', 'interaksi pendengar (interactions) vs akun pendengar streaming (accounts)'),
    ]
    y2020(ag)
    y2021(ag)
    wb = openpyxl.Workbook()
    fname = 'Laporan Kinerja LPPL 2022-2023.ods'
    y2022(ag, wb, fname)
    y2023(ag, wb, fname)
    ag.save(wb, 'Laporan Kinerja LPPL 2022-2023', 'ods')
    return ag
