"""The six workbooks of blind13. Each function builds one Book (see build.py)."""
from decimal import Decimal as D
from rules import capaian, rnd, plain, category

M, T = 'M', 'T'


# ---------------------------------------------------------------- W1 (xlsx)
def w1(Book, sign):
    B = Book('pk_dkp_kab_pati_2023', 'xlsx',
             "One sheet 'PK 2023'. Rows 2-7: an empty merged logo area C2:D7 and title lines in E2:E5 (year 2023). "
             "Tabel 3.1 (label C9) starts at column C, row 10: a three-row merged header (rows 10-12: 'Kinerja / Performance' over "
             "'Tahun 2023' over 'Target' and 'Realisasi / Actual'; '% Capaian / Achievement (%)' merged J11:J12) and a row of column numbers (1)-(9) in row 13. "
             "Columns: C No, D Sasaran Strategis / Strategic Objective (merged over its rows), E Indikator Kinerja / Performance Indicator, "
             "F Arah (arrow: \u2191 higher is better, \u2193 lower is better = negative polarity), G Satuan / Unit, H Target, I Realisasi / Actual, "
             "J % Capaian (points, format 0.00; a mix of formulas =I/H*100 and typed values, one typed as text with a decimal comma), K Ket. "
             "Data rows 14-24; row 16 is a parent indicator without figures whose children a./b./c. are rows 17-19; row 19 is hidden. "
             "Row 25 is a source note. Tabel 3.2 (label C28) has its own two-row header (rows 29-30): C No, D Program, E Indikator Program, F Sat., "
             "G Target, H Realisasi / Actual, I % Capaian, J Anggaran (Rp), K Realisasi Anggaran (Rp), L Serapan (%) = K/J*100; data rows 31-33, "
             "row 34 'Jumlah' (totals of J and K). Signature block at J37:J44. Negative indicators use (2 x target - realisasi) / target x 100; no cap.")
    ws = B.sheet('PK 2023')
    for col, wd in zip('CDEFGHIJKL', [5, 26, 40, 7, 16, 14, 14, 16, 18, 18, 12]):
        ws.column_dimensions[col].width = wd
    B.merge(ws, 'C2:D7', None, box=False)
    for i, v in enumerate(['PEMERINTAH KABUPATEN PATI', 'DINAS KELAUTAN DAN PERIKANAN',
                           'PENGUKURAN KINERJA TAHUN 2023', '(Performance Measurement, Fiscal Year 2023)']):
        B.w(ws, f'E{2 + i}', v, bold=True, box=False)
    B.w(ws, 'C9', 'Tabel 3.1 Pengukuran Kinerja Sasaran Strategis / Strategic Objective Performance', bold=True, box=False)
    for col, v in zip('CDEFGK', ['No', 'Sasaran Strategis / Strategic Objective', 'Indikator Kinerja / Performance Indicator',
                                 'Arah', 'Satuan / Unit', 'Ket.']):
        B.merge(ws, f'{col}10:{col}12', v)
    B.merge(ws, 'H10:J10', 'Kinerja / Performance')
    B.merge(ws, 'H11:I11', 'Tahun 2023')
    B.merge(ws, 'J11:J12', '% Capaian / Achievement (%)')
    B.w(ws, 'H12', 'Target', bold=True, center=True)
    B.w(ws, 'I12', 'Realisasi / Actual', bold=True, center=True)
    for i, col in enumerate('CDEFGHIJK'):
        B.w(ws, f'{col}13', f'({i + 1})', center=True)

    def row(r, no, name, arrow, unit, t, rr, stated='auto', role=None, tv=None, rv=None, fmt='0.00', ket=None):
        if no is not None: B.w(ws, f'C{r}', no)
        B.w(ws, f'E{r}', name); B.w(ws, f'F{r}', arrow, center=True); B.w(ws, f'G{r}', unit)
        B.w(ws, f'H{r}', t if tv is None else tv, '#,##0.##' if t is not None and t >= 1000 else None)
        B.w(ws, f'I{r}', rr if rv is None else rv, '#,##0.##' if rr >= 1000 else None)
        if ket: B.w(ws, f'K{r}', ket)
        pol = '+' if arrow == '\u2191' else '-'
        if t is not None:
            B.cap(ws, r, f'J{r}', t, rr, f'H{r}', f'I{r}', pol, stated, fmt, role)
            B.ind(ws, r, name, f'H{r}', f'I{r}', t, rr)
        else:
            B.w(ws, f'J{r}', stated, '0.00')

    B.merge(ws, 'D14:D19', 'Meningkatnya produksi dan kesejahteraan pelaku usaha perikanan', bold=False)
    row(14, 1, 'Produksi perikanan tangkap', '\u2191', 'ton', 24220, 26773, 'F')
    row(15, 2, 'Produksi perikanan budidaya', '\u2191', 'ton', 18500, 17985, 97.21,
        (M, 'capaian truncated instead of rounded', '17.985 / 18.500 x 100 = 97,2162: rounds to 97,22, the sheet shows 97,21 (truncated)'))
    B.w(ws, 'C16', 3); B.w(ws, 'E16', 'Nilai tukar nelayan dan pembudidaya ikan'); B.w(ws, 'G16', 'indeks')
    for c in 'FHIJK': B.w(ws, f'{c}16', None)
    row(17, None, 'a. Nilai Tukar Nelayan (NTN)', '\u2191', 'indeks', 104.5, 106.2, 'F')
    row(18, None, 'b. Nilai Tukar Pembudidaya Ikan (NTPi)', '\u2191', 'indeks', 102, 103.4, '101,37',
        (T, 'right capaian typed as text with a decimal comma', "text '101,37' in a numeric column; 103,4 / 102 x 100 = 101,3725 -> 101,37: right"))
    row(19, None, 'c. Nilai Tukar Petambak Garam (NTPG)', '\u2191', 'indeks', 100, 98.6, 'F', ket='baris disembunyikan')
    ws.row_dimensions[19].hidden = True
    B.merge(ws, 'D20:D21', 'Meningkatnya kepatuhan dan keamanan usaha perikanan', bold=False)
    row(20, 4, 'Persentase kapal perikanan tidak laik operasi', '\u2193', '%', 12, 9.6, 120,
        (T, 'negative polarity computed correctly (above 100)', 'arrow \u2193: (2 x 12 - 9,6) / 12 x 100 = 120,00; right although realisasi < target'))
    row(21, 5, 'Jumlah kasus illegal fishing', '\u2193', 'kasus', 5, 4, 80,
        (M, 'negative indicator computed with the positive formula', 'arrow \u2193: (2 x 5 - 4) / 5 x 100 = 120,00; the sheet shows 4 / 5 x 100 = 80'))
    B.merge(ws, 'D22:D24', 'Meningkatnya konsumsi ikan dan kemandirian nelayan', bold=False)
    row(22, 6, 'Angka konsumsi ikan', '\u2191', 'kg/kapita/tahun', 38.5, 36.97, '=I23/H23*100',
        (M, 'wrong capaian (formula refers to the next row)', 'formula =I23/H23*100 caches 115,00 (row 23); 36,97 / 38,5 x 100 = 96,03'))
    row(23, 7, 'Persentase pembudidaya ikan bersertifikat CBIB', '\u2191', '%', 40, 46, 115,
        (T, 'capaian above 100 that is right', '46 / 40 x 100 = 115,00'))
    # row 24: target blank, formula -> #DIV/0!
    B.w(ws, 'C24', 8); B.w(ws, 'E24', 'Jumlah kelompok nelayan mandiri'); B.w(ws, 'F24', '\u2191', center=True)
    B.w(ws, 'G24', 'kelompok'); B.w(ws, 'H24', None); B.w(ws, 'I24', 12); B.w(ws, 'J24', '=I24/H24*100', '0.00')
    B.w(ws, 'K24', 'target belum ditetapkan')
    B.add(ws, 24, 'J24', 'err', 'bad', (M, 'cached formula error #DIV/0! (target blank)',
          'target cell H24 is blank, the formula caches #DIV/0!; capaian is undefined without a target'), 'undefined',
          tcell='H24', rcell='I24', pol='+')
    B.w(ws, 'C25', 'Sumber: Bidang Perikanan Tangkap dan Budidaya, data per 31 Desember 2023.', box=False)

    B.w(ws, 'C28', 'Tabel 3.2 Pengukuran Kinerja Program / Programme Performance', bold=True, box=False)
    for col, v in zip('CDEF', ['No', 'Program', 'Indikator Program / Programme Indicator', 'Sat.']):
        B.merge(ws, f'{col}29:{col}30', v)
    B.merge(ws, 'G29:I29', 'Kinerja / Performance'); B.merge(ws, 'J29:L29', 'Anggaran / Budget')
    for col, v in zip('GHIJKL', ['Target', 'Realisasi / Actual', '% Capaian', 'Anggaran (Rp)', 'Realisasi Anggaran (Rp)', 'Serapan (%)']):
        B.w(ws, f'{col}30', v, bold=True, center=True)

    def prow(r, no, prog, name, unit, t, rr, st, role, ang, real, sst, srole):
        B.w(ws, f'C{r}', no); B.w(ws, f'D{r}', prog); B.w(ws, f'E{r}', name); B.w(ws, f'F{r}', unit)
        B.w(ws, f'G{r}', t, '#,##0' if t >= 1000 else None); B.w(ws, f'H{r}', rr, '#,##0' if rr >= 1000 else None)
        B.cap(ws, r, f'I{r}', t, rr, f'G{r}', f'H{r}', '+', st, '0.00', role)
        B.ind(ws, r, name, f'G{r}', f'H{r}', t, rr)
        B.w(ws, f'J{r}', ang, '#,##0'); B.w(ws, f'K{r}', real, '#,##0')
        B.cap(ws, r, f'L{r}', ang, real, f'J{r}', f'K{r}', '+', sst, '0.00', srole)

    prow(31, 1, 'Program Pengelolaan Perikanan Tangkap', 'Persentase nelayan yang terlindungi asuransi', '%', 35, 38.5, 110, None,
         1245600000, 1198350000, 'F', None)
    prow(32, 2, 'Program Pengelolaan Perikanan Budidaya', 'Jumlah benih ikan yang didistribusikan', 'ekor', 2500000, 2730000, 'F', None,
         865400000, 801250500, 92.58,
         (M, 'serapan truncated instead of rounded', '801.250.500 / 865.400.000 x 100 = 92,5872: rounds to 92,59, the sheet shows 92,58'))
    prow(33, 3, 'Program Pengolahan dan Pemasaran Hasil Perikanan', 'Jumlah UMKM pengolah ikan yang dibina', 'unit usaha', 120, 126, 1.05,
         (M, 'capaian as a fraction in a percent-points column', '126 / 120 x 100 = 105,00; the cell holds 1,05 in a 0.00 (points) column'),
         540000000, 512300000, 'F', None)
    B.merge(ws, 'C34:I34', 'Jumlah', box=True)
    B.w(ws, 'J34', 2650000000, '#,##0'); B.w(ws, 'K34', '=SUM(K31:K33)', '#,##0'); B.w(ws, 'L34', '=K34/J34*100', '0.00')
    B.add(ws, 34, 'J34', 'sum', 'bad', (M, 'total does not add up',
          '1.245.600.000 + 865.400.000 + 540.000.000 = 2.651.000.000; the total cell says 2.650.000.000. L34 (=K34/J34*100, 94,79) only follows this cell (94,75 with the right total): a consequence, not a separate mistake'), '2651000000',
          parts=['J31', 'J32', 'J33'])
    B.add(ws, 34, 'K34', 'sum', 'ok', parts=['K31', 'K32', 'K33'])
    B.add(ws, 34, 'L34', 'cap', 'consequence', tcell='J34', rcell='K34', pol='+', cap100=False,
          t_int='2651000000', r_int=None, hint_t=None, hint_r=None)
    sign(B, ws, 'J', 37, 'Pati, 31 Januari 2024', 'Kepala Dinas Kelautan dan Perikanan Kabupaten Pati',
         'Ir. BAMBANG SURYO HANDOKO, M.Si', 'Pembina Utama Muda (IV/c)', 'NIP. 19680512 199303 1 007')
    return B


