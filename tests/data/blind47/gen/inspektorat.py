"""Agency 3: Inspektorat Provinsi Nusa Kencana."""
from lib import *

SLUG = 'inspektorat_nusa_kencana'
AGENCY = 'Inspektorat Provinsi Nusa Kencana'
YEARS = [2017, 2018, 2019, 2020]
I = {}
def ind(i, unit, pol, kind, sas, names, T, R):
    I[i] = dict(unit=unit, pol=pol, kind=kind, sas=sas, names=dict(zip(YEARS, names)), T=dict(zip(YEARS, T)), R=dict(zip(YEARS, R)))

ind('C01', 'level', '+', 'level', 1, ['Level Kapabilitas APIP', 'Tingkat Kapabilitas APIP (IACM)', 'Level kapabilitas Aparat Pengawasan Intern Pemerintah (APIP)', '1.1. Level Kapabilitas APIP'],
    [3, 3, 3, 3], [2, 2, 3, 3])
ind('C02', 'level', '+', 'level', 1, ['Tingkat Maturitas SPIP', 'Level Maturitas Sistem Pengendalian Intern Pemerintah (SPIP)', 'Level maturitas SPIP Pemprov', '1.2. Maturitas SPIP'],
    [3, 3, 3, 3], [2.45, 2.87, 3.012, 3.154])
ind('C03', 'predikat', '+', 'level', 1, ['Predikat SAKIP Pemerintah Provinsi', 'Predikat Evaluasi SAKIP Pemprov', None, None], ['B', 'BB', None, None], ['B', 'B', None, None])
ind('C03b', 'nilai', '+', 'level', 1, [None, None, 'Nilai Evaluasi SAKIP Pemerintah Provinsi', '1.3. Nilai SAKIP Pemprov'], [None, None, 70, 72], [None, None, 68.41, 71.06])
ind('C04', 'opini', '+', 'level', 1, ['Opini BPK atas LKPD', 'Opini BPK RI terhadap LKPD Provinsi', 'Opini BPK atas Laporan Keuangan Pemerintah Daerah (LKPD)', '1.4. Opini BPK atas LKPD'],
    ['WTP'] * 4, ['WTP', 'WTP', 'WDP', 'WTP'])
ind('C05', '%', '+', 'level', 2, ['Persentase tindak lanjut hasil pemeriksaan yang diselesaikan', 'Prosentase Penyelesaian Tindak Lanjut Hasil Pemeriksaan (TLHP)',
    'Persentase TLHP yang telah ditindaklanjuti', '2.1. Persentase penyelesaian TLHP'], [70, 75, 80, 85], [68.4, 77.2, 79.5, 86.3])
ind('C06', 'temuan', '-', 'flow', 2, ['Jumlah temuan hasil pemeriksaan', 'Jumlah Temuan Hasil Pemeriksaan', 'Jumlah temuan pemeriksaan reguler', '2.2. Jumlah temuan hasil audit'],
    [250, 230, 210, 200], [268, 224, 197, 205])
ind('C07', 'temuan', '-', 'flow', 2, ['Jumlah temuan berulang', 'Jumlah Temuan Yang Berulang', 'Jumlah temuan berulang (repeated findings)', '2.3. Jumlah temuan yg berulang'],
    [40, 35, 30, 25], [46, 31, 28, 22])
ind('C08', 'obrik', '+', 'flow', 3, ['Jumlah objek pemeriksaan sesuai PKPT', 'Jumlah Obyek Pemeriksaan (Obrik) Sesuai PKPT', 'Jumlah obrik yang diperiksa sesuai PKPT', '3.1. Jumlah obrik PKPT'],
    [120, 125, 130, 110], [118, 127, 131, 104])
ind('C09', '%', '+', 'level', 3, ['Persentase realisasi PKPT', 'Prosentase Realisasi Program Kerja Pengawasan Tahunan (PKPT)', 'Persentase realisasi pelaksanaan PKPT', '3.2. Persentase Realisasi PKPT'],
    [100] * 4, [98.3, 101.6, 100, 94.5])
