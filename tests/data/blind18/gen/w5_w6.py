from common import *


QTY = '#,##0.##;-#,##0.##;"-"'


def e81(b, ws, rows, parents, over, cols, renstra_ref=None):
    """Write a Permendagri 86 evaluation table.
    rows: dict row -> dict(no, uraian, level, ind, sat, kind ('sum'|'last'), F, H, J (K values, J may be None),
          q (4 K values), G, I, K, m (4 Rp values) for leaves)
    parents: row -> list of child rows (Rp columns are sums of children)
    cols: mapping of roles to columns
    over: (col,row) -> formula/constant overriding the default
    returns the computed values per row"""
    c = cols
    val = {}
    order = sorted(rows)
    # compute Rp values bottom-up
    def rp(r):
        if r in val:
            return val[r]
        d = rows[r]
        if r in parents:
            ch = [rp(x) for x in parents[r]]
            v = dict(G=sum(x['G'] for x in ch), I=sum(x['I'] for x in ch), K=sum(x['K'] for x in ch),
                     m=[sum(x['m'][i] for x in ch) for i in range(4)])
        else:
            v = dict(G=D(d['G']), I=D(d['I']), K=D(d['K']), m=[D(x) for x in d['m']])
        val[r] = v
        return v
    for r in order:
        rp(r)
    for r in order:
        d = rows[r]
        v = val[r]
        b.put(ws, f'{c["no"]}{r}', d['no'])
        if d.get('sasaran'):
            b.put(ws, f'{c["sas"]}{r}', d['sasaran'], wrap=True)
        b.put(ws, f'{c["ur"]}{r}', d['uraian'], bold=(d['level'] != 'S'), wrap=True)
        b.put(ws, f'{c["ind"]}{r}', d['ind'], wrap=True)
        b.put(ws, f'{c["sat"]}{r}', d['sat'])
        # K inputs
        b.put(ws, f'{c["5k"]}{r}', num(d['F']), QTY)
        b.put(ws, f'{c["6k"]}{r}', num(d['H']), QTY)
        b.put(ws, f'{c["7k"]}{r}', None if d['J'] is None else num(d['J']), QTY)
        for col, x in zip(c['qk'], d['q']):
            b.put(ws, f'{col}{r}', num(x), QTY)
        # Rp inputs or sums
        for role in ('5r', '6r', '7r'):
            col = c[role]
            key = {'5r': 'G', '6r': 'I', '7r': 'K'}[role]
            if r in parents:
                ch = parents[r]
                f = f'=SUM({col}{ch[0]}:{col}{ch[-1]})' if len(ch) > 1 and ch[-1] - ch[0] == len(ch) - 1 else '=' + '+'.join(f'{col}{x}' for x in ch)
                b.calc(ws, f'{col}{r}', over.get((col, r), f), v[key], dp=0, fmt=RP)
            else:
                b.put(ws, f'{col}{r}', int(v[key]), RP)
        for i, col in enumerate(c['qr']):
            if r in parents:
                ch = parents[r]
                f = f'=SUM({col}{ch[0]}:{col}{ch[-1]})' if len(ch) > 1 and ch[-1] - ch[0] == len(ch) - 1 else '=' + '+'.join(f'{col}{x}' for x in ch)
                b.calc(ws, f'{col}{r}', over.get((col, r), f), v['m'][i], dp=0, fmt=RP)
            else:
                b.put(ws, f'{col}{r}', int(v['m'][i]), RP)
        # computed K
        qk = [D(x) for x in d['q']]
        real = qk[3] if d['kind'] == 'last' else sum(qk)
        if d['kind'] == 'last':
            f12 = f'={c["qk"][3]}{r}'
        else:
            f12 = '=' + '+'.join(f'{col}{r}' for col in c['qk'])
        b.calc(ws, f'{c["12k"]}{r}', over.get((c['12k'], r), f12), real, fmt=QTY)
        u = sum(v['m'])
        b.calc(ws, f'{c["12r"]}{r}', over.get((c['12r'], r), '=' + '+'.join(f'{col}{r}' for col in c['qr'])), u, dp=0, fmt=RP)
        if '13k' in c:   # 17-column scheme: 13 = 12/7, 14 = 6+12, 15 = 14/5
            e13 = None if d['J'] is None else real / D(d['J']) * 100
            b.calc(ws, f'{c["13k"]}{r}', over.get((c['13k'], r), f'=ROUND({c["12k"]}{r}/{c["7k"]}{r}*100,2)'), e13)
            b.calc(ws, f'{c["13r"]}{r}', over.get((c['13r'], r), f'=ROUND({c["12r"]}{r}/{c["7r"]}{r}*100,2)'), u / v['K'] * 100)
        ren = real if d['kind'] == 'last' else D(d['H']) + real
        f14 = f'={c["12k"]}{r}' if d['kind'] == 'last' else f'={c["6k"]}{r}+{c["12k"]}{r}'
        b.calc(ws, f'{c["14k"]}{r}', over.get((c['14k'], r), f14), ren, fmt=QTY)
        renr = v['I'] + u
        b.calc(ws, f'{c["14r"]}{r}', over.get((c['14r'], r), f'={c["6r"]}{r}+{c["12r"]}{r}'), renr, dp=0, fmt=RP)
        if renstra_ref:
            dk, dr = renstra_ref(r)
        else:
            dk, dr = f'{c["5k"]}{r}', f'{c["5r"]}{r}'
        b.calc(ws, f'{c["15k"]}{r}', over.get((c['15k'], r), f'=ROUND({c["14k"]}{r}/{dk}*100,2)'), ren / D(d['F']) * 100)
        b.calc(ws, f'{c["15r"]}{r}', over.get((c['15r'], r), f'=ROUND({c["14r"]}{r}/{dr}*100,2)'), renr / v['G'] * 100)
        if d.get('unit'):
            b.put(ws, f'{c["unit"]}{r}', d['unit'], wrap=True)
        b.ind(ws, r, d['ind'], d['J'], real, tcell=None if d['J'] is None else f'{c["7k"]}{r}',
              rcells=[f'{col}{r}' for col in (c['qk'][3:] if d['kind'] == 'last' else c['qk'])],
              note=('K realisasi of the year = TW IV value (percentage: nilai akhir)' if d['kind'] == 'last'
                    else 'K realisasi of the year = TW I + II + III + IV') + ('; no target this year (blank)' if d['J'] is None else ''))
    return val


