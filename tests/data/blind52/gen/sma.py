"""Agency 1: UPTD SMA Negeri 2 Lembah Sari, Provinsi Nusa Kencana (invented). Years 2018-2021."""
from wbmodel import Workbook
from common import *

SLUG = 'sma_negeri2_lembah_sari'
AGENCY = 'UPTD SMA Negeri 2 Lembah Sari - Dinas Pendidikan Provinsi Nusa Kencana'
YEARS = [2018, 2019, 2020, 2021]
F18 = 'PK SMAN 2 Lembah Sari 2018-2019.xls'
F20 = 'Renaksi TW 2020 SMAN2.ods'
F21 = 'LKjIP 2021 - Tabel Bab III.xlsx'

# id: unit, polarity, flow?, sasaran, {year: (name, target, realisasi)}
IND = {
 'S01': ('%', '+', False, 1, {2018: ('Prosentase Kelulusan Siswa', 98, 99.2),
                              2019: ('Persentase kelulusan peserta didik', 98.5, 100),
                              2020: ('Persentase Kelulusan', 99, 100),
                              2021: ('Persentase kelulusan siswa kelas XII', 99, 99.7)}),
 'S02': ('orang', '+', True, 1, {2018: ('Jumlah siswa yang lulus', 310, 314),
                                 2019: ('Jumlah siswa yg lulus', 320, 322),
                                 2020: ('Jumlah lulusan', 325, 326),
                                 2021: ('Jumlah Siswa Lulus', 330, 329)}),
 'S03': ('nilai', '+', False, 1, {2018: ('Rata-rata Nilai UN Jurusan IPA', 60, 57.4),
                                  2019: ('Rata - rata nilai UNBK IPA', 61, 58.9)}),
 'S04': ('nilai', '+', False, 1, {2018: ('Rata-rata Nilai UN Jurusan IPS', 55, 52.1),
                                  2019: ('Rata - rata nilai UNBK IPS', 56, 53.8)}),
 'S05': ('nilai', '+', False, 1, {2020: ('Rata-rata Nilai Ujian Sekolah (US)', 78, 80.5),
                                  2021: ('Rata-rata nilai US/Asesmen Sekolah', 79, 81.2)}),
 'S06': ('%', '+', False, 1, {2018: ('Persentase lulusan yang melanjutkan ke Perguruan Tinggi', 65, 61.5),
                              2019: ('Persentase lulusan melanjutkan ke PT', 66, 63.0),
                              2020: ('% Lulusan Melanjutkan ke Perguruan Tinggi', 67, 58.3),
                              2021: ('Persentase lulusan yang melanjutkan ke perguruan tinggi (PTN/PTS)', 68, 64.9)}),
 'S07': ('%', '+', False, 1, {2019: ('Persentase lulusan diterima di PTN', 30, 27.6),
                              2020: ('Persentase lulusan diterima PTN', 30, 31.3),
                              2021: ('Persentase Lulusan Diterima di Perguruan Tinggi Negeri', 32, 33.1)}),
 'S08': ('orang', '+', True, 1, {2018: ('Jumlah siswa yang meraih juara lomba tingkat Provinsi/Nasional', 12, 15),
                                 2019: ('Jumlah siswa berprestasi tk. Prov/Nas', 12, 9),
                                 2020: ('Jumlah Siswa Berprestasi Tingkat Provinsi dan Nasional', 10, 4),
                                 2021: ('Jumlah siswa berprestasi (Prov/Nasional)', 10, 11)}),
 'S09': ('%', '-', False, 2, {2018: ('Angka Putus Sekolah', 0.5, 0.4),
                              2019: ('Angka Putus Sekolah (APS)', 0.5, 0.62),
                              2020: ('Angka putus sekolah (%)', 0.5, 0.35),
                              2021: ('Persentase siswa putus sekolah', 0.4, 0.3)}),
 'S10': ('orang', '-', True, 2, {2019: ('Jumlah siswa putus sekolah', 5, 6),
                                 2020: ('Jumlah Siswa Drop Out', 5, 3),
                                 2021: ('Jumlah siswa putus sekolah (DO)', 4, 3)}),
 'S11': ('orang', '+', True, 2, {2018: ('Jumlah siswa baru yang diterima (PPDB)', 324, 324),
                                 2019: ('Jumlah peserta didik baru', 324, 321),
                                 2020: ('Jumlah Peserta Didik Baru (PPDB)', 324, 324),
                                 2021: ('Jumlah peserta didik baru', 360, 356)}),
 'S12': ('orang', '+', False, 2, {2018: ('Jumlah siswa', 960, 958),
                                  2019: ('Jumlah seluruh siswa', 970, 965),
                                  2020: ('Jumlah Siswa Aktif', 975, 972),
                                  2021: ('Jumlah siswa', 1000, 1012)}),
 'S13': ('%', '+', False, 2, {2018: ('Persentase siswa miskin yang menerima bantuan PIP', 100, 92.3),
                              2019: ('Persentase siswa miskin penerima PIP', 100, 95.7),
                              2020: ('% siswa kurang mampu penerima Program Indonesia Pintar (PIP)', 100, 100)}),
 'S14': ('siswa/rombel', '+', False, 2, {2018: ('Rasio siswa per rombongan belajar', 36, 35.6),
                                         2019: ('Rasio Siswa / Rombel', 36, 35.7),
                                         2020: ('Rasio siswa per rombel', 36, 36.0),
                                         2021: ('Rasio siswa : rombel', 36, 36.1)}),
 'S15': ('%', '+', False, 3, {2018: ('Prosentase guru yang telah bersertifikat pendidik', 75, 72.5),
                              2019: ('Persentase guru bersertifikat pendidik', 78, 76.0),
                              2020: ('Persentase Guru Bersertifikasi', 80, 79.2),
                              2021: ('Persentase guru yg bersertifikat pendidik', 82, 81.1)}),
 'S16': ('orang', '+', False, 3, {2018: ('Jumlah guru bersertifikat pendidik', 40, 38),
                                  2019: ('Jumlah guru bersertifikat', 41, 40),
                                  2020: ('Jumlah guru yang bersertifikat pendidik', 42, 42),
                                  2021: ('Jumlah Guru Bersertifikat Pendidik (orang)', 44, 43)}),
 'S17': ('%', '+', False, 3, {2018: ('Persentase guru berkualifikasi akademik S1/D-IV', 100, 98.1),
                              2019: ('Persentase guru berkualifikasi S1/D4', 100, 100),
                              2020: ('Persentase guru kualifikasi S1/DIV', 100, 100),
                              2021: ('Persentase guru berkualifikasi minimal S1/D-IV', 100, 100)}),
 'S18': ('%', '+', False, 3, {2019: ('Persentase guru berkualifikasi S2', 15, 13.5),
                              2020: ('Persentase guru kualifikasi S2', 16, 15.1),
                              2021: ('Persentase guru berkualifikasi magister (S2)', 17, 17.0)}),
 'S19': ('nilai', '+', False, 3, {2018: ('Nilai Akreditasi Sekolah', 'A', 'A'),
                                  2019: ('Akreditasi sekolah', 90, 92),
                                  2020: ('Nilai akreditasi (BAN-S/M)', 'A', 93)}),
 'S19b': ('peringkat', '+', False, 3, {2021: ('Peringkat Akreditasi Sekolah', 'A', 'A')}),
 'S20': ('indeks', '+', False, 3, {2018: ('Indeks Kepuasan Masyarakat (IKM)', 80, 82.4),
                                   2019: ('Nilai IKM', 80, 83.1),
                                   2020: ('IKM', 81, 80.6),
                                   2021: ('Indeks kepuasan masyarakat', 82, 84.0)}),
 'S21': ('nilai', '+', False, 3, {2020: ('Nilai Evaluasi SAKIP UPTD', 'B', 'BB'),
                                  2021: ('Nilai SAKIP', 65, 67.3)}),
 'S22': ('%', '+', False, 3, {2018: ('Persentase realisasi anggaran BOS', 100, 97.8),
                              2019: ('Persentase Realisasi Anggaran BOS', 100, 98.9),
                              2020: ('Persentase penyerapan dana BOS', 100, 96.4),
                              2021: ('Persentase serapan dana BOS', 100, 99.1)}),
 'S23': ('ruang', '+', True, 3, {2018: ('Jumlah ruang kelas yang direhab', 4, 4),
                                 2019: ('Jumlah ruang kelas direhabilitasi', 3, 2)}),
 'S24': ('ruang', '+', True, 3, {2020: ('Jumlah ruang kelas baru (RKB) dibangun', 2, 2),
                                 2021: ('Jumlah RKB yang dibangun', 2, 1)}),
}
SASARAN = {
    2018: {1: 'Meningkatnya mutu lulusan', 2: 'Meningkatnya akses dan pemerataan layanan pendidikan menengah',
           3: 'Meningkatnya mutu pendidik dan tata kelola sekolah'},
    2019: {1: 'Meningkatnya kualitas lulusan', 2: 'Meningkatnya akses dan pemerataan pendidikan',
           3: 'Meningkatnya mutu pendidik, tenaga kependidikan dan tata kelola'},
    2020: {1: 'Meningkatnya kualitas lulusan', 2: 'Meningkatnya akses dan pemerataan pendidikan',
           3: 'Meningkatnya mutu PTK dan tata kelola sekolah'},
    2021: {1: 'Meningkatnya kualitas lulusan SMA', 2: 'Meningkatnya akses dan pemerataan pendidikan menengah',
           3: 'Meningkatnya mutu pendidik dan tata kelola sekolah'},
}