# ---------------------------------------------------------------- W2 (xls)
def w2(Book, sign):
    B = Book('lkjip_dpmptsp_kab_gresik_2024', 'xls',
             "One sheet 'Tabel 3.3', an LKjIP chapter III multi-year table; all headers in capitals. Rows 1-3 title. Header rows 5-6: "
             "A NO, B SASARAN (merged over its rows), C INDIKATOR KINERJA, D SAT., E SIFAT (Maximize = higher is better, Minimize = lower is better), "
             "then four merged year labels 2021 (F:H), 2022 (I:K), 2023 (L:N), 2024 (O:Q), each with TARGET | REALISAI (typo in the header) | CAPAIAN (%). "
             "Row 7 holds column numbers (1)-(17). Data rows 8-13. Every CAPAIAN cell is a fraction in a 0.00% percent format "
             "(formulas =G/F or typed fractions); each year's capaian is checked; the key's indicators list only the 2024 (latest year) figures. Minimize indicators use (2 x target - realisasi) / target x 100; no cap. "
             "Source note in row 15, signature block from row 17 (column N).")
    ws = B.sheet('Tabel 3.3')
    for col, wd in zip('ABCDE', [5, 26, 42, 10, 11]):
        ws.column_dimensions[col].width = wd
    for i, v in enumerate(['TABEL 3.3', 'PERBANDINGAN TARGET, REALISASI DAN CAPAIAN KINERJA TAHUN 2021 - 2024',
                           'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN GRESIK']):
        B.w(ws, f'A{1 + i}', v, bold=True, box=False)
    for col, v in zip('ABCDE', ['NO', 'SASARAN', 'INDIKATOR KINERJA', 'SAT.', 'SIFAT']):
        B.merge(ws, f'{col}5:{col}6', v)
    years = [2021, 2022, 2023, 2024]
    ycols = [('F', 'G', 'H'), ('I', 'J', 'K'), ('L', 'M', 'N'), ('O', 'P', 'Q')]
    for y, (a, b, c) in zip(years, ycols):
        B.merge(ws, f'{a}5:{c}5', str(y))
        for col, v in zip((a, b, c), ['TARGET', 'REALISAI', 'CAPAIAN (%)']):
            B.w(ws, f'{col}6', v, bold=True, center=True)
    for i, col in enumerate('ABCDEFGHIJKLMNOPQ'):
        B.w(ws, f'{col}7', f'({i + 1})', center=True)
    B.merge(ws, 'B8:B9', 'Meningkatnya investasi daerah', bold=False)
    B.merge(ws, 'B10:B13', 'Meningkatnya kualitas pelayanan perizinan', bold=False)

    def row(r, no, name, unit, sifat, figs, stated, roles):
        B.w(ws, f'A{r}', no); B.w(ws, f'C{r}', name); B.w(ws, f'D{r}', unit); B.w(ws, f'E{r}', sifat)
        pol = '+' if sifat == 'Maximize' else '-'
        for i, ((t, rr), (a, b, c)) in enumerate(zip(figs, ycols)):
            B.w(ws, f'{a}{r}', t); B.w(ws, f'{b}{r}', rr)
            B.cap(ws, r, f'{c}{r}', t, rr, f'{a}{r}', f'{b}{r}', pol, stated[i], '0.00%', roles[i])
        t, rr = figs[-1]
        B.ind(ws, r, name, f'O{r}', f'P{r}', t, rr, note='2024 (latest year) figures only')

    row(8, 1, 'Nilai realisasi investasi', 'Miliar Rp', 'Maximize',
        [(1850, 2012.5), (1950, 2204.3), (2100, 2356.8), (2250, 2419.6)], ['F', 113.04, 'auto', 'F'],
        [None, (M, 'percent points in a percent-format column', '2022: 2.204,3 / 1.950 = 113,04 %; the cell holds 113,04 in a 0.00% format, i.e. 11304,00 %'), None, None])
    row(9, 2, 'Persentase perizinan yang terbit tepat waktu', '%', 'Maximize',
        [(90, 92.4), (92, 93.1), (94, 95.2), (95, 94.6)], ['auto', 'F', 'auto', 0.9957],
        [None, None, None, (M, 'capaian truncated instead of rounded', '2024: 94,6 / 95 x 100 = 99,5789: rounds to 99,58 %, the cell shows 99,57 %')])
    row(10, 3, 'Rata-rata waktu penyelesaian perizinan', 'hari', 'Minimize',
        [(7, 6.5), (6, 5.2), (5, 4.6), (5, 5.5)], ['F', 'auto', 0.92, 'F'],
        [None, (T, 'negative polarity computed correctly (above 100)', '2022, Minimize: (2 x 6 - 5,2) / 6 = 113,33 %'),
         (M, 'negative indicator computed with the positive formula', '2023, Minimize: (2 x 5 - 4,6) / 5 = 108,00 %; the cell holds 4,6 / 5 = 92,00 %'),
         (T, 'negative polarity computed correctly (below 100)', '2024, Minimize: realisasi 5,5 above target 5: (2 x 5 - 5,5) / 5 = 90,00 %')])
    row(11, 4, 'Indeks Kepuasan Masyarakat (IKM)', 'indeks', 'Maximize',
        [(82, 83.45), (83, 84.1), (84, 85.37), (85, 86.02)], [1.1177, 'F', 'auto', 'auto'],
        [(M, 'wrong capaian', '2021: 83,45 / 82 = 101,77 %; the cell shows 111,77 %'), None, None, None])
    row(12, 5, 'Jumlah pengaduan perizinan', 'kasus', 'Minimize',
        [(40, 35), (35, 38), (30, 24), (25, 21)], ['auto', 'F', 'auto', 'F'],
        [None, None, (T, 'negative polarity computed correctly (above 100)', '2023, Minimize: (2 x 30 - 24) / 30 = 120,00 %'), None])
    row(13, 6, 'Persentase pelaku usaha yang terdaftar pada OSS', '%', 'Maximize',
        [(60, 58.2), (65, 66.3), (70, 72.8), (75, 79.1)], ['F', 'auto', 'F', 'auto'], [None] * 4)
    B.w(ws, 'A15', 'Sumber: Bidang Pelayanan Perizinan DPMPTSP Kabupaten Gresik, diolah (2025)', box=False)
    sign(B, ws, 'N', 17, 'Gresik, 20 Februari 2025', 'KEPALA DINAS PENANAMAN MODAL DAN PTSP',
         'Dra. SRI WAHYUNINGSIH, M.M.', 'Pembina Utama Muda (IV/c)', 'NIP. 19700318 199503 2 004')
    return B


