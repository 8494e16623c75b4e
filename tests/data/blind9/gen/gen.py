"""Generate five blind9 workbooks (raw openpyxl -> LibreOffice), keys and structure sidecars."""
import json, os
from decimal import Decimal as D, ROUND_HALF_UP
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter

OUT = '/work/blind9'; RAW = '/work/blind9/gen/raw'
os.makedirs(RAW, exist_ok=True)
BOLD = Font(bold=True)
MONEY = '#,##0;(#,##0);"-"'

def idr(n):
    s = f"{int(n):,}".replace(',', '.')
    return s

def pct(r, a, nd=2):
    return (D(r) / D(a) * 100).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)

def pk_sheet(wb, title, opd, year, rows):
    ws = wb.create_sheet('PK')
    ws['A1'] = 'PENGUKURAN KINERJA'; ws['A1'].font = BOLD
    ws['A2'] = f'{opd.upper()} TAHUN {year}'
    hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian']
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h).font = BOLD
    clean = []
    r = 5; prev = None
    for i, (sas, ind, sat, t, re) in enumerate(rows, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, sas if sas != prev else None); prev = sas
        ws.cell(r, 3, ind); ws.cell(r, 4, sat)
        ws.cell(r, 5, t); ws.cell(r, 6, re)
        ws.cell(r, 7, f'=ROUND(F{r}/E{r}*100,2)')
        clean.append({'sheet': 'PK', 'row': r})
        r += 1
    for c, w in zip('ABCDEFG', [5, 40, 50, 10, 10, 10, 11]):
        ws.column_dimensions[c].width = w
    return clean

class Key:
    def __init__(self, name):
        self.name = name; self.mistakes = []; self.traps = []; self.clean = []; self.struct = []
    def m(self, sheet, cell, kind, correct, note):
        self.mistakes.append({'sheet': sheet, 'row': int(''.join(ch for ch in cell if ch.isdigit())), 'cell': cell,
                              'kind': kind, 'correct': str(correct), 'note': note})
    def t(self, sheet, cell, kind, note):
        self.traps.append({'sheet': sheet, 'row': int(''.join(ch for ch in cell if ch.isdigit())), 'cell': cell,
                           'kind': kind, 'note': note})

def finish(wb, key, fname, fmt):
    del wb['Sheet']
    raw = f'{RAW}/{key.name}.xlsx'
    wb.save(raw)
    marked = {(x['sheet'], x['row']) for x in key.mistakes + key.traps}
    key.clean = [c for c in key.clean if (c['sheet'], c['row']) not in marked]
    json.dump({'file': fname, 'mistakes': key.mistakes, 'traps': key.traps, 'clean_rows': key.clean},
              open(f'{OUT}/{key.name}.key.json', 'w'), indent=1, ensure_ascii=False)
    json.dump({'file': fname, 'raw': raw, 'fmt': fmt, 'rows': key.struct},
              open(f'/work/blind9/gen/{key.name}.struct.json', 'w'), indent=1, ensure_ascii=False)