def header(b, ws, row, labels, pairs, numbers):
    """labels: col -> text in the first header row; pairs: list of (colK, colRp); numbers: col -> number text"""
    for col, t in labels.items():
        b.put(ws, f'{col}{row}', t, bold=True, wrap=True)
    for k, r in pairs:
        ws.merge_cells(f'{k}{row}:{r}{row}')
        b.put(ws, f'{k}{row + 1}', 'K', bold=True)
        b.put(ws, f'{r}{row + 1}', 'Rp', bold=True)
    for col, t in numbers.items():
        b.put(ws, f'{col}{row + 2}', t)


def w5():
    b = Book('evaluasi_renja_2024_dpupr_klaten', 'xlsx', 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Klaten',
             'Permendagri 86/2017 evaluation form (E.81), 17-column scheme, TW IV 2024')
    ws = b.sheet('Evaluasi Renja TW IV')
    title_rows(b, ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN KLATEN',
                       'PERANGKAT DAERAH: DINAS PEKERJAAN UMUM DAN PENATAAN RUANG',
                       'PERIODE PELAKSANAAN: TAHUN ANGGARAN 2024 (TRIWULAN IV)'], 'AC')
    cols = dict(no='A', sas='B', ur='C', ind='D', sat='E', unit='AB', **{
        '5k': 'F', '5r': 'G', '6k': 'H', '6r': 'I', '7k': 'J', '7r': 'K', 'qk': ['L', 'N', 'P', 'R'], 'qr': ['M', 'O', 'Q', 'S'],
        '12k': 'T', '12r': 'U', '13k': 'V', '13r': 'W', '14k': 'X', '14r': 'Y', '15k': 'Z', '15r': 'AA'})
    labels = {'A': 'No', 'B': 'Sasaran', 'C': 'Program / Kegiatan / Sub Kegiatan', 'D': 'Indikator Kinerja Program (outcome) / Kegiatan (output)',
              'E': 'Satuan', 'F': 'Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)',
              'H': 'Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Tahun Lalu (2023)',
              'J': 'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2024) yang Dievaluasi',
              'L': 'Realisasi Kinerja Triwulan I', 'N': 'Realisasi Kinerja Triwulan II', 'P': 'Realisasi Kinerja Triwulan III',
              'R': 'Realisasi Kinerja Triwulan IV', 'T': 'Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi',
              'V': 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang Dievaluasi (%)',
              'X': 'Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2024',
              'Z': 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2024 (%)',
              'AB': 'Unit Perangkat Daerah Penanggung Jawab', 'AC': 'Keterangan'}
    pairs = [('F', 'G'), ('H', 'I'), ('J', 'K'), ('L', 'M'), ('N', 'O'), ('P', 'Q'), ('R', 'S'), ('T', 'U'), ('V', 'W'),
             ('X', 'Y'), ('Z', 'AA')]
    numbers = {'A': '1', 'B': '2', 'C': '3', 'D': '4', 'F': '5', 'H': '6', 'J': '7', 'L': '8', 'N': '9', 'P': '10', 'R': '11',
               'T': '12 = 8+9+10+11', 'V': '13 = 12/7 x 100', 'X': '14 = 6 + 12', 'Z': '15 = 14/5 x 100', 'AB': '16', 'AC': '17'}
    header(b, ws, 6, labels, pairs, numbers)
    for col in ('A', 'B', 'C', 'D', 'E', 'AB', 'AC'):
        ws.merge_cells(f'{col}6:{col}7')
    for col, w in (('A', 5), ('B', 22), ('C', 36), ('D', 34), ('E', 9), ('AB', 18), ('AC', 22)):
        ws.column_dimensions[col].width = w
    for col in ['G', 'I', 'K', 'M', 'O', 'Q', 'S', 'U', 'Y']:
        ws.column_dimensions[col].width = 17
    SAS = 'Meningkatnya kualitas infrastruktur jalan, jembatan dan irigasi'
    rows = {
        9: dict(no='1', sasaran=SAS, uraian='PROGRAM PENYELENGGARAAN JALAN', level='P', ind='Persentase jalan kabupaten dalam kondisi mantap',
                sat='%', kind='last', F='85', H='76.4', J='79.5', q=['76.9', '77.6', '78.8', '80.12'], unit='Bidang Bina Marga'),
        10: dict(no='1.1', uraian='Penyelenggaraan Jalan Kabupaten/Kota', level='K', ind='Panjang jalan kabupaten yang ditangani',
                 sat='km', kind='sum', F='120', H='71.35', J='24', q=['0', '3.2', '9.85', '12.7']),
        11: dict(no='1.1.1', uraian='Rehabilitasi Jalan', level='S', ind='Panjang jalan yang direhabilitasi', sat='km', kind='sum',
                 F='60', H='38.2', J='12', q=['0', '2.5', '4.1', '6.3'], G='78500000000', I='49320000000', K='15400000000',
                 m=['1245000000', '3980500000', '4875250000', '4912880000']),
        12: dict(no='1.1.2', uraian='Peningkatan Kapasitas Struktur Jalan', level='S', ind='Panjang jalan yang ditingkatkan kapasitasnya',
                 sat='km', kind='sum', F='40', H='24.2', J='8', q=['0', '0.7', '3.35', '4.25'], G='96000000000', I='58700000000',
                 K='21250000000', m=['0', '5120400000', '7844000000', '7602315500']),
        13: dict(no='1.1.3', uraian='Pemeliharaan Berkala Jalan', level='S', ind='Panjang jalan yang dipelihara berkala', sat='km',
                 kind='sum', F='350', H='212.6', J='72', q=['15.4', '18.2', '20.1', '19.8'], G='62000000000', I='37450000000',
                 K='12600000000', m=['2450000000', '3110200000', '3345600000', '3402850000']),
        14: dict(no='1.2', uraian='Penyelenggaraan Jembatan', level='K', ind='Jumlah jembatan yang dibangun/direhabilitasi', sat='unit',
                 kind='sum', F='25', H='14', J='5', q=['1', '1', '2', '1']),
        15: dict(no='1.2.1', uraian='Rehabilitasi Jembatan', level='S', ind='Jumlah jembatan yang direhabilitasi', sat='unit', kind='sum',
                 F='15', H='9', J='3', q=['0', '1', '1', '1'], G='18000000000', I='10850000000', K='3750000000',
                 m=['0', '1120000000', '1240500000', '1305000000']),
        16: dict(no='1.2.2', uraian='Pembangunan Jembatan', level='S', ind='Jumlah jembatan baru yang dibangun', sat='unit', kind='sum',
                 F='10', H='5', J='2', q=['1', '0', '0', '1'], G='44500000000', I='21400000000', K='9800000000',
                 m=['2100000000', '2450000000', '2630000000', '2540800000']),
        17: dict(no='2', uraian='PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', level='P',
                 ind='Persentase luas daerah irigasi kewenangan kabupaten dalam kondisi baik', sat='%', kind='last', F='75', H='66.8',
                 J='70', q=['67.1', '68.4', '69.9', '71.25'], unit='Bidang SDA'),
        18: dict(no='2.1', uraian='Pengelolaan dan Pengembangan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya di Bawah 1000 Ha',
                 level='K', ind='Luas daerah irigasi yang direhabilitasi', sat='Ha', kind='sum', F='4500', H='2610', J='950',
                 q=['0', '180', '340', '455']),
        19: dict(no='2.1.1', uraian='Rehabilitasi Jaringan Irigasi Permukaan', level='S', ind='Panjang saluran irigasi yang direhabilitasi',
                 sat='m', kind='sum', F='42000', H='23850', J='9000', q=['0', '1850', '3320', '4410'], G='36000000000', I='20150000000',
                 K='7800000000', m=['0', '1862000000', '2915500000', '2870650000']),
        20: dict(no='2.1.2', uraian='Operasi dan Pemeliharaan Jaringan Irigasi Permukaan', level='S',
                 ind='Jumlah kegiatan O&P saluran irigasi', sat='kegiatan', kind='sum', F='100', H='58', J='20', q=['4', '5', '6', '5'],
                 G='9500000000', I='5620000000', K='2150000000', m=['480000000', '530250000', '560000000', '548300000']),
        21: dict(no='2.1.3', uraian='Penyusunan Rencana Teknis dan DED Irigasi', level='S', ind='Jumlah dokumen DED irigasi',
                 sat='dokumen', kind='sum', F='5', H='4', J=None, q=['0', '0', '1', '0'], G='1500000000', I='1120000000',
                 K='350000000', m=['0', '0', '336500000', '0']),
    }
    parents = {9: [10, 14], 10: [11, 12, 13], 14: [15, 16], 17: [18], 18: [19, 20, 21]}
    over = {('T', 10): '=N10+P10+R10', ('V', 11): '=ROUND(T11/F11*100,2)', ('W', 12): '=ROUND(U12/I12*100,2)',
            ('Z', 13): '=ROUND(X13/F13/100,2)', ('V', 15): '=T15*100/J15', ('AA', 16): '=ROUND(Y16/42000000000*100,2)',
            ('V', 18): '=ROUND(T18/J17*100,2)', ('Z', 19): '=TRUNC(X19/F19*100,2)'}
    val = e81(b, ws, rows, parents, over, cols)
    b.put(ws, 'AC16', 'Pagu Renstra disesuaikan (Renstra perubahan): Rp 44,5 M')
    b.put(ws, 'AC21', 'Tidak ada target 2024; DED luncuran 2023 selesai TW III')
    r = 23
    for i, t in enumerate(['Faktor pendorong: dukungan DAK dan ketersediaan penyedia jasa konstruksi.',
                           'Faktor penghambat: cuaca pada TW I dan keterlambatan pengadaan tanah.',
                           'Tindak lanjut triwulan berikutnya: percepatan lelang dini.',
                           'Tindak lanjut Renja berikutnya: penajaman target ruas jalan prioritas.']):
        b.put(ws, f'B{r + i}', t, box=False)
    signature(b, ws, 29, 'D', 'Disusun, Klaten, 8 Januari 2025', 'Kepala Dinas PUPR', 'Ir. Bambang Sri Wibowo, M.T.',
              'Pembina Utama Muda', '19700625 199803 1 006')
    signature(b, ws, 29, 'T', 'Dievaluasi, Klaten, 15 Januari 2025', 'Kepala Bappeda', 'Dra. Sri Handayani Rahayu, M.M.',
              'Pembina Utama Muda', '19720211 199703 2 004')
    b.trap(ws, 'T9', 'last_quarter_for_percentage', 'percentage indicator (kondisi mantap is a state): column 12 = TW IV value 80.12, not the sum of the quarters')
    b.trap(ws, 'X9', 'last_quarter_for_percentage', 'column 14 for a state percentage = the value at the end of 2024 (80.12), not 6 + 12')
    b.trap(ws, 'G10', 'sum_row', 'kegiatan Rp columns (5, 6, 7, TW I-IV) = SUM of the sub kegiatan rows; parents all follow this rule')
    b.mistake(ws, 'T10', 'sum_misses_quarter', '=N10+P10+R10 leaves out TW I (L10); TW I is 0 this year so the value 25.75 is still right, but the formula differs from every other column-12 cell and breaks as soon as L10 is filled', value_right=True)
    b.mistake(ws, 'V11', 'formula_wrong_column', 'divides by F11 (Target Renstra 2026, 60 km) instead of J11 (target 2024, 12 km): shows 21.50; right 12.9/12*100 = 107.50')
    b.mistake(ws, 'W12', 'formula_wrong_column', 'Rp capaian divides by I12 (Renstra realisasi to 2023) instead of K12 (pagu 2024): shows 35.04; right 20,566,715,500/21,250,000,000*100 = 96.78')
    b.mistake(ws, 'Z13', 'divided_by_100', '=ROUND(X13/F13/100,2) shows 0.01; right 286.1/350*100 = 81.74')
    b.trap(ws, 'V15', 'equivalent_formula_no_round', '=T15*100/J15 (no ROUND): 3/3*100 = 100 exactly, same as ROUND(T15/J15*100,2)')
    b.mistake(ws, 'AA16', 'hardcoded_constant_in_formula', 'divides by the constant 42,000,000,000 (the old pagu Renstra) while G16 holds the revised 44,500,000,000 (note in AC16): shows 74.10; right 31,120,800,000/44,500,000,000*100 = 69.93')
    b.trap(ws, 'T17', 'last_quarter_for_percentage', 'percentage indicator: column 12 = TW IV value 71.25')
    b.trap(ws, 'X17', 'last_quarter_for_percentage', 'column 14 = the state at the end of 2024 (71.25)')
    b.mistake(ws, 'V18', 'formula_wrong_row', 'divides by J17 (program target 70 %) instead of J18 (950 Ha): shows 1392.86; right 975/950*100 = 102.63')
    b.mistake(ws, 'Z19', 'trunc_instead_of_round', 'TRUNC where the others ROUND: 33430/42000*100 = 79.5952... shows 79.59; right 79.60')
    b.mistake(ws, 'V21', 'div0_left', 'no 2024 target (J21 blank, note in AC21) with a realisasi of 1: #DIV/0! left; capaian undefined')
    # fix numeric notes
    for m in b.mistakes:
        if m['cell'] == 'W12':
            u = sum(val[12]['m'])
            m['note'] = ('Rp capaian divides by I12 (Renstra realisasi to 2023, 58,700,000,000) instead of K12 (pagu 2024, 21,250,000,000): '
                         'shows %s; right %s/21,250,000,000*100 = %s' % (qs(u / D('58700000000') * 100), f'{int(u):,}', m['correct']))
        if m['cell'] == 'AA16':
            y = val[16]['I'] + sum(val[16]['m'])
            m['note'] = ('divides by the constant 42,000,000,000 (the old pagu Renstra) while G16 holds the revised 44,500,000,000 '
                         '(note in AC16): shows %s; right %s/44,500,000,000*100 = %s' % (qs(y / D('42000000000') * 100), f'{int(y):,}', m['correct']))
    b.layout = ('One sheet "Evaluasi Renja TW IV", the Permendagri 86/2017 form E.81 in the 17-column scheme with K/Rp pairs. Title rows '
                '1-3; header row 6 (group names, merged over each K/Rp pair), row 7 "K"/"Rp", row 8 the column numbers with their rules '
                '("12 = 8+9+10+11", "13 = 12/7 x 100", "14 = 6 + 12", "15 = 14/5 x 100"); body rows 9-21; faktor pendorong/penghambat '
                'rows 23-26; two signatures from row 29 (Disusun: Kepala Dinas; Dievaluasi: Kepala Bappeda). Columns: A No, B Sasaran, C '
                'Program/Kegiatan/Sub Kegiatan, D Indikator, E Satuan (unnumbered), F/G (5) Target Renstra 2026, H/I (6) Realisasi '
                'Renstra s/d 2023, J/K (7) Target Renja 2024, L/M N/O P/Q R/S (8-11) TW I-IV, T/U (12), V/W (13), X/Y (14), Z/AA (15), '
                'AB (16) Unit PD, AC (17) Keterangan. Rows 9 and 17 are programs, 10/14/18 kegiatan, the rest sub kegiatan. Formulas: '
                'T = L+N+P+R (K) and U = M+O+Q+S (Rp); for the two percentage (state) indicators of the program rows 9 and 17 T = R '
                '(TW IV value) and X = T; otherwise X = H+T, Y = I+U; V = ROUND(T/J*100,2), W = ROUND(U/K*100,2), Z = ROUND(X/F*100,2), '
                'AA = ROUND(Y/G*100,2). Rp columns of program/kegiatan rows (G, I, K, M, O, Q, S) = SUM of their children. No cap, '
                'all positive. Percent in points, format 0.00; Rp in accounting format. Indicators: target = column 7 K, realisasi = '
                'the true column 12 K.')
    b.formulas_used = 'L+N+P+R; =R (percentage); ROUND(T/J*100,2); H+T; ROUND(X/F*100,2); SUM of children'
    return b


