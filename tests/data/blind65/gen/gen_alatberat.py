"""Agency 2: UPTD Peralatan dan Perbengkelan (alat berat), Dinas PUPR Provinsi Tanjung Arum (invented), 2019-2022."""
from common import *

A = Agency(
    slug='uptd_alat_berat_prov_tanjung_arum',
    name='UPTD Peralatan dan Perbengkelan, Dinas Pekerjaan Umum dan Penataan Ruang, Provinsi Tanjung Arum',
    years=[2019, 2020, 2021, 2022],
    flow_ids=['B04', 'B04b', 'B05', 'B07', 'B09', 'B11', 'B13', 'B14', 'B16', 'B18'],
    ambiguous=[['B04', 'B04b']],
    lookalikes=[['B01', 'B02'], ['B05', 'B06'], ['B12', 'B13']],
)
NEG = {'B08', 'B16', 'B17'}
S1 = 'Meningkatnya kesiapan operasional alat berat'
S2 = 'Meningkatnya pendapatan dan pelayanan jasa sewa alat berat'
S3 = 'Meningkatnya kompetensi SDM dan keselamatan kerja perbengkelan'
KEPALA = ['Kepala UPTD Peralatan dan Perbengkelan,', None, None, None, 'Ir. BONIFASIUS LAKE RATU, M.T.',
          'Pembina', 'NIP. 19710305 199803 1 006']


