"""Agency 3: UPTD Pengelolaan Irigasi Wilayah Cimerang, Kabupaten Tanah Lirang (invented). Years 2020-2023."""
from wbmodel import Workbook
from common import *

SLUG = 'uptd_irigasi_tanah_lirang'
AGENCY = 'UPTD Pengelolaan Irigasi Wilayah Cimerang - Dinas PUPR Kabupaten Tanah Lirang'
YEARS = [2020, 2021, 2022, 2023]
F20 = 'IKU UPTD Irigasi 2020.xlsx'
F21 = 'Rekap Kinerja 2021-2022.xlsx'
F23 = 'Evaluasi Renja TW IV 2023.xls'

# names: 2020 / 2021=2022 (one shared cell) / 2023
IND = {
 'I01': ('Ha', '+', False, 1, {2020: ('Luas areal sawah yang terairi', 8500, 8320),
                               2021: ('Luas Daerah Irigasi Terlayani (Ha)', 8600, 8575),
                               2022: ('Luas Daerah Irigasi Terlayani (Ha)', 8700, 8712),
                               2023: ('Luas areal irigasi yang terlayani', 8800, 8790)}),
 'I02': ('%', '+', False, 1, {2021: ('Persentase luas daerah irigasi terlayani', 88, 87.7),
                              2022: ('Persentase luas daerah irigasi terlayani', 89, 89.1),
                              2023: ('% luas daerah irigasi yang terlayani air', 90, 89.9)}),
 'I03': ('%', '+', False, 1, {2020: ('Persentase saluran primer dalam kondisi baik', 70, 68.5),
                              2021: ('Prosentase saluran primer kondisi baik', 72, 72.4),
                              2022: ('Prosentase saluran primer kondisi baik', 74, 75.0),
                              2023: ('Persentase kondisi baik saluran primer', 76, 75.2)}),
 'I04': ('%', '+', False, 1, {2020: ('Persentase saluran sekunder dalam kondisi baik', 60, 57.3),
                              2021: ('Prosentase saluran sekunder kondisi baik', 62, 61.0),
                              2022: ('Prosentase saluran sekunder kondisi baik', 64, 64.8),
                              2023: ('Persentase kondisi baik saluran sekunder', 66, 66.1)}),
 'I05': ('%', '+', False, 1, {2020: ('Persentase jaringan irigasi dalam kondisi baik', 65, 62.9),
                              2021: ('Jaringan irigasi kondisi baik (%)', 67, 66.7),
                              2022: ('Jaringan irigasi kondisi baik (%)', 69, 69.9),
                              2023: ('Persentase Jaringan Irigasi Kondisi Baik', 71, 70.6)}),
 'I06': ('km', '+', True, 1, {2020: ('Panjang saluran yang dipelihara', 45, 45.6),
                              2021: ('Panjang saluran dipelihara (km)', 48, 47.2),
                              2022: ('Panjang saluran dipelihara (km)', 50, 52.3),
                              2023: ('Panjang pemeliharaan saluran irigasi (km)', 52, 0)}),
 'I07': ('km', '+', True, 1, {2021: ('Panjang saluran yang direhabilitasi (km)', 3.5, 3.2),
                              2022: ('Panjang saluran yang direhabilitasi (km)', 40, 4.25),
                              2023: ('Panjang rehabilitasi saluran irigasi', 4.5, 4.5)}),
 'I08': ('unit', '+', False, 1, {2020: ('Jumlah pintu air yang berfungsi baik', 210, 204),
                                 2021: ('Jumlah Bangunan Pintu Air yg Berfungsi Baik', 215, 213),
                                 2022: ('Jumlah Bangunan Pintu Air yg Berfungsi Baik', 220, 221),
                                 2023: ('Jumlah pintu air berfungsi baik (unit)', 225, 226)}),
 'I10': ('IP', '+', False, 2, {2020: ('Indeks Pertanaman (IP) Padi', 2.0, 1.92),
                               2021: ('IP Padi', 2.1, 2.05),
                               2022: ('IP Padi', 2.2, 2.21),
                               2023: ('Indeks pertanaman padi', 2.3, 2.18)}),
 'I11': ('Ha', '+', True, 2, {2020: ('Luas tanam padi MT I', 8000, 7950),
                              2021: ('MT I (Rendeng)', 8100, 8120),
                              2022: ('MT I (Rendeng)', 8200, 8190),
                              2023: ('Luas tanam padi MT-I', 8300, 8310)}),
 'I12': ('Ha', '+', True, 2, {2020: ('Luas tanam padi MT II', 7000, 6540),
                              2021: ('MT II (Gadu)', 7200, 7005),
                              2022: ('MT II (Gadu)', 7400, 7520),
                              2023: ('Luas tanam padi MT-II', 7600, 6950)}),
 'I13': ('Ha', '-', True, 2, {2020: ('Luas sawah terdampak kekeringan', 150, 210),
                              2021: ('Luas Sawah Terdampak Kekeringan (Ha)', 120, 95),
                              2022: ('Luas Sawah Terdampak Kekeringan (Ha)', 100, 60),
                              2023: ('Luas sawah yg mengalami kekeringan (puso)', 100, 340)}),
 'I14': ('Ha', '-', True, 2, {2022: ('Luas sawah tergenang banjir (Ha)', 80, 112),
                              2023: ('Luas areal sawah terdampak banjir', 80, 45)}),
 'I15': ('kejadian', '-', True, 2, {2020: ('Jumlah kejadian kerusakan darurat jaringan irigasi', 5, 7),
                                    2021: ('Jumlah kejadian jebol tanggul/saluran', 5, 3),
                                    2023: ('Jumlah kejadian kerusakan darurat', 4, 6)}),
 'I16': ('kelompok', '+', False, 3, {2020: ('Jumlah P3A yang aktif', 64, 61),
                                     2021: ('P3A aktif', 66, 66),
                                     2022: ('P3A aktif', 68, 69),
                                     2023: ('Jumlah P3A/GP3A aktif', 70, 70)}),
 'I17': ('kelompok', '+', False, 3, {2020: ('Jumlah P3A berbadan hukum', 30, 28),
                                     2021: ('P3A berbadan hukum', 34, 33),
                                     2022: ('P3A berbadan hukum', 38, 38),
                                     2023: ('Jumlah Perkumpulan Petani Pemakai Air berbadan hukum', 420, 44)}),
 'I18': ('%', '+', False, 3, {2022: ('Persentase P3A berbadan hukum (%)', 55, 55.1),
                              2023: ('Persentase P3A yang telah berbadan hukum', 60, 62.9)}),
 'I19': ('kelompok', '+', True, 3, {2020: ('Jumlah P3A yang mendapat pembinaan', 20, 20),
                                    2021: ('Jumlah P3A yang dibina', 20, 18),
                                    2022: ('Jumlah P3A yang dibina', 24, 24)}),
 'I19b': ('kali', '+', True, 3, {2023: ('Jumlah kegiatan pembinaan P3A', 12, 12)}),
 'I20': ('indeks', '+', False, 3, {2020: ('Nilai IKSI', 70, 68.2),
                                   2021: ('Indeks Kinerja Sistem Irigasi (IKSI)', 72, 71.5),
                                   2022: ('Indeks Kinerja Sistem Irigasi (IKSI)', 74, 74.3),
                                   2023: ('IKSI', 76, 75.9)}),
 'I21': ('%', '+', False, 4, {2020: ('Persentase pengaduan yang ditindaklanjuti', 100, 100),
                              2021: ('Persentase Pengaduan Masyarakat yang Ditindaklanjuti', 100, 95.2),
                              2022: ('Persentase Pengaduan Masyarakat yang Ditindaklanjuti', 100, 100),
                              2023: ('Persentase tindak lanjut pengaduan masyarakat', 100, 97.5)}),
 'I22': ('nilai', '+', False, 4, {2021: ('Nilai SAKIP / Evaluasi AKIP', 'B', 'B'),
                                  2022: ('Nilai SAKIP / Evaluasi AKIP', 62, 63.4),
                                  2023: ('Nilai AKIP UPTD', 65, 66.0)}),
 'I23': ('dokumen', '+', True, 4, {2020: ('Jumlah laporan operasi dan pemeliharaan (OP)', 12, 12),
                                   2021: ('Jumlah laporan O&P (dokumen)', 12, 12),
                                   2022: ('Jumlah laporan O&P (dokumen)', 12, 11),
                                   2023: ('Jumlah dokumen laporan O & P', 12, 12)}),
}


