"""Dinas Perkebunan Kabupaten Tanjung Lembayung, 2016-2019."""
from common import *

AG = 'dinas_perkebunan'
NAME = 'Dinas Perkebunan Kabupaten Tanjung Lembayung'
KADIS = ('Kepala Dinas Perkebunan', 'Ir. SYAHRIAL EFENDI POHAN, M.P.', 'Pembina Tk. I (IV/b)', '19690718 199503 1 002')


# ---------------------------------------------------------------- 2016 PK, Banjar style (xls)
def y2016():
    b = Book(AG, 'PK_DISBUN_2016.xls', 2016)
    ws = b.sheet('PK 2016')
    for i, s in enumerate(['PENGUKURAN KINERJA', 'DINAS PERKEBUNAN', 'KABUPATEN TANJUNG LEMBAYUNG', 'TAHUN 2016']):
        ws.merge_cells(f'A{i+1}:E{i+1}')
        b.text(ws, f'A{i+1}', s, bold=True, align=Alignment(horizontal='center'))
    b.text(ws, 'A5', 'Kabupaten : Tanjung Lembayung'); b.text(ws, 'A6', 'Nama SKPD : Dinas Perkebunan')
    for c, h in [('A', 'Sasaran Strategis'), ('B', 'Indikator Kinerja')]:
        ws.merge_cells(f'{c}8:{c}9'); b.text(ws, f'{c}8', h, bold=True, box=True, align=CENTER)
    ws.merge_cells('C8:E8'); b.text(ws, 'C8', 'Tahun 2016', bold=True, box=True, align=CENTER)
    for c, h in zip('CDE', ['Target', 'Realisasi', '% Realisasi']):
        b.text(ws, f'{c}9', h, bold=True, box=True, align=CENTER)
    S = [('Meningkatnya produksi dan produktivitas komoditi perkebunan unggulan', [
        ('c01', 'Produksi kelapa sawit', T('48.500 ton', 48500), T('47.215,6 ton', 47215.6), '97,35'),
        ('c02', 'Produktivitas kelapa sawit', T('3.250 kg/ha', 3250), T('3.180 kg/ha', 3180), '97,85'),
        ('c03', 'Produksi karet', T('12.400 ton', 12400), T('12.951 ton', 12951), '104,44'),
        ('c04', 'Produktivitas karet', T('980 kg/ha', 980), T('1.012 kg/ha', 1012), '103,27'),
        ('c05', 'Produksi kakao', T('2.150 ton', 2150), T('1.987,25 ton', 1987.25), '93,34'),
        ('c06', 'Produktivitas kakao', T('620 kg/ha', 620), T('598 kg/ha', 598), '96,45'),
        ('c07', 'Luas areal kelapa sawit rakyat', T('18.750 ha', 18750), T('18.812,5 ha', 18812.5), '100,33'),
        ('c08', 'Luas peremajaan karet rakyat', T('250 ha', 250), T('310 ha', 310), '124')]),
        ('Meningkatnya kapasitas dan kesejahteraan pekebun', [
        ('c09', 'Jumlah petani pekebun yang dibina', T('1,200 orang', 1200, 'en'), T('1.245 orang', 1245), '103,75'),
        ('c10', 'Jumlah kelompok tani pekebun yang dibina', T('60 kelompok', 60), T('64 kelompok', 64), '106,67'),
        ('c11', 'Harga TBS ditingkat petani', T('Rp. 1.450/kg', 1450), T('Rp. 1.512/kg', 1512), '104,28'),
        ('c13', 'Jumlah benih unggul bersertifikat yang disalurkan', T('150.000 batang', 150000), T('138.400 batang', 138400), '92,27'),
        ('c17', 'Jumlah UPH yang berfungsi', T('12 unit', 12), T('12 unit', 12), '100')]),
        ('Menurunnya gangguan usaha perkebunan', [
        ('c14', 'Luas serangan OPT perkebunan', T('500 ha', 500), T('430 ha', 430), '86')]),
        ('Meningkatnya akuntabilitas kinerja', [
        ('c19', 'Nilai SAKIP', X('CC'), X('B'), '100')])]
    r = 10
    for sas, inds in S:
        for i, (sid, nm, t, re, cap) in enumerate(inds):
            b.text(ws, f'A{r}', sas if i == 0 else None, box=True, align=WRAP)
            b.text(ws, f'B{r}', nm, box=True, align=WRAP)
            b.put(ws, f'C{r}', t); b.put(ws, f'D{r}', re)
            b.text(ws, f'E{r}', cap, box=True)
            b.key(ws, r, 'B', sid, (f'C{r}', t), ('cell', f'D{r}', re))
            r += 1
    b.text(ws, f'A{r+1}', 'Jumlah Anggaran Kegiatan Tahun 2016 : Rp. 14.286.415.000,-')
    b.text(ws, f'A{r+2}', 'Jumlah Realisasi Anggaran Kegiatan Tahun 2016 : Rp. 13.072.908.650,-')
    signature(b, ws, r + 4, 'C', 'Tanjung Lembayung, 18 Januari 2017', *KADIS)
    widths(ws, {'A': 34, 'B': 44, 'C': 17, 'D': 17, 'E': 12})
    return b