def ids_for(year, order=None):
    out = [i for i in IND if year in IND[i][4]]
    return out


def nm(i, y):
    return IND[i][4][y][0]


def tr(i, y):
    return IND[i][4][y][1], IND[i][4][y][2]


def default_v(x, unit):
    if isinstance(x, str):
        return G(x)
    return N(x, 'num')


KEPSEK1 = [('Kepala UPTD SMA Negeri 2 Lembah Sari', 'sig'), ('', 'sig'), ('', 'sig'), ('', 'sig'),
           ('Dra. Hj. WIWIK SUNDARTI LAMURU, M.Pd.', 'sigb'), ('Pembina Tk. I / IV.b', 'sig'),
           ('NIP. 19680412 199303 2 007', 'sig')]
KEPSEK2 = [('Kepala UPTD SMA Negeri 2 Lembah Sari,', 'sig'), ('', 'sig'), ('', 'sig'), ('', 'sig'),
           ('Drs. ALOYSIUS BERE TAOLIN, M.Si.', 'sigb'), ('Pembina / IV.a', 'sig'),
           ('NIP. 19710923 199702 1 003', 'sig')]


# ------------------------------------------------------------------ 2018: classic PK, xls
def sheet_2018(ctx, wb):
    y, fn, sn = 2018, F18, 'PK 2018'
    sh = wb.add(sn)
    for c, w in zip('ABCDEFGH', [5, 28, 46, 10, 9, 11, 9, 11]):
        sh.width(c, w)
    sh.set(1, 1, 'PENGUKURAN KINERJA', 'title'); sh.merge(1, 1, 1, 8)
    sh.set(2, 1, 'UPTD SMA NEGERI 2 LEMBAH SARI', 'title'); sh.merge(2, 1, 2, 8)
    sh.set(3, 1, 'DINAS PENDIDIKAN PROVINSI NUSA KENCANA', 'title'); sh.merge(3, 1, 3, 8)
    sh.set(4, 1, 'TAHUN 2018', 'title'); sh.merge(4, 1, 4, 8)
    hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Satuan', 'Realisasi', 'Satuan', 'Capaian (%)']
    for c, h in enumerate(hdr, 1):
        sh.set(6, c, h, 'hdr')
        sh.set(7, c, '(%d)' % c, 'hdrn')
    plants = {
        'S11': {'r': S('324 orang', 324), 'cap': N(100, 'dec2'),
                'note': 'realisasi typed as text with its unit "324 orang" (key 324); capaian typed 100 because the formula would fail'},
        'S22': {'t': P(100, 'pct0'), 'r': P(97.8), 'note': 'target and realisasi are %-formatted fractions (1 and 0,978): key 100 and 97,8'},
        'S15': {'t': N(750), 'note': 'TARGET TYPED 10x: 750 instead of 75 (key 750 as typed); the capaian formula gives 9,67'},
        'S09': {'capf': 'pos', 'note': 'NEGATIVE indicator (dropout rate) but capaian uses the positive formula F/D*100 = 80 (should be (2x0,5-0,4)/0,5x100 = 120)'},
        'S12': {'capf': 'wrongrow', 'note': 'capaian formula points at the target of the row above (=F/D{r-1}*100)'},
        'S19': {'cap': N(100, 'dec2'), 'note': 'grade target "A" and grade realisasi "A": both key null; capaian typed 100'},
        'S08': {'cap': N(152, 'dec2'), 'note': 'typed capaian 152 disagrees with 15/12x100 = 125'},
    }
    order = ['S01', 'S02', 'S03', 'S04', 'S06', 'S08', 'S09', 'S11', 'S12', 'S13', 'S14',
             'S15', 'S16', 'S17', 'S19', 'S20', 'S22', 'S23']
    r = 8
    first = None
    prev_s = None
    sas_start = {}
    rows_of = {}
    for i in order:
        s = IND[i][3]
        if s != prev_s:
            sas_start[s] = r
            prev_s = s
        t, rv = tr(i, y)
        p = plants.get(i, {})
        tv = p.get('t', default_v(t, IND[i][0]))
        rvv = p.get('r', default_v(rv, IND[i][0]))
        sh.set(r, 3, nm(i, y), 'txt')
        kt = put(sh, r, 4, tv)
        sh.set(r, 5, IND[i][0], 'txtc')
        kr = put(sh, r, 6, rvv)
        sh.set(r, 7, IND[i][0], 'txtc')
        if 'cap' in p:
            put(sh, r, 8, p['cap'])
        elif p.get('capf') == 'wrongrow':
            sh.set(r, 8, None, 'dec2', formula=f'=F{r}/D{r-1}*100')
        else:
            sh.set(r, 8, None, 'dec2', formula=f'=F{r}/D{r}*100')
        ctx.key(fn, sn, r, 'C', y, nm(i, y), i, kt, kr, f'D{r}', f'F{r}')
        if 'note' in p:
            ctx.note(fn, sn, r, f'{i}: ' + p['note'])
        rows_of[i] = r
        r += 1
        if i == 'S22':
            # duplicated IKM row (second copy, not keyed)
            src = rows_of['S20']
            t2, r2 = tr('S20', y)
            sh.set(r, 3, nm('S20', y), 'txt'); put(sh, r, 4, N(t2)); sh.set(r, 5, IND['S20'][0], 'txtc')
            put(sh, r, 6, N(r2)); sh.set(r, 7, IND['S20'][0], 'txtc')
            sh.set(r, 8, None, 'dec2', formula=f'=F{r}/D{r}*100')
            ctx.note(fn, sn, r, f'DUPLICATE of row {src} (S20 IKM), same figures: second copy, not keyed')
            r += 1
    last = r - 1
    # sasaran merges and No
    bounds = sorted(sas_start.items())
    for k, (s, start) in enumerate(bounds):
        end = bounds[k + 1][1] - 1 if k + 1 < len(bounds) else last
        sh.set(start, 1, s, 'txtc'); sh.merge(start, 1, end, 1)
        sh.set(start, 2, SASARAN[y][s], 'txt'); sh.merge(start, 2, end, 2)
    r = last + 2
    sh.set(r, 2, 'Jumlah Anggaran', 'plain'); sh.set(r, 3, ': Rp. 1.245.600.000,-', 'plain')
    sh.set(r + 1, 2, 'Jumlah Realisasi Anggaran', 'plain'); sh.set(r + 1, 3, ': Rp. 1.198.350.500,-', 'plain')
    sh.set(r + 3, 6, 'Lembah Sari, 31 Desember 2018', 'sig'); sh.merge(r + 3, 6, r + 3, 8)
    signature(sh, r + 4, 6, KEPSEK1, 3)
    ctx.note(fn, sn, last + 2, 'budget lines (Jumlah Anggaran / Realisasi Anggaran) and signature block below: not key rows')
    ctx.describe(fn, sn, f'Annual PK {y}. Title rows 1-4; ONE header row 6 (No | Sasaran Strategis | Indikator Kinerja | '
                 f'Target | Satuan | Realisasi | Satuan | Capaian (%)) and a numbered column row 7 "(1)".."(8)". '
                 f'Data rows 8-{last}: No and Sasaran merged vertically per sasaran (3 sasaran); capaian = formula =F/D*100 '
                 f'except where typed. 18 key rows + 1 duplicate.')