ind('C10', 'LHP', '+', 'flow', 3, ['Jumlah Laporan Hasil Pemeriksaan (LHP) yang diterbitkan', 'Jumlah LHP Yang Diterbitkan', 'Jumlah laporan hasil pemeriksaan yang diterbitkan', '3.3. Jumlah LHP diterbitkan'],
    [120, 125, 130, 110], [115, 126, 133, 101])
ind('C11', 'laporan', '+', 'flow', 3, ['Jumlah laporan hasil reviu', 'Jumlah Laporan Hasil Reviu (LK, RKA, RKPD, LKjIP)', 'Jumlah laporan reviu yang diselesaikan', '3.4. Jumlah laporan hasil reviu'],
    [30, 32, 34, 36], [31, 32, 36, 38])
ind('C12', 'pengaduan', '+', 'flow', 4, ['Jumlah pengaduan masyarakat yang ditangani', 'Jumlah Dumas Yang Ditangani', 'Jumlah pengaduan masyarakat (dumas) yang ditangani', '4.1. Jumlah pengaduan masyarakat yang ditangani'],
    [40, 45, 45, 50], [52, 47, 39, 58])
ind('C13', '%', '+', 'level', 4, ['Persentase pengaduan masyarakat yang ditindaklanjuti', 'Prosentase Dumas Yang Ditindaklanjuti', 'Persentase pengaduan masyarakat yang ditindaklanjuti', '4.2. Persentase dumas yg ditindaklanjuti'],
    [90, 95, 95, 100], [88.5, 93.6, 97.4, 96.6])
ind('C14', 'orang', '+', 'level', 5, ['Jumlah auditor bersertifikat JFA', 'Jumlah Pejabat Fungsional Auditor (JFA) Bersertifikat', 'Jumlah auditor yang memiliki sertifikat JFA', '5.1. Jumlah auditor bersertifikat'],
    [45, 50, 55, 60], [44, 51, 53, 61])
ind('C15', 'orang', '+', 'flow', 5, ['Jumlah auditor baru yang diangkat', 'Jumlah Auditor Baru Yang Diangkat Dalam JFA', 'Jumlah auditor baru', '5.2. Jumlah auditor baru yang diangkat'],
    [5, 5, 5, 6], [6, 4, 5, 7])
ind('C16', '%', '+', 'level', 2, ['Persentase kerugian daerah yang dipulihkan', 'Prosentase Pengembalian Kerugian Daerah', 'Persentase kerugian daerah yang telah dikembalikan', '2.4. Persentase pemulihan kerugian daerah'],
    [50, 55, 60, 65], [47.2, 58.1, 61.3, 63.9])
ind('C17', 'kasus', '-', 'flow', 2, ['Jumlah kasus kerugian daerah', 'Jumlah Kasus Kerugian Daerah (TGR)', 'Jumlah kasus TGR', None], [15, 12, 10, None], [18, 11, 9, None])
ind('C18', '%', '+', 'level', 1, [None, None, 'Nilai Monitoring Center for Prevention (MCP) KPK', '1.5. Skor MCP'], [None, None, 75, 80], [None, None, 78.54, 83.21])
ind('C19', '%', '+', 'level', 5, ['Persentase OPD yang menyusun peta risiko', 'Persentase Perangkat Daerah Yang Memiliki Peta Risiko', None, None], [50, 75, None, None], [42.9, 77.1, None, None])
ind('C20', 'OPD', '+', 'level', 5, [None, None, 'Jumlah OPD yang menyusun peta risiko', '5.3. Jumlah Perangkat Daerah yg memiliki peta risiko'], [None, None, 30, 35], [None, None, 31, 35])

SAS = {1: 'Meningkatnya kualitas tata kelola dan akuntabilitas pemerintahan daerah', 2: 'Meningkatnya efektivitas tindak lanjut hasil pengawasan',
       3: 'Terlaksananya pengawasan sesuai PKPT', 4: 'Meningkatnya penanganan pengaduan masyarakat', 5: 'Meningkatnya kapasitas APIP dan manajemen risiko'}
def order(y):
    return sorted([i for i in I if I[i]['names'][y]], key=lambda i: (I[i]['sas'], list(I).index(i)))