def nm(i, y):
    return IND[i][4][y][0]


def tr(i, y):
    return IND[i][4][y][1], IND[i][4][y][2]


def dv(x):
    return G(x) if isinstance(x, str) else N(x)


KUPTD = [('Kepala UPTD Pengelolaan Irigasi', 'sig'), ('Wilayah Cimerang', 'sig'), ('', 'sig'), ('', 'sig'), ('', 'sig'),
         ('AGUS WIRANANTA, S.T., M.T.', 'sigb'), ('Penata Tk. I', 'sig'), ('NIP. 19790611 200501 1 009', 'sig')]
KDIN = [('Kepala Dinas Pekerjaan Umum dan Penataan Ruang', 'sig'), ('Kabupaten Tanah Lirang', 'sig'), ('', 'sig'), ('', 'sig'),
        ('', 'sig'), ('Ir. SUTEDJO MANGKUWINOTO, M.Eng.', 'sigb'), ('Pembina Utama Muda', 'sig'), ('NIP. 19680304 199503 1 006', 'sig')]


# ------------------------------------------------------------------ 2020: table turned over, two bands (xlsx)
def sheet_2020(ctx, wb):
    y, fn, sn = 2020, F20, 'IKU 2020'
    sh = wb.add(sn)
    sh.width('A', 20)
    for c in range(2, 11):
        sh.width(c, 17)
    sh.set(1, 1, 'CAPAIAN INDIKATOR KINERJA UTAMA (IKU) DAN INDIKATOR KINERJA', 'title'); sh.merge(1, 1, 1, 10)
    sh.set(2, 1, 'UPTD PENGELOLAAN IRIGASI WILAYAH CIMERANG', 'title'); sh.merge(2, 1, 2, 10)
    sh.set(3, 1, 'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN TANAH LIRANG TAHUN 2020', 'title'); sh.merge(3, 1, 3, 10)
    SAS = {1: 'Meningkatnya kinerja layanan jaringan irigasi', 2: 'Meningkatnya intensitas pertanaman padi di daerah irigasi',
           3: 'Meningkatnya partisipasi petani pemakai air', 4: 'Meningkatnya kualitas tata kelola UPTD'}
    KD = {
        'I01': (N(85000), None, 'pos', 'TARGET TYPED 10x: 85000 for 8500 (key 85000 as typed); capaian formula gives 9,79'),
        'I04': (None, S('57,3 %', 57.3), 'typed95.5', 'realisasi typed "57,3 %" as text (key 57,3); capaian typed 95,5'),
        'I06': (None, None, 'wrongcol', 'capaian formula points at the NEXT column\'s target (=F9/G8*100)'),
        'I10': (None, S('1,92', 1.92), 'typed96', 'realisasi typed as text "1,92" (key 1,92); capaian typed 96'),
        'I13': (None, None, 'pos', 'NEGATIVE (drought area 210 against 150) with the positive formula = 140'),
        'I15': (None, None, 'neg2', 'negative, (2T-R)/T x100 = 60'),
        'I21': (P(100, 'pct0'), P(100, 'pct0'), 'pos', '%-formatted 100% cells (value 1): key 100 and 100'),
        'I23': (None, Q('12', 12), 'typed100', "realisasi typed with a leading apostrophe ('12): key 12"),
    }
    bands = [(5, ['I01', 'I03', 'I04', 'I05', 'I06', 'I08', 'I10', 'I11', 'I12']),
             (12, ['I13', 'I15', 'I16', 'I17', 'I17', 'I19', 'I20', 'I21', 'I23'])]
    seen = set()
    for top, ids in bands:
        labels = ['Sasaran', 'Indikator Kinerja', 'Satuan', 'Target 2020', 'Realisasi 2020', 'Capaian (%)']
        for k, l in enumerate(labels):
            sh.set(top + k, 1, l, 'hdr')
        rn, ru, rt, rr, rc = top + 1, top + 2, top + 3, top + 4, top + 5
        spans = {}
        for k, i in enumerate(ids):
            c = 2 + k
            col = CL(c)
            s = IND[i][3]
            spans.setdefault(s, [c, c])[1] = c
            dup = i in seen
            seen.add(i)
            t, rv = tr(i, y)
            tv, rvv, cap, note = KD.get(i, (None, None, 'pos', None))
            sh.set(rn, c, nm(i, y), 'hdr' if False else 'txt')
            sh.set(ru, c, IND[i][0], 'txtc')
            kt = put(sh, rt, c, tv or dv(t))
            kr = put(sh, rr, c, rvv or dv(rv))
            if cap == 'pos':
                sh.set(rc, c, None, 'dec2', formula=f'={col}{rr}/{col}{rt}*100')
            elif cap == 'neg2':
                sh.set(rc, c, None, 'dec2', formula=f'=(2*{col}{rt}-{col}{rr})/{col}{rt}*100')
            elif cap == 'wrongcol':
                sh.set(rc, c, None, 'dec2', formula=f'={col}{rr}/{CL(c+1)}{rt}*100')
            else:
                sh.set(rc, c, float(cap[5:]), 'dec2')
            if dup:
                ctx.note(fn, sn, rn, f'column {col}: DUPLICATE of the column to its left (I17, same figures): second copy, not keyed')
            else:
                ctx.key(fn, sn, rn, col, y, nm(i, y), i, kt, kr, f'{col}{rt}', f'{col}{rr}', shared=True)
                if note:
                    ctx.note(fn, sn, rn, f'column {col} {i}: ' + note)
        for s, (a, b) in spans.items():
            sh.set(top, a, f'Sasaran {s}: {SAS[s]}', 'txtb'); sh.merge(top, a, top, b)
    sh.set(19, 1, 'Keterangan: capaian = realisasi / target x 100', 'ital')
    sh.set(21, 7, 'Tanah Lirang, 11 Januari 2021', 'sig'); sh.merge(21, 7, 21, 9)
    signature(sh, 22, 7, KUPTD, 3)
    ctx.describe(fn, sn, 'The table is TURNED OVER: indicators run across the columns, in two bands (rows 5-10 and 12-17), each band with '
                 'row labels in column A: Sasaran (merged across its indicators) | Indikator Kinerja | Satuan | Target 2020 | '
                 'Realisasi 2020 | Capaian (%). Key rows are the "Indikator Kinerja" rows 6 and 13; every key row carries "col". '
                 'Key: target = row 8/15, realisasi = row 9/16 of the same column. 17 key rows + 1 duplicated column (band 2, column F).')


