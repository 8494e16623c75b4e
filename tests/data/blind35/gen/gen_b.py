"""Agency B: Biro Kesejahteraan Rakyat Setda Provinsi Nusa Kencana, 2020-2023."""
from common import *

FOLDER = 'biro_kesra_nusa_kencana'
Y = [2020, 2021, 2022, 2023]
K = Keys('Biro Kesejahteraan Rakyat Sekretariat Daerah Provinsi Nusa Kencana', Y, FOLDER)
K.ambiguous = [['B01', 'B20'], ['B10', 'B18'], ['B11', 'B18']]

D = {
 'B01': ('%', 1, 'level', 1, ['Persentase penyelesaian fasilitasi hibah keagamaan', 'Persentase Penyelesaian Fasilitasi Hibah Bidang Keagamaan', 'Prosentase fasilitasi hibah keagamaan yang diselesaikan', '% penyelesaian fasilitasi hibah keagamaan'],
         {2020: (90, 92.5), 2021: (92, 94), 2022: (95, 96.5), 2023: (95, 97.2)}),
 'B20': ('%', 1, 'level', 1, ['Persentase lembaga keagamaan penerima hibah yang menyampaikan LPJ tepat waktu', 'Persentase LPJ hibah keagamaan tepat waktu', 'Persentase Lembaga Penerima Hibah Keagamaan yang menyampaikan LPJ tepat waktu', 'Persentase LPJ Hibah Keagamaan yang tepat waktu'],
         {2020: (75, 71.3), 2021: (80, 78.6), 2022: (82, 84.1), 2023: (85, 86.0)}),
 'B02': ('Lembaga', 1, 'sum', 1, ['Jumlah lembaga keagamaan yang difasilitasi hibah', 'Jumlah Lembaga Keagamaan penerima hibah', 'Jumlah lembaga keagamaan yang difasilitasi', 'Jumlah Lembaga Keagamaan yg difasilitasi Hibah'],
         {2020: (180, 176), 2021: (200, 214), 2022: (220, 231), 2023: (240, 238)}),
 'B03': ('Unit', 1, 'sum', 1, ['Jumlah rumah ibadah yang menerima bantuan', 'Jumlah Rumah Ibadah penerima bantuan', 'Jumlah bantuan rumah ibadah', 'Jumlah Rumah Ibadah yang dibantu'],
         {2020: (120, 126), 2021: (130, 133), 2022: (140, 152), 2023: (150, 149)}),
 'B04': ('%', 1, 'level', 1, ['Persentase rumah ibadah penerima bantuan yang tepat sasaran', 'Persentase bantuan rumah ibadah tepat sasaran', 'Prosentase Rumah Ibadah penerima bantuan tepat sasaran', 'Persentase rumah ibadah yang menerima bantuan tepat sasaran'],
         {2020: (90, 93.7), 2021: (92, 95.5), 2022: (94, 96.1), 2023: (95, 97.3)}),
 'B21': ('Orang', 1, 'sum', 1, ['Jumlah guru ngaji dan pemuka agama penerima insentif', 'Jumlah Guru Ngaji penerima insentif', 'Jumlah guru ngaji/pemuka agama yang menerima insentif', 'Jumlah penerima insentif guru ngaji dan pemuka agama'],
         {2020: (3500, 3500), 2021: (3500, 3480), 2022: (4000, None), 2023: (4000, 4000)}),
 'B07': ('Indeks', 1, 'level', 1, ['Indeks Kerukunan Umat Beragama (IKUB)', 'IKUB Provinsi Nusa Kencana', 'Indeks KUB', 'Indeks Kerukunan Umat Beragama'],
         {2020: (74, 75.2), 2021: (75, 73.8), 2022: (76, 76.4), 2023: (77, None)}),
 'B19': ('Desa', 1, 'sum', 1, [None, None, 'Jumlah desa/kelurahan sadar kerukunan', 'Jumlah Desa/Kelurahan Sadar Kerukunan yang dibina'], {2022: (25, 27), 2023: (30, 31)}),
 'B15': ('Kasus', -1, 'sum', 1, ['Jumlah kasus konflik bernuansa SARA', 'Jumlah konflik sosial bernuansa SARA', 'Jumlah Kasus Konflik SARA', 'Jumlah kasus konflik bernuansa SARA yang terjadi'],
         {2020: (3, 2), 2021: (3, 1), 2022: (2, 2), 2023: (2, 1)}),
 'B08': ('Kegiatan', 1, 'sum', 1, ['Jumlah kegiatan MTQ/STQ tingkat provinsi yang difasilitasi', 'Jumlah penyelenggaraan MTQ/STQ tingkat Provinsi', 'Jumlah Kegiatan MTQ yang difasilitasi', 'Jumlah kegiatan MTQ/STQ Tingkat Provinsi'],
         {2020: (2, 1), 2021: (2, 2), 2022: (2, 2), 2023: (3, 3)}),
 'B09': ('Peringkat', -1, 'level', 1, ['Peringkat Provinsi pada MTQ Nasional', 'Peringkat Kafilah Provinsi pada MTQ/STQ Nasional', 'Peringkat MTQ Nasional', 'Peringkat Provinsi Nusa Kencana pada MTQ Nasional'],
         {2020: (10, 8), 2021: (10, 12), 2022: (8, 7), 2023: (8, 9)}),
 'B05': ('Orang', 1, 'sum', 2, ['Jumlah jemaah haji yang difasilitasi pemberangkatan', 'Jumlah Jemaah Haji yang difasilitasi', 'Jumlah jemaah haji asal Provinsi Nusa Kencana yang difasilitasi', 'Jumlah Jemaah Haji yang difasilitasi pemberangkatannya'],
         {2020: (2450, None), 2021: (2450, 0), 2022: (1150, 1148), 2023: (2450, 2517)}),
 'B06': ('%', 1, 'level', 2, ['Persentase jemaah haji yang terlayani transportasi embarkasi', None, '% jemaah haji terlayani transportasi embarkasi', 'Persentase jemaah haji yang terlayani transportasi dari dan ke embarkasi'],
         {2020: (100, None), 2022: (100, 100), 2023: (100, 99.6)}),
 'B10': ('Rekomendasi', 1, 'sum', 3, ['Jumlah rekomendasi kebijakan bidang pendidikan dan kesehatan', 'Jumlah Rekomendasi Kebijakan Bidang Pendidikan dan Kesehatan', 'Jumlah rekomendasi kebijakan Pendidikan & Kesehatan', None],
         {2020: (6, 6), 2021: (6, 7), 2022: (8, 8)}),
 'B11': ('Rekomendasi', 1, 'sum', 3, ['Jumlah rekomendasi kebijakan bidang sosial dan tenaga kerja', 'Jumlah Rekomendasi Kebijakan Bidang Sosial dan Ketenagakerjaan', 'Jumlah rekomendasi kebijakan Sosial & Tenaga Kerja', None],
         {2020: (6, 5), 2021: (6, 6), 2022: (8, 9)}),
 'B18': ('Rekomendasi', 1, 'sum', 3, [None, None, None, 'Jumlah rekomendasi kebijakan bidang kesejahteraan rakyat'], {2023: (16, 17)}),
 'B12': ('%', 1, 'level', 3, ['Persentase beasiswa yang disalurkan tepat waktu', 'Persentase penyaluran beasiswa tepat waktu', 'Prosentase Beasiswa disalurkan tepat waktu', 'Persentase beasiswa tersalurkan tepat waktu'],
         {2020: (90, 88.4), 2021: (90, 92.7), 2022: (92, 95.0), 2023: (95, 96.8)}),
 'B13': ('Orang', 1, 'sum', 3, ['Jumlah penerima beasiswa', 'Jumlah penerima beasiswa Nusa Kencana Cerdas', 'Jumlah Mahasiswa penerima Beasiswa', 'Jumlah penerima beasiswa (mahasiswa berprestasi dan kurang mampu)'],
         {2020: (1250, 1250), 2021: (1250, 1238), 2022: (1500, 1512), 2023: (1600, 1600)}),
 'B14': ('%', 1, 'level', 3, ['Persentase OPD yang menyampaikan laporan penanggulangan kemiskinan tepat waktu', 'Persentase OPD anggota TKPK yang melapor tepat waktu', None, 'Persentase Perangkat Daerah yang menyampaikan laporan penanggulangan kemiskinan tepat waktu'],
         {2020: (80, 76), 2021: (85, 88), 2023: (90, 91.5)}),
 'B16': ('Nilai', 1, 'level', 4, ['Nilai evaluasi AKIP Biro Kesra', 'Nilai SAKIP Biro Kesejahteraan Rakyat', 'Nilai AKIP Biro Kesra', 'Nilai Evaluasi SAKIP Biro Kesejahteraan Rakyat'],
         {2020: (65, 66.2), 2021: ('BB', 'B'), 2022: (70, 68.9), 2023: (72, 73.1)}),
 'B17': ('%', 1, 'level', 4, ['Persentase realisasi anggaran Biro', 'Persentase Serapan Anggaran', 'Prosentase realisasi keuangan', 'Persentase realisasi anggaran Biro Kesra'],
         {2020: (95, 91.8), 2021: (95, 94.3), 2022: (95, 96.4), 2023: (95, 97.5)}),
}
SAS = {1: 'Meningkatnya kualitas kehidupan beragama dan kerukunan umat beragama',
       2: 'Meningkatnya kualitas pelayanan ibadah haji',
       3: 'Meningkatnya kualitas koordinasi kebijakan kesejahteraan sosial',
       4: 'Meningkatnya akuntabilitas kinerja Biro Kesejahteraan Rakyat'}