# ------------------------------------------------------------------ 2019: two header rows, codes in own column
def sheet_2019(ctx, wb, draft=False):
    y, fn = 2019, F18
    sn = 'PK 2019 (draft)' if draft else 'PK 2019'
    sh = wb.add(sn)
    sh.hidden = draft
    for c, w in zip('ABCDEFGHI', [5, 8, 46, 9, 9, 9, 9, 11, 22]):
        sh.width(c, w)
    sh.set(1, 1, 'PENGUKURAN KINERJA TAHUN 2019' + (' (DRAFT - BELUM FINAL)' if draft else ''), 'title'); sh.merge(1, 1, 1, 9)
    sh.set(2, 1, 'UPTD SMA NEGERI 2 LEMBAH SARI PROVINSI NUSA KENCANA', 'title'); sh.merge(2, 1, 2, 9)
    for c, h in [(1, 'No'), (2, 'Kode'), (3, 'Indikator Kinerja'), (8, 'Tingkat Capaian (%)'), (9, 'Keterangan')]:
        sh.set(4, c, h, 'hdr'); sh.merge(4, c, 5, c)
    sh.set(4, 4, 'Target', 'hdr'); sh.merge(4, 4, 4, 5)
    sh.set(4, 6, 'Realisasi', 'hdr'); sh.merge(4, 6, 4, 7)
    for c, h in [(4, 'Nilai'), (5, 'Satuan'), (6, 'Nilai'), (7, 'Satuan')]:
        sh.set(5, c, h, 'hdr')
    plants = {
        'S03': {'r': S('58,9', 58.9), 'cap': N(96.56, 'dec2'), 'note': 'realisasi typed as text "58,9" (key 58,9); capaian typed'},
        'S08': {'r': S('9 orang', 9), 'cap': N(75, 'dec2'), 'note': 'realisasi typed "9 orang" (key 9); capaian typed 75'},
        'S06': {'cap': N(96.92, 'dec2'), 'note': 'typed capaian 96,92 disagrees with 63/66x100 = 95,45'},
        'S12': {'r': Q('965', 965), 'cap': N(99.48, 'dec2'), 'note': "realisasi typed with a leading apostrophe ('965, a text cell): key 965"},
        'S19': {'t': S('>= 90', 90), 'cap': N(102.22, 'dec2'), 'note': 'target written ">= 90" (key 90); capaian typed 102,22'},
        'S20': {'t': S('80-85', 80), 'cap': N(103.9, 'dec2'), 'note': 'target written as a range "80-85" (key 80, the lower bound); capaian typed 103,9'},
        'S10': {'capf': 'neg2', 'note': 'negative indicator, capaian (2xT-R)/T x100 = 80'},
        'S09': {'capf': 'negdiv', 'note': 'negative indicator, but this row uses T/R x100 = 80,65 while S10 uses (2T-R)/T: the sheet mixes negative formulas'},
        'S13': {'t': P(100, 'pct0'), 'r': P(95.7), 'note': '%-formatted fractions (1 and 0,957): key 100 and 95,7'},
        'S17': {'r': S('100 %', 100), 'cap': N(100, 'dec2'), 'note': 'realisasi typed "100 %" as text (key 100)'},
    }
    if draft:
        plants = {}
    groups = [
        ('I', '1', SASARAN[y][1], [('1.1', 'S01'), ('1.2', 'S02'), ('1.3', None, 'Rata - rata nilai UNBK'),
                                   ('1.3.1', 'S03'), ('1.3.2', 'S04'), ('1.4', 'S06'), ('1.5', 'S07'), ('1.6', 'S08')]),
        ('II', '2', SASARAN[y][2], [('2.1', 'S09'), ('2.2', 'S10'), ('2.3', 'S11'), ('2.4', 'S12'), ('2.5', 'S13'), ('2.6', 'S14')]),
        ('III', '3', SASARAN[y][3], [('3.1', 'S15'), ('3.2', 'S16'), ('3.3', 'S17'), ('3.4', 'S18'), ('3.5', 'S19'),
                                     ('3.6', 'S20'), ('3.7', 'S22'), ('3.8', 'S23')]),
    ]
    r = 6
    for roman, code, stext, items in groups:
        sh.set(r, 1, roman, 'txtb'); sh.set(r, 2, code, 'txtb')
        sh.set(r, 3, 'SASARAN ' + code + ' : ' + stext, 'txtb'); sh.merge(r, 3, r, 9)
        if not draft:
            ctx.note(fn, sn, r, 'sasaran group row (code "%s"), not a key row' % code)
        r += 1
        for it in items:
            if it[1] is None:
                sh.set(r, 2, it[0], 'txtc'); sh.set(r, 3, it[2], 'txt')
                for c in range(4, 10):
                    sh.set(r, c, None, 'txt')
                if not draft:
                    ctx.note(fn, sn, r, 'parent row "1.3 Rata - rata nilai UNBK" with no figures (its children 1.3.1 IPA / 1.3.2 IPS carry them): not a key row')
                r += 1
                continue
            cd, i = it
            t, rv = tr(i, y)
            if draft:
                rv = {'S01': 99.5, 'S02': 321, 'S12': 966, 'S20': 82.0}.get(i, rv)
            p = plants.get(i, {})
            tv = p.get('t', default_v(t, IND[i][0]))
            rvv = p.get('r', default_v(rv, IND[i][0]))
            sh.set(r, 2, cd, 'txtc')
            sh.set(r, 3, nm(i, y), 'txt')
            kt = put(sh, r, 4, tv); sh.set(r, 5, IND[i][0], 'txtc')
            kr = put(sh, r, 6, rvv); sh.set(r, 7, IND[i][0], 'txtc')
            if 'cap' in p:
                put(sh, r, 8, p['cap'])
            elif p.get('capf') == 'neg2':
                sh.set(r, 8, None, 'dec2', formula=f'=(2*D{r}-F{r})/D{r}*100')
            elif p.get('capf') == 'negdiv':
                sh.set(r, 8, None, 'dec2', formula=f'=D{r}/F{r}*100')
            else:
                sh.set(r, 8, None, 'dec2', formula=f'=F{r}/D{r}*100')
            sh.set(r, 9, None, 'txt')
            if not draft:
                ctx.key(fn, sn, r, 'C', y, nm(i, y), i, kt, kr, f'D{r}', f'F{r}')
                if 'note' in p:
                    ctx.note(fn, sn, r, f'{i}: ' + p['note'])
            r += 1
    last = r - 1
    sh.set(last + 2, 7, 'Lembah Sari, 30 Desember 2019', 'sig'); sh.merge(last + 2, 7, last + 2, 9)
    signature(sh, last + 3, 7, KEPSEK1, 3)
    if draft:
        ctx.describe(fn, sn, 'HIDDEN sheet: an earlier draft of PK 2019 with a few different realisasi figures. Not keyed.')
    else:
        ctx.describe(fn, sn, f'Annual PK {y}. TWO header rows 4-5 (No | Kode | Indikator Kinerja | Target: Nilai, Satuan | '
                     f'Realisasi: Nilai, Satuan | Tingkat Capaian (%) | Keterangan). Numbering "1.1", "1.3.1" in its own text column B; '
                     f'sasaran group rows carry roman numerals in A. Data rows 7-{last}. 21 key rows.')


