from common import *


def w7():
    b = Book('pk_2024_bapenda_badung', 'xlsx', 'Badan Pendapatan Daerah Kabupaten Badung',
             'Pengukuran Kinerja (annual) 2024 with a budget sheet (Anggaran Murni / Perubahan)')
    ws = b.sheet('Pengukuran Kinerja')
    wa = b.sheet('Anggaran')
    title_rows(b, ws, ['PENGUKURAN KINERJA TAHUN 2024', 'BADAN PENDAPATAN DAERAH KABUPATEN BADUNG'], 'I')
    heads = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Sifat', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan']
    for i, h in enumerate(heads):
        col = chr(65 + i)
        b.put(ws, f'{col}7', h, bold=True, wrap=True)
        b.put(ws, f'{col}8', f'({i + 1})')
    for col, w in zip('ABCDEFGHI', [5, 30, 46, 12, 7, 10, 10, 11, 34]):
        ws.column_dimensions[col].width = w
    b.put(ws, 'A5', 'Sifat (+): capaian = realisasi / target x 100; sifat (-): capaian = target / realisasi x 100', box=False)
    S1 = 'Meningkatnya pendapatan asli daerah'
    S2 = 'Meningkatnya kepatuhan wajib pajak'
    S3 = 'Meningkatnya kualitas pelayanan pajak daerah'
    QTY = '#,##0.##;-#,##0.##;"-"'
    rows = [
        (9, 1, S1, 'Realisasi Pendapatan Asli Daerah', 'Rp miliar', '+', '7850', '8212.46'),
        (10, None, None, 'Rasio PAD terhadap total pendapatan daerah', '%', '+', '78.5', '80.12'),
        (11, None, None, 'Persentase tunggakan PBB-P2 terhadap ketetapan', '%', '-', '12', '10.35'),
        (12, None, None, 'Pertumbuhan penerimaan pajak hotel dan restoran', '%', '+', '8', '11.38'),
        (13, 2, S2, 'Persentase wajib pajak yang melapor tepat waktu', '%', '+', '85', '87.3'),
        (14, None, None, 'Rata-rata waktu penyelesaian keberatan pajak', 'hari', '-', '30', '26'),
        (15, None, None, 'Jumlah objek pajak yang dimutakhirkan datanya', 'objek', '+', '0', '1250'),
        (16, 3, S3, 'Persentase pengaduan wajib pajak yang tidak terselesaikan', '%', '-', '5', '3.2'),
        (17, None, None, 'Indeks kepuasan wajib pajak (skala 4)', 'indeks', '+', '3.4', '3.36'),
    ]
    over = {10: '=ROUND(F10/G10*100,2)', 12: '=G12/F12', 14: '=ROUND((2*F14-G14)/F14*100,2)',
            15: '=IFERROR(ROUND(G15/F15*100,2),0)'}
    for (r, no, sas, name, unit, sif, t, real) in rows:
        b.put(ws, f'A{r}', no)
        b.put(ws, f'B{r}', sas, wrap=True)
        b.put(ws, f'C{r}', name, wrap=True)
        b.put(ws, f'D{r}', unit)
        b.put(ws, f'E{r}', f'({sif})')
        b.put(ws, f'F{r}', num(t), QTY)
        b.put(ws, f'G{r}', num(real), QTY)
        if D(t) == 0:
            e = None
        elif sif == '+':
            e = D(real) / D(t) * 100
        else:
            e = D(t) / D(real) * 100
        f = f'=ROUND(G{r}/F{r}*100,2)' if sif == '+' else f'=ROUND(F{r}/G{r}*100,2)'
        if r == 12:
            b.calc(ws, f'H{r}', over[r], e / 100, scale=100, fmt=FRAC)
        else:
            b.calc(ws, f'H{r}', over.get(r, f), e)
        b.ind(ws, r, name, t, real, tcell=f'F{r}', rcells=[f'G{r}'])
    b.put(ws, 'I15', 'Pemutakhiran tidak ditargetkan 2024 (dialihkan ke 2025)')
    # budget sheet
    title_rows(b, wa, ['REALISASI ANGGARAN BAPENDA KABUPATEN BADUNG TAHUN 2024'], 'G')
    for i, h in enumerate(['No', 'Program / Kegiatan', 'Anggaran Murni (Rp)', 'Anggaran Perubahan (Rp)', 'Realisasi (Rp)',
                           'Serapan (%)', 'Keterangan']):
        b.put(wa, f'{chr(65 + i)}4', h, bold=True, wrap=True)
    for col, w in zip('ABCDEFG', [6, 58, 18, 18, 18, 10, 30]):
        wa.column_dimensions[col].width = w
    bud = [  # row, no, name, murni, perubahan, realisasi
        (6, '1', 'Program Penunjang Urusan Pemerintahan Daerah', None, None, None),
        (7, '1.1', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', '425000000', '398500000', '381226400'),
        (8, '1.2', 'Administrasi Keuangan Perangkat Daerah', '21850000000', '22415600000', '21793480150'),
        (9, '1.3', 'Administrasi Umum Perangkat Daerah', '1930000000', '1875250000', '1742918600'),
        (10, '2', 'Program Pengelolaan Pendapatan Daerah', None, None, None),
        (11, '2.1', 'Pengelolaan Pajak Daerah: Pendataan Ulang Objek Pajak', '650000000', '0', '0'),
        (12, '2.2', 'Pengelolaan Pajak Daerah: Penetapan dan Penagihan', '8740000000', '9125800000', '8867312450'),
        (13, '2.3', 'Pengelolaan Retribusi Daerah', '1280000000', '1310000000', '1224768900'),
        (14, '2.4', 'Pelayanan dan Penanganan Keberatan Pajak Daerah', '515000000', '486300000', '471905250'),
    ]
    kids = {6: [7, 8, 9], 10: [11, 12, 13, 14]}
    dv = {r: (D(m), D(p), D(x)) for (r, no, n, m, p, x) in bud if m}
    for r, ch in kids.items():
        dv[r] = tuple(sum(dv[c][i] for c in ch) for i in range(3))
    dv[15] = tuple(dv[6][i] + dv[10][i] for i in range(3))
    for (r, no, name, m, p, x) in bud:
        b.put(wa, f'A{r}', no)
        b.put(wa, f'B{r}', name, bold=(r in kids), wrap=True)
        if r in kids:
            ch = kids[r]
            for col, i in zip('CDE', range(3)):
                b.calc(wa, f'{col}{r}', f'=SUM({col}{ch[0]}:{col}{ch[-1]})', dv[r][i], dp=0, fmt=RP)
        else:
            for col, v in zip('CDE', (m, p, x)):
                b.put(wa, f'{col}{r}', int(v), RP)
        if r == 11:
            b.calc(wa, 'F11', '-', None)
            b.put(wa, 'G11', 'Kegiatan dihapus pada APBD Perubahan')
            continue
        f = {8: '=ROUND(E8/C8*100,2)', 12: '=ROUND(E12/D11*100,2)'}.get(r, f'=ROUND(E{r}/D{r}*100,2)')
        b.calc(wa, f'F{r}', f, dv[r][2] / dv[r][1] * 100)
    b.put(wa, 'B15', 'JUMLAH', bold=True)
    for col, i in zip('CDE', range(3)):
        b.calc(wa, f'{col}15', f'={col}6+{col}10', dv[15][i], dp=0, fmt=RP)
    b.calc(wa, 'F15', '=ROUND(E15/D15*100,2)', dv[15][2] / dv[15][1] * 100)
    # budget lines under the PK table, read from the other sheet
    b.put(ws, 'C19', 'Jumlah Anggaran (APBD Perubahan)')
    b.calc(ws, 'G19', '=Anggaran!D15', dv[15][1], dp=0, fmt=RP)
    b.put(ws, 'C20', 'Jumlah Realisasi Anggaran')
    b.calc(ws, 'G20', '=Anggaran!E15', dv[15][2], dp=0, fmt=RP)
    b.put(ws, 'C21', 'Serapan Anggaran (%)')
    b.calc(ws, 'G21', '=ROUND(G20/G19*100,2)', dv[15][2] / dv[15][1] * 100)
    signature(b, ws, 23, 'G', 'Mangupura, 14 Januari 2025', 'Kepala Badan Pendapatan Daerah', 'I Made Sutama Wirawan, S.E., M.Si.',
              'Pembina Utama Muda', '19720904 199803 1 007')
    b.mistake(ws, 'H10', 'positive_row_negative_formula', 'sifat (+) but the negative formula F/G*100 was used: shows 97.98; right 80.12/78.5*100 = 102.06')
    b.trap(ws, 'H11', 'negative_polarity_formula', 'sifat (-), the workbook\'s stated negative formula target/realisasi (A5): 12/10.35*100 = 115.94')
    b.trap(ws, 'H12', 'fraction_under_percent_format', '=G12/F12 stored as a fraction (1.4225) under format 0.00%: displays 142.25 %, the same as ROUND(G12/F12*100,2) = 142.25 in the other cells')
    b.mistake(ws, 'H14', 'negative_formula_inconsistent', 'sifat (-) but (2*F-G)/F*100 (113.33) where the workbook states and uses target/realisasi: right 30/26*100 = 115.38')
    b.mistake(ws, 'H15', 'iferror_hides_div0', 'target 0 (not targeted in 2024, note I15) with realisasi 1250: IFERROR(...,0) shows 0; capaian undefined')
    b.trap(ws, 'H16', 'negative_polarity_formula', 'sifat (-): 5/3.2*100 = 156.25 (no cap in this workbook)')
    b.trap(wa, 'C6', 'sum_row', 'program budget = SUM of its kegiatan (C, D, E of rows 6 and 10), and JUMLAH row 15 = 6 + 10')
    b.mistake(wa, 'F8', 'serapan_wrong_anggaran_murni', 'divides by C8 (Anggaran Murni 21,850,000,000) instead of D8 (Anggaran Perubahan 22,415,600,000): shows 99.74; right 21,793,480,150/22,415,600,000*100 = 97.22')
    b.trap(wa, 'F11', 'target_zero_dash', 'kegiatan removed in the APBD Perubahan (anggaran perubahan 0, realisasi 0): "-" typed with a note in G11; serapan undefined, right')
    b.mistake(wa, 'F12', 'formula_wrong_row', 'divides by D11 (0, the removed kegiatan) instead of D12: #DIV/0!; right 8,867,312,450/9,125,800,000*100 = 97.17')
    b.layout = ('Two sheets. "Pengukuran Kinerja": title rows 1-2, the polarity rule stated in A5, header row 7, column numbers row 8, '
                'indicator rows 9-17; budget lines rows 19-21 read from the other sheet (=Anggaran!D15, =Anggaran!E15, serapan '
                'ROUND(G20/G19*100,2)); signature from row 23. Columns: A No, B Sasaran Strategis, C Indikator Kinerja, D Satuan, E Sifat '
                '((+) or (-)), F Target, G Realisasi, H Capaian (%), I Keterangan. H = ROUND(G/F*100,2) for (+) and ROUND(F/G*100,2) '
                '(target / realisasi, as A5 says) for (-); no cap; percent points with format 0.00 except H12, a fraction under 0.00%. '
                'Row 15 has target 0. "Anggaran": title row 1, header row 4, program rows 6 and 10 (C/D/E = SUM of their kegiatan), '
                'kegiatan rows 7-9 and 11-14, JUMLAH row 15 (= 6 + 10); columns A No, B Program/Kegiatan, C Anggaran Murni, D Anggaran '
                'Perubahan, E Realisasi, F Serapan (%) = ROUND(E/D*100,2) against the Anggaran Perubahan, G Keterangan. Kegiatan 2.1 '
                '(row 11) was removed in the perubahan (0, "-").')
    b.formulas_used = 'ROUND(G/F*100,2); ROUND(F/G*100,2); ROUND(E/D*100,2); SUM; cross-sheet refs'
    return b