def sheet_2020_extra(ctx, wb):
    h = wb.add('Sheet3')
    h.hidden = True
    h.set(1, 1, 'data 2019 (lama)')
    for k, (n, v) in enumerate([('Luas areal sawah yang terairi', 8410), ('IP padi', 1.88), ('P3A aktif', 60)], 2):
        h.set(k, 1, n); h.set(k, 2, v)
    ctx.describe(F20, 'Sheet3', 'HIDDEN sheet with three 2019 figures. Not keyed.')
    n = wb.add('Catatan')
    n.width('A', 100)
    for k, l in enumerate(['Catatan:', 'Data luas tanam dari laporan KCD Pertanian per musim tanam.',
                           'MT I = musim rendeng (Okt-Mar), MT II = musim gadu (Apr-Sep).',
                           'IKSI dinilai oleh tim Dinas PUPR pada bulan November.'], 1):
        n.set(k, 1, l)
    ctx.describe(F20, 'Catatan', 'Notes sheet. Not keyed.')


# ------------------------------------------------------------------ 2021 + 2022 side by side (xlsx, autofilter, frozen, hidden cols)
def sheet_2122(ctx, wb):
    fn, sn = F21, 'Rekap 2021-2022'
    sh = wb.add(sn)
    for c, w in zip('ABCDEFGHIJK', [5, 44, 36, 9, 11, 11, 11, 11, 11, 11, 26]):
        sh.width(c, w)
    sh.set(1, 1, 'REKAPITULASI CAPAIAN KINERJA UPTD PENGELOLAAN IRIGASI WILAYAH CIMERANG', 'titlel')
    sh.set(2, 1, 'TAHUN 2021 DAN TAHUN 2022', 'titlel')
    for col, h in [('A', 'No'), ('B', 'Indikator'), ('C', 'Sub Indikator'), ('D', 'Satuan'), ('K', 'Keterangan')]:
        sh.set(4, col, h, 'hdr'); sh.merge(4, col, 5, col)
    sh.set(4, 'E', 'Tahun 2021', 'hdr'); sh.merge(4, 'E', 4, 'G')
    sh.set(4, 'H', 'Tahun 2022', 'hdr'); sh.merge(4, 'H', 4, 'J')
    for col, h in zip('EFGHIJ', ['Target', 'Realisasi', 'Capaian (%)'] * 2):
        sh.set(5, col, h, 'hdr')
    # rows: ('sas', text) | ('grp', text) | (id, namecol, t21, r21, t22, r22, cap21, cap22, ket, note)
    rows = [
        ('sas', 'SASARAN 1 : Meningkatnya kinerja layanan jaringan irigasi'),
        ('I01', 'B', None, None, None, S('8.712 Ha', 8712), 'pos', 'pos', None, '2022 realisasi typed "8.712 Ha" (key 8712)'),
        ('I02', 'B', P(88, 'pct0'), P(87.7), None, None, 'pos', 'pos', None, '2021 cells are %-formatted fractions (0,88 / 0,877): key 88 / 87,7; 2022 plain numbers 89 / 89,1'),
        ('grp', 'Kondisi saluran irigasi'),
        ('I03', 'C', None, None, None, None, 'pos', 'pos', None, None),
        ('I04', 'C', None, None, None, None, 'pos', 'pos', None, None),
        ('I05', 'C', None, None, None, None, 'pos', 'pos', None, None),
        ('I06', 'B', None, None, None, None, 'pos', 'pos', None, None),
        ('I07', 'B', None, None, N(40), None, 'pos', 'pos', None, '2022 TARGET TYPED 10x: 40 for 4 (key 40 as typed)'),
        ('I08', 'B', None, Q('213', 213), None, Q('221', 221), 'pos', 'pos', None, "realisasi 2021 and 2022 typed with a leading apostrophe ('213, '221): keys 213 / 221"),
        ('sas', 'SASARAN 2 : Meningkatnya intensitas pertanaman padi'),
        ('I10', 'B', None, None, None, None, 'pos', 'pos', None, None),
        ('grp', 'Luas tanam padi (Ha)'),
        ('I11', 'C', None, None, None, None, 'pos', 'pos', 'Rendeng', 'Sub Indikator written only "MT I (Rendeng)": the name lives in the group row above'),
        ('I12', 'C', None, None, None, None, 'pos', 'typed100', 'Gadu', '2022 capaian typed 100 (hidden column J) while 7520/7400 = 101,62'),
        ('I13', 'B', None, None, None, None, 'pos', 'pos', None, 'NEGATIVE (drought area) with the positive formula in both years'),
        ('I14', 'B', 'blank', 'blank', None, None, None, 'neg2', 'indikator baru 2022', 'only 2022 has figures (2021 cells empty): one key row (2022); 2022 capaian (2T-R)/T = 60'),
        ('I15', 'B', None, None, 'blank', 'blank', 'neg2', None, 'tidak digunakan 2022', 'only 2021 has figures (2022 cells empty): one key row (2021)'),
        ('sas', 'SASARAN 3 : Meningkatnya partisipasi petani pemakai air'),
        ('grp', 'Jumlah P3A (kelompok)'),
        ('I16', 'C', None, None, None, None, 'pos', 'pos', None, None),
        ('I17', 'C', None, None, None, None, 'pos', 'pos', None, None),
        ('I18', 'C', 'blank', 'blank', None, None, None, 'pos', 'indikator baru 2022', 'Persentase (I18) vs Jumlah (I17) P3A berbadan hukum: do not merge; 2022 only'),
        ('I19', 'B', None, None, None, None, 'pos', 'pos', None, None),
        ('I20', 'B', None, None, S('74-76', 74), None, 'pos', 'pos', None, '2022 target written as a range "74-76" (key 74)'),
        ('sas', 'SASARAN 4 : Meningkatnya kualitas tata kelola UPTD'),
        ('I21', 'B', None, S('95,2 %', 95.2), None, None, 'pos', 'pos', None, '2021 realisasi typed "95,2 %" (key 95,2)'),
        ('I22', 'B', None, None, None, None, 'pos', 'pos', 'predikat B (2021)', '2021 grades "B"/"B": both null'),
        ('I23', 'B', None, None, None, None, 'pos', 'pos', None, None),
        ('DUP', 'I23'),
    ]
    r = 6
    no = 0
    rowof = {}
    for row in rows:
        if row[0] == 'sas':
            sh.set(r, 'B', row[1], 'txtb')
            for c in [1] + list(range(3, 12)):
                sh.set(r, c, None, 'txt')
            ctx.note(fn, sn, r, f'sasaran row: not a key row')
            r += 1
            continue
        if row[0] == 'grp':
            no += 1
            sh.set(r, 'A', no, 'txtc'); sh.set(r, 'B', row[1], 'txt')
            for c in range(3, 12):
                sh.set(r, c, None, 'txt')
            ctx.note(fn, sn, r, f'group row "{row[1]}" in the Indikator column with no figures: not a key row; its Sub Indikator rows below are')
            r += 1
            continue
        if row[0] == 'DUP':
            src = rowof[row[1]]
            i = row[1]
            sh.set(r, 'A', no, 'txtc'); sh.set(r, 'B', nm(i, 2021), 'txt'); sh.set(r, 'C', None, 'txt')
            sh.set(r, 'D', IND[i][0], 'txtc')
            for col, y, which in [('E', 2021, 1), ('F', 2021, 2), ('H', 2022, 1), ('I', 2022, 2)]:
                put(sh, r, col, N(IND[i][4][y][which]))
            sh.set(r, 'G', None, 'dec2', formula=f'=IFERROR(F{r}/E{r}*100,"-")')
            sh.set(r, 'J', None, 'dec2', formula=f'=IFERROR(I{r}/H{r}*100,"-")')
            sh.set(r, 'K', None, 'txt')
            ctx.note(fn, sn, r, f'DUPLICATE of row {src} ({i}, same No and figures): second copy, not keyed')
            r += 1
            continue
        i, ncol, t21, r21, t22, r22, c21, c22, ket, note = row
        if ncol == 'B':
            no += 1
            sh.set(r, 'A', no, 'txtc'); sh.set(r, 'B', nm(i, 2021 if 2021 in IND[i][4] else 2022), 'txt'); sh.set(r, 'C', None, 'txt')
        else:
            sh.set(r, 'A', None, 'txtc'); sh.set(r, 'B', None, 'txt')
            sh.set(r, 'C', nm(i, 2021 if 2021 in IND[i][4] else 2022), 'txt')
        sh.set(r, 'D', IND[i][0], 'txtc')
        for y, tcol, rcol, ccol, tv, rvv, cap in [(2021, 'E', 'F', 'G', t21, r21, c21), (2022, 'H', 'I', 'J', t22, r22, c22)]:
            if tv == 'blank':
                sh.set(r, tcol, None, 'num'); sh.set(r, rcol, None, 'num'); sh.set(r, ccol, None, 'dec2')
                assert y not in IND[i][4]
                continue
            t, rv = tr(i, y)
            kt = put(sh, r, tcol, tv or dv(t))
            kr = put(sh, r, rcol, rvv or dv(rv))
            if cap == 'pos':
                sh.set(r, ccol, None, 'dec2', formula=f'=IFERROR({rcol}{r}/{tcol}{r}*100,"-")')
            elif cap == 'neg2':
                sh.set(r, ccol, None, 'dec2', formula=f'=IFERROR((2*{tcol}{r}-{rcol}{r})/{tcol}{r}*100,"-")')
            else:
                sh.set(r, ccol, float(cap[5:]), 'dec2')
            assert nm(i, y) == sh.cells[(r, CI(ncol))].value
            ctx.key(fn, sn, r, ncol, y, nm(i, y), i, kt, kr, f'{tcol}{r}', f'{rcol}{r}', shared=True)
        sh.set(r, 'K', ket, 'txt')
        if note:
            ctx.note(fn, sn, r, f'{i}: ' + note)
        rowof[i] = r
        r += 1
    last = r - 1
    sh.freeze = 'E6'
    sh.autofilter = f'A5:K{last}'
    sh.hidden_cols |= {CI('G'), CI('J')}
    sh.set(last + 2, 'H', 'Tanah Lirang, 20 Januari 2023', 'sig'); sh.merge(last + 2, 'H', last + 2, 'J')
    signature(sh, last + 3, 'H', KUPTD, 3)
    ctx.describe(fn, sn, 'TWO YEARS SIDE BY SIDE in one table: header rows 4-5: No | Indikator | Sub Indikator | Satuan | Tahun 2021: '
                 'Target, Realisasi, Capaian (%) | Tahun 2022: Target, Realisasi, Capaian (%) | Keterangan. Saved with an AUTOFILTER '
                 f'on A5:K{last}, FROZEN PANES at E6 and the two Capaian columns G and J HIDDEN (their formulas are consistent: '
                 '=IFERROR(R/T*100,"-")). The name column is SPLIT into Indikator (B) and Sub Indikator (C): group rows in B without '
                 f'figures, their parts in C. Data rows 6-{last}. Each indicator row gives two key rows (2021: E/F, 2022: H/I), '
                 'both with "col"; an indicator with empty cells for a year has no key row for that year. 41 key rows + 1 duplicate.')


