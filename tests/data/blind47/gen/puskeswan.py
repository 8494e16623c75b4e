"""Agency 1: UPTD Pusat Kesehatan Hewan (Puskeswan) Wilayah II, Dinas Peternakan Kabupaten Lembah Sari."""
from lib import *

SLUG = 'puskeswan_lembah_sari'
AGENCY = 'UPTD Pusat Kesehatan Hewan Wilayah II Rantau Jaya - Dinas Peternakan Kabupaten Lembah Sari'
YEARS = [2019, 2020, 2021, 2022]
# id: unit, polarity, kind, sasaran, {year: name}, T list, R list (aligned with YEARS; None = absent)
I = {}
def ind(i, unit, pol, kind, sas, names, T, R):
    I[i] = dict(unit=unit, pol=pol, kind=kind, sas=sas,
                names=dict(zip(YEARS, names)), T=dict(zip(YEARS, T)), R=dict(zip(YEARS, R)))

ind('A01', '%', '+', 'level', 1, ['Prosentase Hewan Penular Rabies (HPR) yg divaksinasi', 'Persentase HPR yang divaksinasi rabies',
    'Persentase hewan penular rabies yang divaksinasi', '2.1 Persentase Hewan Penular Rabies (HPR) Yang Divaksin'],
    [80, 80, 85, 85], [76.4, 82.1, 83.6, 88.2])
ind('A02', 'ekor', '+', 'flow', 1, ['Jumlah hewan penular rabies yg divaksinasi', 'Jumlah HPR yang divaksinasi (ekor)',
    'Jumlah hewan penular rabies yang divaksin', '2.2 Jumlah HPR yg Divaksin'],
    [1500, 1600, 1700, 1800], [1250, 1688, 1642, 1851])
ind('A03', '%', '+', 'level', 1, ['Cakupan pelayanan kesehatan hewan', 'Cakupan Pelayanan Keswan',
    'Cakupan pelayanan kesehatan hewan di wilayah kerja Puskeswan', '2.3 Cakupan Pelayanan Kesehatan Hewan (%)'],
    [70, 75, 75, 80], [68.5, 73.2, 77.9, 81.4])
ind('A04', 'kasus', '+', 'flow', 1, ['Jumlah kasus penyakit hewan yang ditangani', 'Jumlah Kasus Penyakit Hewan yg Ditangani',
    'Jumlah kasus penyakit hewan yang tertangani', '2.4 Jumlah kasus penyakit hewan ditangani'],
    [450, 480, 500, 520], [473, 512, 498, 547])
ind('A05', 'kasus', '-', 'flow', 1, ['Jumlah kasus penyakit hewan menular strategis (PHMS)', 'Jumlah kasus PHMS',
    'Jumlah Kasus Penyakit Hewan Menular Strategis', '2.5 Jumlah kasus PHMS (Anthrax, Brucellosis, SE)'],
    [12, 10, 10, 8], [9, 11, 7, 14])
ind('A06', '%', '+', 'level', 2, ['Persentase sapi betina produktif yang di IB', 'Prosentase Sapi Betina Produktif yg di-IB',
    'Persentase akseptor IB terhadap sapi betina produktif', '3.1 Persentase Sapi Betina Produktif yang di-Inseminasi Buatan'],
    [40, 45, 45, 50], [38.2, 41.5, 46.3, 48.7])
ind('A07', 'ekor', '+', 'flow', 2, ['Jumlah akseptor IB', 'Jumlah Akseptor Inseminasi Buatan (IB)',
    'Jumlah akseptor IB (ekor)', '3.2 Jumlah akseptor Inseminasi Buatan'],
    [900, 950, 1000, 1050], [874, 962, 1013, 1038])
ind('A08', 'kali', '-', 'level', 2, ['Service per Conception (S/C)', 'Angka S/C (service per conception)',
    'S/C', '3.3 Nilai Service per Conception (S/C)'],
    [1.8, 1.8, 1.7, 1.7], [1.9, 1.75, 1.72, 1.66])
ind('A09', 'ekor', '+', 'flow', 2, ['Jumlah kelahiran pedet hasil IB', 'Jumlah Kelahiran Pedet Hasil Inseminasi Buatan',
    'Jumlah kelahiran ternak hasil IB', '3.4 Jumlah Kelahiran Pedet hasil IB (ekor)'],
    [520, 560, 600, 620], [498, 571, 588, 634])