ORDER = ['B01', 'B20', 'B02', 'B03', 'B04', 'B21', 'B07', 'B19', 'B15', 'B08', 'B09', 'B05', 'B06',
         'B10', 'B11', 'B18', 'B12', 'B13', 'B14', 'B16', 'B17']
UW = {'%': '%', 'Lembaga': 'Lembaga', 'Unit': 'Unit', 'Orang': 'Orang', 'Indeks': '', 'Desa': 'Desa', 'Kasus': 'Kasus',
      'Kegiatan': 'Kegiatan', 'Peringkat': '', 'Rekomendasi': 'Rekomendasi', 'Nilai': ''}


def ids_for(year): return [i for i in ORDER if D[i][4][Y.index(year)] is not None]
def name(i, year): return D[i][4][Y.index(year)]
def tv(i, year): return D[i][5][year]
def nullify(v): return None if isinstance(v, str) else v


def sign_block(ws, r, col, lines):
    for k, t in enumerate(lines):
        put(ws, r + k, col, t, border=False, bold=(k == 4))

SIGN = ['Kepala Biro Kesejahteraan Rakyat,', '', '', '', 'Drs. H. MUHAMMAD ZAINUL ARIFIN, M.Pd', 'Pembina Utama Muda', 'NIP. 19670921 199203 1 004']