# ---------------------------------------------------------------- W3 (ods) quarterly
def w3(Book, sign):
    B = Book('ra_bapenda_kab_banyuwangi_2024', 'ods',
             "One sheet 'RA 2024', a quarterly Rencana Aksi / Pengukuran Kinerja. Rows 1-3 title (Tahun Anggaran 2024). Three-row merged header, rows 5-7: "
             "B No, C Sasaran Strategis (merged over its rows), D Indikator Kinerja, E Sat., F Tgt. Tahunan, then 'Rencana Aksi / Kriteria Keberhasilan' "
             "over TW I (B03) G:I, TW II (B06) J:L, TW III (B09) M:O, TW IV (B12) P:R, each Tgt. | Real. | %; S Real. Tahunan, T Capaian Tahunan (%), U Ket. "
             "Row 8 holds column numbers (1)-(20). Data rows 9-15. % cells are points (0.00), typed or =MIN(real/tgt*100,100). "
             "Quarter target styles: cumulative (rows 9, 10, 15: Real. Tahunan = TW IV), per quarter (rows 11, 12, 14: Real. Tahunan = sum of the quarters), "
             "and a schedule in percent of the year's work (row 13, targets '30 %'..'100 %' against 2 dokumen). "
             "Note in row 17: capaian above 100 % is written 100 % (the workbook caps at 100, consistently). Signature block from row 19 (column R).",
             cap100=True)
    ws = B.sheet('RA 2024')
    ws.column_dimensions['C'].width = 24; ws.column_dimensions['D'].width = 38
    for i, v in enumerate(['RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN', 'BADAN PENDAPATAN DAERAH KABUPATEN BANYUWANGI',
                           'TAHUN ANGGARAN 2024']):
        B.w(ws, f'B{1 + i}', v, bold=True, box=False)
    for col, v in zip('BCDEFSTU', ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Sat.', 'Tgt. Tahunan', 'Real. Tahunan',
                                   'Capaian Tahunan (%)', 'Ket.']):
        B.merge(ws, f'{col}5:{col}7', v)
    B.merge(ws, 'G5:R5', 'Rencana Aksi / Kriteria Keberhasilan')
    q = [('G', 'H', 'I'), ('J', 'K', 'L'), ('M', 'N', 'O'), ('P', 'Q', 'R')]
    for lab, (a, b, c) in zip(['TW I (B03)', 'TW II (B06)', 'TW III (B09)', 'TW IV (B12)'], q):
        B.merge(ws, f'{a}6:{c}6', lab)
        for col, v in zip((a, b, c), ['Tgt.', 'Real.', '%']):
            B.w(ws, f'{col}7', v, bold=True, center=True)
    for i, col in enumerate('BCDEFGHIJKLMNOPQRSTU'):
        B.w(ws, f'{col}8', f'({i + 1})', center=True)
    B.merge(ws, 'C9:C10', 'Meningkatnya pendapatan asli daerah', bold=False)
    B.merge(ws, 'C11:C15', 'Meningkatnya kualitas pelayanan pajak daerah', bold=False)

    def row(r, no, name, unit, annual, style, qt, qr, qst, qroles, s_stated=None, s_role=None, s_true=None, t_st='auto', t_role=None,
            pct_text=False, ket=None):
        B.w(ws, f'B{r}', no); B.w(ws, f'D{r}', name); B.w(ws, f'E{r}', unit); B.w(ws, f'F{r}', annual)
        for (a, b, c), t, rr, st, rl in zip(q, qt, qr, qst, qroles):
            B.w(ws, f'{a}{r}', f'{t} %' if pct_text else t); B.w(ws, f'{b}{r}', f'{rr} %' if pct_text else rr)
            B.cap(ws, r, f'{c}{r}', t, rr, f'{a}{r}', f'{b}{r}', '+', st, '0.00', rl)
        if style == 'cum':
            real = qr[3]; B.w(ws, f'S{r}', f'=Q{r}' if s_stated is None else s_stated)
            B.add(ws, r, f'S{r}', 'sum', 'ok', parts=[f'Q{r}'])
        elif style == 'perq':
            real = sum(qr)
            B.w(ws, f'S{r}', f'=H{r}+K{r}+N{r}+Q{r}' if s_stated is None else s_stated)
            B.add(ws, r, f'S{r}', 'sum', 'bad' if s_role else 'ok', s_role, plain(real), parts=[f'H{r}', f'K{r}', f'N{r}', f'Q{r}'])
        else:  # schedule: Real. Tahunan typed in the annual unit
            real = s_true; B.w(ws, f'S{r}', s_true)
            B.add(ws, r, f'G{r}', 'sched', 'ok', (T, 'quarter targets as a schedule in percent of the year\'s work',
                  "quarter targets 30 / 50 / 80 / 100 % against an annual target of 2 dokumen: the schedule style of domain.md, not a mistake"),
                  cells=[f'G{r}', f'J{r}', f'M{r}', f'P{r}'])
        B.cap(ws, r, f'T{r}', annual, real, f'F{r}', f'S{r}', '+', t_st, '0.00', t_role, r_int=real if s_role else None)
        B.ind(ws, r, name, f'F{r}', f'S{r}', annual, real, r_int=plain(real) if s_role else False)
        if ket: B.w(ws, f'U{r}', ket)

    capt = lambda cell, note: (T, 'capaian capped at 100 as the workbook states', note)
    row(9, 1, 'Realisasi Pendapatan Asli Daerah (PAD)', 'Miliar Rp', 412.5, 'cum', [85, 190, 300, 412.5], [92.3, 201.6, 296.4, 405.8],
        ['F', 100, 'auto', 'auto'],
        [capt('I9', 'TW I: 92,3 / 85 x 100 = 108,59, written 100 under the cap note (row 17)'),
         capt('L9', 'TW II: 201,6 / 190 x 100 = 106,11, written 100 under the cap note'), None, None])
    row(10, 2, 'Rasio PAD terhadap total pendapatan daerah', '%', 14.5, 'cum', [3.2, 6.9, 10.6, 14.5], [3.0, 6.7, 10.9, 14.1],
        ['auto', 97.01, 'F', 'auto'],
        [None, (M, 'wrong capaian', 'TW II: 6,7 / 6,9 x 100 = 97,10; the sheet shows 97,01'), None, None])
    row(11, 3, 'Jumlah kegiatan sosialisasi pajak daerah', 'kegiatan', 24, 'perq', [6, 6, 6, 6], [5, 7, 6, 8],
        ['auto', 100, 'F', 100], [None] * 4, s_stated=24,
        s_role=(M, 'quarter sum does not add up', 'per-quarter targets (6 x 4 = 24); realisasi 5 + 7 + 6 + 8 = 26, Real. Tahunan says 24. T11 (100) is right either way under the cap (26 / 24 = 108,33 -> 100)'),
        t_st=100)
    row(12, 4, 'Jumlah laporan realisasi pendapatan daerah', 'laporan', 4, 'perq', [1, 1, 1, 1], [1, 1, 1, 1],
        ['auto', 'auto', 'F', 'auto'], [None] * 4)
    row(13, 5, 'Tersusunnya dokumen kajian potensi pajak daerah', 'dokumen', 2, 'sched', [30, 50, 80, 100], [25, 50, 85, 100],
        ['auto', 'auto', 100, 'auto'], [None] * 4, s_true=2, pct_text=True, ket='target triwulan dalam % penyelesaian')
    row(14, 6, 'Jumlah wajib pajak daerah baru yang terdaftar', 'WP', 1200, 'perq', [300, 300, 300, 300], [280, 310, 296, 335],
        ['auto', 'F', 98.66, 100],
        [None, None, (M, 'capaian truncated instead of rounded', 'TW III: 296 / 300 x 100 = 98,6667: rounds to 98,67, the sheet shows 98,66'), None],
        t_st=100, t_role=capt('T14', 'annual: 1.221 / 1.200 x 100 = 101,75, written 100 under the cap note'))
    row(15, 7, 'Tingkat kepatuhan wajib pajak hotel dan restoran', '%', 85, 'cum', [80, 82, 84, 85], [78.5, 81.2, 84.9, 86.1],
        [98.13, 0.99, 100, 'F'],
        [(T, 'stated capaian rounded half up', 'TW I: 78,5 / 80 x 100 = 98,125 exactly: half up gives 98,13 (right)'),
         (M, 'capaian as a fraction in a percent-points column', 'TW II: 81,2 / 82 x 100 = 99,02; the cell holds 0,99'), None, None],
        t_st=100)
    B.w(ws, 'B17', 'Catatan: capaian yang melebihi 100% ditulis 100% (capaian dibatasi paling tinggi 100%).', box=False)
    sign(B, ws, 'R', 19, 'Banyuwangi, 10 Januari 2025', 'Kepala Badan Pendapatan Daerah',
         'Drs. AGUS SETIAWAN PRIHANTORO', 'Pembina Tingkat I (IV/b)', 'NIP. 19720905 199802 1 003')
    return B