def w6():
    b = Book('evaluasi_renja_2023_dinsos_kota_padang', 'ods', 'Dinas Sosial Kota Padang',
             'Permendagri 86/2017 evaluation form (E.81), 15-column scheme, TW IV 2023, with a Renstra sheet')
    ws = b.sheet('E81 TW IV 2023')
    wr = b.sheet('Renstra')
    title_rows(b, ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', 'DINAS SOSIAL KOTA PADANG',
                       'TAHUN 2023 - TRIWULAN IV'], 'AA')
    cols = dict(no='A', sas='B', ur='C', ind='D', sat='E', unit='Z', **{
        '5k': 'F', '5r': 'G', '6k': 'H', '6r': 'I', '7k': 'J', '7r': 'K', 'qk': ['L', 'N', 'P', 'R'], 'qr': ['M', 'O', 'Q', 'S'],
        '12k': 'T', '12r': 'U', '14k': 'V', '14r': 'W', '15k': 'X', '15r': 'Y'})
    labels = {'A': 'No', 'B': 'Sasaran', 'C': 'Program / Kegiatan / Sub Kegiatan', 'D': 'Indikator Kinerja', 'E': 'Satuan',
              'F': 'Target Renstra PD Tahun 2024 (akhir periode)', 'H': 'Realisasi Renstra PD s/d Renja Tahun Lalu (2022)',
              'J': 'Target Renja PD Tahun 2023', 'L': 'Triwulan I', 'N': 'Triwulan II', 'P': 'Triwulan III', 'R': 'Triwulan IV',
              'T': 'Realisasi Capaian Kinerja dan Anggaran Renja 2023', 'V': 'Realisasi Kinerja dan Anggaran Renstra s/d 2023',
              'X': 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s/d 2023 (%)', 'Z': 'Unit PD Penanggung Jawab',
              'AA': 'Keterangan'}
    pairs = [('F', 'G'), ('H', 'I'), ('J', 'K'), ('L', 'M'), ('N', 'O'), ('P', 'Q'), ('R', 'S'), ('T', 'U'), ('V', 'W'), ('X', 'Y')]
    numbers = {'A': '1', 'B': '2', 'C': '3', 'D': '4', 'F': '5', 'H': '6', 'J': '7', 'L': '8', 'N': '9', 'P': '10', 'R': '11',
               'T': '12', 'V': '13', 'X': '14', 'Z': '15'}
    header(b, ws, 5, labels, pairs, numbers)
    for col in ('A', 'B', 'C', 'D', 'E', 'Z', 'AA'):
        ws.merge_cells(f'{col}5:{col}6')
    for col, w in (('A', 5), ('B', 22), ('C', 36), ('D', 34), ('E', 9), ('Z', 18), ('AA', 26)):
        ws.column_dimensions[col].width = w
    SAS = 'Meningkatnya perlindungan dan pemberdayaan PPKS'
    rows = {
        9: dict(no='1', sasaran=SAS, uraian='PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', level='P',
                ind='Persentase PPKS yang memperoleh bantuan perlindungan dan jaminan sosial', sat='%', kind='last', F='90', H='71.3',
                J='82', q=['74.2', '77.5', '80.6', '83.4'], unit='Bidang Linjamsos'),
        10: dict(no='1.1', uraian='Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', level='K',
                 ind='Jumlah dokumen pemutakhiran DTKS', sat='dokumen', kind='sum', F='20', H='12', J='4', q=['1', '1', '1', '1']),
        11: dict(no='1.1.1', uraian='Pendataan dan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', level='S',
                 ind='Jumlah data keluarga miskin yang diverifikasi dan divalidasi', sat='KK', kind='sum', F='250000', H='148320',
                 J='52000', q=['11850', '13420', '12980', '14310'], G='6250000000', I='3684500000', K='1285000000',
                 m=['268400000', '331750000', '305200000', '352615000']),
        12: dict(no='1.1.2', uraian='Fasilitasi Bantuan Sosial Kesejahteraan Keluarga', level='S',
                 ind='Jumlah keluarga penerima bantuan sosial', sat='KK', kind='sum', F='18000', H='10850', J='3600',
                 q=['900', '0', '1250', '1500'], G='9000000000', I='5412000000', K='1800000000',
                 m=['448500000', '0', '624000000', '711250000']),
        13: dict(no='1.2', uraian='Penanganan Bencana', level='K', ind='Jumlah korban bencana yang mendapat pemenuhan kebutuhan dasar',
                 sat='jiwa', kind='sum', F='5000', H='2810', J='1000', q=['120', '340', '85', '412']),
        14: dict(no='1.2.1', uraian='Penyediaan Makanan, Pakaian, dan Alat Kebersihan bagi Korban Bencana', level='S',
                 ind='Jumlah korban bencana yang menerima paket kebutuhan dasar', sat='jiwa', kind='sum', F='4000', H='2350', J='800',
                 q=['96', '275', '60', '389'], G='3200000000', I='1876400000', K='640000000',
                 m=['76800000', '218250000', '47500000', '288960000']),
        15: dict(no='1.2.2', uraian='Pelayanan Dukungan Psikososial bagi Korban Bencana', level='S',
                 ind='Jumlah korban bencana yang mendapat layanan psikososial', sat='jiwa', kind='sum', F='1000', H='460', J='200',
                 q=['24', '65', '25', '23'], G='750000000', I='341200000', K='150000000', m=['17400000', '48100000', '18500000', '15960000']),
        16: dict(no='2', uraian='PROGRAM REHABILITASI SOSIAL', level='P', ind='Persentase PPKS yang tertangani rehabilitasi sosial dasar',
                 sat='%', kind='last', F='85', H='62.4', J='75', q=['64.1', '67.3', '71.8', '76.15'], unit='Bidang Rehsos'),
        17: dict(no='2.1', uraian='Rehabilitasi Sosial Dasar Penyandang Disabilitas, Anak, dan Lanjut Usia Terlantar di Luar Panti Sosial',
                 level='K', ind='Jumlah PPKS yang mendapatkan rehabilitasi sosial dasar', sat='orang', kind='sum', F='3000', H='1640',
                 J='650', q=['140', '165', '172', '190']),
        18: dict(no='2.1.1', uraian='Pemberian Layanan Rehabilitasi Sosial Anak Terlantar', level='S',
                 ind='Jumlah anak terlantar yang direhabilitasi', sat='orang', kind='sum', F='1200', H='690', J='260',
                 q=['55', '70', '68', '79'], G='2400000000', I='1362000000', K='520000000', m=['104000000', '139500000', '128750000', '141600000']),
        19: dict(no='2.1.2', uraian='Penyediaan Permakanan bagi Lanjut Usia Terlantar', level='S',
                 ind='Jumlah lansia terlantar penerima permakanan', sat='orang', kind='sum', F='1800', H='950', J='390',
                 q=['85', '95', '104', '111'], G='3600000000', I='1890000000', K='780000000', m=['170000000', '190000000', '208000000', '199800000']),
    }
    parents = {9: [10, 13], 10: [11, 12], 13: [14, 15], 16: [17], 17: [18, 19]}

    def ref(r):
        return f'Renstra!D{r - 4}', f'Renstra!E{r - 4}'
    over = {('X', 11): '=ROUND(V11/Renstra!D7*100,2)', ('X', 12): '=ROUND(V12/#REF!*100,2)', ('X', 13): '=ROUND(V13/F13*100,2)',
            ('X', 15): 100, ('X', 17): '=ROUND(Renstra!D13/V17*100,2)', ('Y', 18): '=ROUND(W18/Renstra!$E$14*100,2)',
            ('Y', 19): '=ROUND(W19/Renstra!$E$14*100,2)'}
    val = e81(b, ws, rows, parents, over, cols, renstra_ref=ref)
    b.put(ws, 'AA11', 'Target Renstra perubahan (Perwako 2023): 250.000 KK, semula 230.000 KK')
    b.put(ws, 'AA12', 'TW II: penyaluran ditunda menunggu DTKS')
    # Renstra sheet: a copy of the original Renstra targets (row r-4 for body row r); row 7 (for body row 11) is stale
    b.put(wr, 'A1', 'TARGET AKHIR RENSTRA DINAS SOSIAL KOTA PADANG 2019-2024 (sumber: Renstra awal)', bold=True, box=False)
    for col, h in zip('ABCDE', ['No', 'Program / Kegiatan / Sub Kegiatan', 'Indikator', 'Target K 2024', 'Pagu Renstra (Rp)']):
        b.put(wr, f'{col}4', h, bold=True)
    for r, d in rows.items():
        rr = r - 4
        b.put(wr, f'A{rr}', d['no'])
        b.put(wr, f'B{rr}', d['uraian'])
        b.put(wr, f'C{rr}', d['ind'])
        b.put(wr, f'D{rr}', num('230000' if r == 11 else d['F']), QTY)
        b.put(wr, f'E{rr}', int(val[r]['G']), RP)
    wr.column_dimensions['B'].width = 50
    wr.column_dimensions['C'].width = 50
    wr.column_dimensions['E'].width = 18
    b.put(ws, 'C21', 'Rata-rata capaian kinerja Renstra (%) dan predikat: dihitung terpisah oleh Bappeda', box=False)
    signature(b, ws, 23, 'D', 'Disusun, Padang, 9 Januari 2024', 'Kepala Dinas Sosial', 'Drs. Heryanto Rustam, M.Si',
              'Pembina Tingkat I', '19710303 199203 1 005')
    signature(b, ws, 23, 'T', 'Dievaluasi, Padang, 16 Januari 2024', 'Kepala Bappeda', 'Ir. Yenni Marlina Putri, M.T.',
              'Pembina Utama Muda', '19740919 199903 2 002')
    b.trap(ws, 'T9', 'last_quarter_for_percentage', 'percentage indicator: column 12 = TW IV value 83.4 (a state, not a sum)')
    b.trap(ws, 'V9', 'last_quarter_for_percentage', 'column 13 for a percentage = the end-2023 value 83.4, not 6 + 12')
    b.mistake(ws, 'X11', 'other_sheet_stale_value', 'column 14 divides by Renstra!D7 (230,000 KK, the original Renstra) while column 5 on this sheet holds the revised 250,000 (note AA11): shows 87.34; right 200,880/250,000*100 = 80.35')
    b.mistake(ws, 'X12', 'ref_error_left', '=ROUND(V12/#REF!*100,2): the Renstra reference was deleted, #REF! left; right 14,500/18,000*100 = 80.56')
    b.trap(ws, 'X13', 'equivalent_reference_same_sheet', 'divides by F13 on this sheet instead of Renstra!D9; both hold 5000, so 3767/5000*100 = 75.34 is right')
    b.mistake(ws, 'X15', 'typed_value_wrong', '100 typed over the formula; right 597/1000*100 = 59.70')
    b.trap(ws, 'T16', 'last_quarter_for_percentage', 'percentage indicator: column 12 = TW IV value 76.15')
    b.trap(ws, 'V16', 'last_quarter_for_percentage', 'column 13 = the end-2023 value 76.15')
    b.mistake(ws, 'X17', 'numerator_denominator_swapped', 'Renstra!D13/V17 (target/realisasi on a positive indicator): shows 130.04; right 2307/3000*100 = 76.90')
    b.trap(ws, 'Y18', 'absolute_reference_own_row', 'Renstra!$E$14 is this row\'s own pagu Renstra (row 18 -> Renstra row 14), so the value is right')
    b.mistake(ws, 'Y19', 'absolute_reference_copied', 'copied from Y18 with Renstra!$E$14 (pagu of sub kegiatan 2.1.1, 2,400,000,000) instead of Renstra!E15 (3,600,000,000)')
    for m in b.mistakes:
        if m['cell'] == 'Y19':
            w = val[19]['I'] + sum(val[19]['m'])
            m['note'] += ': shows %s; right %s/3,600,000,000*100 = %s' % (qs(w / D('2400000000') * 100), f'{int(w):,}', m['correct'])
    b.layout = ('Two sheets. "E81 TW IV 2023": the Permendagri 86/2017 form in the 15-column scheme with K/Rp pairs. Title rows 1-3; '
                'header row 5 (merged over each K/Rp pair), row 6 "K"/"Rp", row 7 column numbers 1-15; body rows 9-19; a note row 21; '
                'two signatures from row 23. Columns: A No, B Sasaran, C Program/Kegiatan/Sub Kegiatan, D Indikator, E Satuan '
                '(unnumbered), F/G (5) Target Renstra 2024, H/I (6) Realisasi Renstra s/d 2022, J/K (7) Target Renja 2023, L/M N/O '
                'P/Q R/S (8-11) TW I-IV, T/U (12) realisasi 2023, V/W (13) Renstra s/d 2023, X/Y (14) capaian Renstra (%), Z (15) Unit '
                'PD, AA Keterangan. Rows 9 and 16 are programs (percentage indicators: T = R, TW IV value, and V = T), 10/13/17 kegiatan, '
                'the rest sub kegiatan. T = L+N+P+R, U = M+O+Q+S, V = H+T, W = I+U, X = ROUND(V/Renstra!D{row-4}*100,2), Y = '
                'ROUND(W/Renstra!E{row-4}*100,2): the % columns read the Renstra targets from sheet "Renstra" (row r-4 holds body row r; '
                'columns D target K, E pagu Rp). Its D7 still holds the original 230,000 for row 11 while F11 was revised to 250,000. '
                'Rp columns of programs/kegiatan = SUM of children. No cap, all positive; percent in points, 0.00. Indicators: target = '
                'column 7 K, realisasi = column 12 K.')
    b.formulas_used = 'L+N+P+R; H+T; ROUND(V/Renstra!D*100,2); SUM of children'
    return b
