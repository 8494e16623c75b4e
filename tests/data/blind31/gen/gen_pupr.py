"""Dinas PUPR Kabupaten Tanjung Lembayung, 2017-2020."""
from common import *

AG = 'dinas_pupr'
NAME = 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Tanjung Lembayung'


def title(b, ws, lines, ncol):
    for i, s in enumerate(lines):
        ws.merge_cells(f'A{i+1}:{CL(ncol)}{i+1}')
        b.text(ws, f'A{i+1}', s, bold=True, align=Alignment(horizontal='center'))


# ---------------------------------------------------------------- 2017 PK (xlsx)
def y2017():
    b = Book(AG, 'PK_DPUPR_2017.xlsx', 2017)
    ws = b.sheet('PK 2017')
    title(b, ws, ['PENGUKURAN KINERJA', 'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG', 'KABUPATEN TANJUNG LEMBAYUNG TAHUN ANGGARAN 2017'], 9)
    hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target 2017 [satuan]', 'Realisasi 2017 [satuan]',
           'Capaian [%]', 'bobot', 'Keterangan']
    for i, h in enumerate(hdr):
        b.put(ws, f'{CL(i+1)}5', None, box=True)
        b.text(ws, f'{CL(i+1)}5', h, bold=True, box=True, align=CENTER)
        b.text(ws, f'{CL(i+1)}6', f'({i+1})', box=True, align=CENTER)
    S = [('Meningkatnya kualitas infrastruktur jalan dan jembatan kabupaten', [
        ('1.1.1', 'a01', 'Persentase jalan kabupaten dalam kondisi mantap', '%', N(62.5), N(64.1), 'f'),
        ('1.1.2', 'a02', 'Panjang jalan kabupaten dalam kondisi mantap', 'km', N(45600), N(467.35), 'f'),
        ('1.1.3', 'a03', 'Persentase jalan kabupaten dalam kondisi baik', '%', N(38), N(36.75), 'f'),
        ('1.1.4', 'a20', 'Persentase jalan kabupaten kondisi rusak berat', '%', N(12), N(10.5), 'f'),
        ('1.1.5', 'a04', 'Jumlah jembatan kabupaten kondisi baik', 'unit', N(142), N(145), 'f'),
        ('1.1.6', 'a05', 'Persentase jembatan kabupaten dalam kondisi baik', '%', N(78), N(79.67), 'f')]),
        ('Meningkatnya layanan irigasi untuk mendukung ketahanan pangan', [
        ('2.1.1', 'a06', 'Luas daerah irigasi dalam kondisi baik', 'ha', T('12.450,75', 12450.75), T('12.610,20', 12610.2), 101.28),
        ('2.1.2', 'a07', 'Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik', '%', N(58), N(59.3), 'f'),
        ('2.1.3', 'a08', 'Panjang jaringan irigasi yang direhabilitasi', 'km', N(24.5), N(22.8), 'f'),
        ('2.1.4', 'a09', 'Panjang jaringan irigasi dalam kondisi baik', 'km', N(312.4), N(315.05), 'f')]),
        ('Meningkatnya akses masyarakat terhadap air minum dan sanitasi layak', [
        ('3.1.1', 'a10', 'Persentase rumah tangga dengan akses air minum layak', '%', N(71), N(70.42), 100.59),
        ('3.1.2', 'a11', 'Persentase rumah tangga dengan akses sanitasi layak', '%', N(66), N(67.15), 'f'),
        ('3.1.3', 'a21', 'Jumlah desa terlayani SPAM perdesaan', 'desa', N(84), N(86), 'f')]),
        ('Terwujudnya pemanfaatan ruang sesuai rencana tata ruang', [
        ('4.1.1', 'a12', 'Jumlah RDTR yang ditetapkan dengan Perda', 'dokumen', N(1), N(0), 'f'),
        ('4.1.2', 'a13', 'Persentase kesesuaian pemanfaatan ruang terhadap RTRW', '%', N(80), N(82.4), 'f'),
        ('4.1.3', 'a15', 'Jumlah IMB yang diterbitkan', 'izin', N(350), N(412), 'f')]),
        ('Meningkatnya akuntabilitas kinerja Dinas', [
        ('5.1.1', 'a16', 'Nilai SAKIP Dinas PUPR', 'predikat', X('B'), X('B'), 100),
        ('5.1.2', 'a18', 'Indeks Kepuasan Masyarakat (IKM)', 'nilai', N(76), N(78.25), 'f')])]
    r = 7
    for sas, inds in S:
        r0 = r
        for no, sid, nm, sat, t, re, cap in inds:
            b.text(ws, f'A{r}', no, box=True)
            b.text(ws, f'C{r}', nm, box=True, align=WRAP)
            b.text(ws, f'D{r}', sat, box=True)
            b.put(ws, f'E{r}', t, fmt='#,##0.00' if t.kind == 'num' else None)
            b.put(ws, f'F{r}', re, fmt='#,##0.00' if re.kind == 'num' else None)
            b.put(ws, f'G{r}', N(cap) if cap != 'f' else F(f'=ROUND(F{r}/E{r}*100,2)', None), fmt='0.00')
            b.put(ws, f'H{r}', N(1))
            b.put(ws, f'I{r}', None)
            b.key(ws, r, 'C', sid, (f'E{r}', t), ('cell', f'F{r}', re))
            r += 1
        ws.merge_cells(f'B{r0}:B{r-1}')
        b.text(ws, f'B{r0}', sas, box=True, align=WRAP)
    ws.merge_cells(f'A{r}:F{r}')
    b.text(ws, f'A{r}', 'Rata-rata Capaian Kinerja', bold=True, box=True)
    b.put(ws, f'G{r}', F(f'=AVERAGE(G7:G{r-1})', None), fmt='0.00', bold=True)
    ws.column_dimensions['H'].hidden = True
    ws.freeze_panes = 'D7'
    b.text(ws, f'B{r+2}', 'Jumlah Anggaran Tahun 2017 : Rp. 187.452.630.000,-')
    b.text(ws, f'B{r+3}', 'Jumlah Realisasi Anggaran Tahun 2017 : Rp. 171.903.118.540,-')
    signature(b, ws, r + 5, 'F', 'Tanjung Lembayung, 15 Januari 2018', 'Kepala Dinas PUPR', 'Ir. HENDRA SAPUTRA LUBIS, MT',
              'Pembina Utama Muda', '19680312 199403 1 007')
    widths(ws, {'A': 7, 'B': 30, 'C': 48, 'D': 10, 'E': 14, 'F': 14, 'G': 11, 'I': 14})
    return b