# ---------------------------------------------------------------- W4 (xlsx) one sheet per sasaran, English headers
def w4(Book, sign):
    B = Book('pengukuran_dinsos_kab_sumedang_2022', 'xlsx',
             "Three sheets, one per sasaran: 'Sasaran 1', 'Sasaran 2', 'Sasaran 3'. Each: rows 1-2 title (Performance Measurement 2022, the sasaran), "
             "header in row 4 with English headers and an autofilter: A No, B Performance Indicator, C Unit, D Target, E Actual, F Achievement (%) "
             "(points; numbers with 0, 0.0 or 0.00 format, or text such as '102,82' / '103,57%'), G Category (Permendagri scale: >= 91 Sangat Tinggi, "
             "76-90 Tinggi, 66-75 Sedang, 51-65 Rendah, <= 50 Sangat Rendah), H Remarks. Data from row 5 (Sasaran 1: 5-10, Sasaran 2: 5-9, "
             "Sasaran 3: 5-8). Many figures are text as people type them: non-breaking or trailing spaces, text numbers (typed with a leading apostrophe), "
             "'%' suffix, decimal comma, 'Rp.' prefix and ',-' suffix, a footnote mark '*)' explained under the table, '1,260' (comma grouping in a count). "
             "Qualitative targets: 'A' (grade) and 'WTP'. No negative indicators; no cap. The footnote '*) data sementara ...' is in 'Sasaran 3'!A10 and the signature block in 'Sasaran 3'!F12:F19.")

    def sheet(title, sas, rows_last):
        ws = B.sheet(title)
        ws.column_dimensions['B'].width = 52; ws.column_dimensions['D'].width = 20; ws.column_dimensions['E'].width = 22
        ws.column_dimensions['G'].width = 15
        B.w(ws, 'A1', 'Performance Measurement / Pengukuran Kinerja 2022 - Dinas Sosial Kabupaten Sumedang', bold=True, box=False)
        B.w(ws, 'A2', sas, bold=True, box=False)
        for col, v in zip('ABCDEFGH', ['No', 'Performance Indicator', 'Unit', 'Target', 'Actual', 'Achievement (%)', 'Category', 'Remarks']):
            B.w(ws, f'{col}4', v, bold=True, center=True)
        ws.auto_filter.ref = f'A4:H{rows_last}'
        return ws

    def row(ws, r, no, name, unit, dv, ev, t, rr, st, fmt, role, cat, cat_role=None, cat_expect='ok', ind=True, hint_r=None,
            r_int=False, cat_capcell=None, rem=None):
        B.w(ws, f'A{r}', no); B.w(ws, f'B{r}', name); B.w(ws, f'C{r}', unit); B.w(ws, f'D{r}', dv); B.w(ws, f'E{r}', ev)
        B.cap(ws, r, f'F{r}', t, rr, f'D{r}', f'E{r}', '+', st, fmt, role, hint_r=hint_r, r_int=rr if r_int else None)
        B.w(ws, f'G{r}', cat)
        v = capaian(t, rr)
        B.add(ws, r, f'G{r}', 'cat', cat_expect, cat_role, category(v) if v is not None else '', tcell=f'D{r}', rcell=f'E{r}',
              pol='+', capcell=f'F{r}', hint_r=hint_r, r_int=str(rr) if r_int else None)
        if ind: B.ind(ws, r, name, f'D{r}', f'E{r}', t, rr, hint_r=hint_r, r_int=plain(rr) if r_int else False)
        if rem: B.w(ws, f'H{r}', rem)

    ws = sheet('Sasaran 1', 'Strategic Objective 1: Meningkatnya penanganan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)', 10)
    row(ws, 5, 1, 'Persentase PPKS yang tertangani', '%', '85\u00a0', '87,40 %', 85, D('87.40'), '102,82', None,
        (T, 'right figures in odd notation', "target '85' + non-breaking space (text), actual '87,40 %' (text, decimal comma, % suffix); 87,4 / 85 x 100 = 102,82"),
        'Sangat Tinggi')
    row(ws, 6, 2, 'Jumlah keluarga penerima bantuan sosial pangan', 'KPM', '12.500', '12.386 ', 12500, 12386, 99.09, '0.00', None, 'Sangat Tinggi')
    B.noclean.add(('Sasaran 1', 6))
    row(ws, 7, 3, 'Jumlah anak terlantar yang mendapat layanan', 'orang', 150, 96, 150, 96, 64, '0.00', None, 'Sedang',
        cat_role=(M, 'wrong category', '96 / 150 x 100 = 64,00, which is Rendah (51-65), not Sedang'), cat_expect='bad')
    B.w(ws, 'A8', 4); B.w(ws, 'B8', 'Predikat SAKIP Dinas Sosial'); B.w(ws, 'C8', 'predikat'); B.w(ws, 'D8', 'A'); B.w(ws, 'E8', 'A')
    B.w(ws, 'F8', 100, '0.00'); B.w(ws, 'G8', 'Sangat Tinggi')
    B.add(ws, 8, 'F8', 'qual', 'ok', (T, 'qualitative (grade) target with a right capaian',
          "target grade 'A', realisasi 'A': at the target grade, capaian 100 (domain.md, grade indicators)"), tcell='D8', rcell='E8')
    row(ws, 9, 5, 'Jumlah Lembaga Kesejahteraan Sosial (LKS) terakreditasi', 'lembaga', 40, 43, 40, 43, 108, '0',
        (T, 'stated capaian rounded half up at 0 decimals', '43 / 40 x 100 = 107,5 exactly; half up at 0 decimals gives 108 (right)'), 'Sangat Tinggi')
    row(ws, 10, 6, 'Jumlah keluarga penerima bantuan sosial pangan', 'KPM', 12500, 12386, 12500, 12386, 99.09, '0.00', None, 'Sangat Tinggi')
    B.mist.append({'sheet': 'Sasaran 1', 'row': 10, 'cell': 'B10', 'kind': 'duplicate indicator row', 'correct': '',
                   'note': 'same indicator and figures as row 6 (Jumlah keluarga penerima bantuan sosial pangan, 12.500 / 12.386 / 99,09)'})
    B.checks.append({'type': 'dup', 'sheet': 'Sasaran 1', 'row': 10, 'cell': 'B10', 'expect': 'bad', 'role': 'M', 'correct': '',
                     'other': 6, 'cols': ['B', 'C', 'D', 'E', 'F']})

    ws = sheet('Sasaran 2', 'Strategic Objective 2: Meningkatnya perlindungan dan jaminan sosial', 9)
    row(ws, 5, 1, 'Persentase lansia terlantar yang mendapat pelayanan sosial', '%', '70%', '72,5%', 70, D('72.5'), '103,57%', None, None,
        'Sangat Tinggi')
    row(ws, 6, 2, 'Jumlah penyandang disabilitas penerima alat bantu', 'orang', '1.200', '1,260', 1200, 1260, 105, '0',
        (T, 'comma used to group thousands in a count', "actual '1,260' orang is a count (1.260), as its 105 % confirms: 1.260 / 1.200 x 100 = 105"),
        'Sangat Tinggi', hint_r='count')
    row(ws, 7, 3, 'Nilai bantuan stimulan rumah tidak layak huni', 'Rp', 'Rp. 2.450.000.000', 'Rp. 2.398.750.000,-', 2450000000, 2398750000,
        97.9, '0.0', (T, 'right figure in money notation, rounded at 1 decimal',
                      "'Rp. 2.398.750.000,-' / 'Rp. 2.450.000.000' x 100 = 97,908: 97,9 at the one decimal shown (right)"), 'Sangat Tinggi')
    row(ws, 8, 4, 'Persentase PMKS yang memperoleh jaminan sosial', '%', 60, 44.1, 60, D('44.1'), 37.5, '0.00',
        (M, 'wrong capaian', '44,1 / 60 x 100 = 73,50; the sheet shows 37,50 (digits swapped). G8 Sangat Rendah only follows F8 (73,50 is Sedang): a consequence'), 'Sangat Rendah', cat_expect='consequence')
    row(ws, 9, 5, 'Jumlah Taruna Siaga Bencana (Tagana) yang dilatih', 'orang', 240, '25O', 240, 250, 104.17, '0.00', None, 'Sangat Tinggi',
        r_int=True)
    B.mist.append({'sheet': 'Sasaran 2', 'row': 9, 'cell': 'E9', 'kind': 'letter O typed for zero', 'correct': '250',
                   'note': "actual typed '25O' (letter O); 250 / 240 x 100 = 104,17 as stated"})
    B.checks.append({'type': 'fig', 'sheet': 'Sasaran 2', 'row': 9, 'cell': 'E9', 'expect': 'bad', 'role': 'M', 'correct': '250',
                     'intended': '250', 'tcell': 'D9', 'capcell': 'F9', 'pol': '+'})

    ws = sheet('Sasaran 3', 'Strategic Objective 3: Meningkatnya pemberdayaan sosial dan tata kelola', 8)
    B.w(ws, 'A5', 1); B.w(ws, 'B5', 'Opini BPK atas Laporan Keuangan Pemerintah Daerah'); B.w(ws, 'C5', 'opini'); B.w(ws, 'D5', 'WTP')
    B.w(ws, 'E5', 'WTP'); B.w(ws, 'F5', None); B.w(ws, 'G5', None); B.w(ws, 'H5', 'kualitatif')
    B.add(ws, 5, 'F5', 'qual', 'ok', (T, 'qualitative target with the capaian left blank',
          "target 'WTP', realisasi 'WTP': nothing to compute; a blank capaian is not a mistake"), tcell='D5', rcell='E5')
    row(ws, 6, 2, 'Jumlah desa/kelurahan dengan Puskesos aktif', 'desa', 270, '241*)', 270, 241, 89.26, '0.00',
        None, 'Tinggi', rem='*) data sementara')
    B.traps.append({'sheet': 'Sasaran 3', 'row': 6, 'cell': 'E6', 'kind': 'figure followed by a footnote mark',
                    'note': "actual '241*)' (footnote explained in A10); 241 / 270 x 100 = 89,26, category Tinggi: right"})
    B.checks.append({'type': 'numtext', 'sheet': 'Sasaran 3', 'row': 6, 'cell': 'E6', 'expect': 'ok', 'role': 'T', 'value': '241'})
    row(ws, 7, 3, 'Jumlah kasus penelantaran anak yang tidak tertangani', 'kasus', 0, 0, 0, 0, 100, '0.00',
        (M, 'target zero with a capaian stated', 'target 0: capaian is undefined; the sheet states 100,00. G7 Sangat Tinggi only follows F7: a consequence'), 'Sangat Tinggi',
        cat_expect='consequence')
    row(ws, 8, 4, 'Persentase korban bencana yang mendapat bantuan dalam 3x24 jam', '%', 100, 100, 100, 100, 100, '0.00', None, 'Sangat Tinggi')
    B.w(ws, 'A10', '*) data sementara per 31 Desember 2022, angka tetap menunggu verifikasi Kemensos', box=False)
    sign(B, ws, 'F', 12, 'Sumedang, 25 Januari 2023', 'Kepala Dinas Sosial', 'Hj. NENENG KURNIASIH, S.Sos., M.Si',
         'Pembina Tingkat I (IV/b)', 'NIP. 19740611 199903 2 005')
    return B


