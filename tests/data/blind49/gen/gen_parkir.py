"""Agency 3: UPTD Pengelolaan Parkir, Dinas Perhubungan Kota Palindra, 2022-2025."""
from common import *

SLUG = 'uptd_parkir_kota_palindra'
KEPALA = ('Rudi Hartono Simanjuntak, S.SiT', 'Penata Tk. I (III/d)', 'NIP. 19830517 200801 1 003')
KEPALA2 = ('Fransiska Dewi Lumbantobing, S.T., M.T.', 'Penata Tk. I (III/d)', 'NIP. 19860911 201001 2 014')
SAS = {1: 'Meningkatnya pendapatan retribusi parkir',
       2: 'Meningkatnya ketertiban dan kualitas pelayanan parkir',
       3: 'Meningkatnya akuntabilitas kinerja UPTD'}
ORDER = ['K01', 'K02', 'K09', 'K16', 'K16b', 'K18', 'K03', 'K04', 'K17', 'K21', 'K05', 'K06', 'K07', 'K08',
         'K10', 'K11', 'K12', 'K13', 'K14', 'K15', 'K19', 'K20', 'K22']
SAS_OF = {i: (1 if i in ('K01', 'K02', 'K09', 'K16', 'K16b', 'K18') else 3 if i in ('K20', 'K22') else 2) for i in ORDER}
FLOWS = {'K01', 'K02', 'K04', 'K08', 'K10', 'K11', 'K12', 'K13', 'K19', 'K22'}
NEG = {'K09', 'K13'}


def ordered(d):
    return [i for i in ORDER if i in d]


# ------------------------------------------------------------------ 2023 (text with units) + 2022 (numeric) on one sheet
D23 = {  # id: (name, target text, key, realisasi text, key, capaian as typed)
    'K01': ('Realisasi PAD Retribusi Parkir Tepi Jalan Umum (TJU)', 'Rp. 5.200.000.000,-', 5200000000, 'Rp. 5.318.640.000,-', 5318640000, '102,28'),
    'K02': ('Realisasi PAD Retribusi Tempat Khusus Parkir (TKP)', 'Rp. 1.300.000.000,-', 1300000000, 'Rp. 1.342.900.000,-', 1342900000, '103,30'),
    'K09': ('Persentase kebocoran retribusi parkir', '22 %', 22, '20,1 %', 20.1, '108,64'),
    'K16': ('Rasio Realisasi Terhadap Potensi Retribusi Parkir', '60 %', 60, '61.8 %', 61.8, '103,00'),
    'K18': ('Persentase Setoran Jukir Tepat Waktu', '88 %', 88, '90,4 %', 90.4, '102,73'),
    'K03': ('Jumlah Titik Parkir TJU yang dikelola', '440 titik', 440, '452 titik', 452, '102,73'),
    'K04': ('Jumlah Titik Parkir Baru yang Ditetapkan', '20 titik', 20, '21 titik', 21, '105,00'),
    'K17': ('Jumlah Gedung/Pelataran Parkir Yang Dikelola', '7 lokasi', 7, '7 lokasi', 7, '100,00'),
    'K05': ('Jumlah Jukir Terdaftar', '680 orang', 680, '702 orang', 702, '103,24'),
    'K06': ('Persentase Jukir yang Menggunakan Atribut Lengkap (Rompi dan Kartu Identitas)', '85 %', 85, '88,2 %', 88.2, '103,76'),
    'K07': ('Persentase titik parkir dengan pembayaran non tunai (e-parking)', '20 %', 20, '22,5 %', 22.5, '112,50'),
    'K08': ('Jumlah Transaksi Pembayaran Parkir Non Tunai', '60.000 transaksi', 60000, '71.250 transaksi', 71250, '112,75'),
    'K10': ('Jumlah Penindakan Pelanggaran Parkir', '1.600 kendaraan', 1600, '1.730 kendaraan', 1730, '108,13'),
    'K11': ('Jumlah Kendaraan Yang Dikunci Roda (Gembok)', '650 unit', 650, '702 unit', 702, '108,00'),
    'K12': ('Jumlah Kendaraan Yang Diderek', '320 unit', 320, '331 unit', 331, '103,44'),
    'K13': ('Jumlah Pengaduan Masyarakat tentang Parkir', '110 aduan', 110, '98 aduan', 98, '89,09'),
    'K14': ('Persentase Pengaduan Masyarakat yang Ditindaklanjuti', '95 %', 95, '100 %', 100, '105,26'),
    'K15': ('IKM Layanan Parkir', '78', 78, '80,15', 80.15, '102,67'),
    'K19': ('Jumlah Sosialisasi Tertib Parkir', '12 kali', 12, '14 kali', 14, '116,67'),
    'K20': ('Nilai AKIP UPTD Pengelolaan Parkir', 'BB', None, 'B', None, '-'),
    'K22': ('Jumlah Laporan Kinerja dan Keuangan', '16 dokumen', 16, '16 dokumen', 16, '100,00'),
}
D22 = {  # id: (name, satuan, target spec, realisasi spec)
    'K01': ('Pendapatan retribusi parkir di tepi jalan umum', 'Rp', N(4800000000, RP), N(4512375000, RP)),
    'K02': ('Pendapatan retribusi tempat khusus parkir', 'Rp', N(1200000000, RP), N(1085400000, RP)),
    'K09': ('Tingkat kebocoran retribusi parkir', '%', N(25), N(27.5)),
    'K16': ('Rasio realisasi terhadap potensi retribusi parkir', '%', N(55), T('-')),
    'K18': ('Persentase setoran juru parkir tepat waktu', '%', N(85), N(81.2)),
    'K03': ('Jumlah titik parkir tepi jalan umum', 'titik', N(420), N(431)),
    'K04': ('Jumlah titik parkir baru', 'titik', N(20), N(11)),
    'K17': ('Jumlah gedung dan pelataran parkir yang dikelola', 'lokasi', N(6), N(6)),
    'K05': ('Jumlah juru parkir yang terdaftar', 'orang', N(650), N(668)),
    'K06': ('Persentase juru parkir yang menggunakan atribut lengkap', '%', N(80), N(76.5)),
    'K07': ('Persentase titik parkir yang menerapkan pembayaran non tunai', '%', P(10, '0%'), P(8.2, '0.0%')),
    'K08': ('Jumlah transaksi parkir non tunai', 'transaksi', N(25000, RP), N(18440, RP)),
    'K10': ('Jumlah pelanggaran parkir yang ditindak', 'kendaraan', N(1500, RP), N(1622, RP)),
    'K11': ('Jumlah kendaraan yang digembok', 'kendaraan', N(600), N(645)),
    'K12': ('Jumlah kendaraan yang diderek', 'kendaraan', N(300), N(284)),
    'K13': ('Jumlah pengaduan masyarakat terkait layanan parkir', 'aduan', N(120), N(134)),
    'K14': ('Persentase pengaduan yang ditindaklanjuti', '%', T('>= 90', 90), N(92.5)),
    'K15': ('Indeks Kepuasan Masyarakat (IKM) layanan parkir', 'nilai', N(76), N(77.8)),
    'K19': ('Jumlah kegiatan sosialisasi tertib parkir', 'kali', N(12), N(12)),
    'K20': ('Nilai SAKIP UPTD', 'predikat', T('B'), T('B')),
    'K22': ('Jumlah laporan kinerja dan keuangan UPTD', 'dokumen', N(16), N(16)),
}


