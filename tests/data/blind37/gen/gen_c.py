"""Agency C: Biro Pemerintahan dan Otonomi Daerah Setda Provinsi Nusa Kenari (invented), 2018-2021."""
import os, openpyxl
from lib import *

AG = 'Biro Pemerintahan dan Otonomi Daerah Sekretariat Daerah Provinsi Nusa Kenari'
OUT = os.path.join(ROOT, 'biro_pemotda_provinsi_nusa_kenari')
os.makedirs(OUT, exist_ok=True)
key = Key(AG, [2018, 2019, 2020, 2021], [['C12', 'C21']])

D = {
 'C01': ('%', '+', {2018: ('Persentase kabupaten/kota yang menyampaikan LPPD tepat waktu', 100, 92.86),
                    2019: ('Persentase Kab/Kota yang menyampaikan LPPD tepat waktu', 100, 100),
                    2020: ('Prosentase kabupaten/kota yang menyampaikan LPPD tepat waktu', 100, 92.86),
                    2021: ('Persentase Kabupaten/Kota yang Menyampaikan LPPD Tepat Waktu', 100, 100)}),
 'C02': ('kab/kota', '+', {2018: ('Jumlah kabupaten/kota yang menyampaikan LPPD tepat waktu', 14, 13),
                    2019: ('Jumlah Kab/Kota yang menyampaikan LPPD tepat waktu', 14, 14),
                    2020: ('Jumlah kabupaten/kota yang menyampaikan LPPD tepat waktu', 14, 13),
                    2021: ('Jumlah Kabupaten/Kota yang Menyampaikan LPPD Tepat Waktu', 14, 14)}),
 'C03': ('%', '+', {2018: ('Persentase segmen batas antar kabupaten/kota yang telah ditegaskan', 45, 42.1),
                    2019: ('Persentase segmen batas antar Kab/Kota yang telah ditegaskan', 55, 52.6),
                    2020: ('Persentase penegasan segmen batas antar kabupaten/kota', 65, 63.2),
                    2021: ('Persentase Segmen Batas Antar Kabupaten/Kota yang Telah Ditegaskan', 75, 73.7)}),
 'C04': ('segmen', '+', {2018: ('Jumlah segmen batas antar kabupaten/kota yang ditegaskan', 4, 3),
                    2019: ('Jumlah segmen batas antar Kab/Kota yang ditegaskan', 4, 4),
                    2020: ('Jumlah segmen batas antar kabupaten/kota yang ditegaskan', 4, 4),
                    2021: ('Jumlah Segmen Batas Antar Kabupaten/Kota yang Ditegaskan', 4, 4)}),
 'C05': ('segmen', '+', {2018: ('Jumlah segmen batas antar provinsi yang ditegaskan', 1, 1),
                    2019: ('Jumlah segmen batas antar Provinsi yang ditegaskan', 2, 1),
                    2020: ('Jumlah segmen batas antar provinsi yang ditegaskan', 1, 1),
                    2021: ('Jumlah Segmen Batas Antar Provinsi yang Ditegaskan', 1, 0)}),
 'C06': ('skor', '+', {2018: ('Nilai EKPPD Provinsi Nusa Kenari', 3.25, 3.0812),
                    2019: ('Skor EKPPD Provinsi', 3.30, 3.3125),
                    2020: ('Nilai Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah (EKPPD) Provinsi', 3.35, 3.2984),
                    2021: ('Nilai EKPPD Provinsi', 3.40, 3.4102)}),
 'C07': ('%', '+', {2018: ('Persentase kabupaten/kota dengan status kinerja EKPPD Sangat Tinggi', 50, 42.86),
                    2019: ('Persentase Kab/Kota berstatus kinerja Sangat Tinggi', 50, 57.14),
                    2020: ('Persentase kabupaten/kota dengan skor EKPPD kategori Sangat Tinggi', 60, 57.14),
                    2021: ('Persentase Kabupaten/Kota dengan Status Kinerja Sangat Tinggi (EKPPD)', 60, 64.29)}),
 'C08': ('pulau', '+', {2018: ('Jumlah nama rupabumi pulau yang dibakukan', 40, 46),
                    2019: ('Jumlah nama rupabumi (pulau) yang dibakukan', 40, 38),
                    2020: ('Jumlah pulau yang dibakukan namanya', 30, 32)}),
 'C09': ('%', '+', {2018: ('Persentase desa yang memiliki peta batas desa', 30, 27.5),
                    2019: ('Persentase Desa yang memiliki Peta Batas Desa', 40, 41.2),
                    2020: ('Prosentase desa yang telah memiliki peta batas desa', 50, 48.6),
                    2021: ('Persentase Desa yang Memiliki Peta Batas Desa', 60, 61.3)}),
 'C10': ('dokumen', '+', {2018: ('Jumlah dokumen kerja sama antar daerah yang difasilitasi', 8, 9),
                    2019: ('Jumlah dokumen Kerja Sama Antar Daerah (KSAD) yang difasilitasi', 10, 10),
                    2020: ('Jumlah dokumen kerja sama antar daerah yang difasilitasi', 10, 7),
                    2021: ('Jumlah Dokumen KSAD yang Difasilitasi', 12, 10)}),
 'C11': ('naskah', '+', {2018: ('Jumlah kerja sama daerah dengan pihak ketiga yang difasilitasi', 6, 6),
                    2019: ('Jumlah Kerja Sama Daerah dengan Pihak Ketiga (KSDPK) yang difasilitasi', 6, 8),
                    2020: ('Jumlah kerja sama daerah dengan pihak ketiga yang difasilitasi', 8, 8),
                    2021: ('Jumlah Naskah KSDPK yang Difasilitasi', 8, 9)}),
 'C12': ('%', '+', {2018: ('Persentase rekomendasi penataan daerah yang ditindaklanjuti', 70, 75),
                    2019: ('Persentase rekomendasi penataan daerah yg ditindaklanjuti', 75, 80),
                    2020: ('Persentase rekomendasi penataan daerah yang ditindaklanjuti', 80, 80)}),
 'C21': ('%', '+', {2021: ('Persentase Usulan Penataan Daerah (Pemekaran) yang Dikaji', 85, 83.3)}),
 'C13': ('dokumen', '+', {2018: ('Jumlah dokumen LPPD dan LKPJ Gubernur yang disusun', 2, 2),
                    2019: ('Jumlah dokumen LPPD & LKPJ Gubernur yang disusun', 2, 2),
                    2020: ('Jumlah dokumen LPPD dan LKPJ Gubernur yang tersusun', 2, 2),
                    2021: ('Jumlah Dokumen LPPD dan LKPJ Gubernur yang Disusun', 2, 2)}),
 'C20': ('dokumen', '+', {2019: ('Jumlah dokumen LPPD kab/kota yang dievaluasi', 14, 14),
                    2020: ('Jumlah LPPD kabupaten/kota yang dievaluasi', 14, 14),
                    2021: ('Jumlah Dokumen LPPD Kabupaten/Kota yang Dievaluasi', 14, 14)}),
 'C14': ('kasus', '-', {2018: ('Jumlah sengketa batas daerah', 5, 6),
                    2019: ('Jumlah sengketa batas daerah', 4, 4),
                    2020: ('Jumlah kasus sengketa batas daerah', 3, 2),
                    2021: ('Jumlah Sengketa Batas Daerah', 3, 3)}),
 'C15': ('kecamatan', '+', {2018: ('Jumlah kecamatan yang dievaluasi kinerjanya', 30, 30),
                    2019: ('Jumlah Kecamatan yang dievaluasi kinerjanya', 35, 36),
                    2020: ('Jumlah kecamatan yang dievaluasi kinerja', 40, 40),
                    2021: ('Jumlah Kecamatan yang Dievaluasi Kinerjanya', 40, 42)}),
 'C16': ('%', '+', {2018: ('Persentase kelurahan yang dievaluasi perkembangannya', 25, 25),
                    2020: ('Persentase kelurahan yang dievaluasi tingkat perkembangannya', 50, 52.3),
                    2021: ('Persentase Kelurahan yang Dievaluasi Perkembangannya', 60, 60)}),
 'C17': ('orang', '+', {2018: ('Jumlah aparatur pemerintahan kabupaten/kota yang dibina', 200, 215),
                    2019: ('Jumlah aparatur pemerintahan Kab/Kota yang dibina', 2500, 262),
                    2020: ('Jumlah aparatur pemerintahan kabupaten/kota yang mendapat pembinaan', 250, 198),
                    2021: ('Jumlah Aparatur Pemerintahan Kabupaten/Kota yang Dibina', 300, 320)}),
 'C18': ('predikat', '+', {2018: ('Nilai AKIP Biro Pemerintahan', None, None),
                    2019: ('Nilai AKIP Biro', None, None),
                    2020: ('Predikat AKIP Biro Pemerintahan dan Otonomi Daerah', None, None),
                    2021: ('Nilai SAKIP Biro', None, None)}),
 'C19': ('indeks', '+', {2020: ('Indeks kepuasan kabupaten/kota terhadap fasilitasi Biro', 75, 77.4),
                    2021: ('Indeks Kepuasan Kab/Kota terhadap Fasilitasi Biro', 77, 79.6)}),
}
GR = {2018: ('B', 'B'), 2019: ('BB', 'B'), 2020: ('BB', 'BB'), 2021: ('A', 'BB')}
SAS = [
 ('Meningkatnya kualitas penyelenggaraan pemerintahan daerah kabupaten/kota',
  ['C01', 'C02', 'C06', 'C07', 'C13', 'C20', 'C15', 'C16', 'C17']),
 ('Terwujudnya kepastian batas dan wilayah administrasi pemerintahan',
  ['C03', 'C04', 'C05', 'C14', 'C08', 'C09']),
 ('Meningkatnya kerja sama dan penataan daerah', ['C10', 'C11', 'C12', 'C21']),
 ('Meningkatnya akuntabilitas kinerja dan kualitas layanan Biro', ['C18', 'C19']),
]
SIGN = ('Kepala Biro Pemerintahan dan Otonomi Daerah', 'Drs. YOHANES B. LETEMIA, M.Si', 'Pembina Utama Muda (IV/c)',
        '19690917 199003 1 005')