def sheet_notes(ctx, wb):
    sh = wb.add('Catatan')
    sh.width('A', 100)
    lines = ['Catatan penyusunan PK:',
             '1. Data siswa bersumber dari Dapodik semester genap.',
             '2. Nilai UN 2019 = rata-rata nilai UNBK, jurusan IPA dan IPS.',
             '3. Target 2020: Jumlah siswa 975 orang, IKM 81.',
             '4. Sheet PK 2019 (draft) jangan dipakai, sudah diganti.']
    for k, l in enumerate(lines, 1):
        sh.set(k, 1, l, 'plain')
    ctx.describe(F18, 'Catatan', 'Notes sheet (text, mentions a few figures of another year): not keyed.')


# ------------------------------------------------------------------ 2020: quarterly, two rows per indicator, starts at column F (ods)
def sheet_2020(ctx, wb):
    y, fn, sn = 2020, F20, 'RENAKSI 2020'
    sh = wb.add(sn)
    for c, w in zip('ABCDE', [14, 14, 14, 14, 14]):
        sh.width(c, w)
    for c, w in zip('FGHIJKLMNOPQ', [5, 24, 42, 9, 10, 9, 9, 9, 9, 10, 11, 18]):
        sh.width(c, w)
    sh.set(1, 'F', 'RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN', 'titlel')
    sh.set(2, 'F', 'UPTD SMA NEGERI 2 LEMBAH SARI', 'titlel')
    sh.set(3, 'F', 'TAHUN ANGGARAN 2020', 'titlel')
    for col, h in [('F', 'No'), ('G', 'Sasaran Strategis'), ('H', 'Indikator Kinerja'), ('I', 'Satuan'),
                   ('J', 'Uraian'), ('O', 'Tahunan'), ('P', 'Capaian (%)'), ('Q', 'Keterangan')]:
        sh.set(5, col, h, 'hdr'); sh.merge(5, col, 6, col)
    sh.set(5, 'K', 'Triwulan', 'hdr'); sh.merge(5, 'K', 5, 'N')
    for col, h in zip('KLMN', ['I', 'II', 'III', 'IV']):
        sh.set(6, col, h, 'hdr')
    d = '-'
    # id: (quarter targets, annual target V, quarter realisations, note)
    Q4 = {
        'S01': ([d, 99, 99, 99], N(99), [d, 100, 100, 100], None),
        'S02': ([d, 325, d, d], N(325), [d, 326, d, d], None),
        'S05': ([d, 78, d, d], N(78), [d, 80.5, d, d], 'level reported only in TW II: last reported quarter = 80,5'),
        'S06': ([d, d, 67, 67], N(67), [d, d, 58.3, None], 'TW IV realisasi left EMPTY: last reported quarter is TW III = 58,3'),
        'S07': ([d, d, 30, 30], N(30), [d, d, 31.3, 31.3], 'capaian formula points at the target of S06 two rows up (wrong row)'),
        'S08': ([2, 3, 3, 2], N(10), [1, 0, 2, 1], None),
        'S09': ([0.5, 0.5, 0.5, 0.5], N(0.5), [0.1, 0.2, 0.3, 0.35], 'cumulative rate (level): last quarter 0,35; NEGATIVE but capaian uses the positive formula N/O*100 = 70'),
        'S10': ([1, 1, 2, 1], N(5), [1, 0, 2, 0], 'flow, NEGATIVE: sum 3; capaian uses the positive formula SUM/target = 60'),
        'S11': ([d, d, 324, d], N(324), [d, d, 324, d], None),
        'S12': ([975, 975, 975, 975], N(975), [958, 955, 974, S('972 orang', 972)], 'TW IV realisasi typed as text "972 orang": key 972 (level, last quarter)'),
        'S13': ([P(25, 'pct0'), P(50, 'pct0'), P(75, 'pct0'), P(100, 'pct0')], N(100),
                [S('40 %', 40), S('65 %', 65), S('90 %', 90), S('100 %', 100)],
                'quarter targets as a % schedule (25/50/75/100 %-formatted); realisasi typed as text "40 %".."100 %"; key 100'),
        'S14': ([36, 36, 36, 36], N(36), [35.8, 35.8, 36.0, d], 'TW IV realisasi "-" (not reported): last reported quarter TW III = 36,0'),
        'S15': ([d, d, d, P(80)], P(80), [d, d, d, P(79.2)], '%-formatted fractions (0,8 / 0,792): key 80 and 79,2'),
        'S16': ([42, 42, 42, 42], N(42), [40, 40, 41, 42], None),
        'S17': ([d, d, d, 100], N(100), [d, d, d, 1], 'FRACTION TYPED in a % row: TW IV realisasi 1 (General format, meaning 100 %); key 1 as typed; capaian formula gives 1'),
        'S18': ([d, d, 16, 16], N(16), [d, d, 15.1, 15.1], None),
        'S19': ([d, d, d, d], G('A'), [d, d, 93, d], 'annual target grade "A" (key null); realisasi 93 in TW III, "-" in TW IV: key 93'),
        'S20': ([d, 81, d, 81], N(810), [d, 79.9, d, 80.6], 'ANNUAL TARGET TYPED 10x: 810 (quarter targets say 81); key 810 as typed'),
        'S21': ([d, d, d, d], G('B'), [d, d, d, G('BB')], 'grades: target "B", realisasi "BB": both null; capaian typed 100'),
        'S22': ([P(30, 'pct0'), P(50, 'pct0'), P(80, 'pct0'), P(100, 'pct0')], P(100, 'pct0'),
                [P(25.4), P(48.1), P(77.9), P(96.4)], 'cumulative % schedule, %-formatted fractions; last quarter 96,4'),
        'S24': ([d, d, d, 2], N(2), [d, d, 1, 1], None),
    }
    order = ['S01', 'S02', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10', 'S11', 'S12', 'S13', 'S14',
             'S15', 'S16', 'S17', 'S18', 'S19', 'S20', 'S21', 'S22', 'S24']
    r = 7
    sas_rows = {}
    no = 0
    rows_of = {}
    for i in order + ['DUP']:
        if i == 'DUP':
            continue
        s = IND[i][3]
        sas_rows.setdefault(s, [r, r])
        no += 1
        qt, at, qr, note = Q4[i]
        sh.set(r, 'F', no, 'txtc'); sh.merge(r, 'F', r + 1, 'F')
        sh.set(r, 'H', nm(i, y), 'txt'); sh.merge(r, 'H', r + 1, 'H')
        sh.set(r, 'I', IND[i][0], 'txtc'); sh.merge(r, 'I', r + 1, 'I')
        sh.set(r, 'J', 'Target', 'txt'); sh.set(r + 1, 'J', 'Realisasi', 'txt')
        for k, col in enumerate('KLMN'):
            put(sh, r, col, qt[k])
            put(sh, r + 1, col, qr[k] if qr[k] is not None else E())
        kt = put(sh, r, 'O', at)
        sh.set(r + 1, 'O', None, 'num')
        sh.set(r, 'P', None, 'num')
        flow = IND[i][2]
        cells = [f'{c}{r+1}' for c in 'KLMN']
        if flow:
            kr = qsum(qr)
            sh.set(r + 1, 'P', None, 'dec2', formula=f'=SUM(K{r+1}:N{r+1})/O{r}*100')
            rspec = {'sum': cells}
        else:
            kr = qlast(qr)
            reported = [k for k in range(4) if as_v(qr[k]).key is not None]
            lastcol = 'KLMN'[max(reported) if reported else 3]
            if i == 'S07':
                sh.set(r + 1, 'P', None, 'dec2', formula=f'={lastcol}{r+1}/O{r-2}*100')
            elif i in ('S12', 'S13', 'S21', 'S19'):
                sh.set(r + 1, 'P', 100 if i in ('S21', 'S19') else 99.69 if i == 'S12' else 100, 'dec2')
            else:
                sh.set(r + 1, 'P', None, 'dec2', formula=f'={lastcol}{r+1}/O{r}*100')
            rspec = {'last': cells}
        sh.set(r, 'Q', None, 'txt'); sh.set(r + 1, 'Q', None, 'txt')
        ctx.key(fn, sn, r, 'H', y, nm(i, y), i, kt, kr, f'O{r}', rspec)
        if note:
            ctx.note(fn, sn, r, f'{i}: ' + note)
        rows_of[i] = r
        sas_rows[s][1] = r + 1
        r += 2
        if i == 'S16':
            # duplicated block
            sh.set(r, 'F', no, 'txtc'); sh.merge(r, 'F', r + 1, 'F')
            sh.set(r, 'H', nm(i, y), 'txt'); sh.merge(r, 'H', r + 1, 'H')
            sh.set(r, 'I', IND[i][0], 'txtc'); sh.merge(r, 'I', r + 1, 'I')
            sh.set(r, 'J', 'Target', 'txt'); sh.set(r + 1, 'J', 'Realisasi', 'txt')
            for k, col in enumerate('KLMN'):
                put(sh, r, col, qt[k]); put(sh, r + 1, col, qr[k])
            put(sh, r, 'O', at)
            sh.set(r + 1, 'P', None, 'dec2', formula=f'=N{r+1}/O{r}*100')
            ctx.note(fn, sn, r, f'DUPLICATE of the S16 block at row {rows_of["S16"]} (same No, same figures): not keyed')
            sas_rows[s][1] = r + 1
            r += 2
    last = r - 1
    for s, (a, b) in sas_rows.items():
        sh.set(a, 'G', SASARAN[y][s], 'txt'); sh.merge(a, 'G', b, 'G')
    sh.set(last + 2, 'N', 'Lembah Sari, 8 Januari 2021', 'sig'); sh.merge(last + 2, 'N', last + 2, 'P')
    signature(sh, last + 3, 'N', KEPSEK2, 3)
    ctx.describe(fn, sn, f'Quarterly Rencana Aksi {y}. The table starts at COLUMN F (columns A-E are an empty wide margin). '
                 f'Title F1-F3; TWO header rows 5-6 (No | Sasaran Strategis | Indikator Kinerja | Satuan | Uraian | Triwulan I-IV | '
                 f'Tahunan | Capaian (%) | Keterangan). Each indicator takes TWO rows: "Target" (quarter targets + annual target in O) '
                 f'and "Realisasi" (quarter realisations; O is EMPTY, i.e. no annual realisasi). Name, No and Satuan merged over '
                 f'both rows; the key row is the first (Target) row. Data rows 7-{last}. Keys: target = O (Tahunan); realisasi = '
                 f'sum of quarters for flows, last reported quarter for levels. 21 key rows + one duplicated block.')


