"""Agency 2: Badan Pendapatan Daerah Kabupaten Rawa Kemuning, 2019-2022 (all invented)."""
import random

from common import *

SLUG = 'bapenda_kab_rawa_kemuning'
AGENCY = 'Badan Pendapatan Daerah Kabupaten Rawa Kemuning'
YEARS = [2019, 2020, 2021, 2022]
FLOW = ['B01', 'B03', 'B05', 'B07', 'B08', 'B12', 'B13', 'B14', 'B15', 'B16', 'B17']

IND = {
    'B01': ('Rp', {
        2019: ('Jumlah Realisasi Pendapatan Asli Daerah (PAD)', 186500000000, 179342615420),
        2020: ('Realisasi PAD', 172000000000, 165884230115),
        2021: ('Pendapatan Asli Daerah (PAD) yang terealisasi', 190000000000, 194573402880),
        2022: ('1. Realisasi Pendapatan Asli Daerah', 205000000000, 211046918300)}),
    'B02': ('%', {
        2019: ('Persentase capaian realisasi PAD terhadap target', 100, 96.16),
        2020: ('Prosentase Realisasi PAD thd Target', 100, 96.44),
        2021: ('Persentase Realisasi PAD terhadap Target APBD', 100, 102.41),
        2022: ('2. Persentase realisasi PAD dibanding target', 100, 102.95)}),
    'B19': ('%', {
        2019: ('Kontribusi PAD terhadap total pendapatan daerah', 11.5, 11.2),
        2020: ('Kontribusi PAD terhadap Pendapatan Daerah', 11, 10.8)}),
    'B19b': ('%', {
        2021: ('Rasio PAD terhadap APBD', 12, 12.3),
        2022: ('3. Rasio PAD terhadap total APBD', 12.5, 12.9)}),
    'B03': ('Rp', {
        2019: ('Realisasi Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)', 14200000000, 13118447250),
        2020: ('Realisasi PBB-P2', 13500000000, 12604190000),
        2021: ('Penerimaan PBB-P2', 14800000000, 15022716400),
        2022: ('4. Realisasi penerimaan Pajak Bumi & Bangunan P2', 15500000000, 15871340050)}),
    'B04': ('%', {
        2019: ('Persentase realisasi PBB-P2 terhadap ketetapan', 75, 71.3),
        2020: ('Persentase Realisasi PBB-P2 terhadap Ketetapan Pajak', 75, 68.9),
        2021: ('Persentase pelunasan PBB-P2 terhadap ketetapan', 78, 79.4),
        2022: ('5. Persentase realisasi PBB P2 thd ketetapan (SPPT)', 80, 81.25)}),
    'B09': ('%', {
        2019: ('Persentase penurunan tunggakan PBB-P2', 10, 8.7),
        2020: ('Persentase Penurunan Tunggakan PBB-P2', 10, 6.2),
        2021: ('Persentase penurunan piutang PBB-P2', 10, 11.4)}),
    'B18': ('%', {
        2019: ('Persentase SPPT PBB-P2 yang terdistribusi tepat waktu', 95, 92.8),
        2020: ('Persentase SPPT PBB-P2 Terdistribusi Tepat Waktu', 95, 96.1),
        2021: ('Persentase distribusi SPPT PBB-P2 tepat waktu', 97, 97.6),
        2022: ('11. Persentase SPPT PBB P2 tersampaikan tepat waktu', 98, 98.3)}),
    'B17': ('NOP', {
        2019: ('Jumlah objek pajak PBB-P2 yang dimutakhirkan datanya', 5000, 5320),
        2020: ('Jumlah NOP PBB-P2 yang Dimutakhirkan', 4000, 3115),
        2021: ('Jumlah objek pajak PBB-P2 yg dimutakhirkan', 6000, 6448),
        2022: ('12. Jumlah Objek Pajak (NOP) PBB-P2 yang dimutakhirkan', 6500, 7012)}),
    'B07': ('Rp', {
        2019: ('Realisasi penerimaan Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)', 9500000000, 10214880000),
        2020: ('Realisasi BPHTB', 8000000000, 7456102300),
        2021: ('Penerimaan BPHTB', 9000000000, 11382905000),
        2022: ('6. Realisasi Bea Perolehan Hak atas Tanah & Bangunan', 11500000000, 12064777600)}),
    'B08': ('Rp', {
        2019: ('Jumlah tunggakan pajak daerah yang berhasil ditagih', 2000000000, 1645300000),
        2020: ('Tunggakan Pajak Daerah yang Tertagih', 1800000000, 1392775500),
        2021: ('Jumlah pencairan tunggakan pajak daerah', 2000000000, 2118640000),
        2022: ('7. Pencairan piutang / tunggakan pajak daerah', 2200000000, 2305118900)}),
    'B12': ('Rp', {
        2019: ('Realisasi Pajak Hotel ', 3400000000, 3512640000),   # trailing space as typed
        2020: ('Realisasi pajak hotel', 2200000000, 1874095000)}),
    'B13': ('Rp', {
        2019: ('Realisasi Pajak Restoran', 6100000000, 6388210500),
        2020: ('Realisasi pajak restoran', 5000000000, 4711823750)}),
    'B14': ('Rp', {
        2021: ('Realisasi Pajak Hotel dan Restoran', 8200000000, 8904477200),
        2022: ('8. Realisasi pajak hotel & restoran', 9600000000, 10155302900)}),
    'B15': ('Rp', {
        2019: ('Realisasi Pajak Penerangan Jalan (PPJ)', 11000000000, 11463102000),
        2020: ('Realisasi PPJ', 11500000000, 11290740000),
        2021: ('Realisasi pajak penerangan jalan', 12000000000, 12388015300),
        2022: ('9. Realisasi Pajak Penerangan Jalan', 12600000000, 12940660000)}),
    'B16': ('Rp', {
        2019: ('Realisasi Pajak Mineral Bukan Logam dan Batuan', 4000000000, 3206450000),
        2020: ('Realisasi pajak MBLB', 3500000000, 2988120000),
        2021: ('Realisasi Pajak MBLB (Mineral Bukan Logam & Batuan)', 3800000000, 4105338000),
        2022: ('10. Realisasi pajak mineral bukan logam dan batuan (MBLB)', 4200000000, 4372905500)}),
    'B05': ('WP', {
        2019: ('Jumlah wajib pajak daerah baru yang terdaftar', 350, 412),
        2020: ('Jumlah Wajib Pajak Baru', 300, 268),
        2021: ('Jumlah penambahan wajib pajak daerah baru', 350, 377),
        2022: ('13. Jumlah WP daerah baru', 400, 426)}),
    'B06': ('WP', {
        2019: ('Jumlah wajib pajak daerah yang terdaftar', 4800, 4934),
        2020: ('Jumlah Wajib Pajak Terdaftar', 5100, 5202),
        2021: ('Jumlah seluruh wajib pajak  daerah terdaftar', 5500, 5579),   # double space as typed
        2022: ('14. Jumlah WP daerah terdaftar', 5900, 6005)}),
    'B10': ('WP', {
        2019: ('Jumlah wajib pajak yang menggunakan layanan e-tax', 150, 137),
        2020: ('Jumlah WP Pengguna e-Tax', 300, 342),
        2021: ('Jumlah wajib pajak pengguna aplikasi e-tax (e-SPTPD)', 600, 655),
        2022: ('15. Jumlah WP yg menggunakan e-tax', 900, 1012)}),
    'B11': ('%', {
        2020: ('Persentase objek pajak hotel dan restoran yang terpasang alat perekam transaksi (tapping box)', 30, 27.5),
        2021: ('Persentase OP hotel & restoran terpasang tapping box', 45, 48.2),
        2022: ('16. Persentase objek pajak hotel, restoran yg terpasang alat perekam transaksi', 60, 57.9)}),
    'B20': ('indeks', {
        2019: ('Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan pajak daerah', 78, 79.42),
        2020: ('Indeks Kepuasan Masyarakat', 80, 81.05),
        2021: ('Nilai IKM pelayanan Bapenda', 81, 82.66),
        2022: ('17. IKM Pelayanan Pajak Daerah', 82, 84.31)}),
    'B21': ('inovasi', {
        2021: ('Jumlah inovasi pelayanan pajak daerah', None, 3),
        2022: ('18. Jumlah inovasi layanan perpajakan daerah yang diterapkan', 3, 3)}),
    'B22': ('%', {
        2019: ('Tingkat kepatuhan wajib pajak daerah', 80, 77.6),
        2020: ('Tingkat Kepatuhan WP Daerah', 80, 74.3),
        2021: ('Persentase kepatuhan wajib pajak daerah', 82, 83.9),
        2022: ('19. Tingkat kepatuhan wajib pajak dlm membayar pajak', 84, 85.2)}),
}