# =====================================================================================
# 2019: Formulir E.81 (Permendagri 86/2017), Triwulan IV, .ods
# =====================================================================================
def e81_2019(book):
    ws = book.sheet('E81 TW IV 2019')
    widths(ws, {'A': 5, 'B': 20, 'C': 26, 'D': 34, 'E': 9})
    for c in range(6, 26):
        ws.column_dimensions[L(c)].width = 13
    ws.column_dimensions['Z'].width = 20
    ws.column_dimensions['AA'].width = 16
    put(ws, 'A1', 'Formulir E.81', italic=True)
    title(ws, 2, 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', 'AA')
    title(ws, 3, 'UPTD PERALATAN DAN PERBENGKELAN DINAS PUPR PROVINSI TANJUNG ARUM', 'AA')
    title(ws, 4, 'PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2019', 'AA')
    put(ws, 'A5', 'Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: '
                  'meningkatnya kemantapan jalan provinsi')
    # header rows 7-10
    H = [('A', 'No'), ('B', 'Sasaran'), ('C', 'Program / Kegiatan'),
         ('D', 'Indikator Kinerja Program (outcome) / Kegiatan (output)'), ('E', 'Satuan')]
    for col, t in H:
        merge(ws, '%s7:%s8' % (col, col), t)
    pairs = [('F', 'G', 'Target Renstra Perangkat Daerah pada Tahun 2023 (Akhir Periode Renstra PD)', 6),
             ('H', 'I', 'Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun 2018', 7),
             ('J', 'K', 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (Tahun 2019) yang Dievaluasi', 8)]
    for c1, c2, t, n in pairs:
        merge(ws, '%s7:%s8' % (c1, c2), t)
    merge(ws, 'L7:S7', 'Realisasi Kinerja pada Triwulan')
    for c1, c2, t in [('L', 'M', 'I'), ('N', 'O', 'II'), ('P', 'Q', 'III'), ('R', 'S', 'IV')]:
        merge(ws, '%s8:%s8' % (c1, c2), t)
    merge(ws, 'T7:U8', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi')
    merge(ws, 'V7:W8', 'Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2019')
    merge(ws, 'X7:Y8', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2019 (%)')
    merge(ws, 'Z7:Z8', 'Unit PD Penanggung Jawab')
    merge(ws, 'AA7:AA8', 'Keterangan')
    for col, n in [('A', 1), ('B', 2), ('C', 3), ('D', 4), ('E', 5)]:
        merge(ws, '%s9:%s10' % (col, col), n)
    nums = [('F', 'G', '6'), ('H', 'I', '7'), ('J', 'K', '8'), ('L', 'M', '9'), ('N', 'O', '10'),
            ('P', 'Q', '11'), ('R', 'S', '12'), ('T', 'U', '13 = 9+10+11+12'), ('V', 'W', '14 = 7+13'),
            ('X', 'Y', '15 = 14/6 x 100')]
    for c1, c2, t in nums:
        merge(ws, '%s9:%s9' % (c1, c2), t)
        put(ws, '%s10' % c1, 'K')
        put(ws, '%s10' % c2, 'Rp')
    merge(ws, 'Z9:Z10', 16)
    merge(ws, 'AA9:AA10', 17)
    header(ws, 'A7:AA10')

    # indicator rows: id, name, unit, renstra(6), sd2018(7), target(8), [q1..q4], col13 spec
    # col13: 'sum' | 'last' | V typed | 'next'
    PROG1 = ('Program Pengelolaan Alat Berat dan Perbengkelan', 'B02',
             'Prosentase alat berat kondisi siap operasi', '%', 90, 70.31, 80, [71.88, 73.44, 75.00, 76.56], 'last')
    KEG1 = ('Pemeliharaan dan perbaikan alat berat', [2150000000, 412500000, 538900000, 601250000, 548300000],
            [('B01', '1. Jumlah alat berat siap operasi', 'unit', 58, 45, 52, [46, 47, 48, 49], 'last'),
             ('B03', '2. Jumlah alat berat yang dikelola UPTD', 'unit', 72, 62, 64, [64, 64, 64, 64], 'last'),
             ('B07', '3. Jumlah alat berat yang diperbaiki', 'unit', 200, 38, 40, [9, 12, 11, 10], N(0)),
             ('B08', '4. Rata-rata waktu perbaikan alat berat', 'hari', 10, 15, 14, [16, 15, 13, 12], 'last'),
             ('B11', '5. Jumlah perawatan berkala alat berat', 'kali', 1400, 248, 256, [60, 64, 62, 64], 'next')])
    KEG2 = ('Pengadaan suku cadang dan pelumas alat berat', [1280000000, 285000000, 310400000, 342750000, 301600000],
            [('B09', '1. Jumlah paket pengadaan suku cadang', 'paket', 60, 12, 12, [3, 3, 3, 3], 'sum'),
             ('B10', '2. Prosentase ketersediaan suku cadang utama', '%', 95, 80, 85, [78, 80, 83, 86], 'last')])
    KEG3 = ('Penatausahaan dan penghapusan aset alat berat', [85000000, 12000000, 18500000, 21000000, 29750000],
            [('B18', 'Jumlah alat berat yang diusulkan penghapusan', 'unit', 15, 5, 4, [0, 0, 0, 4], 'sum')])
    PROG2 = ('Program Pelayanan Jasa Sewa Alat Berat', 'B06',
             'Prosentase realisasi retribusi sewa alat berat terhadap target', '%', 100, 93.2, 100,
             [19.12, 43.72, 72.82, 95.61], 'last')
    KEG4 = ('Pelayanan jasa sewa alat berat', [640000000, 118000000, 162300000, 171900000, 175450000],
            [('B05', '1. Jumlah penerimaan retribusi sewa alat berat', 'Rp', 23000000000, 3962000000, 4250000000,
              [812400000, 1045750000, 1236900000, 968300000], 'sum'),
             ('B04', '2. Jumlah jam operasi alat berat', 'jam', 200000, 35870, 38000, [7850, 9420, 10960, 8735], 'sum'),
             ('B14', '3. Jumlah kontrak sewa alat berat', 'kontrak', 500, 88, 90, [18, 26, 29, 21], 'sum'),
             ('B15', '4. Prosentase permohonan sewa alat berat yang dilayani', '%', 95, 87, 90, [88, 91, 92, 90], 'last'),
             ('B19', '5. Indeks kepuasan pengguna jasa sewa alat berat', 'nilai', 82, 77.1, 78,
              [None, None, None, 79.4], 'last')])
    PROG3 = ('Program Peningkatan Kapasitas SDM Perbengkelan', 'B12',
             'Jumlah operator dan mekanik bersertifikat', 'orang', 60, 30, 40, [32, 32, 36, 36], 'last')
    KEG5 = ('Pelatihan dan sertifikasi operator dan mekanik', [310000000, 0, 148200000, 139500000, 11800000],
            [('B13', '1. Jumlah operator dan mekanik yang mengikuti pelatihan', 'orang', 100, 16, 20, [0, 10, 10, 0], 'sum'),
             ('B16', '2. Jumlah kecelakaan kerja alat berat', 'kejadian', 0, 2, 0, [0, 1, 0, 0], 'sum')])
    layout = [(S1, PROG1, [KEG1, KEG2, KEG3]), (S2, PROG2, [KEG4]), (S3, PROG3, [KEG5])]

    def fmt_for(unit, x):
        if unit == 'Rp' or (isinstance(x, (int, float)) and x >= 1000):
            return RP
        if isinstance(x, float) and x != int(x):
            return '0.00'
        return None

    # first pass: rows
    r = 11
    plan = []
    for sas, prog, kegs in layout:
        r0 = r
        prow = r
        r += 1
        krows = []
        for keg in kegs:
            krows.append((keg, list(range(r, r + len(keg[2])))))
            r += len(keg[2])
        plan.append((sas, r0, r - 1, prow, prog, krows))
    budget_cells = []

    def write_ind(r, id_, name, unit, ren, sd, tgt, q, spec, nextq4=None):
        put(ws, 'D%d' % r, name, wrap=True)
        put(ws, 'E%d' % r, unit)
        put(ws, 'F%d' % r, N(ren, fmt_for(unit, ren)))
        put(ws, 'H%d' % r, N(sd, fmt_for(unit, sd)))
        tv = N(tgt, fmt_for(unit, tgt))
        put(ws, 'J%d' % r, tv)
        qv = []
        for i, x in enumerate(q):
            v = as_v(x)
            if v.fmt is None and x is not None:
                v.fmt = fmt_for(unit, x)
            put(ws, '%s%d' % ('LNPR'[i], r), v)
            qv.append(v)
        if spec == 'sum':
            t13 = F('=L{0}+N{0}+P{0}+R{0}'.format(r), sum(x for x in q if x is not None), fmt_for(unit, tgt))
        elif spec == 'last':
            t13 = F('=R%d' % r, q[3], fmt_for(unit, q[3]))
        elif spec == 'next':
            t13 = F('=L{0}+N{0}+P{0}+R{1}'.format(r, r + 1), q[0] + q[1] + q[2] + nextq4)
        else:
            t13 = spec
        put(ws, 'T%d' % r, t13)
        put(ws, 'V%d' % r, '=H%d+T%d' % (r, r) if spec != 'last' else '=T%d' % r)
        ws['V%d' % r].number_format = fmt_for(unit, tgt) or 'General'
        put(ws, 'X%d' % r, '=V%d/F%d*100' % (r, r))
        ws['X%d' % r].number_format = '0.00'
        A.add(book, ws, 'D%d' % r, 2019, id_, name, tv, 'J%d' % r, ('cell', 'T%d' % r, t13))

    for sas, r0, r1, prow, prog, krows in plan:
        merge(ws, 'B%d:B%d' % (r0, r1), sas, wrap=True)
        pname, pid, pind, punit, pren, psd, ptgt, pq, pspec = prog
        put(ws, 'C%d' % prow, pname, bold=True, wrap=True)
        # programme budget: sum of its kegiatan
        for col in 'GIKMOQS':
            cells = ['%s%d' % (col, rows[0]) for keg, rows in krows]
            put(ws, '%s%d' % (col, prow), '=' + '+'.join(cells))
            ws['%s%d' % (col, prow)].number_format = RP
        for keg, rows in krows:
            kname, bud, inds = keg
            if len(rows) > 1:
                merge(ws, 'C%d:C%d' % (rows[0], rows[-1]), kname, wrap=True)
            else:
                put(ws, 'C%d' % rows[0], kname, wrap=True)
            rr = rows[0]
            put(ws, 'K%d' % rr, N(bud[0], RP))
            put(ws, 'G%d' % rr, N(bud[0] * 5 + 125000000, RP))
            put(ws, 'I%d' % rr, N(int(bud[0] * 0.93), RP))
            for i in range(4):
                put(ws, '%s%d' % ('MOQS'[i], rr), N(bud[i + 1], RP))
        # write indicator rows
        write_ind(prow, pid, pind, punit, pren, psd, ptgt, pq, pspec)
        flat = [(ind, row) for keg, rows in krows for ind, row in zip(keg[2], rows)]
        for k, (ind, row) in enumerate(flat):
            nextq4 = flat[k + 1][0][6][3] if k + 1 < len(flat) else None
            write_ind(row, *ind, nextq4=nextq4)
        for rr in range(r0, r1 + 1):
            if ws['K%d' % rr].value is not None or rr == prow:
                put(ws, 'U%d' % rr, '=M{0}+O{0}+Q{0}+S{0}'.format(rr))
                put(ws, 'W%d' % rr, '=I{0}+U{0}'.format(rr))
                put(ws, 'Y%d' % rr, '=W{0}/G{0}*100'.format(rr))
                for c in 'UW':
                    ws['%s%d' % (c, rr)].number_format = RP
                ws['Y%d' % rr].number_format = '0.00'
            put(ws, 'Z%d' % rr, 'UPTD Peralatan dan Perbengkelan' if rr == r0 else None)
        merge(ws, 'Z%d:Z%d' % (r0, r1), 'UPTD Peralatan dan Perbengkelan', wrap=True)
        no = layout.index([x for x in layout if x[0] == sas][0]) + 1
        merge(ws, 'A%d:A%d' % (r0, r1), no)
    last = plan[-1][2]
    grid(ws, 'A11:AA%d' % last)
    put(ws, 'AA%d' % plan[0][5][0][1][2], 'angka TW IV belum dijumlah', wrap=True)
    A.mistake(2019, 'B07', 'column 13 (K) typed over as 0 while TW I-IV hold 9, 12, 11, 10')
    A.mistake(2019, 'B11', 'column 13 (K) formula =L+N+P+R(next row): picks TW IV of the next row (3) instead of 64, '
                           'cached 189')
    r = last + 1
    merge(ws, 'A%d:I%d' % (r, r), 'Rata-rata capaian kinerja (%)', bold=True)
    put(ws, 'X%d' % r, N(91.4, '0.0'))
    put(ws, 'Y%d' % r, N(96.2, '0.0'))
    merge(ws, 'A%d:I%d' % (r + 1, r + 1), 'Predikat kinerja', bold=True)
    put(ws, 'X%d' % (r + 1), 'Sangat Tinggi')
    put(ws, 'Y%d' % (r + 1), 'Sangat Tinggi')
    grid(ws, 'A%d:AA%d' % (r, r + 1))
    r += 3
    for i, t in enumerate([
        'Faktor pendorong keberhasilan pencapaian: ketersediaan suku cadang melalui e-katalog dan dukungan '
        'bengkel UPTD.',
        'Faktor penghambat pencapaian kinerja: umur ekonomis sebagian alat berat telah terlampaui.',
        'Tindak lanjut yang diperlukan dalam triwulan berikutnya: -',
        'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya: usulan peremajaan 4 unit '
        'motor grader.']):
        put(ws, 'A%d' % (r + i), t)
    r += 6
    signature(ws, r, 'D', ['Disusun', 'Tanjung Arum, 10 Januari 2020'] + KEPALA, 6)
    signature(ws, r, 'T', ['Dievaluasi', 'Tanjung Arum, 17 Januari 2020', 'Kepala Dinas PUPR Provinsi Tanjung Arum,',
                           None, None, None, 'Ir. MARTINUS DJAWA BULU, M.Eng.', 'Pembina Utama Muda',
                           'NIP. 19660812 199203 1 011'], 6)


# =====================================================================================
# 2020: Matriks Renstra 2019-2024 with Realisasi 2019/2020, .xls
# =====================================================================================
def renstra_2020(book):
    ws = book.sheet('Matriks Renstra')
    widths(ws, {'A': 5, 'B': 24, 'C': 40, 'D': 10, 'E': 12, 'F': 12, 'G': 14, 'H': 12, 'I': 12, 'J': 12,
                'K': 12, 'L': 14, 'M': 14, 'N': 11, 'O': 22})
    title(ws, 1, 'MATRIKS RENCANA STRATEGIS TAHUN 2019 - 2024 DAN CAPAIAN TAHUN 2020', 'O')
    title(ws, 2, 'UPTD PERALATAN DAN PERBENGKELAN', 'O')
    title(ws, 3, 'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI TANJUNG ARUM', 'O')
    merge(ws, 'A5:A6', 'No')
    merge(ws, 'B5:B6', 'Tujuan / Sasaran')
    merge(ws, 'C5:C6', 'Indikator Kinerja')
    merge(ws, 'D5:D6', 'Satuan')
    merge(ws, 'E5:E6', 'Kondisi Awal (2018)')
    merge(ws, 'F5:K5', 'Target Kinerja Tahun')
    for i, y in enumerate(range(2019, 2025)):
        put(ws, '%s6' % 'FGHIJK'[i], str(y))
    merge(ws, 'L5:M5', 'Realisasi')
    put(ws, 'L6', '2019')
    put(ws, 'M6', '2020')
    merge(ws, 'N5:N6', 'Capaian 2020 (%)')
    merge(ws, 'O5:O6', 'Keterangan')
    for i in range(15):
        put(ws, '%s7' % L(i + 1), '(%d)' % (i + 1))
    header(ws, 'A5:O7')
    D = DASH
    R_ = lambda x: N(x, RP)
    rows = [
        (S1, 'B01', 'Jumlah alat berat dalam kondisi siap operasi', 'unit', 45, [52, N(53), 55, 58, 60, 62], 49, N(51)),
        (S1, 'B02', 'Persentase alat berat dalam kondisi siap operasi', '%', N(72.58, '0.00'),
         [80, T('75 - 80', 75), 81, 83, 85, T('88 - 90', 88)], N(76.56, '0.00'), N(77.27, '0.00')),
        (S1, 'B03', 'Jumlah alat berat yang dikelola', 'unit', 62, [64, N(66), 68, 70, 72, 72], 64, N(66)),
        (S1, 'B07', 'Jumlah alat berat yang diperbaiki', 'unit', 38, [40, N(42), 44, 45, 46, 48], 42, N(45)),
        (S1, 'B08', 'Rata-rata lama perbaikan alat berat', 'hari', 15, [14, N(12), 11, 10, 10, 9], 12, N(11.5, '0.0')),
        (S1, 'B09', 'Jumlah paket suku cadang yang diadakan', 'paket', 12, [12, N(12), 14, 15, 15, 15], 12, N(12)),
        (S1, 'B10', 'Persentase ketersediaan suku cadang utama alat berat', '%', 80, [85, N(87), 88, 90, 92, 95], 86,
         N(88.2, '0.0')),
        (S1, 'B11', 'Jumlah perawatan berkala alat berat', 'kali', 248, [256, N(264), 272, 280, 288, 288], 250, N(258)),
        (S1, 'B17', 'Konsumsi BBM rata-rata per jam operasi', 'liter/jam', D(), [D(), N(12), 12, 11.5, 11, 11], D(),
         N(12.8, '0.0')),
        (S1, 'B18', 'Jumlah alat berat yang diusulkan untuk dihapuskan', 'unit', 5, [4, N(3), 3, 2, 2, 2], 4, N(3)),
        (S2, 'B04', 'Jam operasi alat berat', 'jam', R_(35870), [R_(38000), N(400000, RP), R_(42000), R_(43500),
                                                              R_(45000), R_(46000)], R_(36965), N(39120, RP)),
        (S2, 'B05', 'Penerimaan retribusi pemakaian alat berat', 'Rp', R_(3962000000),
         [R_(4250000000), T('Rp 4.400.000.000', 4400000000), R_(4600000000), R_(4800000000), R_(5000000000),
          R_(5200000000)], R_(4063350000), N(4512800000, RP)),
        (S2, 'B06', 'Persentase capaian target retribusi', '%', N(93.2, '0.0'), [100, N(100), 100, 100, 100, 100],
         N(95.61, '0.00'), N(102.56, '0.00')),
        (S2, 'B14', 'Jumlah kontrak sewa alat berat', 'kontrak', 88, [90, N(95), 100, 105, 110, 115], 94, N(101)),
        (S2, 'B15', 'Persentase permohonan sewa yang terlayani', '%', 87,
         [90, T('>= 90', 90), T('>= 92', 92), T('>= 93', 93), T('>= 94', 94), T('>= 95', 95)], 90, N(92.4, '0.0')),
        (S2, 'B19', 'Indeks Kepuasan Masyarakat (IKM) pengguna jasa alat berat', 'nilai', N(77.1, '0.0'),
         [78, N(79), 80, 81, 82, 82], N(79.4, '0.0'), N(80.05, '0.00')),
        (S3, 'B12', 'Jumlah operator dan mekanik bersertifikat', 'orang', 30, [40, N(42), 45, 48, 52, 60], 36, N(40)),
        (S3, 'B13', 'Jumlah operator dan mekanik yang dilatih', 'orang', 16, [20, N(20), 24, 24, 24, 24], 20, N(24)),
        (S3, 'B16', 'Jumlah kecelakaan kerja alat berat', 'kejadian', 2, [0, N(0), 0, 0, 0, 0], 1, N(0)),
    ]
    r = 8
    groups = {}
    for no, (sas, id_, name, unit, ka, tg, r19, r20) in enumerate(rows, 1):
        put(ws, 'A%d' % r, no)
        put(ws, 'C%d' % r, name, wrap=True)
        put(ws, 'D%d' % r, unit)
        put(ws, 'E%d' % r, as_v(ka))
        for i, x in enumerate(tg):
            put(ws, '%s%d' % ('FGHIJK'[i], r), as_v(x))
        put(ws, 'L%d' % r, as_v(r19))
        put(ws, 'M%d' % r, r20)
        tv = as_v(tg[1])
        if isinstance(tv.raw, (int, float)):
            put(ws, 'N%d' % r, cap_f('G%d' % r, 'M%d' % r, id_ in NEG))
        else:
            put(ws, 'N%d' % r, round(r20.key / tv.key * 100, 2))
        ws['N%d' % r].number_format = '0.00'
        groups.setdefault(sas, []).append(r)
        A.add(book, ws, 'C%d' % r, 2020, id_, name, tv, 'G%d' % r, ('cell', 'M%d' % r, r20))
        r += 1
    for sas, rr in groups.items():
        merge(ws, 'B%d:B%d' % (rr[0], rr[-1]), sas, wrap=True)
    last = r - 1
    grid(ws, 'A8:O%d' % last)
    put(ws, 'O8', 'Renstra Perubahan', wrap=True)
    put(ws, 'O%d' % (8 + 10), 'target sesuai Renstra Perubahan', wrap=True)
    put(ws, 'O%d' % (8 + 16), 'nihil kecelakaan', wrap=True)
    A.mistake(2020, 'B04', 'target 2020 typed 10x: 400.000 jam for 40.000 (neighbouring years 38.000 and 42.000)')
    r = last + 2
    put(ws, 'B%d' % r, 'Catatan: target tahun 2020 s.d. 2024 disesuaikan dengan Renstra Perubahan (Pergub No. 41 '
                       'Tahun 2020); realisasi 2020 adalah angka audited.')
    signature(ws, r + 2, 'L', ['Tanjung Arum, 29 Januari 2021'] + KEPALA, 5)

    dr = book.sheet('TW IV 2020 (draft)')
    dr.sheet_state = 'hidden'
    put(dr, 'A1', 'DRAFT capaian TW IV 2020 - belum final')
    for i, (n, t, v) in enumerate([('Jam operasi alat berat', 40000, 38850),
                                   ('Jumlah alat berat dalam kondisi siap operasi', 53, 50),
                                   ('Penerimaan retribusi pemakaian alat berat', 4400000000, 4390150000)], 3):
        put(dr, 'A%d' % i, n)
        put(dr, 'B%d' % i, t)
        put(dr, 'C%d' % i, v)


def cap_f(t, r, neg):
    if neg:
        return '=IF(AND(ISNUMBER(%s),ISNUMBER(%s)),IF(%s=0,"-",(2*%s-%s)/%s*100),"-")' % (t, r, t, t, r, t)
    return '=IF(AND(ISNUMBER(%s),ISNUMBER(%s)),IF(%s=0,"-",%s/%s*100),"-")' % (t, r, t, r, t)


# =====================================================================================
# 2021: cumulative quarterly table turned over (indicators across), in two bands; .xlsx
# =====================================================================================
def tw_2021(book):
    ws = book.sheet('Capaian TW 2021')
    widths(ws, {'A': 6, 'B': 20})
    for c in range(3, 13):
        ws.column_dimensions[L(c)].width = 17
    title(ws, 1, 'CAPAIAN KINERJA TRIWULANAN (KUMULATIF) TAHUN ANGGARAN 2021', 'L')
    title(ws, 2, 'UPTD PERALATAN DAN PERBENGKELAN DINAS PUPR PROVINSI TANJUNG ARUM', 'L')
    put(ws, 'A3', 'angka realisasi = kumulatif s.d. akhir triwulan berkenaan', italic=True)
    D = DASH
    band1 = [
        ('B01', 'Alat berat\nsiap operasi', 'unit', N(55), [50, 52, 53, 54]),
        ('B02', '% alat berat\nsiap operasi', '%', N(81), [N(74.63, '0.00'), N(77.61, '0.00'), N(79.10, '0.00'),
                                                           N(80.60, '0.00')]),
        ('B03', 'Jumlah alat berat\nyg dikelola', 'unit', N(68), [66, 67, 67, 67]),
        ('B04b', 'Jam operasi alat berat\nyg disewakan kpd\npihak ketiga', 'jam', N(26000, RP),
         [N(5240, RP), N(12180, RP), N(19950, RP), N(25410, RP)]),
        ('B05', 'Retribusi sewa\nalat berat (Rp)', 'Rp', N(4600000000, RP),
         [N(905200000, RP), N(2188450000, RP), N(3540900000, RP), N(4702150000, RP)]),
        ('B06', 'Capaian target\nretribusi (%)', '%', N(100), [N(19.68, '0.00'), N(47.57, '0.00'), N(76.98, '0.00'),
                                                               N(102.22, '0.00')]),
        ('B07', 'Alat berat yg\ndiperbaiki (unit)', 'unit', N(44), [10, 21, 33, 46]),
        ('B08', 'Rata2 waktu\nperbaikan (hari)', 'hari', N(11), [N(12.5, '0.0'), N(11.8, '0.0'), N(11.2, '0.0'),
                                                                N(10.6, '0.0')]),
        ('B09', 'Pengadaan suku\ncadang (paket)', 'paket', N(14), [3, 7, 11, 14]),
        ('B10', 'Ketersediaan suku\ncadang utama (%)', '%', N(88), [N(86.5, '0.0'), N(87.9, '0.0'), N(88.4, '0.0'),
                                                                   N(89, '0.0')]),
    ]
    band2 = [
        ('B11', 'Perawatan berkala\nalat berat (kali)', 'kali', N(272), [66, 134, 201, 268]),
        ('B12', 'Operator & mekanik\nbersertifikat (org)', 'orang', N(45), [40, 41, 43, None]),
        ('B13', 'Operator & mekanik\nyg dilatih (org)', 'orang', N(24), [0, 12, 12, 24]),
        ('B14', 'Kontrak sewa\nalat berat', 'kontrak', N(100), [22, 47, 73, 68]),
        ('B15', 'Permohonan sewa\nyg dilayani (%)', '%', N(92), [N(91.5, '0.0'), N(92, '0.0'), N(94, '0.0'), N(0.93)]),
        ('B16', 'Kecelakaan kerja\nalat berat', 'kejadian', N(0), [0, 0, 1, 1]),
        ('B17', 'Konsumsi BBM per\njam operasi (ltr/jam)', 'liter/jam', N(12), [N(12.9, '0.0'), N(12.6, '0.0'),
                                                                             N(12.4, '0.0'), N(12.1, '0.0')]),
        ('B19', 'IKM jasa sewa\nalat berat', 'nilai', N(80), [D(), N(80.15, '0.00'), D(), None]),
        ('B20', 'Alat berat siaga\ntanggap darurat\nbencana (unit)', 'unit', N(8), [8, 8, 8, 8]),
    ]
    labels = ['Satuan', 'Target 2021', 'Realisasi s.d. TW I', 'Realisasi s.d. TW II', 'Realisasi s.d. TW III',
              'Realisasi s.d. TW IV', 'Capaian s.d. TW IV (%)']

    def band(r0, inds, no0):
        merge(ws, 'A%d:B%d' % (r0, r0), 'No. Indikator')
        merge(ws, 'A%d:B%d' % (r0 + 1, r0 + 1), 'Indikator Kinerja')
        for i, lab in enumerate(labels):
            merge(ws, 'A%d:B%d' % (r0 + 2 + i, r0 + 2 + i), lab)
        lastc = L(2 + len(inds))
        header(ws, 'A%d:%s%d' % (r0, lastc, r0 + 1))
        for j, (id_, name, unit, tv, cum) in enumerate(inds):
            c = L(3 + j)
            put(ws, '%s%d' % (c, r0), no0 + j)
            put(ws, '%s%d' % (c, r0 + 1), name)
            ws['%s%d' % (c, r0 + 1)].alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
            ws['%s%d' % (c, r0 + 1)].font = BOLD
            put(ws, '%s%d' % (c, r0 + 2), unit)
            put(ws, '%s%d' % (c, r0 + 3), tv)
            pairs = []
            for q in range(4):
                v = as_v(cum[q])
                put(ws, '%s%d' % (c, r0 + 4 + q), v)
                pairs.append(('%s%d' % (c, r0 + 4 + q), v))
            put(ws, '%s%d' % (c, r0 + 8), '=IFERROR(%s%d/%s%d*100,"-")' % (c, r0 + 7, c, r0 + 3))
            ws['%s%d' % (c, r0 + 8)].number_format = '0.00'
            A.add(book, ws, '%s%d' % (c, r0 + 1), 2021, id_, name, tv, '%s%d' % (c, r0 + 3), ('cum', pairs), col=True)
        ws.row_dimensions[r0 + 1].height = 48
        grid(ws, 'A%d:%s%d' % (r0, lastc, r0 + 8))

    band(5, band1, 1)
    band(16, band2, 11)
    A.mistake(2021, 'B14', 'cumulative figure falls: s.d. TW III 73, s.d. TW IV 68 (keyed as typed: 68)')
    A.mistake(2021, 'B15', 's.d. TW IV typed as the fraction 0,93 in a plain cell (TW I-III: 91,5; 92; 94)')
    put(ws, 'A26', 'Keterangan:')
    put(ws, 'A27', '- Indikator jumlah unit, persentase, waktu, BBM dan IKM diisi posisi/nilai pada akhir triwulan.')
    put(ws, 'A28', '- Realisasi TW IV kolom Operator & mekanik bersertifikat menunggu hasil uji kompetensi LPJK.')
    signature(ws, 30, 'I', ['Tanjung Arum, 14 Januari 2022'] + KEPALA, 5)


# =====================================================================================
# 2022: monthly recap, months across, no annual column; same .xlsx
# =====================================================================================
def bulanan_2022(book):
    ws = book.sheet('Rekap Bulanan 2022')
    widths(ws, {'A': 5, 'B': 40, 'C': 10, 'D': 15, 'Q': 26})
    for c in range(5, 17):
        ws.column_dimensions[L(c)].width = 12
    title(ws, 1, 'REKAPITULASI REALISASI KINERJA BULANAN', 'Q')
    title(ws, 2, 'UPTD PERALATAN DAN PERBENGKELAN - DINAS PUPR PROVINSI TANJUNG ARUM', 'Q')
    title(ws, 3, 'TAHUN 2022', 'Q')
    put(ws, 'A4', 'dicetak: 3 Januari 2023', italic=True)
    merge(ws, 'A6:A7', 'No')
    merge(ws, 'B6:B7', 'Indikator Kinerja')
    merge(ws, 'C6:C7', 'Satuan')
    merge(ws, 'D6:D7', 'Target 2022')
    merge(ws, 'E6:P6', 'Realisasi Bulan')
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
    for i, m in enumerate(months):
        put(ws, '%s7' % L(5 + i), m)
    merge(ws, 'Q6:Q7', 'Keterangan')
    header(ws, 'A6:Q7')
    D = DASH
    pc = lambda xs: [None if x is None else P(x) for x in xs]
    rp = lambda xs: [None if x is None else N(int(round(x * 1000000)), RP) for x in xs]
    rows = [
        ('B01', 'Jumlah Alat Berat Siap Operasi', 'unit', N(58), [53, 54, 54, 55, 55, 56, 56, 57, 57, 58, 58, None]),
        ('B02', 'Persentase Alat Berat Siap Operasi', '%', P(83, '0%'),
         pc([77.46, 78.87, 78.87, 80.28, 80.28, 78.87, 80.28, 80.28, 81.69, 81.69, 81.69, 81.69])),
        ('B03', 'Jumlah Alat Berat (aset UPTD)', 'unit', N(70), [67, 67, 67, 69, 69, 69, 71, 71, 71, 71, 71, 71]),
        ('B04b', 'Jam Operasi Alat Berat Disewakan Pihak Ketiga', 'jam', N(27500, RP),
         [N(x, RP) for x in [1820, 1960, 2240, 2310, 2480, 2150, 2390, 2520, 2610, 2440, 2280, 1950]]),
        ('B05', 'Pendapatan Retribusi Sewa Alat Berat', 'Rp', N(4800000000, RP),
         rp([318.5, 342.9, 401.2, 415.75, 436.1, 389.4, 428.65, 452.3, 470.85, 441.2, 410.6, None])),
        ('DRAFT', 'Pendapatan Retribusi Sewa Alat Berat (versi BKU)', 'Rp', N(4800000000, RP),
         rp([318.5, 342.9, 401.2, 415.75, 436.1, 389.4, 428.65, 452.3, 470.85, 441.2, None, None])),
        ('B06', 'Persentase Capaian Target Pendapatan Retribusi', '%', P(100, '0%'), None),
        ('B07', 'Jumlah Alat Berat Yang Selesai Diperbaiki', 'unit', N(45), [3, 4, 5, 3, 4, 4, 5, 3, 4, 4, 3, None]),
        ('B08', 'Rata-Rata Waktu Perbaikan Alat Berat', 'hari', N(10),
         [N(x, '0.0') for x in [11.2, 10.9, 11.0, 10.6, 10.4, 10.5, 10.2, 10.1, 9.8, 9.9, 9.7, 9.6]]),
        ('B09', 'Jumlah Paket Pengadaan Suku Cadang', 'paket', N(15), [1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 1]),
        ('B10', 'Tingkat Ketersediaan Suku Cadang Utama', '%', P(90, '0%'),
         pc([87.5, 88.0, 88.4, 88.9, 89.2, 89.5, 89.8, 90.1, 90.3, 90.6, 90.8, 91.0])),
        ('B11', 'Jumlah Servis Berkala Alat Berat', 'kali', N(280), [22, 23, 24, 23, 24, 23, 24, 24, 23, 24, 22, None]),
        ('B12', 'Jumlah Operator dan Mekanik Bersertifikat', 'orang', N(48), [43] * 5 + [46] * 4 + [47] * 3),
        ('B13', 'Jumlah Operator/Mekanik Yang Mengikuti Bimtek', 'orang', N(24),
         [D(), D(), 12, D(), D(), D(), D(), 12, D(), D(), D(), D()]),
        ('B14', 'Jumlah Kontrak Sewa', 'kontrak', N(105), [6, 7, 9, 10, 11, 8, 10, 11, 12, 9, 8, None]),
        ('B15', 'Persentase Permohonan Sewa Yang Dilayani', '%', P(93, '0%'),
         pc([92.3, 93.1, 91.8, 94.2, 93.6, 92.9, 94.5, 95.0, 93.8, 94.1, 93.3, None])),
        ('B16', 'Jumlah Kecelakaan Kerja', 'kejadian', N(0), [D()] * 8 + [1] + [D()] * 3),
        ('B17', 'Rata-rata Konsumsi BBM (liter/jam operasi)', 'liter/jam', N(11.5, '0.0'),
         [N(x, '0.0') for x in [12.0, 11.9, 11.9, 11.8, 11.7, 11.7, 11.6, 11.6, 11.5, 11.5, 11.4, 11.4]]),
        ('B19', 'Indeks Kepuasan Pengguna Jasa Sewa Alat', 'nilai', N(81),
         [D()] * 5 + [N(80.9, '0.00')] + [D()] * 5 + [N(81.6, '0.00')]),
        ('B20', 'Jumlah Alat Berat Siaga Bencana', 'unit', N(10), [8, 8, 8, 9, 9, 9, 10, 10, 10, 10, 10, 10]),
        ('B21', 'Tingkat Utilisasi Alat Berat', '%', P(65, '0%'),
         pc([58.2, 60.1, 63.4, 64.0, 66.2, 61.5, 65.8, 67.3, 68.9, 66.4, 63.0, None])),
    ]
    # B06: cumulative capaian of the 4,8 M target, month by month (a level)
    b05 = [318.5, 342.9, 401.2, 415.75, 436.1, 389.4, 428.65, 452.3, 470.85, 441.2, 410.6]
    cum, acc = [], 0.0
    for x in b05:
        acc += x
        cum.append(P(round(acc / 4800 * 100, 2)))
    rows = [(a, b, c, d, (cum + [None]) if e is None else e) for a, b, c, d, e in rows]
    r = 8
    no = 0
    rowof = {}
    for id_, name, unit, tv, months_v in rows:
        if id_ == 'DRAFT':
            ws.row_dimensions[r].hidden = True
        else:
            no += 1
            put(ws, 'A%d' % r, no)
        put(ws, 'B%d' % r, name, wrap=True)
        put(ws, 'C%d' % r, unit)
        put(ws, 'D%d' % r, tv)
        pairs = []
        for i, x in enumerate(months_v):
            v = as_v(x)
            put(ws, '%s%d' % (L(5 + i), r), v)
            pairs.append(('%s%d' % (L(5 + i), r), v))
        rowof[id_] = r
        if id_ != 'DRAFT':
            A.add(book, ws, 'B%d' % r, 2022, id_, name, tv, 'D%d' % r, ('periods', pairs))
        r += 1
    last = r - 1
    grid(ws, 'A8:Q%d' % last)
    put(ws, 'Q%d' % rowof['B05'], 'Desember menunggu rekonsiliasi BKU', wrap=True)
    put(ws, 'Q%d' % rowof['B19'], 'survei per semester', wrap=True)
    put(ws, 'Q%d' % rowof['B14'], 'kontrak Desember belum diregister', wrap=True)
    r = last + 2
    put(ws, 'B%d' % r, 'Catatan: kolom bulan diisi realisasi bulan berkenaan untuk indikator jumlah (jam, rupiah, '
                       'kontrak, paket, kali, orang dilatih, kejadian);')
    put(ws, 'B%d' % (r + 1), 'untuk indikator posisi (unit, persentase, waktu, BBM, IKM) diisi posisi akhir bulan.')
    signature(ws, r + 3, 'M', ['Tanjung Arum, 3 Januari 2023'] + KEPALA, 5)


def main():
    b1 = Book(A, 'Evaluasi_Renja_E81_UPTD_Alat_Berat_TW_IV_2019.ods')
    e81_2019(b1)
    b1.save()
    b2 = Book(A, 'Matriks_Renstra_Capaian_UPTD_Alat_Berat_2020.xls')
    renstra_2020(b2)
    b2.save()
    b3 = Book(A, 'Capaian_TW_2021_dan_Rekap_Bulanan_2022_UPTD_Alat_Berat.xlsx')
    tw_2021(b3)
    bulanan_2022(b3)
    b3.save()
    A.write()


if __name__ == '__main__':
    main()