# ---------------------------------------------------------------- 2017 monthly realisation (ods)
def y2017():
    b = Book(AG, 'REALISASI_BULANAN_DISBUN_2017.ods', 2017)
    ws = b.sheet('Realisasi Bulanan 2017')
    b.text(ws, 'A1', 'REKAPITULASI REALISASI KINERJA BULANAN TAHUN 2017', bold=True)
    b.text(ws, 'A2', NAME.upper(), bold=True)
    for c, h in [('A', 'No'), ('B', 'Indikator Kinerja'), ('C', 'Satuan'), ('D', 'Target 2017'),
                 ('Q', 'Realisasi s.d. Desember'), ('R', 'Capaian (%)')]:
        ws.merge_cells(f'{c}4:{c}5'); b.text(ws, f'{c}4', h, bold=True, box=True, align=CENTER)
    ws.merge_cells('E4:P4'); b.text(ws, 'E4', 'Realisasi Bulan', bold=True, box=True, align=CENTER)
    for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']):
        b.text(ws, f'{CL(5+i)}5', m, bold=True, box=True, align=CENTER)
    D = '-'
    I = [
        ('c01', 'Produksi Kelapa Sawit', 'ton', 49800, [3850, 3720, 4010, 4185, 4320, 4410, 4290, 4150, 4060, 4230, 4175, 4360.5], 'sum'),
        ('c02', 'Produktivitas Kelapa Sawit', 'kg/ha', 3300, [D] * 11 + [3275], 'last'),
        ('c03', 'Produksi Karet', 'ton', 12800, [1010, 980, 1055, 1120, 1090, 1015, 1060, 1100, 1125, 1080, 1045, 1102], 'sum'),
        ('c04', 'Produktivitas Karet', 'kg/ha', 1000, [D] * 11 + [1018], 'last'),
        ('c05', 'Produksi Kakao', 'ton', 2200, [150, 140, 175, 190, 205, 185, 170, 160, 195, 210, 180, 172.5], 'sum'),
        ('c06', 'Produktivitas Kakao', 'kg/ha', 630, [D] * 11 + [640], 'last'),
        ('c21', 'Produksi Kopi Robusta', 'ton', 310, [D, D, D, 25, 60, 95, 80, 40, 12, D, D, D], 'sum'),
        ('c07', 'Luas Areal Kelapa Sawit Rakyat', 'ha', 19000, [18820, 18830, 18850, 18870, 18900, 18925, 18950, 18980, 19000, 19020, 19040, 19055.5], 'last'),
        ('c08', 'Luas Peremajaan Karet', 'ha', 300, [D, D, 20, 35, 40, 30, D, 25, 45, 60, 40, 20], 'sum'),
        ('c09', 'Jumlah Petani Pekebun yang Dibina', 'orang', 1300, [60, 85, 120, 110, 140, 95, 80, 130, 150, 125, 110, 90], 'sum'),
        ('c11', 'Harga TBS Tingkat Petani', 'Rp/kg', 1500, [1420, 1450, 1480, 1510, 1530, 1560, 1575, 1590, 1560, 1540, 1520, 1465], 'avg'),
        ('c13', 'Jumlah Benih Unggul Bersertifikat yang Disalurkan', 'batang', 16000, [D, D, 20000, 15000, 18500, 22000, D, D, 30000, 25000, 12000, 10000], 'sum'),
        ('c14', 'Luas Serangan OPT', 'ha', 450, [30, 25, 40, 45, 38, 32, 28, 35, 42, 50, 36, 31], 'sum'),
        ('c12', 'Persentase Pekebun yang Menerapkan GAP', '%', 35, [D] * 11 + [36.5], 'last'),
        ('c17', 'Jumlah UPH yang Berfungsi', 'unit', 14, [12, 12, 12, 12, 13, 13, 13, 13, 13, 13, 13, 13], 'last')]
    for i, (sid, nm, sat, tg, mv, rule) in enumerate(I):
        r = 6 + i
        b.text(ws, f'A{r}', str(i + 1), box=True)
        b.text(ws, f'B{r}', nm, box=True, align=WRAP)
        b.text(ws, f'C{r}', sat, box=True)
        tv = N(tg); b.put(ws, f'D{r}', tv, fmt='#,##0')
        for j, v in enumerate(mv):
            b.put(ws, f'{CL(5+j)}{r}', conv(v), fmt='#,##0.##')
        nums = [v for v in mv if not isinstance(v, str)]
        if rule == 'sum':
            rv = F(f'=SUM(E{r}:P{r})', round(sum(nums), 10))
        elif rule == 'last':
            rv = F(f'=P{r}', mv[-1])
        else:
            rv = F(f'=AVERAGE(E{r}:P{r})', sum(nums) / len(nums))
        b.put(ws, f'Q{r}', rv, fmt='#,##0.00')
        b.put(ws, f'R{r}', F(f'=Q{r}/D{r}*100', None), fmt='0.00')
        b.key(ws, r, 'B', sid, (f'D{r}', tv), ('cell', f'Q{r}', rv))
    r = 6 + len(I) + 2
    signature(b, ws, r, 'N', 'Tanjung Lembayung, 8 Januari 2018', *KADIS)
    ws.freeze_panes = 'E6'
    widths(ws, {'A': 5, 'B': 44, 'C': 9, 'D': 11, 'Q': 14, 'R': 11})
    return b