INSP = ('Drs. I Gusti Made Arsana, M.M.', 'Pembina Utama Madya (IV/d)', 'NIP. 19640817 198903 1 012')


def xlsx1718(books):
    b = Book(SLUG, 'Inspektorat_Kinerja_2017_2018.xlsx')
    # ---- 2017 PK with polarity
    y = 2017
    ws = b.sheet('PK 2017')
    for k, t in enumerate(['PENGUKURAN KINERJA INSPEKTORAT PROVINSI NUSA KENCANA', 'TAHUN 2017']):
        merge(ws, f'A{k + 1}:I{k + 1}', t, bold=True, align=CENTER, border=False)
    hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Ket.']
    for k, t in enumerate(hdr):
        put(ws, f'{col(k + 1)}4', t, bold=True, align=CENTER); put(ws, f'{col(k + 1)}5', k + 1, align=CENTER)
    r = 6; last = None; start = 6; no = 0
    for i in order(y):
        d = I[i]
        if d['sas'] != last:
            if last is not None:
                merge(ws, f'A{start}:A{r - 1}', no, align=CENTER); merge(ws, f'B{start}:B{r - 1}', SAS[last], align=WRAP)
            no += 1; last = d['sas']; start = r
        name, T, R = d['names'][y], d['T'][y], d['R'][y]
        tcell, rcell = T, R
        kt = T if isinstance(T, (int, float)) else None; kr = R if isinstance(R, (int, float)) else None
        pol = 'Positif' if d['pol'] == '+' else 'Negatif'
        cap = f'=IF(D{r}="Positif",G{r}/F{r}*100,(2*F{r}-G{r})/F{r}*100)'
        if i == 'C11':
            pol = ''      # blank polarity sends the row down the negative branch
        if i == 'C01':
            rcell = 'Level 2'; cap = 66.67
        if i == 'C02':
            rcell = '2,45'; cap = 81.67
        if i in ('C03', 'C04'):
            cap = 100
        if i == 'C13':
            tcell = '≥ 90%'; cap = 98.33
        if i == 'C16':
            tcell = '50-55'; cap = f'=G{r}/50*100'
        if i == 'C05':
            cap = 97.71    # typed; true 68,4/70 = 97,71 -> correct; mistake is C09 below
        if i == 'C09':
            cap = 100      # typed; true 98,30
        put(ws, f'C{r}', name, align=WRAP); put(ws, f'D{r}', pol); put(ws, f'E{r}', d['unit'])
        put(ws, f'F{r}', tcell); put(ws, f'G{r}', rcell); put(ws, f'H{r}', cap, fmt='0.00'); put(ws, f'I{r}', '')
        b.key(ws, f'C{r}', y, i, name, kt, kr, ('one', [f'F{r}']), ('one', [f'G{r}']))
        r += 1
        if i == 'C10':   # duplicated row
            for c in 'CDEFGHI':
                put(ws, f'{c}{r}', ws[f'{c}{r - 1}'].value if c != 'H' else f'=G{r}/F{r}*100', fmt='0.00' if c == 'H' else None)
            r += 1
    merge(ws, f'A{start}:A{r - 1}', no, align=CENTER); merge(ws, f'B{start}:B{r - 1}', SAS[last], align=WRAP)
    ws[f'B{r + 1}'] = 'Jumlah Anggaran Tahun 2017 : Rp. 14.872.455.000,-'
    ws[f'B{r + 2}'] = 'Jumlah Realisasi Anggaran Tahun 2017 : Rp. 13.961.208.770,-'
    signature(ws, r + 4, 'F', 'Kencana Raya, 22 Januari 2018', 'INSPEKTUR PROVINSI NUSA KENCANA', *INSP)
    ws.column_dimensions['B'].width = 30; ws.column_dimensions['C'].width = 48

    # ---- 2018 quarterly with annual realisasi column
    y = 2018
    ws = b.sheet('RA TW 2018')
    ws['A1'] = 'RENCANA AKSI DAN CAPAIAN KINERJA TRIWULANAN'; ws['A2'] = 'INSPEKTORAT PROVINSI NUSA KENCANA TAHUN 2018'
    for rng, t in [('A4:A5', 'No'), ('B4:B5', 'Indikator Kinerja Utama'), ('C4:C5', 'Satuan'), ('D4:D5', 'Target 2018'), ('E4:F4', 'Triwulan I'),
                   ('G4:H4', 'Triwulan II'), ('I4:J4', 'Triwulan III'), ('K4:L4', 'Triwulan IV'), ('M4:M5', 'Realisasi s.d. TW IV'), ('N4:N5', 'Capaian (%)')]:
        merge(ws, rng, t, bold=True, align=CENTER)
    for k, c in enumerate('EFGHIJKL'):
        put(ws, f'{c}5', 'Target' if k % 2 == 0 else 'Real.', bold=True, align=CENTER)
    for k in range(14):
        put(ws, f'{col(k + 1)}6', k + 1, align=CENTER)
    r = 7; n = 0
    for i in order(y):
        d = I[i]; n += 1
        name, T, R = d['names'][y], d['T'][y], d['R'][y]
        if isinstance(T, str):
            tq, rq = ['-', '-', '-', T], ['-', '-', '-', R]
        elif d['kind'] == 'flow':
            tq = split_flow(T, w=(0.2, 0.3, 0.3, 0.2)); rq = split_flow(R, w=(0.2, 0.3, 0.3, 0.2))
        else:
            tq = ramp(T, start=0.8); rq = ramp(R, start=0.8)
        ann = f'=F{r}+H{r}+J{r}+L{r}' if d['kind'] == 'flow' else f'=L{r}'
        kt = T if isinstance(T, (int, float)) else None; kr = R if isinstance(R, (int, float)) else None
        cap = f'=M{r}/D{r}*100' if d['pol'] == '+' else f'=(2*D{r}-M{r})/D{r}*100'
        if isinstance(T, str):
            ann = R; cap = '-'
        if i == 'C08':
            ann = 127; rq = split_flow(125, w=(0.2, 0.3, 0.3, 0.2)); kr = 127   # typed annual disagrees with quarters (sum 125)
        if i == 'C10':
            cap = f'=M{r - 1}/D{r - 1}*100'   # points at the row above
        if i == 'C07':
            cap = f'=M{r}/D{r}*100'   # positive formula on a negative indicator
        if i == 'C09':
            tq = [25, 50, 75, 100]
        if i == 'C14':
            ann = '51 orang'
        if i == 'C19':
            ann = f'=L{r}/100'; kr = 0.771  # fraction in a % column (points elsewhere)
        put(ws, f'A{r}', n); put(ws, f'B{r}', name, align=WRAP); put(ws, f'C{r}', d['unit']); put(ws, f'D{r}', T)
        for q in range(4):
            put(ws, f'{"EGIK"[q]}{r}', tq[q]); put(ws, f'{"FHJL"[q]}{r}', rq[q])
        put(ws, f'M{r}', ann); put(ws, f'N{r}', cap, fmt='0.00')
        b.key(ws, f'B{r}', y, i, name, kt, kr, ('one', [f'D{r}']), ('one', [f'M{r}']))
        r += 1
    signature(ws, r + 2, 'K', 'Kencana Raya, 18 Januari 2019', 'Inspektur,', *INSP)
    ws.column_dimensions['B'].width = 50
    wh = b.sheet('PK 2018 lama', hidden=True)
    wh['A1'] = 'PK 2018 sebelum perubahan (tidak dipakai)'
    for k, i in enumerate(order(y)):
        wh[f'B{k + 3}'] = I[i]['names'][y]; wh[f'C{k + 3}'] = I[i]['T'][y]; wh[f'D{k + 3}'] = 0
    wn = b.sheet('Catatan')
    wn['A1'] = 'Catatan Sub Bagian Perencanaan:'
    wn['A2'] = '1. Indikator predikat SAKIP & opini BPK tidak dihitung capaiannya secara angka.'
    wn['A3'] = '2. Temuan (jumlah temuan, temuan berulang, kasus kerugian) adalah indikator negatif: makin kecil makin baik.'
    books.append(b)