def f2223():
    b = Book(SLUG, 'Capaian Kinerja UPTD Parkir 2022-2023.ods')
    ws = b.ws('PK 2023 & 2022')
    widths(ws, dict(A=5, B=30, C=50, D=20, E=20, F=13, G=12, H=26))
    traps = []
    for k, s in enumerate(['PENGUKURAN KINERJA', 'UPTD PENGELOLAAN PARKIR DINAS PERHUBUNGAN KOTA PALINDRA', 'TAHUN 2023']):
        text(ws, k + 1, 1, s, bold=True, merge_to=(k + 1, 6), align=Alignment(horizontal='center'))
    for c, s in enumerate(['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'], 1):
        hdr(ws, 5, c, s)
    r = 6
    top0 = r
    no = 0
    for s in (1, 2, 3):
        ids = [i for i in ordered(D23) if SAS_OF[i] == s]
        r0 = r
        for i in ids:
            no += 1
            name, ts, tk_, rs, rk_, cap = D23[i]
            put(ws, r, 1, no); put(ws, r, 3, name, align=WRAP)
            tk = put(ws, r, 4, T(ts, tk_)); rk = put(ws, r, 5, T(rs, rk_)); put(ws, r, 6, T(cap))
            b.key(ws, r, 3, 2023, i, ('value', ['D%d' % r], tk), ('value', ['E%d' % r], rk))
            if i == 'K08':
                traps.append('row %d (K08): capaian typed `112,75` while 71.250/60.000 = 118,75' % r)
            if i == 'K15':
                traps.append('row %d (K15): capaian typed `102,67` while 80,15/78 = 102,76 (digits swapped)' % r)
            if i == 'K13':
                traps.append('row %d (K13, negative: complaints): capaian typed `89,09` = 98/110, the POSITIVE formula (negative gives 110,91)' % r)
            if i == 'K16':
                traps.append('row %d (K16): realisasi `61.8 %%` with a decimal POINT (key 61.8)' % r)
            r += 1
        put(ws, r0, 2, SAS[s], align=WRAP); merge(ws, r0, 2, r - 1, 2)
    top1 = r - 1
    text(ws, r + 1, 2, 'Jumlah Anggaran Tahun 2023 : Rp. 1.985.400.000,-')
    text(ws, r + 2, 2, 'Jumlah Realisasi Anggaran Tahun 2023 : Rp. 1.902.117.650,-')
    end = signature(ws, r + 4, 4, 'Palindra, 12 Januari 2024', ['Kepala UPTD Pengelolaan Parkir'], *KEPALA2)
    # ---- 2022 table pasted below
    r = end + 5
    t22 = r
    text(ws, r, 1, 'PENGUKURAN KINERJA TAHUN 2022', bold=True, merge_to=(r, 8), align=Alignment(horizontal='center'))
    text(ws, r + 1, 1, 'UPTD PENGELOLAAN PARKIR KOTA PALINDRA', bold=True, merge_to=(r + 1, 8), align=Alignment(horizontal='center'))
    h = r + 3
    hdr(ws, h, 1, 'No', h + 1, 1); hdr(ws, h, 2, 'Sasaran', h + 1, 2); hdr(ws, h, 3, 'Indikator Kinerja', h + 1, 3)
    hdr(ws, h, 4, 'Satuan', h + 1, 4); hdr(ws, h, 5, 'Tahun 2022', h, 6); hdr(ws, h + 1, 5, 'Target'); hdr(ws, h + 1, 6, 'Realisasi')
    hdr(ws, h, 7, 'Capaian (%)', h + 1, 7); hdr(ws, h, 8, 'Keterangan', h + 1, 8)
    r = h + 2
    bot0 = r
    no = 0
    for s in (1, 2, 3):
        ids = [i for i in ordered(D22) if SAS_OF[i] == s]
        r0 = r
        for i in ids:
            no += 1
            name, sat, ts, rs = D22[i]
            put(ws, r, 1, '%d.' % no); put(ws, r, 3, name, align=WRAP); put(ws, r, 4, sat)
            tk = put(ws, r, 5, ts); rk = put(ws, r, 6, rs)
            ket = None
            if i == 'K16':
                cap = T('-'); ket = 'kajian potensi belum selesai'
            elif i == 'K20':
                cap = N(100)
            elif i == 'K14':
                cap = N(102.78)
            elif i == 'K09':
                cap = F('=ROUND(F%d/E%d*100,2)' % (r, r))
                traps.append('row %d (K09 2022, negative: leakage): capaian uses the POSITIVE formula F/E = 110 (negative formula gives 90)' % r)
            elif i == 'K12':
                cap = F('=ROUND(F%d/E%d*100,2)' % (r - 1, r - 1))
                traps.append('row %d (K12 2022): capaian formula points at the row above (K11: 107,5)' % r)
            elif i in NEG:
                cap = F('=ROUND((2*E%d-F%d)/E%d*100,2)' % (r, r, r))
            else:
                cap = F('=ROUND(F%d/E%d*100,2)' % (r, r))
            put(ws, r, 7, cap); put(ws, r, 8, ket)
            b.key(ws, r, 3, 2022, i, ('value', ['E%d' % r], tk), ('value', ['F%d' % r], rk))
            r += 1
        put(ws, r0, 2, SAS[s], align=WRAP); merge(ws, r0, 2, r - 1, 2)
    bot1 = r - 1
    text(ws, r + 1, 2, 'Jumlah Anggaran Tahun 2022 : Rp. 1.742.000.000,-')
    text(ws, r + 2, 2, 'Jumlah Realisasi Anggaran Tahun 2022 : Rp. 1.655.330.400,-')
    signature(ws, r + 4, 5, 'Palindra, 16 Januari 2023', ['Kepala UPTD Pengelolaan Parkir'], *KEPALA)
    # budget sheet and hidden draft
    wa = b.ws('Anggaran')
    text(wa, 1, 1, 'REALISASI ANGGARAN UPTD PENGELOLAAN PARKIR 2022-2023', bold=True)
    for c, s_ in enumerate(['Tahun', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'], 1):
        hdr(wa, 3, c, s_)
    for k, (y, nm, p, q) in enumerate([(2022, 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)', 1742000000, 1655330400),
                                       (2022, 'Kegiatan Pengelolaan Parkir Tepi Jalan Umum', 1120000000, 1071250400),
                                       (2023, 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)', 1985400000, 1902117650),
                                       (2023, 'Kegiatan Pengelolaan Parkir Tepi Jalan Umum', 1310000000, 1262004150)], 4):
        put(wa, k, 1, y); put(wa, k, 2, nm); put(wa, k, 3, N(p, RP)); put(wa, k, 4, N(q, RP)); put(wa, k, 5, F('=ROUND(D%d/C%d*100,2)' % (k, k)))
    widths(wa, dict(A=8, B=62, C=18, D=18, E=9))
    wd = b.ws('Sheet1 (2)', hidden=True)
    text(wd, 1, 1, 'DRAFT PK 2023 (jangan dipakai)', bold=True)
    for c, s_ in enumerate(['No', 'Indikator Kinerja', 'Target', 'Realisasi'], 1):
        hdr(wd, 3, c, s_)
    for k, i in enumerate(ordered(D23), 4):
        name, ts, tk_, rs, rk_, cap = D23[i]
        put(wd, k, 1, k - 3); put(wd, k, 2, name); put(wd, k, 3, ts); put(wd, k, 4, None)
    b.d('Sheet `PK 2023 & 2022` holds TWO WHOLE TABLES of different years (both keyed):')
    b.d('- 2023 (top): title rows 1-3 (`TAHUN 2023`), ONE header row 5 `No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | Capaian (%%)`, data rows %d-%d, Sasaran merged per group. '
        'Every target and realisasi is TEXT with its unit in the cell (`Rp. 5.200.000.000,-`, `440 titik`, `88,2 %%`, `60.000 transaksi`); capaian typed as text with a decimal comma. '
        'Budget lines and signature (Palindra, 12 Januari 2024) below.' % (top0, top1))
    b.d('- 2022 (bottom, pasted from another file): title rows %d-%d (`PENGUKURAN KINERJA TAHUN 2022`), TWO header rows %d-%d `No | Sasaran | Indikator Kinerja | Satuan | Tahun 2022 (Target, Realisasi) | Capaian (%%) | Keterangan`, '
        'data rows %d-%d with numbers (Rp with thousands format), No written `1.`, `2.` ...; capaian formulas; budget lines and signature (16 Januari 2023) below.' % (t22, t22 + 1, h, h + 1, bot0, bot1))
    b.d('Traps: ' + '; '.join(traps) + '; K20 grades `BB`/`B` (2023) and `B`/`B` (2022) -> null; K14 2022 target `>= 90` (key 90); K16 2022 realisasi `-` (key null, Ket `kajian potensi belum selesai`); '
        'K07 2022 %%-formatted fractions (key 10 / 8.2); K15 2023 values are text without unit (`78`, `80,15`).')
    b.d('Sheet `Anggaran`: budgets (not keyed). Sheet `Sheet1 (2)` is HIDDEN: a 2023 draft with targets only (not keyed).')
    b.save()


# ------------------------------------------------------------------ 2024 transposed table
D24 = {  # id: (name, satuan, target, quarters, realisasi rule)
    'K01': ('Pendapatan Retribusi Parkir TJU', 'Rp', 5600000000, [1310400000, 1402880000, 1455300000, 1533535000]),
    'K02': ('Pendapatan Retribusi Parkir TKP', 'Rp', 1400000000, [340000000, 362500000, 370000000, 382500000]),
    'K09': ('Tingkat Kebocoran Retribusi Parkir (%)', '%', 20, [21.0, 19.8, 19.0, 18.4]),
    'K16': ('Rasio realisasi thd potensi retribusi parkir (%)', '%', 65, [16.2, 33.0, 49.8, 66.0]),
    'K18': ('Persentase setoran retribusi jukir tepat waktu', '%', 90, [90.5, 91.8, 92.2, 92.7]),
    'K03': ('Jml titik parkir tepi jalan umum', 'titik', 460, [452, 458, 462, 466]),
    'K04': ('Jumlah titik parkir TJU baru', 'titik', 15, ['-', 6, 4, 4]),
    'K17': ('Jumlah gedung & pelataran parkir yang dikelola', 'lokasi', 8, [7, 7, 8, 8]),
    'K21': ('Jumlah mesin parkir elektronik (TPE) yang beroperasi', 'unit', 40, [12, 20, 30, 36]),
    'K05': ('Jumlah juru parkir (jukir) yang terdaftar', 'orang', 700, [705, 709, 712, 715]),
    'K06': ('Prosentase juru parkir beratribut lengkap', '%', 90, [88.5, 89.9, 90.4, 91.0]),
    'K07': ('Persentase Titik Parkir Non Tunai', '%', 30, [24.0, 27.5, 29.8, 31.4]),
    'K08': ('Jumlah transaksi parkir non tunai (transaksi)', 'transaksi', 120000, [28112, 31950, 35404, 39340]),
    'K10': ('Jumlah pelanggaran parkir yg ditindak', 'kendaraan', 1700, [402, 431, 447, 408]),
    'K11': ('Jumlah kendaraan yang digembok', 'kendaraan', 700, [160, 175, 181, 172]),
    'K12': ('Jumlah kendaraan yang diderek', 'kendaraan', 340, [80, 90, 95, 87]),
    'K13': ('Jumlah pengaduan masyarakat terkait parkir', 'aduan', 100, [25, 22, 21, 19]),
    'K14': ('Persentase pengaduan yg ditindaklanjuti', '%', 100, [100, 100, 100, 100]),
    'K15': ('Indeks Kepuasan Masyarakat terhadap layanan parkir', 'nilai', 80, ['-', 80.9, '-', 81.6]),
    'K19': ('Jumlah sosialisasi tertib parkir (kali)', 'kali', 12, [3, 3, 3, 3]),
    'K20': ('Nilai SAKIP', 'nilai', 70, ['-', '-', '-', 68.4]),
    'K22': ('Jumlah laporan kinerja & keuangan (dokumen)', 'dokumen', 16, [4, 4, 4, 4]),
}


def f2024():
    year = 2024
    b = Book(SLUG, 'Rekap IKU UPTD Parkir 2024.xlsx')
    ws = b.ws('Rekap IKU 2024')
    traps = []
    text(ws, 1, 1, 'REKAPITULASI CAPAIAN INDIKATOR KINERJA UTAMA (IKU)', bold=True)
    text(ws, 2, 1, 'UPTD PENGELOLAAN PARKIR DINAS PERHUBUNGAN KOTA PALINDRA TAHUN 2024', bold=True)
    labels = {4: 'Sasaran', 5: 'Indikator Kinerja', 6: 'Satuan', 7: 'Polaritas', 8: 'Target 2024', 9: 'Realisasi TW I',
              10: 'Realisasi TW II', 11: 'Realisasi TW III', 12: 'Realisasi TW IV', 13: 'Realisasi 2024', 14: 'Capaian (%)',
              15: 'Kategori'}
    for rr, s in labels.items():
        put(ws, rr, 1, s, bold=True, align=WRAP)
    ws.column_dimensions['A'].width = 18
    cols = []
    for i in ordered(D24):
        cols.append(i)
        if i == 'K05':
            cols.append('DUP')
    c = 2
    sas_cols = {}
    colof = {}
    for i in cols:
        dup = i == 'DUP'
        ii = 'K05' if dup else i
        name, sat, tgt, qs = D24[ii]
        cl = L(c)
        colof[i] = c
        ws.column_dimensions[cl].width = 15
        sas_cols.setdefault(SAS_OF[ii], []).append(c)
        put(ws, 5, c, name, align=CENTER, bold=True)
        put(ws, 6, c, sat, align=CENTER)
        put(ws, 7, c, 'Negatif' if ii in NEG else 'Positif', align=CENTER)
        pct = ii == 'K06'
        fmt = RP if tgt >= 1000 else None
        ts = N(120) if ii == 'K19' else (P(tgt, '0%') if pct else N(tgt, fmt))
        if ii == 'K19':
            traps.append('%s8 (K19): target typed 120 (10x 12; quarters 3/3/3/3); key 120 as typed, capaian 10' % cl)
        tk = put(ws, 8, c, ts)
        keys, cells = [], []
        for q in range(4):
            x = qs[q]
            sp = T(x) if isinstance(x, str) else (P(x, '0.0%') if pct else N(x, RP if x >= 1000 else None))
            keys.append(put(ws, 9 + q, c, sp)); cells.append('%s%d' % (cl, 9 + q))
        if ii in FLOWS:
            v = agg('sum', cells, keys)[2]
            rk = put(ws, 13, c, F('=SUM(%s9:%s12)' % (cl, cl), v, fmt))
        elif ii == 'K18':
            rk = put(ws, 13, c, N(92.7))
        else:
            rk = put(ws, 13, c, F('=%s12' % cl, keys[-1], '0.0%' if pct else None))
        if ii in NEG:
            cap = F('=ROUND((2*%s8-%s13)/%s8*100,2)' % (cl, cl, cl))
        else:
            cap = F('=ROUND(%s13/%s8*100,2)' % (cl, cl))
        put(ws, 14, c, cap)
        put(ws, 15, c, F('=IF(%s14>=91,"Sangat Tinggi",IF(%s14>=76,"Tinggi",IF(%s14>=66,"Sedang",IF(%s14>=51,"Rendah","Sangat Rendah"))))' % ((cl,) * 4)), align=CENTER)
        if dup:
            traps.append('column %s: duplicate of column %s (K05), same figures; second copy not keyed' % (cl, L(c - 1)))
        else:
            b.key(ws, 5, c, year, ii, ('value', ['%s8' % cl], tk), ('value', ['%s13' % cl], rk), use_col=True)
        c += 1
    lastc = c - 1
    # K09 capaian points at the neighbouring column
    k9 = L(colof['K09']); nb = L(colof['K09'] + 1)
    ws['%s14' % k9] = '=ROUND((2*%s8-%s13)/%s8*100,2)' % (nb, nb, nb)
    traps.append('%s14 (K09, negative): capaian formula points at the neighbouring column %s (K16) and shows 98,46' % (k9, nb))
    for s, cs in sas_cols.items():
        put(ws, 4, cs[0], SAS[s], align=CENTER, bold=True); merge(ws, 4, cs[0], 4, cs[-1])
    ws.row_dimensions[5].height = 75
    ws.freeze_panes = 'B6'
    signature(ws, 17, lastc - 3, 'Palindra, 15 Januari 2025', ['Kepala UPTD Pengelolaan Parkir'], *KEPALA2)
    wc = b.ws('Catatan')
    for k, s in enumerate(['CATATAN',
                           '1. Tabel disusun melintang: satu kolom per indikator (untuk dicetak A3 landscape).',
                           '2. Realisasi 2024 = jumlah TW I-IV untuk indikator pendapatan/jumlah kegiatan; nilai TW IV untuk persentase, indeks dan jumlah titik/jukir.',
                           '3. IKM diukur semester (TW II dan TW IV). Nilai SAKIP 2024 berupa skor LHE (68,4).',
                           '4. Mesin parkir elektronik (TPE) mulai dipasang Maret 2024.'], 1):
        text(wc, k, 1, s)
    b.d('Sheet `Rekap IKU 2024`: the table TURNED OVER, one COLUMN per indicator (B..%s). Title rows 1-2. Row labels in column A: 4 Sasaran (merged across its indicators\' columns), '
        '5 Indikator Kinerja (the names: key row 5, each key row with its `col`), 6 Satuan, 7 Polaritas (Positif/Negatif), 8 Target 2024, 9-12 Realisasi TW I..IV, '
        '13 Realisasi 2024 (=SUM of rows 9-12 for flows, =row 12 for levels), 14 Capaian (%%), 15 Kategori. Key: target row 8, realisasi row 13. Panes frozen at B6. Signature below (row 17).' % L(lastc))
    b.d('Traps: ' + '; '.join(traps) + '; K18 realisasi 2024 typed 92,7 (no formula); K06 values %%-formatted fractions (key 90 / 91); K15 (IKM) only TW II and TW IV; '
        'K20 is a numeric LHE score (70 / 68,4) this year, grades in the other years; K04 TW I `-`.')
    b.d('Sheet `Catatan`: notes (not keyed).')
    b.save()


# ------------------------------------------------------------------ 2025 side by side with 2024, TW I-III reported
D25 = {  # id: (name, satuan, target spec, quarters TW I-III, (target 2024, realisasi 2024) as printed)
    'K01': ('Pendapatan retribusi parkir tepi jalan umum (Rp)', 'Rp', N(6000000000, RP), [1402500000, 1488750000, 1520300000], (5600000000, 5702150000)),
    'K02': ('Pendapatan retribusi tempat khusus parkir (Rp)', 'Rp', N(1500000000, RP), [365200000, 378900000, T('Rp 402.500.000', 402500000)], (1400000000, 1455000000)),
    'K09': ('Tingkat kebocoran pendapatan retribusi parkir', '%', N(18), [18.1, 17.6, 17.2], (20, 18.4)),
    'K16b': ('Persentase capaian target PAD retribusi parkir', '%', N(100), [23.5, 48.1, 73.8], ('-', '-')),
    'K03': ('Jumlah titik parkir tepi jalan umum (titik)', 'titik', N(480), [468, 472, 475], (460, 466)),
    'K04': ('Jumlah penambahan titik parkir baru', 'titik', N(15), ['-', 3, 5], (15, 14)),
    'K17': ('Jumlah TKP (gedung/pelataran) yang dikelola', 'lokasi', N(8), [8, 8, 8], (8, 8)),
    'K21': ('Jumlah Terminal Parkir Elektronik yang beroperasi', 'unit', N(60), [38, 45, 52], (40, 36)),
    'K05': ('Jumlah juru parkir terdaftar (orang)', 'orang', N(720), [716, 719, 722], (700, 715)),
    'K06': ('Persentase juru parkir yang menggunakan atribut lengkap (rompi & KTA)', '%', N(92), [T('91,2 %', 91.2), T('91,8 %', 91.8), T('92,3 %', 92.3)], (90, 91)),
    'K07': ('Persentase titik parkir yg menerapkan e-parking', '%', P(40, '0%'), [P(33.0, '0.0%'), P(35.6, '0.0%'), P(38.9, '0.0%')], (30, 31.4)),
    'K08': ('Jumlah transaksi e-parking', 'transaksi', N(180000, RP), [41220, 44875, 47930], (120000, 134806)),
    'K10': ('Jumlah pelanggaran parkir yang ditindak (kendaraan)', 'kendaraan', N(1800, RP), [420, 455, 441], (1700, 1688)),
    'K11': ('Jumlah kendaraan digembok roda', 'kendaraan', N(700), [170, 182, 176], (700, 688)),
    'K12': ('Jumlah kendaraan diderek', 'kendaraan', N(350), [84, 91, 88], (340, 352)),
    'K13': ('Jumlah aduan masyarakat terkait parkir (aduan)', 'aduan', N(90), [20, 18, 17], (100, 87)),
    'K14': ('Persentase aduan masyarakat yang ditindaklanjuti', '%', N(100), [100, 100, 97.5], (100, 100)),
    'K15': ('Nilai IKM pelayanan perparkiran', 'nilai', N(82), ['-', 82.4, '-'], (80, 81.6)),
    'K19': ('Frekuensi sosialisasi tertib parkir', 'kali', N(12), [3, 3, 4], (12, 12)),
    'K20': ('Nilai SAKIP UPTD', 'predikat', T('BB'), ['-', '-', '-'], (70, 68.4)),
    'K22': ('Jumlah laporan kinerja dan keuangan UPTD', 'dokumen', N(160), [4, 4, 4], (16, 16)),
}


def ev2025(b, ws, nq):
    year = 2025
    traps = []
    for k, s in enumerate(['EVALUASI RENCANA AKSI KINERJA TRIWULAN %s TAHUN 2025' % ('III' if nq == 3 else 'II'),
                           'UPTD PENGELOLAAN PARKIR', 'DINAS PERHUBUNGAN KOTA PALINDRA']):
        text(ws, k + 1, 1, s, bold=True, merge_to=(k + 1, 12), align=Alignment(horizontal='center'))
    hdr(ws, 5, 1, 'No', 6, 1); hdr(ws, 5, 2, 'Indikator Kinerja', 6, 2); hdr(ws, 5, 3, 'Satuan', 6, 3)
    hdr(ws, 5, 4, 'Tahun 2024', 5, 5); hdr(ws, 6, 4, 'Target'); hdr(ws, 6, 5, 'Realisasi')
    hdr(ws, 5, 6, 'Target 2025', 6, 6); hdr(ws, 5, 7, 'Realisasi 2025', 5, 10)
    for q, s in enumerate(['TW I', 'TW II', 'TW III', 'TW IV']):
        hdr(ws, 6, 7 + q, s)
    hdr(ws, 5, 11, 'Capaian s.d. TW %s (%%)' % ('III' if nq == 3 else 'II'), 6, 11); hdr(ws, 5, 12, 'Keterangan', 6, 12)
    widths(ws, dict(A=5, B=50, C=10, D=15, E=15, F=15, G=14, H=14, I=14, J=10, K=12, L=28))
    r = 7
    no = 0
    for s, rom in ((1, 'I'), (2, 'II'), (3, 'III')):
        put(ws, r, 1, rom, bold=True); put(ws, r, 2, 'SASARAN : ' + SAS[s], bold=True); merge(ws, r, 2, r, 12)
        r += 1
        seq = [i for i in ordered(D25) if SAS_OF[i] == s]
        if 'K11' in seq:
            seq.insert(seq.index('K11') + 1, 'DUP')
        for i in seq:
            dup = i == 'DUP'
            ii = 'K11' if dup else i
            if not dup:
                no += 1
            name, sat, ts, qs, (t24, r24) = D25[ii]
            put(ws, r, 1, no); put(ws, r, 2, name, align=WRAP); put(ws, r, 3, sat)
            for cc, v in ((4, t24), (5, r24)):
                put(ws, r, cc, T(v) if isinstance(v, str) else N(v, RP if v >= 1000 else None))
            tk = put(ws, r, 6, ts)
            keys, cells = [], []
            for q in range(4):
                x = qs[q] if q < nq else None
                sp = x if isinstance(x, V) else (T(x) if isinstance(x, str) else (N(x, RP if x >= 1000 else None) if x is not None else None))
                keys.append(put(ws, r, 7 + q, sp)); cells.append('%s%d' % (L(7 + q), r))
            lastq = L(6 + nq)
            if ii == 'K20':
                cap = T('-')
            elif ii == 'K15':
                cap = F('=ROUND(H%d/F%d*100,2)' % (r, r))
            elif ii == 'K06':
                cap = N(100.33 if nq == 3 else 99.78)
            elif ii in FLOWS:
                cap = F('=ROUND(SUM(G%d:J%d)/F%d*100,2)' % (r, r, r))
            elif ii in NEG:
                cap = F('=ROUND((2*F%d-%s%d)/F%d*100,2)' % (r, lastq, r, r))
            else:
                cap = F('=ROUND(%s%d/F%d*100,2)' % (lastq, r, r))
            put(ws, r, 11, cap)
            put(ws, r, 12, {'K16b': 'indikator baru (pengganti rasio potensi)', 'K15': 'survei semester I',
                            'K20': 'menunggu LHE Inspektorat', 'K21': 'TPE'}.get(ii))
            rule = 'sum' if ii in FLOWS else 'last'
            if dup and nq == 3:
                traps.append('row %d: duplicate of row %d (K11); second copy not keyed' % (r, r - 1))
            if ii == 'K22' and not dup and nq == 3:
                traps.append('row %d (K22): target typed 160 (10x 16; the 2024 columns say 16); key 160 as typed' % r)
            if ii == 'K02' and nq == 3:
                traps.append('row %d (K02): TW III realisasi typed as text `Rp 402.500.000` (counted in the key: 1.146.600.000); the capaian formula SUM ignores it (49,61 instead of 76,44)' % r)
            if not dup and nq == 3:
                b.key(ws, r, 2, year, ii, ('value', ['F%d' % r], tk), agg(rule, cells, keys))
            r += 1
    return r - 1, traps


def f2025():
    b = Book(SLUG, 'Evaluasi RA TW III UPTD Parkir 2025.xls')
    ws = b.ws('Evaluasi TW III 2025')
    last, traps = ev2025(b, ws, 3)
    signature(ws, last + 2, 9, 'Palindra, 8 Oktober 2025', ['Kepala UPTD Pengelolaan Parkir'], *KEPALA2)
    keys = list(b.keys)
    w2 = b.ws('Evaluasi TW II 2025', hidden=True)
    ev2025(b, w2, 2)
    b.keys = keys
    b.d('Sheet `Evaluasi TW III 2025`: TWO YEARS SIDE BY SIDE plus quarters. Title rows 1-3 (`... TRIWULAN III TAHUN 2025`). Two header rows 5-6: '
        '`No | Indikator Kinerja | Satuan | Tahun 2024 (Target, Realisasi) | Target 2025 | Realisasi 2025 (TW I, TW II, TW III, TW IV) | Capaian s.d. TW III (%%) | Keterangan`. '
        'Data rows 7-%d; each sasaran is a group row (`I` in A, `SASARAN : ...` merged B:L, not keyed). Only 2025 is keyed (the 2024 columns are reference: K01 2024 realisasi printed 5.702.150.000 against 5.702.115.000 in the 2024 workbook). '
        'TW IV is EMPTY and there is no annual realisasi column: key realisasi = sum of TW I-III for flows (K01, K02, K04, K08, K10, K11, K12, K13, K19, K22), '
        'the last reported quarter for levels (TW III; K15 IKM only at TW II -> 82.4). Target = column F.' % last)
    b.d('Traps: ' + '; '.join(traps) + '; K06 quarter realisasi typed as text `91,2 %%` .. `92,3 %%` (key 92.3); K07 %%-formatted fractions (key 40 / 38.9); '
        'K20 target grade `BB`, no realisasi -> null/null; K16b `Persentase capaian target PAD retribusi parkir` is new (Ket: `indikator baru (pengganti rasio potensi)`), ambiguous with K16; '
        'K09 and K13 negative.')
    b.d('Sheet `Evaluasi TW II 2025` is HIDDEN: the previous quarter\'s evaluation (TW I-II only). Not keyed.')
    b.save()


if __name__ == '__main__':
    f2223(); f2024(); f2025()