# ---------------------------------------------------------------- 2020 monthly .xlsx
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des']
SUM_MONTHS = {'B02': [3, 5, 8, 10], 'B03': [4, 6, 9, 11], 'B21': [6, 12], 'B15': [3, 9], 'B08': [10], 'B10': [6, 12],
              'B11': [6, 12], 'B13': [8], 'B05': []}
LEVEL_MONTHS = {'B01': [3, 6, 9, 12], 'B20': [6, 12], 'B04': [6, 12], 'B07': [12], 'B09': [11], 'B06': [],
                'B12': [8, 12], 'B14': [6, 12], 'B16': [11], 'B17': list(range(1, 13))}
BAGIAN = [('BAGIAN BINA MENTAL SPIRITUAL', ['B01', 'B20', 'B02', 'B03', 'B04', 'B21', 'B07', 'B15', 'B08', 'B09', 'B05', 'B06']),
          ('BAGIAN KESEJAHTERAAN SOSIAL', ['B10', 'B11', 'B12', 'B13', 'B14', 'B03']),
          ('SUB BAGIAN TATA USAHA BIRO', ['B16', 'B17'])]


def split(total, months, isint):
    n = len(months)
    if isint:
        base = [total // n] * n
        base[-1] += total - sum(base)
        return base
    base = [round(total / n, 2)] * n
    base[-1] = round(total - sum(base[:-1]), 2)
    return base


def y2020():
    year = 2020
    fn = 'Monev Bulanan Biro Kesra 2020.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Realisasi Bulanan'
    merge(ws, 1, 1, 1, 17, 'MONITORING DAN EVALUASI REALISASI KINERJA BULANAN', bold=True, border=False, center=True)
    merge(ws, 2, 1, 2, 17, 'BIRO KESEJAHTERAAN RAKYAT SEKRETARIAT DAERAH PROVINSI NUSA KENCANA', bold=True, border=False, center=True)
    merge(ws, 3, 1, 3, 17, 'TAHUN ANGGARAN 2020', bold=True, border=False, center=True)
    for c, h in [(1, 'No'), (2, 'Indikator Kinerja'), (3, 'Satuan'), (4, 'Target 2020'), (17, 'Keterangan')]:
        merge(ws, 5, c, 6, c, h, bold=True, center=True)
    merge(ws, 5, 5, 5, 16, 'Realisasi Bulan ke-', bold=True, center=True)
    for k, m in enumerate(MON):
        put(ws, 6, 5 + k, m, bold=True, center=True)
    r = 7; n = 0; seen = set(); rowof = {}
    for bag, ids in BAGIAN:
        merge(ws, r, 1, r, 17, bag, bold=True)
        r += 1
        for i in ids:
            unit, pol, kind = D[i][0], D[i][1], D[i][2]
            t, rv = tv(i, year); nm = name(i, year)
            n += 1
            put(ws, r, 1, n, center=True); put(ws, r, 2, nm, wrap=True); put(ws, r, 3, unit)
            tcell = t
            if i == 'B17':
                tcell = '95%'  # planted: text target
            if i == 'B02':
                tcell = 1800  # planted: target typed 10x (180)
            put(ws, r, 4, tcell, fmt='#,##0.##')
            vals = {}
            if kind == 'sum':
                ms = SUM_MONTHS[i]
                if rv is not None and ms:
                    for m, v in zip(ms, split(rv, ms, isinstance(rv, int))):
                        vals[m] = v
            else:
                ms = LEVEL_MONTHS[i]
                if rv is not None and ms:
                    if i == 'B17':
                        vs = [round(rv * f, 2) for f in (0.03, 0.08, 0.15, 0.22, 0.3, 0.38, 0.47, 0.55, 0.63, 0.71, 0.8)] + [rv]
                    else:
                        vs = [round(rv * (0.9 + 0.1 * (k + 1) / len(ms)), 2) for k in range(len(ms) - 1)] + [rv]
                    vals = dict(zip(ms, vs))
            for m in range(1, 13):
                v = vals.get(m)
                if i in ('B05', 'B06'):
                    v = '-'  # not reported / cancelled
                if i == 'B12' and v is not None:
                    put(ws, r, 4 + m, round(v / 100, 5), fmt='0.0%')  # planted: fractions in % cells
                elif i == 'B13' and v is not None:
                    put(ws, r, 4 + m, idn(v) + ' org')  # planted: text number
                else:
                    put(ws, r, 4 + m, v, fmt='#,##0.##')
            note = None
            if i in ('B05', 'B06'):
                note = 'Pemberangkatan haji 1441 H ditiadakan (pandemi Covid-19)'
            if i == 'B07':
                note = 'hasil survei akhir tahun'
            put(ws, r, 17, note)
            if i not in seen:
                K.add(fn, ws.title, r, year, nm, i, nullify(tcell) if i != 'B17' else 95, nullify(rv))
                seen.add(i); rowof[i] = r
            r += 1
    r += 1
    put(ws, r, 13, 'Kencana Raya, 8 Januari 2021', border=False)
    sign_block(ws, r + 1, 13, SIGN)
    ws.column_dimensions['B'].width = 48
    # Rekap TW sheet (formulas)
    rk = wb.create_sheet('Rekap TW')
    put(rk, 1, 1, 'REKAP REALISASI PER TRIWULAN 2020', bold=True, border=False)
    for c, h in enumerate(['Indikator', 'TW I', 'TW II', 'TW III', 'TW IV'], start=1):
        put(rk, 3, c, h, bold=True)
    rr = 4
    for i, x in rowof.items():
        put(rk, rr, 1, f"='Realisasi Bulanan'!B{x}")
        rngs = [('E', 'G'), ('H', 'J'), ('K', 'M'), ('N', 'P')]
        if i == 'B02':
            rngs[0] = ('E', 'H')  # planted: TW I range runs into April
        for k, (a, b) in enumerate(rngs):
            put(rk, rr, 2 + k, f"=SUM('Realisasi Bulanan'!{a}{x}:{b}{x})")
        rr += 1
    ref = wb.create_sheet('Ref'); ref.sheet_state = 'hidden'
    for k, u in enumerate(['%', 'Lembaga', 'Unit', 'Orang', 'Indeks', 'Kasus', 'Kegiatan', 'Peringkat', 'Rekomendasi', 'Nilai']):
        put(ref, k + 1, 1, u, border=False)
    deliver(wb, FOLDER, fn, K)


# ---------------------------------------------------------------- 2021 PK .ods (value+unit in one cell)
def txt(v, unit):
    if isinstance(v, str):
        return v
    w = UW[unit]
    s = idn(v, 2 if unit in ('Indeks', 'Nilai') else None)
    return f'{s} {w}'.strip()


def kategori(c):
    if c is None: return '-'
    return 'Sangat Tinggi' if c >= 91 else 'Tinggi' if c >= 76 else 'Sedang' if c >= 66 else 'Rendah' if c >= 51 else 'Sangat Rendah'


def y2021():
    year = 2021
    fn = 'PK Biro Kesra 2021.ods'
    wb = Workbook(); ws = wb.active; ws.title = 'Pengukuran Kinerja 2021'
    for k, t in enumerate(['LAPORAN PENGUKURAN KINERJA', 'BIRO KESEJAHTERAAN RAKYAT SETDA PROVINSI NUSA KENCANA', 'TAHUN ANGGARAN 2021']):
        merge(ws, 1 + k, 1, 1 + k, 8, t, bold=True, border=False, center=True)
    for c, h in [(1, 'Sasaran Strategis'), (2, 'No'), (3, 'Indikator Kinerja'), (4, 'Polaritas'), (7, 'Capaian (%)'), (8, 'Kategori')]:
        merge(ws, 5, c, 6, c, h, bold=True, center=True)
    merge(ws, 5, 5, 5, 6, 'Kinerja', bold=True, center=True)
    put(ws, 6, 5, 'Target', bold=True, center=True); put(ws, 6, 6, 'Realisasi', bold=True, center=True)
    for c in range(1, 9):
        put(ws, 7, c, f'({c})', center=True)
    r = 8; n = 0
    ids = ids_for(year)
    for s in range(1, 5):
        grp = [i for i in ids if D[i][3] == s]
        r0 = r
        for i in grp:
            unit, pol, kind = D[i][0], D[i][1], D[i][2]
            t, rv = tv(i, year); nm = name(i, year)
            n += 1
            put(ws, r, 2, f'{n}.', center=True); put(ws, r, 3, nm, wrap=True)
            put(ws, r, 4, 'Negatif' if pol < 0 else 'Positif')
            kt, kr = nullify(t), nullify(rv)
            tcell, rcell = txt(t, unit), txt(rv, unit)
            if unit in ('Kegiatan', 'Rekomendasi') and not isinstance(t, str):
                tcell, rcell = t, rv  # plain numbers on some rows
            if i == 'B07':
                tcell, rcell = '75 - 78', '73,8'  # planted: range / text decimal
            if i == 'B13':
                tcell = '12.500 Orang'; kt = 12500  # planted: target typed 10x
            if i == 'B05':
                rcell = '0 Orang'
            put(ws, r, 5, tcell); put(ws, r, 6, rcell)
            if isinstance(t, str):
                cap = None
            elif i == 'B09':
                cap = 120.0  # planted: negative indicator with the positive formula (true 80)
            elif i == 'B20':
                cap = 98.5  # planted: wrong % (true 98,25)
            elif i == 'B13':
                cap = 99.04
            elif i == 'B07':
                cap = 98.4
            elif pol < 0:
                cap = round((2 * t - rv) / t * 100, 2)
            else:
                cap = round(rv / t * 100, 2)
            put(ws, r, 7, '-' if cap is None else cap, fmt='0.00')
            put(ws, r, 8, kategori(cap))
            K.add(fn, ws.title, r, year, nm, i, kt, kr)
            r += 1
        merge(ws, r0, 1, r - 1, 1, SAS[s], wrap=True)
    r += 1
    put(ws, r, 6, 'Kencana Raya, 31 Desember 2020', border=False)  # planted: wrong year in date line
    sign_block(ws, r + 1, 6, SIGN)
    ws.column_dimensions['A'].width = 30; ws.column_dimensions['C'].width = 50
    deliver(wb, FOLDER, fn, K)


# ---------------------------------------------------------------- 2022 RA + 2023 LKjIP .xls
QT = {'B05': ['-', 1150, '-', '-'], 'B08': ['-', '-', 1, 1], 'B09': ['-', '-', '-', 8], 'B07': ['-', '-', '-', 76], 'B16': ['-', '-', 70, 70]}
QR = {'B05': [None, 1148, None, None], 'B08': [None, None, 1, 1], 'B09': [None, None, None, 7], 'B07': [None, None, None, 76.4],
      'B16': [None, None, 68.9, 68.9], 'B21': [None, None, None, None]}
PJ2 = {1: 'Kabag Bina Mental Spiritual', 2: 'Kabag Bina Mental Spiritual', 3: 'Kabag Kesejahteraan Sosial', 4: 'Kasubag TU Biro'}


def ra_2022(wb, fn):
    year = 2022
    ws = wb.active; ws.title = 'RA 2022'
    merge(ws, 1, 1, 1, 20, 'PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI TAHUN 2022', bold=True, border=False, center=True)
    merge(ws, 2, 1, 2, 20, 'BIRO KESEJAHTERAAN RAKYAT SETDA PROVINSI NUSA KENCANA', bold=True, border=False, center=True)
    for c, h in [(1, 'No'), (2, 'Sasaran'), (3, 'Indikator Kinerja'), (4, 'Satuan'), (5, 'Target Tahunan'),
                 (18, 'Realisasi Akhir Tahun'), (19, 'Capaian Tahunan (%)'), (20, 'Penanggung Jawab')]:
        merge(ws, 4, c, 5, c, h, bold=True, center=True)
    for k, tw in enumerate(['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV']):
        merge(ws, 4, 6 + 3 * k, 4, 8 + 3 * k, tw, bold=True, center=True)
        for j, h in enumerate(['T', 'R', '%']):
            put(ws, 5, 6 + 3 * k + j, h, bold=True, center=True)
    for c in range(1, 21):
        put(ws, 6, c, c, center=True)
    r = 7; n = 0
    ids = ids_for(year)
    for s in range(1, 5):
        grp = [i for i in ids if D[i][3] == s]
        r0 = r
        for i in grp:
            unit, pol, kind = D[i][0], D[i][1], D[i][2]
            t, rv = tv(i, year); nm = name(i, year)
            n += 1
            put(ws, r, 1, n, center=True); put(ws, r, 3, nm, wrap=True); put(ws, r, 4, unit)
            tcell = '≥ 25' if i == 'B19' else t  # planted: bound
            put(ws, r, 5, tcell, fmt='#,##0.##')
            isint = isinstance(t, int)
            qt = QT.get(i) or quarters(t, kind, isint, shares=(0.25, 0.25, 0.25, 0))
            qr = QR.get(i) or quarters(rv, kind, isinstance(rv, int), shares=(0.2, 0.3, 0.25, 0))
            for k in range(4):
                ct, cr, cp = 6 + 3 * k, 7 + 3 * k, 8 + 3 * k
                put(ws, r, ct, qt[k], fmt='#,##0.##'); put(ws, r, cr, qr[k], fmt='#,##0.##')
                lt, lr = L(ct), L(cr)
                rr = r + 1 if (i == 'B03' and k == 1) else r  # planted: TW II % of B03 points at next row
                if pol < 0:
                    f = f'=IFERROR(ROUND((2*{lt}{rr}-{lr}{rr})/{lt}{rr}*100,2),"-")'
                else:
                    f = f'=IFERROR(ROUND({lr}{rr}/{lt}{rr}*100,2),"-")'
                put(ws, r, cp, f, fmt='0.00')
            rcell = rv
            if i == 'B01':
                rcell = '96,5'  # planted: text
            if i == 'B21':
                rcell = 'dalam proses verifikasi'
            put(ws, r, 18, rcell, fmt='#,##0.##')
            if i == 'B17':
                put(ws, r, 19, f'=R{r}/E{r}', fmt='0.00')  # planted: fraction
            elif i == 'B19':
                put(ws, r, 19, 108, fmt='0.00')
            elif pol < 0 and i != 'B15':
                put(ws, r, 19, f'=IFERROR(ROUND((2*E{r}-R{r})/E{r}*100,2),"-")', fmt='0.00')
            else:
                put(ws, r, 19, f'=IFERROR(ROUND(R{r}/E{r}*100,2),"-")', fmt='0.00')  # B15 negative with positive formula
            put(ws, r, 20, PJ2[s])
            K.add(fn, ws.title, r, year, nm, i, nullify(t) if i != 'B19' else 25, nullify(rv))
            r += 1
        merge(ws, r0, 2, r - 1, 2, SAS[s], wrap=True)
    r += 1
    put(ws, r, 16, 'Kencana Raya, 30 Desember 2022', border=False)
    sign_block(ws, r + 1, 16, SIGN)
    ws.column_dimensions['B'].width = 28; ws.column_dimensions['C'].width = 46


RPJMD = {'B01': 98, 'B20': 90, 'B02': 260, 'B03': 160, 'B04': 97, 'B21': 4500, 'B07': 78, 'B19': 40, 'B15': 1, 'B08': 3,
         'B09': 6, 'B05': 2600, 'B06': 100, 'B18': 20, 'B12': 97, 'B13': 1800, 'B14': 95, 'B16': 75, 'B17': 96}


def lkjip_2023(wb, fn):
    year = 2023
    ws = wb.create_sheet('LKjIP 2023')
    merge(ws, 1, 1, 1, 13, 'Tabel 3.2 Perbandingan Realisasi dan Capaian Kinerja Tahun 2022 dan 2023', bold=True, border=False)
    merge(ws, 2, 1, 2, 13, 'Biro Kesejahteraan Rakyat Setda Provinsi Nusa Kencana', border=False)
    for c, h in [(1, 'No'), (2, 'Indikator Kinerja Utama'), (3, 'Satuan'), (10, 'Peningkatan (Realisasi 2023 - 2022)'),
                 (11, 'Target Akhir RPJMD (2026)'), (12, 'Status thd Target Akhir'), (13, 'Keterangan')]:
        merge(ws, 5, c, 6, c, h, bold=True, center=True)
    for c0, yy in [(4, 2022), (7, 2023)]:
        merge(ws, 5, c0, 5, c0 + 2, f'Tahun {yy}', bold=True, center=True)
        for j, h in enumerate(['Target', 'Realisasi', 'Capaian (%)']):
            put(ws, 6, c0 + j, h, bold=True, center=True)
    r = 7; n = 0
    ids = ids_for(year)
    for s in range(1, 5):
        merge(ws, r, 1, r, 13, f'Sasaran Strategis {s} : {SAS[s]}', bold=True)
        r += 1
        for i in [i for i in ids if D[i][3] == s]:
            unit, pol, kind = D[i][0], D[i][1], D[i][2]
            t, rv = tv(i, year); nm = name(i, year)
            n += 1
            put(ws, r, 1, n, center=True); put(ws, r, 2, nm, wrap=True); put(ws, r, 3, unit)
            p = D[i][5].get(2022)
            if p is None:
                for c in (4, 5, 6):
                    put(ws, r, c, '-')
            else:
                pt, pr = p
                if i == 'B13':
                    pr = 1521  # comparison column disagrees with RA 2022 (1512) - info
                put(ws, r, 4, pt, fmt='#,##0.##'); put(ws, r, 5, '-' if pr is None else pr, fmt='#,##0.##')
                if pol < 0:
                    put(ws, r, 6, f'=IFERROR(ROUND((2*D{r}-E{r})/D{r}*100,2),"-")', fmt='0.00')
                else:
                    put(ws, r, 6, f'=IFERROR(ROUND(E{r}/D{r}*100,2),"-")', fmt='0.00')
            tcell = 24500 if i == 'B05' else t  # planted: 10x target
            rcell = '-' if rv is None else rv
            put(ws, r, 7, tcell, fmt='#,##0.##'); put(ws, r, 8, rcell, fmt='#,##0.##')
            if i == 'B12':
                put(ws, r, 9, 101.89, fmt='0.00')  # constant typed over formula (right value)
            elif pol < 0 and i != 'B09':
                put(ws, r, 9, f'=IFERROR(ROUND((2*G{r}-H{r})/G{r}*100,2),"-")', fmt='0.00')
            else:
                put(ws, r, 9, f'=IFERROR(ROUND(H{r}/G{r}*100,2),"-")', fmt='0.00')  # B09 negative, positive formula (planted)
            put(ws, r, 10, f'=IFERROR(H{r}-E{r},"-")', fmt='#,##0.##')
            put(ws, r, 11, RPJMD[i], fmt='#,##0.##')
            put(ws, r, 12, 'Akan tercapai' if i not in ('B07',) else '-')
            put(ws, r, 13, 'Hasil survei IKUB 2023 belum dirilis' if i == 'B07' else ('indikator gabungan (2022: dua indikator)' if i == 'B18' else None))
            K.add(fn, ws.title, r, year, nm, i, 24500 if i == 'B05' else nullify(t), nullify(rv))
            r += 1
    ws.column_dimensions['B'].width = 50
    rk = wb.create_sheet('Rekap')
    put(rk, 1, 1, 'Rekap capaian', bold=True, border=False)
    put(rk, 2, 1, 'Rata-rata capaian 2023'); put(rk, 2, 2, f"=AVERAGE('LKjIP 2023'!I8:I{r-1})", fmt='0.00')
    put(rk, 3, 1, 'Rata-rata capaian 2022'); put(rk, 3, 2, f"=AVERAGE('LKjIP 2023'!F8:F{r-1})", fmt='0.00')
    put(rk, 4, 1, 'Jumlah IKU >= 100%'); put(rk, 4, 2, f"=COUNTIF('LKjIP 2023'!I8:I{r-1},\">=100\")")


def y2022_2023():
    fn = 'Capaian Kinerja Biro Kesra 2022-2023.xls'
    wb = Workbook()
    ra_2022(wb, fn); lkjip_2023(wb, fn)
    deliver(wb, FOLDER, fn, K)


if __name__ == '__main__':
    y2020(); y2021(); y2022_2023(); K.save()
    from collections import Counter
    print('B', Counter(r['year'] for r in K.rows))