ind('A10', '%', '+', 'level', 2, ['Persentase kebuntingan hasil pemeriksaan kebuntingan (PKB)', 'Prosentase Kebuntingan hasil PKB', None, None],
    [60, 62, None, None], [58.9, 63.4, None, None])
ind('A10b', '%', '+', 'level', 2, [None, None, 'Conception Rate (CR) hasil IB', '3.5 Angka Kebuntingan (Conception Rate)'],
    [None, None, 62, 65], [None, None, 64.1, 63.8])
ind('A11', 'ekor', '+', 'flow', 1, ['Jumlah ternak yang diobati', 'Jumlah Ternak yg Diobati',
    'Jumlah ternak sakit yang diobati', '2.6 Jumlah ternak diobati (ekor)'],
    [2400, 2500, 2600, 2700], [2515, 2437, 2688, 2912])
ind('A12', 'orang', '+', 'flow', 3, ['Jumlah peternak yang mendapat penyuluhan kesehatan hewan', 'Jumlah Peternak yg Mendapat Penyuluhan Keswan',
    'Jumlah peternak yang mengikuti penyuluhan kesehatan hewan', '4.1 Jumlah peternak yang disuluh (orang)'],
    [300, 320, 320, 350], [312, 298, 335, 361])
ind('A13', 'orang', '+', 'flow', 3, ['Jumlah peternak yang dilayani', 'Jumlah Peternak Yang Dilayani',
    'Jumlah peternak yang mendapat pelayanan Puskeswan', '4.2 Jumlah peternak dilayani'],
    [1200, 1250, 1300, 1350], [1184, 1302, 1327, 1415])
ind('A14', 'orang', '+', 'flow', 3, ['Jumlah peternak baru yang terdaftar', 'Jumlah Peternak Baru yg Terdaftar',
    'Jumlah peternak baru terdaftar pada Puskeswan', '4.3 Jumlah peternak baru yang dilayani'],
    [80, 90, 90, 100], [86, 74, 95, 103])
ind('A15', 'nilai', '+', 'level', 3, ['Indeks Kepuasan Masyarakat (IKM)', 'IKM Pelayanan Puskeswan',
    'Indeks Kepuasan Masyarakat terhadap pelayanan Puskeswan', '4.4 Nilai IKM'],
    [80, 80, 82, 82], [81.25, 79.6, 83.1, 84.02])
ind('A16', 'predikat', '+', 'level', 3, ['Nilai evaluasi AKIP UPTD', 'Predikat Evaluasi AKIP UPTD',
    'Nilai Evaluasi Akuntabilitas Kinerja UPTD', None],
    ['B', 'B', 62, None], ['B', 'BB', 64.5, None])
ind('A17', '%', '+', 'level', 2, ['Persentase kasus gangguan reproduksi yang tertangani', 'Prosentase kasus gangrep yg tertangani',
    'Persentase penanganan gangguan reproduksi (gangrep)', '3.6 Persentase Kasus Gangguan Reproduksi Tertangani'],
    [75, 80, 80, 85], [72.3, 81.0, 84.4, 86.9])
ind('A18', 'sampel', '+', 'flow', 1, [None, None, 'Jumlah sampel serum yang diuji di laboratorium', '2.7 Jumlah sampel lab yg diuji'],
    [None, None, 150, 200], [None, None, 164, 187])
ind('A19', 'ekor', '+', 'flow', 3, ['Jumlah hewan kurban yang diperiksa', 'Jumlah Pemeriksaan Hewan Kurban (ekor)', None, None],
    [600, 650, None, None], [642, 588, None, None])
ind('A20', '%', '-', 'level', 1, ['Persentase kematian ternak akibat penyakit', 'Prosentase Kematian Ternak Akibat Penyakit Hewan',
    'Angka kematian ternak karena penyakit (%)', '2.8 Persentase kematian ternak'],
    [2, 2, 1.8, 1.8], [2.3, 1.7, 1.6, 2.4])
ind('A21', 'ekor', '+', 'flow', 1, [None, None, None, '2.9 Jumlah ternak yang divaksinasi PMK'],
    [None, None, None, 3000], [None, None, None, 3412])

SAS = {1: 'Meningkatnya status kesehatan hewan di wilayah kerja UPTD',
       2: 'Meningkatnya populasi dan produktivitas ternak melalui pelayanan reproduksi',
       3: 'Meningkatnya kualitas pelayanan Puskeswan kepada peternak'}