# ------------------------------------------------------------------ 2021: LKjIP table with earlier years and Renstra
def sheet_2021(ctx, wb):
    y, fn, sn = 2021, F21, 'Tabel 3.1'
    sh = wb.add(sn)
    for c, w in zip('ABCDEFGHIJKL', [5, 26, 46, 10, 10, 10, 10, 10, 11, 11, 12, 13]):
        sh.width(c, w)
    sh.set(1, 1, 'BAB III AKUNTABILITAS KINERJA', 'titlel')
    sh.set(2, 1, 'Tabel 3.1', 'bold')
    sh.set(3, 1, 'Perbandingan Realisasi Kinerja Tahun 2021 dengan Tahun-Tahun Sebelumnya dan Target Akhir Renstra 2019-2023', 'bold')
    for c, h in [(1, 'No'), (2, 'Sasaran Strategis'), (3, 'Indikator Kinerja'), (4, 'Satuan'),
                 (11, 'Target Akhir Renstra (2023)'), (12, 'Capaian s/d 2021 terhadap Target Renstra (%)')]:
        sh.set(5, c, h, 'hdr'); sh.merge(5, c, 6, c)
    sh.set(5, 5, 'Realisasi', 'hdr'); sh.merge(5, 5, 5, 7)
    sh.set(5, 8, 'Tahun 2021', 'hdr'); sh.merge(5, 8, 5, 10)
    for c, h in zip(range(5, 11), ['2018', '2019', '2020', 'Target', 'Realisasi', '% Capaian']):
        sh.set(6, c, h, 'hdr')
    renstra = {'S01': 100, 'S02': 340, 'S05': 80, 'S06': 70, 'S07': 35, 'S08': 12, 'S09': 0.3, 'S10': 3, 'S11': 360,
               'S12': 1080, 'S14': 36, 'S15': 90, 'S16': 48, 'S17': 100, 'S18': 20, 'S19b': 'A', 'S20': 85, 'S21': 70,
               'S22': 100, 'S24': 6}
    # earlier-year columns (not keyed); two deliberately disagree with the earlier files
    prev = {}
    for i in renstra:
        prev[i] = []
        for py in (2018, 2019, 2020):
            v = IND[i][4].get(py, (None, None, '-'))[2] if py in IND[i][4] else '-'
            prev[i].append(v)
    prev['S12'][1] = 968      # 2019 PK says 965
    prev['S01'][2] = 99.8     # 2020 Renaksi says 100
    prev['S19b'] = ['A', 92, 93]
    plants = {
        'S01': {'r': S('99,7 %', 99.7), 'cap': N(100.71, 'dec2'), 'note': 'realisasi typed "99,7 %" (text): key 99,7; earlier-year column 2020 shows 99,8 while the 2020 Renaksi says 100 (not keyed here)'},
        'S11': {'t': N(3600), 'note': 'TARGET TYPED 10x: 3600 for 360 (Renstra column says 360): key 3600 as typed'},
        'S19b': {'t': G('A'), 'r': G('A'), 'cap': S('100', None), 'note': 'grades "A"/"A": both null (capaian typed "100" as text)'},
        'S22': {'t': P(100, 'pct0'), 'r': P(99.1), 'note': '%-formatted fractions: key 100 and 99,1; the Renstra column K holds the plain 100, so the progress formula I/K*100 gives 0,991 (fraction mixed with points)'},
        'S09': {'capf': 'neg2', 'note': 'negative, capaian (2T-R)/T x100 = 125 (right)'},
        'S10': {'capf': 'pos', 'note': 'NEGATIVE indicator with the positive formula R/T x100 = 75 (S09 two rows up uses (2T-R)/T)'},
        'S16': {'cap': N(100, 'dec2'), 'note': 'typed capaian 100 disagrees with 43/44x100 = 97,73'},
        'S14': {'r': Q('36,1', 36.1), 'cap': N(100.28, 'dec2'), 'note': "realisasi typed with a leading apostrophe '36,1 (text): key 36,1"},
        'S02': {'capf': 'wrongrow', 'note': 'capaian formula points at the row below (=I{r}/H{r+1}*100)'},
        'S12': {'note': 'earlier-year column 2019 shows 968 while the 2019 PK says 965 (not keyed here)'},
    }
    order = ['S01', 'S02', 'S05', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10', 'S11', 'S12', 'S14',
             'S15', 'S16', 'S17', 'S18', 'S19b', 'S20', 'S21', 'S22', 'S24']
    r = 7
    seen = set()
    sas_rows = {}
    no = 0
    for i in order:
        s = IND[i][3]
        sas_rows.setdefault(s, [r, r])
        sas_rows[s][1] = r
        dup = i in seen
        seen.add(i)
        t, rv = tr(i, y)
        p = plants.get(i, {}) if not dup else {}
        tv = p.get('t', default_v(t, IND[i][0]))
        rvv = p.get('r', default_v(rv, IND[i][0]))
        if not dup:
            no += 1
        sh.set(r, 3, nm(i, y), 'txt'); sh.set(r, 4, IND[i][0], 'txtc')
        for k, v in enumerate(prev[i]):
            put(sh, r, 5 + k, as_v(v) if not isinstance(v, str) or v == '-' else G(v))
        kt = put(sh, r, 8, tv)
        kr = put(sh, r, 9, rvv)
        if 'cap' in p:
            put(sh, r, 10, p['cap'])
        elif p.get('capf') == 'neg2':
            sh.set(r, 10, None, 'dec2', formula=f'=(2*H{r}-I{r})/H{r}*100')
        elif p.get('capf') == 'wrongrow':
            sh.set(r, 10, None, 'dec2', formula=f'=I{r}/H{r+1}*100')
        else:
            sh.set(r, 10, None, 'dec2', formula=f'=I{r}/H{r}*100')
        rs = renstra[i]
        put(sh, r, 11, G(rs) if isinstance(rs, str) else N(rs))
        if isinstance(rs, str) or i in ('S19b', 'S14', 'S01'):
            sh.set(r, 12, '-', 'strr')
        else:
            sh.set(r, 12, None, 'dec2', formula=f'=I{r}/K{r}*100')
        if dup:
            ctx.note(fn, sn, r, f'DUPLICATE of the row above (S05, same figures): second copy, not keyed')
        else:
            ctx.key(fn, sn, r, 'C', y, nm(i, y), i, kt, kr, f'H{r}', f'I{r}')
            if 'note' in p:
                ctx.note(fn, sn, r, f'{i}: ' + p['note'])
        r += 1
    last = r - 1
    for s, (a, b) in sas_rows.items():
        sh.set(a, 1, s, 'txtc'); sh.merge(a, 1, b, 1)
        sh.set(a, 2, SASARAN[y][s], 'txt'); sh.merge(a, 2, b, 2)
    sh.set(last + 1, 3, 'Rata-rata capaian', 'txtb')
    sh.set(last + 1, 10, None, 'dec2', formula=f'=AVERAGE(J7:J{last})')
    ctx.note(fn, sn, last + 1, '"Rata-rata capaian" (average) row: not a key row')
    sh.set(last + 3, 1, 'Sumber: Dapodik, laporan BOS, hasil survei IKM 2021', 'ital')
    sh.set(last + 5, 9, 'Lembah Sari, 14 Februari 2022', 'sig'); sh.merge(last + 5, 9, last + 5, 11)
    signature(sh, last + 6, 9, KEPSEK2, 3)
    ctx.describe(fn, sn, f'LKjIP chapter III table for {y}. Title rows 1-3; TWO header rows 5-6: No | Sasaran Strategis | '
                 f'Indikator Kinerja | Satuan | Realisasi 2018, 2019, 2020 | Tahun 2021: Target, Realisasi, % Capaian | '
                 f'Target Akhir Renstra (2023) | Capaian s/d 2021 terhadap Target Renstra (%). Data rows 7-{last}; '
                 f'only the 2021 columns H/I are keyed (the 2018-2020 realisasi columns and the Renstra target are not). '
                 f'No and Sasaran merged per sasaran. 20 key rows + one duplicate + average row.')