FN1819 = 'Biro Pem Otda PK2018 RA2019.xlsx'
FN20 = 'LKjIP Biro Pemerintahan 2020 (Bab III).ods'
FN21 = 'E81 Renja Biro PemOtda TW IV 2021.xls'


def ids(y):
    return [i for _, l in SAS for i in l if y in D[i][2]]


def y2018_2019():
    Y = 2018
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'PK2018'
    ws['A1'] = 'PENGUKURAN KINERJA TAHUN 2018'; ws['A1'].font = TITLE
    ws['A2'] = 'BIRO PEMERINTAHAN DAN OTONOMI DAERAH SETDA PROVINSI NUSA KENARI'; ws['A2'].font = TITLE
    hdr(ws, 'A5', 'Kode', 'A5:A6'); hdr(ws, 'B5', 'Sasaran Strategis / Indikator Kinerja', 'B5:B6')
    hdr(ws, 'C5', 'Formulasi Perhitungan', 'C5:C6'); hdr(ws, 'D5', 'Satuan', 'D5:D6')
    hdr(ws, 'E5', 'Kinerja Tahun 2018', 'E5:G5'); hdr(ws, 'H5', 'Sumber Data', 'H5:H6')
    for c, t in zip('EFG', ['Target', 'Realisasi', 'Capaian (%)']): hdr(ws, f'{c}6', t)
    formul = {'%': 'jumlah yang memenuhi / jumlah seluruhnya x 100%', 'skor': 'hasil penilaian Kemendagri',
              'predikat': 'hasil evaluasi Inspektorat'}
    r = 7
    for si, (sname, l) in enumerate(SAS, 1):
        l = [i for i in l if Y in D[i][2]]
        put(ws, f'A{r}', str(si), bold=True); put(ws, f'B{r}', sname, bold=True)
        ws.merge_cells(f'B{r}:H{r}'); r += 1
        for k, i in enumerate(l, 1):
            unit, pol, yd = D[i]; name, t, re = yd[Y]
            put(ws, f'A{r}', f'{si}.{k}'); put(ws, f'B{r}', name, wrap=True)
            put(ws, f'C{r}', formul.get(unit, 'jumlah ' + unit), wrap=True); put(ws, f'D{r}', unit)
            if i == 'C01':
                put(ws, f'E{r}', 1, fmt='0%'); put(ws, f'F{r}', 13 / 14, fmt='0.00%')   # fractions in % cells
                put(ws, f'G{r}', f'=F{r}/E{r}*100', fmt='0.00')
            elif i == 'C18':
                put(ws, f'E{r}', GR[Y][0]); put(ws, f'F{r}', GR[Y][1]); put(ws, f'G{r}', 100)
            else:
                tw = '3,25' if i == 'C06' else t                                          # text decimal
                put(ws, f'E{r}', tw, fmt='#,##0.####'); put(ws, f'F{r}', re, fmt='#,##0.####')
                if i == 'C06':
                    put(ws, f'G{r}', 94.81, fmt='0.00')
                else:
                    put(ws, f'G{r}', f'=F{r}/E{r}*100', fmt='0.00')   # C14 negative: positive formula (MISTAKE)
            put(ws, f'H{r}', 'Biro Pemerintahan')
            key.add(FN1819, 'PK2018', r, Y, name, i, t, re)
            r += 1
    r += 1
    signature(ws, r, 'F', 'Kenari, 31 Desember 2018', *SIGN)
    ws.column_dimensions['B'].width = 55; ws.column_dimensions['C'].width = 30

    # ---- RA2019 quarterly T/R/% triples, no annual realisasi
    Y = 2019
    Q = {
     'C01': ([100, 100, 100, 100], [100, 100, 100, 100], 'L'),
     'C02': ([14, '-', '-', '-'], [14, '-', '-', '-'], 'L'),
     'C03': ([45, 48, 52, 55], [44.7, 47.4, 50.0, 52.6], 'L'),
     'C04': (['-', 1, 1, 2], ['-', 1, 2, 1], 'S'),
     'C05': (['-', '-', 1, 1], ['-', '-', 1, '-'], 'S'),
     'C06': (['-', '-', '-', 3.30], ['-', '-', '-', 3.3125], 'L'),
     'C07': (['-', '-', '-', 50], ['-', '-', '-', 57.14], 'L'),
     'C08': ([10, 10, 10, 10], [8, 12, 9, 9], 'S'),
     'C09': ([32, 35, 38, 40], [33.1, 36.0, 39.4, 41.2], 'L'),
     'C10': ([2, 3, 3, 2], [2, 4, '-', 4], 'S'),
     'C11': ([1, 2, 2, 1], [1, 3, 2, 2], 'S'),
     'C12': ([75, 75, 75, 75], [70, 75, 78, 80], 'L'),
     'C13': ([2, '-', '-', '-'], [2, '-', '-', '-'], 'S'),
     'C14': ([1, 1, 1, 1], [2, 0, 1, 1], 'S'),
     'C15': ([10, 20, 30, 35], [12, 22, 31, 36], 'L'),
     'C17': ([60, 60, 70, 60], [55, 70, 72, 65], 'S'),
     'C18': (['-', '-', '-', 'BB'], ['-', '-', '-', 'B'], 'L'),
     'C20': (['-', 14, '-', '-'], ['-', 14, '-', '-'], 'S'),
    }
    w2 = wb.create_sheet('RA2019')
    w2['A1'] = 'RENCANA AKSI DAN REALISASI KINERJA TAHUN 2019'; w2['A1'].font = TITLE
    w2['A2'] = 'Biro Pemerintahan dan Otonomi Daerah'; w2['A3'] = 'Sekretariat Daerah Provinsi Nusa Kenari'
    hdr(w2, 'A5', 'No', 'A5:A7'); hdr(w2, 'B5', 'Indikator Kinerja', 'B5:B7'); hdr(w2, 'C5', 'Satuan', 'C5:C7')
    hdr(w2, 'D5', 'Target 2019', 'D5:D7'); hdr(w2, 'E5', 'Rencana Aksi dan Realisasi Tahun 2019', 'E5:P5')
    for k, tw in enumerate(['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV']):
        c = 5 + 3 * k
        hdr(w2, f'{L(c)}6', tw, f'{L(c)}6:{L(c+2)}6')
        for j, t in enumerate(['T', 'R', '%']): hdr(w2, f'{L(c+j)}7', t)
    hdr(w2, 'Q5', 'Penanggung Jawab', 'Q5:Q7')
    r = 8; no = 1
    for si, (sname, l) in enumerate(SAS, 1):
        l = [i for i in l if Y in D[i][2]]
        put(w2, f'A{r}', sname.upper(), bold=True, fill=GREY); w2.merge_cells(f'A{r}:Q{r}'); r += 1
        for i in l:
            unit, pol, yd = D[i]; name, t, re = yd[Y]
            T, R, mode = Q[i]
            put(w2, f'A{r}', no, center=True); put(w2, f'B{r}', name, wrap=True); put(w2, f'C{r}', unit)
            put(w2, f'D{r}', GR[Y][0] if i == 'C18' else t, fmt='#,##0.####')
            for k in range(4):
                c = 5 + 3 * k
                put(w2, f'{L(c)}{r}', T[k], fmt='#,##0.####', center=True)
                put(w2, f'{L(c+1)}{r}', R[k], fmt='#,##0.####', center=True)
                tl, rl = L(c), L(c + 1)
                if isinstance(T[k], (int, float)) and isinstance(R[k], (int, float)):
                    if i == 'C09' and k == 3:
                        f = f'={rl}{r+1}/{tl}{r}*100'               # MISTAKE: wrong row
                    elif pol == '-':
                        f = f'=(2*{tl}{r}-{rl}{r})/{tl}{r}*100'
                    else:
                        f = f'={rl}{r}/{tl}{r}*100'
                    put(w2, f'{L(c+2)}{r}', f, fmt='0.00')
                else:
                    put(w2, f'{L(c+2)}{r}', '-', center=True)
            put(w2, f'Q{r}', 'Bag. Otonomi Daerah' if si != 2 else 'Bag. Batas Wilayah')
            key.add(FN1819, 'RA2019', r, Y, name, i, t, re)
            r += 1; no += 1
    r += 1
    signature(w2, r, 'M', 'Kenari, 10 Januari 2020', *SIGN)
    w2.column_dimensions['B'].width = 50
    lp = wb.create_sheet('Lampiran')
    lp['A1'] = 'Lampiran: Anggaran Biro 2018-2019'
    lp['A2'] = 'Tahun'; lp['B2'] = 'Pagu'; lp['C2'] = 'Realisasi'; lp['D2'] = '%'
    lp['A3'] = 2018; lp['B3'] = 6125400000; lp['C3'] = 5790210500; lp['D3'] = '=C3/B3*100'
    lp['A4'] = 2019; lp['B4'] = 6840000000; lp['C4'] = 6512880120; lp['D4'] = '=C4/B4*100'
    raw = os.path.join(RAW, 'c_2018_2019.xlsx'); wb.save(raw)
    convert(raw, 'xlsx', OUT, FN1819)