ORDER = {2019: ['A01', 'A02', 'A03', 'A04', 'A05', 'A11', 'A20', 'A06', 'A07', 'A08', 'A09', 'A10', 'A17', 'A12', 'A13', 'A14', 'A15', 'A16', 'A19']}
ORDER[2020] = ORDER[2019]
ORDER[2021] = ['A01', 'A02', 'A03', 'A04', 'A05', 'A11', 'A18', 'A20', 'A06', 'A07', 'A08', 'A09', 'A10b', 'A17', 'A12', 'A13', 'A14', 'A15', 'A16']
ORDER[2022] = ['A01', 'A02', 'A03', 'A04', 'A05', 'A11', 'A18', 'A20', 'A21', 'A06', 'A07', 'A08', 'A09', 'A10b', 'A17', 'A12', 'A13', 'A14', 'A15']
KEPALA = ('drh. Wayan Surya Adinata', 'Penata Tk. I (III/d)', 'NIP. 19780412 200501 1 009')


def title(ws, lines, c='A'):
    for i, t in enumerate(lines):
        ws[f'{c}{i + 1}'] = t
        ws[f'{c}{i + 1}'].font = BOLD


def pk2019(books):
    """XLS: annual PK, two header rows + numbered row, merged Sasaran, Target/Realisasi each with Satuan."""
    y = 2019
    b = Book(SLUG, 'PK_UPTD_Puskeswan_2019.xls')
    ws = b.sheet('PK 2019')
    title(ws, ['PENGUKURAN KINERJA', 'UPTD PUSAT KESEHATAN HEWAN WILAYAH II RANTAU JAYA', 'DINAS PETERNAKAN KABUPATEN LEMBAH SARI', 'TAHUN ANGGARAN 2019'], 'C')
    for rng, t in [('A6:A7', 'No'), ('B6:B7', 'Sasaran Strategis'), ('C6:C7', 'Indikator Kinerja'), ('D6:E6', 'Target'),
                   ('F6:G6', 'Realisasi'), ('H6:H7', 'Capaian (%)'), ('I6:I7', 'Keterangan')]:
        merge(ws, rng, t, bold=True, align=CENTER)
    for ref, t in [('D7', 'Nilai'), ('E7', 'Satuan'), ('F7', 'Nilai'), ('G7', 'Satuan')]:
        put(ws, ref, t, bold=True, align=CENTER)
    for k in range(9):
        put(ws, f'{col(k + 1)}8', f'({k + 1})', align=CENTER)
    r = 9
    groups = {}
    for i in ORDER[y]:
        groups.setdefault(I[i]['sas'], []).append(i)
    no = 1
    for s, ids in groups.items():
        start = r
        for i in ids:
            d = I[i]
            name, T, R = d['names'][y], d['T'][y], d['R'][y]
            tcell, rcell, kt, kr = T, R, T, R
            if i == 'A02':
                rcell = '1.250 ekor'
            if i == 'A12':
                tcell = kt = 3000  # target typed 10x
            if i == 'A20':
                tcell = '<= 2'
            if i == 'A16':
                kt = kr = None
            put(ws, f'C{r}', name, align=WRAP)
            put(ws, f'D{r}', tcell); put(ws, f'E{r}', d['unit'])
            put(ws, f'F{r}', rcell); put(ws, f'G{r}', d['unit'])
            if i == 'A16':
                cap = 100
            elif i == 'A02':
                cap = '=1250/D%d*100' % r
            elif i == 'A20':
                cap = '=(2*2-F%d)/2*100' % r
            elif i == 'A07':
                cap = '=F%d/D%d*100' % (r + 1, r + 1)   # wrong row
            elif i == 'A11':
                cap = 95  # typed, disagrees
            elif d['pol'] == '-' and i != 'A05':
                cap = '=(2*D{0}-F{0})/D{0}*100'.format(r)
            else:
                cap = '=F{0}/D{0}*100'.format(r)   # A05: positive formula on a negative indicator
            put(ws, f'H{r}', cap, fmt='0.00'); put(ws, f'I{r}', '')
            b.key(ws, f'C{r}', y, i, name, kt, kr, ('one', [f'D{r}']), ('one', [f'F{r}']))
            r += 1
            if i == 'A08':   # duplicated row (second copy is not a key row)
                put(ws, f'C{r}', name, align=WRAP); put(ws, f'D{r}', T); put(ws, f'E{r}', d['unit'])
                put(ws, f'F{r}', R); put(ws, f'G{r}', d['unit']); put(ws, f'H{r}', '=(2*D{0}-F{0})/D{0}*100'.format(r), fmt='0.00')
                put(ws, f'I{r}', '')
                r += 1
        merge(ws, f'A{start}:A{r - 1}', no, align=CENTER)
        merge(ws, f'B{start}:B{r - 1}', SAS[s], align=WRAP)
        no += 1
    r += 1
    ws[f'B{r}'] = 'Jumlah Anggaran Kegiatan Tahun 2019 : Rp. 1.284.650.000,-'
    ws[f'B{r + 1}'] = 'Jumlah Realisasi Anggaran Kegiatan Tahun 2019 : Rp. 1.197.318.450,-'
    signature(ws, r + 3, 'G', 'Rantau Jaya, 10 Januari 2020', 'Kepala UPTD Puskeswan Wilayah II', *KEPALA)
    ws.column_dimensions['B'].width = 30; ws.column_dimensions['C'].width = 45
    # hidden draft sheet with other figures
    wd = b.sheet('draft', hidden=True)
    wd['A1'] = 'DRAFT PK 2019 (jangan dipakai)'
    for k, i in enumerate(ORDER[y]):
        wd[f'A{k + 3}'] = I[i]['names'][y]
        wd[f'B{k + 3}'] = I[i]['T'][y]
        wd[f'C{k + 3}'] = 0
    books.append(b)


