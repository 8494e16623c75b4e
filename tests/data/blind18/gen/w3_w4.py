from common import *
from decimal import ROUND_DOWN


def pos(r, t):
    return D(r) / D(t) * 100


def w3():
    b = Book('renaksi_2024_dpmptsp_kota_bogor', 'xlsx',
             'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bogor', 'Rencana Aksi (quarterly, TW across columns) 2024')
    ws = b.sheet('RA TW IV 2024')
    title_rows(b, ws, ['RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULAN IV', 'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU',
                       'KOTA BOGOR TAHUN 2024'], 'R')
    top = {'A': 'No', 'B': 'Sasaran / Program / Kegiatan', 'C': 'Indikator Kinerja', 'D': 'Satuan', 'E': 'Target Tahunan',
           'F': 'Target Triwulan', 'J': 'Realisasi Triwulan', 'N': 'Capaian Tahunan (%)', 'O': 'Anggaran (Rp)',
           'P': 'Realisasi Anggaran (Rp)', 'Q': 'Serapan (%)', 'R': 'Penanggung Jawab'}
    for col, h in top.items():
        b.put(ws, f'{col}5', h, bold=True, wrap=True)
    for col in 'ABCDENOPQR':
        ws.merge_cells(f'{col}5:{col}6')
    ws.merge_cells('F5:I5')
    ws.merge_cells('J5:M5')
    for i, col in enumerate('FGHIJKLM'):
        b.put(ws, f'{col}6', ['I', 'II', 'III', 'IV'][i % 4], bold=True)
    for i, col in enumerate('ABCDEFGHIJKLMNOPQR'):
        b.put(ws, f'{col}7', str(i + 1))
    for col, w in zip('ABCDEFGHIJKLMNOPQR', [5, 40, 40, 11, 9, 7, 7, 7, 7, 8, 8, 8, 8, 11, 16, 16, 10, 20]):
        ws.column_dimensions[col].width = w
    # kind: 'sum' = per-quarter count (capaian = SUM(TW I-IV)/target), 'last' = value/percentage (capaian = TW IV / target)
    rows = [
        # row, no, uraian, level, indikator, satuan, target, [tw targets], [tw realisasi], kind, anggaran, realisasi
        (8, 'I', 'Meningkatnya kemudahan berusaha dan realisasi investasi', 'S', 'Nilai realisasi investasi', 'Rp miliar', '4200',
         ['900', '1000', '1100', '1200'], ['1012.6', '1088.35', '1164.9', '1297.42'], 'sum', None, None),
        (9, None, None, 'S', 'Indeks Kepuasan Masyarakat pelayanan perizinan', 'Nilai', '85',
         ['85', '85', '85', '85'], ['83.9', '84.6', '85.2', '86.14'], 'last', None, None),
        (10, None, None, 'S', 'Persentase perizinan terbit tepat waktu sesuai SOP', '%', '95',
         ['95', '95', '95', '95'], ['93.1', '94.8', '96.2', '96.7'], 'last', None, None),
        (11, '1', 'Program Pelayanan Penanaman Modal', 'P', 'Jumlah perizinan dan non perizinan yang diterbitkan', 'Izin', '12000',
         ['2800', '3000', '3100', '3100'], ['2954', '3187', '3302', '3415'], 'sum', None, None),
        (12, '1.1', 'Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu', 'K', 'Jumlah dokumen perizinan yang diproses',
         'Dokumen', '12500', ['3000', '3100', '3200', '3200'], ['2988', '3176', '3240', '3409'], 'sum', '1865400000', '1742118500'),
        (13, '1.2', 'Pemantauan Pemenuhan Komitmen Perizinan dan Non Perizinan', 'K', 'Jumlah pelaku usaha yang dipantau',
         'Pelaku usaha', '240', ['60', '60', '60', '60'], ['48', '66', '71', '69'], 'sum', '412750000', '398576900'),
        (14, '1.3', 'Penyediaan Data dan Informasi Perizinan dan Non Perizinan', 'K', 'Jumlah laporan data perizinan',
         'Laporan', '4', ['1', '1', '1', '1'], ['1', '1', '1', '1'], 'sum', '187300000', '181655000'),
        (15, '2', 'Program Promosi Penanaman Modal', 'P', 'Jumlah investor baru yang merealisasikan investasi', 'Investor', '30',
         ['5', '8', '8', '9'], ['4', '9', '7', '12'], 'sum', None, None),
        (16, '2.1', 'Penyelenggaraan Promosi Penanaman Modal', 'K', 'Jumlah kegiatan promosi investasi', 'Kegiatan', '6',
         ['1', '2', '2', '1'], ['1', '2', '2', '1'], 'sum', '935600000', '902481250'),
        (17, '2.2', 'Penyusunan Peta Potensi dan Peluang Investasi', 'K', 'Jumlah dokumen peta potensi investasi', 'Dokumen', '1',
         ['0', '0', '0', '1'], ['0', '0', '0', '1'], 'sum', '245000000', '238900000'),
        (18, '3', 'Program Pengendalian Pelaksanaan Penanaman Modal', 'P', 'Jumlah perusahaan yang menyampaikan LKPM', 'Perusahaan',
         '1800', ['450', '450', '450', '450'], ['412', '468', '455', '497'], 'sum', None, None),
        (19, '3.1', 'Pengawasan Pelaksanaan Penanaman Modal', 'K', 'Jumlah perusahaan yang diawasi', 'Perusahaan', '120',
         ['30', '30', '30', '30'], ['28', '31', '33', '35'], 'sum', '512800000', '488377600'),
        (20, '3.2', 'Bimbingan Teknis Laporan Kegiatan Penanaman Modal (LKPM)', 'K', 'Jumlah peserta bimtek LKPM', 'Orang', '200',
         ['0', '100', '100', '0'], ['0', '96', '118', '0'], 'sum', '168250000', '166930000'),
        (21, '3.3', 'Fasilitasi Penyelesaian Permasalahan dan Hambatan Investasi', 'K', 'Jumlah permasalahan investasi yang difasilitasi',
         'Kasus', '0', ['0', '0', '0', '0'], ['0', '1', '0', '2'], 'sum', '96500000', '61240000'),
    ]
    children = {11: [12, 13, 14], 15: [16, 17], 18: [19, 20, 21]}
    data = {r[0]: r for r in rows}
    over_n = {12: '=ROUND(SUM(J12:L12)/E12*100,2)', 19: '=ROUND((J19+K19+L19+L19)/E19*100,2)',
              21: '=IFERROR(ROUND(SUM(J21:M21)/E21*100,2),100)'}
    over_q = {13: '=ROUNDDOWN(P13/O13*100,2)', 17: '=ROUND(O17/P17*100,2)'}
    over_o = {}
    over_p = {11: '=SUM(P12:P13)', 15: '=SUM(P16:P18)'}
    QTY = '#,##0.##;-#,##0.##;"-"'
    for (r, no, ur, lvl, ind, sat, t, tq, rq, kind, ang, rea) in rows:
        b.put(ws, f'A{r}', no)
        b.put(ws, f'B{r}', ur, bold=(lvl == 'P'), wrap=True)
        b.put(ws, f'C{r}', ind, wrap=True)
        b.put(ws, f'D{r}', sat)
        b.put(ws, f'E{r}', num(t), QTY)
        for col, v in zip('FGHI', tq):
            b.put(ws, f'{col}{r}', num(v), QTY)
        for col, v in zip('JKLM', rq):
            b.put(ws, f'{col}{r}', num(v), QTY)
        if kind == 'sum':
            real = sum(D(x) for x in rq)
            f = f'=ROUND(SUM(J{r}:M{r})/E{r}*100,2)'
            rc = [f'J{r}', f'K{r}', f'L{r}', f'M{r}']
        else:
            real = D(rq[3])
            f = f'=ROUND(M{r}/E{r}*100,2)'
            rc = [f'M{r}']
        e = None if D(t) == 0 else real / D(t) * 100
        b.calc(ws, f'N{r}', over_n.get(r, f), e)
        b.ind(ws, r, ind, t, real, tcell=f'E{r}', rcells=rc,
              note='realisasi = TW IV value (nilai akhir)' if kind == 'last' else 'realisasi = sum of TW I-IV')
        if lvl == 'K':
            b.put(ws, f'O{r}', int(ang), RP)
            b.put(ws, f'P{r}', int(rea), RP)
            b.calc(ws, f'Q{r}', over_q.get(r, f'=ROUND(P{r}/O{r}*100,2)'), D(rea) / D(ang) * 100)
        if lvl == 'P':
            ch = children[r]
            rng = f'{ch[0]}:{ch[-1]}'
            for col, idx in (('O', 10), ('P', 11)):
                f = f'=SUM({col}{ch[0]}:{col}{ch[-1]})'
                over = (over_o if col == 'O' else over_p).get(r, f)
                b.calc(ws, f'{col}{r}', over, sum(D(data[c][idx]) for c in ch), dp=0, fmt=RP)
    for r, pj in ((8, 'Kepala Dinas'), (11, 'Kabid Pelayanan Perizinan'), (15, 'Kabid Promosi Investasi'),
                  (18, 'Kabid Pengendalian Pelaksanaan PM')):
        b.put(ws, f'R{r}', pj, wrap=True)
    b.put(ws, 'B22', 'JUMLAH', bold=True)
    kids = [12, 13, 14, 16, 17, 19, 20, 21]
    b.calc(ws, 'O22', '=SUM(O11:O21)', sum(D(data[c][10]) for c in kids), dp=0, fmt=RP)
    b.calc(ws, 'P22', '=SUM(P12:P14)+SUM(P16:P17)+SUM(P19:P21)', sum(D(data[c][11]) for c in kids), dp=0, fmt=RP)
    b.put(ws, 'C24', 'Catatan: capaian indikator Nilai/Persentase dihitung dari realisasi TW IV (nilai akhir); '
          'indikator jumlah dari penjumlahan TW I - TW IV.', box=False)
    signature(b, ws, 26, 'O', 'Bogor, 10 Januari 2025', 'Kepala Dinas', 'Hadi Suharyanto, S.STP, M.Si', 'Pembina Tingkat I',
              '19800314 199912 1 002')
    assert q(D('398576900') / D('412750000') * 100) != (D('398576900') / D('412750000') * 100).quantize(D('0.01'), ROUND_DOWN)
    b.trap(ws, 'N9', 'last_quarter_for_index', 'index indicator: capaian = TW IV value / target (note in C24), 86.14/85*100 = 101.34; differs from the SUM rows for a stated reason')
    b.trap(ws, 'N10', 'last_quarter_for_index', 'percentage indicator: TW IV value 96.7 / 95 * 100 = 101.79 (note in C24)')
    b.trap(ws, 'O11', 'sum_row', 'program anggaran = SUM of its kegiatan O12:O14 (a formula where the kegiatan rows hold typed amounts); right')
    b.mistake(ws, 'P11', 'total_omits_kegiatan', 'SUM(P12:P13) leaves out kegiatan 1.3 in row 14')
    b.trap(ws, 'O18', 'sum_row', 'program anggaran = SUM(O19:O21), all three kegiatan; right')
    b.mistake(ws, 'N12', 'sum_misses_quarter', 'SUM(J12:L12) leaves out TW IV: shows 75.23; right (2988+3176+3240+3409)/12500*100 = 102.50')
    b.mistake(ws, 'Q13', 'rounddown_instead_of_round', 'ROUNDDOWN where every other serapan uses ROUND: 398576900/412750000*100 = 96.5639..., shows 96.56? no: see correct')
    b.mistake(ws, 'P15', 'total_includes_other_program', 'SUM(P16:P18) takes in row 18, the total of Program 3 (655,307,600... see correct): right P16+P17')
    b.mistake(ws, 'Q17', 'numerator_denominator_swapped', 'O17/P17 (anggaran/realisasi): shows 102.55; right 238,900,000/245,000,000*100 = 97.51')
    b.mistake(ws, 'N19', 'sum_takes_quarter_twice', '(J19+K19+L19+L19): TW III counted twice, TW IV left out: shows 104.17; right (28+31+33+35)/120*100 = 105.83')
    b.mistake(ws, 'N21', 'iferror_hides_div0', 'target 0 ("-", demand-driven kegiatan): IFERROR(...,100) shows 100 for an undefined capaian (realisasi 3 cases)')
    b.mistake(ws, 'O22', 'grand_total_double_counting', 'SUM(O11:O21) adds the program sub-totals and their kegiatan: right = the sum of the kegiatan rows (as P22 does)')
    b.trap(ws, 'P22', 'sum_row', 'grand total of realisasi = the kegiatan ranges only (12-14, 16-17, 19-21): right')
    b.layout = ('One sheet "RA TW IV 2024". Title rows 1-3, two header rows 5-6 (Target Triwulan I-IV and Realisasi Triwulan I-IV '
                'grouped), column numbers 1-18 in row 7, body rows 8-21, JUMLAH row 22, note row 24, signature from row 26. Columns: '
                'A No, B Sasaran / Program / Kegiatan, C Indikator Kinerja, D Satuan, E Target Tahunan, F-I Target TW I-IV, J-M '
                'Realisasi TW I-IV, N Capaian Tahunan (%), O Anggaran (Rp), P Realisasi Anggaran (Rp), Q Serapan (%), R Penanggung '
                'Jawab. Rows 8-10 are sasaran indicators, 11/15/18 programs, the others kegiatan. N = ROUND(SUM(J:M)/E*100,2) for '
                'count indicators (per-quarter targets adding to the annual one) and ROUND(M/E*100,2) for index/percentage indicators '
                '(rows 9-10: TW IV value, stated in the note at C24). Budgets: kegiatan rows type O and P, Q = ROUND(P/O*100,2); '
                'program rows O/P = SUM of their kegiatan (no serapan on program rows); JUMLAH row O/P = sum of kegiatan. All '
                'indicators positive; no cap. Percent columns in percent points, format 0.00; money in accounting format.')
    b.formulas_used = 'ROUND(SUM(J:M)/E*100,2); ROUND(M/E*100,2); ROUND(P/O*100,2); SUM'
    # fix notes with exact numbers
    for m in b.mistakes:
        if m['cell'] == 'Q13':
            m['note'] = ('ROUNDDOWN where every other serapan uses ROUND: 398,576,900/412,750,000*100 = %s..., shows %s; right %s'
                         % (str(D('398576900') / D('412750000') * 100)[:9],
                            (D('398576900') / D('412750000') * 100).quantize(D('0.01'), ROUND_DOWN), m['correct']))
        if m['cell'] == 'P15':
            m['note'] = ('SUM(P16:P18) takes in row 18, the realisasi total of Program 3 (%s): shows %s; right P16+P17 = %s'
                         % (sum(D(data[c][11]) for c in children[18]),
                            D(data[16][11]) + D(data[17][11]) + sum(D(data[c][11]) for c in children[18]), m['correct']))
        if m['cell'] == 'P11':
            m['note'] = ('SUM(P12:P13) leaves out kegiatan 1.3 in row 14 (181,655,000): shows %s; right P12+P13+P14 = %s'
                         % (D(data[12][11]) + D(data[13][11]), m['correct']))
        if m['cell'] == 'O22':
            m['note'] = ('SUM(O11:O21) adds the program sub-totals (all right) and their kegiatan, counting every rupiah twice: shows %s; '
                         'right %s (the kegiatan rows only, as P22 sums them)'
                         % (2 * sum(D(data[c][10]) for c in kids), m['correct']))
    return b