def e81_2019(books):
    y = 2019
    b = Book(SLUG, 'E81_Inspektorat_2019.xls')
    ws = b.sheet('Evaluasi Renja TW IV')
    ws['A1'] = 'FORMULIR E.81'
    ws['A2'] = 'Evaluasi Terhadap Hasil Renja Perangkat Daerah Provinsi Nusa Kencana'
    ws['A3'] = 'Renja Perangkat Daerah : Inspektorat Provinsi Nusa Kencana'
    ws['A4'] = 'Periode Pelaksanaan : Tahun 2019'
    ids = order(y)
    g = lambda *s: [i for i in ids if I[i]['sas'] in s]
    progs = [('Program Peningkatan Sistem Pengawasan Internal dan Pengendalian Pelaksanaan Kebijakan KDH', (6250000000, [1100000000, 1650000000, 1580000000, 1712400000]),
              [('Pelaksanaan Pengawasan Internal Secara Berkala (PKPT)', (4100000000, [720000000, 1090000000, 1040000000, 1118250000]), g(3, 2)),
               ('Penanganan Kasus Pengaduan di Lingkungan Pemerintah Daerah', (850000000, [150000000, 215000000, 230000000, 231150000]), g(4)),
               ('Evaluasi Implementasi SAKIP dan SPIP', (1300000000, [230000000, 345000000, 310000000, 363000000]), g(1))]),
             ('Program Peningkatan Profesionalisme Tenaga Pemeriksa dan Aparatur Pengawasan', (980000000, [140000000, 260000000, 310000000, 251600000]),
              [('Pendidikan dan Pelatihan Sertifikasi JFA', (980000000, [140000000, 260000000, 310000000, 251600000]), g(5))])]
    kode = {progs[0][0]: '1.20.1.20.03.22', progs[0][2][0][0]: '1.20.1.20.03.22.01', progs[0][2][1][0]: '1.20.1.20.03.22.02',
            progs[0][2][2][0]: '1.20.1.20.03.22.05', progs[1][0]: '1.20.1.20.03.23', progs[1][2][0][0]: '1.20.1.20.03.23.03'}
    sas = {i: SAS[I[i]['sas']] for i in ids}
    over = {
        'C01': dict(q=['Level 2', 'Level 2', 'Level 3', 'Level 3'], ann='Level 3', kr=3, cap=100),
        'C03b': dict(q=['-', '-', 65.12, 68.41]),
        'C04': dict(q=['-', 'WDP', '-', '-'], ann='WDP', kt=None, kr=None, cap='-'),
        'C06': dict(cap='POS'),   # positive ratio on a negative indicator
        'C12': dict(q=[9, 11, '-', 19], kr=39),          # TW III reported "-"; SUM -> 39 (true 39 was split otherwise)
        'C09': dict(q=[22.5, 51.3, 78.9, 100]),
        'C18': dict(tcell='75-80', q=['-', 61.2, 70.4, 78.54]),
        'C17': dict(cap=90),   # typed capaian (negative indicator, (2*10-9)/10 = 110)
    }
    r, cols = e81(b, ws, y, I, ids, sas, progs, over, scheme17=True, unit_pd='Sekretariat / Irban', kode=kode)
    put(ws, f'D{r}', 'Rata-rata capaian kinerja (%)', bold=True)
    put(ws, f'{cols["CJ"][0]}{r}', f'=AVERAGE({cols["CJ"][0]}10:{cols["CJ"][0]}{r - 1})', fmt='0.0')
    put(ws, f'D{r + 1}', 'Predikat kinerja', bold=True); put(ws, f'{cols["CJ"][0]}{r + 1}', 'Sangat Tinggi')
    signature(ws, r + 3, 'E', 'Disusun, Kencana Raya, 14 Januari 2020', 'Inspektur Provinsi Nusa Kencana', *INSP)
    signature(ws, r + 3, 'V', 'Dievaluasi,', 'Kepala Bappeda Provinsi Nusa Kencana', 'Dr. Ir. Bonifasius Lema, M.Sc.', 'Pembina Utama Madya (IV/d)', 'NIP. 19660505 199203 1 007')
    ws.column_dimensions['E'].width = 45; ws.column_dimensions['D'].width = 35
    books.append(b)