def ra2020(books):
    """XLSX: quarterly Rencana Aksi, TW I-IV target/realisasi pairs, NO annual realisasi column."""
    y = 2020
    b = Book(SLUG, 'RA_Puskeswan_2020.xlsx')
    ws = b.sheet('Rencana Aksi 2020')
    title(ws, ['RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2020', 'UPTD PUSKESWAN WILAYAH II RANTAU JAYA', 'Posisi : s/d Triwulan IV'], 'B')
    for rng, t in [('A5:A6', 'No'), ('B5:B6', 'Indikator Kinerja'), ('C5:C6', 'Satuan'), ('D5:D6', 'Target Tahunan'),
                   ('E5:F5', 'TW I'), ('G5:H5', 'TW II'), ('I5:J5', 'TW III'), ('K5:L5', 'TW IV'), ('M5:M6', 'Ket')]:
        merge(ws, rng, t, bold=True, align=CENTER)
    for k, c in enumerate('EFGHIJKL'):
        put(ws, f'{c}6', 'T' if k % 2 == 0 else 'R', bold=True, align=CENTER)
    r = 7
    last_s = None
    n = 0
    for i in ORDER[y]:
        d = I[i]
        if d['sas'] != last_s:
            merge(ws, f'A{r}:M{r}', 'Sasaran : ' + SAS[d['sas']], bold=True)
            last_s = d['sas']; r += 1
        n += 1
        name, T, R = d['names'][y], d['T'][y], d['R'][y]
        put(ws, f'A{r}', n); put(ws, f'B{r}', name, align=WRAP); put(ws, f'C{r}', d['unit'])
        tcell, kt = T, T
        if d['kind'] == 'flow':
            tq = split_flow(T, w=(0.25, 0.25, 0.25, 0.25)); rq = split_flow(R)
        else:
            tq = ramp(T, start=0.9) if isinstance(T, (int, float)) else ['-', '-', '-', T]
            rq = ramp(R, start=0.9) if isinstance(R, (int, float)) else ['-', '-', '-', R]
        kr = R; agg = 'sum' if d['kind'] == 'flow' else 'last'
        if i == 'A03':
            tcell = '75-80'
        if i == 'A15':
            rq[3] = '-'; kr = rq[2]
        if i == 'A09':
            rq[1] = '-'; kr = rq[0] + rq[2] + rq[3]
        if i == 'A01':
            rq[3] = '82,1 %'
        if i == 'A13':
            rq[2] = '%d orang' % rq[2]
        if i == 'A17':
            rq[3] = 0.81; kr = 0.81   # fraction typed in a column of percent points
        if i == 'A16':
            kt = kr = None; tq = ['-', '-', '-', 'B']; rq = ['-', '-', '-', 'BB']
        if i == 'A19':
            tq = ['-', '-', 650, '-']; rq = ['-', '-', 588, '-']
        put(ws, f'D{r}', tcell)
        for q in range(4):
            put(ws, f'{"EGIK"[q]}{r}', tq[q]); put(ws, f'{"FHJL"[q]}{r}', rq[q])
        put(ws, f'M{r}', '')
        b.key(ws, f'B{r}', y, i, name, kt, kr, ('one', [f'D{r}']), (agg, [f'{c}{r}' for c in 'FHJL']))
        r += 1
    signature(ws, r + 2, 'J', 'Rantau Jaya, 8 Januari 2021', 'Kepala UPTD,', *KEPALA)
    ws.column_dimensions['B'].width = 48
    wn = b.sheet('Keterangan')
    wn['A1'] = 'Catatan penyusunan Rencana Aksi 2020'
    wn['A2'] = '- Target TW untuk indikator jumlah adalah target per triwulan, indikator persentase kumulatif.'
    wn['A3'] = '- IKM TW IV belum keluar hasil survei (menunggu Bagian Organisasi).'
    wn['A4'] = '- Pemeriksaan hewan kurban hanya pada bulan Idul Adha (Juli/Agustus).'
    books.append(b)