# ---------------------------------------------------------------- 2018 E.81, 17-column scheme (xlsx)
def y2018():
    b = Book(AG, 'EVALUASI_RENJA_DISBUN_2018.xlsx', 2018)
    ws = b.sheet('Form E.81')
    for i, s in enumerate(['Formulir E.81', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN',
                           'Renja Dinas Perkebunan Kabupaten Tanjung Lembayung', 'Periode Pelaksanaan: Tahun 2018']):
        b.text(ws, f'A{i+1}', s, bold=True)
    for c, h, n in [('A', 'No', 1), ('B', 'Sasaran', 2), ('C', 'Program/Kegiatan', 3), ('D', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)', 4)]:
        ws.merge_cells(f'{c}6:{c}7'); b.text(ws, f'{c}6', h, bold=True, box=True, align=CENTER)
        b.text(ws, f'{c}8', str(n), box=True, align=CENTER)
    pairs = [('E', 'Target Renstra SKPD pada Tahun 2021 (Akhir Periode Renstra)', '5'),
             ('G', 'Realisasi Capaian Kinerja Renstra SKPD s/d Renja SKPD Tahun Lalu (2017)', '6'),
             ('I', 'Target Kinerja dan Anggaran Renja SKPD Tahun Berjalan (2018)', '7'),
             ('K', 'Triwulan I', '8'), ('M', 'Triwulan II', '9'), ('O', 'Triwulan III', '10'), ('Q', 'Triwulan IV', '11'),
             ('S', 'Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang Dievaluasi', '12 = 8+9+10+11'),
             ('U', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja SKPD yang Dievaluasi (%)', '13 = 12/7 x 100'),
             ('W', 'Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun 2018', '14 = 6 + 12'),
             ('Y', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s/d Tahun 2018 (%)', '15 = 14/5 x 100')]
    for c, h, n in pairs:
        c2 = CL(openpyxl.utils.column_index_from_string(c) + 1)
        ws.merge_cells(f'{c}6:{c2}6'); b.text(ws, f'{c}6', h, bold=True, box=True, align=CENTER)
        b.text(ws, f'{c}7', 'K', box=True, align=CENTER); b.text(ws, f'{c2}7', 'Rp', box=True, align=CENTER)
        ws.merge_cells(f'{c}8:{c2}8'); b.text(ws, f'{c}8', n, box=True, align=CENTER)
    for c, h, n in [('AA', 'Unit SKPD Penanggung Jawab', 16), ('AB', 'Keterangan', 17)]:
        ws.merge_cells(f'{c}6:{c}7'); b.text(ws, f'{c}6', h, bold=True, box=True, align=CENTER)
        b.text(ws, f'{c}8', str(n), box=True, align=CENTER)
    # (sid, program, indicator, renstra, sd2017, target, q, rule, budget)
    S = [('Meningkatnya produksi dan produktivitas perkebunan', [
        ('c01', 'Program Peningkatan Produksi Perkebunan', 'Produksi kelapa sawit (ton)', 56000, 97015.6, 51000, [12100, 12850, 13400, 12995], 'sum', 3850000000),
        ('c02', '', 'Produktivitas kelapa sawit (kg/ha)', 3500, 3275, 3350, [3290, 3310, 3335, 3362], 'last', 0),
        ('c03', '', 'Produksi karet (ton)', 14000, 25338, 13200, [3100, 3250, 3400, 3330], 'sum', 0),
        ('c04', '', 'Produktivitas karet (kg/ha)', 1100, 1018, 1030, [1020, 1025, 1033, 1041], 'last', 0),
        ('c05', '', 'Produksi kakao (ton)', 2600, 4119.75, 2300, [520, 610, 655, 580], 'sum', 0),
        ('c06', '', 'Produktivitas kakao (kg/ha)', 700, 640, 650, [641, 645, 650, 655], 'last', 0),
        ('c16', '', 'Produksi kopi (ton)', 400, 312, 330, [0, 120, 180, 45], 'sum', 0),
        ('c07', 'Program Pengembangan Kawasan Perkebunan', 'Luas areal kelapa sawit rakyat (Ha)', 20000, 19055.5, 19300, [19100, 19180, 19260, 19322.75], 'last', 2200000000),
        ('c08', '', 'Luas peremajaan karet rakyat (Ha)', 1500, 625, 320, [0, 80, 120, 95], 'zero', 0),
        ('c13', '', 'Jumlah benih unggul bersertifikat yang disalurkan (batang)', 800000, 290900, 170000, [0, 60000, 75000, 40500], 'sum', 0)]),
        ('Meningkatnya kapasitas dan kesejahteraan pekebun', [
        ('c09', 'Program Pemberdayaan Pekebun', 'Jumlah petani pekebun yang dibina (orang)', 7000, 2640, 1400, [300, 380, 420, 350], 'sum', 1150000000),
        ('c10', '', 'Jumlah kelompok tani pekebun yang dibina (kelompok)', 350, 64, 70, [15, 20, 20, 18], 'sum', 0),
        ('c11', 'Program Pemasaran Hasil Perkebunan', 'Harga TBS di tingkat petani (Rp/kg)', 1700, 1525, 1550, [1480, 1520, 1610, 1590], 'avg', 420000000),
        ('c12', '', 'Persentase pekebun yang menerapkan GAP (%)', 45, 36.5, 38, [36.8, 37.5, 38.4, 39.2], 'last', 0),
        ('c17', '', 'Jumlah UPH yang berfungsi (unit)', 20, 13, 15, [13, 14, 14, 15], 'last', 0)]),
        ('Menurunnya gangguan usaha perkebunan', [
        ('c14', 'Program Perlindungan Perkebunan', 'Luas serangan OPT perkebunan (ha)', 350, 412, 420, [110, 95, 120, 80], 'sum', 640000000),
        ('c18', '', 'Persentase penyelesaian gangguan usaha dan konflik perkebunan (%)', 90, 75, 80, [50, 66.67, 75, 83.33], 'last', 0)]),
        ('Meningkatnya akuntabilitas kinerja', [
        ('c20', 'Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan', 'Persentase laporan keuangan tepat waktu (%)', 100, 100, 100, [100, 100, 100, 100], 'last', 165000000)])]
    r, no = 9, 1
    for sas, inds in S:
        r0 = r
        for sid, pg, nm, ren, sd, tg, q, rule, bud in inds:
            b.text(ws, f'A{r}', str(no), box=True)
            b.text(ws, f'C{r}', pg, box=True, align=WRAP)
            b.text(ws, f'D{r}', nm, box=True, align=WRAP)
            b.put(ws, f'E{r}', N(ren), fmt='#,##0.##'); b.put(ws, f'F{r}', N(bud * 5), fmt='#,##0')
            b.put(ws, f'G{r}', N(sd), fmt='#,##0.##'); b.put(ws, f'H{r}', N(bud * 1.8), fmt='#,##0')
            tv = N(tg); b.put(ws, f'I{r}', tv, fmt='#,##0.##'); b.put(ws, f'J{r}', N(bud), fmt='#,##0')
            for i, sh in enumerate([0.15, 0.25, 0.28, 0.27]):
                b.put(ws, f'{CL(11+2*i)}{r}', N(q[i]), fmt='#,##0.##')
                b.put(ws, f'{CL(12+2*i)}{r}', N(round(bud * sh)), fmt='#,##0')
            if rule == 'sum':
                rv = F(f'=K{r}+M{r}+O{r}+Q{r}', round(sum(q), 10))
            elif rule == 'last':
                rv = F(f'=Q{r}', q[3])
            elif rule == 'avg':
                rv = F(f'=AVERAGE(K{r},M{r},O{r},Q{r})', sum(q) / 4)
            else:
                rv = N(0)
            b.put(ws, f'S{r}', rv, fmt='#,##0.##')
            b.put(ws, f'T{r}', F(f'=L{r}+N{r}+P{r}+R{r}', None), fmt='#,##0')
            b.put(ws, f'U{r}', F(f'=S{r}/I{r}*100', None), fmt='0.00')
            b.put(ws, f'V{r}', F(f'=IF(J{r}=0,0,T{r}/J{r}*100)', None), fmt='0.00')
            b.put(ws, f'W{r}', F(f'=G{r}+S{r}' if rule in ('sum', 'zero') else f'=S{r}', None), fmt='#,##0.##')
            b.put(ws, f'X{r}', F(f'=H{r}+T{r}', None), fmt='#,##0')
            b.put(ws, f'Y{r}', F(f'=W{r}/E{r}*100', None), fmt='0.00')
            b.put(ws, f'Z{r}', F(f'=IF(F{r}=0,0,X{r}/F{r}*100)', None), fmt='0.00')
            b.text(ws, f'AA{r}', 'Dinas Perkebunan', box=True)
            b.put(ws, f'AB{r}', None)
            b.key(ws, r, 'D', sid, (f'I{r}', tv), ('cell', f'S{r}', rv))
            r += 1; no += 1
        ws.merge_cells(f'B{r0}:B{r-1}')
        b.text(ws, f'B{r0}', sas, box=True, align=WRAP)
    b.text(ws, f'D{r}', 'Rata-rata capaian kinerja (%)', bold=True, box=True)
    b.put(ws, f'U{r}', F(f'=ROUND(AVERAGE(U9:U{r-1}),1)', None), fmt='0.0')
    b.text(ws, f'D{r+1}', 'Predikat kinerja', bold=True, box=True); b.text(ws, f'U{r+1}', 'Sangat Tinggi', box=True)
    signature(b, ws, r + 3, 'D', 'Disusun, Tanjung Lembayung, 11 Januari 2019', *KADIS)
    signature(b, ws, r + 3, 'S', 'Dievaluasi', 'Kepala Bappeda', 'Dr. MARLINA DEWI SITORUS, SE, M.Si', 'Pembina Utama Muda', '19710921 199703 2 004')
    widths(ws, {'B': 24, 'C': 28, 'D': 44})
    return b


# ---------------------------------------------------------------- 2019 LKjIP (ods)
def y2019():
    b = Book(AG, 'LKJIP_DISBUN_2019_TABEL_III.ods', 2019)
    ws = b.sheet('Tabel III.1')
    b.text(ws, 'A1', 'Tabel III.1 Capaian Kinerja Dinas Perkebunan Tahun 2019 dibandingkan Tahun Sebelumnya dan Target Renstra', bold=True)
    for c, h in [('A', 'No'), ('B', 'Indikator Kinerja'), ('C', 'Satuan'), ('D', 'Realisasi 2016'), ('E', 'Realisasi 2017'),
                 ('F', 'Realisasi 2018'), ('J', 'Target Akhir Renstra (2021)'), ('K', 'Capaian thd Renstra (%)')]:
        ws.merge_cells(f'{c}3:{c}4'); b.text(ws, f'{c}3', h, bold=True, box=True, align=CENTER)
    ws.merge_cells('G3:I3'); b.text(ws, 'G3', 'Tahun 2019', bold=True, box=True, align=CENTER)
    for c, h in zip('GHI', ['T', 'R', '%']):
        b.text(ws, f'{c}4', h, bold=True, box=True, align=CENTER)
    D = '-'
    I = [('c01', 'Produksi kelapa sawit', 'ton', [47215.6, 49760.5, 51345], N(52500), N(53120.4), 'f', 56000),
         ('c02', 'Produktivitas kelapa sawit', 'kg/ha', [3180, 3275, 3362], N(3400), N(3391), 'f', 3500),
         ('c03', 'Produksi karet', 'ton', [12951, 12787, 13080], N(13500), N(12870), 'f', 14000),
         ('c04', 'Produktivitas karet', 'kg/ha', [1012, 1018, 1041], N(1050), N(1022), 'f', 1100),
         ('c05', 'Produksi kakao', 'ton', [1987.25, 2132.5, 2365], N(2400), N(2412.5), 'f', 2600),
         ('c06', 'Produktivitas kakao', 'kg/ha', [598, 640, 655], N(670), N(648), 'f', 700),
         ('c16', 'Produksi kopi', 'ton', [D, 312, 345], N(350), N(362), 'f', 400),
         ('c07', 'Luas areal kelapa sawit rakyat', 'ha', [18812.5, 19055.5, 19322.75], N(19500), N(19488), 'f', 20000),
         ('c08', 'Luas peremajaan karet', 'ha', [310, 315, 295], N(340), N(355), 'f', 1500),
         ('c09', 'Jumlah petani pekebun yang dibina', 'orang', [1245, 1395, 1450], N(1500), N(1538), 'f', 7000),
         ('c11', 'Harga rata-rata TBS di tingkat petani (Rp/Kg)', 'Rp/kg', [1512, 1516.67, 1550], N(1600), N(1385), 68.56, 1700),
         ('c12', 'Persentase pekebun yang menerapkan GAP', '%', [D, P(36.5), P(39.2)], P(40), P(41.5), 'f', P(45)),
         ('c14', 'Luas serangan OPT (-)', 'ha', [430, 442, 405], N(400), N(388), 'neg', 350),
         ('c15', 'Nilai Tukar Petani subsektor perkebunan rakyat (NTPR)', 'nilai', [D, D, D], N(102), N(99.87), 'f', 105),
         ('c17', 'Jumlah UPH yang berfungsi', 'unit', [12, 13, 15], N(16), N(16), 'f', 20),
         ('c18', 'Persentase penyelesaian gangguan usaha perkebunan', '%', [D, D, P(83.33)], P(82), P(0.85), 'f', P(90)),
         ('c19', 'Nilai SAKIP Dinas', 'predikat', ['B', 'B', 'BB'], X('BB'), X('BB'), 100, 'A'),
         ('c20', 'Persentase laporan keuangan disusun tepat waktu', '%', [D, D, P(100)], P(100), P(100), 'f', P(100))]
    for i, (sid, nm, sat, prev, t, re, cap, ren) in enumerate(I):
        r = 5 + i
        b.text(ws, f'A{r}', str(i + 1), box=True)
        b.text(ws, f'B{r}', nm, box=True, align=WRAP)
        b.text(ws, f'C{r}', sat, box=True)
        for c, v in zip('DEF', prev):
            b.put(ws, f'{c}{r}', conv(v), fmt=None if isinstance(v, (V, str)) else '#,##0.##')
        b.put(ws, f'G{r}', t, fmt='#,##0.##' if t.kind == 'num' else None)
        b.put(ws, f'H{r}', re, fmt='#,##0.##' if re.kind == 'num' else None)
        if cap == 'f':
            b.put(ws, f'I{r}', F(f'=ROUND(H{r}/G{r}*100,2)', None), fmt='0.00')
        elif cap == 'neg':
            b.put(ws, f'I{r}', F(f'=ROUND((2*G{r}-H{r})/G{r}*100,2)', None), fmt='0.00')
        else:
            b.put(ws, f'I{r}', N(cap), fmt='0.00')
        b.put(ws, f'J{r}', conv(ren), fmt=None if isinstance(ren, (V, str)) else '#,##0.##')
        if re.kind in ('num', 'pct'):
            b.put(ws, f'K{r}', F(f'=ROUND(H{r}/J{r}*100,2)', None), fmt='0.00')
        else:
            b.put(ws, f'K{r}', X('-'))
        b.key(ws, r, 'B', sid, (f'G{r}', t), ('cell', f'H{r}', re))
    ws.freeze_panes = 'C5'
    widths(ws, {'A': 5, 'B': 46, 'C': 9})
    return b


if __name__ == '__main__':
    books = [y2016(), y2017(), y2018(), y2019()]
    for bk in books:
        bk.save()
    write_agency(AG, NAME, books, [['c16', 'c21']])
