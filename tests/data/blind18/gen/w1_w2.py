from common import *


def pos(r, t):
    return D(r) / D(t) * 100


def neg2(r, t):
    return (2 * D(t) - D(r)) / D(t) * 100


def w1():
    b = Book('pk_2023_dinkes_sleman', 'xlsx', 'Dinas Kesehatan Kabupaten Sleman', 'Pengukuran Kinerja (annual) 2023')
    ws = b.sheet('PK 2023')
    title_rows(b, ws, ['PENGUKURAN KINERJA', 'DINAS KESEHATAN KABUPATEN SLEMAN', 'TAHUN ANGGARAN 2023'], 'L')
    heads = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Polaritas', 'Target 2023',
             'Realisasi 2023', 'Capaian 2023 (%)', 'Realisasi 2022', 'Target Akhir Renstra (2026)',
             'Capaian s/d 2023 terhadap Target Akhir Renstra (%)', 'Keterangan']
    for i, h in enumerate(heads):
        col = chr(65 + i)
        b.put(ws, f'{col}5', h, bold=True, wrap=True)
        b.put(ws, f'{col}6', f'({i + 1})')
    for col, w in zip('ABCDEFGHIJKL', [5, 28, 42, 14, 10, 10, 11, 11, 11, 12, 14, 26]):
        ws.column_dimensions[col].width = w
    S1 = 'Meningkatnya derajat kesehatan masyarakat'
    S2 = 'Meningkatnya mutu pelayanan kesehatan'
    S3 = 'Meningkatnya pengendalian penyakit'
    S4 = 'Meningkatnya akuntabilitas kinerja perangkat daerah'
    rows = [  # row, no, sasaran, indikator, satuan, polaritas, target, realisasi, real2022, renstra
        (7, 1, S1, 'Angka Kematian Ibu (AKI)', 'per 100.000 KH', 'Negatif', '68', '61.4', '72.5', '60'),
        (8, None, None, 'Angka Kematian Bayi (AKB)', 'per 1.000 KH', 'Negatif', '5.8', '6.1', '6.3', '5.2'),
        (9, None, None, 'Prevalensi stunting pada balita', '%', 'Negatif', '9.5', '8.72', '10.3', '7'),
        (10, None, None, 'Umur Harapan Hidup (UHH)', 'Tahun', 'Positif', '75.1', '75.23', '74.96', '75.5'),
        (11, 2, S2, 'Persentase puskesmas terakreditasi paripurna', '%', 'Positif', '60', '56', '48', '80'),
        (12, None, None, 'Indeks Kepuasan Masyarakat (IKM) layanan kesehatan', 'Nilai', 'Positif', '82', '84.37', '81.9', '85'),
        (13, None, None, 'Persentase fasyankes yang menerapkan SIMRS terintegrasi', '%', 'Positif', '75', '71.5', '62', '100'),
        (14, None, None, 'Cakupan pelayanan kesehatan ibu hamil (K6)', '%', 'Positif', '92', '88.64', '85.1', '95'),
        (15, 3, S3, 'Angka penemuan kasus TBC (Case Detection Rate)', '%', 'Positif', '90', '78.3', '70.4', '90'),
        (16, None, None, 'Incidence Rate DBD', 'per 100.000 penduduk', 'Negatif', '40', '22.6', '51.3', '35'),
        (17, None, None, 'Jumlah KLB yang tidak tertangani dalam 24 jam', 'Kejadian', 'Negatif', '0', '0', '1', '0'),
        (18, None, None, 'Persentase desa/kelurahan UCI', '%', 'Positif', '95', '97.62', '93.1', '100'),
        (19, 4, S4, 'Predikat SAKIP Dinas Kesehatan', 'Predikat', 'Positif', 'BB', 'BB', 'B', 'A'),
        (20, None, None, 'Persentase realisasi anggaran', '%', 'Positif', '95', '91.37', '89.2', '97'),
    ]
    over_h = {
        8: '=ROUND(G8/F8*100,2)',
        11: '=ROUND(G11/I11*100,2)',
        12: '=G12*100/F12',
        13: '=ROUND(G13/F12*100,2)',
        15: '=ROUND(F15/G15*100,2)',
        20: '=ROUND(G20/F20*10,2)',
    }
    over_k = {14: '=ROUND(G14/F14*100,2)'}
    for (r, no, sas, name, unit, pol, t, real, r22, ren) in rows:
        b.put(ws, f'A{r}', no)
        b.put(ws, f'B{r}', sas, wrap=True)
        b.put(ws, f'C{r}', name, wrap=True)
        b.put(ws, f'D{r}', unit)
        b.put(ws, f'E{r}', pol)
        grade = not t.replace('.', '').isdigit()
        for col, v in zip('FGIJ', (t, real, r22, ren)):
            b.put(ws, f'{col}{r}', v if grade else num(v), None if grade else NUM)
        if grade:
            b.calc(ws, f'H{r}', 100, '100')
            b.calc(ws, f'K{r}', '-', None)
            b.put(ws, f'L{r}', 'Predikat sesuai target')
            b.ind(ws, r, name, None, None, 'grade indicator: target BB, realisasi BB',
                  tcell=None, rcells=None)
            continue
        if D(t) == 0:
            b.calc(ws, f'H{r}', '-', None)
            b.calc(ws, f'K{r}', '-', None)
            b.put(ws, f'L{r}', 'Target 0: capaian tidak dihitung')
        else:
            if pol == 'Negatif':
                fh = f'=ROUND((2*F{r}-G{r})/F{r}*100,2)'
                fk = f'=ROUND((2*J{r}-G{r})/J{r}*100,2)'
                eh, ek = neg2(real, t), neg2(real, ren)
            else:
                fh = f'=ROUND(G{r}/F{r}*100,2)'
                fk = f'=ROUND(G{r}/J{r}*100,2)'
                eh, ek = pos(real, t), pos(real, ren)
            b.calc(ws, f'H{r}', over_h.get(r, fh), eh)
            b.calc(ws, f'K{r}', over_k.get(r, fk), ek)
        b.ind(ws, r, name, t, real, tcell=f'F{r}', rcells=[f'G{r}'])
    # budget lines
    b.put(ws, 'C22', 'Jumlah Anggaran (Rp)')
    b.put(ws, 'G22', 48215760000, RP)
    b.put(ws, 'C23', 'Jumlah Realisasi Anggaran (Rp)')
    b.put(ws, 'G23', 44053212500, RP)
    b.put(ws, 'C24', 'Serapan Anggaran (%)')
    b.calc(ws, 'G24', '=ROUND(G23/G22*100,2)', pos(44053212500, 48215760000))
    signature(b, ws, 26, 'J', 'Sleman, 15 Januari 2024', 'Kepala Dinas Kesehatan', 'dr. Wahyu Prasetyaningsih, M.Kes',
              'Pembina Utama Muda', '19710412 199903 2 005')
    sh = ws.title
    b.trap(ws, 'H7', 'negative_polarity_formula', 'Polaritas Negatif: (2*F-G)/F*100 = (136-61.4)/68*100 = 109.71; the workbook uses this formula on every Negatif row')
    b.mistake(ws, 'H8', 'negative_row_positive_formula', 'Polaritas Negatif but the positive formula G/F*100 was used (105.17); the workbook\'s negative formula (2*F-G)/F*100 = (11.6-6.1)/5.8*100 = 94.83')
    b.trap(ws, 'H9', 'negative_polarity_formula', 'Negatif: (19-8.72)/9.5*100 = 108.21, right')
    b.mistake(ws, 'H11', 'formula_wrong_column', 'divides by column I (Realisasi 2022, 48) instead of the target F11 (60): shows 116.67; right 56/60*100 = 93.33')
    b.trap(ws, 'H12', 'equivalent_formula_no_round', '=G12*100/F12 without ROUND, format 0.00: 102.8902... displays 102.89, the same as ROUND(G12/F12*100,2)')
    b.mistake(ws, 'H13', 'formula_wrong_row', 'divides by F12 (the IKM target 82) instead of F13 (75): shows 87.20; right 71.5/75*100 = 95.33')
    b.mistake(ws, 'K14', 'formula_wrong_column', 'capaian terhadap Renstra divides by the annual target F14 (92) instead of the Renstra target J14 (95): shows 96.35; right 88.64/95*100 = 93.31')
    b.mistake(ws, 'H15', 'numerator_denominator_swapped', 'F15/G15 instead of G15/F15: shows 114.94; right 78.3/90*100 = 87.00')
    b.trap(ws, 'H16', 'negative_polarity_formula', 'Negatif: (80-22.6)/40*100 = 143.50, right (the workbook sets no cap)')
    b.trap(ws, 'H17', 'target_zero_dash', 'target 0 (no KLB allowed), realisasi 0: capaian undefined, "-" typed with a note in L17; K17 likewise')
    b.trap(ws, 'K17', 'target_zero_dash', 'Renstra target 0: "-" typed, right')
    b.trap(ws, 'H19', 'typed_value_no_peers', 'grade row (target BB, realisasi BB): 100 typed; realisasi at the target grade is 100; the row has no formula peers (K19 "-")')
    b.mistake(ws, 'H20', 'times_10_instead_of_100', '=ROUND(G20/F20*10,2) shows 9.62; right 91.37/95*100 = 96.18')
    b.layout = ('One sheet "PK 2023". Title rows 1-3 (PENGUKURAN KINERJA / DINAS KESEHATAN KABUPATEN SLEMAN / TAHUN ANGGARAN 2023), '
                'header row 5, column numbers (1)-(12) in row 6, indicator rows 7-20 (a blank Sasaran cell means the one above). '
                'Columns: A No, B Sasaran Strategis, C Indikator Kinerja, D Satuan, E Polaritas (Positif/Negatif), F Target 2023, '
                'G Realisasi 2023, H Capaian 2023 (%), I Realisasi 2022, J Target Akhir Renstra (2026), K Capaian s/d 2023 terhadap '
                'Renstra (%), L Keterangan. Formulas: H = ROUND(G/F*100,2) on Positif rows and ROUND((2*F-G)/F*100,2) on Negatif rows; '
                'K = ROUND(G/J*100,2) (Positif) and ROUND((2*J-G)/J*100,2) (Negatif). No cap (values above 100 stand). '
                'Percent columns hold percent points with format 0.00. Row 17 has target 0 ("-" typed), row 19 is a grade row '
                '(BB/BB, 100 typed). Budget lines rows 22-24 (Jumlah Anggaran, Jumlah Realisasi Anggaran, Serapan = ROUND(G23/G22*100,2)); '
                'signature from row 26.')
    b.formulas_used = 'ROUND(G/F*100,2); ROUND((2F-G)/F*100,2); ROUND(G/J*100,2)'
    return b


