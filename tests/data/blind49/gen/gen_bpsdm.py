"""Agency 2: BPSDM Provinsi Bentang Sagara, 2021-2024."""
from common import *

SLUG = 'bpsdm_prov_bentang_sagara'
KEPALA = ('Dr. Hendrawan Saputra Lubis, S.STP., M.Si', 'Pembina Utama Muda (IV/c)', 'NIP. 19760815 199511 1 001')
KEPALA2 = ('Ir. Maria Goreti Nainggolan, M.M.', 'Pembina Utama Muda (IV/c)', 'NIP. 19700304 199603 2 002')
BAPPEDA = ('Drs. Ahmad Fauzan Siregar, M.Si', 'Pembina Utama Madya (IV/d)', 'NIP. 19680921 199203 1 006')
FLOWS = {'B02', 'B03', 'B04', 'B06', 'B07', 'B14', 'B16', 'B17', 'B20', 'B21'}
NEG = {'B22', 'B23'}
SAS = {1: 'Meningkatnya kompetensi dan profesionalitas ASN Pemerintah Provinsi Bentang Sagara',
       2: 'Meningkatnya kualitas penyelenggaraan pengembangan kompetensi',
       3: 'Meningkatnya akuntabilitas kinerja dan keuangan BPSDM'}

# ------------------------------------------------------------------ 2021 E.81
E81 = [  # (sasaran, level, name of programme/kegiatan, [indicator ids])
    (1, 'P', 'Program Pengembangan Sumber Daya Manusia', ['B01', 'B08', 'B09']),
    (1, 'K', 'Pengembangan Kompetensi Teknis', ['B06', 'B07', 'B10']),
    (1, 'K', 'Pengembangan Kompetensi Manajerial (Kepemimpinan)', ['B02', 'B03']),
    (1, 'K', 'Penyelenggaraan Pelatihan Dasar CPNS', ['B04', 'B05', 'B22']),
    (1, 'K', 'Penilaian dan Sertifikasi Kompetensi ASN', ['B14', 'B15', 'B11']),
    (1, 'K', 'Penjaminan Mutu dan Kerja Sama Pengembangan Kompetensi', ['B12', 'B17', 'B13']),
    (3, 'P', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', ['B18', 'B19']),
    (3, 'K', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', ['B20']),
]
BUDGET = {  # name: (Renstra Rp, realisasi s.d. 2020, pagu 2021, quarters)
    'Pengembangan Kompetensi Teknis': (21500000000, 8120500000, 4350000000, [612000000, 1105400000, 1290750000, 1198300000]),
    'Pengembangan Kompetensi Manajerial (Kepemimpinan)': (17200000000, 6980000000, 3620000000, [85000000, 1240600000, 1310500000, 905250000]),
    'Penyelenggaraan Pelatihan Dasar CPNS': (14800000000, 5475000000, 2980000000, [0, 120500000, 1450800000, 1310400000]),
    'Penilaian dan Sertifikasi Kompetensi ASN': (6400000000, 2105000000, 1250000000, [180250000, 310400000, 402600000, 298150000]),
    'Penjaminan Mutu dan Kerja Sama Pengembangan Kompetensi': (3900000000, 1311000000, 820000000, [95500000, 201300000, 240800000, 236450000]),
    'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah': (2250000000, 880000000, 455000000, [98000000, 112500000, 118400000, 117300000]),
}
D21 = {  # id: (name, satuan, renstra 2023, real s.d. 2020, target 2021, quarters K)
    'B01': ('Persentase ASN yang memperoleh pengembangan kompetensi minimal 20 JP', '%', 90, 58.5, 60, [22.4, 38.6, 52.1, 64.8]),
    'B08': ('Indeks Profesionalitas ASN', 'indeks', 75, 61.2, 62, ['-', '-', '-', 63.4]),
    'B09': ('Rata-rata jam pelajaran pengembangan kompetensi per ASN', 'JP', 30, 18.2, 20, [5.2, 11.4, 17.0, 22.5]),
    'B06': ('Jumlah peserta pelatihan teknis', 'orang', 8500, 2950, 1500, [210, 450, 520, 442]),
    'B07': ('Jumlah peserta pelatihan fungsional', 'orang', 1600, 520, 300, [40, 86, 92, 66]),
    'B10': ('Persentase alumni pelatihan yang menerapkan hasil pelatihan', '%', 80, 68, 70, ['-', 70.5, '-', 72]),
    'B02': ('Jumlah peserta Pelatihan Kepemimpinan Administrator (PKA)', 'orang', 700, 230, 120, ['-', 40, 40, 38]),
    'B03': ('Jumlah peserta Pelatihan Kepemimpinan Pengawas (PKP)', 'orang', 1300, 480, 240, ['-', 80, 80, 76]),
    'B04': ('Jumlah peserta Pelatihan Dasar CPNS', 'orang', 3000, 1150, 600, ['-', '-', 300, 287]),
    'B05': ('Persentase peserta Pelatihan Dasar CPNS yang lulus', '%', 98, 97.8, 98, ['-', '-', 98.7, 99.1]),
    'B22': ('Persentase peserta pelatihan yang tidak lulus', '%', 1, 2.2, 2, ['-', '-', 1.3, 1.4]),
    'B14': ('Jumlah ASN yang mengikuti uji kompetensi', 'orang', 2500, 690, 400, [60, 120, 140, 100]),
    'B15': ('Persentase pejabat yang telah diukur kompetensinya', '%', 100, 41.5, 50, [43.0, 47.1, 51.9, 55.2]),
    'B11': ('Jumlah widyaiswara yang bersertifikat kompetensi', 'orang', 30, 15, 18, [15, 16, 18, 18]),
    'B12': ('Jumlah program pelatihan yang terakreditasi', 'program', 12, 4, 6, [4, 5, 5, 6]),
    'B17': ('Jumlah kerja sama pengembangan kompetensi', 'dokumen', 15, 5, 3, ['-', '-', 2, 2]),
    'B13': ('Indeks Kepuasan Masyarakat (IKM) terhadap layanan BPSDM', 'indeks', 85, 79.6, 80, ['-', 81.5, '-', 82.3]),
    'B18': ('Nilai SAKIP BPSDM', 'predikat', 'A', 'BB', 'BB', ['-', '-', '-', 'BB']),
    'B19': ('Persentase serapan anggaran', '%', 95, 93.4, 95, [14.2, 38.5, 61.0, 92.7]),
    'B20': ('Jumlah dokumen perencanaan dan pelaporan kinerja', 'dokumen', 35, 14, 7, [2, 1, 1, 3]),
}
UNIT = {1: 'Bidang Pengembangan Kompetensi Teknis', 2: 'Bidang Kepemimpinan', 3: 'Bidang Sertifikasi dan Penjaminan Mutu',
        4: 'Sekretariat'}
UNIT_OF = {'B01': 4, 'B08': 4, 'B09': 4, 'B06': 1, 'B07': 1, 'B10': 1, 'B02': 2, 'B03': 2, 'B04': 2, 'B05': 2,
           'B22': 2, 'B14': 3, 'B15': 3, 'B11': 3, 'B12': 3, 'B17': 3, 'B13': 4, 'B18': 4, 'B19': 4, 'B20': 4}
PCT_FMT = {'B01', 'B15'}


def kspec(i, x, dec='0.0%'):
    if isinstance(x, str):
        return T(x)
    if i in PCT_FMT:
        return P(x, dec)
    return N(x, RP if x >= 1000 else None)


def e81_sheet(b, ws, quarter):
    year = 2021
    traps = []
    text(ws, 1, 1, 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI BENTANG SAGARA', bold=True)
    text(ws, 2, 1, 'RENJA BADAN PENGEMBANGAN SUMBER DAYA MANUSIA (BPSDM) PROVINSI BENTANG SAGARA', bold=True)
    text(ws, 3, 1, 'PERIODE PELAKSANAAN : TRIWULAN %s TAHUN 2021' % ('IV' if quarter == 4 else 'III'), bold=True)
    text(ws, 4, 1, 'Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD : Meningkatnya kualitas dan profesionalitas aparatur')
    H = 6
    hdr(ws, H, 1, 'No', H + 2, 1); hdr(ws, H, 2, 'Sasaran', H + 2, 2); hdr(ws, H, 3, 'Program / Kegiatan', H + 2, 3)
    hdr(ws, H, 4, 'Indikator Kinerja Program (outcome) / Kegiatan (output)', H + 2, 4); hdr(ws, H, 5, 'Satuan', H + 2, 5)
    pairs = [(6, 'Target Kinerja dan Anggaran Renstra PD Tahun 2023 (Akhir Periode Renstra PD)'),
             (8, 'Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja PD Tahun Lalu (2020)'),
             (10, 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi')]
    for c, s in pairs:
        hdr(ws, H, c, s, H + 1, c + 1)
    hdr(ws, H, 12, 'Realisasi Kinerja Pada Triwulan', H, 19)
    for k, s in enumerate(['I', 'II', 'III', 'IV']):
        hdr(ws, H + 1, 12 + 2 * k, s, H + 1, 13 + 2 * k)
    hdr(ws, H, 20, 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi', H + 1, 21)
    hdr(ws, H, 22, 'Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2021', H + 1, 23)
    hdr(ws, H, 24, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2021 (%)', H + 1, 25)
    hdr(ws, H, 26, 'Unit PD Penanggung Jawab', H + 2, 26); hdr(ws, H, 27, 'Ket.', H + 2, 27)
    for c in range(6, 26, 2):
        hdr(ws, H + 2, c, 'K'); hdr(ws, H + 2, c + 1, 'Rp')
    numrow = H + 3
    for c, s in [(1, '1'), (2, '2'), (3, '3'), (4, '4'), (6, '5'), (8, '6'), (10, '7'), (12, '8'), (14, '9'), (16, '10'),
                 (18, '11'), (20, '12 = 8+9+10+11'), (22, '13 = 6 + 12'), (24, '14 = 13/5 x 100'), (26, '15'), (27, '16')]:
        if c in (1, 2, 3, 4, 26, 27):
            hdr(ws, numrow, c, s)
        else:
            hdr(ws, numrow, c, s, numrow, c + 1)
    hdr(ws, numrow, 5, '')
    widths(ws, dict(A=5, B=24, C=30, D=40, E=9, Z=22, AA=10))
    for c in range(6, 26):
        ws.column_dimensions[L(c)].width = 13 if c % 2 == 1 else 9
    r = numrow + 1
    first_data = r
    no = 0
    prog_rows = {}
    sas_start = {}
    cap_cells = []
    for s, lvl, pname, ids in E81:
        sas_start.setdefault(s, r)
        r0 = r
        no += 1
        for i in ids:
            name, sat, ren, prev, tgt, qs = D21[i]
            flow = i in FLOWS
            put(ws, r, 4, name, align=WRAP); put(ws, r, 5, sat, align=CENTER)
            put(ws, r, 6, kspec(i, ren)); put(ws, r, 8, kspec(i, prev))
            tspec = kspec(i, tgt)
            if i == 'B09':
                tspec = N(200)
                traps.append('row %d (B09): Renja target typed 200 (10x; Renstra 30, last year 18,2); key 200 as typed' % r)
            tk = put(ws, r, 10, tspec)
            cells, keys = [], []
            for q in range(4):
                x = qs[q] if q < quarter else None
                cells.append('%s%d' % (L(12 + 2 * q), r))
                keys.append(put(ws, r, 12 + 2 * q, kspec(i, x) if x is not None else None))
            rq = [k for k in keys if k is not None]
            qcols = ['%s%d' % (L(12 + 2 * q), r) for q in range(quarter)]
            if i == 'B18':
                rk = put(ws, r, 20, T('BB')); put(ws, r, 22, T('BB')); put(ws, r, 24, T('-'))
            elif i == 'B11':
                rk = put(ws, r, 20, T('18 orang', 18)); put(ws, r, 22, N(18)); put(ws, r, 24, F('=ROUND(V%d/F%d*100,2)' % (r, r)))
                traps.append('row %d (B11): column 12 typed over as text `18 orang` (key 18); column 13 typed 18' % r)
            elif i == 'B19':
                rk = put(ws, r, 20, T('92,7 %', 92.7) if quarter == 4 else T('61,0 %', 61.0)); put(ws, r, 22, F('=ROUND(%s,2)' % ('92.7' if quarter == 4 else '61'), None))
                put(ws, r, 24, F('=ROUND(V%d/F%d*100,2)' % (r, r)))
                if quarter == 4:
                    traps.append('row %d (B19): column 12 typed as text `92,7 %%` (key 92.7); column 13 is a formula holding the constant =ROUND(92.7,2)' % r)
            elif flow:
                v = sum(rq)
                rk = put(ws, r, 20, F('=SUM(%s)' % ','.join(qcols), v, RP if v >= 1000 else None))
                put(ws, r, 22, F('=H%d+T%d' % (r, r), None, RP if v >= 1000 else None))
                put(ws, r, 24, F('=ROUND(V%d/F%d*100,2)' % (r, r)))
            else:
                v = rq[-1] if rq else None
                last = qcols[-1]
                rk = put(ws, r, 20, F('=%s' % last, v, '0.0%' if i in PCT_FMT else None))
                put(ws, r, 22, F('=T%d' % r, None, '0.0%' if i in PCT_FMT else None))
                put(ws, r, 24, F('=ROUND(V%d/F%d*100,2)' % (r, r)))
            cap_cells.append('X%d' % r)
            put(ws, r, 26, UNIT[UNIT_OF[i]], align=WRAP); put(ws, r, 27, None)
            for c in (7, 9, 11, 13, 15, 17, 19, 21, 23, 25):
                put(ws, r, c, None)
            b.key(ws, r, 4, year, i, ('value', ['J%d' % r], tk), ('value', ['T%d' % r], rk))
            r += 1
        # programme / kegiatan name and budget on its first row
        put(ws, r0, 1, no, align=CENTER); merge(ws, r0, 1, r - 1, 1)
        put(ws, r0, 3, (pname if lvl == 'P' else 'Kegiatan : ' + pname), align=WRAP); merge(ws, r0, 3, r - 1, 3)
        if lvl == 'K':
            ren, prev, pagu, qrp = BUDGET[pname]
            put(ws, r0, 7, N(ren, ACC)); put(ws, r0, 9, N(prev, ACC)); put(ws, r0, 11, N(pagu, ACC))
            for q in range(4):
                put(ws, r0, 13 + 2 * q, N(qrp[q], ACC) if q < quarter else None)
            put(ws, r0, 21, F('=SUM(M%d,O%d,Q%d,S%d)' % ((r0,) * 4), fmt=ACC))
            put(ws, r0, 23, F('=I%d+U%d' % (r0, r0), fmt=ACC))
            put(ws, r0, 25, F('=ROUND(W%d/G%d*100,2)' % (r0, r0)))
            prog_rows[cur_prog].append(r0)
        else:
            cur_prog = r0
            prog_rows[r0] = []
    for pr, kr in prog_rows.items():
        for c in (7, 9, 11, 13, 15, 17, 19, 21, 23):
            col = L(c)
            put(ws, pr, c, F('=SUM(%s)' % ','.join('%s%d' % (col, x) for x in kr), fmt=ACC))
        put(ws, pr, 25, F('=ROUND(W%d/G%d*100,2)' % (pr, pr)))
    # sasaran merged
    bounds = sorted(sas_start.items(), key=lambda x: x[1])
    for k, (s, st) in enumerate(bounds):
        en = (bounds[k + 1][1] - 1) if k + 1 < len(bounds) else r - 1
        put(ws, st, 2, SAS[s], align=WRAP); merge(ws, st, 2, en, 2)
    last = r - 1
    text(ws, r, 4, 'Rata-rata capaian kinerja (%)', bold=True); put(ws, r, 24, F('=ROUND(AVERAGE(X%d:X%d),1)' % (first_data, last)))
    text(ws, r + 1, 4, 'Predikat kinerja', bold=True)
    put(ws, r + 1, 24, F('=IF(X%d>90,"Sangat Tinggi",IF(X%d>75,"Tinggi",IF(X%d>65,"Sedang",IF(X%d>50,"Rendah","Sangat Rendah"))))' % ((r,) * 4)))
    text(ws, r + 2, 4, 'Faktor pendorong keberhasilan pencapaian :'); text(ws, r + 2, 6, 'Dukungan pimpinan dan ketersediaan e-learning')
    text(ws, r + 3, 4, 'Faktor penghambat pencapaian kinerja :'); text(ws, r + 3, 6, 'Refocusing anggaran Covid-19; pelatihan klasikal dibatasi')
    text(ws, r + 4, 4, 'Tindak lanjut yang diperlukan dalam triwulan berikutnya :'); text(ws, r + 4, 6, '-')
    text(ws, r + 5, 4, 'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya :'); text(ws, r + 5, 6, 'Perluasan pelatihan klasikal dan blended learning')
    signature(ws, r + 7, 3, 'Disusun', ['Ujung Sagara, 14 Januari 2022', 'Kepala BPSDM Provinsi Bentang Sagara'], *KEPALA)
    signature(ws, r + 7, 20, 'Dievaluasi', ['Ujung Sagara, 21 Januari 2022', 'Kepala Bappeda Provinsi Bentang Sagara'], *BAPPEDA)
    return first_data, last, r, traps


def f2021():
    b = Book(SLUG, 'E81 Evaluasi Renja BPSDM 2021 TW IV.xlsx')
    ws = b.ws('TW IV')
    fd, ld, avg, traps = e81_sheet(b, ws, 4)
    keys4 = list(b.keys)
    w3 = b.ws('TW III', hidden=True)
    e81_sheet(b, w3, 3)
    b.keys = keys4        # hidden sheet not keyed
    b.wb.move_sheet('TW III', offset=-1)
    b.d('Sheet `TW IV`: Permendagri 86 form E.81. Title rows 1-4 (`PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2021` in row 3). Header rows 6-8 '
        '(row 6 group titles; row 7 the quarter numerals I-IV under `Realisasi Kinerja Pada Triwulan`; row 8 `K` / `Rp` under every pair), row 9 numbers the columns '
        '`1 2 3 4 | (Satuan unnumbered) | 5 .. 11 | 12 = 8+9+10+11 | 13 = 6 + 12 | 14 = 13/5 x 100 | 15 | 16`. Columns: A No, B Sasaran (merged), C Program / Kegiatan (merged over its indicator rows), '
        'D Indikator, E Satuan, F/G Renstra 2023 K/Rp, H/I realisasi s.d. 2020, J/K target 2021, L..S quarters K/Rp, T/U column 12, V/W column 13, X/Y column 14, Z unit, AA Ket. '
        'Data rows %d-%d: two programme blocks (`Program Pengembangan Sumber Daya Manusia`, `Program Penunjang Urusan ...`) each followed by its kegiatan; every programme or kegiatan has 1-3 indicator rows; '
        'budget (Rp, accounting format) only on the first row of each programme/kegiatan, programme budgets are SUMs of their kegiatan. '
        'Key: target = J (column 7 K), realisasi = T (column 12 K). T is =SUM of the quarters for flows and =R (TW IV) for levels. '
        'Below the table (rows %d-%d): `Rata-rata capaian kinerja (%%)`, `Predikat kinerja`, faktor pendorong / penghambat / tindak lanjut, then the two signatures `Disusun` (Kepala BPSDM) and `Dievaluasi` (Kepala Bappeda).' % (fd, ld, avg, avg + 5))
    b.d('Traps: ' + '; '.join(traps) + '; B01 and B15 values are %%-formatted fractions (column 12 too: key 64.8 / 55.2); B18 grades (`BB` target, `BB` realisasi, column 12 typed `BB`) -> null/null; '
        'B08 (IP ASN) only measured at TW IV (TW I-III `-`); B13 and B10 measured at TW II and TW IV; B22 is negative (fewer failures better); '
        'flows with `-` in early quarters (B02, B03, B04, B17) are summed by SUM (which ignores the text).')
    b.d('Sheet `TW III` (placed before `TW IV`) is HIDDEN: the same form as reported at triwulan III (TW IV columns empty, column 12 over three quarters). Not keyed.')
    b.save()


# ------------------------------------------------------------------ 2022 cards side by side
D22 = [  # (sasaran, id, name, satuan, target spec, realisasi spec)
    (1, 'B01', 'Persentase ASN yg mengikuti bangkom min. 20 JP per tahun', '%', P(65, '0%'), P(71.2, '0.0%')),
    (1, 'B02', 'Jumlah peserta PKA', 'orang', N(160), N(160)),
    (1, 'B03', 'Jumlah peserta PKP', 'orang', N(280), N(279)),
    (1, 'B04', 'Jumlah peserta Latsar CPNS', 'orang', N(450), T('450 orang', 450)),
    (1, 'B05', 'Persentase kelulusan peserta Latsar CPNS', '%', T('98-100', 98), N(100)),
    (1, 'B22', 'Persentase peserta pelatihan yg tidak lulus', '%', N(2), N(0.8)),
    (1, 'B06', 'Jumlah ASN peserta pelatihan teknis', 'orang', N(1800, RP), N(1954, RP)),
    (1, 'B07', 'Jumlah ASN peserta pelatihan fungsional', 'orang', N(350), N(362)),
    (1, 'B16', 'Jumlah peserta pelatihan berbasis e-learning', 'orang', T('1.000 orang', 1000), N(1340, RP)),
    (1, 'B08', 'Indeks Profesionalitas Aparatur Sipil Negara (IP ASN)', 'indeks', N(64), N(66.1)),
    (1, 'B09', 'Rata - rata JP pengembangan kompetensi per ASN', 'JP', N(20), N(24.1)),
    (1, 'B10', 'Persentase alumni yang menerapkan hasil pelatihan di unit kerja', '%', N(72), N(74.5)),
    (2, 'B11', 'Jumlah Widyaiswara bersertifikat', 'orang', N(20), N(19)),
    (2, 'B12', 'Jumlah program pelatihan terakreditasi LAN', 'program', N(8), N(8)),
    (2, 'B13', 'Nilai IKM layanan BPSDM', 'indeks', N(81), N(83.9)),
    (2, 'B14', 'Jumlah ASN yang mengikuti uji kompetensi/assessment', 'orang', N(500), N(512)),
    (2, 'B15', 'Persentase pejabat yang sudah diukur kompetensinya', '%', P(60, '0%'), P(63, '0%')),
    (2, 'B17', 'Jumlah kerjasama pengembangan kompetensi (MoU/PKS)', 'dokumen', N(4), N(4)),
    (3, 'B18', 'Nilai Evaluasi AKIP', 'predikat', T('BB'), T('A')),
    (3, 'B19', 'Persentase realisasi anggaran', '%', P(95, '0%'), P(96.3, '0.0%')),
    (3, 'B20', 'Jumlah dokumen perencanaan & pelaporan', 'dokumen', N(7), N(7)),
    (3, 'DUP', 'Jumlah dokumen perencanaan & pelaporan', 'dokumen', N(7), N(7)),
]


def f2022():
    year = 2022
    b = Book(SLUG, 'Lembar Kinerja BPSDM 2022.ods')
    ws = b.ws('Kinerja 2022')
    text(ws, 1, 1, 'LEMBAR CAPAIAN KINERJA BPSDM PROVINSI BENTANG SAGARA', bold=True, size=13)
    text(ws, 2, 1, 'TAHUN 2022', bold=True)
    widths(ws, dict(A=12, B=13, C=10, D=3, E=12, F=13, G=10, H=3, I=12, J=13, K=10))
    r = 4
    traps = []
    cards = {}
    bands = []
    for s in (1, 2, 3):
        items = [x for x in D22 if x[0] == s]
        text(ws, r, 1, 'SASARAN %d : %s' % (s, SAS[s]), bold=True, merge_to=(r, 11), border=True)
        r += 1
        for k in range(0, len(items), 3):
            bands.append(r)
            for j, it in enumerate(items[k:k + 3]):
                _, i, name, sat, ts, rs = it
                c = 1 + 4 * j
                put(ws, r, c, name, align=CENTER, bold=True); merge(ws, r, c, r, c + 2)
                ws.row_dimensions[r].height = 45
                put(ws, r + 1, c, 'Target'); tk = put(ws, r + 1, c + 1, ts); put(ws, r + 1, c + 2, sat)
                put(ws, r + 2, c, 'Realisasi'); rk = put(ws, r + 2, c + 1, rs); put(ws, r + 2, c + 2, sat)
                put(ws, r + 3, c, 'Capaian')
                tc, rc = '%s%d' % (L(c + 1), r + 1), '%s%d' % (L(c + 1), r + 2)
                cards[i] = (r, c)
                if i == 'B18':
                    cap = T('-')
                elif i in ('B05', 'B16', 'B04'):
                    cap = N({'B05': 102.04, 'B16': 134, 'B04': 100}[i])
                elif i == 'B12':
                    cap = N(110)
                    traps.append('row %d col %s (B12): capaian typed 110 while 8/8 = 100' % (r + 3, L(c + 1)))
                elif i in NEG:
                    cap = F('=ROUND((2*%s-%s)/%s*100,2)' % (tc, rc, tc))
                else:
                    cap = F('=ROUND(%s/%s*100,2)' % (rc, tc))
                put(ws, r + 3, c + 1, cap); put(ws, r + 3, c + 2, '%')
                if i == 'DUP':
                    traps.append('card at row %d col %s: duplicate of the B20 card to its left; second copy not keyed' % (r, L(c)))
                else:
                    b.key(ws, r, c, year, i, ('value', [tc], tk), ('value', [rc], rk), use_col=True)
            r += 5
    # B10 capaian points at the neighbouring card (B09's cells)
    r10, c10 = cards['B10']
    r09, c09 = cards['B09']
    ws.cell(r10 + 3, c10 + 1).value = '=ROUND(%s%d/%s%d*100,2)' % (L(c09 + 1), r09 + 2, L(c09 + 1), r09 + 1)
    traps.append('row %d col %s (B10): capaian formula points at the neighbouring B09 card (%s%d/%s%d), shows 120,5' % (r10 + 3, L(c10 + 1), L(c09 + 1), r09 + 2, L(c09 + 1), r09 + 1))
    last = r - 1
    signature(ws, r + 1, 9, 'Ujung Sagara, 16 Januari 2023', ['Kepala BPSDM', 'Provinsi Bentang Sagara'], *KEPALA)
    wc = b.ws('Catatan')
    text(wc, 1, 1, 'CATATAN CAPAIAN KINERJA 2022', bold=True)
    text(wc, 2, 1, 'Indikator yang tidak mencapai target:')
    for k, (nm, t, rr) in enumerate([('Jumlah peserta PKP', 280, 279), ('Jumlah Widyaiswara bersertifikat', 20, 19)], 3):
        text(wc, k, 1, nm); text(wc, k, 2, t); text(wc, k, 3, rr)
    text(wc, 6, 1, 'Penyebab: peserta PKP mengundurkan diri (1 orang); 1 widyaiswara pensiun sebelum uji sertifikasi.')
    text(wc, 7, 1, 'Target kelulusan Latsar ditetapkan 98-100 % sesuai Renstra.')
    b.d('Sheet `Kinerja 2022`: CARDS SIDE BY SIDE. Title rows 1-2. Each sasaran is a full-width band row (`SASARAN n : ...`, not keyed), followed by rows of up to three cards '
        '(columns A-C, E-G, I-K; D and H are spacers). A card is 5 rows: the indicator name merged over its three columns (row r), `Target | value | satuan` (r+1), '
        '`Realisasi | value | satuan` (r+2), `Capaian | value | %%` (r+3), a blank row. Key rows carry `col` (A, E or I): name cell = top-left of the card; '
        'target = the middle column of r+1, realisasi = middle column of r+2. Card name rows: %s. Data rows 4-%d, signature below.' % (', '.join(str(x) for x in bands), last))
    b.d('Traps: ' + '; '.join(traps) + '; B05 target is a range text `98-100` (key 98); B16 target text `1.000 orang` (key 1000); B04 realisasi text `450 orang` (key 450); '
        'B01, B15, B19 are %%-formatted fractions (B15 `0%%`: 0,6 / 0,63 -> 60 / 63); B18 grades `BB` / `A` -> null; B22 negative (capaian (2T-R)/T = 160).')
    b.d('Sheet `Catatan`: notes, including a small list of two indicator names with target and realisasi (NOT key rows).')
    b.save()


# ------------------------------------------------------------------ 2023 Rencana Aksi pairs (no annual realisasi)
D23 = [  # (sasaran, id, name, satuan, target, qt, qr)
    (1, 'B01', 'Prosentase ASN yang mengikuti Pengembangan Kompetensi Minimal 20 JP', '%', 70, [20, 40, 55, 70], [24.5, 45.2, 61.0, 76.35]),
    (1, 'B02', 'Jumlah Peserta Pelatihan Kepemimpinan Administrator', 'orang', 160, ['-', 80, 80, '-'], ['-', 80, 78, '-']),
    (1, 'B03', 'Jumlah Peserta Pelatihan Kepemimpinan Pengawas', 'orang', 300, ['-', 100, 100, 100], ['-', 101, 100, 101]),
    (1, 'B21', 'Jumlah peserta Pelatihan Kepemimpinan Nasional Tingkat II (PKN II)', 'orang', 30, ['-', '-', 30, '-'], ['-', '-', 30, '-']),
    (1, 'B04', 'Jumlah Peserta Pelatihan Dasar Calon Pegawai Negeri Sipil', 'orang', 800, ['-', '-', 400, 400], ['-', '-', 420, 392]),
    (1, 'B05', 'Persentase Peserta Latsar CPNS yang Lulus', '%', 98, ['-', '-', 98, 98], ['-', '-', 98.1, 98.6]),
    (1, 'B06', 'Jumlah Peserta Pelatihan Teknis', 'orang', 2000, [400, 600, 600, 400], [385, T('540 org', 540), 650, 530]),
    (1, 'B07', 'Jumlah Peserta Pelatihan Fungsional', 'orang', 400, [80, 120, 120, 80], [92, 118, 125, 80]),
    (1, 'B16', 'Jumlah peserta pelatihan e-Learning / distance learning', 'orang', 1500, [300, 400, 400, 400], [352, 461, 470, 439]),
    (1, 'B08', 'IP ASN', 'indeks', 66, ['-', '-', '-', 66], ['-', '-', '-', 68.25]),
    (1, 'B09', 'Rata-rata JP Bangkom per ASN (JP)', 'JP', 22, [5, 11, 16, 22], [6.1, 12.4, 18.9, 25.3]),
    (1, 'B10', 'Persentase Alumni Pelatihan Yang Menerapkan Hasil Pelatihan', '%', 75, ['-', 75, '-', 75], ['-', 76.1, '-', 77.8]),
    (2, 'B11', 'Jumlah widyaiswara yang memiliki sertifikat kompetensi', 'orang', 22, [22, 22, 22, 22], [20, 21, 21, 22]),
    (2, 'B12', 'Jumlah Program Pelatihan yang Terakreditasi LAN RI', 'program', 100, [8, 9, 10, 10], [8, 9, 10, 11]),
    (2, 'B13b', 'Indeks Kepuasan Peserta Pelatihan', 'indeks', 85, ['-', 85, '-', 85], ['-', 85.9, '-', 86.4]),
    (2, 'B14', 'Jumlah ASN yg mengikuti Uji Kompetensi', 'orang', 600, [150, 150, 150, 150], [140, 160, 150, 138]),
    (2, 'B15', 'Persentase pejabat yang telah diukur kompetensinya', '%', 70, [55, 60, 65, 70], [58.2, 63.0, 68.8, 72.4]),
    (2, 'B17', 'Jumlah Kerjasama Pengembangan Kompetensi', 'dokumen', 5, [1, 1, 2, 1], [1, 2, 2, 1]),
    (2, 'B23', 'Rata-rata waktu penerbitan sertifikat pelatihan', 'hari', 14, [14, 14, 14, 14], [12, 11, 10, 10]),
    (3, 'B18', 'Nilai SAKIP', 'nilai', 75, ['-', '-', '-', 75], ['-', '-', '-', 76.12]),
    (3, 'B19', 'Persentase Serapan Anggaran BPSDM', '%', 95, [20, 45, 70, 95], [18.4, 41.9, 68.3, 97.05]),
    (3, 'B20', 'Jumlah Dokumen Perencanaan dan Pelaporan', 'dokumen', 8, [2, 2, 2, 2], [2, 2, 2, 2]),
]
PJ23 = {1: 'Bidang PKT / Bidang Kepemimpinan', 2: 'Bidang Sertifikasi dan Penjaminan Mutu', 3: 'Sekretariat'}


def ra2023(b):
    year = 2023
    ws = b.ws('RA 2023')
    traps = []
    for k, s in enumerate(['RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA', 'BADAN PENGEMBANGAN SUMBER DAYA MANUSIA PROVINSI BENTANG SAGARA', 'TAHUN 2023']):
        text(ws, k + 1, 1, s, bold=True, merge_to=(k + 1, 14), align=Alignment(horizontal='center'))
    hdr(ws, 5, 1, 'No', 6, 1); hdr(ws, 5, 2, 'Sasaran Strategis', 6, 2); hdr(ws, 5, 3, 'Indikator Kinerja', 6, 3)
    hdr(ws, 5, 4, 'Satuan', 6, 4); hdr(ws, 5, 5, 'Target 2023', 6, 5)
    for q, s in enumerate(['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV']):
        hdr(ws, 5, 6 + 2 * q, s, 5, 7 + 2 * q); hdr(ws, 6, 6 + 2 * q, 'Target'); hdr(ws, 6, 7 + 2 * q, 'Realisasi')
    hdr(ws, 5, 14, 'Penanggung Jawab', 6, 14)
    for c in range(1, 15):
        hdr(ws, 7, c, str(c))
    widths(ws, dict(A=5, B=28, C=44, D=9, E=11, N=22))
    r = 8
    no = 0
    for s in (1, 2, 3):
        items = [x for x in D23 if x[0] == s]
        if s == 2:
            k14 = [x[1] for x in items].index('B14')
            items.insert(k14 + 1, ('DUP',) + items[k14][1:])
        r0 = r
        for it in items:
            dup = it[0] == 'DUP'
            _, i, name, sat, tgt, qt, qr = it
            if not dup:
                no += 1
            pct = i in ('B01', 'B15')
            put(ws, r, 1, no); put(ws, r, 3, name, align=WRAP); put(ws, r, 4, sat)
            tk = put(ws, r, 5, P(tgt, '0%') if pct else N(tgt, RP if tgt >= 1000 else None))
            if i == 'B12' and not dup:
                traps.append('row %d (B12): annual target typed 100 (10x; quarter targets 8/9/10/10, 2022 target 8); key 100 as typed' % r)
            cells, keys = [], []
            for q in range(4):
                a, bb = qt[q], qr[q]
                sa = T(a) if isinstance(a, str) else (P(a, '0%') if pct else N(a, RP if a >= 1000 else None))
                sb = bb if isinstance(bb, V) else (T(bb) if isinstance(bb, str) else (P(bb, '0.00%') if pct else N(bb)))
                put(ws, r, 6 + 2 * q, sa)
                keys.append(put(ws, r, 7 + 2 * q, sb)); cells.append('%s%d' % (L(7 + 2 * q), r))
            put(ws, r, 14, None)
            rule = 'sum' if i in FLOWS else 'last'
            if dup:
                traps.append('row %d: duplicate of row %d (B14); second copy not keyed' % (r, r - 1))
            else:
                b.key(ws, r, 3, year, i, ('value', ['E%d' % r], tk), agg(rule, cells, keys))
            r += 1
        put(ws, r0, 2, SAS[s], align=WRAP); merge(ws, r0, 2, r - 1, 2)
        put(ws, r0, 14, PJ23[s], align=WRAP); merge(ws, r0, 14, r - 1, 14)
    last = r - 1
    signature(ws, r + 2, 11, 'Ujung Sagara, 15 Januari 2024', ['Kepala BPSDM Provinsi Bentang Sagara'], *KEPALA2)
    b.d('Sheet `RA 2023`: Rencana Aksi with quarter PAIRS and NO annual realisasi. Title rows 1-3. Header rows 5-6 '
        '`No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2023 | Triwulan I..IV (Target, Realisasi) | Penanggung Jawab`, row 7 numbers the columns 1..14. '
        'Data rows 8-%d; Sasaran and Penanggung Jawab merged per sasaran. Key: target = E; realisasi = SUM of the four quarter realisasi (G, I, K, M) for flows '
        '(B02, B03, B04, B06, B07, B14, B16, B17, B20, B21), the last reported quarter for levels. B01 and B15 are %%-formatted fractions; B08 (IP ASN) and B18 (SAKIP score) are reported at TW IV only; '
        'B10 and B13b at TW II and TW IV; B19 (serapan) is cumulative (18,4 / 41,9 / 68,3 / 97,05 -> 97.05); B23 is negative (hari).' % last)
    b.d('Traps (RA 2023): ' + '; '.join(traps) + '; B06 TW II realisasi typed as text `540 org` (counted: 540, sum 2105); flows with `-` quarters (B02, B04, B21).')


# ------------------------------------------------------------------ 2024 LKjIP multi-year table
D24 = [  # (sasaran, id, name (without number), satuan, target spec, realisasi spec, renstra 2026)
    (1, 'B01', 'Persentase ASN yang mengikuti pengembangan kompetensi ≥ 20 JP', '%', N(75), N(78.9), 90),
    (1, 'B02', 'Jumlah peserta PKA (orang)', 'orang', N(180), T('182 orang', 182), 560),
    (1, 'B03', 'Jumlah peserta PKP (orang)', 'orang', N(320), N(318), 1000),
    (1, 'B21', 'Jumlah peserta PKN Tk. II', 'orang', N(40), N(36), 120),
    (1, 'B04', 'Jumlah peserta Latsar CPNS (orang)', 'orang', N(1200, RP), N(1187, RP), 3000),
    (1, 'B05', 'Persentase kelulusan Latsar CPNS', '%', N(99), N(99.4), 99),
    (1, 'B06', 'Jumlah peserta pelatihan teknis (orang)', 'orang', N(2200, RP), N(2260, RP), 7000),
    (1, 'B07', 'Jumlah peserta pelatihan fungsional (orang)', 'orang', N(420), N(433), 1300),
    (1, 'B16', 'Jumlah peserta pelatihan jarak jauh (e-learning)', 'orang', N(2000, RP), N(2145, RP), 7500),
    (1, 'B08', 'Nilai Indeks Profesionalitas ASN', 'indeks', N(70), N(71.02), 75),
    (1, 'B09', 'Rata-rata jam pelajaran (JP) bangkom per ASN', 'JP', N(24), N(26.0), 28),
    (1, 'B10', 'Persentase alumni pelatihan yg menerapkan hasil pelatihan (evaluasi pasca pelatihan)', '%', N(78), N(80.2), 85),
    (2, 'B11', 'Jumlah WI bersertifikat kompetensi', 'orang', N(24), N(25), 28),
    (2, 'B12', 'Jumlah program pelatihan terakreditasi', 'program', N(12), N(12), 15),
    (2, 'B13b', 'Indeks kepuasan peserta pelatihan', 'indeks', N(86), N(87.1), 88),
    (2, 'B14', 'Jumlah ASN yang diuji kompetensinya (assessment)', 'orang', N(650), N(671), 2000),
    (2, 'B15', 'Persentase pejabat yg telah diukur kompetensi', '%', N(80), N(81.5), 100),
    (2, 'B23', 'Waktu rata-rata penerbitan e-sertifikat (hari)', 'hari', N(10), N(7), 5),
    (3, 'B18', 'Nilai SAKIP Perangkat Daerah', 'predikat', T('A'), T('BB'), 'A'),
    (3, 'B19', 'Serapan anggaran (%)', '%', T('≥ 95', 95), N(95.8), 95),
    (3, 'B20', 'Jumlah dokumen perencanaan dan pelaporan kinerja (dokumen)', 'dokumen', N(8), N(8), 24),
]
PREV = {  # id: (2021, 2022, 2023) as printed in the 2024 LKjIP table
    'B01': (64.8, 71.2, 76.35), 'B02': (118, 160, 158), 'B03': (236, 279, 302), 'B21': ('-', '-', 30),
    'B04': (587, 450, 810), 'B05': (99.1, 100, 98.6), 'B06': (1622, 1954, 2105), 'B07': (284, 362, 415),
    'B16': ('-', 1340, 1722), 'B08': (63.4, 66.1, 68.25), 'B09': (22.5, 24.1, 25.3), 'B10': (72, 74.5, 77.8),
    'B11': (18, 19, 22), 'B12': (6, 8, 11), 'B13b': ('-', '-', 86.4), 'B14': (420, 512, 588), 'B15': (55.2, 63, 72.4),
    'B23': ('-', '-', 10), 'B18': ('BB', 'A', 76.12), 'B19': (92.7, 96.3, 97.05), 'B20': (7, 7, 8),
}


def lkjip2024(b, ws, draft=False):
    year = 2024
    traps = []
    text(ws, 1, 1, 'Tabel 3.1', bold=True)
    text(ws, 2, 1, 'Capaian Indikator Kinerja BPSDM Provinsi Bentang Sagara Tahun 2024 dibandingkan Tahun Sebelumnya dan Target Renstra 2024-2026' + (' (DRAFT)' if draft else ''), bold=True)
    hdr(ws, 4, 1, 'No', 5, 1); hdr(ws, 4, 2, 'Indikator Kinerja', 5, 2); hdr(ws, 4, 3, 'Satuan', 5, 3)
    hdr(ws, 4, 4, 'Realisasi', 4, 6)
    for k, y in enumerate((2021, 2022, 2023)):
        hdr(ws, 5, 4 + k, str(y))
    hdr(ws, 4, 7, 'Target 2024', 5, 7); hdr(ws, 4, 8, 'Realisasi 2024', 5, 8); hdr(ws, 4, 9, 'Capaian 2024 (%)', 5, 9)
    hdr(ws, 4, 10, 'Target Akhir Renstra (2026)', 5, 10); hdr(ws, 4, 11, 'Capaian thd Target Renstra (%)', 5, 11)
    hdr(ws, 4, 12, 'Ket', 5, 12)
    for c in range(1, 13):
        hdr(ws, 6, c, '(%d)' % c)
    widths(ws, dict(A=5, B=52, C=9, D=10, E=10, F=10, G=11, H=12, I=11, J=12, K=12, L=26))
    r = 7
    for s in (1, 2, 3):
        text(ws, r, 1, 'Sasaran %d : %s' % (s, SAS[s]), bold=True, merge_to=(r, 12), border=True)
        r += 1
        n = 0
        for (ss, i, name, sat, ts, rs, ren) in [x for x in D24 if x[0] == s]:
            n += 1
            put(ws, r, 1, None)
            put(ws, r, 2, '%d.%d %s' % (s, n, name), align=WRAP); put(ws, r, 3, sat)
            for k, v in enumerate(PREV[i]):
                put(ws, r, 4 + k, T(v) if isinstance(v, str) else N(v, RP if v >= 1000 else None))
            if draft:
                rs = V(None)
            tk = put(ws, r, 7, ts); rk = put(ws, r, 8, rs)
            if draft:
                cap = V(None)
            elif i == 'B18':
                cap = T('-')
            elif i == 'B02':
                cap = N(101.11)
            elif i == 'B19':
                cap = N(100.84)
            elif i == 'B08':
                cap = N(103)
                traps.append('row %d (B08): capaian typed 103 while 71,02/70 = 101,46' % r)
            elif i == 'B23':
                cap = F('=ROUND(H%d/G%d*100,2)' % (r, r))
                traps.append('row %d (B23, negative: days to issue certificates): capaian uses the POSITIVE formula (70; negative formula gives 130)' % r)
            else:
                cap = F('=ROUND(H%d/G%d*100,2)' % (r, r))
            put(ws, r, 9, cap)
            put(ws, r, 10, T(ren) if isinstance(ren, str) else N(ren, RP if ren >= 1000 else None))
            if i in ('B18',) or draft:
                put(ws, r, 11, T('-') if not draft else None)
            elif i in FLOWS:
                put(ws, r, 11, F('=ROUND(H%d/J%d*100,2)' % (r, r)) if i != 'B02' else N(32.5))
            else:
                put(ws, r, 11, F('=ROUND(H%d/J%d*100,2)' % (r, r)))
            put(ws, r, 12, {'B13b': 'menggantikan IKM layanan BPSDM', 'B21': 'mulai 2023', 'B23': 'indikator baru 2023',
                            'B16': 'mulai 2022'}.get(i))
            if not draft:
                b.key(ws, r, 2, year, i, ('value', ['G%d' % r], tk), ('value', ['H%d' % r], rk))
            r += 1
    return r - 1, traps


def f2324():
    b = Book(SLUG, 'PK dan Realisasi BPSDM 2023-2024.xls')
    ra2023(b)
    ws = b.ws('Capaian 2024')
    last, traps = lkjip2024(b, ws)
    signature(ws, last + 2, 8, 'Ujung Sagara, 20 Februari 2025', ['Kepala BPSDM Provinsi Bentang Sagara'], *KEPALA2)
    keys = list(b.keys)
    wd = b.ws('Capaian 2024 (draft)', hidden=True)
    lkjip2024(b, wd, draft=True)
    b.keys = keys
    wk = b.ws('Keterangan')
    for k, s in enumerate(['KETERANGAN',
                           'Sheet RA 2023 : rencana aksi dan realisasi triwulanan PK 2023 (tidak ada kolom realisasi tahunan).',
                           'Sheet Capaian 2024 : tabel 3.1 LKjIP 2024; realisasi 2021-2023 dari LKjIP tahun berkenaan.',
                           'Realisasi Latsar 2023 dimutakhirkan menjadi 810 orang (2 peserta mengundurkan diri).',
                           'Target Renstra 2024-2026 mengikuti Renstra transisi.'], 1):
        text(wk, k, 1, s)
    b.d('Sheet `Capaian 2024`: LKjIP table 3.1 with earlier years. Caption rows 1-2. Two header rows 4-5: `No | Indikator Kinerja | Satuan | Realisasi (2021, 2022, 2023) | Target 2024 | Realisasi 2024 | Capaian 2024 (%%) | Target Akhir Renstra (2026) | Capaian thd Target Renstra (%%) | Ket`, '
        'row 6 numbers the columns (1)..(12). Data rows 7-%d: each sasaran is a full-width group row (`Sasaran n : ...`, not keyed); indicator names carry a numbering prefix `1.1`, `2.3` ... in the same cell (column A empty). '
        'Only 2024 is keyed (target G, realisasi H); the 2021-2023 columns are reference values (B04 2023 printed 810, 812 in the 2023 sheet).' % last)
    b.d('Traps (Capaian 2024): ' + '; '.join(traps) + '; B02 realisasi text `182 orang` (key 182), capaian typed; B19 target `≥ 95` (key 95); B18 grades `A` / `BB` -> null; '
        'B13b (Indeks kepuasan peserta pelatihan) has Ket `menggantikan IKM layanan BPSDM` (ambiguous with B13).')
    b.d('Sheet `Capaian 2024 (draft)` is HIDDEN: the same table without realisasi 2024 (not keyed). Sheet `Keterangan`: notes (not keyed).')
    b.save()


if __name__ == '__main__':
    f2021(); f2022(); f2324()