man = Manifest(SLUG, AGENCY, YEARS, [['B19', 'B19b']], FLOW)
KABAN_A = ('H. SYAMSUL BAHRI, S.E., M.M.', 'Pembina Utama Muda', 'NIP. 19680812 199303 1 007')
KABAN_B = ('Dra. NURLAILA HASIBUAN, M.Ak', 'Pembina Tk. I', 'NIP. 19720405 199803 2 003')
SAS1 = 'Meningkatnya pendapatan asli daerah'
SAS2 = 'Meningkatnya kepatuhan wajib pajak dan kualitas pelayanan pajak daerah'


def nm(i, y):
    return IND[i][1][y][0]


def tr(i, y):
    return IND[i][1][y][1], IND[i][1][y][2]


# ---------------------------------------------------------------- 2019: E.81 evaluation form, .xlsx
E81 = [  # (sasaran, program, [(kegiatan or None, budget, [ids])])
    (SAS1, 'Program Peningkatan dan Pengembangan Pengelolaan Keuangan Daerah', [
        (None, None, ['B01', 'B02', 'B19']),
        ('Intensifikasi dan Ekstensifikasi Pajak Daerah', 1245600000, ['B12', 'B13', 'B15', 'B16']),
        ('Pengelolaan PBB-P2', 986400000, ['B03', 'B04', 'B09', 'B18']),
        ('Pengelolaan BPHTB', 312750000, ['B07']),
        ('Penagihan Tunggakan Pajak Daerah', 274300000, ['B08']),
        ('Pendataan dan Pemutakhiran Objek PBB-P2', 658900000, ['B17']),
    ]),
    (SAS2, 'Program Peningkatan Pelayanan Pajak Daerah', [
        (None, None, ['B22', 'B20']),
        ('Pendaftaran dan Pendataan Wajib Pajak Daerah', 405200000, ['B05', 'B06']),
        ('Pengembangan Sistem Informasi Pajak Daerah (e-Tax)', 537800000, ['B10']),
    ]),
]