def w4():
    b = Book('renaksi_2023_diskopukm_wajo', 'xlsx', 'Dinas Koperasi dan UKM Kabupaten Wajo',
             'Rencana Aksi (quarterly, TW down rows, Bone style) 2023')
    ws = b.sheet('Rencana Aksi')
    title_rows(b, ws, ['PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA',
                       'DINAS KOPERASI DAN USAHA KECIL MENENGAH KABUPATEN WAJO', 'TAHUN ANGGARAN 2023'], 'M')
    heads = ['No', 'Sasaran / Program / Kegiatan', 'Indikator', 'Periode', 'Target', 'Satuan', 'Realisasi', 'Capaian (%)',
             'Anggaran Murni (Rp)', 'Anggaran Perubahan (Rp)', 'Realisasi Anggaran (Rp)', 'Serapan (%)', 'Penanggung Jawab']
    for i, h in enumerate(heads):
        col = chr(65 + i)
        b.put(ws, f'{col}6', h, bold=True, wrap=True)
        b.put(ws, f'{col}7', str(i + 1))
    for col, w in zip('ABCDEFGHIJKLM', [5, 34, 34, 16, 9, 12, 9, 10, 16, 16, 16, 10, 22]):
        ws.column_dimensions[col].width = w
    periods = ['Target Tahunan', 'TW 1 (B03)', 'TW 2 (B06)', 'TW 3 (B09)', 'TW 4 (B12)']
    # block: start row, no, name, indikator, satuan, style, annual target, tw targets, tw realisasi, budget (murni, perubahan, realisasi) or None
    blocks = [
        (8, '1', 'Meningkatnya daya saing koperasi dan UMKM', 'Persentase koperasi aktif', '%', 'cum', '62',
         ['58', '59.5', '61', '62'], ['57.4', '60.2', '61.3', '61.85'], None),
        (13, None, None, 'Persentase usaha mikro yang naik kelas', '%', 'cum', '4.5',
         ['1', '2', '3.2', '4.5'], ['1.3', '2.25', '3.6', '5.32'], None),
        (18, '1.1', 'Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)',
         'Jumlah UMKM yang mendapatkan pembinaan', 'UMKM', 'cum', '600',
         ['120', '300', '450', '600'], ['134', '289', '476', '622'], 'sum'),
        (23, '1.1.1', 'Pemberdayaan Usaha Mikro yang dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan',
         'Jumlah laporan triwulan pendataan usaha mikro', 'Laporan', 'perq', '4',
         ['1', '1', '1', '1'], ['1', '1', '1', '1'], ('720000000', '690500000', '648911800')),
        (28, '1.1.2', 'Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha menjadi Usaha Kecil',
         'Jumlah usaha mikro yang difasilitasi promosi', 'Usaha mikro', 'cum', '90',
         ['30', '50', '80', '90'], ['30', '47', '84', '93'], ('530000000', '490000000', '453732500')),
        (33, '2', 'Meningkatnya akuntabilitas kinerja perangkat daerah (Program Penunjang Urusan Pemerintahan Daerah)',
         'Nilai evaluasi SAKIP Dinas', 'Nilai', 'cum', '70',
         [None, None, None, '70'], [None, None, None, '67.35'], ('3850000000', '3912400000', '3710622150')),
    ]
    QTY = '#,##0.##;-#,##0.##;"-"'
    over_h = {17: '=ROUND(G17/E17*100,2)', 19: '=MIN(100,ROUND(G19/E18*100,2))', 20: '=MIN(100,INT(G20/E20*100))',
              30: 100, 37: '=MIN(100,G37/E37*100)'}
    budget = {}
    for (r0, no, name, ind, sat, style, t, tq, rq, bud) in blocks:
        b.put(ws, f'A{r0}', no)
        b.put(ws, f'B{r0}', name, wrap=True)
        b.put(ws, f'C{r0}', ind, wrap=True)
        ws.merge_cells(f'B{r0}:B{r0 + 4}')
        ws.merge_cells(f'C{r0}:C{r0 + 4}')
        for i, p in enumerate(periods):
            r = r0 + i
            b.put(ws, f'D{r}', p)
            b.put(ws, f'F{r}', sat)
            if i == 0:
                b.put(ws, f'E{r}', num(t), QTY)
                if style == 'perq':
                    b.calc(ws, f'G{r}', f'=SUM(G{r0 + 1}:G{r0 + 4})', sum(D(x) for x in rq), fmt=QTY)
                    real = sum(D(x) for x in rq)
                    rcs = [f'G{r0 + k}' for k in range(1, 5)]
                else:
                    b.calc(ws, f'G{r}', f'=G{r0 + 4}', D(rq[3]), fmt=QTY)
                    real = D(rq[3])
                    rcs = [f'G{r0 + 4}']
                tt = D(t)
                b.ind(ws, r, ind + ' (tahunan)', t, real, tcell=f'E{r}', rcells=rcs,
                      note='annual realisasi = sum of the quarters (per-quarter targets)' if style == 'perq'
                      else 'annual realisasi = TW 4 (cumulative)')
            else:
                tv, rv = tq[i - 1], rq[i - 1]
                if tv is None:
                    b.put(ws, f'E{r}', '-')
                    b.put(ws, f'G{r}', '-')
                    b.calc(ws, f'H{r}', '-', None)
                    b.ind(ws, r, f'{ind} ({p})', None, None, 'no quarterly target ("-"): SAKIP is evaluated once a year')
                    continue
                b.put(ws, f'E{r}', num(tv), QTY)
                b.put(ws, f'G{r}', num(rv), QTY)
                tt, real = D(tv), D(rv)
                b.ind(ws, r, f'{ind} ({p})', tv, rv, tcell=f'E{r}', rcells=[f'G{r}'])
            e = min(D(100), real / tt * 100)
            b.calc(ws, f'H{r}', over_h.get(r, f'=MIN(100,ROUND(G{r}/E{r}*100,2))'), e)
            if real / tt * 100 > 100 and r not in over_h:
                b.trap(ws, f'H{r}', 'cap_100_policy', f'{real}/{tt}*100 = {qs(real / tt * 100)} capped at 100 by MIN(100;...), the policy of every capaian cell in this workbook')
        if bud == 'sum':
            budget[r0] = 'sum'
        elif bud:
            budget[r0] = tuple(D(x) for x in bud)
    # budgets
    for r0, v in budget.items():
        if v == 'sum':
            for col in 'IJK':
                b.calc(ws, f'{col}{r0}', f'={col}23+{col}28', sum(budget[c]['IJK'.index(col)] for c in (23, 28)), dp=0, fmt=RP)
            m, p_, k = (sum(budget[c][i] for c in (23, 28)) for i in range(3))
        else:
            m, p_, k = v
            for col, x in zip('IJK', v):
                b.put(ws, f'{col}{r0}', int(x), RP)
        f = f'=ROUND(K{r0}/J{r0}*100,2)'
        if r0 == 23:
            f = '=ROUND(K23/I23*100,2)'
        b.calc(ws, f'L{r0}', f, k / p_ * 100)
        budget[r0] = (m, p_, k)
    b.put(ws, 'B38', 'JUMLAH', bold=True)
    for col in 'IJK':
        i = 'IJK'.index(col)
        b.calc(ws, f'{col}38', f'={col}18+{col}33', budget[18][i] + budget[33][i], dp=0, fmt=RP)
    b.calc(ws, 'L38', '=ROUND(K38/J38*100,2)', (budget[18][2] + budget[33][2]) / (budget[18][1] + budget[33][1]) * 100)
    for r, pj in ((8, 'Kepala Dinas'), (18, 'Kabid Pemberdayaan UMKM'), (23, 'Kasi Pendataan UM'), (28, 'Kasi Pengembangan UM'),
                  (33, 'Sekretaris')):
        b.put(ws, f'M{r}', pj)
    b.put(ws, 'C40', 'Capaian di atas 100% ditulis 100% (MIN 100). Serapan = Realisasi / Anggaran Perubahan x 100.', box=False)
    signature(b, ws, 42, 'J', 'Sengkang, 12 Januari 2024', 'Kepala Dinas Koperasi dan UKM', 'Drs. H. Andi Musakkir, M.Si',
              'Pembina Tingkat I', '19690507 199503 1 003')
    b.mistake(ws, 'H17', 'cap_missing', 'ROUND(G17/E17*100,2) without the MIN(100;...) cap used in every other capaian cell: shows 118.22; the workbook policy gives 100.00 (uncapped 5.32/4.5*100 = 118.22)')
    b.mistake(ws, 'H19', 'formula_wrong_row', 'divides by E18 (annual target 600) instead of E19 (TW 1 target 120): shows 22.33; right MIN(100; 134/120*100 = 111.67) = 100.00')
    b.mistake(ws, 'H20', 'int_instead_of_round', 'INT where the others ROUND to 2 decimals: shows 96 (96.00); right 289/300*100 = 96.33')
    b.trap(ws, 'G23', 'annual_sum_per_quarter', 'per-quarter targets (1 laporan each, 4 a year): the annual realisasi is SUM(G24:G27) = 4 while cumulative blocks take TW 4; right')
    b.mistake(ws, 'L23', 'serapan_wrong_anggaran_murni', 'divides by I23 (Anggaran Murni 720,000,000) instead of J23 (Anggaran Perubahan 690,500,000) as every other serapan: shows 90.13; right 648,911,800/690,500,000*100 = 93.98')
    b.mistake(ws, 'H30', 'typed_value_wrong', '100 typed over the formula: TW 2 realisasi 47 against 50 is 94.00')
    for r in (34, 35, 36):
        b.trap(ws, f'H{r}', 'target_zero_dash', 'no quarterly target ("-"; SAKIP is evaluated once a year) and no realisasi: "-" typed, right')
    b.trap(ws, 'H37', 'round_vs_no_round', 'MIN(100;G37/E37*100) without ROUND: 67.35/70*100 = 96.2142... displays 96.21 under format 0.00, as ROUND would give')
    b.trap(ws, 'I18', 'sum_row', 'program budget = kegiatan 23 + 28 (I, J, K); right')
    b.layout = ('One sheet "Rencana Aksi", the Bone 2020 layout with quarters running down rows. Title rows 1-3, header row 6, column '
                'numbers 1-13 in row 7. Six blocks of five rows (rows 8-12, 13-17, 18-22, 23-27, 28-32, 33-37): a "Target Tahunan" '
                'row and TW 1 (B03) .. TW 4 (B12) rows; names in B and C are merged over the block. Columns: A No, B Sasaran / Program '
                '/ Kegiatan, C Indikator, D Periode, E Target, F Satuan, G Realisasi, H Capaian (%), I Anggaran Murni, J Anggaran '
                'Perubahan, K Realisasi Anggaran, L Serapan (%), M Penanggung Jawab. Quarter targets are cumulative except block 23 '
                '(per quarter, 1 laporan each). Annual realisasi G = TW 4 realisasi (=G12 etc.) for cumulative blocks and SUM of the '
                'quarters for block 23. H = MIN(100,ROUND(G/E*100,2)) everywhere: capaian is capped at 100 (note in C40). Budgets on '
                'the Target Tahunan row of program/kegiatan blocks; program row 18 = kegiatan 23 + 28; serapan L = ROUND(K/J*100,2) '
                'against the Anggaran Perubahan; JUMLAH row 38 = rows 18 + 33. Block 33 has no quarterly target for TW 1-3 ("-"). '
                'Percent in points with format 0.00.')
    b.formulas_used = 'MIN(100,ROUND(G/E*100,2)); =G{TW4}; SUM; ROUND(K/J*100,2)'
    return b