# ---------------------------------------------------------------- W5 (xls)
def w5(Book, sign):
    B = Book('pengukuran_dishub_kab_klaten_2023', 'xls',
             "One sheet 'Pengukuran 2023'. Rows 2-7: an empty merged logo area C2:D7 and letterhead lines in E2:E4; title in C8 (merged C8:K8) says "
             "'PENGUKURAN KINERJA TAHUN 2022' while the header, budget lines and date say 2023; agency line in C9. The table starts at column C, row 12: "
             "two-row header (rows 12-13): C No., D Sasaran Strategis (merged over its rows), E Indikator Kinerja, F Sat., 'Tahun 2023' merged over "
             "G 'Taget' (typo) and H 'Realisasi', I Persentase Capaian (points; 0.00 / 0 format, formulas or typed, one text '107,5 %'), J Predikat "
             "(Permendagri scale of the capaian), K Ket. Data rows 14-24. Negative polarity is shown only by '(semakin kecil semakin baik)' in the name; "
             "they use (2 x target - realisasi) / target x 100; no cap. Budget lines in rows 26-27, date and signature from row 29 (column I).")
    ws = B.sheet('Pengukuran 2023')
    for col, wd in zip('CDEFGHIJK', [5, 26, 50, 10, 12, 12, 14, 14, 14]):
        ws.column_dimensions[col].width = wd
    B.merge(ws, 'C2:D7', None, box=False)
    for i, v in enumerate(['PEMERINTAH KABUPATEN KLATEN', 'DINAS PERHUBUNGAN', 'Jl. Pemuda No. 154 Klaten, Jawa Tengah']):
        B.w(ws, f'E{2 + i}', v, bold=i < 2, box=False)
    B.merge(ws, 'C8:K8', 'PENGUKURAN KINERJA TAHUN 2022', box=False)
    B.w(ws, 'C9', 'Dinas Perhubungan Kabupaten Klaten', box=False)
    B.mist.append({'sheet': 'Pengukuran 2023', 'row': 8, 'cell': 'C8', 'kind': 'year in the title disagrees with the table',
                   'correct': '2023', 'note': "title says 2022; the header 'Tahun 2023' (G12), the sheet name, the budget lines (2023) and the date (Januari 2024) say 2023"})
    B.checks.append({'type': 'year', 'sheet': 'Pengukuran 2023', 'row': 8, 'cell': 'C8', 'expect': 'bad', 'role': 'M', 'correct': '2023',
                     'wrong': '2022', 'evidence': ['G12', 'C26', 'C27']})
    for col, v in zip('CDEFIJK', ['No.', 'Sasaran Strategis', 'Indikator Kinerja', 'Sat.', 'Persentase Capaian', 'Predikat', 'Ket.']):
        B.merge(ws, f'{col}12:{col}13', v)
    B.merge(ws, 'G12:H12', 'Tahun 2023')
    B.w(ws, 'G13', 'Taget', bold=True, center=True); B.w(ws, 'H13', 'Realisasi', bold=True, center=True)
    B.merge(ws, 'D14:D16', 'Meningkatnya keselamatan dan kelaikan transportasi', bold=False)
    B.merge(ws, 'D17:D20', 'Meningkatnya kualitas layanan angkutan umum', bold=False)
    B.merge(ws, 'D21:D24', 'Menurunnya pelanggaran lalu lintas dan muatan', bold=False)

    def row(r, no, name, unit, t, rr, st, fmt, role, pred, pred_role=None, pred_expect='ok', gv=None, hv=None, r_int=False):
        neg = 'semakin kecil semakin baik' in name
        B.w(ws, f'C{r}', no); B.w(ws, f'E{r}', name); B.w(ws, f'F{r}', unit)
        B.w(ws, f'G{r}', t if gv is None else gv, '#,##0' if t >= 1000 else None)
        B.w(ws, f'H{r}', rr if hv is None else hv, '#,##0' if (hv is None and rr >= 1000) else None)
        B.cap(ws, r, f'I{r}', t, rr, f'G{r}', f'H{r}', '-' if neg else '+', st, fmt, role, r_int=rr if r_int else None)
        B.w(ws, f'J{r}', pred)
        v = capaian(t, rr, '-' if neg else '+')
        B.add(ws, r, f'J{r}', 'cat', pred_expect, pred_role, category(v), tcell=f'G{r}', rcell=f'H{r}', pol='-' if neg else '+',
              capcell=f'I{r}', r_int=str(rr) if r_int else None, hint_r=None)
        B.ind(ws, r, name, f'G{r}', f'H{r}', t, rr, r_int=plain(rr) if r_int else False)

    row(14, 1, 'Jumlah kecelakaan lalu lintas di jalan kabupaten (semakin kecil semakin baik)', 'kejadian', 120, 104, 113.33, '0.00',
        (T, 'negative polarity computed correctly', "'(semakin kecil semakin baik)': (2 x 120 - 104) / 120 x 100 = 113,33"), 'Sangat Tinggi')
    row(15, 2, 'Persentase fasilitas perlengkapan jalan dalam kondisi baik', '%', 78, 80.6, 'F', '0.00', None, 'Sangat Tinggi')
    row(16, 3, 'Persentase armada angkutan umum yang lulus uji KIR', 'unit', 92, 88.5, 'F', '0.00', None, 'Sangat Tinggi')
    B.mist.append({'sheet': 'Pengukuran 2023', 'row': 16, 'cell': 'F16', 'kind': 'unit unlike the name', 'correct': '%',
                   'note': "name says 'Persentase' but the unit is 'unit' (figures 92 / 88,5 / 96,20 are percentages)"})
    B.checks.append({'type': 'unit', 'sheet': 'Pengukuran 2023', 'row': 16, 'cell': 'F16', 'expect': 'bad', 'role': 'M', 'correct': '%',
                     'namecell': 'E16'})
    row(17, 4, 'Jumlah penumpang angkutan umum', 'orang', 245000, 251000, 102.45, '0.00', None, 'Sangat Tinggi', hv=251, r_int=True)
    B.mist.append({'sheet': 'Pengukuran 2023', 'row': 17, 'cell': 'H17', 'kind': 'realisasi typed with thousands dropped', 'correct': '251000',
                   'note': 'realisasi 251 against a target of 245.000; the stated 102,45 % implies 251.000 (251.000 / 245.000 x 100 = 102,45)'})
    B.checks.append({'type': 'fig', 'sheet': 'Pengukuran 2023', 'row': 17, 'cell': 'H17', 'expect': 'bad', 'role': 'M', 'correct': '251000',
                     'intended': '251000', 'tcell': 'G17', 'capcell': 'I17', 'pol': '+'})
    row(18, 5, 'Pendapatan retribusi parkir', 'juta Rp', 1150, 1250, 108.70, '0.00', None, 'Sangat Tinggi', hv='1.250.00', r_int=True)
    B.mist.append({'sheet': 'Pengukuran 2023', 'row': 18, 'cell': 'H18', 'kind': 'malformed number', 'correct': '1250',
                   'note': "realisasi typed '1.250.00' (a dot where the decimal comma belongs: 1.250,00); 1.250 / 1.150 x 100 = 108,70 as stated"})
    B.checks.append({'type': 'fig', 'sheet': 'Pengukuran 2023', 'row': 18, 'cell': 'H18', 'expect': 'bad', 'role': 'M', 'correct': '1250',
                     'intended': '1250', 'tcell': 'G18', 'capcell': 'I18', 'pol': '+'})
    row(19, 6, 'Rata-rata waktu tunggu angkutan umum (semakin kecil semakin baik)', 'menit', 15, 12, 1.2, '0.00',
        (M, 'capaian as a fraction in a percent-points column', '(2 x 15 - 12) / 15 x 100 = 120,00; the cell holds 1,20'), 'Sangat Tinggi')
    row(20, 7, 'Persentase halte dalam kondisi layak', '%', 60, 51, 'F', '0.00', None, 'Tinggi')
    row(21, 8, 'Jumlah titik rawan kecelakaan yang ditangani', 'titik', 12, 7, 58.33, '0.00', None, 'Sedang',
        pred_role=(M, 'wrong category (predikat)', '7 / 12 x 100 = 58,33, which is Rendah (51-65), not Sedang'), pred_expect='bad')
    row(22, 9, 'Persentase pelanggaran muatan angkutan barang (semakin kecil semakin baik)', '%', 8, 9.2, 115, '0.00',
        (M, 'negative indicator computed with the positive formula', '(2 x 8 - 9,2) / 8 x 100 = 85,00; the sheet shows 9,2 / 8 x 100 = 115,00. J22 Sangat Tinggi only follows I22 (85,00 is Tinggi): a consequence'),
        'Sangat Tinggi', pred_expect='consequence')
    row(23, 10, 'Jumlah uji emisi kendaraan bermotor', 'kendaraan', 1800, 1935, '107,5 %', None,
        (T, 'right capaian as text with one decimal', "text '107,5 %': 1.935 / 1.800 x 100 = 107,5 exactly (right at one decimal)"), 'Sangat Tinggi')
    row(24, 11, 'Jumlah kendaraan wajib uji berkala yang diuji', 'kendaraan', 6000, 5031, 84, '0',
        (T, 'stated capaian rounded at 0 decimals', '5.031 / 6.000 x 100 = 83,85: 84 at the 0 decimals shown (right)'), 'Tinggi')
    B.w(ws, 'C26', 'Jumlah Anggaran Tahun 2023 : Rp. 8.456.320.000,-', box=False)
    B.w(ws, 'C27', 'Jumlah Realisasi Anggaran Tahun 2023 : Rp. 8.012.447.500,-', box=False)
    sign(B, ws, 'I', 29, 'Klaten, 15 Januari 2024', 'Kepala Dinas Perhubungan Kabupaten Klaten', 'Ir. HERU PRASETYO WIBOWO, M.T.',
         'Pembina Tingkat I (IV/b)', 'NIP. 19710422 199703 1 006')
    return B