# quarterly K of the level indicators (TW I..IV) and how column 13 is filled
LEVEL_Q_2019 = {
    'B02': ([21.5, 45.2, 70.8, 96.16], '0.00"%"', 'last_formula'),
    'B19': (['-', '-', '-', 11.2], None, 'typed'),
    'B04': ([12, 31, 55, 71.3], '0.0%', 'last_formula'),
    'B09': ([2.1, 4.0, 6.5, 8.7], None, 'typed'),
    'B18': (['-', 92.8, '-', '-'], None, 'typed'),
    'B22': ([70.2, 73.5, 75.9, 77.6], None, 'last_formula'),
    'B20': (['-', 78.9, '-', 79.42], None, 'typed'),
    'B06': ([4702, 4788, 4861, 4934], '#,##0', 'last_formula'),
    'B10': ([95, 110, 128, 137], None, 'typed'),
}
RENSTRA_2021 = {'B01': 215000000000, 'B02': 100, 'B19': 13, 'B12': 4200000000, 'B13': 7600000000,
                'B15': 12800000000, 'B16': 5000000000, 'B03': 16000000000, 'B04': 85, 'B09': 15,
                'B18': 100, 'B07': 11000000000, 'B08': 2500000000, 'B17': 6000, 'B22': 85, 'B20': 82,
                'B05': 400, 'B06': 6000, 'B10': 1000}
REAL_2018 = {'B01': 168221450300, 'B02': 94.8, 'B19': 10.9, 'B12': 3301200000, 'B13': 5922804000,
             'B15': 10870331000, 'B16': 3655100000, 'B03': 12640228300, 'B04': 69.5, 'B09': 7.9,
             'B18': 90.4, 'B07': 8965400000, 'B08': 1502116000, 'B17': 4870, 'B22': 75.2, 'B20': 77.1,
             'B05': 385, 'B06': 4522, 'B10': 0}