def sheet_2021_extra(ctx, wb):
    h = wb.add('olah data')
    h.hidden = True
    h.set(1, 1, 'hitungan sementara persentase kelulusan'); h.set(2, 1, 'lulus'); h.set(2, 2, 329)
    h.set(3, 1, 'peserta'); h.set(3, 2, 330); h.set(4, 1, '%'); h.set(4, 2, None, 'dec2', formula='=B2/B3*100')
    ctx.describe(F21, 'olah data', 'HIDDEN scratch sheet (a few helper figures). Not keyed.')
    n = wb.add('Catatan')
    n.width('A', 110)
    for k, l in enumerate(['Catatan:', '- Mulai 2020 Ujian Nasional ditiadakan, indikator rata-rata nilai UN diganti nilai Ujian Sekolah.',
                           '- Akreditasi 2021: peringkat A (nilai 93), berlaku s.d. 2025.',
                           '- Kolom realisasi 2018-2020 disalin dari LKjIP tahun sebelumnya.'], 1):
        n.set(k, 1, l)
    ctx.describe(F21, 'Catatan', 'Notes sheet. Not keyed.')


def build(raw):
    ctx = Ctx(SLUG, AGENCY, YEARS)
    wb = Workbook()
    sheet_2018(ctx, wb)
    sheet_2019(ctx, wb)
    sheet_2019(ctx, wb, draft=True)
    sheet_notes(ctx, wb)
    wb.save(f'{raw}/{F18}')
    wb = Workbook()
    sheet_2020(ctx, wb)
    wb.save(f'{raw}/{F20}')
    wb = Workbook()
    sheet_2021(ctx, wb)
    sheet_2021_extra(ctx, wb)
    wb.save(f'{raw}/{F21}')
    ctx.files = [F18, F20, F21]
    ctx.ambiguous = [['S19', 'S19b']]
    ctx.flows = [i for i in IND if IND[i][2]]
    ctx.negative = [i for i in IND if IND[i][1] == '-']
    ctx.lookalikes = [('S01', 'S02', 'Persentase kelulusan vs Jumlah siswa lulus'),
                      ('S03', 'S04', 'nilai UN IPA vs IPS (two sub-types)'),
                      ('S06', 'S07', 'melanjutkan ke perguruan tinggi (PTN/PTS) vs diterima di PTN'),
                      ('S09', 'S10', 'Angka/Persentase putus sekolah vs Jumlah siswa putus sekolah'),
                      ('S11', 'S12', 'Jumlah peserta didik BARU vs Jumlah siswa'),
                      ('S15', 'S16', 'Persentase vs Jumlah guru bersertifikat'),
                      ('S17', 'S18', 'guru berkualifikasi S1/D4 vs S2 (two sub-types)'),
                      ('S23', 'S24', 'ruang kelas direhabilitasi vs ruang kelas baru dibangun')]
    ctx.ambiguous_why = {('S19', 'S19b'): '"Nilai akreditasi" (a score, 2018-2020) vs "Peringkat Akreditasi" (the grade, 2021)'}
    return ctx