# ---------------------------------------------------------------- 2018 Rencana Aksi (xls)
def y2018():
    b = Book(AG, 'RENAKSI_DPUPR_2018.xls', 2018)
    ws = b.sheet('Renaksi 2018')
    title(b, ws, ['RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2018',
                  'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN TANJUNG LEMBAYUNG', ''], 14)

    def header(r):
        for c, h in [('A', 'No'), ('B', 'Sasaran'), ('C', 'Indikator Kinerja'), ('D', 'Satuan'), ('E', 'Target Tahun 2018'),
                     ('N', 'Penanggung Jawab')]:
            ws.merge_cells(f'{c}{r}:{c}{r+1}')
            b.text(ws, f'{c}{r}', h, bold=True, box=True, align=CENTER)
        for i, tw in enumerate(['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV']):
            c1, c2 = CL(6 + 2 * i), CL(7 + 2 * i)
            ws.merge_cells(f'{c1}{r}:{c2}{r}')
            b.text(ws, f'{c1}{r}', tw, bold=True, box=True, align=CENTER)
            b.text(ws, f'{c1}{r+1}', 'Target', box=True, align=CENTER)
            b.text(ws, f'{c2}{r+1}', 'Realisasi', box=True, align=CENTER)
        for i in range(14):
            b.text(ws, f'{CL(i+1)}{r+2}', str(i + 1), box=True, align=CENTER)

    D = '-'
    main = [
        ('Meningkatnya kualitas jalan dan jembatan', [
            ('a01', 'Prosentase jalan kabupaten kondisi mantap', '%', 65, [62, 63, 64, 65], [63.1, 63.8, 64.9, 66.02], 'tw4', 'Bidang Bina Marga'),
            ('a02', 'Panjang jalan kabupaten kondisi mantap (km)', 'km', 472.8, [460, 464, 468, 472.8], [461.2, 466, 470.15, 479.6], 'tw4', 'Bidang Bina Marga'),
            ('a03', 'Persentase jalan kabupaten kondisi baik', '%', 40, [37, 38, 39, 40], [36.9, 37.8, 38.5, 39.2], 'tw4', 'Bidang Bina Marga'),
            ('a20', 'Persentase jalan kondisi rusak berat', '%', 11, [12, 11.7, 11.3, 11], [11.9, 11.5, 10.8, 10.2], 'tw4', 'Bidang Bina Marga'),
            ('a04', 'Jumlah jembatan kondisi baik', 'unit', 150, [145, 147, 148, 150], [145, 146, 149, 151], 'tw4', 'Bidang Bina Marga')]),
        ('Meningkatnya layanan irigasi', [
            ('a06', 'Luas DI kondisi baik', 'Ha', 12800, [12620, 12680, 12740, 12800], [12630, 12700, 12755, 12812.5], 'tw4', 'Bidang SDA'),
            ('a07', 'Persentase DI kewenangan kabupaten kondisi baik', '%', 60, [59.4, 59.6, 59.8, 60], [59.4, 59.7, 60.1, 60.35], 'tw4', 'Bidang SDA'),
            ('a08', 'Panjang jaringan irigasi yang direhabilitasi', 'Km', 26, [0, 6, 10, 10], [D, 5.5, 9.75, 11.2], 'sumq', 'Bidang SDA')]),
        ('Meningkatnya akses air minum dan sanitasi layak', [
            ('a10', 'Persentase RT dengan akses air minum layak', '%', 72.5, [71, 71.5, 72, 72.5], [70.6, 71.2, 71.9, 72.31], 'tw4', 'Bidang Cipta Karya'),
            ('a11', 'Persentase rumah tangga dengan akses sanitasi yang layak', '%', 68, [67.2, 67.5, 67.8, 68], [67.3, 67.6, 68, T('68,4', 68.4)], 'tw4', 'Bidang Cipta Karya'),
            ('a21', 'Jumlah desa yang terlayani SPAM perdesaan', 'desa', 92, [86, 88, 90, 92], [86, 87, 90, 93], 'tw4', 'Bidang Cipta Karya')]),
        ('Terwujudnya pemanfaatan ruang sesuai rencana tata ruang', [
            ('a12', 'Jumlah RDTR yang ditetapkan', 'dokumen', 2, [D, D, 1, 1], [D, D, 1, D], 'sumq', 'Bidang Tata Ruang'),
            ('a13', 'Persentase kesesuaian pemanfaatan ruang dengan RTRW', '%', 82, [80, 81, 81.5, 82], [80.5, 81.2, 81.9, 82.6], 'tw4', 'Bidang Tata Ruang'),
            ('a15', 'Jumlah IMB diterbitkan', 'izin', 400, [100, 100, 100, 100], [87, 104, 96, 131], 'sumq', 'Bidang Tata Ruang'),
            ('a18', 'Indeks Kepuasan Masyarakat', 'nilai', 78, [D, D, D, 78], [D, D, D, 79.1], 'tw4', 'Sekretariat')])]
    prog = [
        ('a30', 'Persentase panjang jalan yang ditangani', '%', 15, [3, 7, 11, 15], [3.2, 6.9, 11.4, 15.6], 'tw4', 'Bidang Bina Marga'),
        ('a31', 'Jumlah jembatan yang dibangun/direhabilitasi', 'unit', 6, [0, 2, 2, 2], [D, 1, 3, 2], 'sumq', 'Bidang Bina Marga'),
        ('a32', 'Persentase dokumen tata ruang yang tersusun', '%', 100, [25, 50, 75, 100], [20, 45, 75, 100], 'tw4', 'Bidang Tata Ruang'),
        ('a33', 'Jumlah unit SPAM perdesaan yang dibangun', 'unit', 8, [D, 2, 3, 3], [D, 2, 2, 4], 'sumq', 'Bidang Cipta Karya')]

    def rows(r, ind, no):
        sid, nm, sat, tgt, tq, rq, rule, pj = ind
        b.text(ws, f'A{r}', str(no), box=True)
        b.text(ws, f'C{r}', nm, box=True, align=WRAP)
        b.text(ws, f'D{r}', sat, box=True)
        tv = N(tgt)
        b.put(ws, f'E{r}', tv)
        parts = []
        for i in range(4):
            b.put(ws, f'{CL(6+2*i)}{r}', conv(tq[i]))
            rv = conv(rq[i])
            if rv.kind == 'null':
                rv = V('-', 0, 'null')  # a dash in a quarter counts as none
            b.put(ws, f'{CL(7+2*i)}{r}', rv)
            parts.append((f'{CL(7+2*i)}{r}', rv))
        b.text(ws, f'N{r}', pj, box=True)
        if rule == 'tw4':
            b.key(ws, r, 'C', sid, (f'E{r}', tv), ('tw4', parts[3][0], parts[3][1]))
        else:
            b.key(ws, r, 'C', sid, (f'E{r}', tv), ('sumq', parts))

    header(5)
    r, no = 8, 1
    for sas, inds in main:
        r0 = r
        for ind in inds:
            rows(r, ind, no)
            r += 1
            no += 1
        ws.merge_cells(f'B{r0}:B{r-1}')
        b.text(ws, f'B{r0}', sas, box=True, align=WRAP)
    r += 2
    b.text(ws, f'A{r}', 'INDIKATOR KINERJA PROGRAM', bold=True)
    header(r + 1)
    r += 4
    for i, ind in enumerate(prog):
        rows(r, ind, i + 1)
        b.text(ws, f'B{r}', '', box=True)
        r += 1
    signature(b, ws, r + 2, 'K', 'Tanjung Lembayung, 10 Januari 2019', 'Kepala Dinas,', 'Ir. HENDRA SAPUTRA LUBIS, MT',
              'Pembina Utama Muda', '19680312 199403 1 007')
    widths(ws, {'A': 5, 'B': 26, 'C': 44, 'D': 9, 'E': 11, 'N': 18})
    return b