# ---------------------------------------------------------------- WB1 APBD-Perubahan
def wb1():
    k = Key('b9_kominfo_apbdp_2023'); S = 'Realisasi Anggaran'
    wb = Workbook()
    k.clean += pk_sheet(wb, '', 'Dinas Komunikasi dan Informatika Kabupaten Sinjai', 2023, [
        ('Meningkatnya keterbukaan informasi publik', 'Persentase informasi publik yang dipublikasikan', '%', 90, 93.5),
        ('Meningkatnya keterbukaan informasi publik', 'Jumlah konten media komunikasi publik', 'konten', 240, 268),
        ('Meningkatnya penerapan SPBE', 'Indeks SPBE', 'indeks', 2.6, 2.71),
        ('Meningkatnya penerapan SPBE', 'Persentase OPD terhubung jaringan intra pemerintah', '%', 85, 82),
    ])
    ws = wb.create_sheet(S)
    ws['A1'] = 'LAPORAN REALISASI ANGGARAN APBD PERUBAHAN TAHUN ANGGARAN 2023'; ws['A1'].font = BOLD
    ws['A2'] = 'DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SINJAI'
    for i, h in enumerate(['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Pagu Induk (Rp)', 'Pagu Perubahan (Rp)',
                           'Realisasi (Rp)', '% (thd Pagu Perubahan)'], 1):
        ws.cell(4, i, h).font = BOLD
    for i in range(1, 7):
        ws.cell(5, i, i)
    # tree: (code, name, level, induk, perubahan, realisasi) leaves only have amounts
    tree = [
        ('5.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 0),
        ('5.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 1),
        ('5.01.01.2.01.01', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 2, 48500000, 45865000, 44120000),
        ('5.01.01.2.01.07', 'Evaluasi Kinerja Perangkat Daerah', 2, 36200000, 36200000, 33915500),
        ('5.01.01.2.06', 'Administrasi Umum Perangkat Daerah', 1),
        ('5.01.01.2.06.04', 'Penyediaan Bahan Logistik Kantor', 2, 72400000, 68150000, 66873250),
        ('5.01.01.2.06.09', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 2, 154000000, 139500000, 139500000),
        ('2.16.02', 'PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK', 0),
        ('2.16.02.2.01', 'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota', 1),
        ('2.16.02.2.01.01', 'Pengelolaan Konten dan Perencanaan Media Komunikasi Publik', 2, 215750000, 198300000, 187450600),
        ('2.16.02.2.01.02', 'Pengelolaan Media Komunikasi Publik', 2, 310000000, 284600000, 291250000),
        ('2.16.02.2.01.05', 'Layanan Hubungan Masyarakat', 2, 50000000, 0, '-'),
        ('2.16.03', 'PROGRAM APLIKASI INFORMATIKA', 0),
        ('2.16.03.2.02', 'Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota', 1),
        ('2.16.03.2.02.01', 'Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat', 2, 18500000, 21300000, 20985400),
        ('2.16.03.2.02.05', 'Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik', 2, 425000000, 462750000, 401338900),
        ('2.16.03.2.02.10', 'Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah', 2, 387600000, 412900000, 398764300),
    ]
    r0 = 6
    rows = []
    for i, t in enumerate(tree):
        rows.append((r0 + i,) + t)
    # children
    ch = {}
    stack = {}
    for row in rows:
        r, code, name, lvl = row[:4]
        stack[lvl] = r
        if lvl > 0:
            ch.setdefault(stack[lvl - 1], []).append(r)
    jr = r0 + len(rows)
    progs = [row[0] for row in rows if row[3] == 0]
    vals = {}
    def val(r, c):  # true value
        if r in vals: return vals[r][c]
        v = sum(val(x, c) for x in ch[r]); return v
    for row in rows:
        if row[3] == 2:
            vals[row[0]] = {'C': row[4], 'D': row[5], 'E': 0 if row[6] == '-' else row[6]}
    for row in rows:
        r, code, name, lvl = row[:4]
        ws.cell(r, 1, code); ws.cell(r, 2, ('   ' * lvl) + name)
        if lvl < 2:
            ws.cell(r, 1).font = BOLD; ws.cell(r, 2).font = BOLD
            for c in 'CDE':
                ws[f'{c}{r}'] = '=' + '+'.join(f'{c}{x}' for x in ch[r])
        else:
            ws[f'C{r}'] = row[4]; ws[f'D{r}'] = row[5]; ws[f'E{r}'] = row[6]
        ws[f'F{r}'] = f'=ROUND(E{r}/D{r}*100,2)'
        k.struct.append({'sheet': S, 'row': r, 'children': ch.get(r, []), 'amount': ['C', 'D', 'E'],
                         'ang': 'D', 'real': 'E', 'pct': 'F', 'scale': 100})
        k.clean.append({'sheet': S, 'row': r})
    ws.cell(jr, 2, 'JUMLAH').font = BOLD
    for c in 'CDE':
        ws[f'{c}{jr}'] = '=' + '+'.join(f'{c}{x}' for x in progs)
    ws[f'F{jr}'] = f'=ROUND(E{jr}/D{jr}*100,2)'
    k.struct.append({'sheet': S, 'row': jr, 'children': progs, 'amount': ['C', 'D', 'E'], 'ang': 'D', 'real': 'E', 'pct': 'F', 'scale': 100})
    k.clean.append({'sheet': S, 'row': jr})
    for row in range(6, jr + 1):
        for c in 'CDE': ws[f'{c}{row}'].number_format = MONEY
        ws[f'F{row}'].number_format = '0.00'
    # --- mistakes
    # budget-sum: kegiatan 2.01 (row 7) Pagu Perubahan typed
    ws['D7'] = 82756000
    k.m(S, 'D7', 'budget-sum', val(7, 'D'), 'kegiatan Pagu Perubahan typed 82.756.000; sub kegiatan rows 8-9 add to 82.065.000')
    # serapan-wrong against Pagu Induk (row 10)
    ws['F11'] = float(pct(66873250, 72400000))
    k.m(S, 'F11', 'serapan-wrong', pct(66873250, 68150000), '% computed against Pagu Induk (92,37) instead of Pagu Perubahan')
    # malformed realisasi row 15 (Pengelolaan Konten): parent typed with intended value
    ws['E15'] = 'Rp. 187.45.600'
    ws['F15'] = float(pct(187450600, 198300000))
    ws['E14'] = vals[15]['E'] + vals[16]['E'] + vals[17]['E']
    k.m(S, 'E15', 'malformed-number', 187450600, 'realisasi typed as text "Rp. 187.45.600" (a two-digit group); kegiatan and % use 187.450.600')
    # realisasi over anggaran row 16
    k.m(S, 'E16', 'realisasi-over-anggaran', 284600000, 'realisasi 291.250.000 exceeds Pagu Perubahan 284.600.000 (though under Pagu Induk 310.000.000); % 102,34 is computed right')
    # total-sum JUMLAH realisasi
    true_je = sum(val(p, 'E') for p in progs)
    ws[f'E{jr}'] = true_je - 10000000
    k.m(S, f'E{jr}', 'total-sum', true_je, 'JUMLAH realisasi typed 10.000.000 short of the three programmes')
    # traps
    ws['F17'] = '-'
    k.t(S, 'D17', 'anggaran-zero-realisasi-dash', 'sub kegiatan cut to 0 in the Perubahan (Induk 50.000.000), realisasi "-", % "-": right, not a mistake')
    k.t(S, 'D8', 'pagu-perubahan-below-induk', 'Pagu Perubahan 45.865.000 below Induk 48.500.000; % 96,19 right against Perubahan (90,97 against Induk)')
    k.t(S, 'F12', 'serapan-100', 'realisasi = Pagu Perubahan 139.500.000, % 100 exactly (Induk 154.000.000)')
    for c, w in zip('ABCDEF', [17, 70, 17, 17, 17, 12]): ws.column_dimensions[c].width = w
    finish(wb, k, k.name + '.xlsx', 'xlsx')

# ---------------------------------------------------------------- WB2 Urusan / Sub Total / TOTAL
def wb2():
    k = Key('b9_setda_urusan_2022'); S = 'Realisasi per Urusan'
    wb = Workbook()
    k.clean += pk_sheet(wb, '', 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Wajo', 2022, [
        ('Meningkatnya kualitas perencanaan pembangunan daerah', 'Persentase konsistensi program RPJMD dengan RKPD', '%', 95, 97.3),
        ('Meningkatnya kualitas perencanaan pembangunan daerah', 'Jumlah dokumen perencanaan yang ditetapkan tepat waktu', 'dokumen', 6, 6),
        ('Meningkatnya pemanfaatan hasil penelitian', 'Jumlah rekomendasi hasil kajian yang dimanfaatkan', 'rekomendasi', 8, 7),
        ('Meningkatnya pemanfaatan hasil penelitian', 'Persentase inovasi daerah yang diterapkan', '%', 60, 64.75),
    ])
    ws = wb.create_sheet(S)
    ws['A1'] = 'REALISASI ANGGARAN PER URUSAN DAN PROGRAM TAHUN ANGGARAN 2022'; ws['A1'].font = BOLD
    ws['A2'] = 'BAPPELITBANGDA KABUPATEN WAJO'
    for i, h in enumerate(['No', 'Urusan / Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Serapan (%)'], 1):
        ws.cell(4, i, h).font = BOLD
    data = [
        ('URUSAN PEMERINTAHAN BIDANG PERENCANAAN', [
            ('PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', [
                ('Analisis Data dan Informasi Perencanaan Pembangunan Daerah', 125400000, 118233500),
                ('Penyusunan Perencanaan dan Pendanaan', 387250000, 379904250),
                ('Pengendalian, Evaluasi dan Pelaporan Rencana Pembangunan Daerah', 214800000, 201645300)]),
            ('PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH', [
                ('Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia', 96500000, 91275000),
                ('Koordinasi Perencanaan Bidang Perekonomian dan SDA', 88750000, 92140000)])]),
        ('URUSAN PEMERINTAHAN BIDANG PENELITIAN DAN PENGEMBANGAN', [
            ('PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH', [
                ('Penelitian dan Pengembangan Pemerintahan dan Pembangunan Manusia', 176300000, 158412700),
                ('Pengembangan Inovasi dan Teknologi', 143900000, 131875600),
                ('Diseminasi Hasil Kajian', 25000000, '-')])]),
        ('UNSUR PENUNJANG URUSAN PEMERINTAHAN', [
            ('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', [
                ('Administrasi Keuangan Perangkat Daerah', 2465320000, 2398716450),
                ('Administrasi Umum Perangkat Daerah', 318640000, 297583900),
                ('Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 412700000, 405918350)]),
            ('PROGRAM PENGELOLAAN BARANG MILIK DAERAH', [
                ('Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 156850000, 149720800)])]),
    ]
    r = 5; subtot = []; info = {}
    roman = ['I', 'II', 'III']
    def add(r, ch, kind):
        k.struct.append({'sheet': S, 'row': r, 'children': ch, 'amount': ['C', 'D'], 'ang': 'C', 'real': 'D', 'pct': 'E', 'scale': 100, 'kind': kind})
        k.clean.append({'sheet': S, 'row': r})
    for ui, (u, progs) in enumerate(data):
        ws.cell(r, 1, roman[ui]).font = BOLD; ws.cell(r, 2, u).font = BOLD; r += 1
        prow = []
        for pi, (p, kegs) in enumerate(progs, 1):
            pr = r; prow.append(pr)
            ws.cell(pr, 1, f'{pi}').font = BOLD; ws.cell(pr, 2, p).font = BOLD
            r += 1; kr = []
            for ki, (kn, a, re) in enumerate(kegs, 1):
                ws.cell(r, 1, f'{pi}.{ki}'); ws.cell(r, 2, kn); ws[f'C{r}'] = a; ws[f'D{r}'] = re
                ws[f'E{r}'] = f'=ROUND(D{r}/C{r}*100,2)'
                info[kn] = r
                add(r, [], 'leaf'); kr.append(r); r += 1
            ws[f'C{pr}'] = f'=SUM(C{kr[0]}:C{kr[-1]})'; ws[f'D{pr}'] = f'=SUM(D{kr[0]}:D{kr[-1]})'
            ws[f'E{pr}'] = f'=ROUND(D{pr}/C{pr}*100,2)'
            add(pr, kr, 'program'); info[p] = pr
        ws.cell(r, 2, f'Sub Total {u.title()}').font = BOLD
        ws[f'C{r}'] = '=' + '+'.join(f'C{x}' for x in prow); ws[f'D{r}'] = '=' + '+'.join(f'D{x}' for x in prow)
        ws[f'E{r}'] = f'=ROUND(D{r}/C{r}*100,2)'
        add(r, prow, 'subtotal'); subtot.append(r); r += 1
    ws.cell(r, 2, 'TOTAL').font = BOLD
    ws[f'C{r}'] = '=' + '+'.join(f'C{x}' for x in subtot); ws[f'D{r}'] = '=' + '+'.join(f'D{x}' for x in subtot)
    ws[f'E{r}'] = f'=ROUND(D{r}/C{r}*100,2)'
    add(r, subtot, 'total'); tr = r
    for row in range(5, tr + 1):
        for c in 'CD': ws[f'{c}{row}'].number_format = MONEY
        ws[f'E{row}'].number_format = '0.00'
    # mistakes
    r1 = info['Penyusunan Perencanaan dan Pendanaan']
    ws[f'E{r1}'] = 96.81
    k.m(S, f'E{r1}', 'serapan-wrong', pct(379904250, 387250000), 'serapan typed 96,81 (digits transposed); 379.904.250 / 387.250.000 x 100 = 98,10')
    r2 = info['Pengembangan Inovasi dan Teknologi']
    ws[f'D{r2}'] = 'Rp. 131.875.6000'
    ws[f'E{r2}'] = float(pct(131875600, 143900000))
    pr2 = info['PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH']
    ws[f'D{pr2}'] = 158412700 + 131875600
    k.m(S, f'D{r2}', 'malformed-number', 131875600, 'realisasi typed "Rp. 131.875.6000" (a four-digit group); programme and % use 131.875.600')
    r3 = info['Koordinasi Perencanaan Bidang Perekonomian dan SDA']
    k.m(S, f'D{r3}', 'realisasi-over-anggaran', 88750000, 'realisasi 92.140.000 exceeds anggaran 88.750.000; % 103,82 computed right')
    r4 = info['Administrasi Umum Perangkat Daerah']
    ws[f'E{r4}'] = 93.93
    k.m(S, f'E{r4}', 'serapan-wrong', pct(297583900, 318640000), 'serapan typed 93,93; 297.583.900 / 318.640.000 x 100 = 93,39')
    # traps
    r5 = info['Diseminasi Hasil Kajian']; ws[f'E{r5}'] = 0  # typed 0: '-' realisasi
    k.t(S, f'D{r5}', 'realisasi-dash-zero', 'kegiatan not carried out: realisasi "-" with serapan 0: right')
    k.t(S, f'C{subtot[1]}', 'right-subtotal', 'Sub Total of an urusan with a single programme repeats the programme figures: right')
    k.t(S, f'C{tr}', 'right-total-over-subtotals', 'TOTAL = sum of the three Sub Totals (not of every bold row above): right, anggaran and realisasi')
    for c, w in zip('ABCDE', [6, 75, 17, 17, 11]): ws.column_dimensions[c].width = w
    finish(wb, k, k.name + '.xls', 'xls')

# ---------------------------------------------------------------- WB3 Rencana Aksi quarterly keuangan
def wb3():
    k = Key('b9_dinkop_rencana_aksi_2021'); S = 'RA Keuangan'
    wb = Workbook()
    k.clean += pk_sheet(wb, '', 'Dinas Koperasi dan UKM Kabupaten Bone', 2021, [
        ('Meningkatnya kualitas kelembagaan koperasi', 'Persentase koperasi aktif', '%', 70, 68.4),
        ('Meningkatnya kualitas kelembagaan koperasi', 'Persentase koperasi sehat', '%', 12.5, 13.1),
        ('Meningkatnya daya saing usaha mikro', 'Jumlah usaha mikro yang naik kelas', 'unit', 120, 134),
        ('Meningkatnya daya saing usaha mikro', 'Pertumbuhan omzet usaha mikro binaan', '%', 8, 7.35),
    ])
    ws = wb.create_sheet(S)
    ws['A1'] = 'RENCANA AKSI PERJANJIAN KINERJA - REALISASI KEUANGAN TAHUN 2021'; ws['A1'].font = BOLD
    ws['A2'] = 'DINAS KOPERASI DAN UKM KABUPATEN BONE'
    hdr = ['No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi Keuangan s.d. TW I (B03)', 'TW II (B06)', 'TW III (B09)',
           'TW IV (B12)', 'Realisasi (Rp)', '%']
    for i, h in enumerate(hdr, 1): ws.cell(4, i, h).font = BOLD
    ws['D3'] = 'Realisasi keuangan kumulatif'
    data = [
        ('Program Pelayanan Administrasi Perkantoran', [
            ('Penyediaan Jasa Surat Menyurat', 12600000, [2150000, 5480000, 8925000, 12415000]),
            ('Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 64800000, [15230000, 31745500, 47980250, 63904750]),
            ('Penyediaan Makanan dan Minuman', 45865000, [9100000, 22450000, 34880000, 45865000])]),
        ('Program Peningkatan Kualitas Kelembagaan Koperasi', [
            ('Pembinaan, Pengawasan dan Penghargaan Koperasi Berprestasi', 178450000, [0, 62300000, 121875000, 170233400]),
            ('Sosialisasi Prinsip-prinsip Pemahaman Perkoperasian', 96300000, [96000000, 96000000, 96000000, 96000000])]),
        ('Program Pengembangan Kewirausahaan dan Keunggulan Kompetitif UMKM', [
            ('Pelatihan Kewirausahaan bagi Usaha Mikro', 234750000, [18400000, 97650000, 176200000, 229870600]),
            ('Fasilitasi Pengembangan Usaha Mikro', 142500000, [21750000, 68300000, 119450000, 146380000]),
            ('Pameran Produk Unggulan UMKM', 310200000, [0, 45600000, 198750000, 287413500])]),
    ]
    r = 5; progs = []; rows = {}
    def add(r, ch):
        k.struct.append({'sheet': S, 'row': r, 'children': ch, 'amount': ['C', 'D', 'E', 'F', 'G', 'H'], 'ang': 'C', 'real': 'H',
                         'pct': 'I', 'scale': 100, 'quarters': ['D', 'E', 'F', 'G']})
        k.clean.append({'sheet': S, 'row': r})
    for pi, (p, kegs) in enumerate(data, 1):
        pr = r; progs.append(pr); r += 1
        ws.cell(pr, 1, pi).font = BOLD; ws.cell(pr, 2, p).font = BOLD
        kr = []
        for ki, (kn, a, q) in enumerate(kegs, 1):
            ws.cell(r, 1, f'{pi}.{ki}'); ws.cell(r, 2, kn); ws[f'C{r}'] = a
            for c, v in zip('DEFG', q): ws[f'{c}{r}'] = v
            ws[f'H{r}'] = f'=G{r}'; ws[f'I{r}'] = f'=ROUND(H{r}/C{r}*100,2)'
            rows[kn] = r; add(r, []); kr.append(r); r += 1
        for c in 'CDEFGH': ws[f'{c}{pr}'] = f'=SUM({c}{kr[0]}:{c}{kr[-1]})'
        ws[f'I{pr}'] = f'=ROUND(H{pr}/C{pr}*100,2)'
        rows[p] = pr; add(pr, kr)
    jr = r
    ws.cell(jr, 2, 'JUMLAH').font = BOLD
    for c in 'CDEFGH': ws[f'{c}{jr}'] = '=' + '+'.join(f'{c}{x}' for x in progs)
    ws[f'I{jr}'] = f'=ROUND(H{jr}/C{jr}*100,2)'; add(jr, progs)
    for row in range(5, jr + 1):
        for c in 'CDEFGH': ws[f'{c}{row}'].number_format = MONEY
        ws[f'I{row}'].number_format = '0.00'
    # mistakes
    p2 = rows['Program Peningkatan Kualitas Kelembagaan Koperasi']
    ws[f'F{p2}'] = 227875000
    k.m(S, f'F{p2}', 'budget-sum', 121875000 + 96000000, 'programme TW III typed 227.875.000; its kegiatan add to 217.875.000')
    r1 = rows['Pelatihan Kewirausahaan bagi Usaha Mikro']
    ws[f'I{r1}'] = float(pct(176200000, 234750000))
    k.m(S, f'I{r1}', 'serapan-wrong', pct(229870600, 234750000), '% 75,06 is TW III / anggaran; the final realisasi (= TW IV) gives 97,92')
    r2 = rows['Fasilitasi Pengembangan Usaha Mikro']
    k.m(S, f'H{r2}', 'realisasi-over-anggaran', 142500000, 'realisasi 146.380.000 (= TW IV) exceeds anggaran 142.500.000; % 102,72 right')
    # JUMLAH anggaran typed wrong
    true_c = sum(x[1] for p in data for x in p[1])
    ws[f'C{jr}'] = true_c + 1000000
    k.m(S, f'C{jr}', 'total-sum', true_c, 'JUMLAH anggaran typed 1.000.000 above the three programmes')
    # traps
    k.t(S, f'I{rows["Penyediaan Makanan dan Minuman"]}', 'serapan-100', 'realisasi = anggaran 45.865.000: % 100 exactly')
    k.t(S, f'E{rows["Sosialisasi Prinsip-prinsip Pemahaman Perkoperasian"]}', 'cumulative-quarters-flat',
        'all spent in TW I, cumulative TW II-IV repeat 96.000.000 (not added four times); Realisasi = TW IV; right')
    k.t(S, f'G{rows["Program Pengembangan Kewirausahaan dan Keunggulan Kompetitif UMKM"]}', 'cumulative-quarters-right',
        'programme quarter columns are cumulative and each equals the sum of its kegiatan; TW IV = Realisasi, not TW I+..+TW IV')
    for c, w in zip('ABCDEFGHI', [6, 62, 15, 15, 15, 15, 15, 15, 9]): ws.column_dimensions[c].width = w
    finish(wb, k, k.name + '.xlsx', 'xlsx')

# ---------------------------------------------------------------- WB4 DPA with belanja rows
def wb4():
    k = Key('b9_dinkes_dpa_belanja_2024'); S = 'Realisasi DPA'
    wb = Workbook()
    k.clean += pk_sheet(wb, '', 'Dinas Kesehatan Kabupaten Luwu Utara', 2024, [
        ('Meningkatnya derajat kesehatan masyarakat', 'Persentase persalinan di fasilitas kesehatan', '%', 92, 94.6),
        ('Meningkatnya derajat kesehatan masyarakat', 'Cakupan imunisasi dasar lengkap', '%', 95, 91.25),
        ('Meningkatnya mutu pelayanan kesehatan', 'Jumlah puskesmas terakreditasi paripurna', 'puskesmas', 5, 6),
        ('Meningkatnya mutu pelayanan kesehatan', 'Indeks kepuasan masyarakat terhadap layanan puskesmas', 'indeks', 82, 84.3),
    ])
    ws = wb.create_sheet(S)
    ws['A1'] = 'LAPORAN REALISASI DPA SKPD TAHUN ANGGARAN 2024'; ws['A1'].font = BOLD
    ws['A2'] = 'DINAS KESEHATAN KABUPATEN LUWU UTARA'
    for i, h in enumerate(['Kode Rekening', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Persentase'], 1):
        ws.cell(4, i, h).font = BOLD
    B = ['Belanja Pegawai', 'Belanja Barang dan Jasa', 'Belanja Modal']
    data = [
        ('1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', [
            ('1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota',
             [(142500000, 138760000), (386240000, 371905350), (1275000000, 1248630000)]),
            ('1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
             [(98750000, 95212500), (654380000, 627495120), (0, '-')])]),
        ('1.02.03', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN', [
            ('1.02.03.2.02', 'Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan',
             [(54600000, 54600000), (128930000, 119874650), (0, '-')]),
            ('1.02.03.2.03', 'Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDM Kesehatan',
             [(37800000, 35416000), (215470000, 203918740), (48900000, 47850000)])]),
        ('1.02.05', 'PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN', [
            ('1.02.05.2.01', 'Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan Lintas Sektor',
             [(26400000, 25080000), (173250000, 166482300), (0, '-')])]),
    ]
    r = 5; progs = []; rows = {}; leafv = {}
    def add(r, ch):
        k.struct.append({'sheet': S, 'row': r, 'children': ch, 'amount': ['C', 'D'], 'ang': 'C', 'real': 'D', 'pct': 'E', 'scale': 1})
        k.clean.append({'sheet': S, 'row': r})
    for pc, pn, kegs in data:
        pr = r; progs.append(pr); r += 1
        ws.cell(pr, 1, pc).font = BOLD; ws.cell(pr, 2, pn).font = BOLD
        kr = []
        for kc, kn, bel in kegs:
            kgr = r; kr.append(kgr); r += 1
            ws.cell(kgr, 1, kc).font = BOLD; ws.cell(kgr, 2, kn)
            br = []
            for bi, (bn, (a, re)) in enumerate(zip(B, bel)):
                ws.cell(r, 1, f'{kc}.5.{bi + 1}'); ws.cell(r, 2, bn); ws[f'C{r}'] = a; ws[f'D{r}'] = re
                ws[f'E{r}'] = '-' if a == 0 else f'=ROUND(D{r}/C{r},4)'
                leafv[r] = (a, 0 if re == '-' else re)
                rows[(kc, bn)] = r; add(r, []); br.append(r); r += 1
            for c in 'CD': ws[f'{c}{kgr}'] = f'=SUM({c}{br[0]}:{c}{br[-1]})'
            ws[f'E{kgr}'] = f'=ROUND(D{kgr}/C{kgr},4)'
            rows[kc] = kgr; add(kgr, br)
        for c in 'CD': ws[f'{c}{pr}'] = '=' + '+'.join(f'{c}{x}' for x in kr)
        ws[f'E{pr}'] = f'=ROUND(D{pr}/C{pr},4)'
        rows[pc] = pr; add(pr, kr)
    jr = r; ws.cell(jr, 2, 'JUMLAH').font = BOLD
    for c in 'CD': ws[f'{c}{jr}'] = '=' + '+'.join(f'{c}{x}' for x in progs)
    ws[f'E{jr}'] = f'=ROUND(D{jr}/C{jr},4)'; add(jr, progs)
    for row in range(5, jr + 1):
        for c in 'CD': ws[f'{c}{row}'].number_format = MONEY
        ws[f'E{row}'].number_format = '0.00%'
    def ssum(rr, col):
        i = 0 if col == 'C' else 1
        return sum(leafv[x][i] for x in range(rr + 1, rr + 4))
    # mistakes
    kg = rows['1.02.02.2.01']
    ws[f'C{kg}'] = 1793740000
    k.m(S, f'C{kg}', 'budget-sum', ssum(kg, 'C'), 'kegiatan anggaran typed 1.793.740.000; Belanja Pegawai + Barang dan Jasa + Modal = 1.803.740.000')
    pr = rows['1.02.03']
    true_pd = ssum(rows['1.02.03.2.02'], 'D') + ssum(rows['1.02.03.2.03'], 'D')
    ws[f'D{pr}'] = true_pd - 54600000
    k.m(S, f'D{pr}', 'budget-sum', true_pd, 'programme realisasi typed without the Belanja Pegawai 54.600.000 of its first kegiatan; its % formula follows the typed cell (consequence)')
    rb = rows[('1.02.02.2.02', 'Belanja Barang dan Jasa')]
    ws[f'E{rb}'] = 0.9698
    k.m(S, f'E{rb}', 'serapan-wrong', pct(627495120, 654380000), 'typed 96,98 %; 627.495.120 / 654.380.000 = 95,89 %')
    rm = rows[('1.02.03.2.03', 'Belanja Modal')]
    ws[f'D{rm}'] = 'Rp. 47.85.000'
    ws[f'E{rm}'] = float((D(47850000) / D(48900000)).quantize(D('0.0001'), ROUND_HALF_UP))
    kg2 = rows['1.02.03.2.03']; ws[f'D{kg2}'] = ssum(kg2, 'D')
    k.m(S, f'D{rm}', 'malformed-number', 47850000, 'realisasi typed "Rp. 47.85.000"; kegiatan total and % use 47.850.000')
    true_jc = sum(v[0] for v in leafv.values())
    # JUMLAH anggaran: programmes as written (first programme carries the kegiatan mistake) -> make JUMLAH wrong vs programmes
    # programme 1 anggaran as written = 1.730.740.000 + 753.130.000
    p1w = 1793740000 + ssum(rows['1.02.02.2.02'], 'C')
    others = sum(ssum(rows[x], 'C') for x in ['1.02.03.2.02', '1.02.03.2.03', '1.02.05.2.01'])
    jsum = p1w + others
    ws[f'C{jr}'] = jsum + 180000000
    ws[f'E{jr}'] = '=ROUND(D{0}/C{0},4)'.format(jr)
    k.m(S, f'C{jr}', 'total-sum', jsum, 'JUMLAH anggaran typed 180.000.000 above the three programmes as written (programme 1 carries the kegiatan anggaran mistake as written; correct = sum of the programme cells as written)')
    # traps
    k.t(S, f'C{rows[("1.02.02.2.02", "Belanja Modal")]}', 'anggaran-zero-realisasi-dash', 'Belanja Modal 0 with realisasi "-" and % "-": right')
    k.t(S, f'E{rows[("1.02.03.2.02", "Belanja Pegawai")]}', 'serapan-100', 'realisasi = anggaran 54.600.000; 100,00 % stored as the fraction 1 in a % format: right')
    for c, w in zip('ABCDE', [18, 80, 17, 17, 11]): ws.column_dimensions[c].width = w
    finish(wb, k, k.name + '.ods', 'ods')

# ---------------------------------------------------------------- WB5 plain, Rp text, bold programmes
def wb5():
    k = Key('b9_dlh_rp_bold_2020'); S = 'Anggaran'
    wb = Workbook()
    k.clean += pk_sheet(wb, '', 'Dinas Lingkungan Hidup Kabupaten Barru', 2020, [
        ('Meningkatnya kualitas lingkungan hidup', 'Indeks Kualitas Lingkungan Hidup', 'indeks', 68.5, 69.12),
        ('Meningkatnya kualitas lingkungan hidup', 'Persentase sampah yang tertangani', '%', 75, 71.4),
        ('Meningkatnya ruang terbuka hijau', 'Luas ruang terbuka hijau publik', 'ha', 42, 43.5),
    ])
    ws = wb.create_sheet(S)
    ws['A1'] = 'REALISASI ANGGARAN TAHUN 2020'; ws['A1'].font = BOLD
    ws['A2'] = 'DINAS LINGKUNGAN HIDUP KABUPATEN BARRU'
    for i, h in enumerate(['Program / Kegiatan', 'Anggaran', 'Realisasi', '%'], 1): ws.cell(4, i, h).font = BOLD
    data = [
        ('Program Pelayanan Administrasi Perkantoran', [
            ('Penyediaan jasa komunikasi, sumber daya air dan listrik', 58400000, 55183200),
            ('Penyediaan alat tulis kantor', 24750000, 24750000),
            ('Rapat-rapat koordinasi dan konsultasi ke luar daerah', 186300000, 171927450)]),
        ('Program Pengembangan Kinerja Pengelolaan Persampahan', [
            ('Penyediaan prasarana dan sarana pengelolaan persampahan', 1245800000, 1198345600),
            ('Peningkatan operasi dan pemeliharaan TPA', 367250000, 348890250)]),
        ('Program Pengendalian Pencemaran dan Perusakan Lingkungan Hidup', [
            ('Pemantauan kualitas lingkungan', 142600000, 121163400),
            ('Pengawasan pelaksanaan kebijakan bidang lingkungan hidup', 96850000, 89375900)]),
        ('Program Pengelolaan Ruang Terbuka Hijau', [
            ('Pemeliharaan RTH', 275400000, 263918700)]),
    ]
    rp = lambda n: 'Rp ' + idr(n)
    r = 5; progs = []; rows = {}; pv = {}
    def add(r, ch):
        k.struct.append({'sheet': S, 'row': r, 'children': ch, 'amount': ['B', 'C'], 'ang': 'B', 'real': 'C', 'pct': 'D', 'scale': 100, 'text': True})
        k.clean.append({'sheet': S, 'row': r})
    for p, kegs in data:
        pr = r; progs.append(pr); r += 1
        ws.cell(pr, 1, p).font = BOLD
        a = sum(x[1] for x in kegs); re = sum(x[2] for x in kegs); pv[pr] = (a, re)
        for c, v in zip('BC', (a, re)): ws[f'{c}{pr}'] = rp(v); ws[f'{c}{pr}'].font = BOLD
        ws[f'D{pr}'] = str(pct(re, a)).replace('.', ','); ws[f'D{pr}'].font = BOLD
        kr = []
        for kn, a2, re2 in kegs:
            ws.cell(r, 1, kn); ws[f'B{r}'] = rp(a2); ws[f'C{r}'] = rp(re2); ws[f'D{r}'] = str(pct(re2, a2)).replace('.', ',')
            rows[kn] = r; add(r, []); kr.append(r); r += 1
        rows[p] = pr; add(pr, kr)
    jr = r
    ws.cell(jr, 1, 'JUMLAH').font = BOLD
    ja = sum(v[0] for v in pv.values()); jre = sum(v[1] for v in pv.values())
    ws[f'B{jr}'] = rp(ja); ws[f'C{jr}'] = rp(jre); ws[f'D{jr}'] = str(pct(jre, ja)).replace('.', ',')
    for c in 'BCD': ws[f'{c}{jr}'].font = BOLD
    add(jr, progs)
    for row in range(5, jr + 1):
        for c in 'BCD': ws[f'{c}{row}'].alignment = Alignment(horizontal='right')
    # mistakes
    p2 = rows['Program Pengembangan Kinerja Pengelolaan Persampahan']
    ws[f'B{p2}'] = rp(1245800000 + 367250000 + 100000000)
    ws[f'D{p2}'] = str(pct(1198345600 + 348890250, 1245800000 + 367250000 + 100000000)).replace('.', ',')
    k.m(S, f'B{p2}', 'budget-sum', 1245800000 + 367250000, 'programme anggaran typed Rp 1.713.050.000; its kegiatan add to 1.613.050.000 (its % is computed from the cells as written)')
    # JUMLAH realisasi: programmes as written (realisasi of p2 unaffected)
    ws[f'C{jr}'] = rp(jre + 24750000)
    k.m(S, f'C{jr}', 'total-sum', jre, 'JUMLAH realisasi adds the ATK kegiatan (24.750.000) a second time; the programmes add to the correct value')
    # JUMLAH anggaran must equal programmes as written (p2 carries the +100.000.000)
    ws[f'B{jr}'] = rp(ja + 100000000)
    ws[f'D{jr}'] = str(pct(jre + 24750000, ja + 100000000)).replace('.', ',')
    r1 = rows['Pemantauan kualitas lingkungan']
    ws[f'D{r1}'] = '89,47'
    k.m(S, f'D{r1}', 'serapan-wrong', pct(121163400, 142600000), '% typed 89,47; 121.163.400 / 142.600.000 x 100 = 84,97')
    r2 = rows['Peningkatan operasi dan pemeliharaan TPA']
    ws[f'C{r2}'] = 'Rp. 348.89.0250'
    k.m(S, f'C{r2}', 'malformed-number', 348890250, 'realisasi typed "Rp. 348.89.0250"; programme and % use 348.890.250')
    # traps
    k.t(S, f'D{rows["Penyediaan alat tulis kantor"]}', 'serapan-100', 'realisasi = anggaran Rp 24.750.000, % 100,00')
    r3 = rows['Pemeliharaan RTH']; pr4 = rows['Program Pengelolaan Ruang Terbuka Hijau']
    k.t(S, f'B{pr4}', 'single-child-programme', 'programme with one kegiatan repeats its figures; bold is the only level marker: right')
    r4 = rows['Pengawasan pelaksanaan kebijakan bidang lingkungan hidup']
    ws[f'D{r4}'] = '92'
    k.t(S, f'D{r4}', 'whole-number-percent', '% written 92 for 92,28: right at the precision written')
    for c, w in zip('ABCD', [62, 20, 20, 9]): ws.column_dimensions[c].width = w
    finish(wb, k, k.name + '.xlsx', 'xlsx')

for f in (wb1, wb2, wb3, wb4, wb5): f()
print('ok')