def w2():
    b = Book('pk_2022_disperindag_gowa', 'xls', 'Dinas Perindustrian dan Perdagangan Kabupaten Gowa',
             'Pengukuran Kinerja (annual) 2022')
    ws = b.sheet('Pengukuran Kinerja')
    title_rows(b, ws, ['PENGUKURAN KINERJA', 'DINAS PERINDUSTRIAN DAN PERDAGANGAN', 'KABUPATEN GOWA', 'TAHUN 2022'], 'I')
    heads = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', '', 'Realisasi', '', '%', 'Keterangan']
    for i, h in enumerate(heads):
        col = chr(65 + i)
        b.put(ws, f'{col}6', h, bold=True, wrap=True)
        b.put(ws, f'{col}7', str(i + 1))
    ws.merge_cells('D6:E6')
    ws.merge_cells('F6:G6')
    for col, w in zip('ABCDEFGHI', [5, 30, 44, 10, 8, 10, 8, 11, 30]):
        ws.column_dimensions[col].width = w
    S1 = 'Meningkatnya daya saing industri kecil dan menengah'
    S2 = 'Meningkatnya kinerja sektor perdagangan'
    S3 = 'Meningkatnya perlindungan konsumen dan tertib niaga'
    S4 = 'Meningkatnya kualitas sarana perdagangan'
    rows = [
        (8, 1, S1, 'Jumlah pasar rakyat yang direvitalisasi', '4', 'unit', '4', 'unit'),
        (9, None, None, 'Jumlah IKM yang difasilitasi sertifikasi produk', '12', 'IKM', '11', 'IKM'),
        (10, None, None, 'Jumlah tenaga kerja sektor IKM', '2500', 'orang', '2614', 'orang'),
        (11, 2, S2, 'Persentase pedagang pasar yang tertib membayar retribusi', '88', '%', '81.6', '%'),
        (12, None, None, 'Nilai transaksi perdagangan dalam daerah', '1250', 'Rp miliar', '1318.4', 'Rp miliar'),
        (13, 3, S3, 'Jumlah produk IKM yang terdaftar mereknya', '40', 'produk', '37', 'produk'),
        (14, None, None, 'Jumlah UTTP yang ditera/ditera ulang', '3200', 'UTTP', '3417', 'UTTP'),
        (15, None, None, 'Jumlah pelaku usaha yang difasilitasi promosi', '150', 'pelaku usaha', '163', 'pelaku usaha'),
        (16, None, None, 'Jumlah pasar yang memenuhi SNI pasar rakyat', '3', 'pasar', '2', 'pasar'),
        (17, 4, S4, 'Persentase kios/los pasar yang terisi', '90', '%', '87.25', '%'),
        (18, None, None, 'Indeks kepuasan layanan tera/tera ulang', '80', 'nilai', '83.12', 'nilai'),
        (19, None, None, 'Jumlah kerjasama perdagangan antar daerah', '0', 'dokumen', '1', 'dokumen'),
    ]
    over = {8: '=F8/$D$8', 9: '=F9/$D$8', 10: '=F10/$D$8', 11: '=F11/85', 12: '=F12/D12*100',
            14: '=F14/D14/100', 15: 1.0867, 16: 0.75, 18: '=ROUND(F18/D18,4)'}
    for (r, no, sas, name, t, tu, real, ru) in rows:
        b.put(ws, f'A{r}', no)
        b.put(ws, f'B{r}', sas, wrap=True)
        b.put(ws, f'C{r}', name, wrap=True)
        b.put(ws, f'D{r}', num(t), '#,##0.##;-#,##0.##;"-"')
        b.put(ws, f'E{r}', tu)
        b.put(ws, f'F{r}', num(real), '#,##0.##;-#,##0.##;"-"')
        b.put(ws, f'G{r}', ru)
        e = None if D(t) == 0 else D(real) / D(t)
        b.calc(ws, f'H{r}', over.get(r, f'=F{r}/D{r}'), e, scale=100, fmt=FRAC)
        b.ind(ws, r, name, t, real, tcell=f'D{r}', rcells=[f'F{r}'])
    b.put(ws, 'I11', 'Target PK Perubahan: 88 % (semula 85 %)')
    b.put(ws, 'I19', 'Tidak ditargetkan tahun 2022')
    b.put(ws, 'C21', 'Jumlah Anggaran')
    b.put(ws, 'F21', 6284500000, RP)
    b.put(ws, 'C22', 'Jumlah Realisasi Anggaran')
    b.put(ws, 'F22', 5912346800, RP)
    b.put(ws, 'C23', 'Persentase serapan anggaran')
    b.calc(ws, 'H23', '=F22/F21', D(5912346800) / D(6284500000), scale=100, fmt=FRAC)
    signature(b, ws, 25, 'F', 'Sungguminasa, 20 Januari 2023', 'Kepala Dinas', 'Ir. Andi Muh. Rusdi Basri, M.Si',
              'Pembina Tingkat I', '19730818 200003 1 004')
    b.trap(ws, 'H8', 'absolute_reference_own_row', '=F8/$D$8: the anchored cell is this row\'s own target, so 4/4 = 100.00 % is right (the $ only harms the rows it was copied to)')
    b.mistake(ws, 'H9', 'absolute_reference_copied', '=F9/$D$8 divides by row 8\'s target (4): shows 275.00 %; right 11/12 = 91.67 %')
    b.mistake(ws, 'H10', 'absolute_reference_copied', '=F10/$D$8 divides by row 8\'s target (4): shows 65350.00 %; right 2614/2500 = 104.56 %')
    b.mistake(ws, 'H11', 'hardcoded_constant_in_formula', '=F11/85 keeps the original target 85; the target was revised to 88 (D11, note in I11): shows 96.00 %; right 81.6/88 = 92.73 %')
    b.mistake(ws, 'H12', 'times_100_in_percent_format', '=F12/D12*100 in a 0.00% cell: shows 10547.20 %; right 1318.4/1250 = 105.47 %')
    b.mistake(ws, 'H14', 'divided_by_100', '=F14/D14/100: shows 1.07 %; right 3417/3200 = 106.78 %')
    b.trap(ws, 'H15', 'typed_value_right', 'constant 1.0867 typed where neighbours have =F/D; 163/150 = 1.08667 displays 108.67 %, the same (a tool may note the constant, but the value is right)')
    b.mistake(ws, 'H16', 'typed_value_wrong', 'constant 0.75 typed over the formula: shows 75.00 %; right 2/3 = 66.67 %')
    b.trap(ws, 'H18', 'round_vs_no_round', '=ROUND(F18/D18,4) where neighbours do not round: 83.12/80 = 1.039 exactly, 103.90 % either way')
    b.mistake(ws, 'H19', 'div0_left', 'target 0 ("-", not targeted in 2022) with realisasi 1: =F19/D19 left as #DIV/0!; capaian undefined')
    b.layout = ('One sheet "Pengukuran Kinerja" (.xls, Excel 97). Title rows 1-4, header row 6 (Target and Realisasi each span a value cell '
                'and a unit cell: D/E and F/G), column numbers 1-9 in row 7, indicator rows 8-19 (blank Sasaran = same as above). '
                'Columns: A No, B Sasaran Strategis, C Indikator Kinerja, D Target, E satuan, F Realisasi, G satuan, H %, I Keterangan. '
                'H stores a fraction with number format 0.00% and the formula =F/D (no ROUND, no cap; all indicators positive). '
                'Keys give percent points. Row 19 has target 0 shown "-". Budget lines rows 21-23 (Jumlah Anggaran, Jumlah Realisasi '
                'Anggaran, serapan H23 = F22/F21 as 0.00%); signature from row 25.')
    b.formulas_used = '=F/D under 0.00%'
    return b