# ---------------------------------------------------------------- 2019 E.81 (ods)
def y2019():
    b = Book(AG, 'EVALUASI_RENJA_DPUPR_2019.ods', 2019)
    ws = b.sheet('E81 TW IV 2019')
    for i, s in enumerate(['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', PLACE.upper(),
                           'Renja Perangkat Daerah Dinas Pekerjaan Umum dan Penataan Ruang',
                           'Periode Pelaksanaan : Triwulan IV Tahun 2019']):
        b.text(ws, f'A{i+1}', s, bold=True)
    H = [('A', 'No', 1), ('B', 'Sasaran', 2), ('C', 'Program/Kegiatan', 3), ('D', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)', 4),
         ('E', 'Satuan', 5)]
    for c, h, n in H:
        ws.merge_cells(f'{c}6:{c}7')
        b.text(ws, f'{c}6', h, bold=True, box=True, align=CENTER)
        b.text(ws, f'{c}8', str(n), box=True, align=CENTER)
    pairs = [('F', 'Target Renstra Perangkat Daerah pada Tahun 2021 (Akhir Periode Renstra)', '6'),
             ('H', 'Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2018)', '7'),
             ('J', 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2019) yang dievaluasi', '8'),
             ('L', 'Realisasi Kinerja Triwulan I', '9'), ('N', 'Realisasi Kinerja Triwulan II', '10'),
             ('P', 'Realisasi Kinerja Triwulan III', '11'), ('R', 'Realisasi Kinerja Triwulan IV', '12'),
             ('T', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi', '13 = 9+10+11+12'),
             ('V', 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2019', '14 = 7+13'),
             ('X', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2019 (%)', '15 = 14/6 x 100')]
    for c, h, n in pairs:
        c2 = CL(openpyxl.utils.column_index_from_string(c) + 1)
        ws.merge_cells(f'{c}6:{c2}6')
        b.text(ws, f'{c}6', h, bold=True, box=True, align=CENTER)
        b.text(ws, f'{c}7', 'K', box=True, align=CENTER)
        b.text(ws, f'{c2}7', 'Rp', box=True, align=CENTER)
        ws.merge_cells(f'{c}8:{c2}8')
        b.text(ws, f'{c}8', n, box=True, align=CENTER)
    ws.merge_cells('Z6:Z7')
    b.text(ws, 'Z6', 'Unit PD Penanggung Jawab', bold=True, box=True, align=CENTER)
    b.text(ws, 'Z8', '16', box=True, align=CENTER)
    # (sid, prog/keg text, indicator, sat, renstra, sd2018, target, quarters, rule, budget)
    P_ = [
        ('Meningkatnya kualitas jalan dan jembatan', [
            ('a01', 'Program Pembangunan Jalan dan Jembatan', 'Persentase Jalan Kabupaten Kondisi Mantap', '%', 75, 66.02, 68, [66.3, 66.9, 67.5, 68.45], 'last', 61250000000),
            ('a22', 'Pembangunan Jalan', 'Panjang jalan yang ditingkatkan/dibangun', 'km', 120, 48.5, 24, [0, 6.5, 8.25, 10.4], 'sum', 38400000000),
            ('a02', 'Rehabilitasi/Pemeliharaan Jalan', 'Panjang Jalan Kabupaten Kondisi Mantap', 'km', 520, 479.6, 488, [481, 484.2, 487.9, 491.3], 'last', 12600000000),
            ('a03', '', 'Persentase Jalan Kabupaten Kondisi Baik', '%', 45, 39.2, 41, [39.5, 40.1, 40.9, 41.7], 'last', 0),
            ('a20', '', 'Persentase Jalan Rusak Berat', '%', 8, 10.2, 10, [10.1, 9.9, 9.7, 9.6], 'zero', 0),
            ('a31', 'Pembangunan/Rehabilitasi Jembatan', 'Jumlah jembatan yang dibangun/direhabilitasi', 'unit', 30, 12, 7, [0, 2, 2, 3], 'sum', 10250000000),
            ('a04', '', 'Jumlah Jembatan Kondisi Baik', 'unit', 170, 151, 155, [151, 152, 154, 156], 'last', 0)]),
        ('Meningkatnya layanan irigasi', [
            ('a07', 'Program Pengelolaan Sumber Daya Air', 'Persentase Daerah Irigasi Kewenangan Kabupaten Dalam Kondisi Baik', '%', 65, 60.35, 61.5, [60.5, 61, 61.6, 62.04], 'last', 18300000000),
            ('a06', 'Rehabilitasi Jaringan Irigasi', 'Luas Daerah Irigasi Kondisi Baik (Ha)', 'ha', 13600, 12812.5, 13000, [12850, 12910, 12980, 13025.8], 'last', 14100000000),
            ('a08', '', 'Panjang Jaringan Irigasi Yang Direhabilitasi (Km)', 'km', 130, 49.25, 28, [0, 7.5, 12.3, 9.65], 'sum', 0),
            ('a09', 'Operasi dan Pemeliharaan Jaringan Irigasi', 'Panjang Jaringan Irigasi Kondisi Baik (Km)', 'km', 360, 318.4, 330, [320.5, 324, 329.6, 333.1], 'last', 4200000000)]),
        ('Meningkatnya akses air minum dan sanitasi layak', [
            ('a10', 'Program Pengembangan Air Minum dan Sanitasi', 'Persentase Rumah Tangga yang Mendapatkan Akses Air Minum Layak', '%', 80, 72.31, 74, [72.6, 73, 73.4, 73.85], 'last', 16800000000),
            ('a11', '', 'Persentase Rumah Tangga yang Mendapatkan Akses Sanitasi Layak', '%', 75, 68.4, 69.5, [68.6, 69.1, 69.5, 70.02], 'last', 0),
            ('a33', 'Pembangunan SPAM Perdesaan', 'Jumlah Unit SPAM Perdesaan Terbangun', 'unit', 40, 16, 9, [0, 3, 2, 4], 'nextrow', 9600000000),
            ('a21', '', 'Jumlah Desa Terlayani SPAM Perdesaan', 'desa', 115, 93, 100, [94, 96, 99, 101], 'last', 0)]),
        ('Terwujudnya pemanfaatan ruang sesuai rencana tata ruang', [
            ('a12', 'Program Perencanaan Tata Ruang', 'Jumlah RDTR yang Ditetapkan', 'dokumen', 5, 1, 1, [0, 0, 0, 1], 'sum', 2150000000),
            ('a13', '', 'Persentase Kesesuaian Pemanfaatan Ruang dengan RTRW', '%', 90, 82.6, 83, [82.7, 82.9, 83.1, 83.4], 'last', 0),
            ('a15', 'Pelayanan Perizinan Bangunan', 'Jumlah IMB yang Diterbitkan', 'izin', 2000, 830, 420, [98, 110, 105, 127], 'sum', 450000000)]),
        ('Meningkatnya akuntabilitas kinerja Dinas', [
            ('a17', 'Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan', 'Persentase Laporan Keuangan yang Disusun Tepat Waktu', '%', 100, 100, 100, [100, 100, 100, 100], 'last', 385000000),
            ('a18', 'Program Pelayanan Administrasi Perkantoran', 'Indeks Kepuasan Masyarakat', 'nilai', 82, 79.1, 79, [0, 0, 0, 80.12], 'last', 5400000000)])]
    r, no = 9, 1
    flat = [(s, x) for s, xs in P_ for x in xs]
    start = {}
    for idx, (sas, ind) in enumerate(flat):
        sid, pk, nm, sat, ren, sd, tg, q, rule, bud = ind
        if idx == 0 or flat[idx - 1][0] != sas:
            b.text(ws, f'B{r}', sas, box=True, align=WRAP)
        b.text(ws, f'A{r}', str(no), box=True)
        b.text(ws, f'C{r}', pk, box=True, align=WRAP)
        b.text(ws, f'D{r}', nm, box=True, align=WRAP)
        b.text(ws, f'E{r}', sat, box=True)
        b.put(ws, f'F{r}', N(ren)); b.put(ws, f'G{r}', N(bud * 4.6 if bud else 0), fmt='#,##0')
        b.put(ws, f'H{r}', N(sd)); b.put(ws, f'I{r}', N(bud * 1.7 if bud else 0), fmt='#,##0')
        tv = N(tg)
        b.put(ws, f'J{r}', tv); b.put(ws, f'K{r}', N(bud), fmt='#,##0')
        shares = [0.12, 0.23, 0.27, 0.33]
        for i in range(4):
            b.put(ws, f'{CL(12+2*i)}{r}', N(q[i]))
            b.put(ws, f'{CL(13+2*i)}{r}', N(round(bud * shares[i])), fmt='#,##0')
        if rule == 'sum':
            rv = F(f'=L{r}+N{r}+P{r}+R{r}', round(sum(q), 10))
        elif rule == 'last':
            rv = F(f'=R{r}', q[3])
        elif rule == 'zero':
            rv = N(0)
        elif rule == 'nextrow':
            nxt = flat[idx + 1][1][7][3]
            rv = F(f'=L{r}+N{r}+P{r}+R{r+1}', q[0] + q[1] + q[2] + nxt)
        b.put(ws, f'T{r}', rv)
        b.put(ws, f'U{r}', F(f'=M{r}+O{r}+Q{r}+S{r}', None), fmt='#,##0')
        b.put(ws, f'V{r}', F(f'=H{r}+T{r}' if rule in ('sum', 'nextrow') else f'=T{r}', None))
        b.put(ws, f'W{r}', F(f'=I{r}+U{r}', None), fmt='#,##0')
        b.put(ws, f'X{r}', F(f'=V{r}/F{r}*100', None), fmt='0.00')
        b.put(ws, f'Y{r}', F(f'=IF(G{r}=0,0,W{r}/G{r}*100)', None), fmt='0.00')
        b.text(ws, f'Z{r}', 'Dinas PUPR', box=True)
        b.key(ws, r, 'D', sid, (f'J{r}', tv), ('cell', f'T{r}', rv))
        r += 1; no += 1
    b.text(ws, f'D{r}', 'Rata-rata capaian kinerja (%)', bold=True, box=True)
    b.put(ws, f'X{r}', F(f'=AVERAGE(X9:X{r-1})', None), fmt='0.0')
    b.text(ws, f'D{r+1}', 'Predikat kinerja', bold=True, box=True)
    b.text(ws, f'X{r+1}', 'Tinggi', box=True)
    b.text(ws, f'D{r+3}', 'Faktor pendorong: dukungan DAK dan koordinasi dengan Balai Wilayah Sungai.')
    b.text(ws, f'D{r+4}', 'Faktor penghambat: curah hujan tinggi pada TW IV; keterlambatan lelang.')
    signature(b, ws, r + 6, 'D', 'Disusun, Tanjung Lembayung, 14 Januari 2020', 'Kepala Dinas PUPR', 'Ir. HENDRA SAPUTRA LUBIS, MT',
              'Pembina Utama Muda', '19680312 199403 1 007')
    signature(b, ws, r + 6, 'T', 'Dievaluasi', 'Kepala Bappeda', 'Dr. MARLINA DEWI SITORUS, SE, M.Si', 'Pembina Utama Muda',
              '19710921 199703 2 004')
    widths(ws, {'B': 24, 'C': 30, 'D': 44})
    return b


# ---------------------------------------------------------------- 2020 LKjIP Bab III (xlsx)
def y2020():
    b = Book(AG, 'LKJIP_DPUPR_2020_BAB_III.xlsx', 2020)
    ws = b.sheet('Tabel 3.1')
    b.text(ws, 'A1', 'Tabel 3.1', bold=True)
    b.text(ws, 'A2', 'Perbandingan Realisasi Kinerja Tahun 2017 s.d. 2020 dan Target Akhir Renstra', bold=True)
    b.text(ws, 'A3', 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Tanjung Lembayung')
    for c, h in [('A', 'No'), ('B', 'Sasaran Strategis'), ('C', 'Indikator Kinerja'), ('D', 'Satuan'),
                 ('K', 'Target Akhir Renstra (2021)'), ('L', 'Capaian s/d 2020 thd Target Renstra (%)')]:
        ws.merge_cells(f'{c}5:{c}6')
        b.text(ws, f'{c}5', h, bold=True, box=True, align=CENTER)
    ws.merge_cells('E5:G5'); b.text(ws, 'E5', 'Realisasi', bold=True, box=True, align=CENTER)
    ws.merge_cells('H5:J5'); b.text(ws, 'H5', 'Tahun 2020', bold=True, box=True, align=CENTER)
    for c, h in zip('EFGHIJ', ['2017', '2018', '2019', 'Target', 'Realisasi', '% Capaian']):
        b.text(ws, f'{c}6', h, bold=True, box=True, align=CENTER)
    D = '-'
    S = [('Meningkatnya kualitas infrastruktur jalan dan jembatan', [
        ('a01', 'Persentase jalan kabupaten kondisi mantap', '%', [64.1, 66.02, 68.45], N(70), N(71.2), 'f', 75),
        ('a02', 'Panjang jalan kabupaten kondisi mantap (km)', 'km', [467.35, 479.6, 491.3], N(498.5), N(503.75), 'f', 520),
        ('a03', 'Persentase jalan kabupaten kondisi baik', '%', [36.75, 39.2, 41.7], N(42.5), N(41.9), 'f', 45),
        ('a20', 'Persentase jalan kabupaten kondisi rusak berat (-)', '%', [10.5, 10.2, 9.6], N(9), N(8.4), 'neg', 8),
        ('a04', 'Jumlah jembatan kabupaten dalam kondisi baik', 'unit', [145, 151, 156], N(160), N(158), 'f', 170),
        ('a05', 'Persentase jembatan kondisi baik', '%', [79.67, D, D], N(84), N(83.2), 'f', 88)]),
        ('Meningkatnya layanan irigasi', [
        ('a06', 'Luas daerah irigasi kondisi baik', 'ha', [12610.2, 12812.5, 13025.8], N(13250), T('13.301,40', 13301.4), 100.39, 13600),
        ('a07', 'Persentase daerah irigasi kondisi baik', '%', [59.3, 60.35, 62.04], N(63), N(62.75), 'f', 65),
        ('a09', 'Panjang jaringan irigasi kondisi baik', 'km', [315.05, D, 333.1], N(345), N(344.2), 100.23, 360)]),
        ('Meningkatnya akses air minum dan sanitasi layak', [
        ('a10', 'Persentase rumah tangga dengan akses air minum layak', '%', [70.42, 72.31, 73.85], N(76), N(77.3), 'f', 80),
        ('a11', 'Persentase rumah tangga dengan akses sanitasi layak', '%', [67.15, 68.4, 70.02], N(71), N(70.8), 'f', 75),
        ('a21', 'Jumlah desa terlayani SPAM', 'desa', [86, 93, 101], N(108), N(108), 'f', 115)]),
        ('Terwujudnya pemanfaatan ruang sesuai rencana tata ruang', [
        ('a34', 'Jumlah dokumen RDTR yang ditetapkan (Perkada)', 'dokumen', [0, 1, 1], N(1), N(1), 'f', 5),
        ('a13', 'Persentase kesesuaian pemanfaatan ruang dengan RTRW', '%', [82.4, 82.6, 83.4], N(85), N(84.1), 'f', 90),
        ('a14', 'Panjang drainase perkotaan dalam kondisi baik', 'km', [D, D, D], N(56), N(57.4), 'f', 70)]),
        ('Meningkatnya akuntabilitas kinerja Dinas', [
        ('a16', 'Nilai SAKIP Dinas PUPR', 'predikat', ['B', 'B', 'BB'], X('BB'), X('BB'), 100, 'A'),
        ('a18', 'Indeks Kepuasan Masyarakat (IKM)', 'nilai', [78.25, 79.1, 80.12], N(80), X('N/A'), None, 82)])]
    r, no = 7, 1
    for sas, inds in S:
        r0 = r
        for sid, nm, sat, prev, t, re, cap, ren in inds:
            b.text(ws, f'A{r}', str(no), box=True)
            b.text(ws, f'C{r}', nm, box=True, align=WRAP)
            b.text(ws, f'D{r}', sat, box=True)
            for c, v in zip('EFG', prev):
                b.put(ws, f'{c}{r}', conv(v))
            b.put(ws, f'H{r}', t); b.put(ws, f'I{r}', re)
            if cap == 'f':
                b.put(ws, f'J{r}', F(f'=ROUND(I{r}/H{r}*100,2)', None), fmt='0.00')
            elif cap == 'neg':
                b.put(ws, f'J{r}', F(f'=ROUND((2*H{r}-I{r})/H{r}*100,2)', None), fmt='0.00')
            else:
                b.put(ws, f'J{r}', conv(cap) if cap is not None else X('-'))
            b.put(ws, f'K{r}', conv(ren))
            if re.kind == 'num' and isinstance(ren, (int, float)):
                b.put(ws, f'L{r}', F(f'=ROUND(I{r}/K{r}*100,2)', None), fmt='0.00')
            else:
                b.put(ws, f'L{r}', X('-'))
            b.key(ws, r, 'C', sid, (f'H{r}', t), ('cell', f'I{r}', re))
            r += 1; no += 1
        ws.merge_cells(f'B{r0}:B{r-1}')
        b.text(ws, f'B{r0}', sas, box=True, align=WRAP)
    ws.freeze_panes = 'E7'
    r += 2
    b.text(ws, f'A{r}', 'Tabel 3.2', bold=True)
    b.text(ws, f'A{r+1}', 'Capaian Indikator Kinerja Program Tahun 2020', bold=True)
    hr = r + 3
    for c, h in zip('ABCDEFG', ['No', 'Program', 'Indikator Kinerja Program', 'Satuan', 'Target', 'Realisasi', 'Capaian']):
        b.text(ws, f'{c}{hr}', h, bold=True, box=True, align=CENTER)
    prog = [('Program Pembangunan Jalan dan Jembatan', [
        ('a30', 'Persentase panjang jalan yang ditangani', '%', P(18), P(18.6)),
        ('a22', 'Panjang jalan yang ditingkatkan', 'km', N(26), N(27.3)),
        ('a31', 'Jumlah jembatan yang dibangun/direhabilitasi', 'unit', N(8), N(8))]),
        ('Program Pengelolaan Sumber Daya Air', [
        ('a08', 'Panjang jaringan irigasi yang direhabilitasi', 'km', N(30), N(28.75))]),
        ('Program Pengembangan Air Minum dan Sanitasi', [
        ('a33', 'Jumlah unit SPAM perdesaan terbangun', 'unit', N(10), N(11))]),
        ('Program Perencanaan Tata Ruang', [
        ('a32', 'Persentase dokumen tata ruang yang tersusun', '%', P(100), P(75))]),
        ('Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan', [
        ('a17', 'Persentase laporan keuangan tepat waktu', '%', P(100), P(100))])]
    r = hr + 1; no = 1
    for pg, inds in prog:
        r0 = r
        for sid, nm, sat, t, re in inds:
            b.text(ws, f'A{r}', str(no), box=True)
            b.text(ws, f'C{r}', nm, box=True, align=WRAP)
            b.text(ws, f'D{r}', sat, box=True)
            b.put(ws, f'E{r}', t); b.put(ws, f'F{r}', re)
            b.put(ws, f'G{r}', F(f'=F{r}/E{r}', None), fmt='0.00%')
            b.key(ws, r, 'C', sid, (f'E{r}', t), ('cell', f'F{r}', re))
            r += 1; no += 1
        if r - 1 > r0:
            ws.merge_cells(f'B{r0}:B{r-1}')
        b.text(ws, f'B{r0}', pg, box=True, align=WRAP)
    widths(ws, {'A': 5, 'B': 28, 'C': 46, 'D': 9, 'K': 13, 'L': 14})
    return b


if __name__ == '__main__':
    books = [y2017(), y2018(), y2019(), y2020()]
    for bk in books:
        bk.save()
    write_agency(AG, NAME, books, [['a12', 'a34']])
