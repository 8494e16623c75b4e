"""Dinas Pertanahan Kabupaten Tanjung Lembayung, 2021-2024."""
from common import *

AG = 'dinas_pertanahan'
NAME = 'Dinas Pertanahan Kabupaten Tanjung Lembayung'
KADIS = ('Kepala Dinas Pertanahan', 'RUSDIANTO HARAHAP, S.H., M.Kn.', 'Pembina Tk. I (IV/b)', '19760405 200212 1 003')


# ---------------------------------------------------------------- 2021 IKU (ods)
def y2021():
    b = Book(AG, 'IKU_DISTANAH_2021.ods', 2021)
    ws = b.sheet('IKU 2021')
    b.text(ws, 'A1', 'CAPAIAN INDIKATOR KINERJA UTAMA (IKU) TAHUN 2021', bold=True)
    b.text(ws, 'A2', NAME.upper(), bold=True)
    hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Formulasi / Penjelasan', 'Satuan', 'Target 2021',
           'Realisasi 2021', 'Capaian (%)', 'Sumber Data']
    for i, h in enumerate(hdr):
        b.text(ws, f'{CL(i+1)}4', h, bold=True, box=True, align=CENTER)
    S = [('Meningkatnya kepastian hukum hak atas tanah', [
        ('b01', 'Persentase bidang tanah bersertifikat', 'Jumlah bidang bersertifikat / jumlah bidang tanah x 100', '%', T('61,50', 61.5), T('62,15', 62.15), '101,06'),
        ('b02', 'Jumlah bidang tanah bersertifikat', 'Jumlah kumulatif bidang tanah bersertifikat', 'bidang', T('84.200', 84200), T('85.117', 85117), '101,09'),
        ('b03', 'Jumlah bidang tanah terdaftar', 'Jumlah kumulatif bidang tanah terdaftar (PTSL K1-K4)', 'bidang', N(96500), N(97240), '100,77'),
        ('b09', 'Persentase bidang tanah milik Pemda yang bersertifikat', 'Bidang aset Pemda bersertifikat / total bidang aset Pemda x 100', '%', N(55), N(57.3), '104,18'),
        ('b10', 'Jumlah bidang tanah aset Pemda yang disertifikatkan', 'Jumlah bidang yang disertifikatkan tahun berjalan', 'bidang', N(120), N(96), '80,00')]),
        ('Menurunnya sengketa dan konflik pertanahan', [
        ('b04', 'Persentase sengketa tanah yang diselesaikan', 'Sengketa selesai / sengketa masuk x 100', '%', N(70), N(72.73), '103,90'),
        ('b05', 'Jumlah kasus sengketa dan konflik pertanahan yang ditangani', 'Jumlah kasus yang difasilitasi', 'kasus', N(20), N(22), '110,00')]),
        ('Tersedianya tanah untuk pembangunan bagi kepentingan umum', [
        ('b06', 'Luas pengadaan tanah untuk kepentingan umum', 'Luas tanah yang dilepaskan haknya', 'ha', N(35.5), N(31.25), '88,03'),
        ('b07', 'Persentase pengadaan tanah untuk kepentingan umum yang diselesaikan', 'Paket selesai / paket direncanakan x 100', '%', N(85), N(80), '94,12'),
        ('b08', 'Jumlah desa yang melaksanakan inventarisasi tanah kas desa', 'Jumlah desa dengan daftar tanah kas desa', 'desa', N(40), N(43), '107,50')]),
        ('Meningkatnya akuntabilitas kinerja', [
        ('b15', 'Nilai SAKIP', 'Hasil evaluasi Inspektorat', 'predikat', X('B'), X('BB'), '100'),
        ('b16', 'Indeks Kepuasan Masyarakat', 'Survei IKM (Permenpan RB 14/2017)', 'nilai', N(78), N(80.45), '103,14')])]
    r, no = 5, 1
    for sas, inds in S:
        r0 = r
        for sid, nm, fm, sat, t, re, cap in inds:
            b.text(ws, f'A{r}', str(no), box=True)
            b.text(ws, f'C{r}', nm, box=True, align=WRAP)
            b.text(ws, f'D{r}', fm, box=True, align=WRAP)
            b.text(ws, f'E{r}', sat, box=True)
            b.put(ws, f'F{r}', t); b.put(ws, f'G{r}', re)
            b.text(ws, f'H{r}', cap, box=True)
            b.text(ws, f'I{r}', 'Bidang terkait', box=True)
            b.key(ws, r, 'C', sid, (f'F{r}', t), ('cell', f'G{r}', re))
            r += 1; no += 1
        ws.merge_cells(f'B{r0}:B{r-1}')
        b.text(ws, f'B{r0}', sas, box=True, align=WRAP)
    signature(b, ws, r + 2, 'F', 'Tanjung Lembayung, 20 Januari 2022', *KADIS)
    ws2 = b.sheet('IK Program')
    b.text(ws2, 'A1', 'INDIKATOR KINERJA PROGRAM TAHUN 2021', bold=True)
    for i, h in enumerate(['No', 'Program', 'Indikator Kinerja Program', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']):
        b.text(ws2, f'{CL(i+1)}3', h, bold=True, box=True, align=CENTER)
    prog = [('Program Penatagunaan Tanah', 'b12', 'Jumlah dokumen neraca penatagunaan tanah', 'dokumen', N(1), N(1)),
            ('Program Penatagunaan Tanah', 'b13', 'Luas tanah terlantar yang diinventarisasi', 'ha', T('150,5', 150.5), N(162)),
            ('Program Redistribusi Tanah', 'b14', 'Jumlah bidang TORA yang diredistribusi', 'bidang', N(300), N(275)),
            ('Program Pengadaan Tanah untuk Kepentingan Umum', 'b11', 'Persentase penyelesaian pembayaran ganti kerugian pengadaan tanah', '%', N(90), X('-')),
            ('Program Pengelolaan Aset Tanah Pemda', 'b20', 'Jumlah peta bidang tanah aset Pemda yang dibuat', 'peta', N(50), N(64)),
            ('Program Penunjang Urusan Pemerintahan Daerah', 'b17', 'Persentase dokumen perencanaan dan pelaporan yang tepat waktu', '%', N(100), N(100))]
    for i, (pg, sid, nm, sat, t, re) in enumerate(prog):
        r = 4 + i
        b.text(ws2, f'A{r}', str(i + 1), box=True)
        b.text(ws2, f'B{r}', pg, box=True, align=WRAP)
        b.text(ws2, f'C{r}', nm, box=True, align=WRAP)
        b.text(ws2, f'D{r}', sat, box=True)
        b.put(ws2, f'E{r}', t); b.put(ws2, f'F{r}', re)
        b.put(ws2, f'G{r}', F(f'=IFERROR(F{r}/E{r}*100,"-")', None) if re.kind == 'num' and t.kind == 'num' else X('-'), fmt='0.00')
        b.key(ws2, r, 'C', sid, (f'E{r}', t), ('cell', f'F{r}', re))
    widths(ws, {'B': 28, 'C': 44, 'D': 36}); widths(ws2, {'B': 34, 'C': 50})
    return b


# ---------------------------------------------------------------- 2022 PK, Kinerja/Anggaran (xlsx)
def y2022():
    b = Book(AG, 'PK_DISTANAH_2022.xlsx', 2022)
    ws = b.sheet('PK 2022')
    b.text(ws, 'A1', 'PENGUKURAN KINERJA DAN ANGGARAN', bold=True)
    b.text(ws, 'A2', NAME.upper() + ' TAHUN 2022', bold=True)
    for c, h in [('A', 'No'), ('B', 'Sasaran Strategis'), ('C', 'Indikator Kinerja'), ('D', 'Satuan'), ('K', 'Pol')]:
        ws.merge_cells(f'{c}4:{c}6')
        b.text(ws, f'{c}4', h, bold=True, box=True, align=CENTER)
    ws.merge_cells('E4:J4'); b.text(ws, 'E4', 'Tahun 2022', bold=True, box=True, align=CENTER)
    ws.merge_cells('E5:G5'); b.text(ws, 'E5', 'Kinerja', bold=True, box=True, align=CENTER)
    ws.merge_cells('H5:J5'); b.text(ws, 'H5', 'Anggaran (Rp)', bold=True, box=True, align=CENTER)
    for c, h in zip('EFGHIJ', ['T', 'R', '%', 'T', 'R', '%']):
        b.text(ws, f'{c}6', h, bold=True, box=True, align=CENTER)
    S = [('Meningkatnya kepastian hukum hak atas tanah', [
        ('b01', 'Persentase Bidang Tanah yang Bersertifikat', '%', N(63), N(63.8), '+', 1450000000),
        ('b02', 'Jumlah Bidang Tanah yang Bersertifikat', 'bidang', N(8750), N(87930), '+', 0),
        ('b03', 'Jumlah Bidang Tanah Terdaftar (bidang)', 'bidang', N(99000), N(99870), '+', 0),
        ('b09', 'Persentase tanah milik Pemda bersertifikat', '%', N(58), N(58.9), '+', 820000000),
        ('b10', 'Jumlah bidang tanah aset milik Pemda yang disertifikatkan', 'bidang', N(130), N(141), '+', 0)]),
        ('Menurunnya sengketa dan konflik pertanahan', [
        ('b04', 'Prosentase Penyelesaian Sengketa Tanah', '%', N(72), N(75), '+', 310000000),
        ('b05', 'Jumlah kasus sengketa, konflik dan perkara pertanahan yang ditangani', 'kasus', N(24), N(19), '+', 0),
        ('b21', 'Jumlah sengketa tanah yang belum terselesaikan', 'kasus', N(6), N(4), '-', 0)]),
        ('Tersedianya tanah bagi pembangunan untuk kepentingan umum', [
        ('b06', 'Luas Pengadaan Tanah Untuk Kepentingan Umum (Ha)', 'Ha', N(40), N(42.7), '+', 21500000000),
        ('b07', 'Persentase Pengadaan Tanah bagi Pembangunan untuk Kepentingan Umum yang Terselesaikan', '%', N(87.5), N(90), '+', 0),
        ('b08', 'Jumlah desa yang melakukan inventarisasi tanah kas desa', 'desa', N(45), N(45), '+', 275000000)]),
        ('Meningkatnya tertib penatagunaan tanah', [
        ('b12', 'Jumlah Dokumen Neraca Penatagunaan Tanah', 'dokumen', N(1), N(1), '+', 185000000),
        ('b13', 'Luas tanah terlantar yang diinventarisasi', 'Ha', N(160), N(175.25), '+', 0),
        ('b14', 'Jumlah bidang tanah objek reforma agraria (TORA) yang diredistribusi', 'bidang', N(350), N(350), '+', 640000000)]),
        ('Meningkatnya akuntabilitas kinerja', [
        ('b15', 'Nilai AKIP Dinas', 'predikat', X('BB'), X('BB'), '+', 95000000),
        ('b16', 'Indeks Kepuasan Masyarakat (IKM)', 'nilai', N(80), N(81.9), '+', 0),
        ('b17', 'Persentase dokumen perencanaan & pelaporan tepat waktu', '%', N(100), N(100), '+', 0)])]
    r, no = 7, 1
    for sas, inds in S:
        r0 = r
        for sid, nm, sat, t, re, pol, bud in inds:
            b.text(ws, f'A{r}', str(no), box=True)
            b.text(ws, f'C{r}', nm, box=True, align=WRAP)
            b.text(ws, f'D{r}', sat, box=True)
            b.put(ws, f'E{r}', t, fmt='#,##0.00' if t.kind == 'num' else None)
            b.put(ws, f'F{r}', re, fmt='#,##0.00' if re.kind == 'num' else None)
            if sid == 'b13':
                b.put(ws, f'G{r}', N(109.35), fmt='0.00')   # typed wrong (true 109.53)
            elif t.kind == 'num':
                b.put(ws, f'G{r}', F(f'=F{r}/E{r}*100', None), fmt='0.00')  # b21 negative computed R/T
            else:
                b.put(ws, f'G{r}', N(100), fmt='0.00')
            if bud:
                b.put(ws, f'H{r}', N(bud), fmt='#,##0')
                b.put(ws, f'I{r}', N(round(bud * 0.9372)), fmt='#,##0')
                b.put(ws, f'J{r}', F(f'=I{r}/H{r}*100', None), fmt='0.00')
            else:
                for c in 'HIJ':
                    b.put(ws, f'{c}{r}', None)
            b.text(ws, f'K{r}', pol, box=True)
            b.key(ws, r, 'C', sid, (f'E{r}', t), ('cell', f'F{r}', re))
            r += 1; no += 1
        ws.merge_cells(f'B{r0}:B{r-1}')
        b.text(ws, f'B{r0}', sas, box=True, align=WRAP)
    ws.merge_cells(f'A{r}:G{r}')
    b.text(ws, f'A{r}', 'JUMLAH ANGGARAN', bold=True, box=True)
    b.put(ws, f'H{r}', F(f'=SUM(H7:H{r-1})', None), fmt='#,##0', bold=True)
    b.put(ws, f'I{r}', F(f'=SUM(I7:I{r-1})', None), fmt='#,##0', bold=True)
    b.put(ws, f'J{r}', F(f'=I{r}/H{r}*100', None), fmt='0.00', bold=True)
    ws.column_dimensions['K'].hidden = True
    signature(b, ws, r + 2, 'H', 'Tanjung Lembayung, 16 Januari 2023', *KADIS)
    widths(ws, {'A': 5, 'B': 28, 'C': 50, 'D': 9, 'H': 16, 'I': 16})
    return b


OFF = {'Sekretariat': ('Hj. NURAINI SIREGAR, S.Sos., M.AP', 'Pembina (IV/a)', '19790814 200501 2 011'),
       'Bid Pendaftaran': ('ANDI WIRAWAN PUTRA, S.T.', 'Penata Tk. I (III/d)', '19850226 201001 1 004'),
       'Bid Pengadaan-Sengketa': ('MUHAMMAD FADLI NASUTION, S.H.', 'Pembina (IV/a)', '19810519 200604 1 009'),
       'Bid Penatagunaan': ('RATNA SARI DEWI, S.Si., M.Sc.', 'Penata Tk. I (III/d)', '19870930 201101 2 002')}


# ---------------------------------------------------------------- 2023 one sheet per bidang (xls)
def y2023():
    b = Book(AG, 'LAPKIN_PERBIDANG_DISTANAH_2023.xls', 2023)
    sheets = [
        ('Sekretariat', 'SEKRETARIAT', [
            ('b15', 'Nilai SAKIP Dinas', 'predikat', X('BB'), X('A'), X('100')),
            ('b16', 'Nilai IKM', 'nilai', N(82), N(83.4), 'f'),
            ('b17', 'Persentase Dokumen Perencanaan dan Pelaporan Tepat Waktu', '%', P(100), P(100), 'f'),
            ('b22', 'Persentase realisasi anggaran', '%', N(95), N(93.18), 'f')]),
        ('Bid Pendaftaran', 'BIDANG PENDAFTARAN DAN SERTIFIKASI TANAH', [
            ('b01', 'Persentase bidang tanah bersertifikat (%)', '%', N(65), N(66.2), 'f'),
            ('b02', 'Jumlah bidang tanah bersertifikat (bidang)', 'bidang', N(91000), T('91.482', 91482), N(100.53)),
            ('b03', 'Jumlah bidang tanah terdaftar', 'bidang', N(102000), N(103115), 'f'),
            ('b18', 'Jumlah sertifikat PTSL yang diserahkan kepada masyarakat', 'sertifikat', N(4500), N(4730), 'f'),
            ('b09', 'Persentase tanah milik Pemerintah Daerah yang telah bersertifikat', '%', N(61), N(60.45), N(100)),
            ('b10', 'Jumlah bidang tanah aset Pemda yang disertifikatkan', 'bidang', N(140), N(152), 'f')]),
        ('Bid Pengadaan-Sengketa', 'BIDANG PENGADAAN TANAH DAN PENYELESAIAN SENGKETA', [
            ('b04', 'Persentase sengketa tanah yang terselesaikan', '%', N(75), T('76,92', 76.92), N(102.56)),
            ('b05', 'Jumlah kasus sengketa, konflik dan perkara pertanahan yang ditangani', 'kasus', N(25), N(26), 'f'),
            ('b21', 'Jumlah sengketa tanah yang belum terselesaikan', 'kasus', N(5), N(6), 'f'),
            ('b06', 'Luas pengadaan tanah untuk kepentingan umum', 'ha', N(45), N(38.6), 'f'),
            ('b07', 'Persentase pengadaan tanah untuk kepentingan umum yang terselesaikan', '%', N(90), N(85.78), 'f'),
            ('b11', 'Persentase penyelesaian pembayaran ganti kerugian', '%', N(95), N(97.5), 'f')]),
        ('Bid Penatagunaan', 'BIDANG PENATAGUNAAN TANAH', [
            ('b08', 'Jumlah desa yang telah menginventarisasi tanah kas desa', 'desa', N(50), N(52), 'f'),
            ('b12', 'Neraca penatagunaan tanah (dokumen)', 'dokumen', N(1), N(1), 'f'),
            ('b13', 'Luas tanah terlantar yang diinventarisasi (Ha)', 'ha', N(170), N(170), 'f'),
            ('b14', 'Jumlah bidang TORA yang diredistribusi', 'bidang', N(400), X('-'), X('-'))])]
    for title, full, inds in sheets:
        ws = b.sheet(title)
        b.text(ws, 'A1', 'CAPAIAN KINERJA ' + full, bold=True)
        b.text(ws, 'A2', NAME.upper() + ' TAHUN 2023', bold=True)
        for i, h in enumerate(['No', 'Indikator Kinerja', 'Satuan', 'Target 2023 (satuan)', 'Realisasi 2023 (satuan)',
                               'Capaian (%)', 'Keterangan']):
            b.text(ws, f'{CL(i+1)}4', h, bold=True, box=True, align=CENTER)
        for i, (sid, nm, sat, t, re, cap) in enumerate(inds):
            r = 5 + i
            b.text(ws, f'A{r}', f'{i+1}.', box=True)
            b.text(ws, f'B{r}', nm, box=True, align=WRAP)
            b.text(ws, f'C{r}', sat, box=True)
            b.put(ws, f'D{r}', t); b.put(ws, f'E{r}', re)
            if cap == 'f':
                b.put(ws, f'F{r}', F(f'=ROUND(E{r}/D{r}*100,2)', None), fmt='0.00')
            else:
                b.put(ws, f'F{r}', cap, fmt='0.00')
            b.put(ws, f'G{r}', None)
            b.key(ws, r, 'B', sid, (f'D{r}', t), ('cell', f'E{r}', re))
        signature(b, ws, 5 + len(inds) + 2, 'E', 'Tanjung Lembayung, 12 Januari 2024', 'Kepala ' + title.replace('Bid ', 'Bidang '),
                  OFF[title][0], OFF[title][1], OFF[title][2])
        widths(ws, {'A': 5, 'B': 52, 'C': 11, 'D': 14, 'E': 14, 'F': 11, 'G': 16})
    return b


# ---------------------------------------------------------------- 2024 Rencana Aksi, 5-line blocks (xlsx)
def y2024():
    b = Book(AG, 'RENAKSI_PK_DISTANAH_2024.xlsx', 2024)
    ws = b.sheet('Renaksi PK 2024')
    b.text(ws, 'A1', 'PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA', bold=True)
    b.text(ws, 'A2', NAME + ' - Tahun Anggaran 2024', bold=True)
    for i, h in enumerate(['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Periode', 'Target', 'Realisasi', '%']):
        b.text(ws, f'{CL(i+1)}4', h, bold=True, box=True, align=CENTER)
        b.text(ws, f'{CL(i+1)}5', f'({i+1})', box=True, align=CENTER)
    D = '-'
    S = [('Meningkatnya kepastian hukum hak atas tanah', [
        ('b01', 'Persentase bidang tanah bersertifikat', '%', P(67), [P(65.5), P(66), P(66.5), P(67)], [P(65.8), P(66.3), P(66.9), P(67.45)], 'tw4'),
        ('b02', 'Jumlah bidang tanah bersertifikat', 'bidang', N(95000), [92000, 93000, 94000, 95000], [91900, 93150, 94220, 95310], 'tw4'),
        ('b03', 'Jumlah bidang tanah terdaftar', 'bidang', N(106000), [103500, 104300, 105100, 106000], [103600, 104450, 105320, 106480], 'tw4'),
        ('b18', 'Jumlah sertifikat hasil PTSL yang diserahkan', 'sertifikat', N(5000), [500, 1500, 1500, 1500], [420, 1610, 1390, 1725], 'sumq')]),
        ('Menurunnya sengketa dan konflik pertanahan', [
        ('b04', 'Persentase sengketa tanah yang diselesaikan', '%', N(78), [20, 40, 60, 78], [25, 41.67, 58.33, 80], 'tw4'),
        ('b19', 'Persentase sengketa tanah garapan yang diselesaikan', '%', N(60), [15, 30, 45, 60], [0, 25, 50, 66.67], 'tw4'),
        ('b05', 'Jumlah kasus sengketa pertanahan yang ditangani', 'kasus', N(24), [6, 6, 6, 6], [5, 8, 4, 7], 'sumq')]),
        ('Tersedianya tanah bagi pembangunan untuk kepentingan umum', [
        ('b06', 'Luas tanah yang diadakan untuk kepentingan umum', 'ha', N(50), [D, 15, 20, 15], [D, 12.5, 22.75, 18.3], 'sumq'),
        ('b07', 'Persentase pengadaan tanah untuk kepentingan umum yang diselesaikan', '%', N(92), [23, 46, 69, 92], [20, 48, 77, 93.5], 'tw4'),
        ('b08', 'Jumlah desa yang melakukan inventarisasi tanah kas desa', 'desa', N(55), [52, 53, 54, 55], [52, 54, 55, 57], 'tw4')]),
        ('Meningkatnya tertib penatagunaan tanah', [
        ('b13', 'Luas tanah terlantar yang diinventarisasi', 'ha', N(180), [45, 45, 45, 45], [40, 50.5, 44, 48.25], 'sumq'),
        ('b14', 'Jumlah bidang tanah TORA yang diredistribusi', 'bidang', N(400), [D, D, 200, 200], [D, D, 150, 265], 'sumq'),
        ('b12', 'Jumlah dokumen neraca penatagunaan tanah', 'dokumen', N(1), [D, D, D, 1], [D, D, D, 1], 'sumq')]),
        ('Meningkatnya akuntabilitas kinerja', [
        ('b16', 'Indeks Kepuasan Masyarakat', 'nilai', N(83), [D, D, D, 83], [D, D, D, T('84,10', 84.1)], 'tw4'),
        ('b15', 'Nilai SAKIP', 'predikat', X('A'), [D, D, D, 'A'], [D, D, D, X('A')], 'tw4')])]
    r, no = 6, 1
    for sas, inds in S:
        r0 = r
        for sid, nm, sat, tgt, tq, rq, rule in inds:
            ws.merge_cells(f'A{r}:A{r+4}'); b.text(ws, f'A{r}', f'{no}.', box=True, align=WRAP)
            ws.merge_cells(f'C{r}:C{r+4}'); b.text(ws, f'C{r}', nm, box=True, align=WRAP)
            ws.merge_cells(f'D{r}:D{r+4}'); b.text(ws, f'D{r}', sat, box=True, align=WRAP)
            b.text(ws, f'E{r}', 'Target Tahunan', box=True)
            b.put(ws, f'F{r}', tgt); b.put(ws, f'G{r}', None); b.put(ws, f'H{r}', None)
            parts = []
            for i in range(4):
                rr = r + 1 + i
                b.text(ws, f'E{rr}', f'TW {i+1} (B{3*(i+1):02d})', box=True)
                b.put(ws, f'F{rr}', conv(tq[i]))
                rv = conv(rq[i])
                if rv.kind == 'null' and rv.write == '-':
                    rv = V('-', 0, 'null')
                b.put(ws, f'G{rr}', rv)
                parts.append((f'G{rr}', rv))
                tvq = conv(tq[i])
                if rv.kind in ('num', 'pct') and tvq.kind in ('num', 'pct') and tvq.write:
                    b.put(ws, f'H{rr}', F(f'=ROUND(G{rr}/F{rr}*100,2)', None), fmt='0.00')
                else:
                    b.put(ws, f'H{rr}', X('-'))
            if rule == 'tw4':
                b.key(ws, r, 'C', sid, (f'F{r}', tgt), ('tw4', parts[3][0], parts[3][1]))
            else:
                b.key(ws, r, 'C', sid, (f'F{r}', tgt), ('sumq', parts))
            r += 5; no += 1
        ws.merge_cells(f'B{r0}:B{r-1}')
        b.text(ws, f'B{r0}', sas, box=True, align=WRAP)
    b.text(ws, f'B{r+1}', 'Jumlah Anggaran Tahun 2024 : Rp. 26.418.750.000,-')
    b.text(ws, f'B{r+2}', 'Jumlah Realisasi Anggaran Tahun 2024 : Rp. 24.906.112.300,-')
    signature(b, ws, r + 4, 'F', 'Tanjung Lembayung, 15 Januari 2025', *KADIS)
    ws.freeze_panes = 'E6'
    widths(ws, {'A': 5, 'B': 28, 'C': 46, 'D': 10, 'E': 15, 'F': 12, 'G': 12, 'H': 9})
    return b


if __name__ == '__main__':
    books = [y2021(), y2022(), y2023(), y2024()]
    for bk in books:
        bk.save()
    write_agency(AG, NAME, books, [])