def ods2020(books):
    """Card layout: one vertical block per indicator."""
    y = 2020
    b = Book(SLUG, 'LKjIP_Inspektorat_2020.ods')
    ws = b.sheet('Capaian IKU 2020')
    ws['A1'] = 'BAB III AKUNTABILITAS KINERJA'; ws['A2'] = 'A. Capaian Kinerja Organisasi Tahun 2020 (per indikator)'
    r = 4; last = None; ns = 0
    for i in order(y):
        d = I[i]
        if d['sas'] != last:
            ns += 1; last = d['sas']
            put(ws, f'A{r}', f'Sasaran {ns}', bold=True); merge(ws, f'B{r}:G{r}', SAS[last], bold=True, align=WRAP)
            r += 2
        name, T, R = d['names'][y], d['T'][y], d['R'][y]
        tcell, rcell = T, R
        kt = T if isinstance(T, (int, float)) else None; kr = R if isinstance(R, (int, float)) else None
        cap = f'=D{r + 3}/B{r + 3}*100' if d['pol'] == '+' else f'=(2*B{r + 3}-D{r + 3})/B{r + 3}*100'
        if i == 'C01':
            rcell = 'Level 3'; cap = 100
        if i == 'C09':
            rcell = '94,5%'; cap = 94.5
        if i == 'C18':
            tcell = 800; kt = 800   # typed 10x
        if i in ('C04',):
            cap = 'Tercapai'
        if i == 'C06':
            cap = f'=D{r + 3}/B{r + 3}*100'  # positive formula on a negative indicator
        if i == 'C13':
            rcell = 0.966; kr = 0.966   # fraction typed into a % figure (General format)
        p18, p19 = d['R'].get(2018), d['R'].get(2019)
        put(ws, f'A{r}', 'Indikator', bold=True); merge(ws, f'B{r}:G{r}', name, align=WRAP)
        put(ws, f'A{r + 1}', 'Satuan'); put(ws, f'B{r + 1}', d['unit'])
        put(ws, f'A{r + 2}', 'Realisasi 2018'); put(ws, f'B{r + 2}', p18 if p18 is not None else '-')
        put(ws, f'C{r + 2}', 'Realisasi 2019'); put(ws, f'D{r + 2}', p19 if p19 is not None else '-')
        put(ws, f'A{r + 3}', 'Target 2020'); put(ws, f'B{r + 3}', tcell)
        put(ws, f'C{r + 3}', 'Realisasi 2020'); put(ws, f'D{r + 3}', rcell)
        put(ws, f'E{r + 3}', 'Capaian (%)'); put(ws, f'F{r + 3}', cap, fmt='0.00')
        put(ws, f'A{r + 4}', 'Target Renstra 2023'); put(ws, f'B{r + 4}', T if not isinstance(T, (int, float)) else round(T * 1.08, 2))
        b.key(ws, f'B{r}', y, i, name, kt, kr, ('one', [f'B{r + 3}']), ('one', [f'D{r + 3}']))
        r += 6
    signature(ws, r + 1, 'D', 'Kencana Raya, 25 Februari 2021', 'INSPEKTUR,', 'Ir. Fransiska Yuliani Manek, M.Si.', 'Pembina Utama Muda (IV/c)', 'NIP. 19680921 199403 2 005')
    ws.column_dimensions['A'].width = 20
    wh = b.sheet('Sheet1', hidden=True)
    wh['A1'] = 'draft tabel'; wh['A2'] = 'Level Kapabilitas APIP'; wh['B2'] = 3; wh['C2'] = 2
    wn = b.sheet('Keterangan')
    wn['A1'] = 'Sejak 2019 predikat SAKIP diukur dengan nilai (angka), bukan predikat huruf.'
    wn['A2'] = 'Indikator kasus TGR digabung ke indikator pemulihan kerugian daerah mulai 2020.'
    books.append(b)


def build():
    books = []
    xlsx1718(books); e81_2019(books); ods2020(books)
    return dict(slug=SLUG, agency=AGENCY, years=YEARS, books=books, ambiguous=[['C03', 'C03b']], I=I)