def y2020():
    Y = 2020
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Capaian IKU 2020'
    ws['A1'] = 'BAB III AKUNTABILITAS KINERJA'; ws['A1'].font = TITLE
    ws['A2'] = 'A. Capaian Kinerja Biro Pemerintahan dan Otonomi Daerah Tahun 2020'; ws['A2'].font = BOLD
    renstra = {'C01': 100, 'C02': 14, 'C03': 100, 'C04': 20, 'C05': 6, 'C06': 3.5, 'C07': 70, 'C08': 150,
               'C09': 80, 'C10': 50, 'C11': 36, 'C12': 90, 'C13': 10, 'C20': 70, 'C14': 1, 'C15': 60, 'C16': 80,
               'C17': 1250, 'C18': 'A', 'C19': 80}
    r = 4; no = 1
    for si, (sname, l) in enumerate(SAS, 1):
        l = [i for i in l if Y in D[i][2]]
        put(ws, f'A{r}', f'Sasaran Strategis {si} : {sname}', bold=True, border=False)
        ws.merge_cells(f'A{r}:G{r}'); r += 2
        for i in l:
            unit, pol, yd = D[i]; name, t, re = yd[Y]
            put(ws, f'A{r}', f'{no}.', bold=True); put(ws, f'B{r}', name, bold=True, wrap=True)
            ws.merge_cells(f'B{r}:G{r}')
            h = r + 1
            for c, tx in zip('BCDEFG', ['Uraian', '2018', '2019', '2020', 'Target Akhir Renstra (2023)',
                                        'Capaian 2020 thd Target Akhir (%)']):
                hdr(ws, f'{c}{h}', tx)
            put(ws, f'B{h+1}', f'Target ({unit})'); put(ws, f'B{h+2}', f'Realisasi ({unit})'); put(ws, f'B{h+3}', 'Capaian (%)')
            for c, yy in zip('CDE', [2018, 2019, 2020]):
                v = yd.get(yy)
                if i == 'C18':
                    tv, rv = (GR[yy] if v else ('-', '-'))
                elif v is None:
                    tv, rv = '-', '-'
                else:
                    tv, rv = v[1], v[2]
                if i == 'C01' and yy in (2018, 2020):
                    put(ws, f'{c}{h+1}', 1, fmt='0%'); put(ws, f'{c}{h+2}', 13 / 14, fmt='0.00%')
                    put(ws, f'{c}{h+3}', f'={c}{h+2}/{c}{h+1}*100', fmt='0.00'); continue
                if yy == 2020:
                    if i == 'C06': rv = '3,2984'
                    if i == 'C08': rv = '32 pulau*'
                    if i == 'C12': tv = '≥ 80'
                if yy == 2019 and i == 'C17': tv = 250            # LKjIP quietly corrects the 2019 typo
                put(ws, f'{c}{h+1}', tv, fmt='#,##0.####'); put(ws, f'{c}{h+2}', rv, fmt='#,##0.####')
                if i == 'C18':
                    put(ws, f'{c}{h+3}', '-' if v is None else (100 if yy != 2019 else 'tidak tercapai'))
                elif not isinstance(tv, (int, float)) or not isinstance(rv, (int, float)):
                    put(ws, f'{c}{h+3}', {('C06', 2020): 98.46, ('C08', 2020): 106.67,
                                            ('C12', 2020): 100}.get((i, yy), '-'), fmt='0.00')
                elif i == 'C07' and yy == 2020:
                    put(ws, f'{c}{h+3}', f'={c}{h+2}/{c}{h}*100', fmt='0.00')   # MISTAKE: points at header row
                elif i == 'C19' and yy == 2020:
                    put(ws, f'{c}{h+3}', 103, fmt='0.00')                       # constant typed (true 103,20)
                elif pol == '-':
                    put(ws, f'{c}{h+3}', f'=(2*{c}{h+1}-{c}{h+2})/{c}{h+1}*100', fmt='0.00')
                else:
                    put(ws, f'{c}{h+3}', f'={c}{h+2}/{c}{h+1}*100', fmt='0.00')
            put(ws, f'F{h+1}', renstra[i], fmt='#,##0.####')
            if i == 'C01':
                put(ws, f'G{h+2}', f'=E{h+2}*100/F{h+1}*100', fmt='0.00')
            elif isinstance(ws[f'E{h+2}'].value, (int, float)):
                put(ws, f'G{h+2}', f'=E{h+2}/F{h+1}*100', fmt='0.00')
            key.add(FN20, 'Capaian IKU 2020', r, Y, name, i, t, re)
            if i == 'C08':
                ws[f'B{h+4}'] = '*) termasuk 4 pulau hasil verifikasi ulang Tim Rupabumi'
                ws[f'B{h+4}'].font = openpyxl.styles.Font(italic=True, size=9)
            r = h + 6; no += 1
    r += 1
    signature(ws, r, 'E', 'Kenari, 28 Februari 2021', *SIGN)
    ws.column_dimensions['B'].width = 40
    for c in 'CDEFG': ws.column_dimensions[c].width = 14
    raw = os.path.join(RAW, 'c_2020.xlsx'); wb.save(raw)
    convert(raw, 'ods', OUT, FN20)