def ods2122(books):
    """ODS: sheet LKjIP 2021 (earlier years + Renstra target, % as fractions) and sheet Capaian 2022 (two years side by side)."""
    b = Book(SLUG, 'Kinerja_Puskeswan_2021_2022.ods')
    y = 2021
    ws = b.sheet('LKjIP 2021')
    ws['A1'] = 'Tabel 3.2'; ws['A2'] = 'Capaian Indikator Kinerja UPTD Puskeswan Wilayah II Tahun 2021 dibandingkan tahun sebelumnya dan target Renstra'
    hdr = ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Realisasi 2019', 'Realisasi 2020', 'Target 2021', 'Realisasi 2021',
           'Capaian 2021 (%)', 'Target Akhir Renstra (2023)', 'Capaian s/d 2021 thd Renstra (%)']
    for k, t in enumerate(hdr):
        put(ws, f'{col(k + 1)}4', t, bold=True, align=CENTER)
    r = 5; last_s = None; n = 0; start = 5
    renstra = {'A01': 90, 'A02': 2000, 'A03': 85, 'A04': 550, 'A05': 6, 'A11': 2800, 'A18': 250, 'A20': 1.5, 'A06': 55, 'A07': 1100,
               'A08': 1.6, 'A09': 650, 'A10b': 70, 'A17': 90, 'A12': 400, 'A13': 1400, 'A14': 110, 'A15': 85, 'A16': 70}
    for i in ORDER[y]:
        d = I[i]
        if d['sas'] != last_s:
            if last_s is not None:
                merge(ws, f'B{start}:B{r - 1}', SAS[last_s], align=WRAP)
            last_s = d['sas']; start = r
        n += 1
        name, T, R = d['names'][y], d['T'][y], d['R'][y]
        pct = d['unit'] == '%'
        f = (lambda v: v / 100 if isinstance(v, (int, float)) and pct else v)
        fmt = '0.00%' if pct else '#,##0.##'
        prev = [I[i]['R'].get(2019), I[i]['R'].get(2020)]
        if i == 'A10b':
            prev = ['-', '-']
        if i == 'A18':
            prev = ['-', '-']
        if i == 'A16':
            prev = ['B', 'BB']
        put(ws, f'A{r}', n); put(ws, f'C{r}', name, align=WRAP); put(ws, f'D{r}', d['unit'])
        for c, v in zip('EF', prev):
            put(ws, f'{c}{r}', f(v) if v is not None else '-', fmt=fmt)
        tv = f(T); kt = T
        if i == 'A17':
            tv = 80; kt = 8000   # typed as 80 in a % cell: shows 8000,00 %
        put(ws, f'G{r}', tv, fmt=fmt); put(ws, f'H{r}', f(R), fmt=fmt)
        if d['pol'] == '-':
            put(ws, f'I{r}', '=(2*G{0}-H{0})/G{0}*100'.format(r), fmt='0.00')
        else:
            put(ws, f'I{r}', '=H{0}/G{0}*100'.format(r), fmt='0.00')
        put(ws, f'J{r}', f(renstra[i]), fmt=fmt)
        put(ws, f'K{r}', '=H{0}/J{0}*100'.format(r), fmt='0.00')
        b.key(ws, f'C{r}', y, i, name, kt, R, ('one', [f'G{r}']), ('one', [f'H{r}']))
        r += 1
    merge(ws, f'B{start}:B{r - 1}', SAS[last_s], align=WRAP)
    ws[f'B{r + 1}'] = 'Sumber : Laporan Tahunan UPTD Puskeswan Wilayah II 2021'
    ws.column_dimensions['C'].width = 50

    # 2022: two years side by side; only 2022 keyed
    y = 2022
    ws = b.sheet('Capaian 2022')
    ws['A1'] = 'PERBANDINGAN CAPAIAN KINERJA TAHUN 2021 DAN 2022'; ws['A2'] = 'UPTD PUSKESWAN WIL. II RANTAU JAYA'
    for rng, t in [('A4:A5', 'No'), ('B4:B5', 'Indikator Kinerja'), ('C4:C5', 'Satuan'), ('D4:F4', 'Tahun 2021'), ('G4:I4', 'Tahun 2022')]:
        merge(ws, rng, t, bold=True, align=CENTER)
    for k, t in enumerate(['Target', 'Realisasi', 'Capaian (%)'] * 2):
        put(ws, f'{col(k + 4)}5', t, bold=True, align=CENTER)
    r = 6
    heads = {'A01': 'I. STATUS KESEHATAN HEWAN', 'A06': 'II. REPRODUKSI TERNAK', 'A12': 'III. PELAYANAN'}
    for i in ORDER[y]:
        d = I[i]
        if i in heads:
            merge(ws, f'A{r}:I{r}', heads[i], bold=True); r += 1
        name, T, R = d['names'][y], d['T'][y], d['R'][y]
        t21 = d['T'].get(2021); r21 = d['R'].get(2021)
        if i == 'A07':
            r21 = 1031  # differs from the 2021 LKjIP sheet (1013)
        if i == 'A21':
            t21 = r21 = '-'
        num = name.split(' ')[0]
        put(ws, f'A{r}', num); put(ws, f'B{r}', name, align=WRAP); put(ws, f'C{r}', d['unit'])
        put(ws, f'D{r}', t21 if t21 is not None else '-'); put(ws, f'E{r}', r21 if r21 is not None else '-')
        put(ws, f'F{r}', '=IFERROR(E{0}/D{0}*100,"-")'.format(r), fmt='0.00')
        tcell, rcell, kt, kr = T, R, T, R
        cap = '=H{0}/G{0}*100'.format(r) if d['pol'] == '+' else '=(2*G{0}-H{0})/G{0}*100'.format(r)
        if i == 'A05':
            cap = 75   # typed capaian; true (2*8-14)/8*100 = 25
        if i == 'A21':
            rcell = '3.412'
        if i == 'A20':
            tcell = 'maks 1,8'; cap = '=(2*1.8-H{0})/1.8*100'.format(r)
        if i == 'A15':
            tcell = '82-85'; cap = '=H{0}/82*100'.format(r)
        if i == 'A03':
            rcell = '81,4%'; cap = 101.75
        put(ws, f'G{r}', tcell); put(ws, f'H{r}', rcell); put(ws, f'I{r}', cap, fmt='0.00')
        b.key(ws, f'B{r}', y, i, name, kt, kr, ('one', [f'G{r}']), ('one', [f'H{r}']))
        r += 1
    signature(ws, r + 2, 'G', 'Rantau Jaya, 12 Januari 2023', 'Kepala UPTD Puskeswan Wil. II', 'drh. Ni Komang Ayu Lestari', 'Penata (III/c)', 'NIP. 19850918 201001 2 004')
    ws.column_dimensions['B'].width = 50
    wn = b.sheet('Catatan')
    wn['A1'] = 'Catatan: kolom tahun 2021 pada sheet Capaian 2022 diambil dari laporan TW IV 2021 (sebelum validasi).'
    wn['A2'] = 'Indikator 2.9 (vaksinasi PMK) baru ditambahkan tahun 2022 karena wabah PMK.'
    books.append(b)


def build():
    books = []
    pk2019(books); ra2020(books); ods2122(books)
    return dict(slug=SLUG, agency=AGENCY, years=YEARS, books=books, ambiguous=[['A10', 'A10b']], I=I)