# ---------------------------------------------------------------- W6 (ods)
def w6(Book, sign):
    B = Book('pk_dpupr_kab_kulon_progo_2024', 'ods',
             "One sheet 'PK 2024' with two tables. Rows 1-3 title (Tahun 2024). Tabel 3.1 (label A5), header row 6: A No, B Indikator Kinerja, C Sat., "
             "D Sifat (Maximize / Minimize), E Tgt., F Real., G Tingkat Capaian (%) (points; formulas, typed numbers and text with a decimal comma), H Ket. "
             "Data rows 7-15; row 8 is a parent indicator without figures whose children a./b./c. are rows 9-11. Targets include a range ('80 - 85', row 10) "
             "and bounds ('\u2265 90', row 11; '< 5', row 12, Minimize) and a qualitative 'Baik' (row 13). Tabel 3.2 (label A18), header row 19: A No, "
             "B Program / Kegiatan, C Indikator, D Sat., E Tgt., F Real., G % Capaian, H Pagu (Rp), I Realisasi (Rp), J Serapan (%) = I/H*100; data rows 20-24 "
             "(programs in rows 20 and 23, each followed by its kegiatan; a program's pagu and realisasi are the sums of its kegiatan). "
             "Note in row 26: Minimize indicators use (2 x Target - Realisasi) / Target x 100; no cap. Signature from row 28 (column H).")
    ws = B.sheet('PK 2024')
    for col, wd in zip('ABCDEFGHIJ', [6, 46, 30, 10, 12, 12, 16, 18, 18, 12]):
        ws.column_dimensions[col].width = wd
    for i, v in enumerate(['PENGUKURAN KINERJA TAHUN 2024', 'DINAS PEKERJAAN UMUM DAN PERUMAHAN RAKYAT', 'KABUPATEN KULON PROGO']):
        B.w(ws, f'A{1 + i}', v, bold=True, box=False)
    B.w(ws, 'A5', 'Tabel 3.1 Capaian Indikator Kinerja Utama', bold=True, box=False)
    for col, v in zip('ABCDEFGH', ['No', 'Indikator Kinerja', 'Sat.', 'Sifat', 'Tgt.', 'Real.', 'Tingkat Capaian (%)', 'Ket.']):
        B.w(ws, f'{col}6', v, bold=True, center=True)

    def row(r, no, name, unit, sifat, t, rr, st, role, tv=None, ket=None, ind=True):
        B.w(ws, f'A{r}', no); B.w(ws, f'B{r}', name); B.w(ws, f'C{r}', unit); B.w(ws, f'D{r}', sifat)
        B.w(ws, f'E{r}', t if tv is None else tv); B.w(ws, f'F{r}', rr)
        if ket: B.w(ws, f'H{r}', ket)
        pol = '+' if sifat == 'Maximize' else '-'
        if tv is None:
            B.cap(ws, r, f'G{r}', t, rr, f'E{r}', f'F{r}', pol, st, '0.00', role)
            if ind: B.ind(ws, r, name, f'E{r}', f'F{r}', t, rr)
        return pol

    row(7, 1, 'Persentase jalan kabupaten dalam kondisi mantap', '%', 'Maximize', 82.5, 84.13, 'F', None)
    B.w(ws, 'A8', 2); B.w(ws, 'B8', 'Cakupan layanan air minum dan sanitasi'); B.w(ws, 'C8', '%')
    for c in 'DEFGH': B.w(ws, f'{c}8', None)
    row(9, None, 'a. Cakupan layanan air minum layak', '%', 'Maximize', 88, 86.4, '98,18', None)
    row(10, None, 'b. Cakupan layanan sanitasi layak', '%', 'Maximize', None, 83.2, None, None, tv='80 - 85', ket='dalam rentang target')
    B.w(ws, 'G10', None)
    B.add(ws, 10, 'G10', 'range', 'ok', (T, 'range target with the capaian left blank',
          "target '80 - 85', realisasi 83,2 inside the range; no capaian stated, none can be defended"), tcell='E10', rcell='F10')
    row(11, None, 'c. Rumah tangga dengan akses sanitasi aman', '%', 'Maximize', None, 93.5, None, None, tv='\u2265 90')
    B.w(ws, 'G11', 103.89, '0.00')
    B.add(ws, 11, 'G11', 'bound', 'ok', (T, 'bound target, capaian right by plain arithmetic',
          "target '\u2265 90': 93,5 / 90 x 100 = 103,89"), tcell='E11', rcell='F11', pol='+')
    row(12, 3, 'Persentase luas kawasan kumuh perkotaan', '%', 'Minimize', None, 3.8, None, None, tv='< 5')
    B.w(ws, 'G12', 124, '0.00')
    B.add(ws, 12, 'G12', 'bound', 'ok', (T, 'bound target on a Minimize indicator, computed correctly',
          "target '< 5', Minimize: (2 x 5 - 3,8) / 5 x 100 = 124,00 (the formula stated in row 26)"), tcell='E12', rcell='F12', pol='-')
    B.w(ws, 'A13', 4); B.w(ws, 'B13', 'Kualitas layanan Persetujuan Bangunan Gedung (PBG)'); B.w(ws, 'C13', 'predikat')
    B.w(ws, 'D13', 'Maximize'); B.w(ws, 'E13', 'Baik'); B.w(ws, 'F13', 'Baik'); B.w(ws, 'G13', 100, '0.00')
    B.add(ws, 13, 'G13', 'qual', 'ok', (T, 'qualitative target with a right capaian',
          "target 'Baik', realisasi 'Baik': met, 100 is right"), tcell='E13', rcell='F13')
    row(14, 5, 'Persentase jaringan irigasi dalam kondisi baik', '%', 'Maximize', 75, 70.2, 96.3,
        (M, 'wrong capaian', '70,2 / 75 x 100 = 93,60; the sheet shows 96,30'))
    row(15, 6, 'Persentase rumah tidak layak huni yang tertangani', '%', 'Maximize', 40, 42.6, '=F15/#REF!*100',
        (M, 'cached formula error #REF! in a capaian cell', 'the formula lost its target reference and caches #REF!; 42,6 / 40 x 100 = 106,50'))
    # the cap() above registered a 'cap' check; mark it as an error check instead
    B.checks[-2]['type'] = 'err'

    B.w(ws, 'A18', 'Tabel 3.2 Capaian Kinerja Program dan Kegiatan', bold=True, box=False)
    for col, v in zip('ABCDEFGHIJ', ['No', 'Program / Kegiatan', 'Indikator', 'Sat.', 'Tgt.', 'Real.', '% Capaian', 'Pagu (Rp)',
                                     'Realisasi (Rp)', 'Serapan (%)']):
        B.w(ws, f'{col}19', v, bold=True, center=True)

    def prow(r, no, pk, name, unit, t, rr, st, role, pagu, real, sst, srole, s_expect=None, t_int=None, pv=None, rv=None):
        B.w(ws, f'A{r}', no); B.w(ws, f'B{r}', pk); B.w(ws, f'C{r}', name); B.w(ws, f'D{r}', unit)
        B.w(ws, f'E{r}', t, '#,##0' if t >= 1000 else None); B.w(ws, f'F{r}', rr, '#,##0' if rr >= 1000 else None)
        B.cap(ws, r, f'G{r}', t, rr, f'E{r}', f'F{r}', '+', st, '0.00', role)
        B.ind(ws, r, name, f'E{r}', f'F{r}', t, rr)
        B.w(ws, f'H{r}', pagu, '#,##0'); B.w(ws, f'I{r}', real, '#,##0')
        B.cap(ws, r, f'J{r}', t_int or pv or pagu, rv or real, f'H{r}', f'I{r}', '+', sst, '0.00', srole,
              expect=s_expect, t_int=t_int)

    prow(20, 1, 'Program Penyelenggaraan Jalan', 'Panjang jalan yang ditingkatkan kondisinya', 'km', 42.5, 44.8, 'F', None,
         18750000000, '=SUM(I21:I22)', 'F', None, s_expect='consequence', t_int=18550000000, rv=17856900000)
    B.checks.pop()  # replace the serapan check of row 20 with an explicit consequence check
    B.checks.append({'type': 'cap', 'sheet': 'PK 2024', 'row': 20, 'cell': 'J20', 'expect': 'consequence', 'role': None, 'tcell': 'H20',
                     'rcell': 'I20', 'pol': '+', 'cap100': False, 't_int': '18550000000', 'r_int': None, 'hint_t': None, 'hint_r': None})
    B.add(ws, 20, 'H20', 'sum', 'bad', (M, 'program budget is not the sum of its kegiatan',
          'pagu 18.750.000.000 but kegiatan 12.400.000.000 + 6.150.000.000 = 18.550.000.000. J20 (=I20/H20*100, 95,24) only follows H20 (96,26 with the right pagu): a consequence'), '18550000000', parts=['H21', 'H22'])
    B.add(ws, 20, 'I20', 'sum', 'ok', parts=['I21', 'I22'])
    prow(21, '1.1', 'Kegiatan Rehabilitasi Jalan', 'Panjang jalan yang direhabilitasi', 'km', 30, 31.6, 105.33, None,
         12400000000, 11982600000, 'F', None)
    prow(22, '1.2', 'Kegiatan Pembangunan Jembatan', 'Jumlah jembatan yang dibangun', 'unit', 4, 4, 'F', None,
         6150000000, 5874300000, 95.51, (M, 'serapan truncated instead of rounded', '5.874.300.000 / 6.150.000.000 x 100 = 95,5171: rounds to 95,52'))
    prow(23, 2, 'Program Pengelolaan Sumber Daya Air', 'Luas daerah irigasi dalam kondisi baik', 'ha', 1450, 1388, '95,72', None,
         '=H24', '=I24', 'F', None, pv=3200000000, rv=3104000000)
    B.checks.pop()
    B.checks.append({'type': 'cap', 'sheet': 'PK 2024', 'row': 23, 'cell': 'J23', 'expect': 'ok', 'role': None, 'tcell': 'H23',
                     'rcell': 'I23', 'pol': '+', 'cap100': False, 't_int': None, 'r_int': None, 'hint_t': None, 'hint_r': None})
    B.add(ws, 23, 'H23', 'sum', 'ok', parts=['H24'])
    B.add(ws, 23, 'I23', 'sum', 'ok', parts=['I24'])
    prow(24, '2.1', 'Kegiatan Rehabilitasi Jaringan Irigasi', 'Panjang saluran irigasi yang direhabilitasi', 'm', 2400, 2580, 93.02,
         (M, 'wrong capaian (target and realisasi swapped)', '2.580 / 2.400 x 100 = 107,50; the sheet shows 2.400 / 2.580 x 100 = 93,02'),
         3200000000, 3104000000, 'F', None)
    B.w(ws, 'A26', 'Catatan: capaian indikator bersifat Minimize dihitung (2 x Target - Realisasi) / Target x 100.', box=False)
    sign(B, ws, 'H', 28, 'Wates, 27 Januari 2025', 'Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat',
         'Ir. DWI HARYANTO SUSILO, M.T.', 'Pembina Utama Muda (IV/c)', 'NIP. 19690214 199403 1 008')
    return B


BOOKS = [w1, w2, w3, w4, w5, w6]