def y2021():
    Y = 2021
    Q = {  # K per quarter ; mode
     'C01': ([100, 100, 100, 100], 'L'), 'C02': ([14, 0, 0, 0], 'S'), 'C06': ([0, 0, 0, 3.4102], 'L'),
     'C07': ([0, 0, 0, 64.29], 'L'), 'C13': ([2, 0, 0, 0], 'S'), 'C20': ([0, 14, 0, 0], 'S'),
     'C15': ([10, 22, 34, 42], 'L'), 'C16': ([0, 20, 40, 60], 'L'), 'C17': ([70, 90, 85, 75], 'S'),
     'C03': ([65.8, 68.4, 71.1, 73.7], 'L'), 'C04': ([1, 1, 1, 1], 'S'), 'C05': ([0, 0, 0, 0], 'S'),
     'C14': ([1, 1, 0, 1], 'S'), 'C09': ([50.2, 54.0, 57.9, 61.3], 'L'), 'C10': ([3, 3, 3, 3], 'S'),
     'C11': ([2, 2, 3, 2], 'S'), 'C21': ([0, 50, 66.7, 83.3], 'L'), 'C18': (['-', '-', '-', 'BB'], 'L'),
     'C19': ([0, 0, 0, '79,6'], 'L'),
    }
    REN = {'C01': (100, 100), 'C02': (14, 14), 'C06': (3.5, 3.2984), 'C07': (70, 57.14), 'C13': (10, 6),
           'C20': (70, 28), 'C15': (60, 40), 'C16': (80, 52.3), 'C17': (1250, 675), 'C03': (100, 63.2),
           'C04': (20, 11), 'C05': (6, 3), 'C14': (1, 2), 'C09': (80, 48.6), 'C10': (50, 26), 'C11': (36, 22),
           'C21': (90, 80), 'C18': ('A', 'BB'), 'C19': (80, 77.4)}
    PROG = [
     ('4.01.03.2.01', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', ['C01', 'C06'], [
        ('4.01.03.2.01.01', 'Fasilitasi dan Evaluasi LPPD', ['C02', 'C13', 'C20', 'C07']),
        ('4.01.03.2.01.02', 'Pembinaan Penyelenggaraan Pemerintahan Kab/Kota', ['C15', 'C16', 'C17'])]),
     ('4.01.03.2.02', 'Program Penataan Wilayah dan Batas Daerah', ['C03'], [
        ('4.01.03.2.02.01', 'Penegasan Batas Daerah', ['C04', 'C05', 'C14']),
        ('4.01.03.2.02.02', 'Fasilitasi Batas Desa', ['C09'])]),
     ('4.01.03.2.03', 'Program Kerja Sama dan Otonomi Daerah', ['C21'], [
        ('4.01.03.2.03.01', 'Fasilitasi Kerja Sama Daerah', ['C10', 'C11'])]),
     ('4.01.03.2.04', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', ['C18', 'C19'], []),
    ]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'TW IV 2021'
    ws['A1'] = 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH'; ws['A1'].font = TITLE
    ws['A2'] = 'BIRO PEMERINTAHAN DAN OTONOMI DAERAH SETDA PROVINSI NUSA KENARI'; ws['A2'].font = TITLE
    ws['A3'] = 'TAHUN ANGGARAN 2020'; ws['A3'].font = TITLE         # MISTAKE: wrong year (sheet is 2021)
    ws['A4'] = 'Periode : Triwulan IV (Oktober - Desember 2021)'
    h = 6
    heads = [('A', 'No', None), ('B', 'Kode', None), ('C', 'Program / Kegiatan', None),
             ('D', 'Indikator Kinerja Program (outcome) / Kegiatan (output)', None), ('E', 'Satuan', None),
             ('F', 'Target Renstra PD Tahun 2023', 'G'), ('H', 'Realisasi Capaian Renstra s/d Tahun 2020', 'I'),
             ('J', 'Target Kinerja dan Anggaran Renja Tahun 2021', 'K'),
             ('L', 'Realisasi Kinerja pada Triwulan', 'W'),
             ('X', 'Realisasi Capaian Kinerja dan Anggaran Renja 2021', 'Y'),
             ('Z', 'Tingkat Capaian Kinerja dan Anggaran Renja 2021 (%)', 'AA'),
             ('AB', 'Realisasi Kinerja dan Anggaran Renstra s/d Tahun 2021', 'AC'),
             ('AD', 'Tingkat Capaian Kinerja dan Anggaran Renstra s/d 2021 (%)', 'AE'),
             ('AF', 'Unit PD Penanggung Jawab', None), ('AG', 'Keterangan', None)]
    for c, t, e in heads:
        if e is None:
            hdr(ws, f'{c}{h}', t, f'{c}{h}:{c}{h+2}')
        elif c == 'L':
            hdr(ws, f'{c}{h}', t, f'L{h}:W{h}')
        else:
            hdr(ws, f'{c}{h}', t, f'{c}{h}:{e}{h+1}')
            hdr(ws, f'{c}{h+2}', 'K'); hdr(ws, f'{e}{h+2}', 'Rp')
    for k, tw in enumerate(['I', 'II', 'III', 'IV']):
        c = 12 + 3 * k
        hdr(ws, f'{L(c)}{h+1}', tw, f'{L(c)}{h+1}:{L(c+2)}{h+1}')
        for j, t in enumerate(['K', '%', 'Rp']): hdr(ws, f'{L(c+j)}{h+2}', t)
    nr = h + 3
    nums = [('A', '1'), ('B', '2'), ('C', '3'), ('D', '4'), ('E', '5'), ('F', '6'), ('H', '7'), ('J', '8'),
            ('L', '9'), ('O', '10'), ('R', '11'), ('U', '12'), ('X', '13 = 9+10+11+12'), ('Z', '14 = 13/8 x 100'),
            ('AB', '15 = 7 + 13'), ('AD', '16 = 15/6 x 100'), ('AF', '17'), ('AG', '18')]
    span = {'F': 'G', 'H': 'I', 'J': 'K', 'L': 'N', 'O': 'Q', 'R': 'T', 'U': 'W', 'X': 'Y', 'Z': 'AA', 'AB': 'AC', 'AD': 'AE'}
    for c, t in nums:
        put(ws, f'{c}{nr}', t, center=True)
        if c in span: ws.merge_cells(f'{c}{nr}:{span[c]}{nr}')
    r = nr + 1
    budgets = iter([1450e6, 980e6, 1210e6, 640e6, 760e6, 1550e6])

    def ind(r, i):
        unit, pol, yd = D[i]; name, t, re = yd[Y]
        vals, mode = Q[i]
        put(ws, f'D{r}', name, wrap=True); put(ws, f'E{r}', unit)
        rk, rr = REN[i]
        put(ws, f'F{r}', rk, fmt='#,##0.####'); put(ws, f'H{r}', rr, fmt='#,##0.####')
        put(ws, f'J{r}', GR[Y][0] if i == 'C18' else t, fmt='#,##0.####')
        for k in range(4):
            c = 12 + 3 * k
            v = vals[k]
            if mode == 'L' and v == 0: v = '-'
            put(ws, f'{L(c)}{r}', v, fmt='#,##0.####')
            if isinstance(v, (int, float)) and i != 'C18':
                put(ws, f'{L(c+1)}{r}', f'={L(c)}{r}/J{r}*100', fmt='0.00')
            else:
                put(ws, f'{L(c+1)}{r}', '-')
        if i == 'C10':
            put(ws, f'X{r}', 10, fmt='#,##0.####')            # MISTAKE: constant over formula (quarters add to 12)
        elif i == 'C15':
            put(ws, f'X{r}', 42, fmt='#,##0.####')            # constant over formula (right)
        elif mode == 'S':
            put(ws, f'X{r}', f'=L{r}+O{r}+R{r}+U{r}', fmt='#,##0.####')
        else:
            put(ws, f'X{r}', f'=U{r}', fmt='#,##0.####')
        if i in ('C18', 'C19'):
            put(ws, f'Z{r}', 100 if i == 'C18' else 103.38, fmt='0.00')
        elif pol == '-':
            put(ws, f'Z{r}', f'=(2*J{r}-X{r})/J{r}*100', fmt='0.00')
        else:
            put(ws, f'Z{r}', f'=X{r}/J{r}*100', fmt='0.00')
        if i not in ('C18', 'C19'):
            put(ws, f'AB{r}', f'=H{r}+X{r}' if mode == 'S' else f'=X{r}', fmt='#,##0.####')
            put(ws, f'AD{r}', f'=AB{r}/F{r}*100', fmt='0.00')
        put(ws, f'AF{r}', 'Biro Pemerintahan dan Otda')
        if i == 'C05':
            put(ws, f'AG{r}', 'segmen Nusa Kenari - Nusa Selatan masih proses di Kemendagri')
        key.add(FN21, 'TW IV 2021', r, Y, name, i, t, re)

    no = 1
    for pcode, pname, pinds, kegs in PROG:
        pr = r
        put(ws, f'A{r}', no, center=True); put(ws, f'B{r}', pcode); put(ws, f'C{r}', pname, bold=True, wrap=True)
        for i in pinds:
            ind(r, i); r += 1
        if len(pinds) > 1: ws.merge_cells(f'C{pr}:C{r-1}')
        krows = []
        for kcode, kname, kinds in kegs:
            kr = r; krows.append(r)
            put(ws, f'B{r}', kcode); put(ws, f'C{r}', kname, wrap=True)
            pg = next(budgets)
            put(ws, f'K{r}', pg, fmt='#,##0'); put(ws, f'G{r}', pg * 4.2, fmt='#,##0'); put(ws, f'I{r}', pg * 2.1, fmt='#,##0')
            sp = [0.12, 0.23, 0.28, 0.3]
            for k in range(4):
                put(ws, f'{L(14+3*k)}{r}', round(pg * sp[k]), fmt='#,##0')
            put(ws, f'Y{r}', f'=N{r}+Q{r}+T{r}+W{r}', fmt='#,##0'); put(ws, f'AA{r}', f'=Y{r}/K{r}*100', fmt='0.00')
            put(ws, f'AC{r}', f'=I{r}+Y{r}', fmt='#,##0'); put(ws, f'AE{r}', f'=AC{r}/G{r}*100', fmt='0.00')
            for i in kinds:
                ind(r, i); r += 1
            if len(kinds) > 1:
                ws.merge_cells(f'C{kr}:C{r-1}'); ws.merge_cells(f'B{kr}:B{r-1}')
        if krows:
            for c in ['G', 'I', 'K', 'N', 'Q', 'T', 'W', 'Y', 'AC']:
                put(ws, f'{c}{pr}', '=' + '+'.join(f'{c}{x}' for x in krows), fmt='#,##0')
            put(ws, f'AA{pr}', f'=Y{pr}/K{pr}*100', fmt='0.00')
        else:
            pg = next(budgets)
            put(ws, f'K{pr}', pg, fmt='#,##0'); put(ws, f'W{pr}', pg * 0.93, fmt='#,##0')
            put(ws, f'Y{pr}', f'=N{pr}+Q{pr}+T{pr}+W{pr}', fmt='#,##0')
        box(ws, pr, r - 1, 1, 33)
        no += 1
    last = r - 1
    r += 1
    ws[f'C{r}'] = 'Rata-rata capaian kinerja (%)'; ws[f'Z{r}'] = f'=ROUND(AVERAGE(Z{nr+1}:Z{last}),1)'
    ws[f'AA{r}'] = f'=ROUND(AVERAGE(AA{nr+1}:AA{last}),1)'; r += 1
    ws[f'C{r}'] = 'Predikat kinerja'; ws[f'Z{r}'] = 'Sangat Tinggi'; r += 1
    ws[f'C{r}'] = 'Faktor pendorong : koordinasi yang baik dengan kab/kota'; r += 1
    ws[f'C{r}'] = 'Faktor penghambat : pembatasan kegiatan tatap muka (PPKM)'; r += 1
    ws[f'C{r}'] = 'Tindak lanjut : percepatan penegasan batas pada Renja 2022'; r += 2
    signature(ws, r, 'C', 'Disusun, Kenari, 14 Januari 2022', *SIGN)
    signature(ws, r, 'X', 'Dievaluasi,', 'Kepala Bappeda Provinsi Nusa Kenari', 'Ir. MARTHINUS SOPACUA, M.T.',
              'Pembina Utama Madya (IV/d)', '19660305 199103 1 009')
    ws.column_dimensions['C'].width = 34; ws.column_dimensions['D'].width = 44
    # hidden earlier report (TW III), not key
    w3 = wb.create_sheet('TW III 2021'); w3.sheet_state = 'hidden'
    w3['A1'] = 'EVALUASI RENJA TW III 2021 (arsip)'
    for k, i in enumerate(ids(2021), 3):
        w3.cell(k, 4, D[i][2][2021][0]); w3.cell(k, 10, D[i][2][2021][1])
        v = Q[i][0][2]
        w3.cell(k, 18, v if v != 0 else '-')
    raw = os.path.join(RAW, 'c_2021.xlsx'); wb.save(raw)
    convert(raw, 'xls', OUT, FN21)


y2018_2019(); y2020(); y2021()
key.save(OUT)
print('C rows', len(key.d['rows']))