def y2019():
    book = Book(man, 'EVALUASI RENJA BAPENDA TW IV 2019.xlsx')
    ws = book.sheet('E81 TW IV')
    rng = random.Random(2019)
    widths(ws, {'A': 5, 'B': 22, 'C': 28, 'D': 40, 'E': 8, 'Z': 18})
    for c in 'FGHIJKLMNOPQRSTUVWXY':
        ws.column_dimensions[c].width = 14
    put(ws, 'A1', 'Formulir E.81', bold=True)
    merge(ws, 'A2:Z2', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN RAWA KEMUNING', bold=True, align=CENTER)
    merge(ws, 'A3:Z3', 'Renja Perangkat Daerah Badan Pendapatan Daerah Kabupaten Rawa Kemuning', align=CENTER)
    merge(ws, 'A4:Z4', 'Periode Pelaksanaan : Triwulan IV Tahun 2019', align=CENTER)
    hdr = [('A6:A8', 'No'), ('B6:B8', 'Sasaran'), ('C6:C8', 'Program / Kegiatan'),
           ('D6:D8', 'Indikator Kinerja Program (outcome) / Kegiatan (output)'), ('E6:E8', 'Satuan'),
           ('F6:G7', 'Target Renstra Perangkat Daerah pada Tahun 2021 (Akhir Periode Renstra PD)'),
           ('H6:I7', 'Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2018)'),
           ('J6:K7', 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2019) yang Dievaluasi'),
           ('L6:S6', 'Realisasi Kinerja Pada Triwulan'),
           ('L7:M7', 'I'), ('N7:O7', 'II'), ('P7:Q7', 'III'), ('R7:S7', 'IV'),
           ('T6:U7', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'),
           ('V6:W7', 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2019'),
           ('X6:Y7', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2019 (%)'),
           ('Z6:Z8', 'Unit PD Penanggung Jawab')]
    for rg, t in hdr:
        merge(ws, rg, t, bold=True, align=CENTER)
    for k, c in enumerate('FHJLNPRTVX'):
        put(ws, c + '8', 'K', bold=True, align=CENTER)
        put(ws, chr(ord(c) + 1) + '8', 'Rp.', bold=True, align=CENTER)
    nums = [('A9', 1), ('B9', 2), ('C9', 3), ('D9', 4), ('E9', 5), ('F9:G9', 6), ('H9:I9', 7), ('J9:K9', 8),
            ('L9:M9', 9), ('N9:O9', 10), ('P9:Q9', 11), ('R9:S9', 12), ('T9:U9', '13 = 9+10+11+12'),
            ('V9:W9', '14 = 7 + 13'), ('X9:Y9', '15 = 14/6 x 100'), ('Z9', 16)]
    for rg, t in nums:
        if ':' in rg:
            merge(ws, rg, t, align=CENTER)
        else:
            put(ws, rg, t, align=CENTER)
    merge(ws, 'A10:Z10', 'Perangkat Daerah : Badan Pendapatan Daerah', bold=True)
    put(ws, 'C11', 'FUNGSI PENUNJANG KEUANGAN', bold=True)
    row = 12
    no = 0
    for sas, prog, parts in E81:
        s0 = row
        p0 = row
        prog_budget_rows = []
        for keg, budget, ids in parts:
            k0 = row
            for n_i, i in enumerate(ids):
                no += 1
                name = nm(i, 2019)
                t, r = tr(i, 2019)
                unit = IND[i][0]
                put(ws, 'A%d' % row, no, align=CENTER)
                put(ws, 'D%d' % row, name, wrap=True)
                put(ws, 'E%d' % row, unit)
                fmt = FMT_ACC if unit in ('Rp',) else None
                put(ws, 'F%d' % row, RENSTRA_2021[i], fmt=fmt)
                put(ws, 'H%d' % row, REAL_2018[i], fmt=fmt)
                # target Renja (column 8 K)
                tv = N(t, fmt)
                if i == 'B04':
                    tv = P(75, '0%')
                put(ws, 'J%d' % row, tv)
                qcells = ['L', 'N', 'P', 'R']
                if i in FLOW:
                    dec = 0
                    parts_q = split_total(r, 4, rng, dec, spread=0.3)
                    qv = [N(x, fmt) for x in parts_q]
                    for c, v in zip(qcells, qv):
                        put(ws, '%s%d' % (c, row), v)
                    if i == 'B17':
                        rv = N(0)                                   # computed column typed over
                    elif i == 'B16':
                        rv = F('=L{0}+N{0}+P{0}'.format(row), sum(parts_q[:3]), fmt)   # wrong formula: TW IV left out
                    elif i == 'B05':
                        rv = F('=SUM(L{0},N{0},P{0},R{0})'.format(row), r)
                    else:
                        rv = F('=L{0}+N{0}+P{0}+R{0}'.format(row), r, fmt)
                else:
                    qs, qfmt, how = LEVEL_Q_2019[i]
                    qv = []
                    for c, x in zip(qcells, qs):
                        if x == '-':
                            v = G('-')
                        elif qfmt and '%' in qfmt and '"' not in qfmt:
                            v = P(x, qfmt)
                        else:
                            v = N(x, qfmt)
                        qv.append(v)
                        put(ws, '%s%d' % (c, row), v)
                    assert qv[-1].key == r or how == 'typed'
                    if how == 'last_formula':
                        rv = F('=R%d' % row, qv[-1].key, qfmt)
                        if qfmt and '%' in qfmt and '"' not in qfmt:
                            rv = Val('=R%d' % row, qv[-1].key, qfmt)
                    else:
                        rv = N(r)
                put(ws, 'T%d' % row, rv)
                put(ws, 'V%d' % row, '=H{0}+T{0}'.format(row), fmt=fmt)
                put(ws, 'X%d' % row, '=IFERROR(V{0}/F{0}*100,0)'.format(row), fmt='0.00')
                put(ws, 'Z%d' % row, 'Bidang Pendapatan' if sas == SAS1 else 'Bidang Pelayanan dan Pengembangan')
                man.key(book, ws, 'D%d' % row, 2019, i, name, tv.key, rv.key, ['J%d' % row], ['T%d' % row])
                row += 1
            if keg:
                merge(ws, 'C%d:C%d' % (k0, row - 1), keg, wrap=True) if row - 1 > k0 else put(ws, 'C%d' % k0, keg, wrap=True)
                # budget pair on the kegiatan's first row
                put(ws, 'K%d' % k0, budget, fmt=FMT_ACC)
                put(ws, 'G%d' % k0, round(budget * 2.3, -5), fmt=FMT_ACC)
                put(ws, 'I%d' % k0, round(budget * 1.9, -5), fmt=FMT_ACC)
                spent = split_total(round(budget * rng.uniform(0.88, 0.97), -3), 4, rng, 0, spread=0.4)
                for c, x in zip('MOQS', spent):
                    put(ws, '%s%d' % (c, k0), x, fmt=FMT_ACC)
                put(ws, 'U%d' % k0, '=M{0}+O{0}+Q{0}+S{0}'.format(k0), fmt=FMT_ACC)
                put(ws, 'W%d' % k0, '=I{0}+U{0}'.format(k0), fmt=FMT_ACC)
                put(ws, 'Y%d' % k0, '=W{0}/G{0}*100'.format(k0), fmt='0.00')
                prog_budget_rows.append(k0)
            else:
                merge(ws, 'C%d:C%d' % (k0, row - 1), prog, wrap=True, bold=True)
                p0 = k0
        for c in 'GIKMOQSUW':
            put(ws, '%s%d' % (c, p0), '=' + '+'.join('%s%d' % (c, x) for x in prog_budget_rows), fmt=FMT_ACC)
        put(ws, 'Y%d' % p0, '=W{0}/G{0}*100'.format(p0), fmt='0.00')
        merge(ws, 'B%d:B%d' % (s0, row - 1), sas, wrap=True)
    box(ws, 'A6:Z%d' % (row - 1))
    put(ws, 'C%d' % row, 'Rata-rata capaian kinerja (%)', bold=True)
    put(ws, 'X%d' % row, '=AVERAGE(X12:X%d)' % (row - 1), fmt='0.0')
    put(ws, 'C%d' % (row + 1), 'Predikat kinerja', bold=True)
    put(ws, 'X%d' % (row + 1), 'Sangat Tinggi')
    notes = ['Faktor pendorong : dukungan aplikasi pembayaran pajak daerah melalui bank dan kanal digital.',
             'Faktor penghambat : penurunan penerimaan pajak MBLB dan tunggakan PBB-P2 tahun lalu.',
             'Tindak lanjut triwulan berikutnya : intensifikasi penagihan dan pemutakhiran data objek pajak.',
             'Tindak lanjut Renja berikutnya : perluasan pemasangan alat perekam transaksi (tapping box).']
    for k, t in enumerate(notes):
        put(ws, 'C%d' % (row + 3 + k), t)
    sr = row + 8
    put(ws, 'D%d' % sr, 'Disusun')
    signature(ws, sr + 1, 'D', 'Rawa Kemuning, 15 Januari 2020', ['Kepala Badan Pendapatan Daerah'], *KABAN_A)
    put(ws, 'T%d' % sr, 'Dievaluasi')
    signature(ws, sr + 1, 'T', 'Rawa Kemuning, 20 Januari 2020', ['Kepala Bappeda Kabupaten Rawa Kemuning'],
              'Ir. ANWAR SIREGAR, M.T.', 'Pembina Utama Muda', 'NIP. 19650909 199203 1 011')


# ---------------------------------------------------------------- 2020: monthly recap, turned over, two sheets, .xls
MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
          'Oktober', 'November', 'Desember']
ORDER_2020 = [['B01', 'B02', 'B03', 'B04', 'B07', 'B12', 'B13', 'B15', 'B16', 'B08'],
              ['B17', 'B05', 'B06', 'B10', 'B11', 'B09', 'B18', 'B19', 'B20', 'B22']]
SEASON = [0.085, 0.08, 0.09, 0.07, 0.065, 0.07, 0.085, 0.085, 0.09, 0.09, 0.095, 0.095]


def monthly_2020(i, t, r, rng, flows):
    """List of 12 Vals (the realisasi per month)."""
    if i in FLOW:
        w = [s * (1 + rng.uniform(-0.2, 0.2)) for s in SEASON]
        if i == 'B05':
            parts = split_total(r, 11, rng, 0, weights=w[:11]) + [None]
            vals = [N(x) for x in parts[:11]] + [G('-')]
            return vals
        fmt = FMT_RP if IND[i][0] == 'Rp' else None
        parts = split_total(r, 12, rng, 0, weights=w)
        vals = [N(x, fmt) for x in parts]
        if i == 'B15':
            vals[6] = TX(parts[6], pre='Rp ')
        if i == 'B17':
            parts = split_total(r, 9, rng, 0)
            vals = [G('-'), G('-')] + [N(x) for x in parts[:4]] + [TX(parts[4], 'NOP')] + [N(x) for x in parts[5:]] + [G('-')]
            assert len(vals) == 12
        return vals
    if i == 'B02':
        cum, out = 0, []
        pad_target = IND['B01'][1][2020][1]
        for x in flows['B01']:
            cum += x
            out.append(P(round(cum / pad_target * 100, 2), '0.00%'))
        return out
    if i == 'B04':
        seq = [3.1, 7.4, 12.6, 18.2, 25.5, 33.0, 40.3, 47.9, 53.4, 59.6, 64.8, 68.9]
        return [N(x) for x in seq]
    if i == 'B06':
        cum, out = 4934, []
        for v in flows['B05'][:11]:
            cum += v
            out.append(N(cum, '#,##0'))
        return out + [BLANK]
    if i == 'B10':
        seq = [150, 164, 181, 197, 213, 236, 259, 282, 305, 329, 351, 342]   # December falls (typed)
        return [N(x) for x in seq]
    if i == 'B11':
        return [BLANK, BLANK, N(12.5), BLANK, BLANK, N(17.5), BLANK, BLANK, N(22.5), BLANK, BLANK, N(27.5)]
    if i == 'B09':
        return [BLANK] * 5 + [N(3.1)] + [BLANK] * 5 + [N(6.2)]
    if i == 'B18':
        return [BLANK] * 3 + [N(45.2), N(88.7), N(96.1)] + [BLANK] * 6
    if i == 'B19':
        return [BLANK] * 11 + [N(10.8)]
    if i == 'B20':
        return [BLANK] * 5 + [N(80.12)] + [BLANK] * 5 + [N(81.05)]
    if i == 'B22':
        return [BLANK, BLANK, N(70.1), BLANK, BLANK, N(71.8), BLANK, BLANK, N(73.0), BLANK, BLANK, N(74.3)]
    raise KeyError(i)


def y2020():
    book = Book(man, 'REKAP BULANAN IKU BAPENDA 2020.xls')
    rng = random.Random(2020)
    flows = {}
    for part, ids in enumerate(ORDER_2020):
        ws = book.sheet('Rekap (%d)' % (part + 1))
        widths(ws, {'A': 5, 'B': 20})
        last = L(2 + len(ids))
        merge(ws, 'A1:%s1' % last, 'REKAPITULASI REALISASI INDIKATOR KINERJA BULANAN' + (' (lanjutan)' if part else ''), bold=True, align=CENTER)
        merge(ws, 'A2:%s2' % last, 'BADAN PENDAPATAN DAERAH KABUPATEN RAWA KEMUNING', bold=True, align=CENTER)
        merge(ws, 'A3:%s3' % last, 'TAHUN ANGGARAN 2020', align=CENTER)
        put(ws, 'A5', 'No', bold=True, align=CENTER)
        put(ws, 'B5', 'Uraian', bold=True)
        put(ws, 'B6', 'Indikator Kinerja', bold=True)
        put(ws, 'B7', 'Satuan', bold=True)
        put(ws, 'B8', 'Target Tahun 2020', bold=True)
        merge(ws, 'A9:%s9' % last, 'Realisasi bulan :', bold=True)
        for m, mn in enumerate(MONTHS):
            put(ws, 'A%d' % (10 + m), m + 1, align=CENTER)
            put(ws, 'B%d' % (10 + m), mn)
        for k, i in enumerate(ids):
            c = L(3 + k)
            ws.column_dimensions[c].width = 17
            name = nm(i, 2020)
            t, r = tr(i, 2020)
            put(ws, '%s5' % c, 'IKU %d' % (part * 10 + k + 1), bold=True, align=CENTER)
            put(ws, '%s6' % c, name, align=CENTER)
            put(ws, '%s7' % c, IND[i][0], align=CENTER)
            fmt = FMT_RP if IND[i][0] == 'Rp' else None
            tv = N(t, fmt)
            if i == 'B02':
                tv = P(100, '0%')
            if i == 'B06':
                tv = N(t, '#,##0')
            put(ws, '%s8' % c, tv)
            vals = monthly_2020(i, t, r, rng, flows)
            if i in FLOW:
                flows[i] = [v.key if v.key is not None else 0 for v in vals]
            for m, v in enumerate(vals):
                put(ws, '%s%d' % (c, 10 + m), v)
            mode = 'sum' if i in FLOW else 'last'
            rkey = combine(vals, mode)
            assert rkey == r6(r), (i, rkey, r)
            man.key(book, ws, '%s6' % c, 2020, i, name, tv.key, rkey, ['%s8' % c],
                    ['%s%d' % (c, 10 + m) for m in range(12)], 'one', mode)
        ws.row_dimensions[6].height = 75
        box(ws, 'A5:%s21' % last)
        put(ws, 'A23', 'Keterangan: realisasi PAD, pajak dan jumlah WP baru / NOP adalah penerimaan per bulan (bukan kumulatif);')
        put(ws, 'A24', 'persentase, indeks dan jumlah WP terdaftar / pengguna e-tax adalah posisi akhir bulan. Kolom kosong = belum ada pengukuran.')
        if part == 1:
            signature(ws, 26, 'H', 'Rawa Kemuning, 8 Januari 2021', ['Kepala Badan Pendapatan Daerah'], *KABAN_A)


# ---------------------------------------------------------------- 2021: Renstra matrix 2021-2026, .ods (sheet 1)
ORDER_2021 = [(SAS1, ['B01', 'B02', 'B19b', 'B03', 'B04', 'B09', 'B18', 'B17', 'B07', 'B08', 'B14', 'B15', 'B16']),
              (SAS2, ['B05', 'B06', 'B10', 'B11', 'B20', 'B21', 'B22'])]


def targets_6y(i, t):
    """Six yearly targets 2021..2026 (the first is this year's)."""
    if t is None:
        return [None, 3, 3, 4, 4, 5]
    if IND[i][0] == 'Rp':
        return [t] + [round(t * (1.06 ** k), -8) for k in range(1, 6)]
    if IND[i][0] == '%':
        step = {'B02': 0, 'B19b': 0.5, 'B04': 2, 'B09': 1, 'B18': 0.5, 'B11': 10, 'B22': 2}[i]
        return [t] + [round(min(100, t + step * k), 2) for k in range(1, 6)]
    if i == 'B20':
        return [t, 82, 83, 84, 85, 86]
    return [t] + [round(t * (1.08 ** k)) for k in range(1, 6)]


def y2021(book):
    ws = book.sheet('Renstra 2021')
    widths(ws, {'A': 5, 'B': 24, 'C': 42, 'D': 8, 'E': 17, 'F': 17, 'G': 17, 'H': 17, 'I': 17, 'J': 17, 'K': 17,
                'L': 17, 'M': 17, 'N': 10, 'O': 16})
    merge(ws, 'A1:O1', 'MATRIKS RENCANA STRATEGIS BADAN PENDAPATAN DAERAH KABUPATEN RAWA KEMUNING TAHUN 2021-2026', bold=True, align=CENTER)
    merge(ws, 'A2:O2', 'Tujuan, Sasaran, Indikator dan Target Kinerja serta Realisasi Tahun 2021', align=CENTER)
    hdr = [('A4:A6', 'No'), ('B4:B6', 'Sasaran'), ('C4:C6', 'Indikator Kinerja'), ('D4:D6', 'Satuan'),
           ('E4:E6', 'Kondisi Kinerja Awal (2020)'), ('F4:K4', 'Target Kinerja pada Tahun'),
           ('L4:L6', 'Kondisi Kinerja pada Akhir Periode Renstra (2026)'), ('M4:N5', 'Evaluasi Tahun 2021'),
           ('O4:O6', 'Perangkat Daerah Penanggung Jawab')]
    for rg, t in hdr:
        merge(ws, rg, t, bold=True, align=CENTER)
    for k in range(6):
        put(ws, '%s5' % L(6 + k), 'Tahun ke-%d' % (k + 1), bold=True, align=CENTER)
        put(ws, '%s6' % L(6 + k), 2021 + k, bold=True, align=CENTER)
    put(ws, 'M6', 'Realisasi', bold=True, align=CENTER)
    put(ws, 'N6', 'Capaian (%)', bold=True, align=CENTER)
    merge(ws, 'A7:O7', 'Tujuan : Meningkatkan kemandirian keuangan daerah melalui optimalisasi pendapatan asli daerah', bold=True)
    row = 8
    no = 0
    for sas, ids in ORDER_2021:
        s0 = row
        for i in ids:
            no += 1
            name = nm(i, 2021)
            t, r = tr(i, 2021)
            unit = IND[i][0]
            fmt = FMT_RP if unit == 'Rp' else None
            tg = targets_6y(i, t)
            reps = 2 if i == 'B08' else 1           # B08 pasted twice: the second copy is no key row
            for rep in range(reps):
                put(ws, 'A%d' % row, no, align=CENTER)
                put(ws, 'C%d' % row, name, wrap=True)
                put(ws, 'D%d' % row, unit)
                awal = {'B14': 6585918750}.get(i, IND[i][1].get(2020, (None, None, None))[2])
                put(ws, 'E%d' % row, awal if awal is not None else '-', fmt=fmt)
                tvals = []
                for k, x in enumerate(tg):
                    v = G('-') if x is None else N(x, fmt)
                    if i == 'B20' and k == 0:
                        v = T('81 - 83', 81)
                    tvals.append(v)
                    put(ws, '%s%d' % (L(6 + k), row), v)
                put(ws, 'L%d' % row, tg[-1], fmt=fmt)
                rv = N(r, fmt)
                if i == 'B04':
                    rv = N(0.794)                            # typed mistake: fraction in a plain cell
                put(ws, 'M%d' % row, rv)
                if isinstance(tvals[0].cell, (int, float)):
                    put(ws, 'N%d' % row, '=ROUND(M{0}/F{0}*100,2)'.format(row), fmt='0.00')
                else:
                    put(ws, 'N%d' % row, '-')
                put(ws, 'O%d' % row, 'Bidang Pendapatan' if sas == SAS1 else 'Bidang Pelayanan')
                if rep == 0:
                    man.key(book, ws, 'C%d' % row, 2021, i, name, tvals[0].key, rv.key, ['F%d' % row], ['M%d' % row])
                row += 1
        merge(ws, 'B%d:B%d' % (s0, row - 1), sas, wrap=True)
    box(ws, 'A4:O%d' % (row - 1))
    put(ws, 'A%d' % (row + 1), 'Catatan: target 2021 mengikuti Renstra 2021-2026 (Perbup Nomor 47 Tahun 2021); realisasi berdasarkan LRA unaudited.')
    signature(ws, row + 3, 'L', 'Rawa Kemuning, 31 Desember 2021', ['Kepala Badan Pendapatan Daerah'], *KABAN_B)


# ---------------------------------------------------------------- 2022: two panels side by side (newspaper columns), same .ods
LEFT_2022 = ['B01', 'B02', 'B19b', 'B03', 'B04', 'B07', 'B08', 'B14', 'B15', 'B16']
RIGHT_2022 = ['B18', 'B17', None, 'B05', 'B06', 'B10', 'B11', 'B20', 'B21', 'B22']


def val2022(i, t, r):
    unit = IND[i][0]
    if unit == 'Rp':
        tv = TX(t, pre='Rp ')
        rv = TX(r, pre='Rp ', post=' *)' if i == 'B01' else '')
        return tv, rv
    if unit == '%':
        return TX(t, '%'), TX(r, '%')
    if i == 'B17':
        return TX(65000, 'NOP'), TX(r, 'NOP')             # typed mistake: target 10x (6.500)
    if i == 'B20':
        return T('>= 82', 82), N(r)
    if i == 'B21':
        return N(t), N(r)
    return TX(t, unit), TX(r, unit)


def y2022(book):
    ws = book.sheet('Capaian 2022')
    widths(ws, {'A': 44, 'B': 21, 'C': 21, 'D': 10, 'E': 3, 'F': 44, 'G': 21, 'H': 21, 'I': 10})
    merge(ws, 'A1:I1', 'CAPAIAN INDIKATOR KINERJA BADAN PENDAPATAN DAERAH TAHUN 2022', bold=True, align=CENTER)
    merge(ws, 'A2:I2', 'Kabupaten Rawa Kemuning', align=CENTER)
    for c0 in ('A', 'F'):
        cs = [L(col(c0) + k) for k in range(4)]
        for c, t in zip(cs, ['Indikator Kinerja', 'Target 2022', 'Realisasi 2022', 'Capaian (%)']):
            put(ws, '%s4' % c, t, bold=True, align=CENTER)
    merge(ws, 'A5:D5', 'Sasaran 1 : ' + SAS1, bold=True)
    for panel, (c0, ids, start) in enumerate([('A', LEFT_2022, 6), ('F', RIGHT_2022, 5)]):
        cs = [L(col(c0) + k) for k in range(4)]
        row = start
        for i in ids:
            if i is None:
                merge(ws, '%s%d:%s%d' % (cs[0], row, cs[3], row), 'Sasaran 2 : ' + SAS2, bold=True)
                row += 1
                continue
            name = nm(i, 2022)
            t, r = tr(i, 2022)
            tv, rv = val2022(i, t, r)
            put(ws, '%s%d' % (cs[0], row), name, wrap=True)
            put(ws, '%s%d' % (cs[1], row), tv, align=Alignment(horizontal='right'))
            put(ws, '%s%d' % (cs[2], row), rv, align=Alignment(horizontal='right'))
            cap = round(r / (65000 if i == 'B17' else t) * 100, 2)
            put(ws, '%s%d' % (cs[3], row), idn(cap, 2), align=Alignment(horizontal='right'))
            man.key(book, ws, '%s%d' % (cs[0], row), 2022, i, name, tv.key, rv.key,
                    ['%s%d' % (cs[1], row)], ['%s%d' % (cs[2], row)])
            row += 1
        box(ws, '%s4:%s%d' % (cs[0], cs[3], row - 1))
    put(ws, 'A17', '*) realisasi s.d. 31 Desember 2022, belum diaudit BPK')
    put(ws, 'A18', 'Indikator 1 s.d. 12 mendukung Sasaran 1, indikator 13 s.d. 19 mendukung Sasaran 2.')
    signature(ws, 20, 'F', 'Rawa Kemuning, 16 Januari 2023', ['Kepala Badan Pendapatan Daerah', 'Kabupaten Rawa Kemuning'], *KABAN_B)
    wh = book.sheet('draft 2022 (lama)', hidden=True)
    put(wh, 'A1', 'draft awal - angka TW III')
    for k, i in enumerate(LEFT_2022):
        t, r = tr(i, 2022)
        put(wh, 'A%d' % (2 + k), nm(i, 2022))
        put(wh, 'B%d' % (2 + k), t)
        put(wh, 'C%d' % (2 + k), round(r * 0.72, 2))


y2019()
y2020()
bk = Book(man, 'KINERJA BAPENDA 2021-2022.ods')
y2021(bk)
y2022(bk)
man.save()
print(SLUG, len(man.rows), 'key rows')