def sheet_2122_notes(ctx, wb):
    n = wb.add('Keterangan')
    n.width('A', 100)
    for k, l in enumerate(['Kolom capaian disembunyikan untuk pencetakan.', 'Filter dipasang pada baris judul kolom.',
                           'Luas sawah tergenang banjir mulai diukur 2022 (banjir Februari 2022).'], 1):
        n.set(k, 1, l)
    ctx.describe(F21, 'Keterangan', 'Notes sheet. Not keyed.')


# ------------------------------------------------------------------ 2023: E.81 15-column scheme (xls)
def sheet_e81(ctx, wb, upto=4):
    y, fn = 2023, F23
    keyed = upto == 4
    sn = 'TW IV 2023' if keyed else 'TW III 2023'
    sh = wb.add(sn)
    sh.hidden = not keyed
    for c in range(6, 26):
        sh.width(c, 11 if c % 2 == 0 else 14)
    for c, w in {'A': 5, 'B': 20, 'C': 32, 'D': 38, 'E': 8, 'Z': 14, 'AA': 18}.items():
        sh.width(c, w)
    sh.set(1, 1, 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TANAH LIRANG', 'titlel')
    sh.set(2, 1, 'Renja Perangkat Daerah : UPTD Pengelolaan Irigasi Wilayah Cimerang (Dinas PUPR)', 'bold')
    sh.set(3, 1, 'Periode Pelaksanaan : Triwulan %s Tahun 2023' % ('IV' if keyed else 'III'), 'bold')
    for col, h in [('A', 'No'), ('B', 'Sasaran'), ('C', 'Program / Kegiatan / Sub Kegiatan'), ('D', 'Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)'),
                   ('E', 'Satuan'), ('Z', 'Unit PD Penanggung Jawab'), ('AA', 'Keterangan')]:
        sh.set(5, col, h, 'hdr'); sh.merge(5, col, 7, col)
    for col, h in [('F', 'Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)'),
                   ('H', 'Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2022)'),
                   ('J', 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2023) yang dievaluasi'),
                   ('T', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi'),
                   ('V', 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2023'),
                   ('X', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2023 (%)')]:
        c = CI(col)
        sh.set(5, c, h, 'hdr'); sh.merge(5, c, 6, c + 1)
    sh.set(5, 'L', 'Realisasi Kinerja Pada Triwulan', 'hdr'); sh.merge(5, 'L', 5, 'S')
    for k, col in enumerate('LNPR'):
        c = CI(col)
        sh.set(6, c, ['I', 'II', 'III', 'IV'][k], 'hdr'); sh.merge(6, c, 6, c + 1)
    for c in range(6, 26):
        sh.set(7, c, 'K' if c % 2 == 0 else 'Rp', 'hdr')
    nums = {'A': '1', 'B': '2', 'C': '3', 'D': '4', 'E': '', 'F': '5', 'H': '6', 'J': '7', 'L': '8', 'N': '9', 'P': '10',
            'R': '11', 'T': '12 = 8+9+10+11', 'V': '13 = 6 + 12', 'X': '14 = 13/5 x 100', 'Z': '15', 'AA': '16'}
    for col, t in nums.items():
        c = CI(col)
        sh.set(8, c, t, 'hdrn')
        if 6 <= c <= 24:
            sh.merge(8, c, 8, c + 1)
    d = '-'
    # id: renstra F, s/d 2022 H, target V (or None), quarters, mode(sum/last/typed0), note
    KD = {
        'I05': (75, 69.9, None, [d, d, d, 70.6], 'last', None),
        'I02': (92, 89.1, None, [88.5, 89.0, 89.5, 89.9], 'last', None),
        'I01': (9000, 8712, None, [8650, 8700, 8760, 8790], 'last', None),
        'I03': (80, 75.0, None, [d, d, d, 75.2], 'last', None),
        'I04': (70, 64.8, None, [d, d, d, 66.1], 'last', None),
        'I08': (235, 221, None, [222, 224, 225, 226], 'last', None),
        'I06': (250, 145.1, None, [12.5, 13.1, 14.2, 12.0], 'typed0', 'col 12 TYPED OVER as 0 while the quarters hold 12,5 + 13,1 + 14,2 + 12,0 = 51,8: key 0 as typed'),
        'I23': (60, 35, None, [3, 3, 3, 3], 'sum', None),
        'I07': (20, 7.45, None, [0, 1.5, 2, 1], 'sum', None),
        'I10': (2.5, 2.21, None, [d, d, d, S('2,18', 2.18)], 'last', 'TW IV typed as text "2,18"; col 12 (=R) returns that text: key 2,18'),
        'I11': (8500, 24460, None, [6500, 1810, 0, 0], 'sum', None),
        'I12': (8000, 21065, None, [0, 2100, 4850, 0], 'sum', None),
        'I13': (80, 365, None, [0, 0, 220, 120], 'sum', 'negative flow; no capaian column for this year in the 15-column scheme'),
        'I14': (60, 112, None, [30, 15, 0, 0], 'sum', None),
        'I15': (3, 10, None, [2, 1, 1, 2], 'sum', None),
        'I16': (75, 69, None, [68, 69, 70, 70], 'last', None),
        'I17': (55, 38, N(420), [40, 41, 43, 44], 'last', 'TARGET TYPED 10x: 420 for 42 (key 420 as typed)'),
        'I18': (P(75, 'pct0'), P(55.1), P(60, 'pct0'), [d, d, d, P(62.9)], 'lastpct', '%-formatted fractions (0,6 / 0,629; col 12 also % formatted): key 60 / 62,9'),
        'I19b': (60, 0, None, [3, 3, 3, 3], 'sum', None),
        'I20': (80, 74.3, None, [d, d, d, 75.9], 'last', None),
        'I21': (100, 100, None, [100, 95, 96.5, 97.5], 'last', None),
        'I22': (70, 63.4, None, [d, d, d, 66], 'last', None),
    }
    SAS = {1: 'Meningkatnya kinerja layanan jaringan irigasi', 2: 'Meningkatnya intensitas pertanaman padi',
           3: 'Meningkatnya partisipasi P3A dalam pengelolaan irigasi', 4: 'Meningkatnya akuntabilitas kinerja UPTD'}
    blocks = [
        (1, 'P', '1.03.02 PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', (48500000000, 17650000000, 6120000000, [650000000, 1480000000, 1890000000, 1720000000]), ['I05', 'I02', 'I01']),
        (1, 'K', '1.03.02.2.02 Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya dibawah 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota',
         (41200000000, 15010000000, 5240000000, [560000000, 1275000000, 1610000000, 'F']), ['I03', 'I04', 'I08']),
        (1, 'S', '1.03.02.2.02.0001 Operasi dan Pemeliharaan Jaringan Irigasi Permukaan', (9800000000, 3640000000, 1310000000, [210000000, 330000000, 385000000, 362500000]), ['I06', 'I23']),
        (1, 'S', '1.03.02.2.02.0010 Rehabilitasi Jaringan Irigasi Permukaan', (26500000000, 9450000000, 3380000000, [250000000, 840000000, 1120000000, 1030000000]), ['I07']),
        (2, 'S', '1.03.02.2.02.0002 Pengaturan dan Pembagian Air Irigasi', (1850000000, 640000000, 290000000, [60000000, 65000000, 75000000, 82000000]), ['I10', 'I11', 'I12', 'I13', 'I14', 'I15']),
        (3, 'S', '1.03.02.2.02.0005 Pemberdayaan Perkumpulan Petani Pemakai Air (P3A/GP3A)', (1200000000, 380000000, 260000000, [40000000, 60000000, 75000000, 80500000]), ['I16', 'I17', 'I18', 'I19b', 'I20']),
        (4, 'P', '1.03.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', (9750000000, 3700000000, 1880000000, [410000000, 455000000, 470000000, 530000000]), ['I21', 'I21', 'I22']),
    ]
    r = 9
    sh.set(r, 'C', '1.03 URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG', 'txtb'); sh.merge(r, 'C', r, 'E')
    if keyed:
        ctx.note(fn, sn, r, 'Urusan row: not a key row')
    r = 10
    sas_rows = {}
    no = 0
    seen = set()
    for s, kind, pname, budget, ids in blocks:
        sas_rows.setdefault(s, [r, r])
        start = r
        no += 1
        for j, i in enumerate(ids):
            dup = i in seen
            seen.add(i)
            F_, H_, Jv, qs, mode, note = KD[i]
            t, rv = tr(i, y)
            qs = list(qs)
            if not keyed:
                qs[3] = None
            sh.set(r, 'D', nm(i, y), 'txt')
            sh.set(r, 'E', IND[i][0], 'txtc')
            put(sh, r, 'F', as_v(F_)); put(sh, r, 'H', as_v(H_))
            kt = put(sh, r, 'J', Jv if Jv is not None else dv(t))
            for k, col in enumerate('LNPR'):
                put(sh, r, col, qs[k] if qs[k] is not None else E())
            lc = 'R' if keyed else 'P'
            if mode == 'sum':
                sh.set(r, 'T', None, 'num', formula=f'=L{r}+N{r}+P{r}+R{r}' if keyed else f'=L{r}+N{r}+P{r}')
                kr = qsum(qs[:4])
            elif mode in ('last', 'lastpct'):
                sh.set(r, 'T', None, 'pct' if mode == 'lastpct' else 'num', formula=f'={lc}{r}')
                kr = as_v(qs[3]).key if keyed else None
            else:
                sh.set(r, 'T', 0, 'num')
                kr = 0
            if mode == 'lastpct':
                sh.set(r, 'V', None, 'pct', formula=f'=T{r}')
                sh.set(r, 'X', None, 'dec2', formula=f'=V{r}/F{r}*100')
            elif isinstance(F_, (int, float)):
                if IND[i][2]:
                    sh.set(r, 'V', None, 'num', formula=f'=H{r}+T{r}')
                else:
                    sh.set(r, 'V', None, 'num', formula=f'=T{r}')
                sh.set(r, 'X', None, 'dec2', formula=f'=V{r}/F{r}*100')
            if i == 'I10':
                sh.set(r, 'V', '2,18', 'strr'); sh.set(r, 'X', 87.2, 'dec2')
            if j == 0:
                G_, I_, K_, rq = budget
                sh.set(r, 'G', G_, 'rp'); sh.set(r, 'I', I_, 'rp'); sh.set(r, 'K', K_, 'rp')
                for k, col in enumerate('MOQS'):
                    if rq[k] == 'F':
                        sh.set(r, col, None, 'rp', formula=f'=4985000000-M{r}-O{r}-Q{r}' if keyed else None)
                    elif not keyed and k == 3:
                        sh.set(r, col, None, 'rp')
                    else:
                        sh.set(r, col, rq[k], 'rp')
                sh.set(r, 'U', None, 'rp', formula=f'=M{r}+O{r}+Q{r}+S{r}')
                sh.set(r, 'W', None, 'rp', formula=f'=I{r}+U{r}')
                sh.set(r, 'Y', None, 'dec2', formula=f'=W{r}/G{r}*100')
            if keyed and j == 0 and 'F' in budget[3]:
                ctx.note(fn, sn, r, 'budget cell S (TW IV Rp) is =4985000000-M-O-Q: a constant inside a formula (Rp, not keyed)')
            if keyed:
                if dup:
                    ctx.note(fn, sn, r, f'DUPLICATE of the row above ({i}, same figures): second copy, not keyed')
                else:
                    ctx.key(fn, sn, r, 'D', y, nm(i, y), i, kt, kr, f'J{r}', f'T{r}')
                    if note:
                        ctx.note(fn, sn, r, f'{i}: ' + note)
                    if abs((kr or 0) - (rv or 0)) > 1e-6 and i not in ('I06',):
                        raise AssertionError((i, kr, rv))
            r += 1
        end = r - 1
        sh.set(start, 'A', no, 'txtc'); sh.merge(start, 'A', end, 'A')
        sh.set(start, 'C', pname, 'txtb' if kind == 'P' else 'txt'); sh.merge(start, 'C', end, 'C')
        sh.set(start, 'Z', 'UPTD PI Cimerang', 'txt'); sh.merge(start, 'Z', end, 'Z')
        sas_rows[s][1] = end
    last = r - 1
    for s, (a, b) in sas_rows.items():
        sh.set(a, 'B', SAS[s], 'txt'); sh.merge(a, 'B', b, 'B')
    r = last + 1
    sh.set(r, 'C', 'Rata-rata capaian kinerja Renstra (%)', 'txtb'); sh.merge(r, 'C', r, 'W')
    sh.set(r, 'X', None, 'dec2', formula=f'=AVERAGE(X10:X{last})')
    sh.set(r + 1, 'C', 'Predikat kinerja', 'txtb'); sh.merge(r + 1, 'C', r + 1, 'W'); sh.set(r + 1, 'X', 'Tinggi', 'txt')
    sh.set(r + 2, 'C', 'Faktor pendorong: dukungan P3A/GP3A dalam pemeliharaan saluran tersier.', 'plain')
    sh.set(r + 3, 'C', 'Faktor penghambat: kemarau panjang (El Nino) Juli-Oktober 2023; kerusakan darurat bendung Cimerang Hilir.', 'plain')
    sh.set(r + 4, 'C', 'Tindak lanjut: percepatan rehabilitasi saluran sekunder dan gilir giring air pada MT II.', 'plain')
    sh.set(r + 6, 'D', 'Disusun', 'sig'); sh.set(r + 6, 'T', 'Dievaluasi', 'sig'); sh.merge(r + 6, 'T', r + 6, 'X')
    sh.set(r + 7, 'D', 'Tanah Lirang, 12 Januari 2024', 'sig')
    signature(sh, r + 8, 'D', KUPTD, 1)
    signature(sh, r + 8, 'T', KDIN, 5)
    if keyed:
        ctx.note(fn, sn, last + 1, 'average, predikat, faktor and signature rows: not key rows')
        ctx.describe(fn, sn, 'Permendagri 86 form E.81, 15-column scheme (no capaian of this year\'s target; Satuan column unnumbered), '
                     'Triwulan IV 2023. THREE header rows 5-7 + numbered row 8 ("12 = 8+9+10+11", "13 = 6 + 12", "14 = 13/5 x 100"). '
                     'Columns: A No | B Sasaran | C Program/Kegiatan/Sub Kegiatan | D Indikator | E Satuan | F:G (5) Target Renstra 2026 | '
                     'H:I (6) Realisasi Renstra s/d 2022 | J:K (7) Target Renja 2023 | L:S (8-11) TW I-IV K/Rp | T:U (12) | V:W (13) | '
                     f'X:Y (14) | Z Unit PD | AA Keterangan. Row 9 is the Urusan row; data rows 10-{last}. Key: target = J (col 7, NOT the '
                     'Renstra target F), realisasi = T (col 12: sum of quarters for flows, =R (TW IV) for levels). 22 key rows + 1 duplicate.')
    else:
        ctx.describe(fn, sn, 'HIDDEN sheet: the Triwulan III version of the same form. Not keyed.')


def sheet_2023_notes(ctx, wb):
    n = wb.add('Petunjuk')
    n.width('A', 110)
    for k, l in enumerate(['Petunjuk pengisian Formulir E.81 (Permendagri 86 Tahun 2017):',
                           'Kolom 8-11 diisi realisasi kinerja (K) dan anggaran (Rp) per triwulan.',
                           'Kolom 12 = jumlah kolom 8 s.d. 11, untuk indikator persentase/indeks diisi nilai triwulan terakhir.',
                           'Kolom 13 = kolom 6 + kolom 12; kolom 14 = kolom 13 / kolom 5 x 100.'], 1):
        n.set(k, 1, l)
    ctx.describe(F23, 'Petunjuk', 'Instructions sheet. Not keyed.')


def build(raw):
    ctx = Ctx(SLUG, AGENCY, YEARS)
    wb = Workbook()
    sheet_2020(ctx, wb)
    sheet_2020_extra(ctx, wb)
    wb.save(f'{raw}/{F20}')
    wb = Workbook()
    sheet_2122(ctx, wb)
    sheet_2122_notes(ctx, wb)
    wb.save(f'{raw}/{F21}')
    wb = Workbook()
    sheet_e81(ctx, wb, 4)
    sheet_e81(ctx, wb, 3)
    sheet_2023_notes(ctx, wb)
    wb.save(f'{raw}/{F23}')
    ctx.files = [F20, F21, F23]
    ctx.freeze = [(F21, 'Rekap 2021-2022', 'E6')]
    ctx.ambiguous = [['I19', 'I19b']]
    ctx.ambiguous_why = {('I19', 'I19b'): '"Jumlah P3A yang dibina" (groups, 2020-2022) vs "Jumlah kegiatan pembinaan P3A" (sessions, 2023)'}
    ctx.flows = [i for i in IND if IND[i][2]]
    ctx.negative = [i for i in IND if IND[i][1] == '-']
    ctx.lookalikes = [('I01', 'I02', 'Luas (Ha) vs Persentase luas daerah irigasi terlayani'),
                      ('I03', 'I04', 'saluran PRIMER vs SEKUNDER kondisi baik (two sub-types); I05 is the whole network'),
                      ('I06', 'I07', 'saluran dipelihara vs direhabilitasi'),
                      ('I11', 'I12', 'luas tanam MT I vs MT II (two sub-types)'),
                      ('I13', 'I14', 'sawah terdampak kekeringan vs tergenang banjir'),
                      ('I16', 'I17', 'P3A aktif vs P3A berbadan hukum'),
                      ('I17', 'I18', 'Jumlah vs Persentase P3A berbadan hukum')]
    return ctx
